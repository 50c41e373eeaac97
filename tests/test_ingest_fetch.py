"""HTTP download against a local server on 127.0.0.1: size cap, redirects, content type, timeouts, errors."""

from __future__ import annotations

import socket
import time

import pytest

from sidelines.errors import IngestError
from sidelines.ingest.fetch import fetch_url
from sidelines.settings import settings_from_kwargs

HTML = b"<html><head><title>Talks</title></head><body><p>The talks went on.</p></body></html>"


def settings(**kw):
    return settings_from_kwargs(**{"http_timeout": 2.0, **kw})


def test_fetch_page(http_server):
    http_server.routes["/a"] = (200, {"Content-Type": "text/html; charset=utf-8"}, HTML)
    result = fetch_url(http_server.url("/a"), settings())
    assert result.content == HTML
    assert result.media_type == "text/html" and result.charset == "utf-8"
    assert result.url == http_server.url("/a")


def test_fetch_follows_redirect(http_server):
    http_server.routes["/old"] = (301, {"Location": "/new"}, b"")
    http_server.routes["/new"] = (200, {"Content-Type": "text/html"}, HTML)
    result = fetch_url(http_server.url("/old"), settings())
    assert result.url == http_server.url("/new") and result.content == HTML


def test_redirect_loop_is_refused(http_server):
    http_server.routes["/loop"] = (302, {"Location": "/loop"}, b"")
    with pytest.raises(IngestError) as info:
        fetch_url(http_server.url("/loop"), settings(max_redirects=3))
    assert info.value.code == "E122"


def test_http_error_status(http_server):
    with pytest.raises(IngestError) as info:
        fetch_url(http_server.url("/missing"), settings())
    assert info.value.code == "E123" and "404" in info.value.message


def test_declared_size_over_cap(http_server):
    http_server.routes["/big"] = (200, {"Content-Type": "text/html"}, b"x" * 5000)
    with pytest.raises(IngestError) as info:
        fetch_url(http_server.url("/big"), settings(max_bytes=1000))
    assert info.value.code == "E102"


def test_streamed_size_over_cap_without_length(http_server):
    def endless(handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/plain")
        handler.end_headers()  # no Content-Length: the body runs until the connection closes
        try:
            for _ in range(200):
                handler.wfile.write(b"y" * 1024)
        except (BrokenPipeError, ConnectionResetError):
            pass
        handler.close_connection = True

    http_server.routes["/stream"] = endless
    with pytest.raises(IngestError) as info:
        fetch_url(http_server.url("/stream"), settings(max_bytes=10_000))
    assert info.value.code == "E102" and "stopped reading" in info.value.message


def test_wrong_content_type(http_server):
    http_server.routes["/img"] = (200, {"Content-Type": "image/png"}, b"\x89PNG")
    with pytest.raises(IngestError) as info:
        fetch_url(http_server.url("/img"), settings())
    assert info.value.code == "E124" and "image/png" in info.value.message


def test_timeout(http_server):
    def slow(handler) -> None:
        time.sleep(1.5)
        try:
            handler.send_response(200)
            handler.end_headers()
        except (BrokenPipeError, ConnectionResetError):
            pass

    http_server.routes["/slow"] = slow
    with pytest.raises(IngestError) as info:
        fetch_url(http_server.url("/slow"), settings(http_timeout=0.3))
    assert info.value.code == "E121"


def test_connection_refused():
    with socket.socket() as s:  # a port that nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(IngestError) as info:
        fetch_url(f"http://127.0.0.1:{port}/", settings())
    assert info.value.code == "E125"


@pytest.mark.parametrize("url", ["ftp://example.org/a", "http://", "file:///etc/passwd"])
def test_not_an_http_url(url):
    with pytest.raises(IngestError) as info:
        fetch_url(url, settings())
    assert info.value.code == "E120"
