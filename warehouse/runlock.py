"""One pipeline run per warehouse at a time.

DuckDB's own file lock only covers the moments a connection is open; a run opens and closes the
warehouse once per batch, so two runs could interleave their batches. A lock file next to the
warehouse, held for the whole run, keeps runs apart; the holder's PID is written beside it so the
message can name it.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout


class RunInProgress(RuntimeError):
    """Another run held the warehouse for longer than this run was willing to wait."""


def lock_path(db_path: str | Path) -> Path:
    return Path(str(db_path) + ".run.lock")


@contextmanager
def run_lock(db_path: str | Path, timeout_s: float = 0.0) -> Iterator[None]:
    """Hold the run lock of `db_path`, waiting at most `timeout_s` seconds for it."""
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    info = path.with_suffix(".info")
    lock = FileLock(str(path))
    try:
        lock.acquire(timeout=timeout_s)
    except Timeout as exc:
        holder = info.read_text(encoding="utf-8").strip() if info.exists() else "unknown"
        raise RunInProgress(
            f"another stancewatch run holds the warehouse {db_path} ({holder}); "
            f"waited {timeout_s:.0f} s. Try again when it has finished."
        ) from exc
    try:
        info.write_text(f"PID {os.getpid()} on {socket.gethostname()}", encoding="utf-8")
        yield
    finally:
        info.unlink(missing_ok=True)
        lock.release()
