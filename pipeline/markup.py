"""Names and dates inside running text (summaries), the text kept verbatim.

Rules for dates without a year (documented in README): "11 January", "January 6" and a
month alone after a preposition ("until December") take the year of the document they
occur in, marked cert="medium": the year is the document's, not the text's. A month before
the document's month is still that year: summaries look back more than they look ahead,
and we do not guess a year change the text does not state. Vague expressions ("the
summer", "a month") are left unmarked.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lxml import etree

from .dates import MONTHS, DateValue, parse_date
from .tei import TEI_NS
from .titles import OFFICES, RELATION_WORDS

# Full month names only: abbreviations ("Jan", "Mar") are too often names or words in prose.
_FULL_MONTHS = sorted((m for m in MONTHS if len(m) > 3 or m in {"may", "mai"}), key=len, reverse=True)
_MONTH_CAP = "(?:" + "|".join(m.capitalize() for m in _FULL_MONTHS) + ")"
# (not "Mai" alone: "a letter from Mai", a name)
_MONTH_ALONE = "(?:" + "|".join(m.capitalize() for m in _FULL_MONTHS if m != "mai") + ")"
# French writes its months in lower case ("le 3 mai 1850"): read so with a day and a year only
_MONTH_ANY = "(?:" + "|".join(m.capitalize() for m in _FULL_MONTHS) + "|" + "|".join(_FULL_MONTHS) + ")"
_DATE_RX = re.compile(
    rf"""(?<![\w])(?:
        (?P<dmy>\d{{1,2}}\.?\s+{_MONTH_ANY},?\s+\d{{4}})         # 6 January 1949, 6. Januar 1949, 6 janvier 1949
      | (?P<mdy>{_MONTH_CAP}\s+\d{{1,2}},\s*\d{{4}})              # January 6, 1949
      | (?P<dm>\d{{1,2}}\.?\s+{_MONTH_CAP})                       # 11 January, 11. Januar
      | (?P<md>{_MONTH_CAP}\s+\d{{1,2}})(?![\d,])                 # January 6
      | (?P<my>{_MONTH_CAP},?\s+\d{{4}})                          # January 1949
      | \b(?:in|until|till|by|since|before|after|from|of|early|late|mid|during)\s+
        (?P<m>{_MONTH_ALONE})(?!,?\s*\d)                         # until December (not "of June 2, 1851":
    )(?![\w])""",                                                # the longer reading wins)
    re.VERBOSE,
)


_HONORIFICS = {"comrade", "cde", "mr", "mrs", "ms", "dr", "prof", "sir", "ambassador", "minister", "general",
               "marshal", "president", "chairman", "premier", "secretary", "colonel", "captain", "admiral",
               "consul", "envoy", "comrades", "madame", "monsieur", "herr", "frau", "genosse", "tov"}
_WORD_BEFORE = re.compile(r"(?:^|(?P<stop>[.!?:;]\s+)|\s)(?P<word>[A-Z][\w’'.-]*)\s+$")


def _other_first_name(text: str, start: int) -> bool:
    """True when a one-word name follows another capitalised word that is not a title."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return False
    word = m.group("word").rstrip(".").lower()
    if word in _HONORIFICS or m.group("word").endswith(".") and len(word) > 1:
        return False  # "Comrade Weber", or "… in China. Mao asks"
    return m.start("word") > 0 and m.group("stop") is None


class Span(NamedTuple):
    """A name or date found in running text (a tuple: plans of many letters stay small)."""

    start: int
    end: int
    element: str  # persName | placeName | orgName | date
    attributes: tuple[tuple[str, str], ...]
    # In a plan (Marker.plan): the spans inside an organisation's name, marked up too.
    inner: tuple["Span", ...] | None = None


def _infer(text: str, kind: str, context: DateValue | None) -> DateValue | None:
    """Read a date found in running text, completing the year from the document's date."""
    if kind in {"dmy", "mdy", "my"}:
        return parse_date(text)
    year = context.year if context else None
    if year is None:
        return None
    value = parse_date(f"{text} {year}") if kind in {"dm", "m"} else parse_date(f"{text}, {year}")
    if value is None:
        return None
    return DateValue(text=text, when=value.when, cert="medium")  # (the year is the document's)


