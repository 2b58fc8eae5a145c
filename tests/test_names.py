"""Registers that learn from the input and keep what curators did. Invented people and places."""

from __future__ import annotations

import json
import re
from pathlib import Path

from lxml import etree

from pipeline import settings
from pipeline.edition import generate
from pipeline.tei import NS

from conftest import make_edition

LISTING = """May 3, 1951
Letter, Anna Weber to Jean Martin [via Pierre Roux]
Weber tells Martin, via Roux, that Comrade Weber's harvest in Lyon failed; Martin's reply of 6 January 1951 is lost.

May 9, 1951
Letter, Martin to Weber
Martin thanks Weber for the 3 May letter and asks about Lyon and Weber’s visit to Paris until June.

May 12, 1951
Letter, Weber to Sirius [Jean Martin]
Weber writes to Martin (Roux) about the summer, and about Kalinin.

May 20, 1951
Letter, Comrade Weber to Cde. Martin
Anna
Weber and Karl Weber discuss the PCF and the French Communist Party.
"""

KNOWN = """kind,name,variants,wikidata,gnd,viaf,geonames,confidence,source
place,Lyon,Lyon|Lyons,,,,2996944,high,test
place,Paris,Paris,,,,,,test
org,French Communist Party,PCF|French Communist Party,,,,,,test
"""


def build(tmp_path: Path, listing: str = LISTING) -> Path:
    root = make_edition(tmp_path, {"l.txt": listing}, authorities=False)
    (root / "known.csv").write_text(KNOWN)
    toml = (root / "edition.toml").read_text().replace("[input]\n", '[input]\nauthorities = "known.csv"\n')
    (root / "edition.toml").write_text(toml)
    generate(settings.load(root))
    return root


def report(root: Path) -> dict:
    """The run report the last run wrote (output/report.json)."""
    return json.loads((root / "output" / "report.json").read_text("utf-8"))


def register(root: Path, name: str = "persons.xml") -> etree._ElementTree:
    return etree.parse(str(root / "tei" / "register" / name))


def forms(root: Path) -> dict[str, dict[str, str]]:
    """Register as {id: {form: type}}."""
    return {
        p.get("{http://www.w3.org/XML/1998/namespace}id"): {n.text: n.get("type") for n in p.findall("tei:persName", NS)}
        for p in register(root).iterfind(".//tei:person", NS)
    }


def marked(root: Path, element: str = "persName") -> list[tuple[str, str]]:
    out = []
    for path in sorted((root / "tei" / "letters").glob("*.xml")):
        for e in etree.parse(str(path)).iterfind(f".//tei:abstract//tei:{element}", NS):
            out.append((e.xpath("string()"), e.get("ref", "").partition("#")[2]))
    return out


def test_learns_people_short_forms_and_pseudonyms(tmp_path):
    root = build(tmp_path)
    people = forms(root)
    assert people["anna-weber"] == {"Anna Weber": "preferred", "Weber": "short"}
    assert people["jean-martin"] == {"Jean Martin": "preferred", "Martin": "short", "Sirius": "pseudonym"}
    assert "pierre-roux" in people
    # honorifics do not make new people
    assert not any("Comrade" in f or "Cde" in f for fs in people.values() for f in fs)


def test_short_form_never_joins_when_two_full_names_could_match(tmp_path):
    listing = ("May 3, 1951\nLetter, Anna Weber to Karl Weber\n\n"
               "May 4, 1951\nLetter, Weber to Jean Martin\n")
    root = build(tmp_path, listing)
    people = forms(root)
    assert people["weber"] == {"Weber": "preferred"}  # kept apart, not guessed
    assert "Weber" not in people["anna-weber"] and "Weber" not in people["karl-weber"]


def test_summary_names_possessives_and_line_breaks(tmp_path):
    root = build(tmp_path)
    names = marked(root)
    assert ("Weber", "anna-weber") in names  # "Comrade Weber's": the name, not the honorific
    assert ("Roux", "pierre-roux") in names
    assert ("Sirius", "jean-martin") not in names  # not in the summary
    # "Anna\nWeber": a name split across a line break is still marked
    assert ("Anna Weber", "anna-weber") in names
    # "Karl Weber" is someone else: his "Weber" is not Anna's short form
    letter = (root / "tei" / "letters" / "letter_1951-05-20_weber_martin.xml").read_text()
    assert "and Karl Weber discuss" in letter
    texts = [t for t, _ in names]
    assert "Comrade Weber" not in texts and "Weber’s" not in texts


