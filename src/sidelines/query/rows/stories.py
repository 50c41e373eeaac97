"""Rows of stories: the articles that report one real-world event."""

from __future__ import annotations

from dataclasses import dataclass, field

from sidelines.query.rows.base import Row


@dataclass(eq=False)
class StoryEvent(Row):
    """An event of a story."""

    document: str
    event: str


@dataclass(eq=False)
class StoryRow(Row):
    """A stored story: articles about one real-world event."""

    id: str
    type: str | None
    title: str | None
    documents: list[str]
    events: list[StoryEvent]
    first_seen: str | None


@dataclass(eq=False)
class StoryArticle(Row):
    """An article of a story."""

    id: str
    title: str | None
    publisher: str | None
    published: str | None
    url: str | None
    reprint_of: str | None = None   # the article of the story this one reprints (a wire copy)
    attributed_to: list[str] = field(default_factory=list)   # the outlets it credits (wire copy too)


@dataclass(eq=False)
class StoryDetail(StoryRow):
    """One story with its last date, its independent reports and outlets counted, and its articles."""

    last_seen: str | None = None
    reports: int | None = None
    outlets: int | None = None
    articles: list[StoryArticle] = field(default_factory=list)
