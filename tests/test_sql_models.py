"""Each SQL model on a few hand-written rows, with exact expected output."""

from __future__ import annotations

import math
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest

from warehouse.load import init_warehouse
from warehouse.models import (
    SQL_DIR,
    DataTestFailed,
    build,
    declared_order,
    load_models,
    model_files,
)

T0 = datetime(2025, 1, 1, 12, 0)


def _article(con, article_id, published, precision, duplicate_of=None, body="x" * 200):
    con.execute(
        "insert into articles (article_id, source_file, content_sha256, title, source, published,"
        " published_precision, published_from, body, duplicate_of, ingested_at)"
        " values (?, ?, ?, null, null, ?, ?, 'header', ?, ?, ?)",
        [
            article_id,
            f"{article_id}.txt",
            "h" + article_id,
            published,
            precision,
            body,
            duplicate_of,
            T0,
        ],
    )


def _statement(
    con, statement_id, article_id, speaker, target, polarity, stance=None, start=0, end=10
):
    body = con.execute("select body from articles where article_id = ?", [article_id]).fetchone()[0]
    con.execute(
        "insert into statements values (?, ?, ?, 'direct', ?, ?, ?, ?, 'zei')",
        [statement_id, article_id, speaker, body[start:end], start, end, speaker],
    )
    stance = stance or (
        "positive" if polarity > 0.1 else "negative" if polarity < -0.1 else "neutral"
    )
    con.execute(
        "insert into stances values (?, ?, ?, ?, 0.5, ?, '[]', false, ?, 0.9)",
        [statement_id, target, target, polarity, stance, stance],
    )


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "w.duckdb"
    init_warehouse(path)
    return path


def _fill(db: Path, rows) -> None:
    con = duckdb.connect(str(db))
    try:
        rows(con)
    finally:
        con.close()


