"""The parent flow: per batch ingest, clean, dedupe, statements, stance, load; then the trends."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
from prefect import flow, get_run_logger

from flows.dedupe import dedupe_articles, load_duplicate_index
from flows.ingest import find_new_files, parse_articles, read_files, scan_files
from flows.load import load_batch
from flows.stance import score_stances
from flows.statements import extract_statements
from flows.trends import build_trends
from stancewatch import pipeline
from stancewatch.config import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_DB_PATH,
    DEFAULT_LOCK_TIMEOUT_S,
    DEFAULT_SEEDS_DIR,
)
from stancewatch.read import DEFAULT_MAX_BYTES
from warehouse.load import LoadBatch, init_warehouse, record_run
from warehouse.runlock import run_lock


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

    def counts(self) -> dict[str, int]:
        return {k: v for k, v in asdict(self).items() if isinstance(v, int)}

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
            f"{self.data_tests_failed} failed",
        ]
        return "\n".join(lines)


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
)
def stancewatch_pipeline(
    seeds_dir: str = str(DEFAULT_SEEDS_DIR),
    db_path: str = str(DEFAULT_DB_PATH),
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_file_bytes: int = DEFAULT_MAX_BYTES,
    lock_timeout_s: float = DEFAULT_LOCK_TIMEOUT_S,
    settle_s: float = 1.0,
) -> RunSummary:
    """One run of the whole pipeline; only file versions not seen before are processed."""
    logger = get_run_logger()
    run_id = uuid.uuid4().hex[:12]
    started = datetime.now(UTC).replace(tzinfo=None)
    summary = RunSummary(run_id=run_id, seeds_dir=seeds_dir, db_path=db_path)
    with run_lock(db_path, timeout_s=lock_timeout_s):
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
            _process(
                summary,
                seeds_dir,
                db_path,
                batch_size,
                max_file_bytes,
                lock_timeout_s,
                settle_s,
                started,
            )
            result = build_trends(db_path, lock_timeout_s)
            summary.data_tests_passed = len(result.tests)
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
            timeout_s=lock_timeout_s,
        )
    logger.info(
        "%d files seen, %d new (%d duplicates), %d rejected, %d statements, %d stances (%d US)",
        summary.files_seen,
        summary.files_new,
        summary.duplicates,
        summary.rejected,
        summary.statements,
        summary.stances,
        summary.stances_us,
    )
    return summary


def _process(
    summary: RunSummary,
    seeds_dir: str,
    db_path: str,
    batch_size: int,
    max_file_bytes: int,
    lock_timeout_s: float,
    settle_s: float,
    started: datetime,
) -> None:
    found, scan_rejections = scan_files(seeds_dir, max_file_bytes)
    summary.files_seen = len(found) + len(scan_rejections)
    new_files, known_versions = find_new_files(db_path, found, lock_timeout_s)
    index = load_duplicate_index(db_path, lock_timeout_s)
    rejected_frames = [pipeline.rejections_frame(scan_rejections, started, summary.run_id)]

    for batch_no, files in enumerate(pipeline.batched(new_files, batch_size), start=1):
        read = read_files(
            files,
            known_versions,
            started,
            summary.run_id,
            max_file_bytes,
            settle_s,
            batch_no,
            len(files),
        )
        articles, empty_bodies = parse_articles(read.raw, summary.run_id, batch_no)
        articles, signatures = dedupe_articles(articles, index, batch_no)
        statements = extract_statements(articles, batch_no)
        stances = score_stances(statements, articles, batch_no)
        rejected = pl.concat([*rejected_frames, read.rejected, empty_bodies])
        rejected_frames = []
        inserted = load_batch(
            db_path,
            LoadBatch(
                raw_articles=read.raw,
                articles=articles,
                article_signatures=signatures,
                statements=statements,
                stances=stances,
                rejected_files=rejected,
            ),
            lock_timeout_s,
            batch_no,
        )
        _count(summary, inserted, articles, stances, rejected)
        summary.unchanged += read.unchanged
        summary.deferred += len(read.deferred)
        summary.batches += 1

    if rejected_frames and not rejected_frames[0].is_empty():  # no new files, only bad ones
        rejected = rejected_frames[0]
        inserted = load_batch(db_path, LoadBatch(rejected_files=rejected), lock_timeout_s, 0)
        _count(summary, inserted, None, None, rejected)


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
