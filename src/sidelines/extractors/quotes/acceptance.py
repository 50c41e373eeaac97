"""Learned acceptance of quotes: how likely a found quote is an attribution a reader would record.

Every quote the rules find gets general features of its shape (the rule that found it, its kind, the cue's
word, tense and negation, where the cue stands, quotation marks, the content's length and form, what kind of
phrase the speaker is) and a logistic model scores them (``data/quote_acceptance.json``, fitted by
``scripts/train_quote_acceptance.py`` on the tune halves of PolNeAR and of the whole-article gold, out of fold
by document). The probability is written into the quote's explanation (feature ``acceptance``); a quote under
the model's ``threshold`` is dropped, and a statement under its ``statement_threshold`` becomes a quote of kind
"unsure" (decision ``kind``: rule ``acceptance``): the rules found it, but it is too unlike the statements a
reader records to be reported as one. Both thresholds are chosen out of fold (dropping where PolNeAR's
end-to-end F1 does not fall, a statement where the whole-article quote F1 is best). Without a model file
nothing changes.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from sidelines.extractors.lookup import sentence_start
from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sidelines.model.record import Quote

# The rule of the decision, and the name of the explanation feature that holds the probability.
RULE = "acceptance"
# The kind of a statement the model doubts.
UNSURE: Final = "unsure"
FILE = "quote_acceptance.json"
# Pronouns a speaker phrase may be ("he said", "they argued").
SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "it", "who", "that", "which"})
# Words of a question or a free relative that may open a content ("explained how ...").
WH_WORDS = frozenset({"how", "why", "what", "whether", "if", "when", "where", "who", "which"})
# Quotation marks, straight and curly.
MARKS = frozenset("\"“”‘’'")
# Bounds of the content length buckets, in words.
LENGTH_BUCKETS = (3, 7, 15, 30, 60)
_WORD = re.compile(r"\S")


def _bucket(words: int) -> str:
    """The length bucket of a content of ``words`` words ("<=3", ..., ">60")."""
    for bound in LENGTH_BUCKETS:
        if words <= bound:
            return f"<={bound}"
    return f">{LENGTH_BUCKETS[-1]}"


def _head(parsed: "Doc", start: int, end: int) -> "Token | None":
    """The word of a character span the rest of it hangs from (a verb first), or None."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tops = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
    verbs = [t for t in tops if t.pos_ in ("VERB", "AUX")] or [t for t in span if t.pos_ == "VERB"]
    return (verbs or tops or [span[0]])[0]


