"""An edition's own layouts: ``[[layout]]`` tables in edition.toml (docs/layouts.md).

::

    [[layout]]
    name = "letter-book"
    pattern = "No. {number} — {date} — {sender} to {recipient} — p. {page}"

    [[layout]]
    name = "records"
    pattern = ["Writer: {sender}", "Addressee: {recipient}", "Written at {place} on {date}"]

``pattern`` is one line of an entry's head, or a list of them (consecutive lines; blank
lines between them are allowed). Every line the pattern does not match, up to the next
entry, is the entry's summary. In a pattern:

``{date}`` ``{sender}`` ``{recipient}`` ``{place}`` ``{number}`` ``{page}`` ``{title}`` ``{summary}``
    a field: as little text as lets the whole line match. ``{date}`` must hold a digit or
    say "undated"; ``{number}`` is a number (12, 12a, XII); ``{page}`` a page number.
``{_}``
    text to skip (dot leaders, a shelfmark you do not want).
``[ … ]``
    an optional part: ``{sender} to {recipient}[, {place}], {date}``.
anything else
    itself, upper or lower case alike; a space stands for any run of spaces.

These layouts are tried before the built-in ones and win a tie.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..dates import parse_date
from ..lines import UNDATED, Line
from ..listing import Entry, Listing
from . import BUILT_IN, Layout, no_entries, unused
from .builtin import read_head
from .shared import paragraphs as _paragraphs

FIELDS = ("date", "sender", "recipient", "place", "number", "page", "title", "summary")
KEYS = ("name", "pattern", "description")
_FIELD_RX = {
    "number": r"(?:No\.?\s*)?(?:\d{1,5}[a-z]?|[IVXLCDM]{1,8})",
    "page": r"\d{1,4}[a-z]?|[ivxlcdm]{1,8}",
    "summary": r".*",
}
_TOKEN = re.compile(r"\{[^{}]*\}?|\[|\]|\s+|[^{}\[\]\s]+|[{}]")
_NAME = re.compile(r"^[a-z][a-z0-9-]{0,39}$")
_LOOSE = set(",.;:()[]—–-/|")
# Longer lines are not tried: no entry head is that long, and a pattern of many fields could
# take long on a huge line.
_LONGEST = 300


class LayoutError(ValueError):
    """A [[layout]] table that cannot be used; the message names edition.toml's line and key."""


def where(path, text: str, index: int, key: str | None = None) -> str:
    """``edition.toml:N`` of the ``index``-th ``[[layout]]`` table, or of ``key`` inside it."""
    current, found = -1, None
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("["):
            if re.match(r"\[\[\s*layout\s*\]\]", stripped):
                current += 1
                if current == index:
                    found = number
            elif current == index:
                break  # the next table: the key is not in this one
            continue
        if current == index and key and re.match(rf"{re.escape(key)}\s*=", stripped):
            return f"{path}:{number}"
    return f"{path}:{found}" if found else str(path)


