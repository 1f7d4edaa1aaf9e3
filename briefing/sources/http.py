"""HTTP with manners: the one way briefing talks to a web site.

The site's terms forbid bulk automated collection, so the client behaves like a careful person with a
slow browser, not a scraper: it reads robots.txt first (urllib.robotparser) and obeys it, waits at
least `min_interval_s` between two requests to a host (longer if robots.txt asks), sends back the
ETag / Last-Modified it was given so an unchanged page costs a 304, says who it is in the User-Agent,
gives up after a timeout, retries only what a retry can fix (timeouts, 429, 5xx, with backoff and the
server's Retry-After), reads at most `max_body_bytes`, follows at most 5 redirects and only to http(s),
and contacts only the hosts the user named. Every failure is a FetchError with a one-line reason.
"""

from __future__ import annotations

import email.message
import email.utils
import threading
import time
import urllib.robotparser
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Self
from urllib.parse import urljoin, urlsplit

import httpx

from briefing import __version__
from briefing.config import FetchConfig
from briefing.errors import BriefingError
from briefing.model import HttpValidators

PRODUCT = "briefing"
"""The product token robots.txt rules are matched against (`User-agent: briefing`)."""
REDIRECTS = frozenset({301, 302, 303, 307, 308})
ROBOTS_MAX_BYTES = 512 * 1024
"""RFC 9309 asks crawlers to read at least 500 KiB of robots.txt; more is not needed."""
MAX_CRAWL_DELAY_S = 60.0
"""A robots.txt Crawl-delay above this is taken as this (it slows only this host's queue)."""


