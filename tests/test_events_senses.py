"""Events: trigger words whose clause gives a sense that tells no act (made-up text)."""

from __future__ import annotations

import pytest


def _types(record) -> list[str]:
    return [ev.type for ev in record.events]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The marathon was sanctioned by the regional athletics board.", "SANCTION"),
        ("The water authority switched off its billing portal for an upgrade.", "COERCE"),
        ("The water authority shut down its billing system for an upgrade.", "COERCE"),
        ("The moderator asked Councillor Ada Brenner to describe her housing plan.", "REQUEST"),
        ("We ought to have a frank discussion about school funding, Brenner said.", "REQUEST"),
        ("Councillor Ada Brenner held a rally in the school gym on Friday.", "PROTEST"),
        ("The mayor visited two bakeries and a brewery on Friday.", "CONSULT"),
        ("Brenner has fought for small farmers throughout her time in office.", "ASSAULT"),
        ("The point guard executed the play with two seconds left.", "ASSAULT"),
        ("Brenner joined the late-night programme to discuss the rail fares.", "CONSULT"),
        ("Brenner spoke about the terrorist threat facing the port.", "THREATEN"),
        ("The threat of rising seas worried the coastal towns.", "THREATEN"),
        ("Kidnappings are rare in the mountain villages.", "ASSAULT"),
        ("Moderator Ada Brenner questioned Councillor Ivo Tamm about the rail fares.", "CONSULT"),
        ("Voters in Harlow County will choose between Tamm and Brenner.", "AGREE"),
    ],
)
def test_events_senseless_trigger_is_no_event(extract, text, etype) -> None:
    assert etype not in _types(extract(text))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Treasury sanctioned two Orvanian generals over the coup.", "SANCTION"),
        ("Orvania closed its border with Talmia after the raid.", None),
        ("Orvania sought access to the detained fishermen from Talmia.", "REQUEST"),
        ("The dockworkers' union held a rally outside the port to protest the layoffs.", "PROTEST"),
        ("The foreign minister visited Talmia to meet its president.", "CONSULT"),
        ("Militants fought for control of the bridge for two days.", "ASSAULT"),
        ("Talmia's threat to cut off the gas angered Orvania.", "THREATEN"),
        ("Talmia threatened Orvania with a blockade of the strait.", "THREATEN"),
        ("The guard struck the prisoner with a baton.", "ASSAULT"),
        ("Orvania executed two captured soldiers.", "ASSAULT"),
        ("Councillor Ivo Tamm supports Ada Brenner in the mayoral race.", "SUPPORT"),
        ("The treasury sanctioned two oil tankers last week.", "SANCTION"),
        ("Talmia suspended its ferry service to Orvania after the dispute.", None),
        ("Moderator Kai Brun of the Orvania mission asked Talmia to free the sailors.", "REQUEST"),
        ("Orvania, Talmia and Besk must hold a conversation about the river.", None),
        ("Senator Lena Voss held a rally in Pellham against the toll road.", "PROTEST"),
        ("Talmia fought for its freedom against Orvania.", "ASSAULT"),
        ("The rival herders fought for the wells near the oasis.", "ASSAULT"),
        ("Ministers said the Orvania threat was growing by the month.", "THREATEN"),
    ],
)
def test_events_literal_trigger_stays_an_event(extract, text, etype) -> None:
    types = _types(extract(text))
    assert types and (etype is None or etype in types)
