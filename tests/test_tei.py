"""The tei stage on the sample and on small invented listings."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from pipeline import settings
from pipeline.edition import generate
from pipeline.encode import plain
from pipeline.incremental import CACHE
from pipeline.title_memo import FILE as TITLE_MEMO
from pipeline.read import read_listing
from pipeline.tei import NS

from conftest import SAMPLE, make_edition

NCNAME = re.compile(r"^[A-Za-z_][\w.-]*$")


def letters(root: Path) -> dict[str, etree._ElementTree]:
    return {p.stem: etree.parse(str(p)) for p in sorted((root / "tei" / "letters").glob("*.xml"))}


def snapshot(root: Path) -> dict[str, bytes]:
    """The edition's TEI, byte for byte (not the run cache and the titles read: they are the
    machine's, as the lock is)."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted((root / "tei").rglob("*"))
            if p.is_file() and p.name not in (CACHE, TITLE_MEMO)}


def one(tree, xpath):
    """The single node an XPath selects, or a string result as it is."""
    found = tree.xpath(xpath, namespaces=NS)
    if isinstance(found, str):
        return found
    (node,) = found
    return node


def test_every_entry_yields_exactly_one_document(sample_tei):
    docs = letters(sample_tei)
    entries = read_listing(SAMPLE).entries
    assert len(entries) == 20 and len(docs) == 20
    titles = sorted(one(t, "string(//tei:sourceDesc/tei:bibl/tei:title[@type='entry'])") for t in docs.values())
    assert titles == sorted(e.title for e in entries)
    for name, tree in docs.items():
        assert tree.getroot().get("{http://www.w3.org/XML/1998/namespace}id") == name
        assert NCNAME.match(name)


def test_summaries_are_kept_word_for_word(sample_tei):
    docs = letters(sample_tei)
    by_title = {one(t, "string(//tei:bibl/tei:title[@type='entry'])") + one(t, "string(//tei:bibl/tei:date/@when)"): t
                for t in docs.values()}
    for entry in read_listing(SAMPLE).entries:
        tree = by_title[entry.title + entry.date.when]
        abstract = tree.xpath("//tei:abstract/tei:p", namespaces=NS)
        assert [plain(p.xpath("string()")) for p in abstract] == [plain(s) for s in entry.summary]


def test_cable_with_two_intermediaries(sample_tei):
    tree = letters(sample_tei)["cable_1948-10-21_stalin_mao-zedong"]
    actions = tree.xpath("//tei:correspAction", namespaces=NS)
    assert [(a.get("type"), a.get("n"), a.xpath("string(tei:persName)", namespaces=NS)) for a in actions] == [
        ("sent", None, "Stalin"),
        ("transmitted", "1", "Kuznetsov"),
        ("transmitted", "2", "Terebin"),
        ("received", None, "Mao Zedong"),
    ]
    assert one(tree, "//tei:correspAction[@type='sent']/tei:date/@when") == "1948-10-21"


def _register(root: Path, name: str) -> etree._ElementTree:
    return etree.parse(str(root / "tei" / "register" / name))


def test_pseudonym_points_to_the_person_and_is_typed(sample_tei):
    tree = letters(sample_tei)["cable_1949-01-10_mao_filippov"]
    recipient = one(tree, "//tei:correspAction[@type='received']/tei:persName")
    assert recipient.text == "Filippov"
    stalin = one(tree, "//tei:correspAction[@type='sent']/tei:persName")  # Mao
    ref = recipient.get("ref")
    file, _, entity_id = ref.partition("#")
    assert file == "../register/persons.xml"
    person = one(_register(sample_tei, "persons.xml"), f"//tei:person[@xml:id='{entity_id}']")
    forms = {n.text: n.get("type") for n in person.findall("{http://www.tei-c.org/ns/1.0}persName")}
    assert forms["Filippov"] == "pseudonym" and "Stalin" in forms
    assert stalin.text == "Mao"


def test_short_and_full_form_point_to_one_person(sample_tei):
    refs = {}
    for tree in letters(sample_tei).values():
        for name in tree.xpath("//tei:persName[@ref]", namespaces=NS):
            refs.setdefault(name.text, set()).add(name.get("ref"))
    assert refs["Mao"] == refs["Mao Zedong"] and len(refs["Mao"]) == 1
    assert refs["Filippov"] == refs["Stalin"]
    assert refs["Mikoyan"] == refs["Anastas Mikoyan"]


