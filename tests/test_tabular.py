"""Tables of letters in raw/ (pipeline/tabular.py): csv2cmi's layout and corresp's own.

tests/data/csv2cmi-letters.csv is an invented table in csv2cmi's columns. Its persons and
their ids are invented (the ids are placeholders of the right shape, nobody's record); the
places and their GeoNames ids are real (Moscow, Beijing, Nanjing, as in raw/authorities.csv).
Rows 2-7 are written as corresp writes them back (canonical EDTF, register names, canonical
URIs), so CSV → TEI → CSV must give them back cell for cell; the others test the edges.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from conftest import make_edition
from pipeline import settings as settings_mod
from pipeline import tabular, transform
from pipeline.cli import main
from pipeline.edition import generate
from pipeline.validate import Validator

HERE = Path(__file__).resolve().parent
TABLE = HERE / "data" / "csv2cmi-letters.csv"
NS = {"t": "http://www.tei-c.org/ns/1.0"}
CORRESPONDENCE = ["sender", "senderID", "senderPlace", "senderPlaceID", "senderDate",
                  "addressee", "addresseeID", "addresseePlace", "addresseePlaceID", "addresseeDate", "note"]


def rows_of(data: bytes | str) -> list[dict[str, str]]:
    text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    return list(csv.DictReader(io.StringIO(text, newline="")))


def build(root: Path) -> tuple[object, list[dict[str, str]]]:
    """tei (generate), then letters.csv; returns the run's result and the CSV rows."""
    result = generate(settings_mod.load(root))
    transform.csv(root / "tei", root / "output" / "letters.csv", settings_mod.load(root).params())
    return result, rows_of((root / "output" / "letters.csv").read_bytes())


@pytest.fixture
def table_edition(tmp_path) -> Path:
    return make_edition(tmp_path, {"letters.csv": TABLE.read_text("utf-8")}, authorities=False)


@pytest.fixture
def built(table_edition):
    return table_edition, *build(table_edition)


def test_every_row_is_a_letter_or_reported_with_its_line(built):
    root, result, _ = built
    (report,) = result.report.files
    assert report.layout == "table (csv2cmi's columns)"
    assert report.entries == report.documents == 8
    assert [(u["line"], u["reason"]) for u in report.unused] == [
        (8, "empty row"),
        (10, "nothing to make a letter of: no sender, addressee, date, title or summary")]
    problems = {(p["line"], p["message"].split(":")[0].split(" '")[0]) for p in report.problems}
    assert (11, "senderID") in problems  # "see register" is no authority URI
    assert (11, "senderDate kept as text, not read") in problems
    assert (11, "no addressee named") in problems
    data_rows = sum(1 for line in TABLE.read_text("utf-8").splitlines()[1:])
    assert report.entries + len(report.unused) == data_rows  # no row vanished
    assert len(list((root / "tei" / "letters").glob("*.xml"))) == 8


def test_round_trip_keeps_senders_ids_places_dates_and_addressees(built):
    _, _, out = built
    given = rows_of(TABLE.read_text("utf-8"))[:6]  # lines 2-7, the canonical ones
    got = {(r["senderDate"], r["sender"]): r for r in out}
    for row in given:
        back = got[(row["senderDate"], row["sender"])]
        assert {c: back[c] for c in CORRESPONDENCE} == {c: row[c] for c in CORRESPONDENCE}, row["sender"]
        if row["edition"]:
            assert (back["edition"], back["key"]) == (row["edition"], row["key"])
    # csv2cmi leaves out a row whose edition is empty: such a letter gets the edition's own.
    brandt = got[("1835~", "Brandt, Karl")]
    assert brandt["edition"] == "Sino-Soviet Relations, 1948-1949: A Calendar of Letters"
    assert brandt["key"].endswith(f"{brandt['id']}.html")


def test_edge_rows_come_back_normalised(built):
    _, _, out = built
    by_date = {r["date_text"]: r for r in out}
    assert by_date["1838-05-XX"]["senderDate"] == "1838-05"  # unspecified day: month precision
    novak = by_date["Winter 1839"]
    assert (novak["sender"], novak["senderID"], novak["senderDate"]) == ("Novák, Jan",
                                                                          "http://id.loc.gov/authorities/names/n0000000001", "")


