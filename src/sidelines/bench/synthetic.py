"""Synthetic records for the store benchmark: made-up names, places and filler text, no spaCy."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sidelines.model.record import Mention, Span

# Made-up vocabulary for synthetic records: no real names, nothing from any corpus.
SYLLABLES = ("ka", "lo", "mi", "ren", "tas", "vor", "di", "nel", "sa", "bru", "te", "gan", "po", "lis", "mar", "quo")
FILLER = ("the", "talks", "officials", "agreed", "on", "a", "plan", "for", "trade", "and", "security", "after",
          "meeting", "in", "capital", "with", "delegation", "visit", "ministers", "said", "week", "border",
          "cooperation", "energy", "summit", "statement", "government", "sanctions", "envoy", "region")
SYNTHETIC_COUNTRIES = ("USA", "FRA", "DEU", "CHN", "IND", "BRA", "ZAF", "JPN", "TUR", "EGY", "MEX", "KEN")
SYNTHETIC_EVENTS = ("CONSULT", "AGREE", "REQUEST", "ACCUSE", "SUPPORT", "COOPERATE", "THREATEN", "PROTEST")


def synthetic_name(rng: Any, parts: int = 2) -> str:
    """A pronounceable made-up name of ``parts`` capitalised words."""
    return " ".join("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
                    for _ in range(parts))


class _TextBuilder:
    """A synthetic text built piece by piece, remembering the offsets of the keyed pieces."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: dict[str, tuple[int, int]] = {}
        self.pos = 0

    def put(self, piece: str, key: str | None = None) -> None:
        if key:
            self.spans[key] = (self.pos, self.pos + len(piece))
        self.parts.append(piece)
        self.pos += len(piece)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def span(self, key: str) -> Span:
        """The keyed piece as a record Span."""
        from sidelines.model.record import Span

        s, e = self.spans[key]
        return Span(start=s, end=e, text=self.text[s:e])

    def mention(self, key: str) -> Mention:
        """The keyed piece as a name Mention."""
        from sidelines.model.record import Mention

        s, e = self.spans[key]
        return Mention(start=s, end=e, text=self.text[s:e], kind="name")


def synthetic_records(n: int, seed: int = 7, people: int = 5000, places: int = 800, skip: int = 0) -> Any:
    """Yield ``n`` contract records with entities, quotes, events, times and places (no spaCy).

    The first ``skip`` are drawn but not built (to go on filling a store built before).
    """
    import random

    from sidelines.model.record import (
        DateRange,
        Entity,
        Event,
        EventActor,
        EventLocation,
        Place,
        Quote,
        Record,
        Span,
        TimeExpr,
    )

    rng = random.Random(seed)
    persons = [(synthetic_name(rng), rng.choice(SYNTHETIC_COUNTRIES)) for _ in range(people)]
    towns = [(synthetic_name(rng, 1), rng.choice(SYNTHETIC_COUNTRIES), rng.uniform(-60, 60), rng.uniform(-170, 170))
             for _ in range(places)]
    for i in range(n):
        day = f"20{10 + i * 15 // max(n, 1):02d}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        built = _TextBuilder()
        put, spans = built.put, built.spans
        a, b = rng.sample(persons, 2)
        town = rng.choice(towns)
        put(a[0], "a")
        put(" met ")
        put(b[0], "b")
        put(" in ")
        put(town[0], "town")
        put(" on ")
        put("Tuesday", "time")
        put(". ")
        put(" ".join(rng.choice(FILLER) for _ in range(rng.randint(40, 120))), None)
        put(". ")
        put(a[0], "a2")
        put(" said: \u201c")
        put(" ".join(rng.choice(FILLER) for _ in range(12)), "quote")
        put(".\u201d")
        if i < skip:
            continue
        text = built.text
        sp, men = built.span, built.mention
        entities = [
            Entity(id="e1", name=a[0], type="PERSON", mentions=[men("a"), men("a2")], country=a[1]),
            Entity(id="e2", name=b[0], type="PERSON", mentions=[men("b")], country=b[1]),
            Entity(id="e3", name=town[0], type="GPE", mentions=[men("town")], country=town[1]),
        ]
        ts, te = spans["time"]
        tw_s, tw_e = spans["town"]
        yield Record(
            id=f"synthetic-{i}", title=f"{a[0]} meets {b[0]}", publisher=f"wire{i % 20}", published=day, text=text,
            entities=entities,
            quotes=[Quote(speaker="e1", speaker_mention=sp("a2"), cue=None, content=sp("quote"), direct=True, id="q1")],
            events=[Event(id="ev1", type=rng.choice(SYNTHETIC_EVENTS),
                          actors=[EventActor(entity="e1", role="participant"),
                                  EventActor(entity="e2", role="participant")],
                          date=DateRange(start=day, end=day), location=EventLocation(name=town[0], place="p1"),
                          evidence=[Span(start=0, end=spans["time"][1], text=text[:spans["time"][1]])],
                          confidence=0.8)],
            times=[TimeExpr(start=ts, end=te, text=text[ts:te], type="DATE", value=day)],
            places=[Place(id="p1", start=tw_s, end=tw_e, text=text[tw_s:tw_e], name=town[0], lat=town[2],
                          lon=town[3], country=town[1])],
        )
