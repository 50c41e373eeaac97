"""Entities: people, organisations and places named in the text, grouped into entities."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.base import BaseExtractor
from sidelines.model.record import Entity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sidelines.model.document import Document

# spaCy labels that are entities in the record; numbers, dates and amounts are not.
ENTITY_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"}
)


class EntityExtractor(BaseExtractor):
    """Named mentions from spaCy's NER, grouped by type and name (surnames join full names)."""

    name = "entities"
    version = "v1"
    requires = ()
    produces = ("entities",)

    def __call__(self, doc: "Document", parsed: "Doc") -> None:
        text = doc.text
        groups: dict[tuple[str, str], list[Mention]] = {}
        for ent in parsed.ents:
            if ent.label_ not in ENTITY_LABELS:
                continue
            start, end = ent.start_char, ent.end_char
            if text[start:end].lower().startswith("the "):
                start += 4
            if text[start:end].endswith(("'s", "’s")):
                end -= 2
            if end <= start:
                continue
            key = (ent.label_, text[start:end].lower())
            groups.setdefault(key, []).append(Mention.of(text, start, end))
        # A lone surname joins the person whose full name ends with it.
        persons = [k for k in groups if k[0] == "PERSON" and " " in k[1]]
        for key in [k for k in groups if k[0] == "PERSON" and " " not in k[1]]:
            owners = [p for p in persons if p[1].split()[-1] == key[1]]
            if len(owners) == 1:
                groups[owners[0]].extend(groups.pop(key))
        entities = []
        for i, ((label, _), mentions) in enumerate(
            sorted(groups.items(), key=lambda kv: min(m.start for m in kv[1])), start=1
        ):
            mentions.sort(key=lambda m: m.start)
            name = max((m.text for m in mentions), key=len)
            entities.append(Entity(id=f"e{i}", name=name, type=label, mentions=mentions))  # type: ignore[arg-type]
        doc.layers["entities"] = entities
