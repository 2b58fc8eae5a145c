"""A periodical's index, its letters to the editor among its other contributions.

::

    References are given as day, month and page: thus '14 Oct 22' means the 14 October issue,
    page 22. … (A) article; (L) letter to the Editor; (R) review.

    Blount, Rosemary
      on the Rhodesian settlement 15 Jul 12(L)
      on decimal currency 26 Aug 14(L)
    Bulstrode, Elizabeth 5 Aug 37(L)
    Callaghan, James 4 Nov 23(A), 23 Dec 26(A)

A weekly's half-yearly index (as digitised archives show the printed pages) lists contributors,
titles and subjects in one sequence; each reference is an issue's day and month and a page, and
the letters in brackets after it say what kind of contribution it is, as the index's key
explains. The references the key calls letters are the entries: their writer the name the line
(or the name line above a subentry) opens with, their addressee the one the key names ("letter
to the Editor"), their date the issue's day in the year of the volume ("July to December 1978").
Every other line is reported: a contributor's articles, a subject, a title, the key itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..dates import MONTHS, parse_date
from ..lines import Line
from ..listing import Entry, Listing
from . import Layout, no_entries, unused
from .builtin import read_head
from .shared import names

# The key: "(L) letter to the Editor", "(L) letters", "L = letter to the editor"
_KEY = re.compile(r"\((?P<code>[A-Z]{1,3})\)\s+letters?\b(?:\s+to\s+the\s+(?P<to>editors?)\b)?(?=\s*(?:[;,.)]|$))"
                  r"|\b(?P<code2>[A-Z]{1,3})\s*=\s*letters?\b(?:\s+to\s+the\s+(?P<to2>editors?)\b)?(?=\s*(?:[;,.)]|$))",
                  re.IGNORECASE)  # (not "(L) letters written to them by Hale", "(L) letter from the Editor to a reader")
# A reference: the day and month (OCR may misread them: "0ct", "Scp", "Dcc"), its page, its kinds
_REFERENCE = re.compile(r"(?<![\w/])(?P<day>[0-3]?\d)\s+(?P<month>[A-Za-z0-9]{3,4})\.?\s+(?:p\.\s?)?(?P<page>\d{1,4})"
                        r"\((?P<kind>[A-Z]{1,3})\)")
# The volume's months and year: "July to December 1978", "January-June 1979", "December 1978 to May 1979"; or
# its year alone on the index's title ("INDEX TO VOLUME 241 (1978)")
_VOLUME = re.compile(r"\b(?P<m1>[A-Z][a-z]+)\s*(?P<y1>1[6-9]\d\d|20\d\d)?\s*(?:to|-|–)\s*(?P<m2>[A-Z][a-z]+)\s+"
                     r"(?P<year>1[6-9]\d\d|20\d\d)\b")
_VOLUME_YEAR = re.compile(r"\bindex\b.*\((?P<year>1[6-9]\d\d|20\d\d)\)", re.IGNORECASE)
# A writer as the index heads him: "Blount, Rosemary", "Acland, Rev. Peter", "Aldous, C. and Onslow, R." (not a title's
# article after its comma, "Nation, The", nor a subject, "Afghanistan", "Bank rate")
_WRITER = re.compile(r"^[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+)?,\s+(?!(?:The|A|An)(?:\s|$))[A-ZÀ-Þ]")
# A page's running head: "30 DECEMBER 1978, Page 44"
_PAGE_LINE = re.compile(r"\b(?:page|p\.)\s*\d{1,4}\s*$", re.IGNORECASE)
# A line that goes on with the references of the line above ("… 22 Jul 27(LA), 19" / "Aug 20(LA)")
_GOES_ON = re.compile(r"^(?:[A-Za-z0-9]{3,4}\.?\s+)?\d{1,4}\([A-Z]{1,3}\)")
_ABBREVIATIONS = [name for name, n in MONTHS.items() if len(name) == 3 and name.isascii() and name.isalpha()]
_ENGLISH = "jan feb mar apr may jun jul aug sep oct nov dec".split()

EXAMPLES = (("Blount, Rosemary 15 Jul 12(L), 26 Aug 14(A)", ["15 Jul 12(L)", "26 Aug 14(A)"]),
            ("Competition 1 Jul 9(C), 16 Sep 26(C)", ["1 Jul 9(C)", "16 Sep 26(C)"]),
            ("Bagot, M. J. 4 Nov 13(P)", ["4 Nov 13(P)"]))


def _month(written: str, months: Sequence[int]) -> int | None:
    """The month a reference's three letters name, read through OCR's slips ("0ct", "Scp", "Jui"):
    the one month a letter away, or the one of those in the volume's months."""
    word = written.lower().replace("0", "o")
    if word[:3] in _ENGLISH:
        return _ENGLISH.index(word[:3]) + 1
    near = [k + 1 for k, m in enumerate(_ENGLISH) if sum(a != b for a, b in zip(m, word[:3])) == 1]
    inside = [n for n in near if n in months]
    return near[0] if len(near) == 1 else inside[0] if len(inside) == 1 else None


def _key(lines: Sequence[Line]) -> tuple[str, str] | None:
    """(the kind's letters, the addressee) the index's key says are letters, or None: only in a periodical's index
    (its key says the letters are to the editor, or its title says it is an index), whose volume's year is known."""
    index = any(re.search(r"\bindex\b", line.text, re.IGNORECASE) for line in lines[:80])
    for line in lines[:80]:
        if m := _KEY.search(line.text):
            code, to = m["code"] or m["code2"], m["to"] or m["to2"]
            if (to or index) and _volume(lines) is not None:
                return code, ("the Editor" if to else "")
            return None
    return None


