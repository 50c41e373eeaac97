"""Clause features of a candidate trigger token, read from a spaCy parse.

For one token: its lemma, POS and tag; the lexicon's types for the lemma and for its matched phrase
(particle, preposition + object, object head); the lemmas of its direct object and prepositional
objects; negation; modal and auxiliary verbs; the verb it hangs under (a reporting verb, a stance
verb such as "agreed to", "refused to", "threatened to") and that verb's lexicon type; its own
complement's type; the entity labels of subject and object; passive voice. Every feature reads the
token's children and at most ``MAX_UP`` of its ancestors, so a sentence costs time linear in its length.

Features are strings with a value (1.0 for indicators, a weight for the lexicon's type weights).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.eventtype.labels import NO_EVENT, NONE
from sidelines.nlp.analysis import analysis_of
from sidelines.nlp.syntax import ACTIVE_SUBJECTS, OBJECTS_AND_COMPLEMENTS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from sidelines.eventtype.lexicon import LexMatch, TriggerLexicon

Features = dict[str, float]

MAX_UP = 3
MODALS = frozenset({"will", "would", "shall", "should", "may", "might", "can", "could", "must", "ought"})
FUTURE = frozenset({"will", "shall", "'ll"})
CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "acl", "relcl", "conj", "pcomp"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
MOD_DEPS = frozenset({"compound", "amod", "nmod"})
# PLOVER's quad classes (verbal/material cooperation/conflict), to let what holds for a kind of
# event ("cooperation told in the future") carry over between its types.
QUAD = {
    "AGREE": "VC", "CONSULT": "VC", "SUPPORT": "VC", "CONCEDE": "VC",
    "COOPERATE": "MC", "AID": "MC", "RETREAT": "MC",
    "REQUEST": "VX", "ACCUSE": "VX", "REJECT": "VX", "THREATEN": "VX",
    "PROTEST": "MX", "SANCTION": "MX", "MOBILIZE": "MX", "COERCE": "MX", "ASSAULT": "MX",
}


def is_candidate(token: "Token", lexicon: "TriggerLexicon") -> bool:
    """Verbs, and nouns the lexicon knows as event nouns, can be triggers (not participles used as
    prepositions: "including", "according to", "following")."""
    if token.pos_ == "VERB":
        return token.dep_ != "prep"
    return token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.nouns


def candidates(sent: "Span", lexicon: "TriggerLexicon") -> list["Token"]:
    """The sentence's tokens that can be triggers (only verbs and nouns are made into tokens)."""
    doc, pos = sent.doc, analysis_of(sent.doc).pos
    return [tok for k in range(sent.start, sent.end)
            if pos[k] in ("VERB", "NOUN") and is_candidate(tok := doc[k], lexicon)]


def _word(tok: "Token") -> str:
    """An argument's word as a feature: its lemma, or its kind for a name ("<PERSON>").

    Names are never features of their own: the typer learns how events are told, not who is in
    the training stories.
    """
    if tok.pos_ == "PROPN" or tok.ent_type_:
        return f"<{_label(tok)}>"
    return tok.lemma_.lower()


def _label(tok: "Token") -> str:
    """An argument's kind: its entity label, else PRON/PROPN/NOUN."""
    return tok.ent_type_ or tok.pos_


def _lex_top(match: "LexMatch | None") -> str:
    if match is None:
        return "UNK"
    label, _ = match.top()
    if label == NONE and match.types:
        types = match.types
        return max(types, key=lambda t: types[t])  # STATEMENT, APPEAL or NULL
    return label


