"""Every shape the reader understands yields TEI that is valid against the project schemas and
the official tei_all (RELAX NG and its Schematron). Invented listings."""

from __future__ import annotations

import pytest

from pipeline import settings
from pipeline.edition import generate
from pipeline.validate import Validator

from conftest import make_edition

LISTINGS = {
    "blocks.txt": """Results:
1 - 10 of 64

  • May 3, 1951
    Cable from the Polish Embassy in Hanoi, 'On the Harvest'
    The embassy reports on the harvest near Hanoi; Petrov's letter of 6 January 1951 is quoted.
-
  • May 9, 1951
    Letter, Soviet Ambassador to the GDR V. Semyonov to Walter Ulbricht [Excerpts]
    Semyonov writes to Ulbricht until June.
-
  • June 2, 1951
    Letter, Petrov to Ivanov, Transmitting a Letter to Kalinin from Sidorov
  • June 3, 1951
    Telegram from Roshchin in Beijing to Filippov (Stalin) (via Orlov)
  • Spring 1952
    Letter, Stalin to [Politburo Members]
  • [5 or 12 March 1952]
    Memorandum of Conversation between Anna Weber and Soviet Ambassador Pavel Yudin
  • 1–7 March 1952
    Notes by Łukasz Nowak on the Harvest
  • June 5, 1951
    Memorandum of Conversation between the Polish Embassy in Hanoi and Walter Ulbricht
  • June 4, 1951
    Cable No. 12, Petrov and Orlov to Stalin, 12 May 1947
- MAY 3, 1953Letter from Renée Dubois to Ștefan PopescuWhile discussing the harvest, Dubois mentions Paris.
""",
    "calendar.txt": """The Letters of an Invented Family

I. To Mary Jones. Bath, Friday [9 January 1796].
Writes about a ball.

II. To Mary Jones   [c. 14 January 1796]
From George Adams to Henry Brook, 3–9 October 1788
""",
    "document.txt": """March 5, 1952
Letter from Anna Weber to Jean Martin

Dear Jean, Moscow was cold.

I write about the harvest.

Summary: Weber tells Martin the harvest was poor.
""",
}


@pytest.fixture(scope="module")
def shapes(tmp_path_factory):
    root = make_edition(tmp_path_factory.mktemp("shapes"), LISTINGS)
    toml = (root / "edition.toml").read_text().replace('# writer = "Jane Austen"', 'writer = "Anna Weber"')
    (root / "edition.toml").write_text(toml)
    result = generate(settings.load(root))
    return root, result


def files(root):
    return sorted((root / "tei").rglob("*.xml"))


def test_all_shapes_were_encoded(shapes):
    root, result = shapes
    assert [f.entries for f in result.report.files] == [10, 3, 1]
    assert len(result.letters) == 14


def test_valid_against_the_project_schemas(shapes):
    root, _ = shapes
    findings = Validator(root).validate(files(root))
    assert [f.format(root) for f in findings if f.is_error] == []


def test_valid_against_tei_all(shapes, tei_all_rng, tei_all_sch):
    from lxml import etree

    root, _ = shapes
    problems = []
    for path in files(root):
        if not tei_all_rng.validate(etree.parse(str(path))):
            problems += [f"{path.name}:{e.line}: {e.message}" for e in tei_all_rng.error_log]
        problems += [str(f) for f in tei_all_sch.validate(path) if f.role not in {"warning", "warn", "info"}]
    assert problems == []
