"""What the services say in the export wizard, in English (issue 16.8): the sharing plan (the
purpose, the kinds of data, on which basis, why not, the refusal) and the result box after a real
signed export, from an empty profile; the signed PDF keeps the Dutch words of the plan. Only the
records (names, titles, dates as the dates module writes them) are allowed to stay Dutch here."""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtWidgets import QApplication
from support.qt_checks import mnemonic_clashes
from support.tasks import settle
from support.ui_language import catalog_dir, dutch_left, english, start, visible_texts  # noqa: F401 (fixtures)

from ibdesk.text.dates import long_date
from tests.dossier.helpers import full_text

from .test_dossier_language import first_case_with_handover, open_wizard

OVERDRACHT_NL = "Warme overdracht naar een andere school of hulpverlener"
SHOTS = Path("/tmp/uilang-dossier-result")


def shoot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    for _ in range(3):  # the layout catches up with texts and rows just shown
        QApplication.processEvents()
    widget.grab().save(str(SHOTS / name))


def records(window, school) -> list[str]:
    """What the plan page shows from the records: names, titles, the people who gave consent."""
    services = window.context.services
    overview = services.guidance.overview(school.case_id, log_view=False)
    names = [g.name for g in services.records.pupil(school.pupil_id).guardians]
    orgs = [o.name for o in services.records.organisations()]
    titles = [a.title for a in services.attachments.attachments(school.pupil_id)]
    institutions = ["Raad voor de Kinderbescherming"]  # a Dutch institution's name, kept in English
    return [overview.pupil.full_name, *names, *orgs, *titles, *institutions, "Marieke de Wit (fictief)"]


def form_wording(plan) -> list[str]:
    """The route's step titles and evidence labels the readiness lines quote, and the name of the
    consent form: the form definitions' own Dutch (forms/), not translated."""
    quoted = [name for line in plan.missing for name in re.findall(r"'(.+)'", line)]
    evidence = [line.split("evidence missing: ", 1)[1] for line in plan.missing if "evidence missing: " in line]
    words = [*quoted, *evidence, "Toestemming"]
    return words + [html.escape(w, quote=False) for w in words]  # as the rich-text banner shows them


def english_only(widget, allowed) -> set[str]:
    texts = visible_texts(widget)
    allowed = sorted(allowed, key=len, reverse=True)
    assert dutch_left(texts, allowed=allowed) == [], dutch_left(texts, allowed=allowed)
    assert mnemonic_clashes(widget) == []
    return texts


