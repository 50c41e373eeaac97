"""Settings of the events extractor, read from the ``[extractors.events]`` table of the settings."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from sidelines.extractors.base import ExtractorConfig


class KindConfidence(BaseModel):
    """Base confidence of a trigger by how it was found."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    verb: float = 0.8
    light: float = 0.85
    noun: float = 0.55


class EventsConfig(ExtractorConfig):
    """Weights and thresholds of the events extractor (see default_settings.toml)."""

    # Base confidence by how the trigger was found; depth below the clause root lowers it.
    kind_confidence: KindConfidence = KindConfidence()
    depth_penalty: float = 0.12
    # Confidence taken off triggers that often tell talk rather than acts ("talked", "thanked").
    weak_trigger_penalty: float = 0.15
    # Events scored below this are left out of the record (precision first; chosen on the tuning
    # half of the whole-article gold).
    min_confidence: float = 0.0
    # The learned confidence model: "" for the packaged one, a file path, or "none" for the rule score.
    confidence_model: str = ""
    # How far apart (in characters) an actorless nominal may be from the event it repeats.
    merge_window: int = 4000
    # How far back (in characters) a singular pronoun looks for the person it stands for.
    pronoun_window: int = 400
