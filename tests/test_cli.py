"""The corresp command: help, stages, and clear messages instead of tracebacks."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from pipeline.cli import main

from conftest import make_edition


def run(root, *args):
    return CliRunner().invoke(main, ["--root", str(root), *args], catch_exceptions=False)


def test_help_lists_every_stage():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in ("tei", "validate", "html", "csv", "cmif", "build"):
        assert command in result.output


def test_missing_settings_is_a_message_not_a_traceback(tmp_path):
    result = run(tmp_path, "tei")
    assert result.exit_code == 1
    assert "edition.toml: not found" in result.output
    assert "Traceback" not in result.output


def test_incomplete_settings_names_the_key(tmp_path):
    root = make_edition(tmp_path)
    text = (root / "edition.toml").read_text().replace('base_url = "https://example.org/sino-soviet-relations/"\n', "")
    (root / "edition.toml").write_text(text)
    result = run(root, "tei")
    assert result.exit_code == 1 and "[edition] needs base_url" in result.output


def test_no_input_says_where_to_put_it(tmp_path):
    root = make_edition(tmp_path, raw={})
    result = run(root, "tei", "--no-validate")
    assert result.exit_code == 1 and "put the listing(s) in raw/" in result.output


def test_binary_input_is_reported_with_its_file(tmp_path):
    root = make_edition(tmp_path, raw={})
    (root / "raw" / "junk.txt").write_bytes(bytes(range(256)) * 40)
    result = run(root, "tei", "--no-validate")
    assert result.exit_code == 1
    assert "junk.txt" in result.output and "does not look like text" in result.output


def test_strict_fails_on_unparsed_lines(tmp_path):
    root = make_edition(tmp_path, raw={"l.txt": "Some page title\n\nMay 3, 1951\nLetter, Anna Weber to Jean Martin\n"})
    assert run(root, "tei", "--no-validate").exit_code == 0
    result = run(root, "tei", "--no-validate", "--strict")
    assert result.exit_code == 1 and "l.txt:1" in result.output


def test_bad_authority_file_names_file_and_line(tmp_path):
    root = make_edition(tmp_path)
    with (root / "raw" / "authorities.csv").open("a") as handle:
        handle.write("planet,Mars,,,,,,,\n")
    result = run(root, "tei", "--no-validate")
    assert result.exit_code == 1
    assert "authorities.csv:12" in result.output and "kind must be person, place or org" in result.output


@pytest.mark.parametrize("letters", [None, {"notes.txt": "not a letter"}])
def test_transform_before_tei_says_what_to_run(tmp_path, letters):
    root = make_edition(tmp_path)
    if letters is not None:  # a folder without a letter in it
        (root / "tei" / "letters").mkdir(parents=True)
        for name, text in letters.items():
            (root / "tei" / "letters" / name).write_text(text)
    result = run(root, "html")
    assert result.exit_code == 1 and "run `corresp tei` first" in result.output


def test_broken_register_is_a_message_with_file_and_line(tmp_path):
    root = make_edition(tmp_path)
    assert run(root, "tei", "--no-validate").exit_code == 0
    persons = root / "tei" / "register" / "persons.xml"
    persons.write_text(persons.read_text().replace("</listPerson>", "</listPersons>"))
    result = run(root, "tei", "--no-validate")
    assert result.exit_code == 1
    assert "persons.xml:" in result.output and "not well-formed XML" in result.output
    assert "Traceback" not in result.output


LISTING = ("May 3, 1951\nLetter, Anna Weber to Jean Martin\nOn the archive.\n\n"
           "June 4, 1951\nLetter, Jean Martin to Anna Weber\nThe reply.\n")


def set_licence(root, licence):
    path = root / "edition.toml"
    path.write_text(path.read_text().replace("https://creativecommons.org/licenses/by/4.0/", licence))


@pytest.mark.parametrize("stage", ["html", "csv", "cmif"])
@pytest.mark.parametrize("folder", ["letters", "register"])
def test_broken_tei_is_named_before_any_stylesheet_runs(tmp_path, stage, folder):
    root = make_edition(tmp_path, raw={"l.txt": LISTING})
    assert run(root, "tei", "--no-validate").exit_code == 0
    broken = sorted((root / "tei" / folder).glob("*.xml"))[0]
    lines = broken.read_text().splitlines()
    lines[3] += "<oops>"
    broken.write_text("\n".join(lines) + "\n")
    result = run(root, stage)
    assert result.exit_code == 1
    assert f"tei/{folder}/{broken.name}:" in result.output and ": not well-formed XML (" in result.output
    assert "fix it (corresp validate lists every problem)" in result.output
    assert "Traceback" not in result.output and "xsl" not in result.output


def test_cmif_refuses_a_licence_correspsearch_does_not_accept(tmp_path):
    root = make_edition(tmp_path, raw={"l.txt": LISTING})
    set_licence(root, "https://creativecommons.org/licenses/by-sa/4.0/")
    assert run(root, "tei", "--no-validate").exit_code == 0
    result = run(root, "cmif")
    assert result.exit_code == 1
    assert "edition.toml:" in result.output and "[edition] licence" in result.output
    assert "not accepted by correspSearch" in result.output
    assert not (root / "output" / "cmif.xml").exists()
    assert run(root, "csv").exit_code == 0  # the other stages take any licence


def test_build_refuses_that_licence_before_doing_anything(tmp_path):
    root = make_edition(tmp_path, raw={"l.txt": LISTING})
    set_licence(root, "https://example.org/licence")
    result = run(root, "build")
    assert result.exit_code == 1 and "not accepted by correspSearch" in result.output
    assert not (root / "tei").exists() and not (root / "output" / "cmif.xml").exists()


def test_missing_lookup_files_are_a_warning(tmp_path):
    root = make_edition(tmp_path, raw={"l.txt": LISTING})
    (root / "raw" / "authorities.csv").unlink()
    (root / "raw" / "gazetteer.csv").unlink()
    result = run(root, "tei", "--no-validate")
    assert result.exit_code == 0, result.output
    assert ('edition.toml: [input] authorities = "raw/authorities.csv" not found; continuing without it'
            in result.output)
    assert 'edition.toml: [input] gazetteers: "raw/gazetteer.csv" not found; continuing without it' in result.output
    assert any((root / "tei" / "letters").glob("*.xml"))


def test_a_listing_without_entries_is_a_problem(tmp_path):
    root = make_edition(tmp_path, raw={"l.txt": LISTING, "empty.txt": "", "page.txt": "Results:\nSort by\n"})
    result = run(root, "tei", "--no-validate")
    assert result.exit_code == 0
    assert "empty.txt: no entries found" in result.output and "page.txt: no entries found" in result.output
    assert "l.txt: no entries found" not in result.output
    result = run(root, "tei", "--no-validate", "--strict")
    assert result.exit_code == 1 and "--strict: 2 " in result.output


def test_csv_bom_option_and_setting(tmp_path):
    root = make_edition(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["--root", str(root), "tei"]).exit_code == 0
    assert runner.invoke(main, ["--root", str(root), "csv", "--bom"]).exit_code == 0
    assert (root / "output" / "letters.csv").read_bytes().startswith(b"\xef\xbb\xbfsender,")
    assert runner.invoke(main, ["--root", str(root), "csv"]).exit_code == 0
    assert (root / "output" / "letters.csv").read_bytes().startswith(b"sender,")
    toml = root / "edition.toml"
    toml.write_text(toml.read_text().replace("bom = false", "bom = true"))
    assert runner.invoke(main, ["--root", str(root), "csv"]).exit_code == 0
    assert (root / "output" / "letters.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert runner.invoke(main, ["--root", str(root), "csv", "--no-bom"]).exit_code == 0
    assert (root / "output" / "letters.csv").read_bytes().startswith(b"sender,")


def test_accept_refuses_an_empty_name(tmp_path):
    from click.testing import CliRunner

    from pipeline.cli import main
    from conftest import make_edition

    root = make_edition(tmp_path, tei=True)
    persons = (root / "tei" / "register" / "persons.xml").read_bytes()
    result = CliRunner().invoke(main, ["--edition", str(root), "accept", "Ida Berg", " "])
    assert result.exit_code == 1 and "empty name" in result.output and "Traceback" not in result.output
    assert (root / "tei" / "register" / "persons.xml").read_bytes() == persons  # nothing added, not even Ida Berg


def test_accept_says_when_a_name_is_not_among_the_last_run_s_candidates(tmp_path):
    """A new user's "corresp accept --kind place Ravenscr" (a typo) was added without a word."""
    from click.testing import CliRunner

    from pipeline.cli import main
    from conftest import make_edition

    root = make_edition(tmp_path, tei=True)
    (root / "output").mkdir(exist_ok=True)
    (root / "output" / "report.json").write_text('{"candidates": [{"name": "Ravenscar", "count": 2}]}', "utf-8")
    result = CliRunner().invoke(main, ["--edition", str(root), "accept", "--kind", "place", "Ravenscr"])
    assert result.exit_code == 0 and "not among the names the last run found" in result.output
    result = CliRunner().invoke(main, ["--edition", str(root), "accept", "--kind", "place", "Ravenscar"])
    assert result.exit_code == 0 and "not among" not in result.output and "added place" in result.output


