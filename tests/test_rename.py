"""`corresp rename`: a letter the editor renames (its date corrected in the TEI, say) keeps
the new name in later runs, and is never published twice under the old one."""

from __future__ import annotations

import json
from pathlib import Path

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
    # an edited letter is the editor's; one only renamed is corresp's still, and the same; its
    # entry as it was, the edited one has nothing to carry over (a new user was told it had, at
    # every run after the rename)
    assert ("TEI files: 1 edited by hand, 1 unchanged" if edited else "TEI files: 2 unchanged") in result.output
    assert "kept tei/letters" not in result.output
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
    assert (f"tei/letters/{NEW}.xml: made from the same entry as {OLD}.xml (l.txt, lines 1-3): if it is that "
            f"letter renamed by hand, `corresp rename {OLD} {NEW}` keeps your name") in " ".join(result.output.split())

    result = run(root, "rename", OLD, NEW)
    assert result.exit_code == 0, result.output
    assert f"removed tei/letters/{OLD}.xml: it holds no edit of yours" in result.output
    assert (folder / f"{NEW}.xml").read_text() == text  # the editor's file, byte for byte
    result = run(root, "tei", "--no-validate")
    assert letters(root) == [f"{NEW}.xml", "letter_1951-05-04_jean-martin_anna-weber.xml"]
    assert "TEI files: 1 edited by hand, 1 unchanged" in result.output and "same listing lines" not in result.output


def test_an_edited_and_renamed_letter_is_kept_with_what_changed_in_its_entry_since(root):
    corrected(root)
    assert run(root, "rename", OLD, NEW).exit_code == 0
    (root / "raw" / "l.txt").write_text(LISTING + "\nMay 9, 1951\nLetter, Anna Weber to Jean Martin\nAgain.\n")
    assert "TEI files: 1 edited by hand, 1 unchanged, 1 written" in run(root, "tei", "--no-validate").output
    (root / "raw" / "l.txt").write_text(LISTING.replace("On the parcel.", "On the parcel, delayed."))
    out = " ".join(run(root, "tei", "--no-validate").output.split())
    assert f"kept tei/letters/{NEW}.xml" in out and "(in the listing, its summary changed)" in out


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


KILLS = {  # where a rename is killed: after the journal, after the new file, before the manifest is saved
    "writing the new file": (st, "write_atomic"),
    "removing the old file": (Path, "unlink"),
    "saving the manifest": (st.Store, "save"),
}


class Killed(BaseException):
    """The process killed there."""


def killed_at(monkeypatch, root, kill: str, old: str, new: str) -> None:
    """``corresp rename old new`` killed at ``kill`` (KILLS)."""
    def killed(*args, **kwargs):
        raise Killed

    monkeypatch.setattr(*KILLS[kill], killed)
    with pytest.raises(Killed):
        run(root, "rename", old, new)
    monkeypatch.undo()


@pytest.mark.parametrize("edited", [True, False])
@pytest.mark.parametrize("kill", list(KILLS))
def test_a_rename_killed_anywhere_leaves_one_letter_and_is_finished_by_running_it_again(root, monkeypatch,
                                                                                        kill, edited):
    if edited:
        corrected(root)
    killed_at(monkeypatch, root, kill, OLD, NEW)
    result = run(root, "build")  # the letter published once, under one name, the edit in it
    assert result.exit_code == 0, result.output
    (mine,) = [name for name in letters(root) if "05-04" not in name]
    assert ('when="1951-05-02"' in (root / "tei" / "letters" / mine).read_text()) == edited
    pages = sorted(p.name for p in (root / "output" / "html").glob("letter_1951-05-0[23]_*.html"))
    assert pages == [mine.replace(".xml", ".html")]
    assert not (root / "tei" / "retired").exists()

    result = run(root, "rename", OLD, NEW)
    assert result.exit_code == 0, result.output
    assert run(root, "tei", "--no-validate").exit_code == 0
    assert letters(root) == [f"{NEW}.xml", "letter_1951-05-04_jean-martin_anna-weber.xml"]
    text = (root / "tei" / "letters" / f"{NEW}.xml").read_text()
    assert f'xml:id="{NEW}"' in text and ('when="1951-05-02"' in text) == edited
    entries = json.loads((root / "tei" / st.MANIFEST).read_text())["entries"]
    assert entries[NEW][st.RENAMED_FROM] == OLD and OLD not in entries


