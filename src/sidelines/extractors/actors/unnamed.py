"""Unrecognised names that act: a proper-noun subject of an event verb that no entity covers.

The entity recogniser misses some names, mostly rare organisations, hyphenated movement names,
acronyms and names in headline case ("X urges Y to ..."). When such a name is the active subject
of a verb the PLOVER lexicon knows as a trigger, it is the side that acts, whatever it is (and a
full name of two words or more that is its object is the side acted on); it is
added as an organisation with no country (a null country beats a guessed one), as a nominal
mention so that the name layer the NER task scores stays the recogniser's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sidelines.extractors.actors.countries import CountryLookup
from sidelines.extractors.explain import explain
from sidelines.lexicon import plover as lex
from sidelines.lexicon.titles import TITLE_HEADS
from sidelines.model.record import Entity, Mention, next_entity_number
from sidelines.nlp.analysis import analysis_of
from sidelines.nlp.syntax import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sidelines.model.document import Document

UNNAMED_RULE = "unrecognised name subject of an event verb"
# Tokens a name may hold besides proper nouns: hyphens and the short joining words of
# transliterated names ("Jaish-e-...", "Ahl al-...").
NAME_GLUE_POS = frozenset({"PROPN", "PUNCT", "NOUN", "ADP", "X", "NUM"})
# Right-hand dependents a name may have as the first of coordinated subjects ("X and Y agreed").
COORDINATION_DEPS = frozenset({"cc", "conj"})
# The places in their verb's clause of the names read: its subject, and its object (full names only).
SUBJECT_DEPS = ("nsubj", "dobj")


def _name_tokens(subj: "Token") -> list["Token"] | None:
    """The tokens of a subject that is a name alone (proper nouns, hyphens), or None."""
    if any(c.i > subj.i and c.dep_ not in COORDINATION_DEPS for c in subj.children):
        return None  # "X of Y", "X, who ...": a phrase, not a bare name
    # "X and Y agreed": the name is X, before its conjuncts.
    tokens = sorted((t for t in subj.subtree if t.i <= subj.i), key=lambda t: t.i)
    if tokens[-1].i - tokens[0].i + 1 != len(tokens):
        return None
    if any(t.pos_ not in NAME_GLUE_POS or (t.pos_ == "PUNCT" and t.text != "-") for t in tokens):
        return None
    if not all(t.text[:1].isupper() for t in tokens if t.pos_ == "PROPN" or t.i == subj.i):
        return None
    return tokens


def _acronym(tok: "Token") -> bool:
    """An acronym the tagger read as a common noun ("OIL"), in a sentence not written in capitals."""
    if not (tok.pos_ == "NOUN" and tok.is_upper and len(tok.text) > 1 and tok.is_alpha):
        return False  # the cheap tests first: the sentence is read only for an upper-case noun
    return not all(t.is_upper for t in tok.sent if t.is_alpha and len(t.text) > 1)


def _unnamed_subject(tok: "Token", covered: set[int]) -> list["Token"] | None:
    if tok.dep_ not in SUBJECT_DEPS or tok.ent_type_ or not (tok.pos_ == "PROPN" or _acronym(tok)):
        return None
    verb = tok.head
    if verb.pos_ != "VERB" or lemma_of(verb) not in lex.VERB_TRIGGERS:
        return None
    tokens = _name_tokens(tok)
    if tokens is None or any(t.i in covered or t.ent_type_ for t in tokens):
        return None
    if any(t.lower_ in TITLE_HEADS for t in tokens):
        return None  # "President urged": a bare title, read by the office rules
    if tok.dep_ == "dobj" and sum(t.pos_ == "PROPN" for t in tokens) < 2:
        return None  # an object: only a full name ("freed Ana Ruiz Lopez"), never a lone word
    return tokens


def add_unnamed_subjects(doc: "Document", parsed: "Doc") -> list[Entity]:
    """Append the unrecognised names that are subjects of event verbs to the entities layer."""
    entities: list[Any] = doc.layers.setdefault("entities", [])
    covered = CountryLookup(doc, parsed).covered
    next_id = next_entity_number(entities)
    added: list[Entity] = []
    deps = analysis_of(parsed).deps
    for i, dep in enumerate(deps):
        if dep not in SUBJECT_DEPS:
            continue  # the cheap test of _unnamed_subject, without making the token
        tok = parsed[i]
        tokens = _unnamed_subject(tok, covered)
        if tokens is None:
            continue
        start, end = tokens[0].idx, tok.idx + len(tok.text)
        text = doc.text[start:end]
        ent = Entity(
            id=f"e{next_id}", name=text, type="ORG",
            mentions=[Mention(start=start, end=end, text=text, kind="nominal")],
            country=None, explanation=explain("groups", UNNAMED_RULE),
        )
        covered.update(t.i for t in tokens)
        next_id += 1
        entities.append(ent)
        added.append(ent)
    return added
