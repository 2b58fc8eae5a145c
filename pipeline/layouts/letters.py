"""Edition texts: the running text of a printed edition, one letter after another.

::

    LETTER XXIII.
    TO SAMUEL PRYOR.
    Kelso, March 14, 1838.
    My dear Sir,
    Your parcel came on Tuesday …

    I am, dear Sir, your obliged friend,
    M. ELLWOOD.

A letter opens with its heading: a numbering line ("LETTER XXIII.", "No. 14.", "Brief 12."),
an address line ("TO RICHARD HALE.", "To the Same.", "An Wilhelm Stein.", "[Sidenote: Mr. Hill.]"), or both, or one
line with both ("No. 14. TO THE DUCHESS, AT BADEN."), followed within three lines by a
place-and-date line ("Bath, March 17, 1803.") or a salutation ("My dear Sir,", "MADAM,—",
"Lieber Freund!"). The place and date line may also close the letter. The letter's text,
its paragraphs kept, is the entry's text (TEI body); the place is where it was sent from.
An edition's abstract in brackets under the dateline, in place of the letter's text ("[Le pide
noticias de un códice …].", as a complete correspondence gives the letters it does not print), is
the entry's summary. Other editorial notes ("[Footnote 1: …]", bracketed paragraphs), running heads ("12  LETTERS OF …")
and series headings ("PART THE SECOND.", "CHAPTER XI.") are no part of a letter: reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .. import doctypes
from ..dates import UNDATED_MARKS, DateValue, month_in_roman, parse_date
from ..lines import Line, opens_with_parties
from ..listing import Entry, Listing, Unused
from ..pairs import read_pair
from ..titles import parse_title
from . import Layout, no_entries, unused
from .builtin import read_head
from .shared import find_date, heading_year, paragraphs, running_head, title_case

_ENCLOSURE = r"(?:Inclosure|Enclosure)"  # (a Blue Book's paper enclosed in another: "Inclosure 2 in No. 16.")
# (a complete correspondence's volume before it: "Volumen 7 - carta nº 214", "Vol. II, lettera n. 12")
_VOLUME = r"(?:(?:Volumen|Volume|Vol\.|Tomo|Band|Bd\.)\s*(?:\d{1,3}|[IVXLC]{1,6})\s*[-–—,.]\s*)?"
LABEL = re.compile(rf"^{_VOLUME}(?:LETTER|Letter|BRIEF|Brief|LETTRE|Lettre|CARTA|Carta|carta|LETTERA|Lettera|lettera|No\.|NO\.|Nr\.|N°|Number|NUMBER"
                   rf"|{_ENCLOSURE}(?:\s+\d{{1,2}})?\s+in\s+No\.)\s*(?:(?<=[a-z])\s*(?:n[º°]|n\.º|n\.|núm\.|nr\.|no\.)\s*)?"
                   r"(?P<n>[IVXLCDM]{1,8}|\d{1,4}[a-z]?)\s*[.:]?$")
LABEL_EXAMPLES = ("LETTER XXIII.", "No. 14.", "Brief 12.", "Volumen 7 - carta nº 214", "Vol. II, lettera n. 12", "Carta 201")
_NUMBER = re.compile(r"^(?:(?:LETTER|Letter|BRIEF|Brief|LETTRE|Lettre|No\.|NO\.|Nr\.|N°)\s*)?"
                     r"(?P<n>[IVXLCDM]{1,8}|\d{1,4}[a-z]?)[.)](?:\s*[—–-]\s*|\s+)")  # "LETTER CXII.—TO MR. HILL."
_ENCLOSURE_LABEL = re.compile(rf"^{_ENCLOSURE}\b")
ADDRESS = re.compile(r"^(?P<side>TO|To|AN|An|À|A|AU|Au|FROM|From|VON|Von|DE|De(?=\s+[^a-zà-ÿ]+$))\s+(?P<party>[^\s].{0,90}?)\s*[.:]?$")
# The greetings letters open with: a new language is a row of words.
SALUTATIONS = ("my dear", "my dearest", "my own dear", "my sweet", "my darling", "my love", "my beloved", "dear", "dearest", "sir", "madam", "madame", "gentlemen", "ladies", "my lord", "my lady",
               "monsieur", "mademoiselle", "mon cher", "ma chère", "chère", "cher", "lieber", "liebe", "liebster",
               "liebste", "verehrter", "verehrte", "hochverehrter", "hochverehrte", "sehr geehrter", "sehr geehrte",
               "theurer", "teurer", "werther", "mein lieber", "meine liebe", "hochgeehrter", "reverend sir",
               "sr", "honoured sir", "gentn")  # (a letter-book's "Sr.", "Gentn.")
SALUTATION_EXAMPLES = ("My dear Sir,", "My dearest Clara,—The coach was late", "MADAM,—", "SIR,—In your number", "Dearest Jane,", "Lieber Freund!",
                       "Monsieur,", "Sir", "Sr.", "Gentlemen", "Dear Brother", "My dear Friend")
# (a salutation on a line of its own may have no stop: "Sir", "Madam", "Sr.")
_SALUTATION = re.compile(rf"^(?:{'|'.join(re.escape(s) for s in sorted(SALUTATIONS, key=len, reverse=True))})\b"
                         r"(?:[^.!?]{0,40}?(?:,|!|:|,—|—|\.—)|\.?$)"
                         # (and without its comma: "Dear Brother", "My dear Friend", "Honoured Father")
                         r"|^(?:my\s+)?(?:dear|dearest|honou?red|hond\.)\s+(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?$",
                         re.IGNORECASE)
_DATELINE = re.compile(r"^(?!(?:To|From|An|Von|À|De|TO|FROM|AN|VON)\b)(?P<place>[A-ZÀ-ÞŁŚŻŹĆŃ][\w'’-]*(?:[ .-]+[A-ZÀ-ÞŁŚŻŹĆŃa-z][\w'’-]*){0,3}?)\s*,\s*(?P<date>.+?)\.?$")
# A place after an address's name: "To Mr. Richd. Trelawder, Lisbon", "To Mrs. Hannah Sowerby, New York"
# ("Kingston, Jamaica": the town, then its country, which is left out)
_WHERE = re.compile(r",\s+(?:at\s+|in\s+)?(?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?(?:\s+in\s+[A-ZÀ-Þ][\w'’-]+)?)"
                    r"(?:,\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?)?$")
# A letter-book's dateline without its comma: "London 9th April 1747", "Lond. 9 Nov. 1747",
# "London May 11th 1747", "London the 4th of June 1747": a place of one or two words, then a date
_PLACE_WORD = re.compile(r"[A-ZÀ-ÞŁŚŻŹĆŃ][\w'’-]+\.?")
_NOT_PLACE = {"to", "from", "an", "von", "per", "sir", "sr", "sr.", "dear", "my", "madam", "the", "do.", "ditto", "same"}
_SERIES = re.compile(r"\b(?:PART|CHAPTER|BOOK|VOLUME|SECTION|SERIES|LETTERS|CORRESPONDENCE|APPENDIX|TEIL|KAPITEL|"
                     r"BUCH|ABTEILUNG|BRIEFE|ANHANG|LIVRE|CHAPITRE|PARTIE|LETTRES|ANNEXES?|APPENDICE|DODATAK|PRILOZI|PRILOG|"
                     r"\d{4})\b")
_NOTE = re.compile(r"^(?:\[(?:[^\[\]]|\[[^\[\]]*\])*\]|\[(?:Footnote|Note|Anm\.|Anmerkung)\b.*|(?:Note|Notes|Footnote|Anm\.|Anmerkung|"
                   r"Note de l['’]éditeur)\b[^:\n]{0,40}[.:]\s.*)$", re.IGNORECASE | re.DOTALL)
_HEAD_WINDOW = 3
# A place alone on the line under a date ("3 March 1840" over "Falmouth", as online editions list letters)
_PLACE_LINE = re.compile(r"^(?:St\.\s)?[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:[ -](?:[A-ZÀ-Þ][a-zà-ÿ'’-]+|upon|on|am|an|de|la|le|sur)){0,3}$")
# A footnote after a letter's text, its number or mark first: "1 The Hopewell, Capt. Crane, was taken …"
_FOOTNOTE = re.compile(r"^(?:\d{1,2}|\*{1,3}|†)\s+[A-ZÀ-Þ][a-zà-ÿ]")


# Headings that name the recipient in the margin instead of a "TO X." line, as Project
# Gutenberg transcribes them: "[Sidenote: Mr. Walter Ashby.]". A new form is a row here.
SIDENOTES = ("sidenote", "side-note", "marginal note", "margin", "randnotiz", "marge")
_SIDENOTE = re.compile(rf"^\[(?:{'|'.join(SIDENOTES)})\s*:\s*(?P<party>[^\]]{{1,90}}?)\.?\]$", re.IGNORECASE)
_TO = {"to", "an", "à", "a", "au"}


# A letter-book's copy of another's letter, or of its writer's own: "Copy of a Letter from Mr.
# Sowerby to Mr. Skerret", "Extract of a Letter from A to B", "Copy of my Letter to X" (its title names them)
_COPY = re.compile(r"^(?:Copy|Extract|Translation|Duplicate|Abstract|Abschrift|Copie|Traduction)\s+(?:of|d['’]une|einer?)\s+"
                   r"(?:a\s+|an\s+|my\s+|the\s+|his\s+|her\s+)?(?:Letter|Lettre|Briefes)\s+(?:from|to|de|à|von|an)\s+\S.{2,100}$",
                   re.IGNORECASE)


_STOP_AFTER = re.compile(r"\b(?P<word>[^\W\d_]+)\.\s+(?=[A-ZÀ-Þ])")
_ABBREVIATIONS = {"Mr", "Mrs", "Messrs", "Dr", "Rev", "Revd", "St", "Capt", "Col", "Gen", "Lieut", "Lt", "Sr", "Esq", "Hon",
                  "Prof", "Chas", "Thos", "Geo", "Jas", "Benj", "Eliz", "Wm", "Jno", "Saml", "Robt", "Richd", "Edw", "Hy", "Jos",
                  "Wr", "Mme", "Mlle", "Hr", "Fr", "Frl", "Gov", "Sec", "Hble", "Mess"}


def _before_sentence(party: str) -> str:
    """A party up to the end of its sentence ("Mrs. Dilke. Thanks." → "Mrs. Dilke"); abbreviations
    ("Mr. Richd. Trelawder") and initials are no end."""
    for m in _STOP_AFTER.finditer(party):
        if len(m["word"]) >= 3 and m["word"].capitalize() not in _ABBREVIATIONS:
            return party[:m.end("word")]
    return party


def _address(text: str) -> tuple[str, str] | None:
    """("recipient" or "sender", the party as written) of a letter's address heading; ("title",
    the heading) of one that names both sides."""
    sidenote = _SIDENOTE.match(text.strip())
    if sidenote:
        return "recipient", sidenote.group("party")
    if _COPY.match(text.strip()):
        return "title", text.strip()
    numbered = _NUMBER.match(text)
    rest = text[numbered.end():] if numbered else text
    m = ADDRESS.match(rest)
    if not m or len(text) > 110:
        return None
    party = m.group("party")
    party = _before_sentence(party)  # ("To Mrs. Dilke. Thanks.": a calendar's title, then its abstract)
    if re.search(r"\s(?:to|an|from|von)\s+\S", party):  # "From A to B": a title that names both sides
        return "title", text.strip()
    if not (text.isupper() or party[:1].isupper() or party.split(" ", 1)[0].lower() in {"the", "his", "her", "my",
                                                                                        "a", "an", "die", "den"}):
        return None
    return "recipient" if m.group("side").lower() in _TO else "sender", party


_WEEKDAY_BEFORE = re.compile(r"^(?i:w|we)\s+(?i:poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę),?\s+")


def dateline(text: str, day_first: bool | None = None) -> tuple[str | None, str, object] | None:
    """(place or None, date as written, its value) of a place-and-date line, or of a line that is a date."""
    text = text.strip()
    if len(text) > 80:
        return None
    if text.count("_") >= 2:  # "BATH, _Monday, Jan. 4th, 1858._": italics as plain-text editions mark them
        text = text.replace("_", "")
    whole = find_date(text, 0, day_first)
    if whole and whole[0] == 0 and whole[1] >= len(text.rstrip(" .")) - 1 and whole[2] is not None:
        return None, text[:whole[1]], whole[2]
    if (supplied := _SUPPLIED_PLACE.match(text)) and supplied[1].lower() not in _NOT_SUPPLIED:
        text = _SUPPLIED_PLACE.sub(r"\1", text)  # ("[Oviedo], 28 enero 1886": the place the editor supplied)
    m = _DATELINE.match(text)
    splits = [(m.group("place"), m.group("date"))] if m else []
    if m and (more := _DATELINE.match(m.group("date"))):  # "Government House, Port Garstone, June 18, 1840."
        splits.append((f"{m.group('place')}, {more.group('place')}", more.group("date")))
    words = text.split()
    for n in (1, 2):  # (no comma: the place's words, then the date)
        if len(words) > n + 1 and all(_PLACE_WORD.fullmatch(w) and w.lower() not in _NOT_PLACE for w in words[:n]):
            # (a day or a month with the year: "Winter 1850" is no place and a year)
            splits.append((" ".join(words[:n]), " ".join(words[n:])))  # ("Lond.": as written)
    for place, date in splits:
        date = _WEEKDAY_BEFORE.sub("", date)  # ("Wierzbno, w niedzielę 28 stycznia 1849": on Sunday)
        if date.startswith(("...", "…")) and (value := parse_date(date, day_first)) is not None:
            return place, date.rstrip(" ."), value  # ("Zagreb ... 1866.": the edition's dots for the day not given)
        found = find_date(date, 0, day_first)
        if found and found[0] == 0 and found[1] >= len(date.rstrip(" .")) - 1 and found[2] is not None:
            return place, date[:found[1]], found[2]
    return None


# A line that says the letter has no date: "[No date]", "[Undated]", "London (no date)", "n.d."
_NO_DATE = re.compile(rf"^(?:(?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+){{0,2}}\.?),?\s+|(?i:s\.\s?l\.|n\.\s?p\.|o\.\s?O\.),?\s+)?[(\[]?(?:{UNDATED_MARKS})[)\]]?\.?$", re.IGNORECASE)


def _typed_parties(text: str) -> bool:
    """"COPY of a DESPATCH from Lord X to Governor Y.": what the paper is, and both its parties."""
    if len(text) > 160 or doctypes.find(text) is None:
        return False
    title = parse_title(text.strip())
    return bool(title.senders and title.recipients)


# A letter's number and its place and date on one line, as a journal prints one man's letters
# to another (their parties are the edition's, pairs.py): "2. Zagreb 25. IV 1867.", "XII. Weimar, 3.
# März 1790.", OCR's "i." for "1."; set apart above, its text below (not a list of dates in a letter, nor a
# contents page's "1. London, 4 May 1850 ........ 12")
_NUMBERED = re.compile(r"^(?:(?:\d{1,4}[a-z]?|[IVXLCDM]{1,8}|[ivx]{1,5})[.)]\s+"
                       # (OCR's lost stop: "43 Petrograd 8./20. VI 1880.", a town of one word before its date; not
                       # "48 Doughty Street, 4 May 1838.")
                       r"|\d{1,4}\s+(?=\[?[A-ZÀ-Þ][\w'’-]+\]?,?\s+(?:\d|\[|\.\.\.|…|[a-zà-ÿ])))")
NUMBERED_DATELINE_EXAMPLES = (("2. Zagreb 25. IV 1867.", "1867-04-25"), ("i. Zagreb ... 1866.", "1866"),
                              ("43 Petrograd 8./20. VI 1880.", "1880-06-20"), ("48 Doughty Street, 4 May 1838.", None),
                              ("1. London, 4 May 1850 ........ 12", None), ("XII. Weimar, 3. März 1790.", "1790-03-03"),
                              ("26. Beč bez datuma", None), ("12. Kovačić to Lovrić, 3 May 1870.", None), ("3. Sonstiges 1870", None))
_NUMBERED_N = re.compile(r"^(?P<n>\d{1,4})\s+(?=\S)")  # (the number of "43 Petrograd 8./20. VI 1880.")
_NOT_SUPPLIED = {"copy", "fragment", "endorsed", "private", "confidential", "draft", "extract", "secret", "duplicate",
                 "translation", "enclosure", "copia", "borrador", "minuta"}  # ("[Copy], Portsmouth, 3 May 1805")
_SUPPLIED_PLACE = re.compile(r"^\[([A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?)\](?=,?\s)")
_LEADERS = re.compile(r"(?:\.{4,}|(?:\s?\.\s){3,}|…{2,})\s*\d{1,4}\s*$")  # (not the edition's "Zagreb ... 1866.")
_NUMBERED_LEAST = 3
_BARE_LABEL = re.compile(r"^(?P<n>[IVXLC]{1,8}|\d{1,3})\.$")  # "XII." alone over a dateline and a greeting  # numbered datelines in a file, at least, to be its letters' headings


def numbered_dateline(text: str, day_first: bool | None = None) -> tuple[str | None, str, object] | None:
    """dateline() of a line that is a letter's number and its dateline, or None."""
    m = _NUMBERED.match(text.strip())
    rest = text.strip()[m.end():] if m and len(text) <= 80 and not _LEADERS.search(text) else ""
    if not rest or opens_with_parties(rest):  # ("12. Kovačić to Lovrić, 3 May 1870.": a calendar's title)
        return None
    rest = _SUPPLIED_PLACE.sub(r"\1", rest)  # ("14. [Zagreb] 9. XI 1870.": the editor's place, read as the place)
    if (undated := _NO_DATE.match(rest)) is not None:  # ("26. Beč bez datuma": no date, as the edition says)
        return undated["place"], rest.rstrip(" ."), None
    if (found := dateline(rest, day_first)) is not None:
        return found
    place, _, date = rest.partition(" ")  # ("Beč [V 1906.]": a month the editor supplied)
    value = month_in_roman(re.sub(r"\.(?=\])", "", date.rstrip(" ."))) if _PLACE_WORD.fullmatch(place.rstrip(",")) else None
    if value is not None and date.startswith("["):
        value = replace(value, cert="medium", notes=("supplied",))
    return (place.rstrip(","), date.rstrip(" ."), value) if value is not None else None


