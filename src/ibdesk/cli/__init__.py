"""The command line: one module per topic, each registering its own subcommands
(`register(sub, commands)`), all talking to the same services as the UI (`keys.open_services`).

Exit codes: 0 ok, 1 a user error (clear message, no traceback), 2 usage.
"""

from __future__ import annotations

import time

STARTED = time.monotonic()  # near process start: `selftest` times start-up to the main window from here


def main(argv: list[str] | None = None) -> int:
    from ibdesk.cli.dispatch import main as run

    return run(argv)
