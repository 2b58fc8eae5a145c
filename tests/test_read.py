"""Reading listings of many layouts, and accounting for every line. All listings invented."""

from __future__ import annotations

import codecs

import pytest

from pipeline.layouts.builtin import PAGE_CHROME_EXAMPLES, _PAGE_CHROME
from pipeline.read import lines_of, ReadError, decode, parse_listing, read_listing, split_run_in


def entries(text, **kwargs):
    listing = parse_listing(text, "t.txt", **kwargs)
    return listing, [(e.date.start if e.date else None, e.title, e.summary) for e in listing.entries]


def accounted(listing, text):
    """Line numbers of non-blank input lines that are neither in an entry nor reported."""
    covered = {u.line for u in listing.unused} | {listing.collection_line, listing.description_line}
    covered |= {p.line for p in listing.possible}
    for e in listing.entries:
        covered |= set(range(e.first_line, e.last_line + 1))
    return [n for n, line in enumerate(lines_of(text), 1) if line.strip() and n not in covered]


BULLETED = """Search in
No image found.

Letters of the Harvest

A collection of letters about harvests in several countries, gathered from many archives over years.

  • May 3, 1951

    Letter from Anna Weber to Jean Martin

    Weber asks Martin about the harvest.

  • May 9, 1951

    Letter from Jean Martin to Anna Weber
"""


def test_bulleted_blocks_with_a_missing_summary():
    listing, found = entries(BULLETED)
    assert listing.layout == "blocks"
    assert listing.collection == "Letters of the Harvest"
    assert found == [
        ("1951-05-03", "Letter from Anna Weber to Jean Martin", ["Weber asks Martin about the harvest."]),
        ("1951-05-09", "Letter from Jean Martin to Anna Weber", []),
    ]
    assert [(u.line, u.reason) for u in listing.unused] == [(1, "page boilerplate"), (2, "page boilerplate")]
    assert accounted(listing, BULLETED) == []


NOISY = """Results:
21 - 30 of 64
Sort by

May 3, 1951
Letter from Anna Weber to Jean Martin
Weber asks Martin about the harvest,
which failed in the north.

118 Items
May 9, 1951
Letter from Jean Martin to Anna Weber
Martin answers.
-
June 1, 1951
Telegram, Petrov to Ivanov
-
"""


def test_dash_separators_and_paging_noise_are_reported_not_summarised():
    listing, found = entries(NOISY)
    assert found == [
        ("1951-05-03", "Letter from Anna Weber to Jean Martin",
         ["Weber asks Martin about the harvest, which failed in the north."]),
        ("1951-05-09", "Letter from Jean Martin to Anna Weber", ["Martin answers."]),
        ("1951-06-01", "Telegram, Petrov to Ivanov", []),
    ]
    reasons = {u.line: u.reason for u in listing.unused}
    assert reasons == {1: "page boilerplate", 2: "page boilerplate", 3: "page boilerplate",
                       10: "page boilerplate", 14: "separator", 17: "separator"}
    assert accounted(listing, NOISY) == []


def test_date_title_and_summary_run_together():
    text = "- MAY 3, 1951Letter from A. Weber to BWhile discussing the harvest, Weber mentions Paris.\n"
    _, found = entries(text)
    assert found == [("1951-05-03", "Letter from A. Weber to B",
                      ["While discussing the harvest, Weber mentions Paris."])]


@pytest.mark.parametrize("text, title, rest", [
    ("Letter from Kim McDonald to Ivan OrlovThe letter was late.", "Letter from Kim McDonald to Ivan Orlov",
     "The letter was late."),
    ("Cable, Petrov to Ivanov (Excerpt)Petrov reports.", "Cable, Petrov to Ivanov (Excerpt)", "Petrov reports."),
    ("Letter from Anna Weber to Jean Martin", "Letter from Anna Weber to Jean Martin", ""),
])
def test_run_in_split_respects_names(text, title, rest):
    assert split_run_in(text) == (title, rest)


CALENDAR = """The Letters of an Invented Family, volume 2

I. To Mary Jones. Bath, Friday [9 January 1796].
Writes about a ball.

II. To Mary Jones   [14 January 1796]
Ball at Ashe.

From George Adams to Henry Brook, 3–9 October 1788
Adams reports the crossing.
"""


