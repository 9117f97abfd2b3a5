"""Entry point of the frozen `ibdeskw` (Windows, no console): opens the app from the Start menu.

A windowed process has no stdout/stderr; anything printed goes to the null device instead
of failing (errors are in the profile's log and in the app's own dialogs).
"""

import os
import sys

from ibdesk.cli import main

if __name__ == "__main__":
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process
    sys.exit(main())
