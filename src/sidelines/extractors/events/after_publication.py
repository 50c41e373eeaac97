"""Acts to come: an act told in the present and dated after the day of publication is planned.

"The council meets again next month", "the minister travels to Oslo on Friday" in a story of an
earlier day tell an act that has not taken place; PLOVER's status is then planned (hypothetical in
the articles gold), not real. An act told in the past keeps its status (a time after publication
there is the planned act's, and the dates step leaves it off), and so does every act of a text
without a date of publication, and every act of a headline, which tells past acts in the present
("Rebels seize border town on Sunday" in Monday's paper).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.lookup import doc_text, line_of

if TYPE_CHECKING:
    from sidelines.extractors.events.candidates import EventCandidate

RULE = "status:after-publication"
# Tags of a verb told in the past ("met", "had met", "was held").
PAST_TAGS = frozenset({"VBD", "VBN"})


def planned_after_publication(cand: "EventCandidate", published: str | None) -> bool:
    """Make a real act dated wholly after ``published`` (ISO day) planned; whether it did so."""
    if cand.modality is not None or not published or cand.date is None or not cand.date.start:
        return False
    if cand.date.start[:10] <= published[:10]:
        return False
    anchor = cand.verb if cand.verb is not None else cand.head
    if line_of(anchor) == 0 and doc_text(anchor.doc).partition("\n")[2].strip():
        return False  # a headline: no tense to read
    if anchor.tag_ in PAST_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in PAST_TAGS
                                       for c in anchor.children):
        return False
    cand.modality = "planned"
    return True
