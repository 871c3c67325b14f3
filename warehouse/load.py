"""Loading batches into the warehouse: idempotent, one transaction per batch.

Every insert is guarded by an anti-join on its key, so loading the same batch twice changes nothing,
and a batch's articles, statements and stances become visible together or not at all.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import duckdb
import polars as pl

from warehouse.connection import DEFAULT_LOCK_TIMEOUT_S, reader, to_polars, transaction
from warehouse.schema import drop_primary_keys, ensure_schema

# (table, key columns) in load order: parents before children.
_KEYS: list[tuple[str, tuple[str, ...]]] = [
    ("raw_articles", ("article_id",)),
    ("articles", ("article_id",)),
    ("article_signatures", ("article_id",)),
    ("statements", ("statement_id",)),
    ("stances", ("statement_id", "target")),
]


_INTERRUPTED = (
    "stopped before it finished (killed, or the machine went down); its committed batches "
    "were kept and the next run did the rest"
)


@dataclass
class LoadBatch:
    """What one batch adds to the warehouse; every frame may be empty."""

    raw_articles: pl.DataFrame | None = None
    articles: pl.DataFrame | None = None
    article_signatures: pl.DataFrame | None = None
    statements: pl.DataFrame | None = None
    stances: pl.DataFrame | None = None
    rejected_files: pl.DataFrame | None = None
    counts: dict[str, int] = field(default_factory=dict)


def init_warehouse(db_path: str | Path, *, timeout_s: float = DEFAULT_LOCK_TIMEOUT_S) -> None:
    """Create the warehouse file and its loaded tables if they do not exist (and take the
    primary keys off a warehouse created with them: see warehouse/schema.py)."""
    with transaction(db_path, timeout_s=timeout_s, label="init") as con:
        ensure_schema(con)
        drop_primary_keys(con)


def _insert_new(
    con: duckdb.DuckDBPyConnection,
    table: str,
    keys: tuple[str, ...],
    frame: pl.DataFrame,
    nullable: tuple[str, ...] = (),
) -> int:
    """Insert the rows of `frame` whose key is not in `table` yet; return how many.

    `nullable` key columns match null to null (a rejection of an unreadable file has no hash).
    A key repeated inside `frame` is inserted once (its first row): the tables have no primary
    key constraint to refuse it.
    """
    if frame.is_empty():
        return 0
    frame = frame.unique(subset=[*keys, *nullable], keep="first", maintain_order=True)
    con.register("_batch", frame.to_arrow())
    try:
        on = " and ".join(
            [f"t.{k} = b.{k}" for k in keys]
            + [f"t.{k} is not distinct from b.{k}" for k in nullable]
        )
        before = con.execute(f"select count(*) from {table}").fetchall()[0][0]
        con.execute(
            f"insert into {table} by name select b.* from _batch b "
            f"where not exists (select 1 from {table} t where {on})"
        )
        after = con.execute(f"select count(*) from {table}").fetchall()[0][0]
    finally:
        with suppress(duckdb.Error):  # an aborted transaction refuses even this
            con.unregister("_batch")
    return int(after - before)


def load_batch(
    db_path: str | Path, batch: LoadBatch, *, timeout_s: float = DEFAULT_LOCK_TIMEOUT_S
) -> dict[str, int]:
    """Write one batch in a single transaction; return rows inserted per table."""
    inserted: dict[str, int] = {}
    with transaction(db_path, timeout_s=timeout_s, label="load") as con:
        ensure_schema(con)
        for table, keys in _KEYS:
            frame = getattr(batch, table)
            inserted[table] = 0 if frame is None else _insert_new(con, table, keys, frame)
        rejected = batch.rejected_files
        # one rejection per (file, content, reason): re-seeing a bad file adds nothing
        inserted["rejected_files"] = (
            0
            if rejected is None
            else _insert_new(
                con, "rejected_files", ("source_file", "reason"), rejected, ("content_sha256",)
            )
        )
    return inserted


def known_file_versions(
    db_path: str | Path, *, timeout_s: float = DEFAULT_LOCK_TIMEOUT_S
) -> pl.DataFrame:
    """Every file version already accounted for (as an article or a rejection).

    Columns: source_file, content_sha256 (null for files that could not be read), size_bytes,
    mtime_ns, status ('article' or 'rejected').
    """
    empty = pl.DataFrame(
        schema={
            "source_file": pl.String,
            "content_sha256": pl.String,
            "size_bytes": pl.Int64,
            "mtime_ns": pl.Int64,
            "status": pl.String,
        }
    )
    if not Path(db_path).exists():
        return empty
    with reader(db_path, timeout_s=timeout_s) as con:
        if not _has_table(con, "raw_articles"):
            return empty
        return to_polars(
            con.sql(
                """
            select source_file, content_sha256, size_bytes, mtime_ns, 'article' as status
            from raw_articles
            union all
            select source_file, content_sha256, size_bytes, mtime_ns, 'rejected' as status
            from rejected_files
            """
            ).to_arrow_table(),
            empty.schema,
        )


def canonical_signatures(
    db_path: str | Path, *, timeout_s: float = DEFAULT_LOCK_TIMEOUT_S
) -> pl.DataFrame:
    """Signatures of canonical articles, in ingest order, to rebuild the duplicate index."""
    empty = pl.DataFrame(
        schema={
            "article_id": pl.String,
            "normalized_sha256": pl.String,
            "signature": pl.List(pl.UInt64),
        }
    )
    if not Path(db_path).exists():
        return empty
    with reader(db_path, timeout_s=timeout_s) as con:
        if not _has_table(con, "article_signatures"):
            return empty
        return to_polars(
            con.sql(
                """
            select s.article_id, s.normalized_sha256, s.signature
            from article_signatures s
            join articles a using (article_id)
            where a.duplicate_of is null
            order by a.ingested_at, a.source_file
            """
            ).to_arrow_table(),
            empty.schema,
        )


def record_run(
    db_path: str | Path,
    run_id: str,
    *,
    status: str,
    started_at: datetime,
    finished_at: datetime | None = None,
    seeds_dir: str | None = None,
    counts: dict[str, int] | None = None,
    message: str | None = None,
    timeout_s: float = DEFAULT_LOCK_TIMEOUT_S,
) -> list[str]:
    """Insert or update the row of this run in `runs`.

    When a run records itself as `running` (which it does holding the run lock, so no other run
    is alive), rows still marked `running` belong to runs that were killed: they become
    `interrupted`, and their ids are returned so the caller can say so.
    """
    counts = counts or {}
    row = {
        "run_id": run_id,
        "started_at": started_at,
        "finished_at": finished_at,
        "status": status,
        "seeds_dir": seeds_dir,
        "files_seen": counts.get("files_seen"),
        "files_new": counts.get("files_new"),
        "duplicates": counts.get("duplicates"),
        "rejected": counts.get("rejected"),
        "statements": counts.get("statements"),
        "stances_us": counts.get("stances_us"),
        "message": message,
    }
    interrupted: list[str] = []
    with transaction(db_path, timeout_s=timeout_s, label="record_run") as con:
        ensure_schema(con)
        if status == "running":
            interrupted = [
                r[0]
                for r in con.execute(
                    "update runs set status = 'interrupted', message = ? "
                    "where status = 'running' and run_id <> ? returning run_id",
                    [_INTERRUPTED, run_id],
                ).fetchall()
            ]
        con.execute("delete from runs where run_id = ?", [run_id])
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        con.execute(f"insert into runs ({cols}) values ({marks})", list(row.values()))
    return sorted(interrupted)


def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    found = con.execute(
        "select count(*) from information_schema.tables where table_name = ?", [name]
    ).fetchall()
    return bool(found[0][0])
