"""Entry point of the frozen `ibdesk` (console) executable: the same `main` as `python -m ibdesk`."""

import sys

from ibdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
