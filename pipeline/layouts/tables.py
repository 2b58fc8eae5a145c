"""Tables copied as text from web pages, spreadsheets and PDFs: pipe tables, tab-separated rows
and columns aligned with spaces.

::

    | No. | Date         | From         | To          | Summary                      |
    |-----|--------------|--------------|-------------|------------------------------|
    | 1   | 3 March 1862 | Walter Ashby | Henry Ashby | Asks his brother to send the |
    |     |              |              |             | surveyor's plan.             |

The header row names the columns; its words are read through HEADERS (English, German,
French synonyms). Every later row of the same kind is one letter, except a row whose
number, date, party and title cells are all empty: it continues the row above (a cell that
wrapped onto the next line). A table with no header row is read where its first rows show
a date column and a title column (``headerless``). Tables of letters saved as .csv or .tsv files are read by
pipeline/tabular.py in csv2cmi's columns; this layout reads tables pasted into a text listing.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence

from ..dates import month_in_roman, parse_date
from ..lines import UNDATED, Line, opens_with_parties
from ..listing import Entry, Listing, Unused
from ..titles import _RUSSIAN_COUNT, _kind, made_title, names_a_party, russian_names
from . import Layout, no_entries, unused
from .builtin import read_head
from .shared import YEAR_ALONE, find_date, in_capitals, names, title_case

# field → the words a header cell may say for it (lower case, without a final colon).
HEADERS: dict[str, tuple[str, ...]] = {
    "title": ("title", "titel", "titre", "letter", "document", "brief", "lettre", "item", "correspondent / item",
              "correspondent/item", "document / correspondent",  # (a microfilm guide's document list)
              "obsah", "popis", "opis", "treść", "tartalom",  # (Czech, Polish, Hungarian inventories: "contents")
              "conținutul pe scurt", "conţinutul pe scurt", "conținutul", "cuprinsul",  # (Romanian: "the contents in short")
              "заголовок единицы хранения", "заголовок", "содержание",  # (a Russian archival opis)
              "from or to whom", "from whom or to whom", "by whom and to whom",  # (a blue book's schedule: "A to B")
              "writer / recipient", "writer/recipient", "writer and recipient", "writer / addressee", "correspondents"),
    "date": ("date", "dated", "datum", "datierung", "date of letter", "date of work", "jahr", "year", "when", "date of",
             "fecha", "data", "datering", "datum brief", "datace", "datování", "datowanie", "keltezés", "крайние даты", "даты", "дата",
             "datele extreme", "datele", "datarea",  # (Romanian)
             "aika", "päiväys", "ajankohta", "dato", "tid"),  # (Finnish, Norwegian/Danish, Swedish)
    "sender": ("from", "sender", "author", "writer", "correspondent from", "absender", "absenderin", "verfasser",
               "from whom",
               "autor", "expéditeur", "expediteur", "auteur", "de", "von", "remitente", "mittente", "afzender",
               "schrijver", "briefschrijver",
               "lähettäjä", "kirjoittaja", "avsändare", "avsender", "afsender", "brevskriver"),  # (Finnish, Nordic)
    "sender_place": ("from whom, where", "from whom / where", "from whom/where", "from whom and where",  # (a register
                     "writer, where", "writer / where", "name and residence", "writer and place",      # of letters
                     "name and place"),                                                                # received)
    "recipient": ("to", "recipient", "recipients", "receiver", "addressee", "empfänger", "empfaenger", "adressat",
                  "addr. to", "addressed to", "to whom",
                  "destinataire", "à",
                  "a", "an", "destinatario", "ontvanger", "geadresseerde", "geadresseerden",
                  "vastaanottaja", "mottagare", "mottaker", "modtager"),  # (Finnish, Nordic)
    "place": ("place", "place of writing", "place written", "written at", "origin", "sent from", "ort", "schreibort", "absendeort",
              "lieu", "lieu d'expédition", "where", "lugar", "luogo", "plaats", "plaats van schrijven",
              "paikka", "lähetyspaikka", "ort", "sted"),
    "summary": ("summary", "abstract", "excerpt", "regest", "inhalt", "résumé", "resume", "description",
                "content", "contents", "notes", "note", "remarks", "bemerkung", "incipit", "analyse",
                "extracto", "resumen", "asunto", "regesto", "sunto", "samenvatting", "inhoud", "korte inhoud", "subject",
                "opmerkingen", "opmerking", "anmerkungen", "bemerkungen", "remarques", "osservazioni", "observaciones"),
    "number": ("no", "no.", "nr", "nr.", "number", "#", "key", "id", "n°", "numéro", "nummer", "letter no.",
               "letter no", "lfd. nr.", "inv.nr", "inv. nr.", "inventarisnummer", "nummer", "inv. č.", "inv.č.", "inv. číslo", "poř. č.", "č.", "sygn.", "№", "№ ед. хр.", "№ ед."),  # (… over "хр." on the line below)
    "shelfmark": ("shelfmark", "classmark", "signatur", "cote", "reference", "call number", "ref.", "ms.", "signatura",
                  "segnatura", "signatuur", "überlieferung", "ueberlieferung", "witness", "frame", "frames",
                  "kart.", "karton", "sign.", "source",
                  "ark.yks.", "ark. yks.", "arkistoyksikkö", "signum"),  # (a Finnish archive's unit: "Ba 1")
    # one column for the other party of a one-person edition's letters, its direction written in
    # each cell: "an Johanna Reimers" (the edition's person wrote), "von Stern" (wrote to them)
    "correspondent": ("empfänger/absender", "absender/empfänger", "an/von", "von/an", "correspondent", "korrespondent",
                      "briefpartner", "to/from", "from/to", "destinataire/expéditeur", "correspondant"),
    "date_marked": ("date as marked", "date as written", "date written"),  # (EMLO's: the letter's own words, the
    #                                                                         date where the date column is empty)
    "copies": ("cc", "copy to", "copies to", "kopie an", "copie à"),  # (a registry's: recipients too; not "Copies", a count)
    "type": ("type", "art", "genre", "document type", "form"),
    "page": ("page", "pages", "p.", "pp.", "seite", "s."),  # (where a printed volume prints the letter)
    "extent": ("extent", "folios", "size", "umfang", "omfang", "omfång", "määrä", "no. of items"),  # (how much: a note)
}
HEADER_EXAMPLES = (("| Title | Date | Excerpt |", ["title", "date", "summary"]),
                   ("ID\tDate\tAuthor\tRecipient\tPlace written\tSummary\tNotes",
                    ["number", "date", "sender", "recipient", "place", "summary", "note"]),
                   ("N o.  Date  Writer  Recipient  Place  Page",  # (OCR's "No.")
                    ["number", "date", "sender", "recipient", "place", "page"]),
                   ("Nr.\tDatum\tAbsender\tEmpfänger\tOrt\tRegest",
                    ["number", "date", "sender", "recipient", "place", "summary"]),
                   ("| No. | Date | From | To | Place | Summary |",
                    ["number", "date", "sender", "recipient", "place", "summary"]),
                   ("No.   Date            Writer          Recipient       Place     Summary",
                    ["number", "date", "sender", "recipient", "place", "summary"]),
                   ("Signatura\tDestinatario\tRemitente\tLugar\tFecha\tExtracto",
                    ["shelfmark", "recipient", "sender", "place", "date", "summary"]),
                   ("| Mittente | Destinatario | Luogo | Data | Regesto |",
                    ["sender", "recipient", "place", "date", "summary"]),
                   ("Afzender\tOntvanger\tPlaats\tDatering\tInhoud", ["sender", "recipient", "place", "date", "summary"]),
                   ("Nr;Datum;Absender;Empfänger;Ort;Regest;Signatur",  # (a spreadsheet pasted as text)
                    ["number", "date", "sender", "recipient", "place", "summary", "shelfmark"]),
                   ("Date,From,To,Summary", ["date", "sender", "recipient", "summary"]),
                   ("Inv.nr\tDatum brief\tSchrijver\tGeadresseerde(n)\tPlaats van schrijven\tKorte inhoud\tOpmerkingen",
                    ["number", "date", "sender", "recipient", "place", "summary", "note"]),
                   ("Ark.yks.   Lähettäjä        Aika        Määrä",  # (a Finnish archive's list: unit, sender, date)
                    ["shelfmark", "sender", "date", "extent"]),
                   ("Ref.          Date                Writer          Place          Extent",  # (an archive's box list)
                    ["shelfmark", "date", "sender", "place", "extent"]))  # (a second summary
#                                                                                          column: the letter's notes)
_FIELD = {word: field for field, words in HEADERS.items() for word in words}
_RULE = re.compile(r"^[|+]?\s*:?-{2,}:?\s*(?:[|+]\s*:?-{2,}:?\s*)*[|+]?$")  # |---|:---:|, -----+-----
_KEYS = ("number", "date", "sender", "recipient", "title", "sender_place")
_HEADER_GOES_ON = re.compile(r"[a-zà-ÿ'’.]+(?:\s+[a-zà-ÿ'’.]+){0,4}")  # ("letter", "of letter", "received")
_STATE = re.compile(r"[A-Z]\.\s?[A-Z]\.|[A-Z][a-z]{1,4}\.")  # (after a town: "D.C.", "Mass.", "Pa.")
_WHERE = re.compile(r"[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){0,2}")  # ("Portsmouth", "Fort Monroe", "New Orleans")


def cells(raw: str, separator: str | None = None) -> tuple[str, list[str]] | None:
    """("|" or "\\t", the cells) of a table row, or None for a line that is no row. A row of a
    spreadsheet pasted as text with ";" or "," between its cells is read only as such
    (``separator``): prose has commas too."""
    text = raw.rstrip("\r\n")
    if separator in _DELIMITED:
        return (separator, _split_quoted(text, separator)) if separator in text and "\t" not in text else None
    if "\t" in text:
        return "\t", [c.strip() for c in text.split("\t")]
    stripped = text.strip()
    if stripped.count("|") >= 2:
        # (a row that opens with "|" after spaces and does not end with one: its first cell is
        # empty, "     |       | Casaverde | …", the rest of a row whose cells wrapped)
        bordered = stripped.startswith("|") and (stripped.endswith("|") or not text[:1].isspace())
        inner = stripped[1:] if bordered else stripped
        inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
        return "|", [_markdown(c.strip()) for c in _PIPE.split(inner)]
    return None


_PIPE = re.compile(r"(?<!\\)\|")  # (not Markdown's escaped "\|", a pipe inside a cell)
# Markdown inside a cell, as a wiki or a README writes it: a link's text, "<br>" between two
# people (the page's own convention), emphasis and a footnote's mark taken off.
_MD_LINK = re.compile(r"!?\[([^\[\]]*)\]\((?:[a-z]+:|#|/|\.{1,2}/|[\w.-]+/|[\w.-]+\.(?:md|html?))[^()\s]*\)")
_MD_NOTE = re.compile(r"\[\^[\w-]+\]")  # (a footnote's mark; not "[1843](?)", a doubt)
_MD_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,2}|_{1,2})(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])")  # (paired: not "B***")
_MD_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)


def _markdown(cell: str) -> str:
    if not any(c in cell for c in "[*_<\\"):
        return cell
    cell = _MD_NOTE.sub("", _MD_LINK.sub(r"\1", cell))
    cell = _MD_BREAK.sub("; ", _MD_EMPHASIS.sub(r"\2", cell))
    return cell.replace("\\|", "|").strip()


_DELIMITED = (";", ",")  # a spreadsheet's rows pasted as text, its header row naming the columns


def _split_quoted(text: str, separator: str) -> list[str]:
    """The cells of a delimited row, a separator inside quotes kept: '1;"A; B";C' → ['1', '"A; B"', 'C']
    (each cell's quotes kept, as a tab row's are, for a quoted cell that goes on below)."""
    found, start, quoted = [], 0, False
    for k, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char == separator and not quoted:
            found.append(text[start:k].strip())
            start = k + 1
    return [*found, text[start:].strip()]


# Columns aligned with spaces, as tables are copied from PDFs and printed appendices: cells
# are set off by two spaces or more, and a cell belongs to the header's column it starts under.
_GAP = re.compile(r"\S+(?: \S+)*")
_SLACK = 2  # a cell may start this many characters before its column


def _chunks(raw: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in _GAP.finditer(raw.rstrip("\r\n"))]


class _Columns(tuple):
    """Where an aligned table's columns start, as its header sets them (a tuple, as tables
    compare them), and where each header's word ends: a header set over its column's middle
    ("  №      Заголовок единицы хранения      Крайние даты") has cells that start before it."""

    ends: tuple[int, ...] = ()

    def __new__(cls, starts, ends):
        made = super().__new__(cls, starts)
        made.ends = tuple(ends)
        return made


def _aligned(raw: str, starts: tuple[int, ...]) -> list[str] | None:
    """The cells of a row of an aligned table (its columns start at ``starts``), or None when
    the line is no such row: a new row fills two cells or more, a wrapped cell continues a
    column after the first."""
    if "\t" in raw or raw.count("|") >= 2:
        return None
    row = [""] * len(starts)
    chunks = []
    for at, text in _chunks(raw):
        # a cell that fills its column leaves one space before the next: "[6. oder 7. 3. 1848] Jena"
        cuts = [s - at for s in starts if at < s < at + len(text) and text[s - at - 1] == " "
                and any(abs(at - start) <= _SLACK for start in starts)]  # (not a cell under a centred header)
        for a, b in zip([0, *cuts], [*cuts, len(text)]):
            chunks.append((at + a, text[a:b].strip()))
    ends = getattr(starts, "ends", ())
    columns = [max((n for n, start in enumerate(starts) if start <= at + _SLACK), default=None) for at, _ in chunks]
    for k, (at, text) in enumerate(chunks):
        column = columns[k]
        if column is None:
            return None
        if ends and column + 1 < len(starts) and at >= ends[column] and at + len(text) > starts[column + 1] \
                and column + 1 not in columns[k + 1:]:
            # (a cell under a centred header: it overlaps the next column's header, not its own; not a
            # long title two letters over, the next column's cell after it, as OCR sets it: "Dopis
            # Jaroslava a …  1. 12. 1903")
            column += 1
        row[column] = f"{row[column]} {text}".strip()
    filled = [n for n, cell in enumerate(row) if cell]
    if not filled or len(filled) == 1 and filled[0] == 0:
        return None
    return row


class _Ragged(_Columns):
    """The columns of a table whose rows OCR or a copy set off at no fixed place, some by one space
    only ("214    Feb. 2 Royal Society Penrose   Truro      . .5" under "No.  Date  Writer
    Recipient  Place  Page"): each row is cut into its cells in the header's order, where each
    cell reads best as what its column holds (a number, a date, a page; a name or a place seen
    whole in the table's other rows), a gap of two spaces always a cell's end."""

    fields: tuple[str | None, ...] = ()
    known: dict[str, set[str]] = {}
    scattered = True  # (False: an aligned table, its rows read by column unless a row reads better cut so)

    @classmethod
    def of(cls, columns: _Columns, fields: list[str | None], rows: Sequence[str], scattered: bool = True) -> "_Ragged":
        made = cls.__new__(cls, columns, columns.ends)
        made.fields = tuple(fields)
        made.scattered = scattered
        made.known = {}
        for raw in rows:  # the cells of the rows that are cut plainly: as many gaps as columns
            chunks = [text for _, text in _chunks(raw)]
            if len(chunks) == len(fields):
                for field, text in zip(fields, chunks):
                    made.known.setdefault(field or "", set()).add(text)
        return made

    def cells(self, raw: str) -> list[str] | None:
        if self.scattered:
            return self._cut(raw)
        placed = _aligned(raw, self)  # (an aligned table: by column, unless one row keeps to none:
        dateless = "date" in self.fields and placed is not None and len(placed) == len(self.fields) \
            and not placed[self.fields.index("date")]  # (or its date runs on into the next column: "7. 1. 1896 kart. 4")
        if placed is None or len(placed) != len(self.fields) \
                or all(self._fit(f, cell) >= 0 for f, cell in zip(self.fields, placed) if cell) and not dateless:
            return placed                                                      # "9    May 3 Henry Alderwick …")
        cut = self._cut(raw)  # (only a cut whose every cell reads as its column's: not a date wrapped below)
        return cut if cut is not None and all(self._fit(f, cell) >= 0 for f, cell in zip(self.fields, cut) if cell) \
            and self._score(cut) > self._score(placed) else placed

    def _score(self, row: list[str]) -> float:
        return sum(self._fit(field, cell) for field, cell in zip(self.fields, row) if cell)

    def _cut(self, raw: str) -> list[str] | None:
        if "\t" in raw or raw.count("|") >= 2:
            return None
        chunks = [text.split() for _, text in _chunks(raw)]
        if not chunks:
            return None
        words = [w for chunk in chunks for w in chunk]
        ends = set(itertools.accumulate(len(chunk) for chunk in chunks))  # (word indexes a gap follows)
        n, width = len(words), len(self.fields)
        if n > 24 or n < 2:
            return None
        # best[k][f]: (score, cuts) of words[:k] cut into the first f cells
        best: dict[tuple[int, int], tuple[float, tuple[int, ...]]] = {(0, 0): (0.0, ())}
        for f in range(width):
            for (k, _), (score, cuts) in [item for item in best.items() if item[0][1] == f]:
                for j in range(k + 1, n + 1):
                    if any(e in ends for e in range(k + 1, j)):
                        break  # (a gap of two spaces inside: no one cell)
                    if j < n and j not in ends and f == width - 1:
                        continue
                    value = score + self._fit(self.fields[f], " ".join(words[k:j]))
                    if (j, f + 1) not in best or value > best[(j, f + 1)][0]:
                        best[(j, f + 1)] = (value, (*cuts, j))
                if f >= 2 and k == n:  # (the last columns left empty: a row without its page)
                    if (k, f + 1) not in best or score > best[(k, f + 1)][0]:
                        best[(k, f + 1)] = (score, (*cuts, k))
        if (n, width) not in best:
            return None
        cuts = (0, *best[(n, width)][1])
        return [" ".join(words[a:b]) for a, b in zip(cuts, cuts[1:])]

    def _fit(self, field: str | None, text: str) -> float:
        """How well ``text`` reads as a cell of ``field`` (higher is better); remembered, as a
        table's rows repeat their names and dates."""
        if (fits := getattr(self, "_fits", None)) is None or fits[0] is not self.known:
            self._fits = fits = (self.known, {})
        if (key := (field, text)) not in fits[1]:
            if len(fits[1]) >= _FITS_KEPT:
                fits[1].clear()  # (memory stays flat, whatever the table's length)
            fits[1][key] = self._reads_as(field, text)
        return fits[1][key]

    def _reads_as(self, field: str | None, text: str) -> float:
        known = text in self.known.get(field or "", ())
        if field == "number":
            return 2.0 if _NUMBER_CELL.fullmatch(text) else -6.0
        if field == "page":
            return 2.0 if _PAGE_CELL.fullmatch(text) else -6.0
        if field == "date":  # (one with its year better: "19. května 1885 kart* 7" is cut after the year)
            return (2.5 if _YEAR_IN.search(text) else 2.0) if (parse_date(text, year=1800) is not None
                                                              or UNDATED.match(text)) else -6.0
        if any(c.isdigit() for c in text) and field in {"sender", "recipient", "place", "title"}:
            return -3.0 if not re.search(r"[A-Za-z]\d|\d[A-Za-z]", text) else -0.5  # (OCR: "Wi1liam")
        if known:
            return 3.0
        if field == "place":
            if DITTO.match(text):
                return 2.0  # ("do.": the place above)
            return 0.5 if len(text.split()) <= 2 and text[:1].isupper() and not DITTO.match(text.split()[-1]) else -2.0
        if field in {"sender", "recipient"}:
            # a cell that holds a name seen whole elsewhere and more is two cells run together
            # (looked up word by word: the cost stays a few lookups, however many names the table has)
            whole = self._whole()
            words = text.split()
            if any(" ".join(words[:k]) in whole or " ".join(words[k:]) in whole for k in range(1, len(words))):
                return -2.0
            return 0.5 if text[:1].isupper() else -1.0
        return 0.0

    def _whole(self) -> frozenset[str]:
        """The names and places the table's plainly cut rows show (its pages' known cells shared)."""
        if getattr(self, "_seen", None) is None or self._seen[0] is not self.known:
            self._seen = (self.known, frozenset().union(*(self.known.get(f, ()) for f in ("sender", "recipient", "place"))))
        return self._seen[1]


_FITS_KEPT = 50_000  # cells' readings remembered at most
_YEAR_IN = re.compile(r"(?<!\d)1\d{3}(?!\d)")
_NUMBER_CELL = re.compile(r"\*?(?=[\dIlOS]*\d)[\dIlOS]{1,5}[a-z]?\*?\.?")  # ("213*", "2I9", "24O": OCR's letters)
_PAGE_CELL = re.compile(r"(?:\.\s?){0,6}(?=[\dIlOSi]*\d)[\dIlOSi]{1,4}|(?:\.\s?){0,6}[IlS][\dIlOS]{1,3}")  # ("..15", "S3")


def _ragged(columns: _Columns, fields: list[str | None], lines: Sequence[Line], start: int, end: int) -> _Columns:
    """The header's columns, or _Ragged where the rows under it keep to no column: fewer than
    half of the first rows have every cell start under a header's word. Its cells are learnt
    from all its rows (to the next header)."""
    rows = [raw for line in lines[start:end] if line.kind != "blank"
            and len(_chunks(raw := (line.raw or line.text).rstrip("\r\n"))) >= 3]
    sample = rows[:30]
    kept = sum(all(any(abs(at - c) <= _SLACK for c in columns) for at, _ in _chunks(raw)) for raw in sample)
    # (an aligned table's rows agree with each other where its cells start, even where a cell sits
    # right or in the middle of its header's: a few places; a ragged one's are all over the line)
    places = {at for raw in sample for at, _ in _chunks(raw)[1:]}
    scattered = not (len(sample) < 5 or kept >= len(sample) / 2 or len(places) <= 3 * len(fields))
    if not scattered and not {"date", "number", "page"} & set(fields):
        return columns  # (no column whose cells tell themselves: read by column alone)
    return _Ragged.of(columns, fields, rows, scattered)


def row_cells(raw: str, separator: str | tuple[int, ...], width: int | None = None) -> list[str] | None:
    """The cells of a row of the table whose header set ``separator``, or None. A delimited
    row has as many cells as the header of ``width`` columns (fewer when its last is a quoted
    cell going on below)."""
    if isinstance(separator, _Ragged):
        return separator.cells(raw)
    if isinstance(separator, tuple):
        return _aligned(raw, separator)
    found = cells(raw, separator)
    if found is None or found[0] != separator:
        return None
    if separator == "|" and width and len(found[1]) == width - 2 and raw[:1].isspace() \
            and raw.strip().startswith("|") and raw.strip().endswith("|"):
        return ["", *found[1], ""]  # ("       |      | … |" under a header without borders: its first and last cells empty)
    if separator in _DELIMITED and width and len(found[1]) != width \
            and not (len(found[1]) < width and _open_quote(found[1][-1])):
        return None
    return found[1]


_PLURAL = re.compile(r"\((?:s|n|en|e|in|innen)\)$")  # "Recipient(s)", "Geadresseerde(n)", "Empfänger(in)"


def header_key(cell: str) -> str:
    """A header cell as HEADERS writes it: lower case, its colon and plural ending aside."""
    return _PLURAL.sub("", " ".join(cell.casefold().rstrip(":").split()))


def _field_of(cell: str) -> str | None:
    """The field a header cell names, its stop or colon aside ("Date.", "Subject:")."""
    key = header_key(cell)
    found = _FIELD.get(key) or _FIELD.get(key.rstrip("."))
    if found is None and len(key) <= 5 and " " in key:  # ("N o.": OCR's space inside "No.")
        found = _FIELD.get(key.replace(" ", ""))
    return found


def _fields(row: list[str]) -> list[str | None] | None:
    fields = [_field_of(c) for c in row]
    fields = ["note" if f in {"summary", "number"} and f in fields[:n] else f for n, f in enumerate(fields)]
    #         ("Summary" and "Notes": the second column's cells are the letter's notes; a second "Nr."
    #         over "file", a Romanian inventory's count of leaves, a note)
    known = [f for f in fields if f]
    if len(known) >= 2 and {"date", "sender", "recipient", "title", "sender_place"} & set(known) \
            and len(set(known)) == len(known):
        return fields
    return None


def header(line: Line) -> tuple[str | tuple[int, ...], list[str | None]] | None:
    """(separator, the field of each column) when the line is a header row: two or more of its
    cells name known fields, a date or a party among them. The separator of a table aligned
    with spaces is where its columns start (three known fields at least: prose has gaps too)."""
    raw = line.raw or line.text
    found = cells(raw)
    if found:
        fields = _fields(found[1])
        return (found[0], fields) if fields else None
    for separator in _DELIMITED:  # "Nr;Datum;Absender;Empfänger;Ort;Regest"
        if raw.count(separator) >= 2 and len(raw) <= _HEADER_LENGTH \
                and (fields := _fields(_split_quoted(raw.rstrip("\r\n"), separator))) and all(fields[:2]):
            return separator, fields
    if len(raw) > _HEADER_LENGTH:
        return None
    found_chunks = _chunks(raw)
    if len(found_chunks) < 2 or not any(_known(text) for _, text in found_chunks[1:]):
        return None  # (a header names two columns at least, one of them after the first)
    chunks = []
    for at, text in found_chunks:  # two column names one space apart: "inv. č. obsah" (a Czech inventory's)
        splits = [k for k in range(len(text)) if text[k] == " " and _known(text[:k]) and _known(text[k + 1:])] \
            if len(text) <= 40 else []
        chunks += [(at, text[:splits[0]]), (at + splits[0] + 1, text[splits[0] + 1:])] if splits and not _known(text) \
            else [(at, text)]
    fields = _fields([text for _, text in chunks]) if len(chunks) >= 3 else None
    # (every column named; or all but one, the date and the title among them: "počet" beside them)
    if fields and len(fields) >= 3 and (all(fields) or sum(not f for f in fields) == 1 and len(fields) >= 4
                                        and {"date", "title"} <= set(fields)
                                        # (a register's "Rec'd" and "Disposn." beside its date, writer and addressee)
                                        or sum(not f for f in fields) <= 2 and len(fields) >= 6
                                        and {"date", "recipient"} <= set(fields) and {"sender", "sender_place"} & set(fields)):
        return _Columns((at for at, _ in chunks), (at + len(text) for at, text in chunks)), fields
    return None


_HEADER_LENGTH = 400  # (a header row is never longer: a 10-megabyte line is no table's header)


def _known(cell: str) -> bool:
    return _field_of(cell) is not None


# A table with no header row ("12 | 3. Mai 1850 | A an B | Bittet um …"): its columns are
# named by what most of their cells are, in the first rows (number, date, title); the
# longest other column is the summary. Only where a date and a title column are found.
_CELL_KINDS: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("number", lambda cell: bool(re.fullmatch(r"(?:No\.?\s*|Nr\.?\s*)?(?:\d{1,6}[a-z]?|[IVXLCDM]{1,7})\.?", cell))),
    ("date", lambda cell: parse_date(cell) is not None or bool(UNDATED.match(cell))),
    ("title", lambda cell: opens_with_parties(cell)),
)
HEADERLESS_EXAMPLES = (("12 | 3. Mai 1850 | Anna Berg an Karl Lind | Bittet um Nachricht.", ["number", "date", "title", "summary"]),
                       ("1850-05-03\tAnna Berg to Karl Lind\tAsks for news.", ["date", "title", "summary"]))
_SAMPLE = 20  # rows a headerless table's columns are judged by


def headerless(lines: Sequence[Line], start: int) -> tuple[str, list[str | None]] | None:
    """(separator, the field of each column) of a table without a header row whose first row
    is ``lines[start]``, or None: its first rows (three at least) have as many cells, and most
    cells of a column are of one kind."""
    first = cells(lines[start].raw or lines[start].text)
    if first is None or len(first[1]) < 3:
        return None
    separator, width = first[0], len(first[1])
    rows = []
    for line in lines[start:]:
        if line.kind == "blank":
            continue
        found = cells(line.raw or line.text)
        if not found or found[0] != separator or len(found[1]) != width or len(rows) == _SAMPLE:
            break
        rows.append(found[1])
    if len(rows) < 3:
        return None
    fields: list[str | None] = []
    for n in range(width):
        column = [row[n] for row in rows if row[n]]
        kind = next((k for k, test in _CELL_KINDS if k not in fields and column
                     and sum(map(test, column)) >= 0.8 * len(column)), None)
        fields.append(kind)
    if not {"date", "title"} <= set(fields):
        return None
    rest = [n for n, field in enumerate(fields) if field is None]
    if rest:
        fields[max(rest, key=lambda n: sum(len(row[n]) for row in rows))] = "summary"
    return separator, fields


def _tables(lines: Sequence[Line]) -> list[tuple[int, str | tuple[int, ...], list[str | None], bool]]:
    """(index, separator, fields, whether the table has a header row at ``index``: without,
    its first row is there) of each table."""
    found = [(i, *head, True) for i, line in enumerate(lines) if line.kind != "blank" and (head := header(line))]
    if found:
        ends = [i for i, *_ in found[1:]] + [len(lines)]
        found = [(i, _ragged(sep, fields, lines, i + 1, end) if isinstance(sep, _Columns) else sep, fields, headed)
                 for (i, sep, fields, headed), end in zip(found, ends)]
        shared: dict[tuple, dict[str, set[str]]] = {}  # (a table over many pages: what one page's rows
        for _, sep, fields, _ in found:                 # show of its cells holds for all)
            if isinstance(sep, _Ragged):
                known = shared.setdefault(tuple(fields), {})
                for field, texts in sep.known.items():
                    known.setdefault(field, set()).update(texts)
                sep.known = known
        return found
    first = next((i for i, line in enumerate(lines) if line.kind != "blank" and cells(line.raw or line.text)), None)
    inferred = headerless(lines, first) if first is not None else None
    return [(first, *inferred, False)] if inferred else []


class TextTable(Layout):
    name = "table"
    description = "table: rows of a table copied as text (pipes, tabs or aligned columns), a header row naming the columns"
    rule = "an entry is a row of the table under a header row (Date | From | To …); a row with empty key cells continues the one above"

    def score(self, lines: Sequence[Line]) -> float:
        """The rows under the header rows that start a new letter."""
        total = 0.0
        tables = _tables(lines)
        # Each table's rows end where the next table's header is (a listing of many tables
        # would otherwise be scored in quadratic time).
        ends = [index for index, *_ in tables[1:]] + [len(lines)]
        for (index, separator, fields, headed), end in zip(tables, ends):
            for line in lines[index + (1 if headed else 0):end]:
                if line.kind == "blank" or _between_rows(line, separator, fields):
                    continue
                found = row_cells(line.raw, separator, len(fields))
                if not found:
                    break
                if not _RULE.match(line.raw.strip()) and not _continues(found, fields):
                    total += 1
        return total + (0.5 if total else 0)

    def read(self, lines: Sequence[Line], listing: Listing) -> None:
        tables = _tables(lines)
        if not tables:
            no_entries(listing, lines)
            return
        read_head(listing, lines[:tables[0][0]])
        used: set[int] = set()
        heads = {index for index, *_, headed in tables if headed}
        starts = {index for index, *_ in tables}
        person: str | None = None  # (both go on over a page's repeated header)
        direction: tuple[str, str] | None = None
        sheet: tuple[str, str] | None = None  # whom a register's sheet names for a blank "To" or "From"
        above: list[str] = []
        columns: list[str | None] = []
        year: int | None = None
        for index, separator, fields, headed in tables:
            if headed:  # (a sheet's heading over its header; a header repeated on a page goes on with it)
                above_header = next((line.text for line in reversed(lines[max(0, index - 8):index])
                                     if _SHEET_HEADING.search(line.text)), "")  # (its note between: "Press copies …")
                sheet = _sheet(above_header) if above_header else sheet
            if headed:
                used.add(index)
                listing.unused.append(Unused(lines[index].number, lines[index].text[:200],
                                             "a heading: the table's header row"))
            rows: list[list[tuple[Line, list[str]]]] = []
            persons: list[str | None] = []  # the correspondent a sub-heading over each row names
            directions: list[tuple[str, str] | None] = []  # what a part's heading says of its letters
            years: list[int | None] = []  # the year a row of a year alone gives the rows under it
            numbered = isinstance(separator, tuple) and "number" in fields  # (an inventory's numbered rows)
            if fields != columns:  # the cells of the row above, for its ditto marks (and over a page's
                above, columns = [], fields  # repeated header: "do." in its first row is the row before it)
            i = index + (1 if headed else 0)
            if headed and i < len(lines) and _HEADER_GOES_ON.fullmatch(lines[i].text.strip()) \
                    and i + 1 < len(lines) and (lines[i + 1].kind == "separator"
                                                or _RULE.match((lines[i + 1].raw or lines[i + 1].text).strip())):
                # "Date of" over "letter": the header's words go on on its next line, over its rule
                used.add(i)
                unused(listing, lines[i], "a heading: the table's header row (its second line)")
                i += 1
            while i < len(lines):
                line = lines[i]
                i += 1
                if line.kind == "blank":
                    continue
                if rows and i - 1 not in heads and (prose := _described_under(line, separator, fields)) is not None \
                        and not ("date" in fields and (dated := rows[-1][0][1][fields.index("date")])
                                 and parse_date(f"{dated} {prose}") is not None):  # (not "Christmas" over "Day, 1899")
                    # "FC/1/1/1   8 May 1889   Denholm   Peking   8 ff." over "    Proposed purchase of premises
                    # at T'ai-ku.": the row's description, set under it across the columns
                    rows[-1].append((line, [""] * len(fields) + [prose]))
                    used.add(i - 1)
                    continue
                if i - 1 not in heads and not _year_goes_on(line, rows, separator, fields) \
                        and (reason := _between_rows(line, separator, fields)):
                    used.add(i - 1)
                    unused(listing, line, reason)
                    if YEAR_ALONE.fullmatch(line.text.strip()):
                        year = int(line.text.strip(" .[]"))  # ("      1862": the year of the rows below it)
                    if re.match(r"(?:\d{1,2}|[IVX]{1,5})\.\s+\S", line.text):
                        person = None  # (a part of its own: "3. Korespondence rodinná"; not a page's head)
                        direction = _direction(line.text)
                    elif (said := _direction(line.text)) is not None:
                        direction = said  # ("Письма Е. П. Загорской" under "1. Загорская Елена Павловна …")
                    continue
                found = row_cells(line.raw or line.text, separator, len(fields))
                if isinstance(separator, _Ragged) and separator.scattered and rows and (line.raw or "")[:1].isspace() \
                        and not _NUMBER_CELL.fullmatch(line.text.split()[0]) \
                        and (whole := separator.cells(f"{rows[-1][0][0].raw.rstrip()} {(line.raw or line.text).strip()}")):
                    # "267  Sept. 5   Penrose  John Hoskyn" over "      and Anne Hoskyn do.  ...I28":
                    # the row's cells run on, cut again with the line below
                    before = rows[-2][0][1] if len(rows) > 1 else []
                    rows[-1][0] = (rows[-1][0][0], [before[n] if DITTO.match(cell) and n < len(before) else _unquoted(cell)
                                                    for n, cell in enumerate(whole)])
                    rows[-1].append((line, []))
                    used.add(i - 1)
                    continue
                if not found and i - 1 not in heads and _rows_resume(lines, i, separator, starts):
                    # "II. ДОКУМЕНТЫ ЧЛЕНОВ СЕМЬИ", "1. Загорская Елена Павловна …", "Письма Е. П. Загорской":
                    # the rows go on below, under a part's heading (what it says of its letters kept)
                    used.add(i - 1)
                    unused(listing, line, "a heading between the rows (a part, a person's papers, their letters)")
                    if (said := _direction(line.text)) is not None or _PART_NUMBER.match(line.text):
                        direction, person = said, None
                    continue
                if not found or i - 1 in heads:
                    break
                used.add(i - 1)
                if _RULE.match(line.raw.strip()):
                    unused(listing, Line(line.number, line.text, "separator"), "")
                    continue
                wrapped = []  # a spreadsheet's quoted cell goes on over the lines below: "Proposes …;" / "see also no. 42"
                while separator in ("\t", *_DELIMITED) and _open_quote(found[-1]) and i < len(lines) \
                        and len(wrapped) < _QUOTED_LINES:
                    more = lines[i].raw or lines[i].text
                    wrapped.append(lines[i])
                    used.add(i)
                    i += 1
                    joined = (line.raw or line.text) + " " + " ".join(w.raw or w.text for w in wrapped)
                    found = row_cells(joined, separator) or found
                    if more.count('"') % 2:
                        break
                found = [_unquoted(cell) for cell in found]
                if (alone := [cell for cell in found if cell]) and len(alone) == 1 and YEAR_ALONE.fullmatch(alone[0]) \
                        and not _year_goes_on(line, rows, separator, fields):
                    year = int(alone[0].strip(" .[]"))  # "      1862" over a register's rows: their year
                    unused(listing, line, f"a heading: {year} is the year of the rows below it")
                    continue
                if not any(found) or TOTAL.match(next((cell for cell in found if cell), "")):  # ("\tTotal entered\t50")
                    unused(listing, line, "a spreadsheet's empty row" if not any(found) else "the table's total, not a letter")
                    continue
                found = [above[n] if DITTO.match(cell) and n < len(above) else cell for n, cell in enumerate(found)]
                found += [""] * (len(fields) - len(found))  # (a row of fewer cells than the header names)
                # in a numbered inventory, a row without its number goes on the row above; after a
                # blank line, one that fills the contents alone names whose letters follow
                unnumbered = numbered and not found[fields.index("number")]
                after_blank = i >= 2 and lines[i - 2].kind == "blank"
                filled = [n for n, cell in enumerate(found) if cell]
                if unnumbered and after_blank and "title" in fields and filled == [fields.index("title")] \
                        and parse_date(found[filled[0]]) is None and re.match(r"[^\W\d_]{2}", found[filled[0]]):
                    if found[filled[0]].isupper():  # "LIST OF LETTERS" at the top of a page
                        unused(listing, line, "a running head of the printed page")
                        continue
                    person = found[filled[0]]  # "Beneš Bedřich, lékař, Sázava"
                    unused(listing, line, "a heading naming the correspondent of the letters below it")
                    continue
                enclosed = "title" in fields and _ENCLOSURE.match(found[fields.index("title")])  # (a letter of its own)
                # (… and in any table with numbers and dates, a row without either, right under another:
                # "       |            |          | (Cllr)   | …", an export's cells wrapped)
                keyless = "number" in fields and "date" in fields and any(found) \
                    and not found[fields.index("number")] and not found[fields.index("date")]
                if rows and not enclosed and (_continues(found, fields) or (unnumbered or keyless) and not after_blank):
                    rows[-1].append((line, found))
                    above = [f"{a} {b}".strip() for a, b in itertools.zip_longest(above, found, fillvalue="")]
                    #        (a ditto under it repeats its cells whole: "Dr and Mrs" over "Baird", then "the same")
                else:
                    rows.append([(line, found)])
                    persons.append(person)
                    directions.append(direction)
                    years.append(year)
                    above = found
                rows[-1].extend((w, []) for w in wrapped)
            for row, named, said, row_year in zip(rows, persons, directions, years):
                self._entry(row, fields, listing, named, said, sheet, row_year)
        for i, line in enumerate(lines[tables[0][0]:], start=tables[0][0]):
            if i not in used:
                unused(listing, line, "page text (not a row of the table)")

    @staticmethod
    def _entry(row: list[tuple[Line, list[str]]], fields: list[str | None], listing: Listing,
               person: str | None = None, direction: tuple[str, str] | None = None,
               sheet: tuple[str, str] | None = None, year: int | None = None) -> None:
        values: dict[str, str] = {}
        extra: list[str] = []
        summary_lines: list[tuple[int, str]] = []  # (line, its summary and other cells), as written
        entry_notes: list[str] = []
        for k, (line, row_cells) in enumerate(row):
            kept: list[str] = []
            for n, cell in enumerate(row_cells):
                if not cell:
                    continue
                field = fields[n] if n < len(fields) else None
                if field is None or field == "summary" or k and re.fullmatch(r"\[[^\[\]]+\]", cell):
                    kept.append(cell)  # ("[enclosure wanting]" under a guide's item: a note on it)
                    if field != "summary":
                        extra.append(cell)
                        continue
                if field in {"note", "extent"}:
                    entry_notes.append(cell)
                    continue
                joint = ", " if field == "sender_place" and k else " "  # ("H. H. Sibley" over "Washington, D.C.": where)
                values[field] = f"{values[field]}{joint}{cell}" if field in values else cell
            if kept:
                summary_lines.append((line.number, " ".join(kept)))
        # a registry's "Cc": recipients too, as a record's "Cc:" are (not "-", "none", "file": no one)
        if copies := "; ".join(c for c in re.split(r"\s*;\s*", values.pop("copies", "")) if re.search(r"[^\W\d_]{2}", c)
                               and not _NO_COPY.fullmatch(c.strip(" .").lower())):
            values["recipient"] = f"{values['recipient']}; {copies}" if values.get("recipient") else copies
        first, last = row[0][0], row[-1][0]
        if (marked := values.pop("date_marked", "")) and not values.get("date"):
            values["date"] = marked
        date_text = values.get("date", "")
        date = parse_date(date_text, listing.day_first) or month_in_roman(date_text) if date_text else None
        before = next((e.date for e in reversed(listing.entries[-50:]) if e.date is not None and e.date.year), None)
        if date is None and date_text and (before is not None or year is not None):
            # "     July 18" under "1745 May 2": a year is printed where it changes, as calendars do
            # (or on a row of its own: "      1862")
            date = parse_date(date_text, listing.day_first,
                              max(y for y in (before.year if before is not None else None, year) if y is not None))
        entry = Entry(source=listing.source, first_line=first.number, last_line=last.number, date_text=date_text,
                      date_line=first.number, date=date, title_line=first.number)
        if date_text and entry.date is None and not UNDATED.match(date_text):
            entry.flags.append(f"the date {date_text!r} could not be read")
        if (encl := _ENCLOSURE.match(f"{values.get('number', '')} {values.get('title', '')}".strip())) \
                and (not values.get("number") or re.fullmatch(r"Encl\.?|Enclosure", values["number"])):
            # "Encl. 1.—Mr. J. Orr to the Colonial Secretary" under a despatch, in its title's column
            # or its number cut by the number's column: a letter of its own, numbered as enclosed
            values["number"], values["title"] = f"Encl. {encl['n']}", encl.string[encl.end():]
        if sheet and sheet[0] in _OTHER_SIDE and (sheet[0] in fields or _OTHER_SIDE[sheet[0]] in fields) \
                and not values.get(sheet[0]):
            values[sheet[0]] = sheet[1]  # (a blank "To" in a sheet of letters received: its Secretary; or no "To"
            #                              column at all: "Ref. Date Writer Place" under "Letters from X to the Y")
        if (placed := values.pop("sender_place", None)) is not None:
            # "Col. Thos. E. Ballard, Portsmouth" under "From whom, where": the writer, then where
            who, comma, where = placed.rpartition(", ")
            if comma and _STATE.fullmatch(where) and ", " in who:  # ("…, Washington, D.C.")
                who, comma, town = who.rpartition(", ")
                where = f"{town}, {where}"
            placed_at = bool(comma) and _WHERE.fullmatch(where.split(", ")[0]) is not None
            values["sender"] = who if placed_at else placed
            if placed_at and not values.get("place"):
                values["place"] = where
        for field in ("sender", "recipient"):
            if values.get(field):
                entry.fields[field] = names(values[field])
        for field in ("place", "number", "type", "page"):
            if values.get(field):
                entry.fields[field] = values[field]
        if values.get("shelfmark"):
            entry.idnos.append(("shelfmark", values["shelfmark"]))
        entry.notes += entry_notes
        entry.title = values.get("title") or values.get("correspondent") or made_title(entry.fields, "Row")
        entry.title_made = not (values.get("title") or values.get("correspondent"))
        if sheet and sheet[0] == "way" and entry.title_made and (sheet[1] == "received") == ("sender" in entry.fields) \
                and not entry.fields.keys() >= {"sender", "recipient"}:
            entry.title_made = False  # ("From X" under "Ba  SAAPUNEET KIRJEET": to the person whose papers these are)
        if person and values.get("title") and not names_a_party(values["title"]):
            # "Dopis, Praha (o studiu syna)" under "Doležal Karel, advokát, Praha": from him
            entry.title = f"From {_person(person)}"
            entry.notes.append(values["title"])
        elif direction and values.get("title"):
            # under "2. Письма А. С. Загорского" (his letters) a row names whom: "Бахметьеву М. И., издателю."
            side, other = direction
            text = _RUSSIAN_TYPE.sub("", values["title"])  # ("Письмо Белкину С. М.": the letter, to him)
            russian = _RUSSIAN_NAME.match(text)
            name, rest = (russian.group(0) if russian else _SENTENCE.split(text, 1)[0]), values["title"]
            if (persons := _russian_persons(text, side, other)) is not None:
                entry.fields.update(persons)
                entry.notes.append(rest)
            elif _SAME_DATIVE.match(text) and side == "sent":
                entry.title = "To the same"  # "Ему же (2 письма)": to whom the row before wrote
                entry.fields["writer"] = other
                entry.notes.append(rest)
            elif _UNKNOWN_ROW.match(text) and side != "unknown":
                entry.title = f"{'To' if side == 'sent' else 'From'} unknown"  # "Неустановленному лицу": to someone
                entry.fields["writer"] = other  #                                 not identified (no one invented)
                entry.notes.append(rest)
            elif russian and " " not in name and re.match(r"\s+[а-яё]", text[russian.end():]) and _kind(name) != "org":
                pass  # "Визитные карточки разных лиц": no one named to or by whom (a document kept as its title)
            else:
                entry.title = f"{'To' if side == 'sent' else 'From'} {name if side != 'unknown' else 'unknown'}"
                entry.fields["writer"] = other
                entry.notes.append(rest)
        #             ("an X", "von X": read with the edition's person, as a one-writer calendar's "To X")
        summary = " ".join([*([values["summary"]] if values.get("summary") else []), *extra])
        if summary:
            entry.summary = [summary]
            entry.summary_paragraphs = [summary_lines]
            entry.summary_lines = (summary_lines[0][0], summary_lines[-1][0])
        listing.entries.append(entry)


_NO_COPY = re.compile(r"none|nil|n/a|no|yes|file|cc file|copy file|registry|-+")


# A part's heading that says whose letters follow: "2. Письма А. С. Загорского" (his), "3. Письма
# разных лиц А. С. Загорскому" (to him), "4. Письма неустановленных лиц" (of people not identified)
_LETTERS_OF = re.compile(r"^(?:(?:\d{1,2}|[IVX]{1,5})\.\s+)?(?:Письма|Letters|Briefe|Lettres)\s+(?P<rest>.+?)\.?$",
                         re.IGNORECASE)  # (unnumbered under a person's heading: "Письма Е. П. Загорской")
_PART_NUMBER = re.compile(r"^(?:\d{1,2}|[IVX]{1,5})\.\s+\S")


def _rows_resume(lines: Sequence[Line], i: int, separator, starts: set[int]) -> bool:
    """Whether the table's rows go on within the next few lines after line ``i - 1`` (headings
    between them), not as another table of their own."""
    seen = 0
    for k in range(i, min(len(lines), i + 8)):
        if lines[k].kind == "blank":
            continue
        if k in starts:
            return False
        if row_cells(lines[k].raw or lines[k].text, separator):
            return True
        seen += 1
        if seen > 3:
            return False
    return False
_TO_PART = re.compile(r"^(?:разных\s+лиц|various\s+persons|verschiedener)\s+(?:к\s+|to\s+|an\s+)?|^(?:к|to|an|à)\s+",
                      re.IGNORECASE)
_UNKNOWN_PART = re.compile(r"^(?:неустановленных\s+лиц|unidentified|of\s+unknown|unbekannter)", re.IGNORECASE)
# A Russian name at a row's start: a surname and initials, or up to three names, and a role
# after a comma ("Колокольцеву И. М. О переводе романа.", "Бахметьеву М. И., издателю.")
_RUSSIAN_NAME = re.compile(r"^[А-ЯЁ][а-яё-]+(?:(?:\s+[А-ЯЁ]\.){1,2}|(?:\s+[А-ЯЁ][а-яё-]+){1,2})?(?:,\s+[а-яё]+)?")
_SAME_DATIVE = re.compile(r"^(?:Ему|Ей|Им)\s+же\b")
_UNKNOWN_ROW = re.compile(r"^(?:Неустановленному|Неизвестному|Неустановленным|Неизвестным|Неустановленного|"
                         r"Неизвестного|Неустановленных|Неизвестных)\s+(?:лицу|лицам|лица|лиц|адресату|корреспонденту)\b")


def _russian_persons(text: str, side: str, other: str) -> dict[str, str] | None:
    """The sender and recipient fields of a row under "Письма X" (to whom) or "Письма разных лиц
    к X" (by whom) that names persons: "Ипполита и Ольги Снегирёвых" (each with the surname),
    "Сабурова А. С. — к Загорской Е. А." (by him, to her: not to the part's person); None if
    the row does not open with persons, or goes on with more than a note."""
    read = russian_names(_RUSSIAN_COUNT.sub("", text))
    if read is None:
        return None
    found, rest = read
    if (to := re.match(r"\s*[—–-]\s*к\s+", rest)) and (addressees := russian_names(rest[to.end():])) is not None:
        return {"sender": "; ".join(found), "recipient": "; ".join(addressees[0])}
    if not re.fullmatch(r"\s*(?:[.;,(].*)?" + (r"|\s+[А-ЯЁ«].*" if found[-1].endswith(".") else ""), rest, re.DOTALL):
        return None
    return {"sender": "; ".join(found), "recipient": other} if side == "received" else \
        {"sender": other, "recipient": "; ".join(found)} if side == "sent" else None


# "Письмо Белкину С. М.": a type word before the name a row gives
_RUSSIAN_TYPE = re.compile(r"^(?:(?:Письмо|Письма|Записка|Записки|Телеграмма|Телеграммы)\s+(?:к\s+)?|(?:В|Во)\s+)(?=[А-ЯЁ])")
#                           ("Письмо к П. С. Лаврову": to him; "В Общество любителей …": to the society)
_SENTENCE = re.compile(r"(?<![A-ZА-ЯЁ])\.\s+(?=[A-ZА-ЯЁ\d«])")  # (not after an initial: "Бахметьеву М. И., …")


# A register's sheet heading over its header row that says which way its letters went and who
# held the office they went to or came from: "### Vol. 3 — Letters received, 1867–1869
# (Secretary: Rev. Henry T. Ashcombe)". A blank "To" in it is that person; so is a blank "From"
# under "Letters sent".
_SHEET = re.compile(r"\bletters\s+(?P<way>received|sent)\b[^()]*\((?:the\s+)?(?P<office>[A-Z][\w. ]{2,30}?)\s*:\s*"
                    r"(?P<name>[^()]{3,80})\)", re.IGNORECASE)
# … or the office alone, as an archive's box list heads a series: "FC/1  LETTERS FROM MISSIONARIES TO
# THE HOME SECRETARY" (a blank "To": the office), "FC/2  LETTERS OF THE HOME SECRETARY (LETTERBOOK COPIES)"
_SHEET_OFFICE = re.compile(r"\bletters\s+(?:(?P<to>from\s+[^()]{3,60}?\s+to)|(?P<of>of|by|from))\s+the\s+"
                           r"(?P<office>(?:[A-Z][\w-]+\s+){0,3}(?:SECRETARY|TREASURER|PRESIDENT|CHAIRMAN|DIRECTOR|GOVERNOR|AGENT|"
                           r"RESIDENT|CONSUL|BISHOP|SUPERINTENDENT|CLERK|REGISTRAR|MANAGER|EDITOR))(?=\s*(?:\(|$))",
                           re.IGNORECASE)


_OTHER_SIDE = {"sender": "recipient", "recipient": "sender"}
_SHEET_HEADING = re.compile(r"\bletters\s+(?:received|sent)\b|\bletters\s+(?:from|of|by)\s"
                            r"|\b(?:saapuneet|lähetetyt)\s+kirjeet\b|\b(?:mottagna|avsända|inkomna)\s+brev\b", re.IGNORECASE)
# … which way alone, a series' code before it: "Ba   SAAPUNEET KIRJEET" (Finnish: received), "Bb  LÄHETETYT
# KIRJEET" (sent), "LETTERS RECEIVED"
_WAY_ALONE = re.compile(r"^(?:[A-Z][a-z]?\s+)?(?:(?P<received>saapuneet\s+kirjeet|letters\s+received|received\s+letters|"
                        r"mottagna\s+brev|inkomna\s+brev)|lähetetyt\s+kirjeet|letters\s+sent|sent\s+letters|avsända\s+brev)\.?$",
                        re.IGNORECASE)


def _sheet(heading: str) -> tuple[str, str] | None:
    """("recipient", whom) or ("sender", who) a sheet's heading names; ("way", "received" or "sent")
    where it says which way its letters went and names no one (the writer of the papers)."""
    if way := _WAY_ALONE.match(heading.strip()):
        return "way", "received" if way["received"] else "sent"
    m = _SHEET.search(heading)
    if m is None and (office := _SHEET_OFFICE.search(heading)) is not None:
        return "recipient" if office["to"] else "sender", f"the {title_case(office['office'])}"
    return None if m is None else ("recipient" if m["way"].lower() == "received" else "sender", m["name"].strip())


def _direction(heading: str) -> tuple[str, str] | None:
    """("sent", whose) or ("received", to whom) or ("unknown", "") of a part's heading, or None."""
    m = _LETTERS_OF.match(heading.strip())
    if m is None:
        return None
    rest = m["rest"].strip()
    if _UNKNOWN_PART.match(rest):
        return "unknown", ""
    if (to := _TO_PART.match(rest)) is not None:
        return "received", rest[to.end():].strip()
    return "sent", rest


def _person(heading: str) -> str:
    """"Beneš Bedřich, lékař, Sázava" → "Bedřich Beneš, lékař": an inventory's heading, surname first."""
    name, _, role = heading.partition(",")
    words = name.split()
    given = f"{' '.join(words[1:])} {words[0]}" if len(words) >= 2 else name
    return f"{given}, {role.split(',')[0].strip()}" if role.strip() else given


def _described_under(line: Line, separator: str | tuple[int, ...], fields: list[str | None]) -> str | None:
    """The text of a line under an aligned table's row that describes it, or None: one cell of
    words, set under the date column after the reference's (or run on across the columns after
    it, as prose is), that is no date."""
    if not isinstance(separator, tuple) or isinstance(separator, _Ragged) and separator.scattered or len(separator) < 3:
        return None
    raw = (line.raw or line.text).rstrip("\r\n")
    chunks = _chunks(raw)
    if len(chunks) != 1 or abs((at := chunks[0][0]) - separator[1]) > _SLACK:
        return None
    text = chunks[0][1]
    crossed = [start for start in separator if at + _SLACK < start < at + len(text)]
    if fields[1:2] == ["date"]:  # (under the date column: no date)
        return text if parse_date(text) is None and not UNDATED.match(text) else None
    opening = find_date(text[:25], 0)
    return None if len(crossed) < 2 or len(text.split()) < 4 or opening is not None and opening[0] == 0 else text


def _between_rows(line: Line, separator: str | tuple[int, ...], fields: list[str | None]) -> str | None:
    """Why a line inside a table aligned with spaces is none of its rows, or None: the rule
    under the header, a year heading over the rows ("1848"), a page's running head ("612
    Verzeichnis der Briefe": a number, but no date where the table has a date column)."""
    if line.kind == "separator" or _RULE.match(line.text.strip()):
        return "a separator line"  # (between a table's rows: "-----+-----+----")
    if not isinstance(separator, tuple):
        return None
    text = line.text.strip()
    if re.fullmatch(r"[-–—]\s*\d{1,4}\s*[-–—]|[-–—]?\s*\d{1,4}\s*[-–—]", text):
        return "a page number"  # "- 3 -", "– 1 –"
    if YEAR_ALONE.fullmatch(text):
        return f"a heading: {text.strip('[].')} is the year of the rows below it"
    row = (separator.cells if isinstance(separator, _Ragged) else functools.partial(_aligned, starts=separator))(
        line.raw or line.text)  # (a row's date run on into the next column read as its date: not a page's head)
    if row is None and len(_chunks(line.raw or line.text)) == 1 and len(text) <= 60 and parse_date(text) is None \
            and not UNDATED.match(text) and (line.raw or line.text)[:_SLACK + 1].strip():
        return "a heading between the rows (a reel, a part, a series)"  # "REEL 1", "Correspondence, 1745–1753"
    if row and all(re.fullmatch(r"\d{1,2}", cell or "") for cell in row) and [int(c) for c in row] == list(range(1, len(row) + 1)):
        return "the columns' numbers"  # "1      2      3      4" under a Russian opis's header
    aligned = not (isinstance(separator, _Ragged) and separator.scattered)  # (a ragged row's first cell may be a wrap's)
    raw = (line.raw or line.text).rstrip("\r\n")
    if aligned and len(chunks := _chunks(raw)) == 1 and chunks[0][0] <= _SLACK and len(chunks[0][1].split()) >= 5 \
            and sum(1 for start in separator if chunks[0][0] + _SLACK < start < chunks[0][0] + len(chunks[0][1])) >= 2 \
            and find_date(chunks[0][1][:25], 0) is None:
        return "a line between the rows (prose across the columns)"  # ("Press copies; each letter is listed by …")
    filled = [cell for cell in row or () if cell]
    if row and aligned and "date" in fields and len(filled) == 2 and row[0] and not UNDATED.match(row[fields.index("date")]) \
            and parse_date(row[fields.index("date")] or "") is None and in_capitals(" ".join(row), 8):
        return "a heading between the rows (a series)"  # "WH/2  LETTERS OF THE SECRETARY (…)": a reference, its title
    if row and "date" in fields and "number" in fields:
        number, date = row[fields.index("number")], row[fields.index("date")]
        if number and not date and not any(row[n] for n, f in enumerate(fields) if f in {"place", "sender", "recipient"}):
            if _LETTERS_OF.match(line.text.strip()):
                return "a heading saying whose letters follow"  # ("Письма А. П. Лавровой")
            return "a running head of the printed page"
    return None


# An enclosure's row under its despatch: "Encl. 1.—Mr. J. Orr to the …"
_ENCLOSURE = re.compile(r"(?:Encl\.?|Enclosure)\s*(?P<n>\d{1,3})\.?\s*[—–-]+\s*")
_QUOTED_LINES = 10  # at most, the lines a quoted cell goes on over
# A cell that repeats the one above it, as registers write it: '"', "do.", "ditto", "id.", "ders."
DITTO = re.compile(r'^(?:"|〃|do\.?|ditto|dito|dto\.|id\.|idem|ders\.|dies\.|(?:the\s+)?same)$', re.IGNORECASE)
# A spreadsheet's last row that counts its letters: "Summe;84 Briefe", "Total<tab>66"
TOTAL = re.compile(r"^(?:total|totals|sum|summe|gesamt|insgesamt|celkem|razem|totaal|итого)\b", re.IGNORECASE)


def _open_quote(cell: str) -> bool:
    """A cell opened by a quote that its line does not close (a ditto mark is no quote)."""
    return cell.startswith('"') and cell != '"' and cell.count('"') % 2 == 1


def _unquoted(cell: str) -> str:
    """A spreadsheet's quoted cell as its text: '"A; B"' → 'A; B', '""' inside → '"'."""
    if len(cell) > 1 and cell.startswith('"') and cell.endswith('"'):
        return cell[1:-1].replace('""', '"').strip()
    return cell


def _year_goes_on(line: Line, rows: list[list[tuple[Line, list[str]]]], separator, fields: list[str | None]) -> bool:
    """Whether a year alone in the date column ends the date of the row above, that has none
    ("24 октября/5 ноября" over "1874": the date cell wrapped), not a heading over the rows below."""
    if not rows or "date" not in fields or not isinstance(separator, tuple) or not YEAR_ALONE.fullmatch(line.text.strip()):
        return False
    cells = _aligned(line.raw or line.text, separator)
    at = fields.index("date")
    if cells is None or at >= len(cells) or cells[at].strip() != line.text.strip():
        return False
    date = " ".join(cells[at] for _, cells in rows[-1] if at < len(cells) and cells[at])
    return bool(date) and not re.search(r"\b\d{4}\b", date) and not date.rstrip(" .")[-1:].isdigit() \
        and rows[-1][-1][0].number == line.number - 1
    #  (a day-first date cut before its year, right under it: "Dec. 20" over a year heading is a
    #  calendar's row, its year the heading's)


def _continues(row: list[str], fields: list[str | None]) -> bool:
    """A row whose number, date, party and title cells are all empty goes on the row above (in a
    numbered table, one whose number and date are); so does one that holds a bracketed note alone
    ("[enclosure wanting]" under a guide's item)."""
    keyed = [n for n, f in enumerate(fields) if f in _KEYS]
    filled = [cell for cell in row if cell]
    key = "number" if "number" in fields else "shelfmark" if fields[:1] == ["shelfmark"] and len(filled) == 1 else None
    if key and "date" in fields and "title" not in fields and any(row) \
            and all(n >= len(row) or not row[n] for n in (fields.index(key), fields.index("date"))):
        return True  # (a numbered table with a column a side: "     |      | Casaverde | Urrende | tierras …",
        #              its parties wrapped too; a box list's, its reference first: "Dr and Mrs" over "Baird")
    if len(filled) == 1 and re.fullmatch(r"\[[^\[\]]+\]", filled[0]):
        return True
    return bool(keyed) and all(n >= len(row) or not row[n] for n in keyed) and any(row)


__all__ = ["DITTO", "HEADERS", "HEADER_EXAMPLES", "TOTAL", "TextTable", "cells", "header", "row_cells"]
