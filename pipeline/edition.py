"""The ``tei`` stage: raw listings → records → TEI files and registers, with a report."""

from __future__ import annotations

import codecs
import contextlib
import gc
import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from . import pool
from .pool import Pipeline
from . import store as st
from . import tabular
from .dates import UNREAD
from .encode import PROCESSING, Encoder, Planner, Record, assign_ids, input_note
from .incremental import LOCK_PREFIX, Cache, code_digest, letter_digest, plan_key, record_text, sources_digest
from .language import evident
from .lines import UNDATED
from .listing import Listing
from .markup import Marker
from .names import Knowledge, Known, Resolver, read_known
from .read import ReadError, read_listing
from .rename import entry_key, entry_words, settle
from .register import Registers
from .report import FileReport, Report
from .settings import Settings
from .layouts.user import check as user_layouts
from .progress import progress as show_progress
from .tei import PARSER, serialise
from .title_memo import FILE as TITLE_MEMO, TitleMemo
from .titles import titles_for, vocabulary


@dataclass
class Result:
    report: Report | None  # None when nothing changed since the last run (see ``last``)
    records: list[Record]
    letters: list[str]  # the letters' paths
    # Nothing changed since the last run: nothing was read or written; its summary
    # (``incremental.Cache.finish``): {"letters": N, "inputs": [file names]}.
    last: dict | None = None
    # The SHA-256 of each register as the run read or wrote it, by file name (None: none);
    # None when one was changed by someone else while the run read them.
    registers: dict[str, str | None] | None = None


def read_records(paths: list[Path], report: Report, layout: str = "auto",
                 writer: str | None = None, own=(), delimiter: str = "|",
                 edition: tuple[str, str] = ("", ""), day_first: bool | None = None,
                 memo: TitleMemo | None = None) -> list[Record]:
    """Every entry of every listing, each with its title and date read; every row of every
    table of letters (.csv, .tsv: pipeline/tabular.py), its title made of its columns.
    ``own``: the edition's layouts ([[layout]] in edition.toml), tried before the built-in
    ones; ``delimiter`` and ``edition`` (title, base URL) are the table reader's; ``day_first``:
    numeric dates are day first ([edition] day_first). A listing whose heading names its writer
    ("The Letters of X") gives its "To Y" entries that sender; ``writer``, the others'.
    ``memo``: the titles an earlier run read (read again only where it has none)."""
    records: list[Record] = []
    for path in paths:
        file_report = FileReport(file=path.name)
        report.files.append(file_report)
        table = None
        try:
            if tabular.is_table(path):
                table = tabular.read_table(path, delimiter, edition, day_first)
                listing = table.listing
            else:
                listing = read_listing(path, layout, own, day_first)
        except ReadError as err:
            file_report.error = str(err)
            continue
        except OSError as err:  # the world's fault: said as such, with what to do
            file_report.error = (f"a link to {os.readlink(path)}, which is not there: restore that file, or remove the link"
                                 if path.is_symlink() and not path.exists() else
                                 f"cannot be read ({err.strerror or err}): check that it is there and readable")
            continue
        file_report.encoding, file_report.lines = listing.encoding, listing.line_count
        file_report.layout = listing.layout
        file_report.entries, file_report.collection = len(listing.entries), listing.collection
        file_report.unused = [{"line": u.line, "text": u.text, "reason": u.reason} for u in listing.unused]
        file_report.possible = [{"line": p.line, "text": p.text, "reason": p.reason, "where": p.where}
                                for p in listing.possible]
        file_report.problems = [{"line": line, "message": message} for line, message in listing.notes]
        # (a file whose heading names its writer keeps it: [edition] writer is for the others)
        titles = [] if table else titles_for(listing.entries, listing.writer or writer, f"reading {path.name}: titles",
                                             memo, listing.key_forms)
        # What a letter needs of its listing, without every other entry (records go to worker processes).
        head = Listing(source=listing.source, encoding=listing.encoding, layout=listing.layout,
                       collection=listing.collection, description=listing.description, key=listing.key,
                       language=evident(t for e in listing.entries for t in ((e.title,) if not table else ())
                                        + (e.date_text, *e.summary, *e.notes)))
        for index, entry in enumerate(listing.entries):
            if table:  # the row's problems (dates included) were found by the table reader
                record = Record(entry=entry, title=table.titles[index], listing=head, table=table.rows[index])
                record.problems.extend(table.rows[index].problems)
            else:
                record = Record(entry=entry, title=titles[index], listing=head)
                if entry.date is None and not entry.date_text:
                    if not any(flag.startswith("no date") for flag in entry.flags):  # (a layout's says more)
                        record.problems.append("no date: the entry gives none")
                elif entry.date is None:
                    if not UNDATED.match(entry.date_text.strip(" ,")):  # "o. D.", "n. d.": stated, not unread
                        record.problems.append(f"date {entry.date_text!r} kept as text, not read")
                elif UNREAD in entry.date.notes:  # written as a date, but none the reader could use whole
                    why = ", ".join(n for n in entry.date.notes if n != UNREAD)
                    record.problems.append(f"date {entry.date_text!r} kept as text, not read: {why}")
                elif "ocr" in entry.date.notes:
                    record.problems.append(f"date {entry.date_text!r} read as {entry.date.start} after OCR repair")
                for note in entry.date.notes if entry.date else ():
                    if note.startswith(("double year", "French republican", "Roman calendar", "postmark", "Old Style",
                                        "two-digit year")):
                        # (the reading, for an editor to check)
                        read = entry.date.when or " to ".join(filter(None, (entry.date.start, entry.date.not_after
                                                                            or entry.date.to)))
                        record.problems.append(f"date {entry.date_text!r} read as {read}: {note}")
            # (a date's problem at the date's line: a record's date may be lines below its start)
            dated = len(record.problems) if not table else 0
            record.problems.extend(record.title.problems)
            record.problems.extend(entry.flags)
            for n, problem in enumerate(record.problems):
                line = (entry.date_line or entry.first_line) if n < dated else entry.first_line
                file_report.problems.append({"line": line, "message": problem})
            records.append(record)
    return records


