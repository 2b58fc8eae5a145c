"""The outputs are made from cached per-letter fragments: the same bytes as making everything
from the letters, nothing written when nothing changed, and after one change only what
depends on it."""

from __future__ import annotations

import concurrent.futures
import contextlib
import functools
import os
import re
import shutil
import sys
import time
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from pipeline import cmif as cmif_mod, publish, settings, transform
from pipeline.edition import generate

from conftest import make_edition, own_stylesheet


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def inodes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_ino for p in folder.rglob("*") if p.is_file()}


def remade(before: dict[str, int], after: dict[str, int]) -> set[str]:
    """The files (of two ``inodes``) written anew in between."""
    return {name for name in after if before.get(name) != after[name]}


@pytest.fixture
def edition(tmp_path) -> Path:
    root = make_edition(tmp_path, tei=True)
    return root


def publish_all(root: Path, jobs: int = 1) -> dict[str, bool]:
    loaded = settings.load(root)
    # (the edition's own stylesheets, when it has some, as `corresp` runs them)
    with publish.Publisher(loaded.tei_dir, loaded.output_dir, loaded.params(), loaded.xslt_dir, jobs=jobs) as publisher:
        return {"html": publisher.html(loaded.output_dir / "html"),
                "csv": publisher.csv(loaded.output_dir / "letters.csv"),
                "cmif": publisher.cmif(loaded.output_dir / "cmif.xml")[0]}


def test_fragments_give_what_the_stylesheets_give_on_their_own(edition, tmp_path):
    publish_all(edition)
    loaded = settings.load(edition)
    alone = tmp_path / "alone"
    sheets = transform.Stylesheets()
    sheets.html(loaded.tei_dir, alone / "html", loaded.params())
    sheets.csv(loaded.tei_dir, alone / "letters.csv", loaded.params())
    assert tree(edition / "output" / "html") == tree(alone / "html")
    assert (edition / "output" / "letters.csv").read_bytes() == (alone / "letters.csv").read_bytes()


def _replace_once(path: Path, old: str, new: str) -> None:
    """A hand edit: ``old``, found once in the file, becomes ``new``."""
    text = path.read_text()
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new))


def test_a_party_an_editor_left_without_a_ref_is_shown_by_its_name(edition):
    """A recipient without @ref (valid TEI: a name not in the register) is a party by its
    name in the index and on its page; before, making the facts of its letter failed."""
    _replace_once(edition / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml",
                  '<persName ref="../register/persons.xml#joseph-stalin">Filippov</persName>', "<persName>Filippov</persName>")
    publish_all(edition)
    html = edition / "output" / "html"
    row = re.search(r'<tr id="cable_1949-01-10_mao_filippov".*?</tr>', (html / "index.html").read_text(), re.S)
    assert "Filippov" in row.group(0) and "joseph-stalin" not in row.group(0)
    assert "Filippov" in (html / "cable_1949-01-10_mao_filippov.html").read_text()


def test_a_choice_a_note_and_paragraphs_are_read_as_words(edition):
    """Of a <choice> only the reading is published (not "tehthe"), and a note, a line break
    or a second paragraph never runs into the words before it: in the CSV, the search file,
    the page, and the names the register gives the letters' parties."""
    _replace_once(edition / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml",
                  "capture several important provinces.</p>",
                  "capture <choice><sic>teh</sic><corr>the</corr></choice> provinces"
                  "<note>a footnote</note> first.<lb/>Next line.</p><p>Second para.</p>")
    _replace_once(edition / "tei" / "register" / "persons.xml", '<persName type="preferred">Mao Zedong</persName>',
                  '<persName type="preferred">Mao <choice><orig>Tse-tung</orig><reg>Zedong</reg></choice></persName>')
    publish_all(edition)
    output = edition / "output"
    csv_text = (output / "letters.csv").read_text()
    for made in (csv_text, (output / "html" / "search-index.js").read_text()):
        assert "capture the provinces a footnote first. Next line. Second para." in made
        assert "teh" not in made and "Tse-tung" not in made
    assert "Mao Zedong,https://d-nb.info/gnd/118577425" in csv_text
    page = (output / "html" / "cable_1949-01-10_mao_filippov.html").read_text()
    assert "capture the provinces" in page and "teh" not in page
    assert '<span class="note">a footnote</span>' in page


def test_a_letter_whose_titles_an_editor_emptied_is_still_linked_by_its_id(edition):
    """An empty entry title and an empty TEI title: the index links the letter by its id
    (a link with no words cannot be followed), and its page is headed so."""
    letter = edition / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml"
    text = letter.read_text()
    titles = re.findall(r"<title>[^<]*</title>|<title type=\"entry\">[^<]*</title>", text)
    assert len(titles) == 2
    for title in titles:
        text = text.replace(title, re.sub(r">[^<]*<", "><", title))
    letter.write_text(text)
    publish_all(edition)
    html = edition / "output" / "html"
    assert '<a href="cable_1949-01-10_mao_filippov.html">cable_1949-01-10_mao_filippov</a>' in \
        (html / "index.html").read_text()
    assert "<h1>cable_1949-01-10_mao_filippov</h1>" in (html / "cable_1949-01-10_mao_filippov.html").read_text()


def test_a_forwarded_letter_and_a_note_on_its_way_are_on_its_page(edition):
    """correspAction type="forwarded" (and "redirected") and a correspDesc's note: on the
    letter's page, not left out."""
    _replace_once(edition / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml", "</correspDesc>", (
        '<correspAction type="forwarded"><persName ref="../register/persons.xml#terebin">Terebin</persName>'
        '<placeName>Harbin</placeName></correspAction>'
        '<correspAction type="redirected"><persName>Li</persName></correspAction>'
        "<note>Copy kept in the <hi>second</hi> file.</note></correspDesc>"))
    publish_all(edition)
    page = (edition / "output" / "html" / "cable_1949-01-10_mao_filippov.html").read_text()
    items = dict(re.findall(r"<dt>([^<]+)</dt>\s*<dd[^>]*>(.*?)</dd>", page, re.S))
    assert "Terebin" in items["Forwarded by"] and "Harbin" in items["Forwarded from"]
    assert "Li" in items["Redirected by"] and "Redirected from" not in items
    assert re.sub(r"<[^>]+>|\s+", " ", items["Note"]).split() == "Copy kept in the second file.".split()


def test_a_year_of_five_digits_is_filed_under_no_year(edition, tmp_path):
    """when="19490" (a slip of the keyboard, or a year far ahead): not filed under 1949 in
    the index, its timeline or its filters."""
    letter = edition / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml"
    letter.write_text(letter.read_text().replace('when="1949-01-10"', 'when="19490"'))
    publish_all(edition)
    index = (edition / "output" / "html" / "index.html").read_text()
    row = re.search(r'<tr id="cable_1949-01-10_mao_filippov"[^>]*>', index).group(0)
    assert "data-year" not in row and "data-month" not in row
    _same_as_alone(edition, tmp_path)


def test_spaces_around_a_date_are_read_as_the_date(edition, tmp_path):
    """TEI lets a date attribute have spaces around it (when=" 1949-01-10 "): the letter is
    sorted, dated and published as with when="1949-01-10" (before, cmif.xml carried the
    spaces and was not valid CMIF, and the letter sorted first of its month)."""
    plain = tmp_path / "plain"
    shutil.copytree(edition, plain)
    letter = edition / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml"
    text = letter.read_text()
    assert text.count('when="1949-01-10"') == 2
    letter.write_text(text.replace('when="1949-01-10"', 'when=" 1949-01-10 "'))
    publish_all(edition)
    publish_all(plain)
    spaced, made = tree(edition / "output"), tree(plain / "output")
    shown = [name for name in made if not name.startswith((".cache/", "html/tei/"))]
    assert len(shown) > 20 and [name for name in shown if spaced.get(name) != made[name]] == []


def test_the_index_counts_corresp_keeps_are_what_the_stylesheet_counts(edition, tmp_path):
    """The index is made from counts corresp keeps per letter (index-tally.xml): a party
    without an entry, a letter dated to the year, an undated one and one of no type are
    counted as the stylesheet on its own counts them (c:tally-of), after a letter moved to
    another month too."""
    letters = edition / "tei" / "letters"

    def edit(name: str, old: str, new: str) -> None:  # (every time it is there)
        text = (letters / name).read_text()
        assert old in text
        (letters / name).write_text(text.replace(old, new))
    edit("cable_1949-01-10_mao_filippov.xml", '<persName ref="../register/persons.xml#joseph-stalin">Filippov',
         "<persName>Filippov")
    edit("cable_1949-01-09_mao_stalin.xml", '<date when="1949-01-09">January 09, 1949</date>',
         '<date when="1949">1949</date>')
    edit("cable_1949-01-13_terebin_stalin.xml", '<date when="1949-01-13">January 13, 1949</date>', "<date/>")
    edit("cable_1949-01-13_terebin_stalin.xml", '<term type="doctype" key="cable">Cable</term>', "")
    publish_all(edition)
    tally = (edition / "output" / ".cache" / "index-tally.xml").read_text()
    docs = int(re.search(r'<c:tally [^>]*docs="(\d+)"', tally).group(1))
    months = [int(n) for n in re.findall(r'<c:month [^>]*docs="(\d+)"', tally)]
    years = [int(n) for n in re.findall(r'<c:year [^>]*docs="(\d+)"', tally)]
    types = [int(n) for n in re.findall(r'<c:type [^>]*docs="(\d+)"', tally)]
    assert docs > sum(years) > sum(months) and sum(types) < docs  # (what the edits are for)
    assert 'key="name:' not in tally and 'key="persons/joseph-stalin"' in tally
    _same_as_alone(edition, tmp_path / "1")
    edit("cable_1948-11-22_stalin_mao-zedong.xml", 'when="1948-11-22"', 'when="1948-10-30"')
    publish_all(edition)
    _same_as_alone(edition, tmp_path / "2")


def test_an_editions_own_html_xsl_counts_the_index_as_on_its_own(edition, tmp_path):
    """An edition's own html.xsl may change what the index counts (here no place is named,
    and type labels are capitals): corresp's index is what that stylesheet makes on its
    own, also after a date moved to another month."""
    (edition / "xslt").mkdir()
    (edition / "xslt" / "html.xsl").write_text(own_stylesheet("html", """
  <xsl:function name="c:fact-keys" as="xs:string*">
    <xsl:param name="fact" as="element(c:doc)"/>
  </xsl:function>
  <xsl:function name="c:type-label" as="xs:string">
    <xsl:param name="fact" as="element(c:doc)"/>
    <xsl:sequence select="upper-case($fact/@type-label)"/>
  </xsl:function>"""))
    publish_all(edition)
    index = (edition / "output" / "html" / "index.html").read_text()
    assert '<option value="places/' not in index and '<option value="cable">CABLE' in index
    _same_as_alone(edition, tmp_path / "1")
    letter = edition / "tei" / "letters" / "cable_1948-11-22_stalin_mao-zedong.xml"
    letter.write_text(letter.read_text().replace('when="1948-11-22"', 'when="1948-12-31"'))
    publish_all(edition)
    _same_as_alone(edition, tmp_path / "2")


def _same_as_alone(edition: Path, tmp_path: Path) -> None:
    """The HTML edition is what the stylesheet (the edition's own, when it has one) makes on its own."""
    loaded = settings.load(edition)
    transform.Stylesheets(edition_xslt=loaded.xslt_dir).html(loaded.tei_dir, tmp_path / "html", loaded.params())
    assert tree(edition / "output" / "html") == tree(tmp_path / "html")


MARK = "<ul><!--corresp-items 1--></ul>"


def test_entry_pages_list_items_made_once_per_letter(edition, tmp_path):
    """corresp's stylesheet leaves the lists of an entry page as marks, which corresp fills
    with the items it keeps per letter: the pages are those the stylesheet fills on its own."""
    loaded = settings.load(edition)
    sheets = transform.Stylesheets()
    sheets.run("html.xsl", loaded.tei_dir, loaded.params(), "{urn:corresp}site-registers",
               {"item-marks": "yes"}, tmp_path / "marks")
    page = (tmp_path / "marks" / "persons" / "mao-zedong.html").read_text("utf-8")
    assert re.search(r"\n +<ul><!--corresp-items [0-9 ]+--></ul>\n", page) and "<li><time" not in page
    publish_all(edition)
    page = (edition / "output" / "html" / "persons" / "mao-zedong.html").read_text("utf-8")
    assert "corresp-items" not in page
    assert re.search(r'^ +<li><time class="date" datetime="1949-01-10">January 10, 1949</time>: '
                     r'<a href="\.\./cable_1949-01-10_mao_filippov\.html">', page, re.M)
    sheets.html(loaded.tei_dir, tmp_path / "alone", loaded.params())
    assert tree(edition / "output" / "html") == tree(tmp_path / "alone")


