"""Article metadata from the text itself: bylines, agency datelines, publisher, the source chain."""

from __future__ import annotations

import pytest

from sidelines.ingest.sources import document_from_text

BODY = "The talks stalled on Monday, officials said.\n"


@pytest.mark.parametrize("text, authors", [
    (f"Oslo talks stall\n\n{BODY}\n(Reporting by Jane Doe in Oslo; Writing by John Roe; Editing by Ann Lee)\n",
     ["Jane Doe", "John Roe"]),
    (f"Oslo talks stall\nBy Jane Doe and John Roe\n\n{BODY}", ["Jane Doe", "John Roe"]),
    (f"Oslo talks stall\n\n{BODY}\nJane Doe with John Roe in Paris / AFP\n", ["Jane Doe", "John Roe"]),
])
def test_bylines_in_their_common_forms(text, authors):
    assert document_from_text(text, "t").authors == authors


def test_agency_credit_line_names_the_agency():
    doc = document_from_text(f"Oslo talks stall\n\n{BODY}\nJane Doe with John Roe in Paris / AFP\n", "t")
    assert doc.attributed_to == ["AFP"]
    assert "in Paris" not in " ".join(doc.authors)


def test_agency_dateline_with_bracketed_country():
    text = "Pakistan rejects claim\n\nISLAMABAD [Pakistan], March 3 (ANI): The foreign ministry rejected the claim.\n"
    doc = document_from_text(text, "t")
    assert doc.dateline is not None and doc.dateline.text.startswith("ISLAMABAD [Pakistan], March 3 (ANI)")
    assert doc.attributed_to == ["ANI"]


@pytest.mark.parametrize("url, publisher", [
    ("https://www.theguardian.com/world/2026/mar/03/oslo-talks", "theguardian.com"),
    ("http://edition.example-news.co.uk/a/b", "example-news.co.uk"),
])
def test_publisher_from_the_url_site_name(url, publisher):
    assert document_from_text(f"Oslo talks stall\n\n{BODY}", "t", url=url).publisher == publisher


def test_given_publisher_is_kept_over_the_url():
    doc = document_from_text(f"Oslo talks stall\n\n{BODY}", "t", url="https://www.theguardian.com/a", publisher="The Guardian")
    assert doc.publisher == "The Guardian"


@pytest.mark.parametrize("sentence, source", [
    ("The talks stalled on Monday, according to state TV.", "state TV"),
    ("The talks stalled on Monday, per Russian media.", "Russian media"),
])
def test_source_chain_from_the_articles_own_attribution(sentence, source):
    doc = document_from_text(f"Oslo talks stall\n\n{sentence}\n\nThe minister later said the plan was dead.\n", "t")
    assert doc.attributed_to == [source]


def test_a_source_deep_in_the_article_backs_one_claim_only():
    text = (f"Oslo talks stall\n\n{BODY}\nThe delegations left Oslo on Tuesday.\n\nBoth sides blamed each other.\n\n"
            "The fishing fleet lost money, according to Reuters.\n")
    assert document_from_text(text, "t").attributed_to == []
