"""`briefing fetch` against a real web site on 127.0.0.1 (tests/site_server.py): new releases stored as
the corpus gives them, conditional GETs, robots.txt, retries, Retry-After, every kind of bad answer
as one item's error while the others are stored, the per-host interval measured at the server."""

from __future__ import annotations

import itertools
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from site_server import (
    TITLE_PREFIX,
    SiteHandler,
    SiteServer,
    corpus_files,
    corpus_page,
    page_route,
    release_html,
    rss,
    running_site,
)

from briefing.config import Config, FetchConfig, SourceConfig, load_config
from briefing.model import Mark
from briefing.sources.corpus import read_file
from briefing.sources.fetch import FetchReport, ItemResult, fetch, targets_from_config, targets_from_urls
from briefing.store import Store

ROOT = Path(__file__).resolve().parent.parent
INTERVAL = 0.1
"""The smallest min_interval_s the config allows; keeps the tests fast."""


@pytest.fixture
def site() -> Iterator[SiteServer]:
    with running_site() as server:
        yield server


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "briefing.db") as opened:
        yield opened


def manners(**overrides: float) -> FetchConfig:
    values: dict[str, float] = {"min_interval_s": INTERVAL, "retries": 2, "backoff_s": 0.05,
                                "read_timeout_s": 2.0, "connect_timeout_s": 2.0}
    values.update(overrides)
    return FetchConfig(contact="mailto:reader@example.org", **values)  # type: ignore[arg-type]


def config_for(site: SiteServer, *sources: tuple[str, str], **fetch_overrides: float) -> Config:
    return Config(fetch=manners(**fetch_overrides),
                  sources=[SourceConfig(url=site.url(path), kind=kind) for kind, path in sources])  # type: ignore[arg-type]


def by_url(report: FetchReport) -> dict[str, ItemResult]:
    return {result.url: result for result in report.results}


def serve_corpus(site: SiteServer, count: int, start: int = 0) -> list[tuple[str, Path]]:
    """Corpus samples served as release pages; (path on the site, corpus file)."""
    served = []
    for number, path in enumerate(corpus_files()[start:start + count]):
        route = f"/news/contents/details/{9000 + start + number}"
        site.routes[route] = page_route(corpus_page(path), etag=f'"v1-{number}"')
        served.append((route, path))
    return served


def test_new_releases_are_stored_as_the_corpus_gives_them_and_a_second_fetch_is_conditional(
        site: SiteServer, store: Store) -> None:
    served = serve_corpus(site, 3)
    site.routes["/rss.xml"] = page_route(rss([site.url(route) for route, _ in served[:2]]), etag='"feed-1"',
                                         content_type="application/rss+xml")
    config = config_for(site, ("feed", "/rss.xml"), ("page", served[2][0]))
    before = store.count()

    first = fetch(store, config, targets_from_config(config))

    assert [r.status for r in first.results] == ["read", "new", "new", "new"], first.results
    assert store.count() == before + 3
    for route, path in served:
        expected = read_file(path)
        release = store.release(by_url(first)[site.url(route)].release_id or 0)
        assert (release.title, release.body, release.date, release.date_thai, release.category) == (
            expected.title, expected.body, expected.date, expected.date_thai, expected.category)
        assert release.source == site.url(route)
        assert release.language == "th"
    agents = {seen.headers["user-agent"] for seen in site.requests}
    assert agents == {"briefing/0.1.0 (+mailto:reader@example.org)"}

    asked_before = len(site.requests)
    second = fetch(store, config, targets_from_config(config))

    assert [r.status for r in second.results] == ["unchanged", "unchanged"]
    assert store.count() == before + 3
    again = site.requests[asked_before:]
    feed_request = next(seen for seen in again if seen.path == "/rss.xml")
    assert feed_request.headers["if-none-match"] == '"feed-1"'
    page_requests = [seen for seen in again if seen.path.startswith("/news/")]
    # The feed answered 304, so none of its pages was asked for; the page source was asked conditionally.
    assert [seen.path for seen in page_requests] == [served[2][0]]
    assert page_requests[0].headers["if-none-match"] == '"v1-2"'


