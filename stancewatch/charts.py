"""Charts and a self-contained HTML report of the Kremlin's stance toward the US.

Pure functions over the Polars frames the SQL marts produce (kremlin_trend_monthly,
stance_trend_monthly, stance_shifts, coverage): the CLI queries the warehouse and calls these.
Rendering uses matplotlib's Agg canvas directly (no pyplot, no GUI, no global backend switch), so
it works headless and in worker threads. The HTML embeds its PNGs as data URIs and has inline CSS,
so one file can be mailed or archived without anything it links to.
"""

from __future__ import annotations

import base64
import html
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

import matplotlib.dates as mdates
import numpy as np
import polars as pl
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FixedLocator, FuncFormatter, MaxNLocator
from matplotlib.transforms import blended_transform_factory

US = "US"
US_STANCE_PNG = "us_stance_monthly.png"
BY_SPEAKER_PNG = "us_stance_by_speaker.png"
REPORT_HTML = "report.html"
DEFAULT_TITLE = "Kremlin stance toward the US, per month (all Kremlin speakers together)"
EMPTY_US_MESSAGE = "no dated statements toward the US yet"
EMPTY_BY_SPEAKER_MESSAGE = "no dated statements toward the US by any speaker yet"

US_STANCE_EXPLAIN = (
    "Dots: mean stance polarity of all Kremlin statements about the US that month (-1 negative, "
    "+1 positive); hollow dot = a single statement, so no interval. Shaded band: 95% interval of "
    "the monthly mean (wide = few or disagreeing statements). Dashed line: 3-month rolling mean, "
    "weighted by statements. Brown bars (right axis): number of statements. Greyed-out months had "
    "no statement toward the US; the line is broken there on purpose."
)
BY_SPEAKER_EXPLAIN = (
    "One panel per speaker with the most statements about the US. Dots: that speaker's mean "
    "stance per month (hollow = a single statement); shaded band: 95% interval of the mean; "
    "brown bars: statements that month, on one scale for all panels. All panels share the months "
    "and the -1..+1 scale."
)

_DPI = 110
_BAR_DAYS = 20
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_C_MEAN = "#1f4e79"
_C_BAND = "#6fa8dc"
_C_ROLL = "#c55a11"
_C_BARS = "#a1887f"
_GAP_STYLE: dict[str, Any] = {"facecolor": "#9e9e9e", "alpha": 0.16, "lw": 0, "zorder": 1}
_MAX_SHIFTS = 10
_MAX_COVERAGE_MONTHS = 24
_MAX_TEXT_CHARS = 320

ChartKind = Literal["us_stance", "us_stance_by_speaker"]


@dataclass(frozen=True)
class ReportFiles:
    """The files render_report wrote: the chart PNGs and the HTML page that embeds them."""

    pngs: list[Path]
    html: Path


# ---------------------------------------------------------------------------------------------
# series preparation


def _month_range(first: date, last: date) -> list[date]:
    """Every first-of-month from first to last inclusive (the calendar gaps are checked against)."""
    months: list[date] = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _us_rows(frame: pl.DataFrame) -> pl.DataFrame:
    """Rows toward the US with a known month and mean, month as a first-of-month Date."""
    if frame.is_empty() or not {"month", "target", "avg_polarity"} <= set(frame.columns):
        return frame.clear() if "month" in frame.columns else pl.DataFrame()
    rows = frame.filter((pl.col("target") == US) & pl.col("month").is_not_null())
    rows = rows.filter(pl.col("avg_polarity").is_not_null())
    if rows.schema["month"] != pl.Date:
        rows = rows.with_columns(pl.col("month").cast(pl.Date))
    return rows.with_columns(pl.col("month").dt.truncate("1mo"))


def _floats(frame: pl.DataFrame, column: str) -> np.ndarray:
    """A column as float64 with NaN for nulls (and for a missing column), so lines break there."""
    if column not in frame.columns:
        return np.full(frame.height, np.nan)
    return frame[column].cast(pl.Float64).fill_null(float("nan")).to_numpy()


@dataclass(frozen=True)
class _Series:
    """One monthly series laid on a complete calendar: NaN where the month has no statements."""

    months: list[date]
    x: np.ndarray
    mean: np.ndarray
    low: np.ndarray
    high: np.ndarray
    rolling: np.ndarray
    n: np.ndarray


