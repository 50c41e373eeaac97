"""Countries of a state's bodies named with where they sit: "the Foreign Ministry in Tokyo".

News names a state's ministry, government, police or army by where it sits instead of by a demonym
("the Foreign Ministry in Tokyo", "the Ministry of Foreign Affairs in Italy", "the Interior Ministry of
Peru"). The tagger leaves the place out of the organisation's name, so the name alone says no country,
and in a story of two states the story's one country does not help either. An organisation with no
country whose name has a word for a body of a state (:data:`STATE_BODY_WORDS`) and whose head is
followed by "in/of <place>" takes the place's country (rule ``located-body``). The place stays a place:
it locates the body and acts as nothing itself. International bodies ("the UN mission in Kabul") and
bodies that only modify another noun take nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.actors.countries import INSTITUTION_WORDS, INTERNATIONAL_WORDS, CountryLookup
from sidelines.extractors.explain import decide
from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from sidelines.model.document import Document

# Words of the name of a body of a state (general English words): its legislature, government and
# ministries, and its forces. Councils, commissions, courts and assemblies are left out: sitting in a
# city, they are as often bodies of several states ("the Security Council in New York", "the Court of
# Justice in Luxembourg").
SHARED_BODY_WORDS = frozenset({"council", "commission", "court", "assembly"})
STATE_BODY_WORDS = (INSTITUTION_WORDS - SHARED_BODY_WORDS) | frozenset({
    "authorities", "administration", "police", "army", "military", "navy", "forces", "presidency",
    "junta", "regime", "office", "department",
})
# Prepositions whose object places or owns the body.
PLACING_PREPS = frozenset({"in", "of"})
# Dependencies of a name that modifies another noun: the place is that noun's.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
RULE = "the place a state's body is named with ('the Foreign Ministry in Tokyo') (located-body)"


def _placed_country(span: "Span", lookup: CountryLookup) -> str | None:
    """The country of the place in the first "in/of <place>" that follows the name, attached to its head or
    its last word ("the Ministry of Foreign Affairs in Italy")."""
    heads = {span.root.i: span.root, span[-1].i: span[-1]}
    preps = sorted((c for h in heads.values() for c in h.rights
                    if c.dep_ == "prep" and c.lower_ in PLACING_PREPS and c.i >= span.end), key=lambda t: t.i)
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and _between_subject_and_verb(after, span):
        preps.insert(0, after)
    for prep in preps:
        for pobj in (gc for gc in prep.children if gc.dep_ == "pobj"):
            iso = lookup.of_tokens([pobj, *(t for t in pobj.lefts if t.dep_ in ("compound", "amod"))])
            if iso is not None:
                return iso
    return None


def _between_subject_and_verb(prep: "Token", span: "Span") -> bool:
    """Whether ``prep`` right after a subject name hangs on the subject's verb that follows it ("the Foreign
    Ministry in Tokyo summoned ..."): the parser's slip for a modifier of the subject."""
    verb = span.root.head
    return (prep.dep_ == "prep" and prep.lower_ in PLACING_PREPS and span.root.dep_ in ("nsubj", "nsubjpass")
            and prep.head.i == verb.i and prep.i < verb.i)


def fill_located_body_countries(doc: "Document", parsed: "Doc") -> None:
    """State bodies with no country followed by "in/of <place>" take the place's country."""
    bodies = [e for e in doc.layer("entities") if e.type == "ORG" and e.country is None and any(
                  w.lower() in STATE_BODY_WORDS for w in e.name.split())
              and not any(w.lower().strip(".,()'") in INTERNATIONAL_WORDS for w in e.name.split())]
    if not bodies:
        return
    lookup = CountryLookup(doc, parsed)
    analysis = analysis_of(parsed)
    for ent in bodies:
        for m in ent.mentions:
            span = analysis.span(m.start, m.end)
            if span is None or span.root.dep_ in MODIFIER_DEPS:
                continue
            iso = _placed_country(span, lookup)
            if iso is not None:
                ent.country = iso
                decide(ent, "country", "actors", RULE)
                break
