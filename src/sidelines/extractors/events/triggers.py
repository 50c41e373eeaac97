"""Triggers: the words that tell an event, typed by PLOVER, before any argument is read.

Trigger verbs, light verbs with an event noun ("held talks", "imposed sanctions"), event nouns on
their own ("their meeting") and obligations ("X said Y must ..."). Stance folding
(:mod:`.stances`) and the non-event checks (:mod:`.nonevents`) run from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.eventtype import load_lexicon
from sidelines.extractors.events.alerts import retype_alert
from sidelines.extractors.events.appointments import appointee_trigger, appointment_trigger
from sidelines.extractors.events.candidates import EventCandidate
from sidelines.extractors.events.characterisations import DOCUMENT_AGREEMENTS, names_no_act, of_accord
from sidelines.extractors.events.demanded_force import obliged_type
from sidelines.extractors.events.demands import NEED_VERBS, is_deontic
from sidelines.extractors.events.fronted_charges import fronted_charge
from sidelines.extractors.events.judged_words import judges_owned_words
from sidelines.extractors.events.nonevents import (
    is_dismissal,
    is_figurative_material,
    is_game_report,
    is_interview_talk,
    is_modifier_noun,
    is_non_event_trigger,
    is_retort,
)
from sidelines.extractors.events.object_acts import held_or_freed, is_dissent, stops
from sidelines.extractors.events.paired_sides import PAIRED_RULE, names_both_sides
from sidelines.extractors.events.people_words import recalls_people, released_people
from sidelines.extractors.events.performed_acts import performed_act
from sidelines.extractors.events.phrases import is_for_clause
from sidelines.extractors.events.quantities import is_quantity_noun, object_nouns_of
from sidelines.extractors.events.sent_forces import sent_forces
from sidelines.extractors.events.stance_triggers import quits_race, stance_noun_trigger, stance_trigger
from sidelines.extractors.events.stance_triggers import trigger_noun_lemmas as noun_lemmas
from sidelines.extractors.events.stances import fold_stances
from sidelines.extractors.events.verb_dependents import (
    gives_aid,
    has_object,
    has_required,
    is_material,
    particle,
    prep_nouns,
    releases_people,
)
from sidelines.extractors.lookup import lemma_of
from sidelines.lexicon import plover as lex
from sidelines.lexicon.stances import STANCE_ADJECTIVES
from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def detect_candidates(sent: "SpacySpan") -> list[EventCandidate]:
    """Trigger verbs, light verbs with event nouns, event nouns and obligations, typed and folded."""
    found: dict[int, EventCandidate] = {}
    consumed: set[int] = set()
    doc = sent.doc
    analysis = analysis_of(doc)
    pos, lemmas, lowers = analysis.pos, analysis.lemmas, analysis.lowers
    # Only the words whose part of speech can head a trigger are made into tokens (the same
    # tests as the first lines of _verb_trigger, stance_trigger and noun_trigger_of).
    span = range(sent.start, sent.end)
    verbs = [k for k in span if pos[k] in ("VERB", "AUX")]
    for k in span:
        if pos[k] in ("VERB", "AUX") or pos[k] == "ADJ" and lemmas[k] in lex.INTENT_VERBS or (
                lowers[k] in STANCE_ADJECTIVES):
            tok = doc[k]
            cand = trigger_of(tok, consumed)
            if cand is not None:
                found[k] = cand
    for k in span:
        if k in found or k in consumed or pos[k] not in ("NOUN", "PROPN") or lemmas[k] not in noun_lemmas():
            continue
        tok = doc[k]
        cand = noun_trigger_of(tok) or stance_noun_trigger(tok) or appointee_trigger(tok)
        if cand is not None:
            found[k] = cand
    # A warning is typed by what it warns of; a prediction ("warned that prices could rise") is none.
    cands = [c for c in found.values() if (c.head.i not in consumed or c.kind != "noun") and retype_alert(c)]
    for k in verbs:
        if k in found:
            continue  # a trigger already: no token made
        tok = doc[k]
        if (cand := appointment_trigger(tok)) is not None:
            cands.append(cand)
        elif is_obligation(tok):
            cands.append(EventCandidate("REQUEST", "change", tok, tok, "verb", [(tok.idx, tok.idx + len(tok))]))
    for cand in cands:
        if cand.type == "ASSAULT" and (is_verbal_attack(cand) or is_retort(cand.head)):
            cand.type, cand.mode = "ACCUSE", "disapprove"
        elif cand.type == "PROTEST" and cand.kind == "verb" and any(c.dep_ == "ccomp" for c in cand.head.children):
            # "X protested that ...": a statement of disapproval, not a street protest.
            cand.type, cand.mode = "ACCUSE", "disapprove"
    fold_stances(cands)
    for cand in cands:
        anchor = cand.verb if cand.verb is not None else cand.head
        if cand.kind != "noun" and cand.stance_of is None and (
                is_obligation(anchor, lex.OBLIGATION_AUX) or is_needed(anchor)):
            cand.obligation = True
            if cand.type != "REQUEST":  # "X must leave": a request; "X must be destroyed": a threat
                cand.type, cand.mode = obliged_type(cand, anchor)
    return cands


# Word stems of keeping the peace ("peacekeepers", "a peacekeeping mission", "peace-keeping force").
PEACEKEEPING_STEMS = ("peacekeep", "peace-keep")


def keeps_peace(cand: EventCandidate) -> bool:
    """Whether forces moved are sent to keep the peace: a peacekeeping word in the trigger's phrase
    (its object, its goal, its purpose) or in the event noun's."""
    words = [*cand.head.subtree, *(cand.noun.subtree if cand.noun is not None else ())]
    return any(t.lower_.startswith(PEACEKEEPING_STEMS) for t in words)