def test_the_plan_and_the_result_of_a_signed_export_in_english(qtbot, english, start, dialogs, tmp_path):
    window = start()
    school = first_case_with_handover(window)
    wizard = open_wizard(window, school.case_id)
    qtbot.waitExposed(wizard)
    data = records(window, school)
    page = wizard.recipient_page
    purposes = {page.purpose_combo.itemText(i) for i in range(page.purpose_combo.count())}
    assert "Warm handover to another school or care provider" in purposes
    assert "Referral to the Sociaal Team for jeugdhulp (youth care)" in purposes
    english_only(wizard, data)

    wizard.next()  # the Sociaal Team: not ready, and no basis at all (the refusal of the services)
    content = wizard.content_page
    plan = content.plan
    day = long_date(plan.day)
    texts = english_only(wizard, [*data, day, *form_wording(plan)])
    assert any("Step 'Signalering en eerste gesprek met ouders' is not finished yet." in t for t in texts)
    assert plan.purpose_label == "Referral to the Sociaal Team for jeugdhulp (youth care)"
    assert plan.refusal.startswith("Nothing may be shared with Sociaal Team Wageningen (fictief) for 'Referral to")
    assert "there is no valid legal basis for identifying details (consent missing)" in plan.refusal
    assert any("Identifying details" in t for t in texts) and any(
        "Consent missing; consent still needed" in t for t in texts
    )
    shoot(wizard, "r1-plan-refused.png")

    wizard.back()
    page.choose_other(school.vo_school_id)
    page.purpose_combo.setCurrentIndex(page.purpose_combo.findData("overdracht"))
    wizard.next()
    plan = content.plan
    assert content.isComplete() and plan.purpose_label == "Warm handover to another school or care provider"
    added = [item.added_on for item in plan.attachments]
    texts = english_only(wizard, [*data, day, *added])
    okr = "Onderwijskundig rapport (educational report) on a change of school (legal obligation)"
    lines = {line.label: line for line in plan.categories}
    assert lines["Identifying details"].shared and lines["Identifying details"].detail() == okr
    assert lines["Health"].detail() == (  # the parents' names and relation as stored
        "Consent missing; consent still needed from Anna Veenstra (moeder) and Emre Ağaoğlu (vader)."
    )
    assert [(e.category, e.count) for e in plan.excluded] == [("Health", 1)]
    assert any("Purpose:</b> Warm handover to another school or care provider" in t for t in texts)
    assert {"School results and test data", "Support history", "Home situation"} <= texts
    assert any(t.startswith("<span") and ">Support history</span> — Added on" in t for t in texts)  # the attachment
    shoot(wizard, "r2-plan-ready.png")
    bar = content.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())  # what is not shared, as the dossier states it
    assert any("1 item not shared — no legal basis" in t for t in texts)
    shoot(wizard, "r2b-plan-withheld.png")

    wizard.next()
    sign = wizard.sign_page
    sign.make_button.click()
    wizard.next()
    preview = wizard.preview_page
    settle(preview.prepare_task)
    qtbot.waitUntil(lambda: bool(preview.pages), timeout=60_000)
    wizard.next()
    save = wizard.save_page
    assert "Purpose:</b> Warm handover to another school or care provider<br>" in save.summary.text()
    save.encrypt.setChecked(True)
    target = tmp_path / "dossier.pdf"
    dialogs.save_path = target
    settle(save.save())
    result = wizard.result
    assert result is not None
    fingerprint = result.fingerprint
    shown = save.result_label.text()
    assert shown.splitlines() == [
        f"Signed document written: {target} ({result.pages} pages).",
        f"Check code of the certificate: {fingerprint}",
        "Technical: Personal certificate, fingerprint (SHA-256).",
        "1 item not shared (no legal basis); the document mentions it, without its content.",
    ]
    assert "PASSWORD" not in shown and result.password not in shown  # in its own box
    assert result.message().splitlines()[-2:] == [
        f"PASSWORD: {result.password}",
        "The document is encrypted (AES-256). Pass this password on by another channel (phone or text message), "
        "never in the same email as the document.",
    ]
    assert dutch_left(result.message().splitlines(), allowed=[str(target), result.password]) == []
    english_only(wizard, [*data, save.suggested().name, result.password])
    shoot(wizard, "r3-result.png")
    wizard.close()

    text = full_text(target, result.password)  # the document keeps the Dutch of the plan
    assert OVERDRACHT_NL in text and "Identificerende gegevens" in text and "Onderwijskundig rapport bij een" in text
    assert "Gezondheid" in text  # the withheld kind, by its Dutch name
    for english_words in ("Warm handover", "Identifying details", "educational report", "Health", "Signed document"):
        assert english_words not in text

    check_trust_in_english(qtbot, window, target, result.password)


def check_trust_in_english(qtbot, window, path: Path, password: str) -> None:
    """'Check dossier': the source of trust the services name is English too."""
    settings = window.page("settings_page")
    settings.open_verify()
    dialog = settings.verify_dialog
    dialog.resize(1000, 700)
    dialog.password_edit.setText(password)
    settle(dialog.check(path))
    result = dialog.result
    assert result is not None and result.ok
    assert dialog.values["trusted"].text() == "Yes — your own personal certificate"
    english_only(dialog, [str(path), result.signer, result.organisation or "", dialog.values["fingerprint"].text()])
    shoot(dialog, "r4-verify-trusted.png")
    dialog.close()


def test_the_signing_settings_say_the_services_messages_in_english(
    qtbot, english, start, dialogs, tmp_path, monkeypatch
):
    """Settings › Signing on a new profile: replacing the certificate before a name is known, and
    trusting a file that is no certificate — the refusals of services/certificates.py in English."""
    from ibdesk.ui.kit import messages

    window = start()
    signer = window.page("settings_page").signer
    signer.refresh()
    assert signer.renew_certificate() is False
    told = dialogs.of("error")[-1]
    assert told.title == "Replace certificate"
    assert told.text == (
        "First fill in your own name and job title (Settings › Signing, or 'ibdesk user --name … --role …'): "
        "they appear as the signer on the document."
    )
    not_a_certificate = tmp_path / "brief.pem"
    not_a_certificate.write_text("geen certificaat (fictief)")
    monkeypatch.setattr(messages, "ask_open_path", lambda parent, title, start, file_filter: not_a_certificate)
    signer.trust_certificate()
    refused = dialogs.of("error")[-1]
    assert refused.text == f"{not_a_certificate} is not a certificate (PEM or DER)."
    assert dutch_left([told.text, refused.text], allowed=[str(not_a_certificate)]) == []
    english_only(signer, ["intern begeleider"])  # the role suggestion stays Dutch
    shoot(signer, "r5-signing-settings.png")
