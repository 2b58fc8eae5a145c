"""edition.toml is checked on load: every mistake names the file, the line and the key."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from pipeline import settings
from pipeline.cli import main
from pipeline.settings import SettingsError

from conftest import make_edition


def edition_with(tmp_path, old: str, new: str):
    """The sample edition with one line of edition.toml changed; returns (root, line of the change)."""
    root = make_edition(tmp_path)
    path = root / "edition.toml"
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new))
    return root, text[: text.index(old)].count("\n") + 1


def load_error(root) -> str:
    with pytest.raises(SettingsError) as info:
        settings.load(root)
    return str(info.value)


def test_sample_settings_load(edition):
    loaded = settings.load(edition)
    assert loaded.params()["cmif_date"] and loaded.params()["base_url"].endswith("/")


@pytest.mark.parametrize("date", ["27.11.2026", "2026-11", "2026-02-30", "20261127", "2026-11-27T10:00"])
def test_cmif_date_must_be_a_real_iso_date(tmp_path, date):
    root, line = edition_with(tmp_path, 'date = "2026-11-27"', f'date = "{date}"')
    message = load_error(root)
    assert f"edition.toml:{line}: [cmif] date must be a real date written YYYY-MM-DD" in message
    assert repr(date) in message


def test_unquoted_toml_date_is_as_good_as_a_string(tmp_path):
    root, _ = edition_with(tmp_path, 'date = "2026-11-27"', "date = 2026-11-27")
    assert settings.load(root).params()["cmif_date"] == "2026-11-27"


@pytest.mark.parametrize("old, new, section, key", [
    ('licence = "https://creativecommons.org/licenses/by/4.0/"', "licence = 42", "edition", "licence"),
    ('title = "Sino-Soviet Relations, 1948-1949: A Calendar of Letters"',
     'title = ["Sino-Soviet Relations, 1948-1949: A Calendar of Letters"]', "edition", "title"),
    ('editor_email = "editor@example.org"', "editor_email = true", "edition", "editor_email"),
    ('bibl_id = "c7706107-97f2-4505-bd3c-434a0bde8c89"', "bibl_id = 7706107", "cmif", "bibl_id"),
    ('date = "2026-11-27"', "date = 2026-11-27T10:00:00", "cmif", "date"),
    ('delimiter = "|"', "delimiter = 1", "csv", "delimiter"),
])
def test_settings_that_must_be_strings(tmp_path, old, new, section, key):
    root, line = edition_with(tmp_path, old, new)
    message = load_error(root)
    assert f"edition.toml:{line}: [{section}] {key} must be a string in quotes" in message


def test_gazetteers_must_be_a_list_of_file_names(tmp_path):
    root, line = edition_with(tmp_path, 'gazetteers = ["raw/gazetteer.csv"]', 'gazetteers = "raw/gazetteer.csv"')
    assert f"edition.toml:{line}: [input] gazetteers must be a list of file names" in load_error(root)


def test_base_url_must_end_with_a_slash(tmp_path):
    root, line = edition_with(tmp_path, 'base_url = "https://example.org/sino-soviet-relations/"',
                              'base_url = "https://example.org/sino-soviet-relations"')
    message = load_error(root)
    assert f"edition.toml:{line}: [edition] base_url must end with \"/\"" in message
    assert 'base_url = "https://example.org/sino-soviet-relations/"' in message  # the fix


def test_a_section_that_is_not_a_table(tmp_path):
    root = make_edition(tmp_path)
    path = root / "edition.toml"
    without = re.sub(r"(?ms)^\[input\]\n.*?(?=^\[|\Z)", "", path.read_text())  # (its keys gone with it)
    path.write_text('input = "raw"\n' + without)
    assert "input must be a section" in load_error(root)


@pytest.mark.parametrize("licence", [
    "https://creativecommons.org/licenses/by/4.0/",
    "https://creativecommons.org/licenses/by/4.0",
    "http://creativecommons.org/licenses/by/4.0/",
    "https://creativecommons.org/licenses/by/4.0/legalcode",
    "https://creativecommons.org/publicdomain/zero/1.0/",
    "http://creativecommons.org/publicdomain/zero/1.0",
    "https://creativecommons.org/publicdomain/zero/1.0/legalcode",
])
def test_cmif_accepts_cc_by_4_and_cc0(tmp_path, licence):
    root, _ = edition_with(tmp_path, 'licence = "https://creativecommons.org/licenses/by/4.0/"', f'licence = "{licence}"')
    settings.load(root).check_cmif_licence()


@pytest.mark.parametrize("licence", [
    "https://creativecommons.org/licenses/by-sa/4.0/",
    "https://creativecommons.org/licenses/by/3.0/",
    "https://creativecommons.org/licenses/by/4.0/deed.de",
    "https://example.org/creativecommons.org/licenses/by/4.0/",
])
def test_cmif_refuses_other_licences(tmp_path, licence):
    root, line = edition_with(tmp_path, 'licence = "https://creativecommons.org/licenses/by/4.0/"', f'licence = "{licence}"')
    loaded = settings.load(root)  # any licence is fine for HTML and CSV
    with pytest.raises(SettingsError) as info:
        loaded.check_cmif_licence()
    assert f"edition.toml:{line}: [edition] licence {licence!r} is not accepted by correspSearch" in str(info.value)


def test_missing_lookup_files_are_optional(tmp_path):
    root = make_edition(tmp_path)
    (root / "raw" / "authorities.csv").unlink()
    path = root / "edition.toml"
    path.write_text(path.read_text().replace('gazetteers = ["raw/gazetteer.csv"]',
                                             'gazetteers = ["raw/gazetteer.csv", "raw/more.csv"]'))
    loaded = settings.load(root)
    assert loaded.known_files() == [root / "raw" / "gazetteer.csv"]
    assert loaded.missing_known_files() == [("authorities", "raw/authorities.csv"), ("gazetteers", "raw/more.csv")]
    assert loaded.nearest_file("raw/gazeteer.csv") == "raw/gazetteer.csv" and loaded.nearest_file("raw/more.csv") is None
    path.write_text(path.read_text().replace('"raw/gazetteer.csv", "raw/more.csv"', '"raw/gazeteer.csv"'))
    (root / "raw" / "l.txt").write_text("3 May 1850\nLetter, Anna Weber to Jean Martin\n")
    out = CliRunner().invoke(main, ["--edition", str(root), "tei", "--no-validate"]).output
    assert 'gazetteers: "raw/gazeteer.csv" not found; continuing without it (did you mean raw/gazetteer.csv?)' in out


@pytest.mark.parametrize("old, new, key, says", [
    ('raw = ["raw/*.txt", "raw/*.csv", "raw/*.tsv"]', "raw = 1", "raw", "must be a pattern or a list of them"),
    ('delimiter = "|"', 'delimiter = "||"', "delimiter", "must be one character other than a comma"),
    ('delimiter = "|"', 'delimiter = ","', "delimiter", "must be one character other than a comma"),
    ("bom = false", 'bom = "yes"', "bom", "must be true or false"),
])
def test_input_and_csv_settings_are_checked(tmp_path, old, new, key, says):
    root, line = edition_with(tmp_path, old, new)
    assert f"edition.toml:{line}: [{'input' if key == 'raw' else 'csv'}] {key} {says}" in load_error(root)


def test_raw_reads_tables_but_never_the_authority_file_or_gazetteers(tmp_path):
    """raw/*.csv matches raw/authorities.csv and raw/gazetteer.csv: they are lookups, not listings."""
    root = make_edition(tmp_path, {"a.txt": "x", "letters.csv": "sender,addressee\n", "more.tsv": "x"})
    loaded = settings.load(root)
    assert [p.name for p in loaded.raw_files()] == ["a.txt", "letters.csv", "more.tsv"]
    root, _ = edition_with(tmp_path / "one", 'raw = ["raw/*.txt", "raw/*.csv", "raw/*.tsv"]', 'raw = "raw/*.csv"')
    (root / "raw" / "letters.csv").write_text("sender,addressee\n")
    assert [p.name for p in settings.load(root).raw_files()] == ["letters.csv"]


def test_csv_settings_reach_the_stylesheets(tmp_path):
    root, _ = edition_with(tmp_path, "bom = false", "bom = true")
    params = settings.load(root).params()
    assert (params["csv_bom"], params["csv_delimiter"]) == ("yes", "|")
    text = (root / "edition.toml").read_text()
    (root / "edition.toml").write_text(re.sub(r"(?ms)^\[csv\]\n.*?(?=^\[|\Z)", "", text))  # no [csv] section
    params = settings.load(root).params()
    assert (params["csv_bom"], params["csv_delimiter"]) == ("no", "|")  # the defaults


def test_vocabulary_must_be_lists_of_words(tmp_path):
    root, line = edition_with(tmp_path, 'periodicals = ["Izvestia"', 'periodicals = "Izvestia" #')
    assert f"edition.toml:{line}: [vocabulary] periodicals must be a list of words" in load_error(root)


def test_the_sample_world_is_in_the_sample_edition_only(tmp_path):
    """corresp's own vocabulary knows no Soviet acronym or newspaper; the sample's edition.toml does."""
    from pipeline.titles import GENERAL

    assert not {"cpsu", "tass", "comintern"} & GENERAL.organisations
    assert not GENERAL.periodicals.search("Izyestia")
    loaded = settings.load(make_edition(tmp_path))
    assert "Izyestia" in loaded.vocabulary()["periodicals"] and "TASS" in loaded.vocabulary()["organisations"]


def test_a_key_corresp_does_not_read_stops_the_run_with_the_nearest_it_does(tmp_path):
    # (ignored, a misspelt writer would change every letter's id and move the edited ones aside)
    root, line = edition_with(tmp_path, "[edition]\n", '[edition]\nwirter = "Jane Doe"\n')
    (root / "edition.toml").write_text((root / "edition.toml").read_text() + "\n[htlm]\ncolour = 1\n")
    first, second, last = load_error(root).splitlines()
    assert first.endswith(f"edition.toml:{line + 1}: [edition] wirter is no setting corresp reads; did you mean writer?")
    htlm = (root / "edition.toml").read_text().split("\n").index("[htlm]") + 1
    assert f"edition.toml:{htlm}: [htlm] is no section corresp reads" in second
    assert last == "correct or remove it; nothing was read or written"
    settings.load(make_edition(tmp_path / "clean"))  # the sample's keys are all read
    result = CliRunner().invoke(main, ["--edition", str(root), "tei"])
    assert result.exit_code == 1 and "did you mean writer?" in result.output and not (root / "tei").exists()


def test_a_toml_syntax_error_names_the_line_and_what_to_check(tmp_path):
    root, line = edition_with(tmp_path, 'date = "2026-11-27"', 'date = "2026-11-27')
    message = load_error(root)
    assert f"edition.toml:{line}:" in message and "not valid TOML" in message
    assert "check the quotes" in message


def test_a_misspelt_required_key_is_named_as_misspelt_not_as_missing(tmp_path):
    """"bibl-id = …" gave "[cmif] needs bibl_id", not what was wrong with the line written."""
    root, line = edition_with(tmp_path, "bibl_id = ", "bibl-id = ")
    assert load_error(root).startswith(f"{root / 'edition.toml'}:{line}: [cmif] bibl-id is no setting corresp reads; "
                                       "did you mean bibl_id?")
