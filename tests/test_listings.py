"""No entry vanishes: on listings of many kinds (invented, in the shapes of real contents
pages, calendars, search results, catalogues, tables), every entry is either read as an
entry or reported as a possible entry with its line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.lines import trailing_date
from pipeline.read import looks_like_entry, parse_listing, read_listing
from pipeline.titles import parse_title, titles_for

from conftest import SAMPLE, make_edition

LISTINGS = Path(__file__).parent / "listings"
EXPECTED = {name: spec for name, spec in json.loads((LISTINGS / "expected.json").read_text()).items()
            if not name.startswith("_")}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_entry_is_read_or_reported(name):
    listing = read_listing(LISTINGS / name)
    starts = [e.first_line for e in listing.entries]
    possible = [p.line for p in listing.possible]
    vanished = []
    for first, last in EXPECTED[name]["entries"]:
        read = [n for n in starts if first <= n <= last]
        reported = [n for n in possible if first <= n <= last]
        if not read and not reported:
            vanished.append((first, last))
    assert vanished == [], f"entries neither read nor reported: {vanished}"


@pytest.mark.parametrize("name", sorted(n for n, spec in EXPECTED.items() if "read" in spec))
def test_what_is_read_today_stays_read(name):
    listing = read_listing(LISTINGS / name)
    assert [e.date.start if e.date else None for e in listing.entries] == EXPECTED[name]["read"]


def test_the_sample_has_no_possible_entries():
    listing = read_listing(SAMPLE)
    assert len(listing.entries) == 20 and listing.possible == []


@pytest.mark.parametrize("line, reason", [
    ("XIV. To her Sister. Lyme, Sunday", "numbered like an entry and followed by parties"),
    ("To Edmund Hartley, 3 March 1862", "a date and parties"),
    ("Petrov to Ivanov, 12 May 1947", "a date and parties"),
    ("17. Anna Berg to Karl Lind. Asks for news.", "numbered like an entry and followed by parties"),
    ("No. 5. 12 March 1851", "numbered like an entry and followed by a date"),
    ("Date: [12 Mar 1851]", "a labelled date"),
    ("| Letter from Jane Doe to John Roe | 12 March 1851 | Thanks |", "a date and parties"),
    ("HARTLEY (Edmund). Autograph letter signed to Walter Ashby, Bath, 12 May 1862, 2 pp.", "a name in capitals"),
    ("MS 12/3/4    [1854 Dec. 7]    Letter, Mrs. Ann Vell to Eda Sorn. 1 item (1 p.)", "parties and a year"),
    ("Item 2.1.7. Letter from Odo Mark to Rhea Lunt, 1795. 1 item.", "parties and a year"),
    ("MS 12/3/5. Mark, Odo, to Rhea Lunt. 1864 Feb. 18. 1 item (2 p.).", "parties and a year"),
    ("MS 12/3/3    From Rhea Lunt, 1801 May 29.", "parties and a year"),
    ("Box 4/2. From Rhea Lunt, 2003 May 29.", "parties and a year"),  # (and of this century)
])
def test_lines_that_look_like_entries(line, reason):
    assert (looks_like_entry(line) or "").startswith(reason)


@pytest.mark.parametrize("line", [
    "Mao asks to delay his trip to Moscow until December.",
    "Mao responds to Stalin's telegram from 6 January 1949.",
    "Weber writes to Martin about the meeting of 5 May 1951.",
    "1. The harvest failed in the north.",
    "To be sent by the next post, 3 May 1850.",
    "Encloses the Letter from Odo Mark to Rhea Lunt of 1795.",
    "1.5 per cent to the bank in 1850.",
])
def test_prose_is_not_an_entry(line):
    assert looks_like_entry(line) is None


def test_a_numbered_entry_read_into_the_one_before_is_reported_in_any_language():
    """An inventory in a language corresp has no words for: its one-line entries were read as
    the summary of the entry before, and none was reported. Their numbers give them away."""
    text = ("1. Firenze, 3 marzo 1840\n    Orso Pal a Lia Venn: sui lavori.\n\n"
            "2. Lettera di Ugo Sant a Lia Venn, Roma, 1841, sulla villa.\n\n"
            "3. Pisa, 12 agosto 1843\n    Lia Venn a Orso Pal: sul podere.\n    1. il podere\n")
    listing = parse_listing(text, "t.txt", layout="blocks")  # (as it was read before the inventory layout)
    reported = {p.line: p.reason for p in listing.possible}
    assert reported.get(4, "").startswith("numbered 2, between the entries numbered 1 and 3")
    assert 8 not in reported  # ("1." in a summary is no entry after 3)
    listing = parse_listing(text, "t.txt", layout="inventory")  # (auto needs clearly more than three)
    assert listing.possible == []
    assert [(e.first_line, e.date.when, e.fields.get("place")) for e in listing.entries] == [
        (1, "1840-03-03", "Firenze"), (4, "1841", "Roma"), (6, "1843-08-12", "Pisa")]
    assert listing.entries[0].summary == ["sui lavori."]


def test_an_inventory_reports_the_separators_between_its_items():
    """No line vanishes: a rule between two items is reported as one, not dropped."""
    text = "1. Pisa, 1840\n    Orso Pal a Lia Venn: sui lavori.\n----\n\n2. Roma, 1841\n    Lia Venn a Orso Pal.\n"
    listing = parse_listing(text, "t.txt", layout="inventory")
    assert len(listing.entries) == 2 and [(u.line, u.reason) for u in listing.unused] == [(3, "separator")]


def test_a_line_of_the_same_shape_as_the_entries_is_reported():
    text = ("To Anna Berg, 3 May 1850\nOn the harvest.\n\nTo Karl Lind\nOn the ship.\n\n"
            "To Anna Berg, 9 May 1850\nAgain.\n")
    listing = parse_listing(text, "t.txt")
    assert len(listing.entries) == 2
    (possible,) = listing.possible
    assert (possible.line, possible.where) == (4, "read as the summary of the entry at line 1")
    assert possible.reason == "the same shape as the lines that start entries (as line 1)"


def test_a_dated_from_to_line_in_a_summary_is_no_letter_heading():
    """"From A to B, 1 June 1951" before the next entry's date line is an archive page's
    title shape, not a printed edition's letter heading (which a salutation would follow)."""
    text = "\n".join(f"May {i + 1}, 1951\nLetter, Anna Weber to Jean Martin\nWeber writes.\n"
                     f"From Paul Aubert to Jean Martin, {i + 1} June 1951\n-----" for i in range(6))
    listing = parse_listing(text, "t.txt")
    assert listing.layout == "blocks" and len(listing.entries) == 6
    assert len(listing.possible) == 6  # each "From …" line is named as a possible entry


def test_entries_that_open_with_a_heading_among_date_lines_are_read():
    """A listing whose entries mostly open with a date line has some that open with their
    heading ("A to B, June 1876"), and a calendar of headings some with a date line over
    their title: each is an entry, not a paragraph of the entry before."""
    dated = "14 January 1867\nAgnes Tonley to Rachel Ford\nOn the harvest.\n\n"
    headed = "Emily Lee to Sir M. Tonwick, June 1876\nOn the ship.\nIt sailed late.\n\n"
    for text, layout in ((dated * 3 + headed + dated, "blocks"), (headed * 3 + dated + headed, "headings")):
        listing = parse_listing(text, "t.txt")
        assert listing.layout == layout and not listing.possible and not listing.unused
        assert [e.title for e in listing.entries] == [line for line in text.split("\n") if " to " in line]
        assert [e.date.when for e in listing.entries] == ["1876-06" if "June" in t else "1867-01-14"
                                                          for t in (e.title for e in listing.entries)]
        assert [len(e.summary) for e in listing.entries] == [1] * 5  # no heading read as a paragraph


def test_a_heading_beside_a_date_line_is_that_dates_title():
    """"3 May 1951" over "From A to B, 3 May 1951": one entry, titled by the heading; a heading
    within a paragraph stays part of the summary (reported as a possible entry)."""
    text = ("3 May 1951\nFrom Paul Aubert to Jean Martin, 3 May 1951\nAubert writes.\n\n"
            "4 May 1951\nLetter, Anna Weber to Jean Martin\nWeber writes.\n"
            "From Paul Aubert to Jean Martin, 4 May 1951\n")
    listing = parse_listing(text, "t.txt")
    assert [(e.title, e.date.when) for e in listing.entries] == [
        ("From Paul Aubert to Jean Martin, 3 May 1951", "1951-05-03"),
        ("Letter, Anna Weber to Jean Martin", "1951-05-04")]
    assert [p.line for p in listing.possible] == [8]


def test_a_heading_right_after_a_title_is_its_summary_and_one_after_a_summary_an_entry():
    """An archive page's blocks are all set apart by blank lines: "Letter from A to B, 4 November
    1948" right under "Memorandum, A to B" is that memorandum's summary (it was read as a letter
    of its own, the memorandum left with none); a heading with no summary still heads its entry
    where another heading or a date line over its own title follows."""
    page = ("  • November 2, 1948\n\n    Cable, Petrov to Orlov\n\n    Petrov asks.\n\n"
            "  • November 5, 1948\n\n    Memorandum, Orlov to Petrov\n\n    Letter from Orlov to Petrov, 4 November 1948\n")
    listing = parse_listing(page, "t.txt")
    assert [(e.title, e.summary) for e in listing.entries] == [
        ("Cable, Petrov to Orlov", ["Petrov asks."]),
        ("Memorandum, Orlov to Petrov", ["Letter from Orlov to Petrov, 4 November 1948"])]
    dated = "3 May 1850\nAnna Berg to Karl Lind\nOn the harvest.\n\n"
    for after in ("Bernard Kell to Oswin Pratt, 12 April 1851\nAnswers.\n", "5 May 1850\nKarl Lind to Anna Berg\nReplies.\n"):
        listing = parse_listing(f"{dated}Oswin Pratt to Bernard Kell, 11 April 1851\n\n{after}\n{dated}", "t.txt")
        assert [e.title for e in listing.entries][1:3] == ["Oswin Pratt to Bernard Kell, 11 April 1851",
                                                          after.split("\n")[0 if "Kell to" in after else 1]]
        assert len(listing.entries) == 4 and not listing.possible


def test_names_with_an_elided_particle_open_headings():
    """"Marie d'Agoult to Franz Liszt, 14 June 1840" was no heading (d' is no capital), and its
    entry was folded into the summary of the one before."""
    text = ("Jean d'Alembert to Voltaire, 9 June 1760\nOn the Encyclopédie.\n\n"
            "Voltaire to d'Alembert, 11 June 1760\nReplies.\n\nMarie d'Agoult to Franz Liszt, 14 June 1840\nOn music.\n")
    listing = parse_listing(text, "t.txt")
    assert [e.title for e in listing.entries] == [line for line in text.split("\n") if "to" in line.split()]
    assert [e.summary for e in listing.entries] == [["On the Encyclopédie."], ["Replies."], ["On music."]]


def test_a_page_title_over_a_span_of_years_is_no_letter():
    """"CALENDAR OF THE LETTERS OF MATTHIAS GRENE, 1788-1790" over a calendar of headings was
    read as a letter of 1788 from Grene; it is page text, reported as such. A heading of one
    date in capitals, or one in ordinary case, is still an entry."""
    calendar = "To Anna Berg, 3 May 1788\nOn the harvest.\n\nTo Karl Lind, 5 May 1788\nOn the ship.\n"
    listing = parse_listing("CALENDAR OF THE LETTERS OF MATTHIAS GRENE, 1788-1790\n\n" + calendar, "t.txt")
    assert [e.title for e in listing.entries] == ["To Anna Berg, 3 May 1788", "To Karl Lind, 5 May 1788"]
    # (it names the writer of the "To X" entries below: Matthias Grene)
    assert [(u.line, u.reason) for u in listing.unused] == [(1, "a heading naming the edition's writer")]
    assert listing.writer == "Matthias Grene"
    for first in ("TO EVA ROTH, 1 MAY 1788", "Letters of Matthias Grene to Eva Roth, 1788-1790"):
        assert parse_listing(f"{first}\nOn the weather.\n\n{calendar}", "t.txt").entries[0].title == first


