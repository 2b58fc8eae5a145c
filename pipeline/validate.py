"""Validate TEI files against the project's schemas: ``schemas/corresp.rng`` (RELAX NG,
the TEI subset) and ``schemas/corresp.sch`` (Schematron, what a grammar cannot say);
a CMIF file (``output/cmif.xml``, or any file whose letters point to its source: ``is_cmif``)
against ``schemas/cmif.sch`` instead.

    validator = Validator(root)          # loads and compiles the schemas once
    findings = validator.validate(paths) # sorted by path and line; never raises for a bad file
    for f in findings:
        print(f.format(root))            # tei/letters/x.xml:12:1: error: ...

A file that is not well-formed gives one ``xml`` finding at the parser's line and column.
"""

from __future__ import annotations

import bisect
import concurrent.futures
import contextlib
import functools
import hashlib
import json
import math
import multiprocessing
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from lxml import etree

from .resources import SCHEMAS  # corresp's own; an edition may replace them in its schemas/
from .schematron import Schematron, SchematronError
from .tei import TEI_NS, not_data

RNG_NS = "http://relaxng.org/ns/structure/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
CMIF_NAME = "cmif.xml"
_TEI_FOLDERS = ("letters", "register")  # an edition's TEI: never checked as CMIF
REGISTER_LISTS = ("listPerson", "listPlace", "listOrg")

# Schematron roles that do not make a file invalid; every other role (and none) is an error.
_SOFT_ROLES = {"warning", "warn", "info", "information", "nonfatal"}
# Read files as data: no DTDs, no external entities, no network.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
_INVALID_ATTR = re.compile(r"^Invalid attribute (\S+) for element (\S+)$")
_UNEXPECTED = re.compile(r"Did not expect element (\S+) there$")
_EXPECTED = re.compile(r"Expecting an element ?(\S*), got nothing$")


class SchemaError(Exception):
    """A project schema that cannot be loaded or compiled (a bug in schemas/, not in the TEI)."""


def _compile(path: Path) -> Schematron:
    try:
        return Schematron(path)
    except SchematronError as e:
        raise SchemaError(str(e)) from None


@dataclass(frozen=True)
class Finding:
    """One problem in one file. ``source`` says which check found it: ``xml`` (not
    well-formed), ``rng`` (corresp.rng), ``sch`` (corresp.sch) or ``cmif`` (cmif.sch)."""

    path: Path
    line: int
    column: int
    message: str
    severity: str = "error"  # "error" | "warning"
    source: str = "rng"  # "xml" | "rng" | "sch" | "cmif"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def format(self, root: Path | None = None) -> str:
        """``relative/path:line:column: severity: message`` (the path relative to
        ``root`` when it lies inside it)."""
        path = Path(self.path)
        if root is not None:
            try:
                path = path.resolve().relative_to(Path(root).resolve())
            except ValueError:
                pass
        return f"{path}:{self.line}:{self.column}: {self.severity}: {self.message}"

    def __str__(self) -> str:
        return self.format()


def is_cmif(path: Path, tree: etree._ElementTree) -> bool:
    """Outside an edition's letters/ and register/ (whatever they hold is checked as the
    edition's TEI), a CMIF file: named cmif.xml, or a TEI file whose profileDesc holds more than
    one correspDesc (a letter has one) or one whose @source names the bibl of its own
    sourceDesc (CMIF's binding of each letter to its edition): a CMIF export checked as a
    letter got a finding a line, none of them about CMIF."""
    root = tree.getroot()
    if path.parent.name in _TEI_FOLDERS:
        return False
    if path.name == CMIF_NAME:
        return True
    if root.tag != f"{{{TEI_NS}}}TEI":
        return False
    header = f"{{{TEI_NS}}}teiHeader/{{{TEI_NS}}}"
    descs = root.findall(f"{header}profileDesc/{{{TEI_NS}}}correspDesc")
    if len(descs) > 1:
        return True
    source = descs[0].get("source", "") if descs else ""
    return source.startswith("#") and source[1:] in {
        bibl.get(f"{{{XML_NS}}}id") for bibl in root.iterfind(f"{header}fileDesc/{{{TEI_NS}}}sourceDesc/{{{TEI_NS}}}bibl")}


def kind(root: etree._Element) -> str:
    """``register`` for a TEI whose body holds a listPerson/listPlace/listOrg, else ``letter``."""
    body = root.find(f"{{{TEI_NS}}}text/{{{TEI_NS}}}body")
    if body is not None and any(body.find(f"{{{TEI_NS}}}{name}") is not None for name in REGISTER_LISTS):
        return "register"
    return "letter"


@functools.lru_cache(maxsize=4)
def _grammars(rng_path: str, schemas: str) -> tuple[etree.RelaxNG, dict, dict]:
    """The grammar compiled whole and narrowed to each kind of file (see Validator), and the
    closed attribute values of each (by kind; None: the whole grammar). ``schemas``: the
    digest of its folder, so that a grammar edited meanwhile is compiled again."""
    grammar = etree.parse(rng_path)
    rng = etree.RelaxNG(grammar)
    values = {None: _closed_values(grammar)}
    by_kind = {}
    for kind in ("letter", "register"):
        # the grammar with ``start`` = ``ref name="TEI.<kind>"`` (the whole grammar if it has no such define)
        define = f"TEI.{kind}"
        tree = etree.ElementTree(etree.fromstring(etree.tostring(grammar)))
        start = tree.getroot().find(f"{{{RNG_NS}}}start")
        if start is None or not tree.getroot().xpath("r:define[@name=$n]", namespaces={"r": RNG_NS}, n=define):
            values[kind], by_kind[kind] = values[None], rng
            continue
        for child in list(start):
            start.remove(child)
        etree.SubElement(start, f"{{{RNG_NS}}}ref", name=define)
        values[kind], by_kind[kind] = _closed_values(tree), etree.RelaxNG(tree)
    return rng, values, by_kind


