"""The parent flow: per batch ingest, clean, dedupe, statements, stance, load; then the trends.

Batches flow through a short pipeline so every core stays busy while one thread writes:

    flow thread:    read(i+2) ... dedupe(i) ...................... (in batch order)
    workers:        parse(i+1), parse(i+2), statements(i), stances(i), ...
    writer thread:  load(batches up to i-1) ....................... (in batch order)

Parsing, statement extraction and stance scoring are submitted to the flow's task runner and
run in the run's process pool (or on Dask workers, see flows/runners.py). Reading and duplicate
detection (which depends on the order of the articles) stay in the flow's thread, loading in one
writer thread, both in batch order, so the warehouse gets the same rows, ids and `duplicate_of`
as a sequential run. At most `workers + 2` batches are being parsed or analysed, and at most one
load group is written while the next one collects, so memory does not grow with the corpus.
"""

from __future__ import annotations

import contextvars
import time
import uuid
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import polars as pl
from prefect import flow, get_run_logger
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from flows import artifacts, runners
from flows.dedupe import dedupe_articles, load_duplicate_index
from flows.ingest import find_new_files, parse_articles, read_files, scan_files
from flows.load import load_batch
from flows.stance import score_stances
from flows.statements import extract_statements
from flows.trends import build_trends, marts_up_to_date, run_message
from stancewatch import pipeline
from stancewatch.config import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_DB_PATH,
    DEFAULT_LOCK_TIMEOUT_S,
    DEFAULT_SEEDS_DIR,
    STAGES,
)
from stancewatch.dedupe import DuplicateIndex
from stancewatch.read import DEFAULT_MAX_BYTES
from warehouse.load import LoadBatch, init_warehouse, record_run
from warehouse.runlock import run_lock

# Loading: every write transaction ends with DuckDB checkpointing the file, which costs a fixed
# part plus a part that grows with the warehouse (measured, loading 500 files: 0.16 s into an
# empty warehouse, 0.37 s into one of 10,000 articles; with the primary-key indexes the tables
# used to have it was 1.6 s at 10,000, see warehouse/schema.py). Analysed batches are therefore
# loaded together: one transaction once they add up to half the warehouse (a geometric series:
# a few checkpoints per doubling), at least one batch, at most LOAD_GROUP_MAX_FILES files so
# memory stays bounded. Small warehouses still get one transaction per batch. (Loading each
# batch as soon as the writer is idle was tried: 14.5 s of loads instead of 3.5 s at 10,000.)
LOAD_GROUP_SHARE = 0.5
LOAD_GROUP_MAX_FILES = 5000
# (Tried and not kept: batches of 2,000 files between four of 500 at each end. Every task run
# costs the Prefect server ~30 ms of CPU on the cores the workers use, and 11 batches instead of
# 20 cut that from 3.9 s to 2.6 s at 10,000 files, but the run was no faster (26.1 vs 26.0 s,
# two pairs back to back) and peak memory grew ~150 MB.)

# stage names of `RunSummary.stage_seconds`, in pipeline order


@dataclass
class RunSummary:
    """What one run did, as printed by `stancewatch run` and stored in the `runs` table."""

    run_id: str
    seeds_dir: str
    db_path: str
    files_seen: int = 0
    files_new: int = 0
    duplicates: int = 0
    rejected: int = 0
    unchanged: int = 0
    deferred: int = 0
    statements: int = 0
    stances: int = 0
    stances_us: int = 0
    batches: int = 0
    data_tests_passed: int = 0
    data_tests_failed: int = 0
    rejected_reasons: dict[str, int] = field(default_factory=dict)
    # timing: seconds of work per stage summed over batches (work in parallel workers included,
    # so the sum may exceed `seconds`; parse/statements/stances are not collected on Dask), and
    # the CPU seconds of the same (the thread doing the stage: unaffected by a busy machine)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    stage_cpu_seconds: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0  # wall time of the flow body
    workers: int = 1  # processes used for the CPU stages (1 = this process)
    executor: str = "process"
    marts_rebuilt: bool = True

    def counts(self) -> dict[str, int]:
        return {k: v for k, v in asdict(self).items() if type(v) is int}

    def render(self) -> str:
        lines = [
            f"stancewatch run {self.run_id} on {self.seeds_dir} -> {self.db_path}",
            f"  files seen         {self.files_seen}",
            f"  new articles       {self.files_new}",
            f"    of which duplicates  {self.duplicates}",
            f"  unchanged          {self.files_seen - self.files_new - self.rejected}",
            f"  rejected           {self.rejected}",
        ]
        if self.deferred:
            lines.append(f"  still being written, left for the next run  {self.deferred}")
        lines += [f"    {n} x {reason}" for reason, n in sorted(self.rejected_reasons.items())]
        lines += [
            f"  statements         {self.statements}",
            f"  stances            {self.stances} (toward the US: {self.stances_us})",
            f"  data tests         {self.data_tests_passed} passed, "
            f"{self.data_tests_failed} failed"
            + ("" if self.marts_rebuilt else " (nothing new: marts kept as they were)"),
            f"  time               {self.seconds:.1f} s ({self.render_stages()})",
        ]
        return "\n".join(lines)

    def render_stages(self) -> str:
        """Per-stage seconds, e.g. 'parse 1.2, dedupe 0.3, ...', and the worker count."""
        parts = [f"{s} {self.stage_seconds[s]:.1f}" for s in STAGES if s in self.stage_seconds]
        where = "dask" if self.executor == "dask" else f"{self.workers} process(es)"
        return ", ".join(parts) + f"; CPU stages on {where}"