def test_text_that_looks_like_a_list_mark_stays_text(edition, tmp_path):
    """A title or a name written like the mark of a list is escaped, and no list is put into it."""
    letter = edition / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml"
    text = letter.read_text("utf-8")
    hostile = MARK.replace("<", "&lt;")
    letter.write_text(re.sub(r'(<title type="entry">)[^<]*', lambda m: m.group(1) + hostile, text, count=1), "utf-8")
    persons = edition / "tei" / "register" / "persons.xml"
    persons.write_text(persons.read_text("utf-8").replace(">Mao Zedong</persName>", f">Mao {hostile}</persName>", 1),
                       "utf-8")
    publish_all(edition)
    html = edition / "output" / "html"
    pages = {name: page.decode("utf-8") for name, page in tree(html).items() if name.endswith(".html")}
    # in attributes the serializer escapes '>' ('title="Mao <ul&gt;<!--corresp-items 1--&gt;…"')
    assert not [name for name, page in pages.items() if re.search("<!--corresp-items [0-9 ]+-->", page)]
    escaped = "&lt;ul&gt;&lt;!--corresp-items 1--&gt;&lt;/ul&gt;"
    assert escaped in pages["persons/mao-zedong.html"] and escaped in pages["persons/joseph-stalin.html"]
    alone = tmp_path / "alone"
    transform.Stylesheets().html(edition / "tei", alone, settings.load(edition).params())
    assert tree(html) == tree(alone)


def test_nothing_changed_nothing_written(edition):
    assert publish_all(edition) == {"html": True, "csv": True, "cmif": True}
    before = inodes(edition / "output")
    mtimes = {p: p.stat().st_mtime_ns for p in (edition / "output").rglob("*") if p.is_file()
              and ".cache" not in p.parts}
    assert publish_all(edition) == {"html": False, "csv": False, "cmif": False}
    assert inodes(edition / "output") == before
    assert {p: p.stat().st_mtime_ns for p in mtimes} == mtimes


def _same_as_fresh(edition: Path, tmp_path: Path) -> None:
    """The outputs are what a run from nothing gives."""
    fresh = tmp_path / "fresh"
    shutil.copytree(edition, fresh, ignore=shutil.ignore_patterns("output"))
    publish_all(fresh)
    assert tree(edition / "output" / "html") == tree(fresh / "output" / "html")
    for name in ("letters.csv", "cmif.xml"):
        assert (edition / "output" / name).read_bytes() == (fresh / "output" / name).read_bytes()


def test_an_edited_summary_remakes_its_page_and_the_aggregates_only(edition, tmp_path):
    publish_all(edition)
    html = edition / "output" / "html"
    before = inodes(html)
    letter = edition / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml"
    text = letter.read_text()
    assert text.count("</abstract>") == 1
    letter.write_text(text.replace("</p>\n      </abstract>", " (Editor: see also the reply.)</p>\n      </abstract>"))
    assert letter.read_text() != text
    cmif = (edition / "output" / "cmif.xml").stat().st_ino
    # CMIF has no summaries (only the names in them, and they are the same); the CSV has them
    assert publish_all(edition) == {"html": True, "csv": True, "cmif": False}
    assert (edition / "output" / "cmif.xml").stat().st_ino == cmif
    assert "(Editor: see also the reply.)" in (edition / "output" / "letters.csv").read_text("utf-8")
    after = inodes(html)
    made = remade(before, after)
    # the facts of the letter (date, title, parties, places) are the same: no register page,
    # no neighbour, not the network, not the index; the search file holds its summary
    assert made == {"cable_1949-01-10_mao_filippov.html", "tei/cable_1949-01-10_mao_filippov.xml",
                    "search-index.js"}
    assert set(after) == set(before)
    _same_as_fresh(edition, tmp_path)


def _edit_summary(letter: Path, words: str) -> None:
    text = letter.read_text()
    assert text.count("</abstract>") == 1
    letter.write_text(text.replace("</p>\n      </abstract>", f" {words}</p>\n      </abstract>"))


def _not_every_page(monkeypatch) -> None:
    """Fail a run that looks at every page or every letter's facts."""
    def every(*args, **kwargs):
        raise AssertionError("looked at every page")
    for name in ("_names", "_link_tree", "_each"):
        monkeypatch.setattr(publish, name, every)
    monkeypatch.setattr(publish.Publisher, "_write_facts", every)


def test_after_a_few_summaries_only_their_pages_are_looked_at(edition, tmp_path, monkeypatch):
    publish_all(edition)
    letters = edition / "tei" / "letters"
    for round, name in enumerate(("cable_1949-01-10_mao_filippov.xml", "cable_1948-11-21_mao_stalin.xml")):
        _edit_summary(letters / name, f"(Editor, round {round}: see also the reply.)")
        _not_every_page(monkeypatch)
        assert publish_all(edition)["html"]
        monkeypatch.undo()
        page = " ".join((edition / "output" / "html" / f"{name[:-4]}.html").read_text("utf-8").split())
        assert f"(Editor, round {round}: see also the reply.)" in page  # (the page's lines are wrapped)
        shutil.rmtree(tmp_path / "fresh", ignore_errors=True)
        _same_as_fresh(edition, tmp_path)


@pytest.mark.parametrize("meanwhile", ["page deleted", "csv made alone"])
def test_a_few_summaries_go_the_long_way_when_the_pages_may_not_be_the_last_run(edition, tmp_path, meanwhile):
    """Only pages known to be as the last run left them are kept without a look: a page
    deleted by hand, and fragments made again by another stage (a letter edited meanwhile),
    send the run the long way."""
    publish_all(edition)
    loaded = settings.load(edition)
    letters, html = edition / "tei" / "letters", edition / "output" / "html"
    first, second = letters / "cable_1949-01-10_mao_filippov.xml", letters / "cable_1948-11-21_mao_stalin.xml"
    deleted = html / "cable_1949-01-17_mao-zedong_filippov.html"
    if meanwhile == "page deleted":
        deleted.unlink()
    elif meanwhile == "csv made alone":
        _edit_summary(first, "(Editor: seen meanwhile.)")
        with publish.Publisher(loaded.tei_dir, loaded.output_dir, loaded.params(), jobs=1) as publisher:
            assert publisher.csv(loaded.output_dir / "letters.csv")
    _edit_summary(second, "(Editor: the second edit.)")
    assert publish_all(edition)["html"]
    assert deleted.is_file()
    if meanwhile == "csv made alone":
        page = (html / "cable_1949-01-10_mao_filippov.html").read_text("utf-8")
        assert "(Editor: seen meanwhile.)" in " ".join(page.split())
    _same_as_fresh(edition, tmp_path)


def test_files_of_pieces_are_patched_where_letters_changed(edition, tmp_path, monkeypatch):
    """After summaries changed, the CSV and the search file are their last versions with
    those letters' pieces put in place, one longer, one shorter, in bytes that are not
    characters: what a run from nothing writes."""
    publish_all(edition)
    letters = edition / "tei" / "letters"
    longer, shorter = letters / "cable_1948-11-21_mao_stalin.xml", letters / "cable_1949-01-17_mao-zedong_filippov.xml"
    longer.write_text(longer.read_text().replace("</p>\n      </abstract>", " Déjà lu: ünïcödé.</p>\n      </abstract>"))
    text = shorter.read_text()
    assert text.count(" once again. He gives an alternative, which is") == 1  # no name in it: the facts stay
    shorter.write_text(text.replace(" once again. He gives an alternative, which is", ";"))

    def whole(*args):
        raise AssertionError("made whole")
    for again in (False, True):  # the second time from the layout the first one noted
        if again:
            longer.write_text(longer.read_text().replace(" Déjà lu: ünïcödé.", "…"))
        monkeypatch.setattr(publish._Layout, "whole", whole)
        assert publish_all(edition)["csv"]
        monkeypatch.undo()
        assert ("…" if again else "Déjà lu: ünïcödé.") in (edition / "output" / "letters.csv").read_text("utf-8")
        shutil.rmtree(tmp_path / "fresh", ignore_errors=True)
        _same_as_fresh(edition, tmp_path)
        assert (edition / "output" / "html" / "search-index.js").read_bytes() == \
            (tmp_path / "fresh" / "output" / "html" / "search-index.js").read_bytes()


def test_the_cmif_file_is_patched_where_a_letter_changed(edition, tmp_path, monkeypatch):
    """A date corrected by a day changes the letter's correspDesc, not its place in date
    order (the letter of the day before comes first either way): cmif.xml is its last
    version with that letter's lines put in place."""
    publish_all(edition)
    letter = edition / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml"
    assert (edition / "tei" / "letters" / "cable_1949-01-09_mao_stalin.xml").is_file()
    text = letter.read_text()
    letter.write_text(text.replace('when="1949-01-10"', 'when="1949-01-09"'))
    patched, original = [], publish._Layout.patched

    def noted(layout, *args):
        made = original(layout, *args)
        patched.append((Path(layout.live).name, made is not None))
        return made
    monkeypatch.setattr(publish._Layout, "patched", noted)
    assert publish_all(edition)["cmif"]
    monkeypatch.undo()
    assert ("cmif.xml", True) in patched
    assert 'when="1949-01-09"' in (edition / "output" / "cmif.xml").read_text("utf-8")
    _same_as_fresh(edition, tmp_path)


def test_files_of_pieces_are_patched_after_letters_moved_came_or_went(edition, tmp_path, monkeypatch):
    """A letter moved in date order, a new one, one gone, one renamed: the CSV, the CMIF file
    and the search file are their last versions with the runs of unchanged letters copied in
    this order, and the pieces of the others read: what a run from nothing writes."""
    publish_all(edition)
    letters = edition / "tei" / "letters"
    first = letters / "cable_1948-11-21_mao_stalin.xml"
    copy = first.read_text().replace('xml:id="cable_1948-11-21_mao_stalin"', 'xml:id="cable_1948-11-21_mao_stalin_copy"')

    def moved() -> None:  # from the first weeks to the last day
        first.write_text(first.read_text().replace('when="1948-11-21"', 'when="1949-01-31"'))

    def renamed() -> None:  # the same bytes under another name
        (letters / "notes_1949-01-31_anastas-mikoyan.xml").rename(letters / "notes_1949-01-31_mikoyan.xml")
    for n, change in enumerate((moved, lambda: (letters / "cable_1948-11-21_copy.xml").write_text(copy),
                                lambda: (letters / "statement_1949-01-18.xml").unlink(), renamed)):
        change()
        whole, made_whole = publish._Layout.whole, []
        monkeypatch.setattr(publish._Layout, "whole", lambda layout, *a: made_whole.append(Path(layout.live).name)
                            or whole(layout, *a))
        publish_all(edition)
        monkeypatch.undo()
        # (and the index, whose head counts the letters of each year, and its rows: the letter
        # moved into another year)
        assert not {"letters.csv", "cmif.xml", "search-index.js", "index.html"} & set(made_whole), n
        _same_as_fresh(edition, tmp_path / str(n))
        assert (edition / "output" / "html" / "search-index.js").read_bytes() == \
            (tmp_path / str(n) / "fresh" / "output" / "html" / "search-index.js").read_bytes()


def test_a_renamed_letter_whose_pieces_show_its_file_name_is_read_again(edition):
    """An edition's own csv.xsl shows each letter's file name in its row (as its date): a letter renamed (the
    same bytes, so the same fragment digest) gets a row of its new name, not its old row."""
    (edition / "xslt").mkdir()
    (edition / "xslt" / "csv.xsl").write_text(own_stylesheet("csv", """  <xsl:function name="c:edtf" as="xs:string">
    <xsl:param name="date" as="element()?"/>
    <xsl:sequence select="string($date ! tokenize(string(base-uri(.)), '/')[last()])"/>
  </xsl:function>"""))
    loaded = settings.load(edition)

    def csv() -> str:
        with publish.Publisher(loaded.tei_dir, loaded.output_dir, loaded.params(), loaded.xslt_dir, jobs=1) as publisher:
            publisher.csv(loaded.output_dir / "letters.csv")
        return (loaded.output_dir / "letters.csv").read_text("utf-8")
    letters = edition / "tei" / "letters"
    assert "notes_1949-01-31_anastas-mikoyan.xml" in csv()
    (letters / "notes_1949-01-31_anastas-mikoyan.xml").rename(letters / "notes_1949-01-31_mikoyan.xml")
    text = csv()
    assert "notes_1949-01-31_mikoyan.xml" in text and "notes_1949-01-31_anastas-mikoyan.xml" not in text


