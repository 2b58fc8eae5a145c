"""Raw listing text → entries, accounting for every line.

A listing is whatever an editor copied: a web page with its boilerplate, a calendar, a
table of contents. The reader finds the entries (date, title, summary) and says what it
did with every other line, so nothing disappears silently.

Layouts (auto-detected per file; ``--format`` forces one):

``blocks``
    A date on a line of its own (bulleted or not) starts an entry; the next line is the
    title, the rest the summary. Lone "-" lines, blank lines and paging noise between
    blocks are fine. "MAY 3, 1951Letter from A to BWhile …" (date, title and summary run
    together on one line) is split where the date ends and where the title ends.
``title-first``
    As blocks, but each title stands before its date line (a common search-result layout).
``headings``
    One entry per heading line that ends with its date: "To J. Smith [4 August 1871]",
    "Cable No. 12, Petrov to Stalin, 12 May 1947". Lines up to the next heading are the
    summary.
``document``
    A single document page: date, title, the letter's full text, then its summary
    (after a "Summary" label if there is one, else the last paragraph).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import doctypes
from .dates import DateValue, parse_date

FORMATS = ("auto", "blocks", "title-first", "headings", "document")
# Longer lines are never dates or titles; they are reported, not parsed (keeps reading linear).
MAX_LINE = 2000

BULLET = re.compile(r"^\s*(?:[•·▪◦*‣∙►]|-(?=\s)|–(?=\s))\s*")
SEPARATOR = re.compile(r"^(?:[-–—_=~*•·.]\s*){1,}$")
# Lines that web pages add around a listing; recognised so the report can say "boilerplate".
BOILERPLATE = re.compile(
    r"^(?:search in|search|add search filter.*|cancel search filter|no image found\.?|"
    r"sort by.*|results:?.*|documents|items?|\d+\s*items?|\d+\s*(?:-|–)\s*\d+\s+of\s+\d+|page \d+( of \d+)?|"
    r"print|share|download|next|previous|prev|first|last|back to top|menu|home|login|log in|"
    r"show more|show less|read more|view all|filter|filters|clear all|apply|"
    r"(?:copyright|©).*|terms of use|privacy( policy)?|contact( us)?|skip to (?:main )?content|"
    # labels of an archive's document page: "Original Language: Polish", "Related Documents"
    r"(?:original (?:language|archive|uploaded date)|contents|source|record id|language|rights|citation|"
    r"subjects? discussed|keywords|donors?|document information|related (?:documents|collections|"
    r"resources)|associated (?:people|places|organizations|topics).*|translated by|cite|download(?: pdf)?|"
    r"share this|print this|view (?:pdf|image|original))\b\s*(?::.*)?|"
    # pagination: "1 2 3 Next ›", "‹ Previous", "« First", "1 2 3 … 12"
    r"[‹«<]?\s*(?:prev(?:ious)?|first)\s*[‹«<]?|(?:\d{1,4}\s+|…\s+)*(?:next|last)\s*[›»>]*|"
    r"(?:\d{1,3}\s+){2,}(?:…\s+)?\d{0,3}\s*[›»>]?|[‹«<›»>]+)$",
    re.IGNORECASE,
)
# Characters XML 1.0 cannot hold; removed from the text (and reported).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_SUMMARY_LABEL = re.compile(r"^(?:summary|abstract|description|regest|inhalt|résumé)\s*:?\s*(?P<rest>.*)$",
                            re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_UNDATED = re.compile(r"^\[?(?:undated|no date|n\.\s?d\.|s\.\s?d\.|o\.\s?D\.|date unknown|ohne datum|sans date)\]?\.?$",
                      re.IGNORECASE)
# Short lines made of a year and a few words, no sentence: "Spring 1952", "Late 1949 [?]".
_DATE_LIKE = re.compile(r"^(?=.{4,40}$)\[?(?:[\wÀ-ÿ.,]+\s+){0,4}\d{4}(?:\s*[-–/]\s*\d{2,4})?\s*\??\]?\.?$")
_YEAR_END = re.compile(r"\d{4}\]?(?:\s*\?)?")
_REMARK = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\.?\s*$")
_NUMBERED = re.compile(r"^(?:[IVXLCDM]+|\d{1,4}[a-z]?)[.)]\s+\S")
_HEADING_START = re.compile(r"^(?:(?:[IVXLCDM]+|\d+[a-z]?)[.)]\s+)?(?:To|From)\s+\S")
# Where a title runs into its summary without a space: "…to BWhile discussing".
_RUN_IN = re.compile(r"(?<=[a-z\])’'.])(?=[A-Z][a-z])|(?<=\s[A-Z])(?=[A-Z][a-z]{2,})")
_NAME_PREFIXES = ("Mc", "Mac", "De", "Le", "La", "Van", "Von", "Di", "Da", "Du", "O'", "O’", "Fitz")


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
    text: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    # (line, text) of the lines of each summary paragraph, to report a stray one line by line
    summary_paragraphs: list[list[tuple[int, str]]] = field(default_factory=list)


@dataclass
class Listing:
    """Everything read from one input file."""

    source: str
    encoding: str
    layout: str = "blocks"
    collection: str | None = None
    collection_line: int = 0
    description: str | None = None
    description_line: int = 0
    entries: list[Entry] = field(default_factory=list)
    unused: list[Unused] = field(default_factory=list)
    notes: list[tuple[int, str]] = field(default_factory=list)
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
                raise ReadError(f"{name}: starts with a {encoding} byte-order mark but is not {encoding} "
                                f"({err.reason} at byte {err.start}); re-save it as UTF-8") from None
    sample = data[:4000]
    if sample.count(b"\x00") > len(sample) // 4 and len(data) % 2 == 0:
        guess = "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
        try:
            return data.decode(guess), guess
        except UnicodeDecodeError:
            pass
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = _decode_lines(data)
    controls = sum(1 for c in text[:100_000] if ord(c) < 32 and c not in "\t\n\r\f\v")
    if controls > max(8, min(len(text), 100_000) // 100):
        raise ReadError(
            f"{name}: does not look like text ({controls} control characters in the first "
            "100,000); save the listing as plain text (UTF-8) and run again"
        )
    return text, encoding


_LEADER = re.compile(r"\s*(?:[.·…]\s?){3,}\s*\d{1,4}\s*$|(?<=\d{4})(?P<close>[\].]?)\s{2,}\d{1,4}\s*$")


def _decode_lines(data: bytes) -> tuple[str, str]:
    """Not UTF-8 as a whole: each line as UTF-8 if it is, else as cp1252 (files pasted
    together from two sources mix them). The encoding names which lines needed cp1252."""
    lines, fallback, utf8 = [], [], 0
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            lines.append(raw.decode("utf-8"))
            utf8 += not raw.isascii()
        except UnicodeDecodeError:
            lines.append(raw.decode("cp1252", errors="replace"))
            fallback.append(number)
    if not utf8:  # no line needs UTF-8: a cp1252 file
        return data.decode("cp1252", errors="replace"), "cp1252"
    shown = ", ".join(map(str, fallback[:10])) + (", …" if len(fallback) > 10 else "")
    return "\n".join(lines), f"utf-8, with cp1252 on line(s) {shown}"


def clean(line: str) -> str:
    """One line with layout noise removed: bullets, odd spaces, surrounding blanks, and the dot
    leaders and page number of a table of contents ("… 3 May 1950 ..... 17")."""
    line = line.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "").replace("\u2007", " ")
    line = _LEADER.sub(lambda m: m.group("close") or "", line)
    return BULLET.sub("", line).strip()


def _clean_or_mark(line: str) -> str:
    """Cleaned text; a line of nothing but a bullet stays visible (as a separator)."""
    if len(line) > MAX_LINE:
        return line
    cleaned = clean(line)
    return cleaned if cleaned or not line.strip() else line.strip()


def read_listing(path: Path, layout: str = "auto") -> Listing:
    """Read one listing file; raises ReadError only when it is not text at all."""
    text, encoding = decode(path.read_bytes(), str(path))
    return parse_listing(text, path.name, encoding, layout)


# --- line classification -------------------------------------------------------------

@dataclass
class _Line:
    number: int
    text: str
    kind: str  # blank | separator | boilerplate | long | date | date+text | heading | text
    date: DateValue | None = None
    date_text: str = ""
    rest: str = ""


def split_date_prefix(text: str) -> tuple[str, DateValue, str] | None:
    """"MAY 3, 1951Letter from …" → ("MAY 3, 1951", date, "Letter from …")."""
    for m in _YEAR_END.finditer(text, 0, min(len(text), 60)):
        head, rest = text[:m.end()], text[m.end():].lstrip(" .,:;–-")
        if rest and (value := parse_date(head)):
            return head, value, rest
    return None


def trailing_date(text: str) -> tuple[str, DateValue, str] | None:
    """"To J. Smith [4 August 1871]" → ("To J. Smith", date, "[4 August 1871]")."""
    words = text.rstrip(" .").split(" ")
    for n in range(min(len(words) - 1, 7), 0, -1):
        tail = " ".join(words[-n:]).strip(" ,.;")
        value = parse_date(tail)
        if value is not None:
            return " ".join(words[:-n]).rstrip(" ,;"), value, tail
    return None


def _is_heading(text: str, head: str) -> bool:
    """A title that ends in its date, not a summary sentence that happens to end in one."""
    if _HEADING_START.match(head) or _NUMBERED.match(head):
        return True  # "To J. Smith", "XII. To Mary Jones. Bath", "19. Agreement …, 14 February 1948"
    if text.rstrip().endswith(".") and not text.rstrip(" .").endswith("]"):
        return False  # "Mao writes to Stalin about the meeting of 5 May 1951."
    from .titles import parse_title  # titles imports dates only; no cycle at module load

    title = parse_title(head)
    return bool(title.names() or (doctypes.find(head) and len(head) <= 120))


def _classify(number: int, text: str) -> _Line:
    if not text:
        return _Line(number, text, "blank")
    if len(text) > MAX_LINE:
        return _Line(number, text, "long")
    if SEPARATOR.match(text):
        return _Line(number, text, "separator")
    if len(text) <= 40 and _DIGIT.search(text) and (value := parse_date(text)):
        return _Line(number, text, "date", value, text)  # before boilerplate: "1 82 1" is a year
    if BOILERPLATE.match(text):
        return _Line(number, text, "boilerplate")
    if _UNDATED.match(text):
        return _Line(number, text, "date", None, text)  # an entry whose date is kept as text
    if not _DIGIT.search(text):
        return _Line(number, text, "text")  # every date we read has a year
    if len(text) <= 80 and (value := parse_date(text)):
        return _Line(number, text, "date", value, text)
    if _DATE_LIKE.match(text):
        return _Line(number, text, "date", None, text)  # "Spring 1952": a date we cannot read
    prefix = split_date_prefix(text) if _DIGIT.search(text, 0, 60) else None
    if prefix:
        return _Line(number, text, "date+text", prefix[1], prefix[0], prefix[2])
    if len(text) <= 300 and _DIGIT.search(text):
        # "From A to B, 12 Sept. 1792 (with an enclosure to C)": the date before a remark
        remark = _REMARK.search(text) if _HEADING_START.match(text) or _NUMBERED.match(text) else None
        for candidate in (text, text[:remark.start()] if remark else None):
            found = trailing_date(candidate) if candidate and _DIGIT.search(candidate, max(0, len(candidate) - 40)) else None
            if found and _is_heading(candidate, found[0]):
                return _Line(number, text, "heading", found[1], found[2], found[0])
    return _Line(number, text, "text")


def split_run_in(text: str) -> tuple[str, str]:
    """Title and summary run together: split where a word ends and a sentence starts unspaced."""
    for m in _RUN_IN.finditer(text):
        word_start = text.rfind(" ", 0, m.start()) + 1
        if text[word_start:m.start()] in _NAME_PREFIXES:
            continue
        return text[:m.start()].rstrip(), text[m.start():].lstrip()
    return text, ""


# --- layouts ---------------------------------------------------------------------------

def detect_layout(lines: list[_Line]) -> str:
    starts = sum(1 for line in lines if line.kind in {"date", "date+text"})
    headings = sum(1 for line in lines if line.kind == "heading")
    if headings > starts:
        return "headings"
    if starts == 1:
        body = [line for line in lines if line.kind == "text"]
        if len(body) >= 4:
            return "document"
    return "blocks"


def _title_like(line: _Line | None) -> bool:
    """A line that reads as an entry title: short, no closing full stop, a type word or parties."""
    if line is None or line.kind != "text" or len(line.text) > 200 or line.text.endswith("."):
        return False
    from .titles import parse_title  # titles imports dates only; no cycle at module load

    title = parse_title(line.text)
    return bool(title.doctype or title.names())


def _neighbour(lines: list[_Line], index: int, step: int) -> _Line | None:
    index += step
    while 0 <= index < len(lines) and lines[index].kind in {"blank", "boilerplate", "separator"}:
        index += step
    return lines[index] if 0 <= index < len(lines) else None


def _titles_before(lines: list[_Line], dates: list[int]) -> list[int | None]:
    """For each date line, the index of a title-like line just before it, if any."""
    found: list[int | None] = []
    for i in dates:
        before = _neighbour(lines, i, -1)
        found.append(before.number - 1 if lines[i].kind == "date" and _title_like(before) else None)
    return found


def _title_first(lines: list[_Line], dates: list[int], titles: list[int | None]) -> bool:
    """True when titles stand before their dates ("Cable, A to B" / "May 3, 1951" / summary)."""
    before = sum(1 for t in titles if t is not None)
    after = sum(1 for i in dates if lines[i].kind == "date+text" or _title_like(_neighbour(lines, i, 1)))
    return before > after and before >= max(1, len(dates) // 2)


def parse_listing(text: str, source: str, encoding: str = "utf-8", layout: str = "auto") -> Listing:
    raw = text.splitlines()
    listing = Listing(source=source, encoding=encoding, line_count=len(raw))
    for i, line in enumerate(raw):
        if _NOT_XML.search(line):
            count = len(_NOT_XML.findall(line))
            raw[i] = _NOT_XML.sub("", line)
            listing.notes.append((i + 1, f"{count} control character(s) removed: XML cannot hold them"))
    lines = [_classify(i + 1, _clean_or_mark(line)) for i, line in enumerate(raw)]
    listing.layout = detect_layout(lines) if layout == "auto" else layout
    if listing.layout == "headings":
        starts = [i for i, line in enumerate(lines) if line.kind == "heading"]
    else:
        starts = [i for i, line in enumerate(lines) if line.kind in {"date", "date+text"}]
        titles = _titles_before(lines, starts)
        if layout == "title-first" or layout == "auto" and listing.layout == "blocks" and _title_first(lines, starts, titles):
            listing.layout = "title-first"
            starts = [t if t is not None else d for t, d in zip(titles, starts)]
    if not starts:  # no entries: nothing to attach a collection title to; report every line
        for line in lines:
            _unused(listing, line, "page text (no entries found in this file)")
        return listing
    _read_head(listing, lines[:starts[0]])
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        _read_entry(listing, lines[start:end])
    if listing.entries:
        _trailing_page_text(listing)
    if listing.entries:
        last = listing.entries[-1]
        punctuated = _summaries_end_in_full_stops(listing)
        ending = (last.summary or [last.title])[-1]
        unfinished = not _SENTENCE_END.search(ending)
        if unfinished and (not text.endswith(("\n", "\r")) or last.summary and punctuated):
            last.flags.append("the input ends inside this entry: it may be cut off")
    return listing


_SENTENCE_END = re.compile(r"[.!?\"”’)\]:]$")


def _summaries_end_in_full_stops(listing: Listing) -> bool:
    """The listing's habit, judged on all but its last entry: do summaries end in a full stop?"""
    others = [e.summary[-1] for e in listing.entries[:-1] if e.summary]
    return bool(others) and sum(bool(_SENTENCE_END.search(t)) for t in others) >= 0.8 * len(others)


