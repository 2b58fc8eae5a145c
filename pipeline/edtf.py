"""EDTF dates as tables of letters write them (csv2cmi's ``senderDate``) → TEI date attributes.

csv2cmi (saw-leipzig/csv2cmi, ``CMI.create_date``) reads ISO dates and these EDTF forms;
corresp reads the same ones, so a table that works there works here:

- the qualifiers ``?`` (uncertain), ``~`` (approximate) and ``%`` (both), wherever they
  stand: csv2cmi drops them and marks the whole date uncertain. corresp keeps the
  difference in TEI: uncertain is ``@cert="low"``, approximate ``@precision="low"``
  (``att.dimensions``), so that CSV → TEI → CSV writes them back as they were;
- unspecified digits at the end (``1835-04-XX``, ``1835-XX``, ``183X``);
- a set, "one of these" (``[1835..1836]``, ``[..1760-12-03]``, ``[1667,1668]``) →
  ``@notBefore``/``@notAfter`` (first and last member);
- "all of these" (``{1835..1836}``) and an interval (``1835-03-04/1835-03-10``, open
  ``1835/..`` or ``1835/``) → ``@from``/``@to``.

One deliberate difference: csv2cmi turns ``183X`` into ``@from``/``@to``; a year of the
1830s is not a period that lasted ten years, so corresp writes ``@notBefore``/``@notAfter``.

Every form is a row of ``FORMS`` with examples; ``tests/test_edtf.py`` reads them. The
reverse direction (TEI → EDTF, for ``output/letters.csv``) is ``c:edtf`` in ``xslt/csv.xsl``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from .dates import DateValue

_QUALIFIERS = "?~%"
_DAY = r"-?\d{4}(?:-\d{2}(?:-\d{2})?)?"  # YYYY, YYYY-MM, YYYY-MM-DD; a negative year has a "-"


@dataclass(frozen=True)
class Form:
    """One shape of EDTF date: its pattern (on the date without qualifiers), the TEI
    attributes its parts go to, and examples (EDTF → expected attributes) the tests check."""

    name: str
    pattern: re.Pattern[str]
    examples: tuple[tuple[str, dict[str, str]], ...]


FORMS: tuple[Form, ...] = (
    Form("date", re.compile(rf"^(?P<when>{_DAY})$"), (
        ("1835-04-03", {"when": "1835-04-03"}),
        ("1835-04", {"when": "1835-04"}),
        ("1835", {"when": "1835"}),
        ("1836?", {"when": "1836", "cert": "low"}),
        ("1835~", {"when": "1835", "precision": "low"}),
        ("1835-04%", {"when": "1835-04", "cert": "low", "precision": "low"}),
        ("-0350", {"when": "-0350"}),
    )),
    Form("unspecified", re.compile(r"^(?P<digits>-?(?=[\dX]{4}$)\d{1,3}X{1,3}|\d{4}(?:-XX(?:-XX)?|-\d{2}-XX))$"), (
        ("1835-04-XX", {"when": "1835-04"}),
        ("1835-XX", {"when": "1835"}),
        ("1835-XX-XX", {"when": "1835"}),
        ("183X", {"notBefore": "1830", "notAfter": "1839"}),
        ("18XX?", {"notBefore": "1800", "notAfter": "1899", "cert": "low"}),
    )),
    Form("one of a set", re.compile(rf"^\[(?P<first>{_DAY})?(?:(?:\.\.|,\s*)(?:{_DAY}(?:\.\.|,\s*))*(?P<last>{_DAY})?)?\]$"), (
        ("[1835..1836]", {"notBefore": "1835", "notAfter": "1836"}),
        ("[1835-03-04..1835-03-10]", {"notBefore": "1835-03-04", "notAfter": "1835-03-10"}),
        ("[..1760-12-03]", {"notAfter": "1760-12-03"}),
        ("[1760-12..]", {"notBefore": "1760-12"}),
        ("[1667,1668,1670..1672]", {"notBefore": "1667", "notAfter": "1672"}),
        ("[1835?..1836?]", {"notBefore": "1835", "notAfter": "1836", "cert": "low"}),
    )),
    Form("all of a set", re.compile(rf"^\{{(?P<first>{_DAY})?(?:(?:\.\.|,\s*)(?:{_DAY}(?:\.\.|,\s*))*(?P<last>{_DAY})?)?\}}$"), (
        ("{1835..1836}", {"from": "1835", "to": "1836"}),
        ("{1667,1668}", {"from": "1667", "to": "1668"}),
    )),
    Form("interval", re.compile(rf"^(?P<start>{_DAY}|\.\.)?/(?P<end>{_DAY}|\.\.)?$"), (
        ("1835-03-04/1835-03-10", {"from": "1835-03-04", "to": "1835-03-10"}),
        ("1835/..", {"from": "1835"}),
        ("1835/", {"from": "1835"}),
        ("../1949-01-31", {"to": "1949-01-31"}),
        ("/1985-04-12", {"to": "1985-04-12"}),
        ("1708-03~/1710-02", {"from": "1708-03", "to": "1710-02", "precision": "low"}),
    )),
)

# Shapes that are not read, each with the reason the report gives.
NOT_READ: tuple[tuple[str, str], ...] = (
    ("--03-12", "a date without a year cannot be normalised"),
    ("1835-02-30", "not a calendar date"),
    ("1836/1835", "the interval ends before it starts"),
    ("1835-21", "seasons (EDTF 21-24) are not read"),
    ("March 1835", "not an ISO/EDTF date"),
    ("../..", "an interval open at both ends says nothing"),
)


class EdtfError(ValueError):
    """A date text that is not one of the EDTF forms corresp reads (the message says why)."""


def _real(value: str) -> str:
    """``value`` if it is a calendar date at its precision ("1835-02-30" is not)."""
    m = re.fullmatch(r"(-?)(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    year, month, day = int(m.group(2)), m.group(3), m.group(4)
    if month and not 1 <= int(month) <= 12:
        raise EdtfError(f"{value!r} is not a calendar date")
    if day and not (year and 1 <= int(day) <= calendar.monthrange(year, int(month))[1]):
        raise EdtfError(f"{value!r} is not a calendar date")
    return value


def _key(value: str) -> tuple:
    """Sort key of an ISO date with a possibly negative year."""
    parts = value.lstrip("-").split("-")
    sign = -1 if value.startswith("-") else 1
    return (sign * int(parts[0]), *[int(p) for p in parts[1:]])


def _ordered(first: str | None, last: str | None) -> None:
    """Start before end, compared at the precision both share."""
    if first and last:
        shared = min(len(_key(first)), len(_key(last)))
        if _key(first)[:shared] > _key(last)[:shared]:
            raise EdtfError(f"{first} comes after {last}")


def _unspecified(digits: str) -> dict[str, str]:
    if "-" in digits[1:]:  # 1835-XX, 1835-04-XX: the precision the digits give
        return {"when": re.sub(r"(?:-XX)+$", "", digits)}
    return {"notBefore": digits.replace("X", "0"), "notAfter": digits.replace("X", "9")}


def parse(text: str) -> DateValue | None:
    """The TEI reading of an EDTF date, ``None`` for an empty cell; ``EdtfError`` if unread."""
    written = text
    text = "".join(text.split())
    if not text:
        return None
    uncertain = "?" in text or "%" in text
    approximate = "~" in text or "%" in text
    bare = text.translate({ord(c): None for c in _QUALIFIERS})
    for form in FORMS:
        m = form.pattern.match(bare)
        if m is None:
            continue
        groups = {k: v for k, v in m.groupdict().items() if v and v != ".."}
        if form.name == "date":
            attributes = {"when": _real(groups["when"])}
        elif form.name == "unspecified":
            attributes = _unspecified(groups["digits"])
        else:
            first = groups.get("first", groups.get("start"))
            last = groups.get("last", groups.get("end"))
            if form.name.endswith("set") and not re.search(r"\.\.|,", bare):
                last = first  # [1835]: a set of one
            for value in (first, last):
                if value:
                    _real(value)
            _ordered(first, last)
            start, end = ("notBefore", "notAfter") if form.name == "one of a set" else ("from", "to")
            attributes = {k: v for k, v in ((start, first), (end, last)) if v}
            if form.name == "one of a set" and first and first == last:
                attributes = {"when": first}  # [1835]: one of one, 1835
        if not attributes:
            raise EdtfError(f"{written!r} gives neither a start nor an end")
        return DateValue.of(written, attributes, cert="low" if uncertain else None,
                            precision="low" if approximate else None)
    if re.fullmatch(r"--\d{2}(?:-\d{2})?|---\d{2}", bare):
        raise EdtfError(f"{written!r} has no year; corresp's TEI needs one")
    if re.fullmatch(r"\d{4}-2[1-4]", bare):
        raise EdtfError(f"{written!r} is a season (EDTF 21-24), which corresp does not read")
    raise EdtfError(f"{written!r} is not an ISO or EDTF date (YYYY-MM-DD, YYYY-MM, YYYY, "
                    "with ?, ~ or %, [a..b], a/b)")
