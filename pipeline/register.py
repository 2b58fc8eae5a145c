"""TEI registers of persons, places and organisations, merged rather than overwritten.

A register file is the editor's as much as ours: it is read first, its entries and names
win, and corresp only appends what it newly learns. An untouched register therefore
serialises to the same bytes, and a curated one keeps every edit.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .tei import TEI_NS, XML_ID, E, not_data, parse_xml, serialise

KINDS = {
    # kind: (file, list element, entry element, name element, title)
    "person": ("persons.xml", "listPerson", "person", "persName", "Persons"),
    "place": ("places.xml", "listPlace", "place", "placeName", "Places"),
    "org": ("orgs.xml", "listOrg", "org", "orgName", "Organisations"),
}
# Name forms an editor marks as NOT this entity: never matched, never re-added.
REJECTED = "rejected"
AUTHORITY_URI = {
    "wikidata": "http://www.wikidata.org/entity/{}",
    "GND": "https://d-nb.info/gnd/{}",
    "VIAF": "http://viaf.org/viaf/{}",
    "geonames": "http://www.geonames.org/{}",
    "LC": "http://id.loc.gov/authorities/names/{}",
    "BnF": "https://catalogue.bnf.fr/ark:/12148/{}",
    "NDL": "https://id.ndl.go.jp/auth/ndlna/{}",
}


# Letters that Unicode decomposition does not reduce to ASCII; Cyrillic letters as English
# transliterates them ("Загорский" → "zagorskii", not "x": an id a reader can tell apart).
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў",
                     "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya i i ie g u".split()))
_ASCII = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe",
                        "Œ": "OE", "đ": "d", "Đ": "D", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i",
                        **{c: t.strip("_") for c, t in _CYRILLIC.items()},
                        **{c.upper(): t.strip("_").capitalize() for c, t in _CYRILLIC.items()}})
# The same letter typed two ways (Romanian ş/ș, ţ/ț): one name, not two people.
_SAME = str.maketrans({"ş": "ș", "Ş": "Ș", "ţ": "ț", "Ţ": "Ț"})


def name_key(form: str) -> str:
    """What two spellings of one name share: NFC, one space, one form of each letter, and no
    full stop at the end ("Smith & Co." in brackets, "Smith & Co" where a title's last stop
    was taken for the sentence's)."""
    return unicodedata.normalize("NFC", " ".join(form.split()).removesuffix(".")).translate(_SAME)


def uri_key(uri: str) -> str:
    """What two spellings of one authority URI share ("https://www." and "http://" alike)."""
    return re.sub(r"^https?://(?:www\.)?", "", uri.strip()).rstrip("/").lower()


def slug(text: str) -> str:
    """ASCII slug for ids: "Mao Zedong" → "mao-zedong", "Łukasz" → "lukasz", "Østrem" → "ostrem",
    "Н. П. Загорского" → "n-p-zagorskogo"."""
    text = text.translate(_ASCII)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text or "x"


def ncname(text: str, prefix: str) -> str:
    """A slug that is a valid xml:id (cannot start with a digit or hyphen)."""
    value = slug(text)
    return value if value[0].isalpha() else f"{prefix}-{value}"


class RegisterError(Exception):
    """A register file corresp cannot read; the editor must fix it first."""


@dataclass
class Entity:
    """A view on one register entry element."""

    kind: str
    element: etree._Element

    @property
    def id(self) -> str:
        return self.element.get(XML_ID)

    def names(self) -> list[etree._Element]:
        return self.element.findall(f"{{{TEI_NS}}}{KINDS[self.kind][3]}")

    def forms(self) -> list[str]:
        """Name forms that mean this entity (rejected ones excluded)."""
        return [" ".join(n.xpath("string()").split()) for n in self.names() if n.get("type") != REJECTED]

    def rejected(self) -> list[str]:
        return [" ".join(n.xpath("string()").split()) for n in self.names() if n.get("type") == REJECTED]

    @property
    def preferred(self) -> str:
        for name in self.names():
            if name.get("type") == "preferred":
                return " ".join(name.xpath("string()").split())
        forms = self.forms()
        return forms[0] if forms else self.id

    def idnos(self) -> dict[str, str]:
        return {i.get("type"): (i.text or "").strip() for i in self.element.findall(f"{{{TEI_NS}}}idno")}


class Register:
    """One register file (persons, places or organisations)."""

    def __init__(self, kind: str, path: Path):
        self.kind = kind
        self.path = path
        self.file, list_name, self.entry_name, self.name_element, title = KINDS[kind]
        # What was read (to notice an edit made while corresp ran) and what corresp did since
        # (to do it again on the edited file): see merged_bytes.
        self.loaded: bytes | None = None
        self.operations: list[tuple] = []
        if path.exists():
            try:
                self.loaded = path.read_bytes()
                self.tree = parse_xml(path)
            except etree.XMLSyntaxError as err:
                line, column = err.position
                raise RegisterError(f"{path}:{line}:{column}: not well-formed XML ({err.msg}); "
                                    "fix it, or restore the file from version control, and run again") from None
            unsafe = not_data(self.tree, path.read_bytes())
            if unsafe:  # rewriting it would drop the DOCTYPE and break the entities: refuse first
                line, message = unsafe[0]
                raise RegisterError(f"{path}:{line}: this register {message}; corresp adds to registers "
                                    "and must be able to write them back whole")
            found = self.tree.find(f".//{{{TEI_NS}}}{list_name}")
            if found is None:
                raise RegisterError(f"{path}: no <{list_name}> in this register; add one inside <body>")
            self.list = found
        else:
            self.list = E(list_name)
            self.tree = E.TEI(
                {XML_ID: f"{slug(title)}"},
                E.teiHeader(
                    E.fileDesc(
                        E.titleStmt(E.title(title)),
                        E.publicationStmt(E.p("Generated by corresp and curated by the editors.")),
                        E.sourceDesc(E.p("Names as met in the listings under raw/, with authority "
                                         "identifiers only where they are known to be right.")),
                    )
                ),
                E.text(E.body(self.list)),
            ).getroottree()
        self.changed = not path.exists()
        self._index: dict[str, str] = {}
        self._owners: dict[str, set[str]] = {}
        self._keys: dict[str, str] = {}
        self._rejected: dict[str, set[str]] = {}
        self._ids: dict[str, str] | None = None  # authority URI (uri_key) → entity id
        self.entities: dict[str, Entity] = {}
        for element in self.tree.iter(f"{{{TEI_NS}}}{self.entry_name}"):
            if element.get(XML_ID):
                self._add_to_index(Entity(kind, element))

    def _add_to_index(self, entity: Entity) -> None:
        self.entities[entity.id] = entity
        for form in entity.forms():
            self._index_form(form, entity.id)
        for form in entity.rejected():
            self._rejected.setdefault(form, set()).add(entity.id)

    def _index_form(self, form: str, entity_id: str) -> None:
        self._index.setdefault(form, entity_id)
        self._keys.setdefault(name_key(form), entity_id)
        words = form.split()
        if len(words) > 1:
            for word in words:
                self._owners.setdefault(word, set()).add(entity_id)

    def owners(self, word: str) -> set[str]:
        """Entries with a several-word name containing ``word`` ("Mikoyan" → anastas-mikoyan)."""
        return {i for i in self._owners.get(word, ()) if not self.rejects(word, i)}

    def find(self, form: str) -> Entity | None:
        """The entry with this name form, or with this name spelled another way ("Ştefan")."""
        key = self._index.get(" ".join(form.split())) or self._keys.get(name_key(form))
        return self.entities.get(key) if key else None

    def knows(self, form: str) -> bool:
        """True when this exact form (not just a spelling of it) is a name in the register."""
        return " ".join(form.split()) in self._index

    def rejects(self, form: str, entity_id: str) -> bool:
        """True when an editor said this form is not that entity."""
        return entity_id in self._rejected.get(" ".join(form.split()), set())

    def forms(self) -> dict[str, str]:
        """Every accepted name form → entity id."""
        return dict(self._index)

    def new_id(self, preferred: str) -> str:
        base = ncname(preferred, self.kind[0])
        candidate, n = base, 2
        while candidate in self.entities:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    def create(self, preferred: str, note: str | None = None, entity_id: str | None = None) -> Entity:
        entity_id = entity_id or self.new_id(preferred)
        self.operations.append(("create", preferred, note, entity_id))
        element = etree.SubElement(self.list, f"{{{TEI_NS}}}{self.entry_name}")
        element.set(XML_ID, entity_id)
        etree.SubElement(element, f"{{{TEI_NS}}}{self.name_element}", type="preferred").text = preferred
        if note:
            etree.SubElement(element, f"{{{TEI_NS}}}note", type="corresp").text = note
        entity = Entity(self.kind, element)
        self._add_to_index(entity)
        self.changed = True
        return entity

    def add_form(self, entity: Entity, form: str, form_type: str) -> bool:
        """Add a name form unless it is known (anywhere) or rejected for this entity."""
        form = " ".join(form.split())
        if form in self._index or self.rejects(form, entity.id):
            return False
        self.operations.append(("form", entity.id, form, form_type))
        names = entity.names()
        name = etree.Element(f"{{{TEI_NS}}}{self.name_element}", type=form_type)
        name.text = form
        if names:
            names[-1].addnext(name)
        else:
            entity.element.insert(0, name)
        self._index_form(form, entity.id)
        self.changed = True
        return True

    def add_idno(self, entity: Entity, id_type: str, value: str, cert: str | None = None) -> bool:
        """Add an authority id unless the entry has one of that type; True if added."""
        if id_type in entity.idnos():
            return False
        self.operations.append(("idno", entity.id, id_type, value, cert))
        idno = etree.Element(f"{{{TEI_NS}}}idno", type=id_type)
        idno.text = AUTHORITY_URI[id_type].format(value)
        if cert and cert != "high":
            idno.set("cert", cert)
        anchor = entity.element.findall(f"{{{TEI_NS}}}idno") or entity.names()
        anchor[-1].addnext(idno)
        self.changed = True
        if self._ids is not None:
            self._ids.setdefault(uri_key(idno.text), entity.id)
        return True

    def holder(self, id_type: str, value: str) -> Entity | None:
        """The entry that has this authority id (http or https, with or without "www.")."""
        if self._ids is None:  # built on first use, then kept up to date by add_idno
            self._ids = {}
            for entity in self.entities.values():
                for uri in entity.idnos().values():
                    self._ids.setdefault(uri_key(uri), entity.id)
        found = self._ids.get(uri_key(AUTHORITY_URI[id_type].format(value)))
        return self.entities.get(found) if found else None

    def used(self) -> bool:
        return bool(self.entities)

    def state(self) -> bytes:
        """All that looking a name up here depends on: the entries, and the indexes of their
        forms (which entry a form shared by two is found under; see names.Resolver.state)."""
        owners = sorted((word, sorted(ids)) for word, ids in self._owners.items())
        rejected = sorted((form, sorted(ids)) for form, ids in self._rejected.items())
        return self.to_bytes() + repr((sorted(self._index.items()), sorted(self._keys.items()), owners, rejected,
                                       list(self.entities))).encode()

    def to_bytes(self) -> bytes:
        return serialise(self.tree)

    def merged_bytes(self) -> bytes:
        """The register to write: this one, or — when the file was changed since it was read
        (an editor, `corresp accept`) — the changed file with corresp's additions made again,
        so that neither side's work is lost."""
        current = self.path.read_bytes() if self.path.exists() else None
        if current == self.loaded:
            return self.to_bytes()
        fresh = Register(self.kind, self.path)
        for operation, *args in self.operations:
            if operation == "create":
                preferred, note, entity_id = args
                if entity_id in fresh.entities:
                    raise RegisterError(f"{self.path}: changed while corresp ran, and now has an entry "
                                        f"{entity_id} of its own; nothing was written to it: run again")
                fresh.create(preferred, note, entity_id)
            elif args[0] in fresh.entities:  # an entry the editor removed meanwhile stays removed
                entity = fresh.entities[args[0]]
                if operation == "form":
                    fresh.add_form(entity, *args[1:])
                else:
                    fresh.add_idno(entity, *args[1:3], cert=args[3])
        return fresh.to_bytes()


class Registers:
    """The three registers of an edition, side by side in ``tei/register/``."""

    def __init__(self, directory: Path):
        self.directory = directory
        self.by_kind = {kind: Register(kind, directory / spec[0]) for kind, spec in KINDS.items()}

    def __getitem__(self, kind: str) -> Register:
        return self.by_kind[kind]

    def ref(self, entity: Entity) -> str:
        """The @ref a letter uses for this entity (relative to tei/letters/)."""
        return f"../register/{KINDS[entity.kind][0]}#{entity.id}"

    def find(self, form: str) -> Entity | None:
        for register in self.by_kind.values():
            entity = register.find(form)
            if entity:
                return entity
        return None
