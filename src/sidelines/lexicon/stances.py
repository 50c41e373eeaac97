"""Stance triggers of political statements that the verb lists of :mod:`.plover` do not hold.

General English: predicate adjectives of a stance towards a party ("was critical of X", "is opposed
to X"), votes and campaigns for or against a party ("voted for X"), holding a party to blame ("held X
responsible", CAMEO 112 "HOLD * + RESPONSIBLE"), and yielding ("surrendered to police", CAMEO
080). Each is a pair
``(type, mode)`` as in :mod:`.plover`, with what the word needs to tell the act.
"""

from __future__ import annotations

from sidelines.lexicon.plover import Trigger

# Predicate adjectives of a stance, with the preposition that names whom it is towards.
STANCE_ADJECTIVES: dict[str, tuple[Trigger, str]] = {
    "opposed": (("REJECT", None), "to"),
    "critical": (("ACCUSE", "disapprove"), "of"),
    "supportive": (("SUPPORT", None), "of"),
}

# Verb + preposition whose object is a party acted for or against ("voted for X", "campaigned
# against Y"); they tell an event only when that object names a person, a body or a group.
PARTY_PREP_TRIGGERS: dict[tuple[str, str], Trigger] = {
    ("vote", "for"): ("SUPPORT", None),
    ("vote", "against"): ("REJECT", None),
    ("campaign", "for"): ("SUPPORT", None),
    ("side", "with"): ("SUPPORT", None),
}

# Words that, as a complement of "hold" on an object, make the object the one blamed
# ("held the ministry responsible", "must be held accountable").
BLAME_COMPLEMENTS = frozenset({"responsible", "accountable", "liable", "culpable"})

# Verbs of yielding to a party (CAMEO 080, PLOVER CONCEDE): "surrendered to the police".
YIELDING_VERBS: dict[str, Trigger] = {
    "surrender": ("CONCEDE", None),
}
