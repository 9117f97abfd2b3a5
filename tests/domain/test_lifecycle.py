"""The case lifecycle: which status may follow which, what a change needs, and when the school
should hear back from the Sociaal Team.

Sources: the lifecycle of issue 9 (signaal → lopend → aangemeld → opvolging → gesloten →
heropend); the reminder answers the seeds' complaint that schools hear nothing back
(003_…, 004_…: "verwachtingen over terugkoppeling"); the default term for the answer is
art. 4:13 lid 2 Awb (a decision within eight weeks at the latest)."""

from datetime import date, datetime

import pytest

from ibdesk.domain.lifecycle import (
    ANSWER_WEEKS,
    CaseEvent,
    ChangeRefused,
    Decision,
    Move,
    StatusChange,
    allowed_moves,
    check_change,
    decision_of,
    default_answer_due,
    follow_up,
    meaningful,
    move_for,
    reminder,
    summary,
)
from ibdesk.domain.model import CaseStatus as S
from ibdesk.errors import ValidationError

TODAY = date(2026, 11, 23)
OPENED = date(2026, 9, 1)


@pytest.mark.parametrize(
    "current, target, move",
    [
        (S.SIGNAL, "lopend", Move.START),
        (S.SIGNAL, "gesloten", Move.CLOSE),
        (S.RUNNING, "aangemeld", Move.REFER),
        (S.RUNNING, "gesloten", Move.CLOSE),
        (S.REFERRED, "opvolging", Move.FOLLOW_UP),
        (S.REFERRED, "lopend", Move.RESUME),
        (S.REFERRED, "gesloten", Move.CLOSE),
        (S.FOLLOW_UP, "opvolging", Move.FOLLOW_UP),  # a new decision or evaluation date
        (S.FOLLOW_UP, "lopend", Move.RESUME),
        (S.FOLLOW_UP, "gesloten", Move.CLOSE),
        (S.CLOSED, "heropend", Move.REOPEN),
        (S.RUNNING, " Aangemeld ", Move.REFER),  # typed by hand
    ],
)
def test_allowed_transitions(current, target, move):
    assert move_for(current, target) is move


@pytest.mark.parametrize(
    "current, target, message",
    [
        (S.SIGNAL, "aangemeld", "Van 'Signaal' kan de casus niet naar 'aangemeld'. Mogelijk: 'lopend' of 'gesloten'."),
        (S.SIGNAL, "opvolging", "niet naar 'opvolging'"),
        (S.RUNNING, "opvolging", "Mogelijk: 'aangemeld' of 'gesloten'"),
        (S.RUNNING, "lopend", "De casus is al 'Lopend'."),
        (S.REFERRED, "aangemeld", "De casus is al 'Aangemeld bij Sociaal Team'."),
        (S.CLOSED, "lopend", "gaat weer open met 'heropend'"),
        (S.CLOSED, "gesloten", "De casus is al 'Gesloten'."),
        (S.CLOSED, "aangemeld", "Mogelijk: 'heropend'"),
        (S.RUNNING, "heropend", "Alleen een gesloten casus kan worden heropend"),
        (S.RUNNING, "klaar", "Onbekende status 'klaar'"),
    ],
)
def test_refused_transitions_say_why_in_dutch(current, target, message):
    with pytest.raises(ChangeRefused, match=message.replace("(", r"\(").replace(")", r"\)")):
        move_for(current, target)


def test_every_status_has_a_way_on_and_every_move_a_result():
    for status in S:
        assert allowed_moves(status), status
    reachable = {move_for(current, word) for current in S for word in allowed_moves(current)}
    assert reachable == set(Move) - {Move.OPEN}


def change(move, on=TODAY, **kw):
    return StatusChange(move, on, **kw)


