"""Rotating log files in the profile. Logs carry events and record ids only.

As a second line of defence a filter masks anything that looks like a BSN, phone
number or e-mail address, in case a library message ever carries one.
"""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

_PATTERNS = (re.compile(r"\b\d{8,10}\b"), re.compile(r"[^@\s]+@[^@\s]+"), re.compile(r"\+31\d{9}"))
_HANDLER_NAME = "ibdesk-profile-log"


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        for pattern in _PATTERNS:
            message = pattern.sub("[…]", message)
        record.msg, record.args = message, None
        record.exc_info, record.exc_text = None, None  # tracebacks can quote record data
        return True


def configure(logs_folder: Path, level: int = logging.INFO) -> None:
    """Send ibdesk's logs to the profile's rotating file (once per process and folder)."""
    root = logging.getLogger("ibdesk")
    root.setLevel(level)
    for handler in list(root.handlers):
        if handler.get_name() == _HANDLER_NAME:
            root.removeHandler(handler)
            handler.close()
    try:
        logs_folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(logs_folder / "ibdesk.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return  # a read-only profile must not stop the app; the caller reports that fault
    handler.set_name(_HANDLER_NAME)
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
