"""What a ``corresp tei`` run depends on, so that the next run redoes only what changed.

Two levels, both kept in ``tei/.corresp-cache.json``:

the run
    a digest of everything the stage reads: corresp's code, the settings that shape the TEI
    (writer, vocabulary, layouts, the table reader's delimiter and edition, the input
    patterns), ``--format``, every listing, the authority file and the gazetteers; and the
    registers as the last run left them. When nothing of it changed, no journal shows an
    interrupted run since, every letter the last run made is still there and the manifest
    and the run report are the ones it wrote, there is nothing to do: ``corresp tei`` says
    so without reading a listing. A letter edited by hand does not count (it is kept anyway);
    a deleted one does (the run makes it again).
each letter
    a digest of what its TEI is made of: its entry and title as read, its id, the @ref of
    each name, the names and dates found in its text (``encode.LetterPlan``), corresp's
    code. A letter whose digest is the one recorded, in a file that still holds the bytes
    built from it, is not built again; what the run report needs from it (the names its
    text leaves unmarked) is kept beside the digest.
each letter's plan
    looking up its names in the registers and finding names in its summary is most of the
    cost of a letter not built again (an entry appended to 100,000). A plan is a function of
    the record and of the registers as planning finds them, so a letter planned while
    planning had changed nothing in the registers keeps the key of its record and of that
    state of the registers (``plan_key``). In a run that starts from the same state, its plan
    is not made again as long as no planning has changed the registers: its digest and the
    names its text leaves unmarked as ambiguous are the ones kept.

The file has two lines: the run and the files' stamps first, then the letters' digests, read
only when a run reads the listings (after an edited letter, 100,000 of them took half a
second to read for nothing).

Files are recognised by size, modification time and inode, and hashed where these differ
(a file changed in the last two seconds is always hashed: its time may not show a change
made within the same tick). The cache is kept beside the manifest, not in it: it depends on
the machine (times) and on corresp's code, while the committed manifest of an edition must
not. Deleting it costs time, never correctness; so does damaging it. It is written whole
(temporary file and rename) after the manifest, and names the manifest it belongs to: a run
killed at any moment leaves a journal, an older manifest or an older cache, and each of
these makes the next run do the work.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import itertools
import json
import os
import time
from pathlib import Path
from stat import S_ISDIR

from . import store as st
from . import tabular
from .register import KINDS

CACHE = ".corresp-cache.json"
VERSION = 2
_RECENT_NS = 2_000_000_000


@functools.cache
def code_digest() -> str:
    """corresp's own code: any change to it may change the TEI it writes."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def record_text(record) -> str:
    """What one letter's TEI takes from its record: its id, its entry and title as read, its
    table row, its listing's collection and language. repr of the dataclasses: every field,
    nothing of identity."""
    listing = record.listing
    return repr((record.id, record.entry, record.title, record.table, listing.collection, listing.description,
                 listing.language))


def letter_digest(base: str, text: str, plan) -> str:
    """What one letter's TEI is made of (see the module docstring): ``text``, its record
    (record_text), and its plan; ``base``: the code and the settings every letter shares."""
    return hashlib.sha256(repr((base, sorted(plan.refs.items()), plan.texts)).encode() + b"\0"
                          + text.encode()).hexdigest()[:32]


def plan_key(base: str, state: str, text: str) -> str:
    """A record (record_text) planned in a state of the registers (names.Resolver.state):
    the same key, the same plan (see the module docstring)."""
    return hashlib.sha256(f"{base}\0{state}\0".encode() + text.encode()).hexdigest()[:32]


def _stamp(stat: os.stat_result) -> list[int] | None:
    """What recognises a file without reading it; None while its time may still change unseen."""
    if time.time_ns() - stat.st_mtime_ns < _RECENT_NS:
        return None
    return [stat.st_size, stat.st_mtime_ns, stat.st_ino]


