"""Trigger verbs whose sense their own subject, object or particle gives as no political act.

A verb of asking, threatening, rallying, sharing or fighting tells an event only when a party does
it to or with another. Its arguments say when it does not:

* "sought to win over voters": *seek* with an infinitive is *try*;
* "inflation threatens to erode wages", "the market rallied", "the strong economy helped X": a subject that
  names a non-agent (a price, a market, a levy, the weather) does nothing to anyone; a subject merely not
  known as an actor ("the regulator") may still be one;
* "rallied voters", "rally support", "rallied behind the judge", "rallied from two goals down": a
  transitive *rally*, or one to someone's side or back from a deficit, gathers backing; a protest is an
  intransitive gathering ("rallied to the square");
* "shared a microphone": *share* is cooperation only with a partner, named after "with" or in a
  plural or coordinated subject ("X and Y share the costs");
* "vowed to fight on": *fight* with "on", no opponent and no armed subject is persisting, not violence;
* "has fought for working families her whole career": *fight for* with no opponent, no armed subject and
  nothing fought over (a place, control) is advocacy;
* "killed when a van struck him", "hit by a car": a road vehicle that strikes or kills is an accident,
  unless the sentence tells an attack or the vehicle is armoured, military or police;
* "fired X as coach": *fire* with "as" and a post dismisses someone from it;
* "sat down with X for an interview", "sat down with a radio host": a sit-down told as an interview or a
  broadcast, or with a journalist or a broadcast's host, is no talks;
* "yielded to temptation", "yielded gains": *yield* to or of something no party is in concedes nothing;
* "fired at his critics": *fire at* people known only by what they say, with no arms or violence, is words;
* "declared war on poverty", "waged war on the media": a war on no people, body or state is no violence;
* "the policy could kill thousands of jobs": harm that no actor does to no one is no violence.

These checks read only the dependency parse of the trigger's own clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.descriptions import describes_a_kind
from sidelines.extractors.events.nonacts import is_no_act
from sidelines.extractors.events.people_words import is_people
from sidelines.extractors.events.senses import is_senseless_act
from sidelines.extractors.events.trigger_senses import is_other_sense
from sidelines.extractors.lookup import lemma_of
from sidelines.lexicon import plover as lex
from sidelines.lexicon.titles import TITLE_HEADS, occupations

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns of places that act as their governments ("the state threatened to sue").
POLITY_NOUNS = frozenset({"state", "country", "nation", "city", "province", "region", "town", "county",
                          "capital", "republic", "kingdom", "bank", "side", "camp", "bloc", "regime"})
# Verbs whose subject must be an actor for the verb to tell an act.
ACTOR_SUBJECT_VERBS = frozenset({"threaten", "warn", "rally", "seek", "demand", "share", "help", "aid", "assist"})
# Nouns that name no agent: economic and market quantities, charges on them, the weather and natural
# hazards ("rising rents threaten", "the market rallied", "the levy could kill jobs"). A closed class:
# what is not in it may be an actor the lexicons do not know ("the regulator warned").
NON_AGENT_NOUNS = frozenset({
    "price", "inflation", "rent", "debt", "cost", "market", "rate", "wage", "salary", "fee", "fare", "tax",
    "tariff", "levy", "duty", "toll", "deficit", "economy", "unemployment", "recession", "growth", "currency",
    "stock", "bond", "index", "interest", "loan", "mortgage", "spending", "shortage", "poverty", "income",
    "revenue", "profit", "loss", "subsidy", "budget", "weather", "rain", "drought", "flood", "flooding",
    "storm", "heat", "heatwave", "snow", "wind", "frost", "climate", "pollution", "disease", "virus",
})
# Nouns of armed people, with whom "fight on" is still fighting.
ARMED_NOUNS = frozenset({"rebel", "troop", "militant", "force", "unit", "soldier", "fighter", "insurgent",
                         "guerrilla", "militia", "army", "gunman", "jihadist", "separatist", "brigade"})
# What is fought over rather than for a cause ("fought for control of the town", "for the hill").
CONTESTED_NOUNS = frozenset({"control", "territory", "ground", "possession", "supremacy", "dominance", "access"})
# Spans of time read as objects ("fought for them her whole career").
DURATION_NOUNS = frozenset({"career", "life", "lifetime", "time", "year", "month", "week", "day", "decade", "night",
                            "hour", "minute"})
# Words that tell a vehicle was used on purpose, and modifiers of vehicles of armed or police forces.
DELIBERATE_WORDS = frozenset({"attack", "deliberate", "deliberately", "intentionally", "ram", "terror",
                              "terrorist", "terrorism", "assailant", "attacker"})
FORCE_VEHICLE_MODIFIERS = frozenset({"armoured", "armored", "military", "police", "army", "patrol", "cannon"})
# Nouns a sit-down is "for" or "with" that make it an interview.
SIT_INTERVIEW_WORDS = frozenset({"interview", "interviewer", "podcast", "broadcast"})
# People of the press a sit-down "with" is an interview with, and the media a host is one of ("a radio host").
MEDIA_PEOPLE = frozenset({"journalist", "reporter", "anchor", "presenter", "columnist", "podcaster"})
BROADCAST_MODIFIERS = frozenset({"radio", "television", "tv", "talk", "podcast", "show", "cable", "morning"})
# What one yields to or yields that is a party's claim: a concession ("yielded to pressure", "yielded ground").
CONCESSION_HEADS = frozenset({"pressure", "demand", "ground", "power"})
# Counts of people that stand for victims ("killed hundreds").
VICTIM_COUNTS = frozenset({"hundred", "hundreds", "dozen", "dozens", "score", "scores", "thousand", "thousands"})
# Weapons that kill as their users' instruments ("mortar rounds killed ...").
WEAPON_NOUNS = frozenset({"round", "shell", "mortar", "rocket", "drone", "missile", "bomb", "grenade"})
# Verbs of harm that a road vehicle does by accident ("a van struck him", "hit by a car").
ACCIDENT_VERBS = frozenset({"kill", "hit", "strike", "injure", "die"})
# Road vehicles (not "truck bomb": the head of the phrase is read).
VEHICLE_NOUNS = frozenset({"car", "van", "truck", "lorry", "bus", "vehicle", "motorcycle", "motorbike", "taxi",
                           "train", "tram", "suv", "tractor", "minibus", "scooter"})
# People known only by what they say against someone: a closed class ("fired at his critics").
SPEAKER_OPPONENTS = frozenset({"critic", "detractor", "accuser", "naysayer", "skeptic", "sceptic", "doubter"})
# Bearers of arms beyond the armed nouns, whose firing at anyone is shooting.
FORCE_NOUNS = frozenset({"police", "policeman", "officer", "sniper", "guard", "shooter", "gunmen", "attacker",
                         "assailant", "gunman", "suspect"})
# Armed or criminal bodies a state makes war on ("the drug cartels", "the gangs").
CRIME_GROUP_NOUNS = frozenset({"cartel", "gang", "mafia", "syndicate", "trafficker", "smuggler", "terrorist",
                               "poacher"})
# Nouns of a war one declares or wages "on" someone.
WAR_NOUNS = frozenset({"war", "warfare"})
# Verbs that dismiss someone from a post named after "as".
DISMISS_AS_VERBS = frozenset({"fire", "sack", "oust", "remove"})
# Verbs read here beyond those.
CHECKED_VERBS = (ACTOR_SUBJECT_VERBS | ACCIDENT_VERBS | DISMISS_AS_VERBS | lex.FIGURATIVE_HARM_VERBS
                 | {"fight", "sit", "yield", "strike"})
# Prepositions that make *rally* a rallying to someone's side whatever their object.
RALLY_SIDE_PREPS = frozenset({"behind", "round"})
# Nouns after "rallied to (the) ..." that name a side ("rallied to the defence of the minister").
RALLY_SIDE_NOUNS = frozenset({"side", "defence", "defense", "aid", "support", "cause"})
# Words of a from-phrase that tell a deficit ("rallied from two goals down").
DEFICIT_WORDS = frozenset({"deficit", "goal", "point", "down", "behind", "lead", "run", "set", "game"})


def _non_agent(tok: "Token") -> bool:
    return tok.pos_ == "NOUN" and not tok.ent_type_ and not is_people(tok) and (
        lemma_of(tok) in NON_AGENT_NOUNS or tok.lower_ in NON_AGENT_NOUNS)


def is_non_actor(tok: "Token") -> bool:
    """A subject whose nouns, conjuncts too, all name non-agents ("inflation", "prices and rents")."""
    return _non_agent(tok) and all(_non_agent(c) for c in tok.conjuncts)


def _subject(verb: "Token") -> "Token | None":
    """The verb's subject, or the subject of the verb it is the infinitive of ("threatens to ...")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "xcomp":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subj


