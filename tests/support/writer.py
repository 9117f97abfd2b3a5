"""Writes batches of pupils forever, printing the total after each commit (for SIGKILL tests)."""

import sys
from datetime import date
from pathlib import Path

from ibdesk.domain.model import Pupil
from ibdesk.services import convert
from ibdesk.store import models as m
from ibdesk.store.opening import open_profile


def main(home: str) -> None:
    store = open_profile(Path(home))
    committed = 0
    while True:
        with store.session() as s:
            for n in range(50):
                pupil = Pupil("Kill", f"Test{committed + n}", date(2016, 1, 1), "groep 5", None, "Renkum")
                s.add(convert.pupil_to_row(pupil, m.PupilRow()))
            store.audit(s, "create", "pupil-batch", committed)
        committed += 50
        print(committed, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