ELEMENT = {"person": "persName", "place": "placeName", "org": "orgName"}


_TOKEN = re.compile(r"\S+")
_OPEN = "([{“‘\"'«"
_CLOSE = ".,;:!?)]}”’\"'»"


def _cores(token: str) -> list[str]:
    """A word as written and without what may follow a name: "Mao's," → Mao's, Mao's → Mao."""
    cores = [token]
    while True:
        word = cores[-1]
        if word.endswith(("'s", "’s")) and len(word) > 2:
            word = word[:-2]
        elif len(word) > 1 and word[-1] in _CLOSE:
            word = word[:-1]
        else:
            return cores
        cores.append(word)


def _longest_first(words: tuple[str, ...]) -> tuple:
    """Most words first, then most characters ("Mao's" before "Mao"), then alphabetical: an
    order that does not depend on the order of a set (nor on the hash seed)."""
    return -len(words), -sum(map(len, words)), words


class NameIndex:
    """Name forms indexed by their first word.

    Finding names costs time per word of running text, not per form in the registers, so
    summaries mark up as fast with ten thousand register names as with ten.
    """

    def __init__(self, forms):
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for form in forms:
            words = tuple(form.split())
            if words:
                self.by_first.setdefault(words[0], []).append(words)
        for candidates in self.by_first.values():
            candidates.sort(key=_longest_first)

    def find(self, text: str, exclude: str | None = None):
        """(start, end, form) of each name, left to right, longest first, never overlapping.

        ``exclude``: a form not to match (an organisation's own name, when looking inside it).
        """
        tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(text)]
        i = 0
        while i < len(tokens):
            start, token = tokens[i]
            head = token.lstrip(_OPEN)
            offset = start + len(token) - len(head)
            found = self._match(tokens, i, head, exclude)
            if found:
                words, end = found
                yield offset, end, " ".join(words)
                i += len(words)
            else:
                i += 1

    def _match(self, tokens, i: int, head: str, exclude: str | None):
        by_first = self.by_first
        if head[-1:] in _CLOSE or head.endswith(("'s", "’s")):
            cores = [core for core in _cores(head) if core in by_first]
            if not cores:
                return None
            candidates = by_first[cores[0]] if len(cores) == 1 else \
                sorted({w for core in cores for w in by_first[core]}, key=_longest_first)
        else:  # most words: the word itself is the only core
            candidates = by_first.get(head)
            if not candidates:
                return None
        for words in candidates:
            if exclude is not None and " ".join(words) == exclude:
                continue
            k = len(words)
            if k == 1:
                return words, tokens[i][0] + len(tokens[i][1]) - len(head) + len(words[0])
            if i + k > len(tokens) or head != words[0]:
                continue
            if any(tokens[i + j][1] != words[j] for j in range(1, k - 1)):
                continue
            last_start, last = tokens[i + k - 1]
            if words[-1] in _cores(last):
                return words, last_start + len(words[-1])
        return None


