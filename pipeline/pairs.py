"""The two parties a heading names for the letters under it.

An edition of one person's letters to another heads them with both names ("LETTERS OF
JOHN KEATS TO FANNY BRAWNE", "Lettres de X à Y", "PISMA IVANA KOVAČIĆA MATI LOVRIĆU": in
Croatian the writer in the genitive, the addressee in the dative) and then numbers the letters
with their places and dates alone. An entry under such a heading that names no party is a
letter of the one to the other; an entry that names one ("To X", "From X") keeps it, with the
heading's writer as the writer of the edition. A later heading turns the pair round for the
entries under it ("KONCEPTI LOVRIĆEVIH PISAMA KOVAČIĆU", the drafts of Lovrić's replies to
Kovačić), its surnames alone read as the full names an earlier heading gives.

A new language is a row of PAIR_HEADINGS and its examples in PAIR_EXAMPLES (tests read both).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .inflection import polish_name, russian_nominative, south_slavic_name, south_slavic_preferred
from .lines import Line
from .listing import Listing

# (pattern, how its names are written): "as written" (nominatives), "polish" (genitives after
# "Listy"), "russian" (genitive, then the dative after "к"), "south-slavic" (the writer in the
# genitive, the addressee in the dative, one after the other), "south-slavic-possessive" (the
# writer's surname as an adjective: "Lovrićeva", "Lovrićevih", then the addressee in the dative).
# Letters that are no one's to another: "Letters of Administration granted to X", "letters of credit to"
_NO_PAIR = (r"(?:administration|attorney|credit|introduction|recommendation|marque|patent|safe[- ]conduct|denization|"
            r"naturali[sz]ation|protection|request)\b")
_KINDS = r"(?:(?:love|familiar|private|unpublished|selected|early|later|collected|original|some|the)\s+)*"
PAIR_HEADINGS: tuple[tuple[str, str], ...] = (
    (rf"(?:the\s+)?{_KINDS}(?:letters|correspondence)\s+(?:of|from|written\s+by)\s+(?!{_NO_PAIR})(?P<a>.+?)\s+to\s+(?P<b>.+)",
     "as written"),
    (r"(?:die\s+)?(?:(?:ungedruckten|gesammelten|unveröffentlichten|ausgewählten)\s+)?briefe\s+(?:von\s+)?(?P<a>.+?)\s+an\s+(?P<b>.+)",
     "as written"),
    (r"(?:lettres|correspondance)(?:\s+(?:inédites|choisies|intimes))?\s+(?:de|d['’]|du)\s*(?P<a>.+?)\s+(?:à|a|au)\s+(?P<b>.+)",
     "as written"),
    (r"lettere(?:\s+(?:inedite|scelte|familiari))?\s+(?:di|del|della)\s+(?P<a>.+?)\s+(?:a|ad|al|alla)\s+(?P<b>.+)", "as written"),
    (r"cartas(?:\s+(?:inéditas|familiares))?\s+(?:de|del)\s+(?P<a>.+?)\s+(?:a|al|para)\s+(?P<b>.+)", "as written"),
    (r"brieven\s+van\s+(?P<a>.+?)\s+aan\s+(?P<b>.+)", "as written"),
    (r"(?:brev|breve)\s+(?:från|fra)\s+(?P<a>.+?)\s+(?:till|til)\s+(?P<b>.+)", "as written"),
    (r"listy\s+(?P<a>.+?)\s+do\s+(?P<b>.+)", "polish"),
    (r"письма\s+(?P<a>.+?)\s+к\s+(?P<b>.+)", "russian"),
    (r"(?:pisma|listovi|dopisi)\s+(?P<both>.+)", "south-slavic"),
    (r"(?:(?:koncepti|prijepisi|odgovori)\s+)?(?P<a>\S+?(?:ev|ov))(?:a|e|ih|i|o)\s+(?:pisma|pisama|pismo)\s+(?P<b>\S+(?:\s+\S+)?)",
     "south-slavic-possessive"),
)
_PAIRS = tuple((re.compile(rf"^{rx}$", re.IGNORECASE), how) for rx, how in PAIR_HEADINGS)
# (a heading, (writer, addressee) or None; a surname alone is read only where another heading gives its full name)
PAIR_EXAMPLES = (
    ("LETTERS OF JOHN KEATS TO FANNY BRAWNE", ("John Keats", "Fanny Brawne")),
    ("Letters from Edward Harwood to Bernard Lowe (1821-1849)", ("Edward Harwood", "Bernard Lowe")),
    ("Briefe von Friederike Lorenz an Karl August Brenner", ("Friederike Lorenz", "Karl August Brenner")),
    ("Lettres inédites de Jean Dufresne à Marie Collot", ("Jean Dufresne", "Marie Collot")),
    ("Lettere di Giovanni Rossi a Pietro Bianchi", ("Giovanni Rossi", "Pietro Bianchi")),
    ("Listy Wincentego Rogozińskiego do Jana Kowalskiego", ("Wincenty Rogoziński", "Jan Kowalski")),
    ("PISMA IVANA KOVAČIĆA MATI LOVRIĆU*", ("Ivan Kovačić", "Mato Lovrić")),
    ("Pisma Jakoba Verbiča Josipu Horvatu", ("Jakob Verbič", "Josip Horvat")),
    ("Lettres de Madame de Sévigné à Madame de Grignan", ("Madame de Sévigné", "Madame de Grignan")),
    ("Letters of Edward Harwood to Bernard Lowe, Boston, 1850-1860", ("Edward Harwood", "Bernard Lowe")),
    ("LETTERS OF JOHN KEATS TO HIS BROTHER", None),  # (a relation: no name to give)
    ("LETTERS FROM NEW YORK TO BERNARD LOWE", None),  # (a place: no given name, no form of address)
    ("Letters of Administration granted to Mary Smith", None),
    ("Series 1: Letters of Edward Harwood to Bernard Lowe", ("Edward Harwood", "Bernard Lowe")),
    ("Letters of Thomas Harwood to John Stuart Lowe, John Sterne and Robert Brand", None),  # (to several)
    ("Letters of John Keats", None),  # (the writer alone: read.py's _writer)
    ("The Correspondence of John Keats with Fanny Brawne", None),  # (both ways: no pair)
    ("Pisma Jakoba Verbiča", None),
)
# An editor's note opening a letter that another wrote in the writer's stead: "(Piše Marija
# Kovačić, Kovačićeva supruga.)", "[Written by Anna Harwood, his wife.]": hers, to the same addressee
_WRITTEN_BY = re.compile(r"^(?:[^\W\d_]{3,15}\.\s+)?[(\[]\s*(?:piše|pisala|pisao|written\s+by|in\s+the\s+name\s+of\s+\S+\s+\S+,\s+by|écrite\s+par|"
                         r"scritta\s+da|geschrieben\s+von|escrita\s+por)\s+(?P<name>[^,.;()\[\]]{5,60}?)\s*[,.;)\]]", re.IGNORECASE)
WRITTEN_BY_EXAMPLES = (("(Piše Marija Kovačić, Kovačićeva supruga.) Javlja da je muž bolestan", "Marija Kovačić"),
                       ("[Written by Anna Harwood, his wife.] My husband is ill", "Anna Harwood"),
                       ("Dopisnica. (Piše Marija Kovačić, Kovačićeva supruga.)", "Marija Kovačić"),  # (a postcard)
                       ("(Written in haste.)", None), ("(Piše o Akademiji.)", None))


def written_by(text: str) -> str | None:
    """The person an editor's note at a letter's head says wrote it in the writer's stead, or None."""
    from .titles import looks_like_name

    m = _WRITTEN_BY.match(text)
    name = m["name"].strip() if m else ""
    return name if len(name.split()) >= 2 and all(w[:1].isupper() for w in name.split()) and looks_like_name(name) else None