class Validator:
    """The project schemas, loaded once; ``validate`` checks any number of files.

    ``root`` is the edition's folder: its own ``schemas/corresp.rng`` (with corresp.sch and
    cmif.sch beside it) is used if it has one, else the schemas that come with corresp;
    ``schema_dir`` chooses another folder.

    The RELAX NG grammar's start is a choice between ``TEI.letter`` and ``TEI.register``.
    libxml2 reports the errors of *both* branches when a choice fails, which buries the
    real one, so the grammar is also loaded twice with the start narrowed to one branch,
    and each file is checked against the branch of its kind.
    """

    def __init__(self, root: Path, schema_dir: Path | None = None):
        self.root = Path(root)
        if schema_dir is None:
            own = self.root / "schemas"
            schema_dir = own if (own / "corresp.rng").is_file() else SCHEMAS
        self.schema_dir = Path(schema_dir)
        self._grammars: tuple | None = None  # see grammars
        self._sch: Schematron | None = None
        self._using: tuple | None = None  # (registers, used refs) for corresp.sch, until it runs
        self._cmif: Schematron | None = None

    @property
    def grammars(self) -> tuple[etree.RelaxNG, dict, dict]:
        """The RELAX NG grammar, whole and by kind, and its closed values (see _grammars):
        compiled on first use (~0.15 s: a rebuild whose files are found in the cache, or
        checked by worker processes, needs none here)."""
        if self._grammars is None:
            from .publish import _folder_digest

            rng_path = self.schema_dir / "corresp.rng"
            try:
                # compiled once per process and grammar, known by every file of its folder (a
                # grammar may include others)
                self._grammars = _grammars(str(rng_path.resolve()), _folder_digest(self.schema_dir))
            except (OSError, etree.XMLSyntaxError, etree.RelaxNGParseError) as e:
                raise SchemaError(f"{rng_path}: cannot load the RELAX NG schema: {e}") from None
        return self._grammars

    @property
    def sch(self) -> Schematron:
        """schemas/corresp.sch, compiled on first use (a run whose files are all checked by
        worker processes never starts Saxon here: ~70 MB beside them)."""
        if self._sch is None:
            self._sch = _compile(self.schema_dir / "corresp.sch")
        return self._sch

    @property
    def cmif(self) -> Schematron:
        """schemas/cmif.sch, compiled on first use."""
        if self._cmif is None:
            self._cmif = _compile(self.schema_dir / "cmif.sch")
        return self._cmif

    # -- validation ------------------------------------------------------------------

    def validate_edition(self, tei_dir: Path, cache: Path, jobs: int = 1, progress=None,
                         spare: concurrent.futures.ProcessPoolExecutor | None = None,
                         idle: Callable[[], None] | None = None) -> tuple[list[Finding], int]:
        """``validate`` for every TEI file of an edition (its letters and registers), and how
        many there are: the letters whose findings hold (see _FindingsCache.doubtful) are
        counted, not named one by one (after one edit at 100,000 letters, listing and
        looking up every path took ~0.5 s)."""
        store = _FindingsCache(cache, self.schema_dir)
        real = Path(_real_dir(str(tei_dir)))
        if real == Path(_real_dir(str(store.tei_dir))):
            letters = store.letters()
            # (the registers by the real folder, as ``validate`` finds them: worked out once)
            store._prepare(sorted((real / "register").glob("*.xml")), _used_refs([real], store))
            with contextlib.suppress(UnicodeEncodeError):  # a folder name that is no UTF-8: path by path
                doubtful = store.doubtful()
                registers = sorted((tei_dir / "register").glob("*.xml"))
                paths = [f"{tei_dir / 'letters'}{os.sep}{name}" for name in letters.names if name in doubtful]
                count = len(letters) + len(registers)
                del letters, doubtful  # (not held while they are checked: see _FindingsCache.let_go)
                return (self.validate([*paths, *registers], jobs=jobs, progress=progress, spare=spare, store=store,
                                      idle=idle),
                        count)
        paths = tei_files(tei_dir)  # letters the cache does not keep
        return self.validate(paths, jobs=jobs, progress=progress, spare=spare, store=store, idle=idle), len(paths)

    def validate(self, paths: Iterable[Path | str] | Path | str, cache: Path | None = None, jobs: int = 1,
                 progress=None, spare: concurrent.futures.ProcessPoolExecutor | None = None,
                 store: "_FindingsCache | None" = None, idle: Callable[[], None] | None = None) -> list[Finding]:
        """Findings for all files, sorted by path, then line and column.

        ``cache``: a corresp cache (output/.cache/corresp.sqlite) that remembers the findings
        of every file by a digest of what they depend on (the file, the register entries it
        points to, the schemas), so a file that did not change is not checked again.
        ``jobs``: processes to check many files with. ``spare``: a process already started
        (``spare_process``) for a few files that are checked apart; the caller shuts it down.
        ``store``: the cache of findings, opened already (instead of ``cache``). ``idle``: called
        before many files are checked on processes of their own (what the caller kept for a few
        files, e.g. publish.spare_process, can go: they will not be few)."""
        if isinstance(paths, (str, Path)):
            paths = [paths]
        # as strings: 100,000 Path objects (made, hashed, taken apart) cost seconds
        paths = [os.fspath(p) for p in paths]
        tei_dirs = sorted({Path(_real_dir(d)).parent for d in _folders(paths)})
        # The registers the letters point to, parsed once for all of them (see corresp.sch),
        # and the entries the letters use (for the registers' check of unused entries).
        registers = sorted({r for d in tei_dirs for r in (d / "register").glob("*.xml")})
        store = store or (_FindingsCache(cache, self.schema_dir) if cache else None)
        used = _used_refs(tei_dirs, store)
        found, digests = store.lookup(paths, registers, used) if store else ({}, {})
        by_letter = {}  # CMIF files put together from the findings of their letters
        for name in [p for p in paths if p not in found] if store else []:
            findings = self._cmif_by_letter(Path(name), store)
            if findings is not None:
                by_letter[name] = findings
        names = [p for p in paths if p not in found and p not in by_letter]
        todo = [Path(p) for p in names]
        # Many files: at most CHUNK a process, each process ending after its chunk (see the pool
        # below); fewer: a few chunks a core, so that the cores end together.
        fresh = len(todo) > CHUNK * jobs
        count = math.ceil(len(todo) / CHUNK) if fresh else jobs * 4
        chunks = [todo[i::count] for i in range(count)] if jobs > 1 and len(todo) >= PARALLEL_FROM else [todo]
        alone: list[list[Path]] = []  # checked after the others, in a process that runs alone
        if len(chunks) > 1 and (register_files := [p for p in todo if p.parent.name == "register"]):
            # a register in a chunk of its own: its check holds it whole and indexed in Saxon,
            # which a process that checked letters before would hold beside theirs; in a large
            # edition after the letters, alone (at 50,000 persons ~440 MiB, which beside a
            # process checking letters and this one's made the peak of a build: 1,022 MiB)
            chunks = [[p for p in chunk if p.parent.name != "register"] for chunk in chunks]
            if fresh:
                alone = [register_files]
            else:
                chunks.append(register_files)
        # A few files of a large edition (publish.APART_FROM) are checked in a process of their
        # own too: Saxon's heap, kept here, would sit beside the processes that make the site.
        from . import publish

        apart = jobs > 1 and bool(todo) and store is not None and store.size() >= publish.APART_FROM
        results: list[Finding] = []
        if len(chunks) == 1 and not apart:
            self._using = (registers, used)
            results = self._check(todo, progress)
        elif len(chunks) == 1 and spare is not None:
            results = spare.submit(_worker_check_using, registers, used, todo).result()
        else:
            if spare is not None:  # not needed: its memory is given back before the workers start
                spare.shutdown()
            if idle is not None:
                idle()
            # what looking at the files left freed but held (the registers parsed for their
            # entries' digests: ~110 MB at 50,000 persons) is given back before the workers start
            if store is not None:
                store.let_go()
            publish.give_back_memory()
            context = multiprocessing.get_context("spawn")  # Saxon must not be forked

            def checked() -> Iterable[list[Finding]]:
                for group, workers in ((chunks, min(jobs, len(chunks))), (alone, 1)):
                    if not any(group):
                        continue
                    with concurrent.futures.ProcessPoolExecutor(
                            workers, mp_context=context, initializer=_worker_init,
                            initargs=(self.root, self.schema_dir, registers, used),
                            max_tasks_per_child=1 if fresh else None) as pool:
                        futures = [pool.submit(_worker_check, chunk) for chunk in group if chunk]
                        for future in concurrent.futures.as_completed(futures):
                            yield future.result()
            total = sum(1 for chunk in (*chunks, *alone) if chunk)
            for found_in_chunk in progress(checked(), "Validating", total) if progress else checked():
                results += found_in_chunk
        if store:
            store.keep({p: digests[name] for p, name in zip(todo, names) if name in digests}, results)
            for path in todo:
                if _cmif_named(path):
                    self._keep_cmif_letters(path, [f for f in results if f.path == path], store)
            for name, findings in by_letter.items():
                store.keep({Path(name): digests[name]} if name in digests else {}, findings)
                results += findings
            for path, findings in found.items():
                results += findings
        return sorted(results, key=lambda f: (str(f.path), f.line, f.column))

    def _cmif_by_letter(self, path: Path, store: "_FindingsCache") -> list[Finding] | None:
        """The findings of output/cmif.xml put together from those of its letters (each
        correspDesc, by its bytes, in a file of the same header): after one letter changed,
        only it is checked, in a file of the header and it; letters not checked before, in
        files of the header and up to _CMIF_CHUNK of them (the whole file of 100,000 letters
        took ~560 MB to check). The rules of corresp's cmif.sch look no further than one
        correspDesc and the header, and the header's no further than which sources the letters
        point to. None when the file is to be checked whole: an edition's own cmif.sch, a file
        not laid out as corresp writes it (see _keep_cmif_letters)."""
        layout = self._cmif_layout(path, store)
        if layout is None:
            return None
        head, letters, tail, lines, context, keys = layout
        real, db = _real(path), store.cache.db
        row = db.execute("select keys from cmif_files where path = ? and context = ?", (real, context)).fetchone()
        last = row[0] if row else b""
        known = {last[at:at + 32] for at in range(0, len(last), 32)}  # (cmif_letters holds their findings)
        # With the letters not checked before, the first to point to each source: the header's
        # C133 asks whether any letter points to its bibl. They are all in the first file, whose
        # findings in the header and after the letters are the file's.
        firsts: dict[bytes | None, int] = {}
        for n, letter in enumerate(letters):
            start = _CMIF_START.match(letter)
            if start is None:  # a start tag not read here: the letter is checked
                firsts[n] = n
                continue
            source = _CMIF_SOURCE.search(start.group(1))
            firsts.setdefault(source.group(source.lastindex) if source else None, n)
        first = set(firsts.values())
        rest = [n for n, key in enumerate(keys) if key not in known and n not in first]
        room = max(0, _CMIF_CHUNK - len(first))
        files = [sorted([*first, *rest[:room]])] + [rest[at:at + _CMIF_CHUNK] for at in range(room, len(rest), _CMIF_CHUNK)]
        if not _well_formed(head, tail, files, letters):
            return None
        own: dict[int, list] = {}  # the findings of each letter checked, its lines from its first
        moved: list[Finding] = []  # the header's and the tail's
        for index, todo in enumerate(files):
            with tempfile.NamedTemporaryFile(dir=store.cache.path.parent, prefix="cmif-letters-",
                                             suffix=".xml") as made:
                made.write(head + b"".join(letters[n] for n in todo) + tail)
                made.flush()
                try:
                    checked = [_finding(path, f, "cmif") for f in self.cmif.validate(made.name)]
                except SchematronError:
                    return None  # checked whole, which says why
            starts, at = [], lines[0]  # where each letter checked starts in the file checked, then the tail
            for n in todo:
                starts.append(at)
                at += letters[n].count(b"\n")
            starts.append(at)
            own.update(_own(checked, todo, starts))
            if index == 0:
                moved = [replace(f, line=f.line if f.line < lines[0] else lines[-1] + f.line - starts[-1])
                         for f in checked if f.line < lines[0] or f.line >= starts[-1]]
        # (of the letters known, only those with findings are read: most have none)
        found = dict(db.execute("select key, found from cmif_letters where path = ? and context = ? "
                                "and found != '[]'", (real, context)))
        return moved + self._by_letter(path, own, keys, lines, found, context, store)

    def _keep_cmif_letters(self, path: Path, findings: list[Finding], store: "_FindingsCache") -> None:
        """Keep the findings of a CMIF file checked whole by letter, for _cmif_by_letter (not
        those of a file that could not be read or checked)."""
        unread = any(f.source == "xml" or f.message.startswith(_UNCHECKED) for f in findings)
        layout = None if unread else self._cmif_layout(path, store)
        if layout is not None:
            _, _, _, lines, context, keys = layout
            with store.cache.db:  # (the letters known go with their findings: a run killed after this checks whole)
                store.cache.db.execute("delete from cmif_files where path = ?", (_real(path),))
                store.cache.db.execute("delete from cmif_letters where path = ?", (_real(path),))
            self._by_letter(path, _own(findings, list(range(len(keys))), lines), keys, lines, {}, context, store)

    def _cmif_layout(self, path: Path, store: "_FindingsCache") -> tuple | None:
        """A CMIF file (named so, corresp's cmif.sch) as corresp writes it: its head, its letters
        (each a correspDesc from the line it starts on), its tail (from </profileDesc>), the
        line each letter starts on and then the tail's, the digest of what a letter's findings
        depend on besides it, and the digest of each letter's bytes (SHA-256, 32 bytes). None
        for any other file."""
        if not _cmif_named(path) or _read(self.schema_dir / "cmif.sch") != _read(SCHEMAS / "cmif.sch"):
            return None
        try:
            data = path.read_bytes()
        except OSError:
            return None
        starts, ends = _lines_of(data, b"<correspDesc", b" \t\r\n>"), _lines_of(data, b"</profileDesc>", b"")
        if not starts or len(ends) != 1 or ends[0] < starts[-1]:
            return None
        head, tail = data[:starts[0]], data[ends[0]:]
        letters = [data[a:b] for a, b in zip(starts, [*starts[1:], ends[0]])]
        # Each letter one correspDesc, and no comment, CDATA section or the like among them, nor
        # one the head leaves open: then a letter's bytes are the same element wherever they stand.
        if any(data.find(mark, starts[0], ends[0]) >= 0 for mark in _CMIF_MARKUP) or \
                head.count(b"<!--") != head.count(b"-->") or head.count(b"<![CDATA[") != head.count(b"]]>") or \
                data.count(b"<correspDesc", starts[0], ends[0]) != len(letters) or \
                data.count(b"</correspDesc>", starts[0], ends[0]) != len(letters) or \
                not all(letter.rstrip().endswith(b"</correspDesc>") for letter in letters):
            return None
        lines = [head.count(b"\n") + 1]
        for letter in letters:
            lines.append(lines[-1] + letter.count(b"\n"))
        return (head, letters, tail, lines, store._digest(store.schemas, head, tail),
                [hashlib.sha256(letter).digest() for letter in letters])

    @staticmethod
    def _by_letter(path: Path, own: dict[int, list], keys: list[bytes], lines: list[int], known: dict[bytes, str],
                   context: str, store: "_FindingsCache") -> list[Finding]:
        """The findings of each letter of a CMIF file (lines: where each starts, then the tail):
        those of the letters checked from ``own`` (see _own), kept; the others' from ``known``
        (a letter not in it has none: all the others were kept with the file's letters, see
        cmif_files)."""
        new = {keys[n]: json.dumps(items) for n, items in own.items()}
        real = _real(path)
        with store.cache.db:
            store.cache.db.execute("delete from cmif_letters where path = ? and context != ?", (real, context))
            store.cache.db.executemany("insert or replace into cmif_letters values (?, ?, ?, ?)",
                                       [(real, context, key, found) for key, found in new.items()])
            store.cache.db.execute("insert or replace into cmif_files values (?, ?, ?)", (real, context, b"".join(keys)))
        result = []
        for n, key in enumerate(keys):
            found = new.get(key) or known.get(key, "[]")
            if found != "[]":
                result += [Finding(path, lines[n] + line, *rest) for line, *rest in json.loads(found)]
        return result

    def _use(self, registers: list[Path], used: list[str] | None) -> None:
        self.sch.preload("preloaded", registers)
        if used is not None:
            self.sch.set_strings("used-refs", used)

    def _check(self, paths: list[Path], progress=None) -> list[Finding]:
        findings: list[Finding] = []
        checked: dict[str, list[Path]] = {"sch": [], "cmif": []}
        for path in (progress(paths, "Validating", len(paths)) if progress else paths):
            found, schematron = self._parse_and_relaxng(path)
            findings += found
            if schematron:
                checked[schematron].append(path)
        if checked["sch"]:
            if self._using is not None:
                self._use(*self._using)
                self._using = None
            findings += self._schematron_many(self.sch, checked["sch"], "sch")
        if checked["cmif"]:
            findings += self._schematron_many(self.cmif, checked["cmif"], "cmif")
        return findings

    def validate_file(self, path: Path) -> list[Finding]:
        """Findings for one file (unsorted): well-formedness, then corresp.rng and
        corresp.sch, or cmif.sch for a CMIF file (``is_cmif``)."""
        found, schematron = self._parse_and_relaxng(path)
        if schematron:
            found += self._schematron(self.cmif if schematron == "cmif" else self.sch, path, schematron)
        return found

    def _parse_and_relaxng(self, path: Path) -> tuple[list[Finding], str | None]:
        """The findings of parsing and RELAX NG, and which Schematron the file still needs
        (None when it cannot be read as data)."""
        try:
            data = path.read_bytes()
            tree = etree.ElementTree(etree.fromstring(data, _PARSER, base_url=str(path)))
        except etree.XMLSyntaxError as e:
            line, column = e.position if e.position else (1, 1)
            return [Finding(path, line or 1, column or 1, f"not well-formed XML: {e.msg}", "error", "xml")], None
        except OSError as e:
            return [Finding(path, 1, 1, f"cannot read the file: {e.strerror or e}", "error", "xml")], None
        unsafe = not_data(tree, data)
        if unsafe:  # Saxon refuses such a file: report it here, with its lines, and stop
            return [Finding(path, line, 1, message, "error", "xml") for line, message in unsafe], None
        if is_cmif(path, tree):
            return [], "cmif"
        return self._relaxng(tree, path), "sch"

    def _schematron_many(self, schema: Schematron, paths: list[Path], source: str) -> list[Finding]:
        try:
            results = schema.validate_many(paths)
        except SchematronError as e:
            return [Finding(paths[0], 1, 1, f"{_UNCHECKED}: {e}", "error", source)]
        return [_finding(path, f, source) for path, found in results.items() for f in found]

    def _relaxng(self, tree: etree._ElementTree, path: Path) -> list[Finding]:
        root = tree.getroot()
        which = kind(root) if root.tag == f"{{{TEI_NS}}}TEI" else None
        rng = self.grammars[2][which] if which else self.grammars[0]
        if rng.validate(tree):
            return []
        errors = list(rng.error_log)
        # libxml2 repeats some errors without a location; keep those only when alone.
        errors = [e for e in errors if e.line] or errors
        return [Finding(path, e.line or 1, e.column or 1, self._explain(e, tree, which), "error", "rng")
                for e in errors]

    def _explain(self, error, tree: etree._ElementTree, which: str | None) -> str:
        """libxml2's message with what it leaves out: the offending values, the allowed ones."""
        message = error.message
        try:
            found = tree.xpath(error.path) if error.path else []
        except etree.XPathError:
            found = []
        element = found[0] if found and isinstance(found[0], etree._Element) else None
        if element is None and "failed to validate attributes" in message:
            element = next((e for e in tree.iter() if isinstance(e.tag, str) and error.line in (0, e.sourceline)
                            and etree.QName(e).localname == message.split()[1]), None)  # (libxml2 gave no path)
        if element is None:
            return message
        if m := _INVALID_ATTR.match(message):
            name, element_name = m.groups()
            value = element.get(f"{{{XML_NS}}}{name[4:]}" if name.startswith("xml:") else name)
            if value is None:
                return message
            allowed = self.grammars[1][which].get((element_name, name))
            hint = f"; allowed: {', '.join(allowed)}" if allowed else ""
            return f'{message}: {name}="{value}" is not allowed here or is not a valid value{hint}'
        local = etree.QName(element).localname
        if (m := _UNEXPECTED.match(message)) and element.getparent() is not None:  # (the path is the element's)
            parent = etree.QName(element.getparent()).localname
            return (f"{message}: corresp's schema (schemas/corresp.rng) allows no <{m.group(1)}> at this place in "
                    f"<{parent}>; docs/encoding.md says what each element holds")
        if m := _EXPECTED.match(message):
            wanted = f"<{m.group(1)}>" if m.group(1) else "another element"
            return f"{message}: <{local}> needs {wanted} here (corresp's schema, schemas/corresp.rng)"
        if message.endswith("failed to validate attributes"):
            attributes = " ".join(f'{_attribute_name(k)}="{v}"' for k, v in element.attrib.items())
            outside = [f'{name}="{value}" is not one of: {", ".join(allowed)}'
                       for name, value in ((_attribute_name(k), v) for k, v in element.attrib.items())
                       if (allowed := self.grammars[1][which].get((local, name))) and value not in allowed]
            if outside:
                return f"{message} ({attributes}): {'; '.join(outside)}"
            return f"{message} ({attributes}): an attribute is missing, not allowed, or has a value outside its list"
        return message

    def _schematron(self, schema: Schematron, path: Path, source: str) -> list[Finding]:
        try:
            found = schema.validate(path)
        except SchematronError as e:
            return [Finding(path, 1, 1, f"{_UNCHECKED}: {e}", "error", source)]
        return [_finding(path, f, source) for f in found]


