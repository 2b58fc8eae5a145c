"""One line of a listing: cleaned, classified, and the cheap signals layouts decide by.

Every layout sees the same classified lines. Classification and the signals here are
regular expressions and date look-ups on one line at a time, never the title parser, so
that detecting a layout costs time per line and tuning a title shape cannot change how a
file is split into entries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import doctypes
from .dates import MONTH_NAMES, UNDATED_MARKS, DateValue, month_in_roman_after, parse_date, unread_date
from .inflection import finnish_case, welsh_given

# Longer lines are never dates or titles; they are reported, not parsed (keeps reading linear).
MAX_LINE = 2000

BULLET = re.compile(r"^\s*(?:[•·▪◦*‣∙►]|-(?=\s)|–(?=\s)|o(?=\t))\s*")  # ("o" and a tab: a word processor's
#                                                                            second-level bullet, pasted as text)
SEPARATOR = re.compile(r"^(?:[-–—_=~*•·.|]\s*){1,}$")  # "|": an empty cell of a web page's table
# One cell border at the end of a line ("March 7. Whitehall. |"), as calendars copied from a web
# page's table keep them: not part of the text. A table's rows have two or more.
_CELL_END = re.compile(r"^(?P<text>[^|]*?)\s+\|$")
# Lines that web pages add around a listing; recognised so the report can say "boilerplate".
BOILERPLATE = re.compile(
    r"^(?:search in|search|add search filter.*|cancel search filter|no image found\.?|"
    r"sort by.*|results:?.*|documents|items?|\d+\s*items?|\d+\s*(?:-|–)\s*\d+\s+of\s+\d+|page \d+( of \d+)?|"
    r"print|share|download|next|previous|prev|first|last|back to top|menu|home|login|log in|"
    r"show more|show less|read more|view all|filter|filters|clear all|apply|"
    r"[«‹]\s*(?:older|newer)\s+(?:posts?|entries|letters|articles)\b.*|(?:older|newer)\s+(?:posts?|entries|letters|articles)\s*[»›]|"
    #  (a blog's pager, its marks and all: "« Older letters   Page 1 of 12   Newer letters »"; not "Older letters from his brother")
    # an online edition's status badge beside each letter: "transcribed", "proofread", "draft"
    r"(?:not\s+|un)?transcribed|transcription pending|proofread|proof-read|draft|published|unpublished|edited|"
    r"in progress|encoded|reviewed|"
    r"(?:copyright|©).*|terms of use|privacy( policy)?|contact( us)?|skip to (?:main )?content|jump to (?:navigation|content|main content)|"
    # a browse page's facet trail and its count: "Collections -- State Archives (Remove)", "Page 1 of 13, showing 10 records …"
    r".+\s\(remove\)|page \d+ of \d+,\s+showing\b.*|"
    # a web page's cookie banner: "We use cookies to make this website work …", "Accept all cookies"
    r"(?:we|this (?:site|website)) uses? (?:some )?(?:essential )?cookies.*|(?:accept|reject|allow) (?:all |optional )?cookies.*|"
    r"(?:cookie settings|manage cookies|set cookie preferences)|"
    # labels of an archive's document page: "Original Language: Polish", "Related Documents"
    r"(?:original (?:language|archive|uploaded date)|contents|source|record id|language|rights|citation|related|"
    r"subjects? discussed|keywords|donors?|document information|related (?:documents|collections|"
    r"resources)|associated (?:people|places|organizations|topics).*|translated by|cite|download(?: pdf)?|"
    r"share this|print this|view (?:pdf|image|original)|estimated price|estimate|price realized|sold for|"
    r"starting bid|current bid)\b\s*(?::.*)?|"
    # a search page's count and view: "Showing results 81–100 of 1,247", "Your search for "X"
    # returned 1,247 results", "View: List | Detailed"
    r"(?:showing|displaying)\b.*\d\s+(?:of|from)\s+\d[\d,.]*(?:\s+\w+)?|your search\b.*|"
    r"(?:refine|view|project|results per page)\s*:.*|"
    # a browser's print header or footer: the page's address, perhaps the date and time glued to it
    # ("file:///C|/EPISTOLARIO/07/01.HTM03/06/2008 10:12:07"), or the address's end broken onto a line ("HTM")
    r"file:/{2,3}\S+(?:\s+\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?)?(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m)?)?"
    r"(?:\s+\d{1,3}\s*/\s*\d{1,3})?|x?html?|php|aspx?|"
    # (a web address only with the print's stamp after it: a letter's or a record's own link is its text)
    r"https?://\S+(?:\s+\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m)?|\S*?\d{2}/\d{2}/\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s+\d{1,3}\s*/\s*\d{1,3})|https?://\S+?\d{2}/\d{2}/\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?|"
    # a result's links: "View", "[View]", "View ›", "View    Cite    Share"
    r"(?:\[?(?:view|cite|share|export|save|bookmark)\]?\s*[›»>]?\s*)+|"
    # pagination: "1 2 3 Next ›", "‹ Previous", "« First", "1 2 3 … 12", "« Previous [1] 2 3 … 63 Next »"
    r"(?:[‹«<]?\s*(?:prev(?:ious)?|first)\s*[‹«<]?\s*){1,2}(?:\s+(?:\[?\d{1,4}\]?|…))*(?:\s+(?:next|last)\s*[›»>]*){0,2}|"
    r"(?:\[?\d{1,4}\]?\s+|…\s+)*(?:(?:next|last)\s*[›»>]*\s*){1,2}|pages|"
    r"(?:\[?\d{1,3}\]?\s+){2,}(?:…\s+)?\[?\d{0,3}\]?\s*[›»>]?|[‹«<›»>]+)$",
    re.IGNORECASE,
)
# … of which those that describe the document on an archive's page, kept with its entry as notes
# ("Source: Central State Archive, Tirana, Fond 13", "Original Archive: AVPRF, f. 0100"):
DOCUMENT_LABEL = re.compile(r"^(?:source|original (?:archive|language)|translated by|related)\s*:\s*\S", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
UNDATED = re.compile(rf"^\[?(?:{UNDATED_MARKS})\.?\]?\.?$", re.IGNORECASE)  # ("[No date.]")
# A place and a comma before a date that opens its line's title ("Ulm, 4. Mai 1852. A an B.",
# "Kirchwald, April 1846. A an B.", "Ulm, [vor dem 7. November 1790]. A an B.")
_PLACE_WORDS = (r"(?:(?:Somewhere|Camp|Hospital|Headquarters|Billets|Trenches)\s+(?:in|near)\s+[A-ZÀ-Þ][\w'’.-]*"  # (a soldier's)
                r"|[A-ZÀ-Þ][\w'’.-]*(?:[\s-]+(?:[A-ZÀ-Þ][\w'’.-]*|am|an|der|de|la|le|upon|sur|al|di)){0,4})")
def _inverted_name(place: str) -> bool:
    """"Smith, John" before a date: a name surname first, no place of two parts."""
    from .titles import GIVEN_NAMES  # (the titles import this module)
    head, _, tail = place.partition(", ")
    return bool(tail) and tail.split()[0] in GIVEN_NAMES


_PLACE_THEN_DATE = re.compile(rf"(?P<place>{_PLACE_WORDS}(?:,\s+{_PLACE_WORDS})?),\s+(?=\S)")  # ("Candahar Barracks, Tidworth, …")
# A place of writing, or "n. p." (no place), in a column of its own after the date, before the
# writer: "1810, Feb. 9. n. p.  Elmwood, Henry. To X.", "1810, May 4. Coldhaven.  Hobstow Company. To X."
PLACE_COLUMN = re.compile(r"(?P<place>n\.\s?p\.|\[?[A-ZÀ-Þ][\w'’.-]*(?:\s[A-ZÀ-Þ][\w'’.-]*){0,2}\]?\.?)\s{2,}(?=[A-ZÀ-Þ])")
# A mark before a title's parties: "Abschrift: A an B", "Copy: A to B"
MARK_COLON = re.compile(r"^[A-ZÀ-Þ][\w.]*:\s+")
# A title after its missing date: "ohne Datum. A an B", "[n.d.] – A to B"
_UNDATED_START = re.compile(rf"(?P<mark>\[(?:{UNDATED_MARKS})\]|(?:{UNDATED_MARKS}))"
                            r"(?:(?:[.,:;]+|(?<=[.\]]))\s+(?:[–—-]+\s+)?|\s+[–—-]+\s+)", re.IGNORECASE)
# A heading's end that says it has no date: "From A to B, n.d.", "8. A an B, Ulm, o. D." (after
# a comma or a bracket, as a heading sets it apart: "… is undated" is a sentence)
UNDATED_AT_END = re.compile(rf"(?:^|[,;.(\[—–]\s*)(?:{UNDATED_MARKS})[.\])]*$", re.IGNORECASE)
# How a listing says the place is unknown: "o. O." (ohne Ort), "s. l." (sine loco), "n. p.", Polish "b. m.",
# Czech "b. m.", Dutch "z. p." (zonder plaats), "s. d. l."; each with or without its last stop, in brackets
# or not (NO_PLACE, any case, for a place read alone; as written, with its stop, inside a date line,
# where "N. P." may be a person's initials)
_NO_PLACE_MARKS = r"o\.\s?O|s\.\s?l|n\.\s?p|b\.\s?m|z\.\s?p|u\.\s?o|s\.\s?d\.\s?l"
NO_PLACE = re.compile(rf"\[?(?:(?:{_NO_PLACE_MARKS})\.?|sine loco|ohne Ort|sans lieu)\]?", re.IGNORECASE)
_NO_PLACE_DOT = rf"(?:(?:{_NO_PLACE_MARKS})\.|sine loco|ohne Ort|sans lieu)"
# A date line that names the place first: "Dunmere, Saturday, 26 December 1863" (the place is
# kept as the entry's place of writing by the layouts that read date lines).
_PLACE_FIRST = re.compile(r"^\[?(?P<place>(?:['’]s-|['’]t\s)?[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|am|an|der|de|la|le|upon|on|sur|"
                          r"bei|im|ob|du|del|di|en|al|alla|della|sopra|sotto)){0,3}|{_NO_PLACE})\]?,\s+(?P<date>.+)$"
                          .replace("{_NO_PLACE}", _NO_PLACE_DOT))
# … where the place is said to be unknown: "o. O., um 1852" (ohne Ort), "s. l., 1790", "n.p., 1850"
_NUMBERED_PLACE = re.compile(rf"{_NO_PLACE_DOT},\s|"
                             r"(?!(?:Mr|Mrs|Ms|Miss|Dr|Rev|Sir|Lady|Lord|Herr|Frau|Fräulein|Frl|M|Mme|Mlle|Don|Doña|"
                             r"Prof|Graf|Gräfin|Baron|Fürst)\b)\[?[A-ZÀ-Þ][\w'’-]+(?:\s+(?:am|an|der|bei|im|sur|upon|"
                             r"[A-ZÀ-Þ][\w'’-]+)){0,2}\]?,\s")  # ("18. [Brünn, 1848–1851]", "18. [Brünn], um 1853")
# … or after it, set off by a comma: "1849 Mai 17, Leipzig"
_PLACE_AFTER = re.compile(r"\[?[A-ZÀ-Þ][\w'’-]*(?:\s+(?:[A-ZÀ-Þ][\w'’-]*|am|an|der|de|la|le|upon|on|sur|bei|im|en|del|di|"
                          r"do|da|dos|das)){0,3}\]?\.?")
# Short lines made of a year and a few words, no sentence: "Spring 1952", "Late 1949 [?]".
_DATE_LIKE = re.compile(r"^(?=.{4,40}$)\[?(?:[\wÀ-ÿ.,]+\s+){0,4}\d{4}(?:\s*[-–/]\s*\d{2,4})?\s*\??\]?\.?$")
# A numbered line whose name ends in a case of its own before a date: "2. Saloniukselle heinäk. 1846" (Finnish
# allative) is a heading, not a date that cannot be read
_NAMED_BEFORE_DATE = re.compile(r"^\d{1,4}\.\s+(?:[A-ZÅÄÖ][\wåäö.-]+\s+){0,2}(?P<word>[A-ZÅÄÖ][\wåäö-]+(?:lle|lta))\s+\S")
_FLORUIT = re.compile(r"\bfl\.\s*\d{3,4}")  # ("Bascom, Lyman B., fl. 1862-1865": when a person flourished, a name's line)
_YEAR_END = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?|/\d{1,4})?(?:\s*\?)?\]?(?:\s*\?)?")  # where a leading date may end
_DATE_GOES_ON = re.compile(r"[-–/.]\d")  # "1794-06-02", "1850/51": the year is not the date's end
_REMARK = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\.?\s*$")
_PARTY_WORD_IN = re.compile(r"\s(?:to|an|à|aan|till|para)\s", re.IGNORECASE)
# A short mark after a heading's dated full stop: ". Copy.", ". Avskrift.", ". 2 s.", ". Koncept,
# ofullständigt." (titles.parse_title takes it off a title as a note)
# (a catalogue's marks: short words in capitals, one of them all capitals, "ALS, HSP.", "AL (incomplete),
# APS."; not "o. D.", nor a summary's sentence, "Torn at the fold.")
_MARK_AFTER_UNDATED = re.compile(r"(?<=\.)\.?\s+(?=[^a-z]*?\b[A-Z]{2,}\b)(?:[A-Z][A-Za-z]{0,4}|\d+\s*pp?)\.?"
                                 r"(?:[\s,;]+(?:[A-Z][A-Za-z]{0,4}|\d+\s*pp?|\([^)]{0,20}\))\.?)*\s*$")
MARK_TAIL = re.compile(r"(?<=[\d\]?])\.\s+(?P<mark>[^.]{1,60}(?:\.\s*[^.]{1,30})?\.?)$")
# (OCR'd leaders carry specks, "· . . , . . ' . -", and page numbers "l3", "1O6")
_LEADER = re.compile(r"\s*[.·…](?:\s?[.·…,:;'’‘-]){2,}\s*(?=[lIO]*\d)[\dlIO]{1,4}\s*$"
                     r"|(?<=\d{4})(?P<close>[\].]?)\s{2,}\d{1,4}\s*$")
# Where a title runs into its summary without a space: "…to BWhile discussing".
_RUN_IN = re.compile(r"(?<=[a-z\])’'.])(?=[A-Z][a-z])|(?<=\s[A-Z])(?=[A-Z][a-z]{2,})")
_NAME_PREFIXES = ("Mc", "Mac", "De", "Le", "La", "Van", "Von", "Di", "Da", "Du", "O'", "O’", "Fitz")

# --- cheap signals ---------------------------------------------------------------------

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪŁŃŇŌŐŒŘŚŞŠȘŢȚŤŪŮŰŹŻŽ"
_WORD = rf"(?:(?:[dl]['’])?[{_UPPER}][\w.'’-]*|[{_UPPER}]\.)"  # "Marie d'Agoult"
# "I. ", "12. ", "No. 512. ", "LETTER XII. ", "Nr. 3) ": how entries of printed editions are numbered.
# An archive's shelf mark numbers an inventory's entries: "45 J 5. Lettre de …" (fonds 45 J, item 5).
_SHELF_MARK = r"\d{1,4}\s[A-Z]{1,2}\s\d{1,6}[a-z]?"
# What follows a small roman number with a space where it numbers a letter ("i. Telegram from X", "xii. ALS
# from Y", "iv. To Z"; not "v. Smith in Chancery", a suit's wrapped line)
ROMAN_ITEM = rf"(?:To|From|{doctypes.ABBREVIATED_DESCRIPTIONS}|Telegram|Letter|Postcard|Note|Card)\b"
NUMBERING = re.compile(rf"^\*?(?P<label>(?i:no|nr|n°|n\.?º|letter|lettre|lettera|brief|brev|ep|epist)[.,]?\s*|LETTE[BEKF]\s+)?(?P<bracket>\[(?=\d{{1,3}}\]\s+(?!(?i:{MONTH_NAMES})\.?\s)[A-ZÀ-ÞŁŚŻŹ]))?(?P<n>{_SHELF_MARK}|\d[\dO]{{0,5}}(?:[a-z]|[A-H](?=\.))?|[lI]\d{{1,3}}(?=\.\s)|\d[\dlO]{{1,3}}(?=\.\s)|"
                       r"[IVXLCDM][IVXLCDMl1]{0,8}|(?-i:[ivx]{1,6})(?=\.[A-Z]|[.)]\s+" + ROMAN_ITEM + r"))(?(bracket)\]\s+|(?:[.)]\s+|(?<=[ivx])\.(?=[A-Z])|(?<=[IVXLCDMl1]),\s+(?=(?:To|From)\s)|(?<=\d)(?<!\d{4}),\s+(?=\[|c\.\s|Undated\b|[A-Z][a-z]+\s+Day\b)|(?<=\d{3})(?<!\d{4}),\s+(?=\d{1,2}\s+[A-Z])|(?<=[IVXLCDM]{4})\.(?=[A-ZÀ-Þ](?:[a-zà-ÿ’']|\s))|(?<=\d)(?(label)\s(?=[—–]\s)|(?!))|(?<=\d)(?<![0-9]{4})\s{2,}"
                       r"(?=\[|[<>?]\s?[\d\[A-Z]|\d{1,2}[.\s/–-]|\d{4}[\s,.]|o\.\s?O\.|(?i:n\.\s?d|s\.\s?d|o\.\s?d|c\.|ca\.|circa|before|after|undated)\b)"
                       r"|(?<=\d)(?<![0-9]{4})-\s+(?=\[|\d{4}(?:,|\s*$)|s\.\s?d\.)|(?<=\d)(?<![0-9]{4})(?=\[?(?:To|From)\s+[A-Z]|Enclosure:|Extract\s+of\s)|(?<=\d\d)(?<![0-9]{4})(?=[A-Z][a-z]+(?:\s+[A-Z][\w.'’-]*){1,4}\s+to\s))"  # ("21From X to Y": a result list's
#                                                                         number copied from a page, its gap lost)
                       r")(?:[—–]\s*)?(?=\S)")  # "Vl.", "Xll.": roman numerals as OCR reads them; "LXI. — À …";
#                                            "LXXXVIII.À X": a long one that fills its column; OCR's
#                                            "l55.", "I61.", "1l8." (a one read as a letter); "xiv.ALS from X" (a
#                                            college catalogue's small roman numbers, its space lost), "169, Undated." (a comma
#                                            for its stop) in a printed list of letters; "181, 28 April": three
#                                            figures (not a calendar's "12, 13 September", two days)
HEADING_START = re.compile(r"^(?:(?:[IVXLCDM]+|\d+[a-z]?)[.)]\s+)?(?:To|From|Till|Från|Para|Do)\s+\S"
                           r"|^List(?=\s(?:\S+\s){1,5}do\s)")  # (Swedish, Portuguese, Polish: "List A do B")
_NUMBERED = re.compile(rf"^(?:(?i:no|nr|n°|n\.?º|ep|epist)\.?\s*)?(?:{_SHELF_MARK}|[IVXLCDM]+|\d{{1,6}}[a-z]?)[.)]\s+\S")
# An entry's number on a line of its own: "437", "Nr. 158", "No. 5.", "XII.", "[12]", "45 J 7"
ENTRY_NUMBER = re.compile(rf"^\[?(?:(?i:no|nr|n°|num)\.?\s*|(?i:ед\.\s?хр\.|дело|д\.)\s*№?\s*|№\s*)?"
                          rf"(?P<n>{_SHELF_MARK}|\d{{1,6}}[a-z]?|[IVXLC]{{1,7}})[.)\]]?$")  # ("Ед. хр. 12": a Russian file's)
# A file's number over an entry, perhaps with the document's kind (diplomatic papers): "812.00/4415:
# Telegram", "File No. 812.51/210.", "FO 371/1234". (The "/" tells it from a page number.)
FILE_NUMBER = re.compile(r"^(?:File\s+No\.?\s*)?(?P<n>(?:[A-Z]{1,4}\s?)?\d{1,4}(?:\.[\dA-Za-z]+)*/\d+[a-z]?)"
                         r"(?:\s*:\s*(?P<type>[A-Z][a-z]+))?\.?$")
# The extent after a heading's date: "…, 25 août 1837. 1 p.", "…, o. D. 3 S.", "… 1850. 2 ff.",
# a library catalogue's "… 1860 Mar. [2] p.", "… 1 item (3 p.) ; 20 cm."
# Spanish "… 1790. 1 h." and "3 h. + sobre" (leaves, and the envelope), Polish "…, k. 6-7." (the
# leaves it fills in its volume) and "…, 4 k." (how many).
EXTENT = re.compile(r"(?<=[.,)\]])\s+(?:\[?\d{1,3}\]?\s*(?:pp?|ff?|S|Bll?|fols?|leaf|leaves|items?|h|k)\.?"
                    r"(?:\s*\(\d{1,3}\s*(?:pp?|ff?|leaf|leaves)\.?\))?(?:\s*;\s*\d{1,2}\s*cm\.?)?(?:\s*\+\s*sobre)?"
                    r"|k\.(?:\s*\d{1,4}[rv]?(?:\s*[-–]\s*\d{1,4}[rv]?)?)?\.?)$")  # (", k." cut at a line's end)
# An extent on a line of its own, in the inventories' languages: "1 brief", "2 stukken", "Cc. 4",
# "1 c.", "3 pp.", "2 items (letter and envelope)", "4 S." (no entry's first line, whatever its number);
# a Catalan or Spanish inventory's with the copy's state or language after it: "1 doc. (2 f.) Castellà".
EXTENT_ALONE = re.compile(r"^\[?\d{1,4}\]?\s*(?:pp?|ff?|S|Bll?|fols?|leaf|leaves|items?|pieces?|pièces?|c|cc|carte|"
                          r"brief|brieven|stuk|stukken|omslag|omslagen|deel|delen|charter|charters|lettera|lettere|Blatt|"
                          r"Blätter|docs?|vols?|documents?|documentos?)\.?(?:\s*\([^()]*\))?\.?"
                          r"(?:\s+(?:Original|Còpia|Copia|Català|Castellà|Llatí|Catalán|Castellano|Latín|Latin|Français|Italiano))?$"
                          r"|^(?:cc|Bll?|ff)\.\s*\d{1,4}\.?$", re.IGNORECASE)
# Parties where a title names them: at the start ("To X", "From X", "X to Y", "X and Y to Z").
_ARTICLE = r"(?:(?i:the|den|dem|die|der|la|le|les)\s+|(?-i:o|a)\s+|(?i:l['’](?:abbé|évêque|archevêque))\s+)?"
#           ("an den Rat", "à la Reine", "para o Doutor X", "de l'abbé X")
# (Swedish, Danish and Portuguese too: "Till X", "A till B", "De A para B"; Polish "Odpis listu do B")
# A Russian edition's "A — B" (B in the dative): "Лазорев — Ведерникову", "С. Т. Гурьев — Ведерникову" (titles.russian_dash_parties)
_CYRILLIC_DASH = re.compile(r"^(?:[А-ЯЁ]\.\s?){0,3}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:\s(?:[А-ЯЁ]\.\s?){1,3})?(?:\s+и\s+(?:[А-ЯЁ]\.\s?){0,3}[А-ЯЁ][а-яё]+)?"
                            r"\s+[—–]\s+(?:[А-ЯЁ]\.\s?){0,3}(?:и\s+(?:[А-ЯЁ]\.\s?){1,3})?(?:[А-ЯЁ][а-яё]+|неизвестному|неустановленному|в\s+[А-ЯЁа-яё])")
_PARTY_OPENING = re.compile(
    rf"^(?:(?i:to|from|an|à|till|til|från|fra|para|do)\s+{_ARTICLE}(?:[dl]['’])?[{_UPPER}\[]"
    rf"|(?:(?i:from|of|von|de|da|do|från|fra)\s+)?{_ARTICLE}{_WORD}"
    rf"(?:,?\s+(?:(?!(?i:relating|according|pertaining|referring)\s){_WORD}|(?i:von|van|de|der|des|du|la|le|di|da|do|dos|das|of|the|and|und|et|och|e|zu|zum|zur|in|at)|&|"
    rf"\[[^\]]{{0,60}}\]|\([^)]{{0,60}}\)))*?"
    rf",?\s+(?i:to|an|à|till|til|para|do)\s+{_ARTICLE}(?:[dl]['’])?[{_UPPER}\[])"
    # (Greek: "Προς τον X", "Από την X", "Ο X προς τον Y", "Επιστολή του X προς …")
    r"|^(?i:προς|από)\s+(?:(?i:τον|την|τη|το|τους|τις|τα)\s+)?[Α-ΩΆ-Ώ]"
    r"|^(?:Către|De\s+la)\s+[A-ZĂÂÎȘȚ][a-zăâîșțş]+\s+[A-ZĂÂÎȘȚ]"  # (Romanian: "Către Ion Cernea", "De la X")
    r"|^(?:Ο|Η|Οι|Το|Επιστολή\s+(?:του|της|των))\s+[Α-ΩΆ-Ώ][^,]{0,80}?\s+προς\s+"
    r"|^(?:Ο|Η)\s+(?:[α-ωά-ώ]+\s+(?:του|της)\s+)?[Α-ΩΆ-Ώ][\w-]+(?:\s+[Α-ΩΆ-Ώ][\w-]+)?\s*,"  # ("Ο Πέτρος Μαυροκορδάτος, Ερμούπολη")
    # (Slovak: the addressee in the dative, perhaps the writer before: "Danielovi Štúrovi", "Hronček Benickému")
    r"|^(?=[^,]*[áäčďéíĺľňóôŕšťúýž])(?:(?:List|Lístok)\s+\d{1,4}\.\s+)?(?:[A-ZÁÄČĎÉÍĹĽŇÓÔŔŠŤÚÝŽ][\w.]*\s+){0,2}"
    r"[A-ZÁÄČĎÉÍĹĽŇÓÔŔŠŤÚÝŽ][a-záäčďéíĺľňóôŕšťúýž]+(?:ovi|ému|ymu)(?=[\s,]|$)"
)
# … or a side the listing says it does not know: "[Unsigned] to the Lords of the Admiralty"; or one the
# editor supplied: "[JH] to Dr. John Fothersby", "[Jonathan Hallowell] to X"
_BRACKETED_OPENING = re.compile(rf"^\[(?i:unsigned|unknown|anonymous|anon\.|n\.\s?n\.|(?!(?:postscript|draft|copy|enclosure|extract|"
                              rf"fragment|translation|summary|abstract|note|endorsement)\])(?-i:{_WORD})(?:\s(?-i:{_WORD})){{0,3}})\]"
                              rf"\s+(?i:to|an|à)\s+{_ARTICLE}[{_UPPER}\[]")
# … or the parties of the entry before: "The same to the same", "Lo stesso allo stesso", "Derselbe an X"
_SAME_OPENING = re.compile(r"^(?=[A-ZÀ-Þ])(?i:(?:the\s+)?same|(?:lo|il|la)\s+(?:stess[oa]|medesim[oa])|derselbe|dieselbe|dieselben|"
                           r"(?:le|la)\s+même|idem|ditto)\s+(?i:to|an|à|au|aux|a|ad|al|allo|alla|agli|ai)\s+"
                           r"(?:[A-ZÀ-Þ]|(?i:the\s+same|same|stess[oaie]|medesim[oa]|même|denselben|demselben|dieselbe)\b)")
#                          (capitalised, as an entry opens, and to a name or the same: not "the same to his brother, who")
# After a type word: "Notes by A", "Cable from the Embassy", "Conversation between A and B".
_AFTER_TYPE = re.compile(rf"^(?i:by|from|between|among|with|of)\s+(?:(?i:the)\s+)?[{_UPPER}\[]")
# "Zhou Enlai's Talk with …", "Petrov's Report to …": the party before the type word.
_POSSESSIVE = re.compile(rf"^{_WORD}(?:\s+{_WORD}){{0,3}}['’]s\s+[{_UPPER}]")
_INITIALS_END = re.compile(r"(?:^|[\s.])[A-Z]\.$")  # "… to Molotov V.M.": an initial, not a full stop
_MONTH = "(?:" + MONTH_NAMES + r")\.?"
_MONTH_DAY = re.compile(rf"(?i:{_MONTH})\s+\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\??\]?(?=[\s,.;:]|$)"  # ("Mai 17", "April 22–27")
                        rf"|(?i:{_MONTH}),\s+\d{{1,2}}\??\]?(?=[,.](?:\s|$)|\s*$)"  # ("Abril, 20, Vila …": a Portuguese catalogue's, not "March, 3 letters")
                        rf"|(?i:{_MONTH})\s+\d{{1,2}}\s*[–-]\s*(?i:{_MONTH})\s+\d{{1,2}}(?=[\s,.;:]|$)"  # ("Sep 25-Oct 1")
                        rf"|(?i:{MONTH_NAMES})(?:\.,?|,)(?=\s|$)"  # (or the month alone, set off: "1792, December. Berne.",
                        rf"|(?i:{MONTH_NAMES})\.?\??\]?(?=\s{{2,}}|\t|$)"  # or before a column's gap: "1853 Dec    To X",
                        #                                                      "[1856 May?]   To X")
                        rf"|(?i:{MONTH_NAMES})\.?\s?[-–]\s?(?i:{MONTH_NAMES})(?:\.,?|,)(?=\s|$)")  # (… or two: "1810, Jan.-Feb.")
# A full date anywhere in a line: "3 May 1850", "May 3, 1850", "May 1850", "[1850-05-03]".
DATE_IN_TEXT = re.compile(
    rf"(?<![\w])(?:\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*\d{{4}}"
    rf"|{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})(?!\w)",
    re.IGNORECASE,
)


def opening(text: str) -> tuple[str, str]:
    """How a line opens, after a numbering: ("roman"|"arabic"|"labelled"|"", rest)."""
    m = NUMBERING.match(text)
    if not m:
        return "", text
    kind = "labelled" if m.group("label") else "arabic" if m.group("n")[0].isdigit() else "roman"
    return kind, text[m.end():]


def _without_type(text: str) -> tuple[bool, str]:
    """"Cable, A to B" → (True, "A to B"): a type word opening the line, removed."""
    found = doctypes.find(text[:80])
    if found and found[2] <= 4:
        return True, text[found[3]:].lstrip(" ,.:;-–")
    return False, text


# The titles of books and their parts that say "to" ("A Guide to the Papers of X", "Index to the
# Letters", "Supplement to …"): no party goes to another there.
_BOOK_TO = re.compile(r"^(?:an?\s+|the\s+)?(?:guide|introduction|key|index|companion|supplement|addenda|appendix|"
                      r"calendar|handlist|inventory|register)\s+to\s", re.IGNORECASE)


# A Welsh schedule's item: "Oddi wrth X" (from X), "Gan X" (by X), "At X" (to X), "Llythyr oddi wrth
# A at B", "Cp. at X" (a postcard), "Drafft o lythyr at X", "Yr un at yr un" (the same to the same).
WELSH_TYPE = (r"(?:llythyr(?:au)?(?:\s*\(\d{1,3}\))?|cerdyn\s+post|cardiau\s+post|cp\.|drafft\s+o\s+lythyr|"
              r"copi\s+o\s+lythyr|brysneges)")
_WELSH_OPENING = re.compile(rf"^(?:(?i:{WELSH_TYPE})\s+)?(?P<word>(?i:oddi\s+wrth|gan|at)|(?i:yr\s+un)(?=\s+at\s))\s+(?P<rest>\S.*)$")
# … "Gan" and "At" only before what opens a Welsh name: an honorific, the article, a relation ("ei
# wraig": his wife), an office or someone unknown in small letters, mutated ("olygydd": editor;
# "ohebydd anhysbys"), a given name only Welsh gives (mutated or not): not "At Windsor", "Gan Ning",
# "At least …", "At Elizabeth Town"
# Welsh offices, in the radical form and softly mutated: golygydd (editor), ysgrifennydd (secretary),
# trysorydd (treasurer), llywydd (president), cadeirydd (chairman), gweinidog (minister), maer (mayor)
WELSH_OFFICE = (r"(?:g?olygydd|ysgrifennydd|ysgrifenyddes|[dt]rysorydd|l?lywydd|g?adeirydd|g?weinidog|[fm]aer|g?yfarwyddwr|"
                r"g?lerc|clerc|d?dirprwy)")
_WELSH_SIDE = re.compile(rf"^(?:y\s+|yr\s+)?(?:(?:Mr|Mrs|Miss|Mri|Capten|Parch|Dr|Syr|Arglwydd|Lady|Rhingyll)\b|(?:ei|eu|fy|ein)\s|"
                         rf"yr\s+un\b|(?:{WELSH_OFFICE}|g?ohebydd|rh?ywun)\s|(?P<given>[A-ZÀ-Þ][\w'’]+)\s+[A-ZÀ-Þ])")


# … not a house or a place ("At Mr. Lowell's", "At Edward Street Chapel", "At Fair Oaks", "At Bryn Mawr")
_NOT_WELSH_SIDE = re.compile(r"['’]s\b|\b(?:Town|Park|Street|Haven|Oaks|Arbor|Chapel|Hall|House|Road|Square|Castle|Court|"
                             r"Bay|Hill|Lane|Place|Gardens|Mawr|Fach|Bach|Abbey|Church|College|School|Farm|Mill|Manor|"
                             r"Lodge|Green|Cross|Bridge|Terrace|Villa|Cottage|Inn|Hotel)\b")


def welsh_opening(text: str) -> re.Match[str] | None:
    """The opening of a Welsh schedule's item (see _WELSH_OPENING), or None."""
    found = _WELSH_OPENING.match(text)
    if found is None:
        return None
    if found.start("word") or found["word"].lower().startswith(("oddi", "yr")):  # (after a Welsh type word)
        return found if found.start("word") or found["word"][:1].isupper() else None
    side = _WELSH_SIDE.match(found["rest"])
    named = re.split(r"[,;:(]", found["rest"], maxsplit=1)[0]
    if side is None or not found["word"][:1].isupper() or _NOT_WELSH_SIDE.search(named):
        return None
    return found if side["given"] is None or welsh_given(side["given"], only_welsh=True) else None


