"""corresp explain FILE:LINE: how any line was read, and why a line is not an entry."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from pipeline.cli import main

from conftest import make_edition

LISTING = """Results:
Letters of the Harvest

A collection of letters about harvests in several countries, gathered from many archives over years.

May 3, 1951
Letter from Anna Weber to Jean Martin [via Pierre Roux]
Weber asks Martin about the harvest.
Letter from Jean Martin to Anna Weber

May 9, 1951
Telegram, Jean Martin to Anna Weber
"""


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    return make_edition(tmp_path_factory.mktemp("explain"), raw={"l.txt": LISTING, "empty.txt": "",
                                                               "page.txt": "Some page\nwith nothing in it\n"})


def explain(root, where):
    result = CliRunner().invoke(main, ["--root", str(root), "explain", where])
    return result.exit_code, result.output


@pytest.mark.parametrize("line, expected", [
    (1, ["layout: blocks (detected)", "not an entry: page boilerplate"]),
    (2, ["read as: the collection's title"]),
    (4, ["read as: the collection's description"]),
    (5, ["(blank)", "not an entry: blank lines separate entries and paragraphs"]),
    (6, ["read as: the date line of an entry", "entry 1 of 2, lines 6-9", "→ when=1951-05-03"]),
    (7, ["read as: the title line of an entry", "title shape: letter", "type: letter (written 'Letter')",
         "senders: Anna Weber", "recipients: Jean Martin", "via: Pierre Roux"]),
    (8, ["read as: part of the summary (paragraph 1) of an entry",
         "not an entry of its own: it is text, not a date line (a date inside it is read with its entry, if at all), and an entry starts at a line that is a date"]),
    (9, ["looks like an entry but was not read: the same shape as the lines that start entries (as line 7); "
         "it was read as the summary of the entry at line 6", "--format"]),
    (12, ["entry 2 of 2", "title shape: letter", "type: telegram"]),
])
def test_every_line_is_explained(root, line, expected):
    code, output = explain(root, f"raw/l.txt:{line}")
    assert code == 0
    for text in expected:
        assert text in output, output


@pytest.mark.parametrize("where, expected", [
    ("raw/l.txt:0", "no such line: l.txt has 12 line(s), numbered from 1"),
    ("l.txt:99", "no such line: l.txt has 12 line(s)"),
    ("raw/empty.txt:1", "empty.txt is empty"),
    ("raw/page.txt:1", "layout: none: no layout recognised this file"),
])
def test_lines_out_of_range_and_files_without_entries(root, where, expected):
    code, output = explain(root, where)
    assert code == (0 if "layout: none" in expected else 1) and expected in output, output
    assert "Traceback" not in output


@pytest.mark.parametrize("where, expected", [
    ("raw/l.txt", "give the file and the line number as FILE:LINE"),
    ("raw/l.txt:x", "give the file and the line number as FILE:LINE"),
    ("raw/nothing.txt:3", "raw/nothing.txt: no such file"),
])
def test_a_wrong_argument_is_a_message(root, where, expected):
    code, output = explain(root, where)
    assert code == 1 and expected in output and "Traceback" not in output


def test_a_row_of_a_table_is_explained_as_corresp_tei_reads_it(tmp_path):
    """A table of letters is read by its columns (pipeline/tabular.py), not by a layout:
    explain says what `corresp tei` makes of a row, its date written as a listing writes it
    included, and what it could not read."""
    table = ("Fecha\tRemitente\tDestinatario\tLugar\tSignatura\n"
             "29 de enero de 1859\tInés Garrido | Tomás Ferrer\tRamón Abad\tToledo\tAHX-12/3\n"
             "Winter 1860\tRamón Abad\tInés Garrido\t\t\n"
             "\t\t\t\t\n")
    root = make_edition(tmp_path, raw={"cartas.tsv": table})
    code, out = explain(root, "cartas.tsv:2")
    assert code == 0, out
    assert "layout: table (corresp's columns): a table of letters" in out  # ("Fecha": its date column)
    assert "date (line 2): '29 de enero de 1859' → when=1859-01-29" in out
    assert "senders: Inés Garrido; Tomás Ferrer" in out and "recipients: Ramón Abad" in out
    assert "title shape" not in out  # (its title is made of its columns)
    assert "identifier (shelfmark): 'AHX-12/3'" in out
    code, out = explain(root, "cartas.tsv:3")
    assert "'Winter 1860', kept as text (not read)" in out
    assert "problem: date kept as text, not read" in out
    assert "read as: the header row" in explain(root, "cartas.tsv:1")[1]
    assert "not an entry: empty row" in explain(root, "cartas.tsv:4")[1]
    code, out = explain(root, "cartas.tsv:9")
    assert code != 0 and "cartas.tsv has 4 line(s)" in out


def test_the_writer_a_heading_implies_is_said_only_where_the_title_leaves_that_side_out(tmp_path):
    listing = ("THE LETTERS OF ANNA BERG\n\n1. To Karl Lind, 3 May 1850 . . . . 4\n"
               "2. Anna Berg to Ida Roth, 9 May 1850 . . . . 7\n3. From Karl Lind, 12 May 1850 . . . . 9\n")
    root = make_edition(tmp_path, {"l.txt": listing}, authorities=False)
    said = [explain(root, f"l.txt:{n}")[1] for n in (3, 4, 5)]
    implied = "the writer Anna Berg is implied by the heading at line 1"
    assert [implied in out for out in said] == [True, False, True]
