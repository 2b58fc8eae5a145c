"""Indexes by person: a person's heading, then the dated papers that concern him or her.

::

    Ashby, Richard

    1817 Apr

    Memorial to the Governor for cattle from the Government herds on credit (Reel 6003; 4/3491 p.66)

    1819 Jul 5

    Letter from J H Trenwith requiring him to attend at the Secretary's Office (Fiche 3002; 4/1823 No.17)

Government archives index their secretaries' in-letters and out-letters this way (the NSW
Colonial Secretary's index, calendars of a governor's papers): under the person, each paper's
date on a line of its own (an undated paper has none), then a description that says which way
it went, relative to the heading's person: "Memorial to X", "Letter (with A and B) to X",
"Reporting to X", "Advising X that …" (the person wrote, to X); "Letter from X", "X seeking …",
"A, B and C, as committee of survey, reporting …" (X wrote to the person); "Applying for …"
(the person wrote; to whom is not said). A description that says none of these (a
proclamation, "On list of convicts …") names no party: its paper is kept, with no sender or
recipient rather than a guessed one. The description is the entry's summary, word for word;
its title is made from the parties. The ways are the rows of ``WAYS``, tested on ``WAY_EXAMPLES``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .. import doctypes
from ..lines import Line
from ..listing import Entry, Listing, Unused
from ..titles import GIVEN_NAMES, made_title
from . import Layout, no_entries, unused
from .builtin import _YEAR_ALONE, read_head
from .correspondents import _HEADING
from .shared import natural_name, title_case

# A party as a description names it: capitalised words, perhaps after "the" and with "of the", "to
# the" inside ("J H Trenwith", "Governor Kestell", "the Reverend Samuel Coldwell", "Commissioners of
# the Navy", "Secretary to the Treasury", "the Secretary's Office")
_WORD = r"[A-Z][\w'’.-]*"
_PARTY = (rf"(?:the\s+)?(?:{_WORD}|(?:inhabitants|settlers|residents|landholders|freeholders|magistrates|merchants|"
          rf"officers|clergy|householders)(?=\s+of\s))(?:\s+(?:(?:of|to)\s+the\s+|of\s+|de\s+|van\s+|von\s+)?{_WORD})*")
#         ("the inhabitants of Port Selby": a place's people, as one body)
# … several: "William Tolley, Michael Brophy and Richard Nayler"
_PARTIES = rf"{_PARTY}(?:,\s+{_PARTY})*(?:,?\s+and\s+{_PARTY})?"
# What one writes to someone ("Advising X that …"): the word before its addressee
_ADDRESSING = (r"Advising|Instructing|Informing|Requesting|Asking|Thanking|Notifying|Directing|Ordering|Urging|"
               r"Reminding|Warning|Authori[sz]ing|Congratulating|Inviting|Acquainting|Assuring|Requiring|Answering|"
               r"Desiring|Enjoining|Cautioning|Reprimanding|Summoning")
# … and what one writes to someone after "to" ("Reporting to X the escape …")
_WRITING_TO = (r"Reporting|Writing|Replying|Complaining|Applying|Forwarding|Transmitting|Submitting|Explaining|"
               r"Representing|Appealing|Returning|Sending|Recommending|Stating|Addressed|Written")
# A description that opens with a gerund: what the person did ("Applying for a licence",
# "Seeking permission to marry X"); not a noun that ends so ("Building at Parramatta")
_NOT_GERUNDS = ("Building", "Buildings", "Meeting", "Morning", "Evening", "Clothing", "Shipping", "Dwelling", "Wedding",
                "Hearing", "Painting", "Drawing", "Printing", "Spring", "King", "Ring", "Thing", "Landing", "Lodging",
                # (prepositions: "During his absence …", "Concerning the survey …")
                "During", "Concerning", "Regarding", "Following", "Respecting", "Touching", "Including", "According",
                "Pending", "Notwithstanding", "Excepting")
_GERUND = rf"(?!(?:{'|'.join(_NOT_GERUNDS)})\b)[A-Z][a-z]{{2,}}ing\b"
# An item: the paper's type and its addressee, or the writer first ("X seeking …")
_TYPE = r"(?P<type>[A-Z][a-z]+)"

#: How an index's description says which way its paper went: (pattern, the heading's person's
#: side, whether the other side is named first). ``other``: the other side; ``with``: those who
#: wrote with the person; "title": the description names both sides ("Letter from A to B", "Letter
#: to B from A"), to be read as a title is, whoever the heading names. Examples: WAY_EXAMPLES.
WAYS: tuple[tuple[str, str, bool], ...] = (
    (rf"^{_TYPE}\s+(?:from\s+(?>{_PARTIES})\s+to|to\s+(?>{_PARTIES})\s+from)\s+(?:(?:the|his|her|their)\s+(?:[a-z-]+\s+)?)?[A-Z]", "title", False),
    (rf"^{_TYPE}(?:\s+\(with\s+(?P<with>{_PARTIES})\))?\s+to\s+(?P<other>{_PARTIES})(?![\w'’])", "sender", False),
    (rf"^{_TYPE}\s+from\s+(?P<other>{_PARTIES})(?![\w'’])", "recipient", False),
    (rf"^(?:{_WRITING_TO})\s+to\s+(?P<other>{_PARTY})(?![\w'’])", "sender", False),
    (rf"^(?:{_ADDRESSING})\s+(?P<other>{_PARTY})(?![\w'’])", "sender", False),
    (rf"^(?P<other>{_PARTIES})(?:,\s+as\s+[^,]{{3,60}},)?\s+[a-z]+ing\b", "recipient", True),
    (rf"^{_GERUND}", "sender", False),
)
WAY_EXAMPLES: tuple[tuple[str, tuple[str, list[str], list[str]] | None], ...] = (
    ("Letter from Walter Lusty to Amos Kerrigan re the boundary of their farms", ("title", [], [])),
    ("Letter from Walter Lusty to his brother Thomas Lusty", ("title", [], [])),
    ("Letter to Amos Kerrigan from Walter Lusty", ("title", [], [])),
    ("Petition to Governor Wrexham to be allowed to go to Emu Plains", ("sender", ["Governor Wrexham"], [])),
    ("Memorial (with Amos Kerrigan and Walter Lusty) to Governor Wrexham for a bridge over the creek",
     ("sender", ["Governor Wrexham"], ["Amos Kerrigan", "Walter Lusty"])),
    ("Memorial to the Governor for cattle from the Government herds on credit", ("sender", ["Governor"], [])),
    ("Letter from H W Abernathy requiring him to attend at the Chief Secretary's Office",
     ("recipient", ["H W Abernathy"], [])),
    ("Memorial from the inhabitants of Port Selby praying for a market house",
     ("recipient", ["inhabitants of Port Selby"], [])),
    ("Reporting to Lord Harwood on his tour of inspection", ("sender", ["Lord Harwood"], [])),
    ("Advising Secretary to the Treasury that care would be taken", ("sender", ["Secretary to the Treasury"], [])),
    ("Instructing Captain Ezra Pollexfen re the embarking of stores", ("sender", ["Captain Ezra Pollexfen"], [])),
    ("Amos Kerrigan, Josiah Fairbrother and Walter Lusty, as trustees of the road, reporting on its state",
     ("recipient", ["Amos Kerrigan", "Josiah Fairbrother", "Walter Lusty"], [])),
    ("the Reverend Caleb Trounce giving his opinion on the site proposed for the new church",
     ("recipient", ["Reverend Caleb Trounce"], [])),
    ("Applying for a licence to keep a ferry across the river", ("sender", [], [])),
    ("Instructing his agents re the disposal of his salary", ("sender", [], [])),
    ("Notice defining the limits of the town", None),  # (a notice, no letter: no party)
    ("Notice to the settlers to bring in their returns", None),
    ("On list of settlers supplied with seed wheat", None),
    ("Proclamation announcing his assumption of the government", None),
    ("Government and General Order re the muster of prisoners", None),
    ("General Order forbidding the sale of spirits", None),
    ("Government Public Notice respecting the new road", None),
    ("Sydney Gazette announcing the sale", None),
    ("Building at Parramatta to be repaired", None),
    ("During his absence the settlement to be in charge of Captain Pollexfen", None),
    ("Concerning the survey of the road", None),
)
_WAYS = [(re.compile(rx), side, first) for rx, side, first in WAYS]
# Not writers: a description's opening that the writer-first row would take for names ("Notice
# defining …" names one word; "General Order forbidding …", "Sydney Gazette announcing …": papers)
_ONE_WORD = re.compile(rf"^(?:the\s+)?{_WORD}$")
_PAPER_WORDS = re.compile(r"\b(?:Order|Orders|Notice|Gazette|Patent|Proclamation|Regulations?|Returns?|List|Minutes?|"
                          r"Memorandum|Despatch(?:es)?|Government|Commission|Warrant)\b")


def way(description: str) -> tuple[str, list[str], list[str]] | None:
    """The heading's person's side in a paper ("sender", "recipient"; "title": the description
    names both sides) and the other side's names and the person's co-writers, as the description
    says them; None if it says no way."""
    for rx, side, first in _WAYS:
        m = rx.match(description)
        if m is None:
            continue
        named = m.groupdict()
        if named.get("type") and not doctypes.opens_with_type(named["type"]):
            continue  # ("Notice to X": a notice, not a letter to X)
        if side == "title":
            return side, [], []
        other = _names(named.get("other"))
        if first and (not other or any(_ONE_WORD.match(n) or _PAPER_WORDS.search(n) for n in other)):
            continue  # ("Notice defining …", "General Order forbidding …": no writers named)
        return side, other, _names(named.get("with"))
    return None


def _names(text: str | None) -> list[str]:
    """"A, B and C" → [A, B, C], each without a leading "the"."""
    if not text:
        return []
    return [re.sub(r"^the\s+", "", part.strip()) for part in re.split(r",\s+|,?\s+and\s+", text) if part.strip()]


def _same_person(name: str, person: str) -> bool:
    """Whether a description's name is the heading's person: the same surname, and before it
    nothing but the person's given names, their initials or an office ("Governor Kestell", "J.
    Hooker" under "Hooker, Joseph"; not "Mary Smith" under "Smith, John")."""
    *before, surname = name.split()
    *given, own = person.split()
    if surname != own:
        return False
    allowed = {*given, *(g[0] for g in given), *(f"{g[0]}." for g in given)}
    return all(word in allowed or word not in GIVEN_NAMES for word in before)


