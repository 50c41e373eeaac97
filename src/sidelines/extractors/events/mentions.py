"""Event mentions of one sentence: triggers found, then described with actors, status, place, date.

:func:`find_event_mentions` is the per-sentence pass of the events extractor: it detects the
triggers (:mod:`.triggers`), gives stances and acts their actors (:mod:`.arguments`), describes
each candidate (modality, place, occasion, date, topics, confidence), pools a nested event noun
into its light verb and drops weak noun mentions that carry nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.aimed_words import aimed_sides
from sidelines.extractors.events.alerts import alert_sides
from sidelines.extractors.events.answered_charges import answered_charge
from sidelines.extractors.events.arguments import assign_actors, clause_objects
from sidelines.extractors.events.candidates import EventCandidate, add_actor
from sidelines.extractors.events.confidence import confidence_of, is_article
from sidelines.extractors.events.fronted_charges import fronted_charge_sides
from sidelines.extractors.events.judged_acts import drop_judged_patients
from sidelines.extractors.events.labels import label_mentions
from sidelines.extractors.events.lexicon_triggers import lexicon_mentions, object_doer_sides, undergone_sides
from sidelines.extractors.events.locations import host_of, literal_location
from sidelines.extractors.events.merge import absorb
from sidelines.extractors.events.nonevents import is_campaign_rally
from sidelines.extractors.events.occasions import Occasion, find_occasion
from sidelines.extractors.events.political_senses import retype_political_senses
from sidelines.extractors.events.stances import fold_stances
from sidelines.extractors.events.status import is_question, set_modality
from sidelines.extractors.events.territory_triggers import territory_mentions
from sidelines.extractors.events.topics import find_topics
from sidelines.extractors.events.triggers import detect_candidates, keeps_peace
from sidelines.extractors.events.typer import record_typer_view, type_mentions, typer_mentions
from sidelines.extractors.events.undergone_nouns import under_sides
from sidelines.extractors.events.venues import drop_non_sides
from sidelines.extractors.events.violence_topics import retype_attack_in_words, tells_violence
from sidelines.extractors.lookup import doc_text, sent_of
from sidelines.lexicon import plover as lex

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from sidelines.eventtype import EventTyper
    from sidelines.extractors.events.config import EventsConfig
    from sidelines.extractors.events.dates import DateResolver
    from sidelines.extractors.events.index import EntityIndex

# Material types whose recipient a one-paragraph report often gives only as the place ("arrested 100 in
# Hebron", as event coders code it); in an article only a country does ("air strikes in X"): a town there
# only locates the act ("arrested on Friday in Y"), save an attack, which hits the people of the town
# ("the attack in Y").
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "AID", "MOBILIZE", "PROTEST", "RETREAT", "SANCTION", "CONCEDE"})
TOWN_LOCATES_TYPES = PLACE_TARGET_TYPES - {"ASSAULT"}


def find_event_mentions(sent: "SpacySpan", index: EntityIndex, dates: DateResolver,
                        config: EventsConfig, typer: "EventTyper | None" = None, *,
                        lexicon: bool = False, typer_verbs: bool = True) -> list[EventCandidate]:
    """Candidates of one sentence, with actors, modality, date, place and occasion; ``lexicon``:
    also the verbs only the derived CAMEO lexicon knows (:mod:`.lexicon_triggers`); ``typer_verbs``:
    also the verbs only the learned typer takes for triggers."""
    cands = detect_candidates(sent)
    if typer is not None:
        type_mentions(cands, typer, config)
        if typer_verbs:
            cands.extend(typer_mentions(sent, cands, typer, config))
    labels = label_mentions(sent, cands)
    fold_stances(cands + labels, only=labels)  # "denied calling X a liar": the label is denied
    cands.extend(labels)
    cands.extend(territory_mentions(sent, cands))
    if lexicon:
        found = lexicon_mentions(sent, cands)
        if typer is not None:
            record_typer_view(found, typer)
        cands.extend(found)
    if not cands:
        return []
    occasion = find_occasion(sent, index, dates)
    for cand in cands:
        outer = cand.stance_of
        if outer is None:
            continue
        assign_actors(outer, index)
        if not outer.roles("target") and not _asked_in_passive(outer):
            # "threatened to impose sanctions on X": the stance aims at the act's target.
            assign_actors(cand, index)
            add_actor(outer, [e for e in cand.roles("target") if e not in outer.actors], "target")
    heads = {c.head.i for c in cands} | {c.verb.i for c in cands if c.verb is not None}
    # "attacked X over the army cadet budget": a topic's violence word tells no force (:mod:`.violence_topics`).
    violent = tells_violence(sent)
    for cand in cands:
        describe(cand, index, dates, occasion, heads, config, single=len(cands) == 1, violent=violent)
    # "four rounds of talks were held": the nested event noun is the same event as its light verb.
    for outer in list(cands):
        if outer.noun is None:
            continue
        inside = {t.i for t in outer.noun.subtree}
        for inner in [c for c in cands if c.kind == "noun" and c.head.i in inside and c.type == outer.type]:
            absorb(outer, inner)
            cands.remove(inner)
    # "X rejected criticism from Y": Y's criticism of X is an event as well (:mod:`.answered_charges`).
    cands += [charge for cand in list(cands) if (charge := answered_charge(cand, index)) is not None]
    return [c for c in cands if keep_candidate(c) and not _campaigning(c, index) and not _opinion(c)
            and (config.keep_hypothetical or not is_rhetorical(c))]


def _asked_in_passive(outer: EventCandidate) -> bool:
    """ "was asked to condemn X", "when asked to condemn X": whom the asked act aims at is no target of
    the asking (the one asked is)."""
    verb = outer.verb if outer.verb is not None else outer.head
    return outer.type == "REQUEST" and outer.kind == "verb" and verb.tag_ == "VBN" and not any(
        c.dep_ == "aux" and c.lower_ in ("have", "has", "had", "having") for c in verb.children)


def describe_fallback(cand: EventCandidate, index: EntityIndex, dates: DateResolver,
                      config: EventsConfig) -> list[EventCandidate]:
    """Describe the typer's fallback mention of a text with no other event; empty when it is dropped."""
    violent = tells_violence(sent_of(cand.head))
    describe(cand, index, dates, None, {cand.head.i}, config, single=True, violent=violent)
    keep = keep_candidate(cand) and not _campaigning(cand, index)
    return [cand] if keep and (config.keep_hypothetical or not is_rhetorical(cand)) else []


