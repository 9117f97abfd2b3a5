"""Lint, format and type checks run by the test command (issue 14, move 7).

The rules live in pyproject.toml ([tool.ruff], [tool.mypy]); the test extra installs both
tools, so a missing tool is a failure, not a skip. Each test prints the tool's own report, so a
failing run says which line to fix."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
LINTED = ["src", "tests", "bench", "packaging", "dev.py", "setup.py"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def _assert_clean(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, f"{result.stdout}\n{result.stderr}"


@pytest.mark.parametrize("tool", ["ruff", "mypy"])
def test_the_checkers_are_installed_by_the_test_command(tool):
    result = _run(tool, "--version")
    assert result.returncode == 0, f"{tool} is not installed: the test extra in pyproject.toml installs it"


def test_ruff_finds_no_lint_problem():
    _assert_clean(_run("ruff", "check", "--no-cache", *LINTED))


def test_the_code_is_formatted_as_ruff_formats_it():
    _assert_clean(_run("ruff", "format", "--check", "--no-cache", *LINTED))


def test_mypy_finds_no_type_error_in_src():
    """Checks the package as configured in pyproject.toml (files = src/ibdesk)."""
    result = _run("mypy", "--no-incremental")
    _assert_clean(result)
    assert "Success" in result.stdout
