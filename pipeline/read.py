"""Raw listing text → entries, accounting for every line.

A listing is whatever an editor copied: a web page with its boilerplate, a calendar, a
table of contents. The reader classifies every line (``pipeline/lines.py``), lets a layout
(``pipeline/layouts``) find the entries, then checks every line the layout put into a
summary or left over for the shape of an entry, so that a missed entry is reported as a
*possible entry* with its line instead of vanishing into the text around it.
"""

from __future__ import annotations

import codecs
import itertools
import re
from dataclasses import replace
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from . import doctypes, pairs, wikitext
from . import layouts as layouts_mod
from .dates import MONTH_NAMES, SPAN, numeric_order
from .inflection import LITHUANIAN_GIVEN_NAMES, greek_name, lithuanian_name, slovak_name, polish_name, south_slavic_name, south_slavic_preferred
from .layouts import Layout
from .layouts.records import unglued
from .layouts.shared import in_capitals
from .lines import (BOILERPLATE, DATE_IN_TEXT, MAX_LINE, Line, classify, clean, clean_or_mark, join_wrapped_headings, opening,
                    opens_with_parties, rejoin_wrapped, renumber, runs_on, shape, split_run_in, title_like, trailing_date, UNDATED_AT_END)
from .listing import Entry, Listing, PossibleEntry, Unused
from .namekey import read_key
from .progress import progress
from .titles import record_heading

__all__ = ["BOILERPLATE", "FORMATS", "MAX_LINE", "Entry", "Listing", "PossibleEntry", "ReadError", "Unused",
           "clean", "decode", "parse_listing", "read_listing", "split_run_in"]

FORMATS = ("auto", *(layout.name for layout in layouts_mod.BUILT_IN))
# Characters XML 1.0 cannot hold; removed from the text (and reported).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


