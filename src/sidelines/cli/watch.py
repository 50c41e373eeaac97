"""``sidelines watch``: poll feeds into the store and print the alerts of the watch rules; ``alerts`` lists them."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from sidelines.cli.common import (
    DEFAULT_DB,
    ConfigOption,
    LimitOption,
    ModelOption,
    OutFormat,
    StoreDb,
    build_settings,
    err,
    open_db,
)
from sidelines.render import OutputFormat, render_rows


def watch_command(
    file: Annotated[Path, typer.Argument(help="Watch file (TOML): [watch] settings, [[feeds]] and [[rules]].")],
    db: StoreDb = DEFAULT_DB,
    once: Annotated[bool, typer.Option("--once", help="Poll every feed once, then stop.")] = False,
    max_polls: Annotated[int | None, typer.Option("--max-polls", help="Stop after this many polls.")] = None,
    alerts_file: Annotated[Path | None, typer.Option(
        "--alerts-file", help="Also append alerts to this file (JSON lines).")] = None,
    webhook: Annotated[str | None, typer.Option("--webhook", help="Also POST alerts to this URL.")] = None,
    allow_private: Annotated[bool, typer.Option(
        "--allow-private", help="Allow feeds on loopback and private addresses.")] = False,
    model: ModelOption = None,
    config: ConfigOption = None,
) -> None:
    """Poll RSS/Atom feeds, ingest new and changed articles, and print rule matches as JSON lines."""
    from sidelines.watch import HttpFetcher, PollResult, Watcher, load_watch_file
    from sidelines.watch.sinks import FileSink, Sink, StreamSink, WebhookSink

    spec = load_watch_file(file)
    settings = build_settings(config, model=model)
    sinks: list[Sink] = [StreamSink(sys.stdout)]
    path = alerts_file or (Path(spec.watch.alerts_file) if spec.watch.alerts_file else None)
    if path is not None:
        sinks.append(FileSink(path))
    hook_url = webhook or spec.watch.webhook
    hook = WebhookSink(hook_url, allow_remote=spec.watch.allow_remote_webhook) if hook_url else None
    if hook is not None:
        sinks.append(hook)
    fetcher = HttpFetcher(settings, allow_private=allow_private or spec.watch.allow_private)

    def say(result: PollResult) -> None:
        if result.error:
            err.print(f"[red]error[/red] {escape(result.error)}", highlight=False)
        else:
            err.print(escape(f"{result.url}: HTTP {result.status}, {result.new} new, {result.updated} updated, "
                             f"{len(result.alerts)} alerts"), highlight=False)

    with open_db(db, must_exist=False) as store:
        watcher = Watcher(store, spec, settings, fetcher=fetcher, sinks=sinks)
        try:
            watcher.run(max_polls=len(spec.feeds) if once else max_polls, on_poll=say)
        except KeyboardInterrupt:
            err.print("stopped", highlight=False)
        finally:
            fetcher.close()
            if hook is not None:
                hook.close()


def alerts_command(
    rule: Annotated[str | None, typer.Option("--rule", help="Only alerts of this rule.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Raised at or after this ISO time.")] = None,
    limit: LimitOption = 100,
    db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.table,
) -> None:
    """Alerts the watch rules raised, newest first."""
    from sidelines import query

    with open_db(db) as store:
        rows = query.list_alerts(store, rule=rule, since=since, limit=limit)
    render_rows(rows, format, title="alerts",
                columns=["created_at", "rule", "document", "summary"] if format is OutputFormat.table else None)
