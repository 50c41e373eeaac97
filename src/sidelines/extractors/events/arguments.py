"""Arguments: the actors of an event candidate and their roles (source, target, participant, host).

Actors are the entities of the ``entities`` layer whose mentions overlap the subject, object,
agent, conjuncts, "with X" / "between X and Y" phrases of the trigger, or the possessor and
modifiers of an event noun ("his invitation", "Russian-Ukrainian talks", "visit by X").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.accused import accused_in_clause
from sidelines.extractors.events.appointments import named_person
from sidelines.extractors.events.candidates import EventCandidate, add_actor, add_actor_by
from sidelines.extractors.events.claimants import claimant
from sidelines.extractors.events.locations import host_of
from sidelines.extractors.events.nonevents import is_place_modifier
from sidelines.extractors.events.object_acts import is_charge_phrase, on_bail_people
from sidelines.extractors.events.object_sides import (
    SUPPORT_RELCL_RULE,
    agentless_passive_sides,
    in_circumstance,
    makers_by_agent,
    not_the_object,
    object_sides,
    relative_object,
)
from sidelines.extractors.events.phrases import (
    PRONOUN_FALLBACK,
    comma_listed,
    coordinated,
    doer_ids,
    entities_at,
    is_infinitive,
    is_listing,
    participle_patient,
    phrase_tokens,
    reporting_speaker,
    subject_of,
)
from sidelines.extractors.events.place_subjects import subject_places
from sidelines.extractors.events.quantities import counted_noun
from sidelines.extractors.events.recipients import (
    GIVING_TYPES,
    RECEIVING_VERBS,
    giver_and_recipient,
    helped,
    is_joint,
    object_prep_actors,
)
from sidelines.extractors.events.stance_triggers import behalf_of, prep_objects, quits_race
from sidelines.extractors.events.threat_objects import THREAT_OBJECT_RULE, threatened_objects
from sidelines.extractors.events.triggers import is_adjunct_of_act
from sidelines.extractors.events.warded_attacks import WARDED_RULE, wards_for_another, wards_off
from sidelines.extractors.lookup import lemma_of, same_line
from sidelines.lexicon import plover as lex
from sidelines.lexicon.stances import STANCE_ADJECTIVES, STANCE_NOUNS
from sidelines.nlp.syntax import OBJECTS_AND_COMPLEMENTS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.events.index import EntityIndex

# Prepositions whose object is a target (or, for symmetric types, a participant).
TARGET_PREPS = frozenset({"against", "on", "to", "at", "into", "from", "for", "upon", "toward", "towards", "behind"})
# Types whose "behind" phrase names whom the act backs ("threw its support behind X", "rallied behind X");
# for the others it places the act ("fighting behind the lines").
BEHIND_TARGET_TYPES = frozenset({"SUPPORT"})
PARTICIPANT_PREPS = frozenset({"with", "between", "among"})
# Event nouns whose "from" phrase is left or lost ("withdrawal from X"); for the others it is the
# actor the act comes from ("criticism from X", "aid from X", "a request from X").
NOMINAL_FROM_TARGET_TYPES = frozenset({"RETREAT", "CONCEDE"})
# Prepositions that place an event ("talks in X", "a meeting at X").
LOCATING_PREPS = frozenset({"in", "at", "near"})
# Types whose "on" phrase names whom the act is aimed at ("sanctions on X"; "lifted the ban on X").
ON_TARGET_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "PROTEST", "ACCUSE", "REQUEST", "CONCEDE"})
# Types whose "to help X" clause names the recipient (recipients.HELP_VERBS are its verbs).
HELPING_TYPES = frozenset({"AID", "COOPERATE", "SUPPORT", "MOBILIZE"})
# Types that yield to a demand: the demander is their target ("accepted the demands of X").
YIELDING_TYPES = frozenset({"CONCEDE", "AGREE", "REJECT"})
# Possessives that make forces the actor's own ("its troops").
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})
# Types whose forces are the actor's own with no possessive ("sent troops"); not RETREAT ("freed 20 soldiers").
MOVING_TYPES = frozenset({"MOBILIZE"})
# Prepositions of a participle on an object that name whom the object is aimed at ("the ban imposed on X").
IMPOSED_PREPS = frozenset({"on", "upon", "against"})
# Participles whose object is the target of the act they describe ("a raid, targeting X").
TARGETING_VERBS = frozenset({"target"})


def assign_actors(cand: EventCandidate, index: EntityIndex) -> None:
    """Fill source/target/participant actors from the clause of the trigger."""
    symmetric = is_joint(cand)
    src_role = "participant" if cand.type == "CONSULT" and cand.mode != "visit" else "source"
    verb = cand.verb
    head = cand.head
    if verb is not None and not in_circumstance(cand):  # "despite protests from X": no side from the verb
        subj, passive = subject_of(verb)
        if subj is None:
            subj = participle_subject(verb, index)
        if subj is None and (patient := participle_patient(verb)) is not None and any(
                e in index.named for e in entities_at(patient, index)):
            subj, passive = patient, True  # "X, arrested on Friday", "Arrested by police, X ...": a named X
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is None and passive:
            # "was called a liar by X": the parser hangs the agent on the object complement.
            agent = next((g for c in verb.children if c.dep_ == "oprd" for g in c.children
                          if g.dep_ in ("prep", "agent") and g.lower_ == "by"), None)
        if cand.obligation and subj is not None:
            add_actor(cand, entities_at(subj, index), "target")
            speaker = reporting_speaker(verb)
            if speaker is not None:
                add_actor(cand, entities_at(speaker, index), "source")
            subj = None
        hosting = lemma_of(verb) == "host" and cand.type == "CONSULT"
        if subj is not None and not passive and hosting:
            # "X hosted Y": the host receives the visitor (PLOVER: visitor acts, host is recipient).
            add_actor(cand, entities_at(subj, index), "host")
            subj = None
        if subj is not None and not passive and wards_off(cand):
            # "X repelled an attack by Y": X is attacked; "by Y" may hang on the verb.
            if not wards_for_another(cand):
                add_actor_by(cand, entities_at(subj, index), "target", WARDED_RULE)
            by_y = [e for t in prep_objects(verb, "by", conjuncts=False) for e in entities_at(t, index)]
            add_actor_by(cand, by_y, "source", WARDED_RULE)
            subj = None
        eventive = lex.STANDALONE_NOUNS | lex.GENERIC_EVENT_NOUNS
        if subj is not None and subj.pos_ == "NOUN" and lemma_of(subj) in eventive and not _lists_actors(subj, index):
            # "the deal with X violates ...": X belongs to the deal, not to this event.
            subj = None
        if subj is not None and governed_by_other_event(cand):
            # "X condemned the attacks", "X rejected the request": X acts in another event.
            subj = None
        if subj is not None and not passive:
            where = subject_places(cand.type, subj, index)
            ids = [e for e in not_the_object(entities_at(subj, index), verb, index) if e not in where]
            listed = comma_listed(subj, verb, index)
            ids += [e for e in listed if e not in ids]
            # "X and Y agreed", "X and Y signed a deal", "X, Y agree": a symmetric event's coordinated subjects.
            joint = symmetric and len(ids) > 1 and src_role == "source" and (
                cand.type not in ("AGREE", "SUPPORT") or coordinated(subj) or bool(listed))
            role = "participant" if joint else src_role
            add_actor(cand, ids, role)
        if passive and subj is not None and subj.i != head.i and (cand.noun is None or subj.i != cand.noun.i):
            # "Vietnam is committed to...": a stance's passive subject still holds the stance.
            stance = lemma_of(verb) in lex.INTENT_VERBS | lex.REJECT_VERBS or cand.type == "AGREE" and agent is None
            # "peacekeepers are being deployed": forces that are moved are the side that moves.
            moved = cand.type in MOVING_TYPES and lemma_of(counted_noun(subj)) in lex.FORCE_OBJECTS
            # "X was promised $40 million": with the thing given still the object, X is given to.
            given = any(c.dep_ in ("dobj", "obj") and c.i > verb.i for c in verb.children)
            add_actor(cand, entities_at(subj, index), src_role if (stance and not given) or moved else "target")
        if agent is not None:
            for pobj in agent.children:
                add_actor(cand, entities_at(pobj, index), src_role)
        # "discussed the war": a topic; "dropped her bid": one's own run, no one acted on.
        topical = lemma_of(verb) in lex.TOPIC_VERBS or quits_race(verb)
        for child in verb.children:
            if not same_line(child, verb):
                continue
            if child.dep_ in OBJECTS_AND_COMPLEMENTS and child.i != head.i and not topical:
                ids = entities_at(child, index)
                if is_joint(cand):
                    # A venue is never a party to talks; "attacks in X" may stand for X's people (PLOVER).
                    ids = [e for e in ids if e not in _where_of_event_noun(child, index)]
                if cand.mode == "visit":
                    # "visit Oslo": the town is where the visit is; whom it visits is the town's country, if named.
                    ids = [host_of(e, index) for e in ids]
                if own_forces(child, cand.type):
                    # "strengthened its forces in X": X may be aimed at, the forces (and "its") are the actor's.
                    forces = counted_noun(child)  # "thousands of its troops": the troops and "its"
                    own = {e for t in forces.subtree if t.dep_ != "prep" and t.head.i == forces.i or t.i == forces.i
                           for e in index.by_token.get(t.i, ())}
                    ids = [e for e in ids if e not in own]
                role = "participant" if cand.type == "CONSULT" and cand.mode != "visit" else "target"
                add_actor(cand, ids, "source" if hosting else role)
            elif child.dep_ == "ccomp" and (cand.type in ("REQUEST", "ACCUSE", "REJECT") or (
                    is_infinitive(child) and not is_joint(cand) and lemma_of(verb) not in lex.REPORTING_VERBS)):
                # "demanded that X leave"; "allowed X to run": X is the one acted on.
                csubj, _ = subject_of(child)
                if csubj is not None:
                    add_actor(cand, entities_at(csubj, index), "target")
        _prep_actors(cand, verb, index)
        for party in behalf_of(verb):
            # "campaigned on his behalf": the one it is done for.
            add_actor(cand, entities_at(party, index), "target")
        if verb.lower_ in STANCE_ADJECTIVES:
            # "was critical of X": whom the stance is towards.
            for obj in prep_objects(verb, STANCE_ADJECTIVES[verb.lower_][1]):
                add_actor(cand, entities_at(obj, index), "target")
        if passive:
            agentless_passive_sides(cand, verb, index)
        object_prep_actors(cand, verb, index)
        makers_by_agent(cand, verb, index)
        object_sides(cand, verb, index)
        if cand.type in GIVING_TYPES and subj is not None and (
                passive or lemma_of(verb) in RECEIVING_VERBS):
            giver_and_recipient(cand, verb, subj, index)
        _aimed_at(cand, verb, index)
        if cand.type in ("REQUEST", "THREATEN"):
            # "called for X to leave", "set a deadline for X to act": the "for ... to" clause's subject is asked.
            add_actor(cand, _for_to_subjects(verb, index), "target")
        if cand.type in HELPING_TYPES and not cand.roles("target"):
            add_actor(cand, helped(verb, index), "target")
        if cand.type == "THREATEN" and not cand.roles("target"):
            # "threatened to stop talks if the United States goes ahead": the condition's subject is threatened.
            add_actor(cand, _condition_subjects(verb, index), "target")
        if cand.type == "THREATEN" and not cand.roles("target"):  # "threatened to crush the rebels"
            add_actor_by(cand, [e for o in threatened_objects(verb) for e in entities_at(o, index)], "target",
                         THREAT_OBJECT_RULE)
        if cand.type == "REQUEST" and not cand.roles("source"):
            speaker = reporting_speaker(verb)
            if speaker is not None:
                add_actor(cand, entities_at(speaker, index), "source")
    if verb is None or head.i != verb.i:
        _noun_actors(cand, head, index)
        if not cand.roles("source", "participant"):
            add_actor(cand, claimant(head, index), "source")
        if not cand.roles("source", "participant") and is_adjunct_of_act(head) and head.head.lower_ == "in":
            add_actor(cand, doer_ids(head.head.head, index), "source")  # "X recalled its envoy in protest"
    elif cand.noun is not None and verb is not None and (inner_type := _embedded_event_type(verb, cand.noun)) and (
            inner_type != cand.type) and not own_forces(cand.noun, cand.type):
        # "X condemned the attacks by Y": the noun's doer is whom the verb's act is aimed at.
        inner = EventCandidate(inner_type, None, cand.noun, None, "noun", [])
        _noun_actors(inner, cand.noun, index)
        for eid, role in inner.actors.items():
            add_actor(cand, [eid], "target" if role in ("source", "participant") else role)
    elif cand.noun is not None and cand.type in YIELDING_TYPES and lex.NOUN_TRIGGERS.get(
            lemma_of(cand.noun), ("",))[0] == "REQUEST":
        # "accepted the demands by protesters": who demanded is whom the concession answers.
        inner = EventCandidate("REQUEST", None, cand.noun, None, "noun", [])
        _noun_actors(inner, cand.noun, index)
        add_actor(cand, [e for e in inner.actors if e not in cand.actors], "target")
    elif cand.noun is not None:
        _noun_actors(cand, cand.noun, index)
    accused_in_clause(cand, index)
    _drop_acting_patients(cand, index)


def _lists_actors(noun: "Token", index: EntityIndex) -> bool:
    """ "Gulf states such as X and Y", "groups including X": a noun listed with actors is a group of them."""
    return any(c.dep_ == "prep" and is_listing(c) and index.actors_in(list(c.subtree)) for c in noun.children)


def _drop_acting_patients(cand: EventCandidate, index: EntityIndex) -> None:
    """ "women who seek help", "people said": a side named only as people acted on is never a doer."""
    for eid in [e for e, role in cand.actors.items() if e in index.patients and role in ("source", "participant")]:
        del cand.actors[eid]


def own_forces(obj: "Token", etype: str | None = None) -> bool:
    """ "withdrew its troops", "deployed their soldiers": the actor's own forces, not whom it acts on.

    Forces that are sent or withdrawn are the mover's own unless someone else is named as owner.
    """
    obj = counted_noun(obj)  # "deployed thousands of its troops"
    if lemma_of(obj) not in lex.FORCE_OBJECTS:
        return False
    owners = [c for c in obj.children if c.dep_ == "poss"]
    if any(c.lower_ in OWN_POSSESSIVES for c in owners):
        return True
    return etype in MOVING_TYPES and not owners


def participle_subject(verb: "Token", index: EntityIndex) -> "Token | None":
    """Who acts in a participle clause on a noun ("a statement calling on X", "protesters demanding Y").

    The noun itself when it names an actor; else, for the object of a verb, that verb's subject:
    "X issued a statement calling on Y" is X calling on Y.
    """
    noun = verb.head
    if verb.dep_ == "acl" and is_infinitive(verb) and verb.i > noun.i and same_line(verb, noun):
        return _owner(noun, index)
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.i < noun.i or not same_line(verb, noun):
        return None
    if entities_at(noun, index):
        return noun
    if noun.dep_ in ("dobj", "obj") and noun.head.pos_ in ("VERB", "AUX"):
        subj, passive = subject_of(noun.head)
        return None if passive else subj
    return None


def _where_of_event_noun(noun: "Token", index: EntityIndex) -> set[str]:
    """Places that only say where an event noun happens ("held talks in Vienna"): no side of it."""
    if lemma_of(noun) not in lex.NOUN_TRIGGERS:
        return set()
    where = [t for c in noun.children if c.dep_ == "prep" and c.lower_ in LOCATING_PREPS for t in c.subtree]
    return {e for t in where if t.i in index.places for e in index.by_token.get(t.i, ())}


def _owner(noun: "Token", index: EntityIndex) -> "Token | None":
    """Who does the act of an owned noun's infinitive: "X's offer to mediate" is X mediating; in "Y
    reaffirmed its commitment to support Z" the possessive pronoun is the verb's subject Y."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.lower_ not in PRONOUN_FALLBACK:
        return poss if entities_at(poss, index) else None
    if noun.dep_ in ("dobj", "obj") and noun.head.pos_ in ("VERB", "AUX"):
        subj, passive = subject_of(noun.head)
        return None if passive else subj
    return None


