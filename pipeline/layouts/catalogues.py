"""Dealers' and auction catalogues of autograph letters.

::

    1. ASHBY (Walter). Autograph letter signed ("W. Ashby") to Edmund Hartley, Kelmscott,
    20 May 1862, 1 p. 8vo. Declines the invitation to Bath.  £180
    Lot 101 BERG, LUDWIG Autograph letter signed, two pages, Leipzig, March 12, 1851, to Clara Wendt.
    12. Jeanne DUPRÉ (1812-1889), femme de lettres. L.A.S. à Paul Lenoir, Lyon 3 mai 1850 ; 2 pages in-8.
    201 Berg, Ludwig, Komponist (1801-1870). Eigenh. Brief mit U. an Clara Wendt. Leipzig, 12. III. 1851.

An entry (a lot) opens with its number, if it has one, and the writer's name as catalogues
head it (NAME_HEADS: "SURNAME (Given)", "SURNAME, Given", "Given SURNAME", "Surname, Given,
what he was"), followed on its first two lines by a description of the piece
(doctypes.DESCRIPTIONS: "Autograph letter signed", "ALS", "L.A.S.", "Lettre autographe
signée", "Eigenh. Brief mit U." …). The heading is the sender, the description the document
type, "to X" / "à X" / "an X" after it the recipient, the first date after it the date and
the place just before that date the place of writing; all of it, after the heading, is kept
as the summary, as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import doctypes
from ..titles import ADDRESS_ABBREVIATIONS, looks_like_name, relation
from ..lines import Line
from ..listing import Entry, Listing
from . import Layout, no_entries, unused
from .builtin import read_head
from .shared import MONTH_WORD, find_date, first_sentence, natural_name, paragraphs, set_summary, title_case

_UP = "A-ZÀ-ÖØ-ÞŁŒŠŽ"
_SURNAME = rf"(?!(?:ALS|ALSS|LS|TLS|ADS|DS|ANS|APCS)\b)(?:(?:d['’]|de\s+|von\s+|van\s+|le\s+|la\s+|du\s+|O['’]|Mc|Mac)?[{_UP}][{_UP}'’-]+(?:\s+[{_UP}][{_UP}'’-]+)*)"
_GIVEN = r"(?:[A-ZÀ-Þ](?:\.|[\w'’-]*)(?:[ -][A-ZÀ-Þ](?:\.|[\w'’-]*)){0,3})"  # (not "Thomas. Autograph": a word's stop ends it)
_GIVEN_WORDS = r"(?:[A-ZÀ-Þ](?:\.|[\w'’-]*)(?:\s+[A-ZÀ-Þ](?:\.|[\w'’-]*)){0,2}?)"
_DESCRIBED = "(?i:" + "|".join(re.escape(d) for d in sorted(doctypes.DESCRIPTIONS, key=len, reverse=True)) + ")"
# How catalogues head a lot with the writer's name; one row per form, with an example.
NAME_HEADS: tuple[tuple[str, re.Pattern[str], str], ...] = tuple(
    (form, re.compile(pattern), example) for form, pattern, example in (
        ("Given Surname Description", rf"^(?P<given>{_GIVEN_WORDS})\s+(?!{_DESCRIBED})(?P<surname>[A-ZÀ-Þ][\w'’-]+)(?=\s+{_DESCRIBED})",
         "Aaron Burr Autograph Letter Signed with franked address panel."),
        ("surname (given)", rf"^(?P<surname>{_SURNAME})\s*\((?P<given>[^()]{{1,60}})\)", "HARTLEY (Edmund)."),
        ("Given Surname. Occupation.", rf"^(?P<given>{_GIVEN_WORDS})\s+(?P<surname>[A-ZÀ-Þ][\w'’-]+)"
                                       rf"(?=\.\s+[A-ZÀ-Þ][a-zà-ÿ]+(?:\s+[a-zà-ÿ]+)?\.\s+{_DESCRIBED})",
         "Ralph Thorold. American author. Autograph Letter Signed, three pages"),
        ("Given Surname (dates)", rf"^(?P<given>{_GIVEN_WORDS})\s+(?P<surname>[A-ZÀ-Þ][\w'’-]+)(?=\s*\([^()]*\d{{4}}[^()]*\))",
         "Charles Haverfield (1773-1839). ANS"),
        ("SURNAME, GIVEN", rf"^(?P<surname>{_SURNAME}),\s*(?P<given>[{_UP}][{_UP}'’-]+(?:\s+(?!{_DESCRIBED}(?!\w))"
                           rf"[{_UP}][{_UP}'’-]+)*)\b", "BERG, LUDWIG Autograph letter signed"),  # ("KEMP, EDWARD. ANS")
        ("SURNAME, Given", rf"^(?P<surname>{_SURNAME}),\s*(?P<given>{_GIVEN})", "FAIRLIE, Robert. Autograph letter"),
        ("Given SURNAME", rf"^(?P<given>{_GIVEN})\s+(?P<surname>{_SURNAME})\b", "Jeanne DUPRÉ (1812-1889), femme"),
        ("Surname, Given", r"^(?P<surname>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?),\s*(?P<given>"
                           r"[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’.-]+){0,2})\b", "Berg, Ludwig, Komponist (1801-1870)."),
        ("SURNAME Given", rf"^(?P<surname>{_SURNAME})\s+(?P<given>[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:[ -][A-ZÀ-Þ][a-zà-ÿ'’-]+){{0,2}})"
                          r"(?=[\s,.\[(]|$)", "DUPRÉ Jeanne [Lyon, 1812 - Paris, 1889], femme de lettres."),
    ))
_LOT = re.compile(r"^(?:(?:Lot|Nr\.|No\.|N°)\s*)?(?P<lot>\d{1,5}[a-z]?|[A-Z]\d{0,3}/\d{1,4})[.):]?\s+(?=\S)", re.IGNORECASE)
# A lot's subject before the writer: "(AMERICAN REVOLUTION.) WILLIAMS (William).", "[Jeanne DUPRÉ]. Louise DUPRÉ".
_SUBJECT = re.compile(r"^(?:\([^()]{1,60}\)|\[[^\[\]]{1,60}\])\.?\s*")
# A lot number on a line of its own, the lot on the lines below it (as some dealers set it).
_BARE_LOT = re.compile(r"^\s*(?:(?:Lot|Nr\.|No\.|N°)\s*)?\d{1,6}[a-z]?\.?\s*$", re.IGNORECASE)
# Where a recipient phrase ends though no comma ends it: "writes to X about …".
_RECIPIENT_END = r"\s+(?:about|concerning|regarding|asking|declining|thanking|enclosing|sending|reporting|in which)\b"
# (after a joiner too: "2 S. An X", the stop of the extent's unit kept from ending a sentence)
_RECIPIENT = re.compile(r"(?:^|[\s,;(\u2060])(?:to|à|au|aux|an)\s+(?P<party>[^,;:]+?)(?=\s*(?:[,;:]|\.\s|\.$|\s\(|"
                        r"\s+in\s+(?:German|French|English|Italian)|" + _RECIPIENT_END + r"|$))", re.IGNORECASE)
_AND = re.compile(r"\s+(?:and|&|und|et)\s+")
_ABBREVIATION = re.compile(rf"(?<![\w.])(?P<word>[A-Z]|{'|'.join(ADDRESS_ABBREVIATIONS)})\.\s(?=[A-Z])")
# "as Secretary to the Board of War, to Colonel Silas Crane": a capacity, not the recipient.
_CAPACITY = re.compile(r"\bas\s+[^,;]*$", re.IGNORECASE)
# What a catalogue says of the recipient before the name: "to merchant Josiah Pell", "to his client Margaret Ellwood".
_DESCRIBED_PARTY = re.compile(r"^(?:(?:his|her|their|the|a|an|son|sa|ses|seinen|seine|ihren|ihre)\s+)?"
                              r"(?:[a-zà-ÿ][\w'’-]*\s+){1,2}(?P<name>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)+)$")


# A lot by the writer of the lot before: "Le même.", "— LA MÊME.", "— Another to the same, …"
_SAME_LOT = re.compile(r"^(?:(?:[—–-]\s*)?(?P<same>le\s+même|la\s+même|les\s+mêmes|the\s+same|another|idem|derselbe|"
                       r"dieselbe)|(?P<rule>[—–]{1,3}|-{2,4}|_{3,})(?=\s*\S))"  # ("—— L.s. to …": a rule for the name)
                       r"(?P<surname>)(?P<given>)(?![\w])\.?", re.IGNORECASE)


# The writer's life after his name, perhaps with his occupation: "(Geiger, 1790-1841)",
# ", Lyriker (1787-1825)", "[Lyon, 1812 - Paris, 1889]" (a lot whose description is not read).
_LIFE_AFTER_NAME = re.compile(r"[^()\[\].]{0,40}?[(\[][^()\[\]]{0,40}?\b1\d{3}\s*[-–—][^()\[\]]{0,20}?\d{2,4}\s*[)\]]")
_OCCUPATION_THEN_DATES = re.compile(r",\s+[^\W\d][^.,()]{2,40}\s*\(\s*\d{4}")


def _head(text: str) -> tuple[str, int, re.Match[str]] | None:
    """(lot number or "", where the name starts, the name match) of a lot's first line."""
    lot = _LOT.match(text)
    at = lot.end() if lot else 0
    if lot and (same := _SAME_LOT.match(text[at:])):
        return lot.group("lot"), at, same
    subject = _SUBJECT.match(text[at:])  # (a pattern's "^" does not match at a pos > 0)
    if subject:
        at += subject.end()
    for _, pattern, _ in NAME_HEADS:
        m = pattern.match(text[at:])
        if m and (lot or m.group("surname").isupper() or "(" in text[at:at + m.end() + 2]
                  or _OCCUPATION_THEN_DATES.match(text, at + m.end())):  # ("Berg, Ludwig, Komponist (1801-1870).")
            return (lot.group("lot") if lot else ""), at, m
    return None


