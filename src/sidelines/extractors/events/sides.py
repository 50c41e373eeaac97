"""Learned sides: entities of an event's sentence that the argument rules left out, by their parse path.

The rules of :mod:`.arguments` read fixed slots (subject, object, agent, "with", "against", ...).
Many sides sit elsewhere ("X said on Friday it would send troops to help Y", "the talks, which Y
attended"). A small multinomial logistic model (``data/event_sides.json``, fitted by
``scripts/train_event_sides.py`` on the tuning halves of Multi-CoPED and PLOVER) reads, for each
entity of the sentence that is no actor yet, the dependency path from the trigger to the entity's
mention, the entity's kind, where it stands, the event's type and which sides it already has, and
gives the probability that the entity is the event's source, its target, or neither. An event
with no source (or no target) takes the entity likeliest to be one, when that probability reaches
the model's threshold.

It runs on the events that were kept (after the confidence threshold), so it only completes them:
it never makes an event be written that would not be.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sidelines.eventtype.model import DataModel
from sidelines.extractors.actors.countries import is_award
from sidelines.extractors.events.candidates import add_actor
from sidelines.extractors.events.homes import HOME_TYPES, in_relation_of, is_home_place
from sidelines.extractors.events.object_sides import in_circumstance
from sidelines.extractors.events.phrases import STANCE_GOVERNORS, is_infinitive, subject_of
from sidelines.extractors.events.venues import first_mention_head, no_side
from sidelines.extractors.lookup import lemma_of, sent_of
from sidelines.lexicon import plover as lex
from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.events.candidates import EventCandidate
    from sidelines.extractors.events.index import EntityIndex

# The rule name written into the explanation of an event the model gave a side.
SIDES_RULE = "learned-sides"
# Paths longer than this many steps are read as one "far" feature (too rare to learn one by one).
MAX_PATH = 5
# The labels of the model, in the order of its weights.
SIDE_LABELS = ("none", "source", "target")
# The mark, among the roles an entity takes elsewhere, of a party of an event governing this one.
GOVERNING = "governing"
# Dependency links up which an event's trigger is the complement of its head ("threatened to impose",
# "refused to condemn the attack"); not adverbial clauses ("pledged money to support X").
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "obj", "pobj", "prep"})
# Types whose doers are participants, not sources (as in :mod:`.arguments`).
SYMMETRIC_DOERS = frozenset({"CONSULT"})


class SideModel(DataModel):
    """The side model: a linear model over path features and the threshold a side must reach."""

    FILE = "event_sides.json"

    def __init__(self, data: dict[str, Any]) -> None:
        super().__init__(data)
        self.threshold: float = float(data.get("threshold", 0.5))


@lru_cache(maxsize=4)
def load_side_model(path: str = "") -> SideModel | None:
    """The side model of ``path`` (empty: the packaged one), or None when there is no such file."""
    model: SideModel | None = SideModel.load_if_there(path)
    return model


def _ancestors(tok: "Token") -> list["Token"]:
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < 40:
        out.append(out[-1].head)
    return out


def _step(tok: "Token") -> str:
    """One step of a path: the dependency label, with the preposition's word for prepositions."""
    if tok.dep_ in ("prep", "agent", "dative"):
        return f"{tok.dep_}:{tok.lower_}"
    return tok.dep_


def parse_path(start: "Token", end: "Token") -> tuple[list[str], list[str]]:
    """The steps up from ``start`` to the lowest common head, and down from it to ``end``."""
    up_chain = _ancestors(start)
    down_chain = _ancestors(end)
    down_ids = {t.i: k for k, t in enumerate(down_chain)}
    for k, tok in enumerate(up_chain):
        if tok.i in down_ids:
            ups = [_step(t) for t in up_chain[:k]]
            downs = [_step(t) for t in reversed(down_chain[:down_ids[tok.i]])]
            return ups, downs
    return [_step(t) for t in up_chain], [_step(t) for t in reversed(down_chain)]


def mention_heads(cand: "EventCandidate", index: "EntityIndex") -> dict[str, "Token"]:
    """For each entity of the trigger's sentence (and line) that is no actor yet: its mention's head token.

    The head of a mention is its token whose syntactic head lies outside the mention; the first
    mention in the sentence is taken.
    """
    anchor = cand.verb if cand.verb is not None else cand.head
    parsed, analysis = anchor.doc, analysis_of(anchor.doc)
    starts, line = analysis.token_starts, analysis.line_of(anchor)
    tokens: dict[str, list[Token]] = {}
    # Token indices first: only a token under an entity on the anchor's line is made into a spaCy token.
    for i in range(*analysis.sent_bounds(anchor.i)):
        eids = index.by_token.get(i, ())
        if not eids or analysis.line_at(starts[i]) != line:
            continue
        tok = parsed[i]
        for eid in eids:
            if eid in cand.actors or eid in index.patients and eid not in index.plain_people:
                continue
            if is_award(index.names.get(eid, "")):
                continue  # a prize is given; it does not act
            tokens.setdefault(eid, []).append(tok)
    return {eid: first_mention_head(toks) for eid, toks in tokens.items()}  # the first run is the first mention