def test_parenthesis_in_running_text_does_not_merge(tmp_path):
    root = build(tmp_path)
    names = marked(root)
    assert ("Martin", "jean-martin") in names and ("Roux", "pierre-roux") in names
    assert forms(root)["pierre-roux"] == {"Pierre Roux": "preferred", "Roux": "short"}


def test_places_and_organisations_from_the_known_file(tmp_path):
    root = build(tmp_path)
    assert ("Lyon", "lyon") in marked(root, "placeName")
    assert ("Paris", "paris") in marked(root, "placeName")
    orgs = marked(root, "orgName")
    assert ("PCF", "french-communist-party") in orgs and ("French Communist Party", "french-communist-party") in orgs
    lyon = register(root, "places.xml").find(".//tei:place", NS)
    assert [(i.get("type"), i.text) for i in lyon.findall("tei:idno", NS)] == [
        ("geonames", "http://www.geonames.org/2996944")]
    paris = register(root, "places.xml").xpath("//tei:place[@xml:id='paris']", namespaces=NS)[0]
    assert paris.findall("tei:idno", NS) == []  # no id known, none invented


def test_an_id_the_authority_file_or_a_table_gives_later_reaches_an_entry_the_register_has(tmp_path):
    root = build(tmp_path)
    known = root / "known.csv"
    known.write_text(KNOWN.replace("place,Paris,Paris,,,,,,test", "place,Paris,Paris,,,,2988507,high,test"))
    with open(root / "raw" / "t.csv", "w") as table:  # (a table of letters, in csv2cmi's columns)
        table.write("sender,senderID,addressee,addresseeID,senderDate\n"
                    "Anna Weber,http://d-nb.info/gnd/000000001,Jean Martin,,1951-06-01\n")
    generate(settings.load(root))
    paris = register(root, "places.xml").xpath("//tei:place[@xml:id='paris']", namespaces=NS)[0]
    assert [i.text for i in paris.findall("tei:idno", NS)] == ["http://www.geonames.org/2988507"]
    weber = register(root).xpath("//tei:person[tei:persName = 'Anna Weber']", namespaces=NS)[0]
    assert [i.text for i in weber.findall("tei:idno", NS)] == ["https://d-nb.info/gnd/000000001"]
    # a register edited by hand takes none; the report says which it left out
    places = root / "tei" / "register" / "places.xml"
    places.write_text(places.read_text().replace("</listPlace>", "<!-- checked --></listPlace>"))
    known.write_text(KNOWN.replace("place,Paris,Paris,,,,,,test", "place,Paris,Paris,Q90,,,2988507,high,test"))
    generate(settings.load(root))
    paris = register(root, "places.xml").xpath("//tei:place[@xml:id='paris']", namespaces=NS)[0]
    assert len(paris.findall("tei:idno", NS)) == 1
    assert any("gives wikidata Q90; not added" in line for line in report(root)["register_log"])


def test_dates_in_summaries_take_the_letters_year(tmp_path):
    root = build(tmp_path)
    dates = marked(root, "date")
    assert ("6 January 1951", "") in [(t, r) for t, r in dates]
    found = {}
    for path in sorted((root / "tei" / "letters").glob("*.xml")):
        for e in etree.parse(str(path)).iterfind(".//tei:abstract//tei:date", NS):
            found[e.text] = e.get("when")
    assert found["6 January 1951"] == "1951-01-06"
    assert found["3 May"] == "1951-05-03"  # "the 3 May letter"
    assert found["June"] == "1951-06"  # "until June"
    assert "summer" not in " ".join(found)  # vague: left unmarked


def test_unknown_names_are_candidates_not_markup(tmp_path):
    root = build(tmp_path)
    names = {c["name"]: c for c in report(root)["candidates"]}
    assert names["Kalinin"]["where"] == ["l.txt:11"]
    assert names["Karl Weber"]["count"] == 1
    assert all(t not in {"Kalinin", "Karl Weber"} for t, _ in marked(root))


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new))