def _on_calendar(rows: pl.DataFrame, months: list[date]) -> _Series:
    """Left-join rows (one per month) onto the calendar, so absent months become NaN gaps."""
    calendar = pl.DataFrame({"month": months}, schema={"month": pl.Date})
    joined = calendar.join(rows, on="month", how="left").sort("month")
    n = _floats(joined, "n_statements")
    return _Series(
        months=months,
        x=mdates.date2num(months),
        mean=_floats(joined, "avg_polarity"),
        low=_floats(joined, "ci_low"),
        high=_floats(joined, "ci_high"),
        rolling=_floats(joined, "rolling_avg_polarity"),
        n=np.nan_to_num(n, nan=0.0),
    )


# ---------------------------------------------------------------------------------------------
# drawing helpers


def _new_figure(width: float, height: float) -> Figure:
    fig = Figure(figsize=(width, height), dpi=_DPI)
    FigureCanvasAgg(fig)
    return fig


def figure_png_bytes(fig: Figure) -> bytes:
    """Render a figure to PNG bytes (Agg canvas, fixed DPI)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=_DPI, metadata={"Software": None})
    return buffer.getvalue()


def _month_label(value: float, pos: int | None) -> str:
    d = mdates.num2date(value)
    label = _MONTH_ABBR[d.month - 1]
    return f"{label}\n{d.year}" if pos == 0 or d.month == 1 else label


def _format_month_axis(ax: Axes, months: list[date]) -> None:
    """Month ticks that stay readable from one month to several years."""
    step = 1 if len(months) <= 15 else 3 if len(months) <= 45 else 6 if len(months) <= 90 else 12
    ticks = [m for m in months if (m.month - 1) % step == 0] or months[:1]
    ax.xaxis.set_major_locator(FixedLocator(mdates.date2num(ticks)))
    ax.xaxis.set_major_formatter(FuncFormatter(_month_label))
    if step > 1:
        ax.xaxis.set_minor_locator(FixedLocator(mdates.date2num(months)))
    # a short series gets room around it, so one month is not one wall-to-wall bar
    pad = timedelta(days=max(22 + 30 * max(0, 5 - len(months)) // 2, round(len(months) * 0.6)))
    ax.set_xlim(mdates.date2num(months[0] - pad), mdates.date2num(months[-1] + pad))


def _format_stance_axis(ax: Axes, *, cues: bool) -> None:
    """y from -1 to +1, a zero line, and the polarity words on the tick labels."""
    ax.set_ylim(-1.05, 1.05)
    ax.set_yticks([-1.0, -0.5, 0.0, 0.5, 1.0])
    if cues:
        ax.set_yticklabels(["-1 negative", "-0.5", "0 neutral", "+0.5", "+1 positive"])
    else:
        ax.set_yticklabels(["-1", "", "0", "", "+1"])
    ax.axhspan(0, 1.05, color="#2e7d32", alpha=0.04, zorder=0, lw=0)
    ax.axhspan(-1.05, 0, color="#c62828", alpha=0.04, zorder=0, lw=0)
    ax.axhline(0, color="#424242", lw=0.9, zorder=2.5)
    ax.grid(axis="y", color="#e0e0e0", lw=0.6, zorder=0)
    for side in ("top",):
        ax.spines[side].set_visible(False)


def _runs(valid: np.ndarray) -> list[tuple[int, int]]:
    """Index ranges [start, stop) of consecutive True values."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for i, ok in enumerate(valid):
        if ok and start is None:
            start = i
        elif not ok and start is not None:
            runs.append((start, i))
            start = None
    if start is not None:
        runs.append((start, len(valid)))
    return runs


def _draw_band(ax: Axes, s: _Series) -> bool:
    """Shade the interval where known; a lone month gets a short block instead of a zero-width
    polygon. Returns whether anything was drawn."""
    valid = ~np.isnan(s.low) & ~np.isnan(s.high)
    half = _BAR_DAYS / 2
    for start, stop in _runs(valid):
        if stop - start == 1:
            xs = np.array([s.x[start] - half, s.x[start] + half])
            lo, hi = np.repeat(s.low[start], 2), np.repeat(s.high[start], 2)
        else:
            xs, lo, hi = s.x[start:stop], s.low[start:stop], s.high[start:stop]
        ax.fill_between(xs, lo, hi, color=_C_BAND, alpha=0.35, lw=0, zorder=2)
    return bool(valid.any())


