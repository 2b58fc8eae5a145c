"""The listing's language is said where it is evident, and only there."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.language import evident

from conftest import make_edition


@pytest.mark.parametrize("texts, language", [
    (["Von Hans Müller an Clara Wendt. Berlin, 3. Mai 1850", "An Jürgen Weiß. Köln, 4. Juni 1850"], "de"),
    (["Verfasser: N. N.", "Datum: o. D."], "de"),
    (["À Paul Lenoir. Paris, 3 juin 1850", "Lettre de Jeanne Dupré, 4 juillet 1850"], "fr"),
    (["To Samuel Pryor. Kelso, March 14", "From John Ruskell, 7 January 1851"], "en"),
    (["Carta de Inés Garrido a Ramón Abad, 29 de enero de 1859", "Toledo, julio de 1837"], "es"),
    (["Lettera di Paolo Serra, 3 gennaio 1850", "Roma, 12 settembre 1850"], "it"),
    (["Brief aan Pieter de Wit, 12 mei 1850", "Leiden, 3 maart 1851"], "nl"),
    (["Oddi wrth Sian Pryce, Y Bala, 3 Mehefin 1850", "At y Parch. Huw Tomos, 4 Gorffennaf 1851"], "cy"),  # ("y": no Spanish)
    (["Über das Wetter und die Ernte mit dem Verwalter"], "de"),  # a record's Regest: its small words
    (["Sobre el pleito de los Olmedo y la venta"], "es"),
    (["Berlin, 3. Mai 1850"], None),  # "Mai" is German and French: nothing evident
    (["To Clara Wendt. Berlin, 3. März 1850"], None),  # one word of each: mixed
    ([], None),
])
def test_evident_language(texts, language):
    assert evident(texts) == language


def letters_of(tmp_path, name: str, text: str) -> list[str]:
    """The letters `corresp tei` makes of one listing, as text."""
    root = make_edition(tmp_path, raw={name: text})
    result = CliRunner().invoke(main, ["--root", str(root), "tei", "--no-validate"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return [p.read_text() for p in sorted((root / "tei" / "letters").glob("*.xml"))]


def test_the_words_of_a_german_listing_say_they_are_german(tmp_path):
    letters = letters_of(tmp_path, "g.txt", "1. Von Hans Müller an Clara Wendt. Berlin, 3. Juni 1850 «Dank»\n"
                                            "2. Von Clara Wendt an Hans Müller. Köln, 4. Juli 1850 «Antwort»\n")
    assert len(letters) == 2
    for letter in letters:
        assert 'xml:lang="en">' in letter  # the document, and corresp's own words in it
        assert '<title type="entry" xml:lang="de">' in letter


def test_a_tables_cells_say_their_language_its_title_is_corresps(tmp_path):
    """A table's summaries and dates in Spanish make its abstracts xml:lang="es"; the title
    corresp makes of its columns ("A to B") is English and says nothing."""
    letters = letters_of(tmp_path, "cartas.tsv", "Remitente\tDestinatario\tFecha\tExtracto\n"
                         "Inés Garrido\tRamón Abad\t29 de enero de 1859\tLe envía la carta de julio.\n"
                         "Ramón Abad\tInés Garrido\t3 de febrero de 1859\tResponde a su carta.\n")
    assert len(letters) == 2
    for letter in letters:
        assert '<abstract xml:lang="es">' in letter
        assert '<title type="entry">' in letter
