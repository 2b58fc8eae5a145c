"""Edition settings from ``edition.toml``: one documented file, checked on load.

A mistake in the settings is reported here, naming the file, the line and the key, rather
than later as a wrong output or a stylesheet error. The settings reach the outputs only
(as stylesheet parameters): no TEI file copies them, so changing one rewrites no letter.

An edition is the folder that holds ``edition.toml``; ``find_edition`` looks for it from
the current folder upwards, as git looks for its repository.
"""

from __future__ import annotations

import datetime
import difflib
import glob
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

FILE = "edition.toml"
REQUIRED = {
    "edition": ["title", "licence", "base_url"],
    "cmif": ["url", "bibl_id", "date"],
}
# What the stylesheets receive (xslt/common.xsl declares each as xs:string); empty if unset.
PARAMETERS = {
    "edition": ["title", "editor", "editor_email", "publisher", "licence", "base_url", "source"],
    "cmif": REQUIRED["cmif"],
}
# Settings that must be strings (the stylesheets declare them xs:string); gazetteers is a list of them.
STRINGS = {
    "edition": [*PARAMETERS["edition"], "writer"],
    "cmif": REQUIRED["cmif"],
    "input": ["authorities"],
    "csv": ["delimiter"],
    "vocabulary": [],
}
# Every key corresp reads, by section ([[layout]] tables are checked by layouts/user.py): a
# key outside it is a typo corresp would silently ignore ("wirter"), so it is named.
KNOWN = {
    "edition": [*STRINGS["edition"], "day_first"],
    "cmif": REQUIRED["cmif"],
    "input": ["raw", "authorities", "gazetteers"],
    "csv": ["delimiter", "bom"],
    "vocabulary": ["organisations", "periodicals"],
    "layout": None,
}
# Settings that are addresses on the web: links in the HTML, @ref and @target in the CMIF.
# Only http(s) is a link a reader or the aggregator can follow (and javascript: is an attack).
URLS = [("edition", "licence"), ("edition", "base_url"), ("cmif", "url")]
# Values that are still the template's, not the edition's: (section, key, test, why). The
# aggregator would harvest a file that points nowhere, so `build` and `cmif` name them.
_EXAMPLE_HOST = re.compile(r"(?:^|\.)(?:example\.(?:org|com|net)|[^.]+\.(?:example|invalid|test)|localhost)$")
PLACEHOLDERS = [
    ("edition", "editor", lambda v: not v.strip(), "is empty: name the responsible editor"),
    ("edition", "publisher", lambda v: not v.strip(), "is empty: name who publishes the edition"),
    ("edition", "base_url", lambda v: bool(_EXAMPLE_HOST.search(_host(v))),
     "is a placeholder address: give the address the HTML edition will have"),
    ("edition", "editor_email", lambda v: bool(_EXAMPLE_HOST.search(v.rpartition("@")[2].lower())),
     "is a placeholder address: give a real one, or leave it empty"),
    ("cmif", "url", lambda v: bool(_EXAMPLE_HOST.search(_host(v))),
     "is a placeholder address: give the address cmif.xml will be served from"),
]
# [vocabulary]: an edition's own words, added to corresp's general ones when titles are read.
VOCABULARY = {
    "organisations": 'words that make a party an organisation, organisations = ["TASS", "Cominform"]',
    "periodicals": 'newspapers a title may name as its source, periodicals = ["Pravda"]',
}
# The listings read when edition.toml names none: text listings and tables of letters.
RAW = ["raw/*.txt", "raw/*.csv", "raw/*.tsv"]
# The only licences correspSearch harvests: CC BY 4.0 and CC0 1.0.
CMIF_LICENCE = re.compile(
    r"https?://creativecommons\.org/(?:licenses/by/4\.0|publicdomain/zero/1\.0)(?:/(?:legalcode/?)?)?")
CMIF_LICENCES = ('CC BY 4.0 (licence = "https://creativecommons.org/licenses/by/4.0/") or '
                 'CC0 1.0 (licence = "https://creativecommons.org/publicdomain/zero/1.0/")')


class SettingsError(Exception):
    """edition.toml is missing, unreadable, incomplete or has a value of the wrong kind."""


