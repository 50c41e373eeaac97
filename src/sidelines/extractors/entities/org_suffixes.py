"""Names ending in a word of a business or institution are organisations, not people ("Tessel Labs").

spaCy now and then reads a two-word name whose last word is a plural or institutional noun as a person:
"Greg Holton, co-founder of Tessel Labs," gives two people, and the title's domain then blocks the role. A
name read as a person whose last word is one of a closed class of company and institution endings, written
with a capital, is an organisation. The class keeps out endings that are also surnames ("Court", "Post",
"Banks", "Group"). A name followed by an age (", 34,") is a person's, as news writes ages of people only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.entities.names import NameMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Last words of company and institution names that are not surnames.
ORG_ENDINGS = frozenset({
    "labs", "laboratories", "laboratory", "initiative", "institute", "foundation", "holdings", "industries",
    "technologies", "ventures", "associates", "enterprises", "systems", "solutions", "inc", "corp", "ltd",
    "llc", "plc", "corporation", "incorporated", "pharmaceuticals", "therapeutics", "university",
})


def relabel_org_endings(parsed: "Doc", mentions: list[NameMention]) -> None:
    """A person's name that ends in a capitalised company or institution word is an organisation."""
    for m in mentions:
        if m.label != "PERSON" or m.j - m.i < 2 or m.country is not None:
            continue
        last = parsed[m.j - 1]
        if not (last.text[:1].isupper() and last.lower_.rstrip(".") in ORG_ENDINGS):
            continue
        if not _followed_by_age(parsed, m.j):  # "Gwen Enterprises, 34, was charged": a person's age
            m.label = "ORG"


def _followed_by_age(parsed: "Doc", j: int) -> bool:
    """Whether the name ending before token j is followed by an age set off by commas (", 34,")."""
    if j + 2 >= len(parsed) or parsed[j].text != ",":
        return False
    age = parsed[j + 1]
    return age.text.isdigit() and 0 < int(age.text) < 120 and parsed[j + 2].text in (",", ";")
