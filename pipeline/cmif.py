"""What ``corresp cmif`` tells the editor: the letters the aggregator will not fully
understand, and (``--check``) what the official CMIF schemas and correspSearch's rules say
about output/cmif.xml, letter by letter.

The findings come from xslt/cmif.xsl itself (its ``c:report`` messages), so the report
and the file can never disagree about what a letter or an authority id is.

    lines = summary(stylesheets.messages)               # after transform.cmif(...)
    problems = check(path, base_url)                    # each with its letter and a hint
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .schematron import Schematron, SchematronError
from .validate import SCHEMAS

TEI_NS = "http://www.tei-c.org/ns/1.0"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

# The rules `corresp cmif --check` runs: (label, kind, file under schemas/). The official
# CMIF v1.1 schema and Schematron of the TEI Correspondence SIG and correspSearch's grammar
# ship with corresp (schemas/README.md: sources and licences); correspSearch's Schematron
# carries no licence, so its rules are those restated in schemas/cmif.sch.
CHECKS: tuple[tuple[str, str, str], ...] = (
    ("CMIF v1.1 schema", "rng", "cmif/official/cmi-customization.rng"),
    ("CMIF v1.1 rules", "sch", "cmif/official/cmif.sch"),
    ("correspSearch schema", "rng", "cmif/correspsearch/cmi-customization.rng"),
    ("correspSearch rules", "sch", "cmif.sch"),
)

# What to do about a failure, by what its message says (first match wins).
HINTS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.IGNORECASE), hint) for p, hint in (
    (r"geonames", "give the place its GeoNames URI in tei/register/places.xml: "
                  '<idno type="geonames">http://www.geonames.org/NUMBER</idno>'),
    (r"authority (file )?(system )?is not supported|does not support the authority",
     "give the entry a GND, VIAF, BnF, LC or NDL URI in tei/register/ (the aggregator "
     "does not resolve Wikidata or other ids in correspAction)"),
    (r"persName or orgName|must not be empty|is empty",
     "name the party in the letter's correspAction (or leave the side out: CMIF writes it as Unknown)"),
    (r"\bcert\b", 'CMIF knows only cert="low": change or drop @cert in the letter\'s TEI'),
    (r"dat(e|ing) attribute|YYYY", "give the date @when (or @notBefore/@notAfter) in ISO form in the letter's TEI"),
    (r"source|bibl", "check [cmif] bibl_id in edition.toml"),
    (r"licen[cs]e", "[edition] licence in edition.toml must be CC BY 4.0 or CC0 1.0"),
    (r"url|idno", "check [cmif] url in edition.toml"),
))

_SUMMARY = {
    "left-out": "left out (not letters: no sender and no recipient)",
    "unknown": 'with a side nobody is named for (CMIF writes "Unknown")',
    "no-id": "with parties the aggregator cannot identify (no GND, VIAF, BnF, LC or NDL id)",
    "no-geonames": "with places without a GeoNames id",
    "no-date": "without a date CMIF can carry",
}
#: The kinds of report the summary names documents for (none-identified only flags those of no-id).
SUMMARY_KINDS = tuple(_SUMMARY)


def summary(messages: list[str], letters: int, limit: int = 12, counts: dict[str, int] | None = None) -> list[str]:
    """The stylesheet's report as lines for the terminal, grouped by kind, each document by id.
    ``letters``: how many the file holds; ``limit``: how many documents to name per kind;
    ``counts``: how many documents have each kind, when ``messages`` are only those of the
    first letters with each (at least ``limit`` documents of it, in file order)."""
    grouped: dict[str, dict[str, list[str] | None]] = {kind: {} for kind in (*_SUMMARY, "none-identified")}
    for message in messages:
        kind, _, rest = message.partition("\t")
        if kind in grouped:
            document, _, detail = rest.partition("\t")
            documents = grouped[kind]
            details = documents.get(document, documents)
            if details is documents:  # a document first met: its details only if it is shown
                details = documents[document] = [] if len(documents) < limit else None
            if details is not None:
                details.append(detail.replace("\t", " ").replace(" +wikidata", " (it has a Wikidata id only)"))
    lines = [f"CMIF: {letters} letter(s)"]
    for kind, label in _SUMMARY.items():
        documents = grouped[kind]
        total = len(documents) if counts is None else counts.get(kind, 0)
        if not total:
            continue
        lines.append(f"CMIF: {total} document(s) {label}:")
        for document in itertools.islice(documents, limit):
            details = ", ".join(d for d in documents[document] if d)
            flag = " (no party identified: the aggregator can link none)" \
                if kind == "no-id" and document in grouped["none-identified"] else ""
            lines.append(f"  {document}{': ' + details if details else ''}{flag}")
        if total > limit:
            lines.append(f"  … and {total - limit} more")
    return lines


@dataclass(frozen=True)
class Problem:
    """One failure of one check, placed in the letter it concerns."""

    line: int
    letter: str  # document id, "(enclosed letter in <id>)", or "header"
    check: str
    role: str
    message: str
    hint: str | None

    def format(self, file: str) -> str:
        text = f"{file}:{self.line}: {self.letter}: {self.check}: {self.role}: {self.message}"
        return text + (f"\n    → {self.hint}" if self.hint else "")

    @property
    def is_error(self) -> bool:
        return self.role not in ("warning", "warn", "info", "information")


def _letters(tree: etree._ElementTree, base_url: str) -> list[tuple[int, str]]:
    """(first line, letter) of every correspDesc, in order."""
    found: list[tuple[int, str]] = []
    previous = None
    for desc in tree.iter(f"{{{TEI_NS}}}correspDesc"):
        ref = desc.get("ref") or ""
        letter = ref.removeprefix(base_url).removesuffix(".html") or f"correspDesc on line {desc.sourceline}"
        if ref and ref == previous:
            letter = f"(enclosed letter in {letter})"
        previous = ref
        found.append((desc.sourceline, letter))
    return found


def _where(line: int, letters: list[tuple[int, str]], end: int) -> str:
    letter = "header"
    for start, name in letters:
        if start <= line:
            letter = name
    return letter if letters and letters[0][0] <= line <= end else "header"


def check(path: Path, base_url: str, schema_dir: Path = SCHEMAS) -> list[Problem]:
    """Run every check of CHECKS on the CMIF file; each failure named by its letter."""
    tree = etree.parse(str(path), _PARSER)
    letters = _letters(tree, base_url)
    profile = tree.find(f".//{{{TEI_NS}}}profileDesc")
    end = (profile.getnext().sourceline - 1) if profile is not None and profile.getnext() is not None else 10**9
    problems: list[Problem] = []
    for label, kind, name in CHECKS:
        schema = schema_dir / name
        if kind == "rng":
            rng = etree.RelaxNG(etree.parse(str(schema), _PARSER))
            if rng.validate(tree):
                continue
            found = [(e.line or 1, "error", e.message) for e in rng.error_log]
        else:
            try:
                found = [(f.line, (f.role or "error").lower(), f.message) for f in Schematron(schema).validate(path)]
            except SchematronError as err:
                found = [(1, "error", f"could not run {schema}: {err}")]
        for line, role, message in found:
            message = " ".join(message.split())
            hint = next((h for pattern, h in HINTS if pattern.search(message)), None)
            problems.append(Problem(line, _where(line, letters, end), label, role, message, hint))
    return sorted(problems, key=lambda p: (p.line, p.check))
