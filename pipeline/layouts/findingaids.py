"""Finding aids: an archive's list of the items of a collection, one letter a line.

::

    Series 1. Correspondence, 1795-1870
    File 2.1. Letters from Margaret Carbury, 1820-1852. 30 items. Box 1.
    MS 45/2/1/1    [1821 Aug. 12]    Letter, Mrs. Margaret Carbury to Charles Marsh. 1 item (2 p.).
        Asks after the harvest at Kelso.
    MS 45/2/1/2. Carbury, Margaret, to Charles Marsh. 1821 Sept. 3. 1 item.
    MS 45/2/1/3    To Edward Kemp, 1846 Mar. 7. 1 item.
    Item 2.1.4. Letter from Charles Marsh to Margaret Carbury, 1847. 1 item. MS 45/2/1/4
    DM1234/5/6	Letter from John Smith to Mary Smith	3 Mar 1850

An entry (an item) is a line that opens with the item's reference (REFERENCES: a call number,
an item number, a box and folder) and names a letter: parties ("A to B", "To X", "Surname,
Given, to X") or a type word, and its date, in a column of its own or after the title. The
lines indented under it are its summary. The reference is the letter's shelfmark (an item
number its number; a call number at the line's end is its shelfmark too); the extent
("1 item (2 p.) ; 20 cm.") is kept as a note of the source, as written.

A heading between items (a series, a file, a box) is reported, not read as a letter. One
that names whose letters a file holds ("Letters from Margaret Carbury", "Letters to X") gives
that writer to the items below it that name one side only ("To Edward Kemp"), up to the next
heading.

An American container list sets its box and folder before each item, the folder alone under
its box ("Box 1  Folder 7", "       Folder 8"); a series of one person's letters one way
("Subseries 1.1: Outgoing", "Letters received by X") names the other side alone, surname first
("Pruett, Eliza, 1863 Jan 2"), the person being the collection's ("Guide to the Josiah Haverill
Papers", "Creator: Haverill, Josiah"). Names written surname first are read in reading order on
both sides ("Haverill, Josiah to Wingate, Lydia").
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Sequence

from .. import doctypes
from ..dates import UNDATED_MARKS, DateValue, parse_date
from ..lines import EXTENT_ALONE, UNDATED, Line, opens_with_parties
from ..listing import Entry, Listing
from ..titles import GIVEN_NAMES, estonian_item, looks_like_name, parse_party_list, parse_title
from . import Layout, no_entries, unused
from .builtin import read_head
from .shared import (MONTH_WORD, YEAR_ALONE, ends_in_abbreviation, find_date, in_capitals, indent, indented, natural_name,
                     place_alone, set_summary, title_case)

# How finding aids write an item's reference; one row per form, with an example the tests read.
REFERENCES: tuple[tuple[str, str, str], ...] = (
    ("a repository code and a call number", r"[A-Z]{2}\s\d{2,5}\s[A-Z][A-Za-z]*(?:[/.][0-9A-Za-z]+)+",
     "GB 3317 ASH/1/4"),
    ("a call number with a path of numbers", rf"(?!(?i:{MONTH_WORD})\s)(?:[A-Z][A-Za-z]{{0,5}}\.?\s?){{1,3}}\d+[a-z]?"
                                             r"(?:/[0-9A-Za-z]+)+", "MS 45/1/1/1"),
    ("a path of letters and numbers", r"[A-Z]{1,6}(?:/[A-Z0-9]{1,8}){2,}", "PP/HO/1/23"),
    ("a country's and an archive's code, then the number", r"[A-Z]{2}\s[A-Z]{2,8}\s\d{1,6}(?:[-/.]\d{1,6})+", "ES ACAT 43-6"),
    ("a call number joined by hyphens (a national library's)", r"[a-z]?[A-Z]{1,6}(?:-[A-Z][a-z]+)?-\d{1,6}(?:-\d{1,4})+"
                                                                r"(?:/\d{1,4})*", "MS-Papers-2291-01/03"),
    ("a manuscript division's call number: its section, box and item (a Brazilian library's)",
     r"[IVX]{1,4}-\d{1,3},\s?\d{1,3},\s?\d{1,4}[A-Za-z]?", "I-31,14,2"),
    ("an item number in the list", r"(?:Item|Doc\.|Document)\s+\d+(?:\.\d+){1,5}", "Item 1.1.7"),
    ("a box and a folder", r"Box\s+\d+[A-Za-z]?,?\s+(?:Folders?|Fol\.|ff?\.)\s*\d+[A-Za-z]?(?:\s*[-–]\s*\d+[A-Za-z]?)?",
     "Box 3, Folder 12"),
    ("a box alone in capitals, its folders' lines indented under it (a container list)",
     r"(?-i:BOX|CONTAINER|CARTON)\s+\d{1,4}[A-Za-z]?(?=[.\s]|$)", "BOX 12"),
    ("a folder of the box above (a container list)", r"Folders?\s+\d+[A-Za-z]?(?:\s*[-–]\s*\d+[A-Za-z]?)?", "Folders 16-17"),
    ("a box and a folder, short", r"B\d{1,3}\s*F\d{1,3}(?:\s*[-–]\s*\d{1,3})?", "B4 F16"),
    ("a folder and its file, as an Estonian literary museum numbers them (mapp:säilik)",
     r"m\s\d{1,3}:\d{1,3}(?:[–-]\d{1,3})?(?=[\s.])", "m 5:3–8"),
    ("a box and a folder, abbreviated", r"b\.\s?\d{1,3},\s?ff?\.\s?\d{1,3}(?:\s*[-–]\s*\d{1,3})?", "b. 5, f. 2"),
    ("a box and a folder, parted by a slash", r"\d{1,3}/\d{1,3}(?=[.\s])", "1/12"),
    ("a French archive's cote, the series' letter between numbers", r"\d{1,4}\s?(?:[A-Z]{1,3}|Mi|Fi|Num)\s\d{1,5}"
                                                                   r"(?:\s?[-–]\s?\d{1,5})?(?=\s{2,}|\t|\.\s)", "48 J 45-48"),
    ("a letter book's page, a column after it", r"pp?\.\s?\d{1,4}[a-z]?(?=\s{2,}|\t|\.\s)", "p. 6"),
    ("a box and a folder in columns of their own", r"\d{1,3}(?:\s{2,}|\t)\d{1,3}(?=(?:\s{2,}|\t)[^\d\s]|\.\s|\t)", "4     11"),
)
_FOLDER = re.compile(r"^(?:Folders?\s+\d|pp?\.\s?\d)")  # (set under its box's column, or a letter book's page
#                                                     under the book: indented, and an item all the same)
_REFERENCE = "(?:" + "|".join(f"(?:{pattern})" for _, pattern, _ in REFERENCES) + ")"
_LEAD = re.compile(rf"^(?P<ref>{_REFERENCE})(?:[.:]?(?:\s+|$)|\s*[–—-]\s+)")
_TRAIL = re.compile(rf"(?:(?<=[.;,])|(?<=[.;,]\))|\s{{2,}}|\t)\s*(?P<ref>{_REFERENCE})\.?$")
_ITEM_NUMBER = re.compile(r"^(?:Item|Doc\.|Document)\s+(?P<n>\d+(?:\.\d+)+)$")
# The extent, to the line's end: "1 item (1 p.) ; 20 cm.", "2 items (letter and envelope).", "[2] p."
_EXTENT = re.compile(r"(?:^|(?<=[.,;)\]])\s+)\[?\d{1,4}\]?\s*(?:items?|pieces?|leaves|leaf|ll\.|pp?\.|pages?|ff?\.|"
                     r"fols?\.|folios?|sheets?|documents?|t\.)(?=[\s.,;(]|$).*$", re.IGNORECASE)
#                    (Welsh "4 t.": tudalen; not "40 l.", pounds in a receipt too)
# A cataloguer's remark after a date, without a date of its own: "[postmark]", "(docket)".
_REMARK = re.compile(r"\s*[\[(][^\[\]()\d]{2,30}[\])]\.?$")
# A writer named as catalogues head a record, surname first, before "to": "Pendower, Rosamund, to
# X", "Yeldham, George and Dallimore, George, to X". Read so here, whatever the given name.
_INVERTED = re.compile(r"^(?P<head>[A-ZÀ-Þ][\w'’-]*(?:\s[A-ZÀ-Þ][\w'’-]*)?,\s[A-ZÀ-Þ][\w.'’ -]*?"
                       r"(?:\s(?:and|&)\s[A-ZÀ-Þ][\w'’-]*(?:\s[A-ZÀ-Þ][\w'’-]*)?,\s[A-ZÀ-Þ][\w.'’ -]*?)*),\s+to\s")
_COLUMN_GAP = re.compile(r"\t|\s{2,}")
# A column that counts what a folder holds: "36 letters; with enclosures", "c. 70 letters", "54 items"
_COUNT_COLUMN = re.compile(r"(?:c\.\s*)?\d{1,5}\s+(?:letters?|items?|cards?|postcards?|pieces?|documents?|folders?|"
                           r"letters and cards|e-?mails?)\b", re.IGNORECASE)
# A container list's series of one person's letters one way, as its heading or the note under it
# says: "Subseries 1.1: Outgoing", "Letters received by Josiah Haverill, …". The items name the
# other side alone ("Pruett, Eliza, 1863 Jan 2", "To Mary Haverill, 1851 Oct 17").
_OUTGOING = re.compile(r"(?!.*\b(?:by\s+and\s+to|to\s+and\s+from|from\s+and\s+to)\b)^(?:sub-?series\s+(?:[\d.]+|[IVXLC]+\b|[A-Z]\b)[.:]?\s+)?(?:outgoing|letters\s+sent|letters\s+written|outward\s+(?:letters|correspondence)|"
                       r"outgoing\s+(?:letters|correspondence))\b|^(?:[A-Z\d]{1,3}\.\s+)?(?:correspondance\s+active|lettres\s+envoyées)\b|^(?:[\d.]+\s+)?cartes\s+(?:trameses|enviades)\b|\bletters\s+(?:written|sent)\s+by\s+(?!and\s)", re.IGNORECASE)
_INCOMING = re.compile(r"(?!.*\b(?:by\s+and\s+to|to\s+and\s+from|from\s+and\s+to)\b)^(?:sub-?series\s+(?:[\d.]+|[IVXLC]+\b|[A-Z]\b)[.:]?\s+)?(?:incoming|letters\s+received|inward\s+(?:letters|correspondence)|"
                       r"incoming\s+(?:letters|correspondence))\b|^(?:[A-Z\d]{1,3}\.\s+)?(?:correspondance\s+passive|lettres\s+reçues)\b|^(?:[\d.]+\s+)?cartes\s+rebudes\b|\bletters\s+received\s+by\s+(?!and\s)", re.IGNORECASE)
#   (not "Letters written by and to X": both ways)
_BY = re.compile(r"\bletters\s+(?:written|sent|received)\s+by\s+(?P<name>(?:[A-ZÀ-Þ][\w'’.-]*\s+){1,3}[A-ZÀ-Þ][\w'’-]*)"
                 # (a national library's series: "Inward letters - Hugh Alderson Tremayne")
                 r"|\b(?i:inward|outward)\s+(?i:letters|correspondence)\s+[-–—:]\s+(?P<named>(?:[A-ZÀ-Þ][\w'’.-]*\s+){1,3}[A-ZÀ-Þ][\w'’-]*)")
# … whose papers the collection holds: "Guide to the Josiah Haverill Papers", "Papers of X",
# "Creator: Haverill, Josiah, 1823-1894"
_PAPERS = re.compile(r"^(?:(?:guide|inventory|register|finding aid)\s+to\s+the\s+)?"
                     r"(?P<name>(?:[A-ZÀ-Þ][\w'’.-]*\s+){1,3}[A-ZÀ-Þ][\w'’-]*)\s+(?-i:Papers)\b"
                     r"|^(?:the\s+)?papers\s+of\s+(?P<of>(?:[A-ZÀ-Þ][\w'’.-]*\s+){1,3}[A-ZÀ-Þ][\w'’-]*)"
                     r"|^creator:\s+(?P<creator>[A-ZÀ-Þ][\w'’-]+,\s+[A-ZÀ-Þ][\w'’. -]+?)(?:,\s*\d{4}.*)?$"
                     r"|^(?:[IVX]{1,5}\.\s+)?papiers\s+(?:de\s+|d['’])(?P<fr>[^()\d]+?)\s*(?:\(.*)?$", re.IGNORECASE)
#                     ("I. PAPIERS DE JEAN-BAPTISTE FOUQUEROLLES (1768-1843)": a French inventory's part)
# A series that holds no letters: its items are not read by the side a series of letters gave
_OTHER_SERIES = re.compile(r"^(?:sub-?)?series\s+(?:[\d.]+|[IVXLC]+\b)[.:]?\s+(?!.*\b(?:correspondence|letters|outgoing|incoming)\b)",
                           re.IGNORECASE)
# An item that names one party only, as a container list of one person's letters does:
# "Kimberly, Eliza", "Gaylord, Ezra, and Hannah Tolliver", "Gillingham, Horace (Rev.)"
_BARE_NAME = re.compile(r"^[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?,\s+[A-ZÀ-Þ][\w.'’-]*(?:\s[A-ZÀ-Þ][\w.'’-]*)*"
                        r"(?:\s+\((?:Mrs|Dr|Rev|Capt|Col|Gen|Hon|Miss)\.?\)|,\s+(?:Jr|Sr)\.?)?"
                        r"(?:,?\s+and\s+[A-ZÀ-Þ][\w.'’-]*(?:\s[A-ZÀ-Þ][\w.'’-]*)*)?$")
# Whose letters a heading says a file holds: "Letters from Eliza Kemp, 1804-1810. 34 items."
_WRITER = re.compile(r"(?:^|^\d{1,2}(?:\.\d{1,2})+\.?\s+|[.:/]\s+|\s{2,}|\t)(?i:letters|correspondence|letter\s*book|llythyrau|gohebiaeth)\s+"
                     r"(?P<side>(?i:from|of|by|to|at|gan|oddi\s+wrth))\s+"
                     r"(?P<name>(?:(?:Mrs?|Miss|Ms|Dr|Rev|Capt|Col|Sir|Lady|Lord|the Rev|[A-Z])\.?\s+)*"
                     r"[A-Z](?:[^,.;:()\d/]|(?<=\s[A-Z])\.)*?)(?=\s*(?:[,;:(/]|$)|(?<!\s[A-Z])\.|\s+(?i:from|to)\s)")
#                    ("Harlan T. Pemberton"; "LETTERS TO X FROM HIS FACTOR AND OTHERS": X; "LETTER BOOK OF X": his;
#                    Welsh: "GD 1. LLYTHYRAU AT ELLIS HUGHES / LETTERS TO ELLIS HUGHES", "LLYTHYRAU GAN X": his)
# A file's or a series' words, plural: such a line heads letters, it is none ("Letters from X, 1804-1810").
_PLURAL = re.compile(r"^(?:letters|correspondence|papers|documents|files?|series|sub-?series|box|folder|briefe|"
                     r"lettres|carteggio|brieven|llythyrau|papurau)\b", re.IGNORECASE)
# … but an item of a few letters under one reference names their count: "Lettres (4) à son fils X"
_COUNTED = re.compile(r"^\w+\s+\(\d{1,4}\)\s")
# A correspondent in a file's list, a dash before: "- Puechmaille (Casimir) : 10 lettres, 1840-1841 ;"
_DASHED = re.compile(r"^[-–—]\s+(?P<name>[A-ZÀ-Þ][^:;]{1,80}?)\s*[:;]\s*(?P<rest>.*)$")
_HEADING_WORDS = re.compile(r"^(?:series|sub-?series|file|folder|box|volume|vol\.|part|section|fonds|"
                            r"collection)\b", re.IGNORECASE)


class Item:
    """One item line taken apart: its references, date, title, what follows, the extent."""

    def __init__(self, text: str, day_first: bool | None = None) -> None:
        self.shelfmarks: list[str] = []
        self.number = ""
        self.date_text, self.date = "", None
        self.title = self.after = self.extent = ""
        self.way: tuple[str, str] | None = None  # (side, person) of a series of one person's letters
        self.place = ""  # where it was written, said apart from its title (a file's letters)
        self.group: str | None = None  # the correspondent its group's heading names ("" someone unknown)
        self.carried = 0  # the lines under it that go on with it
        self.date_line: int | None = None  # where its date is, when not on its first line
        lead = _LEAD.match(text)
        if not lead:
            return
        self._reference(lead.group("ref"))
        rest = text[lead.end():].strip()
        if (trail := _TRAIL.search(rest)) is not None and trail.start() > 0:
            self._reference(trail.group("ref"))
            rest = rest[:trail.start()].strip()
        columns = [c.strip() for c in _COLUMN_GAP.split(rest) if c.strip()]
        dated = next(((i, value) for i, c in enumerate(columns) if (value := _whole_date(c, day_first)) is not False),
                     None) if len(columns) > 1 else None
        if dated is not None:
            (i, self.date), column = dated, columns[dated[0]]
            self.date_text = column.rstrip(" .,;") if column.endswith(("..", ". ")) else column
            counted = [c for c in columns[i + 1:] if _COUNT_COLUMN.match(c)]
            if counted:  # "Folder 12/1 Arts Council    1984-1993    36 letters; with enclosures": its extent
                self.extent = counted[0]
            self.title = self._cut(" ".join(c for c in columns[:i] + columns[i + 1:] if c not in counted))
            return
        rest = " ".join(columns)
        body = self._cut(rest)
        found = find_date(body, 0, day_first)
        if found is None:
            self.title = body
            return
        start, end, self.date = found
        self.date_text = body[start:end]
        if start == 0:  # "[1854 Dec. 7] Letter, A to B"
            self.title = body[end:].strip(" .,;:–—-")
        else:
            self.title = body[:start].rstrip(" ,;:(–—-")
            self.after = body[end:].strip(" .,;)")
        if self.title.endswith(".") and not ends_in_abbreviation(self.title):
            self.title = self.title[:-1]

    def _reference(self, ref: str) -> None:
        if (item := _ITEM_NUMBER.match(ref)) is not None and not self.number:
            self.number = item.group("n")
        else:
            self.shelfmarks.append(ref)

    def _cut(self, text: str) -> str:
        """The text without its extent at the end (kept in ``extent``)."""
        if (extent := _EXTENT.search(text)) is not None:
            self.extent = extent.group(0).strip()
            text = text[:extent.start()]
        text = text.strip()
        return text[:-1] if text.endswith(".") and not ends_in_abbreviation(text) else text

    @property
    def names_a_letter(self) -> bool:
        """Parties or a type word at the title's start, and no file's plural ("Letters from X")
        unless the file is dated ("Letters from X" over "Date: Jul 1881-Nov 1881": its letters, one
        document, as a finding aid describes them)."""
        title = self.title
        if not title or _PLURAL.match(title) and not _COUNTED.match(title) and not (self.date and opens_with_parties(title)):
            return False
        # ("Letter, A to B", "Copy letter from A to B", "L.a.s. de A à B"; "Pk" of "Pk. 17. IX 1928.", its stop the date's)
        found = doctypes.find(title[:80]) or doctypes.description_opening(title[:80]) \
            or (doctypes.find(f"{title}.") if len(title) <= 4 else None)
        return opens_with_parties(title) or (found is not None and found[-2] <= 12) or bool(_FROM_THE_SAME.match(title)) \
            or bool(_COUNTED_LETTERS.match(title)) or estonian_item(title) is not None  # ("Marie Saare kiri X-le")


# An Estonian item under its writer's heading, its type alone: "Kiri.", "Pk.", "Kiri ümbr." (with its envelope)
_ET_ALONE = re.compile(r"^(?:Kiri|Pk|Postkaart|Telegramm|Kirja\s+ärakiri|Kirja\s+kavand|[2-9]\s+kirja|\d{2,3}\s+kirja)\.?"
                       r"(?:\s+ümbr\.?)?(?:\.?\s+(?:dat-ta|s\.\s?a|[A-ZÀ-ÞŠŽÕÄÖÜ][\w'’-]+(?:\s[A-ZÀ-ÞŠŽÕÄÖÜ][\w'’-]+)?)\.?)?$")
#                      (… its place after it: "Kiri. Peterburi"; or "dat-ta", undated)
# A few letters under one reference, counted: "6 kirja. 1899–1900" (Estonian), "3 letters"
_COUNTED_LETTERS = re.compile(r"^(?:[2-9]|\d{2,3})\s+(?:kirja|letters|lettres|briefe|brev)\b", re.IGNORECASE)  # (Finnish
#                                                                                               "1 kirja" is a book)
# A file of one person's letters, its letters perhaps listed below it a line each
_FILE_OF_LETTERS = re.compile(r"\b(?:Letters|Correspondence)\s+(?:to|from)\s", re.IGNORECASE)


# "undated, Leeds": a listed letter with no date, its place after it
_UNDATED_PLACE = re.compile(rf"^(?:{UNDATED_MARKS})\.?(?:,\s*(?P<place>[A-ZÀ-Þ][^,;]{{1,40}}|the\s[A-Z][^,;]{{1,30}}))?$",
                            re.IGNORECASE)


def _letter_of_file(text: str, day_first: bool | None) -> tuple[str | None, str, DateValue | None] | None:
    """(place, date as written, value) of a line that is a letter's date and perhaps its place
    ("1893 Jan 16, London", "undated, Leeds"), under a file of letters."""
    text = text.strip().rstrip(".")
    if undated := _UNDATED_PLACE.match(text):
        return undated["place"], text.split(",")[0], None
    found = find_date(text, 0, day_first)
    if found is None or found[0] != 0 or found[2] is None:
        return None
    place = text[found[1]:].strip(" ,")
    if place and not re.fullmatch(r"(?:the\s)?[A-ZÀ-Þ][\w'’. -]{1,40}", place):
        return None
    return place or None, text[:found[1]], found[2]


_REPUBLICAN_YEAR = re.compile(r"an\s+(?:[IVX]{1,5}|\d{1,2})(?:,\s|$)", re.IGNORECASE)  # ("An III, fructidor": French inventories' order)


def _set_in(line: Line) -> int:
    """How far the line is set in, a tab counted to its stop (inventories align their columns so)."""
    raw = (line.raw or line.text).expandtabs()
    return len(raw) - len(raw.lstrip())


def _date_below(lines: Sequence[Line], i: int, under: Line, day_first: bool | None) -> str | None:
    """A date alone on line ``i``, set right of the text column of ``under``, as an inventory sets it
    under a text that fills the first line ("… concernant la levée en masse." / "        An IV, 10 pluviôse")."""
    if i >= len(lines) or lines[i].kind in {"blank", "long", "separator"}:
        return None
    text = (lines[i].raw or lines[i].text).expandtabs().strip()
    return text if _set_in(lines[i]) > _set_in(under) + 8 and _whole_date(text, day_first) not in (False, None) else None


def _whole_date(column: str, day_first: bool | None) -> DateValue | None | bool:
    """A column that is a date and nothing else: its value (None: "no date"), else False."""
    text = column.strip().rstrip(",;")
    if UNDATED.match(text):
        return None
    if not any(c.isdigit() for c in text) and not _REPUBLICAN_YEAR.match(text):
        return False
    value = parse_date(text[:-1] if text.endswith(".") and not text.endswith("..") else text, day_first) \
        or parse_date(text, day_first)
    if value is None and (remark := _REMARK.search(text)) is not None:  # "January 27, 1831 [postmark]"
        value = parse_date(text[:remark.start()].rstrip(" ,."), day_first)
    return value if value is not None else False


def _card(lines: Sequence[Line], i: int, day_first: bool | None) -> Item | None:
    """The item of a card that gives its date (and place) first, its text indented under it
    and its reference last, as Catalan and Spanish inventories set them:
    "1740, octubre. Bellver" / "    Carta de l'Ajuntament de Bellver sobre …" / "    ES ACAT 43-16 / UI 21"."""
    below = list(itertools.takewhile(lambda x: x.kind not in {"blank", "long", "separator"} and indented(x),
                                     lines[i + 1:i + 7]))
    end = next((k for k, x in enumerate(below) if (lead := _LEAD.match(x.text.strip())) is not None
                and re.fullmatch(r"(?:/\s*\S.{0,20})?", x.text.strip()[lead.end():].strip())), None)
    if not end:  # (the reference under one line of text at least; looked for first: it is cheap)
        return None
    head = lines[i].text.strip()
    if UNDATED.match(head.rstrip(". ")):
        date_text, value, place = head, None, ""
    elif (found := find_date(head, 0, day_first)) is not None and found[0] == 0 and found[2] is not None:
        date_text, value, place = head[:found[1]], found[2], head[found[1]:].strip(" .,")
        if place and not place_alone(place):
            return None
    else:
        return None
    text = " ".join(x.text.strip() for x in below[:end])
    item = Item(f"{below[end].text.strip()}   {text}", day_first)
    item.shelfmarks = [" ".join(below[end].text.split())]  # (with its box: "ES ACAT 43-16 / UI 21")
    item.date_text, item.date, item.after = date_text, value, ""
    item.title = item._cut(text) + (f". {place}" if place else "")
    item.carried = end + 1
    return item if item.names_a_letter else None


def _items(lines: Sequence[Line], day_first: bool | None) -> dict[int, Item]:
    """The lines that are items naming a letter, by index (with the short line a wrap carried
    under one: "… 1851" over "Nov"). Under a series of one person's letters one way
    ("Subseries 1.1: Outgoing"), an item that names a person alone is one too."""
    found = {}
    person = _collection_person(lines)
    owner = _title_page_person(lines)  # (an Estonian list's: see _way)
    series_ways = _scope_ways(lines, person)
    way: tuple[str, str] | None = None  # (side, person) of the series the lines are in
    year: int | None = None  # of a year heading over a series' days ("1923" over "5 February to X; F. 7-4.")
    container = ""  # a reference alone on its line ("Folder 2") over its letters, indented, a line each
    held = None  # the title of a file of letters one way, its heading over its letters' dates ("GD 3/34-47. …")
    group: str | None = None  # the correspondent a group of letters received is headed by ("Adamson, Mihkel, kunstnik")
    parted = False  # under an Estonian list's part of letters received ("II. X-LE SAABUNUD KIRJAD")
    for i, line in enumerate(lines):
        if line.kind in {"blank", "long", "separator"}:
            continue
        if container and indented(line) and not _LEAD.match(line.text):
            item = Item(f"{container} {line.text.strip()}", day_first)
            below = lines[i + 1] if i + 1 < len(lines) else None
            if below is not None and below.kind not in {"blank", "long", "separator"} and indent(below) > indent(line) \
                    and (not item.date_text and below.kind == "date"
                         or line.text.count("(") > line.text.count(")")):
                # "Adair, Mary Pell, to Edward Pell" over "     1841": its date set under it; "…, to
                # Harriet C. Jessup (copy in hand of Theodore P." over "     Adair)": its note wrapped
                joint = ", " if not item.date_text else " "
                item = Item(f"{container} {line.text.strip()}{joint}{below.text.strip()}", day_first)
                item.carried = 1
            item.way = None if doctypes.find(item.title[:80]) else way  # (not "Receipts and accounts, 1863": no letter)
            if _names_a_letter(item) and item.date_text:
                found[i] = item
                continue
        elif not indented(line) and not (container and _PAGE_CHROME.search(line.text)):
            lead = _LEAD.match(line.text)
            heading = line.text[lead.end():].strip() if lead else ""
            # ("BOX 2" alone, or "BOX 6   GENERAL CORRESPONDENCE, 1841-1891" over its folders)
            container = lead["ref"] if lead and (not heading or _BOX.match(lead["ref"]) and in_capitals(heading.split(",")[0])) \
                else ""
            if heading and container:
                # (the series' way as its scope note or its heading says; a box of another series has none)
                way = series_ways.get(_series_key(heading)) or _way(heading, None, person)
                continue
        if YEAR_ALONE.fullmatch(line.text):  # "1923" over a series' days
            year = int(line.text.strip(" .[]"))
            continue
        if way and (dated := _dated_item(line.text, year, day_first)) is not None:
            dated.way = way
            found[i] = dated
            continue
        if (papers := _PAPERS.match(line.text.strip())) is not None and papers["fr"]:
            person, way = _papers_name(papers["fr"]), None  # (a part of its own: "II. PAPIERS D'AUGUSTE X")
            continue
        if (whose := _WHOSE.match(line.text.strip())) is not None and looks_like_name(whose["name"]):
            # "3.1 Correspondència de Josep Masferrer i Coll", "3.3 Correspondència rebuda per X": a
            # section of one person's letters, its subsections say which way ("3.1.1 Cartes trameses")
            person, way = whose["name"], ("to", whose["name"]) if whose["received"] else None
            continue
        if not indented(line) and (card := _card(lines, i, day_first)) is not None:
            card.way = way
            found[i] = card
            continue
        if indented(line) and not _FOLDER.match(line.text) or not (lead := _LEAD.match(line.text)):
            way = _way(line.text, way, person, owner)
            if _ESTONIAN_WAY.match(line.text.strip()):
                parted = way is not None  # (an Estonian list's part: its letters received are grouped by their writer)
            elif _heading(line.text) or _CODED_SERIES.match(line.text) or _ESTONIAN_OTHER.match(line.text.strip()):
                parted = False
            if not indented(line) and line.kind != "boilerplate" and not line.text.strip().isdigit():
                group = _group_of(line.text) if parted and way and way[0] == "to" else None  # (not a summary's line)
            if not indented(line) and (named := _file_of_one_way(lines, i, day_first)) is not None:
                held = named  # (a file's heading that names both sides; another heading ends its file)
            elif not indented(line) and (_heading(line.text) or _FILE_HEADING.match(line.text.strip())):
                held = None  # (… or another file's: "HF 2/5-9. Photographs and sketches")
            continue
        series = line.text[lead.end():].split(",")[0]
        if in_capitals(series) and (_heading(series) or not opens_with_parties(series)):
            way = _way(series, way, person)  # "GD487/13    LETTERS TO ALEXANDER MACRAITH OF BALLINDRUM FROM …"
            continue
        if (_INCOMING.search(after := line.text[lead.end():]) or _OUTGOING.search(after)) \
                and (said := _way(after, None, person)) is not None and find_date(after, 0, day_first) is None:
            way = said  # "MS-Papers-2291-01     Inward letters - Hugh Alderson Tremayne": a series, no item
            continue
        if find_date(after, 0, day_first) is None and _parent(lead["ref"], lines, i):
            way = _way(after, None, person)  # "MS-Papers-4410-03     Family letters" over "…-03/01": a series
            continue
        wraps = _wraps(lines, i)
        wrap = lines[i + 1] if i + 1 < len(lines) else None
        carried = wrap is not None and wrap.kind not in {"blank", "long", "separator"} and indented(wrap) \
            and indent(wrap) >= 8 and len(wrap.text.split()) <= 3 \
            and not _FOLDER.match(wrap.text) and not _LEAD.match(wrap.text) \
            and not re.match(r"[A-Z][a-z]+(?: [a-z]+)?:\s", wrap.text)  # (not its next field: "Date: Mar 1885")
        item = Item(line.text, day_first)
        if carried:  # a short line under it: the end of its date ("… 1857" / "Nov"), or of its text
            whole = Item(f"{line.text} {wrap.text.strip()}", day_first)
            if not wraps or whole.date is not None and whole.date_text != item.date_text:
                item, wraps = whole, []
            else:
                carried = False
        item.carried, item.way = int(carried), way
        joined = None
        if wraps:
            # the item's text goes on under itself, at its column ("48 J 8      Lettres (4) à son fils
            # Jacques-Marie, …" / "             Laurignac-le-Vieux, Marvéjac, [avant 1819].")
            more = " ".join(w.text.strip() for w in wraps)
            before = line.text[:line.text.find(item.date_text)] if item.date_text else line.text
            after_date = bool(item.title) and line.text.find(item.date_text) < line.text.find(item.title)
            # (a summary begun after the date on the line goes on below: "From X, Stirling, 2 April 1763.
            # Regarding the" / "removal of the tenants …", no title)
            summary_begun = bool(item.date_text) and not after_date and \
                bool(line.text[line.text.find(item.date_text) + len(item.date_text):].strip(" .,;:"))
            labelled = next((k for k, w in enumerate(wraps) if _DATE_LABEL.match(w.text.strip())), None)
            if not item.date_text and labelled is not None:
                # "Letter from Te Hira Mahuika" over "Date: Mar 1885": its date labelled under it (the
                # lines below the label its summary and extent)
                title = " ".join([line.text, *(w.text.strip() for w in wraps[:labelled])])
                joined = Item(f"{title}, {_DATE_LABEL.sub('', wraps[labelled].text.strip())}", day_first)
                wraps = wraps[:labelled + 1]
            elif not item.date_text:
                below = _date_below(lines, i + 1 + len(wraps), wraps[0], day_first)
                joined = Item(f"{line.text} {more}" + (f"    {below}" if below else ""), day_first)
                if below:
                    joined.date_line = lines[i + 1 + len(wraps)].number
                    wraps = wraps + [lines[i + 1 + len(wraps)]]
            elif not summary_begun and not before.rstrip().endswith((".", ")")) and (
                    _GOES_ON.match(more) or _CUT.search(before.rstrip()) or after_date and not item.title.endswith(".")):
                # (a title cut beside its date's column: "… au citoyen F. Castagnier, son" / "cousin (X).",
                # "… au docteur P.-L." / "Malzac (Montbrézal)."; not a summary: "Orders for the voyage …";
                # the title after its date's column, cut: "1761 Feb 18    Draft letter from X of" / "Ballindrum to Y")
                if after_date:
                    # (after a date's column the title goes on to where its parties end: the lines
                    # after that one are its summary)
                    end = next((k for k, w in enumerate(wraps, 1) if _PARTIES_END.search(w.text)), len(wraps))
                    wraps = wraps[:end]
                    more = " ".join(w.text.strip() for w in wraps)
                joined = Item(line.text, day_first)
                joined.title = (joined.title + " " + more).rstrip(" .")
        dated = _in_file(item, held) if held else None
        letter = dated is not None or _names_a_letter(item) or group is not None and bool(_ET_ALONE.match(item.title))
        item.group = group
        if joined is not None:
            joined.carried, joined.way = len(wraps), way
            # (not a summary set under the item's text: "Discusses the election of 1860.")
            if (joined_letter := _names_a_letter(joined)) or not letter:
                item, letter = joined, joined_letter
        if letter:
            found[i] = item
    return found


# A file's heading: its reference (a range of items), its title, its dates: "GD 3/34-47. Llythyrau Owen
# Hughes, Scranton, at ei rieni, Ellis ac Ann Hughes, 1869-1880", "MS 45/3/34-47. Letters from Owen
# Hughes to Ellis Hughes, 1869-1880"; the items below give their date and place alone.
_FILE_HEADING = re.compile(r"^(?:[A-Z][A-Za-z]{0,5}\.?\s?){1,3}\d+(?:/\d+)*[-–]\d+\.?\s+(?P<title>\S.*?)[,.]?\s*$")
_WELSH_UNDATED = re.compile(r"^d\.\s?d\.\s*")  # ("d.d.": dim dyddiad, undated)


def _file_of_one_way(lines: Sequence[Line], i: int, day_first: bool | None) -> str | None:
    """The title of the file the heading at ``i`` opens (perhaps wrapped onto the next line),
    where it names both sides of its letters."""
    text = lines[i].text.strip()
    if not _FILE_HEADING.match(text):
        return None
    if i + 1 < len(lines) and lines[i + 1].kind not in {"blank", "separator", "long"} and not _LEAD.match(lines[i + 1].text):
        text = f"{text} {lines[i + 1].text.strip()}"
    found = _FILE_HEADING.match(text)
    if found is None or not _PLURAL.match(found["title"]):
        return None
    title = found["title"]
    if (dates := find_date(title, 0, day_first)) is not None and not title[dates[1]:].strip(" .,;"):
        title = title[:dates[0]].rstrip(" ,;")
    read = parse_title(title)
    return title if read.senders and read.recipients else None


def _in_file(item: Item, held: str) -> Item | None:
    """An item of the file ``held`` opens that gives its date and its place alone ("8 Ebrill 1876.
    Scranton. 4 t.", "d.d. Scranton."): one of its letters, the file's title its own."""
    rest = item.title
    if item.shelfmarks == [] or not item.date_text and not rest:
        return None
    if not item.date_text:
        if (undated := UNDATED.match(rest) or _WELSH_UNDATED.match(rest)) is None:
            return None
        rest = rest[undated.end():] if undated.re is _WELSH_UNDATED else ""
    rest = rest.strip(" .,;")
    if rest and not all(place_alone(part) for part in rest.split(". ")[0].split(", ")):  # ("Hyde Park, Scranton")
        return None
    item.title = held
    item.place = rest.split(". ")[0] if rest else ""
    return item


# A correspondent's heading over the letters received from them: "Adamson, Mihkel, kunstnik" (surname
# first, an occupation after), "Peterson, Gustav ja Leena", a body ("Eesti Kirjanduse Selts"), or the
# writers not known ("Tundmatud kirjutajad", "Unknown writers")
_GIVEN = r"(?:[A-ZÀ-ÞŠŽÕÄÖÜ][a-zà-ÿšžõäöü'’-]+|[A-ZÀ-ÞŠŽÕÄÖÜ]\.)"  # (a given name or an initial: not "Va.", "D.C.")
_GROUP_AND = re.compile(r"\s+(?:ja|and|und|och|og|i|a)\s+")  # ("Gustav ja Leena": both, the surname theirs)
_GROUP_NAME = re.compile(rf"^(?P<surname>[A-ZÀ-ÞŠŽÕÄÖÜ][\w'’-]+),\s+(?P<given>{_GIVEN}"
                         rf"(?:{_GROUP_AND.pattern}{_GIVEN})?)(?:,\s+[^,()\d]{{2,60}})?$")
_GROUP_BODY = re.compile(r"^(?=.*(?i:selts|ühing|ühisus|liit|society|association|company|verein|gesellschaft)\b)"
                         r"[A-ZÀ-ÞŠŽÕÄÖÜ][\w'’-]+(?:\s+[A-ZÀ-ÞŠŽÕÄÖÜ][\w'’-]+){0,3}$")  # ("Karskusselts Valvaja": a compound's)
_GROUP_UNKNOWN = re.compile(r"^(?:tundmatud\s+kirjutajad|unknown\s+(?:writers|correspondents)|unidentified\s+correspondents)$",
                            re.IGNORECASE)


def _group_of(text: str) -> str | None:
    """The correspondent a heading over letters received names (see _GROUP_NAME), else None."""
    text = text.strip()
    if _GROUP_UNKNOWN.match(text):
        return ""
    if _GROUP_BODY.match(text):
        return text
    if (named := _GROUP_NAME.match(text)) is None:
        return None
    given = _GROUP_AND.split(named["given"])
    return " and ".join(f"{g} {named['surname']}" for g in given)


def _names_a_letter(item: Item) -> bool:
    """An item of a letter: parties or a type word, or the other side alone in one person's series."""
    return item.names_a_letter or _one_party(item.title, item.way) or _both_sides(_container_title(item.title, item.way))


# "From the same, Ballindrum, 18 November 1764": the writer of the item above (titles_for says who)
_FROM_THE_SAME = re.compile(r"^(?:From|To)\s+the\s+same\b|^The\s+same\s+to\s+[A-Z]")
_WRAPS = 3  # at most, the lines an item's text goes on over
_DATE_LABEL = re.compile(r"^(?:Dates?|Datum|Date\(s\)):\s*(?=\S)")
# Where an item's parties end and what it is about begins: "…, regarding the lint mill", "… Concerning"
_PARTIES_END = re.compile(r"(?:,\s+(?:regarding|concerning|about|anent|with|enclosing|on|as to|in reply)\b|[a-z]\.(?:\s|$))")
# A line that goes on with a title cut beside its date: in lower case, or a name and its place
_GOES_ON = re.compile(r"^(?:[a-zà-ÿ]|[^\s,(]+(?:\s+\(|,\s))")
# … or a title cut after a word that ends none: "de", "au", "son", an initial "P.-L."
_CUT = re.compile(r"(?:\s(?:de|du|des|à|au|aux|son|sa|ses|le|la|les|et|par|of|to|the|and)|[A-Z]\.)$")


def _parent(ref: str, lines: Sequence[Line], i: int) -> bool:
    """Whether the next reference under line ``i`` is one of ``ref``'s items ("MS-Papers-4410-03"
    over "MS-Papers-4410-03/01"): line ``i`` heads a series."""
    below = next((m for line in lines[i + 1:i + 4] if line.kind not in {"blank", "separator"}
                  and (m := _LEAD.match(line.text))), None)
    return below is not None and below["ref"].startswith(ref) and below["ref"][len(ref):len(ref) + 1] in {"/", "-", "."}


def _wraps(lines: Sequence[Line], i: int) -> list[Line]:
    """The lines under the item at ``i`` that start where its text does, after its reference:
    the rest of its text (a summary under it is set further left, or further right)."""
    raw = lines[i].raw or lines[i].text
    lead = _LEAD.match(raw.strip())
    if lead is None:
        return []
    column = len(raw) - len(raw.lstrip()) + lead.end()
    # (or the column of its title after a date's: "GD487/12/2     1745 Dec 30    Letter from …")
    columns = [column, *(gap.end() for gap in re.finditer(r"\s{2,}(?=\S)", raw) if gap.end() > column + 1)][:2]
    found = []
    for line in lines[i + 1:i + 1 + _WRAPS]:
        text = line.raw or line.text
        if line.kind in {"blank", "long", "separator"} or _LEAD.match(line.text) or EXTENT_ALONE.match(line.text.strip()) \
                or all(abs(len(text) - len(text.lstrip()) - at) > 1 for at in columns):
            break  # (nor its extent: "1 doc. (2 f.)" under "1802, agost" is no day of it)
        found.append(line)
    return found


# A series' item that opens with its day and ends with its folder, under a year heading (as EAD's
# unit titles read): "5 February to Philena Wigglesworth; F. 7-4.", "undated from X; F. 8-7."
_DAY_ITEM = re.compile(r"^(?P<day>[^;]*?)\s+(?P<title>(?:to|from)\s+[A-ZÀ-Þ][^;]*?)\s*;\s*"
                       r"(?P<ref>F\.\s?\d{1,3}(?:[-–.]\d{1,3})?)\.?(?:\s+(?P<after>.*))?$")


def _dated_item(text: str, year: int | None, day_first: bool | None) -> Item | None:
    """The item of such a line, its date the day with the heading's year (none without one)."""
    m = _DAY_ITEM.match(text.strip()) if ";" in text and "F." in text else None
    if m is None:
        return None
    day = m["day"].strip(" ,")
    value = parse_date(day, day_first, year) if year is not None and day else None
    if value is None and not UNDATED.match(day):
        return None
    if value is None and year is not None:  # "undated to X" under "1934": filed with that year's letters
        value = DateValue(text=day, when=f"{year:04d}", cert="low",
                          notes=("undated: the year of the heading it is filed under",))
    item = Item("")
    item.date_text, item.date, item.title = day, value, m["title"].strip()
    item.shelfmarks.append(m["ref"])
    item.after = (m["after"] or "").strip()
    return item


def _one_party(title: str, way: tuple[str, str] | None) -> bool:
    """An item naming one party alone, under a series of one person's letters one way: a person
    ("Kimberly, Eliza") or a body ("Port Ellery Lyceum"; not "Envelopes")."""
    if not way or not title:
        return False
    if _BARE_NAME.match(title):
        return True
    parties = parse_party_list(title)
    return parties is not None and len(title.split()) >= 2 and all(n.kind == "org" for n in parties.names)


def _both_sides(title: str) -> bool:
    """"Ann Haverill to her brother Samuel Haverill": a sender and a recipient, in reading order."""
    if " to " not in title or len(title) > 160:
        return False
    read = parse_title(title)
    return bool(read.senders and read.recipients)


# A scope note's sentence on a series: "The General Correspondence series consists of letters
# received by Adair", "… of letters written by X"
_SCOPE_WAY = re.compile(r"\b[Tt]he\s+(?P<series>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s+series\s+(?:consists\s+of|comprises|"
                        r"contains|is\s+made\s+up\s+of|holds)\s+(?:the\s+)?letters\s+(?P<way>received|written|sent)\s+by\s+"
                        r"(?P<who>(?:(?:[A-Z]\.\s*|[A-Z][\w'’-]+\s+)){0,3}[A-Z][\w'’-]+)")  # (a name's stop only after an initial)


_BOX = re.compile(r"(?:BOX|CONTAINER|CARTON)\s")  # (a box with its series' heading: "BOX 6   GENERAL CORRESPONDENCE")
# A web page's or a printout's lines between a box's folders: "Back to Top", "X Papers      Page 18"
_PAGE_CHROME = re.compile(r"^back\s+to\s+top$|\s{3,}page\s+\d+$", re.IGNORECASE)


def _series_key(heading: str) -> str:
    """"GENERAL CORRESPONDENCE, 1841-1891" → "general correspondence": a series' name to look up."""
    return re.sub(r"^the\s+", "", " ".join(heading.split(",")[0].lower().split()))


def _scope_ways(lines: Sequence[Line], person: str | None) -> dict[str, tuple[str, str]]:
    """The ways of the series a finding aid's scope note tells ("the General Correspondence series
    consists of letters received by Adair": "to", the collection's person)."""
    text = " ".join(line.text.strip() for line in lines[:200] if line.kind not in {"blank", "separator"})
    ways = {}
    for m in _SCOPE_WAY.finditer(text):
        who = m["who"]
        if person and who.split()[-1] == person.split()[-1]:
            who = person  # ("by Adair": the collection's Josiah Whitcombe Adair)
        elif len(who.split()) < 2:
            continue
        ways[_series_key(m["series"])] = ("to" if m["way"] == "received" else "from", who)
    return ways


def _title_page_person(lines: Sequence[Line]) -> str | None:
    """A title page's name in capitals over the life dates ("HENDRIK SAAR" over "(1868–1939)"):
    whose letters an Estonian list's parts name in the genitive or the allative."""
    for k, line in enumerate(lines[:40]):
        if in_capitals(line.text, 6) and len(line.text.split()) in (2, 3) and not any(c.isdigit() for c in line.text) \
                and (below := next((b for b in lines[k + 1:k + 3] if b.kind != "blank"), None)) is not None \
                and _LIFE_DATES.fullmatch(below.text.strip()):
            name = title_case(line.text.strip())
            if looks_like_name(name) and not doctypes.find(name):
                return name
    return None


def _collection_person(lines: Sequence[Line]) -> str | None:
    """The person whose papers a finding aid lists ("Guide to the Josiah Haverill Papers")."""
    for line in lines[:80]:
        if (m := _PAPERS.match(line.text.strip())) is not None:
            name = m["name"] or m["of"] or natural_name(m["creator"] or "") or _papers_name(m["fr"] or "")
            if looks_like_name(name) and len(name.split()) >= 2 and not doctypes.find(name):
                return name
    return None


_LIFE_DATES = re.compile(r"\(\d{4}\s*[-–]\s*\d{4}\)")


def _papers_name(heading: str) -> str:
    """"JEAN-BAPTISTE FOUQUEROLLES" → "Jean-Baptiste Fouquerolles"; "SOPHIE X, ÉPOUSE Y": she alone."""
    return title_case(re.split(r",\s*(?i:épouse|veuve|née|dit|dite)\b", heading)[0].strip())


_WHOSE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+(?i:correspondència|correspondencia|correspondance|correspondence)"
                    r"(?:\s+(?P<received>(?i:rebuda|recibida|reçue|received))\s+(?i:per|por|par|by))?"
                    r"\s+(?:(?i:de|del|of|du)\s+|(?i:d)['’])?(?P<name>[A-ZÀ-Þ][^,;:()\d]{3,60}?)\.?$")
