"""Checking a SQLite write-ahead log (`ibdesk.db-wal`) frame by frame, before SQLite replays it.

SQLite replays WAL frames up to the first one whose cumulative checksum fails and silently
ignores everything after it. So one flipped byte in the WAL can drop every later committed
transaction without an error. ibdesk empties the WAL after every unit of work (see
`engine.checkpoint`), so at rest the WAL is empty; after a crash it may hold the last
commit. This module reads the frames the way SQLite does (format: sqlite.org/fileformat2.html,
"Write-Ahead Log File Format") and reports committed frames that SQLite would drop.
SQLCipher encrypts page contents before they reach the WAL; the checksums cover the
encrypted bytes, so the check needs no key.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from ibdesk.i18n import tr

HEADER_SIZE, FRAME_HEADER_SIZE = 32, 24
MAGIC_LE, MAGIC_BE = 0x377F0682, 0x377F0683


@dataclass(frozen=True)
class WalState:
    exists: bool
    size: int = 0
    frames: int = 0  # frames replayable by SQLite (valid chain, current salts)
    commits: int = 0  # commit frames among them
    uncommitted: int = 0  # valid frames after the last commit (a write cut off by a crash)
    dropped_commits: int = 0  # committed frames *after* a damaged one: SQLite would lose them
    damaged: bool = False
    problem: str = ""

    def describe(self) -> str:
        """One line for `ibdesk check`, in the user's language."""
        if not self.exists or self.size == 0:
            return "WAL: " + tr("leeg (alles staat in de database zelf).")
        if self.damaged:
            return "WAL: " + tr("BESCHADIGD — {problem}", problem=self.problem)
        text = "WAL: " + tr(
            "{frames} geldige frame(s), {commits} vastgelegde transactie(s)", frames=self.frames, commits=self.commits
        )
        if self.uncommitted:
            text += tr(", {count} frame(s) van een afgebroken transactie (worden genegeerd)", count=self.uncommitted)
        return text + "."


def _checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def inspect(path: Path) -> WalState:
    """Walk every frame of the WAL at `path` and say what SQLite would replay or drop."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return WalState(exists=False)
    if not data:
        return WalState(exists=True)
    if len(data) < HEADER_SIZE:
        return WalState(True, len(data))  # a header cut off while being written: nothing committed
    magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:HEADER_SIZE])
    frame_size = FRAME_HEADER_SIZE + page_size
    if (
        magic not in (MAGIC_LE, MAGIC_BE)
        or not 512 <= page_size <= 65536
        or _checksum(data[:24], 0, 0, magic == MAGIC_BE) != (c1, c2)
    ):
        committed = _commit_markers(data, frame_size if 512 <= page_size <= 65536 else 0)
        if committed:
            return WalState(
                True,
                len(data),
                damaged=True,
                dropped_commits=committed,
                problem=tr(
                    "de kop van het WAL-bestand is beschadigd; {count} vastgelegde transactie(s) zouden verloren gaan.",
                    count=committed,
                ),
            )
        return WalState(True, len(data))
    big = magic == MAGIC_BE
    s0, s1 = c1, c2
    frames = commits = since_commit = 0
    offset = HEADER_SIZE
    while offset + frame_size <= len(data):
        header = data[offset : offset + FRAME_HEADER_SIZE]
        _page, commit, f_salt1, f_salt2, f_c1, f_c2 = struct.unpack(">6I", header)
        if (f_salt1, f_salt2) != (salt1, salt2):
            break  # a frame of an earlier generation: SQLite stops here, as it should
        s0, s1 = _checksum(header[:8], s0, s1, big)
        s0, s1 = _checksum(data[offset + FRAME_HEADER_SIZE : offset + frame_size], s0, s1, big)
        if (s0, s1) != (f_c1, f_c2):
            lost = _later_commits(data, offset + frame_size, frame_size, salt1, salt2)
            if lost:
                return WalState(
                    True,
                    len(data),
                    frames,
                    commits,
                    since_commit,
                    lost,
                    True,
                    tr(
                        "frame {frame} is beschadigd; {count} latere vastgelegde transactie(s) "
                        "zouden stil verloren gaan.",
                        frame=frames + 1,
                        count=lost,
                    ),
                )
            break  # damage only in a transaction that never committed: nothing is lost
        frames += 1
        since_commit += 1
        if commit:
            commits, since_commit = commits + 1, 0
        offset += frame_size
    return WalState(True, len(data), frames, commits, since_commit)


def _later_commits(data: bytes, offset: int, frame_size: int, salt1: int, salt2: int) -> int:
    found = 0
    while offset + frame_size <= len(data):
        _page, commit, f_salt1, f_salt2 = struct.unpack(">4I", data[offset : offset + 16])
        if (f_salt1, f_salt2) == (salt1, salt2) and commit:
            found += 1
        offset += frame_size
    return found


def _commit_markers(data: bytes, frame_size: int) -> int:
    if not frame_size:
        return 0
    found, offset = 0, HEADER_SIZE
    while offset + frame_size <= len(data):
        if struct.unpack(">I", data[offset + 4 : offset + 8])[0]:
            found += 1
        offset += frame_size
    return found