# A second writer's postscript, named between the writer and the addressee: "Luise B. mit Nachschrift von
# Wilhelm B. an X", "Mary S. with a postscript by John S. to X"
POSTSCRIPT_BY = re.compile(r"\s+(?P<phrase>(?P<de>mit\s+(?:einer\s+)?Nachschrift\s+von)|(?P<en>with\s+(?:a\s+)?(?:postscript|P\.\s?S\.)\s+(?:by|from))|"
                            r"(?P<fr>avec\s+(?:un\s+)?post-?scriptum\s+de))\s+(?P<who>[^,;]+?)(?=\s+(?:an|to|à)\s)")
_SIDE_BEFORE = re.compile(r"(?:^|\s)(?:to|an|à|aan)\s", re.IGNORECASE)  # (the addressee's word: "From A", "von A" are the writer's)


def postscript_by(text: str) -> re.Match[str] | None:
    """A second writer's postscript between the writer and the side word ("A mit Nachschrift von B
    an C"); not one after the addressee ("To A, with a postscript by B to his cousin": B's own)."""
    found = POSTSCRIPT_BY.search(text)
    return found if found and not _SIDE_BEFORE.search(text[:found.start()]) else None


def opens_with_parties(text: str) -> bool:
    """A title's party pattern at the start: "To X", "From X", "A to B", "Letter, A to B",
    "Notes by A", "Conversation between A and B", "A's Report to B"."""
    _, rest = opening(text)
    if _BOOK_TO.match(rest):  # "A GUIDE TO THE MICROFILM EDITION OF …": a title page, no letter
        return False
    if welsh_opening(rest) is not None:
        return True
    typed, after = _without_type(rest)
    if "ostscript" in after or "achschrift" in after or "P." in after:
        if postscript := postscript_by(after):
            after = after[:postscript.start()] + after[postscript.end():]
    if _PARTY_OPENING.match(after) or _BRACKETED_OPENING.match(after) or _SAME_OPENING.match(after) \
            or _CYRILLIC_DASH.match(after):
        return True
    if typed:
        return bool(_AFTER_TYPE.match(after))
    return bool(_POSSESSIVE.match(rest))