def test_an_entry_that_says_it_is_undated_or_dates_itself_after_a_place_is_read():
    """Found by an independent generator: "From A to B, n.d." and "8. A an B, Ulm, o. D." were
    no headings (every undated one was folded into the summary before it); "Dunmere, Saturday,
    26 December 1863" was a date line no one could read (the place is the place of writing);
    "From A to B" over "Harrowdene, 15 August 1834" in a calendar of headings, and a heading
    among titles over date lines, were summary text."""
    headings = ("From Aurelia Finch to Tobias Brim, 3 May 1850\nOn the harvest.\n\n"
                "From Ezra Whit to Tobias Brim, n.d.\nOn the mill.\n\n"
                "From Lionel Dray to Isadora Whit\nHarrowdene, 15 August 1834\nOn the roads.\n\n"
                "Letitia Neth to Temperance Dray, undated\nOn the weather.\n\n"
                "From Ezra Whit to Tobias Brim, 9 May 1850\nAgain.\n")
    listing = parse_listing(headings, "t.txt")
    assert [(e.first_line, e.date.when if e.date else None, e.summary) for e in listing.entries] == [
        (1, "1850-05-03", ["On the harvest."]), (4, None, ["On the mill."]), (7, "1834-08-15", ["On the roads."]),
        (11, None, ["On the weather."]), (14, "1850-05-09", ["Again."])]
    assert listing.entries[2].fields["place"] == "Harrowdene" and not listing.possible
    regesten = ("1\nOttilie Mahl an Gottlieb Kessel\nHohenberg, 21. November 1868\nGrüße an die Familie.\n\n"
                "2\nGottlieb Vogel an Ottilie Mahl\nOberwies, 29. August 1841\nÜber das Treffen.\n\n"
                "3. Mathilde Mühl an Wendelin Brand, Ulrichsbach, o. D.\nÜber die Scheune.\n\n"
                "4\nLuise Zirn an Eberhard Rauten\nRabenstein, 20. Februar 1863\nSie sei gereist.\n")
    listing = parse_listing(regesten, "t.txt")
    assert [(e.title, e.date.when if e.date else None) for e in listing.entries] == [
        ("Ottilie Mahl an Gottlieb Kessel", "1868-11-21"), ("Gottlieb Vogel an Ottilie Mahl", "1841-08-29"),
        ("3. Mathilde Mühl an Wendelin Brand, Ulrichsbach, o. D.", None), ("Luise Zirn an Eberhard Rauten", "1863-02-20")]


def test_a_title_over_a_place_and_date_starts_its_entry_though_the_summary_names_a_document():
    """Found by an independent generator: "From A to B" over "Crowcombe, 1885-09-08", after a
    blank line, a summary that opens "Discusses the meeting …", "Asks whether B received the
    letter …" or "Acknowledges the proofs. Reports …" was folded into the entry before: the
    summary's first line read as the title of a date-over-title entry (a type word anywhere
    in a line made it title-like). A title right under the date line still makes it the
    next entry's date."""
    from pipeline.lines import classify, title_like
    for prose in ("Discusses the meeting at Port Aldous with Dr. Finch and", "Asks whether Brim received the "
                  "letter of May 2, 1863. Comments", "Acknowledges the proofs. Reports on the harvest; will"):
        head = "From Aurelia Finch to Tobias Brim, 3 May 1850\n\nOn the harvest.\n\n"
        text = f"{head}{head}From Lionel Dray to Isadora Whit\nCrowcombe, 1885-09-08\n\n{prose}\nroads.\n\n{head}"
        listing = parse_listing(text, "t.txt")
        assert [(e.first_line, e.date.when) for e in listing.entries] == [
            (1, "1850-05-03"), (5, "1850-05-03"), (9, "1885-09-08"), (15, "1850-05-03")], prose
        assert listing.layout == "headings"
        assert listing.entries[2].summary == [f"{prose} roads."] and not listing.possible
        assert title_like(classify(1, prose, False)) is ("meeting" in prose)  # no verb list: the layout decides
    for title in ("Translation of a Letter from Dray to Whit", "Extract from a private letter of Lord Dray",
                  "Copy of Dr. Dray's Report"):
        assert title_like(classify(1, title, False)), title


def test_a_numbered_listing_whose_summaries_wrap_onto_a_day_is_no_calendar():
    """"…will return on" / "22 December." wrapped: a few lines that open with a day made a
    numbered listing of 550 entries a calendar, whose day lines then dated the entries after
    them (13 letters got a date of another's summary). A calendar has a few documents a day."""
    wrapped = "    Mentions that Dray has gone to Dunmere and will return on\n    22 December. Sends seeds.\n\n"
    entries = [f"{n}. Jasper Marr to Tobias Card, {3 + n % 20} May 18{10 + n}.\n"
               + (wrapped if n % 12 == 0 else "    Sends seeds.\n\n") for n in range(1, 41)]
    listing = parse_listing("".join(entries), "t.txt")
    assert listing.layout != "calendar"
    assert [e.date.when for e in listing.entries] == [f"18{10 + n}-05-{3 + n % 20:02d}" for n in range(1, 41)]


def test_an_undated_numbered_head_keeps_its_indented_summary_apart():
    """"250. A to B, Dunmere, undated." over an indented summary: the summary was joined to the
    title (and "Dunmere, undated. Reports …" read as a second recipient); a head that says it is
    undated is complete, as one that ends in its date is."""
    heads = ("Dunmere, 3 May 1850.", "Dunmere, undated.", "Dunmere, n.d.", "Dunmere", "Leeds", "Dunmere, 9 May 1850.")
    text = "".join(f"{n}. Dr. Mortlake to Mr. Ezra Whitlock, {head}\n    Reports on the loan of forty pounds.\n\n"
                   for n, head in enumerate(heads, start=249))
    listing = parse_listing(text, "t.txt")
    assert listing.layout == "contents"
    assert [e.summary[-1:] for e in listing.entries][:3] == [["Reports on the loan of forty pounds."]] * 3
    assert [e.title.split(", ", 1)[-1] for e in listing.entries][:3] == list(heads[:3])


def test_a_summary_wrapped_onto_a_date_is_no_entry():
    """Found by an independent generator: a summary hard-wrapped where a date opens the next
    line ("… impassable since" / "17 July 1859.", "… the letter of" / "June 19, 1834.
    Complains …", "… of December" / "28, 1883.", "… vom 16." / "August 1854 erhalten habe.")
    made a letter of no one from that line (24 in 3,000 entries). A date line under a line
    that ends a sentence, or with a title under it, still starts its entry."""
    calendar = ("Kelvingate, 14 February 1880\nLetter, Ezra Whit to Aurelia Finch\n"
                "Has heard from Oaken that the roads to Dunmere are impassable since\n17 July 1859.\n7 pp. MS PET/246\n\n"
                "3 March 1881\nLetter, Aurelia Finch to Ezra Whit\nAsks whether Brim received the letter of\n"
                "June 19, 1834. Complains of the delayed proofs.\n\n"
                "4 March 1881\nLetter, Ezra Whit to Aurelia Finch\nAsks whether Brim received the letter of December\n"
                "28, 1883.\n2 pp.\n\n"
                "5 March 1881\nLetter, Ezra Whit to Aurelia Finch\nSends regards to his mother\n"
                "6 March 1881.\nLetter, Aurelia Finch to Ezra Whit\nReplies.\n")
    listing = parse_listing(calendar, "t.txt")
    assert [(e.first_line, e.date.when) for e in listing.entries] == [
        (1, "1880-02-14"), (7, "1881-03-03"), (12, "1881-03-04"), (18, "1881-03-05"), (21, "1881-03-06")]
    assert [e.summary[0] for e in listing.entries[:3]] == [
        "Has heard from Oaken that the roads to Dunmere are impassable since 17 July 1859. 7 pp. MS PET/246",
        "Asks whether Brim received the letter of June 19, 1834. Complains of the delayed proofs.",
        "Asks whether Brim received the letter of December 28, 1883. 2 pp."]
    assert not listing.possible
    regesten = ("436\nPhilippine Unger an Friedrich Zirn\nLindenau, 3. Mai 1850\n"
                "Dankt für die Zeichnungen. Fragt, ob Traugott Schwal den Brief vom 16.\nAugust 1854 erhalten habe.\n\n"
                "437\nMathilde Mühl an Eberhard Schwal\nLindenau, 4. Mai 1850\nÜber die Scheune.\n\n"
                "438\nEberhard Schwal an Mathilde Mühl\nLindenau, 9. Mai 1850\nAntwort.\n")
    listing = parse_listing(regesten, "t.txt")
    assert [(e.title, e.date.when) for e in listing.entries] == [
        ("Philippine Unger an Friedrich Zirn", "1850-05-03"), ("Mathilde Mühl an Eberhard Schwal", "1850-05-04"),
        ("Eberhard Schwal an Mathilde Mühl", "1850-05-09")]
    assert listing.entries[0].summary == [
        "Dankt für die Zeichnungen. Fragt, ob Traugott Schwal den Brief vom 16. August 1854 erhalten habe."]
    # (the number over a title is its entry's, not the summary's of the entry before)
    assert [(e.first_line, e.fields.get("number")) for e in listing.entries] == [(1, "436"), (7, "437"), (12, "438")]


def test_a_line_that_opens_in_lower_case_with_a_date_we_cannot_read_is_prose():
    """"… Has not heard from Bad Quellbrunn" over "since February 9, 1854." (a place ends the
    line above, so it does not seem to run on) made a document of its own."""
    text = ("26 December 1854\nLetter from Philippa Cott to Josiah Cott\nHas not heard from Bad Quellbrunn\n"
            "since February 9, 1854.\nHFP/4/38\n\n13 June 1836\nLetter from Josiah Cott to Philippa Cott\n"
            "Replies.\n\n14 June 1836\nLetter from Josiah Cott to Philippa Cott\nAgain.\n")
    listing = parse_listing(text, "t.txt")
    assert [(e.first_line, e.summary) for e in listing.entries] == [
        (1, ["Has not heard from Bad Quellbrunn since February 9, 1854. HFP/4/38"]), (7, ["Replies."]),
        (11, ["Again."])]


def test_a_title_after_its_missing_date_is_read():
    """"ohne Datum. A an B", "o. D.. A an B", "[n.d.] – A to B": a title after the mark that it
    is undated was summary text (17 of 500 Regesten lost to the entry before)."""
    regesten = ("Nr. 1\n24. Juli 1867. Ottilie Lind an Wendelin Pfeif\nÜber das Treffen.\n\n"
                "Nr. 2\nohne Datum. Mathilde Schwal und Ottilie Blüm an Adelheid Vogel\nÜber die Scheune.\n\n"
                "Nr. 3\no. D.. Walburga Mühl an Traugott Brand\nGrüße.\n\n"
                "Nr. 4\n2. August 1867. Wendelin Pfeif an Ottilie Lind\nAntwort.\n")
    listing = parse_listing(regesten, "t.txt")
    assert [(e.title, e.date.when if e.date else None, e.date_text) for e in listing.entries] == [
        ("Ottilie Lind an Wendelin Pfeif", "1867-07-24", "24. Juli 1867"),
        ("Mathilde Schwal und Ottilie Blüm an Adelheid Vogel", None, "ohne Datum"),
        ("Walburga Mühl an Traugott Brand", None, "o. D."),
        ("Wendelin Pfeif an Ottilie Lind", "1867-08-02", "2. August 1867")]
    assert [e.summary for e in listing.entries][1:3] == [["Über die Scheune."], ["Grüße."]]
    assert [e.fields.get("number") for e in listing.entries] == ["1", "2", "3", "4"]
    from pipeline.lines import classify
    for prose in ("undated. He writes that the proofs are late.", "Undated letter from Anna Berg to Karl Lind"):
        assert classify(1, prose, False).kind == "text", prose
    line = classify(1, "[n.d.] – Anna Berg to Karl Lind", False)
    assert (line.kind, line.date, line.date_text, line.rest) == ("date+text", None, "[n.d.]", "Anna Berg to Karl Lind")


def test_an_indented_summary_wrapped_over_lines_is_one_paragraph():
    """A numbered listing's summaries wrapped at 72 characters became one paragraph a line
    ("<p>the letter of …</p>"), and each line was checked alone for the shape of an entry. A
    head that ends "… to B. n.d." is complete too (the summary was read into its title)."""
    heads = ("n.d.", "[July 1842].", "undated.", "[July 1844].")
    text = "".join(f"{n}. Capt. Jasper Wex to Millicent Fenn. {head}\n"
                   "    Asks after the parcel of seeds. Asks whether Jasper Marr received\n"
                   "    the letter of September 7, 1880. Mentions that Capt. Oaken has\n"
                   "    gone to Westerleigh.\n\n" for n, head in enumerate(heads, start=1))
    for layout in ("auto", "contents"):
        listing = parse_listing(text, "t.txt", layout=layout)
        assert [e.title for e in listing.entries] == [
            f"{n}. Capt. Jasper Wex to Millicent Fenn. {head}" for n, head in enumerate(heads, start=1)], layout
        assert {tuple(e.summary) for e in listing.entries} == {(
            "Asks after the parcel of seeds. Asks whether Jasper Marr received the letter of September 7, 1880. "
            "Mentions that Capt. Oaken has gone to Westerleigh.",)}
        assert not listing.possible