def test_a_file_of_pieces_in_a_new_order_is_what_writing_it_whole_gives(tmp_path):
    """_Layout at random: letters moved (a few or many), new, gone, changed, in files of up
    to a few blocks of letters, under a head and tail that may change too (the index's
    counts); each file patched from the last is the bytes of the file made whole, and its
    layout serves the next."""
    import random

    rng = random.Random(13)
    live, noted = tmp_path / "file.txt", tmp_path / "layout.bin"
    frames = [("piece", "head ä\n", ",\n", "\ntail ö"), ("piece", "", "", "")]  # (the CMIF's pieces: no separator)

    def layout(letters: list[tuple[str, str]]) -> publish._Layout:
        # (as a fragment's digest, of its letter's name too)
        keys = "".join(publish._digest(name, digest)[:publish._Layout.WIDTH] for name, digest in letters)
        return publish._Layout(noted, str(live), frame, publish._digest(*(name for name, _ in letters)), keys)

    def piece(name: str, digest: str) -> str:  # (some empty: a letter without a correspDesc)
        return "" if rng.random() < 0.1 else f"{name} {digest[:rng.randint(0, 8)]} ü"

    made = 0
    for trial in range(40):
        frame = frames[trial % 2]
        letters = [(f"l{n}", os.urandom(16).hex()) for n in range(rng.choice((0, 1, 5, 900, 2500)))]
        pieces = {letter: piece(*letter) for letter in letters}
        first = layout(letters)
        publish._write(live, first.whole(frame[1], (pieces[letter] for letter in letters), frame[2], frame[3]))
        first.keep(live)
        for _ in range(3):
            letters = list(letters)
            for _ in range(rng.choice((1, 3, 40))):
                what = rng.random()
                if what < 0.4 and letters:  # moved
                    letters.insert(rng.randrange(len(letters)), letters.pop(rng.randrange(len(letters))))
                elif what < 0.6:  # new
                    letters.insert(rng.randint(0, len(letters)), (f"n{rng.random()}", os.urandom(16).hex()))
                elif what < 0.8 and letters:  # gone
                    letters.pop(rng.randrange(len(letters)))
                elif letters:  # changed
                    n = rng.randrange(len(letters))
                    letters[n] = (letters[n][0], os.urandom(16).hex())
            for letter in letters:
                pieces.setdefault(letter, piece(*letter))
            if rng.random() < 0.5:  # another head or tail, of another length
                frame = (frame[0], rng.choice(("head ä\n", "", "a longer head ü\n")), frame[2],
                         rng.choice(("\ntail ö", "", "\nanother tail")))
            now = layout(letters)
            chunks = now.patched(live, lambda places: [pieces[letters[n]] for n in places])
            expected = (frame[1] + frame[2].join(pieces[letter] for letter in letters) + frame[3]).encode("utf-8")
            if chunks is None:  # (only when it cannot tell the keys apart)
                chunks = now.whole(frame[1], (pieces[letter] for letter in letters), frame[2], frame[3])
            else:
                made += 1
            assert b"".join(chunks) == expected, trial
            publish._write(live, chunks)
            now.keep(live)
    assert made == 120


def test_a_file_of_pieces_changed_since_it_was_written_is_made_whole(edition, tmp_path):
    publish_all(edition)
    path = edition / "output" / "letters.csv"
    path.write_bytes(path.read_bytes().replace(b"Mao", b"Xao"))  # by hand: its time is not the one written
    letter = edition / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml"
    letter.write_text(letter.read_text().replace("</p>\n      </abstract>", " (Edited.)</p>\n      </abstract>"))
    assert publish_all(edition)["csv"]
    _same_as_fresh(edition, tmp_path)


def test_an_edited_date_remakes_what_shows_it(edition, tmp_path):
    publish_all(edition)
    html = edition / "output" / "html"
    before = inodes(html)
    letter = edition / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml"
    text = letter.read_text()
    assert text.count('when="1949-01-10"') >= 2
    letter.write_text(text.replace('when="1949-01-10"', 'when="1949-01-09"'))
    assert publish_all(edition) == {"html": True, "csv": True, "cmif": True}
    after = inodes(html)
    made = remade(before, after)
    assert {"cable_1949-01-10_mao_filippov.html", "index.html"} <= made
    # who wrote to whom, and how many documents name each entry, did not change
    assert not {"network.html", "persons.html", "places.html", "orgs.html"} & made
    # of the register entries' pages, those of the entries the letter names, and no other
    named = {f"{register}/{key}.html" for register, key in
             re.findall(r'ref="\.\./register/(persons|places|orgs)\.xml#([^"]+)"', letter.read_text())}
    entry_pages = {n for n in made if n.split("/")[0] in ("persons", "places", "orgs")}
    assert entry_pages == named and len(named) >= 3
    letters = {p.stem for p in (edition / "tei" / "letters").iterdir()}
    assert len({n for n in made if n[:-5] in letters}) < len(letters) / 2  # itself and its neighbours
    _same_as_fresh(edition, tmp_path)


def test_after_corrected_dates_only_the_entries_that_list_the_letters_are_looked_at(edition, tmp_path, monkeypatch):
    """The same documents in each entry's list (a date corrected): the entries' pages to make
    are found among those that list the letter, without a walk through every entry."""
    publish_all(edition)
    letter = edition / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml"
    text = letter.read_text()
    for when in ("1949-01-09", "1949-01-08"):
        letter.write_text(text.replace('when="1949-01-10"', f'when="{when}"'))
        walked = []
        each = publish._each
        monkeypatch.setattr(publish, "_each", lambda path, tag: walked.append(tag) or each(path, tag))
        before = inodes(edition / "output" / "html")
        publish_all(edition)
        monkeypatch.undo()
        assert f"{{{publish.C_NS}}}e" not in walked
        named = {f"{register}/{key}.html" for register, key in
                 re.findall(r'ref="\.\./register/(persons|places|orgs)\.xml#([^"]+)"', letter.read_text())}
        made = remade(before, inodes(edition / "output" / "html"))
        assert {n for n in made if n.split("/")[0] in ("persons", "places", "orgs")} == named
        shutil.rmtree(tmp_path / "fresh", ignore_errors=True)
        _same_as_fresh(edition, tmp_path)


def test_corrected_dates_seen_by_another_stage_meanwhile_reach_the_entries_pages(edition, tmp_path):
    """A date corrected, the CSV made alone (the fragments are made again), then another date
    corrected: the entries that list the first letter are made again too."""
    publish_all(edition)
    loaded = settings.load(edition)
    letters = edition / "tei" / "letters"
    first, second = letters / "cable_1949-01-10_mao_filippov.xml", letters / "cable_1948-11-21_mao_stalin.xml"
    first.write_text(first.read_text().replace('when="1949-01-10"', 'when="1949-01-09"'))
    with publish.Publisher(loaded.tei_dir, loaded.output_dir, loaded.params(), jobs=1) as publisher:
        assert publisher.csv(loaded.output_dir / "letters.csv")
    text = second.read_text()
    assert 'when="1948-11-21"' in text
    second.write_text(text.replace('when="1948-11-21"', 'when="1948-11-22"'))
    publish_all(edition)
    _same_as_fresh(edition, tmp_path)


def _refresh_killed_before_its_record(edition: Path, monkeypatch) -> None:
    """`corresp csv` killed once the fragments of the letters that changed are written, before
    it records which scan they hold for."""
    loaded = settings.load(edition)
    record = publish.Cache.set_output

    def killed(self, name, digest):
        if name.startswith("fragments:") and digest:
            raise KeyboardInterrupt
        return record(self, name, digest)
    monkeypatch.setattr(publish.Cache, "set_output", killed)
    with pytest.raises(KeyboardInterrupt):
        with publish.Publisher(loaded.tei_dir, loaded.output_dir, loaded.params(), jobs=1) as publisher:
            publisher.csv(loaded.output_dir / "letters.csv")
    monkeypatch.undo()


@pytest.mark.parametrize("edit", ["summary", "date"])
def test_a_letter_a_killed_run_read_reaches_its_pages(edition, tmp_path, monkeypatch, edit):
    """A letter edited, its fragment made by a run killed before it said so, another letter
    edited: the next build makes the pages of both (the fragments' record is cleared before
    any fragment changes, so the build does not take the first for one its pages show)."""
    publish_all(edition)
    letters = edition / "tei" / "letters"
    first, second = letters / "cable_1949-01-10_mao_filippov.xml", letters / "cable_1948-11-21_mao_stalin.xml"
    for letter, when, to in ((first, "1949-01-10", "1949-01-09"), (second, "1948-11-21", "1948-11-22")):
        if edit == "summary":
            _edit_summary(letter, f"(Editor: {letter.stem}.)")
        else:
            letter.write_text(letter.read_text().replace(f'when="{when}"', f'when="{to}"'))
        if letter == first:
            _refresh_killed_before_its_record(edition, monkeypatch)
    publish_all(edition)
    _same_as_fresh(edition, tmp_path)


def test_a_letter_whose_file_name_is_escaped_in_the_neighbours(edition, tmp_path, monkeypatch):
    """A letter's file name with a space: its neighbours are found by a walk through
    navs.xml (which lets go of each as it goes), and its page alone is made again."""
    letters = edition / "tei" / "letters"
    spaced = letters / "cable 1949-01-10 mao filippov.xml"
    (letters / "cable_1949-01-10_mao_filippov.xml").rename(spaced)
    publish_all(edition)
    _edit_summary(spaced, "(Editor: a name with spaces.)")
    monkeypatch.setattr(publish, "_names", lambda folder: pytest.fail("looked at every page"))
    publish_all(edition)
    monkeypatch.undo()
    page = (edition / "output" / "html" / "cable_1949-01-10_mao_filippov.html").read_text("utf-8")
    assert "(Editor: a name with spaces.)" in " ".join(page.split())
    _same_as_fresh(edition, tmp_path)


def _site_runs(monkeypatch) -> list[dict]:
    """The parameters of each run of c:site from here on."""
    runs, run = [], transform.Stylesheets.run

    def recorded(self, name, tei_dir, params, template, extra=None, *rest, **kw):
        if template == "{urn:corresp}site":
            runs.append(dict(extra))
        return run(self, name, tei_dir, params, template, extra, *rest, **kw)
    monkeypatch.setattr(transform.Stylesheets, "run", recorded)
    return runs


def test_after_a_corrected_date_only_the_neighbours_that_can_change_are_worked_out(edition, tmp_path, monkeypatch):
    """navs.xml (each letter's neighbours) is made again only for the letters whose neighbours
    can have changed; the rest are kept from the last run, and the file is what a run from
    nothing makes. The index is made again only when what it shows changed."""
    publish_all(edition)
    runs = _site_runs(monkeypatch)
    letters = edition / "tei" / "letters"
    cached = edition / "output" / ".cache"
    total = len(list(letters.glob("*.xml")))
    edits = [  # (letter, old, new, whether the index shows it, whether few neighbours change)
        ("cable_1949-01-10_mao_filippov.xml", 'when="1949-01-10"', 'when="1949-01-07"', False, True),
        ("cable_1949-01-13_terebin_stalin.xml", 'when="1949-01-13"', 'when="1948-12-01"', True, True),
        # the pages of the entries it names (not all of the corpus's months) keep every month
        ("statement_1949-01-18.xml", 'when="1949-01-18"', 'when="1949-01-19"', False, True),
        # another month of the same year, first in neither: only the letter's month tells
        ("cable_1948-11-22_stalin_mao-zedong.xml", 'when="1948-11-22"', 'when="1948-12-31"', True, True),
        # no longer first of its month: the timeline's bar links to the new first
        ("cable_1949-01-06_stalin_mao-zedong.xml", 'when="1949-01-06"', 'when="1949-01-08"', True, True),
        # a new title: its neighbours in its correspondence show it (those in date order are others)
        ("cable_1949-01-10_stalin_mao-zedong.xml", "Proposal, January", "Terms, January", False, True),
        ("cable_1949-01-11_stalin_mao-zedong.xml", "Proposal, January", "Terms, January", False, True),
        # in no correspondence: the neighbour before it shows it, and the one before that
        ("notes_1949-01-31_anastas-mikoyan.xml", "Notes by", "Notes of", False, True),
        # from second to last: most letters' place in the Stalin-Mao correspondence changes
        ("cable_1948-11-21_mao_stalin.xml", 'when="1948-11-21"', 'when="1949-01-31"', True, False),
        # Terebin's two letters to Stalin become one of Orlov's and one of Terebin's
        ("cable_1949-01-10_terebin_stalin.xml", 'persons.xml#terebin', 'persons.xml#andrei-orlov', True, True),
    ]
    for n, (name, old, new, index, few) in enumerate(edits):
        letter = letters / name
        text = letter.read_text()
        assert old in text
        letter.write_text(text.replace(old, new))
        runs.clear()
        publish_all(edition)
        asked = [run["nav-positions"] for run in runs if "navs" in run["site-parts"].split()]
        # (no run: no letter's neighbours can have changed, nor the index, nor which letters
        # each entry lists)
        assert len(asked) <= 1 and (not asked or asked[0] != "#all" and len(asked[0].split()) < total / 2) == few, name
        assert ("index" in runs[0]["site-parts"].split()) == index, name
        _same_as_fresh(edition, tmp_path / str(n))
        fresh = tmp_path / str(n) / "fresh" / "output" / ".cache"
        assert (cached / "navs.xml").read_bytes() == (fresh / "navs.xml").read_bytes()
    # a navs.xml that does not say it was made for the keys beside it: all are worked out again
    navs = cached / "navs.xml"
    navs.write_bytes(navs.read_bytes().rsplit(b"<!-- corresp navs", 1)[0])
    letter = letters / edits[0][0]
    letter.write_text(letter.read_text().replace('when="1949-01-07"', 'when="1949-01-12"'))
    runs.clear()
    publish_all(edition)
    assert [run["nav-positions"] for run in runs if "navs" in run["site-parts"].split()] == ["#all"]
    _same_as_fresh(edition, tmp_path / "unstamped")


def test_the_index_shows_the_label_of_the_first_letter_of_each_type(edition, tmp_path):
    """The type filter is labelled as the first letter of the type in date order labels it: a
    letter of the type moved before another of the same month changes the index."""
    letters = edition / "tei" / "letters"

    def edit(name: str, old: str, new: str) -> None:
        text = (letters / name).read_text()
        assert old in text
        (letters / name).write_text(text.replace(old, new))
    edit("notes_1949-01-31_anastas-mikoyan.xml", 'when="1949-01-31"', 'when="1948-10-01"')  # first of October
    edit("cable_1948-11-22_stalin_mao-zedong.xml", 'when="1948-11-22"', 'when="1948-10-25"')
    edit("cable_1948-11-22_stalin_mao-zedong.xml", 'key="cable">Cable<', 'key="cable">Telegram<')
    publish_all(edition)
    assert '<option value="cable">Cable' in (edition / "output" / "html" / "index.html").read_text()
    edit("cable_1948-11-22_stalin_mao-zedong.xml", 'when="1948-10-25"', 'when="1948-10-15"')  # before the 21st
    publish_all(edition)
    assert '<option value="cable">Telegram' in (edition / "output" / "html" / "index.html").read_text()
    _same_as_fresh(edition, tmp_path)


