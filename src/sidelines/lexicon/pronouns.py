"""Personal pronouns and common given names with their gender, for in-document coreference."""

from __future__ import annotations

# Third-person singular pronouns that refer to people, with their gender.
PERSON_PRONOUNS: dict[str, str] = {
 "he": "m", "him": "m", "his": "m", "himself": "m",
 "she": "f", "her": "f", "hers": "f", "herself": "f",
}

# Common given names with a usual gender, used only to keep "he"/"she" off the wrong person.
MALE_FIRST_NAMES = frozenset("""
aaron abdul abdullah adam adrian ahmed ahmad alan albert alex alexander alexey ali andrew
andy anthony antonio arthur barack ben benjamin bernard bill bob boris brian bruce carl carlos charles
chris christopher daniel david dennis donald douglas edward emmanuel eric frank fred gary george
gerald gordon greg gregory harold harry henry hugo ian igor ivan jack jacob james jason jeff
jeffrey jerry jim joe john jonathan jorge jose joseph juan justin keith ken kenneth kevin larry
luis mark martin matthew michael mike mikhail mohammed mohammad muhammad nicholas nick
nikolai omar oleg pablo patrick paul pedro peter philip pierre rafael ray raymond richard robert
roger ronald ryan salman sam samuel scott sean sergey stephen steve steven thomas tim timothy
tom tony victor walter william  yusuf viktor vikram rahul narendra emmanuel olaf
friedrich hans karl klaus jens lars sven giuseppe marco luca giovanni francesco jacques francois michel
louis ahmet mehmet mustafa hassan hussein khalid hamid reza alireza yair naftali moshe
""".split())

FEMALE_FIRST_NAMES = frozenset("""
alice amanda amy ana angela angelina ann anna anne annalena barbara betty beatrice carol caroline
catherine charlotte christine claire claudia diana donna dorothy elena elizabeth ellen emily emma eva
frances hannah helen hillary jacqueline jane janet jennifer jessica joan judith judy julia julie karen
kamala kate katherine kathleen kathy laura linda lisa liz margaret maria marie marine mary melania
michelle nancy natalia natalya nicola olga patricia rachel rebecca rose ruth sandra sara sarah sharon
sophie susan svetlana tatiana tatyana teresa theresa ursula valentina victoria virginia yulia yelena
zaha jenna doris carolyn debbie adele sally megan rita giorgia jacinda theresa ngozi
christine kristalina sanna mette magdalena liz priti indira benazir hasina
""".split())
# Either list: a common given name.
GIVEN_NAMES = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES

