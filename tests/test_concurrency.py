"""Overlapping runs, readers holding the warehouse, files changing under a run (issue #8).

Two runs at once: the second is turned away at once (exit 3, naming the holder) or waits its
turn; rows are never doubled. A process holding the DuckDB file (an analyst's open shell): the
run waits `--lock-timeout`, then fails naming that process's PID, and loses nothing; the next run
catches up. A file still being written is left for the next run; a file deleted during a run is
skipped and logged.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

import pytest

from stancewatch.pipeline import read_files
from stancewatch.read import scan_folder
from stancewatch.synth import generate_corpus, write_corpus
from tests import runkit
from warehouse.load import init_warehouse

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
N_SYNTH = 20


@pytest.fixture(scope="module")
def api_url(prefect_harness: None) -> str:
    from prefect.settings import PREFECT_API_URL

    return str(PREFECT_API_URL.value())


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """The seeds plus a small synthetic corpus, all written long ago (settled)."""
    out = tmp_path / "articles"
    shutil.copytree(SEEDS, out)
    write_corpus(generate_corpus(N_SYNTH, seed=3), out / "synth")
    runkit.age_files(out)
    return out


def _n_files(folder: Path) -> int:
    return sum(1 for _ in folder.rglob("*.txt"))


def _hold_file(db: Path) -> subprocess.Popen[str]:
    """Another process keeping the database file open read-only, like an analyst's DuckDB shell."""
    code = (
        "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], read_only=True); "
        "print('ready', flush=True); time.sleep(120)"
    )
    proc = subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.kill()
    proc.wait()
    if proc.stdout is not None:
        proc.stdout.close()


def _assert_each_file_once(db: Path, n_files: int) -> None:
    assert runkit.orphans(db) == {}
    assert runkit.scalar(db, "select count(*) from raw_articles") == n_files
    assert runkit.scalar(db, "select count(distinct source_file) from articles") == n_files
    assert runkit.scalar(db, "select count(*) from articles") == n_files
    assert runkit.scalar(db, "select count(*) from rejected_files") == 0


def test_a_second_run_is_turned_away_or_waits_its_turn_and_nothing_is_doubled(
    folder: Path, tmp_path: Path, api_url: str
):
    db = tmp_path / "w.duckdb"
    go = tmp_path / "go"
    first = runkit.Run(folder, db, api_url, fault=f"load.connect#1=wait:{go}")
    try:
        first.wait_for("fault point load.connect#1")  # holds the run lock, paused mid-run
        patient = runkit.Run(folder, db, api_url, lock_timeout=120)
        impatient = runkit.run(folder, db, api_url, lock_timeout=0)
        assert impatient.returncode == 3, impatient.stderr[-2000:]
        said = [ln for ln in impatient.stderr.splitlines() if ln.startswith("stancewatch:")]
        assert len(said) == 1 and "another stancewatch run holds the warehouse" in said[0]
        assert f"PID {first.pid} " in said[0]
        patient.wait_for("Beginning flow run")  # the patient run is now waiting for the lock
        time.sleep(1.0)
    finally:
        go.touch()
    done = first.finish()
    assert done.returncode == 0, done.stderr[-3000:]
    waited = patient.finish()
    assert waited.returncode == 0, waited.stderr[-3000:]
    _assert_each_file_once(db, _n_files(folder))
    assert runkit.rows(db, "select status from runs") == [("completed",), ("completed",)]


def test_an_open_reader_makes_the_run_fail_naming_its_pid_and_the_next_run_catches_up(
    folder: Path, tmp_path: Path, api_url: str
):
    db = tmp_path / "w.duckdb"
    init_warehouse(db)
    before = runkit.snapshot(db)
    shell = _hold_file(db)
    try:
        blocked = runkit.run(folder, db, api_url, lock_timeout=2)
    finally:
        _stop(shell)
    assert blocked.returncode == 3, blocked.stderr[-2000:]
    said = [ln for ln in blocked.stderr.splitlines() if ln.startswith("stancewatch:")]
    assert len(said) == 1 and f"PID {shell.pid})" in said[0]
    waited = re.search(r"gave up after (\d+\.\d) s", said[0])
    assert waited and 2.0 <= float(waited.group(1)) < 10 and "nothing was lost" in said[0]
    assert runkit.snapshot(db) == before

    caught_up = runkit.run(folder, db, api_url)
    assert caught_up.returncode == 0, caught_up.stderr[-3000:]
    _assert_each_file_once(db, _n_files(folder))


def _pipeline(folder: Path, db: Path, **kwargs: object):  # noqa: ANN202 - a RunSummary
    from flows.pipeline import stancewatch_pipeline

    return stancewatch_pipeline(seeds_dir=str(folder), db_path=str(db), **kwargs)