def test_an_editors_lock_file_beside_a_letter_is_passed_over(tmp_path):
    """Emacs keeps a link to nothing (.#name.xml → user@host.pid:time) beside a file open
    for editing: the build goes on, as if it were not there."""
    root = make_edition(tmp_path, tei=True)
    assert run(root, "build").exit_code == 0
    letters = root / "tei" / "letters"
    first = sorted(letters.glob("*.xml"))[0]
    (letters / f".#{first.name}").symlink_to("editor@host.4242:1764700000")
    result = run(root, "build")
    assert result.exit_code == 0, result.output
    assert "no such file" not in result.output
    # any other link to nothing is a letter gone missing: said, not passed over
    (letters / first.name).rename(tmp_path / first.name)
    (letters / first.name).symlink_to(tmp_path / "gone.xml")
    result = run(root, "build")
    assert result.exit_code == 1 and first.name in result.output and "no such file" in result.output


def test_an_empty_listing_is_said_to_be_empty_and_a_build_has_nothing_to_publish(tmp_path):
    root = make_edition(tmp_path, {"letters.txt": "\n\n"}, authorities=False)
    result = CliRunner().invoke(main, ["--edition", str(root), "build"])
    assert result.exit_code == 1
    assert "letters.txt: the file is empty (or holds only blank lines): nothing to read" in result.output
    assert "no letters to publish: the listings gave no entry" in result.output
    assert "run `corresp tei` first" not in result.output  # (the build just ran it)