def _heads(lines: Sequence[Line], furniture: set[int] | None = None) -> list[tuple[int, int]]:
    """(first, last) indexes of the heading lines of every letter; ``furniture``: _furniture(lines),
    where the caller has it."""
    found: list[tuple[int, int]] = []
    furniture = _furniture(lines) if furniture is None else furniture  # (a page's running head above it: set apart too)
    candidates = {k for k, line in enumerate(lines) if line.kind != "blank" and line.text[:1].isalnum()
                  and (k == 0 or lines[k - 1].kind == "blank" or lines[k - 1].number in furniture)
                  and numbered_dateline(line.text)}
    numbered = {k for k in candidates if _text_below(lines, k)}
    if len(numbered) < _NUMBERED_LEAST or len(candidates - numbered) * 4 > len(candidates):
        numbered = set()  # (a calendar's numbered datelines, most over their parties: "To his sister. Sends …")
    # (a date line above the first heading: the listing's blocks open with their dates)
    first = next((k for k, line in enumerate(lines) if LABEL.match(line.text) or _address(line.text)), 0)
    above = next((lines[k] for k in range(first - 1, -1, -1) if lines[k].kind != "blank"), None)
    date_first = above is not None and dateline(above.text) is not None
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.kind == "blank" or len(line.text) > 110:
            i += 1
            continue
        label = LABEL.match(line.text) or _BARE_LABEL.match(line.text)
        address = _address(line.text)
        if i in numbered and not label and not address:
            below = i + 1 if ADDRESS.match(lines[i + 1].text.strip()) or _address(lines[i + 1].text) else i
            #       ("3. Hampstead, 12 July 1819." over "From Fanny Brawne.": its address, the heading's)
            found.append((i, below))  # (its dateline is its own: nothing else need follow)
            i = below + 1
            continue
        if not label and not address:
            i += 1
            continue
        last = i
        following = next((k for k in range(i + 1, min(i + 4, len(lines))) if lines[k].kind != "blank"), None)
        if label and following is not None and (_address(lines[following].text) or _typed_parties(lines[following].text)):
            last = following  # "LETTER XLII." and, perhaps after a blank line, "TO THE REV. JOHN MASON."; a
            #                   Blue Book's "No. 2." over "COPY of a DESPATCH from Lord X to Governor Y."
        elif label and following is not None and opens_with_parties(lines[following].text):
            if not any(_SALUTATION.match(w.text) for w in lines[following + 1:following + 6]):
                i += 1  # "Nr. 1" over "A an B" over "Ulm, 23. Mai 1797": a calendar's entry, no letter's text
                continue
            last = following  # "No. 5." over "Lord X to Governor Y." over its dateline and "Sir,": a letter
        last = _other_side(lines, last)
        window = [line for line in lines[last + 1:last + 1 + _HEAD_WINDOW + 2] if line.kind != "blank"][:_HEAD_WINDOW]
        heading = next((n for n, w in enumerate(window) if LABEL.match(w.text) or _address(w.text)), None)
        window = window[:heading]
        if heading is not None and window and dateline(window[-1].text) and (len(window) > 1 or date_first):
            # a date line right above the next heading, after this one's text or where the
            # first heading has a date line above it too, is the next block's ("May 9, 1851"
            # over "To Mrs. Grey" in a calendar of date, heading and summary), not this letter's
            window = window[:-1]
        # A heading that ends in a date ("From A to B, 1 June 1951") is a listing's title when a
        # date line follows it (the next entry's); a letter under such a heading opens with a salutation.
        dated = (tail := find_date(lines[last].text)) is not None and tail[1] >= len(lines[last].text.rstrip(" .")) - 1
        bare = not address and not LABEL.match(line.text)  # ("XII." alone: a letter's only where it opens with a greeting)
        if any(_SALUTATION.match(w.text) or (not dated and not bare and _dated_or_not(w.text)) for w in window):
            # a letter-book's dateline over its heading, a blank line above it or set to the right:
            # "London May 11th 1747" (or "Same date", "Do. 22d") over "To Dr. Benjamin Cottle, Liverpool"
            over = i >= 1 and lines[i - 1].kind != "blank" and (not found or found[-1][1] < i - 1) \
                and (i < 2 or lines[i - 2].kind == "blank" or _indent(lines[i - 1]) >= _indent(line) + 8) \
                and _dated_or_not(lines[i - 1].text)
            found.append((i - 1 if over else i, last))
            i = last + 1
        else:
            i += 1
    return found


