"""Nothing lost: kills mid-run, concurrent runs, edits during a run, damaged state, the
world's faults (read-only folders, a full disk), and the bytes of hand-edited files."""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings as hsettings, strategies as st

from pipeline import settings
from pipeline.cli import main
from pipeline.edition import generate
from pipeline.incremental import CACHE
from pipeline.register import Register
from pipeline.title_memo import FILE as TITLE_MEMO

from conftest import ROOT, make_edition

NAMES = ["Anna Weber", "Jean Martin", "Renée Dubois", "Paul Aubert", "Ida Lindqvist", "Tomas Berg", "Eva Novak"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def listing(n: int, extra: str = "") -> str:
    blocks = []
    for i in range(n):
        a, b = NAMES[i % 7], NAMES[(i * 3 + 1) % 7]
        blocks.append(f"{MONTHS[(i // 28) % 12]} {i % 28 + 1}, {1900 + i // 336}\nLetter, {a} to {b}\n"
                      f"{a} writes to {b} about the parcel number {i}.{extra if i == 5 else ''}\n")
    return "\n".join(blocks)


def cli(root: Path, *args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline", "--edition", str(root), *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT)


def finish(root: Path, *args) -> str:
    process = cli(root, *args)
    out, _ = process.communicate(timeout=600)
    assert process.returncode == 0, out
    return out


def tree(folder: Path, skip=(".corresp.lock", CACHE, TITLE_MEMO)) -> dict[str, bytes]:
    """Every file, byte for byte, but the lock and the run's caches (they are the machine's)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name not in skip}


def hand_edit(root: Path) -> Path:
    path = sorted((root / "tei" / "letters").glob("*.xml"))[3]
    path.write_bytes(path.read_bytes().replace(b"writes to", b"writes (editor: in haste) to"))
    return path


def run(root, *args):
    return CliRunner().invoke(main, ["--edition", str(root), *args], catch_exceptions=False)


# -- kill -9 at random moments ---------------------------------------------------------------------

KILL_POINTS = random.Random(20261130).sample([i / 20 for i in range(4, 20)], 4)
PARALLEL = ("--jobs", "2")  # the run killed builds and writes letters in worker processes


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> dict:
    """The uninterrupted runs: tei of L1, a hand edit, tei of L2, tei of L3; then the outputs."""
    root = make_edition(tmp_path_factory.mktemp("reference"), {"l.txt": listing(300)}, authorities=False)
    started = time.monotonic()
    finish(root, "tei", "--no-validate")
    edited = hand_edit(root)
    (root / "raw" / "l.txt").write_text(listing(900))
    started = time.monotonic()
    finish(root, "tei", "--no-validate", *PARALLEL)
    tei_seconds = time.monotonic() - started
    (root / "raw" / "l.txt").write_text(listing(900, extra=" It rained."))
    finish(root, "tei", "--no-validate")
    times = {}
    for stage in ("html", "cmif"):
        started = time.monotonic()
        finish(root, stage)
        times[stage] = time.monotonic() - started
    return {"root": root, "tei": tree(root / "tei"), "edited": edited.name, "edit": edited.read_bytes(),
            "seconds": {"tei": tei_seconds, **times}, "html": tree(root / "output" / "html"),
            "cmif": (root / "output" / "cmif.xml").read_bytes()}


def kill_after(process: subprocess.Popen, seconds: float) -> None:
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()


@pytest.mark.parametrize("point", KILL_POINTS)
def test_tei_killed_then_changed_converges_to_an_uninterrupted_run(tmp_path, reference, point):
    root = make_edition(tmp_path, {"l.txt": listing(300)}, authorities=False)
    finish(root, "tei", "--no-validate")
    hand_edit(root)
    (root / "raw" / "l.txt").write_text(listing(900))
    kill_after(cli(root, "tei", "--no-validate", *PARALLEL), reference["seconds"]["tei"] * point)
    (root / "raw" / "l.txt").write_text(listing(900, extra=" It rained."))
    out = finish(root, "tei", "--no-validate")
    assert "1 edited by hand" in out  # (its entry is as it was: nothing to carry over, no warning)
    assert tree(root / "tei") == reference["tei"]
    assert (root / "tei" / "letters" / reference["edited"]).read_bytes() == reference["edit"]


def test_tei_killed_while_its_workers_write_converges(tmp_path, reference):
    root = make_edition(tmp_path, {"l.txt": listing(300)}, authorities=False)
    finish(root, "tei", "--no-validate")
    hand_edit(root)
    (root / "raw" / "l.txt").write_text(listing(900))
    process = cli(root, "tei", "--no-validate", *PARALLEL)
    while process.poll() is None and not list((root / "tei").glob(".corresp-journal.*")):
        time.sleep(0.002)
    assert process.poll() is None, "the run ended before its workers wrote anything"
    process.send_signal(signal.SIGKILL)  # the parent; its workers die with it
    process.wait()
    time.sleep(0.2)
    assert list((root / "tei").glob(".corresp-journal.*"))  # what the workers wrote, journalled
    (root / "raw" / "l.txt").write_text(listing(900, extra=" It rained."))
    finish(root, "tei", "--no-validate")
    assert tree(root / "tei") == reference["tei"]
    assert (root / "tei" / "letters" / reference["edited"]).read_bytes() == reference["edit"]


@pytest.mark.parametrize("stage", ["html", "cmif"])
@pytest.mark.parametrize("point", KILL_POINTS)
def test_output_stage_killed_then_rerun_gives_the_same_bytes(tmp_path, reference, stage, point):
    root = tmp_path / "edition"
    shutil.copytree(reference["root"], root, ignore=shutil.ignore_patterns("output"))
    finish(root, stage)  # an older output to replace
    (root / "tei" / "letters" / reference["edited"]).write_bytes(reference["edit"].replace(b"haste", b"hurry"))
    kill_after(cli(root, stage), reference["seconds"][stage] * point)
    (root / "tei" / "letters" / reference["edited"]).write_bytes(reference["edit"])
    finish(root, stage)
    if stage == "html":
        assert tree(root / "output" / "html") == reference["html"]
    else:
        assert (root / "output" / "cmif.xml").read_bytes() == reference["cmif"]
    assert not [p for p in (root / "output").rglob(".*") if ".cache" not in p.parts]  # no staging, no temporary file


def test_leftovers_of_killed_runs_are_removed(tmp_path):
    root = make_edition(tmp_path, {"l.txt": listing(5)}, authorities=False)
    assert run(root, "build").exit_code == 0
    (root / "output" / ".html.staging-abc").mkdir()
    (root / "output" / "html" / ".staging-old").mkdir()
    (root / "output" / ".cmif.xml.x1.tmp").write_text("")
    (root / "tei" / "letters" / ".x.xml.y2.tmp").write_text("")
    assert run(root, "build").exit_code == 0
    assert not [p for p in root.rglob("*") if ".staging" in p.name or p.name.endswith(".tmp")]


# -- concurrent runs and edits during a run ---------------------------------------------------------

def test_accept_during_a_run_waits_and_is_kept(tmp_path):
    root = make_edition(tmp_path, {"l.txt": listing(900)}, authorities=False)
    running = cli(root, "tei", "--no-validate")
    time.sleep(0.8)  # the run holds the edition now
    accepted = cli(root, "accept", "Zofia Kraus")
    out, _ = accepted.communicate(timeout=600)
    running.communicate(timeout=600)
    assert accepted.returncode == 0 and running.returncode == 0, out
    assert "added person zofia-kraus" in out
    assert "Zofia Kraus" in (root / "tei" / "register" / "persons.xml").read_text()
    finish(root, "tei", "--no-validate")  # and the next run keeps it
    assert "Zofia Kraus" in (root / "tei" / "register" / "persons.xml").read_text()


def test_a_register_edited_during_a_run_keeps_both_sides(tmp_path):
    root = make_edition(tmp_path, {"l.txt": listing(3)}, authorities=False)
    generate(settings.load(root))
    path = root / "tei" / "register" / "persons.xml"
    ours = Register("person", path)
    ours.create("Zofia Kraus", note="met in this run")
    ours.add_form(ours.find("Anna Weber"), "A. Weber", "variant")
    # meanwhile, an editor adds an id and a person of their own
    text = path.read_text().replace('<persName type="preferred">Jean Martin</persName>',
                                    '<persName type="preferred">Jean Martin</persName>\n'
                                    '        <idno type="wikidata">http://www.wikidata.org/entity/Q1</idno>')
    text = text.replace("</listPerson>", '<person xml:id="olga-ries"><persName type="preferred">Olga Ries'
                                         "</persName></person>\n    </listPerson>")
    path.write_text(text)
    merged = ours.merged_bytes().decode()
    for kept in ("Zofia Kraus", "A. Weber", "entity/Q1", "Olga Ries"):
        assert kept in merged, kept


EDITOR_NAMES = st.lists(st.sampled_from(["Olga Ries", "Karl Stein", "Mira Vos", "Lea Falk"]), unique=True)
OUR_NAMES = st.lists(st.sampled_from(["Zofia Kraus", "Ines Roth", "Ugo Sala", "Nils Holm"]), unique=True)


@given(EDITOR_NAMES, OUR_NAMES, st.booleans())
@hsettings(max_examples=40, deadline=None)
def test_register_merge_loses_nobody(tmp_path_factory, editor, ours, rename):
    """Whatever the editor adds while corresp adds others, the file written holds all of them."""
    root = make_edition(tmp_path_factory.mktemp("merge"), {"l.txt": listing(3)}, authorities=False)
    generate(settings.load(root))
    path = root / "tei" / "register" / "persons.xml"
    register = Register("person", path)
    for name in ours:
        register.create(name, note="ours")
    text = path.read_text()
    if rename:  # the editor renames a preferred name
        text = text.replace(">Anna Weber<", ">Anna M. Weber<")
    for name in editor:
        slug = name.lower().replace(" ", "-")
        text = text.replace("</listPerson>", f'<person xml:id="{slug}"><persName type="preferred">{name}'
                                             "</persName></person></listPerson>")
    path.write_text(text)
    merged = register.merged_bytes().decode()
    for name in [*editor, *ours, "Jean Martin"]:
        assert f">{name}<" in merged
    assert (">Anna M. Weber<" in merged) == rename


# -- damaged state ---------------------------------------------------------------------------------

def test_a_damaged_manifest_is_a_clear_error_with_the_way_out(tmp_path):
    root = make_edition(tmp_path, {"l.txt": listing(3)}, authorities=False)
    assert run(root, "tei", "--no-validate").exit_code == 0
    edited = sorted((root / "tei" / "letters").glob("*.xml"))[0]
    edited.write_bytes(edited.read_bytes().replace(b"writes to", b"writes (editor: in haste) to"))
    manifest = root / "tei" / ".corresp-manifest.json"
    manifest.write_text(manifest.read_text()[:-40])
    before = tree(root / "tei")
    result = run(root, "tei", "--no-validate")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert ".corresp-manifest.json: damaged" in result.output and "delete it" in result.output
    assert tree(root / "tei") == before
    manifest.unlink()  # the way out: a letter that differs from what corresp would write is kept
    result = run(root, "tei", "--no-validate")
    assert result.exit_code == 0 and "TEI files: 1 kept, 2 unchanged" in result.output
    assert b"in haste" in edited.read_bytes()
    assert "1 regenerated" in run(root, "tei", "--no-validate", "--force").output


def test_a_corrected_sender_keeps_the_letter_and_its_id(tmp_path):
    text = "May 3, 1951\nLetter, Anna Webber to Jean Martin\nAnna writes about the parcel.\n"
    root = make_edition(tmp_path, {"l.txt": text}, authorities=False)
    assert run(root, "tei", "--no-validate").exit_code == 0
    (path,) = (root / "tei" / "letters").glob("*.xml")
    hand = path.read_text().replace("about the parcel", "about the (blue) parcel")
    path.write_text(hand)
    (root / "raw" / "l.txt").write_text(text.replace("Webber", "Weber"))
    result = run(root, "tei", "--no-validate")
    assert result.exit_code == 0
    assert [p.name for p in (root / "tei" / "letters").glob("*.xml")] == [path.name]
    assert "\nl.txt:1: keeps its id letter_1951-05-03_anna-webber_jean-martin" in result.output  # (a line of its own)
    assert path.read_text() == hand  # the editor's letter, kept
    # and the editor is told that the correction is not in it, and what to do
    assert f"kept tei/letters/{path.name}: edited by hand since corresp wrote it, so what this run would change " \
           "in it (its entry as corrected in the listing" in result.output


def test_an_entry_that_is_gone_is_not_published_twice(tmp_path):
    text = ("May 3, 1951\nLetter, Anna Weber to Jean Martin\nOn the parcel.\n\n"
            "May 4, 1951\nLetter, Jean Martin to Anna Weber\nThe reply.\n")
    root = make_edition(tmp_path, {"l.txt": text}, authorities=False)
    assert run(root, "tei", "--no-validate").exit_code == 0
    first, second = sorted((root / "tei" / "letters").glob("*.xml"))
    first.write_text(first.read_text().replace("On the parcel", "On the (lost) parcel"))
    (root / "raw" / "l.txt").write_text("May 9, 1951\nLetter, Paul Aubert to Ida Lindqvist\nNew.\n")
    result = run(root, "tei", "--no-validate")
    assert result.exit_code == 0
    assert f"retired tei/letters/{first.name} → tei/retired/{first.name}" in result.output
    assert f"removed tei/letters/{second.name}" in result.output
    assert "(lost) parcel" in (root / "tei" / "retired" / first.name).read_text()
    assert [p.name for p in (root / "tei" / "letters").glob("*.xml")] == ["letter_1951-05-09_paul-aubert_ida-lindqvist.xml"]


def test_an_editors_own_letter_stays(tmp_path):
    root = make_edition(tmp_path, {"l.txt": listing(2)}, authorities=False)
    assert run(root, "tei", "--no-validate").exit_code == 0
    own = root / "tei" / "letters" / "my-own-letter.xml"
    shutil.copy(sorted((root / "tei" / "letters").glob("*.xml"))[0], own)
    result = run(root, "tei", "--no-validate")
    assert own.exists() and "my-own-letter.xml: not made from any entry" in result.output


# -- bytes and permissions ----------------------------------------------------------------------------

@pytest.mark.parametrize("encoding, newline", [("ISO-8859-1", b"\r\n"), ("UTF-8", b"\r\n"), ("UTF-16", b"\n")])
def test_a_merge_rewrites_only_the_ref_of_a_hand_edited_letter(tmp_path, encoding, newline):
    text = "May 3, 1951\nLetter, Anna Weber to Jean Martin\nAnna writes about Jean Martin.\n"
    root = make_edition(tmp_path, {"l.txt": text}, authorities=False)
    assert run(root, "tei", "--no-validate").exit_code == 0
    (path,) = (root / "tei" / "letters").glob("*.xml")
    edited = path.read_text().replace('encoding="UTF-8"', f'encoding="{encoding}"').replace("writes", "écrit")
    path.write_bytes(edited.replace("\n", newline.decode()).encode(encoding))
    # the editor merges jean-martin into a new entry "jean-m"
    persons = root / "tei" / "register" / "persons.xml"
    persons.write_text(persons.read_text().replace('xml:id="jean-martin"', 'xml:id="jean-m"'))
    before = path.read_bytes()
    result = run(root, "tei", "--no-validate")
    assert result.exit_code == 0, result.output
    after = path.read_bytes()
    codec = "utf-16-le" if encoding == "UTF-16" else encoding  # the pieces, without a byte-order mark
    assert after == before.replace("persons.xml#jean-martin".encode(codec), "persons.xml#jean-m".encode(codec))
    assert "persons.xml#jean-martin → #jean-m" in result.output
    assert run(root, "tei", "--no-validate").exit_code == 0  # and every later run works


def test_files_get_the_usual_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        root = make_edition(tmp_path, {"l.txt": listing(2)}, authorities=False)
        assert run(root, "build").exit_code == 0
    finally:
        os.umask(old)
    for path in [*(root / "tei").rglob("*.xml"), *(root / "output").rglob("*")]:
        expected = 0o755 if path.is_dir() else 0o644
        assert path.stat().st_mode & 0o777 == expected, path


def test_very_long_titles_give_ids_within_limits(tmp_path):
    senders = " and ".join(f"{n} {s}" for n, s in zip(NAMES * 3, ["Smith", "Jones", "Brown", "Clark"] * 4))
    text = (f"May 3, 1951\nLetter, {senders} to Jean Martin, {'Harvest and Weather ' * 50}\nSummary.\n\n"
            f"May 3, 1951\nLetter, {senders} to Jean Martin, {'Harvest and Rain ' * 60}\nOther.\n")
    root = make_edition(tmp_path, {"l.txt": text}, authorities=False)
    result = run(root, "tei", "--no-validate")
    assert result.exit_code == 0, result.output
    names = [p.name for p in (root / "tei" / "letters").glob("*.xml")]
    assert len(names) == 2 and all(len(n) <= 160 for n in names)


# -- the authority file -------------------------------------------------------------------------------

def test_a_quote_left_open_in_the_authority_file_names_its_line(tmp_path):
    root = make_edition(tmp_path, {"l.txt": listing(2)})
    path = root / "raw" / "authorities.csv"
    path.write_text(path.read_text() + 'person,"Ida Lindqvist,,,,,,,,\nperson,Tomas Berg,,,,,,,,\n')
    line = path.read_text().count("\n") - 1
    result = run(root, "tei", "--no-validate")
    assert result.exit_code == 1
    assert f"authorities.csv:{line}: a quote opened on this line is not closed" in result.output


def test_duplicate_authority_rows_are_reported(tmp_path):
    root = make_edition(tmp_path, {"l.txt": listing(2)})
    path = root / "raw" / "authorities.csv"
    path.write_text(path.read_text() + "person,Joseph Stalin,,Q1,,,,,\n")
    line = path.read_text().count("\n")
    result = run(root, "tei", "--no-validate")
    assert result.exit_code == 0
    assert f"authorities.csv:{line}: 'Joseph Stalin' (person) is also on authorities.csv:2; the first row wins" \
        in result.output


# -- the world's faults ---------------------------------------------------------------------------------

def _mount(*args) -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def test_a_read_only_tree_is_a_message_and_nothing_changes(tmp_path):
    source = make_edition(tmp_path / "src", {"l.txt": listing(3)}, authorities=False)
    assert run(source, "tei", "--no-validate").exit_code == 0
    (source / "raw" / "l.txt").write_text(listing(5))
    before = tree(source)
    with _read_only(source, tmp_path / "ro") as view:
        for stage in ("tei", "html", "accept"):
            result = run(view, stage, *(["Zofia Kraus"] if stage == "accept" else []))
            assert result.exit_code == 1, stage
            assert "read-only" in result.output and "Traceback" not in result.output
            assert "bug in corresp" not in result.output
    assert tree(source) == before


@contextlib.contextmanager
def _read_only(source: Path, view: Path):
    """``source`` seen read-only at ``view`` (a bind mount: root ignores permissions)."""
    view.mkdir()
    if not (_mount("--bind", str(source), str(view)) and _mount("-o", "remount,ro,bind", str(view))):
        subprocess.run(["umount", str(view)], capture_output=True)
        pytest.skip("needs root and mount to make a read-only tree (root ignores permissions)")
    try:
        yield view
    finally:
        subprocess.run(["umount", "-l", str(view)], check=True)


def test_a_built_edition_made_read_only_is_a_message_in_every_stage(tmp_path):
    """The caches of a built edition are there to be written (SQLite says "attempt to write a
    readonly database", not an OSError): a stage says what the world did, not "a bug"."""
    source = make_edition(tmp_path / "src", {"l.txt": listing(3)}, authorities=False)
    assert run(source, "build", "-q").exit_code == 0
    letter = sorted((source / "tei" / "letters").glob("*.xml"))[0]
    letter.write_text(letter.read_text().replace("about the parcel", "about the lost parcel"))
    before = tree(source)
    with _read_only(source, tmp_path / "ro") as view:
        for stage in ("validate", "html", "csv", "cmif", "build"):
            result = run(view, stage)
            assert result.exit_code == 1, (stage, result.output)
            assert "read-only" in result.output and "Traceback" not in result.output, (stage, result.output)
            assert "bug in corresp" not in result.output, (stage, result.output)
    assert tree(source) == before


def test_a_full_disk_is_a_message_and_the_next_run_carries_on(tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=600k", "tmpfs", str(disk)):
        pytest.skip("needs root and mount for a small tmpfs")
    try:
        root = make_edition(disk, {"l.txt": listing(900)}, authorities=False)
        result = run(root, "tei", "--no-validate")
        assert result.exit_code == 1
        assert "the disk is full" in result.output and "Traceback" not in result.output
        for path in (root / "tei").rglob("*.xml"):  # whole files only
            assert path.read_bytes().rstrip().endswith(b"</TEI>"), path
        subprocess.run(["mount", "-o", "remount,size=20m", str(disk)], check=True)
        assert run(root, "tei", "--no-validate").exit_code == 0
        assert len(list((root / "tei" / "letters").glob("*.xml"))) == 900
        assert not (root / "tei" / ".corresp-journal").exists()
        manifest = json.loads((root / "tei" / ".corresp-manifest.json").read_text())
        assert len(manifest["entries"]) == 900
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=True)


@pytest.mark.parametrize("raw, message", [
    ('raw = ""', "[input] raw is empty"),
    ('raw = ["raw/*.txt", " "]', "[input] raw is empty"),
    ("raw = []", "[input] raw is empty"),
])
def test_bad_input_paths_are_named(tmp_path, raw, message):
    root = make_edition(tmp_path, {"l.txt": listing(2)})
    path = root / "edition.toml"
    path.write_text(path.read_text().replace('raw = ["raw/*.txt", "raw/*.csv", "raw/*.tsv"]', raw))
    result = run(root, "tei")
    assert result.exit_code == 1 and message in result.output


def test_a_listing_linked_to_nothing_is_named_not_passed_over(tmp_path):
    """raw/old.txt, a link whose file was moved: no entry of it may vanish without a word."""
    root = make_edition(tmp_path, {"l.txt": listing(2)})
    (root / "raw" / "old.txt").symlink_to(tmp_path / "moved.txt")
    result = run(root, "tei", "--no-validate")
    assert result.exit_code == 1, result.output
    assert f"old.txt: NOT READ: a link to {tmp_path / 'moved.txt'}, which is not there" in result.output
    assert "2 entries" in result.output  # the other listing is read


def test_an_absolute_input_path_works(tmp_path):
    root = make_edition(tmp_path, {"l.txt": listing(2)})
    path = root / "edition.toml"
    path.write_text(path.read_text().replace('raw = ["raw/*.txt", "raw/*.csv", "raw/*.tsv"]',
                                             f'raw = "{root}/raw/*.txt"'))
    result = run(root, "tei", "--no-validate")
    assert result.exit_code == 0 and "2 entries" in result.output


def test_a_letter_saved_as_latin_1_goes_through_every_stage(tmp_path):
    root = make_edition(tmp_path, {"l.txt": "May 3, 1951\nLetter, Anna Weber to Jean Martin\nOn the café.\n"},
                        authorities=False)
    assert run(root, "build").exit_code == 0
    (path,) = (root / "tei" / "letters").glob("*.xml")
    text = path.read_text().replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').replace("café", "café crème")
    path.write_bytes(text.encode("iso-8859-1"))
    result = run(root, "build")
    assert result.exit_code == 0, result.output
    assert "café crème" in (root / "output" / "html" / f"{path.stem}.html").read_text()
    assert path.read_bytes() == text.encode("iso-8859-1")


def test_the_lock_passes_to_a_child_only_through_its_open_file(tmp_path):
    """`build` runs its tei stage in a child that holds the build's lock through the inherited
    descriptor; a process that only names a descriptor does not get past the lock."""
    from pipeline import store

    root = tmp_path / "ed"
    (root / "tei").mkdir(parents=True)
    with store.edition_lock(root):
        fd = store.lock_fd(root)
        assert fd is not None
        assert store._inherited(root.resolve(), str(fd))  # the open file that holds the lock
        with open(root / "tei" / store.LOCK) as other:  # the same file, opened anew: another lock
            assert not store._inherited(root.resolve(), str(other.fileno()))
        assert not store._inherited(root.resolve(), "0") and not store._inherited(root.resolve(), "x")
    assert store.lock_fd(root) is None


def test_a_worker_killed_by_the_system_is_a_message_not_a_bug_report(tmp_path, monkeypatch):
    """A process of the run that is killed (the kernel's OOM killer, most often) is named as
    such, with what to do; not reported as a bug in corresp."""
    from concurrent.futures.process import BrokenProcessPool

    from pipeline.validate import Validator

    root = make_edition(tmp_path, {"l.txt": listing(3)}, authorities=False)
    assert run(root, "tei", "--no-validate").exit_code == 0

    def killed(self, *args, **kwargs):
        raise BrokenProcessPool("A process in the process pool was terminated abruptly")

    monkeypatch.setattr(Validator, "validate", killed)
    result = run(root, "validate")
    assert result.exit_code == 1 and "killed" in result.output and "memory" in result.output
    assert "bug in corresp" not in result.output and "Traceback" not in result.output


def test_copies_kept_by_force_never_replace_one_another(tmp_path):
    """Letter X's second copy and letter X-2's first are not the same file; and workers that
    keep copies of one letter at once each keep their own."""
    import concurrent.futures

    from pipeline.store import keep_retired

    letters = tmp_path / "tei" / "letters"
    letters.mkdir(parents=True)
    x, twin = letters / "letter_x.xml", letters / "letter_x-2.xml"
    assert keep_retired(x, b"x one").name == "letter_x.xml"
    assert keep_retired(x, b"x two").name == "letter_x~2.xml"
    assert keep_retired(twin, b"twin one").name == "letter_x-2.xml"
    with concurrent.futures.ProcessPoolExecutor(2) as pool:
        kept = list(pool.map(keep_retired, [x] * 40, [f"x {n}".encode() for n in range(40)]))
    retired = tmp_path / "tei" / "retired"
    assert len(set(kept)) == 40 and not list(retired.glob(".*.tmp"))
    contents = sorted(p.read_bytes() for p in retired.iterdir())
    assert contents == sorted([b"x one", b"x two", b"twin one", *(f"x {n}".encode() for n in range(40))])


@pytest.mark.parametrize("message, said", [
    ("attempt to write a readonly database", "a cache file of this edition: it cannot be written"),
    ("no such column: sums", "internal error: OperationalError: no such column: sums. This is a bug in corresp"),
])
def test_a_database_error_is_the_worlds_or_ours_and_never_a_traceback(tmp_path, monkeypatch, message, said):
    import sqlite3

    from pipeline.validate import Validator

    root = make_edition(tmp_path, {"l.txt": listing(3)}, authorities=False)
    assert run(root, "tei", "--no-validate").exit_code == 0

    def failing(self, *args, **kwargs):
        raise sqlite3.OperationalError(message)
    monkeypatch.setattr(Validator, "validate", failing)
    result = run(root, "validate")
    assert result.exit_code == 1 and said in result.output and "Traceback" not in result.output


def test_a_kept_letter_says_what_changed_in_its_entry(tmp_path):
    """A letter kept for the editor's edits says what of its entry changed in the listing
    since (a new user's trial: the warning did not say), or that its words did not."""
    text = "May 3, 1951\nLetter, Anna Weber to Jean Martin\nAnna writes about the parcel.\n"
    root = make_edition(tmp_path, {"l.txt": text}, authorities=False)
    assert run(root, "tei", "--no-validate").exit_code == 0
    (path,) = (root / "tei" / "letters").glob("*.xml")
    path.write_text(path.read_text().replace("about the parcel", "about the (blue) parcel"))
    (root / "raw" / "l.txt").write_text("\n" + text)  # a line above it: its lines move, not its words
    result = run(root, "tei", "--no-validate")
    assert "(its title, date and summary in the listing are as before: what changed is its lines there" \
           in result.output
    (root / "raw" / "l.txt").write_text(text.replace("the parcel", "the parcels"))
    result = run(root, "tei", "--no-validate")
    assert f"kept tei/letters/{path.name}: edited by hand" in result.output
    assert "(in the listing, its summary changed): carry that over by hand" in result.output
