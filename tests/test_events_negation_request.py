"""Events: "no arrests were made", "nobody met", "called for X to investigate", "warned about X"."""

from __future__ import annotations

import pytest
from tests.conftest import event_sides
from tests.conftest import event_status as _status
from tests.conftest import sides_of as _sides


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("No arrests were made after the riot in Velmora.", "COERCE"),
        ("No agreement was reached between Ruritania and Vantoria on Friday.", "AGREE"),
        ("Nobody met the Vantorian delegation at the airport.", "CONSULT"),
        ("No one in the ministry has spoken to the rebel commanders, Minister Ana Kovac said.", "CONSULT"),
    ],
)
def test_events_a_negative_determiner_or_subject_negates_the_act(extract, text, etype) -> None:
    status = _status(extract(text), etype)
    assert status and all(polarity == "negative" for polarity, _ in status)


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Senator Ivo Petrak called for an independent counsel to investigate Governor Ana Kovac.", "ACCUSE"),
        ("Prosecutors say Marko Horvat directed his cousin to attack the witnesses.", "ASSAULT"),
        ("The opposition pressed for the electoral board to be dissolved.", "SANCTION"),
    ],
)
def test_events_an_act_someone_is_told_or_asked_to_do_is_not_real(extract, text, etype) -> None:
    assert ("positive", None) not in _status(extract(text), etype)


@pytest.mark.issue(11)
def test_events_the_asking_itself_stays_real(extract) -> None:
    record = extract("Senator Ivo Petrak called for an independent counsel to investigate Governor Ana Kovac.")
    assert ("positive", None) in _status(record, "REQUEST")


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    "text",
    [
        "Ruritania warned the Vantorian police that the militia leader Marko Horvat was a danger.",
        "The border agency was warned about the smuggler Marko Horvat in March.",
    ],
)
def test_events_warning_someone_about_a_third_party_is_no_threat(extract, text) -> None:
    record = extract(text)
    assert "THREATEN" not in [ev.type for ev in record.events]
    accuse = [ev for ev in record.events if ev.type == "ACCUSE"]
    assert accuse and _sides(record, accuse[0]).get("Marko Horvat") == "target"


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    "text",
    [
        "Ruritania warned that it would close the border if Vantoria sent troops.",
        "The general warned the rebels to lay down their arms or face an assault.",
    ],
)
def test_events_a_warning_of_ones_own_action_stays_a_threat(extract, text) -> None:
    assert "THREATEN" in [ev.type for ev in extract(text).events]


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Governor Ana Kovac is facing charges of fraud over the port contract.", "Ana Kovac"),
        ("Minister Ivo Petrak faced sharp criticism over the port contract.", "Ivo Petrak"),
    ],
)
def test_events_the_subject_of_facing_an_act_undergoes_it(extract, sentence, subject) -> None:
    text = f"Port contract row grows in Velmora\n\n{sentence}\n\nThe contract was signed in March."
    record = extract(text)
    roles = [_sides(record, ev).get(subject) for ev in record.events if ev.type == "ACCUSE"]
    assert "target" in roles and "source" not in roles


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The agency decided that Marko Horvat was not a threat to the capital.", "THREATEN"),
        ("Minister Ana Kovac said the militia poses a grave threat to the region.", "THREATEN"),
        ("The militia remains a grave threat to Vantoria, Minister Ana Kovac said.", "THREATEN"),
        ("Velmora City remains the only club to advance after they beat a top-seeded Ostrava team.", "ASSAULT"),
    ],
)
def test_events_a_characterisation_or_a_game_is_no_event(extract, text, etype) -> None:
    assert etype not in [ev.type for ev in extract(text).events]


@pytest.mark.issue(11)
def test_events_demonstrating_a_quality_is_no_protest(extract) -> None:
    record = extract("The league praised the Velmora club for demonstrating commitment to young players.")
    assert "PROTEST" not in [ev.type for ev in record.events]
    protest = extract("Thousands demonstrated in Velmora against the new tax on Sunday.")
    assert "PROTEST" in [ev.type for ev in protest.events]


