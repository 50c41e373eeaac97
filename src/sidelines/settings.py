"""The one Settings object, built from keyword arguments, a TOML file or CLI options."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from sidelines.errors import ConfigError


class StorySettings(BaseModel):
    """How articles are grouped into stories (``sidelines.resolve.story_stream``); reasons in default_settings.toml."""

    model_config = ConfigDict(extra="forbid")

    threshold: float = 0.225
    figures: float = 0.5
    days: float = 3650.0
    reprint: float = 0.6


class Settings(BaseModel):
    """Everything that changes how sidelines runs; defaults in default_settings.toml."""

    model_config = ConfigDict(extra="forbid")

    model: str = ""
    batch_size: int = 32
    extractors: list[str] = ["entities", "times", "places", "actors", "quotes", "groups", "events"]
    # Per-extractor settings by extractor name; each extractor's Config checks its own table.
    extractor_config: dict[str, dict[str, Any]] = {}
    max_chars: int = Field(default=1_000_000, ge=1)
    max_bytes: int = Field(default=20_000_000, ge=1)
    http_timeout: float = 20.0
    http_deadline: float = 120.0
    allow_private: bool = False
    doc_time_budget: float = 120.0
    max_redirects: int = 5
    user_agent: str = "sidelines/0.1 (+https://github.com/sidelines; news research)"
    fetch_feed_pages: bool = True
    parse_cache: str = ""
    stories: StorySettings = StorySettings()

    @model_validator(mode="before")
    @classmethod
    def _split_extractors_table(cls, values: Any) -> Any:
        """Read the settings file's ``[extractors]`` table: ``run`` is the order, each sub-table the
        settings of one extractor (``[extractors.events]``). A plain list is the order alone."""
        if not isinstance(values, dict) or not isinstance(values.get("extractors"), dict):
            return values
        values = dict(values)
        table = dict(values.pop("extractors"))
        run = table.pop("run", None)
        if run is not None:
            values["extractors"] = run
        values["extractor_config"] = {**table, **(values.get("extractor_config") or {})}
        return values


def default_settings() -> dict[str, Any]:
    """The defaults as written in the packaged default_settings.toml."""
    text = resources.files("sidelines").joinpath("default_settings.toml").read_text("utf-8")
    return tomllib.loads(text)


def settings_from_kwargs(**kwargs: Any) -> Settings:
    """Settings from the defaults overridden by keyword arguments (None values are ignored)."""
    values = default_settings()
    values.update({k: v for k, v in kwargs.items() if v is not None})
    try:
        return Settings(**values)
    except ValidationError as exc:
        raise ConfigError(f"invalid setting: {exc}", code="E501") from exc


def settings_from_file(path: str | Path, **overrides: Any) -> Settings:
    """Settings from a TOML file, then keyword overrides."""
    try:
        values = tomllib.loads(Path(path).read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read settings file {path}: {exc}", code="E502") from exc
    values.update({k: v for k, v in overrides.items() if v is not None})
    return settings_from_kwargs(**values)
