"""Argument phrases of a trigger: noun phrases, subjects, reporting speakers and the actors they name.

The phrase of a token never crosses a clause or a line break (a headline glued to the first
sentence by the parser is taken back); a bare pronoun is the entity the coreference linked it to,
else the reporting speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.lookup import lemma_of, same_line
from sidelines.lexicon import plover as lex
from sidelines.nlp.syntax import PRONOUN_OBJECT_DEPS
from sidelines.nlp.syntax import subject_and_voice as subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.events.index import EntityIndex

# Dependency labels of clause-level children an argument phrase never crosses.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "punct", "mark"})
PRONOUN_FALLBACK = frozenset({"he", "him", "she", "it", "they", "we", "his", "her", "its", "their", "our"})
# Object pronouns: never the subject of their own clause ("X called Y and urged him": him is Y).
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
# Dependencies of a country word that only describes the person it modifies ("Russian President X").
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


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


def reporting_speaker(tok: "Token") -> "Token | None":
    """The subject of the reporting verb that governs ``tok`` ("Syria says it will...")."""
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if lemma_of(cur) in lex.REPORTING_VERBS:
            subj, passive = subject_of(cur)
            return subj if subj is not None and not passive else None
    return None


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


def entities_at(tok: "Token", index: EntityIndex) -> list[str]:
    """Actor entities of the phrase headed by ``tok``; a bare pronoun falls back to the speaker.

    A pronoun's entity is the one the coreference (the ``entities`` extractor) linked it to; events
    do not resolve pronouns again.
    """
    tokens = phrase_tokens(tok)
    ids = _without_modifier_countries(index.actors_in(tokens), tokens, index)
    bound = clause_subject_ids(tok, index)
    if bound:
        # A resolution that binds an object pronoun to its own clause's subject is wrong.
        ids = [e for e in ids if e not in bound]
    if not ids and tok.lower_ in PRONOUN_FALLBACK:
        speaker = reporting_speaker(tok)
        if speaker is not None and speaker.lower_ not in PRONOUN_FALLBACK:
            ids = [e for e in index.actors_in(phrase_tokens(speaker)) if e not in bound]
    return ids


def clause_subject_ids(tok: "Token", index: EntityIndex) -> frozenset[str]:
    """Actors an object pronoun cannot stand for: the subject of its own clause.

    A plain (non-reflexive) object pronoun is never bound by its clause's subject: in "X called
    Y and urged him to ...", "him" is Y, not X; "X said Y attacked him" may still mean X.
    """
    if tok.lower_ not in OBJECT_PRONOUNS or tok.dep_ not in PRONOUN_OBJECT_DEPS:
        return frozenset()
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "dative") else tok.head
    if verb.pos_ not in ("VERB", "AUX"):
        return frozenset()
    subj, passive = subject_of(verb)
    if subj is None or passive or subj.lower_ in PRONOUN_FALLBACK:
        return frozenset()
    return frozenset(index.actors_in(phrase_tokens(subj)))
