"""Date texts → TEI attributes; unreadable ones are None, never guessed."""

import pytest

from pipeline.dates import JAPANESE_EXAMPLES, REIGN_EXAMPLES, REPUBLICAN_EXAMPLES, REPUBLICAN_SPAN_EXAMPLES, REPUBLICAN_YEAR_FIRST_EXAMPLES, TENTH_EXAMPLES, numeric_order, parse_date


@pytest.mark.parametrize(
    "text, attributes",
    [
        ("October 21, 1948", {"when": "1948-10-21"}),
        ("January 06, 1949", {"when": "1949-01-06"}),
        ("March 05, 1952", {"when": "1952-03-05"}),
        ("5 March 1952", {"when": "1952-03-05"}),
        ("Oct. 3, 1818", {"when": "1818-10-03"}),
        ("Oct. 3,1818", {"when": "1818-10-03"}),
        ("JUNE, 1936", {"when": "1936-06"}),
        ("April, 1950", {"when": "1950-04"}),
        ("September 1944", {"when": "1944-09"}),
        ("1945", {"when": "1945"}),
        ("1952-03-05", {"when": "1952-03-05"}),
        ("[5 March 1952]", {"when": "1952-03-05", "cert": "medium"}),
        ("5 March [1952]", {"when": "1952-03-05", "cert": "medium"}),
        ("[c. 5 March 1952]", {"when": "1952-03-05", "cert": "medium", "precision": "low"}),
        ("ca. 1952", {"when": "1952", "precision": "low"}),
        ("[¿1886?]", {"when": "1886", "cert": "low"}),
        ("31. Dezember 1870 / 1. Januar 1871", {"from": "1870-12-31", "to": "1871-01-01"}),
        ("31 December 1870 - 1 January 1871", {"from": "1870-12-31", "to": "1871-01-01"}),  # (no double year "1870-1")
        ("30 December - 2 January 1852", {"from": "1851-12-30", "to": "1852-01-02"}),  # (the year, the last day's)  # (a Spanish editor's doubt, opened and closed)
        ("1861-1865 ca.", {"from": "1861", "to": "1865", "precision": "low"}), ("1863 ca.", {"when": "1863", "precision": "low"}),
        ("1952?", {"when": "1952", "cert": "low"}),
        ("[March ? 1823]", {"when": "1823-03", "cert": "medium"}),
        ("24 en 26 januari 1641", {"from": "1641-01-24", "to": "1641-01-26"}),  # (a letter of two days, Dutch)
        ("entre el 5 y el 14 de julio de 1771", {"notBefore": "1771-07-05", "notAfter": "1771-07-14"}),
        ("21 Feb./3 Mar. 1685/6", {"when": "1686-03-03"}),
        ("November 26 (December 8), 1850", {"when": "1850-12-08"}),  # (the New Style day in brackets,
        ("November 10 (22), 1851", {"when": "1851-11-22"}),              # as despatches from Russia write it)
        ("December 20, 1850 (January 1, 1851)", {"when": "1851-01-01"}),
        ("1661-12-26 (inferred)", {"when": "1661-12-26", "cert": "medium"}),  # (EMLO: the editors' date)
        ("07.03.1864 (Poststempel)", {"when": "1864-03-07"}),  # (Kalliope: the postmark's day)
        ("u.d., poststempel 2.1.1834", {"when": "1834-01-02", "cert": "medium"}),  # (a Danish registrant's)
        ("19/08/1914-22/08/1914", {"from": "1914-08-19", "to": "1914-08-22"}),  # (a museum's database)
        # Romanian, year first; a day in both styles gives the New Style one
        ("1799 septembrie 8", {"when": "1799-09-08"}),
        ("1816 ianuarie 14/26", {"when": "1816-01-26"}),
        ("1814 decembrie 23/1815 ianuarie 4", {"when": "1815-01-04"}),
        ("f.d. [cca 1795]", {"when": "1795", "cert": "medium", "precision": "low"}),
        ("1856-05-18/19", {"from": "1856-05-18", "to": "1856-05-19"}),
        ("between 1654-10-09 and 1654-10-11", {"notBefore": "1654-10-09", "notAfter": "1654-10-11"}),
        ("21 июля (2 августа) 1867", {"when": "1867-08-02"}),  # (day first, as a Russian opis writes it)
        ("15 (27) декабря 1875", {"when": "1875-12-27"}),
        ("20 декабря 1877 (1 января 1878)", {"when": "1878-01-01"}),
        ("29 декабря 1884/10 января 1885", {"when": "1885-01-10"}),
        ("Dec. 25/Jan. 4, 1700", {"when": "1701-01-04"}),  # (the New Style day in the next year)  # (both styles, each day with its month: the New Style day)  # (the day not known: the month, not the year)
        ("[after 5 March 1952]", {"notBefore": "1952-03-06", "cert": "medium"}),
        ("[before 1953]", {"notAfter": "1952", "cert": "medium"}),
        ("[5 or 12 March 1952]", {"notBefore": "1952-03-05", "notAfter": "1952-03-12", "cert": "medium"}),
        ("1–7 March 1952", {"from": "1952-03-01", "to": "1952-03-07"}),
        ("5–6 [March 1952]", {"from": "1952-03-05", "to": "1952-03-06", "cert": "medium"}),
        ("5. März 1952", {"when": "1952-03-05"}),
        ("5 mars 1952", {"when": "1952-03-05"}),
        ("ll March 1821", {"when": "1821-03-11"}),
        ("1 82 1", {"when": "1821"}),
        # the rows issue 10 added: registers, catalogues, German and French listings
        ("1840-1841", {"from": "1840", "to": "1841"}),
        ("[May–June 1841]", {"from": "1841-05", "to": "1841-06", "cert": "medium"}),
        ("12. III. 1851", {"when": "1851-03-12"}),
        ("1.IX.1945", {"when": "1945-09-01"}),
        ("3-IV-1808", {"when": "1808-04-03"}),  # (Spanish catalogues)
        ("11 XII - 26 XII 1855", {"from": "1855-12-11", "to": "1855-12-26"}),  # (Polish catalogues)
        ("11-26 XII 1855", {"from": "1855-12-11", "to": "1855-12-26"}),
        ("19. i 20. XI 1867", {"from": "1867-11-19", "to": "1867-11-20"}),  # (a Croatian edition's: "and")
        ("... IV 1870", {"when": "1870-04"}),  # (the edition's dots: no day given)
        ("… 1866", {"when": "1866"}),
        ("poslije 11. II 1898", {"notBefore": "1898-02-12"}),  # (Croatian: after)
        # Latvian, the year first ("in the year …"), the month in the locative or the nominative
        ("1897.gada 4.februārī", {"when": "1897-02-04"}), ("1900. gada janvāris", {"when": "1900-01"}),
        ("1899. gada 15. aprīlī (?)", {"when": "1899-04-15", "cert": "low"}), ("[1899. gada] novembrī", {"when": "1899-11", "cert": "medium"}),
        ("ap 1898. gadu", {"when": "1898", "precision": "low"}), ("1902. gadā", {"when": "1902"}),
        ("1901. gadā, ne vēlāk par 5. janvāri", {"notAfter": "1901-01-05"}),
        ("1903. gadā, starp 17. un 23. jūniju", {"notBefore": "1903-06-17", "notAfter": "1903-06-23"}),
        ("<2 августа 1854 г.>", {"when": "1854-08-02", "cert": "medium"}),  # (a Russian edition's brackets: supplied)
        ("25 октября ‹1858 г.›", {"when": "1858-10-25", "cert": "medium"}),
        ("Sonntag / Montag, 7. / 8. Juli 1867", {"from": "1867-07-07", "to": "1867-07-08"}),  # (a letter of two days)
        # (a Dutch edition's dates with their weekdays: a letter of two days, one of two days, a span)
        ("zaterdag 28 en zondag 29 september 1867", {"from": "1867-09-28", "to": "1867-09-29"}),
        ("woensdag 18 of donderdag 19 december 1872", {"notBefore": "1872-12-18", "notAfter": "1872-12-19"}),
        ("tussen zaterdag 11 en vrijdag 17 mei 1872", {"notBefore": "1872-05-11", "notAfter": "1872-05-17"}),
        ("Saturday 28 and Sunday 29 September 1867", {"from": "1867-09-28", "to": "1867-09-29"}),
        ("14 grudnia 1850", {"when": "1850-12-14"}),  # (Polish months, in the genitive after a day …)
        ("25 września 1845–15 maja 1846", {"from": "1845-09-25", "to": "1846-05-15"}),
        ("marzec 1860–luty 1862", {"from": "1860-03", "to": "1862-02"}),  # (… in the nominative alone)
        # two dates, each as a row reads it, with a word for "to" between (dates._span)
        ("1777-05-20 a 1780-10-01", {"from": "1777-05-20", "to": "1780-10-01"}),
        ("junio de 1789 a julio de 1792", {"from": "1789-06", "to": "1792-07"}),
        ("III-1815 - IX-1817", {"from": "1815-03", "to": "1817-09"}),
        ("1798-10 – 1800-05", {"from": "1798-10", "to": "1800-05"}),
        ("05-1809", {"when": "1809-05"}),
        ("[1697?], April 3", {"when": "1697-04-03", "cert": "low"}),  # (the year queried, then the day)
        ("post-1879", {"notBefore": "1880"}), ("pre-1880", {"notAfter": "1879"}),  # (a finding aid's hyphen)
        ("9 XI 1841 - 11 I 1842", {"from": "1841-11-09", "to": "1842-01-11"}),
        ("V - XI 1849", {"from": "1849-05", "to": "1849-11"}),
        ("XI 1855 - I 1857", {"from": "1855-11", "to": "1857-01"}),
        ("1er juin 1850", {"when": "1850-06-01"}),
        ("1523 März 4", {"when": "1523-03-04"}),
        ("April 1 oder 8, 1523", {"notBefore": "1523-04-01", "notAfter": "1523-04-08"}),
        ("5. oder 12. Juni 1855", {"notBefore": "1855-06-05", "notAfter": "1855-06-12"}),
        ("2 et 3 septembre 1851", {"from": "1851-09-02", "to": "1851-09-03"}),
        ("March 5 and 6, 1851", {"from": "1851-03-05", "to": "1851-03-06"}),
        ("den 3. Mai 1820", {"when": "1820-05-03"}),
        ("im Februar 1860", {"when": "1860-02"}),
        ("après le 15 août 1851", {"notBefore": "1851-08-16"}),
        ("vor dem 9. Juni 1822", {"notAfter": "1822-06-08"}),
        ("n.d. [1839?]", {"when": "1839", "cert": "low"}),
        ("s. d. [vers 1851]", {"when": "1851", "cert": "medium", "precision": "low"}),
        ("o. D. [um 1854]", {"when": "1854", "cert": "medium", "precision": "low"}),
        ("3 févr. 1850", {"when": "1850-02-03"}),
        # registers and exported tables (blind round of issue 10)
        ("1638 Apr [?]", {"when": "1638-04", "cert": "low"}),
        ("1641 Nov 2 - 1641 Nov 5", {"from": "1641-11-02", "to": "1641-11-05"}),
        ("1523 März 4-9", {"from": "1523-03-04", "to": "1523-03-09"}),
        ("1819 May 30,31", {"from": "1819-05-30", "to": "1819-05-31"}),  # (an index's two days)
        ("1816 Nov 21, 22", {"from": "1816-11-21", "to": "1816-11-22"}),
        ("apie 1936", {"when": "1936", "precision": "low"}),  # (Lithuanian: about, after, before)
        ("po 1947-03-02", {"notBefore": "1947-03-03"}),
        ("prieš 1940-05-01", {"notAfter": "1940-04-30"}),
        ("26. júlí, 1870", {"when": "1870-07-26"}),  # (Icelandic: the months, after, before)
        ("12.-14. maí 1871", {"from": "1871-05-12", "to": "1871-05-14"}),
        ("eftir 20. janúar 1869", {"notBefore": "1869-01-21"}),
        ("fyrir 3. ágúst 1860", {"notAfter": "1860-08-02"}),
        ("[mellem 21. og 28. august 1850]", {"notBefore": "1850-08-21", "notAfter": "1850-08-28", "cert": "medium"}),
        ("1640 Dec 30 - 1641 Jan 2", {"from": "1640-12-30", "to": "1641-01-02"}),
        ("14.–16.03.1822", {"from": "1822-03-14", "to": "1822-03-16"}),
        # Spanish archive catalogues: spans within a year, and in the archival order (year, month, day)
        ("6 de febrero - 25 de mayo de 1797", {"from": "1797-02-06", "to": "1797-05-25"}),
        ("1826, enero, 14 - 1826, julio, 18", {"from": "1826-01-14", "to": "1826-07-18"}),
        ("1798, febrero - 1799, agosto", {"from": "1798-02", "to": "1799-08"}),
        ("Tuesday Night, June 22nd, 1858", {"when": "1858-06-22"}),
        # a new user's review: doubt in parentheses, and one unknown moment between two dates
        ("1846 (?)", {"when": "1846", "cert": "low"}),
        ("between 10 and 20 May 1845", {"notBefore": "1845-05-10", "notAfter": "1845-05-20"}),
        ("zwischen dem 10. und 20. Mai 1845", {"notBefore": "1845-05-10", "notAfter": "1845-05-20"}),
        ("entre le 10 et le 20 mai 1845", {"notBefore": "1845-05-10", "notAfter": "1845-05-20"}),
        ("between 28 May and 3 June 1845", {"notBefore": "1845-05-28", "notAfter": "1845-06-03"}),
        ("between May 10 and 20, 1845", {"notBefore": "1845-05-10", "notAfter": "1845-05-20"}),
        ("between 1845 and 1847", {"notBefore": "1845", "notAfter": "1847"}),
        ("[tra il 1850 e il 1852]", {"notBefore": "1850", "notAfter": "1852", "cert": "medium"}),
        ("[prima dell'11 settembre 1850]", {"notAfter": "1850-09-10", "cert": "medium"}),
        ("dopo l'8 marzo 1850", {"notBefore": "1850-03-09"}),
        # German Nachlass inventories: the years of a group of letters, a span of dotted dates, no place or year
        ("1846, 1848-1850", {"from": "1846", "to": "1850"}),
        ("13.8.1872-21.10.1875", {"from": "1872-08-13", "to": "1875-10-21"}),
        ("12.1871", {"when": "1871-12"}), ("III.1867", {"when": "1867-03"}),
        ("01.1854 - 09.1855", {"from": "1854-01", "to": "1855-09"}),
        ("22-07-1794", {"when": "1794-07-22"}), ("10-06-1786 - 25-12-1786", {"from": "1786-06-10", "to": "1786-12-25"}),
        # a writer's database exported: an unknown day or month written 00; an email's date with its hour
        ("00/07/1991", {"when": "1991-07"}), ("00/00/1989", {"when": "1989"}),
        ("Fri, 29 Mar 1996 02:41:03 -0500", {"when": "1996-03-29"}), ("Wednesday 26 June 1996 19:43", {"when": "1996-06-26"}),
        # humanists' letters: the days before the Kalends of January in the year written, years in
        # roman numerals, a bound before a Roman day, saints' days, a month in doubt
        ("XIII Kal. Ian. 1547", {"when": "1547-12-20"}),
        ("VIII Id. Mart. MDXXIV", {"when": "1524-03-08"}),
        ("10 Apr. MDXLIV", {"when": "1544-04-10"}),
        ("[ante V Kal. Nov. 1522]", {"notAfter": "1522-10-27", "cert": "medium"}),
        ("die S. Laurentii 1539", {"when": "1539-08-10"}),
        ("[Febr.? 1523]", {"when": "1523-02", "cert": "low"}),
        # a day in both styles, as letters from abroad dated it: the New Style day (TEI's dates are Gregorian)
        ("Feb. 12/23, 1701/2", {"when": "1702-02-23"}),
        ("12/23 February 1702", {"when": "1702-02-23"}),
        ("11/21-09-1684", {"when": "1684-09-21"}),
        ("tussen 1657 en 1658", {"notBefore": "1657", "notAfter": "1658"}),
        ("20.7.-25.12.1817", {"from": "1817-07-20", "to": "1817-12-25"}),
        ("8 die Maii 1584", {"when": "1584-05-08"}),
        ("14 die mensis Novembris anno Domini 1584", {"when": "1584-11-14"}),
        ("xxx die mensis Junii 1584", {"when": "1584-06-30"}),
        ("St. James's day, 1585", {"when": "1585-07-25"}),  # (saints' days of English letter books)
        ("Candlemas day 1590", {"when": "1590-02-02"}),  # (no "ca." in "Candlemas")
        # German chanceries of the 18th century: ordinals, "7bris" … "Xbris", old month names
        ("den 16ten Januarii 1746", {"when": "1746-01-16"}),
        ("24sten 9bris 1747", {"when": "1747-11-24"}),
        ("3. Mertz 1756", {"when": "1756-03-03"}),
        ("im Monath 8bris 1747", {"when": "1747-10"}),
        ("dd. 16. Jänner 1746", {"when": "1746-01-16"}),
        ("Anno 1746", {"when": "1746"}),
        ("s. d., praes. 5. August 1752", {"notAfter": "1752-08-05"}),  # (received then: written by then)
        ("22/VII/1781", {"when": "1781-07-22"}),  # (a Mexican catalogue's table)
        ("før 1850", {"notAfter": "1849"}),
        ("etter 4. desember 1875", {"notBefore": "1875-12-05"}),
        ("3. maaliskuuta 1867", {"when": "1867-03-03"}),
        ("die xiiij Maii anno 1584", {"when": "1584-05-14"}),
        ("1811 og 1812", {"from": "1811", "to": "1812"}),
        ("1818 or 1819", {"notBefore": "1818", "notAfter": "1819"}),
        # Italian and Dutch inventories: "post", "ante", "mag.", "set.", "Januarij"
        ("post 4 mag. 1841", {"notBefore": "1841-05-05"}),
        ("ante 1827 dic. 24", {"notAfter": "1827-12-23"}),
        ("1835 set. 25", {"when": "1835-09-25"}),
        ("19 Januarij 1846", {"when": "1846-01-19"}),
        ("[1850 oder 1851]", {"notBefore": "1850", "notAfter": "1851", "cert": "medium"}),
        ("1523 April 1 oder 8", {"notBefore": "1523-04-01", "notAfter": "1523-04-08"}),
        ("[1524 vor Februar 2.]", {"notAfter": "1524-02-01", "cert": "medium"}),
        # a part of the year, a season, a feast: the month or year it is in (a new user's contents page)
        ("Weihnachten 1856", {"when": "1856"}),
        ("[Ende] 1889", {"when": "1889", "cert": "medium"}),
        ("Easter Sunday 1858", {"when": "1858"}),
        ("Anfang Mai 1850", {"when": "1850-05"}),
        ("fin juin 1850", {"when": "1850-06"}),
        ("late 1849?", {"when": "1849", "cert": "low"}),
        # Spanish, Italian and Dutch listings (a third blind generator's tables and inventories)
        ("29 de enero de 1859", {"when": "1859-01-29"}),
        ("julio de 1837", {"when": "1837-07"}),
        ("el 3 de mayo de 1850", {"when": "1850-05-03"}),
        ("[después de 23/08/1795]", {"notBefore": "1795-08-24", "cert": "medium"}),
        ("antes de 1850", {"notAfter": "1849"}),
        ("Pascua de 1834", {"when": "1834"}),
        ("finales de 1850", {"when": "1850"}),
        ("hacia 1850", {"when": "1850", "precision": "low"}),
        ("h. 1831", {"when": "1831", "precision": "low"}),
        ("después del 1851-09-12", {"notBefore": "1851-09-13"}),
        ("24-27 de diciembre de 1851", {"from": "1851-12-24", "to": "1851-12-27"}),
        ("lunes 3 de mayo de 1850", {"when": "1850-05-03"}),
        ("3 genn. 1850", {"when": "1850-01-03"}),
        ("12 settembre 1850", {"when": "1850-09-12"}),
        ("dopo il 3 maggio 1850", {"notBefore": "1850-05-04"}),
        ("inizio 1850", {"when": "1850"}),
        ("12 mei 1850", {"when": "1850-05-12"}),
        ("3 mrt. 1851", {"when": "1851-03-03"}),
        ("voor 3 maart 1850", {"notAfter": "1850-03-02"}),
        ("omstreeks augustus 1850", {"when": "1850-08", "precision": "low"}),
        # an Italian inventory: "gen." and "ago." with their stop, the date the archivist found
        ("19 gen. 1880", {"when": "1880-01-19"}),
        ("1890 ago. 31", {"when": "1890-08-31"}),
        ("s.d. [ma 22 gennaio 1883]", {"when": "1883-01-22", "cert": "medium"}),
        ("Domingo de Resurrección de 1812", {"when": "1812"}),
        # a fourth blind generator's registers: German, Swedish, Portuguese, a museum's decades
        ("Juni/Juli 1836", {"notBefore": "1836-06", "notAfter": "1836-07"}),
        ("zwischen 24. und 29. 12. 1842", {"notBefore": "1842-12-24", "notAfter": "1842-12-29"}),
        ("o.D. (Poststempel: Weimar, 31. 8. 1843)", {"when": "1843-08-31", "cert": "medium"}),
        ("1850s", {"notBefore": "1850", "notAfter": "1859"}),
        ("[186-?]", {"notBefore": "1860", "notAfter": "1869", "cert": "low"}),  # (a library catalogue's decade)
        ("[18--]", {"notBefore": "1800", "notAfter": "1899", "cert": "medium"}),  # (… and century)
        ("1820-talet", {"notBefore": "1820", "notAfter": "1829"}),
        ("década de 1850", {"notBefore": "1850", "notAfter": "1859"}),
        ("10/10 1840", {"when": "1840-10-10"}),
        ("d. 25 febr. 1856", {"when": "1856-02-25"}),
        ("13 maj 1850", {"when": "1850-05-13"}),
        ("omkring 1833", {"when": "1833", "precision": "low"}),
        # a letter-book's editorial dates: a word of doubt, the mark of no date before it
        ("[No date; probably c. July 1747]", {"when": "1747-07", "cert": "low", "precision": "low"}),
        ("between November 1852 and February 1853", {"notBefore": "1852-11", "notAfter": "1853-02"}),
        # Scandinavian registers: a span of days, years with an en dash, a feast day, "efter", "u. d."
        ("25/5 1834–23/4 1835", {"from": "1834-05-25", "to": "1835-04-23"}),
        ("1805–09", {"notBefore": "1805", "notAfter": "1809"}),
        ("1805-09", {"when": "1805-09"}),
        ("julafton 1860", {"when": "1860-12-24"}),
        # Venetian style (more veneto): the year began on 1 March, so its January and February are
        # of the next year as historians count; "li" before an Italian date says nothing of it
        ("7 gennaio 1764 m. v.", {"when": "1765-01-07"}),
        ("3 marzo 1764 m. v.", {"when": "1764-03-03"}),
        ("1764 m. v.", {"notBefore": "1764-03", "notAfter": "1765-02"}),
        ("li 1° marzo 1771", {"when": "1771-03-01"}),
        # a Swedish register's day/month, the year first, and days of one month
        ("1823 3/4", {"when": "1823-04-03"}),
        ("VI Id. Oct. 1518  [10. Okt. 1518]", {"when": "1518-10-10"}),  # (the written date, the editor's reading beside it)
        ("XV Kal. Mai. anno XXI  [17. April 1521]", {"when": "1521-04-17"}),  # (… the reading where the written has no year)
        ("zw. 19. und 23. Mai 1518", {"notBefore": "1518-05-19", "notAfter": "1518-05-23"}),
        ("1997-03-00", {"when": "1997-03"}), ("1992-00-00", {"when": "1992"}),  # (an EDRMS export's zeros: no day, no month)
        ("1854/06/14", {"when": "1854-06-14"}),  # (year first: no guess; "1987/12/4", one digit, an accession's number)
        ("12–15/3 1830", {"from": "1830-03-12", "to": "1830-03-15"}),
        # Polish regesty: the year first, the month in roman numerals; a day in both styles
        ("1851 IV 8", {"when": "1851-04-08"}),
        ("1850 III", {"when": "1850-03"}),
        ("1863 IV 7–8", {"from": "1863-04-07", "to": "1863-04-08"}),
        ("1854 III 15/27", {"when": "1854-03-27"}),
        ("Christmas Day 1850", {"when": "1850-12-25"}),
        ("efter 1850", {"notBefore": "1851"}),
        # Portuguese catalogues: "1.º", a span "de … a …"
        ("1.º de fevereiro de 1838", {"when": "1838-02-01"}),
        # a microfilm guide's document list: the year where it changes, "n.d." within a year
        ("1751 Sept.–Oct.", {"from": "1751-09", "to": "1751-10"}),
        ("1745 n.d.", {"when": "1745"}),
        # a humanist's index: Latin month forms and feast days (Julian, the day as written)
        ("20 Ian. 1519", {"when": "1519-01-20"}),
        ("mense Novembri 1519", {"when": "1519-11"}),
        ("in festo Omnium Sanctorum 1523", {"when": "1523-11-01"}),
        # Czech inventories: months in the genitive and nominative, "nebo", "kol.", "mezi … a …", "před"
        ("5. února 1872", {"when": "1872-02-05"}),
        ("prosinec 1858", {"when": "1858-12"}),
        ("2. nebo 3. 2. 1852", {"notBefore": "1852-02-02", "notAfter": "1852-02-03"}),
        ("kol. 1856", {"when": "1856", "precision": "low"}),
        ("mezi 16. 1. a 31. 1. 1871", {"notBefore": "1871-01-16", "notAfter": "1871-01-31"}),
        ("před 16. 6. 1854", {"notAfter": "1854-06-15"}),
        # Slovene and Croatian inventories: months in the genitive, "pred", "po", "okoli", "ok.", "brez datuma"
        ("6. aprila 1934", {"when": "1934-04-06"}),
        ("31. decembra 1907", {"when": "1907-12-31"}),
        ("12. lipnja 1880", {"when": "1880-06-12"}),
        ("pred 22. 4. 1897", {"notAfter": "1897-04-21"}),
        ("po 23. 11. 1901", {"notBefore": "1901-11-24"}),
        ("okoli 1926", {"when": "1926", "precision": "low"}),
        # Hungarian: year first with dots, postpositions ("előtt" before, "után" after, "eleje" its beginning)
        ("1785. márc. 13.", {"when": "1785-03-13"}),
        ("[1785 előtt]", {"notAfter": "1784", "cert": "medium"}),
        ("1790 után", {"notBefore": "1791"}),
        ("1795. december vége", {"when": "1795-12"}),
        ("1792. november 2–4.", {"from": "1792-11-02", "to": "1792-11-04"}),
        ("1852. VII. 22.", {"when": "1852-07-22"}),
        ("1838. júl. 26. – aug. 4.", {"from": "1838-07-26", "to": "1838-08-04"}),
        ("é. n. [1854 körül]", {"when": "1854", "cert": "medium", "precision": "low"}),
        # Russian: "г." after a year, "Не позднее" (the day included), decades, spans of months
        ("21 сентября 1850 г.", {"when": "1850-09-21"}),
        ("Не позднее 25 июня 1857 г.", {"notAfter": "1857-06-25"}),
        ("Не ранее 10 октября 1845 г.", {"notBefore": "1845-10-10"}),
        ("[1850-е гг.]", {"notBefore": "1850", "notAfter": "1859", "cert": "medium"}),
        ("апрель – май 1845 г.", {"from": "1845-04", "to": "1845-05"}),
        ("9 марта 1855 г. – 21 нояб. 1855 г.", {"from": "1855-03-09", "to": "1855-11-21"}),
        ("not later than 3 May 1850", {"notAfter": "1850-05-03"}),
        ("die S. Ioannis Baptistae 1526", {"when": "1526-06-24"}),
        ("15 de junho de 1846 a 19 de abril de 1847", {"from": "1846-06-15", "to": "1847-04-19"}),
        ("between May and July 1854", {"notBefore": "1854-05", "notAfter": "1854-07"}),
        ("[between 1869 February 18 and 1869 March 1]", {"notBefore": "1869-02-18", "notAfter": "1869-03-01",
                                                        "cert": "medium"}),
        ("vermutlich 3. Mai 1850", {"when": "1850-05-03", "cert": "low"}),
        ("3 de Março de 1850", {"when": "1850-03-03"}),
        ("[entre 1841 e 1846]", {"notBefore": "1841", "notAfter": "1846", "cert": "medium"}),
        ("19th century", {"notBefore": "1800", "notAfter": "1899"}),
        ("early 19th century", {"notBefore": "1800", "notAfter": "1833"}),
        ("late 18th century", {"notBefore": "1767", "notAfter": "1799"}),
        # a humanist's Roman dating: Kalends, Nones, Ides counted back inclusively (Julian days)
        ("a.d. V Non. Mai. 1518", {"when": "1518-05-03"}),
        ("pridie Idus Octobres 1530", {"when": "1530-10-14"}),
        ("a.d. vii Kal. Oct. 1546", {"when": "1546-09-25"}),
        ("xii Kal. Febr. anno MDXXIII", {"when": "1523-01-21"}),
        ("III Kal. Mart. 1520", {"when": "1520-02-28"}),   # (a leap year: pridie is the 29th)
        ("X Kal. Mart. 1520", {"when": "1520-02-20"}),     # (before the doubled day)
        ("die 19 Novembris 1518", {"when": "1518-11-19"}),
        ("1790, septiembre, 8", {"when": "1790-09-08"}),  # (Spanish catalogues: year, month, day)
        ("29 de abril de 1806 - 10 de febrero de 1807", {"from": "1806-04-29", "to": "1807-02-10"}),
        ("May 3, 1850 - June 2, 1851", {"from": "1850-05-03", "to": "1851-06-02"}),
        ("[posterior al 8 de febrero de 1799]", {"notBefore": "1799-02-09", "cert": "medium"}),
        ("[anterior al 21 de julio de 1806]", {"notAfter": "1806-07-20", "cert": "medium"}),
        ("[po 26 III 1839]", {"notBefore": "1839-03-27", "cert": "medium"}),
        ("ok. 1851", {"when": "1851", "precision": "low"}),
        ("30 Mar 1623 (N.S.)", {"when": "1623-03-30"}),
        ("25 Sep 1660 (O.S.)", {"when": "1660-09-25"}),   # (the day as written; the report says Old Style)
        ("between 23 Jun 1648 and 7 Oct 1649", {"notBefore": "1648-06-23", "notAfter": "1649-10-07"}),
        ("I4 gennaio 1855", {"when": "1855-01-14"}),       # (OCR: a capital I for a 1)
        ("1° marzo 1857", {"when": "1857-03-01"}),
        # dispatches and telegrams give the hour after the date: the day is the date
        ("January 3, 1951—4 p.m.", {"when": "1951-01-03"}),
        ("March 4, 1953, 7:12 p.m.", {"when": "1953-03-04"}),
        ("4 June 1944 1600Z", {"when": "1944-06-04"}),
        ("12. 3. 1920, 11 Uhr", {"when": "1920-03-12"}),
        ("May 9, 1945—midnight", {"when": "1945-05-09"}),
    ],
)
def test_reads(text, attributes):
    value = parse_date(text)
    assert value is not None, text
    assert value.attributes() == attributes
    assert value.text == text  # kept as written