def test_an_unnumbered_head_with_a_year_among_numbered_ones_is_an_entry():
    """"Letitia Neth to Wexcombe, 1856 ........ 850" between numbered heads was a date "we
    cannot read" (four words and a year look like "Early summer of 1850") and became the
    summary of the entry above it."""
    text = ("338. Lionel Dray to Finch, 12 February 1874 ........................ 847\n"
            "339. Jasper Oaken and Hester Card to Ambrose Brim, 5 March 1841 ... 848\n"
            "Letitia Neth to Wexcombe, 1856 .................................. 850\n"
            "341. Philippa Quill to Fenn, May 1867 .......................... 853\n")
    for layout in ("auto", "contents"):
        listing = parse_listing(text, "t.txt", layout=layout)
        assert [(e.first_line, e.date.when) for e in listing.entries] == [
            (1, "1874-02-12"), (2, "1841-03-05"), (3, "1856"), (4, "1867-05")], layout
        assert listing.entries[2].title.startswith("Letitia Neth to Wexcombe, 1856")
    from pipeline.lines import classify
    assert [classify(1, t, False).kind for t in ("Early summer of 1850", "Letitia Neth to Wexcombe, 1856")] == [
        "date", "heading"]


def test_a_numbered_listing_with_the_date_first_and_wrapped_titles():
    """"2. 21 December 1841. A to B. Asks …", the brief's own shape, was read as a contents
    page: the numbered date was no date line, every title ran on into its summary (no parties
    read), and entries dated "July–August 1834", "between 21 and 24 September 1849", "circa
    1871", "[n.d.]" or "[1842?]" were page text. A title a hard wrap broke in its list of
    parties ends on the line below; "Draft, A to B" is a draft of a letter from A to B."""
    text = ("A CHECKLIST OF THE MALTBY LETTERS\n\n"
            "1. July–August 1834 — Clelia Mor and Clelia Scarp to Mrs. Léontine Laverg, Clelia\n"
            "Valsecchi and Capt. Josiah Holl. Long letter about the garden, the weather and the\n"
            "servants; Ottilie Stoll to arrive at Hohenstauf on the 5th.\n"
            "2. 21 December 1841. Cecil Goode to Rosalba Scarp. Asks to be remembered to Dr.\n"
            "Goode. Has not heard from Beaulieu since November 18, 1841.\n"
            "3. between 21 and 24 September 1849. Eleanor Wren to Miss Ottilie Imhof. Thanks\n"
            "L. Mauber for the parcel of books received at Crowhurst.\n\n"
            "4. [n.d.] — Lucien Cast to Lucien Chass. Has read the pamphlet.\n"
            "5. circa 1871 — Hortense Rav to Zélie Rav. Asks to be remembered to Léontine.\n"
            "6. [1842?]. Miss Mor to E. Wren. Long letter about the garden.\n"
            "7. 20 January 1836. Draft, L. Laverg to Sir Rupert Lydg. Encloses accounts for\n"
            "the quarter ending the 23rd.\n")
    listing = parse_listing(text, "t.txt")
    assert listing.layout == "blocks" and not listing.possible
    assert [(e.fields["number"], e.date_text, e.date.attributes() if e.date else None) for e in listing.entries] == [
        ("1", "July–August 1834", {"from": "1834-07", "to": "1834-08"}),
        ("2", "21 December 1841", {"when": "1841-12-21"}),
        ("3", "between 21 and 24 September 1849", {"notBefore": "1849-09-21", "notAfter": "1849-09-24"}),
        ("4", "[n.d.]", None), ("5", "circa 1871", {"when": "1871", "precision": "low"}),
        ("6", "[1842?]", {"when": "1842", "cert": "low"}), ("7", "20 January 1836", {"when": "1836-01-20"})]
    assert [e.title for e in listing.entries] == [
        "Clelia Mor and Clelia Scarp to Mrs. Léontine Laverg, Clelia Valsecchi and Capt. Josiah Holl.",
        "Cecil Goode to Rosalba Scarp.", "Eleanor Wren to Miss Ottilie Imhof.", "Lucien Cast to Lucien Chass.",
        "Hortense Rav to Zélie Rav.", "Miss Mor to E. Wren.", "Draft, L. Laverg to Sir Rupert Lydg."]
    assert listing.entries[0].summary == ["Long letter about the garden, the weather and the servants; Ottilie "
                                          "Stoll to arrive at Hohenstauf on the 5th."]
    assert (listing.entries[0].first_line, listing.entries[0].last_line) == (3, 5)
    assert listing.entries[1].summary == ["Asks to be remembered to Dr. Goode. Has not heard from Beaulieu since "
                                          "November 18, 1841."]
    from pipeline.titles import parse_title
    parties = [([n.written for n in t.senders], [n.written for n in t.recipients])
               for t in (parse_title(listing.entries[i].title) for i in (0, 6))]
    assert parties == [(["Clelia Mor", "Clelia Scarp"], ["Léontine Laverg", "Clelia Valsecchi", "Josiah Holl"]),
                       (["L. Laverg"], ["Rupert Lydg"])]


def test_an_inventory_s_and_a_calendar_s_heads_with_shelf_marks_extents_and_places_first():
    """A French inventory and German Regesten (a blind generator's): "45 J 5. Lettre de …, 20
    juin 1851." (a shelf mark numbers it), "…, 25 août 1837. 1 p." (its extent after the
    date), "Lettre de A à B, Montvert, 23 février 1852." (a type word opens it: a heading,
    full stop and all), "Nr. 3. A an B, 2. Mai 1830.", "16. Ulm, 4. September 1852. A an B."
    (the place first), a shelf mark or "Nr. 4" on a line of its own over a title over its date
    line, "entre le 1 et le 7 septembre 1856" (eight words): each was summary or page text."""
    inventory = ("Fonds Dufresnoy (45 J)\n\n"
                 "45 J 1. Lettre de l'abbé Lucien Mauber à Philippa Cott, 20 juin 1851.\n"
                 "    Affaires de librairie.\n\n"
                 "2. Mme Zélie Laverg à M. Lucien Mauber, 25 août 1837. 1 p.\n"
                 "    Au sujet de la succession.\n\n"
                 "Lettre de Gustave Rav à Céleste Chass, Montvert, 23 février 1852. 2 p.\n"
                 "Demande des nouvelles.\n\n"
                 "45 J 4\nMathilde Dorn à Madame Céleste Bonn, Saint-Aubin-des-Prés, s.d. 4 p.\n"
                 "Remerciements.\n\n"
                 "5. Lucien Bonn à Zélie Rav, Saint-Aubin-des-Prés, entre le 1 et le 7 septembre 1856.\n"
                 "Recommande T. Torn.\n\n"
                 "Mme Hortense Rav à M. Gustave Mauber, 10 mars 1863. 2 p.\nNouvelles de la famille.\n\n"
                 "45 J 7\nLettre de l'abbé Ferdinand Dorn à Céleste Chass, Sainte-Colombe, 22 février 1809.\n"
                 "Au sujet de la succession.\n")
    listing = parse_listing(inventory, "t.txt", day_first=True)
    from pipeline.titles import parse_title
    assert [(e.fields.get("number") or parse_title(e.title).number, e.date_text) for e in listing.entries] == [
        ("45 J 1", "20 juin 1851"), ("2", "25 août 1837"), (None, "23 février 1852"), ("45 J 4", "s.d."),
        ("5", "entre le 1 et le 7 septembre 1856"), (None, "10 mars 1863"), ("45 J 7", "22 février 1809")]
    assert listing.entries[4].date.attributes() == {"notBefore": "1856-09-01", "notAfter": "1856-09-07"}
    assert [e.summary for e in listing.entries] == [["Affaires de librairie."], ["Au sujet de la succession."],
                                                   ["Demande des nouvelles."], ["Remerciements."], ["Recommande T. Torn."],
                                                   ["Nouvelles de la famille."], ["Au sujet de la succession."]]
    read = [parse_title(e.title) for e in listing.entries]
    assert [([n.written for n in t.senders], [n.written for n in t.recipients]) for t in read] == [
        (["Lucien Mauber"], ["Philippa Cott"]), (["Zélie Laverg"], ["Lucien Mauber"]), (["Gustave Rav"], ["Céleste Chass"]),
        (["Mathilde Dorn"], ["Céleste Bonn"]), (["Lucien Bonn"], ["Zélie Rav"]), (["Hortense Rav"], ["Gustave Mauber"]),
        (["Ferdinand Dorn"], ["Céleste Chass"])]
    assert read[1].notes == ["1 p."] and read[3].place == "Saint-Aubin-des-Prés"
    shapes = ("Nr. {}\nAristide Bonn an Fräulein Ellw\nEschenrode, 23. Mai 1797\nTeilt mit.\n\n",
              "Nr. {}. Eberhard Imh an Mathilde Pfann, 2. Mai 1830.\nBerichtet über die Reise.\n\n",
              "Nr. {}\nAnton Imh an A. Merri\n6.5.1830\nÜber die Erbschaft.\n\n",
              "{}. Wexcombe, 21.05.1799. Dorothea Dorn an Ambrose Merri.\nÜber die Vollmacht.\n\n",
              "Nr. {}\nEntwurf eines Briefes von Eberhard Hag an Lucien Lesu, 11. September 1842\nÜber die Erbschaft.\n\n",
              # (a German day under a title: not entry 12 of June, though numbered heads stand around it)
              "Nr. {}\nAmbrose Merri an Hofrat Pfann\n12. Juni 1821\nEmpfiehlt Pfarrer Goode.\n\n",
              "Nr. {}\nAbschrift: L. Laverg an Gottlieb Pfann, Eschenrode, 22.11.1860\nSendet den Vertrag.\n\n",
              "{}. Kirchwald, April 1846. Abschrift: Fräulein Dorn an Hofrat Merri.\nKlagt über die Preise.\n\n",
              "Nr. {}\nMathilde Pfann an Anton Seid\nSan Vitale al Monte, [nach dem 19. Oktober 1843]\nSendet.\n\n")
    regesten = "Regesten zum Briefwechsel der Familie Rau\n\n" + "".join(
        shapes[n % 9].format(n + 1) for n in range(18))
    listing = parse_listing(regesten, "t.txt", day_first=True)
    assert [(e.fields.get("number") or parse_title(e.title).number, e.date.when, e.fields.get("place"))
            for e in listing.entries][:5] == [
        ("1", "1797-05-23", "Eschenrode"), ("2", "1830-05-02", None), ("3", "1830-05-06", None),
        ("4", "1799-05-21", "Wexcombe"), ("5", "1842-09-11", None)]
    assert [e.date.when for e in listing.entries][5::9] == ["1821-06-12"] * 2
    assert [(e.date_text, e.fields.get("place")) for e in listing.entries][6:9] == [
        ("22.11.1860", None), ("April 1846", "Kirchwald"), ("[nach dem 19. Oktober 1843]", "San Vitale al Monte")]
    assert [parse_title(e.title).notes for e in listing.entries][6:8] == [["Abschrift"]] * 2
    assert len(listing.entries) == 18 and [len(e.summary) for e in listing.entries] == [1] * 18
    assert not listing.possible


def test_a_month_alone_under_a_year_heading_is_dated():
    """"XXXV. To Anton Imh. Wexcombe, [April] …… 87" under "1832": no date, and no recipient
    (the place and month were read as the recipient's name). "To Mrs. May" is no date."""
    text = ("1832\n\nXXXIV. To Anton Imh. Wexcombe, 3 March ......................... 85\n"
            "XXXV. To Anton Imh. Wexcombe, [April] ............................. 87\n"
            "XXXVI. To Mrs. May. Wexcombe, April ................................ 89\n"
            "XXXVII. To Mrs. May ................................................ 91\n")
    listing = parse_listing(text, "t.txt")
    assert listing.layout == "contents"
    assert [e.date.attributes() if e.date else None for e in listing.entries] == [
        {"when": "1832-03-03"}, {"when": "1832-04", "cert": "medium"}, {"when": "1832-04"}, None]


def test_a_full_iso_date_opens_a_heading():
    """"1794-06-02. A to B.": the date is the whole ISO date, not its year with "06-02" in the title."""
    text = "".join(f"{d}. Matthew Ford to Walter Lock.\nOn the harvest.\n\n"
                   for d in ("1794-06-02", "1794-06", "1850/51"))
    listing = parse_listing(text, "t.txt")
    assert [(e.date_text, e.date.attributes(), e.title) for e in listing.entries] == [
        ("1794-06-02", {"when": "1794-06-02"}, "Matthew Ford to Walter Lock."),
        ("1794-06", {"when": "1794-06"}, "Matthew Ford to Walter Lock."),
        ("1850/51", {"notBefore": "1850", "notAfter": "1851"}, "Matthew Ford to Walter Lock.")]


