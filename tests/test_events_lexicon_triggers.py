"""Events: trigger verbs the rules do not list, found by the lexicon derived from the CAMEO dictionaries.

Sentences are made up for these tests (none from the dev sets).
"""

from __future__ import annotations

import pytest
from tests.conftest import has_event as _has
from tests.conftest import typed_events as _typed

from sidelines.extractors.events.lexicon_triggers import is_root_code, lexicon_type


def _article(text: str) -> str:
    """An article: a headline over the text (the lexicon reads articles only, by default)."""
    return f"News from Carvel\n\n{text}\n"


@pytest.mark.parametrize(("text", "etype", "source", "target"), [
    ("Senator Ivan Petrov lambasted Governor Anna Berg on Tuesday.", "ACCUSE", "Petrov", "Berg"),
    ("Senator Ivan Petrov castigated Mayor Anna Berg in a long speech in Carvel.", "ACCUSE", "Petrov", "Berg"),
    ("Mayor Anna Berg lauded Ivan Petrov at the opening of the bridge.", "SUPPORT", "Berg", "Petrov"),
])
def test_events_a_criticism_or_praise_verb_of_the_lexicon_acts_on_a_party(extract, text, etype, source,
                                                                            target) -> None:
    events = _typed(extract(_article(text)))
    assert _has(events, etype, **{source: "source", target: "target"}), events
    assert any(rule.startswith("lexicon:") for _, _, rule in events), events


@pytest.mark.parametrize(("text", "etype", "source"), [
    # The party acted on is named by a trade, an office or a relation, not by a group noun.
    ("Mayor Anna Berg lauded the firefighters who saved the school in Carvel.", "SUPPORT", "Berg"),
    ("Senator Ivan Petrov mocked the pollsters after his surprise win in Carvel.", "ACCUSE", "Petrov"),
])
def test_events_a_lexicon_verb_acts_on_people_named_by_their_trade(extract, text, etype, source) -> None:
    events = _typed(extract(_article(text)))
    assert _has(events, etype, **{source: "source"}), events
    assert any(rule.startswith("lexicon:") for _, _, rule in events), events


def test_events_an_attack_verb_with_a_reason_is_criticism(extract) -> None:
    # "blast" is an explosion in the dictionaries; a party blasting a party over a stance criticises.
    text = "Senator Ivan Petrov blasted his rival Anna Berg on Monday over her stance on taxes."
    events = _typed(extract(_article(text)))
    assert _has(events, "ACCUSE", Petrov="source", Berg="target"), events
    assert not any(t == "ASSAULT" for t, _, _ in events), events


def test_events_the_criticism_came_from_the_party_after_from(extract) -> None:
    # The subject undergoes the act: Berg criticised, Petrov was criticised.
    text = "Governor Ivan Petrov faced sharp criticism from Senator Anna Berg over the budget."
    events = _typed(extract(_article(text)))
    assert _has(events, "ACCUSE", Berg="source", Petrov="target"), events


def test_events_a_pattern_with_an_event_noun_tells_support(extract) -> None:
    events = _typed(extract(_article("Mayor Anna Berg threw her support behind Ivan Petrov on Sunday.")))
    assert _has(events, "SUPPORT", Berg="source", Petrov="target"), events


@pytest.mark.parametrize("text", [
    "The company bought three factories in Carvel last year.",  # a material synonym set ("buy")
    "Ivan Petrov led the team to a title in 2019.",  # a category's root code ("lead", 060)
    "Ivan Petrov mocked the cold weather all week.",  # no party acted on
    "Anna Berg said she understands the voters of Carvel.",  # also in a no-event set ("know")
])
def test_events_the_lexicon_adds_no_loose_verbs(extract, text) -> None:
    events = _typed(extract(_article(text)))
    assert not any(rule.startswith("lexicon:") for _, _, rule in events), events


def test_events_a_one_sentence_text_reads_no_lexicon_verbs(extract) -> None:
    # lexicon_scope = "articles": a sentence set's one coded event is left to the rules and the typer.
    events = _typed(extract("Senator Ivan Petrov lambasted Governor Anna Berg on Tuesday."))
    assert not any(rule.startswith("lexicon:") for _, _, rule in events), events


def test_lexicon_types_only_specific_verbal_codes() -> None:
    assert is_root_code("060") and is_root_code("190") and not is_root_code("051") and not is_root_code("1122")
    assert lexicon_type("lambaste") == "ACCUSE"
    assert lexicon_type("laud") == "SUPPORT"
    assert lexicon_type("lead") is None  # 060: material cooperation, not specified below
    assert lexicon_type("buy") is None  # material cooperation: not a verbal act
    assert lexicon_type("blast") is None and lexicon_type("blast", specific=False) == "ASSAULT"


def test_events_a_lexicon_verb_of_its_own_clause_beside_another_mention(extract) -> None:
    # The failed talks are a mention of the rules; the criticism is in a clause of its own.
    text = ("Mayor Anna Berg said the talks with the union had failed, and Senator Ivan Petrov lambasted "
            "Governor Tomas Lind.")
    events = _typed(extract(_article(text)))
    assert _has(events, "ACCUSE", Petrov="source", Lind="target"), events


@pytest.mark.issue(11)
def test_events_celebrating_an_anniversary_backs_no_one(extract) -> None:
    # An occasion celebrated ("the 50th anniversary of X") is no praise of X.
    text = "Governor Anna Berg helped celebrate the 50th anniversary of the Carvel Water Board on Tuesday."
    events = _typed(extract(_article(text)))
    assert not any(rule.startswith("lexicon:") for _, _, rule in events), events
