"""The work on one case page, as a user does it (the buttons, tabs and forms on screen),
each step checking what the user then sees: route steps with evidence, 'Wie is aan zet?',
the OPP, consent, readiness, the signed dossier and its verification, a warm handover and
the case's status. Everyone here is fictional."""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import Qt

from .gui_steps import CLICK, click, fill, go, texts


# -- the case page --------------------------------------------------------------------------------
def record_step(qtbot, window, step_id: str, answers: dict, finish: bool = True) -> None:
    """A step's card → 'Bewijs invullen', the evidence typed and saved, then 'Afgerond'."""
    from ibdesk.domain.route import StepState

    page = window.case_page
    card = page.timeline.card(step_id)
    title = card.view.info.title
    assert card.evidence_button.text() == "Bewijs invullen", title
    click(qtbot, card.evidence_button)
    editor = page.host.editor
    assert page.stack.currentWidget() is page.host and page.host.title.text().startswith(f"Bewijs: {title}")
    fill(editor, answers)
    click(qtbot, editor.save_button)
    assert page.stack.currentWidget() is page.main, editor.status.text()
    card = page.timeline.card(step_id)
    assert card.state_badge.text() == "Bezig" and not card.missing.isVisible(), card.missing.text()
    assert card.evidence_button.text() == "Bewijs invullen"
    if not finish:
        return
    click(qtbot, card.state_buttons[StepState.DONE])
    card = page.timeline.card(step_id)
    assert card.state_badge.text() == "Afgerond", card.error.text()
    # dated by the evidence the user entered, in school weeks (issue 11.1), not by the click
    facts = card.facts.text()
    assert re.search(r"afgerond, \d{2}-\d{2}(-\d{4})?( – \d{2}-\d{2}-\d{4} \(\d+ schoolwe(ek|ken)\))?", facts), facts
    assert "0 dagen" not in facts, facts
    assert card.evidence_button.text() == "Bewijs bekijken of aanvullen"
    assert not card.error.isVisible()


def open_tab(page, label: str) -> None:
    tabs = page.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i) == label))


def answer_responsibility(qtbot, window, answers: dict, party: str) -> None:
    """Tab 'Wie is aan zet?': the outcome is shown above 'Bent u het eens…?' before the user judges it."""
    page = window.case_page
    open_tab(page, "Wie is aan zet?")
    panel = page.responsibility
    assert panel.outcome.headline.text() == "Nog niet ingevuld."
    click(qtbot, panel.edit_button)
    editor = page.host.editor
    before = {k: v for k, v in answers.items() if k not in ("eens_met_uitkomst", "besproken_met", "datum_afweging")}
    fill(editor, before)
    assert editor.outcome.headline.text() == f"Uitkomst: de regels wijzen naar {party}.", editor.outcome.headline.text()
    fill(editor, answers)
    click(qtbot, editor.save_button)
    assert page.stack.currentWidget() is page.main, editor.status.text()
    assert panel.outcome.headline.text() == f"De regels wijzen naar: {party}"
    assert panel.disagreement.headline.text() == "U bent het eens met deze uitkomst."
    assert panel.edit_button.text() == "Wie is aan zet? bewerken"


def draw_up_opp(qtbot, window, answers: dict, prefilled: dict[str, object]) -> None:
    """Tab OPP → 'OPP opstellen': what the route already holds is prefilled (and says where it came
    from); the user adds the rest, the jeugdhulp section included, and saves."""
    page = window.case_page
    open_tab(page, "OPP")
    panel = page.opp
    assert panel.open_button.text() == "OPP opstellen"
    click(qtbot, panel.open_button)
    editor = page.host.editor
    fill(editor, answers)
    assert editor.view.row("jh_aanbieder").isVisibleTo(editor), "the jeugdhulp section opens"
    for field, value in prefilled.items():
        row = editor.view.row(field)
        assert row.input.value() == value, field
        assert row.origin_label.isVisibleTo(editor) and row.origin_label.text().startswith("Overgenomen uit"), field
    click(qtbot, editor.save_button)
    assert page.stack.currentWidget() is page.main, (editor.status.text(), editor.view.errors())
    assert panel.open_button.text() == "OPP openen"


def draw(pad) -> None:
    """A signature drawn with the mouse on a signature pad."""
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    points = [QPoint(30, 30), QPoint(120, 70), QPoint(200, 30)]
    QTest.mousePress(pad, CLICK, Qt.KeyboardModifier.NoModifier, points[0])
    for point in points[1:]:
        QTest.mouseMove(pad, point)
    QTest.mouseRelease(pad, CLICK, Qt.KeyboardModifier.NoModifier, points[-1])