def _trailing_page_text(listing: Listing) -> None:
    """After the last entry a page goes on ("Related collections", "Index of names").

    Short paragraphs without a full stop at the end of the last summary are reported as page
    text. Its first paragraph too, when the listing's other summaries end in full stops.
    """
    last = listing.entries[-1]
    punctuated = _summaries_end_in_full_stops(listing)
    paragraphs = last.summary_paragraphs
    while paragraphs and (len(paragraphs) > 1 or punctuated):
        text = " ".join(content for _, content in paragraphs[-1])
        if len(text.split()) > 5 or _SENTENCE_END.search(text):
            break  # a sentence, perhaps cut off: it stays in the summary
        for number, content in paragraphs.pop():
            listing.unused.append(Unused(number, content, "page text after the last entry"))
        last.summary.pop()
    if paragraphs:
        last.summary_lines = (paragraphs[0][0][0], paragraphs[-1][-1][0])
        last.last_line = paragraphs[-1][-1][0]
    elif last.summary_lines:
        last.summary_lines = None
        last.last_line = max(n for n in (last.title_line, last.date_line) if n)


def _read_head(listing: Listing, head: list[_Line]) -> None:
    """Before the first entry: the collection's title and description, and page boilerplate."""
    texts = [line for line in head if line.kind == "text"]
    description = max((line for line in texts if len(line.text) >= 80), key=lambda line: len(line.text),
                      default=None)
    title = None
    if description:
        before = [line for line in texts if line.number < description.number]
        if before and len(before[-1].text) < 120 and not before[-1].text.endswith("."):
            title = before[-1]
    for line in head:
        if line is description:
            listing.description, listing.description_line = line.text, line.number
        elif line is title:
            listing.collection, listing.collection_line = line.text, line.number
        else:
            _unused(listing, line, "page text before the first entry")


