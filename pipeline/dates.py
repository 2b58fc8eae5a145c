"""Dates as listings write them → TEI date attributes.

The text is always kept as written; the attributes are filled only where the reading is
unambiguous. Anything we cannot read returns ``None`` and the caller keeps the text in a
``date`` without attributes and reports it — a date is never guessed.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

MONTHS: dict[str, int] = {}
# (Polish in the nominative and the genitive: "grudzień 1874", "26 grudnia 1854")
# (English letter-books of the 18th century abbreviate with the last letter: "Jany.", "Octr."; Latin
# indexes write "Ian.", "Iun.", "Iul." with an I; Finnish in the nominative and the partitive: "maaliskuuta 1867";
# Welsh: "27 Chwefror 1871"; Romanian: "1799 septembrie 8"; Estonian: "2. detsembril 1929", its
# "on the day" form; not "mail", English too; Slovene and Croatian in the genitive: "6. aprila 1934",
# "12. lipnja 1880", not Croatian "listopad", which is October, not the Czech and Polish November;
# Icelandic: "26. júlí 1870", "desember", as Danish and Norwegian)
_MONTHS_WRITTEN = [
    "january jan janv januar jänner jän janvier enero ene gennaio genn gen. januari januarij janeiro ianuarii januarii jany ian. jenner ianuarius ianuario leden ledna styczeń stycznia január январь января янв tammikuu tammikuuta tammik gener ionawr ianuarie jaanuar jaanuaril januarja siječanj siječnja janúar janvāris janvārī janvāri janvāra",
    "february feb febr februar février fevrier févr fevr febrero febbraio februari februarij fevereiro fev februarii feby febry hornung februario únor února luty lutego február февраль февраля февр helmikuu helmikuuta helmik febrer chwefror februarie veebruar veebruaril februarja veljača veljače febrúar februāris februārī februāri februāra",
    "march mar märz maerz mars marzo maart mrt marts março martii mart martius mertz merz martio březen března marzec marca március márc март марта maaliskuu maaliskuuta maalisk març mawrth martie märts märtsil marec ožujak ožujka martā",
    "april apr avril avr abril abr aprile aprilis aprili apl aprill duben dubna kwiecień kwietnia április ápr апрель апреля huhtikuu huhtikuuta huhtik ebrill aprilie aprillil aprila travanj travnja apríl aprīlis aprīlī aprīli aprīļa",
    "may mai mayo maggio magg mag mei maj maio maii maiis maji majus květen května maja május máj май мая toukokuu toukokuuta toukok maig mai svibanj svibnja maí maijs maijā",
    "june jun juni juin junio giugno giu junij junho iunii junii iun iunius junius iunio červen června czerwiec czerwca június jún июнь июня kesäkuu kesäkuuta kesäk juny mehefin iunie juuni juunil junija lipanj lipnja júní jūnijs jūnijā jūniju jūnija",
    "july jul juli juillet juil juill julio luglio lug julij julho iulii julii iul iulius julius iulio červenec července lipiec lipca július júl июль июля heinäkuu heinäkuuta heinäk juliol gorffennaf iulie juuli juulil julija srpanj srpnja júlí jūlijs jūlijā jūliju jūlija",
    "august aug août aout agosto ago. augustus augusti augt augusto srpen srpna sierpień sierpnia augusztus август августа авг elokuu elokuuta elok agost awst august augustil avgust avgusta kolovoz kolovoza ágúst ág augustā",
    "september sep sept septembre septiembre setiembre settembre sett set setembro septembris septr sepr septembri 7bris 7ber 7bre 7bre. 7mbre září wrzesień września szeptember szept сентябрь сентября сент syyskuu syyskuuta syysk setembre medi septembrie septembril septembra rujan rujna septembris septembrī",
    "october oct okt oktober octobre octubre ottobre ott outubro octobris octr octobri 8bris 8ber 8bre 8bre. říjen října październik października október октябрь октября окт lokakuu lokakuuta lokak hydref octombrie oktoober oktoobril oktobra oktobris oktobrī oktobri",
    "november nov novembre noviembre novembro novembris novr novembri 9bris 9ber 9bre 9bre. listopad listopadu listopada ноябрь ноября нояб marraskuu marraskuuta marrask tachwedd noiembrie noiem novembril novembra studeni studenoga nóvember nóv novembris novembrī novembri",
    "december dec dez dezember décembre decembre déc diciembre dicembre dic dezembro decembris decr decembri xbris xber xbre xbre. 10bris 10ber 10bre prosinec prosince grudzień grudnia декабрь декабря дек desember joulukuu joulukuuta jouluk desembre des. rhagfyr decembrie detsember detsembril decembra prosinac prosinca decembris decembrī",
]
# … and, a language a row: modern Greek in the nominative and the genitive ("6 Ιανουαρίου 1821", "Μάιος 1822"), with
# and without accents; Slovak in the genitive and the locative ("16. januára 1836", "v októbri 1836"; not "marci", a
# Latin genitive, nor "auguste"); Lithuanian in the genitive ("1883 m. kovo 6 d."); Serbian in
# Cyrillic ("5. фебруара 1852.")
_MORE_MONTHS = {
    "el": ("ιανουάριος ιανουαρίου ιανουαριος ιανουαριου ιαν", "φεβρουάριος φεβρουαρίου φεβρουαριος φεβρουαριου φεβρ",
           "μάρτιος μαρτίου μαρτιος μαρτιου", "απρίλιος απριλίου απριλιος απριλιου απρ", "μάιος μαΐου μαιος μαιου μάη",
           "ιούνιος ιουνίου ιουνιος ιουνιου ιουν", "ιούλιος ιουλίου ιουλιος ιουλιου ιουλ",
           "αύγουστος αυγούστου αυγουστος αυγουστου αυγ", "σεπτέμβριος σεπτεμβρίου σεπτεμβριος σεπτεμβριου σεπτ",
           "οκτώβριος οκτωβρίου οκτωβριος οκτωβριου οκτ", "νοέμβριος νοεμβρίου νοεμβριος νοεμβριου νοεμ",
           "δεκέμβριος δεκεμβρίου δεκεμβριος δεκεμβριου δεκ"),
    "sk": ("januára januári", "februára februári", "", "apríla apríli", "mája máji", "júna júni", "júla júli", "", "",
           "októbra októbri", "novembri", "decembra decembri"),
    "lt": ("sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio",
           "lapkričio", "gruodžio"),  # (the genitive only: "Anna Liepa", "Juozas Gruodis" are surnames)
    "sr": ("јануар јануара", "фебруар фебруара", "", "април априла", "мај маја", "јун јуна", "јул јула", "",  # (Serbian
           "септембар септембра", "октобар октобра", "новембар новембра", "децембар децембра"),  # Cyrillic; March, August Russian's)
}
_MONTHS_WRITTEN = [" ".join((row, *(more[n] for more in _MORE_MONTHS.values()))) for n, row in enumerate(_MONTHS_WRITTEN)]
for _number, _names in enumerate(_MONTHS_WRITTEN, start=1):
    for _name in _names.split():
        MONTHS[_name.rstrip(".")] = _number


def trie_pattern(words: Iterable[str]) -> str:
    """An alternation of ``words`` as a regular expression tree ("ma(?:rch|y)"): it matches what
    the words, longest first, match, but tries a word's letters once, not once per word (the
    month names of a dozen languages are tried at every word of a listing)."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{inner})?" if ends else inner
    return build(tree)


# The names as a pattern, longest first; one written with its stop above is read only with it
# (Italian "ago.": not "years ago 1850").
MONTH_NAMES = trie_pattern(n for names in _MONTHS_WRITTEN for n in names.split())

_MONTH = r"(?P<{g}>" + MONTH_NAMES + r")\.?"
_M = _MONTH.format(g="m")
_M2 = _MONTH.format(g="m2")
_DAY = r"(?P<{g}>\d{{1,2}})(?:sten|ten|ter|st|nd|rd|th|er|fed|ain|ydd|eg|af|il|ed|d|\.[°º]|\.|°|º)?"  # 3rd, 3., 1er, 1° (Italian),
#                                           1.º (Portuguese), 3d, 16ten, 25sten (German of the 18th century), 10fed, 5ed, 1af (Welsh)
_D = _DAY.format(g="d")
_D2 = _DAY.format(g="d2")
_Y = r"(?P<y>\d{4})"
_SEP = r"\s*(?:-|to|until|bis|au|a|al|até)\s*"  # ("15 de junho de 1846 a 19 de abril de 1847")
_OR = r"\s*(?:or|oder|ou|nebo|lub|albo|eller|(?<=\d\s)of(?=\s+\d{1,2}\s+(?i:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b))\s*"
#                                             (Dutch "18 of 19 december", "3 of 4 mei"; not "1 of 2 June")
_AND = r"(?:\s*(?:and|und|et|&)\s*|\s+(?:en|e|y|och|og)\s+)"  # ("24 en 26 januari 1641", "3 e 5 marzo")
# "between 10 and 20 May 1845": one unknown moment in a range (notBefore/notAfter), as "or".
_BETWEEN = r"(?:between|zwischen|zw\.|entre|mezi|między|tra|fra|tussen|mellem|mellom|mellan|milli|starp)\s+(?:(?:dem|le|il|el)\s+)?"  # ("tra il 1850 e il 1852",
_AND_THE = r"\s*(?:and|und|et|e|y|och|og|a|i|en|un)\s*(?:(?:dem|le|il|el)\s+)?"  # "entre el 5 y el 14 de julio de 1771")
# Months in roman numerals, as German catalogues write them: "12. III. 1851".
# The months in two capitals, as the Library of Congress's indexes of presidents' papers write them ("1863 JE 17";
# "0C", OCR's October)
TWO_LETTER_MONTHS = {m: n for n, m in enumerate("JA FE MR AP MY JE JY AU SE OC NO DE".split(), start=1)} | {"0C": 10}
ROMAN_MONTHS = {r: n for n, r in enumerate("I II III IV V VI VII VIII IX X XI XII".split(), start=1)}
_RM = r"(?P<rm>" + "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True)) + r")\.?"
_RM2 = _RM.replace("(?P<rm>", "(?P<rm2>")
_RM_BARE = _RM[:-len(r"\.?")]  # (without its stop: "III.1867" has one before the year)

