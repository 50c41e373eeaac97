"""Events: the sides of an event from general grammar (pronoun binding, nominal events)."""

from __future__ import annotations

import pytest
from tests.conftest import event_sides as _sides


@pytest.mark.issue(11)
def test_events_object_pronoun_is_not_its_clause_subject(extract) -> None:
    # "him" cannot be the one who urged: it is the man called before.
    record = extract("President Anna Varga called Prime Minister Tomas Reiner on Tuesday and urged him to "
                     "withdraw the troops from the border.")
    requests = _sides(record, "REQUEST")
    assert any(s.get("Anna Varga") == "source" and s.get("Tomas Reiner") == "target" for s in requests)


@pytest.mark.issue(11)
def test_events_object_pronoun_may_stand_for_the_reporting_speaker(extract) -> None:
    # In another clause the speaker can be meant: "X said Y criticised him".
    record = extract("Senator Paul Odell said that Governor Lena Marsh had criticised him in a speech.")
    accusations = _sides(record, "ACCUSE")
    assert any(s.get("Lena Marsh") == "source" and s.get("Paul Odell") == "target" for s in accusations)


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        ("Senator Paul Odell faced a barrage of accusations from Governor Lena Marsh.", "ACCUSE", "Lena Marsh"),
        ("Peru turned down a fresh request from Ruritania for a loan.", "REJECT", "Peru"),
    ],
)
def test_events_from_phrase_of_an_event_noun_is_its_doer(extract, text, etype, source) -> None:
    assert any(s.get(source) == "source" for s in _sides(extract(text), etype))


@pytest.mark.issue(11)
def test_events_withdrawal_from_a_place_keeps_it_out_of_the_doers(extract) -> None:
    record = extract("The withdrawal of Ruritanian troops from Dravia began on Monday.")
    assert all(s.get("Dravia") != "source" for s in _sides(record, "RETREAT"))


@pytest.mark.issue(11)
def test_events_doer_of_an_event_noun_is_the_target_of_the_verb_acting_on_it(extract) -> None:
    # "condemned the attacks by Y": Y is whom the condemnation is aimed at, not a co-condemner.
    record = extract("Kenya condemned the attacks by Somali militias on a border town.")
    accusations = _sides(record, "ACCUSE")
    assert any(s.get("Kenya") == "source" and s.get("Somali militias") == "target" for s in accusations)
    assert all(s.get("Somali militias") != "source" for s in accusations)


@pytest.mark.issue(11)
def test_events_support_verb_lends_its_subject_to_the_event_noun(extract) -> None:
    record = extract("Kenya held talks with Somalia on Monday.")
    assert any(s.get("Kenya") == "participant" and s.get("Somalia") == "participant"
               for s in _sides(record, "CONSULT"))


@pytest.mark.issue(11)
def test_events_dateline_names_are_never_sides(extract) -> None:
    record = extract("SPRINGFIELD (AP) — Senator Paul Odell and his allies dug deeper into the governor's record "
                     "Tuesday, launching a new round of talks designed to win over the unions.")
    assert record.dateline is not None
    assert all(name not in ("SPRINGFIELD", "AP") for event in _sides(record, "CONSULT") for name in event)


@pytest.mark.issue(11)
def test_events_participle_on_an_object_acts_for_the_verbs_subject(extract) -> None:
    # "issued a statement calling on Y": the one who issued it calls on Y.
    record = extract("Senator Paul Odell issued a statement calling on Kenya to release the detained journalists.")
    assert any(s.get("Paul Odell") == "source" and s.get("Kenya") == "target" for s in _sides(record, "REQUEST"))


@pytest.mark.issue(11)
def test_events_participle_on_an_actor_noun_acts_for_that_noun(extract) -> None:
    record = extract("The mayor met nurses demanding higher pay.")
    requests = _sides(record, "REQUEST")
    assert requests and all(s.get("mayor") is None for s in requests)


