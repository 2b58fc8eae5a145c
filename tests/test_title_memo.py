"""Titles remembered across runs (pipeline/title_memo.py): a listing read again gives the
same titles without reading them again, and the file can never make corresp read wrong."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import titles as titles_mod
from pipeline.cli import main
from pipeline.read import parse_listing
from pipeline.title_memo import FILE, TitleMemo, decode, encode
from pipeline.titles import SHAPES, parse_title, titles_for

from conftest import ROOT, make_edition

LISTINGS = sorted((ROOT / "tests" / "listings").glob("*.txt"))
EXAMPLES = [title for shape in SHAPES for title, _ in shape.examples]


@pytest.mark.parametrize("text", EXAMPLES)
def test_a_title_comes_back_from_its_json_as_it_was_read(text):
    title = parse_title(text, "Harriet Vane")
    again = decode(encode(title))
    assert again == title and repr(again) == repr(title)  # tuples stay tuples: repr is in the digests


@pytest.mark.parametrize("text", ['{"T": ["x"]}', '{"X": []}', '[1]', '"text"', '{"N": ["A", null, "person", null, true, false, null, false]}'])
def test_json_of_anything_but_a_whole_title_is_refused(text):
    with pytest.raises(ValueError):
        decode(text)


def _counting(monkeypatch) -> list[str]:
    read: list[str] = []
    real = titles_mod.parse_title

    def counted(text, writer=None):
        read.append(text)
        return real(text, writer)
    monkeypatch.setattr(titles_mod, "parse_title", counted)
    return read


def _read_twice(tmp_path: Path, entries, writer=None, context="c1", second_context=None):
    first = TitleMemo(tmp_path / FILE, context)
    before = titles_for(entries, writer, memo=first)
    first.close()
    second = TitleMemo(tmp_path / FILE, second_context or context)
    after = titles_for(entries, writer, memo=second)
    second.close()
    return before, after


@pytest.mark.parametrize("path", LISTINGS, ids=lambda p: p.name)
def test_every_listing_family_reads_the_same_titles_from_the_memo(tmp_path, monkeypatch, path):
    listing = parse_listing(path.read_text("utf-8"), path.name)
    plain = titles_for(listing.entries, listing.writer)
    read = _counting(monkeypatch)
    before, after = _read_twice(tmp_path, listing.entries, listing.writer)
    assert repr(before) == repr(after) == repr(plain)  # "the Same" resolved as without it
    assert len(read) >= len(listing.entries) // 2  # the first run read them
    del read[:]
    _read_twice(tmp_path, listing.entries, listing.writer)
    assert read == []  # and no run after it


def test_another_context_or_writer_reads_the_titles_again(tmp_path, monkeypatch):
    listing = parse_listing("1. To Mary Jones, May 3, 1850 . . 4\n2. To Paul Henry, May 4, 1850 . . 6\n", "l.txt")
    texts = [e.title for e in listing.entries]
    read = _counting(monkeypatch)
    _read_twice(tmp_path, listing.entries, "Harriet Vane")
    del read[:]
    _, after = _read_twice(tmp_path, listing.entries, "Edwin Marlowe")  # another writer: other titles
    assert read == texts
    assert [n.written for n in after[0].senders] == ["Edwin Marlowe"]
    del read[:]
    _read_twice(tmp_path, listing.entries, "Edwin Marlowe", context="c1", second_context="c2")  # code or vocabulary changed
    assert read == texts  # (the first run found them under c1; the second, under c2, read them)


def test_a_damaged_or_altered_memo_is_read_as_none(tmp_path, monkeypatch):
    listing = parse_listing("3 May 1850\nLetter, Mary Jones to Paul Henry\n", "l.txt")
    _read_twice(tmp_path, listing.entries)
    with sqlite3.connect(tmp_path / FILE) as db:  # a title altered into something else
        db.execute("""update titles set title = '{"N": ["Somebody", null, "person", null, true, false, null, false]}'""")
    db.close()
    read = _counting(monkeypatch)
    _, after = _read_twice(tmp_path, listing.entries)
    assert read == ["Letter, Mary Jones to Paul Henry"]  # read again once, then kept right
    assert [n.written for n in after[0].senders] == ["Mary Jones"]
    (tmp_path / FILE).write_bytes(b"not a database at all" * 100)
    del read[:]
    before, after = _read_twice(tmp_path, listing.entries)
    assert read == ["Letter, Mary Jones to Paul Henry"] and repr(before) == repr(after)


def test_titles_no_entry_has_any_more_are_let_go(tmp_path):
    many = parse_listing("".join(f"{n % 28 + 1} May 1850\nLetter, Mary Jones to Paul Henry {n}\n\n"
                                 for n in range(1200)), "l.txt")
    assert len({e.title for e in many.entries}) == 1200
    memo = TitleMemo(tmp_path / FILE, "c1")
    titles_for(many.entries, memo=memo)
    memo.close()
    few = parse_listing("3 May 1850\nLetter, Mary Jones to Paul Henry\n", "l.txt")
    _read_twice(tmp_path, few.entries)
    with sqlite3.connect(tmp_path / FILE) as db:
        assert db.execute("select count(*) from titles").fetchone() == (1,)
    db.close()


def test_a_run_with_the_memo_writes_the_letters_it_writes_without(tmp_path):
    root = make_edition(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["--edition", str(root), "tei", "-q"]).exit_code == 0
    assert (root / "tei" / FILE).is_file()
    first = {p.name: p.read_bytes() for p in (root / "tei").rglob("*.xml")}
    assert runner.invoke(main, ["--edition", str(root), "tei", "-q", "--force"]).exit_code == 0
    assert {p.name: p.read_bytes() for p in (root / "tei").rglob("*.xml")} == first
    (root / "tei" / FILE).unlink()
    assert runner.invoke(main, ["--edition", str(root), "tei", "-q", "--force"]).exit_code == 0
    assert {p.name: p.read_bytes() for p in (root / "tei").rglob("*.xml")} == first


def _rows(path: Path) -> list[tuple[bytes, str]]:
    with sqlite3.connect(path) as db:
        rows = db.execute("select key, title from titles order by key").fetchall()
    db.close()
    return rows


def _set(path: Path, key: bytes, title: str) -> None:
    with sqlite3.connect(path) as db:
        db.execute("update titles set title = ? where key = ?", (title, key))
    db.close()


def test_rows_moved_or_changed_by_hand_are_read_as_none(tmp_path):
    listing = parse_listing("1. To Mary Jones, May 3, 1850 . . 4\n2. To Paul Henry, May 4, 1850 . . 6\n", "l.txt")
    plain = repr(titles_for(listing.entries, "Harriet Vane"))
    _read_twice(tmp_path, listing.entries, "Harriet Vane")
    (k1, t1), (k2, t2) = _rows(tmp_path / FILE)
    _set(tmp_path / FILE, k1, t2)  # another entry's title under this key
    _set(tmp_path / FILE, k2, t2.replace('"person"', '"x"').replace('[{"N"', '["xyz", {"N"', 1))  # a field changed
    _, after = _read_twice(tmp_path, listing.entries, "Harriet Vane")
    assert repr(after) == plain  # each read again, right


def test_a_memo_that_is_a_link_is_not_followed(tmp_path):
    target = tmp_path / "elsewhere.pth"
    (tmp_path / "tei").mkdir()
    (tmp_path / "tei" / FILE).symlink_to(target)
    listing = parse_listing("1. To Mary Jones, May 3, 1850 . . 4\n", "l.txt")
    before, after = _read_twice(tmp_path / "tei", listing.entries)
    assert repr(before) == repr(after) and not target.exists()


@pytest.mark.parametrize("field, value", [(4, 5), (4, ["xyz"]), (0, None), (12, "1850"), (15, [1])])
def test_a_title_of_the_wrong_kinds_is_refused(field, value):
    """A row with a digest recomputed by hand still cannot make a run fail far from here."""
    import json

    plain = json.loads(encode(parse_title("Letter, Mary Jones to Paul Henry, 3 May 1850")))
    plain["T"][field] = value
    with pytest.raises(ValueError):
        decode(json.dumps(plain))
