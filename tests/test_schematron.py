"""Behaviour of pipeline.schematron: synthetic schemas first, then the reference schemas."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from pipeline.saxon import processor
from pipeline.schematron import Finding, Schematron, SchematronError, compile_schematron

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
needs_shared = pytest.mark.skipif(
    not SHARED.is_dir(), reason=f"reference schemas absent: {SHARED} does not exist")

TEI_NS = "http://www.tei-c.org/ns/1.0"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def schema(tmp_path: Path, body: str, binding: str = "xslt2", name: str = "test.sch") -> Schematron:
    """A Schematron with the tei and x prefixes declared around `body`."""
    return Schematron(write(tmp_path / name, f"""<?xml version="1.0" encoding="UTF-8"?>
<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="{binding}">
  <ns prefix="tei" uri="{TEI_NS}"/>
  <ns prefix="x" uri="urn:x"/>
  {body}
</schema>
"""))


DOC = """<?xml version="1.0" encoding="UTF-8"?>
<r xmlns="urn:x">
  <a n="1">one</a>
  <a n="2">two</a>
  <b>
    <a n="3"
       when="1949">three</a>
  </b>
</r>
"""


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    return write(tmp_path / "doc.xml", DOC)


# --- asserts and reports -------------------------------------------------------------

def test_assert_fires_when_false_and_report_when_true(tmp_path, doc):
    s = schema(tmp_path, """
      <pattern id="p">
        <rule context="x:a">
          <assert test="@n != '2'">assert on <value-of select="@n"/></assert>
          <report test="@n = '1'">report on <value-of select="@n"/></report>
        </rule>
      </pattern>""")
    assert [(f.message, f.line) for f in s.validate(doc)] == [("report on 1", 3), ("assert on 2", 4)]


def test_finding_fields(tmp_path, doc):
    s = schema(tmp_path, """
      <pattern id="pat">
        <rule context="x:b"><report test="true()" id="R1" role="warning">b here</report></rule>
      </pattern>""")
    assert s.validate(doc) == [Finding(file=str(doc), line=5, column=1, role="warning", message="b here",
                                       location="/Q{urn:x}r[1]/Q{urn:x}b[1]", pattern="pat", id="R1")]
    assert str(s.validate(doc)[0]) == f"{doc}:5:1: warning: b here"


def test_role_defaults_to_error_and_is_inherited_from_the_rule(tmp_path, doc):
    s = schema(tmp_path, """
      <pattern>
        <rule context="x:r" role="warn">
          <report test="true()">inherits</report>
          <report test="true()" role="info">own</report>
        </rule>
        <rule context="x:b"><report test="true()">default</report></rule>
      </pattern>""")
    assert {f.message: f.role for f in s.validate(doc)} == {"inherits": "warn", "own": "info", "default": "error"}


def test_first_matching_rule_wins_within_a_pattern_only(tmp_path, doc):
    s = schema(tmp_path, """
      <pattern id="one">
        <rule context="x:a[@n = '1']"><report test="true()">specific</report></rule>
        <rule context="x:a"><report test="true()">general</report></rule>
        <rule context="x:*"><report test="true()">any</report></rule>
      </pattern>
      <pattern id="two">
        <rule context="x:a"><report test="true()">other pattern</report></rule>
      </pattern>""")
    found = [(f.pattern, f.line, f.message) for f in s.validate(doc)]
    assert ("one", 3, "specific") in found and ("one", 3, "general") not in found
    assert ("one", 4, "general") in found and ("one", 4, "any") not in found
    assert ("one", 2, "any") in found  # r is not an a
    assert [line for pattern, line, _ in found if pattern == "two"] == [3, 4, 7]
    assert len(found) == len(set(found))  # every node is visited once per pattern


def test_attribute_context_reports_the_element_line(tmp_path, doc):
    s = schema(tmp_path, """
      <pattern>
        <rule context="x:a/@when"><report test=". = '1949'"><name/> is <value-of select="."/></report></rule>
      </pattern>""")
    [f] = s.validate(doc)
    assert (f.message, f.line, f.location) == ("when is 1949", 7, "/Q{urn:x}r[1]/Q{urn:x}b[1]/Q{urn:x}a[1]/@when")


def test_many_findings_each_at_the_line_of_its_element(tmp_path):
    """Elements of the same name under different parents, a finding on each: every one is
    placed on its own line (the look-ups of one file share what they found: see _line)."""
    groups = "\n".join(f'  <g n="{g}">\n' + "\n".join(f'    <a n="{g}.{i}"/>' for i in range(1, 4)) + "\n  </g>"
                       for g in range(1, 4))
    doc = write(tmp_path / "many.xml", f'<?xml version="1.0"?>\n<r xmlns="urn:x">\n{groups}\n</r>\n')
    s = schema(tmp_path, """
      <pattern><rule context="x:a"><report test="true()"><value-of select="@n"/></report></rule></pattern>""")
    lines = {line.strip().split('"')[1]: number for number, line in enumerate(doc.read_text().splitlines(), 1)
             if line.strip().startswith("<a ")}
    assert [(f.message, f.line) for f in s.validate(doc)] == list(lines.items())
    assert len(lines) == 9

# Rule contexts and whether they can match an attribute: a pattern whose rules cannot is not
# given the attributes of the file (pushing them through every pattern cost a third of the time).
ATTRIBUTE_CONTEXTS = [
    ("x:a/@when", True),
    ("a | @b", True),
    ("attribute(when)", True),
    ("tei:date/attribute::when", True),
    ('tei:x[@a = "["]/@y', True),
    ("tei:*[@cert]", False),
    ('tei:persName[contains(@ref, "#")]', False),
    ("tei:*[@when or @notBefore][not(self::tei:biblScope)]", False),
]


@pytest.mark.parametrize("context, attributes", ATTRIBUTE_CONTEXTS)
def test_a_pattern_visits_attributes_only_when_a_rule_can_match_one(tmp_path, context, attributes):
    xslt = compile_schematron(write(tmp_path / "t.sch", f"""<?xml version="1.0" encoding="UTF-8"?>
