"""The screenshot script keeps working (it is how we look at every screen)."""

from __future__ import annotations

from PySide6.QtGui import QImage

from . import screenshots


def test_every_screen_renders(tmp_path):
    saved = screenshots.render_all(tmp_path / "shots", tmp_path / "work")
    assert len(saved) >= 20
    for path in saved:
        image = QImage(str(path))
        assert image.width() >= 700 and image.height() >= 500, path.name
