"""People's names are no places: the tokens of the article's person mentions and of its byline names.

A reporter's or a politician's surname is often also a town's name ("By Aiko Iwata", "Kenta Yaizu
... Yaizu and Moreira signed"). The NER does not always tag such a word as a person, but the
entities layer links it to a person named in full, and the byline names its authors; none of those
words is read as a place.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sidelines.gazetteer.index import ADMIN1_KIND
from sidelines.lexicon.titles import TITLE_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sidelines.gazetteer import GazetteerEntry
    from sidelines.model.document import Document


# How sure a token is a person's: an author's name in the byline, a multi-word mention, a one-word one.
BYLINE, FULL_NAME, SURNAME = 3, 2, 1


def person_tokens(doc: "Document", parsed: "Doc") -> dict[int, int]:
    """Indices of the tokens inside a person's name, each with how sure it is a person's.

    BYLINE: a token of an author's full name where the text writes it ("By Aiko Iwata").
    FULL_NAME: a token of a multi-word mention of a person ("Kenta Yaizu"). SURNAME: a one-word
    mention ("Yaizu") of a person the article names in full; a civic noun after it or a country of
    that name may still make it a place.
    """
    found: dict[int, int] = {}

    def add(start: int, end: int, level: int) -> None:
        span = parsed.char_span(start, end, alignment_mode="expand")
        if span is None:
            return
        # Words before a title in the mention name its domain, not the person ("Tarvo Mayor Ivan Petrov").
        first = max((t.i + 1 for t in span if t.text.lower() in TITLE_HEADS), default=span.start)
        for k in range(first, span.end):
            found[k] = max(found.get(k, 0), level)

    for entity in doc.layers.get("entities") or ():
        if getattr(entity, "type", None) != "PERSON":
            continue
        names = [(m.start, m.end) for m in entity.mentions if getattr(m, "kind", "name") == "name"]
        multi = [" " in doc.text[start:end].strip() for start, end in names]
        if not any(multi):
            continue  # a one-word "person" may be a place the NER mislabelled
        for (start, end), firm in zip(names, multi, strict=True):
            add(start, end, FULL_NAME if firm else SURNAME)
    for author in getattr(doc, "authors", None) or ():
        if " " not in author.strip():
            continue
        for hit in re.finditer(rf"(?<!\w){re.escape(author.strip())}(?!\w)", doc.text):
            add(hit.start(), hit.end(), BYLINE)
    return found


def plain_province(text: str, entry: "GazetteerEntry") -> bool:
    """Whether the name is an accented province's plain spelling ("Falcon" for Falcón state).

    Read for a person-tagged word or an article's surname, such a spelling is the person's name.
    """
    return text.isascii() and entry.feature == ADMIN1_KIND and not entry.name.isascii()
