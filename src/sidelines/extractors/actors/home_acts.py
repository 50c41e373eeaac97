"""Acts aimed at a country that only its own people do: exceptions to the foreign-critic veto of public.py.

A one-paragraph report naming one country leaves a person countryless whose own act is aimed at it ("X accused
the Kenyan police"): a foreign critic is none of its people. Two kinds of act are done at home all the same:

* an opposition figure's ("Opposition leader X accused the president of rigging the Zimbabwean election"):
  an opposition opposes its own state's government (a role whose title holds "opposition");
* a national office holder's use of state power over the country's people or bodies ("Prime Minister X ordered
  the arrest of Cambodian opposition leaders", "President X freed 200 Yemeni prisoners"): arresting, jailing,
  freeing, pardoning, banning, dismissing or appointing them, or ordering one of these, or declaring or imposing
  a curfew or a state of emergency, which a state does only on its own soil (:data:`STATE_POWER_VERBS`,
  :data:`STATE_POWER_NOUNS`). Not expelling: those expelled are mostly foreigners ("expelled Kenya's envoy").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.actors.offices import holds_bare_office
from sidelines.nlp.syntax import lemma_of

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

    from sidelines.model.record import Entity

# Verbs of a state's power over its own people and bodies (general English words, lemmas).
STATE_POWER_VERBS = frozenset({
    "arrest", "detain", "jail", "imprison", "free", "release", "pardon", "ban", "outlaw", "sack", "dismiss",
    "fire", "appoint", "dissolve", "reinstate", "nominate",
})
# Their nouns, the object of "order"/"decree" ("ordered the arrest of X").
STATE_POWER_NOUNS = frozenset({
    "arrest", "detention", "release", "pardon", "ban", "dismissal", "dissolution", "closure", "suspension",
    "imprisonment", "crackdown", "curfew", "emergency",
})
ORDER_VERBS = frozenset({"order", "decree", "announce", "authorize", "authorise", "declare", "impose"})


def _opposition_figure(person: "Entity") -> bool:
    return any("opposition" in role.title.lower().split() for role in person.roles)


def _uses_state_power(verb: "Token") -> bool:
    """Whether a verb is one of state power, or orders one ("ordered the arrest", "ordered police to free",
    "declared a state of emergency": the power's noun may qualify the object)."""
    lemma = lemma_of(verb)
    if lemma in STATE_POWER_VERBS:
        return True
    if lemma not in ORDER_VERBS:
        return False
    return any((c.dep_ in ("dobj", "obj") and (lemma_of(c) in STATE_POWER_NOUNS or _state_of_emergency(c)))
               or (c.dep_ in ("xcomp", "ccomp") and lemma_of(c) in STATE_POWER_VERBS) for c in verb.children)


def _state_of_emergency(noun: "Token") -> bool:
    """Whether an object is "a state of emergency" (not "emergency aid", which a foreigner announces too)."""
    return lemma_of(noun) == "state" and any(
        lemma_of(t) == "emergency" for p in noun.children if p.lower_ == "of" for t in p.children)


def acts_at_home(person: "Entity", subject_roots: "Iterable[Token]") -> bool:
    """Whether the person's act aimed at the report's country is one only its own people do (see module doc);
    ``subject_roots`` are the roots of the person's mentions that stand as a subject."""
    if _opposition_figure(person):
        return True
    return holds_bare_office(person) and any(_uses_state_power(root.head) for root in subject_roots)