def _key_rows(known: list[Known], records: list[Record]) -> list[Known]:
    """The keys of names the listings give, as rows of knowledge after the authority file's:
    a form of a person that file names already is one more form of its row."""
    persons = {form: row for row in known if row.kind == "person" for form in row.forms()}
    rows: list[Known] = []
    for listing in {id(r.listing): r.listing for r in records}.values():
        for key in listing.key:
            if (row := persons.get(key.name)) is None:
                row = persons[key.name] = Known("person", key.name, [], origin=f"{listing.source}:{key.line}")
                rows.append(row)
            if key.form not in row.variants:
                row.variants.append(key.form)
                row.types[key.form] = key.form_type
    return rows


def _entry_changes(before: dict, now: dict) -> str:
    """What changed in a kept letter's entry since corresp wrote the letter, in words: the
    parts of its identity (encode.Record.identity) that differ."""
    if not before.get("fingerprint"):
        return ""
    changed = [part for part in ("title", "date", "summary") if before.get(part) != now.get(part)]
    if changed:
        return f"in the listing, its {', '.join(changed[:-1]) + ' and ' if changed[:-1] else ''}{changed[-1]} changed"
    return ("its title, date and summary in the listing are as before: what changed is its lines there, "
            "the names it points to, or the listing's heading")


def last_run(settings: Settings, strict: bool = False, layout: str = "auto") -> Result | None:
    """What ``generate`` returns when it would read no listing (nothing changed since the last
    run); None when it would read. A build asks once, before it chooses where to run it."""
    processing = (settings.root / "schemas" / "corresp.rng").is_file()
    cache = Cache(settings.tei_dir)
    sources = sources_digest(settings, layout, cache, processing)
    return _last_run(settings, cache, sources, strict)


def _last_run(settings: Settings, cache: Cache, sources: str, strict: bool) -> Result | None:
    """None also with ``strict`` while the last run had lines it did not understand (they are
    read again, to be named)."""
    letters = cache.unchanged(sources, settings)
    if letters is None or (strict and (cache.run.get("summary") or {}).get("not_understood", 1)):
        return None
    cache.save_stamps()
    return Result(None, [], letters, last=cache.run.get("summary") or {})


