"""The outputs of an edition — HTML, CSV, CMIF — made from its TEI by XSLT, once per letter.

Every letter is turned into fragments once (``xslt/fragments.xsl``): its facts for the HTML
edition, its CSV row(s), its CMIF correspDesc(s) and what ``corresp cmif`` reports about it.
They are kept in ``output/.cache/corresp.sqlite`` with a digest of all they depend on: the
letter's bytes, the register entries it points to, the settings and the stylesheets. A later
run makes fragments only for the letters whose digest changed, assembles ``letters.csv`` and
``cmif.xml`` from the pieces in date order, and makes again only the HTML pages whose letter
or whose neighbours changed (the index, register pages and network are made from the facts of
all letters, never from the letters themselves). So:

* memory does not grow with the corpus: no stage holds every letter at once;
* a run with nothing changed only checks and writes nothing;
* a run after one letter changed reads that letter, and rewrites its page, the pages about
  the whole corpus and the aggregate files.

The HTML folder the last run completed is updated in place, page by page (each page replaced
whole); any other is made beside it, with the unchanged pages hard-linked from the old one,
and swapped in when it is complete (see ``Publisher.html``).

    publisher = Publisher(tei_dir, output_dir, params, edition_xslt, jobs)
    publisher.csv(path); publisher.cmif(path); publisher.html(folder)
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import functools
import hashlib
import io
import itertools
import json
import marshal
import math
import multiprocessing
import os
import re
import shutil
import sqlite3
import sys
import time
from array import array
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple
from urllib.parse import unquote

from lxml import etree

from . import __version__
from . import transform as tf
from .progress import wait_for

C_NS = "urn:corresp"
TEI_NS = "http://www.tei-c.org/ns/1.0"
_C = f"{{{C_NS}}}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_REF = re.compile(rb'\bref="([^"]*)"')
#: Below this many letters to make, one process does it all (starting more costs seconds).
PARALLEL_FROM = 400
# From how many letters the site's runs go each into a process of its own (less memory held).
APART_FROM = 20_000
#: From how many letters the site's runs share one process of their own, which ends before the
#: letter pages are made: Saxon's heap does not shrink, and kept in this process it would sit
#: beside the page makers (~270 MB at 10,000 letters).
SITE_WORKER_FROM = 2_000
#: Below how many letters the letters' pages are made while the site's runs make the registers
#: and the network (Publisher.html): that part of the site keeps one core busy, the pages the
#: others (by one process fewer until the site's process ends: with all, 20,000 letters took
#: 46 s against 56 but 853 MiB against 614 all together; by one fewer 50-58 s and 622-643 MiB).
#: The site's process grows with the letters (~640 MB at 100,000).
OVERLAP_BELOW = 30_000
BATCH = 1000
#: Batches of BATCH letters one process reads before a fresh one takes over: Saxon's heap
#: grows with the letters it has read, whatever it still holds (one process, 1,000 letters a
#: batch: ~275 MB after one, ~460 after twenty). The html stage of 100,000 letters (15,000
#: persons) peaked at 1,228 MiB with all in two processes, 911 with five batches a process,
#: 854 with three; with three, another generator's first build peaked at 946 MiB in this part
#: (its processes 311-377 MiB each). A process starts and compiles in ~1 s.
BATCHES_PER_PROCESS = 2
#: In a large edition (APART_FROM), the register entries' pages are made in parts whose
#: entries list at most this many letters, each part in a process of its own that reads the
#: facts of those letters only (Publisher.html, _entry_parts).
ENTRY_PART_LETTERS = 50_000
#: Letter pages one process makes in a large edition (see Publisher._run_batches, fresh).
PAGES_PER_PROCESS = 2500
#: The pieces of a letter the aggregates are made of (fragments.xsl), each with its digest.
PIECES = ("doc", "csv", "cmif", "row", "search")
#: The site files that hold a piece of every letter: (file, where the pieces go in the page
#: html.xsl makes, the piece (PIECES), what comes between two, the file of the page kept in
#: the cache without them).
_FILLED = (("index.html", "<!--corresp-rows-->", "row", "\n", "index-shell.html"),
           ("search-index.js", "/*corresp-lines*/", "search", ",\n", "search-shell.js"))
#: The letters' order in every aggregate: date order, undated last (as fragments.xsl sorts).
_IN_ORDER = " order by undated, sort, id, name"
#: Where an entry page lists documents by their place in that order, a line of its own
#: (html-register.xsl, c:fill-items).
_ITEMS = re.compile(r"<ul><!--corresp-items ([0-9 ]+)--></ul>(?=\n|$)")


def _item_marks(text: str):
    """(start, end, indent, places) of each list of documents an entry page leaves to fill."""
    for found in _ITEMS.finditer(text):
        line = text[text.rfind("\n", 0, found.start()) + 1:found.start()]
        if not line.strip(" "):
            yield found.start(), found.end(), line, found.group(1).split()


def _digest(*parts: str | bytes) -> str:
    """Of the parts, each ended by a NUL. (Text is joined before it is encoded, to the same
    bytes: 500,000 parts, one per piece of 100,000 letters, took 0.15 s encoded one by one.)"""
    try:
        text = "\0".join(parts)
    except TypeError:  # bytes among them
        return hashlib.sha256(b"\0".join([p if isinstance(p, bytes) else p.encode("utf-8") for p in parts]) + b"\0").hexdigest()
    return hashlib.sha256((text + "\0").encode("utf-8")).hexdigest()


def _folder_digest(*folders: Path | None) -> str:
    """Every file of the stylesheet folders, by name and content: a change anywhere counts."""
    parts = [__version__]
    for folder in folders:
        if folder is not None and folder.is_dir():
            for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                parts += [path.relative_to(folder).as_posix(), _digest(path.read_bytes())]
    return _digest(*parts)


def entity_digests(register_dir: Path) -> dict[str, str]:
    """"persons.xml#joseph-stalin" → digest of that entry as it stands in its register."""
    found: dict[str, str] = {}
    for path in sorted(register_dir.glob("*.xml")):
        try:
            data = path.read_bytes()
        except OSError:
            continue  # checked before any stage runs (cli._well_formed)
        found.update(_entries(path.name, data))
    return found


def entity_parts(register_dir: Path) -> dict[str, str]:
    """"persons.xml#x" → "persons.xml#x=<digest of the entry>": what a letter's digest holds
    for each entry it points to (see ``parts_of``)."""
    return {ref: f"{ref}={digest}" for ref, digest in entity_digests(register_dir).items()}


def parts_of(entities: dict[str, str], refs: list[str]) -> list[str]:
    """What a letter's digest holds for the entries it points to (``entities``: from
    ``entity_parts``): each entry's part, "…=-" for one that is not there."""
    return [entities.get(ref) or f"{ref}=-" for ref in refs]


_ENTRIES: dict[str, tuple[bytes, dict[str, str]]] = {}  # a build asks three times: parsed once


def _entries(name: str, data: bytes) -> dict[str, str]:
    """Each entry's digest (its element as written, without what follows it), read as a
    stream: an entry is let go once read (the tree of 50,000 persons took ~130 MB, which
    glibc kept beside the processes that make the site)."""
    if _ENTRIES.get(name, (None,))[0] != data:
        found = {}
        try:
            # (end events only: with start events too, lxml held every element read)
            for _, element in etree.iterparse(io.BytesIO(data), resolve_entities=False, no_network=True,
                                              load_dtd=False, huge_tree=True):
                if element.get(_XML_ID) is None:
                    continue
                if element.getparent() is None:  # the register itself ("persons"): all of it
                    found[f"{name}#{element.get(_XML_ID)}"] = _digest(data)
                    continue
                found[f"{name}#{element.get(_XML_ID)}"] = _digest(etree.tostring(element, with_tail=False))
                # (an entry within another is digested with it: let go once the outer one is)
                if not any(a.get(_XML_ID) is not None and a.getparent() is not None for a in element.iterancestors()):
                    element.clear(keep_tail=True)
                    while element.getprevious() is not None:
                        del element.getparent()[0]
        except etree.XMLSyntaxError:
            return {}
        _ENTRIES[name] = (data, found)
    return _ENTRIES[name][1]


