"""OrganisationService on a fresh profile: add, edit, deactivate, delete only when nothing
refers to it, import (YAML/CSV) without duplicates, and the machine policy's file."""

from datetime import date
from pathlib import Path

import pytest

from ibdesk.domain.model import Case, Contact, Guardian, Organisation, OrgKind, Pupil, School
from ibdesk.errors import InvalidRecord, UserError
from ibdesk.services.container import Services
from ibdesk.services.forms import load_forms
from ibdesk.services.org_files import FileProblems
from ibdesk.store import models as m

TODAY = date(2026, 11, 23)
PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
EXAMPLE_YAML, EXAMPLE_CSV = PACKAGING / "organisations-example.yaml", PACKAGING / "organisations-example.csv"


@pytest.fixture(scope="module")
def catalog():
    return load_forms()


@pytest.fixture
def services(store, catalog):
    """Services on a new, empty profile (no demo)."""
    return Services.build(store, catalog=catalog, today=lambda: TODAY)


def audit_rows(store, entity="organisation"):
    with store.session() as s:
        return [
            (r.action, r.entity_id, r.detail)
            for r in s.query(m.AuditRow).filter(m.AuditRow.entity == entity).order_by(m.AuditRow.id)
        ]


def team(name="Sociaal Team Renkum (fictief)", municipality="Renkum") -> Organisation:
    return Organisation(
        OrgKind.SOCIAAL_TEAM,
        name,
        municipality,
        "14 026",
        None,
        [
            Contact("Ingrid Vos (fictief)", "jeugdconsulent", is_primary=True),
            Contact(
                "Peter van Aalst (fictief)",
                "teamleider",
                "06 1234 5678",
                is_escalation=True,
                mandate="Mag een beschikking jeugdhulp versneld afgeven.",
            ),
        ],
    )


def test_add_edit_deactivate_reactivate_audited_with_ids_only(services, store):
    orgs = services.organisations
    saved = orgs.save(team())
    assert saved.id and saved.phone == "14026" and saved.escalation_contact().name == "Peter van Aalst (fictief)"
    saved.address, saved.postcode, saved.place = "Voorbeeldlaan 4", "6861ab", "Oosterbeek"
    orgs.save(saved)
    assert orgs.get(saved.id).postcode == "6861 AB"
    assert not orgs.set_active(saved.id, False).active
    assert [o.id for o in orgs.list(include_inactive=False)] == []
    assert orgs.set_active(saved.id, True).active
    actions = [(a, i) for a, i, _ in audit_rows(store)]
    assert actions == [
        ("create", str(saved.id)),
        ("update", str(saved.id)),
        ("deactivate", str(saved.id)),
        ("activate", str(saved.id)),
    ]
    assert not any("Renkum" in (d or "") or "Vos" in (d or "") for *_, d in audit_rows(store))


def test_no_two_organisations_with_the_same_kind_name_and_municipality(services):
    services.organisations.save(team())
    with pytest.raises(InvalidRecord) as info:
        services.organisations.save(team(name="sociaal team renkum (FICTIEF)"))
    assert "Er is al een Sociaal Team met deze naam in Renkum" in info.value.errors["naam"]
    services.organisations.save(team(municipality="Arnhem"))  # the same name elsewhere is another team


def test_import_then_reimport_never_duplicates_and_applies_updates(services, store, tmp_path):
    orgs = services.organisations
    dry = orgs.import_file(EXAMPLE_YAML, dry_run=True)
    assert dry.counts == {"added": 7, "updated": 0, "unchanged": 0} and orgs.list() == []
    assert orgs.import_file(EXAMPLE_YAML).counts == {"added": 7, "updated": 0, "unchanged": 0}
    assert orgs.import_file(EXAMPLE_CSV).counts == {"added": 0, "updated": 0, "unchanged": 7}  # same content
    changed = tmp_path / "organisaties.yaml"
    changed.write_text(
        EXAMPLE_YAML.read_text(encoding="utf-8")
        .replace('phone: "0800 0224 466"', 'phone: "0800 1234"')
        .replace("name: Wijkteam Arnhem-Zuid (fictief)", "name: Sociaal Team Arnhem (fictief)"),
        encoding="utf-8",
    )
    plan = orgs.import_file(changed)
    assert plan.counts == {"added": 0, "updated": 2, "unchanged": 5}
    assert sorted(line.changed for line in plan.lines if line.changed) == [["naam"], ["telefoon"]]
    listed = orgs.list()
    assert len(listed) == 7 and "Sociaal Team Arnhem (fictief)" in {o.name for o in listed}
    renkum = next(o for o in listed if o.key == "st-renkum")
    assert (renkum.phone, renkum.postcode, renkum.escalation_contact().mandate) == (
        "14026",
        "6861 AB",
        "Mag een beschikking jeugdhulp versneld afgeven.",
    )
    summaries = [d for a, _, d in audit_rows(store) if a == "import"]
    assert summaries == [
        "source=file added=7 updated=0 unchanged=0",
        "source=file added=0 updated=0 unchanged=7",
        "source=file added=0 updated=2 unchanged=5",
    ]


