"""Names in the genitive or dative, back to the nominative a register is ordered by: Russian
opisi, Czech inventories, Latin indexes, Hungarian archive lists (each a section below, its
examples read by the tests).

A Russian opis names the writer in the genitive ("Письма Юрасова Алексея Николаевича") and the
addressee in the dative ("Оболенцеву Петру Сергеевичу"); an index of persons, and correspSearch,
want "Юрасов Алексей Николаевич". The nominative is derived only where the written form leaves
no doubt: the case and the sex are read from a patronymic or a known first name, and only
endings that belong to one nominative are undone. Anything else ("Толстого": Толстой or
Толстый?) keeps its written form: no nominative is guessed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import NamedTuple

# First names an opis spells out, in the nominative; their genitive and dative are made from
# these (FIRST_NAME_CASES), so that "Петра" is read as Пётр's genitive and "Анна" as a nominative.
_MEN = ("Александр Алексей Анатолий Андрей Антон Аполлон Аркадий Арсений Афанасий Борис Вадим "
        "Валентин Валериан Василий Викентий Виктор Владимир Владислав Всеволод Вячеслав Гавриил "
        "Геннадий Георгий Герман Глеб Григорий Даниил Денис Дмитрий Евгений Евграф Егор Елисей "
        "Ефим Захар Зиновий Иван Игнатий Игорь Илларион Иннокентий Иосиф Ипполит Кирилл Климент "
        "Константин Лаврентий Леонид Макар Максим Матвей Митрофан Михаил Модест Никифор Николай "
        "Олег Осип Павел Петр Платон Порфирий Прохор Роман Савва Семён Семен Сергей Станислав "
        "Степан Тарас Тимофей Трофим Фёдор Федор Феликс Филипп Эдуард Эраст Юлиан Юрий Яков "
        "Ярослав Илья Никита Лука Кузьма Фома Лев").split()
_WOMEN = ("Агния Аглая Аделаида Александра Алевтина Анастасия Анна Антонина Варвара Вера Вероника "
          "Галина Дарья Евгения Евдокия Екатерина Елена Елизавета Ефросинья Зинаида Зоя Инна Ирина "
          "Капитолина Клавдия Ксения Лариса Лидия Любовь Людмила Маргарита Марина Мария Марфа "
          "Надежда Наталья Наталия Нина Ольга Пелагея Полина Прасковья Раиса Серафима Софья София "
          "Таисия Тамара Татьяна Фаина Юлия Эмилия Валентина Евгения Станислава").split()
# A vowel that drops out of the oblique cases (Павел, Павла).
_FLEETING = {"Павел": "Павл", "Лев": "Льв"}
_HUSHING = "гкхжшчщ"  # after these a feminine genitive ends in -и, not -ы (Ольги)


def _first_name_cases(name: str, sex: str) -> dict[str, str]:
    """{case: form} of a first name: 'gen' and 'dat' (and 'nom')."""
    stem = _FLEETING.get(name, name)
    if name == "Любовь":
        return {"nom": name, "gen": "Любови", "dat": "Любови"}
    if name.endswith(("ия", "ья")) or (name[-1] == "я" and sex == "f"):
        return {"nom": name, "gen": name[:-1] + "и", "dat": name[:-1] + ("и" if name.endswith("ия") else "е")}
    if name.endswith("я"):  # Илья
        return {"nom": name, "gen": name[:-1] + "и", "dat": name[:-1] + "е"}
    if name.endswith("а"):  # Анна, Ольга, Никита, Лука
        return {"nom": name, "gen": name[:-1] + ("и" if name[-2] in _HUSHING else "ы"), "dat": name[:-1] + "е"}
    if name.endswith("й"):  # Алексей, Василий, Николай
        return {"nom": name, "gen": name[:-1] + "я", "dat": name[:-1] + "ю"}
    if name.endswith("ь"):  # Игорь
        return {"nom": name, "gen": name[:-1] + "я", "dat": name[:-1] + "ю"}
    return {"nom": name, "gen": stem + "а", "dat": stem + "у"}


FIRST_NAME_CASES: dict[str, list[tuple[str, str, str]]] = {}  # form -> [(nominative, sex, case)]
for _sex, _names in (("m", _MEN), ("f", _WOMEN)):
    for _name in _names:
        for _case, _form in _first_name_cases(_name, _sex).items():
            FIRST_NAME_CASES.setdefault(_form, []).append((_name, _sex, _case))

# A patronymic's ending says the sex and the case: (ending, nominative ending, sex, case).
_PATRONYMIC = (("вича", "вич", "m", "gen"), ("вичу", "вич", "m", "dat"), ("вич", "вич", "m", "nom"),
               ("ича", "ич", "m", "gen"), ("ичу", "ич", "m", "dat"), ("ич", "ич", "m", "nom"),
               ("вны", "вна", "f", "gen"), ("вне", "вна", "f", "dat"), ("вна", "вна", "f", "nom"),
               ("ичны", "ична", "f", "gen"), ("ичне", "ична", "f", "dat"), ("ична", "ична", "f", "nom"))
# A word, and a patronymic, as Russian names write them (titles.russian_names reads persons with these)
RUSSIAN_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
RUSSIAN_PATRONYMIC = r"[А-ЯЁ][а-яё]+(?:вич|вича|вичу|вна|вны|вне|ична|ичны|ичне|ьич|ьича|ьичу)"
_PATRONYMIC_WORD = re.compile(rf"^{RUSSIAN_PATRONYMIC}$")


def _patronymic(words: list[str]) -> tuple[int, tuple[str, str, str, str]] | None:
    """Where a three-word name's patronymic is (its last word or its middle one) and its row of
    _PATRONYMIC (its ending, the nominative's, the sex, the case), or None."""
    at = next((i for i in (2, 1) if _PATRONYMIC_WORD.match(words[i])), None)
    return None if at is None else (at, next(row for row in _PATRONYMIC if words[at].endswith(row[0])))

# A surname's oblique ending and its nominative, by sex and case (longest ending first): "" after
# a consonant ("Гершензона"); the ending itself for a surname that does not decline (Седых,
# Дурново, Шевченко; a woman's Герцен); None for an ending of more than one nominative
# ("Толстого": Толстой or Толстый). A surname in none of them leaves the name as written.
_SURNAME = {
    ("m", "gen"): (("ского", "ский"), ("цкого", "цкий"), ("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"),
                   ("ина", "ин"), ("ына", "ын"), ("ого", None), ("его", None), ("ых", "ых"), ("их", "их"),
                   ("ко", "ко"), ("о", "о"), ("а", "")),
    ("m", "dat"): (("скому", "ский"), ("цкому", "цкий"), ("ову", "ов"), ("еву", "ев"), ("ёву", "ёв"),
                   ("ину", "ин"), ("ыну", "ын"), ("ому", None), ("ему", None), ("ых", "ых"), ("их", "их"),
                   ("ко", "ко"), ("о", "о"), ("у", "")),
    ("f", "gen"): (("ской", "ская"), ("цкой", "цкая"), ("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"),
                   ("иной", "ина"), ("ыной", "ына"), ("ой", None), ("ей", None), ("ых", "ых"), ("их", "их"),
                   ("ко", "ко"), ("о", "о")),
}
_SURNAME[("f", "dat")] = _SURNAME[("f", "gen")]
_CONSONANT_END = re.compile(r"[бвгджзклмнпрстфхцчшщ]$")
_FLEETING_STEM = re.compile(r"[бвгджзйклмнпрстфхцчшщь][бвгджзклмнпрстфхцчшщ]$")
# With initials alone the sex and the case are unknown: only endings that belong to one
# nominative are undone ("Загорскому", "Лаврову"; not "Лаврова", his genitive or her name).
_SURNAME_ALONE = (("ского", "ский"), ("цкого", "цкий"), ("скому", "ский"), ("цкому", "цкий"),
                  ("ову", "ов"), ("еву", "ев"), ("ёву", "ёв"), ("ину", "ин"), ("ыну", "ын"),
                  ("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"), ("ыной", "ына"))
_WORD = re.compile(rf"^{RUSSIAN_WORD}$")
_INITIALS_NAME = re.compile(r"^(?P<before>(?:[А-ЯЁ]\.\s?){1,2})(?P<surname>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)$"
                            r"|^(?P<surname2>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?P<after>\s+(?:[А-ЯЁ]\.\s?){1,2})$")

RUSSIAN_NOMINATIVE_EXAMPLES = (
    ("Юрасова Алексея Николаевича", "Юрасов Алексей Николаевич"),
    ("Лукомскому Ивану Константиновичу", "Лукомский Иван Константинович"),
    ("Оболенцеву Петру Сергеевичу", "Оболенцев Петр Сергеевич"),
    ("Загорской Екатерине Александровне", "Загорская Екатерина Александровна"),
    ("Павла Ильича Седых", "Павел Ильич Седых"),
    ("Кречетовой Марии Ильиничны", "Кречетова Мария Ильинична"),
    ("Н. П. Загорского", "Н. П. Загорский"),
    ("Н. П. Загорскому", "Н. П. Загорский"),
    ("П. С. Лаврову", "П. С. Лавров"),
    ("Е. К. Лавровой", "Е. К. Лаврова"),
    ("Белкину С. М.", "Белкин С. М."),
    ("Петра Лавровых", "Петр Лавров"),
    ("Софьи Лавровых", "Софья Лаврова"),
    ("Ивана Гершензона", "Иван Гершензон"),
    ("Кравцу Петру Ивановичу", None),  # (Кравец: a vowel that drops out of the cases is not put back)
    ("Петра Козла", None),
    # left as written: the nominative is not sure, or the name is one already
    ("П. С. Лаврова", None),   # his genitive, or her nominative
    ("Л. Н. Толстого", None),  # Толстой or Толстый
    ("Анна Лаврова", None),
    ("Юрасов Алексей Николаевич", None),
    ("Гоголя Николая Васильевича", None),  # Гоголь or Гоголий: the soft ending is not undone
    ("Толстому Льву Николаевичу", None),
    ("Александра Лаврова", None),  # her name, or his genitive
    ("Александры Петровны Лавровой", "Александра Петровна Лаврова"),
    ("Льву Николаевичу Гершензону", "Лев Николаевич Гершензон"),
    ("Ольге Ильиничне Шевченко", "Ольга Ильинична Шевченко"),
)


def _surname(written: str, sex: str, case: str) -> str | None:
    for ending, nominative in _SURNAME[(sex, case)]:
        if written.endswith(ending):
            stem = written[:len(written) - len(ending)]
            if nominative is None:
                return None
            if not nominative and (not _CONSONANT_END.search(stem) or _FLEETING_STEM.search(stem)):
                return None  # (a vowel before the ending, or two consonants that may have had one between
                #             them: "Кравцу" is Кравец's, "Орла" Орёл's; not undone)
            if ending in ("ых", "их") and sex == "f" and stem.endswith(("ов", "ев", "ёв", "ин", "ын", "ск", "цк")):
                return stem + ("ая" if stem.endswith(("ск", "цк")) else "а")  # "Софьи Лавровых": Лаврова
            if ending in ("ых", "их") and stem.endswith(("ск", "цк")):
                return stem + "ий"
            if ending in ("ых", "их") and stem.endswith(("ов", "ев", "ёв", "ин", "ын")):
                return stem
            return stem + nominative
    return written if sex == "f" and _CONSONANT_END.search(written) else None


def russian_nominative(written: str) -> str | None:
    """The nominative of a Russian name written in the genitive or the dative, where the form
    leaves no doubt; None where it is a nominative already or the case cannot be undone."""
    words = written.split()
    if (m := _INITIALS_NAME.match(written.strip())) is not None:
        surname = m["surname"] or m["surname2"]
        nominative = next((surname[:len(surname) - len(e)] + n for e, n in _SURNAME_ALONE if surname.endswith(e)), None)
        if nominative is None:
            return None
        return (m["before"] + nominative) if m["before"] else nominative + m["after"]
    if not 2 <= len(words) <= 3 or not all(_WORD.match(w) for w in words):
        return None
    if len(words) == 3:
        if (found := _patronymic(words)) is None:
            return None
        patronymic_at, (ending, nominative, sex, case) = found
        patronymic = words[patronymic_at]
        first_at, surname_at = (1, 0) if patronymic_at == 2 else (0, 2)
        readings = {r for r in FIRST_NAME_CASES.get(words[first_at], ()) if r[1:] == (sex, case)}
    else:
        first_at = next((i for i in (0, 1) if words[i] in FIRST_NAME_CASES), None)
        if first_at is None:
            return None
        surname_at = 1 - first_at
        readings = set(FIRST_NAME_CASES[words[first_at]])
        if len({r[1] for r in readings}) == 1 and {r[2] for r in readings} == {"gen", "dat"}:
            readings = {min(readings)}  # (her "Марии": the genitive and the dative alike, and so her surname)
    if len(readings) != 1:
        return None  # ("Александра": her name, or his genitive)
    (first, sex, case), = readings
    if case == "nom":
        return None
    surname = _surname(words[surname_at], sex, case)
    if surname is None:
        return None
    out = list(words)
    out[first_at], out[surname_at] = first, surname
    if len(words) == 3:
        out[patronymic_at] = patronymic[:len(patronymic) - len(ending)] + nominative
    result = " ".join(out)
    return result if result != written else None


class RussianForm(NamedTuple):
    """What a Russian name's written form says of its person."""

    key: tuple[str, str] | None  # its initials and its surname's stem ("Н.П.", "Загорск"), or None
    sex: str  # "m", "f", or "" where the form does not say ("Лаврова": his genitive, her nominative)
    nominative: str | None  # the form in the nominative, where sure (the form itself if it is one)
    full: bool  # a first name and a patronymic, not initials


_STEM_ENDINGS = sorted("ого ому ым ом ий ый ой ая ую ою ей ых их а у е ы и ю я".split(), key=len, reverse=True)


def _stem(surname: str) -> str:
    ending = next((e for e in _STEM_ENDINGS if surname.endswith(e) and len(surname) - len(e) >= 3), "")
    return surname[:len(surname) - len(ending)]


def _sex_of_surname(surname: str) -> str:
    if surname.endswith(("ых", "их")):
        return ""
    if surname.endswith(("ой", "ая", "ую", "ою")):
        return "f"
    return "m" if surname.endswith(("у", "ому", "ого", "ым", "ом", "ий", "ый")) or _CONSONANT_END.search(surname) else ""


def russian_form(written: str) -> RussianForm | None:
    """The person a Russian name names, as far as its form tells: initials and a surname
    ("Н. П. Загорского"), or a surname, a first name and a patronymic in any case; None for
    other names."""
    text = written.strip()
    if (m := _INITIALS_NAME.match(text)) is not None:
        surname = m["surname"] or m["surname2"]
        initials = re.sub(r"\s", "", m["before"] or m["after"])
        return RussianForm((initials, _stem(surname)), _sex_of_surname(surname), russian_nominative(text), False)
    words = text.split()
    if len(words) == 3 and all(_WORD.match(w) for w in words):
        if (found := _patronymic(words)) is None:
            return None
        _, (_, _, sex, case) = found
        nominative = text if case == "nom" else russian_nominative(text)
        return RussianForm(None, sex, nominative, True)  # (one by its nominative alone: "Лаврову Николаю
        #                 Петровичу" is not "Лаврову Никите Петровичу", nor "П. Н. Лавров" either of them)
    if len(words) == 2 and (nominative := russian_nominative(text)) is not None:
        return RussianForm(None, "", nominative, True)  # ("Ильи Калитиных": one of a couple)
    return None


# Czech inventories name a letter's writer in the genitive and its addressee in the dative too
# ("Dopis Ladislava Dlaska Václavu Horálkovi"). A Czech surname's nominative is not always to be
# read off its case ("Dlaska": Dlask or Dlasek? "Horálkovi": Horálek or Horálk?), so each form
# gives the nominatives it can be a case of (made forward, from each candidate, and compared);
# one candidate alone is the nominative, and of several the one the listing writes in the
# nominative itself ("Dlask Ladislav" in a list of correspondents).
_CZECH_MEN = ("Adolf Alois Antonín Arnošt Augustin Bedřich Bohumil Bohuslav Břetislav Čeněk Dominik Eduard Emil "
              "Ferdinand Filip František Hynek Ignác Jakub Jan Jaromír Jaroslav Jindřich Jiří Josef Julius Kamil "
              "Karel Ladislav Leopold Lukáš Marek Martin Matěj Michal Miroslav Oldřich Ondřej Otakar Pavel Petr "
              "Prokop Přemysl Richard Robert Rudolf Stanislav Svatopluk Šimon Štěpán Theodor Tomáš Václav Viktor "
              "Vilém Vincenc Vladimír Vojtěch Zdeněk Zikmund").split()
_CZECH_WOMEN = ("Albína Alžběta Amálie Anežka Anna Antonie Barbora Berta Bohumila Božena Eliška Emilie Hedvika "
                "Helena Jana Jarmila Johana Josefa Julie Kamila Karolína Kateřina Klára Libuše Ludmila Magdalena "
                "Marie Markéta Milada Olga Růžena Terezie Věra Vilemína Zdenka Žofie").split()
_CZECH_SOFT = "šžčřcjďťňsz"  # (a stem ending so takes -e in the genitive: Tomáše, Aloise, Beneše)
_CZECH_FLEETING = re.compile(r"e(?=[kcl]$)|ě(?=k$)")  # Karel/Karla, Horálek/Horálka, Zdeněk/Zdeňka, Němec/Němce
_CZECH_SOFTENED = {"ď": "d", "ť": "t", "ň": "n"}  # (Zdeněk → Zdeňka: the consonant before a fleeting ě softens)
_CZECH_DATIVE_E = (("k", "ce"), ("g", "ze"), ("h", "ze"), ("ch", "še"), ("r", "ře"), ("l", "le"), ("s", "se"),
                   ("z", "ze"), ("", "ě"))  # Anežka → Anežce, Olga → Olze, Věra → Věře, Ludmila → Ludmile, Anna → Anně


def _czech_oblique(stem: str) -> str:
    """A masculine noun's stem in its oblique cases: the fleeting vowel out (Horálek → Horálk)."""
    if (m := _CZECH_FLEETING.search(stem)) is not None:
        before = stem[:m.start()]
        if m.group(0) == "ě" and before and before[-1] in "dtn":
            before = before[:-1] + {"d": "ď", "t": "ť", "n": "ň"}[before[-1]]
        return before + stem[m.end():]
    return stem


def czech_cases(nominative: str, sex: str, surname: bool = False) -> dict[str, set[str]]:
    """{"gen": forms, "dat": forms} of a Czech first name or surname in the nominative."""
    n = nominative
    if sex == "f":
        if n.endswith("ová") or n.endswith("á") and surname:
            return {"gen": {n[:-1] + "é"}, "dat": {n[:-1] + "é"}}
        if n.endswith(("ie", "e")):  # Marie, Libuše
            return {"gen": {n}, "dat": {n[:-1] + "i"}}
        if n.endswith("a"):
            stem = n[:-1]
            gen = stem + ("i" if stem[-1:] in "šžčřcjďťň" else "y")
            dat = next(stem[:len(stem) - len(end)] + e for end, e in _CZECH_DATIVE_E if stem.endswith(end))
            return {"gen": {gen}, "dat": {dat}}
        return {"gen": {n}, "dat": {n}}  # (a woman's surname that does not decline)
    if n.endswith("ý"):
        return {"gen": {n[:-1] + "ého"}, "dat": {n[:-1] + "ému"}}
    if n.endswith("í"):
        return {"gen": {n[:-1] + "ího"}, "dat": {n[:-1] + "ímu"}}
    if n.endswith("a"):  # Tůma, Vrba
        return {"gen": {n[:-1] + "y"}, "dat": {n[:-1] + "ovi"}}
    stem = _czech_oblique(n)
    soft = stem[-1:] in _CZECH_SOFT
    return {"gen": {stem + ("e" if soft else "a")}, "dat": {stem + "ovi", stem + ("i" if soft else "u")}}


def first_name_forms(men: list[str], women: list[str],
                     cases: Callable[[str, str], dict[str, set[str]]]) -> dict[str, list[tuple[str, str, str]]]:
    """Every form of the given names, in the nominative and in the cases ``cases`` makes:
    form -> [(nominative, sex, case)] ("Karla": Karel's genitive)."""
    table: dict[str, list[tuple[str, str, str]]] = {}
    for sex, names in (("m", men), ("f", women)):
        for name in names:
            table.setdefault(name, []).append((name, sex, "nom"))
            for case, forms in cases(name, sex).items():
                for form in forms:
                    table.setdefault(form, []).append((name, sex, case))
    return table


CZECH_FIRST_NAMES = first_name_forms(_CZECH_MEN, _CZECH_WOMEN, czech_cases)


def _czech_surname_candidates(form: str, sex: str, case: str) -> set[str]:
    """The nominatives ``form`` can be the ``case`` of."""
    guesses = set()
    adjectival = form.endswith(("ého", "ému", "ího", "ímu", "é"))
    for ending, nominatives in (("ého", ("ý",)), ("ému", ("ý",)), ("ího", ("í",)), ("ímu", ("í",)), ("ové", ("ová",)),
                                ("é", ("á",)), ("ovi", ("", "a")), ("a", ("",)), ("y", ("a",)), ("e", ("",)),
                                ("u", ("",)), ("i", ("",))):
        if adjectival and ending not in ("ého", "ému", "ího", "ímu", "ové", "é"):
            continue  # ("Kopeckému" is no noun's dative: not Kopeckém)
        if form.endswith(ending) and len(form) - len(ending) >= 2:
            stem = form[:len(form) - len(ending)]
            for nominative in nominatives:
                guesses.add(stem + nominative)
                if not nominative:  # (a fleeting vowel back: Horálk → Horálek, Zdeňk → Zdeněk, Němc → Němec)
                    for consonant in "kcl":
                        if stem.endswith(consonant) and len(stem) >= 3 and stem[-2] not in "aeiouyáéěíóúůý":
                            before = stem[:-1]
                            soft = before[-1] in _CZECH_SOFTENED
                            guesses.add((before[:-1] + _CZECH_SOFTENED[before[-1]] + "ě" if soft else before + "e") + consonant)
    return {g for g in guesses if form in czech_cases(g, sex, surname=True).get(case, set()) and not _CZECH_NO_END.search(g)}


_CZECH_NO_END = re.compile(r"[čřžšťďňhzcjg][kcl]$")  # (no Czech word ends so: Sedláčk is Sedláček)


def _plural_czech(form: str, sex: str) -> set[str]:
    for ending, nominative in (("ových", ("", "ová")), ("ovým", ("", "ová")), ("ých", ("ý", "á")), ("ým", ("ý", "á"))):
        if form.endswith(ending):
            return {form[:len(form) - len(ending)] + nominative[sex == "f"]}
    return set()


CZECH_NOMINATIVE_EXAMPLES = (
    ("Ladislava Dlaska", {"Ladislav Dlask", "Ladislav Dlasek"}),  # (which: the listing says, if it writes him so)
    ("Václavu Horálkovi", {"Václav Horálek", "Václav Horálk", "Václav Horálka"}),
    ("Františka Tůmy", {"František Tůma"}),
    ("Františku Tůmovi", {"František Tům", "František Tůma"}),
    ("Boženy Kubíčkové", {"Božena Kubíčková"}),
    ("Boženě Novotné", {"Božena Novotná"}),
    ("Ludmile Weissové", {"Ludmila Weissová"}),
    ("Karla Bělského", {"Karel Bělský"}),
    ("Vojtěchu Kopeckému", {"Vojtěch Kopecký"}),
    ("Aloise Lhotského", {"Alois Lhotský"}),
    ("Vojtěcha Sedláčka", {"Vojtěch Sedláček"}),
    ("Jaroslava Bezděkových", {"Jaroslav Bezděk"}),
    ("Růženy Bezděkových", {"Růžena Bezděková"}),
    ("Marii Šmídovým", {"Marie Šmídová"}),
    ("Václav Horálek", set()),  # (a nominative already)
    ("Františka Nováková", set()),  # (her name: no case to undo)
    ("Bohumila Lhotského", {"Bohumil Lhotský"}),  # (not Bohumila: no woman's surname ends so)
    ("Josefa Vrby", {"Josef Vrba"}),
    ("Bohumila Vrbová", set()),
    ("Bohumila Vlčka", {"Bohumil Vlček"}),  # (no Czech word ends in -čk)
)


def czech_nominatives(written: str) -> set[str]:
    """The nominatives a Czech name written in the genitive or the dative can be ("Ladislava
    Dlaska": Ladislav Dlask or Ladislav Dlasek), its first name telling the sex and the case (an
    initial does not: "V. Horálka" is V. Horálek's, V. Horálk's); an empty set where the name is
    no such case."""
    words = written.split()
    if len(words) != 2 or not all(w[:1].isupper() for w in words):
        return set()
    if re.fullmatch(r"[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-z]?\.", words[0]):
        return {f"{words[0]} {s}" for sex in "mf" for case in ("gen", "dat")
                for s in _plural_czech(words[1], sex) or _czech_surname_candidates(words[1], sex, case)}
    first = [r for r in CZECH_FIRST_NAMES.get(words[0], ()) if r[2] != "nom"]
    if not first or words[1].endswith("á"):
        return set()  # ("Bohumila Vrbová": her name; "Bohumila Vrby", "Bohumila Vlčka": his genitive, as no
    #                    woman's surname ends so)
    found = set()
    for name, sex, case in first:
        surnames = _plural_czech(words[1], sex) or _czech_surname_candidates(words[1], sex, case)
        found |= {f"{name} {s}" for s in surnames}
    return found


# A humanist's letters indexed in Latin name the addressee in the dative ("Ioanni Fontano",
# "Margarethae Lampadiae", "Georgio Fabro"). Given names are declined forward from a table of
# their nominatives; a surname's dative gives the nominatives it can be of: -ae the first
# declension's -a, -o the second's -us (or -er after a consonant and r: Fabro, Faber or Fabrus?),
# -i the third's (-or, -er kept; else -is or -es). One candidate alone is the nominative; of
# several, the one the listing writes (a writer's name, its title page).
_LATIN_GIVEN = ("Ambrosius Andreas Antonius Balthasar Bartholomaeus Beatus Caspar Christophorus Conradus "
                "Desiderius Erasmus Franciscus Georgius Guilielmus Henricus Hieronymus Iacobus Ioachimus "
                "Ioannes Iodocus Laurentius Leonhardus Martinus Matthaeus Matthias Melchior Michael "
                "Nicolaus Paulus Petrus Philippus Sebastianus Simon Sixtus Stephanus Thomas Udalricus "
                "Ulricus Valentinus Vitus Wilibaldus Wolfgangus Anna Barbara Catharina Elisabetha "
                "Magdalena Margaretha Ursula").split()


def _latin_dative(name: str) -> str:
    if name.endswith("us"):
        return name[:-2] + "o"
    if name.endswith("es"):  # Ioannes
        return name[:-2] + "i"
    if name.endswith("as"):  # Andreas, Thomas, Matthias
        return name[:-1] + "e"
    if name.endswith("a"):
        return name + "e"
    return name + "i"  # Caspar, Melchior, Michael, Simon


LATIN_GIVEN_DATIVES = {_latin_dative(n): n for n in _LATIN_GIVEN}


def _latin_surname_candidates(word: str) -> set[str]:
    if word.endswith("ae") and len(word) > 4:
        return {word[:-1]}
    if word.endswith("o") and len(word) > 3:
        stem = word[:-1]
        return {stem + "us", stem[:-1] + "er"} if re.search(r"[^aeiouy]r$", stem) else {stem + "us"}
    if word.endswith("i") and len(word) > 3:
        stem = word[:-1]
        return {stem} if stem.endswith(("or", "er")) else {stem + "is", stem + "es"}
    return set()


LATIN_NOMINATIVE_EXAMPLES = (
    ("Ioanni Fontano", {"Ioannes Fontanus"}),
    ("Sixto Calybeo", {"Sixtus Calybeus"}),
    ("Margarethae Lampadiae", {"Margaretha Lampadia"}),
    ("Hieronymo Textori", {"Hieronymus Textor"}),
    ("Paulo Molitori", {"Paulus Molitor"}),
    ("Georgio Fabro", {"Georgius Fabrus", "Georgius Faber"}),  # (which: the listing says, if it writes him so)
    ("Nicolao Pratensi", {"Nicolaus Pratensis", "Nicolaus Pratenses"}),
    ("Andreae Cellario", {"Andreas Cellarius"}),
    ("Fontano", {"Fontanus"}),
    ("Ioannes Fontanus", set()),  # (a nominative already)
)


def latin_nominatives(written: str) -> set[str]:
    """The nominatives a Latin name in the dative can be ("Georgio Fabro": Georgius Faber or
    Georgius Fabrus); an empty set where a word is no dative this knows."""
    words = written.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return set()
    options = []
    for k, word in enumerate(words):
        if word in LATIN_GIVEN_DATIVES and (k < len(words) - 1 or len(words) == 1):
            options.append({LATIN_GIVEN_DATIVES[word]})
        elif (found := _latin_surname_candidates(word)):
            options.append(found)
        else:
            return set()
    out = {""}
    for found in options:
        out = {f"{o} {f}".strip() for o in out for f in found}
    return out


# A Hungarian archive list names the addressee with a case ending on the name's last word:
# "Varga Károlynak" (-nak/-nek, to), "Bánffalvi Ádámhoz" (-hoz/-hez/-höz, to), rarely "…tól"
# (-tól/-től, from). The ending is a suffix, so the nominative is the word without it; a final
# -a or -e lengthens before it (Gyula: Gyulának, Imre: Imrének), which is undone, save a wife's
# "-né" (Jánosné: Jánosnénak). A name of one word is left as written (a common noun in the case
# is no name).
_HUNGARIAN_CASE = re.compile(r"(?<=\w\w)(?:nak|nek|hoz|hez|höz|tól|től)$")
# Given names a Hungarian list writes after the surname, in the nominative: a name is read as
# Hungarian where its last word is one of them (or a wife's "-né" of one), so that "Josef
# Malínek" (Czech) or "Sánchez" keep their letters.
HUNGARIAN_GIVEN_NAMES = frozenset((
    "Ábel Ábrahám Ádám Adolf Albert Alajos Ambrus András Antal Árpád Attila Bálint Balázs Béla Benedek Benjámin "
    "Bertalan Boldizsár Dániel Dávid Dénes Dezső Domokos Ede Elek Emil Endre Ernő Ferenc Frigyes Gábor Gáspár "
    "Gedeon Gellért Gergely Géza Gusztáv Győző György Gyula Henrik Ignác Imre István Iván Jakab János Jenő József "
    "Kálmán Károly Kázmér Kelemen Kristóf Lajos László Lázár Lőrinc Lukács Márk Márton Mátyás Menyhért Mihály "
    "Miklós Mór Móric Nándor Ödön Orbán Oszkár Pál Péter Rezső Richárd Róbert Rudolf Samu Sámuel Sándor Simon "
    "Tamás Tivadar Tódor Vilmos Viktor Vince Zoltán Zsigmond "
    "Ágnes Amália Anna Antónia Borbála Emília Erzsébet Eszter Etelka Éva Franciska Gizella Hedvig Heléna Ida Ilona "
    "Irén Jolán Jozefa Judit Júlia Julianna Karolina Katalin Klára Krisztina Lujza Magdolna Margit Mária Matild "
    "Paulina Piroska Rozália Sára Szidónia Teréz Terézia Veronika Vilma Zsófia Zsuzsanna").split())

HUNGARIAN_NOMINATIVE_EXAMPLES = (
    ("Varga Károlynak", "Varga Károly"),
    ("kisrédei Keczeli Imrének", "kisrédei Keczeli Imre"),
    ("Fazekas Gyulának", "Fazekas Gyula"),
    ("Juhász Zsófiának", "Juhász Zsófia"),
    ("Juhász Ödönnek", "Juhász Ödön"),
    ("Fazekas Jánosnénak", "Fazekas Jánosné"),
    ("Bánffalvi Ádámnéhoz", "Bánffalvi Ádámné"),
    ("Vargyasi Dánielhez", "Vargyasi Dániel"),
    ("gróf Darvas Miklóshoz", "gróf Darvas Miklós"),
    ("Fodor Istvántól", "Fodor István"),
    ("Varga Károly", None),  # (a nominative already)
    ("Rácz Ferenchez", "Rácz Ferenc"),
    ("Josef Malínek", None),  # (Czech: no Hungarian given name)
    ("Pedro Sánchez", None),
    ("Ádámnak", None),  # (one word: a name alone, or a noun)
)


def hungarian_uncased(word: str) -> str | None:
    """A word without its case ending ("Károlynak": Károly, "helytartótanácsnak":
    helytartótanács), or None where it has none."""
    if not (ending := _HUNGARIAN_CASE.search(word)):
        return None
    stem = word[:ending.start()]
    if stem.endswith(("á", "é")) and not (stem.endswith("né") and len(stem) > 4):
        stem = stem[:-1] + ("a" if stem.endswith("á") else "e")
    return stem


def hungarian_given(word: str) -> bool:
    """A Hungarian given name in the nominative, or a wife's name made of one ("Jánosné")."""
    return word in HUNGARIAN_GIVEN_NAMES or word.endswith("né") and word[:-2] in HUNGARIAN_GIVEN_NAMES


def _lengthened(name: str) -> str:
    return name[:-1] + {"a": "á", "e": "é"}[name[-1]] if name[-1:] in ("a", "e") else name


# A Hungarian given name with a case ending, as a pattern: "Károlynak", "Imrének", "Jánosnéhoz"
HUNGARIAN_GIVEN_IN_CASE = (r"(?:" + "|".join(sorted({_lengthened(n) for n in HUNGARIAN_GIVEN_NAMES}, key=len, reverse=True))
                           + r")(?:né)?(?:nak|nek|hoz|hez|höz)")


def hungarian_nominative(written: str) -> str | None:
    """The nominative of a Hungarian name written with a case ending ("Varga Károlynak": Varga
    Károly), or None where it has none or is no Hungarian name (HUNGARIAN_GIVEN_NAMES)."""
    words = written.split()
    if sum(1 for w in words if w[:1].isupper()) < 2 or not words[-1][:1].isupper() \
            or (stem := hungarian_uncased(words[-1])) is None or not hungarian_given(stem):
        return None
    return " ".join([*words[:-1], stem])


# A Welsh schedule writes a name after "at" (to), "gan" (by) and "oddi wrth" (from) as it is
# written, often softly mutated ("At Fegan Humphreys" for Megan, "At Wen Owen" for Gwen); the name
# stays as written (a register's variant), and the radical form only tells that the word is a given
# name. Soft mutation: c→g, p→b, t→d, g→(none), b→f, d→dd, m→f, ll→l, rh→r.
WELSH_GIVEN_NAMES = frozenset((
    "Alun Aneurin Arthur Bryn Cadwaladr Caradog Ceiriog Dafydd Daniel David Dewi Dyfed Edward Einion Elias Ellis "
    "Emrys Evan Gareth Glyn Goronwy Griffith Gruffudd Gruffydd Gwilym Gwyn Harri Howel Hugh Huw Hywel Idris Ieuan "
    "Ifan Ioan Iolo Iorwerth Islwyn Jenkin John Lewis Llywelyn Madog Meredith Meurig Morgan Morris Owain Owen "
    "Peter Pryce Rhisiart Rhodri Rhys Richard Robert Samuel Siencyn Siôn Tomos Thomas Trefor Tudur Walter "
    "William Wiliam "
    "Angharad Ann Anne Annie Blodwen Buddug Catherine Catrin Ceridwen Dilys Eirlys Elen Elin Elinor Elizabeth "
    "Eluned Ellen Esther Gwen Gwenllian Gwladys Gwyneth Jane Lowri Mair Mali Margaret Mari Martha Mary Megan "
    "Morfudd Myfanwy Nest Nia Olwen Rachel Rebecca Sarah Sian Siân Tegwen").split())
_WELSH_RADICALS = (("g", "c"), ("b", "p"), ("d", "t"), ("f", "b"), ("f", "m"), ("dd", "d"), ("l", "ll"), ("r", "rh"))
# … those English writes too, which say nothing of a Welsh listing ("At Elizabeth Town", "At Hugh Town")
_ENGLISH_TOO = frozenset(("Arthur Daniel David Edward Ellis Evan Griffith Hugh Jenkin John Lewis Meredith Morgan Morris "
                          "Owen Peter Pryce Richard Robert Samuel Thomas Walter William Ann Anne Annie Catherine Elizabeth "
                          "Ellen Esther Jane Margaret Martha Mary Rachel Rebecca Sarah Bryn Glyn Gwyn Mair").split())
WELSH_GIVEN_EXAMPLES = (("Megan", True), ("Fegan", True), ("Wen", True), ("Wilym", True), ("Ddafydd", True),
                        ("Windsor", False), ("Gwyn", True), ("Sea", False), ("Fair", True))


def welsh_given(word: str, only_welsh: bool = False) -> bool:
    """A Welsh given name, as written or softly mutated ("Fegan": Megan, "Wen": Gwen); ``only_welsh``:
    not one English writes too ("David", "Elizabeth"), nor a mutation of one ("Fair": Mair)."""
    names = WELSH_GIVEN_NAMES - _ENGLISH_TOO if only_welsh else WELSH_GIVEN_NAMES
    if word in names:
        return True
    low = word.lower()
    radicals = [f"g{low}"] + [radical + low[len(mutated):] for mutated, radical in _WELSH_RADICALS if low.startswith(mutated)]
    return any(radical.capitalize() in names for radical in radicals)


# Slovene and Croatian inventories name a letter's writer in the genitive and its addressee in
# the dative, as Czech ones do ("Pismo Jakoba Verbiča Ivanu Kosu", "Dopisnica Ferdu Cerarju",
# "Pismo Ivana Kovačića Josipu Horvatu"). A given name from the table below tells the sex and the
# case; a man's surname declines (-a, -u; -r often -rja, -rju: Cerar, Cerarju; a fleeting e out:
# Turnšek, Turnška), a woman's does only where it ends in -a (Rozmanova: Rozmanove, Rozmanovi).
# Forms a surname can be the case of are all kept; the listing's own nominative chooses among them.
_SOUTH_SLAVIC_MEN = ("Alojz Andrej Anton Avgust Bogdan Bogomir Boris Branko Ciril Dragotin Drago Dragutin Edvard Emil "
                     "Ferdo Fran Franc France Franjo Frančišek Gregor Ignac Ivan Ivo Jakob Janez Janko Josip Jože Jožef Juraj "
                     "Jurij Karel Krsto Leopold Ljudevit Lovro Luka Marko Martin Matej Matija Mato Metod Niko Pero Jozo Frano Vlaho Miho Mihael Miha Milan "
                     "Miroslav Mirko Nikola Oton Pavao Pavel Petar Peter Primož Rado Rajko Rudolf Silvester Simon Stanko "
                     "Stane Stjepan Tomaž Tomislav Tone Urban Valentin Vatroslav Vekoslav Viktor Vinko Vjekoslav Vladimir "
                     "Zvonimir").split()
_SOUTH_SLAVIC_WOMEN = ("Alojzija Ana Angela Antonija Cecilija Dragica Ema Frančiška Helena Ivana Ivanka Jelena Jelka Jožefa "
                       "Julija Katarina Katica Ljudmila Malka Marija Marta Milica Milka Minka Mira Neža Olga Pavla Rozalija "
                       "Slava Terezija Vida Zdenka Zofka Zora").split()
# A fleeting vowel before the stem's last consonant: Pavel/Pavla, Peter/Petra, Petar/Petra, Pavao/Pavla
_SOUTH_SLAVIC_FLEETING = {"Pavel": "Pavl", "Karel": "Karl", "Peter": "Petr", "Petar": "Petr", "Pavao": "Pavl",
                          "Frančišek": "Frančišk", "Juraj": "Jurj"}


def south_slavic_cases(nominative: str, sex: str) -> dict[str, set[str]]:
    """{"gen": forms, "dat": forms} of a Slovene or Croatian given name in the nominative."""
    n = nominative
    if n.endswith("a"):  # Marija, Vida; and men's Luka, Matija, Nikola
        return {"gen": {n[:-1] + "e"}, "dat": {n[:-1] + "i"}}
    if sex == "f":
        return {"gen": {n}, "dat": {n}}
    if n.endswith("e"):  # France, Jože: Franceta, Francetu
        return {"gen": {n + "ta"}, "dat": {n + "tu"}}
    stem = _SOUTH_SLAVIC_FLEETING.get(n, n[:-1] if n.endswith("o") else n)  # (Ferdo: Ferda, Ferdu)
    if n in _CROATIAN_E_DECLENSION:  # (Croatian Mato: Mate, Mati; Ivo: Ive, Ivi)
        return {"gen": {stem + "a", stem + "e"}, "dat": {stem + "u", stem + "i"}}
    return {"gen": {stem + "a"}, "dat": {stem + "u"}}


# Croatian men's names of two syllables in -o decline as women's names in -a do: Mato, Mate, Mati
_CROATIAN_E_DECLENSION = {"Mato", "Ivo", "Pero", "Jozo", "Lovro", "Frano", "Niko", "Božo", "Vlaho", "Miho", "Stipo"}


SOUTH_SLAVIC_FIRST_NAMES = first_name_forms(_SOUTH_SLAVIC_MEN, _SOUTH_SLAVIC_WOMEN, south_slavic_cases)

_SOUTH_SLAVIC_ADJECTIVAL = (("ega", "i"), ("emu", "i"), ("oga", "i"), ("omu", "i"))  # Zagorskega, Zrinskoga: -ski


def _south_slavic_surnames(form: str, sex: str, case: str) -> set[str]:
    """The nominatives a surname written in ``case`` can be, for a person of ``sex``."""
    if sex == "f":
        if form.endswith("e" if case == "gen" else "i") and form[-2:-1] in ("v", "k", "n"):  # Rozmanove, Zagorski
            return {form[:-1] + "a"}
        return {form}  # (Pavli Golob: a woman's surname as it is)
    for ending, nominative in _SOUTH_SLAVIC_ADJECTIVAL:
        if form.endswith(ending) and (ending[-1] == "a") == (case == "gen"):
            return {form[:-len(ending)] + nominative}
    if not form.endswith("a" if case == "gen" else "u") or len(form) < 4:
        return set()
    stem = form[:-1]
    if stem.endswith("rj"):  # Cerarju: Cerar (no name ends in -rj)
        return {stem[:-1]}
    found = {stem, stem + "o"} if stem.endswith("k") else {stem}  # (Zorku: Zork or Zorko)
    if re.search(r"[^aeiou][kcnlr]$", stem):  # Turnška, Zajca, Prešerna: Turnšek, Zajec, Prešeren (or as written)
        found.add(stem[:-1] + "e" + stem[-1])
    return found


_NO_SOUTH_SLAVIC_END = re.compile(r"[čšžsztdpbgvfhc][kc]$")  # (no name ends so: Turnšk is Turnšek)


def south_slavic_preferred(found: set[str]) -> str:
    """Of the nominatives a name can be, where the listing does not say which: the surname as
    its case shows it (Ocvirku: Ocvirk, not Ocvirek), unless no name ends so (Turnšku: Turnšek)."""
    plain = min(found, key=len)
    if len(found) == 1 or not _NO_SOUTH_SLAVIC_END.search(plain):
        return plain
    return next(name for name in sorted(found, key=len) if not _NO_SOUTH_SLAVIC_END.search(name) and not name.endswith("o"))


SOUTH_SLAVIC_NOMINATIVE_EXAMPLES = (  # (the case, and the nominative where the listing writes none of those it can be)
    ("Jakoba Verbiča", ("gen", "Jakob Verbič")),
    ("Ferdu Cerarju", ("dat", "Ferdo Cerar")),
    ("Francu Lešniku", ("dat", "Franc Lešnik")),  # (or Lešniko: the listing may say)
    ("Mirku Turnšku", ("dat", "Mirko Turnšek")),  # (no name ends in -šk)
    ("Lovra Zajca", ("gen", "Lovro Zajc")),  # (or Zajec: the listing may say)
    ("Miroslava Tyrše", None),  # (Czech: Tyrš's genitive; a Slovene man's surname in -a is not read)
    ("Pavli Golob", ("dat", "Pavla Golob")),
    ("Marije Verbič", ("gen", "Marija Verbič")),
    ("Eme Rozmanove", ("gen", "Ema Rozmanova")),
    ("Francetu Kotniku", ("dat", "France Kotnik")),
    ("Ivana Kovačića", ("gen", "Ivan Kovačić")),
    ("Josipu Horvatu", ("dat", "Josip Horvat")),
    ("Mati Lovriću", ("dat", "Mato Lovrić")),  # (Croatian: Mato, Mate, Mati)
    ("Ivana Kos", None),  # (her name in the nominative, or a man whose surname is not declined: not read)
    ("Jakob Verbič", None),  # (a nominative already)
)


def south_slavic_name(written: str) -> tuple[str, set[str]] | None:
    """(the case, the nominatives) of a Slovene or Croatian name of a given name and a surname
    in the genitive or the dative ("Jakoba Verbiča": gen, Jakob Verbič), or None."""
    words = written.split()
    if len(words) != 2 or not all(w[:1].isupper() for w in words):
        return None
    found: dict[str, set[str]] = {}
    for name, sex, case in SOUTH_SLAVIC_FIRST_NAMES.get(words[0], ()):
        if case != "nom" and (surnames := _south_slavic_surnames(words[1], sex, case)):
            found.setdefault(case, set()).update(f"{name} {s}" for s in surnames)
    return next(iter(found.items())) if len(found) == 1 else None


# Bodies named in the genitive or the dative: a noun from this table (its gender) and the
# adjectives before it ("Okrajnega šolskega sveta": Okrajni šolski svet; "Prosvetnemu društvu
# Lipa": Prosvetno društvo Lipa; "Hranilnici in posojilnici v Mozirju": Hranilnica in posojilnica
# v Mozirju). What follows the noun (its name, its place) is written as it is named.
SOUTH_SLAVIC_BODIES = {
    "f": "založba občina uprava hranilnica posojilnica šola župnija komisija tiskarna knjigarna banka zadruga matica "
         "družba zbornica knjižnica univerza fakulteta akademija redakcija škofija gimnazija zveza podružnica sekcija "
         "stranka naklada općina štedionica škola župa tiskara knjižara".split(),
    "n": "društvo uredništvo vodstvo ministrstvo glavarstvo ravnateljstvo sodišče učiteljišče gledališče predsedstvo "
         "ministarstvo povjerenstvo kazalište sveučilište".split(),
    "m": "svet odbor urad zavod magistrat muzej konzistorij ordinariat sindikat klub ured sud savez".split(),
}
_BODY_FORMS: dict[str, tuple[str, str, str]] = {}  # form -> (nominative, gender, case)
for _gender, _nouns in SOUTH_SLAVIC_BODIES.items():
    for _noun in _nouns:
        _noun_stem = _noun[:-1] if _gender != "m" else _noun
        for _case, _end in (("gen", {"f": "e", "n": "a", "m": "a"}[_gender]), ("dat", {"f": "i", "n": "u", "m": "u"}[_gender])):
            _BODY_FORMS[_noun_stem + _end] = (_noun, _gender, _case)
_ADJECTIVE_ENDS = {"f": (("e", "a"), ("i", "a")), "n": (("ega", "o"), ("emu", "o"), ("oga", "o"), ("omu", "o")),
                   "m": (("ega", "i"), ("emu", "i"), ("oga", "i"), ("omu", "i"))}
SOUTH_SLAVIC_BODY_EXAMPLES = (
    ("Okrajnega šolskega sveta v Celju", ("gen", "Okrajni šolski svet v Celju")),
    ("Prosvetnemu društvu Lipa v Šmartnem", ("dat", "Prosvetno društvo Lipa v Šmartnem")),
    ("Hranilnici in posojilnici v Mozirju", ("dat", "Hranilnica in posojilnica v Mozirju")),
    ("Uredništva koledarja Mladi rod", ("gen", "Uredništvo koledarja Mladi rod")),
    ("Banovinske uprave v Ljubljani", ("gen", "Banovinska uprava v Ljubljani")),
    ("Založbi Zvezda", ("dat", "Založba Zvezda")),
    ("Ivanu Kosu", None),
)


def south_slavic_body(written: str) -> tuple[str, str] | None:
    """(the case, the nominative) of a body named in the genitive or the dative, or None."""
    words = written.split()
    nouns = [k for k, w in enumerate(words[:4]) if w.lower() in _BODY_FORMS]
    if not nouns:
        return None
    noun, gender, case = _BODY_FORMS[words[nouns[0]].lower()]
    out = []
    for k, word in enumerate(words):
        if k < nouns[0]:
            end = next(((e, n) for e, n in _ADJECTIVE_ENDS[gender] if word.endswith(e)), None)
            if end is None:
                return None
            out.append(word[:-len(end[0])] + end[1])
        elif k in nouns or k == nouns[0] + 2 and words[k - 1] in ("in", "i") and word.lower() in _BODY_FORMS:
            nominative = _BODY_FORMS[word.lower()][0]
            out.append(nominative[:1].upper() + nominative[1:] if word[:1].isupper() else nominative)
        else:
            out.append(word)
    return case, " ".join(out)


# Lithuanian names decline in every word, given name and surname alike: a letter's writer in the
# genitive ("Juozo Rimkaus laiškas", Juozas Rimkus's letter), its addressee in the dative ("Laiškas
# Vandai Narbutaitei-Eidrigienei", to Vanda Narbutaitė-Eidrigienė). The ending tells the case; the
# nominative it comes from is one of a few (rows below: the case's ending, the case, the
# nominative's endings, likeliest first). A t or d before -io, -iui softens to č, dž (Gedraitis:
# Gedraičio). Where the ending leaves it open (Rimkui: Rimkas or Rimkus; Dagio: Dagis or Dagys),
# a given name from the table decides, else the listing's own other forms (titles._lithuanian_cases),
# else the likelier: -ys after a stem of one syllable (Dagys, Kairys), -is after a longer one (Gudelis).
LITHUANIAN_ENDINGS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("iaus", "gen", ("ius",)), ("aus", "gen", ("us",)), ("iui", "dat", ("is", "ys", "ius")), ("ui", "dat", ("as", "us")),
    ("io", "gen", ("is", "ys")), ("o", "gen", ("as",)), ("os", "gen", ("a",)), ("ės", "gen", ("ė",)),
    ("ai", "dat", ("a",)), ("ei", "dat", ("ė",)),
)
_LITHUANIAN_MEN = frozenset(("Adomas Aleksandras Algirdas Andrius Antanas Augustinas Balys Benediktas Bronius Dominykas "
                             "Ernestas Faustas Feliksas Gabrielius Henrikas Ignas Jeronimas Jokūbas Jonas Juozapas Juozas "
                             "Julius Jurgis Kajetonas Karolis Kazimieras Kazys Kęstutis Kleopas Konstantinas Kostas Leonas "
                             "Liudas Liudvikas Marijonas Marius Mindaugas Motiejus Mykolas Napoleonas Petras Povilas Pranas Rapolas "
                             "Simonas Stanislovas Stasys Steponas Tadas Teodoras Tomas Vaclovas Valentinas Viktoras Vilius "
                             "Vincas Vladas Vytautas Zigmas").split())
