"""Acts a verb tells only through what it acts on: calling off one's own protest, holding captives.

* "called off its strike", "halted their walkout": a verb of stopping on a protest noun eases one's
  own dissent (CAMEO 082x, PLOVER CONCEDE), whatever the verb-noun pair;
* "held two aid workers hostage", "is holding thirty soldiers captive": people held as hostages or
  captives are abducted (CAMEO 181, PLOVER ASSAULT, mode abduct);
* "holding villagers as human shields", "used the passengers as a shield": people used as shields
  are coerced (PLOVER COERCE, as the PLOVER gold records code it);
* "let free dozens of protesters", "set free the opposition leader", "freed on bail two leaders":
  people set free are released (CAMEO 0841 and its "set free" form; PLOVER RETREAT, mode release);
* "detained on bribery suspicion", "held on charges of fraud": a charge phrase names the offence, not
  a side (:func:`is_charge_phrase`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.people_words import is_people
from sidelines.extractors.events.venues import CHARGE_NOUNS
from sidelines.extractors.lookup import lemma_of
from sidelines.lexicon import plover as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that hold people as captives or shields.
HOLDING_VERBS = frozenset({"hold", "keep", "take", "use"})
# Words that make the people held captives ("held X hostage", "holding X captive").
CAPTIVE_WORDS = frozenset({"hostage", "hostages", "captive", "captives", "prisoner", "prisoners"})
# Dependencies the parser gives such a word after the object (a second object, a predicate).
CAPTIVE_DEPS = frozenset({"dobj", "obj", "oprd", "xcomp", "acomp", "advmod", "npadvmod", "attr"})


# Modifiers that make a rally or a march a campaign's own ("cancelled a campaign rally"): no dissent.
CAMPAIGN_WORDS = frozenset({"campaign", "election", "reelection", "re-election", "fundraising", "fundraiser"})


def is_dissent(head: "Token") -> bool:
    """A protest noun ("strike", "walkout", "sit-in"); not a military strike ("air strike") nor a campaign
    rally ("cancelled a campaign rally")."""
    parts = {lemma_of(c) for c in head.children if c.dep_ in ("compound", "amod")}
    word = "sit-in" if lemma_of(head) == "in" and "sit" in parts else lemma_of(head)
    return word in lex.DISSENT_NOUNS and parts.isdisjoint(lex.ARMED_STRIKE_WORDS | CAMPAIGN_WORDS)


def stops(verb: "Token", lemma: str) -> bool:
    """A verb of stopping: "halted", "cancelled", "called off" ("call" alone calls for the act)."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return lemma in lex.STOP_VERBS and (lemma != "call" or particle == "off")


# Verbs that set people free with the word "free" ("let free", "set free").
FREEING_VERBS = frozenset({"let", "set"})
# Nouns of a conditional release ("freed on bail two leaders": the parser hangs the people on "on").
BAIL_NOUNS = frozenset({"bail", "parole", "probation"})


def held_or_freed(verb: "Token") -> tuple[str, str | None] | None:
    """(type, mode) of people held captive or as shields, or set free ("let free X"), or None."""
    if lemma_of(verb) in FREEING_VERBS:
        return _set_free(verb)
    return captive_hold(verb)


def _set_free(verb: "Token") -> tuple[str, str | None] | None:
    """ "let free dozens of protesters", "set free the leader": "free" on the verb or on its people."""

    frees = [c for c in verb.children if c.lower_ == "free" and c.i > verb.i]
    # "let free the activist" may be parsed as a clause "free the activist" with the people its subject.
    held = [c for c in verb.children if c.dep_ in ("dobj", "obj")] + [
        g for f in frees for g in f.children if g.dep_ in ("nsubj", "dobj", "obj")]
    objects = [c for c in held if _is_held_group(c) or is_people(c)]
    words = frees + [c for n in objects for c in n.children if c.lower_ == "free" and c.i > verb.i]
    return ("RETREAT", "release") if objects and words else None


def is_charge_phrase(pobj: "Token") -> bool:
    """Whether a prepositional object is a charge ("on suspicion of X", "on smuggling charges", "over
    allegations"): what one is held or accused on is the offence, and a name in it ("Ruritania" of "spying
    for Ruritania") is no side of the act."""
    if lemma_of(pobj) not in CHARGE_NOUNS or pobj.head.lower_ not in ("on", "over", "for"):
        return False
    # "called for charges against X": X is the one accused, a side of the act.
    return not any(c.dep_ == "prep" and c.lower_ == "against" for c in pobj.children)


def on_bail_people(verb: "Token") -> list["Token"]:
    """The people a verb frees "on bail" when the parser hangs them on "on" ("freed on bail two X")."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"]
    return [g for p in preps if any(lemma_of(t) in BAIL_NOUNS for t in p.subtree)
            for g in p.children if g.dep_ == "pobj" and lemma_of(g) not in BAIL_NOUNS]


def captive_hold(verb: "Token") -> tuple[str, str | None] | None:
    """(type, mode) of holding people as captives or shields, or None.

    Only an active verb with people as its object: "three guards held captive by the rebels" describes
    the captives of another event (their release), and "held a press conference as a show of
    strength" holds no one.
    """
    if lemma_of(verb) not in HOLDING_VERBS or verb.dep_ in ("acl", "amod", "relcl"):
        return None

    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lower_ not in CAPTIVE_WORDS]
    if not any(_is_held_group(o) or is_people(o) for o in objects):
        return None
    if lemma_of(verb) != "use" and any(c.dep_ in CAPTIVE_DEPS and c.lower_ in CAPTIVE_WORDS for c in verb.children):
        return "ASSAULT", "abduct"
    shields = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
               for g in c.children if g.dep_ == "pobj" and lemma_of(g) == "shield"]
    if shields and lemma_of(verb) != "take":
        return "COERCE", None
    return None


def _is_held_group(noun: "Token") -> bool:
    """A noun for people or a named party: "soldiers", "thousands of villagers", "the passengers"."""
    if noun.ent_type_ in ("PERSON", "NORP", "ORG", "GPE"):
        return True
    if noun.tag_ == "NNS" or noun.pos_ == "NUM" or lemma_of(noun) in ("thousand", "hundred", "dozen"):
        return True  # plural nouns and counts of them: what one holds captive is people
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.tag_ == "NNS" for g in c.children)
               for c in noun.children)
