"""Names that are no person or organisation: letters, generation labels, towns read as people, headline runs.

* a name of one letter ("Z." from "Gen Z") or a generation label ("Gen Z", lexicon GENERATION_LABELS);
* a one-word PERSON after "in", "from" or ", of" that the gazetteer knows as a place and no other
  person's name contains ("Jane Roe, 98, of Mamaroneck");
* a PERSON in a title-case headline that the body never writes ("Karin Holm Slams Tomas Berg") is cut
  into the body's names it holds ("Karin Holm", "Tomas Berg"); the headline's verbs go.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.entities.names import NameMention
from sidelines.lexicon.titles import GENERATION_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Words before a town that a person's name never follows in that role.
PLACE_PREPOSITIONS = frozenset({"in", "from"})


def _is_place(name: str) -> bool:
    from sidelines.gazetteer import get_gazetteer

    return bool(get_gazetteer().lookup(name))


def drop_junk(parsed: "Doc", text: str, mentions: list[NameMention]) -> list[NameMention]:
    """Mentions without one-letter names and generation labels; towns read as people made places."""
    out = []
    person_words = {w for m in mentions if m.label == "PERSON" and m.j - m.i > 1
                    for w in text[m.start:m.end].split()}
    for m in mentions:
        surface = text[m.start:m.end]
        if sum(ch.isalpha() for ch in surface) <= 1 or surface.lower().rstrip(".") in GENERATION_LABELS:
            continue
        if m.label == "PERSON" and m.j - m.i == 1 and m.i > 0 and surface not in person_words:
            before = parsed[m.i - 1].lower_
            after_comma = before == "of" and m.i > 1 and parsed[m.i - 2].text == ","
            if (before in PLACE_PREPOSITIONS or after_comma) and _is_place(surface):
                m.label = "GPE"
        out.append(m)
    return out


def split_headline_people(parsed: "Doc", text: str, mentions: list[NameMention],
                          headline: tuple[int, int] | None) -> list[NameMention]:
    """Headline PERSON runs that the body never writes, cut into the body's person names they hold."""
    if headline is None:
        return mentions
    h0, h1 = headline
    body = text[h1:].lower()  # a headline in capitals writes the body's names in capitals
    names = {text[m.start:m.end].lower() for m in mentions if m.label == "PERSON" and m.start >= h1}
    names |= {n.split()[-1] for n in names}
    out: list[NameMention] = []
    for m in mentions:
        surface = text[m.start:m.end]
        if m.label != "PERSON" or not h0 <= m.start < h1 or m.j - m.i < 2 or surface.lower() in body:
            out.append(m)
            continue
        k = m.i
        while k < m.j:
            # the longest run of tokens from k that the body uses as a person's name
            for j in range(m.j, k, -1):
                if text[parsed[k].idx:parsed[j - 1].idx + len(parsed[j - 1].text)].lower() in names:
                    out.append(NameMention(parsed[k].idx, parsed[j - 1].idx + len(parsed[j - 1].text), "PERSON",
                                           k, j, source="headline"))
                    k = j
                    break
            else:
                k += 1
    return out