def test_a_name_is_kept_when_the_entry_is_corrected_so_that_it_is_another(root):
    """The summary corrected in the listing: an entry corresp cannot recognise, whose id is
    the one the letter had. Unrenamed, the letter would stay (kept, edited); renamed, too."""
    corrected(root)
    assert run(root, "rename", OLD, NEW).exit_code == 0
    (root / "raw" / "l.txt").write_text(LISTING.replace("On the parcel.", "On the parcel (with books)."))
    result = run(root, "tei", "--no-validate")
    assert letters(root) == [f"{NEW}.xml", "letter_1951-05-04_jean-martin_anna-weber.xml"]
    assert f"kept tei/letters/{NEW}.xml" in result.output and 'when="1951-05-02"' in \
        (root / "tei" / "letters" / f"{NEW}.xml").read_text()


def test_of_two_entries_alike_the_renamed_letter_stays_with_its_entry(tmp_path):
    twice = "May 3, 1951\nLetter, Anna Weber to Jean Martin\nOn the parcel.\n\n" * 2
    root = make_edition(tmp_path, {"l.txt": twice}, authorities=False)
    assert run(root, "tei", "--no-validate").exit_code == 0
    assert letters(root) == [f"{OLD}-2.xml", f"{OLD}.xml"]
    assert run(root, "rename", f"{OLD}-2", "weber-second").exit_code == 0
    for force in ("--no-validate", "--force"):
        assert run(root, "tei", "--no-validate", force).exit_code == 0
        assert letters(root) == [f"{OLD}.xml", "weber-second.xml"]
        assert "lines 5-7" in (root / "tei" / "letters" / "weber-second.xml").read_text()


def test_a_file_of_another_entry_is_not_taken_for_the_letter_renamed(root):
    """An editor's own letter, or one of another entry (a typo, or a name that differs only
    in case): the rename is refused, nothing changes."""
    folder = root / "tei" / "letters"
    own = (folder / "letter_1951-05-04_jean-martin_anna-weber.xml").read_text().replace(
        'xml:id="letter_1951-05-04_jean-martin_anna-weber"', 'xml:id="my-own"')
    (folder / "my-own.xml").write_text(own)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    result = run(root, "rename", OLD, "my-own")
    assert result.exit_code == 1 and "is not the letter of" in result.output
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_the_hint_for_a_hand_rename_follows_the_entry_not_its_lines(root):
    """An entry inserted before the renamed one moves its lines: the report names the letter
    of the same entry, not the one now at those lines."""
    text = corrected(root).replace(f'xml:id="{OLD}"', f'xml:id="{NEW}"')
    folder = root / "tei" / "letters"
    (folder / f"{NEW}.xml").write_text(text)
    (folder / f"{OLD}.xml").unlink()
    (root / "raw" / "l.txt").write_text("May 1, 1951\nLetter, Paul Klee to Jean Martin\nOn paper.\n\n" + LISTING)
    output = " ".join(run(root, "tei", "--no-validate").output.split())
    assert f"made from the same entry as {OLD}.xml (l.txt, lines 5-7)" in output
    assert "paul-klee" not in output.partition("made from the same entry")[2]


@pytest.mark.parametrize("shape", ["single quotes", "a start tag over lines", "crlf"])
def test_the_id_is_set_in_the_root_start_tag_as_written(root, shape):
    path = root / "tei" / "letters" / f"{OLD}.xml"
    data = path.read_bytes()
    if shape == "single quotes":
        data = data.replace(f'xml:id="{OLD}"'.encode(), f"xml:id='{OLD}'".encode())
    elif shape == "a start tag over lines":
        data = data.replace(f' xml:id="{OLD}"'.encode(), f'\n     xml:id="{OLD}"\n    '.encode())
    else:
        data = data.replace(b"\n", b"\r\n")
    path.write_bytes(data)
    assert run(root, "rename", OLD, NEW).exit_code == 0
    after = (root / "tei" / "letters" / f"{NEW}.xml").read_bytes()
    assert after == data.replace(OLD.encode(), NEW.encode(), 1)


def test_a_name_the_files_encoding_cannot_hold_is_refused(root):
    path = root / "tei" / "letters" / f"{OLD}.xml"
    path.write_bytes(path.read_bytes().replace(b'encoding="UTF-8"', b'encoding="US-ASCII"'))
    result = run(root, "rename", OLD, "brief_müller")
    assert result.exit_code == 1 and "cannot hold the name" in result.output and "Traceback" not in result.output
    assert path.exists()


