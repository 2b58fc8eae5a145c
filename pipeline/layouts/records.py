"""Records with labelled fields: catalogue and online-edition search results.

::

    Record 1 of 8
    Title: Letter from Margaret Ellwood to Samuel Pryor
    Author: Ellwood, Margaret, 1799-1861
    Addressee: | Pryor, Samuel |
    Date: 14 Mar 1838
    Classmark: MS Add. 7781/12

A record is a run of labelled lines ("Label: value", "Label : value", "Label: | value |",
"| Label | value |"), with the unlabelled lines just above it as its heading ("Brief von A an
B", "Letter no. 2214"; "Record 1 of 8", its number among the results, too). Records are
separated by a blank line, by page text between them ("Notice 3") or by a label that repeats. The labels are read through LABELS:
the parties by their label win over what the heading implies; shelfmarks and letter
numbers become identifiers (TEI idno), never summary text or names; labels the table does
not name are kept as notes ("Extent: 1 item"), as written.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from .. import doctypes
from ..dates import DateValue, parse_date, short_year_date
from ..inflection import german_nominative
from ..lines import NO_PLACE, NUMBERING, UNDATED, UNDATED_AT_END, Line, opens_with_parties
from ..listing import Entry, Listing
from ..titles import ARROW, GIVEN_NAMES, UNKNOWN, letter_sentence, made_title, parse_party_list, parse_title
from . import Layout, no_entries, unused
from .builtin import read_head
from .letters import dateline
from .shared import find_date, first_sentence, names, place_alone, set_summary

# field → the labels that name it, in English, German and French, Spanish and Italian, Dutch, and the Nordic
# languages (Icelandic: a research wiki's letter pages) (lower case). A new label is a word here; tests/test_families.py reads the examples.
LABELS: dict[str, tuple[str, ...]] = {
    "title": ("title", "titel", "titre", "intitulé", "heading", "name/title", "título", "titulo", "titolo"),
    "sender": ("author", "authors", "from", "sender", "senders", "writer", "creator", "creators", "name of creator", "author/creator",
               "fra", "från",  # (Danish, Norwegian, Swedish: an email's or a portal's "Fra:")
               "names of creators", "verfasser", "verfasserin",
               "absender", "absenderin", "autor", "autorin", "urheber", "expéditeur", "expéditrice", "auteur",
               "auteurs", "de", "von", "maker", "remitente", "mittente", "afzender", "schrijver", "van",
               "körperschaft (verfasser)", "körperschaft (absender)", "corporate author",
               "bréfritari", "sendandi", "höfundur", "afsender", "avsender", "avsändare", "brevskriver", "brevskrivare",
               "autors", "sūtītājs"),  # (Latvian)  # (Kalliope's bodies)
    "recipient": ("addressee", "addressees", "to", "recipient", "recipients", "adressat", "adressatin", "adressaten",
                  "empfänger", "empfängerin", "destinataire", "destinataires", "à", "an", "destinatario", "ontvanger",
                  "geadresseerde", "aan", "körperschaft (adressat)", "körperschaft (empfänger)", "cc",
                  "viðtakandi", "modtager", "mottaker", "mottagare", "adresāts", "saņēmējs",
                  "distribution", "distribution list", "til", "till"),  # (a memo's list: "To: Distribution (below)")
    "date": ("date", "dated", "date free text", "date of letter", "date of writing", "dates", "date of work", "date of creation",
             "dates of creation", "creation date", "date created", "datation", "datum", "datierung", "entstehungszeit", "date de rédaction",
             "date d'envoi", "production date", "date made", "date produced", "date of production", "fecha", "data",
             "datering", "sent", "dagsetning", "dato", "fechas", "datas", "datums", "oriģināla radīšanas datums",
             "radīšanas datums",  # ("Sent:", as an email's header exported from Outlook names its date)
             "starting", "start date", "date from", "ending", "end date", "date to"),  # (a span's ends: _END_LABELS)
    # a museum's people with their roles in brackets: "Hannah Greenwood (addressee); Fanny Varley (author)"
    "people": ("associated people", "associated person", "people", "persons", "associated names",
               "other names", "other name", "added entries"),  # (a catalogue's: "Wendell, Josiah, 1801-1878, recipient.")
    "place": ("place", "place of writing", "place written", "written at", "origin", "sent from", "place of origin", "entstehungsort",
              "ort", "schreibort", "absendeort", "lieu", "lieu d'expédition", "lieu de rédaction", "lieu d'envoi",
              "production place", "place made", "place of production", "lugar", "lugar de expedición", "lugar de emisión", "luogo",
              "plaats", "verzendplaats", "plaats van verzending", "staðsetning höfundar", "ritunarstaður", "sted", "afsendelsessted", "vieta", "radīšanas vieta"),
    "shelfmark": ("classmark", "shelfmark", "shelf mark", "call number", "reference", "ref no", "ref. no.",
                  "reference code", "reference number", "document reference", "signatur", "cote", "ms",
                  "manuscript", "inventory number", "inventarnummer", "accession number", "object number", "identifier",
                  "signatuur", "bewaarplaats", "signatura", "segnatura", "handrit", "safnmark",
                  "código de referencia", "signatura topográfica", "código de referência"),
    "number": ("letter number", "letter no", "letter no.", "no", "no.", "number", "nr", "nr.", "nummer",
               "briefnummer", "numéro", "n°", "key", "letter id"),
    "summary": ("summary", "abstract", "description", "scope and content", "scope & content", "content", "subject",
                "contents", "inhalt", "enthält", "regest", "beschreibung", "résumé", "analyse", "excerpt", "teaser", "contenido",
                "extracto", "regesto", "contenuto", "inhoud", "samenvatting", "resumen", "efni", "indhold", "innhold", "innehåll",
                "alcance y contenido", "portée et contenu", "âmbito e conteúdo", "apraksts", "saturs"),
    "type": ("tips", "type", "document type", "genre", "form", "art", "dokumenttyp", "gattung", "type de document",
             "object name", "object type", "tipo documental", "tipo"),
    # Labels of an archive's description (ISAD(G), as AtoM pages show them) kept as notes, so that a
    # label on a line of its own with its value below is read as one ("Level of description" / "Item").
    "note": ("level of description", "extent and medium", "extent", "physical description", "language of material",
             "language and script notes", "conditions governing access", "repository", "held at", "archival history",
             "immediate source of acquisition", "related units of description", "umfang", "laufzeit", "importance matérielle",
             "materials", "dimensions", "credit line", "inscription", "medium", "descripción", "descripción física",
             "pagination", "height", "width",
             "opmerking", "opmerkingen", "incipit",
             # … and as The National Archives' Discovery and the Archives Hub show them
             "held by", "level", "former reference", "former reference in its original department", "language",
             "subjects", "access conditions", "record opening date", "legal status", "closure status", "location",
             # … and as an Icelandic research wiki's letter pages show them
             "safn", "staðsetning viðtakanda", "lykilorð", "nöfn tilgreind",
             # … and AtoM's in Spanish, French and Portuguese ("Nombre del productor": the fonds' creator, often
             # the office that received the letter, so no sender)
             "nivel de descripción", "nivel descripción", "volumen y soporte", "nombre del productor",
             "nombre del o de los productores", "lengua/escrituras de los documentos", "notas", "nota del archivero",
             "niveau de description", "étendue matérielle et support", "nom du producteur", "nível de descrição",
             "dimensão e suporte", "nome do produtor",
             # … and a Latvian digital library's (runa.lnb.lv): its subjects and links, not the letter's
             "valoda", "līdzradītājs", "priekšmets", "saite", "objekta saite", "uri", "organizācija, kurā atrodas oriģināls",
             # … and a record's list of what it names, its lines under it ("Saistītie objekti" / "Rīga (Latvija)" / …)
             "saistītie objekti", "related objects", "related items", "related names", "related people", "related persons",
             # … and a German archive's unit in its print view (Arcinsys: "Form/Inhalt" / "Ausfertigung")
             "form/inhalt", "vermerke", "vermerk", "sprache", "alt-signatur", "altsignatur", "provenienz", "bemerkungen",
             "bemerkung", "archivalienart", "sonstige erschließungsangaben", "registraturvermerk"),
}
# An authority id a catalogue writes after a name: "[GND: 1101473559]", "(GND 118540238)", "[VIAF: 12345]"
_AUTHORITY_ID = re.compile(r"\s*[\[(](?P<type>GND|VIAF)\s*:?\s*(?P<id>\d[\dXx-]{4,})[\])]")
_PEOPLE = re.compile(r"([^;()]+?)\s*\(([^()]+)\)\s*(?:;|$)")
# … or a catalogue's added entries, the role after the name and its dates: "Wendell, Josiah, 1801-1878,
# recipient." (not "correspondent": MARC's word for either side)
_ROLE_AFTER = re.compile(r",\s*(recipient|addressee|author|writer)\.?(?=\s|;|$)")


def _roles_after(text: str) -> list[tuple[str, str]]:
    """(name, role) of each added entry that ends in its role; the name is what runs from the
    end of the one before ("St. John, Henry, 1678-1751, recipient.")."""
    found, start = [], 0
    for m in _ROLE_AFTER.finditer(text):
        name = text[start:m.start()].strip(" ;.")
        if _ANY_ROLE_END.search(name):  # (an entry without its role before it: "Colquitt, Thomas, 1815-1872.")
            name = name[_ANY_ROLE_END.search(name).end():]
        name = re.split(r"(?<=\d{4})\.\s+|(?<=-)\.\s+", name)[-1].strip(" ;.")
        if text[:m.start()].rstrip(" ;").endswith(f"{name}.") and re.search(r"(?:^|[\s,])[A-Z]$", name):
            name += "."  # (an initial's stop: "Burnell, Phebe B., recipient.")
        found.append((name, m[1]))
        start = m.end()
    return found


_ANY_ROLE_END = re.compile(r".*,\s*(?:recipient|addressee|author|writer|correspondent)\.\s+")
_SENDER_ROLES = {"author", "writer", "sender", "creator", "correspondent", "verfasser", "absender", "auteur"}
_RECIPIENT_ROLES = {"addressee", "recipient", "adressat", "empfänger", "destinataire"}
LABEL_EXAMPLES = (("Author: Ellwood, Margaret", "sender"), ("Empfänger: Wendt, Clara", "recipient"),
                  ("Körperschaft (Verfasser): Evangelischer Kirchenvorstand", "sender"),
                  ("Körperschaft (Adressat): Magistrat der Stadt Olm", "recipient"),
                  ("Expéditeur : Dupré, Jeanne", "sender"), ("Datierung: 12.03.1851", "date"),
                  ("Classmark: | MS Add. 7781/14 |", "shelfmark"), ("Cote : Ms 2345 (12)", "shelfmark"),
                  ("| Date | 3 May 1850 |", "date"), ("Letter number: 41", "number"), ("Inhalt: Bittet um …", "summary"),
                  ("Author(s): Huygens, Constant", "sender"), ("Recipient(s): Descamps, René", "recipient"),
                  ("Dates of Creation: 1862 Jun 9", "date"), ("Date of work: 1638 Mar 12", "date"),
                  ("Date as marked: 3/13 January 1640", "note"), ("Fecha: 1794, abril, 22", "date"),
                  ("Lugar: Puerto de Santa Inés", "place"), ("Contenido: Carta de X a Y, acusando recibo …", "summary"),
                  ("Remitente: Ochandiano, Teresa", "sender"), ("Destinatario: Olmedo, Juan", "recipient"),
                  ("AU  - Corliss, Oscar", "sender"), ("A2  - Sundberg, Oscar", "recipient"),  # (RIS, below)
                  ("DA  - 1895/12/29/", "date"), ("TY  - PCOMM", "record type"), ("N1  - Translated 1974.", "note"),
                  ("=100  1\\$aMerriam, Silas B.,$d1811-1870.", "sender"), ("=LDR  01660ctm a2200274Ii 4500", "control"),
                  ("=245  10$aLetter to Lucy C. Rowley,$f1862 May 23.", "title"),  # (MARC as MarcEdit writes it, below)
                  ("=700  1\\$aRowley, Lucy C.,$d1813-1873,$erecipient.", "people"), ("=700  1\\$aRowley, Lucy C.", "note"),
                  ("=008  180627e18620523vau\\\\eng\\d", "control"), ("=650  \\0$aCanals$zOhio$vCorrespondence.", "note"),
                  ("Laufzeit: 1786 Nov. 5", "note"), ("Enthält: Brief an den Grafen X", "summary"),  # (a span: the date
                  #                                                 where the record has no date field, _SPAN_LABELS)
                  # (a collections database's report: the label set off by a gap; a gap after other words is no label)
                  ("Maker              Haigh, Edith", "sender"), ("Associated people  Haigh, Hannah (recipient)", "people"),
                  ("Fine weather   and no news", None),
                  ("Bréfritari: Hjalti Kristjánsson", "sender"), ("Viðtakandi: Þorvaldur Hjaltason", "recipient"),
                  ("Dagsetning: 8. mars 1858.", "date"), ("Staðsetning viðtakanda: Reykjavík", "note"),
                  ("Autors: Ezerlejs, Miķelis, 1866-1931", "sender"), ("Oriģināla radīšanas datums: 1897-01", "date"),
                  ("Organizācija, kurā atrodas oriģināls: Memoriālo muzeju apvienība", "note"))
_FIELD = {label: name for name, labels in LABELS.items() for label in labels}
_LISTS = {"saistītie objekti", "related objects", "related items", "related names", "related people", "related persons"}
# A label with a comma in it, which _LABELLED does not take ("Organizācija, kurā atrodas oriģināls: …")
_COMMA_LABEL = re.compile("^(?P<label>" + "|".join(re.escape(label) for label in _FIELD if "," in label) + r")\s*:\s*(?P<value>.*?)\s*$",
                          re.IGNORECASE)
# A web page's fields copied without the gap between label and value ("AutorsEzerlejs, Miķelis", "Valodalatviešu"),
# as a browser copies a definition list: the label LABELS knows, capitalised (or in capitals, "URI"), run into its value.
GLUED_EXAMPLES = (("TipsTeksts", "Tips: Teksts"), ("AutorsEzerlejs, Miķelis, 1866-1931", "Autors: Ezerlejs, Miķelis, 1866-1931"),
                  ("Oriģināla radīšanas datums1897-01", "Oriģināla radīšanas datums: 1897-01"),
                  ("Valodalatviešu", "Valoda: latviešu"), ("URIhttp://dom.example.lv/obj/58150", "URI: http://dom.example.lv/obj/58150"),
                  ("Līdzradītājs Brūvere, Ilze", "Līdzradītājs: Brūvere, Ilze"))
_GLUED = re.compile("^(?P<label>" + "|".join(sorted(
    {re.escape(label[0].upper() + label[1:]) for label in _FIELD if len(label) >= 4},  # (not "De", "An", "To": "Deutsch", "Anna")
    key=len, reverse=True)) + r")(?P<gap> ?)(?P<value>[^\W_].*)$"
    # (a label of three in capitals, run into lower case: "URIhttp://…", not "ARThur", "LIEUtenant" in a heading in capitals)
    "|^(?P<capitals>" + "|".join(sorted({re.escape(label.upper()) for label in _FIELD if len(label) == 3 and label.isalpha()},
                                        key=len, reverse=True)) + r")(?P<lower>[a-z\d].*)$")


def _glued(line: str) -> tuple[str, str, str] | None:
    """A line's label, the gap after it ("" or one space) and its value, where a label runs in."""
    m = _GLUED.match(line)
    return (m["label"] or m["capitals"], m["gap"] or "", m["value"] or m["lower"]) if m else None


