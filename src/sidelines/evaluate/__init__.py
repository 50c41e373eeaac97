"""Score the engine on gold data: readers of the gold formats, one scorer per task, a runner and reports."""

from sidelines.evaluate.metrics import Counts, DocumentResult, Row, TaskReport

TASKS = ("ner", "coref", "quotes", "times", "places", "events", "multicoped", "articles", "stories")

__all__ = ["TASKS", "Counts", "DocumentResult", "Row", "TaskReport"]
