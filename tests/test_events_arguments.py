"""Events: sides from control, purpose clauses, "for X to", passive event nouns and participle phrases."""

from __future__ import annotations

import pytest
from tests.conftest import event_sides as _sides


def _has(record, etype: str, name: str, roles: tuple[str, ...]) -> bool:
    return any(s.get(name) in roles for s in _sides(record, etype))


@pytest.mark.issue(11)
def test_events_purpose_clause_is_done_by_the_main_subject(extract) -> None:
    # "X did A to support Y": X supports Y (subject control of a purpose infinitive).
    record = extract("Norway and the Red Cross hand over 20 trucks to support field hospitals in the north.")
    assert _has(record, "SUPPORT", "Norway", ("source", "participant"))
    assert _has(record, "SUPPORT", "Red Cross", ("source", "participant"))


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "helped"),
    [
        ("Japan sent aid to help Nepal rebuild its roads.", "Nepal"),
        ("The Kenyan government is considering sending food aid to help Somalia cope with the drought.", "Somalia"),
    ],
)
def test_events_the_one_helped_to_do_something_is_the_recipient(extract, text, helped) -> None:
    assert _has(extract(text), "AID", helped, ("target",))


@pytest.mark.issue(11)
def test_events_call_for_x_to_act_makes_x_the_one_asked(extract) -> None:
    record = extract("Chancellor Ilse Brandt called on Monday for Austria to leave the customs union.")
    assert any(s.get("Ilse Brandt") == "source" and s.get("Austria") == "target" for s in _sides(record, "REQUEST"))


@pytest.mark.issue(11)
def test_events_agent_of_a_passive_event_noun_is_its_side(extract) -> None:
    # "the exercise was conducted by X and Y": the agents hold the exercise.
    record = extract("The joint exercise was conducted by Chilean marines and Peruvian naval forces.")
    assert _has(record, "COOPERATE", "Peruvian naval forces", ("source", "participant"))


@pytest.mark.issue(11)
def test_events_participle_on_the_object_names_the_target(extract) -> None:
    # "lift the ban imposed on X": X is whom the ban (and its lifting) concerns.
    record = extract("Norway will not lift the ban imposed on the Tamil Tigers.")
    assert any(s.get("Tamil Tigers") == "target" for ev in ("REJECT", "CONCEDE") for s in _sides(record, ev))


@pytest.mark.issue(11)
def test_events_targeting_clause_names_the_target_of_a_strike(extract) -> None:
    record = extract("Turkish jets carried out a raid on Tuesday, targeting Kurdish rebel commanders near the border.")
    assert any(s.get("Kurdish rebel commanders") == "target" for ev in ("COERCE", "ASSAULT")
               for s in _sides(record, ev))


@pytest.mark.issue(11)
def test_events_infinitive_on_an_owned_noun_is_the_owner_s_act(extract) -> None:
    # "X reaffirmed its commitment to support Y": X is the one who supports.
    record = extract("Colombia reaffirmed its commitment to support the Ecuadorian police with training.")
    assert _has(record, "SUPPORT", "Colombia", ("source",))


@pytest.mark.issue(11)
def test_events_subject_hung_on_the_auxiliary_is_the_verb_s_subject() -> None:
    # A parser slip: "X and Y however have opposed Z" with X attached to "have" instead of "opposed".
    import spacy
    from spacy.tokens import Doc

    from sidelines.extractors.events.phrases import subject_of

    words = ["Chile", "and", "Peru", "however", "have", "opposed", "the", "plan", "."]
    heads = [4, 0, 0, 5, 5, 5, 7, 5, 5]
    deps = ["nsubj", "cc", "conj", "advmod", "aux", "ROOT", "det", "dobj", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    subj, passive = subject_of(doc[5])
    assert subj is not None and subj.text == "Chile" and not passive


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Canada is willing to withdraw its troops from the northern province of Kandahar.", "RETREAT"),
        ("The ministry said the navy will deploy warships off the coast of Yemen.", "MOBILIZE"),
        ("Australia has offered to send troops to help the Iraqi army in its fight against the militants.", "MOBILIZE"),
    ],
)
def test_events_forces_an_actor_moves_are_its_own_not_the_target(extract, text, etype) -> None:
    record = extract(text)
    assert all(r != "target" for s in _sides(record, etype) for n, r in s.items() if "troops" in n)