_LITHUANIAN_WOMEN = frozenset(("Adelė Aldona Aleksandra Barbora Birutė Bronė Dalia Danutė Elena Elzė Emilija Felicija "
                               "Gabrielė Genovaitė Ieva Izabelė Jadvyga Janina Julija Konstancija Kotryna Liudvika Magdalena "
                               "Marcelė Marija Ona Paulina Petronėlė Rozalija Salomėja Sofija Stasė Teresė Uršulė Vanda "
                               "Veronika Zofija").split())
LITHUANIAN_GIVEN_NAMES = _LITHUANIAN_MEN | _LITHUANIAN_WOMEN


def lithuanian_word(word: str) -> tuple[str, list[str]] | None:
    """(the case, the nominatives, likeliest first) of one capitalised word of a Lithuanian name in
    the genitive or the dative ("Gedraičio": gen, [Gedraitis, Gedraitys]), or None; a hyphened
    surname declines in each part ("Narbutaitei-Eidrigienei")."""
    if "-" in word:
        parts = [lithuanian_word(part) for part in word.split("-")]
        if any(p is None for p in parts) or len({p[0] for p in parts}) != 1:
            return None
        return parts[0][0], ["-".join(found[0] for found in (p[1] for p in parts))]
    if len(word) < 3 or not word[:1].isupper() or not word[1:].islower():
        return None
    for ending, case, nominatives in LITHUANIAN_ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < 2:
            continue
        stem = word[:-len(ending)]
        found = []
        if ending == "iui" and stem.endswith(("vič", "nč")):
            nominatives = ("ius", "is", "ys")  # (Basanavičiui: Basanavičius, as -vičius names are)
        for nominative in nominatives:
            if ending.startswith("i") and nominative in ("is", "ys") and stem.endswith(("č", "dž")):
                found.append(stem[:-1] + "t" + nominative if stem.endswith("č") else stem[:-2] + "d" + nominative)
            else:
                found.append(stem + nominative)
        given = [name for name in found if name in LITHUANIAN_GIVEN_NAMES]
        if not given and f"{stem}ys" in found and len(re.findall(r"[aeiouyąęėįųū]+", stem.lower())) == 1:
            found.insert(0, found.pop(found.index(f"{stem}ys")))  # (a stem of one syllable: Dagys, Kairys)
        return case, given or found
    return None