class Cache:
    """``tei/.corresp-cache.json``: the last run's digest, file stamps, and per-letter digests."""

    def __init__(self, tei_dir: Path):
        self.tei_dir = tei_dir
        self.path = tei_dir / CACHE
        try:
            head, _, self._body = self.path.read_bytes().partition(b"\n")
            data = json.loads(head)
            if not isinstance(data, dict) or data.get("version") != VERSION:
                data, self._body = {}, b""
        except (OSError, ValueError):
            data, self._body = {}, b""  # none yet, or damaged: the run does everything and writes a new one
        self.run: dict | None = data.get("run") if isinstance(data.get("run"), dict) else None
        self.files: dict[str, list] = data.get("files") if isinstance(data.get("files"), dict) else {}
        self._letters: dict[str, list] | None = None
        self._noted = False  # a file's stamp noted since (see save_stamps)

    @property
    def letters(self) -> dict[str, list]:
        """Each letter's digest, SHA-256, stamp and candidates (read when first asked for)."""
        if self._letters is None:
            try:
                data = json.loads(self._body) if self._body.strip() else {}
            except ValueError:
                data = {}
            self._letters = data.get("letters") if isinstance(data, dict) and isinstance(data.get("letters"), dict) else {}
            self._body = b""
        return self._letters

    @letters.setter
    def letters(self, value: dict[str, list]) -> None:
        self._letters, self._body = value, b""

    # -- files ---------------------------------------------------------------------------------

    def sha(self, path: Path) -> str | None:
        """The SHA-256 of a file's bytes (None: no such file), hashed only when its stamp changed."""
        key = str(path)
        try:
            stat = os.stat(path)
        except (FileNotFoundError, NotADirectoryError):
            self.files.pop(key, None)
            return None
        known = self.files.get(key)
        stamp = _stamp(stat)
        if known and stamp and known[0] == stamp:
            return known[1]
        digest = st.sha256(path.read_bytes())  # read after the stat: a later change shows in the time
        self.files[key] = [stamp, digest]
        self._noted = self._noted or stamp is not None
        return digest

    def save_stamps(self) -> None:
        """Keep the stamps noted since the cache was read, when a run has nothing else to save
        (nothing changed): the manifest a run just wrote is hashed once more by the next, and
        not by every later one (35 MB at 100,000 letters, ~0.06 s)."""
        if self._noted and self._letters is None and self.path.is_file():
            head = {"version": VERSION, "run": self.run, "files": self.files}
            st.write_atomic(self.path, json.dumps(head, separators=(",", ":"), sort_keys=True).encode() + b"\n" + self._body)
            self._noted = False

    # -- the run -------------------------------------------------------------------------------

    def unchanged(self, sources: str, settings) -> list[str] | None:
        """The letters of the last run when nothing it depends on changed since; else None.
        (The manifest is not read: its bytes are the last run's, or the run is not skipped.)"""
        run = self.run
        if not run or run.get("sources") != sources or st.journals(self.tei_dir):
            return None
        if self.sha(self.tei_dir / st.MANIFEST) != run.get("manifest"):
            return None  # the manifest is not the one the last run wrote (restored, or a later run's)
        if any(self.sha(path) != run.get("registers", {}).get(name) for name, path in _registers(settings)):
            return None
        if self.sha(settings.output_dir / "report.json") != run.get("report"):
            return None
        letters = settings.tei_dir / "letters"
        try:
            names = sorted(os.listdir(letters))
            beside = [*os.listdir(settings.tei_dir / "register"), *os.listdir(settings.tei_dir)]
        except FileNotFoundError:
            return None
        # (sorted, the names that start with a dot come before any letter's: only those are looked at)
        if any(name.endswith(".tmp") and name.startswith(".") for name in
               [*beside, *itertools.takewhile(lambda name: name[:1] <= ".", names)]):
            return None  # what an interrupted run left: the run removes it
        xml = [name for name in names if name.endswith(".xml")]
        if _names_digest(xml) != run.get("letters"):
            return None  # a letter was deleted (make it again), or one added that the report should name
        folder = f"{letters}{os.sep}"  # strings: 100,000 Path objects take a second
        others = set(run.get("others", ()))
        return [f"{folder}{name}" for name in xml if name not in others]

    def finish(self, sources: str | None, store: st.Store, report_sha: str, summary: dict,
               others: list[str], registers: dict[str, str | None] | None) -> None:
        """Record the run that just ended; ``sources`` None: a run the next one must not skip.
        ``others``: the letters in tei/letters no entry made (an editor's own), by file name;
        ``registers``: the SHA-256 of each register as the run read or wrote it, by file name
        (not as it is now: one changed since is read by the next run)."""
        self.run = None if sources is None else {
            "sources": sources,
            "registers": registers,
            "manifest": store.manifest_sha,
            # the files tei/letters holds after this run: its letters' (as the manifest saved
            # them) and the editor's own
            "letters": _names_digest(sorted({f"{letter_id}.xml" for letter_id in store.saved_entries()} | set(others))),
            "report": report_sha,
            "summary": summary,
            "others": sorted(others),
        }
        self.files = {key: value for key, value in self.files.items() if Path(key).exists()}

    # -- letters -------------------------------------------------------------------------------

    def built(self, letter_id: str, path: Path, digest: str) -> tuple[str, list] | None:
        """(SHA-256, candidates) of a letter whose file holds what ``digest`` builds; else None."""
        known = self.letters.get(letter_id)
        if not _entry(known) or known[0] != digest:
            return None
        try:
            stat = os.stat(path)
        except FileNotFoundError:
            return None
        if known[2] != [stat.st_size, stat.st_mtime_ns, stat.st_ino]:
            if st.sha256(path.read_bytes()) != known[1]:
                return None  # edited by hand, or written by an interrupted run
            known[2] = [stat.st_size, stat.st_mtime_ns, stat.st_ino]
        return known[1], known[3]

    def planned(self, letter_id: str, key: str) -> tuple[str, list] | None:
        """(digest, ambiguous names met) of the letter's last plan if it was made under ``key``
        (plan_key); else None."""
        known = self.letters.get(letter_id)
        if isinstance(known, list) and len(known) == 6 and known[4] == key and _pairs(known[5]):  # (built checks the rest)
            return known[0], known[5]
        return None

    def keep_plan(self, letter_id: str, key: str, ambiguous: list) -> None:
        """The letter's plan was made under ``key``, its file holds what its digest builds."""
        known = self.letters.get(letter_id)
        if known:
            known[4:] = [key, ambiguous]

    def wrote(self, letter_id: str, path: Path, digest: str, sha: str, candidates: list) -> None:
        """The letter's file now holds the bytes (``sha``) built from ``digest``."""
        stat = os.stat(path)
        self.letters[letter_id] = [digest, sha, [stat.st_size, stat.st_mtime_ns, stat.st_ino], candidates]

    def forget(self, letter_id: str) -> None:
        self.letters.pop(letter_id, None)

    def keep_only(self, letter_ids) -> None:
        self.letters = {i: self.letters[i] for i in letter_ids if i in self.letters}

    def save(self) -> None:
        head = {"version": VERSION, "run": self.run, "files": self.files}
        body = json.dumps({"letters": self.letters}, separators=(",", ":"), sort_keys=True).encode()
        # (in pieces: the body of 100,000 letters is not copied once more to be put after the head)
        st.write_atomic(self.path, [json.dumps(head, separators=(",", ":"), sort_keys=True).encode() + b"\n", body, b"\n"])


