"""The loaded tables: the public contract of issue #2 plus the audit tables around it.

`articles`, `rejected_files`, `statements` and `stances` are a public contract: users' saved queries
depend on their names and columns. Add columns here (with `add column if not exists` so existing
warehouses upgrade in place); never rename or drop one.
"""

from __future__ import annotations

import duckdb

# One row per ingested file version, exactly as read (for audits and re-cleaning).
RAW_ARTICLES = """
create table if not exists raw_articles (
    article_id varchar primary key,
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
    article_id varchar primary key,
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
    statement_id varchar primary key,
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
    primary key (statement_id, target)
)"""

# MinHash signatures of canonical articles, to rebuild the near-duplicate index in later runs.
ARTICLE_SIGNATURES = """
create table if not exists article_signatures (
    article_id varchar primary key,
    normalized_sha256 varchar not null,
    signature ubigint[] not null
)"""

# One row per pipeline run.
RUNS = """
create table if not exists runs (
    run_id varchar primary key,
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


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the loaded tables when missing (idempotent)."""
    for ddl in TABLES.values():
        con.execute(ddl)