def _for_to_subjects(verb: "Token", index: EntityIndex) -> list[str]:
    """Actors that are the subjects of a "for X to do" clause under a verb ("called for X to leave")."""
    ids: list[str] = []
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "ccomp", "xcomp") or not same_line(clause, verb):
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children):
            continue
        for subj in (c for c in clause.children if c.dep_ == "nsubj"):
            ids.extend(e for e in entities_at(subj, index) if e not in ids)
    return ids


def _aimed_at(cand: EventCandidate, verb: "Token", index: EntityIndex) -> None:
    """Targets named by a participle: "lifted the ban imposed on X", "carried out a raid, targeting X"."""
    if is_joint(cand):
        return
    kinds = ("GPE", "NORP", "ORG", "PERSON")
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj") and same_line(c, verb)]
    for part in (c for n in [verb, *objects] for c in n.children):
        if part.dep_ not in ("acl", "advcl") or part.tag_ not in ("VBN", "VBG"):
            continue
        if part.tag_ == "VBN" and part.head.i != verb.i:
            for prep in (c for c in part.children if c.dep_ == "prep" and c.lower_ in IMPOSED_PREPS):
                for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                    add_actor(cand, index.actors_in(phrase_tokens(pobj), types=kinds), "target")
        elif part.tag_ == "VBG" and lemma_of(part) in TARGETING_VERBS:
            for obj in (g for g in part.children if g.dep_ in ("dobj", "obj")):
                add_actor(cand, index.actors_in(phrase_tokens(obj), types=kinds), "target")