def _joined(names: list[str]) -> str:
    """"A, B and C", as a title lists them."""
    return " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 2 else names)


def _person(line: Line) -> str | None:
    """The person a heading names, in reading order ("Kestell, Ranulph (Jan 1815-May 1818)":
    Ranulph Kestell), or None (a bracket that is no span of time, "Lusty, Amos (Reel 7101; …)", is a
    wrapped description's end)."""
    heading = _HEADING.match(line.text.strip())
    if heading is None or line.kind not in {"text", "heading"} \
            or heading["dates"] and not re.fullmatch(r"[^;]*\d{4}[^;]*", heading["dates"]):
        return None
    surname = title_case(heading["surname"]) if heading["surname"].isupper() else heading["surname"]
    given = heading["given"] if re.search(r"\b\w\.$", heading["given"]) else heading["given"].rstrip(".")
    return natural_name(f"{surname}, {given}")  # ("WREXHAM, Augustus.": no initial)


def _item_start(line: Line) -> bool:
    """A paper's date on a line of its own ("1817 Apr", "1819 Dec 20-1820 Jan 11")."""
    return line.kind == "date" and line.date is not None and not line.rest.strip()


def _next(lines: Sequence[Line], i: int) -> int | None:
    return next((k for k in range(i + 1, min(i + 8, len(lines))) if lines[k].kind != "blank"), None)


