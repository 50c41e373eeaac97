"""Events: the narrow edges of the home-place, relation-of and circumstance rules (issue 11)."""

from __future__ import annotations

import pytest
from tests.conftest import event_sides as _sides


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # One who acts for a body, a group, an organisation named after a place, an office holder.
        ("The delegate of Portugal condemned the new tariffs on cork.", "Portugal"),
        ("The business community of Lyon condemned the new payroll tax.", "Lyon"),
        ("A clerk from the Accra Chamber of Commerce accused customs officials of extortion.",
         "Accra Chamber of Commerce"),
        ("Premier Ruth Kall of Quebec criticised Ottawa over the pipeline.", "Quebec"),
    ],
)
def test_events_a_body_or_office_named_by_a_place_stays_a_side(extract_unfiltered, text, place) -> None:
    assert any(place in s for s in _sides(extract_unfiltered(text)))


@pytest.mark.issue(11)
def test_events_a_shared_event_despite_which_one_acts_keeps_its_subject(extract_unfiltered) -> None:
    record = extract_unfiltered("The nurses union kept striking despite its talks with Harlow Health.")
    assert any("nurses union" in s for s in _sides(record, "CONSULT"))


@pytest.mark.issue(11)
def test_events_the_captor_of_hostages_stays_a_side(extract_unfiltered) -> None:
    record = extract_unfiltered("Marines freed the hostages of the Zeta cartel near the coast.")
    assert any(any("Zeta" in n for n in s) for s in _sides(record))


@pytest.mark.issue(11)
def test_events_the_verbs_object_is_no_side_of_a_noun_event_despite_which_it_is_done(extract_unfiltered) -> None:
    record = extract_unfiltered("Police detained Anna Berg despite protests from the Velmar students union.")
    assert not any("Anna Berg" in s for s in _sides(record, "PROTEST"))


@pytest.mark.issue(11)
def test_events_in_a_headline_the_party_a_relation_is_to_is_not_taken_as_the_doer(extract_unfiltered) -> None:
    record = extract_unfiltered("Sister Of Exiled Poet Lena Varga Arrested In Minsk")
    assert not any(s.get("Lena Varga") == "source" for s in _sides(record))
