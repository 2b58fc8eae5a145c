"""Speed and memory of corresp on synthetic listings of growing size.

Run with `make bench`. Prints seconds and peak memory per stage, and the growth factor of
reading time against input size (about 1 for a linear reader; the issue's bar is that the
reader stays linear). Peak memory is Python's (tracemalloc): Saxon's native heap is not
included. Nothing here is asserted by the test suite: numbers depend on the
machine, so they are measured here, not in unit tests.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import settings, tabular, transform  # noqa: E402
from pipeline.edition import generate  # noqa: E402
from pipeline.read import parse_listing  # noqa: E402
from pipeline.validate import Validator  # noqa: E402

NAMES = ["Anna Weber", "Jean Martin", "Renée Dubois", "Łukasz Nowak", "Ivan Petrov", "Mao Zedong", "Stalin"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def listing(entries: int) -> str:
    lines = ["Invented Letters", "", "A synthetic collection used to measure corresp, far longer than eighty characters.", ""]
    for n in range(entries):
        year, month, day = 1900 + n // 336, MONTHS[(n // 28) % 12], n % 28 + 1
        a, b = NAMES[n % len(NAMES)], NAMES[(n * 3 + 1) % len(NAMES)]
        lines += [f"  • {month} {day}, {year}", "", f"    Letter, {a} to {b}", "",
                  f"    {a} writes to {b} about the meeting of {day} {month} in Moscow.", ""]
    return "\n".join(lines) + "\n"


def table(rows: int) -> str:
    """A csv2cmi table: one person in ten has a (placeholder) GND id; rows / 10 persons."""
    lines = ["sender,senderID,senderPlace,senderPlaceID,senderDate,addressee,addresseeID,edition,key"]
    for n in range(rows):
        a, b = n % (rows // 10), (n * 7 + 3) % (rows // 10)
        ids = [f"https://d-nb.info/gnd/{1000000000 + p}" if p % 10 == 0 else "" for p in (a, b)]
        lines.append(f"Person {a},{ids[0]},Moscow,http://www.geonames.org/524901,{1800 + n // 336}-{(n // 28) % 12 + 1:02d}"
                     f"-{n % 28 + 1:02d},Person {b},{ids[1]},Invented Letters,{n}")
    return "\n".join(lines) + "\n"


def measure(label: str, func, memory: bool = True):
    """Seconds of one plain run; then, in a second run under tracemalloc, the peak memory."""
    started = time.perf_counter()
    result = func()
    elapsed = time.perf_counter() - started
    peak = ""
    if memory:
        tracemalloc.start()
        func()
        peak = f"{tracemalloc.get_traced_memory()[1] / 2**20:9.1f} MiB peak"
        tracemalloc.stop()
    print(f"{label:<42} {elapsed:8.2f} s {peak}")
    return result, elapsed


def main() -> None:
    print("reading (raw text → entries)")
    timings = []
    for entries in (2_000, 20_000):
        text = listing(entries)
        _, elapsed = measure(f"  read {entries:>6} entries ({len(text) / 2**20:.1f} MiB)",
                             lambda: parse_listing(text, "bench.txt"))
        timings.append((len(text), elapsed))
    (size1, t1), (size2, t2) = timings
    print(f"  growth: input ×{size2 / size1:.1f}, time ×{t2 / t1:.1f} (linear when about equal)")
    line = "word " * 2_000_000
    measure("  read one 10 MB line", lambda: parse_listing(line, "line.txt"))

    print("reading tables of letters (csv2cmi's columns → entries, ids merged)")
    timings = []
    with tempfile.TemporaryDirectory() as tmp:
        for rows in (2_000, 20_000):
            path = Path(tmp) / f"t{rows}.csv"
            path.write_text(table(rows))

            def read(path=path):
                found = tabular.read_table(path)
                return tabular.knowledge([], found.rows)

            _, elapsed = measure(f"  read {rows:>6} rows ({path.stat().st_size / 2**20:.1f} MiB)", read)
            timings.append((path.stat().st_size, elapsed))
    (size1, t1), (size2, t2) = timings
    print(f"  growth: input ×{size2 / size1:.1f}, time ×{t2 / t1:.1f} (linear when about equal)")

    print("whole pipeline on 1,000 entries")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        shutil.copy(ROOT / "edition.toml", root)
        (root / "raw").mkdir()
        shutil.copy(ROOT / "raw" / "authorities.csv", root / "raw")
        (root / "raw" / "bench.txt").write_text(listing(1_000))
        edition = settings.load(root)
        measure("  tei (read, encode, write)", lambda: generate(edition), memory=False)
        measure("  tei again (nothing changes)", lambda: generate(edition))
        files = sorted((root / "tei").rglob("*.xml"))
        validator, _ = measure("  load the project schemas", lambda: Validator(ROOT), memory=False)
        measure(f"  validate {len(files)} files", lambda: validator.validate(files), memory=False)
        params = edition.params()
        measure("  html", lambda: transform.html(root / "tei", root / "output" / "html", params))
        measure("  csv", lambda: transform.csv(root / "tei", root / "output" / "letters.csv", params))
        measure("  cmif", lambda: transform.cmif(root / "tei", root / "output" / "cmif.xml", params))


if __name__ == "__main__":
    main()