def _starts(lines: Sequence[Line]) -> list[int]:
    found = []
    for i, line in enumerate(lines):
        if line.kind == "blank" or len(line.text) > 1000:
            continue
        text, k = line.text, i
        if _BARE_LOT.match(text) and i + 1 < len(lines) and lines[i + 1].kind != "blank":
            k = i + 1  # "28401" / "DUPRÉ Jeanne […]" / "Lettre autographe signée à …"
            text = f"{text.strip()} {lines[k].text}"
        elif found and found[-1] == i - 1 and _BARE_LOT.match(lines[i - 1].text):
            continue  # the name under a bare lot number
        head = _head(text)
        if not head:
            continue
        nxt = lines[k + 1].text if k + 1 < len(lines) and lines[k + 1].kind != "blank" else ""
        described = doctypes.description(f"{text} {nxt}")
        if described and head[1] + head[2].end() <= described[1] < len(text) + 5 or found and head[2].re is _SAME_LOT:
            # (the description after the name: not "AUTOGRAPH LETTERS AND MANUSCRIPTS", a catalogue's title)
            found.append(i)  # (a lot by the same writer need not say what it is: "— Another to the same, …")
    return sorted(found + _undescribed(lines, found))


def _undescribed(lines: Sequence[Line], found: list[int]) -> list[int]:
    """Lots that describe no letter ("CARROWAY (EDWIN, …) PORTRAIT ENGRAVING"): a paragraph after
    the first described lot that opens with a name headed as the described lots' names are
    ("SURNAME (GIVEN, …)") when at least two lots are described. They are entries too (no entry vanishes), with an author, not a sender."""
    if len(found) < 2:
        return []
    forms = {_form(lines[i].text) for i in found} - {None}
    described = set(found)  # a set: `in` on the list made reading a catalogue quadratic
    more = [i for i, line in enumerate(lines)
            if i > found[0] and i not in described and line.kind not in {"blank", "long"} and lines[i - 1].kind == "blank"
            and _form(line.text) in forms and _head(line.text)[2].group("surname").isupper()]
    return more


