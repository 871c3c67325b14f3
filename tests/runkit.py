"""Helpers for the fault tests: `stancewatch run` as a real process, and warehouse snapshots.

Runs are separate processes (so they can be SIGKILLed, or run two at once) that all talk to the
session's Prefect test server (`PREFECT_API_URL`), which saves each of them the ~7-10 s of
starting a temporary server. A snapshot is every row of the loaded tables and marts without
the columns that differ between two runs by nature (run ids, timestamps), so two warehouses
compare equal exactly when a clean run and a crashed-then-resumed run produced the same data.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parent.parent

def python_ok(code: str) -> None:
    """Run `code` in a fresh interpreter (this venv, this repo importable); fail with its stderr
    unless it exits 0. For checks about what a clean process imports or starts."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr


# columns that legitimately differ between two runs over the same files
VOLATILE = {
    "raw_articles": {"ingested_at"},
    "articles": {"ingested_at", "run_id"},
    "rejected_files": {"seen_at", "run_id"},
}
LOADED = ("raw_articles", "articles", "article_signatures", "statements", "stances",
          "rejected_files")
MARTS = ("stance_trend_monthly", "stance_trend_weekly", "kremlin_trend_monthly",
         "kremlin_trend_weekly", "stance_shifts", "coverage")


@dataclass
class RunResult:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    peak_mb: float = 0.0  # the run's peak resident memory (Linux: ru_maxrss in KiB)

    @property
    def killed(self) -> bool:
        return self.returncode == -signal.SIGKILL


def run_env(api_url: str, fault: str | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.update(PREFECT_API_URL=api_url, PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PYTHONUNBUFFERED="1")
    env.pop("STANCEWATCH_FAULT", None)
    if fault:
        env["STANCEWATCH_FAULT"] = fault
    return env


class Run:
    """`stancewatch run` in its own process group (a kill takes all of it), its log watched."""

    def __init__(
        self, seeds: Path, db: Path, api_url: str, *, fault: str | None = None,
        batch_size: int = 50, lock_timeout: float = 10, extra: Iterable[str] = (),
    ) -> None:
        cmd = [sys.executable, "-m", "stancewatch", "run", "--seeds", str(seeds), "--db", str(db),
               "--batch-size", str(batch_size), "--lock-timeout", str(lock_timeout), *extra]
        self.started = time.monotonic()
        self.proc = subprocess.Popen(
            cmd, cwd=REPO, env=run_env(api_url, fault), stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, start_new_session=True,
        )
        self.pid = self.proc.pid
        self._lines: list[str] = []
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read_log, daemon=True)
        self._reader.start()

    def _read_log(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            with self._changed:
                self._lines.append(line)
                self._changed.notify_all()
        with self._changed:
            self._lines.append("")  # end of the log
            self._changed.notify_all()

    def wait_for(self, marker: str, timeout: float = 120) -> None:
        """Block until the run logs a line containing `marker` (fails if it ends first)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not any(marker in line for line in self._lines):
                if self._lines[-1:] == [""]:
                    raise AssertionError(f"run ended without logging {marker!r}:\n"
                                         + "".join(self._lines)[-3000:])
                if not self._changed.wait(timeout=max(0.0, deadline - time.monotonic())):
                    raise AssertionError(f"no {marker!r} within {timeout} s")

    def kill(self) -> None:
        """SIGKILL the whole process group, like pulling the plug."""
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.pid, signal.SIGKILL)

    def finish(self, timeout: float = 180) -> RunResult:
        """Wait for the run, then kill whatever it left behind in its process group."""
        peak_mb = 0.0
        try:
            deadline = time.monotonic() + timeout
            while self.proc.returncode is None:
                pid, status, usage = os.wait4(self.pid, os.WNOHANG)
                if pid == self.pid:  # reaped here, so its own peak memory is known
                    self.proc.returncode = os.waitstatus_to_exitcode(status)
                    peak_mb = usage.ru_maxrss / 1024
                elif time.monotonic() > deadline:
                    raise subprocess.TimeoutExpired(self.proc.args, timeout)
                else:
                    time.sleep(0.05)
        finally:
            self.kill()
            self.proc.wait()
        self._reader.join(timeout=10)
        assert self.proc.stdout is not None
        out = self.proc.stdout.read()
        self.proc.stdout.close()
        self.proc.stderr.close()  # type: ignore[union-attr]
        return RunResult(self.proc.returncode, out, "".join(self._lines),
                         time.monotonic() - self.started, peak_mb)


def run(seeds: Path, db: Path, api_url: str, **kwargs: object) -> RunResult:
    """One `stancewatch run` to its end (or its injected death)."""
    return Run(seeds, db, api_url, **kwargs).finish()  # type: ignore[arg-type]


def run_killed_at_line(
    seeds: Path, db: Path, api_url: str, marker: str, **kwargs: object
) -> RunResult:
    """A run SIGKILLed from outside as soon as it logs `marker`."""
    r = Run(seeds, db, api_url, **kwargs)  # type: ignore[arg-type]
    r.wait_for(marker)
    r.kill()
    return r.finish()


def age_files(folder: Path, start_s_ago: float = 3600) -> None:
    """Give the files distinct mtimes in name order, long enough ago to count as settled."""
    t0 = time.time_ns() - int(start_s_ago * 1e9)
    for i, path in enumerate(sorted(p for p in folder.rglob("*") if p.is_file())):
        stamp = t0 + i * 1_000_000
        os.utime(path, ns=(stamp, stamp))


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    rows = con.execute(
        "select column_name from information_schema.columns where table_name = ? "
        "order by ordinal_position",
        [table],
    ).fetchall()
    return [r[0] for r in rows if r[0] not in VOLATILE.get(table, set())]


def _stable(value: object) -> object:
    if isinstance(value, float):
        return round(value, 9)
    if isinstance(value, list):
        return tuple(_stable(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _stable(v)) for k, v in value.items()))
    return value


def tables(db: Path) -> set[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {r[0] for r in con.execute("select table_name from information_schema.tables")
                .fetchall()}
    finally:
        con.close()


def snapshot(db: Path, names: Iterable[str] = LOADED + MARTS) -> dict[str, list[tuple]]:
    """Every row of the named tables (volatile columns left out), sorted, floats rounded."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        present = {r[0] for r in con.execute("select table_name from information_schema.tables")
                   .fetchall()}
        out: dict[str, list[tuple]] = {}
        for name in names:
            if name not in present:
                continue
            cols = ", ".join(f'"{c}"' for c in _columns(con, name))
            rows = con.execute(f"select {cols} from {name}").fetchall()
            out[name] = sorted((tuple(_stable(v) for v in row) for row in rows), key=repr)
        return out
    finally:
        con.close()


