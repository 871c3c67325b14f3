"""The chart and shifts artifacts each run attaches (issue #5), built without a server."""

from __future__ import annotations

import base64
from datetime import date
from pathlib import Path

from flows.artifacts import chart_markdown, shift_rows

SHIFTS = [
    {
        "month": date(2025, 6, 1),
        "target": "US",
        "direction": "down",
        "delta": -0.55,
        "previous_avg_polarity": 0.35,
        "avg_polarity": -0.2,
        "top_statements": [
            {
                "statement_id": "s1",
                "speaker": "Lavrov",
                "polarity": -0.6,
                "statement_text": "De VS | ondermijnen alles",
            },
        ],
    },
    {
        "month": date(2025, 3, 1),
        "target": "NATO",
        "direction": "up",
        "delta": 0.3,
        "previous_avg_polarity": -0.5,
        "avg_polarity": -0.2,
        "top_statements": [],
    },
]


def test_shift_rows_are_newest_first_with_the_statements_that_moved_them():
    rows = shift_rows(SHIFTS)
    assert [(r["month"], r["target"], r["direction"]) for r in rows] == [
        ("2025-06", "US", "down"),
        ("2025-03", "NATO", "up"),
    ]
    assert rows[0]["mean"] == "+0.35 -> -0.20"
    assert rows[0]["statements"].startswith("Lavrov (-0.60): De VS")


def test_chart_markdown_embeds_the_png_links_the_file_and_lists_shifts(tmp_path: Path):
    png = b"\x89PNG\r\n\x1a\nfake"
    md = chart_markdown(png, tmp_path / "us_stance_monthly.png", shift_rows(SHIFTS))
    uri = md.split("](data:image/png;base64,")[1].split(")")[0]
    assert base64.b64decode(uri) == png
    assert (tmp_path / "us_stance_monthly.png").as_uri() in md
    table = [ln for ln in md.splitlines() if ln.startswith("| 2025-06")]
    assert len(table) == 1 and table[0].count("|") == 7  # a '|' in a statement cannot break it


def test_chart_markdown_says_when_there_is_no_shift_yet(tmp_path: Path):
    md = chart_markdown(b"png", tmp_path / "c.png", [])
    assert "No month has moved" in md


def _count_drawings(monkeypatch) -> list[int]:
    import stancewatch.charts

    calls: list[int] = []
    real = stancewatch.charts.chart_png_bytes

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(stancewatch.charts, "chart_png_bytes", counting)
    return calls


def test_chart_png_is_reused_while_the_monthly_figures_are_unchanged(tmp_path: Path, monkeypatch):
    from test_charts import _kremlin

    from flows.artifacts import chart_png

    calls = _count_drawings(monkeypatch)
    png_path = tmp_path / "reports" / "us_stance_monthly.png"
    first = chart_png(_kremlin(), png_path)
    second = chart_png(_kremlin(), png_path)
    assert first.startswith(b"\x89PNG") and second == first == png_path.read_bytes()
    assert len(calls) == 1


def test_chart_png_is_drawn_again_when_the_figures_or_the_file_change(
    tmp_path: Path, monkeypatch
):
    import polars as pl
    from test_charts import _kremlin

    from flows.artifacts import chart_png

    calls = _count_drawings(monkeypatch)
    png_path = tmp_path / "us_stance_monthly.png"
    chart_png(_kremlin(), png_path)
    changed = _kremlin().with_columns(pl.col("avg_polarity") * 0.5)
    chart_png(changed, png_path)
    assert len(calls) == 2
    png_path.write_bytes(b"not the chart")  # e.g. overwritten by hand
    assert chart_png(changed, png_path).startswith(b"\x89PNG")
    assert len(calls) == 3
    png_path.with_name(png_path.name + ".key").write_text("garbage")
    chart_png(changed, png_path)
    assert len(calls) == 4
