"""EDTF dates of letter tables (pipeline/edtf.py): every row of its FORMS table is checked."""

from __future__ import annotations

import pytest

from pipeline import edtf

EXAMPLES = [(form.name, text, expected) for form in edtf.FORMS for text, expected in form.examples]


@pytest.mark.parametrize("form, text, expected", EXAMPLES, ids=[e[1] for e in EXAMPLES])
def test_each_form_gives_its_tei_attributes(form, text, expected):
    value = edtf.parse(text)
    assert value.attributes() == expected
    assert value.text == text  # the date as written is kept for the TEI


@pytest.mark.parametrize("text, reason", edtf.NOT_READ, ids=[t for t, _ in edtf.NOT_READ])
def test_shapes_that_are_not_read_say_why(text, reason):
    with pytest.raises(edtf.EdtfError):
        edtf.parse(text)


def test_the_issue_s_forms():
    """The forms issue 11 names, read as TEI needs them."""
    assert edtf.parse("1835-04").attributes() == {"when": "1835-04"}
    assert edtf.parse("1836?").attributes() == {"when": "1836", "cert": "low"}
    assert edtf.parse("1835~").attributes() == {"when": "1835", "precision": "low"}
    assert edtf.parse("[1835..1836]").attributes() == {"notBefore": "1835", "notAfter": "1836"}
    assert edtf.parse("1835-03-04/1835-03-10").attributes() == {"from": "1835-03-04", "to": "1835-03-10"}


def test_empty_cell_is_no_date_and_spaces_do_not_matter():
    assert edtf.parse("") is None
    assert edtf.parse("   ") is None
    assert edtf.parse(" [1667, 1668] ").attributes() == {"notBefore": "1667", "notAfter": "1668"}
    assert edtf.parse("[1835]").attributes() == {"when": "1835"}  # one of one
    assert edtf.parse("[1840?]").attributes() == {"when": "1840", "cert": "low"}


@pytest.mark.parametrize("text", ["1835-13", "1835-04-31", "[1836..1835]", "1835-03-10/1835-03-04",
                                  "[]", "/", "1835-1", "18X", "X835", "1835-04-03T10:00", "yesterday"])
def test_nonsense_is_refused(text):
    with pytest.raises(edtf.EdtfError):
        edtf.parse(text)