def each_signs_on_screen(panel, count: int) -> list[str]:
    """'Laten tekenen' once per person: pick the next one, read the statement, draw, record."""
    signed = []
    for _ in range(count):
        assert panel.sign_button.isEnabled()
        panel.sign_button.click()
        box = panel.sign_box
        key = box.person.currentData()
        assert "Ik, " in box.statement.text()
        draw(box.pad.pad)
        assert box.commit(), box.error.text()
        signed.append(key)
    return signed


def parents_agree_with_opp(panel, names: list[str], on: str) -> None:
    """Tab OPP → 'Ouders laten tekenen…': each parent with gezag reads what he agrees to and signs
    himself, dated the day of the OPP meeting; only then is the OPP vastgesteld (WPO art. 40a lid 2)."""
    for name in names:
        assert panel.sign_button.isVisibleTo(panel), f"{name} is still to sign"
        panel.sign_button.click()
        box = panel.sign_box
        assert box.person.currentText().startswith(name)
        assert f"Ik, {name}, ga akkoord met het handelingsdeel" in box.statement.text()
        box.day.set_value(on)
        draw(box.pad.pad)
        assert box.commit(), box.error.text()
    assert not panel.sign_button.isVisibleTo(panel)


def record_consent(qtbot, window, deciders: list[str], answers: dict, signatures: tuple[str, ...]) -> None:
    """Tab Toestemming → 'Toestemming vastleggen' for the Sociaal Team: the form starts with the
    team, the purpose and who decides (both parents with gezag, or a pupil of 16+ himself); the
    user adds what is shared and until when, the decider(s) sign on the screen, saved.

    Kept in one place: with one signature per person (issue 11) only this function changes."""
    page = window.case_page
    open_tab(page, "Toestemming")
    panel = page.consent
    assert panel.need.headline.text() == "Nog nodig: toestemming van " + " en ".join(deciders) + "."
    click(qtbot, panel.record_button)
    editor = page.host.editor
    start = editor.view.answers()
    assert start["grondslag"] == "toestemming" and start["doel_soort"] == "aanmelding_sociaal_team"
    assert start["ontvanger"] == page.overview.teams.residence.id
    fill(editor, answers)
    click(qtbot, editor.save_button)
    assert page.stack.currentWidget() is page.main, (editor.status.text(), editor.view.errors())
    assert not panel.need.headline.text().startswith("In orde"), "nobody has signed yet"
    assert len(set(each_signs_on_screen(panel, len(deciders)))) == len(deciders)  # one signature per person
    assert panel.need.headline.text().startswith("In orde"), panel.need.headline.text()
    assert "Toestemming gegeven door: " + ", ".join(deciders) + "." in texts(panel.need)
    row = [panel.table.item(0, c).text() for c in range(panel.table.columnCount())]
    assert all(name.split(" (")[0] in row[3] for name in deciders), row
    assert row[5].startswith("geldig tot"), row


def check_ready(window) -> None:
    page = window.case_page
    open_tab(page, "Route")
    assert page.readiness.banner.headline.text() == "Ja, klaar voor aanmelding."
    assert page.ready_badge.text() == "Klaar voor aanmelding" and page.ready_badge.isVisible()
    assert page.export_button.isEnabled()


def export_dossier(qtbot, window, dialogs, target, team: str, signer: str) -> None:
    """'Dossier exporteren…': who receives it, what goes in (and on which basis), signing, and only
    then where to save; afterwards the case is aangemeld bij het Sociaal Team on its own."""
    from PySide6.QtWidgets import QWizard

    page = window.case_page
    click(qtbot, page.export_button)
    wizard = page.export_wizard
    assert wizard.recipient().name == team and wizard.purpose() == "aanmelding_sociaal_team"
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    click(qtbot, next_button)
    assert wizard.currentPage() is wizard.content_page
    assert "Het dossier kan worden gemaakt" in texts(wizard.content_page)
    click(qtbot, next_button)
    assert wizard.currentPage() is wizard.sign_page
    click(qtbot, next_button)
    preview = wizard.preview_page  # the pages that will be signed (issue 11.4)
    assert wizard.currentPage() is preview
    qtbot.waitUntil(
        lambda: preview.prepared is not None and len(preview.pages) == preview.prepared.pages, timeout=30000
    )
    click(qtbot, next_button)
    assert wizard.currentPage() is wizard.save_page and not dialogs.of("save"), "where to save: asked last"
    assert f"Ondertekend door: {signer}" in texts(wizard.save_page), texts(wizard.save_page)
    dialogs.save_path = target
    click(qtbot, wizard.save_page.save_button)
    qtbot.waitUntil(lambda: wizard.save_page.task is not None and wizard.save_page.task.settled, timeout=30000)
    assert target.exists(), wizard.save_page.status.text()
    assert "Ondertekend document geschreven" in wizard.save_page.result_label.text()
    assert target.read_bytes().startswith(preview.previewed)  # signed exactly what was shown
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert page.status_badge.text() == "Aangemeld bij Sociaal Team", "exporting the dossier is the aanmelding"
    assert not page.ready_badge.isVisible()
    assert (
        f"Antwoord verwacht uiterlijk {date.today() + timedelta(weeks=8):%d-%m-%Y}" in page.fact_labels["status"].text()
    )


