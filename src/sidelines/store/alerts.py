"""Writing watch alerts: one row per rule match, kept once however often the document is re-read."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from sidelines.store import schema
from sidelines.store.base import Store


@dataclass
class Alert:
    """A watch-rule match: the rule, what matched (``match_key``), in which document version, and the details."""

    rule: str
    kind: str
    doc_id: str
    version: int
    match_key: str
    summary: str
    data: dict[str, Any] = field(default_factory=dict)
    created_at: str = ""
    id: int | None = None

    def as_json(self) -> dict[str, Any]:
        """The alert as a JSON object (what stdout, the alerts file and the webhook get)."""
        return {"id": self.id, "rule": self.rule, "kind": self.kind, "document": self.doc_id, "version": self.version,
                "created_at": self.created_at, "summary": self.summary, **self.data}


def record_alert(store: Store, alert: Alert) -> bool:
    """Keep an alert unless the same rule matched the same thing in this document before; True when new."""
    d, al = schema.documents, schema.alerts
    alert.created_at = alert.created_at or datetime.now(UTC).isoformat(timespec="seconds")
    with store.writer() as conn:
        key = conn.execute(select(d.c.key).where(d.c.doc_id == alert.doc_id).limit(1)).scalar_one_or_none()
        values = {"rule": alert.rule, "kind": alert.kind, "doc_key": key or alert.doc_id, "doc_id": alert.doc_id,
                  "version": alert.version, "match_key": alert.match_key, "summary": alert.summary,
                  "data": json.dumps(alert.data, ensure_ascii=False), "created_at": alert.created_at}
        # RETURNING rather than rowcount: a driver may give -1 for an INSERT that returns rows.
        inserted = conn.execute(store.backend.insert(al).values(**values).on_conflict_do_nothing()
                                .returning(al.c.id)).first()
    if inserted is None:
        return False
    alert.id = int(inserted[0])
    return True
