"""`stancewatch serve`: one long-running process that keeps the warehouse up to date by itself.

It registers the pipeline as a Prefect deployment with a cron schedule (hourly by default), watches
the seeds folder, and executes the deployment's runs itself:

- new or changed .txt files create a run within seconds (a burst of files makes one run);
- at start a catch-up run takes whatever arrived while serve was down;
- the cron schedule, "Run" in the Prefect UI and `prefect deployment run` create runs too.

Every run is a flow run of the same deployment, tagged with what started it, and this process
executes them one at a time, oldest first, in a worker thread (`run_flow`, the call Prefect's own
engine makes for a deployment run). Why in-process rather than Prefect's Runner, which starts a new
Python process per run: that process spends 5-15 s importing Prefect, polars and textblob-nl before
the run begins; here the flow is already imported, so a dropped file is in the warehouse about as
soon as the debounce allows. Runs never overlap: one executor, and it also waits while another
process (a manual `stancewatch run`) holds the warehouse's run lock.

The schedule needs an API with a scheduler that outlives a run. Prefect's ephemeral API (what you
get without PREFECT_API_URL) runs no scheduler (Prefect itself warns "Cannot schedule flows on an
ephemeral server") and dies with the process, so without PREFECT_API_URL serve starts one local
server on 127.0.0.1 for its own lifetime (SQLite under PREFECT_HOME, history kept) and uses it;
with PREFECT_API_URL it uses that server. Both paths work the same way because every run, from any
trigger, is created through the API and executed here.
"""

from __future__ import annotations

import contextvars
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from prefect.client.orchestration import SyncPrefectClient

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

DEPLOYMENT_NAME = "serve"
FLOW_NAME = "stancewatch-pipeline"
BASE_TAGS = ("stancewatch",)
DEFAULT_CRON = "0 * * * *"
# How often the executor asks the API for due runs (scheduled, or started from the UI). Runs the
# watcher creates wake it at once.
POLL_S = 5.0
# The pipeline defers files modified less than this long ago (stancewatch.pipeline.read_files).
PIPELINE_SETTLE_S = 1.0
_TICK_MS = 200
_SERVER_START_TIMEOUT_S = 90.0

log = logging.getLogger("stancewatch.serve")


def _setup_logging() -> None:
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s serve | %(message)s", "%H:%M:%S"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False


@dataclass
class Coalescer:
    """Gathers file events until the folder has been quiet for `debounce_s`, then releases them.

    A burst of 500 files makes one run, not 500: every event pushes the deadline back.
    """

    debounce_s: float
    pending: set[str] = field(default_factory=set)
    last_event: float = 0.0

    def note(self, paths: Iterable[str], now: float) -> None:
        paths = set(paths)
        if paths:
            self.pending |= paths
            self.last_event = now

    def due(self, now: float) -> bool:
        return bool(self.pending) and now - self.last_event >= self.debounce_s

    def take(self) -> set[str]:
        taken, self.pending = self.pending, set()
        return taken


def is_article_change(change: Any, path: str) -> bool:
    """Added or modified .txt files start a run; deletions change nothing in the warehouse."""
    from watchfiles import Change

    return change in (Change.added, Change.modified) and path.lower().endswith(".txt")


def trigger_tags(trigger: str) -> list[str]:
    """Tags of a run started by `trigger` ('watch', 'catch-up', ...), next to the deployment's."""
    return [*BASE_TAGS, trigger]


def describe_changes(paths: set[str], root: Path) -> str:
    """'3 files changed (a.txt, b.txt, ...)' for logs and the queued run's name."""
    names = sorted(_relative(p, root) for p in paths)
    shown = ", ".join(names[:3]) + (", ..." if len(names) > 3 else "")
    return f"{len(names)} file{'s' if len(names) != 1 else ''} changed ({shown})"


def _relative(path: str, root: Path) -> str:
    try:
        return Path(path).resolve().relative_to(root).as_posix()
    except ValueError:
        return Path(path).name


def run_lock_holder(db_path: Path) -> str | None:
    """Who holds the pipeline's run lock of `db_path` right now (None = nobody).

    The lock is the one `warehouse.runlock.run_lock` takes for a whole run; probing it catches runs
    this process did not start (a manual `stancewatch run`, a worker's run).
    """
    from filelock import FileLock, Timeout

    from warehouse.runlock import lock_path

    path = lock_path(db_path)
    if not path.parent.is_dir():
        return None
    lock = FileLock(str(path))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        info = path.with_suffix(".info")
        holder = info.read_text(encoding="utf-8").strip() if info.exists() else "unknown process"
        return holder or "unknown process"
    lock.release()
    return None


