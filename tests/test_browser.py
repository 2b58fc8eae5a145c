"""The HTML edition in a real browser: headless Chromium (Debian's, see tests/browser.py) on
the sample edition's pages, opened from disk (file://).

What a reader does is what is tested: typing in the search box, choosing filters, clicking the
timeline, sorting, moving by keyboard, reading on a phone. The expected documents are computed
from the TEI here (tei_facts), not read from the pages the script filters.
The browser tests skip when /usr/bin/chromium is absent; the HTML parsing tests always run.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import html5lib
import pytest
from lxml import etree

import browser
from pipeline import settings, transform

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).resolve().parent / "data" / "tei-mini"
TEI = {"t": "http://www.tei-c.org/ns/1.0"}

needs_chromium = pytest.mark.skipif(not browser.available(), reason=f"{browser.CHROMIUM} not installed")


# ---------------------------------------------------------------------------- expectations

@dataclass
class Doc:
    id: str
    words: str  # title and summary, lower case, with the names of what the summary names
    start: str  # the ISO date the document is sorted by
    month: str
    type: str
    correspondents: set[str] = field(default_factory=set)  # register ids of senders, recipients
    places: set[str] = field(default_factory=set)  # place ids named anywhere in the document


def tei_facts(tei_dir: Path) -> dict[str, Doc]:
    """What a reader expects of each document, read from the TEI with XPath."""
    names = {}
    for register in (tei_dir / "register").glob("*.xml"):
        for entry in etree.parse(str(register)).xpath("//t:person | //t:place | //t:org", namespaces=TEI):
            forms = entry.xpath("(t:persName | t:placeName | t:orgName)", namespaces=TEI)
            preferred = [f for f in forms if f.get("type") == "preferred"] or forms
            names[entry.get("{http://www.w3.org/XML/1998/namespace}id")] = " ".join(preferred[0].itertext())
    docs = {}
    for path in (tei_dir / "letters").glob("*.xml"):
        tree = etree.parse(str(path))

        def xp(expr, tree=tree):
            return tree.xpath(expr, namespaces=TEI)

        summary = xp("//t:profileDesc/t:abstract")
        named = xp("//t:profileDesc/t:abstract//*[@ref]/@ref")
        words = " ".join([xp("string(//t:titleStmt/t:title)"), *(" ".join(s.itertext()) for s in summary),
                          *(names.get(ref.partition("#")[2], "") for ref in named)])
        date = (xp("//t:correspDesc[not(@type='enclosure')]/t:correspAction[@type='sent']/t:date")
                + xp("//t:profileDesc/t:creation/t:date"))
        start = next((date[0].get(a) for a in ("when", "from", "notBefore", "to", "notAfter")
                      if date and date[0].get(a)), "")
        parties = xp("//t:correspDesc[not(@type='enclosure')]/t:correspAction[@type='sent' or @type='received']"
                     "/*[@ref]/@ref")
        docs[path.stem] = Doc(
            id=path.stem, words=" ".join(words.lower().split()), start=start,
            month=start[:7] if re.match(r"\d{4}-\d{2}", start) else "",
            type=xp("string(//t:keywords/t:term[@type='doctype']/@key)"),
            correspondents={ref.partition("#")[2] for ref in parties},
            places={ref.partition("#")[2] for ref in xp("//t:placeName/@ref")})
    # The index's order: by date, then id; undated last.
    return dict(sorted(docs.items(), key=lambda item: (item[1].start == "", item[1].start, item[0])))


def build(tei_dir: Path, out: Path) -> Path:
    transform.Stylesheets().html(tei_dir, out, settings.load(ROOT).params())
    return out


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The sample edition's HTML (from the committed tei/)."""
    return build(ROOT / "tei", tmp_path_factory.mktemp("site") / "html")


@pytest.fixture(scope="module")
def facts() -> dict[str, Doc]:
    return tei_facts(ROOT / "tei")


@pytest.fixture(scope="module")
def pw():
    if not browser.available():
        pytest.skip(f"{browser.CHROMIUM} not installed")
    with browser.playwright() as driver:
        yield driver


@pytest.fixture(scope="module")
def context(pw):
    with browser.chromium(pw) as ctx:
        yield ctx


