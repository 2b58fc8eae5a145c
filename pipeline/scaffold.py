"""``corresp init``: a new, empty edition from the templates in ``pipeline/templates``.

Nothing of the sample edition goes into it: its settings are the template's (with a fresh
CMIF ``bibl_id``), its authority file and gazetteer have headers only.
"""

from __future__ import annotations

import datetime
import uuid
from pathlib import Path

from .register import slug
from .resources import TEMPLATES
from .settings import FILE

# template file → where it goes in the edition
FILES = {
    "edition.toml": FILE,
    "authorities.csv": "raw/authorities.csv",
    "gazetteer.csv": "raw/gazetteer.csv",
    "gitignore": ".gitignore",
}


class ScaffoldError(Exception):
    """The edition cannot be created (one exists there already, or the folder is not writable)."""


def bibl_id() -> str:
    """A fresh UUID that is also an xml:id (so it must start with a letter)."""
    while True:
        value = str(uuid.uuid4())
        if value[0].isalpha():
            return value


def _toml_string(text: str) -> str:
    """Text for inside a TOML basic string."""
    return text.replace("\\", "\\\\").replace('"', '\\"')


def create(target: Path, title: str | None = None, today: datetime.date | None = None) -> tuple[list[Path], list[Path]]:
    """Create the edition in ``target``; returns (files written, files that existed and were kept).

    Never overwrites: an existing edition.toml is an error, any other existing file is kept.
    """
    target = Path(target)
    if (target / FILE).exists():
        raise ScaffoldError(f"{target / FILE}: an edition already exists here; corresp init never "
                            "overwrites one (edit that file, or choose another folder)")
    name = target.resolve().name
    title = title or " ".join(word.capitalize() for word in name.replace("_", " ").replace("-", " ").split())
    values = {"{title}": _toml_string(title or "Letters"), "{slug}": slug(name or "edition"),
              "{bibl_id}": bibl_id(), "{date}": (today or datetime.date.today()).isoformat()}
    written, kept = [], []
    try:
        for template, destination in FILES.items():
            path = target / destination
            if path.exists():
                kept.append(path)
                continue
            text = (TEMPLATES / template).read_text("utf-8")
            for key, value in values.items():
                text = text.replace(key, value)
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "x", encoding="utf-8") as handle:  # "x": never over a file made meanwhile
                handle.write(text)
            written.append(path)
    except OSError as err:
        raise ScaffoldError(f"{err.filename or target}: cannot create the edition there ({err.strerror})") from None
    return written, kept