def generate(settings: Settings, force: bool = False, progress: bool = True, layout: str = "auto",
             jobs: int = 1, strict: bool = False, last: Result | None = None) -> Result:
    """Write tei/letters/*.xml and tei/register/*.xml and output/report.json; never overwrite
    a hand edit. Does nothing when nothing changed since the last run (pipeline/incremental.py)
    unless ``force`` (or ``strict`` while the last run had lines it did not understand: they are
    read again, to be named); builds letters on ``jobs`` processes (pipeline/pool.py), with
    the bytes one process would write. ``progress``: show it on a terminal (pipeline/progress.py).
    ``last``: what ``last_run`` just said (the same edition, under the same lock)."""
    if last is not None and not force:
        return last
    tei_dir = settings.tei_dir
    processing = (settings.root / "schemas" / "corresp.rng").is_file()
    cache = Cache(tei_dir)
    sources = sources_digest(settings, layout, cache, processing)  # before reading: a later change shows
    with st.Store(tei_dir) as store:
        if not force and (unchanged := _last_run(settings, cache, sources, strict)) is not None:
            return unchanged
        report = Report()
        own = user_layouts(settings.root / "edition.toml", settings.text, settings.values.get("layout"))
        with no_cycle_collector(), _title_memo(settings) as memo:
            with vocabulary(**settings.vocabulary()):
                records = read_records(settings.raw_files(), report, layout, settings.values["edition"].get("writer"),
                                       own, settings.delimiter, (settings.params()["title"], settings.params()["base_url"]),
                                       settings.values["edition"].get("day_first") or None, memo)
            result = _generate(settings, records, report, store, force, progress, jobs, cache,
                               PROCESSING if processing else [])
            data = report.to_json()
            st.write_atomic(settings.output_dir / "report.json", data)
            store.save()
            clean = not any(f.error for f in report.files)  # a listing not read must be tried, and said, again
            clean = clean and result.registers is not None  # (and registers changed while they were read)
            cache.finish(sources if clean else None, store, st.sha256(data),
                         {"letters": len(result.letters), "inputs": [f.file for f in report.files],
                          "not_understood": report.unparsed, "empty": [f.file for f in report.files if f.unrecognised]}, [Path(p).name for p in report.stale], result.registers)
            cache.save()
    return result


@contextlib.contextmanager
def _title_memo(settings: Settings):
    """The titles earlier runs read (pipeline/title_memo.py); those this run read anew are kept
    when it ends well (a run refused, say for a register's DOCTYPE, writes nothing)."""
    context = hashlib.sha256(json.dumps([code_digest(), settings.vocabulary()], sort_keys=True).encode()).hexdigest()
    with contextlib.suppress(OSError):  # (a first run: the folder the run makes anyway, or no memo)
        settings.tei_dir.mkdir(parents=True, exist_ok=True)
    memo = TitleMemo(settings.tei_dir / TITLE_MEMO, context)
    try:
        yield memo
    except BaseException:
        memo.close(keep=False)
        raise
    memo.close()


@contextlib.contextmanager
def no_cycle_collector():
    """Python's cyclic garbage collector off while the listings are read, the letters planned
    and the run recorded: reading makes millions of objects (lines, entries, titles, plans)
    that live to the end of the run and form no cycles, and the collector walked them all
    again and again (~8% of reading 100,000 entries; sorting the manifest's 100,000 files
    beside them took ~2 s). Reference counting still frees what is let go."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _letter(state: tuple, task: tuple) -> tuple:
    """Build one letter and write it unless it was edited by hand (in a worker process, or
    not): (what happened, the hash of its bytes, the names its text leaves unmarked). The
    journal of the process records the hash before the file is replaced (store.Writer)."""
    tei_dir, processing, force = state
    record, plan, known = task
    element, found = Encoder().build(record, plan)
    path = tei_dir / "letters" / f"{record.id}.xml"
    outcome, sha = _writer(tei_dir).write(path, serialise(element, processing), known, force)
    return outcome, sha, found


_writers: dict[tuple[Path, int], st.Writer] = {}


def _writer(tei_dir: Path) -> st.Writer:
    """One Writer (and journal) per process and edition for a run; closed at its end."""
    key = (tei_dir, os.getpid())
    if key not in _writers:
        _writers[key] = st.Writer(tei_dir)
    return _writers[key]


@contextlib.contextmanager
def _closing_writers():
    """This process's Writers are closed when a run's letters are written (or fail): the
    journals they hold are the run's, removed when the Store saves."""
    try:
        yield
    finally:
        while _writers:
            _writers.popitem()[1].close()


