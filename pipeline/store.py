"""Writing TEI files without destroying an editor's work, also when a run is killed.

Every file corresp writes has its SHA-256 recorded in ``tei/.corresp-manifest.json``. A
file whose bytes match no hash we wrote was edited by hand: it is kept.

Crashes: before a file is replaced, the hash it is about to get is appended to the journal
``tei/.corresp-journal`` (one JSON object a line, flushed at once); ``save`` folds the
journal into the manifest at the end of a run and removes it. A run killed at any moment
therefore leaves a journal that names every file it may have written, and the next run
still recognises them as corresp's: nothing the aborted run wrote looks hand-edited.
Letters built in worker processes (pipeline/pool.py) are written by a ``Writer`` under the
same rules, each process with a journal of its own (``tei/.corresp-journal.<pid>``), which
the next Store replays like the run's own and ``save`` removes with it.

Files are written atomically (temporary file + rename) with the permissions a newly
created file gets under the user's umask (or the mode the replaced file had), so a run
leaves either the old or the new file, never half of one.

Concurrent runs: ``edition_lock`` lets one corresp at a time change an edition; a second
one waits and says so.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
from collections.abc import Iterable
from pathlib import Path

MANIFEST = ".corresp-manifest.json"
JOURNAL = ".corresp-journal"
LOCK = ".corresp.lock"

RETIRED = "retired"  # tei/retired/: letters no entry makes any more, and versions --force replaced
RENAMED_FROM = "renamed_from"  # in an entry's identity: the id corresp gave, before the editor's (rename)
# … and that the letter held the editor's edits then: what corresp writes under the new name is
# not known until the next run makes it (Store.adopt)
RENAMED_EDITED = "renamed_edited"

WRITTEN, UPDATED, UNCHANGED, KEPT, FORCED = "written", "updated", "unchanged", "kept", "regenerated"
# kept too, but what this run would write is what corresp wrote there before: nothing to carry over
EDITED = "edited by hand"


def write_unless_edited(path: Path, key: str, data: bytes, known, force: bool, log) -> tuple[str, str]:
    """(what happened, the SHA-256 of ``data``): write unless that would destroy a hand edit
    (the file's bytes match none of the ``known`` hashes corresp wrote there). ``log(item)``
    journals the hash before the file is replaced. Unchanged bytes are not journalled: no
    file is replaced (the caller records them, ``Store.confirm``)."""
    digest = sha256(data)
    try:
        current = path.read_bytes()
    except FileNotFoundError:
        outcome = WRITTEN
    else:
        if current == data:
            return UNCHANGED, digest
        if sha256(current) in known:
            outcome = UPDATED
        elif force:
            outcome = FORCED
            keep_retired(path, current)  # the edit stays the editor's, beside the letters
        else:
            return (EDITED if digest in known else KEPT), digest
    log({"file": key, "sha": digest})
    write_atomic(path, data)
    return outcome, digest


def _plain(identity: dict) -> dict:
    """An entry's identity without what a rename adds to it."""
    return {k: v for k, v in identity.items() if k not in (RENAMED_FROM, RENAMED_EDITED)}


def _retired_names(path: Path):
    """The names a letter may have in tei/retired/: its own, then name~2, name~3 … ("~" is
    in no id, so no other letter's copy can take them)."""
    yield path.name
    for n in itertools.count(2):
        yield f"{path.stem}~{n}{path.suffix}"


def retired_path(path: Path) -> Path:
    """Where a letter of tei/letters/ goes in tei/retired/: the first of its names there not
    taken (an edit retired before is never overwritten)."""
    folder = path.parent.parent / RETIRED
    return next(folder / name for name in _retired_names(path) if not (folder / name).exists())


def latest_retired(path: Path) -> Path | None:
    """The copy of a letter kept last in tei/retired/ (names are taken in order)."""
    folder, last = path.parent.parent / RETIRED, None
    for name in _retired_names(path):
        if not (folder / name).exists():
            return last
        last = folder / name
    return last


def keep_retired(path: Path, data: bytes) -> Path:
    """A copy of a hand-edited letter (``data``) that --force is about to replace, in
    tei/retired/, whole before the letter is replaced, under a name no other copy has: it
    is written aside and then linked in, which fails rather than replace a file there (two
    workers of a run may keep copies at once)."""
    folder = path.parent.parent / RETIRED
    folder.mkdir(exist_ok=True)
    aside = folder / f".{path.name[:100]}.{os.getpid()}.{next(_temporary)}.kept.tmp"
    write_atomic(aside, data)
    try:
        for name in _retired_names(path):
            try:
                os.link(aside, folder / name)
                return folder / name
            except FileExistsError:
                continue
            except OSError:  # a file system without hard links: created only if it is not there
                try:
                    with open(folder / name, "xb") as handle:
                        handle.write(data)
                        handle.flush()
                        os.fsync(handle.fileno())
                    return folder / name
                except FileExistsError:
                    continue
    finally:
        aside.unlink(missing_ok=True)
    raise AssertionError("unreachable")


class StoreError(Exception):
    """The manifest cannot be trusted: corresp must not guess which files are hand-edited."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _json_chunks(value, digest) -> Iterable[bytes]:
    """The bytes of json.dumps(value, indent=1, sort_keys=True) and a line break, a megabyte
    at a time, each added to ``digest``: the manifest of 100,000 letters made whole, and the
    list of its pieces before that, took ~170 MB at the end of the tei stage."""
    parts, size = [], 0
    for piece in json.JSONEncoder(indent=1, sort_keys=True).iterencode(value):
        parts.append(piece)
        size += len(piece)
        if size >= 1 << 20:
            chunk = "".join(parts).encode()
            digest.update(chunk)
            yield chunk
            parts, size = [], 0
    chunk = ("".join(parts) + "\n").encode()
    digest.update(chunk)
    yield chunk


_temporary = itertools.count()


def write_atomic(path: Path, data: bytes | Iterable[bytes | memoryview]) -> None:
    """Write ``data`` (bytes, or its chunks in order) to ``path`` whole or not at all, with
    the usual permissions: those the replaced file had, else those the user's umask gives a
    new file."""
    try:
        mode = os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        mode = None
    while True:
        # ".<name>.<pid>.<n>.tmp": unique to this process; remove_leftovers finds what a crash left
        tmp = path.parent / f".{path.name[:100]}.{os.getpid()}.{next(_temporary)}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
        except FileExistsError:
            continue  # left by an earlier process with this number
        except FileNotFoundError:
            path.parent.mkdir(parents=True, exist_ok=True)
            continue
        break
    try:
        try:
            with open(fd, "wb", buffering=1 << 20, closefd=False) as handle:
                if isinstance(data, (bytes, bytearray, memoryview)):
                    handle.write(data)
                else:
                    handle.writelines(data)
            if mode is not None:
                os.fchmod(fd, mode)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def remove_leftovers(directory: Path) -> None:
    """Temporary files of an earlier, interrupted run (``.<name>.<random>.tmp``)."""
    if directory.is_dir():
        for tmp in directory.glob(".*.tmp"):
            tmp.unlink(missing_ok=True)


_held: dict[Path, int] = {}


#: Set by a run holding the lock for a process it starts: the number of the lock file's
#: descriptor it passes on (the child holds the lock through it, even if the parent dies).
HELD_BY_PARENT = "CORRESP_LOCK_FD"
_fds: dict[Path, int] = {}


def lock_fd(root: Path) -> int | None:
    """The descriptor of the edition's lock this process holds (to pass to a child), or None."""
    return _fds.get(Path(root).resolve())


def _inherited(key: Path, value: str) -> bool:
    """Whether descriptor ``value`` is this edition's lock file and holds its lock: taking it
    again on the same open file cannot block unless another process holds the lock."""
    import fcntl

    try:
        fd = int(value)
        mine, lock = os.fstat(fd), os.stat(key / "tei" / LOCK)
        if (mine.st_dev, mine.st_ino) != (lock.st_dev, lock.st_ino):
            return False
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except (ValueError, OSError):
        return False


@contextlib.contextmanager
def edition_lock(root: Path, say=None):
    """Hold the edition's lock (``tei/.corresp.lock``) while changing it.

    Re-entrant within the process (``build`` runs the other stages). Where the platform
    has no ``fcntl`` (Windows), runs unlocked.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    key = Path(root).resolve()
    if key not in _held and _inherited(key, os.environ.get(HELD_BY_PARENT, "")):
        _held[key] = 1  # a stage `build` runs in a process of its own: the lock is the build's
        try:
            yield
        finally:
            del _held[key]  # not unlocked: the open file is the build's too
        return
    if key in _held:
        _held[key] += 1
        try:
            yield
        finally:
            _held[key] -= 1
        return
    folder = key / "tei"
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / LOCK, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "?"
            if say:
                say(f"waiting for another corresp run on this edition (process {holder}) to finish…")
            fcntl.flock(handle, fcntl.LOCK_EX)
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        _held[key] = 1
        _fds[key] = handle.fileno()
        try:
            yield
        finally:
            del _held[key], _fds[key]
            fcntl.flock(handle, fcntl.LOCK_UN)


def journals(root: Path) -> list[Path]:
    """The journals in the TEI directory ``root``: of a run (or its worker processes) that
    did not end, or of one running now."""
    found = sorted(root.glob(f"{JOURNAL}.*")) if root.is_dir() else []
    return [root / JOURNAL, *found] if (root / JOURNAL).exists() else found


class Store:
    """The TEI directory and what corresp wrote into it (manifest + journal)."""

    def __init__(self, root: Path):
        self.root = root
        self.manifest_path = root / MANIFEST
        self.journal_path = root / JOURNAL
        data = self._read_manifest()
        # files: path → the hashes corresp wrote there (the last one last); entries: letter id
        # → what identifies the listing entry it was made from (see encode.assign_ids).
        self.hashes: dict[str, list[str]] = {k: [v] for k, v in data.get("files", {}).items()}
        self.entries: dict[str, dict] = {Path(k).stem if k.endswith(".xml") else k: _entry(v)
                                         for k, v in data.get("entries", {}).items()}
        # path → the hash of what this run wrote there or found corresp's bytes in
        self._current: dict[str, str] = {}
        self.interrupted = bool(self.journals())  # an earlier run was cut short
        # letter ids a `corresp rename` recorded in a journal not folded yet: a rename cut short
        self.renames: set[str] = set()
        self._replay_journal()
        self._saved = None if self.interrupted else data
        self._journal = None

    # -- reading -------------------------------------------------------------------------

    def _read_manifest(self) -> dict:
        self.manifest_sha: str | None = None  # of the manifest's bytes, for the run cache (incremental.py)
        try:
            raw = self.manifest_path.read_bytes()
        except FileNotFoundError:
            return {}
        self.manifest_sha = sha256(raw)
        text = raw.decode("utf-8", errors="replace")
        way_out = (f"restore it (e.g. `git checkout -- {self.manifest_path.name}` in tei/), or delete it: "
                   "corresp then keeps every existing letter as if edited by hand, and "
                   "`corresp tei --force` regenerates them")
        try:
            data = json.loads(text)
        except ValueError as err:
            raise StoreError(f"{self.manifest_path}: damaged ({err}); corresp cannot tell your edits from its "
                             f"own files without it: {way_out}") from None
        files, entries = (data.get("files", {}), data.get("entries", {})) if isinstance(data, dict) else (None, None)
        if not (isinstance(files, dict) and all(isinstance(v, str) and len(v) == 64 for v in files.values())
                and isinstance(entries, dict) and all(isinstance(v, (str, dict)) for v in entries.values())):
            raise StoreError(f"{self.manifest_path}: not a corresp manifest; {way_out}")
        return data

    def journals(self) -> list[Path]:
        """The run's journal and those of its worker processes (``Writer``), if any."""
        return journals(self.root)

    def _replay_journal(self) -> None:
        """What an interrupted run wrote (or was about to write)."""
        for path in self.journals():
            self._replay(path)

    def _replay(self, path: Path) -> None:
        try:
            lines = path.read_text("utf-8").split("\n")
        except FileNotFoundError:
            return
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                if "file" in item:
                    self._remember(item["file"], item["sha"])
                else:
                    self.entries[item["entry"]] = _entry(item["identity"])
                    if item.get("rename"):
                        self.renames.add(item["entry"])
                    else:  # a run after the rename gave that id to a letter of its own
                        self.renames.discard(item["entry"])
            except (ValueError, KeyError, TypeError):
                if number >= len(lines) - 1:
                    continue  # the last line, cut short by the crash itself
                raise StoreError(f"{path}:{number}: damaged; delete it to go on "
                                 "(letters the interrupted run wrote will then look edited by hand)") from None

    def _remember(self, key: str, digest: str) -> None:
        known = self.hashes.setdefault(key, [])
        if digest in known:
            known.remove(digest)
        known.append(digest)

    def key(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    def ours(self, path: Path) -> bool:
        """True when corresp wrote this file as it is now (or it does not exist)."""
        if not path.exists():
            return True
        return sha256(path.read_bytes()) in self.hashes.get(self.key(path), ())

    def edited(self, path: Path) -> bool:
        """True when the file exists and differs from everything corresp wrote there."""
        return not self.ours(path)

    # -- writing -------------------------------------------------------------------------

    def _log(self, item: dict) -> None:
        """Append to the journal before the change it announces is made."""
        if self._journal is None:
            self.root.mkdir(parents=True, exist_ok=True)
            self._journal = open(self.journal_path, "a", encoding="utf-8")
        self._journal.write(json.dumps(item, sort_keys=True) + "\n")
        self._journal.flush()

    def _put(self, path: Path, data: bytes) -> None:
        key, digest = self.key(path), sha256(data)
        self._log({"file": key, "sha": digest})
        self._remember(key, digest)
        write_atomic(path, data)
        self._current[key] = digest

    def confirm(self, path: Path, digest: str) -> None:
        """A file that holds corresp's bytes (hash ``digest``) and is left as it is."""
        key = self.key(path)
        if digest not in self.hashes.get(key, ()):
            self._log({"file": key, "sha": digest})
            self._remember(key, digest)
        self._current[key] = digest

    def write(self, path: Path, data: bytes, force: bool = False) -> str:
        """Write unless that would destroy a hand edit; returns what happened."""
        key = self.key(path)
        outcome, digest = write_unless_edited(path, key, data, self.hashes.get(key, ()), force, self._log)
        self.written(path, outcome, digest)
        return outcome

    def written(self, path: Path, outcome: str, digest: str) -> None:
        """Record what ``write_unless_edited`` did, here or in a worker's ``Writer``."""
        if outcome == UNCHANGED:
            self.confirm(path, digest)
        elif outcome not in (KEPT, EDITED):
            key = self.key(path)
            self._remember(key, digest)
            self._current[key] = digest

    def adopt(self, path: Path, digest: str, letter_id: str, identity: dict) -> bool:
        """A letter the editor edited, then renamed: when its entry is as it was at the rename,
        what corresp writes for it now (hash ``digest``) is what it wrote before but for the
        new id; recorded as corresp's there, so that the letter is "edited by hand", not
        "kept" with changes to carry over. True when recorded."""
        before = self.entries.get(letter_id) or {}
        if not before.get(RENAMED_EDITED) or _plain(before) != _plain(identity):
            return False
        self._log({"file": self.key(path), "sha": digest})
        self._remember(self.key(path), digest)
        return True

    def replace(self, path: Path, data: bytes) -> None:
        """Write a file corresp may change even when edited (a merged register, a repointed
        @ref), and record it as corresp's."""
        self._put(path, data)

    def identify(self, letter_id: str, identity: dict) -> None:
        """Record which listing entry made the letter ``letter_id``; a name the editor gave
        the letter (``rename``) stays recorded."""
        if renamed := self.entries.get(letter_id, {}).get(RENAMED_FROM):
            identity = {**identity, RENAMED_FROM: renamed}
        if self.entries.get(letter_id) != identity:
            self._log({"entry": letter_id, "identity": identity})
            self.entries[letter_id] = identity
            self.renames.discard(letter_id)

    def rename(self, old: Path, new: Path, digest: str | None) -> None:
        """The editor's name ``new`` for the letter corresp made as ``old``, recorded before
        the file moves there (``digest``: of the bytes it will hold, when they are corresp's):
        the entry keeps that name in later runs (encode.assign_ids)."""
        if digest:
            self._log({"file": self.key(new), "sha": digest})
            self._remember(self.key(new), digest)
        identity = {**self.entries[old.stem]}
        if identity.setdefault(RENAMED_FROM, old.stem) == new.stem:
            del identity[RENAMED_FROM]  # renamed back: the id corresp gave, as before
        if not digest:
            identity[RENAMED_EDITED] = True
        self._log({"entry": new.stem, "identity": identity, "rename": old.stem})
        self.entries[new.stem] = identity
        self.renames.add(new.stem)

    def forget(self, path: Path, letter_id: str | None = None) -> None:
        """A file corresp no longer keeps (a retired letter)."""
        self.hashes.pop(self.key(path), None)
        self._current.pop(self.key(path), None)
        if letter_id:
            self.entries.pop(letter_id, None)

    def _state(self) -> dict:
        files = {}
        for key, known in self.hashes.items():
            current = self._current.get(key)  # written or checked in this run: no need to read it again
            if current is None:
                try:
                    current = sha256((self.root / key).read_bytes())
                except FileNotFoundError:
                    continue
            files[key] = current if current in known else known[-1]  # an edited file stays edited
        letters = self.root / "letters"
        present = set(os.listdir(letters)) if letters.is_dir() else set()
        entries = {k: v for k, v in self.entries.items() if f"{k}.xml" in present}
        return {"files": dict(sorted(files.items())), "entries": dict(sorted(entries.items()))}

    def saved_entries(self) -> dict[str, dict]:
        """The entries of the manifest as last saved or read (only those whose letter is there:
        ``entries`` may still hold one whose file is gone)."""
        return (self._saved or {}).get("entries", {})

    def close(self) -> None:
        """Let go of the journal (after a failed run it stays, for the next run to read)."""
        if self._journal is not None:
            self._journal.close()
            self._journal = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def save(self) -> None:
        """Fold the journals into the manifest; only then remove them."""
        state = self._state()
        if state != self._saved:
            digest = hashlib.sha256()
            write_atomic(self.manifest_path, _json_chunks(state, digest))
            self._saved, self.manifest_sha = state, digest.hexdigest()
        self.close()
        for journal in self.journals():
            journal.unlink(missing_ok=True)


class Writer:
    """Writes letters for a Store from a worker process (pipeline/pool.py), under the Store's
    rules, journalling each hash in this process's own journal before the file is replaced.
    The Store learns what happened from the caller (``Store.written``), and from the journal
    when the run was killed."""

    def __init__(self, root: Path):
        self.root = root
        self._journal = None

    def _log(self, item: dict) -> None:
        if self._journal is None:
            self.root.mkdir(parents=True, exist_ok=True)
            self._journal = open(self.root / f"{JOURNAL}.{os.getpid()}", "a", encoding="utf-8")
        self._journal.write(json.dumps(item, sort_keys=True) + "\n")
        self._journal.flush()

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None

    def write(self, path: Path, data: bytes, known, force: bool = False) -> tuple[str, str]:
        """(what happened, SHA-256 of ``data``); ``known``: the hashes the Store knows for the path."""
        return write_unless_edited(path, path.relative_to(self.root).as_posix(), data, known, force, self._log)


def _entry(value) -> dict:
    """An entry identity; manifests before the journal stored only the fingerprint."""
    return value if isinstance(value, dict) else {"fingerprint": value}
