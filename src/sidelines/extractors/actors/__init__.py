"""Actors: the one place where an actor's country, the group actors and office countries are decided.

The adapter of the ``actors`` extractor. It runs after ``entities`` (and ``places``, whose
countries locate group actors) and amends the ``entities`` layer in this order:

0. :mod:`.placed`: a place entity takes the country its toponyms resolved to in the article; a
   two-word country name or demonym the tagger split ("Sierra" + "Leonean") becomes one entity; words no
   entity covers that misspell a country's name or demonym ("Ethiopa"), or are a demonym the tagger
   left unmarked ("Omani army"), become states or peoples;
1. :mod:`.offices`: bare-titled office holders ("President X") take the one home country their
   sentences tell; :mod:`.home`: domestic office holders still without one take the country that
   the document's places and its publisher agree on, and envoys posted to a named country the
   publisher's;
2. :mod:`.known`: named groups a lexicon derived from WordNet glosses lists, or the general-knowledge list of
   one state's bodies, parties and movements (``lexicon/national_bodies.py``: "the Bundestag", "Hamas"), take
   its country;
   :mod:`.groups`: generic actor phrases ("Israeli troops", "police in Nairobi") become nominal
   entities with a country;
3. :mod:`.possessed`: organisations written after a place's possessive ("Iran's Intelligence Ministry")
   take its country, as do a state's bodies named with where they sit ("the Foreign Ministry in Tokyo",
   :mod:`.located_bodies`); :mod:`.countries`: organisations and peoples without a country take the document's one
   country (a demonym bound to another phrase, "kidnapped two Italian tourists", names none:
   :mod:`.bound_demonyms`); then entities whose name says a country take it (:mod:`.authors` keeps the
   byline's writers out); :mod:`.preposed`: a name after "<Country>'s <office>," takes that country;
   :mod:`.members`: people whose role belongs to an organisation with a country ("FARC commander X")
   take it;
4. :mod:`.public`: people still without one who hold a role, or stand in a sentence of party
   politics, in a story set in one country take that country (in a one-paragraph report, also those whose act
   is aimed at it when only its own people do such an act: :mod:`.home_acts`); then :mod:`.parties`: people the text
   makes members of a one-country party ("Republican X") take its country (the weakest evidence, used last).

The extractors after it (quotes, events) read these entities and change none of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.actors.countries import (
    add_misspelt_countries,
    fill_name_countries,
    fill_stateless_countries,
    join_split_country_words,
)
from sidelines.extractors.actors.groups import add_group_actors
from sidelines.extractors.actors.home import fill_home_countries, fill_sender_countries
from sidelines.extractors.actors.known import fill_known_countries
from sidelines.extractors.actors.located_bodies import fill_located_body_countries
from sidelines.extractors.actors.members import fill_member_countries
from sidelines.extractors.actors.offices import fill_office_countries
from sidelines.extractors.actors.parties import fill_party_countries
from sidelines.extractors.actors.placed import align_place_countries
from sidelines.extractors.actors.plural_pronouns import link_plural_pronouns
from sidelines.extractors.actors.possessed import fill_possessed_countries
from sidelines.extractors.actors.preposed import fill_preposed_office_countries
from sidelines.extractors.actors.public import fill_public_countries
from sidelines.extractors.actors.speaking_groups import link_group_speakers, link_it_speakers
from sidelines.extractors.actors.speaking_owners import add_speaking_owners
from sidelines.extractors.actors.unnamed import add_unnamed_subjects
from sidelines.extractors.base import BaseExtractor, ExtractorConfig

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sidelines.model.document import Document

__all__ = ["ActorExtractor", "ActorsConfig", "GroupExtractor"]


class ActorsConfig(ExtractorConfig):
    """Settings of the actors extractor ([extractors.actors]); none yet (its rules have no weights)."""


class ActorExtractor(BaseExtractor):
    """Countries of entities, and group actors added as entities, from the entities and places layers."""

    name = "actors"
    version = "v5"
    requires = ("entities", "places")
    produces = ()
    amends = ("entities",)
    Config = ActorsConfig

    def __call__(self, doc: "Document", parsed: "Doc") -> None:
        """Amend the ``entities`` layer: fill countries, add group actors."""
        align_place_countries(doc)
        join_split_country_words(doc, parsed)
        add_misspelt_countries(doc, parsed)
        fill_office_countries(doc, parsed)
        fill_home_countries(doc)
        fill_sender_countries(doc)
        fill_known_countries(doc)
        add_group_actors(doc, parsed)
        fill_possessed_countries(doc, parsed)
        fill_located_body_countries(doc, parsed)
        fill_stateless_countries(doc, parsed)
        fill_name_countries(doc)
        fill_preposed_office_countries(doc)
        fill_member_countries(doc)
        fill_public_countries(doc, parsed)
        fill_party_countries(doc)


class GroupExtractor(BaseExtractor):
    """Generic event sides with no country ("the media", "co-workers") added as entities, after quotes.

    Run after ``quotes`` so that an anonymous source ("officials said") keeps no speaker entity; a
    definite group speaker ("the crowd yelled") then takes its group entity (:mod:`.speaking_groups`).
    Last, "they/their" and a subject "it" join the group or body they safely name (:mod:`.plural_pronouns`).
    """

    name = "groups"
    version = "v6"
    requires = ("entities", "quotes")
    produces = ()
    amends = ("entities", "quotes")
    Config = ActorsConfig

    def __call__(self, doc: "Document", parsed: "Doc") -> None:
        """Amend the ``entities`` layer with countryless group sides, and quotes with group speakers."""
        add_group_actors(doc, parsed, countryless=True)
        add_unnamed_subjects(doc, parsed)
        add_speaking_owners(doc, parsed)
        link_group_speakers(doc, parsed)
        link_plural_pronouns(doc, parsed)
        link_it_speakers(doc, parsed)