def _run_name() -> str:
    from prefect.runtime import flow_run

    folder = Path(str(flow_run.parameters.get("seeds_dir", "seeds"))).name
    return f"stancewatch on {folder}"


@flow(
    name="stancewatch-pipeline",
    flow_run_name=_run_name,
    description="Read new Dutch news articles from the watched folder, clean and dedupe them, find "
    "Kremlin statements, score their stance toward the US, and rebuild the SQL trend marts.",
    log_prints=False,
    task_runner=ThreadPoolTaskRunner(max_workers=16),
)
def stancewatch_pipeline(
    seeds_dir: str = str(DEFAULT_SEEDS_DIR),
    db_path: str = str(DEFAULT_DB_PATH),
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_file_bytes: int = DEFAULT_MAX_BYTES,
    lock_timeout_s: float = DEFAULT_LOCK_TIMEOUT_S,
    settle_s: float = 1.0,
    workers: int = 0,
    executor: str = "process",
) -> RunSummary:
    """One run of the whole pipeline; only file versions not seen before are processed.

    `workers`: processes for parsing, statements and stances (0 = one per core, used when there
    are at least `runners.MIN_FILES_FOR_POOL` new files; 1 = all in this process). `executor`:
    "process" for the local pool, "dask" when the flow runs with a DaskTaskRunner (see
    flows/runners.py: `run_pipeline` sets both).
    """
    t0 = time.perf_counter()
    logger = get_run_logger()
    run_id = uuid.uuid4().hex[:12]
    started = datetime.now(UTC).replace(tzinfo=None)
    summary = RunSummary(run_id=run_id, seeds_dir=seeds_dir, db_path=db_path, executor=executor)
    with run_lock(db_path, timeout_s=lock_timeout_s), runners.stage_clock(run_id) as clock:
        init_warehouse(db_path, timeout_s=lock_timeout_s)
        record_run(
            db_path,
            run_id,
            status="running",
            started_at=started,
            seeds_dir=seeds_dir,
            timeout_s=lock_timeout_s,
        )
        try:
            inserted_any = _process(
                summary,
                _Settings(
                    seeds_dir, db_path, batch_size, max_file_bytes, lock_timeout_s, settle_s
                ),
                started,
                workers,
                executor,
            )
            with _timer(run_id, "trends"):
                if inserted_any or not marts_up_to_date(db_path, run_id, lock_timeout_s):
                    result = build_trends(db_path, lock_timeout_s)
                    summary.data_tests_passed = len(result.tests)
                else:
                    summary.marts_rebuilt = False
        except Exception as exc:
            record_run(
                db_path,
                run_id,
                status="failed",
                started_at=started,
                finished_at=datetime.now(UTC).replace(tzinfo=None),
                seeds_dir=seeds_dir,
                counts=summary.counts(),
                message=str(exc)[:2000],
                timeout_s=lock_timeout_s,
            )
            raise
        record_run(
            db_path,
            run_id,
            status="completed",
            started_at=started,
            finished_at=datetime.now(UTC).replace(tzinfo=None),
            seeds_dir=seeds_dir,
            counts=summary.counts(),
            message=run_message(summary.marts_rebuilt),
            timeout_s=lock_timeout_s,
        )
        summary.stage_seconds = {s: round(clock[s], 3) for s in STAGES if s in clock}
        summary.stage_cpu_seconds = {
            s: round(clock[f"{s}:cpu"], 3) for s in STAGES if f"{s}:cpu" in clock
        }
    summary.seconds = round(time.perf_counter() - t0, 3)
    artifacts.publish_run_artifacts(summary, db_path)  # never raises; after the lock is freed
    logger.info(
        "%d files seen, %d new (%d duplicates), %d rejected, %d statements, %d stances (%d US) "
        "in %.1f s (%s)",
        summary.files_seen,
        summary.files_new,
        summary.duplicates,
        summary.rejected,
        summary.statements,
        summary.stances,
        summary.stances_us,
        summary.seconds,
        summary.render_stages(),
    )
    return summary