#: Below this many files to check, one process does it all (starting more costs seconds).
PARALLEL_FROM = 1500
# Files a checking process checks before it ends, where there are more than CHUNK a core:
# Saxon's heap grows with every file a process checks (~340–390 MB after 12,500 letters), so
# that memory stays flat however many letters there are (~1.5 s to start a process). Letters
# with summaries of ~450 characters: 270 MB after 1,250, 298 after 2,500, 341 after 5,000
# (two such processes beside the one that deals them out made a build's peak at 100,000).
CHUNK = 2500


def tei_files(tei_dir: Path) -> list[str | Path]:
    """The letters, by name, then the registers: as strings (100,000 Path objects take
    seconds to make and sort)."""
    letters = tei_dir / "letters"
    try:
        with os.scandir(letters) as entries:
            names = sorted(entry.name for entry in entries if entry.name.endswith(".xml") and entry.is_file())
    except FileNotFoundError:
        names = []
    return [*(f"{letters}{os.sep}{name}" for name in names), *sorted((tei_dir / "register").glob("*.xml"))]


def _used_refs(tei_dirs: list[Path], store: "_FindingsCache | None") -> list[str] | None:
    """The register entries the letters beside the registers point to, for corresp.sch's
    check of unused entries ("#none": there are no letters); None to let it read them."""
    from .publish import letter_refs, used_refs

    if store is None:
        return None
    used: set[str] = set()
    letters = 0
    for tei in tei_dirs:
        if _real_dir(str(tei)) == _real_dir(str(store.tei_dir)):  # the edition's own: kept by its scan
            letters += len(store.letters())
            used.update(used_refs(store.cache, tei / "letters"))
            continue
        for path in (tei / "letters").glob("*.xml"):
            letters += 1
            used.update(letter_refs(path.read_bytes()))
    return sorted(used) + ["#"] if letters else ["#none"]