def shape(text: str) -> tuple[str, str, bool, bool] | None:
    """The outline of a line for comparing it with the lines that started entries: its
    numbering, what it opens with (type word, "To"/"From", a date), whether it names parties
    as titles do, and whether it ends in a full stop. Not whether it has a date: an entry
    the reader missed often lacks just that. None for lines without a distinctive opening
    (prose, names, an extent alone)."""
    if EXTENT_ALONE.match(text.strip()):
        return None
    numbering, rest = opening(text)
    typed, after = _without_type(rest)
    word = rest.split(" ", 1)[0].lower().strip(".,")
    if typed:
        kind = "type"
    elif word in {"to", "from", "an", "à", "von", "de"}:
        kind = "to/from"  # "To X", "From X", "To her Sister": one party named, the writer implied
    elif DATE_IN_TEXT.match(rest):
        kind = "date"
    elif opens_with_parties(rest):
        kind = "parties"
    elif numbering:
        kind = "numbered"
    else:
        return None
    stripped = text.rstrip()
    return numbering, kind, opens_with_parties(text), stripped.endswith(".") and not _INITIALS_END.search(stripped)


# --- lines ---------------------------------------------------------------------------

@dataclass
class Line:
    """One input line as every layout sees it."""

    number: int
    text: str
    kind: str  # blank | separator | boilerplate | long | date | date+text | heading | text
    date: DateValue | None = None
    date_text: str = ""
    rest: str = ""  # of a date+text line, the text; of a heading, its title; of a date line, a place before it
    raw: str = ""  # as written, without the cleaning (dot leaders and page numbers kept)
    numbering: str = ""  # a date line's entry number ("12" of "12. 3 March 1851"), not part of its date
    place: str = ""  # of a date+text line, a place before its date ("16. Ulm, 4. Mai 1852. A an B.")


