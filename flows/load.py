"""Load stage: one transaction per batch into DuckDB."""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NONE

from flows.retry import unless_locked
from warehouse.load import LoadBatch
from warehouse.load import load_batch as _load_batch


@task(
    name="load_batch",
    task_run_name="load batch {batch_no}",
    description="Insert a batch's articles, statements and stances in one transaction.",
    cache_policy=NONE,
    retries=3,
    retry_condition_fn=unless_locked,
    retry_delay_seconds=[1, 5, 15],
)
def load_batch(
    db_path: str, batch: LoadBatch, lock_timeout_s: float, batch_no: int
) -> dict[str, int]:
    return _load_batch(db_path, batch, timeout_s=lock_timeout_s)
