"""Shared helpers for the forms engine tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

FORM_HEADER = """\
id: {id}
version: {version}
kind: form
title: Test
category: opp
sections:
"""


@pytest.fixture
def write(tmp_path: Path):
    """write(name, yaml_text) -> Path; dedents the text."""

    def _write(name: str, text: str, folder: Path | None = None) -> Path:
        target = (folder or tmp_path) / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return target

    return _write


@pytest.fixture
def form_yaml():
    """form_yaml(sections_yaml, id=..., version=...) -> complete form text."""

    def _form(sections: str, id: str = "test", version: int = 1) -> str:
        return FORM_HEADER.format(id=id, version=version) + textwrap.dedent(sections).strip("\n") + "\n"

    return _form
