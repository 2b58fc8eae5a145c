"""Contents pages of printed letter editions, often OCR'd.

::

    PART I. 1838-1839.
    1838.
    I. To Samuel Pryor. Kelso, March 14 ........................ 1
    II. To the Same. Kelso, April 2 ........................... 4
    VIII. To the Rev. John Maitland, at
            St Andrews. Kelso, 3 June ......................... 25
    512. From John Ruskell, 7 January 1851 .................... 3
      13   To Walter Ashby            Bath, 4 January 1858          5

An entry is a line numbered as printed editions number their letters (NUMBERING: "XII.",
"12.", "No. 512.", "LETTER XII.", "Nr. 3)", or a bare number before a column gap) that names a correspondent ("To X", "From X",
"An X", "Von X", "À X", "X to Y", "the Same") or a date, or an unnumbered "To X" line that
ends in a page number. A line without its page number continues on the next line(s) until
one ends in it. Dot leaders and page numbers (arabic, roman, OCR-mangled "1l", "3O") are
taken off the title and kept as the entry's page; runs of spaces are one space. A year
heading ("1843.", "Zweiter Teil. 1822.") gives its year to the dates below it that lack
one ("Kelso, March 14"); a span of years ("PART II. 1840-1846") gives none.
"""

from __future__ import annotations

import re
from dataclasses import replace
from collections.abc import Sequence

from .. import doctypes
from ..dates import UNDATED_MARKS
from ..inflection import polish_name
from ..lines import DOCUMENT_LABEL, EXTENT, MARK_COLON, NUMBERING, UNDATED_AT_END, Line, classify, opening, opens_with_parties, title_like
from ..listing import Entry, Listing, Unused
from ..titles import (ABBREVIATED, GIVEN_NAMES, INCLOSURE_LEAD, LATIN_SAME, PLACE_PREFIX, latin_pair, looks_like_name, place_date_lead, record_heading,
                      record_type_at, strip_address)
from . import Layout, no_entries, unused
from .builtin import read_head
from .letters import dateline
from .shared import (PAGE, find_date, heading_year, indent, indented, page_of, paragraphs, set_summary, title_case,
                     without_page)

# "To X", "From X" and their German and French forms, as a one-writer edition's entries open.
OPENER = re.compile(r"^(?:(?:Kons|Avskr|Afskr|Konc|Kopi)\.\s+)?"  # (a Nordic draft or copy: "Kons. Til X")
                    r"(?:(?:To|T0|From|An|Von|À|A|Au|Aux|De|Du|Ad|Al|Allo|Alla|Alle|Ai|Agli|Dal|Dallo|Dalla|Dai|Dagli|Da|"
                    r"Di|Del|Della|Dello|Dei|Degli|Til|Till|Fra|Från|Do|Od|Προς|Από|Către)\s+"  # (Polish "Do X",
    #                                                                                  "Od X"; Greek; Romanian)
                    r"|D['’]|All['’]|Dall['’]|Dell['’])\S", re.IGNORECASE)  # (Italian "Di X": X's, from X)
OPENER_EXAMPLES = ("To Samuel Pryor", "From John Ruskell", "An Wilhelm Stein", "Von Wilhelm Stein", "À Paul Lenoir",
                   "Al prof. Giuseppe Conti", "All'Accademia Lucchese", "Dalla Direzione della «Nazione»")
_SAME = re.compile(r"^(?:the\s+)?same\b|^(?:derselbe|dieselbe|dieselben|eidem|idem\s+eidem)\b", re.IGNORECASE)
_DATE_START = re.compile(r"^\[?(?:\d{1,2}|[A-Z][a-zäéû]{2,}\.?\s+\d|\?\]|(?:c|ca)\.\s?\[?\d|(?i:undated|n\.\s?d)\b|"
                         r"zw\.\s|o\.\s?D\.|(?:Christmas|Easter|New\s+Year['’]s|Midsummer|Michaelmas)\s+(?:Day|Eve)\b)")
#                         ("[?] May 1799", "c. 1800", "Undated.", "Christmas Day 1801": an edition's dates;
#                         a Regest's "zw. 1525 Juli 3 und 10.", "o. D.")
_CONTINUES = 2  # at most this many lines continue an entry's first line
_TEXT = {"text", "heading", "date", "date+text"}