#: Up to this many files, their rows of findings are read one by one (not the whole table).
_FEW_ROWS = 100
_UNCHECKED = "Schematron could not check this file"
#: Letters of a CMIF file not checked before are checked in files of this many (see
#: Validator._cmif_by_letter): memory for so many, not for all.
_CMIF_CHUNK = 2000
# A letter's start tag, and its @source (a file corresp did not write may quote otherwise)
_CMIF_START = re.compile(rb"""[ \t]*<correspDesc((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*>""")
_CMIF_SOURCE = re.compile(rb"""\ssource\s*=\s*(?:"([^"]*)"|'([^']*)')""")
# what would let a letter's bytes mean something else beside other letters' (see _cmif_layout)
_CMIF_MARKUP = (b"<!", b"<?")  # comments, CDATA sections, declarations; processing instructions


def _lines_of(data: bytes, tag: bytes, then: bytes) -> list[int]:
    """Where each line starts that begins (after spaces and tabs) with ``tag`` followed by one
    of the bytes ``then`` (or by anything, if empty): where a CMIF file's letters start (a
    line of their own, as corresp writes them), and where they end. (A regular expression
    with ^ took half a second for each over 100,000 letters.)"""
    found, at = [], data.find(tag)
    while at >= 0:
        line = data.rfind(b"\n", 0, at) + 1
        after = data[at + len(tag):at + len(tag) + 1]
        if not data[line:at].strip(b" \t") and (not then or (after and after in then)):
            found.append(line)
        at = data.find(tag, at + 1)
    return found


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _finding(path: Path, found, source: str) -> Finding:
    """A Finding of one of Schematron's (a failed assert with a soft @role is a warning)."""
    return Finding(path, found.line, found.column, found.message,
                   "warning" if (found.role or "").lower() in _SOFT_ROLES else "error", source)


