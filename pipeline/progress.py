"""Progress of a long stage on a terminal: a count and the time left, on one line of stderr.

    from .progress import progress

    for letter in progress(letters, "validating"):        # total: len(letters)
        ...
    for page in progress(pages(), "writing pages", total=count):
        ...

The line appears only when stderr is a terminal and the work has run for a second (short
stages stay silent), is redrawn at most ten times a second, and is cleared when the work
ends or fails: ``validating  4,210/10,000  42%  about 6 s left``. In pipes, CI logs and
tests nothing is written; ``quiet(True)`` (``corresp -q``) or ``enabled=False`` silence it
on a terminal too. Items are passed through unchanged, so wrapping an iterable never
changes what a stage does. One long step of another process (a part of the HTML site) shows
its time instead: ``wait_for(future, "html: the network", expected=8.0)``.
"""

from __future__ import annotations

import concurrent.futures
import sys
import time
from collections.abc import Iterable, Iterator
from typing import IO, TypeVar

T = TypeVar("T")

DELAY = 1.0  # seconds of work before the line appears
_INTERVAL = 0.1
_quiet = False


def quiet(on: bool = True) -> None:
    """Silence progress everywhere in this process (``corresp -q``)."""
    global _quiet
    _quiet = on


def _shown(stream: IO[str]) -> bool:
    try:
        return not _quiet and stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or closed
        return False


def _time(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


def progress(items: Iterable[T], label: str, total: int | None = None, *, enabled: bool = True,
             stream: IO[str] | None = None, delay: float = DELAY) -> Iterator[T]:
    """Yield ``items`` while showing how many are done (of ``total``: ``len(items)`` by
    default) and, once a few are, about how long the rest will take."""
    stream = stream if stream is not None else sys.stderr
    if not enabled or not _shown(stream):
        yield from items
        return
    if total is None:
        try:
            total = len(items)  # type: ignore[arg-type]
        except TypeError:
            total = None
    started = time.monotonic()
    drawn = 0.0
    done = 0
    try:
        for item in items:
            yield item
            done += 1
            now = time.monotonic()
            if now - started >= delay and now - drawn >= _INTERVAL:
                drawn = now
                stream.write("\r\x1b[K" + line(label, done, total, now - started))
                stream.flush()
    finally:
        if drawn:
            stream.write("\r\x1b[K")
            stream.flush()


def wait_for(future: "concurrent.futures.Future[T]", label: str, expected: float | None = None, *,
             stream: IO[str] | None = None, delay: float = DELAY) -> T:
    """The result of ``future`` (work one step long, in another process), showing meanwhile
    how long it has run and, from ``expected`` seconds (its time the last run), about how
    long is left: ``html: the network  about 4 s left``."""
    stream = stream if stream is not None else sys.stderr
    if not _shown(stream):
        return future.result()
    started = time.monotonic()
    drawn = False
    try:
        while True:
            try:
                return future.result(timeout=_INTERVAL)
            except concurrent.futures.TimeoutError:
                elapsed = time.monotonic() - started
                if elapsed >= delay:
                    left = f"about {_time(expected - elapsed)} left" if expected and expected > elapsed + 0.5 \
                        else f"{_time(elapsed)}"
                    stream.write(f"\r\x1b[K{label}  {left}")
                    stream.flush()
                    drawn = True
    finally:
        if drawn:
            stream.write("\r\x1b[K")
            stream.flush()


def line(label: str, done: int, total: int | None, elapsed: float) -> str:
    """``label  done/total  percent  about N s left`` (without a total: ``label  done``)."""
    if not total:
        return f"{label}  {done:,}"
    text = f"{label}  {done:,}/{total:,}  {100 * done // total}%"
    if done and done < total:
        text += f"  about {_time(elapsed / done * (total - done))} left"
    return text
