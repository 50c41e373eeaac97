"""Print query results as a table, JSON, JSON lines or CSV: one helper for every store command.

Rows are the typed rows of ``sidelines.query.rows`` (or plain mappings): a nested row shows in
a table cell as its type says (``Row.as_cell``), never by guessing from its keys.

Also the table view of one extracted record (``sidelines extract --format table``): resolved speakers,
quotes cut at whole words, and events with their date, place, negation and modality.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from sidelines.query.rows import Row, to_jsonable

if TYPE_CHECKING:
    from sidelines.model.record import Event, Quote, Record

MAX_CELL = 300
PIPE_WIDTH = 160
# Longest quote shown in a record's table, in characters; cut at a word boundary.
MAX_QUOTE = 120
# Confidence features worth naming when set, in the order shown by ``--explain``.
EXPLAINED_FEATURES = ("has_source", "has_target", "complete", "no_actor", "negative", "modal", "in_quote", "headline",
                      "stance", "weak_trigger")
# Speaker mentions that say nothing on their own ("he", "who"): shown only beside a "?".
BARE_SPEAKERS = frozenset({"he", "she", "they", "it", "who", "which", "that", "i", "we", "you", "him", "her"})


class OutputFormat(StrEnum):
    """The output formats of the commands that read the store."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def _console(out: TextIO) -> Console:
    """A console on ``out``: the terminal's width, or a wide page when output goes to a file or pipe."""
    console = Console(file=out if out is not sys.stdout else None)
    if not console.is_terminal:
        console = Console(file=out if out is not sys.stdout else None, width=PIPE_WIDTH)
    return console


# C0 and C1 control characters (ESC starts terminal sequences: screen clears, window titles,
# OSC 8 links; U+009B is a one-character CSI) and the bidi overrides that reorder a line.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# A CSV cell a spreadsheet would run as a formula (OWASP's list).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def terminal_safe(text: str) -> str:
    """``text`` with control characters shown as ``\\xNN`` escapes, so that none reaches a terminal raw."""
    if not CONTROL.search(text):
        return text
    return CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def csv_safe(value: Any, text: str) -> str:
    """A CSV cell that no spreadsheet reads as a formula: text starting with = + - @ gets a leading '."""
    return "'" + text if isinstance(value, str) and text.startswith(FORMULA_START) else text


def cell(value: Any) -> str:
    """A value as one table or CSV cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.3g}"
    if isinstance(value, Row):
        return value.as_cell()
    if isinstance(value, list):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(to_jsonable(value), ensure_ascii=False)
    return str(value)


def _plain(row: Mapping[str, Any]) -> Any:
    """A row as plain JSON values."""
    return to_jsonable(row) if isinstance(row, Row) else to_jsonable(dict(row))


def _columns(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        for key in row:
            seen.setdefault(key, None)
    return list(seen)


def rows_table(rows: Sequence[Mapping[str, Any]], title: str | None = None,
               columns: Sequence[str] | None = None) -> Table:
    """A Rich table of rows (long cells cut; text from articles is never read as Rich markup)."""
    cols = list(columns or _columns(rows))
    table = Table(title=Text(terminal_safe(title)) if title else None, show_lines=False)
    for col in cols:
        table.add_column(Text(terminal_safe(col)), overflow="fold")
    for row in rows:
        table.add_row(*[Text(terminal_safe(cell(row.get(c))[:MAX_CELL])) for c in cols])
    return table


def render_rows(rows: Sequence[Mapping[str, Any]], fmt: OutputFormat, *, title: str | None = None,
                columns: Sequence[str] | None = None, out: TextIO | None = None) -> None:
    """Print rows in one of the output formats (tables on a Rich console, the rest as plain text)."""
    out = out or sys.stdout
    if fmt is OutputFormat.json:
        out.write(json.dumps([_plain(row) for row in rows], ensure_ascii=False, indent=2) + "\n")
    elif fmt is OutputFormat.jsonl:
        for row in rows:
            out.write(json.dumps(_plain(row), ensure_ascii=False) + "\n")
    elif fmt is OutputFormat.csv:
        cols = list(columns or _columns(rows))
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([csv_safe(c, c) for c in cols])
        for row in rows:
            writer.writerow([csv_safe(v, json.dumps(to_jsonable(v), ensure_ascii=False)
                                      if isinstance(v, (list, dict, Row)) else cell(v))
                             for v in (row.get(c) for c in cols)])
    else:
        _console(out).print(rows_table(rows, title, columns))


def render_object(obj: Mapping[str, Any], fmt: OutputFormat, *, title: str | None = None,
                  out: TextIO | None = None) -> None:
    """Print one object: fields as a two-column table, lists of objects as tables of their own."""
    out = out or sys.stdout
    if fmt in (OutputFormat.json, OutputFormat.jsonl):
        indent = 2 if fmt is OutputFormat.json else None
        out.write(json.dumps(_plain(obj), ensure_ascii=False, indent=indent) + "\n")
        return
    if fmt is OutputFormat.csv:
        render_rows([{k: v for k, v in obj.items()}], fmt, out=out)
        return
    console = _console(out)
    head = Table(title=Text(terminal_safe(title)) if title else None, show_header=False)
    head.add_column("field", style="bold")
    head.add_column("value", overflow="fold")
    nested: list[tuple[str, list[Mapping[str, Any]]]] = []
    for key, value in obj.items():
        if isinstance(value, list) and value and all(isinstance(v, Mapping) for v in value):
            nested.append((key, value))
        else:
            head.add_row(Text(terminal_safe(key)), Text(terminal_safe(cell(value)[:MAX_CELL * 3])))
    console.print(head)
    for key, value in nested:
        console.print(rows_table(value, title=key))


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, with "…" when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return (text[:cut] if cut > 0 else text[:limit]).rstrip(" ,;:") + "…"


def speaker_label(quote: "Quote", names: Mapping[str, str]) -> str:
    """Who said it: the resolved speaker's name, else the mention as written ("? (he)" for a bare pronoun)."""
    if quote.speaker and quote.speaker in names:
        return names[quote.speaker]
    mention = quote.speaker_mention.text if quote.speaker_mention else ""
    if not mention:
        return "?"
    return f"? ({mention})" if mention.lower() in BARE_SPEAKERS else mention


