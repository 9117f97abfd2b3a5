"""The screenshot script of the new screens keeps working."""

from __future__ import annotations

from PySide6.QtGui import QImage

from . import screenshots


def test_every_new_screen_renders(tmp_path):
    saved = screenshots.render_all(tmp_path / "shots", tmp_path / "work")
    assert len(saved) >= 28
    for path in saved:
        image = QImage(str(path))
        assert (image.width(), image.height()) == screenshots.SIZE, path.name
