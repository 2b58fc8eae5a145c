"""Nothing is let in: no entity, DTD or network access from any TEI file, in any stage.

A local HTTP server records every request; none may arrive. A local file stands for
/etc/passwd; its text must reach no output.
"""

from __future__ import annotations

import http.server
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main

from conftest import make_edition

SECRET = "TOP-SECRET-7f3a9c"
LISTING = ("May 3, 1951\nLetter, Anna Weber to Jean Martin\nAnna Weber writes about the archive.\n\n"
           "June 4, 1951\nLetter, Jean Martin to Anna Weber\nThe reply, from Lyon.\n")


class Recorder(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self):  # noqa: N802 - the http.server name
        Recorder.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.end_headers()
        self.wfile.write(b'<!ENTITY leak "from-the-network">')

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    """A local HTTP server that records the paths asked for; yields its base URL."""
    Recorder.requests = []
    httpd = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def run(root, *args):
    return CliRunner().invoke(main, ["--edition", str(root), *args], catch_exceptions=False)


@pytest.fixture
def built(tmp_path) -> Path:
    root = make_edition(tmp_path, raw={"l.txt": LISTING})
    assert run(root, "build").exit_code == 0
    (tmp_path / "secret.txt").write_text(SECRET)
    return root


def doctype(server: str, secret: Path, root: str = "TEI") -> str:
    """Every kind of entity and DTD an attacker would try."""
    return (f'<!DOCTYPE {root} SYSTEM "{server}/dtd" [\n'
            f'  <!ENTITY e SYSTEM "file://{secret}">\n'
            f'  <!ENTITY r SYSTEM "{server}/entity">\n'
            f'  <!ENTITY % p SYSTEM "{server}/parameter"> %p;\n'
            f'  <!ENTITY inside "Checked">\n'
            f"]>\n")


def poison(path: Path, server: str, secret: Path) -> None:
    """A hand edit: a DOCTYPE before the root, entity references in the text."""
    text = path.read_text()
    declaration, rest = text.split("\n", 1)
    rest = rest.replace("</p>", " &e; &r; &inside;</p>", 1)
    path.write_text(f"{declaration}\n{doctype(server, secret)}{rest}")


def outputs_text(root: Path) -> str:
    """Every output (not corresp's cache in output/.cache, which remembers the broken file)."""
    return "".join(p.read_text("utf-8", errors="replace") for p in (root / "output").rglob("*")
                   if p.is_file() and ".cache" not in p.relative_to(root / "output").parts)


def letter(root: Path) -> Path:
    return sorted((root / "tei" / "letters").glob("*.xml"))[0]


@pytest.mark.parametrize("stage", ["html", "csv", "cmif"])
def test_an_entity_in_a_letter_reaches_no_output(built, server, stage):
    poison(letter(built), server, built.parent / "secret.txt")
    before = outputs_text(built)
    result = run(built, stage)
    assert result.exit_code == 1
    assert f"tei/letters/{letter(built).name}:2: has a DOCTYPE declaration" in result.output
    assert "Traceback" not in result.output
    assert Recorder.requests == []
    assert SECRET not in outputs_text(built) and outputs_text(built) == before


def test_a_broken_letter_seen_by_validate_first_still_stops_the_outputs(built, server):
    """validate remembers the files it read (output/.cache); html must not take that for a
    well-formed check."""
    poison(letter(built), server, built.parent / "secret.txt")
    assert run(built, "validate").exit_code == 1
    result = run(built, "html")
    assert result.exit_code == 1 and "has a DOCTYPE declaration" in result.output
    assert "Traceback" not in result.output and Recorder.requests == []


def test_validate_names_the_doctype_and_each_entity(built, server):
    path = letter(built)
    poison(path, server, built.parent / "secret.txt")
    result = run(built, "validate")
    assert result.exit_code == 1
    assert f"{path.name}:2:1: error: has a DOCTYPE declaration" in result.output
    for name in ("&e;", "&r;", "&inside;"):
        assert f"text from the entity {name}" in result.output
    assert Recorder.requests == [] and SECRET not in result.output


def test_tei_keeps_the_edited_letter_and_fetches_nothing(built, server):
    path = letter(built)
    poison(path, server, built.parent / "secret.txt")
    edited = path.read_bytes()
    result = run(built, "tei")  # nothing changed but the letter: only the validation reads it
    assert result.exit_code == 1 and "has a DOCTYPE declaration" in result.output
    for listing in (built / "raw").glob("*.txt"):  # a run that does something reads it too
        listing.write_text(listing.read_text() + "\n")
    result = run(built, "tei")
    assert "1 edited by hand" in result.output  # (kept: what corresp would write there is as before)
    assert result.exit_code == 1 and "has a DOCTYPE declaration" in result.output  # the validation after it
    assert path.read_bytes() == edited
    assert Recorder.requests == []


def test_a_register_with_a_dtd_is_refused_before_anything_is_written(built, server):
    persons = built / "tei" / "register" / "persons.xml"
    text = persons.read_text()
    declaration, rest = text.split("\n", 1)
    persons.write_text(f"{declaration}\n{doctype(server, built.parent / 'secret.txt')}{rest}")
    (built / "raw" / "l.txt").write_text(LISTING + "\nJuly 1, 1951\nLetter, Paul Aubert to Anna Weber\nNew.\n")
    before = {p: p.read_bytes() for p in (built / "tei").rglob("*") if p.is_file()}
    result = run(built, "tei")
    assert result.exit_code == 1
    assert "tei/register/persons.xml:2: this register has a DOCTYPE declaration" in result.output
    assert {p: p.read_bytes() for p in (built / "tei").rglob("*") if p.is_file()} == before
    assert Recorder.requests == []


@pytest.mark.parametrize("stage", ["html", "csv", "cmif", "validate"])
def test_a_ref_to_the_network_or_a_local_file_is_not_followed(built, server, stage):
    path = letter(built)
    secret_xml = built.parent / "secret.xml"
    secret_xml.write_text(f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><person xml:id="a"><persName>{SECRET}'
                          "</persName></person></TEI>")
    text = path.read_text()
    text = text.replace('ref="../register/persons.xml#', f'ref="{server}/persons.xml#', 1)
    text = text.replace('ref="../register/persons.xml#', f'ref="file://{secret_xml}#a" n="', 1)
    path.write_text(text)
    result = run(built, stage)
    assert "Traceback" not in result.output
    assert Recorder.requests == []
    assert SECRET not in outputs_text(built) and SECRET not in result.output


def test_billion_laughs_is_refused(built):
    path = letter(built)
    laughs = "".join(f'<!ENTITY l{n} "{"&l%d;" % (n - 1) * 10}">' for n in range(1, 10))
    path.write_text(path.read_text().replace("\n", f'\n<!DOCTYPE TEI [<!ENTITY l0 "ha">{laughs}]>\n', 1)
                    .replace("</p>", "&l9;</p>", 1))
    for stage in ("html", "validate"):
        result = run(built, stage)
        assert result.exit_code == 1 and path.name in result.output
        assert "DOCTYPE" in result.output or "entity amplification" in result.output
