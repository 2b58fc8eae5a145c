"""Titles read by an earlier run, kept by their text (``tei/.corresp-titles.sqlite``).

An entry corrected in or appended to a listing of 100,000 makes corresp read the listing
again, and reading every title took ~11 s of it. ``parse_title`` depends on the title's
text, the edition's writer, its vocabulary and corresp's code alone, so a title read once is
read again from here (a tenth of the time) while those are the same. The file is a cache:
delete it at any time; a damaged one is read as empty and written anew.

The titles are kept as JSON of their dataclasses' fields, never pickled: a file in an
edition's folder must not be able to run code. Only Title, Name and DateValue are made from
it, and only with the fields they have, each of its kind; each row carries a digest of its
key and title, so that a row changed by hand or moved is read as none. A symbolic link is
not followed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import operator
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from .dates import DateValue
from .titles import Name, Title

FILE = ".corresp-titles.sqlite"
_KINDS: dict[str, type] = {"T": Title, "N": Name, "D": DateValue}
_GET = {kind: (tag, operator.attrgetter(*(f.name for f in dataclasses.fields(kind)))) for tag, kind in _KINDS.items()}
_SHARED: dict[str, str] = {}
_BATCH = 500  # keys looked up in one query (SQLite allows 999 parameters)
_FLUSH = 2000  # titles read anew held before they are written (memory stays flat)


def encode(title: Title) -> str:
    """``title`` as JSON: each dataclass as {tag: [its fields in order]}, a tuple as {"t": [...]}.
    TypeError for a value of any other kind (such a title is not kept)."""
    return json.dumps(_plain(title), ensure_ascii=False, separators=(",", ":"))


def decode(text: str) -> Title:
    """The Title ``encode`` wrote; ValueError for anything else."""
    title = json.loads(text, object_hook=_build)
    if not isinstance(title, Title):
        raise ValueError("not a title")
    return title


def _plain(value):
    kind = type(value)
    if value is None or kind is str or kind is bool:
        return value
    known = _GET.get(kind)
    if known is not None:
        return {known[0]: [item if item is None or type(item) is str else _plain(item) for item in known[1](value)]}
    if kind is list:
        return [_plain(item) for item in value]
    if kind is tuple:
        return {"t": [_plain(item) for item in value]}
    raise TypeError(f"a title holds a {kind.__name__}")


# What each field of the three may hold, by its annotation: a row holding anything else is
# no title corresp wrote (it would fail far from here, in the middle of a run).
_HOLDS: dict[str, Callable[[object], bool]] = {
    "str": lambda v: type(v) is str,
    "str | None": lambda v: v is None or type(v) is str,
    "bool": lambda v: type(v) is bool,
    "list[str]": lambda v: type(v) is list and all(type(i) is str for i in v),
    "list[Name]": lambda v: type(v) is list and all(type(i) is Name for i in v),
    "list['Title']": lambda v: type(v) is list and all(type(i) is Title for i in v),
    "DateValue | None": lambda v: v is None or type(v) is DateValue,
    "tuple[str, ...]": lambda v: type(v) is tuple and all(type(i) is str for i in v),
}
_TYPES = {tag: [_HOLDS[str(f.type)] for f in dataclasses.fields(kind)] for tag, kind in _KINDS.items()}


def _build(obj: dict):
    if len(obj) == 1:
        (tag, values), = obj.items()
        if tag == "t" and isinstance(values, list):
            return tuple(values)
        if tag in _KINDS and isinstance(values, list) and len(values) == len(_TYPES[tag]) \
                and all(holds(v) for holds, v in zip(_TYPES[tag], values)):
            # one object for each short string ("person", "letter", a first name): reading
            # makes as few as parse_title does (100,000 titles held ~40 MB more without)
            return _KINDS[tag](*[_SHARED.setdefault(v, v) if type(v) is str and len(v) <= 16 else v
                                 for v in values])
    raise ValueError("not a title")


_CHECK = 16


def _check(key: bytes, written: str) -> str:
    """What a row begins with: a digest of its key and title, so that a row changed by hand
    or copied to another key is read as none (it would give another entry's title)."""
    return hashlib.sha256(key + written.encode("utf-8", "surrogateescape")).hexdigest()[:_CHECK]


def _key(text: str, writer: str | None) -> bytes:
    return hashlib.sha256(f"{writer or ''}\0{text}".encode("utf-8", "surrogateescape")).digest()[:16]


class TitleMemo:
    """The titles of ``path`` read in ``context`` (a digest of corresp's code and the edition's
    vocabulary: another context empties it). Use ``parse`` in place of parse_title, ``want``
    the titles about to be read (one query for many), then ``close``, which keeps the titles
    read anew and lets go of those no entry has any more."""

    def __init__(self, path: Path, context: str):
        self.path, self.context = path, context
        self._known: dict[bytes, str] = {}
        self._new: list[tuple[bytes, str]] = []
        self._used: set[bytes] = set()
        self._asked: set[bytes] = set()  # (the keys of the last ``want``: those it did not find are not kept)
        self.db = self._open()

    def _open(self) -> sqlite3.Connection | None:
        for attempt in range(2):
            db = None
            if self.path.is_symlink():  # (a link would make corresp write where it points)
                break
            try:
                db = sqlite3.connect(self.path)
                with contextlib.suppress(sqlite3.DatabaseError):
                    db.execute("pragma trusted_schema = off")  # (nothing in the file runs but our SQL)
                db.execute("create table if not exists titles (key blob primary key, title text) without rowid")
                db.execute("create table if not exists meta (name text primary key, value text)")
                row = db.execute("select value from meta where name = 'context'").fetchone()
                if row is None or row[0] != self.context:
                    with db:
                        db.execute("delete from titles")
                        db.execute("insert or replace into meta values ('context', ?)", (self.context,))
                return db
            except sqlite3.DatabaseError as err:  # damaged: made anew, once
                if db is not None:
                    db.close()
                if attempt or not any(words in str(err) for words in ("not a database", "malformed")):
                    break  # (a folder that cannot be written, a disk full: as without it)
                try:
                    self.path.unlink(missing_ok=True)
                except OSError:
                    break
            except OSError:
                break
        return None  # (the folder cannot hold it: titles are read as before)

    def want(self, keys: Iterable[tuple[str, str | None]]) -> None:
        """Look up the titles of (text, writer) ``keys`` at once, for ``parse`` (in place of
        those looked up before)."""
        if self.db is None:
            return
        self._known.clear()
        wanted = list({_key(text, writer) for text, writer in keys})
        self._asked = set(wanted)
        try:
            for at in range(0, len(wanted), _BATCH):
                chunk = wanted[at:at + _BATCH]
                self._known.update(self.db.execute(
                    f"select key, title from titles where key in ({','.join('?' * len(chunk))})", chunk))
        except sqlite3.DatabaseError:
            self._known.clear()

    def parse(self, text: str, writer: str | None, parse_title: Callable[[str, str | None], Title]) -> Title:
        """The title of ``text`` as parse_title reads it: from the memo when it holds it."""
        if self.db is None:
            return parse_title(text, writer)
        key = _key(text, writer)
        self._used.add(key)
        kept = self._known.get(key)
        if kept is None and key not in self._asked:
            try:
                row = self.db.execute("select title from titles where key = ?", (key,)).fetchone()
            except sqlite3.DatabaseError:
                row = None
            kept = row[0] if row else None
        if kept is not None and kept[:_CHECK] == _check(key, kept[_CHECK:]):
            try:
                title = decode(kept[_CHECK:])
            except Exception:  # noqa: BLE001 - (damaged however it is: read again, and kept anew)
                title = None
            if title is not None and title.text == text:
                title.text = text  # (the entry's string, not a copy)
                return title
        title = parse_title(text, writer)
        try:
            written = encode(title)
        except TypeError:
            return title
        self._new.append((key, _check(key, written) + written))
        if len(self._new) >= _FLUSH:
            self._write()
        return title

    def _write(self) -> None:
        if not self._new:
            return
        try:
            self._new.sort()  # (in key order: SQLite's tree takes them several times faster)
            self.db.executemany("insert or replace into titles values (?, ?)", self._new)
        except sqlite3.DatabaseError:
            pass
        self._new.clear()

    def close(self, keep: bool = True) -> None:
        """Keep the titles read anew (unless not ``keep``); let go of the others when they are
        most of the file."""
        if self.db is None:
            return
        try:
            if not keep:
                self.db.rollback()
                return
            self._write()
            (count,), = self.db.execute("select count(*) from titles")
            if count > 2 * len(self._used) + 1000:
                self.db.execute("create temp table used (key blob primary key) without rowid")
                self.db.executemany("insert into used values (?)", ((k,) for k in self._used))
                self.db.execute("delete from titles where key not in (select key from used)")
            self.db.commit()
        except sqlite3.DatabaseError:
            pass
        finally:
            self.db.close()
            self.db = None
            self._known.clear()