_WAY_WORDS = ("letters", "correspondence", "outgoing", "incoming", "series", "papers", "correspondance", "lettres",
              "inward", "outward", "cartes", "correspondència", "llythyrau", "kirjad", "kirjavahetus")
# An Estonian list's part: "I. HENDRIK SAARE KIRJAD" (his letters: the genitive), "II. HENDRIK SAARELE
# SAABUNUD KIRJAD" (the letters that came to him: the allative)
_ESTONIAN_WAY = re.compile(r"^(?:[IVX]{1,5}\.\s+)?(?P<name>(?:[A-ZÀ-ÞŠŽÕÄÖÜ][\w'’-]+\s+){1,3}[A-ZÀ-ÞŠŽÕÄÖÜ][\w'’-]+?)"
                           r"(?:(?P<to>le\s+saabunud)|(?<=[aeiu]))\s+kirjad$", re.IGNORECASE)


def _way(text: str, way: tuple[str, str] | None, person: str | None, owner: str | None = None) -> tuple[str, str] | None:
    """The series a heading or its note opens: one person's letters sent ("from") or received
    ("to"); another series (family letters, diaries) has none."""
    low = text[:200].lower()
    if len(text) > 200 or not any(word in low for word in _WAY_WORDS):  # (most lines: a summary's, a note's;
        return way                                                      # cheaply passed over)
    if (estonian := _ESTONIAN_WAY.match(text.strip())) is not None:  # "I. HENDRIK SAARE KIRJAD": his letters
        name = title_case(estonian["name"])
        if not (owner and name.split()[:-1] == owner.split()[:-1]
                and len(os.path.commonprefix([name.split()[-1], owner.split()[-1]])) >= 3):
            return None  # ("II. TEISTE ISIKUTE KIRJAD": other persons' letters, no one's side)
        return ("to" if estonian["to"] else "from"), owner  # ("Saare", "Kuuse": Saar's, Kuusk's, as the title page names them)
    by = _BY.search(text)
    who = by["name"] or by["named"] if by and looks_like_name(by["name"] or by["named"]) else person
    if _OUTGOING.search(text) and who:
        return "from", who
    if _INCOMING.search(text) and who:
        return "to", who
    if (named := _writer(text)) is not None:  # "Series I. Correspondence: Letters to Harlan T. Pemberton"
        return ("to" if named[0] == "to" else "from"), named[1]
    if _OTHER_SERIES.match(text) or re.match(r"^(?:sub-?)?series\s+(?:[\d.]+|[IVXLC]+\b)", text, re.IGNORECASE) \
            or _CODED_SERIES.match(text) or _ESTONIAN_OTHER.match(text.strip()):
        return None
    return way


