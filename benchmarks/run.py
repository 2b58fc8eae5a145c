"""Speed and memory of corresp, stage by stage, beside the physical floor of the same run.

    make bench                     1,000 and 10,000 letters
    make bench-full                … and 100,000 (about half an hour on two cores)
    python benchmarks/run.py 2000  any sizes

For every size a synthetic edition is made (seeded: the same listing every time; date line,
"Letter, A to B", a summary naming persons and places; 2,000 persons, 300 places) and each
stage runs as its own `corresp` process, so that its wall time and its peak memory
(maximum resident set, Saxon's native heap included: of its largest process, and of all its
processes together) are its own. The *floor* is lxml
parsing and re-serialising the same TEI files in one process, timed in the same run: no
stage that reads every letter can be faster. Then the rebuilds: nothing changed, one
letter's summary edited by hand, one letter's date corrected by hand (its facts change: the
index, its neighbours and its registers' pages follow), one entry appended (of new correspondents),
one more between the same correspondents (only its letter is planned: the registers stay).

Nothing here is asserted by the test suite: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORRESP = [sys.executable, "-m", "pipeline"]
SEED = 20261130

SYLLABLES = ["an", "ber", "cor", "da", "el", "fin", "gar", "hol", "is", "jor", "ka", "lin", "mar", "nor",
             "ol", "per", "quin", "ros", "sal", "tor", "ul", "ven", "wil", "yr", "zan"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
FLOOR_SCRIPT = """
import sys
from pathlib import Path
from lxml import etree
parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
total = 0
for path in sorted(Path(sys.argv[1]).rglob("*.xml")):
    total += len(etree.tostring(etree.parse(str(path), parser), encoding="UTF-8", xml_declaration=True))
print(total)
"""


def word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def world(rng: random.Random) -> tuple[list[str], list[str]]:
    persons = sorted({f"{word(rng, 2)} {word(rng, 3)}" for _ in range(2_300)})[:2_000]
    # places end as places do, so that no place is also a surname (that would be ambiguous)
    places = sorted({word(rng, 2) + rng.choice(["ton", "burg", "ville", "stadt", "ford", "mouth"])
                     for _ in range(400)})[:300]
    return persons, places


def listing(entries: int, seed: int = SEED) -> tuple[str, list[str], list[str]]:
    """A listing of ``entries`` letters, and the persons and places it names."""
    rng = random.Random(seed)
    persons, places = world(rng)
    lines = ["Invented Letters", "",
             "A synthetic collection made by corresp's benchmark, longer than eighty characters on purpose.", ""]
    for n in range(entries):
        a, b = rng.sample(persons, 2)
        c, p, q = rng.choice(persons), rng.choice(places), rng.choice(places)
        year, month, day = 1800 + n * 200 // max(entries, 1), rng.choice(MONTHS), rng.randint(1, 28)
        lines += [f"{month} {day}, {year}", f"Letter, {a} to {b}",
                  f"{a} writes to {b} from {p} about the journey of {c} to {q} on {day} {month}.", ""]
    return "\n".join(lines) + "\n", persons, places


def make_edition(folder: Path, entries: int) -> Path:
    edition = folder / f"bench-{entries}"
    subprocess.run([*CORRESP, "init", str(edition)], check=True, capture_output=True, cwd=ROOT)
    text, persons, places = listing(entries)
    (edition / "raw" / "letters.txt").write_text(text, "utf-8")
    with open(edition / "raw" / "gazetteer.csv", "a", encoding="utf-8") as gazetteer:
        gazetteer.writelines(f"place,{p},,,,,,,\n" for p in places)
    return edition


# A child's peak memory (ru_maxrss) starts at its parent's size when it was forked, exec or
# not: measured straight from this process (which holds the listings) every stage would
# seem as big as the benchmark. A small launcher starts the stage and reports two peaks: the
# largest process's (ru_maxrss: what `/usr/bin/time` shows) and that of all the stage's
# processes together (their resident sets summed, sampled every 0.2 s from /proc; Linux).
LAUNCHER = """
import os, subprocess, sys, threading, time
process = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
done, peak = threading.Event(), [0]
def resident(pid):
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0
def sample():
    while not done.is_set():
        children = {}
        for name in os.listdir("/proc") if os.path.isdir("/proc") else ():
            try:
                with open(f"/proc/{name}/stat") as f:
                    children.setdefault(int(f.read().rsplit(")", 1)[1].split()[1]), []).append(int(name))
            except (OSError, ValueError, IndexError):
                pass
        tree, todo = [], [process.pid]
        while todo:
            pid = todo.pop()
            tree.append(pid)
            todo += children.get(pid, [])
        peak[0] = max(peak[0], sum(resident(pid) for pid in tree))
        time.sleep(0.2)