def is_obligation(verb: "Token", auxes: frozenset[str] = lex.DEMAND_AUX) -> bool:
    """ "X said Y must do Z": a verb with an obligation auxiliary in a clause a reporting verb governs
    (not the past reproach "should have done": :func:`.demands.is_deontic`)."""
    if verb.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ in auxes for c in verb.children) or (
            not is_deontic(verb)):
        return False
    return lemma_of(verb.head) in lex.REPORTING_VERBS


def is_needed(verb: "Token") -> bool:
    """ "X said Y needs to go", "Y has to go, X said": the infinitive of "need"/"have"/"ought" stating an
    obligation (:func:`.demands.is_deontic`) in a clause a reporting verb governs."""
    head = verb.head
    return verb.dep_ == "xcomp" and lemma_of(head) in NEED_VERBS and is_deontic(head) and (
        head.dep_ == "ccomp" and lemma_of(head.head) in lex.REPORTING_VERBS)


def attack_word(cand: "EventCandidate") -> "Token":
    """The word that tells an attack: the trigger, or the event noun of a light verb ("launched a
    round of attacks")."""
    return content_noun(cand.noun) if cand.kind == "light" and cand.noun is not None else cand.head


def is_verbal_attack(cand: "EventCandidate") -> bool:
    """ "a political attack", "attacking critics": criticism told as an attack."""
    word = attack_word(cand)
    if lemma_of(word) not in ("attack", "assault", "blast", "strike"):
        return False
    for child in word.children:
        if child.dep_ in ("amod", "compound", "nmod") and lemma_of(child) in lex.VERBAL_ATTACK_MODIFIERS:
            return True
        if child.dep_ in ("dobj", "obj") and lemma_of(child) in lex.VERBAL_ATTACK_OBJECTS:
            return True
    return False


def content_noun(noun: "Token") -> "Token":
    """The noun that names the event in a generic phrase ("mediation" in "mediation efforts")."""
    if lemma_of(noun) not in lex.GENERIC_EVENT_NOUNS:
        return noun
    for child in noun.children:
        if child.dep_ == "compound" and lemma_of(child) in lex.NOUN_TRIGGERS:
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            inner = next((g for g in child.children if g.dep_ == "pobj"), None)
            if inner is not None:
                return inner
    return noun


def _noun_type(noun: "Token") -> tuple[str, str | None] | None:
    """The trigger type of a noun, refined by a compound modifier ("hunger strike")."""
    lemma = "" if is_quantity_noun(noun) else lemma_of(noun)  # "a great deal of money": an amount, no event
    if lemma in lex.GENERIC_EVENT_NOUNS:
        for child in noun.children:
            if child.dep_ == "compound" and lemma_of(child) in lex.NOUN_TRIGGERS:
                return lex.NOUN_TRIGGERS[lemma_of(child)]
            if child.dep_ == "prep" and child.lower_ == "of":
                inner = next((g for g in child.children if g.dep_ == "pobj"), None)
                if inner is not None and lemma_of(inner) not in lex.GENERIC_EVENT_NOUNS:
                    return _noun_type(inner)
        return None
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod"):
            hit = lex.NOUN_MODIFIER_TRIGGERS.get((lemma_of(child), lemma))
            if hit:
                return hit
    hit = lex.NOUN_TRIGGERS.get(lemma)
    if hit == ("RETREAT", "release") and not released_people(noun):
        return None  # "the release of the documents", "a press release"
    if lemma in DOCUMENT_AGREEMENTS and not of_accord(noun):
        return None  # "issued a memorandum": a memo, not a memorandum of understanding
    return hit