@pytest.mark.parametrize("text", ["31 February 1950", "Friday", "", "the summer", "7–1 March 1952", "March 1952 or so",
                                  "Winter 1850", "Easter 3 May 1850", "invierno de 1850", "3 ago 1850",
                                  "years ago 1850", "VI Kal. Mart. 1520", "vintern 1850", "inverno de 1850",
                                  "4 p.m.", "1951, 2 h.", "xxxi die Junii 1584", "14 Nisan 5682",  # (the 24th or the doubled day)
                                  "20 декабря 1877/1 января 1877",  # (a year that is not the New Style day's)
                                  "186-"])  # (no brackets: a page's number and a dash, no catalogue's decade)
def test_refuses_to_guess(text):
    assert parse_date(text) is None


def test_ocr_repair_is_flagged():
    assert "ocr" in parse_date("ll March 1821").notes
    assert parse_date("11 March 1821").notes == ()


@pytest.mark.parametrize("text, when", [
    ("21.10.1948", "1948-10-21"),
    ("21/10/1948", "1948-10-21"),
    ("10/21/1948", "1948-10-21"),
    ("3rd of May 1951", "1951-05-03"),
    ("21st October 1948", "1948-10-21"),
    ("Friday, 5 March 1952", "1952-03-05"),
])
def test_numeric_and_ordinal_forms(text, when):
    assert parse_date(text).when == when


