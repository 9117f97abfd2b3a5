"""Opening without friction (issue 16, point 9): one passphrase question per start, the
environment variable honoured everywhere and named in every message, quiet ends."""

from __future__ import annotations

import re
import subprocess
import sys

from support.cli import ibdesk, recovery_key_from
from support.profiles import FAIL_KEYRING, TEST_PASSPHRASE
from support.terminal import Terminal

NO_KEYRING = {"PYTHON_KEYRING_BACKEND": FAIL_KEYRING}


def prompts(output: str) -> list[str]:
    """The lines that asked for a passphrase (a question ends in ': ' and waits)."""
    return re.findall(r"(?im)^[^\n]*wachtwoordzin[^\n]*: *\r?$", output)


def test_demo_without_keyring_asks_the_passphrase_once_per_start(home):
    """Choose and repeat on a new profile; not a third time to open what was just made."""
    term = Terminal("demo", "--no-gui", "--pupils", "3", env=NO_KEYRING, home=home)
    term.read_until("Kies een wachtwoordzin")
    term.type(TEST_PASSPHRASE + "\n")
    term.read_until("Herhaal de wachtwoordzin")
    term.type(TEST_PASSPHRASE + "\n")
    assert term.finish() == 0, term.output
    assert "Demoschool ingevuld" in term.output
    assert len(prompts(term.output)) == 2, term.output

    again = Terminal("demo", "--no-gui", env=NO_KEYRING, home=home)
    again.read_until("Wachtwoordzin")
    again.type(TEST_PASSPHRASE + "\n")
    assert again.finish() == 0, again.output
    assert len(prompts(again.output)) == 1, again.output


def test_every_question_for_the_passphrase_names_the_variable(home):
    assert ibdesk("init", env={**NO_KEYRING, "IBDESK_PASSPHRASE": TEST_PASSPHRASE}, home=home).returncode == 0
    term = Terminal("cases", env=NO_KEYRING, home=home)
    assert "IBDESK_PASSPHRASE" in term.read_until("Wachtwoordzin")
    term.type(TEST_PASSPHRASE + "\n")
    assert term.finish() == 0, term.output


def test_without_a_terminal_the_message_says_how(home):
    assert ibdesk("init", env={**NO_KEYRING, "IBDESK_PASSPHRASE": TEST_PASSPHRASE}, home=home).returncode == 0
    result = ibdesk("cases", env=NO_KEYRING, home=home)
    assert result.returncode == 1
    assert "IBDESK_PASSPHRASE" in result.stderr and "Traceback" not in result.stderr
    wrong = ibdesk("cases", env={**NO_KEYRING, "IBDESK_PASSPHRASE": "niet-de-goede-zin"}, home=home)
    assert wrong.returncode == 1
    assert "IBDESK_PASSPHRASE" in wrong.stderr and "opent dit profiel niet" in wrong.stderr
    assert ibdesk("cases", env={**NO_KEYRING, "IBDESK_PASSPHRASE": TEST_PASSPHRASE}, home=home).returncode == 0


def test_ctrl_d_at_a_prompt_ends_quietly(home):
    assert ibdesk("init", env={**NO_KEYRING, "IBDESK_PASSPHRASE": TEST_PASSPHRASE}, home=home).returncode == 0
    term = Terminal("cases", env=NO_KEYRING, home=home)
    term.read_until("Wachtwoordzin")
    term.type("\x04")  # Ctrl-D
    code = term.finish()
    assert code == 130, term.output
    assert "afgebroken" in term.output
    assert "onverwachte fout" not in term.output and "EOFError" not in term.output
    assert "Traceback" not in term.output


def test_ctrl_d_while_choosing_a_passphrase_creates_nothing(home):
    term = Terminal("init", env=NO_KEYRING, home=home)
    term.read_until("Kies een wachtwoordzin")
    term.type("\x04")
    assert term.finish() == 130, term.output
    assert "onverwachte fout" not in term.output and "Traceback" not in term.output
    assert not (home / "ibdesk.db").exists()


def test_a_reader_that_stops_early_ends_the_listing_quietly(home):
    """`ibdesk cases --json | head`: the reader closes the pipe before ibdesk writes."""
    assert ibdesk("demo", "--no-gui", "--pupils", "30", home=home).returncode == 0
    for args in (["cases", "--json"], ["cases"], ["attention"]):
        process = subprocess.Popen(
            [sys.executable, "-m", "ibdesk", "--home", str(home), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
        )
        process.stdout.close()  # like `head` after its lines, but before ibdesk has written anything
        stderr = process.stderr.read().decode()
        assert process.wait(timeout=120) == 0, stderr
        assert stderr == "", stderr


def test_recover_says_access_restored_only_when_it_changed_something(home):
    created = ibdesk("init", home=home)
    recovery_key = recovery_key_from(created.stdout)
    nothing = ibdesk("recover", env={"IBDESK_RECOVERY_KEY": recovery_key}, home=home)
    assert nothing.returncode == 0, nothing.stderr
    assert "Toegang hersteld" not in nothing.stdout
    assert "niets te herstellen" in nothing.stdout

    wrong = ibdesk("recover", env={"IBDESK_RECOVERY_KEY": "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"}, home=home)
    assert wrong.returncode == 1, "a wrong recovery key is refused even when the keyring would open the profile"
    assert "Toegang hersteld" not in wrong.stdout


def test_recover_after_the_keyring_lost_the_key_restores_access(home, tmp_path):
    created = ibdesk("init", home=home)
    recovery_key = recovery_key_from(created.stdout)
    (tmp_path / "test-keyring.json").unlink()  # a new Windows profile: the keyring is empty
    assert ibdesk("cases", home=home).returncode == 1
    result = ibdesk("recover", env={"IBDESK_RECOVERY_KEY": recovery_key}, home=home)
    assert result.returncode == 0, result.stderr
    assert "Toegang hersteld" in result.stdout and "sleutelbeheer" in result.stdout
    assert ibdesk("cases", home=home).returncode == 0