class Watcher:
    """Turns folder events into deployment runs: debounced, one at a time, at most one queued."""

    def __init__(
        self,
        deployment_id: Any,
        seeds_dir: Path,
        db_path: Path,
        debounce_s: float,
        stop: threading.Event,
        wake: threading.Event,
    ) -> None:
        self.wake = wake
        self.deployment_id = deployment_id
        self.seeds_dir = seeds_dir
        self.db_path = db_path
        self.coalescer = Coalescer(debounce_s)
        self.stop = stop
        self.inflight: Any = None  # id of the last run this watcher created
        self._waiting_logged = False

    # -- runs -------------------------------------------------------------------------------
    def start_run(self, client: SyncPrefectClient, trigger: str, why: str) -> None:
        run = client.create_flow_run_from_deployment(
            self.deployment_id, name=f"{trigger}: {why}"[:120], tags=trigger_tags(trigger)
        )
        self.inflight = run.id
        self.wake.set()
        log.info("queued run %r", run.name)

    def _inflight_state(self, client: SyncPrefectClient) -> Any:
        if self.inflight is None:
            return None
        state = client.read_flow_run(self.inflight).state
        return None if state is None or state.is_final() else state

    def tick(self, client: SyncPrefectClient, now: float) -> None:
        """Start a run when changes are due and nothing is running; otherwise keep them queued."""
        if not self.coalescer.due(now):
            return
        state = self._inflight_state(client)
        if state is not None and state.type.value in ("SCHEDULED", "PENDING"):
            # the queued run has not scanned the folder yet: it will take these files too
            why = describe_changes(self.coalescer.take(), self.seeds_dir)
            log.info("%s: the queued run (%s) will take them", why, state.name)
            self._waiting_logged = False
            return
        busy = f"run {self.inflight} is {state.name}" if state is not None else None
        if busy is None:
            holder = run_lock_holder(self.db_path)
            busy = f"another run holds the warehouse ({holder})" if holder else None
        if busy:
            if not self._waiting_logged:
                log.info(
                    "%s; %s queued, one run will take them when it finishes",
                    busy,
                    describe_changes(self.coalescer.pending, self.seeds_dir),
                )
                self._waiting_logged = True
            return
        self._waiting_logged = False
        self.start_run(client, "watch", describe_changes(self.coalescer.take(), self.seeds_dir))

    def cancel_unstarted(self, client: SyncPrefectClient) -> None:
        """On shutdown, cancel our queued run that never started (the next start catches up)."""
        from prefect.states import Cancelled

        state = self._inflight_state(client)
        if state is not None and state.type.value == "SCHEDULED":
            client.set_flow_run_state(
                self.inflight,
                Cancelled(
                    message="serve stopped before this run started; the next start catches up"
                ),
                force=True,
            )
            log.info("cancelled the queued run %s (it had not started)", self.inflight)

    # -- the loop ---------------------------------------------------------------------------
    def run(self) -> None:
        """Watch the folder until `stop` is set; errors are logged and the loop goes on."""
        from prefect.client.orchestration import get_client
        from watchfiles import watch

        with get_client(sync_client=True) as client:
            self._catch_up(client)
            while not self.stop.is_set():
                try:
                    for changes in watch(
                        self.seeds_dir,
                        watch_filter=is_article_change,
                        debounce=_TICK_MS,
                        step=50,
                        rust_timeout=_TICK_MS,
                        yield_on_timeout=True,
                        stop_event=self.stop,
                        raise_interrupt=False,
                    ):
                        now = time.monotonic()
                        self.coalescer.note((p for _, p in changes), now)
                        self.tick(client, now)
                except Exception:  # the API or the folder went away for a moment
                    log.exception("watcher error; retrying in 5 s")
                    self.stop.wait(5)
            try:
                self.cancel_unstarted(client)
            except Exception:  # the server may already be gone
                log.debug("could not cancel the queued run", exc_info=True)

    def _catch_up(self, client: SyncPrefectClient) -> None:
        while not self.stop.is_set():
            try:
                self.start_run(client, "catch-up", "files that arrived while serve was down")
                return
            except Exception:
                log.exception("could not start the catch-up run; retrying in 5 s")
                self.stop.wait(5)


