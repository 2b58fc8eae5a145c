"""Shared fixtures: a throw-away copy of the sample edition, and the reference schemas."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings as hypothesis_settings

# CI runs the property tests with a fixed seed, so a red build is reproducible; on a
# developer's machine they explore new examples on every run.
hypothesis_settings.register_profile(
    "ci", derandomize=True, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
hypothesis_settings.register_profile("dev", suppress_health_check=[HealthCheck.too_slow])
hypothesis_settings.load_profile("ci" if os.environ.get("CI") else "dev")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "raw" / "sino-soviet-relations.txt"


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or skip: a user's clone has no ../shared, CI has."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"reference file {path} not available (../shared is only beside the project in CI)")
    return path


def own_stylesheet(output: str, declarations: str) -> str:
    """An edition's own stylesheet for ``output`` (html, csv, cmif): it imports corresp's, as
    docs/customising.md shows, and adds ``declarations`` (what it overrides)."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:c="urn:corresp" exclude-result-prefixes="#all">
  <xsl:param name="corresp-xslt" static="yes" as="xs:string" select="''"/>
  <xsl:import _href="{{$corresp-xslt}}{output}.xsl"/>
{declarations}
</xsl:stylesheet>
"""


def make_edition(tmp_path: Path, raw: dict[str, str] | None = None, authorities: bool = True,
                 tei: bool = False) -> Path:
    """A fresh edition folder: the sample's edition.toml, and raw/ with the given listings.

    ``tei=True`` copies the project's committed tei/ and schemas/ as well (the curated sample
    edition, whose letters point to its schemas).
    """
    root = tmp_path / "edition"
    (root / "raw").mkdir(parents=True)
    if tei:
        shutil.copytree(ROOT / "tei", root / "tei")
        shutil.copytree(ROOT / "schemas", root / "schemas")
    shutil.copy(ROOT / "edition.toml", root / "edition.toml")
    if authorities:  # the sample's authority file and gazetteer
        for name in ("authorities.csv", "gazetteer.csv"):
            shutil.copy(ROOT / "raw" / name, root / "raw" / name)
    else:
        text = (root / "edition.toml").read_text()
        text = text.replace('authorities = "raw/authorities.csv"\n', "").replace('gazetteers = ["raw/gazetteer.csv"]\n', "")
        (root / "edition.toml").write_text(text)
    if raw is None:
        shutil.copy(SAMPLE, root / "raw" / SAMPLE.name)
    else:
        for name, text in raw.items():
            (root / "raw" / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def edition(tmp_path: Path) -> Path:
    return make_edition(tmp_path)


@pytest.fixture(scope="session")
def sample_tei(tmp_path_factory) -> Path:
    """The sample encoded once per session (read-only for the tests that use it)."""
    from pipeline import settings
    from pipeline.edition import generate

    root = make_edition(tmp_path_factory.mktemp("sample"), tei=True)
    generate(settings.load(root))
    return root


@pytest.fixture(scope="session")
def tei_all_rng():
    """The official tei_all grammar: about 10 s to load, so once per test session."""
    from lxml import etree

    return etree.RelaxNG(file=str(shared_path("schemas", "tei", "tei_all.rng")))


@pytest.fixture(scope="session")
def tei_all_sch():
    from pipeline.schematron import Schematron

    return Schematron(shared_path("schemas", "tei", "tei_all.sch"))


@pytest.fixture(autouse=True)
def _progress_not_quiet():
    """`corresp -q` turns progress off for the process (pipeline.progress.quiet): a CLI test
    run with -q must not silence the tests after it."""
    yield
    from pipeline import progress

    progress.quiet(False)