def _cmif_named(path: str | Path) -> bool:
    """Whether ``path`` is checked as CMIF by its name (is_cmif)."""
    path = Path(path)
    return path.name == CMIF_NAME and path.parent.name not in _TEI_FOLDERS


def _well_formed(head: bytes, tail: bytes, files: list[list[int]], letters: list[bytes]) -> bool:
    """Whether the header and tail of a CMIF file make a file of data on their own and with
    the letters of each of ``files``, each letter one TEI correspDesc (a letter then closes all it
    opens: the file of them all is well-formed too, and a letter's bytes are the same element
    in any file of them)."""
    try:
        alone = etree.ElementTree(etree.fromstring(head + tail, _PARSER))
        if not_data(alone, head + tail):
            return False
        for todo in files:
            # Each starts with its start tag and ends with its end tag (_cmif_layout): no other
            # correspDesc under any prefix (the header's C133 counts every TEI correspDesc, and
            # the firsts are read by start tag), nor another namespace declared in it.
            if not all(letters[n].count(b"correspDesc") == 2 and b"xmlns" not in letters[n] for n in todo):
                return False
            if not_data(etree.ElementTree(etree.fromstring(head + b"".join(letters[n] for n in todo) + tail, _PARSER))):
                return False
    except etree.XMLSyntaxError:
        return False
    return True