def _form(text: str) -> str | None:
    head = _head(text)
    if head is None:
        return None
    if head[2].re is _SAME_LOT:
        return "the same"
    return next(form for form, pattern, _ in NAME_HEADS if pattern.match(text[head[1]:]))


class Catalogue(Layout):
    name = "catalogue"
    description = "catalogue: a dealer's or an auction catalogue of autograph letters (lots)"
    rule = ("an entry starts at a lot: its number, the writer's name as heading (\"HARTLEY (Edmund).\") and a "
            "description (\"Autograph letter signed\", \"ALS\", \"L.A.S.\", \"Eigenh. Brief mit U.\")")

    def score(self, lines: Sequence[Line]) -> float:
        starts = _starts(lines)
        return len(starts) + 0.5 if starts else 0

    def read(self, lines: Sequence[Line], listing: Listing) -> None:
        starts = _starts(lines)
        if not starts:
            no_entries(listing, lines)
            return
        read_head(listing, lines[:starts[0]])
        self.heading = ""  # the person the last lot with a name heads
        for n, start in enumerate(starts):
            end = starts[n + 1] if n + 1 < len(starts) else len(lines)
            block = [line for line in lines[start:end] if line.kind not in {"boilerplate", "separator", "long"}]
            filled = [k for k, line in enumerate(block) if line.kind != "blank"]
            if len(filled) > 1 and (k := filled[-1]) and block[k - 1].kind == "blank" \
                    and _SECTION.fullmatch(block[k].text.strip()):
                unused(listing, block[k], "a heading: the catalogue's section")  # ("HISTORY" before the next lot)
                block = block[:k]
            for line in lines[start:end]:
                if line.kind in {"boilerplate", "separator", "long"}:
                    unused(listing, line, "")
            self._lot(block, listing)

    def _lot(self, block: list[Line], listing: Listing) -> None:
        parts = paragraphs(block)
        first = parts[0]
        text = " ".join(line.text for line in first)
        lot, at, name = _head(text)
        described = doctypes.description(text)
        typed = described is not None and described[1] >= at
        head_end = described[1] if typed else at + name.end()
        heading = text[:head_end].strip()
        if counted := _COUNT_BEFORE.search(heading):  # "…, dramatist. Two" before "A.Ls.s.": how many, not the heading
            heading = heading[:counted.start()].rstrip()
            head_end = text.find(counted.group(0).strip(), len(heading))  # (the summary keeps it: "Two A.Ls.s. …")
        surname, given = (title_case(g) if g.isupper() else _capitals(g) for g in (name.group("surname"), name.group("given")))
        last = max(line.number for p in parts for line in p)
        entry = Entry(source=listing.source, first_line=first[0].number, last_line=last, date_text="",
                      date_line=first[0].number, date=None, title=heading.rstrip(" ,:;"), title_line=first[0].number)
        previous = listing.entries[-1].fields if listing.entries else {}
        if name.re is _SAME_LOT:  # "Le même.": the writer of the lot before (none where no lot was before)
            writer = self.heading or previous.get("sender") or previous.get("author") or ""  # (its heading's
            #                                  person, though the lot before was addressed to them)
        elif re.search(r"\s(?:of|de|von)$", given):  # "ASHCOMBE (Henry Blount, 3rd Earl of)": his style and title
            writer = f"{given} {surname}"
        else:
            writer = natural_name(f"{surname}, {given}")
        self.heading = writer
        if name.re is _SAME_LOT and writer and name["rule"]:  # "13. ——": the rule stands for the writer above
            entry.title = f"{entry.title} [{writer}]"
        # a second writer of the same lot: "YELDHAM (George) and YELDHAM (Jane). A.L.S."
        if (joined := _AND.match(text, at + name.end())) and (other := _head(text[joined.end():])) and not other[0]:
            more = other[2]
            writer += " and " + natural_name(", ".join(title_case(g) if g.isupper() else _capitals(g)
                                                      for g in (more.group("surname"), more.group("given"))))
            name_end = joined.end() + other[1] + more.end()
            head_end = described[1] if typed else name_end
        # a letter's writer is its sender; a document's ("Autograph document signed") its author
        if described is None:  # a lot that describes no letter (a portrait, notes): unless a type word says so
            letter = (doctypes.find(text[at + name.end():]) or ("",))[0] == "letter"
        else:
            letter = described[1] < at or doctypes.describe(described[0]) is not None
        if writer:
            entry.fields["sender" if letter else "author"] = writer
        else:
            entry.flags.append("the lot is by the writer of the lot before it, and none is before it")
        if lot:
            entry.fields["number"] = lot  # the lot number: the entry's number in the catalogue
        after = described[2] if typed else head_end
        if not typed and (life := _LIFE_AFTER_NAME.match(text, after)):
            after = life.end()  # ("ZORNHAGEN, Hermann (Geiger, 1790-1841). Diktierter Brief mlt …": his life, no date)
        if typed:
            entry.fields["type"] = described[0]
        found = find_date(text, after, listing.day_first)
        accession = _ACCESSION.search(text) is not None  # a library's report of what it acquired
        if found is None and typed and accession and described[1] > at + name.end():
            # "BALLARD, THOMAS PAGE. 1817 Jan. 24. 1 ALS. Deposit. No. 2809.": the piece dated right
            # after the name (and the writer's life) before it says what it is; not "novelist, 1812-1870"
            start = life.end() if (life := _LIFE_AFTER_NAME.match(text, at + name.end())) else at + name.end()
            bounded = re.sub(r"\s\d{1,3}\s*$", "", text[:described[1]])  # ("1856 Mar. 1 ALS": one letter of March)
            if (early := find_date(bounded, start, listing.day_first)) and early[1] <= described[1] \
                    and not text[start:early[0]].strip(" .,"):
                found = early
        if found:
            entry.date_text, entry.date = text[found[0]:found[1]], found[2]
            entry.date_line = _line_of(first, found[0])
            before = text[after:found[0]].replace('"', "").replace("“", "").replace("”", "")
            place = _PLACE_BEFORE.search(before)
            if place and not re.match(r"^(?:to|an|à|in)\b", place.group("place"), re.IGNORECASE) and \
                    not re.search(r"(?:^|\s)(?:to|à|au|aux|an)\s+$", before[:place.start("place")], re.IGNORECASE):
                # ("…, à Jeanne DUPRÉ. 1er juin 1850": the recipient, not a place)
                entry.fields["place"] = place.group("place")
        elif (partial := _NO_YEAR.search(text, after)) is not None:  # "22 janvier": kept as written, unread
            entry.date_text, entry.date_line = partial.group(0), _line_of(first, partial.start())
            entry.flags.append(f"the date {partial.group(0)!r} gives no year, nor does the lot: kept as text, not read")
        else:
            entry.flags.append("no date in this lot")
        # (a full stop after "Mrs", "Rev" or an initial ends no recipient: "to Mrs. Kemp.")
        kept = _ABBREVIATION.sub(lambda m: f"{m.group('word')}.\u2060", text)  # (as long as the text)
        recipient = next((m for m in _RECIPIENT.finditer(kept, after)
                          if not _CAPACITY.search(re.split(r"[,;(]", text[after:m.start() + 1])[-1])), None) \
            if letter else None
        if recipient and not (found and found[2] is not None and recipient.start() > found[1] + 60):
            party = recipient.group("party").strip()
            party = party[:first_sentence(party)].rstrip(" .").replace("\u2060", " ")
            described_party = _DESCRIBED_PARTY.match(party)
            turned = _TURNED.match(party) if writer else None  # ("him by Lord Tullagh": no "described" party)
            if turned is None and described_party and not relation(party):
                party = described_party.group("name")  # "merchant Josiah Pell": the name
            elif turned is None and _KIN.match(party) and (named := _APPOSITIVE.match(kept, recipient.end())):
                party = named.group("name").replace("\u2060", " ")  # "to his cousin, Hugh Pendrill, …": the name
            if re.fullmatch(r"(?i:the\s+same|the\s+same\s+correspondent|le\s+même|la\s+même)", party) \
                    and previous.get("recipient"):
                party = previous["recipient"]  # "— Another to the same": the lot before's
            party = _OFFICE_OF.sub(lambda m: m.group(1) + m.group(2).upper(), party)  # "the editor of the X"
            if turned:  # "addressed to him by Lord Tullagh": the heading's person received it
                entry.fields["recipient"] = writer
                entry.fields["sender"] = _capitals(turned["by"])
            elif (dear := _DEAR.fullmatch(party)) and not _SALUTATION.fullmatch(party):
                entry.fields["recipient"] = dear["name"]  # 'to "My dear Ashe"': whom the letter calls so
            elif not _SALUTATION.fullmatch(party):  # ("to 'Dear Sir'": whom, the lot does not say)
                entry.fields["recipient"] = _capitals(party)
        said = _ADDRESSED.search(kept.replace("\u2060", "")) if letter else None
        if said and (recipient is None or "recipient" not in entry.fields or recipient.start() >= said.start() - 3):
            # "Der Brief ist an Rudolf Haselke in München gerichtet.", "– Wohl an Lina Trauecker.": the
            # description names the recipient after the date
            party = _IN_PLACE.sub("", next(g for g in said.group("a", "b") if g)).strip()
            if party[:1].isupper():
                entry.fields["recipient"] = _capitals(party)
                if said.group("probably") or said.group("probably2"):
                    entry.notes.append(f"the recipient as the catalogue conjectures it: {said.group(0).strip(' –—.')!r}")
        abstract = next((joined for p in parts[1:] if not _PAGE_NUMBER.fullmatch(joined := " ".join(line.text for line in p))),
                        "")  # (not "9", "Page 9")
        side = _SUMMARY_SIDE.match(_SHORT_WORD.sub(lambda m: f"{m.group(1)}.\u2060", abstract)) if accession else None
        party = side["party"].replace("\u2060", " ").strip() if side else ""
        if side and not all(looks_like_name(p) or _OFFICE_OF_BODY.fullmatch(p) for p in _AND.split(party)):
            side = None  # ("From the Phillipps Collection, …", "To Whom It May Concern": no party)
        if side and not letter and (typed or doctypes.find(text[at + name.end():]) is None):
            letter = True  # ("78 items." over "Letters to his son, …"; "Typescript copy." over "To the Secretary of War, …")
            if "author" in entry.fields:
                entry.fields["sender"] = entry.fields.pop("author")
        if side and writer and "recipient" not in entry.fields:
            # the report's abstract under the heading says who the other side was: "To Wilson Craddock,
            # discussing …", "Letters to his son, Peyton Cheatham, …", "From Judith Tayloe, giving …"
            party = _capitals(party)
            if side["side"].lower() == "from":
                entry.fields["sender"], entry.fields["recipient"] = party, writer
            else:
                entry.fields["recipient"] = party
        summary: list[list[tuple[int, str]]] = []
        offset = 0
        for line in first:  # the first paragraph after the heading
            start, offset = offset, offset + len(line.text) + 1
            if offset > head_end:
                summary.append((line.number, line.text[max(0, head_end - start):].strip()))
        parts_after = [[(line.number, line.text) for line in p] for p in parts[1:]]
        set_summary(entry, [[item for item in summary if item[1]], *parts_after])
        listing.entries.append(entry)