def test_ids_go_to_the_registers_with_the_table_line(built):
    root, _, _ = built
    persons = etree.parse(str(root / "tei" / "register" / "persons.xml"))
    weber = persons.xpath("//t:person[t:persName = 'Weber, Anna']", namespaces=NS)
    assert len(weber) == 1  # one person, however many rows name her
    assert weber[0].xpath("t:idno[@type='GND']/text()", namespaces=NS) == ["https://d-nb.info/gnd/1000000011"]
    assert weber[0].xpath("string(t:note)", namespaces=NS) == "From letters.csv:2 (senderID)."
    novak = persons.xpath("//t:person[t:persName = 'Novák, Jan']/t:idno", namespaces=NS)
    assert [(i.get("type"), i.text) for i in novak] == [("LC", "http://id.loc.gov/authorities/names/n0000000001")]
    keller = persons.xpath("//t:person[t:persName = 'Hans Keller']", namespaces=NS)[0]
    assert not keller.xpath("t:idno", namespaces=NS)  # no id given, none invented
    orgs = etree.parse(str(root / "tei" / "register" / "orgs.xml"))
    assert orgs.xpath("//t:org[t:orgName = 'Société des Amis de la Musique']/t:idno/text()", namespaces=NS) == [
        "http://www.wikidata.org/entity/Q0000000001"]
    places = etree.parse(str(root / "tei" / "register" / "places.xml"))
    moscow = places.xpath("//t:place[t:placeName = 'Moscow']", namespaces=NS)[0]
    assert moscow.xpath("t:idno[@type='geonames']/text()", namespaces=NS) == ["http://www.geonames.org/524901"]
    # The row that first gave the id; the rows that repeat it add nothing.
    assert moscow.xpath("string(t:note)", namespaces=NS) == "From letters.csv:2 (senderPlaceID)."


def test_the_tei_of_a_table_row(built):
    root, _, _ = built
    letter = next((root / "tei" / "letters").glob("*1835-04-03_weber-anna_brandt-karl.xml"))
    tree = etree.parse(str(letter))

    def x(path):
        return tree.xpath(path, namespaces=NS)

    assert x("string(//t:title[@type='entry'])") == "Weber, Anna to Brandt, Karl"
    assert x("//t:correspAction[@type='sent']/t:placeName/@ref") == ["../register/places.xml#moscow"]
    assert x("//t:correspAction[@type='received']/t:placeName/text()") == ["Beijing"]
    assert x("//t:correspAction[@type='received']/t:date/@when") == ["1835-04-20"]
    assert x("string(//t:correspDesc/t:note)") == "Only the draft survives."
    assert x("//t:relatedItem[@type='edition']/t:bibl/t:title/text()") == ["Briefe der Anna Weber"]
    assert x("//t:relatedItem[@type='edition']/t:bibl/t:idno[@type='key']/text()") == ["12"]
    assert x("string(//t:note[@type='input'])") == "letters.csv, line 2"
    supplied = next((root / "tei" / "letters").glob("*hans-keller*.xml"))
    assert etree.parse(str(supplied)).xpath("//t:correspAction[@type='sent']/t:persName/@cert", namespaces=NS) == ["medium"]
    uncertain = next((root / "tei" / "letters").glob("*1836_weber-anna-and-brandt-karl*.xml"))
    assert etree.parse(str(uncertain)).xpath("//t:correspAction[@type='sent']/t:date", namespaces=NS)[0].attrib == {
        "when": "1836", "cert": "low"}


def test_tei_from_a_table_is_valid(built):
    root, result, _ = built
    findings = Validator(root).validate([*result.letters, *sorted((root / "tei" / "register").glob("*.xml"))])
    errors = [f for f in findings if f.is_error]
    assert not errors, "\n".join(f.format(root) for f in errors)


def test_tei_from_a_table_is_valid_tei_all(built, tei_all_rng):
    root, result, _ = built
    for path in result.letters:
        assert tei_all_rng.validate(etree.parse(path)), f"{path}: {tei_all_rng.error_log}"


def test_authority_uris_corresp_knows():
    for id_type, _, example in tabular.AUTHORITIES:
        assert tabular.authority(example)[0] == id_type, example
    assert tabular.authority("https://www.geonames.org/524901/moscow.html") == ("geonames", "524901")
    assert tabular.authority("http://d-nb.info/gnd/118577425") == ("GND", "118577425")
    assert tabular.authority("https://www.wikidata.org/wiki/Q855") == ("wikidata", "Q855")
    for wrong in ("see register", "Q855", "http://example.org/person/1", "gnd:118577425"):
        assert tabular.authority(wrong) is None, wrong