# -- the Prefect API ------------------------------------------------------------------------------
def free_port() -> int:
    """A TCP port on 127.0.0.1 that nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_health(api_url: str, timeout_s: float, proc: subprocess.Popen | None = None) -> None:
    """Poll `<api_url>/health` until it answers 200; fail if `proc` dies or time runs out."""
    import httpx

    deadline = time.monotonic() + timeout_s
    last: object = None
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"the Prefect server exited with code {proc.returncode}")
        try:
            if httpx.get(f"{api_url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError as exc:
            last = exc
        time.sleep(0.2)
    raise RuntimeError(f"the Prefect API at {api_url} did not answer in {timeout_s:.0f} s ({last})")


@contextmanager
def local_server(
    log_file: Path,
    env: Mapping[str, str] | None = None,
    timeout_s: float = _SERVER_START_TIMEOUT_S,
) -> Iterator[str]:
    """Run `prefect server start` on a free loopback port for the duration; yield its API URL.

    The UI is told its API URL (PREFECT_UI_API_URL): without it the UI of a server on any port but
    4200 calls 127.0.0.1:4200 and shows "Can't connect to Server API". `env` overrides the
    environment (tests pass a temporary PREFECT_HOME). The server runs in its own process group,
    so Ctrl-C reaches serve first and the server is stopped last; the whole group is stopped.
    """
    port = free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    server_env = {**os.environ, **(env or {})}
    server_env.pop("PREFECT_API_URL", None)
    server_env.update(
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_SERVER_API_HOST="127.0.0.1",
        PREFECT_SERVER_API_PORT=str(port),
        PREFECT_UI_API_URL=api_url,
    )
    with open(log_file, "ab") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "prefect",
                "server",
                "start",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=server_env,
            start_new_session=True,
        )
    try:
        wait_for_health(api_url, timeout_s, proc)
        yield api_url
    finally:
        stop_process_group(proc)


def stop_process_group(proc: subprocess.Popen, timeout_s: float = 15.0) -> None:
    """SIGTERM the process group `proc` leads, SIGKILL it if it does not exit in time."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    except ProcessLookupError:
        proc.wait()


@contextmanager
def prefect_api() -> Iterator[str]:
    """The API every run of this process reports to: PREFECT_API_URL's, or a local server's."""
    from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

    configured = PREFECT_API_URL.value()
    if configured:
        _check_api(configured)
        log.info("using the Prefect API at %s", configured)
        yield configured
        return
    home = Path(get_current_settings().home)
    with local_server(home / "stancewatch-serve-server.log") as api_url:
        ui = api_url.removesuffix("/api")
        log.info(
            "no PREFECT_API_URL: started a local Prefect server for this session at %s "
            "(UI while serve runs; history kept in %s). For a server that outlives serve, run "
            "`prefect server start --host 127.0.0.1` and set PREFECT_API_URL.",
            ui,
            home,
        )
        os.environ["PREFECT_API_URL"] = api_url  # for processes the runs start
        try:
            with temporary_settings(updates={PREFECT_API_URL: api_url}):
                try:
                    yield api_url
                finally:
                    _drain_prefect_workers()
        finally:
            os.environ.pop("PREFECT_API_URL", None)


def _drain_prefect_workers() -> None:
    """Send the logs and events still queued before the local server stops.

    Prefect drains them at interpreter exit, when the server would be gone: the process would hang
    retrying (Prefect's own test harness drains them the same way before stopping its server).
    """
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (APILogWorker, EventsWorker):
        try:
            worker.drain_all(timeout=5)
        except Exception as exc:
            log.debug("could not drain %s: %s", worker.__name__, exc)


def _check_api(api_url: str) -> None:
    """Fail early, and say what to do, when PREFECT_API_URL points at nothing."""
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        error = client.api_healthcheck()
    if error is not None:
        raise RuntimeError(
            f"cannot reach the Prefect API at {api_url} ({error}). Start it with "
            "`prefect server start --host 127.0.0.1`, or unset PREFECT_API_URL to let serve "
            "start a server of its own."
        )


def build_deployment(seeds_dir: Path, db_path: Path, cron: str, lock_timeout_s: float) -> Any:
    """The served deployment: the pipeline on `seeds_dir` into `db_path`, on `cron`."""
    from prefect.deployments.runner import EntrypointType

    from flows.pipeline import stancewatch_pipeline

    return stancewatch_pipeline.to_deployment(
        name=DEPLOYMENT_NAME,
        cron=cron,
        parameters={
            "seeds_dir": str(seeds_dir),
            "db_path": str(db_path),
            "lock_timeout_s": lock_timeout_s,
        },
        tags=list(BASE_TAGS),
        paused=False,  # resume the schedule a previous stop paused
        description=f"Watches {seeds_dir} (runs within seconds of new .txt files) and runs on "
        f"'{cron}'; loads into {db_path}. Started by `stancewatch serve`.",
        entrypoint_type=EntrypointType.MODULE_PATH,
    )