class ReadError(Exception):
    """Input that cannot be read at all (not text, unknown encoding)."""


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Bytes → text and the encoding used; UTF-8 first, BOMs honoured, cp1252 as last resort."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as err:
                raise ReadError(f"{name}: starts with a {encoding} byte-order mark but is not {encoding} "
                                f"({err.reason} at byte {err.start}); re-save it as UTF-8") from None
    sample = data[:4000]
    text = None
    if sample.count(b"\x00") > len(sample) // 4 and len(data) % 2 == 0:
        encoding = "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
        try:
            text = data.decode(encoding)  # (checked as any text is: a program's bytes decode too)
        except UnicodeDecodeError:
            pass
    if text is None:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _decode_lines(data)
    controls = sum(1 for c in text[:100_000] if ord(c) < 32 and c not in "\t\n\r\f\v")
    if controls > max(8, min(len(text), 100_000) // 100):
        raise ReadError(
            f"{name}: does not look like text ({controls} control characters in the first "
            "100,000); save the listing as plain text (UTF-8) and run again"
        )
    return text, encoding


def _decode_lines(data: bytes) -> tuple[str, str]:
    """Not UTF-8 as a whole: each line as UTF-8 if it is, else as cp1252 (files pasted
    together from two sources mix them). The encoding names which lines needed cp1252."""
    lines, fallback, utf8 = [], [], 0
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            lines.append(raw.decode("utf-8"))
            utf8 += not raw.isascii()
        except UnicodeDecodeError:
            lines.append(raw.decode("cp1252", errors="replace"))
            fallback.append(number)
    if not utf8:  # no line needs UTF-8: a cp1252 file
        return data.decode("cp1252", errors="replace"), "cp1252"
    shown = ", ".join(map(str, fallback[:10])) + (", …" if len(fallback) > 10 else "")
    return "\n".join(lines), f"utf-8, with cp1252 on line(s) {shown}"


def _encoding_notes(text: str, encoding: str, listing: Listing) -> None:
    """What a reader of the report must know of a file that is not UTF-8: it was read as Windows
    text (cp1252), which may be the wrong guess (a Polish Latin-2 file reads "Ko³±taj"), and the
    lines where a byte no encoding tried could read was replaced by "�"."""
    if "cp1252" not in encoding:
        return
    read_as = "read as Windows text (cp1252)" if encoding == "cp1252" else f"read as {encoding}"
    listing.notes.append((1, f"not UTF-8: {read_as}; if letters look wrong (\"Ko³±taj\" for \"Kołłątaj\"), "
                             "save the file as UTF-8 and run again"))
    for number, line in enumerate(lines_of(text), start=1):
        if "\ufffd" in line:
            listing.notes.append((number, "a byte no encoding tried could read is replaced by \"\ufffd\" here: "
                                          "save the file as UTF-8 and run again"))


class UnknownLayout(ValueError):
    """--format names a layout that neither corresp nor the edition defines."""


def read_listing(path: Path, layout: str = "auto", own: Sequence[Layout] = (), day_first: bool | None = None) -> Listing:
    """Read one listing file; raises ReadError only when it is not text at all.

    ``own``: the edition's layouts (edition.toml [[layout]]), tried before the built-in ones.
    ``day_first``: numeric dates are day first ([edition] day_first).
    """
    text, encoding = decode(path.read_bytes(), str(path))
    return parse_listing(text, path.name, encoding, layout, own, day_first)


# Characters Python's splitlines() would take for line breaks, but editors' tools do not count
# as lines: a form feed (pdftotext's page break), a vertical tab, U+2028 … They are layout
# space inside a line, and XML cannot hold some of them anyway.
_LAYOUT_SPACE = str.maketrans({c: " " for c in "\f\v\x1c\x1d\x1e\x85\u2028\u2029"})


def lines_of(text: str) -> list[str]:
    """The lines of a text as an editor's tools number them: broken at "\n" only ("\r\n" too;
    a file with nothing but "\r" is an old Mac file, broken there)."""
    if "\n" not in text and "\r" in text:
        text = text.replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the final newline ends the last line, it does not start another
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def classify_text(text: str, listing: Listing) -> list[Line]:
    """Every line of the text, cleaned and classified; characters XML cannot hold are removed."""
    raw = [line.translate(_LAYOUT_SPACE) for line in lines_of(text)]
    listing.line_count = len(raw)
    for i, line in enumerate(raw):
        if _NOT_XML.search(line):
            count = len(_NOT_XML.findall(line))
            raw[i] = _NOT_XML.sub("", line)
            listing.notes.append((i + 1, f"{count} control character(s) removed: XML cannot hold them"))
    lines = [classify(i + 1, clean_or_mark(line), listing.day_first)
             for i, line in progress(enumerate(raw), f"reading {listing.source}: lines", total=len(raw))]
    renumber(lines, listing.day_first)
    rejoin_wrapped(lines)
    for line, text in zip(lines, raw):
        line.raw = text
    join_wrapped_headings(lines, listing.day_first)
    return lines


def order_of(lines: Sequence[str], listing: Listing) -> None:
    """The order of the file's numeric dates where the file shows it (dates.numeric_order),
    said in the report for the editor to confirm: a listing rarely says it in words."""
    found = numeric_order(lines)
    if found is not None:
        listing.day_first = found[0]
        listing.notes.append((found[1], f"numeric dates are read {'day' if found[0] else 'month'} first in this file, "
                                        f"as {found[2]} here shows ([edition] day_first = true sets day first "
                                        "for every file)"))


# Layouts that score within a tenth of the best are a near tie, settled by reading the first
# lines with each: the one whose entries have a date and a party more often wins (then the
# one listed first). A register of one person's letters ("12. An X. Kassel, 3. Mai 1850.")
# scores as a contents page does, and only one of them reads it.
_NEAR_TIE = 0.1
_WIDE_TIE = 0.5  # (… or within half of it, where the best reads no letter in the first lines)
_WIDE_TRIAL = 3  # (… or reads a few, a third or less of another's letters there)
_TRIAL_LINES = 2000


def choose(lines: Sequence[Line], layout: str = "auto", own: Sequence[Layout] = (), label: str = "") -> Layout | None:
    """The layout to read with: the one named, or the best-scoring one (None: nothing fits);
    ``label``: of the progress shown while the layouts are tried."""
    if layout == "auto":
        scored = layouts_mod.ranked(lines, own, label)
        best = scored[0][0] if scored else 0
        close = [candidate for score, candidate in scored if score >= best * (1 - _NEAR_TIE)]
        if len(close) > 1:
            order = [*own, *layouts_mod.BUILT_IN]
            return max(close, key=lambda candidate: (_trial(lines[:_TRIAL_LINES], candidate), -order.index(candidate)))
        # (the best, further ahead, that reads no letter at all, or a few, where another reads
        # several times as many: "1.  1639, March 3. Dublin." over "A to B." read as paragraphs by
        # blocks, as items by the inventory; an inventory's items under a shelf mark, a date first
        # in some, read by blocks as a few long paragraphs)
        wide = [candidate for score, candidate in scored[1:] if score >= best * _WIDE_TIE]
        if wide:
            first = _trial(lines[:_TRIAL_LINES], scored[0][1])
            trials = [(_trial(lines[:_TRIAL_LINES], candidate), -k, candidate) for k, candidate in enumerate(wide)]
            if (found := max(trials, key=lambda t: t[:2]))[0] > _WIDE_TRIAL * first:
                return found[2]
        return scored[0][1] if scored else None
    chosen = layouts_mod.by_name(layout, own)
    if chosen is None:
        raise UnknownLayout(f"--format {layout}: no such layout; choose one of "
                            f"{', '.join(['auto', *layouts_mod.names(own)])}")
    return chosen


# A file may hold parts in different shapes: letters received, by correspondent; letters sent;
# letters between others. Headings such as "II. INVENTÁRIO DAS CARTAS …", "B. BREV FRÅN …",
# "PART A. TELEGRAMS" part it; where the parts fit different layouts, each is read in its own.
_PART_HEADING = re.compile(r"^(?:(?P<label>part|section|book|teil|abschnitt|buch|partie|livre|parte|sección|del|deel|"
                           r"sezione|abteilung|część|cz\.|oddíl|část|osa|avdelning)\s+)?(?:[IVX]{1,5}|[A-H])[.)](?:\s+(?P<words>[^(\[]{3,100})|\s*$)",
                           re.IGNORECASE)


# A part named in lower case by what it holds, as a Nachlass's inventory heads them: its words for
# letters, papers, manuscripts or collections ("III. Briefe an X", "VI. Autographensammlung …")
_NAMED_PART = re.compile(r"\b(?:briefe|korrespondenz|briefwechsel|[a-zäöü]*sammlung|sammlungen|werkmanuskripte|"
                         r"manuskripte|lebensdokumente|dokumente|letters|correspondence|papers|manuscripts|writings|"
                         r"collection|lettres|correspondance|papiers|lettere|carteggio|cartas|correspondencia|"
                         r"pisma|korespondencija|kirjeet|kirjeenvaihto|korespondence|korespondencja|cartes|correspondència)\b",
                         re.IGNORECASE)
# … or numbered as an archive's catalogue numbers its sections, "4.1 PAPER CORRESPONDENCE, 1968-1999",
# "2.3. Obiteljska korespondencija" (a span of years may close it: no page number)
_DECIMAL_PART = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\s+(?P<words>[^\d(\[]{3,100}?)(?:,?\s+\d{4}\s*[-–]\s*\d{4})?$")


# … or a library catalogue's volume headings, where no part is labelled: a shelf mark over the
# volume's description ("Rkps 2211 III" over "Listy do Feliksa Jabłonowieckiego …"), a heading in
# capitals alone ("NABYTKI POJEDYNCZE"; no running head: it has its page's number).
_SHELF_HEADING = re.compile(r"^(?:Rkps|Rps|Sygn\.|Sign\.|Ms\.?|MS|Cod\.|Teczka|Fasc\.)\s+\d[\w./-]*(?:\s+[IVX]{1,4})?$"
                            r"|^\d{3,6}\s?/?\s?[IVX]{1,4}$"  # (a shelf mark alone, number and series: "1216 III", "1216/II")
                            r"|^(?i:фонд|опись)\s*№\s*\d+[а-яa-z]?$")  # (a Russian archive's fonds and inventories)
_CONTAINER_HEADING = re.compile(r"^(?i:Eske|Pakke|Kasse|Kapsel|Kansio|Arkistokotelo|Kotelo|Låda|Kartong|Volym|Karton|"
                                r"Schachtel|Kassette|Volumen|Tomo|Legajo)\s+\d{1,3}[a-z]?$")
_MONTH_WORD = re.compile(rf"\b(?:{MONTH_NAMES})\b", re.IGNORECASE)  # ("JANUARY", a calendar's month: no part)
_BARE_SHELF = re.compile(r"^\d{3,6}$")  # (… or its number alone, only among labelled ones: a page's number is one too)
_LISTING_NAME = re.compile(r"(?i:container\s+list|box\s+list|folder\s+list|inventory|calendar|list\s+of\s+letters|"
                           r"finding\s+aid|further\s+correspondence|répertoire\s+numérique(?:\s+détaillé)?|inventaire|"
                           r"findbuch|verzeichnis)\.?(?:,\s[^,]{2,40}(?:,\s\d{4})?)?")
#                          (a Blue Book's papers after its list; "Répertoire numérique détaillé, dactylographié, 1957")
_CAPITALS_HEADING = re.compile(r"^[^\W\d_a-zà-ÿ]{3,}(?:\s[^\W\d_a-zà-ÿ]{2,}){1,5}$")


def _parts(lines: Sequence[Line], own: Sequence[Layout], whole: Layout | None = None) -> list[tuple[int, Layout | None]]:
    """The parts of a file that are read in layouts of their own: (index of the first line,
    layout) each, or [] when the file has no part headings or all its parts fit one layout.
    A part keeps the ``whole`` file's layout where that reads as many of its entries with a
    date and a party (_trial): a part's own counts are small, and a heading is no reason to
    read on differently."""
    def named(words: str) -> bool:  # "V. Briefe Dritter", "VI. Autographensammlung der Familie X": a part named
        return len(words.split()) <= 8 and not any(c.isdigit() for c in words) and not opens_with_parties(words) \
            and bool(_NAMED_PART.search(words))

    starts = [i for i, line in enumerate(lines)
              if (i == 0 or lines[i - 1].kind == "blank") and (m := _PART_HEADING.match(line.text))
              and (in_capitals(m["words"]) or named(m["words"]) if m["words"] else  # ("SECTION II." over its title in capitals)
                   bool(m["label"]) and i + 1 < len(lines) and in_capitals(lines[i + 1].text.split("(")[0]))
              and not DATE_IN_TEXT.search(line.text) and not re.search(r"\d\W*$", line.text)]  # (no page number)
    # … or a heading in capitals set in the middle of the line between blank lines, as printed
    # editions head their index, regesto and inventory ("REGESTO", "INVENTARIO DEL CARTEGGIO
    # RICEVUTO (BCV, …)"); headings over headings are one ("LETTERE RITROVATE …" over "REGESTO")
    centred = [i for i, line in enumerate(lines) if 0 < i < len(lines) - 1 and lines[i - 1].kind == lines[i + 1].kind == "blank"
               and len(line.raw) - len(line.raw.lstrip()) >= 8
               and in_capitals(line.text, 6) and not re.search(r"\d\W*$", line.text) and not DATE_IN_TEXT.search(line.text)
               and not _MONTH_WORD.search(line.text)]
    # (not a running head, the same words at the top of every page: "LIST OF LETTERS")
    heads = Counter(line.text.strip() for line in lines if line.kind != "blank")
    centred = [i for k, i in enumerate(centred) if not (k and all(x.kind == "blank" for x in lines[centred[k - 1] + 1:i]))
               and heads[lines[i].text.strip()] == 1]
    starts += [i for k, i in enumerate(centred)  # (not a title page's: little under it before the next heading)
               if sum(x.kind != "blank" for x in lines[i + 1:centred[k + 1] if k + 1 < len(centred) else len(lines)]) >= 2]
    # … or a box or volume of an archive's register, each a list of its own kind ("Eske 3" over "Brev
    # fra sogneprest X", "Eske 4" over "Familiebrev", "VOLUMEN 17" over a table): its heading alone
    starts += [i for i, line in enumerate(lines) if (i == 0 or lines[i - 1].kind == "blank") and i + 1 < len(lines)
               and _CONTAINER_HEADING.match(line.text) and (lines[i + 1].kind in {"blank", "separator"}
                                                             or re.fullmatch(r"\(.{3,60}\)", lines[i + 1].text))]
    #                                                          ("VOLUMEN 17" over "(Papeles sueltos)")
    # … or a listing of another kind after the first, under its name ("JOSIAH X PAPERS" over
    # "Container List" after a calendar of the same papers): from the heading over that name
    listings = [i - 1 if i > 1 and lines[i - 1].kind != "blank" and lines[i - 2].kind == "blank" else i
                for i, line in enumerate(lines) if i and _LISTING_NAME.fullmatch(line.text.strip()) and heads[line.text.strip()] == 1
                and (lines[i - 1].kind == "blank" or i > 1 and lines[i - 2].kind == "blank")]
    decimal = [i for i, line in enumerate(lines) if (i == 0 or lines[i - 1].kind == "blank")
               and (m := _DECIMAL_PART.match(line.text)) and (in_capitals(m["words"]) or named(m["words"]))]
    starts = sorted({*starts, *decimal})
    from .layouts.tables import header
    first = starts[1] if len(starts) > 1 and starts[0] <= 40 and starts[0] not in decimal else starts[0] if starts else 0
    #       (the file's head: no part; a numbered section is one: "3.2 CORRESPONDENCE DATABASE" over its table)
    if starts and any(line.kind != "blank" and header(line) for line in lines[:first]):
        starts = []  # a table's header over the part headings: its rows go on under them (not a table in
        #              a part of its own: "VOLUMEN 17" over one after volumes of numbered items)
    starts = sorted({*starts, *listings})  # (a listing of another kind named after the table: a part)
    # … a catalogue's volumes or an archive's inventories: "Rkps 2211 III" over what it holds (then
    # "NABYTKI POJEDYNCZE" too), "Фонд № 318" over "ОПИСЬ № 2": each a list of its own
    shelves = [i for i, line in enumerate(lines) if 0 < i < len(lines) - 1 and lines[i - 1].kind == "blank"
               and _SHELF_HEADING.match(line.text) and lines[i + 1].kind != "blank"]
    if shelves:  # (then a shelf mark without its label too: "1235" over "Miscellanea …")
        shelves += [i for i, line in enumerate(lines) if 0 < i < len(lines) - 1 and lines[i - 1].kind == "blank"
                    and _BARE_SHELF.match(line.text) and lines[i + 1].kind == "text"]
    if shelves and not starts:
        shelves += [i for i, line in enumerate(lines) if 0 < i < len(lines) - 1
                    and lines[i - 1].kind == lines[i + 1].kind == "blank" and _CAPITALS_HEADING.match(line.text)]
    starts = sorted({*starts, *shelves})
    volumes = len(shelves) >= 2  # (a catalogue's volumes: as many as it has, each read on its own)
    if not (2 <= len(starts) <= (len(lines) if volumes else 12) or len(starts) == 1 and (
            starts[0] > 40 or starts[0] in listings and sum(line.kind != "blank" for line in lines[:starts[0]]) >= 6)):
        return []  # (one: a second inventory under the first)
    bounds = [0, *starts[1:], len(lines)] if starts[0] <= 40 and starts[0] not in listings else [0, *starts, len(lines)]
    parts = [(a, _part_layout(lines[a:b], own, whole)) for a, b in zip(bounds, bounds[1:])]
    if len({layout.name for _, layout in parts if layout is not None}) < (1 if volumes else 2):
        return []
    return parts


def _part_layout(part: Sequence[Line], own: Sequence[Layout], whole: Layout | None) -> Layout | None:
    best = choose(part, "auto", own)
    if best is None or whole is None or best is whole:
        return best
    return whole if _trial(part[:_TRIAL_LINES], whole) >= _trial(part[:_TRIAL_LINES], best) else best


def _read_parts(lines: Sequence[Line], parts: list[tuple[int, Layout | None]], listing: Listing) -> None:
    """Each part read in its own layout; the file's head (collection, description) is the first
    part's, and a later part's heading lines are reported as its heading."""
    bounds = [a for a, _ in parts[1:]] + [len(lines)]
    names: list[str] = []
    for (start, layout), end in zip(parts, bounds):
        part = lines[start:end]
        target = listing if start == 0 else Listing(source=listing.source, encoding=listing.encoding,
                                                     day_first=listing.day_first, span=listing.span)
        listing.parts.append((part[0].number, layout.name if layout else "none"))
        if layout is None:
            for line in part:
                layouts_mod.unused(listing, line, "page text (no layout recognised this part of the file)")
            continue
        layout.read(part, target)
        names += [layout.name] if layout.name not in names else []
        if target is not listing:
            if target.entries:  # a part's heading may name its writer ("Listy X do …")
                _writer(target, part, part=True)
                for entry in target.entries if target.writer else ():
                    entry.fields.setdefault("writer", target.writer)
            listing.entries += target.entries
            listing.possible += target.possible
            listing.notes += target.notes
            heads = {target.collection_line, target.description_line} - {0}
            listing.unused += [Unused(u.line, u.text, "a heading of a part of the file")
                               if u.reason == "page text before the first entry" and u.line == part[0].number
                               else u for u in target.unused]
            listing.unused += [Unused(line.number, line.text, "a heading of a part of the file") for line in part
                               if line.number in heads]
    listing.unused.sort(key=lambda u: u.line)
    listing.layout = " + ".join(names)


def _span(lines: Sequence[Line]) -> tuple[int, int] | None:
    """The span of years a heading in the file's first lines gives its papers ("1968-2003")."""
    for line in lines[:20]:
        if (m := SPAN.search(line.text)) and int(m["a"]) < int(m["b"]):
            return int(m["a"]), int(m["b"])
    return None


_LATER_PART = 12  # non-blank lines at least, after the last entry, that another layout reads
_LATER_LETTERS = 3  # … as letters, at least


def _later_part(lines: Sequence[Line], listing: Listing, own: Sequence[Layout], chosen: Layout) -> tuple[int, Layout] | None:
    """Where a file goes on in another shape with no heading to say so (an archive's list of
    items, then the same fonds' notices "Cote : … / Intitulé : …" copied under it): the lines
    after the last entry the file's layout read, if another layout reads letters in them."""
    if not listing.entries:
        return None
    end = max(entry.last_line for entry in listing.entries)
    start = next((i for i, line in enumerate(lines) if line.number > end), len(lines))
    tail = lines[start:]
    if sum(line.kind != "blank" for line in tail) < _LATER_PART:
        return None
    other = choose(tail, "auto", own)
    if other is None or other is chosen or _trial(tail[:_TRIAL_LINES], other) < _LATER_LETTERS:
        return None
    later = Listing(source="", encoding="utf-8")
    other.read(tail, later)
    read = {(e.date.start if e.date else None, _gist(e.title)) for e in listing.entries}
    again = sum((e.date.start if e.date else None, _gist(e.title)) in read for e in later.entries)
    return None if again * 2 >= len(later.entries) else (start, other)  # (an editor's notes on the letters
    #                                                                     read, each named again: no part)


def _gist(title: str) -> str:
    """A title's first words, its numbering off: the same letter named again."""
    return " ".join(re.sub(r"^\W*\w{1,6}[.)]\s+", "", title).lower().split()[:4])


def _trial(lines: Sequence[Line], layout: Layout) -> int:
    """How many entries of the first lines ``layout`` reads with a date and a party."""
    from .titles import titles_for

    listing = Listing(source="", encoding="utf-8")
    layout.read(lines, listing)
    if listing.entries:  # (with the writer a heading names: "A to AT", AT his initials; both parties: pairs.py)
        _writer(listing, lines)
        pairs.assign(listing, lines)
    return sum(1 for entry, title in zip(listing.entries, titles_for(listing.entries, listing.writer))
               if entry.date is not None and (title.senders or title.recipients)
               and not ("addressee" in entry.fields and pairs.read_pair(entry.title)))  # (a pair's heading read as a title)


def parse_listing(text: str, source: str, encoding: str = "utf-8", layout: str = "auto",
                  own: Sequence[Layout] = (), day_first: bool | None = None) -> Listing:
    listing = Listing(source=source, encoding=encoding, day_first=day_first)
    _encoding_notes(text, encoding, listing)
    markup: dict[int, str] = {}
    written = shown = lines_of(text)
    if wikitext.is_wikitext(written):
        shown = wikitext.plain_lines(written, markup)
        text = "\n".join(shown) + "\n"
        listing.notes.append((1, "a wiki page's source: its markup is read as the page shows it "
                                 "({{TOC row}}, [[links]], a wikitable's rows), line for line"))
    elif (apart := unglued(written)) is not None:
        shown = apart
        text = "\n".join(shown) + "\n"
        first = next(n for n, (a, b) in enumerate(zip(written, shown), 1) if a != b)
        listing.notes.append((first, "labels run into their values, as a web page's fields copy (\"TipsTeksts\"): "
                                     "each read with its value set apart (\"Tips: Teksts\")"))
    if day_first is None:
        order_of(shown, listing)
    lines = classify_text(text, listing)
    listing.span = _span(lines)
    chosen = choose(lines, layout, own, f"reading {source}: which layout")
    parts = _parts(lines, own, chosen) if layout == "auto" and chosen is not None else []
    if parts:
        _read_parts(lines, parts, listing)
    elif chosen is None:  # no entries: nothing to attach a collection title to; report every line
        listing.layout = "none"
        for line in lines:
            layouts_mod.unused(listing, line, "page text (no layout recognised this file)")
    else:
        listing.layout = chosen.name
        before = (list(listing.notes), listing.day_first)
        chosen.read(lines, listing)
        if layout == "auto" and (later := _later_part(lines, listing, own, chosen)) is not None:
            listing = Listing(source=source, encoding=encoding, day_first=before[1], notes=before[0], span=listing.span)
            _read_parts(lines, [(0, chosen), later], listing)
    if listing.entries:
        _trailing_page_text(listing)
        last = listing.entries[-1]
        punctuated = _summaries_end_in_full_stops(listing)
        ending = (last.summary or [last.title])[-1]
        unfinished = not _SENTENCE_END.search(ending)
        if unfinished and (not text.endswith(("\n", "\r")) or last.summary and punctuated):
            last.flags.append("the input ends inside this entry: it may be cut off")
    find_possible_entries(listing, lines)
    if listing.entries:
        _writer(listing, lines)
        if listing.writer is None and listing.layout == "records":
            _writer_of_the_fields(listing, lines)
        _title_page_years(listing, lines)
        pairs.assign(listing, lines)
        read_key(listing)
        _legend_codes(listing)
    if markup:  # (the lines of markup alone, blank to the layouts: said as such, with their text)
        listing.unused = sorted(listing.unused + [Unused(n + 1, written[n], reason) for n, reason in markup.items()],
                                key=lambda u: u.line)
    return listing


_SENTENCE_END = re.compile(r"[.!?\"”’)\]:]$")

# The words of a personal fonds' title page (Czech, Croatian, Slovene, German, Polish), before or after its person's name
_FONDS_WORDS = (r"(?:soupis\s+)?osobního\s+fondu|osobní\s+fond|osobni\s+(?:arhivski\s+)?fond|osebni\s+fond|pozůstalost|nachlass|nachlaß|spuścizna|"
                r"(?:archief|papieren|nalatenschap)\s+van")  # ("I. ARCHIEF VAN JACOB VAN DER HOEVEN (1741-1809)")
# "THE LETTERS OF HARRIET VANE", "The Hague Letters of X" (a place's), "Briefe von Friederike Lorenz an ihre Freunde", "Correspondance
# de Voltaire": the heading of a one-writer edition, naming its writer. One row per language.
_SLAVIC_WRITER_WORDS = r"(?:pisma|korespondenca|korespondencija)\s+(?=(?-i:[A-ZČŠŽĆĐ][a-zčšžćđ]+\s+[A-ZČŠŽĆĐ]))"
WRITER_HEADINGS = (
    # ("The Correspondence of X — Calendar", "Calendar of the correspondence of X (1809–1882)")
    rf"(?:{_FONDS_WORDS})\s+",  # a personal fonds (joined from its title page)
    r"(?:(?:an?\s+|the\s+)?(?:(?:digital|critical|scholarly|online|annotated)\s+)*edition\s+of\s+)?"  # ("A digital edition of the letters of X")
    r"(?:(?:an?\s+)?(?:calendar|list|catalogue|check-?list|index|table)\s+of\s+)?(?:the\s+)?(?:(?-i:[A-Z][a-zA-Z]+|[A-Z]{2,})\s+(?=letters\s))?(?:(?:selected|familiar|private|collected|early|later?|unpublished|executive|official|personal|"
    r"political|diplomatic)\s+)?(?:letters|correspondence|writings|papers|"
    r"letter-?\s?books?|copy-?\s?books?|letter-?\s?journals?|letter-?\s?registers?)\s+of\s+",  # ("THE LETTER-BOOK OF MARIA VANE")
    r"(?:die\s+|der\s+|das\s+)?(?:(?:ausgewählte|gesammelte|sämtliche|unveröffentlichte)\s+)?(?:briefe|briefwechsel|briefbuch|kopierbuch|korrespondenz)\s+"
    r"(?:von|des|der)\s+",
    r"(?:(?:lettres|correspondance)(?:\s+(?:inédites|choisies|générale|complète))?)\s+(?:de|d['’]|du)\s*",
    # a part of a person's papers, both ways: "1. Lettres adressées par X", "2. Lettres reçues par X",
    # "Letters written by X", "Letters received by X" (its items name the other side: "À Y", "De Y")
    r"(?:lettres|correspondance|minutes\s+de\s+lettres)\s+(?:adressées|écrites|envoyées|expédiées|reçues)\s+par\s+",
    r"lettres(?:\s+missives)?\s+(?:adressées|écrites|envoyées)\s+(?:à|aux?)\s+(?!(?:La|Le|Les)\s+[A-ZÀ-Þ][\w'’-]+$|L['’])",
    #          ("Lettres missives adressées aux consuls de X": a town's letters received; not "Lettres écrites à
    #          La Haye", a place)
    r"(?:letters|correspondence)\s+(?:written|sent|received)\s+by\s+",
    # registers of one person's letters both ways: "Verzeichnis der Briefe von und an X", "Letters to and from X"
    r"(?:verzeichnis\s+der\s+)?(?:briefe|korrespondenz)\s+(?:von\s+und\s+an|an\s+und\s+von|an)\s+",
    r"(?:the\s+)?(?:letters|correspondence)\s+(?:to\s+and\s+from|from\s+and\s+to|to)\s+",
    r"(?:epist[oó]l[aá]rio|esp[oó]lio|correspond[eê]ncia|carteggio|brieven|correspondentie|briefwisseling)\s+(?:de|do|da|di|van)\s+",
    r"edizione\s+nazionale\s+(?:delle\s+opere|degli\s+scritti|dei\s+carteggi|del\s+carteggio|dell['’]epistolario)\s+di\s+",
    # ("Edizione nazionale delle opere di X" over its "Epistolario": X's letters)
    r"(?:lettere|cartas)(?:\s+(?:inedite|scelte|familiari|inéditas))?\s+(?:di|de|del|della|dello)\s+",  # "Lettere di X e a lui dirette"
    # (Greek, the name in the genitive or, to him, the accusative: "Α΄. ΕΠΙΣΤΟΛΕΣ ΤΟΥ ΝΙΚΟΛΑΟΥ ΒΑΛΣΑΜΑΚΗ",
    # "Β΄. ΕΠΙΣΤΟΛΕΣ ΠΡΟΣ ΤΟΝ ΝΙΚΟΛΑΟ ΒΑΛΣΑΜΑΚΗ"; heading_writer)
    r"(?:επιστολ[έε]ς|επιστολα[ίι]|αλληλογραφ[ίι]α|γρ[άα]μματα)\s+(?:προς\s+)?(?:του|της|τον|την|τη)\s+",  # (capitals bear no accents)
    r"(?:brev|breve|embetsskriv|embedsskrivelser)\s+(?:till|til|från|fra)(?:\s+och\s+(?:till|från))?\s+(?:(?-i:[a-zåäöæø]+)\s+)?",
    # ("Brev til H. T. Brekke fra forskjellige", "Brev fra sogneprest H. T. Brekke", "Embetsskriv til X som sogneprest")
    r"(?:listy|korespondencja)\s+(?:(?:różnych|rozmaitych)\s+osób\s+)?(?:do\s+)?(?:(?:p|ks|hr|dr|prof|bpa|bp|gen)\.?\s+)?",
    # (a Polish catalogue's volume: "Listy X do różnych osób", "Listy do X", "Listy do p. Anny X", a form of
    # address; "Listy różnych osób do bpa X")
    # a Slovene or Croatian fonds' part, its person in the genitive: "1. Pisma Jakoba Verbiča" (read in the nominative)
    _SLAVIC_WRITER_WORDS,
    # a Spanish catalogue's box: "CARTAS DIRIGIDAS A DON X", "MINUTAS Y COPIAS DE CARTAS DE X"
    r"(?:(?:minutas|copias|borradores)(?:\s+y\s+(?:minutas|copias|borradores))?\s+de\s+)?(?:cartas|correspondencia)\s+"
    r"(?:dirigidas\s+[aá]|recibidas?\s+por|escritas?\s+por|enviadas?\s+por|expedidas?\s+por|de)\s+"
    r"(?:(?:d|don|doña|dña)\.?\s+(?=[A-ZÀ-Þ][a-zà-ÿ]))?",  # ("Cartas dirigidas á D. Fernando de Arellano": don)
)
_SLAVIC_WRITER = re.compile(rf"^(?:(?:[IVX]{{1,5}}|[A-H]|\d{{1,2}})[.)]\s+)?{_SLAVIC_WRITER_WORDS}", re.IGNORECASE)
_WRITER = re.compile(rf"^(?:(?:[IVX]{{1,5}}|[A-H]|[Α-Θ]΄?|\d{{1,2}})[.)]\s+|\d{{4}}\s*[-–]\s*\d{{4}}\.\s*[—–]\s*)?(?:{'|'.join(WRITER_HEADINGS)})"
#                    (a French inventory's bundle: "1562-1588. — Lettres missives adressées aux consuls de X. — …")
                     r"(?:the\s+(?=(?:rev|revd|right|hon|dr|late)\b))?"  # ("THE LETTERS OF THE REV. X")
                     r"(?:(?:rev|revd|right\s+rev|right\s+hon|hon|dr|late|conte|contessa|marchese|marchesa|abate|"
                     r"cavaliere|cav|padre|dottor|professore|prof)\.?\s+)*"
                     r"(?P<name>(?:[A-ZÀ-Þ]\.\s?){1,3}[A-ZÀ-Þ][\w'’-]+|(?:[A-ZÀ-Þ][\w'’-]+\s+){1,2}(?:[A-ZÀ-Þ]\.\s*)+[A-ZÀ-Þ][\w'’-]+"
                     r"|[^,.;:()\[\]]+?)"  # ("C. F. Ekström", "Obadiah P. Brantingham": initials)
                     r"(?=\s*(?:$|[,.;:(\[—–/]|\s-\s|(?<=\S)\s{3,}|\s+(?:to|an|à|and|und|et|e|with|mit|avec|in|im|volume|vol\.|band|tome|do|z|por|"
                     r"fra|från|til|till|som|og|och|al|alla|ai|agli|(?-i:w|we))\b"  # (Polish "w": "Listy do X w Archiwum …")
                     r"|\s+y\s+(?!(?-i:[A-ZÀ-Þ]))))",  # (Spanish "y" joins two surnames: "ARRIETA Y SALCEDO")
                     re.IGNORECASE)


# … the writer's name first ("Carl Gustav Haberland: Briefwechsel. Band IV"), or the two-way
# phrase inside an introduction's sentence ("… alle bekannten Briefe von und an Carl Gustav Haberland")
_WRITER_FIRST = re.compile(r"^(?!(?:series|sub-?series|serie|part|section|box|folder|volume|file|teil|abteilung|band)\b)"
                           r"(?P<name>[^:,.;()\[\]\d]{5,60}):\s+(?:briefwechsel|briefe|correspondence|letters|lettres|"
                           r"correspondance|carteggio|epistolario|lettere|cartas|brevväxling|brevveksling)\b"
                           # (an online edition's banner, the whole line: "JACOB HOOGENDIJK · DE BRIEVEN", "Vincent van
                           # Gogh - De brieven"; its name a person's: _BANNER_WORDS)
                           r"|^(?P<banner>[^:,.;()\[\]\d·•|–—-]{5,40}?)\s+[·•|–—-]\s+(?:(?:the|de|die|les|le)\s+)?"
                           r"(?:briefwechsel|briefe|letters|lettres|correspondance|carteggio|epistolario|lettere|cartas|brieven|"
                           r"briefwisseling)$"
                           r"|^(?P<hu>[^:,.;()\[\]\d]{5,60}?)\s+(?:levelezése|levelei)$"  # (Hungarian: "X levelezése")
                           # (Swedish, Danish, Norwegian: the name in the genitive, "NILS PETTER HALLBERGS BREVSAMLING")
                           r"|^(?P<sv>[^:,.;()\[\]\d]{5,60}?)s\s+(?:brevsamling|brevsamlinger|brev|breve|papper|papirer|"
                           r"arkiv|efterlämnade\s+papper)$"
                           # (Finnish, the genitive's -n: "LAURI HIRVENSALON ARKISTO", "Kalle Virtasen kirjeenvaihto")
                           r"|^(?P<fi>(?:[A-ZÅÄÖ]\.\s?){0,3}[^:,.;()\[\]\d]{4,60}?)n\s+(?:arkisto|kirjeenvaihto|kirjekokoelma|kirjeet|"
                           r"kirjeitä(?:\s+ja\s+\w+)?)$"  # ("J. F. ILMONIUKSEN KIRJEITÄ JA MATKAKERTOMUKSIA")
                           # (Lithuanian, the genitive: "I. KAZIO EIDRIGO LAIŠKAI", "Balio Sruogos laiškai")
                           r"|^(?:[IVX]{1,5}\.\s+)?(?P<lt>(?:[A-ZĄČĘĖĮŠŲŪŽ]\.\s?){0,3}[^:,.;()\[\]\d]{4,60}?)\s+(?:laiškai|korespondencija|"  # ("J. VALIUKĖNO LAIŠKAI")
                           r"laiškų\s+archyvas|elektroninis\s+laiškų\s+archyvas)$"
                           # (Chinese: the writer's name, then "his letters": "林秋帆书信集", "林秋帆书简"; not
                           # "程望溪家藏书信集", the letters his family kept, "胡适来往书信选", both ways)
                           r"|^(?P<cn>[\u3400-\u9fff]{2,3})(?:书信集|書信集|书信选集|书信选|書信選|书简|書簡|书札|書札|尺牍|尺牘|家书|家書)$"
                           # (Ukrainian, the genitive after "Листи": "Листи Петра Завадовича")
                           r"|^(?:листи|листування)\s+(?P<uk>[А-ЯІЇЄҐ][^:,.;()\[\]\d]{4,60})$", re.IGNORECASE)
# Words of a banner that names a collection, an institution or a part, not a person
_BANNER_WORDS = re.compile(r"\b(?:papers|family|museum|library|collections?|archives?|archief|files?|mail|years|university|"
                           r"special|digital|personal|browse|manuscripts|general|incoming|outgoing|early|late|selected|search|"
                           r"home|society|institute|foundation|trust|cent(?:er|re)|college|project|edition|editie|online|"
                           r"stadsarchief|rijksarchief|gemeentearchief|bibliotheek|bibliothek|nachlass|familie)\b", re.IGNORECASE)
_WRITER_BOTH = re.compile(r"\blettere\s+(?:indirizzate|dirette|inviate)\s+(?:a|ad)\s+(?P<it>(?:[A-ZÀ-Þ][\w'’.-]*\s+){1,3}[A-ZÀ-Þ][\w'’-]+)"
                          # ("… raccoglie le lettere indirizzate a Erminio Castelvetri (1881-1952)": an
                          # Italian inventory's introduction names whose papers they are)
                          r"|\b(?:briefe|letters|correspondence|lettres|brev|breve|brieven)\s+(?:von\s+und\s+an|an\s+und\s+von|to\s+and\s+from|"
                          r"from\s+and\s+to|de\s+et\s+à|till\s+och\s+från|från\s+och\s+till|til\s+og\s+fra|fra\s+og\s+til|"
                          r"van\s+en\s+aan|aan\s+en\s+van)\s+"
                          r"(?:[a-zåäöæø]+\s+)?(?P<name>(?:[A-ZÀ-Þ][\w'’.-]*\s+){1,3}[A-ZÀ-Þ][\w'’-]+)")
#                         ("… brev till och från prosten Carl Fredrik Ekström": a title word before the name)


_FONDS = re.compile(rf"(?:{_FONDS_WORDS}|personal\s+papers|papers)", re.IGNORECASE)
# … or a name with its life dates over a line on "her letters" ("ELEANOR MARSH (1812-1889)" over "A
# CHECKLIST OF HER PUBLISHED LETTERS AND OTHER WRITINGS", "Verzeichnis seiner Briefe")
_LIFE_SPAN = r"[(\[]\s*\d{4}\s*[-–]\s*\d{4}\s*[)\]]"  # "(1812-1889)", "[1790–1860]"
_LIFE_HEADING = re.compile(rf"^(?P<name>[^\d()\[\],;:]{{5,60}}?)\s*{_LIFE_SPAN}$")
_LIFE_DATES_ALONE = re.compile(_LIFE_SPAN)
_OWN_LETTERS = re.compile(r"\b(?:her|his|seine[rn]?|ihre[rn]?|ses|sue|sus|zijn|haar|hans|hendes|hennes|sin|sina|sine)\b"
                          r"(?:\s+\S+){0,3}?\s+(?:letters|correspondence|papers|briefe|briefwechsels?|nachlass|lettres|correspondance|"
                          r"papiers|lettere|carteggio|cartas|brieven|papirer|papper|breve|brev|brevsamling)\b"
                          # … or a register of the collection: "Registrant over brevsamlingen", "Förteckning över brevsamlingen"
                          r"|\b(?:registrant|fortegnelse|förteckning)\s+(?:over|över)\s+(?:\S+\s+){0,2}?(?:brevsamling|breve|brev|papirer|papper)",
                          re.IGNORECASE)


# An editor's note in brackets with a label before what it says: "[Modern reprint: table of the
# letters of X (1512-1574)."
_LABELLED = re.compile(r"^\[\s*(?:[A-Z][\w’' -]{2,30}:\s+)?")
_NOTE_END = re.compile(r"\s*(?:[(\[]\s*\d{4}\s*[-–]\s*\d{4}\s*[)\]])?\s*[.,;]?\s*\]?\s*")


def _labelled_writer(text: str) -> re.Match[str] | None:
    """The writer an editor's note names, where the note says no more than whose letters these are
    ("[Modern reprint: table of the letters of X (1512-1574)."; not "[Note: the letters of X, agent,
    are calendared in vol. 2.]", another's)."""
    if not text.startswith("["):
        return None
    rest = _LABELLED.sub("", text)
    m = _WRITER.match(rest)
    return m if m and _NOTE_END.fullmatch(rest[m.end():]) else None


# A box's or a series' label before what it holds: "CAJA 2. CARTAS DIRIGIDAS A …", "Box 3: Letters to …"
_BOX = re.compile(r"^(?:caja|box|legajo|carton|karton|fonds?|série|serie|series)\s+\d+[a-z]?\s*[.:–—-]\s*", re.IGNORECASE)


# A title page's word for a writer's letters, on a line of its own under the writer's name
_COLLECTION_WORD = re.compile(r"(?:the\s+)?(?:epistolario|carteggio|lettere|briefe|briefwechsel|correspondance|"
                              r"letters|correspondence|lettres|cartas|epistolário|correspondência|listy|brieven|brev)",
                              re.IGNORECASE)
_COLLECTION_WORD_MORE = re.compile(r"laiškai|corespondență|corespondenţă|scrisori", re.IGNORECASE)
_GIVEN_MORE = LITHUANIAN_GIVEN_NAMES | {  # (and Romanian men's and women's given names)
    "Alexandru", "Constantin", "Costache", "Dimitrie", "Gheorghe", "Grigore", "Iacob", "Ioan", "Ion", "Iordache", "Mihai",
    "Mihail", "Nicolae", "Petre", "Petru", "Teodor", "Titu", "Vasile", "Ana", "Ecaterina", "Elena", "Maria", "Smaranda",
    "Veronica", "Zoe"}
_INVERTED_NAME = re.compile(r"[A-ZÀ-Þ][\w'’-]+,\s+[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)?")  # "VRANJEŠ, KRSTO"
_NAME_LINE = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){1,3}")  # ("ANSELMO RIDOLFINI", "Jane Doe")
# A humanist's letters printed under his name in the genitive: "HIERONYMI VALLATI" over "EPISTOLARUM
# LIBRI SEX" ("Opus epistolarum", "Epistolae familiares"). The name is read in the nominative where
# each word ends as the second or first declension's genitive does (Hieronymi: Hieronymus, Lucae:
# Luca); a name of another declension ("Melanchthonis") is left unread rather than guessed.
_LATIN_COLLECTION = re.compile(r"(?:opus\s+)?epistol(?:ae|arum)(?:\s+[a-z]+){0,3}", re.IGNORECASE)
LATIN_GENITIVES = (("ii", "ius"), ("i", "us"), ("ae", "a"))  # (Antonii: Antonius)
LATIN_GENITIVE_EXAMPLES = (("HIERONYMI VALLATI", "Hieronymus Vallatus"), ("Marci Antonii Flaminii", "Marcus Antonius Flaminius"),
                           ("Philippi Melanchthonis", None), ("GIOVANNI ROSSI", None))


def latin_nominative(text: str) -> str | None:
    """The nominative of a name written in the genitive, or None where a word ends otherwise."""
    from .layouts.shared import title_case

    from .titles import GIVEN_NAMES

    words = title_case(" ".join(text.split())).split()
    if any(word in GIVEN_NAMES for word in words):
        return None  # ("GIOVANNI ROSSI" over "EPISTOLAE SELECTAE": an Italian name, no Latin genitive)
    out = []
    for word in words:
        end = next(((g, n) for g, n in LATIN_GENITIVES if word.endswith(g) and len(word) > len(g) + 2), None)
        if end is None or not word[:1].isupper():
            return None
        out.append(word[:-len(end[0])] + end[1])
    return " ".join(out) if len(out) >= 2 else None


_GREEK_ARTICLE_BEFORE = re.compile(r"(?i:\b(του|της|τον|την|τη))\s+$")


def _greek_heading_name(m: re.Match[str], name: str) -> str | None:
    """The name a Greek heading gives (_WRITER's match) in the nominative its article's case undoes ("ΕΠΙΣΤΟΛΕΣ ΤΟΥ
    ΝΙΚΟΛΑΟΥ ΒΑΛΣΑΜΑΚΗ": Νικόλαος Βαλσαμακης), "" where it reads as none; None where no article stands before it."""
    article = _GREEK_ARTICLE_BEFORE.search(m.string, 0, m.start("name"))
    return None if article is None else greek_name(name, article[1]) or ""


def heading_writer(text: str) -> str | None:
    """The person a heading says the letters below are of, to or from ("CAJA 2. CARTAS
    DIRIGIDAS A DON RAMÓN ARRIETA Y SALCEDO", "Letters of X"), or None."""
    from .layouts.shared import title_case
    from .titles import looks_like_name, strip_address

    text = _BOX.sub("", text.strip())
    m = _WRITER.match(text)
    name = strip_address(title_case(" ".join(m["name"].split()))) if m else ""  # ("DON RAMÓN …": Ramón …)
    if m and (greek := _greek_heading_name(m, name)) is not None:
        name = greek or ""
    if m and _SLAVIC_WRITER.match(text):  # ("Pisma Jakoba Verbiča": Jakob Verbič's; not "Pisma Adama Mickiewicza")
        read = south_slavic_name(name)
        name = south_slavic_preferred(read[1]) if read is not None and read[0] == "gen" else ""
    return name if looks_like_name(name) and len(name.split()) >= 2 else None


_GOES_ON = re.compile(r"\b(?:OF|DE|DU|DES|VON|VAN|DI|DA|DEL|DELLA|TO|FROM|AND|ET|UND|Y|E)$")


def _writer(listing: Listing, lines: Sequence[Line], part: bool = False) -> None:
    """The writer a one-writer edition's heading names, before its first entry: the sender of
    its "To X" entries and the recipient of its "From X" ones, unless edition.toml says who.
    ``part``: ``lines`` are a part of the file, under a heading of their own."""
    from .layouts.shared import natural_name, title_case
    from .titles import han, looks_like_name

    first = min(e.first_line for e in listing.entries)
    grouped = {u.line for u in listing.unused if u.reason.startswith("a record of a")}  # (a series' record: not the
    #                                                                                      edition's writer's)
    head = [line for line in itertools.takewhile(lambda line: line.number < first, lines)
            if line.kind != "blank" and line.number not in grouped]
    # a title page set over several lines: "THE LETTER-BOOK" / "OF" / "JOSIAH WETHERALL"
    joined = [replace(head[k], text=" ".join(line.text for line in head[k:k + 3])) for k in range(len(head))
              if head[k].text.isupper() and len(head[k].text) < 40 and all(line.text.isupper() for line in head[k:k + 3])]
    # … or two, the first ending in a word that goes on ("A CALENDAR OF THE CORRESPONDENCE OF" / "ELIAS MARWOOD" / "1778–1812")
    joined += [replace(head[k], text=f"{head[k].text} {head[k + 1].text}") for k in range(len(head) - 1)
               if head[k].text.isupper() and head[k + 1].text.isupper() and head[k + 1].number == head[k].number + 1
               and _GOES_ON.search(head[k].text.strip())]
    # an edition's title page: "ANSELMO RIDOLFINI" over "EPISTOLARIO", "Jane Doe" over "Letters"
    joined += [replace(head[k], text=f"{head[k + 1].text.strip()} di {head[k].text.strip()}") for k in range(len(head) - 1)
               if _COLLECTION_WORD.fullmatch(head[k + 1].text.strip()) and _NAME_LINE.fullmatch(head[k].text.strip())]
    # (… or "JUOZAS VALIUKĖNAS" over "LAIŠKAI", "GHEORGHE ASACHESCU" over "CORESPONDENȚĂ": a person's, by a given name
    # the language's table knows; not "BIBLIOTECA ACADEMIEI", "NEW ZEALAND" over their letters)
    joined += [replace(head[k], text=f"Letters of {head[k].text.strip()}") for k in range(len(head) - 1)
               if _COLLECTION_WORD_MORE.fullmatch(head[k + 1].text.strip()) and _NAME_LINE.fullmatch(head[k].text.strip())
               and head[k].text.split()[0].title() in _GIVEN_MORE]
    joined += [replace(head[k], text=f"Letters of {named}") for k in range(len(head) - 1)
               if _LATIN_COLLECTION.fullmatch(head[k + 1].text.strip()) and _NAME_LINE.fullmatch(head[k].text.strip())
               and (named := latin_nominative(head[k].text))]
    # a personal fonds' title page: the name over "Osobni fond", its life dates between ("VRANJEŠ,
    # KRSTO" / "(1821–1894)" / "Osobni fond")
    joined += [replace(head[j], text=f"{head[k].text.strip()} {natural_name(head[j].text.strip())}")
               for k in range(1, len(head)) if _FONDS.fullmatch(head[k].text.strip())
               for j in [k - 2 if k >= 2 and _LIFE_DATES_ALONE.fullmatch(head[k - 1].text.strip()) else k - 1]
               if _INVERTED_NAME.fullmatch(head[j].text.strip()) or _NAME_LINE.fullmatch(head[j].text.strip())]
    #           (… or in reading order: "VÁCLAV HORÁLEK" / "(1842–1907)" / "Soupis osobního fondu")
    # … or "Osobní fond" over "Vojtěch Hrubeš", "Nachlass" over "Carl Haberland"
    joined += [replace(head[k], text=f"{head[k].text.strip()} {head[k + 1].text.strip()}") for k in range(len(head) - 1)
               if _FONDS.fullmatch(head[k].text.strip())]
    for line in sorted([*head, *joined], key=lambda line: line.number):  # (the title page first; a line
        if len(line.text) > 120:                                          # alone before it joined to the next)
            continue
        at = head.index(line) if line in head else -1
        # (a name over its life dates on a line of their own: "JENS PEDER VINDING" over "(1812-1879)")
        text = f"{line.text.strip()} {head[at + 1].text.strip()}" \
            if 0 <= at < len(head) - 1 and _LIFE_DATES_ALONE.fullmatch(head[at + 1].text.strip()) else line.text.strip()
        m = _WRITER.match(line.text.strip()) or _WRITER_FIRST.match(line.text.strip()) \
            or _labelled_writer(line.text.strip()) \
            or _WRITER_BOTH.search(line.text.strip()) or _papers_index(line.text.strip()) \
            or (at >= 0 and any(_OWN_LETTERS.search(below.text) for below in head[at + 1:at + 4])
                and _LIFE_HEADING.match(text))
        if m and m.groupdict().get("banner") and _BANNER_WORDS.search(m["banner"]):
            m = None  # ("Hale Family Papers - Letters", "Van Gogh Museum · Letters": a collection's or a site's, no writer)
        if m:
            name = title_case(" ".join((m.groupdict().get("name") or m.groupdict().get("banner") or m.groupdict().get("hu") or m.groupdict().get("sv")
                                        or m.groupdict().get("cn") or _ukrainian_writer(m.groupdict().get("uk"))
                                        or m.groupdict().get("it") or _finnish_nominative(m.groupdict().get("fi"))
                                        or _lithuanian_nominative(m.groupdict().get("lt")) or "").split()))
            if _POLISH_WRITER.match(line.text.strip()) and (nominative := polish_name(name)):
                name = nominative  # ("KORESPONDENCJA WINCENTEGO ROGOZIŃSKIEGO": Wincenty Rogoziński's)
            elif _POLISH_WRITER.match(line.text.strip()) and re.search(r"[äčďĺľňôŕšťž]", name) and (reads := slovak_name(name, "gen")):
                name = reads[0]  # (Slovak: "LISTY SAMUELA HRONČEKA", Samuel Hronček's)
            if m.re is _WRITER and m["name"] and (greek := _greek_heading_name(m, name)) is not None:
                name = greek or name
            if (office := _WRITER_OFFICE.match(name)) and len(name[office.end():].split()) >= 2:
                # "Letters Received by Governor Elisha T. Wardwell": the governor is Elisha T. Wardwell
                name = name[office.end():].strip()
                for entry in listing.entries:
                    entry.fields.setdefault("writer_office", office["office"].lower())
            if looks_like_name(name) and (len(name.split()) >= 2 or han(name)):  # (a Chinese name: no spaces)
                listing.writer, listing.writer_line = name, line.number
                whose = "the letters of this part of the file" if part else "this edition"
                listing.notes.append((line.number, f"the writer of {whose} is {name}, as this heading says: "
                                                   "the sender of its \"To X\" entries and the recipient of its "
                                                   "\"From X\" ones ([edition] writer is the writer of files whose "
                                                   "heading names none)"))
                _office(listing, head, name)
                reason = "a heading of a part of the file, naming its writer" if part else \
                    "a heading naming the edition's writer"
                listing.unused = [replace(u, reason=reason) if u.line == line.number else u
                                  for u in listing.unused]  # (understood)
                return
    _default_party(listing, head)  # (no heading names one: an introduction's sentence may)


# An index to a person's papers, as the Library of Congress titles its indexes: "INDEX TO THE JOSIAH M. HALE
# PAPERS" (_papers_index: a person's, by a given name or initials; not an office's: "… Colonial Secretary's Papers")
_PAPERS_INDEX = re.compile(r"^(?:an?\s+|the\s+)?(?:index|calendar)\s+to\s+the\s+"
                           r"(?P<name>(?:[A-ZÀ-Þ]\.\s?|(?P<given>[A-ZÀ-Þ][\w'’-]*)\s+)(?:[A-ZÀ-Þ][\w'’.-]*\s+){0,3}?"
                           r"[A-ZÀ-Þ][\w'’-]+)(?<!['’]s)\s+papers\b", re.IGNORECASE)  # (not an office's: "Colonial Secretary's")


def _papers_index(text: str) -> re.Match[str] | None:
    """The heading of an index to a person's papers, named by a given name or initials (not "the Hale and Blair
    Papers", "the Confederate States Papers", "the Hale Family Papers")."""
    from .titles import GIVEN_NAMES

    m = _PAPERS_INDEX.match(text)
    return m if m and (not m["given"] or m["given"].title() in GIVEN_NAMES) and not re.search(r"\b(?i:and|family)\b", m["name"]) \
        else None


_POLISH_WRITER = re.compile(r"^(?:[IVX]{1,5}\.\s+)?(?:listy|korespondencja|spuścizna|papiery)\b", re.IGNORECASE)


def _writer_of_the_fields(listing: Listing, lines: Sequence[Line]) -> None:
    """The person on one side of most records ("Author: Edmund Tarrant Pell" or "Addressee: …"), whom the page's
    head names ("Pell Correspondence Project", "Pell, E. T. in correspondent"): the side of "To X" and "From X"
    records whose fields leave them out, as a one-writer edition's."""
    sides = Counter(value for entry in listing.entries for key in ("sender", "recipient") if (value := entry.fields.get(key)))
    if not sides or len(listing.entries) < 5:
        return
    name, count = sides.most_common(1)[0]
    head = " ".join(line.text for line in lines if line.number < listing.entries[0].first_line)
    given, surname = name.split()[0], name.split()[-1]
    initials = r"\.?\s*".join(w[0] for w in name.split()[:-1])
    if count * 2 >= len(listing.entries) and len(name.split()) >= 2 \
            and re.search(rf"\b{re.escape(surname)}\b", head, re.IGNORECASE) \
            and re.search(rf"\b{re.escape(given)}\b|\b{initials}\.?(?![\w])", head):
        # (by a given name or its initials too: "Pell, E. T. in correspondent"; not "Owen Family Papers", whose
        # Owens are many, nor "Bentley Historical Library", a library's name)
        listing.writer, listing.writer_line = name, listing.entries[0].first_line
        listing.notes.append((listing.entries[0].first_line, f"{name} is a party of {count} of the {len(listing.entries)} "
                                                             "records, as the page's head says: the side of \"To X\" and "
                                                             "\"From X\" records that leave them out"))


_YEAR_SPAN = re.compile(r"\d{4}\s?[–—-]\s?\d{4}")


def _title_page_years(listing: Listing, lines: Sequence[Line]) -> None:
    """The years under a title page's name ("THE LETTERS OF" / "JOSEPH TREGEAR" / "1790–1821"), read as an
    entry of the lines below them ("Edited by …", a legend) that names no one: the title page's, no letter."""
    from .titles import parse_title

    first = listing.entries[0]
    line = next((x for x in lines if x.number == first.date_line), None)
    if not (listing.writer and 0 < first.date_line - listing.writer_line <= 3 and _YEAR_SPAN.fullmatch(first.date_text.strip())
            and line is not None and _YEAR_SPAN.fullmatch(line.text.strip(" ()[]"))):
        return  # (the years alone on their line: not "1820–1825   General correspondence, 40 letters", a file's)
    title = parse_title(first.title) if first.title else None
    if title is not None and (title.senders or title.recipients):
        return
    listing.span = listing.span or (int(first.date_text.strip()[:4]), int(first.date_text.strip()[-4:]))
    listing.entries.pop(0)
    listing.unused = sorted(listing.unused + [
        Unused(line.number, line.text, "the years of the title page" if line.number == first.date_line else
               "page text before the first entry") for line in lines
        if first.first_line <= line.number <= first.last_line and line.kind != "blank"], key=lambda u: u.line)


# A calendar's legend of what each letter is ("A      autograph letter, signed", "D      draft"): the code in a
# column after an entry's title ("MARWOOD to JANE OCKENDEN   A", "Dyneley to Ferrabee  [A]") says that, no name
_LEGEND_ROW = re.compile(r"^(?P<code>[A-Z][A-Za-z]{0,3})\s{2,}(?P<what>[a-z][^.;]{2,60})$")
_LEGEND_WORDS = re.compile(r"\b(?:autograph|holograph|letter|copy|draft|signed|unsigned|typescript|typed|transcript|extract|"
                           r"fragment|printed|facsimile|photocopy|original|duplicate)\b")


def _legend_codes(listing: Listing) -> None:
    """A title's last column, where the listing's legend explains it as what the letter is: a note, no party."""
    codes = {m["code"]: m["what"] for u in listing.unused if (m := _LEGEND_ROW.match(u.text.strip()))
             and _LEGEND_WORDS.search(m["what"])}
    if len(codes) < 2:
        return
    column = re.compile(r"\s{2,}\[?(?P<code>" + "|".join(map(re.escape, sorted(codes, key=len, reverse=True))) + r")\]?$")
    for entry in listing.entries:
        if found := column.search(entry.title):
            entry.title = entry.title[:found.start()]
            entry.notes.append(f"{found['code']}: {codes[found['code']]}")


def _ukrainian_writer(genitive: str | None) -> str | None:
    """"Петра Завадовича" (whose letters): Петро Завадович; None where it is no genitive read."""
    from .inflection import ukrainian_name

    return ukrainian_name(genitive.strip()) if genitive else None


def _lithuanian_nominative(genitive: str | None) -> str | None:
    """"KAZIO EIDRIGO" (whose letters): Kazys Eidrigas, "DR. JONO BASANAVIČIAUS": Jonas
    Basanavičius (a title or kin before the name is none of it); None where it is no genitive."""
    from .layouts.shared import title_case
    from .titles import lithuanian_lead

    if not genitive:
        return None
    words = title_case(" ".join(genitive.split())).split()
    words = words[lithuanian_lead(words):]
    return lithuanian_name(" ".join(words), "gen") if words else None


def _finnish_nominative(genitive_stem: str | None) -> str | None:
    """A Finnish surname from its genitive less the -n: "Hirvensalo" (-on), "Virtanen" (Virtase-n);
    the given names before it are the genitive's too ("Lauri", "Annan" → "Anna" is not undone)."""
    if not genitive_stem:
        return None
    if any(w.lower().endswith("n") and not w.endswith(".") for w in genitive_stem.split()[:-1]):
        return None  # (a given name stays as it is; a word before the noun declined too is an adjective's: "ERÄÄN
        #             SOTILAAN KIRJEITÄ", a soldier's, "VANHAN PAPIN", an old priest's)
    if re.search(r"(?i)\w{5}[^aeiouyäö]i$", genitive_stem):  # ("Snellmani-n", "Lönnroti-n": Snellman, Lönnrot; not "Jotuni-n")
        return genitive_stem[:-1]
    if re.search(r"(?i)\wkse$", genitive_stem):  # ("Ilmoniukse-n": Ilmonius)
        return genitive_stem[:-3] + ("s" if genitive_stem[-1].islower() else "S")
    return re.sub(r"(?i)(?<=\w)se$", lambda m: "nen" if m.group(0).islower() else "NEN", genitive_stem)


# A catalogue's introduction says whom its letters are to (or from) where an item names one side:
# "Letters are to HKD unless otherwise stated.", "Unless otherwise stated, all letters are by X." (not
# "from X": a place as often as a person, "Letters are from New York unless …")
_DEFAULT_PARTY = re.compile(
    r"\b(?:(?:unless\s+otherwise\s+(?:stated|noted|indicated|specified),\s+)(?:all\s+)?(?:the\s+)?(?:letters|items)\s+"
    r"(?:are|were)\s+(?:addressed\s+to|written\s+by|to|by)\s+(?P<name>[^,.;:()]+?)\s*[.;]"
    r"|(?:all\s+)?(?:the\s+)?(?:letters|items)\s+(?:are|were)\s+(?:addressed\s+to|written\s+by|to|by)\s+"
    r"(?P<name2>[^,.;:()]+?),?\s+unless\s+otherwise\s+(?:stated|noted|indicated|specified)"
    # (a calendar's preface: "letters described as 'From' a person were addressed to the Governor-General")
    r"|(?:letters|entries|documents)\s+(?:described|headed|marked|entered|calendared)\s+as\s+['‘\"“]?from['’\"”]?\s+"
    r"(?:a\s+person\s+|someone\s+|an?\s+\w+\s+)?(?:are|were)\s+(?:addressed|written)\s+to\s+(?:the\s+)?"
    r"(?P<office>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,3})\s*[,.;])", re.IGNORECASE)
DEFAULT_PARTY_EXAMPLES = (("Letters are to HKD unless otherwise stated. Dates in brackets are supplied.", "HKD"),
                          ("Unless otherwise stated, all letters are addressed to John Ashby.", "John Ashby"),
                          ("These letters are to his wife.", None),
                          ("Unless otherwise stated, all letters are from Cambridge University Library.", None),
                          ("Letters are from New York unless otherwise stated.", None),
                          ("As before, letters described as 'From' a person were addressed to the Governor-General, and "
                           "letters described as 'To' a person were written in his name.", "Governor-General"))


def default_party(text: str) -> str | None:
    """The person an introduction's sentence says the letters are to (or by), unless an item says
    otherwise (DEFAULT_PARTY_EXAMPLES)."""
    m = _DEFAULT_PARTY.search(" ".join(text.split()))
    if m and m["office"]:
        return m["office"]  # (an office, as the preface writes it: whoever held it)
    name = (m["name"] or m["name2"]).strip() if m else ""
    from .titles import looks_like_name, party_kind
    return name if name and (re.fullmatch(r"[A-Z]{2,4}|(?:[A-Z]\.){2,4}", name) or looks_like_name(name)
                             and len(name.split()) >= 2 and party_kind(name) == "person") else None


def _default_party(listing: Listing, head: Sequence[Line]) -> None:
    """The writer as an introduction names them (default_party): the other side of every item."""
    paragraphs: list[list[Line]] = []
    for line in head:
        if paragraphs and line.number == paragraphs[-1][-1].number + 1:
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    for paragraph in paragraphs:
        if name := default_party(" ".join(line.text for line in paragraph)):
            at = next(line.number for line in paragraph if name in line.text or line is paragraph[-1])
            listing.writer, listing.writer_line = name, at
            listing.notes.append((at, f"the letters are to or from {name} unless an item says otherwise, as the "
                                      "introduction says: the other side of its \"ALS from X\" and \"To X\" items"))
            return


# The office a title page gives its writer, after the name or on the line under it ("RICHARD
# PENDLEFORD" / "BISHOP OF CRESSINGHAM"): the calendar's "to the bishop" is that writer.
_WRITER_OFFICE = re.compile(r"^[,\s]*(?:the\s+)?(?P<office>governor|bishop|archbishop|president|mayor|earl|duke|dean|abbot|"
                            r"abbess|prior|ambassador|consul|admiral|general|secretary|chancellor)\b", re.IGNORECASE)


def _office(listing: Listing, head: Sequence[Line], name: str) -> None:
    """Mark the entries with the writer's office, where the title page gives one."""
    for k, line in enumerate(head):
        at = line.text.upper().find(name.upper())
        if at < 0:
            continue
        after = line.text[at + len(name):]
        found = _WRITER_OFFICE.match(after) if after.strip(" ,") else \
            _WRITER_OFFICE.match(head[k + 1].text.strip()) if k + 1 < len(head) else None
        if found:
            listing.notes.append((line.number, f"\"the {found['office'].lower()}\" in its entries is {name}, "
                                               "as the title page says"))
            for entry in listing.entries:
                entry.fields.setdefault("writer_office", found["office"].lower())
        return


def _summaries_end_in_full_stops(listing: Listing) -> bool:
    """The listing's habit, judged on all but its last entry: do summaries end in a full stop?"""
    others = [e.summary[-1] for e in listing.entries[:-1] if e.summary]
    return bool(others) and sum(bool(_SENTENCE_END.search(t)) for t in others) >= 0.8 * len(others)


def _trailing_page_text(listing: Listing) -> None:
    """After the last entry a page goes on ("Related collections", "Index of names").

    Short paragraphs without a full stop at the end of the last summary are reported as page
    text. Its first paragraph too, when the listing's other summaries end in full stops.
    """
    last = listing.entries[-1]
    if not last.summary_lines or last.summary_lines[1] != last.last_line:
        return  # the summary does not end the entry (a record's description, a table's cell)
    punctuated = _summaries_end_in_full_stops(listing)
    paragraphs = last.summary_paragraphs
    popped: int | None = None  # the first line given back as page text
    while paragraphs and (len(paragraphs) > 1 or punctuated):
        text = " ".join(content for _, content in paragraphs[-1])
        if len(text.split()) > 5 or _SENTENCE_END.search(text):
            break  # a sentence, perhaps cut off: it stays in the summary
        for number, content in paragraphs.pop():
            listing.unused.append(Unused(number, content, "page text after the last entry"))
            popped = number if popped is None else min(popped, number)
        last.summary.pop()
    if popped is None:
        return
    if paragraphs:
        last.summary_lines = (paragraphs[0][0][0], paragraphs[-1][-1][0])
        last.last_line = paragraphs[-1][-1][0]
    else:  # (the entry keeps every line before the page text: a title may take two)
        last.summary_lines = None
        last.last_line = max(last.first_line, popped - 1)


# --- possible entries --------------------------------------------------------------------

# Longer lines are prose or records, not one entry's heading.
_ENTRY_LENGTH = 300
# Table cells copied as text: "| Letter to X | 3 May 1850 |", tab-separated columns.
_CELLS = re.compile(r"\s*[|\t]\s*")
_LABELLED_DATE = re.compile(
    r"^\W*(?:date|dated|datum|date of (?:letter|writing)|datierung|fecha|data)\s*[:|]\s*\S.*\d", re.IGNORECASE)
_CATALOGUE = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ'’-]+[ ,(]")
from .layouts.builtin import NO_TITLE  # noqa: E402


def entry_shapes(entries: Sequence[Entry]) -> dict[tuple, int]:
    """The outlines entries commonly open with (their title or heading line) → an example
    line: those shared by at least two entries and a third of them (a title made from fields
    is no line of the listing's)."""
    shapes: Counter[tuple] = Counter()
    example: dict[tuple, int] = {}
    for entry in entries:
        found = shape(entry.title) if entry.title and not entry.title_made else None
        if found:
            shapes[found] += 1
            example.setdefault(found, entry.title_line)
    return {s: example[s] for s, count in shapes.items() if count >= max(2, len(entries) / 3)}


_BLOCK_START = "a date on a line of its own with a title under it, as a block of a listing starts"
_OPENING_WORD = re.compile(r"^(?:(?i:to|from)\s)")
# Reasons of lines a layout recognised as what they are: no entry to look for in them.
_RECOGNISED = ("a heading", "an editorial note", "a running head", "a series or chapter heading",
               "a file of letters",  # (its letters listed under it, each read)
               "a record of a")  # (a series' or a collection's record: its letters have their own)


# "212. i. Minutes of …": a numbered enclosure of the entry above it, not an entry of its own.
_ENCLOSURE_NUMBER = re.compile(r"^\d{1,4}[a-z]?\.\s*[ivx]{1,5}\.\s")


# A title's parties named by a word ("Letter from A to B"), not only by the shape of its start.
_PARTY_WORD = re.compile(r"\b(?:to|from|an|von|à|de)\s+[A-ZÀ-Þ]")


def _date_then_title(lines: Sequence[Line], number: int) -> bool:
    """A date alone on its line (as a block starts) with a title line under it."""
    line = lines[number - 1] if 0 < number <= len(lines) else None
    if line is None or line.kind != "date" or not DATE_IN_TEXT.search(line.text):
        return False  # (a day or a month: "1838." over the entries is a year heading)
    while number < len(lines) and lines[number].kind == "blank":
        number += 1
    below = lines[number] if number < len(lines) else None  # (naming parties: "Letters of X" is a page's heading)
    return title_like(below) and (opens_with_parties(below.text) or bool(_PARTY_WORD.search(below.text)))


_TYPED_RECORD = "parties and a year after a type word or a reference, as a record of a letter has them"
_LOWER_WORD = re.compile(r"\b[a-zà-ÿ]{3,}\b")
_CITED_BY = re.compile(r"[^\W\d_]{3,},\s*$")  # (a book's author before its title: "D: Brandis, Briefe an Luise (1893)")
_A_YEAR = re.compile(r"(?<![\d/])(?:1[0-9]|20)[0-9]{2}(?![\d/])")  # (a record's date may be "1854 Dec. 7", "1795")


def _typed_record(text: str) -> bool:
    """A type word with its parties and a year, nothing but marks, numbers and dates before it:
    "MS 45/1/1/1    [1854 Dec. 7]    Letter, A to B. 1 item" (a finding aid's item), not
    "Encloses the Letter from A to B of 3 May" (a summary) nor "LETTERS OF A, 1788-1790" or
    "Letters of the Ashby family, 1861-1864" (a page's heading)."""
    typed = doctypes.find(text[:120])
    return typed is not None and typed[1].istitle() and not _LOWER_WORD.search(text, 0, typed[2]) \
        and not _CITED_BY.search(text, 0, typed[2]) and opens_with_parties(text[typed[2]:]) and bool(_PARTY_WORD.search(text, typed[3]) and _A_YEAR.search(text))


# An archive's reference opening a line: "MS 45/1/1/5. ", "Item 1.2.4. ", "Ms. 12/3 "
_REFERENCE = re.compile(r"^(?:[A-Z][A-Za-z]{0,5}\.?\s+)?\d+(?:[/.]\d+)+\.?\s+(?=\S)")


def _referenced_record(text: str) -> bool:
    """A reference, then parties and a year: "MS 45/1/1/5. Marsh, Charles, to James Stanier.
    1864 Feb. 18." (a finding aid's item, in any layout's text)."""
    reference = _REFERENCE.match(text)
    return bool(reference and opens_with_parties(text[reference.end():]) and _A_YEAR.search(text, reference.end()))


_PLACE_FIRST = re.compile(r"[A-ZÀ-Þ][\w'’.-]+(?:\s[A-ZÀ-Þ][\w'’.-]+){0,2},\s*")


def looks_like_entry(text: str, common: dict[tuple, int] | None = None, prose: bool = False) -> str | None:
    """Why a line read as summary or page text looks like an entry of its own, or None.

    Three signals: a date together with parties as a title names them ("To X", "X to Y",
    "From X"); a numbering ("XII.", "12.", "No. 5.") followed by parties or a date; the same
    outline as the lines that did start entries. ``prose``: a line of a letter's own text,
    where the numbering, the outline of the entries' headings, and parties with a date (or
    "undated") at the line's end, as a heading has them, count.
    """
    if len(text) > _ENTRY_LENGTH or _ENCLOSURE_NUMBER.match(text):
        return None
    if prose:
        numbering, rest = opening(text)
        if numbering and (_OPENING_WORD.match(rest) or opens_with_parties(rest)):
            return "numbered like an entry and followed by parties"
        # parties, and a date where a heading has it, at its end (a sentence of the letter
        # that names people and a date goes on: "To Mr. Newton I sent on 4 March 1782 the")
        if opens_with_parties(text) and (trailing_date(text) or UNDATED_AT_END.search(text)):
            return "a date and parties (\"To X\", \"X to Y\", \"From X\"), as an entry's heading has them"
        if common and (outline := shape(text)) in common:
            return f"the same shape as the lines that start entries (as line {common[outline]})"
        return _TYPED_RECORD if _typed_record(text) or _referenced_record(text) else None
    cells = [c for c in _CELLS.split(text) if c.strip()] if _CELLS.search(text) else [text]
    parties = any(opens_with_parties(cell.strip()) for cell in cells)
    if not parties and (lead := DATE_IN_TEXT.match(text)):  # "14 August 1850 Letter from A to B."
        after = text[lead.end():].lstrip(" .,;:–-")  # (not "3 January 1843 to Riga with …": a sentence goes on)
        parties = after[:1].isupper() and opens_with_parties(after)
    # (the search for a date, the costly part, only where the rest of a signal holds)
    if parties and (DATE_IN_TEXT.search(text) or UNDATED_AT_END.search(text)):
        return "a date and parties (\"To X\", \"X to Y\", \"From X\"), as an entry's heading has them"
    if _LABELLED_DATE.match(text):
        return "a labelled date (\"Date: …\"), as a record of a letter has it"
    if _CATALOGUE.match(text) and DATE_IN_TEXT.search(text) and doctypes.find(text):
        return "a name in capitals, a type word and a date, as a catalogue entry has them"
    numbering, rest = opening(text)
    placed = _PLACE_FIRST.match(rest)  # ("1. Lucca, 5 settembre 1793. — A a B.": where, then when)
    dated = DATE_IN_TEXT.match(rest) or placed and DATE_IN_TEXT.match(rest, placed.end())
    if numbering and (parties or _OPENING_WORD.match(rest) or dated or record_heading(rest)):
        return "numbered like an entry and followed by " + ("a date" if dated else "parties")
    if common and (outline := shape(text)) in common:
        return f"the same shape as the lines that start entries (as line {common[outline]})"
    return _TYPED_RECORD if _typed_record(text) or _referenced_record(text) else None


_WORD = re.compile(r"[^\W\d_]{3,}")


def looks_like_noise(text: str) -> bool:
    """A line of OCR noise ("'.,; ~~ ,. ' ll1 .;. --"): no word of three letters, and two
    thirds of it neither letter nor digit. "£ 5. 3s. 4d.", "[1 p.]" and "1850–1851" are not."""
    if _WORD.search(text):  # (nearly every line: the count below is spared them)
        return False
    marks = [c for c in text if not c.isspace()]
    return len(marks) >= 6 and sum(not c.isalnum() for c in marks) * 3 > len(marks) * 2


# An entry's number where a line opens ("116.  Haarlem, …", "Nr. 12 …", "113   22 september …").
_ENTRY_NUMBERED = re.compile(r"^(?:(?i:no|nr|n°)\.?\s*)?(?P<n>\d{1,5})(?:[.)]\s+|\s{2,})(?=[\[\w])")


def _entry_numbers(entries: Sequence[Entry], lines: Sequence[Line]) -> list[tuple[int, int] | None]:
    """For each entry of a numbered listing, the numbers a line of its own may not have (those
    after its number and before the next entry's): an entry numbered so was read into it, in
    whatever language (the signals of looks_like_entry know the words of three). None for an
    entry whose number is not known, and for all in a listing not numbered."""
    def number(entry: Entry) -> int | None:
        said = entry.fields.get("number", "")
        if said.isdigit():
            return int(said)
        line = lines[entry.first_line - 1] if 0 < entry.first_line <= len(lines) else None
        found = _ENTRY_NUMBERED.match(line.text) if line is not None else None
        return int(found.group("n")) if found else None
    numbers = [number(entry) for entry in entries]
    if sum(n is not None for n in numbers) < max(2, len(entries) / 2):
        return [None] * len(entries)
    spans: list[tuple[int, int] | None] = []
    for at, n in enumerate(numbers):
        following = next((m for m in numbers[at + 1:] if m is not None), None)
        end = following if following is not None and following > (n or 0) else (n or 0) + 2
        spans.append((n, end) if n is not None else None)
    return spans


def _numbered_between(text: str, span: tuple[int, int] | None) -> str | None:
    found = _ENTRY_NUMBERED.match(text) if span else None
    if found and span[0] < int(found.group("n")) < span[1]:
        return f"numbered {found.group('n')}, between the entries numbered {span[0]} and {span[1]}"
    return None


def _restates(title: str, text: str) -> bool:
    """Does ``text`` say again, at more length, what the entry's title says ("Letter from Sir X
    to the Y Company" over "Letter from Sir X, Bath, to the Y Company, about the tolls.")?"""
    words = title.split()
    return len(text) > len(title) and bool(words) and text.split()[0] == words[0] and \
        {w for w in words if w[:1].isupper()} <= set(re.findall(r"[\w'’&.-]+", text)) | set(text.split())


def find_possible_entries(listing: Listing, lines: Sequence[Line]) -> None:
    """Check every line read as summary, and every line left as page text, for the shape of an
    entry; report those that have it (they stay where they were read)."""
    common = entry_shapes(listing.entries)
    spans = _entry_numbers(listing.entries, lines)
    for entry, span in progress(zip(listing.entries, spans), f"reading {listing.source}: lines that look like entries",
                                total=len(listing.entries)):
        where = f"read as the summary of the entry at line {entry.first_line}"
        for paragraph in entry.summary_paragraphs:
            for n, (number, text) in enumerate(paragraph):
                if n and text[:1].islower() and runs_on(paragraph[n - 1][1]):
                    continue  # "… that the roads" over "to Dunmere are impassable since 3 May 1864."
                if _restates(entry.title, text):
                    continue  # a catalogue's description of the letter its title names: "Letter from X, Bath, to Y, about …"
                if number not in (entry.title_line, entry.date_line) and (reason := looks_like_entry(text, common)
                                                   or _date_then_title(lines, number) and _BLOCK_START
                                                   or _numbered_between(text, span)):
                    listing.possible.append(PossibleEntry(number, text, reason, where))
                elif looks_like_noise(text):  # kept word for word, but an editor must look
                    listing.notes.append((number, f"{where}, but it looks like OCR noise (hardly a letter or a "
                                                  "word): check the scan, and delete the line from the listing if "
                                                  "it is noise"))
        where = f"read as the text of the letter at line {entry.first_line}"
        for paragraph in entry.text_paragraphs:
            for number, text in paragraph:
                if number != entry.title_line and (reason := looks_like_entry(text, common, prose=True) or number !=
                                                   entry.date_line and _date_then_title(lines, number) and _BLOCK_START
                                                   or _numbered_between(text, span)):
                    listing.possible.append(PossibleEntry(number, text, reason, where))
    # (the lines read as the listing's title or description: a long first entry was one)
    for number, text, read_as in ((listing.collection_line, listing.collection, "the listing's title"),
                                  (listing.description_line, listing.description, "the listing's description")):
        if text and number and (reason := looks_like_entry(text)):  # (a title has the entries' outline)
            listing.possible.append(PossibleEntry(number, text, reason, f"read as {read_as}"))
    kept: list[Unused] = []
    for item in listing.unused:
        line = lines[item.line - 1] if 0 < item.line <= len(lines) else None
        if item.reason.startswith(_RECOGNISED) or (part := _PART_HEADING.match(item.text)) and part["label"] \
                and in_capitals(item.text):  # a year heading, a table's header row, an editor's note; a part's
            kept.append(item)                # heading over the first entries ("CZĘŚĆ I. LISTY DO TOMASZA X")
            continue
        if item.reason == NO_TITLE:
            listing.possible.append(PossibleEntry(item.line, item.text, "a date line, as entries start, but no "
                                                  "title follows it", f"read as {item.reason}"))
            continue
        reason = (looks_like_entry(line.text, common) or _date_then_title(lines, item.line) and _BLOCK_START
                  if line is not None and line.kind in {"text", "heading", "date", "date+text"} else None)
        if reason:
            listing.possible.append(PossibleEntry(item.line, line.text, reason, f"read as {item.reason}"))
        else:
            kept.append(item)
    listing.unused = kept
    listing.possible.sort(key=lambda p: p.line)