def test_calendar_headings_with_dates_at_the_end():
    listing, found = entries(CALENDAR)
    assert listing.layout == "headings"
    assert [(d, s) for d, _, s in found] == [
        ("1796-01-09", ["Writes about a ball."]),
        ("1796-01-14", ["Ball at Ashe."]),
        ("1788-10-03", ["Adams reports the crossing."]),
    ]
    assert listing.entries[0].date.cert == "medium"  # supplied in brackets
    assert accounted(listing, CALENDAR) == []


def test_date_at_the_end_of_the_title():
    text = "Cable No. 12, Petrov and Orlov to Stalin, 12 May 1947\nCable No. 13, Stalin to Petrov, 14 May 1947\n"
    listing, found = entries(text)
    assert listing.layout == "headings"
    assert [d for d, _, _ in found] == ["1947-05-12", "1947-05-14"]


DOCUMENT = """Invented Digital Archive
March 5, 1952
Letter from Anna Weber to Jean Martin

Dear Jean,

I write to you about the harvest, which was poor this year.

With best wishes, Anna

Summary: Weber tells Martin the harvest was poor.
"""


def test_single_document_page_keeps_text_and_summary_apart():
    listing, _ = entries(DOCUMENT)
    (entry,) = listing.entries
    assert listing.layout == "document"
    assert entry.text == ["Dear Jean,", "I write to you about the harvest, which was poor this year.",
                          "With best wishes, Anna"]
    assert entry.summary == ["Weber tells Martin the harvest was poor."]
    assert accounted(listing, DOCUMENT) == []


def test_format_can_be_forced():
    listing, _ = entries(DOCUMENT, layout="blocks")
    assert listing.layout == "blocks" and listing.entries[0].text == []


def test_last_entry_cut_off_is_kept_and_flagged():
    listing, found = entries("May 3, 1951\nLetter from Anna Weber to Jean Martin\nWeber asks Martin about the")
    assert found[0][2] == ["Weber asks Martin about the"]
    assert listing.entries[0].flags


def test_unicode_and_odd_spaces():
    text = "May\u00a03,\u00a01951\nLetter from Łukasz Nowak to Renée Dubois\nNowak writes to Dubois about Ștefan’s visit.\n"
    _, found = entries(text)
    assert found == [("1951-05-03", "Letter from Łukasz Nowak to Renée Dubois",
                      ["Nowak writes to Dubois about Ștefan’s visit."])]


def test_a_date_without_title_is_reported():
    listing, found = entries("May 3, 1951\n\nMay 4, 1951\nLetter from Anna Weber to Jean Martin\n")
    assert len(found) == 1
    assert listing.unused == []
    assert [(p.line, p.where) for p in listing.possible] == [(1, "read as a date with no title after it")]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
def test_encodings_are_detected(encoding):
    text = "May 3, 1951\nLetter from Renée Dubois to Jean Martin\n"
    decoded, used = decode(text.encode(encoding), "t.txt")
    assert decoded.lstrip("\ufeff") == text


def test_binary_is_refused_with_the_file_name():
    with pytest.raises(ReadError, match="t.bin: does not look like text"):
        decode(bytes(range(256)) * 10, "t.bin")


def test_a_program_with_many_zero_bytes_is_not_read_as_utf_16():
    """A program's bytes (half of them zero, as UTF-16 text's are) decode as UTF-16 without
    error: they are checked as any text is, not made into letters."""
    program = b"\x7fELF\x02\x01\x01\x00" + bytes([0, 0, 3, 0, 62, 0, 1, 0, 16, 0, 0, 0, 64, 0, 0, 0]) * 200
    with pytest.raises(ReadError, match="notes.txt: does not look like text"):
        decode(program, "notes.txt")


def test_broken_bom_is_refused_clearly():
    with pytest.raises(ReadError, match="byte-order mark"):
        decode(codecs.BOM_UTF8 + b"\xff\xfe\xfa", "t.txt")


def test_overlong_line_is_reported_not_parsed():
    text = "May 3, 1951\nLetter from Anna Weber to Jean Martin\n\n" + "x" * 5000 + "\n"
    listing = parse_listing("Intro\n" + "y" * 3000 + "\n" + text, "t.txt")
    assert any("longer than" in u.reason for u in listing.unused)


TITLE_FIRST = """Search results

Cable, Stalin to Mao Zedong
October 21, 1948
Stalin tells Mao that two planes will come.

Letter from Anna Weber to Jean Martin
Sort by
May 3, 1951
Weber asks Martin about the harvest.

Telegram, Petrov to Ivanov
June 1, 1951
"""