class Marker:
    """Built once per run from the registers' forms; marks up many summaries."""

    def __init__(self, forms: dict[str, str], resolve, ambiguous: dict[str, list[str]] | None = None):
        """``forms``: name form → kind; ``resolve(form, kind)`` → @ref or None.

        ``ambiguous``: forms that could mean more than one entry (form → the candidates);
        they are left unmarked and listed in ``self.unresolved`` for the report.
        """
        self.forms = forms
        self.resolve = resolve
        self.ambiguous = ambiguous or {}
        self.unresolved: list[str] = []  # ambiguous forms met since the caller last took them
        self.index = NameIndex(forms)

    def spans(self, text: str, context: DateValue | None, inside: str | None = None) -> list[Span]:
        """Names and dates in ``text``; ``inside``: the @ref of the organisation it names."""
        found: list[Span] = []
        # Inside an organisation's name look for shorter names only, not the name itself.
        for start, end, form in self.index.find(text, " ".join(text.split()) if inside else None):
            kind = self.forms[form]
            if form in self.ambiguous:
                self.unresolved.append(form)
                continue
            if kind == "person" and " " not in form and _other_first_name(text, start):
                continue  # "Karl Weber" is not Anna Weber's "Weber"
            ref = self.resolve(form, kind)
            if ref and ref != inside:
                found.append(Span(start, end, ELEMENT[kind], (("ref", ref),)))
        for start, end, full in shared_surnames(text):  # "Henry and Walter Ashby": Henry is Henry Ashby
            if self.forms.get(full) == "person" and full not in self.ambiguous:
                ref = self.resolve(full, "person")
                if ref and ref != inside:
                    found.append(Span(start, end, "persName", (("ref", ref),)))
        for m in _DATE_RX.finditer(text):
            kind = m.lastgroup
            value = _infer(m.group(kind), kind, context)
            if value:
                found.append(Span(m.start(kind), m.end(kind), "date", tuple(value.attributes().items())))
        # Earliest first, longest first; drop overlaps.
        found.sort(key=lambda s: (s.start, -(s.end - s.start)))
        kept: list[Span] = []
        for span in found:
            if not kept or span.start >= kept[-1].end:
                kept.append(span)
        return kept

    def plan(self, text: str, context: DateValue | None, inside: str | None = None) -> tuple[Span, ...]:
        """The spans ``fill`` marks up, names inside an organisation's name included: all that
        running text needs from the registers, so that ``materialise`` needs nothing else.

        Resolving a name can add to the registers (an entry from the authority file met for
        the first time), so plans are made in input order, in one process (pipeline/edition.py).
        """
        planned = []
        for span in self.spans(text, context, inside):
            inner = text[span.start:span.end]
            if span.element == "orgName" and " " in inner:
                span = span._replace(inner=self.plan(inner, context, inside=dict(span.attributes)["ref"]))
            planned.append(span)
        return tuple(planned)

    def fill(self, parent: etree._Element, text: str, context: DateValue | None,
             inside: str | None = None) -> etree._Element:
        """Append ``text`` to ``parent`` as mixed content with the spans marked up.

        Names inside an organisation's name are marked too: "the <orgName>Nanjing
        government</orgName>" keeps its <placeName>Nanjing</placeName>.
        """
        return materialise(parent, text, self.plan(text, context, inside))


def materialise(parent: etree._Element, text: str, plan: tuple[Span, ...]) -> etree._Element:
    """Append ``text`` to ``parent`` with the planned spans (``Marker.plan``) as elements."""
    position = 0
    last = None
    for span in plan:
        before = text[position:span.start]
        if last is None:
            parent.text = (parent.text or "") + before
        else:
            last.tail = (last.tail or "") + before
        last = etree.SubElement(parent, f"{{{TEI_NS}}}{span.element}", dict(span.attributes))
        inner = text[span.start:span.end]
        if span.inner is not None:
            materialise(last, inner, span.inner)
        else:
            last.text = inner
        position = span.end
    rest = text[position:]
    if last is None:
        parent.text = (parent.text or "") + rest
    else:
        last.tail = (last.tail or "") + rest
    return parent


# Capitalised words that start sentences or qualify, rather than name, someone or somewhere.
_COMMON = {
    "a", "an", "the", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "our",
    "this", "that", "these", "those", "there", "here", "in", "on", "upon", "at", "by", "for", "from",
    "to", "of", "with", "after", "before", "during", "since", "until", "while", "when", "where", "as",
    "if", "but", "and", "or", "also", "however", "afterward", "afterwards", "then", "thus", "although",
    "notes", "note", "noteably", "notably", "both", "all", "some", "any", "no", "not", "one", "two",
    "first", "second", "third", "mr", "mrs", "ms", "dr", "comrade", "cde", "minister", "ambassador",
    "government", "party", "army", "communist", "communists", "soviet", "soviets", "chinese", "russian",
    "western", "eastern", "northern", "southern", "american", "british", "french", "german", "nationalist",
    "nationalists", "republican", "democratic", "socialist", "foreign", "trade",
    *(m for m in MONTHS if len(m) > 3), "may", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
    # honorifics and forms of address, which qualify names ("Messrs. Pratt and Holloway")
    "messrs", "mm", "mme", "mmes", "mlle", "miss", "misses", "sir", "madam", "madame", "lord", "lady", "esq",
    "herr", "frau", "fräulein", "monsieur", "rev", "revd", "capt", "col", "gen", "prof",
    # references inside a summary ("See Vol. XII, fol. 3")
    "see", "cf", "vol", "vols", "fol", "fols", "ibid", "ibidem", "pp", "ms", "mss",
}
# Never a name on their own: every month name and abbreviation ("Oct", "Sept"; "Jan Berg" is
# still a name), days of the week and their abbreviations.
_NEVER_ALONE = {*MONTHS, "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
# Words that label a field of a record or a table, not a name: "Author: …", "Classmark: …".
_LABELS = {
    "author", "authors", "addressee", "addressees", "recipient", "recipients", "sender", "senders", "writer",
    "date", "dated", "place", "title", "classmark", "shelfmark", "reference", "ref", "call", "number", "no",
    "from", "to", "summary", "abstract", "excerpt", "description", "note", "notes", "source", "subject",
    "language", "record", "item", "folio", "page", "pages", "extent", "format", "type", "keywords",
    "collection", "series", "box", "folder", "verfasser", "absender", "empfänger", "datum", "ort", "inhalt",
    "regest", "expéditeur", "destinataire", "lieu", "objet", "signature", "cote",
}
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})", re.IGNORECASE)
_VOWEL = re.compile(r"[aeiouyàáâäåæèéêëìíîïòóôöøœùúûü]", re.IGNORECASE)
_NAME_START = re.compile(r"^(?:Mc|Mac|O['’]|Fitz|De|Di|Du|La|Le|Van|Von)")


