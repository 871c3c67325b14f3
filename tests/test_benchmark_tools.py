"""Smoke tests of benchmarks/ (corpus, yardstick, measuring, report). The benchmark itself is run
by `make bench`, never by the test suite."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import duckdb
import pytest

from benchmarks import corpus, run, yardstick


def test_corpus_writes_n_files_with_their_clusters_and_reuses_them(tmp_path: Path):
    folder = corpus.write(tmp_path / "c", 40, seed=3)
    files = sorted(p.name for p in folder.glob("*.txt"))
    with (folder / "clusters.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(files) == 40 and sorted(r["source_file"] for r in rows) == files
    variants = {r["variant"] for r in rows}
    assert "original" in variants and len(variants) > 2  # duplicates of several kinds
    first = (folder / files[0]).stat().st_mtime_ns
    corpus.write(tmp_path / "c", 40, seed=3)  # same (n, seed): kept, not rewritten
    assert (folder / files[0]).stat().st_mtime_ns == first
    added = corpus.add_new_files(folder, 3, seed=99)
    assert len(added) == 3 and all(p.name.startswith("new99_") for p in added)


def test_yardstick_scores_every_sentence_of_every_file_into_duckdb(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Dit is goed. Dat is slecht! Waarom?", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes("Een mooie dag.\nCafé".encode("cp1252"))
    out = yardstick.run(tmp_path, tmp_path / "y" / "y.duckdb")
    assert out["files"] == 2 and out["sentences"] == 5
    con = duckdb.connect(str(tmp_path / "y" / "y.duckdb"), read_only=True)
    try:
        rows = dict(con.execute("select sentence, polarity from sentence_scores").fetchall())
    finally:
        con.close()
    assert rows["Dit is goed."] > 0 > rows["Dat is slecht!"]
    assert "Café" in rows  # Windows-1252 fallback


def test_measure_reports_wall_cpu_peak_memory_and_the_json_line(tmp_path: Path):
    script = (
        "import json, time\n"
        "blob = bytearray(150 * 2**20)\n"
        "t = time.process_time()\n"
        "while time.process_time() - t < 0.3: pass\n"
        "print('BENCHMARK ' + json.dumps({'seconds': 1.5}))\n"
    )
    m = run.measure([sys.executable, "-c", script])
    assert m.returncode == 0 and m.output == {"seconds": 1.5}
    assert m.cpu_s >= 0.3 and m.wall_s >= m.cpu_s * 0.5
    assert m.peak_rss_mb >= 140 and m.peak_pss_mb >= 140 and m.maxrss_main_mb >= 140


def _fake_results() -> dict:
    def measured(wall: float, **output: object) -> dict:
        return {"wall_s": wall, "cpu_s": wall * 1.5, "peak_rss_mb": 300.0, "peak_pss_mb": 280.0,
                "maxrss_main_mb": 250.0,
                "returncode": 0, "output": output, "stderr_tail": ""}

    stages = {"parse": 2.0, "statements": 3.0, "stances": 5.0, "load": 1.0, "trends": 0.5}
    return {
        "date": "2026-01-01 12:00",
        "machine": {"cpu": "Test CPU", "cores": 2, "ram_gb": 8, "python": "3.11",
                    "load_before": (0.5, 0, 0)},
        "load_after": (0.7, 0, 0),
        "command": "make bench",
        "sizes": [{
            "n": 1000, "corpus_mb": 4.0, "one_pct_files": 10,
            "yardstick": measured(10.0),
            "full": measured(8.0, stage_seconds=stages, seconds=7.0, import_s=0.1,
                             flow_call_s=7.5, workers=2),
            "no_new": measured(2.0, seconds=0.5, stage_seconds={"trends": 0.01},
                               marts_rebuilt=False),
            "one_pct": measured(3.0, seconds=1.0, stage_seconds={"trends": 0.4}),
        }],
        "prefect": {"import_s": 1.0, "flow_call_s": 1.5, "flow_body_s": 0.3,
                    "empty_run_with_server_s": 2.0, "empty_run_ephemeral_s": 9.0,
                    "temporary_server_s": 7.0},
        "dedupe": [{"n": 1000, "seconds": 0.2, "us_per_article": 200, "duplicates": 200,
                    "candidates_checked": 300},
                   {"n": 4000, "seconds": 0.9, "us_per_article": 225, "duplicates": 800,
                    "candidates_checked": 1300}],
    }


def test_report_shows_the_ratio_the_stages_and_the_targets(tmp_path: Path):
    text = run.render(_fake_results())
    assert "| 1,000 | 10.0 | 8.0 | 0.80 | 125 |" in text  # yardstick, pipeline, ratio, art/s
    assert "| 280 / 300 |" in text  # peak memory: PSS / RSS
    assert "kept (nothing new)" in text and "rebuilt" in text
    assert "4x the articles took 4.50x the time" in text
    assert "temporary server costs 7.0 s" in text
    doc = tmp_path / "BENCHMARKS.md"
    doc.write_text("# Benchmarks\n\nintro\n", encoding="utf-8")
    run.write_section(doc, text)
    run.write_section(doc, text.replace("Test CPU", "Other CPU"))  # replaced, not appended
    body = doc.read_text(encoding="utf-8")
    assert body.startswith("# Benchmarks\n\nintro\n") and body.count(run.START_MARK) == 1
    assert "Other CPU" in body and "Test CPU" not in body


def test_dedupe_scaling_finds_the_generated_duplicates():
    rows = run.dedupe_scaling([200, 400], seed=1, batch_size=100)
    assert [r["n"] for r in rows] == [200, 400]
    assert all(0.1 * r["n"] < r["duplicates"] <= 0.25 * r["n"] for r in rows)


@pytest.mark.usefixtures("prefect_harness")
def test_pipeline_run_prints_the_summary_with_stage_times(tmp_path: Path):
    from prefect.settings import PREFECT_API_URL

    folder = corpus.write(tmp_path / "c", 30, seed=2)
    db = tmp_path / "w" / "w.duckdb"
    m = run.measure(run._pipeline_cmd(folder, db, 1), run.child_env(PREFECT_API_URL.value()))
    assert m.returncode == 0, m.stderr_tail
    out = m.output
    assert out["files_new"] == 30 and out["statements"] > 0
    assert {"parse", "statements", "stances", "load", "trends"} <= set(out["stage_seconds"])
    assert out["flow_call_s"] >= out["seconds"] > 0
    json.dumps(out)
