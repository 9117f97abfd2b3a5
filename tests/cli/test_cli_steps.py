"""`ibdesk case step`: a step set by hand, with the rules of the case page. 'Niet van
toepassing' only where the route definition allows it and with a real reason; it is shown as
'niet van toepassing — reden' and never counted as afgerond (issue 11.2; forms/routekaart-po.yaml
`allow_not_applicable`, domain/route.py `check_transition`)."""

from __future__ import annotations

import json

from support.cli import assert_clean_failure, ibdesk

from .test_cli_sign import new_case, run


def step_state(case: str, step: str) -> dict:
    return next(s for s in json.loads(run("case", case, "--json"))["steps"] if s["id"] == step)


def test_a_step_is_set_by_hand_and_not_applicable_needs_the_route_and_a_reason(home, tmp_path):
    case, _, _ = new_case(tmp_path, age=10)
    assert_clean_failure(
        ibdesk("case", "step", case, "signalering", "nvt", "--reason", "Geen signaal nodig."),
        "kan volgens de routekaart niet",
    )
    assert_clean_failure(ibdesk("case", "step", case, "arrangement_opp", "nvt"), "waarom")
    assert_clean_failure(ibdesk("case", "step", case, "arrangement_opp", "nvt", "--reason", "x"), "paar woorden")
    assert_clean_failure(ibdesk("case", "step", case, "signalering", "afgerond"), "Nog nodig")
    assert_clean_failure(ibdesk("case", "step", case, "bestaat-niet", "bezig"), "hoort niet bij de routekaart")
    assert_clean_failure(
        ibdesk("case", "step", case, "signalering", "bezig", "--date", "31-02-2026"), "bestaat niet als datum"
    )
    assert step_state(case, "arrangement_opp")["state"] == "open", "nothing changed by a refused command"

    out = run("case", "step", case, "arrangement_opp", "nvt", "--reason", "Geen arrangement nodig (fictief).")
    assert "staat op niet van toepassing — Geen arrangement nodig (fictief)." in out
    skipped = step_state(case, "arrangement_opp")
    assert skipped["state"] == "nvt" and skipped["reason"] == "Geen arrangement nodig (fictief)."
    out = run("case", "step", case, "signalering", "bezig")
    assert "staat op bezig" in out
    state = json.loads(run("case", case, "--json"))
    assert state["status"] == "lopend", "a step begun starts the case"
    assert [s["state"] for s in state["steps"]].count("afgerond") == 0, "a skipped step is never counted as afgerond"