def _objects(verb: "Token") -> list["Token"]:
    return [c for c in verb.children if c.dep_ in ("dobj", "obj")]


def _preps(tok: "Token") -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ == "prep"}


def _shared_with(verb: "Token") -> bool:
    """Whether a partner is named, on the verb or on what is shared ("shared evidence with X")."""
    if "with" in _preps(verb) or any("with" in _preps(o) for o in _objects(verb)):
        return True
    subj = _subject(verb)
    return subj is not None and (subj.tag_ in ("NNS", "NNPS") or bool(subj.conjuncts))


def _pobjs(prep: "Token") -> list["Token"]:
    return [g for g in prep.children if g.dep_ == "pobj"]


def _rallies_to_a_side(verb: "Token") -> bool:
    """ "rallied behind the judge", "rallied around the leader", "rallied to the defence of X",
    "rallied from two goals down": backing or a comeback, not a protest ("rallied to the square")."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        word = prep.lower_
        if word in RALLY_SIDE_PREPS:
            return True
        if word in ("around", "to") and any(is_people(g) or lemma_of(g) in RALLY_SIDE_NOUNS for g in _pobjs(prep)):
            return True
        phrase = [t for t in prep.subtree if t is not prep]
        if word == "from" and any(t.tag_ == "CD" or lemma_of(t) in DEFICIT_WORDS for t in phrase):
            return True
    return False


def _fights_on(verb: "Token") -> bool:
    """ "vowed to fight on": no object, no "against" opponent and no armed subject."""
    if _objects(verb) or "against" in _preps(verb):
        return False
    if not any(c.lower_ == "on" and c.dep_ in ("prt", "advmod") for c in verb.children):
        return False
    subj = _subject(verb)
    return subj is None or not any(lemma_of(t) in ARMED_NOUNS for t in [subj, *subj.conjuncts, *subj.children])


def _duration(tok: "Token") -> bool:
    return tok.ent_type_ in ("DATE", "TIME") or lemma_of(tok) in DURATION_NOUNS


def _fights_for_a_cause(verb: "Token") -> bool:
    """ "fought for working families", "will fight for fair wages": no opponent, no armed or police subject,
    and what is fought for is no time, no place and nothing contested ("fought for control of the town")."""
    if any(not _duration(o) for o in _objects(verb)) or _preps(verb) & {"against", "with", "between"}:
        return False
    causes = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in _pobjs(c)]
    if any(c.dep_ == "prep" and c.lower_ in ("against", "with") and any(
            is_people(o) or o.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for o in _pobjs(c))
           for g in causes for c in g.subtree):
        return False  # "fought for its independence against the empire"
    if not causes or any(_duration(g) or g.ent_type_ in ("GPE", "LOC", "FAC") or lemma_of(g) in CONTESTED_NOUNS
                         for g in causes):
        return False
    subj = _subject(verb)
    if subj is not None and (subj.conjuncts or subj.ent_type_ in ("GPE", "NORP") or any(
            c.dep_ == "nummod" or c.lower_ in ("both", "rival") for c in subj.children)):
        return False  # "the two clans fought for water rights", "Tovar fought for its freedom": sides, a war
    return subj is None or not any(lemma_of(t) in ARMED_NOUNS or lemma_of(t) == "police"
                                   for t in [subj, *subj.conjuncts, *subj.children])


def _sat_for_interview(verb: "Token") -> bool:
    """ "sat down with Radio X for an interview": the sit-down's own for/with objects name an interview."""
    objs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "with") for g in _pobjs(c)]
    objs += [g for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "for" for g in _pobjs(c)]
    return any(lemma_of(t) in SIT_INTERVIEW_WORDS for o in objs for t in [o, *o.children]) or any(
        lemma_of(o) in MEDIA_PEOPLE or (lemma_of(o) == "host" and lemma_of(c) in BROADCAST_MODIFIERS)
        for o in objs for c in [o, *o.children])