@pytest.mark.parametrize("text, attributes", [
    # "before X" / "after X" exclude X: one unit of X's precision earlier / later.
    ("before 1953", {"notAfter": "1952"}),
    ("before March 1952", {"notAfter": "1952-02"}),
    ("before 5 March 1952", {"notAfter": "1952-03-04"}),
    ("after 1952", {"notBefore": "1953"}),
    ("after March 1952", {"notBefore": "1952-04"}),
    ("after 5 March 1952", {"notBefore": "1952-03-06"}),
    # month and year roll over; leap years count
    ("before January 1952", {"notAfter": "1951-12"}),
    ("after December 1951", {"notBefore": "1952-01"}),
    ("before 1 January 1952", {"notAfter": "1951-12-31"}),
    ("after 31 December 1951", {"notBefore": "1952-01-01"}),
    ("before 1 March 1952", {"notAfter": "1952-02-29"}),
    ("before 1 March 1951", {"notAfter": "1951-02-28"}),
    ("after 28 February 1952", {"notBefore": "1952-02-29"}),
    ("after 28 February 1900", {"notBefore": "1900-03-01"}),
    ("vor 5. März 1952", {"notAfter": "1952-03-04"}),
    ("[après 1952]", {"notBefore": "1953", "cert": "medium"}),
    ("<29 Jan. 1778", {"notAfter": "1778-01-28"}),  # (a calendar's symbols: "<" written before, ">" after)
    (">9 Sept. 1779", {"notBefore": "1779-09-10"}),
])
def test_before_and_after_are_exclusive(text, attributes):
    value = parse_date(text)
    assert value.attributes() == attributes
    assert value.text == text


