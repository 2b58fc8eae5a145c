"""The documented vocabulary of document types (``term type="doctype" @key``).

Keys are stable; the word as written is kept as the term's text. Longer phrases are
tried first, so "Memorandum of Conversation" wins over "Memorandum".
"""

from __future__ import annotations

import functools
import re

from .dates import trie_pattern

# Lithuanian letter archives' words for a letter ("Laiškas X", "Y laiškas X"), a draft or copy of
# one, a postcard, a note, a greeting (titles.lithuanian_parties reads the titles they open)
LITHUANIAN_LETTER_WORDS = ("laiškas", "laiškai", "laiško juodraštis", "laiško nuorašas", "laiško kopija",
                           "laiško fragmentas", "laiškų juodraščiai", "laiškų nuorašai", "atvirlaiškis", "atvirukas",
                           "raštelis", "sveikinimas", "pasveikinimas", "vizitinė kortelė")

# Latvian: a letter, a postcard, a note, a telegram, a greeting, a draft or copy of a letter ("Ezerleja
# vēstule Dzirkstelei Rīgā"; titles.latvian_parties reads the titles they open)
LATVIAN_LETTER_WORDS = ("vēstule", "vēstules", "atklātne", "atklātnes", "zīmīte", "zīmītes", "telegramma", "telegrammas",
                        "apsveikums", "vizītkarte", "vēstules melnraksts", "vēstules noraksts", "vēstules kopija")

# Icelandic: a letter, a letter card, a postcard, a draft or copy of a letter ("Bréf frá A til B";
# titles.icelandic_parties reads the titles they open)
ICELANDIC_LETTER_WORDS = ("bréf", "sendibréf", "bréfspjald", "bréfkort", "póstkort", "uppkast að bréfi",
                          "afrit af bréfi", "bréfsuppkast", "bréfsefni")

# The types that open a Portuguese or Spanish archive's summaries ("CARTA do governador … ao rei …",
# "REQUERIMENTO de X ao rei …"; titles.iberian_parties reads them)
IBERIAN_TYPES = ("carta", "cartas", "ofício", "oficio", "officio", "requerimento", "representação", "representación",
                 "aviso", "consulta", "petição", "petición", "memorial", "informe", "informação", "exposição", "minuta",
                 "bilhete", "real cédula", "real cedula", "cédula", "carta régia", "provisão", "minuta de carta",
                 "copia de carta", "cópia de carta", "borrador de carta", "carta original", "telegrama", "carta circular",
                 "oficio circular", "circular", "esquela", "carta reservada", "carta confidencial",
                 "carta particular", "copia de oficio", "minuta de oficio", "duplicado de carta", "duplicado de oficio")

