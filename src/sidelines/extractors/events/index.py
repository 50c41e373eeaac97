"""EntityIndex: token -> entity ids (and literal places) of one document, as the events extractor sees them.

It only reads: the entities' countries and the group actors were settled by the ``actors``
extractor, and a pronoun's entity by the coreference of the ``entities`` extractor (its pronoun and
nominal mentions are entity mentions like names). The byline's authors and the dateline's names are no actors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sidelines.extractors.actors.authors import author_ids
from sidelines.extractors.actors.countries import actor_type, country_of_name
from sidelines.extractors.actors.groups import PATIENT_RULE, PEOPLE_RULE
from sidelines.model.record import STATED_KINDS
from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sidelines.model.document import Document

# Entity types that can act in an event.
ACTOR_TYPES = ("PERSON", "ORG", "GPE", "NORP")
# The pronouns by which a speaker names themself in their own words.
FIRST_PERSON_SINGULAR = frozenset({"i", "me", "my", "myself"})
QUOTED_SELF_RULE = "quoted-self"


class EntityIndex:
    """Token -> entity ids (and places) of one document; the byline's author is no actor.

    It only reads the entities layer: their countries and the group actors were settled by the
    ``actors`` extractor.
    """

    def __init__(self, doc: "Document", parsed: "Doc") -> None:
        self.doc = doc
        self.parsed = parsed
        analysis = analysis_of(parsed, doc)
        authors = author_ids(doc)
        # The dateline ("KYIV, May 3 (Reuters) -") names where and by whom, never a side.
        furniture = (doc.dateline.start, doc.dateline.end) if doc.dateline is not None else (0, 0)
        self.types: dict[str, str] = {}
        self.names: dict[str, str] = {}
        self.by_token: dict[int, list[str]] = {}
        # Generic sides that are only ever acted on ("14 people", "the victims").
        self.patients: set[str] = set()
        # Plain people ("three men", "passengers"): sides, but no party that anchors an event alone.
        self.plain_people: set[str] = set()
        # Sides written with a name somewhere ("Ben Carson", "NATO"), not only as a noun or pronoun.
        self.named: set[str] = set()
        # How often each side is mentioned: the article's main actors are mentioned again and again.
        self.mention_counts: dict[str, int] = {}
        # Each side's country, and the sides that name a country itself ("Poland", "Polish").
        self.countries: dict[str, str] = {}
        self.nations: set[str] = set()
        for ent in doc.layer("entities"):
            if ent.id in authors:
                continue
            if ent.explanation is not None and ent.explanation.rule == PATIENT_RULE:
                self.patients.add(ent.id)
            if ent.explanation is not None and ent.explanation.rule == PEOPLE_RULE:
                self.plain_people.add(ent.id)
                self.patients.add(ent.id)  # "detained three men": a side acted on, not a doer
            self.types[ent.id] = actor_type(ent)
            if any(m.kind == "name" for m in ent.mentions):
                self.named.add(ent.id)
            self.mention_counts[ent.id] = len(ent.mentions)
            if ent.country:
                self.countries[ent.id] = ent.country
                if ent.type in ("GPE", "NORP") and country_of_name(ent.name) == ent.country:
                    self.nations.add(ent.id)
            self.names[ent.id] = ent.name
            for m in ent.mentions:
                if furniture[0] <= m.start and m.end <= furniture[1]:
                    continue
                span = analysis.span(m.start, m.end)
                for i in range(span.start, span.end) if span is not None else ():
                    self.by_token.setdefault(i, []).append(ent.id)
        self.quoted_self: dict[int, str] = {}
        self._speakers_first_person(analysis)
        self.places: dict[int, Any] = {}
        for place in doc.layer("places"):
            if getattr(place, "kind", "literal") != "literal":
                continue
            span = analysis.span(place.start, place.end)
            for i in range(span.start, span.end) if span is not None else ():
                self.places[i] = place

    def _speakers_first_person(self, analysis: Any) -> None:
        """A first-person singular pronoun inside a direct statement is its speaker (rule quoted-self).

        ("'I prefer X,' she said": she prefers X.) Only a pronoun the entities layer left unresolved
        takes the speaker, and only a speaker that can act (a side of this index).
        """
        for quote in self.doc.layer("quotes"):
            if not quote.direct or quote.kind not in STATED_KINDS or quote.speaker not in self.types:
                continue
            span = analysis.span(quote.content.start, quote.content.end)
            for i in range(span.start, span.end) if span is not None else ():
                if self.parsed[i].lower_ in FIRST_PERSON_SINGULAR and i not in self.by_token:
                    self.by_token[i] = [quote.speaker]
                    self.quoted_self[i] = quote.speaker

    def quoted_self_in(self, tokens: Any, actors: set[str]) -> list[str]:
        """The ``actors`` that a speaker's own first-person pronoun over ``tokens`` stands for."""
        return list(dict.fromkeys(
            self.quoted_self[t.i] for t in tokens if self.quoted_self.get(t.i) in actors))

    def actors_in(self, tokens: list["Token"], types: tuple[str, ...] = ACTOR_TYPES) -> list[str]:
        """Entity ids mentioned over the tokens, in text order, of the given types."""
        out: list[str] = []
        for tok in sorted(tokens, key=lambda t: t.i):
            for eid in self.by_token.get(tok.i, ()):
                if eid not in out and self.types.get(eid) in types:
                    out.append(eid)
        return out
