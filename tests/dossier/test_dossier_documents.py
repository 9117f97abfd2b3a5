"""The same pipeline for warme overdracht, MDO agenda + preparation sheets and inzage."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ibdesk.domain.consent import CATEGORIES, Basis
from ibdesk.domain.model import Organisation, OrgKind
from ibdesk.dossier.verify import verify_pdf
from ibdesk.errors import UserError
from ibdesk.services.demo_samples import sample_answers
from ibdesk.services.export_documents import export_handover, export_inzage, export_meeting

from .conftest import TODAY
from .helpers import READY_CASE, REFERRED_CASE, font_problems, full_text, page_texts, reader

PAST_MEETING = 1


def overview(services, case_id):
    return services.guidance.overview(case_id, log_view=False)


def gezag(services, case_id):
    return frozenset(f"guardian:{g.id}" for g in overview(services, case_id).pupil.guardians if g.has_gezag)


def test_handover_to_the_sociaal_team(services, out):
    result = export_handover(services, REFERRED_CASE, "sociaal-team", out / "overdracht.pdf")
    text = full_text(result.path)
    assert "Warme overdracht" in text and "Aanmelding bij het Sociaal Team" in text and "Overdracht" in text
    assert verify_pdf(result.path).sound and font_problems(result.path) == []
    name = overview(services, REFERRED_CASE).pupil.full_name
    assert all(name not in page for page in page_texts(result.path)[1:])
    entry = services.consent.sharing_log(overview(services, REFERRED_CASE).pupil.id)[-1]
    assert entry["document"] == "overdracht-sociaal-team"


def test_handover_without_its_form_is_refused(services, out):
    with pytest.raises(UserError, match="Vul eerst het formulier 'Warme overdracht van primair naar voortgezet"):
        export_handover(services, READY_CASE, "po-vo", out / "x.pdf")


def _po_vo_form(services, case_id, school_id):
    definition = services.catalog.latest("overdracht-po-vo")
    people = {"staff": "1", "guardian": "1", "contact": "1", "organisation": str(school_id)}
    answers = sample_answers(definition, date(2026, 10, 1), people)
    answers["jeugdhulp_betrokken"] = True
    answers["jeugdhulp_omschrijving"] = "Gezinsbehandeling bij De Brug (fictief) JEUGDHULP-5521"
    services.forms.save(
        overview(services, case_id).pupil.id, "overdracht-po-vo", definition.version, answers, case_id=case_id
    )


def test_po_vo_handover_on_the_legal_task_okr(services, out):
    # The OKR duty covers the receiving school only (WPO art. 42), so the receiver is a school.
    receiving = services.records.save_organisation(
        Organisation(OrgKind.SCHOOL, "Het Kastanjecollege (fictief)", "Renkum", "0261234500")
    )
    _po_vo_form(services, READY_CASE, receiving.id)
    with pytest.raises(UserError, match="Er mag niets worden gedeeld"):
        export_handover(services, READY_CASE, "po-vo", out / "x.pdf")
    okr = Basis(
        "legal_task",
        receiving.id,
        "overdracht",
        frozenset({"identification", "school_results", "support_history", "opp"}),
        TODAY,
        task="okr",
    )
    services.consent.record(READY_CASE, okr)
    result = export_handover(services, READY_CASE, "po-vo", out / "po-vo.pdf")
    text = full_text(result.path)
    assert "Onderwijskundig rapport bij een overstap" in text
    assert "JEUGDHULP-5521" not in text  # youth care: no basis
    assert "Welke jeugdhulp" not in text, "issue 11.7: a withheld part is not named by its title"
    assert "Jeugdhulp 1 onderdeel" in text, "only its category and how many parts"
    assert verify_pdf(result.path).sound


def test_mdo_sheets_follow_the_partners_basis(services, out):
    result = export_meeting(services, PAST_MEETING, out / "mdo.pdf")
    text = full_text(result.path)
    name = overview(services, READY_CASE).pupil.full_name
    assert "Agenda en voorbereiding" in text and "Voorbereiding: leerling E.Ç." in text
    assert name not in text and "naam niet gedeeld" in text
    for org_id in {o.id for o in services.records.organisations() if o.kind.value in ("swv_loket", "sociaal_team")}:
        services.consent.record(
            READY_CASE,
            Basis("consent", org_id, "mdo", frozenset(CATEGORIES) - {"health"}, TODAY, gezag(services, READY_CASE)),
        )
    result = export_meeting(services, PAST_MEETING, out / "mdo2.pdf")
    pages = page_texts(result.path)
    assert name not in pages[0] and any(name in p for p in pages[1:])
    assert "Wat is er nodig en wie is aan zet?" in full_text(result.path)
    assert verify_pdf(result.path).sound
    log = services.consent.sharing_log(overview(services, READY_CASE).pupil.id)
    assert log[-1]["document"] == "mdo-voorbereiding" and "identification" in log[-1]["shared"]


def test_inzage_pdf_and_json_hold_everything(services, out):
    pupil = overview(services, READY_CASE).pupil
    result, json_path = export_inzage(services, pupil.id, out / "inzage.pdf", out)
    text = full_text(result.path)
    for part in (
        "Inzage",
        pupil.full_name,
        "Formulieren",
        "Toestemming en grondslagen",
        "Wie heeft wat gedaan?",
        "Recht op inzage (AVG, artikel 15)",
    ):
        assert part in text, part
    assert pupil.full_name not in " ".join(page_texts(result.path)[2:])
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["pupil"]["last_name"] == pupil.last_name and pupil.last_name not in json_path.name
    assert verify_pdf(result.path).sound
    assert "Çelik" not in str(reader(result.path).metadata)
    assert services.consent.sharing_log(pupil.id)[-1]["document"] == "inzage"
