"""`ibdesk school` on a profile made with `ibdesk init`: the school has to be set before documents
name it, validated like the first-run wizard (a problem per option, in Dutch), and its type
decides the routekaart of new cases (issue 9 point 4 on the command line)."""

import json

from .test_cli import assert_clean_failure, ibdesk


def ok(*args: str) -> str:
    result = ibdesk(*args)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_set_the_school_and_its_type_on_a_new_profile(home):
    assert "ibdesk school --name NAAM" in ok("init"), "init says what comes next"
    assert ok("school").startswith("Nog geen school ingesteld.")
    assert json.loads(ok("school", "--json")) is None
    assert_clean_failure(ibdesk("school", "--type", "vo"), "Geef minstens --name en --municipality")
    bad = ibdesk("school", "--name", "Het Baken (fictief)", "--municipality", "Renkum", "--brin", "1", "--type", "xx")
    assert_clean_failure(bad, "School niet opgeslagen:")
    assert "  --brin: Een BRIN-nummer is twee cijfers en twee letters" in bad.stderr
    assert "  --type: Onbekend schooltype 'xx'" in bad.stderr
    assert json.loads(ok("school", "--json")) is None, "nothing saved"
    shown = ok("school", "--name", "Het Baken (fictief)", "--municipality", "Renkum", "--type", "vo")
    assert "Routekaart voor nieuwe casussen: Routekaart voortgezet onderwijs (versie 1)" in shown
    school = json.loads(ok("school", "--region", "SWV VO Arnhem (fictief)", "--json"))
    assert school == {
        "name": "Het Baken (fictief)",
        "municipality": "Renkum",
        "brin": None,
        "region": "SWV VO Arnhem (fictief)",
        "type": "vo",
        "route": {"id": "routekaart-vo", "version": 1},
    }
    ok("user", "--name", "Jeroen Bakker (fictief)", "--role", "zorgcoördinator")
    pupil = json.loads(
        ok(
            "pupil",
            "add",
            "--first-name",
            "Noor",
            "--last-name",
            "Smit (fictief)",
            "--birth-date",
            "2012-05-01",
            "--group",
            "2B",
            "--municipality",
            "Renkum",
            "--json",
        )
    )["id"]
    opened = json.loads(ok("case", "open", str(pupil), "--question", "Wat is er nodig?", "--json"))
    assert opened["route"]["id"] == "routekaart-vo"