@pytest.mark.issue(11)
def test_events_a_memo_issued_is_no_agreement(extract) -> None:
    memo = extract("President Ana Kovac issued a memorandum that suspends the port rule while ordering a review.")
    assert "AGREE" not in [ev.type for ev in memo.events]
    accord = extract("Ruritania and Vantoria reached a memorandum of understanding on fishing rights.")
    assert "AGREE" in [ev.type for ev in accord.events]


@pytest.mark.issue(11)
def test_events_what_someone_is_asked_to_condemn_is_no_target_of_the_asking(extract) -> None:
    record = extract("Party leaders clashed with Senator Ivo Petrak over his silence when asked to condemn the "
                     "Velmora militia.")
    for ev in record.events:
        if ev.type == "REQUEST":
            assert _sides(record, ev).get("Velmora militia") != "target"


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("Protesters demanded that Governor Maria Lopez resign, blaming her for the cuts.", "Protesters", "Maria Lopez"),
        ("Opposition leaders called on Prime Minister Ivo Petrak to step down, accusing him of corruption.",
         "Opposition leaders", "Ivo Petrak"),
    ],
)
def test_events_a_speech_participle_after_a_demand_is_the_demanders(extract, text, accuser, accused) -> None:
    record = extract(text)
    accuse = [_sides(record, ev) for ev in record.events if ev.type == "ACCUSE"]
    assert accuse and accuse[0].get(accuser) == "source" and accuse[0].get(accused) == "target"
    assert all(ev.modality is None for ev in record.events if ev.type == "ACCUSE")


@pytest.mark.issue(11)
def test_events_a_result_participle_stays_with_the_reported_act(extract) -> None:
    record = extract("Rebels said they attacked the army base near Kirsk, killing ten soldiers.")
    assert "ASSAULT" in [ev.type for ev in record.events]


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "etype", "patient"),
    [
        ("Arrested by the border police on suspicion of smuggling, Marko Horvat was released on bail on Monday.",
         "COERCE", "Marko Horvat"),
        ("Accused of fraud by the auditors, Minister Ivo Petrak resigned on Friday.", "ACCUSE", "Ivo Petrak"),
    ],
)
def test_events_a_fronted_participle_acts_on_the_main_subject(extract, text, etype, patient) -> None:
    record = extract(text)
    assert any(_sides(record, ev).get(patient) == "target" for ev in record.events if ev.type == etype)


@pytest.mark.issue(11)
def test_events_seeking_out_is_no_request(extract) -> None:
    record = extract("Police said Marko Horvat was deliberately seeking out his former colleagues.")
    assert "REQUEST" not in [ev.type for ev in record.events]


@pytest.mark.issue(11)
def test_events_killing_oneself_is_no_attack_on_anyone(extract) -> None:
    record = extract("Police said Marko Horvat killed himself in his cell in Ostrava on Monday.")
    assert "ASSAULT" not in [ev.type for ev in record.events]


@pytest.mark.issue(11)
@pytest.mark.parametrize(("body", "polarity"), [
    # The parser makes "for" the mark of the infinitive clause: "call for" is still the trigger.
    ("Senator Lena Brandt called for Paul Hendricks to resign over the harbour contracts.", "positive"),
    ("Senator Lena Brandt has not called for Paul Hendricks to resign.", "negative"),
])
def test_events_calling_for_a_party_to_act_is_a_request_of_it(extract, body, polarity) -> None:
    record = extract("Harbour levy divides Velmora\n\n" + body + "\n\nThe council meets again next month.")
    asked = [ev for ev in record.events if ev.type == "REQUEST"]
    assert any(s.get("Lena Brandt") == "source" and s.get("Paul Hendricks") == "target"
               for s in event_sides(record, "REQUEST")), record.events
    assert all(ev.polarity == polarity for ev in asked), record.events
    # The act asked for did not happen.
    assert not any(ev.type == "RETREAT" and ev.polarity == "positive" and ev.modality is None
                   for ev in record.events), record.events
