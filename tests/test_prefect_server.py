"""A real `prefect server start`, a real run against it, and the run page in a real browser.

This is the guard against the orchestration stack breaking under us (a fastapi or sqlalchemy
release the server cannot run on) and against a run that the UI cannot show.

The browser check needs Chromium (`scripts/install-chromium.sh`). Without it the check is skipped
locally but fails in CI (CI=true). Set STANCEWATCH_UI_SCREENSHOT=path.png to keep the screenshot
(that is how docs/prefect-ui.png is made).
"""

from __future__ import annotations

import base64
import itertools
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from flows.artifacts import CHART_KEY, NEW_US_KEY, PROGRESS_KEY, SHIFTS_KEY, SUMMARY_KEY
from flows.serve import local_server

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parent.parent
EXPECTED_TASKS = {
    "scan_files",
    "read_files",
    "parse_articles",
    "dedupe_articles",
    "extract_statements",
    "score_stances",
    "load_batch",
    "build_trends",
}
# Headless, and silent on the network: without these Chromium calls home and floods a closed one.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--window-size=1440,1000",
    "--remote-debugging-address=127.0.0.1",
    "--remote-debugging-port=0",
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A `prefect server start` on a free loopback port with its own PREFECT_HOME (SQLite)."""
    home = tmp_path_factory.mktemp("prefect-home")
    env = {
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_DATABASE_CONNECTION_URL": f"sqlite+aiosqlite:///{home / 'prefect.db'}",
    }
    with local_server(home / "server.log", env=env, timeout_s=120) as api_url:
        yield {**env, "PREFECT_API_URL": api_url}


def _post(api_url: str, path: str, body: dict) -> list[dict]:
    response = httpx.post(f"{api_url}{path}", json=body, timeout=10)
    response.raise_for_status()
    return response.json()


def test_server_starts_and_its_health_and_ui_settings_answer(server: dict[str, str]):
    import prefect

    api = server["PREFECT_API_URL"]
    assert httpx.get(f"{api}/health", timeout=5).json() is True
    assert httpx.get(f"{api}/admin/version", timeout=5).json() == prefect.__version__
    ui = httpx.get(f"{api.removesuffix('/api')}/ui-settings", timeout=5).json()
    assert ui["api_url"] == api  # else the UI calls port 4200 and shows nothing


def test_a_run_against_the_server_shows_its_tasks_artifacts_and_page(
    server: dict[str, str], seeds_dir: Path, tmp_path: Path
):
    api = server["PREFECT_API_URL"]
    db = tmp_path / "warehouse" / "stancewatch.duckdb"
    done = subprocess.run(
        [sys.executable, "-m", "stancewatch", "run", "--seeds", str(seeds_dir), "--db", str(db)],
        env={**os.environ, **server},
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-3000:]

    flows = {"flows": {"name": {"any_": ["stancewatch-pipeline"]}}}
    (run,) = _post(api, "/flow_runs/filter", flows)
    assert run["state_type"] == "COMPLETED", run["state"]

    tasks = _post(api, "/task_runs/filter", {"flow_runs": {"id": {"any_": [run["id"]]}}})
    names = {t["task_key"].rsplit("-", 1)[0] for t in tasks}
    assert names >= EXPECTED_TASKS, EXPECTED_TASKS - names
    assert all(t["state_type"] == "COMPLETED" for t in tasks)

    found = _post(api, "/artifacts/filter", {"artifacts": {"flow_run_id": {"any_": [run["id"]]}}})
    by_key = {a["key"]: a for a in found}
    assert {SUMMARY_KEY, NEW_US_KEY, PROGRESS_KEY, CHART_KEY, SHIFTS_KEY} <= set(by_key), sorted(
        by_key
    )
    assert "data:image/png;base64," in by_key[CHART_KEY]["data"]
    assert "| new articles | 3 |" in by_key[SUMMARY_KEY]["data"]
    us_rows = json.loads(by_key[NEW_US_KEY]["data"])
    assert us_rows and all(r["link"].startswith("file://") for r in us_rows)
    assert "+3 new" in _read_run(api, run["id"])["name"]  # renamed at the end to what it did

    chromium = _chromium()
    name = _read_run(api, run["id"])["name"]
    ui = api.removesuffix("/api")
    text = page_text(
        chromium,
        f"{ui}/runs/flow-run/{run['id']}",
        want=name,
        screenshot=os.environ.get("STANCEWATCH_UI_SCREENSHOT") or str(tmp_path / "run.png"),
    )
    assert name in text, text[:2000]
    assert "Completed" in text


def _read_run(api_url: str, run_id: str) -> dict:
    return httpx.get(f"{api_url}/flow_runs/{run_id}", timeout=10).json()


def _chromium() -> str:
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    message = "Chromium is not installed: run scripts/install-chromium.sh"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message + " (the browser check is required in CI)")
    pytest.skip(message)
    raise AssertionError("unreachable")


def page_text(
    chromium: str, url: str, want: str, timeout_s: float = 45, screenshot: str | None = None
) -> str:
    """Open `url` in headless Chromium and return the page's text once it shows `want`.

    The Prefect UI is a single-page app that fetches the run after loading, so `--dump-dom`
    returns an empty frame; this drives Chromium over its DevTools protocol instead and polls
    `document.body.innerText` until the text is there (or time runs out).
    """
    from websockets.sync.client import connect

    profile = tempfile.mkdtemp(prefix="stancewatch-chromium-")
    proc = subprocess.Popen(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + timeout_s
    try:
        port_file = Path(profile) / "DevToolsActivePort"
        while not (port_file.exists() and port_file.read_text().strip()):
            assert proc.poll() is None, f"chromium exited with {proc.returncode}"
            assert time.monotonic() < deadline, "chromium did not open its DevTools port"
            time.sleep(0.05)
        port = int(port_file.read_text().split()[0])
        targets = httpx.get(f"http://127.0.0.1:{port}/json/list", timeout=5).json()
        ws_url = next(t["webSocketDebuggerUrl"] for t in targets if t["type"] == "page")
        ids = itertools.count(1)
        with connect(ws_url, max_size=None, open_timeout=10) as ws:

            def call(method: str, **params: object) -> dict:
                n = next(ids)
                ws.send(json.dumps({"id": n, "method": method, "params": params}))
                while True:
                    msg = json.loads(ws.recv(timeout=max(1.0, deadline - time.monotonic())))
                    if msg.get("id") == n:
                        assert "error" not in msg, msg["error"]
                        return msg["result"]

            call("Page.navigate", url=url)
            text = ""
            while time.monotonic() < deadline:
                result = call(
                    "Runtime.evaluate",
                    expression="document.body ? document.body.innerText : ''",
                    returnByValue=True,
                )
                text = result["result"].get("value") or ""
                if want in text:
                    break
                time.sleep(0.25)
            if screenshot:
                time.sleep(1.0)  # let the timeline graph finish drawing
                shot = call("Page.captureScreenshot", format="png")
                Path(screenshot).write_bytes(base64.b64decode(shot["data"]))
            return text
    finally:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        except ProcessLookupError:
            proc.wait()
        shutil.rmtree(profile, ignore_errors=True)
