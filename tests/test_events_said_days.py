"""Events: a speaker's later saying goes on the day of their dated telling (rules speaker_goes_on and
named_speaker_goes_on, module said_days): over sentences of plans, across a paragraph, over a longer reach."""

from __future__ import annotations

import pytest

FILLER = ("The port reopened after the storm. Shipping firms expect more traffic. Fishermen complained about the "
          "delays. The harbour master praised the crews. Ferries ran late all week. ")


def _dates_of(record, needle: str, text: str) -> list[tuple[str | None, str | None]]:
    return [(ev.date.start, ev.date.end) if ev.date else (None, None) for ev in record.events
            if any(needle in text[s.start:s.end] for s in ev.evidence)]


@pytest.mark.issue(11)
def test_events_named_saying_goes_on_over_plans_and_a_long_stretch(extract) -> None:
    text = ("Senator Tomas Varga told reporters in Lisbon on Tuesday that the budget was a mistake.\n\n"
            f"{FILLER}\n\n{FILLER}\n\n\"We can win the seat in November,\" Varga said.\n\n{FILLER}\n\n"
            "\"Governor Ivo Marek is a liar who betrayed this state,\" Varga said.")
    assert ("2021-03-09", "2021-03-09") in _dates_of(extract(text, published="2021-03-12"), "Marek", text)


@pytest.mark.issue(11)
def test_events_pronoun_saying_goes_on_across_a_paragraph(extract) -> None:
    text = ("Anna Kovac used Tuesday's debate to defend her record.\n\n"
            "\"Governor Ivo Marek is a liar and a coward,\" she said.")
    assert ("2021-03-09", "2021-03-09") in _dates_of(extract(text, published="2021-03-12"), "Marek", text)


@pytest.mark.issue(11)
@pytest.mark.parametrize("between", [
    "The mine closed in 2015 after years of losses.",  # a background time starts another scene
    "Governor Lars Brun said on Monday that he would not resign.",  # another person's dated telling
])
def test_events_saying_never_goes_on_past_another_time(extract, between: str) -> None:
    text = ("Senator Tomas Varga told reporters on Wednesday that the budget was a mistake.\n\n"
            f"{between}\n\n\"Governor Ivo Marek is a liar who betrayed this state,\" Varga said.")
    dates = _dates_of(extract(text, published="2021-03-12"), "Marek", text)
    assert dates and all(start is None for start, _ in dates)


@pytest.mark.issue(11)
def test_events_saying_never_takes_an_old_day(extract) -> None:
    text = ("Senator Tomas Varga told reporters in March 2019 that the budget was a mistake.\n\n"
            f"{FILLER}\n\n\"Governor Ivo Marek is a liar who betrayed this state,\" Varga said.")
    dates = _dates_of(extract(text, published="2021-03-12"), "Marek", text)
    assert dates and all(start is None for start, _ in dates)


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    # A plan of another named person stands between: the pronoun may be theirs.
    "Mira Holt told reporters on Tuesday that the levy was unfair.\n\nHer rival, Senator Una Brack, will "
    "hold a rally on Saturday.\n\n\"Premier Ola Vint is a liar,\" she said.",
    "Minister Karel Stib told reporters on Tuesday that the mill would shut.\nUnion leader Jan Orvo plans a "
    "walkout in April.\n\"Minister Stib is a liar,\" he said.",
    # Two paragraphs of background: the saying is no longer the scene's.
    "On Tuesday, Senator Ida Fell visited growers in Marn.\n\nThe valley has lost half its farms since 1990. "
    "Prices fell for years. Young people left for the cities.\n\nMany villages have no school.\n\n"
    "\"Premier Ola Vint is a liar,\" she said.",
    # A saying that names its own occasion.
    "Senator Rune Dahl told a radio station on Tuesday that the strike must end.\n\n" + FILLER * 3
    + "\n\nIn a separate interview with a weekly paper, Dahl said Minister Ola Vint was a liar.",
])
def test_events_saying_keeps_its_own_day_when_another_scene_may_be_meant(extract, text: str) -> None:
    dates = _dates_of(extract(text, published="2021-03-12"), "liar", text)
    assert dates and ("2021-03-09", "2021-03-09") not in dates, dates
