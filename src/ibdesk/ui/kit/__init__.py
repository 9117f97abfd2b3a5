"""The UI kit: the one palette (`palette`), the one style sheet (`style`) and the widgets
every screen shares (`banner`, `lists`, `buttons`). Nothing outside this package builds a
QPalette or a style sheet (tests/meta/test_ui_kit.py)."""
