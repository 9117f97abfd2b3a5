"""Thuiszitters: statuses, days to the three-month norm, exempt pupils apart, registering."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from ibdesk.domain.absence import AbsenceState
from ibdesk.ui.kit.palette import WARN

from .helpers import plain


def open_page(main_window):
    main_window.show_page(4)
    return main_window.thuiszitters_page


def test_statuses_with_days_left_and_report_dates(main_window, services):
    page = open_page(main_window)
    statuses = services.absence.statuses()
    thuiszitter = next(p for p in statuses if p.status.is_thuiszitter)
    row = next(r for r in page.rows() if r[0].startswith(thuiszitter.name))
    assert row[1].startswith("thuiszitter 2a") or row[1].startswith("thuiszitter 2b")
    assert row[2] == f"nog {thuiszitter.status.days_left} schooldagen ({thuiszitter.status.norm_deadline:%d-%m-%Y})"
    norm = page.index_of(thuiszitter.pupil_id).siblingAtColumn(2)
    assert norm.data() == row[2]
    assert thuiszitter.status.warn and norm.data(Qt.ItemDataRole.ForegroundRole).color().name() == WARN  # 8 weeks
    report = next(p for p in statuses if p.status.state is AbsenceState.NONE and p.status.report_due_on)
    assert any(
        r[0].startswith(report.name) and r[3].startswith(f"{report.status.report_due_on:%d-%m-%Y}") for r in page.rows()
    )
    assert any(r[1].startswith("potentiële thuiszitter") for r in page.rows())


def test_exempt_pupils_are_counted_apart(main_window, services):
    page = open_page(main_window)
    exempt = [p for p in services.absence.statuses() if p.status.state is AbsenceState.EXEMPT]
    assert exempt
    assert all(not r[0].startswith(p.name) for p in exempt for r in page.rows())
    assert all(p.name in plain(page.exempt_list.text()) for p in exempt)
    assert f"Vrijgesteld: {len(exempt)}" in page.counts.text()


def test_end_before_start_is_shown_inline(main_window, services, dialogs):
    page = open_page(main_window)
    form = page.absence_form
    form.select(services.records.pupils()[0].id)
    today = services.absence.today()
    form.first.setText((today - timedelta(days=3)).strftime("%d-%m-%Y"))
    form.last.setText((today - timedelta(days=10)).strftime("%d-%m-%Y"))
    form.hours.setValue(6)
    assert form.register() is None
    box = form.fields.boxes["tot"]
    assert box.error.isVisibleTo(form) and box.error.text() == "De einddatum ligt vóór de begindatum."
    assert box.editor.property("invalid") is True
    assert dialogs.shown == []
    form.first.setText("31-02-2026")
    assert form.register() is None
    assert form.fields.boxes["van"].error.text()


def test_registering_absence_updates_the_list(main_window, services):
    page = open_page(main_window)
    today = services.absence.today()
    listed = {p.pupil_id for p in services.absence.statuses()}
    pupil = next(p for p in services.records.pupils() if p.id not in listed and p.left_on is None)
    form = page.absence_form
    form.select(pupil.id)
    form.first.setText((today - timedelta(days=40)).strftime("%d-%m-%Y"))
    form.hours.setValue(150)
    form.reason.setText("weigert naar school te gaan (fictief)")
    assert form.register() is not None
    assert form.done.isVisibleTo(form)
    assert any(r[0].startswith(pupil.full_name) and r[1].startswith("thuiszitter") for r in page.rows())
    assert page.selected_pupil() == pupil.id


def test_exemption_needs_a_kind_and_moves_the_pupil(main_window, services):
    page = open_page(main_window)
    form = page.exemption_form
    thuiszitter = next(p for p in services.absence.statuses() if p.status.is_thuiszitter)
    form.select(thuiszitter.pupil_id)
    assert not form.register()
    assert form.fields.boxes["soort"].error.text() == "Kies welke vrijstelling de leerling heeft."
    assert form.fields.boxes["van"].error.text()
    form.kind.setCurrentIndex(form.kind.findData("art5_onder_a"))
    form.first.setText(services.absence.today().strftime("%d-%m-%Y"))
    assert form.register()
    assert thuiszitter.name in plain(page.exempt_list.text())
    assert all(not r[0].startswith(thuiszitter.name) for r in page.rows())
