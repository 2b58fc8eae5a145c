"""corresp as a tool for anyone's edition: `corresp init`, finding the edition, placeholders,
settings that live in edition.toml only, an edition's own stylesheet, and a real install."""

from __future__ import annotations

import csv
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from pipeline.cli import main

from conftest import ROOT, SHARED, own_stylesheet

# Five invented letters, in the archive-page layout the reader knows. "Joseph Dalton" must not
# become the sample's Joseph Stalin.
LISTING = """Letters of the Penrose family, 1851-1853

March 3, 1851
Letter, Edith Penrose to Walter Ashby
Edith Penrose thanks Walter Ashby for the seeds he sent from Falmouth and asks after Joseph Dalton.

April 17, 1851
Letter, Walter Ashby to Edith Penrose
Walter Ashby reports on the garden at Truro and the arrival of the new glasshouse.

June 2, 1852
Letter, Edith Penrose to Margaret Lowe
Edith Penrose describes the journey from Truro to Bath.

September 9, 1852
Letter, Margaret Lowe to Edith Penrose
Margaret Lowe sends news of her brother in Bristol.

January 20, 1853
Letter, Walter Ashby to Margaret Lowe
Walter Ashby asks Margaret Lowe to forward the parcel of books to Falmouth.
"""
TEI = "{http://www.tei-c.org/ns/1.0}"


def run(*args, cwd: Path | None = None):
    old = Path.cwd()
    if cwd:
        os.chdir(cwd)
    try:
        return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    finally:
        os.chdir(old)


def sample_words() -> set[str]:
    """What belongs to the sample's world: every name form and id of its registers and
    gazetteer, its authority rows, its title, source and CMIF bibl id."""
    words: set[str] = set()
    for path in (ROOT / "tei" / "register").glob("*.xml"):
        tree = etree.parse(str(path))
        for element in tree.iter(f"{TEI}persName", f"{TEI}placeName", f"{TEI}orgName"):
            words.add(" ".join(element.xpath("string()").split()))
        words.update(tree.xpath("//tei:listPerson/*/@xml:id | //tei:listPlace/*/@xml:id | //tei:listOrg/*/@xml:id",
                                namespaces={"tei": TEI[1:-1]}))
    for name in ("authorities.csv", "gazetteer.csv"):
        lines = [l for l in (ROOT / "raw" / name).read_text().splitlines() if not l.startswith("#")]
        for row in csv.DictReader(lines):
            words.update([row["name"], *row["variants"].split("|")])
    settings = tomllib.loads((ROOT / "edition.toml").read_text())
    words |= {settings["edition"]["title"], settings["edition"]["source"], settings["cmif"]["bibl_id"],
              "sino-soviet"}
    return {w.split("{")[0] for w in words if len(w) >= 4}