@pytest.mark.issue(10)
def test_events_read_pronouns_from_the_coreference(extract) -> None:
    # One coreference: the side an event gives "she" is the entity the entities layer links "she" to.
    record = extract("Foreign Minister Anna Varga flew to Tirana on Monday. She met Prime Minister Tomas Reiner "
                     "there on Tuesday.")
    linked = {e.name for e in record.entities for m in e.mentions if m.kind == "pronoun" and m.text == "She"}
    assert linked == {"Anna Varga"}
    meetings = [s for s in _sides(record, "CONSULT") if "Tomas Reiner" in s]
    assert any(s.get("Anna Varga") in ("source", "participant", "host", "attendee") for s in meetings)


@pytest.mark.issue(10)
def test_events_do_not_resolve_a_pronoun_the_coreference_left_open(extract) -> None:
    # "He" fits no woman named before it: with no link in the entities layer, no side is guessed.
    record = extract("Foreign Minister Anna Varga flew to Tirana on Monday. He met Prime Minister Tomas Reiner "
                     "there on Tuesday.")
    assert not any(m.text == "He" for e in record.entities for m in e.mentions)
    meetings = [s for s in _sides(record, "CONSULT") if "Tomas Reiner" in s]
    assert meetings and not any("Anna Varga" in s for s in meetings)


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        ("The militia freed the hostages at dawn on Sunday.", "RETREAT", "hostages"),
        ("Guards beat the detainees at the camp on Friday.", "ASSAULT", "detainees"),
    ],
)
def test_events_unnamed_people_acted_on_are_targets(extract, text, etype, target) -> None:
    # Nouns for people by what was done to them ("hostages", "detainees") are the side acted on.
    sides = _sides(extract(text), etype)
    assert any(s.get(target) == "target" for s in sides), sides


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "etype", "side", "role"),
    [
        ("The bureau is also investigating the charity, officials said.", "ACCUSE", "bureau", "source"),
        ("The coach met with his players and the management on Monday.", "CONSULT", "his players", "participant"),
        # A doer noun ("a suicide bomber", "the shooter") names the side.
        ("A suicide bomber attacked a police station on Sunday.", "ASSAULT", "suicide bomber", "source"),
        ("Police said the shooter killed two guards before fleeing.", "ASSAULT", "shooter", "source"),
    ],
)
def test_events_unnamed_bodies_and_groups_are_sides(extract, text, etype, side, role) -> None:
    sides = _sides(extract(text), etype)
    assert any(s.get(side) == role for s in sides), sides


@pytest.mark.issue(11)
def test_events_recipient_hung_on_a_relative_clause_of_the_object(extract) -> None:
    # The parser hangs "to Dravia" on the object's relative clause; it is still whom the object went to.
    record = extract("The museum returned nine statues that date back to the tenth century to Dravia on Monday.")
    assert any(s.get("Dravia") == "target" for s in _sides(record, "RETREAT"))
    record = extract("The museum returned a painting that was stolen in 1990 from a gallery to Dravia on Monday.")
    assert any(s.get("Dravia") == "target" for s in _sides(record, "RETREAT"))


@pytest.mark.issue(11)
def test_events_passive_subject_of_a_giving_verb_is_its_recipient(extract) -> None:
    # "X was promised Y": X is promised to, not the one who promised.
    record = extract("Kenya was promised $40 million in loans by Japan.")
    agreements = _sides(record, "AGREE")
    assert any(s.get("Kenya") == "target" and s.get("Japan") == "source" for s in agreements), agreements


@pytest.mark.issue(11)
def test_events_gerund_under_an_accusation_is_the_accused_act(extract) -> None:
    # "X was charged with killing two guards": the one charged is the one said to have killed.
    record = extract("Marek Novak was charged with killing two guards.")
    assaults = _sides(record, "ASSAULT")
    assert any(s.get("Marek Novak") == "source" for s in assaults), assaults


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Kenya received $40 million in loans from Japan.", "AID"),
        ("Kenya was promised $40 million in loans from Japan.", "AGREE"),
    ],
)
def test_events_who_receives_is_the_target_and_from_names_the_giver(extract, text, etype) -> None:
    # "X received aid from Y", "X was promised Y's money from Y": Y gives, X is given to.
    sides = _sides(extract(text), etype)
    assert any(s.get("Kenya") == "target" and s.get("Japan") == "source" for s in sides), sides


