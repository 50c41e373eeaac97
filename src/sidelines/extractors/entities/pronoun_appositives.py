"""A title in apposition to a person's pronoun: "X arrived on Monday. She, the country's finance minister, said".

The pronoun stands for the person (coreference put it in their cluster), so a title set off by commas right
after it ("He, the former governor, said nothing") is that person's, read as an appositive of a name is
(rule pronoun_appositive). Only a comma right after the pronoun and an ``appos`` title head after it count:
"He, too, said" or "he said" before a title elsewhere give nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.entities.names import NameMention
from sidelines.extractors.entities.title_words import is_description, is_title_head
from sidelines.lexicon.titles import RELATIONS

if TYPE_CHECKING:
    from spacy.tokens import Span

    from sidelines.extractors.entities.roles import RoleFinding, RoleReader


def pronoun_appositive(reader: "RoleReader", span: "Span") -> "RoleFinding | None":
    """The title in apposition to the pronoun ``span`` ("She, the finance minister,"), or None."""
    doc = span.doc
    pronoun = span.root
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None
    if not any(c.dep_ == "appos" and c.i > span.end and (is_title_head(c) or c.lower_ in RELATIONS or is_description(c))
               for c in pronoun.children):
        return None
    return reader.appositive(NameMention(span.start_char, span.end_char, "PERSON", span.start, span.end,
                                         source="pronoun"))