def test_an_entry_without_key_matches_on_kind_name_and_municipality(services, tmp_path):
    own = services.organisations.save(team())
    path = tmp_path / "regio.csv"
    path.write_text(
        "kind;name;municipality;phone\nwijkteam;Sociaal Team Renkum (fictief);renkum;026 123 4567\n", encoding="cp1252"
    )
    plan = services.organisations.import_file(path)
    assert plan.counts == {"added": 0, "updated": 1, "unchanged": 0}
    updated = services.organisations.get(own.id)
    assert updated.phone == "0261234567" and len(updated.contacts) == 2  # people not in the file stay


def test_a_file_with_problems_imports_nothing_and_names_every_line(services, tmp_path):
    path = tmp_path / "fout.yaml"
    path.write_text(
        "organisations:\n"
        "  - kind: sociaal_team\n    name: Wijkteam Zuid\n    phone: '12345'\n"
        "  - kind: bakkerij\n    name: De Bakker\n"
        "  - kind: jgz\n    naam: GGD\n",
        encoding="utf-8",
    )
    with pytest.raises(FileProblems) as info:
        services.organisations.import_file(path)
    text = str(info.value)
    assert "regel 7: onbekende sleutel(s) naam" in text  # the line the item starts on
    assert services.organisations.list() == []
    path.write_text(
        "organisations:\n"
        "  - kind: sociaal_team\n    name: Wijkteam Zuid\n    phone: '12345'\n"
        "  - kind: bakkerij\n    name: De Bakker\n",
        encoding="utf-8",
    )
    with pytest.raises(FileProblems) as info:
        services.organisations.import_file(path)
    assert info.value.problems[0].startswith("regel 2: Een Sociaal Team hoort bij een gemeente")
    assert any(p.startswith("regel 2: '12345' is geen geldig telefoonnummer") for p in info.value.problems)
    assert any(p.startswith("regel 5: Onbekende soort organisatie 'bakkerij'") for p in info.value.problems)
    assert services.organisations.list() == []


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("kind,name\nsociaal_team,Team A,extra\n", "meer waarden dan kolommen"),
        ("kind,naam\n", "onbekende kolom(men): naam"),
        ("kind,name,active\njgz,GGD,misschien\n", "ja of nee"),
        ("kind,name,escalation_role\njgz,GGD,teamleider\n", "vul escalation_name in"),
        ("kind,name\njgz,GGD\njgz,ggd\n", "twee keer in het bestand"),
    ],
)
def test_csv_problems_are_explained(services, tmp_path, text, fragment):
    path = tmp_path / "org.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError, match=fragment.replace("(", r"\(").replace(")", r"\)")):
        services.organisations.import_file(path)


def test_yaml_keeps_phone_numbers_as_typed(services, tmp_path):
    path = tmp_path / "o.yaml"
    path.write_text(
        "organisations:\n  - {kind: jgz, name: GGD Oost (fictief), phone: 0261234567, postcode: 6871 AB}\n",
        encoding="utf-8",
    )  # unquoted: YAML would read an octal number
    services.organisations.import_file(path)
    assert services.organisations.list()[0].phone == "0261234567"


