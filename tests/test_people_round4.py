"""People, round four of issue 11 (session 5): family names granted with ณ and a place, and abbreviated
titles glued after a word (โดยมีดร., และพล.อ.). Sentences are quoted verbatim from thaigov-v2 corpus
releases (none from the eval dev files or the held-out sets; the path under thaigov-v2/data is in
each comment).
"""

from __future__ import annotations

from briefing.model import Entity
from briefing.thai.entities import find_entities
from briefing.thai.normalise import normalise


def _entities(body: str, title: str = "") -> list[Entity]:
    entities, references = find_entities(normalise(title), normalise(body))  # as analyze() reads them
    return entities + references


def _people(body: str) -> list[str | None]:
    return [e.canonical for e in _entities(body) if e.type == "person"]


def test_a_family_name_with_na_and_a_place_is_one_name() -> None:
    # 2020/10/23/ด้านวัฒนธรรมท่องเที่ยวฯ_3 (details/36162): ณ อยุธยา, royal descent
    body = ("เลขาธิการอาเซียน นางยุถิกา อิศรางกูร ณ อยุธยา ผู้ช่วยปลัดกระทรวงวัฒนธรรม "
            "คณะรัฐมนตรีทางด้านวัฒนธรรม")
    assert _people(body) == ["ยุถิกา อิศรางกูร ณ อยุธยา"]
    # 2022/11/05/ด้านกฎหมายฯ_530_89378bf9 (details/54705): ณ + a district, not "at Thalang"
    body = ("นายนัทธี ถิ่นสาคู ส.ส.ภูเก็ต นายสุทา ประทีป ณ ถลาง ส.ส.ภูเก็ต นายสายัณห์ ยุติธรรม "
            "ส.ส.นครศรีธรรมราช พรรคพลังประชารัฐ")
    assert "สุทา ประทีป ณ ถลาง" in _people(body)
    # 2022/12/27/ด้านความมั่นคง_2_3891d77f (details/63133): ณ + a province
    body = ("นายสุพจน์ รอดเรือง ณ หนองคาย ผู้ว่าราชการจังหวัดยะลา ร่วมกับส่วนราชการ")
    assert _people(body) == ["สุพจน์ รอดเรือง ณ หนองคาย"]
    assert not [e for e in _entities(body) if e.type == "place" and e.text == "หนองคาย"]


def test_a_venue_after_na_stays_a_venue() -> None:
    # ณ before a room is "at": the name ends before it
    body = "นายสุพจน์ รอดเรือง ณ ห้องประชุม 1"
    assert _people(body) == ["สุพจน์ รอดเรือง"]


def test_an_abbreviated_title_glued_after_a_word_begins_a_name() -> None:
    # 2024/01/17/ด้านสังคม_1_2364f0d4 (details/77531)
    body = ("บริษัท โบลลิเกอร์ แอนด์ คอมพานี (ประเทศไทย) จำกัด โดยมีดร. ชัยชนะ มิตรพันธ์ ผู้อำนวยการ"
            "สำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์ (ETDA) กล่าวรายงาน")
    assert "ชัยชนะ มิตรพันธ์" in _people(body)
    # 2023/07/14/ด้านเศรษฐกิจ_12_922fcda3 (details/70349)
    body = ("หลักสูตรวิทยาการเกษตรระดับสูง (วกส.) รุ่นที่ 4 โดยมีดร.จรัลธาดา กรรณสูต องคมนตรีในพระบาทสมเด็จ"
            "พระเจ้าอยู่หัวมหาวชิราลงกรณ บดินทรเทพยวรางกูร เป็นประธาน")
    assert "จรัลธาดา กรรณสูต" in _people(body)