def test_bound_beyond_the_calendar_is_not_read():
    assert parse_date("after 31 December 9999") is None
    assert parse_date("before 1 January 0001") is None


def test_day_month_order_is_not_guessed():
    assert parse_date("05/10/1948") is None  # 5 October or May 10: the listing does not say


@pytest.mark.parametrize("text, year, attributes", [
    ("Jan. 4.", 1843, {"when": "1843-01-04"}),
    ("[Nov.] 6.", 1781, {"when": "1781-11-06", "cert": "medium"}),
    ("Oct. 3–5.", 1781, {"from": "1781-10-03", "to": "1781-10-05"}),
    ("Nov. 9 or 16.", 1781, {"notBefore": "1781-11-09", "notAfter": "1781-11-16"}),
    ("Oct. 7?", 1781, {"when": "1781-10-07", "cert": "low"}),
    ("um den 20. April", 1822, {"when": "1822-04-20", "precision": "low"}),
    ("Jan. 8, 1839", 1838, {"when": "1839-01-08"}),  # a year written wins over the heading's
    ("Christmas Day", 1797, {"when": "1797-12-25"}),  # (a feast day: its day in the heading's year)
    ("[? Autumn]", 1836, {"when": "1836", "cert": "low"}),  # (a season: the heading's year, no more)
    ("[? August.]", 1831, {"when": "1831-08", "cert": "low"}),
])
def test_the_year_of_a_heading_completes_a_date(text, year, attributes):
    value = parse_date(text, year=year)
    assert value.attributes() == attributes and value.text == text
    assert ("year from a heading" in value.notes) == (not any(w.isdigit() and len(w) == 4 for w in text.split(", ")))