LITHUANIAN_NOMINATIVE_EXAMPLES = (
    ("Kazio", ("gen", ["Kazys"])), ("Kaziui", ("dat", ["Kazys"])), ("Eidrigo", ("gen", ["Eidrigas"])),
    ("Gedraičio", ("gen", ["Gedraitis", "Gedraitys"])), ("Dagiui", ("dat", ["Dagys", "Dagis", "Dagius"])), ("Gedraičiui", ("dat", ["Gedraitis", "Gedraitys", "Gedraičius"])),
    ("Rimkaus", ("gen", ["Rimkus"])), ("Rimkui", ("dat", ["Rimkas", "Rimkus"])), ("Sereikos", ("gen", ["Sereika"])),
    ("Vandai", ("dat", ["Vanda"])), ("Narbutaitei-Eidrigienei", ("dat", ["Narbutaitė-Eidrigienė"])),
    ("Elzės", ("gen", ["Elzė"])), ("Daliai", ("dat", ["Dalia"])), ("Basanavičiaus", ("gen", ["Basanavičius"])),
    ("Basanavičiui", ("dat", ["Basanavičius", "Basanavitis", "Basanavitys"])), ("Mariui", ("dat", ["Marius"])),
    ("Vanda", None), ("Kazys", None),  # (in the nominative already)
)