def _generate(settings: Settings, records: list[Record], report: Report, store: st.Store, force: bool,
              progress: bool, jobs: int, cache: Cache, processing: list[str]) -> Result:
    tei_dir = settings.tei_dir
    letters_dir = tei_dir / "letters"
    for folder in (tei_dir, letters_dir, tei_dir / "register", tei_dir / st.RETIRED):
        st.remove_leftovers(folder)
    report.renamed += settle(store)  # (what a `corresp rename` killed midway left)
    corrected = assign_ids(records, store.entries)
    report.renamed += [f"{r.entry.source}:{r.entry.first_line}: keeps its id {r.id}: the same entry, its title "
                       "or date corrected in the listing" for r, _ in corrected]
    registers = Registers(tei_dir / "register")
    knowledge = Knowledge()
    for path in settings.known_files():
        knowledge.rows.extend(read_known(path))
    knowledge.rows.extend(_key_rows(knowledge.rows, records))
    report.knowledge = knowledge.duplicates()
    # Ids a table of letters gives are the editor's statement too (after the authority file).
    stated = [r.table for r in records if r.table] + [  # (… and a catalogue's records: "[GND: 1101473559]")
        tabular.TableRow(r.entry.first_line, [Known("person", name, [], {id_type: value},
                                                    origin=f"{r.entry.source}:{r.entry.first_line} ({id_type} in the record)")
                                              for name, id_type, value in r.entry.authority_ids])
        for r in records if r.entry.authority_ids and not r.table]
    for conflict in tabular.knowledge(knowledge.rows, stated):
        where, _, message = conflict.partition(": ")
        name, _, line = where.rpartition(":")
        next(f for f in report.files if f.file == name).problems.append({"line": int(line), "message": message})
    register_untouched = all(not store.edited(r.path) for r in registers.by_kind.values())
    resolver = Resolver(registers, knowledge, add_ids_to_existing=register_untouched)
    resolver.add_known_ids()
    resolver.learn_parties([r.title for r in records], [f"{r.entry.source}:{r.entry.title_line}" for r in records])

    def resolve(form: str, kind: str) -> str | None:
        entity = resolver.entity_for(form, kind)
        return registers.ref(entity) if entity else None

    forms, ambiguous = resolver.markup_forms()
    planner = Planner(resolver, Marker(forms, resolve, ambiguous))

    # Plan each letter here, in input order (a lookup may add to the registers), while worker
    # processes build and write the letters planned before it (pipeline/pool.py). A letter
    # whose file holds what the same plan built (pipeline/incremental.py) is left as it is.
    # While no planning of this run has changed the registers, a letter planned under the same
    # key by the last run (its record, the same registers) is not planned again.
    base = f"{code_digest()} {processing}"
    state = None if force else resolver.state(forms, ambiguous)
    changes = resolver.changes()
    letters: list[str] = []
    unmarked: dict[str, list[str]] = {}
    met: dict[str, list[str]] = {}
    waiting: dict[int, tuple] = {}  # index → (digest, ambiguous names met, plan key) until written

    def done(index: int, result: tuple) -> None:
        record = records[index]
        path = letters_dir / f"{record.id}.xml"
        outcome, sha, found = result
        digest, names, key = waiting.pop(index)
        if outcome == st.KEPT and store.adopt(path, sha, record.id, record.identity):
            outcome = st.EDITED  # (edited, then renamed: its entry as it was, nothing to carry over)
        store.written(path, outcome, sha)
        if outcome in (st.KEPT, st.EDITED):
            cache.forget(record.id)
        else:
            if digest:
                cache.wrote(record.id, path, digest, sha, found)
            if key:
                cache.keep_plan(record.id, key, names)
        shown = str(path.relative_to(settings.root))
        if outcome == st.KEPT:  # (what its entry says now, against what it said when corresp wrote it)
            report.kept_changes[shown] = _entry_changes(store.entries.get(record.id) or {}, record.identity)
        store.identify(record.id, record.identity)
        report.outcome(outcome, shown)
        if outcome == st.FORCED and (kept := st.latest_retired(path)) is not None:
            report.kept_versions.append(f"{path.relative_to(settings.root)} → {kept.relative_to(settings.root)}")
        letters.append(os.fspath(path))  # (a Path kept for each of 100,000 letters: ~60 MB)
        # its text is in its file now (or was, unchanged): not held beside the letters still to
        # come (what retire and the report need of the entry is where it came from)
        entry = record.entry
        entry.summary, entry.summary_paragraphs, entry.text, entry.text_paragraphs = [], [], [], []
        for name, where in names:
            met.setdefault(name, []).append(where)
        for name, where in found:
            if name not in ambiguous:
                unmarked.setdefault(name, []).append(where)

    with Pipeline(_letter, (tei_dir, processing, force), jobs, parallel=len(records) >= pool.MIN_ITEMS,
                  fresh=len(records) >= pool.FRESH_FROM) as pipe, \
            _closing_writers():
        for index, record in enumerate(show_progress(records, "encoding letters", enabled=progress)):
            path = letters_dir / f"{record.id}.xml"
            text = record_text(record)
            key = plan_key(base, state, text) if state else None
            last = cache.planned(record.id, key) if key else None
            if last is not None and (built := cache.built(record.id, path, last[0])) is not None:
                digest, names = last
            else:
                plan = planner.plan(record)
                digest, names = letter_digest(base, text, plan), plan.ambiguous
                if key and resolver.changes() != changes:
                    state = key = None  # the registers changed: a later letter may be planned otherwise
                built = cache.built(record.id, path, digest)
            if built is not None:
                waiting[index] = (None, names, key)
                pipe.known(index, (st.UNCHANGED, *built))
            else:
                waiting[index] = (digest, names, key)
                pipe.put(index, (record, plan, tuple(store.hashes.get(store.key(path), ()))))
            for item in pipe.ready():
                done(*item)
        for item in pipe.rest():
            done(*item)
    cache.keep_only(r.id for r in records)
    for file_report in report.files:
        file_report.documents = sum(1 for r in records if r.entry.source == file_report.file)

    # What the registers hold as this run knows them, for the next run to compare with (an
    # editor's change saved while this run read them is merged into what it writes, and must
    # still make the next run read them: that run would else find nothing changed).
    held: dict[str, str | None] | None = {}
    for register in registers.by_kind.values():
        try:
            now = register.path.read_bytes()
        except FileNotFoundError:
            now = None
        if now != register.loaded:
            held = None
        data = register.loaded
        if register.changed and (register.used() or now is not None):
            data = register.merged_bytes()
            store.replace(register.path, data)
            report.outcome(st.WRITTEN if now is None else st.UPDATED, str(register.path.relative_to(settings.root)))
        if held is not None:
            held[register.path.name] = None if data is None else st.sha256(data)
    report.register_log = resolver.log
    report.candidates = [
        {"name": name, "count": len(places), "where": places}
        for name, places in sorted(unmarked.items(), key=lambda item: (-len(item[1]), item[0]))
    ]
    report.ambiguous = [
        {"name": name, "could_be": ambiguous[name], "count": len(places), "where": places}
        for name, places in sorted(met.items(), key=lambda item: (-len(item[1]), item[0]))
    ]
    unread = {f.file for f in report.files if f.error}
    own = retire(settings.root, store, {f"{r.id}.xml": r for r in records}, unread, report)
    untouchable = [settings.root / p for kept in (st.KEPT, st.EDITED) for p in report.written.get(kept, [])] + own
    report.repointed, report.dangling = repoint(untouchable, registers, settings.root, store)
    return Result(report, records, letters, registers=held)


