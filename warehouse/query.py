"""Ad-hoc read-only queries for `stancewatch sql`."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import duckdb
import polars as pl

from warehouse.connection import DEFAULT_LOCK_TIMEOUT_S, reader, to_polars

READ_ONLY_TYPES = {"SELECT", "EXPLAIN", "PRAGMA"}
# PRAGMAs that only describe the database. Others change settings, and some of those write files
# (`pragma profiling_output = '...'`), which a read-only connection does not prevent.
INFORMATIVE_PRAGMAS = {
    "table_info", "show", "show_tables", "show_tables_expanded", "show_databases",
    "database_list", "database_size", "storage_info", "metadata_info", "version", "platform",
    "functions", "collations", "user_agent",
}
FORMATS = ("table", "csv", "json", "markdown")
_EXPLAIN_RE = re.compile(r"^\s*explain\s+(?:analy[sz]e\s+|\([^)]*\)\s*)?", re.IGNORECASE)
_PRAGMA_RE = re.compile(r"^\s*pragma\s+(?P<name>\w+)\s*(?P<assign>=)?", re.IGNORECASE)


class QueryRefused(ValueError):
    """The query would write, or is not a single read-only statement."""


class QueryError(RuntimeError):
    """DuckDB rejected the query; the message is DuckDB's own."""


def check_read_only(query: str) -> None:
    """Refuse anything but read-only statements, before the warehouse is even opened.

    A read-only connection keeps the warehouse safe, but not the disk: `explain analyze copy ...
    to 'file'` runs the COPY, and some PRAGMAs write files. So EXPLAIN must wrap a SELECT, and
    only PRAGMAs that describe the database pass.
    """
    try:
        statements = duckdb.extract_statements(query)
    except duckdb.Error as exc:
        raise QueryError(str(exc)) from exc
    if not statements:
        raise QueryRefused("no SQL statement given")
    for st in statements:
        _check_statement(st.type.name, st.query)


def _check_statement(kind: str, text: str) -> None:
    if kind not in READ_ONLY_TYPES:
        raise _refusal(f"this is a {kind} statement")
    if kind == "EXPLAIN":
        inner = _EXPLAIN_RE.sub("", text, count=1)
        try:
            inner_statements = duckdb.extract_statements(inner)
        except duckdb.Error as exc:
            raise QueryError(str(exc)) from exc
        inner_kinds = {s.type.name for s in inner_statements}
        if inner_kinds != {"SELECT"}:
            raise _refusal(f"this EXPLAINs a {', '.join(sorted(inner_kinds))} statement")
    elif kind == "PRAGMA":
        m = _PRAGMA_RE.match(text)
        if m is None or m.group("assign") or m.group("name").lower() not in INFORMATIVE_PRAGMAS:
            raise _refusal("this PRAGMA changes a setting")


def _refusal(what: str) -> QueryRefused:
    return QueryRefused(
        f"refused: `stancewatch sql` is read-only and {what}. "
        "Query the tables with SELECT; the pipeline is the only writer."
    )


def run_query(
    db_path: str | Path, query: str, *, timeout_s: float = DEFAULT_LOCK_TIMEOUT_S
) -> pl.DataFrame:
    """Run a read-only query and return its result (the last statement's, when several)."""
    check_read_only(query)
    with reader(db_path, timeout_s=timeout_s) as con:
        try:
            statements = duckdb.extract_statements(query)
            for st in statements[:-1]:
                con.execute(st.query)
            relation = con.sql(statements[-1].query)
            if relation is None:
                return pl.DataFrame()
            return to_polars(relation.to_arrow_table())
        except duckdb.Error as exc:
            raise QueryError(str(exc)) from exc


def format_frame(frame: pl.DataFrame, fmt: str = "table", max_width: int = 80) -> str:
    """Render a result as a text table, CSV, JSON rows or a Markdown table."""
    if fmt == "csv":
        return _csv(frame)
    if fmt == "json":
        return json.dumps(frame.to_dicts(), ensure_ascii=False, default=str, indent=2)
    if fmt not in ("table", "markdown"):
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    with pl.Config(
        tbl_rows=-1,
        tbl_cols=-1,
        fmt_str_lengths=max_width,
        tbl_width_chars=10_000,
        tbl_hide_dataframe_shape=True,
        tbl_hide_column_data_types=fmt == "markdown",
        tbl_formatting="MARKDOWN" if fmt == "markdown" else "UTF8_FULL_CONDENSED",
    ):
        text = str(frame)
    return text + ("" if fmt == "markdown" else f"\n({frame.height} rows)")


def _csv(frame: pl.DataFrame) -> str:
    nested = [c for c, t in frame.schema.items() if t.is_nested()]
    if nested:
        frame = frame.with_columns(
            pl.col(c).map_elements(lambda v: json.dumps(v, default=str), return_dtype=pl.String)
            for c in nested
        )
    buf = io.StringIO()
    frame.write_csv(buf)
    return buf.getvalue()


def statements_with_stances(
    db_path: str | Path, *, timeout_s: float = DEFAULT_LOCK_TIMEOUT_S
) -> pl.DataFrame:
    """One row per (statement, target) with the file name, for `stancewatch evaluate`."""
    with reader(db_path, timeout_s=timeout_s) as con:
        return to_polars(
            con.sql(
                """
                select
                    regexp_extract(a.source_file, '[^/]+$') as file,
                    s.statement_id,
                    s.speaker,
                    s.kind,
                    s.text,
                    st.target,
                    st.stance,
                    st.polarity,
                    st.rule_stance
                from statements as s
                inner join articles as a on s.article_id = a.article_id
                left join stances as st on s.statement_id = st.statement_id
                order by a.source_file, s.char_start, st.target
                """
            ).to_arrow_table()
        )


def mart_frames(
    db_path: str | Path, *, timeout_s: float = DEFAULT_LOCK_TIMEOUT_S
) -> dict[str, pl.DataFrame]:
    """The marts the report draws, read in one short read-only session."""
    names = ("kremlin_trend_monthly", "stance_trend_monthly", "stance_shifts", "coverage")
    with reader(db_path, timeout_s=timeout_s) as con:
        return {n: to_polars(con.sql(f"select * from {n}").to_arrow_table()) for n in names}