threading.Thread(target=sample, daemon=True).start()
_, status, usage = os.wait4(process.pid, 0)
done.set()
print(usage.ru_maxrss, peak[0] // 1024, os.waitstatus_to_exitcode(status))
"""


def measure(args: list[str], cwd: Path) -> tuple[float, float, float, int]:
    """(seconds, peak MiB of the largest process, peak MiB of all together, exit status)."""
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-S", "-c", LAUNCHER, *args], cwd=cwd, capture_output=True,
                         text=True, check=True).stdout.split()
    elapsed = time.perf_counter() - started
    return elapsed, int(out[0]) / 1024, int(out[1]) / 1024, int(out[2])  # KiB on Linux


def row(label: str, seconds: float, mib: float, letters: int, floor: float | None, status: int = 0,
        together: float | None = None) -> str:
    ratio = f"{seconds / floor:6.1f}×" if floor else "       "
    failed = "  (exit status %d)" % status if status else ""
    summed = f"{together:7.0f} MiB all" if together else ""
    return f"  {label:<30} {seconds:9.2f} s {letters / seconds:9.0f} letters/s {mib:8.0f} MiB {ratio}{summed}{failed}"


def bench(size: int, folder: Path) -> dict[str, float]:
    print(f"\n{size:,} letters")
    edition = make_edition(folder, size)
    results: dict[str, float] = {}
    stages = [("tei", ["tei", "--no-validate"]), ("validate", ["validate"]), ("html", ["html"]),
              ("csv", ["csv"]), ("cmif", ["cmif"])]
    timings = []
    for name, args in stages:
        seconds, mib, together, status = measure([*CORRESP, *args], edition)
        timings.append((name, seconds, mib, together, status))
        results[name] = seconds
    floor, floor_mib, _, _ = measure([sys.executable, "-c", FLOOR_SCRIPT, str(edition / "tei")], edition)
    results["floor"] = floor
    print(f"  {'floor: lxml parse + serialise':<30} {floor:9.2f} s {size / floor:9.0f} letters/s {floor_mib:8.0f} MiB"
          f"   (MiB: the largest process; 'all': the stage's processes together)")
    for name, seconds, mib, together, status in timings:
        print(row(name, seconds, mib, size, floor, status, together))
    shutil.rmtree(edition / "tei")
    shutil.rmtree(edition / "output", ignore_errors=True)

    def build(key: str, label: str) -> None:
        seconds, mib, together, status = measure([*CORRESP, "build"], edition)
        results[key] = seconds
        print(row(label, seconds, mib, size, floor, status, together))

    build("build", "build (all stages, first run)")
    build("rebuild", "build again, nothing changed")
    letters = sorted((edition / "tei" / "letters").glob("*.xml"))
    letter = letters[size // 2]
    letter.write_text(letter.read_text("utf-8").replace("writes to", "writes (hand edit) to"), "utf-8")
    build("edited", "build after one hand edit")
    # a date corrected by hand: the facts of the letter change (index, neighbours, registers)
    letter = letters[size // 3]
    text = letter.read_text("utf-8")
    when = text.split('when="', 1)[1][:10]
    letter.write_text(text.replace(f'when="{when}', f'when="{when[:8]}{"28" if when[8:] != "28" else "27"}'), "utf-8")
    build("redated", "build after one corrected date")
    with open(edition / "raw" / "letters.txt", "a", encoding="utf-8") as handle:
        handle.write("\nMay 1, 1899\nLetter, Anna Weber to Jean Martin\nAn appended entry.\n")
    build("appended", "build after one appended entry")
    # between correspondents the registers have: no letter is planned again but the new one
    with open(edition / "raw" / "letters.txt", "a", encoding="utf-8") as handle:
        handle.write("\nMay 2, 1899\nLetter, Jean Martin to Anna Weber\nA second appended entry.\n")
    build("appended-known", "build after one more appended")
    return results


def table(rows: int) -> str:
    """A csv2cmi table: one person in ten has a GND id (invented, for timing only); rows / 10 persons."""
    lines = ["sender,senderID,senderPlace,senderPlaceID,senderDate,addressee,addresseeID,edition,key"]
    for n in range(rows):
        a, b = n % (rows // 10), (n * 7 + 3) % (rows // 10)
        ids = [f"https://d-nb.info/gnd/{1000000000 + p}" if p % 10 == 0 else "" for p in (a, b)]
        lines.append(f"Person {a},{ids[0]},Moscow,http://www.geonames.org/524901,{1800 + n // 336}-"
                     f"{(n // 28) % 12 + 1:02d}-{n % 28 + 1:02d},Person {b},{ids[1]},Invented Letters,{n}")
    return "\n".join(lines) + "\n"


def reading() -> None:
    """The readers alone, in this process: raw text (and tables) → entries must grow linearly."""
    sys.path.insert(0, str(ROOT))
    from pipeline import tabular
    from pipeline.read import parse_listing

    print("reading (raw text → entries, in one process)")
    timings = []
    for entries in (2_000, 20_000):
        text = listing(entries)[0]
        started = time.perf_counter()
        parse_listing(text, "bench.txt")
        timings.append((len(text), time.perf_counter() - started))
        print(f"  {entries:>6,} entries ({len(text) / 2**20:4.1f} MiB) {timings[-1][1]:8.2f} s")
    (size1, t1), (size2, t2) = timings
    print(f"  growth: input ×{size2 / size1:.1f}, time ×{t2 / t1:.1f} (linear when about equal)")
    print("reading tables of letters (csv2cmi's columns → entries, ids merged)")
    timings = []
    with tempfile.TemporaryDirectory() as tmp:
        for rows in (2_000, 20_000):
            path = Path(tmp) / f"t{rows}.csv"
            path.write_text(table(rows))
            started = time.perf_counter()
            tabular.knowledge([], tabular.read_table(path).rows)
            timings.append((path.stat().st_size, time.perf_counter() - started))
            print(f"  {rows:>6,} rows ({path.stat().st_size / 2**20:4.1f} MiB) {timings[-1][1]:8.2f} s")
    (size1, t1), (size2, t2) = timings
    print(f"  growth: input ×{size2 / size1:.1f}, time ×{t2 / t1:.1f} (linear when about equal)")
    families(parse_listing)


# One invented listing of each family of tests/listings, repeated to the size measured.
FAMILIES = ("records-catalogue.txt", "table-pipes.txt", "contents-ocr.txt", "edition-text.txt",
            "calendar-domestic.txt", "dealer-english.txt")


def families(parse_listing) -> None:
    """Each family's layout on a listing of about 2,000 and 20,000 entries (a fixture repeated):
    detection (every layout's score) and reading must grow linearly too."""
    print("reading the families of tests/listings (each fixture repeated; detection included)")
    for name in FAMILIES:
        fixture = (ROOT / "tests" / "listings" / name).read_text()
        per_copy = len(parse_listing(fixture, name).entries)
        timings = []
        for entries in (2_000, 20_000):
            text = fixture * max(1, entries // per_copy)
            started = time.perf_counter()
            read = parse_listing(text, name)
            timings.append((len(text), time.perf_counter() - started))
        (size1, t1), (size2, t2) = timings
        print(f"  {name:<24} {read.layout:<13} {len(read.entries):>6,} entries {t2:6.2f} s; "
              f"growth: input ×{size2 / size1:.1f}, time ×{t2 / t1:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, help="numbers of letters (default: 1000 10000)")
    parser.add_argument("--full", action="store_true", help="also 100,000 letters")
    options = parser.parse_args()
    sizes = options.sizes or [1_000, 10_000] + ([100_000] if options.full else [])
    print(f"corresp benchmark on {os.cpu_count()} core(s); each stage a process of its own")
    reading()
    results = {}
    with tempfile.TemporaryDirectory(prefix="corresp-bench-") as tmp:
        for size in sizes:
            results[size] = bench(size, Path(tmp))
    if len(sizes) > 1:
        print("\ngrowth (time factor ÷ size factor: 1.0 is linear)")
        for small, large in zip(sizes, sizes[1:]):
            factor = large / small
            growth = "  ".join(f"{k} {results[large][k] / results[small][k] / factor:4.2f}"
                               for k in results[small])
            print(f"  {small:,} → {large:,}: {growth}")


if __name__ == "__main__":
    main()