# Each pattern reads a whole (normalised, bracket-free) date text; the first that matches wins.
# A new written form is a row here, with its example in tests/test_dates.py.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (kind, re.compile(rf"^{rx}$", re.IGNORECASE))
    for kind, rx in [
        ("iso", r"(?P<y>\d{4})-(?:(?P<mn>0[1-9]|1[0-2])|00)-00"),  # 1997-03-00, 1992-00-00 (a records system's
        #                                                           month or year alone, the rest zeros)
        ("iso", r"(?P<y>\d{4})(?:-(?P<mn>0[1-9]|1[0-2])(?:-(?P<dn>\d{2}))?)?"),
        ("isorange", r"(?P<y>\d{4})-(?P<mn>\d{2})-(?P<dn>\d{2})\s*(?:/|-|to)\s*(?P<y2>\d{4})-(?P<mn2>\d{2})-(?P<dn2>\d{2})"),
        #                                                           1840-08-04 - 1840-08-06, 1840-08-04/1840-08-06
        ("iso", r"(?P<y>\d{4})-(?P<mn>0[1-9]|1[0-2])-(?P<dn>\d{2})[ T]\d{2}:\d{2}(?::\d{2})?"),  # 1865-02-22 00:00:00
        #                                                           (a spreadsheet's date cell pasted with its time)
        ("dottedmonths", r"(?P<y>\d{4})-(?P<mn>0[1-9]|1[0-2])\s*/\s*(?P<y2>\d{4})-(?P<mn2>0[1-9]|1[0-2])"),  # 1855-07/1856-12
        ("iso", r"(?P<y>\d{4})/(?P<mn>0[1-9]|1[0-2])/(?P<dn>[0-3]\d)"),  # 1854/06/14 (a French archive's notices;
        #                                                           two digits each: "1987/12/4" is an accession's number)
        ("day", rf"{_Y}\s*,\s*{_D}\s*{_M}"),                       # 1796, 4 mars (inventories)
        ("range", rf"{_Y}\s*,\s*{_D}{_SEP}{_D2}\s*{_M}"),             # 1573, 21-22 juin
        ("iso", r"(?P<y>\d{4})\s*,\s*(?P<dn>\d{1,2})\.\s?(?P<mn>\d{1,2})\.?"),  # 1866, 23. 11. (Czech inventories)
        ("day", rf"{_M}\s*{_D}\s*,?\s*{_Y}"),                       # October 21, 1948
        ("day", rf"{_D}\s+die\s+(?:mensis\s+)?{_M}\s*,?\s*(?:anno\s+(?:Domini\s+)?)?{_Y}"),  # 8 die Maii 1584,
        #                                                           14 die mensis Novembris anno Domini 1584 (Latin)
        ("latinday", rf"(?:die\s+)?(?P<rd>(?=[ivxj])x{{0,3}}(?:ix|iv|v?i{{0,3}}j?))°?\s+(?:die\s+)?(?:mensis\s+)?{_M}\s*,?\s*(?:anno\s+(?:Domini\s+)?)?{_Y}"),
        #                                                           xxx die mensis Junii 1584, die xiiij Maii 1584 (the day in
        #                                                           roman numerals, a last i written j)
        ("day", rf"{_D}\s*(?:of\s+|de\s+)?{_M}\s*,?\s*(?:de\s+|del\s+)?{_Y}"),  # 21 October 1948, 3rd of May 1951,
        #                                                           1er juin 1850, 29 de enero de 1859
        ("day", rf"{_Y}\s*[,.]?\s*{_M}\s*,?\s*{_D}"),               # 1523 März 4, 1585, Jan. 13 (registers),
        #                                                           1588. Jan. 6 (calendars),
        #                                                           1790, septiembre, 8 (Spanish catalogues)
        ("roman", rf"{_D}\s*{_RM}\s*,?\s*{_Y}"),                     # 12. III. 1851, 1.IX.1945
        ("roman", rf"(?P<d>\d{{1,2}})(?P<sep>[-/]){_RM}(?P=sep){_Y}"),  # 3-IV-1808, 22/VII/1781 (Spanish catalogues)
        ("roman", rf"(?P<d>[0-3]?\d)/{_RM}\s+{_Y}"),                      # 27/IX 1846 (a Finnish edition's)
        ("dotted", r"(?P<dn>\d{1,2})\.\s?(?P<mn>\d{1,2})\.\s?(?P<y>\d{4})"),  # 21.10.1948 (day first)
        ("iso", r"(?P<mn>0?[1-9]|1[0-2])[.-](?P<y>\d{4})"),                 # 12.1871 (a German catalogue's month),
        #                                                           05-1809 (a Spanish one's)
        ("dottedmonths", r"(?P<mn>0?[1-9]|1[0-2])\.(?P<y>\d{4})\s*[-–]\s*(?P<mn2>0?[1-9]|1[0-2])\.(?P<y2>\d{4})"),
        #                                                           01.1854 - 09.1855, 5.1868–9.1869
        ("romanmonth", rf"{_RM_BARE}[.-](?P<y>\d{{4}})"),                      # III.1867, XII.1843, III-1815
        ("range", rf"{_Y}\s+{_RM}\s+{_D}{_SEP}{_D2}"),                      # 1863 IV 7–8
        ("roman", rf"{_Y}\s+{_RM}\s+{_D}"),                                  # 1863 VI 12 (Polish regesty: year first)
        ("roman", rf"{_Y}\.\s*{_RM}\s*{_D}"),                                # 1852. VII. 22. (Hungarian)
        ("romanmonth", rf"(?P<y>\d{{4}})\s+{_RM_BARE}\.?"),                  # 1863 VI
        ("twoletter", rf"(?P<y>\d{{4}})\s+(?-i:(?P<tl>{'|'.join(TWO_LETTER_MONTHS)}))(?: {{1,2}}(?P<dn>\d{{1,2}}))?"),  # 1863 JE 17,
        #                                                           1872 DE (the Library of Congress's indexes: two capitals)
        ("zeroed", r"(?P<a>\d{2})/(?P<b>\d{2})/(?P<y>\d{4})(?<=00/\d\d/\d{4}|\d\d/00/\d{4})"),  # 00/07/1991, 00/00/1991:
        #                                                           a database's unknown day or month, written 00
        ("slashed", r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})"),          # 10/21/1948 or 21/10/1948
        ("slashed", r"(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<y>\d{4})"),          # 22-07-1794 (Spanish catalogues)
        ("month", rf"{_M}\s*,?\s*(?:de\s+|del\s+)?{_Y}"),          # October 1948, JUNE, 1936, julio de 1837
        ("month", rf"{_M}\s+\?\s*,?\s*{_Y}"),                        # March ? 1823, March ?, 1823 (the day not known)
        ("month", rf"{_Y}\s*[,.]?\s*{_M}"),                         # 1638 Apr (registers), 1790. március (Hungarian)
        ("day", rf"{_Y}\s*m\.\s*{_M}\s+{_D}\s*d\.?"),                  # 1883 m. kovo 6 d. (Lithuanian: metų … dienos)
        ("range", rf"{_Y}\s*m\.\s*{_M}\s+{_D}{_SEP}{_D2}\s*d\.?"),       # 1897 m. sausio 3–6 d.
        ("month", rf"{_Y}\s*m\.\s*{_M}(?:\s+mėn\.?)?"),                 # 1883 m. rugsėjo mėn.
        ("year", rf"{_Y}\s*m\.?"),                                  # 1883 m.
        ("year", _Y),
        ("decade", r"(?:(?:década de|the)\s+)?(?P<y>\d{3}0)(?:s|['’]s|-talet|er(?:\s+Jahre)?|-е(?:\s+гг\.?)?|au|-luku)"),
        #                                                           1850s, 1820-talet, 1850er Jahre, 1850-е гг., 1850au (Welsh),
        #                                                           1890-luku (Finnish; not "1890-l.", OCR's 1890-1 too)
        ("decade", r"(?:década|decade) de (?P<y>\d{3}0)"),                 # década de 1850
        ("decade-dash", r"(?P<y>1[5-9]\d)-"),                                   # [186-?] (a library catalogue's decade, in
        #                                                          its brackets: _YEAR_LIKE; not "186-" alone, a page's)
        ("century-dash", r"(?P<y>1[5-9])--"),                                 # [18--?] (… and century)
        ("day", r"(?P<d>\d{1,2})/(?P<mn>\d{1,2})\s+(?P<y>\d{4})"),          # 3/3 1843 (Scandinavian: day first)
        ("day", r"(?P<y>\d{4})\s+(?P<d>\d{1,2})/(?P<mn>\d{1,2})"),          # 1823 3/4 (a register's, year first)
        ("range", r"(?P<d>\d{1,2})\s*[-–]\s*(?P<d2>\d{1,2})/(?P<mn>\d{1,2})\s+(?P<y>\d{4})"),  # 12–15/3 1830
        ("range", r"(?P<y>\d{4})-(?P<mn>0[1-9]|1[0-2])-(?P<d>[0-3]\d)(?:\s*[/–]\s*|\s+(?:á|a|al)\s+)(?P<d2>[0-3]?\d)"),  # 1856-05-18/19,
        #                                                           1796—5—25 á 30 (_normalise: a Spanish catalogue's)
        ("range", r"(?P<d>\d{1,2})/(?P<mn>\d{1,2})\s+(?P<y>\d{4})\s*(?:-|to|till|til)\s*(?P<d2>\d{1,2})/(?P<mn2>\d{1,2})\s+(?P<y2>\d{4})"),
        #                                                           11 brev 25/5 1834–23/4 1835
        ("years", rf"{_Y}{_SEP}(?P<y2>\d{{4}})"),                      # 1840-1841
        ("years", r"(?P<y>\d{4})(?:\s*,\s*\d{4})*\s*,\s*(?:\d{4}\s*[-–]\s*)?(?P<y2>\d{4})"),  # 1846, 1848-1850 (the
        #                                                           years a group of letters was written in)
        ("dashedrange", r"(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<y>\d{4})\s+[-–]\s+(?P<a2>\d{1,2})-(?P<b2>\d{1,2})-(?P<y2>\d{4})"),
        ("dashedrange", r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})\s*[-–]\s*(?P<a2>\d{1,2})/(?P<b2>\d{1,2})/(?P<y2>\d{4})"),
        #                                                           19/08/1914-22/08/1914 (a collections database's)
        #                                                           10-06-1786 - 25-12-1786
        ("dottedrange", r"(?P<dn>\d{1,2})\.\s?(?P<mn>\d{1,2})\.\s?(?P<y>\d{4})\s*[-–]\s*(?P<dn2>\d{1,2})\.\s?(?P<mn2>\d{1,2})\."
                        r"\s?(?P<y2>\d{4})"),                             # 13.8.1872-21.10.1875
        ("dottedrange", r"(?P<dn>\d{1,2})\.(?P<mn>\d{1,2})\.\s*[-–]\s*(?P<dn2>\d{1,2})\.(?P<mn2>\d{1,2})\.\s?(?P<y>\d{4})"),
        #                                                           20.7.-25.12.1817 (a Danish register: one year)
        ("years", r"(?P<y>\d{4})\s+(?:og|och|and|und|et|e|y|i)\s+(?P<y2>\d{4})"),  # 1811 og 1812 (letters of both years)
        ("years-short", rf"{_Y}\s*[-/]\s*(?P<y2s>\d{{1,2}})"),           # [1831–4], 1858-9: some time in those years
        ("day-years", rf"{_D}\s*{_M}\s*,?\s*{_Y}\s*[-/]\s*(?P<y2s>\d{{1,2}})"),  # 23 Sept [1876–7], 15 Nov
        ("day-years", rf"{_M}\s*{_D}\s*,?\s*{_Y}\s*[-/]\s*(?P<y2s>\d{{1,2}})"),  # [1874–84]: that day in one
        #                                                           of those years (a double year "1637/8" is read above)
        ("range", rf"{_D}{_SEP}{_D2}\s*(?:de\s+)?{_M}\s*,?\s*(?:de\s+)?{_Y}"),  # 1-7 March 1952, 24-27 de diciembre de 1851
        ("range", rf"{_M}\s*{_D}{_SEP}{_D2}\s*,?\s*{_Y}"),          # March 1-7, 1952
        ("range", rf"{_D}\s*/\s*{_D2}\s*{_M}\s*,?\s*{_Y}"),           # 3./4. Mai 1808: written over two days (ten
        #                                                           to thirteen days apart, Old Style and New: above)
        ("range", rf"{_D}\s*{_M}\s*/\s*{_D2}\s*{_M2}\s*,?\s*{_Y}"),  # 31. Mai/1. Juni 1808
        ("range", rf"{_D}\s*{_M}\s*(?:and|&)\s*{_D2}\s*{_M2}\s*,?\s*{_Y}"),  # 19 Aug. and 17 Dec. 1921 (two letters)
        ("range", rf"{_D}\.?\s*(?:and|&|und|i|og|och)\s*{_D2}\.?\s*{_M}\s*,?\s*{_Y}"),  # 7 i 8 kwietnia 1845, 7 and 8
        #                                                           April 1845 (written over two days)
        ("range", rf"{_D}\s*(?:de\s+)?{_M}{_SEP}{_D2}\s*(?:de\s+)?{_M2}\s*,?\s*(?:de\s+)?{_Y}"),  # 30 March - 2 April
        #                                                           1952, 6 de febrero - 25 de mayo de 1797
        ("range", rf"{_D}\s*{_RM}{_SEP}{_D2}\s*{_RM2}\s*,?\s*{_Y}"),  # 11 XII - 26 XII 1855 (Polish catalogues)
        ("range", rf"{_D}{_SEP}{_D2}\s*{_RM}\s*,?\s*{_Y}"),         # 11-26 XII 1855
        ("range", rf"{_D}\s*(?:and|&|und|i|in|og|och)\s*{_D2}\s*{_RM}\s*,?\s*{_Y}"),  # 19. i 20. XI 1867 (Croatian: "and";
        #                                                           written over two days)
        ("months", rf"{_RM}{_SEP}{_RM2}\s*,?\s*{_Y}"),                 # V - XI 1849
        ("months", rf"{_RM}\s*{_Y}{_SEP}{_RM2}\s*(?P<y2>\d{{4}})"),      # XI 1855 - I 1857
        ("months", rf"{_M}\s*,?\s*{_Y}{_SEP}{_M2}\s*,?\s*(?P<y2>\d{{4}})"),  # November 1859-February 1861
        ("range", rf"{_M}\s*{_D}{_SEP}{_M2}\s*{_D2}\s*,?\s*{_Y}"),  # March 30 - April 2, 1952
        ("range", rf"{_Y}\s*[,.]?\s*{_M}\s*,?\s*{_D}{_SEP}(?:(?P<y2>\d{{4}})\s*,?\s*)?(?:{_M2}\s*,?\s*)?{_D2}"),
        #                                                           1641 Nov 2 - 1641 Nov 5, 1523 März 4-9 (registers),
        #                                                           1826, enero, 14 - 1826, julio, 18 (Spanish catalogues)
        ("range", rf"{_Y}\s+{_M}\s+{_D}\s*,\s*{_D2}"),                   # 1819 May 30,31 (an index's two days)
        ("months", rf"{_Y}\s*[,.]?\s*{_M}{_SEP}(?P<y2>\d{{4}})\s*[,.]?\s*{_M2}"),  # 1798, febrero - 1799, agosto
        ("range", rf"{_Y}\s*,\s*{_D}\s*{_M}{_SEP}(?:(?P<y2>\d{{4}})\s*,\s*)?{_D2}\s*{_M2}"),  # 1842, 3 окт. – 1843, 15 июля
        #                                                           (a Russian opis: the year, then the day and month)
        ("range", r"(?P<d>\d{1,2})\.?(?:" + _SEP + r"|\s*/\s*)(?P<d2>\d{1,2})\.\s?(?P<mn>\d{1,2})\.\s?(?P<y>\d{4})"),
        #                                                           14.-16.03.1822, 14./17. 9. 1849 (written over days)
        ("range", rf"{_D}\s*(?:de\s+)?{_M}\s*,?\s*(?:de\s+)?{_Y}(?:{_SEP}|\s*/\s*){_D2}\s*(?:de\s+)?{_M2}\s*,?\s*(?:de\s+)?(?P<y2>\d{{4}})"),
        #                                                           29 de abril de 1806 - 10 de febrero de 1807
        ("range", rf"{_D}\s*{_RM}\s*{_Y}{_SEP}{_D2}\s*{_RM2}\s*(?P<y2>\d{{4}})"),  # 9 XI 1841 - 11 I 1842
        ("range", rf"{_M}\s*{_D}\s*,?\s*{_Y}{_SEP}{_M2}\s*{_D2}\s*,?\s*(?P<y2>\d{{4}})"),  # May 3, 1850 - June 2, 1851
        ("months", rf"{_M}{_SEP}{_M2}\s*,?\s*{_Y}"),                # May-June 1841
        ("months", rf"{_Y}\s*[,.]?\s*{_M}{_SEP}{_M2}"),             # 1751 Sept.–Oct. (registers, guides),
        #                                                           1800. január–április (Hungarian)
        ("months-or", rf"{_M}\s*(?:/|{_OR})\s*{_M2}\s*,?\s*{_Y}"),  # Juni/Juli 1836, June or July 1836: one of them
        ("months-or", rf"{_BETWEEN}{_M}{_AND_THE}{_M2}\s*,?\s*{_Y}"),   # between May and July 1854
        ("months-or", rf"{_BETWEEN}{_M}\s*,?\s*{_Y}{_AND_THE}{_M2}\s*,?\s*(?P<y2>\d{{4}})"),
        #                                                           between November 1852 and February 1853
        ("or", rf"{_D}{_OR}{_D2}\s*{_M}\s*,?\s*{_Y}"),              # 5 or 12 March 1952, 5. oder 12. Juni 1855
        ("or", rf"{_M}\s*{_D}{_OR}{_D2}\s*,?\s*{_Y}"),              # April 1 or 8, 1523
        ("or", rf"{_Y}\s*,?\s*{_M}\s*{_D}{_OR}{_D2}"),              # 1523 April 1 oder 8 (registers)
        ("or", rf"{_BETWEEN}{_D}{_AND_THE}{_D2}\s*(?:de\s+)?{_M}\s*,?\s*(?:de\s+)?{_Y}"),  # between 10 and 20 May 1845,
        #                                                           zwischen dem 10. und 20. Mai 1845, entre el 5 y el 14 de julio de 1771
        ("or", rf"{_BETWEEN}{_D}\s*{_M}{_AND_THE}{_D2}\s*{_M2}\s*,?\s*{_Y}"),  # between 28 May and 3 June 1845
        ("or", rf"{_BETWEEN}{_D}\s*{_M}\s*,?\s*{_Y}{_AND_THE}{_D2}\s*{_M2}\s*,?\s*(?P<y2>\d{{4}})"),
        #                                                           between 23 Jun 1648 and 7 Oct 1649
        ("or", rf"{_BETWEEN}{_M}\s*{_D}{_AND_THE}{_D2}\s*,?\s*{_Y}"),  # between May 10 and 20, 1845
        ("or", rf"{_BETWEEN}{_M}\s*{_D}{_AND_THE}{_M2}\s*{_D2}\s*,?\s*{_Y}"),  # between May 28 and June 3, 1845
        ("or", rf"{_BETWEEN}(?P<d>\d{{1,2}})\.?{_AND_THE}(?P<d2>\d{{1,2}})\.\s?(?P<mn>\d{{1,2}})\.\s?{_Y}"),
        #                                                           zwischen 24. und 29. 12. 1842
        ("or", r"(?P<d>\d{1,2})\.?" + _OR + r"(?P<d2>\d{1,2})\.\s?(?P<mn>\d{1,2})\.\s?(?P<y>\d{4})"),  # 6. oder 7. 3. 1848
        ("or", rf"{_BETWEEN}(?P<d>\d{{1,2}})\.\s?(?P<mn>\d{{1,2}})\.{_AND_THE}(?P<d2>\d{{1,2}})\.\s?(?P<mn2>\d{{1,2}})\.\s?{_Y}"),
        #                                                           mezi 16. 1. a 31. 1. 1871 (Czech)
        ("or", rf"{_BETWEEN}{_Y}\s*,?\s*{_M}\s*{_D}{_AND_THE}(?P<y2>\d{{4}})\s*,?\s*{_M2}\s*{_D2}"),
        #                                                           between 1869 February 18 and 1869 March 1
        ("or", rf"{_BETWEEN}{_Y}-(?P<mn>\d{{2}})-(?P<d>\d{{2}}){_AND_THE}(?P<y2>\d{{4}})-(?P<mn2>\d{{2}})-(?P<d2>\d{{2}})"),
        #                                                           between 1654-10-09 and 1654-10-11 (EMLO)
        ("or-years", rf"{_BETWEEN}{_Y}{_AND_THE}(?P<y2>\d{{4}})"),    # between 1845 and 1847
        ("or-years", rf"{_Y}{_OR}(?P<y2>\d{{4}})"),                  # 1818 or 1819, 1818 oder 1819
        ("and", rf"{_D}{_AND}{_D2}\s*{_M}\s*,?\s*{_Y}"),            # 5 and 9 March 1952, 2 et 3 septembre 1851,
        #                                                           24 en 26 januari 1641
        ("and", rf"{_M}\s*{_D}{_AND}{_D2}\s*,?\s*{_Y}"),            # March 5 and 6, 1851
    ]
]

# The days of the week as listings write them (layouts.shared and the inventory read them too).
WEEKDAYS = ("monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|"
            "sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lundi|mardi|"
            "mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|"
            "martedì|mercoledì|giovedì|venerdì|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|"
            "zondag|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela")