@pytest.fixture
def tab(context):
    """A page that fails the test on any script error or dialog."""
    page = context.new_page()
    problems = []
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    page.on("console", lambda msg: problems.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None)
    page.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    yield page
    page.close()
    assert not problems, problems


def visible_rows(page) -> list[str]:
    """Ids of the index rows a reader sees (laid out, not hidden), in page order."""
    return page.eval_on_selector_all(
        "#documents tbody tr", "rows => rows.filter(r => r.getClientRects().length > 0).map(r => r.id)")


def in_order(facts: dict[str, Doc], ids) -> list[str]:
    """``ids`` in the index's order (see tei_facts)."""
    order = list(facts)
    return sorted(ids, key=order.index)


def open_index(page, site: Path, query: str = "") -> None:
    page.goto((site / "index.html").as_uri() + query)
    page.wait_for_selector("#filters:not([hidden])")


# ---------------------------------------------------------------------------- the index

@needs_chromium
def test_typing_nanjing_leaves_the_letters_that_name_nanjing(tab, site, facts):
    expected = [d.id for d in facts.values() if "nanjing" in d.words]
    assert 0 < len(expected) < len(facts), "the sample must name Nanjing in some documents only"
    open_index(tab, site)
    tab.click("#f-q")
    tab.keyboard.type("Nanjing", delay=10)
    assert in_order(facts, visible_rows(tab)) == visible_rows(tab) == in_order(facts, expected)
    assert tab.text_content("#hits") == f"{len(expected)} of {len(facts)} documents."
    assert "q=Nanjing" in tab.url
    # Case and accents do not matter; every word must occur.
    tab.fill("#f-q", "NANJÍNG")
    assert visible_rows(tab) == in_order(facts, expected)
    tab.fill("#f-q", "nanjing zzzz-not-there")
    assert visible_rows(tab) == []
    assert tab.text_content("#hits") == f"No document matches (of {len(facts)})."


@needs_chromium
def test_correspondent_filter_terebin_leaves_his_letters(tab, site, facts):
    expected = in_order(facts, [d.id for d in facts.values() if "terebin" in d.correspondents])
    assert expected
    open_index(tab, site)
    tab.select_option("#f-correspondent", "persons/terebin")
    assert visible_rows(tab) == expected
    assert "correspondent=persons%2Fterebin" in tab.url


@needs_chromium
def test_each_filter_and_each_of_its_values(tab, site, facts):
    open_index(tab, site)
    checks = {
        "correspondent": lambda doc, value: value.removeprefix("persons/").removeprefix("orgs/") in doc.correspondents,
        "type": lambda doc, value: doc.type == value,
        "place": lambda doc, value: value.removeprefix("places/") in doc.places,
        "from": lambda doc, value: doc.month != "" and doc.month >= value,
        "to": lambda doc, value: doc.month != "" and doc.month <= value,
    }
    for name, check in checks.items():
        values = tab.eval_on_selector_all(f"#f-{name} option", "options => options.map(o => o.value)")
        assert values[0] == "" and len(values) > 1, name
        for value in values[1:]:
            tab.select_option(f"#f-{name}", value)
            expected = in_order(facts, [d.id for d in facts.values() if check(d, value)])
            assert visible_rows(tab) == expected, (name, value)
            label = tab.eval_on_selector(f"#f-{name}", "s => s.selectedOptions[0].textContent")
            if name in ("correspondent", "type", "place"):  # the option says how many
                assert label.endswith(f"({len(expected)})"), (name, value, label)
        tab.select_option(f"#f-{name}", "")
        assert len(visible_rows(tab)) == len(facts)


@needs_chromium
def test_filters_combine_and_the_url_restores_them(tab, site, facts):
    open_index(tab, site)
    tab.select_option("#f-correspondent", "persons/joseph-stalin")
    tab.select_option("#f-from", "1949-01")
    tab.fill("#f-q", "proposal")
    expected = in_order(facts, [d.id for d in facts.values() if "joseph-stalin" in d.correspondents
                                and d.month >= "1949-01" and "proposal" in d.words])
    assert visible_rows(tab) == expected and expected
    linked = tab.url
    tab.goto("about:blank")
    tab.goto(linked)
    tab.wait_for_selector("#filters:not([hidden])")
    assert visible_rows(tab) == expected
    assert tab.input_value("#f-q") == "proposal"
    assert tab.input_value("#f-correspondent") == "persons/joseph-stalin"
    tab.click("#f-clear")
    tab.wait_for_function("document.querySelectorAll('#documents tbody tr[hidden]').length === 0")
    assert tab.input_value("#f-q") == "" and "?" not in tab.url


