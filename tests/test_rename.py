"""`corresp rename`: a letter the editor renames (its date corrected in the TEI, say) keeps
the new name in later runs, and is never published twice under the old one."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from pipeline import store as st
from pipeline.cli import main

from conftest import make_edition

LISTING = ("May 3, 1951\nLetter, Anna Weber to Jean Martin\nOn the parcel.\n\n"
           "May 4, 1951\nLetter, Jean Martin to Anna Weber\nThe reply.\n")
OLD, NEW = "letter_1951-05-03_anna-weber_jean-martin", "letter_1951-05-02_anna-weber_jean-martin"


def run(root, *args):
    return CliRunner().invoke(main, ["--edition", str(root), *args], catch_exceptions=False)


@pytest.fixture
def root(tmp_path):
    root = make_edition(tmp_path, {"l.txt": LISTING}, authorities=False)
    assert run(root, "tei", "--no-validate").exit_code == 0
    return root


def letters(root) -> list[str]:
    return sorted(p.name for p in (root / "tei" / "letters").glob("*.xml"))


def corrected(root, name: str = OLD) -> str:
    """The editor's correction of the letter's date (the file keeps its name)."""
    path = root / "tei" / "letters" / f"{name}.xml"
    text = path.read_text().replace('when="1951-05-03"', 'when="1951-05-02"')
    path.write_text(text)
    return text


@pytest.mark.parametrize("edited", [True, False])
def test_a_renamed_letter_keeps_its_name_and_is_not_written_again(root, edited):
    if edited:
        corrected(root)
    result = run(root, "rename", OLD, f"tei/letters/{NEW}.xml")
    assert result.exit_code == 0, result.output
    assert f"renamed tei/letters/{OLD}.xml → tei/letters/{NEW}.xml" in result.output
    path = root / "tei" / "letters" / f"{NEW}.xml"
    text = path.read_text()
    assert f'xml:id="{NEW}"' in text and OLD not in text
    assert ('when="1951-05-02"' in text) == edited
    assert letters(root) == [f"{NEW}.xml", "letter_1951-05-04_jean-martin_anna-weber.xml"]

    result = run(root, "tei", "--no-validate")
    assert result.exit_code == 0
    assert letters(root) == [f"{NEW}.xml", "letter_1951-05-04_jean-martin_anna-weber.xml"]
    # an edited letter is the editor's; one only renamed is corresp's still, and the same
    assert ("TEI files: 1 kept, 1 unchanged" if edited else "TEI files: 2 unchanged") in result.output
    assert path.read_text() == text
    assert "not made from any entry" not in result.output

    # made again from its entry (--force), and after a sender's name corrected in the listing
    # (the entry recognised by its summary): the letter keeps the editor's name
    for listing, force in ((LISTING, "--force"), (LISTING.replace("Anna Weber to", "Anna Webber to"), "--force"),
                           (LISTING.replace("Anna Weber to", "Anna Webber to"), "--no-validate")):
        (root / "raw" / "l.txt").write_text(listing)
        result = run(root, "tei", "--no-validate", force)
        assert result.exit_code == 0
        assert letters(root) == [f"{NEW}.xml", "letter_1951-05-04_jean-martin_anna-weber.xml"]
        assert f'xml:id="{NEW}"' in path.read_text() and OLD not in path.read_text()
    assert "Anna Webber" in path.read_text()


def test_a_letter_renamed_by_hand_is_pointed_out_and_rename_removes_the_one_written_again(root):
    text = corrected(root).replace(f'xml:id="{OLD}"', f'xml:id="{NEW}"')
    folder = root / "tei" / "letters"
    (folder / f"{NEW}.xml").write_text(text)
    (folder / f"{OLD}.xml").unlink()
    result = run(root, "tei", "--no-validate")
    assert result.exit_code == 0
    assert f"{OLD}.xml" in letters(root)  # written again: the entry's letter under its name
    assert (f"tei/letters/{NEW}.xml: from the same listing lines as {OLD}.xml (l.txt, lines 1-3): if it is that "
            f"letter renamed by hand, `corresp rename {OLD} {NEW}` keeps your name") in " ".join(result.output.split())

    result = run(root, "rename", OLD, NEW)
    assert result.exit_code == 0, result.output
    assert f"removed tei/letters/{OLD}.xml: corresp wrote it again" in result.output
    assert (folder / f"{NEW}.xml").read_text() == text  # the editor's file, byte for byte
    result = run(root, "tei", "--no-validate")
    assert letters(root) == [f"{NEW}.xml", "letter_1951-05-04_jean-martin_anna-weber.xml"]
    assert "TEI files: 1 kept, 1 unchanged" in result.output and "same listing lines" not in result.output


def test_two_edited_letters_are_left_for_the_editor(root):
    corrected(root)
    folder = root / "tei" / "letters"
    (folder / f"{NEW}.xml").write_text(corrected(root).replace("On the parcel", "On a parcel"))
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    manifest = (root / "tei" / st.MANIFEST).read_bytes()
    result = run(root, "rename", OLD, NEW)
    assert result.exit_code == 1
    assert "both hold edits of yours" in result.output
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert (root / "tei" / st.MANIFEST).read_bytes() == manifest


def test_a_rename_killed_midway_is_finished_by_running_it_again(root, monkeypatch):
    text = corrected(root)

    class Killed(BaseException):
        """The process killed where it records the rename (after writing the new file)."""

    def killed(*args):
        raise Killed

    monkeypatch.setattr(st.Store, "rename", killed)
    with pytest.raises(Killed):
        run(root, "rename", OLD, NEW)
    monkeypatch.undo()
    assert letters(root)[:2] == [f"{NEW}.xml", f"{OLD}.xml"]  # the new file, unknown to the manifest
    result = run(root, "tei", "--no-validate")
    assert (root / "tei" / "letters" / f"{OLD}.xml").read_text() == text  # kept: edited
    assert f"rename {OLD} {NEW}" in " ".join(result.output.split())
    assert run(root, "rename", OLD, NEW).exit_code == 0
    assert letters(root) == [f"{NEW}.xml", "letter_1951-05-04_jean-martin_anna-weber.xml"]
    assert run(root, "tei", "--no-validate").exit_code == 0
    assert letters(root) == [f"{NEW}.xml", "letter_1951-05-04_jean-martin_anna-weber.xml"]
    assert 'when="1951-05-02"' in (root / "tei" / "letters" / f"{NEW}.xml").read_text()
    entries = json.loads((root / "tei" / st.MANIFEST).read_text())["entries"]
    assert entries[NEW][st.RENAMED_FROM] == OLD and OLD not in entries


@pytest.mark.parametrize("old, new, message", [
    (OLD, "2nd-letter", "cannot be a letter's id and file name"),
    (OLD, "a/b", "cannot be a letter's id and file name"),
    (OLD, "Index", "name of a page of the HTML edition"),
    (OLD, OLD, "has that name already"),
    (OLD, "letter_1951-05-04_jean-martin_anna-weber", "is the letter of another entry"),
    ("my-own", NEW, "no entry of the listing made this letter"),
])
def test_a_rename_that_cannot_be_done_says_why_and_changes_nothing(root, old, new, message):
    folder = root / "tei" / "letters"
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    result = run(root, "rename", old, new)
    assert result.exit_code == 1 and message in result.output
    assert "Traceback" not in result.output
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_an_entry_without_a_summary_keeps_the_name_too(tmp_path):
    """Only its words identify such an entry (no summary to recognise it by): the name is
    found by them, though it no longer starts as the entry's own id would."""
    root = make_edition(tmp_path, {"l.txt": LISTING.replace("On the parcel.\n", "")}, authorities=False)
    assert run(root, "tei", "--no-validate").exit_code == 0
    assert run(root, "rename", OLD, NEW).exit_code == 0
    for force in ("--force", "--no-validate"):
        result = run(root, "tei", "--no-validate", force)
        assert result.exit_code == 0
        assert letters(root) == [f"{NEW}.xml", "letter_1951-05-04_jean-martin_anna-weber.xml"]
