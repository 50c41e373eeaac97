"""The thin adapter to :mod:`sidelines.eventtype`: learned and looked-up types for event mentions.

The rules of :mod:`.triggers` find mentions and read their sides from the parse; the typer (a
trigger lexicon derived from the CAMEO dictionaries and a classifier trained on synthetic stories
and dev data) says how sure it is that the trigger tells an event, and of which type. Here the two
meet: each mention records the typer's probabilities (features of its confidence), a mention the
typer types otherwise by a clear margin takes the typer's type, and a verb the rules missed but
the typer is sure of becomes a mention of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.eventtype import NONE, EventTyper
from sidelines.extractors.events.alerts import WARNING_VERBS
from sidelines.extractors.events.candidates import EventCandidate
from sidelines.extractors.events.nonevents import is_non_event_trigger
from sidelines.extractors.lookup import lemma_of, same_line
from sidelines.lexicon import plover as lex

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from sidelines.extractors.events.config import EventsConfig


def anchor_of(cand: EventCandidate) -> "Token":
    """The token the typer reads for a mention: its verb, else its head."""
    return cand.verb if cand.verb is not None else cand.head


def type_mentions(cands: list[EventCandidate], typer: EventTyper, config: EventsConfig) -> None:
    """Record the typer's view on each mention and retype those it reads otherwise by a margin."""
    for cand in cands:
        trig = typer.score(anchor_of(cand))
        probs = trig.probs
        cand.typer_event = round(1.0 - probs.get(NONE, 0.0), 4)
        cand.typer_type = round(probs.get(cand.type, 0.0), 4)
        if cand.stance_of is not None or cand.obligation or trig.type in (NONE, cand.type) or (
                cand.kind == "verb" and lemma_of(cand.head) in WARNING_VERBS):
            # Folded stances, obligations and warnings carry types the sentence's frame decided.
            continue
        if trig.probability >= cand.typer_type + config.retype_margin:
            cand.type, cand.mode = trig.type, trig.mode
            cand.typer_type = round(trig.probability, 4)
            cand.retyped = True


def record_typer_view(cands: list[EventCandidate], typer: EventTyper) -> None:
    """Record the typer's view on mentions found otherwise, without retyping them."""
    for cand in cands:
        probs = typer.score(anchor_of(cand)).probs
        cand.typer_event = round(1.0 - probs.get(NONE, 0.0), 4)
        cand.typer_type = round(probs.get(cand.type, 0.0), 4)


def typer_mentions(sent: "SpacySpan", cands: list[EventCandidate], typer: EventTyper,
                   config: EventsConfig) -> list[EventCandidate]:
    """Verbs the rules do not know and the typer is sure of as triggers ("captured", "tipped off")."""
    taken = {c.head.i for c in cands} | {c.verb.i for c in cands if c.verb is not None}
    taken |= {c.noun.i for c in cands if c.noun is not None}
    found = []
    for tok in typer.candidates(sent):
        # Cheap tests first: the typer scores only verbs the rules know nothing of.
        if tok.i in taken or tok.pos_ != "VERB" or lemma_of(tok) in lex.KNOWN_VERBS or not same_line(tok, tok.head):
            continue
        trig = typer.score(tok)
        if trig.type == NONE or trig.probability < config.typer_min_probability:
            continue
        if is_non_event_trigger(tok, "verb", trig.type):
            continue  # "a crash that killed two closed the road", "the moderator questioned X": what the rules reject
        cand = EventCandidate(trig.type, trig.mode, tok, tok, "verb", [(tok.idx, tok.idx + len(tok))])
        cand.typer_event = round(1.0 - trig.probs.get(NONE, 0.0), 4)
        cand.typer_type = round(trig.probability, 4)
        cand.found_by_typer = True
        found.append(cand)
    return found


def fallback_mention(sents: "list[SpacySpan]", typer: EventTyper, min_probability: float) -> EventCandidate | None:
    """The typer's best trigger over a text in which the rules found no event, when it is sure of it.

    The best trigger of each sentence (by probability, discounted per clause level below the main
    clause) is compared; the surest becomes a mention when its probability reaches ``min_probability``.
    Only words the rules know nothing of are taken: a known trigger the rules left out (a campaign
    stop, a figurative use, an opinion) stays out.
    """
    best = None
    for sent in sents:
        trig = next((t for t in typer.find(sent) if _unknown_word(sent.doc[t.i])  # "a crash closed the road"
                     and not is_non_event_trigger(sent.doc[t.i], "verb", t.type)), None)
        if trig is not None and trig.probability >= min_probability and (
                best is None or (trig.rank, trig.probability) > (best.rank, best.probability)):
            best = trig
    if best is None:
        return None
    tok = sents[0].doc[best.i]
    verbal = tok.pos_ in ("VERB", "AUX")
    # An event noun takes its sides from the verb it hangs on ("loaned Morocco 30 million for relief").
    verb = tok if verbal else next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
    cand = EventCandidate(best.type, best.mode, tok, verb, "verb" if verbal else "noun",
                          [(tok.idx, tok.idx + len(tok))])
    cand.typer_event = round(1.0 - best.probs.get(NONE, 0.0), 4)
    cand.typer_type = round(best.probability, 4)
    cand.found_by_typer = True
    return cand


def _unknown_word(tok: "Token") -> bool:
    """Whether the rules know nothing of a word as a trigger (no trigger verb, no event noun)."""
    lemma = lemma_of(tok)
    return lemma not in lex.KNOWN_VERBS and lemma not in lex.NOUN_TRIGGERS
