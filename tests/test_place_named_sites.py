"""Named beaches (ชายหาด...), special economic zones (เขตเศรษฐกิจพิเศษ...), stupas with their temple's rank glued, and
a monument named after a person (place_named_sites); quotes are verbatim from thaigov-v2 corpus releases outside
the bench sets and dev (the release's page in the comment above each)."""

from __future__ import annotations

from briefing.thai import place_named_sites
from briefing.thai.entities import find_entities


def _ents(body: str) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in find_entities("", body)[0]]


def _places(body: str) -> list[str]:
    return [t for k, t in _ents(body) if k == "place"]


def test_named_beach_is_one_place() -> None:
    # details/93522: nothing was read before (ชายหาด hid the หาด head)
    assert "ชายหาดสมิหลา" in _places("นดาลใจจากรูปปั้นนางเงือกทอง ณ ชายหาดสมิหลา แหล่งท่องเที่ยวที่มีชื่อเสียง")
    # details/37587
    assert "ชายหาดป่าตอง" in _places('al หรอยริมเล @ป่าตอง" ณ บริเวณชายหาดป่าตอง อำเภอกะทู้ จังหวัดภูเก็ต โดยม')
    # details/89201: the town alone (พัทยา) was read before
    places = _places("15 และ 20 – 22 ภาคตะวันออก ณ ชายหาดพัทยากลาง จ.ชลบุรี")
    assert "ชายหาดพัทยากลาง" in places and "พัทยา" not in places


def test_beach_of_a_kind_is_no_place() -> None:
    # details/50880: tourist beaches, none named
    assert place_named_sites.beaches("วังภัยจากแมงกะพรุนพิษในพื้นที่ชายหาดท่องเที่ยว ติดตั้งจุดปฐมพยาบาลเบื้องต้น") == []
    # details/57472: Thai beaches
    assert place_named_sites.beaches("รัฐบาลยินดีชายหาดไทยสวยระดับโลก พร้อมเดินหน้าส่งเส") == []
    # details/35730: the beach along the shore
    assert place_named_sites.beaches("2. กำหนดให้พื้นที่ชายหาดตลอดแนวฝั่งทะเลของเกาะระ เกาะพระทอ") == []
    # details/38991: beach forest, a kind of forest
    assert place_named_sites.beaches("7) ป่าชายหาด สภาพป่าชายหาดหลายพื้นที่ถูกทำลาย") == []


def test_zone_named_by_its_area() -> None:
    # details/78948: nothing was read before
    assert "เขตเศรษฐกิจพิเศษนครพนม" in _places("-ลาว แห่งที่ 3 การพัฒนาพื้นที่เขตเศรษฐกิจพิเศษนครพนม โครงการศูนย์การขนส่งชายแดน")
    # details/39899: the region alone (ภาคตะวันออก) was read before
    places = _places("รัฐบาลเดินหน้าเขตพัฒนาเศรษฐกิจพิเศษภาคตะวันออก หรือ EEC โดยในปีที่ผ่านมามีกา")
    assert "เขตพัฒนาเศรษฐกิจพิเศษภาคตะวันออก" in places and "ภาคตะวันออก" not in places
    # details/75194
    assert "เขตเศรษฐกิจพิเศษจังหวัดตาก" in _places("7) กรณีการแก้ไขปัญหาในพื้นที่เขตเศรษฐกิจพิเศษจังหวัดตากของกลุ่มแม่สอดรักษ์ถิ่น")
    # details/61682: the Central-Western corridor is one zone
    text = "นและเมืองชายแดน รวมทั้งพื้นที่ระเบียงเศรษฐกิจพิเศษภาคกลาง - ตะวันตก (CWEC) ให้เป็นศูนย์"
    assert [text[a:b] for a, b in place_named_sites.zones(text)] == ["ระเบียงเศรษฐกิจพิเศษภาคกลาง - ตะวันตก"]


def test_zone_of_a_kind_is_no_place() -> None:
    # details/39093: border zones
    assert place_named_sites.zones("่วนคำขอรับการส่งเสริมในพื้นที่เขตเศรษฐกิจพิเศษชายแดน (SEZ) มีจำนวน 17 โครงการ") == []
    # details/75784: the country's zones
    assert place_named_sites.zones("บทบาทอุดมศึกษาต่อการพัฒนาเขตเศรษฐกิจพิเศษประเทศไทย") == []


def test_stupa_with_its_rank_glued() -> None:
    # details/79268: nothing was read before
    assert "พระธาตุพนมวรมหาวิหาร" in _places("Travel, Visit ร่วมงานนมัสการพระธาตุพนมวรมหาวิหาร และพบประชาชนชาว")


def test_monument_named_after_a_person_is_the_monument() -> None:
    # details/93611: read as the person นางอุสา before
    ents = _ents("ังธรรมเทศนา - เจริญจิตภาวนา ณ โบราณสถานหอนางอุสา อุทยานประวัติศาสตร์ภูพระบาท")
    assert ("place", "โบราณสถานหอนางอุสา") in ents
    assert ("person", "นางอุสา") not in ents