class Executor:
    """Runs the deployment's due flow runs in this process, one at a time, oldest first."""

    def __init__(
        self,
        flow: Any,
        deployment_id: Any,
        db_path: Path,
        stop: threading.Event,
        wake: threading.Event,
    ) -> None:
        self.flow = flow
        self.deployment_id = deployment_id
        self.db_path = db_path
        self.stop = stop
        self.wake = wake
        self.current: Any = None  # the flow run in progress
        self._waiting_logged = False

    def run(self) -> None:
        """Poll for due runs until `stop` is set; finish the run in progress before returning."""
        from prefect.client.orchestration import get_client

        with get_client(sync_client=True) as client:
            while not self.stop.is_set():
                try:
                    ran = self.run_next(client)
                except Exception:  # the API went away for a moment
                    log.exception("executor error; retrying in 5 s")
                    self.stop.wait(5)
                    continue
                if not ran:
                    self.wake.wait(POLL_S)
                    self.wake.clear()

    def run_next(self, client: SyncPrefectClient) -> bool:
        """Claim and execute the oldest due run; False when there was none to start."""
        from datetime import UTC, datetime, timedelta

        from prefect.client.schemas.responses import SetStateStatus
        from prefect.flow_engine import run_flow
        from prefect.states import Pending

        due = client.get_scheduled_flow_runs_for_deployments(
            [self.deployment_id], scheduled_before=datetime.now(UTC) + timedelta(seconds=2)
        )
        if not due:
            return False
        holder = run_lock_holder(self.db_path)
        if holder:
            if not self._waiting_logged:
                log.info(
                    "%d run(s) due; waiting for the run that holds the warehouse (%s)",
                    len(due),
                    holder,
                )
                self._waiting_logged = True
            return False
        self._waiting_logged = False
        run = min(due, key=lambda r: (r.expected_start_time or r.created, str(r.id)))
        if client.set_flow_run_state(run.id, Pending()).status != SetStateStatus.ACCEPT:
            return True  # taken by someone else (another serve on the same deployment)
        self.current = run.id
        started = time.monotonic()
        log.info("running %r", run.name)
        try:
            run_flow(self.flow, flow_run=client.read_flow_run(run.id))
            log.info("run %s finished in %.1f s", run.id, time.monotonic() - started)
        except Exception as exc:  # the engine has recorded the failure on the run
            log.warning("run %s failed: %s: %s", run.id, type(exc).__name__, exc)
        finally:
            self.current = None
        return True


class _StopOnSignal:
    """SIGINT/SIGTERM: abort while starting, then stop cleanly, and a second one stops at once."""

    def __init__(self, stop: threading.Event) -> None:
        self.stop = stop
        self.force = threading.Event()
        self.phase = "starting"  # then "running"
        self._previous: dict[int, Any] = {}

    def _handle(self, signum: int, _frame: Any) -> None:
        name = signal.Signals(signum).name
        if self.phase == "starting":
            raise KeyboardInterrupt(name)
        if self.stop.is_set():
            log.info("%s again: stopping now", name)
            self.force.set()
            return
        log.info("%s received: stopping", name)
        self.stop.set()

    def __enter__(self) -> _StopOnSignal:
        for sig in (signal.SIGINT, signal.SIGTERM):
            self._previous[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)


def _thread(target: Any, name: str) -> threading.Thread:
    """A daemon thread that sees this thread's Prefect settings (the API URL among them)."""
    return threading.Thread(
        target=contextvars.copy_context().run, args=(target,), name=name, daemon=True
    )


