"""Events: speeches, interviews, hosted occasions and figurative uses are no events; real ones stay."""

from __future__ import annotations

import pytest


def _types(record) -> list[str]:
    return [ev.type for ev in record.events]


@pytest.mark.parametrize(
    "text",
    [
        "The senator spoke to reporters outside the Capitol on Tuesday.",
        "In an interview with a local radio station, the governor talked with the host about taxes.",
        "The governor told voters that she understood what they were talking about.",
        "The candidate met with supporters at a diner in Concord.",
    ],
)
def test_events_speech_or_interview_is_no_consult(extract, text) -> None:
    assert "CONSULT" not in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister spoke with his Japanese counterpart on Tuesday.",
        "The candidate met with the Mexican president in Mexico City.",
    ],
)
def test_events_talks_between_parties_stay_consult(extract, text) -> None:
    assert "CONSULT" in _types(extract(text))


def test_events_hosting_a_guest_is_a_visit_but_a_dinner_is_not(extract) -> None:
    guest = extract("Chancellor Anna Weber hosted President Jean Martin in Berlin on Friday.")
    assert [(ev.type, ev.mode) for ev in guest.events] == [("CONSULT", "visit")]
    assert "CONSULT" not in _types(extract("The mayor hosted a charity dinner for donors on Friday."))


def test_events_demonstrated_as_showing_is_no_protest(extract) -> None:
    assert "PROTEST" not in _types(extract("As the elections in Ohio demonstrated, turnout matters."))
    assert "PROTEST" in _types(extract("Thousands of students demonstrated outside the parliament in Budapest."))


def test_events_met_deadline_is_no_meeting(extract) -> None:
    assert "CONSULT" not in _types(extract("The budget deadline was met on Friday."))


def test_events_thanking_an_audience_is_no_support(extract) -> None:
    assert "SUPPORT" not in _types(extract("The candidate thanked the crowd of supporters in Des Moines."))


def test_events_build_up_needs_forces(extract) -> None:
    assert "MOBILIZE" not in _types(extract("The general amassed a fortune before he retired."))
    assert "MOBILIZE" in _types(extract("Russia amassed troops near the border with Ukraine."))


def test_events_figurative_kill_is_no_assault(extract) -> None:
    assert "ASSAULT" not in _types(extract("Senate leaders killed the bill on Thursday."))
    assert "ASSAULT" in _types(extract("Gunmen killed four villagers near the border on Sunday."))


def test_events_naming_call_is_no_request(extract) -> None:
    naming = extract("He posted a syllabus for a psychology class called Perception on his website.")
    assert "REQUEST" not in _types(naming)
    assert "REQUEST" in _types(extract("The opposition called for new elections in the spring."))


def test_events_opinion_agree_is_no_agree(extract) -> None:
    assert "AGREE" not in _types(extract("Many voters at the rally agreed with the senator."))
    assert "AGREE" in _types(extract("Both sides agreed on a ceasefire in the region."))


def test_events_talk_show_is_no_consult(extract) -> None:
    assert "CONSULT" not in _types(extract("The candidate took to the Sunday talk shows to explain his remarks."))
    assert "CONSULT" in _types(extract("The two presidents held talks in Geneva on Monday."))


def test_events_weak_trigger_has_lower_confidence(extract) -> None:
    weak = extract("The foreign minister spoke with his Japanese counterpart on Tuesday.")
    strong = extract("The foreign minister met his Japanese counterpart on Tuesday.")
    (w,) = [ev for ev in weak.events if ev.type == "CONSULT"]
    (s,) = [ev for ev in strong.events if ev.type == "CONSULT"]
    # The rule score keeps the penalty; the learned confidence weighs it with everything else.
    assert w.explanation.features["weak_trigger"] == 1.0 and s.explanation.features["weak_trigger"] == 0.0
    assert w.explanation.features["rule_score"] < s.explanation.features["rule_score"]