@needs_chromium
def test_columns_sort(tab, site, facts):
    open_index(tab, site)
    date_order = visible_rows(tab)
    assert date_order == list(facts)
    assert tab.get_attribute("th[data-sort='date']", "aria-sort") == "ascending"
    tab.click("th[data-sort='title'] button")
    titles = tab.eval_on_selector_all("#documents tbody tr td.title", "cells => cells.map(c => c.textContent.trim())")
    assert titles == sorted(titles, key=str.lower)
    assert tab.get_attribute("th[data-sort='title']", "aria-sort") == "ascending"
    assert tab.get_attribute("th[data-sort='date']", "aria-sort") is None
    tab.click("th[data-sort='title'] button")
    assert tab.get_attribute("th[data-sort='title']", "aria-sort") == "descending"
    assert "sort=-title" in tab.url
    tab.click("th[data-sort='date'] button")
    assert visible_rows(tab) == date_order


@needs_chromium
def test_timeline_bars_filter_the_index(tab, site, facts):
    open_index(tab, site)
    bars = tab.locator("#timeline svg a.bar")
    months = sorted({d.month for d in facts.values() if d.month})
    assert bars.count() == len(months)
    for i, month in enumerate(months):
        expected = in_order(facts, [d.id for d in facts.values() if d.month == month])
        label = bars.nth(i).get_attribute("aria-label")
        assert label.endswith(f": {len(expected)} document" + ("s" if len(expected) != 1 else "")), label
        bars.nth(i).click()
        assert visible_rows(tab) == expected, month
        assert tab.input_value("#f-from") == tab.input_value("#f-to") == month
    # By keyboard: focus the first bar and press Enter.
    tab.click("#f-clear")
    bars.nth(0).focus()
    tab.keyboard.press("Enter")
    assert visible_rows(tab) == in_order(facts, [d.id for d in facts.values() if d.month == months[0]])


@needs_chromium
def test_keyboard_reaches_every_control(tab, site):
    open_index(tab, site, "?q=cable")  # a filtered view: the skip link must still skip
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.className") == "skip-link"
    assert tab.evaluate("getComputedStyle(document.activeElement).top") != "-64px", "skip link shown on focus"
    tab.keyboard.press("Enter")
    assert tab.evaluate("document.activeElement.id") == "main"
    tab.fill("#f-q", "")
    tab.focus("#main")
    reached = set()
    for _ in range(80):
        tab.keyboard.press("Tab")
        reached.add(tab.evaluate("""(() => { const e = document.activeElement;
            return e.id || (e.closest('th') ? 'sort-' + e.closest('th').dataset.sort : '')
                || (e.classList && e.classList.contains('bar') ? 'bar' : e.tagName); })()"""))
    wanted = {"f-q", "f-correspondent", "f-from", "f-to", "f-type", "f-place", "f-clear",
              "sort-date", "sort-parties", "sort-type", "sort-title", "bar"}
    assert wanted <= reached, wanted - reached
    # Every control has a label.
    unlabelled = tab.evaluate("""[...document.querySelectorAll('input, select, button')]
        .filter(c => !(c.labels && c.labels.length) && !c.textContent.trim() && !c.getAttribute('aria-label'))
        .map(c => c.outerHTML)""")
    assert unlabelled == []
    # A select works from the keyboard alone.
    tab.focus("#f-type")
    tab.keyboard.press("ArrowDown")
    first_type = tab.eval_on_selector("#f-type", "s => s.options[1].value")
    assert tab.input_value("#f-type") == first_type
    assert len(visible_rows(tab)) < tab.locator("#documents tbody tr").count()


@needs_chromium
def test_without_javascript_the_index_is_the_whole_table(pw, site, facts):
    with browser.chromium(pw, java_script_enabled=False) as ctx:
        page = ctx.new_page()
        page.goto((site / "index.html").as_uri() + "?q=Nanjing")
        assert visible_rows(page) == list(facts)
        assert not page.is_visible("#filters")
        assert page.locator("button.sort").count() == 0
        assert page.is_visible("#timeline svg")


