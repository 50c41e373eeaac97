"""Events: PLOVER-typed events with actors, date, place, occasion, attendees, topics and evidence.

Triggers are found over the spaCy dependency parse: trigger verbs, light verbs with an event noun
("held talks", "imposed sanctions"), and event nouns on their own ("their meeting"). Stance verbs
fold an embedded act into their own type ("agreed to withdraw" is AGREE, "threatened to impose
sanctions" is THREATEN), while the embedded act stays an event with its modality. Actors are the
entities of the ``entities`` layer whose mentions overlap the subject, object, conjuncts and
"with X" / "between X and Y" phrases. Mentions of one event in a document are merged.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sidelines.extractors.base import BaseExtractor
from sidelines.extractors.event_merge import Candidate, absorb, add_actor, merge_candidates, to_event
from sidelines.extractors.event_parts import (
    DateResolver,
    EntityIndex,
    Occasion,
    find_attendees,
    find_occasion,
    find_topics,
    literal_location,
)
from sidelines.extractors.event_nonevents import (
    is_interview_talk,
    is_modifier_noun,
    is_non_event_verb,
    is_place_modifier,
)
from sidelines.extractors.event_topics import add_quote_topics
from sidelines.extractors.lookup import same_line, sent_of
from sidelines.lexicon import plover as lex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan, Token

    from sidelines.model.document import Document

log = logging.getLogger(__name__)

# Dependency labels of clause-level children an argument phrase never crosses.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "punct", "mark"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "attr", "oprd"})
# Prepositions whose object is a target (or, for symmetric types, a participant).
TARGET_PREPS = frozenset({"against", "on", "to", "at", "into", "from", "for", "upon", "toward", "towards"})
CONDITION_MARKS = frozenset({"if", "unless"})
PARTICIPANT_PREPS = frozenset({"with", "between", "among"})
PRONOUN_FALLBACK = frozenset({"he", "she", "it", "they", "we", "his", "her", "its", "their", "our"})

# Material types whose recipient the text often gives only as the place ("arrested 100 in Hebron").
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "AID", "MOBILIZE", "PROTEST", "RETREAT", "SANCTION", "CONCEDE"})
# Base confidence by how the trigger was found; depth below the clause root lowers it.
KIND_CONFIDENCE = {"verb": 0.8, "light": 0.85, "noun": 0.55}
DEPTH_PENALTY = 0.12
# Confidence taken off triggers that often tell talk rather than acts ("talked", "thanked").
WEAK_TRIGGER_PENALTY = 0.15
MIN_CONFIDENCE = 0.05


class EventExtractor(BaseExtractor):
    """PLOVER events from the dependency parse and the entities, times and places layers."""

    name = "events"
    version = "v1"
    requires = ("entities", "times", "places", "quotes")
    produces = ("events",)

    def __call__(self, doc: "Document", parsed: "Doc") -> None:
        index = EntityIndex(doc, parsed)
        dates = DateResolver(doc, parsed)
        candidates: list[Candidate] = []
        for sent in parsed.sents:
            candidates.extend(self.find(sent, index, dates))
        find_attendees(parsed, index, candidates)
        events = merge_candidates(candidates)
        add_quote_topics(events, doc, parsed)
        doc.layers["events"] = [
            to_event(f"ev{i}", c, doc.text) for i, c in enumerate(events, start=1)
        ]

    # -- finding ---------------------------------------------------------------------------
    def find(self, sent: "SpacySpan", index: EntityIndex, dates: DateResolver) -> list[Candidate]:
        """Candidates of one sentence, with actors, modality, date, place and occasion."""
        cands = detect_candidates(sent)
        if not cands:
            return []
        occasion = find_occasion(sent, index, dates)
        for cand in cands:
            outer = cand.stance_of
            if outer is None:
                continue
            assign_actors(outer, index)
            if not outer.roles("target"):
                # "threatened to impose sanctions on X": the stance aims at the act's target.
                assign_actors(cand, index)
                add_actor(outer, [e for e in cand.roles("target") if e not in outer.actors], "target")
        heads = {c.head.i for c in cands} | {c.verb.i for c in cands if c.verb is not None}
        violent = any(_lemma(t) in lex.VIOLENCE_WORDS for t in sent)
        for cand in cands:
            describe(cand, index, dates, occasion, heads, single=len(cands) == 1, violent=violent)
        # "four rounds of talks were held": the nested event noun is the same event as its light verb.
        for outer in [c for c in cands if c.noun is not None]:
            inside = {t.i for t in outer.noun.subtree}
            for inner in [c for c in cands if c.kind == "noun" and c.head.i in inside and c.type == outer.type]:
                absorb(outer, inner)
                cands.remove(inner)
        return [c for c in cands if keep_candidate(c)]


def detect_candidates(sent: "SpacySpan") -> list[Candidate]:
    """Trigger verbs, light verbs with event nouns, event nouns and obligations, typed and folded."""
    found: dict[int, Candidate] = {}
    consumed: set[int] = set()
    for tok in sent:
        cand = trigger_of(tok, consumed)
        if cand is not None:
            found[tok.i] = cand
    for tok in sent:
        if tok.i in found or tok.i in consumed:
            continue
        cand = noun_trigger_of(tok)
        if cand is not None:
            found[tok.i] = cand
    cands = [c for c in found.values() if c.head.i not in consumed or c.kind != "noun"]
    for tok in sent:
        if tok.i not in found and tok.pos_ in ("VERB", "AUX") and is_obligation(tok):
            cands.append(Candidate("REQUEST", "change", tok, tok, "verb", [(tok.idx, tok.idx + len(tok))]))
    for cand in cands:
        if cand.type == "ASSAULT" and is_verbal_attack(cand):
            cand.type, cand.mode = "ACCUSE", "disapprove"
        elif cand.type == "PROTEST" and cand.kind == "verb" and any(c.dep_ == "ccomp" for c in cand.head.children):
            # "X protested that ...": a statement of disapproval, not a street protest.
            cand.type, cand.mode = "ACCUSE", "disapprove"
    fold_stances(cands)
    for cand in cands:
        anchor = cand.verb if cand.verb is not None else cand.head
        if cand.kind != "noun" and cand.stance_of is None and is_obligation(anchor, lex.OBLIGATION_AUX):
            cand.obligation = True
            if cand.type != "REQUEST":
                cand.mode = lex.STANCE_MODES["REQUEST"].get(cand.type, "change")
                cand.type = "REQUEST"
    return cands


def describe(cand: Candidate, index: EntityIndex, dates: DateResolver, occasion: "Occasion | None",
             heads: set[int], *, single: bool, violent: bool) -> None:
    """Fill a candidate's actors, modality, place, occasion, date, topics and confidence."""
    assign_actors(cand, index)
    if not cand.roles("target") and cand.kind != "noun" and cand.type not in lex.SYMMETRIC_TYPES:
        add_actor(cand, clause_objects(cand, heads, index), "target")
    set_modality(cand)
    cand.location, place_ids = literal_location(cand.head, cand.verb, index, occasion)
    if cand.location is None and cand.noun is not None:
        cand.location, place_ids = literal_location(cand.noun, None, index, None)
    visit = cand.type == "CONSULT" and cand.mode == "visit"
    if place_ids and (cand.type in PLACE_TARGET_TYPES or visit) and not cand.roles("target"):
        add_actor(cand, place_ids[:1], "target")
    if cand.type == "ASSAULT" and _lemma(cand.head) == "attack" and not violent and any(
        index.types.get(e) == "PERSON" for e in cand.actors
    ):
        # Between named people, with no force named in the sentence, an attack is criticism.
        cand.type, cand.mode = "ACCUSE", "disapprove"
    cand.confidence = confidence_of(cand)
    if occasion is not None and (occasion.attaches_to(cand.head, cand.verb) or single):
        cand.context = occasion.context
    cand.date = dates.date_of(cand.head, cand.verb, occasion if cand.context else None)
    if cand.type in ("CONSULT", "AGREE"):
        cand.topics = find_topics(cand.head, cand.verb)
        if cand.noun is not None:
            cand.topics += [t for t in find_topics(cand.noun, None) if t not in cand.topics]