def test_strict_does_not_fail_on_what_was_understood_and_said(tmp_path):
    """"The writer of this edition is X": a reading to confirm, not a line not understood."""
    listing = ("THE LETTERS OF HARRIET VANE\n\n1. To Mary Jones, May 3, 1850 . . 4\n"
               "2. To Paul Henry, May 4, 1850 . . 6\n")
    root = make_edition(tmp_path, raw={"l.txt": listing}, authorities=False)
    result = run(root, "tei", "--no-validate", "--strict")
    assert "the writer of this edition is Harriet Vane" in result.output
    assert result.exit_code == 0, result.output


def test_ctrl_c_ends_with_the_shell_s_status_and_says_nothing_was_lost(tmp_path, monkeypatch):
    root = make_edition(tmp_path, {"l.txt": "3 May 1850\nLetter, Anna Weber to Jean Martin\n"})

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr("pipeline.edition.generate", interrupted)
    result = run(root, "tei", "--no-validate")
    assert result.exit_code == 130 and "Traceback" not in result.output
    assert "corresp: interrupted; nothing was lost" in result.output


def test_a_worker_ended_by_the_same_ctrl_c_is_no_out_of_memory(tmp_path, monkeypatch):
    """Ctrl-C reaches the whole process group: a worker may end before this process sees it,
    and its pool then says a process ended abruptly, which is no fault of memory."""
    from concurrent.futures.process import BrokenProcessPool

    from pipeline import cli

    root = make_edition(tmp_path, {"l.txt": "3 May 1850\nLetter, Anna Weber to Jean Martin\n"})

    def broken(*args, **kwargs):
        cli._interrupted.append(True)  # (as the handler of SIGINT records it)
        raise BrokenProcessPool("A process in the process pool was terminated abruptly")
    monkeypatch.setattr(cli, "_interrupted", [])
    monkeypatch.setattr("pipeline.edition.generate", broken)
    result = run(root, "tei", "--no-validate")
    assert result.exit_code == 130 and "interrupted; nothing was lost" in result.output
    assert "memory" not in result.output


def test_a_letter_without_a_date_is_reported_once(tmp_path):
    """A letter book's undated item was reported twice ("no date: the entry gives none" and
    "no date in this item"); an item that says "Not dated." is not reported at all."""
    import json

    listing = ("1. To Thomas Farrant. Desires him to send the rents of Michaelmas\n"
               "    without further delay. From Aldmere, the 3rd of October 1602.\n\n"
               "2. To his son-in-law Peter Lowde. Touching the lease of the mill at\n"
               "    Aldmere.\n\n"
               "3. To Mr. Edward Sallis. Touching the visitation at Westcote.\n"
               "    Not dated.\n")
    root = make_edition(tmp_path, raw={"book.txt": listing})
    assert run(root, "tei", "--no-validate").exit_code == 0
    (report,) = json.loads((root / "output" / "report.json").read_text())["files"]
    undated = [(p["line"], p["message"]) for p in report["problems"] if "date" in p["message"]]
    assert [line for line, _ in undated] == [4] and undated[0][1].startswith("no date")
