"""Entities on sports pages: teams in results lines, fixtures and scorecards; the home side's city a place."""

from __future__ import annotations


def test_teams_fixture_home_side_is_the_venue(entity_types_of):
    text = ("BASEBALL - WEEKEND FIXTURES.\nNEW YORK 1997-05-02\nFixtures on Saturday:\n"
            "DENVER AT PORTLAND\nBOSTON AT MIAMI\n")
    labels = entity_types_of(text)
    assert labels.get("DENVER") == {"ORG"}
    assert labels.get("PORTLAND") == {"GPE"}
    assert labels.get("MIAMI") == {"GPE"}


def test_teams_scorecard_innings_name_the_teams(entity_types_of):
    text = ("CRICKET - COUNTY SCORES.\nLONDON 1997-06-12\nClose of play scores on Thursday:\n"
            "Taunton: Yorkshire 301 and 166-4 (D. Byas 88, M. Vaughan 51), "
            "Somerset 240 (P. Bowler 77; C. Silverwood 5-60).\n"
            "Yorkshire beat Somerset by six wickets.\nYorkshire 22 points, Somerset 5.\n")
    labels = entity_types_of(text)
    assert labels.get("Yorkshire") == {"ORG"}
    assert labels.get("Somerset") == {"ORG"}
    assert labels.get("Taunton") != {"ORG"}


def test_teams_fixture_list_after_v(entity_types_of):
    text = ("CRICKET - TOURING SIDE'S ITINERARY.\nLONDON 1997-03-02\nThe touring party will play:\n"
            "May 14 v Lancashire\nMay 18 v Essex or Kent (three days)\n")
    labels = entity_types_of(text)
    for team in ("Lancashire", "Essex", "Kent"):
        assert labels.get(team) == {"ORG"}, (team, labels)


def test_teams_bracketed_tag_is_part_of_the_team(entity_types_of):
    text = "Results of league matches on Sunday:\nPartizan 3 Sloga (K) 1\nRudar (P) 0 Vojvodina 2\n"
    labels = entity_types_of(text)
    assert labels.get("Sloga (K)") == {"ORG"}
    assert labels.get("Rudar (P)") == {"ORG"}
    assert "Sloga" not in labels


def test_teams_city_of_a_results_line_is_the_team_in_the_report(entity_types_of):
    text = ("SOCCER - DUNDEE HOLD ON.\nGLASGOW 1997-03-02\nResult of a Scottish league match on Saturday:\n"
            "Dundee 2 Falkirk 1\nDundee's lead at the top grew to four points after Falkirk missed a late penalty.\n"
            "In Dundee, fans celebrated long after the final whistle.\n")
    labels = entity_types_of(text)
    assert labels.get("Falkirk") == {"ORG"}
    assert "ORG" in labels.get("Dundee", set())
    # the report still says where the fans were: "In Dundee" is the city (its own entity, a place)
    assert "GPE" in labels.get("Dundee", set())


def test_athlete_before_a_bracketed_country_is_a_person(entity_types_of):
    text = ("TENNIS - RESULTS FROM THE OPEN.\nPARIS 1997-06-01\nResults on Sunday:\n"
            "Olivier Mercier (France) beat Tomas Dvorak (Czech Republic) 6-4 6-3\n"
            "3 - Karin Lindgren (Sweden) beat Hana Novotna (Slovakia) 7-5 6-1\n")
    labels = entity_types_of(text)
    for name in ("Olivier Mercier", "Tomas Dvorak", "Karin Lindgren", "Hana Novotna"):
        assert labels.get(name) == {"PERSON"}, (name, labels)


def test_place_before_a_player_role_is_the_club(entity_types_of):
    text = ("SOCCER - SMITH JOINS ROVERS.\nLONDON 1997-02-11\n"
            "Former Ipswich striker Dean Smith signed for Rovers on Tuesday.\n"
            "Smith, who scored 14 goals for Ipswich last season, will join his old Ipswich team mate Paul Grant.\n"
            "He grew up in Ipswich.\n")
    labels = entity_types_of(text)
    assert labels.get("Ipswich") == {"ORG", "GPE"}  # the club twice, the town once


def test_scorecard_venue_before_the_colon_is_a_place(entity_types_of):
    text = ("CRICKET - COUNTY RESULTS.\nLONDON 1997-06-14\nResults on Saturday:\n"
            "At Worksop: Yorkshire beat Somerset by six wickets.\n"
            "Taunton (Somerset): Essex 301 and 166-4 (D. Byas 88), Durham 240 (P. Bowler 77).\n")
    labels = entity_types_of(text)
    assert labels.get("Worksop") == {"GPE"}
    assert labels.get("Taunton") == {"GPE"}
    assert labels.get("Essex") == {"ORG"}
    assert labels.get("Durham") == {"ORG"}


def test_dated_lines_hold_no_teams(entity_types_of):
    text = ("Robotics team wins award\nFriday, July 21, 2017\nA group of students won a prize on Friday.\n"
            "Born: June 11, 1988, Fort Worth, Texas\nIn 2015, Mercer joined the club. In 2016, Mercer left.\n")
    labels = entity_types_of(text)
    assert not any("ORG" in types for name, types in labels.items() if name.split()[0] in {"July", "June", "In"})
    assert labels.get("Born") is None


def test_person_before_supporters_stays_the_person(entity_types_of):
    text = ("Thousands of Morales supporters marched in La Paz on Sunday. Evo Morales told the crowd he would "
            "run again. Morales said the vote had been stolen.")
    labels = entity_types_of(text)
    assert labels.get("Morales") == {"PERSON"}
