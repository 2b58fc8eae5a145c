"""Entry titles → type, parties, subject. Sample titles plus invented ones of the same shapes."""

import pytest

from pipeline.titles import parse_title


def written(names):
    return [n.written for n in names]


def test_two_intermediaries_in_travel_order():
    t = parse_title("Cable, Stalin [via Kuznetsov] to Mao Zedong [via Terebin]")
    assert t.doctype == "cable" and t.doctype_written == "Cable"
    assert written(t.senders) == ["Stalin"]
    assert written(t.recipients) == ["Mao Zedong"]
    assert written(t.intermediaries) == ["Kuznetsov", "Terebin"]
    assert t.subject is None and t.is_letter


def test_identification_keeps_name_as_written():
    t = parse_title("Cable, Mao to Filippov [Stalin]")
    (recipient,) = t.recipients
    assert recipient.written == "Filippov" and recipient.identified == "Stalin"
    assert recipient.canonical == "Stalin"


def test_identification_in_parentheses():
    (recipient,) = parse_title("Letter, Ivanova to Petrov (Kalinin)").recipients
    assert (recipient.written, recipient.identified) == ("Petrov", "Kalinin")


def test_subject_after_the_parties():
    t = parse_title("Cable, Stalin to Mao Zedong, Nanjing Peace Proposal")
    assert written(t.recipients) == ["Mao Zedong"]
    assert t.subject == "Nanjing Peace Proposal"


def test_several_names_joined_by_and_and_commas():
    t = parse_title("Letter, Anna Weber, Jean Martin and Łukasz Nowak to Renée Dubois")
    assert written(t.senders) == ["Anna Weber", "Jean Martin", "Łukasz Nowak"]
    t = parse_title("Telegram, Petrov to Orlov, Ivanov, and Sidorov")
    assert written(t.recipients) == ["Orlov", "Ivanov", "Sidorov"] and t.subject is None


def test_memorandum_of_conversation_has_participants_not_correspondents():
    t = parse_title("Memorandum of Conversation between Anastas Mikoyan and Mao Zedong")
    assert t.doctype == "memorandum-of-conversation"
    assert written(t.participants) == ["Anastas Mikoyan", "Mao Zedong"]
    assert not t.senders and not t.recipients and not t.is_letter


def test_notes_by_an_author():
    t = parse_title("Notes by Anastas Mikoyan ahead of Meetings with Mao Zedong")
    assert t.doctype == "notes"
    assert written(t.authors) == ["Anastas Mikoyan"]
    assert not t.is_letter


def test_statement_without_parties_keeps_its_source():
    t = parse_title(
        "The Official Statement on the Soviet Government’s Answer to the Note by the Nanjing Government (Izyestia)"
    )
    assert t.doctype == "statement"
    assert t.source == "Izyestia"
    assert t.names() == [] and t.problems == []


@pytest.mark.parametrize(
    "title",
    [
        "Report on the Harvest to the Central Committee",  # "to" without a party on the left
        "Cable on the Situation in the North",
    ],
)
def test_no_guessing_when_no_parties(title):
    assert parse_title(title).names() == []


def test_cable_without_parties_is_a_problem_to_report():
    assert parse_title("Cable on the Situation in the North").problems