def test_titles_before_their_dates():
    listing, found = entries(TITLE_FIRST)
    assert listing.layout == "title-first"
    assert found == [
        ("1948-10-21", "Cable, Stalin to Mao Zedong", ["Stalin tells Mao that two planes will come."]),
        ("1951-05-03", "Letter from Anna Weber to Jean Martin", ["Weber asks Martin about the harvest."]),
        ("1951-06-01", "Telegram, Petrov to Ivanov", []),
    ]
    assert [(u.line, u.reason) for u in listing.unused] == [(1, "page text before the first entry"),
                                                            (8, "page boilerplate")]
    assert accounted(listing, TITLE_FIRST) == []


def test_blocks_without_summaries_are_not_mistaken_for_title_first():
    text = "May 3, 1951\nLetter, Anna Weber to Jean Martin\nMay 4, 1951\nLetter, Jean Martin to Anna Weber\n"
    listing, found = entries(text)
    assert listing.layout == "blocks" and [t for _, t, _ in found] == [
        "Letter, Anna Weber to Jean Martin", "Letter, Jean Martin to Anna Weber"]


TRAILING = """May 3, 1951
Letter from Anna Weber to Jean Martin
Weber asks Martin about the harvest.

May 9, 1951
Letter from Jean Martin to Anna Weber
Martin answers.

1 2 3 Next ›

Related collections
Index of names
"""


def test_page_text_after_the_last_entry_is_not_its_summary():
    listing, found = entries(TRAILING)
    assert found[-1][2] == ["Martin answers."]
    assert [(u.line, u.reason) for u in listing.unused] == [
        (9, "page boilerplate"), (11, "page boilerplate"), (12, "page text after the last entry")]
    assert accounted(listing, TRAILING) == []


@pytest.mark.parametrize("line, boilerplate", [
    ("1 2 3 Next ›", True), ("‹ Previous", True), ("1 2 3 … 12", True), ("1945", False),
    ("He will come next", False),
    # a web page's cookie banner, which a new user's pasted Discovery page made its collection's description
    ("We use cookies to make this website work and to improve it.", True), ("Accept all cookies", True),
    ("Letter about cookies and cakes", False),
    # an online edition's search page: its count, its view switch, each result's links
    ("« Previous   1   2   [3]   4   5   …   63   Next »", True), ("Showing results 81–100 of 1,247", True),
    ("Showing 1 to 20 of 312 entries", True), ('Your search for "Wickley" returned 1,247 results', True),
    ("View: List | Detailed", True), ("View", True), ("[View]", True), ("View ›", True), ("View    Cite    Share", True),
    ("Project: Wickley Papers", True), ("Refine:  Date ▾   Author ▾", True),
    ("Showing him the letter of 3 May 1851", False), ("View of the harbour at Leith, 1851", False),
    ("Share certificates of the Kelby Canal Company", False), ("[1] 2 3", True), ("First of May", False),
    # a Drupal site's pager, "Pages" over it
    ("« first  ‹ previous  …  3  4  5  6  7  …  next ›  last »", True), ("1  2  next ›  last »", True),
    ("Pages", True), ("Pages 12-14 are missing", False), ("First and last letters", False),
])
def test_pagination_lines(line, boilerplate):
    from pipeline.read import BOILERPLATE

    assert bool(BOILERPLATE.match(line)) is boilerplate


def test_summary_sentences_ending_in_a_date_are_not_headings():
    text = ("May 3, 1951\nLetter, Anna Weber to Jean Martin\nWeber writes to Martin about the meeting of 5 May 1951.\n\n"
            "May 9, 1951\nLetter, Jean Martin to Anna Weber\nMartin replies to Weber on the letter of 3 May 1951.\n")
    listing, found = entries(text)
    assert listing.layout == "blocks" and len(found) == 2
    assert found[0][2] == ["Weber writes to Martin about the meeting of 5 May 1951."]


def test_unreadable_and_ocr_damaged_date_lines_still_start_entries():
    text = ("May 3, 1951\nLetter, Anna Berg to Karl Lind\nFirst.\n\n"
            "31 February 1952\nLetter, Karl Lind to Anna Berg\nSecond.\n\n"
            "Spring of the year 1952\nLetter, Karl Lind to Anna Berg\nThird.\n\n"
            "1 82 1\nLetter, Anna Berg to Karl Lind\n\n"
            "Original Language: Polish\nContents: Translation - English\n")
    listing, found = entries(text)
    assert [(d, s) for d, _, s in found] == [("1951-05-03", ["First."]), (None, ["Second."]), (None, ["Third."]),
                                             ("1821", [])]
    # (an archive page's label of the document is kept with the entry above it; others are boilerplate)
    assert listing.entries[-1].notes == ["Original Language: Polish"]
    assert [u.reason for u in listing.unused] == ["page boilerplate"]