@pytest.mark.usefixtures("prefect_harness")
def test_a_reader_opening_the_warehouse_mid_run_stops_it_within_the_lock_timeout(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from warehouse import connection
    from warehouse.connection import WarehouseLocked

    db = tmp_path / "w.duckdb"
    shell: list[subprocess.Popen[str]] = []
    loads = []

    def open_a_shell_before_the_second_load(name: str) -> None:
        loads.append(name)
        if loads.count("load.connect") == 2 and not shell:
            shell.append(_hold_file(db))

    monkeypatch.setattr(connection, "fault_point", open_a_shell_before_the_second_load)
    started = time.monotonic()
    try:
        with pytest.raises(WarehouseLocked) as failure:
            _pipeline(folder, db, batch_size=10, lock_timeout_s=0.5, settle_s=0.0)
        gave_up_after = time.monotonic() - started
    finally:
        for proc in shell:
            _stop(proc)
    assert f"PID {shell[0].pid})" in str(failure.value)
    assert runkit.orphans(db) == {}
    assert runkit.scalar(db, "select count(*) from raw_articles") == 10  # batch 1 kept
    assert gave_up_after < 8, f"gave up only after {gave_up_after:.0f} s"


@pytest.mark.usefixtures("prefect_harness")
def test_a_file_still_being_written_is_left_for_the_next_run(folder: Path, tmp_path: Path):
    db = tmp_path / "w.duckdb"
    growing = folder / "nog bezig.txt"
    line = "Het Kremlin zei dinsdag dat de gesprekken met Washington doorgaan. " * 4 + "\n"
    growing.write_text("Gesprekken gaan door\n\n", encoding="utf-8")
    stop = threading.Event()

    def scraper() -> None:  # a download that keeps appending while the run scans and reads
        while not stop.is_set():
            with growing.open("a", encoding="utf-8") as fh:
                fh.write(line)
            time.sleep(0.02)

    writer = threading.Thread(target=scraper, daemon=True)
    writer.start()
    try:
        first = _pipeline(folder, db)
    finally:
        stop.set()
        writer.join()
    assert first.deferred == 1 and first.rejected == 0
    assert first.files_new == _n_files(folder) - 1
    assert runkit.rows(db, "select * from raw_articles where source_file = 'nog bezig.txt'") == []

    old = time.time_ns() - 600 * 10**9
    os.utime(growing, ns=(old, old))  # the download finished long ago
    second = _pipeline(folder, db)
    assert (second.files_new, second.deferred) == (1, 0)
    stored = runkit.rows(
        db, "select raw_text from raw_articles where source_file = 'nog bezig.txt'"
    )
    assert stored == [(growing.read_text(encoding="utf-8"),)]  # the whole file, not half
    _assert_each_file_once(db, _n_files(folder))


def test_a_file_deleted_between_scan_and_read_is_skipped_not_rejected(tmp_path: Path):
    (tmp_path / "blijft.txt").write_text("Titel\n\nPeskov zei dat het goed gaat.\n")
    (tmp_path / "weg.txt").write_text("Titel\n\nLavrov zei dat het slecht gaat.\n")
    runkit.age_files(tmp_path)
    found, rejected = scan_folder(tmp_path)
    assert [f.source_file for f in found] == ["blijft.txt", "weg.txt"] and rejected == []
    (tmp_path / "weg.txt").unlink()
    result = read_files(found, set(), ingested_at=datetime(2025, 7, 1), run_id="r", settle_s=0)
    assert result.vanished == ["weg.txt"]
    assert result.raw.get_column("source_file").to_list() == ["blijft.txt"]
    assert result.rejected.is_empty()


def test_a_deleted_file_is_named_in_the_run_log(tmp_path: Path, prefect_harness: None):
    from prefect import flow

    from flows.ingest import read_files as read_task

    (tmp_path / "weg.txt").write_text("Titel\n\nLavrov zei dat het slecht gaat.\n")
    runkit.age_files(tmp_path)
    found, _ = scan_folder(tmp_path)
    os.remove(tmp_path / "weg.txt")

    @flow
    def read_one() -> list[str]:
        result = read_task(found, set(), ingested_at=datetime(2025, 7, 1), run_id="r",
                           max_bytes=1 << 20, settle_s=0.0, batch_no=1, n_files=1)
        return result.vanished

    messages: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda record: messages.append(record.getMessage())  # type: ignore[method-assign]
    task_logger = logging.getLogger("prefect.task_runs")
    task_logger.addHandler(handler)
    try:
        assert read_one() == ["weg.txt"]
    finally:
        task_logger.removeHandler(handler)
    assert any("disappeared" in m and "weg.txt" in m for m in messages), messages
