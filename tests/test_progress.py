"""Progress and the terminal report: a count and the time left on a terminal, silence in
pipes; a summary by default, every detail with -v, errors and totals with -q."""

from __future__ import annotations

import io

from click.testing import CliRunner

from pipeline import progress as progress_mod
from pipeline.cli import main
from pipeline.progress import progress

from conftest import make_edition


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_silent_when_not_a_terminal():
    stream = io.StringIO()
    assert list(progress(range(500), "encoding", stream=stream, delay=0)) == list(range(500))
    assert stream.getvalue() == ""


def test_progress_on_a_terminal_counts_and_estimates_then_clears_its_line(monkeypatch):
    stream = Terminal()
    clock = iter(range(0, 10_000))
    monkeypatch.setattr(progress_mod.time, "monotonic", lambda: next(clock))  # a second per item
    assert list(progress(range(10), "encoding", stream=stream)) == list(range(10))
    shown = stream.getvalue()
    assert "encoding  3/10  30%  about 7 s left" in shown  # three done in three seconds, seven to go
    assert shown.endswith("\r\x1b[K")  # the line is gone when the work is done


def test_quick_work_shows_nothing_even_on_a_terminal():
    stream = Terminal()
    list(progress(range(100), "encoding", stream=stream))  # well under a second
    assert stream.getvalue() == ""


def test_quiet_silences_progress_on_a_terminal():
    stream = Terminal()
    progress_mod.quiet(True)
    try:
        list(progress(range(10), "encoding", stream=stream, delay=0))
    finally:
        progress_mod.quiet(False)
    assert stream.getvalue() == ""


# A listing of 30 entries, 25 of them with a separator line after them and a line in their
# summary that looks like an entry of its own; a line of page text before the first.
NOISY = "Some Page\n\n" + "\n".join(
    f"May {i % 28 + 1}, 1951\nLetter, Anna Weber to Jean Martin, parcel {i}\nWeber writes.\n"
    + (f"From Paul Aubert to Jean Martin, {i % 28 + 1} June 1951\n-----\n" if i < 25 else "")
    for i in range(30))


def invoke(root, *args):
    return CliRunner().invoke(main, ["--edition", str(root), *args], catch_exceptions=False)


def test_the_report_sums_up_and_v_lists_every_detail(tmp_path):
    root = make_edition(tmp_path, {"n.txt": NOISY}, authorities=False)
    out = invoke(root, "tei", "--no-validate").output
    assert ("30 entries, 30 documents (utf-8, blocks layout); 26 lines not used (25 of them page boilerplate or "
            "separators, not listed here: -v lists them); 25 possible entries\n") in out
    assert out.count("looks like an entry but was not read (") == 20  # the first 20 of 25
    assert "  … and 5 more (see output/report.json, or -v)" in out
    assert "n.txt:1: not an entry (page text before the first entry): Some Page" in out
    assert "not an entry (separator)" not in out  # counted, not listed
    assert "written tei/letters/" not in out and "TEI files: 31 written (30 letters, 1 register)" in out
    assert "details: output/report.json" in out
    assert "\r" not in out  # no progress in a pipe
    verbose = invoke(root, "-v", "tei", "--no-validate", "--force").output
    assert verbose.count("looks like an entry but was not read (") == 25
    assert verbose.count("not an entry (separator)") == 25 and "… and" not in verbose
    assert invoke(root, "tei", "--no-validate", "--force", "-v").output == verbose  # -v after the command too
    quiet = invoke(root, "tei", "--no-validate", "--force", "-q").output
    assert quiet.splitlines() == ["30 entries read; 25 lines look like entries but were not read",
                                  "TEI files: 30 unchanged"]
    (root / "tei" / "letters" / "letter_1951-05-01_anna-weber_jean-martin_parcel-0.xml").unlink()
    assert "written tei/letters/letter_1951-05-01_anna-weber_jean-martin_parcel-0.xml" in \
        invoke(root, "-v", "tei", "--no-validate").output  # -v names each file written


def test_strict_names_the_first_lines_not_understood_and_v_names_all(tmp_path):
    root = make_edition(tmp_path, {"n.txt": NOISY}, authorities=False)
    result = invoke(root, "tei", "--no-validate", "--strict")
    assert result.exit_code == 1 and "--strict: 26 line(s)" in result.output
    assert "understood:\n  n.txt:6: looks like an entry but was not read" in result.output
    assert "\n  … and 6 more (see output/report.json, or -v)" in result.output
    result = invoke(root, "-v", "tei", "--no-validate", "--strict")
    assert result.exit_code == 1 and "… and" not in result.output.split("--strict")[1]