def unglued(lines: Sequence[str]) -> list[str] | None:
    """The lines with their glued labels set apart by ": " where the page was copied so: two labels
    at least, each run into its value (a capital, a digit: "TipsTeksts") on three lines; None where not.
    Then a label so proven is set apart wherever it runs in, or stands one space off its value."""
    matches = [_glued(line) for line in lines]
    strong = Counter(label for label, gap, value in filter(None, matches) if not gap and not value[0].islower())
    proven = {label for label, count in strong.items() if count >= 3}
    if len(proven) < 2:
        return None
    # (label, gap): its lines; one space off a capital or digit only
    runs = Counter((label, gap) for label, gap, value in filter(None, matches) if not gap or not value[0].islower())
    return [f"{m[0]}: {m[2]}" if m and (m[0] in proven and not m[1] or runs[m[0], m[1]] >= 3) else line
            for line, m in zip(lines, matches)]
# "Label: value", "Label : value", "Label: | value |", "| Label | value |".
_LABELLED = re.compile(r"^\|?\s*(?P<label>[A-Za-zÀ-ÿ][\w .'’/&()#-]{0,38}?)\s*(?P<sep>:|\s\||\t|(?<=\S)\s{2,}(?=\S))\s*\|?\s*(?P<value>.*?)\s*\|?\s*$")
#                                                                              (… or a wide gap after a label LABELS knows, as a
#                                                                              collections database prints its report: "Maker      Haigh, Edith")
# Page text between records: "Record 2 of 8", "Notice 3", "Treffer 4 von 9", "Item 1/3".
RECORD_NOISE = re.compile(r"^(?:record|notice|item|result|treffer|document|dokument|datensatz|hit|entry|eintrag|"
                          r"résultat|fiche)\s*(?:no\.?\s*)?\d+(?:\s*(?:of|von|sur|/)\s*\d+)?\.?$"
                          # (a result's buttons: "[Request item]  [Add to list]  [Cite]")
                          r"|^(?:\[[\w][\w ]{1,30}\]\s*){2,}$"
                         # (a results page's count of hits: "Viser 1 - 20 af 125   Sortér efter: Dato", "Showing 1-20 of 125")
                         r"|^(?:viser|visar|showing|displaying|results?|treffer|hits?|resultater?|résultats?)\s+\d+\s*[-–]\s*\d+\s+"
                         r"(?:af|av|of|von|de|sur|aus)\s+\d[\d.,\s]*(?:\s{2,}.*)?$", re.IGNORECASE)
_RECORD_NUMBER = re.compile(r"^(?:record|notice|treffer|datensatz|hit|result|résultat)\s*(?:no\.?\s*)?\d+"
                            r"(?:\s*(?:of|von|sur|/)\s*\d+)?\.?$", re.IGNORECASE)
# "Letter no. 2214", "Brief Nr. 12", "No. 41": a heading that is the letter's number.
_NUMBER_HEADING = re.compile(r"^(?:(?:(?:letter|brief|lettre)?\s*(?:no\.?|nr\.?|n°|number|nummer)\s*|(?:letter|brief|lettre)\s+)"
                             r"(?P<n>\d+[a-z]?)\.?|(?!1\d{3}\.)(?P<bare>\d{1,5}[a-z]?)\.)$",  # ("Brief 21"; "22.", not a year)
                             re.IGNORECASE)
_KEY = {"sender", "recipient", "date", "title"}
# A type that says only that the record is a text ("Tips: Teksts"): its author a sender where its title names a letter
_TEXT_TYPES = {"text", "texte", "testo", "texto", "tekst", "teksts", "tekstas", "textual record", "manuscript", "handschrift"}
_PARTIES = {"sender", "recipient"}
_SUBJECT_LABELS = {"subject"}  # (an email's, its body the lines after it)
_PLACE_AFTER_DATE = re.compile(r"[.,;]\s+\[?[A-ZÀ-Þ][\w'’ .-]{1,40}\]?\.?|[.,;]\s+(?i:s\.\s?l|o\.\s?O|n\.\s?p)\.?")


_WORD = re.compile(r"[^\W\d_]{3,}")
DESCRIBED_EXAMPLES = (("ÞHtilGÞ-61-02-02", "ÞÍ.E10:13/02.02.1861 Bréf Þorvaldar Hjaltasonar, teiknara", "Bréf Þorvaldar Hjaltasonar, teiknara"),
                      ("1 bréf (HKtilÞH 58-08-03)", "B/2 1858/6. (58-08-03) Bréf Hjalta Kristjánssonar til Þorvaldar Hjaltasonar",
                       "Bréf Hjalta Kristjánssonar til Þorvaldar Hjaltasonar"),
                      ("Letters of Ann Hale, 12", "MS Add. 7781/12 Letter from Ann Hale to Tom Hale", None),  # (a heading of words)
                      ("HK-58-08-03", "MS Add. 7781/12 Letters 1850-1860", None),  # (no party in it)
                      ("1850-03-12", "MS Add. 7781/12 Letter from Ann Hale to Tom Hale", None))  # (a date heads it)


def _described(shelfmark: str, heading: str) -> str | None:
    """The letter's description after a shelfmark ("ÞÍ.E10:13/02.02.1861 Bréf Þorvaldar Hjaltasonar")
    where the record's heading is a code naming no one ("ÞHtilGÞ-61-02-02", "SÁtilÞH-xx-xx-xx": a digit
    or a hyphen, and no word in lower case or capitalised but a type word), or None."""
    if not re.search(r"[\d-]", heading) or parse_date(heading) is not None or any(w[1:].islower() and doctypes.describe(w) is None
                                             for w in _WORD.findall(heading)):
        return None
    typed = doctypes.find(shelfmark)
    if typed is None or typed[2] == 0 or not typed[1][:1].isupper():
        return None
    text = shelfmark[typed[2]:]
    parsed = parse_title(text)
    return text if parsed.senders or parsed.recipients else None


# A collection's item page copied as text gives its fields on one line, each label run on after the value
# before it: "Tavener Collection #: TC03811.01 Author/Creator: Bascom, Lyman B., fl. 1862 Place Written: Camp
# near Falmouth, Virginia Type: Autograph letter signed Date: [18 April 1862] Pagination: 3 p." (three
# labels LABELS knows at least, or a collection's number, "… #:"): a line a field, as the page shows them.
INLINE_EXAMPLES = (("Collection #: TC1.01 Author/Creator: Bascom, Lyman B., fl. 1862 Place Written: Camp near Falmouth, "
                    "Virginia Type: Autograph letter signed Date: [18 April 1862] Pagination: 3 p.",
                    ["Collection #: TC1.01", "Author/Creator: Bascom, Lyman B., fl. 1862",
                     "Place Written: Camp near Falmouth, Virginia", "Type: Autograph letter signed", "Date: [18 April 1862]",
                     "Pagination: 3 p."]),
                   ("He wrote: I went there. She said: no. Date: 1862", None),
                   ("Title: Hannah Wendell to Lucy Price Date: 1851 Abstract: Describes the To: and From: lines of the form",
                    ["Title: Hannah Wendell to Lucy Price", "Date: 1851",
                     "Abstract: Describes the To: and From: lines of the form"]))  # (a description's colons its own)


def inline_fields(text: str) -> list[str] | None:
    """The fields of a line that gives several, each "Label: value"; None for another line."""
    starts: list[tuple[int, int, str]] = []  # (where the label starts, where its value starts, the label)
    for colon in re.finditer(r"\s?:\s", text):
        words = list(re.finditer(r"\S+", text[:colon.start()]))[-4:]
        for n in range(len(words), 0, -1):
            label = text[words[-n].start():colon.start()]
            key = _key(label)
            if (key in _FIELD and key != "note" or label.endswith("#") and label[:1].isupper()) and label[:1].isupper() \
                    and (not starts or words[-n].start() >= starts[-1][1]):
                starts.append((words[-n].start(), colon.end(), label))
                break
        if starts and _FIELD.get(_key(starts[-1][2])) == "summary":
            break  # (a description's words, its colons too, are its own: "Abstract: Describes the To: and From: lines")
    if len(starts) < 3 or starts[0][0] != 0:
        return None
    return [f"{label}: {text[value:following].strip()}".rstrip()
            for (_, value, label), following in zip(starts, [s[0] for s in starts[1:]] + [len(text)])]


# A letters portal's hit, its sides and date on one line: "BREV TIL: X FRA: Y (1821-12-15)", "LETTER TO: X FROM: Y (…)"
_HEADLINE = re.compile(r"^(?:BREV|BRIEF|LETTER|LETTRE)\s+(?P<to_label>TIL|TILL|AN|TO|À):\s*(?P<to>.+?)\s+"
                       r"(?P<from_label>FRA|FRÅN|VON|FROM|DE):\s*(?P<from>.+?)(?:\s*\((?P<date>[^()]+)\))?$", re.IGNORECASE)


def _headline_fields(text: str) -> list[str] | None:
    """A portal's headline as its fields, a line each ("Til: X", "Fra: Y", "Date: …"), or None."""
    if not (m := _HEADLINE.match(text)):
        return None
    return [f"{m['to_label'].title()}: {m['to']}", f"{m['from_label'].title()}: {m['from']}",
            *([f"Date: {m['date']}"] if m["date"] else [])]


def _inline(lines: Sequence[Line]) -> Sequence[Line]:
    """The lines with each line of run-on fields (inline_fields) a line a field, all of its number, where
    three lines of the file at least are so (item pages, not a description quoting a label or two)."""
    split = {k: fields for k, line in enumerate(lines)
             if line.text.count(": ") >= 3 and (fields := inline_fields(line.text.strip())) is not None
             or (fields := _headline_fields(line.text.strip())) is not None}
    if len(split) < 3:
        return lines
    out: list[Line] = []
    for k, line in enumerate(lines):
        out += [replace(line, text=field, raw=field, kind="text") for field in split[k]] if k in split else [line]
    return out


