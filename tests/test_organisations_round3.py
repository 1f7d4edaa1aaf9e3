"""Organisations, round three (issue 11): short references, remit lists, bands, glossed English names,
on sentences quoted verbatim from thaigov-v2 corpus releases (none from the eval dev files or the
held-out sets; the path under thaigov-v2/data is in each comment).
"""

from __future__ import annotations

from briefing.model import Entity
from briefing.thai.entities import find_entities


def _entities(body: str, title: str = "") -> list[Entity]:
    entities, _ = find_entities(title, body)
    return entities


def _orgs(body: str, title: str = "") -> list[str]:
    return [e.text for e in _entities(body, title) if e.type == "organisation"]


def test_ministry_short_name_after_other_bodies_in_a_list() -> None:
    # 2022/11/05/ด้านความมั่นคง_705_21712dac...
    body = ("มกันระหว่างหน่วยงานที่เกี่ยวข้อง อาทิ กระทรวงแรงงาน มหาดไทย สำนักงานตรวจคนเข้าเมือง "
            "กระทรวงการต่างประเทศ และสาธารณสุข โดยเห็นชอบในหลักการ")
    orgs = _orgs(body)
    assert "สาธารณสุข" in orgs and "มหาดไทย" in orgs
    health = next(e for e in _entities(body) if e.text == "สาธารณสุข")
    assert health.canonical == "กระทรวงสาธารณสุข"


def test_dotless_abbreviation_is_the_body_but_not_in_a_hashtag() -> None:
    # 2025/09/03/ด้านวัฒนธรรมท่องเที่ยวฯ _32_ce7c748e...
    body = "ไปแล้ว จึงขอยืนยันอีกครั้งว่า การจัดซื้อผลงานศิลปะของ สศร มีคณะกรรมการ พิจารณาในทุกขั้นตอน"
    assert "สศร" in _orgs(body)
    # 2023/11/20/ด้านสังคม_5_387e7459...: hashtags are not annotated
    assert _orgs("#พม #ศรส") == []


def test_department_quoted_bare_at_the_head_of_a_headline() -> None:
    # 2024/07/19/ด้านเศรษฐกิจ_15_e1540cf7...
    title = "“ธนารักษ์” เปิดจำหน่าย จ่ายแลก และรับจองเหรียญกษาปณ์ที่ระลึก"
    found = [e for e in _entities("", title) if e.type == "organisation"]
    assert [e.text for e in found] == ["ธนารักษ์"] and found[0].canonical == "กรมธนารักษ์"
    # mid-sentence a quoted bare name is a topic: 2021/01/27/สรุปข่าวการประชุม ครม._1
    assert "อุตสาหกรรม" not in _orgs("ิ่มเติมบทนิยามคำว่า “อุตสาหกรรม” เพื่อให้สอดคล้องกับ")


def test_foreign_ministry_named_by_its_remits() -> None:
    # 2022/11/05/ด้านเศรษฐกิจ_4308_7c2ad303...
    body = ("่งเป็นหน่วยงานวิจัยด้านพืชและปศุสัตว์ของกระทรวงเกษตร ป่าไม้ และประมงญี่ปุ่น (MAFF) "
            "โดยมี ดร.มาซูมิ คัต")
    assert "กระทรวงเกษตร ป่าไม้ และประมงญี่ปุ่น" in _orgs(body)


def test_a_list_of_parties_is_not_one_name() -> None:
    # 2022/11/05/สรุปข่าวการประชุม ครม_19_2744e957...
    body = ("ฒิสภาดังกล่าว ไปพิจารณาร่วมกับกระทรวงการคลัง กระทรวงมหาดไทย และหน่วยงานที่เกี่ยวข้อง"
            "เพื่อพิจารณาศึกษาแนว")
    orgs = _orgs(body)
    assert "กระทรวงการคลัง" in orgs and "กระทรวงมหาดไทย" in orgs
    assert not any("หน่วยงาน" in o for o in orgs)