def _not_a_name(word: str) -> bool:
    """OCR debris and numbering, never a name: "Lon6don", "Xii", "Tlie"-like case slips, "Th"."""
    letters = word.strip("’'-.")
    if not letters or any(c.isdigit() or c == "_" for c in letters):
        return True
    if _ROMAN.fullmatch(letters):
        return True  # "XII", "Xii", "iv": a numbering (an empty match is no numeral: letters is not empty)
    if not _VOWEL.search(letters):
        return True  # "Thr", "Wm": no word of a name is all consonants here
    if _OCR_SLIPS(letters.lower()) in _COMMON:
        return True  # "Tlie" is "The" misread
    return bool(re.search(r"[a-z][A-Z]", _NAME_START.sub("", letters)))


def _OCR_SLIPS(word: str) -> str:
    """The common misreadings of OCR undone: "li" for "h", "rn" for "m", "1" for "l"."""
    return word.replace("li", "h").replace("rn", "m").replace("1", "l")


# "Henry and Walter Ashby", "Anna, Karl and Jan Berg": given names that share the last surname.
_SHARED_SURNAME = re.compile(
    r"(?<![\w’'])(?P<given>[A-Z][a-zà-ÿ]+(?:,\s+[A-Z][a-zà-ÿ]+)*)\s+(?:and|&|und|et)\s+"
    r"(?P<last>[A-Z][a-zà-ÿ]+)\s+(?P<surname>[A-Z][\w’'-]*[a-z][\w’'-]*)(?![\w’'])"
)


def shared_surnames(text: str) -> list[tuple[int, int, str]]:
    """(start, end, full name) of each bare given name in a list that ends in a full name:
    "Henry and Walter Ashby" → (0, 5, "Henry Ashby")."""
    found = []
    for m in _SHARED_SURNAME.finditer(text):
        givens = [g for g in re.finditer(r"[A-Z][a-zà-ÿ]+", m.group("given"))]
        if any(g.group(0).lower() in _COMMON for g in givens) or m.group("last").lower() in _COMMON \
                or m.group("last") in _GERMAN_ROLES:  # "Pastor Feddersen und Direktor Bauer": no given names
            continue
        for g in givens:
            if g.group(0) == m.group("surname"):
                continue  # "Ashby and Walter Ashby": a surname, not a given name
            start = m.start("given") + g.start()
            found.append((start, start + len(g.group(0)), f"{g.group(0)} {m.group('surname')}"))
    return found
