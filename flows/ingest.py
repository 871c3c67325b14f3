"""Ingest stage: find the files in the watched folder, read the new ones, parse and clean them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import polars as pl
from prefect import get_run_logger, task
from prefect.cache_policies import NONE

from flows import runners
from flows.retry import unless_locked
from stancewatch import pipeline
from stancewatch.read import FoundFile, Rejection, scan_folder
from warehouse.load import known_file_versions


@task(
    name="scan_files",
    description="List every .txt file under the watched folder; links outside it are rejected.",
    cache_policy=NONE,
    retries=2,
    retry_condition_fn=unless_locked,
    retry_delay_seconds=[1, 5],
)
def scan_files(seeds_dir: str, max_bytes: int) -> tuple[list[FoundFile], list[Rejection]]:
    return scan_folder(Path(seeds_dir), max_bytes)


@task(
    name="find_new_files",
    description="Anti-join the folder listing with the file versions the warehouse already has.",
    cache_policy=NONE,
    retries=3,
    retry_condition_fn=unless_locked,
    retry_delay_seconds=[1, 5, 15],
)
def find_new_files(
    db_path: str, found: list[FoundFile], lock_timeout_s: float
) -> tuple[list[FoundFile], set[tuple[str, str]]]:
    known = known_file_versions(db_path, timeout_s=lock_timeout_s)
    versions = {(f, h) for f, h in known.select("source_file", "content_sha256").iter_rows() if h}
    return pipeline.select_new_files(found, known), versions


@task(
    name="read_files",
    task_run_name="read batch {batch_no} ({n_files} files)",
    description="Read and decode a batch of files; empty, binary or undecodable ones are rejected.",
    cache_policy=NONE,
    retries=2,
    retry_condition_fn=unless_locked,
    retry_delay_seconds=[1, 5],
)
def read_files(
    files: list[FoundFile],
    known_versions: set[tuple[str, str]],
    ingested_at: datetime,
    run_id: str,
    max_bytes: int,
    settle_s: float,
    batch_no: int,
    n_files: int,
) -> pipeline.ReadResult:
    result = pipeline.read_files(
        files,
        known_versions,
        ingested_at=ingested_at,
        run_id=run_id,
        max_bytes=max_bytes,
        settle_s=settle_s,
    )
    if result.deferred:
        get_run_logger().info(
            "%d file(s) are still being written and are left for the next run: %s",
            len(result.deferred),
            ", ".join(result.deferred[:10]),
        )
    if result.vanished:
        get_run_logger().warning(
            "%d file(s) disappeared before they could be read and were skipped: %s",
            len(result.vanished),
            ", ".join(result.vanished[:10]),
        )
    return result


@task(
    name="parse_articles",
    task_run_name="parse batch {batch_no}",
    description="Title, byline, date and a cleaned body (page furniture and repeats removed), "
    "and the body's duplicate-detection fingerprints (hash, MinHash). CPU work: runs in the "
    "run's worker pool or on a Dask worker.",
    cache_policy=NONE,
)
def parse_articles(
    raw: pl.DataFrame, run_id: str, batch_no: int
) -> tuple[pl.DataFrame, pl.DataFrame]:
    return runners.offload(run_id, "parse", pipeline.parse_and_fingerprint, raw, run_id=run_id)