def _tense(cue: "Token") -> str:
    """past, present, future (a modal "will"), modal (another modal), participle or base."""
    auxes = [c for c in cue.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" and a.lower_ in ("will", "'ll", "shall") for a in auxes):
        return "future"
    if any(a.tag_ == "MD" for a in auxes):
        return "modal"
    if cue.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if cue.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"
    if cue.tag_ in ("VBG", "VBN"):
        return "participle"
    return "base"


def cue_features(parsed: "Doc", quote: "Quote") -> dict[str, float]:
    """The cue's word, part of speech, tense, negation and place before or after the content."""
    if quote.cue is None:
        return {"cue=none": 1.0}
    cue = _head(parsed, quote.cue.start, quote.cue.end)
    if cue is None:
        return {"cue=none": 1.0}
    where = "before" if quote.cue.end <= quote.content.start else "after" if quote.cue.start >= quote.content.end \
        else "inside"
    feats = {f"cue={cue.lemma_.lower()}": 1.0, f"cue_pos={cue.pos_}": 1.0, f"cue_tense={_tense(cue)}": 1.0,
             f"cue_at={where}": 1.0, f"cue_words={min(len(quote.cue.text.split()), 3)}": 1.0}
    if any(c.dep_ == "neg" for c in cue.children):
        feats["cue_negated"] = 1.0
    if cue.dep_ in ("relcl", "acl", "advcl", "xcomp", "pcomp"):
        feats[f"cue_dep={cue.dep_}"] = 1.0
    if cue.dep_ == "ROOT":
        feats["cue_root"] = 1.0
    return feats


def speaker_features(quote: "Quote", entity_types: dict[str, str]) -> dict[str, float]:
    """What the speaker phrase is: none, a pronoun, a name (of an entity of some type) or a description."""
    mention = quote.speaker_mention
    if mention is None:
        return {"speaker=none": 1.0}
    words = mention.text.split()
    kind = "pronoun" if mention.text.strip().lower() in SPEAKER_PRONOUNS else (
        "name" if quote.speaker is not None and any(w[:1].isupper() for w in words) else "description")
    feats = {f"speaker={kind}": 1.0, f"speaker_type={entity_types.get(quote.speaker or '', 'none')}": 1.0}
    if len(words) > 4:
        feats["speaker_long"] = 1.0
    return feats


def _in_first_paragraph(text: str, start: int) -> bool:
    """Whether no line break stands between the text's first word and ``start`` (searched, not copied)."""
    lead = _WORD.search(text, 0, start)
    if lead is None:
        return True
    brk = text.find("\n", lead.start(), start)
    return brk < 0 or _WORD.search(text, brk, start) is None


def content_features(text: str, parsed: "Doc", quote: "Quote") -> dict[str, float]:
    """The content's length, quotation marks, question, form of its first word and verbs."""
    s, e = quote.content.start, quote.content.end
    content = text[s:e]
    words = content.split()
    feats: dict[str, float] = {f"length{_bucket(len(words))}": 1.0, "log_words": math.log1p(len(words)) / 4}
    if any(ch in MARKS for ch in content.strip(" ,.;:")):
        feats["inner_marks"] = 1.0
    if content.rstrip(" \"”’'").endswith("?"):
        feats["question"] = 1.0
    before = text[max(0, s - 1):s]
    if before in MARKS or (e < len(text) and text[e] in MARKS):
        feats["marked"] = 1.0
    first = words[0].lower().strip("\"“”‘’'(") if words else ""
    if first in WH_WORDS:
        feats["opens_wh"] = 1.0
    elif first in ("that", "to"):
        feats[f"opens_{first}"] = 1.0
    span = parsed.char_span(s, e, alignment_mode="expand")
    if span is not None:
        analysis = analysis_of(parsed)  # the span's tags and words read from the shared lists
        tokens = range(span.start, span.end)
        if not any(analysis.tags[k] in ("VBD", "VBZ", "VBP", "MD") for k in tokens):
            feats["no_finite_verb"] = 1.0
        if sentence_start(span[0]) != sentence_start(span[-1]):
            feats["several_sentences"] = 1.0
        if any(analysis.lowers[k] in ("i", "we", "me", "us", "my", "our") for k in tokens):
            feats["first_person"] = 1.0
    if _in_first_paragraph(text, s):
        feats["first_paragraph"] = 1.0
    return feats


def quote_features(text: str, parsed: "Doc", quote: "Quote", entity_types: dict[str, str]) -> dict[str, float]:
    """All the features of one quote, with the rule that found it, its kind and whether it is direct."""
    rule = quote.explanation.rule if quote.explanation is not None else ""
    feats = {f"rule={rule}": 1.0, f"kind={quote.kind}": 1.0, "direct": float(quote.direct), "bias_row": 1.0}
    feats.update(cue_features(parsed, quote))
    feats.update(speaker_features(quote, entity_types))
    feats.update(content_features(text, parsed, quote))
    if feats.get("direct") and "cue=none" in feats:
        feats["direct_uncued"] = 1.0
    return feats


class AcceptanceModel:
    """A binary logistic model over quote features, with the threshold under which a quote is dropped."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.bias = float(data["bias"])
        self.weights: dict[str, float] = {k: float(v) for k, v in data["weights"].items()}
        self.threshold = float(data.get("threshold", 0.0))
        self.statement_threshold = float(data.get("statement_threshold", 0.0))
        self.meta: dict[str, Any] = data.get("meta", {})

    def probability(self, feats: dict[str, float]) -> float:
        """The probability that a quote with these features is an attribution."""
        z = self.bias + sum(v * self.weights.get(k, 0.0) for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=4)
def load_acceptance(path: str = "") -> AcceptanceModel | None:
    """The packaged model (or the one at ``path``); None for "none" or when there is no file."""
    if path == "none":
        return None
    file = Path(path) if path else Path(str(resources.files("sidelines") / "data" / FILE))
    return AcceptanceModel(json.loads(file.read_text("utf-8"))) if file.exists() else None


def accept(text: str, parsed: "Doc", quotes: list["Quote"], entity_types: dict[str, str],
           model: AcceptanceModel | None, threshold: float | None = None) -> list["Quote"]:
    """The quotes the model accepts (all when there is no model), each with its probability explained; a
    statement the model doubts (under ``statement_threshold``) becomes a quote of kind "unsure"."""
    if model is None:
        return quotes
    bar = model.threshold if threshold is None else threshold
    kept = []
    for q in quotes:
        p = model.probability(quote_features(text, parsed, q, entity_types))
        if q.explanation is not None:
            q.explanation.features[RULE] = round(p, 4)
        if p < bar:
            continue
        if q.kind == "statement" and p < model.statement_threshold:
            q.kind = UNSURE
            if q.explanation is not None:
                q.explanation.decisions["kind"] = f"quotes: {RULE} ({p:.2f} < {model.statement_threshold})"
        kept.append(q)
    for i, q in enumerate(kept):
        q.id = f"q{i + 1}"
    return kept