def test_a_changed_page_is_updated_in_place_and_keeps_its_marks(site: SiteServer, store: Store) -> None:
    (route, path), = serve_corpus(site, 1)
    config = config_for(site, ("page", route))
    first = fetch(store, config, targets_from_config(config))
    release_id = first.results[0].release_id
    assert first.results[0].status == "new" and release_id is not None
    release = store.release(release_id)
    mark = store.add_mark(Mark(release_id=release_id, start=0, end=10, text=release.body[:10], label="key fact",
                               note="keep me"))
    store.set_starred(release_id, True)

    text = path.read_text(encoding="utf-8-sig").split("\n")
    lines = [line for line in text[1:] if line.strip() and not line.startswith("ที่มา")]
    site.routes[route] = page_route(release_html(text[0], release.category or "", [*lines, "ย่อหน้าที่เพิ่มเข้ามาใหม่"]),
                                    etag='"v2"')
    second = fetch(store, config, targets_from_config(config))

    assert second.results[0].status == "updated"
    assert second.results[0].release_id == release_id
    assert store.release(release_id).body.endswith("ย่อหน้าที่เพิ่มเข้ามาใหม่")
    assert store.marks(release_id) == [mark]
    assert store.release_flags(release_id) == (False, True)


def test_an_english_page_is_stored_as_an_english_release_with_its_own_text_as_gist(
        site: SiteServer, store: Store) -> None:
    body = ["Wednesday, March 22, 2023", "Airport bottlenecks to be urgently addressed",
            ("Deputy Government Spokesperson Traisulee Taisaranakul said the agencies concerned are working"
             " together to address long lines at airline counters. More flights are planned."),
            "Airfares are also reported to have risen considerably."]
    site.routes["/en/contents/details/66475"] = page_route(
        release_html(TITLE_PREFIX + "Airport bottlenecks to be urgently addressed", "Government News", body))
    config = config_for(site, ("page", "/en/contents/details/66475"))

    report = fetch(store, config, targets_from_config(config))

    result, = report.results
    assert result.status == "new", result
    release = store.release(result.release_id or 0)
    assert release.language == "en"
    assert release.title == "Airport bottlenecks to be urgently addressed"
    assert str(release.date) == "2023-03-22"
    assert release.body.startswith("Deputy Government Spokesperson")
    entry = next(entry for entry in store.entries() if entry.id == release.id)
    assert entry.gist == ("Deputy Government Spokesperson Traisulee Taisaranakul said the agencies concerned are"
                          " working together to address long lines at airline counters.")
    # Its own text: the pipeline keeps it as current, no Thai summary is made.
    from briefing.pipeline import Pipeline

    assert Pipeline(store, config).stale_gists([release.id or 0]) == []
    assert store.stale_gists([release.id or 0], set()) == [release.id]


