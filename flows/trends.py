"""Trends stage: build the SQL models and run the data tests before publishing the marts."""

from __future__ import annotations

import hashlib
from functools import cache

from prefect import task
from prefect.cache_policies import NONE

from warehouse.models import SQL_DIR, BuildResult, build
from warehouse.query import QueryError, run_query

_KEPT = "nothing new: marts kept"
_BUILT = "marts rebuilt"


@task(
    name="build_trends",
    description="Build sql/ (staging -> intermediate -> marts) in one transaction; a failing data "
    "test rolls it back so the published marts stay as they were.",
    cache_policy=NONE,
)
def build_trends(db_path: str, lock_timeout_s: float) -> BuildResult:
    return build(db_path, timeout_s=lock_timeout_s)


@cache
def sql_fingerprint() -> str:
    """A short hash of every file under sql/: marts built by other SQL are out of date."""
    h = hashlib.sha256()
    for path in sorted(SQL_DIR.rglob("*")):
        if path.is_file():
            h.update(str(path.relative_to(SQL_DIR)).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:12]


def run_message(rebuilt: bool) -> str:
    """The `runs.message` of a completed run: whether it rebuilt the marts, and from which SQL."""
    return f"{_BUILT if rebuilt else _KEPT} (sql {sql_fingerprint()})"


@task(
    name="marts_up_to_date",
    description="True when this run loaded nothing and the previous run completed with the same "
    "sql/: the marts already show every row, so rebuilding them would change nothing.",
    cache_policy=NONE,
)
def marts_up_to_date(db_path: str, run_id: str, lock_timeout_s: float) -> bool:
    """Whether the published marts already reflect the loaded tables (see the description).

    Only a run that inserted no row at all asks; the previous run must have completed (a failed
    run may have loaded batches and left the marts behind) and built or kept them from the same
    sql/ files."""
    safe_id = run_id.replace("'", "''")
    try:
        last = run_query(
            db_path,
            "select status, message from runs where run_id <> "
            f"'{safe_id}' order by started_at desc limit 1",
            timeout_s=lock_timeout_s,
        )
    except QueryError:
        return False
    if last.is_empty():
        return False
    status, message = last.row(0)
    return status == "completed" and (message or "").endswith(f"(sql {sql_fingerprint()})")