#: key → the words listings use for it (lower case).
VOCABULARY: dict[str, tuple[str, ...]] = {
    "letter": ("letter", "hand-delivered letter", "open letter", "circular", "circular letter", "réponse", "reply", "lettre", "lettera", "brief", "brieven", "briefes", "despatch", "dispatch", "schreiben", "schreibens",
               "briefentwurf", "briefkonzept", "briefabschrift",  # (Kalliope's: a draft, a copy of a letter)
               "postcard", "post card", "carte postale", "postkarte",
               # (cards and greetings a family's papers keep: "Shana tova card from A to B", "Rosh Hashanah
               # greeting from A to B", "Christmas card from A to B")
               "card", "greeting card", "greeting", "greetings", "llythyr", "llythyrau",  # (Welsh)
               "carta", "carta original", "cartas originales", "copia de carta", "borrador de carta", "minuta de carta",
               "duplicado de carta", "duplicado de oficio",
               "cartes", "còpia de carta", "esborrany de carta",  # (Catalan: "Cartes de X a Y", "Còpia de carta de X")
               "otra", "otro",  # (a Spanish catalogue's "another": "Otra del mismo", "Otra á la misma")
               # (Italian inventories' kinds of letter: "biglietto", "cartolina postale", "minuta di risposta")
               "biglietto", "cartolina", "cartolina postale", "cartolina illustrata", "minuta di risposta",
               "bilhete", "cartão", "cartão postal", "cartão de visita", "bilhete postal", "ofício", "officio", "oficio",
               "brev", "breve", "brevkort",  # (Spanish, Portuguese, Swedish, Danish)
               # (Estonian: a copy or draft of a letter, a postcard; not "kiri", a given name too ("Kiri Te Kanawa"),
               # nor "kirjad", which opens an introduction's sentences: titles.estonian_item reads them)
               "kirja ärakiri", "kirja kavand", "kirja koopia", "postkaart",
               # (a colonial archive's letters: "Superior oficio del Virrey X al Cabildo de Y", a short note, a
               # letter reporting)
               "superior oficio", "supeior oficio", "esquela", "carta-informe", "carta informe", "carta reservada",
               "letter and envelope", "letter with envelope", "letter; envelope", "letter and enclosure", "letter and enclosures",
               "letter with enclosure", "letter with enclosures", "letters and correspondence",
               # (a draft or copy of a letter, as French inventories say: not the minutes of a meeting)
               "minute d'une lettre", "minute d’une lettre", "copie d'une lettre", "copie d’une lettre",
               "brouillon d'une lettre", "brouillon d’une lettre", "minute de lettre", "minute de lettrc", "copie de lettre",
               "brouillon de lettre",
               # (OCR's readings of "Lettre" in printed French inventories: c for e, l for t)
               "lettrc", "letlre", "lcttre", "leltre", "lettrcs", "lcttres",
               # (Polish catalogues: "Odpis listu X do Y", "Listy (6) X do Y"; "list" alone is English too)
               "listy", "odpis listu", "brudnopis listu", "brulion listu", "kopia listu", "minuta listu", "koncept listu",
               *LITHUANIAN_LETTER_WORDS, *ICELANDIC_LETTER_WORDS, *LATVIAN_LETTER_WORDS),
    "cable": ("cable", "incoming cable", "outgoing cable"),
    "telegram": ("telegram", "ciphered telegram", "draft telegram", "telegramme", "telegramm", "telegrama", "telegramma", "símskeyti"),
    "memorandum": ("memorandum", "memo", "aide-mémoire", "aide-memoire"),
    "memorandum-of-conversation": ("memorandum of conversation", "memorandum of a conversation",
                                   "record of conversation", "record of a conversation",
                                   "record of the conversation", "minutes of conversation",
                                   "notes of conversation", "notes of a conversation",
                                   "notes of the conversation",
                                   "minutes of a conversation", "conversation record",
                                   "memcon"),
    "conversation": ("conversation", "discussion", "talk", "talks", "meeting"),
    "minutes": ("minutes", "meeting minutes", "protocol", "minute"),
    "report": ("report", "information", "informational report"),
    "note": ("note", "verbal note", "note verbale"),
    "notes": ("notes",),
    "instruction": ("instruction", "instructions"),
    "directive": ("directive",),
    "resolution": ("resolution",),
    "speech": ("speech",),
    "diary": ("diary", "journal entry", "journal"),
    "decree": ("decree",),
    "statement": ("statement", "official statement", "declaration", "communiqué", "communique"),
    "interview": ("interview",),
    # What calendars of state papers abstract besides letters ("Petition of A to the King").
    "petition": ("petition", "humble petition", "supplication", "bittschrift", "supplique", "representación",
                 "representacion", "memorial de"),
    "memorial": ("memorial", "mémoire", "denkschrift"),
    "warrant": ("warrant", "royal warrant", "sign manual warrant"),
    # (not "reçu": "des livres reçus à Kirchwald" is prose far more often than a receipt)
    "receipt": ("receipt", "quittung", "quittance"),
    "agreement": ("agreement", "contract", "deed", "treaty", "convention", "protocol of agreement"),
}

