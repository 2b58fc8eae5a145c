"""A listing's key of names ("Nain = Margaret Gwynne"): read from the lines no entry used, its
forms persons in the titles, and each a name of its person in the register."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from pipeline.namekey import EXAMPLES, apply_key, key_line, key_lines
from pipeline.read import parse_listing
from pipeline.titles import parse_title

LISTING = Path(__file__).parent / "listings" / "inventory-family-key.txt"
TEI = "{http://www.tei-c.org/ns/1.0}"


@pytest.mark.parametrize("line, expected", EXAMPLES)
def test_a_key_line_names_its_person(line, expected):
    assert key_line(line) == expected


def test_the_key_is_read_and_its_lines_accounted_for():
    listing = parse_listing(LISTING.read_text(), LISTING.name)
    assert [(k.line, k.form, k.name) for k in listing.key] == [
        (7, "Nain", "Margaret Gwynne"), (8, "Taid", "Hugh Gwynne"), (9, "Wil", "William Gwynne"),
        (10, "Bethan", "Bethan Gwynne"), (11, "Anti Lowri", "Laura Pryce")]
    reasons = {u.line: u.reason for u in listing.unused}
    assert reasons[9] == "a key of names: Wil is William Gwynne (in the register)"


def test_a_key_run_on_in_one_line():
    """A catalogue's introduction runs its key on, parted by ";": each form its person; the
    line's text after the last goes on the next line."""
    line = "HKD - Hugh Kentwell Dacre; MD - Mary Dacre (nee Ormond), his wife; GF - Gilbert Farrant,"
    assert key_lines(line) == [("HKD", "Hugh Kentwell Dacre"), ("MD", "Mary Dacre"), ("GF", "Gilbert Farrant")]
    assert key_lines("Letters of the Gwynne family; see also Box 4") == []


def test_one_line_of_that_shape_is_no_key():
    """A key is two lines or more: one "Note: …" or "X = Y" line among page text is not."""
    text = "Letters of the Gwynne family\nWil = William Gwynne\n\n1. Wil to Nain, 3 May 1870\n2. Nain to Wil, 4 May 1870\n"
    assert parse_listing(text, "x.txt").key == []


def test_the_key_s_forms_are_persons_each_on_their_own():
    title = parse_title("Wil to Taid & Nain - Utica, N.Y.")
    assert [n.written for n in title.recipients] == ["Taid & Nain"]  # (a firm, for all the title says)
    apply_key(title, {"Taid", "Nain", "Wil"})
    assert [(n.written, n.kind) for n in title.recipients] == [("Taid", "person"), ("Nain", "person")]
    title = parse_title("Letter from Nain to Wil (Cefn Ucha)")
    apply_key(title, {"Nain", "Wil"})
    assert (title.recipients[0].identified, title.place) == (None, "Cefn Ucha")  # (a place, no cover name)


def test_the_register_knows_each_person_by_the_key_s_name(tmp_path):
    from click.testing import CliRunner

    from conftest import make_edition
    from pipeline.cli import main
    edition = make_edition(tmp_path, raw={LISTING.name: LISTING.read_text()}, authorities=False)
    text = (edition / "edition.toml").read_text().replace("[input]\n", '[input]\nauthorities = "raw/authorities.csv"\n')
    (edition / "edition.toml").write_text(text)
    (edition / "raw" / "authorities.csv").write_text("kind,name,variants\nperson,Hugh Gwynne,\n")
    result = CliRunner().invoke(main, ["--root", str(edition), "tei", "--no-validate"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    persons = etree.parse(str(edition / "tei" / "register" / "persons.xml"))

    def entry(preferred):
        (person,) = persons.xpath("//t:person[t:persName[@type='preferred'] = $p]", namespaces={"t": TEI[1:-1]},
                                  p=preferred)
        return ([(n.get("type"), n.text) for n in person.iterfind(f"{TEI}persName")],
                [n.text for n in person.iterfind(f"{TEI}note")])

    assert entry("Margaret Gwynne") == ([("preferred", "Margaret Gwynne"), ("variant", "Nain")],
                                        ["From inventory-family-key.txt:7."])
    # a person the authority file names already: the key adds its form to that entry
    assert entry("Hugh Gwynne") == ([("preferred", "Hugh Gwynne"), ("variant", "Taid")], ["From authorities.csv:2."])
    letter = next((edition / "tei" / "letters").glob("letter_1870-09-11_*.xml"))
    refs = etree.parse(str(letter)).xpath("//t:correspAction[@type='received']/t:persName/@ref",
                                          namespaces={"t": TEI[1:-1]})
    assert refs == ["../register/persons.xml#hugh-gwynne", "../register/persons.xml#margaret-gwynne"]


def test_a_keyed_form_and_its_place_are_no_name_turned_round():
    title = parse_title("Israel Penn to JH, Philadelphia, 19-25 March 1745")
    apply_key(title, {"JH", "WC"})
    assert [(n.written, n.place) for n in title.recipients] == [("JH", "Philadelphia")]