def _draw_gaps(ax: Axes, s: _Series) -> bool:
    """Grey out months without statements (one block per run of empty months), so a gap reads as
    'nothing measured', not as a dip."""
    gaps = np.isnan(s.mean)
    for start, stop in _runs(gaps):
        ax.axvspan(s.x[start] - 15, s.x[stop - 1] + 15, **_GAP_STYLE)
    return bool(gaps.any())


def _draw_mean(ax: Axes, s: _Series, *, size: float = 6.0) -> bool:
    """Line with markers, broken at gaps; hollow markers where the interval is unknown (n = 1).
    Returns whether any hollow marker was drawn."""
    ax.plot(s.x, s.mean, color=_C_MEAN, lw=1.8, marker="o", ms=size, zorder=4)
    lone = ~np.isnan(s.mean) & (np.isnan(s.low) | np.isnan(s.high))
    if lone.any():
        ax.plot(
            s.x[lone],
            s.mean[lone],
            ls="none",
            marker="o",
            ms=size,
            mfc="white",
            mec=_C_MEAN,
            mew=1.6,
            zorder=5,
        )
    return bool(lone.any())


def _draw_rolling(ax: Axes, s: _Series) -> None:
    """The rolling mean dashed; a month with no neighbour to join gets a short dash marker."""
    ax.plot(s.x, s.rolling, color=_C_ROLL, lw=1.5, ls="--", zorder=3)
    known = ~np.isnan(s.rolling)
    before = np.concatenate(([False], known[:-1]))
    after = np.concatenate((known[1:], [False]))
    lone = known & ~before & ~after
    if lone.any():
        ax.plot(
            s.x[lone],
            s.rolling[lone],
            ls="none",
            marker="_",
            ms=14,
            mew=1.8,
            color=_C_ROLL,
            zorder=3,
        )


def _draw_volume(ax: Axes, s: _Series, *, label: bool) -> Axes:
    """Statement counts as bars on a right-hand axis, kept to the lower third of the plot."""
    ax2 = ax.twinx()
    ax2.bar(s.x, s.n, width=_BAR_DAYS, color=_C_BARS, alpha=0.45, zorder=1, lw=0)
    top = max(float(s.n.max()) if s.n.size else 0.0, 1.0)
    ax2.set_ylim(0, top * 3.2)
    ticks = [t for t in MaxNLocator(nbins=3, integer=True).tick_values(0, top) if 0 <= t <= top]
    ax2.set_yticks(ticks)
    ax2.tick_params(axis="y", colors="#757575", labelsize=8)
    if label:
        ax2.set_ylabel("statements", color="#757575", fontsize=9, loc="bottom")
    for side in ("top",):
        ax2.spines[side].set_visible(False)
    ax.set_zorder(ax2.get_zorder() + 1)
    ax.patch.set_visible(False)
    return ax2


def _draw_volume_inline(ax: Axes, s: _Series, top: float) -> None:
    """Statement counts as bars in the bottom quarter of a panel, on one scale for all panels
    (no second axis: cheaper, and the panels compare at a glance)."""
    heights = s.n / max(top, 1.0) * 0.25
    ax.bar(
        s.x,
        heights,
        width=_BAR_DAYS,
        color=_C_BARS,
        alpha=0.45,
        zorder=1,
        lw=0,
        transform=blended_transform_factory(ax.transData, ax.transAxes),
    )


def _empty_chart(fig: Figure, title: str, message: str) -> None:
    ax = fig.add_subplot()
    ax.set_title(title, loc="left", fontsize=12, fontweight="bold")
    ax.text(
        0.5,
        0.5,
        message,
        ha="center",
        va="center",
        fontsize=13,
        color="#616161",
        transform=ax.transAxes,
    )
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_color("#e0e0e0")


# ---------------------------------------------------------------------------------------------
# figures