def trigger_of(tok: "Token", consumed: set[int]) -> EventCandidate | None:
    """A verb trigger (plain, phrasal, or light verb with an event noun) headed by ``tok``.

    Speeches, interviews, hosted occasions and figurative uses of plain trigger verbs are no events.
    """
    if (fronted := fronted_charge(tok)) is not None:  # "X used force, a rights group charged"
        return fronted
    cand = _verb_trigger(tok, consumed) if not quits_race(tok) else None
    if cand is None and tok.dep_ not in ("amod", "compound") and tok.ent_type_ not in lex.NAME_ENTITY_TYPES:
        # "was critical of X", "voted for X", "held X responsible", "appointed X", "surrendered".
        cand = stance_trigger(tok)
        if cand is not None:
            cand.found_by_stance = True
    if cand is not None and is_non_event_trigger(tok, cand.kind, cand.type):
        return None
    if cand is not None and is_game_report(tok):
        return None
    if cand is not None and cand.type == "ASSAULT" and is_dismissal(tok):
        # "was promoted and fired 52 games into the season": a light reading is no shooting either.
        return None
    if cand is not None and cand.type == "MOBILIZE" and is_figurative_material(tok):
        # "reinforced our commitment": a force verb with an event noun but no forces.
        return None
    return cand


def _verb_trigger(tok: "Token", consumed: set[int]) -> EventCandidate | None:
    """A verb trigger before the non-event checks."""
    if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "ADJ" and lemma_of(tok) in lex.INTENT_VERBS):
        return None
    if tok.dep_ in ("amod", "compound") or tok.ent_type_ in lex.NAME_ENTITY_TYPES:
        return None
    lemma = lemma_of(tok)
    object_nouns = object_nouns_of(tok)  # read once: the tests below ask for them up to four times
    if lemma == "host" and any(n.lemma_.lower() in lex.OCCASION_NOUNS for n in object_nouns):
        return None
    if lemma in lex.REPORTING_VERBS and not object_nouns:
        return None
    if lemma in SHOWING_VERBS and object_nouns:
        # "demonstrated commitment", "demonstrated its resolve": shown, not a street protest.
        return None
    evidence = [(tok.idx, tok.idx + len(tok))]
    held = held_or_freed(tok)
    if held is not None:
        return EventCandidate(held[0], held[1], tok, tok, "verb", evidence)
    for noun in object_nouns:
        nlemma = lemma_of(content_noun(noun))
        if lemma == "meet" and (nlemma in lex.MET_OBJECTS or noun.dep_ == "nsubjpass" and any(
                c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)):
            # "their demands were met": fulfilled; "the attack was met with force": answered; no meeting.
            return None
        hit = lex.VERB_NOUN_TRIGGERS.get((lemma, nlemma)) or sent_forces(lemma, nlemma)
        for comp in (c for c in noun.children if c.dep_ == "compound" and hit is None):
            # "violated the ceasefire agreement": the modifier may carry the pair.
            hit = lex.VERB_NOUN_TRIGGERS.get((lemma, lemma_of(comp)))
        noun_hit = _noun_type(noun) if hit is None else None
        if hit is None and lemma in lex.LIGHT_VERBS and noun_hit is not None and (
            lemma not in lex.CONSULT_ONLY_LIGHT_VERBS or noun_hit[0] == "CONSULT"
        ):
            hit = noun_hit
        elif hit is None and (act := performed_act(tok, noun, noun_hit)) and not (
                act[0] == "SUPPORT" and is_material(noun)):
            hit = act  # "pledged her support to X", "gave X a warning": the act the noun names
        elif hit is None and stops(tok, lemma) and is_dissent(content_noun(noun)):
            # "called off its strike", "halted their walkout": easing one's own dissent (CAMEO 082x).
            hit = ("CONCEDE", None)
        elif hit is None and noun_hit is not None and stops(tok, lemma) and noun_hit[0] in lex.COOPERATIVE_TYPES:
            # "ended mediation efforts", "suspended aid": cutting back existing ties.
            hit = ("SANCTION", "discontinue")
        elif hit is None and noun_hit is not None and noun_hit[0] == "SUPPORT" and lemma in lex.GENERIC_AID_VERBS and (
            not is_material(noun)
        ):
            # "gave her full support to the bid": backing, not aid ("gave military support" stays AID).
            hit = noun_hit
        elif hit is None and noun_hit is not None and lemma in lex.VERB_TRIGGERS and lemma not in lex.TOPIC_VERBS and (
                particle(tok) not in lex.PHRASAL_PARTICLES) and (
                lex.VERB_TRIGGERS[lemma] != ("SANCTION", "withdraw") or recalls_people(tok)):
            # "discussed the war": a topic of talks, not the war as the talks' own event noun; "gave up
            # its demands": a phrasal verb is not the verb's act; "recalled the attack": a memory, no envoy.
            vtype, vmode = lex.VERB_TRIGGERS[lemma]
            mode = lex.STANCE_MODES.get(vtype, {}).get(noun_hit[0], vmode)
            hit = (vtype, mode)
        if hit is not None:
            consumed.add(noun.i)
            evidence.append((noun.idx, noun.idx + len(noun)))
            return EventCandidate(hit[0], hit[1], tok, tok, "light", evidence, noun=noun)
    for noun, prep in prep_nouns(tok):
        hit = lex.PREP_NOUN_TRIGGERS.get((lemma, prep, lemma_of(noun)))
        if hit is not None:
            consumed.add(noun.i)
            evidence.append((noun.idx, noun.idx + len(noun)))
            return EventCandidate(hit[0], hit[1], tok, tok, "light", evidence, noun=noun)
    prt = particle(tok)
    if prt and (lemma, prt) in lex.NON_EVENT_PHRASALS:
        return None
    if prt and (lemma, prt) in lex.PHRASAL_TRIGGERS:
        ptype, pmode = lex.PHRASAL_TRIGGERS[(lemma, prt)]
        return EventCandidate(ptype, pmode, tok, tok, "verb", evidence)
    if prt and load_lexicon().is_null_phrasal(lemma, prt):
        # "struck down the law": the CAMEO dictionaries code the phrasal as no event.
        return None
    for child in tok.children:
        # "called for X to resign": the parser makes "for" the mark of the infinitive clause.
        word = child.lower_ if child.dep_ == "prep" else "for" if is_for_clause(child) else ""
        if (lemma, word) in lex.PHRASAL_TRIGGERS:
            ptype, pmode = lex.PHRASAL_TRIGGERS[(lemma, word)]
            return EventCandidate(ptype, pmode, tok, tok, "verb", evidence)
    hit = lex.VERB_TRIGGERS.get(lemma)
    # The noun a past participle describes is its object ("the report published"); a present
    # participle's noun is its doer ("a report accusing X"), which says nothing against the event.
    objects = object_nouns + ([tok.head] if tok.dep_ == "acl" and tok.tag_ != "VBG" else [])
    # "criticized X's remarks": words of a party judged (judged_words), not a statement released.
    if hit is not None and any(lemma_of(n) in lex.NON_EVENT_OBJECTS and not judges_owned_words(hit, n)
                               or n.ent_type_ in ("WORK_OF_ART", "EVENT", "LAW")
                               or lemma in lex.LIGHT_VERBS and is_quantity_noun(n) for n in objects):
        return None
    if hit is not None and lemma in lex.OBJECT_REQUIRED and not has_object(tok):
        return None
    if hit is not None and hit[0] == "ASSAULT" and any(
            c.dep_ in ("dobj", "obj") and c.lower_ in REFLEXIVE_PRONOUNS for c in tok.children):
        return None  # "killed himself": no one else is attacked
    if hit is not None and hit == ("RETREAT", "release") and not releases_people(tok):
        return None
    if hit is not None and hit == ("SANCTION", "withdraw") and not recalls_people(tok):
        # "recalled his years in office", "recalled the cars": no envoy withdrawn.
        return None
    if hit is not None and lemma in lex.GENERIC_AID_VERBS and not gives_aid(tok):
        return None
    if hit is not None and lemma in lex.REQUIRED_CHILDREN and not has_required(tok, lex.REQUIRED_CHILDREN[lemma]):
        return None
    if hit is not None and lemma in COMMISSIVE_VERBS and not _promises_an_act(tok):
        return None
    if hit is None and lemma in lex.INTENT_VERBS:
        comps = [c for c in tok.children if c.dep_ == "xcomp"]
        if lemma in lex.OWN_INTENT:
            # "plans to resign": an intent of one's own offers nothing to anyone; the planned act
            # stays an event of its own (modality "planned"), so an AGREE here only repeats it.
            comps = []
        if comps and (lemma not in lex.WEAK_INTENT or any(trigger_of(c, set()) is not None for c in comps)):
            hit = ("AGREE", None)
    if hit is None:
        return None
    return EventCandidate(hit[0], hit[1], tok, tok, "verb", evidence)


