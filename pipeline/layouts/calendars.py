"""Calendars of state papers and registers (Regesten): abstracts under a day and a place.

::

    November 1781
    Nov. 2.
    Harwich.
    Silas Mott to Fenwick. The packet sailed at noon. [Ibid. No. 8.]
    June 9.
    St. John's.
    215. Lt. Governor Pell to Governor Ashcombe. Asks for flour. Copy. 2 pp.
    216. Same to the Council of Trade and Plantations. Encloses preceding. 1 p.

An entry starts at a line that opens with a day and a month and no year ("Nov. 2.", "[Nov.]
6.", "Oct. 3–5.", "Nov. 9 or 16.", "März 4.", "April 1 oder 8."): the year is the one the
heading above gives ("November 1781", "1843."). The line may go on with the place ("Jan. 4.
Hull."); else a short line after it is the place of writing. Then the document: its number
if it has one ("215.", "Nr. 41."), its parties ("X to Y"), and the abstract: the first
sentence is the title, the rest of it the summary, with "Encloses …", "Annexing …" and
"[Endorsed …]" as written. A numbered document after another one, with no day line of its
own, is an entry of the same day (or of the date its title gives): one that names its parties,
or one whose number follows the entry's. Under "Undated 1634." the documents have the year only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..dates import UNDATED_MARKS, DateValue, parse_date
from ..lines import HEADING_START, NUMBERING, Line, opens_with_parties
from ..listing import Entry, Listing, Unused
from ..titles import parse_title
from . import Layout, no_entries, unused
from .builtin import WITNESS, read_head
from .shared import MONTH_WORD as _MONTH
from .shared import MONTH_ALONE as _MONTH_ALONE
from .shared import SAME_DAY
from .shared import SAME_PARTIES as _SAME_PARTIES
from .shared import place_alone as _place
from .shared import (GOES_ON, ROMAN_DAY_MARK, UNFINISHED, find_date, heading_year, in_capitals, running_head, same_place,
                     title_end, title_goes_on, title_open, trim_dash)

_TEXT = {"text", "heading", "date", "date+text"}
_YEAR = re.compile(r"\d{4}")
_NUMBERED = re.compile(rf"{NUMBERING.pattern}(?=(?:[—–-]\s*)?[A-ZÀ-Þ\[])")  # "7. — [Ferris] to Nicholas."
# Where the paper is kept, written between the day and the document's number, as calendars of foreign
# archives do ("March 2. Original Despatch, Venetian Archives. 101. A to B."): a note, not the title.
_SOURCE_BEFORE = re.compile(r"^(?P<source>[A-Z][^0-9]{3,120}?\.)\s+(?=\d{1,4}[A-Z]?\.\s+[A-ZÀ-Þ\[])")
_PARTY_WORD = re.compile(r"\s(?:to|an|à|au|aux)\s")
# "Undated. To a Friend", "n.d. From Henry Knoll": an entry whose date line says it has none.
_UNDATED_LEAD = re.compile(rf"^(?P<date>\[?(?:{UNDATED_MARKS})\]?)[.,]?\s+", re.IGNORECASE)
_PARTY_OPENING = r"(?:[\dlI]{1,4}\.\s+)?(?:To|From|An|Von|À|Au|Aux|De)\s"
_UNDATED_START = re.compile(_UNDATED_LEAD.pattern + rf"(?={_PARTY_OPENING})", re.IGNORECASE)
_PARTIES_OPEN = re.compile(_PARTY_OPENING, re.IGNORECASE)  # (a paragraph below "Undated. 43.": "To X. Informs …")
#                                                    ("Undated.    127. From X": the entry's number between)
# (… or a place and a dash before the parties: "[N.D.]. Wexstow Castle.—Mrs. Dunden to Lord Langlow.")
# A register's number on a line of its own above the entry's date ("214", "Nr. 12"); four digits would be a year.
_BARE_NUMBER = re.compile(r"^(?:(?:Nr|No|N°)\.?\s*\d{1,5}|\d{1,3})[a-z]?\.?$")
# A heading over the papers a calendar could not date within its year: "Undated 1634.".
UNDATED_HEADING = re.compile(rf"^(?:{UNDATED_MARKS})(?!\w)",
                             re.IGNORECASE)
# A day and a month opening a line, either order, perhaps in brackets, perhaps after the day
# of the week ("Tuesday, 13 January. To X", a letter-book's): the cheap test first.
_DAY_START = re.compile(rf"^\[?(?:(?:before|after|about|c\.|circa|ca\.)\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|"
                        rf"donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s+)?"
                        rf"(?:\d{{1,2}}(?:st|nd|rd|th|er)?\.?\s+\[?{_MONTH}|{_MONTH}\]?\s*(?:\d{{1,2}}|[lI]\d|\d[lIO])(?![\dlIO])|"
                        rf"\[{_MONTH}\??\]|{_MONTH}\.?\s?\?|{_MONTH}\.{{1,2}}(?=\s+(?:[A-ZÀ-Þ\[]|[—–-]))|"
                        # (a papal register's day, counted back from the Kalends, Nones or Ides: "8 Id. April",
                        # "prid. Non. March.", "Non. May")
                        rf"(?:(?:\d{{1,2}}|[ivxl]{{1,6}}|prid\.?|pridie)\s+)?(?:kal|non|id)\.?\s+{_MONTH})",
                        re.IGNORECASE)  # (a month alone, in brackets or queried: "[March?]", "Feb. ?"; OCR's "Aug. l9")


# A month alone in the margin, a gap before the entry's number: the calendar knows no day
_MONTH_IN_MARGIN = re.compile(rf"^(?P<month>{_MONTH}\.?)\s{{2,}}(?=[\dlIO]{{0,3}}\d[\dlIO]{{0,3}}\.\s+"
                              r"\((?:day|date)\s+not\s+(?:given|known|stated))", re.IGNORECASE)
#                             (… the calendar saying so: "Jan.   5. To X" is the 5th, its day set in a column)
_CLOSED_UP = re.compile(r"^(?:\[[^\]]{3,20}\]|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?\.)(?=\d{1,3}\.\s)")
#                       ("June 26-29.47. News-letter …": the entry's number set against the day)
_OCR_NUMBER = re.compile(r"[lI]\d{1,3}\.\s")  # (an entry's number whose one OCR read as a letter: "l13.")
def _numbered_on(entry: Entry | None, text: str) -> bool:
    """Whether ``text`` opens with the number that follows the entry before's (a margin's ditto,
    then the next entry's number: ",,   13." after "12."; OCR's "l3." too)."""
    number = re.match(r"[\dlIO]{1,4}(?=\.\s)", text)
    if entry is None:
        return False
    numbered = entry.fields.get("number") or ((found := NUMBERING.match(entry.title)) and found.group("n")) or ""
    before = re.sub(r"[lI]", "1", numbered).replace("O", "0")
    after = re.sub(r"[lI]", "1", number.group(0)).replace("O", "0") if number else ""
    return before.isdigit() and after.isdigit() and 0 < int(after) - int(before) <= 3


# The side a calendar's "From X" or "To X" leaves out, said after it: "Addressed to Mr. Charles
# Maybrook.", "Written by Major Henry Tolland." (the undated letters of a Resident's calendar)
_SIDE_SAID = re.compile(r"^(?P<way>Addressed\s+to|Written\s+by|Signed\s+by)\s+"
                        r"(?P<name>(?:Mr|Mrs|Dr|Major|Captain|Colonel|Col|Capt|Sir|Lord|Lady|General|Gen|Rev)\.?\s+"
                        r"[A-Z][\w'’-]+(?:\s+[A-Z][\w.'’-]*){0,4})\.(?:\s|$)")  # (a person: not "Fort St. George", "Order")
_FOLIO_LINE = re.compile(r"[(\[](?:f|fo|fol|ff)\.\s?\d{1,4}[rvd]?\.?(?:\s?[-–]\s?\d{1,4}[rvd]?\.?)?[)\]]\.?")


def day_prefix(text: str, year: int | None = None, day_first: bool | None = None) -> tuple[str, DateValue | None, str] | None:
    """"Jan. 4. Hull." → ("Jan. 4.", its date with ``year``, "Hull."): a day and month, no year,
    opening the line; the rest is empty or opens with a capital (a place, a number, parties)."""
    if len(text) > 300:
        return None
    if (alone := _MONTH_IN_MARGIN.match(text)) is not None:  # "May          36. (Day not given.) To X": the month only
        value = parse_date(alone["month"].rstrip("."), day_first, year) if year is not None else None
        if value is not None or year is None:
            return alone["month"].rstrip("."), value, text[alone.end():]
    if not _DAY_START.match(text):
        return None
    text = _CLOSED_UP.sub(r"\g<0> ", text, 1)  # "[Feb. 13.]14. From X": OCR lost the space after the bracket
    words = text.split(" ")
    if words[0].endswith(".") and len(words) > 1 and _MONTH_ALONE.match(words[0]):
        # "May. Rye. — A to B.", "Nov.. — A to B.": the month only (the calendar knows no day)
        rest = " ".join(words[1:]).strip()
        opening = rest.lstrip("—–- ")
        value = parse_date(words[0].rstrip("."), day_first, year) if year is not None else None
        numbered = re.match(r"(\d{1,3})\.\s+[A-ZÀ-Þ(\[]", opening)  # ("Aug.      60. To X": no day is 60)
        if (opening[:1].isupper() or numbered and int(numbered[1]) > 31) and (value is not None or year is None):
            return words[0].rstrip("."), value, opening
    for n in range(min(5, len(words)), 0, -1):
        piece = " ".join(words[:n])
        if not (any(c.isdigit() for c in piece) or piece.startswith("[") and n == 1 or piece.rstrip(".").endswith("?")
                or ROMAN_DAY_MARK.search(piece)) or _YEAR.search(piece):
            continue
        rest = " ".join(words[n:]).strip()
        opening = rest.lstrip("—–- ")  # ("Jan. 7. — Walter Fulford to the Council.")
        if rest and not (opening[:1].isupper() or opening[:1].isdigit() or opening[:1] == "[" or _OCR_NUMBER.match(opening)):
            continue
        if rest and not piece.rstrip("]").endswith((".", "?")) and not (piece.startswith("[") and piece.endswith("]")):
            continue  # "May 3 was a Tuesday": a sentence, not a calendar's date
        found = find_date(piece, 0, day_first, year if year is not None else 2000, longest=n)
        if found and found[0] == 0 and found[1] >= len(piece.rstrip(" .]?")) - 1 and found[2] is not None:
            value = found[2] if year is not None else None
            return (piece[:-1] if piece.endswith(".") else piece), value, opening
    return None


def heading_day(lines: Sequence[Line], i: int, year: int | None = None,
                day_first: bool | None = None) -> tuple[str, DateValue | None, str, str | None, int] | None:
    """A letter-book's entry under its year heading, its day at the end of a "To X" heading
    ("To Mr. Winstanley, January 14.") or on the line below it with the place of writing ("To
    Margaret Stanier" over "Holt House, Thursday 8th January"): (the day as written, its date
    with ``year``, the title, the place, the index of the day's line)."""
    text = lines[i].text
    if len(text) > 200 or not HEADING_START.match(text):
        return None
    words = text.rstrip(" .").split(" ")
    for n in range(min(4, len(words) - 2), 0, -1):
        head, tail = " ".join(words[:-n]), " ".join(words[-n:])
        if head.endswith(",") and (found := day_prefix(tail.rstrip(" ,") + ".", year, day_first)) and not found[2]:
            return found[0], found[1], head.rstrip(" ,"), None, i
    if "," in text or i + 1 >= len(lines):
        return None
    below = lines[i + 1].text
    place, _, day = below.partition(", ")
    if day and _place(place) and (found := day_prefix(day.rstrip(" .") + ".", year, day_first)) and not found[2]:
        return found[0], found[1], text.rstrip(" ."), place, i + 1
    return None




def _dated(line: Line) -> bool:
    """A line that may open with a full date: read as one, or opening with a year the line
    reader left whole ("1588–89. Jan. 15. — A to B.", "1592. [Jan. 22?] Richmond. — A to B.")."""
    return line.kind in {"date", "date+text"} or line.kind == "text" and (
        _YEAR_OPENING.match(line.text) is not None or _PLACE_FIRST.match(line.text) is not None)


_YEAR_OPENING = re.compile(r"^1\d{3}(?:\[?[–-]\d{1,2}\]?)?[.,]\s")  # ("1747[-48], March 14. Kelby Castle.—A to B.")
# … a conjectured date in brackets, then a dash and the parties: "[c. 1704.]—A to B.", "[After 1725.]—"
_DASHED_PARTIES = re.compile(r"[.\]?]*\s*[—–]\s*")
_CLOSE_DASH = re.compile(r"(?<=[.\]?])([—–])")
# … or the place first, then the day and a dash: "Hexley, 17th July 1767. — A to B."
_PLACE_FIRST = re.compile(r"^(?P<place>[A-ZÀ-Þ][\w'’. -]{1,30}),\s+(?=\[?\d{1,2}(?:st|nd|rd|th)?\s)")


def full_day(lines: Sequence[Line], i: int, day_first: bool | None = None) -> tuple[str, DateValue, str] | None:
    """"1781 Oct. 1." or "Oct. 1, 1781." opening a calendar's line, its year written: only
    where a place or a numbered document follows (on the line, or as the next line), so that
    an archive page's date line above its title stays the blocks layout's."""
    text = lines[i].text
    if (placed := _PLACE_FIRST.match(text)) and _place(placed["place"]):
        return _placed_day(text, placed, day_first)
    # (a dash set close after the date, "[c. 1704.]—A to B.", is no part of its last word)
    found = find_date(_CLOSE_DASH.sub(r" \1 ", text[:60]), 0, day_first, longest=5)
    if not found or found[0] != 0 or found[2] is None or not _YEAR.search(text[:found[1]]):
        return None
    if len(found[2].start or found[2].not_before or found[2].not_after or "") < 10 and not (
            text[0] == "[" and (dashed := _DASHED_PARTIES.match(text, found[1])) and opens_with_parties(text[dashed.end():])) \
            and not _placed_parties(text[found[1]:]):
        return None  # a calendar's day has its day: "June 1719, 1-15" is a heading; not "[c. 1704.]—A to B.",
        #              "1750, June. Kelby Castle.—Lord Kelby to X." (its place and parties after it)
    between = re.match(r"[\s.,;:\]]*(?:[—–-]\s*)?", text[found[1]:]).group(0)
    rest = text[found[1] + len(between):]
    if rest:
        separated = bool(re.search(r"[.—–:]", between))  # "1523 April 1. — Hans Keller an …", not "MAY 3, 1951Letter"
        if not (_NUMBERED.match(rest) or _place(rest) or _split_place(rest)[0] or separated and opens_with_parties(rest)):
            return None
    else:
        following = next((line for line in lines[i + 1:i + 3] if line.kind != "blank"), None)
        if following is None or not (_place(following.text) or _NUMBERED.match(following.text)):
            return None
    return text[:found[1]], found[2], rest


# A paper enclosed in the letter above, dated of its own: "Enclosure. 1755, Nov. 29. Carrickmore."
_ENCLOSED_DAY = re.compile(r"^(?:Enclosure|Inclosure|Enclosed|Encl\.)(?:\s+(?:[IVX]{1,4}|\d{1,2}))?[.:]\s+(?=[\[\d])")


_PLACE_DASH = re.compile(r"^(?P<place>[^—–]{2,40}?)\.?\s*[—–]\s*(?P<rest>\S.*)$")  # "Thornford Street.—Regrets …"


def _day_placed(lines: Sequence[Line], i: int, year: int | None, day_first: bool | None) -> tuple | None:
    """(date as written, its value, place, the rest) of a date line whose place and a dash
    follow the date, the summary after them and no parties: "1794, March 10. Thornford
    Street.—Regrets …" (under its headline), or None."""
    if i >= len(lines) or lines[i].kind == "blank":
        return None
    text = lines[i].text
    found = day_prefix(text, year, day_first)
    if found is None and (whole := find_date(text[:60], 0, day_first, year, longest=5)) and whole[0] == 0 and whole[2]:
        found = (text[:whole[1]], whole[2], text[whole[1]:].lstrip(" .,;"))
    dashed = _PLACE_DASH.match(found[2]) if found else None
    if dashed is None or not dashed["place"] or not _place(dashed["place"]) or opens_with_parties(dashed["rest"]) \
            or _SAME_PARTIES.search(dashed["rest"]):
        return None
    return found[0], found[1], dashed["place"].strip("[]. "), dashed["rest"]


def _parties_alone(text: str) -> bool:
    """"Lord Kelby to William Dallow.": a line that is a letter's parties and nothing else."""
    if len(text) > 120 or not text.rstrip().endswith(".") or not opens_with_parties(text):
        return False
    title = parse_title(text.strip())
    return bool(title.senders and title.recipients) and title.date is None and not title.subject


def _placed_parties(rest: str) -> bool:
    """". Kelby Castle.—Lord Kelby to X.": a place, a dash and the parties after a date."""
    place, after = _split_place(rest.lstrip(" .,;"))
    return place is not None and "—" in rest[:60] and (opens_with_parties(after) or _SAME_PARTIES.search(after) is not None)


def _placed_day(text: str, placed: re.Match[str], day_first: bool | None) -> tuple[str, DateValue, str] | None:
    """"Hexley, 17th July 1767. — A to B.": the day (its year written), then what follows the
    dash with the place before it, as a day line's rest opens ("Hexley.—A to B.")."""
    at = placed.end()
    found = find_date(_CLOSE_DASH.sub(r" \1 ", text[at:at + 60]), 0, day_first, longest=5)
    if not found or found[0] != 0 or found[2] is None or len(found[2].start or "") < 10:
        return None
    dashed = _DASHED_PARTIES.match(text, at + found[1])
    rest = text[dashed.end():] if dashed else ""
    if not rest or not (opens_with_parties(rest) or _SAME_PARTIES.search(rest)):
        return None
    return text[at:at + found[1]], found[2], f"{placed['place']}.—{rest}"


_DOUBLE_YEAR = re.compile(r"^(?P<y>1\d{3})\s*[-–]\s*(?P<y2>\d{1,2})\.?$")


def _double_year(lines: Sequence[Line], index: int) -> int | None:
    """The later year of a heading "1687-8." alone where the day under it is in January to
    March: a double year (the old reckoning's, from 25 March), not a span of two years."""
    m = _DOUBLE_YEAR.match(lines[index].text.strip())
    if m is None or int(m["y"][:4 - len(m["y2"])] + m["y2"]) != int(m["y"]) + 1:
        return None
    below = next((line for line in lines[index + 1:index + 4] if line.kind != "blank"), None)
    day = day_prefix(below.text, int(m["y"]) + 1) if below is not None else None
    month = day[1].when or day[1].not_before or day[1].not_after or day[1].from_ if day and day[1] else None
    return int(m["y"]) + 1 if month and len(month) >= 7 and int(month[5:7]) <= 3 else None


def _next_number(entry: Entry, text: str) -> bool:
    """Does ``text`` carry the number after the entry's ("8." after "7. …"): calendars number
    their documents in sequence, so it is the next document, parties or not."""
    before, after = NUMBERING.match(entry.title or ""), NUMBERING.match(text)
    return bool(before and after and before.group("n").isdigit() and after.group("n").isdigit()
                and int(after.group("n")) == int(before.group("n")) + 1)


# A paper of the same day, its place perhaps "Ibid.", after a dash: "Ibid. — A to B.", "— A to B.";
# or with a date in brackets of its own: "[1587?] Chester. — A to B.", "[Oct.] Windsor. — A to B."
_DASHED = re.compile(r"^(?P<date>\[[^\]]{1,24}\]\s+)?(?:(?P<place>[^—–\s][^—–]{0,38}?)\.?\s+)?(?:[—–]|--)\s*(?P<rest>\S.*)$")
_IBID = re.compile(r"^(?:ibid(?:em)?|ib|eodem loco|ebenda|ebd|idem)\.?$", re.IGNORECASE)


def _same_place(entries: list[Entry]) -> None:
    """"Jan. 27. Ibid. — A to B.": written where the entry before was (no place where it had none)."""
    for before, entry in zip([None, *entries], entries):
        same_place(entry, before, _IBID)


def _split_place(text: str) -> tuple[str | None, str]:
    """"N. York. 548. Governor Hunter …" → ("N. York", "548. Governor Hunter …"): the place
    that opens a line, where what follows it is the document's number or its parties."""
    candidates = []
    for m in re.finditer(r"\.\s*(?=[—–])|\.\s+", text[:60]):  # ("Radclive Court.—Lord X to Y")
        head, rest = text[:m.start() + 1], text[m.end():].lstrip("—–- ")
        if _place(head) and rest and not re.fullmatch(r"[A-ZÀ-Þ]\.", head.strip()):  # ("T. Marley to X": an initial)
            candidates.append((head, rest))
    for head, rest in candidates:
        if rest[:1].isdigit() or _NUMBERED.match(rest):
            return head.strip("[]. "), rest
    for head, rest in candidates:
        if opens_with_parties(rest) or _SAME_PARTIES.search(rest):  # ("Ibid. — Same to the same.")
            return head.strip("[]. "), rest
    return None, text


DOCUMENTS_A_DAY = 10  # at most, on average, in a calendar (the state papers' have a few)


def _starts(lines: Sequence[Line]) -> tuple[int, int]:
    """(day lines, numbered documents without a day line of their own): cheap counts."""
    days = documents = 0
    since_day = 99
    for i, line in enumerate(lines):
        if line.kind == "blank":
            continue
        if line.kind in _TEXT and (day_prefix(line.text) or days and SAME_DAY.match(line.text)
                                   or _dated(line) and full_day(lines, i)
                                   or (i == 0 or lines[i - 1].kind == "blank") and heading_day(lines, i)):
            days += 1
            since_day = 0
            continue
        since_day += 1
        if since_day > 2 and _NUMBERED.match(line.text) and opens_with_parties(NUMBERING.sub("", line.text, 1)):
            documents += 1
    return days, documents


_TITLED = {"summary", "title+"}  # (the states of an entry whose title is read)


def _titled(lines: Sequence[Line], i: int) -> bool:
    """Is the line under ``lines[i]`` the parties of a letter ("392. Lady X to Capt. Y."), or
    the one under its place ("Stanmouth.")?"""
    def parties(k: int) -> bool:
        if k >= len(lines) or lines[k].kind not in _TEXT:
            return False
        text = NUMBERING.sub("", lines[k].text, 1)
        goes_on = k + 1 < len(lines) and lines[k + 1].kind in _TEXT and GOES_ON.match(lines[k + 1].text.strip())
        # (or cut at the line's end: "The Governors of X and the Lords of Y" over "to Mr. Z.")
        return opens_with_parties(text) or bool(goes_on) and opens_with_parties(f"{text} {lines[k + 1].text.strip()}")

    return parties(i + 1) or i + 1 < len(lines) and lines[i + 1].kind in _TEXT and _place(lines[i + 1].text) \
        and parties(i + 2)


def _reference_lines(lines: Sequence[Line], i: int) -> bool:
    """Is line ``i`` one of two or more short lines (an archive's reference set one word a line:
    "Senato," / "Secreta." / "Dispacci,") between a day and its numbered document?"""
    if len(lines[i].text) > 30 or _NUMBERED.match(lines[i].text):
        return False
    k, run = i, 0
    while k < len(lines) and lines[k].kind in _TEXT and len(lines[k].text) <= 30 and not _NUMBERED.match(lines[k].text):
        k, run = k + 1, run + 1
    behind = i
    while behind - 1 >= 0 and lines[behind - 1].kind in _TEXT and len(lines[behind - 1].text) <= 30 and \
            not _NUMBERED.match(lines[behind - 1].text) and not _DAY_START.match(lines[behind - 1].text) \
            and lines[behind - 1].kind not in {"date", "date+text"}:  # ("[1772.]" over "Stanbridge.": its place)
        behind, run = behind - 1, run + 1
    return run >= 2 and k < len(lines) and lines[k].kind in _TEXT and bool(_NUMBERED.match(lines[k].text))


class Calendar(Layout):
    name = "calendar"
    description = "calendar: abstracts of letters under a day and a place (state papers, registers)"
    rule = ("an entry starts at a line that opens with a day and a month (\"Nov. 2.\", \"März 4.\", \"Tuesday, 13 "
            "January.\"; the year is the heading's), at a \"To X\" heading with its day at its end or on the line "
            "below (a letter-book), or at a numbered document of the same day (\"216. Same to …\")")

    def score(self, lines: Sequence[Line]) -> float:
        """Day lines and the numbered documents under them, a few a day: a numbered listing
        whose wrapped summaries happen to put a day at a line's start ("22 December. …") is
        a contents page, not a calendar (9 such lines over 542 numbered entries)."""
        days, documents = _starts(lines)
        return days + min(documents, DOCUMENTS_A_DAY * days) + (0.5 if days >= 2 else 0) if days else 0

    def read(self, lines: Sequence[Line], listing: Listing) -> None:
        first = next((i for i, line in enumerate(lines) if line.kind in _TEXT and (
            day_prefix(line.text) or full_day(lines, i) or heading_day(lines, i))), None)
        if first is None:
            no_entries(listing, lines)
            return
        if first > 0 and _BARE_NUMBER.match(lines[first - 1].text):
            first -= 1  # "214" over "1477 Mai 3, Esslingen": the number of the first entry
        year: int | None = None
        for n, line in enumerate(lines[:first]):
            if line.kind in _TEXT and (found := heading_year(line)) is not None:
                year = found[0] if found[0] else _double_year(lines, n)
        read_head(listing, lines[:first])
        entry: Entry | None = None
        state = "place"  # what the next line of an entry may be: place, title, summary
        day: tuple[str, DateValue | None, int] | None = None
        parts: list[list[tuple[int, str]]] = []

        def finish() -> None:
            if entry is not None:
                self._finish(entry, parts, listing)

        after_blank = True
        number: Line | None = None  # a bare number on the line above an entry's date: its number
        below = -1  # the index of a line read with the one above it (a letter-book's place and day)
        for index, line in enumerate(lines[first:], start=first):
            if index == below:
                continue
            if line.kind == "blank":
                if parts and parts[-1]:
                    parts.append([])
                after_blank, state = True, "summary" if state == "title+" else state
                continue
            was_blank, after_blank = after_blank, False
            if line.kind not in _TEXT:
                unused(listing, line, "")
                continue
            text = line.text
            if was_blank and "  " in line.raw.strip() and running_head(line.raw):
                unused(listing, line, "a running head of the printed page")  # "88   CALENDAR OF …   [1772."
                after_blank = True  # (the entry's summary may go on below it)
                continue
            if _BARE_NUMBER.match(text) and (entry is None or was_blank) and index + 1 < len(lines) and \
                    (day_prefix(lines[index + 1].text, year) or full_day(lines, index + 1, listing.day_first)):
                number = line
                continue
            prefix = day_prefix(text, year, listing.day_first)
            enclosed = _ENCLOSED_DAY.match(text) if was_blank and not prefix else None
            if enclosed and (full := full_day([replace(line, text=text[enclosed.end():]), *lines[index + 1:index + 3]], 0,
                                              listing.day_first)):
                prefix = full  # "Enclosure. 1755, Nov. 29. Carrickmore." over "The Mayor to X.": a letter dated of its own
            same = SAME_DAY.match(text) if day and not prefix else None
            if same and same["ditto"] and not _numbered_on(entry, text[same.end():]):
                same = None  # ('"     13.  From X' under "June 10.": a ditto of the month, 13 the day)
            if same:
                prefix = (day[0], day[1], text[same.end():].strip().lstrip("—–- "))  # the date of the day before
            elif day and not prefix and entry is not None and state in _TITLED and _IBID.fullmatch(text.strip()):
                # "Ibid." alone where a papal calendar's next date stands: that day's, and its place
                same, prefix = True, (day[0], day[1], text.strip())
            elif not prefix and _dated(line) and (full := full_day(lines, index, listing.day_first)):
                prefix = full
                year = full[1].year or year
            elif not prefix and (entry is not None or listing.entries) and (undated := _UNDATED_LEAD.match(text)) \
                    and (_UNDATED_START.match(text) or _placed_parties(text[undated.end():])
                         or _BARE_NUMBER.match(text[undated.end():].strip()) and index + 2 < len(lines)
                         and lines[index + 1].kind == "blank" and _PARTIES_OPEN.match(lines[index + 2].text)):
                #        ("Undated. 43." over a blank line and "To X. Informs him …": the number's paper below)
                prefix = (undated.group("date"), None, text[undated.end():])  # "Undated. To a Friend", "[N.D.]. Radstow.—A to B."
            elif not prefix and was_blank and _dated(line) and _titled(lines, index) \
                    and (whole := find_date(text, 0, listing.day_first, year)) and whole[0] == 0:
                # "n.d.", "[Circa 1763.] Hemford.", "[1763–1764.]" over "392. A to B": a date line
                # of another form than a day's, over its letter's parties (not a year's heading)
                prefix = (text[:whole[1]].strip(), whole[2], text[whole[1]:].strip(" .,"))
            headed = heading_day(lines, index, year, listing.day_first) if not prefix and was_blank else None
            if headed:  # "To X, January 14." or "To X" over "Holt House, Thursday 8th January"
                finish()
                written, value, title, place, at = headed
                entry = Entry(source=listing.source, first_line=line.number, last_line=lines[at].number,
                              date_text=written, date_line=lines[at].number, date=value, title=title,
                              title_line=line.number)
                if place:
                    entry.fields["place"] = place
                if value is None:
                    entry.flags.append("no year heading above this date: its year is not known")
                day, below, parts, state = (written, value, lines[at].number), at, [[]], "summary"
                listing.entries.append(entry)
                continue
            if not prefix and entry is not None and state == "summary" and in_capitals(text.split(" to ")[0], 4) \
                    and _parties_alone(text) and (under := _day_placed(lines, index + 1, year, listing.day_first)):
                # "J. LUDHURST to the EARL OF CROWDEN." over "1794, March 10. Thornford Street.—Regrets …":
                # a calendar's headline in capitals over its date line, which names no parties
                finish()
                written, value, place, rest = under
                entry = Entry(source=listing.source, first_line=line.number, last_line=line.number + 1,
                              date_text=written, date_line=line.number + 1, date=value, title=text, title_line=line.number)
                entry.fields["place"] = place
                day, below, parts, state = (written, value, line.number + 1), index + 1, [[(line.number + 1, rest)]], "summary"
                listing.entries.append(entry)
                continue
            if prefix:
                finish()
                written, value, rest = prefix
                day = day if same else (written, value, line.number)
                entry = Entry(source=listing.source, first_line=line.number, last_line=line.number,
                              date_text=written, date_line=day[2] if same else line.number, date=value)
                if number is not None:
                    entry.first_line, entry.fields["number"] = number.number, number.text.rstrip(".").split()[-1]
                    number = None
                if value is None and prefix[2] and _UNDATED_START.match(text):
                    entry.flags.append("undated: the listing gives no date")
                elif value is None:
                    entry.flags.append("no year heading above this date: its year is not known")
                parts, state = [[]], "place"
                if rest:
                    state = self._line(entry, line, rest, parts, state)
                if enclosed:
                    entry.notes.append(f"{enclosed.group(0).strip()} (enclosed in the letter above)")
                listing.entries.append(entry)
                continue
            found = heading_year(line)
            if found == (None,) and (double := _double_year(lines, index)) is not None:
                found = (double,)  # "1687-8." over "Jan. 18. …": the later year, its days before 25 March
            centred = len(line.raw) - len(line.raw.lstrip()) >= 10  # ("                1594." under a reference)
            if found is not None and (entry is None or was_blank or line.kind == "date" or centred):
                year = found[0]  # (a span of years: the year above is not its days')
                if found[0] and UNDATED_HEADING.match(text):  # its papers are of that year, no day known
                    day = (text.rstrip(" ."), DateValue(text=text.rstrip(" ."), when=f"{found[0]:04d}",
                                                        notes=("year from a heading",)), line.number)
                elif found[0]:
                    day = None  # a new year: the day above is not this part's
                listing.unused.append(Unused(line.number, text[:200], f"a heading: {found[0]} is the year of the "
                                             "entries below it" if found[0] else "a heading (a span of years)"))
                continue
            if centred and was_blank and in_capitals(text, 6) and not re.search(r"\s{3}\d{1,4}\s*$", line.raw) \
                    and (index + 1 == len(lines) or lines[index + 1].kind == "blank"):  # (not a running head: its page)
                finish()  # "UNDATED AND CONJECTURALLY DATED LETTERS.": a section's heading, set in the middle
                entry, day = None, None
                listing.unused.append(Unused(line.number, text[:200], "a heading of a section of the calendar"))
                continue
            source = _SOURCE_BEFORE.match(text) if entry is not None and state in _TITLED else None
            body = text[source.end("source"):].lstrip() if source and not _PARTY_WORD.search(source.group("source")) \
                else text  # "Enclosed in preceding Despatch. 105. Note of …": the next paper, kept where
            if entry is not None and state in _TITLED and (_NUMBERED.match(body) and \
                    (opens_with_parties(NUMBERING.sub("", body, 1).lstrip("—–- ")) or _next_number(entry, body))
                    or was_blank and state == "summary" and _parties_alone(body)):
                # (or, after a blank line, a line of parties alone: "Lord Kelby to William Dallow.", a letter
                # of the same day, as a calendar lists the papers of one day under its one date line)
                finish()  # another document of the same day
                entry = Entry(source=listing.source, first_line=line.number, last_line=line.number,
                              date_text=day[0] if day else "", date_line=day[2] if day else line.number,
                              date=day[1] if day else None)
                parts, state = [[]], "title"
                state = self._line(entry, line, text, parts, state)
                own = find_date(entry.title, 0, listing.day_first, year)
                if own and own[2] is not None:
                    entry.date_text, entry.date, entry.date_line = entry.title[own[0]:own[1]], own[2], line.number
                listing.entries.append(entry)
                continue
            dashed = _DASHED.match(body) if entry is not None and day and state in _TITLED else None
            if dashed and (dashed["place"] is None or _place(dashed["place"])) \
                    and (opens_with_parties(dashed["rest"]) or _SAME_PARTIES.search(dashed["rest"])):
                # "Ibid. — The Earl of X to Y.", "Windsor. —Same to the same.", "— A to B.", "[1587?]
                # Chester. — A to B.": another paper of the same day (or of the date in brackets)
                finish()
                own = find_date(dashed["date"].replace("..", "."), 0, listing.day_first, year) if dashed["date"] else None
                # (a date of its own it does not read is kept as text: not the day before's)
                when = (dashed["date"].strip(), own[2] if own else None, line.number) if dashed["date"] else day
                entry = Entry(source=listing.source, first_line=line.number, last_line=line.number,
                              date_text=when[0], date_line=when[2], date=when[1])
                if dashed["place"]:
                    entry.fields["place"] = dashed["place"].strip("[]. ")
                parts, state = [[]], "title"
                state = self._line(entry, line, dashed["rest"], parts, state)
                listing.entries.append(entry)
                continue
            if entry is None:
                unused(listing, line, "page text before the first entry")
                continue
            if state in {"place", "title"} and _reference_lines(lines, index):
                entry.notes.append(text)  # "Senato," / "Secreta." / … / "103. A to B."
                entry.last_line = line.number
                continue
            state = self._line(entry, line, text, parts, state)
        finish()
        _same_place(listing.entries)

    @staticmethod
    def _line(entry: Entry, line: Line, text: str, parts: list[list[tuple[int, str]]], state: str) -> str:
        """One line (or the rest of one) of an entry, read by what the entry still expects."""
        if state in {"place", "title"} and _FOLIO_LINE.fullmatch(text.strip()):
            entry.notes.append(text.strip())  # "(f. 86d.)": the register's folio, on a line of its own
            entry.last_line = line.number
            return state
        if state == "place":
            whole = all(_place(part) for part in text.strip(" .").split(", ")) and text.count(",") == 1
            place, rest = (text.strip("[]. "), "") if _place(text) or whole else _split_place(text)
            #                                           ("St. Peter's, Rome.", "Rome, St. Mary Major's.")
            if place:
                entry.fields["place"] = place
                entry.last_line = line.number
                if not rest:
                    return "title"
                text = rest
            state = "title"
        if state == "title+" and title_goes_on(entry.title, text):
            # (… or "… to Mrs. Caroline" over "Dunden. Asks for news …": her surname, then the summary)
            # the title's second line ("… to the Mayor and" / "Corporation of Thornsea.", "… Tamworth
            # Parva" / "and Lady Bradcroft to Thomas Marley.")
            end = title_end(text)
            entry.title, entry.last_line = f"{entry.title} {text[:end].strip()}", line.number
            if rest := text[end:].strip(" –—-"):
                parts[-1].append((line.number, rest))
            return "summary"
        if state == "title" and _BARE_NUMBER.match(text.strip()) and "number" not in entry.fields:
            # "Jan. 10. 4." over a blank line and "From X. Says …": the document's number, its title below
            entry.fields["number"] = text.strip().rstrip(".").split()[-1]
            entry.last_line = line.number
            return "title"
        if state == "title":
            source = _SOURCE_BEFORE.match(text)
            if source and not _PARTY_WORD.search(source.group("source")):
                entry.notes.append(source.group("source").rstrip(" ."))  # "Original Despatch, Venetian Archives."
                text = text[source.end("source"):].lstrip()
            numbered = NUMBERING.match(text)
            if numbered and text[numbered.end():numbered.end() + 1] in {"—", "–"}:
                # "7. — [Ferris] to Nicholas.": the dash stands for a name the paper does not give
                text = text[:numbered.end()] + text[numbered.end() + 1:].lstrip()
            end = title_end(text)
            entry.title, entry.title_line = trim_dash(text[:end].strip()), line.number
            entry.last_line = line.number
            rest = text[end:].strip(" –—-")
            if rest:
                parts[-1].append((line.number, rest))
            return "title+" if not rest and (not entry.title.endswith(".") or title_open(entry.title)) \
                or UNFINISHED.search(entry.title) else "summary"
        parts[-1].append((line.number, text))
        return "summary"

    @staticmethod
    def _finish(entry: Entry, parts: list[list[tuple[int, str]]], listing: Listing) -> None:
        parts = [p for p in parts if p]
        for k, part in enumerate(parts):  # a Regest's witness under its abstract: a note (builtin.WITNESS)
            if (at := next((n for n, (_, text) in enumerate(part) if n and WITNESS.match(text)), None)) is not None:
                entry.notes.append(" ".join(text for _, text in part[at:]))
                parts[k] = part[:at]
        parts = [p for p in parts if p]
        if not entry.title:
            entry.title = entry.date_text
            entry.title_line = entry.date_line
            entry.flags.append("a date with no document under it")
        entry.summary = [" ".join(t for _, t in p) for p in parts]
        entry.summary_paragraphs = parts
        opener = re.match(r"(?i:from|to)\s", NUMBERING.sub("", entry.title, 1))
        if entry.summary and opener and (said := _SIDE_SAID.match(entry.summary[0])) is not None \
                and said["way"].lower().startswith("addressed") == (opener.group(0).lower().strip() == "from"):
            # "From X. Addressed to Mr. Y.", "To X. Written by Mr. Y.": the side the title leaves out
            entry.fields["recipient" if said["way"].lower().startswith("addressed") else "sender"] = said["name"]
        if parts:
            entry.summary_lines = (parts[0][0][0], parts[-1][-1][0])
            entry.last_line = max(entry.last_line, parts[-1][-1][0])


__all__ = ["Calendar", "day_prefix", "heading_day"]
