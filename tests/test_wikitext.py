"""A wiki page's source (a Wikisource volume's contents copied from its edit box): read as
the page shows it, line for line."""

from __future__ import annotations

import pytest

from pipeline.read import parse_listing
from pipeline.wikitext import EXAMPLES, is_wikitext, plain_lines


@pytest.mark.parametrize("line, plain", EXAMPLES)
def test_a_line_of_wikitext_reads_as_the_page_shows_it(line, plain):
    assert plain_lines([line]) == [plain]


def test_a_table_row_is_one_line_at_its_first_and_every_line_keeps_its_number():
    source = ["{| class=\"wikitable\"", "! No. !! Letter !! Date and place !! Page", "|-",
              "| IV. || To Mrs. Penhallow || Plymouth, 2 June 1782 || 10", "|-",
              "| V.", "| Mrs. Penhallow to Admiral Penhallow", "| Falmouth, 8 June 1782", "| 12", "|}"]
    assert plain_lines(source) == ["", "No.  Letter  Date and place  Page", "",
                                   "IV.  To Mrs. Penhallow. Plymouth, 2 June 1782  10", "",
                                   "V.  Mrs. Penhallow to Admiral Penhallow. Falmouth, 8 June 1782  12", "", "", "", ""]


def test_text_with_a_link_or_two_is_no_wiki_page():
    """A listing that mentions "[[sic]]" or "{{" once is read as written."""
    lines = ["1. To Mary Jones [[sic]], 3 May 1850", "2. To John Hay, 4 May 1850", "3. To Ann Lee, 5 May 1850"]
    assert not is_wikitext(lines)
    assert parse_listing("\n".join(lines) + "\n", "x.txt").notes == []


def test_markdown_tables_are_no_wiki_page():
    """A markdown table's rule ("|------|") is no wikitable's "|-": tables a year each stay tables."""
    table = "| Date | Sender | Recipient |\n|------|--------|-----------|\n| 3 May 1871 | Ann Rees | John Rees |\n"
    lines = "\n".join(f"{year}\n\n{table}" for year in range(1871, 1877)).split("\n")
    assert not is_wikitext(lines)