@needs_chromium
def test_print_shows_content_without_controls(tab, site):
    open_index(tab, site)
    tab.emulate_media(media="print")
    assert not tab.is_visible("#filters")
    assert not tab.is_visible("nav[aria-label='Main']")
    assert tab.is_visible("#documents")


# ---------------------------------------------------------------------------- pictures

@needs_chromium
def test_network_and_person_timelines_render_and_link(tab, site, facts):
    tab.goto((site / "network.html").as_uri())
    svg = tab.locator("svg.network-chart")
    assert svg.is_visible()
    box = svg.bounding_box()
    assert box["width"] > 300 and box["height"] > 200
    nodes = tab.eval_on_selector_all("svg.network-chart a.node", "links => links.map(a => a.getAttribute('href'))")
    correspondents = {c for d in facts.values() for c in d.correspondents}
    assert {n.rsplit("/", 1)[1].removesuffix(".html") for n in nodes} == correspondents
    edges = tab.locator("svg.network-chart path.edge")
    assert edges.count() == tab.locator("table.pairs tbody tr").count() > 0
    # Every page links to the network.
    tab.goto((site / "index.html").as_uri())
    assert tab.locator("nav[aria-label='Main'] a[href='network.html']").count() == 1
    # A person's page has a timeline of their letters whose bars sum to them.
    tab.goto((site / "persons" / "terebin.html").as_uri())
    labels = tab.eval_on_selector_all("#timeline svg a.bar", "bars => bars.map(b => b.getAttribute('aria-label'))")
    total = sum(int(re.search(r": (\d+) document", label).group(1)) for label in labels)
    assert total == sum("terebin" in d.correspondents for d in facts.values())
    tab.locator("#timeline svg a.bar").first.click()
    tab.wait_for_selector("#filters:not([hidden])")
    assert tab.input_value("#f-correspondent") == "persons/terebin"


# ---------------------------------------------------------------------------- every page

def all_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def assert_sound_html(path: Path) -> None:
    """No HTML5 parse error, no link in a link, the landmarks and the skip link."""
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
    tree = parser.parse(path.read_bytes())
    assert not parser.errors, (path.name, parser.errors[:5])
    assert not tree.findall(".//a//a"), f"{path.name}: a link inside a link"
    body = tree.find("body")
    assert [child.tag for child in body][:2] == ["a", "header"], path.name
    assert body[0].get("href") == "#main" and body[0].get("class") == "skip-link", path.name
    assert [(m.get("id")) for m in body.findall("main")] == ["main"], path.name
    assert body.findall("footer") and body.findall("header/nav[@aria-label='Main']"), path.name


def test_every_page_parses_without_html5_errors(site):
    for path in all_pages(site):
        assert_sound_html(path)


def ids_of(path: Path, cache: dict) -> set[str]:
    if path not in cache:
        cache[path] = set(etree.HTML(path.read_bytes()).xpath("//@id"))
    return cache[path]


@needs_chromium
def test_every_page_fits_a_phone_and_every_link_resolves(tab, site):
    tab.set_viewport_size(browser.PHONE)
    ids: dict = {}
    pages = all_pages(site)
    assert len(pages) > 40
    for path in pages:
        tab.goto(path.as_uri())
        width = tab.evaluate("[document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]")
        assert width[0] <= width[1], f"{path.relative_to(site)} scrolls sideways at 390 px: {width}"
        links = tab.evaluate("""[...document.querySelectorAll('[href], [src]')]
            .map(e => new URL(e.getAttribute('href') || e.getAttribute('src'), location.href).href)""")
        for url in links:
            if not url.startswith("file:"):
                assert url.startswith(("http://", "https://", "mailto:")), url
                continue
            target_url, _, fragment = url.partition("#")
            target = Path(re.sub(r"^file://", "", target_url.partition("?")[0]))
            assert target.is_file(), f"{path.relative_to(site)}: broken link {url}"
            if fragment:
                assert fragment in ids_of(target, ids), f"{path.relative_to(site)}: no #{fragment} in {target.name}"


