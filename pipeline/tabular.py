"""Tables of letters (``raw/*.csv``, ``raw/*.tsv``) → entries and titles, one letter per row.

Many editors keep their letters in a spreadsheet laid out for csv2cmi
(https://github.com/saw-leipzig/csv2cmi), the tool most correspSearch contributors use:
``sender``, ``senderID``, ``senderPlace``, ``senderPlaceID``, ``senderDate``, ``addressee``
… ``edition``, ``key``, ``note``. corresp reads such a table the way csv2cmi does (several
names in one cell split at the delimiter, their ids in the same order, a name in [brackets]
supplied by the editor, dates in ISO/EDTF, see ``edtf.py``), and reads its own
``output/letters.csv`` back the same way. Nothing is parsed out of a title: the columns say
who wrote to whom.

The ids a table gives are the editor's own statement, so they go into the registers (with
the table's file and line in the entry's note), as ids from the authority file do; an id
corresp does not recognise is reported, never guessed at.

Every row is accounted for: it becomes a letter (with its problems reported on its line),
or it is listed as not used, with its line and why.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import doctypes, edtf
from .dates import DateValue, parse_date
from .lines import UNDATED
from .layouts.tables import DITTO, HEADERS, TOTAL, header_key
from .names import Known
from .read import Entry, Listing, ReadError, Unused, decode, lines_of, order_of
from .titles import UNKNOWN, Name, Title, _kind

SUFFIXES = {".csv", ".tsv"}
# Tried in this order on the header line of a .csv; spreadsheets in many locales write ";".
FIELD_SEPARATORS = (",", ";", "\t")

# The columns csv2cmi's README names, in its order.
CSV2CMI_COLUMNS = ("sender", "senderID", "senderPlace", "senderPlaceID", "senderDate",
                   "addressee", "addresseeID", "addresseePlace", "addresseePlaceID", "addresseeDate",
                   "edition", "key", "note")
# csv2cmi also reads the date as written (csv2cmi.py, process_date).
DATE_TEXT_COLUMNS = ("senderDateText", "addresseeDateText")
# corresp's own columns of output/letters.csv that are read back, and a shelfmark (an
# archive's table: "Signatura", "Signatur", "cote", "call number").
OWN_COLUMNS = ("type", "date", "date_text", "intermediaries", "participants", "authors", "title",
               "subject", "summary", "shelfmark")
# corresp's own columns that it derives from the TEI, so they are not read back.
DERIVED_COLUMNS = ("id", "places", "source")
# A table's own number of each letter ("Nr", "No."), kept as the letter's idno type="number".
NUMBER_COLUMN = "number"
KNOWN_COLUMNS = (*CSV2CMI_COLUMNS, *DATE_TEXT_COLUMNS, *OWN_COLUMNS, *DERIVED_COLUMNS, NUMBER_COLUMN)
# A text table's header words (HEADERS of pipeline/layouts/tables.py: "Recipient", "Empfänger",
# "Regest") name a table's columns too, in any case; csv2cmi's and corresp's own names come first,
# and where a table has both names for one column, its own stays (and is reported not read).
_AS_COLUMN = {"sender": "sender", "recipient": "addressee", "date": "date", "place": "senderPlace",
              "summary": "summary", "title": "title", "type": "type", "shelfmark": "shelfmark", "number": NUMBER_COLUMN}
# A second column of a kind that is read once, read as another: "Notes" after "Summary" is csv2cmi's note.
_SECOND = {"summary": "note"}
# ("Letter", "Item": in a spreadsheet more often a column of numbers than of titles)
_NOT_COLUMN_NAMES = {"letter", "document", "brief", "lettre", "item"}
_COLUMN = {**{word: _AS_COLUMN[key] for key, words in HEADERS.items() if key in _AS_COLUMN for word in words
              if word not in _NOT_COLUMN_NAMES},
           **{name.casefold(): name for name in KNOWN_COLUMNS}}

# Authority URIs a table may give, → (idno type in the register, the identifier). One row
# per form of URI, with an example the tests read. A bare number is a GND id, as csv2cmi
# takes it ("118540238" → https://d-nb.info/gnd/118540238).
AUTHORITIES: tuple[tuple[str, re.Pattern[str], str], ...] = tuple(
    (id_type, re.compile(pattern, re.IGNORECASE), example) for id_type, pattern, example in (
        ("GND", r"^https?://d-nb\.info/gnd/(?P<id>[0-9]+[0-9X-]*)/?$", "https://d-nb.info/gnd/118577425"),
        ("GND", r"^(?P<id>[0-9]{6,}[0-9X-]*)$", "118577425"),
        ("VIAF", r"^https?://(?:www\.)?viaf\.org/viaf/(?P<id>[0-9]+)/?$", "http://viaf.org/viaf/101787139"),
        ("LC", r"^https?://id\.loc\.gov/authorities/names/(?P<id>n[a-z]{0,2}[0-9]+)(?:\.html)?/?$",
         "http://id.loc.gov/authorities/names/n79021164"),
        ("LC", r"^https?://lccn\.loc\.gov/(?P<id>n[a-z]{0,2}[0-9]+)/?$", "https://lccn.loc.gov/n79021164"),
        ("BnF", r"^https?://catalogue\.bnf\.fr/ark:/12148/(?P<id>cb[0-9]+[0-9a-z])/?$",
         "https://catalogue.bnf.fr/ark:/12148/cb11925313t"),
        ("NDL", r"^https?://id\.ndl\.go\.jp/auth/ndlna/(?P<id>[0-9]+)/?$", "https://id.ndl.go.jp/auth/ndlna/00620888"),
        ("wikidata", r"^https?://(?:www\.)?wikidata\.org/(?:entity|wiki)/(?P<id>Q[0-9]+)/?$",
         "http://www.wikidata.org/entity/Q855"),
        ("geonames", r"^https?://(?:www\.|sws\.)?geonames\.org/(?P<id>[0-9]+)(?:/[^/]*)?/?$",
         "http://www.geonames.org/524901"),
    ))
# What each kind of register entry may be identified by.
ID_TYPES = {"person": {"GND", "VIAF", "LC", "BnF", "NDL", "wikidata"},
            "org": {"GND", "VIAF", "LC", "BnF", "NDL", "wikidata"},
            "place": {"geonames", "wikidata"}}

_NAME_COLUMNS = frozenset({"sender", "addressee", "intermediaries", "participants", "authors"})
# A leading ' that corresp (or a spreadsheet) put before a formula character: dropped.
_FORMULA_GUARD = re.compile(r"^'(?='*[=+\-@\t\r\n])")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_BRACKETED = re.compile(r"^\[(?P<inner>[^\[\]]+)\]$")


def is_table(path: Path) -> bool:
    """A .csv or .tsv file; or a .txt file that is one (a database's export saved as text):
    its first line a header of three or more columns separated by "," or ";", sender or
    recipient among them, and its second line has as many separators."""
    if path.suffix.lower() in SUFFIXES:
        return True
    try:
        with path.open("rb") as stream:
            head = _lines_as_numbered(stream.read(4096).decode("utf-8", "replace").lstrip("\ufeff")).split("\n", 2)
    except OSError:
        return False  # (reading it later says why)
    if len(head) < 2:
        return False
    for separator in (";", ","):
        names = [header_key(c) for c in next(csv.reader([head[0]], delimiter=separator), [])]
        known = [_COLUMN.get(n, n) for n in names if n in _COLUMN or n in KNOWN_COLUMNS]
        if len(names) >= 3 and len(known) >= 3 and {"sender", "addressee"} & set(known) \
                and head[1].count(separator) >= len(names) - 1 - head[1].count('"'):
            return True
    return False


def authority(uri: str) -> tuple[str, str] | None:
    """(idno type, identifier) of an authority URI, or None when corresp does not know it."""
    for id_type, pattern, _ in AUTHORITIES:
        m = pattern.match(uri.strip())
        if m:
            return id_type, m.group("id").upper() if id_type in ("GND", "wikidata") else m.group("id")
    return None


@dataclass
class TableRow:
    """What a row says beyond the entry and its title: the ids it states, the edition it
    names, notes, the date of receipt, and what was wrong with it."""

    line: int
    known: list[Known] = field(default_factory=list)
    editions: list[str] = field(default_factory=list)
    key: str | None = None
    notes: list[str] = field(default_factory=list)
    received: DateValue | None = None
    received_text: str = ""
    problems: list[str] = field(default_factory=list)


@dataclass
class Table:
    """One table file: its entries (as a listing), one title and one row per entry."""

    listing: Listing
    titles: list[Title] = field(default_factory=list)
    rows: list[TableRow] = field(default_factory=list)


_FULL_NAME = re.compile(r"[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*)+")


def _spanish_and(cell: str) -> list[str]:
    """Names joined by Spanish "y": two where full names (two capitalised words or more, no
    particle) stand on both sides ("Leonor Ezcurra y Jacinta Vidal"); not a surname joined by
    "y" ("Pilar Peñalosa y Garcés"), nor a name with a particle ("Gómez de la Serna", "Museo
    de Historia y Arte Moderno")."""
    pieces = re.split(r"\s+y\s+", cell)
    names = [pieces[0]]
    for piece in pieces[1:]:
        if _FULL_NAME.fullmatch(names[-1]) and _FULL_NAME.fullmatch(piece):
            names.append(piece)
        else:
            names[-1] += f" y {piece}"
    return names


_NUMERIC = re.compile(r"\d{1,2}[/.]\d{1,2}[/.]\d{4}")  # 2/11/1863: the day or the month first


def _cell(value: str | None) -> str:
    value = _NOT_XML.sub("", value or "")
    return _FORMULA_GUARD.sub("", " ".join(value.split()))


_LONE_CR = re.compile(r"\r(?!\n)")


def _lines_as_numbered(text: str) -> str:
    """The text with its rows broken where an editor's tools number lines (read.lines_of): a lone
    "\r" inside a line is a space, not a row of its own that would shift every line number after it;
    a file of "\r" alone (an old Mac's) is broken there."""
    return _LONE_CR.sub(" ", text) if "\n" in text else text.replace("\r", "\n")


def _header(text: str, path: Path) -> tuple[str, list[str]]:
    """The field separator and the column names, or ReadError when no column is ours."""
    first = text.split("\n", 1)[0]
    separators = ("\t",) if path.suffix.lower() == ".tsv" else FIELD_SEPARATORS
    best = max(separators, key=lambda s: sum(header_key(c) in _COLUMN for c in next(csv.reader([first], delimiter=s))))
    written = [c.strip() for c in next(csv.reader([first], delimiter=best), [])]
    # a column keeps the name it was given where another column has the one it stands for
    # (written so, or an earlier column: "Abstract" is the summary, "Notes" after it is not)
    columns: list[str] = []
    taken = set(written)
    for name in written:
        read_as = _COLUMN.get(header_key(name), name)
        if read_as in taken and read_as != name and _SECOND.get(read_as) not in taken | {None}:
            read_as = _SECOND[read_as]
        columns.append(name if read_as != name and read_as in taken else read_as)
        taken.add(columns[-1])
    if not {"sender", "addressee", "title", "participants", "authors"} & set(columns):
        if {"kind", "name"} <= set(columns):
            raise ReadError(f"{path.name}:1: an authority file or gazetteer (columns kind, name, …), not a "
                            "table of letters; list it under [input] authorities or gazetteers in edition.toml")
        raise ReadError(f"{path.name}:1: not a table of letters: no column names the sender or the addressee "
                        f"(csv2cmi's names: {', '.join(CSV2CMI_COLUMNS)}; or a header word of text tables: "
                        f"{', '.join(HEADERS['sender'][:3] + HEADERS['recipient'][:3])}, Absender, Empfänger, Afzender, "
                        f"Ontvanger …); found {', '.join(columns) or 'nothing'}; rename the header's cells and run again")
    return best, columns


def read_table(path: Path, delimiter: str = "|", edition: tuple[str, str] = ("", ""), day_first: bool | None = None) -> Table:
    """Read one table; raises ReadError when it is not text, not a table of letters, or its
    quoting is broken (then no row is trusted: a quote left open swallows the rows after it).

    ``edition``: this edition's title and base URL. A row that names them as its ``edition``
    and ``key`` (corresp's own letters.csv read back) describes this edition, which corresp
    writes anew: they are not kept as the letter's source. ``day_first``: a date written
    as in a listing, not in ISO, is read as the edition's listings are ([edition] day_first)."""
    text, encoding = decode(path.read_bytes(), str(path))
    text = _lines_as_numbered(text.lstrip("\ufeff"))
    separator, columns = _header(text, path)
    own = bool(set(columns) & set(OWN_COLUMNS))
    listing = Listing(source=path.name, encoding=encoding, layout="table (corresp's columns)" if own
                      else "table (csv2cmi's columns)")
    listing.line_count = text.count("\n") + (not text.endswith("\n"))
    table = Table(listing)
    if day_first is None:
        order_of(lines_of(text), listing)
        day_first = listing.day_first
    seen: set[str] = set()
    for column in columns:
        if column in seen:
            listing.notes.append((1, f"column {column!r} appears twice; only the last one is read"))
        seen.add(column)
    unknown = [c for c in columns if c and c not in KNOWN_COLUMNS]
    if unknown:
        listing.notes.append((1, f"column(s) not read: {', '.join(unknown)}: to keep one, give it a name corresp reads "
                                 f"(csv2cmi's: {', '.join(CSV2CMI_COLUMNS)}; corresp's: {', '.join(OWN_COLUMNS)}, "
                                 f"{NUMBER_COLUMN}; in any case; or a header word of text tables: From, Recipient, "
                                 f"Abstract, Notes, Nr …); a second column for one of them is not read"))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    last = 0
    try:
        next(reader)
        last = reader.line_num
        above: list[str] = []
        for cells in reader:
            first, last = last + 1, reader.line_num
            if cells and TOTAL.match(cells[0].strip()):  # "Summe;84 Briefe;;;;": the sheet's count
                listing.unused.append(Unused(first, ",".join(cells), "the table's total, not a letter"))
                continue
            # a name cell that repeats the one above ("ders.", "dies.", "do.", "same")
            cells = [above[n] if columns[n] in _NAME_COLUMNS and DITTO.match(cell.strip()) and n < len(above) else cell
                     for n, cell in enumerate(cells[:len(columns)])] + cells[len(columns):]
            above = cells
            _Row(table, delimiter, first, last, columns, cells, edition, day_first).read()
    except csv.Error as err:
        raise ReadError(f"{path.name}:{last + 1}: the table's quoting is broken in the row that starts here "
                        f"({err}); a quote left open swallows the rows after it, so nothing was read: "
                        "close the quote") from None
    return table


class _Row:
    """One row of a table → an entry, its title and what else it says."""

    def __init__(self, table: Table, delimiter: str, first: int, last: int, columns: list[str], cells: list[str],
                 edition: tuple[str, str] = ("", ""), day_first: bool | None = None):
        self.table, self.delimiter, self.first, self.last = table, delimiter, first, last
        self.edition, self.day_first = edition, day_first
        self.values = {c: _cell(v) for c, v in zip(columns, cells) if c}
        self.extra = [c for c in cells[len(columns):] if c.strip()]
        self.raw = ",".join(cells)
        self.source = table.listing.source
        self.row = TableRow(line=first)

    def get(self, column: str) -> str:
        return self.values.get(column, "")

    def split(self, column: str) -> list[str]:
        value = self.get(column)
        if not value:
            return []
        # names listed "A; B" without the delimiter (as spreadsheets of catalogues list them)
        separator = ";" if column in _NAME_COLUMNS and self.delimiter not in value else self.delimiter
        parts = [part.strip() for part in value.split(separator)]
        # "Leonor Ezcurra y Jacinta Vidal": two; "Pilar Peñalosa y Garcés": one (and not where
        # the ids beside the names count them as written)
        ids = self.split(f"{column}ID")
        if column in _NAME_COLUMNS and not (ids and len(ids) == len(parts)):
            parts = [name for part in parts for name in _spanish_and(part)]
        return parts

    def problem(self, message: str) -> None:
        self.row.problems.append(message)

    def read(self) -> None:
        listing = self.table.listing
        if not any(self.values.values()) and not self.extra:
            listing.unused.append(Unused(self.first, self.raw, "empty row"))
            return
        senders = self.parties("sender")
        recipients = self.parties("addressee")
        intermediaries = self.names("intermediaries")
        participants = self.names("participants")
        authors = self.names("authors")
        date, date_text = self.date("senderDate", "senderDateText") if self.get("senderDate") or not self.get("date") \
            else self.date("date", "date_text")
        if not (senders or recipients or participants or authors or self.get("title") or self.get("summary")
                or self.get("senderDate") or self.get("date")):
            listing.unused.append(Unused(self.first, self.raw, "nothing to make a letter of: no sender, addressee, "
                                                               "date, title or summary"))
            return
        if self.extra:
            self.problem(f"{len(self.extra)} cell(s) beyond the last column not read: {', '.join(self.extra)}")
        title = Title(text=self.title_text(senders, recipients, participants, authors), senders=senders,
                      recipients=recipients, intermediaries=intermediaries, participants=participants,
                      authors=authors, subject=self.get("subject") or None)
        self.doctype(title)
        self.places(title)
        if not (senders or recipients or participants or authors):
            self.problem("no sender, addressee, participant or author")
        elif recipients and not senders:
            self.problem("no sender named")
        elif senders and not recipients:
            self.problem("no addressee named")
        if not (self.get("senderDate") or self.get("date")):
            self.problem("undated: no senderDate")
        self.row.received, self.row.received_text = self.date("addresseeDate", "addresseeDateText")
        if self.get("addresseeDate") and not recipients:
            self.problem(f"addresseeDate {self.get('addresseeDate')!r} without an addressee is not kept")
        own_title, base_url = self.edition
        editions = self.split("edition")
        self.row.editions = [e for e in editions if not own_title or e != own_title]
        key = self.get("key")
        ours = bool(base_url and key.startswith(base_url)) or bool(editions) and not self.row.editions
        if key and not ours:  # this edition's own number or page is written anew
            if self.row.editions:
                self.row.key = key
            else:
                self.problem(f"key {key!r} without an edition is not kept")
        self.row.notes = [self.get("note")] if self.get("note") else []
        entry = Entry(source=self.source, first_line=self.first, last_line=self.last, date_text=date_text,
                      date_line=self.first, date=date, title=title.text, title_line=self.first)
        if self.get("summary"):
            entry.summary = [self.get("summary")]
            entry.summary_paragraphs = [[(self.first, self.get("summary"))]]
        if self.get("shelfmark"):  # (bibl/idno type="shelfmark", as a listing's)
            entry.idnos.append(("shelfmark", self.get("shelfmark")))
        if self.get(NUMBER_COLUMN):  # (bibl/idno type="number": the table's number of the letter)
            entry.idnos.append(("number", self.get(NUMBER_COLUMN)))
        self.table.listing.entries.append(entry)
        self.table.titles.append(title)
        self.table.rows.append(self.row)

    # -- parties ---------------------------------------------------------------------------

    def names(self, column: str, kind: str | None = None) -> list[Name]:
        names = []
        for written in self.split(column):
            bracketed = _BRACKETED.match(written)
            core = bracketed.group("inner").strip() if bracketed else written
            if core and not UNKNOWN.match(core):  # ("Unknown", "N. N.": no person, the side is unknown)
                names.append(Name(core, kind=kind or _kind(core), supplied=bool(bracketed)))
        return names

    def parties(self, side: str) -> list[Name]:
        """The names of one side, each with the id in the same position of ``<side>ID``."""
        names = self.names(side)
        ids = self.split(f"{side}ID")
        if any(ids) and len(ids) != len(self.split(side)):
            self.problem(f"{len(self.split(side))} name(s) in {side} but {len(ids)} in {side}ID; "
                         "the ids are paired with the names by position")
        for name, uri in zip(names, ids):
            self.identify(name.kind, name.written, uri, f"{side}ID")
        for uri in ids[len(names):]:
            if uri:
                self.problem(f"{side}ID {uri!r} has no name beside it; not used")
        return names

    def identify(self, kind: str, name: str, uri: str, column: str) -> None:
        if not uri:
            return
        found = authority(uri)
        if found is None or found[0] not in ID_TYPES[kind]:
            allowed = "GeoNames or Wikidata" if kind == "place" else "GND, VIAF, LC, BnF, NDL or Wikidata"
            self.problem(f"{column} {uri!r} for {name!r} is not a {allowed} URI corresp knows; not used")
            return
        self.row.known.append(Known(kind, name, [], {found[0]: found[1]},
                                    origin=f"{self.source}:{self.first} ({column})"))

    def places(self, title: Title) -> None:
        """Place of writing (senderPlace) and of receipt (addresseePlace), with their ids."""
        for side, holders in (("sender", title.senders), ("addressee", title.recipients)):
            places = self.split(f"{side}Place")
            ids = self.split(f"{side}PlaceID")
            kept: list[str] = []
            for index, written in enumerate(places):
                bracketed = _BRACKETED.match(written)
                place = bracketed.group("inner").strip() if bracketed else written
                if not place:
                    continue
                if bracketed:
                    self.problem(f"{side}Place [{place}]: the brackets (a conjecture) are not kept")
                kept.append(place)
                self.identify("place", place, ids[index] if index < len(ids) else "", f"{side}PlaceID")
            if not kept:
                continue
            if side == "sender":
                title.place, rest = kept[0], kept[1:]
            else:
                rest = kept
            if len(rest) > len(holders):
                lost = rest[len(holders):]
                self.problem(f"{side}Place {', '.join(lost)} not kept: no {side} to hold it")
            holders[:len(rest)] = [_located(name, place) for name, place in zip(holders, rest)]

    def doctype(self, title: Title) -> None:
        written = self.get("type")
        if not written:
            return
        if written in doctypes.VOCABULARY:
            title.doctype, title.doctype_written = written, doctypes.VOCABULARY[written][0].capitalize()
        elif (found := doctypes.find(written)) and found[1].lower() == written.lower():
            title.doctype, title.doctype_written = found[0], written
        elif written != "enclosure":  # corresp's own row for an enclosed letter
            title.notes.append(f"type: {written}")

    # -- text ------------------------------------------------------------------------------

    def title_text(self, senders, recipients, participants, authors) -> str:
        """The title column, else one made of the parties ("A to B"): never parsed again."""
        if self.get("title"):
            return self.get("title")

        def names(group: list[Name]) -> str:
            return " and ".join(f"[{n.written}]" if n.supplied else n.written for n in group)

        if senders and recipients:
            return f"{names(senders)} to {names(recipients)}"
        if senders:
            return f"From {names(senders)}"
        if recipients:
            return f"To {names(recipients)}"
        if participants:
            return f"Conversation between {names(participants)}"
        if authors:
            return f"By {names(authors)}"
        return "Untitled"

    def date(self, column: str, text_column: str) -> tuple[DateValue | None, str]:
        """The date of a column and its text (the text column, date_text, else the value as
        written): in ISO/EDTF, as csv2cmi writes it, or as a listing writes it ("29 de enero
        de 1859", "[after 3 May 1850]"). An unreadable date stays as text and is reported; no
        date is "n.d."."""
        value = self.get(column)
        text = self.get(text_column) or (self.get("date_text") if column in ("senderDate", "date") else "")
        if not value:
            return None, text or ("n.d." if column in ("senderDate", "date") else "")
        try:
            return edtf.parse(value), text or value
        except edtf.EdtfError as err:
            if (written := parse_date(value, self.day_first)) is not None:
                return written, text or value
            if UNDATED.fullmatch(value.strip()):
                return None, text or value  # "s.f.", "undated": said so, nothing to report
            if _NUMERIC.fullmatch(value.strip(" []")) and self.day_first is None:
                err = (f"{value!r}: is the day or the month first? No date of this file tells (none has a "
                       "number above 12 in one place only); if the day is, set [edition] day_first = true in edition.toml")
            self.problem(f"{column} kept as text, not read: {err}")
            return None, text or value


def _located(name: Name, place: str) -> Name:
    return Name(name.written, name.identified, name.kind, name.role, name.role_first, name.supplied, place,
                name.role_bracketed)


def knowledge(rows: list[Known], tables: list[TableRow]) -> list[str]:
    """Merge the ids the tables state into the authority and gazetteer rows (``rows``, in
    their order of trust), so that one name or one id is one register entry.

    A name a row already lists gains the table's ids; a name with an id another row holds
    becomes a variant of that row. Where the table contradicts what is already known (another
    id of the same kind for the same name), what was known first stays and the table's line
    is reported. Returns those reports as "file:line: message".
    """
    by_form: dict[tuple[str, str], Known] = {}
    by_id: dict[tuple[str, str], Known] = {}
    for row in rows:
        for form in row.forms():
            by_form.setdefault((row.kind, form), row)
        for id_type, value in row.ids.items():
            by_id.setdefault((id_type, value), row)
    reports: list[str] = []
    for table_row in tables:
        for stated in table_row.known:
            (id_type, value), = stated.ids.items()
            named = by_form.get((stated.kind, stated.name))
            holder = by_id.get((id_type, value))
            where = stated.origin.split(" (")[0]
            if named and holder and named is not holder:
                reports.append(f"{where}: {stated.name!r} is {named.name!r}, but {id_type} {value} belongs to "
                               f"{holder.name!r}; the id is not used")
                continue
            row = named or holder
            known = row.ids.get(id_type) if row else None
            if known and known != value:
                reports.append(f"{where}: {id_type} {value} for {stated.name!r}, but {row.name!r} has {known} "
                               f"({row.origin.split(';')[0]}); the first stays")
                continue
            if row is None:
                row = Known(stated.kind, stated.name, [], {}, origin=stated.origin)
                rows.append(row)
            elif not known:  # a new id: say where it comes from (a repeated one adds nothing)
                row.origin = f"{row.origin}; {stated.origin}"
            if (stated.kind, stated.name) not in by_form:
                row.variants.append(stated.name)
            row.ids[id_type] = value
            by_form.setdefault((row.kind, stated.name), row)
            by_id.setdefault((id_type, value), row)
    return reports