def _previous(lines: Sequence[Line], i: int) -> int | None:
    return next((k for k in range(i - 1, max(i - 8, -1), -1) if lines[k].kind != "blank"), None)


def _undated_after(lines: Sequence[Line], i: int) -> bool:
    """Whether a line stands where a paper's date would, two blank lines or more after the one
    before: the paper's date line left empty (a running head follows one blank line)."""
    return i > 1 and lines[i - 1].kind == "blank" and lines[i - 2].kind == "blank"


def _sections(lines: Sequence[Line]) -> dict[int, str | None]:
    """The headings over the papers (index → the person named, or None for a subject's heading
    or a name this reader cannot read): a heading stands alone right over a paper's date line,
    or over an undated paper (two blank lines) with a dated one under it."""
    found: dict[int, str | None] = {}
    for i, line in enumerate(lines):
        if line.kind not in {"text", "heading"} or len(line.text) > 80 or i and lines[i - 1].kind not in {"blank", "boilerplate"} \
                and _person(line) is None:
            continue
        below = _next(lines, i)
        if below is None or not (_item_start(lines[below]) or lines[below].kind == "text" and _undated_after(lines, below)
                                 and (after := _next(lines, below)) is not None and _item_start(lines[after])):
            continue
        if (person := _person(line)) is not None:
            found[i] = person
        elif len(line.text) < 50 and not re.search(r"[\d();:]", line.text) and not line.text.rstrip().endswith(".") \
                and way(line.text) is None and not (i > 1 and (above := _previous(lines, i)) is not None and _item_start(lines[above])):
            found[i] = None  # ("Bread, price of", "DE LA CONDAMINE, Thomas": a heading, no person this reader can read)
    return found


