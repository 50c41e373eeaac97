"""The watch file (FEEDS.toml): settings, the feeds to poll and the rules to evaluate.

::

    [watch]
    interval = 900            # seconds between two polls of a feed (a feed may set its own)
    politeness = 5            # seconds between two requests to the same host
    alerts_file = "alerts.jsonl"
    webhook = "http://127.0.0.1:8080/alerts"   # off unless set; loopback only unless allow_remote_webhook

    [[feeds]]
    url = "https://news.example/world.rss"
    interval = 600

    [[rules]]
    name = "nordic-talks"
    kind = "event"                # event | quote | new_actor
    types = ["CONSULT"]
    between = ["Sweden", "FIN"]   # countries by name or ISO code
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from sidelines.errors import ConfigError
from sidelines.lexicon.countries import country_by_code, country_of
from sidelines.lexicon.plover import EVENT_TYPES


def country_code(value: str) -> str:
    """The ISO 3166 alpha-3 code of a country given by code or name ("NOR", "NO", "Norway")."""
    country = country_by_code(value.strip().upper()) if len(value.strip()) in (2, 3) else None
    country = country or country_of(value)
    if country is None:
        raise ValueError(f"unknown country {value!r}")
    return country.iso3


class Strict(BaseModel):
    """A table of the watch file: unknown keys are errors (a typo must not silence a rule)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class WatchSettings(Strict):
    """The ``[watch]`` table."""

    interval: float = Field(900.0, gt=0)
    politeness: float = Field(5.0, ge=0)
    alerts_file: str | None = None
    webhook: str | None = None
    allow_remote_webhook: bool = False
    allow_private: bool = False


class Feed(Strict):
    """One ``[[feeds]]`` entry: an RSS/Atom URL and, optionally, its own interval."""

    url: str
    interval: float | None = Field(None, gt=0)
    name: str | None = None


class Rule(Strict):
    """One ``[[rules]]`` entry.

    ``event``: events of ``types`` (any when empty) that happened (``polarity``), with actors of
    both ``between`` countries, of ``source_country``, of ``target_country`` (the receiving side),
    and/or an actor whose name holds ``actor``.
    ``quote``: a quote of what was said (kind statement, unsure or paraphrase) whose speaker's name holds ``speaker``
    and whose words hold ``contains``.
    ``new_actor``: an actor no other stored document mentions, of ``entity_types``, holding a
    government office (``government``, the default) or one of ``titles``, of ``country``.
    """

    name: str
    kind: Literal["event", "quote", "new_actor"]
    types: list[str] = []
    between: list[str] = []
    source_country: str | None = None
    target_country: str | None = None
    actor: str | None = None
    polarity: Literal["positive", "negative", "any"] = "positive"
    speaker: str | None = None
    contains: str | None = None
    government: bool = True
    titles: list[str] = []
    country: str | None = None
    entity_types: list[str] = ["PERSON"]

    @field_validator("types")
    @classmethod
    def _types(cls, value: list[str]) -> list[str]:
        upper = [t.upper() for t in value]
        unknown = [t for t in upper if t not in EVENT_TYPES]
        if unknown:
            raise ValueError(f"unknown PLOVER type {unknown[0]!r}")
        return upper

    @field_validator("between")
    @classmethod
    def _between(cls, value: list[str]) -> list[str]:
        if value and len(value) != 2:
            raise ValueError("between takes two countries")
        return [country_code(v) for v in value]

    @field_validator("source_country", "target_country", "country")
    @classmethod
    def _country(cls, value: str | None) -> str | None:
        return country_code(value) if value else None

    @model_validator(mode="after")
    def _says_something(self) -> Rule:
        if self.kind == "quote" and not (self.speaker or self.contains):
            raise ValueError(f"quote rule {self.name!r} needs speaker and/or contains")
        return self


class WatchFile(Strict):
    """The whole watch file."""

    watch: WatchSettings = WatchSettings()
    feeds: list[Feed] = Field(min_length=1)
    rules: list[Rule] = []

    @model_validator(mode="after")
    def _unique_rules(self) -> WatchFile:
        names = [r.name for r in self.rules]
        if len(names) != len(set(names)):
            raise ValueError("two rules share a name")
        return self


def load_watch_file(path: Path) -> WatchFile:
    """Read and check a watch file.

    Raises:
        ConfigError: E520 when it cannot be read or does not follow the format.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return WatchFile.model_validate(data)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the watch file: {exc}", code="E520") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"{path}: {where}: {first['msg']}", code="E520") from exc
