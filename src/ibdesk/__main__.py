import sys

from ibdesk.cli import main

sys.exit(main())
