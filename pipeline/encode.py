"""Records → TEI P5 documents (one per entry), following docs/encoding.md."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from .dates import DateValue
from .layouts.shared import ends_in_abbreviation
from .markup import Marker, Span, candidates, materialise
from .names import Resolver
from .read import Entry, Listing
from .register import slug
from .store import RENAMED_FROM
from .tei import XML_ID, XML_LANG, E
from .titles import Name, Title, id_form

# Schema associations for editors' XML editors (oXygen, VS Code): written only where the
# edition has the schemas there (its own schemas/ folder, as the bundled sample has), so a
# letter never points to a file that does not exist. `corresp validate` needs none of them.
PROCESSING = [
    '<?xml-model href="../../schemas/corresp.rng" type="application/xml" '
    'schematypens="http://relaxng.org/ns/structure/1.0"?>',
    '<?xml-model href="../../schemas/corresp.sch" type="application/xml" '
    'schematypens="http://purl.oclc.org/dsdl/schematron"?>',
]


# The edition's publication data (editor, publisher, licence, addresses) live in its
# edition.toml only, so that changing them rewrites no letter; the outputs state them.
PUBLICATION = ("Part of an edition made with corresp: its editor, publisher, licence and web "
               "address are those given in the edition's settings (edition.toml) and stated by its "
               "HTML, CSV and CMIF outputs.")


@dataclass
class Record:
    """One entry with its title and date read: what a TEI document is built from."""

    entry: Entry
    title: Title
    listing: Listing
    id: str = ""
    problems: list[str] = field(default_factory=list)
    # What a row of a table of letters says besides entry and title (tabular.TableRow).
    table: Any = None

    @property
    def date(self) -> DateValue | None:
        return self.entry.date

    @property
    def fingerprint(self) -> str:
        """What identifies the entry across runs: its words, not its position in the file."""
        return words_digest(self.entry.title, self.entry.date_text, *self.entry.summary)

    @property
    def identity(self) -> dict[str, str]:
        """The fingerprint and its parts, so that an entry whose title or date an editor
        corrected in the listing is still recognised by its unchanged summary."""
        entry = self.entry
        return {"fingerprint": self.fingerprint, "source": entry.source, "title": words_digest(entry.title),
                "date": words_digest(entry.date_text), "summary": words_digest(*entry.summary) if entry.summary else ""}


def input_note(entry: Entry) -> str:
    """Where in the listing the letter comes from ("letters.txt, lines 12-16"): its
    note type="input"."""
    lines = f"line {entry.first_line}" if entry.first_line == entry.last_line else \
        f"lines {entry.first_line}-{entry.last_line}"
    return f"{entry.source}, {lines}"


def words_digest(*texts: str) -> str:
    """Of the words alone (not their spacing): what identities compare."""
    return hashlib.sha256(" ".join("\n".join(texts).split()).encode()).hexdigest()[:16]


# Ids are file names too: each part and the whole stay well below file-system limits.
MAX_PART = 60
MAX_ID = 150


def _shorten(text: str, limit: int) -> str:
    """Cut a slug at a hyphen so that it keeps whole words, at most ``limit`` characters."""
    if len(text) <= limit:
        return text
    cut = text.rfind("-", 0, limit + 1)
    return text[:cut if cut > limit // 2 else limit].rstrip("-")


def _names_slug(names: list[Name]) -> str:
    """"anna-weber-and-jean-martin"; more than three names: the first two and "et-al"."""
    slugs = [slug(id_form(n)) for n in names]
    if len(slugs) > 3:
        slugs = [*slugs[:2], "et-al"]
    return _shorten("-and-".join(slugs), MAX_PART)


def base_id(record: Record) -> str:
    """Readable id from type, date and parties: never from the entry's position."""
    title = record.title
    kind = _shorten(title.doctype or ("letter" if title.is_letter else "document"), MAX_PART)
    parts = [kind, record.date.start if record.date and record.date.start else "undated"]
    if title.is_letter:
        parts += [_names_slug(title.senders), _names_slug(title.recipients)]
    elif title.participants or title.authors:
        parts.append(_names_slug(title.participants or title.authors))
    return _shorten("_".join(p for p in parts if p), MAX_ID)


