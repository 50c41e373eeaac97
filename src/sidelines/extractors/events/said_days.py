"""How a speaker's later saying finds the day of the telling it goes on with (rules ``speaker_goes_on`` and
``named_speaker_goes_on``, issue #11).

A report tells an interview or a debate on a day ("Kovac told reporters on Tuesday ...") and then quotes the
speaker again and again ("'Marek lied to us,' Kovac said."). The nearest dated sentence before such a saying
dates it only when it is the speaker's own telling or act. A sentence whose times are all plans after the day of
publication ("Voters go to the polls in November", "'We will win in November,' she said") tells no scene of the
report, so it is passed over on the way back; any other time stops the search, a past time inside a direct quote
too (what the speaker then tells may belong to that other time: tried, it dated more undated events). A named
speaker's saying ("Kovac said", "Kovac told", "Kovac added") goes on with their interview over a longer reach unless
it names an occasion of its own ("said in an interview"), and a pronoun speaker of a saying after their own act on a
day across one paragraph break too (a quote often opens its own paragraph, but not after more background); an act
other than a saying keeps the shorter reach and its paragraph. A plan sentence that names a person stops the search
(the pronoun may be theirs).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sidelines.extractors.events.story_day import after_publication
from sidelines.extractors.lookup import sent_of

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from sidelines.extractors.events.dates import DateResolver

# Verbs of saying that a quote's attribution uses ("..., she said", "he told reporters", "she added").
ATTRIBUTION_VERBS = frozenset({"say", "tell", "add"})
# How many sentences back a saying may look for the day of its speaker's telling.
SAYING_REACH = 24


def is_saying(anchor: "Token") -> bool:
    """Whether the act is a saying in the simple past ("said", "told", "added")."""
    return anchor.tag_ == "VBD" and anchor.lemma_.lower() in ATTRIBUTION_VERBS


def reach_of(anchor: "Token", reach: int) -> int:
    """How many sentences back the act looks: the longer reach for a saying."""
    own_occasion = any(c.dep_ == "prep" for c in anchor.children)  # "said in an interview", "told ... at a rally"
    return max(reach, SAYING_REACH) if is_saying(anchor) and not own_occasion else reach


def tells_a_scene(resolver: "DateResolver", found: "list[tuple[SpacySpan, Any]]") -> bool:
    """Whether a sentence's times date a scene of the report: not all of them are plans starting after the day of
    publication."""
    published = resolver.published
    if any(e.label_ == "PERSON" for e in sent_of(found[0][0].root).ents):
        return True  # a plan of a named person stops the search: a pronoun after it may be theirs
    return not published or not all(after_publication(t.value, published) for _, t in found)