def test_without_a_year_a_day_and_month_is_no_date():
    assert parse_date("Jan. 4.") is None and parse_date("März 4.") is None
    assert parse_date("Winter", year=1836) is None  # (a winter is of two years: which, the heading does not say)


def test_day_first_decides_only_what_the_date_leaves_open():
    assert parse_date("05/10/1948", day_first=True).when == "1948-10-05"
    assert parse_date("10/21/1948", day_first=True).when == "1948-10-21"
    assert parse_date("05/10/1948", day_first=False).when == "1948-05-10"  # (a file written month first)
    assert parse_date("21/10/1948", day_first=False).when == "1948-10-21"
    assert parse_date("05/10/1948") is None  # (the order unknown: no guess)


@pytest.mark.parametrize("lines, order", [
    (["1. 4/5/1851 A to B", "2. 25/03/1861 B to A"], (True, 2, "25/03/1861")),
    (["10/21/1948, A to B", "see 3/4/1850"], (False, 1, "10/21/1948")),
    (["4/5/1851", "5/4/1852"], None),                        # nothing tells
    (["25/03/1861", "03/25/1861"], None),                    # two orders: a merged file
    (["32/13/1850", "shelf 12/40/1850"], None),              # no date at all
    (["item 2/25/18501", "no. 101/25/1850"], None),          # numbers inside longer ones
    (["Exp. 1. 10-11-1811", "Exp. 2. 22-07-1794"], (True, 2, "22-07-1794")),  # dashes and dots tell too
    (["k. 4: 3.4.1850", "k. 5: 31.10.1858"], (True, 2, "31.10.1858")),
])
def test_a_file_shows_the_order_of_its_numeric_dates(lines, order):
    assert numeric_order(lines) == order