_JOINING = {"Y", "E", "I", "AND", "ET", "UND", "&"}  # ("… Y ANSELMO PRIETO": a second party, no letterhead)


def _run_on(party: str, named: set[str]) -> str | None:
    """The party of "SALVADOR IBARRA ESCUELA DE BELLAS ARTES DIRECCIÓN", where the letterhead printed on
    the writer's paper runs on after the name: the longest name of two words or more that the listing's
    other headings give alone and this one opens with; None where none does."""
    found = [other for other in named if len(other.split()) >= 2 and len(other) < len(party)
             and party.startswith(other + " ") and party[len(other):].split()[0] not in _JOINING]
    return max(found, key=len) if found else None


def _other_side(lines: Sequence[Line], last: int) -> int:
    """The heading's last line: a second address, of the other side, under the first ("De X" over
    "A Y", as a complete correspondence heads each letter), a letterhead's lines in capitals between
    them ("UNIVERSIDAD LITERARIA DE VALLADOLID", printed on the writer's paper); else ``last``."""
    first = _address(lines[last].text)
    if first is None or first[0] == "title":
        return last
    between = 0
    for k in range(last + 1, min(last + 5, len(lines))):
        line = lines[k]
        if line.kind == "blank":
            continue
        if (other := _address(line.text)) is not None and other[0] not in {first[0], "title"}:
            return k
        if not (line.text.isupper() and len(line.text) <= 70 and between < 2) or dateline(line.text) \
                or line.text.rstrip().endswith("."):  # ("PRIVATE AND CONFIDENTIAL.", "CALCUTTA.": no letterhead)
            return last
        between += 1
    return last


