"""Regression snapshots of representative outputs for the sample.

Each snapshot was read and judged right before it was committed (see the commit that
adds or changes it). When an intended change alters one, rerun with --force-regen, read
the diff, and commit it with the reason.
"""

from __future__ import annotations

import pytest

from pipeline import settings, transform

DOCUMENTS = [
    "cable_1948-10-21_stalin_mao-zedong",  # two intermediaries
    "cable_1949-01-10_mao_filippov",  # "Filippov [Stalin]"
    "cable_1949-01-15_stalin_mao-zedong",  # no summary
    "memorandum-of-conversation_1949-01-30_anastas-mikoyan-and-mao-zedong",
    "statement_1949-01-18",  # no parties, a source
]


@pytest.mark.parametrize("name", DOCUMENTS)
def test_tei_letter(sample_tei, file_regression, name):
    text = (sample_tei / "tei" / "letters" / f"{name}.xml").read_text("utf-8")
    file_regression.check(text, basename=name, extension=".xml")


def test_person_register(sample_tei, file_regression):
    text = (sample_tei / "tei" / "register" / "persons.xml").read_text("utf-8")
    file_regression.check(text, basename="persons", extension=".xml")


@pytest.fixture(scope="module")
def outputs(sample_tei):
    params = settings.load(sample_tei).params()
    out = sample_tei / "output"
    transform.csv(sample_tei / "tei", out / "letters.csv", params)
    transform.cmif(sample_tei / "tei", out / "cmif.xml", params)
    return out


def test_csv(outputs, file_regression):
    file_regression.check((outputs / "letters.csv").read_bytes(), binary=True, basename="letters", extension=".csv")


def test_cmif(outputs, file_regression):
    file_regression.check((outputs / "cmif.xml").read_text("utf-8"), basename="cmif", extension=".xml")
