"""CMIF with places of writing, what `corresp cmif` reports, and `corresp cmif --check`."""

from __future__ import annotations

import filecmp
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from conftest import SHARED, make_edition
from pipeline import cmif as cmif_mod
from pipeline import settings as settings_mod
from pipeline import transform
from pipeline.cli import main
from pipeline.edition import generate
from pipeline.schematron import Schematron
from pipeline.validate import SCHEMAS

HERE = Path(__file__).resolve().parent
TABLE = HERE / "data" / "csv2cmi-letters.csv"
NS = {"t": "http://www.tei-c.org/ns/1.0"}
BASE = "https://example.org/sino-soviet-relations/"


def write_cmif(root: Path) -> tuple[Path, list[str]]:
    generate(settings_mod.load(root))
    st = transform.Stylesheets()
    path = st.cmif(root / "tei", root / "output" / "cmif.xml", settings_mod.load(root).params())
    return path, st.messages


@pytest.fixture(scope="module")
def table_cmif(tmp_path_factory):
    root = make_edition(tmp_path_factory.mktemp("t"), {"letters.csv": TABLE.read_text("utf-8")}, authorities=False)
    return write_cmif(root)


def letter(tree, name_part: str):
    (desc,) = [d for d in tree.iterfind(".//t:correspDesc", NS) if name_part in d.get("ref")]
    return desc


def test_place_of_writing_with_its_geonames_uri(table_cmif):
    path, _ = table_cmif
    tree = etree.parse(str(path))
    weber = letter(tree, "1835-04-03_weber-anna_brandt-karl")
    sent = weber.find("t:correspAction[@type='sent']", NS)
    assert [(p.text, p.get("ref")) for p in sent.iterfind("t:placeName", NS)] == [
        ("Moscow", "http://www.geonames.org/524901")]
    received = weber.find("t:correspAction[@type='received']", NS)
    assert [(p.text, p.get("ref")) for p in received.iterfind("t:placeName", NS)] == [
        ("Beijing", "http://www.geonames.org/1816670")]
    assert received.find("t:date", NS).attrib == {"when": "1835-04-20"}
    # CMIF's order in an action: names, place, date.
    assert [etree.QName(e).localname for e in sent] == ["persName", "placeName", "date"]


def test_names_carry_only_ref_and_lc_is_written_as_the_aggregator_knows_it(table_cmif):
    path, _ = table_cmif
    tree = etree.parse(str(path))
    for name in tree.iterfind(".//t:correspAction/*", NS):
        if etree.QName(name).localname != "date":
            assert set(name.attrib) <= {"ref"}, etree.tostring(name)
    novak = [p for p in tree.iterfind(".//t:persName", NS) if p.text == "Novák, Jan"]
    assert {p.get("ref") for p in novak} == {"https://lccn.loc.gov/n0000000001"}
    approximate = letter(tree, "1835_brandt-karl_societe").find(".//t:date", NS)
    assert approximate.attrib == {"when": "1835", "cert": "low"}  # 1835~ in the table


@pytest.mark.parametrize("kind", ["official", "correspsearch"])
def test_cmif_with_places_is_valid_for_the_shipped_schemas(table_cmif, kind):
    path, _ = table_cmif
    rng = etree.RelaxNG(file=str(SCHEMAS / "cmif" / kind / "cmi-customization.rng"))
    assert rng.validate(etree.parse(str(path))), str(rng.error_log)
    rules = SCHEMAS / ("cmif/official/cmif.sch" if kind == "official" else "cmif.sch")
    errors = [f for f in Schematron(rules).validate(path) if (f.role or "error") == "error"]
    assert not errors, "\n".join(map(str, errors))


def test_cmif_with_places_passes_the_aggregator_s_own_rules(table_cmif):
    """correspSearch's Schematron is not shipped (no licence); ../shared has it."""
    rules = SHARED / "schemas" / "cmif" / "correspsearch" / "cmif.sch"
    if not rules.is_file():
        pytest.skip(f"{rules} not available (../shared is only beside the project in CI)")
    path, _ = table_cmif
    errors = [f for f in Schematron(rules).validate(path) if (f.role or "error") == "error"]
    assert not errors, "\n".join(map(str, errors))