def _unused(listing: Listing, line: _Line, reason: str) -> None:
    reasons = {"boilerplate": "page boilerplate", "separator": "separator",
               "long": f"line longer than {MAX_LINE} characters, not read as an entry"}
    if line.kind != "blank":
        listing.unused.append(Unused(line.number, line.text[:200], reasons.get(line.kind, reason)))


def _read_entry(listing: Listing, block: list[_Line]) -> None:
    """An entry's lines: its start (date or heading), a title, then summary paragraphs."""
    title_line = None
    if block[0].kind == "text":  # title-first: the title, then the date line
        title_line = block[0]
        at = next(i for i, line in enumerate(block) if line.kind == "date")
        for line in block[1:at]:
            _unused(listing, line, "")
        block = block[at:]
    start = block[0]
    entry = Entry(source=listing.source, first_line=(title_line or start).number, last_line=start.number,
                  date_text=start.date_text, date_line=start.number, date=start.date)
    body: list[_Line] = []
    for line in block[1:]:
        if line.kind not in {"boilerplate", "separator", "long"}:
            body.append(line)
        else:
            _unused(listing, line, "")
    content = [line for line in body if line.kind != "blank"]
    summary_start = 0
    if title_line is not None:
        entry.title, entry.title_line = title_line.text, title_line.number
    elif start.kind == "heading":
        entry.title, entry.title_line = start.text, start.number
    elif start.kind == "date+text":
        entry.title, run_on = split_run_in(start.rest)
        entry.title_line = start.number
        if run_on:
            body.insert(0, _Line(start.number, run_on, "text"))
            content.insert(0, body[0])
    elif content:
        entry.title, entry.title_line = content[0].text, content[0].number
        summary_start = 1
    else:
        listing.unused.append(Unused(start.number, start.text, "a date with no title after it"))
        return
    paragraphs = _paragraphs([line for line in body if line not in content[:summary_start]])
    if listing.layout == "document":
        labelled = next((i for i, p in enumerate(paragraphs) if _SUMMARY_LABEL.match(p[0].text)), None)
        if labelled is not None:
            label = _SUMMARY_LABEL.match(paragraphs[labelled][0].text)
            text_part, summary_part = paragraphs[:labelled], paragraphs[labelled:]
            first = summary_part[0]
            summary_part[0] = ([_Line(first[0].number, label.group("rest"), "text")] if label.group("rest") else []) + first[1:]
            summary_part = [p for p in summary_part if p]
        else:
            text_part, summary_part = paragraphs[:-1], paragraphs[-1:]
        entry.text = [" ".join(line.text for line in p) for p in text_part]
    else:
        summary_part = paragraphs
    entry.summary = [" ".join(line.text for line in p) for p in summary_part if p]
    entry.summary_paragraphs = [[(line.number, line.text) for line in p] for p in summary_part if p]
    if summary_part and summary_part[0]:
        entry.summary_lines = (summary_part[0][0].number, summary_part[-1][-1].number)
    used = [start, *content, *([title_line] if title_line else [])]
    entry.last_line = max(line.number for line in used)
    listing.entries.append(entry)


def _paragraphs(lines: list[_Line]) -> list[list[_Line]]:
    paragraphs: list[list[_Line]] = [[]]
    for line in lines:
        if line.kind == "blank":
            if paragraphs[-1]:
                paragraphs.append([])
        else:
            paragraphs[-1].append(line)
    return [p for p in paragraphs if p]