def test_entry_pages_list_a_letter_whose_id_is_escaped_in_xml(edition, tmp_path):
    """An id that is no NCName ('x&y') is written escaped in the facts: after an edit that
    remakes only some entry pages, they still list its letter."""
    letter = edition / "tei" / "letters" / "cable_1949-01-14_mao-zedong_stalin.xml"
    letter.write_text(letter.read_text().replace('xml:id="cable_1949-01-14_mao-zedong_stalin"', 'xml:id="x&amp;y"'))
    publish_all(edition)
    letter.write_text(letter.read_text().replace("<title>", "<title>Corrected: ", 1))
    publish_all(edition)
    _same_as_fresh(edition, tmp_path)


def test_which_letters_each_entry_lists_is_worked_out_again_only_when_a_name_changed(edition, tmp_path):
    """deps.xml (which letters each register entry lists) holds while no letter's parties or
    names changed: a corrected date leaves it as it is. It says what it was made of, so one a
    killed run left behind is not taken for the letters as they are."""
    publish_all(edition)
    deps = edition / "output" / ".cache" / "deps.xml"
    first, stamp = deps.read_bytes(), deps.stat().st_mtime_ns
    letter = edition / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml"
    text = letter.read_text()
    letter.write_text(text.replace('when="1949-01-10"', 'when="1949-01-09"'))
    assert publish_all(edition)["html"] is True
    assert deps.stat().st_mtime_ns == stamp
    _same_as_fresh(edition, tmp_path / "redated")
    assert "persons.xml#joseph-stalin" in text
    other = _made_again_and_back(edition, deps, letter, text.replace("persons.xml#joseph-stalin", "persons.xml#terebin"))
    letter.write_text(text.replace('when="1949-01-10"', 'when="1949-01-08"'))
    deps.write_bytes(other)  # as a run killed after it wrote them would have left them
    publish_all(edition)
    _same_as_fresh(edition, tmp_path / "undone")
    assert deps.read_bytes() == (tmp_path / "undone" / "fresh" / "output" / ".cache" / "deps.xml").read_bytes()


def _made_again_and_back(edition: Path, cached: Path, letter: Path, edited: str) -> bytes:
    """Publish with ``letter`` edited, then as it was: the cache file ``cached`` changes, then
    holds its first bytes again. Returns what the edited letter made."""
    text, first = letter.read_text(), cached.read_bytes()
    letter.write_text(edited)
    publish_all(edition)
    other = cached.read_bytes()
    assert other != first
    letter.write_text(text)
    publish_all(edition)
    assert cached.read_bytes() == first
    return other


def test_a_person_named_in_a_summary_leaves_the_index_as_it_is(edition, tmp_path, monkeypatch):
    """The index shows the parties, periods, types and places named: another person named in
    a summary remakes the pages of the entries that list the letter, not the index."""
    publish_all(edition)
    letter = edition / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml"
    head, abstract = letter.read_text().split("<abstract>")
    assert abstract.count("persons.xml#joseph-stalin") == 1
    letter.write_text(head + "<abstract>" + abstract.replace("persons.xml#joseph-stalin", "persons.xml#anastas-mikoyan"))
    runs = _site_runs(monkeypatch)
    assert publish_all(edition)["html"]
    assert runs and not any("index" in run.get("site-parts", "#all").split() or run.get("site-parts") == "#all"
                            for run in runs)
    monkeypatch.undo()
    _same_as_fresh(edition, tmp_path)


