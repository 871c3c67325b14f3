"""The loaded tables: the public contract of issue #2 plus the audit tables around it.

`articles`, `rejected_files`, `statements` and `stances` are a public contract: users' saved queries
depend on their names and columns. Add columns here (with `add column if not exists` so existing
warehouses upgrade in place); never rename or drop one.

Keys are unique without PRIMARY KEY constraints: every load inserts only rows whose key is not
stored yet (an anti-join, warehouse/load.py), under the run lock, and data tests (sql/tests/
unique_*.sql) fail a run that finds a doubled key. Why no constraints: DuckDB keeps an ART index
per primary key and, in the (DuckDB 1.4-compatible) storage format the warehouse uses, rewrites
those indexes in full at every checkpoint, so each load cost time in proportion to the whole
warehouse (measured: 1.3 s instead of 0.2 s to load 100 articles into a 10,000-article
warehouse). Warehouses created with the constraints are rebuilt without them once
(`drop_primary_keys`), with every row kept.
"""

from __future__ import annotations

import duckdb

# One row per ingested file version, exactly as read (for audits and re-cleaning).
RAW_ARTICLES = """
create table if not exists raw_articles (
    article_id varchar,
    source_file varchar not null,
    content_sha256 varchar not null,
    raw_text varchar not null,
    size_bytes bigint,
    mtime_ns bigint,
    ingested_at timestamp not null
)"""

# One row per ingested file version, parsed and cleaned.
ARTICLES = """
create table if not exists articles (
    article_id varchar,
    source_file varchar not null,
    content_sha256 varchar not null,
    title varchar,
    source varchar,
    published date,
    published_precision varchar not null,
    published_from varchar not null,
    body varchar not null,
    duplicate_of varchar,
    duplicate_kind varchar,
    similarity double,
    normalized_sha256 varchar,
    ingested_at timestamp not null,
    run_id varchar
)"""

# One row per file version that could not become an article, with the reason.
REJECTED_FILES = """
create table if not exists rejected_files (
    source_file varchar not null,
    reason varchar not null,
    content_sha256 varchar,
    size_bytes bigint,
    mtime_ns bigint,
    seen_at timestamp not null,
    run_id varchar
)"""

# One row per statement by a Russian official or institution, in a canonical article.
STATEMENTS = """
create table if not exists statements (
    statement_id varchar,
    article_id varchar not null,
    speaker varchar not null,
    kind varchar not null,
    text varchar not null,
    char_start integer not null,
    char_end integer not null,
    speaker_mention varchar,
    cue varchar
)"""

# One row per (statement, target).
STANCES = """
create table if not exists stances (
    statement_id varchar not null,
    target varchar not null,
    target_mention varchar,
    polarity double not null,
    subjectivity double not null,
    stance varchar not null,
    evidence varchar,
    target_implied boolean,
    rule_stance varchar,
    stance_probability double
)"""

# MinHash signatures of canonical articles, to rebuild the near-duplicate index in later runs.
ARTICLE_SIGNATURES = """
create table if not exists article_signatures (
    article_id varchar,
    normalized_sha256 varchar not null,
    signature ubigint[] not null
)"""

# One row per pipeline run.
RUNS = """
create table if not exists runs (
    run_id varchar,
    started_at timestamp not null,
    finished_at timestamp,
    status varchar not null,
    seeds_dir varchar,
    files_seen integer,
    files_new integer,
    duplicates integer,
    rejected integer,
    statements integer,
    stances_us integer,
    message varchar
)"""

TABLES: dict[str, str] = {
    "raw_articles": RAW_ARTICLES,
    "articles": ARTICLES,
    "rejected_files": REJECTED_FILES,
    "statements": STATEMENTS,
    "stances": STANCES,
    "article_signatures": ARTICLE_SIGNATURES,
    "runs": RUNS,
}


# Columns added to a public table after warehouses with the table already existed (the column
# is also in the table's DDL above, for new warehouses).
ADDED_COLUMNS: tuple[str, ...] = (
    # session 6: the target is only the article's counterpart (a statement naming nobody)
    "alter table stances add column if not exists target_implied boolean",
    # session 13: the rules' own stance and the learned layer's probability (stancewatch/learned.py)
    "alter table stances add column if not exists rule_stance varchar",
    "alter table stances add column if not exists stance_probability double",
)


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the loaded tables when missing, and add the columns added since (idempotent)."""
    for ddl in TABLES.values():
        con.execute(ddl)
    for ddl in ADDED_COLUMNS:
        con.execute(ddl)


def drop_primary_keys(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Rebuild, inside the caller's transaction, each loaded table that still has a PRIMARY
    KEY (a warehouse from before they were dropped) without it; every row and column is kept.
    Returns the tables rebuilt."""
    with_keys = [
        row[0]
        for row in con.execute(
            "select distinct table_name from duckdb_constraints() "
            "where constraint_type = 'PRIMARY KEY' and schema_name = 'main'"
        ).fetchall()
        if row[0] in TABLES
    ]
    for table in with_keys:
        old = f"{table}__with_primary_key"
        con.execute(f"alter table {table} rename to {old}")
        con.execute(TABLES[table])
        con.execute(f"insert into {table} by name select * from {old}")
        con.execute(f"drop table {old}")
    return with_keys
