"""A small store for the web tests: the hand-built sample records, a second version, and a hostile article."""

from __future__ import annotations

from sidelines.model.record import Entity, Event, EventActor, Explanation, Quote, Record
from sidelines.store import open_store
from test_store_samples import geneva_record, mention, sample_records, span

HOSTILE_TEXT = (
    "Minister Tomas Vell of Ardenia rejected the proposal on Friday. "
    "\u201cWe print <script>window.__pwned = 1</script> as it came,\u201d Vell said. "
    "A second line read <img src=x onerror=\"window.__pwned = 2\"> in the statement."
)


def hostile_record() -> Record:
    """An article whose text, title and names hold markup that must show as text."""
    t = HOSTILE_TEXT
    vell = Entity(id="e1", name="Tomas Vell", type="PERSON", country="ARD",
                  mentions=[mention(t, "Tomas Vell"), mention(t, "Vell", 1)],
                  explanation=Explanation(extractor="entities", rule="spacy",
                                          decisions={"country": "entities: read from <a title>"}))
    odd = Entity(id="e2", name="<b>Ardenia</b>", type="GPE", mentions=[mention(t, "Ardenia")])
    quote = Quote(id="q1", speaker="e1", speaker_mention=span(t, "Vell", 1), cue=span(t, "said"),
                  content=span(t, "We print <script>window.__pwned = 1</script> as it came,"), direct=True,
                  explanation=Explanation(extractor="quotes", rule="after",
                                          decisions={"speaker": "quotes: an entity mention over the phrase's head"}))
    event = Event(id="ev1", type="REJECT", actors=[EventActor(entity="e1", role="source")],
                  evidence=[span(t, "rejected the proposal")], confidence=0.8,
                  explanation=Explanation(extractor="events", rule="verb 'reject' with a subject"))
    return Record(id="hostile-1", text=t, title="Vell <script>window.__pwned = 3</script> rejects",
                  publisher="Test <i>Daily</i>", published="2025-05-02", entities=[vell, odd], quotes=[quote],
                  events=[event], url="javascript:window.__pwned=4")


def geneva_v2() -> Record:
    """The Geneva article again, with one more sentence (a second version)."""
    first = geneva_record()
    extra = " Berg said the next meeting would be in Oslo."
    text = first.text + extra
    q = Quote(id="q3", speaker="e1", speaker_mention=span(text, "Berg", 2), cue=span(text, "said", 1),
              content=span(text, "the next meeting would be in Oslo"), direct=False)
    return first.model_copy(update={"text": text, "quotes": [*first.quotes, q]})


def build_web_store(path: str) -> str:
    """Write the records to a SQLite store at ``path``; return the path."""
    with open_store(path) as store:
        store.write([*sample_records(), hostile_record()])
        store.write([geneva_v2()])
    return path