def test_events_offer_needs_an_act(extract) -> None:
    assert "AGREE" not in _types(extract("The clubs are offering discounts to families."))
    assert "AGREE" in _types(extract("Norway offered to mediate between the two sides."))


def test_events_lone_sit_down_and_show_host_are_no_consult(extract) -> None:
    assert "CONSULT" not in _types(extract("The judge read the sentence. Then the defendant sat down."))
    assert "CONSULT" not in _types(extract("The comedian first hosted in 2007 and returned a year later."))
    assert "CONSULT" in _types(extract("The premier sat down with union leaders in Ottawa on Monday."))


def test_events_declined_to_comment_is_no_reject(extract) -> None:
    assert "REJECT" not in _types(extract("A spokesman for the ministry declined to comment on Friday."))
    assert "REJECT" in _types(extract("The parliament refused to ratify the treaty with Ankara."))


def test_events_town_before_attack_is_no_attacker(extract) -> None:
    names = lambda rec, ev: {e.name for e in rec.entities if e.id in {a.entity for a in ev.actors}}  # noqa: E731
    town = extract("Security was tightened after the Paris attacks last November.")
    (ev,) = [e for e in town.events if e.type == "ASSAULT"]
    assert "Paris" not in names(town, ev)
    country = extract("The Ukrainian drone attacks on the refinery continued overnight.")
    (ev,) = [e for e in country.events if e.type == "ASSAULT"]
    assert "Ukrainian" in names(country, ev)


@pytest.mark.issue(11)
@pytest.mark.parametrize("note", ["Editor's note", "Editor’s note", "EDITOR'S NOTE"])
def test_events_an_editors_note_tells_no_event_of_the_story(extract, note) -> None:
    # A note the outlet appends to its stories is boilerplate about them, not a report of the day's acts.
    text = ("Council row deepens in Velmora\n\n"
            "Senator Lena Brandt criticised Mayor Paul Hendricks on Tuesday.\n\n"
            f"{note}: Senator Tom Ambry has repeatedly attacked Governor Ana Ruiz and threatened to sue her.\n")
    record = extract(text)
    names = {e.id: e.name for e in record.entities}
    sides = [{names.get(a.entity) for a in ev.actors} for ev in record.events]
    assert any("Paul Hendricks" in s for s in sides), record.events
    assert not any("Tom Ambry" in s or "Ana Ruiz" in s for s in sides), record.events


@pytest.mark.issue(11)
def test_events_the_authors_own_interview_is_no_event(extract) -> None:
    # "I met with X" outside quotes: the writer's own interview, not a report of X's acts.
    text = ("Campaign trail notes\n\n"
            "I met with Senator Amy Holt in her office on Monday to discuss the race.\n\n"
            "Holt said she would keep campaigning across the state.\n")
    record = extract(text)
    assert not [ev for ev in record.events if ev.type == "CONSULT"], record.events


@pytest.mark.issue(11)
def test_events_a_quoted_first_person_act_stays(extract) -> None:
    text = ("Campaign trail notes\n\n"
            '"I met with Governor Tom Reyes on Monday to discuss the budget," Senator Amy Holt said.\n')
    record = extract(text)
    names = {e.id: e.name for e in record.entities}
    sides = [{names.get(a.entity) for a in ev.actors} for ev in record.events if ev.type == "CONSULT"]
    assert any("Tom Reyes" in s for s in sides), record.events


@pytest.mark.issue(11)
@pytest.mark.parametrize("body", [
    "Senator Amy Holt's visit will bring a great deal of money to the farms, spokesman Tom Reyes said.",
    "Senator Amy Holt spent a good deal of time with Governor Tom Reyes in Carvel.",
])
def test_events_a_great_deal_of_is_an_amount_not_an_agreement(extract, body) -> None:
    record = extract(f"Campaign notes\n\n{body}\n")
    assert not [ev for ev in record.events if ev.type == "AGREE"], record.events


