"""`serve`: files dropped in the folder reach the warehouse by themselves, bursts make one run,
runs never overlap, and Ctrl-C stops it cleanly.

The first tests are plain unit tests of the debounce and the event filter. The integration tests
start `python -m flows.serve` as a subprocess (what `stancewatch serve` runs) against a real
temporary Prefect server, drop files in, and watch the warehouse through read-only connections.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import httpx
import pytest
from watchfiles import Change

from flows.serve import (
    Coalescer,
    describe_changes,
    is_article_change,
    local_server,
    run_lock_holder,
    stop_process_group,
)

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED_A, SEED_B, SEED_C = sorted(SEEDS.glob("*.txt"))[:3]


# -- unit ---------------------------------------------------------------------------------------
def test_a_burst_of_events_is_released_once_the_folder_is_quiet():
    c = Coalescer(debounce_s=2.0)
    c.note(["/in/a.txt"], now=10.0)
    c.note(["/in/b.txt"], now=11.5)
    assert not c.due(12.0)  # b arrived 0.5 s ago: keep waiting
    c.note(["/in/c.txt", "/in/a.txt"], now=13.0)
    assert not c.due(14.9)
    assert c.due(15.0)
    assert c.take() == {"/in/a.txt", "/in/b.txt", "/in/c.txt"}
    assert not c.due(100.0) and c.take() == set()


def test_nothing_noted_is_never_due():
    c = Coalescer(debounce_s=0.0)
    c.note([], now=1.0)
    assert not c.due(50.0)


def test_only_added_or_modified_txt_files_start_a_run():
    assert is_article_change(Change.added, "/in/artikel.txt")
    assert is_article_change(Change.modified, "/in/sub/ARTIKEL.TXT")
    assert not is_article_change(Change.deleted, "/in/artikel.txt")
    assert not is_article_change(Change.added, "/in/artikel.txt.swp")
    assert not is_article_change(Change.added, "/in/notities.docx")


def test_changes_are_described_relative_to_the_folder(tmp_path: Path):
    paths = {str(tmp_path / n) for n in ("b.txt", "a.txt", "sub/c.txt", "d.txt")}
    assert describe_changes(paths, tmp_path) == "4 files changed (a.txt, b.txt, d.txt, ...)"
    assert describe_changes({str(tmp_path / "x.txt")}, tmp_path) == "1 file changed (x.txt)"


def test_the_run_lock_probe_names_the_holder_and_frees_the_lock(tmp_path: Path):
    from warehouse.runlock import run_lock

    db = tmp_path / "w.duckdb"
    assert run_lock_holder(db) is None  # no folder yet: nobody
    with run_lock(db):
        assert f"PID {os.getpid()}" in (run_lock_holder(db) or "")
    assert run_lock_holder(db) is None
    with run_lock(db, timeout_s=0):  # the probe did not keep the lock
        pass


def test_prefect_yaml_declares_the_same_flow_schedule_and_parameters_as_serve():
    import inspect

    import yaml

    from flows.pipeline import stancewatch_pipeline
    from flows.serve import DEFAULT_CRON

    spec = yaml.safe_load((REPO / "prefect.yaml").read_text(encoding="utf-8"))
    (deployment,) = spec["deployments"]
    path, function = deployment["entrypoint"].split(":")
    assert (REPO / path).is_file() and function == stancewatch_pipeline.fn.__name__
    assert [s["cron"] for s in deployment["schedules"]] == [DEFAULT_CRON]
    flow_parameters = inspect.signature(stancewatch_pipeline.fn).parameters
    assert {"seeds_dir", "db_path"} <= set(deployment["parameters"]) <= set(flow_parameters)
    assert deployment["work_pool"]["name"]


# -- integration --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    home = tmp_path_factory.mktemp("prefect-home")
    env = {"PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    with local_server(home / "server.log", env=env, timeout_s=120) as api_url:
        yield {**env, "PREFECT_API_URL": api_url}


_SERVE_ARGS = ("--debounce", "1", "--lock-timeout", "60")


@contextmanager
def serving(seeds: Path, db: Path, env: dict[str, str], log: Path) -> Iterator[subprocess.Popen]:
    """`python -m flows.serve` in its own process group, killed with its runs at the end."""
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "flows.serve",
                *_SERVE_ARGS,
                "--seeds",
                str(seeds),
                "--db",
                str(db),
            ],
            cwd=REPO,
            env={**{k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}, **env},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        yield proc
    finally:
        stop_process_group(proc, timeout_s=10)


def _scalar(db: Path, sql: str) -> Any:
    """One value from the warehouse, or None while it is missing or being written."""
    if not db.exists():
        return None
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:
        return None
    try:
        return con.execute(sql).fetchone()[0]
    except duckdb.Error:
        return None
    finally:
        con.close()


def _articles(db: Path) -> int:
    return _scalar(db, "select count(*) from articles") or 0


def _completed_runs(db: Path) -> int:
    return _scalar(db, "select count(*) from runs where status = 'completed'") or 0


def _runs_since(api_url: str, since: datetime) -> list[dict]:
    """Flow runs of the served deployment created (scheduled) after `since`, any state."""
    response = httpx.post(
        f"{api_url}/flow_runs/filter",
        json={
            "deployments": {"name": {"any_": ["serve"]}},
            "flow_runs": {"expected_start_time": {"after_": since.isoformat()}},
        },
        timeout=10,
    )
    response.raise_for_status()
    return [r for r in response.json() if "auto-scheduled" not in r["tags"]]


def wait_for(check: Callable[[], bool], timeout_s: float, what: str, log: Path) -> float:
    """Poll `check` until true; return the seconds it took, or fail showing serve's log."""
    start = time.monotonic()
    while time.monotonic() - start < timeout_s:
        if check():
            return time.monotonic() - start
        time.sleep(0.3)
    tail = log.read_text(errors="replace")[-4000:] if log.exists() else ""
    pytest.fail(f"{what}: not after {timeout_s:.0f} s; serve's log ends with:\n{tail}")