def test_curator_merge_add_id_rename_and_reject_survive(tmp_path):
    root = build(tmp_path)
    persons = root / "tei" / "register" / "persons.xml"
    # merge Pierre Roux into Jean Martin, add an id, rename a preferred form
    text = persons.read_text()
    start = text.index('<person xml:id="pierre-roux">')
    end = text.index("</person>", start) + len("</person>")
    text = text[:start] + text[end:]
    text = text.replace('<persName type="pseudonym">Sirius</persName>',
                        '<persName type="pseudonym">Sirius</persName>\n'
                        '          <persName type="variant">Pierre Roux</persName>\n'
                        '          <persName type="variant">Roux</persName>\n'
                        '          <idno type="VIAF">http://viaf.org/viaf/0000001</idno>')
    text = text.replace('<persName type="preferred">Anna Weber</persName>',
                        '<persName type="preferred">Anna M. Weber</persName>\n'
                        '          <persName type="full">Anna Weber</persName>')
    persons.write_text(text)
    generate(settings.load(root))
    after = persons.read_text()
    assert "http://viaf.org/viaf/0000001" in after and "Anna M. Weber" in after
    assert 'xml:id="pierre-roux"' not in after  # the merge holds: no re-learned Roux
    letter = (root / "tei" / "letters" / "letter_1951-05-03_anna-weber_jean-martin.xml").read_text()
    assert '<persName ref="../register/persons.xml#jean-martin">Pierre Roux</persName>' in letter
    assert '<persName ref="../register/persons.xml#jean-martin">Roux</persName>' in letter
    # reject a variant: "Martin" is not Jean Martin after all
    _edit(persons, '<persName type="short">Martin</persName>', '<persName type="rejected">Martin</persName>')
    generate(settings.load(root))
    people = forms(root)
    assert people["jean-martin"]["Martin"] == "rejected"
    assert people["martin"] == {"Martin": "preferred"}  # now its own, unidentified person
    second = (root / "tei" / "letters" / "letter_1951-05-09_martin_weber.xml").read_text()
    assert '<persName ref="../register/persons.xml#martin">Martin</persName>' in second


def test_unused_register_entry_is_flagged_unless_a_reason_is_given(tmp_path):
    from pipeline.validate import Validator

    root = build(tmp_path)
    persons = root / "tei" / "register" / "persons.xml"
    _edit(persons, "</listPerson>", '  <person xml:id="nobody">\n'
                                    '          <persName type="preferred">Nobody Known</persName>\n'
                                    "        </person>\n      </listPerson>")
    findings = Validator(root).validate([persons])
    assert [(f.severity, "nobody" in f.message) for f in findings] == [("warning", True)]
    # the same where the edition is checked whole, the entries in use given (and looked up by a key)
    cache = root / "output" / ".cache" / "corresp.sqlite"
    findings, _ = Validator(root).validate_edition(root / "tei", cache)
    assert [(f.path.name, f.severity, 'xml:id="nobody"' in f.message) for f in findings] == [
        ("persons.xml", "warning", True)]
    _edit(persons, '<persName type="preferred">Nobody Known</persName>',
          '<persName type="preferred">Nobody Known</persName>\n'
          '          <note type="unused">Kept for the next volume.</note>')
    assert Validator(root).validate([persons]) == []
    assert Validator(root).validate_edition(root / "tei", cache)[0] == []


def test_a_cover_name_that_is_also_someones_surname_is_not_marked(tmp_path):
    listing = ("May 3, 1951\nLetter from Ivan Petrov to Anna Weber\nPetrov writes.\n\n"
               "May 4, 1951\nCable, Petrov (Kalinin) to Anna Weber\nPetrov reports.\n")
    for order in (listing, "\n\n".join(reversed(listing.split("\n\n"))) + "\n"):
        root = build(tmp_path / str(len(list(tmp_path.iterdir()))), order)
        assert [t for t, _ in marked(root) if t == "Petrov"] == []
        (entry,) = [a for a in report(root)["ambiguous"] if a["name"] == "Petrov"]
        assert entry["could_be"] == ["person:ivan-petrov", "person:kalinin"] and entry["count"] == 2
        sender = {p.name: p.read_text() for p in (root / "tei" / "letters").glob("*.xml")}
        cable = next(t for n, t in sender.items() if n.startswith("cable"))
        assert '<persName ref="../register/persons.xml#kalinin">Petrov</persName>' in cable


