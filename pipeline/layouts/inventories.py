"""Archive inventories: numbered paragraphs, one item each, the numbers running on.

::

    Hoofdstuk III. Brieven
    113   22 september 1827. — Brief van dr. Willem Roos aan Cornelis de Wit. Betreft boeken.
    114. dr. Dirk Hoogland aan Jan Roos, 14 december 1838. Met enveloppe.
    115.  Haarlem, 15 mei 1851
    Brief van Cornelis de Wit aan Catharina Sluis.
    Over de aankoop van boeken.

    Serie IV. Carteggio
    1. s.l., 1840
        Orlandini Pietro a Ferrandi Vincenzo (prof.): sui lavori della chiesa.
    2. Lettera di Giuseppe Vezzi a don Luigi Cava, Roma, 1878?, sulla vendita della villa.

An entry (an item) starts at a line that opens with its number, where the numbers run on
(each one more than the last, or a few more: an item may be missing): that run is what
sets an inventory apart from a summary that opens with a figure. Its date is the first
written in it: on the line of its own after the number ("Haarlem, 15 mei 1851", "s.l.,
1840"; the place before it is the place of writing, "s.l." none), the title then the next
line; or within the item, the title the words before it ("A aan B, Haarlem, 14 december
1838": Haarlem the place) or the sentence after it ("22 september 1827. — Brief van A aan
B."). What follows is the summary, as written ("sui lavori della chiesa" after a title's
colon too). Lines between items that open with no number are headings (chapter, series,
box), reported.

The layout is listed last and counts one less, so a tie goes to the others (a near tie is
settled by reading: read.choose); it counts the items that hold a date and a party word
("aan", "a", or a capital "An X", "Von X" opening a register's item), not a library
catalogue's records headed by their writer ("1. Kemp, Edward, 1769-1812. Letter, …"), whose
life dates it would take for the letter's date.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from collections.abc import Sequence

from .. import doctypes
from ..dates import MONTH_NAMES, UNDATED_MARKS, WEEKDAYS, DateValue, roman_number
from ..lines import NO_PLACE, ROMAN_ITEM, EXTENT_ALONE, Line, continued, opens_with_parties
from ..inflection import HUNGARIAN_GIVEN_IN_CASE, SOUTH_SLAVIC_FIRST_NAMES, hungarian_nominative
from ..listing import Entry, Listing
from ..titles import _TITLES, GIVEN_NAMES, NOT_PLACES, UNKNOWN, looks_like_name, office_only, parse_title, record_heading
from . import Layout, no_entries, unused
from .builtin import read_head
from .shared import SAME_DAY
from .records import label
from .shared import ends_in_abbreviation, find_date, first_sentence, indented, paragraphs, running_head, set_summary, title_case

# An item's number at its line's start: "113   …", "114. …", "115.  …"
_NUMBER = re.compile(r"^(?:(?i:n\.?º|no\.|nr\.|exp\.|expediente|doc\.|fasc\.|inv\.\s?č\.|č\.)\s*)?(?:\d{1,3}/)?"
                     # (or a reference's path, the item's number its last part: "HK Dacre 3A.1.1.4. TLS from X")
                     r"(?P<path>(?:[A-Z][A-Za-z]{0,10}\s){1,2}\d{1,3}[A-Z]?\.(?:\d{1,3}[A-Z]?\.)+)?"
                     rf"(?P<n>\d{{1,5}}|[ivx]{{1,6}}(?=\.[A-Z]|\.\s+{ROMAN_ITEM}))(?P<suffix>[A-Z](?=\.))?"  # (or "xiv.ALS from X")
                     r"(?:[-–](?P<to>\d{1,5})(?=\s{2,})|[-–](?P<upto>\d{1,3})(?=\.\s))?"  # ("12-14   Brieven van J. Boon, …",
                     #                 "4-6. Saisie de lettres …": several numbers, one item; the next item's number says so, _starts)
                     r"(?:\.\s*[—–]\s+(?=[\[\dSs])|\.[-–]\s*|\.\s*|\)\s*|\s{2,}|\s+[—–]\s+(?=[^\W\d])|\s(?=[A-ZÀ-Þ\[][\w\[]|1\d{3}\b))(?=\S)")
#                    ("4.- La República de naturales de X a Y": a Spanish catalogue's stop and dash)
#                    ("N.º 4. Carta de …", "1231 — Carta de …", "Exp. 7. …", "6 Auto del Cabildo …"; not
#                    "No. 12 — 3 May 1850 — …", a user's layout)
# … or a file's number on a line of its own over the file's title, as Russian inventories set
# their units in blocks: "Ед. хр. 4" over "Письма А. Д. Завьялова А. С. Загорскому (7)." over
# "1842, 3 окт. – 1843, 15 июля. Автограф. 14 л."
_FILE_LABEL = re.compile(r"^(?:Ед\.\s?хр\.|Дело|Д\.|Exp\.|Expediente|Doc\.|Documento|[Ff]asc\.)\s*№?\s*(?P<n>\d{1,5})[а-яa-z]?\.?$"
                         r"|^(?!1\d{3}\.$)(?P<bare>\d{1,4})\.$")  # (… or its number alone: "101." over a regesto's heading; not a year)
# (… or a file's card, "Exp. 7" over its labelled lines: "Fecha: 1814", "Lugar: s.l.", "Contenido: Carta de …")
# (a box's number before its item's: "5/1     1796, febrero, 22, …", the item's date and title in columns)
_COLUMNS = re.compile(r"\s{2,}")
# A printed page's head, its number then the running title set far apart: "2        ELEANOR MARSH"
_PAGE_HEAD = re.compile(r"^\d{1,4}\s{8,}[^a-z]+$")
# A volume's shelf mark over its description, no item: "1216 III", "1216/II"
_SHELF_MARK = re.compile(r"^\d{1,6}\s?/?\s?[IVX]{1,4}\.?$")
_STEP = 3  # an item's number is at most this much more than the last one's (items missing)
# "Haarlem, " / "'s-Gravenhage, " / "s.l., " / "Firenze " before a date on the number's line:
# where it was written.
_TOWN = r"(?:['’]s-|['’]t\s|Ste?\.?\s)?[A-ZÀ-Þ][\w'’-]+(?:[ -](?:St\.?\s)?[A-ZÀ-Þ][\w'’-]+)?(?:\s+a\.\s?(?:d\.\s?)?[A-ZÀ-Þ]\w*\.?)?"
#                                     ("Frankfurt a. M.", "Halle a. d. Saale", "St. Albans", "Hambury St. Giles")
_PLACE_NAME = rf"(?:[sS]\.\s?l\.|[sS]\.l\b|s\.\s?d\.\s?l\.|z\.\s?p\.|o\.\s?O\.|{_TOWN})"  # ("S.l.", "s.l": not "S. L. Pérez")
_PLACE = re.compile(rf"^(?P<place>{_PLACE_NAME}),?\s+(?=\S)")
# A place of several words joined by a particle: "Santiago de Chile", "Frankfurt am Main",
# "Alcolea del Río Seco", "San Millán de la Vega" (not "Carta de Juan Pérez", a title: see _place_alone)
_JOINED_TOWN = rf"{_TOWN}\s+(?:de|del|de\s+la|de\s+los|da|do|di|am|an\s+der)\s+[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?"
_JOINED_PLACE = re.compile(rf"^(?P<place>{_JOINED_TOWN}),\s+(?=\S)")
_PLACE_ALONE = re.compile(rf"^(?:{_PLACE_NAME}|{_JOINED_TOWN})$")  # (after an item's date alone)
# A place's first words at the end of a line, its last on the next before the date: "… stayed this
# year. Hambury St." / "Giles, Feb. 1584/5.", "… Dated at Oakhurst" / "Parva, 29 Oct. 1586."
_WRITTEN_AT = re.compile(r"^(?:From|At|Dated\s+at|Dat\.?\s+apud|Datum\s+apud)\s+(?=[A-Z])")  # (before a place)
# A place at a line's end, its date on the next line: "… Cordera. Tecolutla del Real, a" / "6 de abril de 1781."
_PLACE_BEFORE_ITS_DATE = re.compile(r"(?<=[.;:])\s+(?P<place>[A-ZÀ-Þ][\w'’ -]{1,60}?)(?:,\s*(?:a|le|den|am|on|the))?,?$")
# Where a calendared letter says it was given, at the end of its abstract, before its date
_DATED_AT = re.compile(r"\b(?:Dat\.|Datum|Dated|Given|Written)\s+(?:apud|at|in|from)\s+"
                       r"(?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:St\.\s+)?[A-ZÀ-Þ][\w'’-]+)?)[,\s]*$")
_DAY_LEAD_END = re.compile(r",\s*(?:a|le|den|am|on|the|this)$")
_DAY_WORDS_AFTER = re.compile(r"(?:,?\s+(?:on|the|this))+$")  # "From Crowle, on St. Luke's day", "Aldmere, this 5th …"
_PLACE_CUT_AT_END = re.compile(r"(?:^|[.;:]\s+|\b(?:at|from|From|At)\s+)(?P<place>(?:[A-Z][\w'’-]*\.?\s+){0,2}"
                               r"(?:[A-Z][\w'’-]*|St|Gt|Lt)\.?)$")
_NO_PLACE = re.compile(rf"anno|{NO_PLACE.pattern}", re.IGNORECASE)  # (or a year's word read as a place: "anno")
# A place after the parties and before the date: "A aan B, Haarlem," / "A a B, Firenze"
_PLACE_AT_END = re.compile(rf"[,.]\s*\[?(?P<place>{_JOINED_TOWN}|{_TOWN}|s\.\s?l\.|o\.\s?O\.)\]?\s*[,;]?$")  # ("…. [Bilbao]")
# A description in lower-case abbreviations after an item's title: ". eh. Br.", ". m. U."
_LOWER_ABBREVIATION = re.compile(r"\.\s+(?=[a-zäöüéè]{1,4}\.\s)")
_WEEKDAY_END = re.compile(rf",\s*(?:{WEEKDAYS})\.?$", re.IGNORECASE)  # "Berlin, Sonnabend, 27. März 1841"
# A place between an item's leading date and its title: "1836 Februar 14. Göttingen. An X",
# "[30. 5. 1837], Kassel: An X"
_PLACE_LEAD = re.compile(rf"^\[?(?P<place>{_TOWN}|s\.\s?l\.|o\.\s?O\.|b\.\s?m\.)\]?(?:(?<=\.)|\s*[.:])\s+(?=\S)")
#                           ("1852 III 26, [Tarnów]. — A do B", "1859 II 21, b.m. — A do B": supplied, or none)
# A side said with a capital, as registers of one person's letters open an item: "An X", "Von X".
_SIDE_WORD = re.compile(r"(?:^|[\s.:;])(?:An|Von|To|From|Aan|Van|Till|Från|Para|De|Do)\s+"
                        r"(?:(?:[a-zà-ÿ]{1,5}\.?\s+){0,2}[A-ZÀ-Þ]|(?:denselben|demselben|derselben|dieselbe|the same)\b)")
# Words that say the parties of a letter, in the inventories' languages.
# ("aan de heer B", Spanish "al Consulado", Polish "do Tadeusza"; an office: "X, parson of Y, to the bishop")
_PARTY_WORD = re.compile(r"\s(?:to|aan|a|al|an|à|ao|aos|para|do)\s+(?:[a-zà-ÿ]{1,5}\.?\s+){0,2}[A-ZÀ-ÞŁŚŻŹ]"
                         r"|\sto\s+the\s+[a-z]{3,}"
                         # (Hungarian, the cases saying the sides: "X levele", "Varga Károlynak", "Ádámhoz")
                         r"|\s(?:levele|levelei|levelének|levélfogalmazványa|levelezőlapja|távirata)(?=[\s.,;]|$)"
                         rf"|(?:^|\s)[A-ZÁÉÍÓÖŐÚÜŰ][a-záéíóöőúüű]+\s{HUNGARIAN_GIVEN_IN_CASE}(?=[\s.,;]|$)"
                         # (… a Hungarian given name in the case: not Czech "Josef Malínek")
                         r"|\s[a-záéíóöőúüű]{4,}(?:jának|jének)(?=[\s.,;]|$)|(?:^|\s)(?i:ugyanaz|ugyanannak|ugyanazon)(?=[\s.,;]|$)")
#                         ("Pest vármegye alispánjának": to its holder; "Ugyanannak": to the same)
# … and a letter's sender after its type word, as a person's papers list what they received: "Brief van X"
_UNDATED_START = re.compile(rf"(?:^|\.\s)(?:{UNDATED_MARKS})", re.IGNORECASE)  # ("… Загорскому. Б. д. Автограф.")
_TYPED_FROM = re.compile(r"(?i:brief|brieven)(?:\s+\(\d+\))?\s+van\s+(?:[a-z]{1,5}\.?\s+){0,2}[A-ZÀ-Þ]"
                         r"|(?i:carta|cartas)(?:\s+\(\d+\))?\s+(?:de|del)\s+(?:[a-zñ]{1,5}\.?\s+){0,2}[A-ZÀ-Þ]"  # "Cartas (5) de don X"
                         r"|(?:Lettre|Lettres|(?:Minute|Copie)\s+de\s+la\s+lettre)(?:\s+\(\d+\))?\s+(?:de|du|des|d['’])\s*"
                         r"(?!(?:naturalité|noblesse|anoblissement|légitimation|change|provisions?|grâce|rémission|cachet|"
                         r"marque|sauvegarde|répit|jussion|abolition|committimus|sauf-conduit)\b)"  # (acts named "lettres de …")
                         r"(?:[a-zéè]{1,12}\s+){0,3}[A-ZÀ-Þ]"  # "Lettre du duc de X", "Lettre des capitouls de Toulouse"
                         r"|(?:Dopis|Dopisy|Lístek|Lístky|Koncept|Koncepty)(?:\s+\(\d+\))?\s+(?:dopisu\s+)?(?:[a-zěščřžýáíéůú]{2,12}\s+){0,2}"
                         r"[A-ZÀ-ÞČŠŽŘĎŤŇ]"  # Czech: "Dopis sestry Johany", "Dopisy (30) Ludmily X", the case names the side
                         r"|(?:Pismo|Pisma|Pismi|Dopisnica|Dopisnice|Razglednica|Razglednice|Brzojavka|Voščilnica|Okrožnica|"
                         r"Obvestilo|Prošnja|Molba|Vizitka|(?:Koncept|Prepis|Prijepis)\s+pisma)\s+(?:[a-zčšžćđ]{1,6}\.?\s+){0,2}"
                         r"(?:[A-ZČŠŽĆĐ]|istemu\b|isti\b|istega\b|iste\b)")  # Slovene, Croatian: "Pismo Ivanu Kosu", "Pismo istemu"


def _starts(lines: Sequence[Line]) -> list[int]:
    """The lines that open an item: numbered (or led by their leaves), not indented (or all
    indented alike, "  fasc. 1  …"), in a run of numbers; and, among them, an item that has
    no number of its own (see _unnumbered)."""
    found_at = {i: (m, len(line.raw) - len(line.raw.lstrip(" \t"))) for i, line in enumerate(lines)
                if line.kind not in {"blank", "long", "separator"}
                and (m := _NUMBER.match(line.text) or _FOLIO_LEAD.match(line.text) or _label(lines, i)
                     or _folio_alone(lines, i)) is not None
                and not _PAGE_HEAD.match(line.raw.strip()) and not _SHELF_MARK.match(line.text)
                and not (m.re is _NUMBER and _heading_of_section(lines, i, m))}
    if not found_at:  # (no numbered item: no inventory, whatever else its lines open with)
        return []
    margins = Counter(margin for _, margin in found_at.values())
    margin = min(m for m, n in margins.items() if n >= 2 or m == 0) if any(n >= 2 or m == 0 for m, n in margins.items()) \
        else min(margins)  # (the items' margin: the least that opens two of them)
    numbered = {i: m for i, (m, at) in found_at.items() if at == margin}
    ranged = sorted(numbered)
    for k, i in enumerate(ranged):  # "4-6. Saisie …" is items 4 to 6 where the next is 7 (not "3–5. Oryg.", a leaf's range)
        m = numbered[i]
        if m.re is _NUMBER and m["upto"] and (k + 1 == len(ranged) or not (nxt := numbered[ranged[k + 1]]).re is _NUMBER
                                              or (nxt["n"] or "") != str(int(m["upto"]) + 1)):
            del numbered[i]
    inverted = sum(1 for i, m in numbered.items() if _INVERTED.match(lines[i].text[m.end():])) >= 2
    found: list[int] = []
    last = None  # the last item's number (one more for each item without one)
    unnumbered = 0  # items since the last number
    for i, line in enumerate(lines):
        m = numbered.get(i)
        if m is None:
            if _unnumbered(lines, i, last is None, inverted):
                found.append(i)
                last, unnumbered = (last or 0) + 1, unnumbered + 1
            continue
        if m.re in (_FOLIO_LEAD, _FOLIO_ALONE):  # "k. 10: Tenże do …": an item, its leaves no count of the items
            found.append(i)
            last, unnumbered = (last or 0) + 1, unnumbered + 1
            continue
        n = _count(m.group("n") or m.group("bare"))
        if last is None or 0 < n - last <= _STEP or n == 1 and last > 1 or 1 < n <= 1 + unnumbered < last \
                or n == last and m.groupdict().get("suffix"):  # ("4512A." after 4512.: a letter found later)
            found.append(i)  # (numbered anew: the next volume's; or after items without numbers)
            to = m.groupdict().get("to") or m.groupdict().get("upto")
            last, unnumbered = (int(to) if to and 0 < int(to) - n <= 50 else n), 0
    return found


# A manuscript catalogue's item led by its leaves, not by a number: "k. 1–3: List …", "ff. 12-14.
# Letter …", "Bl. 5: Brief …"
_FOLIO_LEAD = re.compile(r"^(?:k|ff?|fol?|Fo|Bl|S)\.\s?(?P<n>\d{1,4})[rv]?(?:\s?[-–]\s?\d{1,4}[rv]?)?(?::|\.(?=\s+[A-ZÀ-Þ]))\s+(?=\S)")
# … or by its leaf on a line of its own, the item indented under it: "[fo. 6]" / "    To the archdeacon …"
_FOLIO_AT_END = re.compile(r"\s{3,}\[?(?P<folio>(?:ff?|fol?|Fo|Fol)\.\s?\d{1,4}[rv]?)\]?$")


def _folio_off(line: Line, found: list[str]) -> Line:
    """The line without the folio set after a gap at its end (kept in ``found``)."""
    m = _FOLIO_AT_END.search(line.text.rstrip())
    if m is None:
        return line
    found.append(m["folio"])
    raw = _FOLIO_AT_END.sub("", line.raw.rstrip()) if line.raw else line.raw
    return replace(line, text=line.text.rstrip()[:m.start()], raw=raw)


_FOLIO_ALONE = re.compile(r"^\[?(?:ff?|fol?|Fo|Fol)\.\s?(?P<n>\d{1,4})[rv]?\]?$")


def _folio_alone(lines: Sequence[Line], i: int) -> re.Match[str] | None:
    found = _FOLIO_ALONE.match(lines[i].text.strip())
    return found if found and i + 1 < len(lines) and lines[i + 1].kind not in {"blank", "separator"} \
        and indented(lines[i + 1]) else None


# A register's item, the writer's name inverted before a comma: "Jasieński Wojciech, Olszanka …"
_INVERTED = re.compile(r"^[A-ZÀ-ÞŁŚŻŹ][\w'’-]+\s+[A-ZÀ-ÞŁŚŻŹ][\w'’-]+(?:\s+\([^()]*\))?(?:,\s|$)")
# How an item opens that has lost its number (or a catalogue's list that has none): a type word
# ("List X do Y", "Odpis listu …", "Brief van …"), a side ("Do X", "An X"), the same writer again
# ("Tenże do …", "Ders. an …"), a count of letters ("3 listy do …")
_ITEM_OPENING = re.compile(r"^(?:\d{1,3}\s+)?(?:(?i:list|listy|odpis\s+listu|brulion\s+listu|brudnopis\s+listu|"
                           r"kopia\s+listu)\b|(?:Tenże|Taż|Ders\.|Derselbe|Dieselbe|The same|Le même|La même|Lo stesso|"
                           r"El mismo|La misma)\s)")


def _unnumbered(lines: Sequence[Line], i: int, first: bool, inverted: bool) -> bool:
    """An item without a number among numbered ones: it opens as an item does (or as the
    register's numbered items do, a name inverted), names a side and holds a date, and the line
    above ends the item before it (or the list's head, "Zawiera:"); after a blank line only the
    first item of a list, as a heading between items is set off by blank lines."""
    line = lines[i]
    if line.kind not in {"text", "heading", "date+text"} or indented(line) or not i:
        return False
    text = line.text
    if not (_ITEM_OPENING.match(text) or _SIDE_WORD.match(text) or inverted and _INVERTED.match(text)
            or doctypes.opens_with_type(text)):
        return False
    k = i - 1
    if lines[k].kind == "blank" and not first:
        return False
    while k and lines[k].kind == "blank":
        k -= 1
    above = lines[k].text.rstrip()
    if not above.endswith((".", ":", "]", ")")) or ends_in_abbreviation(above):
        return False
    below = lines[i + 1].text if i + 1 < len(lines) and lines[i + 1].kind not in {"blank", "separator"} else ""
    both = f"{text} {below}"
    return (_PARTY_WORD.search(f" {both}") is not None or _SIDE_WORD.match(text) is not None
            or _INVERTED.match(text) is not None or _TYPED_FROM.search(text) is not None) \
        and find_date(both, 0) is not None


# A head cut inside its date: it ends in a comma, a day or a month ("… Lublin, 23 VII", "…, 31
# oktober"), not in a word ("… aan mevrouw Trijntje Post" over "Zwolle, augustus 1830.").
_CUT = re.compile(rf"(?:,|\s[-–]|\b\d{{1,2}}|\b[IVX]{{1,4}}|\b(?i:{MONTH_NAMES})\.?|\s(?:de|del|la|los|y|e|a|di|van|von|of|and|"
                  rf"im|den|dd\.|Anno|(?i:praes)\.|\d{{1,2}}(?:ten|sten)))$")  # ("… Wien, im" / "Monath 8bris 1747")
#                                                            (or in a word that cannot end it: "…, 4 de" / "septiembre de 1790")


# A head whose title has ended, cut in the place after it: "… a don X. Puerto de Santa" over
# "Clara, 6 de febrero de 1815." (after a word's stop, not an initial's: "… a D. Anselmo")
_PLACE_CUT = re.compile(r"(?<=[a-zà-ÿ])\.\s+[A-ZÀ-Þ][\w'’-]+(?:\s+(?:de|del|de\s+la|de\s+los|[A-ZÀ-Þ][\w'’-]+))*$")


# A title under its item's date line, cut by a wrap: it ends in a word no title ends in (a
# particle, a conjunction, a form of address, a given name): "… Amigos del" / "País de Valencia.",
# "… y a Antonio" / "Valcárcel.", "… a fray" / "Antonio Sarasola."
_TITLE_CUT = re.compile(r"(?:,|\s(?:de|del|de la|y|e|a|al|di|van|von|of|and|to|aan|an|do|"
                        r"die|der|den|dem|das|des|und|zu|im|v\.|k\.\s?k\.|Grafen|Gräfin|Gfin\.|Gf\.|Frh\.|Hofrat|Amtmann|Verwalter|Pfarrer))$")
#                         ("… an die" / "Gfin. Maria Anna v. Straßnitz.", "… Johann Joseph v." / "Hirschheim")


# … or one that goes on in a name's particle ("… al Consulado de Comercio" / "de Torrealba de
# Campos, …"), or in the rest of a name that had only one surname ("… a Bernardo Peralvo" /
# "Sanz.", "… don Fernando Montalbán" / "Olmedilla, le pide …"; not "Copia.", how it is kept)
_GOES_ON = re.compile(r"^(?:de|del|de\s+la|de\s+los|y|e)\s+[A-ZÀ-Þ]")
_KEPT = re.compile(rf"^(?:{'|'.join(NOT_PLACES)})$", re.IGNORECASE)
_NAME_TAIL = re.compile(r"^(?P<tail>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:y|e)\s+[A-ZÀ-Þ][\w'’-]+)?)(?:\.$|,\s+[a-zà-ÿ])")


def _title_cut(title: str, below: str = "") -> bool:
    words = title.split()
    last = words[-1] if words else ""
    if _TITLE_CUT.search(title) or last in GIVEN_NAMES or re.fullmatch(_TITLES, last):
        return True
    if not below or title.endswith((".", ";", ":", ")")):
        return False
    tail = _NAME_TAIL.match(below)
    return bool(_GOES_ON.match(below) or tail and len(words) >= 2 and words[-2] in GIVEN_NAMES
                and last[:1].isupper() and not _KEPT.match(tail["tail"]))


def _dated_line(text: str, listing: Listing) -> bool:
    """"Zwolle, augustus 1830. 1 stuk.", "1800 juli 3   1 katern": a line that opens with its
    date (after a place), under an item's title."""
    place = _PLACE.match(text)
    found = find_date(text[place.end():] if place else text, 0, listing.day_first)
    return found is not None and found[0] == 0


def _unnumbered_item(part: Sequence[Line], listing: Listing) -> bool:
    """A paragraph between the items that is a letter without a number: its date line (perhaps
    after a place, or with a place after it) over a title that names parties."""
    if len(part) < 2 or not _dated_line(part[0].text, listing) or len(part[0].text) > 80:
        return False
    title = part[1].text
    typed = doctypes.find(title)
    return bool(_PARTY_WORD.search(f" {title}") or _TYPED_FROM.search(title) or _SIDE_WORD.search(title)
                or opens_with_parties(title) or typed and typed[0] == "letter" and typed[2] <= 12)


def letter_item(lines: Sequence[Line]) -> bool:
    """A paragraph that is one numbered item naming a letter and its date ("342. Carta de A a B,
    …" over "[1796]. S.l."): as the other layouts find an inventory's item among their own."""
    if not lines or not (number := _NUMBER.match(lines[0].text)) or len(lines) > 8:
        return False
    text = " ".join(line.text for line in lines)
    return bool(_TYPED_FROM.search(text) or _PARTY_WORD.search(text[number.end():])) and find_date(text, number.end()) is not None


def _place_alone(text: str) -> bool:
    return _PLACE_ALONE.match(text) is not None and doctypes.find(text) is None \
        and not re.match(r"(?:Van|Aan|Von|An|To|Till|Til|Para)\s", text)  # (not "Van Coenraad de Jongh, 1840 …")


def _label(lines: Sequence[Line], i: int) -> re.Match[str] | None:
    """A file's number on a line of its own ("Ед. хр. 4"), its title on the line below."""
    found = _FILE_LABEL.match(lines[i].text.strip())
    return found if found and i + 1 < len(lines) and lines[i + 1].kind not in {"blank", "separator"} else None


def _heading_of_section(lines: Sequence[Line], i: int, number: re.Match[str]) -> bool:
    """"1  Algemeen" over "1     Stukken …", "2  Jacob van der Linden, 1768-1841" (a person and
    life dates) over "2.1  Ingekomen brieven": a section's heading, numbered as the items are."""
    if _person(lines[i].text[number.end():]) or _PART_WORD.match(lines[i].text[number.end():]):
        return True
    below = next((line for line in lines[i + 1:i + 4] if line.kind != "blank"), None)
    below_number = _SECTION.match(below.text) if below is not None else None
    if below_number is not None and below_number["n"].split(".")[0] == number["n"]:
        return True
    if number.re is _NUMBER and number["path"] and below is not None and (item := _NUMBER.match(below.text)) \
            and (item["path"] or "").startswith(f"{number['path']}{number['n']}."):
        return True  # ("HK Dacre 3A.1.1. Material relating to …" over "HK Dacre 3A.1.1.1. …": its section)
    # "2. Korespondence přijatá" over "8     Dopis …": a few words, no date, and the items' numbers
    # going on below it, not from it
    text = lines[i].text[number.end():].strip()
    # (the first item below, after the heading's own note in brackets: "1.  Pisma Jakoba Verbiča"
    # over "    (koncepti, prepisi …)" over "6.   Dopisnica …"; not after an item's own indented lines)
    below_item = next((line for line in lines[i + 1:i + 5] if line.kind != "blank"
                       and not (indented(line) and line.text.lstrip().startswith("("))), None)
    item = _NUMBER.match(below_item.text) if below_item is not None and not indented(below_item) else None
    if item is not None and item["n"] == "i" and number["n"].isdigit():
        return True  # ("2. Letters to ABT as Master." over "i.ALS from …": its items numbered within it)
    return bool(number["n"]) and len(text.split()) <= 4 and not any(c.isdigit() for c in text) \
        and not doctypes.find(text) and item is not None and item["n"] is not None \
        and _count(number["n"]) + 1 < _count(item["n"]) < 10000


def _item_date(text: str, day_first: bool | None) -> tuple[int, int, DateValue | None] | None:
    """The first date in an item's text, but not years in brackets after a name where a date
    follows: "ALS from R.T. Ollerenshaw (Carfax 1879-1883). 14 March 1891" (his years at college)."""
    found = find_date(text, 0, day_first)
    if found and found[2] is not None and "when" not in found[2].attributes() and text[found[1]:found[1] + 1] == ")" \
            and re.search(r"[A-Za-z]\s*\([^()]*$", text[:found[0]]) \
            and (later := find_date(text, found[1] + 1, day_first)) and later[2] is not None:
        return later
    return found


# A letter's line under its correspondent's heading, lettered: "a) pismo, Zagreb, 6. 11. 1909."
# (OCR's specks before it kept out: "  .  b) dopisnica, …")
_LETTER = re.compile(r"^[\s.,'’`·]*(?P<letter>[a-z])\)\s+(?=\S)")
# … each a letter, perhaps counted: "pismo", "2 dopisnici", "4 pisma", "vizitka s pripisom" (Slovene,
# Croatian); other languages' letter words are doctypes'
_LETTER_WORD = re.compile(r"(?:\d{1,3}\s+)?(?:pism[oai]|dopisnic[aei]|razglednic[aei]|brzojavk[aei]|brzojav|"
                          r"voščilnic[aei]|čestitk[aei]|vizitk[aei]|dopis|dopisi|koncept|prepis|prijepis)\b", re.IGNORECASE)


def _lettered(item: Sequence[Line]) -> str | None:
    """The correspondent an item's heading names, where lettered letters follow it: "47.  Cerar
    Alojz", "73.  Tesar Valentin, župnik v Gornjem Gradu" (who he is), "76.  Zajec Jurij, dr.";
    the name in reading order where its second word is a given name (Alojz Cerar)."""
    number = _NUMBER.match(item[0].text)
    lettered = [line.text[m.end():] for line in item[1:] if (m := _LETTER.match(line.text))]
    if number is None or not lettered or not all(_LETTER_WORD.match(text) or doctypes.opens_with_type(text)
                                                 and (doctypes.find(text) or ("",))[0] == "letter" for text in lettered):
        return None  # (each a letter: not "a) křestní list, 1770", "b) will")
    head = item[0].text[number.end():].strip(" .")
    if find_date(head, 0) is not None:
        return None
    name = head.split(",")[0].strip()
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return None
    if words[-1] in GIVEN_NAMES or words[-1] in SOUTH_SLAVIC_FIRST_NAMES and words[0] not in GIVEN_NAMES:
        name = " ".join([words[-1], *words[:-1]])
    return name if looks_like_name(name) else None


def _count(number: str) -> int:
    """An item's number as a count: "14", or "xiv" as a college catalogue numbers its letters."""
    return int(number) if number.isdigit() else roman_number(number) or 0


def _ends(lines: Sequence[Line], starts: list[int]) -> list[int]:
    return [*starts[1:], len(lines)]


class Inventory(Layout):
    name = "inventory"
    description = "inventory: an archive's inventory, numbered items in a run (Dutch, Italian, German inventories)"
    rule = ("an entry starts at a line that opens with its number, where the numbers run on (\"113 …\", "
            "\"114. …\"); its date is the first written in it, its title the parties before or after it")

    def score(self, lines: Sequence[Line]) -> float:
        """The items that hold a date and a party word, less one; not a library catalogue's
        records headed by their writer ("1. Kemp, Edward, 1769-1812. Letter, …"), which the
        contents layout reads (the writer's life dates would be taken for the letter's date)."""
        from ..read import heading_writer  # (the reader imports the layouts)

        starts = _starts(lines)
        count = 0
        # a register of one person's letters under a heading that names them ("Listy do X"): its
        # items name the other side only ("1. Jasieński Wojciech, Olszanka Mała, [1856], k. 1–2.")
        register = bool(starts) and any(heading_writer(line.text) or _RECEIVED.search(line.text)
                                         for line in lines[:starts[0]] if line.kind != "blank")
        for start, end in zip(starts, _ends(lines, starts)):
            text = " ".join(line.text for line in lines[start:min(end, start + 4)] if line.kind != "blank")
            label_of = _FILE_LABEL.match(lines[start].text.strip())  # (a file's block: its own evidence; a bare number not)
            labelled = label_of is not None and label_of.group("bare") is None
            number = _NUMBER.match(text)
            if (labelled or _PARTY_WORD.search(text) or _SIDE_WORD.search(text) or _TYPED_FROM.search(text)
                    or register and _INVERTED.match(text[number.end():] if number else text)) \
                    and (find_date(text, 0) is not None or labelled and _UNDATED_START.search(text)) \
                    and (labelled or not record_heading(text[number.end():] if number else text)):
                count += 1
        # (one less: a tie goes to the contents and calendar layouts; not a register under the heading
        # that names its person, as sure of its shape as they are: a tie is read both ways, see read.choose)
        return count - (0 if register else 1) if count >= 3 else 0

    def read(self, lines: Sequence[Line], listing: Listing) -> None:
        starts = _starts(lines)
        if not starts:
            no_entries(listing, lines)
            return
        read_head(listing, lines[:starts[0]])
        writer = _section_writer(lines[:starts[0]], None)
        received = _received(lines[:starts[0]], writer)
        sent = not received and any(_SENT_PART.search(line.text) for line in lines[:starts[0]])
        for start, end in zip(starts, _ends(lines, starts)):
            for line in lines[start:end]:
                if line.kind in {"separator", "boilerplate"}:
                    unused(listing, line, "")  # (reported as what it is: a separator, page boilerplate)
            kept = [line for line in lines[start:end] if line.kind not in {"separator", "boilerplate"}]
            # a section's heading right under an item, no blank line between: "2  Hendrik Willem Oosterhout, 1781-1852"
            cut = next((k for k, line in enumerate(kept) if k and not indented(line) and _SECTION.match(line.text)),
                       len(kept))
            parts = paragraphs(kept[:cut])
            if (lettered := _lettered(parts[0])) is not None:
                self._lettered_items(parts[0], lettered, listing, writer, received, sent)
            else:
                self._item(parts[0], listing, writer, received, sent)
            for part in [*parts[1:], *([kept[cut:]] if kept[cut:] else [])]:
                part = [line for line in part if line.kind != "blank"]
                if _unnumbered_item(part, listing):  # "1792, febrero, 20. Cuenca." over "Carta de A a B": a
                    self._item(part, listing, writer, received, sent)  # loose paper among the items, numbered or not
                    continue
                heads = [line for line in part if not running_head(line.raw or line.text)]
                for line in part:  # after the item, lines that open with no number: headings
                    unused(listing, line, "a heading between the items of an inventory (chapter, series, box)"
                           if line in heads else "a running head of the printed page")
                if (named := _section_writer(heads, writer)) != writer \
                        or any(_RECEIVED.search(h.text) or _SENT_PART.search(h.text) or _part(h.text) for h in heads):
                    writer, received = named, _received(heads, named)
                    sent = not received and any(_SENT_PART.search(h.text) for h in heads)

    def _lettered_items(self, item: list[Line], correspondent: str, listing: Listing, writer: str | None,
                        received: bool, sent: bool) -> None:
        """"47.  Cerar Alojz" over "a) pismo, Zagreb, 6. 11. 1909.", "b) razglednica, …": each
        lettered line one letter, between the correspondent the heading names and the person
        whose papers these are (from them, where the section holds the letters received)."""
        unused(listing, item[0], "a correspondent's heading over the letters below it (a), b), …)")
        groups: list[list[Line]] = []
        number = _NUMBER.match(item[0].text)
        letters: list[str] = []
        for line in item[1:]:
            if (letter := _LETTER.match(line.text)) is not None:
                groups.append([replace(line, text=line.text[letter.end():])])
                letters.append(letter["letter"])
            elif groups:
                groups[-1].append(line)
            else:
                unused(listing, line, "a note under a correspondent's heading, before its letters")
        # which way: from them among the letters received; to them among the person's own (a section
        # that names its writer, "1. Pisma Jakoba Verbiča", or says they were sent); else not said
        way = "From" if received else "To" if sent or writer else None
        for group, letter in zip(groups, letters):
            self._item(group, listing, writer, received, sent)
            entry = listing.entries[-1]
            entry.fields["number"] = f"{number['n']}{letter}"  # ("13b": the item's number and its letter)
            what, comma, where = entry.title.partition(",")
            if comma and _place_alone(where.strip()) and "place" not in entry.fields:
                entry.title, entry.fields["place"] = what, where.strip()  # ("pismo, Zagreb")
            if way and writer:
                entry.fields["sender"], entry.fields["recipient"] = \
                    (correspondent, writer) if way == "From" else (writer, correspondent)
            elif way:  # (the fonds' person, whom the title page names, is the other side: see read._writer)
                entry.notes.append(entry.title)
                entry.title = f"{way} {correspondent}"
            entry.notes.append(f"under the heading {item[0].text.strip()!r}")

    @staticmethod
    def _item(item: list[Line], listing: Listing, writer: str | None = None, received: bool = False,
              sent: bool = False) -> None:
        opening = item[0].number
        at_end: list[str] = []  # "… Sends       [fo. 28v]": where the item is in the book, set at the line's end
        item = [_folio_off(line, at_end) for line in item]
        # how much the item is, on a line of its own or set off at a line's end ("… 1833 december." /
        # "                1 stuk", "…, 30 april 1802.  1 stuk"): a note, not part of the date
        last = item[-1].number
        extents = [line for line in item[1:] if EXTENT_ALONE.match(line.text.strip())]
        at_end += [line.text.strip() for line in extents]
        item = [line for line in item if line not in extents]
        for k, line in enumerate(item):
            if (inline := _DUTCH_EXTENT.search(line.text)) is not None:
                at_end.append(inline.group(0).strip())
                item[k] = replace(line, text=line.text[:inline.start()])
        number = _NUMBER.match(item[0].text)
        folio = _FOLIO_LEAD.match(item[0].text) if number is None else None
        if number is None and len(item) > 1 and _FILE_LABEL.match(item[0].text.strip()):
            number, item = _FILE_LABEL.match(item[0].text.strip()), item[1:]  # "Ед. хр. 4" over its title
        elif number is None and folio is None and len(item) > 1 and (alone := _FOLIO_ALONE.match(item[0].text.strip())):
            folio, item = alone, item[1:]  # "[fo. 6]" over the item: where it is in the book
        first = item[0]
        head = first.text[number.end():].strip() if number is not None and number.re is _NUMBER else \
            first.text[folio.end():].strip() if folio and folio.re is _FOLIO_LEAD else first.text.strip()
        entry = Entry(source=listing.source, first_line=opening, last_line=item[-1].number, date_text="",
                      date_line=first.number, date=None, title_line=first.number)
        if number is not None:  # (none: a paper among the items without a number of its own)
            entry.fields["number"] = number.group("n") + (number.groupdict().get("suffix") or "") if number.group("n") \
                else number.group("bare")
        if folio:  # "k. 1–3: List …": where it is in the volume
            entry.notes.append(folio.group().rstrip(" :."))
        entry.notes.extend(at_end)
        if writer:  # the person whose papers the section holds: "Brief van X" is to them
            entry.fields["writer"] = writer
        rest: list[tuple[int, str]] = [(line.number, continued(line)) for line in item[1:]]
        if number is not None and number.re is _FILE_LABEL and label(head) is not None:
            _labelled_item(entry, [(first.number, head), *rest], listing)  # "Exp. 7" over "Fecha: 1814" …
            return
        cells = _COLUMNS.split(head, maxsplit=1)
        if len(cells) == 2 and (cell := find_date(cells[0], 0, listing.day_first)) and cell[0] == 0:
            head = cells[0]  # a row: "5/1     1796, febrero, 22, San Juan de Moyobe  Carta de X, …"
            rest.insert(0, (first.number, cells[1]))
        place = _PLACE.match(head)
        if (joined := _JOINED_PLACE.match(head)) and _place_alone(joined["place"]) \
                and (found := find_date(head, joined.end(), listing.day_first)) and found[0] == joined.end():
            place = joined  # "San Felipe de Aguaclara, 1779-02-27." (not "Carta de X, …": a title)
        alone = find_date(head[place.end():] if place else head, 0, listing.day_first)
        after = head[(place.end() if place else 0) + alone[1]:].strip(" .,") if alone else ""
        place_after = None
        if alone and alone[0] == 0 and not place and (_place_alone(where := after.lstrip("—– ").strip("[] "))
                                                      or after[:1] in "—–" and _WRITTEN_IN.fullmatch(where)):
            place_after, after = where, ""  # "2. 1790, septiembre, 8. México." ("[Aguaclara]": supplied by the
            #                                 cataloguer); "1. — 1562, 9 septembre. — Au camp devant Nîmes."
        elif alone and alone[0] == 0 and not place and after[:1] in "—–" and _PIECE_ALONE.fullmatch(after.lstrip("—– ")):
            entry.notes.append(after.lstrip("—– "))  # "6. — 1567, 1er août. — Minute.": what it is, no place
            after = ""
        line_date = alone is not None and alone[0] == 0 and not after
        same = SAME_DAY.match(head) if not line_date and listing.entries and listing.entries[-1].date else None
        if same and (not head[same.end():].strip(" .") or _place_alone(head[same.end():].strip(" ."))):
            # "25.  Same date. Castle Kilbrack.": the day of the entry before, the place after it
            line_date, place, alone = True, None, (0, same.end(), listing.entries[-1].date)
            place_after = head[same.end():].strip(" .") or None
        while not line_date and rest and len(head) < 300 \
                and (_CUT.search(head) or head.count("[") > head.count("]")  # ("… s.f. [c." / "1793]. 4 h.")
                     or indented(item[len(item) - len(rest)])  # (set flush, a wrap is cut in its date: "… 20" / "XII 1863")
                     and (_PLACE_CUT.search(head)  # ("… a don X. Puerto de Santa" / "Clara, 6 de febrero …")
                          or _UNDATED_END.search(head) and rest[0][1].startswith("[")  # ("…, z.d." / "[ca. 1803].")
                          or not head.endswith((".", ":", ")")) and not _dated_line(rest[0][1], listing))):
            # the item's head wrapped ("… Lublin, 23 VII" / "1832, k. 8-11.", "… a Manuel" / "Montalvo.
            # Bilbao, …"): one line; not a date line of its own under it ("Zwolle, augustus 1830.")
            head = f"{head} {rest.pop(0)[1]}"
        if line_date:  # "116.  Haarlem, 15 mei 1851" over the title
            at = place.end() if place else 0
            entry.date_text, entry.date = head[at:at + alone[1]].strip(" ."), alone[2]
            if same:
                entry.notes.append(f"{entry.date_text!r}: the date of the entry before")
            if place and not _NO_PLACE.fullmatch(place.group("place")):
                entry.fields["place"] = place.group("place")
            elif place_after and not _NO_PLACE.fullmatch(place_after):
                entry.fields["place"] = place_after
            if rest:
                entry.title_line, title = rest[0][0], rest[0][1]
                rest = rest[1:]
                while rest and _title_cut(title, rest[0][1]) and not _dated_line(rest[0][1], listing):
                    title = f"{title} {rest.pop(0)[1]}"  # ("… a la Sociedad Económica de Amigos del" / "País de …")
            else:
                title = ""
            entry.title, after = _title_and_after(title)
            end = first_sentence(entry.title)
            if not after and end < len(entry.title) and (_TYPED_FROM.search(entry.title[:end]) or _SIDE_WORD.match(
                    entry.title[:end]) or _PARTY_WORD.search(f" {entry.title[:end]}")):
                # "De X. Autógrafa. 8 fs.": the title is its first sentence, the rest how it is kept
                entry.title, after = entry.title[:end].rstrip(" ."), entry.title[end:].strip()
            if after:
                rest.insert(0, (entry.title_line, after))
        else:
            texts = [(first.number, head), *rest]
            if len(texts) > 1 and not any(indented(line) for line in item[1:]) \
                    and (whole := _dated_in_parentheses(" ".join(t for _, t in texts), listing)) is not None:
                texts = [(first.number, whole)]  # a description wrapped flush, its date in parentheses at its end: one text
            found = next(((k, f) for k, (_, t) in enumerate(texts) if (f := _item_date(t, listing.day_first))), None)
            if found is not None and found[0] and (whole := _date_cut(texts[found[0] - 1][1], texts[found[0]][1],
                                                                      found[1], listing.day_first)):
                k = found[0]  # ("… Dat. apud Saltmarsh xxx die mensis Junii anno Domini" / "1584."): one line
                texts[k - 1:k + 1] = [(texts[k - 1][0], f"{texts[k - 1][1]} {texts[k][1]}")]
                found = k - 1, whole
            if found is not None and found[1][2] is not None and found[0] + 1 < len(texts) \
                    and not texts[found[0]][1][found[1][1]:].strip(" .") and (texts[found[0] + 1][1][:1].islower() or re.match(r"[IVX]{1,4}\.\s?\d", texts[found[0] + 1][1])) \
                    and (longer := find_date(f"{texts[found[0]][1]} {texts[found[0] + 1][1]}", found[1][0], listing.day_first)) \
                    and longer[0] == found[1][0] and longer[1] > len(texts[found[0]][1]) + 1 and longer[2] is not None:
                k = found[0]  # (a date wrapped after its year: "… Buda, 1836." / "december 21. Fogalm.": its month in
                #              small letters or "IV. 23.", not a sentence's first word, "May be misdated."): one line
                texts[k:k + 2] = [(texts[k][0], f"{texts[k][1]} {texts[k + 1][1]}")]
                found = k, longer
            if found is None:
                entry.title, after, abstract = _title_and_abstract(head)  # ("To X. Requires him to … Not dated.")
                after = " ".join(filter(None, [abstract, after]))
                rest = ([(first.number, after)] if after else []) + rest
            else:
                k, (a, b, entry.date) = found
                entry.date_line, text = texts[k]
                entry.date_text = text[a:b]
                later = texts[k + 1:]
                if k and text[:a].strip(" ,;([") and not re.search(r"[.:;]\s*$", texts[k - 1][1]) \
                        and not _WRITTEN_AT.match(text[:a].strip(" ,;")) and not _place_alone(text[:a].strip(" ,;([")) \
                        and len(text[:a].split()) >= 3:
                    # a description wrapped in a narrow column, its date at its end in parentheses ("… à sa mère, Marie
                    # Molinier, à La" / "Roque ; sur le recrutement des volontaires (26 décembre 1792)."): one sentence
                    texts[k - 1] = texts[k - 1][0], f"{texts[k - 1][1]} {text[:a].rstrip(' ,;([')}"
                    text, a, b = text[a:], 0, b - a
                    entry.date_text = text[a:b]
                if k:  # the title's line(s), then "Utrecht, augustus 1799. Afschrift."
                    if (place := _WRITTEN_AT.sub("", text[:a].strip(" ,;"))) and (tail := _PLACE_CUT_AT_END.search(texts[k - 1][1])) \
                            and _place_alone(f"{tail['place']} {place}"):  # ("… this year. Hambury St." / "Giles, Feb.")
                        texts[k - 1] = texts[k - 1][0], texts[k - 1][1][:tail.start("place")].rstrip()
                        text, a, b = f"{tail['place']} {text}", a + len(tail["place"]) + 1, b + len(tail["place"]) + 1
                    cut_place = None
                    if not text[:a].strip(" ,;") and (at_end := _PLACE_BEFORE_ITS_DATE.search(texts[k - 1][1])) \
                            and _place_alone(at_end["place"]) and not _NO_PLACE.fullmatch(at_end["place"]):
                        # ("… a Br. Bernardo Cordera. Tecolutla del Real, a" / "6 de abril de 1781.")
                        cut_place = at_end["place"]
                        texts[k - 1] = texts[k - 1][0], texts[k - 1][1][:at_end.start("place")].rstrip()
                    entry.title, colon, abstract = _title_and_abstract(" ".join(t for _, t in texts[:k]))
                    if cut_place:
                        entry.fields["place"] = cut_place
                    lead = _WRITTEN_AT.match(text[:a].strip(" ,;"))  # ("From Lydcote, the 9th of November 1584")
                    if (place := _DAY_WORDS_AFTER.sub("", text[lead.end() if lead else 0:a].strip(" ,;")).strip(" ,;")) \
                            and (_place_alone(place) or _PLACE_WITH_PARTICLE.fullmatch(place)) and not _NO_PLACE.fullmatch(place):
                        entry.fields["place"] = place
                        if lead and abstract:
                            abstract = f"{abstract} {text[:a].strip(' ,;')}"  # (its words kept in the summary)
                    elif abstract:  # (the abstract goes on to its date: "… further delay. From Aldcaster, the")
                        abstract = f"{abstract} {text[:a].strip()}"
                    _dated_at(entry, f"{abstract} {text[:a]}")  # ("… Dat. apud Wexby xxiiij die Junii 1584.")
                    summary = " ".join(filter(None, [abstract, colon, text[b:].lstrip(" .,;:)]").rstrip()]))
                elif not text[:a].strip(" .,;:–—-") or not k and _placed_before(text[:a], text[b:], entry):
                    # "22 september 1827. — Brief van A aan B. Betreft …"; a regesto's "Borgoleone, 3 marzo
                    # 1862. A a B — summary", its place before the date
                    if text[:a].strip(" .,;:–—-") and later and not _SENTENCE_GOES_ON.search(text[b:].lstrip(" .,;:)]–—-")):
                        text = f"{text} {later.pop(0)[1]}"  # (its parties wrapped: "… a Pietro" / "Serravalle — …")
                    after = text[b:].lstrip(" .,;:–—-").rstrip()
                    if "place" not in entry.fields and (lead := _PLACE_LEAD.match(after)):  # "1836 Februar 14. Göttingen. An X"
                        if not _NO_PLACE.fullmatch(lead["place"]):
                            entry.fields["place"] = lead["place"]
                        after = after[lead.end():].lstrip(" –—-")  # ("Pfeilingen. — A an B.": the dash after the place)
                    dash = after.find(" — ")
                    if 0 < dash < 150 and (dash < first_sentence(after) or _ABBREVIATED_STOP.search(after, 0, dash)):
                        # (the regesto's dash ends its heading: "All'avv. X — Chiede …")
                        title, summary = after[:dash].rstrip(" ."), after[dash + 3:].strip()
                    else:
                        end = first_sentence(after)
                        if (lower := _LOWER_ABBREVIATION.search(after)) and lower.start() < end:  # "Von A. eh. Br."
                            end = lower.start() + 1
                        title, summary = after[:end].rstrip(" ."), after[end:].strip()
                    entry.title = _place_off(title, entry)  # ("A aan B, Dokkum.": where it was written)
                else:  # "A aan B, Haarlem, 14 december 1838. Met enveloppe."
                    entry.title, colon, abstract = _title_and_abstract(_place_off(text[:a].rstrip(" ,;(["), entry))
                    _dated_at(entry, text[:a])  # ("… Dat. apud Saltmarsh xxx die mensis Junii")
                    summary = " ".join(filter(None, [abstract, colon, text[b:].lstrip(" .,;:)]").rstrip()]))
                rest = ([(entry.date_line, summary)] if summary.strip(" .") else []) + later
        if received and (named := _INVERTED.match(entry.title)) and not (
                _PARTY_WORD.search(f" {entry.title}") or _SIDE_WORD.search(entry.title) or _TYPED_FROM.search(entry.title)):
            _register_item(entry, named, writer)  # "1. Jasieński Wojciech, Olszanka Mała" under "Listy do X"
        elif writer and (received or sent):
            _one_side(entry, writer, sent)
        if rest and EXTENT_ALONE.match(rest[0][1]) and len(rest) == 1:  # "… 1860 Mar.. [2] p.": how much, no summary
            entry.notes.append(rest.pop()[1])
        set_summary(entry, [rest] if rest else [])
        entry.last_line = last
        listing.entries.append(entry)


# Where a letter was written, after its date and a dash, in words: "Au camp devant Saint-Amans", "S. l."
# What the piece is, after the date's dash where a place may stand: "1. — 1566, 29 mai. — Original."
_PIECE = (r"(?:Original|Orig|Minute|Copie|Copy|Draft|Brouillon|Duplicata|Expédition|Autographe|Imprimé|Traduction|Extrait)\b")
_PIECE_ALONE = re.compile(rf"{_PIECE}\.?(?:\s+(?:sig|signée?|collationnée|authentique)\.?)?")
_WRITTEN_IN = re.compile(rf"(?!{_PIECE})"  # (what the piece is, not where it was written)
                         r"(?:(?:Au|Du|En|À|Dans)\s+(?:camp|château|palais|logis|couvent)\s+(?:de|devant|d['’]|du|des|près)\s*|"
                         r"[A-ZÀ-Þ][\w'’-]+\s+(?:lès|près|sur|en|de|du|la)\s+)?[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+)*|[sS]\.\s?l\.?")
_UNDATED_END = re.compile(rf"(?:^|\s)(?:{UNDATED_MARKS})\.?$", re.IGNORECASE)
# An extent set off at the end of an item's line, as Dutch inventories print it: "…, 1802.  1 stuk"
_DUTCH_EXTENT = re.compile(r"(?<=[.,)\]])\s{2,}\d{1,3}\s+(?:stuk|stukken|omslag|omslagen|deel|delen|charter|charters)\.?\s*$")
# A box's heading: "CAJA 2. CARTAS DIRIGIDAS A …", "Box 3: Letters to …"
_BOX = re.compile(r"^(?:caja|box|legajo|carton|karton)\s+\d+[a-z]?\s*[.:–—-]\s", re.IGNORECASE)
_BOX_ALONE = re.compile(r"^(?:caja|box|legajo|leg\.|carton|karton)\s+\d+[a-z]?\b(?:\s*\([^()]*\))?\.?$"
                        r"|^\d{1,3}\.\s*(?:doboz|csomó|kötet)\.?$", re.IGNORECASE)  # (Hungarian: "1. doboz")
# A part of a series numbered as its items are, by its word: Hungarian "2. tétel. X levelei, 1831–1873"
_PART_WORD = re.compile(r"^(?:tétel|doboz|csomó|kötet|alsorozat|sorozat)\b\.?", re.IGNORECASE)
# Hungarian headings that say whose papers or letters are below: "I. BÁNFFALVI ÁDÁM (1805–1874)
# IRATAI" (his papers), "X levelei" (his letters), "X-hoz intézett levelek" (the letters to X)
_HU_PAPERS = re.compile(r"^(?P<name>[^\d(),.;:]{5,60}?)\s*(?:\([^()]*\))?\s+(?P<what>iratai|levelei|levelezése|hagyatéka)\b",
                        re.IGNORECASE)
_HU_TO = re.compile(r"^(?P<name>[^\d(),.;:]{5,60}?(?:hoz|hez|höz))\s+(?:intézett|írt|küldött)\s+levelek\b", re.IGNORECASE)
# A section's heading: "2  Hendrik Willem Oosterhout, 1781-1852", "2.2  Ingekomen brieven".
_SECTION = re.compile(r"^(?P<n>\d{1,2}(?:\.\d{1,2})*)\.?\s{2,}(?P<text>\S.*)$")
# A top section named after a person, with their life dates: the papers below are theirs.
_PERSON = re.compile(r"^(?P<name>[^,()\d]+?),?\s*\(?\d{4}\s*[-–]\s*\d{4}\)?\.?$")


def _section_writer(headings: Sequence[Line], writer: str | None) -> str | None:
    """The person whose papers the items below belong to, after ``headings``: a top section
    named after a person ("3  Cornelia Oosterhout-ten Brink, 1789-1860") sets them, another
    top section ("4  Varia") none; a subsection ("2.2  Ingekomen brieven") keeps them. So does
    a box whose heading says whose letters it holds ("CAJA 2. CARTAS DIRIGIDAS A DON X"); a box
    whose heading names nobody ("CAJA 1. CORRESPONDENCIA GENERAL") has none."""
    from ..read import heading_writer  # (the reader imports the layouts)

    for line in headings:
        if _BOX.match(line.text):
            writer = heading_writer(line.text)
            continue
        if _BOX_ALONE.match(line.text):  # "LEGAJO 3", "Leg. 4 (1788-1794)": a new box, whose writer the next line may say
            writer = None
            continue
        if (named := heading_writer(line.text)) is not None:  # "Cartas escritas por don X (1772-1781)"
            writer = named
            continue
        if (named := _hungarian_heading(line.text)) is not None:
            writer = named
            continue
        section = _SECTION.match(line.text) or _ROMAN_SECTION.match(line.text)
        if section is None or "." in (section.groupdict().get("n") or "") \
                or writer and (line.raw or "")[:1].isspace():  # (indented under the person's: "   1.  Ingekomen brieven")
            continue
        writer = _person(section["text"])  # ("II. Jan Radkovský (1798–1866)"; "I. Rodové písemnosti": nobody)
    return writer


# The words before a name in a heading that say the letters under it are to them: "Listy do X",
# "Listy różnych osób do bpa X", "CARTAS DIRIGIDAS A DON X", "Letters to X", "Briefe an X"
_TO_WRITER = re.compile(r"(?i:\b(?:do|to|an|aan|a|à|aux?|al|dirigidas\s+a|recibidas?\s+por|reçues\s+par|ricevute\s+da|recebidas?\s+por|received\s+by|ontvangen\s+door)"
                        r"\s+(?:(?:p|ks|hr|dr|prof|bpa|bp|gen|don|doña|sr|mr|mrs|herrn?|frau)\.?\s+)?)$")
# … what else a register's item says between its name and its date: a count, no place
_COUNTED = re.compile(r"^\(?\d{1,3}\s+(?:listy|listów|list|letters|briefe|cartas)\)?$", re.IGNORECASE)


# … or that they are the letters the papers' person received, naming nobody: "Busta 1.
# Corrispondenza ricevuta (1854-1859)", "Letters received", "Ingekomen brieven"
_RECEIVED = re.compile(r"\b(?:corrispondenza|lettere|correspondencia|cartas|letters|correspondence|brieven|briefe|"
                       r"korespondence|dopisy)\s+(?:ricevut[ae]|recibidas?|received|ingekomen|empfangene|přijatá|přijaté)\b"
                       r"|\b(?:prejeta|primljena)\s+(?:pisma|korespondenca|korespondencija)\b"  # (Slovene, Croatian)
                       r"|\b(?:ingekomen\s+brieven|empfangene\s+briefe)\b"
                       r"|(?:hoz|hez|höz)\s+(?:intézett|írt|küldött)\s+levelek\b|\bbeérkezett\s+levelek\b", re.IGNORECASE)


def _part(text: str) -> bool:
    """A part's heading ("3. tétel. Családi levelezés"): what the part before said of its side ends."""
    number = _NUMBER.match(text)
    return number is not None and _PART_WORD.match(text[number.end():]) is not None


def _hungarian_heading(text: str) -> str | None:
    """The person a Hungarian heading names as the one whose papers or letters are below."""
    text = re.sub(r"^(?:[IVX]{1,5}\.|\d{1,3}\.\s*tétel\.)\s*", "", text.strip(), flags=re.IGNORECASE)
    found = _HU_PAPERS.match(text) or _HU_TO.match(text)
    if found is None:
        return None
    words = title_case(found["name"]).split()
    if found.re is _HU_TO:  # ("Bánffalvi Ádámnéhoz": Bánffalvi Ádámné)
        words = (hungarian_nominative(" ".join(words)) or "").split()
    name = " ".join(words)
    return name if looks_like_name(name) and len(words) >= 2 else None


# A Hungarian heading, whose "A" is the article ("A BÁNFFALVI CSALÁD LEVÉLTÁRA": the family's
# archive), not Spanish or Italian "to"
_HU_HEAD_WORDS = re.compile(r"\b(?:család|levéltára|iratai|levelei|levelezése|hagyatéka|gyűjtemény)", re.IGNORECASE)


def _received(headings: Sequence[Line], writer: str | None) -> bool:
    """Whether the heading that names ``writer`` says the letters below are to them, or a
    heading says they are the letters received (the edition's writer's, named or not)."""
    first = writer.split()[0].lower() if writer else ""
    for line in headings:
        at = line.text.lower().find(first) if first else -1
        if at > 0 and _TO_WRITER.search(line.text[:at]) and not _HU_HEAD_WORDS.search(line.text) \
                or _RECEIVED.search(line.text):
            return True
    return False


# A part of a person's papers that holds the letters they sent: "3. Korespondence odeslaná"
_SENT_PART = re.compile(r"\b(?:korespondence|dopisy)\s+odeslan[áé]\b|\bcorrispondenza\s+inviata\b|"
                        r"\b(?:letters|correspondence)\s+sent\b|\buitgaande\s+brieven\b|\bcartas\s+enviadas\b|"
                        r"\bausgehende\s+(?:briefe|korrespondenz)\b|^(?:\d{1,3}\.\s*tétel\.\s*)?[^\d(),.;:]{5,60}?\s+levelei\b",
                        re.IGNORECASE)  # (Hungarian: "1. tétel. X levelei (fogalmazványok …)": his letters)
_ROMAN_SECTION = re.compile(r"^[IVX]{1,5}\.\s+(?P<text>\S.*)$")


# An addressee written after the writer's office, set off by a comma: "X, député de la ville, au trésorier"
_ADDRESSED = re.compile(r",\s+(?:au|aux|à)\s+(?:la\s+|l['’])?(?P<who>(?!(?:sujet|nom|fait|cours|camp|cause|propos|occasion|lieu|"
                        r"demande|égard|suite|requête|instance|place|tête|la|l)\b)[a-zà-ÿ]{2,}\b|M\.|MM\.|Mgr"
                        r"|[A-ZÀ-Þ][\wÀ-ÿ'’-]+(?=\s+[\wÀ-ÿ]))")
#                       (an office, a body, a form of address or a title before a name: ", à Monseigneur le duc
#                       de X", ", au Cardinal de Y"; not ", à cause de", ", à Lyon,")


def _one_side(entry: Entry, writer: str, sent: bool) -> None:
    """An item under the letters a person received (or sent) that names one side only: the
    other is that person. "Štěpánková Eleonora" alone, surname first, is the correspondent."""
    named = _INVERTED.match(entry.title)
    if named and named.end() >= len(entry.title.rstrip(" .,")) - 1:  # the name and nothing else
        name = named.group().rstrip(" ,")
        entry.fields["sender"], entry.fields["recipient"] = (writer, name) if sent else (name, writer)
        return
    read = parse_title(entry.title, writer)
    addressed = _ADDRESSED.search(entry.title)  # (", au trésorier de la ville": someone else, not read)
    if not sent and read.senders and not read.recipients and not any("relation" in p for p in read.problems) \
            and (addressed is None or addressed["who"].lower() == writer.split()[0].lower()):
        entry.fields["recipient"] = writer  # "Dopis Jindřicha Steinbacha" (his letter, to the person)
    elif not sent and not read.names() and entry.title.split() and UNKNOWN.match(entry.title.split()[0]):
        entry.fields["recipient"] = writer  # "Ismeretlen levele": from someone unknown, to the person


def _register_item(entry: Entry, named: re.Match[str], writer: str | None) -> None:
    """A register's item under "Listy do X" naming its writer alone, inverted as registers
    index them ("Jasieński Wojciech, Olszanka Mała", "Bielawski Seweryn (14 listów), [b.m.]"):
    from them to X, the place the first of the rest that is one."""
    name = re.sub(r"\s*\([^()]*\)", "", named.group().rstrip(" ,"))  # ("Malczewicz Kazimierz (hr.)": his title)
    if writer:
        entry.fields["sender"], entry.fields["recipient"] = name, writer
    else:  # (the edition's writer received them: its title says so, as a register by correspondent's does)
        entry.title = f"From {name}{entry.title[named.end() - (1 if named.group().endswith(' ') else 0):]}"
        named = re.match(re.escape(f"From {name}"), entry.title)
    for piece in entry.title[named.end():].split(","):
        piece = piece.strip(" []")
        if _COUNTED.match(piece) or not piece:
            continue
        if _place_alone(piece) and not _NO_PLACE.fullmatch(piece) and "place" not in entry.fields:
            entry.fields["place"] = piece
        break


def _person(text: str) -> str | None:
    """"Hendrik Willem Oosterhout, 1781-1852": a person's name and life dates (not "Brieven van
    X, 1802-1804", an item); "Marie Radkovská, roz. Chotěšická (1805–1879)": her birth name left out."""
    person = _PERSON.match(re.sub(r",\s*(?:roz\.|rozená|geb\.|née|f\.)\s+[^,()]+", "", text))
    name = person["name"].strip() if person else ""
    return name if name and looks_like_name(name) and not doctypes.find(name) else None


def _labelled_item(entry: Entry, texts: list[tuple[int, str]], listing: Listing) -> None:
    """A file's card: its lines labelled ("Fecha: 1814", "Lugar: s.l.", "Contenido: Carta de A a
    B, quejándose …", "Descripción: Autógrafa. 12 fs."), a line without a label going on with
    the one above. What the card says of its letter is its title (the parties and the subject)."""
    fields: list[tuple[str, str, int]] = []
    for number, text in texts:
        found = label(text)
        if found is None and fields:
            fields[-1] = (fields[-1][0], f"{fields[-1][1]} {text}", fields[-1][2])
        elif found is not None:
            fields.append((found[0], found[2], number))
    for field, value, number in fields:
        if field == "date" and entry.date is None and (found := find_date(value, 0, listing.day_first)):
            entry.date_text, entry.date, entry.date_line = value[found[0]:found[1]], found[2], number
        elif field == "place" and not _NO_PLACE.fullmatch(value.strip(" []")):
            entry.fields["place"] = value.strip(" []")
        elif field in {"sender", "recipient"}:
            entry.fields[field] = value
        elif field == "summary" and not entry.title:
            entry.title, entry.title_line = value.rstrip(" ."), number
        else:
            entry.notes.append(value)
    listing.entries.append(entry)


_ABBREVIATED_STOP = re.compile(r"(?:^|[\s'’])[a-zà-ÿ]{1,5}\.\s")  # ("avv.", "dott.", "sig.": no sentence's end)
# A heading that has ended: at a stop or a regesto's dash after the parties
_SENTENCE_GOES_ON = re.compile(r"[.!?]\s+\S|\s—\s")


def _placed_before(text: str, after: str, entry: Entry) -> bool:
    """"Borgoleone, " before the date, the parties after it: the place it was written at (set
    as the entry's); not a register's name ("Ferraguti Ercole, 1855 luglio 9, lettere 3")."""
    place = text.strip(" ,;([")
    if not place or not (_place_alone(place) or _PLACE_WITH_PARTICLE.fullmatch(place)):
        return False
    after = after.lstrip(" .,;:)]–—-")
    if not (_PARTY_WORD.search(f" {after[:120]}") or _SIDE_WORD.match(after) or _TYPED_FROM.match(after)
            or opens_with_parties(after[:120])):
        return False
    if not _NO_PLACE.fullmatch(place):
        entry.fields["place"] = place
    return True


_PLACE_WITH_PARTICLE = re.compile(rf"{_TOWN}(?:\s+(?:al|alla|sul|sulla|in)\s+[A-ZÀ-Þ][\w'’-]+|\s+d['’][A-ZÀ-Þ][\w'’-]+)")


def _dated_at(entry: Entry, before_date: str) -> None:
    """The place a calendared letter says it was given at, at the end of the text before its date
    ("… Dat. apud Wexby"), where no other place was read."""
    if "place" not in entry.fields and (found := _DATED_AT.search(before_date)) \
            and _place_alone(found["place"]) and not _NO_PLACE.fullmatch(found["place"]):
        entry.fields["place"] = found["place"]


def _place_off(title: str, entry: Entry) -> str:
    """"A aan B, Haarlem" → "A aan B", Haarlem the entry's place ("s.l.": none)."""
    title = _WEEKDAY_END.sub("", title)
    if (bare := _DAY_LEAD_END.sub("", title)) != title and _PLACE_AT_END.search(bare):
        title = bare  # ("… Cordera. Tecolutla del Real, a" before "6 de abril de 1781": its place, then "on")
    at_end = _PLACE_AT_END.search(title)
    if at_end and not _place_alone(at_end["place"]) or at_end and office_only(at_end["place"]):
        at_end = _PLACE_AT_END.search(title, at_end.start() + 1)  # ("…, Obispo de Cuenca": no place; "…, Cuenca")
    before = title[:at_end.start()] if at_end else ""
    if at_end is None or not (_PARTY_WORD.search(before) or _SIDE_WORD.search(before) or _TYPED_FROM.search(before)) \
            or ends_in_abbreviation(title[:at_end.start() + 1]):  # ("Von Prof. Robert Wachsmuth": no place)
        return title
    if not _NO_PLACE.fullmatch(at_end.group("place")):  # ("… delay. From Aldmere, the 3rd of October": Aldmere)
        entry.fields["place"] = re.sub(r"^(?:From|At|Dated\s+at|Datum\s+apud|Written\s+at)\s+", "", at_end.group("place"))
    return title[:at_end.start()]


_NUMBERED_WORD = re.compile(r"\[?(?:\d|[ivxlj]{1,7}°?$)", re.IGNORECASE)  # "14", "5th", "xxx", "xiiij°"


def _date_cut(before: str, text: str, found: tuple[int, int, DateValue | None],
              day_first: bool | None) -> tuple[int, int, DateValue] | None:
    """The date ``found`` in ``text`` where it began on the line ``before`` ("… xxx die mensis
    Junii anno" / "Domini 1584."): found again in both lines joined. Only where its first word is
    a number (a day), so "To Mrs. May" over "1850." stays a year."""
    if found[2] is None or text[:found[0]].strip().count(" ") > 1 or before.rstrip().endswith((".", ":", ";")) \
            and not ends_in_abbreviation(before.rstrip()):
        return None
    joined = f"{before} {text}"
    start = max(0, len(before) - 60)
    whole = find_date(joined, start, day_first)
    while whole is not None and whole[1] <= len(before):  # (a date of the line before itself: not this one)
        whole = find_date(joined, whole[1], day_first)
    if whole is None or whole[2] is None or whole[0] >= len(before) or whole[1] != len(before) + 1 + found[1] \
            or not _NUMBERED_WORD.match(joined[whole[0]:].split(None, 1)[0]):
        return None
    return whole


# A description's date in parentheses at its end, as French inventories analyse each piece: "Lettre de X à
# sa mère, Y ; sur le recrutement des volontaires (26 décembre 1792).", "(après le 13 août 1792)", "(s.d.)"
_PARENTHESES_AT_END = re.compile(r"\((?P<inside>[^()]{2,60})\)\.?$")


def _dated_in_parentheses(text: str, listing: Listing) -> str | None:
    """The text, where its date is the last thing in it, in parentheses; else None."""
    text = re.sub(r"(?<=[a-zà-ÿ])- (?=[a-zà-ÿ])", "", text)  # (a word hyphenated at a line's end: "Wiado- mości")
    end = _PARENTHESES_AT_END.search(text)
    if end is None:
        return None
    found = find_date(text, end.start(), listing.day_first)
    return text if found is not None and found[0] <= end.start() + 2 and found[1] >= end.end() - 3 else None


def _title_and_abstract(text: str) -> tuple[str, str, str]:
    """_title_and_after, then _abstract: the title, what its colon opens, the abstract (its
    last stop kept, which the title's reading took off)."""
    title, colon = _title_and_after(text)
    title, abstract = _abstract(title)
    if abstract and not colon and text.rstrip().endswith("."):
        abstract += "."
    return title, colon, abstract


def _abstract(title: str) -> tuple[str, str]:
    """A calendar's abstract before its date ("To Francis Verinder. Desires that the subsidy …
    From Aldcaster, the"): the title its first sentence, where that names the parties, and the
    rest the summary."""
    end = first_sentence(title)
    head, rest = title[:end], title[end:].strip()
    if end < len(title.rstrip(" .")) and _SENTENCE_OPENS.match(rest) \
            and (opens_with_parties(head) or _PARTY_WORD.search(f" {head}") or _SIDE_WORD.match(head)
                 or _TO_OR_FROM.search(head)):  # ("Mr. A to the bishop.")
        return head.rstrip(" ."), rest
    return title, ""


_TO_OR_FROM = re.compile(r"(?:^|\s)(?:to|from|an|von|à|aan|van)\s", re.IGNORECASE)
# A sentence of an abstract opens so: "Desires that …", "Of the sickness …" (not the rest of a name
# after an abbreviation the reader does not know: "ao Cons. Zeferino Dias Bittencourt")
_SENTENCE_OPENS = re.compile(r"[A-ZÀ-Þ][\w'’-]*\s+(?!(?:de|do|da|dos|das|di|du|van|von|der|den|le|la|ter|del|della|y|e)\b)"
                             r"[a-zà-ÿ]")  # (nor "Joaquim do Couto" after "ao Pe.")


def _title_and_after(text: str) -> tuple[str, str]:
    """"A a B (prof.): sui lavori della chiesa." → the title and what its colon opens."""
    text = text.strip()
    head, colon, after = text.partition(": ")
    if colon and (opens_with_parties(head) or _PARTY_WORD.search(head)):
        return head.strip(), after.strip()
    return text.rstrip(" ."), ""


__all__ = ["Inventory"]