_TRAILING = re.compile(r"\s*(?:[*†]+|\d{1,3}\)|[(\[]\s*\d{4}\s*[-–]\s*\d{4}\s*[)\]])?\s*[.:;,]?\s*$")


def _both_south_slavic(words: list[str]) -> tuple[str, str] | None:
    """A writer in the genitive, then an addressee in the dative, two words each."""
    if len(words) != 4:
        return None
    a, b = south_slavic_name(" ".join(words[:2])), south_slavic_name(" ".join(words[2:]))
    if a and b and a[0] == "gen" and b[0] == "dat":
        return south_slavic_preferred(a[1]), south_slavic_preferred(b[1])
    return None


def _surname_dative(word: str) -> set[str]:
    """The surnames a dative alone can be ("Kovačiću": Kovačić)."""
    return {word[:-1]} if word.endswith("u") and len(word) > 4 else set()


def read_pair(text: str) -> tuple[str, str] | tuple[set[str], set[str]] | None:
    """(writer, addressee) a heading names, in the nominative; ({surnames}, {surnames}) where
    it names surnames alone (read against the full names another heading gives); else None."""
    from .layouts.shared import title_case
    text = _SERIES_LABEL.sub("", _TRAILING.sub("", " ".join(text.split())))  # ("Series 1: Letters of A to B")
    if not 10 <= len(text) <= 100 or not text[:1].isalpha():
        return None
    if text.isupper():
        text = title_case(text)
    for pattern, how in _PAIRS:
        m = pattern.match(text)
        if m is None:
            continue
        if how == "south-slavic":
            return _both_south_slavic(m["both"].split())
        a, b = m["a"].strip(" ,"), m["b"].strip(" ,")
        if how == "south-slavic-possessive":
            if not (a[:1].isupper() and b[:1].isupper()):
                return None
            named = south_slavic_name(b)
            addressee = {south_slavic_preferred(named[1])} if named and named[0] == "dat" else _surname_dative(b)
            return ({re.sub(r"(?:ev|ov)$", "", a)}, addressee) if addressee and " " not in a else None
        if how in ("polish", "russian"):  # (read by their given names' cases: persons)
            nominative = polish_name if how == "polish" else russian_nominative
            a, b = nominative(a) or "", nominative(b) or ""
            return (a, b) if all(len(x.split()) >= 2 for x in (a, b)) else None
        if "," in b and re.search(r"\band\b|\bothers\b|&|\bet\b|\bund\b|\be\b|\by\b", b.split(",", 1)[1]):
            return None  # ("… to John Stuart Mill, John Sterling and Robert Browning": to several)
        a, b = _person(a), _person(b)
        return (a, b) if a and b else None
    return None