def test_a_title_ends_at_a_dash_before_its_summary_on_one_line():
    """"1765-11-27 – A to B – Asks for news.": the title was the whole rest of the line, so no
    parties were read (the letters became documents of no one)."""
    text = "".join(f"{d} – Georg Ganbach to Jakob Reibra – Asks for news of {p}.\n"
                   for d, p in (("1765-11-27", "Berlin"), ("27 November 1766", "Jena"), ("1767-01-03", "Gotha")))
    listing = parse_listing(text, "t.txt")
    assert [(e.title, e.summary) for e in listing.entries] == [
        ("Georg Ganbach to Jakob Reibra", [f"Asks for news of {p}."]) for p in ("Berlin", "Jena", "Gotha")]
    # a plain hyphen (the listing is then read as blocks), and a dash with nothing after it
    more = "1766-01-03 - Anton Fiebig to Jacob Merle - Plain hyphens.\n1766-02-01 – Anton Fiebig to Jacob Merle – \n"
    for listing in (parse_listing(text + more, "t.txt"), parse_listing(more + more + more, "t.txt")):
        assert [(e.title, e.summary) for e in listing.entries][-2:] == [
            ("Anton Fiebig to Jacob Merle", ["Plain hyphens."]), ("Anton Fiebig to Jacob Merle", [])]


def run(root, *args):
    return CliRunner().invoke(main, ["--root", str(root), *args], catch_exceptions=False)


def test_the_run_says_how_many_lines_look_like_entries_and_strict_names_them(tmp_path):
    root = make_edition(tmp_path, raw={"s.txt": (LISTINGS / "search-results.txt").read_text()})
    result = run(root, "tei", "--no-validate")
    assert result.exit_code == 0, result.output
    assert "5 entries read; 1 line looks like an entry but was not read" in result.output
    assert "s.txt:11: looks like an entry but was not read" in result.output
    result = run(root, "tei", "--no-validate", "--strict")
    assert result.exit_code == 1
    assert "s.txt:11: looks like an entry but was not read (the same shape" in result.output
    assert "s.txt:1: not an entry (page text before the first entry)" in result.output


LETTER_BOOK = """THE LETTER-BOOK OF THE BERG FIRM, 1850

No. 12 | 3 May 1850 | Anna Berg | Karl Lind | p. 17
No. 13 | 9 May 1850 | Karl Lind | Anna Berg | p. 18
"""


def test_a_file_where_nothing_is_recognised_points_to_format_and_layouts(tmp_path):
    # a shape no built-in layout reads (cells without a header row to say what they are)
    root = make_edition(tmp_path, raw={"c.txt": LETTER_BOOK})
    result = run(root, "tei", "--no-validate")
    assert "c.txt: no entries found: no layout recognised its lines" in result.output
    assert "--format" in result.output and "[[layout]]" in result.output
    assert "0 entries read; 0 lines look like entries but were not read" in result.output
    assert "c.txt:3: not an entry (page text (no layout recognised this file))" in result.output


# Entries of one shape among lines of another, each minimal (found by generating ~28,000
# mixed listings): every line that starts an entry of its own is read as one or reported.
MIXED = [
    # a date line with a title under it, inside a listing of "To X, date" headings
    ("To Hollis Venn, 1 July 1850\nTo Edwin Marlowe, 8 August 1850\n15 September 1850\n"
     "Letter from Edwin Marlowe to Ada Hale\n", [1, 2, 3]),
    # a date before the parties on one line
    ("To Hollis Venn, 1 July 1850\nTo Edwin Marlowe, 8 August 1850\n"
     "15 September 1850 Letter from Edwin Marlowe to Ada Hale. Marlowe replies.\n", [1, 2, 3]),
    # an entry that says it is undated
    ("8 August 1850 Letter from Hollis Venn to Edwin Marlowe.\nLetter, Marlowe to Hale, undated\n", [1, 2]),
    # entries read into the text of a one-letter document
    ("1 July 1850\nLetter from Edwin Marlowe to Hollis Venn\nMarlowe asks about the bill.\n"
     "2. To Edwin Marlowe, 8 August 1850\nLetter, Marlowe to Hale, undated\n\n~~ ,. ;' i1l ~~\n", [1, 4, 5]),
    # a record's field continued by an entry of its own, and one after a note's label
    ("Date: 8 August 1850\nTo Ada Hale, 15 September 1850\n", [1, 2]),
    ("Date: 8 August 1850\nExtent: 2 leaves\nTo Ada Hale, 15 September 1850\n", [1, 3]),
]


@pytest.mark.parametrize("text, starts", MIXED)
def test_an_entry_of_another_shape_is_read_or_reported(text, starts):
    listing = parse_listing(text, "mixed.txt")
    seen = {e.first_line for e in listing.entries} | {p.line for p in listing.possible} | \
        {u.line for u in listing.unused}
    assert [n for n in starts if n not in seen] == [], (listing.layout, listing.entries, listing.possible)


# ... and what only looks so, as a letter's text, a wrapped summary or a web page has it.
NOT_ENTRIES = [
    ("LETTER I.\nTO HOLLIS VENN.\nOlney, March 1, 1782.\nDear Sir,\n"
     "From Olney we have nothing new since March 3, 1782, when the\n"
     "To Mr. Newton I sent on the 4th of March 1782 the verses, which\n"
     "March 1, 1782.\nYour letter of Tuesday came this morning and\n"),
    ("Last updated\n14 February 2021\nLetters of Edmund Hartley\n\n3 May 1850\nLetter from Edmund Hartley to "
     "Walter Ashby\nHartley asks for the book.\n\n4 May 1850\nLetter from Walter Ashby to Edmund Hartley\n"
     "Ashby sends it. The letter from Smith to Jones is undated\n"),
    ("3 May 1850\nLetter from Edmund Hartley to Walter Ashby\nThe ship sailed on\n"
     "3 January 1843 to Riga with the Margaret, and is overdue.\n\n4 May 1850\n"
     "Letter from Walter Ashby to Edmund Hartley\nAshby replies.\n"),
]


@pytest.mark.parametrize("text", NOT_ENTRIES)
def test_prose_and_page_text_are_not_taken_for_entries(text):
    assert parse_listing(text, "page.txt").possible == []


def test_a_records_title_that_wraps_keeps_its_words():
    text = ("Title: Letter from Samuel Pryor to Margaret Ellwood, with a copy of his\n"
            "letter to Thomas Hollins of 2 April 1838\nDate: 3 April 1838\n\n"
            "Title: Letter from Margaret Ellwood to Samuel Pryor\nDate: 9 April 1838\n")
    listing = parse_listing(text, "records.txt")
    assert listing.entries[0].title.endswith("with a copy of his letter to Thomas Hollins of 2 April 1838")
    assert listing.possible == [] and all(u.text.strip() for u in listing.unused)


def test_a_calendar_of_date_heading_and_summary_is_read_as_blocks():
    """Date, "To X" and a summary, block after block: the next block's date line is not the
    place-and-date line of a printed letter under the heading above it (each letter took the
    date of the entry after it, and the first date and the last heading were left over)."""
    text = ("May 3, 1851\nTo Mrs. Grey\nThanks her for the parcel.\n\n"
            "May 9, 1851\nTo Mr. and Mrs. Hammond\nOn the visit to Bath.\n\n"
            "May 12, 1851\nTo Henry Brown\nOn the bill.\n\n"
            "May 14, 1851\nTo Mr. Hammond\nAgain on the visit.\n")
    listing = parse_listing(text, "calendar.txt")
    assert listing.layout == "blocks"
    assert [(e.date.when, e.title) for e in listing.entries] == [
        ("1851-05-03", "To Mrs. Grey"), ("1851-05-09", "To Mr. and Mrs. Hammond"),
        ("1851-05-12", "To Henry Brown"), ("1851-05-14", "To Mr. Hammond")]
    assert listing.possible == []


@pytest.mark.parametrize("text, layout", [
    ("May 3, 1851\nTo Mrs. Grey\n\nMay 9, 1851\nTo Mr. Hammond\n\nMay 12, 1851\nTo Henry Brown\n", "blocks"),
    # the mirror image: letters under headings, each with its place-and-date line and no text
    ("LETTERS OF JANE ROE\n\nTO MRS. GREY.\nHaworth, May 3, 1851.\n\nTO MR. HAMMOND.\nHaworth, May 9, 1851.\n\n"
     "TO HENRY BROWN.\nHaworth, May 12, 1851.\n", "edition-text"),
])
def test_date_and_heading_alone_are_read_in_the_order_the_listing_opens_with(text, layout):
    """Date, heading, date, heading: whether a date belongs to the heading below or above it,
    the first heading says (a date line above it: blocks; none: a printed edition's letters)."""
    listing = parse_listing(text, "short.txt")
    assert listing.layout == layout
    assert [e.date.when for e in listing.entries] == ["1851-05-03", "1851-05-09", "1851-05-12"]
    assert [e.title.rstrip(".").title() for e in listing.entries] == ["To Mrs. Grey", "To Mr. Hammond", "To Henry Brown"]
    assert listing.possible == []



def test_a_library_catalogue_s_records_keep_their_dates_out_of_extents_and_shelf_marks():
    """A blind judge's library catalogue: "MS Eng 1155 (22)" was read as the year 1155 (and
    "MS Eng 1818" as 1818, the letter's own date before it lost), "1860 Mar.." as 1860, and
    "1813 July. 1 item" as 1 July; "[manuscript]" was made part of the recipient's name."""
    text = ("Search results: 3 records\n\n"
            "1. Letter from Wat Kemb to Carl Corby [manuscript], 1860 Mar.. [2] p.\n\n"
            "2. Letter from Ann Pryer to Dr. Georg Yeld [manuscript], 1813 July. 1 item (3 p.) ; 20 cm.\n"
            "   Summary: On the loan.\n\n"
            "3. Letter from Carl Corby to Ann Pryer [manuscript], no date. MS Eng 1155 (22)\n")
    listing = parse_listing(text, "t.txt")
    assert [(e.date.when if e.date else None, e.summary) for e in listing.entries] == [
        ("1860-03", []), ("1813-07", ["Summary: On the loan."]), (None, [])]
    titles = [parse_title(e.title) for e in listing.entries]
    assert [([n.written for n in t.senders], [n.written for n in t.recipients]) for t in titles] == [
        (["Wat Kemb"], ["Carl Corby"]), (["Ann Pryer"], ["Georg Yeld"]), (["Carl Corby"], ["Ann Pryer"])]
    assert all("manuscript" in t.notes for t in titles) and titles[2].date is None
    assert trailing_date("Letter to Ann Pryer, 1814 Dec. 19. 1 item. MS Eng 1818") is None


def test_a_letter_book_of_one_writer_in_its_four_shapes_is_read_whole():
    """A blind judge's letter-book: 0 of 400 entries right. Its heading names the writer; under
    each year heading an entry is "To X" over "Place, Weekday 8th January", "Tuesday, 13
    January. To X, …", "To X, January 14." over its summary, or "[March?]. From X, …"."""
    text = ("THE LETTER-BOOK OF ORLA VENN\n1846-1847\n\n1846.\n\n"
            "To Rhea Stanhope\nHolt House, Thursday 8th January\nEncloses a note on the proofs.\n\n"
            "Tuesday, 13 January. To Edwin Marle, concerning his debts.\n\n"
            "To Mr. Marle, January 14.\n   Apologises for the delay.\n\n"
            "[March?]. From Miss Stanhope, on her brother's illness.\n\n"
            "To Lucy Dorn\nBath, [May?]\nThanks her for the books.\n\n"
            "1847.\n\nTo Lucy Dorn, Sunday, 10 January.\n   Sends news.\n")
    listing = parse_listing(text, "t.txt")
    assert listing.writer == "Orla Venn" and listing.possible == []
    read = [(e.date.when, e.fields.get("place"), e.summary) for e in listing.entries]
    assert read == [("1846-01-08", "Holt House", ["Encloses a note on the proofs."]),
                    ("1846-01-13", None, []), ("1846-01-14", None, ["Apologises for the delay."]),
                    ("1846-03", None, []), ("1846-05", "Bath", ["Thanks her for the books."]),
                    ("1847-01-10", None, ["Sends news."])]
    parties = [parse_title(e.title, writer=listing.writer) for e in listing.entries]
    assert [([n.written for n in t.senders], [n.written for n in t.recipients]) for t in parties] == [
        (["Orla Venn"], ["Rhea Stanhope"]), (["Orla Venn"], ["Edwin Marle"]), (["Orla Venn"], ["Marle"]),
        (["Stanhope"], ["Orla Venn"]), (["Orla Venn"], ["Lucy Dorn"]), (["Orla Venn"], ["Lucy Dorn"])]