# Lithuanian bodies: the noun that says what the body is declines, the words before it (its
# genitive: "Švietimo ministerijos", the ministry of education) and its name after it
# ("Leidyklos „Sakalas“") are written as they are named.
LITHUANIAN_BODIES = ("ministerija direkcija leidykla redakcija draugija valdyba komisija sąjunga biblioteka akademija "
                     "mokykla taryba savivaldybė universitetas institutas teatras muziejus komitetas bankas žurnalas "
                     "laikraštis gimnazija seminarija kurija konsulatas pasiuntinybė ambasada departamentas skyrius "
                     "fondas archyvas spaustuvė bendrovė kapitula vyskupija parapija centras tarnyba įstaiga kolegija "
                     "konservatorija filharmonija").split()


def _lithuanian_forms(nominative: str) -> dict[str, str]:
    """{form: case} of a common noun: its genitive and dative."""
    for ending, gen, dat in (("ius", "iaus", "iui"), ("us", "aus", "ui"), ("as", "o", "ui"), ("a", "os", "ai"),
                             ("ė", "ės", "ei"), ("is", "io", "iui")):
        if nominative.endswith(ending):
            stem = nominative[:-len(ending)]
            soft = stem[:-1] + "č" if ending == "is" and stem.endswith("t") else stem  # (laikraštis: laikraščio)
            return {soft + gen: "gen", soft + dat: "dat"}
    return {}


