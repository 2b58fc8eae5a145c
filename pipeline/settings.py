"""Edition settings from ``edition.toml``: one documented file, checked on load.

A mistake in the settings is reported here, naming the file, the line and the key, rather
than later as a wrong output or a stylesheet error.
"""

from __future__ import annotations

import datetime
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

FILE = "edition.toml"
REQUIRED = {
    "edition": ["title", "editor", "publisher", "licence", "base_url", "source"],
    "cmif": ["url", "bibl_id", "date"],
}
# Settings that must be strings (the stylesheets declare them xs:string); gazetteers is a list of them.
STRINGS = {
    "edition": [*REQUIRED["edition"], "editor_email", "writer"],
    "cmif": REQUIRED["cmif"],
    "input": ["authorities"],
    "csv": ["delimiter"],
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


def _where(path: Path, text: str, section: str, key: str) -> str:
    """``file:line`` of ``key`` in ``[section]``, or just ``file``: tomllib gives no line numbers."""
    current = None
    for number, line in enumerate(text.splitlines(), 1):
        if header := re.match(r"\s*\[([^\[\]]+)\]\s*(?:#.*)?$", line):
            current = header.group(1).strip()
        elif current == section and re.match(rf"\s*{re.escape(key)}\s*=", line):
            return f"{path}:{number}"
    return str(path)


@dataclass
class Settings:
    root: Path
    values: dict[str, dict]
    text: str = ""  # edition.toml as written, for line numbers in messages

    def params(self) -> dict[str, str]:
        """Flat parameters for the encoder and the stylesheets (see xslt/common.xsl)."""
        edition, cmif = self.values["edition"], self.values["cmif"]
        params = {key: str(edition.get(key, "")) for key in [*REQUIRED["edition"], "editor_email"]}
        params.update({f"cmif_{key}": str(cmif[key]) for key in REQUIRED["cmif"]})
        params["csv_delimiter"] = self.delimiter
        params["csv_bom"] = "yes" if self.values.get("csv", {}).get("bom") else "no"
        return params

    @property
    def delimiter(self) -> str:
        """The character that joins several names (and their ids) in one table cell."""
        return self.values.get("csv", {}).get("delimiter") or "|"

    def raw_patterns(self) -> list[str]:
        raw = self.values.get("input", {}).get("raw", RAW)
        return [raw] if isinstance(raw, str) else list(raw)

    def raw_files(self) -> list[Path]:
        """The listings to read. The authority file and the gazetteers are never listings,
        even where a pattern (raw/*.csv) matches them."""
        lookups = {(self.root / name).resolve() for _, name in self._known()}
        found = {p for pattern in self.raw_patterns() for p in self.root.glob(pattern) if p.is_file()}
        return sorted(p for p in found if p.resolve() not in lookups)

    def _known(self) -> list[tuple[str, str]]:
        """(key, file name) of the authority file then the gazetteers: the order of trust."""
        section = self.values.get("input", {})
        known = [("authorities", section["authorities"])] if section.get("authorities") else []
        return known + [("gazetteers", name) for name in section.get("gazetteers", [])]

    def known_files(self) -> list[Path]:
        """The lookup files that exist, in the order of trust; a missing one is optional
        (see ``missing_known_files``), so the TEI can still be written without it."""
        return [self.root / name for _, name in self._known() if (self.root / name).is_file()]

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
    def tei_dir(self) -> Path:
        return self.root / "tei"

    @property
    def output_dir(self) -> Path:
        return self.root / "output"


def load(root: Path) -> Settings:
    path = root / FILE
    try:
        text = path.read_text("utf-8")
        values = tomllib.loads(text)
    except FileNotFoundError:
        raise SettingsError(f"{path}: not found; run corresp from the edition's folder "
                            f"(the one with {FILE}) or pass --root") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise SettingsError(f"{path}: {err}") from None
    _check(path, text, values)
    return Settings(root=root, values=values, text=text)


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
    delimiter = values.get("csv", {}).get("delimiter")
    if delimiter is not None and (len(delimiter) != 1 or delimiter in ',"\r\n'):
        fail("csv", "delimiter", f'must be one character other than a comma or quote, e.g. delimiter = "|", '
                                 f"not {delimiter!r}")
    bom = values.get("csv", {}).get("bom")
    if bom is not None and not isinstance(bom, bool):
        fail("csv", "bom", f"must be true or false (without quotes), not {bom!r}")
    gazetteers = values.get("input", {}).get("gazetteers", [])
    if not isinstance(gazetteers, list) or not all(isinstance(g, str) for g in gazetteers):
        fail("input", "gazetteers", f'must be a list of file names, gazetteers = ["raw/gazetteer.csv"], '
                                    f"not {gazetteers!r}")
    for section, keys in REQUIRED.items():
        missing = [k for k in keys if not values.get(section, {}).get(k, "").strip()]
        if missing:
            raise SettingsError(f"{path}: [{section}] needs {', '.join(missing)}; "
                                "see the comments in the sample edition.toml")
    if not values["cmif"]["bibl_id"][:1].isalpha():
        fail("cmif", "bibl_id", f"must start with a letter (it is an xml:id): {values['cmif']['bibl_id']!r}")
    date = values["cmif"]["date"]
    try:
        datetime.date.fromisoformat(date if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else "")
    except ValueError:
        fail("cmif", "date", f'must be a real date written YYYY-MM-DD, e.g. date = "2026-11-27", not {date!r}')
    base_url = values["edition"]["base_url"]
    if not base_url.endswith("/"):
        fail("edition", "base_url", f'must end with "/" (a letter\'s URL is base_url + id + ".html"): '
                                    f'write base_url = "{base_url}/"')