@pytest.mark.issue(11)
def test_events_seeking_an_office_is_a_run_not_a_request(extract) -> None:
    # "seeking the nomination": a candidacy (campaign news, no event); "sought help from X" asks X.
    record = extract("Campaign notes\n\nSenator Amy Holt is seeking the Democratic nomination for governor "
                     "from the state committee.\n")
    assert not [ev for ev in record.events if ev.type == "REQUEST"], record.events
    record = extract("Campaign notes\n\nGovernor Tom Reyes sought help from the Carvel Relief Fund after the floods.\n")
    assert [ev for ev in record.events if ev.type == "REQUEST"], record.events


@pytest.mark.issue(11)
@pytest.mark.parametrize("body", [
    "The opposition party is seeking early elections after the coalition collapsed.",
    "Protest leaders are seeking fresh elections after the vote was annulled.",
])
def test_events_seeking_elections_is_a_demand_not_a_candidacy(extract, body) -> None:
    # Elections sought by a party are asked of those who call them; only one's own office is a run.
    record = extract(f"Campaign notes\n\n{body}\n")
    assert [ev for ev in record.events if ev.type == "REQUEST"], record.events


@pytest.mark.issue(11)
@pytest.mark.parametrize("body", [
    "Senator Amy Holt will seek her first election to the state assembly next spring.",
    "Mayor Tom Reyes is seeking a third straight election as mayor of Carvel.",
    "Governor Tom Reyes will seek a second election in November.",
])
def test_events_seeking_ones_own_election_is_a_run(extract, body) -> None:
    # A possessive, an ordinal or "straight" makes the election one's own run, no demand.
    record = extract(f"Campaign notes\n\n{body}\n")
    assert not [ev for ev in record.events if ev.type == "REQUEST"], record.events


@pytest.mark.issue(11)
@pytest.mark.parametrize("body", [
    "Chile and Peru struck a good deal of historic importance in Lima on Monday.",
    "Chile and Peru struck a great deal of real significance in Lima on Monday.",
])
def test_events_a_deal_of_some_importance_is_a_deal_struck(extract, body) -> None:
    # "a good deal of historic importance": a deal described, not an amount; never an assault.
    record = extract(f"Trade notes\n\n{body}\n")
    assert not [ev for ev in record.events if ev.type == "ASSAULT"], record.events
    assert [ev for ev in record.events if ev.type == "AGREE"], record.events


@pytest.mark.issue(11)
def test_events_striking_a_great_deal_of_a_mass_is_no_assault(extract) -> None:
    # The amount read drops the deal; the light verb left alone is no attack.
    record = extract("Trade notes\n\nThe reform struck a great deal of fear into Senator Amy Holt's donors.\n")
    assert not [ev for ev in record.events if ev.type == "ASSAULT"], record.events


@pytest.mark.issue(11)
@pytest.mark.parametrize("answer", ["A", "HOLT"])
def test_events_an_answer_in_a_transcript_is_no_writers_voice(extract, answer) -> None:
    # "Q: ... A: I met with X": the "I" after an answer label is the one interviewed, not the writer.
    text = ("Interview with Senator Amy Holt\n\n"
            "Q: Have you spoken to the Russian side?\n\n"
            f"{answer}: I met with Ambassador Oleg Kurin twice last month in Vienna.\n")
    record = extract(text)
    assert [ev for ev in record.events if ev.type == "CONSULT"], record.events


@pytest.mark.issue(11)
@pytest.mark.parametrize("note", [
    "Editor's note: A previous version of this report misstated the day of the visit. "
    "Interior Minister Paul Hendricks met the miners' families on Thursday, not Friday.",
    "Editor's note: This story was updated to add that police arrested a second suspect in Velmora.",
])
def test_events_a_fact_told_in_an_editors_note_keeps_its_event(extract, note) -> None:
    # Only the boilerplate about the story itself is no event; the fact a note tells stays.
    text = ("Mine disaster in Velmora\n\n"
            "Rescue teams searched the collapsed shaft on Tuesday.\n\n"
            f"{note}\n")
    record = extract(text)
    assert [ev for ev in record.events if ev.type in ("CONSULT", "COERCE")], record.events
