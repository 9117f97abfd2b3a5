"""The command line speaks one language at a time (issue 16.8, issue 14 move 3): Dutch when the
locale is Dutch (or says nothing), English when it is clearly not, `IBDESK_LANG` above both;
argparse's own words ("usage:", "options", "invalid choice") follow, and every subcommand and
option has a help text."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ibdesk import i18n
from ibdesk.cli import case_parsers, steps
from ibdesk.cli.dispatch import build_parser

SRC = Path(__file__).resolve().parents[2] / "src"
# Words that give the other language away. Command names, option names and the domain values a
# user types (aangemeld, veiligheid, 'groep 5') are removed from the text first.
ENGLISH = re.compile(
    r"\b(usage|positional|arguments|options|show|error|required|invalid|choice|"
    r"choose|default|the|and|with|for|your|which|when|CASE|PUPIL|FILE|NAME|DATE|TEXT|GROUP|"
    r"MUNICIPALITY|FOLDER|COMMAND|STEP|STATE|ROLE|MEETING|KIND|PATH|NUMBER)\b"
)
DUTCH = re.compile(
    r"\b(gebruik|argumenten|opties|fout|verplicht|ongeldige|kies|standaard|toon|het|een|de|van|"
    r"voor|met|niet|bijvoorbeeld|uw|waar|wat|CASUS|LEERLING|BESTAND|NAAM|DATUM|TEKST|GROEP|"
    r"GEMEENTE|MAP|COMMANDO|STAP|STAND|FUNCTIE|OVERLEG|SOORT|PAD|AANTAL)\b"
)
TELLTALE = {"nl": ENGLISH, "en": DUTCH}


@pytest.fixture(params=["nl", "en"])
def language(request):
    i18n.set_language(request.param)
    yield request.param
    i18n.set_language(None)


def all_parsers() -> list[argparse.ArgumentParser]:
    """Every parser the CLI builds: the tree under `ibdesk` and the forms of `ibdesk case`."""
    found: list[argparse.ArgumentParser] = []

    def walk(parser: argparse.ArgumentParser) -> None:
        found.append(parser)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for child in action.choices.values():
                    walk(child)

    walk(build_parser())
    for extra in (case_parsers.open_parser(), case_parsers.status_parser(), steps.step_parser()):
        walk(extra)
    return found


def words_users_type(parsers: list[argparse.ArgumentParser]) -> set[str]:
    """Command names and choice values: the same in both languages."""
    names = {"ibdesk", "case", "cases", "pupil", "add", "json", "routekaart", "Sociaal", "Team"}
    for parser in parsers:
        names.update(parser.prog.split())
        for action in parser._actions:
            names.update(str(choice) for choice in (action.choices or ()))
    return names


def telltales(text: str, lang: str, keep: set[str]) -> list[str]:
    text = re.sub(r"--?[\w-]+", " ", text)  # option strings
    text = re.sub(r"'[^'\n]*'", " ", text)  # quoted examples and values: 'groep 5', 'uit'
    text = " ".join(word for word in re.split(r"(\W+)", text) if word not in keep)
    return sorted(set(TELLTALE[lang].findall(text)))


def test_every_help_text_is_in_the_one_language(language):
    parsers = all_parsers()
    keep = words_users_type(parsers)
    leaks = {p.prog: telltales(p.format_help(), language, keep) for p in parsers}
    assert {prog: words for prog, words in leaks.items() if words} == {}


def test_every_subcommand_and_option_has_a_help_text(language):
    missing = []
    for parser in all_parsers():
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                helps = {choice.dest: choice.help for choice in action._choices_actions}
                missing += [f"{parser.prog} {name}" for name in action.choices if not helps.get(name)]
            if not action.help:
                missing.append(f"{parser.prog} {'/'.join(action.option_strings) or action.dest}")
            elif action.nargs != 0 and not action.choices and action.help is not argparse.SUPPRESS:
                assert action.metavar, f"{parser.prog} {action.dest}: a value without a metavar"
    assert missing == []


def test_the_telltale_check_sees_the_other_language():
    """The check itself: argparse's English in Dutch mode, and Dutch in English mode, are caught."""
    assert telltales("usage: ibdesk cases [-h]\n\noptions:\n  -h  show this help message and exit", "nl", set()) == [
        "and",
        "options",
        "show",
        "usage",
    ]
    assert telltales("gebruik: ibdesk cases\n  --json  uitvoer als JSON (voor scripts)", "en", set()) == [
        "gebruik",
        "voor",
    ]