@pytest.mark.issue(11)
def test_events_passive_purpose_clause_makes_the_main_subject_the_one_acted_on() -> None:
    # "X will resign, to be replaced by Y": X is replaced, not the replacer.
    import spacy
    from spacy.tokens import Doc

    from sidelines.extractors.events.phrases import subject_of

    words = ["Lee", "will", "resign", ",", "to", "be", "replaced", "by", "Kim", "."]
    heads = [2, 2, 2, 2, 6, 6, 2, 6, 7, 2]
    deps = ["nsubj", "aux", "ROOT", "punct", "aux", "auxpass", "advcl", "agent", "pobj", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    subj, passive = subject_of(doc[6])
    assert subj is not None and subj.text == "Lee" and passive


@pytest.mark.issue(11)
def test_events_claimant_of_coordinated_attacks_is_their_doer(extract) -> None:
    record = extract("A rebel spokesman, Omar Haddad, claimed responsibility for both the market and the bridge "
                     "attacks.")
    assert _has(record, "ASSAULT", "Omar Haddad", ("source",))


@pytest.mark.issue(11)
def test_events_released_soldiers_are_the_target(extract) -> None:
    # Freed fighters are whom the release is for, not the freeing side's forces.
    record = extract("The Somali militia has freed 120 child soldiers as part of a wider peace deal.")
    assert any("soldiers" in n and r == "target" for s in _sides(record, "RETREAT") for n, r in s.items())


@pytest.mark.issue(11)
def test_events_lifting_a_ban_on_x_concedes_to_x(extract) -> None:
    record = extract("The military council of Sudan decided to lift the ban on the Democratic Alliance Party.")
    assert any(s.get("Democratic Alliance Party") == "target" for ev in ("CONCEDE", "RETREAT")
               for s in _sides(record, ev))


@pytest.mark.issue(11)
def test_events_subject_of_an_allowed_infinitive_is_the_target(extract) -> None:
    # "allowed X to run": X is whom the concession is for.
    record = extract("The Supreme Court of Kenya decided to allow opposition leader Raila Odinga to contest the "
                     "election.")
    assert _has(record, "CONCEDE", "Raila Odinga", ("target",))


@pytest.mark.issue(11)
def test_events_accused_of_doing_makes_the_accused_the_doer(extract) -> None:
    # "X accused Y of violating Z": the violation is Y's, not X's.
    record = extract("Egypt accused Ethiopia of violating the water agreement.")
    assert all(s.get("Egypt") != "source" for s in _sides(record, "REJECT"))
    assert any(s.get("Egypt") == "source" and s.get("Ethiopia") == "target" for s in _sides(record, "ACCUSE"))


@pytest.mark.issue(11)
def test_events_place_of_talks_is_no_participant(extract) -> None:
    record = extract("Iranian and Saudi diplomats held talks in Vienna on Tuesday.")
    consults = _sides(record, "CONSULT")
    assert consults and all("Vienna" not in s for s in consults)


@pytest.mark.issue(11)
def test_events_of_two_subjects_the_one_next_to_the_verb_acts(extract) -> None:
    # A reporting clause with no "that" parsed as a second subject: the outlets report, Carvel talks.
    record = extract("Several newspapers reported on Friday the Carvel Foreign Ministry had talks with Belvania.")
    assert _has(record, "CONSULT", "Carvel Foreign Ministry", ("participant", "source")), _sides(record, "CONSULT")


@pytest.mark.issue(11)
def test_events_the_first_to_act_is_the_name_the_copula_gives(extract) -> None:
    # "The first N to V was X": X is who did V, not the noun N.
    record = extract("The first member of parliament to endorse Ivan Petrov was Senator Anna Berg.")
    assert _has(record, "SUPPORT", "Anna Berg", ("source",)), _sides(record, "SUPPORT")


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        ("Governor Tom Reyes refused to meet Senator Amy Holt.", "REJECT", "Amy Holt"),
        ("Governor Tom Reyes refused to help Senator Amy Holt with the budget.", "REJECT", "Amy Holt"),
        ("Governor Tom Reyes promised to work closely with Senator Amy Holt.", "AGREE", "Amy Holt"),
        ("Governor Tom Reyes refused to help Senator Amy Holt win the vote.", "REJECT", "Amy Holt"),
    ],
)
def test_events_a_stance_is_aimed_at_the_party_of_the_act_it_embeds(extract, text, etype, target) -> None:
    # "refused to help X", "promised to work with X": the refusal or the promise concerns X.
    record = extract(text)
    assert _has(record, etype, "Tom Reyes", ("source",))
    assert _has(record, etype, target, ("target",)), _sides(record)


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Governor Tom Reyes promised to return to Chile next month.", "Chile"),
        ("Governor Tom Reyes promised to travel to Norway in June.", "Norway"),
        ("Governor Tom Reyes promised to speak to reporters after the vote.", "reporters"),
    ],
)
def test_events_a_destination_or_an_audience_of_an_embedded_act_is_no_target(extract, text, place) -> None:
    # "promised to return to X", "promised to speak to reporters": a place gone to or an audience spoken to
    # is no party the promise concerns.
    record = extract(text)
    assert not _has(record, "AGREE", place, ("target",)), _sides(record)