def test_bands_after_the_word_band_in_a_performer_list() -> None:
    # 2023/03/01/ข่าวคณะโฆษก_13_68e227f5...
    body = ("มกันนี้ ผู้ร่วมงานจะได้รับชมการแสดงจากศิลปินชั้นนำของประเทศ อาทิ คุณว่าน ธนกฤต, วง Season Five, "
            "วง Playground, วง Pause,\xa0 คุณโปเต้ นักร้องนำวง Mean, คุณแหนม รณเดช, คุณกันกัน ")
    orgs = _orgs(body)
    for band in ("Season Five", "Playground", "Pause", "Mean"):
        assert band in orgs


def test_single_latin_words_in_a_performer_list_are_not_taken_as_bands() -> None:
    # 2024/06/25/ด้านความมั่นคง_11_c3dca296...: Purpeech is a singer; one word alone is not enough
    body = ("ศิลปินชื่อดัง อาทิ ส้ม มารี, Musketeers, Serious bacon (ซีเรียสเบคอน), Purpeech, Dept และ Mirrr "
            "รวมถึงการจัดพื้นที่รับเ")
    assert "Purpeech" not in _orgs(body)


def test_government_house_of_a_country_is_a_place() -> None:
    # 2023/10/08/ข่าวคณะโฆษก_2_d3669fbb...
    body = "ตรีเข้าร่วมพิธีต้อนรับอย่างเป็นทางการ ณ ทำเนียบรัฐบาลสาธารณรัฐสิงคโปร์ หารือทวิภาคีกับนายกรัฐมนตรีสา"
    entities = _entities(body)
    assert not [e for e in entities if e.type == "organisation"]
    seat = [e for e in entities if e.type == "place" and e.text.startswith("ทำเนียบรัฐบาล")]
    assert seat and seat[0].text == "ทำเนียบรัฐบาลสาธารณรัฐสิงคโปร์"


def test_english_name_glossed_by_its_acronym() -> None:
    # 2020/12/18/ด้านเศรษฐกิจ_12
    body = "ธุรกิจจากสภาธุรกิจสหรัฐอเมริกา-อาเซียน\xa0 (US-ASEAN Business Council: USABC) พร้อมร่วมมือกับรัฐบ"
    orgs = _orgs(body)
    assert "US-ASEAN Business Council" in orgs and "USABC" in orgs


def test_committee_named_by_what_it_organises() -> None:
    # 2021/01/07/ด้านเศรษฐกิจ_6
    body = ("น เปิดเผยว่า ตามที่กระทรวงศึกษาธิการ โดยคณะกรรมการจัดงานฉลองวันเด็กแห่งชาติ ประจำปี 2564 "
            "ได้มีมติเลื่อนกา")
    assert "คณะกรรมการจัดงานฉลองวันเด็กแห่งชาติ" in _orgs(body)


def test_a_committee_under_a_law_is_a_kind() -> None:
    # 2021/02/18/ข่าวทำเนียบรัฐบาล_15
    body = ("ประกอบของคณะกรรมการแนวเดียวกับองค์ประกอบคณะกรรมการตามกฎหมายร่วมลงทุนภาครัฐและเอกชน "
            "ทำหน้าที่กำหนดหล")
    assert not any(o.startswith("คณะกรรมการตาม") for o in _orgs(body))


def test_centre_named_with_its_hotline_is_a_body() -> None:
    # 2021/01/13/สรุปข่าวการประชุม ครม._1
    body = "ึ่งได้ โรงพยาบาลตำรวจ" + "\xa0" * 25 + " 5) ศูนย์ช่วยเหลือสังคม สายด่วน 1300 6) บ้านพักเด็กและคร"
    assert "ศูนย์ช่วยเหลือสังคม" in _orgs(body)
    # 2023/08/16/ด้านความมั่นคง_2_2ce67940...: 904 is the centre's own number, not a hotline
    body = "ลักปรัชญาของเศรษฐกิจพอเพียง ณ ศูนย์ฝึกโรงเรียนจิตอาสา 904 ศึกษาดูงานพื้นที่ต้"
    assert not any(o.startswith("ศูนย์ฝึก") for o in _orgs(body))