_FORMS = sorted(
    ((form, key) for key, forms in VOCABULARY.items() for form in forms),
    key=lambda item: -len(item[0]),
)
_PATTERN = re.compile(  # (a tree of the forms: each letter of a word tried once, not once a form)
    r"(?<![\w-])(" + trie_pattern(form for form, _ in _FORMS) + r")s?(?![\w-])"
    # (not a thing named after letters, as a museum's objects are: "letter opener", "letter rack", "card case")
    r"(?!\s+(?:openers?|racks?|scales?|knife|knives|clips?|box|boxes|cases?|holders?|weights?)\b)",
    re.IGNORECASE,
)
_KEY = {form: key for form, key in _FORMS}


@functools.lru_cache(maxsize=4096)  # the reader asks about one line several times in a row
def find(title: str) -> tuple[str, str, int, int] | None:
    """The first type word in a title: (key, word as written, start, end)."""
    m = _PATTERN.search(title)
    if not m:
        return None
    return _KEY[m.group(1).lower()], m.group(0), m.start(), m.end()


def opens_with_type(title: str) -> bool:
    """Whether a type word opens the title ("Odpis listu X do Y", "Brief van X")."""
    return _PATTERN.match(title) is not None


#: How dealers and catalogues describe a manuscript (abbreviations included) → the key of
#: VOCABULARY it is, or None for a document that is no letter. Longer forms are tried first;
#: the description is kept as written (term text). Examples: tests/test_families.py.
DESCRIPTIONS: dict[str, str | None] = {
    "autograph letter signed": "letter", "autographed letter signed": "letter", "autograph letter": "letter",
    "letter signed": "letter", "typed letter signed": "letter", "typewritten letter signed": "letter",
    "autograph postcard signed": "letter", "autograph note signed": "letter", "autograph card signed": "letter",
    "als": "letter", "a.l.s.": "letter", "alss": "letter", "a.l.": "letter", "ls": "letter", "l.s.": "letter",
    "tls": "letter", "t.l.s.": "letter", "ans": "letter", "a.n.s.": "letter", "apcs": "letter",
    # (a college archive's: a postcard, a typed letter unsigned, its carbon copy)
    "aps": "letter", "a.p.s.": "letter", "tl": "letter", "t.l.": "letter", "tl copy": "letter", "tls copy": "letter",
    "tl carbon": "letter", "ams": None, "a.ms.": None, "ts": None, "tms": None,
    "a.ls.s.": "letter", "a.ls.": "letter", "ls.s.": "letter", "t.ls.s.": "letter",  # (plurals: "Two A.Ls.s.")
    "lettre autographe signée": "letter", "lettre signée": "letter", "lettre autographe": "letter",
    "l.a.s.": "letter", "l.a.": "letter", "l.s": "letter", "carte autographe signée": "letter", "c.a.s.": "letter",
    "eigenh. brief mit u.": "letter", "eigenhändiger brief mit unterschrift": "letter",
    "brief mit eigenh. u.": "letter", "eigenh. brief": "letter", "eigenh. postkarte mit u.": "letter",
    "eigenh. karte mit u.": "letter", "e. br. m. u.": "letter", "e. brief m. u.": "letter",
    "e. karte m. u.": "letter", "e. postkarte m. u.": "letter", "e. billett m. u.": "letter", "br. m. u.": "letter",
    "eigenh. brief mit unterschrift": "letter", "eigenh. karte mit unterschrift": "letter",
    "eigenh. postkarte mit unterschrift": "letter", "eigenh. billett mit unterschrift": "letter",
    "e. br. m. u. u. umschlag": "letter", "e. br.": "letter",
    # (a finding aid's "Gemeinsamer Brief an X", a couple's; "Eigenhändiges Schreiben des Y an Z")
    **{f"{how} {kind}": "letter" for how, kind in (("gemeinsamer", "brief"), ("gemeinsames", "schreiben"),
                                                   ("eigenhändiger", "brief"), ("eigenhändiges", "schreiben"),
                                                   ("diktierter", "brief"), ("diktiertes", "schreiben"))},
    "autograph letters signed": "letter", "autograph letters": "letter", "letters signed": "letter",
    "typed letters signed": "letter", "lettres autographes signées": "letter", "lettres autographes": "letter",
    "lettres signées": "letter", "billet autographe signé": "letter", "billet autographe": "letter",
    "billets autographes signés": "letter", "carte-lettre autographe signée": "letter",
    "carta autógrafa firmada": "letter", "carta autógrafa": "letter", "carta firmada": "letter",
    "cartas autógrafas": "letter", "lettera autografa firmata": "letter", "lettera autografa": "letter",
    # German catalogues' descriptions, their words combined as written: "Eigenh. Briefkarte mit U.",
    # "E. Korrespondenzkarte m. U.", "Diktierter Brief mit eigenh. U.", "13 eigenh. Briefe mit U."
    **{f"{how}{kind} {signed}": "letter"
       for how in ("eigenh. ", "e. ", "eigenhändiger ", "eigenhändige ", "diktierter ", "")
       for kind in ("brief", "briefe", "briefen", "briefkarte", "briefkarten", "postkarte", "postkarten", "karte",
                    "korrespondenzkarte", "billett", "billette", "kartenbrief", "ansichtskarte", "br.")
       for signed in ("mit u.", "m. u.", "mit unterschrift", "mit eigenh. u.", "m. eigenh. u.", "mit e. u.")},
    "autograph document signed": None, "document signed": None, "ads": None, "ds": None,
    "pièce autographe signée": None, "p.a.s.": None, "pièce signée": None, "eigenh. schriftstück mit u.": None,
}
# The descriptions a manuscript catalogue abbreviates before "from" or "to" ("ALS from X", "T.L.S. to
# Y", "APS from Z"), as the title readers and the line reader match them in place
ABBREVIATED_DESCRIPTIONS = r"A\.?L\.?S|T\.?L\.?S|A\.?N\.?S|A\.?P\.?S|A\.?L|T\.?L"
_DESCRIPTION = re.compile(
    r"(?<![\w.])(" + trie_pattern(DESCRIPTIONS) + r")(?![\w])",
    re.IGNORECASE)


