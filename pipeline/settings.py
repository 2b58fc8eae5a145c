"""Edition settings from ``edition.toml``: one documented file, checked on load."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

FILE = "edition.toml"
REQUIRED = {
    "edition": ["title", "editor", "publisher", "licence", "base_url", "source"],
    "cmif": ["url", "bibl_id", "date"],
}


class SettingsError(Exception):
    """edition.toml is missing, unreadable or incomplete."""


@dataclass
class Settings:
    root: Path
    values: dict[str, dict]

    def params(self) -> dict[str, str]:
        """Flat parameters for the encoder and the stylesheets (see xslt/common.xsl)."""
        edition, cmif = self.values["edition"], self.values["cmif"]
        params = {key: str(edition.get(key, "")) for key in [*REQUIRED["edition"], "editor_email"]}
        params.update({f"cmif_{key}": str(cmif[key]) for key in REQUIRED["cmif"]})
        return params

    def raw_files(self) -> list[Path]:
        pattern = self.values.get("input", {}).get("raw", "raw/*.txt")
        return sorted(self.root.glob(pattern))

    def known_files(self) -> list[Path]:
        """Authority file(s) then gazetteers: the order is the order of trust."""
        section = self.values.get("input", {})
        names = [section.get("authorities")] if section.get("authorities") else []
        names += list(section.get("gazetteers", []))
        return [self.root / n for n in names]

    @property
    def tei_dir(self) -> Path:
        return self.root / "tei"

    @property
    def output_dir(self) -> Path:
        return self.root / "output"


def load(root: Path) -> Settings:
    path = root / FILE
    try:
        values = tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise SettingsError(f"{path}: not found; run corresp from the edition's folder "
                            f"(the one with {FILE}) or pass --root") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise SettingsError(f"{path}: {err}") from None
    for section, keys in REQUIRED.items():
        missing = [k for k in keys if not str(values.get(section, {}).get(k, "")).strip()]
        if missing:
            raise SettingsError(f"{path}: [{section}] needs {', '.join(missing)}; "
                                "see the comments in the sample edition.toml")
    bibl_id = str(values["cmif"]["bibl_id"])
    if not bibl_id[:1].isalpha():
        raise SettingsError(f"{path}: [cmif] bibl_id must start with a letter (it is an xml:id): {bibl_id!r}")
    return Settings(root=root, values=values)
