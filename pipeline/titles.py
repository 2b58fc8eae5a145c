"""Entry titles → document type, number, parties, subject and any date they carry.

"Cable, Stalin [via Kuznetsov] to Mao Zedong [via Terebin]" names a sender, a recipient and
an intermediary on each side; "Cable, Mao to Filippov [Stalin]" names the recipient as
written (Filippov) and who that is (Stalin). A title whose parties we cannot read with
confidence gets none: we would rather encode no correspondent than a wrong one, and the
run report lists the entry so an editor can look.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, NamedTuple

from . import doctypes
from .progress import progress
from .inflection import (CZECH_FIRST_NAMES, LATIN_GIVEN_DATIVES, RUSSIAN_PATRONYMIC, RUSSIAN_WORD, SOUTH_SLAVIC_FIRST_NAMES, RussianForm,
                         czech_nominatives, HUNGARIAN_GIVEN_IN_CASE, hungarian_nominative, hungarian_uncased,
                         icelandic_body, icelandic_name, icelandic_word, latin_nominatives, lithuanian_body, lithuanian_name, lithuanian_word, latvian_name, latvian_word, polish_name, russian_form, russian_nominative,
                         south_slavic_body, south_slavic_name, south_slavic_preferred, ukrainian_name, finnish_case, german_nominative, GERMAN_WEAK_FORMS, german_weak_nominative, greek_name, slovak_name)
from .namekey import apply_key
from .dates import MONTH_NAMES, MONTHS, SEASONS, UNDATED_MARKS, WEEKDAYS, DateValue, parse_date, unread_date
from .lines import (KIND_WORD, NO_PLACE, EXTENT, MARK_TAIL, NUMBERING, postscript_by, UNDATED, UNDATED_AT_END, WELSH_OFFICE, opens_with_parties, shelf_number,
                    split_date_prefix, welsh_opening)

if TYPE_CHECKING:
    from .title_memo import TitleMemo
    from .listing import Entry

# The lower-case words a person's name may hold ("Ludwig van Beethoven", "Ibn Saud").
_NAME_PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "al", "el",
                   "bin", "ibn", "y", "i", "zu", "des", "dem", "do", "dos", "das", "ten", "ter", "af",  # ("af Lindfors": Swedish; "Masferrer i Coll": Catalan)
                   "viuda", "vda."}  # ("la Marquesa viuda de Villasante": the widow)
# … those that open a surname written without its given name ("de Lisle", "von Straten", "du Maurier")
_SURNAME_PARTICLES = {"von", "van", "de", "du", "da", "di", "del", "della", "ten", "ter", "zu", "vom", "dos", "das", "af"}
# … and those an organisation's name may hold too ("Embassy of the USSR in Hanoi").
_ARTICLES_BEFORE_QUOTE = {"die", "der", "den", "dem", "das", "des", "af", "til", "an", "the", "la", "le", "il", "de", "van", "for"}
_PARTICLES = _NAME_PARTICLES | {"of", "the", "for", "in", "and", "on", "at", "und", "et", "e", "y", "af", "του", "της", "των"}
# Offices that act together as one body ("Bürgermeister und Rat zu Esslingen", "the Mayor and Aldermen of
# Bristol"): the words of each, in the order written; a party list keeps them one party.
JOINT_BODIES = ("Bürgermeister und Rat", "Schultheiß und Rat", "Schultheiss und Rat", "Ammann und Rat", "Vogt und Rat",
                "Abt und Konvent", "Äbtissin und Konvent", "Propst und Kapitel", "Dekan und Kapitel",
                "Repräsentation und Kammer", "Präsident und Räte",
                "Mayor and Aldermen", "Mayor and Corporation", "Mayor and Council", "Mayor and Jurats",
                "Sovereign and Burgesses", "Provost and Burgesses", "Portreeve and Burgesses", "Mayor and Burgesses",
                "Bailiffs and Burgesses", "Sovereign and Corporation", "Mayor and Commonalty",
                "Governor and Council", "Governor and Company", "Governor and Assembly", "President and Council",
                "Dean and Chapter", "Doge and Senate", "Doge and College", "King and Council", "Master and Fellows", "Provost and Fellows", "Warden and Fellows",
                "maire et échevins", "maire et consuls", "prévôt et échevins", "Maire et échevins")
# Capitalised words that make a phrase a document or topic, not a party.
_NOT_NAMES = {
    "agreement", "agreements", "list", "lists", "notes", "note", "discussions", "discussion",
    "record", "records", "minutes", "conversation", "meeting", "meetings", "protocol", "treaty",
    "draft", "answer", "reply", "response", "request", "excerpt", "excerpts", "information",
    "proposal", "proposals", "conditions", "statement", "letter", "letters", "cable", "telegram",
    "memorandum", "report", "speech", "diary", "journal", "decree", "resolution", "directive",
    "instruction", "instructions", "interview", "communiqué", "communique", "summary", "text",
    "appendix", "attachment", "enclosure", "annex", "others", "situation", "question", "questions",
    "issue", "issues", "plan", "plans", "programme", "program", "matters", "regarding", "concerning",
    "cables", "telegrams", "memoranda", "memorandums", "reports", "distributed", "sent", "forwarded",
    "addressed", "delivered", "copy", "copies", "transmitting", "enclosing",
    "petition", "petitions", "warrant", "warrants", "receipt", "minute",
    # topics, so that "…, Trade and Credits" stays a subject
    "trade", "credits", "credit", "aid", "loan", "loans", "relations", "negotiations", "cooperation",
    "policy", "policies", "war", "peace", "assistance", "visit", "visits", "economy", "economic",
    "military", "security", "agriculture", "harvest", "industry", "problems", "problem",
    "reform", "reforms", "elections", "election", "border", "borders", "treaties", "talks",
    "friendship", "alliance", "support", "arms", "weapons", "troops", "prisoners", "refugees",
}
# Words that make a party an organisation.
_ORG_WORDS = {
    "embassy", "office", "ministry", "committee", "government", "party", "politburo", "presidium",
    "council", "department", "bureau", "agency", "secretariat", "legation", "consulate", "mission",
    "headquarters", "command", "commission", "delegation", "section", "division", "directorate",
    "army", "navy", "front", "institute", "academy", "university", "members", "leadership", "staff",
    "congress", "parliament", "senate", "assembly", "cabinet", "federation", "league",
    "association", "society", "company", "corporation", "bank", "trust", "foundation", "board",
    "trustees", "theatre", "theater", "teatro", "società", "societa", "société", "gesellschaft", "verein",
    "orchestra", "choir", "school", "college", "church", "parish", "museum", "library", "archive",
    "archives", "hospital", "club", "guild", "firm", "publishers", "fund", "press", "council", "court", "senate",
    "υπουργείο", "διοίκηση", "γερουσία", "εκτελεστικό", "βουλή", "επιτροπή", "κυβέρνηση", "εταιρεία",  # (Greek bodies)
    "lords", "commissioners", "admiralty", "rat", "magistrat", "ministerium", "regierung", "kanzlei", "kapitel",
    "konvent", "gesandtschaft", "conseil", "ministère", "ambassade", "académie", "chapitre",
    "verlag", "buchhandlung", "verlagsbuchhandlung", "redaktion", "direktion", "liedertafel", "gemeinde", "stadtrat",
    "akademie", "kommission", "stiftung", "bibliothek", "domkapitel", "landtag", "konsistorium",
    "brothers", "bros", "gebrüder", "gebr", "frères", "söhne",  # a firm without "& Co.": "Baring Brothers"
    "seminary", "lyceum", "athenaeum", "institution", "presbytery", "synod", "diocese",
    "attorneys", "lawyers", "solicitors", "bankers", "merchants",  # ("Cobb & Haskins, Attorneys at Law")
    "ltd", "limited", "plc", "inc", "llc", "gmbh",  # ("Lomax Civil Engineering Ltd")
    "burgesses", "aldermen", "jurats", "commonalty",  # ("the Sovereign and Burgesses of Tullybrack")
    "justices", "magistrates", "churchwardens", "overseers", "guardians", "governors", "directors", "feoffees",
    "inhabitants",  # ("the Justices of the Peace for the county of X", "the Governors of Y Hospital")
    # Dutch bodies: "de Staten van Holland", "de Raad van Financiën", "het Hoogheemraadschap van Rijnland"
    "staten", "staten-generaal", "raad", "kerkenraad", "vroedschap", "magistraat", "gemeentebestuur", "gemeenteraad", "hoogheemraadschap",
    "heemraadschap", "waterschap", "kamer", "college", "genootschap", "maatschappij", "compagnie", "weeskamer",
    # Swedish bodies in the definite form: "Kungl. Vetenskapsakademien", "Konsistoriet i Lund"
    "akademien", "vetenskapsakademien", "sällskapet", "kollegiet", "konsistoriet", "magistraten", "domkapitlet",
    # … and Danish and Norwegian: "Redaktionen af »Fædrelandet«", "Direktionen for Universitetet"
    "redaktionen", "direktionen", "kancelliet", "ministeriet", "selskabet", "selskapet", "universitetet", "konsistoriet",
    "kommissionen", "bestyrelsen", "styret", "magistraten", "forlaget",
    "yeomanry", "cavalry", "militia", "regiment", "volunteers", "corps", "battalion", "brigade", "garrison",
    # Spanish, Portuguese and Italian bodies ("Consulado de Buenos Aires", "Câmara Municipal de Itu")
    *"""ministerio ministério ministero consulado academia accademia sociedad sociedade junta ayuntamiento cabildo
        audiencia compañía companhia cámara câmara camera secretaría diputación gobierno governo república
        tribunal universidad universidade università colegio colégio collegio consejo conselho consiglio
        direzione dirección direção prefettura comune municipio município cofradía hermandad irmandade deputazione
        gabinetto redazione riformatori deputati provveditori magistrato savi deputazioni
        confraria""".split(),
    # Catalan bodies ("Ajuntament de Bellver", "Capítol de la Seu de Vic", "Intendència General de l'Exèrcit")
    *"ajuntament capítol intendència consell comunitat universitat col·legi companyia acadèmia".split(),
    # French bodies, often in lower case after the article ("l'abbaye de Grandpré", "le chapitre de Liège")
    *"""abbaye prieuré couvent monastère université séminaire collège hospice hôpital préfecture mairie
        intendance chambre cour parlement échevins administration fabrique municipalité comité directoire
        district département administrateurs officiers consuls jurats capitouls""".split(),
    # Dutch and Danish bodies ("de magistraat van Zierikhoven", "Det kongelige danske Kancelli")
    *"""magistraat curatoren vroedschap staten gedeputeerden kerkenraad classis synode raad stadsbestuur
        burgemeesters regering genootschap maatschappij compagnie uitgeverij hoogheemraadschap gemeentebestuur
        bestuur directie redactie rekenkamer kancelli kancelliet direktion direktionen magistraten selskab
        selskabet""".split(),
    # Russian, in the cases an opis names them ("Комитету грамотности", "Редакции журнала …")
    *"""комитет комитету комитета редакция редакции редакцию правление правлению правления общество обществу
        общества министерство министерству министерства совет совету совета управа управе управы библиотека
        библиотеке библиотеки музей музею музея академия академии университет университету университета
        канцелярия канцелярии комиссия комиссии департамент департаменту департамента""".split(),
    # Czech bodies, in the nominative a fonds' list names them ("Matice česká", "Spolek pro vydávání …",
    # "Městská rada v Písku", "Redakce Osvěty")
    *"""matice spolek spolku rada rady redakce výbor výboru společnost společnosti ústav ústavu jednota jednoty
        nakladatelství knihkupectví úřad úřadu sbor sboru""".split(),
    # Polish, in the cases catalogues name them ("List Wydziału Krajowego do …", "do Redakcji «Czasu»")
    *"""towarzystwo towarzystwa towarzystwu redakcja redakcji księgarnia księgarni wydział wydziału wydziałowi
        magistratu komitet komitetu zarząd zarządu biblioteka biblioteki akademia akademii uniwersytet
        uniwersytetu kuria kurii konsystorz konsystorza dyrekcja dyrekcji ministerstwo ministerstwa urząd urzędu
        namiestnictwo namiestnictwa prezydium starostwo starostwa kapituła kapituły spółka spółki""".split(),
}
# Topic words an organisation's name may hold after its organisation word ("Council of Trade").
_ORG_TOPICS = {"trade", "credits", "credit", "aid", "relations", "economy", "agriculture", "industry", "war",
               "peace", "security", "military", "plantations", "arms"}
# Honorifics and offices that qualify a name but are not part of it.
_TITLES = (r"(?:Cde\.?|Comrade|Comrades|Mr\.?|Mrs\.?|Ms\.?|Miss|Mistress|Mistris|Dr\.?|Prof\.?|Sir|Lord|Lady|Madame|Mme\.?|Monsieur|M\.(?!\s?[A-ZÀ-Þ]\.)|"
           r"Messrs\.?|MM\.|Reverend|Right Honourable|Honourable|Citoyen|Citoyenne|citoyen|citoyenne|Mmes\.?|Mlle\.?|Mademoiselle|Fräulein|Frl\.|Hon\.|Revd\.?|Sec\.|Secy\.|Abbé|abbé|"
           r"Herrn?|Frau|Genosse|Tov\.?|Gen\.|Lt\.|Lieut\.|Co[l1]\.|Maj\.|Capt\.|Adm\.|Amb\.|Gov\.|Sen\.|Pres\.|Rev\.|Fr\.|Sgt\.|"
           # Dutch, as inventories write them: "dr.", "jhr." (jonkheer), "jkvr.", "mevr.", "ds." (dominee)
           r"dr\.|prof\.|mr\.|[Jj]hr\.|[Jj]kvr\.|[Mm]evr\.|[Mm]ej\.|[Dd]hr\.|[Dd]s\.|(?:de\s+)?(?:heer|weduwe|wed\.)|"
           r"[Mm]evrouw|[Mm]ejuffrouw|[Jj]uffrouw|"
           # Italian, as inventories write them: "don", "suor", "sig.", "sig.ra", "ing.", "avv.", "dott.", "mons."
           # French, as inventories write them in lower case: "au docteur X", "du marquis de Y", "Me" (maître)
           r"docteur|marquis|marquise|comte|comtesse|vicomte|vicomtesse|baron|baronne|chevalier|général|Me|sieur|Mgr\.?|"
           r"don|donna|suor|[Dd]octeur|[Ss]ig\.(?:ra|na)?|[Ss]igg\.|[Ii]ng\.|[Aa]vv\.|[Dd]ott\.(?:ssa)?|[Mm]ons\.|[Cc]av\.|"
           # … and written out: "Alla signora X", "All'abate X", "Al padre X"
           r"signora|signor|signore|signorina|abate|padre|monsignore|monsignor|dottore|dottor|avvocato|maestro|"
           # Portuguese and Spanish: "Exmo. Sr.", "Ilma. Sra.", "Snr."; Swedish: "fru", "fröken", "hr"
           r"Exm[oa]\.|Ilm[oa]\.|Sr\.|Sra\.|Snr\.|Sr\.ª|[Ff]ru|[Ff]röken|[Hh]r\.|"
           # Spanish: "doña", "D.ª", "Dña.", "fray", "sor" (Italian "don" above)
           # Catalan: "mossèn" (a priest), "fra" (a friar; Italian too), "canonge", "senyor", "Sr.", "pare"
           r"[Mm]ossèn|fra|canonge|senyor|senyora|señor|señora|señorita|senhor|senhora|"
           # Indian rulers' and notables' titles before a name, as the calendars of Persian correspondence write them
           # ("From Raja Nandan Singh"; not "the Nawab Nazim" nor "the Raja of Benares", offices, nor a Mirza, a name's own)
           r"Maharaja|Maharani|(?:Raja|Rani|Lala)(?=\s+[A-ZÀ-Þ][\w'’.-]*\s+[A-ZÀ-Þ])|Nawab(?!\s+(?:of|Nazim|Wazir|Vizier)\b)|"
           #  (Raja, Rani, Lala are given names too: "Raja Rao", "Rani Mukherjee", a title only before two names)
           r"doña|Doña|D\.ª|Dña\.|Da\.(?=\s+[A-ZÀ-Þ])|fray|Fray|sor|Lic\.|Br\.(?=\s+[A-ZÀ-Þ][a-zà-ÿ])|"  # (not "Don": an English
           #  given name too; "Da. María", "Lic.", "Br." (bachiller) before a name, as Mexican catalogues abridge them)
           # … and offices and degrees written out before a name ("del licenciado F. Otálora", "al maestre de
           # campo X", "Carta del coronel X"), lower case or opening the title
           r"[Ll]icenciad[oa]|[Ll]do\.|[Cc]apitán|[Dd]octora?|[Cc]oronel|[Pp]resbítero|[Mm]aestre de campo|[Tt]eniente|"
           r"[Aa]lférez|[Bb]achiller|[Cc]anónigo|[Oo]idor|[Rr]egidor|[Aa]lcalde|[Gg]obernador|[Oo]bispo|[Aa]rzobispo|"
           # Polish: "dr", "hr." (hrabia), "ks." (ksiądz), "gen.", "bpa" (biskupa), "p." (pan, pani) lower case only: "P. Smith" is an initial
           r"dr(?=\s)|hr\.|ks\.|gen\.|(?:a?bpa|a?bp|płk|kpt|mjr|inż)\.?(?=\s)|(?-i:p\.)(?=\s+(?-i:[A-ZÀ-ÞŁŚŻŹ][a-zà-ÿąćęłńóśźż]))|"
           # … "s." (siostra, a sister of an order) and "o." (ojciec, a father) before a name, not an initial
           r"(?-i:[so]\.)(?=\s+(?-i:[A-ZÀ-ÞŁŚŻŹ][A-ZÀ-Þa-zà-ÿąćęłńóśźżŁŚŻŹ]))|"
           # Danish and Norwegian: "Kaptajn", "Etatsråd", "Frk.", "Frøken", "Pastor", "Provst"
           r"Kaptajn|Kaptein|[Ee]tatsråd|[Jj]ustitsråd|[Kk]ancelliråd|[Kk]onferensråd|kammerråd|krigsråd|statsråd|"
           r"[Ff]rk\.|Frøken|[Pp]astor|[Pp]rovst|[Bb]iskop|professor|boghandler|bogtrykker|grosserer|justitsråd|"
           r"kammerherre|kammerjunker|overlærer|adjunkt|cand\.\s?theol\.|stud\.\s?theol\.|redaktør|forlægger|"  # (lower case too, before a name: "fra justitsråd Ludvig Krag")
           # Portuguese and Brazilian: "Desembargador", "Cons." (conselheiro), "Cel." (coronel), "Pe." (padre)
           r"Desembargador|Cons\.|Conselheiro|Cel\.|Coronel|Pe\.|Padre|Comendador|Com\.|Cônego|Cap\.|"
           # Welsh: "y Parch." (the Reverend), "Capten", "Mri" (Messrs)
           r"Parch\.|Parchedig|Capten|Mri\.?|"
           # Icelandic: "sr." and "séra" (the Reverend), "herra", "frú", "ungfrú"
           r"sr\.(?=\s+[A-ZÁÉÍÓÚÝÞÆÖÐ])|[Ss]éra|[Ss]íra|[Hh]erra|[Ff]rú|[Uu]ngfrú)")
# Offices and estates that qualify a name ("Hans Keller, Vogt zu Bregenz", "Jean Roux, notaire à
# Lyon", "Anne Lister, widow"), one row per language, as written (German nouns capitalised). A
# German compound ending in one of the "de-suffix" words is an office too ("Stadtschreiber").
OFFICES = {
    "en": "Ambassador|Minister|Foreign Minister|Prime Minister|Deputy Minister|Chargé d['’]Affaires|"
          "Charge d['’]Affaires|Consul(?: General)?|Secretary(?: General)?|First Secretary|General Secretary|"
          "Chairman|President|Vice President|Premier|Marshal|General|Admiral|Colonel|Major|Captain|Corporal|Private(?=\\s+[A-Z][a-z]+\\s+[A-Z])|"
          "Commander|Director|Head|Deputy|Counsellor|Counselor|Envoy|Representative|Adviser|Advisor|"
          "Attaché|Attache|Correspondent|Chief|Leader|King|Queen|Emperor|Pope|Cardinal|Bishop|Father|"
          "Mayor|Governor|Notary|Senator|Judge|Mother|Sister|Brother|Abbot|Prince|Princess|Duke|Duchess|Count|"
          "Countess|Baron|Baroness|Under-Secretary|Lieut(?:enant|\\.)?[- ]?Governor|Lieut(?:enant|\\.)?[- ]?Colonel|Attorney(?: General)?|Collector|"
          "Treasurer|Clerk|Surveyor|Postmaster|Sheriff|Resident|Political Resident|Political Agent|Commissioner|Chief Commissioner|"
          "Deputy Commissioner|Assistant Commissioner|Viceroy|Governor-General|Lieutenant|Sergeant|Professor|Rector|Vicar|Dean|"
          "Archdeacon|Provost|Alderman|Recorder|Chancellor|Comptroller|Receiver|Agent|Earl|Marquess|Marquis|Viscount|"
          "Archbishop|Doge|Lord Deputy|Lord Lieutenant|Lord Treasurer|Lord Keeper|Lord Chancellor|Lord Admiral|"
          "widow|spinster|merchant|yeoman|gentleman|clerk|mariner|master mariner|victualler|innkeeper|shipwright|"
          "surgeon|apothecary|bookseller|printer|stationer|attorney|barrister(?: at law)?|scrivener|goldsmith|draper|"
          "vintner|grocer|clothier|weaver|carpenter|mason|labourer|husbandman|seaman|pilot|schoolmaster|physician|"
          "[Ss]olicitors?|[Bb]ankers?|[Mm]erchants|[Aa]uctioneers?|land agents?|architect|"  # ("Messrs X & Y, solicitors")
          "[Bb]ooksellers|[Pp]ublishers?|[Pp]rinters|[Ss]tationers|"  # ("Messrs. X and Y, Booksellers")
          # (a bishop's or a county's calendar, in lower case: "Sir John Hale, knight", "X, parson of Y",
          # "X, the registrar", "X, one of the justices of the peace", "X, the bishop's chancellor")
          "knight|esquire|gentleman|parson|curate|vicar|rector|registrar|prebendary|prebendaries|canon|chaplain|"
          "archdeacon|dean|chancellor|steward|bailiff|justices? of the peace|sheriff|mayor|alderman|constable|"
          # (chapel and village: "Rev. J. Lewis, minister of Bethel", "W. Morgan, solicitor")
          "minister|pastor|missionary|deacon|farmer|schoolmistress|teacher|saddler|blacksmith|miller|"
          # (a parish's and an estate's: "William Bettles, churchwarden", "George Brand and William Bettles, trustees")
          "churchwardens?|trustees?|overseers?|executors?|executrix|surveyor|tenant",
    "de": "Abt|Äbtissin|Bischof|Erzbischof|Herzog|Herzogin|Graf|Gräfin|Kurfürst|Fürst|Fürstin|Pfarrer|Bürgermeister|"
          "Vogt|Kanzler|Komponist|Komponistin|Pianistin|Pianist|Kaufmann|Schultheiß|Schultheiss|Amtmann|Propst|"
          "Dekan|Domherr|Stadtschreiber|Landvogt|Ratsherr|Sekretär|Hofrat|Pfleger|Richter|Witwe|Buchhändler|Verleger|"
          "Syndikus|Kantor|Prior|Priorin|Kaplan|Landgraf|Markgraf|Hauptmann|Arzt|Ärztin|Doktor|Reeder|Pastor|"
          "Direktor|Direktorin|Professor|Lehrer|Lehrerin|Apotheker|Notar|Kapitän|Konsul|Senator|Oberst|Leutnant|"
          "Advokat|Präsident|Kandidat|Superintendent|Drost|Hofprediger|Prediger|Hofmedikus|Medikus|"
          "Assessor|Kommissar|Leibarzt|Hofmeister|Rektor|Konrektor|Organist|Küster",
    "fr": "abbé|curé|pasteur|comte|comtesse|marquis|marquise|duc|duchesse|évêque|éditeur|femme de lettres|notaire|"
          "avocat|conseiller|secrétaire|procureur|intendant|maire|préfet|chanoine|prieur|libraire|imprimeur|"
          "négociant|veuve|ministre|ambassadeur|consul|général|capitaine|professeur|médecin|banquier|président|"
          "lieutenant|receveur|sénéchal|juge|gouverneur|trésorier|syndic",
    "pt": "(?i:visconde|viscondessa|barão|baronesa|conde|condessa|marquês|marquesa|comendador|doutor|padre|cónego|"
          "bispo|desembargador|conselheiro)",
    "sv": "kyrkoherde|komminister|kontraktsprost|hovpredikant|grosshandlare|bruksägare|biskop|prost|kapten|"
          "löjtnant|lektor|rektor|häradshövding|landshövding|kamrer|bokhållare|änka",
    "no/da": "provst|sogneprest|sognepræst|kapellan|lensmann|lensmand|handelsmann|handelsmand|lærer|lærerinne|"
             "lærerinde|klokker|kirkesanger|distriktslege|distriktslæge|amtmann|amtmand|stiftamtmann|stiftamtmand|"
             "skipper|student|enke|enkefrue|husmor|gårdbruker|gårdmand|jomfru|kaptein|kaptajn|fogd|foged|byfoged|"
             "sorenskriver|overlærer|kjøpmann|købmand|prest|præst|proprietær|godsejer",
    "is": "hreppstjóri|teiknari|málari|prestur|prófastur|biskup|sýslumaður|amtmaður|kaupmaður|bóndi|húsfreyja|"
          "ekkja|stúdent|kennari|skólakennari|læknir|landlæknir|bókavörður|verslunarmaður|alþingismaður|skáld|"
          "prentari|smiður|gullsmiður|vinnukona|vinnumaður|forngripavörður|skrifari",
    "es": "(?i:presidente|virrey|virreina|obispo|arzobispo|corregidor|gobernador|intendente|oidor|fiscal|alcalde|"
          "regidor|párroco|guardián|provincial|deán|canónigo|capitán general|maestre de campo|marqués|"
          "duque|duquesa|rey|reina)",
    "nl": "rijkskanselier|kanselier|koning|koningin|prins|prinses|graaf|gravin|hertog|hertogin|keizer|keizerin|"
          "stadhouder|raadpensionaris|pensionaris|burgemeester|burgemeesters|schout|baljuw|griffier|secretaris|"
          "gezant|ambassadeur|predikant|dominee|hoogleraar|notaris|bisschop|aartsbisschop|pastoor|kardinaal|paus",
    "ca": "notari|pagès|botiguer|procurador|rector|vicari|canonge|batlle|comerciant|mercader|metge|advocat|prevere|"
          "apotecari|cirurgià|síndic|escrivà|paraire|teixidor|hisendat",
    "it": "conte|contessa|marchese|marchesa|principe|principessa|duca|duchessa|barone|baronessa|cavaliere|"
          "canonico|arciprete|parroco|vescovo|arcivescovo|cardinale|notaio|avvocato|professore|sindaco|prefetto",
}
_OFFICE_SUFFIXES = "schreiber|meister|vogt|amtmann|hauptmann|richter|pfleger|sekretär|kanzler|verwalter|rat|förster|frau|witwe"
_OFFICES = (r"(?:" + "|".join(OFFICES.values()) + rf"|[A-ZÄÖÜ][a-zäöüß]{{2,}}(?:{_OFFICE_SUFFIXES}))")
OFFICE_EXAMPLES = ("Hans Keller, Vogt zu Bregenz", "Ulrich Sattler, Stadtschreiber zu Lindau", "Jean Roux, notaire à Lyon",
                   "Anne Lister, widow", "Paul Aubert, curé de Saint-Just", "Konrad Ebner, Landschreiber",
                   "Richard Holbeck, of Deptford, shipwright", "Thomas Ware, of Dover", "Nicholas Hale, knight",
                   "Francis Sellar, the registrar", "Walter Tolley, one of the prebendaries",
                   "John Quarry, the bishop's chancellor", "Edmund Brook, one of the justices of the peace",
                   "Gervase Thackray, vicar of Thornby", "Hjalti Kristjánsson, hreppstjóri")
# A German title or office in the dative or accusative after "an den", a weak noun's -en ("an den Grafen
# Johann von Alten", "den Advokaten X"): no part of the name that follows, given names first (not "den
# Grafen von Schaumburg", "den Drosten von Hodenberg": the title and the name are one)
_DATIVE_ROLES = (rf"(?:(?:den|dem)\s+)?(?:{'|'.join(sorted(GERMAN_WEAK_FORMS))}|Herzog|Kaufmann|Oberförster|Amtmann|"
                 r"Hofrat|Pastor|Pfarrer|Kantor|Rektor)\s+(?=[A-ZÀ-Þ][\w'’.-]*\s+(?:[A-ZÀ-Þ]|von\s|zu\s))")
_ROLE_BEFORE = re.compile(
    rf"^(?P<role>{_DATIVE_ROLES}|(?:the\s+|l['’])?(?:(?:{_TITLES})\s+(?:l['’](?=abbé))?)+|"  # ("l'abbé Roux", "M. l'abbé Roux")
    rf"(?:(?:[A-Z][\w-]*|the|den|dem|der|die)\s+){{0,3}}{_OFFICES}(?:\s+(?:to|in|of|at|for)\s+"  # ("den Kaufmann X")
    rf"(?:[A-Z][\w.]*|the\s+[A-Z][\w.]*(?=\s+[A-Z][\w.'’-]*\s+[A-Z])))?\s+"  # ("Ambassador to China Yudin"; not
    #                                              "the Editor of the Stoke Courant": a paper's two words, no one's name)
    rf"(?:(?:{_TITLES})\s+)?)(?P<name>[A-ZÀ-ÖØ-ÞŁŚŻŹČŠŽ].*)$"  # ("sr. Árni Stefánsson")
)
# … a form of address before a surname with its particle (_ROLE_BEFORE's name is capitalised; "comte de
# Vaurenque", "évêque de Castelvieil" are a title's or an office's territory, not a surname)
_PARTICLE_SURNAME = r"(?:(?:de|du|des|von|van|di|da|della|del|de\s+la)\s+[A-ZÀ-Þ]|d['’][A-ZÀ-Þ])"  # ("de Montfalcon", "d'Estaing")
_ADDRESS_BEFORE_PARTICLE = re.compile(r"^(?P<role>M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Miss|Madame|Monsieur|Mademoiselle|Herrn?|Frau|"
                                      r"Fräulein|Frl\.|Dr\.?|Sig\.|Signor|Signora|Signorina)\s+"
                                      rf"(?P<name>{_PARTICLE_SURNAME}.*)$")
# A chunk that is only a role ("French Ambassador in Mexico"): it qualifies the name before it.
_NORDIC_OFFICE_END = re.compile(rf"\b(?:{OFFICES['no/da']}|{OFFICES['sv']})$")
# "the registrar", "one of the prebendaries", "the bishop's chancellor", "3rd Earl of X"
_ROLE_LEAD = r"(?:(?:one\s+of\s+)?the\s+(?:[\w-]+['’]s\s+)?|\d{1,2}(?:st|nd|rd|th)\s+)?"
# A Spanish catalogue's appositive after a name: "vecino de Santa María Acatepec", "prior del convento
# de Villa de Tolimena", "oidor de la Real Audiencia", "viuda de D. Manuel Garino" (not "… y Dr. X": another party)
_ES_APPOSITIVE = (r"(?:vecin[oa]|cura|subdelegad[oa]|administrador(?:a)?|alcalde(?:\s+mayor|\s+ordinario)?|prior[a]?|"
                  r"guardián|regidor|oidor|viuda|capitán|teniente|gobernador|corregidor|escribano|notario|síndico|"
                  r"procurador|provincial|párroco|obispo|deán|canónigo|intendente|fiscal|contador|tesorero|"
                  r"comandante|mayordomo|apoderado|"
                  # (Portuguese and Brazilian: "X, negociante em Santos, a Y", "X, guarda-livros, a Y")
                  r"negociante|comerciante|guarda-livros|caixeiro|fazendeiro|advogado|médico|vigário|deputado|"
                  r"tabelião|escrivão|professora?)"
                  r"(?:\s+(?:de|del|en|em|da|do|no|na)\s+(?:(?!\s*y\s+(?:D|Da|Dr|Br|Lic|Fr|Don|Doña)\.?\s)[^,;()]){2,80})?")
_LOWER_POST = r"(?:(?:private|personal|confidential)\s+)?(?:secretary|clerk|aide|assistant)\s+(?:to|of)\s+\S.*"
_ROLE_ONLY = re.compile(
    rf"^(?:{_ES_APPOSITIVE}$|{_ROLE_LEAD}(?:[A-Z][\w-]*\s+){{0,3}}{_OFFICES}(?:\s+(?:to|in|of|at|for|zu|in|von|bei|de|à|i|på|til)\s+(?:the\s+)?[A-Z][\w.'’-]*"
    rf"(?:\s+[A-Z][\w.'’-]*)?(?:\s+(?:at|of|for|in)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?)?$|{_LOWER_POST}$)"
    #  ("Agent to the Governor-General at Baroda": the office a name holds, set off after it)
)
# "of Deptford" after a name and a comma: where the person lived, as petitions name them.
_RESIDENCE = r"of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
# The holders of an office named without their names: "the Secretary of War", "the sheriffs of the
# several counties", "the governor"
_HOLDERS = re.compile(rf"the\s+(?:[A-Z][\w-]*\s+){{0,2}}(?:{_OFFICES}|officer)s?(?:\s+(?:of|in|at|for|to|commanding(?:\s+at)?|"
                      rf"in\s+(?:command|charge)\s+of)\s+(?:the\s+)?[\w'’ -]{{2,40}})?"
                      # (in French, after "Au"/"Du" or with its article: "maire de Mont-Courac", "le préfet de la
                      # Giloux", "ministre de l'Intérieur")
                      r"|(?:(?:le|la)\s+|l['’])?(?:sous-préfet|préfet|maire|ministre|recteur|président|procureur(?:\s+général)?|"
                      r"intendant|directeur|secrétaire\s+général|consul|commissaire)"
                      r"\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])[\w'’ -]{2,40}"
                      # (in Dutch and German with theirs: "de rijkskanselier", "der Bürgermeister von X")
                      rf"|(?:de|het|der|den|dem|die)\s+{_OFFICES}(?:\s+(?:van|von|zu|der|des)\s+[\w'’ -]{{2,40}})?",
                      re.IGNORECASE)
# … but a sovereign's or a peer's title names the person who holds it ("the King", "the Earl of X")
_NOBLE_HOLDER = re.compile(r"the\s+(?:King|Queen|Emperor|Empress|Pope|Prince|Princess|Duke|Duchess|Earl|Count|Countess|"
                           r"Marquess|Marquis|Marchioness|Viscount|Viscountess|Baron|Baroness|Lord|Lady|Doge|Elector)\b",
                           re.IGNORECASE)
_OFFICE_ALONE = re.compile(rf"(?:the\s+)?{_OFFICES}")
_OFFICE_OF = re.compile(rf"(?:the\s+)?(?:[A-Z][\w-]*\s+){{0,3}}{_OFFICES}(?:\s+(?:of|in|at|for|to)\s+.*)?")
# … of a place or a body, and nothing after it: "the Chief Commissioner of Assam", "the Political Resident at Aden"
# (not "the Ruritanian Minister in Prague Ion Varga": the office, then its holder)
_POSTS = (r"(?:Resident|Political\s+Resident|Political\s+Agent|Agent|Commissioner|Chief\s+Commissioner|Deputy\s+Commissioner|"
          r"Assistant\s+Commissioner|Consul(?:\s+General)?|Vice-Consul|Minister|Ambassador|Envoy|Chargé\s+d['’]Affaires|"
          r"Governor|Lieutenant-Governor|Collector|Magistrate|Superintendent|Secretary|Under-Secretary)")
_OFFICE_OF_PLACE = re.compile(rf"(?:the\s+)?(?:(?!(?:Mr|Mrs|Miss|Dr|Sir|Lady|Lord|Captain|Colonel|Major|General)\b)[A-Z][\w-]*\s+){{0,2}}"
                              rf"{_POSTS}\s+(?:of|in|at|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?")


def _office_at_place(core: str) -> bool:
    """A post and its seat, one name ("the Political Resident at Aden"), not a person at a place ("John King at Bath")."""
    return bool(_OFFICE_OF_PLACE.fullmatch(core)) and core.split()[0] not in GIVEN_NAMES


_ADDRESS_FIRST = re.compile(rf"^(?:(?:{_TITLES})\s+)+", re.IGNORECASE)


def strip_address(name: str) -> str:
    """"Don Ramón Arrieta" → "Ramón Arrieta": a heading's name without its forms of address."""
    bare = _ADDRESS_FIRST.sub("", name)
    return bare if bare else name


_OFFICE_ABBREVIATED = re.compile(r"(?:[A-Z][a-z]+\.?\s+)?(?:Sec|Secy|Treas|Pres|Chmn)\.")  # ("Editorial Sec.")


def office_only(written: str) -> bool:
    """"Ambassador", "Director of the Office of Eastern European Affairs": an office, no name."""
    return bool(_OFFICE_OF.fullmatch(written.strip()))
_ROLE_AFTER = re.compile(
    rf"^(?P<name>[^,]+?),\s*(?P<role>{_RESIDENCE}(?:,\s*(?:[A-Z][\w-]*\s+){{0,3}}{_OFFICES}\b.*)?|"
    rf"{_ROLE_LEAD}(?:[A-Z][\w-]*\s+){{0,3}}{_OFFICES}\b.*|{_ES_APPOSITIVE}|"
    rf"{_LOWER_POST})$"
)  # (the last in lower case, as a sentence names her post: "Mabel F. Prather, secretary to Senator X")
# Words that make a bracket in a title the periodical a document was published in: "(… Times)".
_PERIODICAL_WORDS = ("Times", "Daily", "Gazette", "Herald", "Tribune", "Post", "Journal", "Zeitung", "Monde",
                     "Figaro", "News", "Review", "Bulletin", "Chronicle", "Courier", "Observer", "Telegraph")


def _periodicals(words) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + r")\b")


@dataclass(frozen=True)
class Vocabulary:
    """Words that decide how a title is read: general knowledge here, an edition's own
    (its world's acronyms, newspapers) added from edition.toml [vocabulary]."""

    organisations: frozenset[str]
    periodicals: re.Pattern[str]
    places: frozenset[str] = frozenset()  # the edition's gazetteers' and authority file's


GENERAL = Vocabulary(frozenset(_ORG_WORDS), _periodicals(_PERIODICAL_WORDS))
_vocabulary = GENERAL


@contextlib.contextmanager
def vocabulary(organisations=(), periodicals=(), places=()):
    """Read titles with an edition's own words as well as corresp's (while in the block)."""
    global _vocabulary
    previous = _vocabulary
    _vocabulary = Vocabulary(GENERAL.organisations | {w.lower() for w in organisations},
                             _periodicals([*_PERIODICAL_WORDS, *periodicals]), frozenset(places))
    try:
        yield _vocabulary
    finally:
        _vocabulary = previous


# Honours and forms of address written after the name: "Thomas Grey, Esq.", "Henry Osgood, R.N."
_HONOURS = (r"(?:Esq\.?|Esquire|R\.N\.?|M\.P\.?|F\.R\.S\.?|Bart\.?|Bt\.?|K\.C\.?|Q\.C\.?|D\.D\.?|Rev\.?|Revd\.?|"
            # an order's letters after a governor's or an officer's name: "Sir H. Callender, K.C.B."
            r"(?:G\.|K\.)?C\.(?:B|M\.G|S\.I|I\.E)\.?|R\.E\.?|W\.S\.?|B\.C\.L\.?|LL\.D\.?|M\.D\.?|M\.A\.?|B\.A\.?|D\.C\.L\.?|"
            r"[Jj]un\.?|[Jj]unior|[Ss]en\.?|[Ss]enior|Jr\.?|Sr\.?|the [Yy]ounger|the [Ee]lder|d\. [Jj]\.|d\. [Ää]\.|"
            # a maiden name: "Marie Brandt, geb. Ohlsen", "Mary Smith, née Jones"
            r"(?:geb\.|geborene|née|nee|born)\s+[A-ZÀ-Þ][\w'’-]+|"
            # a peerage counted, as a project's register writes it: "John Lubbock, 1st Baron Avebury",
            # "Roderick Ashdown, 1st baronet", "Emily Grey, 3rd Countess of Dunmere"
            r"\d{1,2}(?:st|nd|rd|th)\s+(?:[Bb]aronet|(?:Baron|Baroness|Earl|Countess|Viscount|Viscountess|Marquess|"
            r"Marquis|Marchioness|Duke|Duchess)\s+(?:of\s+)?[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?))")
_SUFFIX = re.compile(rf"^(?P<name>.+?),?\s+(?P<role>{_HONOURS})$")
_HONOUR = re.compile(rf"^{_HONOURS}$")
_HONOUR_END = re.compile(rf",\s*{_HONOURS}$")  # ("To James Ward, R.N. Bath": a stop after letters, not an initial's)
_ADDRESS_ALONE = re.compile(rf"(?:the\s+)?{_TITLES}")  # "Mr.", "Mrs.", "the Rev.": a form of address and no name
# The forms of address that tell apart people of one surname (Name.canonical): not offices
# ("Gen.", "Cde."), which name one man by his surname the same with or without them.
_ADDRESS_WORDS = re.compile(r"Mr\.?|Mrs\.?|Ms\.?|Miss|Mistress|Mistris|Lady|Lord|Madame|Mme\.?|Mademoiselle|Mlle\.?|Monsieur|M\."
                            r"|Herrn?|Frau|Fräulein|Frl\.|Signor|Signora|Signorina")
# one form of each: "Mr" is "Mr.", "Herrn" (after "An") "Herr", "Madame" "Mme."
_ADDRESS_STOPPED = {**{word: f"{word}." for word in ("Mr", "Mrs", "Ms", "Mme", "Mlle", "Frl")}, "Herrn": "Herr",
                    "Madame": "Mme.", "Monsieur": "M.", "Mademoiselle": "Mlle.", "Fräulein": "Frl."}
# "Mrs. Hammond", "Mrs. Grey (via X)", "Mrs. Fairlie, at Richmond": a surname alone, and what may follow it
# "Mrs. Grey", "Mrs. T. Grey", "Mrs. De Quincey": the name a bare form of address before it shares
_SURNAME_PARTICLE = r"(?:[Dd]e|[Dd]u|[Vv]an|[Vv]on|[Ll]a|[Ll]e|St\.)"  # "De Quincey", "van Dyck"
_ADDRESSED = re.compile(rf"{_TITLES}\s+(?P<name>(?:[A-Z]\.\s?)*(?:{_SURNAME_PARTICLE}\s+)?[A-ZÀ-Þ][\w'’-]*)"
                        rf"(?=$|\s*[(\[,]|\s+(?:in|at|via|for)\s)")
_WOMAN = {"Mrs", "Miss", "Mistress", "Mistris", "Ms", "Lady", "Madame", "Mme", "Mademoiselle", "Mlle", "Frau", "Fräulein", "Frl"}
_NO_GIVEN_NAME = re.compile(rf"(?:(?:[A-Z]\.\s?)+|{_SURNAME_PARTICLE}\s+)*\S+")  # "Grey", "T. Grey", "De Quincey"
_TITLED_GIVEN = re.compile(rf"(?:the\s+)?{_TITLES}\s+(?P<given>[A-ZÀ-Þ][a-zà-ÿ]+)")  # "Sir John (and Lady Franklin)"
# "Lady Jane Franklin": a form of address, a given name and the surname ("name") a titled given name before it shares
_TITLED_FULL = re.compile(rf"{_TITLES}\s+(?P<given>[A-ZÀ-Þ][a-zà-ÿ]+)\s+(?P<name>[A-ZÀ-Þ][\w'’-]+)")
_OF_PLACE = re.compile(rf"(?:the\s+)?{_OFFICES}\s+(?P<of>(?:of|von|de|du|di)\s+[A-ZÀ-Þ].*)")  # "Duchess of Argyll"
_ADDRESSED_FORM = re.compile(rf"(?P<address>{_ADDRESS_WORDS.pattern})\s+(?P<surname>[^\s.]+)")


def womans_address(address: str) -> bool:
    """"Mrs.", "Lady", "Frau": a form of address that says the person is a woman."""
    return address.rstrip(".") in _WOMAN


def id_form(name: "Name") -> str:
    """The form a letter's id names a party by: as written, but a wife named by her husband's
    name keeps her form of address ("Mrs. Thomas Carlyle" is not Thomas Carlyle)."""
    canonical = name.canonical
    wife = " " in name.written and canonical != name.written and canonical.endswith(f" {name.written}")
    return canonical if wife and womans_address(canonical.split()[0]) else name.written


def addressed(form: str) -> tuple[str, str] | None:
    """"Mrs. Gaskell" → ("Mrs.", "Gaskell"): a register form that is a surname with a form of
    address (Name.canonical), or None."""
    m = _ADDRESSED_FORM.fullmatch(" ".join(form.split()))
    return (_ADDRESS_STOPPED.get(m.group("address"), m.group("address")), m.group("surname")) if m else None
# Parties named by a relation, not a name ("To his Sister", "An die Schwester", "à son frère",
# "To a Friend in London"): kept as written in the title, never made into a person. One row per
# language: the words that open such a phrase, and the relation words. Examples in RELATION_EXAMPLES.
RELATION_WORDS = {
    "en": ("his her my our their a an one some the",
           "sister brother mother father wife husband son daughter aunt uncle cousin nephew niece friend family "
           "parents children grandmother grandfather sister-in-law brother-in-law mother-in-law father-in-law son-in-law daughter-in-law "
           "publisher printer agent correspondent lady gentleman clergyman physician banker landlord tenant "
           "fiancée fiancé fiancee fiance sweetheart "
           "unknown unidentified"),
    "de": ("sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer die den dem der einen eine einem einer",
           "Schwester Bruder Mutter Vater Frau Gattin Gatten Mann Sohn Tochter Tante Onkel Vetter Cousine Neffe "
           "Nichte Freund Freundin Eltern Familie Verleger Unbekannt Unbekannten Schwager Schwägerin Schwiegervater "
           "Schwiegermutter Schwiegersohn Schwiegertochter Cousin Großvater Großmutter Stiefsohn Stieftochter "
           "Stiefvater Stiefmutter"),  # (not Enkel, Pate, Braut: surnames too, "an ihren Bruder Georg Enkel")
    "fr": ("son sa ses un une la le les mon ma mes leur leurs",
           "sœur soeur frère frere mère mere père pere femme mari fils fille tante oncle cousin cousine neveu nièce "
           "ami amie famille parents éditeur editeur inconnu inconnue épouse époux beau-frère belle-sœur belle-soeur "
           "gendre belle-mère beau-père"),
    "es": ("su sus un una",
           "hermano hermana padre madre hijo hija esposa mujer marido tío tía primo prima sobrino sobrina amigo amiga "
           "cuñado cuñada suegro suegra apoderado apoderada corresponsal agente comerciante mercader vecino"),
    "nl": ("zijn haar mijn hun een de",
           "broer zuster zus moeder vader vrouw echtgenote echtgenoot zoon dochter tante oom neef nicht vriend "
           "vriendin familie ouders uitgever drukker"),
    "da": ("sin sit sine hans hendes en et",
           "bror broder søster moder mor fader far hustru kone søn datter tante onkel fætter kusine nevø ven "
           "veninde familie forlægger modtager"),
}
# … and Polish, which names the relation in the genitive with no word before it ("do córki Anny",
# "do żony"), and Italian, whose article the "to" has taken ("al figlio Achille", "alla moglie"):
# lower case only, as a capital would open a name
BARE_RELATIONS = ("córki córek siostry sióstr brata braci syna synów żony męża matki ojca rodziców rodziny bratanka "
                    "bratanicy siostrzeńca siostrzenicy stryja wuja ciotki kuzyna kuzynki teścia teściowej zięcia "
                    "synowej szwagra szwagierki wnuka wnuczki przyjaciela przyjaciółki "
                    "figlio figlia figli fratello sorella moglie marito cognato cognata zio zia cugino cugina suocero "
                    "suocera "
                    "broderen søsteren faderen moderen sønnen datteren hustruen svigersønnen svogeren fætteren "
                    "kusinen broren faren moren mannen farbroren morbroren farmoren mormoren fetteren tanten onkelen "
                    "nevøen svigerfaren svigermoren brodern systern sonen dottern hustrun "
                    "fratrem sororem filium filiam patrem matrem uxorem nepotem amicum")
#                   (Danish, Norwegian and Swedish, the article its ending: "til broderen Niels", "til broren Ole";
#                   Latin, the relation in the accusative after "ad": "Ad fratrem Camillum")
RELATION_EXAMPLES = ("his Sister", "her Brother", "a Friend in London", "a Young Clergyman", "an unknown Correspondent",
                     "die Schwester", "seinen Bruder", "son frère", "sa sœur", "su hermano", "córki", "żony", "figlio",
                     "zijn uitgever", "zijn zuster", "hans broder")
_DETERMINERS = sorted({w for words, _ in RELATION_WORDS.values() for w in words.split()}, key=len, reverse=True)
_RELATIONS = sorted({w for _, words in RELATION_WORDS.values() for w in words.split()}, key=len, reverse=True)
_RELATION = re.compile(
    rf"^(?P<relation>(?:{'|'.join(map(re.escape, _DETERMINERS))})\s+(?:[\w'’-]+\s+){{0,2}}"
    rf"(?:{'|'.join(map(re.escape, _RELATIONS))})s?|(?-i:{'|'.join(BARE_RELATIONS.split())}))(?=$|[\s,.;])(?P<rest>.*)$",
    re.IGNORECASE)
# An Italian edition's "to" and "from", article and all: "Al prof. X", "All'Accademia", "Dalla Direzione"
# (longest first: "alla" before "a").
_ITALIAN_TO = "all'|all’|allo|alla|alle|agli|ad|al|ai|a"
_ITALIAN_FROM = "dall'|dall’|dallo|dalla|dagli|dal|dai|da|dell'|dell’|dello|della|degli|dei|di"  # ("Dell'abate X": his)
_ITALIAN_TO_RX, _ITALIAN_FROM_RX = ("|".join(map(re.escape, words.split("|"))) for words in (_ITALIAN_TO, _ITALIAN_FROM))
_ITALIAN_FROM_WORDS = frozenset(word.rstrip("'’") for word in _ITALIAN_FROM.split("|"))  # ("dall'" as the opener is read)
# "the Same" (the party of the entry before): as calendars and contents pages write it.
SAME = re.compile(r"^(?:the\s+)?(?:same|samf|sarne)$|^(?:der|die|das|den|dem)?\s*(?:derselbe|dieselbe|dieselben|denselben|demselben|"
                  r"derselben|dasselbe)$|^(?:le|la|les|au|aux|à\s+la)?\s*m[êe]mes?$|^idem$|^(?:o|a)?\s*mesm[oa]s?$|"
                  r"^densamm[ae]$|^samme$|^ditto$|^do\.?$|^(?:tegoż|tejże|tychże|tenże|taż|ciż)$|^(?:ders|dies|dems|dens)\.?$|^(?:(?:lo|il|la|el)\s+)?(?:stess[oaie]|medesim[oaie]|mism[oa]s?)$",
                  re.IGNORECASE)


# Words that say who it was is not known: the side stays empty, no person is made of them.
UNKNOWN_WORDS = ("unknown", "unbekannt", "anonymous", "anonym", "anonyme", "inconnu", "inconnue", "unidentified",
                 "unidentifiziert", "unknown person", "unknown correspondent", "unknown author", "unknown recipient",
                 "unknown sender", "unknown writer", "unknown addressee", "unidentified correspondent", "n. n.", "n.n.", "nn",
                 "ignoto", "ignota", "ignoti", "destinatario ignoto", "destinataria ignota", "corrispondente ignoto",
                 "sconosciuto", "sconosciuta", "non identifié", "non identifiée", "destinataire inconnu", "desconocido",
                 "desconocida", "destinatario desconocido", "corresponsal no identificado", "un corresponsal no identificado",
                 "destinatario no identificado", "corresponsal desconocido", "un corresponsal desconocido",
                 "onbekend", "onbekende", "onbekende afzender", "onbekende ontvanger", "ukendt", "ukendt modtager", "ukendt afsender", "ubekendt", "okänd", "nieznany", "nieznana", "anonim", "nieznany nadawca", "nieznany adresat", "anonimowy", "anónimo", "anónima", "anonimo", "anonima", "ismeretlen",
                 "unsigned", "not signed", "signature illegible", "illegible", "name illegible", "unleserlich", "illisible", "unbekannter empfänger", "unbekannten empfänger",
                 "einen unbekannten empfänger", "einen unbekannten adressaten", "unbekannter absender", "einem unbekannten empfänger", "ohne unterschrift", "non signé", "non signée")
UNKNOWN = re.compile(r"^\s*[\[(]?(?:an?\s+(?=unknown|unidentified))?(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in UNKNOWN_WORDS)
                     + r")\.?[\])]?\s*$", re.IGNORECASE)


def _related(text: str) -> re.Match[str] | None:
    """_RELATION's match, but not a Catalan given name after "de" ("de Pere Rovira": Pere, not
    Dutch "de" and French "père")."""
    m = _RELATION.match(text)
    words = m.group("relation").split() if m else []
    if m and words[0] == "the" and words[-1] in {"Agent", "Agents"}:
        return None  # ("the Agent at Bushire": an office, as a government writes it; "his agent" a relation)
    return None if m and words[0] == "de" and words[-1][:1].isupper() else m


# A relation that addresses, before the name with no "his" or "her": "Cousin Addie", "Aunt Mary", "Friend John"
# (not "Sister", "Brother", "Father": offices of a religious order too, see OFFICES)
_KIN_ADDRESS = re.compile(r"^(?:Cousin|Aunt|Auntie|Uncle|Friend|Grandma|Grandpa|Grandmother|Grandfather)\s+"
                          r"(?=[A-ZÀ-Þ][a-zà-ÿ]+\s+(?:[A-ZÀ-Þ]\.\s+)?[A-ZÀ-Þ][a-zà-ÿ'’-]+$)")  # (a given name and a
#                          surname: "Aunt Mary" alone stays as the letter names her; not "Uncle Sam")
_APPOSED = re.compile(r"^(?P<relation>[^,]{3,40}),\s+(?P<name>[A-ZÀ-Þ].*)$")  # (a relation, then the name)
# Words of place names, so that "to his son, New York City" or "to his parents, Camp Douglas" names
# where the letter went, not who received it
_PLACE_NAME_WORDS = frozenset("New Fort Saint St. Mount Mt. Camp Port City Bay Grand North South East West Territory Lake "
                              "River Falls Springs Harbor Harbour Point Island County Valley Heights Ville".split())


def relation(text: str) -> str | None:
    """The relation a party is named by ("his Sister", "a Friend in London"), or None: when
    no relation opens the text, or a name follows it ("his publisher John Ruskell")."""
    m = _related(text.strip())
    if not m:
        return None
    rest = m.group("rest")
    where = re.match(r"^\s+(?:in|at|of|from|zu|à|de|aus|von)\s+(?:(?!\s(?-i:to\s+(?:the\s+)?[A-Z]))[^,.;:])+", rest, re.IGNORECASE)
    if where:
        return m.group("relation") + where.group(0)
    if rest.strip()[:1].isupper() and not rest[:1] in ",.;:":
        return None
    return m.group("relation")


_PERIODICALS = re.compile(
    r"\b(?:Izvestia|Izvestiya|Izyestia|Pravda|Times|Daily|Gazette|Herald|Tribune|Post|Journal|Zeitung|"
    r"Monde|Figaro|Renmin Ribao|Ribao|News|Review|Bulletin|Chronicle|Courier|Observer|Telegraph)\b"
)
_EDITORIAL = re.compile(r"^(?:excerpts?|extracts?|summary|draft|copy|translation|fragment|abridged|"
                        r"partial|incomplete|original|in \w+|attachment|enclosure|undated|n\.\s?d\.|"
                        # a library catalogue's material: "Letter from A to B [manuscript], 1860"
                        r"manuscript|typescript|microform|photocopy|facsimile|transcript|carbon copy|"
                        # … and in other languages: "(copie)", "(Abschrift)", "(minuta)"
                        r"copie|brouillon|minute|extrait|traduction|duplicata|abschrift|entwurf|konzept|kopie|"
                        r"auszug|ausfertigung|copia|minuta|bozza|estratto|borrador|traslado|afschrift|kopia|"
                        r"afskrift|avskrift|kladde|udkast|utkast|kopi|koncept)$", re.IGNORECASE)  # (Danish, Norwegian, Swedish)
# A remark in brackets at a title's end: what the letter is about, a postscript to someone ("… til P.A.
# Holmgaard (om NFH)", "(med efterskrift til faderen)", "(about the lease)"): a note, no party's name
_REMARK_AT_END = re.compile(r"\s*\((?P<inner>(?i:om|angående|ang\.|vedr\.|vedrørende|about|concerning|regarding|re:?|"
                            r"über|betr\.|betreffend|au sujet de|sur|sobre|med efterskrift|med tilføjelse|"
                            r"with a postscript|with postscript|mit Nachschrift|avec post-scriptum)\s[^()]+)\)\s*$")
REMARK_EXAMPLES = (("Fra NFH til P.A. Holmgaard (om NFH)", (["NFH"], ["P.A. Holmgaard"], ["om NFH"])),
                   ("Fra NFH til Chr. Mølsted (med efterskrift til faderen)",
                    (["NFH"], ["Chr. Mølsted"], ["med efterskrift til faderen"])),
                   ("Fra NFH til Redaktionen af »Fædrelandet« (kladde)", (["NFH"], ["Redaktionen af »Fædrelandet«"], ["kladde"])),
                   ("From Ann Hale to Tom Hale (about the lease)", (["Ann Hale"], ["Tom Hale"], ["about the lease"])))
# How many, in brackets after the type word: "Brieven (3) van X", "Cartas (7) de X a Y"
_COUNT = re.compile(r"^(?P<type>[^\W\d_]+)\s+\((?P<n>\d{1,3})\)(?=\s+[a-z])"
                    # (a word for letters before a name too: "Listy (6) Henryka Brzozowskiego do …")
                    r"|^(?P<typed>(?i:letters|listy|briefe|brieven|lettres|lettere|cartas|breve|brev|dopisy))\s+"
                    r"\((?P<count>\d{1,3})\)(?=\s+\S)")
# … or before it: "18 letters from Henry Ashby to E. M.", "12 breve fra X", "3 Briefe an X"
_COUNT_FIRST = re.compile(r"^(?P<n>\d{1,4})\s+(?=(?:letters|breve|brev|briefe|lettres|lettere|cartas|brieven|listy|dopisy|cartes)\s)",
                          re.IGNORECASE)
# A place's name: one or two capitalised words, or two joined as places join them
# ("Stockholm", "Lyndhurst Vale", "St. Albans", "Frankfurt am Main", "Frankfurt an der Oder")
_PLACE_NAME = (r"(?:St\.\s+)?[A-ZÀ-Þ][\w’'-]+(?:\s+(?:(?:am|an|der|im|upon|sur|en|in)\s+)+[A-ZÀ-Þ][\w’'-]+"
               r"|\s+[A-ZÀ-Þ][\w’'-]+)?")
_LOCATED = re.compile(rf"^(?P<name>.+?)\s+(?:in|at)\s+(?P<place>{_PLACE_NAME})$")
_VIA = re.compile(r"^\s*via\s+(.+)$", re.IGNORECASE)
_FOR = re.compile(r"^\s*for\s+(.+)$", re.IGNORECASE)
_NUMBER = re.compile(
    r"(?:,\s*)?\b(?:Nos?\.|Numbers?|number|№|Nr\.)\s*(?P<n>\d+[\w/]*(?:\s*(?:-|–|,|and|&)\s*\d+[\w/]*)*)"
    r"|(?<![\w/])(?P<pair>\d+/\d+)(?![\w/])"
)
_QUOTE_CHARS = "'\"‘’“”«»„"
_CONVERSATIONS = {"memorandum-of-conversation", "conversation", "minutes"}


@dataclass(frozen=True)
class Name:
    """A party as written, and who it is when the title says so ("Filippov [Stalin]")."""

    written: str
    identified: str | None = None
    kind: str = "person"  # or "org", "place"; "office" for a holder named by the office alone, "unknown"
    role: str | None = None
    role_first: bool = True
    supplied: bool = False
    place: str | None = None
    role_bracketed: bool = False  # "John Murray (publisher)"  # "Roshchin in Beijing": where this party wrote or received it

    @property
    def canonical(self) -> str:
        """The form the registers know this party by: whom the title identifies, else the name
        as written; a surname alone keeps its form of address ("Mrs. Hammond" and "Mr. Hammond"
        are two people, whom "Hammond" alone cannot tell apart), and so does a woman named with
        initials that may be her husband's (Mrs. T. Grey is not T. Grey, Mr. T. Grey is)."""
        if self.identified:
            return self.identified
        if self.kind == "person" and self.role and not self.role_first and (
                lead := _ROLE_BEFORE.match(self.written)) and looks_like_name(lead["name"]):
            # "Sir John Crane, knight": the Sir John Crane of "Sir John Crane to X" (one register entry)
            return replace(self, written=lead["name"].strip(), role=lead["role"].strip(), role_first=True).canonical
        if not (self.kind == "person" and self.role_first and self.role):
            return self.written
        first = self.written.split()[0]
        if first in MEN_GIVEN_NAMES or first not in GIVEN_NAMES:
            woman = next((w for w in self.role.split() if w.rstrip(".") in _WOMAN), None)
            if woman and " " in self.written:  # "Mrs. Thomas Carlyle", "Lady John Russell": wives, not their husbands
                return f"{_ADDRESS_STOPPED.get(woman, woman)} {self.written}"  # (nor "Mrs. Rowland Fitch", whose
                #                                 given name may be his: only a woman's tells her own, "Mrs. Eliza Fitch")
        if _NO_GIVEN_NAME.fullmatch(self.written):
            # "the Rev. Mr. Hammond" is Mr. Hammond, "Frau Dr. Müller" Frau Müller, "Mr" Mr.
            for word in self.role.split():
                if _ADDRESS_WORDS.fullmatch(word) and (" " not in self.written or word.rstrip(".") in _WOMAN):
                    return f"{_ADDRESS_STOPPED.get(word, word)} {self.written}"
        return self.written


@dataclass
class Title:
    text: str
    doctype: str | None = None
    doctype_written: str | None = None
    number: str | None = None
    senders: list[Name] = field(default_factory=list)
    recipients: list[Name] = field(default_factory=list)
    # In the order the document travelled: sender's side first.
    intermediaries: list[Name] = field(default_factory=list)
    participants: list[Name] = field(default_factory=list)
    authors: list[Name] = field(default_factory=list)
    enclosures: list["Title"] = field(default_factory=list)
    subject: str | None = None
    source: str | None = None
    date: DateValue | None = None
    date_text: str | None = None
    place: str | None = None
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    shape: str | None = None  # the name of the title shape (SHAPES) that read its parties

    @property
    def is_letter(self) -> bool:
        """A sender or a recipient is named: the document was sent (the other may be unknown)."""
        return bool(self.senders or self.recipients)

    def names(self) -> list[Name]:
        own = [*self.senders, *self.intermediaries, *self.recipients, *self.participants, *self.authors]
        return own + [n for e in self.enclosures for n in e.names()]


# A birth name in brackets after a name: "(née Jones)", "(geb. Müller)", "(nata Rossi)".
_MAIDEN = re.compile(r"(?:née|nee|geb\.|geborene|born|nata|nacida|geboren)\s+[A-ZÀ-Þ][\w'’-]+(?:[\s-][A-ZÀ-Þ][\w'’-]+)?")


def _inverted(surname: str, given: str) -> bool:
    """"Hagemeister" then "Mathilde": a surname and one or two given names (or initials), as
    indexes and catalogue fields write a name; the caller knows the list's commas part no names."""
    words = given.split()
    return (re.fullmatch(r"[A-ZÀ-Þ][\w'’]+(?:-[A-ZÀ-Þ][\w'’]+)?", surname) is not None and surname not in GIVEN_NAMES
            and len(words) <= 2 and all(re.fullmatch(r"[A-ZÀ-Þ][\w'’.-]*", w) for w in words)
            and not _ROLE_ONLY.match(given) and not _HONOUR.match(given))


def split_top(text: str, separator: re.Pattern[str]) -> list[str]:
    """Split at separators that are not inside brackets."""
    parts, start = [], 0
    for m in _top_positions(text, separator):
        if m.start() >= start and m.end() > m.start():
            parts.append(text[start:m.start()])
            start = m.end()
    parts.append(text[start:])
    return [p.strip() for p in parts]


_BRACKET = re.compile(r"[(\[{)\]}]")


def _top_positions(text: str, separator: re.Pattern[str]) -> list[re.Match[str]]:
    """Every separator match outside brackets, left to right: the match at each position
    (overlapping ones too) that is not a bracket and not inside brackets."""
    found: list[re.Match[str]] = []
    bracketed = _BRACKET.search(text) is not None
    depth = scanned = i = 0
    while (m := separator.search(text, i)) is not None:  # the next position where one matches
        at = m.start()
        i = at + 1
        if bracketed:
            for c in text[scanned:at]:
                if c in "([{":
                    depth += 1
                elif c in ")]}":
                    depth = max(0, depth - 1)
            scanned = at
            if depth or text[at:at + 1] in ("(", "[", "{", ")", "]", "}"):
                continue
        found.append(m)
    return found


_TO = re.compile(r"\s+(?:to|an|à|aan)\s+", re.IGNORECASE)
_STRAY_MARKS = re.compile(r"[<>{}#|\\]|!!|\?\?")  # markup or keyboard noise in a title
_NAME_TO_NAME = re.compile(r"\b[A-ZÀ-Þ][\w.'’-]*\s+(?:to|an|à|aan|a)\s+[A-ZÀ-Þ]")  # "Brown to Green", not "road to Bath"
_NAMES_TO_NAMES = re.compile(r"\b[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ][\w'’-]+\s+(?:to|an|à|aan|a)\s+[A-ZÀ-Þ][\w.'’-]*\s+[A-ZÀ-Þ]")
# A peeress's style after her given name: "Anne, Lady Carbury", "Mary, Countess of Derby" (not
# "Pettigrew, Lady Harriet Ravensworth": two people)
# A library catalogue's record heading, its writer inverted: "Kemp, Edward.", "Lumley, William,
# 1818-1873, author.", "Lumley, Caroline, b. 1798." (before the record's type word)
_RECORD_HEAD = re.compile(r"(?P<surname>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?),\s+(?P<given>[A-ZÀ-Þ][\w'’-]*\.?"
                          r"(?:\s+[A-ZÀ-Þ][\w'’-]*\.?){0,2}),?(?P<dates>\s+(?:b\.|d\.|fl\.)?\s*\d{4}(?:-\d{4})?\??,?)?"
                          r"(?:\s+[a-z][a-z\s-]{0,40})?\.")
def _record_head(text: str) -> re.Match[str] | None:
    """"Kemp, Edward, 1769-1812." as a library catalogue heads a record with its writer: life
    dates, a known given name, or a one-word given name of a person (not "Politburo, Stalin")."""
    head = _RECORD_HEAD.fullmatch(text.rstrip(".") + ".")
    if head and (head["dates"] or head["given"].split()[0] in GIVEN_NAMES or " " not in head["given"]
                 and looks_like_name(f"{head['given']} {head['surname']}") and _kind(head["given"]) == "person"
                 and _kind(head["surname"]) == "person"):
        return head
    return None


def record_heading(text: str) -> bool:
    """A catalogue record that opens with its writer and then its type word: "Kemp, Edward,
    1769-1812. Letter, Bath, to X" (see _record_head)."""
    return record_type_at(text) is not None


def record_type_at(text: str) -> int | None:
    """Where a catalogue record's type word or description starts after the writer heading it
    ("Lumb, Carla, b. 1798, author. Autograph letter signed : Bath, …"), or None."""
    starts = [found[n] for found, n in ((doctypes.find(text[:120]), 2), (doctypes.description(text[:120]), 1)) if found]
    at = min(starts, default=0)
    return at if at and _record_head(text[:at].strip(" ,:;-[")) else None  # ("X, Y. [Carta] …": the type supplied)


_TO_FROM = re.compile(r"to\s+(?P<recipients>.+?)\s+from\s+(?P<senders>.+)", re.IGNORECASE)
_RECORD_SHELF = re.compile(r"[.,]?\s+(?P<mark>(?:MSS?|Mss?)\.?\s+(?:[A-Z][a-z]{0,3}\.?\s+)?\d+[\w.]*(?:\s*\(\d+\))?)\.?$")
_STATES = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
           "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
           "Mississippi|Missouri|Montana|Nebraska|Nevada|Ohio|Oklahoma|Oregon|Pennsylvania|Tennessee|Texas|Utah|"
           "Vermont|Virginia|Washington|Wisconsin|Wyoming|Cornwall|Devon|Kent|Surrey|Sussex|Essex|Yorkshire")
_STATE_WORDS = re.compile(rf"\b(?:{_STATES}|D\.\s?C\.)")
_RECORD_PLACE = re.compile(r"^(?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?"
                           rf"(?:,\s(?:[A-Z][a-z]{{1,5}}\.(?:\s?[A-Z]\.)?|[A-Z]\.\s?[A-Z]\.|{_STATES}))?),?\s+(?=to\s)")
#                          (its state after it: "Middletown, Conn., to X", "Cincinnati, Ohio, to X")
_PEERESS_TITLES = ("Lady", "Countess", "Duchess", "Marchioness", "Viscountess", "Baroness")
_PEERESS = re.compile(r"^(?:Lady|Countess|Duchess|Marchioness|Viscountess|Baroness|"
                      r"Lord|Earl|Viscount|Baron|Marquess|Marquis|Duke)\s+(?:of\s+)?[A-ZÀ-Þ][\w'’-]+$")
#                       ("Anne, Lady Carbury", "James, Lord Dromtary", "Richard, Earl of Kilbrack": a peer's given name)
# Polish "i" (and) before a party: a form of address or a given name and a surname ("… i ks. Henryka
# Dudziaka", "… i Edwarda Kmity"); not Swedish "i" (in) before a place ("grosshandlare i Göteborg"),
# nor "Charles I"
_POLISH_NEXT = r"(?-i:(?:ks|p|hr|dr|prof|bp|o)\.?\s+[A-ZÀ-ÞŁŚŻŹ]|[A-ZÀ-ÞŁŚŻŹ][\w'’-]+\s+[A-ZÀ-ÞŁŚŻŹ])"
_LIST = re.compile(rf"\s*[,;]\s*(?:and\s+|&\s+)?|\s+(?:and|&|und|et|en|(?-i:e|E(?=\s+[A-ZÀ-Þ]{{2,}}\b))|és|och|og|(?-i:i)(?=\s+{_POLISH_NEXT})"
                   r"|(?-i:і|та)(?=\s+[А-ЯІЇЄҐ])"  # (Ukrainian "і", "та" before a capital)
                   r"|(?-i:και)(?=\s+(?:(?:ο|η|τον|την|τη|το|τους|του|της)\s+)?[Α-ΩΆ-Ώ]))\s+(?:(?-i:ο|η|τον|την|τη|το|τους|του|της)\s+)?"
                   #   (Greek "και", the article of the next name after it: "… και τον Πέτρο Μαυροκορδάτο")
                   # Spanish "y" between two parties where the preposition comes again ("… y a Luis del Castillo",
                   # "… y del Consulado"): in a name it joins two surnames ("Arrieta y Salcedo")
                   r"|\s+y\s+(?=(?:a|al|a\s+la|de|del|de\s+la|de\s+los)\s+\S)"
                   # (Catalan "i" so: "Pere Rovira i de Miquel Rovira", "… a X i a Y"; in a name it joins
                   # two surnames, "Masferrer i Coll")
                   r"|\s+(?-i:i)\s+(?=(?-i:a|al|de|del|d['’])\s*[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ])"  # (a given name and a
                   #                                         surname after it: not "Joan Vila i de Puig", one name)
                   # … or where a form of address or an article opens the next party ("… Torremocha y don
                   # Bernardo Villaseca", "… y la Junta de …"); a given name does too (_spanish_and)
                   r"|\s+y\s+(?=(?i:don|doña|fray|sor|el|la|los|las|d\.|dña\.)\s+[A-ZÀ-Þ])", re.IGNORECASE)
_COMMA = re.compile(r"\s*,\s*")
_AND = re.compile(rf"\s+(?:and|&|und|et|en|(?-i:e|E(?=\s+[A-ZÀ-Þ]{{2,}}\b))|és|och|og|(?-i:i)(?=\s+{_POLISH_NEXT}))\s+",
                  re.IGNORECASE)  # (Italian "E" only between words in capitals: "Mr E Tapsell" is his initial)
# Italian and Spanish repeat the preposition and its article after "e"/"y": "… e alla Direzione"
_REPEATED_PREPOSITION = re.compile(r"^(?:all['’]|alla|allo|alle|agli|ai|al|ad|a|dall['’]|dalla|dallo|dagli|dai|dal|da|"
                                   r"della|dello|degli|dei|del|de\s+la|de\s+los|de\s+las|"
                                   r"de(?=\s+[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ])|d['’](?=[A-ZÀ-Þ]))\s*"  # ("… i de Miquel Rovira", not "de Witt")
                                   r"(?=[A-ZÀ-Þ]|[a-zà-ÿ]+\.?\s+[A-ZÀ-Þ])")
_SUBJECT = re.compile(
    r"\s+(?:(?<!committee\s)on|(?<=committee\s)on(?!\s+(?-i:[A-Z]))|about|concerning|regarding|re:?|re\.|with regard to|in connection with|in reply to|"
    r"while|during|oor|"  # ("… to R.A. Hawtrey while on commando"; Afrikaans "… aan die Staatsekretaris oor …")
    r"in response to|over|betreffende|inzake|insake|met verzoek om|met betrekking tot|houdende|naar aanleiding van|"
    r"(?-i:met)(?=\s+(?:een|de|het|zijn|haar|hun|twee|drie|nieuws)\s))\s+|\s*:\s+"  # ("… met een lijst van …")
    # (Spanish, Portuguese, Italian, French, German, in lower case: "…, sobre el envío de lana")
    r"|,?\s+(?-i:sobre|desde|acerca\s+de|relativa\s+a|relativo\s+a|riguardo|intorno\s+a|au\s+sujet\s+de|concernant|"
    r"betreffend|wegen|betr\.|betreffs|bezüglich|bzgl\.)\s+"  # ("… an die Regierung betr. Rückstände"; not "über",
    #                                                    which may come before the addressee: "von X über den Brand an Y")
    # (Catalan gerunds and phrases, with or without a comma: "Carta de X demanant un préstec", "… tramesa
    # de comptes", "…, en relació al plet")
    r"|,?\s+(?-i:demanant|donant|recomanant|comunicant|informant|trametent|agraint|tramesa\s+de|en\s+relació\s+(?:a|al|amb))\s+"
    # (… or a summary's verb, often after its clitic: "…, le pide noticias de …", "…, trata del pleito …",
    # "…, acusa recibo …", "…, gli comunica …", "…, pedindo …")
    r"|,\s+(?-i:(?:le|les|se|gli|lhe|lo|la)\s+[a-zà-ÿ]+|trata|noticias|acusa|informa|comunica|pide|remite|envía|"
    r"solicita|agradece|recomienda|felicita|anuncia|avisa|participa|pidiendo|informando|comunicando|"
    r"pedindo|informando|agradecendo|chiede|ringrazia|annuncia|raccomanda|sollecita|"
    # (Spanish gerunds, as archive catalogues run a letter's title into its subject: "Carta de X,
    # recomendando a su sobrino …", "…, quejándose de …", "…, dándole cuenta de …", "…, en que trata …")
    r"recomendando|acusando|solicitando|quejándose|dándole|dándoles|informándole|remitiendo|avisando|"
    r"agradeciendo|enviando|proponiendo|rogando|suplicando|con\s+noticias|en\s+(?:el\s+|la\s+)?que)\b\s*"
    # (English, as a collection's record describes a letter in a sentence: "Letter from A to B in which
    # A asks …", "…, while A was at Camp …", "Telegram from A to B urging B to …")
    r"|,?\s+(?-i:in\s+which|wherein|whereby|while(?=\s+[A-Z]))\s+|,?\s+(?=(?-i:(?!commanding\s)[a-z]{2,}ing\s+(?:[A-Z]|(?:the|an?|his|her|their|its|that|whether|how|what|why|for|about|on|upon|of)\s|(?:him|her|them|us|me|you)\b)))"
    # (a summary's verb and its object: "asking Brannock to …", "listing the names"; not "shipping company",
    # "his loving wife", "traveling in Europe", nor an office: "the General Officer commanding the Forces")
    r"|\s+(?=(?-i:to\s+(?!(?:the|his|her|their|our|my|a|an|one|some|den|die|der)\b)[a-z]+\b))", re.IGNORECASE
)  # the last: an order's infinitive ("Warrant to A to pay 40l. to B")


_FRENCH_OFFICE = re.compile(r"(?:l['’])?(?:premier\s+|second\s+)?(?:évêque|archevêque|abbé|abbesse|prieur|prieure|gouverneur|intendant|"
                            r"sénéchal|président|lieutenant|chapitre|syndic|trésorier|greffier|viguier|bailli|juge)"
                            r"(?:\s+[a-zéè]+){0,2}\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’])?")
_FRENCH_SEATS = {"ville", "cité", "province", "communauté", "maison consulaire", "maison de ville"}
_ELIDED_PARTICLE = re.compile(r"[dl]['’][A-ZÀ-Þ]")  # "d'Alembert", "d’Annunzio"
# Small words inside a body's name in Polish and Czech, before the capitalised word that ends it:
# "Wydział Krajowy we Lwowie", "Magistrat miasta Tarnowa", "Towarzystwo Przyjaciół Nauk w Poznaniu".
_BODY_LINKS = frozenset("w we z ze na przy dla i miasta gminy powiatu województwa królestwa kraju obwodu parafii "
                        "diecezji v ve při pro im zu der des "  # (… "Kammer im Königreich Böhmen")
                        "naturales indios españoles vecinos comunidad".split())  # ("República de naturales de X")
_ELIDED_WORD = re.compile(r"[dl]['’]\w")  # "d'agriculture": in a body's name
_SIDE_WORDS = frozenset("to a al an à au aan para do".split())  # (words that part two parties)


_NOBLE_TITLES = frozenset("marquis marquise comte comtesse vicomte vicomtesse baron baronne duc duchesse prince princesse "
                          "seigneur dame "  # ("la dame de Saint-Alby": a lady by her lordship)
                          "chevalier marchese marchesa conte contessa duca duchessa barone baronessa principe "
                          "principessa duque duquesa marqués marquesa condesa vizconde vizcondesa barón baronesa marquês "
                          "visconde viscondessa barão".split())  # (Spanish, Portuguese: "del duque de Almaraz")


# Bodies named by a compound: German ("Hofkammer", "Kreisamt", "Oberamt der Herrschaft X",
# "Bancal-Administration") and Nordic, the article its ending ("Kirkedepartementet", "Hallesund
# formannskap", "skolekommisjon", "Fattigkommissionen")
_GERMAN_BODY = re.compile(r"[a-zäöüßåæø-]*(?:kammer|kanzlei|amt|ämter|gericht|regierung|kommission|direktion|"
                          r"deputation|kapitel|konsistorium|gemeinde|verwaltung|administration|repräsentation|"
                          r"statthalterei|gubernium|"
                          r"departement|departementet|kommisjon|kommisjonen|kommissionen|direksjon|direksjonen|"
                          r"direktionen|styre|styret|styrelse|styrelsen|råd|rådet|formannskap|formannskapet|"
                          r"forening|foreningen|selskap|selskapet|selskab|selskabet|kollegium|kancelli|kancelliet|"
                          r"amtet|kontor|kontoret|stift|stiftet)")
# … and the words before a body's name in lower case: "k. k. Hofkammer", "die böhmische Hofkanzlei",
# "k. k. Repräsentation und Kammer"
_BODY_ADJECTIVES = re.compile(r"^(?:(?:k\.\s?k\.|kgl\.|kais\.|kaiserl\.|königl\.|[a-zäöü]+(?:isch|lich|ig)(?:e|en|er|es))\s+)+"
                              r"(?P<rest>[A-ZÄÖÜ].*)$")


def han(text: str) -> bool:
    """The text opens with a Han character: Chinese, read by its own rules (_han_parties)."""
    return "\u3400" <= text[:1] <= "\u9fff"


# An office that serves a body or an office, named with it: "the Secretary to the Government of India in the Foreign
# Department", "the Agent to the Governor-General for Rajputana" (its "to" parts no sender from a recipient)
_OFFICE_TO_BODY = re.compile(r"^(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:Secretary|Under-Secretary|Agent|Chaplain|Physician|Surgeon|"
                             r"Solicitor|Counsel|Adviser|Advisor|Interpreter)\s+to\s+the\s+(?P<whom>(?:Government|Governor|"
                             r"Governor-General|Viceroy|Board|Council|Commissioner|Chief\s+Commissioner|Resident)\b.*)$")


def looks_like_name(text: str) -> bool:
    """Capitalised words, perhaps with particles and initials: "Mao Zedong", "V. Semyonov"; a Chinese name."""
    if han(text):
        return _han_parties(text) is not None
    if (body := _BODY_ADJECTIVES.match(text)) and _kind(body["rest"]) == "org" and looks_like_name(body["rest"]):
        return True
    if (office := _FRENCH_OFFICE.match(text)) and (text[office.end():] in _FRENCH_SEATS or looks_like_name(text[office.end():])):
        return True  # ("évêque de Castelvieil", "premier président du parlement de Toulouse": an office, its seat)
    if (serving := _OFFICE_TO_BODY.match(text)) and looks_like_name(serving["whom"]):
        return True  # ("the Secretary to the Government of India", "the Agent to the Governor-General for Rajputana")
    words = text.split()
    if not words or len(words) > (16 if any(w.lower().strip(".,") in _vocabulary.organisations for w in words) else 8):
        return False
    if words[-1].lower() in _PARTICLES and not (words[-1] == "Das" and len(words) > 1):
        return False  # "Puzanov for": a name does not end in a particle (but "Mohan Das": an Indian surname)
    if not (words[0][:1].isupper() or words[0][:1] in _QUOTE_CHARS or words[0][:1].isdigit()
            or _ELIDED_PARTICLE.match(words[0])
            or len(words) >= 3 and all(w in _NAME_PARTICLES for w in words[:-1]) and words[-1][:1].isupper()
            or len(words) == 2 and words[0] in _SURNAME_PARTICLES and re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ'’-]{2,}", words[1])
            or len(words) >= 3 and words[0] in _vocabulary.organisations and words[-1][:1].isupper()
            or len(words) >= 3 and words[0] in _NOBLE_TITLES and words[1] in _NAME_PARTICLES and words[-1][:1].isupper()):
        #     ("marquis de Valrose-Chambonas": a French title of nobility in lower case, as inventories write it)
        #     ("magistraat van Zierikhoven": a body named in lower case, as Dutch lists write it)
        return False  # (a surname alone with its particles is a name: "von der Lahr", "van den Berg", "de Lisle")
    organisation = False
    # (a body's topic before its word for a body: "War Office", "Trade Board")
    a_body = any(w.strip(_QUOTE_CHARS + ".,").lower() in _vocabulary.organisations for w in words)
    for word in words:
        core = word.strip(_QUOTE_CHARS + ".,’'s")
        lower = word.strip(_QUOTE_CHARS + ".,").lower()
        body = _GERMAN_BODY.fullmatch(lower) is not None
        organisation = organisation or lower in _vocabulary.organisations or body
        if lower in _NOT_NAMES and not ((organisation or a_body) and lower in _ORG_TOPICS):
            return False
        if not core:
            if re.fullmatch(r"[A-Z]\.?", word):
                continue
            return False
        if core[:1].isupper() or core[:1].isdigit() or word is words[0] and (organisation or word in _NOBLE_TITLES) \
                or body and word is not words[0]:  # ("Hallesund formannskap": a place's body, in lower case)
            continue
        if core.lower() in _PARTICLES or word == "v." or _ELIDED_PARTICLE.match(core) or organisation and _ELIDED_WORD.match(core):
            # ("Frh. Johann Joseph v. Rabenfels": "von" abridged, in lower case; "M. H. V." initials)
            continue  # "Société d'agriculture de Lyon", "Conseil d'État", "Jean d'Alembert"
        if organisation and (core in _BODY_LINKS or core.isalpha() and len(words) >= 4 and not _SIDE_WORDS & set(words)) \
                and words[-1][:1].isupper():  # (not "Real Audiencia de Quito al corregidor de Riobamba": two parties)
            continue  # "Wydział Krajowy we Lwowie", "Magistrat miasta Tarnowa", "Deputazione di storia
            #           patria di Valdimonte": a body's words after its word for a body, up to a name
        if core.isalpha() and len(words) <= 5 and words[0].lower() in _vocabulary.organisations \
                and not _SIDE_WORDS & set(words):
            continue  # "Comité de salut public": a body named first, its words in small letters to the end
        return False
    return not all(w.lower() in _PARTICLES for w in words)


# Words that make a name an organisation's ("Baring Brothers", "the Church of England") but are
# surnames after a given name, its initial or abbreviation, or a form of address: "Richard
# Brothers", "J. Church", "Wm. Court", "Mrs. Church" are people.
SURNAMES_THAT_NAME_BODIES = frozenset({"Bank", "Board", "Brothers", "Church", "Court", "Guild", "Parish", "Press"})
_GIVEN_ABBREVIATED = re.compile(r"[A-Z]\.|(?:Chas|Thos|Geo|Jas|Benj|Eliz|Wm|Jno|Saml|Robt|Richd|Edw|Hy|Jos)\.?")
_ROLE_AND_PLACE = re.compile(r"(?P<role>[a-zà-ÿæøå][\w .'-]{1,40}),\s*(?P<place>[A-ZÀ-ÞÆØÅ][\w'’-]+(?:\s[A-ZÀ-ÞÆØÅ][\w'’-]+)?)")
_UNREAD_TAIL = re.compile(r"\s*(\[[^\[\]]*(?<!\d)1\d{3}(?!\d)[^\[\]]*\])\s*\.?$")
# An editor's bracket after the parties, of place and time without a year: "[Keswick, ? Winter]",
# "[n.p., n.d.]", "[? Autumn]" (the year is the heading's; a winter's is not known: kept as written)
_EDITORIAL_TAIL = re.compile(
    r"\s*\[(?:(?P<place>[A-ZÀ-Þ][\w'’-]*(?:\s[A-ZÀ-Þ][\w'’-]*){0,2}),\s*)?"
    rf"(?P<when>(?:(?:n\.\s?p\.|s\.\s?l\.),?\s*)?(?:\?\s*)?(?:{UNDATED_MARKS}|winter|{'|'.join(SEASONS)}|{MONTH_NAMES})?\.?)"
    r"\]\s*\.?$", re.IGNORECASE)
# … whose date ("n.d.]") was taken off already: "[n.p.,", "[Keswick,"
_EDITORIAL_OPEN = re.compile(r"\s*\[(?:(?P<place>[A-ZÀ-Þ][\w'’-]*(?:\s[A-ZÀ-Þ][\w'’-]*){0,2})|n\.\s?p\.|s\.\s?l\.)\s*,?\s*$")
_LIFE_DATES = re.compile(r"(?:[*†]|b\.|d\.|c\.|ca\.)?\s*1\d{3}\s*(?:[-–]\s*(?:1\d{3}|\d{2})?|\?)?")
_YEARS = re.compile(r"(?<!\d)1\d{3}(?!\d)")  # a year in a bracket after a name: a date, no one


_ELIDED = re.compile(r"^(?:l|d|dell|all|dall|sull|nell)['’]")


def _kind(name: str) -> str:
    """"Embassy in Hanoi" is an organisation; "Khrushchev at the Party Congress" is not:
    only the words before a first "at", "in", "of" … decide."""
    written = []
    for word in name.split():
        if word.lower() in {"at", "in", "on", "for", "of", "to", "from"}:
            break
        written.append(word.strip(".,"))
    if len(written) == 2 and written[1] in SURNAMES_THAT_NAME_BODIES and \
            (written[0] in GIVEN_NAMES or _GIVEN_ABBREVIATED.fullmatch(name.split()[0])):
        return "person"
    words = [_ELIDED.sub("", word.lower()) for word in written]  # ("l'abbaye de X", "dell'Accademia")
    if any(w in _vocabulary.organisations or _GERMAN_BODY.fullmatch(w) for w in words):
        return "org"
    if len(name.split()) <= 2 and all(re.fullmatch(r"[A-Z]{2,}", w.strip(".,")) for w in name.split()):
        return "org"  # "TASS", "CC CPSU"
    if ("&" in name or " Co" in name) and _is_firm(name):
        return "org"  # "Hope & Co.", "Smith & Sons" (a table's cell, read alone)
    return "person"


party_kind = _kind  # (public: a listing's key of names asks whether a name is a person's)


class Party(NamedTuple):
    """One party chunk read: the party, its intermediaries ("[via X]"), final addressees ("(for Y)")."""

    name: Name | None
    via: list[Name]
    final: list[Name]


class Parties(NamedTuple):
    """A list of parties read ("A, B and C [via X] and others")."""

    names: list[Name]
    via: list[Name]  # intermediaries named in brackets ("[via X]")
    final: list[Name]  # addressees the parties pass it on to ("(for Y)")
    others: bool  # "… and others"


_NO_PARTY = Party(None, [], [])


_BRACKETED = re.compile(r"[\[(]([^\])]*)[\])]")  # what a bracket holds


def _carriers(inner: str, vias: list[Name], finals: list[Name]) -> bool | None:
    """A bracket that says whom a party's letter went through ("via X") or to ("for Y"): its
    list, read as any list of parties ("[via Smith & Co.]" one firm, "[via Kovalev via
    Orlov]" both), put into ``vias`` or ``finals``; True. False for another bracket, None
    for one whose list cannot be read."""
    went, final = _VIA.match(inner), _FOR.match(inner)
    if not (went or final):
        return False
    listed = parse_party_list((went or final).group(1).strip())
    if listed is None or listed.others:
        return None
    (vias if went else finals).extend(listed.names)
    vias.extend(listed.via)
    finals.extend(listed.final)
    return True


def _named_in_full(core: str) -> bool:
    """A name that says who is meant without a bracket: a given name, then a surname ("Henry
    Brown"). A word in brackets after it says something else ("(Leeds)"), unlike one after a
    cover name, a surname with a form of address or an initial ("Filippov [Stalin]", "Mr. Homer
    (Maclean)", "Mrs. A (Ashworth)")."""
    words = core.split()
    return len(words) >= 2 and words[0] in GIVEN_NAMES and re.fullmatch(r"[A-ZÀ-Þ][\w'’-]+", words[-1]) is not None


def parse_name(chunk: str) -> Party:
    """One party chunk → the party, its intermediaries ("[via X]"), final addressees ("(for Y)")."""
    chunk = chunk.strip().strip(",")
    vias: list[Name] = []
    finals: list[Name] = []
    identified = None
    described = None
    supplied = False
    known_place = None
    whole = re.fullmatch(r"\[([^\]]+)\]", chunk)
    if whole:  # "[Politburo Members]": a party supplied by the editor
        chunk, supplied = whole.group(1), True
    if SAME.match(chunk):  # "the Same": resolved against the entry before (titles_for)
        return Party(Name(chunk, kind="same"), [], [])
    if UNKNOWN.match(chunk):  # "Unknown", "N. N.": a side the listing says it does not know (_finish)
        return Party(Name(chunk, kind="unknown"), [], [])
    if _COLONIAL_OFFICE.fullmatch(chunk.strip()):  # "Col. Sec.": the Colonial Secretary, no colonel
        return Party(Name(chunk.strip(), kind="office"), [], [])
    brackets = _BRACKETED.findall(chunk)
    core = _uncapitalised(re.sub(r"\s*[\[(][^\])]*[\])]", "", chunk).strip())  # ("REV. PHILIP X": his title read)
    via_tail = re.match(r"^(.*?),?\s+via\s+(.+)$", core)
    if via_tail:
        core = via_tail.group(1)
        brackets.append("via " + via_tail.group(2))
    for inner in brackets:
        taken = _carriers(inner, vias, finals)
        if taken is None:
            return _NO_PARTY
        if taken or _EDITORIAL.match(inner.strip()) or _MAIDEN.fullmatch(inner.strip()) or _LIFE_DATES.fullmatch(inner.strip()) \
                or _MEMBER_YEARS.fullmatch(inner.strip()) and inner.split()[0] not in GIVEN_NAMES:
            # ("R.T. Ollerenshaw (Carfax 1879-1883)": his college, his years; not "(Catherine Prytherch 1821-1897)")
            continue  # ("Jane Smith (née Jones)": her birth name; "Émile ROUX (1815-1890)": his life; left in the title)
        if described is None and (office_only(inner) or _OFFICE_ABBREVIATED.fullmatch(inner.strip())):
            described = inner.strip()  # "Rev. Jonas Tilley (Treasurer)", "(Editorial Sec.)": his office, not who
            continue
        if looks_like_name(inner) and identified is None and not _vocabulary.periodicals.search(inner) \
                and not _YEARS.search(inner):  # ("[1853–5]", a date it did not read, is nobody)
            if inner.strip() in _vocabulary.places:
                known_place = inner.strip()  # "Mrs. Ashworth (Bath)": where she was, not who
                continue
            if len(inner.split()) == 1 and (_named_in_full(core) or _kind(core) == "org" and not inner.isupper()):
                continue  # "Henry Brown (Leeds)", "Baring Brothers (London)": a town or a note, not
                #           who it was (unlike "(GMD)"); left in the title
            identified = inner.strip()
        elif (re.fullmatch(r"[a-z][a-z .'-]{1,40}", inner.strip()) or relation(inner.strip()) == inner.strip()
              or re.fullmatch(r"[A-ZÀ-Þ][\w.-]*['’]s\s+[a-z][a-z -]{2,30}", inner.strip())) \
                and described is None:  # ("Mary Dacre (HKD's mother)": who she is to another)
            described = inner.strip()  # "John Murray (publisher)", "Mrs. Hollidge (his Mother)": what, not who
        elif (placed := _ROLE_AND_PLACE.fullmatch(inner.strip())) and described is None and known_place is None:
            described, known_place = placed["role"], placed["place"]  # "Guri Eriksdatter (husmor, Stavanger)"
        else:
            return _NO_PARTY
    core = re.sub(r"^(?:o|a|os|as)\s+(?=[A-ZÀ-Þ])", "", core)  # "para o Doutor X": a Portuguese article
    core = re.sub(r"^(?:el|la|il|lo)\s+(?=[a-zà-ÿ]{3,}\s+[A-ZÀ-Þ])", "", core)  # "y el doctor X": an article before a title
    core = re.sub(r"^[lL]['’](?=[a-zà-ÿ]{3,}\s)", "", core)  # "à l'évêque de X": the article before an office
    core = re.sub(r"^(?:El|La|el|la)\s+(?=(?:Lic|Dr|Br|Fr|D|Da|Dña|Sr|Sra|Exmo|Ilmo)\.\s)", "", core)  # "El Lic. X", abridged
    if (article := re.match(r"(?:El|La|Los|Las)\s+(?=[A-ZÀ-Þ])", core)) and _kind(core[article.end():]) == "org":
        core = core[article.end():]  # "La República de naturales de X", "El Cabildo de Y" (not "La Fontaine")
    role, role_first = None, True
    if described:
        role, role_first = described, False
    core = re.sub(r"^(?:Del|Della|Dello|Degli|Dei|Di|Dal|Dalla|Dallo)\s+(?=[a-z])|^(?:Dell|Dall)['’](?=[a-z])", "", core)
    #              ("Del conte X al dottor Y": "of the count X", the particle no part of his title)
    related = _related(core)
    if related and related.group("rest").strip()[:1].isupper():  # "his publisher John Ruskell": the name (how
        core = related.group("rest").strip()                    # the two are related is no role: the title says it)
    if (kin := _KIN_ADDRESS.match(core)) and _kind(core[kin.end():]) == "person":
        core = core[kin.end():]  # "to Cousin Addie Ferris": a relation as the letter addressed her (not "… Clock Company")
    if role is None and (office := _OFFICE_THEN_NAME.fullmatch(core)) and (" of " in office["office"] or _kind(office["office"]) == "org"):
        core, role, role_first = office["name"], office["office"], True  # ("Superintendent of the Riverport
        #                                                                   Public Schools Dewey R. Yeager")
    suffix = _SUFFIX.match(core)
    if suffix and looks_like_name(suffix.group("name")):
        core, role, role_first = suffix.group("name").strip(" ,"), suffix.group("role"), False
    m = _ROLE_AFTER.match(core)
    if m and m.group("name") in GIVEN_NAMES and _PEERESS.match(m.group("role")):
        m = None  # "Richard, Earl of Kilbrack": a peer by his given name and title, one name
    if m and (addressed := _ROLE_BEFORE.match(m.group("name").strip())) and addressed["role"][:1].islower() \
            and _ADDRESS_ALONE.fullmatch(addressed["role"].strip()) and looks_like_name(addressed["name"]):
        # "al señor José Puello, síndico de Azua", "a don José Puello, …": a form of address in lower case, no part of
        # the name (as "Mr. John Smith, Secretary" keeps his, which Name.canonical reads)
        core, role, role_first = addressed["name"].strip(), m.group("role").strip(" ,"), False
    elif m and looks_like_name(m.group("name")):
        core, role, role_first = m.group("name").strip(), m.group("role").strip(" ,"), False
    else:
        roles = []
        while (m := _ROLE_BEFORE.match(core)) and looks_like_name(m.group("name")) \
                and not _OFFICE_ALONE.fullmatch(m.group("name")) and not _office_at_place(core) \
                and not re.match(r"[\w-]+['’]s\s", m.group("name")):  # "Lord Treasurer" is no Mr. Treasurer;
            #          "Chief Secretary's Office", "Surveyor General's Office": the office's own words
            role_word = re.sub(r"^(?:den|dem|der|die)\s+", "", m.group("role").strip())
            roles.append(german_weak_nominative(role_word))  # "Mr. Secretary Craggs": a
            #                                                                       title, then an office ("den Kaufmann X": no article)
            core = m.group("name").strip()
        if not roles and (addressed := _ADDRESS_BEFORE_PARTICLE.match(core)):
            roles.append(addressed["role"])  # "M. de Montfalcon", "Madame de Sorel": a form of address, his surname
            core = addressed["name"]
        if roles:
            role, role_first = " ".join(roles), True
    # (quotes around a name go; a name's own quoted word stays: "Direzione della «Nazione»")
    core = core.strip(" ")
    own_quote = re.search(r"\s(?:«[^«»]+»|»[^«»]+«|“[^“”]+”|„[^„“”]+[“”]|\"[^\"]+\"|'[^']+')$", core)  # (balanced, after a space)
    core = core.lstrip(_QUOTE_CHARS) if own_quote else core.strip(_QUOTE_CHARS)
    core = re.sub(r"^(?:(?i:the|der|die|das|den|dem)|(?-i:el|la|los|las|il|lo|gli)|(?-i:de|het)(?=\s+[a-z])(?!\s+la\s))\s+", "", core)
    #                                        (not "La Fontaine", "de Witt"; "de magistraat van X" is the body)
    if (article := re.match(r"(?:de|het)\s+(?=[A-Z])", core)) and _kind(core[article.end():]) == "org":
        core = core[article.end():]  # "de Staten van Holland", "het Hoogheemraadschap van Rijnland": the body
    if re.match(r"[lL]['’]\w", core) and _kind(core[2:]) == "org":
        core = core[2:]  # "l'abbaye de Grandpré", "l'Université de Louvain": the body, as "la fabrique de X"
    core = _uncapitalised(core)
    if (kin := _GREEK_KIN.match(core)) is not None and not role:
        role, role_first, core = kin["kin"], True, core[kin.end():]  # ("τη σύζυγό του Αικατερίνη": his wife, Αικατερίνη)
    located = _LOCATED.match(core)  # "Anna Berg at Frankfurt am Main": the name is before "at"
    named = located.group("name") if located and looks_like_name(located.group("name")) else core
    if not looks_like_name(named) or relation(chunk) or _NOT_IN_A_NAME.search(core) or \
            _ADDRESS_ALONE.fullmatch(core) and not re.fullmatch(r"[A-Z]\.", core) and identified is None:
        # ("To M.": an initial; "To Mrs. [Ashworth]": the editor's surname says who)
        return _NO_PARTY
    kind = _kind(identified or core)
    if kind == "org" and not identified and core in SURNAMES_THAT_NAME_BODIES and role and role_first and \
            any(_ADDRESS_WORDS.fullmatch(word) for word in role.split()):
        kind = "person"  # "Mrs. Church"
    place = known_place
    if kind == "person" and located and named is not core and not _office_at_place(core):
        core, place = located.group("name"), located.group("place")  # (not "the Political Resident at Aden": his office's)
    name = Name(core, identified, kind, role, role_first, supplied, place, described is not None and role == described)
    return Party(name, vias, finals)


_MEMBER_YEARS = re.compile(r"[A-ZÀ-Þ][\w.'’-]*(?:\s[A-ZÀ-Þ][\w.'’-]*)?,?\s+\d{4}\s*[-–]\s*\d{2,4}")


# What a name never holds: a date ("5. Mai 1850", "1850") or a sentence's end and the place
# after it ("Jürgen Weiß. Köln"); a stop after an initial or an abbreviation is no end.
# Given names cut short ("Chr. Mølsted", "Joh. Ludv. Heiberg"): no sentence ends at their stop
_GIVEN_ABBREVIATIONS = ("Chr Joh Wilh Vilh Ludv Edv Th Frdr Fredr Chrn Jac Ferd Heinr Alb Andr Bernh "
                        "Richd Robt Saml Edwd Willm Danl Nathl Alexr Abrm Fredk Josh Benjn Jonathn Xpher").split()  # (English letter-books)
_NAME_ABBREVIATIONS = ("Capt|Col|Gen|Lieut|Hon|Rev|Revd|Prof|Messrs|Esq|Chas|Thos|Geo|Jas|Benj|Eliz|Jun|Sen|"
                       "Bart|Knt|Mlle|Mme|Sgt|Adm|Gov|Govr|Amb|Pres|Secy|Dir|Frl|Gebr|"  # ("Buchhandlung Gebr. Lorenz")
                       + "|".join(_GIVEN_ABBREVIATIONS))
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_NOT_IN_A_NAME = re.compile(
    rf"\b(?:1[0-9]\d\d|20\d\d)\b|\b\d{{1,2}}\.?\s+(?i:{_MONTH_WORDS})\b"
    rf"|(?:(?<=\S\s)|^(?=[A-ZÀ-Þ][a-zà-ÿ]{{4,}}\.\s+[A-ZÀ-Þ][\w'’-]+\s+[a-zà-ÿ]))(?!(?:{_NAME_ABBREVIATIONS})\.)[^\W\d_]{{3,}}\.\s+[A-ZÀ-Þ]")
NOT_IN_A_NAME_EXAMPLES = ("Jürgen Weiß. Köln", "5. Mai 1850", "Anton Reuss. Weimar", "Hans Müller 1850", "Agent. Rents at Holkham")


# Men's given names: "Mrs. Thomas Carlyle" and "Lady John Russell" are named by their husbands.
MEN_GIVEN_NAMES = frozenset("""
Adam Albert Alexander Alfred Andrew Anthony Martin Arthur Benjamin Charles Christopher Daniel David Edmund Edward
Francis Frederick George Henry Hugh Isaac Jacob James John Jonathan Joseph Matthew Michael Nathaniel Nicholas
Patrick Peter Philip Ralph Richard Robert Roger Samuel Stephen Thomas Walter William Abraham Simon Timothy Humphrey
Humphry Owen Giles Laurence Lawrence Albrecht Anton Bernhard Christian Christoph Ernst Friedrich Georg Gottfried
Gustav Hans Heinrich Hermann Jakob Johann Josef Karl Konrad Leopold Ludwig Matthias Max Nikolaus Otto Paul
Sebastian Ulrich Wilhelm Wolfgang Franz Fritz Anselm Alexandre Antoine Augustin Étienne Francois François Guillaume
Henri Jacques Jean Louis Nicolas Pierre Philippe Giovanni Giuseppe Francesco Pietro Luigi Carlo Antonio
Ambrose Arnold Basil Bernard Cecil Clement Edgar Edwin Ernest Felix Gilbert Godfrey Gregory Harold Herbert Horace
Jasper Josiah Lewis Luke Mark Miles Oliver Percy Reginald Rupert Silas Theodore Vincent
Cesare Vincenzo Juan José Manuel Pedro Jan Pieter Willem Hendrik Cornelis Johannes
Agustín Andrés Bartolomé Bernardo Cristóbal Diego Domingo Esteban Felipe Fernando Francisco Gaspar Gonzalo Ignacio
Jerónimo Joaquín Lorenzo Luis Martín Mateo Miguel Nicolás Pablo Rafael Ramón Rodrigo Sebastián Tomás Vicente Alonso
João Joaquim António Gonçalo Bento Jorge Giacomo Girolamo Lorenzo Matteo Michele Niccolò Paolo Raffaele Tommaso
Abiel Abijah Abner Amos Asa Caleb Ebenezer Eleazer Elias Eliphalet Elisha Elihu Enoch Ephraim Ezekiel Ezra Gershom
Gideon Hezekiah Ichabod Isaiah Jabez Jedediah Jeremiah Jesse Job Joel Jonas Josias Joshua Lemuel Levi Moses Nathan
Nehemiah Obadiah Peleg Phineas Reuben Rufus Seth Solomon Thaddeus Zachariah Zebulon Benoni Jotham Lot Squire
Carl Mads Søren Niels Jens Poul Peder Rasmus Christen Ludvig Vilhelm Ole Lars Anders Knud Frederik Jørgen Morten
Erik Gustaf Olof Nils Per Sven Svend Bengt Magnus Kristian Henrik Valdemar Harald Troels Mogens Jesper Claus Oluf
Gerrit Gerard Dirk Klaas Kees Adriaan Arie Bart Frans Jacobus Joost Lodewijk Maarten Reinier Teunis Wouter Evert Floris
Zachary Woodrow Ulysses Millard Grover Rutherford Dwight Lyndon Gerald Ronald Harry Jimmy Lucius Orrin Zenas Cyrus Evan
Fredrik Johan Zacharias Juhani Matti Pekka Antti Heikki Kaarlo Yrjö Eino Ola Knut Kjell
""".split())  # (the last rows: English and American given names of the 17th and 18th centuries; Scandinavian, Dutch;
#              American of the 19th and 20th: the presidents' among them, whose papers are indexed)
# Given names common in the listings' languages: "To Walter and Henry Ashby" names two Ashbys only
# when the bare name and the full name's first word are both given names ("Petrov and Ivan Orlov"
# stays two people). General knowledge, not an edition's; a name missing here is read as written.
GIVEN_NAMES = MEN_GIVEN_NAMES | frozenset("""
Lucinda Della Nettie Mattie Hattie Minnie Lizzie Sadie Jennie Bessie Lottie Effie Addie Ella Ida Cora Flora Lula Etta Nellie Maggie Annie Carrie Lucie
Aino Hilma Elina Kari Astrid
Ottilie Ottilia Nicoline Kirstine Dorthea Bolette Agnes Alice Amelia Ann Anna Anne Catherine Charlotte Dorothy Eleanor Elinor Elizabeth Ellen Emily Emma Esther
Frances Hannah Harriet Helen Henrietta Isabella Jane Joan Julia Katherine Lucy Margaret Maria Martha Mary Rachel
Rebecca Sarah Sophia Susan Susanna Cecilia Edith Clara Louisa Caroline Lydia Ruth Hester Agathe Barbara Dorothea
Elisabeth Johanna Katharina Magdalena Margarethe Sophie Marie Luise Therese Adèle Claude Françoise Geneviève Jeanne
Julie Louise Madeleine Marguerite Claire Lucia Giulia Teresa Ada Arabella Augusta Bridget Constance Eliza Fanny
Georgiana Grace Isabel Jemima Kate Laura Lavinia Letitia Matilda Maud Olivia Penelope Phoebe Priscilla Rosa Rose
Selina Sybil Emilia Elisa Carmen Pilar Mathilde Henriette Wilhelmine Amalie Auguste Friederike Karoline Lovisa Ulrika
Ana Antonia Beatriz Catalina Concepción Dolores Francisca Inés Isabel Josefa Juana Leonor Luisa Manuela Margarita
Mercedes Micaela Petra Ramona Rosario Antónia Joana Luísa Caterina Francesca Giovanna Margherita Vittoria
Abigail Bathsheba Deborah Dorcas Eunice Hepzibah Huldah Jerusha Keziah Lois Lucretia Mehitable Tabitha Zipporah
Karen Mette Emilie Ane Inger Kirsten Birgitte Dorthe Maren Karin Kerstin Ingrid Sigrid Hanne Bodil Gertrud Ingeborg
Marthe Johanne Sofie Elise Frederikke Christiane
Aleida Alida Geertruida Grietje Hendrika Jacoba Cornelia Wilhelmina Aaltje Trijntje Neeltje Catharina Anthonia
""".split())
SHARED_SURNAME_EXAMPLES = (("Walter and Henry Ashby", ["Walter Ashby", "Henry Ashby"]),
                           ("Anna, Karl and Johann Berg", ["Anna Berg", "Karl Berg", "Johann Berg"]),
                           ("Petrov and Orlov", ["Petrov", "Orlov"]), ("Petrov and Ivan Orlov", ["Petrov", "Ivan Orlov"]),
                           ("Ashby and Walter Ashby", ["Ashby", "Walter Ashby"]),
                           ("Bürgermeister und Rat zu Esslingen", ["Bürgermeister und Rat zu Esslingen"]),
                           ("the Mayor and Aldermen of Bristol", ["Mayor and Aldermen of Bristol"]),
                           ("Mr. and Mrs. Hammond", ["Mr. Hammond", "Mrs. Hammond"]),
                           ("Mr. Brown and Mrs. Hammond", ["Mr. Brown", "Mrs. Hammond"]),
                           ("M. and Mme. Dupont", ["M. Dupont", "Mme. Dupont"]),
                           ("Mr. and Mrs. Grey and Miss Wooler", ["Mr. Grey", "Mrs. Grey", "Miss Wooler"]),
                           ("Miss Wooler, Mr. and Mrs. Grey", ["Miss Wooler", "Mr. Grey", "Mrs. Grey"]),
                           ("Captain and Mrs. Brown", ["Brown", "Mrs. Brown"]),
                           ("Mr. and Mrs. Thomas Carlyle", ["Thomas Carlyle", "Mrs. Thomas Carlyle"]),
                           ("Lord and Lady John Russell", ["John Russell", "Lady John Russell"]),
                           ("Mrs. Thomas Carlyle and Thomas Carlyle", ["Mrs. Thomas Carlyle", "Thomas Carlyle"]))


_JOINT = {tuple(w.lower() for w in body.split()[::2]): body.split()[1] for body in JOINT_BODIES}
_ADJECTIVE_END = re.compile(r"\s(?:[A-Z][a-z]+(?:al|ary|ic|ical|ian|ive))$")  # ("… Literary", "… Medical")


def _joint_bodies(chunks: list[str]) -> list[str]:
    """"Bürgermeister", "Rat zu Esslingen" → "Bürgermeister und Rat zu Esslingen" (JOINT_BODIES)."""
    merged: list[str] = []
    for chunk in chunks:
        first = chunk.split()[0].lower() if chunk.split() else ""
        last = re.sub(r"^(?:the|der|die|den|le|les)\s+", "", merged[-1], flags=re.IGNORECASE) if merged else ""
        last = _BODY_ADJECTIVES.sub(r"\g<rest>", last).lower()  # ("k. k. Repräsentation und Kammer")
        if (last, first) in _JOINT:
            merged[-1] += f" {_JOINT[(last, first)]} {chunk}"
        elif merged and re.fullmatch(r"(?:the\s+)?[A-ZÀ-Þ][a-zà-ÿ]+", merged[-1]) and last.title() not in GIVEN_NAMES \
                and not re.fullmatch(_TITLES, last.title()) and chunk[:1].isupper() and len(chunk.split()) > 1 \
                and _kind(chunk) == "org" and _kind(chunk.split()[0]) != "org":
            merged[-1] += f" and {chunk}"  # "the Hawkstowe and Colneford Railway Company": two towns' one body
        elif merged and _ADJECTIVE_END.search(merged[-1].title()) and _kind(merged[-1].title()) != "org" \
                and _kind(chunk.title()) == "org" and chunk[:1].isupper() and not _kind(chunk.split()[0].title()) == "org":
            merged[-1] += f" and {chunk}"  # "the Fennick Literary and Philosophical Society": one body
        else:
            merged.append(chunk)
    return merged


def _shared_surname(chunks: list[str]) -> list[str] | None:
    """"Walter", "Henry Ashby" → "Walter Ashby", "Henry Ashby": bare given names before a full
    name share its surname. None unless every bare one and the full name's first word are given
    names (GIVEN_NAMES) and the full name is a given name and one surname. Bare forms of
    address share a surname too (_shared_address)."""
    if any(_ADDRESS_ALONE.fullmatch(chunk) or _OFFICE_ALONE.fullmatch(chunk) or _titled_given(chunk)
           for chunk in chunks[:-1]):
        return _shared_address(chunks)
    *bare, full = chunks
    words = full.split()
    if not bare or len(words) != 2 or words[0] not in GIVEN_NAMES or not words[1][:1].isupper():
        return None
    if not all(b in GIVEN_NAMES and b != words[1] for b in bare):
        return None
    return [f"{b} {words[1]}" for b in bare] + [full]


_WIFE = re.compile(r"(?:Mrs\.?|Lady|Mme\.?|Madame|Frau|Signora)\s")


def _titled_given(chunk: str) -> bool:
    """"Sir John", "Dr. Henry": a form of address and a given name, no surname."""
    m = _TITLED_GIVEN.fullmatch(chunk)
    return m is not None and m.group("given") in GIVEN_NAMES


def _shared_address(chunks: list[str]) -> list[str] | None:
    """"Mr.", "Mrs. Grey (via X)", "Miss Wooler" → "Mr. Grey", "Mrs. Grey (via X)", "Miss
    Wooler": each bare form of address takes the name of the next one that has one ("Mr. and
    Mrs. T. Grey": Mr. T. Grey); a given name after a form of address, its surname ("Sir John
    and Lady Franklin"). None where the next has no name to share."""
    shared = list(chunks)
    for n, chunk in enumerate(chunks):
        if _titled_given(chunk):
            after = chunks[n + 1] if n + 1 < len(chunks) else ""
            m = _ADDRESSED.match(after) or _TITLED_FULL.fullmatch(after)
            if m and not _titled_given(after) and " " not in m.group("name") and "." not in m.group("name"):
                shared[n] = f"{chunk} {m.group('name')}"  # (a surname, not "Lady J. Franklin")
            continue
        peer = _OF_PLACE.fullmatch(chunks[n + 1]) if n + 1 < len(chunks) and _OFFICE_ALONE.fullmatch(chunk) else None
        if peer:  # "the Duke and Duchess of Argyll": the Duke of Argyll
            shared[n] = f"{chunk} {peer.group('of')}"
            continue
        # "Captain and Mrs. Brown": an office (not "the King and Mr. Pitt") before a wife
        office = _OFFICE_ALONE.fullmatch(chunk) and not chunk.lower().startswith("the ")
        if not (_ADDRESS_ALONE.fullmatch(chunk) or office):
            continue
        after = next((c for c in chunks[n + 1:] if not _ADDRESS_ALONE.fullmatch(c) and not _OFFICE_ALONE.fullmatch(c)), "")
        m = _ADDRESSED.match(after)
        if office and not (m and _WIFE.match(after)):
            continue
        if m is None and (full := _TITLED_FULL.fullmatch(after)):
            # "Mr. and Mrs. Thomas Carlyle": Mr. Thomas Carlyle (she is Mrs. Thomas Carlyle,
            # Name.canonical); "Mr. and Mrs. Jane Carlyle": Mr. Carlyle
            given = full.group("given")
            shared[n] = f"{chunk} {given} {full.group('name')}" if given in MEN_GIVEN_NAMES else f"{chunk} {full.group('name')}"
            continue
        if m is None:
            return None
        shared[n] = f"{chunk} {m.group('name')}"
    return shared


def _peers(first: str, second: str) -> bool:
    """"the Duke of Argyll", "Duchess of Argyll": two of one place (as _shared_address made
    them), not a name and the office it holds."""
    a, b = _OF_PLACE.fullmatch(first), _OF_PLACE.fullmatch(second)
    return bool(a and b and a.group("of") == b.group("of"))


def _uncapitalised(name: str) -> str:
    """"PIETRO GRADENIGO" → "Pietro Gradenigo", "DOGE and SENATE" → "Doge and Senate": a name set in
    capitals, as calendars and catalogues print names, in the case it is written otherwise. Only
    names of two words or more, one of five letters or more: "TASS", "CC CPSU", "USSR MFA" stay."""
    words = [w for w in name.split() if w.lower() not in _PARTICLES]
    if len(words) < 2 or not all(w.isupper() for w in words) or max(len(w.strip(".,")) for w in words) < 5:
        return name
    return " ".join(w.lower() if w.lower() in _PARTICLES and w.isupper() and k else
                    w if w.lower() in _PARTICLES or re.fullmatch(r"(?:[A-Z]\.)+", w) else w[:1] + w[1:].lower()
                    for k, w in enumerate(name.split()))  # ("EARL OF ARDMORE": "Earl of Ardmore")


_OF_TOPIC = re.compile(r"^(?:the\s+)?[A-Z][\w-]*\s+of\s+(?:the\s+)?[A-Z][\w-]+$")
_PLURAL = re.compile(r"^[A-Z][a-z]{3,}s$")
# The same in Italian, Spanish, French: "Accademia Lucchese di Scienze e Lettere", "Ministerio de
# Gracia y Justicia" (the word after "e"/"y" one word, not a given name).
_OF_TOPIC_ROMANCE = re.compile(r"^(?:de\s+|het\s+)?[A-ZÀ-Þ][\w-]*(?:\s+[A-ZÀ-Þ][\w-]*)?\s+(?:di|de|del|della|des|du|van)\s+[A-ZÀ-Þ][\w-]+$")
#                                                       ("Staten van Holland en West-Friesland": one body)


# The words that end a firm's name after "&" or "and" ("Smith & Co.", "Brown, Shipley & Co.",
# "Levi & Söhne"), one row per language: the name is one organisation, as written, and not
# a party for each part ("Co." is nobody).
FIRM_ENDINGS = {
    "en": r"Co\.?|Coy\.?|Company|Sons?|Brothers|Bros\.?|Partners",
    "de": r"Comp\.?|Cie\.?|Co\.?|Söhne|Sohn|Gebrüder",
    "fr": r"Cie\.?|Compagnie|Fils|Frères",
    "nl": r"Zoon|Zonen|Comp\.?",
    "da/sv": r"Søn|Sønner|Söner",
    "es/pt/it": r"Hijos?|Hermanos|Cía\.?|Filhos?|Irmãos|Figli|Fratelli",
    "pl": r"S-ka|S-ki|S-ce|Ska|Spółka|Spółki|Synowie|Synów|Bracia|Braci",  # ("Księgarnia Gebethnera i S-ki")
}
_FIRM_ENDING = re.compile(rf"(?:{'|'.join(FIRM_ENDINGS.values())})", re.IGNORECASE)
_FIRM_JOIN = r"\s*(?:&|\band|\bund|\bet|\ben|\bog|\boch|\by|\be|\bi)\s+"  # "Smith & Co.", "Roux et Fils", "Dam en Zonen"
# (one firm and nothing else: no other "&" or "and", no "via", ";" or brackets before it)
_FIRM = re.compile(rf"(?:(?!\s(?:and|und|et|via)\s)[^;&()\[\]])+?{_FIRM_JOIN}{_FIRM_ENDING.pattern}",
                   re.IGNORECASE)


# "To Henry Brown via Smith & Co.", "…, via Chapman and Hall": at the end of a list, outside
# brackets, the go-betweens: a firm, or names joined by "and" (a comma after "via" leaves
# the list to the reading below: "Ivanov, via Orlov, and Petrov"; so does an "and" after
# it that ends a list of commas before it: "Petrov, Ivanov via Orlov and Sidorov").
_VIA_TAIL = re.compile(r",?\s+via\s+", re.IGNORECASE)


def _went_through(head: str, tail: str) -> "Parties | None":
    """The go-betweens a list ends with (``tail``, after "via"), read as a list of their own
    (firms, brackets, "(for Y)" kept), or None when they may belong to the list ``head``."""
    firm = _is_firm(tail)
    if ("," in tail or ";" in tail) and not firm:
        return None
    if split_top(tail, _AND) != [tail.strip()] and len(split_top(head, _COMMA)) > 1 \
            and len(split_top(head, _AND)) == 1 and not firm:
        return None
    read = parse_party_list(tail)
    return None if read is None or read.others else read


def _firm_brackets(chunk: str) -> tuple[str, str]:
    """"Co. (for Peter Evans)" → ("Co.", " (for Peter Evans)"): a firm's last word and the
    brackets after it (what they may say: parse_party_list); else (chunk, "")."""
    m = re.fullmatch(r"(.*?)((?:\s*[\[(][^\])]*[\])])+)", chunk)
    return (chunk, "") if m is None else (m.group(1).strip(), m.group(2))


def _firm_carriers(brackets: str, vias: list[Name], finals: list[Name]) -> bool:
    """The brackets after a firm: whom it went through or to (_carriers) into ``vias`` and
    ``finals``; any other ("(Leeds)", "(Confidential)", "(John Smith)") is left in the title
    as written, not read: a town, a note or a partner, a bracket cannot say which. False when
    a "via"/"for" list cannot be read."""
    return all(_carriers(inner, vias, finals) is not None for inner in _BRACKETED.findall(brackets))


# A firm named by its partners' surnames alone, joined by an ampersand: "Farrance & Hope",
# "Messrs. Dalby & Crane". Joined by "and" they are persons ("Messrs. Pratt and Holloway":
# two, as issue 9 has it); so are given names ("Sarah & Elizabeth").
_PARTNERS = re.compile(r"(?:(?:Messrs\.?|MM\.)\s+)?(?P<names>[A-ZÀ-Þ][\w'’-]+(?:,\s*[A-ZÀ-Þ][\w'’-]+)*)"
                       r"\s*&\s*(?P<last>[A-ZÀ-Þ][\w'’-]+)(?:,?\s+(?:Ltd\.?|Limited|Inc\.?|plc|PLC|LLP|GmbH|AG|Ltda\.?))?")
PARTNERS_EXAMPLES = {"Farrance & Hope": True, "Harrowell & Locke Ltd": True, "Messrs. Dalby & Crane": True, "Messrs. Hart, Dyer & Crewe": True,
                     "Messrs. Pratt and Holloway": False, "Dalby and Crane": False, "Sarah & Elizabeth": False,
                     "Truscott & Mr": False}


def _is_partners(text: str) -> bool:
    m = _PARTNERS.fullmatch(" ".join(text.split()))
    if m is None:
        return False
    words = [w.strip() for w in (*split_top(m["names"], _COMMA), m["last"])]
    return not any(w in GIVEN_NAMES or re.fullmatch(_TITLES, w) or re.fullmatch(_TITLES, w + ".") for w in words)


def _is_firm(text: str) -> bool:
    """One firm and nothing else: "Smith & Co.", "Brown, Shipley & Co." (partners' surnames
    before it, a word each), "Farrance & Hope"; not "Lord Palmerston, Baring Brothers & Co."
    (a party, then a firm)."""
    return _is_partners(text) or _FIRM.fullmatch(text.strip()) is not None and \
        all(len(part.split()) == 1 for part in split_top(_firm_name(text), _COMMA)[:-1])


def _firm_name(text: str) -> str:
    """The firm as written, on one line, without the form of address ("Messrs.", "MM.") or the
    article before what it is ("de firma Buffa & Zonen", "the firm of Ames & Co.")."""
    return re.sub(r"^(?:Messrs\.?|MM\.|(?:the|The|de|het|die|der)(?=\s+[a-z]{3,}\s))\s+", "", " ".join(text.split()))


_FIRM_TRADE = re.compile(r"(?P<firm>.+?),\s*(?P<trade>(?i:solicitors|attorneys(?: at law)?|bankers|merchants|auctioneers|"
                         r"land agents|architects|publishers|booksellers|printers|shipbuilders|brewers|notaries))\.?")
# A library's heading of a body's part, the whole first, a full stop between: "Radstow Infirmary.
# Board of Governors", "United States. Department of State" (the last part a body by its words).
_CORPORATE = re.compile(r"(?P<levels>(?:[A-ZÀ-Þ][\w'’&-]+(?:\s+(?:of|the|for|and|[A-ZÀ-Þ][\w'’&-]+))*\.\s+)+)"
                        r"(?P<part>[A-ZÀ-Þ][\w'’&-]+(?:\s+(?:of|the|for|and|[A-ZÀ-Þ][\w'’&-]+))*)")
CORPORATE_EXAMPLES = {"Radstow Infirmary. Board of Governors": True, "United States. Department of State": True,
                      "Hemshire. Quarter Sessions. Clerk of the Peace": False, "Mr. Board of Trade": False,
                      "John Smith. Board of Trade": False}


def _is_corporate(text: str) -> bool:
    m = _CORPORATE.fullmatch(" ".join(text.split()))
    if m is None or _kind(m["part"]) != "org":
        return False
    levels = [level.strip() for level in m["levels"].split(". ") if level.strip(" .")]
    return all(len(level.split()[-1]) > 2 and level.split()[-1] not in ADDRESS_ABBREVIATIONS
               and level.split()[0] not in GIVEN_NAMES for level in levels)


_WORD_AND = re.compile(r"\s(?:and|und|et)\s|;")
_Y = re.compile(r"\s+y\s+")


def _spanish_and(chunk: str) -> list[str]:
    """"Petra Torremocha y Bernardo Villaseca Quirós" → two people: "y" before a given name and a
    surname, after a name of two words or more; "Villaseca y Peralvo" stays one name."""
    parts = _Y.split(chunk)
    out = [parts[0]]
    for part in parts[1:]:
        words = part.split()
        if len(words) >= 2 and words[0] in GIVEN_NAMES and words[1][:1].isupper() and len(out[-1].split()) >= 2:
            out.append(part)
        else:
            out[-1] += f" y {part}"
    return out


SPANISH_AND_EXAMPLES = (("Petra Torremocha y Bernardo Villaseca Quirós", ["Petra Torremocha", "Bernardo Villaseca Quirós"]),
                        ("Agustín Villaseca y Peralvo y Dolores Anduaga", ["Agustín Villaseca y Peralvo", "Dolores Anduaga"]),
                        ("Ramón Arrieta y Salcedo", ["Ramón Arrieta y Salcedo"]), ("Juan y José Pérez", ["Juan y José Pérez"]),
                        ("Adolfo Bonilla y San Martín", ["Adolfo Bonilla y San Martín"]))


# Siblings named together: "Ai fratelli Carlo e Francesco Mazzoleni", "Ai fratelli Nardini" (not
# "Gebrüder Bethmann", a firm)
# (not "Messrs.": a firm's, "Messrs. Brown and Jones")
_PLURAL_ADDRESS = re.compile(r"^(?:(?:los|las|les|den|die)\s+)?(?:señores|señoras|sres\.|messieurs|herren|signori|sigg\.)\s+"
                             r"(?=(?-i:[A-ZÀ-Þ])(?!(?i:hermanos|frères|brüder|fratelli)\b))", re.IGNORECASE)
#                            (not "Messieurs les Administrateurs", "die Herren des Rates": a body)
_SIBLINGS = re.compile(r"^(?P<word>fratelli|sorelle|hermanos|hermanas|irmãos|sœurs|Geschwister)\s+(?=[A-ZÀ-Þ])")


# Chinese names, written in Han characters without spaces: a person's of two to five characters
# ("程望溪", a courtesy name "子衡"), a body's by its last word ("新民书局编辑所"); several with "、"
_HAN_NAME = re.compile(r"[\u3400-\u9fff]{2,5}")
_HAN_BODY = re.compile(r"[\u3400-\u9fff]{2,20}?(?:编辑所|编辑部|出版社|杂志社|报社|书局|书店|公司|银行|大学|学校|学会|学院|委员会|政府|"
                       r"图书馆|博物馆|研究所|研究院|协会|商会|会馆|書店|書局|印書館|印书馆|出版部|新聞社|会社|部|局|所|院|馆|館|会|會|社|处|處|厅|廳|署|"
                       r"组|組|科|室|股|系|团|團|队|隊|厂|廠|校|府|司|省)")
_HAN_LIST = re.compile(r"\s*(?:、|，|,|和|及|与)\s*")
HAN_NAMES = re.compile(r"[\u3400-\u9fff]{2,20}(?:\s*(?:、|，|和|及|与)\s*[\u3400-\u9fff]{2,20})*")  # (a list of names, as layouts split it)
# … not a name: a relation or a role ("母亲", "编者"), whom a register cannot tell apart; an honorific after
# a name is its role ("伯恒兄", "蔡元培先生")
_HAN_NOT_NAMES = frozenset("母亲 父亲 父母 双亲 妻 妻子 夫人 丈夫 儿子 女儿 大哥 二哥 三哥 大姐 二姐 大弟 二弟 三弟 四弟 大妹 二妹 三妹 "
                           "哥哥 弟弟 姐姐 妹妹 兄长 家人 家兄 舍弟 编者 某君 某人 友人 诸友 同学 诸同学 读者 记者 先生 朋友".split())
_HAN_HONORIFIC = re.compile(r"(?P<name>[\u3400-\u9fff]{2,5}?)(?P<role>先生|女士|夫人|小姐|老师|同志|兄|君|様|樣|殿|宛)$")
HAN_PARTY_EXAMPLES = (("程望溪", [("程望溪", "person")]), ("程世琦、程世瑜", [("程世琦", "person"), ("程世瑜", "person")]),
                      ("新民书局编辑所", [("新民书局编辑所", "org")]), ("子衡", [("子衡", "person")]),
                      ("国立编审馆史地组", [("国立编审馆史地组", "org")]),
                      ("伯恒兄", [("伯恒", "person")]), ("母亲", None), ("商務印書館", [("商務印書館", "org")]),
                      ("程望溪先生的家人们都好", None))


def _han_parties(text: str) -> Parties | None:
    """The parties of a Chinese list (HAN_PARTY_EXAMPLES), or None where a part is no name."""
    names = []
    for part in _HAN_LIST.split(text.strip()):
        honour = _HAN_HONORIFIC.fullmatch(part) if not _HAN_BODY.fullmatch(part) else None
        name = honour["name"] if honour else part
        kind = "org" if _HAN_BODY.fullmatch(part) else "person" if _HAN_NAME.fullmatch(name) else None
        if kind is None or part in _HAN_NOT_NAMES or name in _HAN_NOT_NAMES:
            return None
        names.append(Name(written=name, kind=kind, role=honour["role"] if honour else None, role_first=False))
    return Parties(names, [], [], False) if names else None


# Where a person was, as an American collection's record describes a letter in a sentence: the
# town and its state ("Howard Brannock in St. Ambrose, Missouri", "… at the Baltimore Hotel in
# Riverport, Missouri", "Wendell Tolliver of Carrollton Junction, Missouri", "… in Washington D.C."),
# or the town before its resident's name ("Pruett Station, Missouri resident Cecil Mulvane"): the
# state's comma parts no two parties, and the person is the name (the town their place)
_STATE = rf"(?:{_STATES}|D\.\s?C\.)"
_TOWN = r"(?:St\.\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_TOWN_NOT_STATE = rf"(?!{_STATE}(?:\s*[,;]|\s+(?:and|&)\s)){_TOWN}"  # (a town, not a list of states: "Ohio, Iowa and …")
_IN_TOWN_OF_STATE = re.compile(rf"\s+(?P<word>(?:at|aboard)\s+the\s+(?:[A-Z][\w'’.&-]*\s+){{1,4}}(?:in|near)|in|at|of|near)\s+"
                               rf"(?P<town>{_TOWN_NOT_STATE})(?:,\s+|\s+(?=D\.))(?P<state>{_STATE})"
                               r"(?=$|[,;.:)]|\s+(?:to|and|&|in\s+which|while|who|[a-z]+ing)\b)")
_TOWN_RESIDENT = re.compile(rf"^(?P<town>{_TOWN_NOT_STATE}),\s+{_STATE}\s+(?:(?:resident|native|citizen)s?\s+|(?={_OFFICES}\s+[A-Z]))(?=[A-Z])")
# … the same inside a sentence, after "from", "to" or "and" (also a town with no state: "to Riverport
# resident Wendell Ambrose"); and the one for whom a secretary wrote ("Letter from A on behalf of Senator
# B to C": A wrote, C received)
_RESIDENT_IN_SENTENCE = re.compile(rf"\b(?P<lead>from|to|and)\s+(?P<town>{_TOWN_NOT_STATE})(?:,\s+{_STATE}\s+(?:(?:resident|native|citizen)s?\s+|"
                                   rf"(?={_OFFICES}\s+[A-Z]))|\s+(?:resident|native|citizen)s?\s+)(?=[A-Z])")
# An office or a body's post before its holder's name, with no comma, as a sentence describes a letter's
# writer: the name has an initial between its given name and surname ("Aviation Commissioner of the
# Riverport Chamber of Commerce Otto J. Whitsett", "President of the Jackson Street Improvement Association
# Cecil O. Kimbrough")
_OFFICE_THEN_NAME = re.compile(r"(?P<office>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|the|and|for|on))+)\s+"
                               r"(?P<name>(?:[A-Z][a-zà-ÿ]+|[A-Z]\.)(?:\s+[A-Z]\.)+\s+[A-Z][a-zà-ÿ'’-]+)")
_ABOARD = re.compile(r"\s+aboard\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of\s+)?[A-Z][\w'’.&-]*)*(?:\s*\([^()]*\))?")
_ON_BEHALF = re.compile(r"\s+on\s+behalf\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the))*(?=\s+to\s)")
RESIDENCE_EXAMPLES = (("Howard T. Brannock in St. Ambrose, Missouri", "Howard T. Brannock", "St. Ambrose"),
                      ("Howard T. Brannock at the Baltimore Hotel in Riverport, Missouri", "Howard T. Brannock", "Riverport"),
                      ("Wendell Tolliver of Carrollton Junction, Missouri", "Wendell Tolliver", "Carrollton Junction"),
                      ("Howard T. Brannock in Washington D.C.", "Howard T. Brannock", "Washington"),
                      ("Pruett Station, Missouri resident Cecil Mulvane", "Cecil Mulvane", "Pruett Station"),
                      ("Riverport, Missouri Mayor Curtis B. Hale", "Curtis B. Hale", "Riverport"))


# Where a sentence that describes a letter goes on past its parties: "in which", "while Cass was …",
# "asking …", the next sentence
_PROSE_CUT = re.compile(r",?\s+(?:in\s+which|wherein|whereby|while\s+(?=[A-Z]))\b|(?<=[a-z])\.\s+(?=[A-Z][a-z]+\s+[a-z]{3,}\b)"
                        r"|,?\s+[a-z]{2,}ing\s+(?=[A-Z]|(?:the|an?|his|her|their|him|them|that)\s)")


def _described(text: str) -> str:
    """A sentence that describes a letter, with its parties' towns and states dropped (_residence)."""
    if not (" resident" in text or " native" in text or " citizen" in text or " on behalf of " in text
            or " aboard " in text or _STATE_WORDS.search(text)):
        return text
    text = _RESIDENT_IN_SENTENCE.sub(lambda m: f"{m['lead']} ", _ABOARD.sub("", _ON_BEHALF.sub("", text)))
    return _IN_TOWN_OF_STATE.sub(_town_of_state, text) if _STATE_WORDS.search(text) else text


def _town_of_state(m: re.Match[str]) -> str:
    """" at Town" where a person was; "of Town" after a body or an office stays as written ("First
    National Bank of Lakeport", "the Bishop of Rochester"), the state dropped."""
    if m["word"] == "of":
        before = re.search(r"(?:[A-Z][\w'’.-]*\s+(?:(?:of|the|and|for)\s+)*){0,4}[A-Z][\w'’-]*$", m.string[:m.start()])
        if not before or _kind(before[0]) != "person" or _OFFICE_ALONE.fullmatch(before[0].split()[-1]) \
                or re.search(r"\s(?:of|the|and|for)\s", before[0]):  # (a body's name: "Chamber of Commerce of Ames")
            return f" of {m['town']}"
    return f" at {m['town']}"


def _residence(text: str) -> str:
    """The text with each town's state dropped and a resident's town after the name ("… at Town")."""
    text = _IN_TOWN_OF_STATE.sub(_town_of_state, text)
    if lead := _TOWN_RESIDENT.match(text.strip()):
        text = f"{text.strip()[lead.end():]} at {lead['town']}"
    return text


def parse_party_list(text: str) -> Parties | None:
    """"A, B and C [via X]" → names, intermediaries, final addressees, "and others"; or None."""
    if han(text.strip()):
        return _han_parties(text)
    if _STATE_WORDS.search(text):
        text = _residence(text)
    if plural := _PLURAL_ADDRESS.match(text.strip()):  # "los señores X y Don Y": each is named with his own
        return parse_party_list(text.strip()[plural.end():])
    if siblings := _SIBLINGS.match(text.strip()):  # the word says who they are to each other: their role
        read = parse_party_list(text.strip()[siblings.end():])
        if read is None:
            return None
        surname = read.names[-1].written.split()[-1]  # (siblings share it: "Carlo e Tito Mazzi")
        return read._replace(names=[replace(n, role=n.role or siblings["word"], written=f"{n.written} {surname}"
                                            if " " not in n.written and n.written != surname else n.written)
                                    for n in read.names])
    if (honour := _HONOUR_END.search(text)) and text.count(",") == 2 and ";" not in text:
        read = parse_party_list(text[:honour.start()])  # "Grey, Thomas, Esq.", "Ashdown, Roderick, 1st baronet":
        if read is not None and len(read.names) == 1 and read.names[0].role is None and not read.via:  # one name
            role = honour.group(0).lstrip(", ")
            return read._replace(names=[replace(read.names[0], role=role, role_first=False)])
    names: list[Name] = []
    vias: list[Name] = []
    finals: list[Name] = []
    others = False
    firm, brackets = _firm_brackets(text)
    if _is_firm(firm):  # "Brown, Shipley & Co. (Liverpool)" too
        if not _firm_carriers(brackets, vias, finals):
            return None
        return Parties([Name(written=_firm_name(firm), kind="org")], vias, finals, False)
    if (trade := _FIRM_TRADE.fullmatch(" ".join(text.split()))) and _is_firm(trade["firm"]):
        return Parties([Name(written=_firm_name(trade["firm"]), kind="org", role=trade["trade"], role_first=False)],
                       vias, finals, False)  # "Messrs Farnley & Stroud, solicitors": the firm and its trade
    if _is_corporate(text):  # "Radstow Infirmary. Board of Governors": a library's heading of a body's part
        return Parties([Name(written=" ".join(text.split()), kind="org")], vias, finals, False)
    located = _LOCATED.match(text.strip())
    if located and _is_firm(located["name"].rstrip(" ,")):  # "Messrs. Kuyper & Zoon, at Rotterdam": where it went
        return Parties([Name(written=_firm_name(located["name"].rstrip(" ,")), kind="org", place=located["place"])],
                       vias, finals, False)
    went = _top_positions(text, _VIA_TAIL)  # (", via" matches at the comma and at the space)
    if went and went[0].start() > 0 and all(m.end() == went[0].end() for m in went):
        head = text[:went[0].start()]
        through = _went_through(head, text[went[0].end():])
        read = parse_party_list(head) if through else None
        if read is not None and through:
            return Parties(read.names, [*read.via, *through.names, *through.via], [*read.final, *through.final],
                           read.others)
    chunks = [part for chunk in split_top(text, _LIST) for part in _spanish_and(chunk)]
    if chunks and chunks[-1].lower() in {"others", "other", "all", "others.", "al."}:
        chunks, others = chunks[:-1], True
    if not chunks or not all(chunks):
        return None
    shared = _shared_surname(chunks) if len(chunks) > 1 else None
    if shared:
        chunks = shared
    chunks = _joint_bodies(chunks)
    merged: list[str] = []
    # A comma inside a name ("Hagemeister, Mathilde") where the list's parties are parted by
    # ";", or by "and" beside a name written whole ("Josiah Hollings and Hagemeister, Mathilde")
    inverted = ";" in text or len(_top_positions(text, _COMMA)) == 1 and any(" " in c for c in chunks)
    firms: dict[int, str] = {}  # place in merged → the brackets after the firm ("(for Peter Evans)")
    for chunk in chunks:
        bare, brackets = _firm_brackets(chunk)
        joined = re.search(rf"{re.escape(merged[-1])}{_FIRM_JOIN}{re.escape(bare)}",
                           text) if merged and _FIRM_ENDING.fullmatch(bare) \
            and not re.search(r"\bvia\b|[(\[]", merged[-1], re.IGNORECASE) else None
        if joined:  # "Baring Brothers & Co." among other parties: one firm, as written
            merged[-1] = joined.group(0)
            firms[len(merged) - 1] = brackets
        elif merged and len(merged) - 1 not in firms and _WORD_AND.search(text) \
                and (joined := re.search(rf"{re.escape(merged[-1])}\s*&\s*{re.escape(bare)}", text)) \
                and _is_partners(joined.group(0)):  # "A and Messrs Farnley & Stroud": "and" parts, "&" joins
            merged[-1] = joined.group(0)
            firms[len(merged) - 1] = brackets
        elif len(merged) - 1 in firms and (_FIRM_TRADE.fullmatch(f"{merged[-1]}, {chunk}")
                                           or re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ'’-]{2,}", chunk) and chunk not in GIVEN_NAMES
                                           and re.search(rf"{re.escape(merged[-1])},\s*{re.escape(chunk)}\s*(?:$|[,;])", text)):
            merged[-1] += f", {chunk}"  # "… and Messrs Farnley & Stroud, solicitors": the firm's trade; its town
            #                             ("Dobson & Sons, Bransdale": one word, no person)
        elif merged and _HONOUR.match(chunk):
            merged[-1] += f" {chunk}"  # "Thomas Grey, Esq."
        elif merged and _PEERESS.match(chunk) and re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ]+", merged[-1]) \
                and (merged[-1] in GIVEN_NAMES or chunk.startswith(_PEERESS_TITLES)):  # (not "Savernake, Lord Wytham": two)
            merged[-1] += f", {chunk}"  # "Anne, Lady Carbury": her given name, then her style
        elif merged and re.match(r"^(?:at|in)\s+[A-Z]", chunk):
            merged[-1] += f" {chunk}"  # "Mrs. Fairlie, at Richmond": where she received it
        elif merged and (_OF_TOPIC.search(merged[-1]) and _PLURAL.match(chunk) or _OF_TOPIC_ROMANCE.search(merged[-1])
                         and re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ]{3,}(?:-[A-ZÀ-Þ][a-zà-ÿ]{3,})?", chunk) and chunk not in GIVEN_NAMES):
            joined = re.search(rf"(?<={re.escape(merged[-1])})\s*\S+\s*(?={re.escape(chunk)})", text)
            merged[-1] += (joined.group(0) if joined else " and ") + chunk  # "Council of Trade and Plantations": one body
        elif merged and (_ROLE_ONLY.match(chunk) or re.fullmatch(_RESIDENCE, chunk)) and not _peers(merged[-1], chunk) \
                and not re.search(rf"{_AND.pattern}{re.escape(chunk)}", text, re.IGNORECASE):
            merged[-1] += ", " + chunk  # "Jean Martin, French Ambassador in Mexico" (not "A and Mayor of B")
        elif len(merged) == 1 and _ROLE_ONLY.match(merged[0]) and not _ROLE_ONLY.match(chunk) \
                and looks_like_name(chunk) and parse_name(f"{merged[0]} {chunk}")[0] is not None \
                and re.search(rf"{re.escape(merged[0])},\s*{re.escape(chunk)}\s*$", text):
            merged[0] += f" {chunk}"  # "the Chinese Minister in Hanoi, Liu Xiaoping": the office's holder named after it
        elif merged and _NORDIC_OFFICE_END.search(merged[-1]) \
                and re.search(rf"{re.escape(merged[-1])}\s+i\s+{re.escape(chunk)}", text):
            merged[-1] += f" i {chunk}"  # "Jens Vedsted, sognepræst i Nørre Tvede": his parish, not a Polish "and"
        elif inverted and merged and _inverted(merged[-1], chunk) \
                and re.search(rf"{re.escape(merged[-1])},\s*{re.escape(chunk)}", text):
            merged[-1] += f", {chunk}"  # "A and Hagemeister, Mathilde": a name as an index writes it
        elif merged and re.match(r"^(?:via|for)\s", chunk, re.IGNORECASE):
            merged[-1] += f" ({chunk})"  # "Ivanov, via Orlov" is "Ivanov (via Orlov)"
        else:
            merged.append(chunk)
    for n, chunk in enumerate(merged):
        if n:  # "Al padre X e alla Direzione …", "de A y del Consulado": the word for "to"/"of" again
            chunk = _REPEATED_PREPOSITION.sub("", chunk)
        if n in firms:
            if not _firm_carriers(firms[n], vias, finals):
                return None
            trade = _FIRM_TRADE.fullmatch(chunk)
            names.append(Name(written=_firm_name(trade["firm"] if trade else chunk), kind="org",
                              role=trade["trade"] if trade else None, role_first=False))
            continue
        name, chunk_vias, chunk_finals = parse_name(chunk)
        if name is None:
            return None
        names.append(name)
        vias.extend(chunk_vias)
        finals.extend(chunk_finals)
    return Parties(names, vias, finals, others)


def _relations_among(text: str) -> tuple[Parties, list[str]] | None:
    """A list of parties some of whom are named by a relation only ("his mother and his sister Louisa",
    "Hannah Tapsell and her son"): (the named ones, the relations), or None where a part reads as neither."""
    chunks = split_top(text, _LIST)
    if len(chunks) < 2:
        return None
    related = [c for c in chunks if relation(c) == c]
    if not related or len(related) == len(chunks):
        return None
    named = [parse_party_list(c) for c in chunks if c not in related]
    if any(p is None for p in named):
        return None
    return Parties([n for p in named for n in p.names], [v for p in named for v in p.via],
                   [f for p in named for f in p.final], False), related


# "Anna Berg, London, to Karl Lind": a word set off by commas after the sender (the comma
# before "to" closes it) is where the letter was written, or another sender ("Karl Marx,
# Engels, to Lassalle"). A place the edition's gazetteer or authority file names is the place
# of writing; any other such word is encoded as neither, and the title says so (it had made a
# person "London"). Only after a name of two words or more, and where the word is no given
# name, form of address, office or body: those read as before.
_SET_OFF = re.compile(rf"^(?P<name>[^,]*\S\s+\S[^,]*),\s*(?P<place>(?:the\s+)?{_PLACE_NAME})$")
SET_OFF_EXAMPLES = (  # title, places the gazetteer knows → its senders (as written, where they wrote), words left doubtful
    ("Anna Berg, London, to Karl Lind", [], [("Anna Berg", None)], ["London"]),
    ("Anna Berg, London, to Karl Lind", ["London"], [("Anna Berg", "London")], []),
    ("Lord Castlereagh, St. James's, to Earl Bathurst", ["St. James's"], [("Castlereagh", "St. James's")], []),
    ("Karl Marx, Engels, to Ferdinand Lassalle", [], [("Karl Marx", None)], ["Engels"]),
    ("Anna Berg, the Hague, to Karl Lind", [], [("Anna Berg", None)], ["the Hague"]),
    # (after a body too: a search page's description made a person "Bath")
    ("The Board of Guardians of the Tendring Union, Bath, to Karl Lind", [],
     [("Board of Guardians of the Tendring Union", None)], ["Bath"]),
    ("Wellington, Paris, to Bathurst", ["Paris"], [("Wellington", "Paris")], []),
    ("Molotov, Vyshinsky, to Stalin", [], [("Molotov", None), ("Vyshinsky", None)], []),
    ("Anna Berg, Karl Lind, to Eva Roth", [], [("Anna Berg", None), ("Karl Lind", None)], []),
    ("Anna Berg, Mrs. Lind, to Eva Roth", [], [("Anna Berg", None), ("Lind", None)], []),
    ("John Smith, Secretary, to Henry Brown", [], [("John Smith", None)], []),
    ("Anna Berg, Frankfurt am Main, to Karl Lind", [], [("Anna Berg", None)], ["Frankfurt am Main"]),
    ("Anna Berg, Frankfurt am Main, to Karl Lind", ["Frankfurt am Main"], [("Anna Berg", "Frankfurt am Main")], []),
    ("Anna Berg at Frankfurt am Main to Karl Lind", [], [("Anna Berg", "Frankfurt am Main")], []),
    # a place the gazetteer knows, within the list: where the sender before it was
    ("Anna Berg, Stockholm, Karl Lind, to Eva Roth", ["Stockholm"], [("Anna Berg", "Stockholm"), ("Karl Lind", None)], []),
    ("Anna Berg, Stockholm, Karl Lind, to Eva Roth", [], [("Anna Berg", None), ("Stockholm", None), ("Karl Lind", None)],
     []))


# Where a writer was, set off after his name: a house by its kind ("Cople End Vicarage", "Hatley Hall"),
# a ship ("on board the Lady Feversham", "on board H.M.S. Arrow"), a camp ("Camp near Falmouth")
_BUILDING_OR_SHIP = re.compile(r"(?:[A-ZÀ-Þ][\w'’.-]*\s+){1,3}(?:Vicarage|Rectory|Parsonage|Manse|Hall|Manor|Castle|Lodge|Grange|"
                               r"Abbey|Priory|Court|Farm|Cottage|Villa|Barracks|Deanery|Palace)"
                               r"|on\s+board\s+(?:the\s+)?\S.{1,40}|(?:[A-Z][\w-]*\s+)?[Cc]amp\s+(?:near|at)\s+[A-Z].{1,30}"
                               r"|(?:H\.\s?M\.\s?S|U\.\s?S\.\s?S|R\.\s?M\.\s?S|S\.\s?S|HMS|USS|RMS|SS)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")
#                                (a ship by its prefix: "H.M.S. Arrow", "USS Monitor")


def _name_like_first(phrase: str) -> bool:
    """Whether a phrase opens as a person's name does: a form of address, an initial, a given name."""
    first = phrase.split()[0]
    return bool(re.fullmatch(_TITLES, first) or re.fullmatch(r"[A-Z]\.?", first)) or first in GIVEN_NAMES


def _set_off(text: str) -> tuple[str, str | None]:
    """The senders' text with a word set off after the sender read (see above), and that word
    where it is neither place nor sender for certain."""
    name, _, known = text.rpartition(",")
    if name.strip() and known.strip() in _vocabulary.places:  # "Wellington, Paris," with Paris in a gazetteer
        located = _LOCATED.match(f"{name.strip()} at {known.strip()}")
        if located and located.group("place") == known.strip():
            return located.group(0), None
    if name.strip() and _BUILDING_OR_SHIP.fullmatch(known.strip()) and not _name_like_first(known.strip()) \
            and not re.match(r"(?i:the)\s", name.strip()) and _kind(name.strip()) == "person":
        # "James Tapsell, Cople End Vicarage, to X", "E. T., on board the Lady Feversham, to X": where he was (not
        # "John Hall", "Dr. Hall", "W. Hall": a second sender; nor "the Warden, Toynbee Hall", an office's house)
        return name.strip(), None
    m = _SET_OFF.match(text)
    if not m or _is_firm(m.group("name")) or _ROLE_ONLY.match(m.group("name").strip()):
        return text, None  # (after an office its holder: "the Chinese Minister in Hanoi, Liu Xiaoping")
    place = m.group("place")
    first = place.split()[0]
    if first in GIVEN_NAMES or re.fullmatch(_TITLES, first) or _ROLE_ONLY.match(place) \
            or _kind(place) != "person" or _kind(m.group("name")) not in {"person", "org"}:  # a name, an office, a body
        return text, None
    return m.group("name"), place


def _places_in_list(parties: Parties) -> Parties:
    """"Anna Berg, Stockholm, Karl Lind, to Eva Roth": a name in the list that the gazetteer
    knows as a place, or one word after a calling, is where the party before it was, not a party."""
    names: list[Name] = []
    for name in parties.names:
        if names and name.kind == "person" and not name.role and (name.written in _vocabulary.places or (
                # "W. Morgan, solicitor, Carmarthen": a word after a party's calling is his town (the last one:
                # not "John Lewis, farmer, Davies and Rees")
                name is parties.names[-1] and len(names) == len(parties.names) - 1
                and names[-1].role and not names[-1].role_first and not name.identified
                and re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ'’-]{2,}", name.written) and name.written not in GIVEN_NAMES)):
            names[-1] = replace(names[-1], place=names[-1].place or name.written)
        else:
            names.append(name)
    return parties._replace(names=names) if len(names) < len(parties.names) else parties


def _split_subject(text: str) -> tuple[str, str | None]:
    """"Mao Zedong, Nanjing Peace Proposal" → recipients and subject.

    A comma list of names ends in "and X"; without that final "and", what follows the
    first comma is the subject. " on …", " regarding …", ": …" and a quotation also start one.
    """
    quoted = re.search(r"\s*[,:]?\s*([“\"'‘«„»])(.+?)[”\"'’»“«]\s*$", text)  # (Danish quotes the other way: »Fædrelandet«)
    before = text[:quoted.start()].lower().split() if quoted else []
    while before and before[-1] in _PARTICLES:
        before.pop()  # ("Direzione della «Nazione»": the body's word before its particle)
    if quoted and quoted.group(1) == "»" and before and text[:quoted.start()].split()[-1].lower() in _ARTICLES_BEFORE_QUOTE:
        quoted = None  # ("an die »Vossische Zeitung«", "Redaktionen af »Fædrelandet«": a paper's name, no subject)
    if quoted and quoted.group(1) in "«„»" and not re.search(r"[,:]", text[quoted.start():quoted.start(1)]) \
            and before[-1:] in ([w] for w in _vocabulary.organisations) \
            and looks_like_name(_REPEATED_PREPOSITION.sub("", _AND.split(text.strip())[-1])):  # (the last of several)
        quoted = None  # ("Redakcja «Czasu»": a body's name, its title in guillemets)
    if quoted and _PARTICLE_END.search(text, 0, quoted.start()):
        quoted = None  # ('the Editor of the "Kelby Chronicle"': a paper's name, not a subject)
    if quoted and quoted.start() > 0:
        head = re.sub(r"[,:]?\s*(?:regarding|concerning|about|on|re:?)$", "", text[:quoted.start()].strip(),
                      flags=re.IGNORECASE)
        if parse_party_list(head.strip(" ,")) or not any(_top_positions(head, _SUBJECT)):
            return head.strip(" ,"), quoted.group(2).strip()
        # (a ship's or a book's name at the end of a subject that began before it: "…, le avisa del
        # embarque en la fragata «Santa Ana»")
    for m in _top_positions(text, _SUBJECT):
        head, tail = text[:m.start()].strip(), text[m.end():].strip()
        if head and tail and parse_party_list(head):
            return head, tail
    for stop in _SENTENCE_STOP.finditer(text):  # ("… to Wendell Ambrose. Pickrell reminds him that in 1938, …")
        head, tail = text[:stop.start()], text[stop.end():].strip()
        if (tail.split()[0] in _SENTENCE_OPENERS or _NAME_AND_VERB.match(tail)) and not ABBREVIATED.search(head) \
                and parse_party_list(head):
            return head, tail  # (the next sentence opens as a sentence does, or with a name and its verb; not
            #                    "an die Gfin. Theresia v. Kolbenheim", "ao Pe. Bento Lustosa": an abbreviation's stop)
    parts = split_top(text, _COMMA)
    if len(parts) == 1 or re.match(r"^(?:and|&|via|for)\s", parts[-1], re.IGNORECASE):
        return text, None
    if _HONOUR.match(parts[-1]) or _ROLE_ONLY.match(parts[-1]) and parse_party_list(", ".join(parts[:-1])):
        return text, None  # "Thomas Grey, Esq.", "Hans Keller, Vogt zu Bregenz": one party and its role
    if len(parts) > 2 and _ROLE_ONLY.match(parts[-2]) and re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ'’-]{2,}", parts[-1]) \
            and parse_party_list(", ".join(parts[:-1])):
        return text, None  # "W. Morgan, solicitor, Carmarthen": his calling and his town (_places_in_list)
    if len(parts) == 2 and _PEERESS.match(parts[1]) and re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ]+", parts[0]):
        return text, None  # "Anne, Lady Carbury": one party
    if re.match(r"^(?:at|in)\s+[A-Z]", parts[-1]) and parse_party_list(", ".join(parts[:-1])):
        return f"{', '.join(parts[:-1])} {parts[-1]}", None  # "Henry Lisle, at Oxford": where he received it
    if len(split_top(parts[-1], _AND)) > 1 and parse_party_list(text):
        return text, None  # "Kowalski, Nowicki and Berg": one list, no Oxford comma
    for n in range(len(parts) - 1, 0, -1):
        head = ", ".join(parts[:n])
        if parse_party_list(head) and not re.match(r"^(?:and|&)\s", parts[n], re.IGNORECASE):
            tail = ", ".join(parts[n:])
            # (a list closed by "and" ends there: "A, B and C, Dunmere")
            closed = n > 1 and n == len(parts) - 1 and len(split_top(parts[n - 1], _AND)) > 1
            if parse_party_list(tail) and not _FOR.match(tail) and not _VIA.match(tail) and not closed:
                continue  # "A, B" with no "and": still a list only if the rest is one too
            return head, tail
    return parts[0], ", ".join(parts[1:])


def _strip_date(title: Title, text: str) -> str:
    """A date at the end of the title ("…, 12 May 1947", "[4 August 1871]") is read and removed."""
    words = text.rstrip(" ").split(" ")
    for n in range(min(len(words), 9), 0, -1):  # (9: "entre le 1 et le 7 septembre 1856")
        tail = " ".join(words[-n:])
        head = " ".join(words[:-n]).rstrip(" ,;")
        if not head and n < len(words):
            continue  # (a title that is a date and nothing else is read whole: "13 January 1700")
        value = parse_date(tail.strip(" ,.")) or unread_date(tail.strip(" ,."))  # "30 February 1842" whole
        if value is not None and shelf_number(head, tail):
            break  # "…, no date. MS Eng 1155": no year
        if value is not None:
            title.date, title.date_text = value, tail.strip(" ,.")
            return head
    undated = UNDATED_AT_END.search(text)
    if undated and undated.start() > 0:  # "… to Dr. X, Dunmere, undated.": no date, and no party "undated"
        title.date_text = re.sub(r"(?<=[a-z]{3})\.$", "", text[undated.start():].lstrip(" ,;.([—–").rstrip(" ,;)]"))
        return text[:undated.start()].rstrip(" ,;([—–")
    return text


_UNDATED_STOP = re.compile(rf"^\[?(?:{UNDATED_MARKS})\]?\.\s+", re.IGNORECASE)


def _dated_and_placed(title: Title, text: str) -> str:
    """"2 November 1799. Ilmenau. From X", "Undated. Gotha. To Y", "[?] May 1799. [n.p.]. To Z": an
    edition's list of letters gives when, then where, each with its stop, then the parties."""
    found = split_date_prefix(text)
    if found is not None and text[len(found[0]):len(found[0]) + 2] == ". ":
        head, value, after = found
    elif (undated := _UNDATED_STOP.match(text)) and not re.fullmatch(r"(?:[A-Z]\.\s?){1,3}", undated[0].strip()):
        # ("Undated. Gotha. From X"; not "N. D. Pembury to X", his initials)
        head, value, after = undated[0].strip(" ."), None, text[undated.end():]
    else:
        return text
    placed = _place_at(after, _opens_parties)
    rest = placed[1] if placed else after
    if not _opens_parties(rest):
        return text
    title.date, title.date_text = value, head
    if placed:
        title.place = placed[0]
    return rest


def _place_at(text: str, opens: Callable[[str], bool]) -> tuple[str | None, str] | None:
    """(the place, the rest) where ``text`` opens with where an entry was written, its stop after
    it, and the parties that ``opens`` finds after that ("Tiefurt. A to B"; "[n.p.]. To X": no
    place); else None."""
    placed = _PLACE_LEAD.match(text)
    if placed is None or not _a_place(placed["place"]) or not opens(text[placed.end():]):
        return None
    return (None if NO_PLACE.fullmatch(placed["place"]) else placed["place"].strip("[]?")), text[placed.end():]


_TO_OR_FROM = re.compile(r"^(?:To|From)\s+\S")  # ("To the same", "To his sister": parties, after a date and a place)
# Words a stop ends that are no place before the parties: a form of address or a name cut short
# ("Gen.", "St.", "Wm."), what the document is ("Copy.", "Private.", "Abschr."), a weekday
_NOT_A_PLACE = re.compile(rf"(?i:{WEEKDAYS}|copy|private|extract|draft|confidential|secret|holograph|autograph|original|"
                          r"reply|answer|postscript|enclosure|duplicate|konz|abschr|ausf|orig|entw|or|ms|mss|undated)")


def _a_place(text: str) -> bool:
    """A place before an entry's parties ("Tiefurt.", "[n.p.]."): not a word a stop cuts short."""
    word = text.strip("[]?")
    return bool(NO_PLACE.fullmatch(text)) or (
        not _NOT_A_PLACE.fullmatch(word) and not doctypes.find(word) and not ABBREVIATED.search(word)
        and not re.fullmatch(_TITLES, f"{word}.") and (" " in word or "-" in word or len(word) >= 4))


def _opens_parties(text: str) -> bool:
    return opens_with_parties(text) or _TO_OR_FROM.match(text) is not None


def _strip_leading_date(title: Title, text: str) -> str:
    """"3 March 1851. John Smith to Henry Brown": a date before the parties, as calendars
    date an entry after its number. A bare year run into words ("1848 Committee to X") is none."""
    found = split_date_prefix(text)
    if found is None:
        return text
    head, value, rest = found
    if head.strip("[]").isdigit() and not text[len(head):len(head) + 1] in ".,:;–—-":
        return text
    title.date, title.date_text = value, head
    if (placed := _place_at(rest, opens_with_parties)) is not None:
        # "143. [1 November 1799]. Tiefurt. Caroline Sonnleitner to Sophie Aldinger", "… [n.p.]. To X":
        # an edition's list gives where after when, each with its stop
        title.place, rest = placed
    return rest


_PLACE_LEAD = re.compile(r"^(?P<place>\[?(?:[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){0,2}\??|n\.\s?p\.?|s\.\s?l\.?)\]?)\.\s+(?=\S)")


# "Brown, Henry to Green, John", "von Humboldt, Alexander von an Bunsen, Christian Karl Josias
# von": each party as an index lists it, surname first. Read in reading order only where what
# follows the comma is a given name (GIVEN_NAMES) or initials, so that "Petrov, Orlov to Ivanov"
# stays a list of two and "Stalin, Mao Zedong" two people.
INDEXED_EXAMPLES = (("Brown, Henry to Green, John", "Henry Brown to John Green"),
                    ("von Humboldt, Alexander von an Bunsen, Christian Karl Josias von",
                     "von Alexander von Humboldt an Christian Karl Josias von Bunsen"),
                    ("Hollins, Thomas and Pryor, Samuel to Ashby, W.", "Thomas Hollins and Samuel Pryor to W. Ashby"),
                    ("Brown, Henry to Mary Green", "Henry Brown to Mary Green"),
                    ("Petrov, Orlov to Ivanov", "Petrov, Orlov to Ivanov"),
                    ("Stalin, Mao Zedong and Zhou Enlai to Kim Il Sung", "Stalin, Mao Zedong and Zhou Enlai to Kim Il Sung"),
                    ("Walter, Henry and Jane to Mary Ashby", "Walter, Henry and Jane to Mary Ashby"),
                    ("Anna Weber, Jean Martin and Paul Roux to Karl Lind", "Anna Weber, Jean Martin and Paul Roux to Karl Lind"),
                    ("Van Buren, Martin to De Quincey, Thomas", "Martin Van Buren to Thomas De Quincey"),
                    ("Rudd, Harriet Moss, 1819-1890 to Cornelia Stapleton", "Harriet Moss Rudd to Cornelia Stapleton"))
_INDEXED_NAME = re.compile(r"(?P<surname>(?:(?i:van|von|de|du|la|le|di|da|del|ten|st\.?)\s+)?[A-ZÀ-Þ][\w'’-]+),\s+"
                           r"(?P<given>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3})(?P<particle>(?:\s+[a-z]{1,4}){0,2})"
                           r"(?:[,.]?\s+(?:fl\.|b\.|d\.|ca\.)?\s*\d{3,4}\??(?:\s*-\s*(?:\d{3,4})?\??)?)?")  # (life dates: dropped)
_INDEXED_SIDES = re.compile(r"\s+(?:to|an|à)\s+")
_INDEXED_LIST = re.compile(r"(\s+(?:and|und|et|&)\s+|\s*;\s*)")


def _reading_order(side: str) -> str | None:
    """"Hollins, Thomas and Pryor, Samuel" → "Thomas Hollins and Samuel Pryor"; None where a
    piece is not one indexed name (the side stays as written)."""
    opener = re.match(r"(?:from|From|FROM|von|de|Von|De)\s+", side)
    if opener is None:
        return _reading_order_of(side)
    # "von Humboldt, Alexander von": "von" is "from"; "De Quincey, Thomas": a surname's particle
    rest = _reading_order_of(side[opener.end():])
    after = opener.group(0) + rest if rest else None
    return (_reading_order_of(side) or after) if opener.group(0)[:1] in "VD" else after or _reading_order_of(side)


def _reading_order_of(side: str) -> str | None:
    pieces = _INDEXED_LIST.split(side)
    out, turned = [], False
    for n, piece in enumerate(pieces):
        if n % 2:
            out.append(piece)
            continue
        m = _INDEXED_NAME.fullmatch(piece.strip())
        if m is None:
            if "," in piece:
                return None
            out.append(piece)
            continue
        first = m.group("given").split()[0]
        particle = m.group("particle").split()
        if m.group("surname").split()[-1] in GIVEN_NAMES or not (first in GIVEN_NAMES or re.fullmatch(r"(?:[A-ZÀ-Þ]\.-?)+", first)) \
                or any(w not in _NAME_PARTICLES for w in particle):
            return None
        out.append(" ".join([m.group("given"), *particle, m.group("surname")]))
        turned = True
    return "".join(out) if turned else None


def _indexed(text: str) -> str:
    """A title whose parties are written surname first, in reading order (INDEXED_EXAMPLES)."""
    if "," not in text:
        return text
    for m in _INDEXED_SIDES.finditer(text):
        senders, recipients = text[:m.start()].rstrip(","), text[m.end():]
        turned = [_reading_order(senders), _reading_order(recipients)]
        if any(turned) and all(t is not None or "," not in side for t, side in zip(turned, (senders, recipients))):
            return f"{turned[0] or senders}{m.group(0)}{turned[1] or recipients}"
    return text


def _strip_number(title: Title, text: str) -> str:
    m = _NUMBER.search(text)
    if not m:
        return text
    title.number = (m.group("n") or m.group("pair")).strip()
    return (text[:m.start()] + text[m.end():]).strip(" ,")


def _strip_notes(title: Title, text: str) -> str:
    """Editorial brackets that describe the document ("[Excerpts]") and a source ("(Izvestia)")."""
    def note(m: re.Match[str]) -> str:
        inner = m.group(1).strip()
        if _EDITORIAL.match(inner):
            title.notes.append(inner)
            return ""
        return m.group(0)

    text = re.sub(r"\s*[\[(]([^\])]+)[\])]", note, text).strip()
    if remark := _REMARK_AT_END.search(text):
        title.notes.append(remark["inner"].strip())
        text = text[:remark.start()].strip()
    source = re.search(r"\s*\(([^()]+)\)\s*$", text)
    if source and _vocabulary.periodicals.search(source.group(1)):
        title.source = source.group(1).strip()
        text = text[:source.start()].strip()
    return text


# --- title shapes --------------------------------------------------------------------------
#
# A title, once its number, date, notes, place and type word are taken off, is read by the
# first shape in SHAPES whose pattern it fits. A pattern is literal words and groups:
#
#   {senders} {recipients} {via} {for} {authors} {participants}   a list of parties
#   {subject}                                                     free text
#   to|an|à                                                       one of these words
#   [from|of|by]                                                  at the start: may be left out
#   , for                                                         a comma, then "for"
#
# Words between groups are found outside brackets, and every place they occur is tried in
# turn until each group reads as what it names ("Petrov (Kalinin) to Ivanov [via Orlov]").
# A party group directly followed by {subject} ends where the subject rules say: quotes,
# "on", "about", "regarding", ":", or a comma after the last party. ``types`` limits a shape
# to document types (doctypes.VOCABULARY keys; None means untyped titles; no types: any);
# ``unless`` names words that must not occur outside brackets, ``not_before`` those the party may
# not open with (a regular expression, case as written). A new real-world shape is a
# new row here, with its examples; tests/test_title_shapes.py reads them.

_ROLES = ("senders", "recipients", "via", "for", "authors", "participants", "subject")
# An office that names where it is held, set off after a name: "…, notaire" before "à Lyon"
_OFFICE_AT_END = re.compile(rf",\s*(?:[\w-]+\s+){{0,2}}(?:{'|'.join(OFFICES.values())})\s*$")
_TO_OPENER = re.compile(r"(?:à|au|aux)\s", re.IGNORECASE)
_GROUP = re.compile(r"\{(\w+)\}")
_NONE = Parties([], [], [], False)


def _words(alternatives: str) -> re.Pattern[str]:
    """"to|an|à" or ", for" → a pattern matching one of them with the spaces around it."""
    options = []
    for alternative in alternatives.split("|"):
        words = alternative.split()
        body = r"\s*".join(re.escape(w) if not w[0].isalnum() else re.escape(w) for w in words)
        body = re.sub(r"(?<=\w)\\s\*(?=\w)", r"\\s+", body)
        before = r"\s*" if not words[0][0].isalnum() else r"\s+"
        after = r"\s*" if not words[-1][-1].isalnum() else r"\s+"
        options.append(before + body + after)
    return re.compile("|".join(f"(?:{o})" for o in options), re.IGNORECASE)


def _read_authors(text: str) -> tuple[Parties, str | None] | None:
    """"A on B" → authors and subject; else the longest name the text opens with ("Anastas
    Mikoyan ahead of Meetings with …": Anastas Mikoyan), and a subject only if one is named."""
    head, subject = _split_subject(text)
    authors = parse_party_list(head) if subject else None
    if authors and not authors.via:
        return authors, subject
    words = re.split(r"(?<=\S)(?=[:;,])|\s+", text)
    for n in range(len(words), 0, -1):
        candidate = " ".join(words[:n]).strip(" :;,")
        if not candidate or not candidate.split()[-1][:1].isupper():
            continue
        name = parse_name(candidate).name
        if name and (name.kind == "org" or not any(
                w[:1].islower() and w not in _NAME_PARTICLES for w in name.written.split())):
            # ("Nowak on the Harvest" is no person's name: it holds "on the")
            about = re.match(r"^(?::\s*(.+)|[;,]?\s*(?:on|about|concerning|regarding|re:?)\s+(.+))$",
                             text[len(candidate):].strip(), re.IGNORECASE)
            return Parties([name], [], [], False), (about.group(1) or about.group(2)).strip() if about else None
    return None


@dataclass(frozen=True)
class Shape:
    """One way titles name their parties; see the comment above SHAPES."""

    name: str
    pattern: str
    types: frozenset[str | None] | None = None
    unless: str | None = None
    not_before: str | None = None  # words the text after the shape's first word may not open with
    notes: tuple[str, ...] = ()
    # (title, expected reading): keys senders, recipients, via, participants, authors (names
    # as written), subject, type, number; what a key does not name is not checked.
    examples: tuple[tuple[str, dict], ...] = ()

    def __post_init__(self) -> None:
        items: list[tuple[str, object]] = []
        for n, part in enumerate(_GROUP.split(self.pattern)):
            if n % 2:
                if part not in _ROLES:
                    raise ValueError(f"title shape {self.name}: unknown group {{{part}}}")
                items.append(("group", part))
            elif part.strip():
                text = part.strip()
                optional = text.startswith("[") and text.endswith("]")
                items.append(("optional" if optional else "words", _words(text.strip("[]"))))
        object.__setattr__(self, "_items", tuple(items))
        object.__setattr__(self, "_unless", _words(self.unless) if self.unless else None)

    def read(self, title: Title, rest: str) -> bool:
        """Fill ``title`` from ``rest`` if this shape reads it."""
        if self.types is not None and title.doctype not in self.types:
            return False
        if self._unless is not None and _top_positions(rest, self._unless):
            return False
        if self.not_before and re.match(rf"\s*\S+\s+(?:{self.not_before})(?!\w)", rest):
            return False
        for groups in self._splits(self._items, rest, ()):
            reading = self._parse(groups)
            if reading is not None:
                self._apply(title, reading)
                return True
        return False

    def _splits(self, items, text: str, found: tuple) -> Iterator[tuple[tuple[str, str], ...]]:
        """Every way of cutting ``text`` into the pattern's groups, leftmost cuts first."""
        if not items:
            if not text.strip():
                yield found
            return
        (kind, value), later = items[0], items[1:]
        if kind in {"words", "optional"}:
            m = value.match(" " + text)  # the pattern wants a space before a word
            if m:
                yield from self._splits(later, (" " + text)[m.end():], found)
            if kind == "optional":
                yield from self._splits(later, text, found)
            return
        if not later:
            yield (*found, (value, text))
        elif later[0][0] == "group":  # "{recipients}{subject}": the subject rules cut
            yield (*found, (f"{value}+{later[0][1]}", text))
        else:
            seen = set()
            for m in _top_positions(text, later[0][1]):
                head = text[:m.start()]
                if _office_place(text, m):
                    continue  # "Jean Roux, notaire à Lyon, à Paul Aubert": the first "à" is the office's
                if head.strip() and head not in seen:
                    seen.add(head)
                    yield from self._splits(later[1:], text[m.end():], (*found, (value, head)))

    @staticmethod
    def _parse(groups: tuple[tuple[str, str], ...]) -> dict[str, object] | None:
        """Each group read as what it names (a role named twice gets both lists); None if one
        does not read."""
        reading: dict[str, object] = {}
        for key, text in groups:
            role, _, subject_role = key.partition("+")
            set_off = text.rstrip().endswith(",")
            text = text.strip(" ,")
            if role == "senders" and set_off:
                text, doubtful = _set_off(text)
                if doubtful:
                    reading.setdefault("set off", []).append(doubtful)
            if not text or role == "senders" and _TO_OPENER.match(text):
                return None  # (nor a sender that opens with "à": "À X, notaire à Lyon" is to X)
            if role == "subject":
                reading["subject"] = text
                continue
            subject = None
            if subject_role and role == "authors":
                found = _read_authors(text)
                if found is None:
                    return None
                parties, subject = found
            else:
                if role in {"senders", "recipients"} and (apposed := _APPOSED.match(text)) \
                        and relation(apposed["relation"]) == apposed["relation"] \
                        and len((named := apposed["name"].split(",")[0]).split()) >= 2 \
                        and not set(named.split()) & _PLACE_NAME_WORDS \
                        and (listed := parse_party_list(named)) is not None \
                        and all(n.kind == "person" and looks_like_name(n.written) for n in listed.names):
                    text = apposed["name"]  # "to a friend, Sarah Pell", "to his cousin, Corporal X": named after it
                if subject_role:
                    text, subject = _split_subject(text)
                parties = parse_party_list(text)
                if parties is not None and role in {"senders", "recipients"} and len(parties.names) == 1 \
                        and not parties.via and _HOLDERS.fullmatch(text) and not _NOBLE_HOLDER.match(text) \
                        and (parties.names[0].kind == "person" or parties.names[0].kind == "org" and parties.names[0].role) \
                        and not parties.names[0].identified:
                    parties = None  # "to the Secretary of State": an office's holder, as "to the dean of X" (below)
                    #                 ("to the Secretary of the Linnean Society": no body called "Society")
                if parties is None and role in {"senders", "recipients"} and relation(text) == text:
                    # "Letter from A to his brother": the relation is kept as written, no person
                    reading.setdefault("relations", []).append((role[:-1], text))
                    parties = _NONE
                elif parties is None and role in {"senders", "recipients"} and (mixed := _relations_among(text)) is not None:
                    # "to his mother and his sister Louisa": the named ones, the relation kept as written
                    parties, related = mixed
                    reading.setdefault("relations", []).extend((role[:-1], r) for r in related)
                elif parties is None and role in {"senders", "recipients"} and _HOLDERS.fullmatch(text):
                    # "Brantingham to the Secretary of War", "… to the sheriffs of the several counties":
                    # an office's holder unnamed: a side named, but no one to point to (the other side still read)
                    reading.setdefault("offices", []).append((role[:-1], text))
                    parties = Parties([Name(text, kind="office")], [], [], False)
                if parties is None or role == "authors" and parties.via:
                    return None
                if role in {"senders", "recipients"} and len(parties.names) > 1:
                    parties = _places_in_list(parties)
            if role in reading:
                parties = Parties(*(a + b for a, b in zip(reading[role][:3], parties[:3])),
                                  reading[role].others or parties.others)
            reading[role] = parties
            if subject:
                reading["subject"] = subject
        return reading

    def _apply(self, title: Title, reading: dict[str, object]) -> None:
        title.shape = self.name
        for side, text in reading.get("relations", []):
            title.problems.append(f"the {side} {text!r} is named by a relation, not a name: kept as written in the "
                                  f"title, no person encoded")
        for side, text in reading.get("offices", []):
            title.problems.append(f"the {side} {text!r} is named by an office, not a name: encoded as written, "
                                  f"pointing to no one (add its holder's @ref if you know who held it)")
        for word in reading.get("set off", []):
            title.problems.append(f"{word!r}, set off by commas after the sender, may be where the letter was written "
                                  f"or another sender: neither is encoded (a place in the gazetteer is read as the "
                                  f"place of writing; \"and\" before it makes it a sender)")
        title.subject = reading.get("subject")
        if title.subject in _vocabulary.places and not title.place:  # "A to B, C and D, Dunmere": where it was written
            title.place, title.subject = title.subject, None
        title.notes.extend(self.notes)
        parties = [p for p in reading.values() if isinstance(p, Parties)]
        if "participants" in reading:
            title.participants = reading["participants"].names
        if "authors" in reading:
            title.authors = reading["authors"].names
        if "senders" in reading or "recipients" in reading:
            senders, recipients = reading.get("senders", _NONE), reading.get("recipients", _NONE)
            finals = recipients.final + reading.get("for", _NONE).names
            title.senders = senders.names
            title.intermediaries = senders.via + senders.final + recipients.via + reading.get("via", _NONE).names
            if finals:  # "to X (for Y)": X passes it on, Y is the addressee
                title.intermediaries += recipients.names
                title.recipients = finals
            else:
                title.recipients = recipients.names
        if any(p.others for p in parties):
            title.notes.append("and others")


# A Greek party named with whose kin it is: "η κόρη του Ελένη", "τον αδελφό του Σπυρίδωνα", "τη σύζυγό του Αικατερίνη"
_GREEK_KIN = re.compile(r"^(?:(?:ο|η|τον|την|τη|το)\s+)?(?P<kin>(?:αδελφ[όοήη][ςσ]?|αδερφ[όοήη][ςσ]?|κόρη|γιος|γιο|υι[όο][ςσ]?|"
                        r"σύζυγ[όο][ςσ]?|σύζυγό[ςσ]?|μητέρα|πατέρα[ςσ]?|ανιψι[όοάα][ςσ]?|εξάδελφ[οη][ςσ]?)\s+(?:του|της))\s+(?=[Α-ΩΆ-Ώ])")
_EL_TO = "προς τον|προς την|προς τη|προς το|προς τους|προς τις|προς τα|προς"  # (Greek "to" and the article)
_EL_FROM = "από τον|από την|από τη|από το|από τους|από τις|από"
_ANY_BUT_CONVERSATIONS = frozenset([None, *(k for k in doctypes.VOCABULARY if k not in _CONVERSATIONS | {"interview"})])
_BY = "by|from the journal of|from the diary of|from the notebook of|from the notes of"

SHAPES: tuple[Shape, ...] = (
    Shape("between", "with|between|among {participants}{subject}", examples=(
        ("Memorandum of Conversation between Anastas Mikoyan and Mao Zedong",
         {"type": "memorandum-of-conversation", "participants": ["Anastas Mikoyan", "Mao Zedong"]}),
        ("Discussion between N.S. Khrushchev and Mao Zedong", {"participants": ["N.S. Khrushchev", "Mao Zedong"]}),
        ("Record of the Fifth Meeting between Khrushchev and Mao", {"participants": ["Khrushchev", "Mao"]}),
        ("Memorandum of Conversation between Kowalski, Nowicki and Berg",
         {"participants": ["Kowalski", "Nowicki", "Berg"]}),
    )),
    Shape("conversation-listed", "{participants}", types=frozenset(_CONVERSATIONS), examples=(
        ("Minutes of Conversation, Mao Zedong and Nikita Khrushchev",
         {"participants": ["Mao Zedong", "Nikita Khrushchev"], "senders": [], "recipients": []}),
    )),
    Shape("conversation-with", "{participants} with {participants}{subject}", types=frozenset(_CONVERSATIONS),
          examples=(("Conversation, Ambassador Yudin with Mao Zedong on Trade",
                     {"participants": ["Yudin", "Mao Zedong"], "subject": "Trade"}),
                    ("Zhou Enlai's Talk with Ambassador Yudin", {"participants": ["Zhou Enlai", "Yudin"]}))),
    Shape("diary-of", f"{_BY}|of {{authors}}{{subject}}", types=frozenset({"diary"}), examples=(
        ("Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 1 January 1957",
         {"type": "diary", "authors": ["A.M. Puzanov"], "subject": None}),
        ("From the Journal of Petrov: Meeting with Ivanov", {"authors": ["Petrov"], "subject": "Meeting with Ivanov"}),
    )),
    Shape("by", f"{_BY} {{authors}}{{subject}}", unless="to|an|à", examples=(
        ("Notes by Anastas Mikoyan ahead of Meetings with Mao Zedong", {"type": "notes", "authors": ["Anastas Mikoyan"]}),
        ("Notes by Łukasz Nowak on the Harvest", {"authors": ["Łukasz Nowak"], "subject": "the Harvest"}),
        ("Report by the Soviet Embassy in Hanoi on the Harvest",
         {"authors": ["Soviet Embassy in Hanoi"], "subject": "the Harvest"}),
        ("Speech by Mao Zedong at the Moscow Meeting", {"type": "speech", "authors": ["Mao Zedong"], "subject": None}),
    )),
    Shape("of", "of {authors}{subject}", types=_ANY_BUT_CONVERSATIONS, unless="to|an|à|aan", examples=(
        ("Report of Petrov on the Harvest", {"type": "report", "authors": ["Petrov"], "subject": "the Harvest"}),
        ("Report of the Embassy", {"authors": ["Embassy"], "subject": None}),
    )),
    Shape("authors-listed", "{authors}", types=frozenset({"diary", "notes", "speech"}), examples=(
        ("Diary, Elena Corbu", {"authors": ["Elena Corbu"]}),
        ("Journal entry, Friedrich Albers", {"authors": ["Friedrich Albers"]}),
    )),
    # A web edition's list: "Anna Berg → Karl Lind", "Berg, Anna -> Lind, Karl" (an arrow for "to")
    Shape("arrow", "{senders} →|->|⟶|➔|➝ {recipients}{subject}", examples=(
        ("Anna Berg → Karl Lind", {"senders": ["Anna Berg"], "recipients": ["Karl Lind"]}),
        ("Berg, Anna → Lind, Karl", {"senders": ["Anna Berg"], "recipients": ["Karl Lind"]}),
        ("Steenwijck, Johannes van -> Wttenbroeck, Adriaan", {"senders": ["Johannes van Steenwijck"],
                                                              "recipients": ["Adriaan Wttenbroeck"]}),
    )),
    Shape("letter-for", "[from|of|by] {senders} to {recipients} , for {for}{subject}", examples=(
        ("Cable, Petrov to Orlov, for Ivanov", {"senders": ["Petrov"], "recipients": ["Ivanov"], "via": ["Orlov"]}),
    )),
    # The word for "from" is taken only before the "to" of its language: "De Quincey to
    # Wordsworth" and "Van Buren to Jackson" are from De Quincey and Van Buren.
    Shape("letter", "[from|of|by|written by|sent by] {senders} to {recipients}{subject}", examples=(
        ("Letter written by Jasper Tuttle to his cousin, Corporal Warren Tuttle, from Vicksburg",  # (a museum's
         {"senders": ["Jasper Tuttle"], "recipients": ["Warren Tuttle"]}),                        # catalogue)
        ("De Quincey to Wordsworth", {"senders": ["De Quincey"], "recipients": ["Wordsworth"]}),
        ("Von Neumann to Ulam", {"senders": ["Von Neumann"]}),
        ("Van Buren to Jackson", {"senders": ["Van Buren"], "recipients": ["Jackson"]}),
        ("Anna Berg to Mary Smith, née Jones", {"recipients": ["Mary Smith"], "subject": None}),
        ("Anna Berg, London, to Karl Lind", {"senders": ["Anna Berg"], "recipients": ["Karl Lind"]}),
        ("D'Alembert to Voltaire", {"senders": ["D'Alembert"], "recipients": ["Voltaire"]}),
        ("Cable, Stalin [via Kuznetsov] to Mao Zedong [via Terebin]",
         {"type": "cable", "senders": ["Stalin"], "recipients": ["Mao Zedong"], "via": ["Kuznetsov", "Terebin"],
          "subject": None}),
        ("Cable, Stalin to Mao Zedong, Nanjing Peace Proposal",
         {"recipients": ["Mao Zedong"], "subject": "Nanjing Peace Proposal"}),
        ("Letter, Anna Weber, Jean Martin and Łukasz Nowak to Renée Dubois",
         {"senders": ["Anna Weber", "Jean Martin", "Łukasz Nowak"], "recipients": ["Renée Dubois"]}),
        ("Telegram, Petrov to Orlov, Ivanov, and Sidorov",
         {"recipients": ["Orlov", "Ivanov", "Sidorov"], "subject": None}),
        ("Telegram Petrov to Ivanov on the Harvest",
         {"type": "telegram", "senders": ["Petrov"], "recipients": ["Ivanov"], "subject": "the Harvest"}),
        ("Petrov to Ivanov, Telegram number 211-213", {"type": "telegram", "number": "211-213", "senders": ["Petrov"]}),
        # diplomatic papers: a post's holder named in brackets, a footnote's number on the last word
        ("The Minister in Ruritania (Dorrance) to the Secretary of State",  # (an office's holder unnamed)
         {"senders": ["Minister in Ruritania"], "recipients": ["the Secretary of State"]}),
        ("Telegram From the Embassy in Ruritania to the Department of State1",
         {"type": "telegram", "senders": ["Embassy in Ruritania"], "recipients": ["Department of State"]}),
        ("12. 3 March 1851. John Smith to Henry Brown", {"number": "12", "senders": ["John Smith"],
                                                        "recipients": ["Henry Brown"]}),
        ("12. John Smith to Henry Brown. London, 3 March 1851", {"senders": ["John Smith"], "recipients": ["Henry Brown"]}),
        ("Stalin to Mao", {"type": None, "senders": ["Stalin"], "recipients": ["Mao"]}),
        ("Letter Number 45 from Petrov to Ivanov", {"number": "45", "senders": ["Petrov"]}),
        ("Letter of Petrov to Ivanov", {"senders": ["Petrov"], "recipients": ["Ivanov"]}),
        ("Petrov's Report to Ivanov", {"type": "report", "senders": ["Petrov"], "recipients": ["Ivanov"]}),
        ("Cable, Petrov to Ivanov and Others", {"recipients": ["Ivanov"]}),
        ("Cable, Petrov to Ivanov (for the Politburo)", {"recipients": ["Politburo"], "via": ["Ivanov"]}),
        ("Cable, Petrov to Ivanov, via Orlov", {"recipients": ["Ivanov"], "via": ["Orlov"], "subject": None}),
        ("Letter, Petrov to Ivanov, 'On the Harvest'", {"subject": "On the Harvest"}),
        ("Letter, Petrov to Ivanov re meeting with Orlov", {"subject": "meeting with Orlov"}),
        ("Letter, Soviet Ambassador to the GDR V. Semyonov to Walter Ulbricht",
         {"senders": ["V. Semyonov"], "recipients": ["Walter Ulbricht"]}),
        ("Letter from Jean Martin, French Ambassador in Mexico, to Renée Dubois",
         {"senders": ["Jean Martin"], "recipients": ["Renée Dubois"]}),
        # … or the office first and its holder set off after it
        ("Cable No. 41 from the Ruritanian Minister in Prague, Ion Varga, to the Ruritanian Foreign Ministry",
         {"number": "41", "senders": ["Ion Varga"], "recipients": ["Ruritanian Foreign Ministry"]}),
        ("Letter from the Soviet Ambassador to Ruritania, Pavel Orlov, to Anna Weber",
         {"senders": ["Pavel Orlov"], "recipients": ["Anna Weber"]}),
        ("Letter from the Soviet Ambassador to Anna Weber", {"senders": ["the Soviet Ambassador"], "recipients": ["Anna Weber"]}),
        ("Letter, Polish Embassy in Hanoi to CC CPSU", {"senders": ["Polish Embassy in Hanoi"], "recipients": ["CC CPSU"]}),
        ("Cable No. 12, Petrov and Orlov to Stalin, 12 May 1947",
         {"number": "12", "senders": ["Petrov", "Orlov"], "recipients": ["Stalin"]}),
        ("From George Adams to Henry Brook, 3–9 October 1788", {"senders": ["George Adams"], "recipients": ["Henry Brook"]}),
        ("Letter from Walter Ashby to his brother", {"senders": ["Walter Ashby"], "recipients": []}),
        ("Petition of John Tarrant to the King", {"type": "petition", "senders": ["John Tarrant"], "recipients": ["King"]}),
        ("The humble Petition of Anne Lister, widow, to the Lords of the Admiralty",
         {"type": "petition", "senders": ["Anne Lister"], "recipients": ["Lords of the Admiralty"]}),
        ("Memorial of the Merchants of Bristol to the Council of Trade",
         {"type": "memorial", "senders": ["Merchants of Bristol"], "recipients": ["Council of Trade"]}),
        ("Walter and Henry Ashby to John Roe", {"senders": ["Walter Ashby", "Henry Ashby"], "recipients": ["John Roe"]}),
        ("Thomas Wentworth, Earl of Strafford, to Archbishop Laud.", {"senders": ["Thomas Wentworth"], "recipients": ["Laud"]}),
        ("The King to the Lord Treasurer and the Chancellor of the Exchequer.",
         {"senders": ["King"], "recipients": ["Lord Treasurer", "Chancellor of the Exchequer"]}),
        ("Giovanni Scaramelli, Venetian Secretary in England, to the Doge and Senate.",
         {"senders": ["Giovanni Scaramelli"], "recipients": ["Doge and Senate"]}),
        ("John Winthrop, jun., to his father.", {"senders": ["John Winthrop"], "recipients": []}),
        ("103. PIETRO GRADENIGO, Venetian Ambassador in England, to the DOGE and SENATE.",
         {"senders": ["Pietro Gradenigo"], "recipients": ["Doge and Senate"]}),
        ("TASS to CC CPSU", {"senders": ["TASS"], "recipients": ["CC CPSU"]}),
        # a collection's record that describes the letter in a sentence
        ("A letter from Wendell Hoyt to Thomas J. Ruane in which Hoyt asks for a place on the payroll.",
         {"senders": ["Wendell Hoyt"], "recipients": ["Thomas J. Ruane"], "subject": "Hoyt asks for a place on the payroll"}),
        ("Telegram from Virgil Amsel to Senator Ruth Cass urging Cass to oppose the bill.",
         {"type": "telegram", "senders": ["Virgil Amsel"], "recipients": ["Ruth Cass"],
          "subject": "urging Cass to oppose the bill"}),
        ("Letter from Ruth Cass to her fiancé Ralph Orme while Cass was at Camp Dix.", {"recipients": ["Ralph Orme"]}),
        ("Memorandum from Mabel Orr, secretary to Senator Ruth Cass, to Ed Lang listing the applicants.",
         {"senders": ["Mabel Orr"], "recipients": ["Ed Lang"]}),
        ("Letter from Ed Lang, Chairman of the Railroad Brotherhoods, to Lakeport resident Cora Bell. Lang reminds "
         "her that in 1938, Cass stood by them.", {"senders": ["Ed Lang"], "recipients": ["Cora Bell"]}),
        ("Letter from Director of the Lakeport Public Library Otto J. Brandt to Ruth Cass. Brandt asks for books.",
         {"senders": ["Otto J. Brandt"], "recipients": ["Ruth Cass"], "subject": "Brandt asks for books"}),
        ("Letter from Ed Lang on behalf of Senator Ruth Cass to Ames, Iowa Mayor Carl V. Roth.",
         {"senders": ["Ed Lang"], "recipients": ["Carl V. Roth"]}),
        ("Letter from Ruth Cass aboard the Golden State (Rock Island Line) to her husband Tom in Ames, Iowa.",
         {"senders": ["Ruth Cass"], "recipients": ["Tom"]}),
        ("Dispatch from Colonel Amos Rudd to the General Officer commanding the Forces, asking for powder.",
         {"senders": ["Amos Rudd"], "recipients": ["the General Officer commanding the Forces"],
          "subject": "asking for powder"}),  # (an office named by what it commands: no one's name, no verb)
        ("Letter from his brother to Amos Hart", {"senders": [], "recipients": ["Amos Hart"]}),  # (a relation, then the other)
        ("LETTERS FROM E.M. HAWTREY TO R.A. HAWTREY WHILE ON COMMANDO.",
         {"senders": ["E.M. Hawtrey"], "recipients": ["R.A. Hawtrey"], "subject": "on Commando"}),  # (capitals: in_small_letters)
        ("Letter from a friend in London to Amos Hart", {"senders": [], "recipients": ["Amos Hart"]}),
        # a library catalogue's words supplied in brackets, its committees' names
        ("[Letter from an unidentified correspondent to Charles Goodale], 1829 Sept. 22.",
         {"senders": [], "recipients": ["Charles Goodale"]}),
        ("Letter from Ada Morrow to Senator Ruth Cass thanking her.",
         {"senders": ["Ada Morrow"], "recipients": ["Ruth Cass"], "subject": "thanking her"}),
    )),
    # (a German finding aid's: the writer in the genitive, "Schreiben des Amtes X an die Y betr. Z"; _german_cases)
    Shape("letter-de-gen", "des|der {senders} an {recipients}{subject}", examples=(
        ("Schreiben des Amtes Hagenburg an die Kriegskanzlei betr. die Landstraße",
         {"type": "letter", "senders": ["Amtes Hagenburg"], "recipients": ["Kriegskanzlei"], "subject": "die Landstraße"}),
        ("Schreiben des Oberförsters Heinrich Sieveking an die Regierung in Bückeburg betr. Rückstände",
         {"senders": ["Oberförsters Heinrich Sieveking"], "recipients": ["Regierung in Bückeburg"]}),
        ("Brief der Regierung zu Minden an den Magistrat der Stadt Rinteln wegen eines Chausseewärters",
         {"senders": ["Regierung zu Minden"], "recipients": ["Magistrat der Stadt Rinteln"]}),
    )),
    Shape("letter-de", "[von] {senders} an {recipients}{subject}", examples=(
        ("Brief von Heinrich Müller an Karl Schmidt",
         {"type": "letter", "senders": ["Heinrich Müller"], "recipients": ["Karl Schmidt"]}),
        ("Von Stein an Goethe", {"senders": ["Stein"], "recipients": ["Goethe"]}),
        ("Briefe von Anna Berg an Karl Lenz", {"type": "letter", "senders": ["Anna Berg"], "recipients": ["Karl Lenz"]}),
        ("Anna Berg an Marie Brandt, geb. Ohlsen", {"recipients": ["Marie Brandt"], "subject": None}),
        ("d'Alembert an Euler", {"senders": ["d'Alembert"], "recipients": ["Euler"]}),
        ("3. 14. Mai 1790: Konrad Eisleben an Johann Weyrauch", {"senders": ["Konrad Eisleben"],
                                                                 "recipients": ["Johann Weyrauch"]}),
        ("Ulrich Sattler, Stadtschreiber zu Lindau, an Abt Konrad",
         {"senders": ["Ulrich Sattler"], "recipients": ["Konrad"]}),
    )),
    Shape("letter-fr", "[de|du|des] {senders} à|au|aux {recipients}{subject}", examples=(
        ("Lettre de J.-B. Fouquerolles au docteur Louis Rouvière", {"senders": ["J.-B. Fouquerolles"],
                                                                   "recipients": ["Louis Rouvière"]}),
        ("Lettre du marquis de Valrose à Jean Roux", {"senders": ["marquis de Valrose"], "recipients": ["Jean Roux"]}),
        ("Lettre d'Émile Roux à Paul Aubert", {"type": "letter", "senders": ["Émile Roux"], "recipients": ["Paul Aubert"]}),
        ("Lettre de Jean d’Alembert à Voltaire", {"senders": ["Jean d’Alembert"], "recipients": ["Voltaire"]}),
        ("Lettre d'Alembert à Voltaire", {"senders": ["d'Alembert"], "recipients": ["Voltaire"]}),
        ("Lettre de Jean Dupont à Marie Curie", {"senders": ["Jean Dupont"], "recipients": ["Marie Curie"]}),
    )),  # ("Lettre de Paul Aubert, curé de Saint-Just, à Jean Roux": french_parties, FRENCH_SUMMARY_EXAMPLES)
    Shape("letter-nl", "[van] {senders} aan {recipients}{subject}", examples=(
        ("Brief van Willem Roozeboom aan Cornelis de Wit", {"type": "letter", "senders": ["Willem Roozeboom"],
                                                            "recipients": ["Cornelis de Wit"]}),
        ("Hendrik van der Meulen aan Catharina Sluiter", {"senders": ["Hendrik van der Meulen"]}),
        ("Jan de Wit en Anna de Wit aan Pieter Smit", {"senders": ["Jan de Wit", "Anna de Wit"]}),
        ("Brief van jhr. Jacob Terwee aan prof. Dirk van Rhijn", {"senders": ["Jacob Terwee"],
                                                                  "recipients": ["Dirk van Rhijn"]}),
    )),
    Shape("letter-it", "[di|da|della|dello|dell'|dell’|dal|dalla|dallo|dall'|dall’|dei|degli|dai|dagli] {senders} a|ad|al|alla|allo {recipients}{subject}", examples=(
        ("Lettera di Giuseppe Vezzosi a Luigi Cavalieri", {"type": "letter", "senders": ["Giuseppe Vezzosi"],
                                                           "recipients": ["Luigi Cavalieri"]}),
        ("Giovanna Rinaldi a Lorenzo Bassi e Teresa Bassi", {"senders": ["Giovanna Rinaldi"],
                                                             "recipients": ["Lorenzo Bassi", "Teresa Bassi"]}),
        # (Italian forms of address, as inventories write them, are roles: "suor", "don", "sig.", "ing.")
        ("suor Marta Bassi a don Lorenzo Rinaldi", {"senders": ["Marta Bassi"], "recipients": ["Lorenzo Rinaldi"]}),
        ("Lettera di ing. Paolo Rinaldi a sig.ra Teresa Bassi", {"senders": ["Paolo Rinaldi"],
                                                                "recipients": ["Teresa Bassi"]}),
        # ("ad" before a vowel, the article joined to "a": "al conte X", "alla marchesa Y")
        ("Da Giulia Rinaldi ad Ercole Bassi", {"senders": ["Giulia Rinaldi"], "recipients": ["Ercole Bassi"]}),
        ("Da Giulia Rinaldi al conte Ercole Bassi", {"senders": ["Giulia Rinaldi"], "recipients": ["Ercole Bassi"]}),
    )),
    Shape("letter-es", "[de|del] {senders} a|al {recipients}{subject}", examples=(
        ("Carta de Ramón Arrieta y Salcedo a Tomás Peñalver", {"type": "letter", "senders": ["Ramón Arrieta y Salcedo"],
                                                               "recipients": ["Tomás Peñalver"]}),
        ("Carta del Ministerio de Hacienda a la Real Academia de Ciencias Naturales de Madrid",
         {"senders": ["Ministerio de Hacienda"], "recipients": ["Real Academia de Ciencias Naturales de Madrid"]}),
        ("Carta de don Ramón Arrieta y Salcedo al Consulado de Buenos Aires",
         {"senders": ["Ramón Arrieta y Salcedo"], "recipients": ["Consulado de Buenos Aires"]}),
        # (offices written out, "original" after the type word, the subject run on after a gerund)
        ("Carta original del licenciado Blas Urrutia y el doctor Inés Carbonell a la Real Audiencia de Quito, "
         "acusando recibo de doce pesos", {"senders": ["Blas Urrutia", "Inés Carbonell"],
                                           "recipients": ["Real Audiencia de Quito"]}),
    )),
    # "Copia de la carta que escribió X a Y": the letter X wrote to Y
    Shape("letter-es-que", "que escribió|que escribe|que dirigió|que dirige {senders} a|al {recipients}{subject}",
          types=frozenset({"letter"}), examples=(
              ("Copia de la carta que escribió D. Tomás Ezquerra y Don Vicente Larrea a Don Fermín de Alzábar",
               {"senders": ["D. Tomás Ezquerra", "Don Vicente Larrea"], "recipients": ["Don Fermín de Alzábar"]}),)),
    # Polish catalogues: "List X do Y", "Odpis listu X do Y" (names in the genitive, as written)
    Shape("letter-pl", "[list] {senders} do {recipients}{subject}",
          examples=(("List Tadeusza Pawlaka do dr W. Zawadzkiego", {"senders": ["Tadeusza Pawlaka"],
                                                                    "recipients": ["W. Zawadzkiego"]}),
                    ("Brudnopis listu Kazimierza Chmielewskiego do Wincentego Zawadzkiego",
                     {"senders": ["Kazimierza Chmielewskiego"], "recipients": ["Wincentego Zawadzkiego"]}))),
    Shape("letter-sv", "[från|fra] {senders} till|til {recipients}{subject}", examples=(
        ("Brev från Ulrika Hedlund till Ludvig Rosenius", {"type": "letter", "senders": ["Ulrika Hedlund"],
                                                          "recipients": ["Ludvig Rosenius"]}),
        ("Sundblad till Ludvig Rydén", {"senders": ["Sundblad"], "recipients": ["Ludvig Rydén"]}),
    )),
    Shape("letter-pt", "[de|da|do|dos] {senders} para {recipients}{subject}", examples=(
        ("Carta de João Barros para Amélia do Vale", {"type": "letter", "senders": ["João Barros"],
                                                      "recipients": ["Amélia do Vale"]}),
        ("Do Comendador José Ribeiro para o Doutor Bernardo Cunha", {"senders": ["José Ribeiro"],
                                                                     "recipients": ["Bernardo Cunha"]}),
    )),
    # … and "a"/"ao"/"à" for "to", as Brazilian and Portuguese catalogues write it
    Shape("letter-pt-a", "[de|da|do|dos|das] {senders} ao|à|aos|às|a {recipients}{subject}", examples=(
        ("Carta de Rodrigo Pimentel ao Desembargador Inácio Falcão", {"type": "letter", "senders": ["Rodrigo Pimentel"],
                                                                      "recipients": ["Inácio Falcão"]}),
        ("Ofício do Cons. Rodrigo Pimentel à Câmara Municipal de Itu", {"senders": ["Rodrigo Pimentel"],
                                                                         "recipients": ["Câmara Municipal de Itu"]}),
    )),
    # Polish: "Do X" and "Brudnopis listu do X", the writer's letters to X (the writer is the
    # register's or the edition's); not Portuguese "Do Marquês de Pombal" ("from the"), whose
    # "do" stands before an article's noun: a title or an office.
    Shape("to-pl", "do|list do {recipients}{subject}",
          not_before=r"(?i:o|a|os|as|mesm[oa]s?|senhora?|sr|snr|conde|visconde|marqu[eê]s|bar[aã]o|duque|comendador|"
                     r"doutor|desembargador|conselheiro|padre|bispo|c[oô]nego|coronel|capit[aã]o|general|governador|"
                     r"ministro|presidente|pr[ií]ncipe|rei|imperador|cardeal|n[uú]ncio|c[oô]nsul|secret[aá]rio)|Dr\.",
          examples=(("Do hr. A. Tarnowieckiej", {"senders": [], "recipients": ["A. Tarnowieckiej"]}),
                    ("Brudnopis listu do dr Wincentego Zawadzkiego", {"senders": [], "recipients": ["Wincentego Zawadzkiego"]}),
                    ("Do Towarzystwa Naukowego Krakowskiego", {"recipients": ["Towarzystwa Naukowego Krakowskiego"]}))),
    # (a Ukrainian edition's list of one writer's letters: "До О. Ф. Ярошинської", the addressee in the genitive;
    # _ukrainian_cases)
    Shape("to-uk", "до {recipients}{subject}",
          examples=(("До О. Ф. Ярошинської", {"senders": [], "recipients": ["О. Ф. Ярошинської"]}),
                    ("До Т. К. Гриценка і М. І. Левчука", {"recipients": ["Т. К. Гриценка", "М. І. Левчука"]}))),
    # (a Greek edition's contents: "Προς τον X" to X, "Από τον X" from X, "Ο X προς τον Y", "Επιστολή του X προς
    # τον Y"; the names in the case the article gives them, _greek_cases)
    Shape("to-el", f"{_EL_TO} {{recipients}}{{subject}}",
          examples=(("Προς τον Δημήτριο Κουμπάρο", {"senders": [], "recipients": ["Δημήτριο Κουμπάρο"]}),
                    ("Προς τους Α. Ραφτόπουλο και Μιχαήλ Καποδίστρια", {"recipients": ["Α. Ραφτόπουλο", "Μιχαήλ Καποδίστρια"]}))),
    Shape("from-el", f"{_EL_FROM} {{senders}}{{subject}}",
          examples=(("Από τον Πέτρο Βλαχογιάννη", {"senders": ["Πέτρο Βλαχογιάννη"], "recipients": []}),)),
    Shape("letter-el", f"ο|η|οι|το|επιστολή του|επιστολή της|επιστολή των {{senders}} {_EL_TO} {{recipients}}{{subject}}",
          examples=(("Ο Βαλσαμάκης και ο Ιωάννης Κουμπάρος προς το Υπουργείο των Εσωτερικών",
                     {"senders": ["Βαλσαμάκης", "Ιωάννης Κουμπάρος"], "recipients": ["Υπουργείο των Εσωτερικών"]}),
                    ("Επιστολή του Νικολάου Βαλσαμάκη προς τον Ανδρέα Καποδίστρια",
                     {"senders": ["Νικολάου Βαλσαμάκη"], "recipients": ["Ανδρέα Καποδίστρια"]}))),
    # (a Romanian edition's contents: "Către Ion Cernea" to him, "De la X" from X; not French
    # "De la Tour à Voltaire")
    Shape("to-ro", "către {recipients}{subject}",  # (not "Lui X": a Cantonese surname, an Italian "he")
          examples=(("Către Ion Cernea", {"senders": [], "recipients": ["Ion Cernea"]}),)),
    Shape("from-ro", "de la {senders}{subject}", unless="à|a|an|to|et|y|către",
          examples=(("De la Titu Maiorescu", {"senders": ["Titu Maiorescu"], "recipients": []}),)),
    # (… a letter to the edition's writer, its writer named alone: "Ο Πέτρος Μαυροκορδάτος", "Η κόρη του Ελένη")
    Shape("from-el-named", "ο|η|οι|το {senders}{subject}",
          examples=(("Ο Πέτρος Μαυροκορδάτος", {"senders": ["Πέτρος Μαυροκορδάτος"], "recipients": []}),
                    ("Η κόρη του Ελένη", {"senders": ["Ελένη"]}))),
    # … and "Od X", the letters X wrote to the edition's writer ("Od ks. MARCINA SZAFARKIEWICZA")
    Shape("from-pl", "od {senders}{subject}",
          not_before=r"(?i:wydawcy|wydawców|redakcji|redaktora|autora|autorów|tłumacza|tłumaczki)\b",  # ("OD WYDAWCY": a preface)
          examples=(("Od ks. Marcina Szafarkiewicza", {"senders": ["Marcina Szafarkiewicza"], "recipients": []}),
                    ("Od Towarzystwa Rolniczego w Płocku", {"senders": ["Towarzystwa Rolniczego w Płocku"]}))),
    Shape("letter-reversed", "to|till|til {recipients} from|från|fra {senders}{subject}", examples=(
        ("Brev til J. P. Gylling fra Anders Aagaard", {"senders": ["Anders Aagaard"], "recipients": ["J. P. Gylling"]}),
        ("Letter to Ivanov from Petrov", {"senders": ["Petrov"], "recipients": ["Ivanov"]}),
    )),
    Shape("distribution", "distributed to {recipients}{subject}", notes=("distribution",), examples=(
        ("Distributed to Petrov and Ivanov", {"senders": [], "recipients": ["Petrov", "Ivanov"]}),
    )),
    # a register of one writer's letters: the writer and another wrote it (the writer is added
    # where the edition or the heading names one)
    Shape("jointly", "gemeinsam mit|zusammen mit|jointly with|together with|avec {senders} an|to|à {recipients}{subject}",
          examples=(("Gemeinsam mit Luise Wendt an Dr. Karl Mertens", {"senders": ["Luise Wendt"],
                                                                        "recipients": ["Karl Mertens"]}),
                    ("Jointly with his wife to Thomas Ware", {"senders": [], "recipients": ["Thomas Ware"]}))),
    Shape("to", f"to|an|à|au|aux|aan|till|til|para|{_ITALIAN_TO} {{recipients}}{{subject}}", examples=(
        # (a library catalogue's: its supplied words in brackets, a committee's name with "on" in it)
        ("[Letter] 1898 Aug. 2, Oberlin, Ohio [to] Caroline Hollister", {"recipients": ["Caroline Hollister"]}),
        ("Letter to the Committee on Public Schools, 1864 Oct. 23.", {"recipients": ["Committee on Public Schools"]}),
        ("An Wilhelm Stein. Weimar, den 3. Mai 1820", {"recipients": ["Wilhelm Stein"]}),
        ("V. T0 the Rev. Samuel Ockley. Bath", {"recipients": ["Samuel Ockley"]}),  # (OCR's "To")
        ("À Paul Lenoir", {"recipients": ["Paul Lenoir"]}),
        ("To the Secretary of the Linnean Society", {"recipients": ["the Secretary of the Linnean Society"]}),  # (an office)
        ("To Lady Agnes Farrow. [Keswick, ? Winter].", {"recipients": ["Agnes Farrow"]}),  # (an editor's place and time)
        ("To Robert Chalk. [n.p., n.d.]", {"recipients": ["Robert Chalk"]}),
        ("Al prof. Giuseppe di Castelvecchio, Parigi", {"recipients": ["Giuseppe di Castelvecchio"]}),
        ("All'Accademia Lucchese di Scienze e Lettere", {"recipients": ["Accademia Lucchese di Scienze e Lettere"]}),
        ("A L. Cappellini, Venezia", {"recipients": ["L. Cappellini"]}),
        ("1192. Alla contessa Luisa Fenoglio — [Valdimonte], 16 febbraio 1850", {"recipients": ["Luisa Fenoglio"]}),
        ("To the Rev. John Maitland, at St Andrews. Kelso", {"recipients": ["John Maitland"]}),
        ("Letter to Petrov, Orlov, Sidorov, and Ivanov",
         {"senders": [], "recipients": ["Petrov", "Orlov", "Sidorov", "Ivanov"]}),
        ("To J. Smith   [4 August 1871]", {"recipients": ["J. Smith"]}),
        ("XII. To Mary Jones. Bath, Friday [June 1822].", {"number": "XII", "recipients": ["Mary Jones"]}),
        ("II. To Thomas Hollins, for Mary Hollins. Bath, 3 June 1822.",
         {"recipients": ["Mary Hollins"], "via": ["Thomas Hollins"]}),
    )),
    # Dutch "van" only after a type word ("Brief van X"): "Van Gogh" alone is no "from Gogh"
    Shape("from-nl", "van {senders}{subject}", types=frozenset({"letter"}), examples=(
        ("Brief van Dr. K. Wendler", {"type": "letter", "senders": ["K. Wendler"], "recipients": []}),
        ("Brief van J.A. Blankenstein over de verkoop van een boerderij te Epe",
         {"senders": ["J.A. Blankenstein"], "subject": "de verkoop van een boerderij te Epe"}),
    )),
    Shape("from", f"from|von|van|de|del|du|d'|d’|från|fra|{_ITALIAN_FROM} {{senders}}{{subject}}", examples=(
        ("Otra del mismo, sobre la venta de la dehesa.", {"type": "letter", "senders": ["mismo"]}),  # (another, by the same)
        ("Du docteur Sarrazin", {"senders": ["Sarrazin"]}),
        ("Carta del Consulado de Comercio de Santa Olalla", {"type": "letter", "senders": ["Consulado de Comercio de Santa Olalla"]}),
        ("D'Anatole Mercadier", {"senders": ["Anatole Mercadier"]}),
        ("Von Wilhelm Stein. Jena, 2. Juli 1820", {"senders": ["Wilhelm Stein"]}),
        ("Dal marchese Luigi Pellegrini, Genova", {"senders": ["Luigi Pellegrini"]}),
        ("Dalla Direzione della «Nazione», Siena", {"senders": ["Direzione della «Nazione»"]}),
        ("Lettre d’Émile Roux", {"type": "letter", "senders": ["Émile Roux"]}),
        ("Cable from the Chinese Embassy in Pyongyang, 'Kim Il Sung's Comments on the Harvest'",
         {"senders": ["Chinese Embassy in Pyongyang"], "recipients": [],
          "subject": "Kim Il Sung's Comments on the Harvest"}),
        ("Information from the Soviet Embassy in Beijing, 'On the Situation in Tibet'",
         {"senders": ["Soviet Embassy in Beijing"]}),
    )),
)


_ENCLOSURE = re.compile(r",?\s+(?:transmitting|enclosing|forwarding|with)\s+(?:an?\s+|the\s+)?(?P<type>[A-Z]?[a-z]+)\s+(?P<rest>(?:to|from)\s+.+)$",
                        re.IGNORECASE)


# A Latin index's "Eidem" (to the same), "Idem eidem" (the same to the same): read as the English.
LATIN_SAME_READ = {"idem eidem": "The Same to the Same", "eidem": "To the Same"}
LATIN_SAME = re.compile(r"^(?:Idem\s+eidem|Eidem)(?=[\s.,]|$)", re.IGNORECASE)
# OCR's "To": "V. T0 the Rev. Samuel Ockley."
# A library catalogue's words supplied in brackets: "[Letter] 1898 Aug. 2, Oberlin, Ohio [to] X", "[Letter
# from an unidentified correspondent to X], 1829 Sept. 22." (a title the cataloguer made): read as written out
# Spanish printed before 1911 accents the preposition: "Carta á D. Gaspar", "Otra á la misma", "pasar á Indias"
_OLD_SPANISH_TO = re.compile(r"(?<=\s)á(?=\s)")
_SUPPLIED_SIDE = re.compile(r"(?<=\S),?\s*\[(to|from)\]\s*", re.IGNORECASE)
_SUPPLIED_OPENER = re.compile(r"^\[(to|from)\]\s*", re.IGNORECASE)  # ("[From] Dorothy Goodale to X": the opener)
_SUPPLIED_TITLE = re.compile(r"^\[(?P<title>(?i:letter|telegram|postcard|note|memorandum)\s+(?i:to|from)\s[^\[\]]+)\](?P<rest>.*)$")
_OCR_TO = re.compile(r"^T0(?=\s)")
# "To X" / "From X" as calendars and contents pages open an entry, in English, German, French.
_TO_WORDS = {"to", "an", "à", "au", "aux", "a", "aan", "till", "til", "para", *_ITALIAN_TO.split("|")}
_OPENER = re.compile(r"^(?:(?:No\.?\s*|Nr\.?\s*|N°\s*|Letter\s+|Lettre\s+|Brief\s+)?(?:[IVXLCDM]+[.)]|\d+[a-z]?[.)]|\[\d{1,3}\])"
                     r"(?:\s+|(?<=[IVXLCDM]{4}\.)(?=[A-ZÀ-Þ]))(?:[—–]\s*)?)?"
                     rf"(To|From|An|Aan|Von|Van|À|Au|Aux|De|Del|Du|D['’]|Till|Til|Från|Fra|Para|{_ITALIAN_TO_RX}|{_ITALIAN_FROM_RX})(?:\s|(?<=['’]))",
                     re.IGNORECASE)
# … and a Dutch inventory's items, "van"/"aan" after their type word: "Brief van X", "Minuut van een brief aan X".
_TYPED_OPENER = re.compile(r"^(?:(?:[IVXLCDM]+|\d+[a-z]?)[.)]\s+)?(?:(?:Minuut|Concept|Afschrift|Kopie)\s+van\s+(?:een\s+)?"
                           r"(?:brief|brieven)|Brief|Brieven)(?:\s+\(\d+\))?\s+(van|aan)\s"
                           # … and English ones: "Letter from X", "18 letters to X", "Extract from a letter to X"
                           r"|^(?:\d{1,4}\s+)?(?:(?:extract|copy|draft)\s+(?:from|of)\s+(?:a|my)\s+)?letters?\s+(from|to)\s"
                           # … and a manuscript catalogue's descriptions: "ALS from X", "2 TLS to Y", "TL copy to
                           # Z", "ALS [in X's hand] from Y", "Telegram from X"
                           r"|^(?:(?:[IVXLCDMivx]+|\d+[a-z]?)[.)]\s*)?(?:\d{1,4}\s+)?(?:" + doctypes.ABBREVIATED_DESCRIPTIONS
                           + r"|telegram|cable|postcard|post\s?card)\.?s?(?:\s+(?:copy|carbon))?(?:\s+\[[^\[\]]{1,120}\])?"
                           r"\s+(from|to)\s"
                           # … and Scandinavian ones: "Brev fra X", "3 breve til X", "Brevkort från X"
                           r"|^(?:\d{1,4}\s+)?(?:brev|breve|brevkort|telegram)\s+(fra|til|från|till)\s"
                           # … and Spanish ones: "Carta de X", "Minuta de carta a X", "Cartas (3) del X"
                           r"|^(?:(?:[IVXLCDM]+|\d+[a-z]?)[.)]\s+)?(?:(?:minuta|copia|borrador)\s+de\s+)?cartas?"
                           r"(?:\s+autógrafa|\s+original(?:es)?)?(?:\s+\(\d+\))?\s+(de|del|a|al)\s",
                           re.IGNORECASE)
_PARTICLE_END = re.compile(r"\b(?:della|dello|del|dei|di|de|da|der|des|du|of|the|la|le|il)$", re.IGNORECASE)
# A subject in quotes after the date: "Von A an B. Köln, 5. Mai 1850 «Grüße»".
_QUOTED_TAIL = re.compile(r"\s+(?:«[^«»]+»|»[^«»]+«|“[^“”]+”|„[^„“”]+[“”]|\"[^\"]+\")\s*\.?$")
# "To Mary Jones. Bath": the place of writing after the parties (not after "Mrs." or an initial).
# A place name may open with an abbreviated word: "St. Petersburg", "Mt. Vernon", "Ft. Worth".
PLACE_PREFIX = r"(?:(?:St|Ste|Mt|Ft|Pt)\.\s?|H\.\s?M\.\s?S\.\s)?"  # (and a ship's: "H.M.S. Medusa")
_LOWER_ABBREVIATION_END = re.compile(r"(?:^|[\s'’])[a-zà-ÿ]{1,5}$")  # "dott", "jkvr", "prof" before their stop
_PLACE_AFTER = re.compile(r"(?P<head>(?:(?:To|From|An|Von|À|Au|Aux|De|Du|Till|Til|Från|Fra|Para|A|Ad|Al|Alla|Allo|Alle|Ai|"
                          r"Agli|Da|Dal|Dalla|Dallo|Dai|Dagli|Di|Del|Della|Dello|Dei|Degli)\s|D['’]|All['’]|Dall['’]|Dell['’])\S.*?|"
                          #                                                            (Italian: "Alla X — Roma", "Di X. Milano")
                          r"(?:(?:Minuta|Copia|Borrador)\s+de\s+carta|Carta)(?:\s+autógrafa)?\s+(?:de|del)\s\S.*?|"
                          r"(?:Lettre|Réponse|Billet)\s+(?:de\s|d['’]|du\s)\S.*?|"  # ("Réponse de X. — Paris")
                          # ("ALS from Francis Lambourne. Calcutta": a manuscript catalogue's description)
                          r"(?:\d{1,4}\s+)?(?:" + doctypes.ABBREVIATED_DESCRIPTIONS + r"|Telegram|Letter|Postcard)\.?s?"
                          r"(?:\s+copy)?(?:\s+\[[^\[\]]{1,120}\])?\s+(?:from|of)\s\S.*?|"
                          r"\S.*?\s(?:to|an|à|a|aan|till|til|para)\s.+?)"
                          r"(?:\.(?:\s+[—–-])?|\s+[—–-])\s+\[?"  # ("De A para B — Coimbra", "À X. — Paris": a dash)
                          rf"(?P<place>{PLACE_PREFIX}[A-ZÀ-Þ][\w’'-]+(?:(?:[ -]|\s+(?:de|del|de\s+la|de\s+los|de\s+las|"
                          r"di|al|alla|della|sul|presso|am|an\s+der)\s+|\s+d['’])"
                          r"[A-ZÀ-Þ][\w’'-]+){0,3}"  # ("San Millán de la Vega", "Santa Lucia al Piano", "Torre d'Ancilla")
                          rf"(?:,\s*(?!(?:Esq|Jun|Sen|Jr|Sr)\b|(?i:{WEEKDAYS}|{MONTH_NAMES})\b)"
                          r"(?:[A-Z]\.\s?[A-Z]\.?|[A-ZÀ-Þ][\w’'-]+(?:\[[a-z]{2,12}\])?(?:\s[A-ZÀ-Þ][\w’'-]+)?\.?"
                          r"|(?:off|near)\s+[A-ZÀ-Þ][\w’'-]+|at\s+sea)){0,2}|"  # ("Scranton, Pa."; a ship's: "Medusa, off
                          #                                                  Ushant", "Medusa, at sea", "Medusa, Cawsand Bay";
                          #                                                  "Burnsall Vicarage, Skipton, Yorks[hire]")
                          r"s\.\s?l\.?|o\.\s?O\.?|u\.\s?o\.?)\]?[.,]?$")  # ("[Alès]": supplied by the editor)
# … and after a comma in an Italian edition's index, where the place may join its words with a
# particle that would otherwise name a recipient: "Da X, San Donnino al Lago", "Alla stessa,
# Montefalcone d'Arda" (only after an Italian "to"/"from", whose parties a comma does not part)
_PLACE_AFTER_COMMA = re.compile(rf"^(?P<head>(?i:(?:{_ITALIAN_TO_RX}|{_ITALIAN_FROM_RX})\s|All['’]|Dall['’])\S.*?),\s+\[?"
                                r"(?P<place>[A-ZÀ-Þ][\w’'-]+(?:(?:\s|\s+(?:di|al|alla|allo|del|della|dello|sul|sulla|in|"
                                r"sopra|sotto)\s+|\s+d['’])[A-ZÀ-Þ][\w’'-]+){0,3})\]?$")
# What stands after the parties as a place would, but says how the letter is kept or marked
# ("To Mary Jones. Undated" says it has no date: the title's date, lines.UNDATED_AT_END).
NOT_PLACES = ("Private", "Confidential", "Secret", "Personal", "Urgent", "Copy", "Draft", "Extract", "Fragment",
              "Unsigned", "Signed", "Holograph", "Autograph", "Postscript", "Endorsed", "Answered", "Unanswered",
              "Incomplete", "Duplicate", "Original", "Enclosure", "Vertraulich", "Abschrift", "Entwurf",
              "Konzept", "Privé", "Copie", "Brouillon", "Nachtrag", "Addendum", "Supplement", "Anhang", "Appendix",
              "Copia", "Minuta", "Borrador", "Duplicado", "Afschrift", "Minuut", "Concept", "Kopie", "Odpis",
              "Brudnopis", "Oryginał",
              # Nordic registers, abridged as they write them ("Kons. Til X", "Avskr. Til X"): draft, copy
              "Kons", "Konsept", "Avskr", "Avskrift", "Afskr", "Afskrift", "Konc", "Koncept", "Kopi", "Utkast",
              "Jäljennös", "Konsepti", "Abschr", "Konz")
_NOT_PLACE = re.compile(rf"^(?:{'|'.join(NOT_PLACES)}|s\.\s?l\.?|o\.\s?O\.?|u\.\s?o\.?)$", re.IGNORECASE)
_MARK_FIRST = re.compile(rf"^(?P<mark>{'|'.join(NOT_PLACES)})\s*[,:.]\s+(?=\S)", re.IGNORECASE)
# … or a finding aid's label of what the folder holds: "Correspondence: Halperin, Moshe to Feldman, Rivka"
_LABEL_FIRST = re.compile(r"^(?P<mark>Correspondence|Letters?|Briefwechsel|Korrespondenz|Correspondance|Carteggio|"
                          r"Correspondencia)\s*:\s+(?=\S)", re.IGNORECASE)
# Forms of address written with a full stop that ends no sentence ("Co1.": OCR's "Col."); not
# "Sen." ("John Smith Sen. Bath"). layouts.shared.ABBREVIATIONS adds a calendar's others.
ADDRESS_ABBREVIATIONS = ("Mr Mrs Ms Dr St Rev Revd Capt Col Co1 Gen Lt Sec Hon Messrs Mme Mlle Prof Frl Hr Fr Cde Tov Maj "
                         "Adm Amb Gov Pres Lieut Sgt Secy MM geb Sr Sra Srta Dña Snr Exmo Exma Ilmo Ilma Da Lic Br Kungl Kgl "
                         "Genl Jhr Pbro Sig Cav Mgr"
                         ).split() + _GIVEN_ABBREVIATIONS
ADDRESS_ABBREVIATIONS += [a.upper() for a in ADDRESS_ABBREVIATIONS if a.upper() != a and len(a) > 1]  # ("MR. MOMPESSON")
# A word that ends in a full stop without ending a sentence: an initial, a form of address.
ABBREVIATED = re.compile(rf"(?:^|\s)(?:[A-Z]|{'|'.join(ADDRESS_ABBREVIATIONS)})$")


# What letter it was, between the type word and its parties: "Letter of condolence from A to B",
# "Letter of introduction to B"
_KIND_OF_LETTER = re.compile(r"^of\s+(?P<kind>(?:[a-z]+\s+){0,2}[a-z]+)\s+(?=(?:from|to)\s)")
# "Lettre d'Émile Roux": after a type word, before a given name and a surname ("D'Alembert to
# Voltaire", "Lettre d'Alembert à Voltaire": a name, d'Alembert)
_ELIDED_DE = re.compile(r"^d['’](?=[A-ZÀ-Þ][\w-]*\s+(?:[a-z]+\s+)?[A-ZÀ-Þ])")


# A writer written surname first, then a comma and the word for "to": "Löfgren, Lovisa, till X"
_SURNAME_FIRST = r"(?P<surname>(?:Mc|Mac|O['’]|Van\s+|De\s+|Du\s+)?[A-ZÀ-Þ][\w'’]+(?:-[A-ZÀ-Þ][\w'’]+)?)"
_GIVEN_AFTER = (rf"(?P<given>(?:(?:{_TITLES}|Judge|Col\.|Gen\.|Capt\.|Maj\.)\s+)*[A-ZÀ-Þ][\w'’-]+\.?"
                r"(?:\s+[A-ZÀ-Þ][\w'’-]*\.?){0,2})")
_PLACE_PART = r"(?P<place>[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){0,2})"
_PLACED_INDEX = re.compile(rf"^{_SURNAME_FIRST},\s+{_GIVEN_AFTER}(?P<others>,\s+and\s+(?:others|[^,]{{3,40}}))?,\s+{_PLACE_PART}"
                           rf"(?=,?\s+(?P<word>to|an|à|aan)\s)")
_PLACED_INDEX_AFTER = re.compile(rf"\s(?P<word>to|an|à|aan)\s+{_SURNAME_FIRST},\s+{_GIVEN_AFTER},\s+{_PLACE_PART}\.?$")
ARROW = re.compile(r"\s*(?:→|->|⟶|➔|➝)\s*")  # "A → B": an arrow for "to", as web editions list letters
# A name as an index writes it, surname first: "Steenwijck, Johannes van", "Wttenbroeck, Jacob en Adriaan"
_INDEX_FORM = re.compile(r"(?P<surname>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?),\s+(?P<given>[A-ZÀ-Þ][\w'’.-]*"
                         r"(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|van|de|der|den|ter|von|du|le|la|en|and|und|et))*)")
def _index_side(side: str) -> re.Match[str] | None:
    """A side of a title in index form, "Halperin (Halpern), Moshe (Moses)"; not "Karl Lind, Wien"
    (a surname of one word), nor "Smith, London," (a comma before "to": a place of writing)."""
    m = _INDEX_FORM.fullmatch(_VARIANTS.sub("", side).strip())
    return m if m and " " not in m["surname"] and m["given"] not in _vocabulary.places \
        and doctypes.find(side) is None and not _NOT_PLACE.match(m["surname"]) \
        and not _PEERESS.match(m["given"]) and not re.match(rf"(?:{_TITLES})\s", m["given"]) else None
#   (nor "James, Lord Dunmanus": a peer by given name and title; nor "Cable, Stalin", "Copy, X": a type
#   word or a mark before the name)


_FULL_NAME = re.compile(r"^(?:[A-ZÀ-Þ][\w'’.-]+\s+)+[A-ZÀ-Þ][\w'’-]+(?:,|$)")


_PLACE_DATE_LEAD = re.compile(r"^(?P<place>[A-ZÀ-Þ][\w'’ .-]{1,30}?(?:,\s*[A-ZÀ-Þ][\w'’ .-]{1,30}?)?),\s*"
                              r"(?P<date>[^:,]{2,40}?):\s+(?=[A-ZÀ-Þ])")
_SENTENCE_AFTER = re.compile(r"^(?P<head>.+?[a-zà-ÿ)])\.\s+(?:[A-ZÀ-Þ][a-zà-ÿ]+\s|\d+\s*(?:bl|s|S|pp?)\.)")
_UNDATED_LEAD = re.compile(rf"(?i:{UNDATED_MARKS})")


def place_date_lead(text: str) -> bool:
    """Whether a title opens with where and when, then a colon: "Hallesund, 28. okt. 1840: A til B"."""
    lead = _PLACE_DATE_LEAD.match(text)
    return bool(lead) and (bool(_UNDATED_LEAD.fullmatch(lead["date"].strip()))
                           or parse_date(lead["date"].strip(" .")) is not None)
_INDEX_SIDES = re.compile(r"\s+(to|an|aan|à|till|til)\s+")
_VARIANTS = re.compile(r"\s*\([^()]*\)")
_INVERTED_HEAD = re.compile(r"^(?P<surname>[A-ZÀ-Þ][\w'’]+(?:-[A-ZÀ-Þ][\w'’]+)?),\s+"
                            r"(?P<given>[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){0,2}),\s+(?=(?P<word>(?i:to|till|til|an|à|aan|para))\s)")


# … or a full stop after the writer, inverted or a body, then "To": "Elmwood, Henry. To X.", "Trethorpe,
# Mrs. Eliza. To X.", "Hobstow Manufacturing Company. To X." (a calendar of papers in the Library of
# Congress's manner)
_STOPPED_HEAD = re.compile(r"^(?P<head>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+){0,4}?)"
                           r"(?:,\s+(?P<given>(?:(?:Mrs?|Miss|Ms|Dr|Rev|Capt|Col|Gen|Hon|Sir|Lady)\.?\s+)*"
                           r"[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+|\s[A-Z]\.)*))?"
                           r"\.\s+(?P<word>To|From)\s+(?P<rest>.+)$")
# … and how the letter is kept, after the extent: "A. L. S.", "L. S.", "Df.", "Copy"
_KEPT_AS_END = re.compile(r"[.,]?\s+(?P<mark>(?:A\.\s?)?(?:L\.\s?S|D\.\s?S|L|Df|Copy|Draft|Extract|Transcript)\.?)"
                          r"(?=\s*$|\s+\d{1,3}\s*pp?\.)")
# A footnote's number pasted from a printed or web edition onto a title's last word: "… to the
# Department of State1" (a name never ends in a digit written onto its letters).
_ANOTHER = re.compile(r"^(Otra|Outra|Altra)(?=\s+(?:de|del|da|do|dal|della|dello)\s)")
# A blue book's paper sent with a despatch, printed after it under its number: "Inclosure 1 in No. 89.—"
INCLOSURE_LEAD = re.compile(r"^(?P<mark>(?i:inclosure|enclosure)(?:\s+\d+)?\s+in\s+No\.\s*\d+)\.?\s*[—–-]+\s*")
_DASH_END = re.compile(r"(?<=\S)[.,]?\s+(?:[—–]+|-)\s*$")
# Before the date a layout took away, the letter's own dating in quotes ("'Sunday night'") or the
# word the date goes with ("postmarked"): a note, no party.
_OWN_DATING = re.compile(rf"(?<=\S),?\s+(?P<note>['‘\"“](?i:{WEEKDAYS})\b[^'’\"”]{{0,25}}['’\"”]|(?i:postmarked|postmark))$")
_FOOTNOTE_MARK = re.compile(r"(?<=[a-z)\]])\d{1,2}$")
# … or its number in brackets on any word, as an edition's list of letters keeps it ("Do FELIKSA
# MIKORSKIEGO[1] w Górce Małej"): no part of a name
_FOOTNOTE_BRACKETED = re.compile(r"(?<=[^\W\d_])\[\d{1,3}\]")
# Where the person of a Polish list's "Do X" / "Od X" lived, in the locative after "w": "Do FELIKSA
# MIKORSKIEGO w Górce Małej" (not a body's seat: "Od Towarzystwa Rolniczego w Płocku" is its name)
_POLISH_RESIDENCE = re.compile(r"^(?P<head>(?i:do|od)\s+(?P<name>.+?))\s+(?:w|we)\s+(?P<place>[A-ZŁŚŻŹĆ]\w+(?:\s+[A-ZŁŚŻŹĆ]?\w+)?)$")


# A title a catalogue's result list cut short: "Letter from A, Bath, to B, about the tolls of the..."
_CUT = re.compile(r"(?<![.\s])\s?(?:\.{3}|…)$")


# A catalogue's statement of responsibility after its title (ISBD): "Letter, 1854 Apr. 13, to X / Charles Wendell."
_RESPONSIBILITY = re.compile(r"\s+/\s+(?P<who>[A-ZÀ-Þ][^/]{2,80}?)\.?$")
_DASHED_TYPE = re.compile(r"(?:\((?P<remark>[^()]{2,40})\)\s*)?(?:to|an|à)\s+\S", re.IGNORECASE)


def _date_place_lead(title: Title, after: str) -> str:
    """A catalogue record's date and place between its type word and its parties ("Letter, 1860
    Aug. 18-22, Kelso, to X", "Letter, n.d., London, to X"): taken into ``title``; the rest returned."""
    first, _, later = after.partition(", ")
    if later and (value := parse_date(first)) is not None:
        if title.date is None:
            title.date, title.date_text = value, first
        after = later
    elif later and UNDATED.fullmatch(first):
        title.date_text = title.date_text or first
        after = later
    if (placed := _RECORD_PLACE.match(after)) and (title.place is None):
        title.place, after = placed["place"], after[placed.end():]
    return after


# … where the type word opens the title: a date, perhaps a place, then "to"/"from" ("1822 Oct. 3,
# Kelby, to Catherine Dunwick", "1824?, Thornsea, to Mr. Lommere")
_DATED_LEAD = re.compile(r"^(?=[^,]*\d|\[?(?i:n\.\s?d|s\.\s?d|undated))[^,]{3,25},\s+(?:[A-ZÀ-Þ][\w'’. -]{1,30},\s+){0,2}(?:to|from)\s",
                         re.IGNORECASE)  # (a date first: not "Autograph letter signed : John Smith, to X")


_BRIEFE = re.compile(r"^(?:\d{1,4}\s+)?(Briefe)\s+(?=(?:von\s|[A-ZÄÖÜ]).*\san\s)")  # (both sides: not a part's "Briefe von X")
# The small words of a heading set in capitals, in small letters when it is read ("TO THE SAME", "ON THE
# STATE OF THE COUNTRY"); a word that opens a heading of a letter among them.
_SMALL_WORDS = {"to", "from", "the", "his", "her", "their", "a", "an", "of", "on", "and", "with", "by", "at", "in",
                "for", "upon", "about", "same", "late", "copy", "draft", "friend", "brother", "sister", "mother",
                "father", "son", "daughter", "wife", "husband", "uncle", "aunt", "cousin", "nephew", "niece", "re",
                # (a catalogue's verbs after the addressee: "… TO THE COLONIAL SECRETARY APPLYING FOR LEAVE")
                "applying", "asking", "requesting", "enclosing", "reporting", "regarding", "concerning", "acknowledging",
                "forwarding", "informing", "thanking", "complaining", "recommending", "transmitting", "submitting",
                "announcing", "explaining", "describing", "introducing", "seeking", "offering", "returning", "for",
                "granting", "refusing", "approving", "declining", "accepting", "appointing", "authorising", "authorizing",
                "notifying", "directing", "instructing", "ordering", "promising", "sending", "enquiring", "inquiring",
                "while", "during", "after", "before"}
_CAPS_OPENER = re.compile(r"(?:^|\s)(?:TO|FROM|VAN|AAN)\s+\S")
_CAPS_PARTICLES = {"van", "der", "den", "de", "la", "du", "von", "ter", "ten", "le"}
# … in a Dutch or Afrikaans heading ("BRIEF VAN C.B. VAN DER MERWE AAN X INSAKE …"; not "MARTIN VAN BUREN" in English)
_DUTCH_SMALL_WORDS = {"van", "aan", "der", "den", "de", "insake", "oor", "die", "en"}
_DUTCH_CAPS = re.compile(r"(?:^|\s)AAN\s+\S")
CAPITALS_EXAMPLES = (("I. TO HIS BROTHER, WILLIAM ORDWAY. Oxford, Jan. 22", "I. To his brother, William Ordway. Oxford, Jan. 22"),
                     ("LETTER VII. TO THE SAME. Brighton, Christmas Day, 1797", "LETTER VII. To the same. Brighton, Christmas Day, 1797"),
                     ("TO MR. AND MRS. THOMAS PELL", "To Mr. and Mrs. Thomas Pell"),
                     ("FROM SIR ROBERT ASHE, BART. Taunton, May 29", "From Sir Robert Ashe, Bart. Taunton, May 29"),
                     ("LORD KELBY TO THE EARL OF DUNMORE.", "Lord Kelby to the Earl of Dunmore."),
                     ("To Mrs. Hollidge, April 2, 1819", "To Mrs. Hollidge, April 2, 1819"),
                     ("CC CPSU to Mao Zedong", "CC CPSU to Mao Zedong"),
                     ("LETTER FROM B.F. MCCALLUM TO R.A. HAWTREY RE A LOAN.", "Letter from B.F. McCallum to R.A. Hawtrey re a Loan."),
                     ("BRIEF VAN C.B. VAN DER MERWE, ELANDSHOEK, AAN G. ROSSOUW.",
                      "Brief van C.B. van der Merwe, Elandshoek, aan G. Rossouw."))


def in_small_letters(text: str) -> str:
    """A letter's heading set in capitals up to its place or date ("TO THE REV. DR. HAWTREY. July 1"),
    in the small letters it would be written in: its names capitalised, its small words not. A
    heading with no "TO" or "FROM" in its capitals, or none in capitals, is returned as it is."""
    number = NUMBERING.match(text)
    start = number.end() if number else 0
    words = text[start:].split(" ")
    run = 0
    while run < len(words) and not any(c.islower() for c in words[run]):
        run += 1
    head = " ".join(words[:run])
    if run < 2 or not _CAPS_OPENER.search(head) or sum(len(w.strip(".,;:")) >= 4 for w in words[:run]) < 1:
        return text
    out = []
    small = _SMALL_WORDS | _DUTCH_SMALL_WORDS if _DUTCH_CAPS.search(head) and not re.search(r"(?:^|\s)TO\s", head) else _SMALL_WORDS
    for k, word in enumerate(words[:run]):
        core = word.strip(".,;:()[]'’\"")
        if core.lower() in small and k:
            out.append(word.lower())
        elif k and core.lower() in _CAPS_PARTICLES and (k + 1 < run and words[k + 1].lower() in _CAPS_PARTICLES
                                                        or re.fullmatch(r"(?:[A-Z]\.)+", words[k - 1]) or out[-1] in _CAPS_PARTICLES):
            out.append(word.lower())  # ("J.H. VAN DER MERWE", "MRS. VAN DER BYL": particles; "MARTIN VAN BUREN" keeps his)
        elif re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?", core + "." if word.endswith(".") and not core.endswith(".") else core):
            out.append(word)  # (initials: "K.N.", "E.P.F.")
        elif core.isalpha() and len(core) > 1:
            out.append(word.replace(core, "-".join(re.sub(r"^(Mc)(\w)", lambda m: m[1] + m[2].upper(), part[:1] + part[1:].lower())
                                                   for part in core.split("-")), 1))  # ("MCCALLUM": McCallum)
        else:
            out.append(word[:1] + word[1:].lower() if len(core) > 1 else word)
    return text[:start] + " ".join([*out, *words[run:]])


# An office a colonial letter-book abbreviates, whose first word would be read as a rank: "Col. Sec."
_COLONIAL_OFFICE = re.compile(r"(?:the\s+)?Col(?:onial)?\.?\s*Sec(?:y|retary)?\.?|Col\.\s*Treas(?:urer)?\.?", re.IGNORECASE)
# A letter-book register's note of who wrote in its keeper's absence, before the parties
_BY_LEAD = re.compile(r"^\[(?P<note>By\s+(?P<who>[^,\]]{3,60})[^\]]*)\]\.?\s+(?=\S)")
# A second writer's postscript (lines.postscript_by): both wrote the letter, as "A und B an X"
POSTSCRIPT_EXAMPLES = (("Luise Brandis mit Nachschrift von Wilhelm Brandis an Henriette Hartung",
                        (["Luise Brandis", "Wilhelm Brandis"], ["Henriette Hartung"])),
                       ("Mary Smith with a postscript by John Smith to Anne Brown", (["Mary Smith", "John Smith"], ["Anne Brown"])),
                       # (after the addressee: the postscript's writer and his own addressee, no party of the letter)
                       ("Mary Smith to Anne Brown, with a postscript by John Smith to his sister", (["Mary Smith"], ["Anne Brown"])),
                       ("From Mary Smith with a postscript by John Smith to Anne Brown",
                        (["Mary Smith", "John Smith"], ["Anne Brown"])))
# A cataloguer's note in brackets between what a piece is and its parties: "ALS [in X's hand] from Y"
_CATALOGUER_ASIDE = re.compile(r"\[(?P<note>[^\[\]]{3,120})\]\s+(?=(?i:from|to|of)\s)")
# An edition's heading of a letter it knows of but has not found, all in brackets: "[To A from B, 30 May 1783]"
_KNOWN_NOT_FOUND = re.compile(r"^\[(?P<inner>(?:To|From)\s(?:[^\[\]]|\[[^\[\]]*\])+)\](?P<after>(?:\s*\([^()]*\))?\.?)$")
# A remark in brackets before the parties: "(Private.) To X", "[Confidential] To X", "(Copy.) From X"
_LEAD_REMARK = re.compile(r"^[(\[](?P<remark>(?i:private|confidential|secret|copy|draft|duplicate|extract|circular|"
                          r"most\s+confidential|immediate|urgent|(?:day|date)\s+not\s+(?:given|known|stated))\.?)[)\]]\.?\s+(?=\S)")
#                         ("(Day not given.) From X": a calendar's month without its day)


# A news-writer's report, as the calendars of Persian correspondence give it: the town it came from, who wrote it
_NEWS_LETTER = re.compile(r"(?P<type>(?i:news-?\s?letter|akhbar))\s+from\s+(?P<place>[A-ZÀ-Þ][\w'’ -]{1,40}?),\s+"
                          r"(?:written|sent)\s+by\s+(?P<by>[A-ZÀ-Þ][^,.;]{1,60}?)\s*(?:[,.;]|$)")
NEWS_LETTER_EXAMPLES = (("News-letter from Delhi, written by Shaikh Wali Muhammad, the Company's akhbarnavis.",
                         ["Shaikh Wali Muhammad"], "Delhi"),
                        ("News-letter from Delhi.", [], None))


# The numbers of a list of parties, each before its name (a calendar's "similar letters" to several)
_ENUMERATED = re.compile(r"(?<![\w)])\((?:\d{1,2}|[a-h])\)\s+(?=[A-ZÀ-Þ])")


_EDITOR_OF = re.compile(r"(\b(?:to|from)\s+the\s+)(editors?)(?=\s+of\s)")


def parse_title(text: str, writer: str | None = None) -> Title:
    """Read one title. ``writer``: the edition's implied writer for "To X" calendar entries."""
    title = _parse_title(text, writer)
    if title.shape == "letter-de-gen" and title.doctype_written and (at := title.text.find(title.doctype_written)) > 0 \
            and _GERMAN_NESTED.search(title.text[:at]):
        # "Antwort der Regierung auf das Schreiben des Amtes X an Y", "Bericht über das Schreiben des X an Y": a
        # document about the letter, its parties not the title's
        title.senders, title.recipients = [], []
        title.problems.append("the parties named are those of a letter the title mentions, not its own: none encoded")
    return title


def _parse_title(text: str, writer: str | None = None) -> Title:
    if cut := _CUT.search(text.rstrip()):
        # Read what is there; the subject keeps its mark as written, a party cut short is said to be
        title = parse_title(text.rstrip()[:cut.start()], writer)
        title.text = text
        if title.subject:
            title.subject += cut.group(0)
        elif title.is_letter:
            last = (title.recipients or title.senders)[-1]
            title.problems.append(f"the title is cut short ({cut.group(0).strip()!r}): {last.written!r} may be "
                                  "only the start of a name; see the document the catalogue describes")
        return title
    if (cased := in_small_letters(text)) != text:  # "TO THE REV. DR. HAWTREY. July 1": read as "To the Rev. …"
        title = parse_title(cased, writer)
        title.text = text
        return title
    title = Title(text=text)
    rest = " ".join(text.replace("\u00a0", " ").split())
    number = NUMBERING.match(rest)  # "XII.", "12.", "No. 512.", "Nr. 41.", "LETTER XII."
    if number:
        title.number, rest = number.group("n"), rest[number.end():]
    rest = _OCR_TO.sub("To", rest)  # (read as "To"; the title stays as written)
    rest = _SUPPLIED_OPENER.sub(lambda m: f"{m[1].capitalize()} ", _SUPPLIED_SIDE.sub(lambda m: f", {m[1].lower()} ", rest))
    rest = _OLD_SPANISH_TO.sub("a", rest)  # ("Copia de carta á D. Gaspar": the old spelling of "a")
    if supplied := _SUPPLIED_TITLE.match(rest):
        rest = supplied["title"] + supplied["rest"]
    rest = _EDITOR_OF.sub(lambda m: f"{m[1]}E{m[2][1:]}", rest)  # ("to the editor of the Herald", as a catalogue writes it)
    cut = _PROSE_CUT.search(rest)  # ("Letter from Pruett Station, Missouri resident A to B in St. Ambrose, Missouri";
    rest = _described(rest[:cut.start()]) + rest[cut.start():] if cut else _described(rest)  # not its subject's towns)
    if news := _NEWS_LETTER.match(rest):  # "News-letter from Delhi, written by X, the Company's akhbarnavis."
        inner = parse_title(f"From {news['by']}.", writer)  # (X wrote it, to whom the calendar's letters go)
        inner.text, inner.place, inner.number = text, news["place"], title.number
        inner.doctype, inner.doctype_written = "letter", news["type"]
        return inner
    if len(_ENUMERATED.findall(rest)) >= 2:  # "To (1) Lala Bakht Mal, (2) Nawab X and (3) Y": the parties' numbers
        rest = _ENUMERATED.sub("", rest)
    rest = LATIN_SAME.sub(lambda m: LATIN_SAME_READ[m[0].lower()], rest)  # ("Eidem.": to the same)
    if re.match(r"[—–]\s", rest):  # "1851 IV 8, Lwów. — Józef X do Y": the dash after the date line's place
        rest = rest[2:]
    if another := _ANOTHER.match(rest):  # "Otra del mismo al mismo": another (letter) of the same to the same
        title.doctype, title.doctype_written, rest = "letter", another[1], rest[another.end(1):]
    if inclosed := INCLOSURE_LEAD.match(rest):  # "Inclosure 1 in No. 89.—A to B.": a letter sent with another
        title.notes.append(inclosed["mark"])
        rest = rest[inclosed.end():]
    if by := _BY_LEAD.match(rest):  # "[By J. Tims, Clerk, the R.M. being absent.] To X": the clerk wrote it
        inner = parse_title(f"{number.group(0) if number else ''}{rest[by.end():]}", by["who"].strip())
        inner.text = text
        inner.notes.insert(0, by["note"])
        return inner
    if remark := _LEAD_REMARK.match(rest):  # "(Private.) To the Colonial Secretary": how it was sent, a note
        title.notes.append(remark["remark"])
        rest = rest[remark.end():]
    if known := _KNOWN_NOT_FOUND.match(rest):  # "[To A from B, 30 May 1783] (A Papers)": in the editors' brackets
        title.notes.append("in the editors' brackets: a letter known of, its text not found")
        rest = f"{known['inner']}{known['after']}"
    if (lead := _PLACE_DATE_LEAD.match(rest)) and (_UNDATED_LEAD.fullmatch(lead["date"].strip()) or
                                                   (when := parse_date(lead["date"].strip(" ."))) is not None):
        # "Hallesund, 28. okt. 1840: H. T. Brekke til hustruen Marte Brekke": where and when, then the parties
        title.place, title.date_text = lead["place"].strip(), lead["date"].strip()
        title.date = None if _UNDATED_LEAD.fullmatch(title.date_text) else when
        rest = rest[lead.end():]
        if tail := _SENTENCE_AFTER.match(rest):  # ("… til hustruen Marte Rustad. Om kirken.", "… 2 bl.")
            rest = tail["head"]
    if postscript := postscript_by(rest):
        title.notes.append(f"{postscript['phrase']} {postscript['who']}")
        rest = f"{rest[:postscript.start()]} {'und' if postscript['de'] else 'and' if postscript['en'] else 'et'} " \
               f"{postscript['who']}{rest[postscript.end():]}"
    if page := _PAGE_AFTER.search(rest):  # "Anna Berg to Karl Lind — p. 17": where a register or a book has it, a note
        title.notes.append(page["page"] or page["leaf"])
        rest = rest[:page.start()]
    rest = _dated_and_placed(title, rest)
    if len(sides := ARROW.split(rest)) == 2:  # "Berg, Anna → Lind, Karl": index forms on both sides
        rest = " → ".join(f"{m['given']} {m['surname']}" if (m := _INDEX_FORM.fullmatch(side.strip())) else side.strip()
                          for side in sides)
    # An enclosed letter first: a date at the very end may be the enclosure's, not the title's.
    enclosure = _ENCLOSURE.search(rest)
    if enclosure:
        inner = parse_title(f"{enclosure.group('type')} {enclosure.group('rest')}")
        if inner.is_letter:
            title.enclosures.append(inner)
            rest = rest[:enclosure.start()]
    quoted = _QUOTED_TAIL.search(rest)  # "… Köln, 5. Mai 1850 «Grüße»": the subject after the date
    if quoted and _PARTICLE_END.search(rest, 0, quoted.start()):
        quoted = None  # ("alla Direzione della «Nazione»": the name of a paper, no subject)
    head = _strip_date(title, rest[:quoted.start()]) if quoted else rest
    rest, after_date = (head, quoted.group(0)) if quoted and title.date else (_strip_date(title, rest), "")
    if received := _RECEIVED.search(rest):  # "Governor X to Lord Y.—(Received March 20.)": when it arrived, a note
        title.notes.append(received["mark"])
        rest = rest[:received.start()]
    if mark := _BRACKETED_MARK.search(rest):  # "A to B (No. 13)", "… (Telegram)": a despatch's number, its kind
        title.notes.append(mark.group(1))
        rest = rest[:mark.start()]
    remark = re.search(r"\s*\(([^()]*)\)\s*\.?$", rest) if title.date is None else None
    if remark:  # "…, 12 Sept. 1792 (with an enclosure to Sarah Brook)": a date, then a remark
        head = _strip_date(title, rest[:remark.start()])
        if title.date:
            rest = head
            title.notes.append(remark.group(1).strip())
    if (placed := _PLACED_INDEX.match(rest)) and placed["surname"] not in GIVEN_NAMES \
            and placed["given"] not in _vocabulary.places and not _ROLE_ONLY.match(placed["given"]):
        # "Kinsolving, Judge Horace, Ossawa City, to the governor": a calendar's index order, the
        # place of writing after the name (three parts before the "to": no place is a given name)
        rest = f"{placed['given']} {placed['surname']}{placed['others'] or ''}, {placed['place']}{rest[placed.end():]}"
    if (after := _PLACED_INDEX_AFTER.search(rest)) and after["surname"] not in GIVEN_NAMES \
            and after["given"] not in _vocabulary.places and not _ROLE_ONLY.match(after["given"]):
        rest = f"{rest[:after.start()]} {after['word']} {after['given']} {after['surname']}, {after['place']}"
        #                                              ("Same to Sprankle, Barnabas, Fort Tamarack")
    if (stopped := _STOPPED_HEAD.match(rest)) and (stopped["given"] and stopped["head"].split()[0] not in GIVEN_NAMES
                                                   or not stopped["given"] and _kind(stopped["head"]) == "org"):
        # "Elmwood, Henry. To Josiah Wimstone. A. L. S. 2 p.", "Hobstow Manufacturing Company. To X.":
        # a calendar of papers names the writer, a full stop, then "To" whom; how it is kept last
        head = f"{stopped['given']} {stopped['head']}" if stopped["given"] else stopped["head"]
        rest = f"{head} {stopped['word'].lower()} {stopped['rest']}"
        if kept := _KEPT_AS_END.search(rest):
            title.notes.append(kept["mark"])
            rest = rest[:kept.start()]
    if (inverted := _INVERTED_HEAD.match(rest)) and inverted["surname"] not in GIVEN_NAMES \
            and not _ROLE_ONLY.match(inverted["given"]) and inverted["given"] not in _vocabulary.places \
            and (inverted["word"].lower() not in {"to", "an", "à"} or inverted["given"].split()[0] in GIVEN_NAMES):
        # "Löfgren, Lovisa, till X": a register's order; in English, German and French only with a
        # known given name ("Wellington, Paris, to Bathurst" names where he wrote)
        rest = f"{inverted['given']} {inverted['surname']} {rest[inverted.end():]}"
    if title.date is None and (tail := MARK_TAIL.search(rest)) \
            and not opens_with_parties(tail["mark"]) and not _TO.search(tail["mark"]) \
            and not doctypes.find(tail["mark"]) and not EXTENT.search(rest):  # (a mark names no party:
        #                                                                 "b. 1772. Letter, …, to X"; an extent is one)
        head = _strip_date(title, rest[:tail.start()])  # "Till X, Västerås d. 27 nov. 1828. Avskrift.": a mark
        if title.date:
            rest = head
            title.notes.append(tail.group("mark").strip())
    if title.date is None:
        rest = _strip_leading_date(title, rest)
    if title.date is None and not title.date_text and (unread := _UNREAD_TAIL.search(rest)):
        # "To A and B    [1853–5]": a date in brackets this reader leaves unread, kept as its text
        title.date_text, rest = unread.group(1), rest[:unread.start()]
    elif title.date is None and (editorial := _EDITORIAL_TAIL.search(rest)) and editorial["when"].strip(" .") \
            and (editorial["place"] or not opens_with_parties(editorial["when"])):
        title.date_text = title.date_text or editorial.group(0).strip(" .")
        title.place = title.place or editorial["place"]
        rest = rest[:editorial.start()].rstrip(" ,")
    elif rest.count("[") > rest.count("]") and (editorial := _EDITORIAL_OPEN.search(rest)):
        title.place = title.place or editorial["place"]
        rest = rest[:editorial.start()].rstrip(" ,")
    rest = _FOOTNOTE_BRACKETED.sub("", _FOOTNOTE_MARK.sub("", rest))
    rest = _DASH_END.sub("", rest)  # ("À M. Vernède. — fin février 1848": the dash before the date)
    if own := _OWN_DATING.search(rest):
        title.notes.append("the date is the postmark's" if own["note"].lower().startswith("postmark") else own["note"])
        rest = _DASH_END.sub("", rest[:own.start()])
    if count := _COUNT.match(rest):
        title.notes.append(count["n"] or count["count"])
        rest = (count["type"] or count["typed"]) + rest[count.end():]
    elif count := _COUNT_FIRST.match(rest):
        title.notes.append(f"{count['n']} letters")
        rest = rest[count.end():]
    rest = _strip_notes(title, rest)
    if extent := EXTENT.search(rest):  # "…, 25 août 1837. 1 p.": the extent after the date
        title.notes.append(extent.group(0).strip())
        rest = rest[:extent.start()]
        if title.date is None:
            rest = _strip_date(title, rest)
    if lead := _MARK_FIRST.match(rest) or _LABEL_FIRST.match(rest):  # "Draft, A to B", "Abschrift: A an B": how the
        title.notes.append(lead.group("mark"))                         # document is kept; "Correspondence: A to B"
        rest = rest[lead.end():]
    if len(sides := _INDEX_SIDES.split(rest, maxsplit=1)) == 3 and (found := [_index_side(side) for side in sides[::2]]) \
            and (all(found) or any(found) and all(m or _FULL_NAME.match(side) for m, side in zip(found, sides[::2]))):
        # "Halperin (Halpern), Moshe (Moses) to Feldman, Rivka": index forms (a finding aid's), each
        # read in reading order, the variants in brackets left in the title; one of them where the
        # other side is a name written whole ("… to Dvoyre Blumfeld"; not "Hoefnagel aan
        # Dorrepaal, Kampen": a surname and a place)
        rest = f" {sides[1]} ".join(f"{m['given']} {m['surname']}" if m else side for m, side in zip(found, sides[::2]))
    for place in _PLACE_AFTER.finditer(rest):  # calendar: "To Mary Jones. Bath" — place of writing after the parties
        if place.end() == len(rest) and (_HONOUR_END.search(place.group("head")) or not ABBREVIATED.search(place.group("head"))
                                         and not re.search(r"(?:^|[\s.-])[A-ZÀ-Þ]$", place.group("head"))) \
                and not (_LOWER_ABBREVIATION_END.search(place.group("head"))  # ("A a dott. B": no place)
                         and not SAME.match(place.group("head").split()[-1])):  # ("… til samme. Frederiksberg")
            rest = place.group("head")
            where, _, region = place.group("place").partition(", ")
            if _NOT_PLACE.match(where):
                title.notes.append(place.group("place"))  # "To Mary Jones. Private": a mark, not a place
            else:
                if region and _NOT_PLACE.match(region.rstrip(".")):  # ("… - Bath, Private": a mark after it)
                    title.notes.append(region)
                else:  # ("Scranton, Pa.", "Utica, N.Y." whose last stop went with the date)
                    where = re.sub(r"(?<=\b[A-Z]\.[A-Z])$", ".", place.group("place"))
                title.place = re.sub(r"^(?:Datum|Data|Datae|Dat\.)\s+", "", where)  # ("Datum Patavii die …")
            break
    if title.place is None and (place := _PLACE_AFTER_COMMA.match(rest)) and not _NOT_PLACE.match(place["place"]) \
            and place["place"].split()[0] not in GIVEN_NAMES:  # ("A X, Giulia Bianchi": a person)
        rest, title.place = place["head"], place["place"]  # "Da X, San Donnino al Lago": an index's place
    rest = f"{rest} {after_date.strip()}".strip() if after_date else rest
    rest = _strip_number(title, rest).rstrip(" ")
    if rest.endswith(".") and not re.search(r"(?:^|[\s.])[A-ZА-ЯЁ]\.$", rest):
        rest = rest[:-1].rstrip()

    found = doctypes.find(rest)
    if found is None and (plural := _BRIEFE.match(rest)):
        found = ("letter", plural[1], plural.start(1), plural.end(1))  # ("Briefe von X an Y": only a title's type
        #                                                                 word, a part's heading elsewhere: doctypes)
    if (described := doctypes.description(rest)) and (key := doctypes.describe(described[0])) and (
            found and described[1] <= found[2] and described[2] >= found[3]  # "Lettre autographe signée de A à B":
            or not found and doctypes.description_opening(rest)):  # the description whole; "L.a.s. de A à B":
        #                                                            a dealer's abbreviation (not "A.L. Rowse to B")
        found = (key, *described)
    possessive = None
    if found:
        title.doctype, title.doctype_written, start, end = found
        before = rest[:start].strip(" ,:;-")
        if before == "[" and rest[end:end + 1] == "]":  # "[Letter] 1820 Apr 13, Dublin, to X": a cataloguer's word
            before, rest = "", rest[:start] + " " * (end + 1 - start) + rest[end + 1:]
            end += 1
        possessive = re.fullmatch(r"(.+?)['’]s", before)
        if possessive:
            rest = f"{possessive.group(1)} {rest[end:].strip(' ,:;-')}"
        elif not before or before.lower() in {"the", "the official", "a", "an", "official", "draft", "copy of",
                                              "letterpress copy of", "press copy of", "retained copy of",
                                              "carbon copy of", "transcript of", "typescript copy of"} \
                or before.isdigit() and len(before) <= 4:  # ("2 ALS from X", "18 letters to Y": how many)
            rest = _ELIDED_DE.sub("de ", rest[end:].strip(" ,:;-"))  # "Lettre d'Émile Roux": de Émile Roux
            if (aside := _CATALOGUER_ASIDE.match(rest)) is not None and " " in aside["note"].strip() \
                    and not UNKNOWN.match(aside["note"]):  # "ALS [in X's hand] from Y": a note (not "[unknown] to Y")
                title.notes.append(aside["note"])
                rest = rest[aside.end():]
            if title.doctype_written.lower().endswith(("copy", "carbon")) and rest[:3].lower() == "of ":
                rest = f"from {rest[3:]}"  # "TL copy of the Librarian to X": his letter, the copy kept
            if kind_of := _KIND_OF_LETTER.match(rest):  # "Letter of condolence from A to B": what letter, a note
                title.notes.append(f"{title.doctype_written} of {kind_of['kind']}")
                rest = rest[kind_of.end():]
            rest = re.sub(r"(?<=, )\[(to|from)\](?= )", r"\1", rest)  # ("…, New Haven, [to] X": the cataloguer's word)
            by = _RESPONSIBILITY.search(rest)  # "Letter, 1854 Apr. 13, to X / Charles Wendell": he wrote it
            if by is not None and (written_by := parse_party_list(by["who"])) is not None and written_by.names \
                    and all(n.kind == "person" and len(n.written.split()) >= 2 and not any(c.isdigit() for c in n.written)
                            for n in written_by.names):  # (persons by name: not "/ Box 3", "/ Boston", "/ X Papers")
                rest = rest[:by.start()]
            else:
                by = None
            if _DATED_LEAD.match(rest):  # "Autograph letter signed, 1822 Oct. 3, Kelby, to X" (its writer a field's)
                rest = _date_place_lead(title, rest)
            if by is not None and re.match(r"(?i:to)\s", rest):
                rest = f"{by['who']} {rest}"
        elif not rest[end:].strip(" ,:;-"):
            rest = before  # "A to B, Telegram"
        elif re.search(r"\s[-–—]\s*$", rest[:start]) and (way := _DASHED_TYPE.match(rest[end:].strip())) \
                and parse_party_list(before) is not None:
            # "Mrs Isabella Fenwick - Letter to Jessie Kettle", "X – Letter (in Maori) to Y": a
            # national library's title, the writer before a dash
            if way["remark"]:
                title.notes.append(way["remark"])
            rest = f"{before} {rest[end:].strip()[way.end('remark') if way['remark'] else 0:].strip()}"
        elif (head := _record_head(before)) and not _top_positions(before, _TO):
            # a library catalogue's record, headed by its writer: "Kemp, Edward, 1769-1812. Letter,
            # Bath, to X" (the name between the type and "to" is the place of writing)
            after = rest[end:].strip(" ,:;-")
            stop = ""  # (the full stop before a shelf mark, which ends an extent: "20 cm. MS Eng …")
            if shelf := _RECORD_SHELF.search(after):  # "… to X. MS Eng 1688 (65)": where it is kept
                title.notes.append(shelf.group("mark"))
                after, stop = after[:shelf.start()], shelf.group(0)[:1].strip(", ")
            if extent := EXTENT.search(after + stop):  # "…, 1858. 1 item (3 p.) ; 20 cm."
                title.notes.append(extent.group(0).strip())
                after = after[:extent.start()]
                if title.date is None:
                    after = _strip_date(title, after)
            after = _date_place_lead(title, after)
            writer = f"{head['given']} {head['surname']}"
            turned = _TO_FROM.fullmatch(after)  # "to X from A and B": the writers are named
            rest = f"{turned['senders']} to {turned['recipients']}" if turned else f"{writer} {after}"
        elif parse_party_list(before) is None and not _top_positions(before, _TO):
            rest = rest[end:].strip(" ,:;-")  # "Politburo Cable …": no parties before the type
            title.notes.append(f"before the type: {before}")

    rest = _indexed(rest)
    related = re.match(r"^(?P<side>to|an|à|au|aux|from|von|de)\s+(?P<party>.+)$", rest, re.IGNORECASE)
    if related and (kin := relation(related.group("party"))) \
            and (appos := re.match(r",\s+(?P<name>[^,]+)(?P<rest>(?:,.*)?)$", related.group("party")[len(kin):])) \
            and (named := parse_party_list(appos["name"])) is not None and len(named.names) == 1 \
            and named.names[0].kind == "person" and not named.names[0].written.islower() \
            and (named.names[0].role or named.names[0].written.split()[0] in GIVEN_NAMES) \
            and appos["name"].strip() not in _vocabulary.places:  # (not "To his Sister, Great Malvern, 1840": where)
        # "To his Brother, the Rev. Edward Hollidge, …": the relation, then who he is
        title.notes.append(kin)
        rest = f"{related['side']} {appos['name']}{appos['rest']}"
        related = None
    if related and (kin := relation(related.group("party"))) \
            and not (related.group("side").lower() == "from"
                     and re.search(r"\sto\s+(?:the\s+)?[A-Z]", related.group("party")[len(kin):])):
        # (not "From his brother to Amos Hart": the other side is named after it, read below)
        side = "recipient" if related.group("side").lower() in _TO_WORDS else "sender"
        title.problems.append(f"the {side} {relation(related.group('party'))!r} is named by a relation, not a name: kept "
                              f"as written in the title, no person encoded")
        return _finish(title, writer)
    if (romanian := romanian_item(rest)) is not None:  # "Scrisoare de la A către B, despre …"
        title.senders, title.recipients = romanian
        title.shape = "romanian"
        return _finish(title, writer)
    welsh_type = (title.doctype_written or "").lower().startswith("llythyr")  # ("Llythyr" read as the type)
    if (welsh := welsh_item(f"{title.doctype_written} {rest}" if welsh_type else rest)) is not None:
        # "Oddi wrth X, Aberdyfi", "Llythyr gan A at B"
        title.senders, title.recipients, place = welsh
        title.place = title.place or place
        title.shape = "welsh"
        return _finish(title, writer)
    if (finnish := finnish_item(rest)) is not None:
        written, nominative, way = finnish  # ("Saloniukselle heinäk. 1846": to Salonius, from the edition's writer)
        named = [Name(written=written, identified=nominative)]
        title.senders, title.recipients = ([], named) if way == "to" else (named, [Name(writer)] if writer else [])
        #                                  (a letter received, "Rönnholmilta": to the edition's writer)
        title.shape = "finnish"
        return _finish(title, writer)
    if (estonian := estonian_item(NUMBERING.sub("", title.text, 1) if title.doctype else rest)) is not None:
        # "Kiri X-le. Tallinn", "Marie Saare kiri X-le" (the type read, its writer before it)
        title.senders, title.recipients, place = estonian
        title.place = title.place or place
        title.shape = "estonian"
        return _finish(title, writer)
    if (hungarian_read := hungarian_item(rest)) is not None:  # "Varga Károlynak a …", "X levele Y-nak"
        title.senders, title.recipients = hungarian_read
        title.shape = "hungarian"
        return _finish(title, writer)
    for shape, read in (("iberian", iberian_parties), ("french-analysis", french_parties)):
        # ("CARTA do governador …, X, ao rei [D. João V], sobre …", "Lettre du sous-préfet de X au préfet de Y sur …")
        if (found := read(NUMBERING.sub("", title.text, 1))) is not None:
            title.senders, title.recipients = found
            title.shape = shape
            return _finish(title, writer)
    for shape, read in (("icelandic", icelandic_parties), ("lithuanian", lithuanian_parties), ("latvian", latvian_parties)):
        # ("Bréf frá Þorvaldi Hjaltasyni til Guðrúnar Bjarnadóttur", "Juozo Rimkaus laiškas Kaziui Eidrigui";
        # the writer the side it leaves out, unless it names him)
        if (parties := read(NUMBERING.sub("", title.text, 1))) is not None and (any(parties) or writer):
            named = {n.identified for side in parties for n in side}
            return _by_case(title, parties, shape, None if writer in named else writer)
    if (slavic := south_slavic_parties(rest) or south_slavic_parties(title.text)) is not None and any(slavic):
        return _by_case(title, slavic, "south-slavic", writer)  # ("Pismo Jakoba Verbiča Ivanu Kosu")
    if (typed := _CZECH_TYPE.match(title.text)) and typed.group(0).strip().lower() != "telegram" \
            and (czech := _czech_title(title, rest, writer)) is not None:
        return czech  # ("Dopis X Karlu a Marii Y": Czech "a" is "and", not Italian "to")
    if not _CZECH_TYPE.match(title.text) and (slovak := slovak_parties(rest)) is not None:
        return _by_case(title, slovak, "slovak", writer)  # ("Ľ. Matuškovi a V. Kuzmánymu": Slovak "a" is "and")
    if (addressed := lithuanian_addressees(rest)) is not None:
        return _by_case(title, addressed, "lithuanian", writer)  # ("Adomui Dambrauskui. Kaunas": to Adomas Dambrauskas)
    if (residence := _POLISH_RESIDENCE.match(rest)) \
            and _kind(residence["name"].title() if residence["name"].isupper() else residence["name"]) == "person":
        rest = residence["head"]  # ("Do FELIKSA MIKORSKIEGO w Górce Małej": where he lived, in the locative)
        title.notes.append(f"w {residence['place']}")
    for shape in SHAPES:
        if shape.read(title, rest):
            return _finish(title, writer)
    if (abstracted := _abstract_after(title, rest)) is not None:
        return _finish(abstracted, writer)
    head, stop, place = rest.rstrip(" ,;.").rpartition(". ")  # ("A – B-hoz. Kolozsvár": where it was written)
    placed = stop and re.fullmatch(r"[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?", place)
    whole = hungarian_pair(rest)
    if (hungarian := whole or (hungarian_pair(head) if placed else None)) is not None:
        title.senders, title.recipients = (_hungarian_names(side) for side in hungarian)
        title.shape = "hungarian"
        if whole is None:
            title.place = title.place or place
        return _finish(title, writer)
    if (czech := _czech_title(title, rest, writer)) is not None:
        return czech
    if (russian := russian_parties(rest) or russian_dash_parties(rest)) is not None:
        return _by_case(title, russian, "russian", writer)
    whole = latin_pair(rest, writer)
    if (latin := whole or (latin_pair(head, writer) if placed else None)) is not None:  # ("… Lanio. Patavii")
        title.senders, title.recipients = (_latin_names(side, writer) for side in latin)  # the writer, then whom (dative)
        title.shape = "latin"
        if whole is None:
            title.place = title.place or place
        return _finish(title, writer)
    if title.doctype in {"cable", "telegram", "letter"} and not title.enclosures:
        title.problems.append("no sender and recipient found in the title")
    elif not title.enclosures and _NAME_TO_NAME.search(rest) and (
            _STRAY_MARKS.search(rest) or title.doctype is None and _NAMES_TO_NAMES.search(rest)):
        # "Brown to Green <b>urgent</b>": parties said, and marks no title has kept any shape from them;
        # "Anna Berg to Karl Lind to …", untyped: full names on both sides, none read
        title.problems.append("the title seems to name its parties (X to Y), but none was read: no sender or "
                              "recipient encoded (`corresp explain` shows how it was read)")
    unclear = re.findall(r"[\[(][^\])]*[\])]", rest)
    if unclear:
        title.problems.append(f"brackets not understood, so no parties were read: {' '.join(unclear)}")
    return _finish(title, writer)


# A sentence's end after the parties: "Sir John Crane, knight, to the bishop. Asks for a licence …"
_NAME_AND_VERB = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+\s+(?!(?:van|von|vom|der|den|del|della|delle|dei|des|dos|das|ten|ter|zur|zum|und)\b)"
                            r"[a-zà-ÿ]{3,}(?![.\w])")  # "Lang reminds her …" (not "Philip van Cortlandt")
_SENTENCE_OPENERS = frozenset("The This In He She They It His Her Their After Before When An A".split())
_SENTENCE_STOP = re.compile(r"(?<=[a-zà-ÿ)])\.\s+(?=[A-ZÀ-Þ][a-zà-ÿ]+\s)")


def _abstract_after(title: Title, rest: str) -> Title | None:
    """A letter book's or a calendar's heading that runs on into its abstract: the parties
    before the first sentence's end whose words a shape reads, the abstract (kept as the
    subject) after it; not the stop of an abbreviation ("to Mr. Henry Lathbury. Of …")."""
    for stop in _SENTENCE_STOP.finditer(rest):
        head = rest[:stop.start()]
        if ABBREVIATED.search(head) or _LOWER_ABBREVIATION_END.search(head) and not re.search(r"\s[a-zà-ÿ]{2,}$", head):
            continue
        for shape in SHAPES:
            trial = replace(title, senders=[], recipients=[], intermediaries=[], participants=[], authors=[],
                            notes=list(title.notes), problems=list(title.problems))
            if shape.read(trial, head) and (trial.senders or trial.recipients):
                trial.subject = trial.subject or rest[stop.end():].strip()
                return trial
    return None


_PAGE_AFTER = re.compile(r"(?:(?:\s*[,.;]|\s+[—–-])\s*(?P<page>pp?\.\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)"
                         r"|\s*[,;]\s*(?P<leaf>(?:S|fol|ff?)\.\s*\d{1,4}[rv]?(?:\s*[-–]\s*\d{1,4}[rv]?)?))\.?$")  # (not "the Rev. S. 12")
_RECEIVED = re.compile(r"\.?\s*[—–-]*\s*\((?P<mark>(?i:received|recd?\.)[^()]{0,40})\)\.?$")
# What a schedule of despatches sets in brackets after the parties: the despatch's number and kind.
_BRACKETED_MARK = re.compile(r"\s*\(((?:No\.|Nr\.|N°)\s*\d+[a-z]?|(?i:telegram|telegraphic|circular|confidential|"
                             r"private|separate|secret|most secret|copy|extract))\)\s*\.?$")


def _place_before_date(title: Title, written: str) -> None:
    """"A to B, Crowcombe, 4 November 1838": a name between the parties and the date is where
    the letter was written, not its subject (as "Cable, A to B, Nanjing Peace Proposal" has
    one), unless it is a person's (a given name, a form of address), an office or a body's."""
    place = title.subject
    if place and (dated := _DATED_AT.match(place)):  # "…, fechada en Vergara": where it was written
        title.place, title.subject = dated["place"], dated["rest"] or None
        return
    if place and title.shape in _ROMANCE_SHAPES and not title.date_text \
            and re.fullmatch(r"[A-ZÀ-Þ][\w'’]+(?:-[\w'’]+)*", place) and place.split("-")[0] not in GIVEN_NAMES \
            and not _NOT_PLACE.match(place):
        # "L.a.s. de X à Y, Nevers", its date a field of its own (an archive's item): a subject there is
        # a phrase in small letters ("Remerciements pour …"), a word alone in capitals the place
        title.place, title.subject = place, None
        return
    if not place or title.doctype or not title.date_text or not _PLACE_WORDS.fullmatch(place) \
            or not re.search(rf"{re.escape(place)},?\s+[\[(]?{re.escape(title.date_text)}", written):
        return
    words = place.split()
    if len(words) > 1 and not any(word.lower().rstrip(".") in PLACE_NAME_WORDS for word in words):
        return  # "Eva Roth", "Peace Proposal": two words name a place where one of them says so
    if words[0] in GIVEN_NAMES or re.fullmatch(_TITLES, words[0]) or _ROLE_ONLY.match(place) or _kind(place) != "person":
        return
    title.place, title.subject = place, None


_PLACE_WORDS = re.compile(_PLACE_NAME)
_DATED_AT = re.compile(r"^(?:fechad[ao]|datad[ao]|datée|daté|datata|datato|dated)\s+(?:en|em|de|à|a|in|da|at|from)\s+"
                       r"(?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:de\s+|del\s+|la\s+)?[A-ZÀ-Þ][\w'’-]+){0,3})(?:[,.;]\s*(?P<rest>.+))?$")
_ROMANCE_SHAPES = {"letter-fr", "letter-it", "letter-es", "letter-es-que", "letter-pt", "letter-pt-a"}
PLACE_BEFORE_DATE_EXAMPLES = (  # title → recipients, place of writing, subject
    ("Anna Berg to Karl Lind, London, 3 May 1850", ["Karl Lind"], "London", None),
    ("Dray to Ann Whit, Eva Roth and Dr. Otto Kern, Dunmere, 2 May 1836", ["Ann Whit", "Eva Roth", "Otto Kern"],
     "Dunmere", None),
    ("36. Cordelia Neth to Miss Letitia Holl, Lyndhurst Vale, 4 November 1838.", ["Letitia Holl"], "Lyndhurst Vale", None),
    ("Anna Berg to Karl Lind, Frankfurt am Main, 3 May 1850", ["Karl Lind"], "Frankfurt am Main", None),
    ("Anna Berg to Karl Lind, Eva Roth, 3 May 1850", ["Karl Lind"], None, "Eva Roth"),  # a person's name, perhaps
    ("Stalin to Mao Zedong, Peace Proposal, 3 May 1950", ["Mao Zedong"], None, "Peace Proposal"),
    ("Cable, Stalin to Mao Zedong, Nanjing, 3 May 1950", ["Mao Zedong"], None, "Nanjing"),  # Wilson Center: a subject
    ("Cable, Stalin to Mao Zedong, Nanjing Peace Proposal", ["Mao Zedong"], None, "Nanjing Peace Proposal"))
#: Words that make a name of two or three words a place's: "Port Aldous", "Lyndhurst Vale",
#: "Frankfurt am Main", "Bad Quellbrunn", "Stratford upon Avon".
PLACE_NAME_WORDS = frozenset("""saint st sankt san santa sainte port fort mount mont bad vale bay castle hall house park
    court abbey bridge ford wells spa hill green cross new great little north south east west upper lower old
    am an upon on sur de la le""".split())


def _finish(title: Title, writer: str | None, fields: bool = False) -> Title:
    """In a calendar of one writer's letters the writer is the side a heading leaves out:
    "To X" was written by them, "From X" was written to them. ``fields``: the parties are a
    layout's fields, written as the layout put them together ("STANIER (James)": James Stanier)."""
    written = " ".join(title.text.replace("\u00a0", " ").split())
    _place_before_date(title, written)
    if title.doctype is None and (kind := next((n for n in title.notes if KIND_WORD.fullmatch(n.strip(" ()."))), None)) is not None:
        title.doctype, title.doctype_written = doctypes.describe(kind), kind  # ("…, 19. November 1856 (Telegramm)")
        title.notes.remove(kind)
    for name in [] if fields else [*title.senders, *title.recipients]:
        if name.written.lower() not in written.lower() and name.kind == "person" and " " in name.written \
                and name.written != writer \
                and not re.search(rf"{re.escape(name.written.split()[-1])}(?:,\s+(?:\S+\.?\s+)?|\s*\()"
                                  rf"{re.escape(name.written.split()[0])}\b", written, re.IGNORECASE):
            #                  ("Pruitt, Judge Samuel": Samuel Pruitt, his office between)
            # (the writer a calendar implies is not written: see below; a layout's fields finish again;
            # "Brown, Henry" is Henry Brown as an index writes him, "STANIER (James)" as a dealer does)
            title.problems.append(f"{name.written!r} is not written so: read with part of the name after it "
                                  f"(as 'Robert and Elizabeth Browning', 'the Duke and Duchess of Argyll'); check it")
    opens = title.text.strip()
    if (number := NUMBERING.match(opens)) and (after := _dated_and_placed(Title(text=""), opens[number.end():])) \
            != opens[number.end():]:
        opens = after  # ("144. 2 November 1799. Ilmenau. From X": the entry's "From")
    heading = _OPENER.match(opens) or _TYPED_OPENER.match(opens)
    if heading and _opener_word(heading) == "a" and not re.match(r"[A-ZÀ-Þ]|[a-z]{2,6}\.\s", opens[heading.end():]):
        heading = None  # ("A list of the passengers …": an article, not Italian or French "to")
    calendar = bool(heading) or title.shape in {"welsh", "from-pl", "from-el", "from-el-named", "from-ro"} \
        or any(n.kind == "same" for n in title.senders)  # ("Oddi wrth X": from X, "At X": to X; "Od X"; "Otra del mismo")
    if title.shape == "jointly" and writer and writer not in [n.written for n in title.senders]:
        title.senders = [Name(writer), *title.senders]  # "Gemeinsam mit Luise Brauneck an X": and the writer
    if title.recipients and not title.senders and any(p.startswith("the sender ") and "named by a relation" in p
                                                      for p in title.problems):
        pass  # "From his Brother to X": the sender is named, by a relation (not the edition's writer)
    elif title.recipients and not title.senders:
        if writer and writer in [n.identified or n.written for n in title.recipients]:
            # "The archdeacon of X to the bishop", the bishop the writer: not a letter to himself
            if not any(p.startswith("the sender ") for p in title.problems):
                title.problems.append("no sender named in the title (the edition's writer is its recipient)")
        elif writer:
            title.senders = [Name(writer)]
        else:
            title.problems.append("no sender named in the title (set [edition] writer for a calendar)")
    elif title.senders and not title.recipients:
        if any("named by a relation" in p for p in title.problems):
            pass  # "From A to his Sister": the recipient is named, by a relation
        elif writer and calendar and writer not in [n.written for n in title.senders] \
                and not (heading and _names_recipient(heading, opens, title.place)):  # "Von A an B" names B: not the writer
            title.recipients = [Name(writer)]
        else:
            title.problems.append("no recipient named in the title")
    elif not title.names() and writer and heading and not _names_recipient(heading, opens, title.place):
        # "To an unknown correspondent": still the writer's; "From A to B" unread names B, not the writer
        if _opener_word(heading) in _TO_WORDS:
            title.senders = [Name(writer)]
        else:
            title.recipients = [Name(writer)]
        if not any("named by a relation" in p for p in title.problems):
            title.problems.append("the other party was not read from the title")
    elif not title.names() and calendar:  # ("To …", "From …": parties are named, and none was read)
        title.problems.append("the parties were not read from the title")
    for side in ("senders", "recipients", "intermediaries", "participants", "authors"):
        # "Unknown" filled its side until now, so that no writer was implied there; it names no one
        for name in getattr(title, side):
            if name.kind == "unknown" and _ILLEGIBLE.search(name.written):  # a name is there: the source may say
                title.problems.append(f"the {side[:-1]}'s name is illegible in the listing ({name.written}): "
                                      "no one is named; the letter itself may show who it was")
        setattr(title, side, [n for n in getattr(title, side) if n.kind != "unknown"])
    return title


_ILLEGIBLE = re.compile(r"illegib|unleserlich|illisible", re.IGNORECASE)


# The word that names the recipient after a "From X" opener, in the opener's language: "Von A an B"
# (an English "to" before a name or an article: not "an invitation to dine").
_RECIPIENT_AFTER = {"from": re.compile(r"\s+to\s+(?=(?-i:[A-ZÀ-Þ\[(])|(?:the|his|her|their|my|our|an?|one)\s)", re.IGNORECASE), "von": re.compile(r"\s+an\s+", re.IGNORECASE),
                    "van": re.compile(r"\s+aan\s+", re.IGNORECASE),
                    "fra": re.compile(r"\s+til\s+", re.IGNORECASE), "från": re.compile(r"\s+till\s+", re.IGNORECASE),
                    "de": re.compile(rf"\s+(?:à|{_ITALIAN_TO_RX})(?:\s+|(?<=['’]))", re.IGNORECASE)}  # (and Italian "da")


# A humanist's letters indexed in Latin name the writer in the nominative and the addressee in the
# dative, with no word between: "Matthaeus Brentelius Theodoro Ursino", "Idem eidem", "Senatus
# Bernensis Brentelio". The addressee's words end as datives do (-o, -i, -ae); the writer's last
# word as a nominative does.
_DATIVE = re.compile(r"(?:[A-ZÀ-Þ][a-zà-ÿ]+(?:o|i|ae)|eidem|eisdem|eis|ei|sibi|ignoto|ignotae|ignotis|amico|cuidam)")
_LATIN_PRONOUNS = {"idem", "eidem", "iidem", "eadem", "eisdem", "ignoto", "ignotae", "ignotis", "amico", "cuidam"}
# (a kinsman named so, in small letters: "Camillus frater Hieronymo Vallato"; a given name cut short: "Io. Baptista")
_LATIN_KIN = {"frater", "soror", "filius", "filia", "pater", "mater", "uxor", "nepos", "fratri", "sorori", "filio", "filiae",
              "patri", "matri", "uxori", "nepoti"}
_LATIN_KIN_DATIVE = {"fratri", "sorori", "filio", "filiae", "patri", "matri", "uxori", "nepoti"}
_LATIN_ABBREVIATED = re.compile(r"(?!(?:Mr|Mrs|Ms|Dr|St|Rev|Hon|Col|Gen|Capt|Herr|Hr)\.)[A-Z][a-z]{1,3}\.")
LATIN_GREETING = re.compile(r"\s+(?i:s(?:\.\s?|$)(?:p\.\s?)?(?:d\.\s?)?(?:p\.?)?|s\.?\s?(?:p\.\s?)?d\.?|"
                            r"salutem(?:\s+dicit|\s+plurimam|\s+dat|\s+d\.)?)\.*$")  # ("S. D.", "s. d. p.", "s.", "salutem")
# "Vulturius Calybeo suo s. d.": "his" after the addressee, no name; "amico cuidam": to a friend not named
_LATIN_HIS = re.compile(r"\s+(?:suo|suae|suis)(?=\s|$)")
_NOMINATIVE = re.compile(r"(?:[A-ZÀ-Þ][a-zà-ÿ]*(?:us|is|er|es|a|um|ens|or|ax|ix|ex|as)|[A-ZÀ-Þ]\.|Idem|idem|Iidem|iidem|Eadem|eadem)")
LATIN_EXAMPLES = (("Matthaeus Brentelius Theodoro Ursino", ("Matthaeus Brentelius", "Theodoro Ursino")),
                  ("Hieronymus Venator Argentinensis Brentelio", ("Hieronymus Venator Argentinensis", "Brentelio")),
                  ("Idem eidem", ("Idem", "eidem")), ("Brentelius Senatui Bernensi", ("Brentelius", "Senatui Bernensi")),
                  ("Io. Baptista Corvinus Hieronymo Vallato", ("Io. Baptista Corvinus", "Hieronymo Vallato")),
                  ("Camillus frater Hieronymo Vallato", ("Camillus frater", "Hieronymo Vallato")),
                  ("Beatus Cellarius Ioanni Vulturio s. d. p.", ("Beatus Cellarius", "Ioanni Vulturio")),
                  ("Matthias Aquilanus Ioanni Vulturio s.", ("Matthias Aquilanus", "Ioanni Vulturio")),
                  ("Margaretha Lampadia Ioanni Vulturio S.", ("Margaretha Lampadia", "Ioanni Vulturio")),
                  ("Antonius Scaliger Io. Frobenio S.", ("Antonius Scaliger", "Io. Frobenio")),
                  ("Antonius Scaliger Antoniae Scaligerae sorori S.", ("Antonius Scaliger", "Antoniae Scaligerae sorori")),
                  ("Erasmus fratri suo S.", ("Erasmus", "fratri")),
                  ("Vulturius Calybeo suo s. d.", ("Vulturius", "Calybeo")), ("Vulturius amico cuidam s.", ("Vulturius", "amico cuidam")),
                  ("Matthias Aquilanus et Ulricus Fabricius Ioanni Vulturio salutem",
                   ("Matthias Aquilanus et Ulricus Fabricius", "Ioanni Vulturio")))


def latin_pair(text: str, writer: str | None = None) -> tuple[str, str] | None:
    """(writer, addressee) of a Latin index's heading without a word for "to", or None. The
    greeting after it ("S. D.", "S. P. D.": salutem dicit) is no name. Where the edition's
    ``writer`` is the addressee ("Rudolphus Opilio Matthaeo Brentelio"), the split is before
    their name (Opilio, a nominative in -o, reads as a dative too)."""
    greeted = LATIN_GREETING.search(text) is not None  # (a greeting: Latin for sure, "Margaretha Lampadia" a writer too)
    words = _LATIN_HIS.sub("", LATIN_GREETING.sub("", text)).strip(" .").split()
    if not 2 <= len(words) <= 10 or not all((w[:1].isupper() or w in _LATIN_PRONOUNS or w in _LATIN_KIN or w == "et")
                                           and (not re.search(r"[^A-Z]\.$|[,;:]$", w) or _LATIN_ABBREVIATED.fullmatch(w))
                                           for w in words):
        return None
    for own in ([writer, writer.split()[-1]] if writer else []):  # the writer as the heading names them ("Crato")
        if " ".join(words).startswith(f"{own} ") and _DATIVE.fullmatch(words[len(own.split())]):
            return own, " ".join(words[len(own.split()):])
    stems = [w[:max(4, len(w) - 2)] for w in (writer or "").split() if len(w) > 3]
    mine = [k for k in range(1, len(words)) if any(words[k].startswith(stem) for stem in stems)
            and _DATIVE.fullmatch(words[k])]
    if mine and all(any(words[j].startswith(stem) for stem in stems) for j in range(mine[0], len(words))):
        return " ".join(words[:mine[0]]), " ".join(words[mine[0]:])  # (to the edition's writer)
    for k in range(1, len(words)):
        # the addressee's first word a dative ("Bartholomaeo Stumpfelin": his surname undeclined)
        if (_NOMINATIVE.fullmatch(words[k - 1]) or not _DATIVE.fullmatch(words[k - 1])) \
                and (_DATIVE.fullmatch(words[k]) or words[k] in _LATIN_KIN_DATIVE) \
                and all(_DATIVE.fullmatch(w) or w[:1].isupper() and not _NOMINATIVE.fullmatch(w) or w == "et"
                        or w in _LATIN_KIN_DATIVE for w in words[k + 1:]) \
                and not any(_DATIVE.fullmatch(w) and not _NOMINATIVE.fullmatch(w) for w in words[:k]):
            sender, addressee = words[:k], words[k:]
            if len(sender) > 1 and _LATIN_ABBREVIATED.fullmatch(sender[-1]):  # ("Io. Frobenio": his given name cut short)
                sender, addressee = sender[:-1], [sender[-1], *addressee]
            # (a Latin writer: a word in -us, -is, -es, -er or -or, or "Idem"; "Maria Rossi Mario Bianchi" is none)
            if any(re.search(r"(?:us|is|es|er|or)$", w) or w.lower() in {"idem", "iidem", "eadem"} for w in sender) \
                    or any(w.endswith("ae") for w in addressee) or greeted:
                return " ".join(sender), " ".join(addressee)
            return None
    return None


def _latin_names(text: str, writer: str | None = None) -> list[Name]:
    if text.lower() in {"idem", "eidem", "iidem", "eadem", "eisdem"}:
        return [Name(written=text, kind="same")]
    if text.lower() in {"ignoto", "ignotae", "ignotis", "ignotus", "amico cuidam"}:  # "Brentelius ignoto": to someone unknown
        return [Name(written=text, kind="unknown")]
    if " et " in text:  # "Matthias Aquilanus et Ulricus Fabricius": two
        return [n for part in text.split(" et ") for n in _latin_names(part.strip(), writer)]
    if writer and declined_alike(text, writer):  # "Hieronymo Vallato": the writer in the dative
        return [Name(written=text, identified=writer, kind="person")]
    return [Name(written=text)]


_LATIN_FEMININE = re.compile(r"(?:a|ae|am)$")


def declined_alike(one: str, other: str, words: int = 2) -> bool:
    """Two forms of one name in two cases ("Hieronymo Vallato", "Hieronymus Vallatus"): the same
    words but for their last two letters (a stem of four letters at least); of ``words`` words
    at least (one in a Latin index, whose writers are often named by a surname: "Vulturio")."""
    a, b = one.split(), other.split()
    if any(bool(_LATIN_FEMININE.search(x)) != bool(_LATIN_FEMININE.search(y)) for x, y in zip(a, b)):
        return False  # ("Claudiae Puteanae" is no case of "Claudius Puteanus": his sister)
    return len(a) == len(b) >= words and all(
        len(x) >= 5 and len(y) >= 5 and (x[:-2].startswith(y[:-2]) or y[:-2].startswith(x[:-2]))
        and abs(len(x) - len(y)) <= 2 for x, y in zip(a, b))


# Russian inventories (opisi) too: "Письмо Е. Ф. Ушакова М. П. Веретенниковой" (the writer in the
# genitive, the addressee in the dative), each name its initials and surname, either order;
# "неустановленного лица" (of a person not identified) names no one.
_RUSSIAN_TYPE = re.compile(r"^(?:письмо|письма|записка|записки|телеграмма|телеграммы|открытка|открытки|"
                           r"копия\s+письма|копии\s+писем|черновик\s+письма|черновики\s+писем)(?=\s)\s*", re.IGNORECASE)
_RU_WORD = RUSSIAN_WORD
_RU_INITIALS = r"(?:[А-ЯЁ]\.\s?){1,3}"
_RU_PATRONYMIC = rf"{RUSSIAN_PATRONYMIC}(?![а-яё])"
# One person: initials and a surname (either order), or a surname, a first name and a patronymic
# (either order); two first names sharing a surname in the plural ("Петра и Софьи Лавровых")
_RUSSIAN_PERSON = re.compile(rf"(?P<couple>(?P<a>{_RU_WORD})\s+и\s+(?P<b>{_RU_WORD})\s+(?P<s>{_RU_WORD}(?:ых|их)))(?![а-яё])"
                             rf"|{_RU_WORD}\s+{_RU_WORD}\s+{_RU_PATRONYMIC}|{_RU_WORD}\s+{_RU_PATRONYMIC}\s+{_RU_WORD}(?![а-яё])"
                             rf"|{_RU_INITIALS}{_RU_WORD}(?![а-яё])|{_RU_WORD}\s{_RU_INITIALS}(?=\s|$|[,;(])")
_RUSSIAN_NAME = re.compile(rf"{_RU_INITIALS}{_RU_WORD}|{_RU_WORD}(?:\s{_RU_INITIALS})")
_RUSSIAN_UNKNOWN = re.compile(r"^(?:неустановленного|неизвестного|неустановленных|неизвестных|разных)\s+(?:лица|лиц|автора|корреспондента)\s*")
_RUSSIAN_DATIVE = re.compile(r"(?:ому|ему|у|ю|ым|им|ину|ову|евой|овой|иной)$")
_RUSSIAN_GENITIVE = re.compile(r"(?:ого|его|а|я|ых|их|ина|ова|ева)$")
_RUSSIAN_COUNT = re.compile(r"\s*\((?:\d+|\d+\s+[а-яё]+)\)")  # "(7)", "(4 письма)": how many
RUSSIAN_EXAMPLES = (("Письмо Е. Ф. Ушакова М. П. Веретенниковой", (["Е. Ф. Ушакова"], ["М. П. Веретенниковой"])),
                    ("Письма А. Д. Завьялова А. С. Загорскому (7). Поздравление с Новым годом.",
                     (["А. Д. Завьялова"], ["А. С. Загорскому"])),
                    ("Письмо неустановленного лица М. П. Седых", ([], ["М. П. Седых"])),
                    ("Письмо Белкину С. М.", ([], ["Белкину С. М."])),
                    ("Письмо Лаврова М. К. к Вязьмитину К. А. Автограф.", (["Лаврова М. К."], ["Вязьмитину К. А."])),
                    ("Письма Лавровой Е. К. к Лукомскому Ивану Константиновичу (4 письма).",
                     (["Лавровой Е. К."], ["Лукомскому Ивану Константиновичу"])),
                    ("Копия письма Грибановой Е. А. к Грибанову Сергею Михайловичу.",
                     (["Грибановой Е. А."], ["Грибанову Сергею Михайловичу"])),
                    ("Письмо Петра и Софьи Лавровых к Юрасову А. Н.",
                     (["Петра Лавровых", "Софьи Лавровых"], ["Юрасову А. Н."])))


# Russian and Ukrainian editions' contents and headings: the writer in the nominative, a dash, the
# addressee in the dative ("Лазорев — Ведерникову. 4 марта 1851 г. Тверь", "С. Т. Гурьев — Ведерникову",
# "Ведерников — С. Т. и О. С. Гурьевым", a couple; "Ведерников — Лазореву (черновое)", what it is).
_RU_ONE = rf"(?:{_RU_INITIALS})?{_RU_WORD}(?:\s{_RU_INITIALS})?"
_RUSSIAN_DASH = re.compile(rf"^(?P<by>{_RU_ONE}(?:\s+и\s+{_RU_ONE})?)\s+[—–]\s+"
                           rf"(?P<to>(?:{_RU_INITIALS})(?:\s*и\s+{_RU_INITIALS})?{_RU_WORD}|{_RU_ONE}(?:\s+и\s+{_RU_ONE})?"
                           r"|(?i:неизвестному|неустановленному)(?:\s+(?:лицу|адресату|корреспонденту))?"
                           r"|в\s+(?P<body>[А-ЯЁа-яё][^.()]*?))"  # (a body: "в редакцию «Северного обозрения»")
                           r"(?:\s*\((?P<note>[^()]*)\))?(?=[.,;]|\s*$)")
_RU_DATIVE_END = re.compile(r"(?:у|ю|ой|ей|им|ым|ам|ям|е|и)$")
RUSSIAN_DASH_EXAMPLES = (
    ("Лазорев — Ведерникову. 4 марта 1851 г. Тверь", (["Лазорев"], ["Ведерникову"])),
    ("С. Т. Гурьев — Ведерникову", (["С. Т. Гурьев"], ["Ведерникову"])),
    ("Ведерников — С. Т. и О. С. Гурьевым", (["Ведерников"], ["С. Т. Гурьевым", "О. С. Гурьевым"])),
    ("Ведерников — Лазореву (телеграмма). 2 января 1863 г. Тверь", (["Ведерников"], ["Лазореву"])),
    ("Гоголь – Плетневу П. А., 27 апреля (9 мая) 1847", (["Гоголь"], ["Плетневу П. А."])),
    ("Ведерников — неизвестному лицу", (["Ведерников"], ["неизвестному лицу"])),
    ("Ведерников — Гельмеру. 2 (14) декабря 1863 г. Дрезден", (["Ведерников"], ["Гельмеру"])),
    ("Ведерников — в редакцию «Северного обозрения». 2 марта", (["Ведерников"], ["редакцию «Северного обозрения»"])),
    ("Москва — Петербург", None),  # (no dative: two places)
)


def russian_dash_parties(text: str) -> tuple[list[Name], list[Name]] | None:
    """(writers, addressees) of a Russian edition's "A — B" (B in the dative), each addressee with the
    nominative it reads as where its ending is sure (``identified``), or None."""
    m = _RUSSIAN_DASH.match(text.strip())
    if m is None:
        return None
    to = m["to"]
    if m["body"]:  # (the body in the accusative: "редакцию", редакция; "Общество", as it is)
        first, _, rest = m["body"].partition(" ")
        nominative = next((first[:-len(e)] + n for e, n in (("ию", "ия"), ("ую", "ая"), ("ю", "я"), ("у", "а")) if first.endswith(e)), first)
        return [Name(written=w) for w in re.split(r"\s+и\s+", m["by"])], \
            [Name(written=m["body"], identified=f"{nominative} {rest}".strip(), kind="org")]
    if to[:1].islower():
        return [Name(written=w) for w in re.split(r"\s+и\s+", m["by"])], [Name(written=to, kind="unknown")]
    couple = re.fullmatch(rf"(?P<a>{_RU_INITIALS})\s*и\s+(?P<b>{_RU_INITIALS})(?P<s>{_RU_WORD})", to)
    names = [f"{couple['a'].strip()} {couple['s']}", f"{couple['b'].strip()} {couple['s']}"] if couple \
        else re.split(r"\s+и\s+", to)
    surnames = [max(n.split(), key=len) for n in names]
    if not all(_RU_DATIVE_END.search(surname) for surname in surnames):
        return None
    recipients = []
    for n, name in enumerate(names):
        surname = surnames[n]
        nominative = russian_nominative(name)
        if nominative is None and (alone := next(((e, nom) for e, nom in _RU_SURNAME_DATIVES if surname.endswith(e)), None)):
            nominative = name.replace(surname, surname[:-len(alone[0])] + alone[1])
        elif nominative is None and _RU_HARD_DATIVE.search(surname):  # ("Гельмеру", "Г. Э. Фрейбергу": a foreign
            nominative = name.replace(surname, surname[:-1])            # surname of a man, its stem the nominative)
        if couple:  # (a couple's plural, "Гурьевым": his or hers the initials do not say; the listing's other forms may)
            nominative = None
        recipients.append(Name(written=name, identified=nominative))
    return [Name(written=w) for w in re.split(r"\s+и\s+", m["by"])], recipients


_RU_HARD_DATIVE = re.compile(r"[бвгджзклмнпрстфхцчшщ]у$")
# A surname alone in the dative, its nominative where the ending is sure
_RU_SURNAME_DATIVES = (("скому", "ский"), ("цкому", "цкий"), ("ову", "ов"), ("еву", "ев"), ("ёву", "ёв"), ("ину", "ин"),
                       ("ыну", "ын"), ("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ской", "ская"))


def russian_names(text: str) -> tuple[list[str], str] | None:
    """The persons a Russian text opens with ("Петра и Софьи Лавровых, Юрасова А. Н."), a couple
    sharing a surname given each as written with it, and the rest of the text; None if it opens
    with none."""
    found: list[str] = []
    at = 0
    while (m := _RUSSIAN_PERSON.match(text, at)) is not None:
        found += [f"{m['a']} {m['s']}", f"{m['b']} {m['s']}"] if m["couple"] else [m.group(0).strip()]
        at = m.end()
        joint = re.match(r"\s*,\s*|\s+и\s+", text[at:])
        if joint is None or _RUSSIAN_PERSON.match(text, at + joint.end()) is None:
            break
        at += joint.end()
    return (found, text[at:]) if found else None


def russian_parties(text: str) -> tuple[list[Name], list[Name]] | None:
    """(writers, addressees) of a Russian inventory's item named by case, or None."""
    typed = _RUSSIAN_TYPE.match(text)
    if typed is None:
        return None
    rest = _RUSSIAN_COUNT.sub("", text[typed.end():])
    if (to := re.search(r"\s+к\s+(?=[А-ЯЁ])", rest)) is not None:
        # "Письмо Лаврова М. К. к Вязьмитину К. А. Автограф.": of the one, to the other; a note after
        head, tail = rest[:to.start()].strip(), rest[to.end():]
        unknown = _RUSSIAN_UNKNOWN.match(head)
        writers = ([], "") if unknown and unknown.end() == len(head) else russian_names(head)
        addressees = russian_names(tail)
        if writers is None or writers[1].strip(" .") or addressees is None or not re.fullmatch(
                r"\s*(?:[.;,(].*)?" + (r"|\s+[А-ЯЁ«].*" if addressees[0][-1].endswith(".") else ""), addressees[1], re.DOTALL):
            return None  # (a note after the name: "… Вязьмитину К. А. Автограф.")
        return ([Name(written=unknown.group(0).strip(), kind="unknown")] if unknown else
                [Name(written=n) for n in writers[0]]), [Name(written=n) for n in addressees[0]]
    rest = re.split(r"(?<=[а-яё])\.\s", rest, maxsplit=1)[0].strip()  # ("… Загорскому. Поздравление …": its subject)
    rest = rest[:-1] if re.search(r"[а-яё]\.$", rest) else rest  # (a sentence's stop, not an initial's)
    unknown = _RUSSIAN_UNKNOWN.match(rest)
    named = rest[unknown.end():] if unknown else rest
    names = _RUSSIAN_NAME.findall(named)
    if not names or re.sub(r"[\s.]", "", "".join(names)) != re.sub(r"[\s.]", "", named):
        return None  # (more than names: a body, a sentence; read as titles are)
    if unknown:  # (someone not identified: said, not invented)
        return [Name(written=unknown.group(0).strip(), kind="unknown")], [Name(written=n) for n in names[:1]]
    if len(names) == 2:
        return [Name(written=names[0])], [Name(written=names[1])]
    if len(names) == 1:
        surname = max(names[0].split(), key=len)
        if _RUSSIAN_DATIVE.search(surname) and not _RUSSIAN_GENITIVE.search(surname):
            return [], [Name(written=names[0])]
        if _RUSSIAN_GENITIVE.search(surname) and not _RUSSIAN_DATIVE.search(surname):
            return [Name(written=names[0])], []
    return None


# Czech inventories name a letter's parties by case alone: "Dopis Vojtěcha Hrubeše Václavu
# Benešovi" (the writer in the genitive, the addressee in the dative), "Dopis X adresovaný Y",
# kin and offices before a name in lower case ("Dopis sestry Anny bratru Vojtěchovi").
_CZECH_TYPE = re.compile(r"^(?:dopis|dopisy|dopisnice|koncept\s+dopisu|koncepty\s+dopisů|opis\s+dopisu|opisy\s+dopisů|"
                         r"korespondenční\s+lístek|korespondenční\s+lístky|lístek|lístky|pohlednice|telegram|"
                         r"navštívenka\s+s\s+dopisem)(?=\s|,|$)\s*", re.IGNORECASE)
_CZECH_ADDRESSED = re.compile(r"\s+adresovan[ýáéí]\s+")
_CZECH_DATIVE = re.compile(r"(?:ovi|ému|ímu|[^aeiouyáéěíóúůý]u|ě|le|ii|[jšžčřcsťďň]i)$")  # Benešovi, Veselému, Václavu,
#                                                                                       Anně, Ludmile, Marii, Ondřeji, Aloisi
_CZECH_GENITIVE = re.compile(r"(?:[^i]a|e|y|ého|ího)$")  # Vojtěcha, Hrubeše, Fialy, Veselého (not -ová's -é)
_CZECH_BODIES = {"nakladatelství", "redakci", "redakce", "spolku", "spolek", "spolkem", "úřadu", "úřad", "obci", "obce",
                 "společnosti", "společnost", "časopisu", "časopis", "výboru", "výbor", "záložně", "záložny", "faře", "fary"}
CZECH_EXAMPLES = (("Dopis Vojtěcha Hrubeše Václavu Benešovi", (["Vojtěcha Hrubeše"], ["Václavu Benešovi"])),
                  ("Dopis Vojtěcha Hrubeše adresovaný Marii Hrubé", (["Vojtěcha Hrubeše"], ["Marii Hrubé"])),
                  ("Dopis sestry Anny bratru Vojtěchovi", (["Anny"], ["Vojtěchovi"])),
                  ("Dopis Karlu Vondráčkovi", ([], ["Karlu Vondráčkovi"])),
                  ("Dopis Magdaleny Benešové", (["Magdaleny Benešové"], [])),
                  ("Lístek Václava Doubka (německy) – s obálkou", (["Václava Doubka"], [])),
                  ("Dopis Františka Tůmy Vojtěchu Kopeckému z Tábora", (["Františka Tůmy"], ["Vojtěchu Kopeckému"])),
                  ("Dopisnice Boženy Kubíčkové V. Horálkovi", (["Boženy Kubíčkové"], ["V. Horálkovi"])),
                  ("Dopis Václava Horálka Ludmile Weissové", (["Václava Horálka"], ["Ludmile Weissové"])),
                  ("Dopis Jaroslava a Růženy Bezděkových Václavu Horálkovi z Vídně",
                   (["Jaroslava Bezděkových", "Růženy Bezděkových"], ["Václavu Horálkovi"])),
                  ("Dopis Václava Horálka Karlu a Marii Šmídovým", (["Václava Horálka"], ["Karlu Šmídovým", "Marii Šmídovým"])))


_CZECH_SAME = re.compile(r"téhož\s+témuž")
_CZECH_COUPLE = re.compile(r"(?P<a>[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+)\s+a\s+(?P<b>[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+)"
                           r"\s+(?P<s>[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+(?:ových|ých|ovým|ým))(?=\s|$)")
_CZECH_FROM_PLACE = re.compile(r"\s+(?:z|ze)\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w-]*(?:\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w-]*)?$")


# A Slovak contents' title: addressees in the dative, perhaps the writer first in the nominative ("Ľ. Matuškovi a V.
# Kuzmánymu", "Hronček Benickému", "List 84. Pavlovi Jozefovi Šafárikovi"); inflection.slovak_name reads the cases
_SK_LABEL = re.compile(r"^(?:List|Lístok|Koncept\s+listu)\s+\d{1,4}\.\s+")
_SK_DATIVE = re.compile(r"(?:ovi|ému|ymu|imu|ovej)$")
_SK_WORD = re.compile(r"[A-ZÁÄČĎÉÍĹĽŇÓÔŔŠŤÚÝŽ][a-záäčďéíĺľňóôŕšťúýž-]+|[A-ZÁÄČĎÉÍĹĽŇÓÔŔŠŤÚÝŽ]\.")
SLOVAK_TITLE_EXAMPLES = (("Ľ. Matuškovi a V. Kuzmánymu", ([], ["Ľ. Matuškovi", "V. Kuzmánymu"])),
                         ("Hronček Benickému", (["Hronček"], ["Benickému"])), ("Matke", ([], ["Matke"])),
                         ("List 84. Pavlovi Jozefovi Šafárikovi", ([], ["Pavlovi Jozefovi Šafárikovi"])),
                         ("Alla contessa Adele", None), ("Anna Berg a Karl Lind", None))


def _slovak_dative(words: list[str]) -> bool:
    """Whether the words name someone in the dative: the last word in a dative's ending (or a kin word, a woman's
    given name the table knows), the others initials, given names or datives too."""
    if not words or not all(_SK_WORD.fullmatch(w) for w in words):
        return False
    reads = slovak_name(" ".join(words), "dat")
    return bool(reads) and (bool(_SK_DATIVE.search(words[-1])) or len(words) <= 2 and reads[0] != " ".join(words))


def slovak_parties(text: str) -> tuple[list[Name], list[Name]] | None:
    """(writers, addressees) of a Slovak contents' title (SLOVAK_TITLE_EXAMPLES), or None."""
    text = _SK_LABEL.sub("", text.strip(" ,."))
    if not re.search(r"(?:ovi|ému|ymu|ovej)\b|\b(?:Matke|Otcovi|Bratovi|Sestre|Manželke)\b", text):
        return None  # (no Slovak dative at all: the cheap test first)
    chunks = [c for c in re.split(r"\s*,\s*|\s+a\s+", text) if c]
    if len(chunks) > 1 and len(chunks[-1].split()) <= 3 and not _slovak_dative(chunks[-1].split()):
        chunks = chunks[:-1]  # ("…, Trnava": where it was written, left by the date)
    senders: list[Name] = []
    first = chunks[0].split()
    cut = next((i for i in range(len(first)) if _slovak_dative(first[i:])), None)
    if cut is None or cut > 1 or (cut and (not _SK_WORD.fullmatch(first[0]) or first[0] in GIVEN_NAMES
                                           or first[0].endswith(("u", "i")))):
        return None  # (the writer by his surname: "Hronček"; not "Josefu Jungmannovi", Czech, nor "Ivan Petrovi")
    if cut and not re.search(r"[áäčďéíĺľňóôŕšťúýž]", text):
        return None  # (the writer first only where the title is evidently Slovak)
    if cut:
        senders = [Name(written=" ".join(first[:cut]))]
    recipients = [Name(written=" ".join(first[cut:]))]
    for chunk in chunks[1:]:
        if not _slovak_dative(chunk.split()):
            return None
        recipients.append(Name(written=chunk))
    return senders, recipients


def _czech_title(title: Title, rest: str, writer: str | None) -> Title | None:
    """The title read as a Czech inventory's item, or None."""
    czech = czech_parties(rest)
    if czech is None and title.doctype and (typed := _CZECH_TYPE.match(title.text)) and typed.group(0).strip().lower() \
            in ("telegram", "pohlednice", "dopisnice"):  # ("Telegram Václava Horálka …": its type read, its parties by
        czech = czech_parties(title.text)           # case; not "Telegram from the Embassy …", nor "Telegram Smith to Jones")
        if czech is not None and not re.search(r"[áčďéěíňóřšťúůýž]", title.text) or czech is not None and not (
                all(_CZECH_GENITIVE.search(n.written) for n in czech[0])
                                      and all(_CZECH_DATIVE.search(n.written) for n in czech[1])):
            czech = None
    if czech is None or not (czech[0] or czech[1]):
        return None
    return _by_case(title, czech, "czech", writer)


def _by_case(title: Title, parties: tuple[list[Name], list[Name]], shape: str, writer: str | None) -> Title:
    """A title whose parties an inventory names by their case (Czech, Slovene, Russian): the side
    it leaves out is the writer's ("Dopis Karlu Vondráčkovi", "Pismo Ivanu Kosu" in the writer's
    fonds: theirs)."""
    title.senders, title.recipients = parties
    title.shape = shape
    if writer and not title.senders:
        title.senders = [Name(writer)]
    elif writer and not title.recipients:
        title.recipients = [Name(writer)]
    return _finish(title, writer)


def czech_parties(text: str) -> tuple[list[Name], list[Name]] | None:
    """(writers, addressees) of a Czech inventory's item, or None where it is none ("Dopis"
    alone names no one: []/[] is returned, the caller decides)."""
    typed = _CZECH_TYPE.match(text)
    if typed is None:
        return None
    rest = re.sub(r"\s*\([^()]*\)", "", text[typed.end():])  # ("(o úmrtí v rodině)": what it is about)
    rest = re.split(r"\s+[–—-]\s+", rest)[0]  # ("… – s obálkou": what came with it)
    rest = re.sub(r",\s*[^,]*$", "", rest).strip(" ,.")  # (", Lhotka nad Sázavou": where it was written)
    rest = _CZECH_FROM_PLACE.sub("", rest)  # ("… Vojtěchu Kopeckému z Tábora": from Tábor, no one's name)
    if not rest:
        return [], []
    if _CZECH_SAME.fullmatch(rest):  # "Dopis téhož témuž": by the writer of the item before, to its addressee
        return [Name(written="téhož", kind="same")], [Name(written="témuž", kind="same")]
    if (couple := _CZECH_COUPLE.search(rest)) is not None:
        # "Jaroslava a Růženy Bezděkových Václavu Horálkovi" (by them), "… Karlu a Marii Šmídovým" (to
        # them): each with the surname they share
        pair = [Name(written=f"{couple['a']} {couple['s']}"), Name(written=f"{couple['b']} {couple['s']}")]
        before, after = _czech_people(rest[:couple.start()]), _czech_people(rest[couple.end():])
        if couple["s"].endswith("ch"):
            return (pair, after) if not before else None
        return (before, pair) if not after else None
    parts = _CZECH_ADDRESSED.split(rest, maxsplit=1)
    groups = [_czech_people(part) for part in parts]
    if len(groups) == 2:
        return groups[0], groups[1]
    people = groups[0]
    lead = 1  # (the first person and those joined to it by "a": "Antonína Dvořáka a Karla Bendla Josefu Sukovi")
    while lead < len(people) and people[lead].role == "a":
        lead += 1
    people = [replace(p, role=None) if p.role == "a" else p for p in people]
    if lead < len(people):
        return people[:lead], people[lead:]
    if not people:
        return [], []
    words = [w for p in people for w in p.written.split() if not re.fullmatch(r"\w\.", w)]
    dative = any(_CZECH_DATIVE.search(w) for w in words)
    genitive = any(_CZECH_GENITIVE.search(w) and not _CZECH_DATIVE.search(w) for w in words)
    if dative and not genitive:
        return [], people
    if genitive and not dative:
        return people, []  # ("Dopis Magdaleny Benešové": her given name says it)
    return None  # ("Dopis M. Benešové": her letter or one to her; the case does not say)


def _czech_people(text: str) -> list[Name]:
    """"sestry Anny", "Vojtěcha Hrubeše Václavu Benešovi", "profesoru M. Černému": the people
    named one after another, each perhaps after words in lower case (kin, office, a body)."""
    groups: list[list[str]] = [[]]
    for word in text.split():
        if word[:1].islower() and any(w[:1].isupper() for w in groups[-1]):
            groups.append([])  # (a new person's kin or office: "… bratru Vojtěchovi")
        groups[-1].append(word)
    split: list[list[str]] = []
    for group in groups:
        names = [w for w in group if w[:1].isupper()]
        cut = next((k for k, w in enumerate(group) if k >= 2 and w[:1].isupper() and len(names) >= 3
                    and (_CZECH_DATIVE.search(w) and not re.fullmatch(r"[A-ZÀ-ž]\.", w) or re.fullmatch(r"[A-ZÀ-ž]\.", w))), None)
        split += [group[:cut], group[cut:]] if cut else [group]
    people = []
    for group in split:
        role = [w for w in group if w[:1].islower()]
        name = " ".join(w for w in group if not w[:1].islower())
        if not name:
            continue
        body = any(w.lower() in _CZECH_BODIES for w in role)
        people.append(Name(written=name, kind="org" if body else "person", role=" ".join(role) or None))
    return people


# Slovene and Croatian inventories name a letter's parties by case, as Czech ones do: "Pismo
# Jakoba Verbiča Ivanu Kosu" (the writer in the genitive, the addressee in the dative), "Pismo
# Jakoba in Marije Verbič dr. Vinku Prelogu" (a couple, one surname), "Dopis Okrajnega šolskega
# sveta v Celju" (a body), "Pismo istemu" (to the addressee of the item before). Every name must
# read as a case (inflection.south_slavic_name, south_slavic_body); else the item is left to the
# other readers.
_SOUTH_SLAVIC_TYPE = re.compile(r"^(?:(?:koncept|prepis|prijepis|osnutek|kopija|fotokopija)\s+(?:pisma|dopisnice|brzojavke)|"
                                r"(?:anonimno\s+)?pismo|pisma|pismi|dopisnica|dopisnice|dopisnici|razglednica|razglednice|"
                                r"razglednici|brzojavka|brzojav|voščilnica|čestitka|okrožnica|obvestilo|prošnja|molba|"
                                r"vizitka(?:\s+s\s+pripisom)?|dopis)(?=\s|,|$)\s*", re.IGNORECASE)


def _czech_given_form(written: str) -> bool:
    """Whether Czech writes the name's given name in a case so too ("Karla", "Karlu", "Miroslava"):
    in a "Dopis" item (a Czech word as well), no sign of Slovene."""
    return any(r[2] != "nom" for r in CZECH_FIRST_NAMES.get(written.split()[0] if written else "", ()))


_SOUTH_SLAVIC_SAME = {"istemu": "recipients", "isti": "recipients", "istima": "recipients",
                      "istega": "senders", "iste": "senders", "istih": "senders"}
_SOUTH_SLAVIC_AND = {"in", "i"}
_SOUTH_SLAVIC_END = re.compile(r",|(?<!\bdr)(?<!\bprof)(?<!\bmsgr)(?<!\bsv)(?<!\bing)(?<!\bmag)(?<!\bga)(?<!\bg)"
                               r"(?<!\b[A-ZČŠŽĆĐ])\.\s|\s[–—-]\s")  # (not "dr. Vinku", "J. Kosu")
# (letters and words Czech or Polish write, Slovene and Croatian do not: "Pismo Magistratu miasta
# Krakowa do Jana Kowalskiego", "Pismo Klubu Polskiego w Wiedniu" are Polish)
_NOT_SOUTH_SLAVIC = re.compile(r"[ěřůýáíéúąęłńóśź]|\s(?:do|w|od)\s")
SOUTH_SLAVIC_EXAMPLES = (  # (the names as written; their nominatives: inflection.SOUTH_SLAVIC_NOMINATIVE_EXAMPLES)
    ("Pismo Jakoba Verbiča Ivanu Kosu", (["Jakoba Verbiča"], ["Ivanu Kosu"])),
    ("Dopisnica Ferdu Cerarju, Ljubljana", ([], ["Ferdu Cerarju"])),
    ("Pismo Jakoba in Marije Verbič dr. Vinku Prelogu", (["Jakoba Verbič", "Marije Verbič"], ["Vinku Prelogu"])),
    ("Pismo Mateju Kosu in Mirku Turnšeku", ([], ["Mateju Kosu", "Mirku Turnšeku"])),
    ("Razglednica Milke Plesničar", (["Milke Plesničar"], [])),
    ("Dopis Okrajnega šolskega sveta v Celju", (["Okrajnega šolskega sveta v Celju"], [])),
    ("Dopis Hranilnice in posojilnice v Mozirju Jakobu Verbiču", (["Hranilnice in posojilnice v Mozirju"], ["Jakobu Verbiču"])),
    ("Pismo Angeli Ramšak (sestrični)", ([], ["Angeli Ramšak"])),
    ("Pismo istemu", ([], ["istemu"])),
    ("Dopis istega urada Jakobu Verbiču", (["istega urada"], ["Jakobu Verbiču"])),
    ("Dopis Karla Nováka Rudolfu Horákovi", None),  # (Czech: its reader's)
    ("Dopis Miroslava Tyrše Karlu Tomanovi", None),  # (Czech too, though without Czech letters)
    ("Dopis Karla Čapka Martinu Kosu", None),  # ("Karla", "Martinu": Czech writes them so too)
    ("Pismo Magistratu miasta Krakowa do Jana Kowalskiego", None),  # (Polish)
    ("Pismo Klubu Polskiego w Wiedniu", None),
    ("Pismo Ivanu Kosu in", None),  # (a couple cut short: not read)
)


def south_slavic_parties(text: str) -> tuple[list[Name], list[Name]] | None:
    """(writers, addressees) of a Slovene or Croatian inventory's item, each person with the
    nominative it reads as (``identified``, where it is one), or None."""
    typed = _SOUTH_SLAVIC_TYPE.match(text)
    if typed is None or _NOT_SOUTH_SLAVIC.search(text):
        return None
    rest = re.sub(r"\s*\([^()]*\)", "", text[typed.end():])  # ("(sestrični)", "(žene)": who they are to someone)
    rest = _SOUTH_SLAVIC_END.split(rest)[0].strip(" .")  # (", Ljubljana": where; ". Zahvala …": what it says)
    words = [w.strip("·`'¡,;:") for w in rest.split()]
    words = [w for w in words if w]
    if not words:
        return [], []
    if words[0].lower() in _SOUTH_SLAVIC_SAME:  # "Pismo istemu", "Dopis istega urada Jakobu Verbiču"
        side = _SOUTH_SLAVIC_SAME[words[0].lower()]
        k = 1
        while k < len(words) and words[k][:1].islower() and words[k] not in _SOUTH_SLAVIC_AND:
            k += 1  # ("istega urada": of the same office)
        same = Name(written=" ".join(words[:k]), kind="same")
        other = _south_slavic_people(words[k:]) if k < len(words) else ([], [])
        if other is None or (other[0] if side == "senders" else other[1]):
            return None
        return ([same], other[1]) if side == "senders" else (other[0], [same])
    found = _south_slavic_people(words)
    if found is not None and typed.group(0).strip().lower() == "dopis" and not any(
            n.kind == "org" or n.kind == "person" and not _czech_given_form(n.written) for n in (*found[0], *found[1])):
        return None  # ("Dopis Karla Čapka …" is a Czech item: only a name or a body Czech would not write so is read)
    return found


def _south_slavic_people(words: list[str]) -> tuple[list[Name], list[Name]] | None:
    """The people and bodies named one after another, each starting at a given name in a case
    (after its title or kin: "dr. Vinku Prelogu") or at a body's first word."""
    starts = [k for k, w in enumerate(words) if any(c != "nom" for _, _, c in SOUTH_SLAVIC_FIRST_NAMES.get(w, ()))]
    if starts and all(w[:1].islower() and w.endswith(".") for w in words[:starts[0]]):
        starts[0] = 0  # ("dr. Vinku Prelogu": his title with him)
    if not starts or starts[0] != 0:
        starts = [0, *starts]  # (a body first: "Okrajnega šolskega sveta v Celju Jakobu Verbiču")
    for n, at in enumerate(starts):  # a title before a name goes with it ("… Marije Verbič dr. Vinku Prelogu")
        while n and at > starts[n - 1] + 1 and words[at - 1][:1].islower() and words[at - 1].endswith("."):
            at -= 1
        starts[n] = at
    chunks = [words[at:end] for at, end in zip(starts, [*starts[1:], len(words)])]
    people: list[tuple[str, Name]] = []
    joined = False  # the chunk before ended in "in": a couple ("Jakoba in Marije Verbič")
    for chunk in chunks:
        lead = 0
        while lead < len(chunk) and chunk[lead][:1].islower():
            lead += 1
        role, body = chunk[:lead], chunk[lead:]
        and_after = bool(body) and body[-1] in _SOUTH_SLAVIC_AND
        if and_after:
            body = body[:-1]
        written = " ".join(body)
        if (org := south_slavic_body(written)) is not None:
            people.append((org[0], Name(written=written, identified=org[1], kind="org")))
        elif (read := south_slavic_name(written)) is not None:
            case, found = read
            people.append((case, Name(written=written, identified=next(iter(found)) if len(found) == 1 else None,
                                      role=" ".join(role) or None)))
        elif len(body) == 1 and and_after and (first := [r for r in SOUTH_SLAVIC_FIRST_NAMES.get(body[0], ()) if r[2] != "nom"]):
            people.append((first[0][2], Name(written=written, identified=first[0][0], role=" ".join(role) or None)))
            joined = True
            continue
        else:
            return None
        if joined:  # the first of the couple takes the surname the second is written with
            surname = body[-1]
            case, first_name = people[-2]
            people[-2] = (case, replace(first_name, written=f"{first_name.written} {surname}",
                                        identified=f"{first_name.identified} {surname}"))
            joined = False
    if joined or not people or words[-1] in _SOUTH_SLAVIC_AND:
        return None
    return [n for c, n in people if c == "gen"], [n for c, n in people if c == "dat"]

# Lithuanian letter archives title a letter by its type, its writer in the genitive before it and
# its addressee in the dative after it ("Juozo Rimkaus laiškas Kaziui Eidrigui", "Laiškas Vandai
# Narbutaitei-Eidrigienei, 1919-05-09, iš Rygos – į Berlyną": the archive's person wrote it), two
# joined by "ir"; a title, kin or a form of address before a name is none of it ("Dr. Kosto
# Žemaičio", "žmonai Vandai …"), kin alone names no one ("Laiškas motinai"). Names stay as written;
# the register knows them in the nominative (inflection.lithuanian_name; _lithuanian_cases).
_LITHUANIAN_TYPE = "|".join(sorted((w.replace(" ", r"\s+") for w in (*doctypes.LITHUANIAN_LETTER_WORDS, "telegrama")),
                                   key=len, reverse=True))
_LITHUANIAN_ITEM = re.compile(rf"^(?:(?P<by>[^,]+?)\s+)?(?P<type>(?i:{_LITHUANIAN_TYPE}))(?=[\s,.]|$)\s*(?P<to>[^,]*)(?P<more>.*)")
_LITHUANIAN_LEAD = frozenset(("prof.", "kun.", "dr.", "p.", "ponui", "poniai", "panelei", "ponia", "pono", "ponios", "kunigui",
                              "kunigo", "daktarui", "daktaro", "profesoriui", "profesoriaus", "vysk.", "vyskupui", "vyskupo"))
_LITHUANIAN_KIN = frozenset(("žmonai", "dukrai", "sūnui", "broliui", "seseriai", "tėvui", "motinai", "vyrui", "dėdei",
                             "tetai", "anūkui", "anūkei", "žmonos", "dukters", "sūnaus", "brolio", "sesers", "tėvo",
                             "motinos", "vyro", "tėvams", "tėvų"))
_LITHUANIAN_UNKNOWN = re.compile(r"^(?i:nežinom(?:am|ai|o|os)\s+(?:adresat(?:ui|ei|o|ės)|asmeni(?:ui|s)|asmens|autoriaus))$")
# (what follows the addressees after a comma: the date, "[", "iš X" (from), "apie"; else another addressee)
_LITHUANIAN_AFTER = re.compile(r"^(?:\d|\[|\(|iš\s|į\s|apie\s|po\s|prieš\s|b\.\s?d\b)")
LITHUANIAN_EXAMPLES = (  # (the names as written; their nominatives: inflection.LITHUANIAN_NOMINATIVE_EXAMPLES)
    ("Laiškas Vandai Narbutaitei-Eidrigienei, 1919-05-09, iš Rygos – į Berlyną.", ([], ["Vandai Narbutaitei-Eidrigienei"])),
    ("Juozo Rimkaus laiškas Kaziui Eidrigui, apie 1919.", (["Juozo Rimkaus"], ["Kaziui Eidrigui"])),
    ("Dr. Kosto Žemaičio laiškas Kaziui Eidrigui ir Vandai Narbutaitei-Eidrigienei, 1923.",
     (["Kosto Žemaičio"], ["Kaziui Eidrigui", "Vandai Narbutaitei-Eidrigienei"])),
    ("Petro Sereikos ir Kleopo Jurkšaičio laiškas Kaziui Eidrigui, 1931-06-06.", (["Petro Sereikos", "Kleopo Jurkšaičio"], ["Kaziui Eidrigui"])),
    ("Laiškas žmonai Vandai Narbutaitei-Eidrigienei, 1919-09-04.", ([], ["Vandai Narbutaitei-Eidrigienei"])),
    ("Laiškas motinai, 1921-03-02.", ([], [])),
    ("Švietimo ministerijos laiškas Kaziui Eidrigui, [1932-11-08].", (["Švietimo ministerijos"], ["Kaziui Eidrigui"])),
    ("Telegrama Valstybės teatro direkcijai, 1938.", ([], ["Valstybės teatro direkcijai"])),
    ("Telegrama de Juan Ruiz a Pedro Gil", None),  # (Spanish: no Lithuanian case)
    ("Telegrama, Sevilla.", None),  # (a type word alone)
    ("Laiškas Vandai, Kaziui ir Daliai Eidrigams, 1922.", None),  # (a plural: not read, no addressee dropped)
    ("Nežinomo autoriaus laiškas Kaziui Eidrigui", (["Nežinomo autoriaus"], ["Kaziui Eidrigui"])),
    ("Laiškas Kazys Eidrigas", None),  # (a nominative: no addressee's case)
)


# Latvian libraries and archives title a letter as Lithuanian ones do: its writer in the genitive,
# its type, its addressee in the dative, then where the addressee was, in the locative ("Ezerleja
# vēstule Dzirkstelei Rīgā, 1897. gada 4. februārī : teksts un komentāri"); two joined by "un".
# Names stay as written; the register knows them in the nominative (inflection.latvian_name).
_LATVIAN_TYPE = "|".join(sorted((w.replace(" ", r"\s+") for w in doctypes.LATVIAN_LETTER_WORDS), key=len, reverse=True))
_LATVIAN_ITEM = re.compile(rf"^(?:(?P<by>[^,:]+?)\s+)?(?P<type>(?i:{_LATVIAN_TYPE}))(?=[\s,.:;]|$)\s*(?P<to>[^,:;]*)")
_LATVIAN_UNKNOWN = re.compile(r"^(?i:nezinām(?:am|ai|a|as)\s+(?:adresāt(?:am|ei|a|es)|personai|personas|autor(?:am|a)))$")
LATVIAN_EXAMPLES = (  # (the names as written; their nominatives: inflection.LATVIAN_NOMINATIVE_EXAMPLES)
    ("Ezerleja vēstule Dzirkstelei Rīgā, 1897. gada 4. februārī : teksts un komentāri", (["Ezerleja"], ["Dzirkstelei"])),
    ("Ezerleja un Dzirksteles vēstule Fricim Bērziņam Liepājā, [1899. gada] novembrī", (["Ezerleja", "Dzirksteles"], ["Fricim Bērziņam"])),
    ("Elzas Liepiņas atklātne Dzirkstelei Dubultos, 1900. gada janvāris", (["Elzas Liepiņas"], ["Dzirkstelei"])),
    ("Ezerleja zīmīte Fricim Bērziņam, 1901. gada 9. novembrī", (["Ezerleja"], ["Fricim Bērziņam"])),
    ("Vēstule Annai Kalniņai, bez datējuma", ([], ["Annai Kalniņai"])),
    ("Nezināma autora vēstule Dzirkstelei", (["Nezināma autora"], ["Dzirkstelei"])),
    ("Telegramma di Carlo Neri a Pia Neri", None),  # (Italian: no Latvian case)
    ("Vēstule Jānis Bērziņš", None),  # (a nominative: no addressee's case)
    ("Ezerleja vēstules, 1897", None),  # (a type word alone: no one it is to)
)


def latvian_parties(text: str) -> tuple[list[Name], list[Name]] | None:
    """(writers, addressees) of a Latvian title, each with the nominative it reads as
    (``identified``), or None where the title is none or a name reads in no case."""
    m = _LATVIAN_ITEM.match(text.strip())
    if m is None or m["by"] and m["type"][:1].isupper() or not m["to"].strip():
        return None
    found = []
    for chunk, case in ((m["by"], "gen"), (m["to"].strip(" ."), "dat")):
        names: list[Name] = []
        parts = re.split(r"\s+un\s+", chunk) if chunk else []
        for n, part in enumerate(parts):
            if _LATVIAN_UNKNOWN.match(part):  # ("nezināmam adresātam", "Nezināma autora": someone unknown)
                names.append(Name(written=part, kind="unknown"))
                continue
            words = part.split()
            if case == "dat" and n == len(parts) - 1:  # (where the addressee was: "Rīgā", "Dubultos", after the name)
                while len(words) > 1 and ((read := latvian_word(words[-1])) is None or read[0] != case):
                    words.pop()
            written = " ".join(words)
            nominative = latvian_name(written, case)
            if nominative is None:
                return None
            names.append(Name(written=written, identified=nominative, kind="person"))
        found.append(names)
    return found[0], found[1]


# Icelandic archives and editions title a letter "Bréf A til B" (both in the genitive) or "Bréf frá
# A til B" (A in the dative), often after its shelfmark ("Lbs. 1830, 4to Bréf frá …", "ÞÍ.E10:13/08.12.1873
# Bréf …"); an occupation follows a name in lower case ("Bréf frá Þorvaldi Hjaltasyni teiknara",
# "Páls stúdents Vigfússonar"), a title goes before it ("sr.", "frú"). Names stay as written; the
# register knows them in the nominative (inflection.icelandic_name; _icelandic_cases).
_ICELANDIC_TYPE = "|".join(sorted((w.replace(" ", r"\s+") for w in (*doctypes.ICELANDIC_LETTER_WORDS, "símskeyti")),
                                  key=len, reverse=True))
_ICELANDIC_ITEM = re.compile(rf"(?:^|(?<=[\s.]))(?i:{_ICELANDIC_TYPE})\s+(?:(?P<from>frá)\s+)?(?P<by>.*?)"
                             rf"(?:,?\s*(?:líklega\s+)?\btil\s+(?P<to>.*?))?\s*(?:\([^()]*\))?[\s.,;]*$")
_ICELANDIC_TAIL = re.compile(r"(?:,\s*[A-ZÁÉÍÓÚÝÞÆÖÐ][\w-]+)?,?\s+(?:\[?\d{1,2}\.\s+)?(?:\w+\.?\s+)?\[?\d{4}\]?\??\.?$")
_ICELANDIC_TYPE_WORD = re.compile(rf"(?i:{_ICELANDIC_TYPE})")
_ICELANDIC_LEAD = frozenset(("sr.", "séra", "síra", "frú", "herra", "ungfrú", "dr."))
ICELANDIC_EXAMPLES = (  # (the names as written; their nominatives: inflection.ICELANDIC_NOMINATIVE_EXAMPLES)
    ("Bréf Hjalta Kristjánssonar til Þorvaldar Hjaltasonar", (["Hjalta Kristjánssonar"], ["Þorvaldar Hjaltasonar"])),
    ("Lbs. 2016, 4to. Bréf frá sr. Halldóri Ólafssyni og Halldóri Bjarnasyni til Þorvaldar Hjaltasonar",
     (["Halldóri Ólafssyni", "Halldóri Bjarnasyni"], ["Þorvaldar Hjaltasonar"])),
    ("ÞÍ.E10:13/08.12.1873 Bréf Sigurðar Guðmundssonar, málara", (["Sigurðar Guðmundssonar"], [])),
    ("Bréf frá Sigurði málara líklega til Páls stúdents Vigfússonar", (["Sigurði"], ["Páls Vigfússonar"])),
    ("Bréf til Fornminjasafnsins", ([], ["Fornminjasafnsins"])),
    ("Bréf frá Þorvaldi Hjaltasyni teiknara til Hjalta Þórðarsonar á Melum", (["Þorvaldi Hjaltasyni"], ["Hjalta Þórðarsonar"])),
    ("Bréf Sigurðar til Guðbrands (beb0127-130)", (["Sigurðar"], ["Guðbrands"])),
    ("1 bréf (HKtilÞH 58-08-03)", None),  # (a page's code: no names)
    ("1 bréf (ÞPtilÞH 69-28-04) Bréf til Fornminjasafnsins", ([], ["Fornminjasafnsins"])),
    ("Bréf frá Jón Jónsson", None),  # (a nominative: no case)
    ("Bréf frá Hannesi Hafstein til Þórhalls Bjarnarsonar, 3. maí 1870", (["Hannesi Hafstein"], ["Þórhalls Bjarnarsonar"])),
    ("Bréf Matthíasar Jochumssonar til Ingibjargar Einarsdóttur", (["Matthíasar Jochumssonar"], ["Ingibjargar Einarsdóttur"])),
)


def icelandic_parties(text: str) -> tuple[list[Name], list[Name]] | None:
    """(writers, addressees) of an Icelandic letter's title, each with the nominative it reads as
    (``identified``), or None where the title is none or a name reads in no case."""
    text = _ICELANDIC_TAIL.sub("", text.strip())  # (", 3. maí 1870", ", Kaupmannahöfn, 1870": no names)
    for start in (found.start() for found in _ICELANDIC_TYPE_WORD.finditer(text)):
        if (m := _ICELANDIC_ITEM.match(text, start)) is None:
            continue
        by, to = (m["by"] or "").strip(), (m["to"] or "").strip()
        if " frá " in f" {to} ":
            continue  # ("Bréf til A frá B": not read, rather than read wrong)
        if not (by or to) or by and not (m["from"] or by[:1].isupper() or by.split()[0].lower() in _ICELANDIC_LEAD):
            continue
        found: list[list[Name]] = []
        for chunk, case in ((by, "dat" if m["from"] else "gen"), (to, "gen")):
            names = _icelandic_side(chunk, case)
            if names is None:
                break
            found.append(names)
        else:
            return found[0], found[1]
    return None


def _icelandic_side(chunk: str, case: str) -> list[Name] | None:
    """The names of one side ("sr. Halldóri Ólafssyni og Halldóri Bjarnasyni", "Þorvaldar Hjaltasonar,
    teiknara"), or None where one reads in no case."""
    names: list[Name] = []
    for part in re.split(r"\s+og\s+|,\s*(?=[A-ZÁÉÍÓÚÝÞÆÖÐ]|(?:sr\.|séra|frú)\s)", chunk) if chunk else []:
        part, at, place = part.partition(" á ") if " á " in part else part.partition(" í ")  # ("… á Melum": where)
        words = part.replace(",", " ").split()
        role = [w for w in words if w.lower() in _ICELANDIC_LEAD or w.islower()]  # (a title, an occupation)
        name = [w for w in words if w not in role]
        if not name:
            return None
        written = " ".join(name)
        if (body := icelandic_body(written, case)) is not None:
            names.append(Name(written=written, identified=body, kind="org"))
            continue
        nominative = icelandic_name(written, case)
        if nominative is None:
            return None
        names.append(Name(written=written, identified=nominative, kind="person", role=" ".join(role) or None,
                          place=place.strip(" .,") or None))
    return names


def lithuanian_lead(words: list[str]) -> int:
    """How many of the first words are a title, kin or a form of address before a Lithuanian
    name ("Dr. Kosto Žemaičio", "žmonai Vandai …", "BROLIO KAZIO"): none of the name."""
    lead = 0
    while lead < len(words) and (words[lead].lower() in _LITHUANIAN_LEAD or words[lead].lower() in _LITHUANIAN_KIN):
        lead += 1
    return lead


def lithuanian_parties(text: str) -> tuple[list[Name], list[Name]] | None:
    """(writers, addressees) of a Lithuanian archive's letter, each with the nominative it reads
    as (``identified``), or None where the title is none or a name reads in no case."""
    m = _LITHUANIAN_ITEM.match(text.strip())
    if m is None or m["by"] and m["type"][:1].isupper():  # ("X Laiškas": no writer's genitive before a title word)
        return None
    to = m["to"].strip(" .;")
    for more in m["more"].split(",")[1:]:  # ("Laiškas Stasiui Kairiui, Elzei Kairienei, 1921-08-17": both)
        more = more.strip(" .;")
        if not more or _LITHUANIAN_AFTER.match(more):
            break
        to += f" ir {more}"  # (one that reads in no case makes the title none: no addressee is dropped)
    if not (m["by"] or to):
        return None  # ("Telegrama.", "Laiškas, 1921-03-13.": a type word alone names no one)
    found = []
    for chunk, case in ((m["by"], "gen"), (to, "dat")):
        names: list[Name] = []
        for part in (re.split(r"\s+(?:ir|bei)\s+", chunk) if chunk else []):
            words = part.split()
            lead = lithuanian_lead(words)
            written = " ".join(words[lead:])
            if _LITHUANIAN_UNKNOWN.match(part):  # ("nežinomam adresatui", "Nežinomo autoriaus": someone unknown)
                names.append(Name(written=part, kind="unknown"))
                continue
            if not written and lead:
                continue  # ("motinai": his mother, no name)
            nominative = lithuanian_name(written, case) if written else None
            if nominative is None:
                return None
            kind = "org" if lithuanian_body(written) else "person"
            role = " ".join(w for w in words[:lead] if w.lower() in _LITHUANIAN_LEAD) or None
            names.append(Name(written=written, identified=nominative, kind=kind, role=role))
        found.append(names)
    return found[0], found[1]


# A Lithuanian edition's contents: the writer's letters by their addressees in the dative ("O. Kymantaitei. Tartu",
# "Adomui Dambrauskui ir K. Kairiui", "Lietuvių literatūros draugijai"), the place after a full stop
_LT_DATIVE = re.compile(r"(?:iui|ui|ei|ai)$")
_LT_PLACE_AFTER = re.compile(r"(?<!(?<![\w])[A-ZĄČĘĖĮŠŲŪŽ])\.\s+[A-ZĄČĘĖĮŠŲŪŽ][\w-]+(?:\s+[A-ZĄČĘĖĮŠŲŪŽ][\w-]+)?\s*$")
LITHUANIAN_ADDRESSEE_EXAMPLES = (("O. Kymantaitei. Tartu", ["O. Kymantaitė"]),
                                 ("Adomui Dambrauskui ir K. Kairiui", ["Adomas Dambrauskas", "K. Kairys"]),
                                 ("Sofijai Mašiotienei", ["Sofija Mašiotienė"]), ("Seinai", None), ("Anna Berg ir Karl Lind", None))


def _lithuanian_dative(chunk: str) -> bool:
    """A name in the dative: its last word in a dative's ending, not a plural's "-iai" (Kėdainiai, Telšiai), and an
    "-ai" alone only after a given name or an initial (Onai Kymantaitei, K. Mažeikai; not Biržai)."""
    words = chunk.split()
    return bool(words) and words[0][:1].isupper() and bool(_LT_DATIVE.search(words[-1])) and not words[-1].endswith("iai") \
        and (not words[-1].endswith("ai") or len(words) >= 2)


def lithuanian_addressees(text: str) -> tuple[list[Name], list[Name]] | None:
    """([], the addressees) of a Lithuanian contents' title (LITHUANIAN_ADDRESSEE_EXAMPLES), or None."""
    text = _LT_PLACE_AFTER.sub("", text.strip(" ,."))
    if not re.search(r"(?:iui|ui|aitei|ienei|ytei|utei|ūtei)\b|[ąčęėįšųūž]", text):
        return None  # (no evident Lithuanian: a man's dative, or the language's letters)
    names = []
    chunks = re.split(r"\s*,\s*|\s+(?:ir|bei)\s+", text)
    if len(chunks) > 1 and not _lithuanian_dative(chunks[-1]) and len(chunks[-1].split()) <= 2:
        chunks = chunks[:-1]  # ("Jonui Jablonskiui, Telšiai": where he wrote, a town's plural)
    for chunk in chunks:
        if not _lithuanian_dative(chunk) or (nominative := lithuanian_name(chunk, "dat")) is None:
            return None
        names.append(Name(written=chunk, identified=nominative, kind="org" if lithuanian_body(chunk) else "person"))
    return [], names


# Hungarian contents pages: "Csergő Sámuel – Vargyasi Dánielhez" (the writer, a dash, the
# addressee with the ending -hoz/-hez/-höz "to" or -nak/-nek "for"), "Ugyanaz – ugyanahhoz",
# "Vargyasi – ismeretlenhez"; names as written, surname first.
_HUNGARIAN_TO = re.compile(r"(?<=\w\w)(?:hoz|hez|höz|nak|nek)$")
_HUNGARIAN_SAME = {"ugyanaz", "ugyanazok", "ugyanahhoz", "ugyanannak", "ugyanazokhoz"}
_HUNGARIAN_UNKNOWN = {"ismeretlen", "ismeretlenhez", "ismeretlennek"}
HUNGARIAN_EXAMPLES = (("Csergő Sámuel – Vargyasi Dánielhez", ("Csergő Sámuel", "Vargyasi Dánielhez")),
                      ("Vargyasi Dániel – gróf Darvas Miklóshoz", ("Vargyasi Dániel", "gróf Darvas Miklóshoz")),
                      ("Ugyanaz – ugyanahhoz", ("Ugyanaz", "ugyanahhoz")))


# A Portuguese or Spanish archive's catalogue summary (the Projeto Resgate's verbetes of the Arquivo
# Histórico Ultramarino, an AGI description): the type, often in capitals, then the writer and the
# addressee, each an office, a body or a name; a holder's name set off by commas after the office or
# supplied in brackets, an office after a name; then what it is about, after a comma.
_IBERIAN_FROM = r"(?:de\s+l[ao]s?|del|de|d[oa]s?)"  # (the longest first: "de los vecinos", not "de" + "los vecinos")
_IBERIAN_TO = r"(?:ao|à|aos|às|al|a\s+la|a\s+los|a\s+las|a)"
_IBERIAN_TYPE = "|".join(sorted(doctypes.IBERIAN_TYPES, key=len, reverse=True))  # (the longest first)
_IBERIAN_ITEM = re.compile(rf"(?i:(?:{doctypes.COUNT.pattern})?(?P<type>{_IBERIAN_TYPE})(?:\s+n\.?\s?[º°o]\.?\s*\d+)?\s+)?(?P<from_word>{_IBERIAN_FROM})\s+(?P<by>.+?),?\s+"
                           rf"(?P<to_word>{_IBERIAN_TO})\s+(?P<to>.+)")
# ("… e do ouvidor, B"): another writer; not "Secretario de Estado y del Despacho de Hacienda", one office
_IBERIAN_MORE_BY = re.compile(rf",?\s+(?:e|y)\s+{_IBERIAN_FROM}\s+(?!Despacho\b)(?=\S)")
_IBERIAN_MORE_TO = re.compile(rf",?\s+(?:e|y)\s+{_IBERIAN_TO}\s+(?=\S)")
_IBERIAN_SUBJECT = re.compile(r"\s+(?:sobre|acerca|a\s+pedir|pedindo|informando|remetendo|dando\s+conta|em\s+que|en\s+que|"
                              r"para\s+que|solicitando|respondendo|comunicando|participando|ordenando|enviando|"
                              r"pidiendo|remitiendo|dando\s+cuenta)\b.*$", re.IGNORECASE)
# An office, then its holder's name without a comma: "do governador Luís Vaz", "do bispo D. José Fialho"
_IBERIAN_OFFICE_NAME = re.compile(r"^(?P<office>[a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w-]*)*?)(?<!\sd[aeo])(?<!\sdos)(?<!\sdas)(?<!\sdel)(?<!\se)(?<!\sy)(?<!\sl[ao])(?<!\sl[ao]s)\s+"
                                  r"(?P<name>(?:D\.\s+)?[A-ZÀ-Þ][\w'’-]+(?:\s+(?:d[aeo]s?|del|e|y|[A-ZÀ-Þ][\w'’-]+))*)$")
_IBERIAN_SUPPLIED = re.compile(r"^(?P<office>[^\[\]]*?)\s*\[(?P<name>[^\[\]]+)\]$")  # "rei [D. João V]"
_IBERIAN_ADDRESS = re.compile(r"^(?:(?:D\.(?:\s?ª)?|Dª|Da\.|(?i:dom|dona|don|doña|frei|fray|padre|sor|madre)|Dña\.|Fr\.|Pe\.|Dr\.|"
                              r"Sr\.|Sra\.|Exmo\.|Ilmo\.|(?i:señor|señora|señorita|senhor|senhora))\s+)+")
_IBERIAN_BODY_LIST = re.compile(r"^(?:Cabildo|Concejo|Ayuntamiento|Junta|Consulado|Audiencia)(?:,\s+[A-ZÀ-Þ][\w-]+)*\s+y\s+[A-ZÀ-Þ][\w-]+"
                                r"\s+(?:de|del)\s+\S")
# An office, then its holder's name after his form of address, no comma between: "Gobernador D. Ignacio Ureta"
_IBERIAN_HELD = re.compile(r"^(?P<office>[A-ZÀ-Þ][\w-]+(?:\s+(?:de|del|de\s+la)\s+[A-ZÀ-Þ][\w-]+)*)\s+"
                           r"(?P<name>(?:D\.(?:\s?ª)?|Dª|Da\.|Dña\.|Fr\.|don|doña|fray)\s+[A-ZÀ-Þ].*)$")
_IBERIAN_DON = re.compile(r"(?:^|[\s,])(?:D\.(?:\s?ª)?|Dª|Da\.|Dña\.|Fr\.)\s+(?=[A-ZÀ-Þ])")  # "D. Manuel", "D.ª Juana": don, doña
_IBERIAN_NAME_WORD = re.compile(r"[A-ZÀ-Þ][\w'’.-]*|d[aeo]s?|del|la|las|los|y|e|[IVX]{1,5}|d['’][A-ZÀ-Þ][\w'’.-]*")
#                                                         (an elided particle: "Victoire d'Estaing", "João d'Almeida")
_IBERIAN_NOT_OFFICE = re.compile(rf"(?:{_TITLES}|(?i:licenciad[oa]s?|doctor(?:es|a)?|señor(?:es|a|as)?|senhor(?:es|a|as)?|"
                                 rf"mism[oa]s?|mesm[oa]s?|dicho|dicha|el|la|los|las|o|a|os|as|{'|'.join(doctypes.IBERIAN_TYPES)}))\b")
_IBERIAN_PEER = re.compile(r"(?:conde|condessa|marquês|marquesa|visconde|viscondessa|barão|baronesa|duque|duquesa|"
                           r"conde-duque|marqués|vizconde|barón)\s+(?:d[aeo]s?|del)\s+[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,3}")
IBERIAN_EXAMPLES = (
    # ("D." before a name in a Spanish catalogue's summary is Don, "D.ª" Doña: iberian_parties reads them, no initial)
    ("Carta de Ramón Arrieta y Salcedo a D. Tomás Peñalver", (["Ramón Arrieta y Salcedo"], ["Tomás Peñalver"])),
    ("Carta de los Oficiales Reales de Santa Rosa, D. Antonio de Irigoyen y D. Pedro Zubiaurre, a S. M., sobre un hospital",
     (["Antonio de Irigoyen", "Pedro Zubiaurre"], ["S. M."])),
    ("Dos cartas del Cabildo, Justicia y Regimiento de Copiaco al Gobernador D. Ignacio Ureta, dando cuenta",
     (["Cabildo, Justicia y Regimiento de Copiaco"], ["Ignacio Ureta"])),  # (a body, its members listed; the man after his office)
    ("Carta del Secretario de Estado y del Despacho de Indias, D. Félix Ocampo, al Gobernador de Valdivia, D. Ignacio "
     "Ureta, trasladándole la queja", (["Félix Ocampo"], ["Ignacio Ureta"])),  # (one office; the holder after the addressee's)
    ("CARTA do governador da capitania de São José, Luís Vaz de Albergaria, ao rei [D. João V], sobre a fuga",
     (["Luís Vaz de Albergaria"], ["João V"])),
    ("REPRESENTAÇÃO dos moradores da vila de Santo Amaro ao rei, sobre os excessos do ouvidor",
     (["moradores da vila de Santo Amaro"], ["rei"])),
    ("REQUERIMENTO de Mariana de Sá Queirós, viúva, ao rei, a pedir o pagamento dos soldos",
     (["Mariana de Sá Queirós"], ["rei"])),
    ("OFÍCIO do governador, Luís Vaz, ao secretário de estado da Marinha e Ultramar, Pedro Anes, sobre a cadeia",
     (["Luís Vaz"], ["Pedro Anes"])),
    ("CARTA do ouvidor-geral, Tomé Rebelo, e do provedor da Fazenda, Rui Sardinha, ao rei, sobre os dízimos",
     (["Tomé Rebelo", "Rui Sardinha"], ["rei"])),
    ("AVISO do secretário de estado da Marinha e Ultramar, Pedro Anes, ao governador da capitania de São José, "
     "ordenando a remessa", (["Pedro Anes"], ["governador da capitania de São José"])),
    ("CARTA do governador, Antônio Rolim, ao vice-rei e capitão-general do Estado do Brasil, conde de Vilar Seco, "
     "sobre os missionários", (["Antônio Rolim"], ["conde de Vilar Seco"])),
    ("Carta del gobernador de Cartagena, Juan de Ulloa, al rey, sobre la fuga de los presos",
     (["Juan de Ulloa"], ["rey"])),
    ("Carta del comandante de armas de El Seibo al ministro de lo Interior y Policía",  # ("de lo": no name after it)
     (["comandante de armas de El Seibo"], ["ministro de lo Interior y Policía"])),
    ("Telegrama de Casimiro Ureña, comandante de armas de Santiago, al ministro de lo Interior y Policía",
     (["Casimiro Ureña"], ["ministro de lo Interior y Policía"])),
    ("Carta anónima dirigida al presidente de la República", ([], ["presidente de la República"])),
    ("Carta dirigida al rey por los vecinos de Azua", (["vecinos de Azua"], ["rey"])),
    ("Carta de José Martínez y Fernández de Córdoba al rey", (["José Martínez y Fernández de Córdoba"], ["rey"])),
    ("Carta de Tomás Peña y Benigno Morel al presidente de la República",
     (["Tomás Peña", "Benigno Morel"], ["presidente de la República"])),
    ("Carta de José Ortega y Gasset al presidente de la República", (["José Ortega y Gasset"], ["presidente de la República"])),
    ("Copia de carta del gobernador del distrito de Monte Cristi al ministro de lo Interior",
     (["gobernador del distrito de Monte Cristi"], ["ministro de lo Interior"])),
    ("Carta de los vecinos de Barahona al ministro de lo Interior", (["vecinos de Barahona"], ["ministro de lo Interior"])),
    ("Carta de Leandro Ocampo, alcalde de Pradosecos, al gobernador civil de la provincia",
     (["Leandro Ocampo"], ["gobernador civil de la provincia"])),
    ("Carta circular del ministro de lo Interior a los gobernadores de provincias y distritos",
     (["ministro de lo Interior"], ["gobernadores de provincias y distritos"])),
    ("CARTA do bispo [D. frei Manuel da Cruz] ao rei, sobre as côngruas", (["Manuel da Cruz"], ["rei"])),
    ("Carta de João Barros para Amélia do Vale", None),  # (names alone: read by the shapes)
    ("CARTA do capitão-mor Manuel Rodrigues Pereira ao rei sobre a fuga", (["Manuel Rodrigues Pereira"], ["rei"])),
    ("CARTA dos oficiais da Câmara da vila de São José ao rei", (["oficiais da Câmara da vila de São José"], ["rei"])),
    ("Lettera del duca di Parma al cardinale Farnese", None),  # (Italian: no Portuguese or Spanish type)
    ("LISTA dos moradores da vila de São José que contribuíram para o donativo", None),
)


def iberian_parties(text: str) -> tuple[list[Name], list[Name]] | None:
    """(writers, addressees) of a Portuguese or Spanish catalogue's summary where one side is an
    office or a body ("ao rei", "dos oficiais da Câmara"), or None (the shapes read names alone)."""
    if addressed := _IBERIAN_ADDRESSED.match(text.strip()):  # "Carta anónima dirigida al ministro": no writer
        to_text, by_text = addressed["to"], ""
        if by_word := re.search(r"\s+por\s+", to_text):  # ("… al rey por los vecinos de X": they wrote it)
            to_text, by_text = to_text[:by_word.start()], to_text[by_word.end():]
        to = _iberian_to(to_text)
        by = [_iberian_party(re.sub(r"^(?:el|la|los|las)\s+", "", by_text.strip(" ,.")))] if by_text else []
        return None if None in to or None in by else (by, to)  # type: ignore[return-value]
    m = _IBERIAN_ITEM.match(text.strip())
    if m is None or not m["type"]:
        return None  # (the type opens it: "Lettera del duca al cardinale" is Italian)
    by = [_iberian_party(chunk) for chunk in _iberian_pairs(_IBERIAN_MORE_BY.split(m["by"]))]
    to = _iberian_to(m["to"])
    if None in by or None in to:
        return None
    if all(name.kind == "person" and not (name.role and name.role_first) and not name.supplied
           and not _IBERIAN_PEER.fullmatch(name.written) for name in (*by, *to)) \
            and not _IBERIAN_DON.search(f"{m['by']} {m['to']}"):  # (the shapes read "D." as an initial)
        return None  # (names alone, or each before its office: the shapes read them; not a peer's title, "del duque de X")
    if m["to_word"] == "à" and not m["type"] and not re.fullmatch(r"d[oa]s?", m["from_word"], re.IGNORECASE):
        return None  # ("de son frère à Vernoux": French)
    return by, to  # type: ignore[return-value]


def _stop_off(text: str) -> str:
    """The text without its closing stop, but an initial's ("a S. M.")."""
    return re.sub(r"(?<![\s.][A-ZÀ-Þ])\.$", "", text)


def _iberian_to(text: str) -> list[Name | None]:
    """The addressees of what follows "ao", "al", "a los" (None for a chunk that names no party)."""
    return [_iberian_party(chunk) for chunk in _iberian_pairs(_IBERIAN_MORE_TO.split(_iberian_addressees(text)))]


def _iberian_pairs(chunks: list[str]) -> list[str]:
    """Chunks that join two names with "y" or "e" parted ("Tomás Peña y Benigno Morel"), where each
    side has two words at least (not "José Ortega y Gasset", one man's name)."""
    def two(text: str) -> list[str] | None:
        sides = re.split(r",?\s+(?:y|e)\s+(?=[A-ZÀ-Þ])", text)
        return sides if len(sides) > 1 and all(
            _iberian_name(side) and len(words := _IBERIAN_ADDRESS.sub("", side).split()) >= 2
            and (words[0] in GIVEN_NAMES or not any(w[:1].islower() for w in words))
            for side in sides) else None  # (not "José Martínez y Fernández de Córdoba": one man)

    parted = []
    for chunk in chunks:
        chunk = _stop_off(chunk.strip(" ,"))
        head, comma, tail = chunk.rpartition(", ")
        if sides := two(chunk):
            parted.extend(sides)
        elif comma and _IBERIAN_ADDRESS.match(tail) and (sides := two(tail)):
            parted.extend([f"{head}, {sides[0]}", *sides[1:]])  # ("los Oficiales Reales de X, D. A y D. B": two men)
        else:
            parted.append(chunk)
    return parted


# A letter whose writer the catalogue does not know: "Carta anónima dirigida al ministro de lo Interior"
_IBERIAN_ADDRESSED = re.compile(rf"(?i:(?:{_IBERIAN_TYPE})"
                                rf"(?:\s+an[óo]nim[ao])?,?\s+(?:dirigid[ao]|enviad[ao]|remitid[ao])\s+)"
                                rf"(?P<to_word>{_IBERIAN_TO})\s+(?P<to>.+)")


def _iberian_addressees(text: str) -> str:
    """The addressees' part of what follows "ao": the office or name, its holder set off by commas
    or in brackets; what comes after the next comma is the subject."""
    text = _IBERIAN_SUBJECT.sub("", text)  # ("ao rei sobre a fuga": no comma before the subject)
    segments = [s.strip() for s in re.split(r",\s+(?![^\[]*\])", _stop_off(text.rstrip(" ,")))]
    kept = [segments[0]]
    rest = segments[1:]
    while rest:
        nxt = rest[0]
        if re.match(rf"(?:e|y)\s+{_IBERIAN_TO}\s", nxt):  # (another addressee)
            kept.append(nxt)
        elif _iberian_name(nxt) and (not _iberian_name(kept[-1]) or _IBERIAN_DON.match(nxt) and len(kept) == 1
                                     and not _IBERIAN_ADDRESS.match(kept[-1])):  # (the office's holder: "al
            #                                                   Gobernador de X, D. Ignacio Ureta, trasladándole …")
            kept.append(nxt)
        else:
            break
        rest = rest[1:]
    return ", ".join(kept)


def _iberian_name(text: str) -> bool:
    """Whether ``text`` is a person's name as catalogues write it ("Luís Vaz de Albergaria", "D. João V"),
    or a peer's title, which names him ("conde de Vilar Seco")."""
    if _IBERIAN_PEER.fullmatch(text.strip()):
        return True
    words = _IBERIAN_ADDRESS.sub("", text.strip()).split()
    return bool(words) and words[0][:1].isupper() and len(words) <= 8 \
        and all(_IBERIAN_NAME_WORD.fullmatch(w) for w in words) and re.sub(r"^d['’]", "", words[-1])[:1].isupper()


def _iberian_party(chunk: str) -> Name | None:
    """One side's party: the holder's name where the catalogue gives it, else the office or body as written."""
    chunk = _stop_off(chunk.strip(" ,"))
    if supplied := _IBERIAN_SUPPLIED.match(chunk):
        name = _IBERIAN_ADDRESS.sub("", supplied["name"].strip())
        return Name(written=name, role=supplied["office"] or None, supplied=True) if name else None
    parts = [p.strip() for p in chunk.split(",") if p.strip()]
    if not parts:
        return None
    if _IBERIAN_BODY_LIST.match(chunk):
        return Name(written=chunk, kind="org")  # ("Cabildo, Justicia y Regimiento de X": one body, its members listed)
    if len(parts) == 1 and (held := _IBERIAN_HELD.match(parts[0])) and not _IBERIAN_ADDRESS.match(parts[0]):
        return Name(written=_IBERIAN_ADDRESS.sub("", held["name"]), role=held["office"])  # ("Gobernador D. Ignacio Ureta")
    names = [p for p in parts if _iberian_name(p)]
    names = [p for p in names if _IBERIAN_DON.match(p) or (_IBERIAN_ADDRESS.sub("", p).split() or [""])[0] in GIVEN_NAMES] \
        or [p for p in names if not _ROLE_ONLY.match(p)] or names
    #        ("Gobernador de X, D. Ignacio Ureta", "Gobernador de Chile, Ambrosio O'Higgins": the man; not "Padre Provincial")
    if names:
        others = [p for p in parts if p is not names[0]]
        return Name(written=_IBERIAN_ADDRESS.sub("", names[0]), role=", ".join(others) or None,
                    role_first=bool(others) and parts.index(names[0]) > 0)
    if len(parts) == 1 and (held := _IBERIAN_OFFICE_NAME.match(parts[0])) and _iberian_name(held["name"]) \
            and not _IBERIAN_NOT_OFFICE.match(parts[0]):
        return Name(written=_IBERIAN_ADDRESS.sub("", held["name"]), role=held["office"])  # ("capitão-mor Manuel Pereira")
    if len(parts) > 1 or not parts[0][:1].islower() or _IBERIAN_NOT_OFFICE.match(parts[0]) \
            and not re.match(r"[a-zà-ÿ]{4,}(?:\s+[a-zà-ÿ]{4,})?\s+(?:de|del|d[ao]s?)\s", parts[0]):
        return None  # (a form of address or "the same": the shapes read them, "del licenciado X", "al mismo"; not
        #             "del gobernador del distrito de X", an office)
    plural = parts[0].split()[0].endswith("s")  # ("oficiais da Câmara", "moradores da vila": a body)
    return Name(written=parts[0], kind="org" if plural else "office")


# A French archive's analysis of a letter (a departmental archive's "pièces isolées", a family's
# papers): "Lettre de X, président du club de Y, à l'agent national du district de Z concernant …",
# "Lettre du sous-préfet de X au préfet de Y sur …", "Lettre adressée à X par Y, …": each side a
# name (an office after it, set off by commas, which may say "à": "propriétaire à Sévérac") or an
# office or body without its article; what follows the addressee ("concernant", "sur", "au sujet
# de" …) is the subject.
_FRENCH_TYPE = (r"(?:(?:copie|minute|brouillon)\s+d['’]une\s+|(?:copie|minute|brouillon|fragment)\s+de\s+(?:la\s+)?"
                r"|(?:saisie|liasse|paquet)\s+de\s+)?lettres?"  # ("Saisie de lettres adressées à A et à B": seized at the post)
                r"(?:\s+(?:circulaires?|autographes?|signées?|d['’]envoi|d['’]avis|d['’]introduction|d['’]excuses?|"
                r"de\s+recommandation|de\s+remerciements?|de\s+condoléances|de\s+félicitations))*(?:\s+\(\d{1,3}\))?")
_FRENCH_FROM = r"(?:d['’]|(?:du|des|de)\s+)"
_FRENCH_TO = r"(?:à\s+la\s+|à\s+l['’]|au\s+(?!nom\s)|aux\s+|à\s+)"
_OF = r"d(?:e|u|es|['’])"
# Where the addressee ends and what the letter is about begins: "concernant …", "au sujet de …", "; réponse en marge"
_FRENCH_SUBJECT = re.compile(
    rf";.*$|(?:[,:]|\.(?=\s+[A-ZÀ-Þ]))?\s+(?:concernant|à\s+l['’]occasion|à\s+propos\s+{_OF}|sur|au\s+sujet\s+{_OF}|relative?s?\s+à|"
    rf"relatifs?\s+à|relativement|en\s+réponse|en\s+vue\s+{_OF}|en\s+date\s+{_OF}|portant|qui\s+l['’]|qui\s+(?:le|la|les|lui|leur)\b|"
    rf"par\s+laquelle|dans\s+laquelle|aux\s+fins\s+{_OF}|suite\s+à|réponse|donnant|demandant|pour|annonçant|accusant|"
    r"remerciant|transmettant|lui|leur|(?:et\s+)?(?:le|la|les|l['’])\s*(?:priant|invitant|informant|remerciant|chargeant|"
    r"engageant|avertissant|prévenant)|et\s+lui|et\s+leur|avec|contenant|priant|informant|exposant|sollicitant|signalant|"
    r"rendant|envoyant|recommandant|réclamant|touchant|en\s+faveur|afin|envoi)(?:(?<=['’])|(?=\W|$)).*$", re.IGNORECASE)
# A court or council after "au", part of an office: "procureur du roi au présidial", "conseiller au parlement"
_FRENCH_COURT = re.compile(r"(?:présidial|parlement|bailliage|châtelet|grand\s+conseil|conseil\s+souverain|sénéchaussée|siège|"
                           r"tribunal|bureau\s+des\s+finances|cour)\b", re.IGNORECASE)
_FRENCH_ITEM = re.compile(rf"(?i:{_FRENCH_TYPE})\s+(?:(?P<from>{_FRENCH_FROM})(?P<by>.+?)(?P<comma>,)?\s+(?P<to_word>{_FRENCH_TO})(?P<to>.+)"
                          rf"|adress[ée]es?\s+(?P<to_word2>{_FRENCH_TO})(?P<to2>.+?)(?:,?\s+par\s+(?P<by2>.+))?"
                          rf"|adress[ée]es?\s+par\s+(?P<by3>.+?)\s+{_FRENCH_TO}(?P<to3>.+))$")
# Someone the analysis does not name: "un soldat", "une inconnue", "ses parents", "son père" (with no name after it)
_FRENCH_UNNAMED = re.compile(r"^(?:(?:un|une)\s+[^,]+|(?:son|sa|ses|leur|leurs)\s+[a-zà-ÿœæ-]+(?:\s+[a-zà-ÿœæ-]+)?)$")
# A relation, then the name: "son frère, Joseph Fraysse, juge de paix …", "sa fille Marie", "un ami, Pierre Maurel"
_FRENCH_KIN = re.compile(r"^(?:son|sa|ses|leur|leurs|un|une)\s+[a-zà-ÿœæ-]+,?\s+(?P<name>[^,]+)")
# A title that stops short of its addressee, cut at its line's end: "… aux consuls de", "…, leur"
_FRENCH_CUT_END = re.compile(r"\s(?:de|du|des|d['’]|à|au|aux|en|et|la|le|les|l['’]|leur|lui|par|pour|sur)$", re.IGNORECASE)
_FRENCH_PLACE_AFTER = re.compile(r"\s*\([^()]+\)$")  # (where the party was: "(Saint-Ybars)")
# A form of address the party's name does without: "au sieur Mathieu Roudil", "à Mme Louise Cazals"
_FRENCH_ADDRESS = re.compile(r"^(?:(?:sieur|dame|demoiselle|maître|Me|M\.|MM\.|Mme|Mmes|Mlle|Mlles|monsieur|madame|"
                             r"mademoiselle|messieurs|citoyen|citoyenne|Monsieur|Madame|Mademoiselle|Citoyen|Citoyenne)\s+)+(?=[A-ZÀ-Þ])"
                             # (… before a surname with its particle: "M. de Montfalcon"; not "dame de Saint-Alby", a lordship)
                             r"|^(?:M\.|Mme|Mlle|monsieur|madame|mademoiselle|citoyen|citoyenne|Monsieur|Madame|Mademoiselle)\s+"
                             rf"(?={_PARTICLE_SURNAME})")
# A peer's or a lord's title, which names him: "comte de Toulouse", "marquise de Pompadour", "dame de Saint-Alby"
_FRENCH_PEER = re.compile(r"(?:comte|comtesse|vicomte|vicomtesse|baron|baronne|marquis|marquise|duc|duchesse|prince|"
                          r"princesse|maréchal|maréchale|chevalier|seigneur|dame|sieur)\s+(?:de\s+(?:la\s+)?|d['’]|du\s+|des\s+)"
                          r"[A-ZÀ-Þ][\w'’-]+(?:[\s-](?:de\s+|d['’])?[A-ZÀ-Þ][\w'’-]+)*")
# A body, not an office: "société populaire", "comité de salut public", "conseil municipal de X"
_FRENCH_BODY = re.compile(r"(?:société|comité|directoire|tribunal|municipalité|conseil|compagnie|chambre|administration|"
                          r"district|club|commission|bureau|académie|assemblée|convention|hospices?|fabrique|communauté|"
                          r"chapitre|consistoire|états|parlement|cour|sénat|ministère|préfecture|mairie|collège|université|"
                          r"congrégation|confrérie|corps|régiment|habitants|officiers|membres)\b", re.IGNORECASE)
_FRENCH_TO_ARTICLE = re.compile(r"(?<!\set)\s+à\s+(?:la\s+|l['’])")
_FRENCH_ARTICLE = re.compile(r"^(?:(?:les|le|la)\s+|l['’]\s*)", re.IGNORECASE)
# Where a side names two parties: "et d'Antoine Roques", "et à l'inspecteur", "et du sous-préfet" (not "et du
# Commerce", "et des Cultes": one office's name)
_FRENCH_AND = re.compile(rf",?\s+et\s+(?=à\s|aux?\s|d['’]|de\s+[A-ZÀ-Þ]|d(?:u|es)\s+[a-zà-ÿ]|(?:le|la|les)\s+[a-zà-ÿ]|l['’][a-zà-ÿ])")
FRENCH_SUMMARY_EXAMPLES = (
    ("Lettre de Raymond de Grandsaigne, président du club de Lunac, à l'agent national du district de Lagarde "
     "concernant la levée en masse", (["Raymond de Grandsaigne"], ["agent national du district de Lagarde"])),
    ("Lettre d'Émile Rouquette, propriétaire à Sévérac, au recteur de l'académie concernant une école",
     (["Émile Rouquette"], ["recteur de l'académie"])),
    ("Lettre du sous-préfet de Villefranche au préfet de la Vionne sur l'épidémie de choléra",
     (["sous-préfet de Villefranche"], ["préfet de la Vionne"])),
    ("Lettres (4) de Léon Lacombe, conseiller général, à Jean de Bonald, concernant le phylloxéra",
     (["Léon Lacombe"], ["Jean de Bonald"])),
    ("Lettre adressée à Barthélemy Boudou, instituteur à Requista, par Étienne Marty, propriétaire, donnant des nouvelles",
     (["Étienne Marty"], ["Barthélemy Boudou"])),
    ("Lettre de Casimir Rouquette et d'Antoine Roques, conseillers municipaux, à l'inspecteur primaire sur le pont",
     (["Casimir Rouquette", "Antoine Roques"], ["inspecteur primaire"])),
    ("Lettre de Pierre Rouquette à Jean Maurel et à Louise Vidal, sur la maladie de leur mère",
     (["Pierre Rouquette"], ["Jean Maurel", "Louise Vidal"])),
    ("Lettre d'Étienne Fraysse à son frère, Joseph Fraysse, juge de paix, annonçant une naissance",
     (["Étienne Fraysse"], ["Joseph Fraysse"])),
    ("Lettre d'un soldat du 25e régiment d'infanterie à ses parents, écrite du front", ([], [])),
    ("Lettre circulaire du préfet de la Vionne aux maires du département concernant la conscription",
     (["préfet de la Vionne"], ["maires du département"])),
    ("Lettre du subdélégué de Villefranche à l'intendant de Montauban au sujet du mariage de sa fille",
     (["subdélégué de Villefranche"], ["intendant de Montauban"])),
    ("Lettre du procureur du roi au présidial à l'intendant de Montauban", (["procureur du roi au présidial"], ["intendant de Montauban"])),
    ("Fragment de lettre adressée à Raymond Soulié, étudiant; le début manque", ([], ["Raymond Soulié"])),
    ("Lettre de Paul Aubert, curé de Saint-Just, à Jean Roux", (["Paul Aubert"], ["Jean Roux"])),
    ("Lettre du préfet de l'Aveyron au maire de Millau et à l'adjoint de Creissels",
     (["préfet de l'Aveyron"], ["maire de Millau", "adjoint de Creissels"])),
    ("Lettre du préfet de l'Aveyron au ministre de l'Agriculture et du Commerce, à Paris",
     (["préfet de l'Aveyron"], ["ministre de l'Agriculture et du Commerce"])),
    ("Lettre du comte de Toulouse à l'intendant de Languedoc", (["comte de Toulouse"], ["intendant de Languedoc"])),
    ("Lettre de Jean Vidal à un ami, Pierre Maurel", (["Jean Vidal"], ["Pierre Maurel"])),
    ("Lettre adressée au directoire du district par les officiers municipaux de Naucelle",
     (["officiers municipaux de Naucelle"], ["directoire du district"])),
    ("Lettres d'état accordées à Jean Vidal", None),  # (an act: no one wrote it to him)
    ("Lettre du procureur du roi au bailliage au lieutenant général de la sénéchaussée",
     (["procureur du roi au bailliage"], ["lieutenant général de la sénéchaussée"])),
    ("Lettre de Jean Dupont à Marie Curie", None),  # (a name each side: the shapes read them)
)


def french_parties(text: str) -> tuple[list[Name], list[Name]] | None:
    """(writers, addressees) of a French archive's analysis where a side is an office or body, or a
    name is set off by an office ("X, propriétaire à Y, à Z"); None where the shapes read it, or the
    text stops short of the addressee (a title cut at its line's end: "… aux consuls de"), or it
    cannot tell which "au" is the addressee's ("du procureur du roi au bailliage au lieutenant")."""
    text = " ".join(text.split()).rstrip(" .")
    if (m := _FRENCH_ITEM.match(text)) is None or _FRENCH_CUT_END.search(text) \
            or m["from"] and m["by"][:1].islower() and not _FRENCH_ARTICLE.match(m["by"]) and m["from"].strip() not in {"du", "des"} \
            and not _FRENCH_UNNAMED.match(m["by"]):
        return None  # (nor "Lettres de naturalité accordées par le Roi", "Lettres d'état": acts, their writer no one)
    if m["to2"] is not None:  # "Lettre adressée à X par Y"
        by, to = m["by2"] or "", m["to2"]  # (a fragment "adressée à X" without its writer)
    elif m["to3"] is not None:  # "Lettre adressée par Y à X"
        by, to = m["by3"], m["to3"]
    else:
        rest = _FRENCH_SUBJECT.sub("", text[m.start("by"):])
        candidates = [c for c in re.finditer(rf"\s+{_FRENCH_TO}", rest) if not rest[:c.start()].endswith(" et")]
        # ("du syndic au procureur du roi au présidial", "du procureur du roi au présidial à l'intendant": the court's
        # "au" is its office's; the other "au", the addressee's)
        offices = [c for c in candidates if _FRENCH_COURT.match(rest, c.end())]
        plain = next((c for c in candidates if c not in offices or c is candidates[-1]), None)
        if plain is None:
            return None
        if "," in rest[:plain.start()]:
            # "X, office [à P], à Y": the addressee after the office set off by commas; a place alone
            # between commas is where someone was ("du commissaire central, à Rodez, au ministre")
            cuts = [c for c in re.finditer(rf",\s+{_FRENCH_TO}", rest)]
            cuts = [c for n, c in enumerate(cuts) if n + 1 == len(cuts) or not re.match(r"[A-ZÀ-Þ][\w'’-]+,", rest[c.end():])]
            if not cuts:
                return None  # ("X, conseiller au parlement, au sujet de …": the office's "au", no addressee)
            cut = cuts[0]
        else:
            cut = plain
            if any(c.start() > cut.start() and c not in offices and c[0].strip().startswith("au") for c in candidates):
                return None  # ("du maire au préfet au sujet …" is read above; "du X au Y au Z": whose is which "au")
        by, to = rest[:cut.start()], rest[cut.end():]
    by, to = _FRENCH_SUBJECT.sub("", by), _FRENCH_SUBJECT.sub("", to)
    sides, kin = [], False
    for side, chunk in (("by", by), ("to", to)):
        names = []
        for part in _french_and(chunk):
            part = _FRENCH_PLACE_AFTER.sub("", part.strip())  # ("au conseil municipal de X (Saint-Ybars)")
            if related := _FRENCH_KIN.match(part):  # "à son frère, Joseph Fraysse, juge de paix": the name
                named = _french_party(related["name"])
                part, kin = (related["name"], True) if named is not None and named.kind == "person" else (part, kin)
            if side == "to" and not _FRENCH_UNNAMED.match(part):
                part = part.split(", ")[0]  # (an office after the addressee's name: "X, instituteur à Requista")
            if not part or _FRENCH_UNNAMED.match(part):
                continue  # ("d'un soldat du 25e régiment", "à ses parents": someone the analysis does not name)
            if (name := _french_party(part)) is None:
                return None
            names.append(name)
        sides.append(names)
    if m["to2"] is None and m["to3"] is None and not kin and all(
            len(side) == 1 and side[0].kind == "person" and (not side[0].role or side[0].role_first) for side in sides):
        return None  # (a name each side, an office after neither: the shapes read them, and the place after them)
    return sides[0], sides[1]


def _french_and(chunk: str) -> list[str]:
    """A side's parties: "X et d'Y", "au maire et à l'adjoint"; "Casimir Rouquette et Antoine Roques" (two
    names of two words at least), not "Roux et Fils", "des Ponts et Chaussées", "Pierre et Paul Maurel"."""
    out = []
    for n, part in enumerate(_FRENCH_AND.split(chunk)):
        part = re.sub(rf"^(?:{_FRENCH_FROM}|{_FRENCH_TO})", "", part) if n else part  # ("… et d'Antoine Roques")
        both = re.fullmatch(r"(?P<a>.+?)\s+et\s+(?P<b>[A-ZÀ-Þ].+)", part.strip())
        if both and all(_iberian_name(both[k].split(", ")[0]) and len(both[k].split(", ")[0].split()) >= 2 for k in "ab"):
            out.extend([both["a"], both["b"]])
        else:
            out.append(part)
    return out


def _french_party(chunk: str) -> Name | None:
    """A name with the office after it ("Raymond Carrière, député à l'Assemblée") or before it
    ("docteur Paul Mercier", "l'abbé Grégoire"), a peer's title ("comte de Toulouse"), or an office
    or body as written without its article ("l'agent national du district de X")."""
    chunk = chunk.strip(" ,")
    if _FRENCH_ADDRESS.match(unarticled := _FRENCH_ARTICLE.sub("", chunk)):
        chunk = unarticled  # ("la citoyenne Victoire d'Estaing": her form of address, its article)
    first, _, role = _FRENCH_ADDRESS.sub("", chunk).partition(", ")
    bare = _FRENCH_ARTICLE.sub("", first)
    if (address := _FRENCH_ADDRESS.match(chunk)) and re.match(_PARTICLE_SURNAME, first):
        return Name(written=first, role=address[0].strip(), role_first=True)  # "M. de Montfalcon": his surname
    if _FRENCH_PEER.fullmatch(bare):
        return Name(written=bare, role=role or None, role_first=False)
    if _iberian_name(first) and not _FRENCH_ARTICLE.match(first):
        return Name(written=first, role=role or None, role_first=False)
    if (held := _IBERIAN_OFFICE_NAME.match(bare)) and " " not in held["office"] and _iberian_name(held["name"]):
        return Name(written=held["name"], role=held["office"])  # ("docteur Paul Mercier", "la veuve Dupuy")
    plural = bare.split()[0].endswith(("s", "x")) and bare.split()[0] not in {"fils", "marquis"}
    if not first[:1].islower() or role and not re.match(r"à\s+[A-ZÀ-Þ][\w'’-]+$", role) or " " not in bare and plural:
        return None  # (nor a body alone, "aux consuls", "aux mêmes": the ones of the papers, the ones above;
        #              an office's place after it goes: "du commissaire central, à Rodez")
    return Name(written=bare, kind="org" if _FRENCH_BODY.match(bare) or plural else "office")


def hungarian_pair(text: str) -> tuple[str, str] | None:
    """(writer, addressee) of a Hungarian heading "A – B-hoz", or None."""
    sender, dash, recipient = text.strip(" .").partition(" – ")
    if not dash:
        sender, dash, recipient = text.strip(" .").partition(" - ")
    words = recipient.split()
    if not dash or not words or len(words) > 6 or len(sender.split()) > 6 or not sender[:1].isupper() \
            or not (_HUNGARIAN_TO.search(words[-1]) and any(w[:1].isupper() for w in words)
                    or words[-1].lower() in _HUNGARIAN_SAME | _HUNGARIAN_UNKNOWN):
        return None
    return sender, recipient


def _hungarian_names(text: str) -> list[Name]:
    words = text.split()
    if words[-1].lower() in _HUNGARIAN_SAME:
        return [Name(written=text, kind="same")]
    if words[-1].lower() in _HUNGARIAN_UNKNOWN:
        return [Name(written=text, kind="unknown")]  # (no one, nor the edition's writer either)
    if " és " in text and len(words) == 4 and words[2] == "és":  # "Fekete Antal és Péter": two Feketes
        return [Name(written=" ".join(words[:2])), Name(written=f"{words[0]} {words[3]}")]
    if " és " in text:  # "Fekete Antalhoz és Mosdóssy Pálhoz": each named whole
        return [name for part in text.split(" és ") for name in _hungarian_names(part)]
    role = [w for w in words if w[:1].islower() and w != "a"]  # ("gróf Darvas Miklóshoz": a count; "a": the)
    name = " ".join(w for w in words if not w[:1].islower())
    return [Name(written=name, role=" ".join(role) or None)] if name else []


# A Hungarian archive list's item names the parties by their cases, no word for "to": the
# addressee with -nak/-nek or -hoz/-hez/-höz on the name's last word, the writer before "levele"
# (his letter) or as the papers' person; what it is about follows ("a szőlőbirtok ügyében").
_HU_LETTER = re.compile(r"(?:^|\s)(?P<word>(?:levele|levelei|levelének\s+(?:másolata|fogalmazványa|kivonata)|"
                        r"levélfogalmazványa|levélmásolata|levelezőlapja|levelezőlapjai|távirata|táviratai|"
                        r"(?:írt|intézett|küldött)\s+(?:levele|levelei|levelének\s+(?:másolata|fogalmazványa)|"
                        r"levélfogalmazványa|levelezőlapja|távirata)))(?=$|[\s,.;])")
_HU_ACCENTS = re.compile(r"[áéíóöőúüű]")
_HU_GIVEN_IN_CASE = re.compile(rf"\b{HUNGARIAN_GIVEN_IN_CASE}\b")
_HU_CASE_END = re.compile(r"\w(?:nak|nek|hoz|hez|höz)\b")  # (cheap, before the table's long pattern)
_HU_ARTICLE = {"a", "az", "A", "Az"}
# … a rank, a title or a nobility predicate before a name: "báró", "dr.", "ifj.", "kisrédei"
_HU_PREDICATE = re.compile(r"báró|bárónő|gróf|grófné|herceg|dr\.|id\.|ifj\.|özv\.|vitéz|[a-záéíóöőúüű]{3,}i")
# … kin named before the name, which is what the register wants: "Fiának, Bánffalvi Gábornak"
_HU_KIN = re.compile(r"^(?:fiának|fiainak|leányának|lányának|feleségének|férjének|anyjának|apjának|testvérének|"
                     r"öccsének|bátyjának|nővérének|húgának|unokájának|sógorának|vejének|menyének|nagybátyjának)\b,?\s*",
                     re.IGNORECASE)
_HU_ORG = ("akadémi", "takarékpénztár", "tanács", "társulat", "egyesület", "egylet", "bizottság", "hivatal",
           "minisztérium", "múzeum", "igazgatóság", "elöljáróság", "káptalan", "konzisztórium", "egyház", "bank",
           "intézet", "gyűlés", "kollégium", "szerkesztőség", "kiadóhivatal")
_HU_OFFICE = re.compile(r"(?:ispán|alispán|főispán|püspök|lelkész|jegyző|bíró|igazgató|elnök|polgármester|"
                        r"szolgabíró|titkár|kapitány|parancsnok)(?:j)?a$")  # ("Pest vármegye alispánja")
HUNGARIAN_ITEM_EXAMPLES = (  # (the text, the papers' person, the parties as the register knows them)
    ("Varga Károlynak a szőlőbirtok ügyében", "Bánffalvi Ádám", (["Bánffalvi Ádám"], ["Varga Károly"])),
    ("Fiának, Bánffalvi Gábornak a megyegyűlésről", "Bánffalvi Ádám", (["Bánffalvi Ádám"], ["Bánffalvi Gábor"])),
    ("Fazekas Gyulának és Kovács Imrének", "Bánffalvi Ádám", (["Bánffalvi Ádám"], ["Fazekas Gyula", "Kovács Imre"])),
    ("Somogyi Dénesnek és Teréziának", None, ([], ["Somogyi Dénes", "Somogyi Terézia"])),
    ("Bognár József levele", None, (["Bognár József"], [])),
    ("Bognár Károly levelének másolata a szőlőbirtok ügyében", None, (["Bognár Károly"], [])),
    ("Katona Miklós levele Bánffalvi Ádámnak", None, (["Katona Miklós"], ["Bánffalvi Ádám"])),
    ("Fazekas Pál Bánffalvi Ádámnak írt levelének másolata", None, (["Fazekas Pál"], ["Bánffalvi Ádám"])),
    ("Bánffalvi Gábor Fazekas Jánosnéhoz intézett levele a birtokrendezés ügyében", None,
     (["Bánffalvi Gábor"], ["Fazekas Jánosné"])),
    ("Fábián Elek és Julianna levele", None, (["Fábián Elek", "Fábián Julianna"], [])),
    ("báró Ercsey Miklósné távirata a szőlőbirtok ügyében", None, (["Ercsey Miklósné"], [])),  # (her rank a role)
    ("Bánffalvi Ádám levele a helytartótanácsnak", None, (["Bánffalvi Ádám"], ["helytartótanács"])),
    ("A Pesti Hazai Első Takarékpénztár levele", None, (["Pesti Hazai Első Takarékpénztár"], [])),
    ("Pest vármegye alispánjának", "Bánffalvi Ádám", (["Bánffalvi Ádám"], ["Pest vármegye alispánja"])),
    ("Ugyanaz ugyanannak", None, (["Ugyanaz"], ["ugyanannak"])),  # (the parties of the item before)
    ("Ugyanazon személynek az országgyűlési választásról", "Bánffalvi Ádám", (["Bánffalvi Ádám"], ["Ugyanazon személynek"])),
    ("Fazekas Gyula levele ismeretlennek", None, (["Fazekas Gyula"], [])),  # (to someone unknown: nobody named)
    ("Bánffalvi Ádám jegyzetei a megyegyűlésről", None, None),  # (his notes: no letter)
)


def _hu_side(words: list[str]) -> list[Name] | None:
    """The names of one side, in the case the words are written in ("Varga Károlynak és Kovács
    Imrének"): each its written form and its nominative (inflection.hungarian_nominative)."""
    if not words:
        return None
    if words[0] in _HU_ARTICLE:
        words = words[1:]
    text = " ".join(words)
    low = text.lower()
    if low in _HUNGARIAN_SAME or low in {"ugyanazon személynek", "ugyanazon személyhez"}:
        return [Name(written=text, kind="same")]
    if low in _HUNGARIAN_UNKNOWN:
        return []
    if " és " in text:
        parts = [p.split() for p in text.split(" és ")]
        if len(parts) == 2 and len(parts[1]) == 1 and len(parts[0]) >= 2 and parts[1][0][:1].isupper():
            parts[1] = [parts[0][-2], parts[1][0]]  # "Somogyi Dénesnek és Teréziának": two Somogyis
        names = [_hu_side(part) for part in parts]
        return None if any(n is None for n in names) else [n for found in names for n in found]  # type: ignore[union-attr]
    if not words or len(words) > 6:
        return None
    last = hungarian_uncased(words[-1]) or words[-1]
    nominative = " ".join([*words[:-1], last]) if last != words[-1] else None
    if any(o in last.lower() for o in _HU_ORG):
        return [Name(written=text, identified=nominative, kind="org")]
    if _HU_OFFICE.search(last):
        return [Name(written=text, identified=nominative, kind="office")]
    lead = next((k for k, w in enumerate(words) if not w[:1].islower()), len(words))
    role, name = words[:lead], words[lead:]  # (a rank or a predicate before the name, none after it)
    if len(name) < 2 or any(not re.fullmatch(r"[A-ZÁÉÍÓÖŐÚÜŰ][\wáéíóöőúüű'’-]*", w) for w in name) \
            or any(not _HU_PREDICATE.fullmatch(w) for w in role):
        return None  # ("Józef Nowak do ojca o dzbanek": Polish, its small words no Hungarian rank)
    bare = " ".join(name)
    own = hungarian_nominative(bare)
    if own is None and _HUNGARIAN_TO.search(bare) and re.search("[őűŐŰ]", bare):  # (a given name not in the table)
        own = f"{' '.join(name[:-1])} {hungarian_uncased(name[-1])}"
    if own is None and _HUNGARIAN_TO.search(bare):
        return None  # ("Josef Malínek": no Hungarian name in a case)
    return [Name(written=bare, identified=own, role=" ".join(role) or None)]


def hungarian_item(text: str) -> tuple[list[Name], list[Name]] | None:
    """(senders, recipients) of a Hungarian archive list's item (HUNGARIAN_ITEM_EXAMPLES), or
    None where it is no letter so written."""
    text = _HU_KIN.sub("", text.strip(" .,"))
    letter = _HU_LETTER.search(text)
    if not (letter or _HU_ACCENTS.search(text) or text.lower().startswith("ugyan")
            or _HU_CASE_END.search(text) and _HU_GIVEN_IN_CASE.search(text)):
        return None  # ("Nagy Tivadarnak": no accent, a Hungarian given name in its case)
    words = text.split()
    if letter is None:
        lead = words[1:] if words[:1] and words[0].lower() in {"ugyanaz", "ugyanazok"} else []
        rest = words[1:] if lead else words
        end = next((k for k, w in enumerate(rest[:7]) if _HUNGARIAN_TO.search(w.rstrip(",.")) and
                    not (k + 2 < len(rest) and rest[k + 1] == "és" and rest[k + 2][:1].isupper())), None)
        if end is None or words[0][:1].islower() and words[0] not in _HU_ARTICLE and not _HU_PREDICATE.fullmatch(words[0]):
            return None
        recipients = _hu_side([*rest[:end], rest[end].rstrip(",.")])  # (its last word's stop: not "dr."'s)
        if recipients is None:
            return None
        return ([Name(written=words[0], kind="same")] if lead else []), recipients
    before = text[:letter.start()].split()
    after = text[letter.end():].split()
    recipients: list[Name] | None = []
    if letter["word"].split()[0] in {"írt", "intézett", "küldött"}:
        end = next((k for k, w in enumerate(before) if k >= 2 and _HUNGARIAN_TO.search(w)), None)
        start = next((k for k in range(1, len(before)) if before[k][:1].isupper() and k >= 2
                      or before[k] in _HU_ARTICLE), None)
        if end is None or start is None or start > end:
            return None
        capitals = [k for k, w in enumerate(before[:end + 1]) if w[:1].isupper()]
        if len(capitals) >= 4:  # "Bánffalvi Ádámné Fodor Istvánhoz": two and two
            start = capitals[2]
            while start and before[start - 1][:1].islower() and before[start - 1] not in {"és"}:
                start -= 1
        before, recipients = before[:start], _hu_side(before[start:end + 1])
    elif after:
        end = next((k for k, w in enumerate(after[:6]) if _HUNGARIAN_TO.search(w.rstrip(",.")) and
                    not (k + 2 < len(after) and after[k + 1] == "és")), None)
        if end is not None:
            recipients = _hu_side([*after[:end], after[end].rstrip(",.")]) or []
        elif after[0].lower() in _HUNGARIAN_UNKNOWN:
            recipients = []
    senders = _hu_side(before) if before and before[0].lower() not in {"ismeretlen"} else []
    if before and before[0].lower() in {"ugyanaz", "ugyanazok"}:
        senders = [Name(written=before[0], kind="same")]
    if senders is None or recipients is None:
        return None
    return senders, recipients


# A Romanian inventory's item: "Scrisoare de la A către B, despre …" (a letter from A to B, about
# …), "Scrisoare adresată B de A", "Scrisoarea lui A către B", "Adresa Tribunalului Iași către B"
# (an office's letter), "Ciornă de scrisoare de la A către B", "Scrisoare nesemnată către B"
# (unsigned), "Scrisori (3) de la A către B", "… de la același către B" (the writer before).
_RO_TYPE = (r"(?:scrisoare|scrisoarea|scrisori|ciornă\s+de\s+scrisoare|ciorna\s+scrisorii|copie\s+de\s+scrisoare|"
            r"copia\s+scrisorii|telegramă|telegrama|carte\s+poștală|adresa|adresă)")
_RO_ITEM = re.compile(rf"^(?P<type>{_RO_TYPE})(?:\s*\((?:în\s+limba\s+[^()]*|\d{{1,3}})\))?(?P<unsigned>\s+nesemnată)?"
                      r"(?:\s+adresată\s+(?P<to>.+?)\s+de(?:\s+la)?\s+(?P<by>.+?)"
                      r"|(?:\s+(?:de\s+la|ale|al|a|lui|a\s+lui))?\s+(?P<from>.*?)\s*\bcătre\s+(?P<recipient>.+?)"
                      r"|\s+adresată\s+(?P<only>.+?))"
                      r"(?=,\s+(?:despre|privind|cu|în|prin|pentru|la|asupra|relativ)\b|\.?\s*\(|\.?$)", re.IGNORECASE)
_RO_SAME = {"același", "aceeași", "aceiași", "acelaşi", "aceeaşi"}
_IDEM_ALONE = re.compile(r"^Idem\s*,\s+(?:despre|privind|cu|în|pentru|asupra)\b")  # (what it is about, no party named)
ROMANIAN_EXAMPLES = (
    ("Scrisoare de la paharnicul Vasile Tufescu către serdarul Iordache Răducanu, despre holeră",
     (["Vasile Tufescu"], ["Iordache Răducanu"])),
    ("Scrisoare adresată serdarului Iordache Răducanu de Costin Buzdugan, despre epidemie",
     (["Costin Buzdugan"], ["Iordache Răducanu"])),
    ("Scrisoarea lui Gheorghe Manoliu către Costache Răducanu", (["Gheorghe Manoliu"], ["Costache Răducanu"])),
    ("Adresa Tribunalului Iași către serdarul Iordache Răducanu", (["Tribunalului Iași"], ["Iordache Răducanu"])),
    ("Scrisoare nesemnată către Maria Răducanu, despre boală", ([], ["Maria Răducanu"])),
    ("Scrisori (3) de la Petrache Lazu către Maria Răducanu", (["Petrache Lazu"], ["Maria Răducanu"])),
    ("Idem, despre arendarea moșiei Ruginoasa", (["Idem"], ["Idem"])),  # (the parties of the item before)
    ("Act de vânzare a unei vii la Socola", None),
)


def romanian_item(text: str) -> tuple[list[Name], list[Name]] | None:
    """(senders, recipients) of a Romanian inventory's item (ROMANIAN_EXAMPLES), or None."""
    if _IDEM_ALONE.match(text.strip()):  # "Idem, despre arendarea moșiei": from the same to the same
        return [Name(written="Idem", kind="same")], [Name(written="Idem", kind="same")]
    found = _RO_ITEM.match(text.strip())
    if found is None:
        return None
    sender = found["by"] or found["from"] or ""
    recipient = found["to"] or found["recipient"] or found["only"] or ""

    def side(part: str) -> list[Name] | None:
        words = part.strip(" ,.").split()
        if not words:
            return []
        if words[0].lower() in _RO_SAME:
            return [Name(written=words[0], kind="same")]
        lead = next((k for k, w in enumerate(words) if w[:1].isupper()), len(words))
        role, name = words[:lead], words[lead:]
        if not name or len(role) > 2 or any(w[:1].islower() and w not in {"a", "de", "din", "Sf."} for w in name):
            return None
        written = " ".join(name)
        kind = "org" if _kind(written) == "org" or len(name) >= 2 and name[0].lower().endswith(("ului", "ei", "iei")) \
            and name[0].lower().startswith(("tribunal", "epitropi", "băncii", "prim", "minister", "consili")) else "person"
        return [Name(written=written, kind=kind, role=" ".join(r for r in role if r != "lui") or None)]

    senders = [] if found["unsigned"] else side(sender)
    recipients = side(recipient)
    if senders is None or recipients is None or not (senders or recipients):
        return None
    return senders, recipients


# A Welsh schedule's item (lines.welsh_opening): "Oddi wrth ei wraig, Ann Hughes, Lerpwl" (from his
# wife, Ann Hughes, at Liverpool), "Gan y Parch. William Evans" (by the Rev.; the article left out),
# "At Mr a Mrs David Jarman" (a couple), "Llythyr gan A at B", "Cp. at yr un" (a postcard to the
# same), "Yr un at yr un", "Gan rywun anhysbys" (someone unknown), "At olygydd Y Faner" (an office,
# mutated: "golygydd", editor), "Llythyrau Owen Hughes, Scranton, at ei rieni, Ellis ac Ann Hughes"
# (a file's heading: his letters to his parents). Names are kept as written, mutated or not.
_CY_JUXTAPOSED = re.compile(rf"^(?i:llythyrau|llythyr)(?:\s*\(\d{{1,3}}\))?\s+(?=[A-ZÀ-Þ])")
_CY_AT = re.compile(r"(?:^|,?\s+)at\s+(?=\S)")
_CY_SAME = re.compile(r"^yr\s+un$", re.IGNORECASE)
_CY_UNKNOWN = re.compile(r"^(?:g?ohebydd|rh?ywun|llythyrwr|awdur)\s+anhysbys|^anhysbys$", re.IGNORECASE)
_CY_RELATION = re.compile(r"^(?:ei|eu|fy|ein)\s+(?:wraig|gwraig|ŵr|gŵr|frawd|brawd|chwaer|ferch|merch|fab|mab|fam|mam|dad|"
                          r"tad|rieni|rhieni|nai|nith|ewythr|fodryb|modryb|gyfaill|cyfaill|gefnder|cefnder|fab-yng-nghyfraith|"
                          r"wyres|ŵyr|blant|plant)(?:\s+yng\s+nghyfraith)?\b", re.IGNORECASE)
_CY_OFFICE = re.compile(rf"^{WELSH_OFFICE}\b", re.IGNORECASE)  # ("olygydd Y Faner": the editor of Y Faner)
_CY_COUPLE = re.compile(r"^(?P<his>Mr|Capten|Parch\.|Dr)\s+(?:a|ac)\s+(?P<hers>Mrs)\s+(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)+)$")
_CY_AND = re.compile(r"\s+(?:a|ac)\s+(?=[A-ZÀ-Þ])")
_CY_WEEKDAY = re.compile(r"^(?:nos|dydd|bore|prynhawn)\s+(?:sul|lun|llun|fawrth|mawrth|fercher|mercher|iau|wener|gwener|sadwrn)$",
                         re.IGNORECASE)
WELSH_EXAMPLES = (
    ("Oddi wrth Sarah Lloyd, Aberdyfi", (["Sarah Lloyd"], [], "Aberdyfi")),
    ("Gan y Parch. William Evans, Aberystwyth", (["Parch. William Evans"], [], "Aberystwyth")),
    ("Oddi wrth ei wraig, Ann Hughes, Lerpwl", (["Ann Hughes"], [], "Lerpwl")),
    ("At Mr a Mrs David Jarman", ([], ["Mr David Jarman", "Mrs David Jarman"], None)),
    ("Gan Mrs Margaret Edwards a Capten Dafydd Pryce, Caernarfon",
     (["Mrs Margaret Edwards", "Capten Dafydd Pryce"], [], "Caernarfon")),
    ("Llythyr gan Mr Hugh Jones at Wen Owen", (["Mr Hugh Jones"], ["Wen Owen"], None)),
    ("Llythyr oddi wrth Mari Howells at Tomos Bevan", (["Mari Howells"], ["Tomos Bevan"], None)),
    ("Llythyrau (3) oddi wrth Jane Hughes at Robert Hughes", (["Jane Hughes"], ["Robert Hughes"], None)),
    ("Cerdyn post oddi wrth Gwilym Price at Ann Hughes", (["Gwilym Price"], ["Ann Hughes"], None)),
    ("Drafft o lythyr at y Parch. John Price", ([], ["Parch. John Price"], None)),
    ("Cp. at yr un", ([], ["yr un"], None)),  # (the same: the recipient of the item before)
    ("Yr un at yr un", (["Yr un"], ["yr un"], None)),
    ("Yr un at Jane Hughes", (["Yr un"], ["Jane Hughes"], None)),
    ("Gan rywun anhysbys, Y Drenewydd", (["rywun anhysbys"], [], "Y Drenewydd")),  # (someone unknown: no one)
    ("At olygydd Y Faner", ([], ["olygydd Y Faner"], None)),
    ("Oddi wrth Ysgrifennydd Cymdeithas y Beiblau, Aberystwyth", (["Ysgrifennydd Cymdeithas y Beiblau"], [], "Aberystwyth")),
    ("Gan Ioan Meirion (John Jones), Caernarfon", (["Ioan Meirion"], [], "Caernarfon")),
    ("Oddi wrth Mr Hugh Jones, Aberystwyth, Nos Sadwrn", (["Mr Hugh Jones"], [], "Aberystwyth")),
    ("Llythyrau Owen Hughes, Scranton, Pennsylvania, at ei rieni, Ellis ac Ann Hughes",
     (["Owen Hughes"], ["Ellis Hughes", "Ann Hughes"], "Scranton, Pennsylvania")),
    ("At ei fam yn unig", None),  # (his mother: a relation, no name)
    ("At Windsor Castle", None),
    ("Englyn coffa i'r Parch. John Foulkes, gan Ioan Meirion", None),
)


def welsh_item(text: str) -> tuple[list[Name], list[Name], str | None] | None:
    """(senders, recipients, place of writing) of a Welsh schedule's item (WELSH_EXAMPLES), or None."""
    text = text.strip().rstrip(" .")
    opening = welsh_opening(text)
    juxtaposed = _CY_JUXTAPOSED.match(text) if opening is None else None
    if opening is None and (juxtaposed is None or not _CY_AT.search(text)):
        return None
    if juxtaposed is not None:  # "Llythyrau Owen Hughes, …, at ei rieni, …": his letters
        word, rest = "gan", text[juxtaposed.end():]
    else:
        word, rest = " ".join(opening["word"].lower().split()), opening["rest"]
    if word == "at":
        sender, recipient = None, rest
    elif word == "yr un":
        sender, recipient = text[:opening.end("word")].strip(), re.sub(r"^at\s+", "", rest)
    else:
        at = next((m for m in _CY_AT.finditer(rest) if m.start() and rest[:m.start()].count("(") == rest[:m.start()].count(")")),
                  None)
        sender, recipient = (rest[:at.start()], rest[at.end():]) if at else (rest, None)
    read_sender = _cy_side(sender) if sender is not None else ([], None)
    read_recipient = _cy_side(recipient) if recipient is not None else ([], None)
    if read_sender is None or read_recipient is None or not (read_sender[0] or read_recipient[0]):
        return None
    return read_sender[0], read_recipient[0], read_sender[1] or read_recipient[1]


def _cy_side(text: str) -> tuple[list[Name], str | None] | None:
    """The names of one side of a Welsh item and the place after them ("ei wraig, Ann Hughes,
    Lerpwl": Ann Hughes, Lerpwl), or None where it names no one ("ei fam yn unig")."""
    pieces = [p.strip() for p in re.split(r",\s+(?![^()]*\))", text.strip(" ,.")) if p.strip()]
    if not pieces:
        return None
    head = pieces.pop(0)
    if _CY_SAME.match(head):
        return [Name(written=head, kind="same")], None
    if _CY_UNKNOWN.match(head):  # (kept till _finish, so that no writer is implied on its side)
        names: list[Name] = [Name(written=head, kind="unknown")]
    else:
        if _CY_RELATION.match(head):  # "ei wraig, Ann Hughes": who she is after the relation
            if not pieces or _CY_RELATION.match(head).end() < len(head):
                return None
            head = pieces.pop(0)
        head = re.sub(r"^(?:y|yr)\s+(?=[A-ZÀ-Þ])", "", head)  # ("y Parch. X")
        if _CY_OFFICE.match(head):
            names = [Name(written=head, kind="office")]
        elif couple := _CY_COUPLE.match(head):  # "Mr a Mrs Ifan Rowlands": he and she
            names = [Name(written=couple["name"], role=couple["his"]), Name(written=couple["name"], role=couple["hers"])]
        else:
            read = parse_party_list(_CY_AND.sub(" and ", head))
            if read is None or not read.names or any(n.written[:1].islower() for n in read.names):
                return None
            names = list(read.names)
            last = names[-1].written.split()
            for k, name in enumerate(names[:-1]):  # ("Ellis ac Ann Hughes": both Hughes)
                if " " not in name.written and len(last) >= 2 and name.kind == "person" and not name.role:
                    names[k] = replace(name, written=f"{name.written} {last[-1]}")
    places = []
    for piece in pieces:
        if _CY_WEEKDAY.match(piece) or not re.fullmatch(r"(?:Y\s+)?[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2}", piece):
            break
        places.append(piece)
    return names, ", ".join(places) or None


# An Estonian literary museum's list (nimestik): "Kiri Villem Kikasele. Tallinn" (a letter to him, the
# allative -le; from the papers' person), "Pk. tütrele Elfriede Saarele" (a postcard to his daughter
# E.), "Kirja kavand Jaan ja Kadri Kuusikule" (a draft to both), "Kiri samale" (to the same), "Marie
# Saare kiri Elfriede Saarele" (the writer in the genitive first), "Sama samale", "Tundmatu kiri X-le"
# (someone unknown's). Names stay as written, in their case.
_ET_TYPE = r"(?:kirja\s+ärakiri|kirja\s+kavand|kirja\s+koopia|kirjad|kiri|\d{1,3}\s+kirja|postkaart|pk\.|telegramm)"
_ET_ITEM = re.compile(rf"^(?:(?P<sender>(?:[A-ZÀ-ÞŠŽÕÄÖÜ][\w.'’-]*\s+){{0,3}}[A-ZÀ-ÞŠŽÕÄÖÜ][\w'’-]*|[Tt]undmatu|[Ss]ama)\s+)?"
                      rf"(?P<type>(?i:{_ET_TYPE}))(?:\s+\(\d{{1,3}}\))?(?:\s+(?P<to>(?:[^.]|(?<=\b[A-ZÀ-ÞŠŽÕÄÖÜ])\.)+?))?"
                      r"(?:(?<!\b[A-ZÀ-ÞŠŽÕÄÖÜ])\.\s+(?P<place>[A-ZÀ-ÞŠŽÕÄÖÜ][\w'’-]+(?:\s[A-ZÀ-ÞŠŽÕÄÖÜ][\w'’-]+)?))?"
                      r"(?:[,.]?\s+(?:dat-ta|s\.\s?a|pt|u)\.?)?\.?$")  # ("…. Rakvere, dat-ta": undated, the date after it)
_ET_HINT = re.compile(r"kiri|kirja|pk\.|postkaart|telegramm|samale", re.IGNORECASE)
_ET_EXTENT = re.compile(r"[.,]?\s+\d{1,3}\s?l\.?$")  # ("…. s.a. 3 l.": its leaves)
_ET_KIN = re.compile(r"^(?:pojale|tütrele|abikaasale|vanematele|emale|isale|vennale|õele|naisele|mehele|sõbrale|lastele)\s+",
                     re.IGNORECASE)
_ET_SAME = {"sama", "samale", "samalt"}
ESTONIAN_EXAMPLES = (
    ("Kiri Villem Kikasele. Tallinn", ([], ["Villem Kikasele"], "Tallinn")),
    ("Pk. tütrele Elfriede Saarele", ([], ["Elfriede Saarele"], None)),
    ("Kirja kavand Jaan ja Kadri Kuusikule. Viljandi", ([], ["Jaan Kuusikule", "Kadri Kuusikule"], "Viljandi")),
    ("Kiri H. ja M. Saarele", ([], ["H. Saarele", "M. Saarele"], None)),
    ("Kiri samale. Tartu", ([], ["samale"], "Tartu")),
    ("Marie Saare kiri Elfriede Saarele. Rakvere", (["Marie Saare"], ["Elfriede Saarele"], "Rakvere")),
    ("Sama samale. Riia", (["Sama"], ["samale"], "Riia")),
    ("Tundmatu kiri Oskar Saarele", (["Tundmatu"], ["Oskar Saarele"], None)),
    ("Oskar Saare kirjad vanematele Hendrik ja Marie Saarele", (["Oskar Saare"], ["Hendrik Saarele", "Marie Saarele"], None)),
    ("Kiri Eesti Kooliõpetajate Liidule. Tartu", ([], ["Eesti Kooliõpetajate Liidule"], "Tartu")),
    ("6 kirja H. ja M. Saarele", ([], ["H. Saarele", "M. Saarele"], None)),  # (six letters)
    ("Kiri. Peterburi", None),  # (no party: the group's heading names the writer)
    ("Kirill Petrov to Ivan Orlov", None),
)


# A Finnish edition's contents: a letter by its addressee in the allative ("Saloniukselle heinäk. 1846": to
# Salonius; "Veljelleen Kaarlolle": to his brother Kaarlo), one received by its writer in the ablative
# ("Rönnholmilta"); the edition's writer the other side. The case is undone by its ending (FINNISH_EXAMPLES).
_FI_KIN = re.compile(r"^(?:veljelleen|sisarelleen|isälleen|äidilleen|vaimolleen|pojalleen|tyttärelleen|ystävälleen|"
                     r"veljeltään|sisareltaan|isältään|äidiltään|vaimoltaan|kirje|kirjeet|kirjekortti|postikortti)\s+",
                     re.IGNORECASE)  # (his relation, or the type: "Kirje Saloniukselle")
_FI_TITLE = re.compile(r"^(?:tohtori|herra|rouva|neiti|professori|maisteri|pastori|rovasti|kirkkoherra)\s+", re.IGNORECASE)
_FI_ALONE = {"vaimolle", "isälle", "äidille", "veljelle", "sisarelle", "pojalle", "tyttärelle", "ystävälle"}  # (no name)
FINNISH_EXAMPLES = (("Saloniukselle", "Salonius", "to"), ("Kirje Saloniukselle", "Salonius", "to"), ("Tikkaselle", "Tikkanen", "to"), ("Rönnholmille", "Rönnholm", "to"),
                    ("Mäkelälle", "Mäkelä", "to"), ("Veljelleen Kaarlolle", "Kaarlo", "to"), ("Rönnholmilta", "Rönnholm", "from"),
                    ("J. V. Snellmanille", "J. V. Snellman", "to"), ("Fredrik Granfeltille", "Fredrik Granfelt", "to"),
                    ("Tohtori Kastelinille", "Kastelin", "to"), ("Michelle", None, None), ("Camille", None, None),
                    ("From Lord Melville", None, None), ("Lord Grenville", None, None), ("An Trolle", None, None),
                    ("Peralta", None, None), ("Castille", None, None), ("Herman Melville", None, None), ("Vaimolle", None, None))


def finnish_item(text: str) -> tuple[str, str, str] | None:
    """(the name as written, in the nominative, "to" or "from") of a Finnish item that is its party in the
    allative or the ablative alone, initials or given names before it (FINNISH_EXAMPLES), or None."""
    bare = _FI_TITLE.sub("", _FI_KIN.sub("", text.strip(" .")))  # ("Tohtori Kastelinille": to Dr. Kastelin)
    *before, word = bare.split() or [""]
    if not re.fullmatch(r"[A-ZÅÄÖ][\wåäö-]{2,}", word) or word in GIVEN_NAMES or word.lower() in _FI_ALONE \
            or not all(re.fullmatch(r"(?:[A-ZÅÄÖ]\.)+", w) or w in GIVEN_NAMES for w in before):
        return None  # (not "From Lord Melville", "De Joinville": words before it that are no given names)
    found = finnish_case(word)
    return (bare, " ".join([*before, found[0]]), found[1]) if found else None


def estonian_item(text: str) -> tuple[list[Name], list[Name], str | None] | None:
    """(senders, recipients, place) of an Estonian list's item (ESTONIAN_EXAMPLES), or None."""
    text = text.strip()
    if not _ET_HINT.search(text):  # (most titles: cheaply passed over)
        return None
    text = _ET_EXTENT.sub("", text)
    if text.lower().startswith("sama samale"):
        place = text[len("sama samale"):].strip(" .") or None
        return [Name(written=text.split()[0], kind="same")], [Name(written="samale", kind="same")], place
    found = _ET_ITEM.match(text)
    if found is None or not found["to"]:
        return None
    sender = found["sender"]
    if sender is None and not found["type"][:1].isupper() and not found["type"][:1].isdigit() \
            or sender is not None and found["type"][:1].isupper():
        return None  # (the type opens the item, or follows its writer in small letters)
    to = _ET_KIN.sub("", found["to"].strip())
    words = to.split()
    # (the allative after a vowel, "Kikasele", "Ojale", of a name of two words at least: not "Doyle",
    # "Castle", "Halle", "Kiri Doyle")
    if not words or words[-1].lower() not in _ET_SAME and (not re.search(r"[aeiuõäöü]le$", words[-1]) or len(words) < 2):
        return None
    if words[-1].lower() in _ET_SAME:
        recipients = [Name(written=words[-1], kind="same")]
    else:
        if not all(w[:1].isupper() or w in {"ja", "von", "de"} for w in words):
            return None
        *given, surname = words
        parts = " ".join(given).split(" ja ") if " ja " in f" {' '.join(given)} " and len(words) >= 3 else [" ".join(given)]
        recipients = [Name(written=f"{part.strip()} {surname}".strip(), kind=_kind(f"{part} {surname}")) for part in parts]
    senders = [] if sender is None else [Name(written=sender, kind="same" if sender.lower() == "sama" else
                                              "unknown" if sender.lower() == "tundmatu" else "person")]
    return senders, recipients, found["place"]


def names_a_party(text: str) -> bool:
    """Whether a title names anyone ("Dopis, Praha (o …)" does not; "Dopis Karlu Vondráčkovi" does)."""
    czech = czech_parties(text)
    if czech is not None:
        return bool(czech[0] or czech[1])
    return bool(parse_title(text).names())


def _opener_word(heading: re.Match[str]) -> str:
    """The word for "to" or "from" an opener matched (_OPENER's or _TYPED_OPENER's), lower case."""
    return heading.group(heading.lastindex or 1).lower()


def _names_recipient(heading: re.Match[str], text: str, place: str | None = None) -> bool:
    """A "From X" title that names its recipient too ("Von A an B"): the writer is not implied
    as its recipient, even when B could not be read (that would invent a fact)."""
    word = _opener_word(heading).rstrip("'’")
    after = _RECIPIENT_AFTER.get("de" if word in {"d", "du", "del"} or word in _ITALIAN_FROM_WORDS else word)
    rest = text[heading.end():]
    if subject := _SUBJECT.search(rest):  # ("Carta de X, recomendando a su sobrino": the subject's "a" names no one)
        rest = rest[:subject.start()]
    if place:  # ("Da X — Santa Lucia al Piano": a place's "al" names no one)
        rest = rest.replace(place, "")
    # (nor an office's: "De X, notaire à Andenne")
    return bool(after and [m for m in _top_positions(rest, after) if not _office_place(rest, m)])


def _office_place(text: str, word: re.Match[str]) -> bool:
    """"à" (or Italian "a") after an office set off after a name: "X, notaire à Lyon" names a place;
    "to" after an office whose holder is set off after it: "the Soviet Ambassador to China, Pavel
    Yudin, to Mao Zedong" names the country he was sent to; "to" in "the Secretary to the Government of
    India" where another "to" parts the sides."""
    said = word.group().strip().lower()
    if said == "to" and _SERVING_BEFORE.search(text, 0, word.start()) and _SERVED_AFTER.match(text, word.end()) \
            and len(re.findall(r"\sto\s", text)) >= 2:
        return True  # ("X to the Secretary to the Government of India": one office; not "The Foreign Secretary to the
        #              Government of France", a letter to it)
    if said == "to":
        return _OFFICE_TO.search(text, 0, word.start()) is not None and _SET_OFF_TO.match(text, word.end()) is not None
    return said in {"à", "a", "au", "aux"} and _OFFICE_AT_END.search(text[:word.start()]) is not None
    #      ("X, conseiller au parlement de Toulouse, aux consuls": the first "au" is the office's too)


_OFFICE_TO = re.compile(rf"\b(?:{OFFICES['en']})\s*$")
_SERVING_BEFORE = re.compile(r"(?<!Foreign\s)(?<!Colonial\s)(?<!Private\s)\b(?:Secretary|Under-Secretary|Agent)\s*$")
_SERVED_AFTER = re.compile(r"\s*the\s+(?:Government|Governor-General)\b")
_SET_OFF_TO = re.compile(r"\s*(?:the\s+)?[A-Z][^,]{1,40},\s*[A-Z][^,]{2,40},\s+to\s+\S")


_PARTY_PROBLEMS = ("no sender", "no recipient", "the other party", "brackets not understood")


_CALLING = re.compile(rf"(?:[A-Z][\w-]*\s+){{0,3}}(?:{_OFFICES}|Engineers?|Consultants?|Architects?|Surveyors?)")
#                       ("Panel Engineer", "Consulting Engineers": a registry's callings after a name)


def affiliation(text: str) -> bool:
    """A firm, a body or an office, or several ("Pritchard & Tebbutt, Consulting Engineers"), no name."""
    chunks = [c.strip() for c in text.split(",")]
    return all(c and (_kind(c) == "org" or " & " in c or _CALLING.fullmatch(c)) for c in chunks)


_CASED_SHAPES = {"latvian", "lithuanian", "icelandic"}  # (titles whose names are read by their case, each a nominative)


def _more_named(said: list[Name], labelled: list[Name], cased: bool = False) -> list[Name]:
    """A side as its field names it, but where the title names more on that side, each the
    field names among them ("Briefentwurf von Auguste Pfeufer und August Stöckel an X" over
    "Verfasser: Stöckel, August"): the title's, each in the field's form where it has one.
    ``cased``: the title's names read by their case ("Akmentiņa un Zvaigznes vēstule": each known
    in the nominative, a pen name alone too), matched to the field's by the surname."""
    if not labelled:
        return said  # (a field that reads as no name, "United States. Dept. of State": the title's, if any)
    if len(said) <= len(labelled) or any(n.kind != "person" for n in said):
        return labelled
    surname = lambda name: (name.identified or name.written).split()[-1].lower() if name.written.split() else ""
    matched = [next((f for f in labelled if surname(f) == surname(n)
                     and (cased or f.written.split()[0][:1] == n.written.split()[0][:1])), None) for n in said]
    if sum(m is not None for m in matched) != len(labelled) \
            or not cased and any(m is None and (len(n.written.split()) < 2 or n.written.split()[0] not in GIVEN_NAMES)
                                 for n, m in zip(said, matched)):
        return labelled  # (the field names someone the title does not, or the title's others are no full
    #                      names: "Pilling, Philippa, to X" read as two, "… und Sohn Heinrich Richter": the field's word)
    return [m or n for n, m in zip(said, matched)]


def _field_parties(title: Title, field: str, text: str) -> list[Name]:
    """A sender or recipient field read as a list of parties. What does not read as names
    ("her Sister") gets no party, and a problem: a relation is no person to invent."""
    head, comma, rest = text.partition(", ")
    if comma and ";" not in text and affiliation(rest) and (one := parse_party_list(head)) \
            and len(one.names) == 1 and one.names[0].kind == "person" and len(head.split()) >= 2:
        # "A. W. Pritchard, Pritchard & Tebbutt, Consulting Engineers", "Dr H. V. Osei, Panel Engineer":
        # a person, then the firm or office he wrote for (his role; a note where he has a title already)
        if one.names[0].role:
            title.notes.append(f"{head.strip()}: {rest.strip()}")
            return [one.names[0]]
        return [replace(one.names[0], role=rest.strip(), role_first=False)]
    parsed = parse_party_list(text)
    if parsed:
        first, *other = parsed.names
        if len(other) == 1 and (first.kind, other[0].kind) == ("person", "org") and not first.role \
                and re.fullmatch(rf"{re.escape(first.written)},\s*{re.escape(other[0].written)}", text.strip()):
            return [replace(first, role=other[0].written, role_first=False)]  # ("From: D. O'Hanlon, Northfield
        return parsed.names  #                                                  Angling Association": his body)
    if not relation(text) and (_HOLDERS.fullmatch(text.strip()) or _HOLDERS.fullmatch(f"the {text.strip()}")):
        return [Name(text.strip(), kind="office")]  # "Secretary to the Treasury": an office, its holder unnamed
    if relation(text):
        title.problems.append(f"the {field} {text!r} is named by a relation, not a name: kept as written, "
                              f"no person encoded")
    else:
        title.problems.append(f"{field} {text!r} does not read as a name: kept in the title, no {field} encoded")
    return []


# A date set between the parties by middle dots, as an edition's web pages title its letters
# ("Fra H. Lind · 30. marts 1852 · til NFH")
_UNDATED_ALONE = re.compile(rf"\[?(?:{UNDATED_MARKS})\]?\.?", re.IGNORECASE)
_BETWEEN_DOTS = re.compile(r"\s+·\s+(?P<date>[^·]{4,60}?)\s+·\s+")


def _without_date(entry: Entry) -> str | None:
    """The title without the date its layout read at its end ("To X. Bath, March 14" with the
    year from a heading): the title parser cannot read such a date, so it is taken off here."""
    text, date = entry.title, entry.date_text.strip(" ,")
    if (between := _BETWEEN_DOTS.search(text)) and (date and date.strip("[]() ") in between["date"]
                                                    or _UNDATED_ALONE.fullmatch(between["date"])):
        return text[:between.start()] + " " + text[between.end():]  # ("Fra NFH · 30. oktober 1829 · til P.A. Holmgaard")
    if not date or entry.date_line != entry.title_line:
        return None
    at = text.rfind(date)
    if at <= 0 or text[at + len(date):].strip(" .,;)]") or not text[:at].strip(" ,;(["):
        return None
    return text[:at].rstrip(" ,;([")


def made_title(fields: dict[str, str], default: str) -> str:
    """A title for a record or a row that has none: the parties as its fields name them."""
    sender, recipient = fields.get("sender"), fields.get("recipient")
    if sender and recipient:
        return f"{sender} to {recipient}"
    if sender:
        return f"From {sender}"
    if recipient:
        return f"To {recipient}"
    return default


# An office as a register abbreviates it ("Gov.", "Pres."), and written out
_OFFICE_SHORT = {"gov": "governor", "governor": "governor", "pres": "president", "president": "president",
                 "secy": "secretary", "sec": "secretary", "secretary": "secretary", "bp": "bishop", "bishop": "bishop",
                 "abp": "archbishop", "archbishop": "archbishop", "mayor": "mayor"}


def _office_named(text: str) -> str | None:
    """The office a register's cell names by itself ("Gov.", "the Governor"), or None."""
    return _OFFICE_SHORT.get(text.lower().strip(" .").removeprefix("the "))


def title_for(entry: Entry, writer: str | None = None,
              parse: Callable[[str, str | None], Title] = parse_title) -> Title:
    """The entry's title read, with what its layout read by label or position (``entry.fields``:
    sender, recipient, place, number, page, type) in place of what the title implies; a
    ``writer`` field, the writer a heading over the entry names, in place of ``writer``.
    ``parse``: parse_title, or what gives the same (a TitleMemo's). A title made from the
    fields implies no writer: a record that names its sender only does not say to whom."""
    writer = entry.fields.get("writer", writer)
    holder = writer  # (who the writer's office names, even in a title made from fields: "Gov.")
    if entry.title_made:
        writer = None
    office = entry.fields.get("writer_office")
    if writer and office:  # "Kinsolving, Ossawa City, to the governor", in the governor's papers: to him
        text = re.sub(rf"\b(?i:the\s+{re.escape(office)})\b(?!['’]s|\s+(?:of|at|in)\b)", writer, entry.title)
        title = parse(text, writer)
        title.text = entry.title
    elif writer and (initials := _initials(writer)) and (slot := _initials_slot(initials).search(entry.title)):
        # "Sir Roger Brabazon to AT" in Ambrose Thirlwell's letters: read with his name in place of his
        # initials where a party stands (not the word "at", nor "Albany, NY"); the party keeps them as
        # written (_writer_initials)
        bare = strip_address(writer)
        title = parse(entry.title[:slot.start("i")] + bare + entry.title[slot.end("i"):], writer)
        title.text = entry.title
        for side in ("senders", "recipients"):
            setattr(title, side, [replace(n, written=initials, identified=writer) if n.written == bare else n
                                  for n in getattr(title, side)])
    else:
        title = parse(entry.title, writer)
    # (or where the title parser read less of the date than the layout did: "Non. Ian. 1518 [1518-01-05]")
    less = title.date_text != entry.date_text.strip(" ,") and len(entry.date_text) > len(title.date_text or "")
    if (title.date is None or less) and (head := _without_date(entry)) is not None:
        # read with the heading's year written into its date ("Da X, Bologna, 9 aprile 1859"), so that
        # the place before the date is read as it is where the year is written; else without the date
        day, mark = re.match(r"^(.*?)(\??\]?)$", entry.date_text.strip(" ,")).groups()  # ("[2 maggio?]": its year inside)
        full = parse(f"{head}, {day} {entry.date.start[:4]}{mark}", writer) \
            if entry.date is not None and entry.date.start and not _YEARS.search(entry.date_text) else None
        title = full if full is not None and full.date is not None and day in (full.date_text or "") \
            else parse(head, writer)  # (not "Same date 1852" read as 1852 and a name ending in "Police.")
        title.text, title.date, title.date_text = entry.title, entry.date, entry.date_text.strip(" ,")
    if writer:
        _writer_initials(title, writer)
    headed = title.doctype is None and not (title.senders or title.recipients or title.authors or title.participants)
    if not (title.senders or title.recipients) and (title.doctype == "letter" or headed) and entry.summary \
            and not entry.fields.keys() & {"sender", "recipient"}:  # (a letter's title: not "Memorandum on …")
        # "Letter - Warren Babcock, 25 December 1861" over "Letter written by Sergeant Warren Babcock to a
        # friend, Sarah Pell, from Oswego. …": the parties as the description names them (a museum's post,
        # its accession number and a notice on the lines before); a heading of its number, date and place only
        # over "Carta de D. X, vecino de Y, a S. M., en que …" (a Spanish catalogue's): its description's first sentence
        lines = [line for paragraph in entry.summary_paragraphs for line in paragraph][:4] if not headed \
            else [(0, re.sub(r"(?<=[a-zà-ÿ])- (?=[a-zà-ÿ])", "", " ".join(entry.summary[0].split())))]
        #        (OCR's double spaces: "Copia  de carta"; a word cut at the line's end: "Univer- sal")
        for _, line in lines:
            if (sentence := letter_sentence(line)) and (read := parse(sentence, None)).senders \
                    and (read.recipients or any("named by a relation" in p for p in read.problems)):
                title.senders, title.recipients = read.senders, read.recipients  # (or "to his mother": no one)
                title.problems = [p for p in title.problems if not p.startswith(_PARTY_PROBLEMS)] \
                    + [p for p in read.problems if "named by a relation" in p]
                title.notes.append("parties as the description under the title names them")
                break
    elif bool(title.senders) != bool(title.recipients) and title.doctype == "letter" and entry.summary \
            and not entry.fields.keys() & {"sender", "recipient"} and not _ANONYMOUS.search(entry.title):
        _side_described(title, entry.summary[0], parse)
    fields = entry.fields
    if not fields:
        return title
    if "addressee" in fields and writer and not title.recipients and all(n.written == writer for n in title.senders) \
            and "recipient" not in fields and fields.get("sender", writer) == writer \
            and not any("relation" in p or "does not read as a name" in p for p in title.problems):  # (not "To his sister")  # (under "Letters of X to Y": X's to Y, pairs.py; the
        #                                                     writer alone is what the title implies, not names)
        fields = {**fields, "sender": writer, "recipient": fields["addressee"]}
        title.notes.append("parties as the heading over the letters names them")
    held = {side for side in ("sender", "recipient") if _office_named(fields.get(side, "")) == office} if office else ()
    if holder and held:  # a register's "Gov." (or "the Governor") where the governor is the edition's writer: him
        fields = {k: holder if k in held else v for k, v in fields.items()}
    if "sender" in fields or "recipient" in fields:
        title.problems = [p for p in title.problems if not p.startswith(_PARTY_PROBLEMS) and "relation" not in p]
        # a side no field names keeps what the title says of it ("Letter to A" with only an author field)
        said = {"sender": title.senders, "recipient": title.recipients}
        for side in ("sender", "recipient"):
            if side in fields:
                problems = len(title.problems)
                chosen = _more_named(said[side], labelled := _field_parties(title, side, fields[side]),
                                     title.shape in _CASED_SHAPES)
                if chosen and not labelled:
                    del title.problems[problems:]  # (the title names that side: no problem to report)
                said[side] = chosen
        title.senders, title.recipients = said["sender"], said["recipient"]
        title.intermediaries, title.participants, title.authors = [], [], []
        title.shape = "fields"
        _finish(title, writer, fields=True)
        if entry.summary and bool(title.senders) != bool(title.recipients) and len(fields.keys() & {"sender", "recipient"}) == 1:
            # "Author: X" (or a record titled by its writer, layouts/records.py) over "Letter to Y about …": Y
            _side_described(title, entry.summary[0], parse, bodies=True)
    if "author" in fields and not title.authors:  # a document's writer ("Autograph document signed")
        title.authors = _field_parties(title, "author", fields["author"])
    if "place" in fields:
        title.place = fields["place"]
    if "recipient_place" in fields:  # (where the letter went: "Gustavo Sormani, Milano")
        title.recipients = [replace(n, place=n.place or fields["recipient_place"]) for n in title.recipients]
    if "number" in fields:
        title.number = fields["number"]
    if "page" in fields:
        title.notes.append(f"page {fields['page']}")
    if "type" in fields:
        key = doctypes.describe(fields["type"])
        if key:
            title.doctype, title.doctype_written = key, fields["type"]
    return title


# A title that says its writer is not known: no description names him ("Carta anónima dirigida al ministro")
_ANONYMOUS = re.compile(r"\b(?i:an[óo]nim[oa]s?|anonymous|anonyme|anonym|anonimo|anonima|unsigned|sans\s+signature|sin\s+firma)\b")


def letter_sentence(text: str) -> str | None:
    """A description's first sentence where it opens with a letter's type word ("Letter written by …",
    "Carta de X, …"): the letter's own, which may name its parties; else None."""
    described = _DESCRIBED.match(text)
    if described and _WRITTEN_BY.match(described["sentence"]):
        return described["sentence"]  # ("Written by his cousin Mary Allard to Thomas Allard, describing …")
    found = doctypes.find(described["sentence"][:30]) if described else None
    return described["sentence"] if found is not None and (found[2] == 0 or doctypes.description_opening(
        described["sentence"])) else None  # (or a catalogue's description of one: "Gemeinsamer Brief an X")


# A description that opens with how the letter was written, its type word left to the title above it
_WRITTEN_BY = re.compile(r"^(?:(?:Written|Sent|Dictated)\s+by|Écrite\s+par|Geschrieben\s+von|Escrita\s+por|Scritta\s+da)\s")


def _side_described(title: Title, summary: str, parse: Callable[[str, str | None], Title], bodies: bool = False) -> None:
    """The side a letter's title leaves out, as its description's first sentence names it, where that
    sentence is a letter's own ("Carta dirigida al ministro" over "Carta de Gregorio Cabral, comandante
    de armas, denunciando …") and names the title's side as the title does, or not at all. ``bodies``:
    a body may be that side too (where a record's field names the other: "Brief an den Magistrat")."""
    if (sentence := letter_sentence(summary)) is None:
        return
    read = parse(sentence, None)
    missing, given = ("senders", "recipients") if not title.senders else ("recipients", "senders")
    named, other = getattr(read, missing), getattr(read, given)
    if named and all(n.kind == "person" or bodies and n.kind == "org" for n in named) and (
            not other or [n.written for n in other] == [n.written for n in getattr(title, given)]):
        setattr(title, missing, named)
        title.problems = [p for p in title.problems if not p.startswith(_PARTY_PROBLEMS)]
        title.notes.append(f"{missing} as the description under the title names them")


@functools.lru_cache(maxsize=64)
def _initials_slot(initials: str) -> re.Pattern[str]:
    """Where a writer's initials stand as a party: "AT to X", "X to AT", "… from AT"."""
    return re.compile(rf"(?:^(?:[IVXLC\d]+[.)]\s+)?|\s(?:to|from|an|von|à|aan|van)\s+)(?P<i>{initials})"
                      r"(?=\s+(?:to|an|à|aan)\s|\s*[.,;(]|\s*$|\s{2,})")


def _initials(writer: str) -> str:
    """A writer's initials ("AT" of Sir Ambrose Thirlwell), two or more; else ""."""
    initials = "".join(word[0] for word in strip_address(writer).split() if word[:1].isupper())
    return initials if len(initials) >= 2 else ""


def _writer_initials(title: Title, writer: str) -> None:
    """"EM to Henry Ashby", "Charles Everard to E. M." in Eleanor Marsh's edition: her initials,
    which name her (the party keeps them as written, identified as the writer)."""
    initials = _initials(writer)
    if not initials:
        return
    for side in ("senders", "recipients"):
        names = getattr(title, side)
        if any(re.sub(r"[\s.]", "", n.written) == initials and not n.identified for n in names):
            setattr(title, side, [replace(n, identified=writer, kind="person")
                                  if re.sub(r"[\s.]", "", n.written) == initials and not n.identified else n for n in names])
            title.notes.append(f"{initials} read as the initials of the edition's writer, {writer}")


def titles_for(entries: list[Entry], writer: str | None = None, label: str = "",
               memo: TitleMemo | None = None, key: Collection[str] = ()) -> list[Title]:
    """Every entry's title read in order, so that "the Same" ("To the Same", "The Same to X",
    "An Denselben") names the party of the entry before: the one on the same side, or the
    other one where that side is the edition's writer or no one ("To X" then "From the Same").
    ``label``: of the progress shown on a terminal (none without). ``memo``: titles an
    earlier run read (pipeline/title_memo.py). ``key``: the forms the listing's key of names
    explains (namekey.py), persons wherever they are parties."""
    titles: list[Title] = []
    named: Title | None = None  # the last title with parties (not an account or a memorandum between)
    parse = parse_title if memo is None else functools.partial(memo.parse, parse_title=parse_title)
    for n, entry in enumerate(progress(entries, label, enabled=bool(label))):
        if memo is not None and n % 1000 == 0:
            memo.want((e.title, writer) for e in entries[n:n + 1000])
        title = title_for(entry, writer, parse)
        if entry.summary and not title.recipients:
            _relation_described(title, entry.summary[0])
        if key:
            apply_key(title, key)
        own = entry.fields.get("writer", writer)
        previous = titles[-1] if titles else None
        for side, other in (("senders", "recipients"), ("recipients", "senders")):
            names = getattr(title, side)
            if not any(n.kind == "same" for n in names):
                continue
            found: list[Name] = []
            if named is not None:
                found = getattr(named, side)
                mine = [n.identified or n.written for n in getattr(title, other)]
                if own and [n.identified or n.written for n in found] == [own] and mine == [own]:
                    found = getattr(named, other)  # "To X", then "From the Same": from X
                elif not found and not mine:  # (… where no writer is named: the Resident's calendar)
                    found = getattr(named, other)
            resolved = [n for n in names if n.kind != "same"]
            if found:
                resolved += found
                title.notes.append(f"{side[:-1]} as in the entry before ({', '.join(n.written for n in found)})")
            else:
                title.problems.append(f"'the Same' names no {side[:-1]}: no entry before names one")
            setattr(title, side, resolved)
        if previous is not None and title.senders and not title.recipients and previous.senders \
                and (title.doctype_written or "").lower() in _REPLY_WORDS:
            # "Réponse de Desrivières" under "Lettre de son frère Étienne à Desrivières": to its writer
            title.recipients = list(previous.senders)
            title.problems = [p for p in title.problems if not p.startswith("no recipient")]
            title.notes.append(f"a reply: to the writer of the entry before ({', '.join(n.written for n in previous.senders)})")
        titles.append(title)
        if title.senders or title.recipients:
            named = title
    _latin_cases(titles)
    _russian_cases(titles)
    _czech_cases(titles, writer)
    _south_slavic_cases(titles, writer)
    _lithuanian_cases(titles, writer)
    _icelandic_cases(titles, writer)
    _polish_cases(titles)
    _ukrainian_cases(titles)
    _greek_cases(titles)
    _slovak_cases(titles, writer)
    _german_cases(titles)
    _relations_named(titles)
    return titles


def _icelandic_cases(titles: list[Title], writer: str | None = None) -> None:
    """An Icelandic name whose case leaves its nominative open (Gríms: Grím or Grímur) is the one
    the listing's nominatives agree on (a record's "Bréfritari: Grímur Þórðarson", the writer's own
    name), else the likeliest (inflection.ICELANDIC_ENDINGS)."""
    cased = [(t, n) for t in titles if t.shape == "icelandic" for n in (*t.senders, *t.recipients)
             if n.kind == "person" and n.identified]
    if not cased:
        return
    support = Counter(word for t in titles if t.shape != "icelandic" for n in (*t.senders, *t.recipients)
                      for word in (n.identified or n.written).split())
    support.update((writer or "").split())
    chosen = {}
    for _, name in cased:
        reads = [list(dict.fromkeys([likeliest, *(icelandic_word(word, "gen") or []), *(icelandic_word(word, "dat") or [])]))
                 for word, likeliest in zip(name.written.split(), name.identified.split())]
        chosen[id(name)] = " ".join(max(read, key=lambda c: (support[c], -read.index(c))) for read in reads)
    _identify(titles, "icelandic", lambda n: chosen.get(id(n)))


def _ukrainian_cases(titles: list[Title]) -> None:
    """A Ukrainian list's addressees, in the genitive after "До", known in the nominative (inflection.ukrainian_name);
    only where the listing writes Ukrainian's own letters (і, ї, є, ґ): a Bulgarian "До X" takes the nominative."""
    if any(t.shape == "to-uk" for t in titles) and any(re.search(r"[іїєґІЇЄҐ]", t.text) for t in titles):
        _identify(titles, "to-uk", lambda n: ukrainian_name(n.written) if n.kind == "person" else None)


def _greek_cases(titles: list[Title]) -> None:
    """A Greek list's names in the case the article before each gives them ("Προς τον Δημήτριο Κουμπάρο": Δημήτριος
    Κουμπάρος; inflection.greek_name)."""
    for title in titles:
        if title.shape not in _GREEK_SHAPES:
            continue
        for side in ("senders", "recipients"):
            named, said = [], None
            for n in getattr(title, side):
                article = re.search(rf"(?i:\b(ο|η|οι|τον|την|τη|τους|τις|του|της|των))\s+{re.escape(n.written)}", title.text)
                said = article[1] if article else said  # ("τους Α. Ραφτόπουλο και Μιχαήλ Καποδίστρια": one article, two)
                found = greek_name(n.written, said) if said and n.kind == "person" else None
                named.append(replace(n, identified=found) if found and found != n.written else n)
            setattr(title, side, named)


_GREEK_SHAPES = frozenset(("to-el", "from-el", "letter-el", "from-el-named"))


def _slovak_cases(titles: list[Title], writer: str | None = None) -> None:
    """A Slovak list's addressees in the dative, known in the nominative (inflection.slovak_name: its likeliest
    reading where the dative leaves it open, Hodžovi Hodža, Štúrovi Štúr)."""
    _identify(titles, "slovak", lambda n: (slovak_name(n.written, "dat") or [None])[0]
              if n.kind == "person" and n.written != writer else None)


def _polish_cases(titles: list[Title]) -> None:
    """A Polish list's names, in the genitive after "Do", "Od" and "List", known in the nominative
    ("Do FELIKSA MIKORSKIEGO": Feliks Mikorski; inflection.polish_name)."""
    for shape in ("to-pl", "from-pl", "letter-pl"):
        _identify(titles, shape, lambda n: polish_name(n.written) if n.kind == "person" else None)


# The relations one person has only one of at a time: "to his mother" names the person another entry names
# "his mother Hannah Tapsell" (the same writer's), not "his sister" (he may have several)
_ONE_OF = {"mother": "mother", "father": "father", "wife": "wife", "husband": "husband", "mutter": "mother",
           "vater": "father", "gattin": "wife", "gatten": "husband", "mère": "mother", "père": "father",
           "épouse": "wife", "époux": "husband"}
_RELATION_PROBLEM = re.compile(r"^the (?P<side>sender|recipient) '(?P<text>[^']+)' is named by a relation")
_POSSESSIVE_WORD = r"(?:his|her|seine[nmr]?|ihre[nmr]?|son|sa)"  # (whose relation: "his mother", "seinen Bruder", "sa mère")
_POSSESSED = re.compile(rf"^{_POSSESSIVE_WORD}\s+(?P<word>\w+)$", re.IGNORECASE)
_POSSESSIVE = re.compile(rf"\b{_POSSESSIVE_WORD}\s", re.IGNORECASE)


def _relation_described(title: Title, summary: str) -> None:
    """A recipient the title names by a relation ("Bascom, Lyman B. to his wife") that the entry's own
    description names right after the same words and the sentence's end ("Writes to his wife Mary.", "…
    to his sister, Harriet Bascom."): that person, by a given name the tables know or the writer's surname."""
    if title.recipients or (to := _TO_RELATION.search(title.text)) is None:
        return
    named = re.search(rf"\b(?:to|an|à|aan)\s+{re.escape(to['relation'])},?\s+(?P<name>[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){{0,3}})"
                      r"(?=[.;]|$)", summary, re.IGNORECASE)
    read = parse_party_list(named["name"].rstrip(".")) if named else None
    surname = title.senders[0].written.split()[-1] if len(title.senders) == 1 else None
    if read is None or len(read.names) != 1 or read.names[0].kind != "person" or read.names[0].written in _vocabulary.places \
            or not (read.names[0].written.split()[0] in GIVEN_NAMES or surname and read.names[0].written.split()[-1] == surname
                    and len(read.names[0].written.split()) >= 2):
        return  # (a given name the tables know, or the writer's surname: not "à son frère, Lyon", "to his wife Wednesday")
    title.recipients = [read.names[0]]
    title.problems = [p for p in title.problems if not p.startswith(_PARTY_PROBLEMS) and "relation" not in p]
    title.notes.append(f"{to['relation']}: {read.names[0].written}, as the description names them")


_TO_RELATION = re.compile(rf"\b(?:to|an|à|aan)\s+(?P<relation>(?:{_POSSESSIVE_WORD}|zijn|haar)\s+[\w-]+)\s*\.?$",
                          re.IGNORECASE)


def _relations_named(titles: list[Title]) -> None:
    """A party named by a relation only ("Edward Tapsell to his mother") where other titles name that
    relation of the same person ("Edward Tapsell to his mother Hannah Tapsell"), one person only: her."""
    wanted = [(t, m) for t in titles for p in t.problems if (m := _RELATION_PROBLEM.match(p))]
    if not wanted:
        return
    known: dict[tuple[str, str], dict[str, Name]] = {}
    for title in titles:
        if not _POSSESSIVE.search(title.text):
            continue  # (cheap: most titles name no one's relation)
        for side, other in (("recipients", "senders"), ("senders", "recipients")):
            owners = getattr(title, other)
            if len(owners) != 1:
                continue
            for name in getattr(title, side):
                found = re.search(rf"\b{_POSSESSIVE_WORD}\s+(\w+),?\s+(?:(?:{_TITLES})\s+)?"
                                  rf"{re.escape(name.written)}\b",
                                  title.text, re.IGNORECASE)
                if found and found[1].lower() in _ONE_OF:
                    known.setdefault((owners[0].canonical, _ONE_OF[found[1].lower()]), {})[name.canonical] = name
    for title, problem in wanted:
        side = "recipients" if problem["side"] == "recipient" else "senders"
        owners = getattr(title, "senders" if side == "recipients" else "recipients")
        word = _POSSESSED.match(problem["text"].strip())
        if len(owners) != 1 or word is None or word["word"].lower() not in _ONE_OF or getattr(title, side):
            continue  # (not "to William Hale and his mother": whose mother, his or the writer's)
        named = known.get((owners[0].canonical, _ONE_OF[word["word"].lower()]), {})
        if len(named) == 1:
            (name,) = named.values()
            setattr(title, side, [*getattr(title, side), name])
            title.problems.remove(problem.string)
            title.notes.append(f"{problem['text']}: {name.canonical}, as another entry names {owners[0].canonical}'s "
                               f"{_ONE_OF[word['word'].lower()]}")


_GERMAN_NESTED = re.compile(r"\b(?:auf|über|zu|zum|zur|mit|gegen|das|dem|des|den)\b", re.IGNORECASE)


def _german_cases(titles: list[Title]) -> None:
    """A German finding aid's writer in the genitive ("des Amtes Hagenburg", "des Oberförsters
    Heinrich Sieveking"), known in the nominative (inflection.german_nominative): a body by its
    name, a person by his, the office before it his role."""
    for title in titles:
        if title.shape != "letter-de-gen":
            continue
        named = []
        for name in title.senders:
            nominative = german_nominative(name.written) if not name.identified else None
            bare = (nominative or name.written).strip()
            if re.fullmatch(rf"(?:{RELATION_WORDS['de'][1].replace(' ', '|')}|Vater|Sohn|Bruder|Mutter|Tochter)s?", name.written) \
                    or re.fullmatch(r"(?:Vaters|Sohnes|Sohns|Bruders|Onkels|Neffen|Vetters|Schwagers|Mannes|Gatten)", name.written):
                title.problems.append(f"the sender {name.written!r} is named by a relation, not a name: no person encoded")
                continue  # ("Brief des Vaters an X": whose father the title does not say)
            if nominative is not None and " " not in bare and _OFFICE_ALONE.fullmatch(bare):
                named.append(replace(name, written=name.written, identified=bare, kind="office"))
                continue  # ("Schreiben des Hofrats an den Magistrat": an office's holder, unnamed)
            if nominative is None:
                named.append(name)
            elif name.kind == "person" and (lead := _ROLE_BEFORE.match(nominative)) and looks_like_name(lead["name"]):
                named.append(replace(name, identified=lead["name"].strip(), role=name.role or lead["role"].strip()))
            else:
                named.append(replace(name, identified=nominative, kind=_kind(nominative)))
        title.senders = named
    _german_genitives(titles)


def _german_genitives(titles: list[Title]) -> None:
    """A writer named in the genitive after the type word ("Brief Goethes an Schiller", "Briefe Anna Bergs
    an X", "Brief Fritz' an X") known by the nominative the listing writes elsewhere ("Goethe an X"); none
    where it does not ("Brief Wilhelm Peters an X": Peters or Peter)."""
    known = {n.identified or n.written for t in titles for n in (*t.senders, *t.recipients) if n.kind == "person"}
    for title in titles:
        if title.shape != "letter-de" or not title.doctype_written or not title.senders \
                or not title.text.startswith(title.doctype_written):
            continue
        first = title.senders[0]
        if first.identified or not title.text[len(title.doctype_written):].lstrip().startswith(first.written):
            continue  # (not right after the type word: "Brief von X")
        nominative = re.sub(r"(?<=\w)(?:s|['’])$", "", first.written)
        if nominative != first.written and nominative in known:
            title.senders = [replace(first, identified=nominative), *title.senders[1:]]


def _identify(titles: list[Title], shape: str, nominative: Callable[[Name], str | None]) -> None:
    """Each name of the titles of ``shape`` known by the nominative chosen for it (None: as it is)."""
    for title in titles:
        if title.shape == shape:
            for side in ("senders", "recipients"):
                setattr(title, side, [replace(n, identified=found) if (found := nominative(n)) is not None else n
                                      for n in getattr(title, side)])


def _lithuanian_cases(titles: list[Title], writer: str | None = None) -> None:
    """A Lithuanian name whose case leaves its nominative open (Rimkui: Rimkas or Rimkus) is the
    one the listing's other forms of it agree on (Rimkaus: Rimkus; the writer's own name), else
    the likeliest (inflection.LITHUANIAN_ENDINGS)."""
    people = {n.written for t in titles if t.shape == "lithuanian" for n in (*t.senders, *t.recipients)
              if n.kind == "person" and n.identified and n.written != writer}
    if not people:
        return
    support: Counter[str] = Counter()
    for written in [*people, writer or ""]:
        for word in written.split():
            read = lithuanian_word(word)
            support.update(set(read[1]) if read else {word})
    chosen = {}
    for written in people:
        reads = [(word, lithuanian_word(word)) for word in written.split()]  # (an initial, "K.", as written)
        chosen[written] = " ".join(word if read is None else max(read[1], key=lambda c: (support[c], -read[1].index(c)))
                                   for word, read in reads)
    _identify(titles, "lithuanian", lambda n: chosen.get(n.written) if n.kind == "person" else None)


def _south_slavic_cases(titles: list[Title], writer: str | None = None) -> None:
    """A Slovene or Croatian name whose case leaves its surname open ("Lovra Zajca": Zajec or
    Zajc) is known by the surname the listing writes in the nominative ("Zajec Jurij, dr.", the
    fonds' person), else by south_slavic_preferred."""
    open_names = {n.written for t in titles if t.shape == "south-slavic" for n in (*t.senders, *t.recipients)
                  if n.kind == "person" and not n.identified and n.written != writer}  # (not the writer filled in)
    if not open_names:
        return
    surnames = {name.split()[-1] for name in [writer or "", *(n.identified or n.written for t in titles
                                                              for n in (*t.senders, *t.recipients)
                                                              if n.kind == "person" and n.written not in open_names)] if name}
    own: dict[str, str] = {}
    for written in open_names:
        if (read := south_slavic_name(written)) is None:
            continue
        known = [c for c in read[1] if c.split()[-1] in surnames]
        own[written] = known[0] if len(known) == 1 else south_slavic_preferred(read[1])
    _identify(titles, "south-slavic", lambda n: own.get(n.written) if n.kind == "person" and not n.identified else None)


# A Russian opis names a person in the case the item needs: the writer in the genitive ("Письма
# Н. П. Загорского"), the addressee in the dative ("… Н. П. Загорскому"). The same initials and
# the surname's stem (inflection.russian_form) are one person, unless the forms say a man and a
# woman; the register knows the person by a full name in the nominative, else by initials and
# surname in the nominative, where the written forms leave no doubt of it, else by the form met
# first; the others are its variants.
def another_case(one: str, other: str) -> bool:
    """One name in two grammatical cases: Latin ("Hieronymo Vallato", "Hieronymus Vallatus") or
    Russian ("Н. П. Загорскому", "Н. П. Загорского", "Н. П. Загорский") or Hungarian ("Varga
    Károlynak", "Varga Károly")."""
    if declined_alike(one, other, 1) or latvian_name(one) == other or latvian_name(other) == one:
        return True  # ("Fricim Bērziņam": Fricis Bērziņš)
    for a, b in ((one.split(), other.split()), (other.split(), one.split())):
        if a and len(a) == len(b) and a[:-1] == b[:-1] and hungarian_uncased(a[-1]) == b[-1]:
            return True
    a, b = russian_form(one), russian_form(other)
    if a is not None and a.nominative == other or b is not None and b.nominative == one:
        return True
    return a is not None and b is not None and (a.key is not None and a.key == b.key and {a.sex, b.sex} != {"m", "f"}
                                                or a.nominative is not None and a.nominative == b.nominative)


_RU_PLURAL = re.compile(r"(?:ым|ыми|ими|ых)$")


def _russian_cases(titles: list[Title]) -> None:
    forms: dict[str, RussianForm] = {}
    for title in titles:
        for name in (*title.senders, *title.recipients):
            if name.kind == "person" and not name.identified and "Ѐ" <= name.written[:1] <= "ӿ" \
                    and name.written not in forms and (form := russian_form(name.written)) is not None:
                forms[name.written] = form
    if not forms:
        return
    sexes: dict[tuple[str, str], set[str]] = {}
    for form in forms.values():
        if form.key is not None and form.sex:
            sexes.setdefault(form.key, set()).add(form.sex)

    def group(written: str, form: RussianForm) -> object:
        if form.key is None:
            return written
        if len(sexes.get(form.key, ())) > 1:  # ("Шубина Е. В." beside "Е. В. Шубиной": his or hers? neither)
            return (form.key, form.sex) if form.sex else written
        return form.key

    best: dict[object, tuple[int, str]] = {}
    for written, form in forms.items():
        rank = (0 if form.full else 1) if form.nominative else 3 if _RU_PLURAL.search(written) else 2
        g = group(written, form)  # (a couple's plural, "О. С. Гурьевым", last: "О. С. Гурьева" as written elsewhere first)
        if g not in best or rank < best[g][0]:
            best[g] = (rank, form.nominative or written)
    own = {written: best[group(written, form)][1] for written, form in forms.items()}
    for title in titles:
        for side in ("senders", "recipients"):
            names = getattr(title, side)
            if any(n.written in own for n in names):
                setattr(title, side, [replace(n, identified=own[n.written]) if n.kind == "person" and not n.identified
                                      and own.get(n.written, n.written) != n.written else n for n in names])


def _czech_cases(titles: list[Title], writer: str | None = None) -> None:
    """A Czech inventory's person in the genitive or the dative ("Ladislava Dlaska", "Václavu
    Horálkovi") is known by the nominative: the one the listing writes itself ("Dlask Ladislav",
    either order; for initials, the full name of that initial and surname), else the only one
    the form can be the case of; a form of several, none written, keeps itself."""
    czech = [n for t in titles if t.shape == "czech" for n in (*t.senders, *t.recipients)
             if n.kind == "person" and not n.identified]
    if not czech:
        return
    known: dict[frozenset[str], str] = {frozenset(writer.split()): writer} if writer else {}
    for title in titles:
        for name in (*title.senders, *title.recipients):
            if name.kind == "person" and not czech_nominatives(name.written):
                known.setdefault(frozenset(name.written.split()), name.written)
    candidates = {n.written: czech_nominatives(n.written) for n in czech}
    for written, found in candidates.items():
        if len(found) == 1 and not written.split()[0].endswith("."):
            known.setdefault(frozenset(next(iter(found)).split()), next(iter(found)))
    surnames = {w for key in known for w in key}
    own: dict[str, str] = {}
    for written, found in candidates.items():
        if not found:
            continue
        if written.split()[0].endswith("."):  # "V. Horálka": Václav Horálek, where he is the only V. Horálek
            initial = written.split()[0].rstrip(".")
            full = {form for c in found for key, form in known.items() if c.split()[1] in key
                    and len(key) == 2 and any(w != c.split()[1] and w.startswith(initial) for w in key)}
            plain = {c for c in found if c.split()[1] in surnames}
            chosen = full if len(full) == 1 else plain if len(plain) == 1 else found if len(found) == 1 else set()
        else:
            written_so = {known[key] for c in found if (key := frozenset(c.split())) in known}
            chosen = written_so if len(written_so) == 1 else found if len(found) == 1 else set()
        if chosen:
            own[written] = next(iter(chosen))
    for title in titles:
        if title.shape == "czech":
            for side in ("senders", "recipients"):
                setattr(title, side, [replace(n, identified=own[n.written]) if n.kind == "person" and not n.identified
                                      and n.written in own else n for n in getattr(title, side)])


def _latin_cases(titles: list[Title]) -> None:
    """A Latin index names a person as writer in the nominative and as addressee in the dative
    ("Ioannes Vulturius Beato Cellario", "Beatus Cellarius Ioanni Vulturio"): the dative is the
    same person where one writer's name is declined alike (one register entry, the dative a
    variant of the nominative)."""
    nominatives = {n.written for t in titles if t.shape == "latin" for n in t.senders if n.kind == "person" and not n.identified}
    words = {w for name in nominatives for w in name.split()}
    for title in titles:
        if title.shape == "latin" and any(not n.identified for n in title.recipients):
            title.recipients = [replace(n, identified=alike[0]) if not n.identified and n.kind == "person"
                                and len(alike := [m for m in nominatives if declined_alike(n.written, m, 1)]) == 1 else n
                                for n in title.recipients]
            # … else the nominative the dative can only be of, or the one whose words the index writes
            # ("Georgio Fabro": Georgius Faber where "Faber" names a writer)
            title.recipients = [replace(n, identified=next(iter(chosen))) if not n.identified and n.kind == "person"
                                and (found := latin_nominatives(n.written))
                                and len(chosen := found if len(found) == 1 else
                                        {c for c in found if set(c.split()) <= words | set(LATIN_GIVEN_DATIVES.values())}) == 1
                                else n for n in title.recipients]


# A description's first sentence, where it says what the document is: "Letter written by X to Y, from Z."
_DESCRIBED = re.compile(r"^(?P<sentence>[A-ZÀ-Þ](?:(?<![\w.])[A-ZÀ-Þ]\.(?:ª|ᵃ)?|(?<!\w)(?:Mr|Mrs|Dr|St|Sr|Sra|Fr|Rev|Revd|Gen|Col|"
                        r"Capt|Lt|Esq|Hon|Jr|Bp|Sta|Sto|Dña|Dn)\.|[^.]){5,400}?)(?:\.\s+(?=[A-ZÀ-Þ(\[])|\.?$)")
#                         (an initial's or a title's stop ends no sentence: "Carta de D. Manuel X, vecino de Y, a S. M., en que …")  # (or "… sueldo. (Original.)")
_REPLY_WORDS = {"réponse", "reply"}  # (the document types doctypes reads as a letter's reply)