def compile_pattern(pattern: str) -> tuple[re.Pattern[str], list[str]]:
    """One line's pattern → a regular expression and the fields in it; ValueError says what is wrong."""
    out: list[str] = []
    fields: list[str] = []
    depth = 0
    previous_field = False
    tokens = _TOKEN.findall(pattern)
    for n, token in enumerate(tokens):
        if token.startswith("{"):
            if not token.endswith("}") or len(token) < 2:
                raise ValueError("a \"{\" is not closed: write fields as {date}, {sender} …")
            name = token[1:-1].strip()
            if name != "_" and name not in FIELDS:
                raise ValueError(f"unknown field {token}; the fields are "
                                 f"{', '.join('{' + f + '}' for f in FIELDS)} and {{_}} (text to skip)")
            if previous_field:
                raise ValueError(f"{token} follows another field with nothing between them: "
                                 "put the text that separates them in the pattern")
            if name in fields:
                raise ValueError(f"{token} appears twice")
            if name != "_":
                fields.append(name)
            rx = _FIELD_RX.get(name, r".+?")
            out.append(f"(?P<{name}>{rx})" if name != "_" else f"(?:{rx})")
            previous_field = True
            continue
        if token == "}":
            raise ValueError("a \"}\" without its \"{\"")
        if token == "[":
            depth += 1
            out.append("(?:")
            continue
        if token == "]":
            if depth == 0:
                raise ValueError("a \"]\" without its \"[\"")
            depth -= 1
            out.append(")?")
            continue
        previous_field = False
        if token.isspace():
            before, after = tokens[n - 1] if n else "", tokens[n + 1] if n + 1 < len(tokens) else ""
            # around punctuation the text may have no space at all ("Bath,3 May", "( Bath )")
            loose = before[-1:] in _LOOSE or after[:1] in _LOOSE
            out.append(r"\s*" if loose else r"\s+")
        else:
            out.append(re.escape(token))
    if depth:
        raise ValueError("a \"[\" is not closed with \"]\"")
    if not fields:
        raise ValueError("no field in it: a pattern says where at least one of "
                         f"{', '.join('{' + f + '}' for f in FIELDS)} stands")
    if "summary" in fields and not pattern.rstrip().endswith("{summary}"):
        raise ValueError("{summary} must come last: it takes the rest of the line")
    regex = "".join(out)
    try:
        return re.compile(rf"^\s*{regex}\s*$", re.IGNORECASE), fields
    except re.error as err:  # pragma: no cover - the tokens above always make a valid expression
        raise ValueError(f"cannot be compiled ({err})") from None


@dataclass
class _Match:
    index: int  # of the first line
    last: int  # index of the last line of the head
    fields: dict[str, str]
    lines: list[Line]


class UserLayout(Layout):
    """A layout declared in edition.toml: a pattern over named fields, one per head line."""

    def __init__(self, name: str, patterns: Sequence[str], description: str = ""):
        self.name = name
        self.patterns = list(patterns)
        self.compiled = [compile_pattern(p)[0] for p in self.patterns]
        self.description = description or f"{name} (edition.toml): " + " / ".join(self.patterns)
        self.rule = "an entry starts where its lines match " + " / ".join(f"\"{p}\"" for p in self.patterns)

    def _match_at(self, lines: Sequence[Line], i: int) -> _Match | None:
        fields: dict[str, str] = {}
        used: list[Line] = []
        j = i
        for n, regex in enumerate(self.compiled):
            while n and j < len(lines) and lines[j].kind == "blank":
                j += 1
            if j >= len(lines):
                return None
            line = lines[j]
            text = " ".join((line.raw or line.text).replace("\u00a0", " ").split())
            if line.kind in {"blank", "long"} or len(text) > _LONGEST:
                return None
            m = regex.match(text)
            if not m:
                return None
            found = {k: v.strip() for k, v in m.groupdict().items() if v is not None and v.strip()}
            date = found.get("date")
            if date is not None and not (re.search(r"\d", date) or UNDATED.match(date)):
                return None
            fields.update(found)
            used.append(line)
            j += 1
        return _Match(i, j - 1, fields, used)

    def matches(self, lines: Sequence[Line]) -> list[_Match]:
        found: list[_Match] = []
        i = 0
        while i < len(lines):
            m = self._match_at(lines, i) if lines[i].kind != "blank" else None
            if m:
                found.append(m)
                i = m.last + 1
            else:
                i += 1
        return found

    def score(self, lines: Sequence[Line]) -> float:
        return len(self.matches(lines))

    def read(self, lines: Sequence[Line], listing: Listing) -> None:
        found = self.matches(lines)
        if not found:
            no_entries(listing, lines)
            return
        read_head(listing, lines[:found[0].index])
        for n, m in enumerate(found):
            end = found[n + 1].index if n + 1 < len(found) else len(lines)
            listing.entries.append(self._entry(listing, m, lines[m.last + 1:end]))

    def _entry(self, listing: Listing, m: _Match, body: Sequence[Line]) -> Entry:
        fields = m.fields
        date_text = fields.get("date", "")
        date_line = next((line.number for line, rx in zip(m.lines, self.compiled) if "date" in rx.groupindex),
                         m.lines[0].number)
        title = fields.get("title") or " ".join(line.text for line in m.lines)
        entry = Entry(source=listing.source, first_line=m.lines[0].number, last_line=m.lines[-1].number,
                      date_text=date_text, date_line=date_line, date=parse_date(date_text) if date_text else None,
                      title=title, title_line=m.lines[0].number,
                      fields={k: v for k, v in fields.items() if k not in {"date", "title", "summary"}})
        if not date_text:
            entry.flags.append(f"no date: the layout {self.name} has no {{date}} field, or it was empty")
        content = [line for line in body if line.kind not in {"boilerplate", "separator", "long"}]
        for line in body:
            if line not in content:
                unused(listing, line, "")
        paragraphs = _paragraphs(content)
        if fields.get("summary"):
            paragraphs.insert(0, [Line(m.lines[-1].number, fields["summary"], "text")])
        entry.summary = [" ".join(line.text for line in p) for p in paragraphs]
        entry.summary_paragraphs = [[(line.number, line.text) for line in p] for p in paragraphs]
        if paragraphs:
            entry.summary_lines = (paragraphs[0][0].number, paragraphs[-1][-1].number)
            entry.last_line = max(entry.last_line, paragraphs[-1][-1].number)
        return entry


