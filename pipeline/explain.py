"""``corresp explain FILE:LINE``: how one line of a listing was read, and why.

The same reading as ``corresp tei`` (same layouts, same title shapes), told for one line:
the layout, what the line is to it, the entry it belongs to with its fields and the title
shape that read the parties, or why the line is no entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from . import layouts as layouts_mod, tabular
from .layouts import Layout
from .lines import KIND_WORDS
from .listing import Entry, Listing
from .read import ReadError, choose, classify_text, decode, parse_listing
from .titles import Name, Title, titles_for


def _names(names: Sequence[Name]) -> str:
    def one(name: Name) -> str:
        text = name.written
        if name.identified:
            text += f" [= {name.identified}]"
        if name.role:
            text += f" ({name.role})"
        if name.kind != "person":
            text += f" ({name.kind})"
        return text
    return "; ".join(one(n) for n in names)


def _entry(entry: Entry, index: int, total: int, title: Title) -> list[str]:
    out = [f"entry {index} of {total}, lines {entry.first_line}-{entry.last_line}"]
    if entry.date is not None:
        attributes = ", ".join(f"{k}={v}" for k, v in entry.date.attributes().items())
        out.append(f"  date (line {entry.date_line}): {entry.date_text!r} → {attributes}")
    else:
        out.append(f"  date (line {entry.date_line}): {entry.date_text!r}, kept as text (not read)")
    out.append(f"  title (line {entry.title_line}): {entry.title!r}")
    out.append(f"  title shape: {title.shape or 'none: no shape read parties from this title'}")
    for label, value in [("type", title.doctype and f"{title.doctype} (written {title.doctype_written!r})"),
                         ("number", title.number), ("senders", _names(title.senders)),
                         ("recipients", _names(title.recipients)), ("via", _names(title.intermediaries)),
                         ("participants", _names(title.participants)), ("authors", _names(title.authors)),
                         ("place", title.place), ("subject", title.subject),
                         ("notes", "; ".join(title.notes))]:
        if value:
            out.append(f"  {label}: {value}")
    for key, value in entry.fields.items():
        out.append(f"  field {key}: {value!r}")
    for kind, value in entry.idnos:
        out.append(f"  identifier ({kind}): {value!r}")
    for note in entry.notes:
        out.append(f"  kept as a note: {note!r}")
    if entry.summary_lines:
        out.append(f"  summary: lines {entry.summary_lines[0]}-{entry.summary_lines[1]}, "
                   f"{len(entry.summary)} paragraph(s)")
    if entry.text:
        out.append(f"  the letter's text: {len(entry.text)} paragraph(s)")
    for problem in [*title.problems, *entry.flags]:
        out.append(f"  problem: {problem}")
    return out


def _role(entry: Entry, number: int) -> str:
    if number == entry.date_line and number == entry.title_line:
        return "the heading of an entry (its title and date)"
    if number == entry.date_line:
        return "the date line of an entry"
    if number == entry.title_line:
        return "the title line of an entry"
    for k, paragraph in enumerate(entry.summary_paragraphs, 1):
        if any(n == number for n, _ in paragraph):
            return f"part of the summary (paragraph {k}) of an entry"
    for k, paragraph in enumerate(entry.text_paragraphs, 1):
        if any(n == number for n, _ in paragraph):
            return f"part of the letter's text (paragraph {k}) of an entry"
    if number < entry.title_line or number < entry.date_line:
        return "part of an entry's head"
    return "inside an entry (the letter's text, or a line between its parts)"


class ExplainError(Exception):
    """The line asked about cannot be shown: the file is unreadable or has no such line."""


def explain(path: Path, number: int, layout: str = "auto", own: Sequence[Layout] = (),
            writer: str | None = None, day_first: bool | None = None, delimiter: str = "|") -> str:
    """How line ``number`` of ``path`` was read, as lines of text for the terminal.
    ``delimiter``: of several names in a cell of a table of letters ([csv] delimiter)."""
    if tabular.is_table(path):
        return _explain_row(path, number, day_first, delimiter)
    try:
        text, encoding = decode(path.read_bytes(), str(path))
    except ReadError as err:
        raise ExplainError(f"{path}: not read: {err}") from None
    listing = parse_listing(text, path.name, encoding, layout, own, day_first)
    lines = classify_text(text, Listing(path.name, encoding, day_first=day_first))
    where = f"{path}:{number}"
    if number < 1 or number > len(lines):
        raise ExplainError(f"{where}: no such line: {path.name} has {len(lines)} line(s), numbered from 1"
                           if lines else f"{where}: {path.name} is empty")
    line = lines[number - 1]
    chosen = choose(lines, layout, own) if listing.layout != "none" else None
    if listing.parts:  # (a part of the file read in a layout of its own)
        chosen = layouts_mod.by_name(next(name for first, name in reversed(listing.parts) if first <= number), own)
    how = "named with --format" if layout != "auto" else "detected"
    out = [f"{where}: {line.raw.strip()[:200]!r}" if line.raw.strip() else f"{where}: (blank)"]
    if chosen is None:
        out.append("layout: none: no layout recognised this file (try --format "
                   f"{'|'.join(layouts_mod.names(own))}, or describe its layout in edition.toml, "
                   "see docs/layouts.md)")
    else:
        out.append(f"layout: {chosen.name} ({how}): {chosen.description}")
        out.append(f"  in this layout {chosen.rule}")
    out.append(f"line kind: {KIND_WORDS.get(line.kind, line.kind)}")
    for n, note in listing.notes:
        if n == number:
            out.append(f"note: {note}")
    possible = next((p for p in listing.possible if p.line == number), None)
    if possible:
        out.append(f"looks like an entry but was not read: {possible.reason}; it was {possible.where}")
        out.append("  if it is an entry: name another layout with --format, or describe this layout "
                   "in edition.toml ([[layout]], docs/layouts.md)")
    for index, entry in enumerate(listing.entries, 1):
        if entry.first_line <= number <= entry.last_line:
            role = _role(entry, number)
            if line.kind == "blank":
                role = "a blank line inside an entry (it separates paragraphs)"
            out.append(f"read as: {role}")
            if "summary" in role or "text" in role or "blank" in role:
                out.append(f"  not an entry of its own: it is {KIND_WORDS.get(line.kind, line.kind)}"
                           + (f", and {chosen.rule}" if chosen else ""))
            title = titles_for(listing.entries, writer or listing.writer, key=listing.key_forms)[index - 1]
            out += _entry(entry, index, len(listing.entries), title)
            if not writer and listing.writer and listing.writer not in entry.title \
                    and listing.writer in [n.written for n in (*title.senders, *title.recipients)]:
                # (not where the title names the writer itself: "Captain Mayhew to X")
                out.append(f"  the writer {listing.writer} is implied by the heading at line {listing.writer_line}")
            return "\n".join(out)
    unused = next((u for u in listing.unused if u.line == number), None)
    if unused:
        out.append(f"not an entry: {unused.reason}")
    elif number == listing.collection_line:
        out.append("read as: the collection's title (TEI relatedItem type=\"collection\" of every letter)")
    elif number == listing.description_line:
        out.append("read as: the collection's description (its words kept in every letter's source description)")
    elif line.kind == "blank":
        out.append("not an entry: blank lines separate entries and paragraphs")
    elif not possible:
        out.append("not used by any entry")
    return "\n".join(out)


def _explain_row(path: Path, number: int, day_first: bool | None, delimiter: str) -> str:
    """How line ``number`` of a table of letters (.csv, .tsv) was read: as ``corresp tei``
    reads it (pipeline/tabular.py: its columns, not a layout)."""
    try:
        table = tabular.read_table(path, delimiter, day_first=day_first)
    except ReadError as err:
        raise ExplainError(str(err)) from None
    except OSError as err:
        raise ExplainError(f"{path}: not read: {err.strerror or err}") from None
    listing, where = table.listing, f"{path}:{number}"
    if number < 1 or number > listing.line_count:
        raise ExplainError(f"{where}: no such line: {path.name} has {listing.line_count} line(s), numbered from 1")
    text = decode(path.read_bytes(), str(path))[0].split("\n")[number - 1].strip()
    out = [f"{where}: {text[:200]!r}" if text else f"{where}: (blank)",
           f"layout: {listing.layout}: a table of letters, each row one letter, its columns read by their "
           "names (README: Tables of letters)"]
    if number == 1:
        out.append("read as: the header row (the columns' names)")
    for n, note in listing.notes:
        if n == number:
            out.append(f"note: {note}")
    for index, entry in enumerate(listing.entries):
        if entry.first_line <= number <= entry.last_line:
            # (its title is made of its columns: no title shape reads it)
            out += [line for line in _entry(entry, index + 1, len(listing.entries), table.titles[index])
                    if not line.startswith("  title shape:")]
            out += [f"  problem: {problem}" for problem in table.rows[index].problems]
            return "\n".join(out)
    unused = next((u for u in listing.unused if u.line == number), None)
    if unused:
        out.append(f"not an entry: {unused.reason}")
    return "\n".join(out)