# A modern edition's list of letters sets its columns apart with spaces, the number bare:
# "  12   To Walter Ashby        Bath, 4 January 1858        3". The gaps are the columns'
# ends, so they are read as a full stop ("12. To Walter Ashby. Bath, 4 January 1858").
_COLUMNS = re.compile(r"^\s*(?P<n>\d{1,4}[a-z]?)\*?\s{2,}(?=\S)")  # ("11*": a letter known only from others)
_GAP = re.compile(r"(?<=[^\s.,;:])\s{2,}(?=\S)")
# A word broken at the line's end by a hyphen ("Leipzig, 24 Ja-"), continued in lower case.
_BROKEN = re.compile(r"(?<=[^\W\d_]{2})-$")


# The place just before a date at the end of a sentence: "… zu. Lindau, 1523 März 9.",
# "… Zoll. (Seeburg, 1523 März 12.)".
_PLACE_BEFORE_DATE = re.compile(rf"[.:;]\s+\(?(?P<place>{PLACE_PREFIX}[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){{0,2}}),\s*\[?$")


#: A sentence after an entry's date (two words or more, some in lower case: see Contents._entry).
_AFTER_DATE = re.compile(r"\.\s+(?P<summary>[^\W\d_][^\s.]*(?:\s+\S+)+)$")
_LABEL = re.compile(r"^\s*(?:Summary|Abstract|Note|Notes|Regest|Inhalt|Résumé|Analyse)\s?:\s", re.IGNORECASE)


_RECEIVED = re.compile(r"\((?i:received|recd?\.)[^()]{0,40}\)")


def _dates_in(text: str) -> str:
    """The text to find a title's date in: a catalogue's extent after it ("…, 1813 July. 1 item (3 p.)")
    and the day it was received ("A to B.—(Received November 10.)") blanked, the positions kept."""
    return _RECEIVED.sub(lambda m: " " * len(m[0]), EXTENT.sub("", text))


def _ends_in_date(text: str, day_first: bool | None, year: int | None) -> bool:
    text = _dates_in(text).rstrip()
    found = find_date(text, 0, day_first, year)
    while found and found[1] < len(text.rstrip(" .)]")) - 1:
        found = find_date(text, found[1], day_first, year)
    return bool(found and found[2] is not None)


def _text(line: Line) -> str:
    raw = line.raw or line.text
    m = _COLUMNS.match(raw)
    if m:
        body = raw[m.end():].rstrip()
        page = PAGE.search(body)
        body = body[:page.start()] if page else body
        raw = f"{m.group('n')}. {_GAP.sub('. ', body)}"
    return without_page(raw)


def _next(lines: Sequence[Line], i: int) -> Line | None:
    return next((line for line in lines[i + 1:i + 4] if line.kind != "blank"), None)


def opens_entry(text: str) -> bool:
    """A numbered line that names a correspondent or a date, or a "To X" / "From X" line."""
    numbering, rest = opening(text)
    rest = _lead_off(rest)
    if numbering and (_DITTO_TITLE.match(rest) or _BY_CLERK_CUT.fullmatch(opening(text)[1])):
        return True  # "No. 13. Ditto. April 15th, 1852": to the one above; "No. 3. [By J. Tims, Clerk of" (cut)
    if numbering:
        return bool(OPENER.match(rest) or _SAME.match(rest) or opens_with_parties(rest) or _DATE_START.match(rest)
                    or _TYPED_LEAD.match(rest)  # ("1. Lettre de son frère Étienne à X", "2. Réponse de X")
                    or record_heading(rest) or place_date_lead(rest) or _latin_head(rest))  # ("4. Hallesund, desember 1845: A til B.")  # ("12. Kemp, Edward, 1769-1812. Letter to X, …": a catalogue's)
    return bool(OPENER.match(text)) and text[:1].isupper() and len(text) <= 200


def _latin_heading(text: str) -> bool:
    """A Latin index's heading alone on its line: writer and addressee ("… Ioanni Vulturio s. d. p."),
    or "Idem eidem", "Eidem"."""
    head = without_page(text).rstrip()
    return latin_pair(head) is not None or LATIN_SAME.fullmatch(head.strip(" .")) is not None


def _latin_head(text: str) -> bool:
    """"VI. Cardinalis Farnesius Hieronymo Vallato. Neapoli, …": a Latin index's writer in the
    nominative and addressee in the dative, before the first full stop after a word (not after
    an initial: "M. Antonius Tiraboschius Hieronymo Vallato. Datum Tusculi …")."""
    head = without_page(text).rstrip()
    end = re.search(r"(?<=[a-zà-ÿ]{2})\.\s", head)
    return latin_pair(head[:end.start()] if end else head) is not None


# A numbered entry that says what it is, then whose: "Lettre de X à Y", "Réponse de X", "Letter from X"
_TYPED_LEAD = re.compile(r"(?:Lettre|Réponse|Billet|Letter|Reply|Brief|Antwort|Carta|Respuesta|Lettera|Risposta)"
                         r"\s+(?:de|d['’]|du|des|from|of|von|des|del|di|della)\b", re.IGNORECASE)