def clean(line: str) -> str:
    """One line with layout noise removed: bullets, odd spaces, surrounding blanks, and the dot
    leaders and page number of a table of contents ("… 3 May 1950 ..... 17")."""
    line = line.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "").replace("\u2007", " ")
    # (both look at the line's end: most lines are spared the searches)
    if line.rstrip()[-1:].isdigit():
        line = _LEADER.sub(lambda m: m.group("close") or "", line)
    if (end := line.rstrip()).endswith("|") and (cell := _CELL_END.match(end)) is not None:
        line = cell.group("text")
    return BULLET.sub("", line).strip()


def clean_or_mark(line: str) -> str:
    """Cleaned text; a line of nothing but a bullet stays visible (as a separator)."""
    if len(line) > MAX_LINE:
        return line
    cleaned = clean(line)
    return cleaned if cleaned or not line.strip() else line.strip()


# The year's word after a date, Russian "г." (год), Ukrainian "р." (року): "6.05.1878 р. До X"
YEAR_WORD_AFTER = re.compile(r"\s*(?:гг|рр|г|р)\.(?=\s|$)")


def split_date_prefix(text: str, day_first: bool | None = None) -> tuple[str, DateValue, str] | None:
    """"MAY 3, 1951Letter from …" → ("MAY 3, 1951", date, "Letter from …")."""
    for m in _YEAR_END.finditer(text, 0, min(len(text), 60)):
        # the whole ISO date or double year first, then its year alone ("1796-03-04/05. A to B":
        # 1796, the rest kept in the title, rather than no date and no entry)
        ends = [m.end()] if _DATE_GOES_ON.match(text, m.end()) is None else []
        if text[m.start() + 4:m.start() + 5] in {"-", "/"}:
            ends.append(m.start() + 4)
        for end in ends:
            if year_word := YEAR_WORD_AFTER.match(text, end):
                end = year_word.end()  # ("6.05.1878 р. До X": the year's word, Russian "г.", Ukrainian "р.")
            if text[:1] == "<" and text[end:end + 1] == ">":
                end += 1  # ("<3 May 1850>": an editor's angle brackets, no "before")
            head, rest = text[:end], text[end:].lstrip(" .,:;–—-")
            bare = re.fullmatch(r"\d{4}", head.strip())
            if re.fullmatch(r"\[?\d{4}\??\]?", head.strip()) and (day := _MONTH_DAY.match(rest)) \
                    and (value := parse_date(f"{head} {day.group()}", day_first)):  # (or "[1866?] Apr 8")
                # "1849 Mai 17, Leipzig", "1856 April 22–27, Wien": a register's year first, then its day
                written = text[:len(text) - len(rest) + day.end()].rstrip(" ,")  # (as written: "1792, Mar. 25")
                return written, value, rest[day.end():].lstrip(" .,:;–—-")
            placed = text[end:].lstrip().startswith(",") and _PLACE_AFTER.fullmatch(rest)  # ("1723, Vila de São José")
            if rest and (value := parse_date(head, day_first)) \
                    and not (bare and not placed and not _names_parties(rest) and not re.match(_MONTH, rest, re.IGNORECASE)) \
                    and not (bare and DATE_IN_TEXT.search(rest)):
                # (a bare number is a year only before parties, or a month that goes on: "1937. Please
                # inform …" numbers a telegram; "1850 April 19. A an B" is read whole below; and not
                # before a full date: "1007. To T. Ashby-Crewe, 28 Aug 1847" is letter 1007)
                return head, value, rest
    return None


