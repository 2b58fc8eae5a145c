"""A wiki page's source, as copied from its edit box (a Wikisource volume's contents):
its markup read as the page shows it, line for line, so that the layouts read its entries
and every line keeps its number. ``{{TOC row …|LXXIV.|To X. Place, date.|1}}`` is the line
"LXXIV.  To X. Place, date.  1"; a wikitable's row (``| CXI. || To X || Place, date || 124``,
or a cell a line) is one line at its first; ``[[Author:X|the Rev. X]]`` is "the Rev. X";
``''Medusa''`` is "Medusa"; templates alone on their lines, the table's frame and a
``{{header …}}`` block are blank lines.
"""

from __future__ import annotations

import re

_SIGN = re.compile(r"\{\{|\[\[|^\s*\{\||^\s*\|-(?!-)")  # (not a markdown table's "|---|" rule)
_OWN_SIGN = re.compile(r"\{\{|\[\[[^\]]*\||^\s*\{\|")  # (markup no other format has: a template, a piped link)
_LINK = re.compile(r"\[\[(?:[^|\]]*\|)?([^\]|]*)\]\]")
_INNER_TEMPLATE = re.compile(r"\{\{[^{}|]*(?:\|([^{}]*))?\}\}")  # innermost first: its last argument, or nothing
_TOC_ROW = re.compile(r"^\s*\{\{\s*TOC row[^|}]*\|(?P<cells>.*)\}\}\s*$", re.IGNORECASE)
_HEADING = re.compile(r"^\s*(=+)\s*(?P<text>.*?)\s*\1\s*$")
_TAG = re.compile(r"</?(?:div|span|center|small|big|br|p)\b[^>]*>", re.IGNORECASE)
_PAGE = re.compile(r"^(?:[ivxlc]+|\d{1,4}|facing \d+)$", re.IGNORECASE)
#: Wikitext lines and how they read: the tests read this table.
EXAMPLES = (
    ("{{TOC row 1-1-1|LXXIV.|To Mrs. Trevenna. ''Medusa'', off Ushant, 4 Jan. 1796.|1}}",
     "LXXIV.  To Mrs. Trevenna. Medusa, off Ushant, 4 Jan. 1796.  1"),
    ("* [[../Volume 2/Letter CL|CL.]] To Mrs. Trevenna. 1 February 1800. — p. 240",
     "CL. To Mrs. Trevenna. 1 February 1800. — p. 240"),
    ("*: ''Thalia'', at sea, 1 July 1800. — p. 263", "   Thalia, at sea, 1 July 1800. — p. 263"),
    ("==Part II. The Mediterranean, 1798-1799==", "Part II. The Mediterranean, 1798-1799"),
    ("{{c|{{larger|CONTENTS OF VOLUME II.}}}}", "CONTENTS OF VOLUME II."),
    ("{{TOC begin}}", ""),
)


def is_wikitext(lines: list[str]) -> bool:
    """Five lines or more of wiki markup, a tenth of the text at least, two of them markup
    only a wiki writes (a template, a piped link, a table's start)."""
    signs = sum(1 for line in lines if _SIGN.search(line))
    return signs >= 5 and signs * 10 >= sum(1 for line in lines if line.strip()) \
        and sum(1 for line in lines if _OWN_SIGN.search(line)) >= 2


def _inline(text: str) -> str:
    text = _LINK.sub(r"\1", text)
    while (plain := _INNER_TEMPLATE.sub(lambda m: (m[1] or "").rpartition("|")[2], text)) != text:
        text = plain
    return " ".join(_TAG.sub("", re.sub(r"'{2,5}", "", text)).split())


def _cells(text: str) -> list[str]:
    """A row's cells: split at "|" outside links (their own "|" stays theirs)."""
    return [_inline(cell) for cell in re.split(r"\|(?![^\[]*\]\])", text)]


def _row(cells: list[str]) -> str:
    """A table row as a contents line: its number, its text, its page apart."""
    cells = [c for c in cells if c]
    page = cells.pop() if len(cells) > 2 and _PAGE.match(cells[-1]) else ""
    number = cells.pop(0) if len(cells) > 1 and re.fullmatch(r"[IVXLC]+\.|\d+\.", cells[0]) else ""
    body = ". ".join(c.rstrip(".") for c in cells) + ("." if cells and cells[-1].endswith(".") else "")
    return "  ".join(part for part in (number, body, page) if part)


def plain_lines(lines: list[str], why: dict[int, str] | None = None) -> list[str]:
    """The lines as the page shows them, one for one; ``why``, if given, gets the reason each
    line of markup alone was left blank (by its index), for the report."""
    out: list[str] = []
    why = {} if why is None else why
    row: int | None = None  # the index of the table row being gathered
    cells: list[str] = []
    block = 0  # the depth of a template open over several lines ("{{header" … "}}")

    def close() -> None:
        nonlocal row, cells
        if row is not None:
            out[row] = _row(cells)
            for n in range(row + 1, len(out)):
                if n in why:
                    why[n] = f"a cell of the wikitable's row at line {row + 1} (read there)"
        row, cells = None, []

    for line in lines:
        stripped = line.strip()
        if block:
            block += stripped.count("{{") - stripped.count("}}")
            why[len(out)] = "wiki markup: a template's parameters (nothing the page shows as a listing)"
            out.append("")
            continue
        if stripped.startswith("{{") and stripped.count("{{") > stripped.count("}}"):
            block = stripped.count("{{") - stripped.count("}}")
            why[len(out)] = "wiki markup: a template's parameters (nothing the page shows as a listing)"
            out.append("")
            continue
        if stripped.startswith(("{|", "|}", "|-")):
            close()
            why[len(out)] = "wiki markup: a table's frame"
            out.append("")
            continue
        if stripped.startswith(("!", "|")):  # a header row or a row's cells
            if stripped.startswith("!"):
                close()
                out.append("  ".join(c for c in (_inline(x) for x in re.split(r"!!|\|\|", stripped[1:])) if c))
                continue
            if row is None:
                row = len(out)
            else:
                why[len(out)] = "a cell of a wikitable's row"
            cells += _cells(stripped[1:].replace("||", "|"))
            out.append("")
            continue
        close()
        if toc := _TOC_ROW.match(line):
            out.append("  ".join(c for c in _cells(toc["cells"]) if c))
        elif heading := _HEADING.match(line):
            out.append(_inline(heading["text"]))
        elif bullet := re.match(r"^\s*\*+(?P<more>:)?\s*", line):
            out.append(("   " if bullet["more"] else "") + _inline(line[bullet.end():]))
        else:
            out.append(_inline(line) if _SIGN.search(line) or "''" in line or "<" in line else line)
    close()
    for n, line in enumerate(out):
        if not line.strip() and lines[n].strip() and n not in why:
            why[n] = "wiki markup alone on its line (a template, a tag): nothing the page shows"
    return out