# What a letter is about, in capitals before its place and date: "ON HIS ORDINATION.", "WITH A COPY OF VERSES."
_CAPS_SUBJECT = re.compile(r"^(?:ON|WITH|ABOUT|UPON|CONCERNING)\s[A-Z ,'’-]+\.\s+")


def _dated_only(text: str) -> tuple[str | None, str, object] | None:
    """(place, date, its value) of a numbered line of a place and a date only, perhaps after its
    subject in capitals: a part's letters whose heading names the other side ("LETTERS TO HIS
    MOTHER, MRS. ANNE ORDWAY")."""
    return dateline(_CAPS_SUBJECT.sub("", opening(text)[1].strip()))


# A part's heading naming the other side of its letters: "LETTERS TO HIS MOTHER, MRS. ANNE ORDWAY."
_PART_TO = re.compile(r"^(?:(?:part\s+)?[IVXLC\d]+\.?\s+)?(?:the\s+)?(?:letters|correspondence|listy)\s+(?P<way>to|from|do|od)\s+"
                      r"(?:(?:his|her|their)\s+[a-z]+(?:-in-law)?,?\s+)?(?P<name>.+?)[.,]?$", re.IGNORECASE)
_PART = re.compile(r"^(?:part|book|section|vol\.?|volume)\s+[IVXLC\d]+\b", re.IGNORECASE)


def _part_reason(part: tuple[str, str]) -> str:
    return f"a heading: the {part[0]} of the letters below it that name no one is {part[1]}"


def _part_to(text: str) -> tuple[str, str] | None:
    """("recipient"/"sender", the name) a part's heading gives the letters under it that name no one."""
    m = _PART_TO.match(text.strip())
    name = strip_address(title_case(m["name"])) if m else ""
    if not (m and looks_like_name(name) and len(name.split()) >= 2):
        return None
    name = title_case(m["name"].strip(" ."))
    if m["way"].lower() in {"do", "od"}:  # ("II. LISTY DO KLEMENSA DOBROWOLSKIEGO": Polish, in the genitive)
        name = polish_name(name) or name
    return ("recipient" if m["way"].lower() in {"to", "do"} else "sender"), name


# A letter-book register's note of who wrote a letter in its keeper's absence: "[By J. Tims,
# Clerk of Petty Sessions, the R.M. being absent on circuit.] To X" (the clerk is its sender)
_BY_CLERK = re.compile(r"^\[By\s+(?P<who>[^,\]]{3,60})[^\]]*\]\.?\s*")
_BY_CLERK_CUT = re.compile(r"\[By\s+[^\]]{3,120}")  # (its bracket closed on the next line)
_DAY_MONTH_END = re.compile(r"\b\d{1,2}\s+[A-Z][a-z]{2,8}\.?$")
_REMARK_LEAD = re.compile(r"^\((?:private|confidential|secret|copy|draft)\.?\)\s+"
                          # (an edition's search results: "Enclosure: A to B", "[To A from B, 30 May 1783]",
                          # a letter known but not found, in the editors' brackets)
                          r"|^(?:enclosure|inclosure)(?:\s+\d{1,2})?:\s+|^\[(?=(?:to|from)\s)"
                          r"|^(?:an?\s+)?extract\s+(?:of|from)\s+(?:an?\s+)?(?=letter\s)", re.IGNORECASE)  # ("Extract of a Letter from A to B")


def _lead_off(text: str) -> str:
    """An entry's text after its number, without what a register writes before its parties: who
    wrote it in its keeper's absence ("[By J. Tims, Clerk, …]"), how it was sent ("(Private.)")."""
    return _REMARK_LEAD.sub("", _BY_CLERK.sub("", text, 1))


# "Same.", "Ditto.", "Do.": to the one the entry above wrote to, as a letter-book register writes it
_DITTO_TITLE = re.compile(r"^(?:same|ditto|do)\.(?:\s|$)", re.IGNORECASE)
# A register's entry after its date: its number in the office's series, then "Re:" and what it is about
_REGARDING = re.compile(r"\.\s+(?:(?P<ref>No\.\s*\d[\w/.-]*?)\.\s+)?(?P<summary>Re[:.]\s.*)$")
_SAME_DATE = re.compile(r"\b(?:same|ditto|do\.)\s+(?:date|day)\b", re.IGNORECASE)