_A_DIGIT = re.compile(r"\d")
_FURNITURE_LEAST = 3  # times a line is printed, at least, to be the page's furniture
_PAGE_NUMBER = re.compile(r"^(?:page|p\.|pag\.|s\.|str\.|strana|stranica|seite|página|pagina|side|sida|sivu|стр\.)\s*[-–.:]?\s*"
                          r"\d{1,4}\.?$|^[·•]\s*\d{1,4}\s*[·•]$", re.IGNORECASE)


def _furniture(lines: Sequence[Line]) -> set[int]:
    """The printed page's running heads and page numbers, wherever a page break fell: a short line
    printed again and again, the same, with a number ("ARHIVSKI ZBORNIK 7. (ZAGREB, 1964.)"), and a
    page's number with its word ("Strana - 9", "Seite 12"); not a signature ("Vaš K.", "H. A."), a
    day's line ("May 3."), a sum ("£ 12 10 6") or a shelfmark, nor a letter's heading or dateline."""
    same: dict[str, list[Line]] = {}
    for line in lines:
        text = line.text.strip()
        if line.kind != "blank" and len(text) <= 70 and _A_DIGIT.search(text) and text.count(" ") >= 2:
            same.setdefault(text, []).append(line)
    heads = {line.number for found in same.values() if len(found) >= _FURNITURE_LEAST for line in found
             if not (dateline(line.text) or numbered_dateline(line.text) or LABEL.match(line.text) or _address(line.text))}
    return heads | {line.number for line in lines if _PAGE_NUMBER.match(line.text.strip()) or _PAGE_NUMBER.match(line.raw.strip())}


