"""How a record becomes the rows of the per-document tables, and comes back from its stored JSON.

Also what makes a value storable in any database (lone surrogates, NUL), and the evidence
sentence stored beside each quote.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from typing import Any

from sidelines.model.document import content_digest
from sidelines.model.layers import BUILTIN_LAYERS, record_model
from sidelines.model.record import ErrorRecord, Record
from sidelines.resolve.actors import Observation, date_of, observations_from_record
from sidelines.store import schema

SENTENCE_END = re.compile(r"[.!?][\"'”’»)\]]*\s+|\n")
EVIDENCE_REACH = 400



@dataclass
class Prepared:
    """A record as the store writes it: its JSON, columns, table rows and actor observations.

    Made where the record was extracted (an ingest worker), so that the one writer neither
    decodes the record nor walks it. ``rows`` and ``observations`` name no document row
    (``doc`` is None) until ``for_row`` gives them the row the writer inserted.
    """

    id: str
    url: str | None
    digest: str                 # record_hash
    text: str
    exact: str                  # the record as JSON, without its text (stored once, in documents.text)
    columns: dict[str, Any]     # the metadata columns of its documents row, published_date included
    rows: dict[str, list[dict[str, Any]]]
    observations: list[Observation]
    entities: int
    quotes: int
    events: int

    @property
    def has_nul(self) -> bool:
        """Whether the record holds a NUL character, which some databases cannot store as text."""
        return "\\u0000" in self.exact or "\x00" in self.text

    def record(self) -> Record:
        """The record itself, decoded again."""
        return record_from_row(self.exact, self.text)

    def for_row(self, doc: int) -> tuple[dict[str, list[dict[str, Any]]], list[Observation]]:
        """The table rows and observations of this record stored as document row ``doc``.

        The rows are this record's own, given ``doc`` in place (a batch written again, after
        the database refused it, gives them their new row).
        """
        for table in self.rows.values():
            for row in table:
                row["doc"] = doc
        return self.rows, [replace(o, ref=replace(o.ref, doc=doc)) for o in self.observations]


def prepare_record(record: Record) -> Prepared:
    """What the store writes for a record (see ``Prepared``)."""
    columns = {**metadata_columns(record), "published_date": date_of(record.published) or date_of(record.updated)}
    return Prepared(
        id=record.id, url=record.url, digest=record_hash(record), text=record.text,
        exact=record.model_dump_json(exclude={"text"}), columns=columns,
        rows=document_rows(record, None), observations=observations_from_record(record, None),
        entities=len(record.entities), quotes=len(record.quotes), events=len(record.events),
    )


def record_hash(record: Record) -> str:
    """The content digest of a record."""
    return content_digest(record.text, record.title, record.published, record.updated)


def evidence_sentence(text: str, start: int, end: int) -> str:
    """The sentence(s) around ``text[start:end]``, found by punctuation within a bounded reach."""
    lo = max(0, start - EVIDENCE_REACH)
    last = None
    for m in SENTENCE_END.finditer(text, lo, start):
        last = m
    s = last.end() if last else lo
    after = SENTENCE_END.search(text, end, min(len(text), end + EVIDENCE_REACH))
    e = after.start() + len(after.group().rstrip()) if after else min(len(text), end + EVIDENCE_REACH)
    return text[s:e].strip()


def without_nul(record: Record, as_json: str) -> Record:
    """The record with NUL characters replaced, for databases whose text cannot hold them.

    Only the derived rows use it; the exact record is stored as JSON, where NUL is escaped.
    """
    if "\\u0000" not in as_json:
        return record
    return type(record).model_validate_json(as_json.replace("\\u0000", "\ufffd"))


def storable_text(value: str) -> str:
    """``value`` as any database can hold it: lone surrogates escaped, NUL replaced."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value = value.encode("utf-8", "backslashreplace").decode("utf-8")
    return value.replace("\x00", "\ufffd")


def storable_failure(error: ErrorRecord) -> ErrorRecord:
    """A failure whose id, message and source the database can hold, whatever the input held."""
    return error.model_copy(update={
        "id": storable_text(error.id), "error": storable_text(error.error),
        "source": storable_text(error.source) if error.source is not None else None,
    })


def record_from_row(record_json: str, text: str) -> Record:
    """The exact record from its stored JSON and the document text."""
    data = json.loads(record_json)
    data.setdefault("text", text)
    model = record_model()
    return record_model([k for k in data if k not in model.model_fields]).model_validate(data)


