"""Incremental and parallel tei runs: what did not change is not redone, what is redone gives
the bytes of a fresh run, and every core gives the bytes of one."""

from __future__ import annotations

import gc
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import encode, pool, settings
from pipeline.cli import main
from pipeline.edition import generate
from pipeline.incremental import CACHE, Cache
from pipeline.pool import Pipeline, imap

from conftest import ROOT, make_edition

PEOPLE = ["Anna Weber", "Karl Weber", "Jean Martin", "Renée Dubois", "Paul Aubert", "Tomas Berg", "Eva Novak"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
# Invented: each shape makes the planning do something (an authority row met first in a summary,
# a place inside an organisation's name, an ambiguous surname, a name in no register, dates).
SUMMARIES = [
    "{a} thanks {b} for the parcel sent from Tallinn on 3 {m}.",
    "{a} asks whether Lindqvist has reached Reval,\nand whether the Bergen Harbour Board replied in June.",
    "{a} mentions Oskar Fell and Weber; see the letter of 12 March {y}.",
    "{a} sends greetings to {b}.\n\nA second paragraph names I. Lindqvist and Bergen.",
    "{a} writes about the weather.",
]
KNOWN = """kind,name,variants,wikidata,gnd,viaf,geonames,confidence,source
person,Ida Lindqvist,Lindqvist|I. Lindqvist,,,,,,invented
place,Tallinn,Tallinn|Reval,,,,,,invented
place,Bergen,Bergen,,,,,,invented
org,Bergen Harbour Board,Bergen Harbour Board,,,,,,invented
"""
APPENDED = "May 1, 1911\nLetter, Oskar Fell to Anna Weber\nFell writes from Bergen.\n"


def listing(n: int) -> str:
    blocks = []
    for i in range(n):
        a, b = PEOPLE[i % 7], PEOPLE[(i % 7 + 1 + (i // 7) % 6) % 7]  # never writing to themselves
        m, y = MONTHS[(i // 28) % 12], 1900 + i // 336
        summary = SUMMARIES[i % len(SUMMARIES)].format(a=a, b=b, m=m, y=y)
        blocks.append(f"{m} {i % 28 + 1}, {y}\nLetter, {a} to {b}\n{summary}\n")
    return "\n".join(blocks)


def edition(tmp_path: Path, n: int, text: str = "") -> Path:
    root = make_edition(tmp_path, {"l.txt": listing(n) + text}, authorities=False)
    (root / "raw" / "known.csv").write_text(KNOWN)
    toml = (root / "edition.toml").read_text().replace("[input]\n", '[input]\nauthorities = "raw/known.csv"\n')
    (root / "edition.toml").write_text(toml)
    return root


def run(root: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["--edition", str(root), "tei", "--no-validate", *args],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def tei(root: Path) -> dict[str, bytes]:
    """The edition's TEI, byte for byte (not the lock and the run cache: they are the machine's)."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted((root / "tei").rglob("*"))
            if p.is_file() and p.name not in {".corresp.lock", CACHE}}


def stamps(root: Path) -> dict[str, tuple[int, int]]:
    """When each file was last written (not the lock's: each run takes it, and says who holds it)."""
    return {str(p): (p.stat().st_mtime_ns, p.stat().st_ino) for p in sorted(root.rglob("*"))
            if p.is_file() and p.name != ".corresp.lock"}


def report(root: Path) -> dict:
    return json.loads((root / "output" / "report.json").read_text("utf-8"))


def test_nothing_changed_reads_and_writes_nothing(tmp_path):
    root = edition(tmp_path, 40)
    run(root)
    before = stamps(root)
    out = run(root)
    assert out.startswith("nothing changed since the last run: 40 letter(s)")
    assert stamps(root) == before  # not a file written, not even the manifest, the cache or the report


def test_a_file_with_no_entries_is_said_again_when_nothing_changed(tmp_path):
    """A new user's rerun said "nothing changed" and no more of the file that gave no entries."""
    root = edition(tmp_path, 5)
    (root / "raw" / "notes.txt").write_text("Some notes of mine\nabout the boxes\n", encoding="utf-8")
    assert "notes.txt: no entries found" in run(root)
    again = run(root)
    assert again.startswith("nothing changed since the last run") and "notes.txt: no entries found" in again


def test_an_appended_entry_gives_the_bytes_of_a_full_run(tmp_path):
    root = edition(tmp_path / "incremental", 100)
    run(root)
    with open(root / "raw" / "l.txt", "a") as handle:
        handle.write("\n" + APPENDED)
    full = tmp_path / "full"
    shutil.copytree(root, full)
    (full / "tei" / CACHE).unlink()  # without the cache every letter is built again
    out = run(root)
    run(full)
    assert tei(root) == tei(full)
    assert (root / "output" / "report.json").read_bytes() == (full / "output" / "report.json").read_bytes()
    # Oskar Fell is now a person: the letters that name him are built again, the rest are not
    counts = report(root)["written"]
    assert len(counts["updated"]) == 20 + 1 and len(counts["unchanged"]) == 80  # and persons.xml
    assert counts["written"] == ["tei/letters/letter_1911-05-01_oskar-fell_anna-weber.xml"]
    assert "TEI files: 80 unchanged, 21 updated, 1 written" in out
    # and the letters of an edition made from the final listing at once (its registers list the
    # same entries in another order: an entry met later is appended)
    fresh = edition(tmp_path / "fresh", 100, "\n" + APPENDED)
    run(fresh)
    assert {k: v for k, v in tei(root).items() if "letters/" in k} == \
        {k: v for k, v in tei(fresh).items() if "letters/" in k}
    for key in ("files", "candidates", "ambiguous"):
        assert report(root)[key] == report(fresh)[key]
    assert b'<persName ref="../register/persons.xml#oskar-fell">Oskar Fell</persName>' in \
        (root / "tei" / "letters" / "letter_1900-01-03_jean-martin_renee-dubois.xml").read_bytes()


def test_a_deleted_letter_is_made_again(tmp_path):
    root = edition(tmp_path, 30)
    run(root)
    before = tei(root)
    letter = sorted((root / "tei" / "letters").glob("*.xml"))[7]
    letter.unlink()
    out = run(root)
    assert "TEI files: 29 unchanged, 1 written" in out
    assert tei(root) == before


def test_an_entry_taken_out_with_its_letter_then_the_letter_put_back(tmp_path):
    """The letters a run leaves are those its manifest saved: after an entry and its letter
    are taken out by hand the next run finds nothing changed, and the letter put back makes
    a run that names it (no entry makes it: it is left in place, and said so)."""
    root = edition(tmp_path, 30)
    run(root)
    listing = root / "raw" / "l.txt"
    blocks = listing.read_text().split("\n\n")
    assert blocks[7].startswith("January 7, 1900\nLetter, Eva Novak to Anna Weber")
    listing.write_text("\n\n".join(blocks[:7] + blocks[8:]))
    letter = root / "tei" / "letters" / "letter_1900-01-07_eva-novak_anna-weber.xml"
    text = letter.read_text()
    letter.unlink()
    assert "29 entries" in run(root)
    assert run(root).startswith("nothing changed")
    letter.write_text(text)
    out = run(root)
    assert not out.startswith("nothing changed") and letter.name in json.dumps(report(root))
    assert run(root).startswith("nothing changed")


def test_a_hand_edit_makes_no_run_and_the_next_run_keeps_it(tmp_path):
    root = edition(tmp_path, 30)
    run(root)
    letter = next(p for p in sorted((root / "tei" / "letters").glob("*.xml")) if "thanks" in p.read_text())
    edited = letter.read_text().replace("thanks", "thanks (editor: warmly)")
    letter.write_text(edited)
    assert run(root).startswith("nothing changed since the last run")
    with open(root / "raw" / "l.txt", "a") as handle:
        handle.write("\n" + APPENDED)
    out = run(root)
    # what corresp would write there is what it wrote before: nothing to carry over, no warning
    assert "1 edited by hand" in out and f"kept tei/letters/{letter.name}" not in out
    assert letter.read_text() == edited
    listing = (root / "raw" / "l.txt").read_text()
    (root / "raw" / "l.txt").write_text(listing.replace("thanks", "thanked", 1))  # its entry corrected
    out = run(root)
    assert f"kept tei/letters/{letter.name}: edited by hand" in out  # shown without -v
    assert letter.read_text() == edited


def test_a_register_the_editor_changed_makes_a_run(tmp_path):
    root = edition(tmp_path, 50)
    run(root)
    persons = root / "tei" / "register" / "persons.xml"
    persons.write_text(persons.read_text().replace(
        "</listPerson>", '<person xml:id="oskar-fell"><persName type="preferred">Oskar Fell</persName></person>\n'
                         "    </listPerson>"))
    out = run(root)
    assert "TEI files: 40 unchanged, 10 updated" in out  # the letters that name him
    letters = [p.read_text() for p in (root / "tei" / "letters").glob("*.xml") if "Oskar Fell" in p.read_text()]
    assert len(letters) == 10
    assert all('<persName ref="../register/persons.xml#oskar-fell">Oskar Fell</persName>' in t for t in letters)


# An entry whose planning changes nothing in the registers (its names are all known).
QUIET = "May 2, 1911\nLetter, Anna Weber to Jean Martin\nA note on the {}.\n"


@pytest.fixture
def planned(monkeypatch):
    """The ids of the letters each run plans (looks up in the registers), in order."""
    seen: list[str] = []
    plan = encode.Planner.plan
    monkeypatch.setattr(encode.Planner, "plan", lambda self, record: seen.append(record.id) or plan(self, record))
    return seen


def append(root: Path, text: str) -> None:
    with open(root / "raw" / "l.txt", "a") as handle:
        handle.write("\n" + text)


def steady(tmp_path: Path, n: int) -> Path:
    """An edition built twice: the first run's planning adds to the registers (names its
    summaries name, an authority row met first in one), the second's changes nothing."""
    root = edition(tmp_path, n)
    run(root)
    append(root, QUIET.format("harvest"))
    run(root)
    return root


def test_a_letter_is_planned_again_only_when_its_record_or_the_registers_changed(tmp_path, planned):
    root = steady(tmp_path, 60)
    planned.clear()
    append(root, QUIET.format("rain"))
    out = run(root)
    assert "TEI files: 61 unchanged, 1 written" in out
    assert planned == ["letter_1911-05-02_anna-weber_jean-martin-2"]
    before = tei(root)
    planned.clear()
    run(root, "--force")  # every letter planned again: none comes out otherwise
    assert len(planned) == 62 and tei(root) == before


def test_a_register_the_editor_changed_plans_every_letter_again(tmp_path, planned):
    root = steady(tmp_path, 50)
    persons = root / "tei" / "register" / "persons.xml"
    persons.write_text(persons.read_text().replace(
        "</listPerson>", '<person xml:id="oskar-fell"><persName type="preferred">Oskar Fell</persName></person>\n'
                         "    </listPerson>"))
    planned.clear()
    out = run(root)
    assert len(planned) == 51 and "TEI files: 41 unchanged, 10 updated" in out
    letters = [p.read_text() for p in (root / "tei" / "letters").glob("*.xml") if "Oskar Fell" in p.read_text()]
    assert len(letters) == 10
    assert all('<persName ref="../register/persons.xml#oskar-fell">Oskar Fell</persName>' in t for t in letters)
    # an id changed: the same names to look for, another entry to point to
    places = root / "tei" / "register" / "places.xml"
    places.write_text(places.read_text().replace('xml:id="tallinn"', 'xml:id="tallinn-estonia"'))
    planned.clear()
    run(root)
    assert len(planned) == 51
    texts = [p.read_text() for p in (root / "tei" / "letters").glob("*.xml")]
    assert not any('places.xml#tallinn"' in t for t in texts)
    assert sum('<placeName ref="../register/places.xml#tallinn-estonia">Reval</placeName>' in t for t in texts) == 10


def test_every_letter_after_a_plan_that_changed_the_registers_is_planned(tmp_path, planned):
    """A later letter's plan may read what an earlier one added; an earlier letter's may not."""
    root = steady(tmp_path, 60)
    listing = root / "raw" / "l.txt"
    text = listing.read_text()
    assert text.count("Paul Aubert writes about the weather.") == 2
    # "Novak" alone: Eva Novak's short form, added to the register when first met
    listing.write_text(text.replace("Paul Aubert writes about the weather.", "Paul Aubert writes about Novak.", 1))
    planned.clear()
    out = run(root)
    assert "TEI files: 60 unchanged, 2 updated" in out  # the letter and persons.xml
    assert len(planned) == 61 - 4 and planned[0] == "letter_1900-01-05_paul-aubert_tomas-berg"  # the fifth entry
    assert '<persName type="short">Novak</persName>' in (root / "tei" / "register" / "persons.xml").read_text()
    before = tei(root)
    run(root, "--force")
    assert tei(root) == before


def test_a_listing_whose_language_changed_builds_its_letters_again(tmp_path):
    """The language a listing's entries are evidently in is each letter's xml:lang: an entry
    that changes it changes every letter of the listing, as a run without the cache has it."""
    text = "\n".join(f"May {i + 1}, 1911\nBrief, Anna Weber an Jean Martin\nGrüße {i}.\n" for i in range(3))
    root = make_edition(tmp_path, {"l.txt": text}, authorities=False)
    run(root)
    letters = sorted((root / "tei" / "letters").glob("*.xml"))
    assert all('xml:lang="de"' in p.read_text() for p in letters)
    append(root, "May 9, 1911\nLettre, Anna Weber à Jean Martin\nLettre et lettre et lettre au Martin et à Weber, "
                 "lettre.\n")
    run(root)
    assert not any('xml:lang="de"' in p.read_text() for p in letters)
    fresh = tmp_path / "fresh"
    shutil.copytree(root, fresh)
    (fresh / "tei" / CACHE).unlink()
    run(fresh)
    assert tei(fresh) == tei(root)


@pytest.mark.parametrize("field", [0, 3, 5])
def test_a_cache_damaged_by_hand_costs_time_not_correctness(tmp_path, field):
    """A letter's entry of the run cache with a field of the wrong shape: the letter is
    planned and built again, and the run gives what a run without the cache gives."""
    root = steady(tmp_path / "e", 20)
    append(root, QUIET.format("rain"))
    run(root)  # (every letter's plan kept)
    cache = root / "tei" / CACHE
    head, body = cache.read_bytes().split(b"\n", 1)
    data = json.loads(body)
    entry = data["letters"]["letter_1900-01-03_jean-martin_renee-dubois"]
    assert len(entry) == 6
    entry[field] = "xy"
    cache.write_bytes(head + b"\n" + json.dumps(data).encode() + b"\n")
    append(root, QUIET.format("frost"))
    run(root)
    fresh = tmp_path / "fresh"
    shutil.copytree(root, fresh)
    (fresh / "tei" / CACHE).unlink()
    run(fresh)
    assert tei(fresh) == tei(root)
    assert report(root)["ambiguous"] == report(fresh)["ambiguous"]


def test_a_register_the_editor_saved_while_a_run_read_it_makes_the_next_run(tmp_path, monkeypatch):
    """Saved after the run read the registers: the run cannot see it, the next one must
    (it would else find the register as the last run left it, and nothing to do)."""
    root = steady(tmp_path, 50)
    append(root, QUIET.format("rain"))
    persons = root / "tei" / "register" / "persons.xml"
    plan, saved = encode.Planner.plan, []

    def editor_saves(self, record):
        if not saved:
            saved.append(persons.write_text(persons.read_text().replace(
                "</listPerson>", '<person xml:id="oskar-fell"><persName type="preferred">Oskar Fell</persName>'
                                 "</person>\n    </listPerson>")))
        return plan(self, record)
    monkeypatch.setattr(encode.Planner, "plan", editor_saves)
    run(root)
    monkeypatch.undo()
    assert "oskar-fell" in persons.read_text()
    assert "nothing changed since the last run" not in run(root)
    letters = [p.read_text() for p in (root / "tei" / "letters").glob("*.xml") if "Oskar Fell" in p.read_text()]
    assert len(letters) == 10 and all("persons.xml#oskar-fell" in t for t in letters)


def test_a_changed_setting_or_format_makes_a_run(tmp_path):
    root = edition(tmp_path, 10)
    run(root)
    assert run(root, "--format", "blocks").startswith("l.txt:")  # another --format: read again
    assert run(root, "--format", "blocks").startswith("nothing changed")
    toml = root / "edition.toml"
    toml.write_text(toml.read_text().replace('organisations = ["CC"', 'organisations = ["Board", "CC"'))
    assert run(root, "--format", "blocks").startswith("l.txt:")
    assert run(root, "--format", "blocks").startswith("nothing changed")
    toml.write_text(toml.read_text().replace("[edition]\n", "[edition]\nday_first = true\n", 1))
    assert run(root, "--format", "blocks").startswith("l.txt:")  # numeric dates read otherwise now


def test_an_interrupted_run_is_never_taken_for_a_finished_one(tmp_path):
    root = edition(tmp_path, 10)
    run(root)
    (root / "tei" / ".corresp-journal.4242").write_text("")  # a worker's journal, left by a killed run
    assert run(root).startswith("l.txt:")
    assert not list((root / "tei").glob(".corresp-journal*"))
    assert run(root).startswith("nothing changed")
    (root / "tei" / CACHE).write_text("{damaged")  # a damaged cache costs time, not correctness
    assert "TEI files: 10 unchanged" in run(root)


def test_a_manifest_not_the_last_runs_makes_a_run(tmp_path):
    """The run is skipped without reading the manifest only while its bytes are the ones the
    last run wrote: one restored from elsewhere (or taken away) is read, by a run."""
    root = edition(tmp_path, 10)
    run(root)
    manifest = root / "tei" / ".corresp-manifest.json"
    written = manifest.read_bytes()
    manifest.write_bytes(written.replace(b"{", b"{ ", 1))  # the same content, other bytes
    assert run(root).startswith("l.txt:")
    assert run(root).startswith("nothing changed")
    manifest.unlink()
    assert run(root).startswith("l.txt:") and manifest.is_file()
    (root / "tei" / CACHE).write_bytes(b"[]\n")  # a cache that holds nothing usable: a run, no error
    assert run(root).startswith("l.txt:")
    assert run(root).startswith("nothing changed")


def test_a_file_changed_within_the_same_tick_is_noticed(tmp_path):
    path = tmp_path / "listing.txt"
    cache = Cache(tmp_path)
    path.write_text("aaaa")
    first = cache.sha(path)
    path.write_text("bbbb")  # same size, perhaps the same modification time
    assert cache.sha(path) != first
    old = time.time() - 60
    os.utime(path, (old, old))
    assert cache.sha(path) == cache.files[str(path)][1]  # an old file is known by its stamp


def test_one_job_and_two_write_the_same_bytes(tmp_path):
    """Each run in a fresh process, so that the two workers are forked, as on the command line."""
    roots = []
    for jobs in ("1", "2"):
        root = edition(tmp_path / jobs, 300)
        process = subprocess.run([sys.executable, "-m", "pipeline", "--edition", str(root), "tei", "--no-validate",
                                  "--jobs", jobs], capture_output=True, text=True, cwd=ROOT)
        assert process.returncode == 0, process.stdout + process.stderr
        roots.append(root)
    one, two = roots
    assert tei(one) == tei(two)
    assert (one / "output" / "report.json").read_bytes() == (two / "output" / "report.json").read_bytes()
    # an entry the planning made from the authority file while workers were building letters
    assert b'xml:id="ida-lindqvist"' in (one / "tei" / "register" / "persons.xml").read_bytes()


def test_fresh_workers_give_the_bytes_of_one(tmp_path):
    """A large listing is built by spawned workers (a forked one would copy the entries read)."""
    roots = []
    for jobs, fresh_from in (("1", "0"), ("2", "1")):
        root = edition(tmp_path / jobs, 300)
        code = ("import sys; from pipeline import pool; pool.FRESH_FROM = int(sys.argv[1]); "
                "sys.argv[1:2] = []; from pipeline.cli import main; main()")
        process = subprocess.run([sys.executable, "-c", code, fresh_from, "--edition", str(root), "tei",
                                  "--no-validate", "--jobs", jobs], capture_output=True, text=True, cwd=ROOT)
        assert process.returncode == 0, process.stdout + process.stderr
        roots.append(root)
    assert tei(roots[0]) == tei(roots[1])


def test_the_library_call_on_two_jobs_gives_the_bytes_of_one(tmp_path):
    """In this process (Saxon may be loaded here by other tests: then the workers are spawned)."""
    one, two = edition(tmp_path / "1", 120), edition(tmp_path / "2", 120)
    generate(settings.load(one), jobs=1)
    generate(settings.load(two), jobs=2)
    assert tei(one) == tei(two)


def _pid(state, item):
    return item * state, os.getpid()


def test_a_pipeline_works_elsewhere_and_gives_results_in_order():
    with Pipeline(_pid, 10, jobs=2) as pipe:
        got = []
        for n in range(200):
            if n % 3:
                pipe.put(n, n)
            else:
                pipe.known(n, (-n, None))
            got += list(pipe.ready())
        got += list(pipe.rest())
    assert [tag for tag, _ in got] == list(range(200))
    assert [value for _, (value, _) in got] == [n * 10 if n % 3 else -n for n in range(200)]
    assert {pid for _, (_, pid) in got} - {None, os.getpid()}  # other processes did the work
    assert list(imap(_pid, range(5), 2, jobs=2)) == [(n * 2, os.getpid()) for n in range(5)]  # too few: here


def _collector(state, item):
    return gc.isenabled()


def test_the_collector_is_off_only_while_a_run_reads_and_plans(tmp_path, monkeypatch):
    """Off while entries are read and letters planned (millions of objects that live to the
    end and form no cycles), on again after, also after a failure, and in the workers."""
    import pipeline.edition as edition_module
    seen = []
    planned = edition_module.Planner.plan
    monkeypatch.setattr(edition_module.Planner, "plan", lambda self, record: seen.append(gc.isenabled())
                        or planned(self, record))
    root = edition(tmp_path / "e", 80)
    generate(settings.load(root), jobs=2)
    assert seen and not any(seen)
    assert gc.isenabled()
    monkeypatch.setattr(edition_module, "read_records", lambda *a, **k: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        generate(settings.load(root), force=True)
    assert gc.isenabled()
    with edition_module.no_cycle_collector():  # a worker started meanwhile collects its own garbage
        assert list(imap(_collector, range(pool.MIN_ITEMS), None, jobs=2)) == [True] * pool.MIN_ITEMS


SKIPPED = "nothing changed since the last build"


def test_a_build_with_nothing_changed_does_nothing_and_any_change_makes_one(tmp_path):
    root = make_edition(tmp_path, {"l.txt": "3 May 1850\nLetter, Anna Weber to Jean Martin\nOn the harvest.\n\n"
                                            "9 May 1850\nLetter, Jean Martin to Anna Weber\nOn the ship.\n"})

    def build(*args):
        result = CliRunner().invoke(main, ["--edition", str(root), "build", *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    def outputs():
        return {p: p.stat().st_mtime_ns for p in (root / "output").rglob("*") if p.is_file() and ".cache" not in p.parts}

    build()
    before = outputs()
    assert build().startswith(SKIPPED)
    assert outputs() == before
    (root / "output" / "letters.csv").unlink()  # an output gone
    assert not build().startswith(SKIPPED) and (root / "output" / "letters.csv").is_file()
    page = next((root / "output" / "html" / "persons").glob("*.html"))
    page.unlink()  # a page deleted by hand
    assert not build().startswith(SKIPPED) and page.is_file()
    shutil.rmtree(root / "output" / "html" / "persons")  # a folder of pages
    assert not build().startswith(SKIPPED) and page.is_file()
    letter = next((root / "tei" / "letters").glob("*.xml"))
    letter.write_text(letter.read_text().replace("On the", "On all the", 1))  # a hand edit
    assert not build().startswith(SKIPPED) and "On all the" in (root / "output" / "letters.csv").read_text()
    assert build().startswith(SKIPPED)
    toml = root / "edition.toml"
    toml.write_text(toml.read_text().replace("[edition]\n", "[edition]\nday_first = true\n", 1))
    assert not build().startswith(SKIPPED)
    assert not build("--force").startswith(SKIPPED)


def test_an_output_changed_by_hand_is_made_again(tmp_path):
    """A CSV re-saved by a spreadsheet, a CMIF file edited: the next build, or the stage on its
    own, writes what the letters make, though no letter changed."""
    root = make_edition(tmp_path, {"l.txt": "3 May 1850\nLetter, Anna Weber to Jean Martin\nOn the harvest.\n"})
    invoke = CliRunner().invoke
    assert invoke(main, ["--edition", str(root), "build", "-q"], catch_exceptions=False).exit_code == 0
    csv, cmif = root / "output" / "letters.csv", root / "output" / "cmif.xml"
    made = csv.read_bytes(), cmif.read_bytes()
    with open(csv, "a", encoding="utf-8") as handle:
        handle.write("x,y\n")
    cmif.write_bytes(made[1].replace(b'when="1850-05-03"', b'when="1850-13-03"'))
    assert invoke(main, ["--edition", str(root), "build", "-q"], catch_exceptions=False).exit_code == 0
    assert (csv.read_bytes(), cmif.read_bytes()) == made
    for stage, path in (("csv", csv), ("cmif", cmif)):
        assert b"Weber" in path.read_bytes()
        path.write_bytes(path.read_bytes().replace(b"Weber", b"Webber"))
        assert invoke(main, ["--edition", str(root), stage], catch_exceptions=False).exit_code == 0
        assert path.read_bytes() == made[stage == "cmif"]
    result = invoke(main, ["--edition", str(root), "csv"], catch_exceptions=False)
    assert "up to date" in result.output  # (and left alone when it is as written)


def test_a_build_after_a_hand_edit_asks_once_whether_to_read_and_notes_its_inputs_once(tmp_path, monkeypatch):
    """At 100,000 letters each look at the last run or at the inputs costs half a second."""
    from pipeline import incremental

    root = make_edition(tmp_path, {"l.txt": "3 May 1850\nLetter, Anna Weber to Jean Martin\nOn the harvest.\n"})
    build = lambda: CliRunner().invoke(main, ["--edition", str(root), "build"], catch_exceptions=False)  # noqa: E731
    assert build().exit_code == 0
    calls = []
    for name in ("unchanged", "build_inputs"):
        owner = Cache if name == "unchanged" else incremental
        real = getattr(owner, name)
        monkeypatch.setattr(owner, name, lambda *a, _real=real, _name=name, **k: (calls.append(_name), _real(*a, **k))[1])
    letter = next((root / "tei" / "letters").glob("*.xml"))
    letter.write_text(letter.read_text().replace("On the", "On all the", 1))
    assert build().exit_code == 0
    assert sorted(calls) == ["build_inputs", "unchanged"]
    assert "On all the" in (root / "output" / "letters.csv").read_text()
    assert build().output.startswith(SKIPPED)


_TWO_LETTERS = ("3 May 1850\nLetter, Anna Weber to Jean Martin\nOn the harvest.\n\n"
                "9 May 1850\nLetter, Jean Martin to Anna Weber\nOn the ship.\n")


def _editions_read_apart(tmp_path, monkeypatch) -> tuple[Path, Path, list]:
    """Two editions of the same listing, its size over APART_FROM_BYTES, and the commands of
    the child processes started (see cli._tei_apart)."""
    from pipeline import cli

    apart, here = (make_edition(tmp_path / name, {"l.txt": _TWO_LETTERS}) for name in ("apart", "here"))
    ran = []
    real_popen = subprocess.Popen
    monkeypatch.setattr(subprocess, "Popen", lambda *a, **k: (ran.append(a[0]), real_popen(*a, **k))[1])
    monkeypatch.setattr(cli, "APART_FROM_BYTES", 1)
    return apart, here, ran


def test_a_large_build_reads_the_listings_in_a_process_of_its_own(tmp_path, monkeypatch):
    """From APART_FROM_BYTES of listings the tei stage runs apart (its memory is given back
    before the HTML stage); its report still reaches the build's output, under the build's lock."""
    from pipeline import cli

    apart, here, ran = _editions_read_apart(tmp_path, monkeypatch)
    listing = _TWO_LETTERS
    result = CliRunner().invoke(main, ["--edition", str(apart), "build"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert len(ran) == 1 and ran[0][-2:] == ["tei", "--no-validate"]  # validated by the build, after it
    assert "letter(s)" in result.output and "validated" in result.output  # the child's report, passed on
    letter = next((apart / "tei" / "letters").glob("*.xml"))
    letter.write_text(letter.read_text().replace("On the", "On all the", 1))  # a hand edit: nothing to read
    assert CliRunner().invoke(main, ["--edition", str(apart), "build"]).exit_code == 0 and len(ran) == 1
    assert "On all the" in (apart / "output" / "letters.csv").read_text()
    letter.write_text(letter.read_text().replace("On all the", "On the", 1))
    assert CliRunner().invoke(main, ["--edition", str(apart), "build"]).exit_code == 0 and len(ran) == 1
    monkeypatch.setattr(cli, "APART_FROM_BYTES", 10**12)
    assert CliRunner().invoke(main, ["--edition", str(here), "build"]).exit_code == 0 and len(ran) == 1
    for name in ("tei/letters", "output/html", "output/letters.csv", "output/cmif.xml"):
        a, b = apart / name, here / name
        files = (lambda p: sorted(q.relative_to(p) for q in p.rglob("*") if q.is_file())) if a.is_dir() else None
        if files:
            assert files(a) == files(b)
        else:
            assert a.read_bytes() == b.read_bytes()
    # a stage that fails apart fails the build
    (apart / "raw" / "l.txt").write_text(listing + "\nThis line means nothing at all\n")
    monkeypatch.setattr(cli, "APART_FROM_BYTES", 1)
    assert CliRunner().invoke(main, ["--edition", str(apart), "build", "--strict"]).exit_code != 0
    # what it wrote is validated in a process of its own too (what a check leaves behind is
    # not kept beside the site's processes): its findings are shown, and an error fails the build
    from pipeline.validate import Validator

    checked_here = []
    real_validate = Validator.validate
    monkeypatch.setattr(Validator, "validate", lambda self, paths, **k: (checked_here.extend(paths),
                                                                         real_validate(self, paths, **k))[1])
    letter.write_text(letter.read_text().replace("<p>", "<p><bogus/>", 1))  # a hand edit the schemas refuse
    (apart / "raw" / "l.txt").write_text(listing + "\n12 May 1850\nLetter, Anna Weber to Jean Martin\nOn rain.\n")
    result = CliRunner().invoke(main, ["--edition", str(apart), "build"])
    assert result.exit_code != 0 and "bogus" in result.output and "validation errors" in result.output, result.output
    assert not any(Path(path).is_relative_to(apart / "tei") for path in checked_here)


def test_tei_of_large_listings_reads_them_in_a_process_of_its_own(tmp_path, monkeypatch):
    """`corresp tei` validates what it wrote: of large listings, not beside the process that
    read them (at 100,000 letters, 800 MB kept beside two checking processes: 1.25 GiB)."""
    from pipeline import cli

    apart, here, ran = _editions_read_apart(tmp_path, monkeypatch)
    result = CliRunner().invoke(main, ["--edition", str(apart), "tei", "--format", "blocks"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert len(ran) == 1 and ran[0][ran[0].index("tei"):][:4] == ["tei", "--no-validate", "--format", "blocks"]
    assert "2 entries read" in result.output and "validated 3 file(s)" in result.output, result.output
    result = CliRunner().invoke(main, ["--edition", str(apart), "tei", "--no-validate"], catch_exceptions=False)
    assert result.exit_code == 0 and len(ran) == 1 and "validated" not in result.output  # nothing to check: here
    monkeypatch.setattr(cli, "APART_FROM_BYTES", 10**12)
    assert CliRunner().invoke(main, ["--edition", str(here), "tei", "--format", "blocks"]).exit_code == 0
    assert len(ran) == 1
    files = sorted(p.relative_to(apart / "tei") for p in (apart / "tei").rglob("*.xml"))
    assert files and files == sorted(p.relative_to(here / "tei") for p in (here / "tei").rglob("*.xml"))
    assert all((apart / "tei" / f).read_bytes() == (here / "tei" / f).read_bytes() for f in files)
    # an error found in what it wrote fails it
    letter = next((apart / "tei" / "letters").glob("*.xml"))
    letter.write_text(letter.read_text().replace("<p>", "<p><bogus/>", 1))
    monkeypatch.setattr(cli, "APART_FROM_BYTES", 1)
    result = CliRunner().invoke(main, ["--edition", str(apart), "tei"])
    assert result.exit_code != 0 and "bogus" in result.output and "validation errors" in result.output, result.output
    # what it wrote is checked also when reading failed (--strict: a line not understood)
    (apart / "raw" / "l.txt").write_text(_TWO_LETTERS + "\nThis line means nothing at all\n")
    result = CliRunner().invoke(main, ["--edition", str(apart), "tei", "--strict"])
    assert result.exit_code != 0 and "validated 3 file(s)" in result.output and "bogus" in result.output, result.output


def _tasks_of_spares(monkeypatch, module) -> list[str]:
    """The names of the tasks given to the spare processes ``module.spare_process`` starts
    from now on (after the one it gives each itself)."""
    tasks: list[str] = []
    real = module.spare_process

    def counted(*args):
        pool = real(*args)
        submit = pool.submit
        pool.submit = lambda fn, *a, **k: (tasks.append(fn.__name__), submit(fn, *a, **k))[1]
        return pool

    monkeypatch.setattr(module, "spare_process", counted)
    return tasks


def test_a_rebuild_after_a_hand_edit_reads_the_letter_in_a_process_started_beforehand(tmp_path, monkeypatch):
    """A large edition's letters are read apart, even one (Saxon's heap is not kept beside the
    site's processes): after a hand edit, the build starts that process while it validates, and
    the fragments are made there. The outputs are those of a build in one process."""
    from pipeline import publish

    listing = "3 May 1850\nLetter, Anna Weber to Jean Martin\nOn the harvest.\n\n9 May 1850\nLetter, Jean Martin to Anna Weber\nOn the ship.\n"
    spare, here = make_edition(tmp_path / "spare", {"l.txt": listing}), make_edition(tmp_path / "here", {"l.txt": listing})
    assert CliRunner().invoke(main, ["--edition", str(spare), "build", "--jobs", "2"]).exit_code == 0
    started = _tasks_of_spares(monkeypatch, publish)
    monkeypatch.setattr(publish, "APART_FROM", 1)
    for root in (spare, here):
        if root == here:  # a small edition: its letters are read in the build's process
            monkeypatch.setattr(publish, "APART_FROM", 10**9)
            assert CliRunner().invoke(main, ["--edition", str(root), "build", "--jobs", "2"]).exit_code == 0
        letter = next((root / "tei" / "letters").glob("*.xml"))
        letter.write_text(letter.read_text().replace("On the", "On all the", 1))
        result = CliRunner().invoke(main, ["--edition", str(root), "build", "--jobs", "2"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    assert started == ["_worker_run"]  # the fragments, in the spare (for the large edition only)
    assert "On all the" in (spare / "output" / "letters.csv").read_text()
    for name in ("output/html", "output/letters.csv", "output/cmif.xml"):
        a, b = spare / name, here / name
        if a.is_dir():
            files = sorted(q.relative_to(a) for q in a.rglob("*") if q.is_file())
            assert files == sorted(q.relative_to(b) for q in b.rglob("*") if q.is_file())
            assert all((a / f).read_bytes() == (b / f).read_bytes() for f in files)
        else:
            assert a.read_bytes() == b.read_bytes()


def test_a_rebuild_after_a_hand_edit_checks_the_letter_in_a_process_started_beforehand(tmp_path, monkeypatch):
    """Likewise the check of a large edition's edited letter: in a process the build started
    while it looked at the letters, with the findings a check in the build's process gives."""
    from pipeline import publish, validate

    listing = "3 May 1850\nLetter, Anna Weber to Jean Martin\nOn the harvest.\n\n9 May 1850\nLetter, Jean Martin to Anna Weber\nOn the ship.\n"
    outputs = {}
    checked = _tasks_of_spares(monkeypatch, validate)
    for name, apart_from in (("spare", 1), ("here", 10**9)):
        root = make_edition(tmp_path / name, {"l.txt": listing})
        monkeypatch.setattr(publish, "APART_FROM", apart_from)
        assert CliRunner().invoke(main, ["--edition", str(root), "build", "--jobs", "2"]).exit_code == 0
        letter = next((root / "tei" / "letters").glob("*.xml"))
        letter.write_text(letter.read_text().replace("<p>", "<p><bogus/>", 1))  # a hand edit the schemas refuse
        result = CliRunner().invoke(main, ["--edition", str(root), "build", "--jobs", "2"])
        assert result.exit_code != 0 and "validation errors" in result.output, result.output
        outputs[name] = [line.replace(str(root), "") for line in result.output.splitlines() if "bogus" in line]
    assert checked == ["_worker_check_using"]  # in the spare, for the large edition only
    assert outputs["spare"] == outputs["here"] and outputs["here"]


def test_a_build_validates_the_editors_own_letters_too(tmp_path):
    """The outputs take every letter of tei/letters: one the editor added by hand is checked
    with the rest, whether the tei stage reads its listings again (a letter was added) or
    has nothing to read (it was edited since)."""
    root = edition(tmp_path, 6)
    runner = CliRunner()
    assert runner.invoke(main, ["--edition", str(root), "build"]).exit_code == 0
    letters = root / "tei" / "letters"
    own = letters / "own_1911-05-02.xml"
    first = sorted(letters.glob("*.xml"))[0]
    first = first.read_text("utf-8").replace(f'xml:id="{first.stem}"', 'xml:id="own_1911-05-02"')
    broken = first.replace("<correspDesc>", '<correspDesc type="not-a-type">', 1)
    assert broken != first
    own.write_text(broken, "utf-8")
    result = runner.invoke(main, ["--edition", str(root), "build"])
    assert result.exit_code != 0 and "own_1911-05-02.xml:" in result.output, result.output
    own.write_text(first, "utf-8")
    assert runner.invoke(main, ["--edition", str(root), "build"]).exit_code == 0
    own.write_text(broken, "utf-8")
    result = runner.invoke(main, ["--edition", str(root), "build"])
    assert "nothing changed since the last run" in result.output
    assert result.exit_code != 0 and "own_1911-05-02.xml:" in result.output, result.output


def test_files_hashed_by_a_run_with_nothing_to_do_are_not_hashed_by_the_next(tmp_path, monkeypatch):
    """The manifest a reading run writes is hashed by the next run to know it is the same
    (35 MB at 100,000 letters): that run keeps its stamp, so later runs do not hash it."""
    from pipeline import incremental
    from pipeline.edition import last_run

    root = edition(tmp_path, 3)
    assert CliRunner().invoke(main, ["--edition", str(root), "tei"]).exit_code == 0
    monkeypatch.setattr(incremental, "_RECENT_NS", 0)  # (no file counts as changed just now)
    hashed, sha256 = [], incremental.st.sha256
    monkeypatch.setattr(incremental.st, "sha256", lambda data: (hashed.append(len(data)), sha256(data))[1])
    loaded = settings.load(root)
    manifest = len((root / "tei" / ".corresp-manifest.json").read_bytes())
    assert last_run(loaded) is not None and manifest in hashed
    hashed.clear()
    assert last_run(loaded) is not None and hashed == []


@pytest.mark.parametrize("counting", [True, False])
def test_the_html_folders_sub_folders_are_known_without_a_look_at_its_pages(tmp_path, monkeypatch, counting):
    """After a page changed, the HTML folder's stamps are taken without reading its 100,000
    names, where the file system counts sub-folders in the folder's links; a sub-folder
    added, removed or renamed is seen all the same. On a file system not known to count
    so (``counting``: False), the names are read each time."""
    from pipeline import incremental

    html, noted = tmp_path / "html", tmp_path / "html-folders"
    for name in ("persons", "places", "tei"):
        (html / name).mkdir(parents=True)
    (html / "index.html").write_text("x")
    # as it looks: each time, what it tells is what a look at every name gives
    looked = incremental.html_stamps(html, noted)
    assert json.loads(noted.read_text())["folders"] == ["persons", "places", "tei"]
    if not counting:
        monkeypatch.setattr(incremental, "_counts_sub_folders", lambda device: False)
    links_count_folders = os.stat(html).st_nlink == 5 and incremental._counts_sub_folders(os.stat(html).st_dev)
    scandir = os.scandir
    for change in ("a page", "a folder added", "a folder renamed", "a folder removed", "a page"):
        time.sleep(0.01)
        if change == "a page":
            (html / "index.html").unlink()
            (html / "index.html").write_text("y")
        elif change == "a folder added":
            (html / "orgs").mkdir()
        elif change == "a folder renamed":
            (html / "orgs").rename(html / "bodies")
        else:
            (html / "bodies").rmdir()
        looks = []
        with monkeypatch.context() as patched:
            patched.setattr(os, "scandir", lambda path: looks.append(path) or scandir(path))
            stamps = incremental.html_stamps(html, noted)
        names = sorted(entry.name for entry in os.scandir(html) if entry.is_dir())
        assert stamps == [incremental._stat(html), sorted(incremental._stat(html / name) for name in names)], change
        assert looks == ([] if change == "a page" and links_count_folders else [html]), change
        looked = stamps
    assert looked[1] and len(looked[1]) == 3


def test_an_html_folder_that_is_a_link_stays_one(tmp_path):
    """A new user linked output/html to the web server's folder: the build put a folder of its
    own in the link's place and left the link behind as output/.html.old-…"""
    root = make_edition(tmp_path, {"l.txt": "3 May 1850\nLetter, Anna Weber to Jean Martin\nOn the harvest.\n"})
    served = tmp_path / "www" / "site"
    served.mkdir(parents=True)
    (root / "output").mkdir()
    (root / "output" / "html").symlink_to(served)
    for _ in range(2):  # (made whole, then in place)
        result = CliRunner().invoke(main, ["--edition", str(root), "build", "-q"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        assert (root / "output" / "html").is_symlink() and (served / "index.html").is_file()
        assert sorted(p.name for p in (root / "output").iterdir()) == [".cache", "cmif.xml", "html", "letters.csv",
                                                                      "report.json"]
        (root / "raw" / "l.txt").write_text((root / "raw" / "l.txt").read_text().replace("harvest", "harvests"))
    assert "harvests" in next(served.glob("letter_*.html")).read_text()