def verify_in_app(qtbot, window, path, signer: str) -> None:
    """Instellingen → 'Dossier controleren…': in order, signed by the user's own (trusted) certificate."""
    settings = go(window, "Instellingen")
    click(qtbot, settings.verify_button)
    dialog = settings.verify_dialog
    dialog.path_edit.setText(str(path))
    click(qtbot, dialog.check_button)
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.settled, timeout=30000)
    assert dialog.status.text() == "In orde", texts(dialog)
    assert dialog.values["signer"].text().startswith(signer)
    assert dialog.values["intact"].text() == "ja" and dialog.values["whole"].text() == "ja"
    assert dialog.values["trusted"].text().startswith("Ja"), dialog.values["trusted"].text()
    dialog.close()


def start_handover(qtbot, window, kind_label: str, answers: dict, prefilled: dict[str, object]):
    """'Warme overdracht…' → the kind: the form opens prefilled from the OPP and the case (each value
    says where it came from); the user completes it. The editor, not yet saved."""
    page = window.case_page
    action = next(a for a in page.handover_button.menu().actions() if a.text().startswith(kind_label))
    action.trigger()
    editor = page.host.editor
    assert page.stack.currentWidget() is page.host
    for field, value in prefilled.items():
        row = editor.view.row(field)
        assert row.input.value() == value, field
        assert row.origin_label.isVisibleTo(editor) and row.origin_label.text().startswith("Overgenomen uit"), field
    assert not editor.export_button.isEnabled(), "incomplete: no PDF yet"
    fill(editor, answers)
    assert editor.export_button.isEnabled(), editor.view.errors()
    return editor


def record_legal_basis(qtbot, window, answers: dict, recipient: str) -> None:
    """Tab Toestemming → 'Toestemming vastleggen', with a legal task as basis (no signature)."""
    page = window.case_page
    open_tab(page, "Toestemming")
    panel = page.consent
    click(qtbot, panel.record_button)
    editor = page.host.editor
    fill(editor, answers)
    click(qtbot, editor.save_button)
    assert page.stack.currentWidget() is page.main, (editor.status.text(), editor.view.errors())
    rows = [
        [panel.table.item(r, c).text() for c in range(panel.table.columnCount())] for r in range(panel.table.rowCount())
    ]
    assert any(row[0] == recipient and row[3] == "wettelijke taak" for row in rows), rows


def export_handover(qtbot, window, dialogs, kind_label: str, target) -> None:
    """'Warme overdracht…' → the kind: the saved form reopens; 'Opslaan en als PDF exporteren…'
    asks where to save (last) and writes the signed document."""
    page = window.case_page
    action = next(a for a in page.handover_button.menu().actions() if a.text().startswith(kind_label))
    action.trigger()
    editor = page.host.editor
    assert editor.export_button.isEnabled(), editor.view.errors()
    dialogs.save_path = target
    click(qtbot, editor.export_button)
    qtbot.waitUntil(lambda: dialogs.shown[-1].kind != "save", timeout=30000)  # written off the UI thread
    assert [s.kind for s in dialogs.shown][-2:] == ["save", "info"], dialogs.shown[-2:]
    assert dialogs.shown[-1].title == "Overdracht gemaakt" and target.exists()


def status_menu(page) -> list[str]:
    return [a.text() for a in page.status_button.menu().actions()]


def change_status(qtbot, window, action: str, badge: str, decision: str | None = None, reason: str = "") -> None:
    """'Status wijzigen' → `action`, the form filled in and saved; the badge then says `badge`."""
    page = window.case_page
    next(a for a in page.status_button.menu().actions() if a.text() == action).trigger()
    form = page.status_form
    assert page.stack.currentWidget() is page.host
    if decision is not None:
        form.decision.setCurrentIndex(form.decision.findText(decision))
    if reason:
        form.reason.setPlainText(reason)
    click(qtbot, form.save_button)
    assert page.stack.currentWidget() is page.main, form.problem.text()
    assert page.status_badge.text() == badge


def attention(window) -> dict[str, list]:
    """Overzicht: the attention items per kind, as (group, target)."""
    page = go(window, "Overzicht")
    kinds: dict[str, list] = {}
    for group, item in page.rows():
        kinds.setdefault(item.kind, []).append((group, item.target))
    return kinds


def status_counts(window) -> dict[str, str]:
    """Overzicht: 'Mijn casussen per status', as the user reads it."""
    page = go(window, "Overzicht")
    return {tile.caption: tile.number.text() for tile in page.by_status.values()}