# An abstract that opens with the other side, under a heading that names the writer (or the one
# the piece chiefly concerns): "To Wilson Craddock, discussing …", "Letters to his son, Peyton
# Harrison Cheatham, with …", "From Judith Harrison Tayloe, giving …" (not "To his wife, …": no name)
_SUMMARY_SIDE = re.compile(r"^(?:(?:Letters?|Note|Postcard)(?:\s+of\s+[a-z]+)?\s+)?(?P<side>[Tt]o|[Ff]rom)\s+"
                           r"(?:(?:his|her|their)\s+[a-z-]+(?:\s+[a-z-]+)?,\s+)?(?:the\s+)?"
                           r"(?P<party>[A-ZÀ-Þ][^,;:]*?)(?=\s*[,;:]|\.\s|\.$|\s+(?:on|about|concerning|regarding|describing|"
                           r"asking|with|enclosing|giving|requesting|at)\b)")


# … how the heading of such a report ends: its source, then its accession number ("Gift of Mrs.
# X. No. 2682.", "Deposit. No. 2488.", "Lent for photographing. No. 2490.")
_ACCESSION = re.compile(r"\.\s+No\.\s?\d{1,6}\.?\s*$")
_OFFICE_OF_BODY = re.compile(r"(?:Secretary|Governor|President|Rector|Mayor|Clerk|Treasurer|Commissioner|Speaker)"
                             r"(?:\s+and\s+[A-Z][a-z]+)?\s+of\s+(?:the\s+)?[A-Z][\w ]{1,60}")  # ("the Secretary of War")