def is_obligation(verb: "Token", auxes: frozenset[str] = lex.DEMAND_AUX) -> bool:
    """ "X said Y must do Z": a verb with an obligation auxiliary in a clause a reporting verb governs."""
    if not any(c.dep_ == "aux" and c.lower_ in auxes for c in verb.children):
        return False
    return verb.dep_ == "ccomp" and _lemma(verb.head) in lex.REPORTING_VERBS


def is_verbal_attack(cand: "Candidate") -> bool:
    """ "a political attack", "attacking critics": criticism told as an attack."""
    if _lemma(cand.head) not in ("attack", "assault", "blast", "strike"):
        return False
    for child in cand.head.children:
        if child.dep_ in ("amod", "compound", "nmod") and _lemma(child) in lex.VERBAL_ATTACK_MODIFIERS:
            return True
        if child.dep_ in ("dobj", "obj") and _lemma(child) in lex.VERBAL_ATTACK_OBJECTS:
            return True
    return False


def _lemma(tok: "Token") -> str:
    return tok.lemma_.lower()


def _particle(tok: "Token") -> str | None:
    for child in tok.children:
        if child.dep_ == "prt":
            return child.lower_
    return None


def _object_nouns(verb: "Token") -> list["Token"]:
    """The direct object of a verb and its conjuncts (or the object of its particle/preposition)."""
    for child in verb.children:
        if child.dep_ in ("dobj", "obj", "nsubjpass") and child.pos_ in ("NOUN", "PROPN", "X"):
            return [child, *child.conjuncts]
    return []


def _has_required(verb: "Token", needs: frozenset[str]) -> bool:
    """Whether a verb has one of the children its event needs (a label, a preposition, a joint subject)."""
    for child in verb.children:
        if child.dep_ in needs or (child.dep_ in ("prep", "prt") and child.lower_ in needs):
            return True
        if child.dep_ == "nsubj" and "nsubj+conj" in needs and (
            list(child.conjuncts) or child.tag_ in ("NNS", "NNPS") or child.lower_ in ("they", "we")
        ):
            return True
    return False