@pytest.mark.parametrize("text, attributes", [
    ("10 March 1637/8", {"when": "1638-03-10"}),
    ("March 10, 1637/8", {"when": "1638-03-10"}),
    ("1640/1 Feb. 3", {"when": "1641-02-03"}),
    ("Jan. 1, 1699/1700", {"when": "1700-01-01"}),
    ("[12 Jan. 1688/9]", {"when": "1689-01-12", "cert": "medium"}),
    ("1637/8", {"when": "1638"}),
    ("Feb. 1, 1759-60", {"when": "1760-02-01"}),
    # (after 1752 a year alone so written is a cataloguer's "one of the two": a dealer's lots)
    ("1808/09", {"notBefore": "1808", "notAfter": "1809"}),
])
def test_a_double_year_is_read_as_historians_count(text, attributes):
    """Old Style years began on 25 March: "10 March 1637/8" is 10 March 1638 (the day as written)."""
    value = parse_date(text)
    assert value.attributes() == attributes
    assert any(n.startswith("double year") for n in value.notes)


@pytest.mark.parametrize("text", ["10 May 1637/8", "10 March 1637/9", "2 Feb. 1637/40"])
def test_a_double_year_that_cannot_be_is_not_read(text):
    """After 24 March both counts agree; a second year that is not the next one is a slip (until
    1752; later, "May 3, 1759-60" is that day in one of the two years)."""
    assert parse_date(text) is None


@pytest.mark.parametrize("text, when", REPUBLICAN_EXAMPLES)
def test_french_republican_dates(text, when):
    value = parse_date(text)
    assert value.when == when and "French republican calendar" in value.notes


@pytest.mark.parametrize("text, first, last", REPUBLICAN_SPAN_EXAMPLES)
def test_a_republican_month_or_year_alone_is_the_days_it_spans(text, first, last):
    value = parse_date(text)
    assert (value.not_before, value.not_after) == (first, last) and value.when is None


@pytest.mark.parametrize("text, attributes", REPUBLICAN_YEAR_FIRST_EXAMPLES)
def test_a_republican_date_with_its_year_first_as_inventories_write_it(text, attributes):
    value = parse_date(text)
    assert value.attributes() == attributes and "French republican calendar" in value.notes


@pytest.mark.parametrize("text, first, last", TENTH_EXAMPLES)
def test_a_tenth_of_a_month_is_the_ten_days_or_the_months_last(text, first, last):
    value = parse_date(text)
    assert (value.not_before, value.not_after, value.when) == (first, last, None)


@pytest.mark.parametrize("text", ["16 pluviôse an XV", "11 nivôse an XIV", "6 jour complémentaire an IV",
                                  "31 brumaire an III"])
def test_republican_dates_outside_the_calendar_are_not_read(text):
    assert parse_date(text) is None


def test_a_dash_between_years_is_a_double_year_only_after_a_day_or_month():
    # alone, "1759-60" may be a double year or two years: either way a time within them
    assert parse_date("1759-60").attributes() == {"notBefore": "1759", "notAfter": "1760"}
    assert parse_date("[1831–4]").attributes() == {"notBefore": "1831", "notAfter": "1834", "cert": "medium"}
    assert parse_date("1759-1760").attributes() == {"from": "1759", "to": "1760"}
    assert parse_date("1799-01") == parse_date("1799-01")  # (an ISO month stays one)
    assert parse_date("1799-01").attributes() == {"when": "1799-01"}


@pytest.mark.parametrize("text, attributes", [
    ("2 et 3 ventôse an X", {"from": "1802-02-21", "to": "1802-02-22"}),
    ("2-3 ventôse an X", {"from": "1802-02-21", "to": "1802-02-22"}),
    ("12 ou 19 germinal an II", {"notBefore": "1794-04-01", "notAfter": "1794-04-08"}),
    ("1840-08-04 - 1840-08-06", {"from": "1840-08-04", "to": "1840-08-06"}),
    ("1840-08-04/1840-08-06", {"from": "1840-08-04", "to": "1840-08-06"}),
    ("1865-02-22 00:00:00", {"when": "1865-02-22"}),
    ("1855-07/1856-12", {"from": "1855-07", "to": "1856-12"}),
    ("1796, 4 mars", {"when": "1796-03-04"}),
    ("1573, 21-22 juin", {"from": "1573-06-21", "to": "1573-06-22"}),  # (a day range, the year first)
    ("1596, avant le 14 mai", {"notAfter": "1596-05-13"}),  # (the year, then the bound of a day in it)
    ("1610, après le 7 août", {"notBefore": "1610-08-08"}),
    # a letter written over two days (not ten to thirteen apart: no Old and New Style), a day queried
    ("2./3. Dezember 1807", {"from": "1807-12-02", "to": "1807-12-03"}),
    ("13/14 December 1815", {"from": "1815-12-13", "to": "1815-12-14"}),
    ("31. Mai/1. Juni 1808", {"from": "1808-05-31", "to": "1808-06-01"}),
    ("10/21 May 1700", {"when": "1700-05-21"}),
    ("18./30. Mai 1808", {"when": "1808-05-30"}),  # (twelve days apart: the Old Style day and the New)
    ("29. Januar/10. Februar 1850", {"when": "1850-02-10"}),
    ("20. [?] Mai 1808", {"when": "1808-05-20", "cert": "low"}),
    ("10 [?Mar.] 1788", {"when": "1788-03-10", "cert": "low"}),  # (the month queried, a calendar's "?" before it)
    ("ce 16 pluviôse an X", {"when": "1802-02-05"}),
])
def test_ranges_and_forms_of_inventories(text, attributes):
    assert parse_date(text).attributes() == attributes


@pytest.mark.parametrize("text, attributes", [
    # a project's search results: the day known, its year one of several the editors bracket
    ("23 Sept [1876–7]", {"notBefore": "1876-09-23", "notAfter": "1877-09-23", "cert": "medium"}),
    ("15 November [1874–84]", {"notBefore": "1874-11-15", "notAfter": "1884-11-15", "cert": "medium"}),
    ("Sept 23, 1876-7", {"notBefore": "1876-09-23", "notAfter": "1877-09-23"}),
    ("May 3, 1759-60", {"notBefore": "1759-05-03", "notAfter": "1760-05-03"}),  # (after Lady Day: no double year)
    ("Feb. 1, 1759-60", {"when": "1760-02-01"}),  # (a double year where one can be)
    # "or later", "or earlier": the day or year named included
    ("14 May [1882 or later]", {"notBefore": "1882-05-14", "cert": "medium"}),
    ("[1891 or earlier]", {"notAfter": "1891", "cert": "medium"}),
    ("3. März 1850 oder später", {"notBefore": "1850-03-03"}),
    ("1./11. Mai 1850", {"from": "1850-05-01", "to": "1850-05-11"}),
    # (ten days apart in 1850, when the styles were twelve: a span, no Old and New Style)
])
def test_a_day_in_one_of_several_years_and_a_bound_after_the_date(text, attributes):
    assert parse_date(text).attributes() == attributes