CONTRAST = """() => {
  const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => { const f = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
                               return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const background = el => { for (; el; el = el.parentElement) { const c = rgb(getComputedStyle(el).backgroundColor);
                                 if (c.length === 3 || c[3] > 0) return c.slice(0, 3); } return [255, 255, 255]; };
  const low = [];
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || !el.getClientRects().length || getComputedStyle(el).visibility === 'hidden') continue;
    const style = getComputedStyle(el);
    const fg = rgb(el instanceof SVGElement ? style.fill : style.color).slice(0, 3);
    const [a, b] = [lum(fg), lum(background(el))].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    if (ratio < 4.5) low.push(el.tagName + ' ' + el.textContent.trim().slice(0, 30) + ' ' + ratio.toFixed(2));
  }
  return low;
}"""


@needs_chromium
def test_text_contrast_is_at_least_4_5(tab, site):
    first = sorted(site.glob("*_*.html"))[0]
    for path in [site / "index.html", site / "network.html", site / "persons.html", first,
                 site / "persons" / "joseph-stalin.html"]:
        tab.goto(path.as_uri())
        tab.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        assert tab.evaluate(CONTRAST) == [], path.name


# ---------------------------------------------------------------------------- hostile text

HOSTILE = '<script>window.pwned=1</script><img src=x onerror="window.pwned=1">"\'</textarea>'
HOSTILE_NAME = '<svg onload="window.pwned=1"> \' " Stalin'


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@needs_chromium
def test_hostile_text_stays_text(tmp_path, context):
    """Markup, quotes and javascript: in titles, summaries and names are shown as text: no
    script runs, no element is made of them, no link leads to javascript:."""
    tei = tmp_path / "tei"
    shutil.copytree(FIXTURE, tei)
    letter = tei / "letters" / "cable_1949-01-10_mao_filippov.xml"
    source = letter.read_text("utf-8")
    escaped = escape(HOSTILE)
    source = source.replace("important provinces.", f"important provinces {escaped} javascript:alert(1).")
    source = re.sub(r"(<title type=\"entry\">)[^<]*", rf"\1Cable {escaped}", source, count=1)
    source = re.sub(r"(<titleStmt>\s*<title>)[^<]*", rf"\1Cable {escaped}", source, count=1)
    letter.write_text(source, "utf-8")
    persons = tei / "register" / "persons.xml"
    persons.write_text(persons.read_text("utf-8").replace(
        ">Joseph Stalin<", f">Joseph {escape(HOSTILE_NAME)}<").replace(
        "</person>", '<idno type="VIAF">javascript:alert(1)</idno></person>', 1), "utf-8")
    site = build(tei, tmp_path / "html")
    for path in all_pages(site):
        assert_sound_html(path)

    page = context.new_page()
    events = []
    page.on("pageerror", lambda error: events.append(str(error)))
    page.on("dialog", lambda dialog: (events.append(dialog.message), dialog.dismiss()))
    pages = {"index.html": HOSTILE, "cable_1949-01-10_mao_filippov.html": HOSTILE,
             "persons/stalin.html": HOSTILE_NAME, "network.html": HOSTILE_NAME}
    for name, shown in pages.items():
        path = site / name
        page.goto(path.as_uri() + ("?q=" + "%3Cscript%3E" if path.name == "index.html" else ""))
        assert page.evaluate("window.pwned") is None, path.name
        assert page.locator("img").count() == 0, path.name
        scripts = page.eval_on_selector_all("script", "s => s.map(e => e.getAttribute('src'))")
        assert all(scripts) and all(not s.startswith(("javascript", "data")) for s in scripts), scripts
        hrefs = page.eval_on_selector_all("[href]", "els => els.map(e => e.getAttribute('href'))")
        assert not [h for h in hrefs if h.strip().lower().startswith("javascript")], path.name
        assert " ".join(shown.split()) in " ".join(page.text_content("body").split()), path.name
    # The search still finds the letter by its hostile words (the data arrived intact).
    page.goto((site / "index.html").as_uri())
    page.fill("#f-q", "<script>window.pwned=1</script>")
    assert visible_rows(page) == ["cable_1949-01-10_mao_filippov"]
    page.fill("#f-q", '<svg onload="window')
    assert len(visible_rows(page)) == 3  # the letters that name Stalin
    assert page.evaluate("window.pwned") is None
    assert not events, events


def test_script_builds_no_markup_from_data():
    script = (transform.XSLT_DIR / "assets" / "corresp.js").read_text("utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "Function(", "setTimeout(\""):
        assert sink not in script, sink