def test_bare_surname_shared_by_several_people_is_not_marked(tmp_path):
    listing = ("May 3, 1951\nLetter, Anna Weber to Ambassador Nowak\n\n"
               "May 4, 1951\nLetter, Piotr Nowak to Anna Weber\nNowak thanks Weber.\n\n"
               "May 5, 1951\nLetter, Jan Nowak to Anna Weber\nNowak asks Weber.\n")
    root = build(tmp_path, listing)
    assert [t for t, _ in marked(root) if t == "Nowak"] == []
    (entry,) = [a for a in report(root)["ambiguous"] if a["name"] == "Nowak"]
    assert entry["could_be"] == ["person:jan-nowak", "person:nowak", "person:piotr-nowak"]


def test_a_merge_reaches_hand_edited_letters_without_touching_the_rest(tmp_path):
    root = build(tmp_path)
    letter = root / "tei" / "letters" / "letter_1951-05-03_anna-weber_jean-martin.xml"
    edited = letter.read_text().replace("that Comrade", "that (editor's note) Comrade")
    letter.write_text(edited)
    persons = root / "tei" / "register" / "persons.xml"
    text = persons.read_text()
    start = text.index('<person xml:id="pierre-roux">')
    text = text[:start] + text[text.index("</person>", start) + len("</person>"):]
    text = text.replace('<persName type="pseudonym">Sirius</persName>',
                        '<persName type="pseudonym">Sirius</persName>\n'
                        '          <persName type="variant">Pierre Roux</persName>\n'
                        '          <persName type="variant">Roux</persName>')
    persons.write_text(text)
    result = generate(settings.load(root))
    after = letter.read_text()
    assert after == edited.replace("persons.xml#pierre-roux", "persons.xml#jean-martin")
    assert result.report.repointed == [
        "tei/letters/letter_1951-05-03_anna-weber_jean-martin.xml: persons.xml#pierre-roux → #jean-martin"]
    assert "  repointed tei/letters/letter_1951-05-03_anna-weber_jean-martin.xml: persons.xml#pierre-roux → " \
           "#jean-martin: the register has no entry of the old id" in result.report.summary()
    assert result.report.written["kept"] == ["tei/letters/letter_1951-05-03_anna-weber_jean-martin.xml"]
    assert generate(settings.load(root)).report is None  # nothing left to carry over: nothing to do
    assert letter.read_text() == after
    (root / "raw" / "l.txt").write_text((root / "raw" / "l.txt").read_text() + "\n")
    result = generate(settings.load(root))  # a run that reads it: still the editor's file
    assert result.report.written["kept"] and result.report.repointed == []


def test_a_reference_that_cannot_be_carried_over_is_reported(tmp_path):
    root = build(tmp_path)
    letter = root / "tei" / "letters" / "letter_1951-05-03_anna-weber_jean-martin.xml"
    letter.write_text(letter.read_text().replace(
        "that Comrade", 'that <persName ref="../register/persons.xml#zorro">Zorro</persName> and Comrade'))
    (root / "raw" / "l.txt").write_text((root / "raw" / "l.txt").read_text() + "\n")  # the next run that reads it
    result = generate(settings.load(root))
    assert result.report.dangling == ["tei/letters/letter_1951-05-03_anna-weber_jean-martin.xml: "
                                      "persons.xml#zorro: the register has no such entry; point it to the right one by hand"]


def test_candidates_are_reported_on_their_own_line(tmp_path):
    listing = "May 3, 1951\nLetter, Anna Weber to Jean Martin\nWeber writes about the harvest\nand about Oslo.\n"
    root = build(tmp_path, listing)
    assert {c["name"]: c["where"] for c in report(root)["candidates"]}["Oslo"] == ["l.txt:4"]