def _gives_aid(verb: "Token") -> bool:
    """A giving verb tells AID with a material object ("medicine", "aid") or a named recipient."""
    for child in verb.children:
        if child.dep_ in ("dative", "prep") and (child.dep_ == "dative" or child.lower_ == "to") and any(
            g.ent_type_ in ("GPE", "NORP", "ORG") for g in child.subtree
        ):
            return True
        if child.dep_ in ("dobj", "obj") and child.ent_type_ in ("GPE", "NORP", "ORG") and _lemma(verb) == "help":
            return True
        if child.dep_ in ("dobj", "obj", "nsubjpass"):
            words = [child] + [g for c in child.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
            words += [c for c in child.children if c.dep_ in ("compound", "amod")]
            if any(_lemma(w) in lex.AID_OBJECTS for w in words):
                return True
    return False


def _has_object(verb: "Token") -> bool:
    """Whether a verb has an object, a passive subject, a dative or a complement clause."""
    return any(c.dep_ in ("dobj", "obj", "nsubjpass", "dative", "xcomp", "ccomp", "attr") for c in verb.children)


def _content_noun(noun: "Token") -> "Token":
    """The noun that names the event in a generic phrase ("mediation" in "mediation efforts")."""
    if _lemma(noun) not in lex.GENERIC_EVENT_NOUNS:
        return noun
    for child in noun.children:
        if child.dep_ == "compound" and _lemma(child) in lex.NOUN_TRIGGERS:
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            inner = next((g for g in child.children if g.dep_ == "pobj"), None)
            if inner is not None:
                return inner
    return noun


def _noun_type(noun: "Token") -> tuple[str, str | None] | None:
    """The trigger type of a noun, refined by a compound modifier ("hunger strike")."""
    lemma = _lemma(noun)
    if lemma in lex.GENERIC_EVENT_NOUNS:
        for child in noun.children:
            if child.dep_ == "compound" and _lemma(child) in lex.NOUN_TRIGGERS:
                return lex.NOUN_TRIGGERS[_lemma(child)]
            if child.dep_ == "prep" and child.lower_ == "of":
                inner = next((g for g in child.children if g.dep_ == "pobj"), None)
                if inner is not None and _lemma(inner) not in lex.GENERIC_EVENT_NOUNS:
                    return _noun_type(inner)
        return None
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod"):
            hit = lex.NOUN_MODIFIER_TRIGGERS.get((_lemma(child), lemma))
            if hit:
                return hit
    return lex.NOUN_TRIGGERS.get(lemma)


def trigger_of(tok: "Token", consumed: set[int]) -> Candidate | None:
    """A verb trigger (plain, phrasal, or light verb with an event noun) headed by ``tok``.

    Speeches, interviews, hosted occasions and figurative uses of plain trigger verbs are no events.
    """
    cand = _verb_trigger(tok, consumed)
    if cand is not None and cand.kind == "verb" and is_non_event_verb(tok):
        return None
    return cand


def _verb_trigger(tok: "Token", consumed: set[int]) -> Candidate | None:
    """A verb trigger before the non-event checks."""
    if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "ADJ" and _lemma(tok) in lex.INTENT_VERBS):
        return None
    if tok.dep_ in ("amod", "compound") or tok.ent_type_ in lex.NAME_ENTITY_TYPES:
        return None
    lemma = _lemma(tok)
    if lemma == "host" and any(n.lemma_.lower() in lex.OCCASION_NOUNS for n in _object_nouns(tok)):
        return None
    if lemma in lex.REPORTING_VERBS and not _object_nouns(tok):
        return None
    evidence = [(tok.idx, tok.idx + len(tok))]
    for noun in _object_nouns(tok):
        nlemma = _lemma(_content_noun(noun))
        hit = lex.VERB_NOUN_TRIGGERS.get((lemma, nlemma))
        for comp in (c for c in noun.children if c.dep_ == "compound" and hit is None):
            # "violated the ceasefire agreement": the modifier may carry the pair.
            hit = lex.VERB_NOUN_TRIGGERS.get((lemma, _lemma(comp)))
        noun_hit = _noun_type(noun) if hit is None else None
        if hit is None and lemma in lex.LIGHT_VERBS and noun_hit is not None and (
            lemma not in lex.CONSULT_ONLY_LIGHT_VERBS or noun_hit[0] == "CONSULT"
        ):
            hit = noun_hit
        elif hit is None and noun_hit is not None and lemma in lex.STOP_VERBS and noun_hit[0] in lex.COOPERATIVE_TYPES:
            # "ended mediation efforts", "suspended aid": cutting back existing ties.
            hit = ("SANCTION", "discontinue")
        elif hit is None and noun_hit is not None and lemma in lex.VERB_TRIGGERS and lemma not in lex.TOPIC_VERBS:
            # "discussed the war": a topic of talks, not the war as the talks' own event noun.
            vtype, vmode = lex.VERB_TRIGGERS[lemma]
            mode = lex.STANCE_MODES.get(vtype, {}).get(noun_hit[0], vmode)
            hit = (vtype, mode)
        if hit is not None:
            consumed.add(noun.i)
            evidence.append((noun.idx, noun.idx + len(noun)))
            return Candidate(hit[0], hit[1], tok, tok, "light", evidence, noun=noun)
    prt = _particle(tok)
    if prt and (lemma, prt) in lex.NON_EVENT_PHRASALS:
        return None
    if prt and (lemma, prt) in lex.PHRASAL_TRIGGERS:
        ptype, pmode = lex.PHRASAL_TRIGGERS[(lemma, prt)]
        return Candidate(ptype, pmode, tok, tok, "verb", evidence)
    for child in tok.children:
        if child.dep_ == "prep" and (lemma, child.lower_) in lex.PHRASAL_TRIGGERS:
            ptype, pmode = lex.PHRASAL_TRIGGERS[(lemma, child.lower_)]
            return Candidate(ptype, pmode, tok, tok, "verb", evidence)
    hit = lex.VERB_TRIGGERS.get(lemma)
    objects = _object_nouns(tok) + ([tok.head] if tok.dep_ == "acl" else [])
    if hit is not None and any(_lemma(n) in lex.NON_EVENT_OBJECTS or n.ent_type_ in ("WORK_OF_ART", "EVENT", "LAW")
                               for n in objects):
        return None
    if hit is not None and lemma in lex.OBJECT_REQUIRED and not _has_object(tok):
        return None
    if hit is not None and lemma in lex.GENERIC_AID_VERBS and not _gives_aid(tok):
        return None
    if hit is not None and lemma in lex.REQUIRED_CHILDREN and not _has_required(tok, lex.REQUIRED_CHILDREN[lemma]):
        return None
    if hit is None and lemma in lex.INTENT_VERBS:
        comps = [c for c in tok.children if c.dep_ == "xcomp"]
        if comps and (lemma not in lex.WEAK_INTENT or any(trigger_of(c, set()) is not None for c in comps)):
            hit = ("AGREE", None)
    if hit is None:
        return None
    return Candidate(hit[0], hit[1], tok, tok, "verb", evidence)


