"""`ibdesk spoed` on a profile made with `ibdesk init` (issue 12, point 6: doorbraak)."""

import json
from datetime import date

from support.rules_profile import add_pupil, add_team, open_case

from .test_cli import assert_clean_failure, ibdesk


def _profile_with_one_case(home) -> int:
    from ibdesk.domain.model import School
    from ibdesk.services.container import Services
    from ibdesk.store.opening import open_profile
    from ibdesk.store.profile import Credentials

    assert ibdesk("init").returncode == 0
    store = open_profile(home, Credentials())
    try:
        services = Services.build(store)
        services.records.save_school(School("OBS De Regel (fictief)", "Renkum"))
        add_team(services)
        pupil = add_pupil(services, date(2017, 5, 1), "groep 6")
        return open_case(services, pupil, date(2026, 10, 1)).id
    finally:
        store.close()


def test_spoed_puts_a_case_on_the_doorbraak_path(home):
    case_id = str(_profile_with_one_case(home))
    before = json.loads(ibdesk("case", case_id, "--json").stdout)
    assert before["doorbraak"] is None and any("nog niet afgerond" in m for m in before["missing"])
    marked = ibdesk("spoed", case_id, "crisis", "--toelichting", "acute crisis thuis (fictief)")
    assert marked.returncode == 0 and "spoed: crisis" in marked.stdout and "Geen geldige grondslag" in marked.stdout
    after = json.loads(ibdesk("case", case_id, "--json").stdout)
    assert after["doorbraak"] == "spoed: crisis"
    assert after["missing"] == [m for m in after["missing"] if "grondslag" in m]
    assert any(line.endswith("nog niet doorlopen — reden: spoed: crisis") for line in after["not_done"])
    assert ibdesk("spoed", case_id, "uit").returncode == 0
    assert json.loads(ibdesk("case", case_id, "--json").stdout)["doorbraak"] is None


def test_spoed_on_an_unknown_case_is_a_clear_error(home):
    _profile_with_one_case(home)
    assert_clean_failure(ibdesk("spoed", "42", "veiligheid"), "Casus 42 bestaat niet")
    assert ibdesk("spoed", "1", "west").returncode == 2