def _own(checked: list[Finding], todo: list[int], starts: list[int]) -> dict[int, list]:
    """The findings of each letter ``todo`` (from ``checked``: a file in which they start at
    ``starts``, then the tail), each line counted from the letter's first."""
    own: dict[int, list] = {n: [] for n in todo}
    for f in checked:
        i = bisect.bisect_right(starts, f.line) - 1
        if 0 <= i < len(todo):
            own[todo[i]].append([f.line - starts[i], f.column, f.message, f.severity, f.source])
    return own


class _FindingsCache:
    """Findings of earlier runs, by a digest of all a file's findings depend on."""

    def __init__(self, path: Path, schema_dir: Path):
        from .publish import Cache, _digest, _folder_digest

        self.cache = Cache(path)
        self.tei_dir = path.parent.parent.parent / "tei"
        self._letters: list | None = None
        self._prepared: tuple | None = None  # see _prepare
        self._digest = _digest
        self.context = ""  # see lookup
        here = Path(__file__).resolve().parent
        self.schemas = _digest(_folder_digest(schema_dir), (here / "validate.py").read_bytes(),
                               (here / "schematron.py").read_bytes())

    def letters(self) -> list:
        """The letters of the edition (publish.scan), looked at once per validation."""
        if self._letters is None:
            from .publish import scan

            self._letters = scan(self.cache, self.tei_dir / "letters")
        return self._letters

    def let_go(self) -> None:
        """The letters' rows not held while they are checked (100,000: ~60 MB beside the
        checking processes); looked at again if asked for."""
        self._letters = None

    def size(self) -> int:
        """How many letters the edition had when a run last looked (no look at them now)."""
        return self.cache.db.execute("select count(*) from letters").fetchone()[0]

    def _prepare(self, registers: list[Path], used: list[str] | None) -> tuple[dict[str, str], str]:
        """The register entries' parts of a letter's digest, and the digest of the registers
        and the entries in use (a register's findings depend on them); sets the context."""
        from .publish import entity_parts

        key = (tuple(registers), tuple(used or ()))
        if self._prepared is None or self._prepared[0] != key:
            entities = {}  # "persons.xml#x" → "persons.xml#x=<digest of the entry>"
            for folder in {r.parent for r in registers}:
                entities.update(entity_parts(folder))
            all_registers = self._digest(*(r.read_bytes() for r in registers), *(used or []))
            self._prepared = (key, entities, all_registers)
        # All a letter's findings can depend on besides its name and bytes: while it is the
        # same, a row of the same bytes holds without a digest per letter (at 100,000 letters
        # those took seconds after one letter was edited).
        self.context = self._digest(self.schemas, *sorted(self._prepared[1].values()))
        return self._prepared[1], self._prepared[2]

    def doubtful(self) -> set[str]:
        """The edition's letters (by name, as its last scan found them) whose row may not hold
        as it is (other bytes or context, or findings to show), found by sqlite beside the
        scan's table of the letters: the others hold without a look at their row (after one
        letter was edited: 100,000 rows read and a set of 100,000 paths made, ~0.9 s at
        100,000 letters). Raises UnicodeEncodeError for a folder whose name is no UTF-8."""
        letters_dir = _real_dir(str(self.tei_dir / "letters"))
        return {name for name, in self.cache.db.execute(
            "select l.name from letters l left join findings f on f.path = ? || l.name "
            "and f.sha = l.sha and f.context = ? and f.found = '[]' where f.path is null",
            (f"{letters_dir}{os.sep}", self.context))}

    def lookup(self, paths: list[str], registers: list[Path], used: list[str] | None
               ) -> tuple[dict[str, list[Finding]], dict[str, tuple[str, str]]]:
        """The findings of the files checked before as they are now; and for the others the
        digest of all their findings depend on, and the digest of their bytes (for ``keep``)."""
        from .publish import letter_refs, parts_of

        entities, all_registers = self._prepare(registers, used)
        known = {}
        letters_dir = _real_dir(str(self.tei_dir / "letters"))
        spellings = [d for d in _folders(paths) if _real_dir(d) == letters_dir]  # of letters_dir, as given
        if spellings:
            known = self.letters()  # by name: a letter of letters_dir
        doubtful = None
        if known and len(paths) > _FEW_ROWS:
            with contextlib.suppress(UnicodeEncodeError):  # a folder name that is no UTF-8: row by row
                doubtful = self.doubtful()
        found: dict[str, list[Finding] | tuple] = {}
        if doubtful is not None:  # the paths of the letters that hold, as given (not taken apart one by one)
            holding = {f"{folder}{os.sep}{name}" for folder in spellings for name in known.names if name not in doubtful}
            found = dict.fromkeys((path for path in paths if path in holding), ())  # (no list for each)
            del holding
        unsure = [(path, _real(path)) for path in paths if path not in found]  # (path, real path)
        query = "select path, digest, found, sha, context from findings"
        few = len(unsure) <= _FEW_ROWS  # a few files (the CMIF after a build): not 100,000 rows read
        try:
            rows = {path: rest for path, *rest in self.cache.db.execute(
                query + f" where path in ({', '.join('?' * len(unsure))})" if few else query,
                [real for _, real in unsure] if few else ())}
        except UnicodeEncodeError:  # a name that is no UTF-8 (sqlite3 takes none): every row, as for many
            rows = {path: rest for path, *rest in self.cache.db.execute(query)}
        todo, confirmed = {}, []
        for path, real in unsure:
            data = None
            folder, _, name = path.rpartition(os.sep)
            letter = known.get(name) if folder and _real_dir(folder) == letters_dir else None
            try:
                if letter is not None:
                    sha = letter.sha
                else:
                    data = Path(path).read_bytes()
                    sha = self._digest(data)
            except OSError:
                continue  # reported when it is checked
            kind = "register" if _folder_name(folder) == "register" else name
            row = rows.get(real)
            if row is None or kind == "register" or row[2] != sha or row[3] != self.context:
                # taken apart only now, for a file whose row does not hold (the CMIF file of
                # 100,000 letters: half a second)
                # (a CMIF file's findings depend on no register: not taken apart for refs)
                refs = letter.refs if data is None else [] if _cmif_named(path) else letter_refs(data)
                extra = [all_registers] if kind == "register" else parts_of(entities, refs)
                digest = self._digest(self.schemas, kind, sha, *extra)
                if row is None or row[0] != digest:
                    todo[path] = (digest, sha)
                    continue
                if kind != "register":
                    confirmed.append((sha, self.context, real))
            found[path] = [Finding(Path(path), *item) for item in json.loads(row[1])] if row[1] != "[]" else []
        with self.cache.db:
            self.cache.db.executemany("update findings set sha = ?, context = ? where path = ?", confirmed)
        return found, todo

    def keep(self, digests: dict[Path, tuple[str, str]], findings: list[Finding]) -> None:
        """Remember the findings of the files checked (``digests``: from ``lookup``)."""
        by_path: dict[Path, list] = {p: [] for p in digests}
        for f in findings:
            if f.path in by_path:
                by_path[f.path].append([f.line, f.column, f.message, f.severity, f.source])
        with self.cache.db:
            self.cache.db.executemany(
                "insert or replace into findings values (?, ?, ?, ?, ?)",
                [(_real(p), digests[p][0], json.dumps(items), digests[p][1], self.context)
                 for p, items in by_path.items()])