def letter_refs(data: bytes) -> list[str]:
    """The register entries a letter points to ("persons.xml#id"), read from its bytes."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        data = data.decode("utf-16").encode("utf-8")
    refs = set()
    for match in _REF.finditer(data):
        for token in match.group(1).split():
            path, _, fragment = token.partition(b"#")
            if fragment:
                refs.add(f"{path.rsplit(b'/', 1)[-1].decode('utf-8', 'replace')}#{fragment.decode('utf-8', 'replace')}")
    return sorted(sys.intern(ref) for ref in refs)  # the same few thousand for 100,000 letters: held once


class Cache:
    """What earlier runs made: fragments per letter, pages, and the digests of the aggregates."""

    SCHEMA = """
        create table if not exists letters (name text primary key, size integer, mtime integer,
                                            sha text, refs text, problem text);  -- refs: joined by ' ' (no ref holds one)
        -- each register entry the letters point to, with how many do: kept with the letters'
        -- rows (see scan), so the entries in use are known without reading 100,000 rows
        create table if not exists used (ref text primary key, letters integer);
        -- the names, sizes and times of the files the last scan saw (see _Look), and its token
        create table if not exists looks (what text primary key, folder text, token text, data blob);
        create table if not exists fragments (name text primary key, digest text, id text, sort text,
                                              undated integer, doc text, csv text, cmif text, report text,
                                              row text, search text, item text, sums text, sha text,
                                              context text, reads text, tally text, facts text);
        -- reads: see _FACT_READS; tally: see _tally; facts: see _facts_row
        -- What a rebuild reads of every letter, from indexes alone: the fragments in date order
        -- with their pieces' sums, and what says whether each holds (without them each query
        -- read the whole table, ~4 KB a letter: 0.4-0.7 s at 100,000 letters).
        create index if not exists fragments_order on fragments (undated, sort, id, name, sums, digest, tally);
        -- what the site's parts read of every letter, in date order (see _write_facts): from the
        -- index alone (read from the table, 4 KB a letter, it took 0.6 s at 100,000 letters)
        create index if not exists fragments_facts on fragments (undated, sort, id, name, facts);
        create index if not exists fragments_state on fragments (name, digest, sha, context, id);
        create index if not exists fragments_id on fragments (id, name);
        create table if not exists pages (name text primary key, digest text, page text, fragment text);
        create table if not exists outputs (name text primary key, digest text);
        create table if not exists findings (path text primary key, digest text, found text, sha text,
                                             context text);
        -- the findings of each letter (correspDesc) of a CMIF file, by its bytes, with the
        -- line of each relative to the letter's first (see validate.Validator._cmif_by_letter)
        create table if not exists cmif_letters (path text, context text, key text, found text,
                                                 primary key (path, context, key));
        -- the few of them with findings: read without walking the 100,000 without (0.23 s)
        create index if not exists cmif_letters_found on cmif_letters (path, context) where found != '[]';
        -- the digests of the letters of each CMIF file as it was last checked (32 bytes each,
        -- in file order): what cmif_letters holds the findings of, known without reading
        -- 100,000 rows
        create table if not exists cmif_files (path text primary key, context text, keys blob);
        -- sha, context: a row's digest holds for a file of these bytes while all it can
        -- depend on besides them (the context) is the same: then no digest is made per file.
        -- fragment: the digest of the fragment a letter's page was made from.
    """

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        try:
            self.db = self._open()
        except sqlite3.DatabaseError:  # damaged (a disk that filled up): it is only a cache
            path.unlink(missing_ok=True)
            self.db = self._open()

    VERSION = 13  # of the tables: a cache of another version is dropped and made anew

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(str(self.path))
        # A letter's fragment row is 3-6 KB: on 4 KB pages each takes a page of its own, or
        # spills into overflow pages walked through to reach its last columns; 16 KB pages hold
        # several (reading the facts of 100,000 letters: 0.49 s, 0.26 s, both caches new).
        db.execute("pragma page_size = 16384")  # (no effect on a cache made before)
        if db.execute("pragma user_version").fetchone()[0] != self.VERSION:
            for (table,) in db.execute("select name from sqlite_master where type = 'table'").fetchall():
                db.execute(f"drop table {table}")
            db.execute(f"pragma user_version = {self.VERSION}")
        db.executescript(self.SCHEMA)
        db.execute("pragma synchronous = normal")
        return db

    def output(self, name: str) -> str | None:
        row = self.db.execute("select digest from outputs where name = ?", (name,)).fetchone()
        return row[0] if row else None

    def set_output(self, name: str, digest: str) -> None:
        with self.db:
            self.db.execute("insert or replace into outputs values (?, ?)", (name, digest))

    def close(self) -> None:
        self.db.close()


@dataclass(slots=True)
class Letter:
    name: str  # file name in tei/letters/
    file: str  # its path (a Path for each of 100,000 letters costs half a second)
    sha: str
    refs_text: str  # the register entries it points to, joined by ' ' (see ``refs``)
    problem: str | None = None  # "line:column: …" when the file is no well-formed TEI data

    @property
    def path(self) -> Path:
        return Path(self.file)

    @property
    def refs(self) -> list[str]:
        """The register entries it points to ("persons.xml#id"): taken apart only when asked
        (after one edit, for one letter of 100,000)."""
        return self.refs_text.split(" ") if self.refs_text else []


def _problem(data: bytes) -> str | None:
    """Why a file is no well-formed data ("line:column: message"), or None: Saxon would report
    a broken file as a stack trace, and refuses a DOCTYPE (see tei.not_data)."""
    from .tei import PARSER, not_data

    try:
        tree = etree.ElementTree(etree.fromstring(data, PARSER))
    except etree.XMLSyntaxError as err:
        line, column = err.position or (1, 1)
        return f"{line}:{column}: not well-formed XML ({err.msg})"
    problems = not_data(tree, data)
    return f"{problems[0][0]}: {problems[0][1]}" if problems else None


def scan(cache: Cache, folder: Path) -> "Letters":
    """Every letter file of ``folder`` with the digest of its bytes, the register entries it
    points to and what makes it no well-formed data, if anything; a file whose size and time
    did not change is not read again."""
    key = (str(cache.path), str(folder))
    # A scan of this process is taken again only while the cache's table is the one it wrote
    # (the stages read that table: a cache deleted or written by another run since does not do)
    last = _SCANNED.get(key)
    token = cache.output(_SCAN)
    last = last if last is not None and token == last[2] else None
    if key in _TRUSTED and last is not None:
        return Letters(cache, folder, last[1])  # (of this cache: the one that scanned may be closed)
    # (name, path, size, time), by name: no DirEntry or stat kept for 100,000 files
    files = _LOOKED.pop(os.path.realpath(folder), None) if _STEADY else None
    if files is None:
        files = []
        if folder.is_dir():
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.name.endswith(".xml") and entry.is_file():
                        info = entry.stat()
                        files.append((entry.name, entry.path, info.st_size, info.st_mtime_ns))
            files.sort()
    # The stages of one `corresp build` scan the same files several times: the same names,
    # sizes and times give the letters of the last scan without a look at the cache.
    look = _Look(cache, folder, files)
    if last is not None and last[0] == look.signature:
        if _STEADY:
            _TRUSTED.add(key)
        return Letters(cache, folder, last[1])
    changed, gone = look.changes(token)
    changed = [(name, size, mtime, *_read(path)) for name, path, size, mtime in changed]
    token = os.urandom(8).hex()
    with cache.db:
        # The entries in use change by what the rows replaced hold as they are replaced: read in
        # the same transaction, as another run may have scanned since (`corresp validate` takes
        # no lock), so that no change is counted twice.
        if not cache.db.in_transaction:
            cache.db.execute("begin immediate")
        uses: collections.Counter[str] = collections.Counter()  # how many more letters point to each entry
        for *_, refs, _ in changed:
            uses.update(refs.split(" ") if refs else ())
        for refs, in _named(cache.db, "select refs from letters where name in ({})",
                            [change[0] for change in changed] + gone):
            uses.subtract(refs.split(" ") if refs else ())
        cache.db.executemany("insert or replace into letters values (?, ?, ?, ?, ?, ?)", changed)
        cache.db.executemany("delete from letters where name = ?", [(name,) for name in gone])
        cache.db.executemany("insert into used values (?, ?) on conflict (ref) do update "
                             "set letters = letters + excluded.letters", [item for item in uses.items() if item[1]])
        cache.db.execute("delete from used where letters <= 0")
        kept = look.keep(token)
        cache.db.execute("insert or replace into outputs values (?, ?)", (_SCAN, token))
    # what changed from the rows of the last scan to these (see changed_since)
    _CHANGES[str(cache.path)] = (look.based_on, token, {change[0] for change in changed} | set(gone)) if kept else None
    _SCANNED[key] = (look.signature, look.names, token)
    if _STEADY:
        _TRUSTED.add(key)
    _PROBLEMS[key] = [(os.path.join(folder, name), problem) for name, problem in cache.db.execute(
        "select name, problem from letters where problem is not null order by name")]
    return Letters(cache, folder, look.names)


def _named(db: sqlite3.Connection, query: str, names: list[str], *params) -> Iterable[tuple]:
    """The rows of ``query`` (``params``, then the names where it says ``in ({})``) for the
    names, 500 at a time: sqlite takes only so many parameters in one statement."""
    for i in range(0, len(names), 500):
        chunk = names[i:i + 500]
        yield from db.execute(query.format(", ".join("?" * len(chunk))), (*params, *chunk))


def _read(path: str) -> tuple[str, str, str | None]:
    """A letter file's digest, the register entries it points to, and what makes it no
    well-formed data (see Letter)."""
    data = Path(path).read_bytes()
    return _digest(data), " ".join(letter_refs(data)), _problem(data)


class _Look:
    """The names, sizes and times of a folder's letters as a scan saw them, kept in the cache
    with the rows it wrote (table ``looks``): the next scan of the same names finds what
    changed by comparing its sizes and times with these, not with 100,000 rows (~0.5 s at
    100,000 letters). A look is taken only while the rows are the ones its scan wrote (its
    token is the table's); else, or when names came or went, the rows are compared."""

    def __init__(self, cache: Cache, folder: Path, files: list[tuple[str, str, int, int]]):
        # (by its real path: every spelling of the folder has the same files, and the rows are one table)
        self.cache, self.folder, self.files = cache, os.path.realpath(folder), files
        names, _, sizes, times = zip(*files) if files else ((), (), (), ())
        self.names: list[str] = list(names)
        self.sizes, self.times = array("q", sizes).tobytes(), array("q", times).tobytes()
        self.signature = (_digest(*self.names), self.sizes, self.times)
        self.based_on: str | None = None  # the token of the rows the changes were found against

    def changes(self, token: str | None) -> tuple[list[tuple[str, str, int, int]], list[str]]:
        """The files whose rows are to be made (new, or another size or time), and the names
        of the rows whose files are gone."""
        row = self.cache.db.execute("select folder, token, data from looks where what = 'letters'").fetchone()
        self.based_on = token
        if token is not None and row is not None and row[:2] == (self.folder, token):
            with contextlib.suppress(ValueError, EOFError, TypeError):
                names, sizes, times = marshal.loads(row[2])
                if names == self.signature[0] and len(sizes) == len(self.sizes) == len(times):
                    return [self.files[n] for n in sorted(_differ(sizes, self.sizes) | _differ(times, self.times))], []
        # The cache's rows and the files, both by name, side by side (no table of all rows held).
        changed, gone = [], []
        rows = self.cache.db.execute("select name, size, mtime from letters order by name")
        row = next(rows, None)
        for file in self.files:
            name, _, size, mtime = file
            while row is not None and row[0] < name:
                gone.append(row[0])
                row = next(rows, None)
            if row is not None and row[0] == name:
                if (row[1], row[2]) != (size, mtime):
                    changed.append(file)
                row = next(rows, None)
            else:
                changed.append(file)
        gone += ([row[0]] if row is not None else []) + [r[0] for r in rows]
        return changed, gone

    def keep(self, token: str) -> bool:
        """Keep this look with the rows written under ``token`` (in the scan's transaction):
        only if they were found against the rows as they still are (another run's scan since
        leaves none: the next scan compares the rows). Whether it was kept."""
        now = self.cache.db.execute("select digest from outputs where name = ?", (_SCAN,)).fetchone()
        if (now[0] if now else None) == self.based_on:
            self.cache.db.execute("insert or replace into looks values ('letters', ?, ?, ?)",
                                  (self.folder, token, marshal.dumps(self.signature)))
            return True
        self.cache.db.execute("delete from looks")
        return False


def _differ(old: bytes, new: bytes, width: int = 8) -> set[int]:
    """The places where two arrays of as many ``width``-byte items differ, a block at a time."""
    found, block = set(), 1024 * width
    for start in range(0, len(new), block):
        if old[start:start + block] != new[start:start + block]:
            found.update(at // width for at in range(start, min(start + block, len(new)), width)
                         if old[at:at + width] != new[at:at + width])
    return found


class Letters:
    """The letters of a folder as a scan found them, in name order (see scan): their rows
    are read from the cache when asked for. After one edit a build needs how many there
    are, their names and a few of them: 100,000 Letters took ~0.2 s to read and make."""

    def __init__(self, cache: Cache, folder: Path, names: list[str]):
        self.cache, self.folder, self.names = cache, str(folder), names
        self._rows: dict[str, tuple] | None = None
        self._names: set[str] | None = None
        self._asked = 0

    def __len__(self) -> int:
        return len(self.names)

    def __contains__(self, name: str) -> bool:
        if self._names is None:
            self._names = set(self.names)
        return name in self._names

    def __iter__(self):
        rows = self._all()
        for name in self.names:
            if name in rows:  # (a run that scanned since may have seen it gone)
                yield Letter(name, os.path.join(self.folder, name), *rows[name])

    def get(self, name: str) -> Letter | None:
        self._asked += 1
        if self._rows is None and self._asked <= _FEW_LETTERS:
            row = self.cache.db.execute("select sha, refs, problem from letters where name = ?", (name,)).fetchone()
        else:
            row = self._all().get(name)
        return Letter(name, os.path.join(self.folder, name), *row) if row else None

    def _all(self) -> dict[str, tuple]:
        if self._rows is None:
            self._rows = {name: rest for name, *rest in self.cache.db.execute("select name, sha, refs, problem from letters")}
        return self._rows


#: Letters.get reads a row at a time for this many letters, then all of them at once.
_FEW_LETTERS = 200


def changed_since(cache: Cache, token: str) -> set[str] | None:
    """The names of the letters whose rows changed (or went) since the rows were those of
    the scan ``token``: known when that scan is the last one, or the one before this
    process's last; else None."""
    now = cache.output(_SCAN)
    if not token or now is None:
        return None
    if token == now:
        return set()
    change = _CHANGES.get(str(cache.path))
    return set(change[2]) if change and change[:2] == (token, now) else None


def used_refs(cache: Cache, folder: Path) -> list[str]:
    """The register entries ("persons.xml#id") the letters of ``folder`` point to, as its
    last scan found them, from the table that scan keeps (not from 100,000 letters' rows)."""
    scan(cache, folder)
    return [ref for ref, in cache.db.execute("select ref from used where letters > 0 order by ref")]


def problems(cache: Cache, folder: Path) -> list[tuple[str, str]]:
    """(path, "line:column: what") of each letter file of ``folder`` that is no well-formed
    data: from the scan of this build's letters, if they were let go (see ``let_go``)."""
    key = (str(cache.path), str(folder))
    if not (key in _TRUSTED and key in _PROBLEMS):
        scan(cache, folder)
    return _PROBLEMS[key]


def let_go(cache: Cache, folder: Path) -> None:
    """The letters of ``folder`` are no longer held once the outputs have what they need of
    them (70 MB at 100,000 letters, held beside the processes that make the site): which are
    broken is kept (``problems``); another scan takes them from the cache again."""
    _SCANNED.pop((str(cache.path), str(folder)), None)


_SCANNED: dict[tuple[str, str], tuple[tuple, list[str], str]] = {}  # signature (_Look), names, token
#: The outputs row of the token of the scan that last wrote the letters' rows (one table for
#: any folder, however it is spelt: a scan of any changes it).
_SCAN = "scan"
_CHANGES: dict[str, tuple[str | None, str, set[str]] | None] = {}  # by cache: see changed_since
_STEADY = False
_TRUSTED: set[tuple[str, str]] = set()  # scanned since steady() began
_PROBLEMS: dict[tuple[str, str], list[tuple[str, str]]] = {}  # of the last scan (see problems)
_LOOKED: dict[str, list[tuple[str, str, int, int]]] = {}  # see steady()


@contextlib.contextmanager
def steady(looked: dict[str, list[tuple[str, str, int, int]]] | None = None):
    """While the letters are taken as they are (the output stages of one build, after it
    noted their times for its stamp), a folder scanned once is not looked at again (unless
    its letters were let go: see ``let_go``; no stage scans after that): at 100,000 letters
    each look costs half a second. The first scan looks afresh, so a letter
    saved before it is in the outputs, and one saved after it changes the stamp; ``looked``
    (by real folder path, see ``scan``): the files as the build looked at them for its stamp
    (incremental.build_inputs), which that first scan takes instead of looking again."""
    global _STEADY
    _STEADY = True
    _TRUSTED.clear()
    _LOOKED.clear()
    _LOOKED.update(looked or {})
    try:
        yield
    finally:
        _STEADY = False
        _TRUSTED.clear()
        _LOOKED.clear()


def give_back_memory() -> None:
    """Memory this process freed, given back to the system (glibc keeps it otherwise)."""
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError, TypeError):  # not glibc (TypeError: Windows): nothing to do
        pass


def _worker_init(edition_xslt: str | None) -> None:
    global _STYLESHEETS
    from .pool import end_quietly_on_interrupt

    end_quietly_on_interrupt()
    _STYLESHEETS = tf.Stylesheets(edition_xslt=edition_xslt)


def _worker_run(name: str, tei_dir: str, params: dict, template: str, extra: dict, output_dir: str | None) -> str:
    return _STYLESHEETS.run(name, tei_dir, params, template, extra, Path(output_dir) if output_dir else None)


def _worker_compile(name: str) -> None:
    for each in _STYLESHEETS.fragment_groups() if name == tf.FRAGMENTS else [name]:
        _STYLESHEETS.executable(each)


def _own_xslt(edition_xslt: Path | None) -> Path | None:
    """The edition's stylesheet folder, if it has one."""
    return Path(edition_xslt).resolve() if edition_xslt and Path(edition_xslt).is_dir() else None


def _new_pool(edition_xslt: Path | None, workers: int, fresh: bool = False,
              tasks: int | None = None) -> concurrent.futures.ProcessPoolExecutor:
    """Worker processes for html.xsl and fragments.xsl; ``fresh``: one task each, else
    ``tasks`` each (None: as many as come). Give a pool of ``tasks`` one task at a time, as
    _run_batches does: with tasks queued, Python 3.11-3.14 may never replace a worker that
    ended (gh-115634)."""
    return concurrent.futures.ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("spawn"),  # Saxon must not be forked
        initializer=_worker_init, initargs=(str(edition_xslt) if edition_xslt else None,),
        max_tasks_per_child=1 if fresh else tasks)


def spare_process(edition_xslt: Path | None) -> concurrent.futures.ProcessPoolExecutor:
    """A process that starts and compiles fragments.xsl at once, for the letters a rebuild
    of a large edition reads in a process of their own (see Publisher.refresh): a build
    that validates first finds it ready (starting it took ~0.4 s at 100,000 letters, on a
    core that is idle while the build validates). Give it to the Publisher as ``spare``."""
    pool = _new_pool(_own_xslt(edition_xslt), 1)
    pool.submit(_worker_compile, tf.FRAGMENTS)  # (an error shows when the letters are read)
    return pool


class _Room:
    """How many processes a run of batches (Publisher._run_batches) may use now: the letters'
    pages take the cores the site's runs leave, then all of them once those end."""

    def __init__(self, now: int, poll: float | None = None):
        self.now, self.poll = now, poll  # poll: how often (s) a run looks whether it changed

    def close(self) -> None:
        """No more batches are started (those running end): the run failed elsewhere."""
        self.now = 0


def _silent(items: Iterable, label: str, total: int) -> Iterable:
    """No progress shown (a Publisher used as a library, unless given one)."""
    return items


# What each part of the site is, as its progress says ("html: the network  about 4 s left").
_PARTS = {"index": "the index", "navs": "each letter's neighbours", "index navs": "the index and the neighbours",
          "registers": "the registers' pages", "entries": "the registers' pages", "network": "the network"}