def describe(cand: EventCandidate, index: EntityIndex, dates: DateResolver, occasion: "Occasion | None",
             heads: set[int], config: EventsConfig, *, single: bool, violent: bool) -> None:
    """Fill a candidate's actors, modality, place, occasion, date, topics and confidence."""
    retype_political_senses([cand])  # "was attacked by X for his vote": criticism; "called X to thank her": a call
    assign_actors(cand, index)
    fronted_charge_sides(cand, index)  # "X used force, a rights group charged": the rules' sides are the parse's
    undergone_sides(cand, index)
    object_doer_sides(cand, index)
    alert_sides(cand, index)
    aimed_sides(cand, index)
    under_sides(cand, index)
    if cand.type == "MOBILIZE" and keeps_peace(cand):
        # "sent troops to the UN peacekeeping force": CAMEO 074 (provide peacekeeping) is PLOVER AID; the
        # sides stay those of forces moved (the troops are the sender's own).
        cand.type, cand.mode = "AID", "military"
    if not cand.roles("target") and cand.kind != "noun" and cand.type not in lex.SYMMETRIC_TYPES:
        add_actor(cand, clause_objects(cand, heads, index), "target")
    drop_non_sides(cand, index)
    set_modality(cand)
    cand.location, place_ids = literal_location(cand.head, cand.verb, index, occasion)
    if cand.location is None and cand.noun is not None:
        cand.location, place_ids = literal_location(cand.noun, None, index, None)
    visit = cand.type == "CONSULT" and cand.mode == "visit"
    if visit:
        place_ids = [host_of(e, index) for e in place_ids]
    if place_ids and (cand.type in PLACE_TARGET_TYPES or visit) and not cand.roles("target", "host"):
        targets = coordinated_places(place_ids, index)
        if cand.type in TOWN_LOCATES_TYPES and is_article(doc_text(cand.head.doc)):
            targets = [e for e in targets if e in index.nations]  # a country, not a town, stands for its people
        add_actor(cand, targets, "target")
    drop_judged_patients(cand, index)  # "condemned the killing of X": X is no target
    # Between named people, with no force named in the sentence, an attack is criticism.
    retype_attack_in_words(cand, index, sent_of(cand.head), violent)
    cand.confidence = confidence_of(cand, config, index.plain_people)
    if occasion is not None and (occasion.attaches_to(cand.head, cand.verb) or single):
        cand.context = occasion.context
    cand.date = dates.date_of(cand.head, cand.verb, occasion if cand.context else None, cand.type)
    if cand.type in ("CONSULT", "AGREE"):
        cand.topics = find_topics(cand.head, cand.verb)
        if cand.noun is not None:
            cand.topics += [t for t in find_topics(cand.noun, None) if t not in cand.topics]