<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
  <ns prefix="tei" uri="{TEI_NS}"/><ns prefix="x" uri="urn:x"/>
  <pattern><rule context="{context.replace('"', '&quot;')}"><assert test="true()">never</assert></rule></pattern>
</schema>""")).decode()
    assert ("//@*" in xslt) == attributes


# The contexts of a pattern's rules, and the nodes its mode is given (see schematron._visited).
VISITED = [
    (["tei:persName[@ref] | tei:placeName[@ref]"], "//(tei:persName | tei:placeName)"),
    (["tei:TEI[not(tei:text/tei:body/(tei:listPerson | tei:listPlace))]", "tei:correspDesc"],
     "//(tei:TEI | tei:correspDesc)"),
    (["tei:a//tei:b", "c"], "//(c | tei:b)"),
    # not read as paths from the root: with version="1.0" or a predicate that fails on some
    # node, that path would select less than the pattern matches (or stop the file)
    (["tei:*[@cert]"], "/ | //*"),
    (["/"], "/ | //*"),
    (["x:a/@when"], "/ | //* | //@*"),
    (["text()"], "/ | //node() | //@*"),
    (["x:b union x:r/x:a"], "/ | //* | //@*"),
    (["key('dates', 'all')"], "/ | //* | //@*"),
    (["q:a"], "/ | //*"),  # an undeclared prefix: its rule's error names the line
]


@pytest.mark.parametrize("contexts, visited", VISITED)
def test_a_pattern_visits_only_what_its_rules_can_match(contexts, visited):
    from pipeline.schematron import _visited

    assert _visited(contexts, {"tei", "x"}) == visited


def test_named_contexts_find_what_every_node_did(tmp_path, doc):
    body = """
      <pattern id="named">
        <rule context="x:a[@when]"><report test="true()">a <value-of select="@when"/></report></rule>
        <rule context="x:b"><report test="true()">b</report></rule>
      </pattern>"""
    named = schema(tmp_path, body, name="named.sch")
    # the same rules, one of them made to give the pattern every node (there is no x:none)
    everything = schema(tmp_path, body.replace('context="x:b"', 'context="x:b | x:none/text()"'), name="all.sch")
    found = [(f.message, f.line) for f in named.validate(doc)]
    assert found and found == [(f.message, f.line) for f in everything.validate(doc)]


@pytest.mark.parametrize("binding, context, found", [
    # XPath 1 (backwards-compatible mode) compares as numbers: 10 > '5'
    ("xslt", "x:*[@n &gt; '5']", ["big 10", "big 7"]),
    # a predicate that fails on one node ("abc" is no number) is no match there, and the
    # other nodes, and the other patterns of the file, are still checked
    ("xslt2", "x:*[@n &gt; 5]", ["big 10", "big 7"]),
])
def test_wildcard_contexts_match_as_patterns_do(tmp_path, binding, context, found):
    doc = write(tmp_path / "n.xml", '<r xmlns="urn:x"><a n="10"/><a n="7"/><a n="abc"/></r>')
    s = schema(tmp_path, f"""
      <pattern><rule context="{context}"><report test="true()">big <value-of select="@n"/></report></rule></pattern>
      <pattern><rule context="x:r"><report test="true()">root</report></rule></pattern>""", binding=binding)
    assert [f.message for f in s.validate(doc)] == [*found, "root"]


@pytest.mark.parametrize("context", [
    "x:b union x:r/x:a",  # 'union' is '|' in a pattern: x:b must still be given to the rule
    "x:b union\n  x:r//x:a",
    "x:b except x:r/x:a",
])
def test_union_keyword_contexts_fire_on_every_operand(tmp_path, doc, context):
    s = schema(tmp_path, f"""
      <pattern><rule context="{context}"><report test="self::x:b">b fired</report></rule></pattern>""")
    assert [f.message for f in s.validate(doc)] == ["b fired"]


@pytest.mark.parametrize("context, key", [
    ("key('dates', 'all')", '<xsl:key xmlns:xsl="http://www.w3.org/1999/XSL/Transform" name="dates" '
                            'match="@when" use="\'all\'"/>'),
    (".[. instance of attribute(when)]", ""),
])
def test_contexts_that_match_attributes_without_an_at_still_fire(tmp_path, doc, context, key):
    s = schema(tmp_path, f"""{key}
      <pattern><rule context="{context}"><report test="true()">date <value-of select="."/></report></rule></pattern>""")
    assert [f.message for f in s.validate(doc)] == ["date 1949"]


def test_element_rules_with_attribute_predicates_still_fire(tmp_path, doc):
    s = schema(tmp_path, """
      <pattern>
        <rule context="x:a[@when = '1949']"><report test="true()">dated <value-of select="@when"/></report></rule>
      </pattern>""")
    assert [f.message for f in s.validate(doc)] == ["dated 1949"]


def test_root_and_text_contexts(tmp_path, doc):
    s = schema(tmp_path, """
      <pattern>
        <rule context="/"><report test="x:r">document node</report></rule>
      </pattern>
      <pattern>
        <rule context="x:a/text()"><report test=". = 'two'">text <value-of select="."/></report></rule>
      </pattern>""")
    assert [(f.message, f.line) for f in s.validate(doc)] == [("document node", 2), ("text two", 4)]


# --- variables and messages ---------------------------------------------------------

def test_let_at_schema_pattern_and_rule_level(tmp_path, doc):
    s = schema(tmp_path, """
      <let name="limit" value="2"/>
      <pattern id="p">
        <let name="count" value="count(//x:a)"/>
        <let name="over" value="$count - $limit"/>
        <rule context="x:r">
          <let name="nested" value="count(x:b/x:a)"/>
          <report test="$over = 1">count=<value-of select="$count"/> over=<value-of select="$over"/> nested=<value-of select="$nested"/></report>
        </rule>
      </pattern>
      <pattern id="q">
        <let name="count" value="'shadowed'"/>
        <rule context="x:r"><report test="true()"><value-of select="$count, $limit"/></report></rule>
      </pattern>""")
    assert [f.message for f in s.validate(doc)] == ["count=3 over=1 nested=1", "shadowed 2"]


def test_a_pattern_let_serves_every_rule_of_the_pattern(tmp_path, doc):
    s = schema(tmp_path, """
      <pattern>
        <let name="count" value="count(//x:a)"/>
        <rule context="x:r"><report test="true()">r <value-of select="$count"/></report></rule>
        <rule context="x:b"><report test="true()">b <value-of select="$count"/></report></rule>
        <rule context="x:a[@when]"><report test="true()">a <value-of select="$count"/></report></rule>
      </pattern>""")
    assert [f.message for f in s.validate(doc)] == ["r 3", "b 3", "a 3"]


def test_message_markup_and_whitespace(tmp_path, doc):
    s = schema(tmp_path, """
      <pattern>
        <rule context="x:b/x:a">
          <report test="true()">
              Element &lt;<name/>&gt; in <name path=".."/>
              has <emph>n=<value-of select="@n"/></emph>,<dir value="ltr"> text</dir>
              <span class="x">«<value-of select="string(.)"/>»</span> and <value-of select="1 to 3"/>.
          </report>
        </rule>
      </pattern>""")
    [f] = s.validate(doc)
    assert f.message == "Element <a> in b has n=3, text «three» and 1 2 3."


def test_abstract_rule_is_inlined_by_extends(tmp_path, doc):
    s = schema(tmp_path, """
      <pattern>
        <rule abstract="true" id="numbered">
          <let name="n" value="number(@n)"/>
          <assert test="$n lt 3">n too big: <value-of select="$n"/></assert>
        </rule>
        <rule context="x:a">
          <extends rule="numbered"/>
          <report test="$n = 1">first</report>
        </rule>
      </pattern>""")
    assert [f.message for f in s.validate(doc)] == ["first", "n too big: 3"]


def test_diagnostics_are_appended(tmp_path, doc):
    s = schema(tmp_path, """
      <pattern>
        <rule context="x:b"><assert test="false()" diagnostics="d1 d2">Bad b.</assert></rule>
      </pattern>
      <diagnostics>
        <diagnostic id="d1">It has <value-of select="count(*)"/> child.</diagnostic>
        <diagnostic id="d2">Fix it.</diagnostic>
      </diagnostics>""")
    assert [f.message for f in s.validate(doc)] == ["Bad b. It has 1 child. Fix it."]


def test_xpath1_binding_runs_in_backwards_compatible_mode(tmp_path, doc):
    # In XPath 2+ substring-after() of several nodes is a type error; XPath 1 takes the first.
    body = """<pattern><rule context="x:r">
                <report test="substring-after(x:a/@n, '') = '1'">first of <value-of select="count(x:a)"/></report>
              </rule></pattern>"""
    assert [f.message for f in schema(tmp_path, body, binding="xslt").validate(doc)] == ["first of 2"]
    with pytest.raises(SchematronError, match="validation failed"):
        schema(tmp_path, body, binding="xslt2", name="two.sch").validate(doc)


def test_doc_and_base_uri_resolve_relative_to_the_validated_file(tmp_path):
    write(tmp_path / "data" / "persons.xml", f'<listPerson xmlns="{TEI_NS}"><person xml:id="mao"/></listPerson>')
    letter = write(tmp_path / "data" / "letter.xml", f"""<TEI xmlns="{TEI_NS}">
  <persName ref="persons.xml#mao">Mao</persName>
  <persName ref="persons.xml#nobody">Nobody</persName>