def _text_below(lines: Sequence[Line], k: int) -> bool:
    """The line right under ``k`` is a letter's text or its address: not a calendar's parties ("To his
    sister. Sends her a book."), nor another dateline of a list."""
    below = lines[k + 1] if k + 1 < len(lines) else None
    if below is None or below.kind == "blank" or numbered_dateline(below.text):
        return False
    if ADDRESS.match(below.text.strip()) or _address(below.text) is not None:
        return True  # (its address: "From Fanny Brawne.", "To his sister. Sends her a book.")
    after = lines[k + 2] if k + 2 < len(lines) else None  # (a calendar's shelfmark, then its parties: "Smith to Jones.")
    return not opens_with_parties(below.text) and (after is None or after.kind == "blank" or not opens_with_parties(after.text)
                                                   or _SALUTATION.match(after.text) is not None)


class EditionText(Layout):
    name = "edition-text"
    description = "edition-text: a printed edition's letters in full, each under its heading"
    rule = ("an entry starts at a letter's heading (\"LETTER XXIII.\", \"TO RICHARD HALE.\", \"No. 14. TO THE "
            "DUCHESS.\") followed by a place-and-date line or a salutation")

    def score(self, lines: Sequence[Line]) -> float:
        """Its letters, and half as much again: each heading comes with a place-and-date line or
        a salutation, which the blocks layout would count as entries of their own."""
        heads = _heads(lines)
        return 1.5 * len(heads) + 0.5 if heads else 0

    def read(self, lines: Sequence[Line], listing: Listing) -> None:
        furniture = _furniture(lines)
        heads = _heads(lines, furniture)
        if not heads:
            no_entries(listing, lines)
            return
        read_head(listing, lines[:heads[0][0]])
        # a letter-book (its title page says so, or its datelines say "Ditto"): its clerk dated the
        # first letter of a day only
        letter_book = _LazyTest(lambda: any(_LETTER_BOOK.search(line.text) for line in lines[:heads[0][0]])
                                or sum(bool(_DITTO.match(line.text.strip())) for line in lines) >= 2)
        named = {party for first, last in heads for line in lines[first:last + 1]
                 if (address := _address(line.text)) and address[0] != "title" for party in [address[1]]}
        for n, (first, last) in enumerate(heads):
            end = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
            self._letter(lines[first:last + 1], lines[last + 1:end], listing, letter_book, furniture, named)

    def _letter(self, head: Sequence[Line], body: Sequence[Line], listing: Listing, letter_book: "_LazyTest",
                furniture: set[int] = frozenset(), named: set[str] = frozenset()) -> None:
        head = [line for line in head if line.kind != "blank"]
        letterhead = [line for line in head[1:-1] if not (LABEL.match(line.text) or _address(line.text))]  # (_other_side)
        head = [line for line in head if line not in letterhead]
        over = head[:1] if len(head) > 1 and _dated_or_not(head[0].text) else []  # (a dateline over the heading)
        # (a heading that names both sides is the title, read alone: "From A to B" under "Letter 12")
        enclosure = next((line for line in head if _ENCLOSURE_LABEL.match(line.text)), None)
        title = next((line.text for line in head if (a := _address(line.text)) and a[0] == "title"), None) \
            or " ".join(line.text for line in head[len(over):] if line is not enclosure or len(head) == 1
                        if len(head) == 1 or not numbered_dateline(line.text))  # ("3. Hampstead, 12 July 1819." over
        #                                                                          "From Fanny Brawne.": the address)
        entry = Entry(source=listing.source, first_line=head[0].number, last_line=head[-1].number, date_text="",
                      date_line=head[0].number, date=None, title=title, title_line=head[0].number)
        if enclosure is not None:  # ("Inclosure 2 in No. 16.": where the paper is, not its number)
            entry.notes.append(enclosure.text.strip())
        if letterhead:
            entry.notes.append(f"Letterhead: {' / '.join(line.text.strip() for line in letterhead)}")
        for line in head:
            label = LABEL.match(line.text) or _NUMBER.match(line.text) or _BARE_LABEL.match(line.text) \
                or _NUMBERED_N.match(line.text)
            if label and "number" not in entry.fields and line is not enclosure:
                entry.fields["number"] = label.group("n")
            address = _address(line.text)
            if address and address[0] != "title":  # (a title that names both sides is read as titles are)
                side, party = address
                if party.isupper() and (alone := _run_on(party, named)) is not None:
                    entry.notes.append(f"Letterhead: {party[len(alone):].strip()}")
                    party = alone
                party = title_case(party).rstrip(" .")
                # "To Mr. Richd. Trelawder, Lisbon": where the letter went, after the name
                entry.fields[side] = _WHERE.sub(r", at \g<place>", party) if len(party.split(",")[0].split()) >= 2 else party
        kept: list[list[Line]] = []
        for line in body:
            if line.kind == "boilerplate":  # ("transcribed", "Show more": an online edition's list, around its letters)
                unused(listing, line, "")
            elif line.number in furniture:
                unused(listing, line, "a running head or page number of the printed page")
        body = [line for line in body if line.kind != "boilerplate" and line.number not in furniture]
        headed = False  # (under a heading of the edition's after this letter: its introduction, no part of it)
        for paragraph in paragraphs(body):
            # (a bracketed date under the heading is its dateline, not a note: "[Undated; c. May 1747]")
            dated = not kept and paragraph[0].number - head[-1].number <= _HEAD_WINDOW and _dated_or_not(paragraph[0].text)
            reason = None if dated else _not_letter(paragraph, bool(kept))
            if reason == _SERIES_HEADING and (_SERIES.search(" ".join(line.text for line in paragraph))
                                              or any(read_pair(line.text) for line in paragraph)):
                headed = True  # ("APPENDIX", "DODATAK", a heading naming the letters' parties; not a signature)
            elif headed and reason is None:
                reason = "a heading's text (the edition's, before its next letter): no part of the letter above"
            if reason:
                for line in paragraph:
                    listing.unused.append(Unused(line.number, line.text[:200], reason))
            else:
                kept.append(paragraph)
        lines = [line for p in kept for line in p]
        opening = [*over, *lines[:_HEAD_WINDOW]]
        before = listing.entries[-1] if listing.entries else None
        date = next(((line, found) for line in head if (found := numbered_dateline(line.text, listing.day_first))), None) \
            or next(((line, found) for line in opening if (found := dateline(line.text, listing.day_first))), None) \
            or (before and _ditto(opening, before)) \
            or next(((line, found) for line in reversed(lines[-_HEAD_WINDOW:])
                     if (found := dateline(line.text, listing.day_first))), None)
        # ("Do. 13th", "Ditto": the letter before's date, its day or month changed)
        undated = next((line for line in opening if _NO_DATE.match(line.text.strip())), None) if date is None else None
        if date:
            line, (place, written, value) = date
            entry.date_text, entry.date, entry.date_line = written, value, line.number
            below = next((x for x in lines if x.number > line.number), None)
            if place:
                entry.fields["place"] = place
            elif below is not None and below.number == line.number + 1 and _PLACE_LINE.match(below.text) \
                    and not _SALUTATION.match(below.text):
                entry.fields["place"] = below.text.strip()  # "3 March 1840" over "Falmouth": an online list's
        elif undated:  # "[No date]", "London (no date)": stated, not missing
            entry.date_text, entry.date_line = undated.text.strip(), undated.number
            below = next((x for x in lines if x.number > undated.number), None)
            if (place := _NO_DATE.match(undated.text.strip())["place"]):
                entry.fields["place"] = place
            elif below is not None and below.number == undated.number + 1 and _PLACE_LINE.match(below.text) \
                    and not _SALUTATION.match(below.text):
                entry.fields["place"] = below.text.strip()  # "undated" over "Penjerrick"
        elif letter_book and before and before.date and before.date.when:
            # a letter-book copies the letters of one day under the first one's date
            entry.date = DateValue(text="", when=before.date.when, cert="medium", notes=("the letter-book's day before",))
            entry.flags.append(f"no dateline: a letter-book's copy, taken to be of the day of the letter before "
                               f"({before.date.when}, line {before.first_line})")
        else:
            entry.flags.append("no place-and-date line in this letter")
        parts: list[list[tuple[int, str]]] = []
        for paragraph in kept:
            current: list[tuple[int, str]] = []
            for line in paragraph:
                if date and line is date[0] or line is undated:  # the dateline is a paragraph of its own
                    if current:
                        parts.append(current)
                    parts.append([(line.number, line.text)])
                    current = []
                else:
                    current.append((line.number, line.text))
            if current:
                parts.append(current)
        told = [p for p in parts if p[0][0] != (date[0].number if date else undated.number if undated else None)]
        if len(told) == 1 and _EDITORS_ABSTRACT.fullmatch(" ".join(text for _, text in told[0])):
            # "[Le pide noticias de un códice …]." under the dateline, in place of the letter's text: the
            # editors' abstract, the entry's summary (their brackets off)
            lines_told = [(n, text.strip()) for n, text in told[0]]
            lines_told[0] = (lines_told[0][0], lines_told[0][1][1:])
            lines_told[-1] = (lines_told[-1][0], re.sub(r"\](?=\.?$)", "", lines_told[-1][1]))
            entry.summary = [" ".join(text for _, text in lines_told)]
            entry.summary_paragraphs = [lines_told]
            entry.summary_lines = (lines_told[0][0], lines_told[-1][0])
            parts = [p for p in parts if p is not told[0]]
        heading_only = {entry.date_line} | ({line.number for line in lines if line.text.strip() == entry.fields.get("place")}
                                             if "place" in entry.fields else set())
        if all(number in heading_only for p in parts for number, _ in p):
            # (an online list's letter: its date and place, no text: nothing was transcribed, and
            # the lines stay the entry's)
            entry.last_line = max([entry.last_line, *(number for p in parts for number, _ in p)])
            parts = []
        entry.text = [" ".join(text for _, text in p) for p in parts]
        entry.text_paragraphs = parts
        if parts:
            entry.last_line = parts[-1][-1][0]
        if entry.summary_lines:
            entry.last_line = max(entry.last_line, entry.summary_lines[1])
        listing.entries.append(entry)