def side_features(cand: "EventCandidate", head: "Token", eid: str, index: "EntityIndex",
                  elsewhere: dict[str, str] | None = None) -> dict[str, float]:
    """The features of one (event, entity) pair: parse path, kind, position, event type, sides present.

    ``elsewhere``: the role each entity takes in the other kept events of the sentence.
    """
    anchor = cand.verb if cand.verb is not None else cand.head
    ups, downs = parse_path(anchor, head)
    steps = len(ups) + len(downs)
    path = "^".join(ups) + "|" + "v".join(downs) if steps <= MAX_PATH else "far"
    kind = index.types.get(eid, "OTHER")
    if eid in index.plain_people:
        kind = "PEOPLE"
    has_source = bool(cand.roles("source", "participant", "host"))
    has_target = bool(cand.roles("target"))
    first = downs[0] if downs else "-"
    last = downs[-1] if downs else "-"
    slots = f"s{int(has_source)}t{int(has_target)}"
    feats = {
        f"path={path}": 1.0,
        f"up={min(len(ups), 4)}": 1.0,
        f"down={min(len(downs), 4)}": 1.0,
        f"first={first}": 1.0,
        f"last={last}": 1.0,
        f"top={ups[-1] if ups else '-'}": 1.0,
        f"kind={kind}": 1.0,
        f"before={int(head.i < anchor.i)}": 1.0,
        f"slots={slots}": 1.0,
        f"type={cand.type}": 1.0,
        f"type={cand.type}|last={last}": 1.0,
        f"type={cand.type}|before={int(head.i < anchor.i)}": 1.0,
        f"slots={slots}|before={int(head.i < anchor.i)}": 1.0,
        f"slots={slots}|last={last}": 1.0,
        f"kind={kind}|last={last}": 1.0,
        f"dep={head.dep_}": 1.0,
        f"gov={lemma_of(head.head) if head.head.pos_ in ('VERB', 'AUX') else head.head.pos_}": 1.0,
        f"place={int(head.i in index.places)}": 1.0,
        f"trigger_noun={int(cand.kind == 'noun')}": 1.0,
        f"symmetric={int(cand.type in lex.SYMMETRIC_TYPES)}": 1.0,
        "distance": min(abs(head.i - anchor.i), 30) / 30,
        f"anchor={anchor.dep_}": 1.0,
        f"elsewhere={(elsewhere or {}).get(eid, '-')}": 1.0,
    }
    return feats


def side_options(cand: "EventCandidate", index: "EntityIndex",
                 elsewhere: dict[str, str] | None = None) -> list[tuple[str, dict[str, float]]]:
    """(entity id, features) for every entity of the event's sentence that is no actor of it yet."""
    return [(eid, side_features(cand, head, eid, index, elsewhere))
            for eid, head in mention_heads(cand, index).items()]


def roles_elsewhere(cand: "EventCandidate", events: "list[EventCandidate]") -> dict[str, str]:
    """The role each entity takes in the other events of the candidate's sentence (the first found).

    The parties of an event whose trigger governs this one as its complement ("Iran threatened to
    impose sanctions", "refused to condemn the attack") are marked ``governing``: the embedded act
    is that event's business (planned, refused, threatened), and its parties are no sides of it.
    """
    sent = sent_of(cand.head)
    governors = _governors(cand.verb if cand.verb is not None else cand.head)
    out: dict[str, str] = {}
    for other in events:
        if other is cand or not sent.start <= other.head.i < sent.end:
            continue
        anchors = {other.head.i} | ({other.verb.i} if other.verb is not None else set())
        governing = bool(anchors & governors)
        for eid, role in other.actors.items():
            if governing:
                out[eid] = GOVERNING
            else:
                out.setdefault(eid, role)
    return out