def test_one_id_one_entry_and_contradictions_are_reported(tmp_path):
    table = ("sender,senderID,senderDate,addressee,addresseeID\n"
             "\"Weber, Anna\",https://d-nb.info/gnd/1000000011,1835,Ilse Roth,\n"
             "Anna Weber,http://d-nb.info/gnd/1000000011,1836,Ilse Roth,\n"
             "\"Weber, Anna\",https://d-nb.info/gnd/2000000011,1837,Ilse Roth,\n")
    root = make_edition(tmp_path, {"t.csv": table}, authorities=False)
    result, out = build(root)
    persons = etree.parse(str(root / "tei" / "register" / "persons.xml"))
    weber = persons.xpath("//t:person[t:persName = 'Weber, Anna']", namespaces=NS)[0]
    assert weber.xpath("t:persName/text()", namespaces=NS) == ["Weber, Anna", "Anna Weber"]  # one person
    assert [r["sender"] for r in out] == ["Weber, Anna"] * 3  # the register's name, as the CMIF gives it
    (report,) = result.report.files
    assert any(p["line"] == 4 and "GND 2000000011" in p["message"] and "the first stays" in p["message"]
               for p in report.problems), report.problems


def test_the_authority_file_and_a_table_make_one_entry(tmp_path):
    """raw/authorities.csv knows Joseph Stalin (VIAF, Wikidata) as "Stalin"; a table gives
    "Stalin" a GND id: one entry with all three."""
    table = "sender,senderID,senderDate,addressee\nStalin,https://d-nb.info/gnd/1000000011,1949-01-06,Mao Zedong\n"
    root = make_edition(tmp_path, {"t.csv": table})
    build(root)
    persons = etree.parse(str(root / "tei" / "register" / "persons.xml"))
    stalin = persons.xpath("//t:person[@xml:id='joseph-stalin']", namespaces=NS)[0]
    assert sorted(stalin.xpath("t:idno/@type", namespaces=NS)) == ["GND", "VIAF", "wikidata"]
    assert "t.csv:2 (senderID)" in stalin.xpath("string(t:note)", namespaces=NS)


def test_corresp_reads_its_own_output_back(sample_tei, tmp_path):
    """output/letters.csv of the sample, put into raw/ of a new edition, gives the same table."""
    params = settings_mod.load(sample_tei).params()
    first = transform.csv(sample_tei / "tei", tmp_path / "letters.csv", params).read_text("utf-8")
    root = make_edition(tmp_path, {"letters.csv": first}, authorities=False)
    result, again = build(root)
    (report,) = result.report.files
    assert report.layout == "table (corresp's columns)" and not report.unused
    compared = [c for c in again[0] if c not in ("id", "places", "source", "key")]
    # Read back into the same edition, edition and key describe it: the key is the new page.
    assert all(r["key"] == f"https://example.org/sino-soviet-relations/{r['id']}.html" for r in again)
    letter = next((root / "tei" / "letters").glob("*.xml"))
    assert not etree.parse(str(letter)).xpath("//t:relatedItem[@type='edition']", namespaces=NS)

    def table(rows):  # letters of one day are in id order, and the ids are new
        return sorted(([r[c] for c in compared] for r in rows), key=lambda cells: (cells[compared.index("date")], cells))

    assert table(again) == table(rows_of(first))


@pytest.mark.parametrize("name, text", [
    ("semicolons.csv", "sender;addressee;senderDate\nWeber, Anna;Brandt, Karl;1835-04-03\n"),
    ("tabs.tsv", "sender\taddressee\tsenderDate\nWeber, Anna\tBrandt, Karl\t1835-04-03\n"),
    ("bom.csv", "\ufeffsender,addressee,senderDate\n\"Weber, Anna\",\"Brandt, Karl\",1835-04-03\n"),
])
def test_separators_and_byte_order_mark(tmp_path, name, text):
    root = make_edition(tmp_path, {name: text}, authorities=False)
    _, out = build(root)
    assert [(r["sender"], r["addressee"], r["senderDate"]) for r in out] == [("Weber, Anna", "Brandt, Karl", "1835-04-03")]


