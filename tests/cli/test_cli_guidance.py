import json

from .test_cli import assert_clean_failure, ibdesk


def test_case_and_attention_on_the_demo(home):
    assert ibdesk("demo", "--no-gui").returncode == 0
    ready = json.loads(ibdesk("case", "2", "--json").stdout)
    assert ready["ready_for_sociaal_team"] is True and ready["missing"] == []
    assert ready["responsibility"]["party"] == "beide" and ready["responsibility"]["reasons"]
    not_ready = json.loads(ibdesk("case", "3", "--json").stdout)
    assert not not_ready["ready_for_sociaal_team"] and not_ready["missing"]
    assert not_ready["current_step"] == "leerlingbespreking"
    stalled = json.loads(ibdesk("case", "5", "--json").stdout)
    assert stalled["stalled"] and stalled["escalation"][0]["mandate"]
    border = json.loads(ibdesk("case", "9", "--json").stdout)
    assert border["sociaal_team"] == "Sociaal Team Arnhem (fictief)"
    assert border["sociaal_team_school"] == "Sociaal Team Renkum (fictief)"
    text = ibdesk("case", "3").stdout
    assert "Klaar voor aanmelding bij het Sociaal Team: nee. Nog nodig:" in text
    attention = json.loads(ibdesk("attention", "--json").stdout)
    assert {i["kind"] for i in attention["items"]} >= {"ready", "stalled", "thuiszitter", "action", "leerplicht"}
    assert "Thuiszitter" in ibdesk("attention").stdout


def test_unknown_case_is_a_clear_error(home):
    ibdesk("init")
    assert_clean_failure(ibdesk("case", "42"), "Casus 42 bestaat niet")
    assert ibdesk("case", "niet-een-getal").returncode == 2
