"""Browse pages: a digital collection's list of records copied as text, a paragraph each.

::

    Facet Browse
    Page 1 of 13, showing 10 records out of 124 total
    Title | Creator | Date Made Visible

    Lewis A. Sibley to Franklin Tarbell

    Sibley, Lewis A., 1841-1912

    Lewis A. Sibley, a resident of Eureka, wrote this letter, circa 1907, to Governor Tarbell
    inviting the governor to the dedication of the new courthouse.

    previewthumb

A record is its title on a line of its own ("A to B", "Letter to Governor X", or the writer's
name alone), perhaps its creator as a library heads it ("Sibley, Lewis A., 1841-1912",
"Nemaha. Governor (1905-1909 : Tarbell)"), and its description; each ends in the same short
line (the thumbnail's text the page had there), which is how the records are told apart. The
lists show no date: the description says it ("In this letter, dated May 2, 1880", "in April
1883", "circa 1907"; "In this undated letter"), and who wrote where the title names one side
only ("Edwin H. Caldwell, a resident of Burlingame, wrote this letter to …"). The page's
furniture between records (its trail, pager and column heads) is reported. Records that are no
letters ("Record of death sentences": a ledger) are reported too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .. import doctypes
from ..dates import DateValue
from ..lines import Line, opens_with_parties
from ..listing import Entry, Listing
from . import Layout, no_entries, unused
from .builtin import read_head
from .shared import find_date, set_summary
from .shared import paragraphs as _paragraphs  # (the records' own lists are "paragraphs")

_NAME = r"(?:(?:Mrs?|Dr|Rev|St)\.\s+|Miss\s+)?(?:[A-Z]\.|[A-Z][\w'’-]+)(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){0,4}"
_GOVERNOR = r"(?:(?:[A-Z]\w+\s+)?(?i:governor)\s+)"  # ("Nemaha governor Reddick", "Kansas Governor Arthur Capper")
# How a description names the writer and the addressee; a new form is a row, with an example the tests read
DESCRIBED = (
    (re.compile(rf"^(?P<by>{_NAME})(?:,\s+a\s+resident\s+of\s+[^,]+(?:,\s+[^,]+)?|,\s+[A-Z][^,]+(?:,\s+[A-Z][^,]+)?)?,?\s+wrote\s+"
                rf"this\s+letter\b(?:[^.]*?)\s+to\s+{_GOVERNOR}?(?P<to>{_NAME})(?=[,\s.]|$)"),
     "George H. Adair, Seneca, Nemaha, wrote this letter to William Minck, secretary of the Society.",
     ("George H. Adair", "William Minck")),
    (re.compile(rf"^(?:In\s+this\s+(?:\d{{4}}\s+|undated\s+)?letter(?:,\s+dated\s+[^,]+(?:,\s+\d{{4}})?|\s+of\s+[^,]+)?,\s+)?(?P<by>{_NAME})"
                rf"(?:\s+of\s+[A-Z][^,]+?(?:,\s+[A-Z][\w ]+?)?)?\s+(?:writes|wrote(?:\s+this\s+letter)?)\s+(?:to\s+)?{_GOVERNOR}?"
                rf"(?P<to>{_NAME})(?=[,\s.]|$)"),
     "In this 1882 letter, John Rucker of Cottonwood Falls, Nemaha writes Nemaha governor Reddick asking for help.",
     ("John Rucker", "Reddick")),
)
DESCRIBED_EXAMPLES = tuple((example, read) for _, example, read in DESCRIBED) + (
    ("In this letter, dated February 25, 1906, Ida B. Rucker of Seneca, Nemaha writes Governor Tarbell asking …",
     ("Ida B. Rucker", "Tarbell")),
    ("James Minck of Oskaloosa, Nemaha wrote this letter to Governor Denholm over several days, May 7-10, 1916.",
     ("James Minck", "Denholm")),
    ("This ledger lists persons sentenced to death in the state, 1872-1908.", None),
)
_CREATOR = re.compile(r"^(?:St\.\s)?[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?,\s+[A-ZÀ-Þ]|^(?!(?:Mrs?|Dr|Rev|St|Messrs)\.)[A-ZÀ-Þ]\w{3,}(?:\s\w+)*\.\s+[A-ZÀ-Þ]"
                      r"|^(?:Unknown|Anonymous)$|^(?:[A-Z][\w'’-]+\s+){1,6}(?:Company|Society|Association|Committee|Church|Office|"
                      r"Department|Bureau|Council|Commission)$")
#                     ("Smith, Henry", "Nemaha. Governor"; not "Mrs. M. M. Brown to X")
_ANONYMOUS = re.compile(r"^(?:An?\s+)?anonymous\b", re.IGNORECASE)


def described_parties(text: str) -> tuple[str, str] | None:
    """(writer, addressee) as a record's description names them, or None."""
    for pattern, _, _ in DESCRIBED:
        if (m := pattern.match(text.strip())) is not None:
            return m["by"], m["to"]
    return None


def _marker(lines: Sequence[Line]) -> str | None:
    """The short line that ends every record (its own paragraph, after a description), if any."""
    counts = Counter(line.text.strip() for i, line in enumerate(lines)
                     if line.kind != "blank" and len(line.text.strip()) <= 40 and 0 < i
                     and lines[i - 1].kind == "blank" and (i + 1 == len(lines) or lines[i + 1].kind == "blank"))
    for text, count in counts.most_common(3):
        if count >= 3 and not any(c.isdigit() for c in text) and not opens_with_parties(text) and not doctypes.find(text):
            return text  # (not a type every record has on a line of its own: "Letter")
    return None