# An item page's text around its fields, copied page after page: the same lines on every page (the site's
# notices, "Order a pdf of this item here.", the index's names) and, on each, its title above the fields
# and its description below them.
def _paged(lines: Sequence[Line]) -> Sequence[Line]:
    """Where the records are item pages (their fields a run of lines of one number, three at least): the
    lines without what parts each page's title from its fields (blank lines, the lines every page repeats)
    and its fields from its description below, so that the title heads the record and the description
    ends it; the lines left out stay inside the record's span."""
    runs = [i for i in range(1, len(lines)) if lines[i].number == lines[i - 1].number
            and (i < 2 or lines[i - 2].number != lines[i].number)]
    if len(runs) < 3:
        return lines
    counts = Counter(line.text.strip() for line in lines if line.kind != "blank")
    every = max(3, len(runs) // 3)  # (on many pages: the site's; not a title, which names someone)
    site = {text for text, n in counts.items() if n >= every and not _NAMES_SIDE.search(text)}
    repeated = {text for text, n in counts.items() if text in site or n >= 3 and len(text) >= 60}
    #                                                 (… or a long notice on some pages: "High-resolution images …")
    fielded = {lines[i].number for i in runs}
    drop: set[int] = set()
    titles: list[int | None] = []
    for second in runs:
        first = second - 1
        k = first - 1
        while k >= 0 and first - k <= 6 and (lines[k].kind == "blank" or lines[k].text.strip() in repeated):
            k -= 1
        found = k >= 0 and first - k <= 6 and lines[k].kind != "blank" and len(lines[k].text) <= 200 \
            and not (k > 0 and lines[k - 1].number in fielded)  # (the body of the message above, run on after its fields)
        titles.append(k if found else None)
        if found:
            drop.update(range(k + 1, first))  # (the title, then the site's notice and blank lines: none of its fields)
    for n, second in enumerate(runs):
        end = second
        while end < len(lines) and lines[end].number == lines[second].number:
            end += 1
        if end + 1 < len(lines) and lines[end].kind == "blank" and lines[end + 1].kind != "blank" \
                and lines[end + 1].text.strip() not in site and end + 1 not in titles[n + 1:n + 2]:
            drop.add(end)  # (the blank line before its description; not the next item's title, where it has none)
    return [line for i, line in enumerate(lines) if i not in drop]


_NAMES_SIDE = re.compile(r"\b(?:to|from|an|von|à|de|aan|van)\s+\S", re.IGNORECASE)


def _key(text: str) -> str:
    """A label as LABELS writes it: lower case, spaces single, "(s)" a plural ("Date(s)", "productor(es)")."""
    return _PLURAL.sub(r"\1", " ".join(text.lower().rstrip(": ").split()))


_PLURAL = re.compile(r"\s?\((e?s)\)")


# What a value carries that is no part of it: a bullet ("• 22 Mar. 1839"), the kind of date or the
# part a person played, as archive pages add them ("(Creation)", "Ellwood, Margaret (Author)").
_QUALIFIER = re.compile(r"^[•·▪◦*‣∙►-]\s+|\s*\((?:(?:creation|accumulation|publication|création|creación|criação|"
                        r"production|producción|produção)(?:/\w+)?|sent|received|author|creator|"
                        r"writer|recipient|addressee|correspondent|verfasser|empfänger|auteur|destinataire)\)$",
                        re.IGNORECASE)


# A field left as the form's placeholder: "Nöfn tilgreind: XXXXXXX" (a wiki's template, never filled in)
_PLACEHOLDER = re.compile(r"(?i:x{5,})")  # (not "XXX", a roman thirty)


def _value(text: str) -> str:
    value = _QUALIFIER.sub("", _QUALIFIER.sub("", text.strip())).strip()
    return "" if _PLACEHOLDER.fullmatch(value) else value


# A reference manager's export as RIS ("TY  - PCOMM" … "ER  - "), as Zotero writes a letter: its
# tags → fields (the author the sender, A2 the recipient, M3 the kind of letter, DA "1895/12/29/");
# a tag not named here is a note under the name RIS_NOTES gives it.
_RIS = re.compile(r"^(?P<tag>[A-Z][A-Z0-9])(?P<gap> {1,2})-(?: (?P<value>.*))?$")
RIS_TAGS = {"TI": "title", "T1": "title", "AU": "sender", "A1": "sender", "A2": "recipient", "DA": "date", "PY": "year",
            "Y1": "year", "CY": "place", "AB": "summary", "N2": "summary", "M3": "type", "TY": "record type",
            "CN": "shelfmark", "AN": "shelfmark", "ID": "number", "ER": "value"}
RIS_NOTES = {"N1": "Note", "KW": "Keyword", "LA": "Language", "DB": "Archive", "UR": "URL", "A4": "Translator",
             "ST": "Short title", "Y2": "Accessed"}
RIS_TYPES = {"PCOMM": "letter", "ICOMM": "email", "ART": "artwork", "MANSCPT": "manuscript", "GEN": "document"}
_RIS_DATE = re.compile(r"^(?P<y>\d{4})(?:/(?P<m>\d{2})?(?:/(?P<d>\d{2})?(?:/.*)?)?)?$")  # 1895/12/29/, 1896/10//, 1905///


def _ris(m: re.Match[str]) -> tuple[str, str, str]:
    tag, value = m["tag"], (m["value"] or "").strip()
    field = RIS_TAGS.get(tag, "note")
    if field in {"date", "year"} and (date := _RIS_DATE.match(value)):
        value = "-".join(part for part in date.group("y", "m", "d") if part)
    if field == "record type":
        value = RIS_TYPES.get(value, value)
    return field, RIS_NOTES.get(tag, tag), value


# A library catalogue's records in MARC as MarcEdit's mnemonic text writes them ("=LDR  …", "=100  1\$aMerriam,
# Silas B.,$d1811-1870.", "=245  10$aLetter to X,$f1862 May 23."): its tags → fields. The writer is the main
# entry (100, 110, 111); the title statement (245) names the letter and its date; the added entries (700, 710)
# with their relator ("$erecipient") are people with their roles; the leader, control fields and the
# cataloguing source are part of the record and say nothing of the letter.
_MARC = re.compile(r"^=(?P<tag>LDR|\d{3})  (?P<value>.*)$")
MARC_TAGS = {"100": "sender", "110": "sender", "111": "sender", "245": "title", "520": "summary", "700": "people",
             "710": "people", "090": "shelfmark", "099": "shelfmark", "852": "shelfmark"}
MARC_NOTES = {"700": "Added entry", "710": "Added entry", "300": "Extent", "500": "Note", "561": "Provenance", "545": "Biographical note", "655": "Genre",
              "600": "Subject", "610": "Subject", "650": "Subject", "651": "Subject"}
_SUBFIELD = re.compile(r"\$(?P<code>[a-z0-9])(?P<text>[^$]*)")
# the subfields each field's value is made of (the others: life dates, relators, sources, linkages)
_MARC_SUBFIELDS = {"100": "abq", "110": "ab", "111": "a", "245": "abfgknp", "700": "abqde4", "710": "abe4", "852": "bhij"}
_MARC_RELATORS = {"rcp": "recipient", "aut": "author", "crp": "correspondent", "ato": "author"}  # ($4 codes)


def _marc(m: re.Match[str]) -> tuple[str, str, str]:
    tag = m["tag"]
    if tag == "LDR" or tag < "010" or tag in {"035", "040", "049"}:
        return "control", tag, m["value"]
    field = MARC_TAGS.get(tag, "note")
    keep = _MARC_SUBFIELDS.get(tag, "abcdefghijklmnopqrstuvwxyz")
    parts = [(f["code"], f["text"].strip()) for f in _SUBFIELD.finditer(m["value"]) if f["code"] in keep and f["text"].strip()]
    parts = [("e", _MARC_RELATORS[text.strip(" .")]) if code == "4" and text.strip(" .") in _MARC_RELATORS else (code, text)
             for code, text in parts if code != "4" or text.strip(" .") in _MARC_RELATORS]
    if parts and parts[-1][0] == "e" and len(parts) > 1 and not parts[-2][1].endswith(","):
        parts[-2] = (parts[-2][0], parts[-2][1] + ",")  # ("Goodale, Charles $4rcp": its role after a comma)
    if field == "people" and not any(code == "e" for code, _ in parts):
        field = "note"  # (an added entry without its role: a name the record gives, no side of the letter)
    value = (" -- " if tag[0] == "6" else " ").join(text for _, text in parts)  # (a subject's parts: "Canals -- Ohio")
    value = re.sub(r"\s+([:;/=])(?=\s)", lambda colon: "," if colon[1] == ":" else colon[1], value)  # (ISBD's " :")
    if field in {"sender", "shelfmark", "date"}:  # (ISBD's closing stop; not an initial's: "Merriam, Silas B.,")
        value = re.sub(r"(?<!\b[A-Z])\.$", "", value.rstrip(" ,/:;"))
    return field, MARC_NOTES.get(tag, tag), value


# A field's value that is a span, as CalmView catalogues give a production date: "From: 1788 To: 1893"
_SPAN_VALUE = re.compile(r"^(?i:from):?\s*(?P<a>\S+)\s+(?i:to):?\s*(?P<b>\S+)?\s*$")
_PARTY_IN_LABEL = re.compile(r"\s(?:an|to|à|aan|von|from|van|de|del|a|al|do)\s", re.IGNORECASE)
# A web page's list of fields, each a bullet: "• Dagsetning: 8. mars 1858." (the bullet no part of its label)
_BULLET = re.compile(r"^\s*[•·▪◦*‣∙►]\s+")


def label(text: str) -> tuple[str, str, str] | None:
    """(field, label as written, value) of a labelled line whose label LABELS knows; the field
    is "note" for another short label with a value ("Extent: 2 leaves"); None for other lines."""
    if (ris := _RIS.match(text)) and (len(ris["gap"]) == 2 or ris["tag"] in RIS_TAGS or ris["tag"] in RIS_NOTES):
        return _ris(ris)  # (one space as a web page copies it, where the tag is a letter's: not "DO - Cuadro de fondos")
    if (marc := _MARC.match(text)) and ("$" in marc["value"] or marc["tag"] == "LDR" or marc["tag"] < "010"):
        return _marc(marc)
    if (comma := _COMMA_LABEL.match(text)) is not None:
        return _FIELD[comma["label"].lower()], comma["label"], comma["value"]
    m = _LABELLED.match(_BULLET.sub("", text))
    if not m or "\t" in m.group("value"):
        return None  # several tabs: a row of a table (layouts/tables.py), not "Label<tab>value"
    written = m.group("label").strip()
    key = _key(written).rstrip(".")  # "Author(s)": "authors"
    field = _FIELD.get(key) or _FIELD.get(key + ".") or ("shelfmark" if key.endswith(" #") else None)  # ("Collection #:")
    if m.group("sep").isspace() and m.group("sep") != "\t" and (not field or re.search(r"\s{3,}", m.group("value"))):
        return None  # (a gap after words no label is, or one of a row's gaps: a table's row, "Nr.   Conținutul   …")
    value = _value(m.group("value")) if field != "people" else m.group("value").strip()  # (its roles in brackets)
    if field:
        return field, written, value
    if key == "item" and _REFERENCE_LINE.fullmatch(value):
        return "shelfmark", written, value  # "Item: MS 1287/4/3/0001" over an email's header (not AtoM's level "Item")
    if value and m.group("sep") == "\t" and _FIELD_NAME.fullmatch(written):
        return "note", written, value  # (a database's field name in capitals, a tab, its value: "VOLUME_NO<tab>1249")
    if value and len(written.split()) <= 4 and ":" in text[:len(written) + 4] and written[:1].isupper() \
            and not (doctypes.opens_with_type(written) and _PARTY_IN_LABEL.search(written)):  # (not "Brief an die Rentkammer:
        #                                                                                  Dank …"; "Letter type:" is one)
        return "note", written, value
    return None


_HIT = re.compile(r"\d{1,4}\.\s+(?=[A-Z])")
# A search page's facets: "Afzender" over "Wttenbroeck, Adriaan (63)" counts letters, it is no record.
_FACET = re.compile(r"\(\d+\)$")
Mark = tuple[str, str, str] | None  # (field, label as written, value), ("value", "", "") or None


def _marks(lines: Sequence[Line]) -> list[Mark]:
    """Every line's label, once: "Label: value" on one line, or a label alone on its line with
    its value on the next, as definition lists are copied from web pages ("Author" / "Jane Doe";
    the value line is marked "value")."""
    marks: list[Mark] = [None] * len(lines)
    for i, line in enumerate(lines):
        if line.kind in {"blank", "long"} or marks[i] is not None:
            continue
        written = _BULLET.sub("", line.raw.strip() or line.text)  # ("  • Reference" over its value: a bullet, no part of it)
        text = _unnumbered(written)
        numbered = text != written  # (an ISAD(G) label's number: "1.2. Título")
        if (hit := _HIT.match(text)) and label(text[hit.end():]):
            text = text[hit.end():]  # "2. Creator: Halridge, John": a result's number, then its first field
        if (_AREA.fullmatch(text) or numbered) and i + 1 < len(lines) and _head(lines[i + 1]) \
                or numbered and i + 1 < len(lines) and label(lines[i + 1].raw.strip() or lines[i + 1].text):
            # an area's heading over its labels ("Identity area"), a numbered label over labelled lines ("1.7 Información
            # adicional de referencia" / "Signatura topográfica: Leg 4"): no field of their own
            marks[i] = ("value", "", "")
            continue
        found = label(text)
        if found and (found[2] or i + 1 >= len(lines) or lines[i + 1].kind in {"blank", "long"}
                      or label(lines[i + 1].raw.strip() or lines[i + 1].text)):
            marks[i] = found
            continue
        # (a label alone, its value below: "Reference:" / "D/DPl C7/5", "Held by:" / "Wenlow Record Office")
        alone = (found and found[0]) or _FIELD.get(_key(text)) or \
            ("note" if _LABEL_ALONE.fullmatch(text) or numbered else None)
        if alone and len(text) <= 60 and i + 1 < len(lines) and lines[i + 1].kind not in {"blank", "long"}:
            value = lines[i + 1].raw.strip() or lines[i + 1].text
            below = label(value)
            if (not below or _SPAN_VALUE.match(value) or below[0] == "note" and alone != "note" and _key(below[1]) not in _FIELD) \
                    and not _FIELD.get(_key(value)) and not _FACET.search(value) \
                    and not (alone == "note" and numbered and _UNIT_REFERENCE.fullmatch(value)):
                # (not a part's numbered heading over its first unit: "1.3 Briefschreiber I - M" / "NLA BU 41 N Nr. 35")
                marks[i] = (alone, text.rstrip(": "), _value(value))
                marks[i + 1] = ("value", "", "")
    return marks


# An archive's description as AtoM and other catalogues show it, copied from the page: each label on
# a line of its own under the heading of its ISAD(G) area, numbered in some ("1. Área de identificación",
# "1.2. Título"), its value a paragraph below ("Reference code" / blank / "GB 999 ELL/2/14" / blank / …).
_ISAD_NUMBER = re.compile(r"\d(?:\.\d{1,2})+\.?\s+(?=\S)")
_AREA = re.compile(r"(?:\d{1,2}\.\s*)?(?:(?:área|area|zona|zone)\s+(?:de|del|do|da|das|dos|des|du|d['’])\s*\S.{0,50}"
                   r"|[A-Z][\w ]{2,40} area"
                   # (a German archive's print view of a unit: "Identifikation (kurz)", "Weitere Angaben (Verz.-Einheit)")
                   r"|identifikation(?:\s+\(kurz\))?|weitere\s+angaben(?:\s+\([^()]{1,30}\))?|bestandsdaten|kontext"
                   r"|inhalt\s+und\s+struktur|zugangs-\s+und\s+benutzungsbedingungen)", re.IGNORECASE)
AREA_EXAMPLES = ("1. Área de identificación", "Identity area", "Content and structure area", "Zone d'identification",
                 "Zona do contexto", "8. Área de control de la descripción", "Identifikation (kurz)",
                 "Weitere Angaben (Verz.-Einheit)")


def in_records(lines: Sequence[Line], dated: Sequence[int]) -> int:
    """How many of the ``dated`` lines are part of a record: in a run of lines without a blank one
    that has three labelled lines of two fields or more LABELS knows ("Author: Ezerlejs, Miķelis",
    "Date: 1897-01", then "Ezerlejs, Miķelis, 1866-1931" in its list of related names)."""
    count, k = 0, 0
    while k < len(dated):
        start = end = dated[k]
        while start > 0 and lines[start - 1].kind != "blank":
            start -= 1
        while end + 1 < len(lines) and lines[end + 1].kind != "blank":
            end += 1
        inside = [i for i in dated[k:] if i <= end]
        fields = [found[0] for line in lines[start:end + 1] if (found := label(line.text)) and found[0] != "note"]
        if len(fields) >= 3 and len(set(fields)) >= 2:
            count += len(inside)
        k += len(inside)
    return count


def _unnumbered(text: str) -> str:
    """A label without its ISAD(G) number ("1.2. Título": "Título"); other text as it is."""
    number = _ISAD_NUMBER.match(text)
    rest = text[number.end():] if number else ""
    if not number or not _NUMBERED_LABEL.fullmatch(rest) or len(rest.split()) > 7 or opens_with_parties(rest) \
            or (typed := doctypes.find(rest[:40])) is not None and typed[2] == 0:
        return text  # ("2.14 Letter from Samuel Pryor to Margaret Ellwood": a numbered title, no label)
    return rest


# What follows an ISAD(G) number is a label, known or not ("1.7 Información adicional de referencia"):
# a few words, no digit, no full stop at the end.
_NUMBERED_LABEL = re.compile(r"[A-ZÀ-Þ][^\d.:]{2,50}(?<!\.):?")


def _head(line: Line) -> bool:
    """Whether a line is a label alone on its line (no value after it) or an area's heading."""
    if line.kind in {"blank", "long"}:
        return False
    written = line.raw.strip() or line.text
    text = _unnumbered(written)
    return text != written or bool(_AREA.fullmatch(text)) or len(text) <= 40 and (
        _FIELD.get(_key(text)) is not None or bool(_LABEL_ALONE.fullmatch(text)))


def _closed(lines: Sequence[Line]) -> Sequence[Line]:
    """The lines without the blank ones that part a label from its value and a value from the next
    label, where a page copied as text sets every label and value apart (three times at least): its
    records are then parted as others are, by the blank lines left and the key labels repeated."""
    heads = [_head(line) for line in lines]
    drop: set[int] = set()
    parted = 0
    for i in range(1, len(lines) - 1):
        if lines[i].kind != "blank" or lines[i - 1].kind == "blank" or lines[i + 1].kind == "blank":
            continue
        below = lines[i + 2] if i + 2 < len(lines) else None
        if heads[i - 1] and not heads[i + 1] and not (below is not None and below.kind != "blank" and (
                heads[i + 2] or label(below.raw.strip() or below.text))):
            drop.add(i)  # label / blank / value (not an empty label's, the next record's heading over its labels)
            parted += 1
            continue
        if heads[i + 1]:
            start = i - 1
            while start > 0 and lines[start - 1].kind != "blank":
                start -= 1
            if start - 1 in drop or heads[start] or label(lines[start].raw.strip() or lines[start].text) \
                    or start == i - 1 and _UNIT_REFERENCE.fullmatch(lines[start].text.strip()):
                drop.add(i)  # a value (or a labelled line, or the unit's reference: "NLA BU 41 N Nr. 4") / blank / the next label
    return lines if parted < 3 else [line for i, line in enumerate(lines) if i not in drop]


# A label LABELS does not know, alone on its line with its value below ("Held by:" / "East Anglian
# Record Office"): a note, so that its value continues no field above it.
_LABEL_ALONE = re.compile(r"[A-Z][a-z]+(?: [a-z]+){0,3}:")
# A reference code on a line of its own under a result's title, unlabelled ("GB 2217 PEL/5/8/272",
# "D/DPl C7/5", "MAF 9/193/120"): the record's shelfmark, not part of its title.
_REFERENCE_LINE = re.compile(r"(?=.*\d)(?=.*/)(?!.*\b[a-z]{3,}\b)[A-Z][\w/. ()-]{2,40}")
# … or a unit's reference in an archive's print view, its number last: "NLA BU 41 N Nr. 4", "StAH 12 A Nr. 301"
_UNIT_REFERENCE = re.compile(r"(?=.*\d)[A-ZÄÖÜ][\w.-]*(?:\s+[\w.-]+){0,6}?\s+(?:Nr\.|No\.|n°)\s*\d+[a-z]?")


# An email header's party: "\"Helen Vale\" <hv@example.org>" is Helen Vale (her address is no name).
_ADDRESS = re.compile(r"[\"“]?(?P<name>[^\"“”<>;,]*?)[\"”]?\s*<[^<>@\s]+@[^<>\s]+>")
_SENTENCE = re.compile(r"[A-ZÀ-Þ]\S*(?:\s+\S+){4,}[.!?]")


# A writer named first in a description: initials or a given name, then a surname ("M.R. VAN HEERDEN", "John Hale")
_NAMED_FIRST = re.compile(r"(?:[A-Z][a-z]{1,5}\.\s+)?(?:(?:[A-Z]\.\s?){1,4}|(?P<given>[^\W\d_]+)\s+)"
                           r"(?:[A-ZÀ-Þ][\w'’-]+\s+)?(?:(?:van|von|de|du|der|den|la|le)\s+)*[A-ZÀ-Þ][\w'’-]+$", re.IGNORECASE)
#                           ("GENL. P.J. JOUBERT", "H.J. JANSE VAN RENSBURG")


def _writer_first(text: str) -> bool:
    return bool((m := _NAMED_FIRST.match(text)) and (not m["given"] or m["given"].title() in GIVEN_NAMES))


# A database's field name in capitals ("VOLUME_NO"); alone on its line, its value empty ("REMARKS" under "ENDING<tab>…")
_FIELD_NAME = re.compile(r"[A-Z][A-Z_]{2,30}")
# A span's end in a field of its own ("STARTING 18860712" / "ENDING 18860714", as NAAIRS gives a record's dates)
_END_LABELS = {"ending", "end date", "date to"}
# A date written without separators, as databases export it: "18860712", "18860700" (a month), "18860000" (a year)
_COMPACT_DATE = re.compile(r"(?P<y>1[0-9]{3}|20[0-9]{2})(?P<m>0[0-9]|1[0-2])(?P<d>[0-2][0-9]|3[01])")


def _expanded(value: str) -> str:
    """A compact date in ISO form ("18860712": 1886-07-12; "18860700": 1886-07); other text as it is."""
    if not (m := _COMPACT_DATE.fullmatch(value.strip())) or m["m"] == "00" and m["d"] != "00":
        return value
    return "-".join(part for part in (m["y"], m["m"], m["d"]) if part != "00")


# Labels of a unit's span, a note where the record has a date field of its own ("Datierung:"), else its date
_SPAN_LABELS = {"laufzeit", "entstehungszeitraum"}


def _known(mark: Mark) -> str | None:
    return mark[0] if mark and mark[0] not in {"note", "value", "control"} else None


class Records(Layout):
    name = "records"
    description = "records: labelled fields (Author:, Addressee:, Date:, Classmark: …), one record per letter"
    rule = "an entry is a record of labelled lines (Author, Addressee, Date, Verfasser, Expéditeur …)"

    def score(self, lines: Sequence[Line]) -> float:
        """As many records as the most frequent label LABELS knows; half a point more when
        records name both a date and a party (a page of one document has a date at most)."""
        counts: dict[str, int] = {}
        lines = _paged(_closed(_inline(lines)))
        marks = _marks(lines)
        spans = 0
        for mark in marks:
            field = _known(mark)
            if field:
                counts[field] = counts.get(field, 0) + 1
            elif mark and mark[0] == "note" and _key(mark[1]) in _SPAN_LABELS:
                spans += 1  # (a German unit's "Laufzeit": its date where it has no other)
        if spans and not counts.get("date"):
            counts["date"] = spans
        if not counts:
            return 0
        best = max(n for field, n in counts.items() if field != "title") if set(counts) - {"title"} else 0
        items = len(_numbered_items(lines, marks, set())) if best >= 3 else 0  # (a catalogue's items among its records)
        return best + items + (0.5 if counts.get("date") and (counts.get("sender") or counts.get("recipient")) else 0)

    def read(self, lines: Sequence[Line], listing: Listing) -> None:
        lines = _paged(_closed(_inline(lines)))
        marks = _marks(lines)
        records = self._records(lines, marks, listing)
        if not records:
            no_entries(listing, lines)
            return
        first = records[0][0]  # (or a result on one line above it)
        first = next((i for i in range(first) if _one_line(lines[i], listing) is not None), first)
        read_head(listing, lines[:first])
        used: set[int] = set()
        groups: list[tuple[int, str | None, str | None, int]] = []
        for k, (start, end) in enumerate(records):
            head = next((i for i in range(start, end) if marks[i] is None and _TEXT_HEAD.match(lines[i].text)
                         and all(mark is None for mark in marks[i + 1:end])), None)  # (the record's last: its fields above)
            before = len(listing.entries)
            if (group := self._entry(lines[start:head or end], marks[start:head or end], listing)) is not None:
                groups.append(group)  # (a series' record, "Letters to John Warboys": the side its records share)
            used.update(range(start, end))
            if head is not None:
                used.update(_record_text(lines, head, records[k + 1][0] if k + 1 < len(records) else len(lines),
                                         listing.entries[-1] if len(listing.entries) > before else None, listing))
        from .inventories import Inventory  # (the inventories read records' labels: imported here)
        for start, end in _numbered_items(lines, marks, used):
            # "342. Carta de A a B, con noticias de la corte." / "[1796]. S.l." among a catalogue's records:
            # an item as inventories number them
            Inventory._item([line for line in lines[start:end] if line.kind != "blank"], listing)
            used.update(range(start, end))
        recurring = Counter(line.text.strip() for line in lines if line.kind != "blank")
        for i, line in enumerate(lines[first:], start=first):
            if i in used:
                continue
            if not (recurring[line.text.strip()] > 1 and _OUTLINE.match(line.text.strip())) \
                    and (entry := _one_line(line, listing)) is not None:
                # (an outline's numbered line that comes again is no letter: its heading over a group, "4 Schreiben von
                # Ämtern"; a letter listed twice is two lines of letters)
                listing.entries.append(entry)
            elif (group := group_heading(line.text)) is not None:
                groups.append((line.number, *group))
                side, name, _ = group
                unused(listing, line, f"a heading of a group of records, naming the {side} of their letters ({name})" if name
                       else "a heading of a group of records")
            else:
                reason = "page text between records" if RECORD_NOISE.match(line.text) else "page text"
                unused(listing, line, reason)
                if groups and _SECTION_HEADING.fullmatch(line.text.strip()):
                    groups.append((line.number, None, None, 1))  # ("Estate maps and surveys": a group of its own)
        listing.entries.sort(key=lambda e: e.first_line)
        _grouped(listing.entries, sorted(groups))

    @staticmethod
    def _records(lines: Sequence[Line], marks: list[Mark], listing: Listing) -> list[tuple[int, int]]:
        """(start, end) index ranges of the records: runs of labelled lines, at least one of
        them a label LABELS knows, each with the unlabelled lines just above as its heading (or a
        headline further up, over the record's summary: _headline_above)."""
        found: list[tuple[int, int]] = []
        i = 0
        while i < len(lines):
            if marks[i] is None or marks[i][0] == "value":
                i += 1
                continue
            seen: set[str] = set()
            labels: dict[str, str] = {}
            j = i
            while j < len(lines):
                line, mark = lines[j], marks[j]
                if line.kind == "blank" or RECORD_NOISE.match(line.text) or \
                        line.kind in {"separator", "boilerplate", "long"} and not mark:
                    break
                if j > i and line.number != lines[j - 1].number and lines[j - 1].number == lines[max(i, j - 2)].number != line.number \
                        and j + 1 < len(lines) and lines[j + 1].number == line.number:
                    break  # (a line of run-on fields after another: the next record's, a search page's line an item)
                field = mark[0] if mark else None
                if field in _KEY and field in seen and not (field in {"sender", "recipient"} and j > i and marks[j - 1]
                                                            and marks[j - 1][0] == field) \
                        and not (field in _PARTIES and seen & {"title", "date"} and not _dated_below(lines, marks, j)) \
                        and not (field == "date" and _key(mark[1]) != labels.get(field)):
                    break  # the next record begins: its key field repeats (not a second "Adressat:" under the first,
                    #        nor a second "Creator:" further down a record whose next lines give no title or date, nor a
                    #        date under another label: "Date free text", then "Production date")
                if field:
                    seen.add(field)
                    labels.setdefault(field, _key(mark[1]))
                elif _next_record(marks, lines, j, seen):
                    break  # unlabelled lines, then a key label again: the next record's heading
                j += 1
            if seen - {"note", "value", "control"}:
                k = i  # the heading: up to two unlabelled short lines just above (no blank between)
                while k - 1 >= 0 and i - (k - 1) <= 2 and lines[k - 1].kind in {"text", "heading", "date", "date+text"} \
                        and marks[k - 1] is None and not RECORD_NOISE.match(lines[k - 1].text) \
                        and len(lines[k - 1].text) <= 200 and (not found or k - 1 >= found[-1][1]) \
                        and not (k < i and _UNIT_REFERENCE.fullmatch(lines[k].text.strip())):
                    k -= 1  # (not above the unit's reference, "NLA BU 41 N Nr. 4": its first line, a heading above it the part's)
                title = next((m[2] for m in marks[i:j] if m and m[0] == "title"), None)
                if k == i and i >= 2 and lines[i - 1].kind == "blank" and title and lines[i - 2].text == title \
                        and marks[i - 2] is None and (not found or i - 2 >= found[-1][1]):
                    k = i - 2  # the record's title as the page's heading above it, a blank line between
                if k >= 1 and _RECORD_NUMBER.match(lines[k - 1].text) and (not found or k - 1 >= found[-1][1]):
                    k -= 1  # ("Record 2 of 8" right above it: the record's number in the results, its first line)
                if k == i and (head := _headline_above(lines, marks, i, j, found[-1][1] if found else 0, listing)) \
                        is not None:
                    k = head
                found.append((k, j))
            i = max(j, i + 1)
        return found

    def _entry(self, block: Sequence[Line], marks: Sequence[Mark], listing: Listing) -> tuple[int, str | None, str | None, int] | None:
        """The record read as a letter; a group's record (a series') reported, and the side of its letters
        it names returned as a group heading's is (group_heading)."""
        heading: list[Line] = []
        values: dict[str, tuple[str, int]] = {}
        summary: list[tuple[int, str]] = []
        entry = Entry(source=listing.source, first_line=block[0].number, last_line=block[-1].number,
                      date_text="", date_line=block[0].number, date=None)
        from ..read import looks_like_entry  # (read imports the layouts)
        current = None  # the field an unlabelled line continues
        listed = None  # the note of a list whose lines follow its label, its index in entry.notes
        titled = any(m and m[0] == "title" for m in marks)
        described = None  # (the shelfmark, as a wiki's record gives it with the letter's description after it)
        spans: set[int] = set()  # (the line of a unit's span read as its date: "Laufzeit" / "1702-1889")
        subject = None  # (the line of an email's subject)
        run_on = {a.number for a, b in zip(block, block[1:]) if a.number == b.number}  # (lines of fields run on, _inline)
        end, ended = "", ""  # (a span's end given in a field of its own, and its line)
        for line, found in zip(block, marks):
            if found is not None and found[0] in {"value", "control"}:
                continue
            if listed is not None and found is not None and found[0] == "note" and _key(found[1]) not in _FIELD:
                found = None  # (a title in the list: "Jaunā Druva : literatūras un mākslas žurnāls.")
            if subject is not None and found is not None and found[0] == "note" and _key(found[1]) not in _FIELD:
                found = None  # (the body of an email under its subject: "Attached: the draft catalogue.")
            if found is None:
                if _RECORD_NUMBER.match(line.text) or line.kind == "blank":
                    continue  # (its number among the results: no part of its title)
                if current is None and heading and line.number > heading[-1].number + 1 and not titled:
                    summary.append((line.number, line.text))  # (a headline, blank, its summary: _headline_above)
                elif current is None:
                    heading.append(line)
                elif current == "summary":
                    summary.append((line.number, line.text))
                elif listed is not None:  # (a line of the list under "Saistītie objekti")
                    entry.notes[listed] += f"; {line.text.strip()}"
                elif _FIELD_NAME.fullmatch(line.text.strip()) and (current in _KEY or current == "summary"):
                    pass  # (a database's field left empty, its name alone: "REMARKS")
                elif current in values and values[current][1] in run_on and line.number != values[current][1] \
                        and current in {"sender", "recipient", "date"}:
                    summary.append((line.number, line.text))  # (under a headline's sides and date run on in one line:
                    #                                           none of them wraps; a title or a description may)
                elif current in values and not (current == "date" and (line.kind in {"heading", "date+text"}
                                                                        or looks_like_entry(line.text))):
                    text, number = values[current]  # (a title or a summary wraps, dates and parties in it too)
                    values[current] = (f"{text} {line.text.strip(' |')}", number)
                elif not summary and _SENTENCE.fullmatch(line.text.strip()):
                    summary.append((line.number, line.text))  # (the Archives Hub's description, unlabelled)
                else:  # a heading of its own under a date, or a line under a note or a shelfmark: reported
                    unused(listing, line, "a line among the record's fields")
                continue
            field, written, value = found
            current, listed = field, None
            if field == "recipient" and written.lower().rstrip(":") == "cc":
                cells = re.split(r"\s*;\s*", value)
                if copies := [v for v in cells if v.lower().rstrip(".") in _FILE_COPY]:
                    entry.notes.append(f"{written}: {'; '.join(copies)}")  # ("cc: file": the file's copy, no one's)
                    value = "; ".join(v for v in cells if v not in copies)
            if field == "summary":
                if value:
                    summary.append((line.number, value))
                if _key(written) in _SUBJECT_LABELS and len(summary) == 1:
                    subject = line.number  # (an email's subject: the lines after it its body, a paragraph of its own)
            elif field == "date" and _key(written) in _END_LABELS:
                if parse_date(_expanded(value), listing.day_first) is not None:
                    end = _expanded(value)  # (the span's end, read with its start below; else a note)
                    ended = f"{written}: {value}"
                else:  # ("Ending: I remain ever your affectionate friend": a letter's closing words)
                    entry.notes.append(f"{written}: {value}")
            elif field == "date" and (span := _SPAN_VALUE.match(value)) and "date" not in values:
                value = span["a"] if span["a"] == (span["b"] or span["a"]) else f"{span['a']}-{span['b']}"
                values["date"] = (value, line.number)  # (a catalogue's "Production date" / "From: 1788 To: 1893")
            elif field in {"shelfmark"}:
                entry.idnos.append(("shelfmark", value))
                described = described or (value, line.number)
            elif field == "note" and _key(written) in _SPAN_LABELS and value and "date" not in values:
                values["date"] = (value, line.number)
                spans.add(line.number)  # (a German unit's "Laufzeit": its date, where no other field gives one)
            elif field == "note":
                if value:  # (not an empty RIS tag)
                    entry.notes.append(f"{written}: {value}")
                    listed = len(entry.notes) - 1 if _key(written) in _LISTS else None
            elif field == "recipient" and _SEE_LIST.match(value):
                entry.notes.append(f"{written}: {value}")  # "To: Distribution (below)": its names on the list's line
            elif field == "recipient" and not value:
                pass  # (a cc line of the file's copy alone)
            elif field == "date" and "date" in values:
                entry.notes.append(f"{written}: {value}")  # (a second date field: "Date free text", then "Production date")
            elif field in values:
                values[field] = (f"{values[field][0]}; {value}", values[field][1])
            else:
                values[field] = (value, line.number)
        for line in heading:
            number = _NUMBER_HEADING.match(line.text)
            if number and "number" not in values:
                values["number"] = (number.group("n") or number.group("bare"), line.number)
        titles = [line for line in heading if not _NUMBER_HEADING.match(line.text)]
        if len(titles) > 1 and _REFERENCE_LINE.fullmatch(titles[-1].text.strip()):
            entry.idnos.append(("shelfmark", titles.pop().text.strip()))
        if titles and "title" in values and _UNIT_REFERENCE.fullmatch(titles[0].text.strip()):
            entry.idnos.append(("shelfmark", titles.pop(0).text.strip()))  # "NLA BU 41 N Nr. 4" over "Titel" / …
        for line in titles:  # "Leipzig, 12.03.1851" under the heading: the place and date, unlabelled
            found = dateline(line.text, listing.day_first) if "date" not in values else None
            parts = [p.strip() for p in line.text.split(",")]
            if not found and len(titles) > 1 and "date" not in values and UNDATED.match(parts[-1]):
                found = (None if NO_PLACE.fullmatch(parts[0]) else ", ".join(parts[:-1]) or None, parts[-1], None)
            if found and len(titles) > 1:
                place, written, _ = found
                values["date"] = (written, line.number)
                if place and "place" not in values:
                    values["place"] = (place, line.number)
                titles = [t for t in titles if t is not line]
                break
        if "year" in values:  # (RIS: the year, where the record gives no whole date)
            values.setdefault("date", values.pop("year"))
        if "record type" in values:  # (RIS: the kind of record, where it does not say what kind of letter)
            kind = values.pop("record type")
            if kind[0] not in {"letter", "email"} and "recipient" not in values and "sender" in values:
                values["author"] = values.pop("sender")  # (a photograph's maker, no sender: TY ART)
            values.setdefault("type", kind)
        elif "type" in values and "recipient" not in values and "sender" in values \
                and doctypes.describe(values["type"][0]) is None \
                and not (_key(values["type"][0]) in _TEXT_TYPES and any(doctypes.find(line.text) for line in titles)) \
                and not any(role.lower() in _RECIPIENT_ROLES for _, role in _PEOPLE.findall(values.get("people", ("",))[0])):
            values["author"] = values.pop("sender")  # ("Object name: photograph", "Maker: X": its maker, no sender)
        if "date" in values:
            text, number = values["date"]
            text = _expanded(text)
            start = parse_date(text, listing.day_first) if end and end != text else None
            last = parse_date(end, listing.day_first) if start is not None else None
            spanned = start is not None and last is not None and start.when and last.when \
                and not (start.cert or start.precision) and start.when < last.when
            if not spanned and end and end != text:
                entry.notes.append(ended)
            entry.date = parse_date(text, listing.day_first) if not spanned else \
                replace(start, text=f"{text} – {end}", when=None, from_=start.when, to=last.when)
            #           (a day, a month or a year, then the span's end; not "1850-1855" again, nor a doubtful start,
            #            "[1833?]", whose doubt would go)
            if entry.date is None and listing.span and (short := short_year_date(text, listing.span, listing.day_first)) \
                    and short[0] == 0:
                entry.date = short[2]  # ("Date: 14.3.68" in a file of 1968-2003)
            if entry.date is None and (found := dateline(text, listing.day_first)) and found[0] and found[2]:
                place, text, entry.date = found  # "Datierung: Berlin, 14.02.1853": the place, then the date
                if "place" not in values:
                    values["place"] = (place, number)
            elif entry.date is None and (found := find_date(text, 0, listing.day_first)) and found[0] == 0 \
                    and found[2] is not None and _PLACE_AFTER_DATE.fullmatch(text[found[1]:]):
                place = text[found[1]:].strip(" .,;")  # "Fecha: 1796, junio 26. Cádiz": the date, then the place
                text, entry.date = text[:found[1]], found[2]
                if "place" not in values and not NO_PLACE.fullmatch(place):
                    values["place"] = (place, number)
            entry.date_text, entry.date_line = text, number  # (one that cannot be read: the run reports it)
        else:
            entry.flags.append("no date field in this record")
        people = values.pop("people", ("", 0))[0]
        for person, role in _PEOPLE.findall(people) + _roles_after(people):  # "X (addressee); Y (author)"
            field = "recipient" if role.lower() in _RECIPIENT_ROLES else "sender" if role.lower() in _SENDER_ROLES else None
            person = person.strip()
            if field and (field not in values or UNKNOWN.match(values[field][0].strip())):  # ("Maker: Unknown")
                values[field] = (person, 0)
            elif field and not set(re.split(r"[,;\s]+", person)) <= set(re.split(r"[,;\s]+", values[field][0])):
                values[field] = (f"{values[field][0]}; {person}", values[field][1])  # (not "Varley, Fanny" again)
        for field in ("sender", "recipient", "author"):
            if field in values and values[field][0]:
                value = values[field][0]
                if len(_ADDRESS.findall(value)) > 1:  # "A <a@x>, B <b@y>": two parties (not "Surname, Given")
                    value = "; ".join(m["name"].strip() for m in _ADDRESS.finditer(value))
                if _AUTHORITY_ID.search(value):  # "Vogler, Ernst (1807-1884) [GND: 1101473559]": the id the
                    for person in re.split(r"\s*;\s*", value):  # catalogue gives him, not part of his name
                        if found := _AUTHORITY_ID.search(person):
                            entry.authority_ids.append((names(_AUTHORITY_ID.sub("", person)), found["type"].upper(),
                                                        found["id"].upper()))
                    value = _AUTHORITY_ID.sub("", value)
                entry.fields[field] = names(_ADDRESS.sub(r"\g<name>", value))
        for field in ("place", "number", "type"):
            if field in values and values[field][0].strip("-–—? ") \
                    and not (field == "place" and NO_PLACE.fullmatch(values[field][0].strip())):  # ("Verzendplaats: -", "Place Written: s.l.")
                entry.fields[field] = values[field][0].strip(" .") if field != "type" else values[field][0]
        if "title" in values:
            entry.title, entry.title_line = values["title"]
            for line in titles:  # a heading the labelled title overrides: reported, so the reader checks it
                if line.text != entry.title:
                    unused(listing, line, "a line above the record, not its title")  # (not a blank one)
            inverted = _INVERTED_TITLE.match(entry.title)
            if inverted and not entry.fields.keys() & _PARTIES:  # "Letter from Ellwood, Margaret, 1799-1861, to …"
                entry.fields["sender"], entry.fields["recipient"] = (names(inverted.group(g)) for g in ("s", "r"))
        elif titles and "date" not in values and titles[0].kind == "date+text" and titles[0].numbering:
            # a Regest's heading over its labelled lines: "Nr. 1  1832 März 8, Pfeilbrück. — A an B." (its
            # number, date and place, then the parties)
            head = titles[0]
            rest = " ".join([head.rest, *(line.text for line in titles[1:])]).lstrip("—– ")
            if head.place:
                entry.fields["place"] = head.place
            if (placed := _PLACE_DASHED.match(rest)) and place_alone(placed["place"]):
                entry.fields["place"], rest = placed["place"].strip(" ."), placed["rest"]
            entry.title, entry.title_line = rest, head.number
            entry.date, entry.date_text, entry.date_line = head.date, head.date_text, head.number
            entry.fields["number"] = head.numbering
            if "no date field in this record" in entry.flags:
                entry.flags.remove("no date field in this record")
        elif titles:
            entry.title, entry.title_line = " ".join(line.text for line in titles), titles[0].number
            if described and (own := _described(described[0], entry.title)):
                # a page's code over its fields ("ÞHtilGÞ-61-02-02"), the shelfmark's field describing the letter
                # ("Handrit: ÞÍ.E10:13/02.02.1861 Bréf Þorvaldar Hjaltasonar"): the description its title, the code a note
                entry.notes.append(f"Heading: {entry.title}")
                entry.title, entry.title_line = own, described[1]
        elif entry.fields.keys() & _PARTIES or not summary:
            entry.title, entry.title_line = made_title(entry.fields, "Record"), block[0].number
            entry.title_made = True
        else:  # only a description names the letter ("Letter from A to B: news from Paris.")
            text = " ".join(t for _, t in summary)
            entry.title, entry.title_line = text[:first_sentence(text)].strip(), summary[0][0]
            writer = entry.title.rstrip(". ").split(", ")[0]
            if _writer_first(writer) and (sentence := letter_sentence(text[len(entry.title):].strip())) \
                    and not doctypes.find(entry.title) and not (read := parse_title(sentence)).senders and read.recipients:
                # "M.R. VAN HEERDEN, VELDKORNET, SCHOONGEZICHT. BRIEF AAN STAATSEKRETARIS INSAKE …": the writer (by his
                # initials or a given name; his calling, his place after him), then his letter (as NAAIRS describes
                # one): the writer its sender, the letter's sentence its title
                entry.fields["sender"], entry.title = writer, sentence
        if ("date" not in values or entry.date is not None and "title" not in values) and entry.title and not entry.title_made \
                and (found := find_date(entry.title, 0, listing.day_first)) and found[2] is not None \
                and ("date" not in values or _within(found[2], entry.date)) \
                and (found[1] >= len(_SUBTITLE.sub("", entry.title).rstrip(" .)]")) - 1
                     or _TYPE_LEAD.fullmatch(entry.title[:found[0]]) and re.match(r"\.?,", entry.title[found[1]:])
                     or _NUMBER_LEAD.fullmatch(entry.title[:found[0]])):
            # no date field: the title's own, at its end ("Title: Letter (holograph), 1824 March 27") or
            # after what it is ("Autograph letter signed, 1880 November 27, Farnhurst, to X", "[Letter] 1820
            # Apr 13, Dublin, to X") or after the record's number ("Doc. 001   18/01/1968   Memo")
            if "date" in values:  # (the field's year or month, the title's day: "1901", "1901. gadā, ne vēlāk par 5. janvāri")
                entry.notes.append(f"{values['date'][0]}: the date field's reading, the title's the closer")
            else:
                entry.flags.remove("no date field in this record")
            entry.date, entry.date_text, entry.date_line = found[2], entry.title[found[0]:found[1]], entry.title_line
        elif "date" not in values and entry.title and not entry.title_made and listing.span \
                and (short := short_year_date(entry.title, listing.span, listing.day_first)) \
                and _NUMBER_LEAD.fullmatch(entry.title[:short[0]]):  # "Doc. 002   31.1.69   Letter" (1968-2003)
            entry.date, entry.date_text, entry.date_line = short[2], entry.title[short[0]:short[1]], entry.title_line
            entry.flags.remove("no date field in this record")
        if summary:
            set_summary(entry, [summary[:1], summary[1:]] if subject == summary[0][0] else [summary])
        if "title" in values and not entry.fields.keys() & {"sender", "recipient", "author"} and entry.summary \
                and (person := heading_person(entry.title)) and (sentence := letter_sentence(entry.summary[0])):
            # a collection's record titled by its writer ("Bartels, Caspar August, Hofrat in X"), the letter
            # described below ("Brief an den Grafen X: Dank …"): the person is the side the description leaves out
            read = parse_title(sentence)
            if not read.senders and (read.recipients or read.shape in _TO_SHAPES):
                entry.fields["sender"] = person
            elif read.senders and not read.recipients:
                entry.fields["recipient"] = person
        level = next((note.split(":", 1)[1].strip() for note in entry.notes
                      if _key(note.split(":", 1)[0]) in _LEVEL_LABELS and note.split(":", 1)[1].strip().lower() in _GROUP_LEVELS), None)
        if level is not None and not _years_apart(entry.date) and _one_letter(entry):
            level = None  # (a single letter catalogued as a collection of its own: "Letter from X to Y", one day)
        spanned = values.get("date", ("", 0))[1] in spans and _years_apart(entry.date) \
            and not entry.fields.keys() & {"sender", "recipient", "people", "author"} and not parse_title(entry.title).names() \
            and not (entry.summary and letter_sentence(entry.summary[0]))
        if level is not None or spanned or "title" in values and _no_letter(entry):
            why = f"a record of a {level.lower()}, not of a letter (its letters have records of their own)" if level else \
                f"a record of a collection or a file ({entry.date_text}), not of a letter: no party named" if spanned else \
                "a record of a document that is no letter (its title names no parties and no kind of letter)"
            said = {u.line for u in listing.unused[-len(block):]}  # (a line among its fields reported already)
            for line in block:
                if line.kind != "blank" and line.number not in said:
                    unused(listing, line, why)
            return _group_record(level, entry, block[0].number) if level else None
        listing.entries.append(entry)
        return None


# A heading over a group of records in an archive's outline, naming the side of the letters under it that
# the records do not repeat: "2 Briefe an den Kanzler Justus Adolph Wehrhahn (1731-1802)", "3 Briefkonzepte
# des Hofpredigers Ernst Ludwig Seebohm", "Letters to Tom Hale"; or another numbered heading of the outline,
# which ends the group above it at its level or a higher one ("1.2 Briefschreiber E - H", "4 Schreiben von Ämtern").
_OUTLINE = re.compile(r"^(?P<n>\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?=[A-ZÄÖÜ])(?P<rest>.{3,100})$")
_GROUP_SIDE = re.compile(r"^(?:\d+\s+)?(?:Briefe|Briefkonzepte|Konzepte|Schreiben|Briefabschriften|Letters|Drafts|Copies of letters|"
                         r"Lettres|Cartas|Brieven)\s+(?P<way>an|to|à|aan|von|from|of|des|der|de|van)\s+(?P<who>[^:;]{3,80}?)"
                         r"\s*(?:\(\s*\d{3,4}\s*[-–]\s*\d{3,4}\s*\))?\.?$")
_GROUP_TO = {"an", "to", "à", "aan"}
GROUP_HEADING_EXAMPLES = (("2 Briefe an den Kanzler Justus Adolph Wehrhahn (1731-1802)", ("recipient", "Justus Adolph Wehrhahn", 1)),
                          ("3 Briefkonzepte des Hofpredigers Ernst Ludwig Seebohm", ("sender", "Ernst Ludwig Seebohm", 1)),
                          ("Letters to Tom Hale", ("recipient", "Tom Hale", 1)), ("1.2 Briefschreiber E - H", (None, None, 2)),
                          ("4 Schreiben von Ämtern und Behörden (Neuverzeichnung 2016)", (None, None, 1)),
                          ("Letter from Ann Hale to Tom Hale, 3 May 1850", None), ("Die Briefe stammen aus dem Nachlass.", None))


# A heading between records that names no side: a few words, capitalised, no date, no stop at its end
_SECTION_HEADING = re.compile(r"[A-ZÀ-Þ][^\d:.;|]{2,60}(?<![.:])")


def group_heading(text: str) -> tuple[str | None, str | None, int] | None:
    """(side, name, level) of a heading over a group of records: the side its letters' person is on
    and who, or (None, None, level) for an outline's heading naming no one; None for other lines."""
    text = " ".join(text.split())
    outline = _OUTLINE.match(text)
    level = outline["n"].count(".") + 1 if outline else 1
    rest = outline["rest"] if outline else text
    if (side := _GROUP_SIDE.match(rest)) is not None:
        who = side["who"]
        if side["way"] in {"des", "der"}:
            who = german_nominative(who) or who
        parsed = parse_party_list(re.sub(r"^(?:den|dem|die|the)\s+", "", who))
        if parsed and len(parsed.names) == 1 and parsed.names[0].kind == "person" and len(parsed.names[0].written.split()) >= 2:
            name = parsed.names[0]
            return ("recipient" if side["way"] in _GROUP_TO else "sender"), name.identified or name.written, level
    if outline and len(rest.split()) <= 10 and not rest.endswith(".") and parse_date(rest) is None:
        return None, None, level
    return None


def _one_letter(entry: Entry) -> bool:
    """Whether a record's title names one letter and both its sides ("Letter from X to Y"), not a group
    ("Letters of X to his mother", "Correspondence of X")."""
    first = entry.title.split()[0].lower() if entry.title.split() else ""
    read = parse_title(entry.title) if not entry.title_made else None
    return first not in {"letters", "correspondence", "papers", "briefe", "lettres", "cartas", "brieven"} \
        and (bool(entry.fields.keys() & {"sender", "recipient"}) or read is not None and bool(read.senders and read.recipients))


def _years_apart(date: DateValue | None) -> bool:
    """Whether a date runs from one year to another, years only ("1702-1889"), as a collection's or a
    file's span does (not a decade, "1820er Jahre", nor a letter's days, "1790 Dez. 30 - 1791 Jan. 2")."""
    return date is not None and bool(date.from_ and date.to) and len(date.from_) == len(date.to) == 4 and date.to > date.from_


_LEVEL_DEPTH = {"collection": 1, "fonds": 1, "colección": 1, "coleção": 1, "bestand": 1, "sammlung": 1, "fondo": 1,
                "record group": 1, "department": 1, "sub-fonds": 2, "subfonds": 2, "sous-fonds": 2, "subfondo": 2, "teilbestand": 2,
                "division": 2, "sub-series": 4, "subseries": 4, "sous-série": 4, "subserie": 4}  # (a series: 3)


def _group_record(level: str, entry: Entry, first: int) -> tuple[int, str | None, str | None, int]:
    """A group's record as a heading over the records after it: the one side its title names
    ("Estate correspondence: letters to John Warboys, steward": to him), or none."""
    depth = _LEVEL_DEPTH.get(level.lower(), 3)
    title = entry.title.split(": ", 1)[-1] if not entry.title_made else ""
    read = parse_title(title) if title else None
    if read is not None and bool(read.senders) != bool(read.recipients):
        named = read.senders or read.recipients
        if len(named) == 1 and named[0].kind == "person":
            return first, "sender" if read.senders else "recipient", named[0].identified or named[0].written, depth
    if read is not None and not read.names() and (side := _SERIES_SIDE.match(title)) \
            and (who := parse_party_list(side["who"])) and len(who.names) == 1 and who.names[0].kind == "person":
        # "Letters to Hannah Tapsell from relatives and friends": to her (from no one named)
        way = (side["way"] or side["to"]).lower()  # ("Correspondence of X": both ways, no side)
        return first, "recipient" if way == "to" else "sender", who.names[0].identified or who.names[0].written, depth
    return first, None, None, depth


_SERIES_SIDE = re.compile(r"^(?:(?:letters|drafts|copies of letters)\s+(?P<way>to|from|of)|correspondence\s+(?P<to>to|from))\s+"
                          r"(?P<who>[A-Z][\w.'’ -]{2,60}?)(?=\s+(?:from|to|while|by|during|about|concerning|re)\b|,|\s*$)",
                          re.IGNORECASE)


def _grouped(entries: Sequence[Entry], groups: Sequence[tuple[int, str | None, str | None, int]]) -> None:
    """The side a group's heading names given to its records that do not name it: a record titled by
    a person ("Ditfurth, Anton von" under "Briefe an X": from Anton von Ditfurth to X), or one titled
    by the other side ("An Y" under "Briefkonzepte des X": X its writer)."""
    if not any(name for _, _, name, _ in groups):
        return
    active: list[tuple[int, str | None, str | None, int]] = []
    at = 0
    for entry in entries:
        while at < len(groups) and groups[at][0] < entry.first_line:
            level = groups[at][3]
            active = [g for g in active if g[3] < level] + [groups[at]]
            at += 1
        named = [g for g in active if g[2]]
        if not named:
            continue
        _, side, name, _ = named[-1]
        other = "recipient" if side == "sender" else "sender"
        if not entry.fields.keys() & _PARTIES:
            person = heading_person(entry.title) if not entry.title_made else None
            if person:
                entry.fields[side], entry.fields[other] = name, person
            elif not _side_named(entry, side):  # ("An Y" under "Briefkonzepte des X": from X)
                entry.fields[side] = name
        elif other in entry.fields and side not in entry.fields and not _side_named(entry, side):
            entry.fields[side] = name


def _side_named(entry: Entry, side: str) -> bool:
    """Whether the record's title or its description's letter names that side, by name or by a relation
    ("Letter from X to his father", "Letter to his sister Ann": not the group's person)."""
    for text in (entry.title if not entry.title_made else "", letter_sentence(entry.summary[0]) if entry.summary else None):
        if text and ((read := parse_title(text)) and getattr(read, f"{side}s")
                     or any(p.startswith(f"the {side} ") and "relation" in p for p in read.problems)):
            return True
    return False


# A record's title that is a person's name as an index writes it: "Bartels, Caspar August, Hofrat in
# Sachsenhagen", "Beckhaus, Heinrich Philipp (1712-1776)", "Duensing, Charlotte geb. Beckhaus", a couple
# "Ahlbrecht, Dietrich August und Luise, Eheleute in Wunstorf", "Ditfurth, Anton von", "Hale, Ann, 1790-1861"
_GIVEN_WORDS = r"[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|von|van|de|zu|von der|van der))*"
_PERSON_HEADING = re.compile(
    r"^(?P<surname>(?:(?:von|van|de|du|zu|von der|van der|van den)\s+)?[A-ZÀ-Þ][\w'’-]+(?:[\s-][A-ZÀ-Þ][\w'’-]+)?),\s+"
    rf"(?P<given>{_GIVEN_WORDS}(?:\s+(?:und|and|et|u\.)\s+{_GIVEN_WORDS})?)"
    r"(?P<maiden>\s*,?\s+(?:geb\.|geborene|née|born)\s+[A-ZÀ-Þ][\w'’-]+)?"
    r"(?P<life>\s*,?\s*\(?(?:\d{3,4}\??\s*[-–]\s*(?:\d{3,4})?\??|[-–]\s*\d{3,4})\)?)?"
    r"(?P<rest>,\s+[^,;:]{2,60})?\.?$")
PERSON_HEADING_EXAMPLES = (("Bartels, Caspar August, Hofrat in Sachsenhagen", "Caspar August Bartels"),
                           ("Beckhaus, Heinrich Philipp (1712-1776), Hofrat in Bückeburg", "Heinrich Philipp Beckhaus"),
                           ("Ahlbrecht, Dietrich August und Luise, Eheleute in Wunstorf", "Dietrich August Ahlbrecht; Luise Ahlbrecht"),
                           ("Duensing, Charlotte geb. Beckhaus (1744-1828)", "Charlotte Duensing geb. Beckhaus"),
                           ("Hale, Ann, 1790-1861", "Ann Hale"), ("Ditfurth, Anton von", "Anton von Ditfurth"),
                           ("Letter from Ann Hale to Tom Hale", None), ("Rechnungen, Quittungen und Belege", None),
                           ("Correspondence, 1850-1860", None), ("Hale family, papers", None))


def heading_person(title: str) -> str | None:
    """The person (or the couple, "; " between them) a record's title names as an index does, in
    reading order; None for another title (one that names a letter, a file, a subject)."""
    m = _PERSON_HEADING.match(" ".join(title.split()))
    if m is None or doctypes.find(title[:40]) is not None or parse_title(title).names():
        return None
    surname, maiden = m["surname"], (m["maiden"] or "").strip(" ,")
    given = re.split(r"\s+(?:und|and|et|u\.)\s+", m["given"])
    if not (m["life"] or m["maiden"] or m["rest"] or any(g.split()[0] in GIVEN_NAMES or re.fullmatch(r"[A-Z]\.", g.split()[0])
                                                         for g in given)):
        return None  # (a name, its life dates, a calling or a given name the tables know: not "Rechnungen, Quittungen")
    if any(w.lower() in _OTHER_DOCUMENTS or w.lower() in _NOT_GIVEN for g in given for w in g.split()) \
            or surname.lower() in _OTHER_DOCUMENTS:
        return None
    people = []
    for words in given:
        particle = re.search(r"\s+(von|van|de|zu|von der|van der)$", words)
        if particle:
            words, surname_here = words[:particle.start()], f"{particle[1]} {surname}"
        else:
            surname_here = surname
        people.append(" ".join([words, surname_here, maiden]).strip())
    return "; ".join(people)


# Words a list of files is titled with, after a comma, that are no given names
_NOT_GIVEN = {"papers", "correspondence", "letters", "family", "briefe", "korrespondenz", "nachlass", "akten", "various",
              "verschiedene", "miscellaneous", "general", "allgemein"}
_TO_SHAPES = {"to", "to-pl"}


# A record's level of description that holds many documents ("Level: Series", "Nivel de descripción: Fondo"):
# a group's record, no letter (an item, a piece or a file may be one)
_LEVEL_LABELS = {"level", "level of description", "nivel de descripción", "nivel descripción", "niveau de description",
                 "nível de descrição", "verzeichnungsstufe", "stufe"}
_GROUP_LEVELS = {"collection", "fonds", "sub-fonds", "subfonds", "series", "sub-series", "subseries", "record group",
                 "department", "division", "fondo", "subfondo", "serie", "subserie", "colección", "coleção", "série",
                 "sous-série", "sous-fonds", "bestand", "serie", "teilbestand", "sammlung"}


# The words a catalogue's title opens with for documents that are no letters (a record titled otherwise,
# "Margaret Ellwood", "Comunicación del alcalde al gobernador", may be a letter whose parties are not read)
_OTHER_DOCUMENTS = frozenset("""relación relacion acta actas estado lista listado inventario cuenta cuentas recibo
    expediente padrón padron censo mapa plano fotografía fotografia escritura testamento registro libro diario
    photograph photographs map plan account accounts receipt receipts list inventory minutes deed will ledger diary
    register procès-verbal état liste inventaire compte reçu carte photographie testament registre""".split())


def _no_letter(entry: Entry) -> bool:
    """Whether a labelled record describes another kind of document, as a catalogue's search results mix
    them with the letters ("Relación de los presos existentes en la cárcel", "Acta de la sesión"): no field
    names a party, and neither its title nor its description's first sentence names one or a kind of letter."""
    first = entry.title.split()[0].lower().strip(".,:;") if entry.title.split() else ""
    if first not in _OTHER_DOCUMENTS or entry.fields.keys() & {"sender", "recipient", "people", "author"} \
            or doctypes.find(entry.title[:60]):
        return False
    read = parse_title(entry.title)
    if read.senders or read.recipients or read.date is not None:
        return False
    described = entry.summary[0] if entry.summary else ""
    return not (doctypes.find(described[:40]) or parse_title(described[:first_sentence(described)]).senders)


# What a record's title says the item is, before its date: "Autograph letter signed, ", "Letter (holograph), "
# (one comma: not "Letter from Ellwood, Margaret, 1799-1861", a name's life dates).
# An archive's levels of description, a column of its search page: no place
_LEVELS = {"item", "file", "piece", "series", "subseries", "sub-series", "fonds", "sub-fonds", "collection", "volume"}
_PLACE_DASHED = re.compile(r"^(?P<place>[^—–]{2,40}?)\.?\s+[—–]\s+(?P<rest>\S.*)$")  # "Pfeilbrück. — A an B."
_SEE_LIST = re.compile(r"^(?:see\s+)?(?:distribution|circulation)(?:\s+list)?(?:\s*\((?:below|overleaf|attached)\))?\.?$",
                       re.IGNORECASE)
_FILE_COPY = {"file", "files", "file copy", "registry", "office copy", "chron file"}  # (a cc line's copies kept)
_NUMBER_LEAD = re.compile(r"(?:[A-Za-z]{1,10}\.?\s*)?\d{1,5}[A-Za-z]?[.:]?\s+")  # ("Doc. 001 ", "Item 12. ")
_TYPE_LEAD = re.compile(r"[^,\d]{3,40},\s*|\[[^,\d\]]{3,30}\]\s*")  # (or in a cataloguer's brackets: "[Letter] 1820 Apr 13, …")
# A title that names its parties as catalogues index them: "Letter from Ellwood, Margaret, 1799-1861,
# to Hollins, Thomas" (each side "Surname, Given[, dates]", so its commas separate no parties).
_INDEXED = r"[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?,\s+[A-ZÀ-Þ][\w'’.-]*(?:\s+[\w'’.-]+){0,3}?(?:,\s*\d{3,4}\??\s*-\s*(?:\d{3,4})?\??)?"
_INVERTED_TITLE = re.compile(rf"^(?:(?:letter|brief|lettre|copy of letter)\s+)?(?:from|von|de)\s+(?P<s>{_INDEXED}),?\s+"
                             rf"(?:to|an|à)\s+(?P<r>{_INDEXED})\.?$", re.IGNORECASE)


# A search page may give some results on one line among its full records: "2. Weekley aan
# Wttenbroeck, Harwick, vóór 1646", "Berg, Anna → Lind, Karl | Leipzig | 1850-05-03" (the
# parties, then cells for the place and the date). An arrow's sides are names as indexes write them.
ONE_LINE_EXAMPLES = ("2. Weekley aan Wttenbroeck, Harwick, vóór 1646", "Berg, Anna → Lind, Karl | Leipzig | 1850-05-03",
                     "Letter from Anna Berg to Karl Lind, 3 May 1850")


def _one_line(line: Line, listing: Listing) -> Entry | None:
    """A line between records as a letter of its own where it is one: it names its parties and
    ends in a date (or says it has none)."""
    if line.kind in {"blank", "separator", "boilerplate", "long"} or RECORD_NOISE.match(line.text):
        return None
    number = NUMBERING.match(line.text)
    text = line.text[number.end():].strip() if number else line.text.strip()
    cells = [c.strip() for c in text.strip(" |").split("|")] if text.count("|") >= 2 else [text]
    shelfmark = None
    if len(cells) == 1 and text.count("\t") >= 2:
        # a search page's table pasted among the records: "D/WI 3/6/1<TAB>Letter from A to B<TAB>24 Aug
        # 1789<TAB>Item" (its reference first, then the title, its date, its level)
        cells = [c.strip() for c in text.split("\t") if c.strip()]
        at = next((k for k, c in enumerate(cells) if opens_with_parties(c) or doctypes.find(c)), None)
        if at is None:
            return None
        if at and re.search(r"\d", cells[0]) and len(cells[0]) <= 40:
            shelfmark = cells[0]
        cells = [cells[at], *(c for k, c in enumerate(cells) if k != at and (k or shelfmark is None)
                              and (parse_date(c, listing.day_first) or UNDATED.match(c)
                                   or place_alone(c) and c.lower() not in _LEVELS))]
    title, other = cells[0], cells[1:]
    date_text = next((c for c in reversed(other) if parse_date(c, listing.day_first) or UNDATED.match(c)), "")
    arrow = ARROW.split(title)
    if len(arrow) != 2 and not (opens_with_parties(title) or (parsed := parse_title(title)).senders or parsed.recipients):
        return None
    if not other:
        found = find_date(title, 0, listing.day_first)
        if found and found[1] >= len(title.rstrip(" .)]")) - 1:
            date_text = title[found[0]:found[1]]
        elif (undated := UNDATED_AT_END.search(title)) is not None:
            date_text = undated.group(0).strip(" ,.")
        else:
            return None
    elif not date_text:
        return None
    entry = Entry(source=listing.source, first_line=line.number, last_line=line.number, date_text=date_text,
                  date_line=line.number, date=parse_date(date_text, listing.day_first), title=title,
                  title_line=line.number)
    if len(arrow) == 2:
        entry.fields["sender"], entry.fields["recipient"] = names(arrow[0]), names(arrow[1])
    place = [c for c in other if c != date_text and c.strip("-– ")]
    if place:
        entry.fields["place"] = place[0]
    if number:
        entry.fields["number"] = number.group("n")
    if shelfmark:
        entry.idnos.append(("shelfmark", shelfmark))
    return entry


def _numbered_items(lines: Sequence[Line], marks: Sequence[Mark], used: set[int]) -> list[tuple[int, int]]:
    """(start, end) of the paragraphs outside the records that are a numbered item of a letter
    ("342. Carta de X a Y, …" over "[1796]. S.l."): a catalogue that mixes the two."""
    from .inventories import letter_item  # (the inventories read records' labels: imported here)
    found = []
    later = Counter(line.text.strip() for line in lines if line.kind != "blank")
    i = 0
    while i < len(lines):
        if i in used or lines[i].kind in {"blank", "separator"} \
                or (i and lines[i - 1].kind not in {"blank", "separator"} and i - 1 not in used):
            i += 1
            continue
        end = i
        while end < len(lines) and lines[end].kind not in {"blank", "separator"} and end not in used \
                and marks[end] is None:
            end += 1
        if end > i and letter_item(lines[i:end]) and not (end - i >= 2 and sum(later[line.text.strip()] > 1
                                                                              for line in lines[i:end]) >= 2):
            found.append((i, end))  # (not the file's outline, its lines the headings of its parts further down)
        i = max(end, i + 1)
    return found


# A search page's result: its headline ("To N. B. Kettering   [before 30 April 1846]"), blank, the
# summary's paragraphs, then the labelled fields of the same letter (Author:, Addressee:, Date: …).
# (tests/listings/records-project-search)
_HEADLINE_REACH = 12  # (summary lines at most between a headline and its record's fields)


def _headline_above(lines: Sequence[Line], marks: Sequence[Mark], i: int, j: int, floor: int,
                    listing: Listing) -> int | None:
    """The index of the headline of the record at ``i``..``j`` above its summary, or None: a
    line that ends in the date the fields give, or reads as a letter of its own (_one_line)
    naming someone the fields name, with only blank lines and unlabelled paragraphs between it
    and the fields (else it is a letter of its own, or the page's heading)."""
    k, head = i - 1, None
    while k >= floor and i - k <= 2 * _HEADLINE_REACH:
        line = lines[k]
        if marks[k] is not None or RECORD_NOISE.match(line.text) or line.text.startswith(("…", "•", "·", "*", "-")):
            return None
        if line.kind in {"heading", "date+text", "date"} or line.kind == "text" and (_one_line(line, listing) or (
                (end := find_date(line.text, 0, listing.day_first)) and end[1] >= len(_SUBTITLE.sub("", line.text).rstrip(" .)]")) - 1)):
            head = line
            break
        if line.kind not in {"blank", "text", "long"}:
            return None
        k -= 1
    if head is None or lines[k + 1].kind != "blank":
        return None  # (a heading right on the record is _records' own)
    written = next((m[2] for m in marks[i:j] if m and m[0] == "date"), None)
    date = parse_date(written, listing.day_first) if written else None
    found = find_date(head.text, 0, listing.day_first)
    if date is not None and found and found[2] and (_bounds(found[2]) == _bounds(date) or _within(found[2], date)) \
            and found[1] >= len(_SUBTITLE.sub("", head.text).rstrip(" .)]")) - 1 \
            or date is None and UNDATED_AT_END.search(_SUBTITLE.sub("", head.text)):
        return k  # ("To ?   3 June [1880 or later]" over "Date: 3 June [1880 or later]")
    if found and found[2] is not None and date is not None:
        return None  # (dated otherwise than the fields: a letter of its own)
    sides = _stems(" ".join(m[2] for m in marks[i:j] if m and m[0] in _PARTIES))
    if found and found[2] is not None and found[1] >= len(_SUBTITLE.sub("", head.text).rstrip(" .)]")) - 1 \
            and sides & _stems(head.text[:found[0]]):
        return k  # (its date the only one: "Ezerleja vēstule Dzirkstelei, ap 1898. gadu" over "Autors: Ezerlejs, …")
    one = _one_line(head, listing)
    return k if one and sides & _stems(one.title) - {"From", "To"} else None


_CAPITALISED = re.compile(r"[A-ZÀ-ÞĀ-Ž][\w'’-]{2,}")
# A catalogue's subtitle after its title (" : teksts un komentāri", as ISBD sets it off)
_SUBTITLE = re.compile(r"\s+:\s+[^:]*$")


def _stems(text: str) -> set[str]:
    """The capitalised words of a text, cut to five letters: a name in any case ("Ezerleja"
    vēstule, "Ezerlejs, Miķelis") is the same name."""
    return {word[:5] for word in _CAPITALISED.findall(text)}


# A record's transcription under a line that says so ("Objekta teksts", "Transcription", "Volltext"), as an
# online edition's record page shows the letter: its lines are the letter's text (TEI body), up to two
# blank lines (the page's next record, or its pagination); a button over it ("Atvērt (XML)") is none of it.
_TEXT_HEAD = re.compile(r"^(?:objekta teksts|transcription|transkription|full text|volltext|texte intégral|text of the letter|"
                        r"letter text|trascrizione|transcripción|transcrição|transkriptsioon|transkripcija)\s*:?$", re.IGNORECASE)
_BUTTON = re.compile(r"^\[?(?:atvērt|open|öffnen|ouvrir|view|download|lejupielādēt|herunterladen|télécharger|show|rādīt)"
                     r"(?:\s*\(\w+\))?\]?$", re.IGNORECASE)


def _record_text(lines: Sequence[Line], head: int, stop: int, entry: Entry | None, listing: Listing) -> set[int]:
    """The indexes of the lines of a record's text (head: its "Objekta teksts" line, stop: the next
    record's first line), the text given to ``entry`` (None: the record is no letter's, its text reported)."""
    taken, paragraphs, current = {head}, [], []
    i = head + 1
    while i < stop and not (lines[i].kind == "blank" and i + 1 < stop and lines[i + 1].kind == "blank"):
        line = lines[i]
        taken.add(i)
        if line.kind == "blank":
            if current:
                paragraphs.append(current)
                current = []
        elif _BUTTON.match(line.text) or entry is None:
            unused(listing, line, "a button of the record's page" if entry is not None else "the text of a record that is no letter")
        else:
            current.append((line.number, line.text))
        i += 1
    if current:
        paragraphs.append(current)
    if entry is not None and paragraphs:
        entry.text = [" ".join(text for _, text in lines_of) for lines_of in paragraphs]
        entry.text_paragraphs = paragraphs
        entry.last_line = paragraphs[-1][-1][0]
    return taken


def _within(title: DateValue, field: DateValue) -> bool:
    """Whether a title's date is a closer reading of the field's year or month ("1901. gadā, ne
    vēlāk par 5. janvāri" in the title, "1901" in the field, as a catalogue's normalised date has it)."""
    coarse = field.when
    return bool(coarse) and len(coarse) in (4, 7) and not field.cert and _bounds(title) != _bounds(field) \
        and all(bound.startswith(coarse) for bound in _bounds(title) if bound)


def _bounds(date: DateValue) -> tuple[str | None, ...]:
    return date.when, date.not_before, date.not_after, date.from_, date.to  # (not how sure: "To ?   3 June")


def _dated_below(lines: Sequence[Line], marks: Sequence[Mark], j: int) -> bool:
    """Whether the lines from ``j`` to the next blank one have a title or a date label."""
    for line, mark in zip(lines[j:], marks[j:]):
        if line.kind == "blank":
            return False
        if _known(mark) in {"title", "date"}:
            return True
    return False


def _next_record(marks: Sequence[Mark], lines: Sequence[Line], j: int, seen: set[str]) -> bool:
    """Do the unlabelled lines from ``j`` (two at most) head the next record: is the first
    label after them one this record already has?"""
    for k in range(j, min(j + 3, len(lines))):
        if lines[k].kind == "blank":
            return False
        field = _known(marks[k])
        if field:
            return field in _KEY and field in seen
    return False


__all__ = ["LABELS", "LABEL_EXAMPLES", "RECORD_NOISE", "Records", "label"]
