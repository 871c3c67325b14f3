"""Dedupe stage: exact and near duplicates (MinHash + LSH) against everything seen before."""

from __future__ import annotations

import polars as pl
from prefect import task
from prefect.cache_policies import NONE

from flows.retry import unless_locked
from stancewatch import pipeline
from stancewatch.dedupe import DuplicateIndex
from warehouse.load import canonical_signatures


@task(
    name="load_duplicate_index",
    description="Rebuild the near-duplicate index from the signatures of canonical articles.",
    cache_policy=NONE,
    retries=3,
    retry_condition_fn=unless_locked,
    retry_delay_seconds=[1, 5, 15],
)
def load_duplicate_index(db_path: str, lock_timeout_s: float) -> DuplicateIndex:
    return pipeline.index_from_signatures(canonical_signatures(db_path, timeout_s=lock_timeout_s))


@task(
    name="dedupe_articles",
    task_run_name="dedupe batch {batch_no}",
    description="Point exact copies, near copies and reprints at the earliest canonical article.",
    cache_policy=NONE,
)
def dedupe_articles(
    articles: pl.DataFrame, index: DuplicateIndex, batch_no: int
) -> tuple[pl.DataFrame, pl.DataFrame]:
    return pipeline.dedupe_articles(articles, index)
