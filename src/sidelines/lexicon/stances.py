"""Stance triggers of political statements that the verb lists of :mod:`.plover` do not hold.

General English: predicate adjectives of a stance towards a party ("was critical of X", "is opposed
to X"), votes and campaigns for or against a party ("voted for X"), holding a party to blame ("held X
responsible", CAMEO 112 "HOLD * + RESPONSIBLE"), and yielding ("surrendered to police", CAMEO
080). Each is a pair
``(type, mode)`` as in :mod:`.plover`, with what the word needs to tell the act.
"""

from __future__ import annotations

from sidelines.lexicon.more_triggers import MORE_STANCE_NOUNS
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

# Event nouns of a stance (their types are those of plover.NOUN_TRIGGERS) that tell an event of their
# own when the noun phrase names both who takes the stance and towards whom ("X's criticism of Y",
# "praise for Y from X"); alone ("the criticism", "support for the bill") they are no event.
STANCE_NOUNS = frozenset({
    "criticism", "condemnation", "complaint", "lawsuit", "praise", "support", "endorsement",
    "rejection", "refusal", "veto", "demand", "plea", "request", "appeal", "apology", "warning",
}) | MORE_STANCE_NOUNS
# Prepositions of a stance noun whose object is whom the stance is towards.
STANCE_NOUN_TARGET_PREPS = frozenset({"of", "for", "against", "on", "to"})
# Prepositions of a stance noun whose object takes the stance.
STANCE_NOUN_DOER_PREPS = frozenset({"by", "from"})

# Verbs of giving up a run for office, with the nouns of that run: a candidate quitting the race
# withdraws (RETREAT) -- "dropped his bid", "ended her campaign", "suspended his candidacy".
QUITTING_VERBS = frozenset({"drop", "end", "abandon", "suspend", "quit", "halt"})
CANDIDACY_NOUNS = frozenset({"bid", "campaign", "candidacy", "run"})
# Phrasal verbs of quitting a race ("dropped out of the race").
QUITTING_PHRASALS = frozenset({("drop", "out"), ("bow", "out")})
# Verbs of campaigning: "campaigned on her behalf" backs the one it is done for.
CAMPAIGN_VERBS = frozenset({"campaign", "stump"})