@pytest.mark.parametrize("change", ["date", "came"])
def test_pages_a_killed_run_left_older_than_its_neighbours_are_made_again(edition, tmp_path, monkeypatch, change):
    """A run killed after it made the letters' neighbours (navs.xml) and before their pages:
    the next run does not take the pages for those of the neighbours it finds (found by a
    review: 12 pages showed the old previous and next letters)."""
    publish_all(edition)
    letters = edition / "tei" / "letters"
    moved = letters / "cable_1948-12-30_mao-zedong_stalin.xml"
    if change == "date":
        moved.write_text(moved.read_text().replace('when="1948-12-30"', 'when="1949-01-16"'))
    else:
        (letters / "cable_1949-01-16_copy.xml").write_text(moved.read_text().replace(
            'xml:id="cable_1948-12-30_mao-zedong_stalin"', 'xml:id="cable_1949-01-16_copy"').replace(
            'when="1948-12-30"', 'when="1949-01-16"'))

    def killed(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(publish.Publisher, "_registers", killed)
    loaded = settings.load(edition)
    with pytest.raises(KeyboardInterrupt), \
            publish.Publisher(loaded.tei_dir, loaded.output_dir, loaded.params(), loaded.xslt_dir, jobs=1) as publisher:
        publisher.html(loaded.output_dir / "html")
    monkeypatch.undo()
    publish_all(edition)
    _same_as_fresh(edition, tmp_path)


def test_names_pointed_elsewhere_are_put_where_deps_lists_them(edition, tmp_path, monkeypatch):
    """After a few letters name other entries, deps.xml (which letters each entry lists) is
    patched where it lists them, not made again from the facts of all letters; the registers'
    lists take each entry's number of documents from it. Files and pages are what a run from
    nothing makes, an entry left with no document, a letter whose id changed and a letter
    that came included. A letter gone meanwhile sends the run the long way."""
    publish_all(edition)
    letters = edition / "tei" / "letters"
    deps = edition / "output" / ".cache" / "deps.xml"

    def edit(name: str, old: str, new: str, patched: bool = True) -> None:
        text = (letters / name).read_text()
        assert old in text
        (letters / name).write_text(text.replace(old, new))
        runs = _site_runs(monkeypatch)
        assert publish_all(edition)["html"]
        monkeypatch.undo()
        assert any(run.get("deps-href") for run in runs) != patched, (name, old)
        if patched:
            # (no run for nothing: the neighbours of none, and no index)
            assert not any(run["site-parts"] == "navs" and run["nav-positions"] == "" for run in runs), (name, old)
            assert [run["site-parts"] for run in runs if run.get("entity-counts")] == ["registers"]
        fresh = tmp_path / str(len(list(tmp_path.iterdir())))
        _same_as_fresh(edition, fresh)
        assert deps.read_bytes() == (fresh / "fresh" / "output" / ".cache" / "deps.xml").read_bytes()

    # Stalin named in a summary: Du Yuming instead (he had one document)
    edit("cable_1949-01-10_mao_filippov.xml", "persons.xml#joseph-stalin\">Stalin", "persons.xml#du-yuming\">Stalin")
    # Fu Zuoyi's only document names Du Yuming instead: Fu Zuoyi is left with none
    edit("cable_1949-01-10_terebin_stalin.xml", "persons.xml#fu-zuoyi", "persons.xml#du-yuming")
    # a new id, and a name: its neighbours' pages show the id; the entries list it by it
    edit("cable_1948-12-30_mao-zedong_stalin.xml", 'xml:id="cable_1948-12-30_mao-zedong_stalin"',
         'xml:id="cable_1948-12-30_mao-zedong_stalin_b"')
    edit("cable_1949-01-10_terebin_stalin.xml", "persons.xml#du-yuming", "persons.xml#fu-zuoyi")
    # a sender of no entry, named in two words, and in words with a colon: no entry lists it
    sender = '<persName ref="../register/persons.xml#terebin">Terebin</persName>'
    for name in ("Comrade Terebin", "Terebin re:persons/du-yuming"):
        edit("cable_1949-01-10_terebin_stalin.xml", sender, f'<persName ref="../register/persons.xml#nobody">{name}</persName>')
        sender = f'<persName ref="../register/persons.xml#nobody">{name}</persName>'
    # a letter that came (an entry appended): the entries that name it list it too
    came = letters / "cable_1949-01-10_mao_filippov_b.xml"
    came.write_text((letters / "cable_1949-01-10_mao_filippov.xml").read_text().replace(
        'xml:id="cable_1949-01-10_mao_filippov"', 'xml:id="cable_1949-01-10_mao_filippov_b"'))
    edit("cable_1949-01-10_mao_filippov_b.xml", 'when="1949-01-10"', 'when="1949-01-11"')
    assert b'<c:d i="cable_1949-01-10_mao_filippov_b"/>' in deps.read_bytes()
    # one came and one went: the long way (as many letters as then, and one without a page)
    came.rename(letters / "cable_1949-01-10_mao_filippov_c.xml")
    edit("cable_1949-01-10_mao_filippov_c.xml", "_filippov_b", "_filippov_c", patched=False)
    # a letter gone, and a name: the long way (the entries that listed it are not told so)
    (letters / "statement_1949-01-18.xml").unlink()
    edit("cable_1949-01-10_mao_filippov.xml", "persons.xml#du-yuming\">Stalin", "persons.xml#joseph-stalin\">Stalin",
         patched=False)


def test_an_id_another_letter_holds_too_stays_in_deps(edition, tmp_path, monkeypatch):
    """Two letters of one id (a mistake the validation reports), then one of them gets an id
    of its own: deps.xml is made again (its bytes cannot tell the two apart), as a run from
    nothing makes it."""
    letters = edition / "tei" / "letters"
    one, other = letters / "cable_1948-12-30_mao-zedong_stalin.xml", letters / "cable_1949-01-06_stalin_mao-zedong.xml"
    other.write_text(other.read_text().replace('xml:id="cable_1949-01-06_stalin_mao-zedong"',
                                               'xml:id="cable_1948-12-30_mao-zedong_stalin"'))
    publish_all(edition)
    one.write_text(one.read_text().replace('xml:id="cable_1948-12-30_mao-zedong_stalin"',
                                           'xml:id="cable_1948-12-30_mao-zedong_stalin_b"'))
    patched, patch = [], publish.Publisher._patch_deps
    monkeypatch.setattr(publish.Publisher, "_patch_deps", lambda self, *a: patched.append(made := patch(self, *a)) or made)
    publish_all(edition)
    assert patched == [None]
    _same_as_fresh(edition, tmp_path)
    deps = "output/.cache/deps.xml"
    assert (edition / deps).read_bytes() == (tmp_path / "fresh" / deps).read_bytes()


def test_names_changed_before_a_csv_made_alone_make_deps_again(edition, tmp_path):
    """The CSV made alone first (the html run that follows does not know which letters
    changed since the live folder was made): deps.xml is made again from every letter's facts,
    though no letter's neighbours and not the index changed."""
    publish_all(edition)
    letter = edition / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml"
    letter.write_text(letter.read_text().replace('persons.xml#joseph-stalin">Stalin', 'persons.xml#du-yuming">Stalin'))
    loaded = settings.load(edition)
    with publish.Publisher(loaded.tei_dir, loaded.output_dir, loaded.params(), jobs=1) as publisher:
        publisher.csv(loaded.output_dir / "letters.csv")
    publish_all(edition)
    _same_as_fresh(edition, tmp_path)
    deps = "output/.cache/deps.xml"
    assert (edition / deps).read_bytes() == (tmp_path / "fresh" / deps).read_bytes()


def test_parts_of_few_letters_run_in_a_process_started_meanwhile(edition, tmp_path, monkeypatch):
    """In a large edition (each part of the site in a process of its own), after a corrected
    date and a name pointed elsewhere the parts that read the facts of some letters only run
    in one process started while the facts of all were written, and those that read all in
    processes of their own, never beside it: the same bytes as a run from nothing."""
    monkeypatch.setattr(publish, "APART_FROM", 1)
    monkeypatch.setattr(publish, "SITE_WORKER_FROM", 1)
    publish_all(edition)
    events, new_pool = [], publish._new_pool

    def noted(xslt, workers: int, fresh: bool = False, tasks=None):  # each part run (by its parts), each process's end
        pool, kind = new_pool(xslt, workers, fresh, tasks), "other" if fresh else "warm"  # (one job: no other pools)
        submit, shutdown = pool.submit, pool.shutdown
        pool.submit = lambda fn, *a: events.append((kind, a[4].get("site-parts") if a[3:] else fn.__name__)) \
            or submit(fn, *a)
        pool.shutdown = lambda *a, **k: events.append((kind, "end")) or shutdown(*a, **k)
        return pool
    monkeypatch.setattr(publish, "_new_pool", noted)
    letters = edition / "tei" / "letters"
    for n, (name, old, new, warm, other) in enumerate((
            ("cable_1949-01-10_mao_filippov.xml", 'when="1949-01-10"', 'when="1949-01-12"', ["navs", "entries"], []),
            ("cable_1949-01-10_terebin_stalin.xml", "persons.xml#fu-zuoyi", "persons.xml#du-yuming", ["registers"], []),
            # another month: the index reads the counts of all letters (index-tally.xml), the
            # neighbours the facts of some
            ("cable_1948-11-22_stalin_mao-zedong.xml", 'when="1948-11-22"', 'when="1948-12-31"',
             ["index", "navs", "entries"], []),
            # another recipient: the lists where deps.xml was patched; the network reads the
            # parties of all letters (not their facts, nor in a process of its own)
            ("cable_1949-01-10_terebin_stalin.xml", 'persons.xml#joseph-stalin">Stalin', 'persons.xml#mao-zedong">Mao',
             ["index", "navs", "registers", "network"], []))):
        text = (letters / name).read_text()
        assert old in text
        (letters / name).write_text(text.replace(old, new))
        events.clear()
        publish_all(edition)
        parts = [(kind, part) for kind, part in events if part not in ("_worker_compile", "end")]
        assert [part for kind, part in parts if kind == "warm"] == warm, name
        assert [part for kind, part in parts if kind == "other"] == other, name
        # (the warm process ends before a part that reads every letter's facts)
        assert all(("warm", "end") in events[:events.index(("other", part))] for part in other), name
        _same_as_fresh(edition, tmp_path / str(n))


def test_facts_made_for_other_letters_are_never_read(edition, tmp_path):
    """The facts file in the cache says what it was made of: facts a killed run left behind
    (for an edit the editor then undid), or that no run since needed, are written again
    before a part of the site reads them."""
    publish_all(edition)
    cache = edition / "output" / ".cache"
    facts = cache / "facts.xml"
    text = facts.read_text()
    said = re.search(r"<!-- corresp facts (\S+) ", text)
    # as a run for other letters would have left it: other facts, saying so at their end
    facts.write_text(text.replace("Mao", "Stale").replace(said.group(1), "0" * len(said.group(1))))
    letter = edition / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml"
    letter.write_text(letter.read_text().replace("</p>\n      </abstract>", " (Editor: see also the reply.)</p>\n      </abstract>"))
    publish_all(edition)  # a new summary: no part of the site reads the facts of all
    # another month: the index is made again, from the facts of all
    letter.write_text(letter.read_text().replace('when="1949-01-10"', 'when="1949-02-10"'))
    publish_all(edition)
    _same_as_fresh(edition, tmp_path)
    assert facts.read_bytes() == (tmp_path / "fresh" / "output" / ".cache" / "facts.xml").read_bytes()


def _facts_read(monkeypatch) -> list[bytes]:
    """The bytes of facts.xml as each site part that reads the facts of all found them."""
    seen, run = [], transform.Stylesheets.run

    def recorded(self, name, tei_dir, params, template, extra=None, *rest, **kwargs):
        if template == "{urn:corresp}site" and (extra or {}).get("facts", "").endswith("/.cache/facts.xml"):
            seen.append(Path(unquote(extra["facts"][len("file://"):])).read_bytes())
        return run(self, name, tei_dir, params, template, extra, *rest, **kwargs)
    monkeypatch.setattr(transform.Stylesheets, "run", recorded)
    return seen


@pytest.mark.parametrize("own", [False, True])
def test_every_part_that_reads_the_facts_of_all_reads_them_as_the_letters_are(edition, tmp_path, monkeypatch, own):
    """Edits one after another, with facts.xml deleted, or left as a run for other letters
    would have left it: each part that reads it reads the facts of the letters as they are
    (also under an edition's own html.xsl, which takes no short way)."""
    if own:
        (edition / "xslt").mkdir()
        (edition / "xslt" / "html.xsl").write_text(own_stylesheet("html", ""))
    publish_all(edition)
    facts, letters = edition / "output" / ".cache" / "facts.xml", edition / "tei" / "letters"
    seen = _facts_read(monkeypatch)
    for n, (name, old, new) in enumerate([
            ("cable_1949-01-10_mao_filippov.xml", "</p>\n      </abstract>", " (Editor.)</p>\n      </abstract>"),
            ("cable_1949-01-10_mao_filippov.xml", 'when="1949-01-10"', 'when="1949-01-12"'),
            ("cable_1949-01-10_terebin_stalin.xml", "persons.xml#fu-zuoyi", "persons.xml#du-yuming"),
            ("cable_1948-11-22_stalin_mao-zedong.xml", 'when="1948-11-22"', 'when="1948-12-31"'),
            ("cable_1949-01-10_terebin_stalin.xml", 'persons.xml#joseph-stalin">Stalin', 'persons.xml#mao-zedong">Mao')]):
        text = (letters / name).read_text()
        assert old in text
        (letters / name).write_text(text.replace(old, new))
        if n % 2:
            facts.unlink(missing_ok=True)
        elif facts.exists():
            data = facts.read_bytes()
            said = re.search(rb"<!-- corresp facts (\S+) ", data).group(1)
            facts.write_bytes(data.replace(b"Mao", b"Stale").replace(said, b"0" * len(said)))
        seen.clear()
        publish_all(edition)
        fresh = tmp_path / str(n)
        _same_as_fresh(edition, fresh)
        assert all(data == (fresh / "fresh" / "output" / ".cache" / "facts.xml").read_bytes() for data in seen), name
    assert not own or seen  # (a whole part ran at the end, at least under an edition's own html.xsl)


def test_the_facts_of_some_letters_are_found_by_index(edition):
    """_some_facts finds letters by id and by name through indexes: an entry that lists
    every letter of 100,000 took a walk through all rows per 500 ids (~3.5 s)."""
    publish_all(edition)
    loaded = settings.load(edition)
    with publish.Publisher(loaded.tei_dir, loaded.output_dir, loaded.params(), jobs=1) as p:
        p.refresh()
        db, queries = p.cache.db, []

        class Recording:
            def execute(self, query, params=()):
                queries.append((query, params))
                return db.execute(query, params)

            def __getattr__(self, name):
                return getattr(db, name)
        ids = {i for i, in db.execute("select id from fragments")}
        p.cache.db = Recording()
        try:
            p._some_facts(loaded.output_dir / ".cache" / "some.xml", publish._span(loaded.output_dir / ".cache" / "navs.xml"),
                          ids=ids, places={1, 2})
        finally:
            p.cache.db = db
        plans = [(query, detail) for query, params in queries
                 for *_, detail in db.execute("explain query plan " + query, params)]
        assert plans and not [(query, detail) for query, detail in plans if detail.startswith("SCAN")]


def test_a_register_edit_remakes_the_letters_that_point_to_the_entry(edition, tmp_path):
    publish_all(edition)
    html = edition / "output" / "html"
    before = inodes(html)
    persons = edition / "tei" / "register" / "persons.xml"
    persons.write_text(persons.read_text().replace(">Terebin<", ">Terebin (Orlov)<", 1))
    publish_all(edition)
    after = inodes(html)
    letters = {p.stem for p in (edition / "tei" / "letters").glob("*.xml")}
    made = remade(before, after)
    pages = {name[:-5] for name in made if name[:-5] in letters}
    pointing = {stem for stem in letters
                if "persons.xml#terebin" in (edition / "tei" / "letters" / f"{stem}.xml").read_text()}
    assert pointing and pages == pointing
    entry_pages = {n for n in made if n.split("/")[0] in ("persons", "places", "orgs")}
    # of the pages of the entries those letters name, only those that show the changed name
    named = {f"{register}/{key}.html" for stem in pointing for register, key in re.findall(
        r'ref="\.\./register/(persons|places|orgs)\.xml#([^"]+)"', (edition / "tei" / "letters" / f"{stem}.xml").read_text())}
    assert "persons/terebin.html" in entry_pages and entry_pages <= named
    assert len(entry_pages) < len([n for n in after if n.split("/")[0] in ("persons", "places", "orgs")])
    assert "Terebin (Orlov)" in (html / "persons" / "terebin.html").read_text()
    _same_as_fresh(edition, tmp_path)  # and the pages not made again show nothing out of date


def test_a_deleted_letter_leaves_the_edition(edition):
    publish_all(edition)
    gone = edition / "tei" / "letters" / "statement_1949-01-18.xml"
    gone.unlink()
    publish_all(edition)
    html = edition / "output" / "html"
    assert not (html / "statement_1949-01-18.html").exists() and not (html / "tei" / gone.name).exists()
    assert "statement_1949-01-18" not in (html / "index.html").read_text()
    assert "statement_1949-01-18" not in (edition / "output" / "letters.csv").read_text()


@pytest.mark.parametrize("site", ["one process for the site's runs", "a process for each",
                                  "the letters' pages after the site", "a few pages, here"])
def test_parallel_processes_give_the_same_bytes(edition, tmp_path, monkeypatch, site):
    one = tmp_path / "one"
    shutil.copytree(edition, one)
    publish_all(one, jobs=1)
    if site != "a few pages, here":  # (too few for processes: dealt while the registers are made, made after)
        monkeypatch.setattr(publish, "PARALLEL_FROM", 1)
    monkeypatch.setattr(publish, "SITE_WORKER_FROM", 1)  # the site's runs in a process of their own
    if site == "a process for each":
        monkeypatch.setattr(publish, "APART_FROM", 1)
    if site == "the letters' pages after the site":  # (else made while it makes the registers)
        monkeypatch.setattr(publish, "OVERLAP_BELOW", 0)
    monkeypatch.setattr(publish, "PAGES_PER_PROCESS", 3)  # and the letter pages, a few per new process
    monkeypatch.setattr(publish, "BATCH", 3)
    monkeypatch.setattr(publish, "BATCHES_PER_PROCESS", 2)  # the letters read, two batches a process
    pools, new_pool = [], publish._new_pool
    monkeypatch.setattr(publish, "_new_pool", lambda *a, **k: pools.append(pool := new_pool(*a, **k)) or pool)
    publish_all(edition, jobs=2)
    if site != "a few pages, here":
        assert any(pool._max_tasks_per_child == 2 for pool in pools)
    assert tree(edition / "output" / "html") == tree(one / "output" / "html")
    for name in ("letters.csv", "cmif.xml"):
        assert (edition / "output" / name).read_bytes() == (one / "output" / name).read_bytes()


def test_batches_take_the_room_they_are_given_while_they_run(monkeypatch):
    """The letters' pages of a first build run beside the site's process on the cores it
    leaves, then on all of them once it ends (Publisher.html, _Room)."""
    import threading
    import time

    lock, running, most = threading.Lock(), [0], [0]
    started = threading.Semaphore(0)

    def run(name, tei_dir, params, template, extra, output_dir):  # a batch, in a thread here
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        started.release()
        time.sleep(0.3)
        with lock:
            running[0] -= 1
        return extra["n"]

    monkeypatch.setattr(publish, "_worker_run", run)
    publisher = publish.Publisher.__new__(publish.Publisher)
    publisher.jobs, publisher.tei_dir, publisher.params = 2, Path("tei"), {}
    publisher._pool = lambda workers, fresh, tasks=None: concurrent.futures.ThreadPoolExecutor(workers)
    room, kept = publish._Room(1, poll=0.05), []
    batches = publisher._run_batches("html.xsl", "t", [{"n": n} for n in range(6)], None, 1000, kept.append, room=room)
    next(batches), next(batches)
    assert most[0] == 1  # one at a time while the site's process has the other core
    room.now = 2
    next(batches), next(batches)
    assert most[0] == 2
    room.close()  # a run that failed: what runs ends, nothing more starts
    list(batches)
    # (4 started after 2 ended, unless 2 and 3 ended at once; 5 was never started)
    assert sorted(kept) in ([0, 1, 2, 3], [0, 1, 2, 3, 4])


def test_new_letters_from_the_tei_stage_reach_every_output(edition):
    publish_all(edition)
    with open(edition / "raw" / "sino-soviet-relations.txt", "a") as listing:
        listing.write("\nFebruary 2, 1949\nCable, Mao Zedong to Stalin\nMao thanks Stalin for the visit.\n")
    generate(settings.load(edition))
    publish_all(edition)
    assert (edition / "output" / "html" / "cable_1949-02-02_mao-zedong_stalin.html").exists()
    assert "cable_1949-02-02_mao-zedong_stalin" in (edition / "output" / "letters.csv").read_text()
    assert "cable_1949-02-02_mao-zedong_stalin.html" in (edition / "output" / "cmif.xml").read_text()


# -- validation remembers its findings --------------------------------------------------------------

def _validate(root: Path, cache: bool, checked: list | None = None, monkeypatch=None, whole: bool = False):
    """``whole``: as every file of the edition (Validator.validate_edition), not by paths."""
    from pipeline.validate import Validator

    validator = Validator(root)
    if checked is not None:
        original = validator._check
        monkeypatch.setattr(validator, "_check", lambda paths, progress=None: (checked.extend(paths), original(paths))[1])
    paths = sorted((root / "tei").rglob("*.xml"))
    if whole and cache:
        findings, count = validator.validate_edition(root / "tei", root / "output" / ".cache" / "corresp.sqlite")
        assert count == len(paths)
        return findings
    return validator.validate(paths, cache=root / "output" / ".cache" / "corresp.sqlite" if cache else None)


@pytest.mark.parametrize("few, whole", [(100, False), (0, False), (100, True)],
                         ids=["row by row", "sqlite finds the letters that hold", "every file of the edition"])
def test_validation_checks_only_what_changed(edition, monkeypatch, few, whole):
    from pipeline import validate

    monkeypatch.setattr(validate, "_FEW_ROWS", few)  # a large edition's letters: sqlite finds those that hold
    if whole:
        monkeypatch.setattr(sys.modules[__name__], "_validate", functools.partial(_validate, whole=True))
    persons = edition / "tei" / "register" / "persons.xml"
    # an entry no letter uses, and a letter pointing nowhere: findings to remember
    persons.write_text(persons.read_text().replace("</listPerson>", '<person xml:id="nobody"><persName '
                                                   'type="preferred">Nobody Known</persName></person></listPerson>'))
    letter = edition / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml"
    letter.write_text(letter.read_text().replace("persons.xml#mao-zedong", "persons.xml#mao-zedong-2", 1))
    first = _validate(edition, cache=True)
    plain = _validate(edition, cache=False)
    assert [f.format(edition) for f in first] == [f.format(edition) for f in plain]
    assert any("nobody" in f.message for f in first) and any("mao-zedong-2" in f.message for f in first)
    checked: list = []
    again = _validate(edition, cache=True, checked=checked, monkeypatch=monkeypatch)
    assert checked == [] and [f.format(edition) for f in again] == [f.format(edition) for f in first]
    registers = set((edition / "tei" / "register").glob("*.xml"))
    # the editor fixes the letter: it is checked again, and the registers (their entries'
    # use changed), not the other letters
    letter.write_text(letter.read_text().replace("persons.xml#mao-zedong-2", "persons.xml#mao-zedong", 1))
    checked = []
    fixed = _validate(edition, cache=True, checked=checked, monkeypatch=monkeypatch)
    assert set(checked) == {letter} | registers and not any("mao-zedong-2" in f.message for f in fixed)
    # a hand edit that changes no reference: only that letter
    letter.write_text(letter.read_text().replace("</p>", " (checked)</p>", 1))
    checked = []
    _validate(edition, cache=True, checked=checked, monkeypatch=monkeypatch)
    assert checked == [letter]
    # an entry's name changes: the letters pointing to it and the registers are checked again
    persons.write_text(persons.read_text().replace(">Terebin<", ">Terebin A.<", 1))
    checked = []
    _validate(edition, cache=True, checked=checked, monkeypatch=monkeypatch)
    pointing = {p for p in (edition / "tei" / "letters").glob("*.xml") if "persons.xml#terebin" in p.read_text()}
    assert set(checked) == pointing | registers


def test_a_few_files_of_a_large_edition_are_checked_in_another_process(edition, monkeypatch):
    """Saxon's heap is not kept in the main process (it would sit beside the site's processes);
    the findings are the same."""
    from pipeline.validate import Validator

    letter = edition / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml"
    letter.write_text(letter.read_text().replace("persons.xml#mao-zedong", "persons.xml#mao-zedong-2", 1))
    here = _validate(edition, cache=False)
    assert any("mao-zedong-2" in f.message for f in here)
    monkeypatch.setattr(publish, "APART_FROM", 1)
    validator = Validator(edition)
    checked: list = []
    monkeypatch.setattr(validator, "_check", lambda paths, progress=None: checked.extend(paths) or [])
    found = validator.validate([letter], cache=edition / "output" / ".cache" / "corresp.sqlite", jobs=2)
    assert checked == []  # not in this process
    assert [f.format(edition) for f in found] == [f.format(edition) for f in here if f.path == letter]


def test_a_run_killed_while_it_updates_the_pages_is_mended_by_the_next(edition, tmp_path, monkeypatch):
    publish_all(edition)
    letter = edition / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml"
    letter.write_text(letter.read_text().replace('when="1949-01-10"', 'when="1949-01-09"'))
    moved = publish._move_into

    def half(staging, folder):  # moves one page, then the process dies
        one = next(p for p in staging.rglob("*.html"))
        os.replace(one, folder / one.relative_to(staging))
        raise KeyboardInterrupt

    monkeypatch.setattr(publish, "_move_into", half)
    with pytest.raises(KeyboardInterrupt):
        publish_all(edition)
    monkeypatch.setattr(publish, "_move_into", moved)
    assert publish_all(edition)["html"] is True
    _same_as_fresh(edition, tmp_path)


@pytest.mark.parametrize("undo", [False, True])
def test_a_run_killed_while_pages_go_live_is_mended_by_the_next(edition, tmp_path, monkeypatch, undo):
    """Killed with some new pages live: the next run mends the folder, also when the editor
    undid the edit meanwhile (the pages that went live are not taken for the old ones)."""
    publish_all(edition)
    letter = edition / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml"
    text = letter.read_text()
    letter.write_text(text.replace('when="1949-01-10"', 'when="1949-01-09"').replace("</p>", " (edited)</p>", 1))
    moved = publish._move_into

    def most(staging, folder):  # every page but one goes live, then the process dies
        pages = sorted(staging.rglob("*.html"))
        for page in pages[:-1]:
            os.replace(page, folder / page.relative_to(staging))
        raise KeyboardInterrupt

    monkeypatch.setattr(publish, "_move_into", most)
    with pytest.raises(KeyboardInterrupt):
        publish_all(edition)
    monkeypatch.setattr(publish, "_move_into", moved)
    if undo:
        letter.write_text(text)
    publish_all(edition)
    _same_as_fresh(edition, tmp_path)


def test_files_corresp_did_not_make_stay_and_its_own_go_with_their_letter(edition):
    publish_all(edition)
    html = edition / "output" / "html"
    (html / "CNAME").write_text("letters.example.org\n")
    (html / "images").mkdir()
    (html / "images" / "logo.svg").write_text("<svg/>")
    gone = edition / "tei" / "letters" / "statement_1949-01-18.xml"
    gone.unlink()
    letter = edition / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml"
    letter.write_text(letter.read_text().replace("</p>", " (edited)</p>", 1))
    publish_all(edition)
    assert (html / "CNAME").is_file() and (html / "images" / "logo.svg").is_file()
    assert not (html / "statement_1949-01-18.html").exists() and not (html / "tei" / gone.name).exists()


def test_a_later_last_letter_remakes_every_timeline(edition, tmp_path):
    """The register pages' timelines span the corpus: a letter moved past the last period
    changes all of them."""
    publish_all(edition)
    letters = sorted((edition / "tei" / "letters").glob("*.xml"))
    latest = max(letters, key=lambda p: re.findall(r'when="(\d{4}-\d\d)', p.read_text())[:1] or [""])
    text = latest.read_text()
    year = re.findall(r'when="(\d{4})', text)[0]
    latest.write_text(text.replace(f'when="{year}', f'when="{int(year) + 3}'))
    publish_all(edition)
    _same_as_fresh(edition, tmp_path)


def test_a_new_span_of_the_timelines_is_kept_when_no_neighbour_changed(edition, tmp_path):
    """The last letter's date corrected years later (its title as it was) changes no letter's
    neighbours but the timelines' span: navs.xml, which the runs that remake a few entries'
    pages read it from, says the new one."""
    publish_all(edition)
    letters = edition / "tei" / "letters"
    last = letters / "notes_1949-01-31_anastas-mikoyan.xml"
    text = last.read_text()
    assert text.count('when="1949-01-31"') == 2 and not re.search(r'when="19(49-0[2-9]|49-1|[5-9])', "".join(
        p.read_text() for p in letters.glob("*.xml")))  # (the last letter)
    last.write_text(text.replace('when="1949-01-31"', 'when="1952-01-31"'))
    publish_all(edition)
    _same_as_fresh(edition, tmp_path / "1")
    first = letters / "cable_1948-10-21_stalin_mao-zedong.xml"  # a day earlier: a few entries' pages
    first.write_text(first.read_text().replace('when="1948-10-21"', 'when="1948-10-20"'))
    publish_all(edition)
    _same_as_fresh(edition, tmp_path / "2")


def test_a_published_tei_file_deleted_by_hand_comes_back(edition):
    publish_all(edition)
    copy = edition / "output" / "html" / "tei" / "cable_1949-01-10_mao_filippov.xml"
    copy.unlink()
    assert publish_all(edition)["html"] is True and copy.is_file()


def _scanning(edition: Path):
    """The edition's cache, its letters folder, one letter, and what a scan says its SHA is."""
    loaded = settings.load(edition)
    cache = publish.Cache(loaded.output_dir / ".cache" / "corresp.sqlite")
    folder = loaded.tei_dir / "letters"
    letter = folder / "cable_1949-01-10_mao_filippov.xml"
    return cache, folder, letter, lambda: next(x.sha for x in publish.scan(cache, folder) if x.name == letter.name)


def test_a_build_looks_at_the_letters_afresh_once_then_trusts_that_look(edition):
    cache, folder, letter, sha = _scanning(edition)
    before = sha()
    letter.write_text(letter.read_text().replace("</p>", " (one)</p>", 1))  # saved before the build's look
    with publish.steady():
        once = sha()
        assert once != before
        letter.write_text(letter.read_text().replace("</p>", " (two)</p>", 1))  # after it: the stamp's business
        assert sha() == once
    assert sha() not in (before, once)
    cache.close()


def test_the_look_a_build_takes_for_its_stamp_is_its_first_scan(edition):
    """The outputs are made from the letters as the build's stamp saw them (one look at
    100,000 files, not two): a letter saved after that look changes the stamp, and the next
    build makes it."""
    from pipeline.incremental import build_inputs

    cache, folder, letter, sha = _scanning(edition)
    loaded = settings.load(edition)
    before = sha()
    shutil.copyfile(letter, folder / ".hidden.xml")  # not in the stamp; but in every scan, so in its look
    looked: dict = {}
    stamp = build_inputs(loaded, False, looked)
    assert [name for name, *_ in looked[os.path.realpath(folder)]] == [x.name for x in publish.scan(cache, folder)]
    assert ".hidden.xml" in [name for name, *_ in looked[os.path.realpath(folder)]]
    letter.write_text(letter.read_text().replace("</p>", " (later)</p>", 1))
    with publish.steady(looked):
        assert sha() == before
    assert build_inputs(loaded, False) != stamp and sha() != before
    cache.close()


def test_a_build_lets_go_of_the_letters_and_still_knows_which_are_broken(tmp_path):
    """The letters a build scanned are not held once the outputs have them (70 MB at 100,000
    letters, beside the processes that make the site); which are broken is still known."""
    folder = tmp_path / "letters"
    folder.mkdir()
    cache = publish.Cache(tmp_path / "cache.sqlite")
    (folder / "a.xml").write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"/>')
    (folder / "b.xml").write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<p>')
    with publish.steady():
        found = [(x.name, x.sha) for x in publish.scan(cache, folder)]
        publish.let_go(cache, folder)
        assert (str(cache.path), str(folder)) not in publish._SCANNED
        [(path, problem)] = publish.problems(cache, folder)
        assert path == str(folder / "b.xml") and problem.startswith("2:")
        assert [(x.name, x.sha) for x in publish.scan(cache, folder)] == found  # looked at again
    publish.let_go(cache, folder)  # not in a build: the same
    assert (str(cache.path), str(folder)) not in publish._SCANNED
    (folder / "b.xml").write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"/>')
    assert publish.problems(cache, folder) == []  # not in a build: looked at again
    cache.close()


def test_a_changed_party_remakes_the_network(edition, tmp_path):
    publish_all(edition)
    html = edition / "output" / "html"
    before = inodes(html)
    letter = edition / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml"
    letter.write_text(letter.read_text().replace("persons.xml#joseph-stalin", "persons.xml#terebin"))
    publish_all(edition)
    after = inodes(html)
    assert after["network.html"] != before["network.html"]
    _same_as_fresh(edition, tmp_path)


def test_scan_reads_what_changed_and_forgets_what_is_gone(tmp_path):
    folder = tmp_path / "letters"
    folder.mkdir()
    cache = publish.Cache(tmp_path / "cache.sqlite")
    letter = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><p><persName ref="../register/persons.xml#{}">X</persName></p></TEI>'
    for name in ("a", "b", "c"):
        (folder / f"{name}.xml").write_text(letter.format(name))
    assert [x.refs for x in publish.scan(cache, folder)] == [["persons.xml#a"], ["persons.xml#b"], ["persons.xml#c"]]
    (folder / "b.xml").unlink()
    (folder / "bb.xml").write_text(letter.format("bb"))
    (folder / "d.xml").write_text(letter.format("d"))
    (folder / "c.xml").write_text(letter.format("c2") + " ")
    found = publish.scan(cache, folder)
    assert [(x.name, x.refs) for x in found] == [("a.xml", ["persons.xml#a"]), ("bb.xml", ["persons.xml#bb"]),
                                                 ("c.xml", ["persons.xml#c2"]), ("d.xml", ["persons.xml#d"])]
    assert [n for n, in cache.db.execute("select name from letters order by name")] == ["a.xml", "bb.xml", "c.xml", "d.xml"]
    publish._SCANNED.clear()  # a later process: what it knows comes from the cache
    assert [(x.name, x.sha) for x in publish.scan(cache, folder)] == [(x.name, x.sha) for x in found]
    # the entries in use, kept beside the letters' rows: what the files point to now
    assert publish.used_refs(cache, folder) == ["persons.xml#a", "persons.xml#bb", "persons.xml#c2", "persons.xml#d"]
    (folder / "e.xml").write_text(letter.format("a"))  # two letters point to a
    (folder / "a.xml").write_text(letter.format("d") + " ")
    (folder / "d.xml").unlink()
    publish._SCANNED.clear()
    assert publish.used_refs(cache, folder) == ["persons.xml#a", "persons.xml#bb", "persons.xml#c2", "persons.xml#d"]
    (folder / "e.xml").unlink()
    for name in ("bb", "c"):
        (folder / f"{name}.xml").write_text("<TEI/>")
    publish._SCANNED.clear()
    assert publish.used_refs(cache, folder) == ["persons.xml#d"]
    assert cache.db.execute("select count(*) from used").fetchone() == (1,)  # none kept at 0
    cache.close()


def test_a_page_is_made_again_when_another_stage_made_its_fragment(edition, tmp_path):
    """A page records the fragment it was made from: a CSV run in between, which made the
    edited letter's fragment and no page, does not leave the page as it was."""
    publish_all(edition)
    letter = edition / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml"
    letter.write_text(letter.read_text().replace("</p>\n      </abstract>", " (Addendum-by-the-editor)</p>\n      </abstract>"))
    loaded = settings.load(edition)
    with publish.Publisher(loaded.tei_dir, loaded.output_dir, loaded.params()) as publisher:
        assert publisher.csv(loaded.output_dir / "letters.csv")
    publish_all(edition)
    page = edition / "output" / "html" / "cable_1949-01-10_mao_filippov.html"
    assert "(Addendum-by-the-editor)" in page.read_text("utf-8")
    _same_as_fresh(edition, tmp_path)


def test_after_one_edit_no_digest_is_made_for_each_letter(edition, monkeypatch):
    """What the outputs and the findings of the other letters depend on is the same (their
    bytes, the registers, corresp): they are taken as they are, without a digest each (at
    100,000 letters those took seconds)."""
    publish_all(edition)
    _validate(edition, cache=True)
    letter = edition / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml"
    letter.write_text(letter.read_text().replace("</p>\n      </abstract>", " (checked)</p>\n      </abstract>"))
    loaded = settings.load(edition)
    cache = publish.Cache(loaded.output_dir / ".cache" / "corresp.sqlite")
    others = {x.sha for x in publish.scan(cache, loaded.tei_dir / "letters") if x.name != letter.name}
    others |= {d for d, in cache.db.execute("select digest from fragments where name != ?", (letter.name,))}
    cache.close()
    assert len(others) > 20
    calls: list[tuple] = []
    real = publish._digest
    monkeypatch.setattr(publish, "_digest", lambda *parts: (calls.append(parts), real(*parts))[1])
    publish_all(edition)
    _validate(edition, cache=True)
    assert calls and not [parts for parts in calls if others & set(parts)]
    page = edition / "output" / "html" / "cable_1949-01-10_mao_filippov.html"
    assert "(checked)" in page.read_text("utf-8")


def test_files_named_by_strings_are_remembered_as_their_paths(edition, monkeypatch):
    """The build names 100,000 letters by strings; any spelling of a path finds its findings."""
    from pipeline.validate import Validator

    letter = edition / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml"
    letter.write_text(letter.read_text().replace("persons.xml#mao-zedong", "persons.xml#mao-zedong-2", 1))
    monkeypatch.chdir(edition)
    cache = Path("output") / ".cache" / "corresp.sqlite"
    names = [f"./tei/letters/{p.name}" for p in sorted((edition / "tei" / "letters").glob("*.xml"))]
    first = Validator(edition).validate(names, cache=cache)
    checked: list = []
    validator = Validator(edition)
    original = validator._check
    monkeypatch.setattr(validator, "_check", lambda paths, progress=None: (checked.extend(paths), original(paths))[1])
    again = validator.validate([edition / n[2:] for n in names], cache=cache)
    assert checked == [] and [f.message for f in again] == [f.message for f in first]
    assert any("mao-zedong-2" in f.message for f in again)
    assert [f.message for f in validator.validate(names, cache=cache)] == [f.message for f in first]
    assert checked == []


def test_a_register_named_with_a_double_slash_is_still_a_register(edition, monkeypatch):
    """Its findings depend on which entries the letters use: a row is not taken for it by its
    bytes alone, however its path is spelled."""
    from pipeline.validate import Validator

    monkeypatch.chdir(edition)
    cache = edition / "output" / ".cache" / "corresp.sqlite"
    letters = sorted(str(p) for p in (edition / "tei" / "letters").glob("*.xml"))
    first = Validator(edition).validate([*letters, "tei/register/persons.xml"], cache=cache)
    assert not any("terebin" in f.message and "not referred" in f.message for f in first)
    for name in letters:  # no letter points to terebin any more
        path = Path(name)
        path.write_text(path.read_text().replace("persons.xml#terebin", "persons.xml#mao-zedong"))
    plain = Validator(edition).validate(["tei/register/persons.xml"])
    assert any('"terebin" is not referred' in f.message for f in plain)
    cached = Validator(edition).validate(["tei/register//persons.xml"], cache=cache)
    assert [f.message for f in cached] == [f.message for f in plain]


def test_a_few_letters_neighbours_are_looked_up_by_name_as_a_walk_finds_them(tmp_path):
    from lxml import etree

    navs = tmp_path / "navs.xml"
    lines = ['<c:nav id="a" file="a.xml"><c:next id="b" title="B, &quot; file=&quot;c.xml&quot;"/></c:nav>',
             '<c:nav id="b" file="b.xml"/>', '<c:nav id="c" file="c.xml"><c:prev id="b" title="B"/></c:nav>',
             '<c:nav id="d%20e" file="d%20e.xml"/>', '<c:nav id="f" file="f.xml"/>', '<c:nav id="f2" file="f.xml"/>']
    # namespaces declared on the root (an edition's own stylesheet): the navs read by name keep them
    navs.write_text('<?xml version="1.0" encoding="UTF-8"?><c:navs xmlns:c="urn:corresp" '
                    'xmlns:xs="http://www.w3.org/2001/XMLSchema" granularity="year">'
                    + "\n".join(lines) + "\n</c:navs>\n", encoding="utf-8")

    def found(names):
        return {nav.get("id"): etree.tostring(nav, with_tail=False) for nav in publish._navs(navs, names)}

    walk = found({f"n{i}.xml" for i in range(publish._FEW_NAVS + 1)})  # too many: every nav, walked
    assert list(walk) == ["a", "b", "c", "d%20e", "f", "f2"]
    assert b'xmlns:xs="http://www.w3.org/2001/XMLSchema"' in walk["a"]
    for names in ({"a.xml"}, {"c.xml", "b.xml"}):  # by name: just these, the same bytes
        assert found(names) == {name[:-4]: walk[name[:-4]] for name in names}
    assert "d%20e" in found({"d e.xml"})  # a name the URI escapes: the walk
    assert {"f", "f2"} <= set(found({"f.xml"}))  # a name twice: the walk, which gives both
    assert found({"gone.xml"}) == walk  # not there: the walk (which finds it nowhere either)
    assert found(set()) == {}


def _cmif_lines(root: Path, limit: int = 12) -> tuple[bool, list[str]]:
    loaded = settings.load(root)
    with publish.Publisher(loaded.tei_dir, loaded.output_dir, loaded.params()) as publisher:
        return publisher.cmif_lines(loaded.output_dir / "cmif.xml", limit)


def test_the_cmif_summary_is_kept_while_the_file_is_the_same(edition, tmp_path, monkeypatch):
    written, lines = _cmif_lines(edition)
    assert written and lines[0].startswith("CMIF: ") and len(lines) > 1
    with monkeypatch.context() as m:  # the same file: the lines of its last run, no report read
        m.setattr(publish.Publisher, "_write_cmif", lambda *args: pytest.fail("the reports were read again"))
        assert _cmif_lines(edition) == (False, lines)
        # another limit has lines of its own
        with pytest.raises(pytest.fail.Exception):
            _cmif_lines(edition, limit=1)
    # A letter that now names no date: the file and its summary change, as a fresh run gives them.
    letter = next(p for p in sorted((edition / "tei" / "letters").glob("*.xml"))
                  if re.search(r'<correspAction type="sent">.*?<date when="', p.read_text(), re.S))
    text = letter.read_text()
    letter.write_text(re.sub(r'(<correspAction type="sent">.*?<date) when="[^"]*"', r"\1", text, count=1, flags=re.S))
    written, changed = _cmif_lines(edition)
    assert written and changed != lines
    fresh = tmp_path / "fresh"
    shutil.copytree(edition, fresh, ignore=shutil.ignore_patterns("output"))
    assert _cmif_lines(fresh) == (True, changed)


def test_the_cmif_summary_from_the_tallies_is_the_summary_of_every_report(edition):
    """cmif_lines counts from each letter's tally and reads the reports of the first letters of
    each kind only: its lines are those of the whole report, whatever the limit (the sample
    has documents left out, several letters without ids, enclosed letters: more than one
    document to a file)."""
    # more kinds: a party without ids (none of some letters' parties identified), places of
    # writing without GeoNames ids in some letters, a letter without a date
    register = edition / "tei" / "register"
    for name, entry in (("persons", "joseph-stalin"), ("places", "moscow")):
        text = (register / f"{name}.xml").read_text()
        start = text.index(f'xml:id="{entry}"')
        end = text.index(f"</{name[:-1]}>", start)
        (register / f"{name}.xml").write_text(text[:start] + re.sub(r'<idno type="(VIAF|geonames)".*?</idno>', "",
                                                                     text[start:end]) + text[end:])
    for n, letter in enumerate(sorted((edition / "tei" / "letters").glob("*.xml"))):
        text = letter.read_text()
        if n % 3 == 0:
            text = re.sub(r'(<correspAction type="sent">\s*<persName[^>]*>[^<]*</persName>)',
                          r'\1<placeName ref="../register/places.xml#moscow">Moscow</placeName>', text, count=1)
        if n == 4:
            text = re.sub(r'(<correspAction type="sent">.*?<date) when="[^"]*"', r"\1", text, count=1, flags=re.S)
        letter.write_text(text)
    loaded = settings.load(edition)
    path = loaded.output_dir / "cmif.xml"
    with publish.Publisher(loaded.tei_dir, loaded.output_dir, loaded.params()) as publisher:
        _, report, letters = publisher.cmif(path)
        kinds = {message.split("\t")[0] for message in report}
        assert {"left-out", "no-id", "no-geonames", "none-identified", "no-date"} <= kinds  # what is compared
        for limit in (1, 2, 3, 12, 1_000_000):
            publisher.cache.set_output(f"cmif-lines:{limit}:{path}", "")
            assert publisher.cmif_lines(path, limit)[1] == cmif_mod.summary(report, letters, limit), limit
    # A letter copied by hand keeps its xml:id (validation reports it): the summary counts the
    # two as one document, as it always did, which their tallies cannot tell.
    copied = sorted((edition / "tei" / "letters").glob("*.xml"))[:3]
    for letter in copied:
        shutil.copy(letter, letter.with_name(f"copy-{letter.name}"))
    with publish.Publisher(loaded.tei_dir, loaded.output_dir, loaded.params()) as publisher:
        _, report, letters = publisher.cmif(path)
        assert len(report) > len(set(report))  # the copies' documents are there twice
        for limit in (1, 12):
            assert publisher.cmif_lines(path, limit)[1] == cmif_mod.summary(report, letters, limit), limit


class _Recorded:
    """A connection that notes the statements run through it."""

    def __init__(self, db):
        self.db, self.statements = db, []

    def __getattr__(self, name):
        return getattr(self.db, name)

    def execute(self, sql, *args):
        self.statements.append(sql)
        return self.db.execute(sql, *args)

    def __enter__(self):
        return self.db.__enter__()

    def __exit__(self, *exc):
        return self.db.__exit__(*exc)


def test_a_scan_finds_what_changed_from_the_last_look(tmp_path, monkeypatch):
    """A later process's scan of the same names compares the files' sizes and times with
    those the last scan saw, not with every row; it reads only the files that changed. When
    names came or went, or the rows are not the ones that look was taken with (another
    folder was scanned into the cache since), the rows are compared. Its letters are what a
    scan into an empty cache finds."""
    folder, other = tmp_path / "letters", tmp_path / "other"
    folder.mkdir()
    other.mkdir()
    letter = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><p><persName ref="../register/persons.xml#{}">X</persName></p></TEI>'
    for name in "abcde":
        (folder / f"{name}.xml").write_text(letter.format(name))
    (other / "z.xml").write_text(letter.format("z"))
    cache = publish.Cache(tmp_path / "cache.sqlite")
    publish.scan(cache, folder)
    time.sleep(0.01)
    (folder / "c.xml").write_text(letter.format("c2") + " ")
    read, original = [], publish._read
    monkeypatch.setattr(publish, "_read", lambda path: (read.append(Path(path).name), original(path))[1])
    cache.db = _Recorded(cache.db)
    for _ in range(2):  # the second time: a look of the same files, nothing to read
        publish._SCANNED.clear()
        publish.scan(cache, folder)
    assert read == ["c.xml"]
    assert not [sql for sql in cache.db.statements if "from letters order by name" in sql]
    (folder / "b.xml").unlink()
    (folder / "f.xml").write_text(letter.format("f"))
    publish._SCANNED.clear()
    found = [(x.name, x.sha, x.refs) for x in publish.scan(cache, folder)]
    assert read == ["c.xml", "f.xml"]
    assert [sql for sql in cache.db.statements if "from letters order by name" in sql]
    fresh = publish.Cache(tmp_path / "fresh.sqlite")
    assert found == [(x.name, x.sha, x.refs) for x in publish.scan(fresh, folder)]
    assert publish.used_refs(cache, folder) == publish.used_refs(fresh, folder)
    publish.scan(cache, other)  # the rows are now other's
    (folder / "a.xml").write_text(letter.format("a2") + "  ")
    publish._SCANNED.clear()
    cache.db.statements.clear()
    assert [(x.name, x.refs) for x in publish.scan(cache, folder)] == \
        [("a.xml", ["persons.xml#a2"]), ("c.xml", ["persons.xml#c2"]), ("d.xml", ["persons.xml#d"]),
         ("e.xml", ["persons.xml#e"]), ("f.xml", ["persons.xml#f"])]
    assert [sql for sql in cache.db.statements if "from letters order by name" in sql]
    cache.db = cache.db.db
    cache.close()
    fresh.close()


def test_after_an_edit_only_the_letters_the_scans_saw_change_are_looked_at(edition, tmp_path, monkeypatch):
    """The fragments hold for the letters as the last run's scan left them: the next run
    looks at the letters its scan saw change, not at every letter's row; a scan of another
    run in between (one this process did not see) makes it look at all of them."""
    publish_all(edition)
    letter = edition / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml"
    statements = []
    execute = publish.Cache._open

    def recorded(self):
        db = _Recorded(execute(self))
        statements.append(db.statements)
        return db
    monkeypatch.setattr(publish.Cache, "_open", recorded)
    for n, word in enumerate(("first", "second")):
        letter.write_text(letter.read_text().replace("</p>\n      </abstract>", f" ({word})</p>\n      </abstract>"))
        if n:  # another run's scan
            publish._SCANNED.clear()
            publish._CHANGES.clear()
            publish.scan(publish.Cache(edition / "output" / ".cache" / "corresp.sqlite"), edition / "tei" / "letters")
            time.sleep(0.01)
            letter.write_text(letter.read_text().replace("(second)", "(second!)"))
        statements.clear()
        publish_all(edition)
        walked = [sql for run in statements for sql in run if "left join fragments" in sql and "order by l.name" in sql]
        assert bool(walked) == bool(n)
        assert f"({word}" in (edition / "output" / "letters.csv").read_text("utf-8")
    monkeypatch.undo()
    _same_as_fresh(edition, tmp_path)


def test_letters_scanned_by_another_spelling_of_their_folder_still_reach_the_outputs(edition, tmp_path):
    """The validation looks at tei/letters as the edition names it, the outputs by its real
    path: one table of rows, so a change one scan saw is not lost to the other."""
    (edition / "tei").rename(edition / "tei-real")
    (edition / "tei").symlink_to(edition / "tei-real")
    publish_all(edition)
    _validate(edition, cache=True)
    letter = edition / "tei" / "letters" / "cable_1949-01-10_mao_filippov.xml"
    letter.write_text(letter.read_text().replace("</p>\n      </abstract>", " (Seen twice.)</p>\n      </abstract>"))
    _validate(edition, cache=True)  # its scan sees the change first
    publish_all(edition)
    assert "(Seen twice.)" in (edition / "output" / "letters.csv").read_text("utf-8")


def test_a_scan_of_another_run_while_the_fragments_are_made_leaves_no_record_they_hold(edition, monkeypatch):
    """`corresp validate` takes no lock: a letter its scan saw change while this run looked
    at the letters is made by the next run."""
    publish_all(edition)
    letters = edition / "tei" / "letters"
    letter, other = letters / "cable_1949-01-10_mao_filippov.xml", letters / "cable_1948-11-21_mao_stalin.xml"
    letter.write_text(letter.read_text().replace("</p>\n      </abstract>", " (Now.)</p>\n      </abstract>"))
    parts_of = publish.parts_of

    def meanwhile(*args):
        if "(Meanwhile.)" not in other.read_text():
            other.write_text(other.read_text().replace("</p>\n      </abstract>", " (Meanwhile.)</p>\n      </abstract>"))
            cache = publish.Cache(edition / "output" / ".cache" / "corresp.sqlite")
            publish.scan(cache, letters)
            cache.close()
        return parts_of(*args)
    monkeypatch.setattr(publish, "parts_of", meanwhile)
    publish_all(edition)
    monkeypatch.undo()
    publish_all(edition)
    assert "(Meanwhile.)" in (edition / "output" / "letters.csv").read_text("utf-8")


@pytest.mark.parametrize("steady", [False, True], ids=["looked at again", "trusted in a build"])
def test_letters_a_scan_kept_are_read_from_the_cache_asked(tmp_path, steady):
    """A scan kept in this process serves a later cache object of the same file (the stages
    of one process each open their own, and close it)."""
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "a.xml").write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"/>')
    with publish.steady() if steady else contextlib.nullcontext():
        first = publish.Cache(tmp_path / "cache.sqlite")
        publish.scan(first, folder)
        first.close()
        second = publish.Cache(tmp_path / "cache.sqlite")
        assert [(x.name, x.sha) for x in publish.scan(second, folder)] == [("a.xml", publish._read(str(folder / "a.xml"))[0])]
        second.close()