def assign_ids(records: list[Record], previous: dict[str, dict] | None = None) -> list[tuple[Record, str]]:
    """Unique ids that stay put; returns the entries recognised although their words changed.

    An entry corresp has seen before (same fingerprint) keeps its id. So does an entry an
    editor corrected in the listing — a sender's spelling, a date — when its summary is
    unchanged and no other entry claims that id: its letter is still its letter, and its
    address stays. A new entry gets its base id; when several entries share that base, the
    subject is appended, then -2, -3 … So an entry inserted into a listing never takes the
    id, or the hand-edited file, of another. ``previous``: id → ``Record.identity`` of the
    entries of the last run.
    """
    previous = previous or {}
    # An id the editor gave (`corresp rename`) stands where the one corresp gave stood: in
    # the order of ids, for the base an entry is recognised by, and for a new entry's id.
    given = {i: identity.get(RENAMED_FROM) or i for i, identity in previous.items()}
    renamed = {was: i for i, was in given.items() if was != i}
    known: dict[str, list[str]] = {}
    for old_id in sorted(previous, key=lambda i: (given[i], RENAMED_FROM not in previous[i], i)):
        known.setdefault(previous[old_id].get("fingerprint", ""), []).append(old_id)
    bases = {id(record): base_id(record) for record in records}
    counts: dict[str, int] = {}
    for base in bases.values():
        counts[base] = counts.get(base, 0) + 1
    used: set[str] = set()
    new: list[Record] = []
    for record in records:
        base = bases[id(record)]
        mine = [i for i in known.get(record.fingerprint, []) if i not in used and given[i].startswith(base)]
        if mine:
            record.id = mine[0]
            used.add(record.id)
        else:
            new.append(record)
    corrected = _corrected(new, {i: v for i, v in previous.items() if i not in used})
    for record, old_id in corrected:
        record.id = old_id
        used.add(old_id)
    for record in new:
        if record.id:
            continue
        candidate = bases[id(record)]
        if counts[candidate] > 1 and record.title.subject:
            candidate = _shorten(f"{candidate}_{slug(record.title.subject)}", MAX_ID)
        unique, n = candidate, 2
        while unique in used:
            unique, n = f"{candidate}-{n}", n + 1
        used.add(unique)
        if (chosen := renamed.get(unique)) and chosen not in used:
            unique = chosen  # its letter: the editor renamed it (its entry since corrected)
            used.add(unique)
        record.id = unique
    return corrected


def _corrected(records: list[Record], unclaimed: dict[str, dict]) -> list[tuple[Record, str]]:
    """(record, old id) for entries whose summary is unchanged while their title or date was
    corrected; only where both sides are unambiguous (one entry, one old id)."""
    def key(identity: dict) -> tuple[str, str] | None:
        summary = identity.get("summary")
        return (identity.get("source", ""), summary) if summary else None

    old: dict[tuple[str, str], list[str]] = {}
    for old_id, identity in unclaimed.items():
        if (k := key(identity)) is not None:
            old.setdefault(k, []).append(old_id)
    mine: dict[tuple[str, str], list[Record]] = {}
    for record in records:
        if (k := key(record.identity)) is not None:
            mine.setdefault(k, []).append(record)
    found = []
    for k, candidates in mine.items():
        if len(candidates) == 1 and len(old.get(k, [])) == 1:
            record, old_id = candidates[0], old[k][0]
            identity = unclaimed[old_id]
            if identity.get("title") == record.identity["title"] or identity.get("date") == record.identity["date"]:
                found.append((record, old_id))
    return found


def _language(record: Record) -> dict[str, str]:
    """@xml:lang for the listing's own words where they are evidently not in English, the
    language of the document (TEI/@xml:lang) and of corresp's own words in it."""
    language = record.listing.language
    return {XML_LANG: language} if language and language != "en" else {}


def _date(value: DateValue | None, text: str) -> etree._Element:
    return E.date(value.attributes() if value else {}, text)


