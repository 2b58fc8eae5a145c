"""Raw listing text → entries, accounting for every line.

A listing is whatever an editor copied: a web page with its boilerplate, a calendar, a
table of contents. The reader finds the entries (date, title, summary) and says what it
did with every other line, so nothing disappears silently.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from .dates import DateValue, parse_date

BULLET = re.compile(r"^\s*(?:[•·▪◦*‣∙]|-(?=\s))\s*")
# Lines that web pages add around a listing; recognised so the report can say "boilerplate".
BOILERPLATE = re.compile(
    r"^(?:search in|search|add search filter.*|cancel search filter|no image found\.?|"
    r"sort by.*|results:?.*|documents|items?|\d+\s*items?|\d+\s*-\s*\d+ of \d+|"
    r"print|share|download|next|previous|back to top|menu|home|login|log in)$",
    re.IGNORECASE,
)


class ReadError(Exception):
    """Input that cannot be read at all (not text, unknown encoding)."""


@dataclass(frozen=True)
class Unused:
    """A line not used for any entry, and why."""

    line: int
    text: str
    reason: str


@dataclass
class Entry:
    """One listing entry, as written, with the lines it came from."""

    source: str
    first_line: int
    last_line: int
    date_text: str
    date_line: int
    date: DateValue | None
    title: str = ""
    title_line: int = 0
    summary: list[str] = field(default_factory=list)
    summary_lines: tuple[int, int] | None = None
    flags: list[str] = field(default_factory=list)


@dataclass
class Listing:
    """Everything read from one input file."""

    source: str
    encoding: str
    collection: str | None = None
    collection_line: int = 0
    description: str | None = None
    description_line: int = 0
    entries: list[Entry] = field(default_factory=list)
    unused: list[Unused] = field(default_factory=list)
    line_count: int = 0


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Bytes → text and the encoding used; UTF-8 first, BOMs honoured, cp1252 as last resort."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as err:
                raise ReadError(f"{name}: starts with a {encoding} byte-order mark but is not {encoding}: {err}") from None
    if data[:200].count(b"\x00") > len(data[:200]) // 4 and len(data) % 2 == 0:
        guess = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
        try:
            return data.decode(guess), guess
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        encoding = "cp1252"
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")
    if text and controls > max(8, len(text) // 100):
        raise ReadError(
            f"{name}: does not look like text ({controls} control characters); "
            "save the listing as plain text (UTF-8) and run again"
        )
    return text, encoding


def clean(line: str) -> str:
    """One line with layout noise removed: bullets, odd spaces, surrounding blanks."""
    line = line.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    return BULLET.sub("", line).strip()


def read_listing(path: Path) -> Listing:
    """Read one listing file; raises ReadError only when it is not text at all."""
    text, encoding = decode(path.read_bytes(), str(path))
    return parse_listing(text, path.name, encoding)


def parse_listing(text: str, source: str, encoding: str = "utf-8") -> Listing:
    lines = text.splitlines()
    listing = Listing(source=source, encoding=encoding, line_count=len(lines))
    cleaned = [clean(line) for line in lines]
    date_lines = [i for i, c in enumerate(cleaned) if c and parse_date(c) is not None]
    head_end = date_lines[0] if date_lines else len(lines)
    _read_head(listing, cleaned[:head_end])
    for n, start in enumerate(date_lines):
        end = date_lines[n + 1] if n + 1 < len(date_lines) else len(lines)
        _read_entry(listing, cleaned, start, end)
    return listing


def _read_head(listing: Listing, head: list[str]) -> None:
    """Before the first entry: the collection's title and description, and page boilerplate."""
    numbered = [(i + 1, c) for i, c in enumerate(head) if c]
    description = max(
        (item for item in numbered if len(item[1]) >= 80 and not BOILERPLATE.match(item[1])),
        key=lambda item: len(item[1]),
        default=None,
    )
    title = None
    if description:
        before = [item for item in numbered if item[0] < description[0] and not BOILERPLATE.match(item[1])]
        if before and len(before[-1][1]) < 120 and not before[-1][1].endswith("."):
            title = before[-1]
    for number, content in numbered:
        if description and number == description[0]:
            listing.description, listing.description_line = content, number
        elif title and number == title[0]:
            listing.collection, listing.collection_line = content, number
        elif BOILERPLATE.match(content):
            listing.unused.append(Unused(number, content, "page boilerplate"))
        else:
            listing.unused.append(Unused(number, content, "page text before the first entry"))


def _read_entry(listing: Listing, cleaned: list[str], start: int, end: int) -> None:
    """Lines start..end-1: the date line, a title, then summary paragraphs."""
    body = [(i + 1, cleaned[i]) for i in range(start + 1, end) if cleaned[i]]
    entry = Entry(
        source=listing.source,
        first_line=start + 1,
        last_line=body[-1][0] if body else start + 1,
        date_text=cleaned[start],
        date_line=start + 1,
        date=parse_date(cleaned[start]),
    )
    if not body:
        listing.unused.append(Unused(start + 1, cleaned[start], "a date with no title after it"))
        return
    entry.title_line, entry.title = body[0]
    paragraphs: list[list[tuple[int, str]]] = []
    previous = entry.title_line
    for number, content in body[1:]:
        if not paragraphs or number > previous + 1:
            paragraphs.append([])
        paragraphs[-1].append((number, content))
        previous = number
    entry.summary = [" ".join(c for _, c in para) for para in paragraphs]
    if paragraphs:
        entry.summary_lines = (paragraphs[0][0][0], paragraphs[-1][-1][0])
    listing.entries.append(entry)