def test_a_dealer_s_lots_of_every_heading_keep_their_writers_and_recipients():
    """A blind judge's autograph catalogue: lots headed "Given Surname (dates)." were read
    into the lot before (91 of 109), "KEMP, EDWARD. ANS" made "Edward. Ans Kemp", "to Mrs.
    Quarry." and "to the Rev. Tom Gill" gave no recipient or "Rev", two writers one."""
    text = ("CATALOGUE 12\nAUTOGRAPH LETTERS\n\n"
            "301. STANWAY (Jem). L.S., 2 pp., 4to, to Tom Ashcroft, n.p., 3 May 1820, about the election. £350\n\n"
            "302. Carl Haverly (1773-1839). ANS (\"C. Haverly\") to Georg Dallow. 2 pp., 8vo. n.p., 9 May 1809.\n"
            "Concerning the portrait. £1,200\n\n"
            "303. KEMB, EDWIN. ANS, 4 pp., 8vo, to Carla Kemb, Bath, 13 March 1796, about books. £350\n\n"
            "304\nQUARRY (Emma).\nL.S., 1 p., 4to, Paris, July 6, 1820, to Mrs. Bickley.\nAbout the bank.\n£60\n\n"
            "305. YELL (Georg) and YELL (Jana). A.L.S., 4 pp., 8vo, to the Rev. Tom Gill, n.p., 1808/09, "
            "about the chapel. £240\n")
    listing = parse_listing(text, "t.txt")
    assert listing.layout == "catalogue" and listing.possible == []
    read = [(e.fields.get("number"), e.fields.get("sender"), e.fields.get("recipient"), e.date.attributes())
            for e in listing.entries]
    assert read == [("301", "Jem Stanway", "Tom Ashcroft", {"when": "1820-05-03"}),
                    ("302", "Carl Haverly", "Georg Dallow", {"when": "1809-05-09"}),
                    ("303", "Edwin Kemb", "Carla Kemb", {"when": "1796-03-13"}),
                    ("304", "Emma Quarry", "Mrs. Bickley", {"when": "1820-07-06"}),
                    ("305", "Georg Yell and Jana Yell", "Rev. Tom Gill", {"notBefore": "1808", "notAfter": "1809"})]
    # (the parties are the lot's fields, put together as its heading writes them: nothing to check;
    # every lot of a third blind generator's catalogue was reported "not written so")
    from pipeline.titles import titles_for
    assert [t.problems for t in titles_for(listing.entries)] == [[]] * 5


def test_an_auction_lot_whose_description_is_not_read_is_not_dated_by_its_writer_s_life():
    """A twelfth blind generator's auction catalogue: a lot's description cut by OCR ("Diktierter
    Brief mlt eigenh. U.") left the life dates after the writer's name to be read as the letter's
    date (1790-1841, not 21 July 1833: an invented fact); "o. D. (1821)" is the year the
    catalogue supplies, not no date."""
    text = ("AUTOGRAPHEN\n\n"
            "151 EICHERT, Johann, Lyriker (1787-1825). 3 eigenh. Briefe m. U. Berlin,\n"
            "o. D. (1821). Zus. 6 S. 8°. 200,–\n\n"
            "152 ZORNHAGEN, Hermann (Geiger, 1790-1841). Diktierter Brief mlt eigenh.\n"
            "U. Hohenkirchen, 21. Juli [1833]. 2 S. 8°. – An Marie Dornwald. 120,–\n\n"
            "153 STEINKE, Else (1819–1904), Lyrikerin. Eigenh. Brief m. U. Weimar, o. D.\n"
            "(vor 1866). 6 S. 8°. 90,–\n")
    listing = parse_listing(text, "t.txt")
    assert listing.layout == "catalogue"
    assert [(e.fields.get("number"), e.date and e.date.attributes()) for e in listing.entries] == [
        ("151", {"when": "1821", "cert": "medium"}), ("152", {"when": "1833-07-21", "cert": "medium"}),
        ("153", {"notAfter": "1865", "cert": "medium"})]


def test_a_croatian_inventory_s_correspondents_one_line_each_or_their_letters_under_a_dash():
    """A Croatian personal fonds' letters received: a correspondent's letters counted on his line
    after a dash ("Bedenić, Dragutin. — 2 pisma, 1876.-1880.", the years with their stops), or
    his letters one by one under his heading, each after a dash ("– Gospić, 1. VIII. 1875.: …");
    the count is no place."""
    text = ("2.1. Primljena pisma\n\n"
            "Bedenić, Dragutin. — 2 pisma, 1876.-1880. (kut. 1, sv. 12)\n"
            "Gavranić, Antun, dr.:\n"
            "– Gospić, 1. VIII. 1875.: šalje rukopis pripovijesti na ocjenu\n"
            "– Pešta, 1880.: o izboru za Sabor\n"
            "Hrčić, Izidor (1812–1866). — 13 pisama, 1886. – 1891. (kut. 2, sv. 10)\n")
    listing = parse_listing(text, "t.txt")
    assert listing.layout == "correspondents"
    assert [(e.first_line, e.date.attributes(), e.fields.get("place"), [n.written for n in t.senders])
            for e, t in zip(listing.entries, titles_for(listing.entries))] == [
        (3, {"from": "1876", "to": "1880"}, None, ["Dragutin Bedenić"]),
        (5, {"when": "1875-08-01"}, "Gospić", ["Antun Gavranić"]),
        (6, {"when": "1880"}, "Pešta", ["Antun Gavranić"]),
        (7, {"from": "1886", "to": "1891"}, None, ["Izidor Hrčić"])]


def test_a_personal_fonds_named_above_its_word_is_the_writer():
    """"VRANJEŠ, KRSTO" / "(1821–1894)" / "Osobni fond" over a Croatian inventory: Krsto Vranješ is
    the person the letters were written to (not the inventory's title under "Osobni fond")."""
    text = ("DRŽAVNI ARHIV U KARLOVCU\n\n                VRANJEŠ, KRSTO\n                 (1821–1894)\n\n"
            "                 Osobni fond\n\n          SUMARNI I ANALITIČKI INVENTAR\n\n"
            "2.1. Primljena pisma\n\n"
            "Bedenić, Dragutin. — 2 pisma, 1876.-1880. (kut. 1, sv. 12)\n"
            "Hrčić, Izidor (1812–1866). — 13 pisama, 1886. – 1891. (kut. 2, sv. 10)\n"
            "Kušan, Milka, Pešta. — 13 pisama, 1870.–1879. (kut. 3, sv. 7)\n")
    listing = parse_listing(text, "t.txt")
    assert listing.writer == "Krsto Vranješ"
    assert [[n.written for n in t.recipients] for t in titles_for(listing.entries, writer=listing.writer)] == \
        [["Krsto Vranješ"]] * 3


def test_a_calendar_s_queried_month_opens_an_entry():
    """"Feb. ?" over "Westminster." and "May ? Plymouth. A to B." were read into the entry before."""
    text = ("1641.\n\nFeb. 9.\nDover.\nMayor of Lydcombe to Lord Kelvin. Gives account of the Jesuits.\n\n"
            "Feb. ?\nWestminster.\nMayor of Lydcombe to Capt. George Fenn. Prays that the soldiers may be removed.\n\n"
            "May ? Plymouth. Sec. Holl to Mayor of Lydcombe. The ships are ready.\n")
    listing = parse_listing(text, "t.txt")
    assert [(e.date.attributes(), e.fields.get("place")) for e in listing.entries] == [
        ({"when": "1641-02-09"}, "Dover"), ({"when": "1641-02", "cert": "low"}, "Westminster"),
        ({"when": "1641-05", "cert": "low"}, "Plymouth")]


def test_a_library_catalogue_s_records_headed_by_their_writer_are_entries_dated_after_the_type():
    """"1. Corby, Carl, 1838-1881. Letter, 1860 Aug. 18-22, Kelso, to Georg Yeld. MS Eng 1688
    (65)" started no entry (268 of 400 reported, not read); once read, the writer's life dates
    must not be the letter's date, nor "b. 1798"."""
    text = ("Search results: 3 records\n\n"
            "1. Corby, Carl, 1838-1881. Letter, 1860 Aug. 18-22, Kelso, to Georg Yeld. MS Eng 1688 (65)\n\n"
            "2. Lumb, Carla, b. 1798, author. Autograph letter signed : Bath, to Lucy Marr, 1858 Apr.. MS Eng 1991 (16)\n\n"
            "3. Pryer, Fanny, 1787-1832. Letter, 1825?, Leeds, to Dr. Georg Yeld. MS Eng 1731 (250)\n"
            "   Summary: Sends news of a loan.\n\n"
            # (a third blind generator's: the writers after "from", an extent, "n.d.", "[2] p." no day)
            "4. Kemb, Wat, b. 1832. Letter to Ann Pryer from Wat Kemb and Edwin Gill, 1858 Aug. 19. "
            "1 item (3 p.) ; 20 cm. MS Eng 461 (150)\n\n"
            "5. Pryer, Ann. Letter, n.d., Bath, to Edwin Gill. MS Eng 519 (283)\n\n"
            "6. Gill, Edwin. Letter to Mrs. Ann Pryer, 1839 May. [2] p. MS Eng 1494 (210)\n")
    listing = parse_listing(text, "t.txt", layout="contents")
    assert [(e.date.attributes() if e.date else None) for e in listing.entries] == [
        {"from": "1860-08-18", "to": "1860-08-22"}, {"when": "1858-04"}, {"when": "1825", "cert": "low"},
        {"when": "1858-08-19"}, None, {"when": "1839-05"}]
    assert "Letter" not in [e.fields.get("place") for e in listing.entries]  # (a type word is no place)
    titles = [parse_title(e.title) for e in listing.entries]
    assert [([n.written for n in t.senders], [n.written for n in t.recipients], t.place) for t in titles] == [
        (["Carl Corby"], ["Georg Yeld"], "Kelso"), (["Carla Lumb"], ["Lucy Marr"], "Bath"),
        (["Fanny Pryer"], ["Georg Yeld"], "Leeds"), (["Wat Kemb", "Edwin Gill"], ["Ann Pryer"], None),
        (["Ann Pryer"], ["Edwin Gill"], "Bath"), (["Edwin Gill"], ["Ann Pryer"], None)]
    assert titles[3].notes == ["MS Eng 461 (150)", "1 item (3 p.) ; 20 cm."] and titles[5].notes[1] == "[2] p."


def test_an_entry_read_as_the_listing_s_description_is_reported():
    """Before the first entry, the longest line is the listing's description (and the line
    above it its title): a first entry of that shape vanished there, unreported."""
    text = ("Letters of the Lind family\n"
            "Letter from Anna Weber to Karl Lind, 3 May 1850, about the harvest, the weather and the roads to Bath.\n\n"
            "4 May 1850\nLetter, Karl Lind to Anna Weber\nOn the ship.\n\n"
            "5 May 1850\nLetter, Anna Weber to Karl Lind\nAgain.\n")
    listing = parse_listing(text, "t.txt")
    assert [(p.line, p.where) for p in listing.possible] == [(2, "read as the listing's description")]


def test_a_supplement_s_unnumbered_undated_entry_on_a_contents_page_is_an_entry():
    """A second tester's contents page: "Nachtrag: An Paul Heyse, undatiert ........ 93" under
    numbered entries was page text, its letter removed, and no line said it looked like one."""
    text = ("INHALT\n\n14. An Wilhelm Hertz. Berlin, 3. Mai 1856 ........ 39\n"
            "15. An Bernhard von Lepel. London, 12. Juni 1856 ........ 41\n"
            "16. An Mathilde von Rohr. Berlin, 2. Januar 1857 ........ 45\n"
            "Nachtrag: An Paul Heyse, undatiert ........ 93\n")
    listing = parse_listing(text, "t.txt")
    assert listing.layout == "contents" and listing.entries[-1].first_line == 6
    title = parse_title(listing.entries[-1].title)
    assert [n.written for n in title.recipients] == ["Paul Heyse"] and title.notes == ["Nachtrag"]


