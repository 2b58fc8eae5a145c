"""An index to a government's proceedings: each paper a paragraph set with a hanging indent.

::

    ADEN.

    Letter from the Political Resident at Aden to the Foreign Secretary, No.
          277-44, dated the 17th January 1874, forwarding a report on transit
          duties levied on salt. Pol. A., Jan. 1874, Nos. 376-378.
    Telegram, dated 9th April 1874, from Political Resident at Aden, to Foreign
          Secretary. Reports the claims of the money-lenders. Genl. B., May 1874, No. 375.
    Ditto from ditto, No. 1534, dated 23rd idem, regarding the detention of a vessel.
          Judl. A., Aug. 1874, Nos. 318-327.

Colonial governments printed yearly indexes to their departments' proceedings (the Government
of India's Foreign Department, for one): under a state's or a subject's heading, a paragraph
per paper, its first line flush and the rest indented, saying what the paper is, who wrote to
whom, its number and its date ("dated the 17th January 1874"), what it is about, and where the
proceedings keep it ("Pol. A., Jan. 1874, Nos. 376-378"). A paper that is a letter (a letter, a
telegram, a demi-official, a despatch, "From X", "To X") is an entry: its title the words that
name it and its parties, its date the one after "dated" ("23rd and 28th May 1874": both days;
"23rd idem": a day of the month of the paper before), its summary what it is about, the
proceedings' reference a note. "Ditto from ditto" is a paper between the parties of the one
before. Every other paragraph (a notification, a report, an extract, a resolution), heading
and running head is reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..dates import parse_date
from ..lines import Line
from ..listing import Entry, Listing
from . import Layout, no_entries, unused
from .builtin import read_head

# What a paper that is a letter opens with (not "Notification No. 2148 P., dated …", "Report of …")
_LETTER = re.compile(r"^(?:(?:Letters?|Telegrams?|Demi-official(?:\s+letter)?|Despatch(?:es)?|Dispatch(?:es)?|Memorial)\b"
                     r"(?=,?\s+(?:from|to|dated|No)\b)|(?:From|To)\s+(?:the\s+)?[A-Z]|Ditto\s+(?:from|to)\s+ditto\b)")
# Its date: "dated the 17th January 1874", "dated 23rd and 28th May 1874", "dated 23rd idem" (the month before's)
_DATED = re.compile(r",?\s*\bdated\s+(?:the\s+)?(?P<date>(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:and|&)\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
                    r"(?:idem|[A-Z][a-z]{2,9}\.?\s+\d{4})|[A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})")  # (or "May 12, 1850")
# … or set before it, a date and a dash: "23 August 1874.—Letter to the Resident from X"
_DATE_FIRST = re.compile(r"^(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,9}\.?\s+\d{4})\.?\s*[—–-]+\s*")
# Its number: "No. 277-44", "Nos. 486 and 637", "No. 882 G.", "No. 1792 P."
_NUMBER = re.compile(r",\s*Nos?\.\s*[\d-]+(?:\s*(?:and|&)\s*[\d-]+)?(?:\s+[A-Z]\.)?(?=,|\.|\s*$)")
# Where the proceedings keep it, at the paragraph's end: "Pol. A., Jan. 1874, Nos. 376-378 & K.W."
_REFERENCE = re.compile(r"\s*(?P<ref>[A-Z][a-z]{2,4}\.\s+[AB]\.,\s+[A-Z][a-z]{2,4}\.?\s+\d{4}[,.]\s+Nos?\.\s+[\d\s,&-]+?"
                        r"(?:\s*&?\s*K\.\s?W\.)?)\.?\s*$")
# Where its title ends and what it is about begins: a sentence's end or a participle after a comma
_ABOUT = re.compile(r"(?<![\s.][A-Z])(?<!\b(?:St|Mr|Dr))\.\s+(?=[A-Z])|,\s+(?=(?:forwarding|submitting|regarding|reporting|requesting|asking|enclosing|"
                    r"transmitting|publishing|recommending|proposing|explaining|conveying|informing|stating|intimating|acknowledging|"
                    r"approving|sanctioning|communicating|on\s+the\s+subject|in\s+reply|with\s+reference|with|about|on|"
                    r"concerning|respecting|relative\s+to)\b)")
_DITTO = re.compile(r"^Ditto\s+(?:from|to)\s+ditto\b,?\s*")


def _paragraphs(lines: Sequence[Line]) -> list[list[Line]]:
    """The paragraphs: a flush line and the indented lines under it."""
    found: list[list[Line]] = []
    for line in lines:
        if line.kind == "blank":
            continue
        if line.raw[:1].isspace() and found and line.number == found[-1][-1].number + 1:
            found[-1].append(line)
        else:
            found.append([line])
    return found


def _is_letter(text: str) -> bool:
    return bool(_LETTER.match(text) and (_DATED.search(text) or _DITTO.match(text))) or bool(
        (first := _DATE_FIRST.match(text)) and _LETTER.match(text[first.end():]))


class Proceedings(Layout):
    name = "proceedings"
    description = "proceedings: an index to a government's proceedings, a paragraph per paper: `Letter from X to Y, No. 12, dated …`"
    rule = "an entry is a paragraph (its first line flush, the rest indented) that opens with a letter's word and gives a date after \"dated\""

    def score(self, lines: Sequence[Line]) -> float:
        """The letters' paragraphs; none unless most paragraphs that say "dated" hang their lines."""
        paragraphs = _paragraphs(lines)
        letters = [p for p in paragraphs if _is_letter(" ".join(line.text.strip() for line in p))]
        hanging = sum(1 for p in letters if len(p) > 1)
        return len(letters) if len(letters) >= 3 and hanging * 2 >= len(letters) else 0

    def read(self, lines: Sequence[Line], listing: Listing) -> None:
        paragraphs = _paragraphs(lines)
        texts = [" ".join(line.text.strip() for line in p) for p in paragraphs]
        first = next((k for k, text in enumerate(texts) if _is_letter(text)), None)
        if first is None:
            no_entries(listing, lines)
            return
        read_head(listing, [line for p in paragraphs[:first] for line in p])
        before: Entry | None = None  # the letter before (its parties for "Ditto from ditto", its month for "idem")
        for paragraph, text in zip(paragraphs[first:], texts[first:]):
            if not _is_letter(text):
                reason = "a running head of the printed page" if len(paragraph) == 1 and re.search(r"\d\s*$|^\s*\d", text) \
                    and text.upper() == text else "a heading: a state's or a subject's, over its papers" \
                    if len(paragraph) == 1 and text.upper() == text else \
                    "a paper that is no letter (a notification, a report, an extract)"
                for line in paragraph:
                    unused(listing, line, reason)
                continue
            entry = self._entry(paragraph, text, before, listing)
            listing.entries.append(entry)
            before = entry

    @staticmethod
    def _entry(paragraph: list[Line], text: str, before: Entry | None, listing: Listing) -> Entry:
        notes = []
        if reference := _REFERENCE.search(text):
            notes.append(f"Proceedings: {' '.join(reference['ref'].split())}")
            text = text[:reference.start()]
        date_text = ""
        if first := _DATE_FIRST.match(text):
            date_text, text = first["date"], text[first.end():]
        elif dated := _DATED.search(text):
            date_text, text = dated["date"], f"{text[:dated.start()]}{text[dated.end():]}"
        text = _NUMBER.sub("", text).strip(" ,")
        cut = _ABOUT.search(text)
        head, about = (text[:cut.start()], text[cut.end():]) if cut else (text.rstrip("."), "")
        head = re.sub(r"^((?:Letters?|Telegrams?|Demi-official(?:\s+letter)?|Despatch(?:es)?|Dispatch(?:es)?)),\s+", r"\1 ", head)
        if (turned := re.match(r"^(?P<what>\w[\w-]*)\s+to\s+(?P<to>.+?)\s+from\s+(?P<from>.+)$", head)) is not None:
            head = f"{turned['what']} from {turned['from']} to {turned['to']}"  # ("Letter to Y from X": X's to Y)
        if re.match(r"Demi-official\b", head):
            head = re.sub(r"^Demi-official(?:\s+letter)?\b", "Letter", head)  # (a letter as its writer's own, not his office's)
            notes.append("demi-official")
        if _DITTO.match(head) and before is not None:
            head = before.title  # ("Ditto from ditto": the paper before's parties)
        if "idem" in date_text and before is not None and before.date is not None and len(before.date.start or "") >= 7:
            month = _MONTHS[int(before.date.start[5:7]) - 1]  # ("23rd idem": of the month of the paper before)
            date_text = date_text.replace("idem", f"{month} {before.date.start[:4]}")
        entry = Entry(source=listing.source, first_line=paragraph[0].number, last_line=paragraph[-1].number,
                      date_text=date_text, date_line=paragraph[0].number, date=parse_date(date_text) if date_text else None,
                      title=head.strip(" ,."), title_line=paragraph[0].number)
        if about.strip():
            entry.summary = [about.strip()]
            entry.summary_lines = (paragraph[0].number, paragraph[-1].number)
            entry.summary_paragraphs = [[(paragraph[0].number, about.strip())]]
        entry.notes.extend(notes)
        return entry


_MONTHS = "January February March April May June July August September October November December".split()

__all__ = ["Proceedings"]