</TEI>""")
    s = schema(tmp_path / "schemas", """
      <pattern>
        <rule context="tei:persName[contains(@ref, '#')]">
          <let name="register" value="doc(resolve-uri(substring-before(@ref, '#'), base-uri(.)))"/>
          <assert test="$register//*[@xml:id = substring-after(current()/@ref, '#')]">
            <value-of select="@ref"/> not found</assert>
        </rule>
      </pattern>""")
    assert [(f.message, f.line) for f in s.validate(letter)] == [("persons.xml#nobody not found", 3)]


def test_xsl_functions_and_keys_and_doc_relative_to_the_schema(tmp_path):
    write(tmp_path / "schemas" / "codes.xml", "<codes><code>ok</code></codes>")
    data = write(tmp_path / "data" / "d.xml", "<r>\n<c>ok</c>\n<c>bad</c>\n</r>")
    s = Schematron(write(tmp_path / "schemas" / "f.sch", """
<schema xmlns="http://purl.oclc.org/dsdl/schematron" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
        queryBinding="xslt3">
  <ns prefix="f" uri="urn:f"/>
  <ns prefix="xs" uri="http://www.w3.org/2001/XMLSchema"/>
  <xsl:key name="codes" match="code" use="."/>
  <xsl:function name="f:known" as="xs:boolean">
    <xsl:param name="v"/>
    <xsl:sequence select="exists(key('codes', $v, doc('codes.xml')))"/>
  </xsl:function>
  <pattern><rule context="c"><assert test="f:known(.)">unknown <value-of select="."/></assert></rule></pattern>