def _stop(proc: subprocess.Popen, sig: int = signal.SIGINT) -> int:
    os.kill(proc.pid, sig)
    return proc.wait(timeout=45)


def _clean_exit(code: int, log: Path) -> None:
    text = log.read_text(errors="replace")
    assert code in (0, 130), text[-3000:]
    assert "Traceback" not in text, text[-3000:]
    assert "stopped; start again to resume" in text


@pytest.mark.integration
def test_dropped_files_are_loaded_within_seconds_and_a_burst_makes_one_run(
    server: dict[str, str], tmp_path: Path
):
    seeds, db, log = tmp_path / "in", tmp_path / "w.duckdb", tmp_path / "serve.log"
    seeds.mkdir()
    shutil.copy(SEED_A, seeds / "al-hier.txt")  # arrived while serve was down
    since = datetime.now(UTC)
    with serving(seeds, db, server, log) as proc:
        wait_for(lambda: _articles(db) == 1, 90, "the catch-up run loads the waiting file", log)

        shutil.copy(SEED_B, seeds / "nieuw.txt")
        took = wait_for(lambda: _articles(db) == 2, 45, "a dropped file is loaded", log)
        print(f"dropped file in the warehouse after {took:.1f} s")
        wait_for(lambda: _completed_runs(db) == 2, 20, "the second run completes", log)

        for name in ("een.txt", "twee.txt", "drie.txt"):  # a burst: one run must take all three
            (seeds / name).write_bytes(SEED_C.read_bytes() + name.encode())
        took = wait_for(lambda: _articles(db) == 5, 45, "the burst is loaded", log)
        print(f"burst of 3 in the warehouse after {took:.1f} s")
        wait_for(lambda: _completed_runs(db) == 3, 20, "the burst's run completes", log)
        time.sleep(2.5)  # a second run for the burst would have been created by now
        runs = _runs_since(server["PREFECT_API_URL"], since)
        assert len(runs) == 3, [r["name"] for r in runs]  # catch-up, one file, the burst
        assert _scalar(db, "select files_new from runs order by started_at desc limit 1") == 3
        assert "3 files changed (drie.txt, een.txt, twee.txt)" in log.read_text()

        code = _stop(proc)
    _clean_exit(code, log)


@pytest.mark.integration
def test_a_change_waits_for_the_run_holding_the_warehouse_and_restart_catches_up(
    server: dict[str, str], tmp_path: Path
):
    from warehouse.runlock import run_lock

    seeds, db, log = tmp_path / "in", tmp_path / "w.duckdb", tmp_path / "serve.log"
    seeds.mkdir()
    shutil.copy(SEED_A, seeds / "a.txt")
    with serving(seeds, db, server, log) as proc:
        wait_for(lambda: _completed_runs(db) == 1, 90, "the catch-up run", log)
        with run_lock(db):  # another run (say a manual `stancewatch run`) holds the warehouse
            shutil.copy(SEED_B, seeds / "b.txt")
            wait_for(
                lambda: "another run holds the warehouse" in log.read_text(),
                20,
                "serve says it waits for the other run",
                log,
            )
            time.sleep(2)
            assert _articles(db) == 1  # nothing started while the lock was held
        wait_for(lambda: _articles(db) == 2, 45, "the queued change runs after the lock", log)
        assert _stop(proc, signal.SIGTERM) in (0, 130)

    shutil.copy(SEED_C, seeds / "c.txt")  # arrives while serve is down
    since = datetime.now(UTC)
    with serving(seeds, db, server, log) as proc:
        wait_for(lambda: _articles(db) == 3, 90, "the restart catches up", log)
        api = server["PREFECT_API_URL"]
        (deployment,) = httpx.post(
            f"{api}/deployments/filter", json={"deployments": {"name": {"any_": ["serve"]}}}
        ).json()
        assert deployment["paused"] is False  # the schedule is active again after the restart
        assert [s["schedule"]["cron"] for s in deployment["schedules"]] == ["0 * * * *"]
        wait_for(
            lambda: [r["name"][:19] for r in _runs_since(api, since)] == ["catch-up: in +1 new"],
            30,
            "one catch-up run, renamed to what it did",
            log,
        )
        (run,) = _runs_since(api, since)
        assert {"stancewatch", "catch-up"} <= set(run["tags"])
        code = _stop(proc)
    _clean_exit(code, log)


@pytest.mark.integration
def test_without_an_api_url_serve_runs_a_local_server_for_its_lifetime(tmp_path: Path):
    seeds, db, log = tmp_path / "in", tmp_path / "w.duckdb", tmp_path / "serve.log"
    seeds.mkdir()
    shutil.copy(SEED_A, seeds / "a.txt")
    env = {"PREFECT_HOME": str(tmp_path / "prefect-home")}
    with serving(seeds, db, env, log) as proc:
        wait_for(lambda: _articles(db) == 1, 120, "the catch-up run on the local server", log)
        found = re.search(r"for this session at (http://127\.0\.0\.1:\d+)", log.read_text())
        assert found, log.read_text()[-2000:]
        ui = found.group(1)
        assert httpx.get(f"{ui}/api/health", timeout=5).json() is True
        code = _stop(proc)
    _clean_exit(code, log)
    with pytest.raises(httpx.ConnectError):  # the server went with serve
        httpx.get(f"{ui}/api/health", timeout=5)