@dataclass(frozen=True)
class _Settings:
    seeds_dir: str
    db_path: str
    batch_size: int
    max_file_bytes: int
    lock_timeout_s: float
    settle_s: float


class _timer:
    """Adds the block's wall time to a stage of the run's clock."""

    def __init__(self, run_id: str, stage: str) -> None:
        self.run_id, self.stage = run_id, stage

    def __enter__(self) -> None:
        self.t, self.cpu = time.perf_counter(), time.thread_time()

    def __exit__(self, *exc: object) -> None:
        runners.record(
            self.run_id,
            self.stage,
            time.perf_counter() - self.t,
            time.thread_time() - self.cpu,
        )


@dataclass
class _InFlight:
    """One batch on its way through the stages."""

    batch_no: int
    read: pipeline.ReadResult
    parsed: Any = None  # future of (articles, empty bodies)
    articles: pl.DataFrame | None = None
    signatures: pl.DataFrame | None = None
    empty_bodies: pl.DataFrame | None = None
    stances: Any = None  # future of the stances frame, then the frame
    statements: Any = None  # future of the statements frame, then the frame


def _process(
    summary: RunSummary, cfg: _Settings, started: datetime, workers: int, executor: str
) -> bool:
    """Process every new file; return whether any row was inserted."""
    run_id = summary.run_id
    with _timer(run_id, "scan"):
        found, scan_rejections = scan_files(cfg.seeds_dir, cfg.max_file_bytes)
    summary.files_seen = len(found) + len(scan_rejections)
    with _timer(run_id, "find_new"):
        # quote(): Prefect would otherwise walk every element of these large inputs looking for
        # futures, on every task call (measured: 0.4 s per batch with 10,000 known versions)
        new_files, known_versions = find_new_files(cfg.db_path, quote(found), cfg.lock_timeout_s)
    rejected_frames = [pipeline.rejections_frame(scan_rejections, started, run_id)]
    inserted_any = False
    n_batches = -(-len(new_files) // max(1, cfg.batch_size))
    report_progress = artifacts.progress(n_batches)

    if new_files:
        with _timer(run_id, "load_index"):
            index = load_duplicate_index(cfg.db_path, cfg.lock_timeout_s)
        if executor == "dask":
            pool_size = 0  # the task runner's Dask workers do the CPU stages
        elif workers == 0:
            auto = len(new_files) >= runners.MIN_FILES_FOR_POOL
            pool_size = runners.default_workers() if auto else 1
        else:
            pool_size = workers
        with runners.worker_pool(run_id, pool_size) as used:
            summary.workers = used
            inserted_any = _run_batches(
                summary,
                cfg,
                started,
                new_files,
                known_versions,
                index,
                rejected_frames,
                used,
                report_progress,
            )
            rejected_frames = []

    if rejected_frames and not rejected_frames[0].is_empty():  # no new files, only bad ones
        rejected = rejected_frames[0]
        with _timer(run_id, "load"):
            inserted = load_batch(
                cfg.db_path, quote(LoadBatch(rejected_files=rejected)), cfg.lock_timeout_s, 0
            )
        _count(summary, inserted, None, None, rejected)
        inserted_any = inserted_any or any(inserted.values())
    return inserted_any


def _run_batches(
    summary: RunSummary,
    cfg: _Settings,
    started: datetime,
    new_files: list,
    known_versions: set[tuple[str, str]],
    index: DuplicateIndex,
    rejected_frames: list[pl.DataFrame],
    workers: int,
    report_progress: Callable[[int], None],
) -> bool:
    """Read, parse, dedupe, analyse and load the batches, pipelined (see the module doc)."""
    run_id = summary.run_id
    batches = pipeline.batched(new_files, cfg.batch_size)
    ahead = max(2, workers + 1)  # batches read and parsing ahead of the one being deduped
    parsing: deque[_InFlight] = deque()
    analysing: deque[_InFlight] = deque()
    next_batch = 0
    inserted_any = False

    def submit_parse() -> None:
        nonlocal next_batch
        files = batches[next_batch]
        next_batch += 1
        with _timer(run_id, "read"):
            read = read_files(
                quote(files),
                quote(known_versions),
                started,
                run_id,
                cfg.max_file_bytes,
                cfg.settle_s,
                next_batch,
                len(files),
            )
        job = _InFlight(next_batch, read)
        job.parsed = parse_articles.submit(read.raw, run_id, next_batch)
        parsing.append(job)

    loaded: list[_InFlight] = []  # analysed batches waiting to be loaded together
    stored = len(known_versions)  # file versions in the warehouse: what a checkpoint rewrites
    # the single writer: loads run in order on one thread of their own, so the flow's thread
    # goes on deduplicating and feeding the workers while DuckDB inserts and checkpoints
    # (which releases the GIL); at most one load runs while the next group collects
    writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="stancewatch-writer")
    writes: deque[Future[bool]] = deque()

    def group_files() -> int:
        return sum(len(batches[j.batch_no - 1]) for j in loaded)

    def group_full() -> bool:
        want = min(LOAD_GROUP_MAX_FILES, LOAD_GROUP_SHARE * stored)
        return group_files() >= max(cfg.batch_size, want)

    def collect(block: bool) -> None:
        nonlocal inserted_any
        while writes and (block or writes[0].done()):
            inserted_any = writes.popleft().result() or inserted_any  # a failed load raises

    def load_group() -> None:
        nonlocal rejected_frames, stored
        jobs = loaded[:]
        loaded.clear()
        stored += sum(len(batches[j.batch_no - 1]) for j in jobs)
        earlier_rejections, rejected_frames = rejected_frames, []
        collect(block=True)  # the previous load first: one transaction at a time, in order
        writes.append(
            writer.submit(contextvars.copy_context().run, write, jobs, earlier_rejections)
        )

    def write(jobs: list[_InFlight], earlier_rejections: list[pl.DataFrame]) -> bool:
        articles = pl.concat([j.articles for j in jobs])
        stances = pl.concat([j.stances for j in jobs])
        rejected = pl.concat(
            [*earlier_rejections, *(j.read.rejected for j in jobs), *(j.empty_bodies for j in jobs)]
        )
        with _timer(run_id, "load"):
            inserted = load_batch(
                cfg.db_path,
                quote(
                    LoadBatch(
                        raw_articles=pl.concat([j.read.raw for j in jobs]),
                        articles=articles,
                        article_signatures=pl.concat([j.signatures for j in jobs]),
                        statements=pl.concat([j.statements for j in jobs]),
                        stances=stances,
                        rejected_files=rejected,
                    )
                ),
                cfg.lock_timeout_s,
                jobs[-1].batch_no,
            )
        _count(summary, inserted, articles, stances, rejected)
        for j in jobs:
            summary.unchanged += j.read.unchanged
            summary.deferred += len(j.read.deferred)
        summary.batches += len(jobs)
        report_progress(summary.batches)
        return any(inserted.values())

    def finish(job: _InFlight) -> None:
        job.statements = job.statements.result()
        job.stances = job.stances.result()
        loaded.append(job)
        if group_full() or not (parsing or analysing or next_batch < len(batches)):
            load_group()

    try:
        while next_batch < len(batches) or parsing or analysing:
            collect(block=False)
            while next_batch < len(batches) and len(parsing) < ahead:
                submit_parse()
            if parsing:
                job = parsing.popleft()
                articles, job.empty_bodies = job.parsed.result()
                job.parsed = None
                with _timer(run_id, "dedupe"):
                    job.articles, job.signatures = dedupe_articles(
                        quote(articles), quote(index), job.batch_no
                    )
                canonical = job.articles.filter(pl.col("duplicate_of").is_null())
                # (frames go in as they are: Prefect does not walk into a DataFrame, and
                # DaskTaskRunner would not unwrap a quote())
                job.statements = extract_statements.submit(canonical, job.batch_no, run_id)
                job.stances = score_stances.submit(
                    job.statements, canonical, job.batch_no, run_id
                )
                analysing.append(job)
            # hand the oldest batch to the writer once a newer one is queued behind it (keeps
            # the workers fed), or when nothing is left to parse
            if analysing and (len(analysing) > 1 or not parsing):
                finish(analysing.popleft())
        collect(block=True)
    finally:
        # a load in progress finishes (its transaction is all or nothing either way)
        writer.shutdown(wait=True, cancel_futures=True)
    return inserted_any


def _count(
    summary: RunSummary,
    inserted: dict[str, int],
    articles: pl.DataFrame | None,
    stances: pl.DataFrame | None,
    rejected: pl.DataFrame,
) -> None:
    summary.files_new += inserted.get("articles", 0)
    summary.rejected += inserted.get("rejected_files", 0)
    summary.statements += inserted.get("statements", 0)
    summary.stances += inserted.get("stances", 0)
    if articles is not None and inserted.get("articles", 0):
        summary.duplicates += articles.filter(pl.col("duplicate_of").is_not_null()).height
    if stances is not None and inserted.get("stances", 0):
        summary.stances_us += stances.filter(pl.col("target") == "US").height
    if inserted.get("rejected_files", 0):
        for reason in rejected.get_column("reason").to_list():
            summary.rejected_reasons[reason] = summary.rejected_reasons.get(reason, 0) + 1