def _embedded_event_type(verb: "Token", noun: "Token") -> str | None:
    """The type of an event noun that a trigger verb acts on ("condemned [the attacks]"), if any.

    A support verb ("held talks") or a fixed verb-noun pair ("violated the ceasefire") makes one
    event of the two; any other trigger verb tells an act about the noun's event.
    """
    lemma, nlemma = lemma_of(verb), lemma_of(noun)
    if lemma in lex.LIGHT_VERBS or (lemma, nlemma) in lex.VERB_NOUN_TRIGGERS:
        return None
    hit = lex.NOUN_TRIGGERS.get(nlemma)
    return hit[0] if hit else None


def governed_by_other_event(cand: EventCandidate) -> bool:
    """Whether a nominal event is the object of a verb that is an event of its own.

    Only a support verb ("held talks", "imposed sanctions") lends the noun its subject; a verb that
    tells an act itself ("condemned the attack", "rejected the request") is another event, whose
    subject is no side of the noun's.
    """
    verb = cand.verb
    if cand.kind != "noun" or verb is None or verb.i == cand.head.i:
        return False
    lemma = lemma_of(verb)
    return lemma not in lex.LIGHT_VERBS and lemma in lex.VERB_TRIGGERS


def _condition_subjects(verb: "Token", index: EntityIndex) -> list[str]:
    """Actors that are the subjects of "if"/"unless" clauses under a verb and its complements."""
    ids: list[str] = []
    for tok in verb.subtree:
        if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in lex.CONDITIONS for c in tok.children):
            continue
        subj, passive = subject_of(tok)
        if subj is not None and not passive:
            ids.extend(e for e in entities_at(subj, index) if e not in ids)
    return ids