_PAGE_NUMBER = re.compile(r"(?:Page\s+)?\d{1,4}")  # (a printed page's number between a heading and its abstract)
_SHORT_WORD = re.compile(r"\b([A-Z][a-z]{0,3})\.\s(?=[A-Z])")  # ("Gen. Carter Randolph Meriwether": no sentence's end)


# A German catalogue's description naming the recipient after the lot's date and extent
_ADDRESSED = re.compile(r"(?:Der|Die)\s+(?:Brief|Briefe|Karte|Postkarte|Briefkarte|Billett)\s+(?:ist|sind)\s+"
                        r"(?P<probably>wohl\s+)?an\s+(?:die\s+|den\s+)?(?P<a>[^.;]+?)\s+gerichtet"
                        r"|(?:^|[.–—]\s+)(?:[–—]\s+)?(?:(?P<probably2>Wohl)\s+)?(?(probably2)an|An)\s+(?P<b>[A-ZÀ-Þ][^.;]*?[a-zà-ÿ])\.(?:\s|$)")
_IN_PLACE = re.compile(r"\s+in\s+[A-ZÀ-Þ][\w.-]*(?:\s+[a-zà-ÿ.]+\s+[A-ZÀ-Þ][\w.-]*)?$")  # ("… in München")


# A kinsman, whose name may follow: "to his cousin, Hugh Pendrill, …" (not "to his publisher,
# Wexley Green, …": a place)
_KIN = re.compile(r"^(?:his|her|their|son|sa|seinen|seine|ihren|ihre)\s+(?:cousin|sister|brother|son|daughter|wife|husband|"
                  r"mother|father|uncle|aunt|nephew|niece|sister-in-law|brother-in-law|cousine|sœur|frère|fils|fille|femme|"
                  r"mari|mère|père|oncle|tante|neveu|nièce|Bruder|Schwester|Sohn|Tochter|Frau|Mann|Vetter|Cousine)$",
                  re.IGNORECASE)
