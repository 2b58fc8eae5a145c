"""A name is a name: no date, no place after a full stop, no word meaning "unknown"; and the
edition's writer is implied only for the side a title leaves out (a new user's review)."""

from __future__ import annotations

import pytest

from pipeline.read import parse_listing
from pipeline.titles import NOT_IN_A_NAME_EXAMPLES, _NOT_IN_A_NAME, parse_party_list, parse_title, titles_for

WRITER = "Marta Kugler"
GERMAN = """1. Von Hans Müller an Clara Wendt. Berlin, 3. Mai 1850 «Dank»
2. An Jürgen Weiß. Köln, 4. Mai 1850 «Bitte»
3. Von Hans Müller an Jürgen Weiß. Köln, 5. Mai 1850 «Grüße»
"""


@pytest.mark.parametrize("encoding", ["utf-8", "latin-1"])
def test_a_date_and_place_before_a_quoted_subject_are_no_names(tmp_path, encoding):
    from pipeline.read import read_listing
    path = tmp_path / "g.txt"
    path.write_bytes(GERMAN.encode(encoding))
    listing = read_listing(path)
    titles = titles_for(listing.entries, WRITER)
    read = [([n.written for n in t.senders], [n.written for n in t.recipients], t.place, t.subject,
             t.date.when if t.date else None) for t in titles]
    assert read == [
        (["Hans Müller"], ["Clara Wendt"], "Berlin", "Dank", "1850-05-03"),
        ([WRITER], ["Jürgen Weiß"], "Köln", "Bitte", "1850-05-04"),
        (["Hans Müller"], ["Jürgen Weiß"], "Köln", "Grüße", "1850-05-05"),
    ]


@pytest.mark.parametrize("text", NOT_IN_A_NAME_EXAMPLES)
def test_a_name_never_holds_a_date_or_a_place_after_a_stop(text):
    assert _NOT_IN_A_NAME.search(text)
    assert parse_party_list(text) is None


@pytest.mark.parametrize("text", ["Rev. John Smith", "Lieut. Col. John Smith", "J. R. Smith", "Geo. Washington",
                                  "Mary St. John", "Hon. Capt. Ross", "Embassy of the USSR in Hanoi"])
def test_initials_and_abbreviations_stay_in_names(text):
    assert not _NOT_IN_A_NAME.search(text)


@pytest.mark.parametrize("text", [
    "From Hans Müller to the lodge",
    "Von Hans Müller an die liebe Base",
    "Von Hans MÃ¼ller an JÃ¼rgen WeiÃŸ. KÃ¶ln",  # a listing decoded wrongly
])
def test_the_writer_is_not_made_the_recipient_of_a_title_that_names_another(text):
    title = parse_title(text, WRITER)
    assert WRITER not in [n.written for n in title.recipients]
    assert title.problems  # reported, not invented


@pytest.mark.parametrize("text, sender, recipient", [
    ("From Hans Müller", ["Hans Müller"], [WRITER]),
    ("To Hans Müller", [WRITER], ["Hans Müller"]),
    ("From an unknown correspondent", [], [WRITER]),
])
def test_the_writer_is_still_the_side_a_title_leaves_out(text, sender, recipient):
    title = parse_title(text, WRITER)
    assert ([n.written for n in title.senders], [n.written for n in title.recipients]) == (sender, recipient)


RECORDS = """Record 1 of 3
Title: Letter to Clara Wendt
Author: Unknown
Addressee: Wendt, Clara
Date: 14 Mar 1838

Record 2 of 3
Title: Brief an Ludwig Berg
Verfasser: N. N.
Empfänger: Berg, Ludwig
Datum: 3. Mai 1840

Record 3 of 3
Title: Letter to Clara Wendt
Author: Unbekannt
Addressee: Wendt, Clara
Date: 1846
"""