def clause_objects(cand: EventCandidate, heads: set[int], index: EntityIndex) -> list[str]:
    """Actors named after the trigger in its own clause, when no argument slot gave a target."""
    verb = cand.verb if cand.verb is not None else cand.head
    out: list[Token] = []
    stack = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("advcl", "parataxis", "punct", "cc", "conj")]
    while stack:
        t = stack.pop()
        if own_forces(t, cand.type):
            # "withdraw its troops from X": the forces are no target; where they go or leave may be.
            stack.extend(c for c in t.children if c.dep_ == "prep")
            continue
        if (t.i in heads or t.dep_ == "relcl" or (t.dep_ == "prep" and t.lower_ in ("in", "at"))
                or (t.pos_ == "VERB" and lemma_of(t) in lex.REPORTING_VERBS)):
            continue
        out.append(t)
        stack.extend(t.children)
    ids = [e for e in index.actors_in(out, types=("GPE", "NORP")) if e not in cand.actors]
    return ids[:2]


def _prep_actors(cand: EventCandidate, tok: "Token", index: EntityIndex, *, nominal: bool = False) -> None:
    symmetric = is_joint(cand)
    for child in tok.children:
        if child.dep_ not in ("prep", "dative") or not same_line(child, tok):
            continue
        word = child.lower_
        if nominal and word == "from" and cand.type not in NOMINAL_FROM_TARGET_TYPES:
            continue
        objs = [c for c in child.children if c.dep_ == "pobj"]
        if child.dep_ == "dative" and child.pos_ != "ADP":
            objs = [child]
        for pobj in objs:
            if word in PARTICIPANT_PREPS:
                role = "participant" if symmetric or cand.type == "ASSAULT" else "target"
                if word == "between" and not symmetric and cand.type != "ASSAULT":
                    role = "target"  # "mediation between X and Y"; "clashes between X and Y" engage both
                ids = entities_at(pobj, index)
                if word == "with" and symmetric and ids:
                    for eid, r in list(cand.actors.items()):
                        if r == "source" and cand.mode != "visit":
                            cand.actors[eid] = "participant"
                add_actor(cand, ids, role)
            elif word in TARGET_PREPS or child.dep_ == "dative":
                if cand.type in ("CONSULT",) and word in ("on", "at", "for", "from") or is_adjunct_of_act(pobj) or (
                        is_charge_phrase(pobj)):  # "held on suspicion of ...": the offence is no side
                    continue  # "recalled its envoy at the arrest of X": X is the arrest's, not the recall's
                if word == "on" and cand.type not in ON_TARGET_TYPES and pobj not in on_bail_people(tok):
                    continue
                if word == "from" and cand.type not in ("REQUEST", "AID", "RETREAT", "SANCTION"):
                    continue
                if word == "behind" and cand.type not in BEHIND_TARGET_TYPES:
                    continue
                kinds: tuple[str, ...] = ("GPE", "NORP", "ORG", "PERSON")
                if word == "from" and cand.type == "RETREAT" and cand.mode == "withdraw":
                    # "withdrew its troops from the border hills" (or an airbase): the land left is its target.
                    kinds = (*kinds, "LOC", "FAC")
                # "aid to refugees fleeing the war in X": look into the clause when the phrase names no one.
                ids = index.actors_in(phrase_tokens(pobj), types=kinds)
                ids = ids or index.actors_in(list(pobj.subtree), types=kinds)
                add_actor(cand, ids, "target")