def test_names_with_initials_join_the_one_person_of_that_surname(tmp_path):
    listing = ("May 3, 1951\nLetter, Stalin J.V. to Anna Weber\n\n"
               "May 4, 1951\nLetter, Anna Weber to Joseph Stalin\n\n"
               "May 5, 1951\nLetter, N.S. Khrushchev to K. Weber\n")
    root = build(tmp_path, listing)
    people = forms(root)
    assert people["joseph-stalin"] == {"Joseph Stalin": "preferred", "Stalin J.V.": "variant"}
    assert people["n-s-khrushchev"] == {"N.S. Khrushchev": "preferred"}  # no other Khrushchev
    assert people["k-weber"] == {"K. Weber": "preferred"}  # initials do not fit Anna Weber: kept apart


def test_a_firm_with_and_without_its_last_full_stop_is_one_organisation(tmp_path):
    """"Smith & Co." in brackets keeps its stop; at the end of a title line the stop is taken
    for the sentence's. Both are the one firm, the second form its variant."""
    listing = ("May 3, 1851\nHenry Brown to Peter Evans via Smith & Co.\n\n"
               "May 9, 1851\nPeter Evans to Henry Brown [via Smith & Co.]\n")
    root = build(tmp_path, listing)
    orgs = {o.get("{http://www.w3.org/XML/1998/namespace}id"): [n.text for n in o.findall("tei:orgName", NS)]
            for o in register(root, "orgs.xml").iterfind(".//tei:org", NS)}
    assert orgs == {"smith-co": ["Smith & Co", "Smith & Co."]}
    refs = {e.get("ref") for path in (root / "tei" / "letters").glob("*.xml")
            for e in etree.parse(str(path)).iterfind(".//tei:correspAction[@type='transmitted']/tei:orgName", NS)}
    assert refs == {"../register/orgs.xml#smith-co"}


def test_one_name_spelled_two_ways_is_one_person_and_ids_keep_their_letters(tmp_path):
    listing = ("May 3, 1951\nLetter, Ștefan Corbu to Halvard Østrem\n\n"
               "May 4, 1951\nLetter, Ştefan Corbu to Ingrid Sæther\n")
    root = build(tmp_path, listing)
    people = forms(root)
    assert people["stefan-corbu"] == {"Ștefan Corbu": "preferred", "Ştefan Corbu": "variant"}
    assert "halvard-ostrem" in people and "ingrid-saether" in people


def test_a_surname_with_mr_or_mrs_names_two_people_and_alone_neither(tmp_path):
    """"Mr. and Mrs. Hammond" are two people, in the registers and in the letter; "Hammond"
    alone could be either and is joined to neither."""
    listing = ("May 3, 1851\nHenry Brown to Mr. and Mrs. Hammond\n\n"
               "May 9, 1851\nMrs. Hammond to Henry Brown\n\n"
               "May 12, 1851\nHammond to Henry Brown\n")
    root = build(tmp_path, listing)
    people = forms(root)
    assert people["mr-hammond"] == {"Mr. Hammond": "preferred"}
    assert people["mrs-hammond"] == {"Mrs. Hammond": "preferred"}
    assert people["hammond"] == {"Hammond": "preferred"}
    refs = sorted(e.get("ref").split("#")[1] for path in (root / "tei" / "letters").glob("*.xml")
                  for e in etree.parse(str(path)).iterfind(".//tei:correspAction/tei:persName", NS)
                  if "hammond" in e.get("ref"))
    assert refs == ["hammond", "mr-hammond", "mrs-hammond", "mrs-hammond"]


def test_a_form_of_address_joins_the_entry_of_its_surname_unless_another_holds_it(tmp_path):
    """A register an earlier run made (or the known file) has "Evans": "Mrs. Evans" joins it, as
    its links and ids are the editor's; "Mr. Evans" then is another person. "M. Lenoir" is no
    initial and a surname: he does not join Mme. Lenoir."""
    root = build(tmp_path, "May 3, 1851\nHenry Brown to Evans\n\n")
    listing = ("May 3, 1851\nHenry Brown to Evans\n\n"
               "May 9, 1851\nHenry Brown to Mrs. Evans\n\n"
               "May 12, 1851\nHenry Brown to Mr. Evans\n\n"
               "May 14, 1851\nHenry Brown to M. and Mme. Lenoir\n")
    (root / "raw" / "l.txt").write_text(listing)
    generate(settings.load(root))
    people = forms(root)
    assert people["evans"] == {"Evans": "preferred", "Mrs. Evans": "variant"}
    assert people["mr-evans"] == {"Mr. Evans": "preferred"}
    assert people["m-lenoir"] == {"M. Lenoir": "preferred"} and people["mme-lenoir"] == {"Mme. Lenoir": "preferred"}


