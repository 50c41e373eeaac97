"""Names of things are no entities (entities/things.py): awards, hashtags, titles of works after a noun of a
work, products made by a company; the actors around them stay, and so does a work the text refers to again."""

from __future__ import annotations

import pytest


def _names(extract, text: str) -> set[str]:
    return {e.name for e in extract(text).entities}


@pytest.mark.parametrize(("text", "thing", "actors"), [
    ("Columnist Nora Vance of the Evening Courier, winner of the Harlan Reed Memorial Award for coverage of "
     "City Hall, spoke first.", "Harlan Reed Memorial Award", ["Nora Vance"]),
    ("The conference gave its Dunmore - Vale Award to the Lakeport Otters in 2011.",
     "Dunmore - Vale Award", ["Lakeport Otters"]),
    ("Governor Hal Brenner handed the Silver Pine Medal to three nurses in Salem.", "Silver Pine Medal",
     ["Hal Brenner"]),
])
def test_an_award_is_no_entity(extract, text, thing, actors):
    names = _names(extract, text)
    assert thing not in names, names
    assert set(actors) <= names, names


def test_a_fund_named_for_awards_stays(extract):
    # "Awards Fund": the award word opens no phrase of its own
    assert "Mara Quinn Awards Fund" in _names(extract, "Donations reached the Mara Quinn Awards Fund, which helps "
                                                       "students in Dayton.")


def test_a_hashtag_is_no_entity(extract):
    names = _names(extract, "Supporters rallied behind #TeamKelso after Senator Ada Kelso spoke in Reno.")
    assert "TeamKelso" not in names, names
    assert "Ada Kelso" in names, names


@pytest.mark.parametrize(("text", "work", "actors"), [
    ("In the film Lucky Streak, the mayor of Dayton plays himself.", "Lucky Streak", []),
])
def test_a_work_named_after_a_noun_of_a_work_is_no_entity(extract, text, work, actors):
    names = _names(extract, text)
    assert work not in names, names
    assert set(actors) <= names, names


def test_a_work_the_text_refers_to_again_stays_as_a_work(extract):
    record = extract("She wrote the novel Quiet Harbor in 1999. It sold a million copies in Canada.")
    types = {e.name: e.type for e in record.entities}
    assert types.get("Quiet Harbor") in (None, "WORK_OF_ART"), types


@pytest.mark.parametrize(("text", "person"), [
    ("Actor Dean Walsh starred in the series. As star and producer of the show, Walsh has written three episodes.",
     "Dean Walsh"),
    ("In the book Karen Lowe wrote last spring, she blamed Governor Ed Pratt.", "Karen Lowe"),
])
def test_a_person_after_a_noun_of_a_work_stays(extract, text, person):
    assert person in _names(extract, text)


def test_products_a_company_makes_are_no_entities(extract):
    names = _names(extract, "Bakers in Ohio lost their jobs as the company that makes Puffy Pops, Nutty Bars and Berry "
                            "Swirls cut costs.")
    assert not names & {"Puffy Pops", "Nutty Bars", "Berry Swirls"}, names


@pytest.mark.parametrize(("text", "actor"), [
    ("Last season Georgetown made Villanova look slow on defense.", "Villanova"),
    ("What makes Sanders' plan so popular is its simplicity, said Joan Tate.", "Sanders"),
])
def test_actors_after_a_verb_of_making_stay(extract, text, actor):
    assert actor in _names(extract, text)


def test_a_name_a_hashtag_echoes_stays(extract):
    # only the hashtag itself is a thing, not the same name written out elsewhere
    names = _names(extract, "Fans posted #Okonkwo after Okonkwo scored twice for the Lakeport Otters on Friday.")
    assert "Okonkwo" in names, names


@pytest.mark.parametrize(("text", "actor"), [
    # "show", "play": verbs, not nouns of a work
    ("Ledgers show Chevron paid no state tax in 2019.", "Chevron"),
    ("The Lakeport Otters play Brixham on Saturday in the semifinal.", "Brixham"),
    # the phrase of the work noun ends before the name, which opens the next clause
    ("In the documentary Brannigan argues that the dam was never safe.", "Brannigan"),
    ("After the show Maddow told reporters she was tired.", "Maddow"),
])
def test_a_name_after_a_work_noun_outside_its_phrase_stays(extract, text, actor):
    assert actor in _names(extract, text)


@pytest.mark.parametrize(("text", "actor"), [
    # a result ("made X cautious", "makes X one company"), not a product
    ("The scandal made Brannigan more careful about his aides, friends say.", "Brannigan"),
    ("The merger makes Dravco and Holtwick one firm with $90 billion in sales.", "Holtwick"),
    # the maker is no company: a place or school that "produced" people
    ("Maine has produced Ashworth and Pellegrini, and Republicans hope to add another.", "Ashworth"),
    ("The town's political machine produced Okonkwo, who ran the county for decades.", "Okonkwo"),
])
def test_a_name_after_a_verb_of_making_without_a_product_stays(extract, text, actor):
    assert actor in _names(extract, text)