def test_two_scans_at_once_count_each_change_once(tmp_path):
    """Two runs scan at the same time (`corresp validate` takes no lock): the second writes
    after the first, having read the rows before it. The entries in use are what the files
    point to, each change counted once."""
    folder = tmp_path / "letters"
    folder.mkdir()
    letter = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><persName ref="../register/persons.xml#{}"/></TEI>'
    (folder / "x.xml").write_text(letter.format("a"))
    (folder / "y.xml").write_text(letter.format("a"))
    path = tmp_path / "c.sqlite"
    publish.scan(publish.Cache(path), folder)
    publish._SCANNED.clear()
    (folder / "x.xml").write_text(letter.format("b") + " ")  # x now points to b, y still to a
    first, second = publish.Cache(path), publish.Cache(path)

    class Late:  # the second's writes come after the whole first scan
        def __init__(self, db):
            self.db = db

        def __getattr__(self, name):
            return getattr(self.db, name)

        def __enter__(self):
            publish._SCANNED.clear()
            publish.scan(first, folder)
            return self.db.__enter__()

        def __exit__(self, *exc):
            return self.db.__exit__(*exc)

    second.db = Late(second.db)
    publish.scan(second, folder)
    publish._SCANNED.clear()
    assert publish.used_refs(first, folder) == ["persons.xml#a", "persons.xml#b"]
    assert dict(first.db.execute("select ref, letters from used")) == {"persons.xml#a": 1, "persons.xml#b": 1}
    first.close()
    second.db = second.db.db
    second.close()