# … an Estonian list's part of other letters: "III. PEREKONNA- JA MUU KIRJAVAHETUS" (family and other correspondence)
_ESTONIAN_OTHER = re.compile(r"^[IVX]{1,5}\.\s+[^a-z]*KIRJAVAHETUS$")
# A series' heading in capitals after its code, as a schedule sets it: "GD 3. FAMILY AND OTHER LETTERS"
_CODED_SERIES = re.compile(r"^[A-Z]{1,6}\s?\d{1,3}\.\s+[^a-z]+$")


_INVERTED_SIDE = re.compile(r"^(?P<surname>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?),\s+"
                            # (a stop after an initial only: not "Holloway, Edith. Letters"; a form
                            # of address before the given name: "Wimstone, Mrs. Abigail")
                            r"(?P<addressed>(?:Mrs|Mr|Miss|Ms|Dr|Rev|Capt|Col|Gen|Hon|Sir|Lady)\.?\s+)?"
                            r"(?P<given>(?:[A-ZÀ-Þ]\.|[A-ZÀ-Þ][\w'’-]+)(?:\s?(?:[A-ZÀ-Þ]\.|[A-ZÀ-Þ][\w'’-]+))*?)"
                            r"(?:\s+\((?P<address>Mrs|Dr|Rev|Capt|Col|Gen|Hon|Miss)\.?\))?"
                            r"(?:,?\s+and\s+(?P<other>[A-ZÀ-Þ][\w.'’-]*(?:\s[A-ZÀ-Þ][\w.'’-]*)*))?$")