def test_a_calendar_s_writer_is_not_reported_as_a_name_not_written(tmp_path):
    """The writer a calendar implies ("To X") is named in no title: no problem says it is not
    written so, in a layout whose headings are read as fields too."""
    root = make_edition(tmp_path, {"l.txt": "To Mrs. Evans\nBath, May 3, 1851\nDear Madam, the parcel came.\n\n"
                                            "To Henry Brown\nBath, May 9, 1851\nDear Sir, I thank you.\n"},
                        authorities=False)
    toml = (root / "edition.toml").read_text()
    (root / "edition.toml").write_text(re.sub(r"(?m)^# writer = .*$", 'writer = "Jane Roe"', toml, count=1))
    generate(settings.load(root))
    problems = [p["message"] for f in report(root)["files"] for p in f["problems"]]
    assert len(list((root / "tei" / "letters").glob("*.xml"))) == 2
    assert not [p for p in problems if "not written so" in p], problems


def test_a_form_of_address_joins_no_short_form_corresp_guessed_nor_a_wife_her_husband(tmp_path):
    """"Taylor", which corresp took for Mary Taylor's short form, is no ground for "Mr. Taylor"
    to be her; "Captain and Mrs. Ellery" are two people, and "Ellery" is not joined to Mrs. Ellery."""
    root = build(tmp_path, "May 3, 1851\nHenry Brown to Mary Taylor\n\nMay 4, 1851\nHenry Brown to Taylor\n\n")
    (root / "raw" / "l.txt").write_text("May 3, 1851\nHenry Brown to Mary Taylor\n\nMay 4, 1851\nHenry Brown to Taylor\n\n"
                                        "May 9, 1851\nHenry Brown to Mr. Taylor\n\n"
                                        "May 12, 1851\nJohn Evans to Captain and Mrs. Ellery\n")
    generate(settings.load(root))
    people = forms(root)
    assert people["mary-taylor"] == {"Mary Taylor": "preferred", "Taylor": "short"}
    assert people["mr-taylor"] == {"Mr. Taylor": "preferred"}
    (letter,) = (root / "tei" / "letters").glob("*john-evans*.xml")
    refs = [e.get("ref").split("#")[1] for e in etree.parse(str(letter)).iterfind(
        ".//tei:correspAction[@type='received']/tei:persName", NS)]
    assert refs == ["ellery", "mrs-ellery"]



def test_a_woman_named_by_a_surname_is_not_the_man_the_authority_file_gives_it(tmp_path):
    """The authority file has "Thomas Carlyle" with the variant "Carlyle": "Mrs. Carlyle" was
    joined to him, his Wikidata id and all (a fact invented). She is a person of her own;
    "Mrs. Thomas Carlyle" too, and her letters' ids say "mrs-thomas-carlyle", not his name."""
    root = make_edition(tmp_path, {"l.txt": "May 3, 1850\nLetter, Thomas Carlyle to John Forster\n\n"
                                            "May 4, 1850\nLetter, John Forster to Mrs. Carlyle\n\n"
                                            "May 5, 1850\nLetter, John Forster to Mrs. Thomas Carlyle\n\n"
                                            "May 6, 1850\nLetter, John Forster to Carlyle\n"}, authorities=False)
    (root / "known.csv").write_text("kind,name,variants,wikidata,gnd,viaf,geonames\n"
                                    "person,Thomas Carlyle,Carlyle,Q179126,,,\n")
    toml = (root / "edition.toml").read_text().replace("[input]\n", '[input]\nauthorities = "known.csv"\n')
    (root / "edition.toml").write_text(toml)
    generate(settings.load(root))
    people = forms(root)
    assert people["thomas-carlyle"] == {"Thomas Carlyle": "preferred", "Carlyle": "short"}
    assert people["mrs-carlyle"] == {"Mrs. Carlyle": "preferred"}
    assert people["mrs-thomas-carlyle"] == {"Mrs. Thomas Carlyle": "preferred"}
    ids = {p.get("{http://www.w3.org/XML/1998/namespace}id"): [i.text for i in p.iterfind("tei:idno", NS)]
           for p in register(root).iterfind(".//tei:person", NS)}
    assert ids["mrs-carlyle"] == ids["mrs-thomas-carlyle"] == [] and ids["thomas-carlyle"]
    assert sorted(p.name for p in (root / "tei" / "letters").glob("*.xml")) == [
        "letter_1850-05-03_thomas-carlyle_john-forster.xml", "letter_1850-05-04_john-forster_carlyle.xml",
        "letter_1850-05-05_john-forster_mrs-thomas-carlyle.xml", "letter_1850-05-06_john-forster_carlyle.xml"]


