"""Events: a violence word that names a policy or a topic ("the police overtime bill") tells no force, and
an attack between named people in such a sentence is criticism, its rule named in the explanation."""

from __future__ import annotations

import pytest
from tests.conftest import event_sides as _sides


def _article(body: str) -> str:
    return f"Campaign notebook\n\n{body}\n\nThe candidates meet again next week."


@pytest.mark.parametrize(
    ("body", "source", "target"),
    [
        ("In a radio interview, Assemblywoman Nadia Perez attacked Governor Hal Brenner about his record on "
         "knife crime.", "Nadia Perez", "Hal Brenner"),
        ("State Senator Owen Pike attacked Attorney General Lucy Marr over the police overtime bill.", "Owen Pike",
         "Lucy Marr"),
    ],
)
def test_events_an_attack_over_a_violence_topic_is_criticism(extract_unfiltered, body, source, target) -> None:
    record = extract_unfiltered(_article(body))
    assert any(s.get(source) == "source" and s.get(target) == "target" for s in _sides(record, "ACCUSE")), _sides(
        record)
    assert not _sides(record, "ASSAULT")
    [accuse] = [ev for ev in record.events if ev.type == "ACCUSE"]
    assert accuse.explanation is not None and accuse.explanation.decisions["type rules"] == "violence-topic"


@pytest.mark.parametrize(
    "body",
    [
        # Guards (right on main too): force named in the sentence.
        "A gunman attacked worshippers at a mosque in Lyon, killing four people.",
        "Rebels fired at an army convoy near the border, wounding two soldiers.",
        "Police said Omar Hale attacked his neighbour Tom Bright with a knife.",
        # Regression guards: a violence word naming the place where it happened still tells force.
        "Passenger Kyle Barnes attacked driver Nina Holt inside a police van late on Friday.",
        "Shopper Dev Anand attacked cashier Ruth Cole near the gun counter on Saturday.",
        # Regression guards: a *fire at* between named people is shooting, not words.
        "Ranger Tom Avery fired at Luis Ocampo as he ran from the checkpoint.",
        "Agent Lena Voss fired at Marco Diaz as he sprinted down the alley.",
    ],
)
def test_events_force_named_keeps_the_attack(extract_unfiltered, body) -> None:
    record = extract_unfiltered(_article(body))
    assert _sides(record, "ASSAULT") and not _sides(record, "ACCUSE"), _sides(record)