def _reading_order(side: str) -> str:
    """"Kimberly, Eliza and Amos" → "Eliza Kimberly and Amos Kimberly"; "Gaylord, Ezra, and Hannah
    Tolliver" → "Ezra Gaylord and Hannah Tolliver"; "Gaylord, Josiah (Dr.)" → "Dr. Josiah
    Gaylord": a container list's side in the order a title reads."""
    m = _INVERTED_SIDE.match(side.strip())
    if m is None or doctypes.find(m["surname"]) or m["surname"].split()[0] in GIVEN_NAMES and " " in m["surname"]:
        return side  # ("Deed, Haverill to X": a type word, no surname; "From Hugh Tennant, Perth": a place)
    name = f"{m['address']}. " if m["address"] else m["addressed"] or ""
    if m["other"] and " " not in m["other"]:  # (the surname is theirs both: written whole for each)
        return f"{name}{m['given']} {m['surname']} and {m['other']} {m['surname']}"
    name += f"{m['given']} {m['surname']}"
    return f"{name} and {m['other']}" if m["other"] else name


def _container_title(title: str, way: tuple[str, str] | None) -> str:
    """A container list's item in reading order, its one side said ("Pruett, Eliza" under
    "Incoming" is "From Eliza Pruett")."""
    head, to, tail = title.partition(" to ")
    lead = re.match(r"^(?:To|From)\s+", head)
    if lead and not to:
        return lead.group(0) + _reading_order(head[lead.end():])
    if to:
        return f"{_reading_order(head)} to {_reading_order(tail)}"
    if _one_party(title, way):
        return ("To " if way[0] == "from" else "From ") + _reading_order(title)
    return title