REFLEXIVE_PRONOUNS = frozenset({"himself", "herself", "themselves", "myself", "ourselves", "itself"})
# Protest verbs that mean "show" when they take an object ("demonstrated commitment").
SHOWING_VERBS = frozenset({"demonstrate"})


# Verbs of vowing: an AGREE only when what is vowed is an act ("vowed to withdraw"). CAMEO codes a
# bare "vow" as no event ([---]; "promise" and "pledge" as intent to cooperate, [030]), and PLOVER's
# AGREE is a promise to cooperate (shared/PLOVER.md): "vowed to soldier on" tells no event.
COMMISSIVE_VERBS = frozenset({"vow"})


def _promises_an_act(verb: "Token") -> bool:
    """Whether a promise's infinitive complement tells an event: its verb ("to withdraw"), a
    cooperative act ("to help") or an event noun it governs ("to continue the attacks")."""
    comps = [c for c in verb.children if c.dep_ == "xcomp"]
    return not comps or any(
        trigger_of(c, set()) is not None
        or lex.VERB_TRIGGERS.get(lemma_of(c), ("", None))[0] in lex.COOPERATIVE_TYPES
        or any(noun_trigger_of(n) is not None for n in c.children if n.dep_ in ("dobj", "obj"))
        for c in comps
    )