def _volume(lines: Sequence[Line]) -> dict[int, int] | None:
    """The volume's months, each with its year, as its title page says them (month → year)."""
    for line in lines[:80]:
        if (m := _VOLUME.search(line.text)) and m["m1"].lower() in MONTHS and m["m2"].lower() in MONTHS:
            first, last, year = MONTHS[m["m1"].lower()], MONTHS[m["m2"].lower()], int(m["year"])
            if first <= last:
                return {n: year for n in range(first, last + 1)}
            start = int(m["y1"]) if m["y1"] else year - 1  # ("December 1978 to May 1979": over the new year)
            return {**{n: start for n in range(first, 13)}, **{n: year for n in range(1, last + 1)}}
        if m := _VOLUME_YEAR.search(line.text):
            return {n: int(m["year"]) for n in range(1, 13)}
    return None


class PeriodicalIndex(Layout):
    name = "periodical-index"
    description = "periodical-index: a periodical's index whose key marks letters: `Blount, Rosemary 15 Jul 12(L)`"
    rule = ("an entry is a reference the index's key calls a letter (\"(L) letter to the Editor\"): its writer the name "
            "its line (or the name line over it) opens with, its date the issue's day in the volume's year")

    def score(self, lines: Sequence[Line]) -> float:
        """The references the key calls letters; none where no key says which are."""
        key = _key(lines)
        if key is None:
            return 0
        return sum(1 for line in lines for m in _REFERENCE.finditer(line.text) if m["kind"] == key[0])

    def read(self, lines: Sequence[Line], listing: Listing) -> None:
        key = _key(lines)
        first = next((i for i, line in enumerate(lines) if _REFERENCE.search(line.text)), None)
        if key is None or first is None:
            no_entries(listing, lines)
            return
        while first > 0 and lines[first - 1].kind != "blank" and not lines[first - 1].raw[:1].isspace() \
                and not _REFERENCE.search(lines[first - 1].text) and len(lines[first - 1].text.strip()) > 1:
            first -= 1  # (a name line over its subentries opens the index)
        read_head(listing, lines[:first])
        code, addressee = key
        volume = _volume(lines)
        name = ""  # the name line's, over its subentries
        for k in range(first, len(lines)):
            line = lines[k]
            if line.kind == "blank":
                continue
            text = line.text.strip()
            if _PAGE_LINE.search(text) or len(text) == 1:
                unused(listing, line, "a page's running head or a letter's heading in the index")  # ("M", "…, Page 44")
                continue
            if _GOES_ON.match(text) and k > first:
                joined = self._joined(lines, k)  # (the line above's references, wrapped: "…, 19" / "Aug 20(LA)")
                refs = [m for m in _REFERENCE.finditer(joined) if m.end() > len(joined) - len(text)]
                own = name
            else:
                refs = list(_REFERENCE.finditer(text))
                head = re.sub(r"\s+[0-3]?\d$", "", (text[:refs[0].start()] if refs else text).strip(" ,"))
                #      (a reference's day, its month on the next line: "Maitland, Alan and Hamer, Oliver 12" / "Aug 9(L)")
                head, on, about = head.partition(" on ")  # ("Smith, J. on the Isle of Man 4 Nov 9(L)": his subject)
                if not line.raw[:1].isspace():
                    name, own = head, head
                elif _WRITER.match(head):
                    own = head  # (a contributor under a subject's line: "Fox-hunting" / "  Blount, Rosemary 14 Oct 27(L)")
                else:
                    own, about = name, text[:refs[0].start()].strip(" ,") if refs else ""
                    #   (a subentry: "  on fox-hunting 14 Oct 27(L)", its subject the summary)
            letters = [m for m in refs if m["kind"] == code]
            if not letters or not _WRITER.match(own):
                unused(listing, line, "a name over the references below it" if not refs and not line.raw[:1].isspace()
                       else "an index line of no letter (another kind of contribution, a subject, a title)" if not letters
                       else "a letter indexed under its subject or title (the index names its writer under his own name)")
                continue
            subject = (f"on {about}" if on and about and not about.startswith("on ") else about) if refs else ""
            for m in letters:
                entry = Entry(source=listing.source, first_line=line.number, last_line=line.number,
                              date_text=f"{m['day']} {m['month']}", date_line=line.number, date=None,
                              title=f"From {names(own)} to {addressee}" if addressee else f"From {names(own)}",
                              title_line=line.number)
                month = _month(m["month"], range(1, 13) if volume is None else sorted(volume))
                if volume and month in volume:
                    entry.date = parse_date(f"{int(m['day'])} {_ENGLISH[month - 1]} {volume[month]}")
                if entry.date is None:
                    entry.flags.append("the issue's date could not be read (a month misread, or outside the volume's)")
                entry.notes.append(f"Page: {m['page']} ({m['kind']})")
                if subject:
                    entry.summary, entry.summary_lines = [subject], (line.number, line.number)
                    entry.summary_paragraphs = [[(line.number, subject)]]
                listing.entries.append(entry)

    @staticmethod
    def _joined(lines: Sequence[Line], k: int) -> str:
        """Line k with the line above it, where it goes on with its references."""
        above = lines[k - 1].text.strip() if k and lines[k - 1].kind != "blank" else ""
        return f"{above} {lines[k].text.strip()}".strip()


__all__ = ["PeriodicalIndex", "EXAMPLES"]
