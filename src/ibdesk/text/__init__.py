"""Dutch words for people: dates, numbers and labels shown by the UI, the CLI and the PDFs.

One place for each rule, so a date reads the same on a screen, in a terminal and on paper.
This package sits at the bottom with `ibdesk.errors`: it imports no Qt, no SQLAlchemy and no
other ibdesk layer (tests/meta/test_layers.py), and no module outside it formats a date
(tests/meta/test_text_owner.py).
"""
