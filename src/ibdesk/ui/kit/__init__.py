"""The UI kit: the one palette (`palette`), the one style sheet (`style`), the widgets every
screen shares (`banner`, `lists`, `buttons`) and every modal message, question and file or
password prompt (`messages`). Nothing outside this package builds a QPalette, a style sheet or
a Qt message/file/input dialog (tests/meta/test_ui_kit.py)."""