def test_a_ditto_repeats_the_name_above_and_a_total_row_is_no_letter(tmp_path):
    """A spreadsheet's "ders." repeats the name above it; its last row counts the letters."""
    text = ("Nr;Datum;Absender;Empfänger\n1;12.03.1848;Anna Weber;Karl Brandt\n2;02.04.1848;ders.;Ida Roth\n"
            "Summe;2 Briefe;;\n")
    root = make_edition(tmp_path, {"t.txt": text}, authorities=False)
    table = tabular.read_table(root / "raw" / "t.txt")
    assert [r.line for r in table.rows] == [2, 3]
    assert [u.line for u in table.listing.unused if "total" in u.reason] == [4]
    _, out = build(root)
    assert sorted((r["sender"], r["addressee"]) for r in out) == [("Anna Weber", "Ida Roth"), ("Anna Weber", "Karl Brandt")]


def test_delimiter_is_a_setting(tmp_path):
    root = make_edition(tmp_path, {"t.csv": "sender,addressee,senderDate\nA. Weber;K. Brandt,I. Roth,1835\n"},
                        authorities=False)
    toml = root / "edition.toml"
    toml.write_text(toml.read_text().replace('delimiter = "|"', 'delimiter = ";"'))
    _, out = build(root)
    assert out[0]["sender"] == "A. Weber;K. Brandt"
    letter = next((root / "tei" / "letters").glob("*.xml"))
    assert etree.parse(str(letter)).xpath("//t:correspAction[@type='sent']/t:persName/text()", namespaces=NS) == [
        "A. Weber", "K. Brandt"]