def check(path, text: str, tables: object) -> list[UserLayout]:
    """The edition's [[layout]] tables, compiled; LayoutError (file:line, key, what is wrong) if one cannot be."""
    if tables is None:
        return []
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        line = next((n for n, t in enumerate(text.splitlines(), 1) if re.match(r"\s*layout\s*=", t)), None)
        raise LayoutError(f"{path}{f':{line}' if line else ''}: layout must be an array of tables: write each as "
                          "[[layout]] followed by name = \"…\" and pattern = \"…\" (see docs/layouts.md)")
    taken = {"auto", *(layout.name for layout in BUILT_IN)}
    layouts: list[UserLayout] = []
    for index, table in enumerate(tables):
        label = f"[[layout]] number {index + 1}"

        def fail(key: str | None, message: str):
            raise LayoutError(f"{where(path, text, index, key)}: {label}{', ' + key if key else ''}: {message}")

        for key in table:
            if key not in KEYS:
                fail(key, f"unknown key; a [[layout]] has {', '.join(KEYS)}")
        name = table.get("name")
        if not isinstance(name, str) or not _NAME.match(name):
            fail("name", "must be a short word in lower case (letters, digits, \"-\"), e.g. "
                         f"name = \"letter-book\", not {name!r}")
        label = f"[[layout]] {name!r}"
        if name in taken:
            built_in = name == "auto" or name in {layout.name for layout in BUILT_IN}
            fail("name", f"is taken ({'by a built-in layout' if built_in else 'by another [[layout]]'}); "
                         "choose another")
        taken.add(name)
        pattern = table.get("pattern")
        patterns = [pattern] if isinstance(pattern, str) else pattern
        if not isinstance(patterns, list) or not patterns or not all(isinstance(p, str) and p.strip() for p in patterns):
            fail("pattern", "must be a string, or a list of strings for an entry of several lines, "
                            "e.g. pattern = \"{sender} to {recipient}, {date}\"")
        fields: list[str] = []
        for n, line_pattern in enumerate(patterns):
            which = f"line {n + 1} " if len(patterns) > 1 else ""
            try:
                _, found = compile_pattern(line_pattern)
            except ValueError as err:
                fail("pattern", f"{which}{line_pattern!r}: {err}")
            twice = sorted(set(found) & set(fields))
            if twice:
                fail("pattern", f"{{{twice[0]}}} appears in more than one line")
            if "summary" in found and n != len(patterns) - 1:
                fail("pattern", f"{which}{line_pattern!r}: {{summary}} may only stand in the last line")
            fields += found
        if not {"date", "title", "sender", "recipient"} & set(fields):
            fail("pattern", "must hold at least one of {date}, {title}, {sender}, {recipient}: "
                            "else an entry would say nothing about its letter")
        description = table.get("description", "")
        if not isinstance(description, str):
            fail("description", "must be a string")
        layouts.append(UserLayout(name, patterns, description))
    return layouts
