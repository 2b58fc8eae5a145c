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

Polish catalogues write the heading without a comma ("Bartoszewicz Michał", "Kalinowski
Ignacy, prof.:"), name bodies too ("Towarzystwo Naukowe Krakowskie") and put a correspondent's
one letter on the heading's line ("Borkowski Stanisław, Wiedeń [1858?], k. 8-11."); these are
read where the register's head says whose letters it lists ("Listy do X"), not elsewhere,
where two capitalised words are as likely a running head.

German Nachlass inventories (as Kalliope lists them) write a correspondent's letters on one
line, parted by semicolons: the correspondent, how many, then where and when ("Abel, Ludwig;
3 Br., 1 Kt.; Weimar, 1850-1855 – Sign.: NL 17/104"), or both sides ("Sperber, Gerold an
Ludwig Hetzel; …"), or the recipient after "An" ("An Dittmar, Johanna; …"). Their parts say
which way the letters went and to whom ("II.1 Briefe von Sperber", "II.3 Briefe an Luise
Sperber, geb. Abel": her letters, not the edition's writer's; "II.4 Briefe Dritter": both
sides named).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ..dates import MONTH_NAMES, UNDATED_MARKS
from ..lines import NO_PLACE, Line
from ..listing import Entry, Listing
from ..titles import SAME, _kind, looks_like_name
from . import Layout, no_entries, unused
from .builtin import read_head
from .shared import find_date, indented, natural_name, same_place, set_summary, title_case

# "Almqvist, Wilhelmina (1792–1864)", "Berg, Magnus, grosshandlare i Göteborg", "Bergfalk, Oscar
# August och Maria": a surname, a comma, given names; life dates in brackets, an office after a comma.
_HEADING = re.compile(r"^(?P<surname>[A-ZÀ-Þ][\w'’]+(?:[- ][A-ZÀ-Þ][\w'’]+)?),\s+"
                      r"(?P<given>[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|och|og|und|and|et|e|y))*"
                      r"(?:\s+(?:af|von|van|de|du|zu|von der|van der))?)"  # ("LINDFORS, Gustaf af": Gustaf af Lindfors)
                      r"(?:,\s*(?:f\.|född|født|geb\.|née|born)\s+[A-ZÀ-Þ][\w'’-]+)?"  # ("AHLGREN, Brita, f. Palmgren")
                      r"(?:,\s*(?:Sir|Lady|Dame|Lord|Dr|Rev|Revd|Capt|Col|Gen|Adm|Prof|Mrs|Miss|Mr|Hon|Bart|Esq)\.?)?"
                      #   ("AMBLGATE, Arthur, Sir (d. 1864)", "BELMERE, John, Dr. (1830–1904)": a form of address)
                      r"(?:\s*\((?P<dates>[^()]*)\))?(?:,\s*(?P<role>[^,()\d]{2,60}(?:,\s*[^,()\d]{2,40})?))?"
                      r"(?:,\s*(?P<life>\d{4}\s*[-–]\s*\d{4}))?\.?\s*$")  # ("… (1822-1899).", "…, organist, 1782-1841.")
# Where the register's head says whose letters these are ("Listy do Feliksa Jabłonowieckiego"), a
# heading may name its correspondent surname first without a comma, as Polish catalogues do
# ("Bartoszewicz Michał", "Kalinowski Ignacy, prof.:", "Grabowiecki Ludwik, listy:"), or name a
# body ("Towarzystwo Naukowe Krakowskie"); its letter may follow on the same line ("Borkowski
# Stanisław, Wiedeń [1858?], k. 8-11.").
_UPPER = "A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻŠŽČŘĎŤŇĚŮ"
_ROLE_ABBREVIATION = r"(?:dr|prof\.|hr\.|ks\.|inż\.|mec\.|gen\.|płk\.|mjr|kpt\.|bp|abp)"
_PLAIN_HEADING = re.compile(rf"^(?!(?:To|From|Till|Til|Från|Fra|Do|Od|An|Von|Aan|Van|De|Da|Para)\s)"  # (not "Till X, …")
                            rf"(?P<surname>[{_UPPER}][\w'’]+(?:-[{_UPPER}][\w'’]+)?)\s+"
                            rf"(?P<given>[{_UPPER}][\w'’-]+(?:\s+[{_UPPER}][\w'’-]+)?)"
                            rf"(?:,\s*(?P<role>{_ROLE_ABBREVIATION}))?(?:,\s*(?:listy|listów))?\s*:?$")
# An Italian inventory's heading, the surname in capitals, perhaps numbered: "1. BALDACCI Ottavio
# (1889-1970), insegnante", "DELL'ORTO Fulvio" (its letters below, each "1. lettera, Torino, …")
_CAPS_HEADING = re.compile(rf"^(?:\d{{1,4}}\.\s+)?(?:(?:ks|hr|dr|prof|bp|abp|gen|płk)\.?\s+)?"  # ("ks. MOLSKI Jan", a priest)
                           rf"(?P<surname>[{_UPPER}][{_UPPER}'’]+(?:[- ][{_UPPER}][{_UPPER}'’]+)?)\s+"
                           rf"(?P<given>[{_UPPER}](?:(?![A-Z])[^\W\d_]|['’-])+(?:\s+[{_UPPER}](?:(?![A-Z])[^\W\d_]|['’-])+){{0,2}})"
                           r"(?:\s*\((?P<dates>[^()]*)\))?(?:,\s*(?P<role>[^,()\d]{2,60}(?:,\s*[^,()\d]{2,40})?))?\.?\s*$")
_BODY_HEADING = re.compile(r"^(?P<body>[^,:()\d]{4,80}?)(?:,\s*(?:listy|listów))?\s*:?$")
# "7 listy, Paryż, 1887-1890": how many letters, before the place and the years; "3 Br., 1 Kt.;"
# as German inventories count letters and cards
_GERMAN_COUNT = (r"\d{1,4}\s*(?:Br\.|Briefe?|Kt\.|Karten?|Postkarten?|Postk\.|Bl\.|Telegramme?|Telegr\.|Billette?)(?=[\s.,;)]|$)"
                 r"[^;]*?")
_COUNT = re.compile(rf"^(?:\d{{1,3}}\s+(?:listy|listów|letters|brev|breve|briefe|afskrifter|afskrift|koncepter|koncept|"
                    rf"pisma|pisama|pismo|kpl|kirjettä|kirjeet|kirje)\b"
                    rf"(?:\s*\((?:konc|afskr)\.\))?\s*,?\s*(?=\S)|{_GERMAN_COUNT};\s*)", re.IGNORECASE)
#                   ("7 breve 1792-1795", "1 brev (konc.) 4. februar 1816": the count before the date)
# A German inventory's line: "Abel, Ludwig (1815-1893); 3 Br., 1 Kt.; Weimar, 1850-1855"
_SEMICOLONS = re.compile(rf"^(?:(?P<sig>(?:[A-ZÄÖÜ][\w.]*\s+){{0,2}}[IVX]{{1,5}}[ ,/]\s?\d{{1,4}}[a-z]?)\s+)?"  # ("I/5", "Nachl. Oberl. I,6")
                         rf"(?P<head>[^;]+?);\s*(?P<count>{_GERMAN_COUNT})(?:;\s*(?P<rest>.*))?$", re.IGNORECASE)
_SIGNATURE = re.compile(r"\s*[–—-]\s*(?:Sign\.|Signatur):\s*(?P<mark>.+?)\.?$")
# … "An X" (to X), "X an Y" (both sides), as the line or a heading names them
_TO_HEAD = re.compile(r"^An\s+(?=[A-ZÀ-Þ])")
_BOTH = re.compile(r"^(?P<sender>[^;]+?)\s+an\s+(?P<recipient>(?:[A-ZÀ-Þ]|(?:dens|dies|dems|denselben|dieselbe)\b)[^;]*)$")
# ("Ders. an dies.": the same writer to the same addressee as the line before)
# A part saying to or from whom its letters are: "II.3 Briefe an Luise Sperber, geb. Abel"
_PART_PERSON = re.compile(r"\b(?:briefe|letters|lettres|brev|breve)\s+(?:an|to|à|till|til|von|from|de|från|fra)\s+"
                          r"(?P<name>[A-ZÀ-Þ][^,;()]*?)(?:,\s*(?:geb\.|née|born|f\.)\s.*)?\s*$", re.IGNORECASE)
_THIRD = re.compile(r"\b(?:briefe\s+dritter|letters\s+of\s+others|third[- ]party\s+letters|lettres\s+de\s+tiers)\b",
                    re.IGNORECASE)
# A heading over letters whose writers are not known: "OIDENTIFIERADE BREVSKRIVARE", "Unidentified correspondents"
_UNKNOWN = re.compile(r"^(?:oidentifierade|okända|uidentificerede|uidentifiserte|ukendte|ukjente|unidentified|unknown|unbekannte|"
                      r"nicht identifizierte|non identifiés|inconnus)\b", re.IGNORECASE)
# … and the way they went back again: "III. Brev till C. F. Ekström"
_RECEIVED = re.compile(r"\b(?:brev|breve)\s+(?:till|til)\b|\bletters\s+to\b|\bbriefe\s+an\b|\blettres\s+à\b|"
                       r"\blisty\s+do\b", re.IGNORECASE)
# An item that opens with what it is ("Brev fra A til B, …", "Brevkort til X …", "14 breve fra X …",
# "Telegram …", "Do. …"): its title is written, not made from the heading.
_TYPE_WORD = re.compile(r"^(?:\d{1,4}\s+)?(?:brev|breve|brevkort|telegram|telegramm|letters?|briefe?|karte|postkarte|"
                        r"lettres?|kort|billet|do\.)(?=[\s,.;]|$)", re.IGNORECASE)
# … or only which way, the line all parties, places and its date between commas: "Fra Søren Koch, u.d.",
# "Til M.M., 16/12 1833", "Fra Mette Tesdorpf, Aarhus, 14/12 1852", "Samme til samme, …" (not a
# sentence: "Til Kristiania flyttet Bakken i 1853.", "Til Eulenspiegel, a sketch by …, 1849.")
_WAY_OPENING = re.compile(r"^(?:Fra|Til|Från|Till|Samme|Densamme)\s+(?=[A-ZÀ-ÞÆØÅ]|samme\b|ubekendt\b|ukendt\b|til\b|till\b|"
                          r"[a-zæøåäö]{2,12}\.?\s+(?:og\s+[a-zæøåäö]{2,12}\s+)?[A-ZÀ-ÞÆØÅ])")  # ("Til fru Anna X", "Fra pastor og fru X")
_WAY_PLACE = re.compile(r"^[A-ZÀ-ÞÆØÅ][\w'’-]+(?:\s[A-ZÀ-ÞÆØÅ][\w'’-]+)?$|^(?:kapellan|sognepræst|præst|lærer)\s.+$")


def _typed_line(text: str) -> bool:
    """An item that says what it is ("Brev fra A til B, …", "Telegram …"), or only which way it
    went, its line parties, places and a date between commas (_WAY_OPENING)."""
    text = text.strip()
    if _TYPE_WORD.match(text):
        return True
    if not _WAY_OPENING.match(text):
        return False
    parts = [p.strip() for p in text.split(",")]
    if len(parts) < 2 or not _way_party(parts[0]):
        return False
    for k in range(1, len(parts)):  # its date after its places (and "til Y" after a place)
        rest = re.sub(r"^(?:d\.|den)\s+(?=\d)", "", ", ".join(parts[k:]))  # ("…, d. 10. maj 1871")
        found = find_date(rest, 0)
        if found is not None and found[0] == 0 or rest[:1].isdigit() and _UNDATED.search(rest):  # ("14.5. u.å.")
            return all(_WAY_PLACE.match(p) or p.split()[0] in {"til", "till"} and _way_party(p) for p in parts[1:k])
    return False


def _way_party(text: str) -> bool:
    """"Fra Søren Koch", "Til fru Anna Tesdorpf", "Fra Det kgl. danske Landhusholdningsselskab",
    "Fra Karen og Søren Storm til Peter Hvidt": parties, not a sentence ("Till Carl Larssons brev
    hör ett fotografi"): capitalised words, a few small ones between, a capitalised one last."""
    words = text.split()
    small = [w for w in words if w[:1].islower() and w not in {"til", "till", "og", "och", "samme", "ubekendt", "ukendt"}]
    last = words[-1] if words else ""
    return len(words) <= 10 and len(small) <= 3 and (last[:1].isupper() or last in {"samme", "ubekendt", "ukendt"})

_DITTO = re.compile(r"^do\.?$", re.IGNORECASE)
# … that names a party ("fra"/"til"/"från"/"till"/"from"/"to"/"von"/"an"), or the same one again
_FROM_WORD = re.compile(r"\s(?:fra|från|from|von|de)\s", re.IGNORECASE)
_NAMES_PARTY = re.compile(r"\s(?:fra|til|från|till|from|to|von|an|de|à|samme|same)\s", re.IGNORECASE)
# A place after the title, before the date: "…, Odense 3.5.1850", "…. Frederiksberg 9/12 1833", "…, Smst. 13.7.1831"
_PLACE_END = re.compile(r"(?<![\s.][A-ZÀ-Þ])[,.]\s+(?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+|\s+[A-ZÀ-Þ]\.)?|[A-ZÀ-Þ][\w'’-]+\.)$")
_SAME_PLACE = re.compile(r"^(?:smst|sst|sammesteds|ibid|ebd|ebenda)\.?$", re.IGNORECASE)
# A date cut at the line's end, its rest below: "…, Frederiksberg" over "    december 1834."
_CUT = re.compile(r"(?:[A-ZÀ-Þ][\w'’-]+|(?<![\d.])\d{1,2}\.?|\d{1,2}/\d{1,2}|(?i:" + MONTH_NAMES + r")\.?)$")
# A part of the register, numbered: "II. Brev från C. F. Ekström"
_PART = re.compile(r"^(?:[IVX]{1,5}|[A-H])\.\s+\S")
# Where the letters went the other way: "B. BREV FRÅN PER GUSTAF SUNDBLAD", "Letters from X".
_SENT = re.compile(r"\b(?:brev|breve)\s+(?:från|fra)\b|\bletters\s+from\b|\bbriefe\s+von\b|\bcartas\s+de\b|"
                   r"\blettres\s+de\b", re.IGNORECASE)
_UNDATED = re.compile(rf"(?:^|\s)(?:{UNDATED_MARKS})(?=\s|[,.;]|$)", re.IGNORECASE)
# A place before the date, or "u.o." (utan ort), "o.O.", "s.l.": no place of writing (lines.NO_PLACE)
_PLACE = re.compile(r"^(?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+|\s(?:am|an\s+der|bei|im|ob)\s[A-ZÀ-Þ][\w'’-]+)?"
                    r"|u\.\s?o\.|o\.\s?O\.|s\.\s?l\.|b\.\s?m\.)[,.]?\s+")  # ("Grünhagen am See, …")
# "Oscar August och Maria": given names joined, each with the heading's surname
_JOINED = re.compile(r"\s+(och|og|und|and|et|e|y|&)\s+")


def _date_below(text: str, below: Line | None) -> bool:
    """Whether an item's date is cut at its line's end ("…, Frederiksberg", "… 24/2") and goes on
    at the start of the line below ("december 1834.", "1834.")."""
    if below is None or not _CUT.search(text.rstrip(" .")):
        return False
    rest = find_date(below.text.strip(), 0)
    return rest is not None and rest[0] == 0


def _heading_like(text: str) -> bool:
    """A heading, not a sentence of the introduction that mentions letters from someone."""
    letters = [c for c in text.split("(")[0] if c.isalpha()]
    return len(text) <= 100 and sum(c.isupper() for c in letters) >= len(letters) / 2


def _under(line: Line) -> bool:
    """A line under a heading: indented, or set off by a dash ("– Gospić, 1. VIII. 1875.: …" under
    "Gavranić, Antun, dr.:", as a Croatian inventory lists a correspondent's letters)."""
    return indented(line) or bool(_DASH_ITEM.match(line.raw or line.text))


_DASH_ITEM = re.compile(r"^\s*[–—-]\s+(?![A-ZÀ-Þ]{1,2}\s+[–—-]\s*$)\S")  # (not a letter's divider: "— B —")


def _dated(text: str) -> bool:
    text = _STARRED.sub("", text.strip())
    return find_date(text, 0) is not None or bool(_UNDATED.search(text)) or bool(_YEARLESS_WAY.match(text.strip()))


# An index's mark before a date, which its introduction explains ("Letters written by Hale … are distinguished by
# an asterisk (*) before the date"): the letter went the other way, from the papers' person to the correspondent
_STARRED = re.compile(r"^\*\s*(?=[\d\[lIO]|(?i:undated|n\.\s?d\.))")
_STAR_KEY = re.compile(r"\basterisk\b[^.;]{0,60}\b(?i:letters?)\s+(?:written\s+|sent\s+)?(?:by|from)\s+(?!the\s+collection)"
                       r"|\b(?i:letters?)\s+(?:written\s+|sent\s+)?(?:by|from)\s+(?!the\s+collection)[A-Z][\w.'’ -]{1,40}?"
                       r"\s+(?:are|is)\b[^.;]{0,100}\basterisk\b")  # (within one sentence: not "… damaged by damp; letters by X …")
# … and another addressee after the index's columns: "1864 JA 7     1    2    To Hale, Clarissa Whitcomb"
_TO_ANOTHER = re.compile(r"\s{2,}(?:To|to)\s+(?P<who>[A-ZÀ-Þ][^\d]{2,80}?)\s*$")
# A register's line whose day and month go under the year of the line above: "     3/6      till"
_YEARLESS_WAY = re.compile(r"^\d{1,2}/\d{1,2}\s{2,}(?:\d{1,3}\s+brev\s+)?(?i:från|fra|till|til)\b")


_COUNT_AFTER = re.compile(r"(?<=[a-zåäöæø.])\s*\(\d{1,4}\s+(?:brev|breve|letters?|briefe?|lettres?)\)\s*$")
_TO_HEADING = re.compile(r"^(?:Til|Till|To|Fra|Från|From)\s+(?=[A-ZÀ-Þ][\w'’-]+,\s)")


# A Danish registrant's heading over a correspondent's letters, saying which way they went and how
# many there are: "Breve fra Anders Balslev, skolelærer i Tåstrup (5)", "Breve til Ida Aagaard (2)"
_GROUP_HEADING = re.compile(r"^(?:breve|brev|brevkort|letters|briefe|lettres)\s+(?P<way>fra|från|from|von|de|til|till|to|an|à)\s+"
                            r"(?P<body>[^,()\d]{3,80}?)(?:,\s*(?P<about>[^()\d]{2,80}?))?\s*\(\d{1,4}\)\.?$", re.IGNORECASE)


def _heading(text: str, plain: bool) -> re.Match[str] | None:
    """The correspondent a heading names ("Almqvist, Wilhelmina"); ``plain``: the head says whose
    letters these are, so "Bartoszewicz Michał" and "Towarzystwo Naukowe Krakowskie" are too."""
    if group := _GROUP_HEADING.match(text.strip()):
        return group
    text = _TO_HEADING.sub("", text)  # ("Til Oehlenschläger, Adam" under "Breve fra X": the heading's person)
    text = _COUNT_AFTER.sub("", text)  # ("Falk, Olof, kyrkoherde (2 brev)": how many, after his calling)
    found = _HEADING.match(text) or _CAPS_HEADING.match(text)
    if not found and not plain and text.isupper() and (body := _BODY_HEADING.match(text)) \
            and len(body["body"].split()) >= 2 and _kind(body["body"].title()) == "org":
        return body  # "KELBY TURNPIKE TRUST" among "AMBLGATE, Arthur" headings: a body, in capitals as they are
    if found or not plain:
        return found
    found = _PLAIN_HEADING.match(text)
    if found and not (_kind(f"{found['given']} {found['surname']}") == "org"):
        return found
    body = _BODY_HEADING.match(text)  # (not a heading in capitals: "OIDENTIFIERADE BREVSKRIVARE", a part's)
    return body if body and not body["body"].isupper() and _kind(body["body"]) == "org" \
        and looks_like_name(body["body"]) else None


# A heading, then its letters counted, on one line: "Dybkjær, Poul (1777-1844). 2 breve 1811 og 1812."
_COUNTED = re.compile(r"(?:\.\s+|\.?\s+[—–]\s+|\s{3,})(?=\d{1,4}\s+(?:brev|breve|afskrift|afskrifter|koncept|koncepter|brevkort|"
                      r"kort|letters?|briefe?|br\.|listy?|listów|kpl|kirjettä|kirjeet|kirje|pismo|pisma|pisama|dopisnic[ae])\b)",
                      re.IGNORECASE)  # (a Croatian inventory's "Kušan, Ivo. — 16 pisama, 1856.-1862.", a Finnish
#                                       list's "Ahokas, August      6 kpl      1880–1884", in columns)


def _inline(text: str, plain: bool) -> tuple[re.Match[str], str] | None:
    """A heading and its one letter on a line: "Borkowski Stanisław, Wiedeń [1858?], k. 8-11." (the
    longest heading the line opens with: "Zawadzki Wincenty, dr, Kraków, b.d."), or None; or its
    letters counted after a full stop, in any register ("Dybkjær, Poul (1777-1844). 2 breve 1811")."""
    if (counted := _COUNTED.search(text)) is not None and (heading := _heading(text[:counted.start()], False)) \
            and (_dated(text[counted.end():]) or _CUT.search(text.rstrip(" ."))):  # (its date cut: "… 24/2" / "1834.")
        return heading, text[counted.end():]
    if (stop := _STOP_PLACE_DATE.match(text)) is not None and (heading := _heading(stop["head"], False)) is not None \
            and _dated(stop["rest"][:60]):
        return heading, stop["rest"]  # "Blomqvist, Carl Sven. Sala 4/2 1858. 1 bl.": his one letter, after a stop
    if (way := _PARTNER_AFTER.search(text)) is not None and (heading := _heading(text[:way.start()], False)) \
            and _dated(text[way.end():]) and _partner(_PARTNER.match(text[way.end():]), heading):
        return heading, text[way.end():]  # "Barlow, Edward, to LV, 24 Feb. 1873 . . . 527": his one letter, to LV
    if not plain:
        return None
    found = None
    for comma in re.finditer(r",\s*", text):
        heading = _heading(text[:comma.start()], plain)
        rest = _COUNT.sub("", text[comma.end():])
        if heading is not None and _dated(rest):
            found = heading, text[comma.end():]
    return found


_PARTNER_AFTER = re.compile(r",\s+(?=(?:to|from)\s+[A-ZÀ-Þ])")
# A correspondent's one letter on the heading's line after a full stop: its place, then its date
_STOP_PLACE_DATE = re.compile(r"^(?P<head>[^.]+?)\.\s+(?P<rest>[A-ZÀ-ÞÅÄÖ][\w'’-]+(?:\s[A-ZÀ-ÞÅÄÖ][\w'’-]+)?\s+"
                              r"(?:d\.\s+|den\s+|omkr\.\s+|ca\.\s+)?(?:\d|ud\.|u\.d\.|s\.d\.|n\.d\.|[a-zåäö]+\s+\d{4}).*)$")


def _whose(lines: Sequence[Line]) -> bool:
    """The head says whose letters the register lists ("Listy do X", "Letters to X")."""
    return any(_RECEIVED.search(line.text) or _SENT.search(line.text) for line in lines[:12] if line.kind != "blank") \
        or any(_PART_NUMBER.match(line.text) and (_RECEIVED.search(line.text) or _SENT.search(line.text))
               for line in lines)  # ("II.2 Briefe an Sperber": a Nachlass's parts)


# An item's number before its correspondent ("1. Aasheim, Sivert, sogneprest. 1 brev, 1867", "2. Brev
# fra X (…), 18.3.1876"), not a day before its month ("12. März 1850")
_ITEM_NUMBER = re.compile(rf"^(?P<n>\d{{1,4}})\.\s+(?!(?i:{MONTH_NAMES})\b)(?=[A-ZÀ-Þ][\w'’-]+,\s|(?:Brev|Breve|Brief|Briefe)\s)")


_WAY_INSIDE = re.compile(r"\s(?:Fra|Til|Från|Till|Samme|Densamme|[Bb]rev|[Bb]reve|[Bb]revkort|[Tt]elegram)\s")


def _dates_last(lines: Sequence[Line]) -> Sequence[Line]:
    """A typed item's date set first ("januar 1828 Fra X, Nakskov, til Y", "u.d. Fra X til Y"): the
    line as the others write it, its date last, so that it is read as they are."""
    out = list(lines)
    for k, line in enumerate(lines):
        text = line.text.strip()
        if not _WAY_INSIDE.search(text):  # (cheap: most lines name no way; find_date is not)
            continue
        if not text[:1].isdigit() and not text[:1] in "[" and not _UNDATED.match(text) \
                and not re.match(rf"(?:d\.\s+)?(?:\d|(?i:{MONTH_NAMES})\b)", text):  # ("d. 20. april 1882 Fra …")
            continue
        day = re.match(r"d\.\s+(?=\d)", text)  # ("d. 14. juni 1870 Fra …": "den")
        found = find_date(text, day.end() if day else 0)
        if found is None or found[0] != (day.end() if day else 0) or _typed_line(text) or re.match(r"\s{2,}", text[found[1]:]):
            continue  # (a register's column: "1819–1824   6 brev till")
        last = f"{text[found[1]:].lstrip(' .,').rstrip(' ,')}, {text[:found[1]].strip()}"
        if _typed_line(last):
            out[k] = replace(line, text=last)
    return out


_BULLET_MARK = re.compile(r"^(?P<mark>[•·▪◦*‣∙►–—-]|o(?=\t))\s")


def _bullets_off(lines: Sequence[Line]) -> Sequence[Line]:
    """The lines without the dash set flush before an item where the list's flush items wear
    several marks ("•", "o", "▪" beside "–"): a bullet then, not a dash that sets a letter under
    its heading ("– Gospić, 1. VIII. 1875.: …" under "Gavranić, Antun, dr.:")."""
    marks = Counter(m["mark"] for line in lines if (m := _BULLET_MARK.match(line.raw or "")))
    if sum(1 for mark, n in marks.items() if n >= 2 and mark not in "–—-") < 2 or not marks.keys() & {"–", "—", "-"}:
        return lines  # (two other marks, each more than once: not a Croatian list's dashes beside one "* note")
    return [replace(line, raw=line.raw[m.end():]) if (m := _BULLET_MARK.match(line.raw or "")) and m["mark"] in "–—-"
            else line for line in lines]


def _numbers_off(lines: Sequence[Line]) -> tuple[Sequence[Line], dict[int, str]]:
    """The lines without the numbers of a register's numbered items (read as its unnumbered ones
    are), and each number by its line; the lines as they are where no three numbers run on."""
    found = [(i, m) for i, line in enumerate(lines) if not _under(line) and (m := _ITEM_NUMBER.match(line.text))]
    runs = sum(1 for (_, a), (_, b) in zip(found, found[1:]) if int(b["n"]) == int(a["n"]) + 1)
    if runs < 2 or runs < len(found) // 2:
        return lines, {}
    out = list(lines)
    for i, m in found:
        out[i] = replace(lines[i], text=lines[i].text[m.end():], raw=lines[i].raw.replace(m.group(), "", 1))
    return out, {lines[i].number: m["n"] for i, m in found}


# A register's letters numbered under each correspondent's heading, set flush: "ABRAMOWICZ Józef (1810—1872),
# lekarz w Wilnie." over "1. Rzym, ok. 1843. Autogr., 1 k." and "2. Poznań, 21 IV 1854. …", each number
# from 1 again under the next heading; a letter's wrapped lines flush under it too.
_LETTER_NUMBER = re.compile(r"^(?P<n>\d{1,3})\.\s+(?=\[?[A-ZÀ-Þ][\w'’.-]*\]?,\s|\[?(?i:b\.\s?m\.|s\.\s?l\.|o\.\s?O\.))")


def _letters_under(lines: Sequence[Line]) -> tuple[Sequence[Line], dict[int, str]]:
    """The lines with a register's numbered letters (and their wrapped lines) indented under their
    heading, as the other registers set them, where three headings at least start their letters at 1;
    each letter's number by its line."""
    lines = [replace(line, text=spaced) if (spaced := unspaced(line.text)) != line.text
             and (_CAPS_HEADING.match(spaced) or _HEADING.match(spaced)) else line for line in lines]
    starts = [i for i, line in enumerate(lines) if not indented(line) and (m := _LETTER_NUMBER.match(line.text)) and m["n"] == "1"
              and i and _heading_above(lines, i)]
    if len(starts) < 3 or not _whose(lines):
        return lines, {}  # (three headings at least, under a head that says whose letters: not a catalogue's works)
    out, numbers = list(lines), {}
    inside = False
    for i, line in enumerate(lines):
        if line.kind == "blank" or indented(line):
            inside = inside and line.kind != "blank"
            continue
        numbered = _LETTER_NUMBER.match(line.text)
        if numbered:
            out[i] = replace(line, text=line.text[numbered.end():], raw="    " + line.text[numbered.end():])
            numbers[line.number] = numbered["n"]
        elif inside and not (_HEADING.match(line.text) or _CAPS_HEADING.match(line.text)) and not _over_letters(lines, i):
            out[i] = replace(line, raw="        " + (line.raw or line.text).lstrip())  # (a wrapped line deeper: part
        inside = bool(numbered) or inside and out[i] is not line                      # of the letter above it)
    return out, numbers


# A surname letter-spaced in print, as OCR reads it: "B I A Ł O B Ł O C K I Teodor" (Sperrsatz)
_LETTER_SPACED = re.compile(rf"(?<!\S)(?:[{_UPPER}] ){{3,}}[{_UPPER}](?!\S)")


def unspaced(text: str) -> str:
    """A line with its letter-spaced words closed up ("B I A Ł O B Ł O C K I Teodor": BIAŁOBŁOCKI Teodor)."""
    return _LETTER_SPACED.sub(lambda m: m.group().replace(" ", ""), text)


def _over_letters(lines: Sequence[Line], i: int) -> bool:
    """Whether the line is a heading over numbered letters ("Towarzystwo Dobroczynności w Kaliszu" over
    "1. Kalisz, …"), not a wrapped line of the letter above it."""
    below = next((x for x in lines[i + 1:i + 3] if x.kind != "blank"), None)
    return below is not None and (m := _LETTER_NUMBER.match(below.text)) is not None and m["n"] == "1"


def _heading_above(lines: Sequence[Line], i: int) -> bool:
    above = next((x for x in reversed(lines[max(0, i - 3):i]) if x.kind != "blank"), None)
    return above is not None and bool(_HEADING.match(above.text) or _CAPS_HEADING.match(above.text))


class Correspondents(Layout):
    name = "correspondents"
    description = "correspondents: a register by correspondent, a name heading over one indented line per letter"
    rule = ("an entry starts at an indented line with a date (\"Lund juni 1828.\") under a heading that names the "
            "correspondent surname first (\"Almqvist, Wilhelmina (1792–1864)\")")

    def score(self, lines: Sequence[Line]) -> float:
        """The dated lines under name headings (indented, or typed: "Brev fra …"), when three
        headings or more have them."""
        lines, _ = _numbers_off(_dates_last(_bullets_off(_letters_under(lines)[0])))
        headings = items = lines_alone = groups = 0
        typed_alone: list[Line] = []
        current = False
        plain = _whose(lines)
        for line in lines:
            if line.kind == "blank":
                continue
            group = _GROUP_HEADING.match(line.text.strip())
            groups += bool(group) and not _under(line)
            typed = _typed_line(line.text) and not group
            if typed and not _under(line):
                typed_alone.append(line)
            if not _under(line) and ";" in line.text and _SEMICOLONS.match(line.text):  # (a correspondent's letters)
                items, current, lines_alone = items + 1, False, lines_alone + 1
            elif not _under(line) and not typed:
                current = bool(_heading(line.text, plain) or _named_heading(line.text, plain))
                inline = not current and bool(_inline(line.text, plain))  # (a heading and its letter)
                headings += current or inline
                items += inline
            elif current and len(line.text) <= 160 and (_dated(line.text) or typed):
                items += 1
        if groups >= 3:  # (a registrant's: its letters one a line beside its groups, "Brev fra X, 10/5 1850")
            items += sum(1 for line in typed_alone if _dated(line.text))
        return items if headings + lines_alone >= 3 and items >= headings else 0

    def read(self, lines: Sequence[Line], listing: Listing) -> None:
        lines, numbered = _letters_under(lines)
        lines, numbers = _numbers_off(_dates_last(_bullets_off(lines)))
        numbers |= numbered
        before = len(listing.entries)
        self._read(lines, listing)
        for entry in listing.entries[before:]:
            if entry.first_line in numbers:
                entry.fields.setdefault("number", numbers[entry.first_line])

    def _read(self, lines: Sequence[Line], listing: Listing) -> None:
        plain = _whose(lines)
        first = next((i for i, line in enumerate(lines) if not _under(line) and (
            (_heading(line.text, plain) or _named_heading(line.text, plain))
            and any((_under(x) or _typed_line(x.text)) and _dated(x.text) for x in lines[i + 1:i + 4])
            or _inline(line.text, plain) or (";" in line.text and _SEMICOLONS.match(line.text)))), None)
        if first is None:
            no_entries(listing, lines)
            return
        read_head(listing, lines[:first])
        sent = any(_SENT.search(line.text) for line in lines[:first] if _heading_like(line.text))
        front = " ".join(line.text for line in lines[:first])
        parts = _Parts(sent, bool(_STAR_KEY.search(front)))  # (which way each part's letters went, and to or from whom)
        for line in lines[:first]:
            if _heading_like(line.text) or _PART.match(line.text) or _PART_NUMBER.match(line.text):
                # (a part's heading, not the introduction's prose: "… koncept till brev från Lind.")
                parts.read(line.text)
        heading = None
        titled: str | None = None  # the title a heading gives its letters whole ("An X", "A an B")
        entry: Entry | None = None
        depth = 0
        joined: set[int] = set()  # (the lines read with the item above them: its date's end)
        inline = None  # (the heading and its one letter on a line: "Bakken, Tore, lærer. 1 brev, 1851.")
        seen = previous = heading_line = None  # (the line before, and the heading's, for a flush block)
        for k, line in enumerate(lines[first:], start=first):
            if line.kind == "blank" or line.number in joined:
                continue
            previous, seen = seen, line
            width = len(line.raw) - len(line.raw.lstrip())
            deep = width + (1 if line.raw.lstrip().startswith("*") else 0)  # (an index's mark in the margin, _STARRED:
            #                                                                  the lines below it are set one further in)
            under = _under(line)
            if _typed_line(line.text.strip()) and (entry is None or width <= depth):
                # "Brev fra A til B, Odense 3.5.1850. 2 bl.": an item that says what it is and who wrote it
                if not under and entry is not None and (inline or previous is not heading_line and depth > width) \
                        or not under and heading is not None and heading.re is _GROUP_HEADING:
                    heading = None  # (set flush after a heading's indented letters, or its one letter: not theirs;
                    #                 nor a group's, "Breve fra X (3)", whose letters are its dates alone)
                below = next((x for x in lines[k + 1:k + 3] if x.kind != "blank"), None)
                text = line.text.strip()
                if _date_below(text, below):
                    text, joined = f"{text} {below.text.strip()}", joined | {below.number}
                if _dated(text):
                    entry = self._typed(line, text, heading, parts.sent, listing,
                                        below if below and below.number in joined else None)
                    depth = deep
                    continue
            if under and _PART.match(line.text.strip()) and not _dated(line.text):  # (set in the middle)
                unused(listing, line, "a heading between the letters of a register (a part)")
                parts.read(line.text)
                heading, entry = None, None
                continue
            semicolons = ";" in line.text and _SEMICOLONS.match(line.text)
            if not under and heading is not None and entry is None and len(line.text) <= 80 \
                    and _dated(line.text) and not semicolons and not _heading(line.text, plain) \
                    and previous is not None and (previous == heading_line or _typed_line(previous.text)):
                # "Abendroth, Emil" / "Brief von Oberländer" / "Marienstedt, 21.X.1870": a block's letter, set flush
                entry = self._entry(line, heading, parts.sent, listing, title=titled, starred=parts.starred)
                if parts.other and not titled:
                    entry.fields["writer"] = parts.other
                depth = deep
                continue
            if not under and semicolons:
                below = list(itertools.takewhile(lambda x: _under(x) and x.kind != "blank", lines[k + 1:]))
                joined |= {x.number for x in below}  # (the line's wrapped rest: "… – Sign.: NL" over "17/121")
                entry = self._semicolons(line, below, semicolons, parts.sent, parts.other, listing)
                heading, titled, depth = None, None, width
                continue
            if not under:
                named = _named_heading(line.text, plain)  # (before: "An Engelbrecht" is no surname)
                found = _heading(line.text, plain) or _body_over_items(line, lines[k + 1:k + 3]) if not named else None
                inline = _inline(line.text, plain) if not found and not named else None
                if found:
                    heading, titled, entry, heading_line = found, None, None, line
                    unused(listing, line, "a heading naming the correspondent of the letters below it")
                elif named:  # "An Engelbrecht, Moritz", "Hallwachs, Bertha von an Kallweit, Otto"
                    heading, titled, entry, heading_line = named[0], named[1], None, line
                    unused(listing, line, "a heading naming the correspondents of the letters below it")
                elif inline:  # "Borkowski Stanisław, Wiedeń [1858?], k. 8-11.": the heading and its letter
                    heading, entry, text = inline[0], None, inline[1]
                    below = next((x for x in lines[k + 1:k + 2] if x.kind != "blank" and _under(x)), None)
                    goes_on = _date_below(text, below)  # ("… 24/2" / "1834.")
                    if goes_on:
                        text, joined = f"{text} {below.text.strip()}", joined | {below.number}
                    entry = self._entry(line, heading, parts.sent, listing, text)
                    if goes_on:
                        entry.last_line = below.number
                    depth = deep
                elif _UNKNOWN.match(line.text):
                    heading, entry = _UNKNOWN.match(line.text), None  # (their writers unknown: no party)
                    unused(listing, line, "a heading over letters whose correspondents are not known")
                elif line.kind in {"boilerplate", "separator"}:
                    unused(listing, line, "")
                else:  # a running head between a page's lines, or a part heading: the letters go on below it
                    unused(listing, line, "a heading between the letters of a register (a running head, a part)")
                    if _PART.match(line.text) or _PART_NUMBER.match(line.text):
                        parts.read(line.text)
                        heading, titled = None, None
                    else:
                        parts.sent = parts.sent or bool(_SENT.search(line.text)) and _heading_like(line.text)
                continue
            if heading is not None and _dated(line.text) and (entry is None or width <= depth
                                                              or _YEARLESS_WAY.match(line.text.strip())) \
                    and not (entry is not None and _LABEL.match(line.text.strip())):  # ("Inhalt: … am 15. April 1859")
                entry = self._entry(line, heading, parts.sent, listing, title=titled, starred=parts.starred)
                if parts.other and not titled:
                    entry.fields["writer"] = parts.other
                depth = deep
            elif entry is not None:  # "    Bil.: fotografi." under its letter: a paragraph of its summary
                set_summary(entry, [*entry.summary_paragraphs, [(line.number, line.text.strip())]])
            else:
                unused(listing, line, "an indented line under no correspondent's heading")

    @staticmethod
    def _semicolons(line: Line, below: list[Line], found: re.Match[str], sent: bool, other: str | None,
                    listing: Listing) -> Entry:
        """"Abel, Ludwig; 3 Br.; Weimar, 1850-1855 – Sign.: NL 17/104": one correspondent's
        letters on a line, the party the part implies on their other side."""
        head, rest = found["head"].strip(), " ".join([found["rest"] or "", *(x.text.strip() for x in below)]).strip()
        title = _named_title(head)
        if title is None:
            title = f"{'To' if sent else 'From'} {natural_name(head)}"
        entry = Entry(source=listing.source, first_line=line.number, last_line=below[-1].number if below else line.number,
                      date_text="", date_line=line.number, date=None, title=title, title_line=line.number)
        if other and " an " not in head:
            entry.fields["writer"] = other
        if found["sig"]:  # its shelfmark before it: "I/5  Falkenrode, Gustav von; 1 Br.; …"
            entry.idnos.append(("shelfmark", found["sig"]))
        if signature := _SIGNATURE.search(rest):
            entry.idnos.append(("shelfmark", " ".join(signature["mark"].split())))
            rest = rest[:signature.start()]
        Correspondents._date_and_place(entry, rest, line, listing)
        set_summary(entry, [[(line.number, found["count"].strip())], *entry.summary_paragraphs])
        listing.entries.append(entry)
        return entry

    @staticmethod
    def _entry(line: Line, heading: re.Match[str], sent: bool, listing: Listing, text: str | None = None,
               title: str | None = None, starred: bool = False) -> Entry:
        text = line.text.strip() if text is None else text
        number = kind = None
        if star := _STARRED.match(text) or _STARRED.match(line.raw.strip()):  # (the line's text may have lost it: a bullet)
            text = _STARRED.sub("", text)
            sent = sent != starred  # (marked: the other way, where the index says so; else a bullet or a mark it does not explain)
        another = _TO_ANOTHER.search(text) if title is None and _named(heading) else None
        if another:
            text = text[:another.start()]  # ("… 1    2    To Hale, Clarissa Whitcomb": a letter to another)
        if (typed := _TYPED_ITEM.match(text)) is not None:
            # "2. cartolina postale, Pisa, 3 febbraio 1923, c. 1": its number and what it is, then where and
            # when; "minuta di risposta di E. X, …": the register's person's reply, to the correspondent
            number, kind, text = typed["n"], typed["type"], text[typed.end():]
            sent = sent or bool(_REPLY_DRAFT.match(kind))
        if heading.re is _GROUP_HEADING:  # ("Breve til X (3)": to X)
            sent = heading["way"].lower() in {"til", "till", "to", "an", "à"}
        partner = None  # the other party an item names ("to Charles Dickens, …"), where it is not the register's person
        if (way := _WAY_ITEM.match(text)) and _refers(way, heading):
            # "To C., 29 March 1834.", "To the Secretary, 27 July 1849." under the heading: to its
            # correspondent, from the register's person; "From C., …": from them (the rest kept)
            sent, text = way["word"].lower() == "to", text[way.end():]
        elif title is None and _named(heading) and (partner := _partner(_PARTNER.match(text), heading)) \
                and _dated(text[partner.end():]):
            text = text[partner.end():]  # "to LV, 1 Feb. 1846, 318n", "from LV and EV, …" under "Ackroyd, Caroline": a
            #                              checklist by correspondent, each letter's other party named (a key's initials)
        else:
            partner = None
        count = _COUNT.match(text)  # ("7 listy, Paryż, 1887-1890": seven letters, as one item)
        text = text[count.end():] if count else text
        if not _named(heading):  # under "Unidentified correspondents"
            name = "unknown"
        else:
            name = Correspondents._name(heading)
        other = None  # one who wrote in the correspondent's stead ("från hustrun Sofia Adlerstam")
        counted = None  # how many letters the line is ("8 brev till"), kept in its summary
        if (column := _WAY_COLUMN.match(text)) and title is None:
            counted = column["count"]
            # "21/5 1823           från Adlerstam", "1824 25/1   till  (avskrift)": which way, in a column
            day = column["date"].strip()
            if re.fullmatch(r"\d{1,2}/\d{1,2}", day) and listing.entries and listing.entries[-1].date is not None \
                    and listing.entries[-1].date.year:
                day = f"{day} {listing.entries[-1].date.year}"  # ("     3/6   till" under "1825 3/3   från": of 1825)
            sent, text = column["word"].lower() in {"till", "til", "to", "an"}, f"{day} {column['rest'] or ''}".strip()
            who = _RELATION_WORD.sub("", column["who"] or "").strip()
            if who and _named(heading) and not _refers_to(who, heading) and who[:1].isupper():
                other = who
        entry = Entry(source=listing.source, first_line=line.number, last_line=line.number, date_text="",
                      date_line=line.number, date=None, title=title or (f"{'To' if sent else 'From'} {other}" if other
                                                                           else None) or _made_title(heading, name, sent),
                      title_line=line.number)
        if another and not sent:
            entry.title = f"From {name} to {natural_name(another['who'])}"
        if partner and name != "unknown":
            person = Correspondents._name(heading, role=False)  # (no "From X, novelist to Y": the role would take Y in)
            entry.title = f"From {person} to {partner['who']}" if partner["word"].lower() == "to" \
                else f"From {partner['who']} to {person}"
            if partner["kind"]:
                entry.fields["type"] = partner["kind"]  # ("to LV (telegram), …")
        joint = _JOINT.match(way["with"] or "") if way and _refers(way, heading) and title is None else None
        if joint and name != "unknown":  # "To B. (with Lady Garvock)": she wrote with the register's person
            entry.title = f"Jointly with {joint['who']} to {name}" if sent else f"From {name} and {joint['who']}"
        Correspondents._date_and_place(entry, text, line, listing)
        if count or counted:
            set_summary(entry, [[(line.number, count.group(0).strip(" ,") if count else counted)],
                                *entry.summary_paragraphs])
        if way and way["with"] and _refers(way, heading) and not joint:
            entry.notes.append(way["with"])  # "(copy)": kept as written
        if number:
            entry.fields["number"] = number
        if kind:
            entry.fields["type"] = kind
        listing.entries.append(entry)
        return entry

    @staticmethod
    def _typed(line: Line, text: str, heading: re.Match[str] | None, sent: bool, listing: Listing,
               below: Line | None) -> Entry:
        """An item that says what it is: its title the words before its date, read as titles are,
        with the heading's person as the side it leaves out ("Brev til Gylling" under "BANG,
        Karen": from her); a bare "Brev, Odense …" is from (or to) the heading's person."""
        found = find_date(text, 0)
        head = text[:found[0]] if found else (_UNDATED.split(text)[0] if _UNDATED.search(text) else text)
        head = re.sub(r"(?:^|\s)(?:d\.|den)\s*$", "", head.rstrip())  # ("… Gylling. d. 15. December 1832")
        place = _PLACE_END.search(head.rstrip(" ,.;"))
        title = head[:place.start()] if place else head
        title = title.rstrip(" ,;")
        if title.endswith(".") and not re.search(r"(?:^|[\s.])[A-ZÀ-ÞÆØÅ]\.$", title):  # (not "Til M.M.": initials)
            title = title[:-1].rstrip(" ,;")
        name = Correspondents._name(heading) if heading is not None and _named(heading) else None
        last = below.number if below is not None else line.number
        entry = Entry(source=listing.source, first_line=line.number, last_line=last, date_text="",
                      date_line=line.number, date=None, title=title, title_line=line.number)
        if _DITTO.match(title) and listing.entries:  # "Do. Frederiksberg 22.2.1849": the item before's parties
            entry.title = listing.entries[-1].title
            entry.fields.update({k: v for k, v in listing.entries[-1].fields.items() if k == "writer"})
        elif not _NAMES_PARTY.search(title):  # "Brev", "Brevkort", "3 breve": the heading's person's
            unknown = heading is not None and name is None  # (under "Unknown writers": someone's)
            entry.title = _made_title(heading, name or "unknown", sent) if name or unknown else title
        elif name:
            entry.fields["writer"] = name
        elif heading is not None and not _FROM_WORD.search(title):  # under "Unknown writers": "Brev til X" is from
            entry.fields["sender"] = "unknown"                      # someone unknown, not from the edition's writer
        Correspondents._date_and_place(entry, text[len(head):] if found or _UNDATED.search(text) else "", line, listing)
        if place:
            entry.fields["place"] = place["place"]
            _same_place(entry, listing)
        listing.entries.append(entry)
        return entry

    @staticmethod
    def _name(heading: re.Match[str], role: bool = True) -> str:
        """The heading's correspondent in reading order; ``role``: with what the heading says they were."""
        if "body" in heading.groupdict():
            return " ".join(heading["body"].split())
        if heading.re is _PLAIN_HEADING:  # ("Kalinowski Ignacy, prof.": prof. Ignacy Kalinowski)
            return " ".join(filter(None, (heading["role"], heading["given"], heading["surname"])))
        surname = heading["surname"] if heading.re is not _CAPS_HEADING else title_case(heading["surname"])
        # "Bergfalk, Oscar August och Maria": each of them a Bergfalk
        joined = _JOINED.split(" ".join(heading["given"].split()))
        role = (heading["role"] or "") if role else ""
        role = "" if _TO_ROLE.match(role) or _MARRIED.match(role.strip(" ,")) else role
        return f" {joined[1].strip() if len(joined) > 1 else 'and'} ".join(
            f"{given} {surname}" for given in joined[::2]) + (f", {role.strip(' .:')}" if role else "")

    @staticmethod
    def _date_and_place(entry: Entry, text: str, line: Line, listing: Listing) -> None:
        body = re.sub(r"^(?:d\.|den)\s+", "", _SUB_ITEM.sub("", text))  # ("a) 1852.": one of a heading's letters)
        if (place := _PLACE.match(body)) and not find_date(place["place"], 0) \
                and not re.match(rf"(?:{UNDATED_MARKS})(?=\s|[,.;]|$)", body, re.IGNORECASE) \
                and not re.fullmatch(MONTH_NAMES, place["place"].split()[0], re.IGNORECASE):  # ("September 1848")
            if not NO_PLACE.fullmatch(place["place"]):
                entry.fields["place"] = place["place"]
            body = body[place.end():]
        found = find_date(body, 0)
        rest = body
        if found is not None:
            a, b, entry.date = found
            if entry.date is None and _DAY_MONTH.fullmatch(body[:a].strip(" ,.")):
                a = 0  # "2. september u.å.": a day without its year, all of it the date as written
            entry.date_text = body[a:b]
            before, rest = body[:a].strip(" ,."), body[b:].lstrip(" ,.").rstrip()
            if before and "place" not in entry.fields and not NO_PLACE.fullmatch(before) and not _UNDATED.search(before):
                entry.fields["place"] = before  # ("12 dec. 1847, Lund.": after the date)
            if rest and (after := re.match(r"^(?P<place>[A-ZÀ-Þ][\w'’-]+)(?:[.,]\s*|$)", rest)) and len(rest) <= 40 \
                    and "place" not in entry.fields and not find_date(after["place"], 0):
                entry.fields["place"], rest = after["place"], rest[after.end():]
        elif (undated := _UNDATED.search(body)) is not None:
            entry.date_text = undated.group(0).strip()
            rest = (body[:undated.start()] + body[undated.end():]).strip(" ,.")
        set_summary(entry, [[(line.number, rest.strip())]] if rest.strip(" .") else [])
        _same_place(entry, listing)


# An item that says what it is before its place and date, in lower case, perhaps numbered (an Italian
# inventory's): "1. biglietto, Torino, [1918 set. 12], c. 1", "cartolina illustrata, Pisa, 7.II.1912"
_TYPED_ITEM = re.compile(r"^(?:(?P<n>\d{1,4})\.\s+)?(?P<type>[a-zà-ÿ][a-zà-ÿ' ]{2,40}?(?:\s+di\s+[A-ZÀ-Þ][\w.' ]{1,30})?),\s+(?=\S)")
_REPLY_DRAFT = re.compile(r"(?:minuta|copia|bozza)\s+(?:di\s+)?(?:risposta|lettera)\b|minuta\b")
_SUB_ITEM = re.compile(r"^\(?[a-z]\)\s+")  # "a) 1868.", "(b) 1. september u.å."
_DAY_MONTH = re.compile(rf"\d{{1,2}}\.?\s*(?i:{MONTH_NAMES})\.?")
# A labelled line under a letter: "Inhalt: …", "Sign.: NL 17/104", "Beil.: …" (its summary, whatever dates it holds)
_LABEL = re.compile(r"^(?:Inhalt|Sign|Signatur|Beil|Beilage|Bil|Enthält|Regest|Vermerk|Anm|Notes?|Contents|Encl)\.?:\s")
# A part's number: "II.1 Briefe von Sperber", "II.4 Briefe Dritter"
_PART_NUMBER = re.compile(r"^(?:[IVX]{1,5}|\d{1,2})(?:\.\d{1,2})+\.?\s+\S")


class _Parts:
    """Which way a part's letters went ("II.1 Briefe von Sperber"), and the person on their
    other side where a part names someone else than the register's own person: the person the
    first part names is the register's ("A. BREV TILL PER ANDERS LIND", "Briefe von Sperber");
    a later part naming another in full is not ("II.3 Briefe an Luise Sperber, geb. Abel")."""

    def __init__(self, sent: bool, starred: bool = False) -> None:
        self.sent, self.other, self.main = sent, None, None
        self.starred = starred  # (an asterisk before a date marks the letters of the papers' person: _STAR_KEY)

    def read(self, text: str) -> None:
        if _THIRD.search(text):
            self.other = None
            return
        if not (_SENT.search(text) or _RECEIVED.search(text) or _PART_PERSON.search(text)):
            return
        self.sent = bool(_SENT.search(text) or re.search(r"\b(?:briefe|letters)\s+(?:von|from)\b", text, re.IGNORECASE))
        person = _PART_PERSON.search(text)
        name = " ".join(person["name"].split()) if person else ""
        if not name or not looks_like_name(name):
            self.other = None
            return
        self.main = self.main or name
        self.other = name if len(name.split()) >= 2 and name.casefold() != self.main.casefold() else None


def _named_title(head: str) -> str | None:
    """"An Dittmar, Johanna" → "To Johanna Dittmar"; "Sperber, Gerold an Ludwig Hetzel" →
    "Gerold Sperber to Ludwig Hetzel": a German inventory's line or heading that names its sides."""
    if _TO_HEAD.match(head):
        return f"To {natural_name(head[_TO_HEAD.match(head).end():])}"
    both = _BOTH.match(head)
    if both and all(looks_like_name(natural_name(side)) or SAME.match(side.strip()) for side in both.groups()):
        return f"{natural_name(both['sender'])} to {natural_name(both['recipient'])}"
    return None


def _named_heading(text: str, plain: bool) -> tuple[re.Match[str], str] | None:
    """A heading that names the sides of the letters below it: (the correspondent's, the title)."""
    text = text.strip()
    if " an " not in text and not text.startswith("An ") or _PART_NUMBER.match(text) or _PART.match(text):
        return None  # (no side named; "II.2 Briefe an Sperber": a part)
    title = _named_title(text) if not _SEMICOLONS.match(text) and len(text) <= 100 else None
    if title is None:
        return None
    side = text[_TO_HEAD.match(text).end():] if _TO_HEAD.match(text) else text.split(" an ")[0]
    heading = _heading(side, True) or (_BOTH.match(text) if _kind(side) == "org" else None)  # ("Buchhandlung
    #                                                                      Gebr. Stübner an X": a body)
    return (heading, title) if heading is not None else None


# A heading that names whom its correspondent wrote to: "Bøgild, Mette, til broderen Niels" (a
# register's letters between other people)
_TO_ROLE = re.compile(r"^(?:til|till|to|an|à|aan)\s+\S", re.IGNORECASE)


# An item that says which way it went, naming the heading's correspondent by an initial, the
# surname or an office: "To C., 29 March 1834.", "To B. (with Lady Garvock), 24 Oct. 1847.",
# "To the Secretary, 27 July 1849.", "From Belmere, 1826."
_WAY_ITEM = re.compile(r"^(?P<word>To|From)\s+(?P<who>[A-ZÀ-Þ]\.|the\s+(?:Secretary|President|Chairman|Editor|Director|"
                       r"Librarian|Treasurer|Clerk)|[A-ZÀ-Þ][\w'’-]+)\s*(?:\((?P<with>[^()]{2,60})\))?\s*[,.]\s*(?=\S)")


# … or names the other party, who is not the heading's correspondent: "to LV, …", "to Charles Dickens, …",
# "from LV and EV, …", "to LV (telegram), …" (a printed checklist of letters by correspondent)
_PARTNER = re.compile(r"^(?P<word>[Tt]o|[Ff]rom)\s+(?P<who>[A-ZÀ-Þ][^,()\d]{0,60}?)\s*"
                      r"(?:\((?P<kind>telegram|postcard|card|note|draft|copy|extract|fragment)\))?\s*,\s*(?=\S)")


def _partner(way: re.Match[str] | None, heading: re.Match[str]) -> re.Match[str] | None:
    """``way`` where it names someone other than the heading's correspondent: initials as a key gives them ("LV"),
    or a name of two words or more (not a place, "from Paris", "to New York"; not the correspondent again, "To
    Cassandra Austen", "To Miss Austen" under "Austen, Cassandra": the register's own way of saying which way)."""
    from ..titles import _vocabulary

    if way is None:
        return None
    who = way["who"].strip()
    words = who.split()
    surname = (heading.groupdict().get("surname") or "").lower()
    if surname and any(w.strip(".,").lower() == surname for w in words):
        return None
    if who in _vocabulary.places:
        return None
    return way if re.fullmatch(r"[A-Z]{2,4}(?:\s+and\s+[A-Z]{2,4})?", who) or len(words) >= 2 and looks_like_name(who) \
        and not re.fullmatch(r"(?:New|San|Santa|Saint|St\.|Fort|Port|Mount|Lake)\s+\S+", who) else None


# A register's line that says which way the letter went in a column after its date, perhaps naming
# who wrote: "21/5 1823   från Adlerstam", "1823 3/4   från", "omkr. 1824   till Adlerstam",
# "23/11 1823   från hustrun Sofia Adlerstam", "[1820]   till  (koncept, ofullst.)"
_WAY_COLUMN = re.compile(r"^(?P<date>\S.*?)\s{2,}(?:(?P<count>\d{1,3}\s+brev)\s+)?(?P<word>(?i:från|fra|till|til))\b\s*(?P<who>[^()\s][^()]*?)?"
                         r"\s*(?P<rest>\(.*\))?\s*$")
_RELATION_WORD = re.compile(r"^(?:(?:hans|hennes)\s+)?(?:hustrun|hustru|frun|mannen|sonen|dottern|brodern|systern|modern|"
                            r"fadern|änkan|kona|konen|enken|sønnen|datteren|broren|søsteren)\s+", re.IGNORECASE)


def _refers_to(who: str, heading: re.Match[str]) -> bool:
    """Whether a name in a register's line is the heading's correspondent ("Adlerstam" under
    "Adlerstam, Lars"), not another who wrote in their stead."""
    surname = heading.groupdict().get("surname") or (heading.groupdict().get("body") or "").split()[0]
    return who.split()[-1].lower() == surname.lower() and len(who.split()) == 1


_JOINT = re.compile(r"(?i:with|and|mit|avec)\s+(?P<who>\S.*)")


def _refers(way: re.Match[str] | None, heading: re.Match[str] | None) -> bool:
    """Whether ``way`` names the heading's correspondent ("C." under "CROMLOW, Matthew")."""
    if way is None or heading is None or not _named(heading):
        return False
    who = way["who"]
    if who.startswith("the "):
        return "body" in heading.groupdict()
    surname = heading.groupdict().get("surname") or (heading.groupdict().get("body") or "").split()[0]
    return who.rstrip(".").lower() == surname.lower() if len(who) > 2 else who[0].upper() == surname[:1].upper()


# Whom a heading's person married or was born, after the name: "g.m. Ek" (Swedish gift med), "f. Ek"
# (född), "née Ek", "geb. Ek", "verh. Ek": who she is, no office and no place of hers
_MARRIED = re.compile(r"^(?:g\.\s?m\.|gift\s+med|f\.|född|née|nee|geb\.|geborene|verh\.|verheiratet\s+mit|épouse|ép\.)\s+\S",
                      re.IGNORECASE)


def _made_title(heading: re.Match[str] | None, name: str, sent: bool) -> str:
    """"From X" (or "To X" where the part's letters went the other way), or "X til Y" where the
    heading names the recipient."""
    role = heading.groupdict().get("role") if heading is not None else None
    if role and _TO_ROLE.match(role) and name != "unknown":
        return f"{name} {role.strip(' .')}"
    return f"{'To' if sent else 'From'} {name}"


_BODY_LINE = re.compile(r"^(?P<body>[A-ZÀ-Þ][^:()\d]{3,60}?)\s*$")


def _body_over_items(line: Line, below: Sequence[Line]) -> re.Match[str] | None:
    """A body's name flush over its indented letters ("Chapman & Hall", "Royal Literary Fund", "Smith, Elder &
    Co."), among people's headings: their correspondent, not a running head (which names no body)."""
    body = _BODY_LINE.match(line.text.strip())
    after = next((x for x in below if x.kind != "blank"), None)
    return body if body and not body["body"].isupper() and _kind(body["body"]) == "org" and after is not None \
        and _under(after) and _dated(after.text) else None


def _named(heading: re.Match[str]) -> bool:
    """A heading that names someone (not "Unidentified correspondents")."""
    return "surname" in heading.groupdict() or "body" in heading.groupdict()


def _same_place(entry: Entry, listing: Listing) -> None:
    """"Smst." (sammesteds): where the item before was written."""
    same_place(entry, listing.entries[-1] if listing.entries else None, _SAME_PLACE)


__all__ = ["Correspondents"]
