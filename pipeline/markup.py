"""Names and dates inside running text (summaries), the text kept verbatim.

Rules for dates without a year (documented in README): "11 January", "January 6" and a
month alone after a preposition ("until December") take the year of the document they
occur in. A month before the document's month is still that year: summaries look back
more than they look ahead, and we do not guess a year change the text does not state.
Vague expressions ("the summer", "a month") are left unmarked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from .dates import MONTHS, DateValue, parse_date
from .tei import TEI_NS

# Full month names only: abbreviations ("Jan", "Mar") are too often names or words in prose.
_MONTH_CAP = "(?:" + "|".join(sorted((m.capitalize() for m in MONTHS if len(m) > 3 or m == "may"), key=len, reverse=True)) + ")"
_DATE_RX = re.compile(
    rf"""(?<![\w])(?:
        (?P<dmy>\d{{1,2}}\s+{_MONTH_CAP},?\s+\d{{4}})             # 6 January 1949
      | (?P<mdy>{_MONTH_CAP}\s+\d{{1,2}},\s*\d{{4}})              # January 6, 1949
      | (?P<dm>\d{{1,2}}\s+{_MONTH_CAP})                          # 11 January
      | (?P<md>{_MONTH_CAP}\s+\d{{1,2}})(?![\d,])                 # January 6
      | (?P<my>{_MONTH_CAP},?\s+\d{{4}})                          # January 1949
      | \b(?:in|until|till|by|since|before|after|from|of|early|late|mid|during)\s+
        (?P<m>{_MONTH_CAP})                                       # until December
    )(?![\w])""",
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


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    element: str  # persName | placeName | orgName | date
    attributes: tuple[tuple[str, str], ...]


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
    return DateValue(text=text, when=value.when)


ELEMENT = {"person": "persName", "place": "placeName", "org": "orgName"}


class Marker:
    """Compiled once per run from the register's forms; marks up many summaries."""

    def __init__(self, forms: dict[str, str], resolve):
        """``forms``: name form → kind; ``resolve(form, kind)`` → @ref or None."""
        self.forms = forms
        self.resolve = resolve
        alternatives = sorted(forms, key=len, reverse=True)
        self.names = (
            re.compile(
                r"(?<![\w’'-])(" + "|".join(r"\s+".join(map(re.escape, f.split())) for f in alternatives) + r")(?![\w-])"
            )
            if alternatives
            else None
        )

    def spans(self, text: str, context: DateValue | None, nested: bool = False) -> list[Span]:
        found: list[Span] = []
        if self.names:
            # Inside an organisation's name, look for shorter names only (not the name itself).
            for m in self.names.finditer(text, 0, len(text) - 1 if nested else len(text)):
                form = " ".join(m.group(1).split())
                kind = self.forms[form]
                if kind == "person" and " " not in form and _other_first_name(text, m.start(1)):
                    continue  # "Karl Weber" is not Anna Weber's "Weber"
                ref = self.resolve(form, kind)
                if ref:
                    found.append(Span(m.start(1), m.end(1), ELEMENT[kind], (("ref", ref),)))
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

    def fill(self, parent: etree._Element, text: str, context: DateValue | None,
             nested: bool = False) -> etree._Element:
        """Append ``text`` to ``parent`` as mixed content with the spans marked up.

        Names inside an organisation's name are marked too: "the <orgName>Nanjing
        government</orgName>" keeps its <placeName>Nanjing</placeName>.
        """
        position = 0
        last = None
        for span in self.spans(text, context, nested):
            before = text[position:span.start]
            if last is None:
                parent.text = (parent.text or "") + before
            else:
                last.tail = (last.tail or "") + before
            last = etree.SubElement(parent, f"{{{TEI_NS}}}{span.element}", dict(span.attributes))
            inner = text[span.start:span.end]
            if span.element == "orgName" and " " in inner:
                self.fill(last, inner, context, nested=True)
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
    "nationalists", "republican", "democratic", "socialist", "minister of foreign trade", "foreign", "trade",
    *(m for m in MONTHS if len(m) > 3), "may",
}
_CAPITALISED = re.compile(
    r"(?<![\w’'])[A-Z][\w’'-]*[a-z][\w’'-]*(?:\s+(?:(?:of|the|de|van|von|al|bin|da|di|du|la|le)\s+)?[A-Z][\w’'-]+)*"
)
_NAME_ELEMENTS = {f"{{{TEI_NS}}}{n}" for n in ("persName", "placeName", "orgName", "date", "roleName", "rs")}


def candidates(element: etree._Element) -> list[str]:
    """Capitalised names in running text that nothing marked up: for the editor to accept."""
    found: list[str] = []

    def scan(text: str | None, sentence_start: bool) -> None:
        for m in _CAPITALISED.finditer(text or ""):
            name = re.sub(r"['’]s$", "", m.group(0))
            words = name.split()
            at_start = m.start() == 0 and sentence_start or re.search(r"[.!?:\"“]\s*$", text[:m.start()])
            while words and words[0].lower() in _COMMON:
                words = words[1:]
            if not words or " ".join(words).lower() in _COMMON:
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
