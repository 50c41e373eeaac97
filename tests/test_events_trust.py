"""Events you can trust (issue 11): nature, games, modifiers and the content of a request are no events."""

from __future__ import annotations

import pytest


def _types(record) -> list[str]:
    return [ev.type for ev in record.events]


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    "text",
    [
        "When the cyclone destroyed the village school in 2005, the teachers moved into tents.",
        "Hurricane Maria destroyed the regional hospital in September.",
        "A powerful earthquake killed more than 200 people in the province on Sunday.",
        "The old bridge was destroyed by floods last spring.",
    ],
)
def test_events_nature_does_not_assault(extract, text) -> None:
    assert "ASSAULT" not in _types(extract(text))


@pytest.mark.issue(11)
def test_events_people_still_destroy_and_kill(extract) -> None:
    assert "ASSAULT" in _types(extract("Rebels destroyed the police station in the northern town on Sunday."))
    assert "ASSAULT" in _types(extract("Gunmen killed four soldiers near the border on Sunday."))


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    "text",
    [
        "The Lions beat the Tigers 3-1 in the final on Saturday.",
        "Spain beat Italy 2-0 in the semi-final on Sunday.",
        "The champions were beaten by the home side in the second game of the series.",
    ],
)
def test_events_games_are_no_assault(extract, text) -> None:
    assert "ASSAULT" not in _types(extract(text))


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    "text",
    [
        "A 14 - 3 run in the last minutes sealed the deal for the Ravens, who will meet Dunmore State in the "
        "semifinals on Saturday.",
        "Dunmore State edged Carver 61-60 in the quarterfinals, and will meet the Ravens on Saturday.",
    ],
)
def test_events_a_game_told_as_played_is_no_event(extract, text) -> None:
    assert _types(extract(text)) == []


@pytest.mark.issue(11)
def test_events_a_vote_count_is_no_game(extract) -> None:
    assert "SANCTION" in _types(extract("The Senate voted 61-38 on Tuesday to impose sanctions on Veloria."))


@pytest.mark.issue(11)
def test_events_signing_a_player_is_no_support(extract) -> None:
    assert "SUPPORT" not in _types(extract("The Hawks signed and released guard Tyrell Moss on Tuesday."))
    assert "SUPPORT" in _types(extract("Chile and Peru signed a fisheries accord in Lima on Tuesday."))


@pytest.mark.issue(11)
def test_events_the_act_requested_is_no_event_of_its_own(extract) -> None:
    record = extract("The Netherlands turned down Belgium's request to meet the detained activists.")
    assert "REJECT" in _types(record)
    assert "CONSULT" not in _types(record)


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    "text",
    [
        "Governor Linda Boyd criticized Senator Tom Ames over the budget. In a statement, Ames criticized Boyd "
        "over the delays in the project.",
        "Governor Linda Boyd sharply criticized Senator Tom Ames over the budget cuts. The senator hit back hours "
        "later, and his attacks on Boyd continued into the evening.",
    ],
)
def test_events_criticism_and_the_reply_are_two_events(extract, text) -> None:
    record = extract(text)
    names = {e.id: e.name for e in record.entities}
    sides = {tuple(sorted((names[a.entity], a.role) for a in ev.actors)) for ev in record.events if ev.type == "ACCUSE"}
    assert len(sides) >= 2


@pytest.mark.issue(11)
def test_events_defending_a_title_is_no_support(extract) -> None:
    assert "SUPPORT" not in _types(extract("The Eagles will try to defend their title in Denver next season."))
    assert "SUPPORT" not in _types(extract("The champion successfully defended her crown at the tournament in Paris."))


@pytest.mark.issue(11)
def test_events_pledged_delegates_are_no_pledge(extract) -> None:
    text = ("Entering the last primaries in May, Warren leads Booker by 271 pledged delegates according to a "
            "count by The Associated Press, but the senator has vowed to soldier on and amass as many delegates "
            "as possible.")
    assert "AGREE" not in _types(extract(text))


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    "sentence",
    [
        "Donald Voss will likely win the Liberal nomination, according to a new survey.",
        "The court ruling did not alter Governor Hal Ries's opposition to the tax.",
    ],
)
def test_events_typer_verbs_stay_out_of_articles(extract, sentence) -> None:
    # A verb only the learned typer takes for a trigger ("win", "alter") tells no event in an article.
    article = "Headline of the day\n\n" + sentence + "\n\nThe weather was mild."
    assert _types(extract(article)) == []


@pytest.mark.issue(11)
def test_events_typer_verbs_still_type_a_one_sentence_report(extract) -> None:
    record = extract("Donald Voss will likely win the Liberal nomination, according to a new survey.")
    assert [ev.explanation.rule for ev in record.events] == ["typer:verb:win"]
