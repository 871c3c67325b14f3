"""The command line: messages instead of tracebacks, read-only SQL, documented commands."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
from click.testing import CliRunner

from stancewatch.cli import main
from warehouse.load import LoadBatch, init_warehouse, load_batch

README = Path(__file__).resolve().parent.parent / "README.md"


def _warehouse(tmp_path: Path) -> Path:
    db = tmp_path / "w.duckdb"
    init_warehouse(db)
    rejected = pl.DataFrame(
        {"source_file": ["leeg.txt"], "reason": ["empty file (0 bytes)"], "content_sha256": ["e3"]},
    ).with_columns(pl.lit("2025-07-15 10:00:00").str.to_datetime().alias("seen_at"))
    load_batch(db, LoadBatch(rejected_files=rejected))
    return db


def test_sql_prints_a_table(tmp_path: Path):
    db = _warehouse(tmp_path)
    result = CliRunner().invoke(main, ["sql", "select source_file, reason from rejected_files",
                                       "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "leeg.txt" in result.output and "(1 rows)" in result.output


def test_sql_formats_csv_json_and_markdown(tmp_path: Path):
    db = _warehouse(tmp_path)
    q = "select source_file from rejected_files"
    out = {
        fmt: CliRunner().invoke(main, ["sql", q, "--db", str(db), "--format", fmt]).output
        for fmt in ("csv", "json", "markdown")
    }
    assert out["csv"] == "source_file\nleeg.txt\n"
    assert '"source_file": "leeg.txt"' in out["json"]
    assert out["markdown"].startswith("| source_file")


def test_sql_refuses_a_write_with_a_clear_message(tmp_path: Path):
    db = _warehouse(tmp_path)
    result = CliRunner().invoke(main, ["sql", "delete from rejected_files", "--db", str(db)])
    assert result.exit_code == 2
    assert "read-only" in result.output and "DELETE" in result.output
    assert "Traceback" not in result.output


def test_sql_shows_the_duckdb_error_not_a_traceback(tmp_path: Path):
    db = _warehouse(tmp_path)
    result = CliRunner().invoke(main, ["sql", "select * from nope", "--db", str(db)])
    assert result.exit_code == 1
    assert "Catalog Error" in result.output and "Traceback" not in result.output


def test_sql_on_a_missing_warehouse_says_how_to_make_one(tmp_path: Path):
    result = CliRunner().invoke(main, ["sql", "select 1", "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 1
    assert "stancewatch run" in result.output


def test_run_on_a_missing_folder_fails_with_a_message(tmp_path: Path):
    result = CliRunner().invoke(main, ["run", "--seeds", str(tmp_path / "nope"),
                                       "--db", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 1
    assert "does not exist" in result.output


def test_every_command_is_documented_in_the_readme():
    readme = README.read_text(encoding="utf-8")
    for name in main.commands:
        assert re.search(rf"stancewatch {name}\b", readme), f"`stancewatch {name}` not in README"


def test_train_stance_without_labelled_sets_fails_with_a_message(tmp_path: Path):
    result = CliRunner().invoke(main, ["train-stance", "--sets", str(tmp_path)])
    assert result.exit_code == 1
    assert "no labelled sets" in result.output and "Traceback" not in result.output


def test_train_stance_writes_weights_the_pipeline_can_read(tmp_path: Path):
    import shutil

    from stancewatch.learned import load_model
    from stancewatch.learned_target import TARGET_CSV, load_target_model

    shipped_before = TARGET_CSV.read_bytes()
    sets = tmp_path / "sets"
    for name in ("heldout2", "heldout3"):
        shutil.copytree(Path(__file__).parent / name, sets / name)
    out = tmp_path / "model.csv"
    result = CliRunner().invoke(main, ["train-stance", "--sets", str(sets), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "in 2 sets" in result.output
    model = load_model(out)
    assert "rule:negative" in model.weights and "(heldout2 … heldout3)" in out.read_text()
    # the target layer's weights go beside --out, never over the shipped ones
    target = load_target_model(tmp_path / "model.target.csv")
    assert "adj_us" in target.weights or "cp:US" in target.weights
    assert TARGET_CSV.read_bytes() == shipped_before
