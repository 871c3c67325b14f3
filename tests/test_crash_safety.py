"""Killed runs (issue #8): SIGKILL at several points, then the next run finishes the work.

One clean run of a 300-file synthetic corpus (with duplicates across batches) is the reference.
A second warehouse over the same folder is built by runs killed inside a batch transaction,
right after a commit (the batch only in DuckDB's write-ahead log), at a random moment between
batches (the whole process group, like a power cut) and inside the mart build; after each kill
the warehouse is consistent, and the run that finally completes leaves exactly the reference's
rows: no duplicates, no file missing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from stancewatch.synth import generate_corpus, write_corpus
from tests import runkit
from warehouse.models import build

pytestmark = pytest.mark.usefixtures("prefect_harness")

N_FILES, BATCH = 200, 40


@pytest.fixture(scope="module")
def api_url(prefect_harness: None) -> str:
    from prefect.settings import PREFECT_API_URL

    return str(PREFECT_API_URL.value())


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crash") / "corpus"
    write_corpus(generate_corpus(N_FILES, seed=8), folder)
    runkit.age_files(folder)
    return folder


@pytest.fixture(scope="module")
def clean(corpus: Path, api_url: str) -> dict[str, list[tuple]]:
    """The reference: one uninterrupted run over the corpus."""
    db = corpus.parent / "clean.duckdb"
    result = _run(corpus, db, api_url)
    assert result.returncode == 0, result.stderr[-3000:]
    snap = runkit.snapshot(db)
    assert len(snap["raw_articles"]) == N_FILES and not snap["rejected_files"]
    assert any(r for r in snap["articles"] if r[9] is not None), "corpus should have duplicates"
    return snap


def _run(seeds: Path, db: Path, api_url: str, fault: str | None = None) -> runkit.RunResult:
    return runkit.run(seeds, db, api_url, fault=fault, batch_size=BATCH)


def _restricted(snap: dict[str, list[tuple]], article_ids: set[str]) -> dict[str, list[tuple]]:
    """The reference's rows that belong to the given articles (a consistent prefix)."""
    statement_ids = {r[0] for r in snap["statements"] if r[1] in article_ids}
    return {
        "raw_articles": [r for r in snap["raw_articles"] if r[0] in article_ids],
        "articles": [r for r in snap["articles"] if r[0] in article_ids],
        "article_signatures": [r for r in snap["article_signatures"] if r[0] in article_ids],
        "statements": [r for r in snap["statements"] if r[1] in article_ids],
        "stances": [r for r in snap["stances"] if r[0] in statement_ids],
    }


def _loaded_prefix(db: Path, clean: dict[str, list[tuple]]) -> int:
    """After a kill: whole batches landed, the first files in ingest order, each exactly as in
    the reference (its article, signature, statements and stances together); return how many."""
    assert runkit.orphans(db) == {}
    snap = runkit.snapshot(db, runkit.LOADED)
    loaded = sorted(r[1] for r in snap["raw_articles"])
    in_order = sorted(r[1] for r in clean["raw_articles"])  # names sort in mtime (ingest) order
    assert len(loaded) % BATCH == 0 and loaded == in_order[: len(loaded)]
    expected = _restricted(clean, {r[0] for r in snap["raw_articles"]})
    assert runkit.diff({k: v for k, v in snap.items() if k in expected}, expected) == {}
    return len(loaded)


def test_runs_killed_at_any_point_leave_a_consistent_warehouse_and_the_next_run_completes_it(
    corpus: Path, clean: dict[str, list[tuple]], api_url: str
):
    db = corpus.parent / "crashed.duckdb"

    # 1. killed inside the 3rd load's transaction, after its inserts, before its commit
    r = _run(corpus, db, api_url, fault="load.before_commit#3=kill")
    assert r.killed, r.stderr[-2000:]
    n1 = _loaded_prefix(db, clean)
    assert 2 * BATCH <= n1 < N_FILES

    # 2. killed right after a commit, before the connection closed: the batch is only in the WAL
    r = _run(corpus, db, api_url, fault="load.after_commit#1=kill")
    assert r.killed, r.stderr[-2000:]
    assert (db.parent / (db.name + ".wal")).exists()
    n2 = _loaded_prefix(db, clean)
    assert n2 > n1

    # 3. the whole process group killed from outside, at whatever it is doing after a commit
    r = runkit.run_killed_at_line(corpus, db, api_url, "fault point load.after_commit#1",
                                  fault="load.after_commit#1=log", batch_size=BATCH)
    assert r.killed, r.stderr[-2000:]
    assert _loaded_prefix(db, clean) > n2

    # 4. the next run finishes the work: the same rows as the clean run, marts included
    r = _run(corpus, db, api_url)
    assert r.returncode == 0, r.stderr[-3000:]
    assert runkit.diff(runkit.snapshot(db), clean) == {}
    statuses = runkit.rows(db, "select status, count(*) from runs group by all order by 1")
    assert statuses == [("completed", 1), ("interrupted", 3)]


def test_a_run_killed_while_building_the_marts_leaves_the_published_marts_as_they_were(
    corpus: Path, clean: dict[str, list[tuple]], api_url: str, tmp_path: Path
):
    folder = tmp_path / "corpus"
    shutil.copytree(corpus, folder)
    db = tmp_path / "w.duckdb"
    shutil.copy(corpus.parent / "clean.duckdb", db)
    write_corpus([f for f in generate_corpus(20, seed=81)], folder / "later")
    runkit.age_files(folder / "later", start_s_ago=600)
    before = runkit.snapshot(db, runkit.MARTS)

    r = _run(folder, db, api_url, fault="build.before_commit#1=kill")
    assert r.killed, r.stderr[-2000:]
    assert runkit.orphans(db) == {}
    assert runkit.scalar(db, "select count(*) from raw_articles") == N_FILES + 20
    assert runkit.diff(runkit.snapshot(db, runkit.MARTS), before) == {}

    r = _run(folder, db, api_url)
    assert r.returncode == 0, r.stderr[-3000:]
    assert runkit.scalar(db, "select count(*) from raw_articles") == N_FILES + 20
    after = runkit.snapshot(db, runkit.MARTS)
    assert after != before  # the 20 later articles are in the marts now ...
    rebuilt = tmp_path / "rebuilt.duckdb"
    shutil.copy(db, rebuilt)
    build(rebuilt)
    assert runkit.diff(runkit.snapshot(rebuilt, runkit.MARTS), after) == {}  # ... all of them