def test_a_month_in_roman_numerals_is_read_in_a_date_column_only():
    """"IX. 1876" alone in a Czech inventory's date column is September 1876; in running text
    "Volume VII. 1781" is a volume and a year, not July."""
    from pipeline.dates import month_in_roman

    assert month_in_roman("IX. 1876").when == "1876-09"
    assert month_in_roman("Volume VII. 1781") is None
    assert parse_date("VII. 1781") is None


@pytest.mark.parametrize("text, found, when", [
    ("List A do B, Lwów, XII 1887, k. 385-388.", "XII 1887", "1887-12"),  # after a comma: a Polish catalogue's month
    ("Brudnopis listu do B, Zakopane VI 1883, 4 k.", "VI 1883", "1883-06"),  # after a place after a comma
    ("Rzym, I 1870, k. 133.", "I 1870", "1870-01"),
    ("Letter to Henry VIII 1540", "1540", "1540"),  # a king's numeral, no month
    ("Vol. VII. 1781", "1781", "1781"),
])
def test_a_month_in_roman_numerals_in_running_text_is_read_after_a_comma_or_a_place(text, found, when):
    from pipeline.layouts.shared import find_date
    from pipeline.lines import trailing_date

    a, b, value = find_date(text)
    assert (text[a:b], value.when) == (found, when)
    if text.endswith(found):
        assert trailing_date(text)[1].when == when


@pytest.mark.parametrize("text", ["[MS. 1242, ff. 140-142v.]", "HKA, Fasz. 1, fol. 1745.", "Add. MS. 1850, f. 3", "Box 1850"])
def test_a_number_a_reference_gives_is_no_year(text):
    """A calendar's manuscript reference under an undated letter ("[No date.]" … "[MS. 1242,
    …]") gave it the year 1242: a shelf mark's, a leaf's or a box's number is none."""
    from pipeline.layouts.shared import find_date

    assert find_date(text) is None


def test_a_town_s_abbreviation_is_no_reference():
    from pipeline.layouts.shared import find_date

    a, b, value = find_date("Brevkort til J.P. Gylling, Nykøbing F. 6.2.1832. 4 s.")
    assert value.when == "1832-02-06"


@pytest.mark.parametrize("text, mark", [
    ("[No date.] London.", "[No date.]"),
    ("List A do B, b.m. i d., k. 98-100. Druk.: «Przegląd» 1918", "b.m. i d."),  # (no place, no date: not 1918)
    ("Kraków, b.d., 2 k.", "b.d."),
    ("Touching the lease of the mill at Aldmere. Not dated.", "Not dated."),  # a letter book's abstract
    ("Concerning the tithes. Date unknown.", "Date unknown."),
    ("Letter to the vicar. Without date.", "Without date."),
    ("Pismo Stanku Jerebu, Gorica, brez datuma. O potovanju.", "brez datuma."),  # (Slovene: without date)
])
def test_a_polish_catalogue_s_undated_marks(text, mark):
    from pipeline.layouts.shared import find_date

    a, b, value = find_date(text)
    assert (text[a:b], value) == (mark, None)


@pytest.mark.parametrize("text, when", [("c1870", "1870"), ("c 1870", "1870"), ("c1870-1875", None)])
def test_the_national_archives_circa_without_a_stop(text, when):
    """Discovery writes "c1870" and "c 1870"; a capital C before four digits is a reference
    ("Box C1891"), no date."""
    value = parse_date(text)
    assert (value.when, value.precision) == (when, "low")
    assert parse_date("C1891") is None


@pytest.mark.parametrize("text, when", [("8 Id. April", "1390-04-06"), ("prid. Non. March.", "1390-03-06"),
                                        ("Non. May", "1390-05-07"), ("13 Kal. April.", "1390-03-20"),
                                        ("3 Kal. Jan.", "1390-12-30")])
def test_a_papal_register_s_roman_day_takes_the_year_above_it(text, when):
    """A calendar of papal letters prints the year once ("1390.") over days counted back from
    the Kalends, Nones or Ides, in English months; the days before the Kalends of January are
    the written year's December."""
    from pipeline.layouts.shared import find_date

    assert parse_date(text, None, 1390).when == when and parse_date(text) is None
    assert find_date(text, 0, None, 1390)[2].when == when


def test_a_calendar_s_queried_year_after_its_undated_mark():
    """"Not dated [? 1585]": the calendar's editor supplies the year and doubts it."""
    from pipeline.layouts.shared import find_date

    text = "Thanks his lordship for his favour. Not dated [? 1585]."
    a, b, value = find_date(text)
    assert (text[a:b], value.when, value.cert) == ("Not dated [? 1585]", "1585", "low")


@pytest.mark.parametrize("text, year, when", [
    ("19/2/81", 1881, "1881-02-19"),  # among a register's rows of 1881
    ("28/12/99", 1801, "1799-12-28"),  # the nearest century's
    ("3/4/05", 1867, None),  # forty years off: not read
    ("19/2/81", None, None),  # nothing around it: no century
])
def test_a_two_digit_year_takes_the_century_of_the_dates_around_it(text, year, when):
    value = parse_date(text, True, year)
    assert (value.when if value else None) == when
    if value:
        assert value.cert == "high" and "the century from the dates around it" in value.notes


@pytest.mark.parametrize("text, attributes", [
    ("Ende Dezember 1867", {"when": "1867-12"}),  # (not "De" of "Dezember" read as the article "de")
    ("[Ende Dezember 1867]", {"when": "1867-12", "cert": "medium"}),
    ("finales de diciembre de 1850", {"when": "1850-12"}),
    ("1849 Mai 17", {"when": "1849-05-17"}),  # a register's year first
])
def test_a_part_of_a_month_and_a_year_first(text, attributes):
    assert parse_date(text).attributes() == attributes


@pytest.mark.parametrize("text, kind, date, place, number", [
    ("1849 Mai 17, Leipzig", "date", {"when": "1849-05-17"}, "Leipzig", ""),
    ("17. 1848 Oktober 31, Hallau", "date", {"when": "1848-10-31"}, "Hallau", "17"),
    ("3. Kirchbach, 8. September [1846]", "date", {"when": "1846-09-08", "cert": "medium"}, "Kirchbach", "3"),
    ("29. o. O., um 1852", "date", {"when": "1852", "precision": "low"}, "", "29"),  # no place ("ohne Ort")
    ("104. o. O. u. D.", "date", None, "", "104"),
    ("2.     Waldstein, 24sten 9bris 1749.", "date", None, "", ""),  # an inventory's columns: read by its layout
])
def test_a_date_line_with_its_number_and_place(text, kind, date, place, number):
    from pipeline.lines import classify

    line = classify(1, text)
    assert (line.kind, line.date.attributes() if line.date else None, line.rest if line.date else "", line.numbering) \
        == (kind, date, place, number)


