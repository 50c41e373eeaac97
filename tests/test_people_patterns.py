"""People on made-up articles: titles as written, countries of officials, no junk names."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, title", [
    ("Gov. Scott Walker (R) signed the bill on Tuesday in Madison.", "Scott Walker", "Governor"),
    ("Sen. Maria Costa, R-Texas, said the vote would be close.", "Maria Costa", "Senator"),
    ("Rep. Chris Collins, R-N.Y., noted the polls on Monday.", "Chris Collins", "Representative"),
])
def test_abbreviated_titles_read_as_the_office_and_party_markers_give_the_country(people_of, text, name, title):
    titles, country = people_of(text)[name]
    assert title in titles
    assert country == "USA"


def test_state_before_an_abbreviated_title_gives_the_country(people_of):
    titles, country = people_of("Ohio Gov. John Kasich disagreed with the plan on Monday.")["John Kasich"]
    assert "Governor" in titles
    assert country == "USA"


@pytest.mark.parametrize("text, name, title, country", [
    ("India's External Affairs Minister Arun Mehta met the delegation in Delhi.", "Arun Mehta",
     "External Affairs Minister", "IND"),
    ("Kenya's Inspector General of Police Daniel Okoth spoke in Nairobi.", "Daniel Okoth",
     "Inspector General of Police", "KEN"),
])
def test_titles_keep_the_office_full_name(people_of, text, name, title, country):
    people = people_of(text)
    titles, found = people[name]
    assert title in titles
    assert found == country


def test_office_words_are_no_organisation_of_their_own(extract):
    record = extract("India's External Affairs Minister Arun Mehta met the delegation in Delhi.")
    assert "External Affairs" not in {e.name for e in record.entities}


@pytest.mark.parametrize("text, name, title", [
    ("Mary Ann Johnson, a teacher, voted early on Tuesday.", "Mary Ann Johnson", "teacher"),
    ('"It matters," said Alicia Moreno, senior counsel at the Centre for Justice.', "Alicia Moreno", "senior counsel"),
    ("The connection between quarterback Tom Ricci and wide receiver Sam Hale won the game.", "Sam Hale",
     "wide receiver"),
])
def test_common_occupations_are_titles(people_of, text, name, title):
    assert title in people_of(text)[name][0]


def test_bracketed_first_name_is_one_person(people_of):
    people = people_of("President (John) Smith thanked the volunteers on Sunday.")
    assert len(people) == 1, people


def test_domestic_office_takes_the_publishers_country(people_of):
    text = "Treasury Secretary Paul Ray said the deficit would shrink. Vice President Ana Diaz agreed."
    people = people_of(text, publisher="nytimes.com")
    assert people["Paul Ray"][1] == "USA"
    assert people["Ana Diaz"][1] == "USA"


def test_domestic_office_without_a_known_home_keeps_no_country(people_of):
    text = "Treasury Secretary Paul Ray said the deficit would shrink."
    assert people_of(text)["Paul Ray"][1] is None


def test_chamber_leader_keeps_the_whole_title_and_the_home_country(people_of):
    text = "Senate minority leader Harry Moss told reporters in Washington that the bill would pass."
    titles, country = people_of(text, publisher="washingtonpost.com")["Harry Moss"]
    assert any(t.lower() == "minority leader" or t.lower().endswith("minority leader") for t in titles), titles
    assert country == "USA"


def test_a_party_word_before_a_name_gives_the_home_country(people_of):
    text = ("Republican Tom Ricci and Democrat Ann Lowe met voters in Ohio.\n\n"
            "Ann Lowe blasted her Republican rival Tom Ricci over taxes.")
    people = people_of(text, publisher="usatoday.com")
    assert people["Tom Ricci"][1] == "USA"
    assert people["Ann Lowe"][1] == "USA"


def test_a_party_word_in_a_story_abroad_gives_no_country(people_of):
    text = ("Liberal Democrat Taro Sato won the vote in Osaka, Japan.\n\nTokyo and Kyoto cheered; Japan's "
            "parliament in Tokyo met on Monday.")
    assert people_of(text, publisher="usatoday.com")["Taro Sato"][1] != "USA"


def test_headline_names_are_split_at_the_body_names(extract):
    record = extract("Karin Holm Slams Tomas Berg On Quotas\n\n"
                     "Karin Holm criticised Tomas Berg on Monday over the fishing quotas in Oslo.")
    people = {e.name for e in record.entities if e.type == "PERSON"}
    assert people == {"Karin Holm", "Tomas Berg"}


@pytest.mark.parametrize("text, junk", [
    ("The campaign is losing Gen Z. Young voters of Gen Z said they would stay home.", {"Z", "Z.", "Gen Z"}),
    ("Jerome Arthur Siegel, 98, of Mamaroneck died on Friday.", {"Mamaroneck"}),
])
def test_no_junk_people_or_organisations(extract, text, junk):
    record = extract(text)
    assert not junk & {e.name for e in record.entities if e.type in ("PERSON", "ORG")}


@pytest.mark.parametrize("text, name", [
    ("Delegates are planning ahead.\n\nReince Priebus, the GOP chairman, this past week announced a website.", "Reince Priebus"),
    ("The board met in Lagos.\n\nThe new spokeswoman, Adaeze Okonkwo-Bright, announced the plan.", "Adaeze Okonkwo-Bright"),
])
def test_a_person_named_once_in_apposition_to_a_title_is_a_person(people_of, text, name):
    people = people_of(text)
    assert name in people



def test_a_headline_name_in_capitals_that_the_body_writes_is_kept(nlp):
    from sidelines.extractors.entities.junk import split_headline_people
    from sidelines.extractors.entities.names import NameMention

    text = "Deaths JEROME ARTHUR\n\nJerome Arthur, 98, died on Friday."
    parsed = nlp(text)

    def mention(surface: str, start: int) -> NameMention:
        at = text.index(surface, start)
        toks = parsed.char_span(at, at + len(surface))
        return NameMention(at, at + len(surface), "PERSON", toks.start, toks.end)

    mentions = [mention("JEROME ARTHUR", 0), mention("Jerome Arthur", 20)]
    kept = split_headline_people(parsed, text, mentions, (0, text.index("\n")))
    assert [text[m.start:m.end] for m in kept] == ["JEROME ARTHUR", "Jerome Arthur"]


def test_apposition_title_with_a_relative_clause_naming_someone_else(people_of):
    text = ('Tomas Berg spoke on Monday. "It worries everybody," said Ann Lowe, an RNC committeewoman '
            "from Nevada who openly supports Tomas Berg.")
    assert "committeewoman" in " ".join(people_of(text)["Ann Lowe"][0])


def test_a_title_after_be_is_a_role(people_of):
    titles, country = people_of("Florent Dubek is a former U.S. Army captain who won a medal in 2012.")["Florent Dubek"]
    assert "former captain" in titles or "captain" in " ".join(titles), titles
    assert country == "USA"


def test_ambassador_to_a_country_serves_the_sender(people_of):
    people = people_of("Ambassador to the Philippines John Carter met officials in Manila on Monday.",
                       publisher="nytimes.com")
    titles, country = people["John Carter"]
    assert "Ambassador to the Philippines" in titles
    assert country == "USA"


def test_ambassador_to_a_country_without_a_known_publisher_has_no_country(people_of):
    titles, country = people_of("Ambassador to the Philippines John Carter met officials in Manila.")["John Carter"]
    assert country is None


@pytest.mark.parametrize("text, name, title, country, junk", [
    ("Kenyan Foreign Affairs Cabinet Secretary Grace Wambui met the delegation in Nairobi on Monday.",
     "Grace Wambui", "Foreign Affairs Cabinet Secretary", "KEN",
     {"Kenyan Foreign", "Affairs Cabinet Secretary", "Kenyan Foreign Affairs", "Cabinet Secretary"}),
    ("Indian External Affairs Minister Arun Mehta met the delegation in Delhi on Monday.",
     "Arun Mehta", "External Affairs Minister", "IND", {"Indian External Affairs", "External Affairs", "Minister"}),
])
def test_a_title_after_a_demonym_is_the_role_never_a_name(extract, text, name, title, country, junk):
    record = extract(text)
    names = {e.name for e in record.entities if e.type in ("PERSON", "ORG")}
    assert not junk & names, names
    person = next(e for e in record.entities if e.name == name)
    assert title in [r.title for r in person.roles], person.roles
    assert person.country == country


def test_a_run_of_title_words_is_no_person(extract):
    record = extract("Deputy Cabinet Secretary said on Monday that the budget would pass.")
    assert not [e.name for e in record.entities if e.type == "PERSON"]


@pytest.mark.parametrize("text, surname, title", [
    ("President (John) Smith thanked the volunteers on Sunday.", "Smith", "President"),
    ("Governor (Mary) Jones signed the budget on Sunday.", "Jones", "Governor"),
])
def test_a_bracketed_first_name_gives_one_titled_person(people_of, text, surname, title):
    people = people_of(text)
    assert len(people) == 1, people
    (name, (titles, _)), = people.items()
    assert name.endswith(surname)
    assert title in titles


def test_a_foreign_ambassador_keeps_the_country_named(people_of):
    text = "Russian Ambassador Ivan Sokolov was summoned in Washington on Monday."
    assert people_of(text, publisher="nytimes.com")["Ivan Sokolov"][1] == "RUS"


def test_a_numbered_name_holds_no_organisation(extract):
    record = extract("Speaking to reporters aboard Air Force One, the president said the deal was close. "
                     "The Air Force said the plane was fine.")
    by_name = {e.name: e for e in record.entities}
    assert "Air Force One" in by_name
    assert [m.text for m in by_name["Air Force"].mentions] == ["Air Force"]


def test_a_preposition_opening_a_sentence_is_not_part_of_a_name(extract):
    record = extract("Aboard Air Force One, the president told reporters he was tired.")
    names = {e.name for e in record.entities}
    assert "Aboard Air Force One" not in names
    assert "Air Force One" in names


@pytest.mark.parametrize("text, name, title, junk", [
    ("Senior Advisor for Africa Martin Boyle met the president in Kinshasa.", "Martin Boyle",
     "Senior Advisor for Africa", set()),
    ("Minister of State for External Affairs Ravi Kumar arrived in Dhaka on Monday.", "Ravi Kumar",
     "Minister of State for External Affairs", {"State for External Affairs", "External Affairs"}),
])
def test_an_office_for_a_portfolio_or_region_is_one_title(extract, text, name, title, junk):
    record = extract(text)
    assert not junk & {e.name for e in record.entities if e.type in ("PERSON", "ORG")}
    person = next(e for e in record.entities if e.name == name)
    assert title in [r.title for r in person.roles], person.roles


@pytest.mark.parametrize("text, name, title", [
    ("John Carter, the U.S. ambassador to Japan, met officials in Tokyo on Monday.", "John Carter",
     "ambassador to Japan"),
    ("The U.S. Ambassador to the Philippines, John Carter, met officials in Manila on Monday.", "John Carter",
     "Ambassador to the Philippines"),
])
def test_an_appositive_envoy_keeps_the_posting_in_the_title_and_serves_the_sender(people_of, text, name, title):
    titles, country = people_of(text)[name]
    assert title in titles, titles
    assert country == "USA"


def test_a_relative_clause_with_as_gives_the_title_to_the_person_it_describes(people_of):
    people = people_of("Ivan Petrov, who served as mayor of Dayton for ten years, spoke on Monday.")
    assert any("mayor" in t for t in people["Ivan Petrov"][0]), people


@pytest.mark.parametrize("text, title", [
    ('"We will win," said Ivan Petrov, the former secretary of State.', "former secretary of State"),
    ("Ivan Petrov, the White House chief of staff, spoke on Monday.", "chief of staff"),
    ("Ivan Petrov, the former Secretary of Defense, spoke on Monday.", "former Secretary of Defense"),
    ("Ivan Petrov, Ruritania's minister of foreign affairs, spoke on Monday.", "minister of foreign affairs"),
    ("Ivan Petrov, who was secretary of state from 2009 to 2013, spoke on Monday.", "secretary of state"),
    ("Ivan Petrov is the secretary of state of Ohio.", "secretary of state"),
])
def test_a_title_after_a_name_keeps_its_office_domain(people_of, text, title):
    people = people_of(text)
    assert title in people["Ivan Petrov"][0], people


def test_a_title_after_as_keeps_its_office_domain(people_of):
    people = people_of("Ivan Petrov served as secretary of state under the last president.")
    assert "secretary of state" in people["Ivan Petrov"][0], people


@pytest.mark.parametrize("text, title", [
    ("Ivan Petrov arrived in Dover on Monday. He is a retired police officer who lives in the town.", "police officer"),
    ("Dana Reyes declined to comment. She was a special assistant to the governor until May.", "special assistant"),
])
def test_a_title_after_a_pronoun_and_be_is_its_persons(people_of, text, title):
    people = people_of(text)
    name = text.split(" arrived")[0].split(" declined")[0]
    assert any(title in t for t in people[name][0]), people


def test_a_plural_title_in_apposition_before_names_is_each_ones(people_of):
    text = "The two Daily Courier reporters who broke the story, Ann Lowe and Tom Hale, met in Dover."
    people = people_of(text)
    assert "reporter" in " ".join(people["Ann Lowe"][0]) and "reporter" in " ".join(people["Tom Hale"][0]), people


def test_a_pronoun_title_in_a_quote_or_an_as_if_clause_is_no_title(people_of):
    text = ('Tom Hale spoke in Dover on Monday. He said the mayor acts "as if he is an emperor." '
            "Tom Hale left at noon; he was not a candidate.")
    people = people_of(text)
    assert not any(t in ("emperor", "candidate") for t in people["Tom Hale"][0]), people