class Publisher:
    """The outputs of one edition, made from cached per-letter fragments."""

    def __init__(self, tei_dir: Path, output_dir: Path, params: Mapping[str, str], edition_xslt: Path | None = None,
                 jobs: int | None = None, progress: Callable[[Iterable, str, int], Iterable] | None = None):
        self.tei_dir = Path(tei_dir).resolve()
        self.output_dir = Path(output_dir).resolve()
        self.params = dict(params)
        self.edition_xslt = _own_xslt(edition_xslt)
        self.jobs = max(1, jobs or os.cpu_count() or 1)
        self.progress = progress or _silent
        self.stylesheets = tf.stylesheets(self.edition_xslt)
        self.cache = Cache(self.output_dir / ".cache" / "corresp.sqlite")
        for leftover in self.output_dir.glob(".*.tmp"):  # of a run that was killed
            leftover.unlink(missing_ok=True)
        # What makes the outputs: the stylesheets, and how this module puts their pieces together.
        # (transform.py puts the pieces of the outputs together, see Stylesheets.fragment_groups)
        self.code = _digest(_folder_digest(tf.XSLT_DIR, self.edition_xslt), Path(__file__).read_bytes(),
                            Path(tf.__file__).read_bytes())
        self.settings = json.dumps(self.params, sort_keys=True)
        self._order: list[tuple[str, str]] | None = None  # (name, fragment digest) in date order
        self._layout_key: tuple[str, str] | None = None  # see _write_pieces
        self._held = ""  # see _stale
        self._held_before = ""  # the fragments' record as this run found it (see _stale)
        self._remade: set[str] | None = None  # see refresh
        self._granularity: str | None = None  # of the timelines, as _entry_pages found it
        self._letter_ids: list[str] | None = None  # see _ids
        self.spare: concurrent.futures.ProcessPoolExecutor | None = None  # see spare_process

    # -- fragments ---------------------------------------------------------------------------

    def _stale(self) -> tuple[list[tuple[str, str, str]], str, int]:
        """The letters whose fragment must be made again, by name: (name, sha, digest); the
        context of the digests (see ``Cache``); how many letters there are. sqlite finds,
        beside the scan's table, the letters whose fragment row does not hold as it is (other
        bytes, another context): only those are looked at here (a pass over 100,000 letters
        took ~0.6 s after one edit)."""
        entities = entity_parts(self.tei_dir / "register")
        base = _digest(self.code, self.settings)
        # All a fragment can depend on besides its letter's bytes: while it is the same, a
        # fragment of the same bytes holds without a digest per letter.
        context = _digest(base, *sorted(entities.values()))
        folder = self.tei_dir / "letters"
        count = len(scan(self.cache, folder))  # its table: the letters as they are
        let_go(self.cache, folder)  # not needed here: their memory serves what follows
        # The fragments held for the letters as an earlier scan left them, in this context
        # (see refresh): only the letters that scan and this one saw change are looked at.
        token = self.cache.output(_SCAN)  # the rows looked at below
        self._held_before = self.cache.output(f"fragments:{folder}") or ""
        held = self._held_before.split(" ")
        since = changed_since(self.cache, held[0]) if held[1:] == [context] else None
        query = "select l.name, l.sha, l.refs, f.digest from letters l left join fragments f on f.name = l.name " \
                "where (f.name is null or f.sha is not l.sha or f.context is not ?)"
        if since is None:
            rows: Iterable = self.cache.db.execute(query + " order by l.name", (context,))
        else:
            rows = sorted(_named(self.cache.db, query + " and l.name in ({})", sorted(since), context))
        stale, confirmed = [], []
        for name, sha, refs, made in rows:
            # (its name too: a fragment shows it; two letters of the same bytes have two)
            digest = _digest(base, name, sha, *parts_of(entities, refs.split(" ") if refs else []))
            if digest == made:  # the same fragment: its row holds for these bytes in this context
                confirmed.append((sha, context, name))
            else:
                stale.append((name, sha, digest))
        with self.cache.db:
            self.cache.db.executemany("update fragments set sha = ?, context = ? where name = ?", confirmed)
            if since is None:
                self.cache.db.execute("delete from fragments where name not in (select name from letters)")
            else:
                self.cache.db.executemany("delete from fragments where name = ? and name not in (select name from "
                                          "letters)", [(name,) for name in since])
        # (a scan of another run meanwhile — `corresp validate` takes no lock — may have
        # changed rows this one did not look at: then no record, and the next run looks at all)
        self._held = f"{token} {context}" if token == self.cache.output(_SCAN) else ""
        return stale, context, count

    def refresh(self) -> list[tuple[str, str]]:
        """Make the fragments of the letters that changed; (name, digest) of all, in date order."""
        if self._order is not None:
            return self._order
        stale, context, count = self._stale()
        made = {name: (sha, digest) for name, sha, digest in stale}
        remade: set[str] = set()

        def keep(output: str) -> None:
            rows = []
            for name, _, *pieces, reads, tally, facts in self._fragments(output):
                sha, digest = made.get(name, ("", ""))
                rows.append((name, digest, *pieces, sha, context, reads, tally, facts))
            remade.update(row[0] for row in rows)
            with self.cache.db:
                self.cache.db.executemany(
                    "insert or replace into fragments values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

        folder = self.tei_dir / "letters"
        if stale:  # rows about to change: a run stopped before the record below leaves none
            self.cache.set_output(f"fragments:{folder}", "")
        extras = [{"letter-uris": [(folder / name).as_uri() for name, _, _ in stale[i:i + BATCH]]}
                  for i in range(0, len(stale), BATCH)]
        todo = len(stale)
        del stale
        if todo >= APART_FROM:  # (what finding them freed: the processes that read the letters grow beside this one)
            give_back_memory()
        # The letters of a large edition in processes of their own, even one: Saxon's heap,
        # kept here, would sit beside the processes that make the site (see _site_runs). Made
        # here, the one letter of an appended entry cost 0.3 s less and ~70 MB more at the
        # peak of the rebuild (100,000 letters: 951 MiB all together, against 883).
        spare, self.spare = self.spare, None
        if spare is not None and len(extras) != 1:  # not used (see _run_batches): not held beside the
            spare.shutdown()                          # processes that are (~120 MB at 100,000 letters)
            spare = None
        try:
            for _ in self.progress(self._run_batches(tf.FRAGMENTS, "{urn:corresp}fragments", extras, None, todo, keep,
                                                     apart=count >= APART_FROM, spare=spare,
                                                     tasks=BATCHES_PER_PROCESS),
                                   "Reading letters", len(extras)):
                pass
        finally:
            if spare is not None:  # its memory is given back before the site is made
                spare.shutdown()
        # the letters whose fragment changed (see _few_pages); not known when a letter gave none,
        # nor kept when more than a few did, which no use of it takes (100,000 names: ~20 MB
        # held beside the site's processes)
        self._remade = remade if len(remade) == len(made) and len(remade) <= _FEW_NAVS else None
        del keep, made  # (their memory serves the order below)
        # every letter's fragment holds for the letters as this run's scan left them
        self.cache.set_output(f"fragments:{self.tei_dir / 'letters'}", self._held)
        # The digest of each aggregate's pieces in date order: an aggregate whose pieces are
        # the same is the same (a new summary changes the search file and the CSV, not the index).
        rows = self.cache.db.execute("select name, digest, sums, id from fragments" + _IN_ORDER).fetchall()
        self._order = [(name, digest) for name, digest, _, _ in rows]
        self._letter_ids = [row[3] for row in rows]
        # each row's sums are those of PIECES, in that order: every len(PIECES)-th is a piece's
        sums = " ".join(row[2] for row in rows).split(" ") if rows else []
        del rows
        self._sums = {piece: _digest(piece, *sums[n::len(PIECES)]) for n, piece in enumerate(PIECES)}
        return self._order

    def _ids(self) -> list[str]:
        """The letters' ids in date order: read with the order, and not held once asked for."""
        self.refresh()
        ids, self._letter_ids = self._letter_ids, None
        return ids if ids is not None else [i for i, in self.cache.db.execute("select id from fragments" + _IN_ORDER)]

    def sums(self) -> dict[str, str]:
        """The digest of each aggregate's pieces (PIECES), in date order."""
        self.refresh()
        return self._sums

    @staticmethod
    def _fragments(output: str) -> list[tuple]:
        """The rows of the fragments table for one batch's output."""
        root = etree.fromstring(output.encode("utf-8"), _PARSER)
        rows = []
        for fragment in root.iter(f"{_C}fragment"):
            doc = fragment.find(f"{_C}doc")
            name = unquote(doc.get("file"))
            cmif = []
            for desc in fragment.find(f"{_C}cmif"):
                etree.indent(desc, space="   ")
                text = etree.tostring(desc, encoding="unicode")
                head, rest = text.split(">", 1)  # the start tag declares what it inherited: not needed in the file
                cmif.append(head.replace(f' xmlns="{TEI_NS}"', "").replace(f' xmlns:c="{C_NS}"', "") + ">" + rest)
            pieces = {"doc": etree.tostring(doc, encoding="unicode"), "csv": fragment.findtext(f"{_C}csv") or "",
                      "cmif": "\n".join(cmif), "row": fragment.findtext(f"{_C}row") or "",
                      "search": fragment.findtext(f"{_C}search") or ""}
            messages = [r.text or "" for r in fragment.iter(f"{_C}report")]
            report = json.dumps(messages)
            # the CMIF's sum covers the letter's report too: cmif_lines keeps its summary by it
            summed = {**pieces, "cmif": f"{pieces['cmif']}\0{report}"}
            sums = " ".join(hashlib.sha256(summed[piece].encode("utf-8")).hexdigest()[:32] for piece in PIECES)
            rows.append((name, "", fragment.get("id"), fragment.get("sort"), fragment.get("undated") == "true",
                         pieces["doc"], pieces["csv"], pieces["cmif"], report,
                         pieces["row"], pieces["search"], fragment.findtext(f"{_C}item") or "", sums,
                         "\x1f".join(reads := [doc.get(name, "") for name in _FACT_READS]),
                         _tally(len(cmif), messages), _facts_row(*reads)))
        return rows

    def _pool(self, workers: int, fresh: bool, tasks: int | None = None) -> concurrent.futures.ProcessPoolExecutor:
        return _new_pool(self.edition_xslt, workers, fresh, tasks)

    def _run_batches(self, name: str, template: str, extras: list[dict], output_dir: Path | None, total: int,
                     keep: Callable[[str], None] | None = None, fresh: bool = False, apart: bool = False,
                     spare: concurrent.futures.ProcessPoolExecutor | None = None, room: "_Room | None" = None,
                     tasks: int | None = None):
        """Run ``template`` once per batch (``extras``: the parameters of each), in parallel
        processes when there is much to do; ``keep`` gets each batch's result. Yields after
        each batch, for progress. ``fresh``: each batch in a new process (Saxon's heap grows
        with the pages a process makes, to ~430 MB for 12,500, and does not shrink); else
        ``tasks`` batches in each (None: all it gets).
        ``apart``: even a little in another process (Saxon's heap is not kept here).
        ``spare``: a process already started (spare_process) for one batch that goes apart.
        At most ``jobs`` processes; ``room``: how many may run now, when that changes while they
        run (see _Room)."""
        if not extras:
            return
        keep = keep or (lambda result: None)
        if self.jobs == 1 or (not apart and (total < PARALLEL_FROM or len(extras) == 1)):
            for extra in extras:
                keep(self.stylesheets.run(name, self.tei_dir, self.params, template, extra, output_dir))
                yield extra
            return
        ready = spare is not None and len(extras) == 1 and not fresh
        most = min(self.jobs, len(extras))
        room = room or _Room(most)
        pending = collections.deque(extras)
        # a pool of one process per batch running (one of many would start a process that
        # idles beside the others while the room is less than all)
        with contextlib.ExitStack() as pools:
            idle = [spare] if ready else []
            running: dict[concurrent.futures.Future, tuple[dict, concurrent.futures.ProcessPoolExecutor]] = {}
            while pending or running:
                while pending and len(running) < min(room.now, most):
                    pool = idle.pop() if idle else pools.enter_context(self._pool(1, fresh, tasks))
                    extra = pending.popleft()
                    running[pool.submit(_worker_run, name, str(self.tei_dir), self.params, template, extra,
                                        str(output_dir) if output_dir else None)] = extra, pool
                if not running:
                    return  # no room left: the run failed elsewhere (see _Room.close)
                # (a while at most: more room may come meanwhile)
                finished, _ = concurrent.futures.wait(running, timeout=room.poll,
                                                      return_when=concurrent.futures.FIRST_COMPLETED)
                for future in finished:
                    extra, pool = running.pop(future)
                    idle.append(pool)
                    # let go of its result (a batch's fragments: held all together they made the
                    # first run at 100,000 letters keep ~700 MB)
                    keep(future.result())
                    yield extra

    # -- the aggregate files -------------------------------------------------------------------

    def _aggregate(self, kind: str, path: Path) -> tuple[str, bool]:
        """The digest of what makes the aggregate ``kind`` (makes the fragments that are
        missing), and whether ``path`` holds what it makes: written from it, and the file as
        written (one changed by hand, or re-saved by a spreadsheet, is made again)."""
        digest = _digest(kind, self.code, self.settings, self.sums()[kind])
        return digest, self.cache.output(f"{kind}:{path}") == f"{digest} {_stamp(path)}"

    def _made(self, kind: str, path: Path, digest: str) -> None:
        """Note that ``path`` was written from ``digest`` (see _aggregate)."""
        self.cache.set_output(f"{kind}:{path}", f"{digest} {_stamp(path)}")

    def csv(self, path: Path) -> bool:
        """letters.csv: the header, then each letter's rows in date order. False: unchanged."""
        digest, same = self._aggregate("csv", path)
        if same:
            return False
        header = self.stylesheets.run("csv.xsl", self.tei_dir, self.params, "{urn:corresp}csv-header")
        self._write_pieces(path, header, "csv", "", "")
        self._made("csv", path, digest)
        return True

    def cmif(self, path: Path) -> tuple[bool, list[str], int]:
        """cmif.xml: the file around the correspDescs of every letter, in date order; returns
        (written, the report lines of all letters, how many letters it holds)."""
        written = self._write_cmif(path)
        return (written, *self._all_reports())

    def _all_reports(self) -> tuple[list[str], int]:
        """The report lines of all letters, in date order, and how many letters cmif.xml holds."""
        reports, letters = [], 0  # each letter's JSON list, without its brackets
        for tally, lines in self.cache.db.execute("select tally, report from fragments" + _IN_ORDER):
            if lines != "[]":
                reports.append(lines[1:-1])
            letters += int(tally.partition(" ")[0])
        return json.loads(f"[{','.join(reports)}]"), letters  # (read at once: 100,000 reads took twice as long)

    def _write_cmif(self, path: Path) -> bool:
        """cmif.xml from the letters' pieces; False: it holds them already."""
        digest, same = self._aggregate("cmif", path)
        if same:
            return False
        shell = self.stylesheets.run("cmif.xsl", self.tei_dir, self.params, None, {"shell": "yes"})
        before, mark, after = shell.partition("<?corresp-letters?>")
        if not mark:
            raise tf.TransformError("cmif.xsl", "the CMIF file has no place for the letters (<?corresp-letters?>)")
        line = before[before.rfind("\n") + 1:]
        outer = line[:len(line) - len(line.lstrip(" "))]  # the indentation of <profileDesc>
        inner = outer + "   "

        def shape(descs: str) -> str:  # each line of a letter's correspDescs on a line of its own, indented
            return "".join(f"\n{inner}{line}" for line in descs.split("\n")) if descs else ""
        # (a letter without a correspDesc has an empty piece, and the pieces no separator)
        some = self.cache.db.execute("select 1 from fragments where cmif != '' limit 1").fetchone()
        self._write_pieces(path, before, "cmif", "", f"\n{outer}{after}" if some else after, shape=shape,
                           shaped_by=inner)
        self._made("cmif", path, digest)
        return True

    def cmif_lines(self, path: Path, limit: int = 12) -> tuple[bool, list[str]]:
        """``cmif`` with its report summed up for the terminal (cmif.summary, ``limit`` documents
        named per kind). While the file is the same, the lines its last run gave with this
        limit (at 100,000 letters, reading every letter's report again took a second)."""
        from .cmif import summary

        key = f"cmif-lines:{limit}:{path}"
        aggregate, same = self._aggregate("cmif", path)
        digest = _digest(aggregate, (Path(__file__).parent / "cmif.py").read_bytes())  # the lines are cmif.py's
        if same:
            kept = json.loads(self.cache.output(key) or "{}")
            if kept.get("digest") == digest:
                return False, kept["lines"]
        written = self._write_cmif(path)
        if self.cache.db.execute("select count(*) - count(distinct id) from fragments").fetchone()[0]:
            # two letters with one id (validation reports it): the summary counts it once, as one
            # document, which the tallies of the letters cannot tell
            (messages, letters), counts = self._all_reports(), None
        else:
            messages, letters, counts = self._first_reports(limit)
        lines = summary(messages, letters, limit, counts)
        self.cache.set_output(key, json.dumps({"digest": digest, "lines": lines}))
        return written, lines

    def _first_reports(self, limit: int) -> tuple[list[str], int, dict[str, int]]:
        """What cmif.summary needs of the letters' reports (see cmif_lines): the reports of the
        first ``limit`` letters with each kind it shows (which name its first documents), in
        date order; the letters' correspDescs; how many documents have each kind. Counted from
        the letters' tallies (read from an index: each letter's report read and parsed took
        0.7 s at 100,000 letters)."""
        from .cmif import SUMMARY_KINDS

        letters, counts = 0, {}
        for tally, times in self.cache.db.execute("select tally, count(*) from fragments group by tally"):
            descs, *kinds = tally.split(" ")
            letters += int(descs) * times
            for kind, _, n in (k.partition("=") for k in kinds if k):
                counts[kind] = counts.get(kind, 0) + int(n) * times
        shown: dict[str, tuple] = {}
        for kind in SUMMARY_KINDS:  # (a document of none-identified is named under no-id, its letter read for it)
            if counts.get(kind):
                for row in self.cache.db.execute("select undated, sort, id, name, report from fragments where "
                                                 f"instr(tally, ?) {_IN_ORDER} limit ?", (f" {kind}=", limit)):
                    shown[row[3]] = row
        messages = [m for *_, report in sorted(shown.values(), key=lambda row: row[:4]) for m in json.loads(report)]
        return messages, letters, counts

    # -- the HTML edition ----------------------------------------------------------------------

    def html(self, folder: Path) -> bool:
        """The HTML edition in ``folder``; False when nothing had to change.

        A folder the last run completed is updated in place: only the pages that must change
        are made (in a staging folder beside it), then each is moved over its old version
        (os.replace: a reader sees the old page or the new one), and the pages of letters and
        entries that are gone are removed. The pages about the whole corpus are made again only
        when the facts of the letters changed (dates, titles, parties, places: not summaries).
        Any other folder (the first run, or one after a run that was killed) is made whole
        beside the old one, with the unchanged pages hard-linked from it, and swapped in.
        A ``folder`` that is a link (to a web server's folder) stays one: the folder it points
        to is the one made."""
        folder = Path(os.path.realpath(folder))
        order = self.refresh()
        self._granularity = None
        cache_dir = self.cache.path.parent
        registers = _digest(*(p.read_bytes() for p in sorted((self.tei_dir / "register").glob("*.xml"))))
        site = _digest("html", self.code, self.settings, registers, *(f"{n}={d}" for n, d in order))
        base = _digest("html", self.code, self.settings, registers)
        done = self.cache.output(f"html:{folder}")
        # The site files of the run that made the folder (recorded with its digest: a record
        # another version of corresp left behind is not taken for this one's).
        record = json.loads(self.cache.output(f"html-site:{folder}") or "{}") if done else {}
        # The letters whose fragment changed since the run that made the live folder, when
        # known: it was made from the fragments as this run found them (no run made them
        # again since), with the same code, settings and registers.
        since = self._remade if self._held_before and record.get("held") == self._held_before and \
            record.get("html") == done and record.get("base") == base else None
        few = self._few_pages(folder, site, base, len(order), record, since)
        if few is not None:
            return few
        # the entries' pages: those of the letters are read once the site is made (100,000 rows
        # not held beside its processes)
        pages = {name: digest for name, digest in self.cache.db.execute(
                 "select name, digest from pages where instr(name, '/')") if _entry_page(name)}
        tf._remove_leftovers(folder)  # of a run that was killed, whatever this one does
        letter_pages = {f"{i}.html" for i in self._ids()}
        last_site = record.get("files") if record.get("html") == done else None
        in_place = folder.is_dir() and last_site is not None and \
            all((folder / name).exists() for name in last_site)
        if in_place and done == site and letter_pages <= _names(folder) and \
                {name for name, _ in order} <= _names(folder / "tei") and \
                set(pages) <= {f"{sub}/{name}" for sub in _ENTRY_FOLDERS for name in _names(folder / sub)}:
            return False
        last_facts = record.get("facts") if in_place else None
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = tf.new_staging(folder)
        # Where the pages of the last run are: in the live folder, or (a folder made whole)
        # hard-linked from it into the staging folder.
        live = folder if in_place else staging
        site_runs = contextlib.ExitStack()
        early = contextlib.ExitStack()  # the letters' pages made while the site is (see below)
        try:
            names = dict(order)
            if folder.is_dir() and not in_place:
                letter_files = letter_pages | {f"tei/{n}" for n, _ in order}
                # A letter's page and TEI file, and a register entry's page, stay (hard-linked)
                # while they exist, and are made again below if what they show changed.
                _link_tree(folder, staging, keep=lambda relative: relative in letter_files or _entry_page(relative))
                del letter_files
            facts = cache_dir / "facts.xml"
            warm = self._warm_site(len(order), in_place and bool(since) and len(since) <= _FEW_NAVS)
            if warm is not None:
                site_runs.enter_context(warm)  # (ends with the site's runs: before the pages are made)
            written = self._write_facts(facts)
            facts_digest = _digest("site", self.code, self.settings, registers, written.digest)
            network = _digest("network", self.code, self.settings, registers, written.network)
            index = _digest("index", self.code, self.settings, registers, written.index)
            navs, deps = cache_dir / "navs.xml", cache_dir / "deps.xml"
            # Which documents each register entry lists: the same while no letter's parties
            # or names changed (a corrected date or title): deps.xml of the last run holds.
            members = _digest("deps", self.code, registers, written.members)
            said = _said_at_end(deps, _DEPS_END)
            keep_deps = not self._own_html() and said == (members,)
            # A few letters named others since the live folder was made, or came, and deps.xml
            # is as that run left it: they are put in or taken out where it lists them.
            listed_before: set[str] = set()
            if not keep_deps and in_place and since and len(since) <= _FEW_NAVS and not self._own_html() and \
                    said == (record.get("members"),) and isinstance(record.get("letters"), int):
                patched = self._patch_deps(deps, since, members, len(order) - record["letters"])
                keep_deps, listed_before = patched is not None, patched or set()
            shells = {name: cache_dir / shell for name, *_, shell in _FILLED}
            html_code = _digest(self.code, self.settings)
            made: dict[str, str] = {}  # letter file or entry page → digest of what its page shows
            page_of: dict[str, str] = {}  # letter file → its page
            uris = {"facts": facts.as_uri(), "navs-href": navs.as_uri(),
                    "deps-href": "" if keep_deps else deps.as_uri()}
            # The index, the registers, the network and the neighbours of each letter are made
            # from the facts of all letters: with the same facts as the last run they are the
            # same, and so are navs.xml and deps.xml in the cache.
            same_site = in_place and last_facts == facts_digest and navs.is_file() and deps.is_file() and \
                all(p.is_file() for p in shells.values())
            # From here on the live folder may change: until this run is done, it counts as not
            # made (the next run then makes it whole).
            with self.cache.db:
                self.cache.db.execute("delete from outputs where name in (?, ?)", (f"html:{folder}", f"html-site:{folder}"))
            runs = site_runs.enter_context(self._site_runs(len(order), facts.as_uri(), warm))

            def site_part(part: str, extra: dict, staging: Path) -> None:
                if extra.get("facts", uris["facts"]) == uris["facts"]:  # a part that reads the facts of all
                    self._facts_file(facts, written)
                runs(part, extra, staging)
            # The index shows each letter's period, type, parties and places, not its date or
            # title: a date corrected within its month leaves it as it is.
            same_index = not same_site and in_place and record.get("index") == index and \
                bool(record.get("index-files")) and not self._own_html() and all(p.is_file() for p in shells.values())
            same_navs: set[str] = set()  # letters whose neighbours are the last run's
            if same_site or same_index:
                for name, shell in shells.items():
                    shutil.copyfile(shell, staging / name)
            if same_site:
                site_files, index_files = last_site, record.get("index-files")
            else:
                # The index from the counts of all letters (index-tally.xml: no facts read),
                # in a run of its own that says the timelines' span (with an edition's own
                # stylesheets, which may read more, with the neighbours: see below). Of the
                # neighbours, only those that can have changed (see _nav_keys).
                if written.navs is None:
                    written = self._write_facts(facts, again=True)
                index_apart = not same_index and not self._own_html()
                if index_apart:  # (the other parts count them in the facts they read)
                    tally = cache_dir / "index-tally.xml"
                    _write(tally, written.tally())
                    uris["index-tally"] = tally.as_uri()
                # what it counts (100,000 rows) is not held beside the index's run
                written = written._replace(tally=None)
                # the timelines' span: navs.xml's when the index read the same periods and years
                span, same_span = None, same_index
                if index_apart:
                    none, said = cache_dir / "facts-none.xml", cache_dir / "span.xml"
                    _write(none, f'<c:docs xmlns:c="{C_NS}"/>\n'.encode())
                    site_part("site", {**uris, "facts": none.as_uri(), "site-parts": "index",
                                       "span-href": said.as_uri()}, staging)
                    span = _span(said)
                    same_span = navs.is_file() and span == _span(navs)
                keys = written.navs
                nav_base = _digest("navs", self.code, self.settings, registers)
                last_keys = None if self._own_html() else _last_nav_keys(navs, nav_base)
                changed = [p for p, (file, key) in enumerate(keys, start=1)
                           if last_keys is None or last_keys.get(file) != key]
                partial = last_keys is not None and len(changed) < len(keys) / 2
                # (the letters whose neighbours are those their live pages show: only of a folder
                # the last run completed; a run killed after it made navs.xml left pages older)
                if partial and in_place:
                    same_navs = {unquote(file) for file, key in keys if last_keys.get(file) == key}
                part, some = cache_dir / "navs-part.xml", {}
                if partial and (changed or not same_span) and (same_index or index_apart) and keep_deps:
                    # the neighbours of a few letters from the facts of the letters they read, with
                    # the timelines' span (deps.xml, made from the facts of all, is the last run's)
                    self._some_facts(cache_dir / "facts-some.xml", span or _span(navs),
                                     places=_nav_reads(written.pairs, changed))
                    some = {"facts": (cache_dir / "facts-some.xml").as_uri()}
                positions = " ".join(map(str, changed)) if partial else "#all"
                merge = (list(last_keys), [file for file, _ in keys], set(changed)) if partial else None
                # (nothing to run: every letter's neighbours and the timelines' span are the last
                # run's, and so is deps.xml, or it was patched)
                run = not (partial and not changed and same_span and keep_deps)
                stamp = _keys_ready(navs, nav_base, keys) if run else None
                # the keys are not held beside the site's process (100,000 of them; a few
                # letters' neighbours, made again, need the names of all to be merged)
                written = written._replace(navs=None, pairs=None)
                del keys, last_keys, changed
                if run and not some and index_apart:
                    # (the neighbours and what each entry lists read only some of each letter's
                    # facts: given all of them, 73 MB at 100,000 letters, its process grew to
                    # 683 MiB beside this one, the peak of a first build)
                    self._read_facts(cache_dir / "facts-navs.xml", span, _NAV_READS, numbered=True)
                    some = {"facts": (cache_dir / "facts-navs.xml").as_uri()}
                if run:
                    site_part("site", {**uris, **some,
                                       "site-parts": "navs" if same_index or index_apart else "index navs",
                                       "navs-href": (part if partial else navs).as_uri(),
                                       "nav-positions": positions}, staging)
                    if merge and not _merge_navs(navs, part, *merge):
                        partial, same_navs = False, set()  # a file not as expected: all of them again
                        site_part("site", {**uris, "site-parts": "navs", "deps-href": ""}, staging)
                    part.unlink(missing_ok=True)
                    _stamp_navs(navs, stamp)
                del merge
                index_files = record["index-files"] if same_index else _files(staging, lambda relative: not (
                    _entry_page(relative) or relative in letter_pages or relative.startswith("tei/")))
                if not keep_deps:  # it says what it was made of (a killed run's is not taken)
                    with open(deps, "a", encoding="utf-8") as handle:
                        handle.write(f"<!-- corresp deps {members} -->\n")

            def deal() -> tuple[list[dict], int, dict[str, str], dict[str, str], set[str]]:
                """The batches of letter pages to make (their neighbours dealt into files), how
                many pages, the pages of the last run (digest and page by name) and the TEI
                files of the live folder that stay."""
                rows = self.cache.db.execute("select name, digest, page, fragment from pages").fetchall()
                pages = {name: digest for name, digest, _, _ in rows}
                old_pages = {name: page for name, _, page, _ in rows} if in_place else {}
                # The neighbours of the letters whose page is made again, dealt round into a few
                # files as they are read (the runs share them out; none is held here).
                todo = 0
                with contextlib.ExitStack() as files:
                    # a large edition: batches of PAGES_PER_PROCESS, each in a process of its own
                    parts: list = [None] * max(1, self.jobs * 4, math.ceil(len(order) / PAGES_PER_PROCESS)
                                               if len(order) >= APART_FROM else 0)
                    live_pages, live_tei = _names(live), _names(live / "tei")  # no look at each of 100,000
                    # With the same facts, the neighbours are the same: a letter's page is the
                    # same while its fragment is (no look at each of 100,000 in navs.xml).
                    need = set(names)
                    if same_site or same_navs:
                        for name, digest, page, fragment in rows:
                            if fragment is not None and fragment == names.get(name) and page in live_pages and \
                                    (same_site or name in same_navs):
                                made[name], page_of[name] = digest, page
                                need.discard(name)
                    del rows
                    for nav in _navs(navs, need):
                        name = unquote(nav.get("file"))
                        if name not in need:
                            continue
                        # (without the line break after it: iterparse has it or not, by where its chunk ends)
                        digest = _digest(html_code, names.get(name, ""), etree.tostring(nav, with_tail=False))
                        made[name] = digest
                        page_of[name] = page = f"{nav.get('id')}.html"
                        if pages.get(name) != digest or page not in live_pages:
                            if not in_place:  # a link to the live page: never written through
                                (live / page).unlink(missing_ok=True)
                                (live / "tei" / name).unlink(missing_ok=True)
                                live_tei.discard(name)
                            n = todo % len(parts)
                            if parts[n] is None:
                                parts[n] = files.enter_context(open(cache_dir / f"navs-{n}.xml", "w", encoding="utf-8"))
                                parts[n].write(f'<c:navs xmlns:c="{C_NS}">')
                            parts[n].write(etree.tostring(nav, encoding="unicode", with_tail=False) + "\n")
                            tei_todo.add(name)
                            todo += 1
                    for part in parts:
                        if part is not None:
                            part.write("</c:navs>")
                extras = [{"navs": (cache_dir / f"navs-{n}.xml").as_uri(), "copy-tei": "no"}
                          for n, part in enumerate(parts) if part is not None]
                return extras, todo, pages, old_pages, live_tei

            def make_pages(extras: list[dict], todo: int, room: _Room | None = None) -> None:
                for _ in self.progress(self._run_batches("html.xsl", "{urn:corresp}letter-pages", extras, staging,
                                                         todo, fresh=len(order) >= APART_FROM, room=room),
                                       "Pages", len(extras)):
                    pass

            def copy_tei(live_tei: set[str]) -> None:
                """The TEI files to download beside the pages: those of the pages made again, and
                any the live folder lacks."""
                (staging / "tei").mkdir(exist_ok=True)
                for name in names:
                    if name in tei_todo or name not in live_tei:
                        shutil.copyfile(self.tei_dir / "letters" / name, staging / "tei" / name)

            tei_todo: set[str] = set()
            # The letters' pages need only their neighbours (navs.xml, final from here on): in an
            # edition of fewer than OVERLAP_BELOW letters they are made while one process makes
            # the registers and the network (at 10,000 letters a core stood idle for 21 of the
            # stage's 50 s), by one process fewer until the site's process ends, then by all (at
            # 20,000 letters the site took 27 s and the pages on one core 60). A few are dealt
            # now and made after the site, as in a larger edition.
            # Their TEI files are copied meanwhile too (this process mostly waits for the site's:
            # after the pages, 20,000 copies took 7 s, against 1.4 s on their own).
            dealt, made_early, copied = None, None, None
            if not same_site and self.jobs > 1 and len(order) < OVERLAP_BELOW:
                dealt = deal()
                if dealt[1] >= PARALLEL_FROM:
                    room = _Room(self.jobs - 1, poll=0.2)
                    threads = early.enter_context(concurrent.futures.ThreadPoolExecutor(2))
                    early.callback(room.close)  # (before the wait: a run that failed starts no more pages)
                    made_early = threads.submit(make_pages, *dealt[:2], room)
                    copied = threads.submit(copy_tei, dealt[4])
            # (a few letters changed since the live folder was made, and which entries list
            # them is the same: only the entries that list them are looked at)
            few = since if in_place and keep_deps and len(since or ()) <= _FEW_NAVS else None
            wanted, present, listed = self._entry_pages(deps, navs, live, pages, made, html_code,
                                                        unlink=not in_place, same=same_site, few=few,
                                                        last_granularity=record.get("granularity"),
                                                        listed_before=listed_before)
            # The registers' lists show each entry's names and number of documents: the same
            # while no letter's parties or names changed (nor the registers, nor the settings).
            lists = _digest("lists", self.code, self.settings, members)
            same_lists = in_place and keep_deps and record.get("lists") == lists and \
                bool(record.get("list-files")) and wanted != "#all"
            if not same_site:
                if same_lists:  # only the entries' pages, from the facts of the documents they list
                    some = cache_dir / "facts-some.xml"
                    self._some_facts(some, _span(navs), ids=listed)
                    self._registers(site_part, {**uris, "facts": some.as_uri()}, wanted, present, staging,
                                    lists=False)
                    list_files = record["list-files"]
                elif len(order) >= APART_FROM and not self._own_html() and \
                        (found := _deps_entries(deps.read_bytes())) is not None and \
                        (counts := _counts_of(found[1])) is not None and \
                        (parts := _entry_parts(found[1], wanted, ENTRY_PART_LETTERS)) is not None:
                    # a large edition: the entries' pages in parts, each from the facts of the
                    # letters its entries list (at 100,000 letters and 50,000 persons, one run
                    # from the facts of all grew to 766 MiB), the lists with the first; deps.xml
                    # (~50 MB at 100,000 letters) not held beside the parts' processes
                    del found
                    give_back_memory()
                    before = set(_files(staging, lambda relative: "/" not in relative))
                    for n, (hrefs, ids) in enumerate(parts):
                        some = cache_dir / "facts-some.xml"
                        self._some_facts(some, _span(navs), ids=ids)
                        read = {**uris, "facts": some.as_uri(), "entity-counts": counts}
                        self._registers(site_part, read, " ".join(hrefs), set(), staging, lists=n == 0)
                    del parts, counts, hrefs, ids  # (~55 MB at 100,000 letters: not held beside the pages)
                    list_files = sorted(set(_files(staging, lambda relative: "/" not in relative and
                                                   relative not in letter_pages)) - before)
                else:
                    read = uris
                    counts = _entry_counts(deps) if in_place and keep_deps and wanted != "#all" else None
                    if counts is not None:
                        # the lists with each entry's number of documents as deps.xml says it, and
                        # the entries' pages from the facts of their documents (not of all letters)
                        some = cache_dir / "facts-some.xml"
                        self._some_facts(some, _span(navs), ids=listed)
                        read = {**uris, "facts": some.as_uri(), "entity-counts": counts}
                    before = set(_files(staging, lambda relative: "/" not in relative))
                    self._registers(site_part, read, wanted, present, staging)
                    # (the letters' pages may be in the making meanwhile: they are no lists)
                    list_files = sorted(set(_files(staging, lambda relative: "/" not in relative and
                                                   relative not in letter_pages)) - before)
                del listed
                # The network shows who wrote to whom: a changed date or title leaves it as it is
                # (unless the edition has its own HTML stylesheets: they may show more).
                same_network = in_place and record.get("network") == network and not self._own_html() \
                    and "network.html" in last_site
                if not same_network:
                    read = uris
                    if not self._own_html():  # (an edition's own stylesheets may read more)
                        self._read_facts(cache_dir / "facts-parties.xml", _span(navs), _NETWORK_READS)
                        read = {**uris, "facts": (cache_dir / "facts-parties.xml").as_uri()}
                    site_part("site", {**read, "site-parts": "network"}, staging)
                site_files = sorted({*_files(staging, lambda relative: not (
                    _entry_page(relative) or relative in letter_pages or relative.startswith("tei/"))),
                    *(["network.html"] if same_network else []), *index_files, *list_files})
                for name, shell in shells.items():
                    shutil.copyfile(staging / name, shell)
            else:
                list_files = record.get("list-files")
                if wanted:
                    self._registers(site_part, uris, wanted, present, staging)
                    for name in _files(staging, lambda relative: "/" not in relative and relative not in shells):
                        os.unlink(staging / name)  # the register lists: the same as the live ones
            site_runs.close()
            # (read once the site's processes are done: 100,000 rows are not held beside them)
            extras, todo, pages, old_pages, live_tei = dealt or deal()
            if len(order) >= APART_FROM:
                give_back_memory()  # what the site's part of this process freed: the pages' processes grow beside it
            if made_early is None:
                make_pages(extras, todo)
            else:
                room.now = self.jobs  # the site's process has ended: its core makes pages too
                made_early.result()  # its error, if any
            sums = self.sums()
            for name, mark, piece, separator, _ in _FILLED:
                # the same page around the same pieces: the live file is what this would make
                if (same_site or same_index) and record.get(piece) == sums[piece] and (folder / name).is_file():
                    os.unlink(staging / name)
                else:
                    self._fill(staging / name, mark, piece, separator, folder / name)
            if copied is None:
                copy_tei(live_tei)
            else:
                copied.result()
            # The pages about to change are no longer recorded as made: a run killed while they
            # go live, and undone by the editor, must not take them for the pages it wants.
            dropped = {*tei_todo, *(wanted.split() if wanted != "#all" else present)}
            with self.cache.db:
                self.cache.db.executemany("delete from pages where name = ?", [(n,) for n in dropped])
            if in_place:
                _move_into(staging, folder)
                # What an earlier run made and this one does not: pages of letters and entries
                # that are gone, site files no longer made. Files corresp did not make stay.
                gone = set(last_site) - set(site_files)
                for name, page in old_pages.items():
                    if name not in made or page != page_of.get(name, name):
                        gone |= {page, f"tei/{name}"} if name.endswith(".xml") else {page}
                gone = {relative for relative in gone if relative not in letter_pages and relative not in present
                        and not (relative.startswith("tei/") and relative[4:] in names)}
                for relative in sorted(gone):
                    (folder / relative).unlink(missing_ok=True)
            else:
                for relative in _files(staging, lambda relative: _entry_page(relative) and relative not in present):
                    os.unlink(staging / relative)
                tf.swap_in(staging, folder)
            # Recorded once the pages are in place: a run killed before makes them again.
            # (a page whose digest is the same shows the same letter or entry: its name too)
            with self.cache.db:
                self.cache.db.executemany("delete from pages where name = ?", [(n,) for n in pages if n not in made])
                self.cache.db.executemany("insert or replace into pages values (?, ?, ?, ?)",
                                          [(n, d, page_of.get(n, n), names.get(n)) for n, d in made.items()
                                           if pages.get(n) != d or n in dropped])
        finally:
            try:
                site_runs.close()
            finally:
                early.close()  # (pages are written into the staging folder until then)
                shutil.rmtree(staging, ignore_errors=True)
            for path in (*cache_dir.glob("navs-*.xml"), cache_dir / "facts-some.xml", cache_dir / "navs-keys.tmp"):
                path.unlink(missing_ok=True)
        self.cache.set_output(f"html-site:{folder}", json.dumps({"html": site, "facts": facts_digest,
                                                                  "network": network, "files": site_files,
                                                                  "index": index, "index-files": index_files,
                                                                  "lists": lists, "list-files": list_files,
                                                                  "members": members, "letters": len(order),
                                                                  "row": sums["row"], "search": sums["search"],
                                                                  # (the same facts: the last run's)
                                                                  "granularity": self._granularity or
                                                                  record.get("granularity"),
                                                                  **self._few_record(folder, base)}))
        self.cache.set_output(f"html:{folder}", site)
        return True

    def _few_record(self, folder: Path, base: str) -> dict:
        """What html needs to know of the run that leaves ``folder`` as it is now to tell which
        letters changed since (see ``since`` there): the fragments it was made from, the code,
        settings and registers; and, for _few_pages, the stamps of its folders (a page deleted
        by hand changes its folder's)."""
        return {"held": self._held, "base": base, "stamps": self._folder_stamps(folder)}

    def _folder_stamps(self, folder: Path) -> list:
        from .incremental import html_stamps  # (not in the processes that only make pages)

        return html_stamps(folder, self.cache.path.parent / "html-folders")

    def _few_pages(self, folder: Path, site: str, base: str, letters: int, record: dict,
                   since: set[str] | None) -> bool | None:
        """After a few letters changed (``since`` the run that made the live folder, whose
        ``record`` this is) and none of their facts (a summary corrected by hand): their pages,
        the index rows and search lines put in place in the live folder, without a look at
        every page and every letter's row (~1.5 s at 100,000 letters). None when it cannot tell
        (see the conditions below): html then goes the long way, which looks at all. Else
        whether anything had to change."""
        if not since or len(since) > _FEW_NAVS or self._own_html():
            return None  # (many, none, or not known: the long way, which also sees pages gone missing)
        cache_dir = self.cache.path.parent
        navs = cache_dir / "navs.xml"
        shells = {name: cache_dir / shell for name, *_, shell in _FILLED}
        # Nothing in the live folder's folders changed since (no page deleted, no killed run's
        # leftovers); the letters' facts, in order, are those it was made of (what _write_facts
        # kept says which).
        if not (isinstance(record.get("files"), list) and record.get("stamps") == self._folder_stamps(folder)
                and self._facts_said(cache_dir / "facts.xml")[0] == self.sums()["doc"]
                and navs.is_file() and all(p.is_file() for p in shells.values())):
            return None
        changed = sorted(since)
        fragments = dict(_named(self.cache.db, "select name, digest from fragments where name in ({})", changed))
        pages = {name: (digest, page) for name, digest, page in _named(
            self.cache.db, "select name, digest, page from pages where name in ({})", changed)}
        html_code = _digest(self.code, self.settings)
        found, made = {}, {}  # letter file → its nav (text); → (digest of what its page shows, its page)
        for nav in _navs(navs, set(changed)):  # (a walk clears each nav once past it: used here)
            name = unquote(nav.get("file"))
            if name in fragments:
                found[name] = etree.tostring(nav, encoding="unicode", with_tail=False)
                made[name] = (_digest(html_code, fragments[name], etree.tostring(nav, with_tail=False)),
                              f"{nav.get('id')}.html")
        if set(found) != set(changed) or set(pages) != set(changed) or \
                any(made[name][1] != pages[name][1] for name in changed):
            return None  # (an id is part of the facts: not expected)
        tf._remove_leftovers(folder, inside=False)  # (inside: its stamp says there are none)
        staging = tf.new_staging(folder)
        try:
            with self.cache.db:  # until this run is done, the live folder counts as not made
                self.cache.db.execute("delete from outputs where name in (?, ?)", (f"html:{folder}", f"html-site:{folder}"))
                self.cache.db.executemany("delete from pages where name = ?", [(n,) for n in changed])
            todo = [name for name in changed if made[name] != pages[name] or not (folder / made[name][1]).is_file()]
            if todo:
                part = cache_dir / "navs-0.xml"
                with open(part, "w", encoding="utf-8") as handle:
                    handle.write(f'<c:navs xmlns:c="{C_NS}">')
                    handle.writelines(found[name] + "\n" for name in todo)
                    handle.write("</c:navs>")
                for _ in self._run_batches("html.xsl", "{urn:corresp}letter-pages",
                                           [{"navs": part.as_uri(), "copy-tei": "no"}], staging, len(todo),
                                           fresh=letters >= APART_FROM):
                    pass
            (staging / "tei").mkdir()
            for name in changed:
                shutil.copyfile(self.tei_dir / "letters" / name, staging / "tei" / name)
            sums = self.sums()
            for name, mark, piece, separator, _ in _FILLED:
                if record.get(piece) != sums[piece] or not (folder / name).is_file():
                    shutil.copyfile(shells[name], staging / name)
                    self._fill(staging / name, mark, piece, separator, folder / name)
            _move_into(staging, folder)
            with self.cache.db:
                self.cache.db.executemany("insert or replace into pages values (?, ?, ?, ?)",
                                          [(n, *made[n], fragments[n]) for n in changed])
        finally:
            shutil.rmtree(staging, ignore_errors=True)
            (cache_dir / "navs-0.xml").unlink(missing_ok=True)
        self.cache.set_output(f"html-site:{folder}", json.dumps({**record, "html": site, "row": sums["row"],
                                                                  "search": sums["search"],
                                                                  **self._few_record(folder, base)}))
        self.cache.set_output(f"html:{folder}", site)
        return True

    def _own_html(self) -> bool:
        """Whether the edition has stylesheets of its own for the HTML edition."""
        return self.edition_xslt is not None and any(self.edition_xslt.rglob("*.xsl"))

    @contextlib.contextmanager
    def _site_runs(self, letters: int, whole: str = "", warm: concurrent.futures.ProcessPoolExecutor | None = None):
        """Runs the site's parts (html.xsl): here for a small edition; for a larger one in a
        process of its own that ends with the last part; from APART_FROM letters each part in
        a fresh process (each reads every letter's facts), but those that read the facts of
        only some letters (not ``whole``) in ``warm``, when given: a process started and
        ready meanwhile (see _warm_site), which ends before a part that reads all."""
        def here(part: str, extra: dict, staging: Path) -> None:
            self.stylesheets.run("html.xsl", self.tei_dir, self.params, f"{{urn:corresp}}{part}", extra, staging)

        if letters < SITE_WORKER_FROM:
            yield here
            return
        give_back_memory()  # what this process freed: the site's process is about to grow beside it
        with self._pool(1, fresh=letters >= APART_FROM) as pool:
            def apart(part: str, extra: dict, staging: Path) -> None:
                nonlocal warm
                small = extra.get("facts", whole) != whole
                if warm is not None and not small:  # (not beside a process that reads every letter's facts)
                    warm.shutdown()
                    warm = None
                runs = pool if warm is None else warm  # (still there: a part of some letters' facts)
                parts = extra.get("site-parts", part)
                said = self.cache.output(f"seconds:html {parts}")  # (the last run's time: an estimate)
                started = time.monotonic()
                future = runs.submit(_worker_run, "html.xsl", str(self.tei_dir), self.params,
                                     f"{{urn:corresp}}{part}", extra, str(staging))
                if self.progress is _silent:
                    future.result()
                else:
                    wait_for(future, f"html: {_PARTS.get(parts, parts)}", float(said) if said else None)
                self.cache.set_output(f"seconds:html {parts}", f"{time.monotonic() - started:.1f}")

            yield apart

    def _warm_site(self, letters: int, likely: bool) -> concurrent.futures.ProcessPoolExecutor | None:
        """A process for the site's parts that read the facts of some letters only, started
        and compiling html.xsl while the facts of all are written: in a large edition each
        part otherwise starts a process of its own (~0.3 s each). Only when such parts are
        ``likely`` (a few letters changed since the live folder was made): in a first build
        it would only hold memory beside the site's processes."""
        if letters < APART_FROM or not likely:
            return None
        pool = self._pool(1, fresh=False)
        try:
            pool.submit(_worker_compile, "html.xsl")  # (an error shows when a part runs)
        except BaseException:
            pool.shutdown()
            raise
        return pool

    def _entry_pages(self, deps: Path, navs: Path, live: Path, pages: dict[str, str], made: dict[str, str],
                     html_code: str, unlink: bool, same: bool, few: set[str] | None = None,
                     last_granularity: str | None = None, listed_before: Iterable[str] = ()
                     ) -> tuple[str, set[str], set[str]]:
        """The register entries' pages to make again ('persons/x.html …', or '#all'): those
        whose entry, documents (the facts of each: dates and titles, not summaries) or timeline
        granularity changed, or that are missing; the pages of all entries; and the ids of the
        documents the pages to make list (when ``same`` is false). ``unlink``:
        remove the pages to make from ``live`` (links to the pages of the live folder).
        ``same``: the facts and registers are those of the last run, which made ``pages``.
        (A page shows its documents in date order, which their facts give: their digests are
        taken in any order, so deps.xml holds while the documents of each entry are the same.)
        ``few``: the letters (by file) whose fragment changed since the last run made ``pages``
        and the same deps.xml: only the entries that list them are looked at (at 100,000
        letters, a walk through deps.xml and every letter's facts took ~1 s), and those
        ``listed_before`` (by href: they listed some of them before deps.xml was patched)."""
        wanted, present, listed = [], set(), set()
        if same:  # each entry's page is what it was: only one that is missing is made
            for href, digest in pages.items():
                if _entry_page(href):
                    present.add(href)
                    made[href] = digest
                    if not (live / href).exists():
                        wanted.append(href)
            return (" ".join(wanted) if len(wanted) < len(present) else "#all"), present, listed
        granularity = _root_attribute(navs, "granularity") + " " + _root_attribute(navs, "periods")
        self._granularity = granularity
        some = self._entries_listing(deps, few, listed_before) if few and granularity == last_granularity else None
        entries = {href: digest for href, digest in pages.items() if _entry_page(href)}
        # (the entries of the last run, all there; else the long way, which lists them all)
        if some is not None and set(some) <= set(entries) and all((live / href).exists() for href in entries):
            ids = sorted({i for _, listed_ids in some.values() for i in listed_ids})
            doc_digests = {letter_id: sums.partition(" ")[0] for letter_id, sums in _named(
                self.cache.db, "select id, sums from fragments where id in ({})", ids)}
            made.update(entries)
            for href, (head, listed_ids) in some.items():
                made[href] = _digest(html_code, granularity, head, *sorted(doc_digests.get(i, "") for i in listed_ids))
                if made[href] != entries[href]:
                    wanted.append(href)
                    listed.update(listed_ids)
            return (" ".join(wanted) if len(wanted) < len(entries) else "#all"), set(entries), listed
        # the digest of each letter's facts by id (without its position: a letter added early
        # moves every later one)
        doc_digests = {letter_id: sums.partition(" ")[0] for letter_id, sums in self.cache.db.execute(
            "select id, sums from fragments")}
        for entry in _each(deps, f"{_C}e"):
            href = entry.get("h")
            present.add(href)
            parts = [etree.tostring(entry[0]) if len(entry) else b""]
            ids = [d.get("i") for d in entry.iter(f"{_C}d")]
            parts += sorted(doc_digests.get(i, "") for i in ids)
            digest = _digest(html_code, granularity, *parts)
            made[href] = digest
            if pages.get(href) != digest or not (live / href).exists():
                wanted.append(href)
                listed.update(ids)
                if unlink:
                    (live / href).unlink(missing_ok=True)  # never written through
        return (" ".join(wanted) if len(wanted) < len(present) else "#all"), present, listed

    def _entries_listing(self, deps: Path, letters: set[str], also: Iterable[str] = ()
                         ) -> dict[str, tuple[bytes, list[str]]] | None:
        """The entries of deps.xml that list any of ``letters`` (by file), and those ``also``
        (by href), each with what _entry_pages digests of it (its register entry) and the
        ids of the documents it lists, found by their bytes (each document is '<c:d i="id"/>');
        None when that cannot be told so (an id its XML would write otherwise, a file not as
        expected)."""
        ids = [i for i, in _named(self.cache.db, "select id from fragments where name in ({})", sorted(letters))]
        if len(ids) != len(letters) or not all(_PLAIN_NAME.fullmatch(i) for i in ids) or \
                not all(_PLAIN_HREF.fullmatch(href) for href in also):
            return None
        data = deps.read_bytes()
        top = data.find(b"<c:deps")
        top = data[top:data.find(b">", top) + 1] if top >= 0 else b""
        if not top.endswith(b">") or top.endswith(b"/>"):
            return None
        chunks: dict[int, bytes] = {}
        for href in also:
            start = data.find(f'<c:e h="{href}">'.encode("ascii"))
            end = data.find(b"</c:e>", start)
            if start < 0 or end < 0:
                return None
            chunks[start] = data[start:end + len(b"</c:e>")]
        for letter_id in ids:
            key, at = f'<c:d i="{letter_id}"/>'.encode("ascii"), 0
            while (at := data.find(key, at)) >= 0:
                start, end = data.rfind(b"<c:e ", 0, at), data.find(b"</c:e>", at)
                if start < 0 or end < 0 or data.rfind(b"</c:e>", start, at) >= 0:
                    return None
                chunks[start] = data[start:end + len(b"</c:e>")]
                at += len(key)
        found = {}
        for chunk in chunks.values():
            try:
                root = etree.fromstring(top + chunk + b"</c:deps>", _PARSER)
            except etree.XMLSyntaxError:
                return None
            if len(root) != 1 or root[0].tag != f"{_C}e" or not root[0].get("h"):
                return None
            entry = root[0]
            found[entry.get("h")] = (etree.tostring(entry[0]) if len(entry) else b"",
                                     [d.get("i") for d in entry.iter(f"{_C}d")])
        return found

    def _patch_deps(self, deps: Path, letters: set[str], members: str, came: int) -> set[str] | None:
        """Make deps.xml say of ``letters`` (by file) what c:entity-deps would say of them as
        they are now: each entry lists them as their parties and names say, in date order; and
        at its end, ``members``. For html, after these letters named others since deps.xml
        was made, or came (``came``: how many more letters there are than then), and no other
        letter changed or came or went: c:entity-deps reads the facts of all letters (~4 s
        at 100,000). The entries that listed them before (their pages may change too); None,
        and nothing written, when that cannot be told so."""
        changed = sorted(letters)
        # each letter's id as its live page has it (its name), and as it is now
        before = {name: page.removesuffix(".html") for name, page in _named(
            self.cache.db, "select name, page from pages where name in ({})", changed)}
        now = {name: dict(zip(_FACT_READS, reads.split("\x1f"))) for name, reads in _named(
            self.cache.db, "select name, reads from fragments where name in ({})", changed)}
        found = _deps_entries(deps.read_bytes())
        # Each letter without a page of that run came since: as many as there are more letters
        # than then (so none went, and none that was there lost its page's record: a run killed
        # while pages went live drops them, and deps.xml may list such a letter by an old id).
        if found is None or len(letters) - len(before) != came or set(now) != letters:
            return None
        head, entries, tail = found
        said = _DEPS_END.search(tail)
        at = {href: n for n, (href, _, _) in enumerate(entries)}
        # The entries each letter is listed by: of its parties and names ('role:key'), those
        # of register entries (a name without one has 'name:'), by their pages (c:entity-href).
        listing: dict[str, set[str]] = {}
        for facts in now.values():
            keys = {token.partition(":")[2] for token in _TOKENS.findall(f"{facts['parties']} {facts['o']}")}
            listing[facts["id"]] = {f"{key}.html" for key in keys if not key.startswith("name:")}
        ids = {*before.values(), *listing}
        if said is None or len(listing) != len(letters) or not all(_PLAIN_NAME.fullmatch(i) for i in ids) or \
                not all(href in at for hrefs in listing.values() for href in hrefs):
            return None
        marks = [f'<c:d i="{i}"/>'.encode("ascii") for i in ids]
        touched = {n for n, (_, _, docs) in enumerate(entries) if any(mark in docs for mark in marks)}
        listed_before = {entries[n][0] for n in touched}
        touched.update(at[href] for hrefs in listing.values() for href in hrefs)
        docs = {n: [i for i in _DEPS_ID.findall(entries[n][2].decode("utf-8")) if i not in ids] for n in touched}
        # their places in date order (an id twice, or an old id another letter holds too: not
        # told by its bytes)
        place: dict[str, int] = {}
        wanted = {*listing, *(i for listed in docs.values() for i in listed)}
        gone = ids - set(listing)
        for p, letter_id in enumerate(self._ids()):
            if letter_id in gone:
                return None
            if letter_id in wanted:
                if letter_id in place:
                    return None
                place[letter_id] = p
        if len(place) != len(wanted):
            return None
        for n in touched:
            href, entry, _ = entries[n]
            listed = sorted((*docs[n], *(i for i, hrefs in listing.items() if href in hrefs)), key=place.__getitem__)
            entries[n] = (href, entry, "".join(f'<c:d i="{i}"/>' for i in listed).encode("utf-8"))
        tmp = deps.with_suffix(".tmp")  # (a cache file: as _merge_navs writes navs.xml)
        with open(tmp, "wb") as handle:
            handle.write(head)
            handle.writelines(part for _, entry, listed in entries for part in (entry, listed, b"</c:e>\n"))
            handle.write(tail[:said.start()] + f"<!-- corresp deps {members} -->\n".encode("ascii"))
        os.replace(tmp, deps)
        return listed_before

    def _registers(self, site_part, uris: dict, wanted: str, present: set[str], staging: Path,
                   lists: bool = True) -> None:
        """The register lists (unless not ``lists``) and the ``wanted`` entry pages (see
        _entry_pages), their lists of documents filled."""
        site_part("site", {**uris, "site-parts": "registers" if lists else "entries", "entity-pages": wanted,
                           "item-marks": "yes"}, staging)
        self._fill_items(staging, present if wanted == "#all" else wanted.split())

    def _fill_items(self, staging: Path, hrefs) -> None:
        """Put each document's item (made once per letter) into the lists of the entry pages
        just made, where their marks are, as c:fill-items (html-register.xsl) does when
        it fills them itself. The pages are read twice (which items they want,
        then to fill them): no page and no unwanted item is held."""
        wanted: set[int] = set()
        for href in hrefs:
            with contextlib.suppress(FileNotFoundError):
                for *_, places in _item_marks((staging / href).read_text("utf-8")):
                    wanted.update(map(int, places))
        if not wanted:
            return
        items = {str(p): item for p, (item,) in enumerate(
            self.cache.db.execute("select item from fragments" + _IN_ORDER), start=1) if p in wanted}
        for href in hrefs:
            path = staging / href
            try:
                text = path.read_text("utf-8")
            except FileNotFoundError:
                continue
            pieces, done = [], 0
            for start, end, indent, places in _item_marks(text):
                pieces.append(text[done:start] + "<ul>")
                pieces.extend(f"\n{indent}   {items[p]}" for p in places)
                pieces.append(f"\n{indent}</ul>")
                done = end
            if pieces:
                pieces.append(text[done:])
                # a new file: a page linked from the live folder is not written through
                _write(path, "".join(pieces).encode("utf-8"))

    def _fill(self, path: Path, mark: str, column: str, separator: str, live: Path) -> None:
        """Put each letter's piece (its index row, its search line) where the page has ``mark``;
        ``live``: where the page goes (see _write_pieces)."""
        text = path.read_text("utf-8")
        before, found, after = text.partition(mark)
        if not found:
            raise tf.TransformError("html.xsl", f"{path.name} has no place for the letters ({mark})")
        self._write_pieces(path, before, column, separator, after, live)

    def _write_pieces(self, path: Path, head: str, column: str, separator: str, tail: str,
                      live: Path | None = None, shape: Callable[[str], str] | None = None,
                      shaped_by: str = "") -> None:
        """Write ``path``: ``head``, each letter's ``column`` (PIECES) in date order between
        ``separator``s, then ``tail``; ``live``: where the file goes when it is written
        elsewhere first (by default ``path``); ``shape``: what a piece becomes in the file
        (by default itself), which follows from ``shaped_by`` alone (the layout does not
        record it). Where each piece lies is kept in the cache (_Layout): while the live file
        is the one written last, only the pieces of the letters whose fragment changed (or
        that are new) are read and put in place of theirs; the rest is copied from it, in this
        run's order, between this head and tail (a summary edited among 100,000 letters: the
        CSV in ~0.1 s, not ~0.45)."""
        live = live or path
        order = self.refresh()
        if self._layout_key is None:  # the letters in date order, and their fragments' digests
            unknown = os.urandom(_Layout.WIDTH).hex()  # (a fragment of no digest: never taken for the one in the file)
            self._layout_key = (_digest(*(name for name, _ in order)),
                                "".join([(digest or unknown)[:_Layout.WIDTH] for _, digest in order]))
        shape = shape or (lambda piece: piece)
        layout = _Layout(self.cache.path.parent / f"layout-{_digest(str(live))[:16]}.bin", str(live),
                         (column, head, separator, tail), *self._layout_key, shaped_by)
        made = layout.patched(live, lambda places: [shape(piece) for piece in
                                                    self._pieces_of(column, [order[n][0] for n in places])])
        if made is None:
            rows = (shape(piece) for piece, in self.cache.db.execute(f"select {column} from fragments" + _IN_ORDER))
            made = layout.whole(head, rows, separator, tail)
        layout.forget()  # before the file changes: a run killed in between makes it whole again
        _write(path, made)
        layout.keep(path)

    def _pieces_of(self, column: str, names: list[str]) -> list[str]:
        """The piece ``column`` of each letter named, in that order."""
        pieces = dict(_named(self.cache.db, f"select name, {column} from fragments where name in ({{}})", names))
        return [pieces[name] for name in names]

    def _write_facts(self, path: Path, again: bool = False) -> "_Facts":
        """The digests of what parts of the site read of the facts of every letter (see
        _Facts), kept by the digest of those facts: the same facts give them at once, unless
        ``again``: the keys of the letters' neighbours are only worked out from the facts.
        The file of the facts (``path``, for the parts that read them all) is written by
        _facts_file, before such a part: after a few letters changed, most runs have none
        (the file, 76 MB at 100,000 letters, took ~0.4 s to read from the cache and write)."""
        whole = self.sums()["doc"]
        said = self._facts_said(path)
        if said[0] == whole and not again:
            return _Facts(*said, navs=None, pairs=None, tally=None)
        # each letter's row (_facts_row), taken apart into columns: a loop over 100,000 letters
        # in Python (it took ~1.2 s) only for their neighbours (_nav_keys)
        rows = [facts.split("\x1f") for facts, in self.cache.db.execute(
                "select facts from fragments indexed by fragments_facts" + _IN_ORDER)]
        ids, files, titles, pairs, months, years, kinds, labels, of_network, of_members, of_index, \
            correspondents, places = zip(*rows) if rows else [()] * len(_FACTS_ROW)
        del rows
        # (kept for the index's counts while the site is made: a month, year or type is one of
        # few, held once; ~15 MB at 100,000 letters)
        months, years, kinds = (tuple(map(sys.intern, column)) for column in (months, years, kinds))
        # the first letter of each month and year (a bar links to it), and of each type (the
        # type filter shows its label): of a reversed walk, the last one
        firsts = {period: dict(zip(reversed(keys), reversed(values))) for period, keys, values in (
                  ("month", months, ids), ("year", years, ids), ("type", kinds, labels))}
        first = [f"{period} {key}={value}" for period, of in firsts.items() for key, value in of.items()]
        network, members = _digest(*sorted(of_network)), _digest(*sorted(of_members))
        index = _digest(*sorted(of_index), *sorted(first))
        self.cache.set_output(f"facts:{path}", f"{whole} {network} {members} {index}")
        return _Facts(whole, network, members, index, navs=_nav_keys(files, ids, titles, pairs), pairs=list(pairs),
                      tally=functools.partial(_index_tally, len(ids), firsts, months, years, kinds, correspondents,
                                              places))

    def _facts_said(self, path: Path) -> tuple[str, ...]:
        """The digests _write_facts last kept for the facts file ``path`` (the whole first),
        or ("",)."""
        said = tuple((self.cache.output(f"facts:{path}") or "").split(" "))
        return said if len(said) == 4 else ("",)

    def _facts_file(self, path: Path, facts: "_Facts") -> None:
        """The facts of every letter in date order, numbered (html-data.xsl, $facts), in
        ``path``: written unless it holds them (it ends by saying which)."""
        said = _said_at_end(path, _FACTS_END)
        if said and said[0] == facts.digest:
            return
        tmp = path.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<c:docs xmlns:c="{C_NS}">\n')
            lines = []
            for n, (doc,) in enumerate(self.cache.db.execute("select doc from fragments" + _IN_ORDER), start=1):
                lines.append(doc.replace("<c:doc ", f'<c:doc p="{n}" ', 1))
                if len(lines) == 1000:
                    handle.write("\n".join(lines) + "\n")
                    lines.clear()
            if lines:
                handle.write("\n".join(lines) + "\n")
            handle.write(f"</c:docs>\n<!-- corresp facts {facts.digest} {facts.network} {facts.members} "
                         f"{facts.index} -->\n")
        os.replace(tmp, path)

    def _some_facts(self, path: Path, span: Mapping[str, str], ids: set[str] = frozenset(),
                    places: set[int] = frozenset()) -> None:
        """Write to ``path`` the facts (a line each, see _facts_file) of the letters ``ids``,
        and of those at ``places`` (1 for the first), in date order with their places in all,
        and on the root the corpus's timeline granularity and span (``span``, see _span;
        html-data.xsl)."""
        order = self.refresh()
        names = {order[p - 1][0] for p in places if 0 < p <= len(order)}
        # (the names of the ids from an index by id, then the rows by name, 500 at a time in
        # date order: no walk through every row, no letter's facts held but those written)
        names.update(name for name, in _named(self.cache.db, "select name from fragments indexed by fragments_id "
                                                             "where id in ({})", sorted(ids)))
        at = [(n, name) for n, (name, _) in enumerate(order, start=1) if name in names]
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(_docs_head(span))
            for i in range(0, len(at), 500):
                chunk = at[i:i + 500]
                docs = dict(_named(self.cache.db, "select name, doc from fragments where name in ({})",
                                   [name for _, name in chunk]))
                handle.writelines(docs[name].replace("<c:doc ", f'<c:doc p="{n}" ', 1) + "\n" for n, name in chunk)
            handle.write("</c:docs>\n")

    def _read_facts(self, path: Path, span: Mapping[str, str], reads: re.Pattern, numbered: bool = False) -> None:
        """Write to ``path`` what one part of the site reads of every letter's facts (the
        attributes ``reads`` finds in its c:doc, as it has them: escaped), in date order
        (``numbered``: with their places), and on the root the corpus's span (see
        _some_facts). Given the facts of all letters (73-76 MB at 100,000), the network's
        process grew to 659 MiB and the neighbours' to 683 beside this one: in turn the
        largest part of a first build's peak of memory."""
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(_docs_head(span))
            for n, (doc,) in enumerate(self.cache.db.execute("select doc from fragments" + _IN_ORDER), start=1):
                place = f' p="{n}"' if numbered else ""
                handle.write(f'<c:doc{place}{"".join(reads.findall(doc))}/>\n')
            handle.write("</c:docs>\n")

    def close(self) -> None:
        self.cache.close()

    def __enter__(self) -> "Publisher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class _Layout:
    """Where each letter's piece lies in a file of pieces (Publisher._write_pieces), noted in
    the cache with the letters it holds (a digest of their names in date order, and of each
    its fragment's digest and name), the lengths of its head and tail, and what recognises
    the file (size, time, inode). A file that is not the one written last, or a layout that
    does not read back, is made whole. The head and tail may change (the index's counts of a
    year, after a date moved a letter into another): the pieces between them are kept."""

    VERSION = 5
    # characters of each fragment's digest, which covers its letter's name (an edition's own
    # stylesheets may show it in a piece); it took a CRC of each name, 0.15-0.25 s at 100,000
    WIDTH = 40

    def __init__(self, path: Path, live: str, frame: tuple[str, str, str, str], letters: str, digests: str,
                 shaped_by: str = ""):
        """``frame``: (the pieces' column, head, separator, tail); ``shaped_by``: what the
        shape of a piece in the file follows from (see Publisher._write_pieces)."""
        self.path, self.live, self.letters, self.digests = path, live, letters, digests
        self.frame = _digest(frame[0], frame[2], shaped_by)
        self.separator = frame[2].encode("utf-8")
        self.head_bytes, self.tail_bytes = frame[1].encode("utf-8"), frame[3].encode("utf-8")
        self.head, self.gap, self.tail = len(self.head_bytes), len(self.separator), len(self.tail_bytes)
        self.lengths = array("q")  # of each piece, in bytes, in date order

    def whole(self, head: str, pieces: Iterable[str], separator: str, tail: str) -> list[bytes]:
        """The file's chunks, each piece's length noted as they are made."""
        gap = separator.encode("utf-8")
        chunks = [head.encode("utf-8")]
        for n, piece in enumerate(pieces):
            if n:
                chunks.append(gap)
            chunks.append(piece.encode("utf-8"))
            self.lengths.append(len(chunks[-1]))
        chunks.append(tail.encode("utf-8"))
        return chunks

    def patched(self, live: Path, pieces_of: Callable[[list[int]], list[str]]) -> list | None:
        """The chunks of the file with the changed letters' pieces in place (``pieces_of``: of
        the letters at these places in date order); None when it is to be made whole."""
        try:
            version, key, frame, stamp, head, tail, letters, digests, lengths = marshal.loads(self.path.read_bytes())
            info = os.stat(live)
            if (version, key, frame, stamp) != (self.VERSION, self.live, self.frame,
                                                [info.st_size, info.st_mtime_ns, info.st_ino]):
                return None
            lengths = array("q", lengths)
            count = len(lengths)
            if len(digests) != count * self.WIDTH or \
                    head + sum(lengths) + max(count - 1, 0) * self.gap + tail != info.st_size:
                return None
            same = letters == self.letters and len(digests) == len(self.digests)
            changed = self._changed(digests) if same else []
            data = memoryview(live.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            return None
        if len(data) != info.st_size:
            return None
        data = data[:len(data) - tail]  # the file's head and pieces
        if not same:
            return self._moved(data, head, digests, lengths, pieces_of)
        chunks, copied, at, done = [self.head_bytes], head, head, 0  # bytes copied; where piece `done` starts
        for n, piece in zip(changed, pieces_of(changed)):
            at += sum(lengths[done:n]) + (n - done) * self.gap
            data_of = piece.encode("utf-8")
            chunks += [data[copied:at], data_of]
            copied = at + lengths[n]
            at, done = copied + self.gap, n + 1
            lengths[n] = len(data_of)
        chunks += [data[copied:], self.tail_bytes]
        self.lengths = lengths
        return chunks

    def _moved(self, data: memoryview, head: int, digests: str, lengths: array,
               pieces_of: Callable[[list[int]], list[str]]) -> list | None:
        """The chunks of the file after letters moved, came or went (a date corrected, an
        entry appended): the letters before the first that differs and after the last are
        copied as they are; between them, each piece the file holds is found by its fragment's
        digest and name, and runs of them in the same order are copied as one. ``data``: the
        file's head (``head`` bytes) and pieces."""
        width, keys = self.WIDTH, self.digests
        count, total = len(lengths), len(keys) // width
        lo = _alike(keys, digests, width)
        hi = _alike(keys, digests, width, from_end=True, limit=min(count, total) - lo)
        old = {digests[at:at + width]: n for n, at in enumerate(range(lo * width, (count - hi) * width, width), start=lo)}
        if len(old) != count - hi - lo:
            return None  # (a key twice among the letters between: not told apart)
        # each letter between: (its place in this order, in the file or None for a new piece, 1)
        between = [(n, old.get(keys[n * width:(n + 1) * width]), 1) for n in range(lo, total - hi)]
        new = [n for n, place, _ in between if place is None]
        made = dict(zip(new, (piece.encode("utf-8") for piece in pieces_of(new))))
        # runs of pieces, the letters before and after as one each (the same fields)
        runs = [*([(0, 0, lo)] if lo else []), *between, *([(total - hi, count - hi, hi)] if hi else [])]
        sums = list(itertools.accumulate(lengths, initial=0))

        def end_of(place: int) -> int:  # where the piece at ``place`` in the file ends
            return head + sums[place + 1] + place * self.gap

        chunks, start, end, last = [self.head_bytes], 0, 0, -2  # the run of the file being copied
        self.lengths = array("q")
        for n, place, many in runs:
            if place is not None and place == last + 1:
                end = end_of(place + many - 1)  # (with the separator before it)
            else:
                chunks.append(data[start:end])
                if n:
                    chunks.append(self.separator)
                if place is None:
                    chunks.append(made[n])
                    start = end = 0
                else:
                    start, end = end_of(place) - lengths[place], end_of(place + many - 1)
            if place is None:
                last = -2
                self.lengths.append(len(made[n]))
            else:
                last = place + many - 1
                self.lengths.extend(lengths[place:place + many])
        chunks += [data[start:end], self.tail_bytes]
        return chunks

    def _changed(self, digests: str) -> list[int]:
        """The places whose fragment is not the one the file holds, compared a block at a time."""
        changed, width, block = [], self.WIDTH, 1024 * self.WIDTH
        for start in range(0, len(digests), block):
            if digests[start:start + block] != self.digests[start:start + block]:
                changed += [at // width for at in range(start, min(start + block, len(digests)), width)
                            if digests[at:at + width] != self.digests[at:at + width]]
        return changed

    def forget(self) -> None:
        self.path.unlink(missing_ok=True)

    def keep(self, written: Path) -> None:
        """Note the layout of the file just written (``written``: before it goes live, if it does)."""
        info = os.stat(written)
        _write(self.path, marshal.dumps((self.VERSION, self.live, self.frame, [info.st_size, info.st_mtime_ns, info.st_ino],
                                         self.head, self.tail, self.letters, self.digests, self.lengths.tobytes())))


class _Facts(NamedTuple):
    """What Publisher._write_facts says of the facts it wrote: each digest is taken over all
    that one part of the site reads of them, so a part whose digest is the last run's is
    the same (unless the edition has its own HTML stylesheets: they may read more)."""
    digest: str  # the whole file
    network: str  # the letters' parties, in any order: the network page
    members: str  # each letter's parties and names with its id: which letters each entry lists
    index: str  # what the index reads of each letter, in any order; the first of each period, each type's label
    navs: list[tuple[str, str]] | None  # (file, key) in date order (_nav_keys); None: not worked out
    pairs: list[str] | None  # the correspondence of each letter (@pair), in date order
    tally: Callable[[], bytes] | None  # the index's counts (_index_tally), when asked; None: not known


#: The facts of a letter that parts of the site read (see _Facts), taken from its c:doc once,
#: when its fragment is made, in this order ("\x1f" between: no XML text holds it). c:nav
#: (html-letter.xsl) reads id, file, title and pair; the index page (html-index.xsl: the
#: timeline, the filters' options and counts) month, year, type, type-label, parties and o,
#: and the first letter of each period and the label of the first letter of each type.
_FACT_READS = ("id", "file", "title", "pair", "month", "year", "type", "type-label", "parties", "o")


_KIND = re.compile(r"[\w-]+")


def _tally(descs: int, messages: list[str]) -> str:
    """What cmif_lines counts of a letter, read from an index (its report is not): "descs
    kind=documents … " with its number of correspDescs, and for each kind of its report (cmif.py,
    summary) how many of its documents have one; spaces around each, so that " kind=" finds it."""
    kinds: dict[str, set[str]] = {}
    for message in messages:
        kind, _, rest = message.partition("\t")
        if _KIND.fullmatch(kind):  # (an edition's own cmif.xsl may report other kinds: summary leaves them)
            kinds.setdefault(kind, set()).add(rest.partition("\t")[0])
    return f"{descs} " + "".join(f"{kind}={len(documents)} " for kind, documents in sorted(kinds.items()))


#: What _write_facts reads of each letter (its row of facts, "\x1f" between): the facts its
#: neighbours' navs read (see _nav_keys), what the index reads of its period and type, and
#: digests (_short) of what each part of the site reads of it (see _Facts), made once, when
#: its fragment is made.
_FACTS_ROW = ("id", "file", "title", "pair", "month", "year", "type", "type-label",
              "network", "members", "index", "correspondents", "places")


def _facts_row(letter_id: str, file: str, title: str, pair: str, month: str, year: str, kind: str, label: str,
               party: str, names: str) -> str:
    """A letter's row of facts (_FACTS_ROW) from what it reads (_FACT_READS)."""
    # what the index reads: of the names, the places (its filter of places named; a person or
    # body named in a summary is not in the index); what it counts (_index_tally): the
    # correspondents with an entry and the places, each once (as c:tally-of, html-data.xsl)
    named = [name for name in names.split(" ") if "places/" in name]
    places = " ".join(named)
    keys = dict.fromkeys(name.partition(":")[2] for name in party.split(" ") if name)
    counted = dict.fromkeys(name.partition(":")[2] for name in named)
    return "\x1f".join((letter_id, file, title, pair, month, year, kind, label, _short(party),
                        _short(f"{party}\t{letter_id}\t{names}"),
                        _short(f"{month}\t{year}\t{kind}\t{label}\t{party}\t{places}"),
                        " ".join(key for key in keys if not key.startswith("name:")),
                        " ".join(key for key in counted if key.startswith("places/"))))


def _index_tally(docs: int, firsts: dict[str, dict[str, str]], months: Sequence[str], years: Sequence[str],
                 kinds: Sequence[str], correspondents: Sequence[str], places: Sequence[str]) -> bytes:
    """The index's counts (c:tally, html-data.xsl) of the letters, in date order (each
    letter's month, year, type, correspondents and places: see _facts_row), with the first
    of each period and the label of the first of each type (``firsts``, see _write_facts):
    made from the facts kept per letter, so that the index is made again without reading
    the facts of all (a letter moved to another month changes it)."""
    root = etree.Element(f"{_C}tally", docs=str(docs), nsmap={"c": C_NS})
    for period, keys in (("month", months), ("year", years)):
        first = firsts[period]
        for key, count in collections.Counter(keys).items():
            if key:
                etree.SubElement(root, f"{_C}{period}", key=key, docs=str(count), first=first[key])
    for kind, keys in (("correspondent", correspondents), ("place", places)):
        counts = collections.Counter(key for some in keys if some for key in some.split(" "))
        for key, count in counts.items():
            etree.SubElement(root, f"{_C}{kind}", key=key, docs=str(count))
    for key, count in collections.Counter(kinds).items():
        if key:
            etree.SubElement(root, f"{_C}type", key=key, label=firsts["type"][key], docs=str(count))
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True) + b"\n"


def _short(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def _nav_keys(files: Sequence[str], ids: Sequence[str], titles: Sequence[str], pairs: Sequence[str]
              ) -> list[tuple[str, str]]:
    """(file, key) of each letter (its file, id, title and correspondence, in date order):
    the key sums up all its c:nav is made of: its id, file and correspondence, the id and
    title of the letters before and after it, in date order and in its correspondence, and
    its place there (n of). A letter whose key is the last run's has the same neighbours.
    (Made of whole columns: a Python loop over 100,000 letters is most of what it costs.)"""
    seen = [f"{letter_id}\x1f{title}" for letter_id, title in zip(ids, titles)]
    place, before, after = ["0 1"] * len(seen), [""] * len(seen), [""] * len(seen)
    for positions in _correspondences(pairs).values():
        for n, p in enumerate(positions):
            place[p] = f"{n} {len(positions)}"
            if n:
                before[p] = seen[positions[n - 1]]
            if n + 1 < len(positions):
                after[p] = seen[positions[n + 1]]
    reads = map("\x1e".join, zip(files, ids, pairs, ["", *seen[:-1]], [*seen[1:], ""], place, before, after))
    return [(file, _short(read)) for file, read in zip(files, reads)]


def _each(path: Path, tag: str):
    """The elements ``tag`` of a large file (navs.xml, deps.xml: one per letter or entry), one
    at a time, each freed once used: the file is never held whole."""
    for _, element in etree.iterparse(str(path), events=("end",), tag=tag, resolve_entities=False,
                                      no_network=True, load_dtd=False, huge_tree=True):
        yield element
        element.clear(keep_tail=False)
        while element.getprevious() is not None:
            del element.getparent()[0]


#: Up to this many letters, their neighbours are looked up in navs.xml by name (a walk
#: through all 100,000 takes a second).
_FEW_NAVS = 20
_PLAIN_NAME = re.compile(r"[A-Za-z0-9._-]+")  # a file name its URI and XML write as it is
_PLAIN_HREF = re.compile(r"[A-Za-z0-9._-]+/[A-Za-z0-9._-]+")  # an entry page's, as XML writes it
_DEPS_ID = re.compile(r'<c:d i="([^"]*)"/>')
_TOKENS = re.compile(r"[^ \t\n\r]+")  # as XPath's tokenize($s) (a name may hold a no-break space)


def _navs(path: Path, names: set[str]):
    """The c:nav elements of navs.xml for ``names`` (and maybe others). Each nav is a line of
    its own (c:site-navs); a line that does not read back as the nav of its name (an
    edition's own stylesheet) sends the look-up the long way."""
    if not names:
        return
    if len(names) <= _FEW_NAVS and all(_PLAIN_NAME.fullmatch(name) for name in names):
        data, navs = path.read_bytes(), []
        top = data.find(b"<c:navs")
        top = data[top:data.find(b">", top) + 1].removesuffix(b"/>") if top >= 0 else b""  # its namespaces
        for name in sorted(names):
            key = b' file="' + name.encode("ascii") + b'"'
            at = data.find(key)
            start, end = data.rfind(b"<c:nav ", 0, at), data.find(b"\n", at)
            if not top.endswith(b">") or at < 0 or start < 0 or end < 0 or data.find(key, at + 1) >= 0:
                break  # (a name twice: the walk gives both)
            try:
                root = etree.fromstring(top + data[start:end] + b"</c:navs>", _PARSER)
            except etree.XMLSyntaxError:
                break
            if len(root) != 1 or root[0].tag != f"{_C}nav" or root[0].get("file") != name:
                break
            navs.append(root[0])
        else:
            yield from navs
            return
    yield from _each(path, f"{_C}nav")


def _nav_reads(pairs: list[str], changed: list[int]) -> set[int]:
    """The places (1 for the first) of the letters whose facts the navs of the letters at
    ``changed`` read (see _nav_keys): those before and after them, and their correspondences."""
    places = _correspondences(pairs)
    read = set()
    for p in changed:
        read.update((p - 1, p, p + 1), (q + 1 for q in places.get(pairs[p - 1], ())))
    return read


def _correspondences(pairs: Iterable[str]) -> dict[str, list[int]]:
    """The places (0 for the first) of the letters of each correspondence (@pair, in date
    order; a letter of none has ''), as c:correspondence (html-data.xsl) groups them."""
    places: dict[str, list[int]] = {}
    for p, pair in enumerate(pairs):
        if pair:
            places.setdefault(pair, []).append(p)
    return places


def _nav_keys_file(navs: Path) -> Path:
    return navs.with_name("navs-keys.txt")


def _keys_ready(navs: Path, base: str, keys: list[tuple[str, str]]) -> str:
    """Write the file of the keys (see _nav_keys) that navs.xml is about to be made for, under
    a name it does not have yet (see _stamp_navs); their stamp."""
    stamp = _keys_stamp(base, keys)
    with open(_nav_keys_file(navs).with_suffix(".tmp"), "w", encoding="utf-8") as handle:
        handle.write(f"{base} {stamp}\n")
        for file, key in keys:
            handle.write(f"{file}\t{key}\n")
    return stamp


def _stamp_navs(navs: Path, stamp: str) -> None:
    """Say which keys navs.xml was made for (see _keys_ready): at its end, and in the file of
    the keys beside it, which says the same (a run killed between the two leaves them apart)."""
    with open(navs, "rb+") as handle:
        handle.seek(max(0, handle.seek(0, os.SEEK_END) - 1))
        ends_line = handle.read(1) == b"\n"
        handle.write(("" if ends_line else "\n").encode() + f"<!-- corresp navs {stamp} -->\n".encode())
    os.replace(_nav_keys_file(navs).with_suffix(".tmp"), _nav_keys_file(navs))


def _last_nav_keys(navs: Path, base: str) -> dict[str, str] | None:
    """The keys, by file in date order, of the letters in navs.xml as the last run made it for
    ``base``; None when there is no such file (or it is not what its keys say)."""
    said = _said_at_end(navs, _NAVS_END)
    try:
        lines = _nav_keys_file(navs).read_text("utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        return None
    if said is None or lines[0] != f"{base} {said[0]}" or lines[-1] != "":
        return None
    keys = dict(line.rsplit("\t", 1) for line in lines[1:-1] if "\t" in line)
    if _keys_stamp(base, keys.items()) != said[0]:
        return None
    return keys


def _keys_stamp(base: str, keys: Iterable[tuple[str, str]]) -> str:
    """The digest of the letters' keys (file, key) in date order that navs.xml was made for."""
    return _digest(base, *(f"{file}\t{key}" for file, key in keys))


def _merge_navs(navs: Path, part: Path, last: list[str], files: list[str], changed: set[int]) -> bool:
    """Write navs.xml for the letters ``files`` (in date order) from the navs of the last run
    (of the letters ``last``, in their order then) and ``part``: the navs of the letters at
    the places ``changed`` (1 for the first), with the root of this run (granularity and
    span). Each nav is a line (c:site-navs). False, and nothing written, when a file is not
    made of such lines."""
    old, new = navs.read_bytes().split(b"\n"), part.read_bytes().split(b"\n")
    if len(old) < len(last) + 2 or len(new) < len(changed) + 2 or \
            not old[len(last) + 1].startswith(b"</c:navs>") or not new[len(changed) + 1].startswith(b"</c:navs>"):
        return False
    kept, made = dict(zip(last, old[1:len(last) + 1])), new[1:len(changed) + 1]
    if not all(line.startswith(b"<c:nav ") for line in (*kept.values(), *made)):
        return False
    made_in = iter(made)
    lines = [new[0], *(next(made_in) if p in changed else kept[file] for p, file in enumerate(files, start=1)),
             b"</c:navs>"]
    tmp = navs.with_suffix(".tmp")
    tmp.write_bytes(b"\n".join(lines))
    os.replace(tmp, navs)
    return True


def _alike(a: str, b: str, width: int, from_end: bool = False, limit: int | None = None) -> int:
    """How many keys (of ``width`` characters each) two strings of keys begin (or end) with
    alike, at most ``limit``; compared a block at a time."""
    limit = min(len(a), len(b)) // width if limit is None else limit
    if from_end:
        a, b = a[len(a) - limit * width:], b[len(b) - limit * width:]
        a, b = a[::-1], b[::-1]  # (the same keys, each reversed: alike as they are)
    at, block, most = 0, 1024 * width, limit * width
    while at + block <= most and a[at:at + block] == b[at:at + block]:
        at += block
    while at + width <= most and a[at:at + width] == b[at:at + width]:
        at += width
    return at // width


def _deps_entries(data: bytes) -> tuple[bytes, list[tuple[str, bytes, bytes]], bytes] | None:
    """deps.xml, by its bytes: what comes before its entries; each entry (c:entity-deps:
    '<c:e h="…">', the register entry, '<c:d i="…"/>' for each document it lists, '</c:e>'
    and a line break) as its href, what comes before its documents and its documents; what
    comes after. None when it is not made so."""
    top = data.find(b"<c:deps")
    start, end = data.find(b">", top) + 1, data.rfind(b"</c:deps>")
    if top < 0 or start <= 0 or data[start - 2:start] == b"/>" or end < start:
        return None
    entries = []
    at_end = b"</c:e>\n"
    here = start
    while here < end:  # (piece by piece: not a copy of all of them at once, ~50 MB at 100,000 letters)
        stop = data.find(at_end, here, end)
        if stop < 0:
            return None
        piece, here = data[here:stop], stop + len(at_end)
        at = piece.find(b"<c:d ")
        docs = piece[at:] if at >= 0 else b""
        # (nothing but documents from the first on)
        if not piece.startswith(b'<c:e h="') or docs and not (
                docs.startswith(b'<c:d i="') and docs.endswith(b'"/>') and
                docs.count(b'"/><c:d i="') == docs.count(b"<") - 1):
            return None
        entries.append((piece[8:piece.find(b'"', 8)].decode("utf-8"), piece[:len(piece) - len(docs)], docs))
    return data[:start], entries, data[end:]


def _entry_parts(entries: list[tuple[str, bytes, bytes]], wanted: str, most: int
                 ) -> list[tuple[list[str], set[str]]] | None:
    """The ``wanted`` entries' pages (see Publisher._entry_pages) in parts of entries whose
    documents are at most ``most`` letters (an entry that lists more, alone), each with their
    hrefs and the ids of those letters, in the order of deps.xml's ``entries`` (see
    _deps_entries); None when they are one part (made as one)."""
    some = None if wanted == "#all" else set(wanted.split())
    parts: list[tuple[list[str], set[str]]] = [([], set())]
    for href, _, docs in entries:
        if some is not None and href not in some:
            continue
        hrefs, ids = parts[-1]
        listed = set(_DEPS_ID.findall(docs.decode("utf-8")))
        if hrefs and len(ids) + len(listed - ids) > most:
            parts.append(([], set()))
            hrefs, ids = parts[-1]
        hrefs.append(href)
        ids.update(listed)
    return parts if len(parts) > 1 else None


def _entry_counts(deps: Path) -> str | None:
    """How many documents each register entry lists, as $entity-counts (html.xsl) takes them,
    from deps.xml (which lists those where an entry is named or a party: a party is named)."""
    found = _deps_entries(deps.read_bytes())
    return None if found is None else _counts_of(found[1])


def _counts_of(entries: list[tuple[str, bytes, bytes]]) -> str | None:
    """_entry_counts of deps.xml's ``entries`` (see _deps_entries)."""
    if not all(href.endswith(".html") for href, _, _ in entries):
        return None
    return " ".join(f"{href[:-5]}={docs.count(b'<')}" for href, _, docs in entries)


def _docs_head(span: Mapping[str, str]) -> str:
    """The XML declaration and the start tag of a facts file of some letters (c:docs, the
    corpus's span on it: see Publisher._some_facts), up to its first c:doc."""
    root = etree.Element(f"{_C}docs", **span, nsmap={"c": C_NS})
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{etree.tostring(root, encoding="unicode").partition("/>")[0]}>\n'


def _said_at_end(path: Path, said: re.Pattern) -> tuple[str, ...] | None:
    """What a file of the cache (facts.xml, deps.xml) says it was made of, at its end."""
    try:
        with open(path, "rb") as handle:
            handle.seek(max(0, handle.seek(0, os.SEEK_END) - 300))
            found = said.search(handle.read())
    except OSError:
        return None
    return tuple(group.decode() for group in found.groups()) if found else None


# facts.xml: its facts, and the digests of what parts of the site read of them (see _Facts)
# What parts of the site read of a letter's c:doc (Publisher._read_facts): the network its
# parties; the neighbours and the entries' lists (c:site-navs) its ids, titles, pairs, names.
_NETWORK_READS = re.compile(r'(\sparties="[^"]*")')
_NAV_READS = re.compile(r'(\s(?:id|file|title|pair|parties|o)="[^"]*")')
_FACTS_END = re.compile(rb"<!-- corresp facts ([0-9a-f]+) ([0-9a-f]+) ([0-9a-f]+) ([0-9a-f]+) -->\n\Z")
# navs.xml: the digest of the keys of the letters it was made for (see _stamp_navs)
_NAVS_END = re.compile(rb"<!-- corresp navs ([0-9a-f]+) -->\n\Z")
# deps.xml: the digest of what says which letters each entry lists (see Publisher.html)
_DEPS_END = re.compile(rb"<!-- corresp deps ([0-9a-f]+) -->\n\Z")


def _span(path: Path) -> dict[str, str]:
    """The timelines' granularity and span (first and last period) on the root of navs.xml or
    of what c:site-index says ($span-href)."""
    return {name: _root_attribute(path, name) for name in ("granularity", "periods")}


def _root_attribute(path: Path, name: str) -> str:
    for _, element in etree.iterparse(str(path), events=("start",), resolve_entities=False, no_network=True,
                                      load_dtd=False, huge_tree=True):
        return element.get(name, "")
    return ""


_ENTRY_FOLDERS = ("persons", "places", "orgs")  # c:register-name in common.xsl


def _entry_page(relative: str) -> bool:
    """A register entry's page ('persons/x.html')."""
    folder, _, name = relative.partition("/")
    return folder in _ENTRY_FOLDERS and name.endswith(".html") and "/" not in name


def _link_tree(source: Path, target: Path, keep: Callable[[str], bool]) -> None:
    """The files of ``source`` that ``keep`` accepts, hard-linked into ``target`` (copied where
    the file system has no hard links): a new folder without copying unchanged pages. Makes
    each folder once: at 100,000 letters it links 200,000 files."""
    made: set[str] = set()
    for relative in _files(source, keep):
        folder = os.path.dirname(relative)
        if folder not in made:
            os.makedirs(os.path.join(target, folder), exist_ok=True)
            made.add(folder)
        path, destination = os.path.join(source, relative), os.path.join(target, relative)
        try:
            os.link(path, destination)
        except OSError:
            shutil.copy2(path, destination)


def _names(folder: Path) -> set[str]:
    """The names in a folder (none when there is no such folder)."""
    try:
        return set(os.listdir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return set()


def _files(folder: Path, accept: Callable[[str], bool]) -> list[str]:
    """The files below ``folder`` (paths relative to it, with /) that ``accept`` accepts."""
    found, top = [], str(folder)
    for where, _, files in os.walk(top):
        relative_folder = os.path.relpath(where, top)
        prefix = "" if relative_folder == "." else relative_folder.replace(os.sep, "/") + "/"
        found += [prefix + name for name in files if accept(prefix + name)]
    return found


def _move_into(staging: Path, folder: Path) -> None:
    """Every file of ``staging`` over its namesake in ``folder``, one atomic rename each."""
    for relative in _files(staging, lambda relative: True):
        target = folder / relative
        try:
            os.replace(staging / relative, target)
        except FileNotFoundError:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / relative, target)


def _stamp(path: Path) -> str:
    """A file's size, time and inode ("" when it is missing): another once it is changed."""
    try:
        info = os.stat(path)
    except OSError:
        return ""
    return f"{info.st_size}:{info.st_mtime_ns}:{info.st_ino}"


def _write(path: Path, data: bytes | Iterable[bytes | memoryview]) -> None:
    from .store import write_atomic

    write_atomic(path, data)