@pytest.mark.parametrize("writer", [None, WRITER])
def test_a_party_said_to_be_unknown_leaves_its_side_empty(writer):
    listing = parse_listing(RECORDS, "r.txt")
    titles = titles_for(listing.entries, writer)
    assert [([n.written for n in t.senders], [n.written for n in t.recipients]) for t in titles] == [
        ([], ["Clara Wendt"]), ([], ["Ludwig Berg"]), ([], ["Clara Wendt"])]
    assert not any(t.problems for t in titles)


@pytest.mark.parametrize("text, sender, recipient", [
    ("Letter from Unknown to Clara Wendt", [], ["Clara Wendt"]),
    ("Unbekannt an Clara Wendt", [], ["Clara Wendt"]),
    ("Letter, [unknown] to Clara Wendt", [], ["Clara Wendt"]),
    ("Clara Wendt to Anonymous", ["Clara Wendt"], []),
    ("Clara Wendt à inconnu", ["Clara Wendt"], []),
    ("Clara Wendt to unidentified", ["Clara Wendt"], []),
    ("Von Clara Wendt an anonym", ["Clara Wendt"], []),
    ("To Unknown", [WRITER], []),  # the writer's own letter, to someone the edition does not know
])
def test_unknown_in_a_title_is_no_person(text, sender, recipient):
    title = parse_title(text, WRITER)
    assert ([n.written for n in title.senders], [n.written for n in title.recipients]) == (sender, recipient)


def test_unknown_makes_no_register_entry_and_no_id(tmp_path):
    from click.testing import CliRunner

    from pipeline.cli import main
    from conftest import make_edition
    root = make_edition(tmp_path, raw={"r.txt": RECORDS}, authorities=False)
    result = CliRunner().invoke(main, ["--root", str(root), "tei", "--no-validate"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (root / "tei" / "letters").glob("*.xml"))
    assert names == ["letter_1838-03-14_clara-wendt.xml", "letter_1840-05-03_ludwig-berg.xml",
                     "letter_1846_clara-wendt.xml"]
    persons = (root / "tei" / "register" / "persons.xml").read_text()
    assert not any(w in persons.lower() for w in ("unknown", "unbekannt", "n. n."))


def test_a_place_the_gazetteer_knows_is_no_identification(tmp_path):
    """"To Mrs. Ashworth (Bath)" identified her as a person "Bath": a bracket after a surname
    with a form of address says who ("Mr. Homer (Maclean)"), unless the edition's gazetteer
    names it a place (then where she received it); "Wellington, Paris, to Bathurst" so gets
    its place of writing."""
    from click.testing import CliRunner

    from pipeline.cli import main
    from conftest import make_edition
    listing = ("3 October 1818\nTo Mrs. Ashworth (Bath)\nOn the weather.\n\n"
               "5 October 1818\nWellington, Paris, to Bathurst\nOn the army.\n\n"
               "7 October 1818\nTo Mr. Homer (Maclean)\nOn the post.\n")
    root = make_edition(tmp_path, raw={"r.txt": listing}, authorities=False)
    (root / "edition.toml").write_text((root / "edition.toml").read_text().replace(
        "[input]\n", '[input]\ngazetteers = ["places.csv"]\n').replace('# writer = "Jane Doe"', 'writer = "Jane Doe"'))
    (root / "places.csv").write_text("kind,name,variants\nplace,Bath,\nplace,Paris,Lutetia\n")
    result = CliRunner().invoke(main, ["--root", str(root), "tei", "--no-validate"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    persons = (root / "tei" / "register" / "persons.xml").read_text()
    assert ">Bath<" not in persons and ">Paris<" not in persons and ">Maclean<" in persons
    letters = {p.name: p.read_text() for p in (root / "tei" / "letters").glob("*.xml")}
    (wellington,) = [text for name, text in letters.items() if "wellington" in name]
    assert 'ref="../register/places.xml#' in wellington and ">Paris</placeName>" in wellington
    (ashworth,) = [text for name, text in letters.items() if "ashworth" in name]  # where she received it
    received = ashworth[ashworth.index('<correspAction type="received">'):]
    assert ">Bath</placeName>" in received[:received.index("</correspAction>")]