def test_a_year_heading_above_a_contents_pages_first_entry_is_said_to_be_one():
    """A year heading above a contents page's first entry is said to be one (it was "page text
    before the first entry", though its year dates the entries)."""
    text = ("INHALT\n\n1860.\n\n"
            "1. An Wilhelm Krause. Berlin, 12. Januar . . . . . . . . 11\n"
            "2. An Friederike Lenz und Georg Lenz. Potsdam,\n"
            "      2. Februar . . . . . . . . . . . . . . . . . . . . 14\n")
    listing = parse_listing(text, "inhalt.txt", layout="contents")
    assert [(u.line, u.reason) for u in listing.unused] == [
        (1, "page text before the first entry"), (3, "a heading: 1860 is the year of the entries below it")]
    assert [e.date.start for e in listing.entries] == ["1860-01-12", "1860-02-02"]


def test_a_dutch_inventorys_numbers_before_their_dates_open_entries():
    """An inventory numbers its entries with a number and spaces before the date ("113   22
    september 1827. — Brief van … aan …"), as a third blind generator's Dutch inventory did:
    each is an entry of its own, its parties read (lowercase Dutch titles: "dr.", "jhr.")."""
    from pipeline.titles import titles_for

    text = ("INVENTARIS VAN HET ARCHIEF VAN DE FAMILIE VAN DER LAAN\n\n"
            "113   22 september 1827. — Brief van dr. Willem Roos aan Cornelis de Wit. Betreft de boeken.\n\n"
            "114   3 Julij 1831. — Brief van jhr. Jacob Teerling aan Elisabeth de Graaf. Over de reis.\n\n"
            "115   18 mei 1840. — Brief van Cornelis de Wit aan dr. Willem Roos. Betreft de tuin.\n")
    listing = parse_listing(text, "inventaris.txt")
    titles = titles_for(listing.entries)
    assert [(e.first_line, e.date.start) for e in listing.entries] == [
        (3, "1827-09-22"), (5, "1831-07-03"), (7, "1840-05-18")]
    assert [([n.written for n in t.senders], [n.written for n in t.recipients]) for t in titles] == [
        (["Willem Roos"], ["Cornelis de Wit"]), (["Jacob Teerling"], ["Elisabeth de Graaf"]),
        (["Cornelis de Wit"], ["Willem Roos"])]


def test_a_number_and_spaces_before_a_bracketed_date_number_the_entry():
    """"14  [July 1850]. From Mary Jones." is entry 14 of July 1850, not of 14 July (a
    re-check found the number read as the day once such numbers opened entries)."""
    from pipeline.titles import titles_for

    text = ("THE LETTERS OF JOHN HARDY\n\n"
            "12  3 May 1850. To Mary Jones, at Bath.\n    Sends the books.\n"
            "14  [July 1850]. From Mary Jones.\n    Replies about the books.\n"
            "15  [Aug. 1850]\nTo Henry Thompson.\n")
    listing = parse_listing(text, "calendar.txt")
    titles = titles_for(listing.entries, listing.writer)
    assert [(e.date.attributes(), t.number) for e, t in zip(listing.entries, titles)] == [
        ({"when": "1850-05-03"}, "12"), ({"when": "1850-07", "cert": "medium"}, "14"),
        ({"when": "1850-08", "cert": "medium"}, "15")]


def test_a_number_and_spaces_before_an_undated_or_qualified_date_number_the_entry():
    """"2  [c. 1850]", "3  n.d.", "4  3-5 May 1851", "7  before 10 May 1851": each opens an
    entry numbered so (a re-check's calendar lost them into the summaries above)."""
    text = ("THE LETTERS OF JOHN HARDY\n\n"
            "1  3 May 1850. To Mary Jones, Bath.\n    Early.\n"
            "2  [c. 1850]. To Mary Jones.\n    A note.\n"
            "3  n.d. To Henry Thompson.\n    A card.\n"
            "4  3-5 May 1851. To Henry Thompson, at London.\n    Written over three days.\n"
            "7  before 10 May 1851. To Dr. Brown.\n    About the Duke of Wellington's health.\n")
    listing = parse_listing(text, "calendar.txt")
    assert [(e.first_line, e.fields.get("number"), e.date.attributes() if e.date else None)
            for e in listing.entries] == [
        (3, "1", {"when": "1850-05-03"}), (5, "2", {"when": "1850", "cert": "medium", "precision": "low"}), (7, "3", None),
        (9, "4", {"from": "1851-05-03", "to": "1851-05-05"}), (11, "7", {"notAfter": "1851-05-09"})]


def test_a_listing_read_in_the_order_its_dates_show():
    """"4/5/1851" is read day first because a later entry writes "25/03/1861"; the report
    names the line that shows it, for the editor to confirm, and --strict does not fail on it."""
    listing = parse_listing("Letters of the Abad family\n\n4/5/1851\nRamón Abad to Inés Garrido\nSends the accounts.\n\n"
                            "25/03/1861\nInés Garrido to Ramón Abad\nThanks him.\n", "t.txt")
    assert [e.date.when for e in listing.entries] == ["1851-05-04", "1861-03-25"]
    assert [line for line, _ in listing.notes] == [7]
    merged = ("4/5/1851\nRamón Abad to Inés Garrido\n\n25/03/1861\nInés Garrido to Ramón Abad\n\n"
              "03/25/1862\nInés Garrido to Ramón Abad\n")  # (two orders: no guess)
    entries = parse_listing(merged, "t.txt").entries
    assert [e.date.when for e in entries] == [None, "1861-03-25", "1862-03-25"]
    assert "day or month first?" in entries[0].date.notes[1] and entries[0].date_text == "4/5/1851"
    assert parse_listing(merged, "t.txt", day_first=True).entries[0].date.when == "1851-05-04"


def test_an_ocr_calendar_s_misread_days_and_titles_are_read():
    """A third blind generator's OCR'd calendar: "Aug. l9.", "Dec. 1O." and "Sarne date." began
    no entry (their letters ran into the one before), "Co1." ended the title, and "A and Mayor
    of B" made the mayor A's office."""
    text = ("1643.\n\nAug. 9.\nOxford.\nSir Henry Tremel to Col. James Winston. Prays that the soldiers be removed.\n\n"
            "Aug. l9.\nOxford.\nRobert Lum to Co1. James Winston. Has received the warrant.\n\n"
            "Sarne date.\nYork.\nCol. James Winston and Mayor of Lydford to Viscount Stainby. Desires leave.\n\n"
            "Dec. 1O.\nYork.\nRobert Lum to Mayor of Lydford. The ships are ready.\n")
    listing = parse_listing(text, "t.txt")
    assert [e.date.when for e in listing.entries] == ["1643-08-09", "1643-08-19", "1643-08-19", "1643-12-10"]
    titles = [parse_title(e.title) for e in listing.entries]
    assert [([n.written for n in t.senders], [n.written for n in t.recipients]) for t in titles][1:3] == [
        (["Robert Lum"], ["James Winston"]), (["James Winston", "Mayor of Lydford"], ["Stainby"])]


def test_a_name_written_surname_first_in_a_list_of_parties_is_one_party():
    """A catalogue's field "Josiah Hollings and Hagemeister, Mathilde" named three people;
    where commas part the parties, a surname and a given name stay two."""
    from pipeline.titles import parse_party_list

    def names(text):
        return [n.written for n in parse_party_list(text).names]
    assert names("Josiah Hollings and Hagemeister, Mathilde") == ["Josiah Hollings", "Hagemeister, Mathilde"]
    assert names("Vautrinet, Honorine; Lydgate-Orme, Philippa") == ["Vautrinet, Honorine", "Lydgate-Orme, Philippa"]
    assert names("Karl Marx, Engels and Lassalle") == ["Karl Marx", "Engels", "Lassalle"]
    assert names("Smith, Jones and Brown") == ["Smith", "Jones", "Brown"]
    assert names("Thomas Grey, Esq. and Anne Lister") == ["Thomas Grey", "Anne Lister"]


def test_a_letter_book_s_from_entry_whose_subject_says_to_is_to_the_writer():
    """"From Miss Hollins, concerning an invitation to dine" named no recipient: "to dine"
    was taken for the recipient the title names, so the writer was not implied."""
    title = parse_title("From Miss Hollins, concerning an invitation to dine on Thursday.", writer="Maria Vane")
    assert [n.written for n in title.recipients] == ["Maria Vane"] and not title.problems
    title = parse_title("From Miss Hollins to the Mayor of Bath", writer="Maria Vane")
    assert [(n.written, n.kind) for n in title.recipients] == [("the Mayor of Bath", "office")]  # (not the writer)


def test_a_register_s_parts_are_read_each_in_its_own_layout(tmp_path):
    """A Swedish register: letters to its person by correspondent (a name heading over one
    indented line per letter), then letters from its person, one a line. Each part is read in
    the layout that fits it; the report names both, `corresp explain` the one of the line."""
    from pipeline.explain import explain

    source = Path(__file__).parent / "listings" / "register-swedish.txt"
    listing = read_listing(source)
    assert listing.layout == "correspondents + headings" and listing.parts == [(1, "correspondents"), (26, "headings")]
    assert [(u.line, u.reason) for u in listing.unused if u.line == 26] == \
        [(26, "a heading of a part of the file, naming its writer")]  # ("B. Brev från Per Gustaf Sundblad")
    assert explain(source, 9).splitlines()[1].startswith("layout: correspondents (detected)")
    assert explain(source, 28).splitlines()[1].startswith("layout: headings (detected)")
    # (one shape throughout: one layout, as before)
    one = parse_listing("A. LETTERS RECEIVED\n\n3 May 1850\nAnna Berg to Karl Lind\n\n"
                        "B. LETTERS SENT\n\n4 May 1850\nKarl Lind to Anna Berg\n", "t.txt")
    assert one.parts == [] and len(one.entries) == 2


def test_a_museum_s_collection_export_is_read_with_its_own_labels():
    """A museum's export (a fourth blind generator's): "Production date", "Date made", "Maker",
    people with their roles in brackets, "Letter and envelope, A to B", centuries."""
    text = ("Object name: Letter; envelope\nTitle: Letter and envelope, Ann Varley to Hester Lumb\n"
            "Production date: late 19th century\nProduction place: Leeds\nIdentifier: 1979.39\n\n"
            "Name/Title: Letter\nMaker: Unknown\nAssociated people: Hester Lumb (addressee); Ann Varley (author)\n"
            "Date: 1850s\nAccession number: MS.417/27\n\n"
            "Name/Title: Letter\nMaker: Varley, Ann\nAssociated people: Ann Varley (writer); Tom Lumb (recipient)\n"
            "Date made: February 1861\nAccession number: MS.417/28\n")
    listing = parse_listing(text, "t.txt")
    assert listing.layout == "records"
    assert [e.date.attributes() for e in listing.entries] == [
        {"notBefore": "1867", "notAfter": "1899"}, {"notBefore": "1850", "notAfter": "1859"}, {"when": "1861-02"}]
    from pipeline.titles import titles_for
    assert [([n.written for n in t.senders], [n.written for n in t.recipients]) for t in titles_for(listing.entries)] == [
        (["Ann Varley"], ["Hester Lumb"]), (["Ann Varley"], ["Hester Lumb"]), (["Ann Varley"], ["Tom Lumb"])]


def test_a_telegram_s_number_is_no_year():
    """"1937. Please inform the Department …" opens a telegram's text with its number: it was
    read as a letter of 1937. A year alone opens an entry only before its parties."""
    from pipeline.lines import classify
    assert classify(1, "1937. Please inform the Department of Agriculture that the wheat allocation").kind == "text"
    assert classify(1, "1851. Anna Berg to Karl Lind. On the harvest.").kind == "date+text"
    assert classify(1, "1850 April 19. Eberhard Seidel an Rosa Scarpa.").kind == "date+text"  # (its month goes on)


def test_a_calendar_in_capitals_keeps_its_forms_of_address_and_its_sections():
    """An OCR'd calendar writes "SIR EDMUND HALCOMBE to MR. MOMPESSON.": its title did not end
    at "MR.", and the names read as they do in small letters (the form of address their role);
    "SECTION II." over a heading in capitals parts the file as "II. …" does."""
    title = parse_title("1. SIR EDMUND HALCOMBE to MR. MOMPESSON.")
    assert [(n.written, n.role) for n in title.recipients] == [("Mompesson", "Mr.")]
    assert [(n.written, n.role) for n in title.senders] == [
        (n.written, n.role) for n in parse_title("1. Sir Edmund Halcombe to Mr. Mompesson.").senders]
    text = ("CALENDAR\n\nSECTION I.\nLETTERS RECEIVED\n\nAlmgren, Hedvig (1790–1850)\n    Lund juni 1828.\n\n"
            "Berg, Magnus (1790–1850)\n    Kalmar 3 januari 1829.\n\nDahl, Oscar (1790–1850)\n    Uppsala 1833.\n\n"
            "SECTION II.\nLETTERS SENT\n\nTo Adolf Selander, Bath, 27 Nov. 1828.\nTo Claes Wester, Leeds, 12 Aug. 1829.\n")
    listing = parse_listing(text, "t.txt")
    assert [name for _, name in listing.parts] == ["correspondents", "headings"] and len(listing.entries) == 5