def _pairs(value) -> bool:
    """A list of (name, "file:line") as the cache keeps them."""
    return isinstance(value, list) and all(isinstance(item, list) and len(item) == 2 and
                                           all(isinstance(part, str) for part in item) for item in value)


def _entry(known) -> bool:
    """A letter's entry of the cache as a run writes it: [digest, SHA-256, stamp, candidates,
    (plan key, ambiguous names)]. One damaged by hand is not (the letter is built again)."""
    return isinstance(known, list) and len(known) in (4, 6) and all(isinstance(v, str) for v in known[:2]) \
        and isinstance(known[2], list) and _pairs(known[3])


def _names_digest(names: list[str]) -> str:
    return hashlib.sha256("\n".join(names).encode("utf-8", "surrogateescape")).hexdigest()


def _registers(settings) -> list[tuple[str, Path]]:
    folder = settings.tei_dir / "register"
    return [(spec[0], folder / spec[0]) for spec in KINDS.values()]


def sources_digest(settings, layout: str, cache: Cache, processing: bool) -> str:
    """Everything a tei run reads except the registers (see the module docstring)."""
    values = settings.values
    params = settings.params()
    root = settings.root

    def shown(path: Path) -> str:
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            return str(path)

    listings = settings.raw_files()
    tables = any(tabular.is_table(path) for path in listings)
    parts = {
        "code": code_digest(),
        "settings": {"writer": values["edition"].get("writer"), "day_first": values["edition"].get("day_first", False),
                     "layout": values.get("layout"),
                     "vocabulary": settings.vocabulary(), "delimiter": settings.delimiter,
                     "input": values.get("input"),
                     # a table of letters recognises its own edition's rows by title and address
                     "edition": [params["title"], params["base_url"]] if tables else None},
        "format": layout,
        "processing": processing,
        "listings": [[shown(path), cache.sha(path)] for path in listings],
        "known": [[name, cache.sha(root / name)] for _, name in settings._known()],
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def build_signature(settings, strict: bool, inputs: str | None = None) -> str:
    """What a whole `corresp build` depends on, by names, sizes and times (and corresp's code
    and resources by content): when it equals the last successful build's, every stage
    would find nothing to do. ``inputs``: ``build_inputs`` as they were when the build read
    them (a letter saved while the outputs were made then counts as a change)."""
    out = settings.output_dir
    # The HTML folder is updated in place; a page deleted by hand changes the time of its folder.
    html = out / "html"
    parts = [inputs or build_inputs(settings, strict), _stat(out / "letters.csv"), _stat(out / "cmif.xml"),
             _stat(out / "report.json"), *html_stamps(html, out / ".cache" / "html-folders")]
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()


def html_stamps(html: Path, noted: Path) -> list:
    """The stamps of the HTML folder and of its sub-folders (persons/, tei/, …): a page added
    or removed in one changes it (see build_signature and publish.Publisher._few_pages)."""
    return [_stat(html), _html_folders(html, noted)]


def _html_folders(html: Path, noted: Path) -> list | None:
    """The stamps of the HTML folder's sub-folders (persons/, tei/, …). Which they are is
    noted (in ``noted``) with the folder's own stamp: while that is the same, or while its
    links say that no folder came or went (_only_folders), they are not looked for again
    among 100,000 pages (~0.1 s)."""
    stamp = _stat(html)
    with contextlib.suppress(OSError, ValueError, TypeError, KeyError):
        data = json.loads(noted.read_text("utf-8"))
        if data["html"] == stamp or _only_folders(html, data["folders"]):
            return sorted(_stat(html / name) for name in data["folders"])
    try:
        with os.scandir(html) as entries:
            names = sorted(entry.name for entry in entries if entry.is_dir(follow_symlinks=False))
    except OSError:
        return None
    if _stat(html) == stamp:  # (not noted while the folder changes)
        with contextlib.suppress(OSError):
            st.write_atomic(noted, json.dumps({"html": stamp, "folders": names}).encode("utf-8"))
    return sorted(_stat(html / name) for name in names)


def _only_folders(folder: Path, names: list[str]) -> bool:
    """Whether the folders ``names`` are all the sub-folders of ``folder``, told without a
    look at its files (100,000 pages: 0.08 s, at each of the three looks of a build that
    changed a page): each is a folder, and there are as many as the folder's link count
    says (one for each sub-folder's "..", and two), on a file system known to count so."""
    info = os.stat(folder)
    return info.st_nlink == len(names) + 2 and _counts_sub_folders(info.st_dev) and \
        all(S_ISDIR(os.lstat(folder / name).st_mode) for name in names)


#: File systems whose folders count their sub-folders in their links. Others say 1 (btrfs,
#: overlayfs, NTFS), or a number kept by this machine alone (SMB without Unix extensions,
#: some FUSE file systems): a folder made elsewhere would go unseen.
_COUNTING = frozenset({"ext2", "ext3", "ext4", "xfs", "tmpfs", "zfs"})


@functools.cache
def _counts_sub_folders(device: int) -> bool:
    """Whether the file system of ``device`` is one of _COUNTING, as Linux says in
    /proc/self/mountinfo ("id parent major:minor root point options … - type source …");
    elsewhere, no."""
    wanted = f"{os.major(device)}:{os.minor(device)}"
    with contextlib.suppress(OSError):
        with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as mounts:
            for line in mounts:
                fields, _, rest = line.partition(" - ")
                if fields.split(" ")[2:3] == [wanted] and rest:
                    return rest.split(" ", 1)[0] in _COUNTING
    return False


#: What Emacs names the lock file it keeps beside a file open for editing (.#name.xml: a
#: link to nothing, user@host.pid:time). It is no letter; any other link to nothing is.
LOCK_PREFIX = ".#"


def build_inputs(settings, strict: bool, looked: dict | None = None) -> str:
    """The part of ``build_signature`` that the build reads: listings, settings, TEI, code.
    Reading ~100,000 file times takes well under a second. ``looked`` gets the letter files
    as they were looked at (for publish.steady: the same look serves the outputs)."""
    from .resources import SCHEMAS, XSLT

    root = settings.root
    parts: list = [code_digest(), _resources_digest(XSLT, SCHEMAS), strict]
    parts += [_stat(root / "edition.toml"), [_stat(p) for p in settings.raw_files()],
              [_stat(p) for p in settings.known_files()],
              _folder(root / "xslt", True), _folder(root / "schemas", True),
              _folder(settings.tei_dir / "letters", looked=looked), _folder(settings.tei_dir / "register")]
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()


def _stat(path: Path | str) -> list:
    try:
        info = os.stat(path)
    except OSError:
        return [str(path), None]
    return [str(path), info.st_size, info.st_mtime_ns, info.st_ino]


def _folder(path: Path, recursive: bool = False, looked: dict | None = None) -> list:
    """``looked``: gets the .xml files (name, path, size, time) by the folder's real path."""
    if not path.is_dir():
        return [str(path), None]
    if recursive:
        return [_stat(path), sorted(_stat(p) for p in path.rglob("*") if not p.name.startswith("."))]
    digest = hashlib.sha256()  # of 100,000 letters: a digest, not a list to serialise
    seen = []  # (name, size, time, inode, a file?): no DirEntry kept for 100,000 files
    with os.scandir(path) as entries:
        for entry in entries:
            name = entry.name
            hidden = name.startswith(".")  # not in the stamp; publish.scan takes a .x.xml, so its look does
            if hidden and (looked is None or not name.endswith(".xml")):
                continue
            if name.startswith(LOCK_PREFIX):  # an editor's lock file: a link to nothing, the link itself
                info = entry.stat(follow_symlinks=False)
            else:
                info = entry.stat()
            seen.append((name, info.st_size, info.st_mtime_ns, info.st_ino, entry.is_file()))
    seen.sort()
    digest.update("".join(f"{name}\0{size}\0{mtime}\0{inode}\n" for name, size, mtime, inode, _ in seen
                          if not name.startswith(".")).encode())
    if looked is not None:  # as publish.scan lists them
        folder = os.fspath(path) + os.sep
        looked[os.path.realpath(path)] = [(name, folder + name, size, mtime) for name, size, mtime, _, is_file in seen
                                          if is_file and name.endswith(".xml")]
    return [_stat(path), digest.hexdigest()]


@functools.lru_cache(maxsize=4)
def _resources_digest(*folders: Path) -> str:
    digest = hashlib.sha256()
    for top in folders:
        for path in sorted(p for p in top.rglob("*") if p.is_file()):
            digest.update(path.relative_to(top).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()
