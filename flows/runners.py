"""Where the CPU-heavy batch stages run: in this process, a local process pool, or a Dask cluster.

Parsing, statement extraction and stance scoring are pure-Python CPU work, so threads do not help
(the GIL). Two ways to spread them over cores, both keeping ONE writer (the flow's own thread)
for DuckDB and the duplicate index, so the warehouse gets exactly the rows of a sequential run:

- `process` (default): the flow submits those tasks to Prefect's thread pool, and each task body
  hands its work to a process pool created once per run (spawned workers import the domain
  modules once and are reused across batches). Small runs skip the pool: starting it costs more
  than it saves below a few hundred files.
- `dask`: the flow runs with prefect-dask's `DaskTaskRunner`; the same tasks run on the Dask
  workers (a temporary local cluster, or the scheduler at `dask_address`), which compute inline.

`run_pipeline` is what the CLI calls.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.context
import os
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

TASK_RUNNERS = ("process", "dask")
# below this many new files a run computes in its own process: spawning workers and importing
# the domain modules in them (~1 s of CPU each) would cost more than the second core saves
MIN_FILES_FOR_POOL = 400

# A one-shot run sends no Prefect heartbeats unless this is set (to 30 s or more): at the end of
# every flow run Prefect waits up to a second for its heartbeat thread (measured: 1.08 s vs
# 0.12 s per empty flow run), and heartbeats only serve Prefect's zombie-run automation, which
# a user sets up on purpose (and then sets this variable as Prefect's docs say). Our own `runs`
# table marks killed runs 'interrupted' either way. `stancewatch serve` keeps Prefect's default.
HEARTBEAT_ENV = "PREFECT_FLOWS_HEARTBEAT_FREQUENCY"

_log = logging.getLogger("stancewatch.runners")
_lock = threading.Lock()
_pools: dict[str, ProcessPoolExecutor] = {}  # run_id -> the run's worker pool
_clocks: dict[str, dict[str, float]] = {}  # run_id -> stage (or "stage:cpu") -> seconds


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _import_preload() -> None:
    """Pool initializer: the domain modules, warmed (already there when forked from the fork
    server, which imported them once; imported here under the spawn fallback)."""
    import flows._preload  # noqa: F401


def _pool_context() -> multiprocessing.context.BaseContext:
    """Fork server where there is one: workers fork from a clean process that imported the domain
    modules once (flows/_preload.py). Never a plain fork of the flow process, which has Prefect's
    and Polars' threads running mid-flight. Spawn elsewhere."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["flows._preload"])
        return ctx
    return multiprocessing.get_context("spawn")


def start_fork_server() -> bool:
    """Start the pool's fork server now, in the background. Why: it imports and warms the domain
    modules (about a second) while the flow loads the duplicate index and reads the first batch,
    instead of after that. Before Prefect is imported it is started only for a run into a new
    warehouse (0.5 s sooner to the first parsed batch), not for every run: small runs never use
    it and were 0.35 s slower for it on a busy machine. Returns whether one is running."""
    ctx = _pool_context()
    if ctx.get_start_method() != "forkserver":
        return False
    from multiprocessing import forkserver

    forkserver.ensure_running()
    return True


def _timed(fn: Callable[..., T], args: tuple, kwargs: dict) -> tuple[T, float, float]:
    """`fn(*args, **kwargs)`, its wall time and the CPU time of the thread that ran it."""
    started, cpu = time.perf_counter(), time.thread_time()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - started, time.thread_time() - cpu


@contextmanager
def worker_pool(run_id: str, workers: int) -> Iterator[int]:
    """A process pool for the run `run_id` while the block runs (none when `workers` < 2).

    Yields the number of processes the CPU stages use. Like any multiprocessing code, a script
    that runs the flow must guard that call with `if __name__ == "__main__":` (new processes
    import the main module).
    """
    if workers < 2:
        yield 1
        return
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=_pool_context(), initializer=_import_preload
    )
    start_fork_server()
    with _lock:
        _pools[run_id] = pool
    try:
        yield workers
    finally:
        with _lock:
            _pools.pop(run_id, None)
        pool.shutdown(wait=True, cancel_futures=True)