def test_a_humanist_calendar_s_date_line_under_its_title_and_the_editor_s_reading():
    """A calendar of a humanist's letters: the date line under a numbered title was taken into
    the recipient's name ("Iacobus Mercator Constantiae"); the editor's reading in brackets
    after a date ("[= 14 March 1519; Annunciation style]") is the date read, the text kept."""
    text = ("THE CORRESPONDENCE OF IOACHIMUS STELLA\n\n"
            "401. Ioannes Figulus to Ioachimus Stella\n    Selestadii, IV Non. Ian. 1518\n    Thanks him.\n\n"
            "402. Ioachimus Stella to Iacobus Mercator\n    Constantiae, 18 Februarii 1517 [= 18 February 1518; "
            "Annunciation style]\n    Asks for the manuscript.\n\n"
            "403. Ulricus Sartor to Ioachimus Stella. Spirae, Non. Ian. 1518 [1518-01-05]. Defends himself.\n")
    listing = parse_listing(text, "t.txt")
    assert [e.date.when for e in listing.entries] == ["1518-01-02", "1518-02-18", "1518-01-05"]
    assert listing.entries[1].date_text.endswith("Annunciation style]")
    from pipeline.titles import titles_for
    titles = titles_for(listing.entries)
    assert [([n.written for n in t.senders], [n.written for n in t.recipients]) for t in titles] == [
        (["Ioannes Figulus"], ["Ioachimus Stella"]), (["Ioachimus Stella"], ["Iacobus Mercator"]),
        (["Ulricus Sartor"], ["Ioachimus Stella"])]


@pytest.mark.parametrize("heading", [
    "The Correspondence of Edmund Farrow — Calendar",
    "Calendar of the correspondence of Edmund Farrow (1809–1882), naturalist, of Hollins Green",
    "Lettere di Edmund Farrow e a lui dirette",
])
def test_a_heading_names_the_writer_of_a_one_writer_calendar(heading):
    """A fifth blind generator's calendar and contents page: the writer's name ends at a dash,
    a bracket or an Italian "e"; "From X" entries are to him, "To X" entries from him."""
    listing = parse_listing(f"{heading}\n\n171. From Clara Wendt, 28 Jan 1831\nThanks him.\n\n"
                            "172. To Harwood & Sons, 17 Mar 1831\nOrders nets.\n", "t.txt")
    titles = titles_for(listing.entries, listing.writer)
    assert listing.writer == "Edmund Farrow"
    assert [([n.written for n in t.senders], [n.written for n in t.recipients]) for t in titles] == [
        (["Clara Wendt"], ["Edmund Farrow"]), (["Edmund Farrow"], ["Harwood & Sons"])]


def test_a_spreadsheet_s_quoted_cell_over_two_lines_and_its_ditto_marks():
    """A register exported from a spreadsheet as tab-separated text (the fifth blind
    generator): a cell with a line break is quoted and goes on over the next line, which has
    no tab; the table went on no further there (every row below it was page text). '"' and
    "do." repeat the cell above."""
    text = ("No.\tDate\tFrom\tTo\tPlace\tSubject\n"
            "25\t27/1/1867\tMme L. de Falbaire\tHenry Ashcombe\tColombo\t\"Proposes an out-station;\n"
            "see also no. 42\"\n"
            "26\t1/2/1867\tRev. P. van Tonder\t\"\tdo.\tDispute with the pastorate\n"
            "27\t6/2/1867\tBro. K. Mettler\tHenry Ashcombe\t\"\tCost of timber\n")
    listing = parse_listing(text, "t.txt", day_first=True)
    assert [(e.first_line, e.last_line, e.date.when) for e in listing.entries] == [
        (2, 3, "1867-01-27"), (4, 4, "1867-02-01"), (5, 5, "1867-02-06")]
    assert listing.entries[0].summary == ["Proposes an out-station; see also no. 42"]
    assert [(e.fields["sender"], e.fields["recipient"], e.fields["place"]) for e in listing.entries] == [
        ("Mme L. de Falbaire", "Henry Ashcombe", "Colombo"), ("Rev. P. van Tonder", "Henry Ashcombe", "Colombo"),
        ("Bro. K. Mettler", "Henry Ashcombe", "Colombo")]
    assert [u.line for u in listing.unused] == [1]  # (the header row)


def test_a_one_writer_calendar_s_numbers_tabs_and_year_spans():
    """The fifth generator's calendar: "1007. To X, 28 Aug 1847" is letter 1007 (the number was
    read as the year 1007); "From X<tab>9 June 1832" lost its day (a tab is a space between
    words too); "[1831–4]" is some time in those years (it was unread, and made a person)."""
    text = ("The Correspondence of Edmund Farrow — Calendar\n\n"
            "1007. To T. Ashby-Crewe, 28 Aug 1847\nDescribes his seeds.\n\n"
            "Letter no. 1008\nFrom Dr. Karl Lindemann\t9 June 1848\nOn the mosses.\n\n"
            "Letter no. 1009\nFrom A. R. Whitacre\t[1848–9]\nAsks for the specimens.\n")
    listing = parse_listing(text, "t.txt")
    titles = titles_for(listing.entries, listing.writer)
    assert [e.date.attributes() for e in listing.entries] == [
        {"when": "1847-08-28"}, {"when": "1848-06-09"}, {"notBefore": "1848", "notAfter": "1849", "cert": "medium"}]
    assert [[n.written for n in t.senders] for t in titles] == [["Edmund Farrow"], ["Karl Lindemann"], ["A. R. Whitacre"]]


@pytest.mark.parametrize("heading, writer", [
    ("CAJA 2. CARTAS DIRIGIDAS A DON JULIÁN FERRER Y OLMOS", "Julián Ferrer y Olmos"),
    ("CAJA 3. MINUTAS Y COPIAS DE CARTAS DE DON JULIÁN FERRER Y OLMOS", "Julián Ferrer y Olmos"),
    ("Cartas dirigidas á D. Julián Ferrer y Olmos, primer conde de", "Julián Ferrer y Olmos"),  # (old spelling, "D." don)
    ("Listy Tadeusza Wolskiego do różnych osób, 1840-1860", "Tadeusza Wolskiego"),
    ("Listy do Tadeusza Wolskiego (1801-1870) z lat 1845-1869.", "Tadeusza Wolskiego"),
    ("Listy do p. Anny Wolskiej z lat 1846-1867.", "Anny Wolskiej"),  # (a form of address before the name)
    ("Listy ks. Jana Wolskiego do różnych osób z lat 1851-1868.", "Jana Wolskiego"),
    ("CAJA 1. CORRESPONDENCIA GENERAL (1790-1870)", None),  # nobody's
    ("Cartas de Julián Ferrer y de su familia", "Julián Ferrer"),  # ("y de": the name ends)
    ("Lettres missives adressées aux consuls de Valfrenière", "consuls de Valfrenière"),
    ("Lettres écrites à La Haye", None),  # (where they were written)
])
def test_a_heading_says_whose_letters_follow(heading, writer):
    from pipeline.read import heading_writer

    assert heading_writer(heading) == writer



def test_an_edition_s_title_page_names_its_writer_over_the_word_for_letters():
    """"ANSELMO RIDOLFI" over "EPISTOLARIO": the writer of an index's "A X" and "Da X" entries,
    whose place follows a dash ("A Giuseppe Anzalone — Ferralba, 16 febbraio 1850")."""
    text = ("ANSELMO RIDOLFI\n\nEPISTOLARIO\n\na cura di Ottavio Pecci\n\n"
            "1188. Alla contessa Luisa Fenoglio — [Valdimonte], 15 gennaio 1850 . . . . . 5\n"
            "1189. A Giuseppe Anzalone — Ferralba, 16 febbraio 1850 . . . . . . . . . 9\n"
            "1190. Da Carlo Fabbri — Santa Lucia, 4 marzo 1850 . . . . . . . . . . . 12\n"
            "1191. Al conte Pietro Orsi — Ferralba, s.d. [1850] . . . . . . . . . . . 14\n"
            "1192. Ai fratelli Carlo e Tito Mazzi — Poggio, [tra il 1850 e il 1852] . . 15\n"
            "1193. Da Ugo Nardi — Santa Lucia al Piano, 4 marzo 1851 . . . . . . . 17\n"
            "1194. All'abate Cesare Cappi — Torre d'Ancilla, 5 marzo 1851 . . . . . 18\n"
            "1195. A ignota — Ferralba, aprile-maggio 1851 . . . . . . . . . . . . . . 19\n"
            "1196. Alla Direzione della «Gazzetta di Poggio» — Villa Le Fornaci presso\n"
            "      Castelrovere, [prima dell'11 settembre 1851] . . . . . . . . . . . . . 21\n")
    listing = parse_listing(text, "t.txt")
    titles = titles_for(listing.entries, listing.writer)
    assert listing.writer == "Anselmo Ridolfi"
    assert [([n.written for n in t.senders], [n.written for n in t.recipients], t.place) for t in titles] == [
        (["Anselmo Ridolfi"], ["Luisa Fenoglio"], "Valdimonte"), (["Anselmo Ridolfi"], ["Giuseppe Anzalone"], "Ferralba"),
        (["Carlo Fabbri"], ["Anselmo Ridolfi"], "Santa Lucia"), (["Anselmo Ridolfi"], ["Pietro Orsi"], "Ferralba"),
        (["Anselmo Ridolfi"], ["Carlo Mazzi", "Tito Mazzi"], "Poggio"),
        (["Ugo Nardi"], ["Anselmo Ridolfi"], "Santa Lucia al Piano"),  # ("al" in a place names no recipient)
        (["Anselmo Ridolfi"], ["Cesare Cappi"], "Torre d'Ancilla"),
        (["Anselmo Ridolfi"], [], "Ferralba"),  # (to a woman not known: no recipient invented)
        (["Anselmo Ridolfi"], ["Direzione della «Gazzetta di Poggio»"], "Villa Le Fornaci presso Castelrovere")]
    assert listing.entries[4].date.attributes() == {"notBefore": "1850", "notAfter": "1852", "cert": "medium"}


def test_a_series_note_is_no_collection_description():
    """A subseries' heading over its note ("Letters to X, arranged …") heads the series, not the
    collection: the collection's title is the page's, the note no description of the whole."""
    text = ("Guide to the Harriet Whitcomb Papers, 1864-1926\n\nContainer List\n\n"
            "Subseries 1.1: Incoming Correspondence, 1871-1925\n"
            "Letters to Harriet Whitcomb, arranged alphabetically by correspondent and thereunder chronologically.\n\n"
            "Box 1  Folder 1      Abernathy, Lucius P., 1871 Apr. 12\n"
            "Box 1  Folder 2      Bancroft, Delia M., 1874 June 2\n")
    listing = parse_listing(text, "t.txt")
    assert (listing.collection, listing.description) == ("Guide to the Harriet Whitcomb Papers, 1864-1926", None)
    assert [e.fields.get("writer") for e in listing.entries] == ["Harriet Whitcomb", "Harriet Whitcomb"]


def test_a_series_heading_names_no_writer():
    """"Series I: Correspondence, 1864-1926" heads a finding aid's series: "Series I" is no one."""
    text = ("Series I: Correspondence, 1864-1926\n\n"
            "Box 1  Folder 1      Abernathy, Lucius P. to Harriet Whitcomb, 1871 Apr. 12\n"
            "Box 1  Folder 2      Abernathy, Lucius P. to Harriet Whitcomb, 1873 Jan. 30\n")
    assert parse_listing(text, "t.txt").writer is None


def test_a_double_year_alone_over_january_to_march_is_the_later_year():
    """"1702-3." over "Jan. 9. …": the old reckoning's year and the later one, as historians count
    its days before 25 March; "1702-3." over "May 4. …" says nothing of the kind (a span: no year)."""
    calendar = ("CALENDAR OF THE MANUSCRIPTS\n\n1702-3.\n\nJan. 9. Hague.—A. Pennick to B. Ledbury. News.\n\n"
                "March 2. Hague.—The same to the same. News.\n\n1705-6.\n\nMay 4. Hague.—The same to the same. News.\n")
    listing = parse_listing(calendar, "t.txt")
    assert [e.date.when if e.date else None for e in listing.entries] == ["1703-01-09", "1703-03-02", None]


