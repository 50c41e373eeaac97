"""Forces sent somewhere: "sent warships to the Gulf", "dispatched riot police", "rushed troops to the
border" are MOBILIZE (the light-verb rule, ``light:send+warship``); the verb pairs list "send troops" alone.

A sending verb tells a deployment when what it sends is an armed unit or its people: the build-up
objects of :data:`sidelines.lexicon.plover.FORCE_OBJECTS`, less the words that are no unit sent
(a position, a presence, a border, a system, a mission, observers and monitors, a man or a member).
"""

from __future__ import annotations

from sidelines.lexicon import plover as lex

# Verbs of sending people or vehicles somewhere (a closed class).
SENDING_VERBS = frozenset({"send", "dispatch", "rush", "airlift", "ship", "redeploy"})
# Build-up objects that are no unit sent ("sent a strong presence", "sent observers", "sent a man"), and
# arms and craft, which are sent as aid or transport as often as deployed ("sent weapons to X", "sent a plane").
NOT_UNITS = frozenset({"position", "presence", "border", "defense", "defence", "system", "mission", "observer",
                       "monitor", "man", "member", "agent", "reserve", "officer", "personnel", "unit", "weapon",
                       "missile", "artillery", "battery", "drone", "tank", "plane", "aircraft", "jet", "ship",
                       "vessel"})
FORCE_UNITS = lex.FORCE_OBJECTS - NOT_UNITS


def sent_forces(verb_lemma: str, noun_lemma: str) -> tuple[str, str | None] | None:
    """MOBILIZE (troops) for a sending verb with a force unit as its object, else None."""
    return ("MOBILIZE", "troops") if verb_lemma in SENDING_VERBS and noun_lemma in FORCE_UNITS else None
