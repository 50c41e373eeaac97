"""Groups that are where they act: crowds and forces of order take the country of their verb's place.

"Strikers marched on the port in Mombasa", "police detained two Chileans in Lima": a crowd, or a force that
keeps order at home, with no country of its own is read as the country of the place named by an
"in"/"at" phrase of its own verb. Armies and troops, often abroad, are not; nor is a force whose verb
is a meeting or a visit ("the authorities met in Vienna"), since bodies travel to meet.
Insurgents fight on their own state's soil (:data:`HOME_INSURGENTS`: "rebels overran a post in northern
Mali"), and such a group or a crowd acted on is where the act happens ("killed six gunmen during a raid in
Somalia"). The place may be the object's ("a post in northern Mali") or nested in an occasion of the verb
("during a raid in X"), never in another clause; places of two countries give none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.actors.countries import CountryLookup

# How a group took the country of where it acts.
WHERE_HOW = "the country of the place where the group's own verb happens"
# Crowds that are where they act ("strikers marched on the port in Mombasa"); not armed bodies, which
# are often abroad, nor refugees and immigrants, who are from elsewhere by definition.
LOCAL_CROWDS = frozenset(
    {
        "protester",
        "protestor",
        "demonstrator",
        "student",
        "worker",
        "civilian",
        "villager",
        "resident",
        "prisoner",
        "supporter",
        "citizen",
        "farmer",
        "striker",
        "rioter",
    }
)
# Forces of order act at home ("police arrested two Colombians in Caracas"; "forces" only as "security
# forces"), unlike armies and troops, which are often abroad.
LOCAL_FORCES = frozenset({"police", "policeman", "authority"})
# Insurgents, who fight on their own state's soil (general English words; armies and troops are often abroad,
# militias and outlaws prey on whoever comes their way).
HOME_INSURGENTS = frozenset({"rebel", "insurgent", "guerrilla", "separatist", "militant", "gunman"})
# Dependencies of a group acted on by its verb ("killed six gunmen", "dispersed the protesters").
ACTED_ON_DEPS = frozenset({"dobj", "obj"})
# Dependencies a verb's place phrase may hang from: its phrases, their objects and the verb's object.
PLACE_PATH_DEPS = frozenset({"prep", "pobj", "dobj", "obj"})
# Verbs of meeting and visiting: a body travels to do them, so their place says nothing of its country.
MEETING_VERBS = frozenset({"meet", "gather", "convene", "visit", "attend", "confer"})


def _local_force(noun: "Token", lemma: str) -> bool:
    """Whether a group noun names a force of order ("police", "the authorities", "security forces")."""
    return lemma in LOCAL_FORCES or (lemma == "force" and any(
        c.dep_ == "compound" and c.lower_ in ("security", "police") for c in noun.lefts))


def where_it_acts(noun: "Token", lemma: str, lookup: "CountryLookup") -> str | None:
    """The country of the place where a local crowd's, force's or insurgent group's own verb happens, if named;
    for a crowd or an insurgent group that is the verb's object, where it is acted on."""
    armed = lemma in HOME_INSURGENTS
    if noun.dep_ in ACTED_ON_DEPS and (armed or lemma in LOCAL_CROWDS):
        verb = noun.head
    elif noun.dep_ != "nsubj":
        return None
    elif lemma in LOCAL_CROWDS or ((armed or _local_force(noun, lemma)) and noun.head.lemma_ not in MEETING_VERBS):
        verb = noun.head
    else:
        return None
    found = {iso for prep in _place_preps(verb, noun)
             if (iso := lookup.of_tokens([t for t in prep.subtree if t.i in lookup.by_token and t.ent_type_ != "NORP"]))
             is not None}  # a place, not a people's word ("at the American embassy in Baghdad")
    return next(iter(found)) if len(found) == 1 else None


def _place_preps(verb: "Token", noun: "Token") -> list["Token"]:
    """The "in"/"at" phrases of a verb's own clause: its own, its object's, or nested in another phrase of it
    ("during a raid in X"); not inside ``noun``'s own phrase, nor in a clause below."""
    found: list["Token"] = []
    stack = [c for c in verb.children if c.i != noun.i and c.dep_ in PLACE_PATH_DEPS]
    while stack:
        tok = stack.pop()
        if tok.dep_ == "prep" and tok.lower_ in ("in", "at"):
            found.append(tok)
            continue
        stack.extend(c for c in tok.children if c.dep_ in PLACE_PATH_DEPS)
    return found


# Outlaws named by what they are, who prey on whoever comes their way: the country of their victims alone is
# not theirs ("bandits kidnapped three Chinese workers", "extremists attacked the French embassy").
OUTLAWS = frozenset({"bandit", "pirate", "extremist"})


def only_victims_named(noun: "Token", country: str | None, lookup: "CountryLookup") -> bool:
    """Whether every word naming ``country`` lies in the object of the outlaw subject ``noun``'s own verb, and
    in no "in"/"at"/"near" phrase there ("kidnapped 20 villagers in northern Nigeria" places the act)."""
    if country is None or noun.dep_ != "nsubj":
        return False
    objects = [c for c in noun.head.children if c.dep_ in ("dobj", "obj", "dative")]
    inside = {t.i for c in objects for t in c.subtree
              if not any(a.dep_ == "prep" and a.lower_ in ("in", "at", "near") and a.i in {s.i for s in c.subtree}
                         for a in t.ancestors)}
    named = [i for i, iso in lookup.by_token.items() if iso == country]
    return bool(named) and all(i in inside for i in named)