_LITHUANIAN_BODY_FORMS = {form: (noun, case) for noun in LITHUANIAN_BODIES for form, case in _lithuanian_forms(noun).items()}


_GENITIVE_WORD = re.compile(r"(?:o|os|ės|ų|io|aus|ies)$")


def lithuanian_body(written: str) -> tuple[str, str] | None:
    """(the case, the nominative) of a body named in the genitive or the dative ("Valstybės teatro
    direkcijai": dat, Valstybės teatro direkcija), or None."""
    words = written.split()
    for k in reversed(range(len(words))):  # (the last: "Valstybės teatro direkcijai", the theatre's directorate)
        word = words[k]
        found = _LITHUANIAN_BODY_FORMS.get(word.lower())
        if found is not None and all(_GENITIVE_WORD.search(w) or w[:1] in "„“\"" for w in words[:k]):
            # (what it is of, in the genitive: not "Jonui Skyriui", Jonas Skyrius)
            noun = found[0].capitalize() if word[:1].isupper() else found[0]
            return found[1], " ".join([*words[:k], noun, *words[k + 1:]])
    return None


def lithuanian_name(written: str, case: str | None = None) -> str | None:
    """A Lithuanian name or body in the genitive or the dative, in the nominative (the likeliest
    where the case leaves it open), or None where a word is in no such case (or not in ``case``)."""
    if (body := lithuanian_body(written)) is not None:
        return body[1] if case in (None, body[0]) else None
    return _in_case(written, case, lithuanian_word)


def _in_case(written: str, case: str | None, word: Callable[[str], tuple[str, list[str]] | None]) -> str | None:
    """A name every word of which ``word`` reads in one case (``case``, if given), each in its
    likeliest nominative; an initial ("K. Eidrigui") as written; None where a word reads in none."""
    words = written.split()
    reads = {w: word(w) for w in words if not _INITIAL.fullmatch(w)}
    read = list(reads.values())
    if not read or None in read or any(case not in (None, w[0]) for w in read) or len({w[0] for w in read}) != 1:
        return None
    return " ".join(reads[w][1][0] if w in reads else w for w in words)


_INITIAL = re.compile(r"[^\W\d_]\.")


# Latvian names decline in every word, as Lithuanian ones do: a letter's writer in the genitive
# ("Ezerleja vēstule", Ezerlejs's letter; "Elzas Liepiņas"), its addressee in the dative ("Dzirkstelei",
# to Dzirkstele; "Fricim Bērziņam"). Rows: the case's ending, the case, the nominative's endings,
# likeliest first; the genitive -a of a name in -is has its consonant softened (Fricis: Friča, Kārlis:
# Kārļa), and -iņa, -iņam come of -iņš (Bērziņš). A given name the table knows decides (Pētera: Pēteris).
LATVIAN_ENDINGS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("as", "gen", ("a",)), ("es", "gen", ("e",)), ("a", "gen", ("s", "š", "is")),
    ("ai", "dat", ("a",)), ("ei", "dat", ("e",)), ("am", "dat", ("s", "š")), ("im", "dat", ("is",)), ("um", "dat", ("us",)),
)
_LATVIAN_HARD = {"č": "c", "ļ": "l", "ņ": "n", "š": "s", "ž": "z", "šļ": "sl", "žļ": "zl", "mj": "m", "bj": "b", "pj": "p", "vj": "v"}
LATVIAN_GIVEN_NAMES = frozenset((
    "Ādolfs Aleksandrs Alfrēds Andrejs Ansis Antons Arvīds Augusts Eduards Emīls Ernests Fricis Indriķis Jānis Jāzeps "
    "Jēkabs Juris Kārlis Krišjānis Kristaps Mārtiņš Miķelis Oskars Pauls Pēteris Roberts Rūdolfs Teodors Viktors Vilis "
    "Voldemārs Žanis Krišs Dāvids Jurģis Mikus "
    "Anna Anete Austra Biruta Dārta Elīze Elza Emīlija Grieta Ieva Ilze Kate Katrīna Lavīze Līze Lūcija Made Marija Matilde "
    "Milda Minna Olga Paulīne Velta Zenta").split())


def latvian_word(word: str) -> tuple[str, list[str]] | None:
    """(the case, the nominatives, likeliest first) of one capitalised word of a Latvian name in the
    genitive or the dative ("Friča": gen, [Fricis]), or None."""
    if len(word) < 3 or not word[:1].isupper() or not word[1:].islower():
        return None
    for ending, case, nominatives in LATVIAN_ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < 2:
            continue
        stem = word[:-len(ending)]
        found = []
        for nominative in nominatives:
            if nominative == "is" and case == "gen":
                soft = next((s for s in sorted(_LATVIAN_HARD, key=len, reverse=True) if stem.endswith(s)), "")
                found.append(stem[:len(stem) - len(soft)] + _LATVIAN_HARD.get(soft, "") + "is")
            else:
                found.append(stem + nominative)
        if stem.endswith("iņ") and f"{stem}š" in found:
            found.insert(0, found.pop(found.index(f"{stem}š")))  # (Bērziņa, Bērziņam: Bērziņš)
        given = [name for name in found if name in LATVIAN_GIVEN_NAMES]
        return case, given or found
    return None


LATVIAN_NOMINATIVE_EXAMPLES = (
    ("Ezerleja", ("gen", ["Ezerlejs", "Ezerlejš", "Ezerlejis"])), ("Ezerlejam", ("dat", ["Ezerlejs", "Ezerlejš"])),
    ("Dzirksteles", ("gen", ["Dzirkstele"])), ("Dzirkstelei", ("dat", ["Dzirkstele"])),
    ("Friča", ("gen", ["Fricis"])), ("Fricim", ("dat", ["Fricis"])), ("Bērziņa", ("gen", ["Bērziņš", "Bērziņs", "Bērzinis"])),
    ("Bērziņam", ("dat", ["Bērziņš", "Bērziņs"])), ("Elzas", ("gen", ["Elza"])), ("Annai", ("dat", ["Anna"])),
    ("Pētera", ("gen", ["Pēteris"])), ("Kārļa", ("gen", ["Kārlis"])), ("Dzirkstele", None), ("Ezerlejs", None),
)