@functools.lru_cache(maxsize=256)
def _real_dir(folder: str) -> str:
    return os.path.realpath(folder)


@functools.lru_cache(maxsize=256)
def _folder_name(folder: str) -> str:
    """The name of a folder as written ('tei/register//' and 'tei/register/.' are 'register'),
    its links not followed."""
    return os.path.basename(os.path.normpath(folder)) if folder else ""


def _folders(paths: list[str]) -> set[str]:
    """The folders of the files (os.path.dirname, for 100,000 paths at a tenth of its cost)."""
    return {folder or (os.sep if path.startswith(os.sep) else "")
            for path in paths for folder in (path.rpartition(os.sep)[0],)}


def _real(path: Path | str) -> str:
    """The absolute path of a file, its folder's links resolved once for all its files
    (Path.resolve per file cost a second for 10,000 letters)."""
    folder, sep, name = os.fspath(path).rpartition(os.sep)
    if not folder:  # in the current folder, or in /
        return os.path.join(_real_dir(sep or os.curdir), name)
    return f"{_real_dir(folder)}{os.sep}{name}"


_VALIDATOR: Validator | None = None


def _worker_init(root: Path, schema_dir: Path, registers: list[Path], used: list[str] | None) -> None:
    global _VALIDATOR
    from .pool import end_quietly_on_interrupt

    end_quietly_on_interrupt()
    _VALIDATOR = Validator(root, schema_dir)
    _VALIDATOR._use(registers, used)