@pytest.mark.parametrize(
    "c, last_on, errors",
    [
        (change(Move.START), None, {}),
        (change(Move.START, date(2026, 12, 1)), None, {"datum": "De datum ligt in de toekomst."}),
        (
            change(Move.START, date(2026, 8, 31)),
            None,
            {"datum": "De datum ligt vóór de opening van de casus (01-09-2026)."},
        ),
        (
            change(Move.CLOSE, date(2026, 10, 1), reason="Doel bereikt"),
            date(2026, 10, 2),
            {"datum": "De datum ligt vóór de vorige statuswijziging (02-10-2026)."},
        ),
        (
            change(Move.CLOSE),
            None,
            {"reden": "Geef een reden in een paar woorden (bijvoorbeeld: doel bereikt, leerling verhuisd)."},
        ),
        (
            change(Move.CLOSE, reason="x"),
            None,
            {"reden": "Geef een reden in een paar woorden (bijvoorbeeld: doel bereikt, leerling verhuisd)."},
        ),
        (
            change(Move.REOPEN, reason="...!!"),
            None,
            {"reden": "Geef een reden in een paar woorden (bijvoorbeeld: doel bereikt, leerling verhuisd)."},
        ),
        (change(Move.RESUME, reason="Sociaal Team stuurt terug"), None, {}),
        (
            change(Move.REFER, due_on=date(2027, 1, 18)),
            None,
            {"organisatie": "Kies het Sociaal Team (of de organisatie) waarbij de casus is aangemeld."},
        ),
        (change(Move.REFER, organisation_id=1), None, {"termijn": "Vul in wanneer u uiterlijk antwoord verwacht."}),
        (
            change(Move.REFER, organisation_id=1, due_on=TODAY),
            None,
            {"termijn": "Het antwoord kan niet vóór of op de dag van aanmelden verwacht worden."},
        ),
        (change(Move.REFER, organisation_id=1, due_on=date(2027, 1, 18)), None, {}),
        (change(Move.FOLLOW_UP), None, {"besluit": "Kies wat het Sociaal Team heeft besloten."}),
        (
            change(Move.FOLLOW_UP, decision=Decision.BESCHIKKING, due_on=date(2026, 11, 1)),
            None,
            {"termijn": "De volgende evaluatie ligt na de datum van het besluit."},
        ),
        (
            change(Move.FOLLOW_UP, decision=Decision.ANDERS),
            None,
            {"toelichting": "Beschrijf bij 'anders' wat het Sociaal Team heeft besloten."},
        ),
        (change(Move.FOLLOW_UP, decision=Decision.GEEN_JEUGDHULP), None, {}),  # next evaluation optional
        (change(Move.FOLLOW_UP, decision=Decision.ANDERS, details="Eerst gesprek met de huisarts"), None, {}),
    ],
)
def test_what_each_change_needs(c, last_on, errors):
    assert check_change(c, OPENED, last_on, TODAY) == errors


@pytest.mark.parametrize(
    "text, ok",
    [
        ("Doel bereikt", True),
        ("verhuisd", True),
        ("x", False),
        ("", False),
        (None, False),
        ("12345 !!", False),
        ("Eén", False),
        ("ouders", True),
    ],
)
def test_a_reason_needs_words(text, ok):
    assert meaningful(text) is ok


@pytest.mark.parametrize(
    "text, decision",
    [
        ("beschikking", Decision.BESCHIKKING),
        ("geen-jeugdhulp", Decision.GEEN_JEUGDHULP),
        ("In onderzoek", Decision.IN_ONDERZOEK),
        ("", None),
        (None, None),
    ],
)
def test_decision_words(text, decision):
    assert decision_of(text) is decision


def test_unknown_decision_lists_the_choices():
    with pytest.raises(ValidationError, match="Kies uit: beschikking, in_onderzoek"):
        decision_of("toegekend")


def test_default_answer_term_is_eight_weeks_awb_4_13():
    assert ANSWER_WEEKS == 8
    assert default_answer_due(date(2026, 11, 2)) == date(2026, 12, 28)


def event(move, on, to, **kw):
    return CaseEvent(move, None, to, on, datetime(2026, 1, 1), "IB", **kw)


