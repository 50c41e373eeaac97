"""Events: an article's events of a shape almost never right are left out (extractors.events.shapes)."""

from __future__ import annotations

import pytest

from sidelines.extractors.events.shapes import is_weak_shape, no_one_acted_on

SUPPOSED_ATTACK = (
    "Farm unions weigh next steps\n\n"
    "The farmers' union threatened on Monday to block the highways. "
    "Rebels in the north could attack again, the army warned.\n\n"
    "The agriculture minister met the union's leaders on Sunday.\n"
)
QUOTED_PLAN = (
    "Farm unions weigh next steps\n\n"
    "\"We will march on the capital if the subsidies are cut,\" said Anna Wills, the head of the farmers' union.\n\n"
    "Minister Paul Drake announced on Monday that he will resign after the vote.\n"
)
TALK_AND_PRAISE = (
    "Council budget passes\n\n"
    "The council approved the budget on Tuesday after a long debate.\n\n"
    "Senator Amy Holt discussed the plan on Tuesday. Governor Tom Reyes praised the decision. "
    "Later Holt met Reyes in the capital.\n"
)
AID_SENT = (
    "Flood relief arrives\n\n"
    "The valley was flooded on Friday.\n\n"
    "The Marwick Relief Fund sent aid and tents on Saturday. "
    "The Red Cross gave the villagers of Marwick blankets and food, the agency said.\n"
)

NO_ONE_LASHED = (
    "{headline}\n\n"
    "The county board met on Monday to vote on the budget.\n\n"
    "Commissioner Dana Whitfield lashed out on Tuesday in a long statement to reporters. "
    "Sheriff Tom Ambry arrested three men on Wednesday. The Marlow Teachers Union rejected the proposal on Friday.\n\n"
    "Ortiz later praised Whitfield for her work.\n"
)


def _events(record) -> list[tuple[str, str | None, list[str]]]:
    names = {e.id: e.name for e in record.entities}
    return [(ev.type, ev.modality, sorted(names.get(a.entity, "") for a in ev.actors)) for ev in record.events]


@pytest.mark.issue(11)
def test_a_supposed_one_sided_event_is_left_out_of_an_article(extract) -> None:
    events = _events(extract(SUPPOSED_ATTACK))
    assert not [e for e in events if e[0] == "ASSAULT"]  # "could attack": no one to be attacked
    assert [e for e in events if e[0] == "CONSULT"]  # the meeting told as real stays
    assert [e for e in events if e[0] == "THREATEN" and e[1] is None]  # the threat made stays


@pytest.mark.issue(11)
def test_a_plan_voiced_in_a_quote_goes_and_a_plan_announced_by_its_doer_stays(extract_unfiltered) -> None:
    events = _events(extract_unfiltered(QUOTED_PLAN))
    assert not [e for e in events if "Anna Wills" in e[2]]
    assert [e for e in events if e[1] == "planned" and e[2] == ["Paul Drake"]]


@pytest.mark.issue(11)
def test_talk_triggers_with_one_side_are_left_out_but_a_meeting_stays(extract) -> None:
    events = _events(extract(TALK_AND_PRAISE))
    assert not [e for e in events if e[0] == "SUPPORT"]  # "praised the decision": no one praised
    consults = [e for e in events if e[0] == "CONSULT"]
    assert len(consults) == 1 and len(consults[0][2]) == 2  # "discussed the plan" alone is gone


@pytest.mark.issue(11)
def test_aid_with_one_side_is_left_out_and_aid_to_someone_stays(extract) -> None:
    aid = [e for e in _events(extract(AID_SENT)) if e[0] == "AID"]
    assert len(aid) == 1 and "Red Cross" in aid[0][2]


@pytest.mark.issue(11)
def test_weak_shapes_stay_in_a_one_paragraph_report_and_when_switched_off(extract) -> None:
    from sidelines.api import get_pipeline
    from sidelines.ingest.sources import document_from_text
    from sidelines.model.serialize import to_record
    from sidelines.settings import settings_from_kwargs

    report = "Rebels in the north could attack again, the army warned."
    assert [e for e in _events(extract(report)) if e[0] == "ASSAULT"]
    off = get_pipeline(settings_from_kwargs(extractor_config={"events": {"drop_weak_shapes": False, "min_confidence": 0.0}}))
    record = to_record(off.process_one(document_from_text(SUPPOSED_ATTACK, "a", None)))
    assert [e for e in _events(record) if e[0] == "ASSAULT"]