def retire(root: Path, store: st.Store, produced: dict[str, Record], unread: set[str], report: Report) -> list[Path]:
    """Letters no entry produces any more, so that none is published twice.

    One corresp wrote and nobody edited is removed (the entry is gone, or became another
    letter); one an editor edited is moved to tei/retired/ with the edit intact, for the
    editor to carry over. Letters corresp never made (an editor's own) stay, as do those of
    a listing that could not be read this time; one that says it was made from the entry of
    a letter this run made (``produced``: file name → record) is most likely that letter
    renamed by hand, and the report says how to keep the name (`corresp rename`).
    Returns the letters that stay.
    """
    letters_dir, retired_dir = store.root / "letters", store.root / st.RETIRED
    stay: list[Path] = []
    by_entry: dict[tuple, list[str]] | None = None  # (made when a letter stays)
    names = os.listdir(letters_dir) if letters_dir.is_dir() else []
    for path in [letters_dir / name for name in sorted(names) if name.endswith(".xml") and name not in produced
                 and not name.startswith(LOCK_PREFIX)]:
        identity = store.entries.get(path.stem)
        shown = str(path.relative_to(root))
        if identity is None or identity.get("source") in unread:
            stay.append(path)
            report.stale.append(shown)
            if identity is None:
                if by_entry is None:
                    by_entry = {}
                    for name, record in produced.items():
                        by_entry.setdefault(entry_key(record.identity), []).append(name)
                try:
                    twins = by_entry.get(entry_words(path.read_bytes()), [])
                except OSError:
                    twins = []
                if len(twins) == 1:
                    report.renamed_by_hand.append(
                        f"{shown}: made from the same entry as {twins[0]} ({input_note(produced[twins[0]].entry)}): if it "
                        f"is that letter renamed by hand, `corresp rename {Path(twins[0]).stem} {path.stem}` keeps "
                        f"your name (and removes {twins[0]} if it holds no edit of yours)")
        elif store.ours(path):
            path.unlink()
            store.forget(path, path.stem)
            report.outcome("removed", shown)
        else:
            retired_dir.mkdir(exist_ok=True)
            target = st.retired_path(path)
            os.replace(path, target)
            store.forget(path, path.stem)
            report.outcome("retired", f"{shown} → {target.relative_to(root)}")
    return stay