def _seeks_no_request(verb: "Token") -> bool:
    """ "sought to win over voters": *seek* with an infinitive is trying, no one is asked."""
    return any(c.dep_ == "xcomp" for c in verb.children)


def _vehicle_does(verb: "Token") -> bool:
    """Whether a road vehicle is the subject or the passive agent of the verb, or of a clause of it when the
    verb itself tells a death or harm with no doer ("was killed when a lorry struck him"); never in a
    sentence that tells an attack, nor an armoured, military or police vehicle."""
    if any(lemma_of(t) in DELIBERATE_WORDS or t.lower_ in DELIBERATE_WORDS for t in verb.sent):
        return False
    no_doer = lemma_of(verb) == "die" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    clauses = [verb, *(c for c in verb.children if c.dep_ == "advcl")] if no_doer else [verb]
    for clause in clauses:
        for child in clause.children:
            if child.dep_ == "nsubj" and _road_vehicle(child):
                return True
            if child.dep_ == "agent" and any(g.dep_ == "pobj" and _road_vehicle(g) for g in child.children):
                return True
    return False


def _road_vehicle(tok: "Token") -> bool:
    return lemma_of(tok) in VEHICLE_NOUNS and not any(
        lemma_of(c) in FORCE_VEHICLE_MODIFIERS or c.lower_ in FORCE_VEHICLE_MODIFIERS
        for c in tok.children if c.dep_ in ("amod", "compound"))


