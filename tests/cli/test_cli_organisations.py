"""`ibdesk organisations` from an empty profile, as school IT and an IB'er would use it:
init → import (YAML, CSV) → list → re-import → add → edit → deactivate; never delete
what a record refers to."""

import json
import subprocess
import sys
from pathlib import Path

from .test_cli import assert_clean_failure, ibdesk

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def listed(home, *args) -> list[dict]:
    result = ibdesk("organisations", "list", "--json", *args, home=home)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_organisations_from_init_to_deactivate(home, tmp_path):
    assert ibdesk("init", home=home).returncode == 0
    assert listed(home) == []
    dry = ibdesk("organisations", "import", str(PACKAGING / "organisations-example.yaml"), "--dry-run", home=home)
    assert dry.returncode == 0 and "7 nieuw, 0 bijgewerkt, 0 ongewijzigd. Proef" in dry.stdout
    assert listed(home) == []

    first = ibdesk("organisations", "import", str(PACKAGING / "organisations-example.yaml"), home=home)
    assert first.returncode == 0 and "7 nieuw, 0 bijgewerkt, 0 ongewijzigd." in first.stdout, first.stderr
    again = ibdesk("organisations", "import", str(PACKAGING / "organisations-example.csv"), home=home)
    assert again.returncode == 0 and "0 nieuw, 0 bijgewerkt, 7 ongewijzigd." in again.stdout, again.stderr
    orgs = listed(home)
    assert len(orgs) == 7 and len({o["key"] for o in orgs}) == 7
    renkum = next(o for o in orgs if o["key"] == "st-renkum")
    assert renkum["phone"] == "14026" and renkum["postcode"] == "6861 AB"
    escalation = next(c for c in renkum["contacts"] if c["escalation"])
    assert escalation["mandate"] == "Mag een beschikking jeugdhulp versneld afgeven."

    changed = tmp_path / "regio.csv"
    changed.write_text(
        (PACKAGING / "organisations-example.csv").read_text(encoding="utf-8").replace("026 123 4570", "026 765 4321"),
        encoding="utf-8",
    )
    update = ibdesk("organisations", "import", str(changed), home=home)
    assert "bijgewerkt  RBL Midden-Gelderland (fictief) (telefoon)" in update.stdout
    assert "0 nieuw, 1 bijgewerkt, 6 ongewijzigd." in update.stdout and len(listed(home)) == 7

    added = ibdesk(
        "organisations",
        "add",
        "--kind",
        "wijkteam",
        "--name",
        "Wijkteam Oost (fictief)",
        "--municipality",
        "Arnhem",
        "--phone",
        "140 26",
        "--contact",
        "Sanne Olthof (fictief)",
        "--contact-role",
        "jeugdconsulent",
        "--escalation",
        "Bart Wijnands (fictief)",
        "--mandate",
        "Beslist over spoedinzet.",
        home=home,
    )
    assert added.returncode == 0, added.stderr
    new_id = int(added.stdout.split()[1])
    edited = ibdesk(
        "organisations",
        "edit",
        str(new_id),
        "--address",
        "Voorbeeldstraat 1",
        "--postcode",
        "6811ab",
        "--escalation-phone",
        "+49 30 12345678",
        home=home,
    )
    assert edited.returncode == 0, edited.stderr
    team = next(o for o in listed(home, "--kind", "sociaal team") if o["id"] == new_id)
    assert (team["phone"], team["postcode"], team["address"]) == ("14026", "6811 AB", "Voorbeeldstraat 1")
    assert [c["phone"] for c in team["contacts"] if c["escalation"]] == ["+493012345678"]

    off = ibdesk("organisations", "edit", str(new_id), "--deactivate", home=home)
    assert off.returncode == 0 and "niet meer actief" in off.stdout
    assert new_id not in {o["id"] for o in listed(home)}
    assert new_id in {o["id"] for o in listed(home, "--all")}
    text = ibdesk("organisations", "list", "--all", home=home).stdout
    assert "Wijkteam Oost (fictief)  (Arnhem; 14 026; niet actief)" in text
    assert ibdesk("organisations", "edit", str(new_id), "--activate", home=home).returncode == 0
    assert ibdesk("check", home=home).returncode == 0


def test_bad_input_is_refused_per_field_in_dutch(home):
    assert ibdesk("init", home=home).returncode == 0
    result = ibdesk(
        "organisations",
        "add",
        "--kind",
        "sociaal_team",
        "--name",
        "Team X",
        "--phone",
        "12345",
        "--email",
        "x@y",
        "--escalation",
        "Els",
        home=home,
    )
    assert_clean_failure(result, "- gemeente: Een Sociaal Team hoort bij een gemeente")
    assert "- telefoon: '12345' is geen geldig telefoonnummer" in result.stderr
    assert "- e-mail:" in result.stderr and "contactpersoon 1, mandaat" in result.stderr
    assert_clean_failure(
        ibdesk("organisations", "add", "--kind", "bakkerij", "--name", "X", home=home),
        "Onbekende soort organisatie 'bakkerij'",
    )
    assert_clean_failure(
        ibdesk("organisations", "edit", "99", "--deactivate", home=home), "Organisatie 99 bestaat niet"
    )
    assert_clean_failure(ibdesk("organisations", "import", "/nergens/orgs.yaml", home=home), "bestaat niet")
    assert listed(home) == []


def test_a_referenced_organisation_is_not_deleted(home):
    assert ibdesk("init", home=home).returncode == 0
    assert ibdesk("organisations", "import", str(PACKAGING / "organisations-example.yaml"), home=home).returncode == 0
    refer = (
        "import sys; from pathlib import Path; from ibdesk.cli.keys import open_store; "
        "from ibdesk.services.container import Services; s = Services.build(open_store(Path(sys.argv[1]))); "
        "f = s.catalog.latest('overdracht-school'); "
        "s.forms.save_draft('probe', f.id, f.version, {'ontvangende_school': 7}); s.store.close()"
    )
    assert subprocess.run([sys.executable, "-c", refer, str(home)], timeout=120).returncode == 0
    assert_clean_failure(ibdesk("organisations", "delete", "7", home=home), "wordt gebruikt (1 formulier)")
    assert 7 in {o["id"] for o in listed(home)}
    unused = next(o["id"] for o in listed(home) if o["kind"] == "jgz")
    deleted = ibdesk("organisations", "delete", str(unused), home=home)
    assert deleted.returncode == 0 and unused not in {o["id"] for o in listed(home, "--all")}
