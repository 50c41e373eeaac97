"""The table view of one extracted record (``sidelines extract --format table``)."""

from __future__ import annotations

from io import StringIO

from rich.console import Console

from sidelines.model.record import (
    DateRange,
    Entity,
    Event,
    EventActor,
    EventLocation,
    Mention,
    Quote,
    Record,
    Span,
)
from sidelines.render import record_table

TEXT = ("Karin Holm met Tomas Berg in Oslo. He said the fishing agreement between the two neighbouring "
        "countries would certainly survive the coming winter storms and the long quarrel over quotas that "
        "has divided the fleets for a decade. Holm did not sign the deal. "
        "Berg will visit Bergen next week.")


def _span(piece: str) -> Span:
    start = TEXT.index(piece)
    return Span(start=start, end=start + len(piece), text=piece)


def _shown(record: Record) -> str:
    out = StringIO()
    Console(file=out, width=400).print(record_table(record))
    return out.getvalue()


def _record() -> Record:
    holm = Entity(id="e1", name="Karin Holm", type="PERSON", mentions=[Mention(**_span("Karin Holm").model_dump())])
    berg = Entity(id="e2", name="Tomas Berg", type="PERSON", mentions=[Mention(**_span("Tomas Berg").model_dump())])
    content = _span("the fishing agreement between the two neighbouring countries would certainly survive the "
                    "coming winter storms and the long quarrel over quotas that has divided the fleets for a decade")
    quote = Quote(speaker="e2", speaker_mention=_span("He"), cue=_span("said"), content=content, direct=False)
    unsigned = Event(id="ev1", type="AGREE", actors=[EventActor(entity="e1", role="source")],
                     polarity="negative", date=DateRange(start="2026-03-02", end="2026-03-02"),
                     location=EventLocation(name="Oslo"), evidence=[_span("did not sign the deal")])
    visit = Event(id="ev2", type="CONSULT", actors=[EventActor(entity="e2", role="source")], modality="planned",
                  location=EventLocation(name="Bergen"), evidence=[_span("will visit Bergen")])
    return Record(id="t", text=TEXT, entities=[holm, berg], quotes=[quote], events=[unsigned, visit])


def test_table_gives_the_resolved_speaker_not_the_pronoun():
    shown = _shown(_record())
    assert "Tomas Berg: the fishing agreement" in shown
    assert "He: " not in shown


def test_table_cuts_quotes_at_whole_words():
    line = next(x for x in _shown(_record()).splitlines() if "fishing agreement" in x)
    shown = line.split("Tomas Berg: ", 1)[1].rstrip(" │|")
    assert shown.endswith("…")
    assert all(w in TEXT.split() for w in shown.rstrip("…").split()), shown


def test_table_gives_event_date_place_polarity_and_modality():
    shown = _shown(_record())
    unsigned = next(x for x in shown.splitlines() if "AGREE" in x)
    assert "not" in unsigned and "2026-03-02" in unsigned and "Oslo" in unsigned
    visit = next(x for x in shown.splitlines() if "CONSULT" in x)
    assert "planned" in visit and "Bergen" in visit


def test_table_marks_an_unresolved_pronoun_speaker():
    record = _record()
    record.quotes[0].speaker = None
    shown = _shown(record)
    assert "? (He): the fishing" in shown
    assert "│ He: " not in shown


def test_table_marks_a_polls_finding():
    record = _record()
    record.quotes[0].kind = "finding"
    shown = _shown(record)
    assert "Tomas Berg [finding]: the fishing" in shown


def test_table_marks_a_stance():
    record = _record()
    record.quotes[0].kind = "stance"
    assert "Tomas Berg [stance]: the fishing" in _shown(record)
