"""The whole flow on the seed articles, into a temporary warehouse: the contract of issue #2."""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

import duckdb
import pytest

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

pytestmark = pytest.mark.usefixtures("prefect_harness")

CONTRACT = {
    "articles": {
        "article_id",
        "source_file",
        "content_sha256",
        "title",
        "source",
        "published",
        "published_precision",
        "body",
        "duplicate_of",
        "ingested_at",
    },
    "rejected_files": {"source_file", "reason", "seen_at"},
    "statements": {
        "statement_id",
        "article_id",
        "speaker",
        "kind",
        "text",
        "char_start",
        "char_end",
    },
    "stances": {"statement_id", "target", "polarity", "subjectivity", "stance"},
    "stance_trend_monthly": {"month", "speaker", "target", "n_statements", "avg_polarity"},
}


def _run(seeds: Path, db: Path):
    from flows.pipeline import stancewatch_pipeline

    return stancewatch_pipeline(seeds_dir=str(seeds), db_path=str(db))


def _rows(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def _counts(db: Path) -> dict[str, int]:
    return {t: _rows(db, f"select count(*) from {t}")[0][0] for t in CONTRACT}


@pytest.fixture()
def warehouse(seeds_dir: Path, db_path: Path) -> Path:
    summary = _run(seeds_dir, db_path)
    assert summary.files_seen == 3 and summary.files_new == 3
    return db_path


def test_run_fills_the_contract_tables_with_their_columns(warehouse: Path):
    for table, columns in CONTRACT.items():
        got = {r[0] for r in _rows(warehouse, f"describe {table}")}
        assert columns <= got, (table, columns - got)
    counts = _counts(warehouse)
    assert counts["articles"] == 3
    assert counts["rejected_files"] == 0
    assert counts["statements"] >= 20
    assert counts["stance_trend_monthly"] >= 1


def test_seed_001_is_dated_april_2021_with_month_precision(warehouse: Path):
    rows = _rows(
        warehouse,
        "select published, published_precision from articles where source_file like '001_%'",
    )
    assert [(str(rows[0][0]), rows[0][1])] == [("2021-04-01", "month")]


def test_repeated_half_of_001_yields_no_second_copy_of_a_statement(warehouse: Path):
    texts = [
        r[0]
        for r in _rows(
            warehouse,
            "select s.text from statements s join articles a using (article_id) "
            "where a.source_file like '001_%'",
        )
    ]
    folded = [re.sub(r"\W+", " ", t).strip().lower() for t in texts]
    assert texts and len(folded) == len(set(folded))
    assert not any(
        "normaliseren" in a and "normaliseren" in b
        for i, a in enumerate(folded)
        for b in folded[i + 1 :]
    )


def test_lavrov_blaming_the_sanctions_on_the_us_is_negative_toward_the_us(warehouse: Path):
    rows = _rows(
        warehouse,
        "select st.stance from statements s join stances st using (statement_id) "
        "join articles a using (article_id) where a.source_file like '000_%' "
        "and s.speaker = 'Lavrov' and s.text like '%schuld voor die sancties%' "
        "and st.target = 'US'",
    )
    assert rows == [("negative",)]


def test_biden_quotes_are_never_given_to_a_russian_speaker(warehouse: Path):
    # Biden's own words: his 'moordenaar' sentence and his de-escalation quote. (Peskov's sentence
    # that only *mentions* the insult, "Hij verwees naar ... een 'moordenaar' had genoemd", is his.)
    rows = _rows(
        warehouse,
        "select speaker, text from statements where text like '%moment van de-escalatie%' "
        "or text like '%Biden ging zo ver%' or (kind = 'direct' and text like '%moordenaar%')",
    )
    assert rows == []


def test_statement_offsets_cut_their_text_out_of_the_body(warehouse: Path):
    rows = _rows(
        warehouse,
        "select s.text, a.body, s.char_start, s.char_end from statements s "
        "join articles a using (article_id)",
    )
    for text, body, start, end in rows:
        assert body[start:end] == text


def test_monthly_trend_has_the_2021_and_2025_kremlin_toward_the_us(warehouse: Path):
    months = {
        str(r[0])
        for r in _rows(warehouse, "select month from stance_trend_monthly where target = 'US'")
    }
    assert {"2021-04-01", "2025-07-01"} <= months
    # 000 has no date: its statements are kept but are in no dated trend, and coverage says so
    undated = _rows(warehouse, "select n_articles, n_statements from coverage where month is null")
    assert undated[0][0] == 1


def test_second_run_changes_nothing(warehouse: Path, seeds_dir: Path):
    before = _counts(warehouse)
    summary = _run(seeds_dir, warehouse)
    assert (summary.files_new, summary.rejected, summary.statements) == (0, 0, 0)
    assert _counts(warehouse) == before


def test_run_after_new_files_processes_only_those(warehouse: Path, seeds_dir: Path):
    before = _counts(warehouse)
    shutil.copy(SEEDS / "000_e548aadcba4034d3.txt", seeds_dir / "herpublicatie.txt")
    (seeds_dir / "leeg.txt").write_text("")
    for name in ("herpublicatie.txt", "leeg.txt"):  # written a while ago, not still being written
        os.utime(seeds_dir / name, (time.time() - 60, time.time() - 60))
    summary = _run(seeds_dir, warehouse)
    assert (summary.files_seen, summary.files_new, summary.duplicates, summary.rejected) == (
        5,
        1,
        1,
        1,
    )
    after = _counts(warehouse)
    assert after["articles"] == before["articles"] + 1
    assert after["statements"] == before["statements"]  # a duplicate adds no statements
    assert _rows(warehouse, "select source_file from rejected_files") == [("leeg.txt",)]