def us_stance_figure(trend: pl.DataFrame, title: str = DEFAULT_TITLE) -> Figure:
    """The monthly all-Kremlin stance toward the US as a matplotlib Figure (see plot_us_stance)."""
    rows = _us_rows(trend)
    fig = _new_figure(10.0, 5.4)
    if rows.is_empty():
        _empty_chart(fig, title, EMPTY_US_MESSAGE)
        return fig
    months = _month_range(rows["month"].min(), rows["month"].max())
    s = _on_calendar(rows, months)
    ax = fig.add_subplot()
    _format_stance_axis(ax, cues=True)
    has_gaps = _draw_gaps(ax, s)
    has_band = _draw_band(ax, s)
    _draw_rolling(ax, s)
    has_lone = _draw_mean(ax, s, size=6.0 if len(months) <= 36 else 4.0)
    _draw_volume(ax, s, label=True)
    _format_month_axis(ax, months)
    ax.set_ylabel("mean stance polarity", fontsize=10)
    ax.set_title(title, loc="left", fontsize=12, fontweight="bold")

    handles: list[Any] = [Line2D([], [], color=_C_MEAN, marker="o", lw=1.8, label="monthly mean")]
    if has_band:
        handles.append(Patch(color=_C_BAND, alpha=0.35, label="95% interval of the mean"))
    handles.append(Line2D([], [], color=_C_ROLL, ls="--", lw=1.5, label="3-month rolling mean"))
    handles.append(Patch(color=_C_BARS, alpha=0.45, label="statements (right axis)"))
    if has_lone:
        handles.append(
            Line2D(
                [],
                [],
                ls="none",
                marker="o",
                mfc="white",
                mec=_C_MEAN,
                label="single statement (no interval)",
            )
        )
    if has_gaps:
        handles.append(Patch(**_GAP_STYLE, label="no statements that month"))
    fig.legend(handles=handles, loc="lower center", ncol=3, fontsize=8.5, frameon=False)
    fig.subplots_adjust(left=0.12, right=0.93, top=0.91, bottom=0.2)
    return fig


def _top_speakers(rows: pl.DataFrame, max_speakers: int) -> tuple[list[str], int]:
    """The speakers with the most statements toward the US (ties by name), and how many exist."""
    totals = (
        rows.group_by("speaker")
        .agg(pl.col("n_statements").sum().alias("total"))
        .sort(["total", "speaker"], descending=[True, False])
    )
    return totals["speaker"].head(max(max_speakers, 1)).to_list(), totals.height


def us_stance_by_speaker_figure(trend_by_speaker: pl.DataFrame, max_speakers: int = 6) -> Figure:
    """Small multiples, one panel per top speaker (see plot_us_stance_by_speaker)."""
    title = "Stance toward the US per speaker, per month"
    rows = _us_rows(trend_by_speaker)
    if rows.is_empty() or "speaker" not in rows.columns:
        fig = _new_figure(10.0, 4.0)
        _empty_chart(fig, title, EMPTY_BY_SPEAKER_MESSAGE)
        return fig
    speakers, n_speakers = _top_speakers(rows, max_speakers)
    months = _month_range(rows["month"].min(), rows["month"].max())
    top = float(rows.filter(pl.col("speaker").is_in(speakers))["n_statements"].max() or 1)
    ncols = 1 if len(speakers) == 1 else 2 if len(speakers) <= 4 else 3
    nrows = math.ceil(len(speakers) / ncols)
    width, height = max(4.3 * ncols + 0.6, 8.5), 2.7 * nrows + 1.1
    fig = _new_figure(width, height)
    axes = fig.subplots(nrows, ncols, squeeze=False, sharex=True)
    for i, ax in enumerate(axes.flat):
        if i >= len(speakers):
            ax.set_visible(False)
            continue
        speaker = speakers[i]
        s = _on_calendar(rows.filter(pl.col("speaker") == speaker), months)
        _format_stance_axis(ax, cues=i % ncols == 0)
        _draw_gaps(ax, s)
        _draw_band(ax, s)
        _draw_mean(ax, s, size=4.5)
        _draw_volume_inline(ax, s, top)
        _format_month_axis(ax, months)
        ax.tick_params(axis="both", labelsize=8)
        total = int(s.n.sum())
        ax.set_title(
            f"{speaker}  ({total} statement{'s' if total != 1 else ''})", loc="left", fontsize=10
        )
    shown = (
        f"top {len(speakers)} of {n_speakers} speakers"
        if n_speakers > len(speakers)
        else (f"{n_speakers} speaker{'s' if n_speakers != 1 else ''}")
    )
    fig.suptitle(f"{title} ({shown})", x=0.01, ha="left", fontsize=12, fontweight="bold")
    fig.text(
        0.01,
        0.01,
        "hollow dot = single statement; band = 95% interval; "
        f"brown bars = statements per month (same scale in every panel, tallest = {int(top)}); "
        "grey = no statements",
        fontsize=8,
        color="#616161",
    )
    # fixed margins in inches: tight_layout would measure every tick label and double the time
    fig.subplots_adjust(
        left=0.95 / width,
        right=1 - 0.2 / width,
        top=1 - 0.85 / height,
        bottom=0.75 / height,
        wspace=0.28,
        hspace=0.45,
    )
    return fig


