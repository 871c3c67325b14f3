"""Statements stage: quotes and indirect speech of Russian officials, attributed."""

from __future__ import annotations

import polars as pl
from prefect import task
from prefect.cache_policies import NONE

from flows import runners
from stancewatch import pipeline


@task(
    name="extract_statements",
    task_run_name="extract statements batch {batch_no}",
    description="Find direct and indirect statements of Russian officials in canonical articles. "
    "CPU work: runs in the run's worker pool or on a Dask worker.",
    cache_policy=NONE,
)
def extract_statements(articles: pl.DataFrame, batch_no: int, run_id: str = "") -> pl.DataFrame:
    return runners.offload(run_id, "statements", pipeline.find_statements, articles)