def _noun_actors(cand: EventCandidate, noun: "Token", index: EntityIndex) -> None:
    """Actors inside an event noun phrase: "his invitation", "Russian-Ukrainian talks", "visit by X"."""
    symmetric = cand.type in lex.SYMMETRIC_TYPES
    for child in noun.children:
        if child.dep_ == "poss":
            ids = entities_at(child, index)
            add_actor(cand, ids, "participant" if cand.type == "CONSULT" and cand.mode != "visit" else "source")
        elif child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in ("NORP", "GPE", "ORG"):
            ids = index.actors_in(list(child.subtree))
            placed = child.i in index.places or (bool(ids) and all(index.types.get(i) == "GPE" for i in ids))
            if is_place_modifier(cand.type, child, is_place=placed):
                continue
            add_actor(cand, ids, "participant" if symmetric or len(ids) > 1 else "source")
        elif child.dep_ == "prep" and (child.lower_ == "by" or (
                child.lower_ == "from" and cand.type not in NOMINAL_FROM_TARGET_TYPES)):
            # "a visit by X", "criticism from X": the doer of a nominal event.
            for pobj in child.children:
                add_actor(cand, entities_at(pobj, index), "source")
        elif child.dep_ == "prep" and child.lower_ == "of" and (
                cand.type in ("COERCE", "ASSAULT", "SANCTION") or lemma_of(noun) in STANCE_NOUNS):
            # "the arrest of X"; "criticism of X", "his endorsement of X": whom the act is aimed at.
            for pobj in child.children:
                add_actor(cand, entities_at(pobj, index), "target")
        elif child.dep_ == "relcl" and lemma_of(child) in lex.LIGHT_VERBS and getattr(
                relative_object(child), "i", -1) == noun.i:
            # "the sanctions that X imposed on Y", "the talks X held with Y": the support verb's sides are the noun's.
            role = "participant" if symmetric or cand.type == "CONSULT" else "source"
            add_actor_by(cand, doer_ids(child, index), role, SUPPORT_RELCL_RULE)
            _prep_actors(cand, child, index)
        elif child.dep_ in ("acl", "advcl", "relcl") and cand.type in ("REQUEST", "AGREE"):
            # "her invitation for the chancellor to visit": the subject of the clause is the invitee.
            for gc in child.children:
                if gc.dep_ == "nsubj":
                    add_actor(cand, entities_at(gc, index), "target")
    _prep_actors(cand, noun, index, nominal=True)
    if cand.type == "SUPPORT" and (person := named_person(noun)) is not None:
        for eid in index.actors_in([person]):  # "Y's nominee, X": Y backs X (whose mention the phrase is)
            cand.actors[eid] = "target"
    _passive_agents(cand, noun, index)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "for" and cand.type == "REQUEST":
            for pobj in child.children:
                add_actor(cand, entities_at(pobj, index), "target")


def _passive_agents(cand: EventCandidate, noun: "Token", index: EntityIndex) -> None:
    """ "The exercise was staged by X and Y": the agent of a support verb on an event noun holds the event.

    Only a support verb lends its agent: "the attack was condemned by X" is another event, and "the
    talks were attended by X" names those present, not the sides.
    """
    verb = noun.head
    # The lemmatiser may clip a participle ("staged" -> "stag"): its form less the "d" is the verb.
    support = lemma_of(verb) in lex.LIGHT_VERBS or (verb.tag_ == "VBN" and verb.lower_[:-1] in lex.LIGHT_VERBS)
    if noun.dep_ != "nsubjpass" or not same_line(noun, verb) or not support:
        return
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        for pobj in (g for g in agent.children if g.dep_ == "pobj"):
            ids = entities_at(pobj, index)
            joint = cand.type in lex.SYMMETRIC_TYPES and len(ids) > 1
            add_actor(cand, ids, "participant" if joint or cand.type == "CONSULT" else "source")
