"""A release page -> the same Release the corpus gives for it.

The page is parsed with selectolax (lexbor), never with regular expressions. The parts are found with
the selectors in briefing/data/sites.toml; their text is laid out in the corpus file format (title,
blank line, the body's lines, "ที่มา : URL"), which is how the corpus collectors wrote the files, and
read back with the corpus parser, so a fetched page and the corpus file of the same page become equal
Releases. When no site's selectors match, a generic main-text heuristic (below) takes the text and
the result says so. Pages of the site's English section are stored as English releases.
"""

from __future__ import annotations

import codecs
import datetime as dt
import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from briefing.errors import BriefingError
from briefing.model import Analysis, Release
from briefing.sources import corpus
from briefing.sources.http import FetchError, parse_content_type

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "sites.toml"

# Layout of text: where a line ends, what is not text at all.
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
    "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption",
})
CELL_TAGS = frozenset({"td", "th"})
NOT_TEXT = frozenset({"script", "style", "noscript", "template", "iframe", "svg", "object", "select",
                      "button", "-comment", "head"})
# The heuristic's idea of page furniture around the main text.
FURNITURE = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select"
MIN_PARAGRAPH = 20
"""Characters a <p> needs to count as text for the heuristic (shorter ones are captions, buttons)."""

ENGLISH_MONTHS = {name: number for number, name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), start=1)}
ENGLISH_DATE = re.compile(
    r"^(?:[A-Za-z]+,?\s+)?(?:(?P<d1>\d{1,2})\s+(?P<m1>[A-Za-z]+)|(?P<m2>[A-Za-z]+)\s+(?P<d2>\d{1,2}),?)\s+(?P<y>\d{4})$")
# Labels the WHATWG Encoding Standard gives Thai's 8-bit charset that Python's codecs lack.
CHARSET_ALIASES = {"windows-874": "cp874", "x-windows-874": "cp874", "dos-874": "cp874",
                   "iso-8859-11": "cp874", "iso8859-11": "cp874", "iso_8859-11": "cp874"}
PRINT_LABELS = frozenset({corpus.PRINT_LABEL, "Print"})
THAI_LETTER = re.compile("[\u0e01-\u0e5b]")
GIST_WORDS = 30
ABBREVIATIONS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj", "Capt", "Pol", "No", "St", "Prof"})
"""Words whose full stop does not end an English sentence (titles of people in releases)."""
ENGLISH_GIST_KEY = "english-text"
"""The gist key of an English release's gist (its own first sentence), kept by the store as current."""


@dataclass(frozen=True, slots=True)
class Site:
    """One [[site]] block of sites.toml."""

    name: str
    hosts: tuple[str, ...]
    title: str
    title_prefixes: tuple[str, ...]
    body: str
    category: str
    category_strip: str
    english_paths: tuple[str, ...]


@dataclass(slots=True)
class PageResult:
    release: Release
    note: str = ""
    """How the text was found when not by the site's selectors (the fallback extractor)."""
    gist: str | None = None
    """An English release's gist: its own first sentence (no Thai analysis or summary is made)."""


@functools.cache
def load_sites(path: Path = DATA_FILE) -> tuple[Site, ...]:
    """The site blocks of the data file; a broken file is a BriefingError naming it."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise BriefingError(f"cannot read the site selectors {path}: {error}") from None
    sites = []
    for block in data.get("site", []):
        try:
            sites.append(Site(
                name=str(block["name"]), hosts=tuple(block.get("hosts", [])), title=str(block["title"]),
                title_prefixes=tuple(sorted(block.get("title_prefixes", []), key=len, reverse=True)),
                body=str(block["body"]), category=str(block.get("category", "")),
                category_strip=str(block.get("category_strip", "")),
                english_paths=tuple(block.get("english_paths", [])),
            ))
        except (KeyError, TypeError) as error:
            raise BriefingError(f"{path}: a [[site]] block lacks or mistypes {error}") from None
    return tuple(sites)


# Bytes -> text


def declared_charset(data: bytes) -> str | None:
    """The charset a page's own <meta> declares, read with the HTML parser from its first 4 KB."""
    head = LexborHTMLParser(data[:4096].decode("latin-1"))
    meta = head.css_first("meta[charset]")
    if meta is not None and meta.attributes.get("charset"):
        return (meta.attributes.get("charset") or "").strip() or None
    for meta in head.css("meta[http-equiv]"):
        if (meta.attributes.get("http-equiv") or "").lower() == "content-type":
            return parse_content_type(meta.attributes.get("content") or "")[1]
    return None


