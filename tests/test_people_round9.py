"""People, session 8 round seven of issue 11: a name framed by the position after it keeps all its parts (a
maiden and a married family name, a family name with an abbreviated initial) or ends before the next titled
person. Sentences are quoted verbatim from thaigov-v2 corpus releases (none from the eval dev files; the
thaigov.go.th details id is in each comment).
"""

from __future__ import annotations

from tests.entity_helpers import as_analyzed


def _people(body: str) -> list[str]:
    return [e.text for e in as_analyzed(body) if e.type == "person"]


def test_a_maiden_and_a_married_family_name_before_the_position_are_one_name() -> None:
    # details/63618 and details/63600
    assert _people("เข้าศึกษาดูงานและรับฟังการบรรยาย โดยมีนางสาวจิฬาภรณ์ ตามชู กฤษณสุวรรณ "
                   "ผู้อำนวยการสำนักงานช่วยเหลือทางการเงินแก่ผู้เสียหายและจำเลยในคดีอาญา") == [
        "นางสาวจิฬาภรณ์ ตามชู กฤษณสุวรรณ"]
    assert _people("ณ สนามหญ้าหน้าตึกแดง 3 ทำเนียบรัฐบาล นางนิชา หิรัญบูรณะ ธุวธรรม "
                   "รองเลขาธิการนายกรัฐมนตรีฝ่ายบริหาร รับมอบของขวัญวันเด็ก") == ["นางนิชา หิรัญบูรณะ ธุวธรรม"]


def test_a_family_name_with_an_initial_before_the_position() -> None:
    # details/93233
    assert "นายอภิกิต ฉ.โรจน์ประเสริฐ" in _people(
        "นางสาวเอมอร เสียงใหญ่ อธิบดีกรมคุ้มครองสิทธิและเสรีภาพ นายอภิกิต ฉ.โรจน์ประเสริฐ "
        "รองเลขาธิการคณะกรรมการป้องกันและปราบปรามยาเสพติด พร้อมด้วยผู้แทนกรมสอบสวนคดีพิเศษ")


def test_acting_and_a_phrase_are_not_a_second_family_name() -> None:
    # details/73064 (รักษาราชการแทน before the post) and details/77399 (ในวันนี้ before the next person)
    assert _people("และพลตำรวจตรี อภิชาติ สุริยุญญา รักษาราชการแทน ผู้บัญชาการตำรวจท่องเที่ยว "
                   "ได้ร่วมกันแถลงข่าว") == ["พลตำรวจตรี อภิชาติ สุริยุญญา"]
    assert "นายสมศักดิ์ ในวันนี้" not in _people(
        "งานครบรอบวันเกิดของนายสมศักดิ์ ในวันนี้ นายเศรษฐา ทวีสิน นายกรัฐมนตรี ได้ส่งกระเช้าอวยพร")
    # details/73419 (a phrase before the post) and details/66310 (what she said, then the next person)
    assert _people("1. ให้ นายสมชาย มรกตศรีวรรณ พ้นจากตำแหน่ง ผู้ตรวจราชการกระทรวง (ผู้ตรวจราชการกระทรวงสูง)")[0] == \
        "นายสมชาย มรกตศรีวรรณ"
    assert "นางสาวรัชดา กล่าวด้วยว่า" not in _people(
        "ไม่มีกลิ่นคาว\nนางสาวรัชดา กล่าวด้วยว่า นายจุรินทร์ ลักษณวิศิษฏ์ รองนายกรัฐมนตรี")


def test_positions_the_title_list_lacked_frame_a_name_and_get_english() -> None:
    # details/40684 (a provincial industry officer), details/75399 (a vice president of an association),
    # details/53125 (the chief inspector-general)
    assert "นายประชา มีธรรม" in _people(
        "รักษาการผู้ตรวจราชการกระทรวงอุตสาหกรรม นายประชา มีธรรม อุตสาหกรรมจังหวัดอุดรธานี นายณัฐ อารีกุล "
        "อุตสาหกรรมจังหวัดหนองคาย และคณะผู้บริหาร")
    assert _people("และในโอกาสเดียวกันนี้ คุณธนัตถ์ศรณ์ ยุทธวงศ์ อุปนายกสมาคมภริยาข้าราชการสำนักงานปลัดกระทรวงกลาโหม "
                   "ได้ร่วมบริจาคโลหิต") == ["คุณธนัตถ์ศรณ์ ยุทธวงศ์"]
    chief = next(e for e in as_analyzed("เวลา 09.00-10.30 น. นายวิษณุ ทับเที่ยง หัวหน้าผู้ตรวจราชการกระทรวงอุตสาหกรรม "
                                    "พร้อมด้วย นายสมพล โนดไธสง ผู้ตรวจราชการ") if e.type == "person")
    assert chief.role_english is not None and chief.role_english.startswith("Chief Inspector-General")


def test_a_post_spaced_from_its_assistant_prefix_still_frames_the_name() -> None:
    # details/61208
    assert "ดร.ลัทธจิตร มีรักษ์" in _people(
        "และโฆษกกระทรวงฯ ดร.ลัทธจิตร มีรักษ์ ผู้ช่วย รมว.อว. ประจำกระทรวงฯ น.ส.สุณีย์ เลิศเพียรธรรม")


def test_two_posts_joined_by_and_are_not_a_family_name() -> None:
    # details/78557: the bank's director and manager named by first name only (ผู้จัดการ is a title now)
    assert _people("ด้าน ดร.ทวีลาภ กรรมการและผู้จัดการธนาคาร กล่าวขอบคุณเอกอัครราชทูตฯ") == ["ดร.ทวีลาภ"]