_WEEKDAY = re.compile(
    rf"^(?:(?:{WEEKDAYS})\.?(?:\s*/\s*(?:{WEEKDAYS})\.?)?|(?i:w|we)\s+(?:poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę))"  # (Polish
    #                                                       "w niedzielę"; a letter of two days: "Sonntag / Montag, 7. / 8. Juli 1867")
    r"(?:\s+(?:night|morning|evening|afternoon|abend|morgen|nachmittag|soir|matin))?,?\s+",
    re.IGNORECASE,
)
# … and inside a date of two days, before the second: "zaterdag 28 en zondag 29 september", "tussen
# zaterdag 11 en vrijdag 17 mei", "Saturday 28 and Sunday 29 September"
_WEEKDAY_INSIDE = re.compile(rf"(?<=\s)(?:{WEEKDAYS})\.?,?\s+(?=\d)", re.IGNORECASE)
# A word of doubt before a date: "[No date; probably c. July 1747]", "vermutlich 1850"
_LIKELY = re.compile(r"^(?:probably|prob\.|possibly|perhaps|presumably|likely|wohl|vermutlich|vermutl\.|wahrscheinlich|"
                     r"probablement|peut-être|probabilmente|forse|probablemente|waarschijnlijk|vermoedelijk|sannolikt|"
                     r"troligen|formentlig|sandsynligvis|prawdopodobnie)\s+", re.IGNORECASE)
# The day a chancery received a letter, the only date of one undated: "praes. 5. August 1752"
_RECEIVED = re.compile(r"^(?:praes\.|praesentatum|präs\.|präsentiert|exhib\.|exhibitum)\s+(?P<date>\S.*)$", re.IGNORECASE)
# Words of a dating before the date itself: "de dato", "im Monath", "Anno" (German chanceries)
_WRITTEN_ON = re.compile(r"^(?:dd\.|de\s+dato|im\s+Monath?|anno)\s+", re.IGNORECASE)
_CIRCA = re.compile(r"^(?:(?:c|ca|approx|h|omstr|omkr|ok|ок|kol)\.(?!,)\s*|n\.\s*(?=\d{4})|"  # (not an initial: "To C.,
                    #                                                       29 March"; Finnish "n. 1892", noin)
                    r"(?:ca|cca|circa|about|approx|um|vers|hacia|verso|omstreeks|omkring|около|біля|близько|asi|około|okoli|oko|apie|ap)(?:\s+|(?=\d))|"
                    r"(?-i:c)\s?(?=1\d{3}\b))",  # ("c1870", "c 1870": The National Archives' catalogue writes it so;
                    #                          not Estonian "u. 1909", umbes: Hungarian "Váci u. 1867" is a street)
                    re.IGNORECASE)  # (a word of its own: not the "Ca" of "Candlemas day 1590")
# Seasons and feasts a date opens with ("Easter 1858", "Pasqua 1827"): read as the year they are in
# (layouts.shared.find_date starts a date at them too).
SEASONS = ("spring summer autumn fall easter whitsun whitsuntide christmas michaelmas midsummer "
           "frühjahr frühling sommer herbst ostern pfingsten weihnachten printemps été automne pâques noël pentecôte "
           "primavera verano otoño pascua navidad estate autunno pasqua natale "
           "voorjaar zomer najaar herfst pasen pinksteren kerstmis "
           "våren sommaren hösten vår sommar höst verão outono páscoa natal").split()  # (no winter: below)
# Days of the year a feast names, whatever the year ("julafton 1860" is 24 December 1860); a
# movable feast (Easter, Whitsun) names its year only (SEASONS). One row per language.
FEASTS = {
    "en": {"christmas eve": (12, 24), "christmas day": (12, 25), "new year's day": (1, 1), "new year’s day": (1, 1),
           "new year's eve": (12, 31), "new year’s eve": (12, 31), "twelfth night": (1, 5), "lady day": (3, 25),
           "midsummer day": (6, 24), "michaelmas day": (9, 29), "candlemas day": (2, 2), "lammas day": (8, 1),
           "martinmas": (11, 11), "all saints' day": (11, 1), "all saints’ day": (11, 1),
           # saints' days, as English letter books date ("From Lydcote, on St. James's day, 1585")
           **{f"{saint} {name}{ending} day": day
              for name, day in {"stephen": (12, 26), "james": (7, 25), "john baptist": (6, 24), "peter": (6, 29),
                                "bartholomew": (8, 24), "andrew": (11, 30), "thomas": (12, 21), "george": (4, 23),
                                "martin": (11, 11), "luke": (10, 18), "mark": (4, 25), "matthew": (9, 21),
                                "michael": (9, 29), "david": (3, 1), "patrick": (3, 17), "valentine": (2, 14),
                                "swithin": (7, 15), "lawrence": (8, 10), "margaret": (7, 20), "nicholas": (12, 6)}.items()
              for saint in ("st.", "st", "saint")
              for ending in ("'s", "’s", *(("'", "’") if name.endswith("s") else ()))}},
    "de": {"heiligabend": (12, 24), "heiliger abend": (12, 24), "neujahr": (1, 1), "neujahrstag": (1, 1), "silvester": (12, 31)},
    "sv": {"julafton": (12, 24), "juldagen": (12, 25), "nyårsdagen": (1, 1), "nyårsafton": (12, 31)},
    "da/no": {"juleaften": (12, 24), "juledag": (12, 25), "nytårsdag": (1, 1), "nytårsaften": (12, 31), "nyttårsdag": (1, 1)},
    "fr": {"jour de l'an": (1, 1), "jour de l’an": (1, 1), "la saint-sylvestre": (12, 31)},
    # Latin, as humanists date ("in festo Epiphaniae 1521", "die S. Ioannis Baptistae 1526")
    "la": {"epiphaniae": (1, 6), "epiphaniae domini": (1, 6), "purificationis mariae": (2, 2), "purificationis": (2, 2),
           "annuntiationis mariae": (3, 25), "s. ioannis baptistae": (6, 24), "sancti ioannis baptistae": (6, 24),
           "ss. petri et pauli": (6, 29), "assumptionis mariae": (8, 15), "nativitatis mariae": (9, 8),
           "s. michaelis": (9, 29), "omnium sanctorum": (11, 1), "s. martini": (11, 11), "nativitatis domini": (12, 25),
           "s. stephani": (12, 26), "circumcisionis domini": (1, 1), "s. laurentii": (8, 10), "s. iacobi": (7, 25),
           "s. bartholomaei": (8, 24), "s. galli": (10, 16), "s. andreae": (11, 30), "s. thomae": (12, 21),
           "s. georgii": (4, 23), "s. mariae magdalenae": (7, 22), "s. catharinae": (11, 25), "s. nicolai": (12, 6)},
}
_FEAST_DAYS = {name: day for rows in FEASTS.values() for name, day in rows.items()}
_FEAST = re.compile(r"^(?:(?:in\s+)?(?:festo|die|vigilia)\s+)?(?P<feast>" + "|".join(re.escape(n) for n in sorted(_FEAST_DAYS, key=len, reverse=True))
                    + r")(?:\s*,?\s*(?P<y>\d{4}))?$", re.IGNORECASE)  # (without its year: a heading's, if any)
_YEARS_DASHED = re.compile(r"(?<!\d)(\d{4})\s*[–—]\s*(\d{1,2})(?=\s*\]?\s*$)")
# A part of a year, a season or a feast before its month or year ("Spring 1852", "Ende 1889",
# "Easter Sunday 1858", "Anfang Mai 1850", "fin juin 1850"): the letter is of that month or
# year, which is all that is encoded (the words stay in the date's text). Not "winter":
# "Winter 1850" may be 1850/51.
_PART_OF_YEAR = re.compile(
    r"^(?:early|late|end of|the end of|beginning of|middle of|mid-?|lady day|anfang|ende|mitte|début|fin|mi-|"
    r"principios|finales|fines|mediados|(?:domingo )?de (?:resurrecci[oó]n|ramos)|inizio|fine|metà|"  # ("Domingo": a weekday, off)
    r"begin|eind|midden|αρχές|τέλη|μέσα|koncom|začiatkom|(?-i:v)\s+(?=[a-záäéíóúý]+i\s+\d{4})|" + "|".join(SEASONS) + r")(?:\b|(?<=-))"
    r"(?:\s+(?:sunday|monday|day|week|eve|term))*(?:\s+(?:de|del|di|van)\b)?\s*(?=\S)", re.IGNORECASE)  # ("Ende Dezember")
# A tenth of a month, as Italian and French editions date a letter by its days: "seconda decade di
# aprile 1879", "première décade de mars 1790"
_TENTH = re.compile(r"^(?P<n>prima|seconda|terza|ultima|premi[eè]re|deuxi[eè]me|troisi[eè]me|derni[eè]re)"
                    r"\s+d[eé]cade\s+(?:di|de|d['’])\s*(?P<rest>.+)$", re.IGNORECASE)
_TENTH_FIRST_DAY = {"prim": 1, "prem": 1, "seco": 11, "deux": 11, "terz": 21, "ulti": 21, "troi": 21, "dern": 21}
TENTH_EXAMPLES = (("seconda decade di aprile 1879", "1879-04-11", "1879-04-20"),
                  ("[terza decade di febbraio 1880]", "1880-02-21", "1880-02-29"),
                  ("première décade de mars 1790", "1790-03-01", "1790-03-10"))
# "19th century", "early 19th century": the century, or its third (early, mid, late) as museums'
# cataloguing rules count it (the first 34 years, the middle 33, the last 33)
_CENTURY = re.compile(r"(?:(?P<part>early|mid|late)[\s-]+)?(?P<c>\d{1,2})(?:st|nd|rd|th)[\s-]+century", re.IGNORECASE)
_CENTURY_PARTS = {"": (0, 99), "early": (0, 33), "mid": (34, 66), "late": (67, 99)}
_AFTER = re.compile(r"^(?:>(?=[\d\[]|[A-Z][a-z])|dopo\s+l['’]\s*|post-(?=[\dA-Za-z])|(?:after|nach|après|apres|después del?|despues del?|dopo il|dopo|na|"
                    r"post\.?|efter|etter|eftir|po|poslije|posle|posterior al?|после|після|după)\s+)", re.IGNORECASE)  # ("dopo l'8 marzo", "post-1879";
#                                                                                      Croatian, Serbian "poslije", "posle")
# "Not earlier than", "not later than": the day named included ("Не ранее 10 октября 1845 г.")
_NOT_BEFORE = re.compile(r"^(?:not earlier than|no earlier than|frühestens|не ранее|не раніше|після\s+\(не\s+раніше\)|"
                         r"ne agrāk par|ne agrāk kā)\s+", re.IGNORECASE)  # (Ukrainian "Після (не раніше) X": X included)
_NOT_AFTER = re.compile(r"^(?:not later than|no later than|spätestens|не позднее|не пізніше|ne vēlāk par|ne vēlāk kā)\s+",
                        re.IGNORECASE)
_CIRCA_AFTER = re.compile(r"(?<=\d)\s+(?:c|ca|circa)\.?$", re.IGNORECASE)
_CIRCA_YEAR = re.compile(r"(?<=[A-Za-z.])\s+(?:c|ca|circa)\.?\s?(?=\d{4}$)")  # ("17 May c.1895": a day, its year about)
_OR_LATER = re.compile(r"\s+(?:or|oder|ou)\s+(?P<w>later|after|earlier|before|später|früher|plus tard|plus tôt|après|avant)$",
                       re.IGNORECASE)
_LATER = {"later", "after", "später", "plus tard", "après"}
_BEFORE = re.compile(r"^(?:<\s?(?=[\d\[]|[A-Z][a-z])(?![^<>]*>)|prima\s+dell['’]\s*|pre-(?=[\dA-Za-z])|(?:before|vor|avant|antes de|antes del|prima del|prima di|vóór|voor|ante|ant\.|"
                     r"före|før|fyrir|przed|před|pred|prije|prieš|anterior al?|до|înainte\s+de)\s+)",  # ("prima dell'11 settembre 1850"; Lithuanian "prieš")
                     re.IGNORECASE)
_POSTPOSITIONS = {"előtt": "before", "után": "after", "körül": "c.", "táján": "c.", "eleje": "", "vége": "", "közepe": ""}
_POSTPOSITION = re.compile(r"\s+(előtt|után|körül|táján|eleje|vége|közepe)$", re.IGNORECASE)  # ("március eleje": its month)
_YEAR_FIRST = re.compile(r"^(\d{4}),?\s+(before|after|vor|nach|avant|après|apres)\s+", re.IGNORECASE)
# Words before a date that say nothing about it: "den 3. Mai", "le 3 mai", "the 3rd of May".
_ARTICLE = re.compile(r"^(?:den|dem|am|im|le|ce|the|el|il|li|lì|addì|adì|d\.|die|mense)\s+", re.IGNORECASE)
#                     ("d. 25 febr. 1856": den; Latin "die 19 Novembris 1518", "mense Aprili 1537")
# The marks of a missing date, in the languages of the listings (one list: the date readers,
# the lines' kinds and the calendars' headings all read it).
UNDATED_MARKS = (r"undated|undatiert|no date|not dated|date unknown|without date|n\.\s?d\.?|s\.\s?d\.?|o\.\s?D\.?|"
                 r"o\.\s?J\.|ohne datum|ohne jahr|sans date|sine dato|senza\s+luogo\s+n[éè]\s+data|senza data|sin fecha|s\.\s?f\.|zonder datum|"
                 r"z\.\s?d\.|z\.\s?j\.|odaterat|odat\.|udateret|udatert|udat\.|ódagsett|ódags\.|án\s+dagsetningar|u\.\s?å\.|u\.\s?d\.|päiväämätön|dat-ta|sem data|b\.\s?m\.\s?i\s?d\.|b\.\s?d\.|bez daty|bez data|brez\s+datuma|bez\s+datuma|bez\s+datējuma|"
                 r"б\.\s?д\.|без даты|χ\.\s?χ\.|be\s+datos|nedatat[ăa]|b\.\s?m\.\s?a\s?b\.\s?d\.|o\.\s?O\.\s?u\.\s?[JD]\.|é\.\s?n\.?|k\.\s?n\.?|f\.\s?d\.|s\.\s?l\.\s?et\s?d\.?|sine\s+(?:loco\s+(?:et|nec)\s+)?(?:die|anno)")  # ("b.m. i d.": no place and no date, in a Polish catalogue;
#                                                    "o.O. u. J.", "o. O. u. D.": ohne Ort und Jahr (Datum), in a German one; Hungarian
#                                                    "é. n.", "k. n.": év, keltezés nélkül (not "d. n.": initials); Romanian "f.d.", fără dată; Latin "s.l. et d.",
#                                                    "sine loco et die"; Slovene, Croatian "brez datuma", "bez datuma")
# "n.d. [1851?]", "s. d. [vers 1851]", "s.d. [ma 1851]" (Italian: "but 1851"): undated, then the
# date an editor supplied.
_UNDATED = re.compile(rf"^(?:{UNDATED_MARKS})\s*[,;]?\s*(?:ma\s+)?(?=\S)", re.IGNORECASE)
_UNDATED_AFTER_YEAR = re.compile(rf"(?<=\d{{4}})\s*,?\s*(?:{UNDATED_MARKS})\.?$", re.IGNORECASE)
# An undated letter dated by its postmark: "o.D. (Poststempel: Weimar, 31. 8. 1843)", "n.d.
# [postmarked 3 May 1850]", "s.d. (cachet de la poste: Lyon, 2 mai 1850)"; the place is the post office's.
_POSTMARK = re.compile(rf"^(?:(?:{UNDATED_MARKS})\s*,?\s*)?[(\[]\s*(?:poststempel|postmark(?:ed)?|pmk\.?|"
                       r"cachet(?:\s+de\s+la\s+poste)?|timbro(?:\s+postale)?)\s*:?\s*(?:[^\d,()\[\]]+,\s*)?"
                       r"(?P<date>[^()\[\]]+?)\s*[)\]]$", re.IGNORECASE)