def features(token: "Token", lexicon: "TriggerLexicon", *, use_lexicon: bool = True,
             match: "LexMatch | None" = None) -> Features:
    """The features of one candidate trigger token (``match``: the lexicon's reading, if known)."""
    f: Features = {"bias": 1.0}
    lemma = token.lemma_.lower()
    pos = token.pos_
    f["lem=" + lemma] = 1.0
    f["pos=" + pos] = 1.0
    f["tag=" + token.tag_] = 1.0
    f["dep=" + token.dep_] = 1.0
    if token.dep_ == "ROOT":
        f["root"] = 1.0
    modal = ""
    negated = passive = False
    comps: list["Token"] = []
    for child in token.children:
        dep = child.dep_
        clem = _word(child)
        if dep in OBJECTS_AND_COMPLEMENTS:
            f["dobj=" + clem] = 1.0
            f["dobj_kind=" + _label(child)] = 1.0
            if any(c.dep_ == "det" and c.lower_ == "no" for c in child.children):
                negated = True
        elif dep == "nsubjpass":
            passive = True
            f["dobj=" + clem] = 1.0
            f["dobj_kind=" + _label(child)] = 1.0
        elif dep in ACTIVE_SUBJECTS:
            f["subj_kind=" + _label(child)] = 1.0
            if child.pos_ == "NOUN":
                f["subj=" + clem] = 1.0
        elif dep == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    f["subj_kind=" + _label(pobj)] = 1.0
                    f["agent=" + _word(pobj)] = 1.0
        elif dep == "prep":
            p = child.lower_
            f["prep=" + p] = 1.0
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    f[f"prep={p}:{_word(pobj)}"] = 1.0
                    f[f"pobj_kind={p}:{_label(pobj)}"] = 1.0
        elif dep == "prt":
            f["prt=" + child.lower_] = 1.0
        elif dep == "neg" or (dep == "advmod" and child.lower_ in NEGATIONS):
            negated = True
        elif dep in ("aux", "auxpass"):
            if dep == "auxpass":
                passive = True
            if clem in MODALS or child.lower_ in FUTURE:
                modal = "will" if child.lower_ in FUTURE else clem
        elif dep in ("xcomp", "ccomp"):
            comps.append(child)
        elif dep in MOD_DEPS and pos == "NOUN":
            f["mod=" + clem] = 1.0
        elif dep == "poss" and pos == "NOUN":
            f["poss_kind=" + _label(child)] = 1.0
    if negated:
        f["neg"] = 1.0
    if passive:
        f["passive"] = 1.0
    if modal:
        f["modal=" + modal] = 1.0
    for comp in comps[:2]:
        f["comp=" + comp.dep_] = 1.0
        f["comp_lem=" + _word(comp)] = 1.0

    # The verbs it hangs under: a light verb for a noun ("held talks"), a stance or reporting verb.
    head = token.head
    if head.i != token.i:
        f["gov=" + _word(head)] = 1.0
        f[f"gov={_word(head)}|{token.dep_}"] = 1.0
    up = token
    stance: "Token | None" = None
    reported_by: "Token | None" = None
    for _depth in range(MAX_UP):
        if up.head.i == up.i or up.dep_ not in CLAUSE_DEPS | {"dobj", "pobj", "prep"}:
            break
        parent = up.head
        if parent.pos_ in ("VERB", "AUX") and up.dep_ in ("xcomp", "ccomp", "dobj", "conj", "advcl"):
            if stance is None and up.dep_ in ("xcomp", "ccomp", "dobj"):
                stance = parent
            if use_lexicon and reported_by is None and lexicon.is_reporting(parent.lemma_.lower()):
                reported_by = parent
        if any(c.dep_ == "neg" for c in parent.children) and up.dep_ in ("xcomp", "ccomp"):
            f["neg_above"] = 1.0
        up = parent
    if stance is not None:
        f["stance=" + stance.lemma_.lower()] = 1.0
        f["stance_dep=" + _dep_path(token, stance)] = 1.0
    if reported_by is not None:
        f["reported"] = 1.0
        f["report=" + reported_by.lemma_.lower()] = 1.0
    if token.dep_ == "ROOT" or not any(a.pos_ == "VERB" for a in token.ancestors):
        f["main"] = 1.0
    if pos == "NOUN" and token.dep_ in ("dobj", "nsubjpass", "pobj", "nsubj"):
        f["noun_arg=" + token.dep_] = 1.0

    if not use_lexicon:
        return f
    m = match if match is not None else lexicon.match(token)
    top = _lex_top(m)
    f["lextop=" + top] = 1.0
    if m is not None:
        for t, w in m.types.items():
            f["lex=" + t] = w
        f["lexlvl=" + m.level] = 1.0
        if m.level not in ("own", "patterns", "noun"):
            own = lexicon.lemma_match(lexicon.lemma(token), pos)
            for t, w in (own.types.items() if own is not None else ()):
                f["lexlem=" + t] = w
    quad = QUAD.get(top, top)
    f[f"lextop={top}|pos={pos}"] = 1.0
    f["quad=" + quad] = 1.0
    if modal:
        f[f"lextop={top}|modal={modal}"] = 1.0
        f[f"quad={quad}|modal={modal}"] = 1.0
    if negated:
        f[f"lextop={top}|neg"] = 1.0
        f[f"quad={quad}|neg"] = 1.0
    if passive:
        f[f"lextop={top}|passive"] = 1.0
    if stance is not None:
        stance_top = _lex_top(lexicon.match(stance))
        f["stance_lex=" + stance_top] = 1.0
        f[f"stance_lex={stance_top}|lextop={top}"] = 1.0
        f[f"stance_lex={stance_top}|quad={quad}"] = 1.0
    if reported_by is not None:
        f[f"reported|lextop={top}"] = 1.0
        f[f"reported|quad={quad}"] = 1.0
        if modal:
            f[f"reported|modal={modal}"] = 1.0
    for comp in comps[:2]:
        comp_top = _lex_top(lexicon.match(comp)) if comp.pos_ in ("VERB", "NOUN") else "UNK"
        f["comp_lex=" + comp_top] = 1.0
        f[f"comp_lex={comp_top}|lextop={top}"] = 1.0
    if pos == "NOUN" and head.i != token.i:
        gov_top = _lex_top(lexicon.match(head)) if head.pos_ == "VERB" else "UNK"
        f["gov_lex=" + gov_top] = 1.0
        f[f"gov_lex={gov_top}|lextop={top}"] = 1.0
    return f


def clause_depth(token: "Token", lexicon: "TriggerLexicon") -> int:
    """How many clauses down from the sentence's main clause the token sits ("agreed to WITHDRAW": 1).

    A noun counts from the verb it hangs under; the clause a reporting verb ("said") governs counts
    as the main clause, since it holds what is reported.
    """
    depth = 0
    tok = token
    for _ in range(8):
        head = tok.head
        if head.i == tok.i:
            break
        if tok.dep_ in CLAUSE_DEPS and tok.dep_ != "conj" and not lexicon.is_reporting(head.lemma_.lower()):
            depth += 1
        tok = head
    return depth


def _dep_path(token: "Token", ancestor: "Token") -> str:
    deps: list[str] = []
    while token.i != ancestor.i and token.head.i != token.i and len(deps) < MAX_UP:
        deps.append(token.dep_)
        token = token.head
    return ">".join(deps)


def no_event_weight(match: "LexMatch | None") -> float:
    """How much of the lexicon's weight says *no event* (missing weight counts as no event)."""
    if match is None:
        return 1.0
    events = sum(w for t, w in match.types.items() if t not in NO_EVENT)
    return max(0.0, 1.0 - events)