@pytest.mark.parametrize("old, new, message", [
    (OLD, "2nd-letter", "cannot be a letter's id and file name"),
    (OLD, "a/b", "cannot be a letter's id and file name"),
    (OLD, "Index", "name of a page of the HTML edition"),
    (OLD, OLD, "has that name already"),
    (OLD, "letter_1951-05-04_jean-martin_anna-weber", "is the letter of another entry"),
    ("no-such-letter", NEW, "tei/letters/no-such-letter.xml: no such letter"),
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


def test_a_letter_of_another_date_is_not_taken_for_the_one_renamed(tmp_path):
    """The same title, another date: the editor's copy of the May 10 letter is not the May 3
    one's, though it names the same listing and parties."""
    text = LISTING.replace("May 4, 1951\nLetter, Jean Martin to Anna Weber\nThe reply.",
                           "May 10, 1951\nLetter, Anna Weber to Jean Martin\nOn the books.")
    root = make_edition(tmp_path, {"l.txt": text}, authorities=False)
    assert run(root, "tei", "--no-validate").exit_code == 0
    folder = root / "tei" / "letters"
    tenth = folder / "letter_1951-05-10_anna-weber_jean-martin.xml"
    (folder / "books.xml").write_text(tenth.read_text().replace("On the books", "On the (old) books")
                                      .replace(f'xml:id="{tenth.stem}"', 'xml:id="books"'))
    tenth.unlink()
    assert run(root, "tei", "--no-validate").exit_code == 0
    result = run(root, "rename", OLD, "books")
    assert result.exit_code == 1 and "is not the letter of" in result.output
    assert (folder / f"{OLD}.xml").exists()


def test_the_letter_of_a_twin_entry_is_not_a_name_to_take(tmp_path):
    twice = "May 3, 1951\nLetter, Anna Weber to Jean Martin\nOn the parcel.\n\n" * 2
    root = make_edition(tmp_path, {"l.txt": twice}, authorities=False)
    assert run(root, "tei", "--no-validate").exit_code == 0
    result = run(root, "rename", OLD, f"{OLD}-2")
    assert result.exit_code == 1 and "is the letter of another entry" in result.output
    assert letters(root) == [f"{OLD}-2.xml", f"{OLD}.xml"]


@pytest.mark.parametrize("kill", ["writing the new file", "removing the old file"])
def test_a_rename_back_killed_leaves_the_letter_once_with_its_edit(root, monkeypatch, kill):
    corrected(root)
    assert run(root, "rename", OLD, "weber-parcel").exit_code == 0
    killed_at(monkeypatch, root, kill, "weber-parcel", OLD)
    result = run(root, "build")
    assert result.exit_code == 0, result.output
    (mine,) = [name for name in letters(root) if "05-04" not in name]
    assert 'when="1951-05-02"' in (root / "tei" / "letters" / mine).read_text()
    assert not (root / "tei" / "retired").exists()
    assert run(root, "rename", Path(mine).stem, OLD).exit_code == 0 or mine == f"{OLD}.xml"
    assert run(root, "tei", "--no-validate").exit_code == 0
    assert letters(root) == [f"{OLD}.xml", "letter_1951-05-04_jean-martin_anna-weber.xml"]


@pytest.mark.parametrize("kill", list(KILLS))
@pytest.mark.parametrize("change", ["an entry inserted with the same date and parties", "the sender corrected"])
def test_what_a_killed_rename_left_is_settled_before_the_listing_is_read_again(root, monkeypatch, kill, change):
    corrected(root)
    killed_at(monkeypatch, root, kill, OLD, NEW)
    if change.startswith("an entry"):
        listing = "May 3, 1951\nLetter, Anna Weber to Jean Martin\nOn another matter.\n\n" + LISTING
    else:
        listing = LISTING.replace("Anna Weber to", "Anna Webber to")
    (root / "raw" / "l.txt").write_text(listing)
    result = run(root, "build")
    assert result.exit_code == 0, result.output
    texts = [(root / "tei" / "letters" / name).read_text() for name in letters(root)]
    assert sum('when="1951-05-02"' in t for t in texts) == 1  # the edited letter, once
    assert sum("On the parcel" in t for t in texts) == 1
    assert not (root / "tei" / "retired").exists()
    if change.startswith("an entry"):
        assert sum("On another matter" in t for t in texts) == 1 and len(texts) == 3
    csv = (root / "output" / "letters.csv").read_text()
    assert csv.count("On the parcel") == 1


TABLE = "sender,addressee,senderDate,senderPlace\nAnna Weber,Jean Martin,1951-05-03,Paris\n"
LYON = "Anna Weber,Jean Martin,1951-05-03,Lyon\n"


@pytest.fixture
def table(tmp_path):
    """A table whose second row (added after the first was renamed) differs only in its place:
    the same words for the listing's fingerprint, and the id the first one gave up."""
    root = make_edition(tmp_path, {"t.csv": TABLE}, authorities=False)
    assert run(root, "tei", "--no-validate").exit_code == 0
    assert run(root, "rename", OLD, "mine").exit_code == 0
    (root / "raw" / "t.csv").write_text(TABLE + LYON)
    assert run(root, "tei", "--no-validate").exit_code == 0
    assert letters(root) == [f"{OLD}.xml", "mine.xml"]
    lyon = root / "tei" / "letters" / f"{OLD}.xml"
    lyon.write_text(lyon.read_text().replace("Lyon</placeName>", "Lyon</placeName><!-- checked -->"))
    return root


def test_a_renamed_letter_deleted_to_be_made_again_comes_back_under_its_name(table):
    (table / "tei" / "letters" / "mine.xml").unlink()
    assert run(table, "build").exit_code == 0
    assert letters(table) == [f"{OLD}.xml", "mine.xml"]
    assert "Paris" in (table / "tei" / "letters" / "mine.xml").read_text()
    assert "<!-- checked -->" in (table / "tei" / "letters" / f"{OLD}.xml").read_text()
    rows = (table / "output" / "letters.csv").read_text().splitlines()
    assert sum("Paris" in row for row in rows) == 1 and sum("Lyon" in row for row in rows) == 1


def test_a_rename_back_onto_the_letter_of_another_row_is_refused(table):
    result = run(table, "rename", "mine", OLD)
    assert result.exit_code == 1 and "is the letter of another entry" in result.output
    assert letters(table) == [f"{OLD}.xml", "mine.xml"]


def test_a_second_rename_killed_is_finished_whatever_the_names_order(root, monkeypatch):
    corrected(root)
    assert run(root, "rename", OLD, "weber-b").exit_code == 0
    killed_at(monkeypatch, root, "removing the old file", "weber-b", "weber-c")
    result = run(root, "build")
    assert result.exit_code == 0, result.output
    assert letters(root) == ["letter_1951-05-04_jean-martin_anna-weber.xml", "weber-c.xml"]
    assert 'when="1951-05-02"' in (root / "tei" / "letters" / "weber-c.xml").read_text()
    assert not (root / "tei" / "retired").exists()
    assert "renamed to weber-c.xml by a `corresp rename` cut short" in " ".join(result.output.split())


def test_an_id_a_later_run_gave_another_letter_is_no_rename_cut_short(tmp_path, monkeypatch):
    """A rename back killed, then a run (killed before it saved) that gave the id to another
    row's letter: its journal says the id is that letter's now, not this rename's."""
    root = make_edition(tmp_path, {"t.csv": TABLE}, authorities=False)
    assert run(root, "tei", "--no-validate").exit_code == 0
    assert run(root, "rename", OLD, "mine").exit_code == 0
    killed_at(monkeypatch, root, "writing the new file", "mine", OLD)
    (root / "raw" / "t.csv").write_text(TABLE + LYON)
    monkeypatch.setattr(st.Store, "save", lambda *a: (_ for _ in ()).throw(Killed()))
    with pytest.raises(Killed):
        run(root, "tei", "--no-validate")
    monkeypatch.undo()
    lyon = root / "tei" / "letters" / f"{OLD}.xml"
    assert "Lyon" in lyon.read_text()
    lyon.write_text(lyon.read_text().replace("Lyon</placeName>", "Lyon</placeName><!-- checked -->"))
    result = run(root, "rename", "mine", OLD)
    assert result.exit_code == 1 and "is the letter of another entry" in result.output
    (root / "tei" / "letters" / "mine.xml").unlink()
    assert run(root, "build").exit_code == 0
    assert letters(root) == [f"{OLD}.xml", "mine.xml"]
    assert "<!-- checked -->" in lyon.read_text() and "Paris" in (root / "tei" / "letters" / "mine.xml").read_text()
    rows = (root / "output" / "letters.csv").read_text().splitlines()
    assert sum("Paris" in row for row in rows) == 1 and sum("Lyon" in row for row in rows) == 1


def test_a_letter_of_the_editors_own_is_theirs_to_rename(root):
    folder = root / "tei" / "letters"
    (folder / "my-own.xml").write_text((folder / f"{OLD}.xml").read_text().replace(f'xml:id="{OLD}"', 'xml:id="my-own"'))
    result = run(root, "rename", "my-own", NEW)
    assert result.exit_code == 1 and "no entry of the listing made this letter" in result.output
    assert (folder / "my-own.xml").exists() and not (folder / f"{NEW}.xml").exists()