def test_a_cache_deleted_in_the_same_process_is_filled_again(edition):
    """The stages read the scan's table: a scan kept in this process is not taken for it once
    the cache is gone (a session or program that runs corresp more than once)."""
    _validate(edition, cache=True)  # its scan is kept in this process
    shutil.rmtree(edition / "output")
    loaded = settings.load(edition)
    with publish.Publisher(loaded.tei_dir, loaded.output_dir, loaded.params()) as publisher:
        order = publisher.refresh()
    assert len(order) == len(list((edition / "tei" / "letters").glob("*.xml"))) > 0


def test_a_new_cache_holds_a_letters_fragment_on_one_page(edition):
    """A letter's fragment row (3-6 KB) fits a page of a new cache, with room for others: on
    4 KB pages a row took a page of its own or spilled into overflow pages (reading every
    letter's facts was twice as slow at 100,000 letters)."""
    publish_all(edition)
    cache = publish.Cache(edition / "output" / ".cache" / "corresp.sqlite")
    try:
        size = cache.db.execute("pragma page_size").fetchone()[0]
        longest = cache.db.execute("select max(length(cast(doc || csv || cmif || report || row || search || item || "
                                   "sums || reads as blob))) from fragments").fetchone()[0]
    finally:
        cache.close()
    assert size == 16384 and longest < (size - 35) / 2  # (sqlite keeps up to size - 35 bytes of a row on its page)


