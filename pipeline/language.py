"""The language a listing is written in, where its words make it evident.

corresp writes its own words (notes, the header) in English; a listing's titles and
summaries are kept as written. Where a listing is evidently German, French, Spanish,
Italian, Dutch or Welsh (its month names, its labels), the elements holding its words say so
with @xml:lang; where it is not evident, nothing is claimed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

# Words only one of the languages writes, lower case (months shared by two, "April",
# "Mai", "November", say nothing; nor "Brief", German and Dutch). A new marker is a word
# here, its example in tests/test_language.py.
MARKERS: dict[str, frozenset[str]] = {
    "de": frozenset("januar jänner februar märz juni juli oktober dezember briefe verfasser verfasserin "
                    "empfänger empfängerin absender datum und an von der das für über mit nicht".split()),
    "fr": frozenset("janvier février fevrier avril juin juillet août aout septembre octobre novembre décembre "
                    "decembre lettre destinataire expéditeur et à au".split()),
    "en": frozenset("january february march june july october december letter to from and the of".split()),
    "es": frozenset("enero febrero abril mayo junio julio septiembre setiembre octubre noviembre diciembre "
                    "carta cartas remitente fecha el los las del por".split()),  # (not "y": Welsh writes it too)
    "it": frozenset("gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre lettera lettere "
                    "mittente il della delle degli sulla sul per".split()),
    "nl": frozenset("januari februari maart mei augustus brieven afzender ontvanger aan het een met naar".split()),
    # (Welsh, whose article "y" is Spanish "and": counted for neither)
    "cy": frozenset("ionawr chwefror ebrill mehefin gorffennaf awst medi hydref tachwedd rhagfyr llythyr llythyrau "
                    "oddi wrth yr ynghylch gyda".split()),  # (not "ac", "ei": Latin; "gan": a Chinese name)
}
_WORD = re.compile(r"[^\W\d_]+")


def evident(texts: Iterable[str]) -> str | None:
    """The language of ``texts`` when at least four of five of their marker words are of one
    language (and there are at least two), else None."""
    counts: Counter[str] = Counter()
    for text in texts:
        for word in _WORD.findall(text.lower()):
            for language, words in MARKERS.items():
                if word in words:
                    counts[language] += 1
    if not counts:
        return None
    language, hits = counts.most_common(1)[0]
    return language if hits >= 2 and hits >= 0.8 * sum(counts.values()) else None
