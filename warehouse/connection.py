"""Opening the DuckDB warehouse: the one place that knows about locks and file format.

DuckDB allows one process per database file at a time (even a read-only reader takes the lock).
So writers hold a connection only as long as one batch takes, and both readers and writers retry
with backoff for a bounded time when another process holds the file.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import polars as pl

from warehouse.faults import fault_point

# Files are written in the storage format of DuckDB 1.4 so that the `duckdb` command-line shell
# users install (1.5.x today) can open the warehouse; DuckDB 2.0's default format (version 69) is
# refused by those shells. See README "Opening the warehouse in the DuckDB shell".
STORAGE_COMPATIBILITY_VERSION = "v1.4.0"
DEFAULT_LOCK_TIMEOUT_S = float(os.environ.get("STANCEWATCH_LOCK_TIMEOUT", "30"))

_LOCK_RE = re.compile(r"Conflicting lock is held in (?P<holder>.*?) \(PID (?P<pid>\d+)\)")


class WarehouseLocked(RuntimeError):
    """Another process held the database file for longer than we were willing to wait."""

    def __init__(self, path: Path, holder: str, pid: int | None, waited_s: float) -> None:
        self.path, self.holder, self.pid, self.waited_s = path, holder, pid, waited_s
        super().__init__(
            f"the warehouse {path} is locked by another process ({holder}, PID {pid}); "
            f"gave up after {waited_s:.1f} s. Close that process (an open DuckDB shell or another "
            f"stancewatch run) or raise --lock-timeout; nothing was lost, the next run catches up."
        )


class WarehouseMissing(FileNotFoundError):
    """A read was asked of a warehouse file that does not exist yet."""


def lock_holder(error: BaseException) -> tuple[str, int | None] | None:
    """Return (holder, pid) when `error` is DuckDB's lock conflict, else None."""
    m = _LOCK_RE.search(str(error))
    if m:
        return m.group("holder"), int(m.group("pid"))
    if "Could not set lock on file" in str(error):
        return "unknown process", None
    return None


def _config(read_only: bool) -> dict[str, str]:
    if read_only:
        return {}
    return {"storage_compatibility_version": STORAGE_COMPATIBILITY_VERSION}


def connect(
    db_path: str | Path,
    *,
    read_only: bool = False,
    timeout_s: float = DEFAULT_LOCK_TIMEOUT_S,
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse, retrying with exponential backoff while another process holds it."""
    path = Path(db_path)
    if read_only and not path.exists():
        raise WarehouseMissing(
            f"no warehouse at {path}: run `stancewatch run` first, or pass --db PATH"
        )
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + timeout_s
    delay = 0.05
    started = time.monotonic()
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only, config=_config(read_only))
        except duckdb.IOException as exc:
            holder = lock_holder(exc)
            if holder is None:
                raise
            if time.monotonic() >= deadline:
                raise WarehouseLocked(
                    path, holder[0], holder[1], time.monotonic() - started
                ) from exc
            time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
            delay = min(delay * 2, 1.0)


@contextmanager
def transaction(
    db_path: str | Path, *, timeout_s: float = DEFAULT_LOCK_TIMEOUT_S, label: str = "write"
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A write connection with one transaction: committed on success, rolled back on error.

    A process killed anywhere in here leaves either the whole transaction or none of it: DuckDB
    replays only committed transactions from its write-ahead log. `label` names the writer for
    the fault-injection points of the crash tests (see warehouse/faults.py).
    """
    fault_point(f"{label}.connect")
    con = connect(db_path, timeout_s=timeout_s)
    try:
        con.execute("begin transaction")
        fault_point(f"{label}.begin")
        try:
            yield con
            fault_point(f"{label}.before_commit")
        except BaseException:
            con.execute("rollback")
            raise
        con.execute("commit")
        fault_point(f"{label}.after_commit")
    finally:
        con.close()


@contextmanager
def reader(
    db_path: str | Path, *, timeout_s: float = DEFAULT_LOCK_TIMEOUT_S
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection, closed on exit so writers are not kept waiting."""
    con = connect(db_path, read_only=True, timeout_s=timeout_s)
    try:
        yield con
    finally:
        con.close()


def to_polars(table: object, schema: pl.Schema | None = None) -> pl.DataFrame:
    """A DuckDB Arrow result as a Polars frame (cast to `schema` when given)."""
    frame = pl.from_arrow(table)
    assert isinstance(frame, pl.DataFrame)
    return frame.cast(dict(schema)) if schema is not None else frame