def run(env_language: dict[str, str], *argv: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG", "IBDESK_LANG")}
    env.update(env_language, PYTHONPATH=str(SRC))
    return subprocess.run([sys.executable, "-m", "ibdesk", *argv], capture_output=True, text=True, env=env, timeout=60)


DUTCH_ENV = [{"LANG": "nl_NL.UTF-8"}, {"LANG": "en_US.UTF-8", "IBDESK_LANG": "nl"}, {"LANG": "C.UTF-8"}]
ENGLISH_ENV = [{"LANG": "en_US.UTF-8"}, {"LANG": "nl_NL.UTF-8", "IBDESK_LANG": "en"}, {"LC_ALL": "de_DE.UTF-8"}]


@pytest.mark.parametrize("env", DUTCH_ENV, ids=lambda e: ",".join(f"{k}={v}" for k, v in e.items()))
def test_a_dutch_locale_gets_dutch_help_and_errors(env):
    top, listing = run(env, "--help"), run(env, "cases", "--help")
    assert top.returncode == listing.returncode == 0
    assert top.stdout.startswith("gebruik: ibdesk") and "opties:" in top.stdout
    assert "toon de casussen" in top.stdout
    assert "--json      uitvoer als JSON (voor scripts)" in listing.stdout
    assert "toon deze hulptekst en stop" in listing.stdout
    missing = run(env, "pupil", "add", "--first-name", "Sem")
    assert missing.returncode == 2
    assert "ibdesk pupil add: fout: de volgende argumenten zijn verplicht: --last-name" in missing.stderr
    wrong = run(env, "spoed", "1", "morgen")
    assert wrong.returncode == 2
    assert "ongeldige keuze: 'morgen' (kies uit 'veiligheid', 'crisis', 'uit')" in wrong.stderr
    for text in (top.stdout, listing.stdout, missing.stderr, wrong.stderr):
        assert telltales(text, "nl", {"ibdesk", "case", "cases", "pupil", "add", "spoed"}) == []


@pytest.mark.parametrize("env", ENGLISH_ENV, ids=lambda e: ",".join(f"{k}={v}" for k, v in e.items()))
def test_an_english_locale_gets_english_help_and_errors(env):
    top, listing = run(env, "--help"), run(env, "cases", "--help")
    assert top.returncode == listing.returncode == 0
    assert top.stdout.startswith("usage: ibdesk") and "show the cases" in top.stdout
    assert "--json      output as JSON (for scripts)" in listing.stdout
    missing = run(env, "pupil", "add", "--first-name", "Sem")
    assert "ibdesk pupil add: error: the following arguments are required: --last-name" in missing.stderr
    wrong = run(env, "spoed", "1", "morgen")
    assert "invalid choice: 'morgen' (choose from 'veiligheid', 'crisis', 'uit')" in wrong.stderr
    for text in (top.stdout, listing.stdout, missing.stderr, wrong.stderr):
        assert telltales(text, "en", {"ibdesk"}) == []


def test_the_cli_own_messages_follow_the_language(tmp_path):
    """A message of ibdesk itself (no profile, no terminal) in each language."""
    home = tmp_path / "profiel"
    dutch = run({"LANG": "nl_NL.UTF-8"}, "--home", str(home), "case", "bogus")
    english = run({"LANG": "en_US.UTF-8"}, "--home", str(home), "case", "bogus")
    assert dutch.returncode == english.returncode == 2
    assert "ibdesk: onbekend: 'case bogus'. Gebruik:" in dutch.stderr
    assert "ibdesk: unknown: 'case bogus'. Usage:" in english.stderr
    assert "Datums als jjjj-mm-dd" in dutch.stderr and "Dates as yyyy-mm-dd" in english.stderr
