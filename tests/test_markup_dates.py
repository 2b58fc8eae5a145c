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
    ("she waits until December 5 for him", "December 5", "1851-12-05?"),
    ("the letter of 2 June 1851", "2 June 1851", "1851-06-02"),
    ("she waits until December for him", "December", "1851-12?"),
    # German and French forms (a German summary's "vom 2. November 1861" was marked as its month)
    ("den Brief vom 2. November 1861 erhalten", "2. November 1861", "1861-11-02"),
    ("komme am 12. April zurück", "12. April", "1851-04-12?"),
    ("am 3. Mai 1850 in Ulm", "3. Mai 1850", "1850-05-03"),
    ("la lettre du 3 mai 1850", "3 mai 1850", "1850-05-03"),
])
def test_the_longest_date_is_marked(text, date, when):
    """A year taken from the document's date (the text gives none) is marked cert="medium"."""
    (span,) = Marker({}, lambda form, kind: None).spans(text, CONTEXT)
    expected = {"when": when.rstrip("?"), **({"cert": "medium"} if when.endswith("?") else {})}
    assert (text[span.start:span.end], dict(span.attributes)) == (date, expected)


@pytest.mark.parametrize("text", ["a letter from Mai about the talks", "I may 1850", "he will march 3 times"])
def test_a_word_that_spells_a_month_is_no_date(text):
    assert Marker({}, lambda form, kind: None).spans(text, CONTEXT) == []