def test_entry_without_summary_has_no_abstract(sample_tei):
    tree = letters(sample_tei)["cable_1949-01-15_stalin_mao-zedong"]
    assert tree.xpath("//tei:abstract", namespaces=NS) == []
    assert one(tree, "string(//tei:term[@type='subject'])") == "Nanjing Peace Proposal"


def test_documents_that_are_not_letters(sample_tei):
    docs = letters(sample_tei)
    statement = docs["statement_1949-01-18"]
    assert statement.xpath("//tei:correspDesc", namespaces=NS) == []
    assert one(statement, "//tei:creation/tei:date/@when") == "1949-01-18"
    assert one(statement, "string(//tei:relatedItem[@type='source']//tei:title)") == "Izyestia"
    memo = docs["memorandum-of-conversation_1949-01-30_anastas-mikoyan-and-mao-zedong"]
    assert [p.text for p in memo.xpath("//tei:particDesc//tei:person/tei:persName", namespaces=NS)] == [
        "Anastas Mikoyan", "Mao Zedong"]
    notes = docs["notes_1949-01-31_anastas-mikoyan"]
    assert one(notes, "string(//tei:sourceDesc/tei:bibl/tei:author/tei:persName)") == "Anastas Mikoyan"


def test_summary_dates_are_marked_up(sample_tei):
    tree = letters(sample_tei)["cable_1949-01-10_mao_filippov"]
    date = one(tree, "//tei:abstract//tei:date")
    assert (date.text, date.get("when")) == ("6 January 1949", "1949-01-06")
    tree = letters(sample_tei)["cable_1949-01-14_stalin_mao-zedong"]
    date = one(tree, "//tei:abstract//tei:date")
    assert (date.text, date.get("when")) == ("11 January", "1949-01-11")


def test_second_run_changes_no_byte(edition):
    generate(settings.load(edition))
    before = snapshot(edition)
    result = generate(settings.load(edition))
    assert snapshot(edition) == before
    assert result.report is None and result.last["letters"] == 20  # nothing changed: nothing read
    (edition / "tei" / CACHE).unlink()  # and without the run cache, every letter is read and found unchanged
    result = generate(settings.load(edition))
    assert snapshot(edition) == before
    assert set(result.report.written) == {"unchanged"}


def test_hand_edited_letter_survives_and_force_regenerates(edition):
    generate(settings.load(edition))
    path = edition / "tei" / "letters" / "cable_1948-11-21_mao_stalin.xml"
    edited = path.read_text().replace("until <date", "until (the editor checked) <date")
    path.write_text(edited)
    assert generate(settings.load(edition)).report is None  # a hand edit alone: nothing to do
    assert path.read_text() == edited
    with open(edition / "raw" / "more.txt", "w") as more:  # the next run that does something keeps it
        more.write("March 3, 1949\nCable, Terebin to Kovalev\n")
    result = generate(settings.load(edition))
    assert path.read_text() == edited
    assert result.report.written["edited by hand"] == ["tei/letters/cable_1948-11-21_mao_stalin.xml"]  # (as before)
    result = generate(settings.load(edition), force=True)
    assert "the editor checked" not in path.read_text()
    assert result.report.written["regenerated"] == ["tei/letters/cable_1948-11-21_mao_stalin.xml"]
    retired = edition / "tei" / "retired"
    assert (retired / path.name).read_text() == edited  # the edit is not lost: it is the editor's to carry over
    assert f"regenerated tei/letters/{path.name} (--force): it was edited by hand; your version is " \
           f"tei/retired/{path.name}" in result.report.summary()
    path.write_text(edited.replace("(the editor checked)", "(checked again)"))
    result = generate(settings.load(edition), force=True)  # a second --force keeps the first copy too
    assert (retired / path.name).read_text() == edited
    assert "(checked again)" in (retired / f"{path.stem}~2.xml").read_text()
    assert result.report.kept_versions == [f"tei/letters/{path.name} → tei/retired/{path.stem}~2.xml"]
    assert generate(settings.load(edition), force=True).report.written.get("regenerated") is None  # ours: no copy
    assert sorted(p.name for p in retired.iterdir()) == sorted([path.name, f"{path.stem}~2.xml"])


