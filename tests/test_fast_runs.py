"""Issue #7 behaviours of the flow: parallel workers change no row, batches are loaded in growing
groups, and a run with nothing new leaves the marts alone (but rebuilds them when they may be
stale). Speed itself is measured by benchmarks/, not here."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
import runkit

from stancewatch.synth import generate_corpus, write_corpus

pytestmark = pytest.mark.usefixtures("prefect_harness")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """90 generated articles, ~20% duplicates (some in later batches), written a while ago."""
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(generate_corpus(90, seed=11), folder)
    runkit.age_files(folder)
    return folder


def _run(folder: Path, db: Path, **kwargs: object):  # noqa: ANN202 - a RunSummary
    from flows.runners import run_pipeline

    return run_pipeline(seeds_dir=str(folder), db_path=str(db), **kwargs)


def test_a_run_on_two_worker_processes_loads_exactly_the_rows_of_a_sequential_run(
    corpus: Path, tmp_path: Path
):
    seq = _run(corpus, tmp_path / "seq.duckdb", workers=1, batch_size=20)
    par = _run(corpus, tmp_path / "par.duckdb", workers=2, batch_size=20)
    assert (seq.workers, par.workers) == (1, 2)
    assert par.batches == seq.batches == 5
    assert (par.files_new, par.duplicates, par.statements, par.stances) == (
        seq.files_new,
        seq.duplicates,
        seq.statements,
        seq.stances,
    )
    assert seq.duplicates > 5 and seq.statements > 100
    left, right = runkit.snapshot(tmp_path / "seq.duckdb"), runkit.snapshot(tmp_path / "par.duckdb")
    assert runkit.diff(left, right) == {}
    assert {"parse", "dedupe", "statements", "stances", "load"} <= set(par.stage_seconds)


def test_batches_are_loaded_one_by_one_while_the_warehouse_is_small_then_in_groups(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import flows.pipeline as fp

    loads: list[int] = []
    real = fp.load_batch

    def counting(db_path, batch, lock_timeout_s, batch_no):  # noqa: ANN001, ANN202
        frame = batch.unwrap().raw_articles  # the flow passes it quote()d
        loads.append(frame.height if frame is not None else 0)
        return real(db_path, batch, lock_timeout_s, batch_no)

    monkeypatch.setattr(fp, "load_batch", counting)
    summary = _run(corpus, tmp_path / "w.duckdb", workers=1, batch_size=10)
    assert summary.batches == 9 and sum(loads) == 90
    # 10, 10 (warehouse < 2 batches), then each load about half the warehouse: 10 ... 20 ... 40
    assert loads[:2] == [10, 10] and len(loads) < 9 and max(loads) >= 20


def test_a_run_with_nothing_new_keeps_the_marts_and_says_so(corpus: Path, tmp_path: Path):
    db = tmp_path / "w.duckdb"
    first = _run(corpus, db, batch_size=50)
    assert first.marts_rebuilt and first.data_tests_passed > 0
    before = runkit.snapshot(db)
    again = _run(corpus, db, batch_size=50)
    assert (again.files_new, again.marts_rebuilt, again.data_tests_passed) == (0, False, 0)
    assert "marts kept" in again.render()
    assert runkit.snapshot(db) == before
    messages = runkit.rows(db, "select message from runs order by started_at")
    assert messages[0][0].startswith("marts rebuilt") and messages[1][0].startswith("nothing new")


def test_marts_are_rebuilt_when_the_previous_run_did_not_complete(corpus: Path, tmp_path: Path):
    db = tmp_path / "w.duckdb"
    _run(corpus, db, batch_size=50)
    con = duckdb.connect(str(db))
    try:  # as if the last run had loaded its batches and died before the marts
        con.execute("update runs set status = 'failed'")
        con.execute("delete from coverage")
    finally:
        con.close()
    again = _run(corpus, db, batch_size=50)
    assert again.files_new == 0 and again.marts_rebuilt
    assert runkit.scalar(db, "select count(*) from coverage") > 0


def test_marts_are_rebuilt_when_the_sql_models_changed(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import flows.trends as trends

    db = tmp_path / "w.duckdb"
    _run(corpus, db, batch_size=50)
    trends.sql_fingerprint.cache_clear()
    monkeypatch.setattr(trends, "SQL_DIR", tmp_path)  # other SQL files: another fingerprint
    try:
        again = _run(corpus, db, batch_size=50)
    finally:
        trends.sql_fingerprint.cache_clear()
    assert again.files_new == 0 and again.marts_rebuilt


def test_the_fork_server_starts_ahead_of_the_first_batch_and_preloads_the_domain_modules() -> None:
    """The pool's fork server can be started ahead of the first batch (without Prefect), and it
    preloads flows._preload (the warmed domain modules) for every worker it forks."""
    code = (
        "import sys\n"
        "from multiprocessing import forkserver\n"
        "from flows.runners import start_fork_server\n"
        "assert start_fork_server()\n"
        "assert 'prefect' not in sys.modules\n"
        "fs = forkserver._forkserver\n"
        "assert fs._forkserver_pid is not None\n"
        "assert 'flows._preload' in fs._preload_modules\n"
    )
    runkit.python_ok(code)


def test_one_shot_runs_send_no_heartbeats_unless_the_user_sets_them(monkeypatch) -> None:
    """Prefect waits up to a second for its heartbeat thread at the end of a flow run; a
    one-shot run turns heartbeats off, unless PREFECT_FLOWS_HEARTBEAT_FREQUENCY is set."""
    from prefect import flow
    from prefect.settings import get_current_settings

    import flows.pipeline
    from flows import runners

    @flow
    def probe(workers: int, executor: str) -> object:
        return get_current_settings().flows.heartbeat_frequency

    monkeypatch.setattr(flows.pipeline, "stancewatch_pipeline", probe)
    monkeypatch.delenv(runners.HEARTBEAT_ENV, raising=False)
    assert runners.run_pipeline() is None
    monkeypatch.setenv(runners.HEARTBEAT_ENV, "45")  # the user's choice: Prefect's own setting
    assert runners.run_pipeline() == get_current_settings().flows.heartbeat_frequency >= 30


def test_evidence_is_written_as_the_same_json_as_json_dumps() -> None:
    import json

    from stancewatch.pipeline import _evidence_json
    from stancewatch.sentiment import Evidence

    cases = [
        (),
        (Evidence('zei "nee"\\ één\n\x01', -0.6499999999999999, "textblob"),),
        (Evidence("goed", 0.7, "domain"), Evidence("niet slecht", 0.35, "rule")),
        (Evidence("telt", 1, "rule"),),  # an int: json writes 1, not 1.0
        (Evidence("nan", float("nan"), "rule"),),  # json writes NaN
    ]
    for evidence in cases:
        assert _evidence_json(evidence) == json.dumps(
            [vars(e) for e in evidence], ensure_ascii=False
        )
