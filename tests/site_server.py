"""A real web site on 127.0.0.1 for the fetch tests: pages in thaigov.go.th's template, feeds, and
every way a server can misbehave, each a route a test sets up.

`http.server` in a thread (ThreadingHTTPServer, so a slow route does not hold up the others). A route
is a function of the handler and how many times the path was asked for before; every request is
recorded with its time and headers, so tests check manners (intervals, conditional headers,
User-Agent) at the server. Shared by tests/test_fetch.py and the TUI refresh test.
"""

from __future__ import annotations

import html
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from briefing.sources.corpus import read_file

TITLE_PREFIX = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-"
CORPUS = Path(__file__).resolve().parent / "data" / "corpus"


@dataclass
class Seen:
    time: float
    """time.monotonic() when the request arrived."""
    path: str
    headers: dict[str, str]


Route = Callable[["SiteHandler", int], None]


class SiteServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), SiteHandler)
        self.routes: dict[str, Route] = {}
        self.requests: list[Seen] = []
        self.lock = threading.Lock()

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client hanging up on a huge or slow answer is what those tests are about

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def asked(self, path: str) -> list[Seen]:
        with self.lock:
            return [seen for seen in self.requests if seen.path == path]


class SiteHandler(BaseHTTPRequestHandler):
    server: SiteServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        with self.server.lock:
            count = sum(1 for seen in self.server.requests if seen.path == self.path)
            self.server.requests.append(Seen(time=time.monotonic(), path=self.path,
                                             headers={k.lower(): v for k, v in self.headers.items()}))
        route = self.server.routes.get(self.path)
        if route is None:
            self.reply(404, b"not here", "text/plain")
            return
        try:
            route(self, count)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def reply(self, status: int, body: bytes = b"", content_type: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        if status != 304:
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if status != 304:
            self.wfile.write(body)


@contextmanager
def running_site() -> Iterator[SiteServer]:
    server = SiteServer()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


# Content in the site's template


def release_html(title: str, category: str, lines: list[str], charset: str = "utf-8") -> str:
    """A release page as thaigov.go.th lays it out: prefixed <title>, the category label, the text div."""
    paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
    return (f'<!DOCTYPE html><html lang="th"><head><meta charset="{charset}"><title>{html.escape(title)}</title>'
            '<script>var tracking = "not text";</script></head><body>'
            '<nav><a href="/">หน้าแรก</a> <a href="/news">ข่าว</a></nav>'
            '<div class="panel-heading"><span class="Circular headtitle-2 font_level6 color2 col-xs-9 remove-xs">'
            f'{html.escape(category)}</span></div>'
            f'<div class="border-normal clearfix">\n{paragraphs}\n'
            '<audio controls><source src="a.mp3">Your browser does not support the audio element.</audio>\n'
            '</div><footer>สำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี</footer></body></html>')


def corpus_page(path: Path, category: str | None = None) -> str:
    """The page a corpus file was collected from, rebuilt in the site's template."""
    text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    lines = text.split("\n")
    body = [line for line in lines[1:] if line.strip() and not line.startswith("ที่มา")]
    release = read_file(path)
    return release_html(lines[0], category if category is not None else (release.category or ""), body)


def corpus_files() -> list[Path]:
    """The corpus samples that parse as releases, in a fixed order."""
    good = []
    for path in sorted(CORPUS.rglob("*.txt")):
        try:
            read_file(path)
        except Exception:  # noqa: BLE001,S112  (the samples include broken files on purpose)
            continue
        good.append(path)
    return good


def rss(links: list[str], title: str = "ข่าวทำเนียบรัฐบาล") -> bytes:
    items = "".join(f"<item><title>item {n}</title><link>{html.escape(link)}</link>"
                    "<pubDate>Mon, 01 Dec 2025 08:00:00 +0700</pubDate></item>" for n, link in enumerate(links))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>https://www.thaigov.go.th/</link>{items}</channel></rss>").encode()


def page_route(body: str | bytes, etag: str | None = None, content_type: str = "text/html; charset=utf-8") -> Route:
    """A page with an ETag: asked again with If-None-Match equal to it, the answer is 304."""
    data = body.encode() if isinstance(body, str) else body

    def route(handler: SiteHandler, count: int) -> None:
        if etag is not None and handler.headers.get("If-None-Match") == etag:
            handler.reply(304, headers={"ETag": etag})
            return
        handler.reply(200, data, content_type, headers={"ETag": etag} if etag else None)

    return route