def event_label(event: "Event", names: Mapping[str, str]) -> str:
    """An event as one line: type, negation and modality, actors, date and place."""
    status = " ".join(x for x in ("not" if event.polarity == "negative" else "", event.modality or "") if x)
    actors = ", ".join(f"{names.get(a.entity, a.entity)} ({a.role})" for a in event.actors)
    when = ""
    if event.date and event.date.start:
        same = event.date.end in (None, event.date.start)
        when = f" on {event.date.start}" if same else f" {event.date.start}..{event.date.end}"
    where = f" in {event.location.name}" if event.location else ""
    return f"{event.type}{f' [{status}]' if status else ''}{when}{where}: {actors or '-'}"


def event_reason(event: "Event") -> str:
    """Why an event is there: its confidence, the extractor and rule that made it, what the score rests on."""
    why = event.explanation
    if why is None:
        return f"confidence {event.confidence:.2f}"
    signals = ", ".join(name for name in EXPLAINED_FEATURES if why.features.get(name))
    reason = f"confidence {event.confidence:.2f} by {why.extractor}, rule {why.rule}"
    return reason + (f" ({signals})" if signals else "")


def record_table(record: "Record", *, explain: bool = False) -> Table:
    """A short human view of one record (article text is shown as is, never read as Rich markup).

    With ``explain`` each event also says its confidence and the rule that made it.
    """
    names = {e.id: e.name for e in record.entities}
    rows: list[tuple[str, str]] = []
    for e in record.entities:
        roles = "; ".join(r.title + (f" ({r.affiliation})" if r.affiliation else "") for r in e.roles)
        rows.append(("entity", f"{e.type} {e.name}" + (f" [{e.country}]" if e.country else "")
                     + (f" — {roles}" if roles else "")))
    for q in record.quotes:
        kind = f" [{q.kind}]" if q.kind != "statement" else ""
        rows.append(("quote", f"{speaker_label(q, names)}{kind}: {shorten(q.content.text, MAX_QUOTE)}"))
    for ev in record.events:
        rows.append(("event", event_label(ev, names) + (f" — {event_reason(ev)}" if explain else "")))
    for t in record.times:
        rows.append(("time", f"{t.text} = {t.value}"))
    for p in record.places:
        rows.append(("place", f"{p.text} -> {p.name} [{p.country}] ({p.kind})"))
    table = Table(title=Text(terminal_safe(f"{record.id}: {record.title or ''}")), show_lines=False)
    table.add_column("layer")
    table.add_column("what")
    for layer, what in rows:
        table.add_row(layer, Text(terminal_safe(what)))
    return table
