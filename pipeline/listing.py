"""What reading a listing yields: entries, and an account of every other line.

Kept apart from the reader so that every layout (``pipeline/layouts``) builds the same
objects and the encoder, the report and ``corresp explain`` read them one way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .dates import DateValue


@dataclass(frozen=True)
class Unused:
    """A line not used for any entry, and why."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class PossibleEntry:
    """A line that looks like an entry of its own but was read as part of something else
    (a summary, a record, page text). It stays where the layout put it; the report names it."""

    line: int
    text: str
    reason: str  # why it looks like an entry
    where: str  # what it was read as: "summary of the entry at line 12", "page text before the first entry"


@dataclass
class Entry:
    """One listing entry, as written, with the lines it came from."""

    source: str
    first_line: int
    last_line: int
    date_text: str
    date_line: int
    date: DateValue | None
    title: str = ""
    title_line: int = 0
    summary: list[str] = field(default_factory=list)
    summary_lines: tuple[int, int] | None = None
    text: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    # (line, text) of the lines of each summary paragraph, to report a stray one line by line
    summary_paragraphs: list[list[tuple[int, str]]] = field(default_factory=list)
    # Fields a layout read by their label or position (sender, recipient, place, number, page,
    # type …), as written; they win over what the title implies (see titles.title_for).
    fields: dict[str, str] = field(default_factory=dict)
    # Identifiers a listing gives (idno type, value): shelfmarks, letter numbers (TEI bibl/idno).
    idnos: list[tuple[str, str]] = field(default_factory=list)
    # Authority ids a record states beside a party's name ("Schwarzmann, Karl (1815-1877) [GND:
    # 1685138777]"): (the name as read, the id's type, the id), the catalogue's word for it.
    authority_ids: list[tuple[str, str, str]] = field(default_factory=list)
    # Other labelled fields, as written ("Extent: 2 leaves"): kept as notes of the source.
    notes: list[str] = field(default_factory=list)
    # (line, text) of the lines of each paragraph of ``text``, as summary_paragraphs
    text_paragraphs: list[list[tuple[int, str]]] = field(default_factory=list)
    # The title was made from the fields (a record or row without one): it implies no writer.
    title_made: bool = False


@dataclass
class Listing:
    """Everything read from one input file."""

    source: str
    encoding: str
    layout: str = "blocks"
    collection: str | None = None
    collection_line: int = 0
    description: str | None = None
    description_line: int = 0
    entries: list[Entry] = field(default_factory=list)
    unused: list[Unused] = field(default_factory=list)
    possible: list[PossibleEntry] = field(default_factory=list)
    notes: list[tuple[int, str]] = field(default_factory=list)
    line_count: int = 0
    # The writer of a one-writer edition, as its heading names it ("THE LETTERS OF HARRIET
    # VANE"): the implied side of "To X" / "From X" entries when edition.toml names none.
    writer: str | None = None
    writer_line: int = 0
    # Numeric dates are day first (3/4/1850 is 3 April): [edition] day_first in edition.toml.
    day_first: bool | None = None
    # The language its entries are evidently written in ("de", "fr"), else None (language.evident).
    language: str | None = None
    # Parts read in layouts of their own (read.parse_listing): (first line, layout name) each.
    parts: list[tuple[int, str]] = field(default_factory=list)
    # The span of years its heading gives its papers ("Correspondence and papers, 1968-2003"), where
    # it gives one: the century of a year written with two digits (dates.short_year_date).
    span: tuple[int, int] | None = None
    # The listing's own key of names ("Dai = David Prytherch"): namekey.KeyRow each.
    key: list = field(default_factory=list)

    @property
    def key_forms(self) -> frozenset[str]:
        """The forms its key explains: persons wherever a title names them (titles.titles_for)."""
        return frozenset(row.form for row in self.key)