def test_a_span_of_dates_cut_by_a_wrap_is_read_whole():
    """A numbered item's span wrapped after its dash, or before it ("…, 30 I" over "- 11 XI
    1848, …": the dash no bullet), is one span of dates."""
    text = ("Rkps 1107 III\nKorespondencja rodziny Wolskich.\n\n"
            "1. Listy (4) Jana Sowy do Anieli Mirskiej, Olszanka, 30 I\n    - 11 XI 1848, k. 38-39.\n"
            "2. Listy (6) Jana Sowy do Karola Zaleskiego, b.m., V -\n    XI 1849, k. 21-22.\n"
            "3. List Jana Sowy do Karola Zaleskiego, Lublin, 3 V 1850, k. 40.\n")
    listing = parse_listing(text, "t.txt")
    assert [e.date.attributes() for e in listing.entries] == [
        {"from": "1848-01-30", "to": "1848-11-11"}, {"from": "1849-05", "to": "1849-11"}, {"when": "1850-05-03"}]


def test_a_record_s_second_addressee_line_is_no_new_record():
    """A union catalogue's hit list gives each addressee a line of its own ("Adressat: A" /
    "Adressat: B"): one letter to both, not two records."""
    text = ("[31]\nVerfasser: Rauer, August (1789-1852)\nAdressat: Rauer, Anna\n"
            "Adressat: Kalecker, Gustav\nDatierung: 26.06.1841\nSignatur: Slg. Holldorf, B 1,26\n\n"
            "[32]\nKörperschaft (Verfasser): Evangelischer Kirchenvorstand\nAdressat: Zornhold, Anton\n"
            "Datierung: 13.10.1838\nSignatur: Slg. Holldorf, B 1,27\n")
    listing = parse_listing(text, "t.txt", layout="records")
    assert [(e.first_line, e.fields.get("sender"), e.fields.get("recipient")) for e in listing.entries] == [
        (1, "August Rauer", "Anna Rauer; Gustav Kalecker"),
        (8, "Evangelischer Kirchenvorstand", "Anton Zornhold")]



def test_a_regest_s_witness_is_a_note_not_its_abstract():
    """"Ausf., eigenh.: Wien, Staatsarchiv, …" under a Regest's abstract says where the letter is
    kept: a note of the record; its city is no place the letter names."""
    text = ("Nr. 12\n1851 Mai 17, Leipzig\nAnton Rehling an Albrecht von Sennwald.\n"
            "Bittet um Auskunft über die Wahl in Gmunden.\nAusf., eigenh.: Wien, Staatsarchiv, Fasz. 3, fol. 17.\n\n"
            "Nr. 13\n1851 Juni 4, Oberried\nDers. an dens.\nDankt für die Chronik.\n")
    for layout in ("blocks", "calendar"):
        first, second = parse_listing(text, "regesten.txt", layout=layout).entries
        assert first.summary == ["Bittet um Auskunft über die Wahl in Gmunden."], layout
        assert first.notes == ["Ausf., eigenh.: Wien, Staatsarchiv, Fasz. 3, fol. 17."], layout
        assert (second.summary, second.notes) == (["Dankt für die Chronik."], []), layout


REGISTRY_FILE = """\
Registry file WB/14/3/2
Correspondence and papers, 1968-1989

Doc. 001   18/01/1968          Memo
           From:    T. Ingleby
           To:      Mrs P. Allsop
           cc:      D. Hanlon; file
           Subject: Press enquiry about water levels

Doc. 002   14th June, 1969     Letter (copy)
           From:    D. O'Hanlon, Northfield Angling Association
           To:      T. Ingleby
           Subject: Claim for additional costs

Doc. 003   31.1.69             Letter
           From:    T. Ingleby
           To:      D. O'Hanlon
           Subject: Reply

Doc. 004   22/2/78             Memorandum
           From:    T. Ingleby
           To:      Distribution (below)
           Distribution: Mrs P. Allsop; D. Hanlon
           Subject: Closure of the lane

Doc. 005   3 Sept. 70          Letter (copy)
           From:    A. W. Pryor, Pryor & Tebb, Consulting Engineers
           To:      Dr H. V. Obi, Panel Engineer
           Subject: Statutory inspection report
"""


def test_a_registry_file_s_items_their_dates_copies_and_bodies():
    """A file list's items: the date after the item's number ("Doc. 001   18/01/1968   Memo"; "31.1.69",
    its year of two digits in the span the file's heading gives, 1968-1989), a cc line's "file" the
    file's copy (a note, no recipient), a sender's body after his name his own, and his firm and
    calling, or his office ("A. W. Pryor, Pryor & Tebb, Consulting Engineers": one person)."""
    listing = parse_listing(REGISTRY_FILE, "registry.txt")
    titles = titles_for(listing.entries)
    assert [(e.date.when if e.date else None, [n.written for n in t.senders], [n.written for n in t.recipients])
            for e, t in zip(listing.entries, titles)] == [
        ("1968-01-18", ["T. Ingleby"], ["P. Allsop", "D. Hanlon"]),
        ("1969-06-14", ["D. O'Hanlon"], ["T. Ingleby"]), ("1969-01-31", ["T. Ingleby"], ["D. O'Hanlon"]),
        ("1978-02-22", ["T. Ingleby"], ["P. Allsop", "D. Hanlon"]),  # ("To: Distribution (below)": its list)
        ("1970-09-03", ["A. W. Pryor"], ["H. V. Obi"])]  # (a firm and its calling, an office: no party of their own)
    assert "cc: file" in listing.entries[0].notes
    assert titles[1].senders[0].role == "Northfield Angling Association"
    assert (titles[4].senders[0].role, titles[4].recipients[0].role) == ("Pryor & Tebb, Consulting Engineers", "Dr")
    assert "Dr H. V. Obi: Panel Engineer" in titles[4].notes  # (his title his role, his office a note)


BLUE_BOOK = """\
No. 1.  Lord Westcombe to the Earl of Malmsey.—(Received November 10.)
                                                Paris, November 6, 1850.
     Complaint of the merchants as to the detention of British vessels.

No. 2.  Lord Ansleigh to the Earl of Malmsey.—(Received December 19.)
                        St. Petersburgh, November 26 (December 8), 1850.
     Reports the Emperor's return.
     Inclosure 1 in No. 2.—Memorandum respecting the frontier.
     Inclosure 2 in No. 2.—Count Nesselheim to Lord Ansleigh.
                        St. Petersburgh, November 25 (December 7), 1850.
          Regrets the delay.

No. 3.  The Earl of Malmsey to Lord Ansleigh.
                                Foreign Office, December 20, 1850.
     Instructions as to the frontier.

No. 4.  The Earl of Malmsey to Mr. Kincaid.
                                Foreign Office, December 22, 1850.
     Approves his language.
"""


def test_a_despatch_is_of_the_day_it_was_written_not_received():
    """"(Received November 10.)" after the parties is when it arrived; the date line under them
    is the despatch's own (from Russia in both styles: the New Style day). A letter sent with
    it ("Inclosure 2 in No. 2.—A to B.") is a letter of its own; a memorandum stays in the
    despatch's summary."""
    listing = parse_listing(BLUE_BOOK, "blue-book.txt")
    titles = titles_for(listing.entries)
    assert [(e.date.when, [n.written for n in t.senders]) for e, t in zip(listing.entries, titles)] == [
        ("1850-11-06", ["Westcombe"]), ("1850-12-08", ["Ansleigh"]), ("1850-12-07", ["Nesselheim"]),
        ("1850-12-20", ["Earl of Malmsey"]), ("1850-12-22", ["Earl of Malmsey"])]
    assert "Memorandum respecting the frontier" in listing.entries[1].summary[0]
    assert titles[2].notes[0] == "Inclosure 2 in No. 2"


def test_a_table_row_of_fewer_cells_than_its_header():
    """A pasted table whose last cells a row leaves out: read, not a crash."""
    text = "Number\tDate\tSender\tRecipient\tTitle\n1\t3 May 1850\tAnna Berg\tKarl Lind\tOn the harvest\n" \
           "2\t4 May 1850\tKarl Lind\tAnna Berg\n3\t9 May 1850\tAnna Berg\tKarl Lind\tOn the mill\n"
    listing = parse_listing(text, "letters.txt")
    assert [(e.date.when, e.fields.get("sender")) for e in listing.entries] == [
        ("1850-05-03", "Anna Berg"), ("1850-05-04", "Karl Lind"), ("1850-05-09", "Anna Berg")]


NOTES_AFTER_A_TABLE = """\
Letters of Ann Rees
Date\tSender\tRecipient\tPlace
3 May 1871\tAnn Rees\tJohn Rees\tSwansea
9 June 1871\tJohn Rees\tAnn Rees\tCardiff
12 July 1871\tAnn Rees\tMary Rees\tSwansea
20 July 1871\tMary Rees\tAnn Rees\tNeath
1 August 1871\tAnn Rees\tDavid Rees\tSwansea

Notes on the letters

Ann Rees to John Rees, 3 May 1871. Torn at the fold.
John Rees to Ann Rees, 9 June 1871. The envelope is kept with it.
Ann Rees to Mary Rees, 12 July 1871. A lock of hair enclosed.
Mary Rees to Ann Rees, 20 July 1871. Written in pencil.
Ann Rees to David Rees, 1 August 1871. The last page is missing.
The family's later letters are at Aberystwyth.
The letters were given in 1901.
The transcriptions were made in 1950.
The dates in brackets are supplied.
The spelling is kept as written.
Welsh words are glossed in the index.
"""


def test_notes_that_name_the_letters_again_are_no_second_part():
    """An editor's notes after a table, each naming a letter again ("A to B, 3 May 1871. Torn."),
    are no later part of letters (a reviewer's case: each letter was read twice)."""
    listing = parse_listing(NOTES_AFTER_A_TABLE, "letters.txt")
    assert (listing.layout, len(listing.entries)) == ("table", 5)


def test_a_despatch_dated_only_by_its_receipt_was_written_by_then():
    text = "".join(f"{n}. Mr. Hale to Lord Palmer.\n                                Paris, May {n}, 1850.\n     Reports.\n\n"
                   for n in range(1, 4)) + "4. Mr. Hale to Lord Palmer.—(Received May 9, 1850.)\n     Reports again.\n"
    listing = parse_listing(text, "blue-book.txt")
    assert listing.entries[-1].date.attributes()["notAfter"] == "1850-05-09"


def test_a_note_under_one_heading_is_no_place_and_date():
    """A list whose headings give no date reads the line under them as the letter's place and date
    only where it sets them so throughout; one note ("Answered, 3 September 1859") is no place."""
    text = ("LIST OF LETTERS\n\n"
            "  1   To Walter Ashby            Bath, 4 January 1858              3\n"
            "  2   To Henry Ashby                                               5\n"
            "        Answered, 3 September 1859\n"
            "  3   To Walter Ashby            Bath, 9 March 1858                7\n")
    listing = parse_listing(text, "t.txt")
    second = next(e for e in listing.entries if e.first_line == 4)
    assert second.date is None and "place" not in second.fields
    assert any(u.line == 5 for u in listing.unused) or second.last_line == 5  # (reported, or part of the entry)


@pytest.mark.parametrize("text, name", __import__("pipeline.read", fromlist=["x"]).DEFAULT_PARTY_EXAMPLES)
def test_an_introduction_says_whom_the_letters_are_to(text, name):
    from pipeline.read import default_party

    assert default_party(text) == name


def test_a_letter_on_one_line_above_a_record_of_another_day_stays_a_letter():
    """A search page's headline joins the record below only where their dates agree."""
    text = ("Search results\n\nTo Clara Marwood, 2 May 1873\n\nAuthor:  Gideon Marwood\n"
            "Addressee:  Clara Marwood\nDate:  9 Nov 1873\n\nAuthor:  Gideon Marwood\nAddressee:  Clara Marwood\n"
            "Date:  19 Nov 1873\n")
    listing = parse_listing(text, "t.txt")
    assert [(e.first_line, e.date.attributes()) for e in listing.entries] == [
        (3, {"when": "1873-05-02"}), (5, {"when": "1873-11-09"}), (9, {"when": "1873-11-19"})]


def test_a_wrapped_line_opening_v_is_no_item_number():
    from pipeline.lines import NUMBERING

    assert NUMBERING.match("v. Smith in Chancery, London, 3 May 1830.") is None
    assert NUMBERING.match("v.ALS from GF. n.d.")["n"] == "v" and NUMBERING.match("xii. ALS from J. Tregarthen")["n"] == "xii"
