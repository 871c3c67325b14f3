"""Charts and the HTML report: valid PNGs, visible gaps, a self-contained and escaped page."""

from __future__ import annotations

import base64
import math
import re
from datetime import date, datetime
from pathlib import Path

import matplotlib.image as mpimg
import numpy as np
import polars as pl
import pytest

from stancewatch import charts

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

_TREND_SCHEMA = {
    "month": pl.Date,
    "target": pl.String,
    "n_statements": pl.Int64,
    "n_articles": pl.Int64,
    "avg_polarity": pl.Float64,
    "share_positive": pl.Float64,
    "share_neutral": pl.Float64,
    "share_negative": pl.Float64,
    "ci_low": pl.Float64,
    "ci_high": pl.Float64,
    "rolling_avg_polarity": pl.Float64,
}


def _row(month: date, n: int, mean: float, half: float | None, roll: float, target: str = "US"):
    return {
        "month": month,
        "target": target,
        "n_statements": n,
        "n_articles": max(1, n // 2),
        "avg_polarity": mean,
        "share_positive": 0.2,
        "share_neutral": 0.5,
        "share_negative": 0.3,
        "ci_low": None if half is None else mean - half,
        "ci_high": None if half is None else mean + half,
        "rolling_avg_polarity": roll,
    }


def _kremlin() -> pl.DataFrame:
    """Jan-Mar 2024, nothing in Apr-May, Jun-Aug, nothing in Sep, Oct; March has one statement."""
    rows = [
        _row(date(2024, 1, 1), 5, -0.30, 0.2, -0.30),
        _row(date(2024, 2, 1), 8, -0.20, 0.15, -0.24),
        _row(date(2024, 3, 1), 1, 0.10, None, -0.17),
        _row(date(2024, 6, 1), 12, -0.55, 0.15, -0.55),
        _row(date(2024, 7, 1), 3, -0.10, 0.5, -0.46),
        _row(date(2024, 8, 1), 6, 0.25, 0.2, -0.10),
        _row(date(2024, 10, 1), 4, 0.05, 0.25, 0.18),
        _row(date(2024, 4, 1), 4, 0.90, 0.05, 0.90, target="NATO"),
    ]
    return pl.DataFrame(rows, schema=_TREND_SCHEMA)


def _by_speaker() -> pl.DataFrame:
    """Seven speakers; 'Medvedev' has the fewest statements and falls out of a top 6."""
    rows = []
    counts = {
        "Peskov": 4,
        "Lavrov": 3,
        "Zakharova": 2,
        "Poetin": 2,
        "Ryabkov": 2,
        "het Kremlin": 2,
        "Medvedev": 1,
    }
    for speaker, n in counts.items():
        for i, month in enumerate([date(2024, 1, 1), date(2024, 2, 1), date(2024, 6, 1)]):
            mean = -0.5 + 0.2 * i
            row = _row(month, n, mean, 0.1 if n >= 2 else None, mean)
            rows.append({"speaker": speaker, **row})
    return pl.DataFrame(rows, schema={"speaker": pl.String, **_TREND_SCHEMA})


def _shifts(
    text: str = 'Wij praten <script>alert("x")</script> met Washington & co.',
) -> pl.DataFrame:
    statement = pl.Struct(
        {
            "statement_id": pl.String,
            "speaker": pl.String,
            "polarity": pl.Float64,
            "statement_text": pl.String,
        }
    )
    return pl.DataFrame(
        [
            {
                "month": date(2024, 8, 1),
                "target": "US",
                "previous_month": date(2024, 7, 1),
                "previous_avg_polarity": -0.10,
                "avg_polarity": 0.25,
                "delta": 0.35,
                "direction": "up",
                "n_statements": 6,
                "ci_low": 0.05,
                "ci_high": 0.45,
                "previous_ci_low": -0.60,
                "previous_ci_high": 0.40,
                "top_statements": [
                    {
                        "statement_id": "s1",
                        "speaker": "Peskov",
                        "polarity": 0.6,
                        "statement_text": text,
                    },
                    {
                        "statement_id": "s2",
                        "speaker": "Lavrov",
                        "polarity": 0.4,
                        "statement_text": "De dialoog met de VS is constructief.",
                    },
                ],
            },
            {
                "month": date(2024, 6, 1),
                "target": "US",
                "previous_month": date(2024, 3, 1),
                "previous_avg_polarity": 0.10,
                "avg_polarity": -0.55,
                "delta": -0.65,
                "direction": "down",
                "n_statements": 12,
                "ci_low": -0.70,
                "ci_high": -0.40,
                "previous_ci_low": -0.05,
                "previous_ci_high": 0.25,
                "top_statements": None,
            },
        ],
        schema={
            "month": pl.Date,
            "target": pl.String,
            "previous_month": pl.Date,
            "previous_avg_polarity": pl.Float64,
            "avg_polarity": pl.Float64,
            "delta": pl.Float64,
            "direction": pl.String,
            "n_statements": pl.Int64,
            "ci_low": pl.Float64,
            "ci_high": pl.Float64,
            "previous_ci_low": pl.Float64,
            "previous_ci_high": pl.Float64,
            "top_statements": pl.List(statement),
        },
    )


def _coverage() -> pl.DataFrame:
    months: list[date | None] = [date(2024, m, 1) for m in range(1, 11)]
    months.append(None)
    return pl.DataFrame(
        {
            "month": months,
            "is_dated": [True] * 10 + [False],
            "n_articles": [10, 12, 3, 0, 5, 20, 8, 9, 4, 7, 3],
            "n_canonical": [9, 11, 3, 0, 5, 18, 8, 9, 4, 7, 3],
            "n_duplicates": [1, 1, 0, 0, 0, 2, 0, 0, 0, 0, 0],
            "n_year_only": [0] * 11,
            "n_statements": [5, 8, 1, 0, 0, 12, 3, 6, 0, 4, 2],
            "n_us_stances": [5, 8, 1, 0, 0, 12, 3, 6, 0, 4, 0],
            "n_rejected": [0, 1, 0, 0, 0, 0, 0, 2, 0, 0, 0],
        },
        schema_overrides={"month": pl.Date},
    )


def _assert_png(path: Path, min_width: int = 500) -> np.ndarray:
    data = path.read_bytes()
    assert data.startswith(PNG_SIGNATURE)
    assert len(data) > 5_000
    image = mpimg.imread(path)
    assert image.ndim == 3 and image.shape[2] in (3, 4)
    assert image.shape[1] >= min_width and image.shape[0] >= 300
    return image


def _mean_line_y(fig) -> np.ndarray:
    """y data of the monthly-mean line (the solid line with round markers)."""
    ax = fig.axes[0]
    lines = [ln for ln in ax.get_lines() if ln.get_marker() == "o" and ln.get_linestyle() == "-"]
    assert len(lines) == 1
    return np.asarray(lines[0].get_ydata(), dtype=float)


def test_us_stance_chart_is_a_valid_png(tmp_path: Path) -> None:
    out = charts.plot_us_stance(_kremlin(), tmp_path / "sub" / "us.png", "Test title")
    assert out == tmp_path / "sub" / "us.png"
    image = _assert_png(out, min_width=1000)
    # not a blank canvas: the chart has a fair amount of non-white ink
    assert (image[..., :3] < 0.9).any(axis=2).mean() > 0.02


def test_months_without_statements_are_gaps_not_interpolated() -> None:
    fig = charts.us_stance_figure(_kremlin())
    y = _mean_line_y(fig)
    # Jan..Oct 2024 on the calendar; Apr, May and Sep have no statements toward the US
    assert len(y) == 10
    assert [i for i, v in enumerate(y) if math.isnan(v)] == [3, 4, 8]
    assert y[0] == pytest.approx(-0.30)
    assert y[9] == pytest.approx(0.05)


def test_other_targets_do_not_leak_into_the_us_chart() -> None:
    y = _mean_line_y(charts.us_stance_figure(_kremlin()))
    assert not np.any(np.isclose(y, 0.90))


def test_single_month_with_null_interval_renders(tmp_path: Path) -> None:
    one = pl.DataFrame([_row(date(2025, 3, 1), 1, -0.4, None, -0.4)], schema=_TREND_SCHEMA)
    _assert_png(charts.plot_us_stance(one, tmp_path / "one.png", "One month"))
    fig = charts.us_stance_figure(one)
    ax = fig.axes[0]
    low, high = ax.get_xlim()
    assert high - low > 90  # room around a lone month instead of one wall-to-wall bar
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert labels == ["Mar\n2025"]


def test_month_labels_name_the_month_and_the_year_where_it_starts() -> None:
    fig = charts.us_stance_figure(_kremlin())
    fig.canvas.draw()
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert labels[0] == "Jan\n2024"
    assert labels[1:] == ["Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct"]


@pytest.mark.parametrize(
    "frame",
    [pl.DataFrame(schema=_TREND_SCHEMA), pl.DataFrame()],
    ids=["empty-with-schema", "no-columns"],
)
def test_empty_frame_draws_a_message_instead_of_failing(tmp_path: Path, frame) -> None:
    out = charts.plot_us_stance(frame, tmp_path / "empty.png", "Nothing yet")
    _assert_png(out)
    fig = charts.us_stance_figure(frame)
    texts = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert "no dated statements toward the US yet" in texts


def test_by_speaker_shows_the_speakers_with_most_us_statements(tmp_path: Path) -> None:
    out = charts.plot_us_stance_by_speaker(_by_speaker(), tmp_path / "sp.png", max_speakers=6)
    _assert_png(out, min_width=1000)
    fig = charts.us_stance_by_speaker_figure(_by_speaker(), max_speakers=6)
    titles = [
        ax.get_title(loc="left") for ax in fig.axes if ax.get_visible() and ax.get_title(loc="left")
    ]
    assert len(titles) == 6
    assert titles[0].startswith("Peskov") and titles[1].startswith("Lavrov")
    assert not any(t.startswith("Medvedev") for t in titles)
    assert "top 6 of 7 speakers" in fig._suptitle.get_text()


def test_by_speaker_with_one_speaker_and_with_none(tmp_path: Path) -> None:
    one = _by_speaker().filter(pl.col("speaker") == "Medvedev")
    _assert_png(charts.plot_us_stance_by_speaker(one, tmp_path / "one.png"))
    empty = _by_speaker().clear()
    _assert_png(charts.plot_us_stance_by_speaker(empty, tmp_path / "none.png"))


def test_report_writes_pngs_and_a_self_contained_html(tmp_path: Path) -> None:
    files = charts.render_report(
        _kremlin(),
        _by_speaker(),
        _shifts(),
        _coverage(),
        tmp_path / "report",
        generated_at=datetime(2024, 11, 1, 9, 30),
    )
    assert [p.name for p in files.pngs] == ["us_stance_monthly.png", "us_stance_by_speaker.png"]
    for png in files.pngs:
        _assert_png(png)
    page = files.html.read_text(encoding="utf-8")
    assert files.html.name == "report.html"

    uris = re.findall(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
    assert len(uris) == 2
    assert [base64.b64decode(u) for u in uris] == [p.read_bytes() for p in files.pngs]

    assert "http://" not in page and "https://" not in page
    assert not re.search(r"<(script|link|iframe)\b", page, re.IGNORECASE)
    assert "2024-11-01 09:30" in page


@pytest.fixture(scope="module")
def report_page(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One report over the hand-written frames, shared by the tests that only read the page."""
    out = tmp_path_factory.mktemp("report")
    files = charts.render_report(_kremlin(), _by_speaker(), _shifts(), _coverage(), out)
    return files.html.read_text(encoding="utf-8")


def test_report_escapes_statement_text_from_articles(report_page: str) -> None:
    page = report_page
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "Washington &amp; co." in page


def test_report_lists_the_latest_shifts_with_their_statements(report_page: str) -> None:
    shifts = report_page.split("Latest shifts", 1)[1].split("<h2>", 1)[0]
    assert shifts.index("Aug 2024") < shifts.index("Jun 2024")  # newest first
    assert "▲ up" in shifts and "▼ down" in shifts
    assert "+0.35" in shifts and "-0.65" in shifts
    assert "<b>Peskov</b> (+0.60)" in shifts and "<b>Lavrov</b> (+0.40)" in shifts


def test_coverage_table_tells_a_quiet_month_from_a_missing_one(report_page: str) -> None:
    coverage = report_page.split("<h2>Coverage</h2>", 1)[1]
    rows = {m.group(1): m.group(0) for m in re.finditer(r"<tr><td>([^<]+)</td>.*?</tr>", coverage)}
    assert "missing data" in rows["Apr 2024"]
    assert "quiet month" in rows["May 2024"] and "quiet month" in rows["Sep 2024"]
    assert "undated" in rows
    assert "all months" in coverage and '<td class="num">81</td>' in coverage


def test_report_with_nothing_loaded_still_renders(tmp_path: Path) -> None:
    files = charts.render_report(
        pl.DataFrame(schema=_TREND_SCHEMA),
        pl.DataFrame(schema={"speaker": pl.String, **_TREND_SCHEMA}),
        _shifts().clear(),
        _coverage().clear(),
        tmp_path,
    )
    for png in files.pngs:
        _assert_png(png)
    page = files.html.read_text(encoding="utf-8")
    assert "No dated statements toward the US yet" in page
    assert "No month moved outside" in page
    assert "No articles loaded yet" in page


def test_statement_urls_stay_text_and_never_become_links(tmp_path: Path) -> None:
    shifts = _shifts('Zie https://example.org/"><img src=x> voor de tekst.')
    page = charts.render_report(
        _kremlin(), _by_speaker(), shifts, _coverage(), tmp_path
    ).html.read_text(encoding="utf-8")
    assert "<a " not in page and "href=" not in page
    assert not re.search(r'src="(?!data:image/png;base64,)', page)


def test_unknown_chart_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown chart kind"):
        charts.chart_png_bytes("pie", _kremlin())  # type: ignore[arg-type]