@pytest.mark.issue(11)
def test_an_act_on_someone_with_no_one_acted_on_is_left_out_of_an_article(extract) -> None:
    events = _events(extract(NO_ONE_LASHED.format(headline="Budget fight in Marlow County")))
    assert not [e for e in events if e[0] == "ACCUSE"]  # lashed out at no one found
    assert [e for e in events if e[0] == "COERCE" and "Tom Ambry" in e[2]]  # plain people arrested: kept
    assert [e for e in events if e[0] == "REJECT" and e[2] == ["Marlow Teachers Union"]]  # a refusal needs no one
    assert [e for e in events if e[0] == "SUPPORT" and "Dana Whitfield" in e[2]]
    # Told in the headline, the act stays: headlines drop sides.
    events = _events(extract(NO_ONE_LASHED.format(headline="Whitfield lashes out over budget")))
    assert [e for e in events if e[0] == "ACCUSE" and e[2] == ["Dana Whitfield"]]


def test_no_one_acted_on() -> None:
    doer = {"has_source": 1.0}
    assert no_one_acted_on(doer, "ACCUSE", {"source"})
    assert not no_one_acted_on(doer, "ACCUSE", {"source", "target"})
    assert not no_one_acted_on(doer, "REJECT", {"source"})  # "the union rejected the proposal"
    assert not no_one_acted_on(doer, "COERCE", {"source"})  # "seized weapons": things are acted on too
    assert not no_one_acted_on({**doer, "headline": 1.0}, "SUPPORT", {"source"})
    assert not no_one_acted_on({"has_source": 0.0}, "ASSAULT", {"source"})  # a plain doer: "two men attacked"
    assert not no_one_acted_on(doer, "ACCUSE", {"source"}, self_contained=True)
    assert not no_one_acted_on({**doer, "parties": 2 / 3}, "SUPPORT", {"source"})  # two leaders signed a deal


def test_weak_shape_reasons() -> None:
    one_sided = {"complete": 0.0, "no_actor": 0.0}
    assert is_weak_shape(one_sided, "hypothetical") == "shape:not real, one side"
    assert is_weak_shape({**one_sided, "has_source": 1.0}, "planned") is None  # a plan announced
    assert is_weak_shape({**one_sided, "has_source": 1.0, "in_quote": 1.0}, "planned") == "shape:not real, one side"
    assert is_weak_shape(one_sided, "planned") == "shape:not real, one side"  # no doer found
    assert is_weak_shape({**one_sided, "weak_trigger": 1.0}) == "shape:talk trigger, one side"
    assert is_weak_shape({**one_sided, "quad_mc": 1.0}) == "shape:material cooperation, one side"
    assert is_weak_shape({**one_sided, "headline": 1.0}, "threatened") is None  # headlines drop sides
    assert is_weak_shape({"complete": 1.0, "no_actor": 0.0}, "threatened") is None  # two sides: kept
    assert is_weak_shape({**one_sided, "quad_mx": 1.0}) is None  # "three men were arrested": kept


@pytest.mark.issue(11)
def test_the_act_asked_for_is_no_event_of_its_own() -> None:
    # "called for a prosecutor to investigate X": the request is the event told; the act it asks
    # for is what it says, even with both sides.
    both = {"complete": 1.0, "no_actor": 0.0, "has_source": 1.0, "has_target": 1.0}
    assert is_weak_shape(both, "requested") == "shape:act asked for"
    assert is_weak_shape(both, "alleged") is None
    assert is_weak_shape(both, "planned") is None
    assert is_weak_shape({**both, "headline": 1.0}, "requested") is None


@pytest.mark.issue(11)
def test_an_article_keeps_the_request_and_leaves_out_the_act_asked_for(extract) -> None:
    text = ("Council row deepens in Velmora\n\n"
            "Senator Lena Brandt on Tuesday called for a federal judge to investigate the office of Mayor Paul Hendricks.\n\n"
            "The council meets again next month.\n")
    events = _events(extract(text))
    assert [e for e in events if e[0] == "REQUEST"], events
    assert not [e for e in events if e[0] == "ACCUSE"], events


@pytest.mark.issue(11)
def test_an_act_asked_for_is_left_out_only_while_its_request_is_kept() -> None:
    both = {"complete": 1.0, "no_actor": 0.0, "has_source": 1.0, "has_target": 1.0}
    assert is_weak_shape(both, "requested", request_kept=False) is None
    one_sided = {"complete": 0.0, "no_actor": 0.0, "has_source": 1.0}
    assert is_weak_shape(one_sided, "requested", request_kept=False) == "shape:not real, one side"


@pytest.mark.issue(11)
def test_an_article_keeps_the_act_asked_for_when_its_request_is_not_kept(extract_unfiltered) -> None:
    # The order has no side the article keeps it for; the shelling it orders is then the one event told.
    text = ("Border news\n\nThe rains continued on Sunday.\n\n"
            "He ordered troops to shell the rebel positions outside Velmora.\n")
    # The shape rule, apart from the confidence filter: an act only ordered is not yet done, and the
    # model scores such an infinitive under its default threshold (about 0.2 against 0.3).
    events = _events(extract_unfiltered(text))
    assert [e for e in events if e[0] in ("REQUEST", "ASSAULT")], events
