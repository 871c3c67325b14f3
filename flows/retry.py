"""When an I/O task may retry: not after a lock wait that already used the whole lock timeout."""

from __future__ import annotations

from typing import Any

from warehouse.connection import WarehouseLocked
from warehouse.runlock import RunInProgress


def unless_locked(task: Any, task_run: Any, state: Any) -> bool:
    """Retry I/O failures, but not a lock conflict: `connect` already retried with backoff for
    --lock-timeout, and retrying would multiply that bound."""
    data = getattr(state, "data", None)
    if isinstance(data, WarehouseLocked | RunInProgress):
        return False
    message = getattr(state, "message", "") or ""
    return "WarehouseLocked" not in message and "RunInProgress" not in message
