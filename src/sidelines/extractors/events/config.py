"""Settings of the events extractor, read from the ``[extractors.events]`` table of the settings."""

from __future__ import annotations

from typing import Literal

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
    # Events scored below this are left out of the record (precision first); "model": the threshold
    # the confidence model was fitted with (best out-of-fold F0.5 on the tuning halves); "model_f1":
    # its best out-of-fold F1 threshold.
    min_confidence: float | Literal["model", "model_f1"] = "model"
    # Where min_confidence applies: "articles" (texts of several lines; a one-paragraph report keeps
    # every event) or "all" texts.
    min_confidence_scope: Literal["articles", "all"] = "articles"
    # Whether an event needs a party (source, target, participant or host) to be written: an event
    # with no side tells no one who did what to whom, and on the tuning half of the whole-article
    # gold such events were right once in eleven. Headline events are kept (headlines drop sides).
    require_party: bool = True
    # Whether an article's events of a shape almost never right there are left out (not told as real
    # with one side, a talk trigger with one side, material cooperation with one side: see
    # sidelines.extractors.events.shapes); a one-paragraph report keeps them.
    drop_weak_shapes: bool = True
    # Whether mentions only asked about, supposed or judged ("Do you support X?", "if we march",
    # "hard to blame") are written as hypothetical events; off, they are left out ("could sue" stays).
    keep_hypothetical: bool = False
    # The learned confidence model: "" for the packaged one, a file path, or "none" for the rule score.
    confidence_model: str = ""
    # The learned side model (sidelines.extractors.events.sides): "" for the packaged one, a file
    # path, or "none" for off.
    side_model: str = ""
    # The learned judgement model of quotes (sidelines.extractors.events.quote_judgements): "" for the
    # packaged one, a file path, or "none" for no judgements read from quotes.
    judgement_model: str = ""
    # The learned trigger typer (sidelines.eventtype): off, or how it joins the rules. A mention
    # takes the typer's type when the typer's probability for it beats the rules' type by this
    # margin (1.0: never; retyping lowered whole-article precision on the tuning half); a verb the
    # rules missed becomes a mention at this probability (chosen on the tuning halves).
    use_typer: bool = True
    retype_margin: float = 1.0
    # Whether verbs the rules do not list become mentions when the derived CAMEO lexicon types them
    # by their own code and they act on a party (sidelines.extractors.events.lexicon_triggers).
    use_lexicon: bool = True
    # Where: "articles" (texts of several lines) or "all" texts. In one-sentence texts (the PLOVER
    # and Multi-CoPED sets) the sentence's one coded event is what counts, and there the lexicon's
    # verbs cost Multi-CoPED class accuracy on the check half (0.788 -> 0.785) for no gain on tune.
    lexicon_scope: Literal["articles", "all"] = "articles"
    typer_min_probability: float = 0.65
    # Where verbs only the typer takes for triggers become mentions: "reports" (one-paragraph texts,
    # where the coded event is often told by a verb the rules do not list) or "all" texts. In
    # articles they were right 2 times in 15 (tune articles and judged events: "will likely win the
    # nomination" as AGREE, "did not alter her disapproval" as REJECT).
    typer_mention_scope: Literal["reports", "all"] = "reports"
    # In a text that is no article (one paragraph) where the rules found no event, the typer's best
    # trigger becomes a mention at this probability (1.0: never; chosen on the tuning halves).
    fallback_min_probability: float = 0.4
    # How far apart (in characters) an actorless nominal may be from the event it repeats.
    merge_window: int = 4000
    # Which judgements of a party in a quote become events in articles (sidelines.extractors.events.
    # quote_judgements, scored by the learned judgement model): "accuse" ("he is weak and dishonest":
    # ACCUSE of the speaker against the party), "both" (also SUPPORT: "she did a great job"), or "off".
    # SUPPORT stays off: out of fold on the tune articles its best threshold added 3 right events in 9
    # (F0.5 0.472 = without), and praise from quotes was right 0 of 5 times on check with the old rule.
    quote_judgements: Literal["off", "accuse", "both"] = "accuse"
