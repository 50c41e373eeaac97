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
    return settings_from_kwargs(**{"http_timeout": 2.0, "allow_private": True, **kw})


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


def test_loopback_is_refused_by_default_and_allowed_with_the_setting(http_server):
    http_server.routes["/a"] = (200, {"Content-Type": "text/html"}, HTML)
    with pytest.raises(IngestError) as err:
        fetch_url(http_server.url("/a"), settings(allow_private=False))
    assert err.value.code == "E126" and "127.0.0.1" in err.value.message
    assert fetch_url(http_server.url("/a"), settings(allow_private=True)).content == HTML


@pytest.mark.parametrize("url", [
    "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://192.168.1.1/", "http://[::1]/",
    "http://0.0.0.0/", "http://localhost/",
])
def test_private_and_link_local_addresses_are_refused(url):
    with pytest.raises(IngestError) as err:
        fetch_url(url, settings(allow_private=False))
    assert err.value.code == "E126"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://x/"])
def test_other_schemes_are_refused(url):
    with pytest.raises(IngestError) as err:
        fetch_url(url, settings())
    assert err.value.code == "E120"


def test_redirect_target_is_checked_after_each_redirect(http_server, monkeypatch):
    """A public-looking first hop that redirects to the metadata address is stopped at the redirect."""
    from sidelines.ingest import fetch

    http_server.routes["/hop"] = (302, {"Location": "http://169.254.169.254/latest/"}, b"")
    checked = []
    real = fetch.public_address_error

    def spy(url):
        checked.append(url)
        return None if "127.0.0.1" in url else real(url)  # treat the test server as public

    monkeypatch.setattr(fetch, "public_address_error", spy)
    with pytest.raises(IngestError) as err:
        fetch_url(http_server.url("/hop"), settings(allow_private=False))
    assert err.value.code == "E126" and checked[-1].startswith("http://169.254.169.254")


def test_slow_drip_server_hits_the_overall_deadline(http_server):
    def drip(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/plain")
        handler.end_headers()
        try:
            for _ in range(300):
                handler.wfile.write(b"x")
                handler.wfile.flush()
                time.sleep(0.1)
        except OSError:
            pass

    http_server.routes["/drip"] = drip
    started = time.monotonic()
    with pytest.raises(IngestError) as err:
        fetch_url(http_server.url("/drip"), settings(http_timeout=1.0, http_deadline=0.5))
    assert err.value.code == "E127" and time.monotonic() - started < 10, time.monotonic() - started
