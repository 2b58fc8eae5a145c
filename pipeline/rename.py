"""`corresp rename`: the name an editor gives a letter corresp made.

A letter's file name and xml:id come from its entry (type, date, parties). When an editor
corrects the date in the TEI, the name no longer says it; renamed by hand, the file is
unknown to corresp, and the next run writes the entry's letter again under the old name: the
letter would be published twice. This renames the file and its xml:id together and records
the new name in the manifest for the entry (store.RENAMED_FROM): later runs keep it. Done
after a hand rename, it removes the letter corresp wrote again (nothing of the editor's is in
it) and keeps the editor's file.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from . import store as st
from .encode import MAX_ID
from .tei import PARSER, XML_ID

# An xml:id (an NCName: no colon, no leading digit) that is also a plain file name.
ID = re.compile(r"[^\W\d][\w.-]*")
# The HTML edition's own pages: a letter's page of that name would take their place.
PAGES = {"index", "network", "persons", "places", "orgs"}


class RenameError(Exception):
    """The rename cannot be done as asked; the message says what to do."""


def letter_id(given: str) -> str:
    """The id of a letter given as an id or as its file (tei/letters/ID.xml)."""
    return Path(given).stem if given.endswith(".xml") else given


def rename(store: st.Store, old: str, new: str) -> list[str]:
    """Rename the letter ``old`` to ``new`` (file and xml:id) in ``store``'s letters and
    record it; returns what was done, for the editor. Killed midway, it leaves the new file
    unknown to the manifest (the next run keeps both and says to run this again, which then
    finishes) or both recorded (the next run removes the old one, or retires it if edited)."""
    letters = store.root / "letters"
    old_path, new_path = letters / f"{old}.xml", letters / f"{new}.xml"
    shown_old, shown_new = f"tei/letters/{old}.xml", f"tei/letters/{new}.xml"
    if not ID.fullmatch(new) or len(new) > MAX_ID:
        raise RenameError(f"{new!r} cannot be a letter's id and file name: it must start with a letter or _ "
                          f"and hold only letters, digits, '_', '-' and '.' (at most {MAX_ID} characters)")
    if new.lower() in PAGES:
        raise RenameError(f"{new!r} is the name of a page of the HTML edition ({new}.html): choose another")
    if new == old:
        raise RenameError(f"{shown_old} has that name already")
    if old not in store.entries:
        if new in store.entries and new_path.exists() and not old_path.exists():
            return [f"{shown_new}: renamed already; nothing to do"]
        raise RenameError(f"{shown_old}: no entry of the listing made this letter (or no run has recorded it). "
                          "corresp renames only letters it made; rename a letter of your own as you like "
                          "(its file and its xml:id alike)")
    if new in store.entries:
        raise RenameError(f"{shown_new} is the letter of another entry: choose another name")
    if not (old_path.exists() or new_path.exists()):
        raise RenameError(f"neither {shown_old} nor {shown_new} exists: run `corresp tei` to write the letter, "
                          "then rename it")

    had_old, had_new = old_path.exists(), new_path.exists()
    ours = had_old and store.ours(old_path)
    if had_new:  # renamed by hand; the run after may have written the old one again
        data = new_path.read_bytes()
        if had_old:
            from_old = _with_id(old_path.read_bytes(), old, new, shown_old)
            if data != from_old and not ours:
                raise RenameError(f"{shown_old} and {shown_new} both hold edits of yours: carry what you want "
                                  f"to keep into {shown_new}, delete {shown_old}, then run this again")
            ours = ours and data == from_old  # (what a rename killed midway left)
        else:
            ours = False
    else:
        data = old_path.read_bytes()
    renamed = _with_id(data, old, new, shown_new if had_new else shown_old)
    if renamed != data or not had_new:
        mode = (new_path if had_new else old_path).stat().st_mode & 0o7777
        st.write_atomic(new_path, renamed)
        new_path.chmod(mode)
    store.rename(old_path, new_path, st.sha256(renamed) if ours else None)
    if had_old:
        old_path.unlink()
    store.forget(old_path, old)
    store.save()

    if not had_new:
        done = [f"renamed {shown_old} → {shown_new}"]
    elif had_old:
        done = [f"removed {shown_old}: corresp wrote it again, and it holds no edit of yours; "
                f"{shown_new} is the letter now"]
    else:
        done = [f"{shown_new} is the letter now"]
    identity = etree.fromstring(renamed, PARSER).get(XML_ID)
    if renamed != data:
        done.append(f"set xml:id=\"{new}\" in {shown_new}")
    elif identity != new:
        done.append(f"{shown_new} has xml:id=\"{identity}\": set xml:id=\"{new}\" (links and the outputs "
                    "take the id as the file's name)")
    return done + [f"later runs keep this name for the letter of its entry ({store.entries[new].get('source', '')}); "
                   "run `corresp build` to update the outputs"]


_OPENING = re.compile(rb"<(?:[\w.-]+:)?TEI\b[^>]*>")


def _with_id(data: bytes, old: str, new: str, shown: str) -> bytes:
    """``data`` with its root's xml:id ``new`` where it is ``old`` (the rest byte for byte);
    otherwise as it is."""
    try:
        tree = etree.ElementTree(etree.fromstring(data, PARSER))
    except etree.XMLSyntaxError as err:
        raise RenameError(f"{shown}: not well-formed XML ({err}); mend it, then run this again") from None
    root = tree.getroot()
    if root.get(XML_ID) != old:
        return data
    encoding = tree.docinfo.encoding or "UTF-8"
    start = sum(len(line) + 1 for line in data.split(b"\n", (root.sourceline or 1) - 1)[:-1])
    opening = _OPENING.search(data, start)
    attribute = re.compile(rb"(\sxml:id\s*=\s*)([\"'])" + re.escape(old.encode(encoding)) + rb"\2")
    changed = None
    if opening is not None:
        tag, count = attribute.subn(lambda m: m.group(1) + m.group(2) + new.encode(encoding) + m.group(2),
                                    opening.group(0), count=1)
        changed = data[:opening.start()] + tag + data[opening.end():] if count else None
    if changed is None or etree.fromstring(changed, PARSER).get(XML_ID) != new:
        raise RenameError(f"{shown}: could not set its xml:id; set xml:id=\"{new}\" by hand, rename the file "
                          f"to {new}.xml, then run this again")
    return changed
