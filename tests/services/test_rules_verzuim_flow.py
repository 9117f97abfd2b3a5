"""The saved 'Verzuim en thuiszitten' form drives the verzuim engine, on a new empty profile
(issue 12, points 11 and 17).

Sources: Ingrado/OCW thuiszitter definition (incl. not enrolled); Leerplichtwet art. 5 and 7.
"""

from datetime import date

import pytest
from support.rules_profile import add_pupil, school_services

from ibdesk.domain.absence import AbsenceState
from ibdesk.errors import UserError
from ibdesk.forms import drop_hidden

TODAY = date(2026, 11, 23)


def verzuim_answers(**overrides) -> dict:
    answers = {
        "ingeschreven": True,
        "perioden": [],
        "vrijstelling": False,
        "melding_leerplicht": False,
        "huidig_aanbod": "geen",
        "regiehouder": "1",
        **overrides,
    }
    return answers


CASES = [
    # (source, answers, state)
    (
        "issue 12 point 11: periods in the form are counted (form: 'ibdesk telt de dagen')",
        verzuim_answers(perioden=[{"van": "2026-09-01", "uren": 200, "geoorloofd": False, "reden": "schoolweigering"}]),
        AbsenceState.THUISZITTER_2A,
    ),
    (
        "issue 12 point 11: 'ingeschreven: nee' is a thuiszitter (Ingrado/OCW: not enrolled at any school)",
        verzuim_answers(
            ingeschreven=False,
            perioden=[{"van": "2026-11-02", "uren": 60, "geoorloofd": False, "reden": "geen_passend_aanbod"}],
        ),
        AbsenceState.NOT_ENROLLED,
    ),
    (
        "issue 12 point 17: art. 5 onder a on an orthopedagoog's statement exempts (Leerplichtwet art. 7)",
        verzuim_answers(
            perioden=[{"van": "2026-09-01", "uren": 200, "geoorloofd": False, "reden": "psychisch"}],
            vrijstelling=True,
            vrijstelling_artikel="art5_onder_a",
            vrijstelling_datum="2026-10-01",
            vrijstelling_deskundige="orthopedagoog",
            vrijstelling_beoordeeld_door="A. de Groot (fictief)",
        ),
        AbsenceState.EXEMPT,
    ),
]


@pytest.mark.parametrize("source, answers, state", CASES, ids=[c[0][:60] for c in CASES])
def test_saved_verzuim_form_sets_the_status(store, source, answers, state):
    services = school_services(store, TODAY)
    pupil = add_pupil(services, date(2016, 2, 1), "groep 5")
    definition = services.catalog.latest("verzuim")
    services.forms.save(pupil.id, "verzuim", definition.version, drop_hidden(definition, answers))
    status = services.absence.status_of(pupil.id)
    assert status is not None and status.state is state, source
    if state is AbsenceState.NOT_ENROLLED:
        thuis = [i for i in services.attention.compute().items if i.kind == "thuiszitter"]
        assert thuis and "Niet ingeschreven" in thuis[0].detail


def test_a_form_period_equal_to_a_registered_one_counts_once(store):
    services = school_services(store, TODAY)
    pupil = add_pupil(services, date(2016, 2, 1), "groep 5")
    services.absence.register(pupil.id, date(2026, 11, 2), date(2026, 11, 2), 8, authorised=False)
    answers = verzuim_answers(
        perioden=[{"van": "2026-11-02", "tot": "2026-11-02", "uren": 8, "geoorloofd": False, "reden": "spijbelen"}]
    )
    definition = services.catalog.latest("verzuim")
    services.forms.save(pupil.id, "verzuim", definition.version, answers)
    assert services.absence.status_of(pupil.id).report_due_on is None  # 8 hours, not 16


def test_registering_an_exemption_on_a_teachers_statement_is_refused(store):
    services = school_services(store, TODAY)
    pupil = add_pupil(services, date(2016, 2, 1), "groep 5")
    services.absence.add_exemption(pupil.id, "art5_onder_a", "2026-10-01", judged_by="psycholoog")
    with pytest.raises(UserError, match="arts, psycholoog of orthopedagoog"):
        services.absence.add_exemption(pupil.id, "art5_onder_a", "2026-10-01", judged_by="leerkracht")