def test_a_couple_shares_the_name_written_once(tmp_path):
    """"Sir John and Lady Franklin", "Mr. and Mrs. T. Grey": two people each, the name written
    once belonging to both (the initial too: Mrs. T. Grey is the wife of Mr. T. Grey, who is
    T. Grey where a title names him so)."""
    root = build(tmp_path, "May 3, 1851\nHenry Brown to Sir John and Lady Franklin\n\n"
                           "May 4, 1851\nHenry Brown to Mr. and Mrs. T. Grey\n\n")
    received = {}
    for letter in (root / "tei" / "letters").glob("*.xml"):
        tree = etree.parse(str(letter))
        date = tree.find(".//tei:correspAction[@type='sent']/tei:date", NS).get("when")
        received[date] = [e.get("ref").split("#")[1] for e in tree.iterfind(
            ".//tei:correspAction[@type='received']/tei:persName", NS)]
    assert received == {"1851-05-03": ["john-franklin", "lady-franklin"], "1851-05-04": ["t-grey", "mrs-t-grey"]}
    people = forms(root)
    assert "John Franklin" in people["john-franklin"] and "Mrs. T. Grey" in people["mrs-t-grey"], people


def test_a_file_whose_heading_names_its_writer_keeps_it_beside_the_edition_s_writer(tmp_path):
    """[edition] writer set for one calendar made the writer of another file, whose heading
    names its own ("THE LETTERS OF HARRIET VANE"), the sender of that file's letters too."""
    root = make_edition(tmp_path, {
        "vane.txt": "THE LETTERS OF HARRIET VANE\n\nTo Peter Wimsey, 3 May 1935\nOn the book.\n\n"
                    "To Peter Wimsey, 4 May 1935\nAgain.\n",
        "roe.txt": "To Ann Berg, 5 May 1850\nOn the harvest.\n\nTo Ann Berg, 6 May 1850\nAgain.\n"}, authorities=False)
    toml = (root / "edition.toml").read_text()
    (root / "edition.toml").write_text(re.sub(r"(?m)^# writer = .*$", 'writer = "Jane Roe"', toml, count=1))
    generate(settings.load(root))
    senders = sorted((letter.name[7:17], etree.parse(str(letter)).xpath(
        "string(//tei:correspAction[@type='sent']/tei:persName)", namespaces=NS))
        for letter in (root / "tei" / "letters").glob("*.xml"))
    assert senders == [("1850-05-05", "Jane Roe"), ("1850-05-06", "Jane Roe"),
                       ("1935-05-03", "Harriet Vane"), ("1935-05-04", "Harriet Vane")]


def test_ids_of_names_in_cyrillic_are_transliterated_not_blank():
    """An xml:id is ASCII: a Cyrillic name is read into Latin letters, so that two people of an
    opis are two ids a reader can tell apart ("n-p-zagorskogo", not "x" and "x-2")."""
    from pipeline.register import slug

    assert slug("Н. П. Загорского") == "n-p-zagorskogo"
    assert slug("Общество любителей российской словесности") == "obshchestvo-lyubitelei-rossiiskoi-slovesnosti"
    assert slug("Щукин Ёлкин") == "shchukin-elkin" and slug("Łukasz Østrem") == "lukasz-ostrem"