# The words of a shelf mark before its number: "MS Eng 1818 (231)", "Nachl. 1850", "Box 1792"
# end in a number that is no year.
_SHELF_WORD = re.compile(r"(?:^|\s)(?:MSS?|Mss?|Add|Eng|Lat|Autogr|Cod|Hs|Nachl|Box|Folder|Fol|fol|ff?|Nr|No|Inv|"
                         r"Sign|Cote|Fonds|Kasten|Mappe|Bd|Vol|vol|Rkps|Rps|Sygn|Teczka)\.?$")  # (Polish: "Rkps 2244")


_NO_PLACE_AFTER = re.compile(rf",\s*{_NO_PLACE_DOT}$")
# A letter's kind in brackets after its heading's date ("(Telegramm)": its doctype, titles._finish), or its copy's
KIND_WORD = re.compile(r"(?i:telegramm|telegram|télégramme|telegramma|postkarte|postcard|carte postale)")
_KIND_AFTER = re.compile(r"\s*\((?i:telegramm|telegram|télégramme|telegramma|abschrift|entwurf|konzept|kopie|copy|draft|"
                         r"postkarte|postcard|karte|billett|carte postale)\)\.?$")


def trailing_date(text: str, day_first: bool | None = None) -> tuple[str, DateValue, str] | None:
    """"To J. Smith [4 August 1871]" → ("To J. Smith", date, "[4 August 1871]"); a kind in brackets after
    the date is none of it ("…, 19. November 1856 (Telegramm)")."""
    words = _KIND_AFTER.sub("", text).rstrip(" .").split()  # (a tab too: "From Dr. Karl Lindemann\t9 June 1832")
    for n in range(min(len(words) - 1, 9), 0, -1):  # (9: "entre le 1 et le 7 septembre 1856")
        tail = " ".join(words[-n:]).strip(" ,.;")
        value = parse_date(tail, day_first) or (month_in_roman_after(" ".join(words[:-n]), tail) if n == 2 else None)
        if value is not None:
            head = " ".join(words[:-n]).rstrip(" ,;")
            return None if shelf_number(head, tail) else (head, value, tail)
    return None