def test_curated_register_is_merged_not_overwritten(edition):
    generate(settings.load(edition))
    path = edition / "tei" / "register" / "persons.xml"
    text = path.read_text()
    text = text.replace('<persName type="preferred">Terebin</persName>',
                        '<persName type="preferred">Terebin</persName>\n'
                        '          <note>Cover name of Andrei Orlov, Soviet physician at Mao\'s headquarters.</note>')
    path.write_text(text)
    (edition / "raw" / "more.txt").write_text("March 3, 1949\nCable, Terebin to Kovalev\n")
    generate(settings.load(edition))
    merged = path.read_text()
    assert "Cover name of Andrei Orlov" in merged  # the editor's note is kept
    assert 'xml:id="kovalev"' in merged  # and the newly met person added


def test_no_temporary_files_left(edition):
    generate(settings.load(edition))
    assert not [p for p in (edition / "tei").rglob("*") if p.name.endswith(".tmp")]


def test_ids_are_stable_when_entries_are_inserted(tmp_path):
    first = "May 3, 1951\nLetter, Anna Weber to Jean Martin\n\nMay 9, 1951\nLetter, Jean Martin to Anna Weber\n"
    second = "May 1, 1951\nLetter, Renée Dubois to Anna Weber\n\n" + first
    root = make_edition(tmp_path / "a", {"l.txt": first}, authorities=False)
    generate(settings.load(root))
    before = set(letters(root))
    (root / "raw" / "l.txt").write_text(second)
    generate(settings.load(root))
    assert before < set(letters(root))


def test_same_title_on_the_same_day_gets_distinct_ids(tmp_path):
    text = ("May 3, 1951\nLetter, Anna Weber to Jean Martin, Harvest\n\n"
            "May 3, 1951\nLetter, Anna Weber to Jean Martin, Railways\n\n"
            "May 3, 1951\nLetter, Anna Weber to Jean Martin, Railways\n")
    root = make_edition(tmp_path, {"l.txt": text}, authorities=False)
    generate(settings.load(root))
    assert sorted(letters(root)) == [
        "letter_1951-05-03_anna-weber_jean-martin_harvest",
        "letter_1951-05-03_anna-weber_jean-martin_railways",
        "letter_1951-05-03_anna-weber_jean-martin_railways-2",
    ]


def test_every_input_line_is_used_or_reported(sample_tei):
    listing = read_listing(SAMPLE)
    lines = SAMPLE.read_text().splitlines()
    covered = {u.line for u in listing.unused}
    covered |= {listing.collection_line, listing.description_line}
    for entry in listing.entries:
        covered |= set(range(entry.first_line, entry.last_line + 1))
    missing = [n for n, line in enumerate(lines, 1) if line.strip() and n not in covered]
    assert missing == []


def test_committed_sample_edition_is_what_make_tei_produces(tmp_path):
    """A fresh clone's `make tei` must change no byte of the committed tei/."""
    root = make_edition(tmp_path, tei=True)
    before = snapshot(root)
    result = generate(settings.load(root))
    assert set(result.report.written) == {"unchanged"}
    assert snapshot(root) == before


def test_unreadable_date_is_kept_as_text_and_reported(tmp_path):
    # ("Winter 1952" may be 1952/53; "Spring 1952" is read as 1952, its words kept)
    root = make_edition(tmp_path, {"l.txt": "Winter 1952\nLetter, Anna Weber to Jean Martin\nAbout winter.\n"},
                        authorities=False)
    result = generate(settings.load(root))
    (tree,) = letters(root).values()
    date = one(tree, "//tei:correspAction[@type='sent']/tei:date")
    assert date.text == "Winter 1952" and dict(date.attrib) == {}
    assert result.report.files[0].problems == [{"line": 1, "message": "date 'Winter 1952' kept as text, not read"}]


def test_a_date_problem_is_reported_at_the_dates_line(tmp_path):
    """A record's date may stand lines below its first: the report names the date's line
    (`corresp explain` and an editor's search start there); the title's problems stay at
    the entry's first line."""
    text = ("Brief Nr. 12\nAbsender: Hans Keller\nEmpfänger: Clara Wendt\nDatum: Winter 1850\n"
            "Regest: Über das Wetter.\n\nBrief Nr. 13\nAbsender: Clara Wendt\nDatum: 3. März 1851\n")
    root = make_edition(tmp_path, {"akten.txt": text}, authorities=False)
    result = generate(settings.load(root))
    problems = result.report.files[0].problems
    assert {"line": 4, "message": "date 'Winter 1850' kept as text, not read"} in problems
    assert all(p["line"] in (4, 7) for p in problems)
    assert {"line": 7, "message": "no recipient named in the title"} in problems


