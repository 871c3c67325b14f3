"""The benchmark of issue #7: the pipeline against the simplest script, side by side.

For each N it generates a corpus (seeded, ~20% duplicates, `benchmarks.corpus`), then in
separate processes, one after the other in the same run:

1. the yardstick (`benchmarks.yardstick`: read, split sentences, textblob-nl on every sentence,
   DuckDB), timed from outside;
2. the full pipeline into a fresh warehouse (`benchmarks.pipeline_run`), timed from outside,
   with the flow's own per-stage times;
3. the pipeline again with no new files;
4. the pipeline after adding 1% new files.

Wall time, CPU time (user + sys of the process and its workers) and peak memory (the largest
sum of RSS over the process and its children, sampled every 0.1 s; PSS every 0.5 s) are
measured per process.
Prefect's fixed costs are reported apart: the pipeline runs talk to one Prefect server the
benchmark starts first (so no run pays for a server start), and the start of the temporary
server a run without PREFECT_API_URL would pay is measured once, separately.

Duplicate detection is also timed alone on N and 4N article bodies (`--dedupe-sizes`) to show
that it stays about linear.

    .venv/bin/python -m benchmarks.run --sizes 1000,10000,50000 --write BENCHMARKS.md
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import psutil

from benchmarks import corpus as corpus_mod
from stancewatch.config import STAGES
from stancewatch.synth import DENSE_STATEMENT_SHARE, REALISTIC_STATEMENT_SHARE

REPO = Path(__file__).resolve().parent.parent
START_MARK = "<!-- benchmark:start -->"
END_MARK = "<!-- benchmark:end -->"


@dataclass
class Measured:
    """One process, measured from outside."""

    wall_s: float
    cpu_s: float
    peak_rss_mb: float  # largest sum of RSS over the process tree (sampled; shared pages
    # of forked workers counted once per process: an upper bound)
    peak_pss_mb: float  # largest sum of PSS (shared pages split between their processes)
    maxrss_main_mb: float  # the main process's own peak RSS (kernel)
    returncode: int
    output: dict[str, Any] = field(default_factory=dict)
    stderr_tail: str = ""


# How often the measured process tree is sampled: RSS and CPU every SAMPLE_S, PSS every
# SAMPLE_S * PSS_EVERY. The sampler runs on the machine being measured: reading PSS every 50 ms
# cost 4.5 s of CPU per 10,000-article pipeline run, which slowed the two-core pipeline by ~2 s
# and not the one-core yardstick (it leaves a core free).
SAMPLE_S = 0.1
PSS_EVERY = 5


def measure(cmd: list[str], env: dict[str, str] | None = None, cwd: Path = REPO) -> Measured:
    """Run `cmd`; its wall time, CPU time (incl. reaped children), peak tree RSS, JSON output."""
    with tempfile.TemporaryFile() as out_f, tempfile.TemporaryFile() as err_f:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out_f, stderr=err_f, env=env, cwd=cwd)
        peak = [0, 0]  # RSS, PSS
        cpu_seen: dict[int, float] = {}  # pid -> user + sys last seen, for every process ever seen
        stop = threading.Event()

        def sample() -> None:
            try:
                root = psutil.Process(proc.pid)
            except psutil.Error:
                return
            tick = 0
            while not stop.is_set():
                # RSS and CPU (cheap: /proc/PID/statm and stat) every tick; PSS (parsing
                # smaps_rollup: ~4.5 s of CPU per 10,000-article run when read every 50 ms, on the
                # same two cores the pipeline needs) every PSS_EVERY ticks, and whenever the RSS
                # sum reaches a new peak (so the PSS peak is not missed while memory grows)
                tick += 1
                rss = 0
                try:
                    procs = [root, *root.children(recursive=True)]
                    for p in procs:
                        with suppress(psutil.Error), p.oneshot():
                            rss += p.memory_info().rss
                            t = p.cpu_times()
                            cpu_seen[p.pid] = t.user + t.system
                except psutil.Error:
                    break
                if tick % PSS_EVERY == 1 or rss > peak[0] * 1.02:
                    pss = 0
                    for p in procs:
                        with suppress(psutil.Error):
                            mem = p.memory_full_info()
                            pss += getattr(mem, "pss", mem.rss)
                    peak[1] = max(peak[1], pss)
                peak[0] = max(peak[0], rss)
                stop.wait(SAMPLE_S)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        stop.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out_f.seek(0)
        err_f.seek(0)
        stdout = out_f.read().decode("utf-8", "replace")
        stderr = err_f.read().decode("utf-8", "replace")
    output: dict[str, Any] = {}
    for line in stdout.splitlines():
        if line.startswith("BENCHMARK "):
            output = json.loads(line[len("BENCHMARK ") :])
        elif line.startswith("yardstick:"):
            output = {"line": line}
    return Measured(
        wall_s=wall,
        # processes the run left unreaped (a fork server and its workers) are not in wait4's
        # numbers: count every process of the tree as last seen, whichever is larger
        cpu_s=max(usage.ru_utime + usage.ru_stime, sum(cpu_seen.values())),
        peak_rss_mb=peak[0] / 2**20,
        peak_pss_mb=peak[1] / 2**20,
        maxrss_main_mb=usage.ru_maxrss / 1024,
        returncode=proc.returncode,
        output=output,
        stderr_tail="\n".join(stderr.splitlines()[-15:]),
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def prefect_server(home: Path):
    """A Prefect server for the benchmark's runs; yields (api_url, seconds it took to start)."""
    if os.environ.get("PREFECT_API_URL"):
        yield os.environ["PREFECT_API_URL"], 0.0
        return
    port = _free_port()
    env = {**child_env(None), "PREFECT_HOME": str(home), "PREFECT_UI_ENABLED": "false"}
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "prefect"), "server", "start", "--host", "127.0.0.1",
         "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/api"
    try:
        while True:
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.perf_counter() - t0 > 180:
                raise RuntimeError("the benchmark's Prefect server did not start")
            time.sleep(0.2)
        yield url, time.perf_counter() - t0
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def child_env(api_url: str | None) -> dict[str, str]:
    """The environment of every measured process: Prefect's server (when given), no analytics,
    and Python allowed to cache bytecode, as on a normal install (some sandboxes and CI set
    PYTHONDONTWRITEBYTECODE, which makes every process recompile Prefect, nltk, scipy ... at
    import: seconds of CPU per process that a user never pays twice)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE",
                                                             "PREFECT_API_URL")}
    env["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    if api_url:
        env["PREFECT_API_URL"] = api_url
    return env


def _pipeline_cmd(corpus: Path, db: Path, workers: int) -> list[str]:
    return [sys.executable, "-m", "benchmarks.pipeline_run", str(corpus), str(db),
            "--workers", str(workers)]


def _fresh_db(path: Path) -> Path:
    if path.parent.exists():
        shutil.rmtree(path.parent)
    path.parent.mkdir(parents=True)
    return path


def _check(m: Measured, what: str) -> Measured:
    if m.returncode != 0:
        raise RuntimeError(f"{what} failed ({m.returncode}):\n{m.stderr_tail}")
    return m


def bench_size(
    n: int, workdir: Path, seed: int, api_url: str, workers: int, dense: bool = False
) -> dict[str, Any]:
    """Yardstick, full run, no-new run and 1%-new run on a corpus of `n` articles (`dense`: the
    statement-dense corpus of the tests instead of the realistic one)."""
    share = DENSE_STATEMENT_SHARE if dense else REALISTIC_STATEMENT_SHARE
    tag = f"{n}-dense" if dense else f"{n}"
    folder = workdir / f"corpus-{tag}"
    t0 = time.perf_counter()
    corpus_mod.write(folder, n, seed, statement_share=share)
    gen_s = time.perf_counter() - t0
    env = child_env(api_url)
    print(f"[N={n}] corpus ready ({gen_s:.1f} s); yardstick ...", file=sys.stderr, flush=True)
    yard = _check(
        measure([sys.executable, "-m", "benchmarks.yardstick", str(folder),
                 "--db", str(workdir / f"yardstick-{tag}" / "y.duckdb")], env),
        "yardstick",
    )
    print(f"[N={n}] yardstick {yard.wall_s:.1f} s; pipeline ...", file=sys.stderr, flush=True)
    db = _fresh_db(workdir / f"warehouse-{tag}" / "stancewatch.duckdb")
    full = _check(measure(_pipeline_cmd(folder, db, workers), env), "pipeline (full)")
    print(f"[N={n}] pipeline {full.wall_s:.1f} s; no new files ...", file=sys.stderr, flush=True)
    none_new = _check(measure(_pipeline_cmd(folder, db, workers), env), "pipeline (no new)")
    added = corpus_mod.add_new_files(folder, max(1, n // 100), seed + 1000, statement_share=share)
    try:
        print(f"[N={n}] 1% new ({len(added)} files) ...", file=sys.stderr, flush=True)
        one_pct = _check(measure(_pipeline_cmd(folder, db, workers), env), "pipeline (1% new)")
    finally:
        for p in added:
            p.unlink(missing_ok=True)
    return {
        "n": n,
        "dense": dense,
        "statement_share": share,
        "corpus_mb": sum(p.stat().st_size for p in folder.glob("*.txt")) / 2**20,
        "yardstick": asdict(yard),
        "full": asdict(full),
        "no_new": asdict(none_new),
        "one_pct": asdict(one_pct),
        "one_pct_files": len(added),
    }


def ephemeral_server_cost(workdir: Path, api_url: str) -> dict[str, float]:
    """What a run without PREFECT_API_URL pays for Prefect's temporary server: the same no-op
    run (an empty folder) with and without a running server."""
    empty = workdir / "empty-corpus"
    empty.mkdir(exist_ok=True)
    db = _fresh_db(workdir / "warehouse-empty" / "stancewatch.duckdb")
    home = {"PREFECT_HOME": str(workdir / "prefect-home-ephemeral")}
    # warm-up: the first processes write the bytecode caches (and the yardstick's too)
    _check(measure(_pipeline_cmd(empty, db, 1), {**child_env(api_url), **home}), "warm-up")
    _check(
        measure([sys.executable, "-m", "benchmarks.yardstick", str(empty), "--db",
                 str(workdir / "warehouse-empty" / "y.duckdb")], child_env(api_url)),
        "yardstick warm-up",
    )
    with_server = _check(
        measure(_pipeline_cmd(empty, db, 1), {**child_env(api_url), **home}), "empty"
    )
    ephemeral = _check(
        measure(_pipeline_cmd(empty, db, 1), {**child_env(None), **home}), "empty, ephemeral"
    )
    return {
        "empty_run_with_server_s": with_server.wall_s,
        "empty_run_ephemeral_s": ephemeral.wall_s,
        "temporary_server_s": ephemeral.wall_s - with_server.wall_s,
        "import_s": with_server.output.get("import_s", 0.0),
        "flow_call_s": with_server.output.get("flow_call_s", 0.0),
        "flow_body_s": with_server.output.get("seconds", 0.0),
    }


def dedupe_scaling(sizes: list[int], seed: int, batch_size: int = 500) -> list[dict[str, float]]:
    """Duplicate detection alone (signatures + index, in batches) on the gold bodies of a
    generated corpus of each size: seconds and candidate pairs checked."""
    import polars as pl

    from stancewatch.dedupe import DuplicateIndex, assign_duplicates
    from stancewatch.synth import generate_corpus

    out = []
    for n in sizes:
        files = generate_corpus(n, seed=seed)
        frame = pl.DataFrame(
            {"article_id": [f"a{i}" for i in range(n)], "body": [f.body for f in files]}
        )
        index = DuplicateIndex()
        t0 = time.perf_counter()
        dups = 0
        for start in range(0, n, batch_size):
            marks = assign_duplicates(frame.slice(start, batch_size), index)
            dups += marks.filter(pl.col("duplicate_of").is_not_null()).height
        seconds = time.perf_counter() - t0
        out.append(
            {"n": n, "seconds": seconds, "us_per_article": seconds / n * 1e6,
             "duplicates": dups, "candidates_checked": index.candidates_checked}
        )
    return out


def machine() -> dict[str, Any]:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": model or platform.processor(),
        "cores": len(os.sched_getaffinity(0)),
        "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "os": platform.platform(),
        "load_before": os.getloadavg(),
    }


# ------------------------------------------------------------------------------------------
# report


def _n(r: dict[str, Any]) -> str:
    """The N column: the size, and "dense" for the statement-dense corpus."""
    return f"{r['n']:,} dense" if r.get("dense") else f"{r['n']:,}"


def _stage(run: dict[str, Any], name: str) -> float:
    return float(run["output"].get("stage_seconds", {}).get(name, 0.0))


def render(results: dict[str, Any]) -> str:
    """The markdown tables of a benchmark run."""
    m = results["machine"]
    lines = [
        f"Measured {results['date']} on {m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB RAM, "
        f"Python {m['python']} (load average before {m['load_before'][0]:.1f}, "
        f"after {results['load_after'][0]:.1f}).",
        "",
        f"Command: `{results['command']}`",
        "",
        "| N | yardstick s | pipeline s | ratio | articles/s | pipeline CPU s | yardstick CPU s "
        "| peak memory MB (PSS / RSS sum) | no new files s | 1% new s | 1% target s |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results["sizes"]:
        y, f = r["yardstick"], r["full"]
        target = max(5.0, 0.1 * f["wall_s"])
        lines.append(
            f"| {_n(r)} | {y['wall_s']:.1f} | {f['wall_s']:.1f} | "
            f"{f['wall_s'] / y['wall_s']:.2f} | {r['n'] / f['wall_s']:.0f} | "
            f"{f['cpu_s']:.1f} | {y['cpu_s']:.1f} | "
            f"{f.get('peak_pss_mb', 0):.0f} / {f['peak_rss_mb']:.0f} | "
            f"{r['no_new']['wall_s']:.1f} | {r['one_pct']['wall_s']:.1f} | {target:.1f} |"
        )
    lines += [
        "",
        "Seconds per stage inside the flow of the full run, summed over batches: wall time, and "
        "the CPU time of the thread doing it (the CPU row does not grow when other processes "
        "compete for the cores). Parse, statements and stances run in the worker processes, in "
        "parallel with each other and with the flow's own stages, so the stages add up to more "
        "than the flow body. Then Prefect's share of the process:",
        "",
        "| N | | " + " | ".join(STAGES) + " | flow body | import | flow run overhead | workers |",
        "|---:|---|" + "---:|" * (len(STAGES) + 4),
    ]
    for r in results["sizes"]:
        o = r["full"]["output"]
        overhead = o.get("flow_call_s", 0.0) - o.get("seconds", 0.0)
        wall = [f"{_stage(r['full'], s):.2f}" for s in STAGES]
        cpu = [f"{o.get('stage_cpu_seconds', {}).get(s, 0.0):.2f}" for s in STAGES]
        lines.append(
            f"| {_n(r)} | wall | " + " | ".join(wall) + f" | {o.get('seconds', 0.0):.1f} | "
            f"{o.get('import_s', 0.0):.1f} | {overhead:.1f} | {o.get('workers', 1)} |"
        )
        lines.append("| | CPU | " + " | ".join(cpu) + " | | | | |")
    lines += ["", "Incremental runs (flow body and its stages):", "",
              "| N | run | wall s | flow body s | trends s | marts |",
              "|---:|---|---:|---:|---:|---|"]
    for r in results["sizes"]:
        for key, label in (("no_new", "no new files"), ("one_pct", f"+{r['one_pct_files']} files")):
            o = r[key]["output"]
            lines.append(
                f"| {_n(r)} | {label} | {r[key]['wall_s']:.1f} | {o.get('seconds', 0):.2f} | "
                f"{_stage(r[key], 'trends'):.2f} | "
                f"{'rebuilt' if o.get('marts_rebuilt', True) else 'kept (nothing new)'} |"
            )
    p = results.get("prefect")
    if p:
        lines += [
            "",
            "Prefect's fixed cost per run (an empty folder): importing Prefect and the flows "
            f"{p['import_s']:.1f} s, flow run bookkeeping {p['flow_call_s'] - p['flow_body_s']:.1f}"
            f" s; the whole no-op process {p['empty_run_with_server_s']:.1f} s with a running "
            f"server, {p['empty_run_ephemeral_s']:.1f} s without PREFECT_API_URL: the temporary "
            f"server costs {p['temporary_server_s']:.1f} s per run (not included above).",
        ]
    d = results.get("dedupe")
    if d:
        lines += ["", "Duplicate detection alone (signatures + LSH index, batches of 500):", "",
                  "| articles | seconds | us/article | candidate pairs checked |",
                  "|---:|---:|---:|---:|"]
        for row in d:
            lines.append(
                f"| {row['n']:,} | {row['seconds']:.2f} | {row['us_per_article']:.0f} | "
                f"{row['candidates_checked']:,} |"
            )
        if len(d) >= 2:
            a, b = d[0], d[-1]
            lines.append("")
            lines.append(
                f"{b['n'] // a['n']}x the articles took {b['seconds'] / a['seconds']:.2f}x the "
                "time (target: at most about 5x for 4x)."
            )
    return "\n".join(lines) + "\n"


def write_section(path: Path, text: str) -> None:
    """Replace the part of `path` between the benchmark markers with `text`."""
    body = path.read_text(encoding="utf-8") if path.exists() else ""
    block = f"{START_MARK}\n{text}{END_MARK}"
    if START_MARK in body and END_MARK in body:
        head, rest = body.split(START_MARK, 1)
        _, tail = rest.split(END_MARK, 1)
        body = head + block + tail
    else:
        body = body + ("\n" if body else "") + block + "\n"
    path.write_text(body, encoding="utf-8")


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,50000",
                    help="comma-separated corpus sizes (default: %(default)s)")
    ap.add_argument("--dense-sizes", default="10000",
                    help="sizes also run on the statement-dense corpus ('' to skip)")
    ap.add_argument("--dedupe-sizes", default="10000,40000",
                    help="sizes for the duplicate-detection scaling check ('' to skip)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workers", type=int, default=0, help="0 = one per core")
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "sw-bench")
    ap.add_argument("--write", type=Path, help="put the tables into this markdown file")
    ap.add_argument("--json", type=Path, help="write the raw results here")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    dedupe_sizes = [int(s) for s in args.dedupe_sizes.split(",") if s.strip()]
    dense_sizes = [int(s) for s in args.dense_sizes.split(",") if s.strip()]
    args.workdir.mkdir(parents=True, exist_ok=True)

    results: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "machine": machine(),
        "command": "make bench  # = .venv/bin/python -m benchmarks.run "
        + " ".join(argv if argv is not None else sys.argv[1:]),
        "sizes": [],
    }
    with prefect_server(args.workdir / "prefect-home") as (api_url, server_s):
        results["benchmark_server_start_s"] = server_s
        print("Prefect's fixed cost, warm-up ...", file=sys.stderr, flush=True)
        results["prefect"] = ephemeral_server_cost(args.workdir, api_url)
        for n in sizes:
            results["sizes"].append(bench_size(n, args.workdir, args.seed, api_url, args.workers))
        for n in dense_sizes:
            results["sizes"].append(
                bench_size(n, args.workdir, args.seed, api_url, args.workers, dense=True)
            )
    if dedupe_sizes:
        results["dedupe"] = dedupe_scaling(dedupe_sizes, args.seed)
    results["load_after"] = os.getloadavg()
    text = render(results)
    print(text)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    if args.write:
        write_section(args.write, text)
    return results


if __name__ == "__main__":
    main()
