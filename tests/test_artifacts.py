"""The run artifacts' content: built by pure functions, checked without a Prefect server."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import duckdb
import pytest

from flows import artifacts
from flows.artifacts import (
    EXCERPT_CHARS,
    NEW_US_KEY,
    PROGRESS_KEY,
    SUMMARY_KEY,
    run_title,
    summary_markdown,
    trigger_of,
    us_stance_section,
    us_statement_rows,
)
from flows.pipeline import RunSummary


def _summary(**counts: object) -> RunSummary:
    base: dict[str, object] = {
        "run_id": "abc123def456",
        "seeds_dir": "/data/binnen",
        "db_path": "/data/stancewatch.duckdb",
        "files_seen": 7,
        "files_new": 4,
        "duplicates": 1,
        "rejected": 2,
        "unchanged": 1,
        "statements": 9,
        "stances": 6,
        "stances_us": 3,
        "batches": 1,
        "data_tests_passed": 13,
        "data_tests_failed": 0,
        "rejected_reasons": {"empty file": 1, "not UTF-8 or Windows-1252 text": 1},
    }
    base.update(counts)
    return RunSummary(**base)  # type: ignore[arg-type]


def _month(ym: str, n: int, mean: float, lo: float | None, hi: float | None) -> dict:
    return {
        "month": date.fromisoformat(f"{ym}-01"),
        "n_statements": n,
        "n_articles": 1,
        "avg_polarity": mean,
        "ci_low": lo,
        "ci_high": hi,
        "share_negative": 0.75,
        "share_positive": 0.0,
    }


def test_artifact_keys_are_lowercase_dash():
    for key in (SUMMARY_KEY, NEW_US_KEY, PROGRESS_KEY):
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", key), key


def test_summary_counts_files_rejections_statements_and_data_tests():
    md = summary_markdown(_summary(), [], date(2026, 3, 15), trigger="watch")
    assert "Started by **watch**" in md
    assert "| seen in the folder | 7 |" in md
    assert "| new articles | 4 |" in md
    assert "| … of which duplicates of an earlier article | 1 |" in md
    assert "| unchanged since an earlier run | 1 |" in md
    assert "| rejected | 2 |" in md
    assert md.startswith("# watch: binnen +4 new (1 dup), 2 rejected")
    assert "`runs` table this is run `abc123def456`" in md
    assert "- 1 × empty file" in md and "- 1 × not UTF-8 or Windows-1252 text" in md
    assert "found: **9**" in md and "toward the US: **3**" in md
    assert "13 of 13 passed (all passed)" in md


def test_summary_says_failed_data_tests_kept_the_marts_unpublished():
    md = summary_markdown(
        _summary(data_tests_passed=11, data_tests_failed=2), [], date(2026, 3, 15)
    )
    assert "11 of 13 passed (**FAILED: marts not published**)" in md


def test_summary_of_a_run_with_nothing_new_says_the_marts_were_kept():
    summary = _summary(files_new=0, data_tests_passed=0, marts_rebuilt=False)
    md = summary_markdown(summary, [], date(2026, 3, 15))
    assert "marts were kept as they were" in md and "0 of 0" not in md


def test_summary_without_rejections_has_no_reason_list():
    md = summary_markdown(_summary(rejected=0, rejected_reasons={}), [], date(2026, 3, 15))
    assert "Rejected, by reason" not in md


def test_summary_reports_an_unreadable_trend_instead_of_failing():
    md = summary_markdown(_summary(), [], date(2026, 3, 15), trend_error="IOException: locked")
    assert "Could not read the trend: IOException: locked" in md


def test_us_stance_compares_this_month_with_last_month():
    rows = [_month("2026-02", 5, -0.10, -0.15, -0.05), _month("2026-03", 4, -0.40, -0.50, -0.30)]
    text = "\n".join(us_stance_section(rows, date(2026, 3, 20)))
    assert "| this month | 2026-03 | 4 | -0.40 | -0.50 … -0.30 | 75% |" in text
    assert "| last month | 2026-02 | 5 | -0.10 |" in text
    assert "**More negative** than the month before (-0.10 → -0.40)." in text
    assert "overlap" not in text


def test_us_stance_with_overlapping_intervals_is_not_called_a_shift():
    rows = [_month("2026-02", 5, 0.10, -0.20, 0.40), _month("2026-03", 4, 0.30, 0.00, 0.60)]
    text = "\n".join(us_stance_section(rows, date(2026, 3, 2)))
    assert "**More positive**" in text and "not a clear shift yet" in text


def test_us_stance_in_january_compares_with_december_of_the_year_before():
    rows = [_month("2025-12", 3, -0.2, None, None), _month("2026-01", 3, -0.21, None, None)]
    text = "\n".join(us_stance_section(rows, date(2026, 1, 5)))
    assert "| last month | 2025-12 | 3 | -0.20 | – (too few) |" in text
    assert "About the same as the month before" in text


def test_us_stance_falls_back_to_the_latest_month_with_statements():
    rows = [_month("2021-04", 1, -0.30, None, None), _month("2025-07", 4, -0.25, -0.3, -0.2)]
    text = "\n".join(us_stance_section(rows, date(2026, 11, 23)))
    assert "| this month | 2026-11 | 0 |" in text and "| last month | 2026-10 | 0 |" in text
    assert "| latest with data | 2025-07 | 4 | -0.25 |" in text
    assert "| month before that | 2025-06 | 0 |" in text
    assert "the latest month with any is 2025-07" in text
    assert "There is none in 2025-06 to compare it with." in text


def test_us_stance_without_any_dated_statement_says_so():
    text = "\n".join(us_stance_section([], date(2026, 11, 23)))
    assert "No dated Kremlin statement toward the US" in text


def test_us_statement_rows_shorten_text_and_link_the_source_file(tmp_path: Path):
    long = "Lavrov zei dat Washington   de schuld draagt.\n" + "x" * 400
    rows = us_statement_rows(
        [
            {
                "speaker": "Lavrov",
                "stance": "negative",
                "polarity": -0.4166,
                "text": long,
                "source_file": "sub/a.txt",
                "title": None,
                "article_id": "id1",
            }
        ],
        str(tmp_path),
    )
    (row,) = rows
    assert row["polarity"] == -0.42
    assert len(row["statement"]) == EXCERPT_CHARS and row["statement"].endswith("…")
    assert row["statement"].startswith("Lavrov zei dat Washington de schuld")
    assert row["article"] == "sub/a.txt"
    assert row["link"] == (tmp_path / "sub" / "a.txt").as_uri()


def test_us_statement_rows_use_the_article_id_when_the_folder_is_relative():
    rows = us_statement_rows(
        [
            {
                "speaker": "Peskov",
                "stance": "neutral",
                "polarity": 0.0,
                "text": "Peskov: geen commentaar.",
                "source_file": "b.txt",
                "title": "Kremlin zwijgt",
                "article_id": "id2",
            }
        ],
        "seeds",
    )
    assert rows[0]["link"] == "article:id2" and rows[0]["article"] == "Kremlin zwijgt"


def test_run_title_says_what_the_run_did():
    assert run_title(_summary(), "watch") == (
        "watch: binnen +4 new (1 dup), 2 rejected, 9 statements, 3 toward US"
    )
    idle = _summary(files_new=0, duplicates=0, rejected=0, statements=0, stances_us=0)
    assert run_title(idle, "schedule") == "schedule: binnen nothing new"
    assert "2 data tests FAILED" in run_title(_summary(data_tests_failed=2))


@pytest.mark.parametrize(
    ("tags", "trigger"),
    [
        (["stancewatch", "watch"], "watch"),
        (["stancewatch", "catch-up"], "catch-up"),
        (["auto-scheduled", "stancewatch"], "schedule"),
        (["stancewatch"], "manual"),
        ([], "manual"),
    ],
)
def test_trigger_is_read_from_the_run_tags(tags: list[str], trigger: str):
    assert trigger_of(tags) == trigger


def _tiny_warehouse(path: Path) -> None:
    con = duckdb.connect(str(path))
    con.execute(
        "create table articles (article_id varchar, source_file varchar, title varchar, "
        "run_id varchar)"
    )
    con.execute(
        "create table statements (statement_id varchar, article_id varchar, speaker varchar, "
        "text varchar, char_start integer)"
    )
    con.execute(
        "create table stances (statement_id varchar, target varchar, stance varchar, "
        "polarity double)"
    )
    con.execute(
        "create table kremlin_trend_monthly (month date, target varchar, n_statements bigint, "
        "n_articles bigint, avg_polarity double, ci_low double, ci_high double, "
        "share_negative double, share_positive double)"
    )
    con.execute(
        "insert into articles values ('a1', 'nieuw.txt', 'Nieuw', 'run1'), "
        "('a0', 'oud.txt', 'Oud', 'run0')"
    )
    con.execute(
        "insert into statements values ('s2', 'a1', 'Peskov', 'Tweede uitspraak over de VS.', 90),"
        "('s1', 'a1', 'Lavrov', 'Eerste uitspraak over de VS.', 10),"
        "('s3', 'a1', 'Lavrov', 'Over de NAVO.', 50),"
        "('s0', 'a0', 'Poetin', 'Oude uitspraak over de VS.', 5)"
    )
    con.execute(
        "insert into stances values ('s1', 'US', 'negative', -0.5), ('s2', 'US', 'neutral', 0.0),"
        "('s3', 'NATO', 'negative', -0.6), ('s0', 'US', 'negative', -0.3)"
    )
    con.execute(
        "insert into kremlin_trend_monthly values ('2025-07-01', 'US', 3, 2, -0.27, -0.4, -0.1, "
        "0.66, 0.0), ('2025-07-01', 'NATO', 1, 1, -0.6, null, null, 1.0, 0.0)"
    )
    con.close()


def test_publish_reads_only_this_runs_us_statements_in_text_order(tmp_path: Path, monkeypatch):
    db = tmp_path / "w.duckdb"
    _tiny_warehouse(db)
    made: dict[str, dict] = {}
    monkeypatch.setattr(
        "prefect.artifacts.create_markdown_artifact", lambda **kw: made.setdefault(kw["key"], kw)
    )
    monkeypatch.setattr(
        "prefect.artifacts.create_table_artifact", lambda **kw: made.setdefault(kw["key"], kw)
    )
    monkeypatch.setattr(artifacts, "_run_tags", lambda: ["stancewatch", "watch"])
    renamed: list[str] = []
    monkeypatch.setattr(
        artifacts, "_rename_run", lambda title, tags, trigger: renamed.append(title)
    )

    artifacts.publish_run_artifacts(_summary(run_id="run1", seeds_dir=str(tmp_path)), str(db))

    table = made[NEW_US_KEY]["table"]
    assert [(r["speaker"], r["stance"]) for r in table] == [
        ("Lavrov", "negative"),
        ("Peskov", "neutral"),
    ]
    assert table[0]["link"] == (tmp_path / "nieuw.txt").as_uri()
    assert made[NEW_US_KEY]["description"].startswith("2 new statement(s) toward the US")
    assert "| latest with data | 2025-07 | 3 | -0.27 |" in made[SUMMARY_KEY]["markdown"]
    assert renamed and renamed[0].startswith("watch: ")


def test_publish_without_a_readable_warehouse_still_publishes_and_never_raises(
    tmp_path: Path, monkeypatch
):
    made: dict[str, dict] = {}
    monkeypatch.setattr(
        "prefect.artifacts.create_markdown_artifact", lambda **kw: made.setdefault(kw["key"], kw)
    )
    monkeypatch.setattr(
        "prefect.artifacts.create_table_artifact", lambda **kw: made.setdefault(kw["key"], kw)
    )
    monkeypatch.setattr(artifacts, "_run_tags", lambda: [])
    monkeypatch.setattr(artifacts, "_rename_run", lambda *a: None)

    artifacts.publish_run_artifacts(_summary(), str(tmp_path / "missing.duckdb"))

    assert "Could not read the trend" in made[SUMMARY_KEY]["markdown"]
    assert made[NEW_US_KEY]["description"].startswith("Could not read the new statements")


def test_publish_swallows_a_failing_prefect_api(tmp_path: Path, monkeypatch, caplog):
    def boom(**_kw: object) -> None:
        raise RuntimeError("API down")

    monkeypatch.setattr("prefect.artifacts.create_markdown_artifact", boom)
    monkeypatch.setattr(artifacts, "_run_tags", lambda: [])
    artifacts.publish_run_artifacts(_summary(), str(tmp_path / "missing.duckdb"))
    assert "could not publish the run artifacts" in caplog.text
