"""`--task-runner dask`: parse, statements and stances on a Dask cluster, one writer in the flow.

Starts a local Dask cluster of two worker processes (what a multi-machine cluster looks like to
the flow: a scheduler address) and checks that the warehouse equals the default run's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import runkit

from stancewatch.synth import generate_corpus, write_corpus

distributed = pytest.importorskip("distributed")

pytestmark = pytest.mark.usefixtures("prefect_harness")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local


def test_a_run_on_a_dask_cluster_fills_the_warehouse_like_the_default_run(
    cluster, tmp_path: Path
):
    from flows.runners import run_pipeline

    folder = tmp_path / "corpus"
    write_corpus(generate_corpus(60, seed=5), folder)
    runkit.age_files(folder)
    default = run_pipeline(seeds_dir=str(folder), db_path=str(tmp_path / "default.duckdb"),
                           batch_size=20)
    on_dask = run_pipeline(
        seeds_dir=str(folder),
        db_path=str(tmp_path / "dask.duckdb"),
        batch_size=20,
        task_runner="dask",
        dask_address=cluster.scheduler_address,
    )
    assert on_dask.executor == "dask" and on_dask.batches == 3
    assert (on_dask.files_new, on_dask.duplicates, on_dask.statements) == (
        default.files_new,
        default.duplicates,
        default.statements,
    )
    assert default.statements > 50
    diff = runkit.diff(
        runkit.snapshot(tmp_path / "default.duckdb"), runkit.snapshot(tmp_path / "dask.duckdb")
    )
    assert diff == {}
    # the CPU stages ran on the cluster's workers: 3 batches x (parse, statements, stances)
    assert sum(_executed_per_worker(cluster).values()) >= 9


def _executed_per_worker(cluster) -> dict[str, int]:  # noqa: ANN001
    """How many tasks each Dask worker has executed."""
    with distributed.Client(cluster.scheduler_address) as client:
        counts = client.run(lambda dask_worker: dask_worker.state.executed_count)
    return {w: int(n) for w, n in counts.items()}


def test_an_unknown_task_runner_is_refused():
    from flows.runners import make_task_runner

    with pytest.raises(ValueError, match="unknown task runner"):
        make_task_runner("ray")
    with pytest.raises(ValueError, match="needs --task-runner dask"):
        make_task_runner("process", dask_address="tcp://127.0.0.1:8786")