# An edition's abstract of a letter it does not print, in brackets under the dateline: "[Le pide noticias
# de un códice …; le felicita por su elección]." (one bracket's words; not "[Footnote: …] Text …")
_EDITORS_ABSTRACT = re.compile(r"\[[^\[\]]{20,}\]\.?", re.DOTALL)


# A letter-book's dateline that repeats the one before: "Ditto", "Same date", "Do. 13th", "Do. 2d May"
_DITTO = re.compile(r"^(?:Do\.|Ditto|Same date|Same day|Eod(?:em)?\.?(?:\s+die)?)[,.]?\s*(?P<rest>.{0,20}?)\.?$",
                    re.IGNORECASE)


class _LazyTest:
    """A test of the whole listing, made once and only if a letter asks (most never do)."""

    def __init__(self, test):
        self._test, self._value = test, None

    def __bool__(self) -> bool:
        if self._value is None:
            self._value = bool(self._test())
        return self._value


_LETTER_BOOK = re.compile(r"letter[- ]?book|copy[- ]?book|(?:brief)?kopi(?:er|al)buch|copiador|copialettere|copie de lettres",
                          re.IGNORECASE)


def _indent(line: Line) -> int:
    return len(line.raw) - len(line.raw.lstrip(" "))


def _dated_or_not(text: str) -> bool:
    """A line that gives a letter's date or says it has none: a dateline, "Ditto", "[No date]"."""
    return bool(dateline(text) or _DITTO.match(text.strip()) or _NO_DATE.match(text.strip()))