def metadata_columns(record: Record) -> dict[str, Any]:
    """The metadata columns of a ``documents`` row (``schema.METADATA_COLUMNS``; lists as JSON)."""
    values = {name: getattr(record, name) for name in schema.METADATA_COLUMNS}
    return {name: to_json(v) if isinstance(v, list) else v for name, v in values.items()}


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def document_rows(record: Record, doc: int | None) -> dict[str, list[dict[str, Any]]]:
    """The rows of every per-document table for one record stored as document row ``doc``."""
    names = {e.id: e.name for e in record.entities}
    rows: dict[str, list[dict[str, Any]]] = {t.name: [] for t in schema.DOCUMENT_TABLES}
    for e in record.entities:
        rows["entities"].append({"doc": doc, "entity_id": e.id, "name": e.name, "type": e.type,
                                 "country": e.country, "kb_id": e.kb_id})
        rows["mentions"] += [{"doc": doc, "entity_id": e.id, "start": m.start, "end": m.end, "text": m.text,
                              "kind": m.kind} for m in e.mentions]
        rows["roles"] += [{"doc": doc, "entity_id": e.id, "title": r.title, "affiliation": r.affiliation}
                          for r in e.roles]
    for i, q in enumerate(record.quotes):
        spans = [s for s in (q.speaker_mention, q.cue, q.content) if s is not None]
        sm, cue = q.speaker_mention, q.cue
        rows["quotes"].append({
            "doc": doc, "ord": i, "quote_id": q.id, "speaker": q.speaker, "speaker_name": names.get(q.speaker or ""),
            "speaker_start": sm.start if sm else None, "speaker_end": sm.end if sm else None,
            "speaker_text": sm.text if sm else None,
            "cue_start": cue.start if cue else None, "cue_end": cue.end if cue else None,
            "cue_text": cue.text if cue else None,
            "content_start": q.content.start, "content_end": q.content.end, "content": q.content.text,
            "direct": q.direct, "kind": q.kind,
            "evidence": evidence_sentence(record.text, min(s.start for s in spans), max(s.end for s in spans)),
        })
    published = date_of(record.published) or date_of(record.updated)
    for ev in record.events:
        start = date_of(ev.date.start) if ev.date else None
        rows["events"].append({
            "doc": doc, "event_id": ev.id, "type": ev.type, "mode": ev.mode,
            "date_start": date_of(ev.date.start) if ev.date else None,
            "date_end": date_of(ev.date.end) if ev.date else None,
            "location_name": ev.location.name if ev.location else None,
            "location_place": ev.location.place if ev.location else None,
            "context_name": ev.context.name if ev.context else None,
            "context_entity": ev.context.entity if ev.context else None,
            "topics": to_json(ev.topics), "polarity": ev.polarity, "modality": ev.modality,
            "confidence": ev.confidence, "sort_date": start or published,
        })
        rows["event_actors"] += [{"doc": doc, "event_id": ev.id, "entity_id": a.entity, "role": a.role}
                                 for a in ev.actors]
        rows["event_evidence"] += [{"doc": doc, "event_id": ev.id, "start": s.start, "end": s.end, "text": s.text}
                                   for s in ev.evidence]
    rows["times"] = [{"doc": doc, "start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
                     for t in record.times]
    rows["places"] = [{"doc": doc, "place_id": p.id, "start": p.start, "end": p.end, "text": p.text, "name": p.name,
                       "kind": p.kind, "lat": p.lat, "lon": p.lon, "country": p.country, "geonameid": p.geonameid}
                      for p in record.places]
    rows["layer_items"] = layer_item_rows(record, doc)
    return rows


def plugin_layer_names(record: Record) -> list[str]:
    """The layers of a record that are not built in (a plugin extractor's), in field order."""
    return [name for name in type(record).model_fields if name not in Record.model_fields
            and name not in BUILTIN_LAYERS]


def layer_item_rows(record: Record, doc: int | None) -> list[dict[str, Any]]:
    """One ``layer_items`` row per item of each plugin layer: the item as JSON, and its offsets if it has them."""
    rows = []
    for layer in plugin_layer_names(record):
        for i, item in enumerate(getattr(record, layer)):
            data = item if isinstance(item, dict) else item.model_dump(mode="json")
            start, end = data.get("start"), data.get("end")
            rows.append({"doc": doc, "layer": layer, "ord": i, "data": to_json(data),
                         "start": start if isinstance(start, int) else None,
                         "end": end if isinstance(end, int) else None})
    return rows