def description(text: str) -> tuple[str, int, int] | None:
    """The first catalogue description in a text: (as written, start, end)."""
    m = _DESCRIPTION.search(text)
    return (m.group(1), m.start(1), m.end(1)) if m else None


# After a description that opens a title, the word for "from" or "to": "L.a.s. de X à Y",
# "ALS to X" (not "A.L. Rowse to X", "L.S. Lowry to X": a name's initials)
_PARTY_WORD_AFTER = re.compile(r"\s*(?:\[[^\[\]]{1,120}\]\s*)?(?:(?:de|du|des|à|au|aux|to|from|of|von|an|di|del|dal|da|a|al)\s|d['’])",
                               re.IGNORECASE)  # ("ALS [in X's hand] from Y": the cataloguer's note between)


# How many letters a description opens with: "2 ALS", "Dos cartas", "Zwei Briefe", "Trois lettres"
COUNT = re.compile(r"(?:\d{1,4}|(?i:two|three|four|five|six|dos|tres|cuatro|cinco|seis|duas|três|zwei|drei|vier|fünf|"
                   r"deux|trois|quatre|cinq|due|tre|quattro|cinque))\s+")


def description_opening(text: str) -> tuple[str, int, int] | None:
    """The catalogue description a title opens with, before the word for "from" or "to"."""
    found = description(text)
    count = COUNT.match(text)  # ("2 ALS from X", "Dos cartas del X": how many)
    return found if found and found[1] == (count.end() if count else 0) and _PARTY_WORD_AFTER.match(text, found[2]) \
        else None


def describe(text: str) -> str | None:
    """The VOCABULARY key of a description ("ALS", "L.A.S.", "Eigenh. Brief mit U."), or of a
    type word in it ("Autograph postcard" → letter)."""
    key = " ".join(text.lower().split())
    if key in DESCRIPTIONS:
        return DESCRIPTIONS[key]
    found = find(text)
    return found[0] if found else None