def test_quiet_names_placeholders_in_one_line(tmp_path):
    root = make_edition(tmp_path, {"n.txt": NOISY}, authorities=False)
    toml = root / "edition.toml"
    toml.write_text(toml.read_text().replace('editor = "', 'editor = "" # was "', 1))
    loud = invoke(root, "cmif").output
    found = sum(1 for line in loud.splitlines() if line.startswith("  ") and "edition.toml:" in line)
    assert "editor is empty" in loud and found >= 1
    quiet = invoke(root, "-q", "cmif").output
    assert f"still holds {found} placeholder setting(s)" in quiet and "editor is empty" not in quiet


def test_reading_a_listing_shows_each_of_its_long_steps(tmp_path, monkeypatch):
    """Reading 100,000 entries takes half a minute: its lines, the layouts tried, the lines
    that look like entries and the titles each show their count on a terminal."""
    from pipeline.edition import read_records
    from pipeline.report import Report

    terminal = Terminal()
    clock = iter(range(0, 1_000_000))
    monkeypatch.setattr(progress_mod.time, "monotonic", lambda: next(clock))  # a second per step
    monkeypatch.setattr("sys.stderr", terminal)
    monkeypatch.setattr(progress_mod, "_quiet", False)  # (a run with -q before in this process)
    (tmp_path / "noisy.txt").write_text(NOISY, encoding="utf-8")
    records = read_records([tmp_path / "noisy.txt"], Report())
    assert len(records) == 30
    shown = terminal.getvalue()
    lines = len(NOISY.splitlines())
    for step in (f"reading noisy.txt: lines  3/{lines}", "reading noisy.txt: which layout  3/",
                 "reading noisy.txt: lines that look like entries  3/30", "reading noisy.txt: titles  3/30"):
        assert step in shown


def test_one_long_step_of_another_process_shows_its_time_and_what_is_left_then_clears(monkeypatch):
    import concurrent.futures
    import threading

    monkeypatch.setattr(progress_mod, "_quiet", False)  # (a run with -q before in this process)
    release = threading.Event()
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        stream = Terminal()
        future = pool.submit(lambda: release.wait(5) and 42)
        threading.Timer(0.5, release.set).start()
        assert progress_mod.wait_for(future, "html: the network", 30.0, stream=stream, delay=0) == 42
    shown = stream.getvalue()
    assert "html: the network  about 30 s left" in shown and shown.endswith("\r\x1b[K")
    done = concurrent.futures.Future()
    done.set_result(7)
    stream = io.StringIO()  # not a terminal: nothing shown
    assert progress_mod.wait_for(done, "html: the index", 3.0, stream=stream, delay=0) == 7
    assert stream.getvalue() == ""


def test_the_writer_a_heading_names_is_a_notice_not_a_problem(tmp_path):
    """"The Letters of X" tells the run who wrote the "To Y" entries: the summary counts it as a
    notice (a new user took "1 problem" for something wrong)."""
    text = "THE LETTERS OF HARRIET VANE\n\nI. To Mary Jones. Bath, 3 May 1850 ........ 1\nII. To the Same. Bath, 9 May 1850 ........ 4\n"
    root = make_edition(tmp_path, {"v.txt": text}, authorities=False)
    out = invoke(root, "tei", "--no-validate").output
    summary = next(line for line in out.splitlines() if line.startswith("v.txt: "))
    assert "1 notice" in summary and "problem" not in summary


def test_the_count_of_letters_is_of_those_in_tei_not_of_those_removed(tmp_path):
    """"7 removed, …, 7 written (42 letters, …)" counted the removed letters as if there."""
    root = make_edition(tmp_path, {"n.txt": NOISY}, authorities=False)
    invoke(root, "tei", "--no-validate")
    listing = root / "raw" / "n.txt"
    listing.write_text(NOISY.replace("May 2, 1951\nLetter, Anna Weber to Jean Martin, parcel 29\nWeber writes.\n",
                                     "May 2, 1951\nLetter, Karl Brandt to Jean Martin\nBrandt writes.\n"), encoding="utf-8")
    out = invoke(root, "tei", "--no-validate").output
    assert "TEI files: 1 removed, 29 unchanged, 1 updated, 1 written (30 letters, 1 register)" in out
