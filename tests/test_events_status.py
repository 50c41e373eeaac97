"""Events: what did not happen (or not yet) is never told as a fact; relative clauses keep their subject."""

from __future__ import annotations

import pytest
from tests.conftest import event_status as _status
from tests.conftest import sides_of as _names


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "etype", "polarity", "modality"),
    [
        ("There was no sign that Kerry met the delegation in Vienna.", "CONSULT", "negative", None),
        ("Officials said it will not be possible to reach an agreement with Peru.", "AGREE", "negative",
         "hypothetical"),
        ("Germany hopes to sign a trade deal with Brazil.", "SUPPORT", "positive", "hypothetical"),
        ("The mayor plans to meet union leaders next week.", "CONSULT", "positive", "planned"),
        ("Did the ministry refuse to hand over the documents?", "REJECT", "positive", "hypothetical"),
        ("Senator Alma Reyes said she is leaning toward endorsing Governor Tomas Vidal.", "SUPPORT", "positive",
         "hypothetical"),
        ("The council was close to signing the accord with Vantoria.", "SUPPORT", "positive", "hypothetical"),
    ],
)
def test_events_status_from_governing_words(extract, text, etype, polarity, modality) -> None:
    assert (polarity, modality) in _status(extract(text), etype)


@pytest.mark.issue(11)
def test_events_reported_facts_stay_real(extract) -> None:
    record = extract("The spokesman said Chile met the Argentine delegation in Santiago on Monday.")
    assert ("positive", None) in _status(record, "CONSULT")


@pytest.mark.issue(11)
def test_events_relative_pronoun_stands_for_its_antecedent(extract) -> None:
    record = extract("Maria Lopez, a county delegate who openly supports Tom Baker, spoke on Friday.")
    support = next(ev for ev in record.events if ev.type == "SUPPORT")
    sides = _names(record, support)
    assert sides["Maria Lopez"] == "source" and sides["Tom Baker"] == "target"


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("If the talks fail, the unions will strike across the country.", "CONSULT"),
        ("If the meeting between Peru and Chile goes ahead, trade could resume.", "CONSULT"),
    ],
)
def test_events_a_noun_in_a_condition_is_no_real_event(extract, text, etype) -> None:
    # Hypothetical (or, with keep_hypothetical off, left out as a supposition): never real.
    assert ("positive", None) not in _status(extract(text), etype)


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Governor Dana Whitfield has not come forward to defend Senator Ray Collins.", "SUPPORT"),
        ("The unions said a strong turnout will help elect Judge Anna Perez to the state court.", "SUPPORT"),
        ("Mayor Tom Reilly could move to fire police chief Ann Brody next month.", "SANCTION"),
    ],
)
def test_events_an_infinitive_takes_the_status_of_its_governing_verb(extract, text, etype) -> None:
    # The act of an infinitive complement ("to defend", "elect") did not happen when its governing verb
    # is negated, or not yet when that verb is future or modal.
    statuses = _status(extract(text), etype)
    assert ("positive", None) not in statuses


@pytest.mark.issue(11)
def test_events_an_infinitive_under_a_plain_verb_stays_real(extract) -> None:
    record = extract("Governor Dana Whitfield came forward to defend Senator Ray Collins on Monday.")
    assert ("positive", None) in _status(record, "SUPPORT")


@pytest.mark.issue(11)
def test_events_only_going_to_is_a_plan(extract) -> None:
    # "be going to" + infinitive is a future; "went on the record endorsing X" told an endorsement made.
    record = extract("Senator Alma Reyes caused quite a stir when she went on the record endorsing Governor Tomas Vidal.")
    assert ("positive", None) in _status(record, "SUPPORT")
    record = extract("Senator Alma Reyes is going to endorse Governor Tomas Vidal next week.")
    assert ("positive", None) not in _status(record, "SUPPORT")


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    "text",
    [
        "Governor Tom Reyes said he will receive strong support from the Carvel delegation.",
        "Governor Tom Reyes could win the support of the Carvel delegation.",
    ],
)
def test_events_support_received_takes_the_status_of_the_receiving_verb(extract, text) -> None:
    # "will receive support from X", "could win the support of X": X's backing has not come (yet).
    assert ("positive", None) not in _status(extract(text), "SUPPORT")


@pytest.mark.issue(11)
def test_events_support_received_is_real(extract) -> None:
    record = extract("Governor Tom Reyes received strong support from the Carvel delegation on Monday.")
    assert ("positive", None) in _status(record, "SUPPORT")


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    "text",
    [
        "Senator Ann Moss announced on Tuesday that she would no longer support Governor Tom Baker.",
        "Senator Ann Moss announced that she would support Governor Tom Baker if he dropped the tax plan.",
        "Mayor Ruth Odell may announce that she will endorse Governor Tom Baker.",
    ],
)
def test_events_announced_backing_to_come_is_no_endorsement_made(extract, text) -> None:
    # Backing announced for later, withdrawn, conditional or itself only possible is no real SUPPORT.
    assert ("positive", None) not in _status(extract(text), "SUPPORT")


