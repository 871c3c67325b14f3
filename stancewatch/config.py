"""Embedded defaults: where the seeds and the warehouse live unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEEDS_DIR = Path(os.environ.get("STANCEWATCH_SEEDS", REPO_ROOT / "seeds"))
DEFAULT_DB_PATH = Path(os.environ.get("STANCEWATCH_DB", REPO_ROOT / "data" / "stancewatch.duckdb"))
# Files per batch: each stage runs as one task per batch, so a run of 10,000 files makes about
# 20 task runs per stage rather than 10,000.
DEFAULT_BATCH_SIZE = 500
# How long a run waits for another run, or for a reader holding the database file.
DEFAULT_LOCK_TIMEOUT_S = float(os.environ.get("STANCEWATCH_LOCK_TIMEOUT", "30"))
# The stages of a run, in order, as timed in the run summary and the benchmark.
STAGES = (
    "scan",
    "find_new",
    "load_index",
    "read",
    "parse",
    "dedupe",
    "statements",
    "stances",
    "load",
    "trends",
)