def _query(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_every_model_file_is_in_the_declared_order_and_every_entry_has_a_file():
    assert sorted(declared_order()) == model_files()
    assert len(set(declared_order())) == len(declared_order())


def test_each_model_file_starts_with_a_header_naming_its_grain_and_upstream():
    for model in load_models():
        header = "\n".join(ln for ln in model.sql().splitlines() if ln.startswith("--"))
        assert "Grain:" in header, model.name
        assert "Upstream:" in header, model.name


def test_each_data_test_states_its_rule():
    tests = sorted((SQL_DIR / "tests").glob("*.sql"))
    assert tests
    for path in tests:
        assert path.read_text().startswith("-- Rule:"), path.name


def test_order_mismatch_is_reported(tmp_path: Path):
    sql = tmp_path / "sql"
    for layer in ("staging", "intermediate", "marts"):
        (sql / layer).mkdir(parents=True)
    (sql / "staging" / "stg_a.sql").write_text("select 1 as a")
    (sql / "models.txt").write_text("staging/stg_b.sql\n")
    with pytest.raises(ValueError, match="stg_b.sql.*stg_a.sql"):
        load_models(sql)


def test_stage_flags_dates_to_month_and_week(db: Path):
    _fill(
        db,
        lambda con: (
            _article(con, "a", date(2025, 7, 15), "day"),
            _article(con, "b", date(2021, 4, 1), "month"),
            _article(con, "c", date(2020, 1, 1), "year"),
            _article(con, "d", None, "unknown", duplicate_of="a"),
        ),
    )
    build(db)
    rows = _query(
        db,
        "select article_id, is_canonical, published_month, published_week "
        "from stg_articles order by article_id",
    )
    assert rows == [
        ("a", True, date(2025, 7, 1), date(2025, 7, 14)),
        ("b", True, date(2021, 4, 1), None),
        ("c", True, None, None),
        ("d", False, None, None),
    ]


def test_int_stances_dated_leaves_out_duplicate_articles(db: Path):
    def rows(con):
        _article(con, "a", date(2025, 7, 15), "day")
        _article(con, "b", date(2025, 7, 15), "day")
        _statement(con, "s1", "a", "Peskov", "US", 0.5)
        _statement(con, "s2", "b", "Peskov", "US", 0.5)
        con.execute("update articles set duplicate_of = 'a' where article_id = 'b'")
        con.execute("delete from stances where statement_id = 's2'")
        con.execute("delete from statements where statement_id = 's2'")

    _fill(db, rows)
    build(db)
    assert _query(db, "select statement_id from int_stances_dated") == [("s1",)]


def test_monthly_trend_counts_means_shares_interval_and_rolling_mean(db: Path):
    def rows(con):
        _article(con, "a", date(2025, 5, 3), "day")
        _article(con, "b", date(2025, 6, 1), "month")
        _article(con, "c", date(2025, 7, 9), "day")
        _article(con, "u", None, "unknown")
        _statement(con, "s1", "a", "Peskov", "US", 0.4, start=0, end=5)
        _statement(con, "s2", "a", "Peskov", "US", -0.2, start=5, end=10)
        _statement(con, "s3", "b", "Peskov", "US", 0.0)
        _statement(con, "s4", "c", "Peskov", "US", -0.6)
        _statement(con, "s5", "c", "Lavrov", "US", -0.3, start=20, end=30)
        _statement(con, "s6", "u", "Peskov", "US", 0.9)  # undated: never in a dated trend

    _fill(db, rows)
    build(db)
    got = _query(
        db,
        "select month, speaker, target, n_statements, n_articles, avg_polarity, share_positive,"
        " share_neutral, share_negative, ci_low, ci_high, rolling_avg_polarity"
        " from stance_trend_monthly order by month, speaker",
    )
    sd = math.sqrt(((0.4 - 0.1) ** 2 + (-0.2 - 0.1) ** 2) / 1)
    half = 1.96 * sd / math.sqrt(2)
    expected = [
        (date(2025, 5, 1), "Peskov", "US", 2, 1, 0.1, 0.5, 0.0, 0.5, 0.1 - half, 0.1 + half, 0.1),
        (date(2025, 6, 1), "Peskov", "US", 1, 1, 0.0, 0.0, 1.0, 0.0, None, None, 0.2 / 3),
        (date(2025, 7, 1), "Lavrov", "US", 1, 1, -0.3, 0.0, 0.0, 1.0, None, None, -0.3),
        (date(2025, 7, 1), "Peskov", "US", 1, 1, -0.6, 0.0, 0.0, 1.0, None, None, -0.4 / 4),
    ]
    assert len(got) == len(expected)
    for g, e in zip(got, expected, strict=True):
        assert g[:5] == e[:5]
        for a, b in zip(g[5:], e[5:], strict=True):
            assert (a is None and b is None) or a == pytest.approx(b)


def test_weekly_trend_uses_only_day_precise_articles(db: Path):
    def rows(con):
        _article(con, "a", date(2025, 7, 15), "day")
        _article(con, "b", date(2025, 7, 1), "month")
        _statement(con, "s1", "a", "Lavrov", "US", -0.5)
        _statement(con, "s2", "b", "Lavrov", "US", 0.5)

    _fill(db, rows)
    build(db)
    assert _query(
        db, "select week, speaker, n_statements, avg_polarity from stance_trend_weekly"
    ) == [(date(2025, 7, 14), "Lavrov", 1, -0.5)]


def test_kremlin_series_puts_all_speakers_together(db: Path):
    def rows(con):
        _article(con, "a", date(2025, 7, 15), "day")
        _statement(con, "s1", "a", "Lavrov", "US", -0.5, start=0, end=5)
        _statement(con, "s2", "a", "Peskov", "US", 0.3, start=5, end=10)
        _statement(con, "s3", "a", "Peskov", "NATO", -0.8, start=10, end=15)

    _fill(db, rows)
    build(db)
    got = _query(
        db,
        "select month, target, n_statements, n_articles, avg_polarity"
        " from kremlin_trend_monthly order by target",
    )
    assert got[0][:4] == (date(2025, 7, 1), "NATO", 1, 1)
    assert got[1][:4] == (date(2025, 7, 1), "US", 2, 1)
    assert got[1][4] == pytest.approx(-0.1)


def test_shift_is_reported_when_the_mean_leaves_the_previous_interval(db: Path):
    def rows(con):
        _article(con, "a", date(2025, 5, 3), "day")
        _article(con, "b", date(2025, 6, 3), "day")
        for i, p in enumerate([0.3, 0.35, 0.4]):
            _statement(con, f"m{i}", "a", "Peskov", "US", p, start=i * 10, end=i * 10 + 5)
        for i, p in enumerate([-0.5, -0.6, -0.1]):
            _statement(con, f"j{i}", "b", "Lavrov", "US", p, start=i * 10, end=i * 10 + 5)

    _fill(db, rows)
    build(db)
    got = _query(
        db,
        "select month, target, previous_month, direction, n_statements,"
        " list_transform(top_statements, lambda x: x.statement_id) from stance_shifts",
    )
    assert got == [(date(2025, 6, 1), "US", date(2025, 5, 1), "down", 3, ["j1", "j0", "j2"])]


def test_no_shift_when_the_mean_stays_inside_the_interval(db: Path):
    def rows(con):
        _article(con, "a", date(2025, 5, 3), "day")
        _article(con, "b", date(2025, 6, 3), "day")
        for i, p in enumerate([-0.5, 0.5]):
            _statement(con, f"m{i}", "a", "Peskov", "US", p, start=i * 10, end=i * 10 + 5)
        _statement(con, "j0", "b", "Peskov", "US", 0.1)

    _fill(db, rows)
    build(db)
    assert _query(db, "select count(*) from stance_shifts") == [(0,)]


def test_coverage_shows_quiet_months_undated_articles_and_rejections(db: Path):
    def rows(con):
        _article(con, "a", date(2025, 3, 3), "day")
        _article(con, "b", date(2025, 5, 3), "day")
        _article(con, "c", date(2025, 5, 3), "day", duplicate_of="b")
        _article(con, "u", None, "unknown")
        _article(con, "y", date(2024, 1, 1), "year")
        _statement(con, "s1", "b", "Peskov", "US", 0.5)
        con.execute(
            "insert into rejected_files (source_file, reason, seen_at)"
            " values ('bad.txt', 'empty file', timestamp '2025-04-20 10:00:00')"
        )

    _fill(db, rows)
    build(db)
    got = _query(
        db,
        "select month, is_dated, n_articles, n_canonical, n_duplicates, n_year_only,"
        " n_statements, n_us_stances, n_rejected from coverage",
    )
    assert got == [
        (date(2025, 3, 1), True, 1, 1, 0, 0, 0, 0, 0),
        (date(2025, 4, 1), True, 0, 0, 0, 0, 0, 0, 1),
        (date(2025, 5, 1), True, 2, 1, 1, 0, 1, 1, 0),
        (None, False, 2, 2, 0, 1, 0, 0, 0),
    ]


def test_failing_data_test_keeps_the_published_marts_and_names_the_rows(db: Path):
    def good(con):
        _article(con, "a", date(2025, 7, 15), "day")
        _statement(con, "s1", "a", "Peskov", "US", 0.5)

    _fill(db, good)
    build(db)

    def bad(con):
        _article(con, "b", date(2025, 8, 15), "day")
        _statement(con, "s2", "b", "Peskov", "US", 0.5)
        con.execute("update stances set polarity = 2.0 where statement_id = 's2'")

    _fill(db, bad)
    with pytest.raises(DataTestFailed, match=r"polarity_in_range.*1 row") as info:
        build(db)
    assert "s2" in str(info.value)
    # the marts still show the last good build: August was never published
    assert _query(db, "select month from stance_trend_monthly") == [(date(2025, 7, 1),)]


def test_statement_offsets_are_checked_for_rows_of_runs_that_did_not_complete(db: Path):
    """statement_offsets_point_into_body checks the rows of the running or interrupted runs,
    not again the rows of completed runs (those passed when their run completed)."""

    def rows(con):
        runs = (("done", "completed"), ("now", "running"), ("killed", "interrupted"))
        for run_id, status in runs:
            con.execute(
                "insert into runs (run_id, started_at, status) values (?, ?, ?)",
                [run_id, T0, status],
            )
        for article_id, run_id in (("a", "done"), ("b", "now"), ("c", "killed"), ("d", None)):
            _article(con, article_id, date(2025, 7, 15), "day")
            con.execute("update articles set run_id = ? where article_id = ?", [run_id, article_id])
            _statement(con, f"s{article_id}", article_id, "Peskov", "US", 0.5)
        con.execute("update statements set char_start = char_start + 1")  # every row is wrong

    _fill(db, rows)
    with pytest.raises(DataTestFailed, match=r"statement_offsets_point_into_body.*3 row") as info:
        build(db)
    assert all(s in str(info.value) for s in ("sb", "sc", "sd")) and "sa" not in str(info.value)
