"""Organisation and place spans that ended inside a word take the word, or give it up (briefing/thai/span_words.py).

Each sentence is quoted from a release of the thaigov archive (its source in the comment).
"""

from __future__ import annotations

from tests.entity_helpers import places


def test_a_temple_name_is_not_cut_at_a_shorter_listed_temple() -> None:
    # details/69221
    body = "จังหวัดหนองคาย ณ วัดโพธิ์ชัย และจังหวัดยะลา       ณ วัดนิโรธสังฆาราม"
    assert "วัดโพธิ์ชัย" in places(body)
    assert "วัดโพธิ์" not in places(body)


def test_a_station_name_runs_to_its_last_word() -> None:
    # details/60931
    body = "สถานีราชมงคล สถานีบ้านเมตตา สถานีบ้านนารีสวัสดิ์ สถานีชุมพล สถานีศาลากลางจังหวัดนครราชสีมา"
    assert "สถานีบ้านนารีสวัสดิ์" in places(body)


def test_an_end_before_a_tone_mark_takes_the_syllable() -> None:
    # details/73581
    body = "กรมชลประทานได้มีการจัดระบบท่อส่งน้ำความยาวรวม 59.228 กม. จากโครงการอ่างเก็บน้ำคลองแห้งเพื่อสนับสนุนน้ำในการเกษตร"
    assert "อ่างเก็บน้ำคลองแห้ง" in places(body)


def test_a_head_word_glued_to_a_quantifier_names_no_place() -> None:
    # details/66877, details/36157
    body = "ปัจจุบันวัดสายสุวพรรณแห่งนี้ได้มีการก่อสร้างเสนาสนะภายในวัดบางส่วนแล้ว ประกอบด้วย กุฏิสงฆ์ 18 หลัง"
    assert not [p for p in places(body) if p.startswith("วัดบาง")]
    body = "จัดชุดเคลื่อนที่ (Mobile Unit) เชิงรุกเข้าไปในพื้นที่ในแต่ละตำบลเพื่อรับสมัครผู้ประกอบการร้านค้าเข้าร่วมโครงการ"
    assert not [p for p in places(body) if p.startswith("ตำบล")]


def test_a_hospital_kind_then_the_sentence_names_no_hospital() -> None:
    # details/41150, details/93183, details/68923
    from tests.entity_helpers import orgs

    body = ("จากสถานการณ์การแพร่ระบาดโควิด-19 ระลอกใหม่ทำให้ภาครัฐต้องจัดให้มีโรงพยาบาลสนามรองรับผู้ป่วยโควิด-19 "
            "ที่มีอาการไม่รุนแรงเพื่อควบคุมและป้องกันการแพร่ระบาด")
    assert not [o for o in orgs(body) + places(body) if o.startswith("โรงพยาบาล")]
    body = "โดยโรงพยาบาลชายแดนสนับสนุนบุคลากรแพทย์ พยาบาล เจ้าหน้าที่สาธารณสุขเพิ่มเติม ใช้ระบบ Telemedicine"
    assert not [o for o in orgs(body) + places(body) if o.startswith("โรงพยาบาล")]
    body = "เมื่อวันที่ 30 พ.ค. 66 ได้พาไปพบจิตแพทย์ที่โรงพยาบาลเพื่อประเมินสภาพจิตใจ จากนั้น เมื่อวันที่ 1 มิ.ย. 66"
    assert not [o for o in orgs(body) + places(body) if o.startswith("โรงพยาบาล")]


def test_a_named_hospital_is_no_run_on() -> None:
    # details/46493 (ส่งเสริม right after the head begins the kind's name), details/41150 (the run-on)
    from briefing.thai.span_words import hospital_run_on

    text = "ได้แก่ โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านกุ่ม อ.บางบาล จ.พระนครศรีอยุธยา"
    assert not hospital_run_on(text, text.index("โรง"), text.index(" อ."))
    text = "ทำให้ภาครัฐต้องจัดให้มีโรงพยาบาลสนามรองรับผู้ป่วยโควิด-19 ที่มีอาการไม่รุนแรง"
    assert hospital_run_on(text, text.index("โรง"), text.index("-19"))


def test_a_place_ends_before_a_clause_word() -> None:
    # details/65986, details/59528 (org_words.toml bounds.clause_words)
    body = "เพื่อตรวจเยี่ยมพื้นที่ก่อสร้างสะพานข้ามทะเลสาบสงขลาเชื่อมอำเภอเมืองสงขลากับอำเภอสิงหนครต่อไป"
    assert "อำเภอสิงหนคร" in places(body)
    body = "โดยพิจารณาปริมาณน้ำจากลุ่มน้ำป่าสักที่จะไหลเข้ามาสมทบด้วย เบื้องต้นกำหนดให้มีปริมา"
    assert "ลุ่มน้ำป่าสัก" in places(body)


def test_an_area_ends_at_its_registered_name_before_a_verb() -> None:
    # details/86173, details/71153, details/62403
    body = "นายคเณศวร เกษอินทร์ นายอำเภอกระนวน กล่าวในตอนท้ายว่า อำเภอกระนวนมุ่งมั่นในการ Re x-ray นำผู้ติดยาเสพติด"
    assert "อำเภอกระนวนมุ่งมั่น" not in places(body)
    assert "อำเภอกระนวน" in places(body)
    body = "ซึ่งเป็นพืชที่เกษตรกรอำเภอสามร้อยยอดนิยมปลูกกัน โดยนำมาแปรรูปเป็นเครื่องดื่มน้ำผลไม้"
    assert "อำเภอสามร้อยยอด" in places(body)
    body = "เมื่อองค์กรปกครองส่วนท้องถิ่นดำเนินการแล้วจะส่งให้อำเภอเพื่อให้คณะกรรมการให้ความช่วยเหลือผู้ประสบภัยพิบัติ"
    assert not [p for p in places(body) if p.startswith("อำเภอ")]


def test_a_typo_gluing_a_nominaliser_does_not_stretch_a_name() -> None:
    # details/71795 ("กฤษฎีการตรวจ": การ read across the name's last letters)
    from tests.entity_helpers import orgs

    body = "เมื่อวันที่ 10 ม.ค. และได้ส่งให้สำนักงานคณะกรรมการกฤษฎีการตรวจพิจารณา ซึ่งเป็นการดำเนินตามขั้นตอน"
    assert "สำนักงานคณะกรรมการกฤษฎีกา" in orgs(body)


def test_a_count_word_ends_a_span_only_at_its_end() -> None:
    # details/68832 (สถานีรถไฟฟ้า|จำนวน 23 สถานี), details/65277 (a committee's name holds ลดจำนวน)
    from tests.entity_helpers import orgs

    body = "เป็นโครงสร้างทางวิ่งยกระดับตลอดสาย มีสถานีรถไฟฟ้าจำนวน 23 สถานี โดยมีอาคารจอดแล้วจรสำหรับผู้ใช้รถ"
    assert not [p for p in places(body) if p.startswith("สถานีรถไฟฟ้า")]
    name = ("คณะอนุกรรมการกลั่นกรองการเยียวยาตามมาตรการลดจำนวนเรือประมงเพื่อการจัดการทรัพยากรประมงทะเลที่ยั่งยืน"
            "จังหวัดชายแดนภาคใต้")
    body = f"(เรือชุดที่ 1) ตามที่{name} ได้เห็นชอบผลการตรวจสอบประวัติ ความถูกต้อง"
    assert name in orgs(body)