# -- references --------------------------------------------------------------------------------
def fresh_case(services) -> tuple[int, int]:
    """A school, a pupil with two parents with gezag, and a case, made the way a user does."""
    services.records.save_school(School("OBS De Vlinderboom (fictief)", "Renkum"))
    pupil = services.records.save_pupil(
        Pupil(
            "Noor",
            "Ødegaard",
            date(2016, 3, 1),
            "groep 5",
            None,
            "Renkum",
            guardians=[Guardian("Marit Ødegaard", "moeder"), Guardian("Lars Ødegaard", "vader")],
        )
    )
    case = services.records.save_case(Case(pupil.id, "Wat heeft Noor nodig?", date(2026, 9, 1), "Marieke de Wit"))
    return pupil.id, case.id


def test_a_referenced_organisation_is_never_deleted_only_deactivated(services, store):
    orgs = services.organisations
    orgs.import_file(EXAMPLE_YAML)
    pupil_id, case_id = fresh_case(services)
    school = next(o for o in orgs.list() if o.kind is OrgKind.SCHOOL)
    form = services.catalog.latest("overdracht-school")
    services.forms.save_draft(
        f"case:{case_id}:overdracht", form.id, form.version, {"ontvangende_school": school.id}, pupil_id, case_id
    )
    assert orgs.references(school.id).forms == 1
    with pytest.raises(UserError, match=r"wordt gebruikt \(1 formulier\).*non-actief"):
        orgs.delete(school.id)
    with store.session() as s:
        s.add(
            m.SharingLogRow(
                at=TODAY,
                actor="test",
                pupil_id=pupil_id,
                case_id=case_id,
                recipient_id=1,
                purpose="aanmelding_sociaal_team",
                document="dossier",
                shared="[]",
                withheld="[]",
            )
        )
    assert orgs.references(1).describe() == "1 keer gedeeld"
    with pytest.raises(UserError, match="kan daarom niet"):
        orgs.delete(1)
    orgs.set_active(school.id, False)
    assert school.id in {o.id for o in orgs.list()}
    unused = next(o for o in orgs.list() if o.kind is OrgKind.JGZ)
    orgs.delete(unused.id)
    assert unused.id not in {o.id for o in orgs.list()}
    assert ("delete", str(unused.id), None) in audit_rows(store)


def test_consent_form_and_opp_can_be_saved_on_a_fresh_profile_once_organisations_exist(services):
    """Issue 9: on an empty profile the required organisation pickers were empty."""
    from ibdesk.services.consent_forms import ConsentForms
    from ibdesk.services.demo_samples import sample_answers
    from ibdesk.services.forms import form_choices

    pupil_id, case_id = fresh_case(services)
    pupil = services.records.pupil(pupil_id)
    consent, opp = services.catalog.latest("toestemming"), services.catalog.latest("opp")
    org_fields = [f for d in (consent, opp) for f in d.iter_fields() if f.type == "organisation" and f.required]
    assert org_fields and all(form_choices(services.records, pupil)(f) == [] for f in org_fields)

    services.organisations.import_file(EXAMPLE_YAML)
    provide = form_choices(services.records, pupil)
    people = {"staff": "Marieke de Wit", "guardian": str(pupil.guardians[0].id), "contact": "1"}
    for definition in (consent, opp):
        answers = sample_answers(definition, date(2026, 9, 2), {**people, "organisation": ""})
        for f in definition.fields:
            if f.type == "organisation" and f.id in answers:
                offered = provide(f)
                assert offered, f.id
                answers[f.id] = offered[0][0]
        if definition is consent:
            answers["ontvanger"] = next(o.id for o in services.organisations.list() if o.key == "st-renkum")
            forms = ConsentForms(services.forms, services.consent, case_id)
            forms.save(pupil_id, consent.id, consent.version, answers, case_id=case_id)
            assert forms.basis_id
        else:
            services.forms.save(pupil_id, opp.id, opp.version, answers, case_id=case_id)
    assert {f.form_id for f in services.forms.saved_forms(case_id=case_id)} == {"toestemming", "opp"}


def test_pickers_offer_active_organisations_of_the_kind_and_name_an_inactive_choice(services):
    from ibdesk.services.forms import form_choices

    orgs = services.organisations
    orgs.import_file(EXAMPLE_YAML)
    field = services.catalog.latest("overdracht-po-vo").field("ontvangende_school")
    school = next(o for o in orgs.list() if o.kind is OrgKind.SCHOOL)
    assert form_choices(services.records, None)(field) == [(school.id, school.name)]
    orgs.set_active(school.id, False)
    offered = form_choices(services.records, None)(field)
    assert offered == [] and offered.known[str(school.id)] == f"{school.name} (niet meer actief)"


