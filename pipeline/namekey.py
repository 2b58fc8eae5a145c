"""A listing's own key of names: "Dai = David Prytherch, eldest son", "BF   Benjamin Franklin".

Family papers and calendars name their chief correspondents by a nickname or initials and
explain them once, above the entries. The key is the listing's statement of who is meant: it
goes to the registers as a name form of that person (names.Known, with the line it came
from), and its forms are persons in the titles ("Tada & Mam" is two people, "BF" no body).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Collection

from . import doctypes
from .listing import Listing, Unused

if TYPE_CHECKING:
    from .titles import Title

# The form explained: a nickname of up to three words, no digits ("Mam", "Modryb Mari"), then
# "="; or initials ("BF", "W.F.") then "=", ":", a dash or a wide gap (not "Creator: X",
# "Folder A: X", a record's labels).
_FORM = r"[A-ZÀ-Þ][\w'’.]*(?:[ -][A-ZÀ-Þ][\w'’.]*){0,2}"
_INITIALS = r"(?:[A-Z]\.?\s?){2,4}"
KEY_LINE = re.compile(rf"^\s*(?:(?P<form>{_FORM})\s*=|(?P<initials>{_INITIALS})\s*(?:=|:|\s[–—-]\s|\s{{3,}}|\t))\s*(?P<said>\S.*)$")
# Who the form is: the first part of what is said that is a name ("Dai's wife, Jane
# Prytherch (nee Bevan)" is Jane Prytherch); "Evan Prytherch of Pantglas" is Evan Prytherch.
_PARTS = re.compile(r"\s*[,;()]\s*|\s+(?:of|at|in|the|who|was|née|nee|born)\s+")
_ADDRESS = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Rev|Revd|Sir|Lady|Dame|Capt|Col|Prof)\.?\s+)?"
_WORD = r"[A-ZÀ-Þ](?:[a-zà-ÿ'’-][\w'’-]*|\.)"  # ("Gwynne", "O'Neill", "J."; not "NL", "II", "Sign.")
_PERSON = re.compile(rf"^{_ADDRESS}{_WORD}(?:\s+(?:(?:de|van|von|der|da|di|du|la|le)\s+)*{_WORD}){{1,4}}$")

# Words of a body's or a library's name, as lists of location symbols spell them out
_INSTITUTION = re.compile(r"\b(?:Society|Library|Libraries|Museum|Archives?|University|College|Institute|Institution|"
                          r"Historical|National|Public|Record|Office|Company|Collection|Papers|Signed|Autograph|Typed|"
                          r"Manuscript|Letter|Letters|Copy|Draft|Bibliothèque|Bibliothek|Archiv|Biblioteca|Archivo)\b")

#: Key lines and the person each names: the tests read this table.
EXAMPLES = (
    ("  Mam         = Catherine Prytherch (nee Howells), 1821-1897", ("Mam", "Catherine Prytherch")),
    ("  Tada        = Evan Prytherch of Pantglas, 1818-1889", ("Tada", "Evan Prytherch")),
    ("  Jane        = Dai's wife, Jane Prytherch (nee Bevan)", ("Jane", "Jane Prytherch")),
    ("  Modryb Mari = Mary Howells, Mam's sister, at Llanybydder", ("Modryb Mari", "Mary Howells")),
    ("BF   Benjamin Franklin", ("BF", "Benjamin Franklin")),
    ("W.F.: William Franklin, his son, Governor of New Jersey", ("W.F.", "William Franklin")),
    ("JW – John Wesley", ("JW", "John Wesley")),
    ("M.M.\tMarie Mørch, f. Lund (1810–1888), H.C.M.s hustru", ("M.M.", "Marie Mørch")),  # (a tab between)
    ("Note: letters are numbered in the order found", None),
    ("C = Carson", None),  # (one letter, and no full name)
    ("Box 2 = Letters to John Smith", None),
    ("Bl. — Sign. NL Dornbach II,18", None),  # (a shelfmark)
    ("APS   American Philosophical Society", None),  # (a list of location symbols, of abbreviations)
    ("ALS   Autograph Letter Signed", None),
    ("MH    Houghton Library", None),
    ("Creator: Owen Hughes", None),  # (a record's label)
    ("Folder A: John Hughes", None),
    ("HKD - Hugh Kentwell Dacre; MD - Mary Dacre (nee Ormond), his wife", ("HKD", "Hugh Kentwell Dacre")),
)


@dataclass(frozen=True)
class KeyRow:
    line: int
    form: str
    name: str

    @property
    def form_type(self) -> str:
        """Initials are an abbreviation; a nickname ("Mam", "Modryb Mari") a variant of the name."""
        return "abbreviation" if re.fullmatch(_INITIALS, self.form.strip()) else "variant"


def key_line(text: str) -> tuple[str, str] | None:
    """(form, person) of one line of a key, else None."""
    m = KEY_LINE.match(text)
    if m is None:
        return None
    form = (m["form"] or m["initials"]).strip()
    if len(form.replace(".", "")) < 2:
        return None
    from .titles import party_kind  # (titles imports this module)
    for part in _PARTS.split(m["said"]):
        part = part.strip(" .")
        if "'s " in f"{part} " or "’s " in f"{part} " or any(c.isdigit() for c in part):
            continue
        if _PERSON.match(part) and part != form and len(part.split()) > 1 and party_kind(part) == "person" \
                and not doctypes.find(part) and not _INSTITUTION.search(part):
            return form, part  # (not "APS   American Philosophical Society", "ALS   Autograph Letter Signed")
        break  # (the first part that is no possessive says who it is, or the line is no key)
    return None


_SENTENCE_END = re.compile(r"(?<=[a-z]\.)\s+(?=[A-ZÀ-Þ])")


def key_lines(text: str) -> list[tuple[str, str]]:
    """The key lines of one line: itself, or several parted by ";" as a catalogue's introduction
    runs them on ("HKD - Hugh Kentwell Dacre; MD - Mary Dacre (nee Ormond), his wife; GF - …")."""
    if ";" in text:
        # (its first after an introduction's sentence: "… n = letter quoted in a footnote. LV = Letitia Vane; EV = …")
        found = [said for part in text.split(";") if (said := key_line(part.strip()) or key_line(_SENTENCE_END.split(part)[-1]))]
        if len(found) >= 2:
            return found
    said = key_line(text)
    return [said] if said else []


def read_key(listing: Listing) -> None:
    """The key among the lines no entry used: two or more key lines with nothing but blank
    lines between. Each is reported as the key it is (the line stays accounted for)."""
    unused = sorted(listing.unused, key=lambda u: u.line)
    found: list[tuple[Unused, tuple[str, str]]] = []
    run: list[tuple[Unused, tuple[str, str]]] = []
    for item in unused + [Unused(0, "", "")]:
        several = key_lines(item.text) if item.text.strip() else []
        if len(several) >= 2 and len({form for form, _ in several}) == len(several):
            found += [(item, said) for said in several]  # (a key on one line)
            continue
        said = several[0] if several else None
        if said and (not run or item.line - run[-1][0].line <= 2):
            run.append((item, said))
            continue
        if len(run) >= 2 and len({said[0] for _, said in run}) == len(run):  # (a key explains each form once)
            found += run
        run = [(item, said)] if said else []
    if not found:
        return
    keyed: dict[int, list[str]] = {}
    for item, (form, name) in found:
        keyed.setdefault(item.line, []).append(f"{form} is {name}")
    listing.key = [KeyRow(item.line, form, name) for item, (form, name) in found]
    listing.unused = [replace(u, reason=f"a key of names: {'; '.join(keyed[u.line])} (in the register)")
                      if u.line in keyed else u for u in listing.unused]
    _writer_written_out(listing)


def _writer_written_out(listing: Listing) -> None:
    """The edition's writer as a heading abridges them ("Breve til H.C. Mørch") is the person the
    key writes out ("H.C.M.  Hans Christian Mørch"): the same initials and surname. One person,
    known by the key's name, not two register entries."""
    words = (listing.writer or "").split()
    if len(words) < 2 or not re.fullmatch(r"(?:[A-ZÀ-Þ]\.\s?){2,3}", " ".join(words[:-1])):
        return  # (two initials at least: "J. Smith" may be his daughter Jane, whom the key names)
    initials = re.sub(r"[\s.]", "", " ".join(words[:-1]))
    named = {row.name for row in listing.key if row.name.split()[-1] == words[-1]
             and "".join(w[0] for w in row.name.split()[:-1]) == initials}
    if len(named) != 1:
        return
    old, listing.writer = listing.writer, named.pop()
    for entry in listing.entries:
        if entry.fields.get("writer") == old:
            entry.fields["writer"] = listing.writer
    listing.notes.append((listing.key[0].line, f"the edition's writer {old} is {listing.writer}, as the key of names says"))