def test_table_of_contents_with_page_numbers():
    text = ("Contents\n\n1. Letter, Anna Berg to Karl Lind, 3 May 1950 ..... 3\n"
            "2. Letter, Karl Lind to Anna Berg, 9 May 1950  7\n"
            "19. Agreement and Lists to the Treaty of Friendship, 14 February 1948 . . . . 12\n")
    listing, found = entries(text)
    assert listing.layout == "headings"
    assert [(d, t) for d, t, _ in found] == [
        ("1950-05-03", "1. Letter, Anna Berg to Karl Lind, 3 May 1950"),
        ("1950-05-09", "2. Letter, Karl Lind to Anna Berg, 9 May 1950"),
        ("1948-02-14", "19. Agreement and Lists to the Treaty of Friendship, 14 February 1948")]


def test_utf8_and_cp1252_lines_in_one_file():
    data = "May 3, 1951\nLetter from Renée Farrow to Jean Martin\n".encode() + "About the café.\n".encode("cp1252")
    text, encoding = decode(data, "t.txt")
    assert "Renée Farrow" in text and "café" in text
    assert encoding == "utf-8, with cp1252 on line(s) 3"


def test_summary_cut_off_at_the_end_stays_and_is_flagged():
    text = ("May 3, 1951\nLetter, Anna Berg to Karl Lind\nBerg writes about the harvest.\n\n"
            "May 4, 1951\nLetter, Karl Lind to Anna Berg\nLind describes the new tenants and their\n")
    listing, found = entries(text)
    assert found[-1][2] == ["Lind describes the new tenants and their"]
    assert listing.entries[-1].flags == ["the input ends inside this entry: it may be cut off"]


def test_line_numbers_count_newlines_only():
    """pdftotext puts a form feed at each page break; U+2028 and a vertical tab are no line
    breaks either: every later line number must stay the editor's."""
    text = ("May 3, 1951\nLetter, Anna Weber to Jean Martin\nOn the\u2028archive.\n\n"
            "\fJune 4, 1951\nLetter, Jean Martin to Anna Weber\nThe\vreply\x85here.\n\n"
            "July 5, 1951\r\nLetter, Paul Aubert to Anna Weber\r\nThird.\r\n")
    listing = parse_listing(text, "t.txt")
    assert [(e.first_line, e.date_line, e.title_line) for e in listing.entries] == [(1, 1, 2), (5, 5, 6), (9, 9, 10)]
    assert listing.line_count == 11
    assert listing.entries[0].summary == ["On the archive."]
    assert listing.entries[1].summary == ["The reply here."]
    assert not listing.notes  # layout space, not control characters to report
    assert lines_of("a\rb\r") == ["a", "b"]  # an old Mac file


def test_ocr_noise_read_into_a_summary_is_kept_and_reported():
    text = ("12 August 1850\nLetter from Edwin Marlowe to Hollis Venn\nMarlowe asks about the bill.\n"
            "'.,; ~~ ,. ' ll1 .;. -- ,'\n\n14 August 1850\nLetter from Hollis Venn to Edwin Marlowe\n"
            "Venn replies that the bill is paid. £ 5. 3s. 4d.\n")
    listing = parse_listing(text, "l.txt")
    assert len(listing.entries) == 2
    assert "'.,; ~~ ,. ' ll1 .;. -- ,'" in " ".join(listing.entries[0].summary)  # word for word, as read
    assert [line for line, message in listing.notes if "looks like OCR noise" in message] == [4]  # and said


def test_a_file_that_is_not_utf8_says_how_it_was_read_and_where_bytes_were_lost(tmp_path):
    """A Latin-2 (Polish) file is read as Windows text, which may be the wrong guess: the report
    says so at line 1; a byte no encoding tried can read is named at its line."""
    latin2 = tmp_path / "pl.txt"
    latin2.write_bytes("3 May 1850\nKarl Lind to Anna Kołłątaj\n".encode("iso-8859-2"))
    notes = read_listing(latin2).notes
    assert notes[0][0] == 1 and "not UTF-8" in notes[0][1] and "save the file as UTF-8" in notes[0][1]
    broken = tmp_path / "bad.txt"
    broken.write_bytes(b"3 May 1850\nKarl Lind to Anna \x81\x8d\n")
    assert [n for n, note in read_listing(broken).notes if "\ufffd" in note] == [2]
    utf8 = tmp_path / "ok.txt"
    utf8.write_text("3 May 1850\nKarl Lind to Anna Kołłątaj\n", encoding="utf-8")
    assert read_listing(utf8).notes == []


