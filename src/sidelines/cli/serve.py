"""``sidelines serve`` (the HTTP API and web UI) and ``sidelines brief`` (the brief of a period)."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from sidelines.cli.common import DEFAULT_DB, StoreDb, err, open_db


def serve(
    db: StoreDb = DEFAULT_DB,
    host: Annotated[str, typer.Option("--host", help="Address to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    writable: Annotated[bool, typer.Option(
        "--writable", help="Allow POST /api/extract to store records (read-only without it).")] = False,
    token: Annotated[str | None, typer.Option(
        "--token", envvar="SIDELINES_TOKEN", show_envvar=True,
        help="Token that write requests carry (Authorization: Bearer ...); needed to write off loopback.")] = None,
) -> None:
    """Serve the store: the JSON API under /api (docs at /docs) and the web UI at /."""
    try:
        import uvicorn

        from sidelines.web.app import create_app
    except ImportError as exc:
        err.print(f"[red]error:[/red] serve needs the web extra (pip install 'sidelines[web]'): {exc.name}")
        raise typer.Exit(2) from None
    open_db(db).close()
    app = create_app(db, host=host, writable=writable, token=token)
    err.print(f"serving {db} on http://{host}:{port}/ (API docs at /docs); Ctrl-C stops", highlight=False)
    uvicorn.run(app, host=host, port=port, log_level="warning")


class BriefFormat(StrEnum):
    md = "md"
    html = "html"
    json = "json"


def brief(
    since: Annotated[str, typer.Option("--since", help="A date (YYYY-MM-DD) or a span back: 1d, 3d, 2w.")] = "1d",
    until: Annotated[str | None, typer.Option(
        "--until", help="Last day of the period (default: the newest document date in the store).")] = None,
    format: Annotated[BriefFormat, typer.Option("--format", "-f", help="Output format.")] = BriefFormat.md,
    db: StoreDb = DEFAULT_DB,
) -> None:
    """The brief of a period: meetings, agreements, confrontations, most quoted people, new actors, events per day."""
    import json

    from sidelines import query
    from sidelines.web.brief import brief_html, brief_markdown

    with open_db(db) as store:
        found = query.build_brief(store, since, until)
    if format is BriefFormat.json:
        sys.stdout.write(json.dumps(found.as_dict(), ensure_ascii=False, indent=2) + "\n")
    elif format is BriefFormat.html:
        sys.stdout.write(brief_html(found))
    else:
        sys.stdout.write(brief_markdown(found))
