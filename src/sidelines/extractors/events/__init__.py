"""Events: PLOVER-typed events with actors, date, place, occasion, attendees, topics and evidence.

The adapter of the ``events`` extractor. It reads the ``entities`` (as settled by ``actors``),
``times``, ``places`` and ``quotes`` layers, changes none of them, and writes ``events``. The
work is split by job, in the order it runs:

* :mod:`.index` -- token -> entity ids and places (``EntityIndex``), read-only;
* :mod:`.mentions` -- the per-sentence pass: find the event mentions of a sentence and describe them;

  * :mod:`.triggers` -- trigger verbs, light verbs with event nouns, event nouns, obligations;
    :mod:`.nonevents` -- speeches, interviews, hosted occasions and figurative uses are no events;
    :mod:`.electorate` -- voters, supporters and other masses backing or opposing someone: no events;
    :mod:`.characterisations` -- "poses a threat", "he was not a threat", a memo: no acts;
    :mod:`.alerts` -- a warning is typed by what it warns of: a charge ("warned that X would ruin Y"),
    a request ("warned X against ..."), a threat ("warned it would retaliate") or no event (a prediction);
    :mod:`.performed_acts` -- "pledged her support", "gave X a warning": the verbal act the object names;
    :mod:`.stances` -- "agreed to withdraw", "threatened to impose": stance folding;
    :mod:`.appointments` -- "named X to the court": naming a person to a post backs them;
  * :mod:`.typer` -- the learned typer's view on each mention (retyping, mentions the rules missed);
  * :mod:`.arguments` -- actors and their roles, over :mod:`.phrases` (subjects, noun phrases),
    :mod:`.recipients` (whom a thing given goes to, who gives it) and :mod:`.object_sides` (sides
    inside an object, of agentless passives, of truces broken together);
  * :mod:`.status` -- polarity and modality; :mod:`.confidence` -- the score (with :mod:`.clause_features`:
    tense, clause role and subject of the trigger's clause); :mod:`.shapes` -- shapes of events almost
    never right in an article (one-sided and not real, ...), left out; :mod:`.home_tours` -- a visit
    to places of one's own country is travel, no meeting;
  * :mod:`.locations`, :mod:`.occasions`, :mod:`.dates`, :mod:`.topics` -- where, at what, when, about what;

* :mod:`.attendees` -- people present at a meeting; :mod:`.backrefs` -- "the leaders" of a meeting told before;
* :mod:`.merge` -- mentions of one event pooled, then written as the record's ``Event``;
* :mod:`.sides` -- sides of the kept events that the rules left out, from a learned model over parse paths;
* :mod:`.quote_topics` -- topics of a meeting from what its participants said at it;
* :mod:`.quote_judgements` -- a quote judging a party ("he is weak and dishonest") is ACCUSE or SUPPORT.

:mod:`.candidates` holds ``EventCandidate``, the mention every step fills; :mod:`.config` the
weights and thresholds (``[extractors.events]`` in the settings).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.eventtype import EventTyper
from sidelines.extractors.base import BaseExtractor
from sidelines.extractors.events.after_publication import RULE as AFTER_PUBLICATION_RULE
from sidelines.extractors.events.after_publication import planned_after_publication
from sidelines.extractors.events.attendees import find_attendees
from sidelines.extractors.events.backrefs import resolve_back_references
from sidelines.extractors.events.candidates import EventCandidate
from sidelines.extractors.events.confidence import (
    above_threshold,
    event_features,
    is_anchored,
    is_article,
    load_confidence_model,
    threshold_of,
)
from sidelines.extractors.events.config import EventsConfig
from sidelines.extractors.events.context import authors_own, in_editors_note, tells_added_fact
from sidelines.extractors.events.dates import DateResolver
from sidelines.extractors.events.home_tours import drop_home_tours
from sidelines.extractors.events.index import QUOTED_SELF_RULE, EntityIndex
from sidelines.extractors.events.locative_sides import drop_locative_places, no_party_left, places_record
from sidelines.extractors.events.mentions import describe_fallback, find_event_mentions
from sidelines.extractors.events.merge import Nations, merge_candidates, to_event
from sidelines.extractors.events.object_sides import EMBEDDED_RULE, embedded_parties
from sidelines.extractors.events.quote_judgements import RULE as JUDGEMENT_RULE
from sidelines.extractors.events.quote_judgements import (
    already_told,
    drop_told_targets,
    load_judgement_model,
    quote_judgements,
)
from sidelines.extractors.events.quote_topics import add_quote_topics
from sidelines.extractors.events.shapes import ASKED_FOR, asked_by, is_weak_shape, no_one_acted_on
from sidelines.extractors.events.sides import SIDES_RULE, fill_sides, load_side_model, roles_elsewhere
from sidelines.extractors.events.story_day import story_day_decision
from sidelines.extractors.events.typer import fallback_mention
from sidelines.extractors.events.venues import OWNERS_RULE, drop_owners
from sidelines.model.record import Explanation

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sidelines.model.document import Document
    from sidelines.settings import Settings

__all__ = ["EventExtractor", "EventsConfig"]


class EventExtractor(BaseExtractor):
    """PLOVER events from the dependency parse and the entities, times, places and quotes layers."""

    name = "events"
    version = "v2"
    requires = ("entities", "times", "places", "quotes")
    produces = ("events",)
    Config = EventsConfig
    config: EventsConfig

    def __init__(self, settings: "Settings | None" = None, config: EventsConfig | None = None) -> None:
        super().__init__(settings, config)
        choice = self.config.confidence_model
        self.confidence_model = None if choice == "none" else load_confidence_model(choice)
        self.min_confidence = threshold_of(self.config.min_confidence, self.confidence_model)
        self.typer = EventTyper.load() if self.config.use_typer else None
        sides = self.config.side_model
        self.side_model = None if sides == "none" else load_side_model(sides)
        judge = self.config.judgement_model
        self.judgement_model = None if judge == "none" else load_judgement_model(judge)

    def __call__(self, doc: "Document", parsed: "Doc") -> None:
        """Write the ``events`` layer; the layers it reads are left as they are."""
        index = EntityIndex(doc, parsed)
        dates = DateResolver(doc, parsed)
        candidates: list[EventCandidate] = []
        article_text = is_article(doc.text)
        lexicon = self.config.use_lexicon and (self.config.lexicon_scope == "all" or article_text)
        typer_verbs = self.config.typer_mention_scope == "all" or not article_text
        for sent in parsed.sents:
            found = find_event_mentions(
                sent, index, dates, self.config, self.typer, lexicon=lexicon, typer_verbs=typer_verbs)
            if in_editors_note(sent):  # the note's boilerplate; a fact it adds stays
                found = [c for c in found if tells_added_fact(c.verb if c.verb is not None else c.head)]
            candidates.extend(found)
        if article_text:
            candidates = drop_home_tours(candidates, index)  # travel at home is no meeting
        if not candidates and self.typer is not None and not article_text:
            # A one-paragraph report is about an event: the typer's surest trigger, when the rules found none.
            fallback = fallback_mention(list(parsed.sents), self.typer, self.config.fallback_min_probability)
            if fallback is not None:
                candidates.extend(describe_fallback(fallback, index, dates, self.config))
        find_attendees(parsed, index, candidates)
        resolve_back_references(candidates, index)
        events = merge_candidates(candidates, self.config.merge_window, Nations(index.countries, index.nations))
        add_quote_topics(events, doc, parsed)
        quoted = [(q.content.start, q.content.end) for q in doc.layer("quotes") if q.direct]
        scored = []
        said = [(q.content.start, q.content.end) for q in doc.layer("quotes")]
        asked: list[tuple[EventCandidate, Explanation]] = []
        order = {id(cand): i for i, cand in enumerate(events)}
        for cand in events:
            if article_text and cand.type == "CONSULT" and authors_own(
                    anchor_of(cand), said):
                continue
            # A town "in" which the act happened is no side: off before the sides are weighed.
            placed = drop_locative_places(cand, index) if article_text else []
            to_come = planned_after_publication(cand, dates.published)
            features = event_features(cand, quoted, index.plain_people, index)
            if self.confidence_model is not None:
                cand.confidence = round(self.confidence_model.score(features), 3)
            if self.config.require_party and not is_anchored(
                cand, bool(features["headline"]), index.plain_people
            ):
                continue
            if placed and no_party_left(cand, bool(features["headline"])):
                continue  # its only side was where it happened: the text names no one who acted
            why = Explanation(extractor=self.versioned_name, rule=cand.rule, features=features)
            if cand.side_rules:
                why.decisions["side rules"] = "+".join(sorted(cand.side_rules))
            if cand.type_rules:
                why.decisions["type rules"] = "+".join(sorted(cand.type_rules))
            if placed:
                why.decisions["places"] = places_record(why.decisions.get("places"), placed)
            if to_come:
                why.decisions["status"] = AFTER_PUBLICATION_RULE
            shape = self.config.drop_weak_shapes and article_text and is_weak_shape(
                features, cand.modality, self_contained=cand.self_contained)
            if shape == ASKED_FOR:
                asked.append((cand, why))  # left out once its request is kept
            elif not shape:
                scored.append((cand, why))
        article = self.config.min_confidence_scope == "all" or article_text
        kept = above_threshold(scored, self.min_confidence, article=article)
        spans = [span for cand, _ in kept for span in cand.evidence]
        kept += [(cand, why) for cand, why in above_threshold(asked, self.min_confidence, article=article)
                 if not asked_by(anchor_of(cand), spans) and not is_weak_shape(
                     why.features, cand.modality, self_contained=cand.self_contained, request_kept=False)]
        kept.sort(key=lambda pair: order[id(pair[0])])
        for cand, why in kept:
            if quoted_self := index.quoted_self_in(anchor_of(cand).sent, set(cand.actors)):
                why.decisions["speaker"] = f"{QUOTED_SELF_RULE}: {', '.join(quoted_self)}"
            # Completed once kept, as the learned sides are: a side found here never makes an event be written.
            if cand.verb is not None and (added := embedded_parties(cand, cand.verb, index)):
                why.decisions["targets"] = f"{EMBEDDED_RULE}: {', '.join(added)}"
        if self.side_model is not None:
            events_kept = [cand for cand, _ in kept]
            elsewhere = {id(cand): roles_elsewhere(cand, events_kept) for cand in events_kept}
            for cand, why in kept:
                # Only the kept events are completed: a learned side never makes an event be written.
                added = fill_sides(cand, index, self.side_model, elsewhere[id(cand)])
                if added:
                    why.decisions["sides"] = f"{SIDES_RULE}: {', '.join(added)}"
        placeless: set[int] = set()
        for cand, why in kept:
            # Once kept, as the learned sides: "X said her husband was attacked" names the husband, not X.
            if owners := drop_owners(cand, index):
                why.decisions["owners"] = f"{OWNERS_RULE}: {', '.join(owners)}"
            if article_text and (placed := drop_locative_places(cand, index)):  # a learned side may be one too
                why.decisions["places"] = places_record(why.decisions.get("places"), placed)
                if no_party_left(cand, bool(why.features["headline"])):
                    placeless.add(id(cand))  # as in the first pass: its only sides were where it happened
        kept = [(cand, why) for cand, why in kept if id(cand) not in placeless]
        if self.config.drop_weak_shapes and article_text:
            kept = [(cand, why) for cand, why in kept if not no_one_acted_on(
                why.features, cand.type, set(cand.actors.values()), self_contained=cand.self_contained)]
        if self.config.quote_judgements != "off" and article_text and self.judgement_model is not None:
            told = [cand for cand, _ in kept]
            types = ("ACCUSE", "SUPPORT") if self.config.quote_judgements == "both" else ("ACCUSE",)
            for judged, features in quote_judgements(doc, parsed, index, self.judgement_model, types, dates):
                same = already_told(judged, told)
                if same is not None:
                    same.evidence.extend(e for e in judged.evidence if e not in same.evidence)
                    continue
                if not drop_told_targets(judged, told):
                    continue
                told.append(judged)
                kept.append((judged, Explanation(extractor=self.versioned_name, rule=JUDGEMENT_RULE,
                                                 features=features)))
        for cand, why in kept:
            if (dated := story_day_decision(dates, anchor_of(cand), cand.date)) is not None:
                why.decisions["date"] = dated
        doc.layers["events"] = [
            to_event(f"ev{i}", c, doc.text, why) for i, (c, why) in enumerate(kept, start=1)
        ]


def anchor_of(cand: EventCandidate) -> "Token":
    """The word an event's status and governors are read from: its verb, else its trigger."""
    return cand.verb if cand.verb is not None else cand.head
