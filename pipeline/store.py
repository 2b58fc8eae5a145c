"""Writing TEI files without destroying an editor's work.

Every file corresp writes has its SHA-256 recorded in ``tei/.corresp-manifest.json``.
A file whose bytes no longer match what we wrote was edited by hand: it is kept. Files
are written atomically (temporary file + rename), so an interrupted run leaves either the
old or the new file, never half of one.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

MANIFEST = ".corresp-manifest.json"

WRITTEN, UPDATED, UNCHANGED, KEPT, FORCED = "written", "updated", "unchanged", "kept", "regenerated"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class Store:
    """The TEI directory and what corresp last wrote into it."""

    def __init__(self, root: Path):
        self.root = root
        self.manifest_path = root / MANIFEST
        try:
            data = json.loads(self.manifest_path.read_text("utf-8"))
        except (OSError, ValueError):
            data = {}
        # files: what corresp last wrote (path → SHA-256); entries: which listing entry each
        # letter was made from (path → fingerprint), so ids survive insertions.
        self.hashes: dict[str, str] = dict(data.get("files", {}))
        self.entries: dict[str, str] = dict(data.get("entries", {}))
        self._saved = self._state()

    def key(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    def edited(self, path: Path) -> bool:
        """True when the file exists and differs from what corresp last wrote there."""
        if not path.exists():
            return False
        return self.hashes.get(self.key(path)) != sha256(path.read_bytes())

    def write(self, path: Path, data: bytes, force: bool = False) -> str:
        """Write unless that would destroy a hand edit; returns what happened."""
        key = self.key(path)
        if not path.exists():
            write_atomic(path, data)
            self.hashes[key] = sha256(data)
            return WRITTEN
        current = path.read_bytes()
        if current == data:
            self.hashes[key] = sha256(data)
            return UNCHANGED
        if self.hashes.get(key) == sha256(current):
            write_atomic(path, data)
            self.hashes[key] = sha256(data)
            return UPDATED
        if force:
            write_atomic(path, data)
            self.hashes[key] = sha256(data)
            return FORCED
        return KEPT

    def accept(self, path: Path) -> None:
        """Record a file's current bytes as ours (a register we merged into)."""
        self.hashes[self.key(path)] = sha256(path.read_bytes())

    def _state(self) -> dict[str, dict[str, str]]:
        return {"files": dict(sorted(self.hashes.items())), "entries": dict(sorted(self.entries.items()))}

    def save(self) -> None:
        if self._state() != self._saved:
            write_atomic(self.manifest_path, json.dumps(self._state(), indent=1).encode() + b"\n")
            self._saved = self._state()
