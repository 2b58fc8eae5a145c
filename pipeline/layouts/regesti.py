"""An edition's regesto: the header of each letter without its text, a block of lines each.

::

    57. 1884.03.12.a
    Gustavo Sormani, Milano
    Lucca, 12 marzo 1884
    Cartolina postale
    Timbro di partenza: Lucca 12.03.84
    Originale: I-Mr, Archivio Storico Sormani, n. 20
    Ed.: Seligman 1938, p. 147
    Trascrizione: dall'originale

A national edition's list of one writer's letters (the Epistolario of a composer) gives, for
each, perhaps its number and its order number, built from the date ("1890.03.--.a", "1881.07.20_22.a"),
then the addressee and where the letter went ("Gustavo Sormani, Milano"), where and when it
was written ("Milano, 28-30 novembre 1880", "[Milano, novembre 1880]", "s.l., s.d."), the kind
of piece (a type word: "Lettera", "Cartolina postale", "Telegramma") and the editor's labelled
fields (postmarks, where the original is, editions, the source of the text, a note), kept as
notes. The writer is the edition's, as its title names him ("Epistolario di X", "Edizione
nazionale delle opere di X"); a piece others signed too names all who signed it: "Lettera non
autografa con firme autografe (X e Y)", "Lettera con firme autografe di X, Y e Z".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import doctypes
from ..dates import DateValue, parse_date
from ..lines import Line
from ..listing import Entry, Listing
from . import Layout, no_entries, unused
from .builtin import read_head
from .shared import natural_name

# The number and the order number over a header: "57. 1884.03.12.a", "117. ----.--.--.a", or either alone
_NUMBER = re.compile(r"^(?:(?P<n>\d{1,5})\.(?:\s+|$))?(?P<code>[\d-]{4}\.[\d-]{2}\.[\d-]{2}(?:_[\d-]{2}){0,2}(?:\.[a-z]{1,2})?)?$")
# Neither place nor date: "s.l. e s.d.", "[s.l., s.d.]"; a side of it alone: "s.l.", "s.d."
_UNPLACED = re.compile(r"^\[?s\.\s?l\.\]?(?:\s*\[[^\]]*\])?$", re.IGNORECASE)  # ("s.l. [ma Milano]": the editor's guess kept in the text)
_UNDATED = re.compile(r"^\[?(?:s\.\s?d\.|senza\s+data|sans\s+date|o\.\s?D\.)\]?$", re.IGNORECASE)
_NEITHER = re.compile(r"^\[?(?:s\.\s?l\.\s*(?:,|e|et|y)?\s*(?:s\.\s?|n\.\s?)d\.|o\.\s?O\.\s*(?:,|u\.|und)?\s*o\.\s?D\.)\]?$", re.IGNORECASE)
_PLACE = re.compile(r"\[?[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|di|de|del|della|sul|sur|am|an|in|le|la))*\??\]?\??")
# The addressee no one has named: "Destinatario non identificato", "destinataire inconnu"
_NO_ONE = re.compile(r"^(?:destinatari[oa]\s+(?:non\s+identificat[oa]|sconosciut[oa]|ignot[oa])|destinataire\s+inconnu|"
                     r"unknown\s+(?:addressee|recipient)|empfänger\s+unbekannt)$", re.IGNORECASE)
# Who signed a piece: "… con firme autografe (X e Y)", "… con firme autografe di X, Y e Z"
_SIGNED = re.compile(r"\bfirme\s+(?:autografe\s+)?(?:\((?P<bracketed>[^()]+)\)|di\s+(?P<listed>.+)$)", re.IGNORECASE)
# A piece the type words do not name, as regesti list them: an envelope, a card
_PIECE = re.compile(r"^(?:busta|cartoncino|biglietto\s+postale|pneumatique|billet|karte|visitenkarte|postkarte|umschlag)\b", re.IGNORECASE)
# A line that stands alone among the fields: "Inedita" (no edition before)
_ALONE = re.compile(r"^(?:inedit[ao]|unpublished|ungedruckt|inédite?)\.?$", re.IGNORECASE)
# An addressee's line that names both sides is a title, not a regesto's header: "Thomas Carlyle to Jane Welsh Carlyle"
_BOTH = re.compile(r"\s(?:to|a|an|à|aan|til|till)\s+[A-ZÀ-Þ]")
_INVERTED = re.compile(r"[A-ZÀ-Þ][\w'’-]+,\s+[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)*")
_FIELD = re.compile(r"^(?P<label>[A-ZÀ-Þ][\w. ]{0,30}?):\s+(?=\S)")
# Lines between headers that are headings: "Anno 1884", "Lettere senza data"
_HEADING = re.compile(r"^(?:anno|année|jahr|year)\s+\d{4}$|^lettere\s+(?:senza\s+data|non\s+datate)$", re.IGNORECASE)

WRITTEN_AT_EXAMPLES = (
    ("Milano, 6 febbraio 1879", ("Milano", {"when": "1879-02-06"})),
    ("[Milano, novembre 1880]", ("Milano", {"when": "1880-11", "cert": "medium"})),
    ("[Monza], 24 marzo 1885", ("Monza", {"when": "1885-03-24"})),
    ("Lucca, [seconda decade di aprile 1879]", ("Lucca", {"notBefore": "1879-04-11", "notAfter": "1879-04-20", "cert": "medium"})),
    ("[seconda decade di marzo 1890]", (None, {"notBefore": "1890-03-11", "notAfter": "1890-03-20", "cert": "medium"})),
    ("s.l. e s.d.", (None, None)),
    ("Torino, s.d.", ("Torino", None)),
    ("[s.l.], 12 maggio 1894", (None, {"when": "1894-05-12"})),
    ("[Torre del Lago?], 3 gennaio 1896", ("Torre del Lago", {"when": "1896-01-03"})),
    ("Cartolina postale", None),
)


def written_at(text: str, day_first: bool | None = None) -> tuple[str | None, DateValue | None] | None:
    """(place, date) of a header's line of where and when a letter was written, None if it is none."""
    found = _written_at(text, day_first)
    return found and found[:2]


