"""A personal fonds' list of correspondence, a line per correspondent, as Czech literary
archives list it: under "Korespondence vlastní" (the fonds' person wrote) and "Korespondence
přijatá" (the person received) each line names the other side, surname first, then what there
is and when; under "Korespondence rodinná" or "cizí" (between others) a line names both sides
with a dash between them::

    Korespondence přijatá

    Bezděková Božena                        1 dopis                   11. 8. 1865
    Dlask Bohumil                           2 dopisy, 1 dopisnice     1869–1873

    Korespondence cizí

    Kubíčková Božena – Vrba Bohumil         2 dopisy                  1899–1901

Each line is one entry (a bundle of letters is one, its dates a span); the count is kept as
its note. The fonds' person is the one its title page names ("VÁCLAV HORÁLEK" over its life
dates and "Soupis osobního fondu"), or the edition's writer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lines import Line
from ..listing import Entry, Listing
from . import Layout, no_entries, unused
from .builtin import read_head
from .shared import find_date

# The sections' headings, one row per language: the side their lines name (the fonds' person the
# other), or both ("between").
SECTIONS: tuple[tuple[str, str], ...] = (
    (r"korespondence\s+(?:vlastní|odeslaná)|korešpondencia\s+(?:vlastná|odoslaná)", "to"),
    (r"korespondence\s+přijatá|korešpondencia\s+prijatá", "from"),
    (r"korespondence\s+(?:rodinná|cizí|ostatní)|korešpondencia\s+(?:rodinná|cudzia)", "between"),
)
_SECTION = [(re.compile(rf"^(?:[IVX]{{1,4}}\.\s*|\d{{1,2}}\.\s*)?(?:{rx})\.?$", re.IGNORECASE), side) for rx, side in SECTIONS]
# What a line counts: "2 dopisy, 1 dopisnice", "12 dopisů", "1 telegram", "1 pohlednice"
_KINDS = r"(?:dopis(?:y|ů)?|dopisnic(?:e)?|lístk(?:y|ů)|lístek|pohlednic(?:e)?|telegram(?:y|ů)?|koncept(?:y|ů)?|přání)"
_COUNT = rf"\d{{1,4}}\s+{_KINDS}(?:,\s*\d{{1,4}}\s+{_KINDS})*"
# A line: a name (or two, a dash between), a gap, the count, a gap, the date
_LINE = re.compile(rf"^(?P<name>\S.*?)\s{{2,}}(?P<count>{_COUNT})\s{{2,}}(?P<date>\S.*?)\s*$")
_BOTH = re.compile(r"\s+[–—-]\s+")
# A family's letters under its plural surname: "Bezděkovi Antonín a Anna" (the Bezděks, two)
_COUPLE = re.compile(r"^(?P<surname>\S+)\s+(?P<one>\S+)\s+a\s+(?P<two>\S+)$")
def _section(text: str) -> str | None:
    return next((side for rx, side in _SECTION if rx.match(text.strip())), None)


class Fonds(Layout):
    name = "fonds"
    description = "fonds: a personal fonds' correspondence, a line per correspondent with a count and dates"
    rule = ("an entry is a line under \"Korespondence vlastní\", \"přijatá\", \"rodinná\" or \"cizí\" that names a "
            "correspondent (or two, a dash between), what there is (\"2 dopisy, 1 dopisnice\") and when")

    def score(self, lines: Sequence[Line]) -> float:
        side, found = None, 0
        for line in lines:
            if line.kind == "blank":
                continue
            side = _section(line.text) or side
            if side and _LINE.match(line.text):
                found += 1
        return found + 0.5 if found >= 3 else 0

    def read(self, lines: Sequence[Line], listing: Listing) -> None:
        first = next((k for k, line in enumerate(lines) if _section(line.text)), None)
        if first is None:
            no_entries(listing, lines)
            return
        read_head(listing, lines[:first])  # (the fonds' person: the reader's _writer, from its title page)
        side: str | None = None
        for line in lines[first:]:
            if line.kind == "blank":
                continue
            if (said := _section(line.text)) is not None:
                side = said
                unused(listing, line, "a heading: which way the letters below it went")
                continue
            m = _LINE.match(line.text) if side else None
            if m is None:
                side = None if not line.raw[:1].isspace() and line.text.isupper() else side  # ("III. VLASTNÍ PÍSEMNÁ PRÁCE")
                unused(listing, line, "a line of the fonds that names no correspondent with a count and dates")
                continue
            names = _BOTH.split(m["name"].strip(), 1)
            if side == "between" and len(names) == 2:
                title = f"{_names(names[0])} to {_names(names[1])}"
            elif side == "between":
                unused(listing, line, "a line among letters between others that names one side only")
                continue
            else:
                title = f"{'To' if side == 'to' else 'From'} {_names(m['name'].strip())}"
            found = find_date(m["date"], 0, listing.day_first)
            entry = Entry(source=listing.source, first_line=line.number, last_line=line.number,
                          date_text=m["date"] if found else "", date_line=line.number,
                          date=found[2] if found else None, title=title, title_line=line.number)
            entry.notes.append(m["count"])
            listing.entries.append(entry)


def _names(text: str) -> str:
    """"Bezděkovi Antonín a Anna" → "Bezděkovi Antonín and Bezděkovi Anna"; other names as written."""
    couple = _COUPLE.match(text)
    return f"{couple['surname']} {couple['one']} and {couple['surname']} {couple['two']}" if couple else text


__all__ = ["Fonds", "SECTIONS"]