@pytest.mark.issue(11)
def test_events_promised_aid_stays_a_promise(extract) -> None:
    record = extract("The Belvanian government announced that it would send food aid to Carvel.")
    assert not [s for s in _status(record, "AID") if s == ("positive", None)]


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Police in Lagos did not hesitate to arrest dozens of striking dockworkers on Friday.", "COERCE"),
        ("Spain did not hesitate to condemn Venezuela over the raid.", "ACCUSE"),
        ("The ministry did not wait long to condemn Serbia.", "ACCUSE"),
        ("Mayor Lena Ford could not resist attacking her rival Paul Grant.", "ACCUSE"),
    ],
)
def test_events_a_negated_verb_of_hesitation_asserts_the_act(extract, text, etype) -> None:
    # "did not hesitate to X", "could not resist X-ing": the act was done.
    statuses = _status(extract(text), etype)
    assert statuses and all(s == ("positive", None) for s in statuses)


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Governor Marsh would later move to pardon Carl Dunn.", "CONCEDE"),
        ("Three years later, Senator Ortiz would go on to endorse Maria Lane.", "SUPPORT"),
        ("Senator Ortiz would eventually endorse Maria Lane.", "SUPPORT"),
    ],
)
def test_events_narrative_would_tells_a_past_act(extract, text, etype) -> None:
    # "would later", "would go on to", "would eventually": the future of a past narrative, no hypothesis.
    statuses = _status(extract(text), etype)
    assert statuses and all(s == ("positive", None) for s in statuses)


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Colonel Dara Venn said the militia would not hesitate to attack the settlers if they crossed the river.",
         "ASSAULT"),
        ("Minister Hal Brunner said she would not hesitate to sanction Ostrava.", "SANCTION"),
        ("Mayor Lena Ford should not hesitate to impose sanctions on Ostrava, Paul Grant said.", "SANCTION"),
        ("Governor Tom Baker will not wait to meet Carl Dunn until the truce holds.", "CONSULT"),
    ],
)
def test_events_a_modal_on_a_negated_verb_of_hesitation_keeps_the_act_unreal(extract, text, etype) -> None:
    # "would not hesitate to X": the restraint reading drops only the negation; the modal still holds.
    assert ("positive", None) not in _status(extract(text), etype)



@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Governor Tom Baker said on Friday that he would later meet Carl Dunn.", "CONSULT"),
        ("Observers fear the militia would eventually attack Ostrava.", "ASSAULT"),
        ("If elected, Senator Ortiz would later sanction Ostrava.", "SANCTION"),
        ("Senator Ortiz would eventually endorse Maria Lane if the party asked him.", "SUPPORT"),
    ],
)
def test_events_would_later_in_a_report_or_condition_is_no_narrative(extract, text, etype) -> None:
    # Narrative "would" only in the writer's own unconditional telling, not in what someone said or feared.
    assert ("positive", None) not in _status(extract(text), etype)


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    "text",
    [
        "Security forces detained Omar Haddad on Thursday, not Wednesday.",
        "The army withdrew from Marovia in June, not in May.",
    ],
)
def test_events_corrected_time_is_no_negation(extract, text) -> None:
    """ ", not <time>" corrects when the act took place; it does not deny the act (rule status:contrast-not)."""
    polarities = {p for statuses in (_status(extract(text), t) for t in ("COERCE", "RETREAT")) for p, _ in statuses}
    assert polarities == {"positive"}


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "etype", "modality"),
    [
        # a bare verb joined to a verb under a modal shares the modal: neither act has happened
        ("The rebels may attack the town and seize the airport next week.", "COERCE", "hypothetical"),
        ("Officials warned the army might shell the port and arrest the mayor.", "COERCE", "hypothetical"),
    ],
)
def test_events_a_bare_verb_joined_to_a_modal_verb_shares_its_status(extract_unfiltered, text, etype,
                                                                     modality) -> None:
    statuses = _status(extract_unfiltered(text), etype)
    assert statuses and all(m == modality for _, m in statuses), statuses


@pytest.mark.issue(11)
def test_events_a_verb_with_its_own_tense_joined_to_a_modal_verb_stays_real(extract_unfiltered) -> None:
    statuses = _status(extract_unfiltered("The minister said he would resign and accused the army of lying."),
                       "ACCUSE")
    assert ("positive", None) in statuses, statuses
