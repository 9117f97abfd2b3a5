"""`ibdesk` as a real process in a chosen language, for the CLI language tests (issue 16.8).

    from support.cli_run import ibdesk

`ibdesk(language, *args)` runs on the test's own profile (the environment conftest sets);
with `profile=` on a profile folder of its own (a module-scoped profile built once), with the
same isolation conftest gives a test: its own IBDESK_HOME, test keyring, no machine policy and
no user preferences. `Tour` records many runs on one such profile (tests/cli/test_cli_language_tour.py).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from support.profiles import FILE_KEYRING

SRC = Path(__file__).resolve().parents[2] / "src"
TESTS = Path(__file__).resolve().parents[1]
# What the user's shell may say about the language or a key: each run chooses for itself.
_DROPPED = ("LC_ALL", "LC_MESSAGES", "LANG", "IBDESK_LANG", "IBDESK_PASSPHRASE", "IBDESK_RECOVERY_KEY")


def profile_env(folder: Path) -> dict[str, str]:
    """The environment conftest's `_isolated_profile` gives a test, for a profile in `folder`."""
    return {
        "IBDESK_HOME": str(folder / "profile"),
        "IBDESK_TEST_KEYRING_FILE": str(folder / "test-keyring.json"),
        "IBDESK_POLICY": str(folder / "no-machine-policy.yaml"),
        "IBDESK_CONFIG_DIR": str(folder / "config"),
        "PYTHON_KEYRING_BACKEND": FILE_KEYRING,
    }


def ibdesk(language: str | None, *args: str, profile: Path | None = None) -> subprocess.CompletedProcess:
    """`ibdesk` in a language (None: nothing said, the product's Dutch), no terminal."""
    env = {k: v for k, v in os.environ.items() if k not in _DROPPED}
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), str(TESTS), env.get("PYTHONPATH", "")])  # and the test keyring
    if profile is not None:
        env.update(profile_env(profile))
    if language:
        env["IBDESK_LANG"] = language
    return subprocess.run(
        [sys.executable, "-m", "ibdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


PLACEHOLDER = {"date": r"\d{2}-\d{2}-\d{4}", "n": r"\d+", "time": r"\d{2}:\d{2}", "long_date": r"\d{1,2} [a-z]+ \d{4}"}


def pattern(text: str) -> re.Pattern:
    """A text with `{…}` for values as a regular expression: `{date}` dd-mm-yyyy, `{n}` a number,
    `{time}` hh:mm, `{long_date}` '3 december 2026', any other name some text."""
    parts = re.split(r"\{(\w+)\}", text)
    return re.compile("".join(PLACEHOLDER.get(p, ".+?") if i % 2 else re.escape(p) for i, p in enumerate(parts)))


@cache
def form_wording(with_field_ids: bool = False) -> frozenset[str]:
    """The Dutch of the form definitions ibdesk ships, read by its own loader: their ids, route,
    step and form titles, field and option labels, and the messages of their rules; and with
    `with_field_ids` the ids of their steps and fields (what `form show` and `form save` name)."""
    from ibdesk.forms.catalog import load_catalog
    from ibdesk.paths import bundled_forms_dir

    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                shown = ("title", "label", "item_label", "message") + (("id",) if with_field_ids else ())
                if key in shown and isinstance(value, str):
                    found.add(value)
                walk(value)
        elif isinstance(node, list | tuple):
            for value in node:
                walk(value)

    catalog = load_catalog(bundled_forms_dir())
    assert catalog.ok and len(catalog) > 5, catalog.errors
    for definition in catalog:
        found.add(definition.id)
        walk(definition.model_dump())
    return frozenset(found)


@cache
def organisation_names(file: Path) -> tuple[str, ...]:
    """The names in an organisations file (stored data once imported), and its contact people's."""
    entries = yaml.safe_load(file.read_text(encoding="utf-8"))["organisations"]
    return tuple(e["name"] for e in entries) + tuple(c["name"] for e in entries for c in e.get("contacts") or [])


@dataclass
class Tour:
    """One profile, and every English run on it: (command, args, stdout + stderr)."""

    folder: Path
    runs: list[tuple[str, tuple[str, ...], str]] = field(default_factory=list)
    guardian: int = 0  # the mother's id, with gezag

    def __call__(self, *args: str, code: int = 0, language: str | None = "en") -> str:
        done = ibdesk(language, *args, profile=self.folder)
        output = done.stdout + done.stderr
        assert done.returncode == code, (args, output)
        assert "Traceback" not in output, (args, output)
        if language == "en" and "--json" not in args:
            self.runs.append((command_of(args), args, output))
        return done.stdout

    def output(self, command: str) -> str:
        return "\n".join(out for name, _, out in self.runs if name == command)


def command_of(args: tuple[str, ...]) -> str:
    """'case status 1 aangemeld' → 'case status'; 'case 1' → 'case'."""
    nested = ("case", "form", "organisations", "import", "policy", "forms", "audit", "cert", "pupil")
    if args[0] in nested and len(args) > 1 and not args[1].isdigit():
        return f"{args[0]} {args[1]}"
    return args[0]


def recovery_keys(tour: Tour) -> list[str]:
    """The keys `ibdesk init` and `rekey` show once (random letters: 'DE6Y' is no Dutch 'de')."""
    shown = tour.output("init") + tour.output("rekey")
    return re.findall(r"\b(?:[0-9A-Z]{4}-){7}[0-9A-Z]{4}\b", shown)
