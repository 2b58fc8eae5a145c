"""Layouts: the ways a listing can be laid out, each a small reader behind one interface.

A layout (a subclass of :class:`Layout`) has

``name``
    what ``corresp tei --format NAME`` and the run report call it;
``description``
    one line for ``--help``, the report and ``corresp explain``;
``rule``
    what starts an entry in it, for ``corresp explain`` ("a date on a line of its own");
``score(lines)``
    a cheap estimate of how many entries it would read from the classified lines
    (:class:`pipeline.lines.Line`), 0 when it cannot read the file. Only cheap signals:
    line kinds, dates, type words, party words; never the title parser;
``read(lines, listing)``
    appends the entries it finds to ``listing.entries`` (:class:`pipeline.listing.Entry`,
    with ``fields`` for what it read by label or position) and every line it does not use
    to ``listing.unused`` with the reason.

Detection asks each layout for its score and keeps the highest; a tie goes to the layout
listed first. An edition's own layouts (``[[layout]]`` in edition.toml, see
``pipeline/layouts/user.py``) are listed before the built-in ones, so they win ties. After any
layout, the reader itself checks every line it put into a summary or left unused for the
shape of an entry (``pipeline/read.py``), so a layout that misses entries cannot hide it.

To add a layout: write a subclass in a module of this package and add an instance to
``BUILT_IN`` at the place where its ties should be decided.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lines import KIND_WORDS, Line
from ..listing import Listing, Unused
from ..progress import progress


class Layout:
    """One layout: a cheap score for detection and a reader."""

    name: str = ""
    description: str = ""
    rule: str = ""

    def score(self, lines: Sequence[Line]) -> float:
        raise NotImplementedError

    def read(self, lines: Sequence[Line], listing: Listing) -> None:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<layout {self.name}>"


def unused(listing: Listing, line: Line, reason: str) -> None:
    """Report a line no entry uses; blank lines need no report, noise says what it is."""
    if line.kind == "blank":
        return
    reasons = {"boilerplate": "page boilerplate", "separator": "separator", "long": KIND_WORDS["long"]}
    listing.unused.append(Unused(line.number, line.text[:200], reasons.get(line.kind, reason)))


def no_entries(listing: Listing, lines: Sequence[Line]) -> None:
    """Every line of a file in which a layout found no entry: reported as page text."""
    for line in lines:
        unused(listing, line, "page text (no entries found in this file)")


from .builtin import BUILT_IN as _CORE  # noqa: E402  (the built-in layouts use the helpers above)
from .browse import Browse  # noqa: E402
from .calendars import Calendar  # noqa: E402
from .catalogues import Catalogue  # noqa: E402
from .chinese import ChineseContents  # noqa: E402
from .contents import Contents  # noqa: E402
from .correspondents import Correspondents  # noqa: E402
from .findingaids import FindingAid  # noqa: E402
from .fonds import Fonds  # noqa: E402
from .indexes import PersonIndex  # noqa: E402
from .periodicals import PeriodicalIndex  # noqa: E402
from .proceedings import Proceedings  # noqa: E402
from .inventories import Inventory  # noqa: E402
from .journals import LetterJournal  # noqa: E402
from .letters import EditionText  # noqa: E402
from .records import Records  # noqa: E402
from .stacked import Stacked  # noqa: E402
from .regesti import Regesto  # noqa: E402
from .tables import TextTable  # noqa: E402

# Order decides ties (see builtin.py for the first four): a one-date page is a document; the
# families of issue 10 (records, text tables, edition texts, calendars, catalogues, contents
# pages) come before the archive-page layouts, whose scores count date lines and headings
# that these listings have too, and each of them earns its half point only with evidence
# of its own (labels, a header row, salutations, day lines, descriptions, page numbers).
_DOCUMENT, _TITLE_FIRST, _BLOCKS, _HEADINGS = _CORE
BUILT_IN: tuple[Layout, ...] = (_DOCUMENT, Records(), Stacked(), TextTable(), EditionText(), Calendar(), Catalogue(), FindingAid(),
                                Correspondents(), Fonds(), LetterJournal(), Contents(), ChineseContents(), PersonIndex(), PeriodicalIndex(), Proceedings(), Regesto(), Browse(),
                                _TITLE_FIRST, _BLOCKS, _HEADINGS, Inventory())


def by_name(name: str, own: Sequence[Layout] = ()) -> Layout | None:
    """The layout called ``name``: an edition's own first, then the built-in ones."""
    return next((layout for layout in [*own, *BUILT_IN] if layout.name == name), None)


def names(own: Sequence[Layout] = ()) -> list[str]:
    return [layout.name for layout in [*own, *BUILT_IN]]


def detect(lines: Sequence[Line], own: Sequence[Layout] = (), label: str = "") -> Layout | None:
    """The layout with the best score (ties: the one listed first); None if none reads anything.
    ``label``: of the progress shown on a terminal (none without)."""
    scored = ranked(lines, own, label)
    return scored[0][1] if scored else None


def ranked(lines: Sequence[Line], own: Sequence[Layout] = (), label: str = "") -> list[tuple[float, Layout]]:
    """The layouts that read anything, best score first (ties: the one listed first)."""
    scores = [(layout.score(lines), n, layout)
              for n, layout in enumerate(progress([*own, *BUILT_IN], label, enabled=bool(label)))]
    return [(score, layout) for score, _, layout in sorted(scores, key=lambda s: (-s[0], s[1])) if score > 0]


__all__ = ["BUILT_IN", "Layout", "by_name", "detect", "names", "no_entries", "ranked", "unused"]