def shelf_number(head: str, tail: str) -> bool:
    """Whether ``tail``, read as a date, is the number of a shelf mark ``head`` ends with."""
    return tail[:1].isdigit() and bool(_SHELF_WORD.search(head))


def _a_sentence(text: str) -> bool:
    """Ends in a full stop (not after a bracket: "[4 August 1871]."), as a summary does."""
    return text.rstrip().endswith(".") and not text.rstrip(" .").endswith("]")


def _may_be_heading(text: str) -> bool:
    """Whether _is_heading(text, head) can be true for some head it starts with: a sentence
    ending in a full stop is one only where its start is a heading's ("To J. Smith …"). (The
    search for a date at its end is spared the summaries: a third of reading a listing.)"""
    return bool(HEADING_START.match(text) or _NUMBERED.match(text)) or not _a_sentence(text) or _typed(text)


def _names_parties(text: str) -> bool:
    """A title that names its parties, perhaps after a mark or a type: "A an B", "Abschrift: A
    an B", "Entwurf eines Briefes von A an B"."""
    text = MARK_COLON.sub("", text)
    if opens_with_parties(text):
        return True
    typed = doctypes.find(text[:60])
    return typed is not None and opens_with_parties(text[typed[3]:].lstrip(" ,.:;-"))


def _typed(text: str) -> bool:
    """Opens with a type word and its parties: "Lettre de A à B, Montvert, 23 février 1852." is
    an inventory's heading, full stop and all."""
    return _without_type(text)[0] and opens_with_parties(text)


def _is_heading(text: str, head: str) -> bool:
    """A title that ends in its date, not a summary sentence that happens to end in one."""
    if HEADING_START.match(head) or _NUMBERED.match(head) or _typed(head):
        return True  # "To J. Smith", "XII. To Mary Jones. Bath", "19. Agreement …, 14 February 1948"
    if _a_sentence(text):
        return False  # "Mao writes to Stalin about the meeting of 5 May 1951."
    return _names_parties(head) or bool(doctypes.find(head) and len(head) <= 120)  # ("Abschrift: A an B, …")


