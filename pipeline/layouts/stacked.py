"""Stacked records: a catalogue's search results copied as text, each record a stack of short
unlabelled lines in the catalogue's order, closed (or opened) by its call number:

    to Lydia Whitcomb                       (the title: the parties as the cataloguer wrote them)
    February 28, 1861                       (the date)
    Whitcomb, Asa, fl. 1861-1865            (the author, as the catalogue indexes names)
    Asks her to sell the mule. …            (the description)
    HIC03311.004                            (the call number)

An empty field leaves no line, so records differ in length; what each line is comes from its
shape, not its place: the call number's shape repeats from record to record, a date stands
alone, the author is an index heading, the title stands over them, the description under.
Each record is then read as a labelled one (:class:`pipeline.layouts.records.Records`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from statistics import median

from ..lines import Line
from ..listing import Listing
from ..titles import GIVEN_NAMES, parse_title
from . import Layout, no_entries, unused
from .builtin import read_head
from .records import Mark, Records

# A call number on a line of its own: a token or three, a digit in it, no word in lower case.
_CALL_NUMBER = re.compile(r"(?=.*\d)(?!\d+$)[A-Z][\w.:/()-]*(?: [\w.:/()-]+){0,3}")
_LOWER_WORD = re.compile(r"[a-zß-ÿ]{3}")  # ("Grüße 2.": a word, no call number)
# (a word and a number is an edition's or a list's numbering, "No. 1.", "Nr. 12", "Lettera 3", "RB 101": no call number)
_NUMBERING = re.compile(r"[^\W\d_]{1,8}\.?\s*\d{1,4}[a-z]?\.?|.*\.")  # (nor a line that ends a sentence)
# An author as catalogues index names: "Whitcomb, Asa, fl. 1861-1865", "Rudd, Harriet Moss, 1819-1890",
# "Nicolay, John G. (1832-1901)", "Bledsoe, Silas".
_LIFE = r"(?:fl\.|b\.|d\.|active|ca\.|c\.)?\s*\d{3,4}\??(?:\s*-\s*(?:\d{3,4})?\??)?"
_INDEX_NAME = re.compile(rf"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+)?,\s+[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ(][\w'’.)-]*){{0,3}}?)"
                         rf"(?:[,.]?\s+\(?(?P<life>{_LIFE})\)?)?\.?"
                         rf"|(?P<one>[A-ZÀ-Þ][\w'’-]+),\s+(?P<only>{_LIFE})")  # ("Flora, fl. 1861-1863": her given name alone)
STACKED_EXAMPLES = (  # (a line, what it is in a stacked record)
    ("HIC03311.004", "shelfmark"), ("MS Am 1821 (44)", "shelfmark"), ("GLC02490.12", "shelfmark"),
    ("Whitcomb, Asa, fl. 1861-1865", "sender"), ("Rudd, Harriet Moss, 1819-1890", "sender"),
    ("Nicolay, John G. (1832-1901)", "sender"), ("Bledsoe, Silas", "sender"), ("Cobb, Emeline, 1844-?", "sender"),
    ("Flora, fl. 1861-1863", "sender"), ("Keyes, Samuel. fl. 1862-1863", "sender"),
    ("February 28, 1861", "date"), ("circa 1861", "date"),
    ("Describes the fortifications at Alexandria.", "summary"), ("Provost Marshal, Alexandria, Va.", "summary"),
    ("Alexandria, Va.", "summary"), ("Washington, D.C.", "summary"),  # (a place of writing, no author)
    ("No. 1.", "summary"), ("RB 101", "summary"), ("Grüße 2.", "summary"),  # (an edition's number, a book's shelf number: no call number)
)
_GAP = 10  # (lines at most in a record between two call numbers)


def call_number(line: Line) -> str | None:
    """The shape of a line that may be a record's call number ("HIC9.9"), None for other lines."""
    text = line.text.strip()
    if line.kind in {"blank", "long"} or line.date is not None or len(text) > 40 or _LOWER_WORD.search(text) \
            or not _CALL_NUMBER.fullmatch(text) or _NUMBERING.fullmatch(text):
        return None
    return re.sub(r"\d+", "9", text)


def field(line: Line) -> str:
    """What a line of a record is by its shape: "shelfmark", "date", "sender" or "summary"."""
    text = line.text.strip()
    if call_number(line) is not None:
        return "shelfmark"
    if (named := _INDEX_NAME.fullmatch(text)) is not None and (named["life"] or named["only"] or _given(named["name"])):
        return "sender"  # (not "Alexandria, Va.", "Camp Dennison, Ohio": a place)
    if line.kind == "date" and line.date is not None:
        return "date"
    return "summary"


def _given(name: str) -> bool:
    """The part after the comma opens with a given name or an initial ("Bledsoe, Silas", "Hatch, E. T.")."""
    given = name.split(",", 1)[1].split()
    if len(given) == 1 and (given[0] in _REGIONS or re.fullmatch(r"[A-Z][a-z]{1,4}\.", given[0])):
        return False  # ("Washington, D.C.", "Alexandria, Va.": a place of writing)
    return given[0] in GIVEN_NAMES or bool(re.fullmatch(r"(?:[A-ZÀ-Þ]\.)+", given[0]))


_REGIONS = {"D.C.", "N.Y.", "N.J.", "N.H.", "N.C.", "S.C.", "R.I.", "W.Va.", "U.S.", "N.S.W.", "U.K."}


