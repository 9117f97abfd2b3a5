"""The Toestemming tab: who still must consent, recording with the signature pad, withdrawal,
and the parents' zienswijze."""

from __future__ import annotations

from support.dates import born_years_ago, years_later

from .helpers import drag, plain


def joint_gezag_case_with_one_consent(services) -> int:
    """The demo's pupil with joint gezag of whom only one parent consented."""
    for row in services.records.case_rows():
        info = services.consent.case_consent(row.case_id)
        gezag = {f"guardian:{g.id}" for g in info.pupil.guardians if g.has_gezag}
        if len(gezag) == 2 and info.bases and all(len(b.givers) == 1 and b.withdrawn_on is None for b in info.bases):
            return row.case_id
    raise AssertionError("the demo has no joint-gezag pupil with one parent's consent")


def test_joint_gezag_says_which_parent_still_must_consent(main_window, services):
    case_id = joint_gezag_case_with_one_consent(services)
    main_window.open_case(case_id)
    panel = main_window.case_page.consent
    info = services.consent.case_consent(case_id)
    given = next(iter(info.bases[0].givers))
    other = next(f"guardian:{g.id}" for g in info.pupil.guardians if g.has_gezag and f"guardian:{g.id}" != given)
    assert "gezamenlijk gezag" in panel.rule.text() and "beide ouders" in panel.rule.text()
    assert panel.need.headline.text() == f"Nog nodig: toestemming van {info.name(other)}."
    assert panel.need.property("tone") == "warn"
    lines = plain(panel.need.lines.text())
    assert f"Toestemming gegeven door: {info.name(given)}." in lines
    assert not main_window.case_page.readiness.ready


def test_pupil_of_16_decides_himself(main_window, services):
    """A VO pupil of 16 (the demo school is a basisschool, so the test adds one)."""
    from ibdesk.domain.consent import PUPIL, Basis
    from ibdesk.domain.model import Case, Pupil

    today = services.consent.today()
    school = services.records.school()
    pupil = services.records.save_pupil(
        Pupil("Jesse", "Ruijters (fictief)", born_years_ago(today, 16), "havo 4", school.id, "Renkum")
    )
    case = services.records.save_case(Case(pupil.id, "Zelf hulp gevraagd (fictief)", today, "Marieke de Wit"))
    team = services.guidance.overview(case.id).teams.residence
    services.consent.record(
        case.id,
        Basis(
            "consent",
            team.id,
            "aanmelding_sociaal_team",
            frozenset({"opp"}),
            today,
            frozenset({PUPIL}),
            method="mondeling",
            heard_by="IB'er",
        ),
    )
    main_window.open_case(case.id)
    panel = main_window.case_page.consent
    assert "vanaf 16 jaar beslist de leerling zelf" in panel.rule.text()
    assert panel.need.headline.text().startswith("In orde")
    assert "(leerling)" in panel.table.item(0, 3).text()
    assert "mondeling" in panel.table.item(0, 4).text() and "gehoord door" in panel.table.item(0, 4).text()


def test_withdrawn_consent_blocks_and_is_shown(main_window, demo_case, services):
    main_window.open_case(demo_case(3))
    panel = main_window.case_page.consent
    assert any(s.startswith("ingetrokken op") for s in panel.status_texts())
    assert panel.need.property("tone") == "error" and "geweigerd of ingetrokken" in panel.need.headline.text()