@contextmanager
def stage_clock(run_id: str) -> Iterator[dict[str, float]]:
    """Seconds of work per stage for the run, summed over batches (also work done in the pool):
    wall time under the stage's name, CPU time under "<stage>:cpu"."""
    clock: dict[str, float] = {}
    with _lock:
        _clocks[run_id] = clock
    try:
        yield clock
    finally:
        with _lock:
            _clocks.pop(run_id, None)


def record(run_id: str, stage: str, seconds: float, cpu_seconds: float | None = None) -> None:
    """Add wall (and CPU) seconds to `stage` on the run's clock (no-op where the run has no
    clock, e.g. on a Dask worker)."""
    with _lock:
        clock = _clocks.get(run_id)
        if clock is not None:
            clock[stage] = clock.get(stage, 0.0) + seconds
            if cpu_seconds is not None:
                key = f"{stage}:cpu"
                clock[key] = clock.get(key, 0.0) + cpu_seconds


def offload(
    _run_id: str, _stage: str, fn: Callable[..., T], /, *args: Any, **kwargs: Any
) -> T:
    """Run `fn(*args, **kwargs)` in the pool of the run `_run_id` if it has one, else right here
    (which on a Dask worker is where Dask put the task); the time it took is added to `_stage`."""
    with _lock:
        pool = _pools.get(_run_id)
    result: T | None = None
    if pool is not None:
        try:
            result, seconds, cpu = pool.submit(_timed, fn, args, kwargs).result()
        except BrokenProcessPool:
            _log.warning(
                "the worker pool broke (a worker died; a script running the flow must guard it "
                "with `if __name__ == '__main__':`); computing in the flow process from now on"
            )
            with _lock:
                if _pools.get(_run_id) is pool:
                    _pools.pop(_run_id)
            pool = None
    if pool is None:
        result, seconds, cpu = _timed(fn, args, kwargs)
    record(_run_id, _stage, seconds, cpu)
    return result  # type: ignore[return-value]


def make_task_runner(
    task_runner: str = "process", dask_address: str | None = None, workers: int = 0
) -> Any:
    """The Prefect task runner for `task_runner`: a thread pool in front of the local process pool
    ("process"), or prefect-dask's DaskTaskRunner on the scheduler at `dask_address` or on a
    temporary local cluster of `workers` single-threaded worker processes ("dask")."""
    if task_runner == "process":
        if dask_address:
            raise ValueError("--dask-address needs --task-runner dask")
        from prefect.task_runners import ThreadPoolTaskRunner

        return ThreadPoolTaskRunner(max_workers=16)
    if task_runner == "dask":
        from prefect_dask import DaskTaskRunner

        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(
            cluster_kwargs={
                "n_workers": workers or default_workers(),
                "threads_per_worker": 1,
                "processes": True,
                "dashboard_address": None,
            }
        )
    raise ValueError(f"unknown task runner {task_runner!r}; choose one of {TASK_RUNNERS}")


def run_pipeline(
    *,
    task_runner: str = "process",
    dask_address: str | None = None,
    workers: int = 0,
    **params: Any,
) -> Any:
    """Run the pipeline flow once with the chosen task runner; returns its RunSummary.

    `params` are the flow's parameters (seeds_dir, db_path, batch_size, max_file_bytes,
    lock_timeout_s, ...). `workers`: processes for the CPU stages (0 = one per core).
    """
    if getattr(multiprocessing.current_process(), "_inheriting", False):
        raise RuntimeError(
            "stancewatch's flow was started while a worker process imported the main module: "
            "guard the call with `if __name__ == '__main__':`"
        )
    db_path = params.get("db_path")
    if task_runner == "process" and workers != 1 and db_path and not Path(db_path).exists():
        # a first run into a new warehouse loads the whole folder: the pool will be used, so
        # its fork server imports the domain modules while this process imports Prefect
        start_fork_server()
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    from flows.pipeline import stancewatch_pipeline

    flow = stancewatch_pipeline
    if task_runner != "process" or dask_address:
        flow = stancewatch_pipeline.with_options(
            task_runner=make_task_runner(task_runner, dask_address, workers)
        )
    if HEARTBEAT_ENV in os.environ:
        return flow(workers=workers, executor=task_runner, **params)
    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        return flow(workers=workers, executor=task_runner, **params)
