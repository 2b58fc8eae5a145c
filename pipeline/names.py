"""Who is who: name forms from titles, authority files and gazetteers → register entries.

Every decision is logged so an editor can see why "Mao" points to Mao Zedong. The
register an editor curated comes first; the authority file (ids known to be right)
second; learning from the corpus last, and only where it is unambiguous.
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .layouts.shared import natural_name
from .titles import another_case
from .register import AUTHORITY_URI, Entity, Registers, uri_key
from .tei import TEI_NS
from .titles import MEN_GIVEN_NAMES, Name, Title, addressed, office_only, womans_address

ID_COLUMNS = {"wikidata": "wikidata", "gnd": "GND", "viaf": "VIAF", "geonames": "geonames"}


class AuthorityError(Exception):
    """A malformed authority or gazetteer file."""


@dataclass
class Known:
    """One row of an authority file or gazetteer: a name, its variants, its ids."""

    kind: str
    name: str
    variants: list[str]
    ids: dict[str, str] = field(default_factory=dict)
    cert: dict[str, str] = field(default_factory=dict)
    origin: str = ""
    types: dict[str, str] = field(default_factory=dict)  # form → "misspelling", "pseudonym" …

    def forms(self) -> list[str]:
        return [self.name, *[v for v in self.variants if v != self.name]]


def _cert(confidence: str, column: str) -> str | None:
    """"wikidata: high; viaf: medium (one source)" → the certainty for one id column."""
    text = confidence.lower()
    m = re.search(rf"\b{column}\b[^;:]*:\s*(high|medium|low)", text)
    if m:
        return m.group(1)
    m = re.match(r"\s*(high|medium|low)\b", text)
    return m.group(1) if m else None


def read_known(path: Path) -> list[Known]:
    """Read ``kind,name,variants,wikidata,gnd,viaf,geonames,confidence,source`` rows.

    Leading lines starting with "#" are comments. A variant written "form{misspelling}"
    carries its name type.
    """
    try:
        # Lines end at "\n" only (a form feed or U+2028 is no line break), as editors count them.
        lines = path.read_text(encoding="utf-8-sig").split("\n")
        lines = [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    except (OSError, UnicodeDecodeError) as err:
        raise AuthorityError(f"{path}: cannot read: {err}") from None
    comments = 0
    while comments < len(lines) and lines[comments].startswith("#"):
        comments += 1
    reader = csv.reader(lines[comments:])
    try:
        header = next(reader, [])
    except csv.Error as err:
        raise AuthorityError(f"{path}:{comments + 1}: {err}") from None
    missing = {"kind", "name"} - set(header)
    if missing:
        raise AuthorityError(f"{path}:{comments + 1}: missing column(s) {', '.join(sorted(missing))}; "
                             "the header must start with kind,name,variants")
    rows: list[Known] = []
    while True:
        number = comments + reader.line_num + 1  # the line the next row starts on
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            raise AuthorityError(f"{path}:{number}: {err}") from None
        if not any(v.strip() for v in values):
            continue
        if any("\n" in v or "\r" in v for v in values):
            end = comments + reader.line_num
            raise AuthorityError(f"{path}:{number}: a quote opened on this line is not closed, so the row runs on "
                                 f"to line {end} and takes the rows between with it; close the quote")
        if len(values) > len(header):
            raise AuthorityError(f"{path}:{number}: {len(values)} fields, but the header names {len(header)}; "
                                 "put a value that holds a comma in double quotes")
        rows.append(_known_row(path, number, dict(zip(header, values))))
    return rows


def _known_row(path: Path, number: int, row: dict[str, str]) -> Known:
    kind = (row.get("kind") or "").strip()
    name = " ".join((row.get("name") or "").split())
    if kind not in {"person", "place", "org"} or not name:
        raise AuthorityError(f"{path}:{number}: kind must be person, place or org and "
                             f"name must be given (got kind={kind!r}, name={name!r})")
    variants, types = [], {}
    for variant in (row.get("variants") or "").split("|"):
        form, _, form_type = variant.partition("{")
        form = " ".join(form.split())
        if form:
            variants.append(form)
            if form_type.rstrip("}").strip():
                types[form] = form_type.rstrip("}").strip()
    ids = {ID_COLUMNS[c]: row[c].strip() for c in ID_COLUMNS if (row.get(c) or "").strip()}
    confidence = row.get("confidence") or ""
    cert = {t: c for col, t in ID_COLUMNS.items() if t in ids and (c := _cert(confidence, col))}
    return Known(kind, name, variants, ids, cert, f"{path.name}:{number}", types)


@dataclass
class Knowledge:
    """Authority rows and gazetteer rows, indexed by every form they list."""

    rows: list[Known] = field(default_factory=list)

    def by_form(self) -> dict[str, Known]:
        index: dict[str, Known] = {}
        for row in self.rows:
            for form in row.forms():
                index.setdefault(form, row)
        return index

    def duplicates(self) -> list[str]:
        """A form two rows give (of the same or another file): the first row wins, and says so."""
        first: dict[tuple[str, str], Known] = {}
        found = []
        for row in self.rows:
            for form in row.forms():
                other = first.setdefault((row.kind, form), row)
                if other is not row:
                    found.append(f"{row.origin}: {form!r} ({row.kind}) is also on {other.origin}; "
                                 f"the first row wins, this one is not used for it")
        return list(dict.fromkeys(found))


def form_type_of(form: str, kind: str) -> str:
    """How a name form relates to its entity: "GMD" abbreviation, "Mao" short, "Mao Zedong" full."""
    if re.fullmatch(r"[A-Z][A-Z.&-]+", form.replace(" ", "")) and len(form) <= 8:
        return "abbreviation"
    if kind != "person":
        return "variant"
    return "full" if len(form.split()) > 1 else "short"


_INITIALS = re.compile(r"^(?:(?P<before>[A-Z][\w’'-]+)\s+(?:[A-Z]\.\s?){1,3}|(?:[A-Z]\.\s?){1,3}\s*(?P<after>[A-Z][\w’'-]+))$")


def _initials_surname(form: str) -> str | None:
    """The surname of "Stalin I.V." or "N.S. Khrushchev"; None for other names."""
    m = _INITIALS.match(form)
    return (m.group("before") or m.group("after")) if m else None


def _form_type(entity: Entity, form: str) -> str | None:
    """The type of the name ``form`` in the entry (preferred, variant, short …)."""
    return next((n.get("type") for n in entity.names() if " ".join(n.xpath("string()").split()) == form), None)


class Resolver:
    """Maps name forms to register entities, creating and extending entries as it learns."""

    def __init__(self, registers: Registers, knowledge: Knowledge, add_ids_to_existing: bool):
        self.registers = registers
        self.known = knowledge.by_form()
        self.add_ids_to_existing = add_ids_to_existing
        self.log: list[str] = []
        self.short_forms: dict[str, str] = {}

    def _from_known(self, row: Known) -> Entity:
        """The register entity for an authority/gazetteer row, created when first needed:
        the entry with one of its names, else the entry that has one of its ids."""
        register = self.registers[row.kind]
        entity = next((e for form in row.forms() if (e := register.find(form))), None)
        if entity is None:
            entity = next((e for t, v in sorted(row.ids.items()) if (e := register.holder(t, v))), None)
            if entity:
                self.log.append(f"{row.kind} {entity.id}: {row.name!r} has its id ({row.origin})")
        if entity:
            if self.add_ids_to_existing:
                self._add_ids(entity, row)
            return entity
        entity = register.create(row.name, note=f"From {row.origin}.")
        self.log.append(f"{row.kind} {entity.id}: from {row.origin} ({row.name})")
        for id_type, value in sorted(row.ids.items()):
            register.add_idno(entity, id_type, value, row.cert.get(id_type))
        return entity

    def _add_ids(self, entity: Entity, row: Known) -> None:
        """Ids a row gives for an entry that exists: added with where they come from; one
        that contradicts the entry's own is logged, and the entry's stays."""
        register = self.registers[row.kind]
        added = [t for t, v in sorted(row.ids.items()) if register.add_idno(entity, t, v, row.cert.get(t))]
        if added:
            etree.SubElement(entity.element, f"{{{TEI_NS}}}note", type="corresp").text = \
                f"{', '.join(added)} from {row.origin}."
        for id_type, value in sorted(row.ids.items()):
            have = entity.idnos().get(id_type, "")
            if id_type not in added and uri_key(have) != uri_key(AUTHORITY_URI[id_type].format(value)):
                self.log.append(f"{row.kind} {entity.id}: {row.origin} gives {id_type} {value}, the register has "
                                f"{have}; the register wins")

    def add_known_ids(self) -> None:
        """The ids the authority file, a gazetteer or a table of letters states for entries the
        register has from an earlier run: added as to an entry made now (an id written into
        the authority file since, or a table read since, would otherwise never arrive). Into a
        register edited by hand none is added; the log names each one left out."""
        rows = {id(row): row for row in self.known.values() if row.ids}
        for row in rows.values():
            register = self.registers[row.kind]
            entity = next((e for form in row.forms() if (e := register.find(form))), None)
            if entity is None:
                continue
            if self.add_ids_to_existing:
                self._add_ids(entity, row)
                continue
            for id_type, value in sorted(row.ids.items()):
                if id_type not in entity.idnos():
                    self.log.append(f"{row.kind} {entity.id}: {row.origin} gives {id_type} {value}; not added, "
                                    "as the register was edited by hand: add it there if it is right")

    def entity_for(self, form: str, kind: str = "person") -> Entity | None:
        """The entity a form means, if the register or the known rows say so."""
        entity = self.registers[kind].find(form)
        if entity:
            if not self.registers[kind].knows(form):
                self._add_form(entity, form, "variant")  # the same name spelled another way
            return entity
        row = self.known.get(form)
        if row and row.kind == kind:
            entity = self._from_known(row)
            self._add_form(entity, form, row.types.get(form))
            return entity
        if kind == "person" and form in self.short_forms:
            entity = self.registers["person"].entities[self.short_forms[form]]
            self.log.append(f"person {entity.id}: {form!r} in running text is a short form of "
                            f"{entity.preferred!r}, the only full name containing it")
            self._add_form(entity, form, "short")
            return entity
        return None

    def _add_form(self, entity: Entity, form: str, form_type: str | None = None) -> None:
        if form_type is None:
            form_type = form_type_of(form, entity.kind)
        if self.registers[entity.kind].add_form(entity, form, form_type):
            self.log.append(f"{entity.kind} {entity.id}: name form {form!r} ({form_type})")

    def learn_parties(self, titles: list[Title], where: list[str] | None = None) -> None:
        """Turn the parties of all titles into register entries, the corpus seen as a whole.

        Full names first, so that a short form ("Mao") can join the one full name
        that contains it ("Mao Zedong"), and never when two could match.
        """
        # (kind, form) → the title that first named it, in input order; cover names met.
        first_seen: dict[tuple[str, str], str] = {}
        pseudonyms: dict[Name, None] = {}
        for title, place in zip(titles, where or [""] * len(titles)):
            origin = f"{title.text} ({place})" if place else title.text
            names = [n for n in title.names() if n.kind != "office"]  # (no one to enter in a register)
            for name in names:
                first_seen.setdefault((name.kind, name.canonical), origin)
                if name.identified:
                    pseudonyms.setdefault(name)
            for located in [title.place, *[e.place for e in title.enclosures], *[n.place for n in names]]:
                if located:
                    first_seen.setdefault(("place", located), origin)
        order = {item: n for n, item in enumerate(first_seen)}
        # Full names, then names with initials ("N.S. Khrushchev"), then single words.
        def rank(item: tuple[str, str]):
            return (bool(_initials_surname(item[1])), -len(item[1].split()), order[item])

        def new(kind: str, form: str) -> Entity:
            entity = self.registers[kind].create(form, note=f"Named in a title: {first_seen[(kind, form)]}.")
            self.log.append(f"{kind} {entity.id}: new, named {form!r} in a title")
            return entity

        for kind, form in sorted(first_seen, key=rank):
            if self.entity_for(form, kind):
                continue
            if kind == "person" and (natural := natural_name(form)) != form:
                # "Valsecchi, Clelia", as an index or a csv2cmi table writes her, is Clelia Valsecchi:
                # one entry, named as first met (a table's name comes back as it was written)
                if (entity := self.entity_for(natural, kind)) is None:
                    self._add_form(new(kind, form), natural, "variant")
                else:
                    self._add_form(entity, form, "variant")
                continue
            if kind == "person" and len(form.split()) == 1 and self._join_full_name(form):
                continue
            if kind == "person" and (self._join_addressed(form) if addressed(form) else self._join_by_surname(form)):
                continue  # ("M. Dupont" is no initial and a surname: Mme. Dupont is not he)
            new(kind, form)
        for name in pseudonyms:
            if office_only(name.written):
                continue  # "The Ambassador in Valdoria (Hadley)": his office, no name of his
            register = self.registers[name.kind]
            entity = self.entity_for(name.identified, name.kind)
            holder = register.find(name.written)
            if holder is None:
                # (the writer's initials, or the writer's name in another case: "Hieronymo Vallato";
                # else a cover name: "Cable, Stalin [via X]")
                kind_of = "abbreviation" if form_type_of(name.written, name.kind) == "abbreviation" else \
                    "variant" if another_case(name.written, name.identified) else "pseudonym"
                self._add_form(entity, name.written, kind_of)
                self.log.append(f"{name.kind} {entity.id}: {name.written!r} is " + (
                    "a cover name" if kind_of == "pseudonym" else f"a {kind_of} of {name.identified!r}")
                    + f" (title: {name.written} [{name.identified}])")
            elif holder.id != entity.id:
                self.log.append(f"{name.kind}: {name.written!r} is identified as {name.identified!r} but the "
                                f"register has it under {holder.id}; the register wins")

    def _join_full_name(self, form: str) -> bool:
        """Add a one-word form to the one person whose full name contains it, if exactly one."""
        register = self.registers["person"]
        # (not "Mrs. Brown" for "Brown": Captain Brown, or Mr. Brown, may be meant)
        owners = {i for i in register.owners(form)
                  if any(" " in f and form in f.split() and not addressed(f) for f in register.entities[i].forms())}
        if len(owners) == 1:
            entity = register.entities[owners.pop()]
            self.log.append(f"person {entity.id}: {form!r} is a short form of {entity.preferred!r}, "
                            "the only full name containing it")
            self._add_form(entity, form, "short")
            return True
        if owners:
            self.log.append(f"person: {form!r} could be any of {sorted(owners)}; kept apart")
        return False

    def _join_addressed(self, form: str) -> bool:
        """"Mrs. Gaskell" (Name.canonical) joins the entry of "Gaskell" (the register's, as a
        run before gave it, or the known file's), unless that entry holds a name of another
        form of address ("Mr. Gaskell"), or an editor said it is not that entry: the links
        an editor made stay; two forms of address of one surname stay two people."""
        parts = addressed(form)
        if parts is None:
            return False
        address, surname = parts
        register = self.registers["person"]
        entity, row = register.find(surname), None
        if entity is None:
            row = self.known.get(surname)
            if row is None or row.kind != "person":
                return False
        forms = entity.forms() if entity is not None else row.forms()
        if womans_address(address) and any(len(f.split()) > 1 and f.split()[0] in MEN_GIVEN_NAMES for f in forms):
            self.log.append(f"person: {form!r} is not {forms[0]!r}, a man's name; kept apart")
            return False  # "Mrs. Carlyle" is not Thomas Carlyle, though "Carlyle" names him
        if any(other and other[0] != address for other in map(addressed, forms)) or \
                (entity is not None and (register.rejects(form, entity.id) or _form_type(entity, surname) == "short")):
            return False  # (a short form is corresp's guess, not the editor's: "Taylor" of Mary Taylor)
        if entity is None:
            entity = self._from_known(row)
            self._add_form(entity, surname, row.types.get(surname))
        self.log.append(f"person {entity.id}: {form!r} joins {entity.preferred!r}, named {surname!r}")
        self._add_form(entity, form, "variant")
        return True

    def _join_by_surname(self, form: str) -> bool:
        """"Stalin I.V." or "N.S. Khrushchev": the initials' person, if one person has that surname."""
        surname = _initials_surname(form)
        if not surname:
            return False
        register = self.registers["person"]
        owners = register.owners(surname)
        single = register.find(surname)
        if single and not register.rejects(surname, single.id):
            owners = owners | {single.id}
        if len(owners) != 1:
            return False
        entity = register.entities[owners.pop()]
        initials = [c for c in form.replace(surname, "") if c.isupper()]
        given = [w[0] for name in entity.forms() for w in name.split()[:1] if w != surname and " " in name]
        if given and initials and initials[0] not in given:
            return False  # "K. Weber" is not Anna Weber
        self.log.append(f"person {entity.id}: {form!r} joins {entity.preferred!r}, the only person named {surname}")
        self._add_form(entity, form, "variant")
        return True

    def place(self, form: str) -> Entity:
        """The place a title names as place of writing (after ``learn_parties``)."""
        return self.entity_for(form, "place")

    def party(self, name: Name) -> Entity:
        """The entity a title party points to (after ``learn_parties``)."""
        register = self.registers[name.kind]
        entity = self.entity_for(name.identified, name.kind) if name.identified else None
        return entity or register.find(name.canonical)

    def state(self, forms: dict[str, str], ambiguous: dict[str, list[str]]) -> str:
        """A digest of all that planning a letter reads besides its record: the registers, the
        known rows, the forms to look for in running text (``markup_forms``). The same state
        and the same record give the same plan (pipeline/incremental.py)."""
        digest = hashlib.sha256()
        for kind, register in self.registers.by_kind.items():
            digest.update(kind.encode() + b"\0" + register.state() + b"\0")
        digest.update(repr((sorted(self.known.items()), self.add_ids_to_existing, sorted(self.short_forms.items()),
                            sorted(forms.items()), sorted(ambiguous.items()))).encode())
        return digest.hexdigest()

    def changes(self) -> int:
        """Changes made to the registers and lines logged so far: planning that leaves this as
        it was changed nothing a later plan could read."""
        return sum(len(register.operations) for register in self.registers.by_kind.values()) + len(self.log)

    def markup_forms(self) -> tuple[dict[str, str], dict[str, list[str]]]:
        """Forms to look for in running text → kind; and the forms that could mean several entries.

        A form is ambiguous when two entries claim it: two registers ("Georgia", person and
        place), or one entry's name and a word of another person's full name ("Petrov", a
        cover name of Kalinin, and "Ivan Petrov"). Ambiguous forms are never marked up.
        """
        kinds: dict[str, str] = {}
        meanings: dict[str, set[str]] = {}
        for kind, register in self.registers.by_kind.items():
            for form, entity_id in register.forms().items():
                kinds.setdefault(form, kind)
                meanings.setdefault(form, set()).add(f"{kind}:{entity_id}")
        for form, row in self.known.items():
            if form not in kinds:
                kinds[form] = row.kind
                meanings[form] = {f"{row.kind}:{row.name}"}
        # The last word of a person's full name: a short form if only one person has it
        # ("Mikoyan"). Never another word: a bare given name ("Edmund") is not the one person
        # called Edmund Hartley unless the register lists that form.
        register = self.registers["person"]
        words = {form.split()[-1] for form in register.forms() if " " in form}
        words = {w for w in words if len(w) > 2 and w[0].isupper() and w.isalpha()}
        for word in sorted(words):
            ids = register.owners(word)
            if not ids:
                continue
            if word in kinds:
                meanings[word] |= {f"person:{i}" for i in ids}
            elif len(ids) == 1:
                self.short_forms[word] = next(iter(ids))
                kinds[word] = "person"
            else:
                kinds[word] = "person"
                meanings[word] = {f"person:{i}" for i in ids}
        ambiguous = {form: sorted(m) for form, m in meanings.items() if len(m) > 1}
        for form, candidates in sorted(ambiguous.items()):
            self.log.append(f"{form!r} could be {', '.join(candidates)}: not marked up in running text")
        return kinds, ambiguous