def test_a_register_names_its_person_by_the_title_page():
    """"JENS PEDER VINDING" over "(1812-1879)" over "Registrant over hans efterladte papirer":
    the person whose papers these are, the other side of the register's letters."""
    text = ("DET KONGELIGE BIBLIOTEK\n\nJENS PEDER VINDING\n(1812-1879)\n\nRegistrant over hans efterladte papirer\n\n\n"
            "HOLM, Karen (1790-1860), lærerinde.\n    Brev, Ribe 12. juli 1842. 4 s.\n    Brev, Ribe 3. maj 1843.\n\n"
            "BRANDT, Søren (1801-1871).\n    Brev, Tarm 14. marts 1845.\n\n"
            "ESKILDSEN, Marie, f. Winther (1822-1899).\n    Brev, Kolding 5. maj 1855.\n")
    listing = parse_listing(text, "register.txt")
    assert listing.layout == "correspondents" and listing.writer == "Jens Peder Vinding"
    assert [e.first_line for e in listing.entries] == [10, 11, 14, 17]



@pytest.mark.parametrize("line, chrome", PAGE_CHROME_EXAMPLES.items())
def test_a_web_page_s_menu_bar_and_breadcrumb_are_told_apart(line, chrome):
    assert bool(_PAGE_CHROME.match(line)) is chrome


def test_a_web_page_s_menu_and_breadcrumb_are_no_collection_title_or_description():
    """An archive's page copied whole: its menu bar was made the collection's title and the
    breadcrumb (the longest line) its description; neither says what the collection is."""
    text = ("Skip to main content\nHemshire Archives Online\n"
            "Home   Browse   Search   Advanced search   Clipboard (0)   Log in\n"
            "Home > Browse collections > Papers of the Langhurst family of Hallowmere > Correspondence\n\n"
            "Letter from Anna Berg to Karl Lind\nDate: 1 Aug 1828\nReference: LAN/2/1/1\n")
    listing, found = entries(text)
    assert [d for d, _, _ in found] == ["1828-08-01"]
    assert listing.collection is None and listing.description is None
    assert {u.line for u in listing.unused} >= {3, 4}


def test_numbered_entries_with_their_place_first_are_possible_entries_where_no_layout_reads_the_file():
    """Two entries only ("1. Lucca, 5 settembre 1793. — A a B."): too few for a layout, but each
    is reported as looking like an entry, not as page text."""
    listing = parse_listing("LETTERE DIVERSE\n\n1. Lucca, 5 settembre 1793. — Matteo Lodi a Lorenzo Bassani.\n"
                            "   Lo ringrazia.\n2. Lucca, 19 settembre 1793. — Lorenzo Bassani a Matteo Lodi.\n", "t.txt")
    assert [p.line for p in listing.possible] == [3, 5]


def test_a_layout_well_behind_that_reads_several_times_the_letters_is_chosen():
    """Scores are cheap guesses; where the best reads a few letters in the first lines and another
    within half its score reads more than three times as many, the other reads the file (an
    inventory's items read by blocks as a few long paragraphs); at less than that, the best stays."""
    from pipeline.dates import parse_date
    from pipeline.layouts import Layout
    from pipeline.listing import Entry
    from pipeline.read import choose

    def layout(name, score, letters):
        class Made(Layout):
            def score(self, lines):
                return score

            def read(self, lines, listing):
                listing.entries += [Entry(source="", first_line=n + 1, last_line=n + 1, date_text="1850", date_line=n + 1,
                                          date=parse_date("1850"), title="Anna Berg to Karl Lind")
                                    for n in range(letters)]
        made = Made()
        made.name = name
        return made

    from pipeline.listing import Listing
    from pipeline.read import classify_text
    lines = classify_text("x\n", Listing("t.txt", "utf-8"))
    ahead, behind = layout("ahead", 1000, 2), layout("behind", 600, 7)
    assert choose(lines, own=[ahead, behind]) is behind
    ahead, behind = layout("ahead", 1000, 3), layout("behind", 600, 7)
    assert choose(lines, own=[ahead, behind]) is ahead