def _numbers(lines: Sequence[Line]) -> list[int]:
    """The call numbers' lines: the shape that repeats most, where at least three records stand
    between them, most of them a few lines long with a date or an author among them."""
    shapes = Counter(shape for line in lines if (shape := call_number(line)) is not None)
    if not shapes:
        return []
    shape, count = shapes.most_common(1)[0]
    if count < 3:
        return []
    found = [i for i, line in enumerate(lines) if call_number(line) == shape]
    gaps = [[line for line in lines[a + 1:b] if line.kind not in {"blank", "separator", "boilerplate"}]
            for a, b in zip(found, found[1:])]
    stacked = [gap for gap in gaps if 1 <= len(gap) <= _GAP and any(field(line) in {"date", "sender"} for line in gap)]
    return found if len(stacked) >= max(2, 0.6 * len(gaps)) else []


def _content(line: Line) -> bool:
    return line.kind not in {"blank", "separator", "boilerplate"}


def _records(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """(start, end) index ranges: the lines up to each call number, or from each, whichever the
    page's edges agree with (the first record's lines over the first number, or the last one's
    under the last)."""
    found = _numbers(lines)
    if not found:
        return []
    reach = int(median(b - a for a, b in zip(found, found[1:]))) + 2 if len(found) > 1 else _GAP

    def run(i: int, step: int) -> int:  # content lines next to a call number, up to a blank line
        k = i + step
        while 0 <= k < len(lines) and _content(lines[k]) and abs(k - i) <= reach and call_number(lines[k]) is None:
            k += step
        return abs(k - i) - 1

    before, after = run(found[0], -1), run(found[-1], 1)
    if before >= after:  # the number closes its record
        return [(found[0] - before, found[0] + 1)] + [(a + 1, b + 1) for a, b in zip(found, found[1:])]
    return [(a, b) for a, b in zip(found, found[1:])] + [(found[-1], found[-1] + after + 1)]


def marks(block: Sequence[Line]) -> list[Mark]:
    """Each line's field, as if labelled: the title is the first other line where it stands over the
    date or the author, or says "to …" (or is the first of several where neither is given); the
    description is the other lines."""
    kinds = [field(line) if _content(line) else None for line in block]
    content = [k for k, kind in enumerate(kinds) if kind is not None]
    summaries = [k for k in content if kinds[k] == "summary"]
    if summaries:
        lead = summaries[0]
        anchors = [k for k in content if kinds[k] in {"date", "sender"}]
        text = block[lead].text.strip()
        read = parse_title(text) if len(text) <= 160 else None
        if any(k > lead for k in anchors) or _ADDRESSED.match(text) or not anchors and len(summaries) > 1 \
                or read is not None and (read.senders or read.recipients):  # ("Letter to Lucy Pettibone" under its date)
            kinds[lead] = "title"
    seen: set[str] = set()
    out: list[Mark] = []
    for line, kind in zip(block, kinds):
        if kind in {"date", "sender", "title"} and kind in seen:
            kind = "summary"  # (a second date or name: the description's)
        if kind is not None:
            seen.add(kind)
        value = line.text.strip()
        if kind == "sender" and (named := _INDEX_NAME.fullmatch(value)) is not None:
            name = re.sub(r"(?<=[a-z]{2})\.$", "", named["name"] or named["one"])
            value = ", ".join(filter(None, (name, named["life"] or named["only"])))  # ("Keyes, Samuel. fl. 1862")
        out.append((kind, "", value) if kind is not None else None)
    return out


_ADDRESSED = re.compile(r"(?:to|from)\s", re.IGNORECASE)  # ("to his wife": a letter to a relation, unnamed)
_LETTERS = {"letter", "cable", "telegram"}


def _a_letter(title: str) -> bool:
    """Whether a record's title is a letter's: it names a party, or says "to …", or what kind of letter
    it is; search results mix letters with receipts, diaries and envelopes ("[Receipt for a substitute]")."""
    read = parse_title(title)
    return bool(read.senders or read.recipients or read.doctype in _LETTERS or _ADDRESSED.match(title))


def in_stacked(lines: Sequence[Line], dated: Sequence[int]) -> int:
    """How many of the ``dated`` lines are a stacked record's (its date, or its author's life dates)."""
    records = _records(lines)
    inside = {i for start, end in records for i in range(start, end)}
    return sum(1 for i in dated if i in inside)


class Stacked(Layout):
    name = "stacked"
    description = "stacked: unlabelled records of short lines (title, date, author, description, call number)"
    rule = "an entry is the stack of lines up to (or from) each call number, the call numbers alike in shape"

    def score(self, lines: Sequence[Line]) -> float:
        """Its records, and half a point (the blocks layout no longer counts the date lines in them)."""
        records = _records(lines)
        return len(records) + 0.5 if records else 0

    def read(self, lines: Sequence[Line], listing: Listing) -> None:
        records = _records(lines)
        if not records:
            no_entries(listing, lines)
            return
        read_head(listing, lines[:records[0][0]])
        reader = Records()
        for start, end in records:
            block = lines[start:end]
            while block and block[-1].kind == "blank":
                block = block[:-1]
            while block and block[0].kind == "blank":
                block = block[1:]
            fields = marks(block)
            title = next((mark[2] for mark in fields if mark and mark[0] == "title"), None)
            if title is not None and not _a_letter(title):
                for line in block:
                    unused(listing, line, "a record of a document that is no letter (its title names no parties "
                                          "and no kind of letter)")
                continue
            reader._entry(block, fields, listing)
        for line in lines[records[-1][1]:]:
            unused(listing, line, "page text after the last record")