def classify(number: int, text: str, day_first: bool | None = None) -> Line:
    """What a (cleaned) line is, judged on itself alone. ``day_first``: read 3/4/1850 as 3 April."""
    if not text:
        return Line(number, text, "blank")
    if len(text) > MAX_LINE:
        return Line(number, text, "long")
    if SEPARATOR.match(text):
        return Line(number, text, "separator")
    label = NUMBERING.match(text)  # the entry's number, before its date: "4. [n.d.] — A to B"
    # (a number and spaces before a date: "14  [July 1850]. From X" is numbered 14, not of the 14th)
    bare = label is not None and text[label.end("n"):label.end("n") + 1] not in ".)"
    if len(text) <= 40 and not bare and _DIGIT.search(text) and (value := parse_date(text, day_first)):
        return Line(number, text, "date", value, text)  # before boilerplate: "1 82 1" is a year
    if BOILERPLATE.match(text):
        return Line(number, text, "boilerplate")
    if UNDATED.match(text):
        return Line(number, text, "date", None, text)  # an entry whose date is kept as text
    if label and text[label.end("n"):label.end()] in {". ", ") ", "- "} and UNDATED.match(text[label.end():]):
        return Line(number, text, "date", None, text[label.end():], numbering=label.group("n"))  # "104. o. O. u. D."
    # (after the entry's number too, "3. Kirchbach, 8. September [1846]", where the place is one
    # that no form of address opens: "XII. Mrs. Ashworth, Oct. 3, 1818" names whom)
    numbered = label.group("n") if label and text[label.end("n"):label.end()] in {". ", ") "} \
        and _NUMBERED_PLACE.match(text, label.end()) else ""  # (one space: not an inventory's columns)
    if len(text) <= 80 and (placed := _PLACE_FIRST.match(text[label.end():] if numbered else text)) \
            and not HEADING_START.match(text) and not doctypes.find(placed.group("place")) and not opens_with_parties(text):
        # (not "To A. Berg, 3 May 1850", "TO A. BERG, …", "Letter, 1850")
        when, place = placed.group("date"), placed.group("place")
        place = "" if re.fullmatch(_NO_PLACE_DOT, place) else place
        if UNDATED.match(when):
            return Line(number, text, "date", None, when, place, numbering=numbered)  # "Port Aldous, undated"
        if _DIGIT.search(when) and (value := parse_date(when, day_first)):
            return Line(number, text, "date", value, when, place, numbering=numbered)
        if "[" in when:  # "Basileae, 14 Martii 1518 [= …]": the layouts' reader takes an editor's reading
            from .layouts.shared import find_date  # (imported here: the layouts import this module)
            if (found := find_date(when, 0, day_first)) and found[0] == 0 and found[1] >= len(when.rstrip(" .")) \
                    and found[2] is not None:
                return Line(number, text, "date", found[2], when, place, numbering=numbered)
    core = _KIND_AFTER.sub("", EXTENT.sub("", text))  # (a heading's extent after its date: "…, s.d. 4 p."; its kind: "(Telegramm)")
    if (marked := _MARK_AFTER_UNDATED.search(core)) and not _PARTY_WORD_IN.search(marked[0]) \
            and UNDATED_AT_END.search(core[:marked.start()]):
        core = core[:marked.start()]  # ("From A to B, n.d. ALS, HSP.": a catalogue's mark after it)
    if (undated := UNDATED_AT_END.search(core)) and len(text) <= 300:
        head = _NO_PLACE_AFTER.sub("", core[:undated.start()].rstrip(" ,;(["))  # (", o. O., undatiert": no place either)
        if head and _may_be_heading(head) and _is_heading(head, head):  # "From A to B, n.d."
            return Line(number, text, "heading", None, core[undated.start():].lstrip(" ,;.").rstrip(" ,;"), head)
    if (undated := _UNDATED_START.match(text, label.end() if label else 0)) \
            and (opens_with_parties(rest := text[undated.end():]) or PLACE_COLUMN.match(rest)):
        return Line(number, text, "date+text", None, undated.group("mark"), rest,  # "o. D. A an B"
                    numbering=label.group("n") if label else "")
    if not _DIGIT.search(text):
        return Line(number, text, "text")  # every date we read has a year
    if len(text) <= 80 and not bare and (value := parse_date(text, day_first)):
        return Line(number, text, "date", value, text)
    if (numbered := numbered_date(number, text, day_first)) is not None:
        return numbered
    if _DATE_LIKE.match(text) and not opens_with_parties(text) and not shelf_number(*text.rpartition(" ")[::2]) \
            and not (doctypes.opens_with_type(text) and "," in text) and not _FLORUIT.search(text) \
            and not ((named := _NAMED_BEFORE_DATE.match(text)) and finnish_case(named["word"])):
        # (not "Anna Berg to Karl Lind, 1856", nor "Rkps 2244", nor "Laiškas motinai, 1913.", a letter to his
        # mother; but "Letter no. 1008", "Memorial Day 1868" are a date read as text)
        return Line(number, text, "date", None, text)  # "Spring 1952": a date we cannot read
    if len(text) <= 40 and not bare and (value := unread_date(text, day_first)) is not None:
        return Line(number, text, "date", value, text)  # "3/4/1850" where nothing tells the order
    prefix = split_date_prefix(text, day_first) if _DIGIT.search(text, 0, 60) and not bare else None
    if prefix and text[len(prefix[0]):].startswith(",") and _PLACE_AFTER.fullmatch(prefix[2]):
        return Line(number, text, "date", prefix[1], prefix[0], prefix[2].rstrip("."))  # "1849 Mai 17, Leipzig"
    if prefix:
        return Line(number, text, "date+text", prefix[1], prefix[0], prefix[2])
    if label and (prefix := split_date_prefix(text[label.end():], day_first)) \
            and text[label.end():].lstrip()[len(prefix[0]):].startswith(",") and _PLACE_AFTER.fullmatch(prefix[2]):
        return Line(number, text, "date", prefix[1], prefix[0], prefix[2].rstrip("."),  # "17. 1848 Oktober 31, Hallau"
                    numbering=label.group("n"))
    if label and (prefix := split_date_prefix(text[label.end():], day_first)):
        # "2. 21 December 1841. A to B. Asks …": the entry's number, its date, its title
        return Line(number, text, "date+text", prefix[1], prefix[0], prefix[2], numbering=label.group("n"))
    after = label.end() if label else 0
    if (placed := _PLACE_THEN_DATE.match(text, after)) and _DIGIT.search(text, placed.end(), placed.end() + 60) \
            and not _inverted_name(placed.group("place")) \
            and (prefix := split_date_prefix(text[placed.end():], day_first)) and _names_parties(prefix[2]):
        # "16. Ulm, 4. September 1852. A an B.": where it was written first
        return Line(number, text, "date+text", prefix[1], prefix[0], prefix[2], numbering=label.group("n") if label else "",
                    place=placed.group("place"))
    if len(text) <= 300 and _DIGIT.search(text):
        # "From A to B, 12 Sept. 1792 (with an enclosure to C)": the date before a remark
        remark = _REMARK.search(text) if HEADING_START.match(text) or _NUMBERED.match(text) else None
        # (an extent after the date makes a catalogue's heading, its full stop no sentence's end:
        # "Mme Hortense Rav à M. Gustave Mauber, 10 mars 1863. 2 p.")
        # "Till X, Västerås d. 27 nov. 1828. Avskrift.": a mark after the date (not a summary's wrapped line)
        tail = MARK_TAIL.search(text) if text.lstrip("[")[:1].isupper() and text.endswith(".") else None  # (a whole
        #                                                                        mark; "[JH] to X": a name supplied)
        for candidate, extent in ((text, False), (text[:remark.start()] if remark else None, False),
                                  (core if core != text else None, True),
                                  (text[:tail.start() + 1] if tail and not opens_with_parties(tail["mark"])
                                   and not _PARTY_WORD_IN.search(tail["mark"]) else None, True)):
            found = trailing_date(candidate, day_first) if candidate and _DIGIT.search(candidate, max(0, len(candidate) - 40)) \
                and (extent or _may_be_heading(candidate)) else None
            if found and (_is_heading(candidate, found[0]) or extent and opens_with_parties(found[0])):
                return Line(number, text, "heading", found[1], found[2], found[0])
    return Line(number, text, "text")


