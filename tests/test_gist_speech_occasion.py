"""A Thai speech headline's occasion (briefing/summary/action.py `_occasion`): 'คำกล่าว ... เนื่องในโอกาสวันขึ้นปีใหม่'
is a speech on New Year's Day, not only 'gives a speech'. Headlines quoted verbatim from archive releases outside every
bench set (bench/gists_archive.py seed 2100: 5 of 131 speech headlines changed, all better). An occasion said in
words, not a name, is left out."""

from __future__ import annotations

from briefing.summary.action import _occasion
from tests.gist_helpers import release_gist as _gist


def test_a_speech_names_its_day() -> None:
    # thaigov.go.th/news/contents/details/63307: read 'Prime Minister Prayut Chan-o-cha gives a speech'
    gist = _gist("คำกล่าว พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี เนื่องในโอกาสวันขึ้นปีใหม่ พุทธศักราช 2566", "")
    assert "gives a speech on New Year's Day" in gist, gist
    # thaigov.go.th/news/contents/details/39772: the day in quotes
    gist = _gist("คำกล่าว  พลเอก ประยุทธ์ จันทร์โอชา  นายกรัฐมนตรี เนื่องในโอกาส “วันสตรีสากล ประจำปี 2564”  วันจันทร์ที่ 8 "
                 "มีนาคม 2564", "")
    assert "International Women's Day" in gist, gist


def test_an_occasion_in_words_is_left_out() -> None:
    assert _occasion("คำกล่าว นายกรัฐมนตรี เนื่องในโอกาส “การจัดกิจกรรมส่งเสริมและสร้างโอกาส”") is None
