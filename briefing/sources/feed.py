"""RSS 2.0, RSS 1.0 and Atom feeds, read safely: the links of the newest items, nothing more.

Parsed with defusedxml: a feed that declares entities (the "billion laughs" expansion, external
entities) or refers to external DTDs is refused before anything is expanded or fetched. A feed that
is not well-formed XML, or not a feed, is a FetchError for that source; the others go on.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from urllib.parse import urljoin

import defusedxml
import defusedxml.ElementTree

from briefing.sources.http import FetchError

ATOM = "{http://www.w3.org/2005/Atom}"
RSS1 = "{http://purl.org/rss/1.0/}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"


@dataclass(slots=True)
class FeedItem:
    link: str
    """The item's page, absolute."""
    title: str = ""
    updated: dt.datetime | None = None
    """When the feed says the item was published or last changed (UTC), if it says."""


def _text(element: ET.Element | None) -> str:
    return "".join(element.itertext()).strip() if element is not None else ""


def _rss_date(value: str) -> dt.datetime | None:
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def _iso_date(value: str) -> dt.datetime | None:
    try:
        when = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def parse_feed(data: bytes, url: str) -> list[FeedItem]:
    """The items of an RSS or Atom document, in feed order, with links made absolute against `url`."""
    try:
        root = defusedxml.ElementTree.fromstring(data, forbid_dtd=False, forbid_entities=True,
                                                 forbid_external=True)
    except defusedxml.EntitiesForbidden:
        raise FetchError(f"feed {url} declares XML entities; refused (entity expansion is a known attack)") from None
    except (defusedxml.DTDForbidden, defusedxml.ExternalReferenceForbidden, defusedxml.NotSupportedError):
        raise FetchError(f"feed {url} refers to an external DTD or entity; refused") from None
    except ET.ParseError as error:
        raise FetchError(f"feed {url} is not well-formed XML ({error})") from None
    items: list[FeedItem] = []
    if root.tag == "rss":
        for item in root.iterfind("channel/item"):
            link = _text(item.find("link"))
            guid = item.find("guid")
            if not link and guid is not None and guid.get("isPermaLink", "true") == "true":
                link = _text(guid)
            date = _text(item.find("pubDate"))
            items.append(FeedItem(link=link, title=_text(item.find("title")),
                                  updated=_rss_date(date) if date else None))
    elif root.tag == f"{ATOM}feed":
        for entry in root.iterfind(f"{ATOM}entry"):
            link = ""
            for candidate in entry.iterfind(f"{ATOM}link"):
                if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
                    link = candidate.get("href", "")
                    break
            date = _text(entry.find(f"{ATOM}updated")) or _text(entry.find(f"{ATOM}published"))
            items.append(FeedItem(link=link, title=_text(entry.find(f"{ATOM}title")),
                                  updated=_iso_date(date) if date else None))
    elif root.tag == f"{RDF}RDF":
        for item in root.iterfind(f"{RSS1}item"):
            items.append(FeedItem(link=_text(item.find(f"{RSS1}link")), title=_text(item.find(f"{RSS1}title"))))
    else:
        raise FetchError(f"{url} is XML but not an RSS or Atom feed (its root is <{root.tag}>)")
    return [FeedItem(link=urljoin(url, item.link), title=item.title, updated=item.updated)
            for item in items if item.link]


def looks_like_feed(content_type: str, data: bytes) -> bool:
    """Whether an answer to a URL of unknown kind is a feed: by its media type, else its first bytes."""
    if content_type in ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
                        "application/xml", "text/xml"):
        return True
    if content_type in ("text/html", "application/xhtml+xml"):
        return False
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return any(marker in head for marker in (b"<rss", b"<feed", b"<rdf:rdf"))