def chart_png_bytes(
    kind: ChartKind,
    frame: pl.DataFrame,
    *,
    title: str = DEFAULT_TITLE,
    max_speakers: int = 6,
) -> bytes:
    """PNG bytes of one chart, for callers that embed rather than write files (Prefect artifacts).

    kind "us_stance" takes kremlin_trend_monthly; "us_stance_by_speaker" takes stance_trend_monthly.
    """
    if kind == "us_stance":
        return figure_png_bytes(us_stance_figure(frame, title))
    if kind == "us_stance_by_speaker":
        return figure_png_bytes(us_stance_by_speaker_figure(frame, max_speakers))
    raise ValueError(f"unknown chart kind: {kind!r}")


def png_data_uri(png: bytes) -> str:
    """A data: URI for PNG bytes, for embedding in HTML or Markdown."""
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _write(out: Path, png: bytes) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(png)
    return out


def plot_us_stance(trend: pl.DataFrame, out: Path, title: str = DEFAULT_TITLE) -> Path:
    """Write the monthly mean stance toward the US (kremlin_trend_monthly) as a PNG at out.

    Mean as a line with markers broken at months without statements, the 95% interval as a band,
    the 3-month rolling mean dashed, statement counts as bars on a right axis. An empty frame gives
    a chart that says there is nothing to show yet.
    """
    return _write(Path(out), chart_png_bytes("us_stance", trend, title=title))


def plot_us_stance_by_speaker(
    trend_by_speaker: pl.DataFrame, out: Path, max_speakers: int = 6
) -> Path:
    """Write one panel per speaker with the most statements toward the US (stance_trend_monthly)."""
    png = chart_png_bytes("us_stance_by_speaker", trend_by_speaker, max_speakers=max_speakers)
    return _write(Path(out), png)


# ---------------------------------------------------------------------------------------------
# HTML report

_CSS = """
body{font-family:-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;margin:2rem auto;
max-width:1100px;padding:0 1rem;color:#212121;line-height:1.45}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;
border-bottom:1px solid #e0e0e0;padding-bottom:.2rem}
.meta{color:#616161;font-size:.9rem}.summary{background:#f5f7fa;padding:.6rem .9rem;
border-left:4px solid #1f4e79}
figure{margin:1rem 0}figure img{max-width:100%;height:auto;border:1px solid #eee}
.explain{color:#555;font-size:.88rem;margin:.3rem 0 0}
table{border-collapse:collapse;width:100%;font-size:.88rem}
th,td{border-bottom:1px solid #e0e0e0;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#fafafa}td.num{text-align:right;font-variant-numeric:tabular-nums}
.up{color:#2e7d32;font-weight:600}.down{color:#c62828;font-weight:600}
.note{color:#757575}.missing{color:#c62828}ol{margin:0;padding-left:1.2rem}
q{font-style:italic}.total td{font-weight:600;border-top:2px solid #bdbdbd}
"""


def _e(value: object) -> str:
    """Escape anything for HTML text and attribute context."""
    return html.escape("" if value is None else str(value), quote=True)


def _num(value: Any, fmt: str = "+.2f") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return format(value, fmt)


def _month_text(value: Any) -> str:
    if value is None:
        return "undated"
    if isinstance(value, datetime | date):
        return f"{_MONTH_ABBR[value.month - 1]} {value.year}"
    return str(value)


def _interval(low: Any, high: Any) -> str:
    if low is None or high is None:
        return "no interval"
    return f"[{_num(low)}, {_num(high)}]"


