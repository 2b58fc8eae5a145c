"""The ``tei`` stage: raw listings → records → TEI files and registers, with a report."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import store as st
from .encode import PROCESSING, Encoder, Record, assign_ids
from .markup import Marker
from .names import Knowledge, Resolver, read_known
from .read import ReadError, read_listing
from .register import Registers
from .report import FileReport, Report
from .settings import Settings
from .tei import serialise
from .titles import parse_title


@dataclass
class Result:
    report: Report
    records: list[Record]
    letters: list[Path]


def read_records(paths: list[Path], report: Report, layout: str = "auto",
                 writer: str | None = None) -> list[Record]:
    """Every entry of every listing, each with its title and date read."""
    records: list[Record] = []
    for path in paths:
        file_report = FileReport(file=path.name)
        report.files.append(file_report)
        try:
            listing = read_listing(path, layout)
        except (ReadError, OSError) as err:
            file_report.error = str(err)
            continue
        file_report.encoding, file_report.lines = listing.encoding, listing.line_count
        file_report.layout = listing.layout
        file_report.entries, file_report.collection = len(listing.entries), listing.collection
        file_report.unused = [{"line": u.line, "text": u.text, "reason": u.reason} for u in listing.unused]
        file_report.problems = [{"line": line, "message": message} for line, message in listing.notes]
        for entry in listing.entries:
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
    records = read_records(settings.raw_files(), report, layout, settings.values["edition"].get("writer"))
    tei_dir = settings.tei_dir
    store = st.Store(tei_dir)
    assign_ids(records, {Path(path).stem: fingerprint for path, fingerprint in store.entries.items()})
    registers = Registers(tei_dir / "register")
    knowledge = Knowledge()
    for path in settings.known_files():
        knowledge.rows.extend(read_known(path))
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
    documents = {id(r): 0 for r in records}
    items = progress(records) if progress else records
    for record in items:
        path = letters_dir / f"{record.id}.xml"
        data = serialise(encoder.build(record), PROCESSING)
        outcome = store.write(path, data, force=force)
        store.entries[store.key(path)] = record.fingerprint
        report.outcome(outcome, str(path.relative_to(settings.root)))
        letters.append(path)
        documents[id(record)] = 1
    for file_report in report.files:
        file_report.documents = sum(1 for r in records if r.entry.source == file_report.file and documents[id(r)])

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
    store.save()
    return Result(report, records, letters)