# -- the machine policy's file -----------------------------------------------------------------
def test_policy_file_is_imported_when_a_profile_opens_and_only_when_it_changed(store, catalog, tmp_path, monkeypatch):
    (tmp_path / "organisaties.yaml").write_text(EXAMPLE_YAML.read_text(encoding="utf-8"), encoding="utf-8")
    policy = tmp_path / "policy.yaml"
    policy.write_text("organisations_file: organisaties.yaml\n", encoding="utf-8")  # next to the policy
    monkeypatch.setenv("IBDESK_POLICY", str(policy))
    first = Services.build(store, catalog=catalog)
    assert first.policy_import.plan.counts["added"] == 7 and len(first.organisations.list()) == 7
    assert Services.build(store, catalog=catalog).policy_import.skipped
    text = (tmp_path / "organisaties.yaml").read_text(encoding="utf-8")
    (tmp_path / "organisaties.yaml").write_text(text.replace('"026 123 4570"', '"026 765 4321"'), encoding="utf-8")
    third = Services.build(store, catalog=catalog)
    assert third.policy_import.plan.counts == {"added": 0, "updated": 1, "unchanged": 6}
    assert [d for a, _, d in audit_rows(store) if a == "import"] == [
        "source=policy added=7 updated=0 unchanged=0",
        "source=policy added=0 updated=1 unchanged=6",
    ]


def test_a_broken_policy_file_never_stops_the_profile_from_opening(store, catalog, tmp_path, monkeypatch):
    policy = tmp_path / "policy.yaml"
    policy.write_text(f"organisations_file: {tmp_path / 'ontbreekt.yaml'}\n", encoding="utf-8")
    monkeypatch.setenv("IBDESK_POLICY", str(policy))
    outcome = Services.build(store, catalog=catalog).policy_import
    assert outcome.plan is None and "bestaat niet" in outcome.problem and "ICT-beheerder" in outcome.message()


def test_organisations_of_an_older_schema_are_active_after_migrating(tmp_path, no_keyring):
    import shutil

    from fixtures.make_schema_fixture import FIXTURE_PASSPHRASE, HERE

    from ibdesk.services.organisations import OrganisationService
    from ibdesk.store.opening import open_profile
    from ibdesk.store.profile import Credentials

    shutil.copytree(HERE / "0004", tmp_path / "old")
    store = open_profile(tmp_path / "old", Credentials(passphrase=FIXTURE_PASSPHRASE))
    try:
        listed = OrganisationService(store).list()
        assert listed and all(o.active and o.key is None for o in listed)
    finally:
        store.close()


def test_saving_a_form_checks_its_organisations_as_the_picker_does(services):
    """A form saved without the screen (CLI, scripts) cannot name an organisation that does
    not exist, nor newly choose an inactive one; one chosen earlier may stay."""
    services.organisations.import_file(EXAMPLE_YAML)
    pupil_id, case_id = fresh_case(services)
    form = services.catalog.latest("overdracht-school")
    school = next(o for o in services.organisations.list() if o.kind is OrgKind.SCHOOL)
    answers = {"soort_overstap": "regulier", "reden_overstap": "Verhuizing (fictief)", "ontvangende_school": 99}
    problems = services.organisations.form_reference_problems(form, answers, {})
    assert problems == {
        "ontvangende_school": "Deze organisatie bestaat niet (meer). Kies een organisatie uit Contacten."
    }
    answers["ontvangende_school"] = school.id
    assert services.organisations.form_reference_problems(form, answers, {}) == {}
    services.organisations.set_active(school.id, False)
    with pytest.raises(InvalidRecord) as info:
        services.forms.save(pupil_id, form.id, form.version, answers, case_id=case_id)
    assert info.value.errors["ontvangende_school"].endswith(
        "is niet meer actief. Kies een actieve organisatie uit Contacten."
    )
    assert services.organisations.form_reference_problems(form, answers, {"ontvangende_school": school.id}) == {}