def _worker_check(paths: list[Path]) -> list[Finding]:
    return _VALIDATOR._check(paths)


def spare_process(root: Path) -> concurrent.futures.ProcessPoolExecutor:
    """A process that starts and compiles the schemas at once, for the few files of a large
    edition that are checked apart (see Validator.validate): a build finds it ready once it
    knows what to check (starting it took ~0.3 s at 100,000 letters, on a core that is idle
    meanwhile). Pass it as ``spare``; shut it down when done."""
    pool = concurrent.futures.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                                  initializer=_worker_init, initargs=(root, None, [], None))
    pool.submit(int)  # a first task starts it: its initializer compiles them (an error shows when a file is checked)
    return pool


def _worker_check_using(registers: list[Path], used: list[str] | None, paths: list[Path]) -> list[Finding]:
    _VALIDATOR._use(registers, used)
    return _VALIDATOR._check(paths)


def _attribute_name(clark: str) -> str:
    """``{http://www.w3.org/XML/1998/namespace}id`` → ``xml:id``; other names without namespace."""
    qname = etree.QName(clark)
    return f"xml:{qname.localname}" if qname.namespace == XML_NS else qname.localname


def _closed_values(grammar: etree._ElementTree) -> dict[tuple[str, str], tuple[str, ...]]:
    """(element, attribute) → the values the grammar allows, for attributes that are
    closed lists wherever an element of that name reachable from ``start`` has them
    (to complete libxml2's error messages)."""
    r = f"{{{RNG_NS}}}"
    defines: dict[str, list] = {}
    for d in grammar.getroot().iter(f"{r}define"):
        defines.setdefault(d.get("name"), []).append(d)

    def rng_children(node):
        for child in node:
            if isinstance(child.tag, str) and child.tag.startswith(r):
                yield child

    # Element patterns reachable from start (each define visited once).
    elements, visited = [], set()
    stack = list(grammar.getroot().iter(f"{r}start"))
    while stack:
        node = stack.pop()
        for child in rng_children(node):
            if child.tag == f"{r}ref":
                if child.get("name") not in visited:
                    visited.add(child.get("name"))
                    stack += defines.get(child.get("name"), [])
                continue
            if child.tag == f"{r}element":
                elements.append(child)
            stack.append(child)

    def shallow(node, seen: frozenset, out: list) -> list:
        """Patterns under node, through refs, not into nested elements."""
        for child in rng_children(node):
            if child.tag == f"{r}element":
                continue
            if child.tag == f"{r}ref":
                if child.get("name") not in seen:
                    for d in defines.get(child.get("name"), []):
                        shallow(d, seen | {child.get("name")}, out)
                continue
            out.append(child)
            shallow(child, seen, out)
        return out

    values: dict[tuple[str, str], list[str] | None] = {}
    for element in elements:
        for attribute in (n for n in shallow(element, frozenset(), []) if n.tag == f"{r}attribute"):
            inside = shallow(attribute, frozenset(), [])
            key = (element.get("name"), attribute.get("name"))
            closed = inside and not any(n.tag in (f"{r}data", f"{r}text") for n in inside)
            known = values.get(key, [])
            values[key] = None if not closed or known is None else known + [
                n.text or "" for n in inside if n.tag == f"{r}value"]
    return {k: tuple(dict.fromkeys(v)) for k, v in values.items() if v}