def serve(
    seeds_dir: Path,
    db_path: Path,
    cron: str = DEFAULT_CRON,
    debounce_s: float = 2.0,
    lock_timeout_s: float = 30.0,
) -> None:
    """Serve the pipeline on `cron` and on every change in `seeds_dir` until Ctrl-C or SIGTERM.

    On stop, a run in progress is finished first (Ctrl-C again to stop at once: the run is marked
    cancelled, and its unloaded batches are picked up by the next start), the run queued but not
    started is cancelled, and the schedule is paused until serve starts again.
    """
    _setup_logging()
    seeds_dir, db_path = Path(seeds_dir).resolve(), Path(db_path).resolve()
    if not seeds_dir.is_dir():
        raise FileNotFoundError(f"the folder {seeds_dir} does not exist (pass --seeds DIR)")
    if debounce_s < PIPELINE_SETTLE_S:
        log.info(
            "debounce raised to %.1f s: the pipeline defers files younger than that",
            PIPELINE_SETTLE_S,
        )
        debounce_s = PIPELINE_SETTLE_S
    _validate_cron(cron)

    stop, wake = threading.Event(), threading.Event()
    try:
        with _StopOnSignal(stop) as signals, prefect_api():
            from prefect.client.orchestration import get_client

            from flows.pipeline import stancewatch_pipeline

            deployment_id = build_deployment(seeds_dir, db_path, cron, lock_timeout_s).apply()
            executor = Executor(stancewatch_pipeline, deployment_id, db_path, stop, wake)
            watcher = Watcher(deployment_id, seeds_dir, db_path, debounce_s, stop, wake)
            threads = [
                _thread(executor.run, "stancewatch-executor"),
                _thread(watcher.run, "stancewatch-watcher"),
            ]
            for thread in threads:
                thread.start()
            signals.phase = "running"
            log.info(
                "serving %s/%s: cron '%s', watching %s (debounce %.1f s), warehouse %s; "
                "Ctrl-C stops",
                FLOW_NAME,
                DEPLOYMENT_NAME,
                cron,
                seeds_dir,
                debounce_s,
                db_path,
            )
            while not stop.wait(0.5):
                if not all(t.is_alive() for t in threads):
                    log.error("a serve thread stopped unexpectedly; stopping")
                    stop.set()
            wake.set()
            _finish(threads, executor, signals.force)
            with get_client(sync_client=True) as client:
                _pause(client, deployment_id)
                if executor.current is not None:
                    _mark_cancelled(client, executor.current)
    except KeyboardInterrupt:
        log.info("interrupted while starting; nothing was run")
        return
    log.info("stopped; start again to resume (the first run picks up what arrived meanwhile)")
    if any(t.is_alive() for t in threads):  # stopped at once: do not wait for the run's thread
        logging.shutdown()
        os._exit(130)


def _finish(threads: list[threading.Thread], executor: Executor, force: threading.Event) -> None:
    """Wait for the watcher, and for the run in progress unless told to stop at once."""
    told = False
    while any(t.is_alive() for t in threads) and not force.is_set():
        if executor.current is not None and not told:
            log.info("waiting for run %s to finish (Ctrl-C again to stop now)", executor.current)
            told = True
        for t in threads:
            t.join(timeout=0.2)


def _pause(client: SyncPrefectClient, deployment_id: Any) -> None:
    """Pause the schedule while nobody executes its runs (they would only pile up as Late)."""
    try:
        client.pause_deployment(deployment_id)
        log.info("schedule paused until serve starts again")
    except Exception as exc:
        log.warning("could not pause the schedule: %s", exc)


def _mark_cancelled(client: SyncPrefectClient, flow_run_id: Any) -> None:
    from prefect.states import Cancelled

    try:
        client.set_flow_run_state(
            flow_run_id,
            Cancelled(message="serve was stopped during this run; the next start catches up"),
            force=True,
        )
        log.info("run %s left unfinished and marked cancelled", flow_run_id)
    except Exception as exc:
        log.warning("could not mark run %s cancelled: %s", flow_run_id, exc)


def _validate_cron(cron: str) -> None:
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=cron)
    except Exception as exc:
        raise ValueError(f"not a valid cron expression: {cron!r} ({exc})") from exc


def _main(argv: list[str] | None = None) -> None:
    """`python -m flows.serve` until `stancewatch serve` is wired in the CLI."""
    import argparse

    from stancewatch.config import DEFAULT_DB_PATH, DEFAULT_LOCK_TIMEOUT_S, DEFAULT_SEEDS_DIR

    parser = argparse.ArgumentParser(prog="python -m flows.serve", description=serve.__doc__)
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS_DIR)
    parser.add_argument("--db", type=Path, default=DEFAULT_DB_PATH)
    parser.add_argument("--cron", default=DEFAULT_CRON)
    parser.add_argument("--debounce", type=float, default=2.0)
    parser.add_argument("--lock-timeout", type=float, default=DEFAULT_LOCK_TIMEOUT_S)
    args = parser.parse_args(argv)
    serve(args.seeds, args.db, args.cron, args.debounce, args.lock_timeout)


if __name__ == "__main__":
    _main()
