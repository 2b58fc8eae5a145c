"""A Chinese edition's contents: its letters numbered, each with its parties, date and page::

    一九二七年
    第1信　程望溪致沈季芳　一月二十四日……………………………2
    第6信　黄履之致子衡（电报）　八月十二日…………………8
    第9信　林蕴文致程望溪（残函）
    　　　　农历三月二十三日（4月19日）……………………15

A year heading gives the letters below it their year (dates.chinese_date reads the month and
day); "X致Y" is X's letter to Y ("致Y" alone: to Y, from the edition's writer), several on a side
parted by "、"; what the editor says of the letter in brackets ("（电报）", a telegram; "（残函）",
a fragment) is kept as its note. A line too long for the page goes on, indented, on the next.
Running heads and page numbers ("· 1 ·") are reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..dates import chinese_date, han_number
from ..titles import HAN_NAMES, han, parse_party_list
from ..lines import Line
from ..listing import Entry, Listing
from . import Layout, no_entries, unused
from .builtin import read_head

# The number of a letter: "第57信", "第3封", "一、", "12."
_ITEM = re.compile(r"^(?:第\s*(?P<n>[0-9０-９〇一二三四五六七八九十百]+)\s*[信封函通件号]|(?P<n2>\d{1,4})[.、．]|(?P<n3>[一二三四五六七八九十百]+)、)"
                   r"[\s　]*(?P<rest>\S.*)$")
_PAGE = re.compile(r"[\s　]*(?:[…⋯·.．]{2,}|[\s　]{2,})[\s　]*(?P<page>[0-9０-９]{1,4})[\s　]*$")
_YEAR = re.compile(r"^(?P<y>[〇零○一二三四五六七八九]{4}|\d{4})年(?:\s*[（(][^）)]{1,12}[）)])?$")  # ("一九三〇年（三十二岁）")
_MINGUO = re.compile(r"^(?:中华)?民国(?P<n>[一二三四五六七八九十]{1,3}|\d{1,2})年(?:\s*[（(][^）)]{1,12}[）)])?$")  # (the Republic's years)
_OTHER_YEAR = re.compile(r"^\S{1,12}年(?:\s*[（(][^）)]{1,12}[）)])?$")  # (a year this reader does not know: none)
_PAGE_MARK = re.compile(r"^[·•\-–—\s]*[0-9０-９]{1,4}[·•\-–—\s]*$")
_NO_YEAR = re.compile(r"^(?:年代不详|年份不详|未系年|未能系年|无年份|不详年份)(?:者|的信|书信|信件|函件)?$")  # ("未系年书信")
# "X致Y": X's letter to Y; "X复Y", "X覆Y": a reply; a note of the editor's in brackets after it
_NOTES = re.compile(r"^(?P<title>[^（(]+?)(?P<notes>(?:[（(][^）)]*[）)])*)$")
_TO_WORDS = "致复覆"  # (not 寄, "sent", in 寄贈 "donated" as often)
_DATE_LIKE = re.compile(r"(?:[〇零○一二三四五六七八九十0-9０-９]+[年月日]|不详)[)）?？]*$")
PARTIES_EXAMPLES = (("程望溪致沈季芳", ("程望溪", "沈季芳", [])), ("黄履之致子衡（电报）", ("黄履之", "子衡", ["电报"])),
                    ("致许子衡", ("", "许子衡", [])), ("程望溪日记", None), ("刘复致胡适", ("刘复", "胡适", [])),
                    ("王致中致胡适", ("王致中", "胡适", [])), ("本集收录林秋帆致友人书信", None))


def parties(title: str) -> tuple[str, str, list[str]] | None:
    """(writer, addressee, the editor's notes) of a Chinese title (PARTIES_EXAMPLES), or None."""
    m = _NOTES.match(title.strip())
    if m is None:
        return None
    text = m["title"].strip()
    # at the last 致 ("王致中致胡适": 王致中's), else at the first 复 or 覆, a reply ("刘复致胡适": 刘复's)
    a, word, b = text.rpartition("致") if "致" in text else text.partition("复") if "复" in text else text.partition("覆")
    if not word or not HAN_NAMES.fullmatch(b) or a and not HAN_NAMES.fullmatch(a) \
            or parse_party_list(b) is None or a and parse_party_list(a) is None:
        return None  # ("一、本集收录林秋帆致友人书信": the editor's rules, no parties)
    return a, b, re.findall(r"[（(]([^）)]*)[）)]", m["notes"] or "")


def _split(rest: str, year: int | None) -> tuple[str, str, str | None]:
    """(title, date as written, page) of an item's text."""
    page = _PAGE.search(rest)
    body = rest[:page.start()] if page else rest
    if chinese_date(body.strip("　 "), year or 1) is not None:  # (a line that goes on under the item: its date)
        return "", body.strip("　 "), _page(page)
    title, _, date = body.rpartition("　") if "　" in body.strip("　") else (body, "", "")
    if not title and date:
        title, date = date, ""
    if date and chinese_date(date, year or 1) is None and not _DATE_LIKE.search(date):  # ("二十一日": a day, no month)
        title, date = body, ""
    return title.strip("　 "), date.strip("　 "), _page(page)


def _page(found: re.Match[str] | None) -> str | None:
    return found["page"].translate(str.maketrans("０１２３４５６７８９", "0123456789")) if found else None


class ChineseContents(Layout):
    name = "chinese-contents"
    description = "chinese-contents: a Chinese edition's contents, 第N信 X致Y with the month and day under a year heading"
    rule = "an entry is a numbered line (\"第12信\", \"12.\") naming its parties (\"X致Y\") under a year heading (\"一九二七年\")"

    def score(self, lines: Sequence[Line]) -> float:
        found = sum(1 for line in lines if (m := _ITEM.match(line.text.strip())) and han(m["rest"])
                    and any(w in m["rest"] for w in _TO_WORDS) and parties(_split(m["rest"], None)[0]) is not None)
        return found + 0.5 if found >= 3 else 0

    def read(self, lines: Sequence[Line], listing: Listing) -> None:
        first = next((k for k, line in enumerate(lines) if _ITEM.match(line.text.strip()) or _YEAR.match(line.text.strip())), None)
        if first is None:
            no_entries(listing, lines)
            return
        read_head(listing, lines[:first])
        year: int | None = None
        k = first
        while k < len(lines):
            line, text = lines[k], lines[k].text.strip()
            k += 1
            if line.kind == "blank":
                continue
            if (heading := _YEAR.match(text)) and (said := chinese_date(f"{heading['y']}年")) is not None:
                year = int(said.start[:4])
                unused(listing, line, "a heading: the year of the letters below it")
                continue
            if (republic := _MINGUO.match(text)) and (n := han_number(republic["n"])):
                year = 1911 + n
                unused(listing, line, f"a heading: the year of the letters below it (the Republic's {n}th: {year})")
                continue
            if _OTHER_YEAR.match(text) and not _ITEM.match(text):
                year = None
                unused(listing, line, "a heading: a year not read, the letters below it have none")
                continue
            if _NO_YEAR.match(text):
                year = None
                unused(listing, line, "a heading: the letters below it have no year")
                continue
            item = _ITEM.match(text)
            if item is None:
                unused(listing, line, "a running head or page number of the printed page" if _PAGE_MARK.match(line.raw.strip())
                       else "a heading of the contents" if len(text) <= 20 else "page text")
                continue
            title, date, page = _split(item["rest"], year)
            last = line
            below = lines[k] if k < len(lines) else None
            if not date and below is not None and below.kind != "blank" and below.raw[:1] in (" ", "　", "\t") \
                    and not _ITEM.match(below.text.strip()):
                more, date, page = _split(below.text.strip(), year)  # (the line goes on under it: the date and page)
                title, last, k = f"{title}{more}", below, k + 1
            value = chinese_date(date, year) if date else None
            if value is None and parties(title) is None:  # ("一、本书收录……": the editor's rules, numbered so)
                unused(listing, line, "page text (numbered, but names no letter's parties or date)")
                if last is not line:
                    unused(listing, last, "page text (numbered, but names no letter's parties or date)")
                continue
            entry = Entry(source=listing.source, first_line=line.number, last_line=last.number, date_text=date,
                          date_line=last.number, date=value, title=title, title_line=line.number)
            entry.fields["number"] = item["n"] or item["n2"] or item["n3"]
            if page:
                entry.fields["page"] = page
            if (read := parties(title)) is not None:
                writer, addressee, notes = read
                if writer:
                    entry.fields["sender"] = writer
                entry.fields["recipient"] = addressee
                entry.notes += notes
            if date and value is None:
                entry.flags.append(f"the date {date!r} is not read")
            listing.entries.append(entry)


__all__ = ["ChineseContents", "PARTIES_EXAMPLES", "parties"]
