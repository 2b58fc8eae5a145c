"""The project schemas (schemas/corresp.rng, corresp.sch, cmif.sch) and pipeline.validate.

* the generated tei/ is valid against the project schemas, the official tei_all.rng (lxml,
  and jing if installed) and the official tei_all.sch;
* corresp.rng is a subset of tei_all: structurally (elements, children, attributes), and by
  validating hand-enriched documents against both;
* each rule of corresp.sch fires on a broken copy of a generated file, at the right line;
* cmif.sch agrees with the official CMIF schemas on a sample CMIF file.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest
from lxml import etree

from pipeline.lines import UNDATED
from pipeline.doctypes import VOCABULARY
from pipeline.schematron import Schematron
from pipeline.validate import Finding, Validator

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TEI_ALL_RNG = SHARED / "schemas" / "tei" / "tei_all.rng"
TEI_ALL_SCH = SHARED / "schemas" / "tei" / "tei_all.sch"
CMIF_OFFICIAL = SHARED / "schemas" / "cmif" / "official"
CMIF_CORRESPSEARCH = SHARED / "schemas" / "cmif" / "correspsearch"
needs_shared = pytest.mark.skipif(
    not SHARED.is_dir(), reason=f"official TEI/CMIF schemas absent: {SHARED} does not exist")

TEI_NS = "http://www.tei-c.org/ns/1.0"
RNG_NS = "http://relaxng.org/ns/structure/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
NS = {"tei": TEI_NS}
T = f"{{{TEI_NS}}}"

GENERATED = sorted((ROOT / "tei" / "letters").glob("*.xml")) + sorted((ROOT / "tei" / "register").glob("*.xml"))
needs_generated = pytest.mark.skipif(
    not GENERATED, reason="tei/ holds no files: run `python -m pipeline tei` first")


# --- fixtures ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator(ROOT)


@pytest.fixture
def tei(tmp_path) -> Path:
    """A copy of the whole tei/ tree (relative @refs keep resolving); returns its root."""
    if not GENERATED:
        pytest.skip("tei/ holds no files: run `python -m pipeline tei` first")
    root = tmp_path / "edition"
    shutil.copytree(ROOT / "tei", root / "tei")
    return root


def errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.is_error]


def show(findings: list[Finding], root: Path = ROOT) -> str:
    return "\n".join(f.format(root) for f in findings)


def tei_all_errors(rng: etree.RelaxNG, paths: list[Path]) -> list[str]:
    problems = []
    for path in paths:
        if not rng.validate(etree.parse(str(path))):
            problems += [f"{path}:{e.line}: {e.message}" for e in rng.error_log]
    return problems


def sch_errors(sch: Schematron, paths: list[Path]) -> list[str]:
    """Findings whose role is error, fatal or missing (TEI marks advice as nonfatal/warning)."""
    return [str(f) for path in paths for f in sch.validate(path)
            if (f.role or "error").lower() not in {"warning", "nonfatal", "info", "information"}]


# --- the generated files ------------------------------------------------------------------


@needs_generated
def test_generated_tei_is_valid_against_the_project_schemas(validator):
    findings = validator.validate(GENERATED)
    assert not errors(findings), show(findings)


@needs_generated
def test_generated_tei_is_valid_against_tei_all(tei_all_rng):
    assert not tei_all_errors(tei_all_rng, GENERATED)


@needs_shared
def test_jing_accepts_the_generated_and_enriched_files(enriched):
    """A second RELAX NG engine: tei_all and corresp.rng (whose ID attributes must also
    satisfy jing's DTD-compatibility checks)."""
    jing = shutil.which("jing")
    if jing is None:
        pytest.skip("jing is not installed (Debian package `jing`)")
    for schema in (TEI_ALL_RNG, ROOT / "schemas" / "corresp.rng"):
        result = subprocess.run([jing, str(schema), *map(str, GENERATED + enriched)],
                                capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, f"{schema.name}:\n{result.stdout}"


@needs_generated
def test_generated_tei_passes_the_tei_all_schematron(tei_all_sch):
    assert not sch_errors(tei_all_sch, GENERATED)


@needs_generated
def test_validating_hundreds_of_files_with_one_validator(tmp_path, validator):
    """Hundreds of files through one Validator (schemas compiled once); its speed is measured
    by benchmarks/run.py, not here."""
    letters = tmp_path / "tei" / "letters"
    shutil.copytree(ROOT / "tei" / "register", tmp_path / "tei" / "register")
    letters.mkdir()
    sources = sorted((ROOT / "tei" / "letters").glob("*.xml"))
    copies = max(1, 300 // max(1, len(sources)))
    for n in range(copies):
        for source in sources:
            new_id = f"{source.stem}-copy{n}"
            (letters / f"{new_id}.xml").write_text(
                source.read_text(encoding="utf-8").replace(f'xml:id="{source.stem}"', f'xml:id="{new_id}"'),
                encoding="utf-8")
    paths = sorted((tmp_path / "tei").rglob("*.xml"))
    findings = validator.validate(paths)
    assert len(paths) > 300
    assert not errors(findings), show(findings, tmp_path)


# --- corresp.rng is a subset of tei_all -------------------------------------------------

def _element_summary(rng_path: Path) -> dict[str, tuple[set[str], set[str]]]:
    """element name → (child element names, attribute names) over all its definitions."""
    root = etree.parse(str(rng_path)).getroot()
    defines = defaultdict(list)
    for d in root.iter(f"{{{RNG_NS}}}define"):
        defines[d.get("name")].append(d)
    summary: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))

    def walk(node, children: set, attributes: set, seen: frozenset) -> None:
        for child in node:
            if not isinstance(child.tag, str) or not child.tag.startswith(f"{{{RNG_NS}}}"):
                continue
            tag = etree.QName(child).localname
            if tag == "element":
                children.add(child.get("name"))
            elif tag == "attribute":
                attributes.add(child.get("name"))
            elif tag == "ref":
                if child.get("name") not in seen:
                    for d in defines[child.get("name")]:
                        walk(d, children, attributes, seen | {child.get("name")})
            else:
                walk(child, children, attributes, seen)

    for element in root.iter(f"{{{RNG_NS}}}element"):
        children, attributes = summary[element.get("name")]
        walk(element, children, attributes, frozenset())
    return summary


@needs_shared
def test_every_element_child_and_attribute_of_corresp_rng_is_allowed_by_tei_all():
    ours = _element_summary(ROOT / "schemas" / "corresp.rng")
    theirs = _element_summary(TEI_ALL_RNG)
    problems = []
    for name, (children, attributes) in sorted(ours.items()):
        if name not in theirs:
            problems.append(f"<{name}> is not a TEI element")
            continue
        if extra := children - theirs[name][0]:
            problems.append(f"<{name}> may not contain {sorted(extra)} in tei_all")
        if extra := attributes - theirs[name][1]:
            problems.append(f"<{name}> may not have {sorted(extra)} in tei_all")
    assert not problems, "\n".join(problems)


def test_doctype_keys_in_the_schema_match_the_vocabulary():
    grammar = etree.parse(str(ROOT / "schemas" / "corresp.rng"))
    values = grammar.xpath("//r:define[@name='doctype.keys']//r:value/text()", namespaces={"r": RNG_NS})
    assert sorted(values) == sorted(VOCABULARY)


def test_every_define_is_documented():
    grammar = etree.parse(str(ROOT / "schemas" / "corresp.rng"))
    undocumented = grammar.xpath(
        "//r:define[not(a:documentation)]/@name",
        namespaces={"r": RNG_NS, "a": "http://relaxng.org/ns/compatibility/annotations/1.0"})
    assert not undocumented


# Hand enrichments an editor makes: every one must be valid against corresp.rng AND tei_all.
ENRICHED_LETTER = """\
<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="letter_1949-01-06_stalin_mao" xml:lang="en">
  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title>Letter, Stalin and Molotov to Mao, January 6, 1949</title>
        <editor>An Editor <email>editor@example.org</email></editor>
      </titleStmt>
      <publicationStmt>
        <publisher>corresp test edition</publisher>
        <idno type="URL">https://example.org/letter_1949-01-06_stalin_mao.html</idno>
        <availability><licence target="https://creativecommons.org/licenses/by/4.0/"/></availability>
      </publicationStmt>
      <sourceDesc>
        <bibl>
          <author><persName ref="../register/persons.xml#stalin">Stalin</persName></author>
          <title type="entry">Letter, Stalin and Molotov to Mao</title>
          <date when="1949-01-06" cert="high">January 6, 1949</date>
          <idno type="signature">RGASPI f. 558, op. 11, d. 330</idno>
          <biblScope unit="page" from="12" to="14">pp. 12-14</biblScope>
          <relatedItem type="collection"><bibl><title type="collection">Test</title></bibl></relatedItem>
          <note type="input">test.txt, lines 1-3</note>
          <note>Checked against the archive copy.</note>
        </bibl>
      </sourceDesc>
    </fileDesc>
    <profileDesc>
      <correspDesc>
        <correspAction type="sent">
          <persName ref="../register/persons.xml#stalin"><roleName>Comrade</roleName> <surname>Stalin</surname></persName>
          <persName ref="../register/persons.xml#molotov" cert="medium"><forename>Vyacheslav</forename> <surname>Molotov</surname></persName>
          <placeName ref="../register/places.xml#moscow">Moscow</placeName>
          <date notBefore="1949-01-05" notAfter="1949-01-06" cert="low">January 5 or 6, 1949</date>
          <note>The draft is in Molotov's hand.</note>
        </correspAction>
        <correspAction type="transmitted" n="1">
          <orgName ref="../register/orgs.xml#ccp">CCP</orgName>
        </correspAction>
        <correspAction type="received">
          <persName ref="../register/persons.xml#mao">Mao</persName>
          <placeName ref="../register/places.xml#xibaipo">Xibaipo</placeName>
          <date when="1949-01">January 1949</date>
        </correspAction>
        <correspContext>
          <ref type="prev" target="cable_1948-12-30_mao_stalin.xml">Mao's cable of 30 December</ref>
          <ref type="next" target="cable_1949-01-10_mao_stalin.xml"/>
        </correspContext>
        <note>Sent through the Soviet cipher service.</note>
      </correspDesc>
      <correspDesc type="enclosure">
        <correspAction type="sent"><persName ref="../register/persons.xml#molotov">Molotov</persName></correspAction>
        <correspAction type="received"><persName ref="../register/persons.xml#mao">Mao</persName></correspAction>
      </correspDesc>
      <textClass>
        <keywords>
          <term type="doctype" key="letter">Letter</term>
          <term type="subject">Peace negotiations</term>
        </keywords>
      </textClass>
      <abstract>
        <p><persName ref="../register/persons.xml#stalin">Stalin</persName> advises <persName
          ref="../register/persons.xml#mao">Mao</persName> on the talks of <date from="1949-01-01"
          to="1949-01-31">January</date>.<note>Summary shortened by the editor.</note></p>
        <p>With <hi rend="italic">emphasis</hi>, <foreign xml:lang="ru">da</foreign>, <q>quoted</q>,
          <title level="j">Pravda</title>, <rs type="person" ref="../register/persons.xml#mao">the
          Chairman</rs>, <term>mediation</term>, <num value="2">two</num> planes.</p>
      </abstract>
    </profileDesc>
  </teiHeader>
  <text>
    <body>
      <head>Letter</head>
      <p>Dear <choice><sic>Moa</sic><corr>Mao</corr></choice>,<lb/>we <unclear reason="faded">agree</unclear>
        <supplied reason="omitted">to</supplied> <gap reason="illegible" quantity="2" unit="word"/> the
        <seg type="clause">proposal</seg>.</p>
      <pb n="2"/>
      <div type="postscript">
        <head>P.S.</head>
        <p><quote>A quotation</quote> and <ref target="https://example.org/">a link</ref>.</p>
      </div>
    </body>
  </text>
</TEI>
"""

ENRICHED_MEMORANDUM = """\
<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="memorandum-of-conversation_1949-01-30_mao" xml:lang="en">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>Memorandum of Conversation with Mao, January 30, 1949</title></titleStmt>
      <publicationStmt><publisher>corresp test edition</publisher></publicationStmt>
      <sourceDesc>
        <bibl><title type="entry">Memorandum of Conversation with Mao</title>
          <relatedItem type="source"><bibl><title level="j">Izvestia</title></bibl></relatedItem></bibl>
      </sourceDesc>
    </fileDesc>
    <profileDesc>
      <creation><date when="1949-01-30">January 30, 1949</date>
        <placeName ref="../register/places.xml#xibaipo">Xibaipo</placeName></creation>
      <particDesc>
        <listPerson>
          <person role="participant" sameAs="../register/persons.xml#mao">
            <persName ref="../register/persons.xml#mao">Mao Zedong</persName>
            <note>Spoke through an interpreter.</note>
          </person>
        </listPerson>
      </particDesc>
      <textClass><keywords><term type="doctype" key="memorandum-of-conversation">Memorandum of
        Conversation</term></keywords></textClass>
    </profileDesc>
  </teiHeader>
  <text><body><p><gap reason="notTranscribed"/></p></body></text>
</TEI>
"""

_REGISTER = """\
<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="{id}">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>{title}</title></titleStmt>
      <publicationStmt><p>Test.</p></publicationStmt>
      <sourceDesc><p>Test.</p></sourceDesc>
    </fileDesc>
  </teiHeader>
  <text>
    <body>
{body}
    </body>
  </text>
</TEI>
"""

ENRICHED_REGISTERS = {
    "persons.xml": _REGISTER.format(id="persons", title="Persons", body="""\
      <listPerson>
        <head>Persons</head>
        <person xml:id="stalin">
          <persName type="preferred">Joseph Stalin</persName>
          <persName type="short">Stalin</persName>
          <persName type="pseudonym">Filippov</persName>
          <persName type="full"><forename>Joseph</forename> <addName>Vissarionovich</addName> <surname>Stalin</surname></persName>
          <persName type="rejected">Mao</persName>
          <idno type="wikidata">http://www.wikidata.org/entity/Q855</idno>
          <birth when="1878-12-18"><placeName ref="places.xml#gori">Gori</placeName></birth>
          <death when="1953-03-05">Moscow</death>
          <occupation from="1922" to="1952">General Secretary</occupation>
          <affiliation notBefore="1898"><orgName ref="orgs.xml#cpsu">Communist Party</orgName></affiliation>
          <sex value="M">male</sex>
          <note type="corresp">Added by corresp.</note>
        </person>
        <person xml:id="molotov" cert="high">
          <persName type="preferred">Vyacheslav Molotov</persName>
          <persName type="variant">V. M. Molotov</persName>
        </person>
        <person xml:id="mao">
          <persName type="preferred">Mao Zedong</persName>
          <persName type="short">Mao</persName>
          <idno type="VIAF" cert="medium">http://viaf.org/viaf/51699962</idno>
        </person>
        <person xml:id="mao-tse-tung" sameAs="#mao">
          <persName type="preferred">Mao Tse-tung</persName>
        </person>
      </listPerson>"""),
    "places.xml": _REGISTER.format(id="places", title="Places", body="""\
      <listPlace>
        <place xml:id="moscow">
          <placeName type="preferred">Moscow</placeName>
          <placeName type="abbreviation">Msk</placeName>
          <location><geo>55.7522 37.6156</geo></location>
          <idno type="geonames">http://www.geonames.org/524901</idno>
          <note>Capital of the Soviet Union.</note>
        </place>
        <place xml:id="xibaipo"><placeName type="preferred">Xibaipo</placeName></place>
        <place xml:id="gori"><placeName type="preferred">Gori</placeName><note type="unused">Stalin's birthplace, for the notes.</note></place>
      </listPlace>"""),
    # A register header as an editor may write it: publisher and licence, sources as bibl.
    "orgs.xml": _REGISTER.replace(
        "<publicationStmt><p>Test.</p></publicationStmt>",
        '<publicationStmt><publisher>corresp test edition</publisher><availability><licence '
        'target="https://creativecommons.org/licenses/by/4.0/"/></availability></publicationStmt>',
    ).replace(
        "<sourceDesc><p>Test.</p></sourceDesc>",
        "<sourceDesc><bibl><title>Who was who</title>, <date when=\"1990\">1990</date></bibl></sourceDesc>",
    ).format(id="organisations", title="Organisations", body="""\
      <listOrg>
        <org xml:id="ccp">
          <orgName type="preferred">Chinese Communist Party</orgName>
          <orgName type="abbreviation">CCP</orgName>
          <idno type="wikidata">http://www.wikidata.org/entity/Q17427</idno>
          <note>Founded 1921.</note>
        </org>
        <org xml:id="cpsu"><orgName type="preferred">Communist Party of the Soviet Union</orgName><note type="unused">For the next volume.</note></org>
      </listOrg>"""),
}


@pytest.fixture
def enriched(tmp_path) -> list[Path]:
    letters, register = tmp_path / "tei" / "letters", tmp_path / "tei" / "register"
    letters.mkdir(parents=True)
    register.mkdir()
    paths = []
    for text in (ENRICHED_LETTER, ENRICHED_MEMORANDUM):
        xml_id = re.search(r'xml:id="([^"]+)"', text).group(1)
        paths.append(letters / f"{xml_id}.xml")
        paths[-1].write_text(text, encoding="utf-8")
    for name, text in ENRICHED_REGISTERS.items():
        paths.append(register / name)
        paths[-1].write_text(text, encoding="utf-8")
    return paths


def test_hand_enrichments_are_valid_against_the_project_schemas(validator, enriched, tmp_path):
    findings = validator.validate(enriched)
    assert not findings, show(findings, tmp_path)


def test_hand_enrichments_are_valid_against_tei_all(tei_all_rng, enriched):
    assert not tei_all_errors(tei_all_rng, enriched)


def test_hand_enrichments_pass_the_tei_all_schematron(tei_all_sch, enriched):
    assert not sch_errors(tei_all_sch, enriched)


MINI = ROOT / "tests" / "data" / "tei-mini"


@pytest.mark.skipif(not MINI.is_dir(), reason=f"{MINI} does not exist")
def test_the_tei_test_fixtures_are_valid(validator):
    """tests/data/tei-mini (the XSLT tests' input) follows the same contract."""
    findings = validator.validate(sorted(MINI.rglob("*.xml")))
    assert not errors(findings), show(findings)


# --- negative tests on copies of generated files --------------------------------------------

def _a_letter(tei: Path) -> Path:
    """A generated letter with a sender, a received action and a dated sent action."""
    for path in sorted((tei / "tei" / "letters").glob("*.xml")):
        root = etree.parse(str(path)).getroot()
        if root.find(".//tei:correspAction[@type='sent']/tei:persName[@ref]", NS) is not None \
                and root.find(".//tei:correspAction[@type='sent']/tei:date[@when]", NS) is not None \
                and root.find(".//tei:correspAction[@type='received']", NS) is not None:
            return path
    pytest.skip("no generated letter with a sender, a recipient and a dated sent action")


def _mutate(path: Path, change):
    """Apply change(root), write the file back; return what change returned (an element or a
    list of them), re-found in the written file so that its ``sourceline`` is exact."""
    tree = etree.parse(str(path))
    result = change(tree.getroot())
    many = isinstance(result, list)
    where = [tree.getpath(e) for e in (result if many else [result] if result is not None else [])]
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    written = etree.parse(str(path))
    found = [written.xpath(p)[0] for p in where]
    return found if many else (found[0] if found else None)


def _rel(path: Path, root: Path) -> str:
    return str(path.relative_to(root))


def _check_mentions_file(findings: list[Finding], path: Path, root: Path) -> None:
    for finding in findings:
        assert finding.format(root).startswith(f"{_rel(path, root)}:"), finding.format(root)
        assert str(path) in finding.format(), finding.format()


def test_dangling_ref_is_an_error_at_its_line(validator, tei):
    letter = _a_letter(tei)

    def change(root):
        name = root.find(".//tei:correspAction[@type='sent']/tei:persName[@ref]", NS)
        name.set("ref", "../register/persons.xml#nobody-of-that-name")
        return name

    name = _mutate(letter, change)
    findings = errors(validator.validate([letter]))
    assert [(f.source, f.line) for f in findings] == [("sch", name.sourceline)], show(findings, tei)
    assert "nobody-of-that-name" in findings[0].message
    _check_mentions_file(findings, letter, tei)


def test_persname_pointing_at_a_place_is_an_error(validator, tei):
    letter = _a_letter(tei)
    places = etree.parse(str(tei / "tei" / "register" / "places.xml"))
    place_id = places.find(".//tei:place", NS).get(XML_ID)

    def change(root):
        name = root.find(".//tei:correspAction[@type='sent']/tei:persName[@ref]", NS)
        name.set("ref", f"../register/places.xml#{place_id}")
        return name

    name = _mutate(letter, change)
    findings = errors(validator.validate([letter]))
    assert len(findings) == 1 and findings[0].line == name.sourceline, show(findings, tei)
    assert "points to a place" in findings[0].message and "person" in findings[0].message
    _check_mentions_file(findings, letter, tei)


def test_missing_register_file_is_its_own_error(validator, tei):
    letter = _a_letter(tei)
    _mutate(letter, lambda root: root.find(".//tei:correspAction[@type='sent']/tei:persName[@ref]", NS)
            .set("ref", "../register/people.xml#someone"))
    findings = errors(validator.validate([letter]))
    assert len(findings) == 1 and "people.xml" in findings[0].message and "does not exist" in findings[0].message


def test_when_with_not_before_is_an_error(validator, tei):
    letter = _a_letter(tei)

    def change(root):
        date = root.find(".//tei:correspAction[@type='sent']/tei:date[@when]", NS)
        date.set("notBefore", date.get("when"))
        return date

    date = _mutate(letter, change)
    findings = errors(validator.validate([letter]))
    assert [(f.source, f.line) for f in findings] == [("sch", date.sourceline)], show(findings, tei)
    assert "@when" in findings[0].message and "@notBefore" in findings[0].message
    _check_mentions_file(findings, letter, tei)


@pytest.mark.parametrize("attributes, expected", [
    ({"from": "1949-01-01", "notBefore": "1949-01-01"}, "@from and @notBefore"),
    ({"to": "1949-01-31", "notAfter": "1949-01-31"}, "@to and @notAfter"),
    ({"notBefore": "1949-03", "notAfter": "1949-02-28"}, "later than"),
    ({"from": "1949-02-02", "to": "1949-02-01"}, "later than"),
    ({"notBefore": "1949-01", "notAfter": "1949-01-06"}, None),  # equal at month precision
    ({"from": "1948", "to": "1949-06"}, None),
    ({"notBefore": "1949-01-05", "notAfter": " 1949-01-12"}, None),  # (TEI lets a date have spaces around it)
    ({"from": " 1949-02", "to": "1949-01 "}, "later than"),
])
def test_date_attribute_rules(validator, tei, attributes, expected):
    letter = _a_letter(tei)

    def change(root):
        date = root.find(".//tei:correspAction[@type='sent']/tei:date[@when]", NS)
        del date.attrib["when"]
        for name, value in attributes.items():
            date.set(name, value)
        return date

    date = _mutate(letter, change)
    findings = errors(validator.validate([letter]))
    if expected is None:
        assert not findings, show(findings, tei)
    else:
        assert [(f.source, f.line) for f in findings] == [("sch", date.sourceline)], show(findings, tei)
        assert expected in findings[0].message


def test_soft_problems_are_warnings(validator, tei):
    letter = _a_letter(tei)

    def change(root):
        name = root.find(".//tei:correspAction[@type='sent']/tei:persName[@ref]", NS)
        del name.attrib["ref"]
        date = root.find(".//tei:correspAction[@type='sent']/tei:date[@when]", NS)
        del date.attrib["when"]

    _mutate(letter, change)
    findings = validator.validate([letter])
    assert len(findings) == 2 and not errors(findings), show(findings, tei)
    assert {f.severity for f in findings} == {"warning"}
    assert any("has no @ref" in f.message for f in findings)
    assert any("not normalised" in f.message for f in findings)


def test_letter_without_received_action_is_a_warning(validator, tei):
    """A listing may name no recipient: the letter stays valid, and the editor is told."""
    letter = _a_letter(tei)

    def change(root):
        action = root.find(".//tei:correspAction[@type='received']", NS)
        action.getparent().remove(action)
        return root.find(".//tei:correspDesc", NS)

    desc = _mutate(letter, change)
    findings = validator.validate([letter])
    assert [(f.severity, f.source, f.line) for f in findings] == [("warning", "sch", desc.sourceline)], show(findings, tei)
    assert 'type="received"' in findings[0].message
    _check_mentions_file(findings, letter, tei)


def test_two_received_actions_are_an_error(validator, tei):
    letter = _a_letter(tei)

    def change(root):
        action = root.find(".//tei:correspAction[@type='received']", NS)
        action.addnext(etree.fromstring(etree.tostring(action)))
        return root.find(".//tei:correspDesc", NS)

    desc = _mutate(letter, change)
    findings = errors(validator.validate([letter]))
    assert [(f.source, f.line) for f in findings] == [("sch", desc.sourceline)], show(findings, tei)


def test_transmitted_action_without_n_is_an_error(validator, tei):
    letter = _a_letter(tei)

    def change(root):
        action = etree.SubElement(root.find(".//tei:correspDesc", NS), f"{T}correspAction", type="transmitted")
        etree.SubElement(action, f"{T}persName").text = "A courier"
        root.find(".//tei:correspDesc", NS).insert(1, action)

    _mutate(letter, change)
    findings = validator.validate([letter])
    assert any("needs @n" in f.message for f in errors(findings)), show(findings, tei)


def test_document_without_correspdesc_needs_a_creation_date(validator, tei):
    letter = _a_letter(tei)

    def change(root):
        desc = root.find(".//tei:correspDesc", NS)
        desc.getparent().remove(desc)

    _mutate(letter, change)
    findings = errors(validator.validate([letter]))
    assert len(findings) == 1 and "creation" in findings[0].message, show(findings, tei)


def test_a_document_has_one_correspdesc_of_its_own(validator, tei):
    letter = _a_letter(tei)

    def change(root):
        desc = root.find(".//tei:correspDesc", NS)
        copy = etree.fromstring(etree.tostring(desc))
        desc.addnext(copy)
        return copy

    _mutate(letter, change)
    findings = errors(validator.validate([letter]))
    assert len(findings) == 1 and 'type="enclosure"' in findings[0].message, show(findings, tei)
    _mutate(letter, lambda root: root.findall(".//tei:correspDesc", NS)[1].set("type", "enclosure"))
    assert not errors(validator.validate([letter]))


def test_xml_id_must_match_the_file_name(validator, tei):
    letter = _a_letter(tei)
    renamed = letter.with_name("renamed.xml")
    letter.rename(renamed)
    findings = errors(validator.validate([renamed]))
    assert len(findings) == 1 and "file name" in findings[0].message, show(findings, tei)


def test_two_persons_sharing_an_idno_is_an_error(validator, tei):
    persons = tei / "tei" / "register" / "persons.xml"
    uri = "http://www.wikidata.org/entity/Q1"

    def change(root):
        entries = root.findall(".//tei:listPerson/tei:person", NS)
        assert len(entries) >= 2
        for entry in entries[:2]:
            idno = etree.SubElement(entry, f"{T}idno", type="wikidata")
            idno.text = uri
        return entries

    first, second = _mutate(persons, change)[:2]
    findings = errors(validator.validate([persons]))
    assert len(findings) == 2 and all(uri in f.message for f in findings), show(findings, tei)
    assert {f.line for f in findings} == {max(c.sourceline for c in first.iter(f"{T}idno") if c.text == uri),
                                          max(c.sourceline for c in second.iter(f"{T}idno") if c.text == uri)}
    _check_mentions_file(findings, persons, tei)


def test_register_name_rules(validator, tei):
    persons = tei / "tei" / "register" / "persons.xml"

    def change(root):
        first, second = root.findall(".//tei:listPerson/tei:person", NS)[:2]
        shared = first.find("tei:persName[@type='preferred']", NS).text
        etree.SubElement(second, f"{T}persName", type="variant").text = shared  # shared form
        etree.SubElement(second, f"{T}persName", type="rejected").text = shared  # allowed
        first.find("tei:persName[@type='preferred']", NS).set("type", "full")  # no preferred name
        # names must come before other children of a person: move the new ones up
        for name in second.findall("tei:persName", NS)[-2:]:
            second.insert(1, name)

    _mutate(persons, change)
    messages = [f.message for f in errors(validator.validate([persons]))]
    assert sum("is also a name of" in m for m in messages) == 2, messages
    assert sum("0 preferred names" in m for m in messages) == 1, messages


def test_idno_must_be_an_http_uri(validator, tei):
    persons = tei / "tei" / "register" / "persons.xml"

    def change(root):
        person = root.find(".//tei:listPerson/tei:person", NS)
        etree.SubElement(person, f"{T}idno", type="wikidata").text = "Q42"

    _mutate(persons, change)
    findings = errors(validator.validate([persons]))
    assert len(findings) == 1 and "not an http(s) URI" in findings[0].message, show(findings, tei)


def test_invalid_date_value_is_a_relax_ng_error(validator, tei):
    letter = _a_letter(tei)

    def change(root):
        date = root.find(".//tei:correspAction[@type='sent']/tei:date[@when]", NS)
        date.set("when", "1949-02-30")
        return date

    date = _mutate(letter, change)
    findings = errors(validator.validate([letter]))
    assert [(f.source, f.line) for f in findings] == [("rng", date.sourceline)], show(findings, tei)
    assert "1949-02-30" in findings[0].message
    _check_mentions_file(findings, letter, tei)


def test_wrong_closed_value_names_the_allowed_ones(validator, tei):
    letter = _a_letter(tei)
    _mutate(letter, lambda root: root.find(".//tei:correspAction[@type='received']", NS).set("type", "receieved"))
    messages = [f.message for f in errors(validator.validate([letter])) if f.source == "rng"]
    assert len(messages) == 1 and "receieved" in messages[0] and "transmitted" in messages[0], messages


def test_not_well_formed_file_is_a_finding_with_its_line(validator, tei):
    letter = _a_letter(tei)
    lines = letter.read_text(encoding="utf-8").splitlines()
    broken = len(lines) // 2
    lines[broken - 1] += " <unclosed"
    letter.write_text("\n".join(lines) + "\n", encoding="utf-8")
    findings = validator.validate([letter])
    assert len(findings) == 1, show(findings, tei)
    finding = findings[0]
    assert (finding.source, finding.severity) == ("xml", "error")
    assert finding.line in (broken, broken + 1) and finding.column >= 1
    _check_mentions_file(findings, letter, tei)


def test_missing_file_is_a_finding_not_an_exception(validator, tmp_path):
    findings = validator.validate([tmp_path / "nowhere.xml"])
    assert len(findings) == 1 and findings[0].source == "xml" and findings[0].is_error


def test_findings_are_sorted_and_formatted(validator, tei):
    letter = _a_letter(tei)
    persons = tei / "tei" / "register" / "persons.xml"
    _mutate(letter, lambda root: root.find(".//tei:correspAction[@type='received']", NS)
            .getparent().remove(root.find(".//tei:correspAction[@type='received']", NS)))
    persons.write_text("<TEI>", encoding="utf-8")
    findings = validator.validate([persons, letter])
    assert [f.path for f in findings] == sorted(f.path for f in findings)
    assert findings == sorted(findings, key=lambda f: (str(f.path), f.line, f.column))
    text = findings[0].format(tei)
    assert re.match(r"^tei/\S+\.xml:\d+:\d+: (error|warning): \S", text), text


def test_finding_api():
    finding = Finding(Path("/x/tei/letters/a.xml"), 3, 5, "broken", "warning", "sch")
    assert not finding.is_error
    assert finding.format(Path("/x")) == "tei/letters/a.xml:3:5: warning: broken"
    assert finding.format(Path("/elsewhere")) == "/x/tei/letters/a.xml:3:5: warning: broken"
    with pytest.raises(AttributeError):
        finding.line = 4  # frozen


# --- CMIF ------------------------------------------------------------------------------------

CMIF = """\
<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title>Sino-Soviet Relations: letters</title>
        <editor>corresp sample edition <email>editor@example.org</email></editor>
      </titleStmt>
      <publicationStmt>
        <publisher>corresp sample edition</publisher>
        <idno type="url">https://example.org/sino-soviet-relations/cmif.xml</idno>
        <date when="2025-01-01T12:00:00Z"/>
        <availability>
          <licence target="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</licence>
        </availability>
      </publicationStmt>
      <sourceDesc>
        <bibl type="online" xml:id="b0e5f6a1-1234-4abc-8def-0123456789ab">corresp sample edition, <ref
          target="https://example.org/sino-soviet-relations/">https://example.org/sino-soviet-relations/</ref></bibl>
      </sourceDesc>
    </fileDesc>
    <profileDesc>
      <correspDesc ref="https://example.org/sino-soviet-relations/cable_1948-10-21_stalin_mao-zedong.html"
                   source="#b0e5f6a1-1234-4abc-8def-0123456789ab">
        <correspAction type="sent">
          <persName ref="http://viaf.org/viaf/101787139">Joseph Stalin</persName>
          <date when="1948-10-21"/>
        </correspAction>
        <correspAction type="received">
          <persName ref="https://d-nb.info/gnd/118577425">Mao Zedong</persName>
          <placeName ref="http://www.geonames.org/1816670">Beijing</placeName>
        </correspAction>
      </correspDesc>
    </profileDesc>
  </teiHeader>
  <text>
    <body>
      <p/>
    </body>
  </text>
</TEI>
"""


def _official_cmif_errors(path: Path) -> list[str]:
    if not CMIF_OFFICIAL.is_dir():
        pytest.skip(f"official CMIF schemas absent: {CMIF_OFFICIAL} does not exist")
    problems = []
    for folder in (CMIF_OFFICIAL, CMIF_CORRESPSEARCH):
        rng = etree.RelaxNG(file=str(folder / "cmi-customization.rng"))
        if not rng.validate(etree.parse(str(path))):
            problems += [f"{folder.name} rng: {e.message}" for e in rng.error_log]
        problems += [f"{folder.name} sch: {f}" for f in Schematron(folder / "cmif.sch").validate(path)
                     if (f.role or "error") == "error"]
    return problems


def test_cmif_sample_is_valid_here_and_for_the_official_schemas(validator, tmp_path):
    path = tmp_path / "output" / "cmif.xml"
    path.parent.mkdir()
    path.write_text(CMIF, encoding="utf-8")
    findings = validator.validate([path])
    assert not findings, show(findings, tmp_path)
    assert not _official_cmif_errors(path)


CMIF_BREAKAGES = {
    # name: (old, new, code in our message, whether the official CMIF grammar rejects it too)
    "transmitted action": ('<correspAction type="received">',
                           '<correspAction type="transmitted"><persName>Kuznetsov</persName></correspAction>\n'
                           '        <correspAction type="received">', "C210", True),
    "no received action": ('type="received"', 'type="sent"', "C204", False),
    "no @source": (' source="#b0e5f6a1-1234-4abc-8def-0123456789ab"', "", "C200", False),
    "@source to nowhere": ('source="#b0e5', 'source="#x0e5', "C201", True),
    "cert medium": ('<date when="1948-10-21"/>', '<date when="1948-10-21" cert="medium"/>', "C400", True),
    "date without attribute": ('<date when="1948-10-21"/>', "<date>1948</date>", "C410", True),
    "no such month": ('<date when="1948-10-21"/>', '<date when="1948-13-21"/>', "C411", True),  # (a new user's)
    "no such day": ('<date when="1948-10-21"/>', '<date notBefore="1948-02-30"/>', "C411", True),
    "empty body": ("<p/>", "", "C102", True),
    "publicationStmt order": ('<date when="2025-01-01T12:00:00Z"/>', "", "C120", True),
    "geonames .html": ("geonames.org/1816670", "geonames.org/1816670/beijing.html", "C310", True),
    "bibl link without its URL": ('>https://example.org/sino-soviet-relations/</ref>', "></ref>", "C134", False),
    "name with markup": ("<persName ref=\"http://viaf.org/viaf/101787139\">Joseph Stalin</persName>",
                         "<persName ref=\"http://viaf.org/viaf/101787139\"><forename>Joseph</forename> Stalin</persName>",
                         "C301", True),
}


@pytest.mark.parametrize("name", sorted(CMIF_BREAKAGES))
def test_cmif_rules(validator, tmp_path, name):
    old, new, code, official_rejects = CMIF_BREAKAGES[name]
    assert old in CMIF
    path = tmp_path / "cmif.xml"
    path.write_text(CMIF.replace(old, new, 1), encoding="utf-8")
    findings = errors(validator.validate([path]))
    assert findings and all(f.source == "cmif" for f in findings), show(findings, tmp_path)
    assert any(f.message.startswith(f"[{code}]") for f in findings), show(findings, tmp_path)
    if official_rejects and CMIF_OFFICIAL.is_dir():
        assert _official_cmif_errors(path), f"the official CMIF schemas accept the {name!r} case"


def test_generated_cmif_if_any_is_valid(validator):
    path = ROOT / "output" / "cmif.xml"
    if not path.is_file():
        pytest.skip("no output/cmif.xml: run `python -m pipeline cmif` first")
    findings = errors(validator.validate([path]))
    assert not findings, show(findings)


@needs_generated
def test_cmif_written_by_the_pipeline_is_valid_here_and_for_the_official_schemas(validator, tmp_path):
    transform = pytest.importorskip("pipeline.transform")
    if not (ROOT / "xslt" / "cmif.xsl").is_file():
        pytest.skip("no xslt/cmif.xsl")
    from pipeline import settings

    path = tmp_path / "cmif.xml"
    transform.cmif(ROOT / "tei", path, settings.load(ROOT).params())
    findings = errors(validator.validate([path]))
    assert not findings, show(findings, tmp_path)
    assert not _official_cmif_errors(path)


@needs_generated
def test_a_cmif_file_of_another_name_is_checked_as_cmif(validator, tmp_path):
    """A CMIF export named otherwise gets the CMIF checks, not a letter's (one finding a line)."""
    from pipeline import settings, transform

    path = tmp_path / "cmif.xml"
    transform.cmif(ROOT / "tei", path, settings.load(ROOT).params())
    text = path.read_text("utf-8")
    broken = text.replace('<correspAction type="received">', '<correspAction type="read">', 1)
    for name, body in (("export.xml", text), ("export-broken.xml", broken), ("cmif.xml", broken)):
        (tmp_path / name).write_text(body, "utf-8")
    found = {name: [(f.source, f.line, f.message) for f in errors(validator.validate([tmp_path / name]))]
             for name in ("export.xml", "export-broken.xml", "cmif.xml")}
    assert found["export.xml"] == [] and found["export-broken.xml"] == found["cmif.xml"] != []
    assert {source for source, *_ in found["cmif.xml"]} == {"cmif"}
    # a source misspelt: still CMIF (more letters than a letter's one), and said so
    (tmp_path / "misspelt.xml").write_text(re.sub(r'source="#', 'source="#x', text, count=1), "utf-8")
    assert any(f.message.startswith("[C201]") for f in errors(validator.validate([tmp_path / "misspelt.xml"])))
    # a letter is still a letter, and so is whatever an edition's letters/ holds
    letter = sorted((ROOT / "tei" / "letters").glob("*.xml"))[0]
    assert all(f.source != "cmif" for f in validator.validate([letter]))
    (tmp_path / "letters").mkdir()
    for name in ("export.xml", "cmif.xml"):
        (tmp_path / "letters" / name).write_text(text, "utf-8")
        assert all(f.source != "cmif" for f in validator.validate([tmp_path / "letters" / name]))


def test_a_file_whose_name_is_no_utf8_is_looked_up_without_a_crash(tmp_path):
    import os

    from pipeline import validate as validate_mod

    (tmp_path / "tei" / "letters").mkdir(parents=True)
    store = validate_mod._FindingsCache(tmp_path / "output" / ".cache" / "corresp.sqlite", validate_mod.SCHEMAS)
    missing = os.fsdecode(os.fsencode(tmp_path) + b"/other/M\xfcller.xml")  # no such file
    assert store.lookup([missing], [], None) == ({}, {})


def test_an_entry_no_letter_points_to_any_more_is_flagged_through_the_cache(tei):
    """With the cache, the entries in use come from the table the letters' scan keeps: a
    letter that stops pointing to the only entry it alone used leaves that entry unused."""
    from collections import Counter

    from pipeline.publish import letter_refs

    letters = sorted((tei / "tei" / "letters").glob("*.xml"))
    paths = [*letters, *sorted((tei / "tei" / "register").glob("*.xml"))]
    cache = tei / "output" / ".cache" / "corresp.sqlite"
    assert Validator(ROOT).validate(paths, cache=cache) == Validator(ROOT).validate(paths)
    uses = Counter(ref for path in letters for ref in letter_refs(path.read_bytes()))
    path, ref = next((p, r) for p in letters for r in letter_refs(p.read_bytes())
                     if uses[r] == 1 and r.startswith("persons.xml#"))
    entry = ref.partition("#")[2]
    path.write_text(path.read_text("utf-8").replace(f"persons.xml#{entry}\"", "persons.xml#nobody-known\""), "utf-8")
    cached = Validator(ROOT).validate(paths, cache=cache)
    assert cached == Validator(ROOT).validate(paths)
    assert [f for f in cached if f.severity == "warning" and entry in f.message and f.path.name == "persons.xml"]


def _nth(text: str, old: str, new: str, n: int) -> str:
    """``text`` with the n-th (from 1) ``old`` replaced by ``new``."""
    at = -1
    for _ in range(n):
        at = text.index(old, at + 1)
    return text[:at] + new + text[at + len(old):]


@needs_generated
def test_a_cmif_file_is_checked_again_only_in_the_letters_that_changed(tmp_path, monkeypatch):
    """After a few letters of output/cmif.xml changed, only they are checked (with the header
    and the first letter); the findings, lines included, are those of checking the file whole."""
    from pipeline import settings, transform, validate

    path = tmp_path / "output" / "cmif.xml"
    path.parent.mkdir()
    cache = path.parent / ".cache" / "corresp.sqlite"
    transform.cmif(ROOT / "tei", path, settings.load(ROOT).params())
    checked = []  # the files Schematron checked one by one (a file of a few letters: cmif-letters-*)
    one = Schematron.validate
    sizes = []  # how many letters each file of a few letters held

    def noted(self, p):
        checked.append(Path(p).name[:13])
        if checked[-1] == "cmif-letters-":
            sizes.append(Path(p).read_text("utf-8").count("<correspDesc "))
        return one(self, p)
    monkeypatch.setattr(Schematron, "validate", noted)
    assert Validator(ROOT).validate([path], cache=cache) == []
    text = first = path.read_text("utf-8")
    assert text.count("<correspDesc ") > 10
    sent, received = '<correspAction type="sent">', '<correspAction type="received">'
    letter = text[text.index("<correspDesc ", text.index("<correspDesc ") + 1):text.index("</correspDesc>\n") + 15]
    edits = [  # (what, the file after it (from the first), whether only some letters are checked)
        ("no received action in the 5th", _nth(text, 'type="received"', 'type="sent"', 5), True),
        ("cert medium in the 10th", _nth(text, "<date when=", '<date cert="medium" when=', 10), True),
        ("the 5th points to another source", _nth(text, 'source="#', 'source="#x', 5), True),
        ("an empty name in the first", _nth(text, sent, sent + "<persName> </persName>", 1), True),
        ("a letter fewer", text.replace(letter, "", 1), True),
        ("a header of another title", text.replace("<title>", "<title>New: ", 1), True),
        ("a bibl the letters do not point to", text.replace('<bibl type="online" xml:id="', '<bibl type="online" xml:id="x', 1),
         True),
        # findings in the header and after the letters, and in a letter
        ("no editor, an empty body, a letter with no date attribute",
         _nth(text.replace("<editor>", "<respStmt>", 1).replace("</editor>", "</respStmt>", 1).replace("<p/>", ""),
              "<date when=", "<date cert=", 9), True),
        ("a letter not well-formed", _nth(text, received, received + "<persName>", 7), False),
        ("laid out otherwise", text.replace("\n         <correspDesc ", "<correspDesc "), False),
        ("the file as it was", first, True),
    ]
    letters_only = {what for what, _, _ in edits[:5]}
    for what, text, few in edits:
        path.write_text(text, "utf-8")
        checked.clear()
        sizes.clear()
        by_letter = Validator(ROOT).validate([path], cache=cache)
        assert ("cmif-letters-" in checked) == few, what
        # (the letters that changed, and the first that points to each source; a new header
        # has all checked again)
        assert all(size <= 3 for size in sizes) or what not in letters_only, what
        assert by_letter == Validator(ROOT).validate([path]), what
        assert bool(by_letter) != (what in ("a letter fewer", "a header of another title", "laid out otherwise",
                                            "the file as it was")), what
    # after the letters: its lines as in the file, whichever letters were checked
    empty = first.replace("<p/>", "")
    for text in (empty, _nth(empty, "<date when=", "<date cert=", 4)):
        path.write_text(text, "utf-8")
        assert Validator(ROOT).validate([path], cache=cache) == Validator(ROOT).validate([path]) != []
    # many letters not checked before: in files of a few each (the first with the first letter
    # of each source), never the file whole; findings in the header, after the letters and in
    # letters of several of those files are those of checking the file whole
    monkeypatch.setattr(validate, "_CMIF_CHUNK", 3)
    many = _nth(_nth(first.replace("<editor>", "<respStmt>", 1).replace("</editor>", "</respStmt>", 1)
                     .replace("<p/>", ""), "<date when=", '<date cert="medium" when=', 3),
                "<date when=", "<date cert=", 9)
    path.write_text(many, "utf-8")
    checked.clear()
    sizes.clear()
    cache.unlink()
    assert Validator(ROOT).validate([path], cache=cache) == Validator(ROOT).validate([path]) != []
    assert set(checked) == {"cmif-letters-"} and len(checked) == -(-first.count("<correspDesc ") // 3)
    assert max(sizes) == 3 and sum(sizes) == first.count("<correspDesc ")
    # a letter that holds a correspDesc of its own (another prefix) pointing to a second source,
    # or declares a namespace: the header's C133 counts it wherever it is, so the file is checked whole
    second = first.replace("</sourceDesc>", '   <bibl type="online" xml:id="s2">Other. <ref target='
                           '"https://example.org/">https://example.org/</ref></bibl>\n         </sourceDesc>', 1)
    nested = _nth(second, "</correspDesc>", '<t:correspDesc xmlns:t="http://www.tei-c.org/ns/1.0" source="#s2">'
                  '<t:correspAction type="sent"><t:persName>X</t:persName></t:correspAction></t:correspDesc>'
                  "</correspDesc>", 5)
    for text in (nested, _nth(first, "<correspDesc ", '<correspDesc xmlns:x="https://example.org/x" ', 1)):
        path.write_text(text, "utf-8")
        checked.clear()
        cache.unlink()
        assert Validator(ROOT).validate([path], cache=cache) == Validator(ROOT).validate([path])
        assert "cmif-letters-" not in checked
    monkeypatch.setattr(validate, "_CMIF_CHUNK", 2000)
    path.write_text(first, "utf-8")
    checked.clear()
    assert Validator(ROOT).validate([path], cache=cache) == []
    assert checked == ["cmif-letters-"]


def test_a_check_killed_while_it_keeps_the_letters_leaves_none_known(tmp_path, monkeypatch):
    """A check killed while the letters' findings are kept: the next check does not take the
    letters last checked for known."""
    from pipeline import settings, transform, validate

    path = tmp_path / "output" / "cmif.xml"
    path.parent.mkdir()
    cache = path.parent / ".cache" / "corresp.sqlite"
    transform.cmif(ROOT / "tei", path, settings.load(ROOT).params())
    first = _nth(path.read_text("utf-8"), "<date when=", '<date cert="medium" when=', 10)  # a finding in the 10th
    path.write_text(first, "utf-8")
    assert Validator(ROOT).validate([path], cache=cache) == Validator(ROOT).validate([path]) != []
    path.write_text(_nth(first, 'source="#', 'source="#x', 5), "utf-8")
    monkeypatch.setattr(validate, "_CMIF_CHUNK", 2)  # checked in many files

    def killed(*args):
        raise KeyboardInterrupt
    monkeypatch.setattr(Validator, "_by_letter", staticmethod(killed))
    with pytest.raises(KeyboardInterrupt):
        Validator(ROOT).validate([path], cache=cache)
    monkeypatch.undo()
    path.write_text(first.replace("</correspDesc>", "</correspDesc> ", 1), "utf-8")  # the first letter changed
    assert Validator(ROOT).validate([path], cache=cache) == Validator(ROOT).validate([path]) != []


@needs_generated
def test_a_cmif_file_edited_by_hand_is_checked_as_a_whole_check_finds(tmp_path):
    """Letters a comment spans or runs into, a second source quoted otherwise or after a '>' in
    another attribute: after the next edits, the findings are those of checking the file whole."""
    from pipeline import settings, transform

    path = tmp_path / "output" / "cmif.xml"
    path.parent.mkdir()
    cache = path.parent / ".cache" / "corresp.sqlite"
    transform.cmif(ROOT / "tei", path, settings.load(ROOT).params())
    first = path.read_text("utf-8")
    bibl = re.search(r'<bibl type="online" xml:id="([^"]+)"', first).group(1)

    def letter(text: str, n: int, old: str, new: str) -> str:
        """``text`` with ``old`` in its n-th letter (from 1) replaced."""
        start = [m.start() for m in re.finditer("<correspDesc ", text)][n - 1]
        end = text.index("</correspDesc>", start)
        assert old in text[start:end]
        return text[:start] + text[start:end].replace(old, new, 1) + text[end:]

    def later(text: str) -> str:  # the next edit: a letter near the end
        return letter(text, 10, "<date when=", '<date cert="medium" when=')

    bad = letter(first, 4, "<date when=", '<date cert="medium" when=')
    ends = [m.end() for m in re.finditer("</correspDesc>", bad)]
    commented = bad[:ends[2]] + "<!--" + bad[ends[2]:ends[3]] + "-->" + bad[ends[3]:]
    # a comment from inside the 3rd letter into the 4th (each still ends with its </correspDesc>)
    inside = letter(letter(first, 3, "<correspAction", "<!--<correspAction"), 4, "<correspAction", "--><correspAction")
    second = first.replace("</sourceDesc>", '   <bibl type="online" xml:id="b2">Other. <ref target="https://example.org/">'
                           "https://example.org/</ref></bibl>\n         </sourceDesc>", 1)
    greater = letter(letter(second, 6, f'source="#{bibl}"', 'source="#b2"'), 6, '<correspDesc ref="',
                     '<correspDesc n="a>b" ref="')
    # (and one letter before it with no source: the first of those is checked anyway)
    quoted = letter(letter(second, 6, f'source="#{bibl}"', "source='#b2'"), 2, f' source="#{bibl}"', "")
    for steps in ([commented, later(commented), bad[:ends[3]] + "-->" + bad[ends[3]:]],
                  [inside, later(inside), letter(inside, 4, "--><correspAction", "<correspAction")],
                  [greater, later(greater)], [quoted, later(quoted)]):
        cache.unlink(missing_ok=True)
        for text in steps:
            path.write_text(text, "utf-8")
            assert Validator(ROOT).validate([path], cache=cache) == Validator(ROOT).validate([path])


def test_findings_hold_only_while_the_cache_holds_them(tei, monkeypatch):
    """A letter with an error, the cache deleted, then checked again in the same process:
    the error is found again (the scan this process kept does not stand for the new cache)."""
    from pipeline import validate as validate_mod

    monkeypatch.setattr(validate_mod, "_FEW_ROWS", 2)  # sqlite finds the letters that hold
    letters = sorted((tei / "tei" / "letters").glob("*.xml"))
    bad = letters[0]
    bad.write_text(bad.read_text("utf-8").replace("<correspDesc", '<correspDesc bogus="1"', 1), "utf-8")
    cache = tei / "output" / ".cache" / "corresp.sqlite"
    assert [f for f in Validator(ROOT).validate(letters, cache=cache) if f.path == bad and f.is_error]
    shutil.rmtree(tei / "output")
    assert [f for f in Validator(ROOT).validate(letters, cache=cache) if f.path == bad and f.is_error]


def test_an_edited_grammar_is_compiled_again_in_the_same_process(tei):
    """Grammars are compiled once per process: an edit that keeps the file's size and time
    (a copy with `cp -p`) still counts."""
    import os

    shutil.copytree(ROOT / "schemas", tei / "schemas")
    letter = _a_letter(tei)
    assert not errors(Validator(tei).validate([letter]))
    rng = tei / "schemas" / "corresp.rng"
    stat = rng.stat()
    rng.write_text(rng.read_text("utf-8").replace("<value>sent</value>", "<value>sant</value>"), "utf-8")
    os.utime(rng, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert rng.stat().st_size == stat.st_size
    assert any("sent" in f.message for f in errors(Validator(tei).validate([letter])))


def test_a_letter_whose_id_is_not_ascii_matches_its_file_name(validator, tei):
    """brief_müller.xml with xml:id="brief_müller": Saxon gives the file's name
    percent-encoded (brief_m%C3%BCller.xml), which is the same name; a different id is
    still an error."""
    letter = _a_letter(tei)
    moved = letter.with_name("brief_müller.xml")
    letter.rename(moved)
    _mutate(moved, lambda root: root.set(XML_ID, "brief_müller"))
    assert not [f for f in validator.validate([moved]) if "file name" in f.message]
    _mutate(moved, lambda root: root.set(XML_ID, "brief_mueller"))
    assert [f for f in errors(validator.validate([moved])) if "file name" in f.message]


def _authority_forms(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    function = text[text.index('<xsl:function name="c:of-another-authority"'):]
    return re.findall(r"'([a-z]+ [^' ]+)'", function[:function.index("</xsl:function>")])


def test_the_outputs_and_the_check_take_the_same_forms_of_authority_ids():
    forms = _authority_forms(ROOT / "xslt" / "common.xsl")
    assert len(forms) >= 4 and forms == _authority_forms(ROOT / "schemas" / "corresp.sch")


def test_an_id_in_another_authoritys_form_is_warned_of_and_left_out(validator, tei, tmp_path):
    """An idno type="GND" that holds a VIAF URI: corresp.sch warns at its line, and no output
    makes a GND URI of its number (an authority id appears only where it is known)."""
    from pipeline import transform

    persons = tei / "tei" / "register" / "persons.xml"
    found = "//tei:person[not(tei:idno[@type='GND'])]/tei:idno[@type='VIAF']"  # (no GND of its own)
    number = etree.parse(str(persons)).xpath(found, namespaces=NS)[0].text.rstrip("/").rsplit("/", 1)[1]

    def change(root):
        idno = root.xpath(found, namespaces=NS)[0]
        idno.set("type", "GND")
        return idno

    idno = _mutate(persons, change)
    warned = [f for f in validator.validate([persons]) if "address of another authority" in f.message]
    assert [(f.line, f.is_error) for f in warned] == [(idno.sourceline, False)], show(warned, tei)
    sheets, params = transform.Stylesheets(), {"title": "T", "base_url": "https://example.org/",
                                                "cmif_editor": "E", "cmif_email": "e@example.org"}
    sheets.csv(tei / "tei", tmp_path / "letters.csv", params)
    sheets.html(tei / "tei", tmp_path / "html", params)
    made = [(tmp_path / "letters.csv").read_text(), *(p.read_text() for p in (tmp_path / "html").rglob("*.html"))]
    assert not any(f"d-nb.info/gnd/{number}" in text for text in made)


@pytest.mark.parametrize("name", ["index", "persons", "Index"])  # (Index.html is index.html on macOS)
def test_a_letter_named_as_a_page_of_the_edition_is_an_error(validator, tei, name):
    """A letter index.xml (xml:id="index") would have its page written over index.html."""
    letter = _a_letter(tei)
    moved = letter.with_name(f"{name}.xml")
    letter.rename(moved)
    _mutate(moved, lambda root: root.set(XML_ID, name))
    found = errors(validator.validate([moved]))
    assert [f.line for f in found if "page of the HTML" in f.message] == [2], show(found, tei)


def test_an_element_the_schema_does_not_allow_there_is_named_with_its_parent(validator, tei):
    """libxml2 says "Did not expect element list there" and "Expecting an element , got
    nothing" without saying where: the message names the element it stands in."""
    letter = _a_letter(tei)

    def change(root):
        abstract = root.find(".//tei:abstract", NS)
        etree.SubElement(etree.SubElement(abstract, f"{{{TEI_NS}}}list"), f"{{{TEI_NS}}}item").text = "x"
        return abstract
    _mutate(letter, change)
    found = [f.message for f in errors(validator.validate([letter]))]
    assert any("allows no <list>" in m and "<abstract>" in m for m in found), found

    def empty(root):
        abstract = root.find(".//tei:abstract", NS)
        for child in list(abstract):
            abstract.remove(child)
    _mutate(letter, empty)
    found = [f.message for f in errors(validator.validate([letter]))]
    assert any("<abstract> needs" in m for m in found), found


@pytest.mark.parametrize("kind, written, published", [
    ("GND", "https://explore.gnd.network/gnd/118577425", "https://d-nb.info/gnd/118577425"),
    ("GND", "HTTP://WWW.D-NB.INFO/gnd/118577425/", "https://d-nb.info/gnd/118577425"),
    ("GND", "https://d-nb.info/gnd/https://d-nb.info/gnd/118577425", "https://d-nb.info/gnd/118577425"),
    ("VIAF", "https://viaf.org/en/viaf/51699962", "http://viaf.org/viaf/51699962"),
    ("VIAF", "http://viaf.org/viaf/51699962/viaf.html", "http://viaf.org/viaf/51699962"),
])
def test_an_id_of_its_own_authority_in_another_form_is_still_taken(tei, tmp_path, kind, written, published):
    """Only another authority's address is left out: the forms of an authority's own
    addresses that the outputs made right before still give its one address."""
    from pipeline import transform

    persons = tei / "tei" / "register" / "persons.xml"

    def change(root):
        person = root.xpath("//tei:person[@xml:id='mao-zedong']", namespaces=NS)[0]
        for idno in person.findall("tei:idno", NS):
            person.remove(idno)
        idno = etree.SubElement(person, f"{{{TEI_NS}}}idno", type=kind)
        idno.text = written
        return idno
    _mutate(persons, change)
    transform.Stylesheets().csv(tei / "tei", tmp_path / "letters.csv", {
        "title": "T", "base_url": "https://example.org/", "cmif_editor": "E", "cmif_email": "e@example.org"})
    assert f"Mao Zedong,{published}" in (tmp_path / "letters.csv").read_text()


def test_a_party_in_an_element_the_schema_refuses_is_not_also_said_to_be_missing(validator, tei):
    """<rs> for the sender: the schema's error names it; no warning says the action names nobody."""
    letter = _a_letter(tei)

    def change(root):
        name = root.find(".//tei:correspAction[@type='sent']/tei:persName[@ref]", NS)
        name.tag = f"{{{TEI_NS}}}rs"
        return name
    _mutate(letter, change)
    found = validator.validate([letter])
    assert any("allows no <rs>" in f.message for f in errors(found)), show(found, tei)
    assert not [f for f in found if "names nobody" in f.message], show(found, tei)


@pytest.mark.parametrize("text, warned", [
    ("undated", False), ("[n. d.]", False), ("o. D.", False), ("s.d.", False), ("Ohne Datum", False),
    ("undatiert", False), ("o. J.", False), ("sin fecha", False), ("senza data", False), ("zonder datum", False),
    ("Spring 1852", True), ("Sunday", True),
])
def test_a_date_the_source_states_is_none_is_no_warning(validator, tei, text, warned):
    """"undated" says what the source knows: no ISO date to add. The words are those the
    reader takes for "no date" (lines.UNDATED): the schema and the reader agree."""
    assert bool(UNDATED.match(text)) != warned
    letter = _a_letter(tei)

    def change(root):
        date = root.find(".//tei:correspAction[@type='sent']/tei:date[@when]", NS)
        del date.attrib["when"]
        date.text = text

    _mutate(letter, change)
    findings = validator.validate([letter])
    assert any("not normalised" in f.message for f in findings) == warned, show(findings, tei)


def test_the_schema_and_the_reader_know_the_same_marks_of_no_date():
    from pipeline.dates import UNDATED_MARKS

    assert f"'^\\[?({UNDATED_MARKS})\\]?\\.?$', 'i')" in (ROOT / "schemas" / "corresp.sch").read_text("utf-8")


def test_what_was_kept_for_a_few_files_goes_when_many_are_checked_apart(tei, monkeypatch):
    """``idle`` is called once the files to check are many (processes of their own), so a
    process kept for a few (the build's for letters edited by hand) is not held beside them;
    with a few, checked here, it is not."""
    from pipeline import validate as validate_mod

    letters = sorted((tei / "tei" / "letters").glob("*.xml"))
    called = []
    cache = tei / "output" / ".cache" / "corresp.sqlite"
    Validator(ROOT).validate(letters[:1], cache=cache, jobs=2, idle=lambda: called.append("few"))
    assert called == []
    monkeypatch.setattr(validate_mod, "PARALLEL_FROM", 2)
    many = Validator(ROOT).validate(letters[1:], cache=cache, jobs=2, idle=lambda: called.append("many"))
    assert called == ["many"]
    assert many == Validator(ROOT).validate(letters[1:])


def test_many_files_are_checked_by_processes_that_end_after_a_chunk(tei, monkeypatch):
    """Saxon's heap grows with every file a process checks: beyond CHUNK files a core, each
    process checks CHUNK at most and ends, a register in a chunk of its own, checked after
    the letters in a process that runs alone; the findings are those of one process."""
    from concurrent.futures import ProcessPoolExecutor

    from pipeline import validate as validate_mod

    files = sorted((tei / "tei" / "letters").glob("*.xml")) + sorted((tei / "tei" / "register").glob("*.xml"))
    broken = files[0]  # (a finding to carry back)
    broken.write_text(broken.read_text().replace("<correspDesc", "<correspDesc foo=\"x\"", 1))
    pools, chunks = [], []

    class Recorded(ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            pools.append((args[0], kwargs.get("max_tasks_per_child")))
            super().__init__(*args, **kwargs)

        def submit(self, fn, chunk):
            chunks.append([p.parent.name for p in chunk])
            return super().submit(fn, chunk)

    monkeypatch.setattr(validate_mod, "PARALLEL_FROM", 2)
    monkeypatch.setattr(validate_mod, "CHUNK", 3)
    monkeypatch.setattr(validate_mod.concurrent.futures, "ProcessPoolExecutor", Recorded)
    found = Validator(tei).validate(files, jobs=2)
    assert pools == [(2, 1), (1, 1)] and max(map(len, chunks)) <= 3 and sum(map(len, chunks)) == len(files)
    assert [c for c in chunks if "register" in c] == chunks[-1:] == \
        [["register"] * len(list((tei / "tei" / "register").glob("*.xml")))]
    assert found == Validator(tei).validate(files) and any(f.is_error for f in found)


@pytest.mark.parametrize("xml_id, says", [
    ("other-name", 'rename the file to "other-name.xml" or set xml:id="{stem}"'),
    (None, 'file name; set xml:id="{stem}"'),  # (no id: no file ".xml" to rename it to)
    (None, "Element TEI failed to validate attributes (xml:lang="),  # (the grammar's, explained, though
    (None, "): an attribute is missing, not allowed"),              # libxml2 gives no path to the root)
])
def test_a_letter_s_id_and_file_name_that_differ_say_how_to_agree(validator, tei, xml_id, says):
    letter = _a_letter(tei)

    def change(root):
        root.attrib.pop(XML_ID)
        if xml_id:
            root.set(XML_ID, xml_id)
    _mutate(letter, change)
    messages = " ".join(" ".join(f.message.split()) for f in validator.validate([letter]))
    assert says.format(stem=letter.stem) in messages
