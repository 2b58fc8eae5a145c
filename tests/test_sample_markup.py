"""Issue 4's bar on the sample: every occurrence of its people, places, organisations and
dates in the summaries is marked up with the right @ref or attribute."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from pipeline.tei import NS

EXPECTED = [
    # (text as written, element, register file, id)
    ("Stalin", "persName", "persons", "joseph-stalin"),
    ("Mao", "persName", "persons", "mao-zedong"),
    ("Mao Zedong", "persName", "persons", "mao-zedong"),
    ("Kuznetsov", "persName", "persons", "kuznetsov"),
    ("Terebin", "persName", "persons", "terebin"),
    ("Andrei Orlov", "persName", "persons", "andrei-orlov"),
    ("Mikoyan", "persName", "persons", "anastas-mikoyan"),
    ("Anastas Mikoyan", "persName", "persons", "anastas-mikoyan"),
    ("Ivan Kovalev", "persName", "persons", "ivan-kovalev"),
    ("Fu Zuoyi", "persName", "persons", "fu-zuoyi"),
    ("Du Yuming", "persName", "persons", "du-yuming"),
    ("Moscow", "placeName", "places", "moscow"),
    ("Nanjing", "placeName", "places", "nanjing"),
    ("Beijing", "placeName", "places", "beijing"),
    ("China", "placeName", "places", "china"),
    ("GMD", "orgName", "orgs", "kuomintang"),
    ("Guomindang", "orgName", "orgs", "kuomintang"),
    ("Chinese Nationalist Party", "orgName", "orgs", "kuomintang"),
    ("CCP", "orgName", "orgs", "chinese-communist-party"),
    ("Chinese Communist Party", "orgName", "orgs", "chinese-communist-party"),
    ("People's Liberation Army", "orgName", "orgs", "people-s-liberation-army"),
    ("Central Committee", "orgName", "orgs", "central-committee-of-the-chinese-communist-party"),
]


@pytest.fixture(scope="module")
def abstracts(sample_tei):
    return [p for path in sorted((sample_tei / "tei" / "letters").glob("*.xml"))
            for p in etree.parse(str(path)).iterfind(".//tei:abstract/tei:p", NS)]


@pytest.mark.parametrize("text, element, register, entity", EXPECTED)
def test_every_occurrence_is_marked_with_the_right_ref(abstracts, text, element, register, entity):
    pattern = re.compile(rf"(?<![\w-]){re.escape(text)}(?![\w-])")
    occurrences = marked = 0
    for p in abstracts:
        plain = " ".join(p.xpath("string()").split())
        # inside a longer marked name ("Mao Zedong" for "Mao") it is not an occurrence of its own,
        # unless marked there too ("<orgName><placeName>Nanjing</placeName> government</orgName>")
        for e in p.iterdescendants():
            whole = e.xpath("string()")
            if whole != text and text in whole and e.get("ref") is not None and not any(
                    d.xpath("string()") == text for d in e.iterdescendants()):
                occurrences -= len(pattern.findall(whole))
        occurrences += len(pattern.findall(plain))
        marked += sum(1 for e in p.iter(f"{{{NS['tei']}}}{element}")
                      if e.xpath("string()") == text and e.get("ref") == f"../register/{register}.xml#{entity}")
    assert occurrences > 0
    assert marked == occurrences


def test_every_full_and_day_month_date_is_marked(abstracts):
    months = "January|February|March|April|May|June|July|August|September|October|November|December"
    dates = re.compile(rf"\b\d{{1,2}} (?:{months})(?: \d{{4}})?\b|\b(?:{months}) \d{{1,2}}(?:, \d{{4}})?\b")
    found = sum(len(dates.findall(" ".join(p.xpath("string()").split()))) for p in abstracts)
    marked = {(e.text, e.get("when")) for p in abstracts for e in p.iterfind(".//tei:date", NS)}
    assert found == 2
    assert {("6 January 1949", "1949-01-06"), ("11 January", "1949-01-11")} <= marked