def _shown(path: Path) -> Path:
    """A path as the user would type it: relative to the current folder when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except (ValueError, OSError):
        return path


def _where(path: Path, text: str, section: str, key: str | None = None) -> str:
    """``file:line`` of ``key`` in ``[section]`` (of the section's header, without ``key``), or
    just ``file``: tomllib gives no line numbers."""
    path = _shown(path)
    current = None
    for number, line in enumerate(text.split("\n"), 1):  # \n only, as editors count lines
        if header := re.match(r"\s*\[([^\[\]]+)\]\s*(?:#.*)?$", line):
            current = header.group(1).strip()
            if key is None and current == section:
                return f"{path}:{number}"
        elif current == section and key is not None and re.match(rf"\s*{re.escape(key)}\s*=", line):
            return f"{path}:{number}"
    return str(path)


@dataclass
class Settings:
    root: Path
    values: dict[str, dict]
    text: str = ""  # edition.toml as written, for line numbers in messages
    _places: list[str] | None = field(default=None, repr=False, compare=False)

    def params(self) -> dict[str, str]:
        """Flat parameters for the stylesheets (see xslt/common.xsl): [cmif] keys get "cmif_"."""
        edition, cmif = self.values["edition"], self.values["cmif"]
        params = {key: str(edition.get(key, "")) for key in PARAMETERS["edition"]}
        params.update({f"cmif_{key}": str(cmif[key]) for key in PARAMETERS["cmif"]})
        params["csv_delimiter"] = self.delimiter
        params["csv_bom"] = "yes" if self.values.get("csv", {}).get("bom") else "no"
        return params

    def vocabulary(self) -> dict[str, list[str]]:
        """The edition's own words for reading titles (titles.vocabulary): [vocabulary], and the
        places its authority file and gazetteers name ("To Mrs. Ashworth (Bath)": where, not who)."""
        section = self.values.get("vocabulary", {})
        words = {key: list(section.get(key, [])) for key in VOCABULARY}
        if self._places is None:
            from .names import AuthorityError, read_known
            places: set[str] = set()
            for path in self.known_files():
                try:
                    places.update(form for row in read_known(path) if row.kind == "place" for form in row.forms())
                except AuthorityError:
                    pass  # (reported, with its line, where the names are resolved)
            self._places = sorted(places)
        return {**words, "places": self._places}

    def placeholders(self) -> list[str]:
        """``edition.toml:line: [section] key …`` for every value still the template's."""
        found = []
        for section, key, test, why in PLACEHOLDERS:
            value = str(self.values.get(section, {}).get(key, ""))
            if test(value):
                found.append(f"{_where(self.root / FILE, self.text, section, key)}: [{section}] {key} {why}")
        return found

    @property
    def delimiter(self) -> str:
        """The character that joins several names (and their ids) in one table cell."""
        return self.values.get("csv", {}).get("delimiter") or "|"

    def raw_patterns(self) -> list[str]:
        raw = self.values.get("input", {}).get("raw", RAW)
        return [raw] if isinstance(raw, str) else list(raw)

    def raw_files(self) -> list[Path]:
        """The listings to read: ``[input] raw``, globs relative to the edition (or absolute).
        The authority file and the gazetteers are never listings, even where a pattern
        (raw/*.csv) matches them."""
        lookups = {(self.root / name).resolve() for _, name in self._known()}
        found = {Path(p) for pattern in self.raw_patterns()
                 for p in glob.glob(str(self.root / pattern), recursive=True)}  # root / "/abs" is "/abs"
        # (a link to nothing is kept: reading it says what is wrong, rather than no word of it)
        return sorted(p for p in found if (p.is_file() or p.is_symlink() and not p.exists())
                      and p.resolve() not in lookups)

    def _known(self) -> list[tuple[str, str]]:
        """(key, file name) of the authority file then the gazetteers: the order of trust."""
        section = self.values.get("input", {})
        known = [("authorities", section["authorities"])] if section.get("authorities") else []
        return known + [("gazetteers", name) for name in section.get("gazetteers", [])]

    def known_files(self) -> list[Path]:
        """The lookup files that exist, in the order of trust; a missing one is optional
        (see ``missing_known_files``), so the TEI can still be written without it."""
        return [self.root / name for _, name in self._known() if (self.root / name).is_file()]

    def nearest_file(self, name: str) -> str | None:
        """The file beside ``name`` (as written, relative to the edition) whose name is nearest
        to it, for a message: a misspelt gazetteer's real file is otherwise read as a listing."""
        folder = (self.root / name).parent
        try:
            names = [p.name for p in folder.iterdir() if p.is_file()]
        except OSError:
            return None
        near = difflib.get_close_matches(Path(name).name, names, 1, 0.8)
        return str(Path(name).parent / near[0]) if near else None

    def missing_known_files(self) -> list[tuple[str, str]]:
        """(key, file name as written) of each lookup file that does not exist, to warn about."""
        return [(key, name) for key, name in self._known() if not (self.root / name).is_file()]

    def check_cmif_licence(self) -> None:
        """correspSearch harvests only CC BY 4.0 or CC0 1.0 metadata: refuse to write CMIF under
        another licence (the HTML and CSV stages accept any)."""
        licence = self.values["edition"]["licence"].strip()
        if not CMIF_LICENCE.fullmatch(licence):
            where = _where(self.root / FILE, self.text, "edition", "licence")
            raise SettingsError(f"{where}: [edition] licence {licence!r} is not accepted by correspSearch; "
                                f"for the CMIF file use {CMIF_LICENCES}")

    @property
    def xslt_dir(self) -> Path:
        """The edition's own stylesheets (optional): an ``html.xsl`` there imports corresp's."""
        return self.root / "xslt"

    @property
    def tei_dir(self) -> Path:
        return self.root / "tei"

    @property
    def output_dir(self) -> Path:
        return self.root / "output"


def _http_url(value: str) -> bool:
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:  # "http://[::1": not an address at all
        return False
    return parts.scheme in {"http", "https"} and bool(host) and not any(c.isspace() or ord(c) < 32 for c in value)


def _host(value: str) -> str:
    try:
        return urlsplit(value).hostname or ""
    except ValueError:
        return ""


def find_edition(start: Path) -> Path | None:
    """The nearest folder at or above ``start`` that holds an edition.toml."""
    start = Path(start).resolve()
    return next((folder for folder in (start, *start.parents) if (folder / FILE).is_file()), None)


def load(root: Path) -> Settings:
    path = root / FILE
    try:
        text = path.read_text("utf-8")
        values = tomllib.loads(text)
    except FileNotFoundError:
        raise SettingsError(f"{path}: not found; run corresp inside an edition (a folder with {FILE}), "
                            "pass --edition DIR, or start one with `corresp init DIR`") from None
    except OSError as err:
        raise SettingsError(f"{path}: cannot be read ({err.strerror})") from None
    except tomllib.TOMLDecodeError as err:
        where = re.search(r"\(at line (\d+), column (\d+)\)", str(err))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(err))
        place = f"{_shown(path)}:{where.group(1)}:{where.group(2)}" if where else str(_shown(path))
        raise SettingsError(f"{place}: not valid TOML ({message}); check the quotes and brackets on that line "
                            "(a value is written key = \"text\", a list [\"a\", \"b\"])") from None
    except UnicodeDecodeError as err:
        raise SettingsError(f"{path}: not UTF-8 text (byte {err.start}); save it as UTF-8") from None
    if unknown := _unknown(path, text, values):
        # (an error, not a warning: a misspelt writer or day_first, ignored, would change every
        # letter's id and text on this run, and move the letters edited by hand aside; first,
        # as "bibl-id" is the reason bibl_id is missing)
        raise SettingsError("\n".join(unknown) + "\ncorrect or remove it; nothing was read or written")
    _check(path, text, values)
    return Settings(root=root, values=values, text=text)