def _dismissed_as(verb: "Token") -> bool:
    """ "fired Moss as coach", "was sacked as manager": a post named after "as"."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(
        g.dep_ == "pobj" and (lemma_of(g) in TITLE_HEADS or lemma_of(g) in occupations()) for g in c.children)
        for c in verb.children)


def _yields_to_no_party(verb: "Token") -> bool:
    """ "yielded to temptation", "the plan yielded savings": no party in what is yielded to or yielded."""
    phrases = _objects(verb) + [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                                for g in c.children if g.dep_ == "pobj"]
    return bool(phrases) and not any(
        t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or is_people(t) or lemma_of(t) in lex.NOUN_TRIGGERS
        or lemma_of(t) in CONCESSION_HEADS for p in phrases for t in p.subtree)


def _fires_at_speakers(verb: "Token") -> bool:
    """ "fired at his critics", "fired at her accusers on Twitter": *fire at* people known only by what they
    say, by a subject that bears no arms, in a sentence that tells no violence, is a retort in words."""
    subj = verb.head if verb.dep_ == "acl" else _subject(verb)  # "an attacker fired at ...", parsed as a modifier
    if subj is not None and lemma_of(subj) in ARMED_NOUNS | FORCE_NOUNS:
        return False
    if any(lemma_of(t) in lex.VIOLENCE_WORDS for t in verb.sent if t.i != verb.i):
        return False  # "fired at critics of the regime, wounding three"
    targets = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" for g in c.children
               if g.dep_ == "pobj"]
    targets += [n for t in targets for n in t.conjuncts]
    return bool(targets) and all(lemma_of(t) in SPEAKER_OPPONENTS for t in targets)


def _wars_on_no_party(verb: "Token") -> bool:
    """ "declared war on poverty", "waged war on the media": a war on no people, body or state is a campaign
    against a thing or a way of life ("declared war on Japan", "waged war on the government" stay)."""
    wars = [c for c in verb.children if c.dep_ in ("dobj", "obj") and lemma_of(c) in WAR_NOUNS]
    heads = [*wars, verb] if wars else []  # "declared war on X": the parser hangs "on X" on either
    targets = [g for w in heads for p in w.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
               for g in p.children if g.dep_ == "pobj"]
    targets += [n for t in targets for n in t.conjuncts]
    return bool(targets) and not any(is_people(t) or lemma_of(t) in CRIME_GROUP_NOUNS for t in targets)


def _harms_no_one(verb: "Token") -> bool:
    """ "the levy could kill thousands of jobs": a subject that is no actor, objects with no people in them
    and no bare count of victims ("killed 12")."""
    subj = _subject(verb)
    objects = _objects(verb)
    if subj is None or not is_non_actor(subj) or lemma_of(subj) in WEAPON_NOUNS or not objects:
        return False
    heads = objects + [g for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"]
    return not any(is_people(t) or ((t.tag_ == "CD" or t.lower_ in VICTIM_COUNTS)
                                    and not any(c.lower_ == "of" for c in t.children))
                   for t in heads)


def is_figurative_act(verb: "Token", event_type: str) -> bool:
    """Whether a trigger verb's subject, object or particle gives it a sense that is no event (see the module)."""
    if is_no_act(verb, event_type) or is_senseless_act(verb, event_type) or is_other_sense(verb, event_type):
        return True  # leaving a room, a plan executed, a tour of places, a game played, a rule's text, a permission
    if describes_a_kind(verb, event_type):
        return True  # "fishmongers, traders who resent X": a relative clause classifying a party
    lemma = lemma_of(verb)
    if event_type == "ASSAULT" and _wars_on_no_party(verb):
        return True
    if lemma not in CHECKED_VERBS:
        return False
    subj = _subject(verb)
    if lemma in ACTOR_SUBJECT_VERBS and subj is not None and is_non_actor(subj):
        return True
    if lemma == "seek" and event_type == "REQUEST":
        return _seeks_no_request(verb)
    if lemma == "rally" and event_type == "PROTEST":
        return bool(_objects(verb)) or _rallies_to_a_side(verb)
    if lemma == "share" and event_type == "COOPERATE":
        return not _shared_with(verb)
    if lemma in ACCIDENT_VERBS and event_type == "ASSAULT" and _vehicle_does(verb):
        return True
    if lemma in DISMISS_AS_VERBS and event_type == "ASSAULT" and _dismissed_as(verb):
        return True
    if lemma == "fire" and event_type == "ASSAULT" and _fires_at_speakers(verb):
        return True
    if lemma in lex.FIGURATIVE_HARM_VERBS and event_type == "ASSAULT" and _harms_no_one(verb):
        return True
    if lemma == "yield" and event_type == "CONCEDE":
        return _yields_to_no_party(verb)
    if lemma == "sit" and event_type == "CONSULT":
        return _sat_for_interview(verb)
    if lemma == "fight" and event_type == "ASSAULT":
        return _fights_on(verb) or _fights_for_a_cause(verb)
    return False