@pytest.mark.issue(11)
def test_events_infinitive_under_a_relative_clause_acts_for_the_antecedent(extract) -> None:
    # "X, who vowed to expel Y": "who" is X, so X would expel Y.
    record = extract("Marek Novak, who vowed to expel the diplomats, spoke on Monday.")
    assert any(s.get("Marek Novak") == "source" for s in _sides(record, "SANCTION"))


@pytest.mark.issue(11)
def test_events_relative_clause_on_a_predicate_nominal_acts_for_the_subject(extract) -> None:
    # "X ... is a serial liar and agitator who has pledged to ban Y": the liar is X.
    record = extract("Marek Novak regularly incites violence and is a serial liar, xenophobe and agitator who has "
                     "repeatedly pledged to ban all migrants from entering the country.")
    assert any(s.get("Marek Novak") == "source" for s in _sides(record, "COERCE"))


@pytest.mark.issue(11)
def test_events_object_pronoun_bound_to_the_subject_is_the_earlier_object(extract) -> None:
    # The coreference links "him" to the caller; in "X phoned Y and pressed him", "him" is Y.
    record = extract("Chancellor Karl Weber phoned President Ivan Petrov on Monday and pressed him to show restraint.")
    requests = _sides(record, "REQUEST")
    assert any(s.get("Karl Weber") == "source" and s.get("Ivan Petrov") == "target" for s in requests), requests


@pytest.mark.parametrize(
    ("text", "etype", "name"),
    [
        ("Senator Tom Hale arrested in bribery probe\n\nFederal agents arrested the senator at his home on Monday.",
         "COERCE", "Tom Hale"),
        ("Two Kirsk police officers shot dead at checkpoint\n\nGunmen opened fire on a checkpoint on Sunday.",
         "ASSAULT", "Kirsk"),
        ("Mayor Ellen Diaz charged with fraud\n\nProsecutors charged the mayor on Friday with taking bribes.", "ACCUSE",
         "Ellen Diaz"),
    ],
)
def test_events_headline_subject_of_a_bare_participle_is_the_target(extract, text, etype, name) -> None:
    """Headlines drop "was": "X arrested" tells X was arrested, never that X arrested someone."""
    sides = _sides(extract(text), etype)
    assert sides and not any(role == "source" for s in sides for n, role in s.items() if name in n)


def test_events_headline_coordinated_bare_participles_are_passive(extract) -> None:
    sides = _sides(extract("Kirsk mayor Omar Hale shot and killed outside city hall\n\n"
                           "Police said the gunman fled on foot."), "ASSAULT")
    assert sides and all(s.get("Omar Hale") != "source" for s in sides)


def test_events_coordinated_verbs_with_an_object_stay_active(extract) -> None:
    sides = _sides(extract("Soldiers shot and killed Omar Hale outside city hall on Sunday.\n\nThe army denied it."),
                   "ASSAULT")
    assert any(s.get("Omar Hale") == "target" for s in sides)
    assert not any(s.get("Soldiers") == "target" for s in sides)


@pytest.mark.issue(11)
@pytest.mark.parametrize("description", [
    "The former three-term governor", "The embattled governor", "The veteran governor",
])
def test_events_description_side_is_the_person_it_describes(extract, description) -> None:
    # A definite description of a titled person, with modifiers that do not change the office,
    # is that person through the coreference: the event's side is the named governor.
    record = extract("Former Governor Ivo Marek endorsed Senator Lena Dravic on Sunday. "
                     f"{description} dismissed the claim that Dravic could not work with the assembly.")
    assert any(s.get("Ivo Marek") == "source" for s in _sides(record, "REJECT"))


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "Opposition leader Ivo Marek, arrested in Novigrad on Friday, will appear in court next week.",
    "Arrested by the Ruritanian police on Saturday, Ivo Marek was released on bail two days later.",
])
def test_events_past_participle_clause_acts_on_the_noun_it_describes(extract, text) -> None:
    # A reduced relative or a fronted participle clause is passive: the person it describes is
    # the one arrested, never the arrester.
    arrests = _sides(extract(text), "COERCE")
    assert any(s.get("Ivo Marek") == "target" for s in arrests)
    assert all(s.get("Ivo Marek") != "source" for s in arrests)