def diff(a: dict[str, list[tuple]], b: dict[str, list[tuple]]) -> dict[str, str]:
    """Per table, a short description of how two snapshots differ (empty when equal)."""
    out = {}
    for name in sorted(set(a) | set(b)):
        ra, rb = a.get(name), b.get(name)
        if ra == rb:
            continue
        if ra is None or rb is None:
            out[name] = "missing on one side"
            continue
        sa, sb = set(ra), set(rb)
        out[name] = (f"{len(ra)} vs {len(rb)} rows; only left {len(sa - sb)}, only right "
                     f"{len(sb - sa)}; e.g. {sorted(sa ^ sb, key=repr)[:2]}")
    return out


def orphans(db: Path) -> dict[str, int]:
    """Rows whose parent is missing: a batch that landed only in part would show up here."""
    checks = {
        "statements without article": "select count(*) from statements s "
        "where not exists (select 1 from articles a where a.article_id = s.article_id)",
        "stances without statement": "select count(*) from stances t "
        "where not exists (select 1 from statements s where s.statement_id = t.statement_id)",
        "articles without raw text": "select count(*) from articles a "
        "where not exists (select 1 from raw_articles r where r.article_id = a.article_id)",
        "raw text neither article nor rejected": "select count(*) from raw_articles r "
        "where not exists (select 1 from articles a where a.article_id = r.article_id) "
        "and not exists (select 1 from rejected_files f where f.source_file = r.source_file "
        "and f.content_sha256 = r.content_sha256)",
        "signatures without article": "select count(*) from article_signatures g "
        "where not exists (select 1 from articles a where a.article_id = g.article_id)",
        "canonical articles without signature": "select count(*) from articles a "
        "where a.duplicate_of is null and not exists "
        "(select 1 from article_signatures g where g.article_id = a.article_id)",
        "duplicates of a missing article": "select count(*) from articles a "
        "where a.duplicate_of is not null and not exists "
        "(select 1 from articles c where c.article_id = a.duplicate_of)",
    }
    con = duckdb.connect(str(db), read_only=True)
    try:
        found = {name: con.execute(sql).fetchall()[0][0] for name, sql in checks.items()}
    finally:
        con.close()
    return {k: v for k, v in found.items() if v}


def scalar(db: Path, sql: str, params: list | None = None) -> object:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()[0][0]
    finally:
        con.close()


def rows(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()
