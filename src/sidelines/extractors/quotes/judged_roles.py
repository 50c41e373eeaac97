"""Where the content of an evaluation verb's object ends ("praised X as a visionary").

An object cue of evaluation ("endorsed", "criticized", "accused"; ``TARGET_OBJECT_VERBS``) judges its noun-phrase
object, and the adjuncts after it ("at a rally in Ohio") are no part of what it judges. A preposition of the
judged role is: "as" names what the object is held to be ("hailed the deal as a breakthrough"), "for" and "of"
the ground of the judgement ("criticized the governor for the delay", "accused the mayor of fraud"). Derived
on the PolNeAR tune half (``scripts/count_polnear_cues.py --judged``): of the prepositions right after such an
object, these are the ones the gold content takes in at least 10 times and 5 times as often as it leaves them
out ("for" 50 to 4, "of" 33 to 0, "as" 24 to 1; "in" 11 to 8, "during" 1 to 6).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions after a judged object that say what it is judged to be or why.
JUDGED_ROLE_PREPS = frozenset({"as", "for", "of"})


def judged_end(verb: "Token", first: "Token") -> int:
    """End offset of a judged object ``first`` of ``verb``, with the role phrases that follow it at once."""
    last = first.right_edge
    for c in verb.rights:
        if c.i <= last.i:
            continue
        objects = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
        # "criticized the board for weeks": a time phrase says how long, not why.
        if c.dep_ == "prep" and c.lower_ in JUDGED_ROLE_PREPS and c.left_edge.i == last.i + 1 and objects \
                and not any(g.ent_type_ in ("DATE", "TIME") for g in objects):
            last = c.right_edge
        else:
            break
    return last.idx + len(last.text)
