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
         "not an entry of its own: it is text without a date of its own, and an entry starts at a line that is a date"]),
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
