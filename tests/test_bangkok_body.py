"""bangkok_body: Bangkok listed among bodies or named as a partner is the BMA, an organisation (session 15).
Each text is quoted verbatim from a corpus release (none of them an eval dev file or a held-out file); the release is
named above it. What a reader expects: the BMA beside the ministries it works with is a body ('Bangkok Metropolitan
Administration'), not the city the event is in; Bangkok as where something is stays a place."""

from __future__ import annotations

from entity_helpers import orgs, places

from briefing.thai.entities import find_entities


def test_bangkok_closing_a_list_of_bodies_is_the_bma() -> None:
    # details/73302
    text = "มหารือวันนี้ได้พูดคุยถึงความร่วมมือในการทำงานระหว่างกระทรวง พม. และ กทม. นั้น เราจะร่วมมือกันได้อย่างไรบ้าง"
    assert "กทม." in orgs(text) and "กทม." not in places(text)
    # details/74997
    text = "นายสุรพงษ์ ปิยะโชติ กล่าวว่า กระทรวงคมนาคมและกรุงเทพมหานครได้บูรณาการร่วมกันในการเร่งรัดแก้ไขปัญหา"
    assert "กรุงเทพมหานคร" in orgs(text)
    # details/52844
    text = "ในการบูรณาการความร่วมมือระหว่างกระทรวงกลาโหม และกรุงเทพมหานคร\nเพื่อพัฒนาคุณภาพน้ำในคลองโอ่งอ่าง"
    entities, _ = find_entities("", text)
    bma = next(e for e in entities if e.text == "กรุงเทพมหานคร")
    assert bma.type == "organisation" and bma.english == "Bangkok Metropolitan Administration"


def test_bangkok_after_a_partner_word_is_the_bma() -> None:
    # details/41447
    text = "ชุมชนร่วมใจสามัคคี กระทรวงสาธารณสุขร่วมกับกรุงเทพมหานคร ได้นำรถพระราชทานลงพื้นที่ค้นหาเชิงรุก"
    assert "กรุงเทพมหานคร" in orgs(text) and "กรุงเทพมหานคร" not in places(text)
    # details/63025
    text = "โดยกรมพัฒนาสังคมและสวัสดิการ (พส.) ร่วมกับกรุงเทพมหานคร มูลนิธิพัฒนาที่อยู่อาศัย มูลนิธิกระจกเงา"
    assert "กรุงเทพมหานคร" in orgs(text)


def test_bangkok_as_where_stays_a_place() -> None:
    # details/85666: the hospital's city, after the hospital and a space
    text = "วันที่ 24 กรกฎาคม ตำรวจภูธรภาค 8 จ.ภูเก็ต, โรงพยาบาลตำรวจ กทม. และ สำนักงาน ป.ป.ท. กทม.\nวันที่ 25"
    assert "กทม." not in orgs(text) and "กทม." in places(text)
    # two host cities after ร่วมกับ; a venue's city after ณ
    assert "กรุงเทพมหานคร" in places("ได้รับเลือกเป็นเจ้าภาพจัดการแข่งขันร่วมกับกรุงเทพมหานครและจังหวัดชลบุรี")
    assert "กรุงเทพมหานคร" in places("ณ โรงแรมเซ็นทารา กรุงเทพมหานคร และกระทรวงการคลัง")


def test_bangkok_ordered_to_act_is_the_administration() -> None:
    # details/92667: the ministry instructs the BMA (กำชับ ... กทม.), which is asked to act, not the city as a place
    body = "และกำชับให้ กทม. ใช้ 9 มาตรการ เช่น เข้มงวดตรวจ ขณะที่กระทรวงมหาดไทย ได้กำชับ กทม. และองค์กรปกครองส่วนท้องถิ่นทุกแห่ง"
    assert "กทม." not in places(body)
    assert "กทม." in orgs(body)
