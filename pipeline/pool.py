"""Per-letter work on every core, with the results one process would give, in input order.

    from .pool import Pipeline, imap

    for result in imap(work, items, state, jobs=4):          # all items known up front
        ...
    with Pipeline(work, state, jobs=4) as pipe:                # items made one by one
        for n, thing in enumerate(things):
            pipe.put(n, item_for(thing))                       # or pipe.known(n, result)
            for n, result in pipe.ready():                     # finished ones, in order
                ...
        for n, result in pipe.rest():
            ...

``work(state, item)`` is a module-level function (a spawned worker imports it by name);
``state`` is what every item needs, handed to each worker once; items and results are
pickled between processes, so they should be small. A ``Pipeline`` lets the caller make
the next items (in this process, in order: planning a letter may add to the registers)
while workers handle the earlier ones; at most ``window`` items are in flight, so memory
stays flat. With ``jobs`` of 1 (or ``parallel=False``: too few items to be worth a pool)
everything runs in this process, in the same order.

Workers are forked where that is safe: on Linux, before anything started Saxon in this
process (a forked copy of its native threads would not run). Otherwise they are spawned,
and ``state`` is pickled to each. On Linux a worker dies with the run that started it, so
a killed run leaves nothing behind that still writes. Ctrl-C is the parent's to handle.
"""

from __future__ import annotations

import collections
import ctypes
import gc
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

# Below this many items a pool costs more than it saves (starting workers takes ~0.1 s).
MIN_ITEMS = 64
# Items sent to a worker at a time: large enough to keep it busy, small enough to balance.
CHUNK = 32
# From this many items, callers holding much ask for fresh (spawned) workers (Pipeline, fresh).
FRESH_FROM = 20_000


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
    die_with_parent()
    # A forked worker inherits the parent's collector switched off (edition.no_cycle_collector)
    # and the parent's objects: those are left to it as they are (frozen, never walked, so not
    # copied), its own work collected as usual.
    gc.freeze()
    gc.enable()


def end_quietly_on_interrupt() -> None:
    """In a worker of a concurrent.futures pool: Ctrl-C, which the whole process group gets,
    ends it at once and quietly (the parent says what happened), not with a traceback of
    its own. (Ignoring it, as die_with_parent's workers do, would keep the parent waiting
    for every task queued.)"""
    signal.signal(signal.SIGINT, lambda *_: os._exit(130))


def die_with_parent() -> None:
    """In a worker process: Ctrl-C is the parent's to handle, and the worker ends with it, even
    when it is killed with SIGKILL (a worker that outlived its run could still write)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        try:  # PR_SET_PDEATHSIG
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # pragma: no cover
            pass


def _chunk(items: list[Any]) -> list[Any]:
    return [_work(_state, item) for item in items]


class _Sent:
    """A chunk of items for one worker: its items until sent, then its results."""

    __slots__ = ("items", "future", "results")

    def __init__(self) -> None:
        self.items: list[Any] = []
        self.future = None
        self.results: list[Any] | None = None


class Pipeline:
    """Items put in one by one, their results taken in the same order (see the module docstring)."""

    def __init__(self, work: Callable[[Any, Any], Any], state: Any, jobs: int = 1, parallel: bool = True,
                 chunk: int = CHUNK, window: int | None = None, fresh: bool = False):
        """``fresh``: spawn the workers even where forking is safe. A forked worker starts as a
        copy of this process (after reading 100,000 entries, ~550 MB each, and its garbage
        collector soon touches, and so copies, most of it); a spawned one holds only its work."""
        self.work, self.state, self.chunk = work, state, chunk
        self.pool = None
        if jobs > 1 and parallel:
            context = multiprocessing.get_context("spawn" if fresh else start_method())
            self.pool = context.Pool(jobs, initializer=_start, initargs=(work, state))
        self.window = window or max(1, jobs) * chunk * 4
        self.pending: collections.deque = collections.deque()  # (tag, result) or (tag, (_Sent, position))
        self.open = _Sent()

    def __enter__(self) -> "Pipeline":
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()

    def put(self, tag: Any, item: Any) -> None:
        """Work on ``item``; its result comes back with ``tag``, in the order of ``put`` and ``known``."""
        if self.pool is None:
            self.pending.append((tag, self.work(self.state, item)))
            return
        self.pending.append((tag, (self.open, len(self.open.items))))
        self.open.items.append(item)
        if len(self.open.items) >= self.chunk:
            self._send()

    def known(self, tag: Any, result: Any) -> None:
        """A result that needs no work, to come back in its place among the others."""
        self.pending.append((tag, result if self.pool is None else (None, result)))

    def _send(self) -> None:
        if self.open.items:
            self.open.future = self.pool.apply_async(_chunk, (self.open.items,))
            self.open = _Sent()

    def ready(self) -> Iterator[tuple[Any, Any]]:
        """(tag, result) of the items done so far, in order; waits only while too many are in flight."""
        return self._take(wait=False)

    def rest(self) -> Iterator[tuple[Any, Any]]:
        """(tag, result) of every item still pending, in order."""
        if self.pool is not None:
            self._send()
        return self._take(wait=True)

    def _take(self, wait: bool) -> Iterator[tuple[Any, Any]]:
        while self.pending:
            tag, entry = self.pending[0]
            if self.pool is not None:
                sent, where = entry
                if sent is None:
                    result = where
                else:
                    if sent.results is None:
                        if sent.future is None:  # still being filled
                            if not wait and len(self.pending) < self.window:
                                return
                            self._send()
                        if not (wait or len(self.pending) >= self.window or sent.future.ready()):
                            return
                        sent.results = sent.future.get()
                    result = sent.results[where]
                    sent.results[where] = None  # let it go
                entry = result
            self.pending.popleft()
            yield tag, entry


def imap(work: Callable[[Any, Any], Any], items: Iterable[Any], state: Any, jobs: int = 1) -> Iterator[Any]:
    """``work(state, item)`` for every item, in the order of ``items``, on ``jobs`` processes."""
    items = list(items)
    with Pipeline(work, state, jobs, parallel=len(items) >= MIN_ITEMS) as pipe:
        for n, item in enumerate(items):
            pipe.put(n, item)
            yield from (result for _, result in pipe.ready())
        yield from (result for _, result in pipe.rest())