def _written_at(text: str, day_first: bool | None) -> tuple[str | None, DateValue | None, str] | None:
    """(place, date, the date as written) of such a line."""
    text = text.strip()
    if _NEITHER.match(text):
        return None, None, ""
    supplied = text.startswith("[") and text.endswith("]") and text.count("[") == 1
    inner = text[1:-1] if supplied else text
    head, comma, tail = inner.partition(", ")
    place, when = (head, tail) if comma and (_PLACE.fullmatch(head) or _UNPLACED.match(head)) else (None, inner)
    if _UNDATED.match(when):
        value = None
    elif (value := parse_date(f"[{when}]" if supplied else when, day_first)) is None:
        return None
    if place is not None and _UNPLACED.match(place):
        place = None
    return (place.strip("[]?") if place else None), value, "" if value is None else (f"[{when}]" if supplied else when)


def _header(lines: Sequence[Line], i: int, day_first: bool | None) -> tuple[int, tuple[str | None, DateValue | None, str]] | None:
    """(the index of its first line, where and when) of a header whose type line is line ``i``:
    the addressee two lines above it, perhaps the number above that."""
    kind = lines[i].text.strip()
    if i < 2 or len(kind) > 160 or not _PIECE.match(kind) and ((found := doctypes.find(kind[:60])) is None
                                                                 or found[2] > (0 if len(kind) > 40 else 16)):
        return None  # (a type at the line's start, or in a short one: "Frammento di lettera?", "Minuta di lettera")
    addressee, at = lines[i - 2], lines[i - 1]
    if "blank" in (addressee.kind, at.kind) or _FIELD.match(addressee.text.strip()) or _BOTH.search(addressee.text) \
            or (read := _written_at(at.text, day_first)) is None:
        return None
    first = i - 2
    above = lines[i - 3] if i >= 3 else None
    if above is not None and above.kind != "blank" and not _FIELD.match(above.text.strip()) and not _BOTH.search(above.text) \
            and (i == 3 or lines[i - 4].kind == "blank" or _NUMBER.fullmatch(lines[i - 4].text.strip())):
        first = i - 3  # (an addressee over two lines: "Presidente e Componenti la Commissione per l'esposizione" / "provinciale, Lucca")
    if first >= 1 and lines[first - 1].kind != "blank" and lines[first - 1].text.strip() and _NUMBER.fullmatch(lines[first - 1].text.strip()):
        first -= 1
    return first, read


