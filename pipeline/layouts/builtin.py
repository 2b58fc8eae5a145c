"""The built-in layouts: archive pages (blocks, title-first), calendars (headings), one
document page (document). Each reads an entry as the lines from one start to the next.

``blocks``
    A date on a line of its own (bulleted or not) starts an entry; the next line is the
    title, the rest the summary. Lone "-" lines, blank lines and paging noise between
    blocks are fine. "MAY 3, 1951Letter from A to BWhile …" (date, title and summary run
    together on one line) is split where the date ends and where the title ends. An entry
    may open with a heading instead ("A to B, June 1876" after a blank line).
``title-first``
    As blocks, but each title stands before its date line (a common search-result layout);
    a heading that ends in its date, after a blank line, opens an entry too.
``headings``
    One entry per heading line that ends with its date: "To J. Smith [4 August 1871]",
    "Cable No. 12, Petrov to Stalin, 12 May 1947". Lines up to the next heading are the
    summary. An entry may open with a date line over its title instead, or a title over a
    date line (after a blank line).
``document``
    A single document page: date, title, the letter's full text, then its summary
    (after a "Summary" label if there is one, else the last paragraph).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from .. import doctypes
from ..lines import DOCUMENT_LABEL, ENTRY_NUMBER, FILE_NUMBER, PLACE_COLUMN, Line, opens_with_parties, split_run_in, title_like
from ..listing import Entry, Listing, Unused
from ..titles import parse_party_list
from . import Layout, no_entries, unused
from .shared import (SAME_DAY, SAME_PARTIES, first_sentence, indent, place_alone, running_head, title_cut, title_end,
                     title_open, trim_dash)
from .shared import paragraphs as _paragraphs  # (a local name: read_entry's own list is "paragraphs")

_SUMMARY_LABEL = re.compile(r"^(?:summary|abstract|description|regest|inhalt|résumé)\s*:?\s*(?P<rest>.*)$",
                            re.IGNORECASE)
_STARTS = {"date", "date+text"}
# a web page's end and the next one's start: its pager, "Skip to main content" (not a result's "View" link)
_PAGE_TURN = re.compile(r"(?i:skip to (?:main )?content|jump to .*|pages|.*(?:next|last)\s*[›»>]+|[‹«<]+\s*(?:first|prev(?:ious)?)\b.*)$")
NO_TITLE = "a date with no title after it"  # the reader reports such a line as a possible entry


def _date_lines(lines: Sequence[Line]) -> list[int]:
    return [i for i, line in enumerate(lines) if line.kind in _STARTS]


def _mixed_starts(lines: Sequence[Line], own: set[str]) -> list[int]:
    """The lines of kind ``own`` that start entries, and those of the other start that stand alone:
    a listing whose entries open with a date line ("3 May 1850" over "A to B") mostly has some
    that open with a heading instead ("A to B, 3 May 1850"), and the other way round. The other
    start opens a paragraph (a blank line or a separator before it: within a paragraph it is
    part of a summary) after an entry that has its title and a summary (before the first entry,
    "CALENDAR OF THE LETTERS OF X, 1788-1790" heads the page; right after a title, a heading is
    the entry's summary: "Memorandum, A to B" over "Letter from A to B, 4 November 1948"). A
    heading over a date line that has no title of its own is that date's title; a date line is
    a start only where a title follows it, or where a title stands right over it ("From A to B"
    over "Harrowdene, 15 August 1834", as search results have it: the entry starts at its
    title) and none right under it."""
    starts: list[int] = []
    seen = 0  # lines of the current entry so far: its start, its title, then its summary
    paired = -1  # a date line whose title, over it, started its entry
    for i, line in enumerate(lines):
        if line.kind in own and i != paired and not (not starts and _page_title(line)):
            starts.append(i)
            seen = 1 + (line.kind in {"date+text", "heading"})  # (these carry their title)
            continue
        if line.kind in {"blank", "separator", "boilerplate"}:
            continue
        # (a heading after a heading that has no summary starts an entry too: two entries' titles)
        summed = seen >= 3 or seen == 2 and lines[starts[-1]].kind == "heading" if starts else False
        # (a paragraph's opening: after a blank line, or after its number on a line of its own)
        other = summed and (lines[i - 1].kind in {"blank", "separator", "boilerplate"} or _numbered_above(lines, i))
        if other and line.kind == "heading" and "heading" not in own:
            j = _next(lines, i)
            titled = j is not None and lines[j].kind == "date" and not title_like(_neighbour(lines, j, 1))
            if not titled:
                starts.append(i)
                seen = 2
                continue
        elif other and line.kind in _STARTS and "heading" in own:
            if line.kind == "date+text" or title_like(_neighbour(lines, i, 1)):
                starts.append(i)
                seen = 1 + (line.kind == "date+text")
                continue
        elif (other or not starts and opens_with_parties(line.text) and not doctypes.find(line.text)) \
                and i + 1 < len(lines) and lines[i + 1].kind == "date" and title_like(line) \
                and not title_like(lines[i + 2] if i + 2 < len(lines) else None):
            # (the first entry too: "A an B" over "Ulm, 23. Mai 1797" under the page's heading)
            starts.append(i)
            paired, seen = i + 1, 1
            continue
        seen += 1
    return starts


def _page_title(line: Line) -> bool:
    """"CALENDAR OF THE LETTERS OF X, 1788-1790" above the first entry: a heading in capitals
    over a span of years heads the page; it is no letter."""
    span = line.date is not None and line.date.when is None and (line.date.from_ or line.date.not_before)
    return line.kind in {"heading", "date"} and bool(span) and line.text.isupper()  # ("ENVOY AT X, 1781-1783.")


def _next(lines: Sequence[Line], index: int, step: int = 1) -> int | None:
    """The index of the next line (``step`` -1: the one before) that is not blank or noise."""
    index += step
    while 0 <= index < len(lines) and lines[index].kind in {"blank", "boilerplate", "separator"}:
        index += step
    return index if 0 <= index < len(lines) else None


def _neighbour(lines: Sequence[Line], index: int, step: int) -> Line | None:
    found = _next(lines, index, step)
    return lines[found] if found is not None else None


def _titles_before(lines: Sequence[Line], dates: list[int]) -> list[int | None]:
    """For each date line, the index of a title-like line just before it, if any (over the
    date's label, where a web page sets "Date:" on a line of its own over the date)."""
    found: list[int | None] = []
    labelled = sum(1 for i in dates if _labelled(lines, i))
    for i in dates:
        before = _neighbour(lines, i, -1)
        if before is not None and lines[i].kind == "date" and _bare(lines, i) and (
                _date_label(before) or labelled >= max(3, len(dates) // 2) and before.kind == "text"):
            # (the record's first field over the label: its title, or a sentence that describes it; the
            # same over a date with no label, where most of the page's dates have one: a page of the
            # same search that prints its dates bare)
            above = before
            if _date_label(before):
                above = _neighbour(lines, before.number - 1, -1)
                if before.number < 2 or lines[before.number - 2].kind != "blank":  # (fields one under another, "Author:"
                    found.append(None)                        # over "Date:": the records layout's)
                    continue
            first = above.number - 1 if above is not None and above.kind == "text" else None
            while first and lines[first - 1].kind == "text" and above.number - first < 3:
                first -= 1
            found.append(first if first is not None and (first == 0 or lines[first - 1].kind != "text") else None)
            continue
        found.append(before.number - 1 if lines[i].kind == "date" and title_like(before) else None)
    return found


def _date_label(line: Line) -> bool:
    """A date's label alone on its line ("Date:", "Datum:"), as the records layout's LABELS name it."""
    from .records import label  # (records reads its page's head with read_head, from here)

    found = label(line.text.strip())
    return found is not None and found[0] == "date" and not found[2]


def _labelled(lines: Sequence[Line], i: int) -> bool:
    """A date line under its label alone ("Date:"), a blank line under it: the date of the record
    above it (not "Date:" over a date over its title, an archive page's)."""
    return (before := _neighbour(lines, i, -1)) is not None and _date_label(before) and _bare(lines, i)


def _bare(lines: Sequence[Line], i: int) -> bool:
    """Nothing on the line under the date line: a blank line, or the page's end."""
    return i + 1 >= len(lines) or lines[i + 1].kind == "blank"


class Blocks(Layout):
    name = "blocks"
    description = "blocks: a date line, the title, then the summary (archive pages)"
    rule = ("an entry starts at a line that is a date (alone, or followed by its title on the same line),"
            " or at a heading that ends in its date after a blank line")
    document = False

    def starts(self, lines: Sequence[Line]) -> list[int]:
        return _mixed_starts(lines, _STARTS)

    def score(self, lines: Sequence[Line]) -> float:
        """Its date lines, less those under a numbered heading that ends in its page ("1   A an B   5"
        over "Weimar, 3. Mai 1808"): a printed list's, the place and date of the letter over them; and
        less those under their label ("Date:") under a title: the date of the title above."""
        from .contents import dated_under_heading  # (contents reads its heads with read_head)
        from .records import in_records
        from .stacked import in_stacked

        dated = _date_lines(lines)
        labelled = sum(1 for i, title in zip(dated, _titles_before(lines, dated)) if title is not None and _labelled(lines, i))
        return len(dated) - dated_under_heading(lines) - in_records(lines, dated) - in_stacked(lines, dated) - labelled

    def read(self, lines: Sequence[Line], listing: Listing) -> None:
        lines = _same_dates(furniture(lines))
        read_blocks(lines, self.starts(lines), listing, self.document)


def _same_dates(lines: Sequence[Line]) -> list[Line]:
    """"Same date." over a title, after a blank line, as a calendar dates a second letter of
    the day: a date line of that day (the date it says, as written)."""
    out: list[Line] = []
    day: Line | None = None  # the last line that gave a date
    for i, line in enumerate(lines):
        if line.kind in _STARTS and line.date is not None:
            day = line
        elif line.kind == "text" and day is not None and SAME_DAY.fullmatch(line.text) and (i == 0 or lines[i - 1].kind == "blank") \
                and (below := _neighbour(lines, i, 1)) is not None and (title_like(below) or opens_with_parties(below.text)):
            line = replace(line, kind="date", date=day.date, date_text=line.text)
        out.append(line)
    return out


def furniture(lines: Sequence[Line]) -> list[Line]:
    """The lines a printed page sets between the entries, as page boilerplate: its running head
    with its number ("65            1853"), a year centred over the page's entries."""
    return [replace(line, kind="boilerplate") if line.kind != "blank" and (
        "  " in line.raw.strip() and running_head(line.raw)
        or indent(line) >= 12 and _YEAR_ALONE.fullmatch(line.text.strip())) else line
        for line in lines]


_YEAR_ALONE = re.compile(r"\d{4}\.?")


def _undated_records(lines: Sequence[Line], pairs: dict[int, int]) -> list[int]:
    """Paragraphs that open as most titles do ("Letter from …", "A letter from …") and stand alone with
    no date under them, where the records are each a title over its date and nothing else (a page of
    the same search that shows no dates): each a record of its own, undated."""
    if len(pairs) < 5:
        return []

    def opener(i: int) -> str:
        return " ".join(lines[i].text.lower().split()[:2])

    bare = sum(1 for date in pairs.values() if (after := _next(lines, date, 1)) is None or after in pairs)
    if bare * 5 < len(pairs) * 4:
        return []  # (entries with summaries under their dates: a paragraph there is one of them)
    openers = Counter(opener(i) for i in pairs)
    taken = {k for title, date in pairs.items() for k in range(title, date + 1)}
    return [i for i, line in enumerate(lines) if line.kind == "text" and i not in taken and (i == 0 or lines[i - 1].kind == "blank")
            and openers[opener(i)] >= 3 and ((after := _neighbour(lines, i, 1)) is None or after.kind not in _STARTS)]


class TitleFirst(Blocks):
    name = "title-first"
    description = "title-first: the title, its date line, then the summary (search results)"
    rule = "an entry starts at a title line that stands just before a date line"

    def starts(self, lines: Sequence[Line]) -> list[int]:
        """Each title over its date line; and a heading that ends in its date ("8. A an B, Ulm,
        o. D."), where it opens a paragraph after an entry's summary, not over a date line."""
        dates = _date_lines(lines)
        pairs = dict(zip((t if t is not None else d for t, d in zip(_titles_before(lines, dates), dates)), dates))
        starts: list[int] = []
        dated = None  # the line after which the current entry's summary begins
        for i, line in enumerate(lines):
            if i in pairs:
                starts.append(i)
                dated = pairs[i]
            elif line.kind == "heading" and dated is not None \
                    and (lines[i - 1].kind in {"blank", "separator"} or _numbered_above(lines, i)) \
                    and (_next(lines, i, -1) or 0) > dated \
                    and ((after := _neighbour(lines, i, 1)) is None or after.kind not in _STARTS):
                starts.append(i)
                dated = i
        return sorted(starts + _undated_records(lines, pairs))

    def score(self, lines: Sequence[Line]) -> float:
        """Titles stand before their dates more often than after them, for at least half the dates."""
        dates = _date_lines(lines)
        before = sum(1 for t in _titles_before(lines, dates) if t is not None)
        after = sum(1 for i in dates if lines[i].kind == "date+text" or title_like(_neighbour(lines, i, 1)) and not _labelled(lines, i))
        return len(dates) if before > after and before >= max(1, len(dates) // 2) else 0


class Document(Blocks):
    name = "document"
    description = "document: one document page (date, title, the letter's text, its summary)"
    rule = "the page's one date line starts its one entry"
    document = True

    def score(self, lines: Sequence[Line]) -> float:
        """One date, at most one heading, and at least four lines of text: a page, not a list."""
        starts = len(_date_lines(lines))
        headings = sum(1 for line in lines if line.kind == "heading")
        body = sum(1 for line in lines if line.kind == "text")
        return 1 if starts == 1 and headings <= 1 and body >= 4 else 0


class Headings(Layout):
    name = "headings"
    description = "headings: one entry per line that ends in its date (calendars, contents pages)"
    rule = ("an entry starts at a heading line that ends in its date (\"To J. Smith [4 August 1871]\"),"
            " or at a date line over its title after a blank line")

    def starts(self, lines: Sequence[Line]) -> list[int]:
        return _mixed_starts(lines, {"heading"})

    def score(self, lines: Sequence[Line]) -> float:
        """More headings than date lines: a date line would start a block instead."""
        headings = sum(1 for line in lines if line.kind == "heading")
        return headings if headings > len(_date_lines(lines)) else 0

    def read(self, lines: Sequence[Line], listing: Listing) -> None:
        starts = self.starts(lines)
        over = paragraph_heads(lines, starts)
        read_blocks(lines, starts, listing, heads=over)


def paragraph_heads(lines: Sequence[Line], starts: list[int]) -> dict[int, int]:
    """{start: its paragraph's first line} where most headings have a line or
    three over them after a blank one, none of them a heading or a date: a record's number and
    shelfmark over its title ("KHB B0386 | StAZH W I 12" / "In: Briefe, Band 1, Nr. 36" / "A an B, Ort,
    5. Mai 1846"), each paragraph one letter: the first with a digit, the heading above with lines
    of its own under it ("Schlagwörter: …")."""
    above = {}
    for k, start in enumerate(starts):
        first = start
        while first > 0 and lines[first - 1].kind == "text" and start - first < 3 and (k == 0 or first - 1 > starts[k - 1]):
            first -= 1
        if first < start and first > 0 and lines[first - 1].kind in {"blank", "separator"} \
                and any(c.isdigit() for c in lines[first].text) and len(lines[first].text) <= 80 \
                and (k == 0 or lines[starts[k - 1] + 1].kind not in {"blank", "separator"}):
            above[start] = first  # (not a letter's summary, its paragraph under its heading: the heading
            #                        above then stands alone, a blank line under it; nor a signature)
    return above if len(above) >= 3 and len(above) * 3 >= len(starts) * 2 else {}


# Order decides ties: a one-date page is a document before it is one block; titles before
# their dates make title-first before blocks; headings win only with more headings than dates.
BUILT_IN: tuple[Layout, ...] = (Document(), TitleFirst(), Blocks(), Headings())


# --- reading blocks ----------------------------------------------------------------------

def read_blocks(lines: Sequence[Line], starts: list[int], listing: Listing, document: bool = False,
                heads: dict[int, int] | None = None) -> None:
    """Entries from ``starts`` (indexes into ``lines``) each to the next; the head before them.
    ``heads``: {start: the first of the lines over it in its paragraph} (paragraph_heads), kept as
    the entry's notes."""
    if not starts:
        no_entries(listing, lines)
        return
    heads = heads or {}
    starts = [start if start in heads or (above := _number_above(lines, start)) is None else above for start in starts]
    read_head(listing, lines[:heads.get(starts[0], starts[0])])
    for n, start in enumerate(starts):
        end = heads.get(starts[n + 1], starts[n + 1]) if n + 1 < len(starts) else len(lines)
        if _year_over(lines[start:end], lines[end] if end < len(lines) else None):
            unused(listing, lines[start], "a heading: the year of the entries below it")
            continue
        before = len(listing.entries)
        read_entry(listing, lines[start:end], document)
        if start in heads and len(listing.entries) > before:
            entry = listing.entries[-1]
            entry.first_line = lines[heads[start]].number
            entry.notes[:0] = [line.text for line in lines[heads[start]:start]]


def _year_over(block: Sequence[Line], below: Line | None) -> bool:
    """A year alone, nothing under it but the next entry's date line of that year ("1919" over
    "1919-05-09"): the year's heading, no entry."""
    return _YEAR_ALONE.fullmatch(block[0].text.strip()) is not None and all(line.kind == "blank" for line in block[1:]) \
        and below is not None and below.date is not None and (below.date.start or "")[:4] == block[0].text.strip()[:4]


def _numbered_above(lines: Sequence[Line], start: int) -> bool:
    return _number_above(lines, start) is not None


def _number_above(lines: Sequence[Line], start: int) -> int | None:
    """The index of the entry's number over the entry at ``start``, as a paragraph of its own:
    "Nr. 158" on the line above, after a blank line, or a file's number ("812.00/4415:
    Telegram") over a blank line too. That line opens the entry (it was the summary of the
    entry before). A lone number over a blank line is a page's, not the entry's."""
    above = start - 1 if start and lines[start - 1].kind == "text" and ENTRY_NUMBER.match(lines[start - 1].text) \
        else _next(lines, start, -1)
    if above is None or lines[above].kind != "text" \
            or not (above == start - 1 and ENTRY_NUMBER.match(lines[above].text) or FILE_NUMBER.match(lines[above].text)):
        return None
    return above if above < 1 or lines[above - 1].kind in {"blank", "separator"} else None


# A series' or a box's heading over the first entries: no collection's title ("Subseries 1.1: …").
_SERIES_HEADING = re.compile(r"^(?:sub-?series|series|box|folder|part|section)\s+[\dIVXLC]", re.IGNORECASE)
# A finding aid's or a catalogue page's section labels: no collection's title.
_SECTION_LABEL = re.compile(r"^(?:scope and contents?|scope|abstract|summary|description|arrangement|"
                            r"(?:biographical|historical|biographical/historical)(?: note)?|administrative history|"
                            r"custodial history|content and structure|overview)\s*:?$", re.IGNORECASE)


# A web page's navigation copied with it: a breadcrumb ("Home > Browse > Papers of X > Letters") or a
# menu bar of short items set apart by spaces ("Home   Browse   Search   Log in"): neither a
# collection's title nor its description.
_MENU_ITEM = r"[^\W\d]\w*(?: [^\W\d]\w*){0,3}(?: \(\d+\))?"  # ("Advanced search", "Clipboard (0)")
_PAGE_CHROME = re.compile(rf"^(?:[^>›»]+\s[>›»]\s){{2,}}[^>›»]+$|^(?:{_MENU_ITEM}\s{{2,}}){{3,}}{_MENU_ITEM}$"
                          rf"|^(?:{_MENU_ITEM}\s*\|\s*){{3,}}{_MENU_ITEM}$")  # (or parted by bars: "Home | Browse | Search | Help")
PAGE_CHROME_EXAMPLES = {"Home   Browse   Search   Advanced search   Clipboard (0)   Log in": True,
                        "Home | Criteri editoriali | Sigle | Regesto": True, "Title | Creator | Date Made Visible | None": True,
                        "Home > Browse collections > Papers of the Langhurst family > Correspondence": True,
                        "Papers of the Langhurst family > Correspondence": False,
                        "Letters of Anna Berg to her  publisher,  with notes  and an  introduction.": False,
                        "12   Smith   Jones   1850": False}


def read_head(listing: Listing, head: Sequence[Line]) -> None:
    """Before the first entry: the collection's title and description, and page boilerplate."""
    texts = [line for line in head if line.kind == "text" and not _PAGE_CHROME.match(line.text.strip())]
    description = max((line for line in texts if len(line.text) >= 80), key=lambda line: len(line.text),
                      default=None)
    title = None
    if description:
        before = [line for line in texts if line.number < description.number]
        if before and _SERIES_HEADING.match(before[-1].text):  # "Subseries 1.1: Incoming …" over its note: the
            description, before = None, before[:1]             # series', not the collection's; the page's title above
            title = before[0] if before and len(before[0].text) < 120 else None
        if before and _SECTION_LABEL.match(before[-1].text):  # "Scope and Content" over it: the page's title is above
            before = before[:1]
        if description and before and len(before[-1].text) < 120 and not before[-1].text.endswith("."):
            title = before[-1]
    for line in head:
        if line is description:
            listing.description, listing.description_line = line.text, line.number
        elif line is title:
            listing.collection, listing.collection_line = line.text, line.number
        else:
            unused(listing, line, "page text before the first entry")


def read_entry(listing: Listing, block: Sequence[Line], document: bool = False) -> None:
    """An entry's lines: its start (date or heading), a title, then summary paragraphs."""
    title_line = numbered = None
    wrapped: list[Line] = []  # a title's second line
    number = ENTRY_NUMBER.match(block[0].text) or FILE_NUMBER.match(block[0].text) \
        if len(block) > 1 and block[0].kind == "text" else None
    if number:
        numbered, block = block[0], block[1:]  # "Nr. 158" over the entry: its number
        while len(block) > 1 and block[0].kind == "blank":  # (a file's number, a paragraph over the entry)
            block = block[1:]
    if block[0].kind == "text":  # title-first: the title, then the date line
        title_line = block[0]
        at = next((i for i, line in enumerate(block) if line.kind == "date"), None)
        if at is None:  # an undated record (_undated_records): its title alone, what follows it not its
            listing.entries.append(Entry(source=listing.source, first_line=title_line.number,  # summary
                                         last_line=title_line.number, date_text="", date_line=title_line.number,
                                         date=None, title=title_line.text, title_line=title_line.number))
            for line in block[1:]:
                unused(listing, line, "a paragraph among undated records that opens as none of their titles does")
            return
        for line in block[1:at]:
            if not _date_label(line):  # (the date's label is read with it)
                unused(listing, line, "")
        block = block[at:]
    start = block[0]
    entry = Entry(source=listing.source, first_line=(numbered or title_line or start).number,
                  last_line=start.number, date_text=start.date_text, date_line=start.number, date=start.date)
    if start.numbering or numbered:
        entry.fields["number"] = start.numbering or number.group("n")
    if number and number.groupdict().get("type") and doctypes.describe(number["type"]):
        entry.fields["type"] = number["type"]  # "812.00/4415: Telegram"
    if start.kind == "date" and start.rest:  # "Dunmere, Saturday, 26 December 1863": where it was written
        entry.fields["place"] = start.rest
    elif start.place:  # "16. Ulm, 4. September 1852. A an B."
        entry.fields["place"] = start.place
    body: list[Line] = []
    described: list[Line] = []  # "Source: …", "Original Archive: …": the archive page's words on the document
    paged = False  # (a web page's chrome under a search result's date: what follows is the next page's head)
    for line in block[1:]:
        if line.kind == "boilerplate" and DOCUMENT_LABEL.match(line.text):
            described.append(line)
        elif line.kind not in {"boilerplate", "separator", "long"} and not paged:
            body.append(line)
        else:
            unused(listing, line, "page text after the entry" if paged and line.kind == "text" else "")
            paged = paged or title_line is not None and line.kind == "boilerplate" and bool(_PAGE_TURN.match(line.text))
    content = [line for line in body if line.kind != "blank"]
    summary_start = 0
    # "1792, Mar. 25. Vienna." over "Mr. Marsden to Sir Rowland Fairclough.": a place after the date,
    # the title below (numbered, "1.  1639, March 3. Dublin.", an inventory's item: that layout reads it)
    placed = start.kind == "date+text" and not start.numbering and title_line is None and bool(content) \
        and place_alone(start.rest) \
        and (opens_with_parties(content[0].text) or SAME_PARTIES.search(content[0].text) is not None) \
        or start.kind == "date+text" and title_line is None and bool(content) and _TYPED_FROM.match(content[0].text) \
        and len(start.rest) <= 60 and not doctypes.find(start.rest)
    #   (or, numbered or not, over a catalogue's summary that opens with its type: "12- 1723, Julho, 25, arraial
    #   de Nossa Senhora da Penha" over "CARTA do governador …": the place, lower case or long)
    if placed:
        entry.fields["place"] = start.rest.strip(" .[]")
    column = PLACE_COLUMN.match(start.rest) if start.kind == "date+text" and not placed else None
    if column is not None:  # "1810, Feb. 9. Treham.  Wimstone, Josiah. To X. A. L. S. 2 pp.": the place's
        #                     column, then the title to the line's end (its summary below it)
        if not column["place"].replace(" ", "").lower() == "n.p.":
            entry.fields["place"] = column["place"].strip(" .[]")
    if title_line is not None:
        entry.title, entry.title_line = title_line.text, title_line.number
    elif start.kind == "heading":
        entry.title, entry.title_line = start.text, start.number
        joined = f"{start.text} {content[0].text}" if content else ""
        if start.date_text and start.date_text not in start.text and start.date_text in joined:
            taken = content[0]  # its date carried onto the line below (lines.join_wrapped_headings)
            entry.title = joined
            body.remove(taken)
            content.remove(taken)
            wrapped.append(taken)
    elif column is not None:
        entry.title, entry.title_line = start.rest[column.end():], start.number
    elif start.kind == "date+text" and not placed:
        entry.title, run_on = split_run_in(start.rest)
        if not run_on:
            width = max(len(line.text) for line in block)
            entry.title, run_on, taken = _title_on(start, content[0] if content else None, width)
            if taken is not None:  # the title ends on the line below: the rest of that line opens the summary
                body.remove(taken)
                content.remove(taken)
                wrapped.append(taken)
        entry.title = trim_dash(entry.title)  # "1766-02-01 – A to B –": nothing after it
        entry.title_line = start.number
        if run_on:
            body.insert(0, Line((wrapped or [start])[-1].number, run_on, "text"))
            content.insert(0, body[0])
    elif content:
        entry.title, entry.title_line = content[0].text, content[0].number
        summary_start = 1
        while summary_start < len(content) and content[summary_start].number == content[summary_start - 1].number + 1 \
                and (not entry.title.endswith(".") or title_open(entry.title)) \
                and title_cut(entry.title, below := content[summary_start].text):
            # the title's sentence goes on ("CARTA do governador …, ao" over "secretário de estado …, X, sobre …")
            end = title_end(below)
            entry.title = f"{entry.title} {below[:end].strip()}"
            if rest := below[end:].strip():  # (its summary goes on after the stop, on that line)
                body[body.index(content[summary_start])] = content[summary_start] = Line(content[summary_start].number, rest, "text")
                break
            summary_start += 1
    else:
        if numbered:  # ("NO0" over "0000": the number of no entry)
            unused(listing, numbered, "a number over a date line with no title")
        listing.unused.append(Unused(start.number, start.text, NO_TITLE))
        return
    paragraphs = _paragraphs([line for line in body if line not in content[:summary_start]])
    while len(paragraphs) > 1 and len(paragraphs[-1]) == 1 and _PART_LINE.match(paragraphs[-1][0].text):
        # ("II. LAIŠKAI JONUI VAIDOTUI" after the last entry of part I: the next part's heading)
        heading = paragraphs.pop()[0]
        unused(listing, heading, "a heading of a part of the file")
        content.remove(heading)
    if document:
        labelled = next((i for i, p in enumerate(paragraphs) if _SUMMARY_LABEL.match(p[0].text)), None)
        if labelled is not None:
            label = _SUMMARY_LABEL.match(paragraphs[labelled][0].text)
            text_part, summary_part = paragraphs[:labelled], paragraphs[labelled:]
            first = summary_part[0]
            summary_part[0] = ([Line(first[0].number, label.group("rest"), "text")] if label.group("rest") else []) + first[1:]
            summary_part = [p for p in summary_part if p]
        else:
            text_part, summary_part = paragraphs[:-1], paragraphs[-1:]
        entry.text = [" ".join(line.text for line in p) for p in text_part]
        entry.text_paragraphs = [[(line.number, line.text) for line in p] for p in text_part]
    else:
        summary_part = paragraphs
        for k, paragraph in enumerate(summary_part):
            # a Regest's witness under its abstract ("Ausf., eigenh.: Wien, Staatsarchiv, …", "Druck:
            # …"): where the letter is kept and printed, a note, not the abstract (its city no place of it)
            if (at := next((n for n, line in enumerate(paragraph) if n and WITNESS.match(line.text)), None)) is not None:
                entry.notes.append(" ".join(line.text for line in paragraph[at:]))
                summary_part[k] = paragraph[:at]
    entry.summary = [" ".join(line.text for line in p) for p in summary_part if p]
    entry.summary_paragraphs = [[(line.number, line.text) for line in p] for p in summary_part if p]
    if summary_part and summary_part[0]:
        entry.summary_lines = (summary_part[0][0].number, summary_part[-1][-1].number)
    entry.notes.extend(line.text for line in described)
    used = [start, *content, *wrapped, *described, *([title_line] if title_line else [])]
    entry.last_line = max(line.number for line in used)
    listing.entries.append(entry)


_TYPED_FROM = re.compile(rf"(?:{'|'.join(doctypes.IBERIAN_TYPES)})\s+(?:d[oa]s?|de|del)\s", re.IGNORECASE)
WITNESS = re.compile(r"^(?:Ausf\.|Ausfertigung|Abschrift|Abschr\.|Konz\.|Konzept|Entwurf|Druck|Drucke|Orig\.|"
                      r"Überlieferung|Regest)[^:]{0,30}:\s+\S")


# A part's heading in capitals after a roman numeral, two words or more: "II. LAIŠKAI JONUI VAIDOTUI",
# "III. LETTERS RECEIVED" (not a signature, "A. LINCOLN", nor "IV. WINTER")
_PART_LINE = re.compile(r"^[IVX]{1,5}\.\s+[^\W\d_a-zà-ÿ][^\W\da-zà-ÿ]+(?:\s+[^\W\d_a-zà-ÿ][^\W\da-zà-ÿ.,]*){1,8}$")
PART_LINE_EXAMPLES = (("II. LAIŠKAI JONUI VAIDOTUI", True), ("III. LETTERS RECEIVED", True), ("A. LINCOLN", False),
                      ("IV. WINTER", False), ("A. O. K.", False), ("II. Letters received", False))


def _title_on(start: Line, below: Line | None, width: int) -> tuple[str, str, Line | None]:
    """The title after a date on its line, what runs on after it, and the line below where the
    title ends there. A title ends at its first sentence's end or a spaced dash ("1766-01-03 –
    A to B – Asks …", "2. 21 December 1841. A to B. Asks …"); one that a hard wrap broke in its
    list of parties ("… to Mrs. Léontine" / "Lavergnat and Capt. Josiah Hollings. Long letter
    …": a line as long as the entry's longest, no stop, and names up to a stop after which the
    line below goes on) ends on the line below."""
    rest = start.rest
    end = title_end(rest)
    if end == len(rest) and below is not None and below.kind == "text" and len(start.text) >= max(60, 0.85 * width) \
            and not rest.endswith((".", "]", ")")) and opens_with_parties(rest):
        stop = first_sentence(below.text)  # (the summary goes on after the stop, on that line)
        if stop < len(below.text) and parse_party_list(below.text[:stop].rstrip(" .")) is not None:
            return f"{rest} {below.text[:stop].strip()}", below.text[stop:].strip(), below
    return rest[:end].strip(), rest[end:].strip(" –—-"), None

