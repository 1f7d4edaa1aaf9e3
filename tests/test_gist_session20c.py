"""Gist kinds of session 20 (s20-gists3), each fixed by its method: an anniversary (ครบรอบ N ปี) and a step into a
year (ก้าวสู่ปีที่ N) are read as one noun with the ordinal spelt out (words.py); an ordinal of an English headline that is no figure is spelt out, not
dropped (headline.py). Headlines quoted verbatim from
archive releases outside every bench set."""

from __future__ import annotations

from briefing.summary.english import ordinal_word
from briefing.summary.words import words
from tests.gist_helpers import release_gist as _gist


def test_ordinal_words_are_spelt_to_ninety_nine() -> None:
    assert [ordinal_word(n) for n in (1, 12, 21, 30, 46, 82, 99)] == [
        "first", "twelfth", "twenty-first", "thirtieth", "forty-sixth", "eighty-second", "ninety-ninth"]
    # 'one hundred' is read as a figure by the gist's number reader: left unspelt
    assert ordinal_word(100) == "" and ordinal_word(140) == "" and ordinal_word(0) == ""


def test_step_into_a_year_is_that_year() -> None:
    # thaigov.go.th/news/contents/details/94618: read 'congratulates the step towards year'
    gist = _gist("ร่วมยินดี นสพ.แนวหน้า ก้าวสู่ปีที่ 46", "")
    assert "congratulates the forty-sixth year" in gist and "step" not in gist, gist
    # thaigov.go.th/news/contents/details/81533: read 'congratulates the step Khaosod towards year'
    gist = _gist("รมว.ยุติธรรม ร่วมแสดงความยินดีเนื่องในโอกาสหนังสือพิมพ์ข่าวสด ก้าวสู่ปีที่ ๓๔", "")
    assert "thirty-fourth year" in gist and "step" not in gist, gist
    # thaigov.go.th/news/contents/details/72520: read 'shows results on AFNC fourth year step'
    gist = _gist("‘ดีอี’ โชว์ผลงานก้าวเข้าปีที่ 4 ศูนย์ต่อต้านข่าวปลอม โชว์ตัวเลขผู้ติดตามกว่า 18 ล้านคน", "")
    assert "fourth year" in gist and "step" not in gist, gist


def test_anniversary_says_which() -> None:
    # thaigov.go.th/news/contents/details/94806: read 'congratulates the anniversary'
    gist = _gist("กระทรวงยุติธรรม ร่วมแสดงความยินดีเนื่องในโอกาสครบรอบ 61 ปี หนังสือพิมพ์เดลินิวส์", "")
    assert "congratulates the sixty-first anniversary" in gist, gist
    # thaigov.go.th/news/contents/details/72318: read 'celebrates the anniversary'
    gist = _gist("ธอส. ฉลองครบรอบ 70 ปี จองซื้อบ้านในงาน GHB ALL HOME ONLINE 2023 14 รายแรก", "")
    assert "celebrates the seventieth anniversary" in gist, gist
    # 'ครบรอบปีที่ 65' (the ordinal after ปีที่; archive headline of the Armed Forces Academies Preparatory School's
    # founding day) is the same anniversary, one noun
    found = [(w.part, w.english) for w in words("วันคล้ายวันสถาปนาโรงเรียนเตรียมทหาร ครบรอบปีที่ 65")]
    assert ("noun", "sixty-fifth anniversary") in found, found
    # 'ครบรอบ ๒๔๒ ปี' (over 99) keeps the bare 'anniversary': no ordinal is spelt that the number reader takes apart
    found = [(w.part, w.english) for w in words("วันคล้ายวันสถาปนาองค์พระหลักเมือง ครบรอบ ๒๔๒ ปี")]
    assert ("noun", "anniversary") in found, found


def test_english_headline_spells_an_ordinal_it_used_to_drop() -> None:
    # thaigov.go.th/news/contents/details/50452: read 'PM pleased with Thailand being ranked at as world’s best ...'
    gist = _gist("PM pleased with Thailand being ranked at 11th as world’s best places to retire in 2022", "")
    assert "ranked at eleventh as" in gist, gist
    # thaigov.go.th/news/contents/details/88873: read 'PM to attend and ASEAN Summit in Lao PDR'
    gist = _gist("PM to attend 44th and 45th ASEAN Summit in Lao PDR", "")
    assert "attend forty-fourth and forty-fifth ASEAN Summit" in gist, gist
    # thaigov.go.th/news/contents/details/100302: read 'Trang ready to host Chief Ministers and Governors Forum (CMGF)'
    gist = _gist("Trang ready to host 22nd Chief Ministers and Governors Forum (CMGF)", "")
    assert "host twenty-second Chief Ministers" in gist, gist


def _measures(body: str) -> list[str | None]:
    from briefing.model import Release
    from briefing.summary.facts import measure_of
    from briefing.thai import analyze

    analysis = analyze(Release(title="ครม. อนุมัติแผน", body=body, category="", source="x", id=0))
    return [measure_of(analysis, f) for f in analysis.figures if f.field == "body"]


def test_prap_is_a_fine_only_as_one() -> None:
    # archive cabinet summary of 17 September 2567 (bench/gists_archive.py seed 2032): 'ก่อหนี้ใหม่ ปรับเพิ่ม 112,000
    # ล้านบาท' was 'a fine of 112 billion baht' (ปรับ inside ปรับเพิ่ม, raise): it is new debt
    assert _measures("แผนการก่อหนี้ใหม่ ปรับเพิ่ม 112,000 ล้านบาท") == ["debt"]
    # a fine stays a fine
    assert _measures("ผู้ฝ่าฝืนมีโทษจำคุก และปรับไม่เกิน 10,000 บาท") == ["fine"]