def test_shipped_cmif_schemas_are_unchanged_copies():
    for kind, name in [("official", "cmi-customization.rng"), ("official", "cmif.sch"),
                       ("correspsearch", "cmi-customization.rng")]:
        original = SHARED / "schemas" / "cmif" / kind / name
        if not original.is_file():
            pytest.skip(f"{original} not available")
        assert filecmp.cmp(SCHEMAS / "cmif" / kind / name, original, shallow=False), name
        assert (SCHEMAS / "cmif" / kind / "LICENSE").is_file()


def test_report_names_documents_left_out_and_parties_without_ids(table_cmif, sample_tei):
    _, messages = table_cmif
    lines = cmif_mod.summary(messages, 8)
    text = "\n".join(lines)
    assert lines[0] == "CMIF: 8 letter(s)"
    assert "letter_1835_brandt-karl_societe-des-amis-de-la-musique: addressee Société des Amis de la Musique " \
           "(it has a Wikidata id only)" in text
    assert "letter_1835-03-04_hans-keller_weber-anna: sender Hans Keller" in text
    assert "letter_undated_novak-jan: received" in text  # the side written "Unknown"
    assert "letter_undated_novak-jan: Winter 1839" in text  # no date CMIF can carry
    # The sample: three documents are no letters; Terebin has no id.
    st = transform.Stylesheets()
    st.cmif(sample_tei / "tei", sample_tei / "output" / "c.xml", settings_mod.load(sample_tei).params())
    sample = "\n".join(cmif_mod.summary(st.messages, 17))
    assert "CMIF: 3 document(s) left out (not letters: no sender and no recipient):" in sample
    for document in ("statement_1949-01-18", "notes_1949-01-31_anastas-mikoyan",
                     "memorandum-of-conversation_1949-01-30_anastas-mikoyan-and-mao-zedong"):
        assert f"  {document}: " in sample
    assert "  cable_1949-01-10_terebin_stalin: sender Terebin\n" in sample + "\n"


def test_a_letter_none_of_whose_parties_has_an_id_is_flagged(tmp_path):
    root = make_edition(tmp_path, {"t.csv": "sender,addressee,senderDate\nIlse Roth,Karl Brandt,1835\n"},
                        authorities=False)
    _, messages = write_cmif(root)
    text = "\n".join(cmif_mod.summary(messages, 1))
    assert "letter_1835_ilse-roth_karl-brandt: sender Ilse Roth, addressee Karl Brandt (no party identified" in text


def test_cmif_command_reports_and_checks(tmp_path):
    root = make_edition(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["--root", str(root), "tei"]).exit_code == 0
    result = runner.invoke(main, ["--root", str(root), "cmif", "--check"])
    assert result.exit_code == 0, result.output
    assert "CMIF: 17 letter(s)" in result.output
    assert "cable_1949-01-13_terebin_stalin: sender Terebin" in result.output
    assert "checked output/cmif.xml: 0 error(s)" in result.output


def test_a_date_with_a_time_zone_gives_every_output_its_day(tmp_path):
    """TEI lets an editor write when="1949-01-10+03:00" (a W3C date with its time zone);
    CMIF takes YYYY-MM-DD only, and neither HTML's datetime nor ISO 8601 a day with a zone.
    Every output gives the day as written (before, cmif.xml left the date out, and the HTML
    and the CSV copied the zone)."""
    root = make_edition(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["--root", str(root), "tei"]).exit_code == 0
    path = root / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml"
    text = path.read_text("utf-8")
    head, sent, rest = text.partition('<correspAction type="sent">')
    assert sent and rest.count('when="1949-01-10"') == 1
    path.write_text(head + sent + rest.replace('when="1949-01-10"', 'when="1949-01-10+03:00"'), "utf-8")
    result = runner.invoke(main, ["--root", str(root), "cmif", "--check"])
    assert result.exit_code == 0, result.output
    assert "checked output/cmif.xml: 0 error(s)" in result.output
    sent = letter(etree.parse(str(root / "output" / "cmif.xml")), "cable_1949-01-10_mao_filippov") \
        .find("t:correspAction[@type='sent']", NS)
    assert [d.attrib for d in sent.iterfind("t:date", NS)] == [{"when": "1949-01-10"}]
    for stage in ("csv", "html"):
        assert runner.invoke(main, ["--root", str(root), stage]).exit_code == 0
    rows = (root / "output" / "letters.csv").read_text("utf-8").splitlines()
    assert [row.split(",")[4] for row in rows if "cable_1949-01-10_mao_filippov" in row] == ["1949-01-10"]
    html = root / "output" / "html"
    for page in (html / "cable_1949-01-10_mao_filippov.html", html / "index.html"):
        assert "+03:00" not in page.read_text("utf-8") and 'datetime="1949-01-10"' in page.read_text("utf-8")


