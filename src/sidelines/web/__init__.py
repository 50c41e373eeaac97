"""The HTTP API and the web UI over the query layer (extra: web); ``create_app`` is in ``sidelines.web.app``.

Importing this package loads nothing heavy: ``sidelines.web.brief`` renders the brief as
Markdown without FastAPI.
"""
