"""Fault injection for the crash and concurrency tests: kill or pause a run at a named point.

A test sets `STANCEWATCH_FAULT` on a `stancewatch run` subprocess, e.g.
`load.before_commit#3=kill` (SIGKILL this process inside the 3rd load transaction, after its
inserts, before its commit) or `load.connect#2=wait:/tmp/go` (pause before the 2nd load opens
the warehouse until the file /tmp/go exists) or `load.after_commit#1=log` (only say so on stderr,
for a test that kills the run from outside at that moment). Rules are separated by commas;
`#N` (default 1) counts how often this process reached the point. Points are named
`<label>.<moment>`, where the label is the writer (`init`, `record_run`, `load`, `build`) and the
moment one of `connect`, `begin`, `before_commit`, `after_commit` (committed, connection still
open: the data is only in DuckDB's write-ahead log).

Without the variable (every real run) `fault_point` costs one environment look-up.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

ENV = "STANCEWATCH_FAULT"
_MAX_WAIT_S = 300.0
_reached: dict[tuple[str, str], int] = {}


def fault_point(name: str) -> None:
    """Apply the rule of `STANCEWATCH_FAULT` that names this point and visit, if any."""
    spec = os.environ.get(ENV)
    if not spec:
        return
    key = (spec, name)  # visits are counted per setting of the variable
    _reached[key] = visit = _reached.get(key, 0) + 1
    for rule in spec.split(","):
        point, _, action = rule.strip().partition("=")
        where, _, nth = point.partition("#")
        if where == name and int(nth or 1) == visit:
            _act(f"{name}#{visit}", action)


def _act(point: str, action: str) -> None:
    print(f"stancewatch fault point {point}: {action}", file=sys.stderr, flush=True)
    if action == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    elif action == "log":
        pass  # only the line above: a test watching the log acts on it (e.g. kills from outside)
    elif action.startswith("wait:"):
        flag = Path(action.removeprefix("wait:"))
        deadline = time.monotonic() + _MAX_WAIT_S
        while not flag.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
    else:
        raise ValueError(f"{ENV}: unknown action {action!r} (use kill, log or wait:PATH)")
