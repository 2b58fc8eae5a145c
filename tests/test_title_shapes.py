"""The title shapes table (pipeline.titles.SHAPES) is tested from its own examples: a new
shape is a new row with examples, and these tests read it."""

from __future__ import annotations

import pytest

from pipeline.titles import SHAPES, Shape, parse_title

EXAMPLES = [pytest.param(shape.name, title, expected, id=f"{shape.name}: {title}")
            for shape in SHAPES for title, expected in shape.examples]
NAMED = {"senders", "recipients", "via", "participants", "authors"}


def reading(title: str) -> dict:
    t = parse_title(title)
    return {
        "senders": [n.written for n in t.senders], "recipients": [n.written for n in t.recipients],
        "via": [n.written for n in t.intermediaries], "participants": [n.written for n in t.participants],
        "authors": [n.written for n in t.authors], "subject": t.subject, "type": t.doctype, "number": t.number,
        "shape": t.shape,
    }


@pytest.mark.parametrize("shape, title, expected", EXAMPLES)
def test_each_example_is_read_by_its_shape_as_expected(shape, title, expected):
    found = reading(title)
    assert found["shape"] == shape
    assert {k: found[k] for k in expected} == expected


def test_every_shape_has_examples_and_a_unique_name():
    assert all(shape.examples for shape in SHAPES)
    assert len({shape.name for shape in SHAPES}) == len(SHAPES)


def test_examples_say_only_what_a_reading_has():
    known = NAMED | {"subject", "type", "number"}
    assert all(set(expected) <= known for shape in SHAPES for _, expected in shape.examples)


def test_a_new_shape_is_a_row():
    shape = Shape("on-behalf", "{senders} on behalf of {for} to|an|à {recipients}")
    title = parse_title("Letter")  # a title with a type word and nothing else: no shape reads it
    assert title.shape is None
    from pipeline.titles import Title

    found = Title(text="Anna Berg on behalf of Karl Lind to Jean Martin")
    assert shape.read(found, found.text)
    assert ([n.written for n in found.senders], [n.written for n in found.recipients],
            [n.written for n in found.intermediaries]) == (["Anna Berg"], ["Karl Lind"], ["Jean Martin"])


def test_an_unknown_group_is_refused():
    with pytest.raises(ValueError, match=r"unknown group \{sender\}"):
        Shape("bad", "{sender} to {recipients}")


def test_each_place_of_the_words_between_groups_is_tried():
    # the first " to " stands inside the sender's office; the second one divides the parties
    t = parse_title("Letter, Soviet Ambassador to the GDR V. Semyonov to Walter Ulbricht")
    assert (t.shape, [n.written for n in t.senders]) == ("letter", ["V. Semyonov"])