def _headers(lines: Sequence[Line], day_first: bool | None) -> dict[int, tuple[int, tuple[str | None, DateValue | None, str]]]:
    return {i: found for i in range(2, len(lines)) if (found := _header(lines, i, day_first)) is not None}


class Regesto(Layout):
    name = "regesto"
    description = "regesto: an edition's headers of one writer's letters (addressee, place and date, kind of piece, fields)"
    rule = ("an entry is a block: the addressee and where the letter went, where and when it was written, the kind of "
            "piece (\"Lettera\"), then labelled fields; its number and order number perhaps above it")

    def score(self, lines: Sequence[Line]) -> float:
        found = len(_headers(lines, False))
        return found + 0.5 if found >= 3 else 0

    def read(self, lines: Sequence[Line], listing: Listing) -> None:
        headers = _headers(lines, listing.day_first)
        if not headers:
            no_entries(listing, lines)
            return
        starts = {first: i for i, (first, _) in headers.items()}
        read_head(listing, lines[:min(starts)])
        i = min(starts)
        while i < len(lines):
            if i not in starts:
                line = lines[i]
                unused(listing, line, "a heading of the regesto (a year, a group of letters)" if _HEADING.match(line.text.strip())
                       else "a line between the regesto's headers")
                i += 1
                continue
            typed = starts[i]
            end = typed + 1
            while end < len(lines) and lines[end].kind != "blank" and end not in starts:
                end += 1
            self._entry(lines[i:end], typed - i, headers[typed][1], listing)
            i = end

    @staticmethod
    def _entry(block: Sequence[Line], typed: int, at: tuple[str | None, DateValue | None, str], listing: Listing) -> None:
        """One header: its number line (if any), addressee, place and date, type, fields."""
        numbered = _NUMBER.fullmatch(block[0].text.strip()) if typed >= 3 and block[0].text.strip() else None
        addressee, dated, kind = block[typed - 2], block[typed - 1], block[typed]
        written = " ".join(x.text.strip() for x in block[1 if numbered else 0:typed - 1])
        name, _, went = written.rpartition(", ")
        if not name or not _PLACE.fullmatch(went) or " " not in name.strip():
            name, went = written, ""
        if _INVERTED.fullmatch(name):
            name = natural_name(name)  # ("Adams, John": a name written surname first)
        entry = Entry(source=listing.source, first_line=block[0].number, last_line=block[-1].number,
                      date_text=at[2], date_line=dated.number, date=at[1],
                      title=f"To {name}" if not _NO_ONE.match(name) else "To unknown", title_line=addressee.number)
        entry.fields["type"] = kind.text.strip()
        if not _NO_ONE.match(name):
            entry.fields["recipient"] = name
            if went:
                entry.fields["recipient_place"] = went
        if at[0]:
            entry.fields["place"] = at[0]
        if (signed := _SIGNED.search(kind.text)) is not None:  # (who signed it: the writer among them)
            entry.fields["sender"] = re.sub(r"\s+(?:e|and|et|und)\s+|,\s+", "; ", (signed["bracketed"] or signed["listed"]).strip(" ."))
        if numbered is not None:
            if numbered["n"]:
                entry.fields["number"] = numbered["n"]
            if numbered["code"]:
                entry.idnos.append(("order", numbered["code"]))
        for line in block[typed + 1:]:
            text = line.text.strip()
            if entry.notes and not _FIELD.match(text) and not _ALONE.match(text) and not _ALONE.match(entry.notes[-1]):
                entry.notes[-1] += " " + text  # (a field's text goes on: "Edd.: parziale in" / "Paladini 1903, p. 16")
            else:
                entry.notes.append(text)
        listing.entries.append(entry)


__all__ = ["Regesto", "WRITTEN_AT_EXAMPLES", "written_at"]