def latvian_name(written: str, case: str | None = None) -> str | None:
    """A Latvian name in the genitive or the dative, in the nominative (the likeliest where the
    case leaves it open), or None where a word is in no such case (or not in ``case``)."""
    return _in_case(written, case, latvian_word)


# Icelandic names decline in every word: a letter's writer in the genitive ("Bréf Þorvaldar
# Hjaltasonar", after "frá" in the dative: "Bréf frá Þorvaldi Hjaltasyni"), its addressee in the
# genitive after "til". Patronymics decline by rule (-son: -sonar, -syni; -dóttir: -dóttur); a
# given name's ending leaves its nominative open (Jóns: Jón; Gríms: Grímur), decided by the table
# of given names below, else by the listing's other forms (titles._icelandic_cases), else the
# likelier. Rows: the case's ending, the case, the nominative's endings, likeliest first.
ICELANDIC_ENDINGS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("sonar", "gen", ("son",)), ("syni", "dat", ("son",)), ("dóttur", "gen", ("dóttir",)), ("dóttur", "dat", ("dóttir",)),
    ("sens", "gen", ("sen",)),  # (a family name of Danish form: Thorarensens)
    ("jar", "gen", ("",)), ("ju", "dat", ("",)),  # (Guðný: Guðnýjar, Guðnýju)
    ("ar", "gen", ("ur", "")), ("s", "gen", ("", "ur")), ("a", "gen", ("i",)), ("u", "gen", ("a",)),
    ("i", "dat", ("ur", "")), ("a", "dat", ("i",)), ("u", "dat", ("", "a")),
)
# Given names whose forms no ending rule gives (Björn: Bjarnar, Birni; Páll: Páls, Páli; Anna: Önnu)
_ICELANDIC_IRREGULAR = {"Bjarnar": "Björn", "Birni": "Björn", "Páls": "Páll", "Páli": "Páll", "Önnu": "Anna",
                        "Jóhönnu": "Jóhanna", "Sveinbjarnar": "Sveinbjörn", "Sveinbirni": "Sveinbjörn",
                        "Arnbjarnar": "Arnbjörn", "Ólafar": "Ólöf", "Ólöfu": "Ólöf", "Karls": "Karl", "Karli": "Karl",
                        "Egils": "Egill", "Agli": "Egill", "Ingibjörgu": "Ingibjörg"}
ICELANDIC_GIVEN_NAMES = frozenset((
    "Ari Árni Ásgeir Ásmundur Benedikt Bjarni Björn Brynjólfur Davíð Egill Eggert Einar Eiríkur Finnur Friðrik "
    "Gísli Grímur Gunnar Guðbrandur Guðmundur Halldór Hallgrímur Hannes Helgi Hjalti Jakob Jóhann Jóhannes Jón "
    "Jónas Karl Kristján Magnús Oddur Ólafur Páll Pétur Sigfús Sighvatur Sigurður Skúli Snorri Stefán Steingrímur "
    "Sveinbjörn Sveinn Tómas Vigfús Þorlákur Þorsteinn Þorvaldur Þórarinn Þórður Kolbeinn Hallur Teitur Eyvindur "
    "Hákon Ragnar Konráð Matthías Þórhallur "
    "Anna Ásta Elín Guðný Guðrún Halldóra Helga Ingibjörg Jóhanna Katrín Kristín Margrét Ólöf Ragnheiður Sigríður "
    "Sólveig Steinunn Valgerður Þóra Þórunn Þuríður").split())
ICELANDIC_NOMINATIVE_EXAMPLES = (
    ("Þorvaldar", "gen", ["Þorvaldur"]), ("Þorvaldi", "dat", ["Þorvaldur"]), ("Hjaltasonar", "gen", ["Hjaltason"]),
    ("Hjaltasyni", "dat", ["Hjaltason"]), ("Bjarnadóttur", "gen", ["Bjarnadóttir"]), ("Jóns", "gen", ["Jón"]),
    ("Gríms", "gen", ["Grímur"]), ("Hjalta", "gen", ["Hjalti"]), ("Guðrúnar", "gen", ["Guðrún"]),
    ("Guðrúnu", "dat", ["Guðrún"]), ("Halldóri", "dat", ["Halldór"]), ("Birni", "dat", ["Björn"]),
    ("Sigríði", "dat", ["Sigríður"]), ("Helgu", "gen", ["Helga"]), ("Ásgeirssyni", "dat", ["Ásgeirsson"]),
    ("Melsteðs", "gen", ["Melsteð", "Melsteður"]),  # (no given name: the likelier first)
    ("Þorsteins", "gen", ["Þorsteinn"]), ("Guðnýjar", "gen", ["Guðný"]), ("Arnórs", "gen", ["Arnór"]),
    ("Ingibjargar", "gen", ["Ingibjörg"]), ("Matthíasar", "gen", ["Matthías"]), ("Ragnari", "dat", ["Ragnar"]),
    ("Hjaltason", "gen", None), ("Þorvaldur", "dat", None),  # (in the nominative: no such case)
)
# Icelandic bodies named with the definite article on their noun ("Fornminjasafnið", the Antiquarian
# Collection): the genitive and dative endings of the article (neuter -sins/-inu, feminine -arinnar/-inni).
_ICELANDIC_DEFINITE = (("sins", "gen", "ið"), ("inu", "dat", "ið"), ("arinnar", "gen", "in"), ("inni", "dat", "in"))


def icelandic_word(word: str, case: str) -> list[str] | None:
    """The nominatives, likeliest first, of one capitalised word of an Icelandic name in ``case``
    ("gen" or "dat"), or None where its ending is of no such case."""
    if len(word) < 3 or not word[:1].isupper() or not word[1:].islower():
        return None
    if word in _ICELANDIC_IRREGULAR:
        return [_ICELANDIC_IRREGULAR[word]]
    for ending, of, nominatives in ICELANDIC_ENDINGS:
        if of != case or not word.endswith(ending) or len(word) - len(ending) < 2:
            continue
        stem = word[:-len(ending)]
        if stem.endswith("bjarg") and ending in ("ar", "u"):
            return [stem[:-5] + "björg"]  # (Ingibjargar, Ingibjörgu: Ingibjörg)
        found = [stem + nominative for nominative in nominatives
                 if not (nominative == "ur" and stem.endswith(("s", "r")))]  # (Matthíasar: Matthías, no "-ur" after s, r)
        if ending in ("s", "i") and stem.endswith(("n", "l")) and not stem.endswith(("nn", "ll")):
            found.append(stem + stem[-1])  # (Þorsteins, Þorsteini: Þorsteinn; Kolbeins: Kolbeinn)
        given = [name for name in found if name in ICELANDIC_GIVEN_NAMES]
        return given or found
    return None


def icelandic_body(written: str, case: str) -> str | None:
    """A body named by one noun with its article ("Fornminjasafnsins") in the nominative, or None."""
    if " " in written or not written[:1].isupper():
        return None
    for ending, of, nominative in _ICELANDIC_DEFINITE:
        if of == case and written.endswith(ending) and len(written) > len(ending) + 4:
            return written[:-len(ending)] + nominative
    return None


def icelandic_name(written: str, case: str) -> str | None:
    """An Icelandic name in ``case`` in the nominative (the likeliest where its case leaves it
    open), or None where a word is in no such case."""
    words = written.split()
    reads = [icelandic_word(word, case) if not _INITIAL.fullmatch(word) else [word] for word in words]
    if not reads or reads[0] is None:
        return None
    reads = [read or [word] for read, word in zip(reads, words)]  # (a family name that does not decline: "Hafstein")
    return " ".join(read[0] for read in reads)


# Polish: a name in the genitive, as lists of letters write whom a letter went to or came from
# ("Do FELIKSA MIKORSKIEGO", "Od ks. Marcina Szafarkiewicza", "List Józefy Kossowskiej do …"), in
# the nominative. Given names by table (their genitives made by rule, a fleeting e kept: Paweł, Pawła;
# Jacek, Jacka; Aleksander, Aleksandra); surnames by rule (-skiego: -ski, -skiej: -ska, -owej: -owa,
# Pruszaka: Pruszak, Dudka: Dudek), a woman's surname that ends in a consonant as written (Kubiak).
_POLISH_MEN = ("Adam Adolf Albin Aleksander Alfons Alfred Alojzy Ambroży Andrzej Antoni Apolinary Artur August Augustyn "
               "Bartłomiej Benedykt Bernard Błażej Bogdan Bogusław Bolesław Bonawentura Bronisław Cezary Cyprian Czesław "
               "Damian Dionizy Dominik Edmund Edward Emil Eugeniusz Euzebiusz Feliks Ferdynand Florian Franciszek Fryderyk "
               "Gabriel Grzegorz Gustaw Henryk Hieronim Hilary Hipolit Ignacy Izydor Jacek Jakub Jan Janusz Jarosław "
               "Jerzy Joachim Józef Julian Juliusz Justyn Kajetan Kacper Kalikst Karol Kazimierz Klemens Konrad Konstanty "
               "Kornel Krystyn Krzysztof Ksawery Leon Leopold Lucjan Ludwik Łukasz Maciej Maksymilian Marcin Marek Marian "
               "Mateusz Maurycy Michał Mikołaj Mieczysław Narcyz Norbert Onufry Paweł Piotr Placyd Roch Roman Ryszard "
               "Seweryn Sebastian Stanisław Stefan Szczepan Szymon Tadeusz Teodor Teofil Tomasz Tymoteusz Wacław "
               "Walenty Walery Wawrzyniec Wiktor Wincenty Witold Władysław Wojciech Zdzisław Zenon Zygmunt").split()
_POLISH_WOMEN = ("Agata Agnieszka Aleksandra Amelia Aniela Anna Antonina Apolonia Barbara Beata Bronisława Cecylia "
                 "Celina Dorota Elżbieta Emilia Ewa Eleonora Felicja Filomena Franciszka Gabriela Halina Helena Henryka "
                 "Honorata Izabela Jadwiga Joanna Józefa Julia Julianna Justyna Jolanta Kamila Karolina Katarzyna Klara "
                 "Konstancja Kunegunda Laura Leokadia Ludwika Łucja Magdalena Maria Marianna Marta Matylda Michalina "
                 "Natalia Olga Paulina Rozalia Róża Salomea Seweryna Stanisława Stefania Tekla Teodora Teresa Urszula "
                 "Wanda Weronika Wiktoria Władysława Zofia Zuzanna").split()
_POLISH_FLEETING = re.compile(r"(?<=[^aeiouyąęó])e(?=[kcłr]$)")  # Jacek/Jacka, Paweł/Pawła, Aleksander/Aleksandra
_POLISH_SOFT_A = ("k", "g", "l", "j")  # (after these a feminine genitive ends in -i: Ludwiki, Anieli, Olgi)


def _polish_given_genitive(name: str, man: bool) -> str:
    if name.endswith("y") and man:
        return name[:-1] + "ego"  # (Jerzy, Jerzego; Ignacy, Ignacego)
    if name.endswith("i") and man:
        return name + "ego"  # (Antoni, Antoniego)
    if name.endswith("a"):
        stem = name[:-1]
        return stem + ("i" if stem.endswith("i") else "i" if stem.endswith(_POLISH_SOFT_A) else "y")  # (Maria, Marii)
    return _POLISH_FLEETING.sub("", name) + "a"


POLISH_GIVEN_GENITIVES: dict[str, str] = {}
for _name in _POLISH_WOMEN:
    POLISH_GIVEN_GENITIVES[_polish_given_genitive(_name, man=False)] = _name
for _name in _POLISH_MEN:  # (a man's genitive wins where it reads as a woman's nominative: Józefa is Józef's)
    POLISH_GIVEN_GENITIVES[_polish_given_genitive(_name, man=not _name.endswith("a"))] = _name
POLISH_WOMEN = frozenset(_POLISH_WOMEN)

_POLISH_SURNAME = (  # (genitive ending, nominative ending, a woman's)
    ("skiego", "ski", False), ("ckiego", "cki", False), ("dzkiego", "dzki", False), ("iego", "i", False),
    ("ego", "y", False), ("skiej", "ska", True), ("ckiej", "cka", True), ("dzkiej", "dzka", True), ("iej", "a", True),
    ("ej", "a", True))
