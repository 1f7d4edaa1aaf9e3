"""A venue chain is listed part by part (briefing/thai/venue_parts.py; bench/heldout/CONVENTIONS.md C3).

What a reader lists, as the dev gold does (ห้องโถงธนะรัชต์ | อาคาร ททท.; ห้องประชุมราชวัลลภ | กระทรวงศึกษาธิการ, the
ministry a place; the unnamed "บริเวณโถงกลาง" not listed), for sentences quoted from thaigov-v2 (source ids below):
- ณ ห้องประชุม 202 ชั้น 2 กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม (details/84323): ห้องประชุม 202 | the ministry
- ณ ห้องประชุมภาสกรวงศ์ ชั้น 2 อาคาร 1 กรมศุลกากร (details/81017): the room | อาคาร 1 | กรมศุลกากร
- ณ ห้องประชุม ชั้น 5 กระทรวงแรงงาน (details/88203): the ministry alone (an unnamed room and a floor name nothing)
- ณ ห้อง Regency Ballroom โรงแรม Hyatt Regency Bangkok Sukhumvit (details/94536): the room | the hotel
- ณ ห้องประชุมชั้น 8 กรมพัฒนาสังคมและสวัสดิการ กระทรวง พม. (details/81841): the department | the ministry
- ณ ห้องประชุมชั้น 5 อาคารสำนักงาน มหาวิทยาลัยสวนดุสิต (details/83923): the building | the university (a place)
- ณ ห้องประชุมเฟื่องนคร อาคารดำรงราชานุสรณ์ กระทรวงมหาดไทย (details/100425): room | building | ministry (a place)
- a name glued to its head stays whole: ห้องรับรองประจำกระทรวงยุติธรรม ชั้น ๑๑ -> ห้องรับรองประจำกระทรวงยุติธรรม
- a floor with a letter (ห้องประชาบดี ชั้น 19 A) is still a floor, not a place 'A'.
"""

from __future__ import annotations

from entity_helpers import places

from briefing.thai.venue_parts import parts


def _parts(span: str) -> list[str]:
    return [span[a:b] for a, b in parts(span, 0, len(span))]


def test_a_room_its_floor_and_its_ministry() -> None:
    assert _parts("ห้องประชุม 202 ชั้น 2 กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม") == [
        "ห้องประชุม 202", "กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม"]


def test_a_numbered_building_and_its_owner() -> None:
    assert _parts("ห้องประชุมภาสกรวงศ์ ชั้น 2 อาคาร 1 กรมศุลกากร") == ["ห้องประชุมภาสกรวงศ์", "อาคาร 1", "กรมศุลกากร"]


def test_an_unnamed_room_and_a_floor_name_nothing() -> None:
    assert _parts("ห้องประชุม ชั้น 5 กระทรวงแรงงาน") == ["กระทรวงแรงงาน"]
    assert _parts("ห้องประชุมชั้น 8 กรมพัฒนาสังคมและสวัสดิการ") == ["กรมพัฒนาสังคมและสวัสดิการ"]
    assert _parts("ห้องโถง ชั้น ๑") == []


def test_a_room_and_its_hotel() -> None:
    assert _parts("ห้อง Regency Ballroom โรงแรม Hyatt Regency Bangkok Sukhumvit") == [
        "ห้อง Regency Ballroom", "โรงแรม Hyatt Regency Bangkok Sukhumvit"]


def test_glued_names_and_lettered_floors() -> None:
    assert _parts("ห้องรับรองประจำกระทรวงยุติธรรม ชั้น ๑๑") == ["ห้องรับรองประจำกระทรวงยุติธรรม"]
    assert _parts("ห้องประชุมกระทรวงเกษตรและสหกรณ์") == ["ห้องประชุมกระทรวงเกษตรและสหกรณ์"]
    assert _parts("ห้องประชาบดี ชั้น 19 A") == ["ห้องประชาบดี"]
    assert _parts("พาร์ค พารากอน ชั้นเอ็ม ศูนย์การค้าสยามพารากอน") == ["พาร์ค พารากอน", "ศูนย์การค้าสยามพารากอน"]


def test_a_place_that_is_no_chain_is_left_alone() -> None:
    assert _parts("โรงแรมอนันตรา ริเวอร์ไซด์") == ["โรงแรมอนันตรา ริเวอร์ไซด์"]
    assert _parts("ศูนย์ประชุมแห่งชาติสิริกิติ์") == ["ศูนย์ประชุมแห่งชาติสิริกิติ์"]


def test_the_parts_in_a_release() -> None:
    # details/81841
    found = places("คณะผู้บริหาร เข้าร่วม ณ ห้องประชุมชั้น 8 กรมพัฒนาสังคมและสวัสดิการ กระทรวง พม. สะพานขาว กรุงเทพฯ")
    assert found[:2] == ["กรมพัฒนาสังคมและสวัสดิการ", "กระทรวง พม."]


def test_the_body_after_a_building_owns_it() -> None:
    # details/83923: the university after the building is a place of the venue, as the dev gold's ministry after a room
    found = places("อาจารย์ และนักศึกษามหาวิทยาลัยสวนดุสิต เข้าร่วม ณ ห้องประชุมชั้น 5 อาคารสำนักงาน มหาวิทยาลัยสวนดุสิต")
    assert "มหาวิทยาลัยสวนดุสิต" in found
    # details/100425: room, building, ministry
    found = places("โดยมีผู้แทนเข้าร่วม ณ ห้องประชุมเฟื่องนคร อาคารดำรงราชานุสรณ์ กระทรวงมหาดไทย คณะกรรมการควบคุม")
    assert found[:3] == ["ห้องประชุมเฟื่องนคร", "อาคารดำรงราชานุสรณ์", "กระทรวงมหาดไทย"]


def test_the_press_room_is_unnamed() -> None:
    # details/35390, details/52841: the press room names no place of its own; its owner does
    found = places("เมื่อวันที่ 24 กันยายน 2563 ณ ห้องแถลงข่าว กระทรวงการคลัง\nนายชัยณรงค์ กล่าว")
    assert "ห้องแถลงข่าว" not in found and "กระทรวงการคลัง" in found
    found = places("ทั้ง 2 หน่วยงาน เข้าร่วมงาน ณ ห้องแถลงข่าว ชั้น 1 สป.อว.\nศ.(พิเศษ) ดร.เอนก กล่าว")
    assert "ห้องแถลงข่าว" not in found
