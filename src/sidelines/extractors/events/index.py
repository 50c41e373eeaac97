"""EntityIndex: token -> entity ids (and literal places) of one document, as the events extractor sees them.

It only reads: the entities' countries and the group actors were settled by the ``actors``
extractor. The byline's authors and the dateline's names are no actors; a singular pronoun resolves to the nearest
earlier person within ``pronoun_window`` characters.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Any

from sidelines.extractors.actors.authors import author_ids
from sidelines.extractors.actors.countries import actor_type
from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sidelines.model.document import Document

# Entity types that can act in an event.
ACTOR_TYPES = ("PERSON", "ORG", "GPE", "NORP")
# Pronouns resolved to the nearest earlier person ("it" and plurals too often stand for things).
PRONOUN_TYPES = {"he": ("PERSON",), "she": ("PERSON",), "his": ("PERSON",), "her": ("PERSON",),
                 "him": ("PERSON",)}


class EntityIndex:
    """Token -> entity ids (and places) of one document; the byline's author is no actor.

    It only reads the entities layer: their countries and the group actors were settled by the
    ``actors`` extractor.
    """

    def __init__(self, doc: "Document", parsed: "Doc", pronoun_window: int) -> None:
        self.doc = doc
        self.pronoun_window = pronoun_window
        self.parsed = parsed
        analysis = analysis_of(parsed, doc)
        authors = author_ids(doc)
        # The dateline ("KYIV, May 3 (Reuters) -") names where and by whom, never a side.
        furniture = (doc.dateline.start, doc.dateline.end) if doc.dateline is not None else (0, 0)
        self.types: dict[str, str] = {}
        self.names: dict[str, str] = {}
        self.by_token: dict[int, list[str]] = {}
        self.mentions: list[tuple[int, str]] = []
        for ent in doc.layer("entities"):
            if ent.id in authors:
                continue
            self.types[ent.id] = actor_type(ent)
            self.names[ent.id] = ent.name
            for m in ent.mentions:
                if furniture[0] <= m.start and m.end <= furniture[1]:
                    continue
                span = analysis.span(m.start, m.end)
                if span is None:
                    continue
                for tok in span:
                    self.by_token.setdefault(tok.i, []).append(ent.id)
                self.mentions.append((m.start, ent.id))
        self.mentions.sort()
        self.places: dict[int, Any] = {}
        for place in doc.layer("places"):
            if getattr(place, "kind", "literal") != "literal":
                continue
            for tok in analysis.span(place.start, place.end) or ():
                self.places[tok.i] = place

    def actors_in(self, tokens: list["Token"], types: tuple[str, ...] = ACTOR_TYPES) -> list[str]:
        """Entity ids mentioned over the tokens, in text order, of the given types."""
        out: list[str] = []
        for tok in sorted(tokens, key=lambda t: t.i):
            for eid in self.by_token.get(tok.i, ()):
                if eid not in out and self.types.get(eid) in types:
                    out.append(eid)
        return out

    def recent_actor(self, tok: "Token", exclude: frozenset[str] = frozenset()) -> list[str]:
        """The nearest earlier entity a singular pronoun can stand for, other than ``exclude``."""
        types = PRONOUN_TYPES.get(tok.lower_)
        if not types:
            return []
        pos = bisect.bisect_left(self.mentions, (tok.idx, ""))
        for start, eid in reversed(self.mentions[max(0, pos - 40):pos]):
            if tok.idx - start > self.pronoun_window:
                break
            if self.types.get(eid) in types and eid not in exclude:
                return [eid]
        return []