@dataclass
class LetterPlan:
    """What one letter's TEI takes from the registers: the @ref of each party and place, and
    the names and dates marked up in its running text. With it, building the letter
    (``Encoder.build``) is a function of the record and its plan alone, which any process
    can run in any order and which gives the same bytes (pipeline/edition.py)."""

    # (kind, name as written, name identified) → @ref; places of writing: ("place", form, None)
    refs: dict[tuple[str, str, str | None], str] = field(default_factory=dict)
    # Marker.plan of each running text, in the order _running_texts gives them
    texts: list[tuple[Span, ...]] = field(default_factory=list)
    # (name, "file:line") of each name left unmarked because it could mean several entries
    ambiguous: list[tuple[str, str]] = field(default_factory=list)


def _key(name: Name) -> tuple[str, str, str | None]:
    """A party's key in LetterPlan.refs: "Mr. Hammond" and "Mrs. Hammond" two (Name.canonical)."""
    return name.kind, name.written if name.identified else name.canonical, name.identified


def _sent_places(desc: Title) -> list[str]:
    """Where a letter was written: the place its heading or date line gives, else its senders'
    own ("Petrov (Moscow) to Stalin"); not both: "The Minister in Ruritania (Dorrance)" over
    "Strelsau, October 16, 1923" wrote from Strelsau, and Ruritania is his post."""
    return [desc.place] if desc.place else list(dict.fromkeys(n.place for n in desc.senders if n.place))


def _lookups(title: Title):
    """("party", Name) and ("place", form) in the order the TEI names them (Encoder.build); an
    office's holder left unnamed has no entry to look up."""
    for name in title.authors:
        yield "party", name
    for desc in ([title] if title.is_letter else []) + title.enclosures:
        yield from (("party", n) for n in desc.senders if n.kind != "office")
        for place in _sent_places(desc):
            yield "place", place
        yield from (("party", n) for n in [*desc.intermediaries, *desc.recipients] if n.kind != "office")
        for place in dict.fromkeys(n.place for n in desc.recipients if n.place):
            yield "place", place
    for name in title.participants:
        yield "party", name


def _summary(record: Record) -> list[tuple[str, list[tuple[int, str]]]]:
    """(paragraph, its lines as (number, text)) of the entry's summary."""
    entry = record.entry
    return list(zip(entry.summary, entry.summary_paragraphs or [[(entry.title_line, t)] for t in entry.summary]))


def _running_texts(record: Record) -> list[tuple[str, list[tuple[int, str]]]]:
    """The paragraphs names and dates are marked up in: the summary's, then the letter's own text's."""
    entry = record.entry
    return _summary(record) + list(zip(entry.text, entry.text_paragraphs or [[(entry.title_line, p)] for p in entry.text]))


def _where(record: Record, name: str, lines: list[tuple[int, str]]) -> str:
    """"file:line" of the line of a paragraph a name stands on (its first word, at least)."""
    first = name.split()[0]
    number = next((n for n, text in lines if first in text), lines[0][0])
    return f"{record.entry.source}:{number}"


class Planner:
    """Looks up what each letter needs from the registers (``LetterPlan``), one letter after
    the other in input order: a lookup may add to the registers (an entry of the authority
    file met for the first time, a new spelling of a name), and the registers must come out
    the same however many processes then build the letters."""

    def __init__(self, resolver: Resolver, marker: Marker):
        self.resolver = resolver
        self.marker = marker

    def plan(self, record: Record) -> LetterPlan:
        plan = LetterPlan()
        ref = self.resolver.registers.ref
        for what, item in _lookups(record.title):
            if what == "place":
                plan.refs[("place", item, None)] = ref(self.resolver.place(item))
            else:
                plan.refs[_key(item)] = ref(self.resolver.party(item))
        for paragraph, lines in _running_texts(record):
            plan.texts.append(self.marker.plan(paragraph, record.entry.date))
            plan.ambiguous += [(name, _where(record, name, lines)) for name in self.marker.unresolved]
            self.marker.unresolved.clear()
        return plan


