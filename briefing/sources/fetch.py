"""Bring new releases in from the configured sources or given URLs: the engine behind `briefing fetch`
and the app's refresh. Knows nothing of the UI: it reports through a callback and stops on an Event.

A feed is asked for conditionally; when it has not changed nothing else is requested. Of a changed
feed, items already stored are skipped without a request (unless the feed dates the item after our
last fetch of it), new ones are fetched as pages. A page (a [[sources]] page or a URL given) is asked
for conditionally too. Each page is stored with its validators in one transaction; a bad item is a
result with its reason and the rest go on. A feed's validators are saved only when all its items
went well, so a failed item is tried again next time.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from briefing.config import Config
from briefing.errors import BriefingError
from briefing.model import HttpValidators
from briefing.sources.http import FetchCancelled, FetchError, PoliteClient, Response, host_of

if TYPE_CHECKING:  # sources hand releases to the store the caller opened; they never open one
    from briefing.store import Store

TargetKind = Literal["feed", "page", "auto"]
Status = Literal["new", "updated", "unchanged", "read", "error"]
"""new/updated/unchanged: a page; read: a feed whose items follow; error: either, with the reason."""

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1"
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"


@dataclass(slots=True)
class Target:
    url: str
    kind: TargetKind = "auto"
    """"auto" (a URL from the command line): a feed if the answer is one, else a page."""
    name: str = ""


@dataclass(slots=True)
class ItemResult:
    url: str
    kind: Literal["feed", "page"]
    status: Status
    reason: str = ""
    """Why it failed, or a note (304, fallback extractor used, how many items a feed had)."""
    title: str = ""
    source: str = ""
    """The name of the target it came from."""
    release_id: int | None = None


@dataclass(slots=True)
class FetchReport:
    results: list[ItemResult] = field(default_factory=list)
    cancelled: bool = False

    def count(self, status: Status) -> int:
        return sum(1 for result in self.results if result.status == status)

    @property
    def new(self) -> int:
        return self.count("new")


@dataclass(slots=True)
class FetchProgress:
    """Sent before each request (result None) and after each item (its result)."""

    done: int
    total: int
    """Items known so far: grows as feeds list their items."""
    url: str
    result: ItemResult | None = None


ProgressCallback = Callable[[FetchProgress], None]


def targets_from_config(config: Config) -> list[Target]:
    return [Target(url=source.url, kind=source.kind, name=source.name or host_of(source.url))
            for source in config.sources]


def targets_from_urls(urls: Iterable[str]) -> list[Target]:
    """Targets for URLs given by the user; a URL that is not http(s) is a BriefingError (bad input)."""
    targets = []
    for url in urls:
        try:
            host = host_of(url)
        except FetchError as error:
            raise BriefingError(str(error)) from None
        targets.append(Target(url=url, kind="auto", name=host))
    return targets


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Fetcher:
    """One fetch run over some targets; `run()` once."""

    def __init__(self, store: Store, config: Config, targets: list[Target],
                 progress: ProgressCallback | None = None, cancel: threading.Event | None = None) -> None:
        self.store = store
        self.config = config
        self.targets = targets
        self.progress = progress
        self.cancel = cancel or threading.Event()
        hosts = {host_of(target.url) for target in targets}
        hosts |= {host_of(source.url) for source in config.sources}
        self.client = PoliteClient(config.fetch, hosts, cancel=self.cancel)
        self.report = FetchReport()
        self.total = len(targets)

    def run(self) -> FetchReport:
        try:
            for target in self.targets:
                self._target(target)
        except FetchCancelled:
            self.report.cancelled = True
        finally:
            self.client.close()
        return self.report

    # Reporting

    def _announce(self, url: str) -> None:
        if self.progress is not None:
            self.progress(FetchProgress(done=len(self.report.results), total=self.total, url=url))

    def _record(self, result: ItemResult) -> ItemResult:
        self.report.results.append(result)
        if self.progress is not None:
            self.progress(FetchProgress(done=len(self.report.results), total=self.total, url=result.url,
                                        result=result))
        return result

    # Targets

    def _target(self, target: Target) -> None:
        if target.kind == "page":
            self._page(target.url, target.name)
            return
        self._announce(target.url)
        accept = FEED_ACCEPT if target.kind == "feed" else f"{FEED_ACCEPT}, {PAGE_ACCEPT}"
        try:
            validators = self.store.validators(target.url)
            response = self.client.get(target.url, validators, accept=accept)
        except FetchCancelled:
            raise
        except Exception as error:  # noqa: BLE001  (one bad source never stops the others)
            self._record(ItemResult(url=target.url, kind="page" if target.kind == "page" else "feed",
                                    status="error", reason=_reason(error), source=target.name))
            return
        from briefing.sources.feed import looks_like_feed

        if target.kind == "auto" and not response.not_modified and not looks_like_feed(response.content_type,
                                                                                       response.body):
            self._store_page(target.url, target.name, response)
            return
        if response.not_modified:
            if target.kind == "auto" and validators is not None and validators.release_key:
                self._record(ItemResult(url=target.url, kind="page", status="unchanged",
                                        reason="not modified (304)", source=target.name))
            else:
                self._record(ItemResult(url=target.url, kind="feed", status="unchanged",
                                        reason="feed not modified (304); no page requested", source=target.name))
            return
        self._feed(target, response)

    def _feed(self, target: Target, response: Response) -> None:
        from briefing.sources.feed import parse_feed

        try:
            items = parse_feed(response.body, response.url)[:self.config.fetch.max_items_per_feed]
        except Exception as error:  # noqa: BLE001
            self._record(ItemResult(url=target.url, kind="feed", status="error", reason=_reason(error),
                                    source=target.name))
            return
        self.total += len(items)
        self._record(ItemResult(url=target.url, kind="feed", status="read", reason=f"{len(items)} items",
                                source=target.name))
        all_ok = True
        for item in items:
            known = self.store.validators(item.link)
            fetched_before = (known is not None and known.release_key and self.store.has_key(known.release_key)
                              and not _newer(item.updated, known.checked_at))
            if fetched_before or (known is None and self.store.has_key(item.link)):  # or imported from the corpus
                self._record(ItemResult(url=item.link, kind="page", status="unchanged", title=item.title,
                                        reason="already stored", source=target.name))
                continue
            result = self._page(item.link, target.name)
            all_ok = all_ok and result.status != "error"
        if all_ok:
            self.store.save_validators(HttpValidators(url=target.url, etag=response.etag,
                                                      last_modified=response.last_modified, checked_at=_now()))

    def _page(self, url: str, source: str) -> ItemResult:
        self._announce(url)
        try:
            validators = self.store.validators(url)
            if validators is not None and not (validators.release_key and self.store.has_key(validators.release_key)):
                validators = None  # the release is gone from the store: ask for the whole page again
            response = self.client.get(url, validators, accept=PAGE_ACCEPT)
        except FetchCancelled:
            raise
        except Exception as error:  # noqa: BLE001
            return self._record(ItemResult(url=url, kind="page", status="error", reason=_reason(error),
                                           source=source))
        if response.not_modified:
            return self._record(ItemResult(url=url, kind="page", status="unchanged", reason="not modified (304)",
                                           source=source))
        return self._store_page(url, source, response)

    def _store_page(self, url: str, source: str, response: Response) -> ItemResult:
        from briefing.sources.page import ENGLISH_GIST_KEY, parse_page

        try:
            parsed = parse_page(response.body, response.url, response.charset)
            release = parsed.release
            validators = HttpValidators(url=url, etag=response.etag, last_modified=response.last_modified,
                                        checked_at=_now(), release_key=release.key)
            status, release_id = self.store.upsert_release(release, validators, gist=parsed.gist,
                                                           gist_key=ENGLISH_GIST_KEY)
        except FetchCancelled:
            raise
        except Exception as error:  # noqa: BLE001
            return self._record(ItemResult(url=url, kind="page", status="error", reason=_reason(error),
                                           source=source))
        notes = [parsed.note] if parsed.note else []
        if release.language == "en":
            notes.append("English release")
        return self._record(ItemResult(url=url, kind="page", status=status, reason="; ".join(notes),
                                       title=release.title, source=source, release_id=release_id))


def _newer(updated: dt.datetime | None, checked_at: str) -> bool:
    """Whether the feed dates an item after our last successful fetch of it."""
    if updated is None or not checked_at:
        return False
    try:
        checked = dt.datetime.fromisoformat(checked_at)
    except ValueError:
        return True
    return updated > checked


def _reason(error: Exception) -> str:
    """One line for the result table: our own errors say it all; anything else names its type."""
    if isinstance(error, BriefingError):
        return str(error).splitlines()[0] if str(error) else type(error).__name__
    return f"{type(error).__name__}: {error}".splitlines()[0]


def fetch(store: Store, config: Config, targets: list[Target], progress: ProgressCallback | None = None,
          cancel: threading.Event | None = None) -> FetchReport:
    """Fetch every target with manners; see the module docstring."""
    return Fetcher(store, config, targets, progress, cancel).run()