def numbered_date(number: int, text: str, day_first: bool | None = None) -> Line | None:
    """"12. 3 March 1851", "No. 5. 1851-03-03": a date line numbered as a calendar numbers its
    entries; the number is kept apart from the date."""
    m = NUMBERING.match(text)
    rest = text[m.end():] if m else ""
    if not rest or len(rest) > 80 or not _DIGIT.search(rest) or not (value := parse_date(rest, day_first)):
        return None
    return Line(number, text, "date", value, rest, numbering=m.group("n"))


def renumber(lines: list[Line], day_first: bool | None = None) -> None:
    """"2. March 1788" is 2 March 1788 in a German listing, but entry 2 of March 1788 where the
    listing's other date lines are numbered beyond doubt ("3. 14 March 1788"): read so there
    (where at least two date lines, and as many as are in doubt, are numbered beyond doubt)."""
    numbered = sum(1 for line in lines if line.numbering and line.kind == "date")  # (date lines, not headings)
    if numbered < 2:
        return
    doubtful = [i for i, line in enumerate(lines) if line.kind == "date" and line.date is not None
                and not line.numbering and NUMBERING.match(line.text)]
    if numbered < len(doubtful):
        return
    for i in doubtful:
        if (line := numbered_date(lines[i].number, lines[i].text, day_first)) is not None:
            lines[i] = line


# A line that stops mid-sentence: on a word in lower case ("… impassable since"), a day ("…
# vom 16.") or a month ("… of December", "… of January 9,"), whose year opens the next line
_RUNS_ON = re.compile(rf"(?:(?:^|\s)[a-zà-ÿß][\w'’-]*,?|\s\d{{1,2}}\.?|(?<!\w)(?i:{_MONTH})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?)$")


def runs_on(text: str) -> bool:
    """Whether a line stops mid-sentence, to go on on the next."""
    return bool(_RUNS_ON.search(text))


def rejoin_wrapped(lines: list[Line]) -> None:
    """A summary's sentence wrapped onto a date is no date line: "… are impassable since" over
    "17 July 1859." (no title under it), "… den Brief vom 16." over "August 1854 erhalten
    habe.", "… the letter of" over "June 19, 1834. Complains of …" (no parties, no type word
    after the date). The line is read as text, the paragraph it continues."""
    for i in range(1, len(lines)):
        line, before = lines[i], lines[i - 1]
        if line.kind not in {"date", "date+text"} or before.kind != "text":
            continue
        if line.kind == "date" and line.date is None and line.text[:1].islower() and not UNDATED.match(line.text):
            lines[i] = Line(line.number, line.text, "text")  # "since February 9, 1854.": no date we read, prose
            continue
        if not runs_on(before.text):
            continue
        below = lines[i + 1] if i + 1 < len(lines) else None  # ("Nr. 93" over "o. O. u. J." over "A an B.")
        if below is not None and below.kind == "text" and opens_with_parties(below.text):
            continue
        if line.kind == "date" and line.text.endswith(".") and not title_like(below) \
                or line.kind == "date+text" and not opens_with_parties(line.rest) and not _without_type(line.rest)[0]:
            lines[i] = Line(line.number, line.text, "text")


# A line that goes on with a span of dates its line above began: "…, 30 I" over "    - 11 XI 1848"
# (its dash no bullet).
_SPAN_GOES_ON = re.compile(r"^[-–]\s*(?:\d|[IVX]{1,4}\s+\d{4})")


def continued(line: Line) -> str:
    """A line's text as the line above goes on in it: a dash before a date kept (see above)."""
    raw = line.raw.strip()
    return raw if _SPAN_GOES_ON.match(raw) else line.text.strip()


_EXTENT_UNIT = re.compile(r"(?:k|p|pp|ff?|S|h)\.")  # an extent's unit, its number left on the line above


def join_wrapped_headings(lines: list[Line], day_first: bool | None = None) -> None:
    """A numbered heading (or one that opens as headings do) whose date a hard wrap carried onto
    the next, indented line ("Ep. 104. A Brentelio. Bernae, a. d. V Id. Ian." over "          1519.",
    "List A do B, Wilno, 12 IV 1855. 4" over "  k."): the heading, its date read whole; the line
    below is part of its entry, no date line of its own."""
    for i in range(len(lines) - 1):
        line, below = lines[i], lines[i + 1]
        if line.kind not in {"text", "heading"} or not (_NUMBERED.match(line.text) or HEADING_START.match(line.text)) \
                or below.kind not in {"date", "text", "date+text"} or not below.raw[:1].isspace() or len(below.text) > 60 \
                or not (_DIGIT.search(below.text) or _EXTENT_UNIT.fullmatch(below.text)
                        or line.kind == "heading" and len(below.text) <= 30):
            continue
        joined = classify(line.number, f"{line.text} {continued(below)}", day_first)
        # (a heading whose date the wrap cut: "… Sárospatak, 1786. júl." over "5.", "…, 1794." over
        # "október 3.": its date read whole, where the joined date goes on from the one it had)
        longer = line.kind == "heading" and joined.date_text is not None and line.date_text is not None \
            and len(joined.date_text) > len(line.date_text) and joined.date_text.startswith(line.date_text.rstrip(" ."))
        if joined.kind == "heading" and joined.rest and len(joined.rest) <= len(line.text) \
                and (line.kind == "text" or longer):
            lines[i] = Line(line.number, line.text, "heading", joined.date, joined.date_text, joined.rest, line.raw,
                            joined.numbering, joined.place)
            lines[i + 1] = Line(below.number, below.text, "text", raw=below.raw)


def split_run_in(text: str) -> tuple[str, str]:
    """Title and summary run together: split where a word ends and a sentence starts unspaced."""
    for m in _RUN_IN.finditer(text):
        word_start = text.rfind(" ", 0, m.start()) + 1
        if text[word_start:m.start()] in _NAME_PREFIXES:
            continue
        return text[:m.start()].rstrip(), text[m.start():].lstrip()
    return text, ""


_WORDS = re.compile(r"[^\W\d_][\w'’]*")
_BEFORE_TYPE = frozenset("a an the of from in to and by for on with no nr de du des la le un une d l von vom der die das "
                         "dem den ein eine einer eines einem zu zur und et".split())
_SENTENCE_END = re.compile(r"\b[a-zà-ÿ]{3,}[.!?]\s+[A-ZÀ-Þ]")  # "proofs. Reports" (not "Dr. Smith")


def title_like(line: Line | None) -> bool:
    """A line that reads as an entry title: short, no closing full stop, a type word or parties."""
    if line is None or line.kind != "text" or len(line.text) > 200 or line.text.endswith("."):
        return False
    if opens_with_parties(line.text) or MARK_COLON.match(line.text) and _names_parties(line.text):
        return True  # ("Abschrift: A an B")
    typed = doctypes.find(line.text)
    if typed is None:
        return False
    # Before a title's type word come names, short words and perhaps a word that says what
    # kind ("Translation of a Letter", "Stalin's Telegram", "Extract from a private letter"),
    # not prose: "Asks whether B received the letter of …", "Acknowledges the proofs. Reports …".
    prose = sum(1 for word in _WORDS.findall(line.text, 0, typed[2])
                if not word[0].isupper() and word.lower() not in _BEFORE_TYPE)
    return prose <= 1 and not _SENTENCE_END.search(line.text, 0, typed[2] + 1)


KIND_WORDS = {
    "blank": "a blank line",
    "separator": "a separator line",
    "boilerplate": "page boilerplate (navigation, paging, labels of a web page)",
    "long": f"a line longer than {MAX_LINE} characters (never read as a date or title)",
    "date": "a date on a line of its own",
    "date+text": "a date with text after it on the same line",
    "heading": "a heading that ends in its date",
    "text": "text, not a date line (a date inside it is read with its entry, if at all)",
}
