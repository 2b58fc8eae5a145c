"""The ``tei`` stage: raw listings → records → TEI files and registers, with a report."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from . import store as st
from . import tabular
from .encode import PROCESSING, Encoder, Record, assign_ids
from .markup import Marker
from .names import Knowledge, Resolver, read_known
from .read import ReadError, read_listing
from .register import Registers
from .report import FileReport, Report
from .settings import Settings
from .tei import parse_xml, serialise
from .titles import parse_title


@dataclass
class Result:
    report: Report
    records: list[Record]
    letters: list[Path]


def read_records(paths: list[Path], report: Report, layout: str = "auto",
                 writer: str | None = None, delimiter: str = "|",
                 edition: tuple[str, str] = ("", "")) -> list[Record]:
    """Every entry of every listing, each with its title and date read; every row of every
    table of letters (.csv, .tsv: pipeline/tabular.py), its title made of its columns.
    ``delimiter`` and ``edition`` (title, base URL) are the table reader's."""
    records: list[Record] = []
    for path in paths:
        file_report = FileReport(file=path.name)
        report.files.append(file_report)
        table = None
        try:
            if tabular.is_table(path):
                table = tabular.read_table(path, delimiter, edition)
                listing = table.listing
            else:
                listing = read_listing(path, layout)
        except (ReadError, OSError) as err:
            file_report.error = str(err)
            continue
        file_report.encoding, file_report.lines = listing.encoding, listing.line_count
        file_report.layout = listing.layout
        file_report.entries, file_report.collection = len(listing.entries), listing.collection
        file_report.unused = [{"line": u.line, "text": u.text, "reason": u.reason} for u in listing.unused]
        file_report.problems = [{"line": line, "message": message} for line, message in listing.notes]
        for index, entry in enumerate(listing.entries):
            if table:  # the row's problems (dates included) were found by the table reader
                record = Record(entry=entry, title=table.titles[index], listing=listing, table=table.rows[index])
                record.problems.extend(table.rows[index].problems)
            else:
                record = Record(entry=entry, title=parse_title(entry.title, writer), listing=listing)
                if entry.date is None:
                    record.problems.append(f"date {entry.date_text!r} kept as text, not read")
                elif "ocr" in entry.date.notes:
                    record.problems.append(f"date {entry.date_text!r} read as {entry.date.start} after OCR repair")
            record.problems.extend(record.title.problems)
            record.problems.extend(entry.flags)
            for problem in record.problems:
                file_report.problems.append({"line": entry.first_line, "message": problem})
            records.append(record)
    return records


def generate(settings: Settings, force: bool = False, progress=None, layout: str = "auto") -> Result:
    """Write tei/letters/*.xml and tei/register/*.xml; never overwrite a hand edit."""
    report = Report()
    records = read_records(settings.raw_files(), report, layout, settings.values["edition"].get("writer"),
                           settings.delimiter, (settings.params()["title"], settings.params()["base_url"]))
    tei_dir = settings.tei_dir
    store = st.Store(tei_dir)
    assign_ids(records, {Path(path).stem: fingerprint for path, fingerprint in store.entries.items()})
    registers = Registers(tei_dir / "register")
    knowledge = Knowledge()
    for path in settings.known_files():
        knowledge.rows.extend(read_known(path))
    # Ids a table of letters gives are the editor's statement too (after the authority file).
    for conflict in tabular.knowledge(knowledge.rows, [r.table for r in records if r.table]):
        where, _, message = conflict.partition(": ")
        name, _, line = where.rpartition(":")
        next(f for f in report.files if f.file == name).problems.append({"line": int(line), "message": message})
    register_untouched = all(not store.edited(r.path) for r in registers.by_kind.values())
    resolver = Resolver(registers, knowledge, add_ids_to_existing=register_untouched)
    resolver.learn_parties([r.title for r in records], [f"{r.entry.source}:{r.entry.title_line}" for r in records])

    def resolve(form: str, kind: str) -> str | None:
        entity = resolver.entity_for(form, kind)
        return registers.ref(entity) if entity else None

    forms, ambiguous = resolver.markup_forms()
    marker = Marker(forms, resolve, ambiguous)
    encoder = Encoder(settings.params(), resolver, marker)

    letters_dir = tei_dir / "letters"
    letters: list[Path] = []
    items = progress(records) if progress else records
    for record in items:
        path = letters_dir / f"{record.id}.xml"
        data = serialise(encoder.build(record), PROCESSING)
        outcome = store.write(path, data, force=force)
        store.entries[store.key(path)] = record.fingerprint
        report.outcome(outcome, str(path.relative_to(settings.root)))
        letters.append(path)
    for file_report in report.files:
        file_report.documents = sum(1 for r in records if r.entry.source == file_report.file)

    for register in registers.by_kind.values():
        if not register.used() and not register.path.exists():
            continue
        if register.changed:
            existed = register.path.exists()
            st.write_atomic(register.path, register.to_bytes())
            store.accept(register.path)
            report.outcome(st.UPDATED if existed else st.WRITTEN, str(register.path.relative_to(settings.root)))
    report.register_log = resolver.log
    report.candidates = [
        {"name": name, "count": len(places), "where": places}
        for name, places in sorted(encoder.candidates.items(), key=lambda item: (-len(item[1]), item[0]))
    ]
    report.ambiguous = [
        {"name": name, "could_be": ambiguous[name], "count": len(places), "where": places}
        for name, places in sorted(encoder.ambiguous.items(), key=lambda item: (-len(item[1]), item[0]))
    ]
    produced = {p.name for p in letters}
    report.stale = sorted(
        str(p.relative_to(settings.root)) for p in letters_dir.glob("*.xml") if p.name not in produced
    )
    untouchable = [settings.root / p for p in [*report.written.get(st.KEPT, []), *report.stale]]
    report.repointed, report.dangling = repoint(untouchable, registers, settings.root)
    store.save()
    return Result(report, records, letters)


_REF = re.compile(r'ref="(?P<file>(?:[^"#]*/)?(?P<register>persons|places|orgs)\.xml)#(?P<id>[^"]+)"')
_KIND = {"persons": "person", "places": "place", "orgs": "org"}


def repoint(paths: list[Path], registers: Registers, root: Path) -> tuple[list[str], list[str]]:
    """Carry register edits (merges, renamed ids) into letters corresp must not regenerate.

    A hand-edited letter may point to an entry an editor has since merged away. When every
    name pointing there is now a name of one single entry, only that @ref value is
    rewritten, byte for byte in place, so the editor's work is otherwise untouched (and the
    file stays "edited by hand"). Otherwise the reference is reported for the editor.
    """
    repointed: list[str] = []
    dangling: list[str] = []
    for path in paths:
        original = data = path.read_text("utf-8")
        missing = {(m["register"], m["id"]) for m in _REF.finditer(data)
                   if m["id"] not in registers[_KIND[m["register"]]].entities}
        if not missing:
            continue
        tree = parse_xml(path)
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
            st.write_atomic(path, data.encode("utf-8"))
    return repointed, dangling
