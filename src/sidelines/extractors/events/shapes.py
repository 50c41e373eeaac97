"""Event shapes that are almost never right in an article, and are left out of it.

An article tells many acts in passing, and an event of a few shapes there is nearly always a
misreading. Counted on the tuning half of the whole-article gold and on the hand-judged events of
40 further articles (``eval/event_judgments.jsonl``), an output event was right:

* **not told as real and one-sided** (supposed, requested, threatened or alleged with a single
  side, a plan whose doer was not found or voiced inside a quote: "rebels could attack again",
  "'if we march on the capital...'"): 1 time in 26 (with both sides: 4 in 10). A non-real event
  never counts toward recall, and with one side it tells no one who would do what to whom. A plan
  told of its doer outside quotes stays: an announced plan is news ("she will resign after the vote");
* **a talk trigger with one side** ("talked", "discussed", "thanked", "praised", "backed" with no
  partner or object found: :data:`~sidelines.lexicon.plover.WEAK_TRIGGERS`): 0 times in 8;
* **a material act of cooperation with one side** (aid, cooperation, release or withdrawal with
  no giver or no receiver: "the fund was sent", "he was given a bonus"): 2 times in 15;
* **an act on someone with one doer and no one acted on** (an accusation, backing, sanction or
  attack with no target found, not even plain people: "the senator lashed out on Tuesday"): 1 time
  in 14. These are types whose gold events nearly always name a target (tune half: accusations 94%,
  backing 99%, sanctions 100%, attacks 78%); refusals, demands, concessions, retreats and protests
  (0-67%) keep their one side ("she resigned"), and so do promises (AGREE is any cooperation told as
  future: "he will resign after the vote"), coercion (what is seized may be a thing: "seized the
  weapons") and two doers acting together ("the two leaders signed agreements").

* **an act asked for** ("called for a prosecutor to investigate X", "called on X to resign"), whatever
  its sides: the request is the one event the article tells of it (one entry per real-world event);
  right 0 times in 3 on the tuning half. Only while the request itself is kept: an act asked for whose
  request is not in the output is the one event told of it ("ordered the army to evacuate X" with no
  request kept). An act alleged ("accused of firing at rivals") stays: there the tuning halves disagree.

One-sided events of other shapes are kept (right about one time in four: "three men were
arrested" has no doer to find). Headline events are kept too: headlines drop sides. A report of
one paragraph (a wire summary, a coded sentence) keeps every event: there the one event told is
what counts. Only :func:`is_weak_shape` decides, over the event's confidence features
(:func:`~sidelines.extractors.events.confidence.event_features`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Modalities of one-sided events kept when their doer is found outside quotes: a plan announced
# ("she will resign after the vote").
KEPT_MODALITIES = frozenset({"planned"})
# Modalities of an act that is what a request asks for ("called for a prosecutor to investigate X",
# "called on X to resign"): the request is the event told.
CONTENT_MODALITIES = frozenset({"requested"})
# Quads of PLOVER types whose one-sided events are left out (material cooperation).
ONE_SIDED_QUADS = ("quad_mc",)
# PLOVER types of acts done to someone, left out with a doer and no one acted on (see above).
ACTED_ON_TYPES = ("ACCUSE", "ASSAULT", "SANCTION", "SUPPORT")


def one_sided(features: dict[str, float]) -> bool:
    """Whether an event has a party but not both sides (nor two parties of a symmetric type)."""
    return not features.get("no_actor") and not features.get("complete")


ASKED_FOR = "shape:act asked for"


def is_weak_shape(
        features: dict[str, float], modality: str | None = None, *, self_contained: bool = False,
        request_kept: bool = True) -> str | None:
    """Why an article's event is of a shape almost never right (None when it is not).

    ``modality`` is the event's (None when told as real). Headline events never are of a weak
    shape: a headline drops sides ("Talks planned"). ``self_contained`` marks an act whose one side
    is all it has (a stance trigger's "dropped his bid", "surrendered"): its one side is no gap.
    ``request_kept`` False: the request of an act asked for is not in the output, so the act is no repeat.
    """
    if features.get("headline"):
        return None
    if modality in CONTENT_MODALITIES and request_kept:
        return ASKED_FOR
    incomplete = not features.get("complete")
    announced = modality in KEPT_MODALITIES and features.get("has_source") and not features.get("in_quote")
    if modality is not None and incomplete and not announced:
        return "shape:not real, one side"
    if not one_sided(features):
        return None
    if features.get("weak_trigger"):
        return "shape:talk trigger, one side"
    if not self_contained and any(features.get(quad) for quad in ONE_SIDED_QUADS):
        return "shape:material cooperation, one side"
    return None


def no_one_acted_on(features: dict[str, float], ptype: str, roles: set[str], *, self_contained: bool = False) -> bool:
    """Whether an article's act done to someone has one doer (not plain people: ``has_source``) and no
    one it was done to (``roles``: the event's actor roles once its sides are complete, plain people
    included: "arrested three men"). Two doers together are a joint act ("the two leaders signed
    agreements"), and keep it."""
    if features.get("headline") or self_contained or ptype not in ACTED_ON_TYPES:
        return False
    joint = round(features.get("parties", 0.0) * 3) >= 2  # the feature is min(3, parties) / 3
    return bool(features.get("has_source")) and not joint and not roles & {"target", "participant"}


def asked_by(act: "Token", told: list[tuple[int, int]]) -> bool:
    """Whether a word above the act asked for is evidence of an event kept (``told``: their character
    spans, every merged mention included): "ordered the army to evacuate X" with "ordered" told."""
    return any(start <= tok.idx < end for tok in act.ancestors for start, end in told)