_CAPITALISED = re.compile(
    r"(?<![\w’'])[A-Z][\w’'-]*[a-z][\w’'-]*(?:\s+(?:(?:of|the|de|van|von|al|bin|da|di|du|la|le)\s+)?[A-Z][\w’'-]+)*"
)
_NAME_ELEMENTS = {f"{{{TEI_NS}}}{n}" for n in ("persName", "placeName", "orgName", "date", "roleName", "rs")}
# A German article or determiner (and adjectives after it) before a capitalised word: a noun
# ("über die Krankheit der Mutter", "den alten Garten"), which German capitalises; a name
# follows a preposition ("bei Goethe", "aus Weimar").
_GERMAN_ARTICLES = {"Der", "Die", "Das", "Dem", "Ein", "Eine", "Einem", "Einen", "Einer", "Eines"}  # (not "Den Haag")
# A German office or kinship word before a name ("Arzt Doktor Hinrichsen", "Schwester Anna"):
# the name is what follows (titles.OFFICES, titles.RELATION_WORDS)
_GERMAN_ROLES = {*OFFICES["de"].split("|"), *RELATION_WORDS["de"][1].split()}
_BEFORE_A_NAME = _GERMAN_ARTICLES | _GERMAN_ROLES  # (left off a candidate's front)
_PARTICLES_AFTER_ROLE = {"von", "zu", "vom", "van", "de", "of", "the"}
_ARTICLE_BEFORE = re.compile(
    r"(?<![\w’'])(?i:der|die|das|dem|den|des|ein|eine|einem|einen|einer|eines|zum|zur|im|vom|beim|ins|"
    r"(?:sein|ihr|mein|dein|unser|euer|dies|jen|kein|welch|jed)e[mnrs]?|kein)\s+"
    r"(?:[a-zäöüß]+(?:e|en|er|em|es)\s+){0,2}$")


def candidates(element: etree._Element) -> list[str]:
    """Capitalised names in running text that nothing marked up: for the editor to accept."""
    found: list[str] = []

    def scan(text: str | None, sentence_start: bool) -> None:
        text = text or ""
        shared = {start: full for start, _, full in shared_surnames(text)}
        for m in _CAPITALISED.finditer(text):
            name = re.sub(r"['’]s$", "", m.group(0))
            words = name.split()
            at_start = m.start() == 0 and sentence_start or re.search(r"[.!?:\"“]\s*$", text[:m.start()])
            if len(words) == 1 and text[m.end():m.end() + 1] == ":" and name.lower() in _LABELS | _COMMON:
                continue  # "Author:", "Date:": the label of a field
            if at_start and re.search(r"(?:^|\s)(?:[A-Z]|[A-Za-z]+(?<=[a-z]))\.\s*$", text[:m.start()]):
                before = re.search(r"(\S+)\.\s*$", text[:m.start()]).group(1)
                at_start = not (len(before) == 1 or before.lower() in _COMMON)  # "Messrs. Pratt", "J. Smith"
            offset = m.start()
            while words and (words[0].lower().rstrip(".") in _COMMON or _not_a_name(words[0])
                             or words[0] in _BEFORE_A_NAME and len(words) > 1  # "Die Kinder"
                             or words[0] in _PARTICLES_AFTER_ROLE and offset > m.start()):  # "Herzog von Weimar"
                offset += len(words[0]) + 1
                words = words[1:]
            while words and _not_a_name(words[-1]):
                words = words[:-1]
            if not words or " ".join(words).lower() in _COMMON or any(_not_a_name(w) for w in words):
                continue
            if len(words) == 1 and words[0].lower() in _NEVER_ALONE:
                continue
            if _ARTICLE_BEFORE.search(text, 0, offset):
                if len(words) == 1:
                    continue
                if len(words) > 2 and words[1] in ("von", "zu", "vom", "van", "de"):  # "die Hochzeit von Anna Berg"
                    offset += len(words[0]) + len(words[1]) + 2
                    words = words[2:]
            last = offset + len(" ".join(words[:-1])) + (1 if len(words) > 1 else 0)
            if last in shared:  # "Henry and Walter Ashby": Henry Ashby ("Sends Henry": Sends opens a sentence)
                if len(words) > 1 and not at_start:
                    found.append(" ".join(words[:-1]))
                found.append(shared[last])
                continue
            if at_start and len(words) == 1 and len(name.split()) == 1:
                continue  # one word opening a sentence: too often an ordinary word
            found.append(" ".join(words))

    scan(element.text, True)
    for child in element.iter():
        if child is not element and child.tag not in _NAME_ELEMENTS and child.getparent() is not None:
            scan(child.text, False)
        if child is not element:
            scan(child.tail, False)
    return found
