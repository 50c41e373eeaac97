"""Verbs of taking land that only the derived CAMEO lexicon lists: "annexed the strip", "occupied the town".

The rules list the common verbs of seizing ("seize", "take"); the lexicon derived from the CAMEO verb
dictionaries (``scripts/build_trigger_lexicon.py``) codes more of them by their own codes, 171 (seize or
damage property) and 192 (occupy territory): "annex", "occupy", "recapture", "wrest". In any text (a
one-sentence report too), in a clause where no other mention was found, such a verb becomes a COERCE
mention (rule ``lexicon:verb:<lemma>``) when

* its subject is a party (:func:`.lexicon_triggers.is_party`: a state, a body, a group, a person; or a
  generic actor noun, :func:`.groups.side_words`: "forces", "rebels"), and
* its object is land or a site: a named place (a state, a region, a building) or a noun of places, land and
  buildings (:data:`.bound_demonyms.PLACE_NOUNS`: "the town", "a border post"), also after "of" ("the
  town of X"), and
* it tells an act, not a habit or a state: no simple present ("herders occupy the desert every year"),
  no verb of dwelling ("families had inhabited the island for centuries"), and
* the sentence is no election story ("the party captured the district in the municipal elections").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.eventtype import load_lexicon
from sidelines.extractors.actors.bound_demonyms import PLACE_NOUNS
from sidelines.extractors.actors.groups import side_words
from sidelines.extractors.actors.local_groups import LOCAL_CROWDS
from sidelines.extractors.events.candidates import EventCandidate
from sidelines.extractors.events.lexicon_triggers import in_trigger_clause, is_party
from sidelines.extractors.lookup import lemma_of
from sidelines.lexicon import plover as lex
from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# CAMEO codes of taking land or property: 171 seize or damage property, 192 occupy territory.
TAKING_CODES = frozenset({"171", "192"})
# Entity types of a named place: a state or region, a natural place, a site.
PLACE_ENTITY_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Tags of the simple present, which tells a habit or a state ("settlers inhabit the hills").
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# Verbs of dwelling the lexicon codes as occupying (192): they tell where people live, not a taking.
DWELLING_VERBS = frozenset({"inhabit", "reside", "infest", "populate", "dwell"})
# Words of winning at the polls (lemmas): "captured the district" in a count of seats or votes cast.
VOTE_WORDS = frozenset({
    "election", "ballot", "seat", "electoral", "poll", "constituency", "runoff", "midterm", "voter", "landslide",
})


def takes_land(lemma: str) -> bool:
    """Whether the lexicon codes a verb, by its own codes alone, as taking property or territory."""
    entry = load_lexicon().verb_entry(lemma)
    if entry is None or entry.get("source") != "own":
        return False
    codes = set(entry.get("codes") or {})
    return bool(codes) and codes <= TAKING_CODES and set(entry.get("types") or {}) == {"COERCE"}


def is_land(tok: "Token") -> bool:
    """A named place or a noun of places, land and buildings ("the town", "Shire", "the town of X")."""
    if tok.ent_type_ in PLACE_ENTITY_TYPES or lemma_of(tok) in PLACE_NOUNS:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and (g.ent_type_ in PLACE_ENTITY_TYPES or lemma_of(g) in PLACE_NOUNS) for g in c.children)
        for c in tok.children)


def territory_mention(tok: "Token", taken: set[int]) -> EventCandidate | None:
    """The COERCE mention of a verb of taking land with a party as subject and land as object, or None."""
    if tok.i in taken or tok.pos_ != "VERB" or tok.tag_ in PRESENT_TAGS or tok.ent_type_ in lex.NAME_ENTITY_TYPES:
        return None
    lemma = load_lexicon().lemma(tok)
    if lemma in lex.KNOWN_VERBS or lemma_of(tok) in lex.KNOWN_VERBS or lemma in DWELLING_VERBS or not takes_land(lemma):
        return None
    if any(lemma_of(t) in VOTE_WORDS for t in tok.sent):
        return None  # "the opposition captured the capital in the municipal elections": a win at the polls
    if not any(c.dep_ == "nsubj" and lemma_of(c) not in LOCAL_CROWDS and (is_party(c) or lemma_of(c) in side_words())
               for c in tok.children):
        return None  # "protesters occupied the square": a sit-in, not a seizure
    if not any(c.dep_ in ("dobj", "obj") and is_land(c) for c in tok.children):
        return None
    return EventCandidate("COERCE", "seize", tok, tok, "verb", [(tok.idx, tok.idx + len(tok))],
                          found_by_lexicon=True)


def territory_mentions(sent: "SpacySpan", cands: list[EventCandidate]) -> list[EventCandidate]:
    """Mentions of the sentence's verbs of taking land (see the module), in clauses of their own."""
    taken = {c.head.i for c in cands} | {c.verb.i for c in cands if c.verb is not None}
    triggers = [c.verb or c.head for c in cands]
    doc, pos = sent.doc, analysis_of(sent.doc).pos
    return [cand for k in range(sent.start, sent.end)
            if pos[k] == "VERB" and not in_trigger_clause(tok := doc[k], triggers)
            and (cand := territory_mention(tok, taken)) is not None]