def coordinated_places(place_ids: list[str], index: EntityIndex) -> list[str]:
    """The first place an event is told at, with the places coordinated with it ("in X and Y"); not the
    places that only locate it further ("in Bam, Iran")."""
    if not place_ids:
        return []
    first = place_ids[0]
    heads = [index.parsed[i] for i, ids in index.by_token.items() if first in ids]
    joined = {t.i for h in heads for t in h.conjuncts}
    return [first] + [e for e in place_ids[1:] if any(e in index.by_token.get(i, ()) for i in joined)]


def _campaigning(cand: EventCandidate, index: EntityIndex) -> bool:
    """A rally or march whose every source is a person: a politician campaigning, not a protest."""
    sources = cand.roles("source", "participant")
    people = bool(sources) and all(index.types.get(e) == "PERSON" for e in sources)
    words = [cand.head] + ([cand.noun] if cand.noun is not None else [])
    return is_campaign_rally(cand.type, words, people)


def _opinion(cand: EventCandidate) -> bool:
    """A stance trigger under a modal ("she should be held accountable", "I would vote for him"):
    a view of what ought to or might happen, not a stance taken. A denied one stays ("never voted for")."""
    return cand.found_by_stance and cand.modality is not None and cand.polarity != "negative"


def keep_candidate(cand: EventCandidate) -> bool:
    """Drop weak noun mentions that carry nothing (no actor, no occasion, not a definite anaphor)."""
    if cand.kind != "noun":
        return True
    if cand.actors or cand.context is not None:
        return True
    return any(c.dep_ in ("det", "poss") and c.lower_ in lex.DEFINITE_WORDS for c in cand.head.children)


def is_imperative(verb: "Token") -> bool:
    """ "Please send donations to ...": a bare verb heading its sentence with no subject or auxiliary,
    a call on the reader rather than an act anyone did."""
    return verb.dep_ == "ROOT" and verb.tag_ == "VB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in verb.children
    )


def is_rhetorical(cand: EventCandidate) -> bool:
    """A mention only asked about, supposed or judged ("Do you support X?", "if we march", "it is
    hard to blame"): rhetoric, not an event that happened or is planned.

    A possibility told by a modal ("could sue") or a hope ("hopes to sign") stays a hypothetical
    event; so do planned, threatened, requested, refused, alleged and negated acts.
    """
    anchor = cand.verb if cand.verb is not None else cand.head
    if cand.kind != "noun" and is_imperative(anchor):
        return True
    if cand.modality != "hypothetical" or cand.polarity == "negative":
        return False
    if is_question(cand) and any(c.dep_ == "nsubj" and c.lower_ == "you" for c in anchor.children):
        # "Do you support X?": a question put to the reader or the interviewee.
        return True
    cur = anchor
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in lex.CONDITION_MARKERS for c in cur.children):
            return True
        if cur.dep_ == "xcomp" and (cur.head.pos_ == "ADJ" or any(
                c.dep_ == "acomp" and c.pos_ == "ADJ" for c in cur.head.children)):
            # "it is hard to blame", "easy to criticise": a judgement on the act, no act.
            return True
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return False