def test_robots_txt_disallow_is_respected(site: SiteServer, store: Store) -> None:
    site.routes["/robots.txt"] = page_route("User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    (route, _), = serve_corpus(site, 1)
    site.routes["/private/1"] = page_route(corpus_page(corpus_files()[1]))
    site.routes["/rss.xml"] = page_route(rss([site.url("/private/1"), site.url(route)]),
                                         content_type="application/rss+xml")
    config = config_for(site, ("feed", "/rss.xml"))

    results = by_url(fetch(store, config, targets_from_config(config)))

    assert results[site.url("/private/1")].status == "error"
    assert "robots.txt" in results[site.url("/private/1")].reason
    assert results[site.url(route)].status == "new"
    assert site.asked("/private/1") == []
    assert len(site.asked("/robots.txt")) == 1


def test_a_500_is_retried_with_backoff_and_a_404_is_not(site: SiteServer, store: Store) -> None:
    good = corpus_page(corpus_files()[0])

    def flaky(handler: SiteHandler, count: int) -> None:
        if count == 0:
            handler.reply(500, b"oops")
        else:
            handler.reply(200, good.encode())

    site.routes["/flaky"] = flaky
    config = Config(fetch=manners(backoff_s=0.3))
    report = fetch(store, config, targets_from_urls([site.url("/flaky"), site.url("/gone")]))

    results = by_url(report)
    assert results[site.url("/flaky")].status == "new"
    tries = site.asked("/flaky")
    assert len(tries) == 2 and tries[1].time - tries[0].time >= 0.3
    assert results[site.url("/gone")].status == "error" and "404" in results[site.url("/gone")].reason
    assert len(site.asked("/gone")) == 1


def test_a_429_waits_as_long_as_retry_after_says(site: SiteServer, store: Store) -> None:
    good = corpus_page(corpus_files()[0])

    def busy(handler: SiteHandler, count: int) -> None:
        if count == 0:
            handler.reply(429, b"slow down", "text/plain", headers={"Retry-After": "1"})
        else:
            handler.reply(200, good.encode())

    def very_busy(handler: SiteHandler, count: int) -> None:
        handler.reply(503, b"come back tomorrow", "text/plain", headers={"Retry-After": "86400"})

    site.routes["/busy"] = busy
    site.routes["/very-busy"] = very_busy
    report = fetch(store, Config(fetch=manners()), targets_from_urls([site.url("/busy"), site.url("/very-busy")]))

    results = by_url(report)
    assert results[site.url("/busy")].status == "new"
    tries = site.asked("/busy")
    assert len(tries) == 2 and tries[1].time - tries[0].time >= 0.95
    assert results[site.url("/very-busy")].status == "error"
    assert "86400" in results[site.url("/very-busy")].reason
    assert len(site.asked("/very-busy")) == 1  # a day's wait is not waited: no retry at all


def _slow(handler: SiteHandler, count: int) -> None:
    time.sleep(1.0)
    handler.reply(200, b"<html><title>late</title></html>")


def _truncated(handler: SiteHandler, count: int) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    handler.wfile.write(b"<html><head><title>" + "รัฐบาลไทย".encode() * 20)
    handler.wfile.flush()
    handler.close_connection = True


def _loop(handler: SiteHandler, count: int) -> None:
    handler.reply(302, b"", headers={"Location": "/loop"})


def _to_ftp(handler: SiteHandler, count: int) -> None:
    handler.reply(301, b"", headers={"Location": "ftp://127.0.0.1/release.txt"})


def _elsewhere(handler: SiteHandler, count: int) -> None:
    handler.reply(302, b"", headers={"Location": "http://example.invalid/release"})


def _huge(handler: SiteHandler, count: int) -> None:
    """50 MB announced by Content-Length (the cap refuses it before reading)."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Content-Length", str(50 * 1024 * 1024))
    handler.end_headers()
    chunk = b"<p>" + b"x" * 65536 + b"</p>"
    for _ in range(800):
        handler.wfile.write(chunk)


def _huge_chunked(handler: SiteHandler, count: int) -> None:
    """50 MB with no length given (chunked): only counting while reading can stop it."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Transfer-Encoding", "chunked")
    handler.end_headers()
    piece = b"x" * 65536
    for _ in range(50 * 16):
        handler.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
    handler.wfile.write(b"0\r\n\r\n")


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><link>/news/contents/details/9000</link></item></channel></rss>
"""


def test_each_bad_answer_is_one_items_error_while_the_others_are_stored(site: SiteServer, store: Store) -> None:
    served = serve_corpus(site, 2)
    thai_page = corpus_page(served[0][1])
    site.routes.update({
        "/slow": _slow, "/truncated": _truncated, "/loop": _loop, "/to-ftp": _to_ftp, "/elsewhere": _elsewhere,
        "/huge": _huge, "/huge-chunked": _huge_chunked,
        # Declared UTF-8, sent in TIS-620 (Thai's old 8-bit charset): not decoded into mojibake.
        "/wrong-charset": page_route(thai_page.encode("cp874", errors="replace"),
                                     content_type="text/html; charset=utf-8"),
        "/missing": page_route(release_html(TITLE_PREFIX, "", [])),
        "/malformed.xml": page_route(b"<rss><channel><item><link>/a</link></channel>",
                                     content_type="application/rss+xml"),
        "/laughs.xml": page_route(BILLION_LAUGHS, content_type="application/rss+xml"),
    })
    bad = ["/slow", "/truncated", "/loop", "/to-ftp", "/elsewhere", "/huge", "/huge-chunked", "/wrong-charset",
           "/missing"]
    site.routes["/rss.xml"] = page_route(rss([site.url(path) for path in [served[0][0], *bad, served[1][0]]]),
                                         content_type="application/rss+xml")
    config = config_for(site, ("feed", "/malformed.xml"), ("feed", "/rss.xml"), ("feed", "/laughs.xml"),
                        read_timeout_s=0.3, retries=1, max_body_bytes=256 * 1024)
    before = store.count()

    results = by_url(fetch(store, config, targets_from_config(config)))

    assert results[site.url(served[0][0])].status == "new"
    assert results[site.url(served[1][0])].status == "new"
    assert store.count() == before + 2
    reasons = {path: results[site.url(path)].reason for path in [*bad, "/malformed.xml", "/laughs.xml"]}
    assert all(results[site.url(path)].status == "error" for path in reasons), results
    expected = {
        "/slow": "timed out", "/truncated": "connection broke", "/loop": "more than 5 redirects",
        "/to-ftp": "non-http(s)", "/elsewhere": "example.invalid is not the host", "/huge": "52,428,800 bytes",
        "/huge-chunked": "262,144 byte cap", "/wrong-charset": "not valid utf-8", "/missing": "no release at",
        "/malformed.xml": "not well-formed XML", "/laughs.xml": "declares XML entities",
    }
    for path, words in expected.items():
        assert words in reasons[path], (path, reasons[path])
    assert len(site.asked("/slow")) == 2  # a timeout is retried (retries=1)
    assert len(site.asked("/loop")) == 6  # the first request and 5 redirects
    # The feed had failed items: its validators are not saved, so they are tried again next time.
    assert store.validators(site.url("/rss.xml")) is None


def test_the_default_cap_is_10_mb_and_stops_a_50_mb_answer(site: SiteServer, store: Store) -> None:
    assert FetchConfig().max_body_bytes == 10 * 1024 * 1024
    site.routes["/huge-chunked"] = _huge_chunked
    config = Config(fetch=FetchConfig(min_interval_s=INTERVAL))  # the default cap
    result, = fetch(store, config, targets_from_urls([site.url("/huge-chunked")])).results
    assert result.status == "error" and "10,485,760 byte cap" in result.reason


def test_the_per_host_interval_holds_at_the_server(site: SiteServer, store: Store) -> None:
    served = serve_corpus(site, 4)
    site.routes["/rss.xml"] = page_route(rss([site.url(route) for route, _ in served]),
                                         content_type="application/rss+xml")
    config = config_for(site, ("feed", "/rss.xml"), min_interval_s=0.3)

    report = fetch(store, config, targets_from_config(config))

    assert report.new == 4
    times = [seen.time for seen in site.requests]
    assert len(times) == 6  # robots.txt, the feed, four pages
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert min(gaps) >= 0.3, gaps


def test_fetch_command_prints_a_result_table_and_sets_the_exit_status(site: SiteServer, tmp_path: Path) -> None:
    (route, _), = serve_corpus(site, 1)
    config_file = tmp_path / "config.toml"
    config_file.write_text(f'[store]\npath = "{tmp_path / "cli.db"}"\n[fetch]\nmin_interval_s = 0.1\n'
                           'contact = "mailto:reader@example.org"\n', encoding="utf-8")
    command = [sys.executable, "-m", "briefing", "--config", str(config_file), "fetch"]

    ok = subprocess.run([*command, site.url(route)], check=False, capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert ok.returncode == 0, ok.stderr
    assert "new" in ok.stdout and site.url(route) in ok.stdout
    assert "1 new, 0 updated, 0 unchanged, 0 errors" in ok.stdout

    failed = subprocess.run([*command, site.url(route), site.url("/gone")], check=False, capture_output=True, text=True,
                            cwd=ROOT, timeout=60)
    assert failed.returncode == 1
    assert "HTTP 404" in failed.stdout and "0 new, 0 updated, 1 unchanged, 1 error " in failed.stdout

    bad = subprocess.run([*command, "ftp://example.org/feed"], check=False, capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert bad.returncode == 2
    assert bad.stderr.strip() == "briefing: only http and https URLs are fetched, not ftp: ftp://example.org/feed"
    assert "Traceback" not in bad.stderr


def test_sources_and_fetch_settings_are_validated(tmp_path: Path) -> None:
    from briefing.errors import BriefingError

    def load(text: str) -> Config:
        path = tmp_path / "config.toml"
        path.write_text(text, encoding="utf-8")
        return load_config(path)

    config = load('[fetch]\ncontact = "mailto:me@example.org"\n[[sources]]\nurl = "https://www.thaigov.go.th/rss"\n'
                  '[[sources]]\nkind = "page"\nurl = "https://www.thaigov.go.th/news/contents/details/92542"\n')
    assert [source.kind for source in config.sources] == ["feed", "page"]
    assert config.fetch.min_interval_s == 1.0
    for text, words in [
        ('[[sources]]\nkind = "feed"\n', "sources[1].url is missing"),
        ('[[sources]]\nurl = "file:///etc/passwd"\n', "must be an http:// or https:// URL"),
        ('[[sources]]\nurl = "https://a.example"\nkind = "podcast"\n', "sources[1].kind must be one of"),
        ("[fetch]\nmin_interval_s = 0\n", "fetch.min_interval_s must be between 0.1 and 3600"),
        ("[fetch]\nmax_redirects = 10\n", "fetch.max_redirects must be between 0 and 5"),
        ("[fetch]\nread_timeout_s = nan\n", "fetch.read_timeout_s must be between"),
        ("sources = 3\n", "sources must be a list of tables"),
    ]:
        with pytest.raises(BriefingError, match="^.*$") as caught:
            load(text)
        assert words in str(caught.value), (text, str(caught.value))


def test_a_feed_item_already_imported_from_the_corpus_is_not_requested(site: SiteServer, store: Store) -> None:
    path = corpus_files()[0]
    imported = read_file(path)
    assert imported.source is not None
    store.add_release(imported)
    (route, _), = serve_corpus(site, 1, start=1)
    site.routes["/rss.xml"] = page_route(rss([imported.source, site.url(route)]), content_type="application/rss+xml")
    config = config_for(site, ("feed", "/rss.xml"))

    results = by_url(fetch(store, config, targets_from_config(config)))

    # thaigov.go.th is not an allowed host here, so a request would have been an error, not "unchanged".
    assert results[imported.source].status == "unchanged"
    assert results[imported.source].reason == "already stored"
    assert results[site.url(route)].status == "new"


def test_a_store_made_before_fetching_existed_is_upgraded_in_place(tmp_path: Path) -> None:
    import sqlite3

    from briefing.model import HttpValidators
    from briefing.store import MIGRATIONS, SCHEMA_VERSION

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[:2]:
        conn.executescript(migration)
    conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    conn.execute("INSERT INTO schema_version VALUES (2)")
    conn.execute("INSERT INTO releases (key, title, body, imported_at) VALUES ('k', 'หัวข้อ', 'เนื้อความ', 'then')")
    conn.commit()
    conn.close()

    with Store(path) as upgraded:
        assert upgraded.schema_version() == SCHEMA_VERSION
        release_id = upgraded.entries()[0].id
        assert upgraded.release(release_id).language == "th"
        upgraded.save_validators(HttpValidators(url="https://x.example/rss", etag='"e"'))
        saved = upgraded.validators("https://x.example/rss")
        assert saved is not None and saved.etag == '"e"' and saved.checked_at


def test_cancelling_stops_a_long_wait_at_once(site: SiteServer, store: Store) -> None:
    import threading

    def busy(handler: SiteHandler, count: int) -> None:
        handler.reply(503, b"later", "text/plain", headers={"Retry-After": "60"})

    site.routes["/busy"] = busy
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    started = time.monotonic()

    report = fetch(store, Config(fetch=manners()), targets_from_urls([site.url("/busy"), site.url("/never")]),
                   cancel=cancel)

    assert report.cancelled
    assert time.monotonic() - started < 5
    assert site.asked("/never") == []