# A catalogue's section heading between lots: "HISTORY AND POLITICS", "LITERATURE"
_SECTION = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ ,&'’-]{2,60}")
_COUNT_BEFORE = re.compile(r"\s+(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})$")
# A lot the heading's person received: "Autograph Letter Signed addressed to him by Lord Tullagh"
_TURNED = re.compile(r"(?:him|her|them)\s+by\s+(?P<by>\S.*)", re.IGNORECASE)
# A salutation in quotes naming its addressee: 'to "My dear Ashe"', "to 'Dear Mr. Pell'"
_DEAR = re.compile(r"['‘\"“](?:my\s+)?dear(?:est)?\s+(?P<name>[A-ZÀ-Þ][\w'’. -]{1,40}?)[,!]?['’\"”]", re.IGNORECASE)
# An office in lower case before its body: "the editor of the Kelby Mercury"
_OFFICE_OF = re.compile(r"^(the\s+)([a-z])(?=[a-z]+\s+of\s+(?:the\s+)?[A-ZÀ-Þ])")
_SALUTATION = re.compile(r"['‘\"“]?(?:dear|my\s+dear)\s+(?:sir|madam|madame|sirs)['’\"”]?|(?:cher|chère)\s+(?:monsieur|madame|ami|amie)",
                         re.IGNORECASE)