def test_formula_guard_is_dropped_and_hostile_text_kept_in_the_tei(tmp_path):
    table = ("title,sender,addressee,senderDate,summary\n"
             "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",Anna Weber,Karl Brandt,1835,+1+1 was the sum\n")
    root = make_edition(tmp_path, {"t.csv": table}, authorities=False)
    _, out = build(root)
    letter = next((root / "tei" / "letters").glob("*.xml"))
    tree = etree.parse(str(letter))
    assert tree.xpath("string(//t:title[@type='entry'])", namespaces=NS) == '=HYPERLINK("http://evil.example","x")'
    assert tree.xpath("string(//t:abstract)", namespaces=NS).strip() == "+1+1 was the sum"
    assert out[0]["title"] == "'=HYPERLINK(\"http://evil.example\",\"x\")"
    assert out[0]["summary"] == "'+1+1 was the sum"


@pytest.mark.parametrize("text, says", [
    ("kind,name,variants\nperson,Anna Weber,\n", "an authority file or gazetteer"),
    ("Datum,Signatur\n1835,Nachlass 12\n", "not a table of letters: no column names the sender or the addressee"),
    ('sender,addressee,senderDate\n"Anna Weber,Karl Brandt,1835\nIlse Roth,Karl Brandt,1836\n', "other.csv:2: the table's quoting is broken"),
])
def test_what_is_not_a_table_of_letters_is_an_error_with_its_line(tmp_path, text, says):
    root = make_edition(tmp_path, {"other.csv": text}, authorities=False)
    result = CliRunner().invoke(main, ["--root", str(root), "tei", "--no-validate"])
    assert result.exit_code == 1
    assert "other.csv" in result.output and says in result.output, result.output
    assert not list((root / "tei" / "letters").glob("*.xml"))
    quiet = CliRunner().invoke(main, ["--root", str(root), "tei", "--no-validate", "-q"]).output
    assert f"not read, so none of their entries is in the edition:\n  other.csv:" in quiet and says in quiet


@pytest.mark.parametrize("header", ["Date\tFrom\tRecipient\tAbstract", "Datum\tAbsender\tEmpfänger\tRegest",
                                    "date\tSENDER\tReceiver\tSummary", "Datum brief\tSchrijver\tGeadresseerde(n)\tKorte inhoud",
                                    "Date\tAuthor\tRecipient(s)\tSummary"])
def test_a_spreadsheet_s_own_names_for_the_columns_are_read(tmp_path, header):
    """"Recipient", "Empfänger", "SENDER": a table of letters names its columns as its
    makers do (the header words of text tables), not only as csv2cmi does; the recipient was dropped before
    (and where its header said "(n)" or "(s)" for the plural)."""
    root = make_edition(tmp_path, {"t.tsv": f"{header}\n1835-04-03\tAnna Weber\tKarl Brandt\tOn the harvest.\n"},
                        authorities=False)
    result, out = build(root)
    assert [(r["sender"], r["addressee"], r["date"], r["summary"]) for r in out] == [
        ("Anna Weber", "Karl Brandt", "1835-04-03", "On the harvest.")]
    assert not result.report.files[0].problems


@pytest.mark.parametrize("header, row, unread", [
    ("sender,addressee,recipient,senderDate", "Anna Weber,Karl Brandt,Ilse Roth,1835", "recipient"),
    ("Date,From,To,Abstract,Notes,Remarks", "1835,Anna Weber,Karl Brandt,Ilse Roth,On the harvest,copy", "Remarks"),
])
def test_a_column_named_twice_is_read_once(tmp_path, header, row, unread):
    """"addressee" and "recipient" both: the addressee is read (a name written so first); of
    "Abstract", "Notes" and "Remarks" the first is the summary, the second csv2cmi's note (a
    new user's "Summary,Notes" lost the notes), the third is reported."""
    root = make_edition(tmp_path, {"t.csv": f"{header}\n{row}\n"}, authorities=False)
    result, out = build(root)
    assert out[0]["addressee"] == "Karl Brandt"
    assert out[0]["summary"] == ("" if "recipient" in header else "Ilse Roth")
    assert any(p["message"].startswith(f"column(s) not read: {unread}") for p in result.report.files[0].problems)
    if "Notes" in header:
        assert out[0]["note"] == "On the harvest"


def test_a_table_s_own_number_of_each_letter_is_kept(tmp_path):
    root = make_edition(tmp_path, {"t.csv": "Nr,Date,From,To\n12,1835,Anna Weber,Karl Brandt\n"}, authorities=False)
    result, _ = build(root)
    (letter,) = (root / "tei" / "letters").glob("*.xml")
    assert '<idno type="number">12</idno>' in letter.read_text()
    assert not any("not read" in p["message"] for p in result.report.files[0].problems)


def test_unknown_columns_and_extra_cells_are_reported(tmp_path):
    table = "sender,addressee,senderDate,Farbe\nAnna Weber,Karl Brandt,1835,blau,surplus\n"
    root = make_edition(tmp_path, {"t.csv": table}, authorities=False)
    result, _ = build(root)
    messages = {(p["line"], p["message"]) for p in result.report.files[0].problems}
    assert (1, next(m for _, m in messages if m.startswith("column(s) not read: Farbe"))) in messages
    assert any(line == 2 and "beyond the last column not read: surplus" in m for line, m in messages)


def test_the_sample_s_lookup_files_are_never_read_as_listings(tmp_path):
    root = make_edition(tmp_path)  # the sample: raw/*.csv matches authorities.csv and gazetteer.csv
    result = generate(settings_mod.load(root))
    assert [f.file for f in result.report.files] == ["sino-soviet-relations.txt"]


def test_a_table_with_the_cli_and_strict(tmp_path):
    root = make_edition(tmp_path, {"letters.csv": TABLE.read_text("utf-8")}, authorities=False)
    result = CliRunner().invoke(main, ["--root", str(root), "tei"])
    assert result.exit_code == 0, result.output
    assert "letters.csv: 11 lines, 8 entries, 8 documents" in result.output
    assert "letters.csv:10: not an entry (nothing to make a letter of" in result.output
    strict = CliRunner().invoke(main, ["--root", str(root), "tei", "--strict"])
    assert strict.exit_code == 1  # rows 8, 10 and 11 were not fully understood


def test_a_key_needs_its_edition_and_this_edition_s_own_are_written_anew(tmp_path):
    table = ("sender,addressee,senderDate,edition,key\n"
             "Anna Weber,Karl Brandt,1835,,12\n"
             "Anna Weber,Karl Brandt,1836,\"Sino-Soviet Relations, 1948-1949: A Calendar of Letters\",7\n"
             "Anna Weber,Karl Brandt,1837,Briefe,https://example.org/sino-soviet-relations/old-id.html\n")
    root = make_edition(tmp_path, {"t.csv": table}, authorities=False)
    result, out = build(root)
    assert [(p["line"], p["message"]) for p in result.report.files[0].problems] == [
        (2, "key '12' without an edition is not kept")]
    assert [(r["edition"], r["key"].rsplit("/", 1)[-1]) for r in out] == [
        ("Sino-Soviet Relations, 1948-1949: A Calendar of Letters", f"{out[0]['id']}.html"),
        ("Sino-Soviet Relations, 1948-1949: A Calendar of Letters", f"{out[1]['id']}.html"),
        ("Briefe", f"{out[2]['id']}.html")]


def test_a_new_spelling_with_a_known_id_joins_the_register_entry(tmp_path):
    """The register (from an earlier run, or an editor) knows the id: a new spelling in the
    table with that id is a name of the same entry, not a second person with one id."""
    root = make_edition(tmp_path, {"t.csv": "sender,senderID,addressee,senderDate\n"
                                            "\"Weber, Anna\",https://d-nb.info/gnd/1000000011,Karl Brandt,1835\n"},
                        authorities=False)
    build(root)
    (root / "raw" / "t.csv").write_text("sender,senderID,addressee,senderDate\n"
                                        "Anna Weber,http://d-nb.info/gnd/1000000011,Karl Brandt,1836\n")
    result, out = build(root)
    persons = etree.parse(str(root / "tei" / "register" / "persons.xml"))
    holders = persons.xpath("//t:person[t:idno = 'https://d-nb.info/gnd/1000000011']", namespaces=NS)
    assert len(holders) == 1 and holders[0].get("{http://www.w3.org/XML/1998/namespace}id") == "weber-anna"
    assert "Anna Weber" in holders[0].xpath("t:persName/text()", namespaces=NS)
    # The 1835 letter's row is gone, so is the letter; the 1836 one names her as the register does.
    assert [(r["senderDate"], r["sender"]) for r in out] == [("1836", "Weber, Anna")]
    assert [p.rsplit("/", 1)[-1] for p in result.report.written["removed"]] == ["letter_1835_weber-anna_karl-brandt.xml"]
    assert any("'Anna Weber' has its id" in line for line in result.report.register_log)


def test_an_unknown_party_is_no_person_and_an_indexed_name_is_its_person(tmp_path):
    """A blind generator's table: "Unknown" in the sender column became a person "Unknown" with
    a register entry; "Valsecchi, Clelia" in one row and "Clelia Valsecchi" in another were two
    people."""
    table = ("sender,senderDate,addressee\n"
             "Unknown,1830-07-07,\"Valsecchi, Clelia\"\n"
             "\"Morandi, Clelia\",1830-07-08,Clelia Valsecchi\n"
             "N. N.,1830-07-09,\"Morandi, Clelia|Valsecchi, Clelia\"\n")
    root = make_edition(tmp_path, {"t.csv": table}, authorities=False)
    build(root)
    persons = etree.parse(str(root / "tei" / "register" / "persons.xml"))
    entries = {p.get("{http://www.w3.org/XML/1998/namespace}id"): p.xpath("t:persName/text()", namespaces=NS)
               for p in persons.iterfind(".//t:person", NS)}
    assert entries == {"valsecchi-clelia": ["Valsecchi, Clelia", "Clelia Valsecchi"],
                       "morandi-clelia": ["Morandi, Clelia", "Clelia Morandi"]}
    refs = sorted(r.split("#")[1] for letter in (root / "tei" / "letters").glob("*.xml")
                  for r in etree.parse(str(letter)).xpath("//t:correspAction/t:persName/@ref", namespaces=NS))
    assert refs == ["morandi-clelia", "morandi-clelia", "valsecchi-clelia", "valsecchi-clelia", "valsecchi-clelia"]


def test_names_listed_with_semicolons_in_a_cell_are_several(tmp_path):
    """A spreadsheet of a catalogue lists "A; B" where csv2cmi writes "A|B": one person was made
    of two (a blind judge's Spanish table); "|" still splits, and a cell that has it is split there."""
    table = ("Remitente\tDestinatario\tFecha\n"
             "Anna Weber; Ilse Roth\tKarl Brandt\t1835-04-03\n"
             "Anna Weber|Ilse Roth\tKarl Brandt; Jean Martin\t1835-04-04\n")
    root = make_edition(tmp_path, {"t.tsv": table}, authorities=False)
    _, out = build(root)
    assert [(r["sender"], r["addressee"]) for r in out] == [
        ("Anna Weber|Ilse Roth", "Karl Brandt"), ("Anna Weber|Ilse Roth", "Karl Brandt|Jean Martin")]


def test_a_date_written_as_listings_write_it_is_read(tmp_path):
    """A table's date not in ISO/EDTF is read as a listing's is (in the edition's day
    order); one that cannot be read without a guess stays as text and is reported."""
    table = ("sender,addressee,senderDate\n"
             "Inés Garrido,Ramón Abad,29 de enero de 1859\n"
             "Ramón Abad,Inés Garrido,[after 3 May 1850]\n"
             "Ramón Abad,Inés Garrido,4/5/1851\n"
             "Ramón Abad,Inés Garrido,Winter 1852\n"
             "Ramón Abad,Inés Garrido,s.f.\n")
    path = tmp_path / "letters.csv"
    path.write_text(table, "utf-8")
    # (4/5/1851: not read unless the edition says its dates are day first, or no file's
    # date shows the order; False: the file's dates showed month first)
    for day_first, third in ((None, None), (True, {"when": "1851-05-04"}), (False, {"when": "1851-04-05"})):
        read = tabular.read_table(path, day_first=day_first)
        assert [e.date.attributes() if e.date else None for e in read.listing.entries] == [
            {"when": "1859-01-29"}, {"notBefore": "1850-05-04", "cert": "medium"}, third, None, None]
        # ("s.f.": the table says it is undated, nothing to report)
        assert [bool(r.problems) for r in read.rows] == [False, False, third is None, True, False]
        assert read.rows[3].problems[0].startswith("senderDate kept as text, not read")
        if third is None:  # (what to do about it)
            assert "set [edition] day_first = true in edition.toml" in read.rows[2].problems[0]


@pytest.mark.parametrize("shown, order, read", [("25/03/1861", "day", "1851-05-04"), ("03/25/1861", "month", "1851-04-05")])
def test_a_table_whose_dates_show_their_order_is_read_in_it(tmp_path, shown, order, read):
    """One date the order cannot be mistaken in ("25/03/1861") tells how the file's others
    ("4/5/1851") are written; the report says so, on the line that shows it."""
    path = tmp_path / "letters.csv"
    path.write_text(f"sender,addressee,senderDate\nRamón Abad,Inés Garrido,4/5/1851\nInés Garrido,Ramón Abad,{shown}\n")
    table = tabular.read_table(path)
    assert [e.date.when for e in table.listing.entries][0] == read
    assert table.listing.notes == [(3, f"numeric dates are read {order} first in this file, as {shown} here shows "
                                       "([edition] day_first = true sets day first for every file)")]
    path.write_text(f"sender,addressee,senderDate\nRamón Abad,Inés Garrido,4/5/1851\nInés Garrido,Ramón Abad,25/03/1861\n"
                    "Inés Garrido,Ramón Abad,03/25/1861\n")  # (merged from two sources: no order)
    table = tabular.read_table(path)
    assert table.listing.entries[0].date is None and not table.listing.notes


@pytest.mark.parametrize("cell, names", [
    ("Leonor Ezcurra Vidal y Jacinta Ezcurra Vidal", ["Leonor Ezcurra Vidal", "Jacinta Ezcurra Vidal"]),
    ("Francisco Quintanilla y Pilar Peñalosa y Garcés", ["Francisco Quintanilla", "Pilar Peñalosa y Garcés"]),
    ("Pilar Peñalosa y Garcés", ["Pilar Peñalosa y Garcés"]),  # two surnames joined by "y": one person
    ("Juan Pérez y Gómez de la Serna", ["Juan Pérez y Gómez de la Serna"]),
    ("Museo de Historia y Arte Moderno", ["Museo de Historia y Arte Moderno"]),
    ("Excmo. Sr. Francisco Ibarrola y Luis Lasarte", ["Excmo. Sr. Francisco Ibarrola", "Luis Lasarte"]),
])
def test_spanish_names_joined_by_y(tmp_path, cell, names):
    path = tmp_path / "cartas.tsv"
    path.write_text(f"Remitente\tDestinatario\tFecha\n{cell}\tRamón Abad\t1850\n", "utf-8")
    (title,) = tabular.read_table(path).titles
    assert [n.written for n in title.senders] == names


def test_one_id_beside_names_joined_by_y_keeps_them_one(tmp_path):
    """An id for the cell as written says it names one party: it is not parted at "y"."""
    path = tmp_path / "letters.csv"
    path.write_text("sender,senderID,addressee,senderDate\n"
                    "Leonor Ezcurra y Jacinta Vidal,http://d-nb.info/gnd/118540238,Ramón Abad,1850\n", "utf-8")
    (title,) = tabular.read_table(path).titles
    assert [n.written for n in title.senders] == ["Leonor Ezcurra y Jacinta Vidal"]


def test_a_shelfmark_goes_to_the_csv_and_comes_back(tmp_path):
    """A record's shelfmark is a column of letters.csv, and read back from it (a new user's
    trial: it reached the TEI and the HTML page only)."""
    text = ("Brief Nr. 15\nAbsender: Hans Keller\nEmpfänger: Clara Wendt\nDatum: 5. März 1851\n"
            "Signatur: NL Brandt 3/12\nRegest: Dank für die Bücher.\n")
    root = make_edition(tmp_path, {"akten.txt": text}, authorities=False)
    _, rows = build(root)
    assert [row["shelfmark"] for row in rows] == ["NL Brandt 3/12"]
    again = tabular.read_table(root / "output" / "letters.csv")
    assert again.listing.entries[0].idnos == [("shelfmark", "NL Brandt 3/12")]


def test_a_database_export_saved_as_text_is_read_as_a_table(tmp_path):
    """A semicolon-separated export saved as .txt (the sixth blind generator's): its header
    names the columns, a quoted cell holds a separator and a line break, its dates are EDTF.
    Read as a table, not a listing (it had read none of its 400 rows)."""
    text = ('id;date;sender;sender_place;recipient;recipient_place;notes\n'
            '1;1879;"Hollmann & Co. (Verlag)";Haarlem;Tennant, L.;Paris;"see also id 3; ""draft"""\n'
            '2;1869~;Margaret Penrhyn;Göttingen;Gustav Eberding;Amsterdam;"fragment\nsecond leaf missing"\n'
            '3;1840-12-22/1840-12-23;Eberding, Gustav;Weimar;Graebe, Moritz;Leiden;\n')
    path = tmp_path / "export.txt"
    path.write_text(text, encoding="utf-8")
    prose = tmp_path / "listing.txt"
    prose.write_text("Date; sender; recipient: a note on the columns below\n3 May 1850\nA to B\n", encoding="utf-8")
    assert tabular.is_table(path) and not tabular.is_table(prose)
    table = tabular.read_table(path)
    assert [(e.first_line, e.last_line) for e in table.listing.entries] == [(2, 2), (3, 4), (5, 5)]
    assert [e.date.attributes() for e in table.listing.entries] == [
        {"when": "1879"}, {"when": "1869", "precision": "low"}, {"from": "1840-12-22", "to": "1840-12-23"}]


def test_a_carriage_return_in_a_text_file_head_is_no_table_and_no_crash(tmp_path):
    """Windows line ends keep an export a table; a lone "\r" inside the first line (an old Mac
    file, a stray byte) is no header: read as a listing, not a crash (CI's hypothesis case)."""
    export = tmp_path / "export.txt"
    export.write_bytes(b"date;sender;recipient\r\n1850;A;B\r\n")
    stray = tmp_path / "l.txt"
    stray.write_bytes(b"\r0\n")
    odd = tmp_path / "odd.txt"
    odd.write_bytes(b"date;send\rer;recipient\n1850;A;B\n")
    assert tabular.is_table(export)
    assert not tabular.is_table(stray) and not tabular.is_table(odd)


def test_a_lone_carriage_return_in_a_table_does_not_shift_line_numbers(tmp_path):
    """A stray "\r" inside a row is a space, as in a listing (read.lines_of): the rows after it
    keep the line numbers an editor's tools show, and a header holding one says what it is."""
    path = tmp_path / "letters.csv"
    path.write_bytes(b"date;sender;recipient\n1850;A\rx;B\n1851;C;D\n")
    entries = tabular.read_table(path).listing.entries
    assert [(e.first_line, e.title) for e in entries] == [(2, "A x to B"), (3, "C to D")]
    path.write_bytes(b"\r0\n")
    with pytest.raises(tabular.ReadError, match=r"letters.csv:1: not a table of letters"):
        tabular.read_table(path)


def test_a_firm_in_a_cell_is_an_organisation(tmp_path):
    root = make_edition(tmp_path, {"t.csv": "Date,From,To\n1807,Hope & Co.,Peter Ruhl\n1807,Anna & Karl Berg,Peter Ruhl\n"},
                        authorities=False)
    build(root)
    texts = [p.read_text() for p in sorted((root / "tei" / "letters").glob("*.xml"))]
    assert any("<orgName" in t and ">Hope &amp; Co.</orgName>" in t for t in texts)
    assert not any("Karl Berg</orgName>" in t for t in texts)  # (persons' names, not a firm)
