import json

from .test_cli import assert_clean_failure, ibdesk


def test_consent_retention_and_inzage(home, tmp_path):
    assert ibdesk("demo", "--no-gui").returncode == 0
    withdrawn = json.loads(ibdesk("consent", "3", "--json").stdout)
    assert withdrawn["bases"][0]["withdrawn_on"] and not any(
        c["allowed"] for c in withdrawn["sharing_with_sociaal_team"].values()
    )
    joint = json.loads(ibdesk("consent", "7", "--json").stdout)
    assert len(joint["who_must_consent"]) == 2
    assert joint["sharing_with_sociaal_team"]["opp"]["still_needed"], "the second parent must still consent"
    verbal = json.loads(ibdesk("consent", "10", "--json").stdout)
    assert verbal["bases"][-1]["method"] == "mondeling" and verbal["sharing_with_sociaal_team"]["opp"]["allowed"]
    assert all("toestemming gegeven op" in line for line in verbal["current_decisions"])
    text = ibdesk("consent", "2").stdout
    assert "Wie moet toestemming geven" in text and "Huidige beslissing per persoon" in text
    expired = json.loads(ibdesk("retention", "--json").stdout)
    assert [e["kind"] for e in expired] == ["leerlingdossier"]
    assert_clean_failure(ibdesk("retention", "--delete"), "--yes")
    deleted = ibdesk("retention", "--delete", "--yes")
    assert deleted.returncode == 0 and "definitief verwijderd" in deleted.stdout
    assert json.loads(ibdesk("retention", "--json").stdout) == []
    out = tmp_path / "inzage"
    assert_clean_failure(ibdesk("inzage", "4", "--out", str(out)), "bestaat niet")  # no folder made silently
    out.mkdir()
    result = ibdesk("inzage", "4", "--out", str(out))
    assert result.returncode == 0, result.stderr
    data = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    assert data["pupil"]["id"] == 4 and data["cases"]
    assert ibdesk("check").returncode == 0