def test_a_person_and_a_place_of_the_same_id_each_get_their_page(tmp_path):
    """"Lincoln to Seward" names a person lincoln, "To Mary Todd. Lincoln, May 4, 1861" a place
    lincoln: each register may hold the id once, and the site is made with both."""
    from click.testing import CliRunner
    from pipeline.cli import main

    root = make_edition(tmp_path, {"a.txt": "Lincoln to Seward, 3 May 1861\n",
                                   "b.txt": "1. To Mary Todd. Lincoln, May 4, 1861 . . . 3\n"}, authorities=False)
    result = CliRunner().invoke(main, ["--edition", str(root), "build", "-q"])
    assert result.exit_code == 0, result.output
    register = root / "tei" / "register"
    assert 'xml:id="lincoln"' in (register / "persons.xml").read_text()
    assert 'xml:id="lincoln"' in (register / "places.xml").read_text()
    html = root / "output" / "html"
    assert "Lincoln" in (html / "persons" / "lincoln.html").read_text()
    assert "Lincoln" in (html / "places" / "lincoln.html").read_text()


def test_a_large_editions_entry_pages_are_made_in_parts(edition, tmp_path, monkeypatch):
    """In a large edition the register entries' pages are made in parts, each run reading
    the facts of the letters its entries list only (the lists made with the first part):
    the same bytes as one run from the facts of all."""
    monkeypatch.setattr(publish, "APART_FROM", 1)
    monkeypatch.setattr(publish, "SITE_WORKER_FROM", 1)
    whole = tmp_path / "whole"
    shutil.copytree(edition, whole)
    publish_all(whole)  # (few letters: one part)
    monkeypatch.setattr(publish, "ENTRY_PART_LETTERS", 3)
    runs, new_pool = [], publish._new_pool

    def noted(*args, **kwargs):  # each part of the site: its parts and how many letters its facts hold
        pool = new_pool(*args, **kwargs)
        submit = pool.submit

        def noting(fn, *a):
            if a[3:] and a[4].get("site-parts") in ("registers", "entries"):
                facts = Path(unquote(urlparse(a[4]["facts"]).path)).read_text("utf-8")
                runs.append((a[4]["site-parts"], facts.count("<c:doc "), a[4]["entity-pages"].split()))
            return submit(fn, *a)
        pool.submit = noting
        return pool
    monkeypatch.setattr(publish, "_new_pool", noted)
    publish_all(edition)
    assert [part for part, _, _ in runs] == ["registers"] + ["entries"] * (len(runs) - 1)
    assert len(runs) > 2
    loaded = settings.load(edition)
    letters = len(list(loaded.tei_dir.glob("letters/*.xml")))
    # (an entry listing more than three letters is a part of its own)
    assert all(facts <= 3 or len(hrefs) == 1 for _, facts, hrefs in runs)
    assert max(facts for _, facts, _ in runs) < letters
    pages = [href for _, _, hrefs in runs for href in hrefs]
    assert len(pages) == len(set(pages))
    assert set(pages) == {page for page in tree(edition / "output" / "html") if page.startswith(("persons/", "places/", "orgs/"))}
    assert tree(edition / "output" / "html") == tree(whole / "output" / "html")


def test_a_letters_page_cites_what_the_listing_identifies_it_by(tmp_path):
    """The source on a letter's page gives its number, its shelfmark and the record's other
    fields as the TEI's bibl holds them (they reached no output before: a new user's trial)."""
    from pipeline.edition import generate as make_tei

    text = ("Brief Nr. 15\nAbsender: Hans Keller\nEmpfänger: Clara Wendt\nDatum: 5. März 1851\n"
            "Signatur: NL Brandt 3/12\nUmfang: 2 Bl.\nRegest: Dank für die Bücher.\n")
    root = make_edition(tmp_path, raw={"akten.txt": text}, authorities=False)
    make_tei(settings.load(root))
    (letter,) = (root / "tei" / "letters").glob("*.xml")
    assert '<idno type="shelfmark">NL Brandt 3/12</idno>' in letter.read_text()
    publish_all(root)
    page = (root / "output" / "html" / letter.name.replace(".xml", ".html")).read_text()
    source = re.search(r'<dd class="source">.*?</dd>', page, re.S).group(0)
    assert '<span class="idno number">No. 15</span>.' in source
    assert '<span class="idno shelfmark">Shelfmark: NL Brandt 3/12</span>.' in source
    assert '<span class="note">Umfang: 2 Bl.</span> <span class="input">' in source  # (no second stop)


def test_a_register_entrys_digest_changes_with_it_alone(tmp_path):
    """A letter's outputs are made again when an entry it points to changes: each entry's
    digest covers the entry (and the entries within it), not its neighbours."""
    from pipeline.publish import entity_digests

    def register(b: str, inner: str) -> dict[str, str]:
        (tmp_path / "persons.xml").write_text(
            '<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="persons"><text><body><listPerson>'
            '<person xml:id="a"><persName>Anna Abel</persName></person>\n'
            f'<person xml:id="b"><persName>{b}</persName></person>\n'
            f'<person xml:id="c"><persName xml:id="c-1">{inner}</persName></person>\n'
            '</listPerson></body></text></TEI>', "utf-8")
        return entity_digests(tmp_path)

    before = register("Bruno Berg", "Carl Cole")
    assert set(before) == {f"persons.xml#{i}" for i in ("persons", "a", "b", "c", "c-1")}
    after = register("Bruno Berger", "Carl Cole")
    assert {ref for ref in before if before[ref] != after[ref]} == {"persons.xml#persons", "persons.xml#b"}
    inner = register("Bruno Berger", "Karl Cole")
    assert {ref for ref in after if after[ref] != inner[ref]} == {"persons.xml#persons", "persons.xml#c",
                                                                  "persons.xml#c-1"}
