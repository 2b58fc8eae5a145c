"""`corresp rename`: the name an editor gives a letter corresp made.

A letter's file name and xml:id come from its entry (type, date, parties). When an editor
corrects the date in the TEI, the name no longer says it; renamed by hand, the file is
unknown to corresp, and the next run writes the entry's letter again under the old name: the
letter would be published twice. This renames the file and its xml:id together and records
the new name in the manifest for the entry (store.RENAMED_FROM): later runs keep it. Done
after a hand rename, it keeps the editor's file (if it is that entry's letter) and removes
the one corresp wrote again, when that holds no edit of the editor's.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from lxml import etree

from . import store as st
from .encode import MAX_ID, words_digest
from .tei import NS, PARSER, XML_ID

# An xml:id (an NCName: no colon, no leading digit) that is also a plain file name.
ID = re.compile(r"[^\W\d][\w.-]*")
# The HTML edition's own pages: a letter's page of that name would take their place.
PAGES = {"index", "network", "persons", "places", "orgs"}


class RenameError(Exception):
    """The rename cannot be done as asked; the message says what to do."""


def letter_id(given: str) -> str:
    """The id of a letter given as an id or as its file (tei/letters/ID.xml)."""
    return Path(given).stem if given.endswith(".xml") else given


def entry_key(identity: dict) -> tuple[str | None, str | None, str | None]:
    """What tells an entry's letter from another's (listing file, title, date as written)
    in an entry's identity (encode.Record.identity), as entry_words gives it of a letter."""
    return identity.get("source"), identity.get("title"), identity.get("date")