def noun_trigger_of(tok: "Token") -> Candidate | None:
    """An event noun that stands for an event of its own ("the talks", "his invitation")."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("PERSON", "GPE", "ORG", "NORP"):
        return None
    hit = _noun_type(tok)
    if hit is None or is_modifier_noun(tok) or is_interview_talk(tok):
        return None
    lemma = _lemma(tok)
    modified = any((_lemma(c), lemma) in lex.NOUN_MODIFIER_TRIGGERS for c in tok.children)
    if lemma not in lex.STANDALONE_NOUNS and not modified:
        return None
    # "on the sidelines of the summit": the occasion is context, not an event.
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in lex.SIDELINE_NOUNS:
        return None
    verb = None
    head = tok.head
    if tok.dep_ in ("dobj", "obj", "nsubjpass", "attr") and head.pos_ in ("VERB", "AUX"):
        verb = head
    elif tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
    if verb is not None and (_lemma(verb) in lex.REPORTING_VERBS or tok.dep_ == "nsubjpass"):
        verb = None
    return Candidate(hit[0], hit[1], tok, verb, "noun", [(tok.idx, tok.idx + len(tok))])


# -- stances --------------------------------------------------------------------------------------
def _stance_class(lemma: str) -> str | None:
    if lemma in lex.THREAT_VERBS:
        return "THREATEN"
    if lemma in lex.REJECT_VERBS:
        return "REJECT"
    if lemma in lex.REQUEST_VERBS:
        return "REQUEST"
    if lemma in lex.ACCUSE_VERBS:
        return "ACCUSE"
    if lemma in lex.DENIAL_VERBS:
        return "DENY"
    if lemma in lex.INTENT_VERBS:
        return "AGREE"
    if lemma in lex.STOP_VERBS:
        return "STOP"
    return None


def _governor(tok: "Token") -> "Token | None":
    """The verb that embeds ``tok`` as a complement ("agreed [to withdraw]", "accused X [of violating]")."""
    if tok.dep_ in ("xcomp", "ccomp"):
        return tok.head
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
        return tok.head.head
    if tok.dep_ in ("acl", "advcl") and tok.head.pos_ == "NOUN":
        return tok.head
    return None


def fold_stances(cands: list[Candidate]) -> None:
    """Let stance verbs take their type from, and lend modality to, the act they embed."""
    by_head = {c.head.i: c for c in cands}
    for cand in cands:
        anchor = cand.verb if cand.verb is not None else cand.head
        gov = _governor(anchor)
        if gov is not None and not same_line(gov, anchor):
            gov = None
        if gov is None and cand.kind == "noun" and cand.head.dep_ == "dobj":
            gov = cand.head.head
        elif gov is None and cand.kind == "noun" and cand.head.dep_ == "pobj" and (
            cand.head.head.lower_ in ("to", "for")
            or cand.head.head.lower_ == "of" and _lemma(cand.head.head.head) in lex.THREAT_VERBS
        ):
            gov = cand.head.head.head
        if gov is None:
            continue
        outer = by_head.get(gov.i)
        stance = _stance_class(_lemma(gov))
        if stance is None and outer is not None and outer.kind == "noun":
            stance = outer.type if outer.type in ("REQUEST", "AGREE", "THREATEN", "REJECT") else None
        if stance is None:
            continue
        if stance == "DENY":
            cand.polarity = "negative"
            continue
        if stance == "STOP":
            if outer is not None and cand.type in ("CONSULT", "AID", "COOPERATE", "SUPPORT"):
                outer.type, outer.mode = "SANCTION", "discontinue"
            cand.polarity = "negative"
            continue
        if outer is None:
            continue
        cand.stance_of = outer
        if stance == "AGREE":
            cand.modality = "planned"
            if cand.type in lex.MATERIAL_CONFLICT_TYPES or cand.type == "THREATEN":
                outer.type, outer.mode = "THREATEN", lex.STANCE_MODES["THREATEN"].get(cand.type)
            else:
                outer.type, outer.mode = "AGREE", None
        elif stance == "THREATEN":
            cand.modality = "threatened"
            outer.type = "THREATEN"
            outer.mode = lex.STANCE_MODES["THREATEN"].get(cand.type, outer.mode)
        elif stance == "REJECT":
            cand.polarity = "negative"
            cand.modality = "refused"
            outer.type = "REJECT"
            outer.mode = lex.STANCE_MODES["REJECT"].get(cand.type, "change")
        elif stance == "REQUEST":
            cand.modality = "requested"
            outer.mode = outer.mode or lex.STANCE_MODES["REQUEST"].get(cand.type, "change")
        elif stance == "ACCUSE":
            cand.modality = "alleged"


# -- actors ------------------------------------------------------------------------------------
def phrase_tokens(tok: "Token") -> list["Token"]:
    """The tokens of the noun phrase headed by ``tok``, with conjuncts, without embedded clauses."""
    out: list[Token] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        for child in t.children:
            if child.dep_ in CLAUSE_DEPS or not same_line(child, tok):
                continue
            if child.dep_ == "prep" and child.lower_ not in ("of", "in", "from", "for"):
                continue
            if child.dep_ == "prep" and child.lower_ == "in" and t.ent_type_ == "PERSON":
                # "met X in Y": where a person is, not who they are with.
                continue
            stack.append(child)
    return out + _orphan_name_after(max(out, key=lambda t: t.i), tok)


def _orphan_name_after(last: "Token", tok: "Token") -> list["Token"]:
    """A name right after a phrase that the parser hung on a headline line above.

    "with his counterpart Jan Novak" under a headline with no final period: the parser may attach
    "Novak" to the headline's verb; a line break is a hard boundary, so the name is taken back.
    """
    doc = tok.doc
    run: list[Token] = []
    j = last.i + 1
    while j < len(doc) and doc[j].pos_ == "PROPN" and same_line(doc[j], tok):
        run.append(doc[j])
        j += 1
    inside = {t.i for t in run}
    if run and any(not same_line(t.head, tok) for t in run) and all(
        t.head.i in inside or not same_line(t.head, tok) for t in run
    ):
        return run
    return []


def _subject_of(verb: "Token") -> tuple["Token | None", bool]:
    """The subject of a verb (climbing through conjuncts and control), and whether it is passive."""
    seen = 0
    cur: Token | None = verb
    while cur is not None and seen < 6:
        seen += 1
        for child in cur.children:
            if not same_line(child, verb):
                continue
            if child.dep_ in SUBJECT_DEPS:
                return child, False
            if child.dep_ in PASSIVE_SUBJECT_DEPS:
                return child, True
        if not same_line(cur.head, verb):
            # A headline glued to the first sentence: take back a noun left on this line.
            orphan = next((t for t in sent_of(cur) if t.i < cur.i and same_line(t, cur) and not same_line(t, t.head)
                           and t.pos_ == "PROPN"), None)
            return orphan, False
        if cur.dep_ == "xcomp":
            # "urged Iran to stop": the object of the governor is the subject.
            for child in cur.head.children:
                if child.dep_ in ("dobj", "obj"):
                    return child, False
            cur = cur.head
            # "X is scheduled to meet": the governor's passive subject does the meeting.
            for child in cur.children:
                if child.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS and same_line(child, verb):
                    return child, False
        elif cur.dep_ in ("acomp", "conj") or (cur.dep_ in ("advcl", "pcomp") and cur.tag_ == "VBG"):
            cur = cur.head if cur.dep_ != "pcomp" else cur.head.head
        elif cur.dep_ == "relcl":
            return cur.head, False
        else:
            return None, False
    return None, False


def _reporting_speaker(tok: "Token") -> "Token | None":
    """The subject of the reporting verb that governs ``tok`` ("Syria says it will...")."""
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if _lemma(cur) in lex.REPORTING_VERBS:
            subj, passive = _subject_of(cur)
            return subj if subj is not None and not passive else None
    return None


# Dependencies of a country word that only describes the person it modifies ("Russian President X").
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def _without_modifier_countries(ids: list[str], tokens: list["Token"], index: EntityIndex) -> list[str]:
    """Drop demonyms and countries that only modify a person named in the same phrase.

    In "Kenyan President William Ruto" the actor is the person (whose country is KEN),
    not also the Russian people; "Israeli troops" keeps its demonym since no person is named.
    """
    if not any(index.types.get(eid) == "PERSON" for eid in ids):
        return ids
    keep = []
    for eid in ids:
        if index.types.get(eid) in ("NORP", "GPE"):
            toks = [t for t in tokens if eid in index.by_token.get(t.i, ())]
            if toks and all(t.dep_ in MODIFIER_DEPS for t in toks):
                continue
        keep.append(eid)
    return keep


def _entities_at(tok: "Token", index: EntityIndex) -> list[str]:
    """Actor entities of the phrase headed by ``tok``; a bare pronoun falls back to the speaker."""
    tokens = phrase_tokens(tok)
    ids = _without_modifier_countries(index.actors_in(tokens), tokens, index)
    if not ids and tok.lower_ in PRONOUN_FALLBACK:
        speaker = _reporting_speaker(tok)
        if speaker is not None and speaker.lower_ not in PRONOUN_FALLBACK:
            ids = index.actors_in(phrase_tokens(speaker))
        if not ids:
            ids = index.recent_actor(tok)
    return ids


def assign_actors(cand: Candidate, index: EntityIndex) -> None:
    """Fill source/target/participant actors from the clause of the trigger."""
    symmetric = cand.type in lex.SYMMETRIC_TYPES
    src_role = "participant" if cand.type == "CONSULT" and cand.mode != "visit" else "source"
    verb = cand.verb
    head = cand.head
    if verb is not None:
        subj, passive = _subject_of(verb)
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if cand.obligation and subj is not None:
            add_actor(cand, _entities_at(subj, index), "target")
            speaker = _reporting_speaker(verb)
            if speaker is not None:
                add_actor(cand, _entities_at(speaker, index), "source")
            subj = None
        hosting = _lemma(verb) == "host" and cand.type == "CONSULT"
        if subj is not None and not passive and hosting:
            # "X hosted Y": the host receives the visitor (PLOVER: visitor acts, host is recipient).
            add_actor(cand, _entities_at(subj, index), "host")
            subj = None
        eventive = lex.STANDALONE_NOUNS | lex.GENERIC_EVENT_NOUNS
        if subj is not None and subj.pos_ == "NOUN" and _lemma(subj) in eventive:
            # "the deal with X violates ...": X belongs to the deal, not to this event.
            subj = None
        if subj is not None and not passive:
            ids = _entities_at(subj, index)
            joint = symmetric and len(ids) > 1 and src_role == "source" and cand.type != "AGREE"
            role = "participant" if joint else src_role
            add_actor(cand, ids, role)
        if passive and subj is not None and subj.i != head.i and (cand.noun is None or subj.i != cand.noun.i):
            # "Vietnam is committed to...": a stance's passive subject still holds the stance.
            stance = _lemma(verb) in lex.INTENT_VERBS | lex.REJECT_VERBS or cand.type == "AGREE" and agent is None
            add_actor(cand, _entities_at(subj, index), src_role if stance else "target")
        if agent is not None:
            for pobj in agent.children:
                add_actor(cand, _entities_at(pobj, index), src_role)
        topical = _lemma(verb) in lex.TOPIC_VERBS
        for child in verb.children:
            if not same_line(child, verb):
                continue
            if child.dep_ in OBJECT_DEPS and child.i != head.i and not topical:
                role = "participant" if cand.type == "CONSULT" and cand.mode != "visit" else "target"
                add_actor(cand, _entities_at(child, index), "source" if hosting else role)
            elif child.dep_ == "ccomp" and cand.type in ("REQUEST", "ACCUSE", "REJECT"):
                csubj, _ = _subject_of(child)
                if csubj is not None:
                    add_actor(cand, _entities_at(csubj, index), "target")
        _prep_actors(cand, verb, index)
        if cand.type == "THREATEN" and not cand.roles("target"):
            # "threatened to stop talks if the United States goes ahead": the condition's subject is threatened.
            add_actor(cand, _condition_subjects(verb, index), "target")
        if cand.type == "REQUEST" and not cand.roles("source"):
            speaker = _reporting_speaker(verb)
            if speaker is not None:
                add_actor(cand, _entities_at(speaker, index), "source")
    if verb is None or head.i != verb.i:
        _noun_actors(cand, head, index)
    elif cand.noun is not None:
        _noun_actors(cand, cand.noun, index)


def _condition_subjects(verb: "Token", index: EntityIndex) -> list[str]:
    """Actors that are the subjects of "if"/"unless" clauses under a verb and its complements."""
    ids: list[str] = []
    for tok in verb.subtree:
        if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in tok.children):
            continue
        subj, passive = _subject_of(tok)
        if subj is not None and not passive:
            ids.extend(e for e in _entities_at(subj, index) if e not in ids)
    return ids


def clause_objects(cand: Candidate, heads: set[int], index: EntityIndex) -> list[str]:
    """Actors named after the trigger in its own clause, when no argument slot gave a target."""
    verb = cand.verb if cand.verb is not None else cand.head
    out: list[Token] = []
    stack = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("advcl", "parataxis", "punct", "cc", "conj")]
    while stack:
        t = stack.pop()
        if (t.i in heads or t.dep_ == "relcl" or (t.dep_ == "prep" and t.lower_ in ("in", "at"))
                or (t.pos_ == "VERB" and _lemma(t) in lex.REPORTING_VERBS)):
            continue
        out.append(t)
        stack.extend(t.children)
    ids = [e for e in index.actors_in(out, types=("GPE", "NORP")) if e not in cand.actors]
    return ids[:2]


def _prep_actors(cand: Candidate, tok: "Token", index: EntityIndex) -> None:
    symmetric = cand.type in lex.SYMMETRIC_TYPES
    for child in tok.children:
        if child.dep_ not in ("prep", "dative") or not same_line(child, tok):
            continue
        word = child.lower_
        objs = [c for c in child.children if c.dep_ == "pobj"]
        if child.dep_ == "dative" and child.pos_ != "ADP":
            objs = [child]
        for pobj in objs:
            if word in PARTICIPANT_PREPS:
                role = "participant" if symmetric or cand.type == "ASSAULT" else "target"
                if word == "between" and not symmetric:
                    role = "target"
                ids = _entities_at(pobj, index)
                if word == "with" and cand.type == "CONSULT":
                    for eid, r in list(cand.actors.items()):
                        if r == "source" and cand.mode != "visit":
                            cand.actors[eid] = "participant"
                add_actor(cand, ids, role)
            elif word in TARGET_PREPS or child.dep_ == "dative":
                if cand.type in ("CONSULT",) and word in ("on", "at", "for", "from"):
                    continue
                if word == "on" and cand.type not in ("SANCTION", "COERCE", "ASSAULT", "PROTEST", "ACCUSE", "REQUEST"):
                    continue
                if word == "from" and cand.type not in ("REQUEST", "AID", "RETREAT", "SANCTION"):
                    continue
                kinds = ("GPE", "NORP", "ORG", "PERSON")
                # "aid to refugees fleeing the war in X": look into the clause when the phrase names no one.
                ids = index.actors_in(phrase_tokens(pobj), types=kinds)
                ids = ids or index.actors_in(list(pobj.subtree), types=kinds)
                add_actor(cand, ids, "target")


def _noun_actors(cand: Candidate, noun: "Token", index: EntityIndex) -> None:
    """Actors inside an event noun phrase: "his invitation", "Russian-Ukrainian talks", "visit by X"."""
    symmetric = cand.type in lex.SYMMETRIC_TYPES
    for child in noun.children:
        if child.dep_ == "poss":
            ids = _entities_at(child, index)
            add_actor(cand, ids, "participant" if cand.type == "CONSULT" and cand.mode != "visit" else "source")
        elif child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in ("NORP", "GPE", "ORG"):
            ids = index.actors_in(list(child.subtree))
            placed = child.i in index.places or (bool(ids) and all(index.types.get(i) == "GPE" for i in ids))
            if is_place_modifier(cand.type, child, is_place=placed):
                continue
            add_actor(cand, ids, "participant" if symmetric or len(ids) > 1 else "source")
        elif child.dep_ == "prep" and child.lower_ == "by":
            for pobj in child.children:
                add_actor(cand, _entities_at(pobj, index), "source")
        elif child.dep_ == "prep" and child.lower_ == "of" and cand.type in ("COERCE", "ASSAULT", "SANCTION"):
            for pobj in child.children:
                add_actor(cand, _entities_at(pobj, index), "target")
        elif child.dep_ in ("acl", "advcl", "relcl") and cand.type in ("REQUEST", "AGREE"):
            # "her invitation for the chancellor to visit": the subject of the clause is the invitee.
            for gc in child.children:
                if gc.dep_ == "nsubj":
                    add_actor(cand, _entities_at(gc, index), "target")
    _prep_actors(cand, noun, index)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "for" and cand.type == "REQUEST":
            for pobj in child.children:
                add_actor(cand, _entities_at(pobj, index), "target")


# -- modality, confidence ----------------------------------------------------------------------
def set_modality(cand: Candidate) -> None:
    """Negation and modality from auxiliaries, negators and conditional clauses."""
    anchor = cand.verb if cand.verb is not None else cand.head
    # "is not ready to": the negation and auxiliaries of an adjective sit on its copula.
    children = list(anchor.children) + (list(anchor.head.children) if anchor.dep_ == "acomp" else [])
    for child in children:
        low = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "det" and low == "no"):
            cand.polarity = "negative"
        if child.dep_ in ("aux", "auxpass"):
            if low in lex.FUTURE_AUX and cand.modality is None:
                cand.modality = "planned"
            elif low in lex.HYPOTHETICAL_AUX and cand.modality is None:
                cand.modality = "hypothetical"
            elif low in lex.OBLIGATION_AUX:
                cand.modality = cand.modality or "requested"
        if child.dep_ == "mark" and low in lex.CONDITION_MARKERS:
            cand.modality = "hypothetical"
    for child in cand.head.children:
        if child.dep_ in ("det", "neg") and child.lower_ in ("no", "not", "never"):
            cand.polarity = "negative"
    if cand.modality is None and anchor.dep_ == "xcomp" and _lemma(anchor.head) in lex.PLAN_HEADS:
        cand.modality = "planned"
    if cand.modality is None and cand.kind == "noun":
        for child in cand.head.children:
            if child.dep_ == "amod" and child.lower_ in ("planned", "proposed", "possible", "upcoming", "expected"):
                cand.modality = "planned"
    # Future and obligation at the top of the clause change the PLOVER type itself.
    if cand.stance_of is None and cand.kind != "noun":
        future = any(c.dep_ == "aux" and c.lower_ in lex.FUTURE_AUX for c in anchor.children)
        # "they said they would meet X": reported future.
        future = future or (anchor.dep_ == "ccomp" and _lemma(anchor.head) in lex.REPORTING_VERBS and any(
            c.dep_ == "aux" and c.lower_ == "would" for c in anchor.children))
        if future and cand.modality == "hypothetical":
            cand.modality = "planned"
        if cand.modality == "planned" and future and _lemma(anchor) not in lex.INTENT_VERBS:
            if cand.type in lex.COOPERATIVE_TYPES - {"AGREE"}:
                told = cand.type
                cand.type, cand.mode = "AGREE", None
                if cand.polarity == "negative":
                    # "will not accept refugees": a refusal.
                    cand.type, cand.mode = "REJECT", lex.STANCE_MODES["REJECT"].get(told, "change")
                    cand.polarity = "positive"
            elif cand.type in lex.MATERIAL_CONFLICT_TYPES:
                cand.mode = lex.STANCE_MODES["THREATEN"].get(cand.type)
                cand.type = "THREATEN"
        elif cand.type == "AGREE" and cand.polarity == "negative" and _lemma(anchor) in lex.INTENT_VERBS:
            # "not ready to endorse", "not willing to withdraw": a refusal.
            cand.type, cand.polarity = "REJECT", "positive"
            inner = next((c for c in anchor.children if c.dep_ == "xcomp"), None)
            cand.mode = lex.STANCE_MODES["REJECT"].get(_verb_type(inner), "change") if inner is not None else "change"
        elif cand.modality == "requested" and _reporting_speaker(anchor) is not None:
            cand.mode = lex.STANCE_MODES["REQUEST"].get(cand.type, "change")
            cand.type = "REQUEST"


def _verb_type(tok: "Token") -> str | None:
    """The PLOVER type a verb alone would trigger (for the mode of a stance on it)."""
    hit = lex.VERB_TRIGGERS.get(_lemma(tok))
    return hit[0] if hit else None


def _clause_depth(tok: "Token") -> int:
    """How many event-bearing verbs sit above ``tok`` (reporting verbs do not count)."""
    depth = 0
    cur = tok
    for _ in range(30):
        if cur.head.i == cur.i:
            break
        prev, cur = cur, cur.head
        if not same_line(prev, cur):
            break
        if cur.pos_ in ("VERB", "AUX") and _lemma(cur) not in lex.REPORTING_VERBS:
            if prev.dep_ in ("conj",):
                continue
            depth += 1
    return depth


def confidence_of(cand: Candidate) -> float:
    """A score in [0, 1]: trigger kind, clause depth, and whether actors were found."""
    anchor = cand.verb if cand.verb is not None else cand.head
    score = KIND_CONFIDENCE[cand.kind] - DEPTH_PENALTY * _clause_depth(anchor)
    if cand.kind == "noun" and cand.verb is not None:
        score -= 0.1
    if cand.actors:
        score += 0.05
    if cand.roles("source", "participant") and (cand.roles("target") or cand.type in lex.SYMMETRIC_TYPES):
        score += 0.05
    if cand.stance_of is not None:
        score -= 0.2
    if cand.polarity == "negative":
        score -= 0.05
    if _lemma(anchor) in lex.WEAK_TRIGGERS:
        score -= WEAK_TRIGGER_PENALTY
    return round(min(0.99, max(MIN_CONFIDENCE, score)), 3)


def keep_candidate(cand: Candidate) -> bool:
    """Drop weak noun mentions that carry nothing (no actor, no occasion, not a definite anaphor)."""
    if cand.kind != "noun":
        return True
    if cand.actors or cand.context is not None:
        return True
    return any(c.dep_ in ("det", "poss") and c.lower_ in lex.DEFINITE_WORDS for c in cand.head.children)