class Encoder:
    """Builds the TEI of one record from its plan: no registers, no state, so that letters can
    be built in worker processes (pipeline/pool.py)."""

    def build(self, record: Record, plan: LetterPlan) -> tuple[etree._Element, list[tuple[str, str]]]:
        """The letter's TEI, and the capitalised names its running text leaves unmarked, each
        with its "file:line" (candidates for the registers, for the run report)."""
        self.plan, self.record, self.found = plan, record, []
        return self._document(record, list(zip(plan.texts, _running_texts(record)))), self.found

    def _running_text(self, spans: tuple[Span, ...], paragraph: str, lines: list[tuple[int, str]]) -> etree._Element:
        """A paragraph with its names and dates marked up as planned; the names it leaves
        unmarked are noted with the input line they stand on."""
        p = materialise(E.p(), paragraph, spans)
        self.found += [(name, _where(self.record, name, lines)) for name in candidates(p)]
        return p

    def _name(self, name: Name) -> etree._Element:
        """The party as written, pointing to its register entry; a role stays beside the name."""
        if name.kind == "office":  # "the archdeacon of Lydcote": someone, but not who (no register entry)
            return E.persName(E.roleName(name.written))
        element = {"person": E.persName, "org": E.orgName, "place": E.placeName}[name.kind]
        attributes = {"ref": self.plan.refs[_key(name)]}
        if name.supplied:
            attributes["cert"] = "medium"  # "[Politburo Members]": supplied by the listing's editor
        if not name.role:
            return element(attributes, name.written)
        if name.role_first:
            return element(attributes, E.roleName(name.role), f" {name.written}")
        if name.role_bracketed:
            return element(attributes, f"{name.written} (", E.roleName(name.role), ")")
        return element(attributes, f"{name.written}, ", E.roleName(name.role))

    def _place(self, form: str) -> etree._Element:
        return E.placeName({"ref": self.plan.refs[("place", form, None)]}, form)

    def _title(self, record: Record) -> etree._Element:
        """The entry's title as written; a date it carries is marked up."""
        title, text = record.title, record.entry.title
        # (a table's title is corresp's, made of its columns: in English, whatever its cells' language)
        element = E.title({"type": "entry", **(_language(record) if record.table is None else {})})
        at = text.rfind(title.date_text) if title.date else -1
        if at < 0:
            element.text = text
            return element
        element.text = text[:at]
        date = etree.SubElement(element, E.date().tag, title.date.attributes())
        date.text = title.date_text
        date.tail = text[at + len(title.date_text):]
        return element

    def _header_title(self, record: Record) -> str:
        title, date = record.entry.title, record.entry.date_text
        # a contents line carries its date: "XV. To X. London, 6 March 1844" says it once
        if not date.strip() or date.strip(" ,.") in title:
            return title
        # ("To the Same." and its date: "To the Same, 17 June 1850", not "Same., 17 June")
        return f"{title[:-1] if title.endswith('.') and not ends_in_abbreviation(title) else title}, {date}"

    def _document(self, record: Record, texts) -> etree._Element:
        entry, title = record.entry, record.title
        bibl = E.bibl(self._title(record), _date(entry.date, entry.date_text))
        if title.number:
            bibl.append(E.idno({"type": "number"}, title.number))
        for kind, value in entry.idnos:  # shelfmarks, lot numbers: what the listing identifies it by
            bibl.append(E.idno({"type": kind}, value))
        if title.authors:
            bibl.insert(0, E.author(*[self._name(n) for n in title.authors]))
        if record.listing.collection or record.listing.description:
            collection = E.bibl()
            if record.listing.collection:
                collection.append(E.title({"type": "collection"}, record.listing.collection))
            if record.listing.description:  # the listing's own words about the collection
                collection.append(E.note({"type": "description"}, record.listing.description))
            bibl.append(E.relatedItem({"type": "collection"}, collection))
        if title.source:
            bibl.append(E.relatedItem({"type": "source"}, E.bibl(E.title({"level": "j"}, title.source))))
        for note in title.notes:
            bibl.append(E.note({"type": "title"}, note))
        for note in entry.notes:  # a record's other labelled fields, as written ("Extent: 2 leaves")
            bibl.append(E.note({"type": "record"}, note))
        if record.table:
            self._editions(record.table, bibl)
        bibl.append(E.note({"type": "input"}, input_note(entry)))

        profile = E.profileDesc()
        if title.is_letter:
            profile.append(self._correspondence(title, entry.date, entry.date_text))
            if record.table:
                self._table_correspondence(record.table, profile[-1])
        else:
            profile.append(E.creation(_date(entry.date, entry.date_text)))
        for enclosure in title.enclosures:
            desc = self._correspondence(enclosure, enclosure.date, enclosure.date_text)
            desc.set("type", "enclosure")
            profile.append(desc)
        if title.participants:
            profile.append(E.particDesc(E.listPerson(*[  # (a body as org: TEI's listPerson holds both)
                (E.org if n.kind == "org" else E.person)({"role": "participant"}, self._name(n)) for n in title.participants
            ])))
        keywords = E.keywords()
        if title.doctype:
            keywords.append(E.term({"type": "doctype", "key": title.doctype}, title.doctype_written))
        if title.subject:
            keywords.append(E.term({"type": "subject"}, title.subject))
        if len(keywords):
            profile.append(E.textClass(keywords))
        summary = len(_summary(record))
        if entry.summary:
            abstract = E.abstract(_language(record))
            for spans, (paragraph, lines) in texts[:summary]:
                abstract.append(self._running_text(spans, paragraph, lines))
            profile.append(abstract)

        return E.TEI(
            {XML_ID: record.id, XML_LANG: "en"},
            E.teiHeader(
                E.fileDesc(
                    E.titleStmt(E.title(self._header_title(record))),
                    E.publicationStmt(E.p(PUBLICATION)),
                    E.sourceDesc(bibl),
                ),
                profile,
            ),
            E.text(self._body(record, texts[summary:])),
        )

    @staticmethod
    def _editions(row, bibl: etree._Element) -> None:
        """The edition(s) a table names for the letter, with its number (key) or URL in the first."""
        for n, edition in enumerate(row.editions):
            described = E.bibl(E.title(edition))
            if n == 0 and row.key:
                if re.match(r"https?://\S+$", row.key):
                    described.append(E.ref({"target": row.key}, row.key))
                else:
                    described.append(E.idno({"type": "key"}, row.key))
            bibl.append(E.relatedItem({"type": "edition"}, described))

    @staticmethod
    def _table_correspondence(row, desc: etree._Element) -> None:
        """The date of receipt and the notes a table gives for a letter."""
        received = desc.find(E.correspAction().tag + "[@type='received']")
        if row.received_text and received is not None:
            received.append(_date(row.received, row.received_text))
        for note in row.notes:
            desc.append(E.note(note))

    def _body(self, record: Record, texts) -> etree._Element:
        """The letter's own text where the listing gives it, else a marked gap."""
        if not record.entry.text:
            return E.body(E.p(E.gap({"reason": "notTranscribed"})))
        div = E.div({"type": "transcription", **_language(record)})
        for spans, (paragraph, lines) in texts:
            div.append(self._running_text(spans, paragraph, lines))
        return E.body(div)

    def _correspondence(self, title: Title, date: DateValue | None, date_text: str | None) -> etree._Element:
        # A side the listing does not name stays empty (the sent action still carries the date);
        # nothing is guessed, and CMIF writes such a party as "Unknown".
        sent = E.correspAction({"type": "sent"}, *[self._name(n) for n in title.senders])
        for place in _sent_places(title):
            sent.append(self._place(place))
        if date_text is not None:  # an entry without any date gets an empty one, for the editor to fill
            sent.append(_date(date, date_text))
        desc = E.correspDesc(sent) if len(sent) else E.correspDesc()
        for n, name in enumerate(title.intermediaries, start=1):
            desc.append(E.correspAction({"type": "transmitted", "n": str(n)}, self._name(name)))
        if title.recipients:
            received = E.correspAction({"type": "received"}, *[self._name(n) for n in title.recipients])
            for place in dict.fromkeys(n.place for n in title.recipients if n.place):
                received.append(self._place(place))
            desc.append(received)
        return desc


_SPACE = re.compile(r"\s+")


def plain(text: str) -> str:
    """Whitespace-normalised text, for comparing summaries with their TEI."""
    return _SPACE.sub(" ", text).strip()
