"""The screens part of `ibdesk selftest`: the main window on the temporary profile, every main
screen opened offscreen (a PNG each when asked), and the time from process start to the window."""

from __future__ import annotations

import os
import time
from pathlib import Path

from ibdesk.i18n import tr


def check_screens(run, screenshots: Path | None, started_at: float) -> str:
    """Open the app's real main window; any message it would show counts as a failure."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ibdesk.app import AppController, make_application
    from ibdesk.errors import UserError
    from ibdesk.services import profile
    from ibdesk.ui.kit import messages

    opening = time.monotonic()
    app = make_application()
    shown: list[str] = []
    saved = (messages.show_error, messages.show_info, messages.confirm)
    messages.show_error = messages.show_info = lambda parent, title, text: shown.append(f"{title}: {text}")
    messages.confirm = lambda *args, **kwargs: False
    controller = AppController(run.home, confirm_recovery=lambda key: True, view_read_only=lambda holder: False)
    try:
        window = controller.open_main(profile.unlock(run.home, passphrase=run.passphrase))
        app.processEvents()
        to_window = time.monotonic() - opening
        if controller.background_check is not None:
            controller.background_check.wait()
        names = _visit_pages(window, app, screenshots)
        app.processEvents()
    finally:
        if controller.window is not None:
            controller.window.close()
        controller.close_store()
        QApplication.processEvents()
        messages.show_error, messages.show_info, messages.confirm = saved
    if shown:
        raise UserError(tr("De app meldde: ") + " | ".join(shown))
    where = "; " + tr("PNG's in {folder}", folder=screenshots) if screenshots else ""
    startup = process_startup(started_at)
    total = (
        "; "
        + tr(
            "processtart tot hoofdvenster {total} s (opstarten {startup} s + openen)",
            total=f"{startup + to_window:.2f}",
            startup=f"{startup:.2f}",
        )
        if startup is not None
        else ""
    )
    return (
        tr(
            "{count} schermen ({names}); hoofdvenster geopend in {seconds} s",
            count=len(names),
            names=", ".join(names),
            seconds=f"{to_window:.2f}",
        )
        + total
        + where
    )


def process_startup(started_at: float) -> float | None:
    """Seconds from the start of this process to `started_at` (ibdesk's CLI loaded), where the OS
    tells the process start (Linux: /proc); None elsewhere."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        age = time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None
    return max(0.0, age - (time.monotonic() - started_at))


def _settle(app) -> None:
    """Let layouts and deferred loads finish before a page is grabbed."""
    deadline = time.monotonic() + 0.3
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def _visit_pages(window, app, screenshots: Path | None) -> list[str]:
    window.resize(1366, 768)
    names = []
    for index, (label, _page) in enumerate(window.pages):
        window.show_page(index)
        _settle(app)
        names.append(label)
        if screenshots is not None:
            window.grab().save(str(screenshots / f"{index + 1:02d}-{_slug(label)}.png"))
    cases = window.context.services.records.case_rows()
    if cases:
        window.open_case(cases[0].case_id)
        _settle(app)
        names.append(tr("Casus"))
        if screenshots is not None:
            window.grab().save(str(screenshots / f"{len(names):02d}-casus.png"))
    return names


def _slug(label: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in label.lower()).strip("-")
