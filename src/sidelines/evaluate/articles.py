"""Whole articles: exhaustive per-article gold (tests/golden/articles/README.md) against whole records.

A gold folder holds one JSON file per article. Each has an ``id`` and, optionally, ``text``,
``title``, ``published`` and ``publisher``; without ``text`` the article is looked up by id in a
corpus JSONL file (``--corpus``). The matching rules are the contract's, read literally:

- An actor (entity) meets an alias list when its name or one of its ``name`` mentions equals an
  alias, or one of the two holds the other as a whole word of four letters or more. Comparisons
  ignore case and runs of white space. "A whole word" is read as whole words: the shorter string
  must sit in the longer one between word boundaries ("Ryabkov" in "Sergei Ryabkov", "White House"
  in "White House spokesman"), and it needs at least four letters ("UN" only ever matches by
  equality). Other mention kinds (nominals, pronouns) and the entity's ``aliases`` are not used.
- A predicted event matches a gold event when its type is one of the gold ``types``, every side the
  gold names (a null or empty list names none) is among its actors (source: role source or
  participant; target: target or participant; each party of ``participants``: any role but
  attendee), and its status agrees. Negative polarity reads as negated, a modality as
  hypothetical, anything else as real; a real gold event needs a real prediction, a negated or
  hypothetical one accepts either non-real status.
- A gold event is matched at most once, and a prediction at most once: the pairing is a maximum
  matching in which the more confident predictions are served first (augmenting paths), so a
  prediction only loses its gold event when another one can take its place. Predictions left over,
  duplicates included, are false positives. Precision = matched predictions / predictions;
  recall = matched real gold events / real gold events.
- Event dates (evaluate/article_dates.py), on matched pairs only: a gold ``date`` is a day, a month or
  a year, and the prediction is right when its range is that day, or lies within that month or year
  (a range with only an ``end``, "on or before", names no date). Matched events whose gold date is
  null but which the engine dates anyway are counted apart ("event dated without ground").
- Quotes: the contents share at least half of the longer one's characters (the gold content is
  located by its exact text; when it occurs more than once, the best occurrence counts); the speaker
  is right when the speaker entity meets the gold aliases, or both are absent.
- People: a gold person is found when a PERSON entity meets ``[name, *aliases]``; the role is right
  when a role title of one such entity contains the gold title or is contained in it (ignoring
  case); the country when one of them has it.
- Places: a gold place is right when a predicted place of the same name (its resolved ``name`` or
  its text, ignoring case) lies within 161 km.
- ``not_entities``: a violation is an entity named exactly so (case-sensitive).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from sidelines.errors import EvalError
from sidelines.evaluate.article_dates import score_dates
from sidelines.evaluate.article_matching import (
    _norm,
    event_failures,
    gold_status,
    match_events,
    meets,
    predicted_status,
)
from sidelines.evaluate.gold import read_jsonl_objects
from sidelines.evaluate.metrics import (
    Counts,
    DocumentResult,
    Row,
    TaskReport,
    haversine_km,
    match_one_to_one,
    overlap,
    safe_div,
    show_span,
)
from sidelines.evaluate.places import MAX_DISTANCE_KM
from sidelines.evaluate.quotes import MIN_SHARED
from sidelines.model.record import Entity, Event, Quote, Record

STATUSES = ("real", "negated", "hypothetical")
# Metadata a gold article may give; what it leaves out is taken from the corpus line.
META_FIELDS = ("title", "published", "publisher", "date")


# --- reading the gold folder ---------------------------------------------------------------


def gold_files(path: str | Path) -> list[Path]:
    """The article files of a gold folder: ``*.json`` at any depth, README files skipped, sorted."""
    root = Path(path)
    if root.is_file():
        return [root]
    if not root.is_dir():
        raise EvalError(f"cannot read {path}: no such folder", code="E602")
    files = sorted(p for p in root.rglob("*.json") if p.is_file() and not p.name.upper().startswith("README"))
    if not files:
        raise EvalError(f"{path}: no article gold files (*.json) found", code="E611")
    return files


def _corpus_index(corpus: str | Path) -> dict[str, dict[str, Any]]:
    return {str(obj.get("id")): obj for obj in read_jsonl_objects(corpus)}


def read_articles(path: str | Path, corpus: str | Path | None = None) -> list[dict[str, Any]]:
    """The gold articles of a folder (or one file), each with its ``text``, in file-name order.

    An article without ``text`` takes it, and any metadata it leaves out, from the corpus line
    with the same id.
    """
    index: dict[str, dict[str, Any]] | None = None
    golds: list[dict[str, Any]] = []
    seen: dict[str, Path] = {}
    for file in gold_files(path):
        try:
            gold = json.loads(file.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise EvalError(f"{file}: not a readable JSON file: {exc}", code="E601") from exc
        if not isinstance(gold, dict) or "id" not in gold:
            raise EvalError(f"{file}: an article gold file must be a JSON object with an 'id'", code="E609")
        gold["id"] = str(gold["id"])
        if gold["id"] in seen:
            raise EvalError(f"{file}: article id {gold['id']!r} is also used by {seen[gold['id']]}", code="E609")
        seen[gold["id"]] = file
        if not isinstance(gold.get("text"), str):
            if corpus is None:
                raise EvalError(
                    f"{file}: article {gold['id']!r} has no 'text'; pass --corpus FILE to look it up by id", code="E612"
                )
            if index is None:
                index = _corpus_index(corpus)
            line = index.get(gold["id"])
            if line is None or not isinstance(line.get("text"), str):
                raise EvalError(f"{file}: article {gold['id']!r} is not in the corpus {corpus}", code="E608")
            gold["text"] = line["text"]
            for key in META_FIELDS:
                if gold.get(key) is None and line.get(key) is not None:
                    gold[key] = line[key]
        gold["file"] = str(file)
        check_article(gold)
        golds.append(gold)
    return golds


def _need_list(gold: dict[str, Any], key: str) -> list[Any]:
    value = gold.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise EvalError(f"{gold.get('file', gold['id'])}: {key!r} must be a list", code="E609")
    return value


def check_article(gold: dict[str, Any]) -> None:
    """Refuse a gold article the scorer cannot read: wrong shapes, unknown statuses, evidence not in the text."""
    where = gold.get("file", gold["id"])
    text = gold["text"]
    for n, ev in enumerate(_need_list(gold, "events"), start=1):
        types = ev.get("types") if isinstance(ev, dict) else None
        if not isinstance(types, list) or not types:
            raise EvalError(f"{where}: event {n} needs a non-empty list 'types'", code="E609")
        if (ev.get("status") or "real") not in STATUSES:
            raise EvalError(f"{where}: event {n} has status {ev.get('status')!r}; use one of {STATUSES}", code="E609")
        for side in ("source", "target"):
            if ev.get(side) is not None and not isinstance(ev[side], list):
                raise EvalError(f"{where}: event {n}: {side!r} must be a list of aliases or null", code="E609")
        if ev.get("participants") is not None and not all(isinstance(p, list) for p in ev["participants"]):
            raise EvalError(f"{where}: event {n}: 'participants' must be a list of alias lists or null", code="E609")
        if ev.get("evidence") and ev["evidence"] not in text:
            raise EvalError(f"{where}: event {n}: evidence {ev['evidence']!r} is not in the text", code="E609")
    for n, q in enumerate(_need_list(gold, "quotes"), start=1):
        content = q.get("content") if isinstance(q, dict) else None
        if not isinstance(content, str) or not content or content not in text:
            raise EvalError(f"{where}: quote {n}: content {content!r} is not in the text", code="E609")
    for key in ("people", "places", "not_entities"):
        _need_list(gold, key)


# --- matching rules -------------------------------------------------------------------------


def occurrences(text: str, piece: str) -> list[tuple[int, int]]:
    """Every (start, end) where ``piece`` occurs in ``text`` (overlapping occurrences included)."""
    out, start = [], text.find(piece)
    while start >= 0 and piece:
        out.append((start, start + len(piece)))
        start = text.find(piece, start + 1)
    return out


def quote_weight(quote: Quote, spans: list[tuple[int, int]]) -> float:
    """Shared characters with the best gold occurrence when they share half of the longer one, else 0."""
    best = 0.0
    q_len = quote.content.end - quote.content.start
    for start, end in spans:
        shared = overlap(quote.content.start, quote.content.end, start, end)
        longer = max(q_len, end - start)
        if longer and shared >= MIN_SHARED * longer:
            best = max(best, float(shared))
    return best


def speaker_right(quote: Quote, gold_quote: dict[str, Any], entities: dict[str, Entity]) -> bool:
    """The speaker entity meets the gold aliases, or both are absent."""
    speaker = entities.get(quote.speaker) if quote.speaker else None
    aliases = gold_quote.get("speaker")
    if not aliases or speaker is None:
        return not aliases and speaker is None
    return meets(speaker, aliases)


@lru_cache(maxsize=1024)
def iso3(country: str | None) -> str | None:
    """ISO 3166-1 alpha-3 of a gold country written as a code or a name ("RUS", "RU", "Russia")."""
    if not country or not country.strip():
        return None
    from sidelines.lexicon.countries import country_by_code, country_by_name

    found = country_by_code(country) or country_by_name(country)
    return found.iso3 if found is not None else country.strip().upper()


def _title_fits(title: str, gold_title: str) -> bool:
    a, b = _norm(title), _norm(gold_title)
    return bool(a and b) and (b in a or a in b)


# --- scoring --------------------------------------------------------------------------------


@dataclass
class ArticleTally:
    """Counts over all articles."""

    events: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=dict)
    by_status: dict[str, Counts] = field(default_factory=dict)
    quotes: Counts = field(default_factory=Counts)
    speaker: list[int] = field(default_factory=lambda: [0, 0])
    people_found: list[int] = field(default_factory=lambda: [0, 0])
    role: list[int] = field(default_factory=lambda: [0, 0])
    country: list[int] = field(default_factory=lambda: [0, 0])
    places: list[int] = field(default_factory=lambda: [0, 0])
    not_entities: list[int] = field(default_factory=lambda: [0, 0])  # respected, total
    event_date: list[int] = field(default_factory=lambda: [0, 0])  # right, matched with a gold date
    undated_gold: list[int] = field(default_factory=lambda: [0, 0])  # dated anyway, matched with a null date

    def count(self, table: dict[str, Counts], key: str) -> Counts:
        return table.setdefault(key, Counts())


def _actors_view(event: Event, entities: dict[str, Entity]) -> str:
    return ", ".join(
        f"{entities[a.entity].name if a.entity in entities else a.entity}/{a.role}" for a in event.actors
    ) or "no actors"


def _event_view(event: Event, text: str, entities: dict[str, Entity]) -> str:
    where = (show_span(text, event.evidence[0].start, event.evidence[0].end, limit=100)
             if event.evidence else "(no evidence)")
    modal = f" ({event.modality})" if event.modality else ""
    return (f"{event.id} {event.type} {predicted_status(event)}{modal} conf {event.confidence:.2f} "
            f"[{_actors_view(event, entities)}] {where}")


def _gold_event_view(gold_event: dict[str, Any]) -> str:
    sides = []
    for key in ("source", "target"):
        if gold_event.get(key):
            sides.append(f"{key} {gold_event[key]}")
    for party in gold_event.get("participants") or []:
        sides.append(f"party {party}")
    label = f"{gold_event['label']!r} " if gold_event.get("label") else ""
    evidence = gold_event.get("evidence")
    return (f"{label}{'/'.join(gold_event['types'])} {gold_status(gold_event)} [{'; '.join(sides) or 'no sides'}]"
            + (f" {evidence!r}" if evidence else ""))


def _nearest(failures: list[list[str]], labels: list[str], taken: set[int]) -> str:
    """The candidate of a right type with the fewest failed conditions, and what failed (or who took it)."""
    if not failures:
        return "nothing to compare with"
    k = min(range(len(failures)), key=lambda n: (any(f.startswith("type ") for f in failures[n]), len(failures[n]), n))
    if not failures[k]:
        return f"{labels[k]} would match but is paired with another" if k in taken else f"{labels[k]} matches"
    return f"nearest {labels[k]}: " + "; ".join(failures[k])


def _score_events(
    gold: dict[str, Any], record: Record, entities: dict[str, Entity], tally: ArticleTally, doc: DocumentResult
) -> Counts:
    events = list(record.events)
    gold_events = _need_list(gold, "events")
    pairs = match_events(events, gold_events, entities)
    matched_gold = set(pairs.values())
    real = [j for j, g in enumerate(gold_events) if gold_status(g) == "real"]
    counts = Counts(tp_pred=len(pairs), n_pred=len(events),
                    tp_gold=sum(1 for j in real if j in matched_gold), n_gold=len(real))
    tally.events += counts
    for i, ev in enumerate(events):
        c = tally.count(tally.by_type, ev.type)
        c.n_pred += 1
        c.tp_pred += int(i in pairs)
        s = tally.count(tally.by_status, predicted_status(ev))
        s.n_pred += 1
        s.tp_pred += int(i in pairs)
    for j, g in enumerate(gold_events):
        status = gold_status(g)
        s = tally.count(tally.by_status, status)
        s.n_gold += 1
        s.tp_gold += int(j in matched_gold)
        if status == "real":
            for t in dict.fromkeys(g["types"]):
                c = tally.count(tally.by_type, t)
                c.n_gold += 1
                c.tp_gold += int(j in matched_gold)
    # What went wrong, for --errors.
    text = gold["text"]
    fails = [[event_failures(ev, g, entities) for ev in events] for g in gold_events]
    pred_labels = [f"{ev.id} {ev.type}" for ev in events]
    gold_labels = [repr(g.get("label") or g.get("evidence") or f"gold event {j + 1}")
                   for j, g in enumerate(gold_events)]
    for j, g in enumerate(gold_events):
        if j not in matched_gold:
            counted = "" if gold_status(g) == "real" else " (not counted in recall)"
            doc.missed.append(f"event {_gold_event_view(g)}{counted} -- "
                              f"{_nearest(fails[j], pred_labels, set(pairs))}")
    for i, ev in enumerate(events):
        if i not in pairs:
            column = [fails[j][i] for j in range(len(gold_events))]
            doc.spurious.append(f"event {_event_view(ev, text, entities)} -- "
                                f"{_nearest(column, gold_labels, matched_gold)}")
    right, ungrounded, notes = score_dates(events, gold_events, pairs, gold_labels.__getitem__)
    for mine, add in ((tally.event_date, right), (tally.undated_gold, ungrounded)):
        mine[0] += add[0]
        mine[1] += add[1]
    doc.notes.extend(notes)
    return counts


def _speaker_name(quote: Quote, entities: dict[str, Entity]) -> str:
    entity = entities.get(quote.speaker) if quote.speaker else None
    return entity.name if entity is not None else "-"


def _score_quotes(
    gold: dict[str, Any], record: Record, entities: dict[str, Entity], tally: ArticleTally, doc: DocumentResult
) -> None:
    text = gold["text"]
    gold_quotes = _need_list(gold, "quotes")
    spans = [occurrences(text, q["content"]) for q in gold_quotes]
    # The gold records statements only: a poll's finding is no quote there (its README).
    quotes = [q for q in record.quotes if q.kind == "statement"]
    pairs = match_one_to_one(quotes, list(range(len(gold_quotes))), lambda q, j: quote_weight(q, spans[j]))
    tally.quotes.add(len(pairs), len(quotes), len(gold_quotes))
    hit_p, hit_g = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, j in pairs:
        ok = speaker_right(quotes[i], gold_quotes[j], entities)
        tally.speaker[0] += int(ok)
        tally.speaker[1] += 1
        if not ok:
            said = _speaker_name(quotes[i], entities)
            doc.notes.append(f"quote speaker {said!r} should meet {gold_quotes[j].get('speaker')}: "
                             f"{gold_quotes[j]['content'][:60]!r}")
    for j, q in enumerate(gold_quotes):
        if j not in hit_g:
            doc.missed.append(f"quote {q['content'][:100]!r} <- {q.get('speaker') or '-'}")
    for i, q in enumerate(quotes):
        if i not in hit_p:
            said = _speaker_name(q, entities)
            doc.spurious.append(f"quote {show_span(text, q.content.start, q.content.end, f'<- {said}', limit=100)}")


def _score_people(
    gold: dict[str, Any], record: Record, tally: ArticleTally, doc: DocumentResult
) -> None:
    persons = [e for e in record.entities if e.type == "PERSON"]
    for person in _need_list(gold, "people"):
        name = person.get("name")
        aliases = [a for a in [name, *(person.get("aliases") or [])] if isinstance(a, str)]
        matching = [e for e in persons if meets(e, aliases)]
        tally.people_found[1] += 1
        if not matching:
            doc.missed.append(f"person {name!r} (no PERSON entity meets {aliases})")
            continue
        tally.people_found[0] += 1
        title = person.get("title")
        if title:
            titles = [r.title for e in matching for r in e.roles]
            ok = any(_title_fits(t, title) for t in titles)
            tally.role[0] += int(ok)
            tally.role[1] += 1
            if not ok:
                doc.notes.append(f"person {name!r}: title {title!r} not found; titles {titles or '-'}")
        country = iso3(person.get("country"))
        if country:
            countries = sorted({e.country for e in matching if e.country})
            ok = country in {iso3(c) for c in countries}
            tally.country[0] += int(ok)
            tally.country[1] += 1
            if not ok:
                doc.notes.append(f"person {name!r}: country {country} not found; countries {countries or '-'}")


def _score_places(gold: dict[str, Any], record: Record, tally: ArticleTally, doc: DocumentResult) -> None:
    for place in _need_list(gold, "places"):
        lat, lon, name = place.get("lat"), place.get("lon"), place.get("name")
        if lat is None or lon is None or not isinstance(name, str):
            continue
        named = [p for p in record.places if _norm(name) in (_norm(p.name), _norm(p.text))]
        near = [p for p in named if p.lat is not None and p.lon is not None
                and haversine_km(p.lat, p.lon, lat, lon) <= MAX_DISTANCE_KM]
        tally.places[0] += int(bool(near))
        tally.places[1] += 1
        if not near:
            seen = sorted({(p.lat, p.lon) for p in named}, key=str)
            doc.notes.append(f"place {name!r} ({lat}, {lon}): " + (f"named but at {seen}" if named else "not found"))


def _score_not_entities(gold: dict[str, Any], record: Record, tally: ArticleTally, doc: DocumentResult) -> None:
    names = {e.name for e in record.entities}
    for wrong in _need_list(gold, "not_entities"):
        bad = wrong in names
        tally.not_entities[0] += int(not bad)
        tally.not_entities[1] += 1
        if bad:
            doc.spurious.append(f"entity {wrong!r} (listed in not_entities)")


def score_articles(golds: Sequence[dict[str, Any]], records: Sequence[Record]) -> TaskReport:
    """Events (overall, per type, per status), quotes, people, places and not_entities of whole articles."""
    tally = ArticleTally()
    docs = []
    for gold, record in zip(golds, records, strict=True):
        check_article(gold)
        entities = {e.id: e for e in record.entities}
        doc = DocumentResult(gold["id"], 0.0)
        counts = _score_events(gold, record, entities, tally, doc)
        _score_quotes(gold, record, entities, tally, doc)
        _score_people(gold, record, tally, doc)
        _score_places(gold, record, tally, doc)
        _score_not_entities(gold, record, tally, doc)
        doc.score = counts.f1 if counts.n_pred or counts.n_gold else 1.0
        docs.append(doc)
    rows = [Row.of("events", tally.events)]
    rows += [Row.of(f"events: {t}", tally.by_type[t]) for t in sorted(tally.by_type)]
    rows += [Row.of(f"events: {s}", tally.by_status[s]) for s in STATUSES if s in tally.by_status]
    rows += [
        Row.share("event date (matched)", *tally.event_date),
        Row.share("event dated without ground", *tally.undated_gold),
        Row.of("quotes", tally.quotes),
        Row.share("quote speaker (matched)", *tally.speaker),
        Row.share("people found (coverage)", *tally.people_found),
        Row.share("people: role (found)", *tally.role),
        Row.share("people: country (found)", *tally.country),
        Row.share("places within 161 km", *tally.places),
        Row.share("not_entities respected", *tally.not_entities),
    ]
    headline = {
        "event_precision": tally.events.precision,
        "event_recall": tally.events.recall,
        "event_f1": tally.events.f1,
        "event_date_accuracy": safe_div(*tally.event_date),
        "event_dated_without_ground": safe_div(*tally.undated_gold),
        "quote_precision": tally.quotes.precision,
        "quote_recall": tally.quotes.recall,
        "speaker_accuracy": safe_div(*tally.speaker),
        "people_coverage": safe_div(*tally.people_found),
        "role_accuracy": safe_div(*tally.role),
        "country_accuracy": safe_div(*tally.country),
        "places_within_161km": safe_div(*tally.places),
        "not_entity_violations": float(tally.not_entities[1] - tally.not_entities[0]),
    }
    report = TaskReport("articles", headline, rows, docs)
    report.extra["gold_events"] = dict(Counter(gold_status(g) for gold in golds for g in _need_list(gold, "events")))
    return report
