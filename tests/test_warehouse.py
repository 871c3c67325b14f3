"""The warehouse access layer: loads, locks, read-only queries, file format."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import duckdb
import polars as pl
import pytest

from warehouse.connection import WarehouseLocked, WarehouseMissing, connect
from warehouse.load import LoadBatch, init_warehouse, known_file_versions, load_batch
from warehouse.query import QueryRefused, check_read_only, format_frame, run_query
from warehouse.runlock import RunInProgress, run_lock
from warehouse.schema import TABLES

T0 = datetime(2025, 7, 15, 10, 0)


def _articles(ids: list[str]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "article_id": ids,
            "source_file": [f"{i}.txt" for i in ids],
            "content_sha256": [f"sha-{i}" for i in ids],
            "title": [None] * len(ids),
            "source": ["Belga"] * len(ids),
            "published": [None] * len(ids),
            "published_precision": ["unknown"] * len(ids),
            "published_from": ["none"] * len(ids),
            "body": ["tekst"] * len(ids),
            "ingested_at": [T0] * len(ids),
        },
        schema_overrides={"published": pl.Date, "title": pl.String},
    )


def _hold_file(db: Path, seconds: float) -> subprocess.Popen:
    """Another process that keeps the database file open (like an analyst's DuckDB shell)."""
    code = (
        "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
        "print('ready', flush=True); time.sleep(float(sys.argv[2]))"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(db), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


def test_loading_the_same_batch_twice_changes_nothing(tmp_path: Path):
    db = tmp_path / "w.duckdb"
    init_warehouse(db)
    batch = LoadBatch(articles=_articles(["a", "b"]))
    assert load_batch(db, batch)["articles"] == 2
    assert load_batch(db, batch)["articles"] == 0
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select count(*) from articles").fetchone() == (2,)
    con.close()


def test_a_rejection_is_recorded_once_per_file_content_and_reason(tmp_path: Path):
    db = tmp_path / "w.duckdb"
    init_warehouse(db)
    rejected = pl.DataFrame(
        {
            "source_file": ["leeg.txt", "link.txt"],
            "reason": ["empty file (0 bytes)", "link points outside the watched folder: /etc"],
            "content_sha256": ["e3b0", None],
            "seen_at": [T0, T0],
        }
    )
    assert load_batch(db, LoadBatch(rejected_files=rejected))["rejected_files"] == 2
    assert load_batch(db, LoadBatch(rejected_files=rejected))["rejected_files"] == 0


def test_a_failed_batch_leaves_nothing_half_written(tmp_path: Path):
    db = tmp_path / "w.duckdb"
    init_warehouse(db)
    bad_statements = pl.DataFrame({"statement_id": ["s1"], "article_id": ["a"]})  # kind is null
    with pytest.raises(duckdb.Error):
        load_batch(db, LoadBatch(articles=_articles(["a"]), statements=bad_statements))
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select count(*) from articles").fetchone() == (0,)
    con.close()


def test_known_file_versions_of_a_missing_warehouse_is_empty(tmp_path: Path):
    assert known_file_versions(tmp_path / "none.duckdb").is_empty()


def test_writer_waits_for_a_reader_to_let_go(tmp_path: Path):
    db = tmp_path / "w.duckdb"
    init_warehouse(db)
    holder = _hold_file(db, 1.5)
    started = time.monotonic()
    con = connect(db, timeout_s=20)
    con.close()
    holder.wait()
    assert time.monotonic() - started >= 0.5


def test_writer_gives_up_naming_the_lock_holder_pid(tmp_path: Path):
    db = tmp_path / "w.duckdb"
    init_warehouse(db)
    holder = _hold_file(db, 10)
    try:
        with pytest.raises(WarehouseLocked, match=rf"PID {holder.pid}\b.*nothing was lost"):
            connect(db, timeout_s=0.5)
    finally:
        holder.kill()
        holder.wait()


def test_reading_a_missing_warehouse_says_to_run_first(tmp_path: Path):
    with pytest.raises(WarehouseMissing, match="stancewatch run"):
        run_query(tmp_path / "nope.duckdb", "select 1")


@pytest.mark.parametrize(
    "query",
    [
        "insert into articles (article_id) values ('x')",
        "drop table articles",
        "create table t as select 1",
        "copy articles to '/tmp/out.csv'",
        "attach 'other.duckdb'",
        "select 1; delete from articles",
    ],
)
def test_sql_refuses_statements_that_write(query: str):
    with pytest.raises(QueryRefused, match="read-only"):
        check_read_only(query)


def test_sql_runs_select_and_reports_duckdb_errors(tmp_path: Path):
    from warehouse.query import QueryError

    db = tmp_path / "w.duckdb"
    init_warehouse(db)
    load_batch(db, LoadBatch(articles=_articles(["a"])))
    assert run_query(db, "select article_id from articles").to_dicts() == [{"article_id": "a"}]
    with pytest.raises(QueryError, match="no_such_table"):
        run_query(db, "select * from no_such_table")


def test_result_formats_render_every_row():
    frame = pl.DataFrame({"speaker": ["Peskov", "Lavrov"], "n": [2, 1]})
    assert format_frame(frame, "csv") == "speaker,n\nPeskov,2\nLavrov,1\n"
    assert '"speaker": "Lavrov"' in format_frame(frame, "json")
    md = format_frame(frame, "markdown")
    assert md.splitlines()[0].startswith("| speaker")
    assert "Lavrov" in format_frame(frame, "table") and "(2 rows)" in format_frame(frame, "table")


def test_duckdb_shell_users_install_can_open_the_warehouse(tmp_path: Path):
    db = tmp_path / "w.duckdb"
    init_warehouse(db)
    load_batch(db, LoadBatch(articles=_articles(["a", "b"])))
    shell = Path(sys.executable).parent / "duckdb"  # the duckdb-cli package (1.5.x)
    assert shell.exists(), "duckdb-cli is a dev dependency"
    out = subprocess.run(
        [str(shell), "-readonly", "-csv", str(db), "-c", "select count(*) as n from articles"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["n", "2"]


def test_second_run_on_the_same_warehouse_is_turned_away(tmp_path: Path):
    db = tmp_path / "w.duckdb"
    code = (
        "import sys, time; from warehouse.runlock import run_lock\n"
        "with run_lock(sys.argv[1]):\n    print('held', flush=True); time.sleep(10)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        with pytest.raises(RunInProgress, match=rf"PID {proc.pid}"), run_lock(db, 0.3):
            pass
    finally:
        proc.kill()
        proc.wait()
    with run_lock(db, 1):
        pass


def test_a_warehouse_created_with_primary_keys_loses_them_and_keeps_every_row(
    tmp_path: Path,
) -> None:
    """Warehouses from before the keys were dropped are rebuilt once, rows and columns kept."""
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    for table, ddl in TABLES.items():
        if table == "stances":
            ddl = ddl.replace(
                "evidence varchar,\n    target_implied boolean,\n    rule_stance varchar,\n"
                "    stance_probability double\n",
                "evidence varchar,\n primary key (statement_id, target)\n",
            )  # from before target_implied was added, too
        elif table != "rejected_files":
            first = ddl.split("(", 1)[1].strip().split(",", 1)[0]
            ddl = ddl.replace(first + ",", first + " primary key,", 1)
        con.execute(ddl)
    con.execute("insert into stances values ('s1', 'US', 'de VS', -0.5, 0.5, 'negative', '[]')")
    con.execute("insert into runs (run_id, started_at, status) values ('r1', now(), 'completed')")
    keyed = con.execute(
        "select count(*) from duckdb_constraints() where constraint_type = 'PRIMARY KEY'"
    ).fetchall()[0][0]
    con.close()
    assert keyed == len(TABLES) - 1

    init_warehouse(db)
    init_warehouse(db)  # the second time there is nothing left to rebuild

    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute(
            "select count(*) from duckdb_constraints() where constraint_type = 'PRIMARY KEY'"
        ).fetchall() == [(0,)]
        assert con.execute("select statement_id, target, stance from stances").fetchall() == [
            ("s1", "US", "negative")
        ]
        assert con.execute("select run_id from runs").fetchall() == [("r1",)]
        assert con.execute(
            "select target_implied, rule_stance, stance_probability from stances"
        ).fetchall() == [(None, None, None)]
        tables = {r[0] for r in con.execute("show tables").fetchall()}
        assert set(TABLES) <= tables and not any(t.endswith("__with_primary_key") for t in tables)
    finally:
        con.close()


def test_a_key_repeated_inside_one_batch_is_loaded_once(tmp_path: Path) -> None:
    """Without key constraints the loader itself keeps a key unique within a batch."""
    db = tmp_path / "w.duckdb"
    row = {
        "statement_id": "s1",
        "target": "US",
        "target_mention": "de VS",
        "polarity": -0.5,
        "subjectivity": 0.5,
        "stance": "negative",
        "evidence": "[]",
    }
    frame = pl.DataFrame([row, {**row, "polarity": 0.9}])
    inserted = load_batch(db, LoadBatch(stances=frame))
    assert inserted["stances"] == 1
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("select polarity from stances").fetchall() == [(-0.5,)]
    finally:
        con.close()
