"""Trends stage: build the SQL models and run the data tests before publishing the marts."""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NONE

from warehouse.models import BuildResult, build


@task(
    name="build_trends",
    description="Build sql/ (staging -> intermediate -> marts) in one transaction; a failing data "
    "test rolls it back so the published marts stay as they were.",
    cache_policy=NONE,
)
def build_trends(db_path: str, lock_timeout_s: float) -> BuildResult:
    return build(db_path, timeout_s=lock_timeout_s)