def _governors(anchor: "Token") -> set[int]:
    """Tokens whose complement the anchor sits in: heads reached up object and control links only."""
    out: set[int] = set()
    tok = anchor
    while tok.head.i != tok.i and len(out) < 8 and (tok.dep_ in COMPLEMENT_DEPS or (
            # "threatened on Monday to impose": the parser may read a stance's infinitive as a purpose clause.
            tok.dep_ == "advcl" and is_infinitive(tok) and lemma_of(tok.head) in STANCE_GOVERNORS)):
        tok = tok.head
        out.add(tok.i)
    return out


# The parse label of a passive verb's subject.
PASSIVE_SUBJECT = "nsubjpass"


def fill_sides(cand: "EventCandidate", index: "EntityIndex", model: SideModel,
               elsewhere: dict[str, str] | None = None) -> list[str]:
    """Fill the event's empty side slots (no source, no target) with the entity the model is surest of.

    A slot the rules filled is left alone, and each empty slot takes at most one entity: the one
    whose likeliest side it is, with the highest probability at or above the model's threshold.
    The act inside a stance ("threatened to impose sanctions") is left alone: it has not been done,
    and the stance holder is no doer of it; nor does an event take the parties of an event whose
    complement it is (``elsewhere`` marks them). Returns the entity ids added.
    """
    if cand.stance_of is not None:
        return []
    governing = {eid for eid, role in (elsewhere or {}).items() if role == GOVERNING}
    # Nor an entity a relation names as another party ("Sister of X arrested"), nor, for a noun event
    # done in the face of ("despite protests from X"), one outside the noun's own phrase.
    circumstance = in_circumstance(cand)
    governing |= {eid for eid, head in mention_heads(cand, index).items() if in_relation_of(head) or (
        circumstance and not cand.head.left_edge.i <= head.i <= cand.head.right_edge.i)
        or no_side(eid, head, cand, index, venues=True)  # the event's venue, channel, or a thing
        or (index.types.get(eid) in HOME_TYPES or head.i in index.places) and is_home_place(head)}  # a home town
    # An entity more than MAX_PATH parse steps away is never added: at that distance the path says
    # nothing of the event, and the model would go by kind and position alone.
    pairs = [(eid, feats) for eid, feats in side_options(cand, index, elsewhere)
             if eid not in governing and "path=far" not in feats]
    options = [(eid, model.probabilities(feats)) for eid, feats in pairs]
    # The subject of the event's own passive verb undergoes the act ("X was warned about Y"): never its doer.
    undergoing = {eid for eid, feats in pairs if f"path=|{PASSIVE_SUBJECT}" in feats}
    # "after she attacked X": a pronoun the coreference left unlinked still tells a person (or, "it", a body).
    pronoun = _pronoun_subject(cand)
    undergoing |= {eid for eid, _ in pairs if pronoun and not _agrees(pronoun, eid, index)}
    added = []
    # A host is whom a visit is to: it fills the target's slot as well as the source's.
    for side, roles in (("source", ("source", "participant", "host")), ("target", ("target", "participant", "host"))):
        if cand.roles(*roles):
            continue
        fits = [(probs[side], eid) for eid, probs in options
                if eid not in added and probs[side] >= model.threshold and max(probs, key=lambda k: probs[k]) == side
                and not (side == "source" and eid in undergoing)]
        if not fits:
            continue
        _, eid = max(fits)
        role = side
        if side == "source" and cand.type in SYMMETRIC_DOERS and cand.mode != "visit":
            role = "participant"
        add_actor(cand, [eid], role)
        added.append(eid)
    return added


# Personal pronouns of one person, and of one thing or body.
PERSON_PRONOUNS = frozenset({"he", "she"})
THING_PRONOUNS = frozenset({"it"})
# Kinds of entity that are a body or a place, never "he" or "she".
BODY_KINDS = frozenset({"GPE", "ORG", "LOC", "FAC"})


def _pronoun_subject(cand: "EventCandidate") -> str:
    """The personal pronoun that is the active subject of the event's own verb ("after she attacked X"), or ""."""
    if cand.verb is None or cand.kind == "noun":
        return ""  # "the criticism he received": the verb's subject is no doer of the noun's act
    subj, passive = subject_of(cand.verb)
    return subj.lower_ if subj is not None and not passive and subj.lower_ in PERSON_PRONOUNS | THING_PRONOUNS else ""


def _agrees(pronoun: str, eid: str, index: "EntityIndex") -> bool:
    """Whether an entity could be what an unlinked pronoun subject stands for (rule ``sides:pronoun-agreement``):
    "he"/"she" is no state, body or nation; "it" is no person."""
    kind = index.types.get(eid, "")
    if pronoun in PERSON_PRONOUNS:
        return kind not in BODY_KINDS and eid not in index.nations
    return kind != "PERSON"