# A contents page set in two columns, merged onto one line: "I. From Sir R. Ashe, July 7, 1798 . . 403
#         XII. From Dr. Hawtrey, May 29, 1806 . . 434": each column's entry, ended by its page
_SECOND_COLUMN = re.compile(r"(?<=\d)\s{2,}(?=(?:[IVXLC]{1,7}|\d{1,4})\.\s+\S)")


def _two_columns(lines: Sequence[Line]) -> Sequence[Line]:
    """The lines, a line of two columns made two (both with its number): each an entry."""
    if not any(_SECOND_COLUMN.search(line.raw or "") for line in lines):
        return lines
    out: list[Line] = []
    for line in lines:
        cut = _SECOND_COLUMN.search(line.raw or "") if line.kind in _TEXT else None
        left, right = (line.raw[:cut.start()], line.raw[cut.end():]) if cut else ("", "")
        if cut and page_of(Line(line.number, left, "text", raw=left)) and page_of(Line(line.number, right, "text", raw=right)) \
                and opens_entry(without_page(left)) and opens_entry(without_page(right)):
            out += [classify(line.number, left), classify(line.number, right)]
        else:
            out.append(line)
    return out


_SIDE_WORD_END = re.compile(r"\s(?:an|to|à|au|aux)$")


def _starts(lines: Sequence[Line]) -> list[int]:
    found, listed = [], []
    for i, line in enumerate(lines):
        if line.kind not in _TEXT:
            continue
        text = _text(line)
        numbered = NUMBERING.match(text)
        if _part_to(text) and text.isupper() and not page_of(line):
            continue  # ("II. LISTY DO KLEMENSA DOBROWOLSKIEGO": a part's heading, no letter)
        if opens_entry(text) and (numbered or page_of(line)) or numbered and page_of(line) and _dated_only(text) is not None:
            found.append(i)  # (or "LETTER IV. Bath, Jan. 11, 1790 . . . 4" under "LETTERS TO HIS MOTHER")
        elif numbered and _SIDE_WORD_END.search(text) and i + 1 < len(lines) and lines[i + 1].kind in _TEXT \
                and indented(lines[i + 1]) and page_of(lines[i + 1]) and opens_entry(f"{text} {_text(lines[i + 1])}"):
            found.append(i)  # "42   A mit Nachschrift von B an" over "     C      144": its addressee wrapped
        elif not numbered and not (line.raw or "")[:1].isspace() and OPENER.match(text) and len(text) <= 200 \
                and (dated := find_date(text, 0)) is not None and dated[2] is not None \
                and (i + 1 >= len(lines) or lines[i + 1].kind not in _TEXT or (lines[i + 1].raw or "")[:1].isspace()
                     or OPENER.match(lines[i + 1].text)):
            # "Fra biskop Jens Lunde, 27. mai 1848. Om …": a letter a line, set flush, not numbered (not
            # a heading over its summary set flush below it: "From X   [n.d.]" / "Asks EF to …")
            listed.append(i)
        elif found and (inclosed := INCLOSURE_LEAD.match(text.strip())) and opens_with_parties(text.strip()[inclosed.end():]):
            found.append(i)  # "Inclosure 1 in No. 89.—A to B.": a letter of its own under the despatch it came with
        elif found and page_of(line) and opens_with_parties(MARK_COLON.sub("", text)) and (
                _ends_in_date(text, False, None) or UNDATED_AT_END.search(without_page(text).rstrip(" .…"))) \
                and not (indented(line) and found[-1] == i - 1 and not page_of(lines[i - 1])):
            # "A to B, 1856 ...... 850" among numbered entries: one left unnumbered (or a
            # supplement's: "Nachtrag: An Paul Heyse, undatiert ........ 93"), not the rest of the
            # entry above it, wrapped ("VII. From the Committee of X" / "   to Y. Bath, 4 June 1823 … 17")
            found.append(i)
    # (… one under another: a list of them, not a line among entries of another shape)
    found += [i for k, i in enumerate(listed) if k and i - listed[k - 1] <= 3 or k + 1 < len(listed) and listed[k + 1] - i <= 3]
    return sorted(found)


_SAME_OR_NONE = re.compile(r"(?:the\s+)?same\s+(?:date|day)\b|\[?no\s+date\b", re.IGNORECASE)


def _date_over_title(lines: Sequence[Line], i: int) -> bool:
    """"1.    1639, March 3. Dublin." (or "Same date.", "[No date.]") over an indented "A to B.": a
    calendar's numbered date line over its title, as inventories and blocks read them."""
    kind, rest = opening(_text(lines[i]))
    rest = rest.strip()
    if not kind or not (_SAME_OR_NONE.match(rest) or (found := find_date(rest, 0)) is not None and found[0] == 0):
        return False
    below = _next(lines, i)
    return below is not None and (below.raw or "")[:1].isspace() and opens_with_parties(below.text.strip().rstrip(". "))


