"""Letter journals: a writer's own register of the letters received and sent, day by day.

::

    JANUARY 1851

    2. Wrote to Dr. Fennimore (Edinburgh), with the account for the half-year.
    14. Recd. an anonymous letter of 8th inst., abusive.
       From Mrs. Kettering (Ely), on the new edition; answ. 15 Jan.
    15. Ans. Mrs. Grange's of 9th inst.
       Recd. the Fenland Gazette with my letter printed in it.

Under month headings ("JANUARY 1851", or "FEBRUARY", the year the heading's before), the
first entry of a day opens with the day's number, the day's other entries are indented below
it, and a line indented deeper goes on the entry above. A letter sent ("Wrote to X", "To X",
"Ans. X's of …") is of the journal's day; a letter received ("Recd. from X of 28 Dec.",
"From X of 7th inst.") is of the day it was written, when the entry says it ("inst." this
month, "ult." the month before, a month after the journal's in the year before), else undated:
the day it came is not the day it was written. The keeper (the journal's title names them) is
the other party. Entries that are no letters ("Recd. proofs of ch. v", "Sent cheque to
Dawson") are reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..dates import DateValue, MONTHS, MONTH_NAMES, parse_date
from ..lines import Line
from ..listing import Entry, Listing
from . import Layout, no_entries, unused
from .builtin import read_head
from .shared import indented, set_summary

# "JANUARY 1851", "FEBRUARY", "Mai 1852": a month heading, its year perhaps the one before
_MONTH_HEADING = re.compile(rf"^(?P<m>{MONTH_NAMES})\.?(?:\s+(?P<y>1\d{{3}}))?$", re.IGNORECASE)
_DAY = re.compile(r"^(?P<d>\d{1,2})\.\s+(?=\S)")
# The kinds of entry, as keepers write them: what was sent, what came. A new form is a row.
SENT = re.compile(r"^(?:wrote\s+to|to|ans\.|answered|answd\.|sent\s+(?:a\s+)?letter\s+to|schrieb\s+an|an|écrit\s+à)\s+",
                  re.IGNORECASE)
RECEIVED = re.compile(r"^(?:recd\.|received|rec\.)\s+(?P<letter>(?P<count>a|an|two|three|\d+)\s+(?:anonymous\s+)?(?:letters?|note)\s+)?"
                      r"(?P<from>from\s+)?|^(?:from|von|de)\s+", re.IGNORECASE)
JOURNAL_EXAMPLES = (("Wrote to Dr. Fennimore (Edinburgh), with the account.", "sent"),
                    ("Ans. Mrs. Grange's of 9th inst.", "sent"),
                    ("Recd. from Mrs. Pym (Bath) of 28 Dec.; answ. 5 Jan.", "received"),
                    ("From Quennell (Oxford) of 22nd ult.", "received"))
# What a received entry names after its writer: "of 28 Dec.", "of 3rd inst.", "of c. 11 Jan."
_OF = re.compile(r"\bof\s+(?P<date>(?:c\.\s*)?\[?\d{1,2}\??\]?(?:st|nd|rd|th|d)?(?:\s*\(\?\))?\s+(?:inst\.?|ult\.?|"
                 rf"(?:{MONTH_NAMES})\.?))", re.IGNORECASE)
# Things that come and go that are no letters: proofs, parcels, cheques, papers
_NOT_LETTERS = re.compile(r"^(?:recd\.|received|sent|returned)\s+(?:the\s+)?(?!from\b|a\s+letter|an\s+anonymous|"
                          r"(?:two|three|\d+)\s+letters)", re.IGNORECASE)
# A party's name ends before its place in brackets, its possessive, or the remark after a comma
_NAME_END = re.compile(r"\s*(?:\((?P<place>[^()]+)\)|['’]s\b|[,;]|\s+of\s+|\s+n\.\s?d\.|\s+undated|\s+postmarked|$)")


def _kind(text: str) -> str | None:
    if _NOT_LETTERS.match(text):
        return None
    if RECEIVED.match(text):
        return "received"
    if SENT.match(text):
        return "sent"
    return None


class LetterJournal(Layout):
    name = "journal"
    description = "journal: a writer's letter journal, day by day under month headings (Wrote to X, Recd. from Y)"
    rule = ("an entry is a line under a month heading that says a letter was sent (\"Wrote to X\", \"Ans. X's\") or "
            "received (\"Recd. from X of 28 Dec.\"), the day's number first or indented under it")

    def score(self, lines: Sequence[Line]) -> float:
        """The letter entries under month headings, when three headings have them and most of
        the day lines are such entries."""
        headings = entries = days = 0
        current = False
        for line in lines:
            text = line.text.strip()
            if not text:
                continue
            if _MONTH_HEADING.match(text):
                headings += 1
                current = True
                continue
            day = _DAY.match(text)
            days += bool(day)
            if current and (day or indented(line)) and _kind(text[day.end():] if day else text):
                entries += 1
        return entries if headings >= 3 and entries >= 2 * headings and entries * 2 >= days else 0

    def read(self, lines: Sequence[Line], listing: Listing) -> None:
        first = next((i for i, line in enumerate(lines) if _MONTH_HEADING.match(line.text.strip())), None)
        if first is None:
            no_entries(listing, lines)
            return
        read_head(listing, lines[:first])
        year = month = day = None
        entry: Entry | None = None
        for line in lines[first:]:
            text = line.text.strip()
            if not text:
                continue
            heading = _MONTH_HEADING.match(text)
            if heading:
                month = MONTHS[heading["m"].lower().rstrip(".")]
                year = int(heading["y"]) if heading["y"] else year
                entry = None
                unused(listing, line, "a heading: the month (and year) of the days below it")
                continue
            numbered = _DAY.match(text)
            width = len(line.raw) - len(line.raw.lstrip())
            if entry is not None and not numbered and width >= 5:  # "      half-year." under its entry
                entry.last_line = line.number
                set_summary(entry, [*entry.summary_paragraphs, [(line.number, text)]])
                continue
            if numbered:
                day = int(numbered["d"])
                text = text[numbered.end():]
            elif not indented(line):
                entry = None
                unused(listing, line, "page text between the days of the journal (a running head, a note)")
                continue
            kind = _kind(text)
            if kind is None or year is None or month is None or day is None:
                entry = None
                unused(listing, line, "an entry of the journal that is no letter (proofs, parcels, payments)")
                continue
            entry = self._entry(line, text, kind, (year, month, day), listing)

    @staticmethod
    def _entry(line: Line, text: str, kind: str, journal_day: tuple[int, int, int], listing: Listing) -> Entry:
        year, month, day = journal_day
        opener = (RECEIVED if kind == "received" else SENT).match(text)
        rest = text[opener.end():]
        end = _NAME_END.search(rest)
        name = rest[:end.start()].strip(" ,;") or "unknown"
        if kind == "received" and (opener["count"] or "").lower() in {"a", "an"} and not opener["from"]:
            name = "unknown"  # "Recd. an anonymous letter of 8th inst.": from no one named
        entry = Entry(source=listing.source, first_line=line.number, last_line=line.number, date_text="",
                      date_line=line.number, date=None,
                      title=f"{'From' if kind == 'received' else 'To'} {name}", title_line=line.number)
        if end.group("place") and kind == "received":  # "Recd. from Mrs. Pym (Bath)": written at Bath
            entry.fields["place"] = end.group("place")
        if kind == "sent":
            entry.date = DateValue(text="", when=f"{year:04d}-{month:02d}-{day:02d}", notes=("the journal's day",))
        elif (written := _OF.search(rest)) is not None:
            entry.date_text = written["date"]
            entry.date = _written(written["date"], year, month)
        set_summary(entry, [[(line.number, text)]])
        listing.entries.append(entry)
        return entry


def _written(text: str, year: int, month: int) -> DateValue | None:
    """The day a received letter gives as its date: "3rd inst." this month, "28th ult." the
    month before, "28 Dec." entered in January the December before."""
    doubt = "?" in text or text.lower().startswith("c.")
    clean = re.sub(r"^c\.\s*|[\[\]?]|\(\?\)", "", text).strip()
    m = re.match(r"(?P<d>\d{1,2})(?:st|nd|rd|th|d)?\s+(?P<rest>.+)$", clean)
    if m is None:
        return None
    when_month, when_year = month, year
    if m["rest"].lower().startswith("ult"):
        when_month, when_year = (12, year - 1) if month == 1 else (month - 1, year)
    elif not m["rest"].lower().startswith("inst"):
        named = MONTHS.get(m["rest"].lower().rstrip("."))
        if named is None:
            return None
        when_month, when_year = named, year - 1 if named > month else year
    value = parse_date(f"{when_year:04d}-{when_month:02d}-{int(m['d']):02d}")
    if value is None:
        return None
    return DateValue(text=text, when=value.when, cert="low" if doubt else None, notes=("as the journal gives it",))


__all__ = ["JOURNAL_EXAMPLES", "LetterJournal", "RECEIVED", "SENT"]