def files_of(folder: Path) -> dict[str, str]:
    """Every file's hash, but the run cache's (it is the machine's; pipeline/incremental.py)."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != ".corresp-cache.json"}


def set_value(edition: Path, key: str, value: str) -> None:
    path = edition / "edition.toml"
    text, n = re.subn(rf'(?m)^{key} = ".*"$', f'{key} = "{value}"', path.read_text())
    assert n == 1, key
    path.write_text(text)


@pytest.fixture
def new_edition(tmp_path) -> Path:
    result = run("init", tmp_path / "letters-penrose")
    assert result.exit_code == 0, result.output
    edition = tmp_path / "letters-penrose"
    (edition / "raw" / "penrose.txt").write_text(LISTING)
    return edition


# -- corresp init ---------------------------------------------------------------------------

def test_init_creates_an_empty_edition(new_edition):
    for path in ("edition.toml", "raw/authorities.csv", "raw/gazetteer.csv", ".gitignore"):
        assert (new_edition / path).is_file(), path
    settings = tomllib.loads((new_edition / "edition.toml").read_text())
    assert settings["edition"]["title"] == "Letters Penrose"
    assert settings["edition"]["editor"] == "" and settings["edition"]["publisher"] == ""
    assert re.fullmatch(r"[a-f][0-9a-f]{7}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
                        settings["cmif"]["bibl_id"])
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", settings["cmif"]["date"])
    assert "output/" in (new_edition / ".gitignore").read_text().splitlines()
    for name in ("authorities.csv", "gazetteer.csv"):  # headers, no rows
        rows = [l for l in (new_edition / "raw" / name).read_text().splitlines() if not l.startswith("#")]
        assert rows == ["kind,name,variants,wikidata,gnd,viaf,geonames,confidence,source"]
    assert "# Responsible editor" in (new_edition / "edition.toml").read_text()  # commented


def test_each_edition_gets_its_own_bibl_id(tmp_path):
    ids = set()
    for name in ("a", "b"):
        assert run("init", tmp_path / name).exit_code == 0
        ids.add(tomllib.loads((tmp_path / name / "edition.toml").read_text())["cmif"]["bibl_id"])
    assert len(ids) == 2


def test_init_never_overwrites_an_edition(new_edition):
    before = files_of(new_edition)
    result = run("init", new_edition)
    assert result.exit_code == 1
    assert "an edition already exists here" in result.output and "Traceback" not in result.output
    assert files_of(new_edition) == before


def test_init_keeps_files_that_are_there(tmp_path):
    (tmp_path / "ed" / "raw").mkdir(parents=True)
    (tmp_path / "ed" / ".gitignore").write_text("*.bak\n")
    result = run("init", tmp_path / "ed")
    assert result.exit_code == 0 and "kept" in result.output
    assert (tmp_path / "ed" / ".gitignore").read_text() == "*.bak\n"


def test_init_where_no_folder_can_be_is_a_message(tmp_path):
    (tmp_path / "notes.txt").write_text("a file, not a folder\n")
    result = run("init", tmp_path / "notes.txt" / "ed")
    assert result.exit_code == 1 and "cannot create the edition" in result.output
    assert "Traceback" not in result.output


# -- finding the edition ----------------------------------------------------------------------

def test_the_edition_is_found_from_a_folder_below_it(new_edition):
    result = run("tei", "--no-validate", cwd=new_edition / "raw")
    assert result.exit_code == 0, result.output
    assert len(list((new_edition / "tei" / "letters").glob("*.xml"))) == 5


def test_edition_option_from_anywhere(new_edition, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = run("--edition", new_edition, "tei", "--no-validate", cwd=elsewhere)
    assert result.exit_code == 0, result.output
    assert (new_edition / "tei" / "letters").is_dir() and not (elsewhere / "tei").exists()


def test_outside_any_edition_says_how_to_start_one(tmp_path):
    result = run("build", cwd=tmp_path)
    assert result.exit_code == 1
    assert "no edition.toml here or in any folder above" in result.output
    assert "corresp init DIR" in result.output and "Traceback" not in result.output


# -- a new edition end to end -----------------------------------------------------------------

def test_build_of_a_new_edition_has_nothing_of_the_sample(new_edition):
    result = run("build", cwd=new_edition)
    assert result.exit_code == 0, result.output
    assert len(list((new_edition / "tei" / "letters").glob("*.xml"))) == 5
    cmif = etree.parse(str(new_edition / "output" / "cmif.xml"))
    bibl_id = tomllib.loads((new_edition / "edition.toml").read_text())["cmif"]["bibl_id"]
    assert len(cmif.findall(f".//{TEI}correspDesc")) == 5
    assert {d.get("source") for d in cmif.iter(f"{TEI}correspDesc")} == {f"#{bibl_id}"}
    rows = (new_edition / "output" / "letters.csv").read_text().splitlines()
    assert len(rows) == 1 + 5
    assert (new_edition / "output" / "html" / "index.html").is_file()
    words = sample_words()
    for path in new_edition.rglob("*"):
        if path.is_file():
            text = path.read_text("utf-8", errors="replace")
            leaked = sorted(w for w in words if w in text)
            assert not leaked, f"{path.relative_to(new_edition)} holds the sample's {leaked}"


def test_placeholders_are_named_and_strict_refuses_them(new_edition):
    result = run("build", cwd=new_edition)
    assert result.exit_code == 0
    assert "edition.toml still holds placeholders" in result.output
    for key in ("[edition] editor", "[edition] publisher", "[edition] base_url", "[cmif] url"):
        assert re.search(rf"edition\.toml:\d+: {re.escape(key)} ", result.output), key
    result = run("cmif", cwd=new_edition)
    assert result.exit_code == 0 and "[cmif] url is a placeholder" in result.output
    result = run("cmif", "--strict", cwd=new_edition)
    assert result.exit_code == 1 and "--strict: 4 placeholder setting(s)" in result.output
    assert run("build", "--strict", cwd=new_edition).exit_code == 1


def test_a_finished_edition_has_no_placeholder_warning(new_edition):
    set_value(new_edition, "editor", "Ada Byrne")
    set_value(new_edition, "publisher", "Penrose Letters Project")
    set_value(new_edition, "base_url", "https://letters.penrose.invalid.ac.uk/")
    set_value(new_edition, "url", "https://letters.penrose.invalid.ac.uk/cmif.xml")
    result = run("build", "--strict", cwd=new_edition)
    assert "placeholder" not in result.output
    # still strict about the listing's one line of page text, nothing else
    assert "placeholder" not in result.output


def test_settings_change_no_tei_and_reach_every_output(new_edition):
    assert run("build", cwd=new_edition).exit_code == 0
    before = files_of(new_edition / "tei")
    set_value(new_edition, "base_url", "https://penrose.example.net/letters/")
    set_value(new_edition, "editor", "Ada Byrne")
    set_value(new_edition, "licence", "https://creativecommons.org/publicdomain/zero/1.0/")
    result = run("build", cwd=new_edition)
    assert result.exit_code == 0, result.output
    assert files_of(new_edition / "tei") == before
    cmif = etree.parse(str(new_edition / "output" / "cmif.xml"))
    refs = [d.get("ref") for d in cmif.iter(f"{TEI}correspDesc")]
    assert refs and all(r.startswith("https://penrose.example.net/letters/letter_") for r in refs)
    assert cmif.findtext(f".//{TEI}titleStmt/{TEI}editor") == "Ada Byrne"
    page = (new_edition / "output" / "html" / "index.html").read_text()
    assert "Ada Byrne" in page and "https://creativecommons.org/publicdomain/zero/1.0/" in page


@pytest.mark.parametrize("key, value", [
    ("licence", "javascript:alert(document.domain)"),
    ("base_url", "javascript:alert(1)//"),
    ("url", "file:///etc/passwd"),
    ("base_url", "letters/"),
])
def test_addresses_must_be_http(new_edition, key, value):
    set_value(new_edition, key, value)
    result = run("build", cwd=new_edition)
    assert result.exit_code == 1
    assert re.search(rf"edition\.toml:\d+: \[\w+\] {key} must be an http\(s\) address", result.output)
    assert not (new_edition / "tei").exists()


# -- an edition's own stylesheet ----------------------------------------------------------------

def docs_example() -> str:
    text = (ROOT / "docs" / "customising.md").read_text()
    return re.search(r"```xml\n(.*?)```", text, re.S).group(1)


def test_the_documented_footer_override_works(new_edition):
    (new_edition / "xslt").mkdir()
    (new_edition / "xslt" / "html.xsl").write_text(docs_example())
    result = run("build", cwd=new_edition)
    assert result.exit_code == 0, result.output
    html = new_edition / "output" / "html"
    letter = (html / "letter_1851-03-03_edith-penrose_walter-ashby.html").read_text()
    assert re.search(r"Summary as given in the listing:\s+penrose\.txt, lines 3-5\.", letter)
    text = " ".join(etree.HTML(letter).xpath("string(//main)").split())
    assert "Edith Penrose thanks Walter Ashby" in text  # the rest of the page is corresp's
    for other in ("index.html", "persons.html"):
        assert "Summary as given in the listing" not in (html / other).read_text()


def _entry_title_marked(mark: str) -> str:
    return f"""  <xsl:function name="c:entry-title" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="'{mark} ' || normalize-space(root($node)//*:titleStmt/*:title[1])"/>
  </xsl:function>"""


@pytest.mark.parametrize("outputs", [("csv",), ("html",), ("cmif", "csv"), ("html", "csv", "cmif")])
def test_a_function_of_common_overridden_for_one_output_changes_that_output_only(new_edition, outputs):
    """c:entry-title (common.xsl) shows in the CSV's title column and on the HTML pages. An
    edition's csv.xsl that overrides it changes the CSV only, its html.xsl the HTML only (the
    pieces of each output are made by its own stylesheet)."""
    (new_edition / "xslt").mkdir()
    for output in outputs:
        (new_edition / "xslt" / f"{output}.xsl").write_text(own_stylesheet(output, _entry_title_marked(f"MARK-{output}")))
    result = run("build", cwd=new_edition)
    assert result.exit_code == 0, result.output
    out = new_edition / "output"
    html = "\n".join(page.read_text() for page in (out / "html").glob("*.html"))
    shown = {"csv": (out / "letters.csv").read_text(), "html": html, "cmif": (out / "cmif.xml").read_text()}
    for output, text in shown.items():
        for mark in ("csv", "html", "cmif"):
            assert (f"MARK-{mark}" in text) == (mark == output and output in outputs and output != "cmif"), \
                (output, mark)


def test_a_function_of_common_overridden_in_cmif_xsl_reaches_the_cmif_only(new_edition):
    """c:id names each letter in all three outputs: an edition's cmif.xsl that overrides it
    changes the correspDescs' links and what `corresp cmif` names, not the CSV or the pages."""
    (new_edition / "xslt").mkdir()
    (new_edition / "xslt" / "cmif.xsl").write_text(own_stylesheet("cmif", """  <xsl:function name="c:id" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="'MARKED-' || string(root($node)/*/@xml:id)"/>
  </xsl:function>"""))
    result = run("build", cwd=new_edition)
    assert result.exit_code == 0, result.output
    out = new_edition / "output"
    assert "MARKED-" in (out / "cmif.xml").read_text() and "MARKED-" in result.output
    assert "MARKED-" not in (out / "letters.csv").read_text()
    assert not any("MARKED-" in page.read_text() for page in (out / "html").rglob("*.html"))


