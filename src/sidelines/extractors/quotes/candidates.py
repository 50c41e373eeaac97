"""QuoteCandidate, a quote under construction, and QuoteRules, what the finders read."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sidelines.extractors.quotes.marks import Region

if TYPE_CHECKING:
    from sidelines.extractors.quotes.config import QuotesConfig


@dataclass
class QuoteCandidate:
    """A quote under construction, before ids and speakers are resolved."""

    start: int
    end: int
    direct: bool
    cue: tuple[int, int] | None = None
    speaker: tuple[int, int] | None = None
    speaker_head: int | None = None
    cue_token: int | None = None
    after_cue: bool = False
    rule: str = ""
    regions: list[Region] = field(default_factory=list)
    #: "statement", "stance" for a bare noun phrase a cue acts on ("announced his endorsement"), or
    #: "writer" for the story's own voice ("I think ...").
    kind: str = "statement"
    #: The rule that chose the speaker phrase, where it is not the cue's own subject ("" otherwise).
    speaker_rule: str = ""
    #: What its words were judged ("finding", "stance", "statement"), the decisions that judging made and the
    #: fields it read: a mixed clause judged before its quoted words are split off is not judged again when it
    #: is written unchanged (``quotes.kinds.kind_of``).
    judged: tuple[tuple[object, ...], str, dict[str, str]] | None = field(default=None, repr=False, compare=False)

    def continued(self, start: int, end: int, regions: list[Region], rule: str) -> "QuoteCandidate":
        """The next part of a quotation cut by its cue: a quote of its own with this one's cue and speaker."""
        return QuoteCandidate(start, end, self.direct, cue=self.cue, speaker=self.speaker,
                              speaker_head=self.speaker_head, cue_token=self.cue_token, rule=rule,
                              regions=regions, kind=self.kind)


@dataclass(frozen=True)
class QuoteRules:
    """The word lists of one QuoteExtractor (overridable per instance) and its Config."""

    reporting_verbs: frozenset[str]
    quoting_verbs: frozenset[str]
    object_cue_verbs: frozenset[str]
    stance_nouns: frozenset[str]
    config: QuotesConfig
    #: Verbs whose object is only ever a stance ("voiced his support for X"), never a statement.
    stance_verbs: frozenset[str] = frozenset()
    #: Verbs that open a reporting frame: reporting verbs and verbs whose object is the content.
    frame_verbs: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "frame_verbs", self.reporting_verbs | self.object_cue_verbs | self.stance_verbs)
