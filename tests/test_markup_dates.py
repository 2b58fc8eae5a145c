"""Dates in running text: the longest reading wins over the "month after a preposition"
rule (a new user's review: "his letter of June 2, 1851" was tagged as a month)."""

from __future__ import annotations

import pytest

from pipeline.dates import DateValue
from pipeline.markup import Marker

CONTEXT = DateValue(text="1851", when="1851")


@pytest.mark.parametrize("text, date, when", [
    ("his letter of June 2, 1851 came", "June 2, 1851", "1851-06-02"),
    ("his letter of June, 1851 came", "June, 1851", "1851-06"),
    ("she waits until December 5 for him", "December 5", "1851-12-05"),
    ("the letter of 2 June 1851", "2 June 1851", "1851-06-02"),
    ("she waits until December for him", "December", "1851-12"),
])
def test_the_longest_date_is_marked(text, date, when):
    (span,) = Marker({}, lambda form, kind: None).spans(text, CONTEXT)
    assert (text[span.start:span.end], dict(span.attributes)) == (date, {"when": when})