def noun_trigger_of(tok: "Token") -> EventCandidate | None:
    """An event noun that stands for an event of its own ("the talks", "his invitation")."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("PERSON", "GPE", "ORG", "NORP"):
        return None
    hit = _noun_type(tok)
    if hit is None or is_modifier_noun(tok) or is_interview_talk(tok):
        return None
    lemma = lemma_of(tok)
    modified = any((lemma_of(c), lemma) in lex.NOUN_MODIFIER_TRIGGERS for c in tok.children)
    if lemma not in lex.STANDALONE_NOUNS and not modified and not names_both_sides(tok, hit[0]):
        return None
    # "on the sidelines of the summit": the occasion is context, not an event.
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in lex.SIDELINE_NOUNS:
        return None
    if names_no_act(tok):
        return None
    verb = None
    head = tok.head
    if tok.dep_ in ("dobj", "obj", "nsubjpass", "attr") and head.pos_ in ("VERB", "AUX"):
        verb = head
    elif tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
    if verb is not None and (lemma_of(verb) in lex.REPORTING_VERBS or tok.dep_ == "nsubjpass"):
        verb = None
    if verb is not None and is_adjunct_of_act(tok):
        verb = None
    cand = EventCandidate(hit[0], hit[1], tok, verb, "noun", [(tok.idx, tok.idx + len(tok))])
    if lemma not in lex.STANDALONE_NOUNS and not modified:
        cand.side_rules.add(PAIRED_RULE)  # "clashes between X and Y"
    return cand


# Prepositions whose event noun tells why another act was done ("in protest", "at the arrest", "over the raid").
ADJUNCT_PREPS = frozenset({"in", "at", "over"})


def is_adjunct_of_act(noun: "Token") -> bool:
    """ "recalled its envoy in protest at the arrest of X": an event noun in an "in", "at" or "over" phrase
    of another act says why that act was done; the act's objects are none of its sides."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ADJUNCT_PREPS or noun.head.dep_ != "prep":
        return False
    verb = noun.head.head
    return (verb.pos_ == "VERB" and lemma_of(verb) not in lex.LIGHT_VERBS and lemma_of(verb) in lex.VERB_TRIGGERS
            and _noun_type(noun) is not None)