def _unknown(path: Path, text: str, values: dict) -> list[str]:
    """A line for every section or key corresp does not read, with the nearest it does."""
    found = []
    for section, table in values.items():
        if section not in KNOWN:
            near = difflib.get_close_matches(section, KNOWN, 1)
            hint = f"; did you mean [{near[0]}]?" if near else f"; corresp reads {', '.join(f'[{k}]' for k in KNOWN)}"
            found.append(f"{_where(path, text, section)}: [{section}] is no section corresp reads{hint}")
        elif KNOWN[section] is not None and isinstance(table, dict):
            for key in table:
                if key not in KNOWN[section]:
                    near = difflib.get_close_matches(key, KNOWN[section], 1)
                    hint = f"; did you mean {near[0]}?" if near else f"; it reads {', '.join(KNOWN[section])}"
                    found.append(f"{_where(path, text, section, key)}: [{section}] {key} is no setting corresp "
                                 f"reads{hint}")
    return found


def _check(path: Path, text: str, values: dict) -> None:
    """Raise SettingsError for the first value that is missing or of the wrong kind."""
    def fail(section: str, key: str, message: str):
        raise SettingsError(f"{_where(path, text, section, key)}: [{section}] {key} {message}")

    for section in STRINGS:
        if not isinstance(values.get(section, {}), dict):
            raise SettingsError(f"{path}: {section} must be a section: a line [{section}] followed by its keys")
    cmif = values.get("cmif", {})
    if type(cmif.get("date")) is datetime.date:  # date = 2026-11-27 unquoted is a TOML date: as good
        cmif["date"] = cmif["date"].isoformat()
    for section, keys in STRINGS.items():
        for key in keys:
            value = values.get(section, {}).get(key)
            if value is not None and not isinstance(value, str):
                fail(section, key, f'must be a string in quotes, {key} = "…", not {value!r}')
    raw = values.get("input", {}).get("raw", RAW)
    if not (isinstance(raw, str) or isinstance(raw, list) and all(isinstance(r, str) for r in raw)):
        fail("input", "raw", f'must be a pattern or a list of them, raw = ["raw/*.txt", "raw/*.csv"], not {raw!r}')
    if not raw or any(not r.strip() for r in ([raw] if isinstance(raw, str) else raw)):
        fail("input", "raw", 'is empty: name the listings to read, e.g. raw = ["raw/*.txt", "raw/*.csv"]')
    for key, example in VOCABULARY.items():
        words = values.get("vocabulary", {}).get(key, [])
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            fail("vocabulary", key, f"must be a list of words: {example}, not {words!r}")
    delimiter = values.get("csv", {}).get("delimiter")
    if delimiter is not None and (len(delimiter) != 1 or delimiter in ',"\r\n'):
        fail("csv", "delimiter", f'must be one character other than a comma or quote, e.g. delimiter = "|", '
                                 f"not {delimiter!r}")
    bom = values.get("csv", {}).get("bom")
    if bom is not None and not isinstance(bom, bool):
        fail("csv", "bom", f"must be true or false (without quotes), not {bom!r}")
    day_first = values.get("edition", {}).get("day_first")
    if day_first is not None and not isinstance(day_first, bool):
        fail("edition", "day_first", f"must be true (3/4/1850 is 3 April) or false (read as each file's own dates show), "
                                     f"without quotes, not {day_first!r}")
    gazetteers = values.get("input", {}).get("gazetteers", [])
    if not isinstance(gazetteers, list) or not all(isinstance(g, str) for g in gazetteers):
        fail("input", "gazetteers", f'must be a list of file names, gazetteers = ["raw/gazetteer.csv"], '
                                    f"not {gazetteers!r}")
    for section, keys in REQUIRED.items():
        missing = [k for k in keys if not values.get(section, {}).get(k, "").strip()]
        if missing:
            raise SettingsError(f"{path}: [{section}] needs {', '.join(missing)}; "
                                "see the comments in edition.toml (`corresp init` writes a complete one)")
    if not values["cmif"]["bibl_id"][:1].isalpha():
        fail("cmif", "bibl_id", f"must start with a letter (it is an xml:id): {values['cmif']['bibl_id']!r}")
    date = values["cmif"]["date"]
    try:
        datetime.date.fromisoformat(date if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else "")
    except ValueError:
        fail("cmif", "date", f'must be a real date written YYYY-MM-DD, e.g. date = "2026-11-27", not {date!r}')
    for section, key in URLS:
        value = values[section][key].strip()
        if not _http_url(value):
            fail(section, key, f"must be an http(s) address, such as \"https://…\", not {value!r}")
    try:  # the edition's own layouts ([[layout]]): checked where they are defined
        from .layouts.user import LayoutError, check as check_layouts

        check_layouts(path, text, values.get("layout"))
    except LayoutError as err:
        raise SettingsError(str(err)) from None
    base_url = values["edition"]["base_url"]
    if not base_url.endswith("/"):
        fail("edition", "base_url", f'must end with "/" (a letter\'s URL is base_url + id + ".html"): '
                                    f'write base_url = "{base_url}/"')