class Contents(Layout):
    name = "contents"
    description = "contents: a printed edition's list of letters, numbered, with page numbers"
    rule = ("an entry starts at a numbered line that names a correspondent (\"XII. To Mary Jones\", "
            "\"No. 512. From John Ruskell\") or a \"To X\" line ending in its page number, or in a list of "
            "\"To X\" lines with their dates (\"Fra biskop Jens Lunde, 27. mai 1848.\")")

    def score(self, lines: Sequence[Line]) -> float:
        """Its entries; half a point more when most end in a page number, half less when none does
        (a list of numbered headings without pages is read by the headings layout just as well)."""
        lines = _two_columns(lines)
        starts = _starts(lines)
        # "12. 3 March 1851" over "A to B": a numbered date line over its title, as blocks read them
        starts = [i for i in starts if not (lines[i].numbering and title_like(_next(lines, i))) and not _date_over_title(lines, i)]
        if not starts:
            return 0
        pages = sum(1 for i in starts if page_of(lines[i]) or i + 1 < len(lines) and page_of(lines[i + 1]))
        return len(starts) + (0.5 if pages >= len(starts) / 2 else -0.5)

    def read(self, lines: Sequence[Line], listing: Listing) -> None:
        from ..read import heading_writer  # (the reader imports the layouts)

        lines = _two_columns(lines)
        starts = _starts(lines)
        if not starts:
            no_entries(listing, lines)
            return
        read_head(listing, lines[:starts[0]])
        year: int | None = None
        headings: dict[int, str] = {}
        for line in lines[:starts[0]]:
            if (found := heading_year(line)) is not None:
                year = found[0]
                headings[line.number] = _heading(year)
        # (read_head took it for page text: it is the year of the first entries)
        listing.unused = [Unused(u.line, u.text, headings[u.line]) if u.line in headings else u for u in listing.unused]
        start_set = set(starts)
        # (a line under a heading is its place and date where the list sets them so throughout, not
        # one note under one heading: "Answered, 3 September 1859")
        dated_under = dated_under_heading(lines, undated=True) >= max(2, len(starts) // 4)
        writer: str | None = None
        part = None
        for line in lines[:starts[0]]:
            if line.kind in _TEXT and (said := _part_to(line.text)):
                part = said  # (understood: the reader is told what the heading says)
                listing.unused = [Unused(u.line, u.text, _part_reason(said)) if u.line == line.number else u
                                  for u in listing.unused]
        i = starts[0]
        while i < len(lines):
            line = lines[i]
            if i in start_set:
                i = self._entry(lines, i, start_set, year, listing, dated_under)
                if writer:
                    listing.entries[-1].fields["writer"] = writer
                if part and (placed := _dated_only(listing.entries[-1].title)):  # (no party of its own: the part's)
                    listing.entries[-1].fields[part[0]] = part[1]
                    if placed[0]:  # (the fields stand for the title: its place too)
                        listing.entries[-1].fields.setdefault("place", placed[0])
                continue
            found = heading_year(line) if line.kind in _TEXT else None
            if line.kind in _TEXT and ((said := _part_to(line.text)) or _PART.match(line.text)):
                part = said  # (a new part: its own heading says whose letters, if any)
                if part:
                    listing.unused.append(Unused(line.number, line.text[:200], _part_reason(part)))
                    i += 1
                    continue
            if found is not None:
                year = found[0]
                listing.unused.append(Unused(line.number, line.text[:200], _heading(year)))
            elif line.kind in _TEXT and (named := heading_writer(line.text)):
                writer = named  # "2. Lettres reçues par X": the side its "De Y" entries leave out
                listing.unused.append(Unused(line.number, line.text[:200], "a heading naming the writer of the letters below"))
            elif listing.entries and DOCUMENT_LABEL.match(line.text) and listing.entries[-1].last_line == line.number - 1:
                listing.entries[-1].notes.append(line.text.strip())  # "Source: The Papers of X, vol. 3": a search
                listing.entries[-1].last_line = line.number          # result's volume, under its heading
            elif listing.entries and line.kind in _TEXT and not page_of(line) and not lines[i - 1].kind == "blank" \
                    and listing.entries[-1].last_line == line.number - 1 and not line.text.isupper():
                # an unnumbered line under an entry, without a page: a note or summary of the entry,
                # lines in a row one paragraph (a summary wrapped), as paragraphs are elsewhere
                entry, here = listing.entries[-1], (line.number, line.text)
                parts = entry.summary_paragraphs
                run_on = parts and parts[-1][-1][0] == line.number - 1
                set_summary(entry, [*parts[:-1], [*parts[-1], here]] if run_on else [*parts, [here]])
            else:
                unused(listing, line, "page text (not numbered as the entries are, no \"To\"/\"From\")")
            i += 1

    def _entry(self, lines: Sequence[Line], i: int, starts: set[int], year: int | None, listing: Listing,
               dated_under: bool = False) -> int:
        """Read the entry starting at ``lines[i]``; returns the index after its last line."""
        used = [lines[i]]
        j = i + 1
        below = lines[j] if j < len(lines) else None
        paged_under = dated_under and below is not None and below.kind in _TEXT and indented(below) \
            and _paged_place(below) and dateline_under(without_page(below.text), listing.day_first) is not None \
            and find_date(_text(lines[i]), 0) is None  # (not "… — Venezia, 26 gennaio" over "1770 ..... 3": its year)
        if not page_of(lines[i]) and not paged_under:  # (its place and date under it, the page at their end: read below)
            while j < len(lines) and len(used) <= _CONTINUES and j not in starts:
                nxt = lines[j]
                if nxt.kind not in _TEXT or heading_year(nxt) is not None and not indented(nxt):
                    break
                unfinished = used[-1].text.rstrip().endswith((",", "-", "–", "(")) or \
                    used[-1].text.count("(") > used[-1].text.count(")") or \
                    _DAY_MONTH_END.search(used[-1].text.rstrip()) and re.match(r"\d{4}\b", nxt.text.strip())
                #   (or "…, 31 December" over "1787 (Voss Papers)": the date's year wrapped)
                if not (page_of(nxt) or indented(nxt) or unfinished) or _LABEL.match(nxt.text):
                    break  # ("   Summary: …" under a record: its summary, not the head wrapped)
                head = " ".join(_text(u) for u in used)
                if not page_of(nxt) and (_ends_in_date(head, listing.day_first, year) or UNDATED_AT_END.search(head)):
                    break  # the head is complete ("…, 3 May 1850", "…, undated."); an indented note under it is its summary
                used.append(nxt)
                j += 1
                if page_of(nxt):
                    break
        title = _text(used[0])
        # "Beatus Cellarius Ioanni Vulturio s. d. p." (or "Idem eidem") over "Friburgi, 3. Mai 1518" over
        # "Or. Basel UB, …": a Latin heading names the parties; the lines under it the place and date,
        # and where the letter is
        latin = len(used) > 1 and _latin_heading(opening(title)[1])
        for line in used[1:]:  # a column wrapped: its next line is another column's text
            more = _text(line)
            if _BROKEN.search(title) and more[:1].islower():  # "24 Ja-" / "nuary 1842": one word
                title = title[:-1] + more
                continue
            # (a date line of its own under the title, "Friburgi, 14 Martii 1518": after a comma, so
            # that its place is no part of the last name)
            title += (". " if (columns := _COLUMNS.match(used[0].raw or "")) and title[-1:].isalnum()
                      and not more[:1].islower() and indent(line) != columns.end()  # (a wrap under its own column)
                      else ("" if title.endswith(".") else ".") + " " if latin and line is used[1]
                      else ", " if line.kind == "date" and title[-1:].isalpha() and title.split()[-1][:1].isupper()
                      and not _NAME_CUT.search(title) and title.split()[-1] not in GIVEN_NAMES  # ("… Mrs. Sarah" / "Marhill, …")
                      else " ") + more  # (not "12-15" / "dicembre"; nor "… presso" / "Castelrovere, [22 febbraio 1850]")
        if title.endswith("-") and len(used) > 1:
            title = title[:-1]
        numbering = NUMBERING.match(title)
        start = numbering.end() if numbering else 0
        if (typed := record_type_at(title[start:])) is not None:  # (not the writer's life dates: "Kemp, Edward,
            start += typed                                         # 1769-1812. Letter, …")
        if latin:
            start = max(start, len(_text(used[0])))  # (a Latin greeting's "s. d." is no "sine die": "X Ioanni Vulturio s. d. p.")
        # (not in its extent: "… 1813 July. [2] p." is of July, not 2 July)
        idnos: list[tuple[str, str]] = []
        found = find_date(_dates_in(title), start, listing.day_first, year)
        date_text, date = "", None
        if found:
            date_text, date = title[found[0]:found[1]], found[2]
        elif (received := _RECEIVED.search(title)) and (day := find_date(received[0], 0, listing.day_first, year)) \
                and day[2] is not None and day[2].when:  # no date but the day it arrived: written by then
            date_text = received[0].strip("()")
            date = replace(day[2], when=None, not_after=day[2].when, notes=(*day[2].notes, "the day it was received"))
        # a sentence after the date is the letter's summary, not its title ("6. An X. Berlin,
        # 3. März 1854. Über den Tunnel …… 18"); a word or a name after it is not ("… 1850. Copy.")
        summary, end = None, 0  # (a summary after the date, and where the title ends)
        if found and found[0] > start:
            end = found[1]
            summary = _sentence_after(title, end) if date is not None else None
            if regarding := _REGARDING.match(title, end):  # "… 18 January. No. 62/841. Re: Approving …": the
                summary = regarding                        # letter's number, then what it is about
                if regarding["ref"]:
                    idnos = [("number", regarding["ref"].removeprefix("No.").strip())]
        elif not found and (same := _SAME_DATE.search(title, start)) and listing.entries \
                and listing.entries[-1].date is not None:  # "To Col. Sec. Same date.": the entry above's
            date_text, date = same.group(0), listing.entries[-1].date
            end = same.end()
            summary = _sentence_after(title, end)
        if summary:
            title, summary = title[:end], summary.group("summary")
            at = next((line.number for line in used if summary[:20] in _text(line)), used[-1].number)
        date_line, last_line, under = used[0].number, used[-1].number, None
        if dated_under and not found and date is None and j < len(lines) and j not in starts and lines[j].kind in _TEXT \
                and indented(lines[j]) and (under := dateline_under(without_page(lines[j].text), listing.day_first)) is not None:
            date_text, date = under[1], under[2]  # (its place and date on the line under it: "Weimar, 2./3. Dezember 1807")
            date_line = last_line = lines[j].number
            j += 1
        entry = Entry(source=listing.source, first_line=used[0].number, last_line=last_line,
                      date_text=date_text, date_line=date_line, date=date, title=title,
                      title_line=used[0].number)
        if under and under[0]:
            entry.fields["place"] = under[0]
        entry.idnos.extend(idnos)
        if _DITTO_TITLE.match(_lead_off(title[start:])):  # "No. 8. Same. 24 March 1852", "2. Ditto. 26 January": the parties of the
            entry.fields["recipient"] = "the same"  # entry above, both ways (a clerk's letter: his own)
            if not _BY_CLERK.match(title[start:]):
                entry.fields["sender"] = "the same"
        if summary:
            set_summary(entry, [[(at, summary)]])
        if latin:
            entry.title = _text(used[0])
            entry.notes.extend(without_page(_text(line)).strip() for line in used[1:] if without_page(_text(line)).strip())
        page = page_of(used[-1])
        if page:
            entry.fields["page"] = page
        # (after the number, and not after an abbreviation: "XII. To Mrs. Ashworth, Oct. 3" names no place)
        place = _PLACE_BEFORE_DATE.search(title, numbering.end() if numbering else 0, found[0]) if found else None
        if place and (ABBREVIATED.search(title, 0, place.start()) or doctypes.find(place.group("place"))):
            place = None  # (nor a type word: "Kemp, Walter, b. 1832. Letter, 1841 Nov. 12")
        if place:  # "…: sagt das Geleit zu. Lindau, 1523 März 9." (a register's head)
            entry.fields["place"] = place.group("place")
        if not found and date is None:
            entry.flags.append("no date in this entry, and no year heading above it to complete one" if year is None
                               else f"no date read in this entry (the year heading above it says {year})")
        listing.entries.append(entry)
        return j


def _sentence_after(title: str, end: int) -> re.Match[str] | None:
    """A sentence after an entry's date (two words or more, some in lower case): its summary."""
    summary = _AFTER_DATE.match(title, end)
    return summary if summary and any(word[:1].islower() for word in summary.group("summary").split()[1:]) else None


_NAME_CUT = re.compile(r"\b(?:Mrs|Mr|Miss|Ms|Dr|Rev|Sir|Lady|Lord|Capt|Col)\.?$")  # (a name the line's end cut)


# The place and date under a heading that names the parties, as a critical edition's list of
# letters sets them: "1   A an B   5" over "Weimar, 2./3. Dezember 1807" over where it is kept. The
# editor's brackets round the place ("[Weimar], 30. Oktober 1809") or round both ("[Leipzig, nach
# dem 24. März 1809]": the date supplied too); "o. O." no place, "o. D." no date.
_BRACKETED_PLACE = re.compile(r"^\[(?P<place>[^\[\],]{2,40})\],\s*(?P<date>.+)$")
_BRACKETED_BOTH = re.compile(r"^\[(?P<place>[^\[\],\d]{2,40}),\s*(?P<date>[^\[\]]+)\]\.?$")
_NO_PLACE = re.compile(r"^\[?o\.\s?O\.\]?,\s*")
_NO_DATE_UNDER = re.compile(rf"^(?:(?P<place>(?-i:[A-ZÀ-Þ])[\w'’.-]*(?:\s(?:(?-i:[A-ZÀ-Þ])[\w'’.-]*|(?-i:am|an|der|bei|im|sur|"
                            rf"sous|en|de|di|upon|on|mer|[a-z]{{1,2}}\.|[dl]['’][A-ZÀ-Þ][\w-]*)(?=[\s,]))){{0,3}}),\s*)?"
                            rf"\[?(?:{UNDATED_MARKS})\]?\.?$", re.IGNORECASE)
#                           ("Frankfurt am Main, o. D."; not "Sent by hand, undated")
DATELINE_UNDER_EXAMPLES = (
    ("Weimar, 2./3. Dezember 1807", ("Weimar", {"from": "1807-12-02", "to": "1807-12-03"})),
    ("[Weimar], 30. Oktober 1809", ("Weimar", {"when": "1809-10-30"})),
    ("[Leipzig, nach dem 24. März 1809]", ("Leipzig", {"notBefore": "1809-03-25", "cert": "medium"})),
    ("o. O., 3. Mai 1810", (None, {"when": "1810-05-03"})),
    ("Jena, o. D.", ("Jena", None)),
    ("[o. O. u. D.]", (None, None)),
    ("H: GSA 112/51, Bl. 139–140.", None),
    ("Frankfurt am Main, o. D.", ("Frankfurt am Main", None)),
    ("Sent by hand, undated", None),
    ("Frankfurt a. M., o. D.", ("Frankfurt a. M.", None)),
    ("Ville d'Avray, s. d.", ("Ville d'Avray", None)),
)


def dated_under_heading(lines: Sequence[Line], undated: bool = False) -> int:
    """How many date lines stand right under a numbered heading that names its parties and ends in
    its page, or over the page at their own end ("[12] Do X" over "   Wierzbno, 6 X 1834 ..... 22";
    the shape dateline_under reads); ``undated``: its lines that say there is no date too
    ("Weimar, o. D.")."""
    return sum(1 for i, line in enumerate(lines) if i and indented(line)
               and (line.kind in {"date", "date+text"} or undated and line.kind in _TEXT and _NO_DATE_UNDER.match(line.text.strip()))
               and (above := lines[i - 1]).kind in _TEXT and (page_of(above) or _paged_place(line) and not indented(above))
               and NUMBERING.match(text := _text(above))
               and opens_entry(text) and find_date(text, 0) is None)


def _paged_place(line: Line) -> bool:
    """A place and date over the page at the line's end ("Wierzbno, 6 X 1834 ..... 22", "[Sobiałków,
    1838?] ..... 32", "b.m. i d. ..... 40"), not a heading's date wrapped onto it ("1770 ..... 3",
    "dicembre 1773 ..... 27")."""
    text = line.text.strip()
    return bool(page_of(line)) and (text[:1].isupper() or text[:1] == "["
                                    or _NO_DATE_UNDER.match(without_page(text).strip()) is not None)


_REMARK_AFTER = re.compile(r"(?<=[\d\]?])\s+\([^()]{1,40}\)$")


def dateline_under(text: str, day_first: bool | None = None) -> tuple[str | None, str, object] | None:
    """(place or None, the date as written, its value or None) of a place-and-date line, as
    letters.dateline reads one, with the editor's brackets and "o. O." / "o. D." read; None when
    the line is none."""
    text = _REMARK_AFTER.sub("", text.strip())  # ("Bielawy, 27 lipca 1846 (odpis)": a copy; kept in the title's line)
    if undated := _NO_DATE_UNDER.match(text):
        return undated["place"], text, None
    if both := _BRACKETED_BOTH.match(text):
        text = f"{both['place']}, [{both['date']}]"
    elif placed := _BRACKETED_PLACE.match(text):
        text = f"{placed['place']}, {placed['date']}"
    elif no_place := _NO_PLACE.match(text):
        found = dateline(text[no_place.end():], day_first)  # (the date alone after it)
        return found if found is None or found[0] is None else None
    return dateline(text, day_first)


def _heading(year: int | None) -> str:
    """Why a year heading is no entry (heading_year gives no year for a span of years)."""
    return (f"a heading: {year} is the year of the entries below it" if year else
            "a heading (a span of years: the entries below it keep only the years they give)")


__all__ = ["Contents", "OPENER", "opens_entry", "paragraphs"]
