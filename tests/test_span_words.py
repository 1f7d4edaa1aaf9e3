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
