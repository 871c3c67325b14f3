"""Stance stage: targets of each statement and textblob-nl polarity toward each."""

from __future__ import annotations

import polars as pl
from prefect import task
from prefect.cache_policies import NONE

from stancewatch import pipeline


@task(
    name="score_stances",
    task_run_name="score batch {batch_no}",
    description="Score each statement toward each target (US, NATO, EU, ...) with textblob-nl "
    "and the domain lexicon.",
    cache_policy=NONE,
)
def score_stances(statements: pl.DataFrame, articles: pl.DataFrame, batch_no: int) -> pl.DataFrame:
    return pipeline.score_stances(statements, articles)