_POLISH_SURNAME_ONLY = ("skiego", "ckiego", "dzkiego", "skiej", "ckiej", "dzkiej")
POLISH_NOMINATIVE_EXAMPLES = (
    ("Feliksa Mikorskiego", "Feliks Mikorski"), ("Józefy Kossowskiej", "Józefa Kossowska"),
    ("Anieli Wężykowej", "Aniela Wężykowa"), ("Marcina Szafarkiewicza", "Marcin Szafarkiewicz"),
    ("Bonawentury Żółtowskiego", "Bonawentura Żółtowski"), ("Stanisława Wężyka", "Stanisław Wężyk"),
    ("Ludwiki Kubiak", "Ludwika Kubiak"), ("Pawła Dudka", "Paweł Dudek"), ("Jerzego Lubomirskiego", "Jerzy Lubomirski"),
    ("Józefa Bema", "Józef Bem"), ("Marii Konopnickiej", "Maria Konopnicka"), ("Aleksandra Fredry", None),
    ("W. Zawadzkiego", "W. Zawadzki"), ("Towarzystwa Naukowego", None), ("Jan Kowalski", None),
    ("Teofili Zabłockiej", "Teofila Zabłocka"), ("Tytusa Dembińskiego", "Tytus Dembiński"),
    ("Zenobii Lipskiej", "Zenobia Lipska"), ("Maksymiliana Zawiszy-Kopca", None),
)


def _polish_surname(word: str, woman: bool | None) -> tuple[str, bool] | None:
    """A surname's nominative and whether it is a woman's, or None where it reads in no genitive."""
    for ending, nominative, hers in _POLISH_SURNAME:
        if word.endswith(ending) and len(word) > len(ending) + 1 and woman in (None, hers):
            return word[:-len(ending)] + nominative, hers
    if woman:
        return (word, True) if not word.endswith(("y", "i", "a")) else None  # (Kubiak: as written)
    if word.endswith("a") and word[-2:-1] not in "aeiouyąęó":
        stem = word[:-1]
        if re.search(r"[^aeiouyąęó][clł]$", stem) and stem[-2:] not in ("ch", "cz", "sz", "rz"):
            return None  # (Odyńca, Wróbla, Kozła, Niemca: a fleeting e or more; not read, rather than read wrong)
        if stem.endswith("k") and stem[-2:-1] not in "aeiouyąęó":
            stem = stem[:-1] + "ek"  # (Dudka: Dudek, Wilczka: Wilczek; not Pruszaka, Wężyka)
        return stem, False
    return None


def polish_name(written: str) -> str | None:
    """A person's name in the genitive ("Feliksa Mikorskiego") in the nominative, or None where it
    reads as none (a body, a nominative, an unknown given name with no surname in a case)."""
    words = written.split()
    if not words or len(words) > 4 or "-" in words[-1]:
        return None  # (a double surname, "Zawiszy-Kopca", is Zawisza-Kopiec: not read, rather than read wrong)
    given = [POLISH_GIVEN_GENITIVES.get(word) for word in words[:-1]]
    if len(words) > 1 and not all(g or _INITIAL.fullmatch(w) for g, w in zip(given, words[:-1])):
        # (a given name the table lacks: by rule, the surname's genitive telling the sex: "Teofili
        # Zabłockiej", Teofila Zabłocka; "Tytusa Dembińskiego", Tytus Dembiński)
        read = _polish_surname(words[-1], None)
        if read is None or len(words) != 2 or not words[-1].endswith(_POLISH_SURNAME_ONLY):
            return None  # (only a surname no noun shares: not "Towarzystwa Naukowego")
        word = words[0]
        if read[1] and word.endswith("i"):  # (not -y: "Gazety Warszawskiej", "Rady Miejskiej" are bodies)
            given = [word[:-1] + "a"]  # (Teofili: Teofila, Zenobii: Zenobia)
        elif not read[1] and word.endswith("a") and word[-2:-1] not in "aeiouyąęó":
            given = [word[:-1]]
        else:
            return None
    first = next((g for g in given if g), None)
    woman = None if first is None else first in POLISH_WOMEN or first.endswith("a") and first not in _POLISH_MEN
    surname = _polish_surname(words[-1], woman)
    if surname is None:
        return None
    return " ".join([*(g or w for g, w in zip(given, words[:-1])), surname[0]])


# --- Ukrainian: an edition's addressee in the genitive after "До" ---------------------------------
# "До О. Ф. Ярошинської", "До Івана Пелеха", "До Т. К. Гриценка": the genitive's endings undone, the longest
# first; a surname in -нка or -шка is one in -нко, -шко (Гриценко, Опришко), another in -ка one in -к (Кулик, Вовк); -ея is
# -ей (Маковей); a woman's given
# name in -и or -ї is one in -а or -я; an initial stays; a word no row reads (Дзвінчук) is the nominative.
UKRAINIAN_SURNAME_GENITIVES = (("ської", "ська"), ("цької", "цька"), ("ової", "ова"), ("евої", "ева"),
                               ("іної", "іна"), ("ського", "ський"), ("цького", "цький"),
                               ("енка", "енко"), ("ова", "ов"), ("ева", "ев"), ("єва", "єв"), ("іна", "ін"), ("ича", "ич"),
                               ("ого", "ий"), ("нка", "нко"), ("шка", "шко"), ("ка", "к"), ("ха", "х"), ("ра", "р"), ("ла", "л"), ("на", "н"), ("да", "д"),
                               ("та", "т"), ("са", "с"), ("за", "з"), ("ба", "б"), ("па", "п"), ("ма", "м"), ("ва", "в"),
                               ("ея", "ей"), ("ая", "ай"), ("оя", "ой"), ("уя", "уй"), ("я", "ь"))
UKRAINIAN_GIVEN_GENITIVES = {"Івана": "Іван", "Петра": "Петро", "Михайла": "Михайло", "Теодора": "Теодор",
                             "Василя": "Василь", "Олександра": "Олександр", "Миколи": "Микола", "Йосипа": "Йосип",
                             "Андрія": "Андрій", "Павла": "Павло", "Остапа": "Остап", "Ярослава": "Ярослав",
                             "Уляни": "Уляна", "Марії": "Марія", "Ольги": "Ольга", "Анни": "Анна", "Наталії": "Наталія",
                             "Катерини": "Катерина", "Олени": "Олена", "Софії": "Софія", "Лесі": "Леся"}
UKRAINIAN_EXAMPLES = (("О. Ф. Ярошинської", "О. Ф. Ярошинська"), ("Т. К. Гриценка", "Т. К. Гриценко"),
                      ("Івана Пелеха", "Іван Пелех"), ("Уляни Дзвінчук", "Уляна Дзвінчук"),
                      ("Теодора Окуневича", "Теодор Окуневич"), ("М. П. Драгоманова", "М. П. Драгоманов"),
                      ("Я. Г. Кулика", "Я. Г. Кулик"), ("Михайла Опришка", "Михайло Опришко"), ("Ф. Вовка", "Ф. Вовк"),
                      ("О. Маковея", "О. Маковей"), ("Лесі Українки", "Леся Українка"), ("редакції «Вісника»", None))
_CYRILLIC_INITIAL = re.compile(r"[А-ЯІЇЄҐ]\.")


def ukrainian_name(written: str) -> str | None:
    """A person's name in the genitive in the nominative (UKRAINIAN_EXAMPLES), or None where it reads as none
    (a body in lower case, a word no ending reads)."""
    words = written.split()
    if not words or len(words) > 4 or not all(w[:1].isupper() for w in words):
        return None
    *given, surname = words
    if not all(_CYRILLIC_INITIAL.fullmatch(w) or w in UKRAINIAN_GIVEN_GENITIVES for w in given):
        return None
    woman = any(UKRAINIAN_GIVEN_GENITIVES.get(w, "").endswith(("а", "я")) and w.endswith(("и", "ї", "і")) for w in given)
    nominative = surname
    if woman and surname.endswith("ки"):
        nominative = surname[:-1] + "а"  # ("Лесі Українки": Леся Українка)
    elif not (woman and not surname.endswith("ої")):  # (a woman's surname in a consonant does not decline)
        nominative = next((surname[:-len(end)] + to for end, to in UKRAINIAN_SURNAME_GENITIVES if surname.endswith(end)
                           and len(surname) > len(end) + 1), None)
        if nominative is None:
            return None
    return " ".join([*(UKRAINIAN_GIVEN_GENITIVES.get(w, w) for w in given), nominative])


# --- Finnish: a party in the allative or the ablative ------------------------------------------
# "Saloniukselle" (to Salonius), "Tikkaselle" (to Tikkanen), "Rönnholmille" (to Rönnholm), "Mäkelälle" (to
# Mäkelä), "Rönnholmilta" (from him): the ending undone. A stem must look Finnish or Swedish-Finnish: after
# "-ille" a consonant and five letters at least, not "-v" (Melville, Granville, Bastille are no cases); after a
# vowel and "-lle"/"-lta", five letters with a Finnish mark (ä, ö, y, a doubled letter), not Peralta, Trolle.
_FI_ENDINGS = (("kselle", "s", "to"), ("kselta", "s", "from"), ("selle", "nen", "to"), ("selta", "nen", "from"),
               ("ille", "", "to"), ("ilta", "", "from"), ("lle", "", "to"), ("lta", "", "from"))
_FI_MARK = re.compile(r"[äöy]|([a-zåäö])\1", re.IGNORECASE)


def finnish_case(word: str) -> tuple[str, str] | None:
    """(the nominative, "to" or "from") of a name in the allative or the ablative, or None."""
    for ending, stem, way in _FI_ENDINGS:
        base = word[:-len(ending)]
        if not word.endswith(ending) or len(base) < 3:
            continue
        if ending in {"ille", "ilta"} and (base[-1] in "aeiouyäöåv" or len(base) < 5):
            return None
        if ending in {"lle", "lta"} and (base[-1] not in "aouyäö" or len(base) < 5 or not _FI_MARK.search(base)):
            return None
        return base + stem, way
    return None


# --- German: a finding aid's writer in the genitive -------------------------------------------
# German finding aids title an official letter "Schreiben des Amtes Hagenburg an die Kriegskanzlei"
# (the writer in the genitive after "des" or "der"). The office or body that heads the phrase is
# known here by the ending of its nominative (a compound keeps its first part: "Oberförsters",
# Oberförster); a feminine noun ("der Regierung"), a name alone ("des Heinrich Meyer") and a noun
# not named here stay as written. The neuter ones take "-es" on an adjective before them.
GERMAN_HEADS = {
    "m": ("amtmann kaufmann rat magistrat förster prediger pastor pfarrer bürgermeister meister kanzler vogt "
          "richter verwalter sekretär schreiber bischof abt propst dekan herzog könig kaiser graf fürst kurfürst "
          "drost superintendent advokat präsident kommandant hauptmann oberst arzt apotheker notar lehrer "
          "konvent senat kapitän konsul gesandte rektor syndikus prinz freiherr kammerherr kandidat").split(),
    "n": ("amt konsistorium kloster stift kapitel gericht ministerium kollegium direktorium präsidium presbyterium "
          "gouvernement kommando kirchspiel dorf oberamt hospital waisenhaus domkapitel").split(),
}
# the genitive endings of a head: "-s" or "-es" (strong), "-en" (weak: "des Grafen", "des Drosten"; the same
# in the dative and accusative, "an den Grafen X": german_weak_nominative)
_WEAK = {"graf", "fürst", "kurfürst", "prinz", "freiherr", "kammerherr", "drost", "superintendent", "advokat", "präsident",
         "kandidat", "kommandant", "oberst", "gesandte"}
GERMAN_WEAK_FORMS = {(head[:1].upper() + head[1:]) + ("n" if head.endswith(("e", "rr")) else "en"): head[:1].upper() + head[1:]
                     for head in _WEAK}  # "Grafen": "Graf", "Freiherrn": "Freiherr", "Gesandten": "Gesandte"


def german_weak_nominative(word: str) -> str:
    """A weak noun's title in the nominative ("Grafen": Graf); another word as it is."""
    return GERMAN_WEAK_FORMS.get(word, word)
GERMAN_NOMINATIVE_EXAMPLES = (
    ("Magistrats der Stadt Stadthagen", "Magistrat der Stadt Stadthagen"), ("Amtes Hagenburg", "Amt Hagenburg"),
    ("Konsistoriums", "Konsistorium"), ("Oberförsters Heinrich Friedrich Sieveking", "Oberförster Heinrich Friedrich Sieveking"),
    ("Königlichen Amtes Hagenburg", "Königliches Amt Hagenburg"), ("Grafen Johann von Alten", "Graf Johann von Alten"),
    ("Hofpredigers Ernst Ludwig Seebohm", "Hofprediger Ernst Ludwig Seebohm"), ("Regierung in Bückeburg", None),
    ("Heinrich Meyer", None), ("Klosterkammer Hannover", None), ("Rates", "Rat"), ("Fürstlichen Kanzlers", "Fürstlicher Kanzler"),
    ("Erbprinzen Georg", "Erbprinz Georg"), ("Konsuls Meyer", "Konsul Meyer"), ("Freiherrn von Knigge", "Freiherr von Knigge"))


