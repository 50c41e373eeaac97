"""What a trigger verb's dependents tell: its particle, the nouns after its prepositions, the children its
event needs, material aid given, people released, an object at all, material support."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.object_acts import on_bail_people
from sidelines.extractors.events.people_words import is_people
from sidelines.extractors.events.quantities import counted_noun
from sidelines.extractors.lookup import lemma_of
from sidelines.lexicon import plover as lex

if TYPE_CHECKING:
    from spacy.tokens import Token


def particle(tok: "Token") -> str | None:
    """The particle of a phrasal verb ("shot down", "gave in"), lower-cased, else None."""
    for child in tok.children:
        if child.dep_ == "prt":
            return child.lower_
    return None


def prep_nouns(verb: "Token") -> list[tuple["Token", str]]:
    """The noun after a preposition on a verb, with the preposition ("went on strike", "took to the streets")."""
    return [(g, c.lower_) for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "to")
            for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]


def has_required(verb: "Token", needs: frozenset[str]) -> bool:
    """Whether a verb has a child its event needs (a label, a preposition, a joint subject; an
    infinitive after an object hung as an adverbial clause is an xcomp: "pressed X to approve")."""
    has_object = any(c.dep_ in ("dobj", "obj") for c in verb.children)
    for child in verb.children:
        if child.dep_ == "ccomp" and has_object and "dobj" not in needs:
            continue  # "..., the company charged a higher fee": a price, no charge
        if child.dep_ in needs or (child.dep_ in ("prep", "prt") and child.lower_ in needs):
            return True
        if "xcomp" in needs and has_object and child.dep_ == "advcl" and child.i > verb.i and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        ):
            return True
        if child.dep_ == "nsubj" and "nsubj+conj" in needs and (
            list(child.conjuncts) or child.tag_ in ("NNS", "NNPS") or child.lower_ in ("they", "we")
        ):
            return True
    return False


def gives_aid(verb: "Token") -> bool:
    """A giving verb tells AID with a material object ("medicine", "aid", a sum of money) or a named
    recipient ("to X", "provided X with Y")."""
    for child in verb.children:
        if child.dep_ in ("dative", "prep") and (child.dep_ == "dative" or child.lower_ == "to") and any(
            g.ent_type_ in ("GPE", "NORP", "ORG") for g in child.subtree
        ):
            return True
        if child.dep_ in ("dobj", "obj") and any(g.ent_type_ in ("GPE", "NORP", "ORG") for g in child.subtree) and any(
            c.dep_ == "prep" and c.lower_ == "with" for c in [*verb.children, *child.children]
        ):
            # "provided the army with vehicles": the recipient as object, the goods after "with".
            return True
        if child.dep_ in ("dobj", "obj", "nsubjpass") and child.ent_type_ == "MONEY":
            # "provided $10 million": a sum given is aid.
            return True
        if child.dep_ in ("dobj", "obj") and child.ent_type_ in ("GPE", "NORP", "ORG") and lemma_of(verb) == "help":
            return True
        if child.dep_ in ("dobj", "obj", "nsubjpass"):
            words = [child, counted_noun(child), *(g for c in child.children if c.dep_ == "prep" and c.lower_ == "of"
                                                   for g in c.children)]
            words += [c for c in child.children if c.dep_ in ("compound", "amod")]
            if any(lemma_of(w) in lex.AID_OBJECTS for w in words):
                return True
    return False


def releases_people(verb: "Token") -> bool:
    """Whether a release verb frees people ("released twelve hostages", "freed him"), not things.

    PLOVER's RETREAT by release is of persons (CAMEO 0841); "released his tax returns", "released
    the figures" tell no event. The released side is a name, a personal pronoun or a group noun.
    """
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if not nouns and passive_conjunct(verb):
        # "the fishermen, held for 100 days, have been freed": a passive conjunct shares its head's subject.
        nouns = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    nouns += [n for c in nouns for n in c.conjuncts] + on_bail_people(verb)
    # "hundreds of prisoners", "three of the hostages": the people are in the "of" phrase.
    nouns += [g for c in nouns for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    return any(is_people(n) or n.pos_ == "NUM" for n in nouns)


def has_object(verb: "Token") -> bool:
    """Whether a verb has an object, a passive subject, a dative or a complement clause."""
    return any(c.dep_ in ("dobj", "obj", "nsubjpass", "dative", "xcomp", "ccomp", "attr") for c in verb.children) or (
        passive_conjunct(verb)) or bool(on_bail_people(verb))


def passive_conjunct(verb: "Token") -> bool:
    """A passive verb coordinated with a clause whose subject it shares ("were held and have been freed")."""
    return verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


# Modifiers that make support material ("military support", "financial backing"): AID, not SUPPORT.
MATERIAL_MODIFIERS = frozenset({"military", "financial", "material", "logistical", "logistic", "humanitarian",
                                "economic", "technical", "medical", "monetary", "budgetary", "food", "air"})


def is_material(noun: "Token") -> bool:
    """Whether a support noun is material support ("military support", "$45m support")."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in MATERIAL_MODIFIERS for c in noun.children):
        return True
    # A sum before the noun ("$45 million support", "€45m support").
    return any(t.ent_type_ == "MONEY" or t.tag_ == "$" for t in noun.subtree if t.i < noun.i)