def test_check_fails_with_the_part_and_what_to_do(tmp_path, sample_tei):
    # edition.toml refuses such an address; a CMIF file edited after corresp wrote it may have it
    path = tmp_path / "cmif.xml"
    params = settings_mod.load(sample_tei).params()
    transform.cmif(sample_tei / "tei", path, params)
    path.write_text(path.read_text("utf-8").replace(params["cmif_url"], "ftp:/example.org/cmif.xml"), "utf-8")
    problems = [p.format("output/cmif.xml") for p in cmif_mod.check(path, params["base_url"]) if p.is_error]
    assert problems and all(p.startswith("output/cmif.xml:") for p in problems)
    assert any(": header: " in p and "→ check [cmif] url in edition.toml" in p for p in problems), problems


def test_check_that_fails_exits_non_zero(tmp_path, monkeypatch):
    root = make_edition(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["--root", str(root), "tei"]).exit_code == 0
    failure = cmif_mod.Problem(7, "header", "correspSearch", "error", "a made-up failure", "do this")
    monkeypatch.setattr(cmif_mod, "check", lambda path, base_url: [failure])
    result = runner.invoke(main, ["--root", str(root), "cmif", "--check"])
    assert result.exit_code == 1
    assert "output/cmif.xml:7: header: correspSearch: error: a made-up failure\n    → do this" in result.output
    assert "would not pass correspSearch's checks" in result.output


def test_check_names_the_letter_of_each_failure(tmp_path, sample_tei):
    path = tmp_path / "cmif.xml"
    transform.cmif(sample_tei / "tei", path, settings_mod.load(sample_tei).params())
    text = path.read_text("utf-8")
    target = "cable_1949-01-10_mao_filippov.html"
    at = text.index(target)
    end = text.index("</correspDesc>", at)
    broken = text[:at] + text[at:end].replace(
        '<correspAction type="received">',
        '<correspAction type="received">\n<placeName ref="http://www.geonames.org/1816670/beijing.html">Beijing</placeName>', 1) \
        + text[end:]
    path.write_text(broken, "utf-8")
    problems = cmif_mod.check(path, BASE)
    assert problems and all(p.letter == "cable_1949-01-10_mao_filippov" for p in problems), problems
    geonames = [p for p in problems if "GeoNames" in p.message or "geonames" in p.message]
    assert geonames and geonames[0].hint.startswith("give the place its GeoNames URI")
    assert geonames[0].format("output/cmif.xml").startswith("output/cmif.xml:")


def test_the_summary_names_the_first_documents_of_a_kind_with_all_their_details():
    messages = ["no-id\ta\tsender A", "no-id\tb\tsender B", "no-id\tc\tsender C",
                "no-id\ta\taddressee D", "none-identified\tc\t", "none-identified\ta\t", "unknown\tc\treceived"]
    lines = cmif_mod.summary(messages, 3, limit=2)
    no_id = lines[lines.index(f"CMIF: 3 document(s) {cmif_mod._SUMMARY['no-id']}:") + 1:][:3]
    assert no_id == ["  a: sender A, addressee D (no party identified: the aggregator can link none)",
                     "  b: sender B", "  … and 1 more"]
    assert "  c: received" in lines
