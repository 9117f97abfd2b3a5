"""Labels kept as data in services and the domain, on English screens (issue 16.8): the kinds of
organisation (Contacten and the organisation editor), the exemptions of the Leerplichtwet (the
thuiszitters page), how a consent was signed (the signing box and the consent table), the
retention periods, the kinds and privacy categories of attachments, the key note in
Instellingen, and the actor of a profile without a user name ("naam nog niet ingevuld", stored
as is). Each from a new profile, reached as a user reaches it. The documents keep the Dutch:
the inzage PDF exported while the screen is English names the recipient's kind, the purpose
and the data in Dutch. And Dutch stays the default."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from support.new_school import NewSchool, open_first_case
from support.qt_checks import mnemonic_clashes
from support.ui_language import catalog_dir, dutch_left, english, start, visible_texts  # noqa: F401 (fixtures)

from ibdesk import i18n
from ibdesk.domain.consent import SOCIAL_TEAM_PURPOSE, Basis
from ibdesk.domain.model import OrgKind
from ibdesk.domain.signatures import Signature
from ibdesk.errors import UserError
from ibdesk.store.profile import NO_PROFILE
from ibdesk.text.labels import consent_method, shown_consent_method
from ibdesk.ui.main_window import MainWindow
from ibdesk.ui.page_registry import CONTACTS_ROW, SETTINGS_ROW, THUISZITTERS_ROW
from ibdesk.ui.pages.organisation_editor import OrganisationEditor

from .helpers import drag

SHOTS = Path("/tmp/uilang-labels")
NOTE = "Gesprek met moeder over de overstap (fictief)"  # stored data: stays as typed
TITLE = "Verslag jeugdarts maart (fictief)"
KEY_NOTE = (
    "The key is kept in this computer's keyring; ibdesk opens without a password while you are signed in "
    "to this account."
)


def shoot(widget: QWidget, name: str) -> set[str]:
    """The widget's texts once the event loop ran, with unique Alt+letters; saved as a PNG."""
    QApplication.processEvents()
    assert mnemonic_clashes(widget) == []
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / name))
    return visible_texts(widget)


def stored(window: MainWindow) -> set[str]:
    """What the new school's records hold (names, places, roles): shown as stored."""
    services = window.context.services
    data = {services.records.school().name, "Wageningen"}
    for pupil in services.records.pupils():
        data |= {pupil.full_name, pupil.first_name, pupil.last_name, pupil.group} | {g.name for g in pupil.guardians}
        data |= {g.relation for g in pupil.guardians}
    for org in services.records.organisations():
        data |= {org.name} | {c.name for c in org.contacts} | {c.role for c in org.contacts}
    for row in services.records.case_rows():
        case = services.records.case(row.case_id)
        data |= {case.help_question, case.lead_name, case.lead_role}
    return {text for text in data if text}


@pytest.fixture
def opened(english, start) -> tuple[MainWindow, NewSchool]:
    """The app in English on a new profile that has no user name yet, with a first case."""
    window = start()
    school = open_first_case(window.context.services.store)
    window.show()
    window.open_case(school.case_id)
    assert window.context.store.actor == NO_PROFILE  # the stored actor before a name is filled in
    return window, school


def test_the_kinds_of_organisation_in_contacts_and_the_editor(qtbot, opened):
    window, _school = opened
    window.show_page(CONTACTS_ROW)
    page = window.contacts_page
    page.refresh()
    texts = shoot(window, "contacts.png")
    assert dutch_left(texts, allowed=stored(window)) == []
    assert {"Sociaal Team", "Samenwerkingsverband desk (SWV)", "Other school (handover)"} <= texts

    editor = OrganisationEditor(page.service, None, parent=page)
    qtbot.addWidget(editor)
    editor.show()
    kinds = [editor.kind.itemText(i) for i in range(editor.kind.count())]
    assert kinds == [kind.label for kind in OrgKind]
    assert {"GGD / youth doctor (JGZ)", "Jeugdhulp provider (youth care)", "Other school (handover)"} <= set(kinds)
    assert "Raad voor de Kinderbescherming (Child Protection Board)" in kinds
    institution = "Raad voor de Kinderbescherming"  # a Dutch institution's name, kept (with its English)
    assert dutch_left(shoot(editor, "organisation-editor.png"), allowed={institution}) == []
    editor.reject()
    assert OrgKind.SCHOOL.document_label == "Andere school (overdracht)"  # what documents say