# A name set off after a relation: "to his cousin, Hugh Pendrill, 3 Varney Terrace"
_APPOSITIVE = re.compile(r",\s+(?P<name>(?:(?:Mr|Mrs|Miss|Dr|Rev|Capt|Col|Sir|Lady)\.?\u2060?\s*)?[A-ZÀ-Þ][\w'’.-]*"
                         r"(?:\s+[A-ZÀ-Þ][\w'’-]*){1,3})(?=\s*[,;.]|$)")


def _capitals(party: str) -> str:
    """"Paul LENOIR" → "Paul Lenoir": a surname set in capitals within a name that is not."""
    if not any(c.islower() for c in party):
        return party
    return " ".join(title_case(w) if len(w.strip(".,")) > 2 and w.isupper() else w for w in party.split(" "))


# A day and month with no year ("22 janvier", "March 3"): a lot's date that cannot be read.
_NO_YEAR = re.compile(rf"(?<![\w.])(?:\d{{1,2}}(?:er|st|nd|rd|th|\.)?\s+{MONTH_WORD}|{MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
                      r"(?![\w]|,?\s*\d)", re.IGNORECASE)
_PLACE_BEFORE = re.compile(r"(?:^|[,;.]\s*|\s)(?P<place>[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){0,2})[,.]?\s*$")


def _line_of(block: Sequence[Line], offset: int) -> int:
    position = 0
    for line in block:
        position += len(line.text) + 1
        if offset < position:
            return line.number
    return block[-1].number


__all__ = ["Catalogue", "NAME_HEADS"]