def _ditto(lines: Sequence[Line], before: Entry) -> tuple[Line, tuple[str | None, str, DateValue]] | None:
    """The date a "Ditto" dateline gives, from the letter before's: the same ("Ditto"), another
    day of its month ("Do. 13th") or another day of its year ("Do. 2d May")."""
    start = before.date.start if before.date else None
    if start is None:
        return None
    for line in lines:
        m = _DITTO.match(line.text.strip())
        if m is None:
            continue
        rest, year = m["rest"].strip(), int(start[:4])
        if not rest:
            return line, (before.fields.get("place"), line.text.strip(), replace(before.date, text=line.text.strip()))
        day = re.fullmatch(r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th|d)?", rest)
        if day and len(start) >= 7:  # (of a span of days, "22d & 24th Septr.", its first day's month)
            value = parse_date(f"{start[:7]}-{int(day[1]):02d}")
        else:
            value = parse_date(rest, year=year)
        if value is not None:
            return line, (before.fields.get("place"), line.text.strip(), replace(value, text=line.text.strip()))
    return None


_SERIES_HEADING = "a series or chapter heading, no part of a letter"


def _not_letter(paragraph: Sequence[Line], after_text: bool) -> str | None:
    """Why a paragraph between two letters' headings is no part of the letter, or None."""
    text = "\n".join(line.text for line in paragraph)
    raw = [line.raw.strip() for line in paragraph]
    if _NOTE.match(text):
        return "an editorial note, no part of the letter"
    if after_text and _FOOTNOTE.match(text):
        return "a footnote of the printed page, no part of the letter"
    if len(paragraph) == 1 and heading_year(paragraph[0]) is not None:
        return "a heading: the year of the letters below it"
    if len(paragraph) == 1 and running_head(raw[0]):
        return "a running head or page number of the printed page"
    letters = [c for c in text if c.isalpha()]
    capitals = letters and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
    if after_text and capitals and len(paragraph) <= 3 and (_SERIES.search(text) or len(paragraph) >= 2
                                                             or read_pair(paragraph[0].text)):
        return _SERIES_HEADING
    return None


__all__ = ["ADDRESS", "EditionText", "LABEL", "SALUTATIONS", "SALUTATION_EXAMPLES", "SIDENOTES", "dateline"]
