"""A date is read whole or kept whole: never shortened to the part the reader understood,
with the rest of the line left to be read as names (found by a new user's review)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.dates import UNREAD, parse_date, unread_date
from pipeline.read import parse_listing
from pipeline.titles import titles_for

from conftest import make_edition

WRITER = "Marta Kugler"
CONTENTS = """LETTERS OF MARTA KUGLER

III. To Clara Wendt. Leipzig, 24 Ja-
     nuary 1842 ...................... 18
X. To Friedrich Albers. Dresden, 30 February 1842 .... 28
XI. To Clara Wendt & Anton Reuss. Weimar, 4 Apri1 1843 .... 31
XV. To Paul Gerber. London, 6 March 1844 .............. 40
"""


def _strict_tei(tmp_path, raw: dict[str, str]):
    """An edition of one writer with these listings, and its `corresp tei --strict` run."""
    root = make_edition(tmp_path, raw=raw)
    toml = root / "edition.toml"
    toml.write_text(toml.read_text().replace('# writer = "Jane Austen"', f'writer = "{WRITER}"'))
    result = CliRunner().invoke(main, ["--root", str(root), "tei", "--no-validate", "--strict"],
                                catch_exceptions=False)
    return root, result


def _read(text: str):
    listing = parse_listing(text, "contents.txt")
    return listing, titles_for(listing.entries, WRITER)


def test_an_impossible_date_is_kept_whole_with_its_place_and_recipient():
    listing, titles = _read(CONTENTS)
    entry, title = listing.entries[1], titles[1]
    assert entry.date_text == "30 February 1842"
    assert entry.date.attributes() == {} and UNREAD in entry.date.notes
    assert title.place == "Dresden" and title.subject is None
    assert [n.written for n in title.recipients] == ["Friedrich Albers"]


def test_an_ocr_slip_in_a_month_name_is_repaired_and_flagged():
    listing, titles = _read(CONTENTS)
    entry, title = listing.entries[2], titles[2]
    assert entry.date.when == "1843-04-04" and "ocr" in entry.date.notes
    assert title.place == "Weimar"
    assert [n.written for n in title.recipients] == ["Clara Wendt", "Anton Reuss"]


def test_a_word_broken_at_the_line_end_is_joined():
    listing, titles = _read(CONTENTS)
    entry, title = listing.entries[0], titles[0]
    assert entry.title == "III. To Clara Wendt. Leipzig, 24 January 1842"
    assert entry.date.when == "1842-01-24" and title.place == "Leipzig"
    assert [n.written for n in title.recipients] == ["Clara Wendt"]


@pytest.mark.parametrize("text, why", [
    ("30 February 1842", "no such day in the calendar"),
    ("31.02.1850", "no such day in the calendar"),
    ("30 Febuary 1842", "no month of that name"),
    ("3/4/1850", "day or month first? (no date of this file tells; [edition] day_first = true: the day)"),
])
def test_a_text_written_as_a_date_that_is_none_is_named_so(text, why):
    assert parse_date(text) is None
    value = unread_date(text)
    assert value.attributes() == {} and value.notes == (UNREAD, why)


@pytest.mark.parametrize("text", ["February 1842", "3 copies 1850", "Dresden", "no. 30"])
def test_what_is_a_date_or_no_date_at_all_is_not_unread(text):
    assert unread_date(text) is None


def test_strict_names_a_date_kept_as_text_and_one_read_after_repair(tmp_path):
    root, result = _strict_tei(tmp_path, {"contents.txt": CONTENTS})
    assert result.exit_code == 1
    assert "contents.txt:5: date '30 February 1842' kept as text, not read: no such day in the calendar" \
        in result.output
    assert "contents.txt:6: date '4 Apri1 1843' read as 1843-04-04 after OCR repair" in result.output
    letters = {p.name: p.read_text() for p in (root / "tei" / "letters").glob("*.xml")}
    assert not any("dresden" in name or "weimar" in name for name in letters), sorted(letters)
    text = next(t for t in letters.values() if "Friedrich Albers" in t)
    # the title of the header says the date once, and keeps it as written
    assert "<title>X. To Friedrich Albers. Dresden, 30 February 1842</title>" in text
    assert '<date>30 February 1842</date>' in text
    text = next(t for t in letters.values() if "Paul Gerber" in t)
    assert "<title>XV. To Paul Gerber. London, 6 March 1844</title>" in text


@pytest.mark.parametrize("line, attributes", [
    ("To Paul Gerber. London, 1846 (?)", {"when": "1846", "cert": "low"}),
    ("To Paul Gerber. London, 1846?", {"when": "1846", "cert": "low"}),
    ("To Paul Gerber. London, between 10 and 20 May 1845", {"notBefore": "1845-05-10", "notAfter": "1845-05-20"}),
    ("An Paul Gerber. Köln, zwischen dem 10. und 20. Mai 1845", {"notBefore": "1845-05-10", "notAfter": "1845-05-20"}),
])
def test_doubt_and_ranges_in_a_title_are_certainty_not_words(line, attributes):
    (title,) = titles_for(parse_listing(f"1. {line} ..... 3\n", "contents.txt").entries, WRITER)
    assert title.date.attributes() == attributes
    assert title.subject is None and title.notes == ["page 3"]
    assert [n.written for n in title.recipients] == ["Paul Gerber"]


UNDATED = """1. An Clara Wendt. Weimar, o. D. ...... 9
2. An Clara Wendt. Weimar, o.D. ...... 10
3. To Clara Wendt. Bath, n. d. ...... 11
4. To Clara Wendt. Bath, undated ...... 12
5. À Clara Wendt. Paris, s. d. ...... 13
"""


def test_a_stated_absence_of_a_date_is_no_unread_date(tmp_path):
    root, result = _strict_tei(tmp_path, {"undated.txt": UNDATED})
    assert result.exit_code == 0, result.output
    assert "kept as text" not in result.output
    letters = [p.read_text() for p in sorted((root / "tei" / "letters").glob("*.xml"))]
    assert len(letters) == 5
    for written in ["o. D.", "o.D.", "n. d.", "undated", "s. d."]:  # kept as written, no attributes
        assert sum(f"<date>{written}</date>" in text for text in letters) == 1, written


def test_an_impossible_date_completed_by_a_heading_is_kept_whole():
    listing = parse_listing("1843.\nI. To Samuel Pryor. Kelso, March 14 ...... 1\n"
                            "II. To Samuel Pryor. Kelso, June 31 ...... 4\n", "contents.txt")
    assert [(e.date_text, e.date.when, UNREAD in e.date.notes) for e in listing.entries] == [
        ("March 14", "1843-03-14", False), ("June 31", None, True)]
    assert titles_for(listing.entries, WRITER)[1].place == "Kelso"
