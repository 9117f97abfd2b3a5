"""Running `ibdesk` on a real pseudo-terminal, to see exactly what a person at a terminal sees:
how often it asks for a secret, and what Ctrl-D does."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path


class Terminal:
    """`python -m ibdesk ARGS` with stdin/stdout/stderr on a pty and no controlling terminal,
    so getpass reads the pty (as it reads the console of a real terminal)."""

    def __init__(self, *args: str, env: dict | None = None, home: Path | None = None):
        self.master, slave = os.openpty()
        prefix = ["--home", str(home)] if home else []
        self.process = subprocess.Popen(
            [sys.executable, "-m", "ibdesk", *prefix, *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env={**os.environ, **(env or {})},
            start_new_session=True,
            close_fds=True,
        )
        os.close(slave)
        self.output = ""

    def read_until(self, text: str, timeout: float = 60) -> str:
        """Everything shown so far, once `text` appears (AssertionError after `timeout`)."""
        deadline = time.monotonic() + timeout
        while text not in self.output:
            if not self._read(deadline - time.monotonic()):
                raise AssertionError(f"{text!r} did not appear; the terminal shows:\n{self.output}")
        return self.output

    def _read(self, wait: float) -> bool:
        if wait <= 0:
            return False
        ready, _, _ = select.select([self.master], [], [], min(wait, 0.5))
        if not ready:
            return self.process.poll() is None or self._read(0)
        try:
            chunk = os.read(self.master, 4096)
        except OSError:  # the process ended and the pty closed
            return False
        self.output += chunk.decode("utf-8", "replace")
        return bool(chunk)

    def type(self, text: str) -> None:
        os.write(self.master, text.encode())

    def finish(self, timeout: float = 120) -> int:
        """Wait for the end; returns the exit code, with all output collected."""
        deadline = time.monotonic() + timeout
        while self.process.poll() is None and time.monotonic() < deadline:
            self._read(0.5)
        while self._read(0.05):
            pass
        code = self.process.wait(timeout=max(1.0, deadline - time.monotonic()))
        os.close(self.master)
        return code