def _german_head(word: str) -> tuple[str, str] | None:
    """(nominative, gender) of a head noun in the genitive, or None."""
    lower = word.lower()
    for gender, heads in GERMAN_HEADS.items():
        for head in heads:
            endings = ("en", "n") if head in _WEAK else ("es", "s")
            for ending in endings:
                if lower.endswith(head + ending) and (len(lower) == len(head) + len(ending) or len(lower) - len(head) - len(ending) >= 3):
                    return word[:len(word) - len(ending)], gender  # (a compound: at least three letters before the head)
    return None


def german_nominative(written: str) -> str | None:
    """A writer named in the genitive ("Magistrats der Stadt Stadthagen", "Königlichen Amtes X") in
    the nominative, or None where its head is no office or body known in the genitive."""
    words = written.split()
    adjectives = 0
    while adjectives < len(words) - 1 and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:ischen|lichen|igen)", words[adjectives]):
        adjectives += 1  # ("Königlichen", "Fürstlichen", "Preußischen")
    if adjectives >= len(words):
        return None
    head = _german_head(words[adjectives])
    if head is None:
        return None
    nominative, gender = head
    ending = "es" if gender == "n" else "er"
    return " ".join([*(w[:-2] + ending for w in words[:adjectives]), nominative, *words[adjectives + 1:]])


# --- Modern Greek: a name in the accusative or the genitive ----------------------------------
# "Προς τον Δημήτριο Κουμπάρο" (to Dimitrios Koumparos), "Επιστολή του Νικολάου Βαλσαμάκη" (Nikolaos
# Valsamakis's): the article before the name gives its case and gender; a man's name ends in -ος, -ης or -ας
# in the nominative, -ο, -η, -α in the accusative, -ου, -η, -α in the genitive; a woman's accusative is her
# nominative, her genitive adds -ς. A given name the table knows is written as it has it (its accent may move:
# Νικολάου, Νικόλαος); a surname keeps its accent where it is.
_GREEK_MEN = ("Αθανάσιος Αλέξανδρος Αλέξιος Αναστάσιος Ανδρέας Αντώνιος Απόστολος Βασίλειος Γεώργιος Γρηγόριος Δημήτριος "
              "Διονύσιος Εμμανουήλ Ευάγγελος Ευστάθιος Ζαχαρίας Ηλίας Θεόδωρος Θεοδόσιος Θωμάς Ιάκωβος Ιγνάτιος Ιωάννης "
              "Καλλίνικος Κωνσταντίνος Λάμπρος Λεωνίδας Λουκάς Μάρκος Μελέτιος Μιχαήλ Νεόφυτος Νικήτας Νικόλαος Ξενοφών "
              "Οδυσσέας Παναγιώτης Παύλος Πέτρος Σπυρίδων Σταύρος Στέφανος Στυλιανός Σωτήριος Φώτιος Χαράλαμπος Χρήστος "
              "Χριστόδουλος Χριστόφορος Γιάννης Γιώργος Κώστας Νίκος Μανώλης Ρήγας").split()
_GREEK_WOMEN = ("Αγγελική Αικατερίνη Αναστασία Βασιλική Δέσποινα Ειρήνη Ελένη Ευανθία Ευφροσύνη Ζωή Θεοδώρα Καλλιόπη "
                "Κυριακή Μαρία Μαριγώ Ρωξάνη Σοφία Φωτεινή Χαρίκλεια").split()
_GREEK_ARTICLES = {"ο": ("nom", "m"), "οι": ("nom", "m"), "τον": ("acc", "m"), "τους": ("acc", "m"), "του": ("gen", "m"),
                   "η": ("nom", "f"), "την": ("acc", "f"), "τη": ("acc", "f"), "τις": ("acc", "f"), "της": ("gen", "f"),
                   "των": ("gen", "m")}
# (case, gender): (ending, the nominative's), longest first
_GREEK_ENDINGS = {("acc", "m"): (("ωνα", "ων"), ("ο", "ος"), ("ό", "ός"), ("η", "ης"), ("ή", "ής"), ("α", "ας"), ("ά", "άς")),
                  ("gen", "m"): (("ωνος", "ων"), ("ου", "ος"), ("ού", "ός"), ("η", "ης"), ("ή", "ής"), ("α", "ας"), ("ά", "άς")),
                  ("gen", "f"): (("ας", "α"), ("άς", "ά"), ("ης", "η"), ("ής", "ή"))}
GREEK_EXAMPLES = (("Δημήτριο Κουμπάρο", "τον", "Δημήτριος Κουμπάρος"), ("Παναγιώτη Λόντο", "τον", "Παναγιώτης Λόντος"),
                  ("Ανδρέα Καποδίστρια", "τον", "Ανδρέας Καποδίστριας"), ("Σπυρίδωνα Τρικούπη", "τον", "Σπυρίδων Τρικούπης"),
                  ("Νικολάου Βαλσαμάκη", "του", "Νικόλαος Βαλσαμάκης"), ("Α. Ραφτόπουλο", "τους", "Α. Ραφτόπουλος"),
                  ("Αικατερίνη", "την", "Αικατερίνη"), ("Ελένης Λαγουδάκη", "της", "Ελένη Λαγουδάκη"),
                  ("Βαλσαμάκης", "ο", "Βαλσαμάκης"))


def _plain_greek(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


_GREEK_GIVEN = {_plain_greek(name): name for name in (*_GREEK_MEN, *_GREEK_WOMEN)}


def greek_name(written: str, article: str) -> str | None:
    """A Greek name as the article before it declines it, in the nominative (GREEK_EXAMPLES); None where
    the article says no case or a word reads as none."""
    case = _GREEK_ARTICLES.get(article.lower())
    if case is None or not all(w[:1].isupper() for w in written.split()):
        return None
    out = []
    for word in written.split():
        if re.fullmatch(r"\w{1,2}\.", word) or case[0] == "nom" or case == ("acc", "f"):
            out.append(word)  # (an initial; a woman's accusative is her nominative)
            continue
        if _plain_greek(word) in _GREEK_GIVEN and not word.endswith(("ος", "ης", "ας")):
            out.append(word)  # (a given name that does not decline: "Μιχαήλ", "Εμμανουήλ")
            continue
        reads = [word[:-len(end)] + to for end, to in _GREEK_ENDINGS[case] if word.endswith(end) and len(word) > len(end) + 1]
        known = next((_GREEK_GIVEN[_plain_greek(r)] for r in reads if _plain_greek(r) in _GREEK_GIVEN), None)
        if known is None and not reads:
            if case == ("gen", "f"):
                out.append(word)  # (a woman's surname that does not decline: "Ελένης Λαγουδάκη")
                continue
            return None
        out.append(known or reads[0])
    return " ".join(out)


# --- Slovak: a name in the dative or the genitive ----------------------------------------------
# A Slovak edition's contents name each letter's addressee in the dative ("Danielovi Štúrovi", "Ľ. Matuškovi a V.
# Kuzmánymu", "Hronček Benickému") and its writer's letters in the genitive ("LISTY SAMUELA HRONČEKA"). A man's
# dative "-ovi" is a stem that ends in a consonant (Štúr) or took "-a" or "-o" off (Matuška, Blaho): the readings
# are given likeliest first by the stem's last letters (the titles take the first); "-ému", "-ymu" are an adjective's (Benický,
# Kuzmány); a woman's "-ovej" is "-ová", her given name's "-e" "-a" (Anne: Anna). Given names and kin words the
# table knows are read so (Pavlovi: Pavol, Matke: Matka).
_SLOVAK_MEN = ("Adam Alexander Andrej Anton Augustín Bohuslav Daniel Dominik Eduard Emil Fridrich Gašpar Gustáv Imrich "
               "Jakub Ján Jonáš Jozef Juraj Karol Ladislav Ľudovít Martin Matej Matúš Michal Mikuláš Ondrej Pavol Peter "
               "Samuel Štefan Tomáš Viliam Vavrinec Václav Žigmund Kolomon Jaroslav").split()
_SLOVAK_WOMEN = "Anna Mária Katarína Zuzana Alžbeta Terézia Eva Helena Johana Karolína Magdaléna Žofia".split()
_SLOVAK_KIN = {"Matke": "Matka", "Otcovi": "Otec", "Bratovi": "Brat", "Sestre": "Sestra", "Manželke": "Manželka",
               "Synovi": "Syn", "Dcére": "Dcéra", "Strýkovi": "Strýko", "Tete": "Teta", "Švagrovi": "Švagor"}
_SLOVAK_A_STEM = re.compile(r"(?:dž|ž|šk|čk|sk|g|j)$")  # (a stem no Slovak surname ends in: Hodž-ovi is Hodža, Matušk-ovi Matuška)
_SLOVAK_FLEETING = re.compile(r"(?<=[^aeiouyáéíóúýäô])(?=[lrvkc]$)")  # (Pavl-ovi: Pavol; Petr-ovi: Peter; Trnovc-ovi: Trnovec)
SLOVAK_EXAMPLES = (("Danielovi Štúrovi", "dat", ["Daniel Štúr", "Daniel Štúra", "Daniel Štúro"]),
                   ("V. Kuzmánymu", "dat", ["V. Kuzmány"]), ("Benickému", "dat", ["Benický"]),
                   ("Pavlovi Jozefovi Šafárikovi", "dat", ["Pavol Jozef Šafárik", "Pavol Jozef Šafárika", "Pavol Jozef Šafáriko"]),
                   ("Ľ. Matuškovi", "dat", ["Ľ. Matuška", "Ľ. Matušk", "Ľ. Matuško"]),
                   ("Blahovi", "dat", ["Blaho", "Blah", "Blaha"]), ("Trnovcovi", "dat", ["Trnovec", "Trnovca", "Trnovco"]),
                   ("Matke", "dat", ["Matka"]), ("Anne Kollárovej", "dat", ["Anna Kollárová"]),
                   ("Samuela Hrončeka", "gen", ["Samuel Hronček"]), ("Karola Kuzmányho", "gen", ["Karol Kuzmány"]))


def _slovak_given(stem: str, women: bool = False) -> str | None:
    """The given name the table knows for a declined stem ("Pavl": Pavol, "Petr": Peter)."""
    table = _SLOVAK_WOMEN if women else _SLOVAK_MEN
    for candidate in (stem, _SLOVAK_FLEETING.sub("o", stem), _SLOVAK_FLEETING.sub("e", stem)):
        if candidate in table:
            return candidate
    return None


def slovak_name(written: str, case: str) -> list[str]:
    """The nominatives a Slovak name in the dative ("dat") or genitive ("gen") may be, likeliest first (SLOVAK_EXAMPLES);
    [] where a word reads as neither."""
    words = written.split()
    if not words or not all(w[:1].isupper() for w in words):
        return []
    readings: list[list[str]] = []
    for word in words:
        if re.fullmatch(r"\w{1,2}\.", word):
            readings.append([word])
        elif case == "dat" and word in _SLOVAK_KIN:
            readings.append([_SLOVAK_KIN[word]])
        elif case == "dat" and word.endswith("ovi") and len(word) > 5:
            stem = word[:-3]
            given = _slovak_given(stem)
            consonant = _SLOVAK_FLEETING.sub("e", stem) if stem.endswith("c") else stem
            readings.append([given] if given else [stem + "a", consonant, stem + "o"] if _SLOVAK_A_STEM.search(stem)
                            else [stem + "o", consonant, stem + "a"] if stem.endswith("h") else [consonant, stem + "a", stem + "o"])
        elif case == "dat" and word.endswith(("ému", "ymu", "imu")) and len(word) > 5:
            readings.append([word[:-3] + {"é": "ý", "y": "y", "i": "i"}[word[-3]]])
        elif case == "dat" and word.endswith("ovej"):
            readings.append([word[:-4] + "ová"])
        elif case == "dat" and word.endswith("e") and (given := _slovak_given(word[:-1] + "a", women=True)):
            readings.append([given])
        elif case == "dat" and word.endswith("ii") and (given := _slovak_given(word[:-1] + "a", women=True)):
            readings.append([given])
        elif case == "gen" and word.endswith("ho") and len(word) > 4:
            readings.append([word[:-3] + {"é": "ý", "y": "y", "i": "i", "ý": "ý"}.get(word[-3], word[-3])])
        elif case == "gen" and word.endswith("a") and len(word) > 3:
            stem = word[:-1]
            readings.append([_slovak_given(stem) or stem])
        else:
            return []
    out = [" ".join(r[0] for r in readings)]
    last = readings[-1]
    out += [" ".join([*(r[0] for r in readings[:-1]), other]) for other in last[1:]]
    return out
