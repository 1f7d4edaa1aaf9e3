"""Music groups among an event's performers are organisations (issue 11): sentences quoted verbatim from
corpus releases (thaigov-v2, none from the eval dev files or a held-out set; the release is named in each
comment)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from briefing.model import Entity
from briefing.thai import music_groups
from briefing.thai.entities import find_entities

DATA = Path(__file__).resolve().parent.parent / "briefing" / "data" / "music_groups.toml"


def _entities(text: str) -> list[Entity]:
    return find_entities("", text)[0]


def _texts(entities: list[Entity], type_: str) -> list[str]:
    return [e.text for e in entities if e.type == type_]


def _groups(text: str) -> list[str]:
    return [text[g.start:g.end] for g in music_groups.find_groups(text)]


def test_listed_thai_band_in_a_lineup_is_an_organisation_with_its_english_name() -> None:
    # 2020-11-26 ด้านเศรษฐกิจ (details/37058), verbatim
    text = (
        "รวมไปถึงการแสดงดนตรีจากศิลปินดารา เช่น คาราบาว พงษ์เทพ กระโดนชำนาญ และวงมหาหิงค์ "
        "และที่สำคัญมีการจัดกิจกรรมงานเคาท์ดาวน์ส่งท้ายปีเก่าต้อนรับปีใหม่ 2564"
    )
    entities = _entities(text)
    band = [e for e in entities if e.type == "organisation" and e.text == "คาราบาว"]
    assert band and band[0].english == "Carabao"
    assert not any(p.startswith("คาราบาว") for p in _texts(entities, "person"))


def test_latin_name_after_the_word_for_band_is_an_organisation() -> None:
    # 2022-11-08 ด้านเศรษฐกิจ (details/61374), verbatim: no line-up word, only วง (band)
    text = (
        "รวมทั้ง กิจกรรมอบรมสัมมนา และมินิคอนเสิร์ตจากวง Playground "
        "เพื่อเป็นของขวัญปีใหม่ให้กับผู้ประกอบการ SMEs และประชาชนทุกคน"
    )
    entities = _entities(text)
    assert "Playground" in _texts(entities, "organisation")
    assert "Playground" not in _texts(entities, "person")


def test_a_run_of_listed_groups_after_one_band_word_is_each_group() -> None:
    # 2023-02-13 ด้านวัฒนธรรมท่องเที่ยวฯ (details/64888), verbatim
    text = (
        "นอกจากนี้ ร้อยละ 7.52 เป็น ศิลปินดารา นักแสดง คนดัง บุคคลที่มีชื่อเสียง อาทิ ลิซ่า วง Blackpink BTS NCT "
        "และร้อยละ 3.46 อื่น ๆ"
    )
    assert _groups(text) == ["Blackpink", "BTS", "NCT"]
    assert {"Blackpink", "BTS", "NCT"} <= set(_texts(_entities(text), "organisation"))


def test_a_longer_unlisted_name_after_the_band_word_is_kept_whole() -> None:
    # 2021-12-16 ด้านสังคม (details/49513), verbatim: Wisdom is listed, Wisdom Sister is another group
    text = (
        "ยังมีกิจกรรมพิเศษการแสดงมินิคอนเสิร์ตจากกลุ่มศิลปินไอดอล ได้แก่ วง Wisdom วง Wisdom Sister ไข่มุก CNY "
        "และวง Popup พร้อมร่วมกิจกรรม Workshop"
    )
    assert _groups(text) == ["Wisdom", "Wisdom Sister", "Popup"]


def test_quoted_name_after_the_band_word() -> None:
    # 2025-08-09 ด้านกฎหมายฯ (details/99547), verbatim: bands of two prisons
    text = (
        "การแสดงจากวง “ฟ้างามขามแก่น” จากเรือนจำกลางขอนแก่น และการแสดงวงดนตรี “KP Band” "
        "จากเรือนจำกลางคลองไผ่ ทั้งนี้ เพื่อผ่อนคลายความตึงเครียดให้กับประชาชน"
    )
    orgs = _texts(_entities(text), "organisation")
    assert "ฟ้างามขามแก่น" in orgs
    assert "KP Band" in orgs


def test_lowercase_lead_words_and_the_next_items_number_after_the_band_word() -> None:
    # 2025-03-30 ข่าวทำเนียบรัฐบาล (details/94883), verbatim: names with small letters, a glued วง, and the next item's number
    text = "3. อุทยานเบญจสิริ ในเวลา 16.30 น. วง Sussy baka วง Ccalmวง Crystal Crew วง A little bit 4. สวนสันติภาพ"
    assert _groups(text) == ["Sussy baka", "Ccalm", "Crystal Crew", "A little bit"]


def test_a_listed_name_outside_a_performer_context_is_not_a_group() -> None:
    # 2021-01-11 ด้านสังคม (details/38225), verbatim: the singer's nickname after his band, not the band as an actor
    text = (
        "พร้อมด้วยคณะผู้บริหารจากบริษัท ไปรษณีย์ไทย จำกัด โดยมีนายยืนยง โอภากุล หรือ (แอ๊ด คาราบาว) ร่วมพิธีลงนาม"
    )
    assert music_groups.is_known("คาราบาว")
    assert "คาราบาว" not in _groups(text)
    # an English cabinet synopsis, 2022-06-07 (details/55451), verbatim: Queen is a listed band and a word
    english = "on occasion of the 90th birthday anniversary of Her Majesty Queen Sirikit, the Queen Mother on August 12, 2022."
    assert music_groups.is_known("Queen")
    assert _groups(english) == []


def test_band_word_only_as_a_word_of_its_own() -> None:
    # the ends of other words (กระทรวง, ช่วง) are not the word for band: 2022-06-24 (details/56100) and
    # 2020-09-07 (details/34855), verbatim
    assert _groups("นางสาวอัจฉรินทร์ พัฒนพันธ์ชัย ปลัดกระทรวง DE และ ดร.สุพจน์ เธียรวุฒิ") == []
    assert _groups("อนุญาตให้มีการชุมนุมของนักเรียน นักศึกษาและประชาชนหลายครั้งในช่วง 2 เดือนที่ผ่านมา") == []


def test_listed_group_is_not_taken_as_a_person_in_a_lineup() -> None:
    # 2024-02-01 ด้านวัฒนธรรมท่องเที่ยวฯ (details/78318), verbatim
    text = (
        "พร้อมด้วยฟรีคอนเสิร์ต วงดนตรีชั้นนำระดับตำนาน เช่น ModernDog, Bom the voice, Tamsaxo และ SL music "
        "ถือเป็นแบบอย่างที่ดี"
    )
    entities = _entities(text)
    assert "ModernDog" in _texts(entities, "organisation")
    assert "ModernDog" not in _texts(entities, "person")


def test_data_names_are_unique_and_english_only_for_thai_script() -> None:
    rows = tomllib.loads(DATA.read_text(encoding="utf-8"))["group"]
    assert len(rows) >= 150
    keys = [music_groups.key(row["name"]) for row in rows]
    assert len(keys) == len(set(keys))
    for row in rows:
        assert set(row) <= {"name", "en"}
        if "en" in row:
            assert not row["name"].isascii() and row["en"].isascii()