def test_the_exemptions_on_the_thuiszitters_page(qtbot, opened):
    window, school = opened
    window.show_page(THUISZITTERS_ROW)
    page = window.thuiszitters_page
    page.tabs.setCurrentWidget(page.exemption_form)
    combo = page.exemption_form.kind
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items[1:] == [
        "Article 5(a) – physically or mentally unfit (statement by a doctor, psychologist or educational psychologist)",
        "Article 5(b) – objection to the schools' religious or philosophical basis",
        "Article 5a – travelling way of life",
    ]
    notice = window.context.services.absence.calendar_notice() or ""  # the school calendar's own note
    texts = shoot(window, "exemption.png")
    assert dutch_left(texts, allowed={notice, *stored(window)}) == []
    with pytest.raises(UserError) as refused:  # as the CLI and a wrong choice meet it
        window.context.services.absence.add_exemption(school.pupil_id, "onbekend", date.today())
    assert "Article 5a – travelling way of life" in str(refused.value)
    assert dutch_left([str(refused.value)]) == []


def test_how_a_consent_was_signed_in_the_signing_box_and_the_table(qtbot, opened):
    window, school = opened
    services, page = window.context.services, window.case_page
    services.consent.record_from_form(  # as the toestemming form records it on Opslaan
        school.case_id,
        {
            "gegeven_door": "ouders",
            "ouder": school.guardian_ids[0],
            "tweede_ouder": school.guardian_ids[1],
            "ontvanger": school.team_id,
            "doel_soort": SOCIAL_TEAM_PURPOSE,
            "categorieen": ["identification", "support_history"],
            "wijze": "getekend_scherm",
        },
    )
    page.refresh()
    panel = page.consent
    page.tabs.setCurrentIndex(next(i for i in range(page.tabs.count()) if page.tabs.widget(i).isAncestorOf(panel)))
    assert panel.table.item(0, 1).text() == "Referral to the Sociaal Team for jeugdhulp (youth care)"
    assert panel.table.item(0, 2).text() == "Identifying details, Support history"
    panel.sign_button.click()
    box = panel.sign_box
    methods = [box.method.itemText(i) for i in range(box.method.count())]
    assert methods == ["Signed on screen", "Signed on paper", "Orally in a meeting"]
    signers = [box.person.itemText(i) for i in range(box.person.count())]
    texts = shoot(panel, "signing.png")
    assert dutch_left(methods) == []
    assert dutch_left(texts, allowed={*stored(window), *signers, box.statement.text(), panel.rule.text()}) == []
    box.day.setText(date.today().strftime("%d-%m-%Y"))
    drag(box.pad.pad, [(30, 30), (120, 70), (200, 30)])
    assert box.commit(), box.error.text()
    assert panel.notice.text().endswith(" has signed (signed on screen).")
    assert "signed on screen" in panel.table.item(0, 4).text()
    assert shown_consent_method("mondeling", "de mentor") == "orally in a meeting, heard by de mentor"
    assert consent_method("mondeling", "de mentor") == "mondeling in een overleg, gehoord door de mentor"  # documents


def test_the_retention_periods(qtbot, opened):
    window, _school = opened
    window.open_retention()
    texts = shoot(window, "retention.png")
    assert dutch_left(texts) == []
    shown = "\n".join(texts)  # the periods are one bulleted list (rich text)
    for period in (
        "Pupil file: 2 years after the pupil leaves",
        "Absence and enrolment data: 5 years after the pupil leaves",
        "Referral to special education: 3 years after the pupil leaves",
    ):
        assert period in shown


def test_attachment_kinds_and_categories_and_the_actor_without_a_name(qtbot, opened):
    window, school = opened
    services, page = window.context.services, window.case_page
    services.notes.add(school.pupil_id, NOTE, school.case_id)
    services.attachments.add(
        school.pupil_id, b"%PDF-1.4 fictief", TITLE, "jeugdarts", case_id=school.case_id, file_name="verslag.pdf"
    )
    page.refresh()
    panel = page.notes
    page.tabs.setCurrentIndex(next(i for i in range(page.tabs.count()) if page.tabs.widget(i).isAncestorOf(panel)))
    kinds = [panel.kind.itemText(i) for i in range(panel.kind.count())]
    assert kinds == [
        "Scan of a signed form",
        "Report from the youth doctor (JGZ)",
        "Assessment report",
        "Letter",
        "Other",
    ]
    categories = [panel.category.itemText(i) for i in range(panel.category.count())]
    assert categories[0] == "Identifying details" and categories[-1] == "Consent and signatures"
    assert "Health" in categories and "Development perspective plan (OPP)" in categories
    row = [panel.table.item(0, c).text() for c in range(panel.table.columnCount())]
    assert row[:3] == [TITLE, "Report from the youth doctor (JGZ)", "Health"]
    assert row[4].endswith(" by name not yet filled in")
    line = panel.note_list.item(0).text()
    assert " — name not yet filled in" in line and line.endswith(NOTE)
    texts = shoot(window, "notes-attachments.png")
    shoot(panel, "notes-attachments-panel.png")  # the attachments below the notes, to look at
    assert dutch_left(texts | {row[4], line}, allowed={*stored(window), NOTE, TITLE}) == []
    with services.store.session() as s:  # stored as it was: the actor's record is never rewritten
        from ibdesk.store import models as m

        assert {n.author for n in s.query(m.NoteRow)} == {NO_PROFILE}


