"""The main window on a given profile, shown at a given size: the one way UI tests open it."""

from __future__ import annotations


def shown_main_window(qtbot, store, size: tuple[int, int] = (1200, 800)):
    from ibdesk.ui.main_window import MainWindow
    from ibdesk.ui.pages.base import Context

    window = MainWindow(Context.for_store(store))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window
