"""Issue 11.3 on a new profile: the OPP counts as agreed (vastgesteld) only when every person
who must agree has signed it himself, never because the form says "Ouders stemmen in".

Source: WPO art. 40a lid 2 (instemmingsrecht of the parents with gezag on the handelingsdeel;
WEC art. 41a / WVO art. 17a: the adult pupil agrees himself); the six weeks of WPO art. 40a
lid 1 are met by the day of the last signature.
"""

from __future__ import annotations

from datetime import date

from ibdesk.domain.model import Organisation, OrgKind
from ibdesk.domain.opp import Timeliness
from ibdesk.domain.signatures import ORAL, Signature
from ibdesk.forms import drop_hidden
from ibdesk.services.demo_samples import sample_answers
from tests.support.rules_profile import add_pupil, open_case, school_services

TODAY = date(2026, 11, 23)


def _opp_saved(store):
    services = school_services(store, TODAY)
    pupil = add_pupil(services, date(2016, 5, 1), "groep 6")
    case = open_case(services, pupil, date(2026, 9, 1))
    swv = services.records.save_organisation(Organisation(OrgKind.SWV_LOKET, "SWV Loket (fictief)", "Renkum"))
    care = services.records.save_organisation(Organisation(OrgKind.JEUGDHULP, "Jeugdhulp Vallei (fictief)", "Ede"))
    opp = services.catalog.latest("opp")
    people = {
        "staff": "Marieke de Wit (fictief)",
        "guardian": str(pupil.guardians[0].id),
        "contact": "1",
        "organisation": str(swv.id),
        "organisation:jeugdhulp": str(care.id),
    }
    answers = {
        **sample_answers(opp, date(2026, 10, 1), people),
        "startdatum_ondersteuning": "2026-10-01",
        "datum_opgesteld": "2026-10-20",
    }
    answers = {k: v for k, v in answers.items() if not k.startswith("jh_gemeente")}
    answers = drop_hidden(opp, answers)
    return services, pupil, case, services.forms.save(pupil.id, "opp", opp.version, answers, case_id=case.id), answers


def _agree(services, case, opp_id, signer, on):
    services.signatures.record(
        case.id,
        Signature("opp", opp_id, signer.key, signer.name, signer.role, on, ORAL, heard_by="Marieke de Wit (fictief)"),
    )


def test_a_saved_opp_is_not_agreed_until_each_parent_signed(store):
    services, _pupil, case, opp_id, _ = _opp_saved(store)
    status = services.guidance.overview(case.id).opp
    assert status.agreement == "in_afwachting" and status.settled_on is None  # saved, nobody signed yet
    mother, father = services.signatures.required(case.id, "opp")
    _agree(services, case, opp_id, mother, date(2026, 10, 22))
    status = services.guidance.overview(case.id).opp
    assert status.agreement == "in_afwachting" and "1 van de 2" in status.agreement_note  # one of two parents
    _agree(services, case, opp_id, father, date(2026, 11, 3))
    status = services.guidance.overview(case.id).opp
    assert status.agreement == "gegeven" and status.settled_on == date(2026, 11, 3)  # the last signature
    assert status.draw_up is Timeliness.DONE_ON_TIME  # within six weeks of 1-10
    overzicht = next(c for c in services.attention._open_cases()[0] if c.case.id == case.id)
    assert overzicht.opp.agreement == "gegeven" and overzicht.opp.settled_on == date(2026, 11, 3)


def test_a_new_opp_version_needs_its_own_signatures(store):
    services, pupil, case, opp_id, answers = _opp_saved(store)
    for signer in services.signatures.required(case.id, "opp"):
        _agree(services, case, opp_id, signer, date(2026, 10, 22))
    assert services.guidance.overview(case.id).opp.agreement == "gegeven"
    opp = services.catalog.latest("opp")
    services.forms.save(pupil.id, "opp", opp.version, {**answers, "handelingsdeel": "Nieuw (fictief)"}, case_id=case.id)
    status = services.guidance.overview(case.id).opp
    assert status.agreement == "in_afwachting" and status.settled_on is None
    assert status.draw_up is Timeliness.DONE_ON_TIME  # the first version was agreed within six weeks


def test_refusal_by_one_parent_is_no_agreement(store):
    services, _pupil, case, opp_id, _ = _opp_saved(store)
    mother, father = services.signatures.required(case.id, "opp")
    _agree(services, case, opp_id, mother, date(2026, 10, 22))
    services.signatures.record(
        case.id,
        Signature(
            "opp",
            opp_id,
            father.key,
            father.name,
            father.role,
            date(2026, 10, 23),
            ORAL,
            decision="geweigerd",
            heard_by="Marieke de Wit (fictief)",
        ),
    )
    status = services.guidance.overview(case.id).opp
    assert status.agreement == "verdeeld" and status.settled_on is None