# … or the postmark's day after the mark without brackets, as a Danish registrant writes it: "u.d.,
# poststempel 2.1.1834"
# … or the postmark's day alone, as an Estonian or Slovene list writes it: "pt. 6. V 1902", "pošt. žig 3. V. 1902"
_POSTMARK_LEAD = re.compile(r"^(?:(?-i:pt)\.|pošt\.\s?žig|poštni\s+žig)\s*:?\s*(?P<date>\d.*?)$", re.IGNORECASE)  # (not "Pt. 12": a part)
_POSTMARK_BARE = re.compile(rf"^(?:{UNDATED_MARKS})\s*,?\s*(?:poststempel|poststämpel|postmark(?:ed)?)\s*:?\s*(?P<date>\S.*?)$",
                            re.IGNORECASE)
_YEAR = re.compile(r"\d{4}")
# A time of day after the year (dispatches, telegrams): "January 3, 1951—4 p.m.", "3 May 1945,
# 10:30 a.m.", "12. 3. 1920, 11 Uhr", "March 4, 1953—midnight", "4 June 1944 1600Z". The day is
# the date; the time stays in the date's text.
_TIME_OF_DAY = re.compile(r"(?<=\d{4})\s*(?:[-,;]\s*)?(?:at\s+|um\s+|à\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.\s?m\.?|[ap]m|"
                          r"Uhr|heures?)|\d{1,2}h\d{2}|noon|midnight|mittags|\d{4}\s?(?:Z|GMT|hrs?\.?))\.?$", re.IGNORECASE)
# The hour after the year, as an email's header or a mailbox gives it: "… 1996 02:41:03 -0500",
# "… 1996 19:43", "… 1996 10:30 (GMT)".
_CLOCK = re.compile(r"(?<=\d{4})\s*,?\s*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?|[+-]\d{4}|\(?[A-Z]{2,5}\)?))*\s*$",
                    re.IGNORECASE)
# The calendar a date is written in, after it: "(O.S.)", "N.S.", "old style", "st. v." (stilo vetere)
_STYLE = re.compile(r"\s*[(\[]?(?:(?P<os>o\.\s?s\.?|old style|st\.\s?v\.|stilo vetere)|n\.\s?s\.?|new style|st\.\s?n\.|stilo novo)[)\]]?$",
                    re.IGNORECASE)
_POSTMARK_AFTER = re.compile(r"\s*[(\[](?:Poststempel|Stempel|postmark|postmarked|cachet de la poste)[)\]]$",
                             re.IGNORECASE)  # "07.03.1864 (Poststempel)": the date is the postmark's
_INFERRED = re.compile(r"\s*[(\[](?:inferred|conjectured|conjectural|supplied)[)\]]$", re.IGNORECASE)
_DOUBT = re.compile(r"\s*(?:\(\?\)|\?+)$|(?<=\d{4})\?(?=,)|^[?¿]\s*(?=\w)")  # ("1846?", "1846 (?)", "[1697?], April 3",
#                                                                    a calendar's "[? 1585]")
# "10 March 1637/8", "Jan. 1, 1699/1700": the year as it was counted then (from 25 March) and as
# historians count it (from 1 January). The later year is read, and only for a date between
# 1 January and 24 March, where the two counts differ; the day stays as written (Old Style).
# Printed editions write it with a dash ("Feb. 1, 1759-60"): read so only after a day or month, where
# a span of years cannot be meant.
_DOUBLE_YEAR = re.compile(r"(?<!\d)(?P<y>1[0-9]{3})\s?(?P<sep>[/-])\s?(?P<next>\d{1,4})(?!\d)(?!\.?\s*[^\W\d_]{3,}\.?\s*\d{4})")
#                                               (not a span's next day: "31 December 1870 - 1 January 1871")
_MONTH_WORD = re.compile(r"(?<![^\W\d_])(?:" + MONTH_NAMES + r")(?![^\W\d_])",
                         re.IGNORECASE)
# The French republican calendar (1 vendémiaire an I = 22 September 1792, until 10 nivôse an XIV):
# the first day of each year, as decreed (years III, VII and XI had a sixth complementary day).
REPUBLICAN_YEARS = {1: (1792, 9, 22), 2: (1793, 9, 22), 3: (1794, 9, 22), 4: (1795, 9, 23), 5: (1796, 9, 22),
                    6: (1797, 9, 22), 7: (1798, 9, 22), 8: (1799, 9, 23), 9: (1800, 9, 23), 10: (1801, 9, 23),
                    11: (1802, 9, 23), 12: (1803, 9, 24), 13: (1804, 9, 23), 14: (1805, 9, 23)}
REPUBLICAN_MONTHS = {name: n for n, names in enumerate([
    "vendémiaire|vendemiaire", "brumaire", "frimaire", "nivôse|nivose", "pluviôse|pluviose", "ventôse|ventose",
    "germinal", "floréal|floreal", "prairial", "messidor", "thermidor", "fructidor",
    "jour complémentaire|jours complémentaires|jour complementaire|sans-culottide|sansculottide"], start=1)
    for name in names.split("|")}
_ROMAN_NUMBER = {r: n for n, r in enumerate("I II III IV V VI VII VIII IX X XI XII XIII XIV".split(), start=1)}
_REPUBLICAN = re.compile(
    r"^(?P<d>\d{1,2})(?:er|e|ème)?(?:\s*(?P<sep>-|et|au|à|ou)\s*(?P<d2>\d{1,2})(?:er|e|ème)?)?\s+(?P<m>" + "|".join(sorted(REPUBLICAN_MONTHS, key=len, reverse=True)) +
    r")\s+(?:de\s+l['’])?an\s+(?P<y>[IVX]+|\d{1,2})(?:\s+de\s+la\s+république(?:\s+française)?)?$", re.IGNORECASE)
REPUBLICAN_EXAMPLES = (("16 pluviôse an X", "1802-02-05"), ("1er vendémiaire an II", "1793-09-22"),
                       ("10 nivôse an XIV", "1805-12-31"), ("5 jour complémentaire an III", "1795-09-21"),
                       ("6 sans-culottide an III", "1795-09-22"), ("18 brumaire an VIII", "1799-11-09"),
                       ("9 thermidor an II", "1794-07-27"))
# French inventories put the year first ("An IV, 10 pluviôse", "An III, fructidor"), the Gregorian
# day after it in brackets at times, which the archivist supplied: "An II, 14 pluviôse (2 février 1794)"
_REPUBLICAN_YEAR_FIRST = re.compile(r"^(?P<an>an\s+(?:[IVX]+|\d{1,2})),?\s+(?P<rest>.+)$", re.IGNORECASE)
_CONCORDANCE = re.compile(r"\s*[(\[](?P<d>[^()\[\]]*\d{4})[)\]]$")  # "(2 février 1794)", "[27 juillet 1794]"
REPUBLICAN_YEAR_FIRST_EXAMPLES = (("An IV, 10 pluviôse", {"when": "1796-01-30"}),
                                  ("An II, 14 pluviôse (2 février 1794)", {"when": "1794-02-02"}),
                                  ("An II, 9 thermidor [27 juillet 1794]", {"when": "1794-07-27"}),
                                  ("An III, 5e jour complémentaire", {"when": "1795-09-21"}),
                                  ("An XIV, nivôse", {"notBefore": "1805-12-22", "notAfter": "1805-12-31"}),
                                  ("An III, fructidor", {"notBefore": "1795-08-18", "notAfter": "1795-09-16"}))
REPUBLICAN_SPAN_EXAMPLES = (("thermidor an III", "1795-07-19", "1795-08-17"), ("an XI", "1802-09-23", "1803-09-23"),
                            ("l'an IV", "1795-09-23", "1796-09-21"), ("an XIV", "1805-09-23", "1805-12-31"))


# The Roman count of days: the Kalends (the 1st), Nones (the 5th; the 7th in March, May, July,
# October) and Ides (13th; 15th) of a month, and the days before them counted inclusively
# ("a.d. III Kal. Iun." is 30 May, "pridie Nonas" the day before the Nones), as humanists dated
# their letters. The day is the Julian one, as written (as Old Style days are, dates.py above).
_ROMAN_DAY = re.compile(
    r"^(?:(?:a\.\s?d\.|ante\s+diem)\s+)?(?:(?P<n>[ivxlIVXL]{1,6}|\d{1,2})\s+|(?P<pridie>prid\.|pridie)\s+|"
    r"(?P<postridie>postridie)\s+)?(?P<ref>Kal(?:endas|endis|\.)?|Cal(?:endas|endis|\.)?|Non(?:as|is|\.)?|"
    r"Id(?:us|ibus|\.)?)\s+(?P<m>[A-Za-z]{3,12})\.?\s*,?\s*(?:anno\s+)?(?P<y>\d{4}|M\.?(?:[MDCLXVI]\.?){2,11})$", re.IGNORECASE)
#   (a year of four figures or in roman numerals from the thousands, "M.D.XXII" with its points: not
#   "anno XXVI", the year of the century alone, which the date cannot tell)
ANNO_ROMAN = re.compile(r"\banno\s+[MDCLXVI]{4,12}\b", re.IGNORECASE)  # "anno MDXIX": a year in roman numerals
# A year in roman numerals as letters were dated: from the thousands, then the hundreds ("MDLXVI",
# "MCMXX"; not "MIX" or "MIDI", capitals of a name)
ROMAN_YEAR = r"M(?:M|CM|D|CD|C)[DCLXVI]{1,10}"
ROMAN_YEAR_END = re.compile(rf"(?:(?<=[\s.,])|^)(?-i:(?P<y>{ROMAN_YEAR}))\.?$")  # "10 Apr. MDXLIV": a year in roman numerals
_ROMAN_DAY_YEAR = re.compile(r"\b(?:Kal|Cal|Non|Id)\w*\.?\s+[A-Za-z]{3,12}\.?\s*,?\s*(?-i:[MDCLXVI]{4,12}\b|M\.(?:[DCLXVI]\.?){2,11})",
                             re.IGNORECASE)
#                          ("VIII Id. Mart. MDXXIV": a Roman day, its year in roman numerals)
_LATIN_MONTHS = {stem: n for n, stem in enumerate("ian feb mar apr mai iun iul aug sep oct nov dec".split(), start=1)}
_LATIN_MONTHS["may"] = 5  # (a calendar in English: "Non. May")
_ROMAN_NUMERALS = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def roman_number(text: str) -> int | None:
    values = [_ROMAN_NUMERALS.get(c) for c in text.lower()]
    if not values or None in values:
        return None
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _roman_calendar(text: str) -> str | None:
    """ISO day of a Roman dating, None when the text is none (or the day falls in a leap
    year's doubled sixth day before the Kalends of March, which cannot be told from it)."""
    m = _ROMAN_DAY.match(text)
    if not m:
        return None
    month = _LATIN_MONTHS.get(m["m"].lower().replace("j", "i")[:3])
    year = int(m["y"]) if m["y"].isdigit() else roman_number(m["y"].replace(".", ""))
    n = 2 if m["pridie"] else (int(m["n"]) if m["n"] and m["n"].isdigit() else roman_number(m["n"]) if m["n"] else 1)
    if month is None or year is None or n is None or not 1 <= n <= 19:
        return None
    ref = m["ref"][0].lower()
    day = 1 if ref in "kc" else (7 if month in (3, 5, 7, 10) else 5) if ref == "n" else (15 if month in (3, 5, 7, 10) else 13)
    leap = year % 4 == 0  # (the Julian rule)
    if ref in "kc" and month == 3 and leap and n >= 6:
        if n == 6:
            return None  # "a.d. VI Kal. Mart." of a leap year: the 24th or the doubled day, the 25th
        n += 1  # (the doubled day before it)
    lengths = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    day -= n - 1
    if m["postridie"]:
        day += 1
    while day < 1:  # (the days before the Kalends of January are December's of the year written:
        month -= 1      # the writer's year, "XIII Kal. Ian. 1547" the 20th of December 1547)
        if month == 0:
            month = 12
        day += lengths[month - 1]
    return f"{year:04d}-{month:02d}-{day:02d}" if day <= lengths[month - 1] else None


def _republican(text: str) -> dict[str, str] | None:
    """The attributes (Gregorian days) of a French republican date or two days of one month
    ("2 et 3 ventôse an X", "12 ou 19 …"), or None: outside years I–XIV, after 10 nivôse an XIV
    (the calendar's end), or a sixth complementary day in a year without one."""
    if year_first := _REPUBLICAN_YEAR_FIRST.match(text):
        text = f"{year_first['rest']} {year_first['an']}"
    m = _REPUBLICAN.match(text)
    if not m:
        return _republican_span(text)
    year = m.group("y").upper()
    year = _ROMAN_NUMBER.get(year) if not year.isdigit() else int(year)
    month = REPUBLICAN_MONTHS[m.group("m").lower()]
    days = [_republican_day(year, month, int(m.group("d")))]
    if m.group("d2"):
        days.append(_republican_day(year, month, int(m.group("d2"))))
    if None in days or len(days) == 2 and days[1] <= days[0]:
        return None
    if len(days) == 1:
        return {"when": days[0]}
    return {"notBefore": days[0], "notAfter": days[1]} if m.group("sep") == "ou" else {"from": days[0], "to": days[1]}


# A republican month or year alone, as French inventories date papers: "thermidor an III", "an XI"
# (the days it spans, one of them the letter's: notBefore and notAfter).
_REPUBLICAN_SPAN = re.compile(r"^(?:(?P<m>" + "|".join(sorted(REPUBLICAN_MONTHS, key=len, reverse=True)) +
                              r")\s+(?:de\s+l['’])?|l['’])?an\s+(?P<y>[IVX]+|\d{1,2})$", re.IGNORECASE)


def _republican_span(text: str) -> dict[str, str] | None:
    m = _REPUBLICAN_SPAN.match(text)
    if not m:
        return None
    year = m.group("y").upper()
    year = _ROMAN_NUMBER.get(year) if not year.isdigit() else int(year)
    if year not in REPUBLICAN_YEARS:
        return None
    month = REPUBLICAN_MONTHS[m.group("m").lower()] if m.group("m") else None
    first = _republican_day(year, month or 1, 1)
    if month is None:  # to the day before the next year's first (the calendar ended on 10 nivôse an XIV)
        last = _republican_day(14, 4, 10) if year == 14 else (
            datetime.date(*REPUBLICAN_YEARS[year + 1]) - datetime.timedelta(days=1)).isoformat()
    else:
        last = next(filter(None, (_republican_day(year, month, d) for d in ((10,) if (year, month) == (14, 4) else (30, 6, 5)))), None)
        #      (nivôse an XIV: to the 10th, when the calendar ended)
    return {"notBefore": first, "notAfter": last} if first and last else None


def _republican_day(year: int | None, month: int, day: int) -> str | None:
    if year not in REPUBLICAN_YEARS or not 1 <= day <= (30 if month <= 12 else 5 + (year in {3, 7, 11})):
        return None
    if year == 14 and (month > 4 or month == 4 and day > 10):
        return None
    start = datetime.date(*REPUBLICAN_YEARS[year])
    return (start + datetime.timedelta(days=(month - 1) * 30 + day - 1)).isoformat()


# A day in both styles, as letters from abroad dated them: "Jan. 23/Feb. 2", "Feb. 12/23",
# "12/23 February 1702": the Old Style day first, the New Style ten or eleven days on.
_DUAL_STYLE = re.compile(rf"^(?:(?P<m>{MONTH_NAMES})\.?\s*(?P<d>\d{{1,2}})\s*/\s*(?:(?P<m2>{MONTH_NAMES})\.?\s*)?(?P<d2>\d{{1,2}})"
                         rf"|(?P<dd>\d{{1,2}})\.?\s*/\s*(?P<dd2>\d{{1,2}})\.?\s+(?P<mm>{MONTH_NAMES})\.?(?:\s*/\s*(?P<mm2>{MONTH_NAMES})\.?)?"
                         # ("21 Feb./3 Mar. 1685/6", "29 May/8 June 1686": each day with its month; German
                         # "18./30. Mai 1808", "29. Januar/10. Februar 1850")
                         rf"|(?P<d1>\d{{1,2}})\.?\s+(?P<m1>{MONTH_NAMES})\.?\s*/\s*(?P<d3>\d{{1,2}})\.?\s+(?P<m3>{MONTH_NAMES})\.?)"
                         r"(?P<rest>(?:,?\s*\d{4}(?:/\d{1,2})?)?)$", re.IGNORECASE)


