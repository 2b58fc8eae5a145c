"""Property-based tests: the reader never crashes, whatever it is given, and loses no line."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline import settings as edition_settings
from pipeline.dates import parse_date
from pipeline.edition import generate
from pipeline.read import lines_of, ReadError, decode, parse_listing
from pipeline.titles import parse_title

from conftest import make_edition

# Text that looks a little like listings: dates, titles, bullets, brackets, noise.
pieces = st.sampled_from([
    "May 3, 1951", "• ", "- ", "\n", "\n\n", "Letter from ", "Cable, ", " to ", "Anna Weber", "[via Orlov]",
    "(Kalinin)", "Jean Martin", ", ", " and ", "Stalin", "[", "]", "(", ")", "1951", "Results:", "-",
    "12 May 1947", "ll March 1821", "No. 5", "Summary: ", "’s", "\u00a0", "Łukasz", "\t", "\r\n",
])
listing_text = st.one_of(st.text(), st.lists(pieces, max_size=60).map("".join))


def covered(listing):
    lines = {u.line for u in listing.unused} | {listing.collection_line, listing.description_line}
    lines |= {p.line for p in listing.possible}
    lines |= {line for line, _ in listing.notes}
    for entry in listing.entries:
        lines |= set(range(entry.first_line, entry.last_line + 1))
    return lines


@given(listing_text)
@example("NO0\r0000")  # (an entry's number over a date line with no title: the number was nowhere)
@settings(max_examples=300, deadline=None)
def test_reader_accounts_for_every_line(text):
    listing = parse_listing(text, "t.txt")
    missing = [n for n, line in enumerate(lines_of(text), 1) if line.strip() and n not in covered(listing)]
    assert missing == []


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_titles_and_dates_never_crash(text):
    title = parse_title(text)
    assert title.text == text
    value = parse_date(text)
    assert value is None or value.text == text


@given(st.binary(max_size=2000))
@settings(max_examples=200, deadline=None)
def test_bytes_decode_or_are_refused_clearly(data):
    try:
        text, encoding = decode(data, "t.txt")
    except ReadError as err:
        assert str(err).startswith("t.txt: ")
    else:
        assert isinstance(text, str) and encoding


@given(listing_text)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_listing_encodes_to_well_formed_tei(tmp_path_factory, text):
    root = make_edition(tmp_path_factory.mktemp("e"), {"l.txt": text}, authorities=False)
    result = generate(edition_settings.load(root))
    assert len(result.letters) == len(result.records)


def test_ten_megabyte_line_is_reported_not_parsed():
    """Its speed is measured by benchmarks/run.py; here: no crash, and the line is in the report."""
    text = "May 3, 1951\nLetter from Anna Weber to Jean Martin\n" + "word " * 2_000_000
    listing = parse_listing(text, "big.txt")
    assert len(listing.entries) == 1
    assert [u.line for u in listing.unused if "longer than" in u.reason] == [3]


pattern_pieces = st.sampled_from(["{date}", "{sender}", "{recipient}", "{place}", "{number}", "{page}", "{title}",
                                  "{summary}", "{_}", "{sendr}", "{", "}", "[", "]", " to ", ", ", "No. ", " — ", "(", ")"])


@given(st.one_of(st.text(max_size=60), st.lists(pattern_pieces, max_size=12).map("".join)))
@settings(max_examples=300, deadline=None)
def test_a_layout_pattern_compiles_or_says_what_is_wrong(pattern):
    from pipeline.layouts.user import compile_pattern

    try:
        regex, fields = compile_pattern(pattern)
    except ValueError as err:
        assert str(err)
    else:
        assert fields and regex.pattern


@given(listing_text)
@example("SUMMARY:]\n\n0\n0\nSUMMARY:0")  # (a record's title of two lines, its summary page text after it)
@settings(max_examples=150, deadline=None)
def test_a_user_layout_accounts_for_every_line_too(text):
    from pipeline.layouts.user import UserLayout

    own = [UserLayout("mine", ["{sender} to {recipient}, {date}"])]
    listing = parse_listing(text, "t.txt", own=own)
    missing = [n for n, line in enumerate(lines_of(text), 1) if line.strip() and n not in covered(listing)]
    assert missing == []


@given(listing_text, st.integers(min_value=-2, max_value=70))
@example("\r0\n", 0)  # (a lone "\r" in a .txt file's first line: the table sniff had crashed on it)
@settings(max_examples=100, deadline=None)
def test_explain_answers_for_any_line(tmp_path_factory, text, number):
    from pipeline.explain import ExplainError, explain

    path = tmp_path_factory.mktemp("x") / "l.txt"
    path.write_text(text, encoding="utf-8")
    try:
        answer = explain(path, number)
    except ExplainError as err:  # no such line: a message for the user (exit 1), naming the place
        answer = str(err)
        assert "no such line" in answer or "is empty" in answer
    assert answer.startswith(f"{path}:")
