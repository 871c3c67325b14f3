"""The `stancewatch` command: a thin layer over flows/ and warehouse/.

Prefect and DuckDB are imported inside the commands, so importing the domain package stays free of
both, and `stancewatch --help` is quick.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from stancewatch.config import DEFAULT_BATCH_SIZE, DEFAULT_DB_PATH, DEFAULT_LOCK_TIMEOUT_S
from stancewatch.config import DEFAULT_SEEDS_DIR as DEFAULT_SEEDS

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

_db_option = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=DEFAULT_DB_PATH,
    show_default=True,
    help="The DuckDB warehouse file.",
)


def _seeds_option(help_text: str):  # noqa: ANN202 - a click decorator
    return click.option(
        "--seeds",
        "seeds_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=DEFAULT_SEEDS,
        show_default=True,
        help=help_text,
    )


_lock_option = click.option(
    "--lock-timeout",
    type=float,
    default=DEFAULT_LOCK_TIMEOUT_S,
    show_default=True,
    help="Seconds to wait for another run or a process holding the warehouse file.",
)


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"stancewatch: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Track how the Kremlin talks about the United States, read from Dutch-language news."""


@main.command()
@_seeds_option("The folder of .txt articles (read recursively).")
@_db_option
@click.option(
    "--batch-size",
    type=int,
    default=DEFAULT_BATCH_SIZE,
    show_default=True,
    help="Files per batch (one task run per stage per batch).",
)
@click.option(
    "--max-file-mb",
    type=float,
    default=5.0,
    show_default=True,
    help="Files larger than this are rejected unread.",
)
@_lock_option
@click.option(
    "--task-runner",
    type=click.Choice(["process", "dask"]),
    default="process",
    show_default=True,
    help="Where parse, statements and stances run: a local process pool, or Dask.",
)
@click.option(
    "--dask-address",
    default=None,
    help="A Dask scheduler (tcp://host:8786); default: a temporary local cluster.",
)
@click.option(
    "--workers",
    type=int,
    default=0,
    show_default=True,
    help="Processes for the CPU stages (0 = one per core).",
)
def run(
    seeds_dir: Path,
    db_path: Path,
    batch_size: int,
    max_file_mb: float,
    lock_timeout: float,
    task_runner: str,
    dask_address: str | None,
    workers: int,
) -> None:
    """Run the whole pipeline once, as a Prefect flow, on the new files in SEEDS."""
    if not seeds_dir.is_dir():
        _fail(f"the folder {seeds_dir} does not exist (pass --seeds DIR)")
    summary = _run_pipeline(
        seeds_dir,
        db_path,
        batch_size,
        int(max_file_mb * 1024 * 1024),
        lock_timeout,
        task_runner=task_runner,
        dask_address=dask_address,
        workers=workers,
    )
    click.echo(summary.render())


def _run_pipeline(
    seeds_dir: Path,
    db_path: Path,
    batch_size: int,
    max_bytes: int,
    lock_timeout: float,
    *,
    task_runner: str = "process",
    dask_address: str | None = None,
    workers: int = 0,
):  # noqa: ANN202 - returns flows.pipeline.RunSummary, imported lazily
    from flows.runners import run_pipeline
    from warehouse.connection import WarehouseLocked
    from warehouse.models import DataTestFailed
    from warehouse.runlock import RunInProgress

    try:
        return run_pipeline(
            task_runner=task_runner,
            dask_address=dask_address,
            workers=workers,
            seeds_dir=str(seeds_dir.resolve()),
            db_path=str(db_path.resolve()),
            batch_size=batch_size,
            max_file_bytes=max_bytes,
            lock_timeout_s=lock_timeout,
        )
    except (WarehouseLocked, RunInProgress) as exc:
        _fail(str(exc), 3)
    except DataTestFailed as exc:
        _fail(str(exc), 4)
    except Exception as exc:  # the flow's failure, said in one line rather than a traceback
        _fail(f"run failed: {type(exc).__name__}: {exc}", 1)
    raise AssertionError("unreachable")


@main.command()
@_seeds_option("The folder to watch.")
@_db_option
@click.option("--cron", default="0 * * * *", show_default=True, help="When to run anyway.")
@click.option(
    "--debounce",
    type=float,
    default=2.0,
    show_default=True,
    help="Seconds the folder must be quiet before a run starts.",
)
@_lock_option
def serve(seeds_dir: Path, db_path: Path, cron: str, debounce: float, lock_timeout: float) -> None:
    """Watch SEEDS and run on a schedule, as a Prefect deployment, until Ctrl-C."""
    if not seeds_dir.is_dir():
        _fail(f"the folder {seeds_dir} does not exist (pass --seeds DIR)")
    from flows.serve import serve as _serve

    try:
        _serve(seeds_dir, db_path, cron=cron, debounce_s=debounce, lock_timeout_s=lock_timeout)
    except (ValueError, RuntimeError) as exc:
        _fail(str(exc))


@main.command()
@click.argument("query")
@_db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json", "markdown"]),
    default="table",
    show_default=True,
)
@click.option(
    "--lock-timeout",
    type=float,
    default=10.0,
    show_default=True,
    help="Seconds to wait while a run is writing the warehouse.",
)
def sql(query: str, db_path: Path, fmt: str, lock_timeout: float) -> None:
    """Run one read-only QUERY against the warehouse and print the result."""
    from warehouse.connection import WarehouseLocked, WarehouseMissing
    from warehouse.query import QueryError, QueryRefused, format_frame, run_query

    try:
        frame = run_query(db_path, query, timeout_s=lock_timeout)
    except QueryRefused as exc:
        _fail(str(exc), 2)
    except (QueryError, WarehouseMissing, WarehouseLocked) as exc:
        _fail(str(exc), 1)
    text = format_frame(frame, fmt)
    click.echo(text, nl=not text.endswith("\n"))