@pytest.mark.parametrize("text, when", [
    ("8 de desembre de 1743", "1743-12-08"), ("9 d'abril de 1751", "1751-04-09"), ("agost de 1748", "1748-08"),
    ("12 de gener de 1755", "1755-01-12"), ("1794, juliol, 8", "1794-07-08"), ("3 de març de 1750", "1750-03-03"),
])
def test_catalan_dates(text, when):
    assert parse_date(text).when == when


@pytest.mark.parametrize("text, date, rest", [
    # a checklist's date column: the year, then the month alone before the column's gap, a day
    # range across two months, the year or the whole date queried in brackets
    ("1853 Dec        To Mrs. Carver. ALS, 2 pp. MH.", {"when": "1853-12"}, "To Mrs. Carver. ALS, 2 pp. MH."),
    ("1854 Sep 25-Oct 1  To Mrs. Ann Thorne. ALS.", {"from": "1854-09-25", "to": "1854-10-01"}, "To Mrs. Ann Thorne. ALS."),
    ("[1856 May?]     To Lucy Parr.", {"when": "1856-05", "cert": "low"}, "To Lucy Parr."),
    ("[1866?] Apr 8   To James Orr.", {"when": "1866-04-08", "cert": "low"}, "To James Orr."),
    ("1792, December. Berne. A to B", {"when": "1792-12"}, "Berne. A to B"),
])
def test_a_date_first_in_a_line_with_its_month_set_off(text, date, rest):
    from pipeline.lines import split_date_prefix
    _, value, after = split_date_prefix(text)
    assert (value.attributes(), after) == (date, rest)


def test_a_year_queried_before_a_place_is_still_the_date_line_s():
    """"[1792?] Antwerp." over "A to B.": the year, then the place (not a month's day to look for)."""
    from pipeline.lines import split_date_prefix
    written, value, after = split_date_prefix("[1792?] Antwerp.")
    assert (written, value.attributes(), after) == ("[1792?]", {"when": "1792", "cert": "low"}, "Antwerp.")


@pytest.mark.parametrize("text, kind, date_text, rest", [
    # a calendar's heading: a sender the editor supplied in brackets, a catalogue's mark after the date
    ("[JH] to Dr. John Fothersby, 16 Feb. 1755. ALS, APS.", "heading", "16 Feb. 1755", "[JH] to Dr. John Fothersby"),
    ("Dr. John Fothersby to JH, n.d. ALS, HSP.", "heading", "n.d.", "Dr. John Fothersby to JH"),
    ("Dr. John Fothersby to JH, n.d.. ALS, HSP.", "heading", "n.d.", "Dr. John Fothersby to JH"),
    ("To Mary, n.d. She writes to her father.", "text", "", ""),  # (a summary's sentence, no mark)
    ("With a printed circular, n.d. Torn at the fold.", "text", "", ""),
    ("3. Mathilde Mühl an Wendelin Brand, Ulrichsbach, o. D.", "heading", "o. D.",
     "3. Mathilde Mühl an Wendelin Brand, Ulrichsbach"),
])
def test_a_calendar_heading_with_its_mark(text, kind, date_text, rest):
    from pipeline.lines import classify
    line = classify(1, text)
    assert (line.kind, line.date_text, line.rest or "") == (kind, date_text, rest)


@pytest.mark.parametrize("text, span, when", [
    ("31.1.69", (1968, 2003), "1969-01-31"), ("22 Dec. 69", (1968, 2003), "1969-12-22"),
    ("22/4/70", (1968, 2003), "1970-04-22"), ("Doc. 002   31.1.69   Letter", (1968, 2003), "1969-01-31"),
    ("3.4.05", (1968, 2003), None),  # (neither 1905 nor 2005 in the span: not read)
    ("3.4.69", (1869, 1969), None),  # (1869 or 1969: not read)
])
def test_a_year_of_two_digits_only_within_the_file_s_span(text, span, when):
    from pipeline.dates import short_year_date
    found = short_year_date(text, span, day_first=True)
    assert (found[2].when if found else None) == when


@pytest.mark.parametrize("text, attributes", JAPANESE_EXAMPLES)
def test_a_japanese_era_date_gives_the_western_date_from_meiji_6_and_the_year_before(text, attributes):
    """"M12.3.5" and "明治12年3月5日" are 5 March 1879 (Japan counted by the Gregorian calendar from
    Meiji 6); "慶応2.5.8" a lunar day of 1866, the year alone (both years for the 11th and 12th months);
    a year in brackets supplied, "カ" doubtful, "(M)" the era's years; "(年未詳)3月5日" no year, no date."""
    value = parse_date(text)
    assert (value.attributes() if value else None) == attributes


@pytest.mark.parametrize("text, attributes", REIGN_EXAMPLES)
def test_a_chinese_reign_date_gives_the_western_year_and_no_lunar_day(text, attributes):
    """"KH 23/3/19": the 23rd year of Kuang-hsü, 1897, its lunar month and day not converted (the
    year alone, or both years for the 11th and 12th months); the Republic's "MK 8/5/4" is the day."""
    value = parse_date(text)
    assert (value.attributes() if value else None) == attributes
    if value:
        assert value.notes[0].split(":")[0] in {f"{name} {text.split()[1].split('/')[0]}" for name in
                                                ("Kuang-hsü", "Hsüan-t'ung", "Min-kuo")}


@pytest.mark.parametrize("text, attributes", [
    ("Rhagfyr 10fed, 1874", {"when": "1874-12-10"}), ("Medi 3ydd, 1866", {"when": "1866-09-03"}),
    ("Tachwedd 21ain, 1881", {"when": "1881-11-21"}), ("[1850au]", {"notBefore": "1850", "notAfter": "1859", "cert": "medium"}),
    ("1890-luku", {"notBefore": "1890", "notAfter": "1899"}),
])
def test_welsh_ordinals_and_decades(text, attributes):
    """Welsh days are ordinals ("10fed", "3ydd", "21ain"); "1850au" is the 1850s, Finnish "1890-luku" the
    1890s (not "1890-l.", as OCR may read 1890-1 too)."""
    assert parse_date(text).attributes() == attributes


@pytest.mark.parametrize("text, attributes", [
    ("2. detsembril 1929", {"when": "1929-12-02"}), ("oktoober 1930", {"when": "1930-10"}),
    ("pt. 3. VI 1911", {"when": "1911-06-03", "cert": "medium"}),  # (the postmark's day)
    ("14./27. III 1905", {"when": "1905-03-27"}), ("31. VIII / 12. IX 1904", {"when": "1904-09-12"}),
    ("16. (28.) V 1896", {"when": "1896-05-28"}),
])
def test_estonian_dates(text, attributes):
    """Estonian months, "on the day" too ("detsembril"); "pt." a postmark; a day in both styles, the
    New Style day the letter's (only where the days are as far apart as the century had them)."""
    assert parse_date(text).attributes() == attributes


@pytest.mark.parametrize("text", ["10./20. V 1850", "1./14. III 1852", "u. 1909", "Pt. 12 May 1850"])
def test_what_is_no_estonian_date(text):
    """Ten days apart in 1850 is no day in both styles (twelve then); "u." is no "about" (a
    Hungarian street's, a German "and"); "Pt." a part, no postmark."""
    value = parse_date(text)
    assert value is None or (value.precision, value.notes) == (None, ())


def test_a_day_before_a_span_of_four_figure_years_is_no_day_in_one_of_them():
    from pipeline.layouts.shared import find_date

    assert find_date("Correspondence, 12 May 1850-1870", 0)[2].attributes() == {"from": "1850", "to": "1870"}
