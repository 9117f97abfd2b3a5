"""`ibdesk.cli.main` stays the entry function however often it is called in one process (a
submodule named `main` once replaced it on the package, so a second call failed)."""

from __future__ import annotations

import pytest

from ibdesk import cli


def test_the_entry_point_can_be_called_twice_in_one_process(capsys):
    for _ in range(2):
        with pytest.raises(SystemExit) as exit_info:
            cli.main(["--version"])
        assert exit_info.value.code == 0
        assert capsys.readouterr().out.startswith("ibdesk ")
    assert callable(cli.main)