def test_events_the_subject_of_a_passive_verb_is_never_made_its_doer(extract) -> None:
    """The side model fills empty slots; "X was warned about Y" leaves the warner unknown, and X undergoes it."""
    record = extract("Agency review\n\nThe Harlow Police Department was warned about Tom Reyes in 2013.\n\n"
                     "The review continues.")
    sides = _sides(record, "ACCUSE")
    assert sides and not any(s.get("Harlow Police Department") == "source" for s in sides), sides


@pytest.mark.parametrize(
    ("text", "etype", "author", "other"),
    [
        ("A report written by auditor Ruth Eller accuses Minister Omar Salih of hiding losses.", "ACCUSE",
         "Ruth Eller", "Omar Salih"),
        ("A letter signed by Councillor Mira Holst urges Mayor Jon Vale to reopen the library.", "REQUEST",
         "Mira Holst", "Jon Vale"),
        ("A statement issued by Senator Tor Lind condemns Governor Alma Reyes for the budget cuts.", "ACCUSE",
         "Tor Lind", "Alma Reyes"),
        ("A speech delivered by Senator Tor Lind criticised Governor Alma Reyes over the budget.", "ACCUSE",
         "Tor Lind", "Alma Reyes"),
    ],
)
def test_events_a_works_author_is_its_source(extract, text, etype, author, other) -> None:
    # What a work says, its author says: the "by" agent of "written", "signed", "issued" acts; a speech is
    # the work of whoever delivers it (rule sides:work-author).
    sides = _sides(extract(text), etype)
    assert any(s.get(author) == "source" and s.get(other) == "target" for s in sides), sides


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a letter is only carried by whoever delivers or hands it over
        ("A letter delivered by Ambassador Jon Hart urges Vantoria to free the sailors.", "Jon Hart"),
        ("A letter given by Ambassador Jon Hart asks Vantoria to return to talks.", "Jon Hart"),
        # an interviewer does not speak the interview
        ("An interview conducted by Carla Menzies angered Governor Alma Reyes.", "Carla Menzies"),
        # an act the work tells about is not its author's
        ("A report written by Ruth Eller describes the attack on the consulate.", "Ruth Eller"),
    ],
)
def test_events_a_works_carrier_or_reporter_is_no_side(extract, text, person) -> None:
    sides = _sides(extract(text))
    assert not any(person in s for s in sides), sides


def test_events_a_work_arriving_is_no_meeting_of_its_author(extract) -> None:
    record = extract("A report written by Ruth Eller arrived at the council on Tuesday.")
    assert not any(s.get("Ruth Eller") for s in _sides(record, "CONSULT"))


def test_events_charges_against_a_person_name_a_side(extract) -> None:
    # "charges against X" is no charge phrase naming an offence: X is the one the demand is aimed at.
    sides = _sides(extract("Residents called for charges against Officer Ilse Brandt."), "REQUEST")
    assert any(s.get("Ilse Brandt") == "target" for s in sides), sides


def test_events_headline_passive_is_not_joined_to_the_next_line(extract) -> None:
    # The parser may coordinate the headline's verb with the body's passive: a line break still ends the headline.
    record = extract("Councillor Mara Vint detained over bribery claims\nUpdated 14 March\n"
                     "City councillor Mara Vint was detained on Friday over claims of bribery.")
    detentions = _sides(record, "COERCE")
    assert detentions and not any(s.get("Mara Vint") == "source" for s in detentions), detentions


def test_events_a_charge_phrase_names_no_side(extract) -> None:
    record = extract("Coach Sam Reed arrested after crash\nJuly 4\n"
                     "High school coach Sam Reed was arrested on DUI charges after a crash.")
    arrests = _sides(record, "COERCE")
    assert arrests and not any("DUI" in s for s in arrests), arrests