class FindingAid(Layout):
    name = "finding-aid"
    description = "finding-aid: an archive's list of a collection's items, one letter a line after its reference"
    rule = ("an entry starts at a line that opens with the item's reference (\"MS 45/1/1/1\", \"Item 1.1.7.\", "
            "\"GB 3317 ASH/1/4\") and names a letter (\"Letter, A to B\", \"To X\", \"Surname, Given, to X\")")

    def score(self, lines: Sequence[Line]) -> float:
        found = len(_items(lines, False))
        return found + 0.5 if found >= 2 else 0

    def read(self, lines: Sequence[Line], listing: Listing) -> None:
        items = _items(lines, listing.day_first)
        if not items:
            no_entries(listing, lines)
            return
        first = min(items)
        read_head(listing, lines[:first])
        writer = next(filter(None, (_writer(line.text) for line in reversed(lines[:first]) if _heading(line.text))),
                      None)  # (side, name) a heading gives
        entry: Entry | None = None
        carried = 0
        way: tuple[str, str] | None = None  # (of the item above: a file's list below it has it too)
        dossier = False
        folder: tuple[Entry, Line] | None = None  # the item above, a file of letters ("Holloway, Arthur. Letters to X")
        for i in range(first, len(lines)):
            line = lines[i]
            if carried:  # the rest of the item above, wrapped: "… 1851" over "Nov"
                carried, entry.last_line = carried - 1, line.number
                continue
            if i in items:
                entry = self._entry(line, items[i], listing, items[i].way or writer)
                carried = items[i].carried
                listing.entries.append(entry)
                way = items[i].way
                folder = (entry, line) if _FILE_OF_LETTERS.search(entry.title) else None
                continue
            if line.kind == "blank":
                continue
            if folder is not None and indented(line) and (day := _letter_of_file(line.text, listing.day_first)):
                # "Box 2 Folder 18-19  Holloway, Arthur. Letters to Edith Holloway, 1893-1899" over
                # "        1893 Jan 16, London": the file's letters a line each, the file no letter itself
                held, file_line = folder
                if held in listing.entries:
                    listing.entries.remove(held)
                    unused(listing, file_line, "a file of letters: its letters are listed below it, a line each")
                entry = Entry(source=listing.source, first_line=line.number, last_line=line.number, date_text=day[1],
                              date_line=line.number, date=day[2], title=held.title, title_line=line.number)
                entry.fields.update({k: v for k, v in held.fields.items() if k in {"sender", "recipient", "writer"}})
                entry.idnos.extend(held.idnos)  # (where it is kept: the file's box and folder)
                if day[0]:
                    entry.fields["place"] = day[0]
                listing.entries.append(entry)
                continue
            if dossier and (dashed := _DASHED.match((line.raw or line.text).strip())) is not None and indented(line):
                # "48 J 56  Dossier de correspondance reçue par X de la part de :" / "- Puechmaille
                # (Casimir) : 10 lettres, 1840-1841 ;": each correspondent's letters an item of its own
                entry = self._dashed(line, dashed, lines, i, listing, way)
                carried = entry.last_line - line.number
                continue
            dossier = dossier and indented(line)
            reference = (not indented(line) or _FOLDER.match(line.text) is not None) and _LEAD.match(line.text) is not None
            summary = entry is not None and line.kind not in {"separator", "boilerplate", "long"} and not reference \
                and (indented(line) or not _heading(line.text)) and entry.last_line == line.number - 1
            if summary:
                self._summary_line(entry, line)
                continue
            entry = None
            if line.kind in {"separator", "boilerplate", "long"}:
                unused(listing, line, "")
            elif reference:
                dossier = line.text.rstrip().endswith(":")  # (its correspondents listed below it, a dash each)
                unused(listing, line, "a file's heading: its correspondents' letters are listed below it" if dossier
                       else "a folder's heading: its letters are listed below it, a line each"
                       if i + 1 in items and find_date(line.text[_LEAD.match(line.text).end():], 0, listing.day_first) is None
                       else "an item of the finding aid that names no letter (no parties or type word after its "
                            "reference and date): not read as one")
            elif _file_of_one_way(lines, i, listing.day_first) or i and _file_of_one_way(lines, i - 1, listing.day_first):
                # (… or its second line: it wraps)
                unused(listing, line, "a file's heading: its letters are listed below it, its title theirs")
            elif _heading(line.text):
                writer = _writer(line.text)
                reason = "a heading of the finding aid (series, file, box)"
                if writer:
                    side = "sender" if writer[0] != "to" else "recipient"
                    reason += f": the {side} of the items below it that name one side only is {writer[1]}"
                unused(listing, line, reason)
            else:
                unused(listing, line, "a line of the finding aid that is no item of a letter (no reference, "
                                      "or no parties after it)")

    @staticmethod
    def _entry(line: Line, item: Item, listing: Listing, writer: tuple[str, str] | None) -> Entry:
        title = _container_title(item.title, item.way)
        entry = Entry(source=listing.source, first_line=line.number, last_line=line.number,
                      date_text=item.date_text, date_line=item.date_line or line.number, date=item.date,
                      title=title, title_line=line.number)
        if item.number:
            entry.fields["number"] = item.number
        entry.idnos.extend(("shelfmark", " ".join(ref.split())) for ref in item.shelfmarks)  # (one space: "3<TAB>1")
        if item.extent:
            entry.notes.append(item.extent)
        if item.place:
            entry.fields["place"] = item.place
        if (inverted := _INVERTED.match(item.title)) is not None:
            entry.fields["sender"] = " and ".join(natural_name(name) for name in
                                                  re.split(r"\s(?:and|&)\s", inverted.group("head")))
        read = parse_title(title) if item.way is not None and not re.match(r"(?i:to|from)\s", title) else None
        grouped = read is not None and item.group is not None and not read.senders \
            and not (item.group and any(n.written.split()[-1] in item.group for n in read.recipients))  # (not to himself)
        if grouped:
            # "Kiri. Peterburi, 19. VIII 1915." under "Adamson, Mihkel, kunstnik" in the letters received: his
            # (under "Tundmatud kirjutajad" someone's not known: no one, nor the papers' person)
            if item.group:
                entry.fields["sender"] = item.group
            if not read.recipients:
                entry.fields["recipient"] = item.way[1]
        elif read is not None and not (read.recipients if item.way[0] == "to" else read.senders):
            # "Lettre à Mme X" under "Correspondance active", "Lettre de X" (or "non signée") under
            # "… passive": the side the item leaves out is the person whose papers these are
            entry.fields[("recipient" if item.way[0] == "to" else "sender")] = item.way[1]
        elif not grouped and writer is not None and (title.split(" ", 1)[0].lower() == "to") != (writer[0] == "to") \
                or item.way is not None and re.match(r"(?i:to|from)\s", title):  # ("from X" in one person's letters)
            entry.fields["writer"] = writer[1]  # ("To X" under "Letters from W", "From X" under "Letters to W")
        if item.after:
            entry.summary = [item.after]
            entry.summary_paragraphs = [[(line.number, item.after)]]
            entry.summary_lines = (line.number, line.number)
        return entry

    @staticmethod
    def _dashed(line: Line, dashed: re.Match[str], lines: Sequence[Line], i: int, listing: Listing,
                way: tuple[str, str] | None) -> Entry:
        """One correspondent's letters in a file's list: "- Sirvens (Jacques-Marie), notaire à
        Marvéjac : 1 lettre," / "Villefranche-de-Rouvray, 10 juillet 1800 ;" (its lines to the next dash)."""
        below = list(itertools.takewhile(lambda x: x.kind != "blank" and indented(x) and not _DASHED.match((x.raw or x.text).strip())
                                         and not _LEAD.match(x.text), lines[i + 1:i + 4]))
        rest = " ".join([dashed["rest"], *(x.text.strip() for x in below)]).strip(" ;.")
        name = natural_name(dashed["name"].split(",")[0].strip())
        found = find_date(rest, 0, listing.day_first)
        entry = Entry(source=listing.source, first_line=line.number, last_line=(below[-1] if below else line).number,
                      date_text=rest[found[0]:found[1]] if found else "", date_line=line.number,
                      date=found[2] if found else None, title_line=line.number,
                      title=f"{'To' if way and way[0] == 'from' else 'From'} {name}")
        if way:
            entry.fields["writer"] = way[1]
        set_summary(entry, [[(line.number, line.text.strip().lstrip("-–— "))] + [(x.number, x.text.strip()) for x in below]])
        listing.entries.append(entry)
        return entry

    @staticmethod
    def _summary_line(entry: Entry, line: Line) -> None:
        """An indented line under an item: its summary, one paragraph per item."""
        text = line.text.strip()
        if entry.summary_paragraphs and entry.summary_lines and entry.summary_lines[0] != entry.first_line:
            entry.summary_paragraphs[-1].append((line.number, text))
            entry.summary[-1] += " " + text
        else:
            entry.summary_paragraphs.append([(line.number, text)])
            entry.summary.append(text)
        entry.summary_lines = (entry.summary_paragraphs[0][0][0], line.number)
        entry.last_line = line.number


def _writer(text: str) -> tuple[str, str] | None:
    """("from", "Eliza Kemp") of "File 5.5. Letters from Eliza Kemp, 1804-1810."."""
    named = _WRITER.search(text)
    name = named.group("name").strip() if named else ""
    name = title_case(name) if name.isupper() else name  # ("ALEXANDER MACRAITH OF BALLINDRUM")
    side = " ".join(named.group("side").lower().split()) if named else ""
    side = {"at": "to", "gan": "by", "oddi wrth": "from"}.get(side, side)  # (Welsh: to, by, from)
    return (side, name) if named and looks_like_name(name) else None


def _heading(text: str) -> bool:
    """A series', file's or box's heading: its words, or whose letters it holds."""
    return bool(_HEADING_WORDS.match(text) or _WRITER.search(text) or _PLURAL.match(text))


__all__ = ["FindingAid", "Item", "REFERENCES"]