def test_the_key_note_in_settings(qtbot, opened):
    window, _school = opened
    window.show_page(SETTINGS_ROW)
    page = window.settings_page
    page.refresh()
    note = page.key_label.text()
    assert note.startswith(KEY_NOTE)
    assert note.endswith("With the recovery key (on paper) you can always get back in.")
    texts = shoot(window, "settings.png")
    profile_folder = str(window.context.home)
    assert dutch_left(texts, allowed={*stored(window), profile_folder}) == []


def test_the_inzage_pdf_keeps_the_dutch_labels_while_the_screen_is_english(store, tmp_path):
    """The letter to the parents states the recipient's kind, the purpose and the data in Dutch."""
    from pypdf import PdfReader

    from ibdesk.services.container import Services
    from ibdesk.services.export_documents import export_inzage
    from ibdesk.services.profile import save_user

    services = Services.build(store)
    save_user(store, "Marieke de Wit (fictief)", "intern begeleider")
    school = open_first_case(store)
    services.consent.record(
        school.case_id,
        Basis(
            "consent",
            school.swv_id,
            "arrangement_swv",
            frozenset({"opp"}),
            date.today() - timedelta(days=3),
            frozenset({f"guardian:{school.guardian_ids[0]}"}),
            method="mondeling",
            heard_by="de mentor",
        ),
    )
    i18n.set_language("en")
    try:
        assert OrgKind.SWV_LOKET.label == "Samenwerkingsverband desk (SWV)"  # the screen's language is English
        result, _ = export_inzage(services, school.pupil_id, tmp_path / "inzage.pdf")
        signature = Signature("consent", 1, "pupil", "Lotte (fictief)", "leerling", date(2026, 3, 12), "mondeling")
        assert signature.line().endswith("mondeling in een overleg")  # a document's line
        assert signature.shown_line().endswith("orally in a meeting")  # the screen's
    finally:
        i18n.set_language(None)
    text = " ".join(" ".join(page.extract_text() or "" for page in PdfReader(result.path).pages).split())
    SHOTS.mkdir(exist_ok=True)
    (SHOTS / "inzage.pdf").write_bytes(result.path.read_bytes())  # fictional data only: to look at
    assert "(loket samenwerkingsverband)" in text
    assert "Aanvraag arrangement bij het samenwerkingsverband" in text
    assert "Ontwikkelingsperspectiefplan (OPP)" in text
    for english_word in ("Samenwerkingsverband desk", "Request for support", "Development perspective"):
        assert english_word not in text


def test_the_labels_stay_dutch_by_default(qtbot, catalog_dir, start):
    window = start()
    school = open_first_case(window.context.services.store)
    window.show_page(CONTACTS_ROW)
    editor = OrganisationEditor(window.contacts_page.service, None, parent=window.contacts_page)
    qtbot.addWidget(editor)
    assert editor.kind.itemText(1) == "Loket samenwerkingsverband"
    window.open_retention()
    assert "Leerlingdossier: 2 jaar na vertrek van de leerling" in "\n".join(visible_texts(window.retention_page))
    window.show_page(SETTINGS_ROW)
    window.settings_page.refresh()
    assert window.settings_page.key_label.text().startswith("De sleutel staat in het sleutelbeheer van deze computer")
    window.open_case(school.case_id)
    history = window.case_page.lifecycle.history.texts()
    assert history[0].endswith("Casus geopend door naam nog niet ingevuld")


def test_a_legal_task_that_does_not_fit_is_explained_in_the_language_shown():
    """The consent form's message names the task, the kinds and the data in English; the law it
    cites stays Dutch (a source), and the Dutch default is unchanged."""
    from ibdesk.domain.legal_bases import LEGAL_BASES, legal_task_problem

    def problems() -> dict[str, str]:
        recipient = f"Sociaal Team Ede (fictief) ({OrgKind.SOCIAAL_TEAM.label.lower()})"
        return legal_task_problem("okr", "sociaal_team", "mdo", frozenset({"identification", "health"}), recipient)

    i18n.set_language("en")
    try:
        english = problems()
    finally:
        i18n.set_language(None)
    assert english["ontvanger"] == (
        "'Onderwijskundig rapport (educational report) on a change of school (legal obligation)' "
        "applies only to the receiving school, "
        f"not to Sociaal Team Ede (fictief) (sociaal team). Source: {LEGAL_BASES['okr'].source}."
    )
    assert english["doel_soort"].endswith("applies only to the purpose handover.")
    assert english["categorieen"].endswith("does not cover: Health. That needs consent.")
    dutch = problems()
    assert dutch["categorieen"] == (
        "'Onderwijskundig rapport bij een overstap (wettelijke verplichting)' dekt niet: Gezondheid. "
        "Daarvoor is toestemming nodig."
    )
    assert LEGAL_BASES["okr"].label.startswith("Onderwijskundig rapport")  # what documents state
