"""Entry titles → document type, parties and subject.

"Cable, Stalin [via Kuznetsov] to Mao Zedong [via Terebin]" names a sender, a recipient and
an intermediary on each side; "Cable, Mao to Filippov [Stalin]" names the recipient as
written (Filippov) and who that is (Stalin). Titles that name no parties are kept as they
are: we would rather encode no correspondent than a wrong one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import doctypes

# Lower-case words that may sit inside a name or an organisation's name.
_PARTICLES = {
    "von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "al",
    "bin", "ibn", "of", "the", "for", "in", "and", "y", "zu", "des", "dos", "das",
}
_VIA = re.compile(r"^\s*via\s+(.+)$", re.IGNORECASE)
_QUOTE_CHARS = "'\"‘’“”"


@dataclass(frozen=True)
class Name:
    """A party as written, and who it is when the title says so ("Filippov [Stalin]")."""

    written: str
    identified: str | None = None
    kind: str = "person"

    @property
    def canonical(self) -> str:
        return self.identified or self.written


@dataclass
class Title:
    text: str
    doctype: str | None = None
    doctype_written: str | None = None
    senders: list[Name] = field(default_factory=list)
    recipients: list[Name] = field(default_factory=list)
    # In the order the document travelled: sender's side first.
    intermediaries: list[Name] = field(default_factory=list)
    participants: list[Name] = field(default_factory=list)
    authors: list[Name] = field(default_factory=list)
    subject: str | None = None
    source: str | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def is_letter(self) -> bool:
        return bool(self.senders and self.recipients)

    def names(self) -> list[Name]:
        return [*self.senders, *self.intermediaries, *self.recipients, *self.participants, *self.authors]


def split_top(text: str, separator: re.Pattern[str]) -> list[str]:
    """Split at separators that are not inside brackets or quotes."""
    parts, depth, start = [], 0, 0
    i = 0
    while i < len(text):
        c = text[i]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth = max(0, depth - 1)
        elif depth == 0:
            m = separator.match(text, i)
            if m and m.end() > i:
                parts.append(text[start:i])
                start = i = m.end()
                continue
        i += 1
    parts.append(text[start:])
    return [p.strip() for p in parts]


_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_LIST = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+", re.IGNORECASE)
_COMMA = re.compile(r"\s*,\s*")


def looks_like_name(text: str) -> bool:
    """Capitalised words, perhaps with particles and initials: "Mao Zedong", "V. Semyonov"."""
    words = text.split()
    if not words or len(words) > 8:
        return False
    if not (words[0][:1].isupper() or words[0][:1] in _QUOTE_CHARS):
        return False
    for word in words:
        core = word.strip(_QUOTE_CHARS + ".,")
        if not core:
            return False
        if core[:1].isupper() or core[:1].isdigit():
            continue
        if core.lower() in _PARTICLES:
            continue
        return False
    return True


def parse_name(chunk: str) -> tuple[Name | None, list[Name]]:
    """One party chunk → the party and its intermediaries ("Stalin [via Kuznetsov]")."""
    intermediaries: list[Name] = []
    identified = None
    brackets = re.findall(r"\s*[\[(]([^\])]*)[\])]", chunk)
    core = re.sub(r"\s*[\[(][^\])]*[\])]", "", chunk).strip()
    for inner in brackets:
        via = _VIA.match(inner)
        if via:
            intermediaries.extend(n for n in (parse_name(v)[0] for v in split_top(via.group(1), _LIST)) if n)
        elif looks_like_name(inner) and identified is None:
            identified = inner.strip()
        else:
            return None, []
    if not looks_like_name(core):
        return None, []
    return Name(core, identified), intermediaries


def parse_party_list(text: str) -> tuple[list[Name], list[Name]] | None:
    """"A, B and C [via X]" → names and intermediaries, or None if it is not a list of names."""
    names: list[Name] = []
    vias: list[Name] = []
    for chunk in split_top(text, _LIST):
        name, chunk_vias = parse_name(chunk)
        if name is None:
            return None
        names.append(name)
        vias.extend(chunk_vias)
    return names, vias


def parse_title(text: str) -> Title:
    title = Title(text=text)
    rest = " ".join(text.split())
    found = doctypes.find(rest)
    if found:
        title.doctype, title.doctype_written, start, end = found
        if start == 0 or rest[:start].strip().lower() in {"the", "the official", "a", "an"}:
            rest = rest[end:].lstrip(" ,:;-")

    # "Memorandum of Conversation between A and B": participants, not correspondents.
    between = re.match(r"^(?:with|between)\s+(.+)$", rest, re.IGNORECASE)
    if between:
        parsed = parse_party_list(between.group(1))
        if parsed:
            title.participants = parsed[0]
            return title

    # "Notes by A ahead of …": an author, the rest is description.
    by = re.match(r"^by\s+(.+)$", rest, re.IGNORECASE)
    if by:
        words = by.group(1).split()
        for n in range(len(words), 0, -1):
            name, _ = parse_name(" ".join(words[:n]))
            if name and words[n - 1][:1].isupper():
                title.authors = [name]
                title.subject = " ".join(words[n:]) or None
                return title

    # "A to B[, Subject]": the correspondents.
    rest = re.sub(r"^from\s+", "", rest, flags=re.IGNORECASE)
    sides = split_top(rest, _TO)
    if len(sides) == 2:
        senders = parse_party_list(sides[0])
        recipients_text, subject = _split_subject(sides[1])
        recipients = parse_party_list(recipients_text)
        if senders and recipients:
            title.senders, sender_vias = senders
            title.recipients, recipient_vias = recipients
            title.intermediaries = sender_vias + recipient_vias
            title.subject = subject
            return title

    # No parties: a trailing "(Izvestia)" is where the document was published.
    source = re.search(r"\s*\(([^()]+)\)\s*$", text)
    if source and looks_like_name(source.group(1)):
        title.source = source.group(1).strip()
    if title.doctype in {"cable", "telegram", "letter"}:
        title.problems.append("no sender and recipient found in the title")
    return title


def _split_subject(text: str) -> tuple[str, str | None]:
    """"Mao Zedong, Nanjing Peace Proposal" → recipients and subject.

    A comma list of names ends in "and X"; without that final "and", what follows the
    first comma is the subject.
    """
    parts = split_top(text, _COMMA)
    if len(parts) == 1 or re.match(r"^(?:and|&)\s", parts[-1], re.IGNORECASE):
        return text, None
    return parts[0], ", ".join(parts[1:])
