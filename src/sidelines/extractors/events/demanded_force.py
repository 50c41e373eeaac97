"""Force demanded against a party: "the militia must be destroyed" threatens the militia, asks nothing of it.

An obligation on an act ("X must leave", "the ban must be lifted") is a REQUEST of whoever is to act. An
obligation on a violent act in the passive names its victim as subject ("the group must be destroyed",
"the rebels have to be crushed"): the speaker demands violence against that party, a threat of force
(PLOVER THREATEN, mode violence) with the victim as target, not a request made of it. A negated one
("civilians must not be attacked") asks for restraint: it stays a REQUEST.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.lexicon import plover as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.events.candidates import EventCandidate

FORCE_RULE = "demanded force: an obligation on a violent act in the passive threatens its victim"


def obliged_type(cand: "EventCandidate", anchor: "Token") -> tuple[str, str | None]:
    """The (type, mode) of an obligation on ``cand``'s act: THREATEN for a passive violent act (noted on
    the event as :data:`FORCE_RULE`), else a REQUEST of the act."""
    if FORCE_RULE in cand.type_rules:
        return cand.type, cand.mode  # read once already (the trigger's clause, then the reporting verb's)
    if cand.type == "ASSAULT" and any(c.dep_ in ("auxpass", "nsubjpass") for c in anchor.children) and not any(
            c.dep_ == "neg" for c in anchor.children):
        cand.type_rules.add(FORCE_RULE)
        return "THREATEN", lex.STANCE_MODES["THREATEN"].get(cand.type)
    return "REQUEST", lex.STANCE_MODES["REQUEST"].get(cand.type, "change")
