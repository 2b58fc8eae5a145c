"""Per-letter work on every core, with the results one process would give, in input order.

    from .pool import imap
    for result in imap(work, items, state, jobs=4):
        ...

``work(state, item)`` is a module-level function (a spawned worker imports it by name);
``state`` is what every item needs, handed to each worker once; items and results travel
between processes, so they should be small (indexes into ``state``, bytes). With ``jobs``
of 1, or fewer items than make a pool worth starting, everything runs in this process.

Workers are forked where that is safe: on Linux, before anything started Saxon in this
process (a forked copy of its native threads would not run). They then inherit ``state``
without it being copied; elsewhere they are spawned and ``state`` is pickled to each. A
worker only computes: whatever must be written is written by the caller, in input order,
so the journal of pipeline/store.py records every file before it is replaced, and a worker
left behind by a killed run writes nothing.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

# Below this many items a pool costs more than it saves (starting workers takes ~0.1 s).
MIN_ITEMS = 64
# Items sent to a worker at a time: large enough to keep it busy, small enough to balance.
CHUNK = 32


def cores() -> int:
    """The cores this process may use (its CPU affinity where the platform says)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - macOS, Windows
        return os.cpu_count() or 1


def start_method() -> str:
    """"fork" where it is safe (Linux, no Saxon in this process yet), else "spawn"."""
    return "fork" if sys.platform.startswith("linux") and "saxonche" not in sys.modules else "spawn"


_work: Callable[[Any, Any], Any] | None = None
_state: Any = None


def _start(work: Callable[[Any, Any], Any], state: Any) -> None:
    global _work, _state
    _work, _state = work, state
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the pool


def _chunk(items: Sequence[Any]) -> list[Any]:
    return [_work(_state, item) for item in items]


def imap(work: Callable[[Any, Any], Any], items: Iterable[Any], state: Any, jobs: int = 1,
         chunk: int = CHUNK) -> Iterator[Any]:
    """``work(state, item)`` for every item, in the order of ``items``, on ``jobs`` processes."""
    items = list(items)
    jobs = max(1, min(jobs, len(items) // chunk or 1))
    if jobs == 1 or len(items) < MIN_ITEMS:
        for item in items:
            yield work(state, item)
        return
    context = multiprocessing.get_context(start_method())
    chunks = [items[i:i + chunk] for i in range(0, len(items), chunk)]
    with context.Pool(jobs, initializer=_start, initargs=(work, state)) as pool:
        for results in pool.imap(_chunk, chunks):
            yield from results