def test_follow_up_is_derived_from_the_events():
    events = [
        event(Move.OPEN, date(2026, 9, 1), S.SIGNAL),
        event(Move.START, date(2026, 9, 2), S.RUNNING),
        event(
            Move.REFER,
            date(2026, 10, 1),
            S.REFERRED,
            organisation="ST Renkum",
            organisation_id=3,
            due_on=date(2026, 11, 26),
        ),
    ]
    state = follow_up(S.REFERRED, events)
    assert (state.referred_on, state.referred_to, state.answer_due) == (
        date(2026, 10, 1),
        "ST Renkum",
        date(2026, 11, 26),
    )
    assert state.due() == ("antwoord", date(2026, 11, 26))
    events.append(
        event(Move.FOLLOW_UP, date(2026, 11, 10), S.FOLLOW_UP, decision=Decision.BESCHIKKING, due_on=date(2027, 2, 1))
    )
    state = follow_up(S.FOLLOW_UP, events)
    assert state.decision is Decision.BESCHIKKING and state.due() == ("evaluatie", date(2027, 2, 1))
    events += [event(Move.CLOSE, date(2027, 3, 1), S.CLOSED, reason="Doel bereikt")]
    closed = follow_up(S.CLOSED, events)
    assert (closed.closed_on, closed.closed_reason, closed.due()) == (date(2027, 3, 1), "Doel bereikt", None)
    events += [event(Move.REOPEN, date(2027, 3, 9), S.RUNNING, reason="Terugval")]
    reopened = follow_up(S.RUNNING, events)
    assert (reopened.closed_on, reopened.reopened_on, reopened.due()) == (None, date(2027, 3, 9), None)
    assert not follow_up(S.RUNNING, []).recorded


@pytest.mark.parametrize(
    "due, expected",
    [
        (date(2026, 12, 1), None),  # more than a week ahead
        (date(2026, 11, 30), ("antwoord", date(2026, 11, 30), False)),  # within the week
        (date(2026, 11, 23), ("antwoord", date(2026, 11, 23), False)),  # today
        (date(2026, 11, 22), ("antwoord", date(2026, 11, 22), True)),  # overdue
    ],
)
def test_reminder_for_the_sociaal_teams_answer(due, expected):
    state = follow_up(S.REFERRED, [event(Move.REFER, date(2026, 10, 1), S.REFERRED, organisation_id=1, due_on=due)])
    found = reminder(state, TODAY)
    assert (found and (found.kind, found.due_on, found.overdue)) == (expected or None)


def test_no_reminder_once_closed_or_without_an_evaluation_date():
    refer = event(Move.REFER, date(2026, 10, 1), S.REFERRED, organisation_id=1, due_on=date(2026, 11, 1))
    assert reminder(follow_up(S.CLOSED, [refer]), TODAY) is None
    decided = event(Move.FOLLOW_UP, date(2026, 11, 2), S.FOLLOW_UP, decision=Decision.GEEN_JEUGDHULP)
    assert reminder(follow_up(S.FOLLOW_UP, [refer, decided]), TODAY) is None


def test_summary_lines_come_from_the_events():
    refer = event(
        Move.REFER,
        date(2026, 10, 1),
        S.REFERRED,
        organisation="ST Renkum",
        organisation_id=1,
        due_on=date(2026, 11, 20),
    )
    assert summary(follow_up(S.REFERRED, [refer]), TODAY) == [
        "Aangemeld bij ST Renkum op 01-10-2026.",
        "Antwoord verwacht uiterlijk 20-11-2026 (verstreken).",
    ]
    decided = event(Move.FOLLOW_UP, date(2026, 11, 2), S.FOLLOW_UP, decision=Decision.IN_ONDERZOEK)
    assert summary(follow_up(S.FOLLOW_UP, [refer, decided]), TODAY) == [
        "Besluit van ST Renkum op 02-11-2026: Nog in onderzoek bij het Sociaal Team.",
        "Nog geen volgende evaluatie met het Sociaal Team afgesproken.",
    ]
    closed = event(Move.CLOSE, date(2026, 11, 20), S.CLOSED, reason="Doel bereikt")
    assert summary(follow_up(S.CLOSED, [refer, decided, closed]), TODAY) == ["Gesloten op 20-11-2026: Doel bereikt"]
    assert summary(follow_up(S.RUNNING, []), TODAY) == []
