"""Names that are not there are not linked (issue 9): a bare given name is no full person,
a surname shared by a list is distributed, and labels, month abbreviations, roman numerals
and OCR debris are never name candidates. Invented people."""

from __future__ import annotations

import pytest
from lxml import etree

from pipeline import settings
from pipeline.edition import generate
from pipeline.markup import candidates, shared_surnames
from pipeline.tei import NS, E
from pipeline.titles import parse_title

from conftest import make_edition

LISTING = """May 3, 1862
Letter, Edmund Hartley to Henry Ashby
Edmund asks Henry and Walter Ashby to come in May; Hartley will meet them at Bath.

May 9, 1862
Letter, Walter Ashby to Edmund Hartley
Walter accepts for Henry and himself.

May 20, 1862
Letter, Messrs. Pratt and Holloway to Edmund Hartley
Messrs. Pratt and Holloway send the bulbs Hartley ordered. Classmark: MS 12/3. Vol. Xii, Oct. 3, Tlie bill.
"""


@pytest.fixture(scope="module")
def edition(tmp_path_factory):
    root = make_edition(tmp_path_factory.mktemp("names"), {"l.txt": LISTING}, authorities=False)
    return root, generate(settings.load(root))


def marked(root):
    found = []
    for path in sorted((root / "tei" / "letters").glob("*.xml")):
        for e in etree.parse(str(path)).iterfind(".//tei:abstract//tei:persName", NS):
            found.append((e.xpath("string()"), e.get("ref", "").partition("#")[2]))
    return found


def test_a_bare_given_name_is_not_linked_to_a_full_person(edition):
    root, _ = edition
    names = marked(root)
    assert ("Hartley", "edmund-hartley") in names  # the surname of the only Hartley
    assert not [n for n in names if n[0] in {"Edmund", "Walter"}]  # given names: not linked
    persons = (root / "tei" / "register" / "persons.xml").read_text()
    assert ">Edmund<" not in persons and ">Walter<" not in persons


def test_a_surname_shared_by_a_list_is_distributed(edition):
    root, _ = edition
    names = marked(root)
    assert ("Henry", "henry-ashby") in names and ("Walter Ashby", "walter-ashby") in names


def test_messrs_names_two_persons(edition):
    root, result = edition
    title = parse_title("Letter, Messrs. Pratt and Holloway to Edmund Hartley")
    assert [(n.written, n.role) for n in title.senders] == [("Pratt", "Messrs."), ("Holloway", None)]
    names = marked(root)
    assert ("Pratt", "pratt") in names and ("Holloway", "holloway") in names
    assert not any("Messrs" in c["name"] for c in result.report.candidates)


def test_labels_months_numerals_and_debris_are_no_candidates(edition):
    _, result = edition
    found = {c["name"] for c in result.report.candidates}
    assert found == {"Bath", "Henry"}  # "for Henry and himself": a name, but not linked to Henry Ashby


@pytest.mark.parametrize("text, expected", [
    ("Sends Henry and Walter Ashby the bulbs.", ["Henry Ashby", "Walter Ashby"]),
    ("He met Anna, Karl and Jan Berg at Riga.", ["Anna Berg", "Karl Berg", "Jan Berg", "Riga"]),
    ("He wrote to Messrs. Pratt and Holloway.", ["Pratt", "Holloway"]),
    ("Author: Doe. Date: 12 Oct. 1851. Shelfmark: MS 4. See Vol. XIV and vol. Xii; Tlie Lon6don bill.", []),
    ("Met on Sunday, 3 Sept, with Jan Berg.", ["Jan Berg"]),
    # German capitalises its nouns: one after an article (and its adjectives) is no name
    ("Über die Krankheit der alten Mutter und den Besuch bei Goethe in Weimar.", ["Goethe", "Weimar"]),
    ("Dank für das Wetter im Garten, zur Hochzeit von Anna Berg in einem kleinen Dorf.", ["Anna Berg"]),
    ("He read die Zeit with Anna Berg.", ["Anna Berg"]),
    ("Über den Herzog von Weimar.", ["Weimar"]),
    ("Die Kinder sind krank. Das Wetter in Kiel ist schlecht.", ["Kiel"]),
    # an office or kinship word before a name is not part of it
    ("Besuch beim Arzt Doktor Hinrichsen in Kiel.", ["Hinrichsen", "Kiel"]),
    ("Gruß an Pastor Feddersen und Direktor Bauer.", ["Feddersen", "Bauer"]),
])
def test_candidates(text, expected):
    assert candidates(E.p(text)) == expected


def test_shared_surnames_only_for_given_names():
    assert shared_surnames("Henry and Walter Ashby came") == [(0, 5, "Henry Ashby")]
    assert shared_surnames("Ashby and Walter Ashby") == []  # the surname itself is no given name
    assert shared_surnames("In May and Walter Ashby") == []  # "May" is a month


@pytest.mark.parametrize("title, senders, recipients, date_text", [
    # a date in brackets the reader does not read is no one's name (it made a person "1853–5")
    ("To J. H. Pellow and F. von Hellmuth    [1853–5]", ["Edmund Fairley"], ["J. H. Pellow", "F. von Hellmuth"],
     "[1853–5]"),
    # a Spanish form of address ends no title (it made a person "Sr", the name a place)
    ("From Sr. Ramón Ibarra    [21 June 1844]", ["Ramón Ibarra"], ["Edmund Fairley"], "[21 June 1844]"),
])
def test_an_unread_date_or_a_form_of_address_is_no_person(title, senders, recipients, date_text):
    read = parse_title(title, "Edmund Fairley")
    assert ([n.written for n in read.senders], [n.written for n in read.recipients]) == (senders, recipients)
    assert read.date_text == date_text


def test_an_office_before_its_holder_s_name_is_no_name_of_his(tmp_path):
    """"The Minister in Ruritania (Dorrance)": Minister is his office, not a cover name; it
    had been registered as one, and "Foreign Minister Arventes" in a summary linked to him."""
    listing = ("812.00/4415: Telegram\n\nThe Minister in Ruritania (Dorrance) to the Secretary of State\n\n"
               "Strelsau, October 16, 1923—noon.\n\n1001. Foreign Minister Arventes has agreed to wait.\n\nDorrance\n")
    root = make_edition(tmp_path, {"l.txt": listing}, authorities=False)
    generate(settings.load(root))
    persons = etree.parse(str(root / "tei" / "register" / "persons.xml"))
    assert not persons.xpath("//tei:persName[@type='pseudonym']", namespaces=NS)
    assert ("Minister", "dorrance") not in marked(root)
