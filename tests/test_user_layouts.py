"""An edition's own layouts ([[layout]] in edition.toml): the worked examples of
docs/layouts.md are read from that file and must read as it shows; a bad [[layout]] is a
clear message naming edition.toml's line and key."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import settings
from pipeline.cli import main
from pipeline.edition import generate
from pipeline.layouts import BUILT_IN, detect
from pipeline.layouts.user import check
from pipeline.read import Listing, classify_text, parse_listing
from pipeline.titles import title_for

from conftest import make_edition

DOC = Path(__file__).resolve().parents[1] / "docs" / "layouts.md"


def worked_examples() -> list[tuple[str, str, str, list[dict]]]:
    """(title, listing, toml, expected rows) of each "Worked example" section."""
    examples = []
    for section in DOC.read_text().split("### Worked example")[1:]:
        title = section.splitlines()[0].strip(" 0123456789:")
        listing = re.search(r"```text\n(.*?)```", section, re.S).group(1)
        toml = re.search(r"```toml\n(.*?)```", section, re.S).group(1)
        table = [line for line in section.splitlines() if line.startswith("|")]
        header = [c.strip() for c in table[0].strip("|").split("|")]
        rows = [dict(zip(header, (c.strip() for c in row.strip("|").split("|")))) for row in table[2:]]
        examples.append((title, listing, toml, rows))
    return examples


EXAMPLES = worked_examples()


def test_the_documentation_has_three_worked_examples():
    assert len(EXAMPLES) == 3


@pytest.mark.parametrize("title, listing, toml, rows", EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_worked_example_reads_as_documented(title, listing, toml, rows):
    own = check("edition.toml", toml, tomllib.loads(toml)["layout"])
    read = parse_listing(listing, "x.txt", own=own)
    assert read.layout == own[0].name
    found = []
    for entry in read.entries:
        t = title_for(entry)
        row = {"line": str(entry.first_line), "date": entry.date.start if entry.date else "",
               "senders": "; ".join(n.written for n in t.senders),
               "recipients": "; ".join(n.written for n in t.recipients),
               "place": t.place or "", "number": t.number or "", "summary": " ".join(entry.summary)}
        found.append({k: row[k] for k in rows[0]})
    assert found == rows
    assert read.possible == [] and [u.reason for u in read.unused if "page text" not in u.reason] == []


def test_no_built_in_layout_reads_the_second_example_and_the_first_without_its_pages():
    """The second example needs a layout of its own; the built-in layouts read the first's dates and parties as its
    own layout does (the page a note of the title, not a field)."""
    _, listing, _, _ = EXAMPLES[1]
    lines = classify_text(listing, Listing("x.txt", "utf-8"))
    assert detect(lines) is None
    assert all(layout.score(lines) == 0 for layout in BUILT_IN)
    _, listing, _, rows = EXAMPLES[0]
    read = parse_listing(listing, "x.txt")
    found = [(entry.date.start, "; ".join(n.written for n in t.senders), "; ".join(n.written for n in t.recipients))
             for entry in read.entries for t in [title_for(entry)]]
    assert found == [(row["date"], row["senders"], row["recipients"]) for row in rows]


def test_a_user_layout_reads_a_listing_end_to_end(tmp_path):
    _, listing, toml, _ = EXAMPLES[0]
    root = make_edition(tmp_path, raw={"book.txt": listing}, authorities=False)
    with (root / "edition.toml").open("a") as handle:
        handle.write("\n" + toml)
    result = generate(settings.load(root))
    assert [r.title.shape for r in result.records] == ["fields"] * 3
    letter = (root / "tei" / "letters" / "letter_1850-05-03_anna-berg_karl-lind.xml").read_text()
    assert '<idno type="number">12</idno>' in letter
    assert "<note type=\"title\">page 17</note>" in letter
    assert result.report.files[0].layout == "letter-book"
    output = CliRunner().invoke(main, ["--root", str(root), "explain", "book.txt:3"]).output
    assert "layout: letter-book (detected)" in output and "field page: '17'" in output


BAD = [
    ('[[layout]]\nname = "book"\npattern = "{sendr} to {recipient}"\n', 3,
     "[[layout]] 'book', pattern: '{sendr} to {recipient}': unknown field {sendr}; the fields are {date}"),
    ('[[layout]]\nname = "book"\npattern = "{sender}{recipient}, {date}"\n', 3,
     "{recipient} follows another field with nothing between them"),
    ('[[layout]]\nname = "book"\npattern = "{sender} to {recipient"\n', 3, 'a "{" is not closed'),
    ('[[layout]]\nname = "book"\npattern = "{sender} to {recipient}[, {place}"\n', 3, 'a "[" is not closed'),
    ('[[layout]]\nname = "book"\npattern = "{number}. {place}"\n', 3,
     "pattern: must hold at least one of {date}, {title}, {sender}, {recipient}"),
    ('[[layout]]\nname = "book"\npattern = ["{summary}", "{date}"]\n', 3,
     "pattern: line 1 '{summary}': {summary} may only stand in the last line"),
    ('[[layout]]\nname = "book"\npattern = ["{date}", "{date} again"]\n', 3,
     "pattern: {date} appears in more than one line"),
    ('[[layout]]\nname = "blocks"\npattern = "{date}"\n', 2, "name: is taken (by a built-in layout)"),
    ('[[layout]]\nname = "Book One"\npattern = "{date}"\n', 2, "name: must be a short word in lower case"),
    ('[[layout]]\nname = "book"\n', 1, "[[layout]] 'book', pattern: must be a string, or a list of strings"),
    ('[[layout]]\nname = "book"\npattern = "{date}"\nsummary = "after"\n', 4,
     "[[layout]] number 1, summary: unknown key; a [[layout]] has name, pattern, description"),
    ('[[layout]]\nname = "a"\npattern = "{date}"\n\n[[layout]]\nname = "a"\npattern = "{date}"\n', 6,
     "[[layout]] 'a', name: is taken (by another [[layout]])"),
    ('layout = "book"\n', 0, "layout must be an array of tables"),
]


@pytest.mark.parametrize("toml, line, message", BAD, ids=[b[2][:40] for b in BAD])
def test_a_bad_layout_names_the_line_the_key_and_what_is_wrong(tmp_path, toml, line, message):
    root = make_edition(tmp_path, raw={"l.txt": "May 3, 1951\nLetter, Anna Weber to Jean Martin\n"})
    text = (root / "edition.toml").read_text()
    if toml.startswith("layout ="):
        text = toml + text  # a top-level key must come before the first table
        line = 1
    else:
        text = text + "\n" + toml
        line += len((root / "edition.toml").read_text().splitlines()) + 1
    (root / "edition.toml").write_text(text)
    result = CliRunner().invoke(main, ["--root", str(root), "tei", "--no-validate"])
    assert result.exit_code == 1
    assert f"edition.toml:{line}: " in result.output and message in result.output, result.output
    assert "Traceback" not in result.output


def test_format_names_a_user_layout_or_is_refused(tmp_path):
    _, listing, toml, _ = EXAMPLES[2]
    root = make_edition(tmp_path, raw={"b.txt": listing}, authorities=False)
    with (root / "edition.toml").open("a") as handle:
        handle.write("\n" + toml)
    runner = CliRunner()
    result = runner.invoke(main, ["--root", str(root), "tei", "--no-validate", "--format", "briefe"])
    assert result.exit_code == 0 and "briefe layout" in result.output
    result = runner.invoke(main, ["--root", str(root), "tei", "--no-validate", "--format", "nonesuch"])
    assert result.exit_code == 1
    assert "--format nonesuch: no such layout; choose one of auto, briefe, document" in result.output
