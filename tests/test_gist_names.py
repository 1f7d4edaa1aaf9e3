"""Gist oddities seen on the whole archive (session 5): a proper name the glossary would read word by
word is kept as a name, and two countries listed with a space are both partners, not a partner and a
place. Headlines quoted verbatim from the corpus; the analyses are built by hand as the analyzer gives
them, so work on the recognisers does not move these tests."""

from __future__ import annotations

from gist_helpers import gist, org

from briefing.model import Analysis, Entity


def place(text: str, part: str, english: str, after: str = "") -> Entity:
    """A place of the headline: `part`'s first occurrence after `after`."""
    s = text.index(part, text.index(after) + len(after) if after else 0)
    return Entity(type="place", field="title", text=part, start=s, end=s + len(part), english=english)


def test_the_governments_news_page_is_named_not_glossed_word_by_word() -> None:
    # thaigov.go.th/news/contents/details/99485 (and 40 more headlines): 'ไทยคู่ฟ้า' is the government's
    # news page and brand, named after the Government House building; the gist read 'Sky pair Thailand'
    title = "“ไทยคู่ฟ้า” รายงานสถานการณ์ชายแดนไทย - กัมพูชา"
    text = gist(Analysis(title=title, body="เหตุการณ์ส่วนหน้าปกติ ตลอดคืนถึงเช้านี้",
                         entities=[place(title, "ไทย", "Thailand", after="ชายแดน"), place(title, "กัมพูชา", "Cambodia")]))
    assert text.startswith("Thai Khu Fah reports the border situation")
    assert "sky" not in text.lower() and "pair" not in text


def test_two_countries_after_a_space_are_both_partners_not_a_partner_and_a_place() -> None:
    # thaigov.go.th/news/contents/details/100397: 'มาเลเซีย อินโดนีเซีย' lists the two countries (Thai writes
    # lists with spaces); the gist read 'joins forces with Malaysia in Indonesia'
    title = ("กระทรวงมหาดไทยผนึกกำลังมาเลเซีย อินโดนีเซียขับเคลื่อนแผนงาน IMT-GT "
             "มุ่งประสานความร่วมมือพัฒนาเขตเศรษฐกิจในอนุภูมิภาคเพื่อประโยชน์ประชาชนทั้ง 3 ประเทศ")
    text = gist(Analysis(title=title, body="การประชุมระดับมุขมนตรีและผู้ว่าราชการจังหวัด", entities=[
        org(title, "กระทรวงมหาดไทย", "Ministry of Interior (MOI)"), place(title, "อินโดนีเซีย", "Indonesia")]))
    assert text.startswith("Ministry of Interior joins forces with Malaysia and Indonesia")
    assert "in Indonesia" not in text


def test_a_country_qualifying_a_noun_is_not_listed_with_the_next_one() -> None:
    # thaigov.go.th/news/contents/details/52719: 'นักท่องเที่ยวรัสเซียและยูเครน' (Russian and Ukrainian tourists):
    # Russia qualifies the tourists; only a country standing alone in the object starts a list of countries
    title = ("โฆษกรัฐบาลเผย นายกฯ ติดตามการให้ความช่วยเหลือนักท่องเที่ยวรัสเซียและยูเครนในไทยอย่างใกล้ชิด "
             "มอบหมายกระทรวงการท่องเที่ยวและกีฬาเป็นหน่วยงานหลักบูรณาการความร่วมมือ "
             "พร้อมดูแลความปลอดภัยและช่วยเหลืออย่างสุดความสามารถ")
    text = gist(Analysis(title=title, body="นายกรัฐมนตรีติดตามการให้ความช่วยเหลือ", entities=[
        place(title, "ยูเครน", "Ukraine"), place(title, "ไทย", "Thailand", after="ยูเครนใน"),
        org(title, "กระทรวงการท่องเที่ยวและกีฬา", "Ministry of Tourism and Sports (MOTS)")]))
    assert "Russia tourist assistance" in text and "and Ukraine" not in text
