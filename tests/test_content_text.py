"""Plain-text metadata: headline, furniture, byline, dateline, live-blog updates, date lines, source chain."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sidelines.content.source_chain import find_source_chain, same_outlet
from sidelines.content.text import annotate_plain_text, find_dateline, parse_date_line, split_headline
from sidelines.model.document import Document

MEETING = (
    "Chile, Argentina agree to reopen Andes border crossings Video / Updated\n"
    "Chilean President Marta Olivares met Argentine President Tomas Ibarra in Mendoza on Monday.\n"
    "The talks were held on the sidelines of a Mercosur summit, Andes Daily reports per Argentine media.\n"
    "12:40\n"
    "The two leaders have signed a declaration on border trade.\n"
    "By Lucia Fernandez and Pablo Reyes\n"
)


def annotate(text: str, **meta) -> Document:
    return annotate_plain_text(Document(id="t", text=text, **meta))


def test_annotate_never_changes_text():
    doc = annotate(MEETING)
    assert doc.text == MEETING


def test_headline_without_trailing_furniture():
    doc = annotate(MEETING)
    assert doc.title == "Chile, Argentina agree to reopen Andes border crossings"
    furniture = [f.text for f in doc.furniture]
    assert "Video / Updated" in furniture
    span = doc.furniture[0]
    assert MEETING[span.start:span.end] == "Video / Updated" and span.start == 56


def test_byline_authors_and_span():
    doc = annotate(MEETING)
    assert doc.authors == ["Lucia Fernandez", "Pablo Reyes"]
    assert "By Lucia Fernandez and Pablo Reyes" in [f.text for f in doc.furniture]


def test_live_blog_update_starts_at_next_line():
    doc = annotate(MEETING)
    assert [u.time for u in doc.updates] == ["12:40"]
    assert MEETING[doc.updates[0].start:].startswith("The two leaders have signed")


def test_self_naming_outlet_becomes_publisher():
    doc = annotate(MEETING)
    assert doc.publisher == "Andes Daily"
    assert doc.attributed_to == ["Argentine media"]


def test_given_publisher_is_kept():
    doc = annotate(MEETING, publisher="andesdaily.example")
    assert doc.publisher == "andesdaily.example"
    assert doc.attributed_to == ["Argentine media"]


@pytest.mark.parametrize(
    ("line", "title", "furniture"),
    [
        ("Rwanda and Burundi reopen border Photo", "Rwanda and Burundi reopen border Photo", []),
        ("Rwanda and Burundi reopen border | Watch", "Rwanda and Burundi reopen border", ["Watch"]),
        ("EXCLUSIVE: Rwanda and Burundi reopen border", "Rwanda and Burundi reopen border", ["EXCLUSIVE"]),
        ("Rwanda and Burundi reopen border LIVE", "Rwanda and Burundi reopen border", ["LIVE"]),
        ("Opinion | Why the border deal matters", "Why the border deal matters", ["Opinion"]),
        ("Millions Still Live Near the Border", "Millions Still Live Near the Border", []),
    ],
)
def test_split_headline_furniture(line, title, furniture):
    start, end, pieces = split_headline(line)
    assert line[start:end].strip(" |:") == title
    assert [line[a:b] for a, b in pieces] == furniture


def test_first_sentence_is_not_a_headline():
    text = (
        "Kenyan President William Ruto met his Ugandan counterpart in Entebbe on Tuesday.\n"
        "The two leaders discussed the oil pipeline.\n"
    )
    assert annotate(text).title is None


def test_single_paragraph_has_no_headline():
    assert annotate("Talks in Oslo ended without agreement on Friday, officials said.").title is None


def test_given_title_is_kept():
    doc = annotate("Leaders meet in Oslo\nThe prime ministers met.\n", title="Given title")
    assert doc.title == "Given title"


@pytest.mark.parametrize(
    ("line", "dateline", "agency"),
    [
        ("MOSCOW, Sept 1 (Reuters) - Russia said on Monday", "MOSCOW, Sept 1 (Reuters) -", "Reuters"),
        ("ANKARA (AP) — Turkey's parliament voted", "ANKARA (AP) —", "AP"),
        ("OSCEOLA, Iowa — In the final countdown", "OSCEOLA, Iowa —", None),
        ("Nairobi, March 4 (Xinhua) -- Kenya said", "Nairobi, March 4 (Xinhua) --", "Xinhua"),
        ("Kenya - the talks resumed", None, None),
        ("SOCCER - JAPAN BEAT SYRIA IN ASIAN CUP", None, None),
        ("EXCLUSIVE – The minister will resign", None, None),
    ],
)
def test_dateline(line, dateline, agency):
    found = find_dateline(line, 0, len(line))
    if dateline is None:
        assert found is None
    else:
        span, got_agency = found
        assert span.text == dateline and span.start == 0
        assert got_agency == agency


def test_dateline_agency_joins_attributed_to():
    text = "Ghana votes in run-off\nACCRA, Dec 7 (Reuters) - Ghanaians voted on Saturday in a run-off.\n"
    doc = annotate(text)
    assert doc.dateline.text == "ACCRA, Dec 7 (Reuters) -"
    assert doc.attributed_to == ["Reuters"]
    assert doc.title == "Ghana votes in run-off"


@pytest.mark.parametrize("text", [
    "Mayor swipes at rival over ferry.\n\nBergen (AFP) – Mayor Anna Lind has taken a swipe at her rival, saying "
    "that the ferry is late.",
    "Port chief quits after ferry row.\n\nBERGEN, July 19 (UPI) — The harbour master resigned on Tuesday.",
])
def test_dateline_under_a_headline_ending_with_a_period(text):
    # a one-sentence first line ending with a period is not taken for a headline, yet the dateline is found
    doc = annotate(text)
    assert doc.dateline is not None and doc.dateline.text.startswith(("Bergen (AFP)", "BERGEN, July 19"))
    assert doc.attributed_to and doc.attributed_to[0] in ("AFP", "UPI")


def test_no_dateline_taken_from_a_line_below_a_body_sentence():
    text = ("The mayor opened the new ferry line on Monday. The city council had debated it for a year.\n\n"
            "BERGEN (AFP) – The harbour master resigned on Tuesday.")
    assert annotate(text).dateline is None


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Posted: May 24, 2005", ("2005-05-24", False)),
        ("Updated 09 / 14 / 2013 01:03 PM", ("2013-09-14", True)),
        ("Friday, Sep 10, 2010 | Updated 8:52 PM EDT", ("2010-09-10", True)),
        ("Oslo, 4 March 2025", ("2025-03-04", False)),
        ("Talks resume: 4 November 2011", None),
        ("APR 28", None),
    ],
)
def test_parse_date_line(line, value):
    assert parse_date_line(line) == value


def test_date_line_sets_published_and_is_furniture():
    text = "Floods hit Mozambique\nPublished: 12 February 2024\nFloods in central Mozambique killed 12 people.\n"
    doc = annotate(text)
    assert doc.published == "2024-02-12"
    assert doc.title == "Floods hit Mozambique"
    assert "Published: 12 February 2024" in [f.text for f in doc.furniture]


@pytest.mark.parametrize("deck", [
    "Aid agencies warn of cholera as rivers keep rising",
    "Rescue teams reached three cut-off villages on the coast overnight.",
])
def test_date_line_after_a_deck_line_sets_published(deck):
    # A deck or summary line between the headline and the date line: the date still dates the page.
    text = f"Floods hit Mozambique\n{deck}\nFEB. 12, 2024\nFloods in central Mozambique killed 12 people.\n"
    assert annotate(text).published == "2024-02-12"


def test_date_in_a_body_line_sets_no_published():
    text = "Floods hit Mozambique\nAid agencies warn of cholera\nThe floods began on Feb. 12, 2024, after storms.\n"
    assert annotate(text).published is None


def test_date_line_does_not_override_given_published():
    text = "Floods hit Mozambique\nPublished: 12 February 2024\nFloods killed 12 people.\n"
    assert annotate(text, published="2024-02-13").published == "2024-02-13"


@pytest.mark.parametrize(
    "stamp", ["12:12", "12:12 GMT", "1:05 pm", "9:30 p.m.", "09:30 BST"],
)
def test_live_blog_timestamps(stamp):
    text = f"Summit live\nThe summit opened.\n{stamp}\nLeaders arrived.\n"
    doc = annotate(text)
    assert [u.time for u in doc.updates] == [stamp]
    assert text[doc.updates[0].start:] == "Leaders arrived.\n"


def test_time_inside_a_sentence_is_no_update():
    assert annotate("Summit live\nThe talks began at 12:12 in the palace.\n").updates == []


def test_credit_line_gives_reporters_not_editors():
    text = (
        "Sudan talks resume\nSudan's warring parties resumed talks in Jeddah.\n"
        "(Reporting by Amal Hassan in Khartoum and Peter Okafor; Editing by Diane Clarke)\n"
    )
    doc = annotate(text)
    assert doc.authors == ["Amal Hassan", "Peter Okafor"]
    assert any(f.text.startswith("(Reporting by Amal Hassan") for f in doc.furniture)


def test_sentence_starting_with_by_is_no_byline():
    doc = annotate("Budget passes\nBy a narrow margin, the parliament passed the budget.\n")
    assert doc.authors == []


@pytest.mark.parametrize(
    ("text", "publisher", "expected_publisher", "expected"),
    [
        ("The vote was delayed, Nile Post reports, citing Ugandan media.", None, "Nile Post", ["Ugandan media"]),
        ("Two soldiers were killed, according to Reuters.", None, None, ["Reuters"]),
        ("The deal was signed, citing state news agency Xinhua.", None, None, ["Xinhua"]),
        ("“We are ready,” the minister told AFP on Monday.", None, None, ["AFP"]),
        ("The vote was postponed, the Interfax news agency reported.", None, None, ["Interfax"]),
        ("Baltic Wire has learned that the minister will resign.", None, "Baltic Wire", []),
        ("According to the minister, the talks were useful.", None, None, []),
        ("“We will win,” he told reporters in Lagos.", None, None, []),
        ("He told CNN’s anchor that he would run.", None, None, ["CNN"]),
        ("He told CNN that he would run.", "edition.cnn.com", None, []),
        ("Oil rose $2 per barrel, according to the poll.", None, None, []),
    ],
)
def test_source_chain(text, publisher, expected_publisher, expected):
    chain = find_source_chain(text, publisher)
    assert chain.publisher == expected_publisher
    assert chain.attributed_to == expected


def test_same_outlet_matches_domains_and_initials():
    assert same_outlet("New York Times", "nyt")
    assert same_outlet("BBC", "news.bbc.co.uk")
    assert same_outlet("Associated Press", "AP")
    assert not same_outlet("Reuters", "AP")


LINES = st.sampled_from([
    "Leaders meet in Oslo Video / Updated", "By Jane Doe and John Roe", "12:12", "9:30 p.m.",
    "OSLO, May 2 (Reuters) - The talks began.", "Posted: May 24, 2005", "", "   ",
    "The minister said the talks were useful, Fjord News reports per Norwegian media.",
    "(Reporting by Kari Berg; Editing by Ola Dahl)", "according to Reuters, the deal was close",
])


@settings(max_examples=30, deadline=None)
@given(st.lists(st.one_of(LINES, st.text(max_size=40)), max_size=8), st.sampled_from(["\n", "\r\n"]))
def test_annotation_spans_always_match_text(lines, sep):
    text = sep.join(lines)
    doc = annotate(text)
    assert doc.text == text
    for span in doc.furniture + ([doc.dateline] if doc.dateline else []):
        assert text[span.start:span.end] == span.text
    for update in doc.updates:
        assert 0 <= update.start < len(text) and not text[update.start].isspace()


def test_place_before_a_date_line_is_not_furniture():
    text = "Talks open in Oslo\nOslo, 4 March 2025\nNorway hosted the talks.\n"
    doc = annotate(text)
    assert doc.published == "2025-03-04"
    assert [f.text for f in doc.furniture] == ["4 March 2025"]


def test_upper_case_city_with_iso_date_is_no_date_line():
    assert parse_date_line("ROME 1996-08-30") is None
