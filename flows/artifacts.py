"""What a run tells the Prefect UI: a summary, the new statements toward the US, live progress.

The parent flow calls `publish_run_artifacts(summary, db_path)` at the end of a run and
`progress(total_batches)` before its batch loop. The content builders (`summary_markdown`,
`us_statement_rows`, `run_title`) are pure functions, tested without a server; the rest only reads
the warehouse through a read-only connection that is closed at once, and never fails the run:
a run whose data is loaded must not turn red because the UI could not be told about it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any, Protocol

SUMMARY_KEY = "stancewatch-run-summary"
NEW_US_KEY = "stancewatch-new-us-statements"
PROGRESS_KEY = "stancewatch-run-progress"
CHART_KEY = "stancewatch-us-stance-chart"
SHIFTS_KEY = "stancewatch-stance-shifts"
# The table artifact is for reading in the UI; the warehouse has all rows.
MAX_TABLE_ROWS = 200
EXCERPT_CHARS = 200
_READ_TIMEOUT_S = 5.0
# Tags `stancewatch serve` puts on the runs it starts; the scheduler adds "auto-scheduled".
TRIGGERS = ("watch", "catch-up", "schedule")

log = logging.getLogger("stancewatch.artifacts")

_NEW_US_SQL = """
select s.speaker, st.stance, st.polarity, s.text, a.source_file, a.title, a.article_id
from statements s
join stances st on st.statement_id = s.statement_id
join articles a on a.article_id = s.article_id
where st.target = 'US' and a.run_id = ?
order by a.source_file, s.char_start
limit ?
"""
_TREND_SQL = """
select month, n_statements, n_articles, avg_polarity, ci_low, ci_high, share_negative,
       share_positive