def entry_words(data: bytes) -> tuple[str, str, str] | None:
    """The entry_key of the entry a letter says it was made from (its sourceDesc: note
    type="input", title type="entry", date); None when it says none."""
    try:
        root = etree.fromstring(data, PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None
    bibl = root.find("tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:bibl", NS)
    note = bibl.find("tei:note[@type='input']", NS) if bibl is not None else None
    if note is None:
        return None
    source = " ".join("".join(note.itertext()).split()).rsplit(", line", 1)[0]
    title, date = (words_digest(bibl.xpath(f"string({path})", namespaces=NS))
                   for path in ("tei:title[@type='entry']", "tei:date"))
    return source, title, date


def rename(store: st.Store, old: str, new: str) -> list[str]:
    """Rename the letter ``old`` to ``new`` (file and xml:id) in ``store``'s letters and
    record it; returns what was done, for the editor. The manifest's journal learns the new
    name first; then the new file is written, then the old one goes. Killed before the new
    file is there, the next run keeps the letter where it was; after, it keeps the new one
    and removes the old, the same bytes but for the id (settle). Run again,
    it finishes."""
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
    identity = store.entries.get(old)
    if identity is None:
        if new in store.entries and new_path.exists() and not old_path.exists():
            return _finish(new_path, old, new, shown_new)  # renamed already (perhaps cut short)
        if not old_path.exists():
            raise RenameError(f"{shown_old}: no such letter (name it by its id: its file name without .xml)")
        raise RenameError(f"{shown_old}: no entry of the listing made this letter (or no run has recorded it). "
                          "corresp renames only letters it made; rename a letter of your own as you like "
                          "(its file and its xml:id alike)")
    other = store.entries.get(new)
    if other is not None and new not in store.renames:  # (in a journal not folded: this rename, cut short)
        raise RenameError(f"{shown_new} is the letter of another entry: choose another name")
    had_old, had_new = old_path.exists(), new_path.exists()
    if not (had_old or had_new):
        raise RenameError(f"neither {shown_old} nor {shown_new} exists: run `corresp tei` to write the letter, "
                          "then rename it")

    ours = had_old and store.ours(old_path)
    if had_new:  # renamed by hand (the run after may have written the old one again), or cut short
        data = new_path.read_bytes()
        if other is None and entry_words(data) != entry_key(identity):
            raise RenameError(f"{shown_new} exists and is not the letter of {shown_old}'s entry (its note "
                              "type=\"input\", title type=\"entry\" and date name another): choose another name")
        from_old = with_id(old_path.read_bytes(), old, new, shown_old) if had_old else None
        if had_old and not ours and data != from_old:
            raise RenameError(f"{shown_old} and {shown_new} both hold edits of yours: carry what you want "
                              f"to keep into {shown_new}, delete {shown_old}, then run this again")
        renamed = with_id(data, old, new, shown_new)
        # corresp's bytes only where they are those of its letter, renamed (a rename cut short)
        store.rename(old_path, new_path, st.sha256(renamed) if ours and renamed == from_old else None)
        if renamed != data:
            st.write_atomic(new_path, renamed)
        if had_old:
            old_path.unlink()
        kept = "it holds no edit of yours" if ours else f"{shown_new} holds the same"
        done = [f"removed {shown_old}: {kept}; {shown_new} is the letter now" if had_old
                else f"{shown_new} is the letter now"]
    else:
        data = old_path.read_bytes()
        renamed = with_id(data, old, new, shown_old)
        store.rename(old_path, new_path, st.sha256(renamed) if ours else None)
        mode = old_path.stat().st_mode & 0o7777
        st.write_atomic(new_path, renamed)
        os.chmod(new_path, mode)
        old_path.unlink()
        done = [f"renamed {shown_old} → {shown_new}"]
    store.forget(old_path, old)
    store.save()
    return done + _said(renamed, data, new, shown_new) + [
        "later runs keep this name for the letter of its entry" + (f" ({identity['source']})" if identity.get("source")
                                                                  else "")
        + "; run `corresp build` to update the outputs"]


def _finish(path: Path, old: str, new: str, shown: str) -> list[str]:
    """The letter renamed already: its xml:id too, unless that is set otherwise."""
    data = path.read_bytes()
    renamed = with_id(data, old, new, shown)
    if renamed != data:
        st.write_atomic(path, renamed)
    return [f"{shown}: renamed already"] + _said(renamed, data, new, shown)


def _said(renamed: bytes, data: bytes, new: str, shown: str) -> list[str]:
    if renamed != data:
        return [f"set xml:id=\"{new}\" in {shown}"]
    identity = etree.fromstring(renamed, PARSER).get(XML_ID)
    if identity != new:
        return [f"{shown} has xml:id=\"{identity}\": set xml:id=\"{new}\" (links and the outputs take the id "
                "as the file's name)"]
    return []


def settle(store: st.Store) -> list[str]:
    """Finish or undo a `corresp rename` killed midway (its name in a journal not folded
    yet: Store.renames), before ids are given. Its new file not written, the rename did not
    happen: the new name is forgotten. Written, it did: the old name's file goes when it is
    the new one but for its id, and the old name when its file is gone. The old names are
    those of the same letter: the same entry's words, the same id corresp gave. Returns what
    it removed, for the run report."""
    letters, done = store.root / "letters", []
    for new in sorted(store.renames & store.entries.keys()):
        identity = store.entries[new]
        original = identity.get(st.RENAMED_FROM, new)
        others = [i for i, other in store.entries.items() if i != new and other.get("fingerprint")
                  == identity.get("fingerprint") and other.get(st.RENAMED_FROM, i) == original]
        if not (letters / f"{new}.xml").exists():
            if any((letters / f"{i}.xml").exists() for i in others):
                store.entries.pop(new)  # (Store.save keeps no identity of a letter that is not there)
            continue
        for old in others:
            path = letters / f"{old}.xml"
            if not path.exists():
                store.entries.pop(old)
            elif _renamed_copy(path, letters / f"{new}.xml"):
                path.unlink()
                store.forget(path, old)
                done.append(f"tei/letters/{old}.xml removed: renamed to {new}.xml by a `corresp rename` cut "
                            "short (the same letter but for its id)")
    return done


def _renamed_copy(path: Path, renamed: Path) -> bool:
    """Is ``renamed`` the letter ``path`` with nothing but its new id? Then removing ``path``
    loses nothing."""
    try:
        return renamed.read_bytes() == with_id(path.read_bytes(), path.stem, renamed.stem, path.name)
    except (OSError, RenameError):
        return False


_ROOT_TAG = re.compile(rb"<(?:[\w.-]+:)?TEI(?=[\s/>])")
_START_TAG = re.compile(rb"<[^>]*>")


def with_id(data: bytes, old: str, new: str, shown: str) -> bytes:
    """``data`` with its root's xml:id ``new`` where it is ``old``, the rest byte for byte;
    otherwise as it is."""
    try:
        tree = etree.ElementTree(etree.fromstring(data, PARSER))
    except (etree.XMLSyntaxError, ValueError) as err:
        raise RenameError(f"{shown}: not well-formed XML ({err}); mend it, then run this again") from None
    root = tree.getroot()
    if root.get(XML_ID) != old:
        return data
    encoding = (tree.docinfo.encoding or "UTF-8").upper()
    if encoding.replace("-", "").startswith(("UTF16", "UTF32", "UCS")):
        raise RenameError(f"{shown} is written in {encoding}, which corresp does not edit in place: set "
                          f"xml:id=\"{new}\" by hand, rename the file to {new}.xml, then run this again")
    try:
        old_bytes, new_bytes = old.encode(encoding), new.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        raise RenameError(f"{shown} is written in {encoding}, which cannot hold the name {new!r}: choose "
                          "another name, or change the file's encoding") from None
    # the root's start tag: the last one opening before the end of the line lxml names (it
    # gives the line a start tag ends on)
    end = len(b"\n".join(data.split(b"\n", root.sourceline or 1)[:root.sourceline or 1]))
    opening = None
    for found in _ROOT_TAG.finditer(data, 0, end):
        opening = found
    tag = _START_TAG.match(data, opening.start()) if opening else None
    if tag is not None:
        attribute = re.compile(rb"(\sxml:id\s*=\s*)([\"'])" + re.escape(old_bytes) + rb"\2")
        changed, count = attribute.subn(lambda m: m.group(1) + m.group(2) + new_bytes + m.group(2), tag.group(0),
                                        count=1)
        result = data[:tag.start()] + changed + data[tag.end():]
        if count and etree.fromstring(result, PARSER).get(XML_ID) == new:
            return result
    raise RenameError(f"{shown}: its xml:id could not be found where its root element starts; set "
                      f"xml:id=\"{new}\" by hand, rename the file to {new}.xml, then run this again")