def _records(lines: Sequence[Line]) -> list[tuple[int, int, list[list[Line]]]] | None:
    """(first index, marker index, the record's paragraphs: title, creator perhaps, description) of each record."""
    marker = _marker(lines)
    if marker is None:
        return None
    found = []
    start = 0
    for i, line in enumerate(lines):
        if line.kind == "blank" or line.text.strip() != marker:
            continue
        paragraphs = _paragraphs(lines[start:i])
        start = i + 1
        if len(paragraphs) < 2 or len(paragraphs[-2]) != 1 or sum(len(x.text) for x in paragraphs[-1]) < 20:
            continue
        creator = paragraphs[-2][0].text.strip()
        above = paragraphs[-3][0].text.strip() if len(paragraphs) >= 3 and len(paragraphs[-3]) == 1 else ""
        titled = bool(above) and not _titled(creator) and (_titled(above) or _CREATOR.match(creator) is not None)
        title = -3 if titled else -2  # (the creator under its title: "Voss, Harlan P.", "Unknown", "X Company")
        found.append((paragraphs[title][0].number - 1, i, paragraphs[title:]))
    return found


def _titled(text: str) -> bool:
    """A record's title that says it is a letter: parties, or a type word first ("Letter, 1880 May 2")."""
    return opens_with_parties(text) or (found := doctypes.find(text[:40])) is not None and found[2] == 0


# What says a record is a letter: its description's verbs, or a letter's type word
_WRITES = re.compile(r"\b(?:letters?|wrote|writes|writing|written|telegram|postcard|replied|replies|answers|answered)\b", re.IGNORECASE)
_LETTER_KINDS = {"letter", "telegram", "postcard", "note", "draft", "copy", "reply", "petition", "memorial", "circular", "card"}


def _letter(title: str, description: str) -> bool:
    """A letter, not a map, photograph, ledger or diary: a description that says who wrote to whom,
    a type word of a letter in the title, or parties in the title and a description that speaks of writing."""
    found = doctypes.find(title[:60])
    return described_parties(description) is not None or found is not None and found[0] in _LETTER_KINDS \
        or opens_with_parties(title) and found is None and _WRITES.search(description) is not None


# Before a date, words that make it another letter's: "an earlier letter of May 3, 1880", "Replying to her letter of …"
_OTHER_LETTER = re.compile(r"\b(?:earlier|previous|former|her|his|their|a)\s+letter\s+(?:of|on|dated)\s+$|(?:replying|in\s+reply|answering)\b[^.]*$",
                           re.IGNORECASE)


def _letters_date(description: str, day_first: bool | None) -> tuple[int, int, DateValue | None] | None:
    """The first date in a description that is not another letter's."""
    start = 0
    while (found := find_date(description, start, day_first)) is not None:
        if not _OTHER_LETTER.search(description[max(0, found[0] - 60):found[0]]):
            return found
        start = found[1]
    return None


class Browse(Layout):
    name = "browse"
    description = "browse: a digital collection's browse or search pages (title, creator, description, a marker line)"
    rule = "an entry is a record: its title, perhaps its creator, its description, then the line that ends every record"

    def score(self, lines: Sequence[Line]) -> float:
        records = _records(lines) or []
        letters = sum(1 for _, _, paragraphs in records
                      if _letter(paragraphs[0][0].text.strip(), " ".join(x.text.strip() for x in paragraphs[-1])))
        return letters + 0.5 if letters >= 3 else 0

    def read(self, lines: Sequence[Line], listing: Listing) -> None:
        records = _records(lines)
        if not records:
            no_entries(listing, lines)
            return
        read_head(listing, lines[:records[0][0]])
        done = records[0][0]
        for first, marker, paragraphs in records:
            for line in lines[done:first]:
                unused(listing, line, "the page's furniture between records (its trail, pager, column heads)")
            done = marker + 1
            title = paragraphs[0][0].text.strip()
            description = " ".join(x.text.strip() for x in paragraphs[-1])
            if not _letter(title, description):
                for line in lines[first:marker + 1]:
                    unused(listing, line, "a record that is no letter (no parties, no type word)")
                continue
            self._entry(lines, first, marker, paragraphs, title, description, listing)
        for line in lines[done:]:
            unused(listing, line, "the page's furniture after the last record")

    @staticmethod
    def _entry(lines: Sequence[Line], first: int, marker: int, paragraphs: list[list[Line]], title: str,
               description: str, listing: Listing) -> None:
        titled = find_date(title, 0, listing.day_first)  # ("Letter, 1880 May 2", "X to Y, 1856 June 3")
        found = titled or _letters_date(description, listing.day_first)
        entry = Entry(source=listing.source, first_line=lines[first].number, last_line=paragraphs[-1][-1].number,
                      date_text=(title if titled else description)[found[0]:found[1]] if found else "",
                      date_line=lines[first].number if titled else paragraphs[-1][0].number,
                      date=found[2] if found else None, title=title, title_line=lines[first].number)
        said = described_parties(description)
        one_side = re.match(r"(?i:letter\s+)?to\s", title) is not None
        if said and (one_side or not opens_with_parties(title)):  # ("George H. Adair", "Letter to Governor X": the description says)
            if not one_side:
                entry.fields["recipient"] = said[1]
            if not _ANONYMOUS.match(description):
                entry.fields["sender"] = said[0]
        if len(paragraphs) == 3:
            entry.notes.append(f"Creator: {paragraphs[1][0].text.strip()}")
        set_summary(entry, [[(x.number, x.text.strip()) for x in paragraphs[-1]]])
        listing.entries.append(entry)
        unused(listing, lines[marker], "the line that ends each record (the page's thumbnail)")


__all__ = ["Browse", "DESCRIBED", "DESCRIBED_EXAMPLES", "described_parties"]
