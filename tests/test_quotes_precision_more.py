"""Quote precision and speakers on made-up text: split quotes after a long attribution, a negated cue,
a name set off after a place in the speaker's title."""

from __future__ import annotations

from tests.conftest import speaker_of as _speaker


def test_quote_after_a_long_attribution_goes_on_with_the_same_speaker(quote_speakers):
    found = quote_speakers("The trains stopped at noon. \"We lost the signal,\" said the rail company's spokesman, "
                           "Lev Arin. \"We are fixing it.\"")
    assert _speaker(found, "We lost the signal") == "Lev Arin"
    assert _speaker(found, "We are fixing it") == "Lev Arin"


def test_quote_after_an_appositive_speaker_goes_on(quote_speakers):
    found = quote_speakers("The match ended late. \"We lost,\" the coach, Bram Holt, told reporters. "
                           "\"We deserved to lose.\"")
    assert _speaker(found, "We deserved to lose") == "Bram Holt"


def test_long_gap_of_words_still_does_not_carry(quote_speakers):
    found = quote_speakers("The vote was close. \"It is done,\" Ada Voss said, before she walked out of the hall "
                           "and drove to the old harbour where the boats were. \"Home.\"")
    assert not any(content.startswith("Home") for content, *_ in found)


def test_negated_cue_states_nothing(kinds_of):
    for text in ("The navy would not confirm that the ship had sunk.",
                 "The palace would neither confirm nor deny that the prince had left the country.",
                 "The minister never said that the tax would rise."):
        assert not any(kind == "statement" for kind, _ in kinds_of(text)), text


def test_statement_of_a_negation_is_still_a_statement(kinds_of):
    found = kinds_of("The navy said that the ship had not sunk.")
    assert ("statement", "the ship had not sunk") in found


def test_name_set_off_after_a_place_in_the_title_is_the_speaker(quote_speakers):
    found = quote_speakers("Norlandia's ambassador to Borvia, Eik Stromm, said relations were good.")
    assert _speaker(found, "relations were good") == "Eik Stromm"


def test_negation_of_another_verb_leaves_the_cue_alone(kinds_of):
    found = kinds_of("The mayor did not resign and said that the budget would be balanced.")
    assert ("statement", "the budget would be balanced") in found


def test_cue_inside_a_condition_states_nothing(kinds_of):
    for text in ("If the inspectors find that the bridge is unsafe, the city will close it.",
                 "The port will reopen unless the navy reports that the mines are still there."):
        assert not any(kind == "statement" for kind, _ in kinds_of(text)), text


def test_condition_inside_what_was_said_is_still_said(kinds_of):
    found = kinds_of("The engineer said that if the rain goes on, the bridge will close.")
    assert ("statement", "if the rain goes on, the bridge will close") in found


def test_negation_inside_the_quoted_answer_is_no_negated_cue(kinds_of):
    found = kinds_of("Asked by reporters if she would quit, the mayor, Edda Ruun, replied: \"Certainly not.\"")
    assert ("statement", "Certainly not.") in found


def test_pronoun_after_another_person_is_named_stays_open(quote_speakers):
    found = quote_speakers("The inquiry closed on Monday. \"I did nothing wrong,\" Varo told the court. "
                           "Judge Ilse Brandt spoke later. She said the case was closed.")
    assert _speaker(found, "the case was closed") != _speaker(found, "I did nothing wrong")


def test_what_a_thing_shows_is_a_finding(kinds_of):
    for text in ("Shipping logs show that the tanker sailed twice.",
                 "A look at the ledgers indicates that the fund lost money."):
        assert not any(kind == "statement" for kind, _ in kinds_of(text)), text


def test_what_a_person_or_body_shows_is_still_said(kinds_of):
    found = kinds_of("The harbour authority suggested that the tanker had sailed twice.")
    assert ("statement", "the tanker had sailed twice") in found


def test_speech_of_anyone_in_a_clause_of_time_is_no_statement(kinds_of):
    for text in ("When a coach tells a player that the season is over, the player cries.",
                 "Whenever a banker says that the crisis is over, savers get nervous."):
        assert not any(kind == "statement" for kind, _ in kinds_of(text)), text


def test_speech_in_a_past_clause_of_time_is_said(kinds_of):
    found = kinds_of("When the coach said that the season was over, the players left.")
    assert ("statement", "the season was over") in found


def test_negation_of_a_focus_adverb_is_said(kinds_of):
    found = kinds_of("Senator Ruva Pell did not merely say that the levy was wrong; she called it theft.")
    assert ("statement", "the levy was wrong") in found


def test_what_a_body_confirmed_is_still_said(kinds_of):
    for text, said in (("The shipyard confirmed that the hull had cracked.", "the hull had cracked"),
                       ("The port office indicated that the quay would reopen.", "the quay would reopen")):
        assert ("statement", said) in kinds_of(text), text


def test_what_a_thing_proved_is_a_finding(kinds_of):
    found = kinds_of("The autopsy proved that the sailor had drowned.")
    assert not any(kind == "statement" for kind, _ in found)
