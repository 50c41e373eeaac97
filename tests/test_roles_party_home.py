"""A party role in a story about another country: the publisher's country when the party is its own.

Made-up articles; each pattern is a general one of news writing, not any one article's.
"""

from __future__ import annotations

FOREIGN_STORY = (
    "Republican front-runner Dale Moss praised Russian President Ivan Petrov on Friday. "
    "Petrov said in Moscow that Russia would welcome better ties. "
    "Russian officials in Moscow and St. Petersburg said Russia was ready. "
    "The Kremlin said Russia and its allies would meet in Sochi."
)


def test_a_party_role_takes_the_publishers_country_when_the_party_is_its_own(people_of):
    people = people_of(FOREIGN_STORY, publisher="USA Today")
    assert people["Dale Moss"][1] == "USA", people


def test_a_party_role_takes_no_country_from_a_publisher_of_another_party_system(people_of):
    people = people_of(FOREIGN_STORY, publisher="Der Spiegel")
    assert people["Dale Moss"][1] is None, people