def _truncate(text: str, limit: int = _MAX_TEXT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _summary_html(kremlin_monthly: pl.DataFrame) -> str:
    rows = _us_rows(kremlin_monthly)
    if rows.is_empty():
        return f'<p class="summary">{_e(EMPTY_US_MESSAGE[0].upper() + EMPTY_US_MESSAGE[1:])}.</p>'
    latest = rows.sort("month").row(-1, named=True)
    total = int(rows["n_statements"].sum()) if "n_statements" in rows.columns else 0
    return (
        '<p class="summary">'
        f"Latest month with statements toward the US: <b>{_e(_month_text(latest['month']))}</b>, "
        f"mean stance <b>{_e(_num(latest.get('avg_polarity')))}</b> "
        f"{_e(_interval(latest.get('ci_low'), latest.get('ci_high')))} "
        f"from {_e(latest.get('n_statements'))} statement(s). "
        f"{rows.height} month(s) with statements, {total} statement(s) in all."
        "</p>"
    )


def _statements_html(statements: Sequence[dict[str, Any]] | None) -> str:
    if not statements:
        return '<span class="note">–</span>'
    items = []
    for st in statements:
        if st is None:
            continue
        items.append(
            f"<li><b>{_e(st.get('speaker'))}</b> ({_e(_num(st.get('polarity')))}): "
            f"<q>{_e(_truncate(str(st.get('statement_text') or '')))}</q></li>"
        )
    return "<ol>" + "".join(items) + "</ol>" if items else '<span class="note">–</span>'


def _shifts_html(shifts: pl.DataFrame) -> str:
    if shifts.is_empty() or "month" not in shifts.columns:
        return (
            '<p class="note">No month moved outside the previous month\'s interval '
            "(or there are not yet two comparable months).</p>"
        )
    latest = shifts.sort(["month", "target"], descending=[True, False]).head(_MAX_SHIFTS)
    body = []
    for r in latest.iter_rows(named=True):
        direction = str(r.get("direction") or "")
        arrow = "▲ up" if direction == "up" else "▼ down" if direction == "down" else direction
        css = direction if direction in ("up", "down") else ""
        body.append(
            "<tr>"
            f"<td>{_e(_month_text(r.get('month')))}</td>"
            f"<td>{_e(r.get('target'))}</td>"
            f'<td class="{css}">{_e(arrow)}</td>'
            f'<td class="num">{_e(_num(r.get("delta")))}</td>'
            f"<td>{_e(_month_text(r.get('previous_month')))}: "
            f"{_e(_num(r.get('previous_avg_polarity')))} "
            f"{_e(_interval(r.get('previous_ci_low'), r.get('previous_ci_high')))}<br>"
            f"now: {_e(_num(r.get('avg_polarity')))} "
            f"{_e(_interval(r.get('ci_low'), r.get('ci_high')))}, "
            f"{_e(r.get('n_statements'))} statement(s)</td>"
            f"<td>{_statements_html(r.get('top_statements'))}</td>"
            "</tr>"
        )
    more = (
        f'<p class="note">Showing the {_MAX_SHIFTS} latest of {shifts.height} shifts.</p>'
        if shifts.height > _MAX_SHIFTS
        else ""
    )
    return (
        "<table><thead><tr><th>Month</th><th>Target</th><th>Direction</th><th>Delta</th>"
        "<th>Previous month → this month (mean, 95% interval)</th>"
        "<th>Statements that moved it most (speaker, polarity)</th></tr></thead><tbody>"
        + "".join(body)
        + "</tbody></table>"
        + more
    )


_COVERAGE_COLUMNS = (
    ("n_articles", "articles"),
    ("n_canonical", "canonical"),
    ("n_duplicates", "duplicates"),
    ("n_year_only", "year-only date"),
    ("n_statements", "statements"),
    ("n_us_stances", "US stances"),
    ("n_rejected", "rejected files"),
)


def _coverage_note(r: dict[str, Any]) -> str:
    if r.get("month") is None:
        return "undated: not on the charts"
    if not r.get("n_articles"):
        return '<span class="missing">no articles: missing data?</span>'
    if "n_canonical" in r and not r.get("n_canonical"):
        return "only duplicate articles: nothing new"
    if not r.get("n_us_stances"):
        return "articles, but no statement toward the US: a quiet month"
    return ""


def _coverage_html(coverage: pl.DataFrame) -> str:
    if coverage.is_empty() or "month" not in coverage.columns:
        return '<p class="note">No articles loaded yet.</p>'
    dated = coverage.filter(pl.col("month").is_not_null()).sort("month", descending=True)
    undated = coverage.filter(pl.col("month").is_null())
    shown = pl.concat([dated.head(_MAX_COVERAGE_MONTHS), undated], how="vertical_relaxed")
    columns = [(c, label) for c, label in _COVERAGE_COLUMNS if c in coverage.columns]
    head = "".join(f'<th class="num">{_e(label)}</th>' for _, label in columns)
    body = []
    for r in shown.iter_rows(named=True):
        cells = "".join(f'<td class="num">{_e(r.get(c) or 0)}</td>' for c, _ in columns)
        body.append(
            f"<tr><td>{_e(_month_text(r.get('month')))}</td>{cells}"
            f'<td class="note">{_coverage_note(r)}</td></tr>'
        )
    totals = "".join(
        f'<td class="num">{_e(int(coverage[c].fill_null(0).sum()))}</td>' for c, _ in columns
    )
    body.append(f'<tr class="total"><td>all months</td>{totals}<td></td></tr>')
    more = (
        f'<p class="note">Showing the latest {_MAX_COVERAGE_MONTHS} of {dated.height} months; '
        "the totals cover all of them.</p>"
        if dated.height > _MAX_COVERAGE_MONTHS
        else ""
    )
    return (
        f"<table><thead><tr><th>Month</th>{head}<th>Note</th></tr></thead><tbody>"
        + "".join(body)
        + "</tbody></table>"
        + more
    )


def _figure_html(png: bytes, alt: str, explain: str) -> str:
    return (
        f'<figure><img src="{png_data_uri(png)}" alt="{_e(alt)}">'
        f'<figcaption class="explain">{_e(explain)}</figcaption></figure>'
    )


def report_html(
    kremlin_png: bytes,
    speaker_png: bytes,
    kremlin_monthly: pl.DataFrame,
    shifts: pl.DataFrame,
    coverage: pl.DataFrame,
    generated_at: datetime,
) -> str:
    """The self-contained report page: inline CSS, PNGs as data URIs, every text escaped."""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>stancewatch: Kremlin stance toward the US</title>"
        f"<style>{_CSS}</style></head><body>"
        "<h1>Kremlin stance toward the US</h1>"
        f'<p class="meta">Read from Dutch-language news. Generated '
        f"{_e(generated_at.strftime('%Y-%m-%d %H:%M %Z').strip())}.</p>"
        + _summary_html(kremlin_monthly)
        + "<h2>Monthly stance, all Kremlin speakers</h2>"
        + _figure_html(kremlin_png, DEFAULT_TITLE, US_STANCE_EXPLAIN)
        + "<h2>Per speaker</h2>"
        + _figure_html(speaker_png, "Stance toward the US per speaker", BY_SPEAKER_EXPLAIN)
        + "<h2>Latest shifts</h2>"
        '<p class="explain">A shift is a month whose mean lies outside the previous month\'s '
        "95% interval; the statements listed pulled the mean furthest in that direction.</p>"
        + _shifts_html(shifts)
        + "<h2>Coverage</h2>"
        '<p class="explain">What the warehouse holds per month, so a quiet month (articles, no '
        "statement) can be told from a missing one (no articles). Duplicates and undated or "
        "rejected files are not counted in the charts.</p>"
        + _coverage_html(coverage)
        + "</body></html>\n"
    )


def render_report(
    kremlin_monthly: pl.DataFrame,
    stance_monthly: pl.DataFrame,
    shifts: pl.DataFrame,
    coverage: pl.DataFrame,
    out_dir: Path,
    generated_at: datetime | None = None,
) -> ReportFiles:
    """Write us_stance_monthly.png, us_stance_by_speaker.png and report.html into out_dir.

    Each chart is rendered once; the same bytes go to the PNG file and into the HTML.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    when = generated_at or datetime.now(UTC)
    kremlin_png = chart_png_bytes("us_stance", kremlin_monthly)
    speaker_png = chart_png_bytes("us_stance_by_speaker", stance_monthly)
    pngs = [
        _write(out_dir / US_STANCE_PNG, kremlin_png),
        _write(out_dir / BY_SPEAKER_PNG, speaker_png),
    ]
    page = report_html(kremlin_png, speaker_png, kremlin_monthly, shifts, coverage, when)
    html_path = out_dir / REPORT_HTML
    html_path.write_text(page, encoding="utf-8")
    return ReportFiles(pngs=pngs, html=html_path)