_REF = re.compile(r'ref="(?P<file>(?:[^"#]*/)?(?P<register>persons|places|orgs)\.xml)#(?P<id>[^"]+)"')
_KIND = {"persons": "person", "places": "place", "orgs": "org"}


def repoint(paths: list[Path], registers: Registers, root: Path, store: st.Store | None = None) -> tuple[list[str], list[str]]:
    """Carry register edits (merges, renamed ids) into letters corresp must not regenerate.

    A hand-edited letter may point to an entry an editor has since merged away. When every
    name pointing there is now a name of one single entry, only that @ref value is
    rewritten, in place: the file keeps its encoding, its line endings and every other
    byte, and stays "edited by hand". Otherwise the reference is reported for the editor.
    """
    repointed: list[str] = []
    dangling: list[str] = []
    for path in paths:
        raw = path.read_bytes()
        try:
            tree = etree.ElementTree(etree.fromstring(raw, PARSER))
        except etree.XMLSyntaxError:
            continue  # reported by validation, with its line
        bom, encoding = _codec(raw, tree.docinfo.encoding)
        try:
            original = data = raw[len(bom):].decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
        missing = {(m["register"], m["id"]) for m in _REF.finditer(data)
                   if m["id"] not in registers[_KIND[m["register"]]].entities}
        if not missing:
            continue
        for register_file, old in sorted(missing):
            register = registers[_KIND[register_file]]
            names = [e.xpath("string()") for e in tree.iter()
                     if isinstance(e.tag, str) and (e.get("ref") or "").endswith(f"{register_file}.xml#{old}")]
            now = {entity.id for name in names if (entity := register.find(name))}
            where = f"{path.relative_to(root)}: {register_file}.xml#{old}"
            if len(now) == 1 and all(register.find(name) for name in names):
                new = now.pop()
                data = re.sub(rf'(ref="(?:[^"#]*/)?{register_file}\.xml#){re.escape(old)}"', rf'\g<1>{new}"', data)
                repointed.append(f"{where} → #{new}")
            else:
                dangling.append(f"{where}: the register has no such entry; point it to the right one by hand")
        if data != original:
            st.write_atomic(path, bom + data.encode(encoding))
    return repointed, dangling


_BOMS = [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]


def _codec(raw: bytes, declared: str | None) -> tuple[bytes, str]:
    """The byte-order mark a file starts with and the codec for the rest, so that writing it
    back gives the same bytes: UTF-16 keeps its byte order, UTF-8 its mark if it had one."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return bom, codec
    return b"", declared or "UTF-8"