</schema>"""))
    assert [(f.message, f.line) for f in s.validate(data)] == [("unknown bad", 3)]


def test_validate_string(tmp_path):
    s = schema(tmp_path, """<pattern><rule context="x:a"><report test="@n">n=<value-of select="@n"/></report></rule></pattern>""")
    text = '<r xmlns="urn:x">\n<a n="Письмо 毛"/>\n</r>'
    assert [(f.file, f.line, f.message) for f in s.validate_string(text)] == [("<string>", 2, "n=Письмо 毛")]


def test_one_compilation_serves_many_files(tmp_path, doc, monkeypatch):
    """Compiled once, run many times (speed is measured in benchmarks/run.py)."""
    import pipeline.schematron as module

    s = schema(tmp_path, """<pattern><rule context="x:a"><assert test="@n">no n</assert></rule></pattern>""")
    monkeypatch.setattr(module, "compile_schematron", lambda *a, **k: pytest.fail("compiled again"))
    for _ in range(300):
        assert s.validate(doc) == []


def test_many_files_are_checked_a_batch_at_a_time_each_with_its_findings(tmp_path, monkeypatch):
    """What one Saxon run holds grows with its files: a long list is run in batches of MANY,
    and every file still gets its own findings."""
    import pipeline.schematron as module

    s = schema(tmp_path, """<pattern><rule context="x:a"><assert test="@n != '2'">n is 2</assert></rule></pattern>""")
    files = [write(tmp_path / f"d{i}.xml", f'<r xmlns="urn:x">\n<a n="{i % 3}"/></r>') for i in range(8)]
    sizes = []
    original = module.Schematron.validate_many
    monkeypatch.setattr(module.Schematron, "validate_many", lambda self, paths: sizes.append(len(paths)) or
                        original(self, paths))
    monkeypatch.setattr(module, "MANY", 3)
    results = s.validate_many(files)
    assert sizes == [8, 3, 3, 2]
    assert list(results) == files
    assert {p.name: [(f.line, f.message) for f in found] for p, found in results.items() if found} == \
        {"d2.xml": [(2, "n is 2")], "d5.xml": [(2, "n is 2")]}


def test_shared_processor():
    assert processor() is processor()


# --- the compiled stylesheet and errors -----------------------------------------------

def test_compiles_to_xslt3(tmp_path):
    path = write(tmp_path / "s.sch", """<schema xmlns="http://purl.oclc.org/dsdl/schematron">
      <pattern><rule context="*"><assert test="true()">x</assert></rule></pattern></schema>""")
    root = etree.fromstring(compile_schematron(path))
    assert root.tag == "{http://www.w3.org/1999/XSL/Transform}stylesheet"
    assert root.get("version") == "3.0"


def test_compile_error_names_schema_line_and_saxon_message(tmp_path):
    with pytest.raises(SchematronError) as error:
        schema(tmp_path, """
      <pattern>
        <rule context="x:a">
          <assert test="count(x:b">broken</assert>
        </rule>
      </pattern>""")
    message = str(error.value)
    assert message.startswith(f"{tmp_path / 'test.sch'}:8: Schematron does not compile")
    assert "XPST0003" in message


def test_bad_context_and_unknown_prefix_are_reported(tmp_path):
    with pytest.raises(SchematronError, match=r"test\.sch:7: .*XPST0081"):
        schema(tmp_path, """
      <pattern>
        <rule context="q:a"><assert test="true()">x</assert></rule>
      </pattern>""")


@pytest.mark.parametrize("text, expected", [
    ("<schema/>", "not an ISO sch:schema"),
    ("<schema", "cannot read schema"),
    ('<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="stx"/>', "unsupported queryBinding"),
    ('<schema xmlns="http://purl.oclc.org/dsdl/schematron"><include href="x.sch"/></schema>', "not supported"),
    ('<schema xmlns="http://purl.oclc.org/dsdl/schematron"><pattern><rule context="*">'
     '<extends rule="missing"/></rule></pattern></schema>', "no abstract rule 'missing'"),
])
def test_unusable_schemas_raise_schematron_error(tmp_path, text, expected):
    with pytest.raises(SchematronError, match=expected):
        Schematron(write(tmp_path / "s.sch", text))


def test_missing_or_broken_document_raises_schematron_error(tmp_path):
    s = schema(tmp_path, """<pattern><rule context="*"><assert test="true()">x</assert></rule></pattern>""")
    with pytest.raises(SchematronError, match="no such file"):
        s.validate(tmp_path / "absent.xml")
    with pytest.raises(SchematronError, match="broken.xml: validation failed"):
        s.validate(write(tmp_path / "broken.xml", "<r><a></r>"))


# --- the reference schemas in ../shared ----------------------------------------------

TEI_DOC = f"""<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="{TEI_NS}">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>Letter</title></titleStmt>
      <publicationStmt><p>Unpublished</p></publicationStmt>
      <sourceDesc><p>Archive</p></sourceDesc>
    </fileDesc>
    <profileDesc>
      <correspDesc>
        <correspAction type="sent"><persName>Stalin</persName>
          <date {{date}}/>
        </correspAction>
      </correspDesc>
    </profileDesc>
  </teiHeader>
  <text><body><p>Text</p></body></text>