_DUAL_NUMERIC = re.compile(r"^(?P<d>\d{1,2})\s*/\s*(?P<d2>\d{1,2})(?P<sep>[-.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})$")


_DUAL_ROMAN = re.compile(rf"^(?P<y>\d{{4}})\s+{_RM_BARE}\s+(?P<d>\d{{1,2}})\s*/\s*(?:{_RM_BARE.replace('(?P<rm>', '(?P<rm2>')}\s+)?"
                         r"(?P<d2>\d{1,2})$")  # "1854 III 15/27", "1853 VII 30/VIII 11" (a Polish regest under Russian rule)


def _julian_behind(year: int) -> int:
    """The days the Julian calendar was behind the Gregorian in ``year`` (10 before 1700 … 13 from 1900)."""
    return 10 if year < 1700 else 11 if year < 1800 else 12 if year < 1900 else 13


# … day first: "14./27. III 1903", "16. (28.) V 1896", "31. VIII / 12. IX 1898" (Estonian, Slovene lists)
_DUAL_DAY_ROMAN = re.compile(rf"^(?P<d>\d{{1,2}})\.?\s*(?:(?:/|\()\s*(?P<dd>\d{{1,2}})\.?\)?\s+{_RM_BARE}\.?"
                             rf"|\s+{_RM_BARE.replace('(?P<rm>', '(?P<rm1>')}\.?\s*/\s*(?P<dd2>\d{{1,2}})\.?\s+"
                             rf"{_RM_BARE.replace('(?P<rm>', '(?P<rm2>')}\.?)\s+(?P<y>\d{{4}})$")


# … year first, the month in words: "1816 ianuarie 14/26", "1829 martie 23/aprilie 4", "1814
# decembrie 23/1815 ianuarie 4" (a Romanian inventory's)
_DUAL_YEAR_FIRST = re.compile(rf"^(?P<y>\d{{4}})\s+(?P<m>{MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})\s*/\s*(?:(?P<y2>\d{{4}})\s+)?"
                              rf"(?:(?P<m2>{MONTH_NAMES})\.?\s+)?(?P<d2>\d{{1,2}})$", re.IGNORECASE)


# … or the New Style day in brackets after the other, as despatches from Russia were dated:
# "November 26 (December 8), 1850", "November 10 (22), 1851", "December 20, 1850 (January 1, 1851)"
_BRACKETED_STYLE = re.compile(rf"^(?P<old>(?:{MONTH_NAMES})\.?\s*\d{{1,2}})(?:,\s*(?P<y>\d{{4}}))?\s*"
                              rf"\((?P<new>(?:(?:{MONTH_NAMES})\.?\s*)?\d{{1,2}})(?(y),\s*(?P<y2>\d{{4}}))\)"
                              r"(?(y)|(?P<rest>,?\s*\d{4}))$", re.IGNORECASE)


# … or day first: "21 июля (2 августа) 1867", "15 (27) декабря 1875" (a Russian opis)
_BRACKETED_DAY_FIRST = re.compile(rf"^(?P<d>\d{{1,2}})(?:\s+(?P<m>{MONTH_NAMES})\.?)?\s*\((?P<d2>\d{{1,2}})"
                                  rf"(?(m)\s+(?P<m2>{MONTH_NAMES})\.?)\)(?(m)|\s*(?P<m3>{MONTH_NAMES})\.?)"
                                  r"(?P<rest>,?\s*\d{4})?$", re.IGNORECASE)

# … each day with its year: "20 декабря 1877/1 января 1878", "20 декабря 1877 (1 января 1878)"
_DAY_FIRST_YEARS = re.compile(rf"^(?P<d>\d{{1,2}})\s+(?P<m>{MONTH_NAMES})\.?\s+(?P<y>\d{{4}})\s*(?P<open>/|\()\s*"
                              rf"(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTH_NAMES})\.?\s+(?P<y2>\d{{4}})(?(open)\)?)$", re.IGNORECASE)


def _dual_style(text: str) -> tuple[str, str] | None:
    """"Jan. 23/Feb. 2" → ("Feb. 2", the note): the New Style day, where it is ten to thirteen
    days after the other, the Old Style one (nothing else is read so: not "3/4 1843"). TEI's
    dates are Gregorian: the New Style day is the letter's, written beside the other."""
    if bracketed := _BRACKETED_STYLE.match(text):
        if bracketed["y"] and int(bracketed["y2"]) not in (int(bracketed["y"]), int(bracketed["y"]) + 1):
            return None
        text = f"{bracketed['old']}/{bracketed['new']}{bracketed['rest'] or ', ' + bracketed['y']}"
    elif (years := _DAY_FIRST_YEARS.match(text)) and (years["open"] == "/") != text.endswith(")") \
            and int(years["y2"]) - int(years["y"]) == (MONTHS[years["m2"].lower()] < MONTHS[years["m"].lower()]):
        text = f"{years['d']} {years['m']}/{years['d2']} {years['m2']} {years['y']}"  # (the New Style's year: its month's)
    elif day_first := _BRACKETED_DAY_FIRST.match(text):
        text = (f"{day_first['d']} {day_first['m']}/{day_first['d2']} {day_first['m2']}" if day_first["m"]
                else f"{day_first['d']}/{day_first['d2']} {day_first['m3']}") + (day_first["rest"] or "")
    if day_roman := _DUAL_DAY_ROMAN.match(text):
        later, month = day_roman["dd"] or day_roman["dd2"], day_roman["rm"] or day_roman["rm1"]
        gap = int(later) - int(day_roman["d"]) if not day_roman["rm2"] else None
        if gap is not None and gap != _julian_behind(int(day_roman["y"])):
            return None  # ("10./20. V 1850": no Old Style day in 1850, twelve days behind: a range, unread)
        return _styles_apart(f"{day_roman['y']} {day_roman['rm2'] or month} {later}",
                             (ROMAN_MONTHS[month.upper()], int(day_roman["d"])),
                             (ROMAN_MONTHS[(day_roman["rm2"] or month).upper()], int(later)))
    if roman := _DUAL_ROMAN.match(text):
        return _styles_apart(f"{roman['y']} {roman['rm2'] or roman['rm']} {roman['d2']}",
                             (ROMAN_MONTHS[roman["rm"].upper()], int(roman["d"])),
                             (ROMAN_MONTHS[(roman["rm2"] or roman["rm"]).upper()], int(roman["d2"])))
    if (year_first := _DUAL_YEAR_FIRST.match(text)) and (not year_first["y2"] or year_first["m2"]):
        first = (MONTHS[year_first["m"].lower().rstrip(".")], int(year_first["d"]))
        second = (MONTHS[(year_first["m2"] or year_first["m"]).lower().rstrip(".")], int(year_first["d2"]))
        year = int(year_first["y"]) + (second[0] < first[0])
        if year_first["y2"] and int(year_first["y2"]) != year:
            return None
        return _styles_apart(f"{year} {year_first['m2'] or year_first['m']} {year_first['d2']}", first, second)
    numeric = _DUAL_NUMERIC.match(text)  # "11/21-09-1684" (a Dutch list's day in both styles)
    if numeric and 10 <= int(numeric["d2"]) - int(numeric["d"]) <= 13:
        return f"{numeric['d2']}.{numeric['m']}.{numeric['y']}", _BOTH_STYLES  # (day first: the dotted form)
    m = _DUAL_STYLE.match(text)
    if m is None:
        return None
    if m["m"]:
        first, second = (MONTHS[m["m"].lower()], int(m["d"])), (MONTHS[(m["m2"] or m["m"]).lower()], int(m["d2"]))
        new = f"{m['m2'] or m['m']} {m['d2']}{m['rest']}"
    elif m["m1"]:
        first, second = (MONTHS[m["m1"].lower()], int(m["d1"])), (MONTHS[m["m3"].lower()], int(m["d3"]))
        new = f"{m['d3']} {m['m3']}{m['rest']}"
    else:
        first, second = (MONTHS[m["mm"].lower()], int(m["dd"])), (MONTHS[(m["mm2"] or m["mm"]).lower()], int(m["dd2"]))
        new = f"{m['dd2']} {m['mm2'] or m['mm']}{m['rest']}"
        if m["mm2"] is None and second[1] < first[1]:  # ("28/8 March": no; "12/23 Feb." yes)
            return None
    if second[0] < first[0] and (year := re.search(r"\d{4}(?!\s*/)", new)):  # "Dec. 25/Jan. 4, 1700": the New
        new = new[:year.start()] + str(int(year[0]) + 1) + new[year.end():]     # Style day in the next year
    if re.match(r"\d{1,2}\.", text) and (year := re.search(r"\d{4}", m["rest"])) \
            and (datetime.date(1701, *second) - datetime.date(1701, *first)).days % 365 != _julian_behind(int(year[0])):
        return None  # (German "1./11. Mai 1850": ten days apart where the styles were twelve: two days, a span)
    return _styles_apart(new, first, second)


_BOTH_STYLES = "Old Style (Julian) and New Style: the New Style day (TEI's dates are Gregorian)"


def _styles_apart(new: str, first: tuple[int, int], second: tuple[int, int]) -> tuple[str, str] | None:
    """(the New Style day as written, the note) where (month, day) ``second`` is ten to thirteen
    days after ``first``: the New Style day of the same letter."""
    try:  # (in a common year: the gap the two styles keep, whatever the year)
        gap = (datetime.date(1701, *second) - datetime.date(1701, *first)).days % 365
    except ValueError:
        return None
    return (new, _BOTH_STYLES) if 10 <= gap <= 13 else None


def _double_year(text: str) -> tuple[str, str, str] | None:
    """The text with a double year ("1637/8") made the later year, a note, and the double year
    as written; None if none."""
    m = _DOUBLE_YEAR.search(text)
    if not m:
        return None
    year, next_ = m.group("y"), m.group("next")
    later = int(year) + 1
    if next_ != str(later)[-len(next_):] or m.group("sep") == "-" and not _MONTH_WORD.search(text):
        return None
    return text[:m.start()] + str(later) + text[m.end():], f"double year {m.group(0)}: read as {later}", m.group(0)


OCR_DIGITS = str.maketrans({"l": "1", "I": "1", "O": "0", "o": "0"})
_OCR_LETTERS = str.maketrans({"1": "l", "0": "o"})


