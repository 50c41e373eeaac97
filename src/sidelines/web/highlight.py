"""The article view's text: the record's spans (entity mentions, quotes, speakers, event evidence) as marked pieces.

Spans overlap (a quote holds a mention), so the text is cut at every span boundary and each
piece carries the set of marks covering it; the template escapes each piece's text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sidelines.model.record import Record


@dataclass
class Mark:
    """What covers a stretch of text: a CSS class, a title, a link, and the anchor its first piece carries."""

    kind: str
    label: str
    link: str | None = None
    anchor: str | None = None


@dataclass
class Piece:
    """A stretch of text with the marks over it (innermost last) and the anchors that start here."""

    text: str
    marks: list[Mark] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)

    @property
    def classes(self) -> str:
        """The CSS classes of the piece."""
        return " ".join(sorted({m.kind for m in self.marks}))

    @property
    def title(self) -> str:
        """What the piece is, for a tooltip."""
        return "; ".join(dict.fromkeys(m.label for m in self.marks))

    @property
    def link(self) -> str | None:
        """The link of the innermost linked mark."""
        return next((m.link for m in reversed(self.marks) if m.link), None)


def spans(record: Record, actors: dict[str, str] | None = None) -> list[tuple[int, int, Mark]]:
    """Every span the article view marks, with its mark; ``actors`` (entity id -> actor name) gives the links."""
    out: list[tuple[int, int, Mark]] = []
    names = {e.id: e.name for e in record.entities}
    actors = actors or {}
    for e in record.entities:
        link = "/actors/" + actors[e.id] if e.id in actors else None
        for m in e.mentions:
            out.append((m.start, m.end, Mark("entity", f"{e.name} ({e.type}, {m.kind})", link)))
    for i, q in enumerate(record.quotes):
        qid = q.id or f"q{i + 1}"
        speaker = names.get(q.speaker or "") or (q.speaker_mention.text if q.speaker_mention else "unknown")
        out.append((q.content.start, q.content.end, Mark("quote", f"quote {qid} by {speaker}", anchor=f"quote-{qid}")))
        if q.speaker_mention:
            link = "/actors/" + actors[q.speaker] if q.speaker in actors else None
            out.append((q.speaker_mention.start, q.speaker_mention.end, Mark("speaker", f"speaker of {qid}", link)))
        if q.cue:
            out.append((q.cue.start, q.cue.end, Mark("cue", f"cue of {qid}")))
    for ev in record.events:
        for k, s in enumerate(ev.evidence):
            out.append((s.start, s.end, Mark("evidence", f"evidence of {ev.id} ({ev.type})",
                                               anchor=f"evidence-{ev.id}" if k == 0 else None)))
    return [(s, e, m) for s, e, m in out if 0 <= s < e <= len(record.text)]


def pieces(record: Record, actors: dict[str, str] | None = None) -> list[Piece]:
    """The text cut at every span boundary, each piece with the marks covering it (outer spans first)."""
    found = spans(record, actors)
    cuts = sorted({0, len(record.text), *(s for s, _, _ in found), *(e for _, e, _ in found)})
    # Longer spans first, so inner spans (a mention inside a quote) come last and win the link.
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        covering = [m for s, e, m in found if s <= lo and hi <= e]
        covering.sort(key=lambda m: 0 if m.kind in {"quote", "evidence"} else 1)
        anchors = [m.anchor for s, _, m in found if s == lo and m.anchor]
        out.append(Piece(record.text[lo:hi], covering, anchors))
    return out


#: The most characters of context shown on each side of a piece of evidence.
CONTEXT = 160


def around(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The sentence around ``text[start:end]``: (before, the span, after), cut at sentence ends or ``CONTEXT``."""
    lo = max(0, start - CONTEXT)
    for stop in (". ", "\n", "? ", "! "):
        at = text.rfind(stop, lo, start)
        if at >= 0:
            lo = max(lo, at + len(stop))
    hi = min(len(text), end + CONTEXT)
    for stop in (". ", "\n", "? ", "! "):
        at = text.find(stop, end, hi)
        if at >= 0:
            hi = min(hi, at + 1)
    return text[lo:start].lstrip(), text[start:end], text[end:hi].rstrip()