def _person(text: str) -> str | None:
    """A person's name as a heading writes it, up to a comma ("Bernard Lowe, Boston"), where it
    opens with a given name, a form of address or initials; else None ("New York")."""
    from .titles import GIVEN_NAMES, looks_like_name, parse_party_list, strip_address

    text = re.sub(r"^the\s+", "", text.split(",")[0].strip(), flags=re.IGNORECASE)
    read = parse_party_list(text) if looks_like_name(text) and len(text.split()) >= 2 else None
    if read is None or len(read.names) != 1 or read.names[0].kind != "person" or read.via:
        return None
    name = read.names[0]
    first = name.written.split()[0]
    addressed = name.role or strip_address(text) != text  # ("Mrs. Mary Brown", "Madame de Sévigné")
    return text if first in GIVEN_NAMES or addressed or re.fullmatch(r"[A-ZÀ-Þ]\.", first) else None


_SERIES_LABEL = re.compile(r"^(?:series|sub-?series|part|section|chapter|book|file|serie|teil|abteilung)\s+[\w.]{1,6}\s*[:.–—-]\s*",
                           re.IGNORECASE)
_ENDS = re.compile(r"^(?:[IVX]{1,5}\.\s+|\d{1,2}\.\s+)?(?:appendix|anhang|annexe|appendice|dodatak|prilog|prilozi|addenda|"
                   r"(?:series|sub-?series|part|section|chapter|book|serie|teil|abteilung)\s+[\w.]{1,6}\s*[:.–—-]|"
                   r"(?:the\s+)?(?:letters|correspondence|lettres|correspondance|briefe|lettere|cartas|brieven|pisma|listy)\b|"
                   # (… or a heading that ends in its word for letters: "FANNY BRAWNE'S REPLIES", "FAMILY LETTERS")
                   r".{0,60}\b(?:letters|replies|answers|correspondence|briefe|antworten|lettres|réponses|odgovori|pisma)\.?$)",
                   re.IGNORECASE)


def _bare(text: str) -> str:
    """A heading's words without its numbers and stops: a running head repeats them."""
    return " ".join(re.sub(r"[\d.,:;*]+", " ", text).upper().split())


def assign(listing: Listing, lines: Sequence[Line]) -> None:
    """Give the entries under a heading that names both parties its pair: "writer" and
    "addressee" fields (titles.title_for reads them where an entry names no party)."""
    if not listing.entries:
        return
    first = min(entry.first_line for entry in listing.entries)
    candidates = {line.number: line.text for line in lines if line.number < first and line.kind != "blank"}
    candidates.update({u.line: u.text for u in listing.unused})
    found: list[tuple[int, tuple]] = [(number, pair) for number, text in sorted(candidates.items())
                                      if len(text) <= 120 and (pair := read_pair(text))]
    if not found:
        return
    # a later heading of other letters ends the pair ("APPENDIX", "LETTERS TO HIS SISTER"); not a
    # running head that repeats the pair's heading ("LETTERS OF JOHN KEATS    13")
    said = [_bare(candidates[number]) for number, _ in found]
    ends = [number for number, text in candidates.items() if number > found[0][0] and _ENDS.match(text.strip())
            and (text.isupper() or len(text.split()) <= 8 and not text.rstrip().endswith((".", ",", ";", ":")))
            and not read_pair(text) and not any(_bare(text) in heading for heading in said)]  # (a heading: not
    #                                                  "The letters below are printed from the originals.")
    full = [pair for _, pair in found if isinstance(pair[0], str)]
    pairs: list[tuple[int, str, str]] = []
    for number, (a, b) in found:
        if isinstance(a, set):  # surnames alone: the full names another heading gives
            a, b = (next((n for pair in full for n in pair if n.split()[-1] in names), None) for names in (a, b))
            if not a or not b or a == b:
                continue
        pairs.append((number, a, b))
    if not pairs:
        return
    marks = sorted([*pairs, *((number, None, None) for number in ends)])
    for number, a, b in pairs:
        listing.notes.append((number, f"the letters under this heading are {a}'s to {b}, as it says: the parties of "
                                      "its entries that name none"))
    listing.unused = [type(u)(u.line, u.text, "a heading naming the writer and the addressee of the letters below")
                      if any(u.line == number for number, _, _ in pairs) else u for u in listing.unused]
    for entry in listing.entries:
        above = [mark for mark in marks if mark[0] < entry.first_line]
        if above and above[-1][1] is not None:
            _, a, b = above[-1]
            stead = next((name for text in (entry.text or entry.summary)[:3] if (name := written_by(text))), None)
            entry.fields["writer"] = stead or a
            entry.fields.setdefault("addressee", b)
