"""The run report: what was read, what was written, and every line not used."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from .layouts import BUILT_IN

FORMAT_NAMES = [layout.name for layout in BUILT_IN]
# Lines a layout recognised as what they are, though no part of an entry: reported, but no
# --strict failure (a year heading, a printed edition's notes and running heads).
UNDERSTOOD = ("page boilerplate", "separator", "a heading", "an editorial note", "a running head",
              "a series or chapter heading")
# Problems that say what was understood, for the editor to confirm: not what --strict fails on.
SAID = ("the writer of this edition is ", "numeric dates are read ")

# Lines that are no entry by their nature: counted on the terminal, listed with -v.
QUIET_REASONS = {"page boilerplate", "separator"}
# How many lines of one kind the terminal report shows (without -v).
LIMIT = 20


@dataclass
class FileReport:
    file: str
    encoding: str = ""
    layout: str = ""
    lines: int = 0
    entries: int = 0
    documents: int = 0
    collection: str | None = None
    unused: list[dict] = field(default_factory=list)
    # lines that look like entries of their own but were read as summary or page text
    possible: list[dict] = field(default_factory=list)
    problems: list[dict] = field(default_factory=list)
    error: str | None = None

    @property
    def unrecognised(self) -> bool:
        """Read as text, yet no entry found: nothing in it was recognised."""
        return not self.error and self.entries == 0


@dataclass
class Report:
    files: list[FileReport] = field(default_factory=list)
    written: dict[str, list[str]] = field(default_factory=dict)
    register_log: list[str] = field(default_factory=list)
    candidates: list[dict] = field(default_factory=list)
    ambiguous: list[dict] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)  # letters no entry makes, left in place
    renamed_by_hand: list[str] = field(default_factory=list)  # of those, the ones naming a letter's lines
    renamed: list[str] = field(default_factory=list)  # entries recognised although corrected; renames finished
    kept_versions: list[str] = field(default_factory=list)  # "letter → its edited version in tei/retired/" (--force)
    kept_changes: dict[str, str] = field(default_factory=dict)  # kept letter → what changed in its entry
    knowledge: list[str] = field(default_factory=list)  # rows of the authority files not used
    repointed: list[str] = field(default_factory=list)  # @refs carried into hand-edited letters
    dangling: list[str] = field(default_factory=list)  # @refs there that need the editor

    def outcome(self, what: str, path: str) -> None:
        self.written.setdefault(what, []).append(path)

    @property
    def unparsed(self) -> int:
        """Lines or entries that were not understood (boilerplate does not count)."""
        return len(self.not_understood())

    def not_understood(self) -> list[str]:
        """Every line, entry or file not understood, as ``file:line: what`` (boilerplate and
        separators are understood): what --strict fails on, each named."""
        out = []
        for f in self.files:
            if f.error:
                out.append(f"{f.file}: not read: {f.error}")
                continue
            if f.unrecognised:
                out.append(f"{f.file}: no entries found")
            out += [f"{f.file}:{p['line']}: looks like an entry but was not read ({p['reason']})" for p in f.possible]
            out += [f"{f.file}:{u['line']}: not an entry ({u['reason']})" for u in f.unused
                    if not u["reason"].startswith(UNDERSTOOD)]
            out += [f"{f.file}:{p['line']}: {p['message']}" for p in f.problems if not p["message"].startswith(SAID)]
        return out

    @property
    def entries(self) -> int:
        return sum(f.entries for f in self.files)

    @property
    def possible(self) -> int:
        return sum(len(f.possible) for f in self.files)

    def totals(self) -> str:
        """The run's one-line account of entries: "N entries read; M lines look like entries but were not read"."""
        entries = f"{self.entries} entr{'y' if self.entries == 1 else 'ies'} read"
        if self.possible == 1:
            return f"{entries}; 1 line looks like an entry but was not read"
        return f"{entries}; {self.possible} lines look like entries but were not read"

    def to_json(self) -> bytes:
        return (json.dumps(asdict(self), indent=1, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")

    def summary(self, verbosity: int = 0, limit: int = LIMIT) -> str:
        """The run's account for the terminal. ``verbosity`` 0: one line per input file with
        its counts, then what an editor must see — lines that look like entries, lines and
        entries not understood, hand-edited letters kept, letters removed or retired, ids kept
        for corrected entries — each list cut at ``limit`` lines; counts of the rest. 1 (-v):
        every line, every file written. -1 (-q): read errors and the totals only."""
        verbose, out = verbosity > 0, []

        def listed(lines: list[str]) -> list[str]:
            return capped(lines, limit if not verbose else None)

        for f in self.files:
            if f.error:
                out.append(f"{f.file}: NOT READ: {f.error}")
                continue
            if verbosity < 0:
                continue
            layout = "no layout recognised" if f.layout == "none" else f"{f.layout} layout"
            # (the writer a heading names, the order of numeric dates: what the run was told, no problem)
            notices = sum(1 for p in f.problems if p["message"].startswith(SAID))
            counts = [(len(f.unused), "line{s} not used"), (len(f.possible), "possible entr{ies}"),
                      (len(f.problems) - notices, "problem{s}"), (notices, "notice{s}")]
            said = "; ".join(_count(n, what) for n, what in counts if n)
            quiet = sum(1 for u in f.unused if u["reason"] in QUIET_REASONS)
            if quiet and not verbose:  # counted, not listed: say where they are
                said = said.replace(_count(len(f.unused), "line{s} not used"),
                                    _count(len(f.unused), "line{s} not used") +
                                    f" ({quiet} of them page boilerplate or separators, "
                                    "not listed here: -v lists them)", 1)
            out.append(f"{f.file}: {f.lines} lines, {f.entries} entries, {f.documents} documents"
                       f" ({f.encoding}, {layout}){'; ' + said if said else ''}")
            if f.unrecognised and not f.unused and not f.possible:
                out.append(f"  {f.file}: the file is empty (or holds only blank lines): nothing to read")
            elif f.unrecognised:
                out.append(f"  {f.file}: no entries found: no layout recognised its lines. Name one with "
                           f"`corresp tei --format {'|'.join(FORMAT_NAMES)}`, or describe this listing's "
                           "layout in edition.toml ([[layout]], see docs/layouts.md)")
            out += listed([f"  {f.file}:{p['line']}: looks like an entry but was not read ({p['reason']}; "
                           f"{p['where']}): {p['text'][:70]}" for p in f.possible])
            findings = [(u["line"], f"  {f.file}:{u['line']}: not an entry ({u['reason']}): {u['text'][:70]}")
                        for u in f.unused if verbose or u["reason"] not in QUIET_REASONS]
            findings += [(p["line"], f"  {f.file}:{p['line']}: {p['message']}") for p in f.problems]
            out += listed([line for _, line in sorted(findings, key=lambda item: item[0])])
        if verbosity >= 0:
            out += listed([f"  {line}" for line in self.knowledge])
        if self.candidates and verbosity >= 0:
            out.append(f"{len(self.candidates)} name(s) in summaries not in any register "
                       "(add them to tei/register/ or a gazetteer to mark them up)"
                       + (":" if verbose else f":\n  {_names(self.candidates)}"))
            if verbose:
                out += [f"  {c['name']} ×{c['count']} ({_first(c['where'])})" for c in self.candidates]
        if self.ambiguous and verbosity >= 0:
            out.append(f"{len(self.ambiguous)} name(s) in summaries left unmarked because they could mean "
                       "more than one register entry (mark them by hand, or type one form rejected)"
                       + (":" if verbose else f":\n  {_names(self.ambiguous)}"))
            if verbose:
                out += [f"  {c['name']} ×{c['count']}: {' or '.join(c['could_be'])} ({_first(c['where'])})"
                        for c in self.ambiguous]
        if verbose:
            for what in ("written", "updated", "regenerated"):
                out += [f"{what} {path}" for path in self.written.get(what, [])]
        if verbosity >= 0:
            out += listed([f"kept {path}: edited by hand since corresp wrote it, so what this run would change in "
                           "it (its entry as corrected in the listing, its names) is not there"
                           + (f" ({why})" if (why := self.kept_changes.get(path)) else "")
                           + ": carry that over by hand, or run with --force (your version is then kept in tei/retired/)"
                           for path in self.written.get("kept", [])])
            out += listed([f"regenerated {move.replace(' → ', ' (--force): it was edited by hand; your version is ')}"
                           for move in self.kept_versions])
            out += listed([f"removed {path}: no entry in the input produces it any more"
                           for path in self.written.get("removed", [])])
            out += listed([f"retired {move}: no entry produces it any more, and it holds your edits; "
                           "carry them over to the letter that replaces it, if any, then delete it"
                           for move in self.written.get("retired", [])])
            out += listed(self.renamed)
        out.append(self.totals())
        counts = ", ".join(f"{len(self.written[w])} {w}" for w in sorted(self.written))
        there = [p for what, paths in self.written.items() if what not in ("removed", "retired") for p in paths]
        registers = sum(p.startswith("tei/register/") for p in there)
        if registers:  # so that "23 written" for 20 entries does not look like three letters too many
            letters = len(there) - registers  # (those in tei/ now: not the removed or retired)
            counts += f" ({letters} letter{'s' * (letters != 1)}, {registers} register{'s' * (registers != 1)})"
        out.append(f"TEI files: {counts or 'none'}")
        if verbosity >= 0:
            out += listed([f"  {path}: not made from any entry of the input (yours, or of a listing not read "
                           "this time); left in place" for path in self.stale])
            out += listed([f"  {line}" for line in self.renamed_by_hand])
            # (a merge the editor made in the register, or a mistyped id: the same to corresp)
            out += listed([f"  repointed {change}: the register has no entry of the old id, and the name it "
                           "marks is the new one's; check it if you merged no entry" for change in self.repointed])
            out += listed([f"  {problem}" for problem in self.dangling])
            out.append("details: output/report.json" + ("" if verbose else " (or run with -v)"))
        return "\n".join(out)


def capped(lines: list[str], limit: int | None = LIMIT, more: str = "see output/report.json, or -v",
           indent: str = "  ") -> list[str]:
    """The first ``limit`` lines and how many more there are (``limit`` None: all of them)."""
    if limit is None or len(lines) <= limit:
        return lines
    return [*lines[:limit], f"{indent}… and {len(lines) - limit} more ({more})"]


def _count(n: int, what: str) -> str:
    """"1 line not used", "3 possible entries": ``what`` with {s} and {ies} for the plural."""
    return f"{n} " + what.format(s="" if n == 1 else "s", ies="y" if n == 1 else "ies")


def _names(found: list[dict], shown: int = 8) -> str:
    """"Kalinin ×3, Oslo ×1, …": the most frequent few (-v lists each with its lines)."""
    names = ", ".join(f"{c['name']} ×{c['count']}" for c in found[:shown])
    return names + (f", … and {len(found) - shown} more" if len(found) > shown else "")


def _first(places: list[str], shown: int = 3) -> str:
    """"a.txt:3, a.txt:9, …": the first few places a name occurs."""
    return ", ".join(places[:shown]) + (", …" if len(places) > shown else "")
