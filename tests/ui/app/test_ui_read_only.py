"""Issue 13 point 3 in the GUI: a second ibdesk names who holds the profile and offers a
read-only view (banner, saving disabled) — with a real second process holding the lock."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from support.cli import ibdesk, kill, start

from ibdesk.app import AppController
from ibdesk.errors import StorageError
from ibdesk.ui.main_window import MainWindow
from ibdesk.ui.read_only import ProfileInUseDialog

WRITER = Path(__file__).parents[2] / "support" / "writer.py"


@pytest.fixture
def held_profile(home):
    """A profile made with `ibdesk init`/`demo`, held open by a writer in another process."""
    assert ibdesk("init").returncode == 0
    assert ibdesk("demo", "--no-gui", "--pupils", "3").returncode == 0
    writer = start(str(home), script=WRITER)
    writer.stdout.readline()
    yield writer
    kill(writer)


def test_second_gui_names_the_holder_and_opens_read_only(qtbot, home, held_profile, shown):
    asked: list[str] = []
    controller = AppController(home, view_read_only=lambda holder: asked.append(holder) or True)
    window = controller.start()
    try:
        assert asked and f"computer {socket.gethostname()} (proces {held_profile.pid}" in asked[0]
        assert isinstance(window, MainWindow) and controller.store.read_only
        qtbot.addWidget(window)
        assert window.read_only_banner.isVisible() and "Alleen-lezen" in window.read_only_banner.text()
        assert "(alleen-lezen)" in window.windowTitle()
        assert window.pages  # every page built, as the user reaches them one by one
        writing = [b for b in window.findChildren(QPushButton) if "opslaan" in b.text().replace("&", "").lower()]
        assert writing and not any(b.isEnabled() for b in writing)
        for button in writing:
            button.setEnabled(True)  # a page re-enabling its button on selection
            assert not button.isEnabled()
        with pytest.raises(StorageError, match="alleen-lezen"):
            controller.store.set_setting("probeer", "te schrijven")
        window.pages[0][1].refresh()
        assert not [s for s in shown if s.kind == "error"]
    finally:
        window.close()
        controller.close_store()
    assert held_profile.poll() is None, "the holder keeps working"


def test_declining_read_only_opens_nothing(qtbot, home, held_profile):
    controller = AppController(home, view_read_only=lambda holder: False)
    assert controller.start() is None and controller.store is None


def test_the_dialog_says_who_holds_the_profile(qtbot):
    dialog = ProfileInUseDialog("ibdesk op computer IB-LAPTOP-3 (proces 4242, sinds 2026-12-02 om 08:15)")
    qtbot.addWidget(dialog)
    assert "IB-LAPTOP-3" in dialog.holder_label.text() and "4242" in dialog.holder_label.text()
    assert dialog.view_button.text().replace("&", "") == "Alleen bekijken"
    if os.environ.get("IBDESK_SCREENSHOTS"):
        dialog.resize(640, 300)
        dialog.show()
        dialog.grab().save(os.path.join(os.environ["IBDESK_SCREENSHOTS"], "profiel-in-gebruik.png"))
