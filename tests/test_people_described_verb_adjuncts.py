"""An object description followed by a word the parse hangs on its verb: "for years", "for his help" or an
infinitive's "to" qualify the verb, not the title, so the description still names the one person just named;
"for" or "to" before a body or a name may be the title's own complement and names someone else
(made-up people)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,name,title", [
    ("Tobias Wren spoke in Dayton on Monday. Reporters have been covering the senator for years.",
     "Tobias Wren", "senator"),
    ("Tobias Wren spoke in Dayton on Monday. The crowd thanked the governor for his help.", "Tobias Wren",
     "governor"),
    ("Maren Ekdal toured the plant on Tuesday. Activists pressed the mayor to act.", "Maren Ekdal", "mayor"),
])
def test_a_verbs_adjunct_after_an_object_description_keeps_the_title(people_of, text, name, title):
    people = people_of(text)
    assert name in people, people
    assert title in people[name][0], people[name]


@pytest.mark.parametrize("text,name", [
    ("Tobias Wren spoke in Dayton on Monday. Police questioned the spokesman for the ministry.", "Tobias Wren"),
    ("Tobias Wren spoke in Dayton on Monday. The family hired the lawyer for the company.", "Tobias Wren"),
    ("Tobias Wren spoke in Dayton on Monday. He asked the lawyer for the Dunmore family to leave.", "Tobias Wren"),
    ("Tobias Wren spoke in Dayton on Monday. He met the ambassador to Chile.", "Tobias Wren"),
    ("Tobias Wren spoke in Dayton on Monday. The court appointed the lawyer for his son.", "Tobias Wren"),
    ("Tobias Wren spoke in Dayton on Monday. The firm assigned the attorney for her client.", "Tobias Wren"),
])
def test_a_title_with_its_own_complement_names_someone_else(people_of, text, name):
    people = people_of(text)
    assert name in people, people
    assert not people[name][0], people[name]
