"""Events: verbs only the learned typer finds pass the same non-event checks as the rules' verbs (made-up text)."""

from __future__ import annotations

import pytest


class _SureTyper:
    """A stand-in typer that reads every verb as a sure trigger of one type."""

    def __init__(self, etype: str) -> None:
        self.etype = etype

    def candidates(self, sent):
        return [tok for tok in sent if tok.pos_ == "VERB"]

    def score(self, tok):
        from sidelines.eventtype import NONE, TypedTrigger

        return TypedTrigger(tok.i, tok.text, tok.idx, tok.idx + len(tok), tok.lemma_, self.etype, None, 0.9,
                            "classifier", probs={self.etype: 0.9, NONE: 0.1})

    def find(self, sent):
        return [self.score(tok) for tok in self.candidates(sent)]


def _typer_verbs(nlp, text: str, etype: str) -> list[str]:
    from sidelines.extractors.events.config import EventsConfig
    from sidelines.extractors.events.typer import typer_mentions

    sent = next(iter(nlp(text).sents))
    return [c.head.lower_ for c in typer_mentions(sent, [], _SureTyper(etype), EventsConfig())]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "verb", "kept"),
    [
        ("The moderator grilled Councillor Ivo Tamm about the bus fares.", "grilled", False),
        ("The envoy grilled Councillor Ivo Tamm about the bus fares.", "grilled", True),
    ],
)
def test_events_typer_verb_passes_the_non_event_checks(nlp, text, verb, kept) -> None:
    assert (verb in _typer_verbs(nlp, text, "CONSULT")) is kept


def test_events_typer_fallback_passes_the_non_event_checks(nlp) -> None:
    from sidelines.extractors.events.typer import fallback_mention

    doc = nlp("The moderator grilled Councillor Ivo Tamm about the bus fares.")
    assert fallback_mention(list(doc.sents), _SureTyper("CONSULT"), 0.5) is None  # type: ignore[arg-type]
    doc = nlp("The envoy grilled Councillor Ivo Tamm about the bus fares.")
    cand = fallback_mention(list(doc.sents), _SureTyper("CONSULT"), 0.5)  # type: ignore[arg-type]
    assert cand is not None and cand.head.lower_ == "grilled"
