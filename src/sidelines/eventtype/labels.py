"""The labels of the event typer: the 16 PLOVER types, NONE, and the lexicon's no-event pseudo-types."""

from __future__ import annotations

# The 16 PLOVER event types, in the manual's order.
TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
NONE = "NONE"
# What the classifier predicts: a type, or no event.
LABELS: tuple[str, ...] = TYPES + (NONE,)
# Lexicon evidence of no event: CAMEO 01 (statements), 02 (appeals) and patterns coded "---".
NO_EVENT = frozenset({"STATEMENT", "APPEAL", "NULL"})

# The coarse CAMEO classes of Multi-CoPED (REQUEST and no event read as class 0).
CLASS_OF: dict[str, int] = {
    NONE: 0, "REQUEST": 0,
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2, "CONCEDE": 2,
    "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "SANCTION": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}


def coarse_class(label: str | None) -> int:
    """The Multi-CoPED class of a predicted type (None or NONE: class 0)."""
    return CLASS_OF.get(label or NONE, 0)
