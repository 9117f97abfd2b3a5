"""A tour of the command line in English (issue 16.8: "the CLI's own messages ... in the one
language"). One profile made from nothing with `ibdesk init`, set up the way a school does it on
the command line (user, school, organisations, a pupil with parents with gezag, a case), then as
many commands as a school reaches, with the language English. Every line they print may hold no
Dutch except what the test itself typed (names, reasons), the wording of the form definitions
in forms/ (read through the product's own loader) and the Dutch names the glossary keeps.

Records that stay Dutch by rule (what a parent signs, a case's history as stored: ibdesk.i18n)
are listed in STORED_DUTCH, per command, with `{…}` where a value goes; the tour takes them out
before the check and fails when a listed text is no longer printed, so the list cannot go stale."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from support.cli_run import Tour, form_wording, ibdesk, organisation_names, pattern, recovery_keys
from support.ui_language import dutch_left

ROOT = Path(__file__).resolve().parents[2]
ORGANISATIONS = ROOT / "packaging" / "organisations-example.yaml"
TODAY = date.today()

SCHOOL, USER = "OBS De Linde (fictief)", "Ilse Bakker (fictief)"
TEAM, LEERPLICHT = "Sociaal Team Renkum (fictief)", "Leerplicht Renkum (fictief)"
PUPIL = ["--first-name", "Sem", "--last-name", "Verhoef (fictief)", "--birth-date", "12-03-2016"]
MOTHER, FATHER = "Anna Verhoef (fictief)", "Piet Verhoef (fictief)"
QUESTION = "Lezen gaat moeizaam (fictief)"
NOT_NEEDED = "Geen arrangement nodig (fictief)"
SUM = "Rekenen gaat moeizaam (fictief)"
CSV_HEADERS = ["Leerlingnummer", "Roepnaam", "Achternaam", "Geboortedatum", "Groep"]
CONSENT = {
    "doel_soort": "aanmelding_sociaal_team",
    "grondslag": "toestemming",
    "gegeven_door": "ouders",
    "beslissing": "gegeven",
    "datum": TODAY.isoformat(),
    "wijze": "getekend_papier",
    "doel": "Aanmelding voor jeugdhulp (fictief)",
    "categorieen": ["identification", "support_history"],
    "geldig_tot": (TODAY + timedelta(days=200)).isoformat(),
}
# What the test typed: the data the profile stores and the values given on the command line.
TYPED = [
    SCHOOL, USER, TEAM, LEERPLICHT, MOTHER, FATHER, QUESTION, NOT_NEEDED, SUM, "Sem Verhoef (fictief)",
    "Noor Bakker (fictief)", "Daan de Groot (fictief)", "Karin Smit (fictief)", "Jeugdhulp Oost (fictief)",
    "Renkum", "Oosterbeek", "groep 5", "groep 6", "groep 7", "moeder", "vader", "intern begeleider",
    "Hulp loopt via jeugdhulp (fictief)", "Opnieuw zorgen (fictief)", "Zorg om veiligheid (fictief)",
    "bestaat-niet", "westen",
]  # fmt: skip
# Dutch names the glossary keeps (institutions, documents, Dutch law).
KEPT = ["routekaart", "Routekaart", "OPP", "MDO", "Sociaal Team", "jeugdhulp", "Jeugdhulp", "Leerplicht", "RBL"]
# Per command, the values the output repeats as typed: answers in a form, a CSV's column names
# next to the product's own column keys (the names a --mapping file uses).
TYPED_FOR = {
    "form show": [json.dumps(v, ensure_ascii=False) for v in CONSENT.values()] + ['"2090-01-01"'],
    "import csv": [f"{h.lower()}={h}" for h in CSV_HEADERS],
}

# Stored records, Dutch in every language: the statement a person reads and signs (stored with the
# signature, domain/statements.py) and the history details the case stores (services/guidance.py).
STORED_DUTCH: dict[str, list[str]] = {
    "case": ["Stap '{step}' van de routekaart is als niet van toepassing gemarkeerd."],
    "sign": [
        "Ik, {name}, geef {school} toestemming om gegevens over {child} te delen.",
        "Met wie: {org}.",
        "Waarvoor: {purpose}.",
        "Welke gegevens: {categories}.",
        "Tot wanneer: tot en met {date}.",
        "Ik mag nee zeggen. Ik mag mijn toestemming later altijd intrekken. Vanaf dat moment deelt de "
        "school deze gegevens niet meer.",
    ],
}


@pytest.fixture(scope="module")
def tour(tmp_path_factory) -> Tour:
    """A school set up from nothing on the command line, and the tour of its commands."""
    folder = tmp_path_factory.mktemp("cli-tour")
    run = Tour(folder)
    set_up(run, folder)
    walk_a_case(run, folder)
    documents_and_checks(run, folder)
    return run


def set_up(run: Tour, folder: Path) -> None:
    run("init")
    run("school")
    run("school", "--name", SCHOOL, "--municipality", "Renkum", "--brin", "12AB", "--type", "po")
    run("user", "--name", USER, "--role", "intern begeleider")
    run("organisations", "list")
    contact = ["--email", "st@renkum.example", "--contact", "Karin Smit (fictief)"]
    run("organisations", "add", "--kind", "sociaal_team", "--name", TEAM, "--municipality", "Renkum", *contact)
    run("organisations", "add", "--kind", "leerplicht", "--name", LEERPLICHT, "--municipality", "Renkum")
    run("organisations", "add", "--kind", "jeugdhulp", "--name", "Jeugdhulp Oost (fictief)", "--phone", "12", code=1)
    run("organisations", "import", "--dry-run", str(ORGANISATIONS))
    run("organisations", "edit", "2", "--deactivate")
    run("organisations", "list", "--all")
    run("organisations", "delete", "2")
    parents = ["--guardian", f"{MOTHER};moeder;ja", "--guardian", f"{FATHER};vader;nee"]
    pupil = json.loads(
        run("pupil", "add", *PUPIL, "--group", "groep 5", "--municipality", "Renkum", *parents, "--json")
    )
    run.guardian = pupil["guardians"][0]
    export = folder / "leerlingen.csv"
    export.write_text(";".join(CSV_HEADERS) + "\n1001;Noor;Bakker (fictief);2015-05-01;groep 6\n", encoding="utf-8")
    run("import", "csv", str(export), "--yes")
    daan = ["--first-name", "Daan", "--last-name", "de Groot (fictief)", "--birth-date", "2017-02-01"]
    run("pupil", "add", *daan, "--group", "groep 7", "--municipality", "Renkum", "--guardian", f"{MOTHER};moeder;ja")
    run("pupils")


def walk_a_case(run: Tour, folder: Path) -> None:
    run("case", "open", "1", "--question", QUESTION)
    run("case", "open", "2", code=1)
    run("case", "open", "2", "--question", SUM)
    run("case", "1")
    run("case", "step", "1", "signalering", "nvt", "--reason", NOT_NEEDED, code=1)
    run("case", "step", "1", "arrangement_opp", "nvt", code=1)
    run("case", "step", "1", "arrangement_opp", "nvt", "--reason", NOT_NEEDED)
    run("case", "step", "1", "leerlingbespreking", "bezig", "--date", (TODAY - timedelta(days=120)).isoformat())
    run("attention")
    answers = folder / "signalering.json"
    answers.write_text(json.dumps({"sig_datum_signaal": "2090-01-01"}), encoding="utf-8")
    run("form", "save", "1", "routekaart-po", "--step", "signalering", "--answers", str(answers), code=1)
    run("form", "save", "1", "routekaart-po", "--step", "signalering", "--answers", str(answers), "--concept")
    run("form", "show", "1", "routekaart-po", "--step", "signalering")
    run("form", "show", "1", "opp", code=1)
    absence = folder / "verzuim.json"
    absence.write_text(json.dumps({"perioden": [{"van": "2026-11-01", "tot": "2026-10-01", "uren": "x"}]}))
    run("form", "save", "1", "verzuim", "--answers", str(absence), code=1)
    absence.write_text(json.dumps({"perioden": [{"van": "2026-10-01", "tot": "2026-11-01", "uren": "x"}]}))
    run("form", "save", "1", "verzuim", "--answers", str(absence), "--concept", code=1)
    absence.write_text(json.dumps({"perioden": [{"van": "2026-10-01", "tot": "2026-11-01", "uren": 4}]}))
    run("form", "save", "1", "verzuim", "--answers", str(absence), "--concept")
    run("form", "show", "1", "verzuim")
    run("consent", "1")
    run("sign", "1", code=1)
    consent = folder / "toestemming.json"
    consent.write_text(json.dumps({**CONSENT, "ontvanger": 1, "ouder": run.guardian}), encoding="utf-8")
    run("form", "save", "1", "toestemming", "--answers", str(consent))
    run("form", "show", "1", "toestemming")
    run("consent", "1")
    run("sign", "1")
    run("sign", "1", "--print", str(folder / "toestemming-papier.pdf"))
    scan = folder / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 getekend (fictief)")
    run("sign", "1", "--person", f"guardian:{run.guardian}", "--method", "papier", "--scan", str(scan))
    run("sign", "1")
    run("sign", "1", "--print", str(folder / "opnieuw.pdf"), code=1)
    run("consent", "1")
    run("consent", "2")
    run("case", "status", "1", "bestaat-niet", code=1)
    run("case", "status", "1", "aangemeld")
    run("case", "1")
    run("case", "status", "1", "opvolging", "--decision", "in_onderzoek")
    run("cases")
    run("case", "status", "1", "gesloten", "--reason", "Hulp loopt via jeugdhulp (fictief)")
    run("case", "status", "1", "heropend", "--reason", "Opnieuw zorgen (fictief)")
    run("spoed", "1", "veiligheid", "--toelichting", "Zorg om veiligheid (fictief)")
    run("spoed", "1", "uit")
    run("case", "99", code=1)


def documents_and_checks(run: Tour, folder: Path) -> None:
    run("export", "1", "--out", str(folder / "dossier.pdf"), code=1)
    run("export", "2", "--purpose", "mdo", "--out", str(folder / "mdo.pdf"), code=1)
    run("handover", "1", "--kind", "sociaal-team", "--out", str(folder / "overdracht.pdf"), code=1)
    run("mdo", "1", "--out", str(folder / "mdo-agenda.pdf"), code=1)
    run("cert", "show")
    run("inzage", "1", "--out", str(folder / "inzage"), code=1)
    (folder / "inzage").mkdir()
    run("inzage", "1", "--out", str(folder / "inzage"))
    run("verify", str(next((folder / "inzage").glob("*.pdf"))))
    run("cert", "export", "--out", str(folder / "certificaat.pem"))
    run("retention")
    run("audit", "verify")
    run("forms", "check")
    broken = folder / "kapot.yaml"
    broken.write_text("id: kapot\nversion: 1\nkind: form\ntitle: Kapot\nsections: []\n", encoding="utf-8")
    run("forms", "check", str(broken), code=1)
    run("policy", "check")
    for name, text in (
        ("goed", "holiday_region: midden\nschool_type: po\n"),
        ("regio", "holiday_region: westen\n"),
        ("slot", "lock_minutes: 500\n"),
    ):
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
        run("policy", "check", str(folder / f"{name}.yaml"), code=0 if name == "goed" else 1)
    run("backup", "--out", str(folder / "reserve.ibbackup"))
    run("backup", "--out", str(folder / "reserve.ibbackup"), code=1)
    run("restore", str(folder / "reserve.ibbackup"))
    run("rekey")
    run("check")


def allowed_for(tour: Tour, command: str) -> list[str]:
    """What may be Dutch in a command's output: what the test typed, the form definitions' wording,
    the names the glossary keeps, the recovery key and the paths of the files (names the app picks)."""
    files = [name for path in tour.folder.rglob("*") for name in (str(path), path.name)]
    data = [*TYPED, *KEPT, *organisation_names(ORGANISATIONS), *TYPED_FOR.get(command, []), *files, str(tour.folder)]
    return [*data, *form_wording(command in ("form show", "form save")), *recovery_keys(tour)]


def test_every_english_line_of_the_tour_is_english(tour):
    left = []
    allowed = {command: allowed_for(tour, command) for command, _, _ in tour.runs}
    for command, args, output in tour.runs:
        for line in output.splitlines():
            rest = line
            for text in STORED_DUTCH.get(command, []):
                rest = pattern(text).sub(" ", rest)
            shown = [text for text in allowed[command] if text in rest]  # the same check, faster
            if dutch_left([rest], allowed=shown):
                left.append((" ".join(args), line))
    assert left == [], "\n".join(f"{args}: {line}" for args, line in left)
    assert len(tour.runs) > 60


def test_stored_dutch_lists_only_what_is_printed(tour):
    """A listed record that is no longer printed comes off the list, so it cannot hide new Dutch."""
    gone = [
        (command, text)
        for command, texts in STORED_DUTCH.items()
        for text in texts
        if not pattern(text).search(tour.output(command))
    ]
    assert gone == []


EXPECTED = {
    "init": [
        "RECOVERY KEY — copy it onto paper and keep it in a safe place.",
        "Profile created in",
        "Then set up the school and yourself (the app asks for this at the first start):",
    ],
    "school": [
        "No school set up yet. Set it up with: ibdesk school --name NAME --municipality MUNICIPALITY --type po|vo|so",
        "Municipality: Renkum",
        "Region: (not filled in)",
        "Routekaart for new cases: Routekaart primair onderwijs (version 1)",
    ],
    "user": [f"Name: {USER}", "Role: intern begeleider"],
    "organisations list": [
        "No organisations yet. Add them with 'ibdesk organisations add' or 'import'.",
        "(Renkum; not active)",
    ],
    "organisations add": [
        f"Organisation 1 added: {TEAM} (Sociaal Team).",
        "ibdesk: The organisation was not saved:",
        "'12' is not a valid phone number.",
    ],
    "organisations edit": [f"Organisation 2 saved: {LEERPLICHT} (Leerplicht / RBL) — no longer active."],
    "organisations import": ["6 new, 1 updated, 0 unchanged. Dry run: nothing has changed.", "contact people"],
    "organisations delete": ["Organisation 2 deleted."],
    "import csv": ["+ Noor Bakker (fictief), groep 6, born 01-05-2015", "Done: 1 pupil(s) added, 0 updated"],
    "pupil add": ["Pupil 3 added: Daan de Groot (fictief) (groep 7), 1 parent(s)/carer(s)."],
    "pupils": ["12-03-2016  enrolled", "key 1001"],
    "case open": [
        f"Case 1 opened for Sem Verhoef (fictief) (concern raised), lead: {USER}.",
        "--question: The request for help is required.",
    ],
    "cases": ["Sem Verhoef (fictief)            Sociaal Team follow-up —"],
    "case": [
        "Sem Verhoef (fictief) (groep 5), Concern raised",
        "Ready for referral to the Sociaal Team: no. Still needed:",
        "Whose turn it is: not filled in yet.",
        "– evidence missing: Datum eerste signaal",
        "The parents' view has not been recorded yet (parents not heard yet).",
        "Status history:",
        "(ongoing) — start: the day the step began in ibdesk",
        "ibdesk: Case 99 does not exist.",
    ],
    "case step": [
        "cannot be 'not applicable': record what was done in this step.",
        "ibdesk: Say why step 'Arrangement aanvragen bij het SWV en OPP opstellen' does not apply.",
        "Step 'Consultatie IB'er en leerlingbespreking' is now in progress.",
        f"is now not applicable — {NOT_NEEDED}.",
    ],
    "attention": ["Step is stuck", "days past its normal duration. Escalate to: the case lead."],
    "form save": [
        "This field is required.",
        "Not complete yet? Save it as a draft (--concept) and fill it in later.",
        "Form 'routekaart-po', step 'signalering' saved as a draft for case 1",
        "Form 'toestemming' saved for case 1",
        "Invalid number.",
    ],
    "form show": [
        "version 1 of the form · saved",
        "· case 1 · DRAFT (not finished yet)",
        "· case 1 · final",
        "ibdesk: Nothing has been saved yet for form 'opp' of case 1.",
        "Verzuim en thuiszitten · case 1 · ",
        'perioden: [{"van": "2026-10-01", "tot": "2026-11-01", "uren": 4}]',
    ],
    "consent": [
        "No legal basis or consent recorded yet.",
        "Current decision per person (the last decision counts):",
        f"{MOTHER} (moeder): consent given on",
        "Who must consent: nobody known",
        "consent missing",
        "No one is known who can give consent (no parent with parental responsibility).",
        "Consent given (not signed by anyone yet) — ",  # a per-person record before its first signature
    ],
    "sign": [
        "has no consent recorded yet. First fill in the consent form (ibdesk form save CASE toestemming).",
        "Everyone who has to sign has now signed.",
        "signed on paper",
        f"• still needed: {MOTHER} (moeder, gezag) — --person guardian:",
    ],
    "case status": ["Referred to Sociaal Team on", "Sociaal Team follow-up → Closed on", "Closed → Ongoing on"],
    "spoed": ["Case 1 marked: urgent: the child's safety.", "Urgency mark of case 1 removed."],
    "export": ["is not yet ready for referral to the Sociaal Team. Still needed:", "ibdesk: Nothing may be shared"],
    "handover": ["ibdesk: First fill in the form 'Aanmelding bij het Sociaal Team' for case 1."],
    "mdo": ["ibdesk: Meeting 1 does not exist."],
    "inzage": ["Create it first (ibdesk does not create folders silently).", "Written:"],
    "verify": ["ALL IN ORDER: the document has not changed since it was signed", "Content intact:   yes"],
    "cert show": ["No personal certificate yet; it is made at the first export."],
    "cert export": ["Certificate written:", "Fingerprint (SHA-256):"],
    "retention": ["Nothing is past its retention period."],
    "check": ["In order: database, WAL, keys, references, audit chain and sharing log."],
    "audit verify": ["Audit chain and sharing log intact"],
    "forms check": [
        "All definitions are in order",
        "E101 missing required key 'category' in the definition — add 'category: …'",
        "2 error(s) in the form definitions.",
    ],
    "restore": ["Backup restored in"],
    "rekey": ["New database key set. The old recovery key and passphrase no longer open this profile."],
    "policy check": [
        "No policy on this computer: ibdesk uses the default settings.",
        "The policy is in order.",
        "'westen' is not a holiday region. The Netherlands has three school holiday regions: noord, midden and zuid",
        "must be a whole number of minutes, 1 to 240.",
        "(from the policy file)",
    ],
    "backup": ["Backup written:", "already exists. Choose another name, or add --force to overwrite it."],
}


@pytest.mark.parametrize("command", sorted(EXPECTED))
def test_each_command_says_what_it_did_in_english(tour, command):
    said = tour.output(command)
    assert [text for text in EXPECTED[command] if text not in said] == [], said


def test_dutch_by_default_is_unchanged(tour):
    """Nothing said about the language: the product's Dutch, as before."""
    school = tour("school", language=None)
    assert "Gemeente: Renkum" in school and "Municipality" not in school
    overview = tour("case", "1", language=None)
    assert "Casus 1 — Sem Verhoef (fictief) (groep 5)" in overview
    assert "Klaar voor aanmelding bij het Sociaal Team: nee. Nog nodig:" in overview
    assert "Wie is aan zet: nog niet ingevuld." in overview and "Still needed" not in overview
    assert "Heropend op" in tour("cases", language=None)
    answers = ["--answers", str(tour.folder / "signalering.json")]
    refused = ibdesk(None, "form", "save", "1", "routekaart-po", "--step", "signalering", *answers, profile=tour.folder)
    assert refused.returncode == 1
    assert "Dit veld is verplicht." in refused.stderr
    assert "Nog niet compleet? Sla het op als concept (--concept) en vul het later aan." in refused.stderr
    assert "This field is required" not in refused.stderr