from kremlin_trend_monthly
where target = 'US' and month is not null
order by month
"""


class SummaryLike(Protocol):
    """The fields of flows.pipeline.RunSummary used here (kept structural: no import cycle)."""

    run_id: str
    seeds_dir: str
    db_path: str
    files_seen: int
    files_new: int
    duplicates: int
    rejected: int
    unchanged: int
    statements: int
    stances: int
    stances_us: int
    batches: int
    data_tests_passed: int
    data_tests_failed: int
    rejected_reasons: dict[str, int]


# -- pure content builders ------------------------------------------------------------------------
def trigger_of(tags: Iterable[str]) -> str:
    """What started a run, from its tags: watch, catch-up, schedule, or manual."""
    tags = set(tags)
    for trigger in TRIGGERS:
        if trigger in tags:
            return trigger
    return "schedule" if "auto-scheduled" in tags else "manual"


def run_title(summary: SummaryLike, trigger: str = "manual") -> str:
    """A flow run name that says what the run did, e.g. 'watch: seeds +3 new (1 dup), 2 US'."""
    folder = Path(summary.seeds_dir).name or summary.seeds_dir
    if summary.files_new == 0 and summary.rejected == 0:
        did = "nothing new"
    else:
        did = f"+{summary.files_new} new"
        if summary.duplicates:
            did += f" ({summary.duplicates} dup)"
        if summary.rejected:
            did += f", {summary.rejected} rejected"
        did += f", {summary.statements} statements, {summary.stances_us} toward US"
    if summary.data_tests_failed:
        did += f", {summary.data_tests_failed} data tests FAILED"
    return f"{trigger}: {folder} {did}"[:120]


def _month(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.replace(day=1)
    return date.fromisoformat(str(value)[:10]).replace(day=1)


def _previous_month(month: date) -> date:
    return date(month.year - 1, 12, 1) if month.month == 1 else date(month.year, month.month - 1, 1)


def _fmt(value: Any, digits: int = 2) -> str:
    if value is None:
        return "–"
    return f"{float(value):+.{digits}f}"


def _pct(value: Any) -> str:
    return "–" if value is None else f"{100 * float(value):.0f}%"


def _trend_row(label: str, month: date, row: Mapping[str, Any] | None) -> str:
    if row is None:
        return f"| {label} | {month:%Y-%m} | 0 | – | – | – |"
    ci = (
        f"{_fmt(row.get('ci_low'))} … {_fmt(row.get('ci_high'))}"
        if row.get("ci_low") is not None
        else "– (too few)"
    )
    return (
        f"| {label} | {month:%Y-%m} | {row.get('n_statements', 0)} | "
        f"{_fmt(row.get('avg_polarity'))} | {ci} | {_pct(row.get('share_negative'))} |"
    )


def _direction(now: Mapping[str, Any] | None, before: Mapping[str, Any] | None) -> str:
    if now is None or before is None:
        return ""
    a, b = before.get("avg_polarity"), now.get("avg_polarity")
    if a is None or b is None:
        return ""
    delta = float(b) - float(a)
    if abs(delta) < 0.05:
        return f"About the same as the month before ({_fmt(a)} → {_fmt(b)})."
    word = "more negative" if delta < 0 else "more positive"
    overlap = (
        now.get("ci_low") is not None
        and before.get("ci_low") is not None
        and float(now["ci_low"]) <= float(before["ci_high"])
        and float(before["ci_low"]) <= float(now["ci_high"])
    )
    hedge = " (the intervals overlap: not a clear shift yet)" if overlap else ""
    return f"**{word.capitalize()}** than the month before ({_fmt(a)} → {_fmt(b)}){hedge}."


def us_stance_section(trend_rows: Sequence[Mapping[str, Any]], today: date) -> list[str]:
    """This month vs last month toward the US, from kremlin_trend_monthly rows (target US)."""
    by_month = {m: r for r in trend_rows if (m := _month(r.get("month"))) is not None}
    this_month = today.replace(day=1)
    last_month = _previous_month(this_month)
    header = [
        "| | month | statements | mean polarity | 95% interval | negative |",
        "|---|---|---:|---:|---|---:|",
    ]
    lines = ["## The Kremlin toward the US", ""]
    if not by_month:
        return [*lines, "No dated Kremlin statement toward the US in the warehouse yet.", ""]
    lines += header
    lines.append(_trend_row("this month", this_month, by_month.get(this_month)))
    lines.append(_trend_row("last month", last_month, by_month.get(last_month)))
    sentence = _direction(by_month.get(this_month), by_month.get(last_month))
    latest = max(by_month)
    if latest not in (this_month, last_month):
        before = _previous_month(latest)
        lines.append(_trend_row("latest with data", latest, by_month[latest]))
        lines.append(_trend_row("month before that", before, by_month.get(before)))
        sentence = (
            f"No statement toward the US is dated this month or last month (articles are dated by "
            f"publication); the latest month with any is {latest:%Y-%m}. "
            + (
                _direction(by_month[latest], by_month[before])
                if before in by_month
                else f"There is none in {before:%Y-%m} to compare it with."
            )
        )
    lines += ["", sentence.strip() or "Too few statements to compare months.", ""]
    lines.append(
        "Polarity runs from -1 (hostile) to +1 (friendly); the interval is a 95% confidence "
        "interval of the monthly mean (– when a month has too few statements). Full series: "
        "`stancewatch sql \"select * from kremlin_trend_monthly where target = 'US'\"`."
    )
    return [*lines, ""]


def summary_markdown(
    summary: SummaryLike,
    trend_rows: Sequence[Mapping[str, Any]],
    today: date,
    trigger: str = "manual",
    trend_error: str | None = None,
) -> str:
    """The run summary artifact: files, statements, the US stance by month, data tests."""
    deferred = getattr(summary, "deferred", 0)
    seconds = getattr(summary, "seconds", 0)
    unchanged = max(0, summary.files_seen - summary.files_new - summary.rejected - deferred)
    lines = [
        f"# {run_title(summary, trigger)}",
        "",
        f"Started by **{trigger}**; folder `{summary.seeds_dir}` → warehouse `{summary.db_path}`; "
        f"{summary.batches} batch{'es' if summary.batches != 1 else ''}"
        + (f" in {seconds:.1f} s" if seconds else "")
        + f". In the warehouse's `runs` table this is run `{summary.run_id}`.",
        "",
        "## Files",
        "",
        "| | files |",
        "|---|---:|",
        f"| seen in the folder | {summary.files_seen} |",
        f"| new articles | {summary.files_new} |",
        f"| … of which duplicates of an earlier article | {summary.duplicates} |",
        f"| unchanged since an earlier run | {unchanged} |",
        f"| rejected | {summary.rejected} |",
    ]
    if deferred:
        lines.append(f"| still being written, left for the next run | {deferred} |")
    lines.append("")
    if summary.rejected_reasons:
        lines += ["Rejected, by reason:", ""]
        lines += [f"- {n} × {reason}" for reason, n in sorted(summary.rejected_reasons.items())]
        lines += ["", "The files are listed in the `rejected_files` table.", ""]
    lines += [
        "## Statements",
        "",
        f"- statements of Russian officials found: **{summary.statements}**",
        f"- stances scored: {summary.stances}, of which toward the US: **{summary.stances_us}** "
        f"(listed in the `{NEW_US_KEY}` artifact)",
        "",
    ]
    if trend_error:
        lines += ["## The Kremlin toward the US", "", f"Could not read the trend: {trend_error}"]
        lines.append("")
    else:
        lines += us_stance_section(trend_rows, today)
    total = summary.data_tests_passed + summary.data_tests_failed
    status = "all passed" if not summary.data_tests_failed else "**FAILED: marts not published**"
    if not getattr(summary, "marts_rebuilt", True):
        tests = "Nothing new was loaded, so the marts were kept as they were (tests not rerun)."
    else:
        tests = f"{summary.data_tests_passed} of {total} passed ({status})."
    return "\n".join([*lines, "## Data tests", "", tests, ""])


def _excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _link(seeds_dir: str, source_file: str, article_id: str) -> str:
    path = Path(seeds_dir) / source_file
    return path.as_uri() if path.is_absolute() else f"article:{article_id}"


def us_statement_rows(rows: Iterable[Mapping[str, Any]], seeds_dir: str) -> list[dict[str, Any]]:
    """Table artifact rows for new statements toward the US (one dict per row, display order)."""
    out = []
    for r in rows:
        polarity = r.get("polarity")
        out.append(
            {
                "speaker": r["speaker"],
                "stance": r["stance"],
                "polarity": None if polarity is None else round(float(polarity), 2),
                "statement": _excerpt(r["text"]),
                "article": r.get("title") or r["source_file"],
                "source_file": r["source_file"],
                "link": _link(seeds_dir, r["source_file"], r["article_id"]),
            }
        )
    return out


# -- reading the warehouse ------------------------------------------------------------------------
def _fetch(db_path: str, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    from warehouse.connection import reader

    with reader(db_path, timeout_s=_READ_TIMEOUT_S) as con:
        cur = con.execute(sql, params)
        columns = [d[0] for d in cur.description]
        return [dict(zip(columns, row, strict=True)) for row in cur.fetchall()]


def _safe_fetch(db_path: str, sql: str, params: list[Any]) -> tuple[list[dict[str, Any]], str]:
    try:
        return _fetch(db_path, sql, params), ""
    except Exception as exc:  # a missing mart, a DuckDB shell holding the file...
        return [], f"{type(exc).__name__}: {exc}"


# -- talking to Prefect ---------------------------------------------------------------------------
def _run_tags() -> list[str]:
    from prefect.runtime import flow_run

    return list(flow_run.tags or [])


def _rename_run(title: str, tags: list[str], trigger: str) -> None:
    """Rename the current flow run to what it did; tag it with its trigger."""
    from prefect.client.orchestration import get_client
    from prefect.runtime import flow_run

    if not flow_run.id:
        return
    new_tags = sorted({*tags, "stancewatch", trigger})
    with get_client(sync_client=True) as client:
        client.update_flow_run(flow_run.id, name=title, tags=new_tags)


def shift_rows(shifts: Iterable[Mapping[str, Any]], limit: int = 20) -> list[dict[str, Any]]:
    """The latest stance shifts as table rows, newest first, with the statements behind them."""
    rows = sorted(shifts, key=lambda r: (r["month"], r["target"]), reverse=True)[:limit]
    out = []
    for r in rows:
        movers = r.get("top_statements") or []
        out.append(
            {
                "month": str(r["month"])[:7],
                "target": r["target"],
                "direction": r["direction"],
                "delta": _fmt(r["delta"]),
                "mean": f"{_fmt(r['previous_avg_polarity'])} -> {_fmt(r['avg_polarity'])}",
                "statements": " | ".join(
                    f"{m['speaker']} ({_fmt(m['polarity'])}): {_excerpt(m['statement_text'], 120)}"
                    for m in movers
                ),
            }
        )
    return out


def chart_markdown(png: bytes, png_path: Path, shifts: list[dict[str, Any]]) -> str:
    """The monthly US-stance chart (embedded, and as a file) and the latest shifts."""
    from stancewatch.charts import US_STANCE_EXPLAIN, png_data_uri

    lines = [
        "# The Kremlin's stance toward the US, month by month",
        "",
        f"![monthly stance toward the US]({png_data_uri(png)})",
        "",
        US_STANCE_EXPLAIN,
        "",
        f"The same chart as a file: [{png_path.name}]({png_path.as_uri()}); all charts and an "
        "HTML page: `stancewatch report`.",
        "",
        "## Latest shifts",
        "",
    ]
    if not shifts:
        lines.append("No month has moved outside the previous month's interval yet.")
    else:
        lines += [
            "| month | target | direction | delta | mean | statements that moved it |",
            "|---|---|---|---|---|---|",
        ]
        lines += [
            f"| {r['month']} | {r['target']} | {r['direction']} | {r['delta']} | {r['mean']} | "
            f"{r['statements'].replace('|', '/')} |"
            for r in shifts
        ]
    return "\n".join(lines)


def _chart_key(monthly: Any) -> str:
    """What the chart depends on: the monthly figures and the code that draws them."""
    import hashlib
    import importlib.util

    digest = hashlib.sha256(monthly.write_csv().encode())
    origin = importlib.util.find_spec("stancewatch.charts").origin  # type: ignore[union-attr]
    digest.update(Path(str(origin)).read_bytes())
    return digest.hexdigest()


def chart_png(monthly: Any, png_path: Path) -> bytes:
    """The monthly US chart as PNG, written to png_path; reused when nothing it shows changed.

    Drawing it costs about 0.7 s of CPU (importing matplotlib and rendering), most of a run with
    no new files. Next to the PNG a stamp keeps the key of what it shows and the PNG's own hash,
    so a PNG replaced by someone else, or written only halfway, is drawn again.
    """
    import hashlib

    from stancewatch.charts import chart_png_bytes

    stamp = png_path.with_name(png_path.name + ".key")
    key = _chart_key(monthly)
    try:
        old_key, old_hash = stamp.read_text().split()
        png = png_path.read_bytes()
        if old_key == key and hashlib.sha256(png).hexdigest() == old_hash:
            return png
    except (OSError, ValueError):
        pass
    png = chart_png_bytes("us_stance", monthly)
    png_path.parent.mkdir(parents=True, exist_ok=True)
    stamp.unlink(missing_ok=True)
    png_path.write_bytes(png)
    stamp.write_text(f"{key} {hashlib.sha256(png).hexdigest()}\n")
    return png


class _ChartJob:
    """Reads the marts now and draws the chart on a thread, while the run's other artifacts are
    sent to the server (which waits on the network, not the CPU)."""

    def __init__(self, db_path: str) -> None:
        import threading

        self.png_path = Path(db_path).resolve().parent / "reports" / "us_stance_monthly.png"
        self.shifts: list[dict[str, Any]] = []
        self.png: bytes | None = None
        self.error: BaseException | None = None
        self._thread: threading.Thread | None = None
        try:
            from warehouse.query import mart_frames

            marts = mart_frames(db_path, timeout_s=5)
            self.shifts = shift_rows(marts["stance_shifts"].to_dicts())
            monthly = marts["kremlin_trend_monthly"]
        except Exception as exc:
            self.error = exc
            return
        self._thread = threading.Thread(
            target=self._draw, args=(monthly,), name="stancewatch-chart", daemon=True
        )
        self._thread.start()

    def _draw(self, monthly: Any) -> None:
        try:
            self.png = chart_png(monthly, self.png_path)
        except Exception as exc:
            self.error = exc

    def result(self) -> bytes:
        """The PNG; raises what reading the marts or drawing raised."""
        if self._thread is not None:
            self._thread.join()
        if self.error is not None:
            raise self.error
        assert self.png is not None
        return self.png


def publish_trend_artifacts(db_path: str, job: _ChartJob | None = None) -> None:
    """Attach the latest chart and the shifts table to the run; never raises."""
    from prefect.artifacts import create_markdown_artifact, create_table_artifact

    try:
        job = job or _ChartJob(db_path)
        png = job.result()
        shifts = job.shifts
        create_markdown_artifact(
            markdown=chart_markdown(png, job.png_path, shifts),
            key=CHART_KEY,
            description="Monthly stance of all Kremlin speakers toward the US, and the shifts",
        )
        create_table_artifact(
            table=shifts or [{"month": "", "target": "", "direction": "(no shift yet)"}],
            key=SHIFTS_KEY,
            description=f"{len(shifts)} month(s) where the stance toward a target shifted",
        )
    except Exception:  # the data is loaded; the chart is a bonus
        log.warning("could not publish the chart and shifts artifacts", exc_info=True)


def publish_run_artifacts(summary: SummaryLike, db_path: str) -> None:
    """Create the summary and new-US-statements artifacts and rename the run; never raises."""
    from prefect.artifacts import create_markdown_artifact, create_table_artifact

    chart = _ChartJob(db_path)  # drawn while the artifacts below go to the server
    try:
        tags = _run_tags()
        trigger = trigger_of(tags)
        trend, trend_error = _safe_fetch(db_path, _TREND_SQL, [])
        markdown = summary_markdown(summary, trend, date.today(), trigger, trend_error or None)
        create_markdown_artifact(
            markdown=markdown,
            key=SUMMARY_KEY,
            description=run_title(summary, trigger),
        )
        rows, error = _safe_fetch(db_path, _NEW_US_SQL, [summary.run_id, MAX_TABLE_ROWS + 1])
        table = us_statement_rows(rows[:MAX_TABLE_ROWS], summary.seeds_dir)
        more = len(rows) > MAX_TABLE_ROWS
        description = (
            f"Could not read the new statements: {error}"
            if error
            else f"{len(table)}{'+' if more else ''} new statement(s) toward the US in run "
            f"{summary.run_id}" + (f" (first {MAX_TABLE_ROWS} shown)" if more else "")
        )
        create_table_artifact(
            table=table or [{"speaker": "", "stance": "", "statement": "(none in this run)"}],
            key=NEW_US_KEY,
            description=description,
        )
        _rename_run(run_title(summary, trigger), tags, trigger)
    except Exception:  # the data is loaded; the UI story is a bonus
        log.warning("could not publish the run artifacts", exc_info=True)
    publish_trend_artifacts(db_path, chart)


def progress(total_batches: int) -> Callable[[int], None]:
    """A progress artifact for the batch loop; call the returned function after each batch."""
    from prefect.artifacts import create_progress_artifact, update_progress_artifact

    total = max(0, int(total_batches))
    try:
        artifact_id = create_progress_artifact(
            progress=0.0 if total else 100.0,
            key=PROGRESS_KEY,
            description=f"0 of {total} batches loaded" if total else "no new files to load",
        )
    except Exception:
        log.warning("could not create the progress artifact", exc_info=True)
        artifact_id = None

    def update(batch_no: int) -> None:
        if artifact_id is None or not total:
            return
        done = min(max(batch_no, 0), total)
        try:
            update_progress_artifact(
                artifact_id=artifact_id,
                progress=100.0 * done / total,
                description=f"{done} of {total} batches loaded",
            )
        except Exception:
            log.warning("could not update the progress artifact", exc_info=True)

    return update
