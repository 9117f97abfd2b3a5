"""Issue 11.3 for the OPP on a fresh school's case: each parent with gezag agrees with the
handelingsdeel with his own signature after a plain statement, and the pupil of 12+ is heard
(WPO art. 40a lid 2 and 3)."""

from __future__ import annotations

from datetime import date, timedelta

from ibdesk.services.demo_samples import people_for, sample_answers

from .helpers import drag
from .test_pages_notes import page  # noqa: F401 - the fresh school's case page


def test_each_parent_agrees_with_the_opp_for_himself(page, store):
    services = page.context.services
    ov = page.overview
    opp = services.catalog.latest("opp")
    from ibdesk.domain.model import Organisation, OrgKind

    services.records.save_organisation(Organisation(OrgKind.JEUGDHULP, "Jeugdhulp Vallei (fictief)", "Wageningen"))
    with store.session() as s:
        people = people_for(
            s,
            {"staff": "Marieke de Wit", "guardian": str(ov.pupil.guardians[0].id), "contact": "1", "organisation": "1"},
        )
    answers = {
        **sample_answers(opp, date.today() - timedelta(days=60), people),
        "instemming": "gegeven",
        "instemming_wijze": "getekend_scherm",
        "instemming_door": ov.pupil.guardians[0].id,
        "instemming_datum": (date.today() - timedelta(days=1)).isoformat(),
    }
    from ibdesk.errors import InvalidRecord
    from ibdesk.forms import drop_hidden

    try:
        services.forms.save(ov.pupil.id, "opp", opp.version, drop_hidden(opp, answers), case_id=ov.case.id)
    except InvalidRecord as exc:
        raise AssertionError(exc.errors) from None
    page.refresh()
    panel = page.opp
    assert panel.sign_button.isVisibleTo(panel)
    for guardian in ov.pupil.guardians:
        panel.sign_button.click()
        box = panel.sign_box
        box.person.setCurrentIndex(box.person.findData(f"guardian:{guardian.id}"))
        assert f"Ik, {guardian.name}, ga akkoord met het handelingsdeel" in box.statement.text()
        drag(box.pad.pad, [(30, 30), (120, 70), (200, 30)])
        assert box.commit(), box.error.text()
    assert not panel.sign_button.isVisibleTo(panel)
    signed = [s for s in services.signatures.signatures(case_id=ov.case.id) if s.subject == "opp"]
    assert {s.name for s in signed} == {g.name for g in ov.pupil.guardians}
    assert "Anna Veenstra (moeder, gezag)" in panel.signed_note.text()
    assert not panel.heard_button.isVisibleTo(panel)  # Lotte is 11: no hoorrecht signature asked


def test_a_parent_may_refuse_and_the_opp_is_then_not_agreed(page, store):
    """WPO art. 40a lid 2: with two parents with gezag, one refusal is no instemming; he reads
    what he refuses, and may agree later."""
    services, ov = page.context.services, page.overview
    from ibdesk.domain.model import Organisation, OrgKind
    from ibdesk.forms import drop_hidden

    services.records.save_organisation(Organisation(OrgKind.JEUGDHULP, "Jeugdhulp Vallei (fictief)", "Wageningen"))
    opp = services.catalog.latest("opp")
    with store.session() as s:
        people = people_for(
            s,
            {"staff": "Marieke de Wit", "guardian": str(ov.pupil.guardians[0].id), "contact": "1", "organisation": "1"},
        )
    services.forms.save(
        ov.pupil.id,
        "opp",
        opp.version,
        drop_hidden(opp, sample_answers(opp, date.today() - timedelta(days=60), people)),
        case_id=ov.case.id,
    )
    page.refresh()
    panel = page.opp
    mother, father = ov.pupil.guardians
    for guardian, decision in ((mother, "gegeven"), (father, "geweigerd")):
        panel.sign_button.click()
        box = panel.sign_box
        assert box.decision.isVisibleTo(box)
        box.person.setCurrentIndex(box.person.findData(f"guardian:{guardian.id}"))
        box.decision.setCurrentIndex(box.decision.findData(decision))
        said = "ga niet akkoord" if decision == "geweigerd" else "ga akkoord"
        assert f"Ik, {guardian.name}, {said} met het handelingsdeel" in box.statement.text()
        drag(box.pad.pad, [(30, 30), (120, 70), (200, 30)])
        assert box.commit(), box.error.text()
    page.refresh()
    tag, note = panel.facts["agreement"]
    assert tag.text() == "ouders verdeeld" and "Dat is geen instemming" in note.text()
    assert panel.sign_button.isVisibleTo(panel)  # the father may still agree later
    panel.sign_button.click()
    assert [panel.sign_box.person.itemData(i) for i in range(panel.sign_box.person.count())] == [
        f"guardian:{father.id}"
    ]