class PersonIndex(Layout):
    name = "person-index"
    description = "person-index: a person's heading, then dated papers whose descriptions say which way they went"
    rule = ("an entry starts at a date on a line of its own under a person's heading (\"Ashby, Richard\"), or at a "
            "description after one that has its paper; the description says the person's side")

    def score(self, lines: Sequence[Line]) -> float:
        """The papers under persons' headings, where a quarter of the descriptions or more say a
        way (half, under one person's heading), two of them naming the other side (blocks read the
        same dates: a near tie, settled by what each reads, read.choose)."""
        sections = _sections(lines)
        persons = sorted(i for i, person in sections.items() if person)
        if not persons:
            return 0
        dated = [i for i in range(persons[0], len(lines)) if _item_start(lines[i])]
        described = [lines[k] for i in dated if (k := _next(lines, i)) is not None and lines[k].kind == "text"]
        ways = [found for line in described if (found := way(line.text))]
        named = sum(1 for side, other, _ in ways if other or side != "sender")  # (not a bare gerund)
        share = 4 if len(persons) > 1 else 2  # (one person's papers: half of them say a way)
        return len(dated) if named >= 2 and len(ways) * share >= len(dated) else 0

    def read(self, lines: Sequence[Line], listing: Listing) -> None:
        sections = _sections(lines)
        if not any(sections.values()):
            no_entries(listing, lines)
            return
        first = min(i for i, person in sections.items() if person)
        read_head(listing, lines[:first])
        repeated = Counter(line.text for line in lines if line.kind != "blank")
        person: str | None = None
        paper: _Paper | None = None
        for i in range(first, len(lines)):
            line = lines[i]
            if line.kind == "blank":
                if paper is not None and paper.lines:  # (its description ends: a paragraph after it is a paper undated)
                    paper = paper.close(listing)
                continue
            if i in sections:
                paper = paper.close(listing) if paper is not None else None
                person = sections[i]
                unused(listing, line, "a heading naming the person the papers below it are indexed under" if person
                       else "a heading of the index that names no one it can read: no party is taken from it")
            elif _item_start(line):
                if paper is not None:
                    paper.close(listing)
                paper = _Paper(person, line)
            elif line.kind in {"text", "heading", "date+text"} and paper is None and person is not None \
                    and repeated[line.text] < 2 and lines[i - 1].kind == "blank" \
                    and (way(line.text) or _undated_after(lines, i) and (k := _next(lines, i)) is not None and _item_start(lines[k])):
                paper = _Paper(person, None)  # (an undated paper: its date line left empty)
                paper.lines.append(line)
            elif line.kind in {"text", "heading", "date+text"} and paper is not None:
                paper.lines.append(line)  # (its description, wrapped or not)
            else:
                paper = paper.close(listing) if paper is not None else None
                unused(listing, line, "a running head, repeated between the pages of the index" if repeated[line.text] > 1
                       else "page text between the papers of an index")
        if paper is not None:
            paper.close(listing)


class _Paper:
    """A paper being read: the person it is indexed under, its date line, its description's lines."""

    def __init__(self, person: str | None, dated: Line | None):
        self.person, self.dated, self.lines = person, dated, []

    def close(self, listing: Listing) -> None:
        """The paper as an entry (its description the summary, its parties from the description),
        or its date line reported where it has no description. Returns None: no paper is open."""
        dated = self.dated
        if not self.lines:
            year = _YEAR_ALONE.fullmatch(dated.text.strip())
            listing.unused.append(Unused(dated.number, dated.text, "a heading: the year of the papers below it" if year
                                         else "a date in an index with no description under it"))
            return None
        description = " ".join(line.text for line in self.lines)
        entry = Entry(source=listing.source, first_line=(dated or self.lines[0]).number, last_line=self.lines[-1].number,
                      date_text=dated.date_text if dated else "", date_line=dated.number if dated else 0,
                      date=dated.date if dated else None, summary=[description],
                      summary_lines=(self.lines[0].number, self.lines[-1].number),
                      summary_paragraphs=[[(line.number, line.text) for line in self.lines]])
        found = way(description)
        if found is not None and found[0] == "title":  # ("Letter from A to B" under C: the description says
            entry.title, entry.title_line = description, self.lines[0].number  # both sides, read as titles are)
            listing.entries.append(entry)
            return None
        if found is not None and found[1] and self.person and all(_same_person(n, self.person) for n in found[1]):
            # ("Memorial to Governor Kestell" under Kestell, "Letter to J. Hooker" under Hooker: of the
            # person as the other side, the heading's side not said: the edition's writer, where one is)
            entry.title = f"{'To' if found[0] == 'sender' else 'From'} {_joined(found[1])}"
            entry.title_line = self.lines[0].number
            listing.entries.append(entry)
            return None
        if found is not None and self.person:
            side, other, also = found
            if any(n.endswith(("'s", "’s")) for n in other):
                other = []  # ("Letter to Governor Kestell's secretary": his secretary, unnamed)
            mine, theirs = _joined([self.person, *also]), _joined(other)
            entry.fields["sender" if side == "sender" else "recipient"] = mine
            if theirs:
                entry.fields["recipient" if side == "sender" else "sender"] = theirs
        entry.title = made_title(entry.fields, f"Indexed under {self.person}" if self.person else "Indexed")
        entry.title_line, entry.title_made = self.lines[0].number, True
        listing.entries.append(entry)
        return None


__all__ = ["PersonIndex", "WAYS", "WAY_EXAMPLES", "way"]