def decode_page(data: bytes, header_charset: str | None, url: str) -> str:
    """The page's text in the charset its header (or else its <meta>, else UTF-8) declares, strictly.

    A page whose bytes are not in the declared charset is an error: decoding it anyway would store
    mojibake as a release.
    """
    if data.startswith(codecs.BOM_UTF8):
        charset = "utf-8-sig"
    else:
        charset = (header_charset or declared_charset(data) or "utf-8").strip().strip("\"'")
        charset = CHARSET_ALIASES.get(charset.lower(), charset)
    try:
        codecs.lookup(charset)
    except LookupError:
        raise FetchError(f"{url} declares an unknown charset {charset!r}") from None
    try:
        return data.decode(charset)
    except UnicodeDecodeError as error:
        raise FetchError(f"{url} is not valid {charset} text as it declares (bad byte at {error.start});"
                         " wrong charset") from None


# Elements -> lines


def text_lines(node: LexborNode) -> list[str]:
    """The element's text, one entry per non-blank line, broken where the browser would break it.

    Walks with an explicit stack (deeply nested pages cannot exhaust Python's recursion limit).
    """
    parts: list[str] = []
    stack: list[tuple[LexborNode, bool]] = [(node, False)]
    while stack:
        current, leaving = stack.pop()
        tag = current.tag or ""
        if leaving:
            parts.append("\n" if tag in BLOCK_TAGS else " ")
            continue
        if tag == "-text":
            parts.append(current.text(deep=False) or "")
            continue
        if tag in NOT_TEXT:
            continue
        if tag in BLOCK_TAGS:
            parts.append("\n")
        if tag in BLOCK_TAGS or tag in CELL_TAGS:
            stack.append((current, True))
        stack.extend((child, False) for child in reversed(list(current.iter(include_text=True))))
    return [line.strip() for line in "".join(parts).split("\n") if line.strip()]


def _first_text(tree: LexborHTMLParser, selector: str) -> str | None:
    if not selector:
        return None
    node = tree.css_first(selector)
    return node.text(deep=True).strip() if node is not None else None


def _strip_prefix(title: str, prefixes: tuple[str, ...]) -> str:
    squeezed = title.strip()
    for prefix in prefixes:
        if squeezed.startswith(prefix):
            return squeezed[len(prefix):].strip()
    return corpus.TITLE_PREFIX.sub("", squeezed).strip()


def _english_date(line: str) -> dt.date | None:
    match = ENGLISH_DATE.match(line.strip())
    if not match:
        return None
    month = ENGLISH_MONTHS.get((match.group("m1") or match.group("m2") or "").lower())
    day = int(match.group("d1") or match.group("d2"))
    if month is None:
        return None
    try:
        return dt.date(int(match.group("y")), month, day)
    except ValueError:
        return None


def _date_of(line: str) -> dt.date | None:
    """A Thai date line (Buddhist era) or an English one, as a common-era date."""
    thai = corpus.DATE_LINE.match(line.translate(corpus.THAI_DIGITS))
    if thai:
        return corpus._be_date(int(thai.group(1)), corpus.THAI_MONTHS[thai.group(2)], int(thai.group(3)))
    return _english_date(line)


def _release_from_lines(title: str, lines: list[str], url: str, category: str | None,
                        language: str) -> Release:
    """A release from a title and text lines of any layout: a date line near the top is taken, then
    the print label and the headline copies are dropped as the corpus parser drops them."""
    date = date_line = None
    rest = list(lines)
    for index, line in enumerate(rest[:6]):
        found = _date_of(line)
        if found is not None:
            date, date_line = found, line.strip()
            rest = rest[index + 1:]
            break
    while rest and (rest[0].strip() in PRINT_LABELS or corpus.NUMERIC_DATE.match(rest[0].translate(corpus.THAI_DIGITS))):
        rest = rest[1:]
    title = corpus._clean(title).strip()
    title, body_lines = corpus._strip_headline(title, [corpus._clean(line) for line in rest])
    body = corpus._join_body(body_lines)
    if not title or not body:
        raise FetchError(f"{url}: no release text found on the page")
    return Release(title=title, body=body, date=date, date_thai=date_line, category=category, source=url,
                   file=url, language=language)


def english_gist(text: str) -> str:
    """The first sentence of an English text, at most GIST_WORDS words: the list's line for it."""
    words = text.split()
    out: list[str] = []
    for word in words[:GIST_WORDS]:
        out.append(word)
        if word.endswith((".", "!", "?")) and len(out) >= 6 and word[:-1] not in ABBREVIATIONS:
            return " ".join(out)
    return " ".join(out) + ("…" if len(words) > GIST_WORDS else "")


def english_analysis(release: Release) -> Analysis:
    """What the reader shows for an English release: its text with sentence spans, no Thai analysis
    (the Thai analyzer would find nothing in English and cost seconds)."""
    body = release.body
    sentences: list[tuple[int, int]] = []
    start = None
    for index, char in enumerate(body):
        if start is None:
            if not char.isspace():
                start = index
            continue
        ends_paragraph = char == "\n"
        ends_sentence = (char in ".!?" and (index + 1 == len(body) or body[index + 1].isspace())
                         and body[:index].rsplit(None, 1)[-1] not in ABBREVIATIONS)
        if ends_paragraph or ends_sentence:
            end = index if ends_paragraph else index + 1
            if body[start:end].strip():
                sentences.append((start, end))
            start = None
    if start is not None and body[start:].strip():
        sentences.append((start, len(body.rstrip())))
    return Analysis(title=release.title, body=body, sentences=sentences, version=ENGLISH_GIST_KEY)


