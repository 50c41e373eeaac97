"""EventCandidate: one mention of an event in one sentence, before merging, and how actors join it.

Every step of the events extractor reads and fills these: triggers create them, arguments give
them actors, status sets polarity and modality, mentions add place, date and confidence, merge
pools the mentions of one event and turns them into the record's ``Event``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sidelines.model.record import DateRange, EventContext, EventLocation

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass
class EventCandidate:
    """An event mention in one sentence, before merging."""

    type: str
    mode: str | None
    head: "Token"
    verb: "Token | None"
    kind: str
    evidence: list[tuple[int, int]]
    actors: dict[str, str] = field(default_factory=dict)
    polarity: str = "positive"
    modality: str | None = None
    confidence: float = 0.5
    date: DateRange | None = None
    location: EventLocation | None = None
    context: EventContext | None = None
    topics: list[str] = field(default_factory=list)
    stance_of: "EventCandidate | None" = None
    noun: "Token | None" = None
    obligation: bool = False
    # How sure the trigger typer is that this is an event, and of this type (0 when not asked).
    typer_event: float = 0.0
    typer_type: float = 0.0
    # Whether the typer changed the rules' type, or found the mention the rules missed.
    retyped: bool = False
    found_by_typer: bool = False
    # Whether the derived CAMEO lexicon found the mention, the rules' own lists not naming the verb.
    found_by_lexicon: bool = False
    # Whether a stance trigger found the mention ("was critical of X", "voted for X": :mod:`.stance_triggers`).
    found_by_stance: bool = False
    # Whether a naming verb's judging label found the mention ("called X a coward": :mod:`.labels`).
    found_by_label: bool = False
    # Whether the subject undergoes the act, which comes "from" another party ("faced criticism from X").
    undergone: bool = False
    # Whether the event judges a hostile act its object names ("condemned the shooting": :mod:`.judged_acts`):
    # what is judged is named, so one side is no gap.
    judges_act: bool = False
    # Whether a demand asks for an act not to be done ("X must not sign": the REQUEST stays positive).
    asked_not: bool = False
    # Names of the side rules that gave the event a side (written to the record's explanation).
    side_rules: set[str] = field(default_factory=set)
    # Names of the rules that changed the event's type after it was found (written to the explanation).
    type_rules: set[str] = field(default_factory=set)

    @property
    def self_contained(self) -> bool:
        """Whether the event's one side is all it needs: a stance trigger's ("dropped his bid") or a
        judgement of an act it names ("condemned the shooting")."""
        return self.found_by_stance or self.judges_act

    @property
    def rule(self) -> str:
        """The rule that found the mention: how the trigger was found and its word(s)."""
        words = [(self.verb or self.head).lemma_.lower()]
        if self.noun is not None and self.noun.i != (self.verb or self.head).i:
            words.append(self.noun.lemma_.lower())
        stance = "+stance" if self.stance_of is not None else ""
        source = ("typer:" if self.found_by_typer else "lexicon:" if self.found_by_lexicon
                  else "stance:" if self.found_by_stance else "label:" if self.found_by_label else "")
        typed = "+retyped" if self.retyped else ""
        asked_not = "+not" if self.asked_not else ""
        return f"{source}{self.kind}:{'+'.join(words)}{stance}{asked_not}{typed}"

    def roles(self, *names: str) -> set[str]:
        """Entity ids that take any of the given roles."""
        return {e for e, r in self.actors.items() if r in names}


def add_actor(cand: EventCandidate, ids: list[str], role: str) -> None:
    """Give entities a role in an event; a main role (source, target, ...) replaces "attendee"."""
    for eid in ids:
        if eid not in cand.actors or (cand.actors[eid] == "attendee" and role != "attendee"):
            cand.actors[eid] = role


def add_actor_by(cand: EventCandidate, ids: list[str], role: str, rule: str) -> None:
    """:func:`add_actor`, noting ``rule`` on the event when it gives a side the event did not have."""
    if any(eid not in cand.actors for eid in ids):
        cand.side_rules.add(rule)
    add_actor(cand, ids, role)
