"""What several layouts of printed and catalogued listings need: the year a heading gives,
page references, names written surname first or in capitals, sentences, dates in a phrase.

Every rule here is a table or a regular expression over one line: cheap, and the same for
every layout that uses it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..dates import (TWO_LETTER_MONTHS, ANNO_ROMAN, ROMAN_YEAR, ROMAN_YEAR_END, FEASTS, MONTH_NAMES, MONTHS, MORE_VENETO, OCR_DIGITS, SEASONS, WEEKDAYS, DateValue,
                     month_in_roman_after, parse_date, unread_date)
from .. import doctypes
from ..titles import _TITLES, ABBREVIATED, ADDRESS_ABBREVIATIONS, FIRM_ENDINGS, GIVEN_NAMES, affiliation

_WEEKDAY = re.compile(rf"^(?:{WEEKDAYS})[.,]?$", re.IGNORECASE)
from ..lines import NUMBERING, UNDATED, YEAR_WORD_AFTER, Line, opens_with_parties
from ..listing import Entry

# --- headings that give a year ------------------------------------------------------------

MONTH_WORD = "(?:" + MONTH_NAMES + r")\.?"

# --- a place of writing, the same day -----------------------------------------------------

# A place of writing on a line of its own: "Harwich.", "N. York.", "St. John's.", "[Whitehall.]".
_PLACE = re.compile(r"^(?!(?:To|From|An|Von|À|Au|Aux|De|Same)\s)\[?(?:[A-ZÀ-Þ][\w'’-]*\.?|St\.|of|the|le|la|am|an der|bei)(?:\s+(?:[A-ZÀ-Þ][\w'’-]*\.?|of|the|"
                    r"le|la|am|an der|bei|upon|on|sur|at|near))*\]?\.?$")  # ("Camp at Velderwijk.")
PLACE_EXAMPLES = ("Harwich.", "N. York.", "St. John's.", "Pendennis Castle.", "[Whitehall.]", "Frankfurt am Main.")
_ADDRESS_ALONE = re.compile(rf"{_TITLES}\.?")  # ("Mrs.", "Dr." before a name: no place)
MONTH_ALONE = re.compile(rf"^\[?{MONTH_WORD}[.\]]*$", re.IGNORECASE)  # "Nov..": a month, no place
_ADDRESS_THEN_NAME = re.compile(rf"{_ADDRESS_ALONE.pattern}\s+[A-ZÀ-Þ]")  # "Gov. H. T. Wolcott to …": a name, no place


def place_alone(text: str) -> bool:
    """A place of writing and nothing else (see PLACE_EXAMPLES)."""
    return not MONTH_ALONE.match(text) and not _ADDRESS_ALONE.fullmatch(text.strip(" .")) \
        and not _ADDRESS_ALONE.fullmatch(text.strip()) and not _ADDRESS_THEN_NAME.match(text) and len(text) <= 40 \
        and len(text.split()) <= 4 and not any(c.isdigit() for c in text) \
        and bool(_PLACE.match(text)) and not re.search(r"\s(?:to|an|à)\s", text) and not doctypes.find(text)


# "Same to the same.", "Same to Lord X.", "Wentmore to the same.": parties, one of them the entry's before.
SAME_PARTIES = re.compile(r"^(?i:(?:the\s+)?same\s+to)\s|^[A-ZÀ-Þ][^.]{0,60}\sto\s+(?i:the\s+)?same\.?$")
# "Same date.", "Same day.": an entry of the day before; as calendars write it (OCR's "Sarne date").
SAME_DAY = re.compile(r"^(?:the\s+)?sa(?:m|rn)e\s+(?:date|day)(?:\s+and\s+place)?\.?\s*|^eodem\s+die\.?\s*|^am\s+selben\s+tag\.?\s*|^même\s+jour\.?\s*"
                      # (… or a ditto mark in the margin before the entry's number: ",,   13. To X", "Do.   10. From X")
                      r"|^(?P<ditto>,,|„|〃|\"|do\.|ditto\.?)\s{2,}(?=[\dlIO]{0,3}\d[\dlIO]{0,3}\.\s)",  # (OCR's "l01.")
                      re.IGNORECASE)
# A short line that ends in a year or a span of years, with no party words: "1843.",
# "PART II. 1840-1846.", "Zweiter Teil. 1822.", "November 1675", "June 1719, 1-15",
# "LETTERS FROM LONDON, 1842.", "Band II: 1523–1524", "Vol. CCL. August 1-15, 1634.".
YEAR_HEADING = re.compile(
    rf"^(?:[^\d]{{0,50}}?[\s,.:;(]|)(?:(?P<month>{MONTH_WORD})\s*(?:\d{{1,2}}\s*[-–]\s*\d{{1,2}}\s*)?,?\s*)?"
    r"(?P<year>1[0-9]\d\d|20\d\d)"
    r"(?:\s*[-–/]\s*(?P<until>\d{1,4}))?(?:,\s*\d{1,2}\s*[-–]\s*\d{1,2})?[.)\]]?$",
    re.IGNORECASE)
# What a heading carries after its year: "(continued)", the folio or page set apart ("Letters sent,
# 1852 (continued).          Fol. 2")
_HEADING_TAIL = re.compile(r"(?:\s*\((?i:continued|contd\.?|cont\.|bound\s[^()]{1,60})\))?(?=\.?(?:\s{3,}|$))"
                           r"|\s{3,}(?i:fol\.|fo\.|f\.|p\.|page)?\s*\d{1,4}[rv]?$")
_PARTY_WORDS = re.compile(r"^(?:to|from|an|von|à|de)\s|\w\s+(?:to|an|à)\s+[A-Z]", re.IGNORECASE)
_ADDRESSED = re.compile(r"(?:^|\s)(?:To|From|An|Von)\s+(?:the\s+)?[A-Z]")  # "Vl. To the Rev. W. Unwick. Olney, 1769"
HEADING_EXAMPLES = (("1843.", 1843), ("PART II. 1840-1846.", None), ("Zweiter Teil. 1822.", 1822),
                    ("November 1675", 1675), ("June 1719, 1-15", 1719), ("LETTERS FROM LONDON, 1842.", 1842),
                    ("Vol. CCL. August 1-15, 1634.", 1634), ("December 1–17, 1633", 1633), ("Undated 1634.", 1634),
                    ("Vol. CCCLXXXIV. March 1-12, 1637-8.", 1638), ("May 1637-8", 1637), ("1637-8", None),
                    ("1701/2.", 1702), ("Letters sent, 1852 (continued).          Fol. 2", 1852))  # (a double year alone: its entries are of 1 January to 24 March)


_OCR_YEAR = re.compile(r"(?<!\w)(?=[1lI][\dlIO]{3}(?!\w))[1lI]?[lIO]*\d[\dlIO]*")  # "l859." over the entries: OCR's 1859


# A printed page's running head: its number and its title set apart ("48      SECCIÓN III.
# CORRESPONDENCIA", "ARCHIVO DE LA CASA X. INVENTARIO      47"), or the number alone.
_RUNNING_HEAD = re.compile(r"^(?:\[?\d{4}\.?\]?\s{2,})?"  # (the page's year at its edge: "[1772.]   CALENDAR …   89")
                           r"(?:\d{1,4}\s{2,}[A-ZÀ-Þ][A-ZÀ-Þ .,'’;:-]+\.?|[A-ZÀ-Þ][A-ZÀ-Þ .,'’;:-]+\s{2,}\d{1,4}|\d{1,4})"
                           r"(?:\s{2,}\[?\d{4}\.?\]?)?$")


def running_head(raw: str) -> bool:
    raw = raw.strip()
    return _RUNNING_HEAD.match(raw) is not None and (raw.isdigit() or "  " in raw)


def heading_year(line: Line) -> tuple[int | None] | None:
    """(year,) when the line is a heading that gives the entries below it a year; (None,)
    when it gives a span of years (no one year for them); None when it is no such heading."""
    text = _HEADING_TAIL.sub("", line.text)
    if line.kind == "blank" or len(text) > 60 or _PARTY_WORDS.search(text) or _ADDRESSED.search(text):
        return None
    m = YEAR_HEADING.match(text) or YEAR_HEADING.match(_OCR_YEAR.sub(lambda y: y.group(0).translate(OCR_DIGITS), text))
    if not m:
        return None
    until = m.group("until")
    year = int(m.group("year"))
    if until and until.lstrip("0") and int(m.group("year")[:4 - len(until)] + until) != year:
        if int(m.group("year")[:4 - len(until)] + until) == year + 1 \
                and re.fullmatch(r"\d{4}\s*/\s*\d{1,4}\.?", text.strip()):
            # "1701/2." alone: a double year, the months before 25 March that the old reckoning
            # gave to 1701 and historians to 1702 (a heading of the entries of 1 January to 24 March)
            return (year + 1,)
        before = re.search(rf"\b({MONTH_WORD})[\s\d,–-]*$", text[:m.start("year")], re.IGNORECASE)
        month = MONTHS.get(before.group(1).lower().rstrip(".")) if before else None
        if month and int(m.group("year")[:4 - len(until)] + until) == year + 1:
            # "March 1-12, 1637-8": days of one month in two years can only be an Old Style year
            # (from 25 March); its January to March are the later year as historians count.
            return (year + 1 if month <= 3 else year,)
        return (None,)
    return (int(m.group("year")),)


# --- page references of contents pages -----------------------------------------------------

# Dot leaders and a page number (arabic, roman, or OCR-mangled: "1l", "I5", "3O", "vii"):
# "… Bath, 3 June .......... 25", "… 1801    44".
# (OCR'd leaders have gaps and specks among their dots: ". . .   . . , . 48", "....,....·. 12",
# "1811 · . . , . . ' . : . - .  12", "1814 ,... . . ' 157")
_LEADER = r"(?:[,:;'’‘-]\s*)?(?:[.·…_•∙⋅„]\s*(?:[,:;'’‘-]\s*){0,2})"
PAGE = re.compile(rf"(?:\s*{_LEADER}{{2,}}\s*|\s{{2,}}|,\s*(?:pp?|pag|S)\.\s*(?=\d))"  # (", p. 21": an index's)
                  r"(?P<page>[0-9lIO]{1,4}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})\s*$")


def page_of(line: Line) -> str | None:
    """The page number a contents line ends in (as printed), or None."""
    m = PAGE.search((line.raw or line.text).rstrip())
    if not m or not any(c.isdigit() for c in m.group("page")) and not re.search(r"[.…•·]", m.group(0)):
        return None  # a roman numeral after spaces only may be part of the title
    return m.group("page")


def without_page(text: str) -> str:
    """The line without its dot leaders and page number; runs of spaces made one. The full
    stop of an abbreviation just before the leaders stays ("Weimar, o. D. ....... 9")."""
    text = text.rstrip()
    m = PAGE.search(text)
    if m:
        cut = text[:m.start()]
        if text[m.start():m.start() + 2] == ". " and cut[-1:].isalpha():
            cut += "."
        text = cut
    else:  # leaders whose page number went onto the next line: "…, 9 aprile ..........·....."
        text = _LEADERS_ALONE.sub("", text)
    return " ".join(text.split())


_LEADERS_ALONE = re.compile(rf"\s*{_LEADER}{{4,}}$")


def indented(line: Line) -> bool:
    return line.raw[:1] in {" ", "\t"} and bool(line.raw.strip())


def indent(line: Line) -> int:
    """How far the line is set in, as copied (its raw text's leading spaces)."""
    raw = line.raw or line.text
    return len(raw) - len(raw.lstrip())


# A year alone on its line, a heading over the rows or entries below: "1862", "[1848]."
YEAR_ALONE = re.compile(r"\[?1\d{3}\]?\.?")


# --- names -------------------------------------------------------------------------------

_LOWER = {"the", "of", "at", "in", "and", "to", "for", "on", "von", "van", "der", "den", "de", "du", "la", "le",
          "zu", "und", "et", "his", "her", "my", "their", "a", "an", "d'", "des", "di", "da", "y", "bei", "ter", "ten", "te", "het"}


def in_capitals(text: str, letters: int = 0) -> bool:
    """Set in capitals: twice as many capital letters as small ones, and ``letters`` letters at
    least ("UNDATED LETTERS.", a heading; not "II.", a number)."""
    found = [c for c in text if c.isalpha()]
    return len(found) >= letters and sum(c.isupper() for c in found) >= 2 * sum(c.islower() for c in found)


def title_case(text: str) -> str:
    """"TO THE EDITOR OF THE NORTHERN REVIEW" → "to the Editor of the Northern Review"; text
    not mostly in capitals is returned as it is. Abbreviations ("R.N.", "M.P.") keep their capitals."""
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return text
    words = []
    for n, word in enumerate(text.split(" ")):
        core = word.strip(".,;:()[]'’\"")
        if re.fullmatch(r"(?:[A-Z]\.){2,}", word.strip(",;:()")):
            words.append(word)  # R.N., M.P.
        elif core.lower() in _LOWER:
            words.append(word.lower())
        else:
            words.append("-".join(_capitalised(part) for part in word.split("-")))
    return " ".join(words)


def _capitalised(word: str) -> str:
    """"DELL'ORTO" → "Dell'Orto", "O'BRIEN" → "O'Brien" (a short particle elided before the name)."""
    head, mark, rest = (re.split(r"(['’])", word, maxsplit=1) + ["", ""])[:3]
    if mark and 1 <= len(head) <= 4 and len(rest) >= 3 and rest.isalpha():
        return head[:1].upper() + head[1:].lower() + mark + rest[:1].upper() + rest[1:].lower()
    lead = len(word) - len(word.lstrip("[(¿¡\"'“‘"))  # ("[DESTINATARIO": its bracket, then the word)
    return word[:lead + 1].upper() + word[lead + 1:].lower()


_LIFE = re.compile(r"\s*[,(]?\s*\(?(?:\b(?:\d{3,4}\??\s*[-–]\s*(?:\d{2,4})?\??|b\.\s*\d{4}|d\.\s*\d{4}|\d{3,4})"
                   r"|(?:geb\.|gest\.|née?|fl\.|ca\.|um)\s*\d{4}(?:\s*[-–]\s*\d{4})?)\)?\s*$")  # ("(geb. 1796)", "(fl. 1650)")
_HONORIFIC = re.compile(r"^(?:Rev\.?|Revd\.?|Sir|Dr\.?|Mrs\.?|Mr\.?|Miss|Lady|Lord|Prof\.?|Capt\.?|Hon\.?|"
                        r"Abbé|Pfarrer|Graf|Gräfin|Freiherr|Baron)$")


# "Ravel (Jacques)", "Verneuil (Pauline de)": the given name in brackets after the surname, as French
# inventories index people. Read so only where the bracket holds a given name (GIVEN_NAMES), initials
# or ends in a particle: "Filippov (Stalin)" says who Filippov is, and stays as written.
_BRACKETED_GIVEN = re.compile(r"^(?P<surname>[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+)?)\s*\((?P<given>[^()]{1,40})\)$")


def _given(text: str) -> bool:
    words = text.split()
    return bool(words) and (words[-1] in {"de", "d'", "von", "van", "du", "della", "di", "da", "le", "la"}
                            or all(re.fullmatch(r"[A-ZÀ-Þ]\.(?:-?[A-ZÀ-Þ]\.)?", w) for w in words)
                            or words[0] in GIVEN_NAMES)


_INFERRED = re.compile(r"\s*\[(?:inferred|conjectured|attributed|uncertain|\?)\]|\s*\((?:inferred|attributed)\)", re.IGNORECASE)


_PARTICLE_LEAD = re.compile(r"(?:von|van|de|du|des|della|di|da|le|la|ten|ter|zu|af)(?:\s+(?:der|den|de|la|le))?\s+[A-ZÀ-Þ]")
_FULLER = re.compile(r"(?P<given>[^()]+?)\s*\((?P<full>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)*)\)")


def _writes_out(given: list[str], full: list[str]) -> bool:
    """Whether ``full`` writes out the initials of ``given`` word for word ("Harriet B." / "Harriet
    Bowen"), not another name or a form of address ("John (Jack)", "M. (Mrs)")."""
    return len(given) == len(full) and any(re.fullmatch(r"[A-ZÀ-Þ]\.", g) for g in given) and all(
        (f == g or re.fullmatch(r"[A-ZÀ-Þ]\.", g) and f[0] == g[0] and len(f) > 2 and not _HONORIFIC.match(f)
         and f not in _NOT_GIVEN) for g, f in zip(given, full))


_NOT_GIVEN = {"Junior", "Senior", "Captain", "Mother", "Father", "Sister", "Brother", "Madame", "Mistress", "Master"}


_FIRM_WORDS = re.compile(rf"&|\b(?:{'|'.join(FIRM_ENDINGS.values())}|Ltd\.?|Limited)$")  # (titles' table of firms' words)


def natural_name(text: str) -> str:
    """A name as catalogues index it, in reading order: "Doe, Jane" → "Jane Doe";
    "Ellwood, Margaret, 1799-1861" → "Margaret Ellwood"; "Maitland, John, Rev." → "Rev. John
    Maitland"; "Berg, Ludwig (1801-1870)" → "Ludwig Berg". Other text is returned unchanged
    but for life dates at its end."""
    text = " ".join(text.split()).strip(" ,;")
    text = _INFERRED.sub("", text).strip(" ,;")  # ("Brouckner, Johann [inferred]": how it is known, not who)
    if text.startswith("[") and text.endswith("]") and text.count("[") == 1:
        text = text[1:-1]  # "[Fenwick, Margaret, 1580-1632]": named by the cataloguer
    text = _LIFE.sub("", text).strip(" ,;")
    bracketed = _BRACKETED_GIVEN.match(text)
    if bracketed and _given(bracketed.group("given")):
        return f"{bracketed.group('given')} {bracketed.group('surname')}"  # "Verneuil (Pauline de)"
    parts = [p.strip() for p in text.split(",")]
    if len(parts) < 2 or not parts[1] or not all(p[:1].isupper() or _PARTICLE_LEAD.match(p) and k == 0
                                                 for k, p in enumerate(parts[:2])):
        return text  # (but "von Strahl, H.": H. von Strahl)
    surname, given, *rest = parts
    if (fuller := _FULLER.fullmatch(given)) and _writes_out(fuller["given"].split(), fuller["full"].split()):
        given = fuller["full"]  # "Colquitt, Harriet B. (Harriet Bowen)": the initials written out (MARC's $q)
    if len(surname.split()) > 3 or len(given.split()) > 4 or any(c.isdigit() for c in surname + given) \
            or re.match(r"(?:[A-Z]\.\s?)+[A-Z][\w'’]", surname) or _FIRM_WORDS.search(surname):
        return text  # ("D. O'Hanlon, Northfield Angling Association": his initials first, then his body;
        #             "Dobson & Sons, Bransdale": a firm, then its town)
    extra = [p for p in rest if _HONORIFIC.match(p)]
    return " ".join([*extra, given, surname])


def names(text: str) -> str:
    """Several names in one field ("Ahlers, Friedrich; Ahlers, Marie", "Hollins, Thomas and
    Pryor, Samuel") in reading order, joined with "; " for the party list reader."""
    head, comma, rest = text.partition(", ")
    if comma and ";" not in text and len(head.split()) >= 2 and affiliation(rest):
        return text  # ("A. W. Pryor, Pryor & Tebb, Consulting Engineers": one person, his firm and calling)
    chunks = [c for c in re.split(r"\s*;\s*|\s*\|\s*", text) if c.strip()]
    found: list[str] = []
    for chunk in chunks:
        pieces = re.split(r"\s+(?:and|und|et|&)\s+", chunk)
        if len(pieces) > 1 and all("," in p for p in pieces):
            found += [natural_name(p) for p in pieces]
        elif len(listed := chunk.split(", ")) > 1 and all(len(p.split()) >= 2 and p[:1].isupper() and p.split()[-1][:1].isupper()
                                                          and " y " not in p for p in listed) \
                and any(p.split()[0] in GIVEN_NAMES for p in listed) and not all(w in GIVEN_NAMES for w in listed[-1].split()):
            found += listed  # ("Edwin Marsh, Lucy Tarrant", "Henry James, William Morris": names in reading order, listed;
            #                  not "Owen Jones, Mary Ann", a surname that opens with a given name, then the given names)
        else:
            found.append(natural_name(chunk))
    return "; ".join(found)


# --- sentences and dates in a phrase -------------------------------------------------------

# Words whose full stop ends no sentence: initials and the abbreviations calendars and
# catalogues use ("Mr.", "Capt.", "Recd.", "pp.", "Jan.").
ABBREVIATIONS = ADDRESS_ABBREVIATIONS + (
    "Ste Recd Govr Esq No Nos Nr Jan Feb Febr Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Sr Jr Bp Abp Mgr "
    "pp p vol Vol ca c cf viz fol fols ff ms MS Dir Chr "
    "dr prof mr jhr Jhr jkvr Jkvr mevr Mevr mej Mej dhr Dhr ds "  # (Dutch titles)
    "sig Sig sigg ing Ing avv Avv dott Dott mons Mons cav Cav "  # (Italian titles)
    "Gf Gfin Frh Frhr Frfr Fst Hzg Erzhzg v k "  # (German nobility, "v." for von, "k. k.")
    "ifj id özv").split()  # (Hungarian: "ifj. Fekete Ödön", the younger)
_ABBREVIATION = re.compile(rf"(?:^|[\s(\[.])(?:[A-ZÀ-Þ]|{'|'.join(ABBREVIATIONS)})\.$")


def ends_in_abbreviation(text: str) -> bool:
    """Whether the stop ending ``text`` is an abbreviation's or an initial's ("Mr.", "J."),
    not a sentence's."""
    return bool(_ABBREVIATION.search(text[-14:]))


def first_sentence(text: str, start: int = 0) -> int:
    """Where the sentence that starts at ``start`` ends (after its full stop), or len(text).
    A stop after an initial or an abbreviation ("Mr.", "Recd.", "N.") ends none, nor does
    the stop of a numbering that opens the text ("212. Governor …")."""
    numbering = NUMBERING.match(text, start)
    if numbering:
        start = numbering.end()
    for m in re.finditer(r"\.(?=\s+[A-ZÀ-Þ\[(\"“]|\s*$)", text[start:]):
        end = start + m.end()
        if not _ABBREVIATION.search(text[max(start, end - 12):end]) or _DEGREE_END.search(text[max(start, end - 12):end]):
            return end
    return len(text)


# A degree or an order after a name ends the sentence its stop ends ("To Nicholas Fenwyck, M.A.
# Licence to study …"), though its last letter looks like an initial.
_DEGREE_END = re.compile(r",\s*(?:M\.A|B\.A|D\.D|LL\.D|B\.C\.L|D\.C\.L|M\.D|S\.T\.P|K\.C\.B|F\.R\.S)\.$")


_SPACED_DASH = re.compile(r"\s+[–—-]+\s+(?=[A-ZÀ-Þ\[(\"“])")


def dash_end(text: str, end: int | None = None) -> int | None:
    """Where a title ends at a spaced dash after its parties ("A to B – Asks for news."), if it does."""
    for dash in _SPACED_DASH.finditer(text, 0, len(text) if end is None else end):
        if opens_with_parties(text[:dash.start()]):
            return dash.start()
    return None


_DASH_AT_END = re.compile(r"\s*[–—]+\s*$|\s+-+\s*$")


def trim_dash(title: str) -> str:
    """A title without the dash that set it off from a summary on its line ("A to B –"); a
    hyphen only where it is spaced ("Smith-" may be a broken word)."""
    return _DASH_AT_END.sub("", title)


# A title cut by the line's end: "405. The Earl of Radstow and Lord Stanton to the Mayor and"
UNFINISHED = re.compile(r"(?:\b(?i:and|the|of|to|for|at|und|an|et|à|de|du|des|ao|aos|às|al|do|da|dos|das|del|y|e)|[,&]"
                         r"|\b(?:Mr|Mrs|Dr|Rev|Capt|Sir|Hon|St)\.(?:\s+[A-Z]\.)*|\b(?:Sir|Lady|Lord|Dame))$")
_LAST_WORD = re.compile(r"[A-ZÀ-Þ][\w'’-]+\.")  # (… or ends on the next: "… and Walter" / "Carnmere.")
GOES_ON = re.compile(r"^(?:and|to|&|of|da|do|das|dos|del|e|y)\s"  # (… and its next line opens with a word that joins it on,
                      r"|^[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?,\s+(?:ao|à|aos|às|al)\s"
                      r"|^\[[^\[\]]{2,40}\],\s+[a-zà-ÿ]")
#                      or ends a name before the word for "to": "… São José, Luís Correia" over "Nogueira, ao rei …";
#                      or names the holder of the office it ends on: "… ao rei" over "[D. João V], sobre …")


def title_open(title: str) -> bool:
    """Whether a title's line ends inside its editors' brackets, to go on on the next ("… ao rei
    [D." over "João V], sobre …"; not on an initial: "… to C. D." ends there)."""
    return title.count("[") > title.count("]")


def title_cut(title: str, below: str) -> bool:
    """Whether a title's line stops where its sentence cannot: after a word that joins ("… to the
    Mayor and", "… ao"), in brackets or after an initial, or the line below opens joining it on."""
    return bool(UNFINISHED.search(title) or GOES_ON.match(below) or title_open(title))


def title_goes_on(title: str, below: str) -> bool:
    """Whether a title's line, no stop ending it, goes on on the line below: cut after a word that
    joins ("… to the Mayor and"), in brackets or after an initial, or the line below joins it on
    or ends a name ("… and Walter" over "Carnmere.", "… to Mrs. Caroline" over "Dunden. Asks …")."""
    return bool(title_cut(title, below) or _LAST_WORD.fullmatch(below.strip()) and not title.endswith(".")
                or (title.split()[-1] in GIVEN_NAMES or _NAME_CUT.search(title) and _SENTENCE_AFTER.match(below))
                and _LAST_WORD.match(below)
                or _LISTED.search(title) and not title.rstrip().endswith("."))  # ("To (1) X, (2) Maharaja" / "Y and (3) Z.")


# A name cut after two words of it, the next line ending it and opening the summary ("… and Maharaja Ram" over
# "Kishan. Says that …"): given names of any language, where GIVEN_NAMES knows only some
_NAME_CUT = re.compile(r"(?:^|\s)(?:to|from|and|&)\s+(?:[A-ZÀ-Þ][\w'’-]+\s+){1,3}[A-ZÀ-Þ][\w'’-]+$")
_LISTED = re.compile(r"(?:^|\s)\((?:\d{1,2}|[a-h])\)\s.*\s\((?:\d{1,2}|[a-h])\)\s")  # (two numbers: a list)
_SENTENCE_AFTER = re.compile(r"(?!(?:Copy|Copies|Draft|Holograph|Holog|Autograph|Signed|Endorsed|Original|Orig|Extract|Extracts|"
                             r"Abstract|Private|Secret|Confidential|Enclosure|Enclosed|Encloses|Duplicate|Dup|Triplicate|"
                             r"Translation|Transcript|Minute|Cipher|Decipher|Précis|Imperfect|Mutilated|Damaged|Unsigned)\.)"
                             r"[A-ZÀ-Þ][\w'’-]+\.\s+[A-Z][a-z]+\s")  # (not "Copy. Desires …": a calendar's formula)


def title_end(text: str) -> int:
    """Where a title that runs on into its summary on one line ends: at its first sentence's
    end, or earlier at a spaced dash after the parties."""
    end = first_sentence(text)
    dash = dash_end(text, end)
    return end if dash is None else dash


# The words a date can open with: a digit or bracket, a month, a weekday, a qualifier.
_QUALIFIERS = ("c ca cca circa about approx before after vor nach avant après apres um vers den dem am le ce the between zwischen "
               "entre tussen mezi między bez an vendémiaire brumaire frimaire nivôse pluviôse ventôse germinal floréal "
               "prairial messidor thermidor fructidor "  # (a republican year or month alone: "an XI", "thermidor an III")
               "n s o u undated no sans ohne ende anfang mitte early late im dd anno praes präs "
               # Spanish, Italian, Dutch (dates.py reads them): "después del 25/02/1792" is after it
               "después despues antes hacia h el principios finales fines mediados dopo prima verso il inizio tra fra "
               "fine na voor vóór omstreeks omstr begin eind post pre ante senza sin zonder z pt pošt "
               # Spanish "posterior al", "anterior al"; Polish "po", "przed", "ok." (około)
               "posterior anterior po przed ok około b "
               # Slovene, Croatian: "pred 22. 4. 1897", "okoli 1926", "oko 1880", "prije 1880", "brez datuma"
               "pred okoli oko prije poslije posle brez "  # ("b.d.", "b.m. i d.": bez daty, bez miejsca i daty)
               # Lithuanian: "po 1947-03-02" (after; Polish's too), "prieš 1940-05-01", "apie 1936", "b. d."
               "prieš apie "
               # Greek, Slovak, Romanian: "αρχές Μαΐου", "koncom júna", "v apríli", "după 12 ianuarie", "înainte de"
               "αρχές τέλη μέσα koncom začiatkom v după înainte nedatată "
               # Latvian: "ap 1898. gadu" (about), "starp 17. un 23. maiju" (between), "ne vēlāk par …", "bez datējuma"
               "ap starp ne "
               # Russian and Ukrainian: "около", "после", "не позднее", "біля", "після (не раніше)", "не пізніше"
               "около после не біля близько після "
               # parts of the year (dates.py's _PART_OF_YEAR), its seasons and feasts: "Pisa, Pasqua 1827"
               "lady mid début mi metà midden domingo "
               # words of doubt (dates.py's _LIKELY): "probably c. July 1747"
               "probably prob possibly perhaps presumably likely wohl vermutlich vermutl wahrscheinlich "
               # Swedish, Danish: "efter 1850", "före 1850", "omkr. 1810", "mellem …"
               "efter etter före før omkr omkring mellan mellem "
               # Russian: "Не позднее …", "Ок. 1848", "около", "после", "б. д."
               "не ок около после до б "
               # what opens a mark that the letter is undated (dates.UNDATED_MARKS): "Not dated.", "Without date"
               "not without date sine sem "
               # Hungarian: "é. n." (év nélkül: undated)
               "é").split() + SEASONS \
    + sorted({re.escape(name.split()[0]) for rows in FEASTS.values() for name in rows})  # ("julafton 1860")
# A Roman day, counted back from the Kalends, Nones or Ides: "Non. May", "prid. Id. June", "8 Id. April"
ROMAN_DAY_MARK = re.compile(r"(?:^|\s)(?:Kal|Non|Id)\.?\s", re.IGNORECASE)
_DATE_START = re.compile(rf"^[\[(<‹⟨>]{{0,2}}[¿?]?(?:\?$|\d|[lIO]\d|(?-i:c)1\d{{3}}\b|(?:{MONTH_WORD}|{'|'.join(_QUALIFIERS)})(?:\W|$)|[A-Za-zäé]+(?:day|tag|di|samedi|"
                         r"dimanche|sonnabend)|[ivxl]{1,6}$|(?-i:" + ROMAN_YEAR + r")[.,]?$|[ivx]{1,6}j°?$|[ivxl]{1,6}°$|[ivx]{1,4}[.-]\d|(?:a\.d|kal|cal|non|id|kalendas|calendas|nonas|idus|prid|pridie|"
                         r"postridie)\b)", re.IGNORECASE)  # (a Roman date: "IV Non. Ian. 1518", "a.d. XII Kal. Dec.";
#                                                   a year alone in roman numerals: "Tusculi, MDLXVI")
_ROMAN_YEAR_ALONE = re.compile(rf"{ROMAN_YEAR}[.,]?")
_DATE_END = re.compile(r"(?:\d[lIO]?|[\]?)>›⟩]|(?<=\d{4}\.)gad[aāu]|(?<=\d{4}\.\s)gad[aāu]|\d0['’]?s|\d0-talet|\d0er|\d0au|\d0-luku|(?-i:M[MDCLXVI]{3,11})|\s(?:előtt|után|körül|táján|eleje|vége|közepe)"
                       r"|(?-i:[NO]\.\s?S))[.,;:]?$")  # (… or its style: "Jan. 23, N.S.")
#                       ("1785 előtt": a Hungarian date's postposition)
#                       (OCR's "Dec. 1O."; "1850s", "1820-talet", "1850au", "1890-luku"; "anno MDXIX")
_DAY_GLUED = re.compile(r"^\d{1,2}\.(?=[^\W\d_])")  # ("1897. gada 12.februāris": the day run into its month)
_REPUBLICAN_END = re.compile(r"(?:^|\s)an\s+(?:[IVX]{1,4}|\d{1,2})[.,;:]?$")  # "16 pluviôse an X": a republican year
_BARE_MONTH = re.compile(rf"^\[?(?:\?\s?)?(?:im\s+)?(?:{MONTH_WORD}|(?:{'|'.join(SEASONS)})\b)(?:\.?\s?\?)?\.?\]?\.?$",
                         re.IGNORECASE)  # "[April]", "April.", "[? April.]", "[? Autumn]" (its year),
#                                                                       "[April?]", "Feb. ?", "im Februar"
_YEAR_FIRST = re.compile(r"^\[?\d{4}\]?(?:,?\s|\.\s?(?=[a-zà-ÿ]))")  # "1860 Mar.": a catalogue's year, then its month
#                                                           ("1838. január.": a stop, then a month in small letters;
#                                                           Latvian "1897.gada 4.februārī", "1902. gadā": the year's)
_ROMAN_MONTH_END = re.compile(r"^(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)[.,;:]?$")  # "1850 III, Paryż": its month
_MONTH_END = re.compile(rf"^(?:{MONTH_WORD}\.?[-–/])?{MONTH_WORD}[.,;:]?$", re.IGNORECASE)  # "um den 20. April" under
#                                                                        "1822.", "1851 Sep-Nov" (months of a year)
# A unit after a date's last number: the number counted pages ("1839 May. [2] p.", "1850. 3 pp.")
_PAGES_AFTER = re.compile(r"\]?\s*(?:pp?|ff?|fols?|leaf|leaves|items?)\.?(?![\w])")


# The editor's reading in brackets right after a date as written: "14 Martii 1518 [= 14 March
# 1519; Annunciation style]", "Non. Ian. 1518 [1518-01-05]", "pridie Nonas Apriles [= 4 April]".
_EQUIVALENT = re.compile(r"\s*\[(?:=\s*)?(?P<date>[^\[\];]{4,40})(?:;[^\[\]]{0,60})?\]")


def _equivalent(text: str, a: int, b: int, value: DateValue, day_first: bool | None) -> tuple[int, int, DateValue]:
    """The date found, or, where the editor gives its reading in brackets after it, that
    reading (the text kept whole: both the date as written and the editor's)."""
    m = _EQUIVALENT.match(text, b)
    if m is None:
        return a, b, value
    read = parse_date(m["date"], day_first, value.year)
    if read is None or read.start is None or value.start is None or abs(int(read.start[:4]) - int(value.start[:4])) > 1 \
            or len(read.start) < len(value.start):
        return a, b, value  # (no date, not the same one, or a vaguer one: "[copy]", "3 May 1850 [1851?]")
    return a, m.end(), replace(read, text=text[a:m.end()], notes=(*read.notes, "the editor's reading in brackets"))


# The label of a number that is a shelf mark, a leaf, a page or a box, never a year after it
_REFERENCE_BEFORE = re.compile(r"(?:\b(?:MSS?|Ms|mss?|ff?|fols?|fos?|pp?|[Nn]os?|[Nn]rn?|[Vv]ols?|Bd|[Ss]ign|[Ee]xp|[Ff]as[cz]|"
                               r"[Ll]eg|[Ll]egajo|[Cc]aja|[Bb]ox|[Ff]older|[Rr]eel|cote|[Ii]nv|S|fl|floruit)|[№#])\.?\s+$")
#                               (… or when a person flourished: "Bascom, Lyman B., fl. 1862-1865", a name's, no letter's date)
#                               (in its case: "Nykøbing F. 6.2.1832" is Falster's town, then a date)
_COLUMN_GAP = 3  # spaces, at least, between two columns of a row set with spaces
_YEAR_IN = re.compile(r"\b1\d{3}\b")


_FEAST_NAMES = {name for rows in FEASTS.values() for name in rows}


_MORE_VENETO_AFTER = re.compile(rf"\s*,?\s*{MORE_VENETO}", re.IGNORECASE)


_ADDRESS_BEFORE = re.compile(r"\b(?:Mrs?|Miss|Ms|Dr|Rev|Capt|Lady|Sir|Lord|Frau|Herr|Mme|Mlle)\.?\s+$")


def _name_stop(before: str) -> bool:
    """A name's full stop before a month set off by it ("To H. Hebblethwaite. February" under
    "1812."): not an initial's or a form of address's ("To Mrs. May", "To Miss G. June")."""
    before = before.rstrip()
    return before.endswith(".") and before[-2:-1].isalpha() and not ABBREVIATED.search(before[:-1])


# A date in parentheses: after a description, as written ("… (26 décembre 1792)."); alone on its line, a
# register's inferred date; years alone after a name, life dates (find_date reads no date there)
PARENTHESES_EXAMPLES = (("Lettre de X à Y ; sur le recrutement (26 décembre 1792).", "26 décembre 1792", {"when": "1792-12-26"}),
                        ("Lettre adressée à X, projets de mariage (après le 13 août 1792).", "après le 13 août 1792",
                         {"notBefore": "1792-08-14"}),
                        ("Saisie de lettres adressées à X (13 septembre-27 novembre 1792).", "13 septembre-27 novembre 1792",
                         {"from": "1792-09-13", "to": "1792-11-27"}),
                        ("Lettre de X à Y ; recommandations ([1793]).", "[1793]", {"when": "1793", "cert": "medium"}),
                        ("Lettre de X à Y (s.d.).", "s.d.", None),
                        ("(Seeburg, 1523 März 12.)", "1523 März 12", {"when": "1523-03-12", "cert": "medium"}),
                        ("2 Briefe an den Amtmann Friedrich Brauneck (1744-1811)", None, None))


def find_date(text: str, start: int = 0, day_first: bool | None = None, year: int | None = None,
              longest: int = 11) -> tuple[int, int, DateValue | None] | None:
    """The first date written in ``text`` after ``start`` (see _find_date); "m. v." after it is
    part of it (Venetian style: "7 gennaio 1764 m. v." is 7 January 1765)."""
    found = _find_date(text, start, day_first, year, longest)
    if found and found[2] is not None and (marker := YEAR_WORD_AFTER.match(text, found[1])):
        found = (found[0], marker.end(), found[2])  # ("6.05.1878 р. До X": the year's word, Russian "г.", Ukrainian "р.")
    if found and found[2] is not None and (veneto := _MORE_VENETO_AFTER.match(text, found[1])) \
            and (value := parse_date(text[found[0]:veneto.end()], day_first, year)) is not None:
        return found[0], veneto.end(), value
    return found


def _find_date(text: str, start: int = 0, day_first: bool | None = None, year: int | None = None,
               longest: int = 11) -> tuple[int, int, DateValue | None] | None:
    """The first date written in ``text`` after ``start``: (start, end, value); value None for
    a date the text says is unknown ("undated", "o. D.", "s. d."). Words are tried from each
    position, the longest reading first, so "9 or 16 June 1862" is one date, "n.d. [c. 1851]" too
    (eleven words: "29 de abril de 1806 - 10 de febrero de 1807").
    Only words a date can open and end with are tried, so the cost stays a few regular
    expressions per word."""
    # (an em dash parts an item's parts: "…de la corte.—Lisboa, 29 de diciembre de 1652.—Autógrafa.")
    words = [(m.start(), m.end()) for m in re.finditer(r"[^\s—]+", text)]
    # (a date ends at a column's gap: "1865 prosinec      1" is December 1865, its box the 1)
    gaps = [k for k in range(len(words) - 1) if words[k + 1][0] - words[k][1] >= _COLUMN_GAP]
    for i, (a, _) in enumerate(words):
        if a < start or not _DATE_START.match(text[a:words[i][1]]) or a and _REFERENCE_BEFORE.search(text, max(0, a - 12), a):
            continue  # (nor a number a reference gives: "[MS. 1242, ff. 140-142v.]", "fol. 1745")
        if a and text[a].isalpha() and _ADDRESS_BEFORE.search(text, max(0, a - 8), a):
            continue  # ("To Mrs. May. 9 June.": a surname)
        if _ROMAN_YEAR_ALONE.fullmatch(text, a, words[i][1]) and re.match(r"\s*[^\W\d_]", text[words[i][1]:]):
            continue  # ("MDCL Trust": a name's capitals; "Tusculi, MDLXVI . . . 4" a year)
        unread: tuple[int, int, DateValue] | None = None
        # (the words up to the next gap after a year: "Jan.   5. To X" goes on, a day set in a column)
        within = next((k - i + 1 for k in gaps if k >= i and _YEAR_IN.search(text, a, words[k][1])), len(words) - i)
        for n in range(min(longest, len(words) - i, within), 0, -1):
            b = words[i + n - 1][1]
            while text[b - 2:b] == "..":  # "1860 Mar..": an abbreviation's stop, then the record's
                b -= 1
            piece = text[a:b].rstrip(",;: ")
            if not any(c.isdigit() for c in piece) and not ANNO_ROMAN.search(piece) and not ROMAN_YEAR_END.search(piece) \
                    and not _REPUBLICAN_END.search(piece):  # ("anno MDXIX", "an XI": a year)
                if n <= 3 and UNDATED.match(piece):
                    return a, a + len(piece), None
                if n <= 3 and piece[:1] == "(" and (inside := re.fullmatch(r"\((.+)\)\.?", piece)) and UNDATED.fullmatch(inside[1]) \
                        and text[:a].strip(" ,.;:—–-"):
                    return a + 1, a + 1 + len(inside[1]), None  # ("… projets de mariage (s.d.).")
                if year is not None and n <= 4 and ROMAN_DAY_MARK.search(piece) \
                        and (value := parse_date(piece.rstrip("."), day_first, year)) is not None:
                    return a, a + len(piece.rstrip(".")), value  # "prid. Non. March." under "1395.": its day
                if year is not None and n <= 4 and piece.rstrip(".").lower() in _FEAST_NAMES \
                        and (value := parse_date(piece.rstrip("."), day_first, year)) is not None:
                    return a, a + len(piece.rstrip(".")), value  # "Brighton, Christmas Day" under "1804.": that day
                if n == 1 and _WEEKDAY.match(piece) and b >= len(text.rstrip(" .")):
                    return a, a + len(piece), None  # "Lyme, Sunday": a day of the week, the only date given
                if n <= 2 and year is not None and _BARE_MONTH.match(piece) and b >= len(text.rstrip(" .")) \
                        and (piece[0] == "[" or piece.rstrip(".]").endswith("?") or text[:a].rstrip().endswith(",")
                             or _name_stop(text[:a])) \
                        and (value := parse_date(piece.rstrip("."), day_first, year)) is not None:  # (not "To Mrs. May")
                    return a, a + len(piece.rstrip(".")), value  # "Wexcombe, [April]" under "1832": its month
                continue
            closing = piece.endswith((")", ").")) and piece.count(")") == piece.count("(") + 1 \
                and text[:a].count("(") > text[:a].count(")")
            if closing:  # "(Seeburg, 1523 März 12.)": a register's inferred date, in parentheses
                piece = piece[:piece.rindex(")")]
            enclosed = piece[:1] == "(" and piece.rstrip(".").endswith(")") and piece.count("(") == piece.count(")") == 1 \
                and text[:a].strip(" ,.;:—–-") != ""
            # "… sur le recrutement des volontaires (26 décembre 1792).": a description's date in its parentheses, as
            # written (not supplied); a line that is its date alone in them is a register's inferred date (above)
            shift = 1 if enclosed else 0
            if enclosed:
                piece = piece[1:piece.rindex(")")]
            if piece[:1] in ",;:" or piece.count("(") != piece.count(")"):
                continue
            last = text[words[i + n - 1][0]:b].rstrip(",;: ")  # ("1. VIII. 1875.: šalje …": its colon)
            if not _DATE_END.search(text, max(a, words[i + n - 1][0] - 1), a + shift + len(piece)) and not ((year is not None or _YEAR_FIRST.match(piece))
                                                   and (_MONTH_END.match(_DAY_GLUED.sub("", last)) or _ROMAN_MONTH_END.match(last)
                                                        or last in TWO_LETTER_MONTHS and not re.match(r"\s+[A-Z][a-z]", text[b:])
                                                        and not re.match(r"\s+[a-zà-ÿ]", text[b:]))) \
                    and not _REPUBLICAN_END.search(piece):
                continue
            for candidate in ([piece[:-1], piece] if piece.endswith(".") else [piece]):
                if _PAGES_AFTER.match(text, a + shift + len(candidate)):
                    continue
                value = parse_date(candidate, day_first, year)
                if value is None and n <= 2:
                    value = month_in_roman_after(text[:a], candidate)  # "Lwów, XII 1887"
                if value is not None and closing:
                    value = replace(value, cert=value.cert or "medium", notes=(*value.notes, "supplied"))
                if value is not None and enclosed and not re.search(r"[^\W\d_]", candidate) and candidate[:1] != "[":
                    continue  # ("Friedrich Brauneck (1744-1811)": his life, years alone in parentheses, no date of a letter)
                if value is not None:
                    return _equivalent(text, a + shift, a + shift + len(candidate), value, day_first)
                if unread is None and (value := unread_date(candidate, day_first, year)) is not None:
                    unread = a, a + len(candidate), value
        if unread is not None:  # "30 February 1842": kept whole, not read as "February 1842"
            if (m := _EQUIVALENT.match(text, unread[1])) and (read := parse_date(m["date"], day_first, None)) is not None:
                # "14 Nisan 5682 [1922 Apr 12]": another calendar's year, the editor's reading after it
                return unread[0], m.end(), replace(read, text=text[unread[0]:m.end()],
                                                   notes=(*read.notes, "the editor's reading in brackets"))
            return unread
    return None


def same_place(entry: Entry, before: Entry | None, words: re.Pattern[str]) -> None:
    """"Ibid.", "Smst." for a place (``words`` says which): written where the entry before was,
    no place where it had none."""
    if words.match(entry.fields.get("place", "")):
        del entry.fields["place"]
        if before is not None and before.fields.get("place"):
            entry.fields["place"] = before.fields["place"]


def paragraphs(lines: Sequence[Line]) -> list[list[Line]]:
    """Runs of non-blank lines."""
    found: list[list[Line]] = [[]]
    for line in lines:
        if line.kind == "blank":
            if found[-1]:
                found.append([])
        else:
            found[-1].append(line)
    return [p for p in found if p]


def set_summary(entry: Entry, parts: list[list[tuple[int, str]]]) -> None:
    """The summary paragraphs of an entry, each a list of (line, text)."""
    parts = [p for p in parts if p and any(t.strip() for _, t in p)]
    entry.summary = [" ".join(t.strip() for _, t in p if t.strip()) for p in parts]
    entry.summary_paragraphs = parts
    if parts:
        entry.summary_lines = (parts[0][0][0], parts[-1][-1][0])
        entry.last_line = max(entry.last_line, parts[-1][-1][0])