_JOINED = re.compile(r"\s*(?:&|\band\b|,)\s*")
_PLACE_WORD = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'’-]{2,}")  # (one word after a key's form and a comma: a place)


def apply_key(title: Title, forms: Collection[str]) -> None:
    """Parties the key names are persons, each on its own: "Tada & Mam" is two, "BF" no body,
    and who they are: "Ann (Pantglas)" is no cover name of Ann's, "JH, Philadelphia" no
    Philadelphia JH."""
    from .titles import GIVEN_NAMES  # (the titles import this module)

    for side in ("senders", "recipients"):
        names = []
        for name in getattr(title, side):
            *rest, last = name.written.rsplit(" ", 1)
            if rest and last in forms and f"{last}, {rest[0]}" in title.text:
                # "to JH, Philadelphia": no "Philadelphia JH" (a name turned round), JH at Philadelphia
                name = replace(name, written=last, place=name.place or rest[0])
            parts = [name.written] if name.written in forms else _JOINED.split(name.written)
            if all(part in forms for part in parts):
                if name.identified and not title.place and name.identified.split()[0] not in GIVEN_NAMES \
                        and not re.match(r"(?:[A-ZÀ-Þ]\.\s?)+[A-ZÀ-Þ]", name.identified):
                    # "from Mam to Ann (Pantglas)": the key (not the writer's name her initials stand for)
                    title.place = name.identified  # says who Ann is; the brackets where it was written
                names += [replace(name, written=part, kind="person", identified=None) for part in parts]
            elif names and names[-1].written in forms and _PLACE_WORD.fullmatch(name.written) \
                    and name.written not in GIVEN_NAMES and re.search(
                        rf"{re.escape(names[-1].written)},\s+{re.escape(name.written)},\s+(?:til|till|to|an|aan|à)\s", title.text):
                # "Fra H.C.M., Ringe, til X": where the one the key names wrote, not a second writer
                names[-1] = replace(names[-1], place=names[-1].place or name.written)
            else:
                names.append(name)
        setattr(title, side, names)
