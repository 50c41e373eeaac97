"""``sidelines watch``: poll RSS/Atom feeds, ingest what is new or changed, and alert on watch rules.

The watch file (``config``) lists feeds and rules; ``runner.Watcher`` runs the loop with an
injected clock and fetcher; ``rules`` evaluates a record; ``sinks`` delivers alerts; the store
keeps every alert once (``sidelines.store.alerts``) and ``sidelines.query.list_alerts`` reads them.
"""

from sidelines.watch.config import Feed, Rule, WatchFile, load_watch_file
from sidelines.watch.fetch import FeedResponse, Fetcher, HttpFetcher, get_feed
from sidelines.watch.runner import Clock, PollResult, SystemClock, Watcher

__all__ = ["Clock", "Feed", "FeedResponse", "Fetcher", "HttpFetcher", "PollResult", "Rule", "SystemClock",
           "WatchFile", "Watcher", "get_feed", "load_watch_file"]