@main.command()
@click.option(
    "--gold",
    "gold_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    required=True,
    help="Gold labels shaped like tests/gold/seed_statements.csv.",
)
@click.option(
    "--seeds",
    "seeds_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    required=True,
    help="The articles the gold file labels.",
)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Warehouse to run into (default: a temporary one, deleted afterwards).",
)
@click.option(
    "--rules-only",
    is_flag=True,
    help="Score the rules' own stance (rule_stance), without the learned layer.",
)
def evaluate(gold_file: Path, seeds_dir: Path, db_path: Path | None, rules_only: bool) -> None:
    """Run the pipeline on SEEDS and score its statements and stances against GOLD."""
    import tempfile

    import polars as pl

    from stancewatch.evaluate import evaluate as score
    from stancewatch.evaluate import format_report
    from warehouse.query import statements_with_stances

    gold = pl.read_csv(gold_file, infer_schema=False)
    with tempfile.TemporaryDirectory(prefix="stancewatch-eval-") as tmp:
        db = db_path or Path(tmp) / "evaluate.duckdb"
        _run_pipeline(seeds_dir, db, DEFAULT_BATCH_SIZE, 5 * 1024 * 1024, DEFAULT_LOCK_TIMEOUT_S)
        found = statements_with_stances(db)
    if rules_only:
        found = found.with_columns(pl.col("rule_stance").alias("stance"))
    click.echo(format_report(score(gold, found)))


@main.command("train-stance")
@click.option(
    "--sets",
    "sets_root",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=Path("tests"),
    show_default=True,
    help="Folder whose heldout*/ subfolders (articles/ and statements.csv) are the labelled sets.",
)
@click.option(
    "--out",
    "out_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Where the weights go (default: the shipped stancewatch/data/stance_model.csv).",
)
@click.option(
    "--target-out",
    "target_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Where the target layer's weights go (default: the shipped "
    "stancewatch/data/target_model.csv; with --out, <out>.target.csv beside it, so that a trial "
    "fit never overwrites the shipped weights).",
)
@click.option(
    "--cv",
    "folds",
    type=click.IntRange(min=2),
    default=None,
    help="Instead of writing weights, fit on all but one group of sets, N times, and print the "
    "agreement on the group left out, by the rules and by the learned layer.",
)
def train_stance(
    sets_root: Path, out_file: Path | None, target_file: Path | None, folds: int | None
) -> None:
    """Fit the learned target and stance layers on hand-labelled article sets (needs
    scikit-learn)."""
    from stancewatch.learned import MODEL_CSV
    from stancewatch.learned_target import TARGET_CSV
    from stancewatch.train import cross_validate, labelled_sets, train

    sets = labelled_sets(sets_root)
    if not sets:
        _fail(f"no labelled sets (heldout*/ with articles/ and statements.csv) in {sets_root}")
    if folds is not None:
        figures = cross_validate(sets, folds)
        for f in figures:
            click.echo(
                f"{f.sets[0]}..{f.sets[-1]}: {f.rows} rows, stance rules {f.rule_accuracy:.1%}"
                f" learned {f.learned_accuracy:.1%}, macro-F1 rules {f.rule_macro_f1:.3f}"
                f" learned {f.learned_macro_f1:.3f}, target rules {f.rule_target_accuracy:.1%}"
                f" learned {f.learned_target_accuracy:.1%} ({f.added} US rows added,"
                f" {f.added_us} labelled US)"
            )
        n = sum(f.rows for f in figures)
        rule = sum(f.rule_accuracy * f.rows for f in figures) / n
        learned = sum(f.learned_accuracy * f.rows for f in figures) / n
        r_target = sum(f.rule_target_accuracy * f.rows for f in figures) / n
        l_target = sum(f.learned_target_accuracy * f.rows for f in figures) / n
        click.echo(
            f"all {n} rows: stance rules {rule:.1%} learned {learned:.1%},"
            f" target rules {r_target:.1%} learned {l_target:.1%}"
        )
        return
    out = out_file or MODEL_CSV
    if target_file is not None:
        target_out = target_file
    elif out_file is not None:
        target_out = out_file.with_name(out_file.stem + ".target.csv")
    else:
        target_out = TARGET_CSV
    counts = train(sets, out, target_out)
    click.echo(
        f"{out}: fitted on {counts['examples']} of {counts['gold_rows']} gold rows"
        f" in {counts['sets']} sets"
    )
    click.echo(
        f"{target_out}: fitted on {counts['candidates']} gold rows without a US row;"
        f" it adds one to {counts['added']} of them"
    )


@main.command()
@_db_option
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("reports"),
    show_default=True,
    help="Where the PNGs and HTML go.",
)
def report(db_path: Path, out_dir: Path) -> None:
    """Draw the monthly stance toward the US as PNG charts and one self-contained HTML page."""
    from stancewatch.charts import render_report
    from warehouse.connection import WarehouseLocked, WarehouseMissing
    from warehouse.query import mart_frames

    try:
        marts = mart_frames(db_path)
    except (WarehouseMissing, WarehouseLocked) as exc:
        _fail(str(exc))
    files = render_report(
        marts["kremlin_trend_monthly"],
        marts["stance_trend_monthly"],
        marts["stance_shifts"],
        marts["coverage"],
        out_dir,
    )
    for path in [*files.pngs, files.html]:
        click.echo(str(path))


if __name__ == "__main__":  # pragma: no cover
    main()