def test_a_broken_edition_stylesheet_is_named(new_edition):
    (new_edition / "xslt").mkdir()
    (new_edition / "xslt" / "html.xsl").write_text(docs_example().replace("</xsl:template>", ""))
    assert run("tei", "--no-validate", cwd=new_edition).exit_code == 0
    result = run("html", cwd=new_edition)
    assert result.exit_code == 1
    assert "xslt/html.xsl" in result.output and "does not compile" in result.output
    assert "Traceback" not in result.output


# -- installed, not editable ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """corresp built as a wheel and installed into a fresh venv: its bin folder."""
    work = tmp_path_factory.mktemp("install")
    source = work / "source"
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name) if source.exists() else (source.mkdir(), shutil.copy(ROOT / name, source / name))
    for name in ("pipeline", "xslt", "schemas"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    wheels = work / "wheels"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(wheels), str(source)], check=True, capture_output=True)
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    wheel = next(wheels.glob("corresp-*.whl"))
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "-q", "install", str(wheel)], check=True,
                   capture_output=True)
    return venv / "bin"


def test_a_wheel_installed_in_a_fresh_venv_builds_a_new_edition(installed, tmp_path):
    def corresp(*args, cwd):
        return subprocess.run([str(installed / "corresp"), *map(str, args)], cwd=cwd, capture_output=True,
                              text=True, env={**os.environ, "PYTHONPATH": ""})

    result = corresp("init", "ED", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    edition = tmp_path / "ED"
    (edition / "raw" / "penrose.txt").write_text(LISTING)
    result = corresp("build", cwd=edition)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "internal error" not in result.stderr
    assert "edition.toml still holds placeholders" in result.stderr
    assert len(list((edition / "tei" / "letters").glob("*.xml"))) == 5
    cmif = etree.parse(str(edition / "output" / "cmif.xml"))
    assert len(cmif.findall(f".//{TEI}correspDesc")) == 5
    if (SHARED / "schemas" / "cmif" / "official" / "cmi-customization.rng").exists():
        for kind in ("official", "correspsearch"):
            schema = etree.RelaxNG(file=str(SHARED / "schemas" / "cmif" / kind / "cmi-customization.rng"))
            assert schema.validate(cmif), (kind, schema.error_log)
    # the CMIF schemas that ship with corresp are in the wheel (cmif --check reads them)
    result = corresp("cmif", "--check", cwd=edition)
    assert "No such file" not in result.stdout + result.stderr and "internal error" not in result.stderr
    assert result.returncode == 0 and "checked output/cmif.xml: 0 error(s)" in result.stdout, result.stdout + result.stderr
    # the installed package reads its stylesheets from site-packages, not from this checkout
    located = subprocess.run([str(installed / "python"), "-c", "import pipeline.resources as r; print(r.XSLT)"],
                             cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    assert "site-packages" in located and str(ROOT) not in located