</TEI>
"""


@pytest.fixture(scope="module")
def tei_all() -> Schematron:
    return Schematron(SHARED / "schemas" / "tei" / "tei_all.sch")


@needs_shared
def test_tei_all_reports_when_with_not_before(tmp_path, tei_all):
    [f] = tei_all.validate(write(tmp_path / "bad.xml", TEI_DOC.replace("{date}", 'when="1949" notBefore="1948"')))
    assert f.line == 12 and f.role == "nonfatal"
    assert f.message == "The @when attribute cannot be used with any other att.datable.w3c attributes."
    assert f.pattern == "tei_all-att.datable.w3c-att-datable-w3c-when-constraint-rule-2"


@needs_shared
def test_tei_all_accepts_a_clean_letter(tmp_path, tei_all):
    assert tei_all.validate(write(tmp_path / "ok.xml", TEI_DOC.replace("{date}", 'when="1949-01-06"'))) == []


CMIF_EXAMPLE = SHARED / "schemas" / "cmif" / "official" / "example01_basic.xml"
CMIF_SCHEMAS = {
    "official": SHARED / "schemas" / "cmif" / "official" / "cmif.sch",
    "correspsearch": SHARED / "schemas" / "cmif" / "correspsearch" / "cmif.sch",
}


def codes(findings: list[Finding]) -> list[tuple[str, int]]:
    """The [E0001]-style code at the start of each message, with its line."""
    return [(f.message.split("]")[0] + "]", f.line) for f in findings]


@needs_shared
def test_cmif_official_accepts_the_sig_example():
    assert Schematron(CMIF_SCHEMAS["official"]).validate(CMIF_EXAMPLE) == []


@needs_shared
def test_cmif_correspsearch_warns_about_text_after_ref_in_bibl():
    [f] = Schematron(CMIF_SCHEMAS["correspsearch"]).validate(CMIF_EXAMPLE)
    assert (f.role, f.pattern, f.line) == ("warning", "bibl-ref", 34)
    assert f.message == "[W0001] A tei:ref element should be at the end of the bibliographic citation."


@needs_shared
@pytest.mark.parametrize("which", CMIF_SCHEMAS)
def test_cmif_schemas_report_broken_letters(tmp_path, which):
    text = CMIF_EXAMPLE.read_text(encoding="utf-8")
    text = text.replace('<correspAction type="received">', '<correspAction type="forwarded">', 1)  # letter 1
    text = text.replace('source="#f5055f00', 'source="#nothing', 1)  # letter 1 too (line 39)
    text = text.replace('<date when="1825-05-07"/>', "<date>7 May 1825</date>")  # letter 2 (line 55)
    found = Schematron(CMIF_SCHEMAS[which]).validate(write(tmp_path / "broken.xml", text))
    errors = [f for f in found if f.role == "error"]
    assert codes(errors) == [("[E0002]", 39), ("[E0003]", 39), ("[E0004]", 55)]
    assert errors[1].location.endswith("/@source")
