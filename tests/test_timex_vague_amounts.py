"""Time expressions: vague amounts before "later"/"earlier", "coming" stretches, "N times a week".

Sentences written for these tests; expected values follow the TimeML TIMEX3 value formats.
"""

from __future__ import annotations

import pytest

from test_timex import times_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A vague amount before "later" is the amount of time, as "three days later" is (the span leaves
        # "later" out); it is no time after publication.
        ("A few years later, the garrison left the valley.", [("A few years", "DURATION", "PXY")]),
        ("Several months later, the garrison left the valley.", [("Several months", "DURATION", "PXM")]),
        ("The garrison left the valley many years later.", [("many years", "DURATION", "PXY")]),
        ("A few months earlier, the garrison had left the valley.",
         [("A few months earlier", "DURATION", "PXM")]),
        # A bare plural unit before "later" or "earlier" too.
        ("Hours later, the rescue crews reached the village.", [("Hours", "DURATION", "PTXH")]),
        ("Days later, the rescue crews reached the village.", [("Days", "DURATION", "PXD")]),
        ("The rescue crews reached the village weeks later.", [("weeks", "DURATION", "PXW")]),
        ("Months earlier, the rescue crews had warned of floods.", [("Months earlier", "DURATION", "PXM")]),
    ],
)
def test_vague_amount_later_is_a_duration(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Near misses that keep their readings: "ago" counts back from publication, a definite count
        # after a told year dates the event, and a bare plural without a signal is no expression.
        ("The rescue crews left the village years ago.", [("years ago", "DATE", "PAST_REF")]),
        ("The levee broke in 2019. Two years later, the crews rebuilt it.",
         [("2019", "DATE", "2019"), ("Two years later", "DATE", "2021")]),
        ("The crews waited for days in the rain.", [("days", "DURATION", "PXD")]),
        ("Days of heavy rain flooded the village.", []),
        ("The crews worked long hours later in the season.", []),
    ],
)
def test_vague_amount_later_near_misses(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # With the article, "the coming months" is a stretch of unknown length; a singular unit stays the next
        # calendar unit; "past years" stays a time before now. (Bare "coming weeks" keeps FUTURE_REF.)
        ("Grain prices should ease in the coming months.", [("the coming months", "DURATION", "PXM")]),
        ("The regulator may act in coming weeks.", [("coming weeks", "DATE", "FUTURE_REF")]),
        ("The regulator will act in the coming week.", [("the coming week", "DATE", "2025-W37")]),
        ("Grain prices were higher in past years.", [("past years", "DATE", "PAST_REF")]),
    ],
)
def test_coming_units(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N times a week" is a recurring time (TimeML SET), as "twice a week" already was.
        ("The ferry crosses the strait three times a week.", [("a week", "SET", "P1W")]),
        ("The council sits four times a year.", [("a year", "SET", "P1Y")]),
        ("The ferry crosses the strait twice a week.", [("a week", "SET", "P1W")]),
        # A rate of an amount is still no time expression.
        ("The ferry carries four hundred cars a week.", []),
        ("The levy raises $3 million a year.", []),
        ("Fares rose three times faster a year earlier.", [("a year earlier", "DATE", "2024")]),
    ],
)
def test_times_a_unit_is_a_set(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a decade later" after a decade counts on from that decade.
        ("The canal was dug in the 1950s and widened two decades later.",
         [("the 1950s", "DATE", "195"), ("two decades later", "DATE", "197")]),
        ("The canal was dug in the 1950s and widened a decade later.",
         [("the 1950s", "DATE", "195"), ("a decade later", "DATE", "196")]),
    ],
)
def test_decade_later_counts_from_a_decade(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plural that a verb takes as its object is no amount of time, though "later" closes the clause.
        ("The clinic said it would publish its new opening hours later.", []),
        ("The embassy will announce its visiting hours later, a spokesman said.", []),
        # The amount itself before a closing "later" is still read.
        ("Officials arrived hours later.", [("hours", "DURATION", "PTXH")]),
    ],
)
def test_plural_object_before_later_is_no_amount(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "three times a year's pay" multiplies an amount: no recurring time.
        ("She earns three times a year's salary of a nurse.", []),
        ("Rents here are four times a month's wages for most families.", []),
    ],
)
def test_times_a_unit_possessive_is_no_set(nlp, text, expected):
    assert times_of(nlp, text) == expected