def test_record_consent_with_the_signature_pad_and_withdraw_it(qtbot, main_window, services, dialogs):
    case_id = joint_gezag_case_with_one_consent(services)
    main_window.open_case(case_id)
    page = main_window.case_page
    panel = page.consent
    before = len(services.consent.case_consent(case_id).bases)
    panel.record_button.click()
    editor = page.host.editor
    today = services.consent.today()
    info = services.consent.case_consent(case_id)
    missing = next(
        g.id for g in info.pupil.guardians if g.has_gezag and {f"guardian:{g.id}"} != set(info.bases[0].givers)
    )
    answers = {
        **editor.view.answers(),
        "ouder": missing,
        "tweede_ouder": None,
        "doel": "Aanmelding bij het Sociaal Team (fictief).",
        "categorieen": sorted(info.bases[0].categories),
        "geldig_tot": years_later(today, 1).isoformat(),
    }
    editor.view.set_answers({k: v for k, v in answers.items() if v is not None})
    assert editor.save() is not None, editor.status.text()
    bases = services.consent.case_consent(case_id).bases
    assert len(bases) == before + 1 and bases[-1].givers == frozenset()  # counts once the parent signed
    assert panel.status_texts()[0].startswith("wacht op handtekening van")  # not 'geldig' before signing
    sign_on_screen(panel, f"guardian:{missing}")
    bases = services.consent.case_consent(case_id).bases
    assert bases[-1].givers == {f"guardian:{missing}"}
    assert panel.need.headline.text().startswith("In orde"), panel.need.headline.text()
    assert page.readiness.ready or all("grondslag" not in m for m in page.readiness.missing_lines())

    panel.table.selectRow(0)  # newest first
    assert panel.withdraw_button.isEnabled()
    panel.withdraw_button.click()
    assert panel.withdraw_box.isVisibleTo(panel)
    panel.withdraw_on.setText("01-01-1999")
    assert not panel.withdraw()
    assert "niet vóór de toestemming" in panel.withdraw_error.text()
    panel.withdraw_on.setText(today.strftime("%d-%m-%Y"))
    assert panel.withdraw()
    info = services.consent.case_consent(case_id)
    assert info.bases[-1].withdrawn_on == today and info.bases[-1].withdrawn_by == f"guardian:{missing}"
    assert panel.status_texts()[0].startswith(f"ingetrokken op {today:%d-%m-%Y} door")
    assert "geweigerd of ingetrokken" in panel.need.headline.text()


def test_parents_add_their_zienswijze(main_window, demo_case, services):
    case_id = demo_case(2)
    main_window.open_case(case_id)
    panel = main_window.case_page.viewpoints
    assert "Wij herkennen het beeld" in plain(panel.items.text())
    assert not panel.add()
    assert "Vul de zienswijze" in panel.error.text()
    panel.author.setText("Moeder (fictief)")
    panel.text.setPlainText("Wij willen graag meedenken over de aanmelding.")
    assert panel.add()
    assert services.consent.viewpoints(case_id)[-1][:2] == (
        "Moeder (fictief)",
        "Wij willen graag meedenken over de aanmelding.",
    )
    assert "Moeder (fictief)" in plain(panel.items.text())


def sign_on_screen(panel, key: str) -> None:
    """One person signs on the screen after the statement: Laten tekenen, pick, read, draw, record."""
    assert panel.sign_button.isEnabled()
    panel.sign_button.click()
    box = panel.sign_box
    assert box.isVisibleTo(panel)
    box.person.setCurrentIndex(box.person.findData(key))
    assert "Ik, " in box.statement.text() and "intrekken" in box.statement.text()
    assert not box.commit() and "tekenen" in box.error.text()  # no signature drawn yet
    drag(box.pad.pad, [(30, 30), (120, 70), (200, 30)])
    assert box.commit(), box.error.text()


def test_paper_route_prints_the_form_then_records_the_scan(
    qtbot, main_window, services, dialogs, monkeypatch, tmp_path
):
    """Issue 11.3: print the consent with signature lines, then record the paper signature with its
    scan (kept inside the store)."""
    from ibdesk.ui.kit import messages

    case_id = joint_gezag_case_with_one_consent(services)
    main_window.open_case(case_id)
    page = main_window.case_page
    panel = page.consent
    page.consent.record_button.click()
    editor = page.host.editor
    today = services.consent.today()
    editor.view.set_answers(
        {
            **editor.view.answers(),
            "doel": "Aanmelding bij het Sociaal Team (fictief).",
            "categorieen": ["identification"],
            "wijze": "getekend_papier",
            "geldig_tot": years_later(today, 1).isoformat(),
        }
    )
    assert editor.save() is not None, editor.view.errors()
    panel.sign_button.click()
    box = panel.sign_box
    box.method.setCurrentIndex(box.method.findData("getekend_papier"))
    assert box.scan_row.isVisibleTo(box) and not box.pad.isVisibleTo(box)
    printed = tmp_path / "afdruk.pdf"
    monkeypatch.setattr(messages, "ask_save_path", lambda *a: printed)
    assert box.print_paper() == printed and printed.read_bytes().startswith(b"%PDF")
    assert not box.commit() and "scan" in box.error.text()  # no scan yet
    scan = tmp_path / "scan.jpg"
    scan.write_bytes(b"\xff\xd8\xff scan (fictief)")
    monkeypatch.setattr(messages, "ask_open_path", lambda *a: scan)
    box.choose_scan()
    who = box.signer()
    assert box.commit(), box.error.text()
    stored = [s for s in services.signatures.signatures(case_id=case_id) if s.signer == who.key][-1]
    assert stored.method == "getekend_papier" and services.attachments.data(stored.attachment_id) == scan.read_bytes()