def _is_english_url(url: str, sites: tuple[Site, ...]) -> bool:
    path = urlsplit(url).path
    return any(path.startswith(prefix) for site in sites for prefix in site.english_paths)


def _by_selectors(tree: LexborHTMLParser, site: Site, url: str, language: str) -> Release | None:
    """The release as the site's selectors give it; None when the page is not in this template."""
    body = tree.css_first(site.body)
    raw_title = _first_text(tree, site.title)
    if raw_title is None:
        return None
    if raw_title.strip() in site.title_prefixes:
        raise FetchError(f"no release at {url} (the site answered with its empty page)")
    if body is None:
        return None
    title = _strip_prefix(raw_title, site.title_prefixes)
    if not title:
        raise FetchError(f"no release at {url} (the site answered with its empty page)")
    raw_category = _first_text(tree, site.category)
    category = None
    if raw_category:
        category = raw_category.translate({ord(char): None for char in site.category_strip}).strip() or None
    lines = text_lines(body)
    # Laid out as the corpus collector wrote its files, then read by the corpus parser.
    text = title + "\n\n" + "\n".join(lines) + "\n\nที่มา : " + url
    try:
        release = corpus.parse_release(text, name=url, category=category)
    except BriefingError:
        release = _release_from_lines(title, lines, url, category, language)  # e.g. an English date line
    release.file = url
    release.language = language
    return release


def _main_text(tree: LexborHTMLParser) -> LexborNode | None:
    """The element holding the page's main text, by a plain heuristic (trafilatura is not a dependency).

    Page furniture (navigation, header, footer, forms, scripts) is removed; each paragraph of some
    length scores its length for its parent and half for its grandparent; the best-scoring element
    wins. A page without such paragraphs gives its block with the most text outside links.
    """
    for node in tree.css(FURNITURE):
        node.decompose()
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    for paragraph in tree.css("p"):
        length = len(paragraph.text(deep=True).strip())
        if length < MIN_PARAGRAPH:
            continue
        parent = paragraph.parent
        for weight in (1.0, 0.5):
            if parent is None or parent.tag in ("html", "-document"):
                break
            key = parent.mem_id
            nodes[key] = parent
            scores[key] = scores.get(key, 0.0) + weight * length
            parent = parent.parent
    if scores:
        return nodes[max(scores, key=lambda key: scores[key])]
    best: LexborNode | None = None
    best_score = 0.0
    for block in tree.css("article, main, section, div, td, body"):
        text = len(block.text(deep=True).strip())
        links = sum(len(a.text(deep=True).strip()) for a in block.css("a"))
        score = text - 2 * links
        if score > best_score:
            best, best_score = block, score
    return best


def _by_heuristic(tree: LexborHTMLParser, url: str, sites: tuple[Site, ...], language: str) -> Release:
    meta = tree.css_first('meta[property="og:title"]')
    title = (meta.attributes.get("content") or "").strip() if meta is not None else ""
    if not title:
        title = _first_text(tree, "title") or _first_text(tree, "h1") or ""
    title = _strip_prefix(title, tuple(prefix for site in sites for prefix in site.title_prefixes))
    main = _main_text(tree)
    lines = text_lines(main) if main is not None else []
    if not lines:
        raise FetchError(f"no release text found on {url}")
    release = _release_from_lines(title or lines[0], lines, url, None, language)
    if language == "th" and not THAI_LETTER.search(release.body):
        release.language = "en"
    return release


def parse_page(data: bytes, url: str, charset: str | None = None,
               sites: tuple[Site, ...] | None = None) -> PageResult:
    """Bytes of a release page -> its Release; FetchError for an empty page, wrong charset or no text."""
    sites = load_sites() if sites is None else sites
    text = decode_page(data, charset, url)
    host = (urlsplit(url).hostname or "").lower()
    language = "en" if _is_english_url(url, sites) else "th"
    ordered = sorted(sites, key=lambda site: host not in site.hosts)  # this host's own template first
    release = None
    for site in ordered:
        release = _by_selectors(LexborHTMLParser(text), site, url, language)
        if release is not None:
            break
    note = ""
    if release is None:
        release = _by_heuristic(LexborHTMLParser(text), url, sites, language)
        note = "text found by the fallback extractor (no site selectors matched; see briefing/data/sites.toml)"
    gist = english_gist(release.body) if release.language == "en" else None
    return PageResult(release=release, note=note, gist=gist)
