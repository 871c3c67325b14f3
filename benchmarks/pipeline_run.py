"""One measured pipeline run, in its own process: prints a JSON line with the run's numbers.

Used by `benchmarks.run`, which times the whole process from outside (wall, CPU, peak memory).
Inside, it separates what Prefect costs from what the pipeline does: the import of Prefect and
the flows, the flow call (flow run bookkeeping, plus the temporary server when PREFECT_API_URL is
not set) and the flow body (`RunSummary.seconds`, split per stage).

    python -m benchmarks.pipeline_run CORPUS DB [--workers N] [--task-runner process|dask]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from dataclasses import asdict
from pathlib import Path

T0 = time.perf_counter()


def main() -> None:
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("db", type=Path)
    ap.add_argument("--workers", type=int, default=0)
    ap.add_argument("--batch-size", type=int, default=500)
    ap.add_argument("--task-runner", default="process")
    args = ap.parse_args()

    import flows.pipeline  # noqa: F401 - Prefect, Polars, DuckDB: timed as the import
    from flows.runners import run_pipeline

    imported = time.perf_counter()
    summary = run_pipeline(
        seeds_dir=str(args.corpus.resolve()),
        db_path=str(args.db.resolve()),
        batch_size=args.batch_size,
        workers=args.workers,
        task_runner=args.task_runner,
    )
    done = time.perf_counter()
    out = asdict(summary)
    out["import_s"] = imported - T0
    out["flow_call_s"] = done - imported
    print("BENCHMARK " + json.dumps(out))


if __name__ == "__main__":
    main()