def _ocr_month(word: str) -> str:
    """A month name OCR wrote with a digit for a letter: "Apri1" → "april", "0ctober" → "october"."""
    repaired = word.translate(_OCR_LETTERS)
    return repaired if repaired.lower() in MONTHS else word


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date as written plus what it means in TEI terms."""

    text: str
    when: str | None = None
    not_before: str | None = None
    not_after: str | None = None
    from_: str | None = None
    to: str | None = None
    cert: str | None = None
    notes: tuple[str, ...] = field(default=())
    # TEI @precision (att.dimensions): "low" for an approximate date (EDTF "~").
    precision: str | None = None

    def attributes(self) -> dict[str, str]:
        """TEI attributes in a fixed order (``from_`` is ``from``)."""
        pairs = [
            ("when", self.when),
            ("notBefore", self.not_before),
            ("notAfter", self.not_after),
            ("from", self.from_),
            ("to", self.to),
            ("cert", self.cert),
            ("precision", self.precision),
        ]
        return {k: v for k, v in pairs if v}

    @classmethod
    def of(cls, text: str, attributes: dict[str, str], **rest) -> "DateValue":
        """From TEI attribute names (the inverse of :meth:`attributes` for the date's bounds)."""
        return cls(text=text, when=attributes.get("when"), not_before=attributes.get("notBefore"),
                   not_after=attributes.get("notAfter"), from_=attributes.get("from"), to=attributes.get("to"), **rest)

    @property
    def start(self) -> str | None:
        """Earliest ISO value, for sorting and for inferring years in summaries."""
        return self.when or self.from_ or self.not_before or self.not_after or self.to

    @property
    def year(self) -> int | None:
        start = self.start
        return int(start[:4]) if start else None


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """ISO string for a real calendar date, else None (31 February is not a date, nor a year
    after 2100: "14 Nisan 5682" is the Jewish calendar's, its Gregorian day in brackets after it)."""
    if not 1 <= year <= 2100:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _step(value: str, by: int) -> str | None:
    """``value`` moved ``by`` units of its own precision (year, month or day).

    "before X" and "after X" exclude X: before 1953 is at the latest 1952, before
    5 March 1952 at the latest 4 March. Real calendar arithmetic, so month and year
    roll over and leap days count.
    """
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return _iso(parts[0] + by)
    if len(parts) == 2:
        months = parts[0] * 12 + parts[1] - 1 + by
        return _iso(months // 12, months % 12 + 1)
    try:
        return (datetime.date(*parts) + datetime.timedelta(days=by)).isoformat()
    except OverflowError:
        return None


def _month(name: str | None) -> int | None:
    return MONTHS.get(name.lower().rstrip(".")) if name else None


def _roman_month(numeral: str | None) -> int | None:
    return ROMAN_MONTHS[numeral.upper().rstrip(".")] if numeral else None


# Russian dates write "г." (год) after a year, "гг." after years: "21 сентября 1850 г.", "1834–1838 гг."
_RUSSIAN_YEAR = re.compile(r"(?<=\d)\s*(?:г(?:г)?|рр?)\.(?=\s*[\]?)]*\s*(?:[–—-]|$))")  # (Ukrainian "р.", року)


# Year, month and day between long dashes, as Spanish catalogues print them ("1796—1—14"; OCR's "1796-3—16",
# "1796-5--11"): one long or doubled dash at least, else a reference's numbers ("Bundle 1850-3-5")
_DASHED_DAY = re.compile(r"(?<![\w-])([\dlI]\d{3})\s?([—–]|--?)\s?(\d{1,2})\s?([—–]|--?)\s?(\d{1,2})(?![\d-])")


def _dashed_day(m: re.Match[str]) -> str:
    if "-" == m[2] == m[4] or not 1 <= int(m[3]) <= 12:
        return m[0]
    return f"{m[1].replace('l', '1').replace('I', '1')}-{int(m[3]):02d}-{int(m[5]):02d}"  # ("l796": OCR's 1)


def _normalise(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("\u2009", " ")
    if "г." in text or "р." in text:
        text = _RUSSIAN_YEAR.sub("", text)
    text = _DASHED_DAY.sub(_dashed_day, text)
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    if "." in text:  # a Croatian or Serbian year's stop before a span's dash: "1876.-1880.", "1852. – 1854."
        text = _YEAR_STOP_SPAN.sub(r"\1-\2", text)
    if "d'" in text or "d’" in text:  # Catalan "9 d'abril de 1751", "16 d'agost": "de" before a vowel
        text = _ELIDED_OF.sub("de ", text)
    return re.sub(r"\s+", " ", text).strip()


_ELIDED_OF = re.compile(r"(?<=\d )d['’](?=[aeiouàèéíòóú])", re.IGNORECASE)


_YEAR_STOP_SPAN = re.compile(r"^(\d{4})\.\s*-\s*(\d{4})\.?$")


def _repair_ocr(text: str) -> str:
    """Undo the common OCR slips inside numbers: "ll" → 11, "1 82 1" → 1821."""
    text = re.sub(
        r"(?<![A-Za-z])[lIOo\d]*\d[lIOo\d]*(?![A-Za-z])|(?<![A-Za-z])[lI]{1,2}(?= [A-Za-z])",
        lambda m: m.group(0).translate(OCR_DIGITS),
        text,
    )
    # A year broken by stray spaces: "1 82 1" → "1821" (digit groups summing to four).
    text = re.sub(
        r"(?<!\d)(\d{1,3}) (\d{1,3})(?: (\d{1,2}))?(?!\d)",
        lambda m: "".join(g for g in m.groups() if g)
        if len("".join(g for g in m.groups() if g)) == 4
        and "".join(g for g in m.groups() if g)[:2] in {"15", "16", "17", "18", "19", "20"}
        else m.group(0),
        text,
    )
    # A month word with a digit for a letter: "Apri1" → April, "0ctober" → October.
    text = re.sub(r"\b(?=\w*[A-Za-z])(?=\w*[10])\w{3,}\b", lambda m: _ocr_month(m.group(0)), text)
    return re.sub(r",(?=\d)", ", ", text)


def _before_lady_day(attributes: dict[str, str]) -> bool:
    """Every date in ``attributes`` falls between 1 January and 24 March (or gives no month)."""
    return all(len(v) == 4 or v[5:] <= "03-24" for v in attributes.values() if v[:1].isdigit())


def _match(text: str) -> tuple[str, dict[str, str]] | None:
    for kind, pattern in _PATTERNS:
        m = pattern.match(text)
        if m:
            return kind, {k: v for k, v in m.groupdict().items() if v is not None}
    return None


# Two dates, each written as a row of _PATTERNS reads one, with a word for "to" between them:
# "1777-05-20 a 1780-10-01", "junio de 1789 a julio de 1792", "III-1815 - IX-1817", "1798-10 – 1800-05"
# (a span no row writes whole; the first no later than the second)
_SPAN_WORD = re.compile(r"\s+(?:[-–—]|a|al|hasta|to|until|bis|au|à)\s+", re.IGNORECASE)
_ONE_DAY = {"iso", "day", "month", "roman", "dotted", "slashed", "romanmonth", "year"}


def _span(text: str, day_first: bool | None) -> tuple[str, str] | None:
    halves = _SPAN_WORD.split(text)
    if len(halves) != 2:
        return None
    ends = []
    for half in halves:
        found = _match(half.strip(" ,."))
        value = _interpret(*found, day_first=day_first) if found and found[0] in _ONE_DAY else None
        if not value or "when" not in value:
            return None
        ends.append(value["when"])
    return (ends[0], ends[1]) if ends[0][:len(ends[1])] <= ends[1] else None


def _day_month(year: int, a: int, b: int, day_first: bool | None) -> str | None:
    """The day of "a/b/year" where the order can be told (a number above 12, or the order known)."""
    if a > 12 >= b or b <= 12 and day_first:
        return _iso(year, b, a)
    if b > 12 >= a or a <= 12 and day_first is False:
        return _iso(year, a, b)
    return _iso(year, a, b) if a == b else None


def _interpret(kind: str, g: dict[str, str], day_first: bool | None = None) -> dict[str, str] | None:
    """Attribute values for one matched pattern, or None when the parts are no real date."""
    year = int(g["y"])
    if kind == "iso":
        value = _iso(year, int(g["mn"]) if "mn" in g else None, int(g["dn"]) if "dn" in g else None)
        return {"when": value} if value else None
    if kind == "dottedmonths":
        first, second = _iso(year, int(g["mn"])), _iso(int(g["y2"]), int(g["mn2"]))
        return {"from": first, "to": second} if first and second and second > first else None
    if kind == "twoletter":
        value = _iso(year, TWO_LETTER_MONTHS[g["tl"]], int(g["dn"]) if "dn" in g else None)
        return {"when": value} if value else None
    if kind == "romanmonth":
        value = _iso(year, ROMAN_MONTHS[g["rm"].upper()])
        return {"when": value} if value else None
    if kind in {"isorange", "dottedrange"}:
        first, second = _iso(year, int(g["mn"]), int(g["dn"])), _iso(int(g.get("y2", year)), int(g["mn2"]), int(g["dn2"]))
        return {"from": first, "to": second} if first and second and second > first else None
    if kind == "year":
        value = _iso(year)
        return {"when": value} if value else None
    if kind == "zeroed":  # (the month where the order tells which number it is, else the year alone)
        day, month = (g["a"], g["b"]) if day_first is not False else (g["b"], g["a"])
        value = _iso(year, int(month)) if day == "00" and month != "00" else _iso(year)
        return {"when": value} if value else None
    if kind == "decade":
        return {"notBefore": f"{year:04d}", "notAfter": f"{year + 9:04d}"}
    if kind in {"decade-dash", "century-dash"}:
        step = 10 if kind == "decade-dash" else 100
        return {"notBefore": f"{year * step:04d}", "notAfter": f"{year * step + step - 1:04d}"}
    if kind == "years-short":  # (a double year "1759-60" is one of the two years too: never a guess)
        later = year - year % 10 ** len(g["y2s"]) + int(g["y2s"])
        return {"notBefore": f"{year:04d}", "notAfter": f"{later:04d}"} if year < later <= year + 20 else None
    if kind in {"years", "or-years"}:
        first, second = _iso(year), _iso(int(g["y2"]))
        if not first or not second or second <= first:
            return None
        return {"from": first, "to": second} if kind == "years" else {"notBefore": first, "notAfter": second}
    if kind == "dotted":
        value = _iso(year, int(g["mn"]), int(g["dn"]))
        return {"when": value} if value else None
    if kind == "slashed":
        # Day and month order differs by country: read it only when one of them cannot be a
        # month, or when the order is known: the edition's ([edition] day_first) or the file's
        # (numeric_order: True day first, False month first, None unknown).
        value = _day_month(year, int(g["a"]), int(g["b"]), day_first)
        return {"when": value} if value else None
    if kind == "dashedrange":  # (one of the two days may tell the order for both: "10-06-1786 - 25-12-1786")
        a, b, a2, b2 = int(g["a"]), int(g["b"]), int(g["a2"]), int(g["b2"])
        order = True if max(a, a2) > 12 else False if max(b, b2) > 12 else day_first
        first = _day_month(year, a, b, order)
        second = _day_month(int(g["y2"]), a2, b2, order)
        return {"from": first, "to": second} if first and second and second > first else None
    if kind == "latinday":
        value = _iso(year, _month(g["m"]), roman_number(g["rd"].replace("j", "i").replace("J", "I")))
        return {"when": value} if value else None
    if kind == "roman":
        value = _iso(year, _roman_month(g["rm"]), int(g["d"]))
        return {"when": value} if value else None
    month = _month(g.get("m")) or (int(g["mn"]) if "mn" in g else None) or _roman_month(g.get("rm"))
    if kind == "day-years":
        later = year - year % 10 ** len(g["y2s"]) + int(g["y2s"])  # (not "12 May 1850-1870": a span of years)
        first, last = _iso(year, month, int(g["d"])), _iso(later, month, int(g["d"]))
        return {"notBefore": first, "notAfter": last} if first and last and 1752 < year < later <= year + 20 else None
        #      (until 1752 a second year after a day is a double year, read before, or a slip)
    if kind == "month":
        value = _iso(year, month)
        return {"when": value} if value else None
    if kind == "day":
        value = _iso(year, month, int(g["d"]))
        return {"when": value} if value else None
    month2 = _month(g.get("m2")) or (int(g["mn2"]) if "mn2" in g else None) or _roman_month(g.get("rm2")) or month
    if kind in ("months", "months-or"):
        first, second = _iso(year, month), _iso(int(g.get("y2") or year), month2)
    else:
        first = _iso(year, month, int(g["d"]))
        second = _iso(int(g.get("y2", year)), month2, int(g["d2"]))
        if first and second and second <= first and "y2" not in g and month2 < month and g.get("m2"):
            first = _iso(year - 1, month, int(g["d"]))  # ("31. Dezember / 1. Januar 1870": the year the last day's)
    if not first or not second or second <= first:
        return None
    if kind in ("or", "months-or"):
        return {"notBefore": first, "notAfter": second}
    return {"from": first, "to": second}


# A day, a month and a year of two digits, as a register's clerk wrote them: "28/10/67"
_SHORT_YEAR = re.compile(r"(?P<dm>\d{1,2}[/.]\d{1,2}[/.])(?P<yy>\d{2})")
# Every date corresp reads has a year: four digits, some perhaps misread by OCR (l, I, O, o)
# and split by spaces ("1 82 1") or editorial brackets ("1[9]52"), unless a heading gives
# it. A text without them is no date, and most texts tried (a summary's last words, a
# title's tail) are rejected here without the patterns.
_DIGIT = re.compile(r"\d")
_AN = re.compile(r"\ban\s+(?:[IVX]+|\d{1,2})\b", re.IGNORECASE)  # "an X": a republican year
_YEAR_LIKE = re.compile(r"[\dlIOo](?:[\s\[\]]*[\dlIOo]){3}|\[1\d(?:\d-|--)\??\]")  # (and "[186-?]", "[18--]": a catalogue's)


_ROMAN_MONTH_YEAR = re.compile(rf"^\[?{_RM}\s+{_Y}\]?$")


def month_in_roman(text: str) -> DateValue | None:
    """"IX. 1876": a month in roman numerals and its year, as a date column alone writes it (in
    running text "Volume VII. 1781" is a volume's number, so parse_date does not read it)."""
    m = _ROMAN_MONTH_YEAR.match(text.strip(" ,;"))
    if m is None:
        return None
    value = _iso(int(m["y"]), _roman_month(m["rm"]))
    return DateValue(text=text, when=value) if value else None


# Where a month in roman numerals and a year are a date in running text (Polish catalogues:
# "Lwów, XII 1887", "…, Zakopane VI 1883"): after a comma, or after a place after a comma; not
# "Henry VIII 1540" or "Vol. VII. 1781".
_ROMAN_MONTH_PLACE = re.compile(r"(?:^|,|,\s+[A-ZÀ-Þ][\w'’-]+)\s*$")


def month_in_roman_after(before: str, text: str) -> DateValue | None:
    """month_in_roman(``text``) where the text ``before`` it makes it a date (see above)."""
    return month_in_roman(text) if _ROMAN_MONTH_PLACE.search(before) else None


def parse_date(text: str, day_first: bool | None = None, year: int | None = None) -> DateValue | None:
    """Read one date text. Returns None when it cannot be read without guessing.

    ``day_first``: numeric dates are day first (3/4/1850 is 3 April) when True, month first
    (4 March) when False, and read only where a number above 12 tells when None.
    ``year``: the year a heading gives to dates written without one ("Jan. 4." under "1843.").
    """
    if (veneto := _MORE_VENETO.search(text)) is not None and veneto.start() > 0:
        value = parse_date(text[:veneto.start()], day_first, year)
        return value and _more_veneto(value, text)
    if "/" in text and (reign := _REIGN.fullmatch(text.strip())) is not None:
        return _reign_date(reign, text)
    if _JAPANESE_ERA.search(text):
        return _japanese_date(text)
    # OCR repair turns letters into digits only beside a digit
    if year is None and (not _DIGIT.search(text) or not _YEAR_LIKE.search(text)) and not _AN.search(text) \
            and not _CENTURY.search(text) and not ANNO_ROMAN.search(text) and not _ROMAN_DAY_YEAR.search(text) \
            and not ROMAN_YEAR_END.search(text):
        return None
    found = _parse_date(text, day_first, year)
    if found is None and (resolved := _RESOLVED.fullmatch(text.strip())) and len(resolved["read"].split()) >= 2 \
            and (_ROMAN_MARK.search(resolved["written"]) or _REPUBLICAN_MONTH.search(resolved["written"])) \
            and len(resolved["written"].split()) <= 8:  # (… or a republican day: "An II, 9 thermidor [27 juillet 1794]")
        # "VI Id. Oct. 1518  [10. Okt. 1518]", "XV Kal. Mai. anno XXI [17. April 1521]": a Roman date as
        # written, then an editor's reading of it in brackets; the one that can be read (the written first)
        found = _parse_date(resolved["written"], day_first, year)
        if found is None and (found := _parse_date(resolved["read"], day_first, year)) is not None:
            found = replace(found, notes=(*found.notes, "as the editor's reading in brackets gives it"))
        if found is not None:
            found = replace(found, text=text)
    return found


# A Chinese date by the reign (or the Republic's) year, month and day, as a mission's papers write
# it: "KH 23/3/19" (the 23rd year of Kuang-hsü, lunar month 3, day 19), "MK 8/5/4" (the Republic's
# 8th year, which counts by the Western calendar: 4 May 1919); a year an editor supplied after it
# in brackets ("KH 23/3/19 [1897]"). The era's first year, less one, and whether its months are lunar:
REIGNS = {"TK": ("Tao-kuang", 1820, True), "HF": ("Hsien-feng", 1850, True), "TC": ("T'ung-chih", 1861, True),
          "KH": ("Kuang-hsü", 1874, True), "HT": ("Hsüan-t'ung", 1908, True), "MK": ("Min-kuo", 1911, False)}
REIGN_EXAMPLES = (("KH 23/3/19", {"when": "1897"}), ("HT 2/3/18 [1910]", {"when": "1910"}),
                  ("MK 8/5/4", {"when": "1919-05-04"}), ("KH 16/12/20", {"notBefore": "1890", "notAfter": "1891"}),
                  ("MK 1/13/2", None))
_REIGN = re.compile(rf"(?P<era>{'|'.join(REIGNS)})\s+(?P<n>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})(?:\s*\[(?P<y>\d{{4}})\??\])?")


def _reign_date(found: re.Match[str], text: str) -> DateValue | None:
    """The date of a reign's year, month and day: the Western day in the Republic's years; in the
    emperors', whose months are lunar and not converted here, the year alone (its 11th and 12th
    months may fall in the next Western year: both years), or the year an editor supplied."""
    name, before, lunar = REIGNS[found["era"]]
    n, month, day = int(found["n"]), int(found["m"]), int(found["d"])
    if not (n >= 1 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    year = before + n
    note = f"{name} {n}: {year}" + (", the lunar month and day not converted" if lunar else "")
    if not lunar:
        when = _iso(year, month, day)
        return DateValue(text=text, when=when, notes=(note,)) if when else None
    if found["y"]:  # (the editor's year: as supplied)
        return DateValue(text=text, when=found["y"], cert="medium" if "?" in found.group(0) else None,
                         notes=(note, "the year as the editor supplied it"))
    if month >= 11:
        return DateValue(text=text, not_before=f"{year:04d}", not_after=f"{year + 1:04d}", notes=(note,))
    return DateValue(text=text, when=f"{year:04d}", notes=(note,))


# Full-width digits, stops, brackets and era letters, as Japanese text sets them
_WIDE_DIGITS = str.maketrans("０１２３４５６７８９．（）ＭＴＳＨＫ", "0123456789.()MTSHK")
# A Japanese date by its era (nengō): "明治12年3月5日", "M12.3.5" (Meiji 12: 1879), "(明治28年)9月24日"
# (the year supplied: cert medium), "M27カ" (doubtful: cert low), "M8.5∼6", "明治10年5月∼7月" (spans),
# "(明治)", "(M)" (the era only: its years). The era's first year, less one, in ERAS; Japan counted
# by the Gregorian calendar from Meiji 6 (1873): before it the months are lunar and not converted
# here, the year alone is given (the 11th and 12th months may fall in the next Western year: both).
ERAS = {"寛政": ("Kansei", 1788, ""), "享和": ("Kyōwa", 1800, ""), "文化": ("Bunka", 1803, ""),
        "文政": ("Bunsei", 1817, ""), "天保": ("Tenpō", 1829, ""), "弘化": ("Kōka", 1843, ""),
        "嘉永": ("Kaei", 1847, ""), "安政": ("Ansei", 1853, ""), "万延": ("Man'en", 1859, ""),
        "文久": ("Bunkyū", 1860, ""), "元治": ("Genji", 1863, ""), "慶応": ("Keiō", 1864, "K"),
        "明治": ("Meiji", 1867, "M"), "大正": ("Taishō", 1911, "T"), "昭和": ("Shōwa", 1925, "S"),
        "平成": ("Heisei", 1988, "H")}
# The year an era gave way to the next: the next one's first year (Heisei's end, 2019, the last)
ERA_ENDS = {era: following[1] + 1 for era, following in zip(ERAS, [*list(ERAS.values())[1:], ("Reiwa", 2018, "")])}
_ERA_LETTERS = {letter: era for era, (_, _, letter) in ERAS.items() if letter}
_JAPANESE_ERA = re.compile(r"^[(（]?(?:" + "|".join(ERAS) + r"|[MTSHKＭＴＳＨＫ](?=[\d０-９]|[)）]))")
_KANJI_DIGITS = {c: n for n, c in enumerate("〇一二三四五六七八九")}
JAPANESE_EXAMPLES = (
    ("明治12年3月5日", {"when": "1879-03-05"}), ("M12.3.5", {"when": "1879-03-05"}), ("T3.8.1", {"when": "1914-08-01"}),
    ("(M25).12.11", {"when": "1892-12-11", "cert": "medium"}), ("(明治28年)9月24日", {"when": "1895-09-24", "cert": "medium"}),
    ("M27カ", {"when": "1894", "cert": "low"}), ("M8.5∼6", {"from": "1875-05", "to": "1875-06"}),
    ("M21.6.21∼24", {"from": "1888-06-21", "to": "1888-06-24"}), ("明治10年5月∼7月", {"from": "1877-05", "to": "1877-07"}),
    ("明治34年1月7日∼10日", {"from": "1901-01-07", "to": "1901-01-10"}), ("M6∼M9", {"from": "1873", "to": "1876"}),
    ("明治10年∼12年", {"from": "1877", "to": "1879"}),
    ("慶応2.5.8", {"when": "1866"}), ("慶応3年11月2日", {"notBefore": "1867", "notAfter": "1868"}),
    ("M1.11.28", {"notBefore": "1868", "notAfter": "1869"}), ("明治5年8月26日", {"when": "1872"}),
    ("(M)", {"notBefore": "1868", "notAfter": "1912", "cert": "medium"}), ("明治十二年三月五日", {"when": "1879-03-05"}),
    ("明治元年", {"when": "1868"}), ("(年未詳)3月5日", None), ("3.5", None), ("M13.2.30", None),
    ("明治99年", None), ("M8.12∼1", None), ("M6∼9", {"from": "1873", "to": "1876"}), ("Ｍ12.3.5", {"when": "1879-03-05"}),
    ("H1.1.8", {"when": "1989-01-08"}))
_JP_NUMBER = r"(?:\d{1,2}|元|[〇一二三四五六七八九十]{1,3})"
_JP_ERA = "|".join(ERAS) + "|" + "|".join(_ERA_LETTERS)
_JP_DATE = re.compile(
    rf"(?P<open>\()?(?P<era>{_JP_ERA})(?:(?P<y>{_JP_NUMBER})年?)?(?(open)\))"
    rf"(?:\.?(?P<m>{_JP_NUMBER})月?(?:\.?(?P<d>{_JP_NUMBER})日?)?)?(?P<doubt>カ|\?)?"
    rf"(?:[∼〜~～](?P<era2>{_JP_ERA})?(?P<e2>{_JP_NUMBER})(?P<unit>[年月日]?))?")


def _jp_number(text: str | None) -> int | None:
    """A number as a Japanese date writes it: "12", "元" (the era's first year), "十二", "二十五"."""
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if text == "元":
        return 1
    tens, _, units = text.rpartition("十")
    if "十" not in text:
        return _KANJI_DIGITS.get(text) if len(text) == 1 else None
    return (_KANJI_DIGITS.get(tens, 0) if tens else 1) * 10 + (_KANJI_DIGITS.get(units, 0) if units else 0)


def _japanese_date(text: str) -> DateValue | None:
    found = _JP_DATE.fullmatch(text.strip().translate(_WIDE_DIGITS))
    if found is None:
        return None
    era = _ERA_LETTERS.get(found["era"], found["era"])
    name, before, _ = ERAS[era]
    n, month, day = _jp_number(found["y"]), _jp_number(found["m"]), _jp_number(found["d"])
    if n is not None and not 1 <= n <= ERA_ENDS[era] - before:
        return None  # ("明治99年", "明治〇年": no such year of the era)
    cert = "low" if found["doubt"] else "medium" if found["open"] else None
    if n is None:  # "(明治)", "(M)": the era's years
        if found["m"] or not found["open"]:
            return None
        return DateValue(text=text, not_before=f"{before + 1:04d}", not_after=f"{ERA_ENDS[era]:04d}",
                         cert="medium", notes=(f"the {name} era",))
    year = before + n
    note = f"{name} {n}: {year}"
    if found["e2"] is not None:  # a span: its end the next year ("M6∼M9"), month ("5∼6") or day ("3∼5")
        end = _jp_number(found["e2"])
        if found["era2"] or found["unit"] == "年" or month is None:  # ("M6∼M9", "M6∼9", "明治10年∼12年": the years)
            end_year = ERAS[_ERA_LETTERS.get(found["era2"], found["era2"] or era)][1] + end
            return DateValue(text=text, from_=f"{year:04d}", to=f"{end_year:04d}", cert=cert, notes=(note,)) \
                if end_year >= year else None
        if year < 1873:
            return DateValue(text=text, when=f"{year:04d}", cert=cert, notes=(note, "the lunar months not converted"))
        if day is not None or found["unit"] == "日":
            first, last = _iso(year, month, day), _iso(year, month, end)
        else:
            first, last = _iso(year, month, None), _iso(year, end, None)
        return DateValue(text=text, from_=first, to=last, cert=cert, notes=(note,)) \
            if first and last and first <= last else None  # (not "M8.12∼1": an end before its start)
    if year < 1873 and month is not None:  # (the lunar calendar: the year alone)
        if not (1 <= month <= 12 and (day is None or 1 <= day <= 30)):
            return None
        if month >= 11:
            return DateValue(text=text, not_before=f"{year:04d}", not_after=f"{year + 1:04d}", cert=cert,
                             notes=(note, "the lunar month and day not converted"))
        return DateValue(text=text, when=f"{year:04d}", cert=cert, notes=(note, "the lunar month and day not converted"))
    when = _iso(year, month, day) if month is not None else f"{year:04d}"
    return DateValue(text=text, when=when, cert=cert, notes=(note,)) if when else None


_ROMAN_MARK = re.compile(r"^(?:(?:a\.\s?d\.|ante\s+diem)\s+)?(?:[ivxl]{1,6}\s+|prid\.\s*|pridie\s+)?"
                         r"(?:Kal|Cal|Non|Id)(?:\.|endas|endis|as|is|us|ibus)?\s", re.IGNORECASE)  # (a Roman day first)
_REPUBLICAN_MONTH = re.compile("|".join(sorted(REPUBLICAN_MONTHS, key=len, reverse=True)), re.IGNORECASE)
_RESOLVED = re.compile(r"(?P<written>[^\[\]]*[^\s\[\]])\s*\[(?P<read>[^\[\]]*\d{4}[^\[\]]*)\]")


# "7 gennaio 1764 m. v.": Venetian style, the year beginning on 1 March (more veneto); its January
# and February are of the next year as historians count.
MORE_VENETO = r"(?:m\.\s?v\.|more\s+veneto)"  # (layouts.shared.find_date reads it after a date too)
_MORE_VENETO = re.compile(rf"\s*,?\s*\(?{MORE_VENETO}\)?\.?$", re.IGNORECASE)
_VENETO_NOTE = "more veneto: the year began on 1 March"


def _more_veneto(value: DateValue, written: str) -> DateValue:
    def shift(iso: str | None) -> str | None:
        if iso is None or len(iso) < 7 or iso[5:7] not in ("01", "02"):
            return iso
        return f"{int(iso[:4]) + 1:04d}{iso[4:]}"
    if value.when and len(value.when) == 4:  # a year alone: its March to the next February
        return replace(value, text=written, when=None, not_before=f"{value.when}-03",
                       not_after=f"{int(value.when) + 1:04d}-02", notes=(*value.notes, _VENETO_NOTE))
    if len(value.when or value.not_before or value.from_ or "") < 7:
        return replace(value, text=written)
    return replace(value, text=written, when=shift(value.when), not_before=shift(value.not_before),
                   not_after=shift(value.not_after), from_=shift(value.from_), to=shift(value.to),
                   notes=(*value.notes, _VENETO_NOTE))


# A French inventory's year, then the bound of a day in it: "1596, avant le 14 mai", "1610, après le 7 août"
# The year first, what it says after ("1596, avant le 14 mai"; Latvian "1897. gada 4. februārī", "1901. gadā,
# ne vēlāk par 5. janvāri", "1902. gadā", "ap 1898. gadu": in the year): read with the year at the end
_YEAR_THEN_BOUND = re.compile(r"^(?P<y>\d{4}),\s*(?P<rest>(?:avant|après|vers)\s+(?:le\s+)?\d{1,2}(?:er)?\s+\S+)$"
                              r"|^(?P<ly>\d{4})\.\s*(?:gad[aāu]|g\.)(?:\s*,)?(?:\s+(?P<lrest>\S.*))?$", re.IGNORECASE)


_ANGLES = re.compile(r"[<>‹›⟨⟩]")
_AS_SQUARE = str.maketrans("<‹⟨>›⟩", "[[[]]]")
_ANGLED = re.compile(r"[<‹⟨][^<>‹›⟨⟩]*[>›⟩]")
_CENTURY_SUPPLIED = re.compile(r"(?<![\d\[])\[(1[0-9])\](\d{2})(?![\d\]])")


@functools.lru_cache(maxsize=4096)
def _parse_date(text: str, day_first: bool | None, year: int | None) -> DateValue | None:
    """parse_date, remembered: listings repeat their dates, and the reader tries a line's
    tails more than once (DateValue is immutable, so one value can serve every caller)."""
    written = text
    if _ANGLES.search(text) and _ANGLED.search(text):  # a Russian edition's angle brackets, as square ones: "<2 августа 1854 г.>",
        #                                              "25 октября ‹1858 г.›" (a pair: not "<1851", before it)
        text = text.translate(_AS_SQUARE)
    # "1805–09" (an en dash, as registers print spans of years) is no ISO month "1805-09"
    text = _normalise(_YEARS_DASHED.sub(r"\1/\2", text) if "–" in text or "—" in text else text)
    if not text:
        return None
    notes: list[str] = []
    cert: str | None = None
    precision: str | None = None
    if postmark := _POSTMARK.match(text) or _POSTMARK_BARE.match(text) or _POSTMARK_LEAD.match(text):  # the day it was posted: on or soon after
        text, cert = postmark["date"], "medium"
        notes.append("postmark")

    # The century an edition writes out in brackets for a year the letter gives in two figures,
    # "18.8.[18]34": the date is the letter's own, no editor's reading.
    text = _CENTURY_SUPPLIED.sub(r"\1\2", text)
    # Editorial brackets: "[5 March 1952]", "5 March [1952]", "21 [March 1952]".
    if "[" in text or "]" in text:
        stripped = text.replace("[", "").replace("]", "").strip()
        notes.append("supplied")
        cert = "medium"
        text = stripped
    if (undated := _UNDATED.match(text)) and text[undated.end():].startswith("(") and text.rstrip(" .").endswith(")"):
        # "o. D. (1821)", "o. D. (vor 1866)": a German catalogue's date supplied in parentheses
        text = text[undated.end() + 1:text.rstrip(" .").rindex(")")]
        notes.append("supplied")
        cert = "medium"
    # "... IV 1870", "… 1866": an edition's dots where the letter gives no day (or no month)
    elided = text.startswith(("...", "…", ". . ."))
    text = _UNDATED.sub("", text.strip(" .;:…"))
    if elided and (roman := _ROMAN_MONTH_YEAR.match(text)) and (value := _iso(int(roman["y"]), _roman_month(roman["rm"]))):
        return DateValue(text=written, when=value, cert=cert, notes=tuple(notes))
    if received := _RECEIVED.match(text):  # "s. d., praes. 5. August 1752": written that day or before
        inner = _parse_date(received["date"], day_first, year)
        last = inner and (inner.when or inner.to or inner.not_after)
        return DateValue(text=written, not_after=last, cert=cert,
                         notes=(*notes, "the day it was received (praesentatum): written on or before it")) if last else None
    if not text[-1:].isdigit():
        text = _UNDATED_AFTER_YEAR.sub("", text)  # ("1745 n.d.": some day in 1745)
    text = _WEEKDAY_INSIDE.sub("", _WEEKDAY.sub("", text.strip(" .;:,")))
    if ":" in text and (clock := _CLOCK.search(text)):  # "Fri, 29 Mar 1996 02:41:03 -0500": an email's date
        text = text[:clock.start()]
    if text[-1:].isdigit() and "h" not in text[-6:]:
        style = None  # (most dates end in their year: spared the two searches below)
    else:
        text = _TIME_OF_DAY.sub("", text)
        style = _STYLE.search(text)
    if (inferred := _INFERRED.search(text)) is not None:  # "1661-12-26 (inferred)": the editor's, not written
        text, cert = text[:inferred.start()], cert or "medium"
        style = style or _STYLE.search(text)
    elif (stamped := _POSTMARK_AFTER.search(text)) is not None:  # "07.03.1864 (Poststempel)": the postmark's day
        text = text[:stamped.start()]
        notes.append("the postmark's date")
        style = style or _STYLE.search(text)
    if style:  # "30 Mar 1623 (N.S.)", "25 Sep 1660 (O.S.)": the day as written
        text = text[:style.start()]
        notes.append("Old Style (Julian), the day as written" if style["os"] else "New Style")
    if _DOUBT.search(text):  # "1846?", "1846 (?)"
        text = _DOUBT.sub("", text)
        cert = "low"
    if not text[:1].isdigit() and _LIKELY.match(text):
        text = _LIKELY.sub("", text)
        cert = "low"
    if (bound := _YEAR_THEN_BOUND.match(text)) is not None:  # "1596, avant le 14 mai": before 14 May 1596
        text = f"{bound['rest']} {bound['y']}" if bound["y"] else f"{bound['lrest'] or ''} {bound['ly']}".strip()
    if (year_about := _CIRCA_YEAR.search(text)) is not None:  # "17 May [c.1895?]": the year approximate
        text, precision = f"{text[:year_about.start()]} {text[year_about.end():]}".strip(), "low"
    if (after := _CIRCA_AFTER.search(text)) is not None:  # "1861-1865 ca.", as a catalogue sorts its dates
        text = f"ca. {text[:after.start()]}"
    if _CIRCA.match(text):  # "c. 1850": approximate (TEI @precision, EDTF "~"), as the rest reads
        inner = _parse_date(_CIRCA.sub("", text), day_first, year)
        return inner and dataclasses.replace(inner, text=written, precision="low", cert=cert or inner.cert,
                                             notes=(*notes, *inner.notes))
    text = _WRITTEN_ON.sub("", text)  # "dd. 16. Jänner 1746", "im Monath May 1750", "Anno 1746"
    if (roman := _roman_calendar(text.strip(" .,"))) is not None or year is not None and \
            (roman := _roman_calendar(f"{text.strip(' .,')} {year}")) is not None:
        # "a.d. V Non. Mai. 1518", "pridie Idus Oct."; "8 Id. April" under a calendar's "1390."
        notes.append("Roman calendar, the day as written (Julian)")
        return DateValue(text=written, when=roman, cert=cert, notes=tuple(notes))
    bounded = _BEFORE.match(text) or _AFTER.match(text)  # "ante V Kal. Nov. 1522": before that day
    if bounded and (roman := _roman_calendar(text[bounded.end():].strip(" .,"))) is not None:
        notes.append("Roman calendar, the day as written (Julian)")
        before = bounded.re is _BEFORE
        limit = _step(roman, -1 if before else 1)
        return DateValue(text=written, not_after=limit if before else None, not_before=None if before else limit,
                         cert=cert, notes=tuple(notes))
    if month_doubt := re.search(r"(?<=[A-Za-zäéû])\.?\?(?=\s*\d)|(?<=\d)\.?\s?\?(?=\s+[A-Za-z])|(?<=\d\s)\?(?=[A-Za-z])", text):
        text, cert = text[:month_doubt.start()] + text[month_doubt.end():], "low"  # "[Febr.? 1523]", "[14?] Mart. 1528",
        #                                                                           "20. [?] Mai 1808", "10 [?Mar.] 1788"
    if (roman_year := ROMAN_YEAR_END.search(text)) and 1000 <= (number := roman_number(roman_year["y"]) or 0) <= 2100:
        text = f"{text[:roman_year.start()]}{number}"  # ("10 Apr. MDXLIV": 1544)
    if century := _CENTURY.fullmatch(text.strip(" .,")):  # "late 19th century": a museum's date
        first, last = _CENTURY_PARTS[(century["part"] or "").lower()]
        start = (int(century["c"]) - 1) * 100
        return DateValue(text=written, not_before=f"{start + first:04d}", not_after=f"{start + last:04d}",
                         cert=cert, notes=tuple(notes))
    if not text[:1].isdigit() and (tenth := _TENTH.match(text.strip(" .,"))) is not None \
            and (month := _parse_date(tenth["rest"], day_first, year)) is not None and month.when and len(month.when) == 7:
        # "seconda decade di aprile 1879": some day of the 11th to the 20th (the third, to the month's end)
        first = _TENTH_FIRST_DAY[tenth["n"].lower()[:4]]
        last = f"{month.when}-{first + 9:02d}" if first < 21 else _step(f"{_step(month.when, 1)}-01", -1)
        return DateValue(text=written, not_before=f"{month.when}-{first:02d}", not_after=last, cert=cert or month.cert,
                         notes=tuple(notes))
    if not text[:1].isdigit() and (feast := _FEAST.match(text.strip(" .,"))) and (feast["y"] or year):
        month, day = _FEAST_DAYS[feast["feast"].lower()]  # "julafton 1860": that day ("Christmas Day" under "1797.")
        value = _iso(int(feast["y"] or year), month, day)
        if not feast["y"]:
            notes.append("year from a heading")
        return DateValue(text=written, when=value, cert=cert, notes=tuple(notes)) if value else None
    part = _PART_OF_YEAR.match(text)
    if part:
        text = text[part.end():]

    text = _YEAR_FIRST.sub(r"\2 \1 ", text)  # "1524 vor Februar 2" (registers): "vor 1524 Februar 2"
    if text[-1:].isalpha() and (post := _POSTPOSITION.search(text)):  # Hungarian: "1785 előtt" is before 1785
        text = f"{_POSTPOSITIONS[post[1].lower()]} {text[:post.start()]}".strip()
        if post[1].lower() in {"körül", "táján"}:  # (around it: approximate)
            precision = "low"
            text = text.split(" ", 1)[1]
    bound, inclusive = None, False
    if text[-1:].isalpha() and (later := _OR_LATER.search(text)):  # "14 May [1882 or later]": that day at the earliest
        bound, inclusive, text = ("notBefore" if later["w"].lower() in _LATER else "notAfter"), True, text[:later.start()]
    elif _NOT_BEFORE.match(text) or _NOT_AFTER.match(text):  # (the day named included)
        bound, inclusive = ("notBefore" if _NOT_BEFORE.match(text) else "notAfter"), True
        text = _NOT_AFTER.sub("", _NOT_BEFORE.sub("", text))
    elif _AFTER.match(text):
        bound, text = "notBefore", _AFTER.sub("", text)
    elif _BEFORE.match(text):
        bound, text = "notAfter", _BEFORE.sub("", text)
    text = _ARTICLE.sub("", text).strip(" .,")
    concordance = _CONCORDANCE.search(text) if "an " in text.lower() else None  # (the Gregorian day beside it)
    republican = _republican(text[:concordance.start()] if concordance else text)
    if republican:
        notes.append("French republican calendar")
        if concordance and (given := _parse_date(concordance["d"], day_first, None)) is not None \
                and given.when and given.when != republican.get("when"):
            notes.append(f"the day given beside it ({concordance['d']}) is not the one the calendar gives")
        return DateValue.of(written, republican, cert=cert, notes=tuple(notes))
    if (dual := _dual_style(text)) is not None:
        text = dual[0]
        notes.append(dual[1])
    double = _double_year(text)
    undoubled = text
    if double:
        text = double[0]
        notes.append(double[1])
    if year is not None and not _YEAR.search(text) and any(c.isalpha() for c in text):
        text = f"{text} {year:04d}"
        notes.append("year from a heading")
        if part is None and (part := _PART_OF_YEAR.match(text)):  # ("Autumn" under "1836.": that year)
            text = text[part.end():]
    elif year is not None and (short := _SHORT_YEAR.fullmatch(text)):
        # "28/10/67" among a register's rows of 1867: the century of the year around it, the
        # nearest reading within twenty years (none else: "3/4/05" under 1867 is not read)
        full = min((c * 100 + int(short["yy"]) for c in (year // 100 - 1, year // 100, year // 100 + 1)),
                   key=lambda y: abs(y - year))
        if abs(full - year) > 20:
            return None
        text, cert = f"{short['dm']}{full}", cert or "high"  # (inferred, not written)
        notes.append("the century from the dates around it")

    found = _match(text)
    if found is None:
        repaired = _repair_ocr(text)
        if repaired != text:
            found = _match(repaired)
            if found:
                notes.append("ocr")
    if found is None and not bound and not double and not part and (span := _span(text, day_first)) is not None:
        return DateValue(text=written, from_=span[0], to=span[1], cert=cert, notes=tuple(notes), precision=precision)
    if found is None or part and (found[0] not in ("iso", "year", "month") or "dn" in found[1]):
        return None  # (a month or a year: "Easter 3 May 1850" says two things)
    attributes = _interpret(*found, day_first=day_first)
    if attributes is None:
        return None
    if double and not _before_lady_day(attributes) and (years := _match(undoubled)) and years[0] == "day-years":
        attributes = _interpret(*years) or {}  # "23 Sept [1876–7]": no double year after 24 March or after 1752,
        notes.remove(double[1])                #  but that day in one of the two years
        if not attributes:
            return None
        double = None
    if double and not _before_lady_day(attributes):
        return None  # "10 May 1637/8": the counts agree after 24 March, so the text is not clear
    if double and len(attributes.get("when", "")) == 4 and int(attributes["when"]) > 1752:
        # "1808/09" alone, after the English double years ended with 1752: either year
        attributes = {"notBefore": f"{int(attributes['when']) - 1:04d}", "notAfter": attributes["when"]}
        notes[notes.index(double[1])] = f"double year {double[2]} after 1752: one of the two years"
    if bound:
        limit = (attributes["when"] if inclusive else _step(attributes["when"], 1 if bound == "notBefore" else -1)) \
            if "when" in attributes else None
        if limit is None:
            return None
        attributes = {bound: limit}
    return DateValue.of(written, attributes, cert=cert, notes=tuple(notes), precision=precision)


_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2\d{4}(?!\d|[/.-]\d)")  # (25/03/1861, 22-07-1794, 31.10.1858)


def numeric_order(lines: Iterable[str]) -> tuple[bool, int, str] | None:
    """The order a file writes its numeric dates in, as the file itself shows it: day first
    (True) when some "25/03/1861" has a first number above 12 and none a second, month first
    (False) the other way round; with the line number and the date that tells. None when no
    date tells or they disagree (a file merged from two sources): then "3/4/1850" is not read."""
    told: dict[bool, tuple[int, str]] = {}
    for number, line in enumerate(lines, start=1):
        if not any(c in line for c in "/-."):
            continue
        for m in _NUMERIC_DATE.finditer(line):
            a, b = int(m.group(1)), int(m.group(3))
            if (a > 12) != (b > 12) and max(a, b) <= 31:
                told.setdefault(a > 12, (number, m.group(0)))
    return (True, *told[True]) if told.keys() == {True} else (False, *told[False]) if told.keys() == {False} else None


# A day, a month-like word and a year ("30 Febuary 1842", "4 Apr1l 1843"): written as a date
# though no pattern reads it. Reading only its tail ("1843") would shorten it silently.
_DATE_SHAPED = re.compile(r"^\d{1,2}(?:st|nd|rd|th|er|\.)?\s+(?:of\s+)?(?P<word>[^\W_][\w]*)\.?,?\s+\d{4}$")
_MONTH_STEMS = {name[:3] for name in MONTHS}
UNREAD = "not read"


def unread_date(text: str, day_first: bool | None = None, year: int | None = None) -> DateValue | None:
    """A text written as a date that is none ("30 February 1842"), that is ambiguous ("3/4/1850"
    without [edition] day_first) or that no pattern reads whole ("30 Febuary 1842"): the text,
    no attributes and why, so the caller keeps it whole and reports it rather than read a
    shorter date inside it ("February 1842", "1842"). None for what is no date at all, and
    for a date ``parse_date`` reads."""
    if parse_date(text, day_first, year) is not None or year is None and not _YEAR_LIKE.search(text):
        return None
    bare = _WEEKDAY.sub("", _ARTICLE.sub("", _normalise(text).replace("[", "").replace("]", "").strip(" .;:,")))
    bare = _DOUBT.sub("", _CIRCA.sub("", bare)).strip(" .,")
    if year is not None and not _YEAR.search(bare):  # "31 June" under the heading "1843."
        if not _DIGIT.search(bare):
            return None
        bare = f"{bare} {year:04d}"
    found = _match(bare) or _match(_repair_ocr(bare))
    if found:
        why = ("day or month first? (no date of this file tells; [edition] day_first = true: the day)" if found[0] == "slashed"
               else "no such day in the calendar")
        return DateValue(text=text, notes=(UNREAD, why))
    shaped = _DATE_SHAPED.match(bare)
    if shaped and (shaped.group("word")[:3].lower() in _MONTH_STEMS or _DIGIT.search(shaped.group("word"))):
        return DateValue(text=text, notes=(UNREAD, "no month of that name"))
    return None


# A year of two digits ("31.1.69", "22/4/70", "22 Dec. 69"), as a modern office's file list
# writes it, with no dated rows around it to give the century (_SHORT_YEAR): read only where the
# file states the span of its papers ("Correspondence and
# papers, 1968-2003") and one century alone puts the year inside it.
_TWO_DIGIT_YEAR = re.compile(rf"(?P<head>(?<![\d./])\d{{1,2}}[./]\d{{1,2}}[./]|(?<!\d)\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAMES})\.?,?\s+)"
                         r"'?(?P<yy>\d{2})(?![\d./])", re.IGNORECASE)
SPAN = re.compile(r"(?<!\d)(?P<a>1[5-9]\d\d|20\d\d)\s*[-–]\s*(?P<b>1[5-9]\d\d|20\d\d)(?!\d)")


def short_year_date(text: str, span: tuple[int, int], day_first: bool | None = None) -> tuple[int, int, DateValue] | None:
    """(start, end, value) of the first date with a year of two digits in ``text`` that the
    file's ``span`` of years places in one century; None if there is none."""
    for m in _TWO_DIGIT_YEAR.finditer(text):
        years = [century + int(m["yy"]) for century in range(span[0] // 100 * 100, span[1] // 100 * 100 + 1, 100)
                 if span[0] <= century + int(m["yy"]) <= span[1]]
        if len(years) == 1 and (value := parse_date(f"{m['head']}{years[0]}", day_first)) is not None:
            note = f"two-digit year {m['yy']} read as {years[0]}: the file's papers span {span[0]}-{span[1]}"
            return m.start(), m.end(), replace(value, text=m[0], notes=(*value.notes, note))
    return None


# A Chinese date: the year in figures read one by one ("一九二七年"), the month and day as numbers
# ("十二月二十四日"); Arabic figures too ("1927年4月9日"). An edition's contents give the year in a
# heading over its letters and the month and day in the line ("四月九日、十二日": written over two
# days; "五月十八日至二十一日"; "〔八月〕一日": the editor's month; "月日不详": the year alone); a
# letter dated by the lunar calendar gives the solar day in brackets ("农历三月二十三日（4月19日）"),
# which is the date (without it, the year alone).
_HAN_DIGITS = {c: n for n, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0}
_HAN_NUMBER = r"[〇零○一二三四五六七八九十]{1,4}|\d{1,4}"
_CN_DATE = re.compile(
    rf"^(?:(?P<y>[〇零○一二三四五六七八九]{{4}}|\d{{4}})年)?(?:(?P<m>{_HAN_NUMBER})月)?(?:(?P<d>{_HAN_NUMBER})日)?"
    rf"(?:(?P<sep>、|，|至|到|－|—|-|~|～)(?:(?P<m2>{_HAN_NUMBER})月)?(?P<d2>{_HAN_NUMBER})日)?"
    r"(?P<unknown>(?:月日|日期|日)不详)?$")
CHINESE_DATE_EXAMPLES = (("一九二七年一月二十四日", None, {"when": "1927-01-24"}), ("一月二十四日", 1927, {"when": "1927-01-24"}),
                         ("四月", 1927, {"when": "1927-04"}), ("四月九日、十二日", 1927, {"from": "1927-04-09", "to": "1927-04-12"}),
                         ("五月十八日至二十一日", 1929, {"from": "1929-05-18", "to": "1929-05-21"}),
                         ("〔八月〕一日", 1927, {"when": "1927-08-01", "cert": "medium"}),
                         ("〔四月十四日〕", 1929, {"when": "1929-04-14", "cert": "medium"}),
                         ("月日不详", 1930, {"when": "1930"}), ("十一月（？）", 1929, {"when": "1929-11", "cert": "low"}),
                         ("农历三月二十三日（4月19日）", 1928, {"when": "1928-04-19"}),
                         ("农历腊月二十日（1月27日）", 1931, {"when": "1932-01-27"}),
                         ("1927年4月9日", None, {"when": "1927-04-09"}), ("约一九四三年", None, {"when": "1943", "precision": "low"}),
                         ("四月", None, None), ("十三月", 1927, None), ("二十一日", 1927, None))


def han_number(text: str | None) -> int | None:
    """"二十四" → 24, "十二" → 12, "一九二七" → 1927 (figure by figure), "9" → 9."""
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return int("".join(str(_HAN_DIGITS[c]) for c in text)) if all(c in _HAN_DIGITS for c in text) else None
    tens, _, units = text.partition("十")
    if len(tens) > 1 or len(units) > 1:
        return None
    return (_HAN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_HAN_DIGITS.get(units, 0) if units else 0)


def chinese_date(text: str, year: int | None = None) -> DateValue | None:
    """A Chinese date (CHINESE_DATE_EXAMPLES), its year the heading's where it gives none; None
    where it cannot be read or has no year."""
    written = text
    text = text.strip().translate(_WIDE_DIGITS).replace(" ", "").replace("　", "")
    cert, notes = None, []
    if re.search(r"[?？][)）]?$", text):
        text, cert = re.sub(r"[(（]?[?？][)）]?$", "", text), "low"
    lunar = re.match(r"^(?:农历|農曆|阴历|陰曆)(?P<rest>.*?)(?:[(（](?P<solar>[^()（）]+)[)）])?$", text)
    if lunar:  # (the solar day the editor gives in brackets, or the year alone)
        if lunar["solar"]:
            text = lunar["solar"]
            notes.append("the solar date beside the lunar one")
            if year and re.match(r"(?:腊|臘|冬|十一|十二)月", lunar["rest"]) and re.match(r"(?:1|2|一|二)月", text):
                year += 1  # (the eleventh or twelfth lunar month's days in January or February: the next solar year)
        else:
            text, notes = "", ["a lunar date: the year alone"]
    precision = None
    if about := re.match(r"^(?:约|大约|约在|約)", text):  # ("约一九四三年": about 1943)
        text, precision = text[about.end():], "low"
    if "〔" in text or "[" in text:
        text = re.sub(r"[〔〕\[\]]", "", text)
        cert, notes = cert or "medium", [*notes, "supplied"]
    m = _CN_DATE.match(text)
    if m is None or not (m["y"] or year):
        return None
    y = han_number(m["y"]) if m["y"] else year
    month, day = han_number(m["m"]), han_number(m["d"])
    if m["unknown"] == "日不详" and month is None or day is not None and month is None:
        return None
    first = _iso(y, month, day) if month else _iso(y)
    if first is None:
        return None
    if m["d2"]:
        second = _iso(y, han_number(m["m2"]) or month, han_number(m["d2"]))
        if second is None or second <= first:
            return None
        return DateValue(text=written, from_=first, to=second, cert=cert, notes=tuple(notes), precision=precision)
    return DateValue(text=written, when=first, cert=cert, notes=tuple(notes), precision=precision)