class FetchError(BriefingError):
    """One item could not be fetched; str() says why in one line."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        """The HTTP status that caused it, when one did."""


class FetchCancelled(BriefingError):
    """The user stopped the fetch (the app's worker was cancelled)."""


@dataclass(slots=True)
class Response:
    """A successful answer: the body of a 200, or nothing for a 304 (not modified)."""

    url: str
    """The URL that answered, after redirects."""
    status: int
    body: bytes = b""
    content_type: str = ""
    """The media type without parameters, lower case (`text/html`)."""
    charset: str | None = None
    """The charset the Content-Type header declares, if any."""
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None
    """Where a redirect points."""
    retry_after: str | None = None
    """What a 429 or 5xx answer's Retry-After header says."""

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def user_agent(contact: str) -> str:
    """`briefing/0.1.0 (+mailto:me@example.org)`: the tool, its version and how to reach its user."""
    return f"{PRODUCT}/{__version__} (+{contact})" if contact else f"{PRODUCT}/{__version__}"


def host_of(url: str) -> str:
    """The lower-case host name of an http(s) URL; FetchError for anything else."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        raise FetchError(f"not a valid URL: {url!r}") from None
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"only http and https URLs are fetched, not {parts.scheme or 'this'}: {url}")
    if not host:
        raise FetchError(f"URL has no host: {url}")
    return host.lower()


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds or an HTTP date), or None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class PoliteClient:
    """A synchronous HTTP client for one fetch run; safe to share between threads.

    `allowed_hosts` are the only hosts contacted (redirects elsewhere are errors). `cancel`, when
    set, stops every wait at once with FetchCancelled, so the app's worker can be stopped.
    """

    def __init__(self, config: FetchConfig, allowed_hosts: Iterable[str],
                 cancel: threading.Event | None = None) -> None:
        self.config = config
        self.allowed_hosts = frozenset(host.lower() for host in allowed_hosts)
        self.user_agent = user_agent(config.contact)
        self._cancel = cancel or threading.Event()
        self._lock = threading.Lock()
        self._next_slot: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser] = {}
        self._robots_errors: dict[str, str] = {}
        self._robots_lock = threading.Lock()
        self._client = httpx.Client(
            headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(config.read_timeout_s, connect=config.connect_timeout_s),
            follow_redirects=False,
            trust_env=False,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # The public call

    def get(self, url: str, validators: HttpValidators | None = None, accept: str = "*/*") -> Response:
        """GET `url` with all the manners; a 200 or 304 Response, or FetchError saying why not."""
        headers = {"Accept": accept}
        if validators is not None:
            if validators.etag:
                headers["If-None-Match"] = validators.etag
            if validators.last_modified:
                headers["If-Modified-Since"] = validators.last_modified
        return self._follow(url, headers, self.config.max_body_bytes, check_robots=True)

    # Redirects, robots, retries, pacing, the capped read

    def _follow(self, url: str, headers: dict[str, str], cap: int, check_robots: bool) -> Response:
        current = url
        for _hop in range(self.config.max_redirects + 1):
            host = self._check_host(current)
            if check_robots and not self._robots_allow(current):
                unreadable = self._robots_errors.get(_origin(current))
                if unreadable:
                    raise FetchError(f"cannot read robots.txt of {host} ({unreadable}); not fetched")
                raise FetchError(f"robots.txt of {host} disallows {current}; not fetched")
            response = self._with_retries(current, host, headers, cap)
            if response.status not in REDIRECTS:
                return response
            location = response.location
            if not location:
                raise FetchError(f"redirect without a Location from {current}")
            current = urljoin(current, location)
            if urlsplit(current).scheme not in ("http", "https"):
                raise FetchError(f"redirect to a non-http(s) URL refused: {current}")
        raise FetchError(f"more than {self.config.max_redirects} redirects from {url} (a redirect loop?)")

    def _check_host(self, url: str) -> str:
        host = host_of(url)
        if host not in self.allowed_hosts:
            raise FetchError(f"{host} is not the host of a configured source or a URL given; not contacted")
        return host

    def _with_retries(self, url: str, host: str, headers: dict[str, str], cap: int) -> Response:
        tries = self.config.retries + 1
        for attempt in range(tries):
            self._wait_turn(host)
            delay = self.config.backoff_s * (2 ** attempt)
            try:
                response = self._send(url, headers, cap)
            except httpx.TimeoutException:
                self._done(host)
                reason = f"timed out waiting for {host}"
            except BaseException:
                self._done(host)
                raise
            else:
                self._done(host)
                if response.status != 429 and response.status < 500:
                    return response
                reason = f"HTTP {response.status}"
                asked = retry_after_seconds(response.retry_after)
                if asked is not None:
                    if asked > self.config.max_retry_after_s:
                        raise FetchError(f"{reason}: the server asks to wait {asked:.0f} s, more than"
                                         f" [fetch] max_retry_after_s ({self.config.max_retry_after_s:g} s)")
                    delay = asked
            if attempt + 1 < tries:
                self._sleep(delay)
        raise FetchError(f"{reason} from {url}, {tries} tries")

    def _send(self, url: str, headers: dict[str, str], cap: int) -> Response:
        """One request; only a 200's body is read (within `cap`), other answers are closed unread."""
        self._check_cancel()
        try:
            with self._client.stream("GET", url, headers=headers) as answer:
                status = answer.status_code
                if status in REDIRECTS:
                    return Response(url=url, status=status, location=answer.headers.get("location"))
                if status == 429 or status >= 500:
                    return Response(url=url, status=status, retry_after=answer.headers.get("retry-after"))
                if status == 304:
                    return Response(url=url, status=304, etag=answer.headers.get("etag"),
                                    last_modified=answer.headers.get("last-modified"))
                if status != 200:
                    raise FetchError(f"HTTP {status} {answer.reason_phrase} from {url}", status=status)
                body = self._read_capped(answer, url, cap)
                media, charset = parse_content_type(answer.headers.get("content-type", ""))
                return Response(url=url, status=200, body=body, content_type=media, charset=charset,
                                etag=answer.headers.get("etag"), last_modified=answer.headers.get("last-modified"))
        except httpx.TimeoutException:
            raise
        except httpx.RemoteProtocolError as error:
            raise FetchError(f"the connection broke before the whole answer arrived from {url} ({error})") from None
        except httpx.ConnectError as error:
            raise FetchError(f"cannot connect to {host_of(url)}: {error}") from None
        except httpx.HTTPError as error:
            raise FetchError(f"network error from {url}: {error}") from None

    def _read_capped(self, answer: httpx.Response, url: str, cap: int) -> bytes:
        declared = answer.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(f"the answer from {url} is {int(declared):,} bytes, more than the {cap:,} byte cap"
                             " ([fetch] max_body_bytes)")
        chunks: list[bytes] = []
        size = 0
        # The read timeout bounds each wait; this bounds a server trickling a byte at a time.
        deadline = time.monotonic() + self.config.connect_timeout_s + 4 * self.config.read_timeout_s
        for chunk in answer.iter_bytes():  # decoded: the cap holds for compressed answers too
            size += len(chunk)
            if size > cap:
                raise FetchError(f"the answer from {url} is more than the {cap:,} byte cap ([fetch] max_body_bytes)")
            if time.monotonic() > deadline:
                raise FetchError(f"the answer from {url} is coming too slowly; gave up")
            chunks.append(chunk)
            self._check_cancel()
        return b"".join(chunks)

    def _wait_turn(self, host: str) -> None:
        """Take the host's next free slot: min_interval_s (or robots.txt's longer Crawl-delay) after the
        last request began and after its answer ended."""
        interval = max(self.config.min_interval_s, self._crawl_delay(host))
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next_slot.get(host, 0.0))
            self._next_slot[host] = slot + interval
        if slot > now:
            self._sleep(slot - now)

    def _done(self, host: str) -> None:
        """Count the interval from the end of an answer too, so a slow answer is never followed at once."""
        interval = max(self.config.min_interval_s, self._crawl_delay(host))
        with self._lock:
            self._next_slot[host] = max(self._next_slot.get(host, 0.0), time.monotonic() + interval)

    def _sleep(self, seconds: float) -> None:
        if self._cancel.wait(seconds):
            raise FetchCancelled("fetch cancelled")

    def _check_cancel(self) -> None:
        if self._cancel.is_set():
            raise FetchCancelled("fetch cancelled")

    # robots.txt

    def _robots_for(self, url: str) -> urllib.robotparser.RobotFileParser:
        origin = _origin(url)
        with self._robots_lock:
            cached = self._robots.get(origin)
        if cached is not None:
            return cached
        parser = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
        try:
            answer = self._follow(origin + "/robots.txt", {"Accept": "text/plain"}, ROBOTS_MAX_BYTES,
                                  check_robots=False)
        except FetchCancelled:
            raise
        except FetchError as error:
            if error.status is not None and 400 <= error.status < 500:
                parser.parse([])  # RFC 9309: robots.txt "unavailable" (4xx) means no rules
            else:
                # "unreachable" (5xx, network): assume everything is off limits.
                parser.parse(["User-agent: *", "Disallow: /"])
                with self._robots_lock:
                    self._robots_errors[origin] = str(error)
        else:
            parser.parse(answer.body.decode("utf-8", "replace").splitlines())
        with self._robots_lock:
            self._robots[origin] = parser
        return parser

    def _robots_allow(self, url: str) -> bool:
        return self._robots_for(url).can_fetch(PRODUCT, url)

    def _crawl_delay(self, host: str) -> float:
        with self._robots_lock:
            parsers = [p for origin, p in self._robots.items() if urlsplit(origin).hostname == host]
        delays = []
        for parser in parsers:
            delay = parser.crawl_delay(PRODUCT)
            if delay is not None:
                delays.append(min(float(delay), MAX_CRAWL_DELAY_S))
        return max(delays, default=0.0)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def parse_content_type(header: str) -> tuple[str, str | None]:
    """(media type, charset) of a Content-Type header, with the email package's header parser."""
    if not header:
        return "", None
    message = email.message.Message()
    message["content-type"] = header
    charset = message.get_param("charset")
    return message.get_content_type().lower(), charset if isinstance(charset, str) else None
