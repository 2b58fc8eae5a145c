"""Registers by correspondent: a name heading, then one indented line per letter.

::

    Almqvist, Wilhelmina (1792–1864)
        Lund juni 1828.
        Kalmar d. 25 febr. 1856. 3 s.
            Bil.: fotografi.

    Berg, Magnus, grosshandlare i Göteborg
        Kalmar den 3 januari 1828.

Libraries list the letters a person received this way, by the writer, surname first (the
register's heading names the person: "Brev till Per Gustaf Sundblad", "Briefe an X"). Each
indented line is one letter from the heading's correspondent to the register's person:
its place of writing, its date, then what it is ("3 s.", "Avskrift") as its summary; a line
indented deeper under it (an enclosure, a remark) belongs to it. Under a part heading that
says the letters went the other way ("B. Brev från …", "Letters from …") the correspondent
is the recipient. The letter's title is made as made titles are ("From Wilhelmina Almqvist"):
the register writes none; the edition's writer is its other side, as in a one-writer
calendar. A heading with no dated line under it, and a running head between a page's lines,
are reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..dates import UNDATED_MARKS
from ..lines import Line
from ..listing import Entry, Listing
from . import Layout, no_entries, unused
from .builtin import read_head
from .shared import find_date, indented, set_summary

# "Almqvist, Wilhelmina (1792–1864)", "Berg, Magnus, grosshandlare i Göteborg", "Bergfalk, Oscar
# August och Maria": a surname, a comma, given names; life dates in brackets, an office after a comma.
_HEADING = re.compile(r"^(?P<surname>[A-ZÀ-Þ][\w'’]+(?:[- ][A-ZÀ-Þ][\w'’]+)?),\s+"
                      r"(?P<given>[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|och|og|und|and|et|e|y))*)"
                      r"(?:\s*\((?P<dates>[^()]*)\))?(?:,\s*(?P<role>[^,()]{2,80}))?\s*$")
# Where the letters went the other way: "B. BREV FRÅN PER GUSTAF SUNDBLAD", "Letters from X".
_SENT = re.compile(r"\b(?:brev|breve)\s+(?:från|fra)\b|\bletters\s+from\b|\bbriefe\s+von\b|\bcartas\s+de\b|"
                   r"\blettres\s+de\b", re.IGNORECASE)
_UNDATED = re.compile(rf"(?:^|\s)(?:{UNDATED_MARKS})(?=\s|[,.;]|$)", re.IGNORECASE)
# "u.o." (utan ort), "o.O.", "s.l.": no place of writing
_NO_PLACE = re.compile(r"^(?:u\.\s?o\.|o\.\s?O\.|s\.\s?l\.|n\.\s?p\.)$", re.IGNORECASE)
_PLACE = re.compile(r"^(?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?|u\.\s?o\.|o\.\s?O\.|s\.\s?l\.)[,.]?\s+")
# "Oscar August och Maria": given names joined, each with the heading's surname
_JOINED = re.compile(r"\s+(och|og|und|and|et|e|y|&)\s+")


def _heading_like(text: str) -> bool:
    """A heading, not a sentence of the introduction that mentions letters from someone."""
    letters = [c for c in text.split("(")[0] if c.isalpha()]
    return len(text) <= 100 and sum(c.isupper() for c in letters) >= len(letters) / 2


def _dated(text: str) -> bool:
    return find_date(text, 0) is not None or bool(_UNDATED.search(text))


class Correspondents(Layout):
    name = "correspondents"
    description = "correspondents: a register by correspondent, a name heading over one indented line per letter"
    rule = ("an entry starts at an indented line with a date (\"Lund juni 1828.\") under a heading that names the "
            "correspondent surname first (\"Almqvist, Wilhelmina (1792–1864)\")")

    def score(self, lines: Sequence[Line]) -> float:
        """The dated indented lines under name headings, when three headings or more have them."""
        headings = items = 0
        current = False
        for line in lines:
            if line.kind == "blank":
                continue
            if not indented(line):
                current = bool(_HEADING.match(line.text))
                headings += current
            elif current and _dated(line.text) and len(line.text) <= 160:
                items += 1
        return items if headings >= 3 and items >= headings else 0

    def read(self, lines: Sequence[Line], listing: Listing) -> None:
        first = next((i for i, line in enumerate(lines) if not indented(line) and _HEADING.match(line.text)
                      and any(indented(x) and _dated(x.text) for x in lines[i + 1:i + 4])), None)
        if first is None:
            no_entries(listing, lines)
            return
        read_head(listing, lines[:first])
        sent = any(_SENT.search(line.text) for line in lines[:first] if _heading_like(line.text))
        heading = None
        entry: Entry | None = None
        depth = 0
        for line in lines[first:]:
            if line.kind == "blank":
                continue
            if not indented(line):
                found = _HEADING.match(line.text)
                if found:
                    heading, entry = found, None
                    unused(listing, line, "a heading naming the correspondent of the letters below it")
                elif line.kind in {"boilerplate", "separator"}:
                    unused(listing, line, "")
                else:  # a running head between a page's lines, or a part heading: the letters go on below it
                    unused(listing, line, "a heading between the letters of a register (a running head, a part)")
                    sent = sent or bool(_SENT.search(line.text)) and _heading_like(line.text)
                continue
            width = len(line.raw) - len(line.raw.lstrip())
            if heading is not None and _dated(line.text) and (entry is None or width <= depth):
                entry = self._entry(line, heading, sent, listing)
                depth = width
            elif entry is not None:  # "    Bil.: fotografi." under its letter: a paragraph of its summary
                set_summary(entry, [*entry.summary_paragraphs, [(line.number, line.text.strip())]])
            else:
                unused(listing, line, "an indented line under no correspondent's heading")

    @staticmethod
    def _entry(line: Line, heading: re.Match[str], sent: bool, listing: Listing) -> Entry:
        text = line.text.strip()
        surname = heading["surname"]
        # "Bergfalk, Oscar August och Maria": each of them a Bergfalk
        joined = _JOINED.split(" ".join(heading["given"].split()))
        name = f" {joined[1].strip() if len(joined) > 1 else 'and'} ".join(
            f"{given} {surname}" for given in joined[::2]) + (f", {heading['role'].strip()}" if heading["role"] else "")
        entry = Entry(source=listing.source, first_line=line.number, last_line=line.number, date_text="",
                      date_line=line.number, date=None, title=f"{'To' if sent else 'From'} {name}",
                      title_line=line.number)
        body = re.sub(r"^(?:d\.|den)\s+", "", text)
        if (place := _PLACE.match(body)) and not find_date(place["place"], 0):
            if not _NO_PLACE.match(place["place"]):
                entry.fields["place"] = place["place"]
            body = body[place.end():]
        found = find_date(body, 0)
        rest = body
        if found is not None:
            a, b, entry.date = found
            entry.date_text = body[a:b]
            before, rest = body[:a].strip(" ,."), body[b:].lstrip(" ,.").rstrip()
            if before and "place" not in entry.fields and not _NO_PLACE.match(before) and not _UNDATED.search(before):
                entry.fields["place"] = before  # ("12 dec. 1847, Lund.": after the date)
            if rest and (after := re.match(r"^(?P<place>[A-ZÀ-Þ][\w'’-]+)(?:[.,]\s*|$)", rest)) and len(rest) <= 40 \
                    and "place" not in entry.fields and not find_date(after["place"], 0):
                entry.fields["place"], rest = after["place"], rest[after.end():]
        elif (undated := _UNDATED.search(body)) is not None:
            entry.date_text = undated.group(0).strip()
            rest = (body[:undated.start()] + body[undated.end():]).strip(" ,.")
        set_summary(entry, [[(line.number, rest.strip())]] if rest.strip(" .") else [])
        listing.entries.append(entry)
        return entry


__all__ = ["Correspondents"]
