"""The feed and page readers on their own: Atom and RSS links, the fallback main-text extractor, charsets,
the site's "no such release" page, Retry-After dates."""

from __future__ import annotations

import email.utils

import pytest
from site_server import TITLE_PREFIX, corpus_files, corpus_page, release_html

from briefing.sources.corpus import read_file
from briefing.sources.feed import looks_like_feed, parse_feed
from briefing.sources.http import FetchError, retry_after_seconds, user_agent
from briefing.sources.page import english_gist, load_sites, parse_page


def test_atom_and_rss_items_give_absolute_links_with_dates() -> None:
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
      <entry><title>one</title><link rel="alternate" href="/news/contents/details/1"/>
        <updated>2025-12-01T08:00:00+07:00</updated></entry>
      <entry><title>two</title><link rel="enclosure" href="/a.mp3"/><link href="https://www.thaigov.go.th/2"/></entry>
    </feed>"""
    items = parse_feed(atom, "https://www.thaigov.go.th/feed.atom")
    assert [item.link for item in items] == ["https://www.thaigov.go.th/news/contents/details/1",
                                             "https://www.thaigov.go.th/2"]
    assert items[0].updated is not None and items[0].updated.isoformat() == "2025-12-01T08:00:00+07:00"
    rss = b'<rss version="2.0"><channel><item><guid>https://x.example/3</guid></item><item><title>no link</title>' \
          b"</item></channel></rss>"
    assert [item.link for item in parse_feed(rss, "https://x.example/rss")] == ["https://x.example/3"]


def test_external_entities_and_non_feeds_are_refused() -> None:
    xxe = b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel>' \
          b"<title>&x;</title></channel></rss>"
    with pytest.raises(FetchError, match="entit"):
        parse_feed(xxe, "https://x.example/rss")
    with pytest.raises(FetchError, match="not an RSS or Atom feed"):
        parse_feed(b"<html><body>hi</body></html>", "https://x.example/rss")
    assert looks_like_feed("", b"\xef\xbb\xbf<?xml version='1.0'?><rss>")
    assert not looks_like_feed("text/html", b"<rss>")


def test_a_page_in_the_template_equals_its_corpus_file() -> None:
    for path in corpus_files():
        expected = read_file(path)
        got = parse_page(corpus_page(path).encode(), expected.source or "https://www.thaigov.go.th/x").release
        assert (got.title, got.body, got.date, got.date_thai, got.category, got.source) == (
            expected.title, expected.body, expected.date, expected.date_thai, expected.category, expected.source)


def test_the_category_loses_the_punctuation_the_corpus_file_names_lose() -> None:
    page = release_html(TITLE_PREFIX + "หัวข้อข่าว", "ข่าวรอง นรม. / รมต.นร.",
                        ["วันพุธที่ 22 มีนาคม 2566", "หัวข้อข่าว", "เนื้อความของข่าวนี้"])
    release = parse_page(page.encode(), "https://www.thaigov.go.th/news/contents/details/1").release
    assert release.category == "ข่าวรอง นรม  รมตนร"
    assert release.date is not None and release.date.isoformat() == "2023-03-22"
    assert release.body == "เนื้อความของข่าวนี้"


def test_the_sites_empty_page_is_an_error_not_an_empty_release() -> None:
    with pytest.raises(FetchError, match="no release at"):
        parse_page(release_html(TITLE_PREFIX, "", []).encode(), "https://www.thaigov.go.th/news/contents/details/0")


def test_a_page_in_another_template_falls_back_to_the_main_text_and_says_so() -> None:
    paragraphs = "".join(f"<p>ย่อหน้าที่ {n} ของข่าวนี้มีเนื้อความยาวพอที่จะนับเป็นข้อความหลัก</p>" for n in range(3))
    page = (f"<html><head><title>{TITLE_PREFIX}ข่าวใหม่</title></head><body>"
            "<nav><p>เมนูหลักของเว็บไซต์ที่ไม่ใช่ส่วนของข่าวเลย ยาวพอสมควร</p></nav>"
            f'<div class="article-2026"><h1>ข่าวใหม่</h1><div class="date">วันจันทร์ที่ 1 ธันวาคม 2568</div>'
            f"{paragraphs}</div><footer><p>สงวนลิขสิทธิ์ สำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี 2568</p></footer>"
            "</body></html>")
    result = parse_page(page.encode(), "https://www.thaigov.go.th/news/contents/details/5")
    assert "fallback extractor" in result.note
    assert result.release.title == "ข่าวใหม่"
    assert result.release.date is not None and result.release.date.isoformat() == "2025-12-01"
    assert result.release.body.splitlines()[0].startswith("ย่อหน้าที่ 0")
    assert "เมนู" not in result.release.body and "สงวนลิขสิทธิ์" not in result.release.body


def test_charsets_are_honoured_and_a_wrong_one_is_an_error() -> None:
    page = release_html(TITLE_PREFIX + "หัวข้อ", "ด้านสังคม", ["วันพุธที่ 22 มีนาคม 2566", "หัวข้อ", "ข้อความ"],
                        charset="tis-620")
    url = "https://www.thaigov.go.th/news/contents/details/1"
    assert parse_page(page.encode("tis-620"), url).release.body == "ข้อความ"  # from <meta charset>
    assert parse_page(page.encode("cp874"), url, "windows-874").release.body == "ข้อความ"  # from the header
    with pytest.raises(FetchError, match="not valid utf-8"):
        parse_page(page.encode("tis-620"), url, "utf-8")
    with pytest.raises(FetchError, match="unknown charset"):
        parse_page(page.encode(), url, "klingon-8")


def test_english_gist_is_the_first_sentence_and_titles_do_not_end_it() -> None:
    text = "Gen. Prayut Chan-o-cha met Mr. Smith of the WHO in Bangkok on Monday. They talked about vaccines."
    assert english_gist(text) == "Gen. Prayut Chan-o-cha met Mr. Smith of the WHO in Bangkok on Monday."
    assert english_gist("word " * 40).endswith("…")


def test_retry_after_reads_seconds_and_http_dates_and_the_user_agent_names_tool_and_contact() -> None:
    assert retry_after_seconds("7") == 7.0
    when = email.utils.formatdate(1_000_030, usegmt=True)
    assert retry_after_seconds(when, now=1_000_000) == pytest.approx(30.0)
    assert retry_after_seconds("soon") is None
    assert user_agent("mailto:me@example.org") == "briefing/0.1.0 (+mailto:me@example.org)"
    assert load_sites()[0].body == "div.border-normal.clearfix"


def test_an_english_release_is_read_as_sentences_without_thai_analysis() -> None:
    from briefing.config import Config
    from briefing.model import Release
    from briefing.pipeline import Pipeline

    release = Release(title="Airport", body="Gen. Prayut met Mr. Smith today. They talked.\nSecond paragraph.",
                      language="en", id=1)
    analysis = Pipeline(None, Config()).analysis(release)  # type: ignore[arg-type]  # no store: nothing is cached
    assert [release.body[start:end] for start, end in analysis.sentences] == [
        "Gen. Prayut met Mr. Smith today.", "They talked.", "Second paragraph."]
    assert analysis.entities == [] and analysis.figures == []