def test_title_date_differing_from_the_listing_date_is_kept_marked_up(tmp_path):
    text = "June 2, 1947\nCable No. 12, Petrov to Stalin, 12 May 1947\nPetrov reports.\n"
    root = make_edition(tmp_path, {"l.txt": text}, authorities=False)
    generate(settings.load(root))
    (tree,) = letters(root).values()
    assert one(tree, "//tei:correspAction[@type='sent']/tei:date/@when") == "1947-06-02"
    title_date = one(tree, "//tei:bibl/tei:title[@type='entry']/tei:date")
    assert (title_date.text, title_date.get("when")) == ("12 May 1947", "1947-05-12")
    assert one(tree, "string(//tei:bibl/tei:idno[@type='number'])") == "12"


def test_calendar_entry_with_writer_and_place(tmp_path):
    root = make_edition(tmp_path, {"l.txt": "XII. To Mary Jones. Bath, Friday [June 1822].\nWrites about a ball.\n"},
                        authorities=False)
    toml = (root / "edition.toml").read_text().replace("# writer = \"Jane Austen\"", 'writer = "Anna Weber"')
    (root / "edition.toml").write_text(toml)
    generate(settings.load(root))
    (tree,) = letters(root).values()
    sent = one(tree, "//tei:correspAction[@type='sent']")
    assert sent.xpath("string(tei:persName)", namespaces=NS) == "Anna Weber"
    assert sent.xpath("string(tei:placeName/@ref)", namespaces=NS) == "../register/places.xml#bath"
    assert sent.xpath("string(tei:date/@when)", namespaces=NS) == "1822-06"


def test_party_the_listing_does_not_name_is_left_out_not_guessed(tmp_path):
    from pipeline import transform

    text = "May 3, 1951\nCable from the Polish Embassy in Hanoi\nThe embassy reports.\n"
    root = make_edition(tmp_path, {"l.txt": text}, authorities=False)
    result = generate(settings.load(root))
    (tree,) = letters(root).values()
    assert tree.xpath("//tei:correspAction[@type='received']", namespaces=NS) == []
    assert one(tree, "string(//tei:correspAction[@type='sent']/tei:orgName)") == "Polish Embassy in Hanoi"
    assert result.report.files[0].problems == [{"line": 1, "message": "no recipient named in the title"}]
    cmif = etree.parse(str(transform.cmif(root / "tei", root / "cmif.xml", settings.load(root).params())))
    assert cmif.xpath("string(//tei:correspAction[@type='received']/tei:persName)", namespaces=NS) == "Unknown"


def test_inserted_entry_with_the_same_base_id_never_takes_another_entrys_file(tmp_path):
    one_entry = "May 3, 1951\nLetter, Anna Weber to Jean Martin\nWeber asks about the harvest.\n"
    root = make_edition(tmp_path, {"l.txt": one_entry}, authorities=False)
    generate(settings.load(root))
    path = root / "tei" / "letters" / "letter_1951-05-03_anna-weber_jean-martin.xml"
    edited = path.read_text().replace("asks about", "asks (editor: urgently) about")
    path.write_text(edited)
    inserted = "May 3, 1951\nLetter, Anna Weber to Jean Martin\nWeber sends greetings.\n\n" + one_entry
    (root / "raw" / "l.txt").write_text(inserted)
    result = generate(settings.load(root))
    assert path.read_text() == edited  # the editor's file is still the harvest letter's
    assert result.report.written["kept"] == ["tei/letters/letter_1951-05-03_anna-weber_jean-martin.xml"]
    new = root / "tei" / "letters" / "letter_1951-05-03_anna-weber_jean-martin-2.xml"
    assert "sends greetings." in new.read_text()


def test_the_header_title_joins_an_entrys_title_and_date_without_a_stray_stop(tmp_path):
    """"To the Same." over "17 June 1850" is titled "To the Same, 17 June 1850" (it was
    "To the Same., 17 June 1850"); an abbreviation keeps its stop ("… Jr., 3 May 1850")."""
    text = ("THE LETTERS OF JOHN HARDY\n\n12  3 May 1850. To Mary Jones, at Bath.\n\n"
            "13  17 June 1850. To the Same.\n\n14  20 June 1850. To John Smith Jr.\n")
    root = make_edition(tmp_path, {"l.txt": text}, authorities=False)
    generate(settings.load(root))
    titles = sorted(one(tree, "//tei:titleStmt/tei:title").text for tree in letters(root).values())
    assert titles == ["To John Smith Jr., 20 June 1850", "To Mary Jones, at Bath, 3 May 1850",
                      "To the Same, 17 June 1850"]
