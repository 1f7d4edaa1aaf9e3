"""People, session 9 (issue 11): boundaries and family names of people in lists. Sentences are quoted verbatim
from thaigov-v2 corpus releases (none from the eval dev files; the thaigov.go.th details id is in each comment).
"""

from __future__ import annotations

from tests.entity_helpers import as_analyzed, people_canonical


def _people(body: str) -> list[str]:
    return [e.text for e in as_analyzed(body) if e.type == "person"]


def test_a_word_glued_before_the_honorific_is_not_part_of_the_name() -> None:
    # details/40292 (และ before นาย after a position) and details/37544 (เผย before พลเอก)
    assert _people("กระทรวงแรงงานภายใต้การกำกับดูแลของ พลเอกประวิตร วงษ์สุวรรณ รองนายกรัฐมนตรี "
                   "และนายสุชาติ ชมกลิ่น รัฐมนตรีว่าการกระทรวงแรงงาน มีความตั้งใจ") == [
        "พลเอกประวิตร วงษ์สุวรรณ", "นายสุชาติ ชมกลิ่น"]
    assert people_canonical("นายอนุชา บูรพชัยศรี โฆษกประจำสำนักนายกรัฐมนตรี เผยพลเอกประยุทธ์ จันทร์โอชา "
                            "นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม จะเป็น") == [
        "อนุชา บูรพชัยศรี", "ประยุทธ์ จันทร์โอชา"]


def test_in_a_list_the_word_between_a_first_name_and_a_position_is_the_family_name() -> None:
    # details/81912 (a province's name as a family name), details/92206 (a family name beginning like an agency,
    # then the next titled person), details/67519 (a given name with a stop word inside it)
    assert "วีระพงษ์ อ่างทอง" in people_canonical(
        "ผู้อำนวยการสถาบันดำรงราชานุภาพ นายวีระพงษ์ อ่างทอง ผู้อำนวยการศูนย์ศึกษาและพัฒนาชุมชนเพชรบุรี")
    assert "กษมา กองสมัคร" in people_canonical(
        "นายฉัตรชัย คุณปิติลักษณ์ รองผู้อำนวยการใหญ่  นางสาวกษมา กองสมัคร และ ดร.ชินาวุธ ชินะประยูร ผู้ช่วยผู้อำนวยการใหญ่")
    assert "บุญส่ง ไชยมณี" in people_canonical(
        "นายโยธิน ประสงค์ความดี ปลัดจังหวัดลำพูน นายบุญส่ง ไชยมณี หัวหน้าสำนักงานจังหวัดลำพูน")


def test_a_hyphened_family_name_before_the_position_and_its_english() -> None:
    # details/44688
    found = [(e.canonical, e.english) for e in as_analyzed(
        "นายกรัฐมนตรีเปิดทำเนียบฯ ต้อนรับนางลินดา โธมัส-กรีนฟิลด์ เอกอัครราชทูตผู้แทนถาวรสหรัฐฯ ประจำสหประชาชาติ")
        if e.type == "person"]
    assert len(found) == 1 and found[0][0] == "ลินดา โธมัส-กรีนฟิลด์"
    assert found[0][1] is not None and "-" in found[0][1]


def test_a_known_given_name_after_a_post_then_an_act_is_no_full_name() -> None:
    # details/74168 (the headline)
    people = [e.canonical for e in as_analyzed(
        "", "ชรอ.ศิรินันท์ พร้อมด้วย ปลัดฯ ณัฐพล เข้าร่วมงาน Foreign Industrial Club Gala  Dinner") if e.type == "person"]
    assert "ณัฐพล เข้าร่วมงาน" not in people


def test_latin_names_with_spaced_middle_initials() -> None:
    # details/98524 and details/71822 (the Thai-script name's initial with its dot, glossed in Latin letters)
    assert people_canonical("เอกอัครราชทูตไทยประจำสาธารณรัฐอินโดนีเซีย นาง Endah T.D. Retnoastuti "
                            "อธิบดีกรมการทูตวัฒนธรรม กระทรวงวัฒนธรรมอินโดนีเซีย") == ["Endah T.D. Retnoastuti"]
    assert set(people_canonical("ให้การต้อนรับ นายโรเบิร์ต เอฟ. โกเดค (H.E. Mr. Robert F. Godec) "
                                "เอกอัครราชทูตสหรัฐอเมริกาประจำ")) == {"โรเบิร์ต เอฟ. โกเดค"}


def test_special_academic_ranks_written_without_brackets() -> None:
    # details/72586
    assert "วีระศักดิ์ ฮาดดา" in people_canonical(
        "นายกสมาคมสันนิบาตเทศบาลแห่งประเทศไทย ผศ.พิเศษ ดร.วีระศักดิ์ ฮาดดา นายกสมาคมองค์การบริหารส่วนตำบลแห่งประเทศไทย")


def test_provincial_officers_posts_end_the_family_name() -> None:
    # details/65039 and details/81912
    assert "แสงมณี มีน้อย" in people_canonical(
        "นายศักดิ์ดา บรรดาศักดิ์ รองผู้ว่าราชการจังหวัดอ่างทอง นางสาวแสงมณี มีน้อย ท้องถิ่นจังหวัดอ่างทอง นายเตือนใจ ทรงไตร")
    assert "เบญจวรรณ มีเผือก" in people_canonical(
        "นางวันเพ็ญ มังศรี นายธรรมนูญ ศรีวรรธนะ นางสาวเบญจวรรณ มีเผือก หัวหน้าสำนักงานจังหวัดเพชรบุรี พร้อมด้วยหัวหน้าส่วนราชการ")


def test_a_speech_verb_phrase_before_a_post_is_no_family_name_and_glued_preceders() -> None:
    # details/94942: what the spokesman said, then the Prime Minister; ขณะ glued before the minister's title
    body = ("ซึ่งจะเข้าดำเนินการตรวจสอบต่อไป\nขณะนายเอกณัฐ พร้อมพันธุ์ รมว.กระทรวงอุตสาหกรรมรายงานว่า "
            "ผลของการตรวจสอบเหล็กพบว่า")
    assert people_canonical(body) == ["เอกณัฐ พร้อมพันธุ์"]
    assert "จิรายุ กล่าวต่ออีกว่า" not in people_canonical(
        "นายจิรายุ กล่าวต่ออีกว่า นายกรัฐมนตรี ได้สั่งการให้คณะกรรมการ")


def test_ajarn_is_a_title_before_a_name_not_before_a_word() -> None:
    # details/36142 (three national artists), details/83140 (a foundation named after a man), details/65356 (a list
    # of kinds of people), details/89623 (the minister's short name glued to what he stressed)
    assert people_canonical("ศิลปินแห่งชาติ อาจารย์เนาวรัตน์ พงษ์ไพบูลย์ อาจารย์ปรีชา เถาทอง และอาจารย์ธนิสร์ ศรีกลิ่นดี "
                            "การแสดง ชุด รำอาข่า") == ["เนาวรัตน์ พงษ์ไพบูลย์", "ปรีชา เถาทอง", "ธนิสร์ ศรีกลิ่นดี"]
    assert people_canonical("เป็นทุนการศึกษาบุตรเกษตรกร ผ่านมูลนิธิอาจารย์จำเนียร สาระนาค หรือร่วมสมทบทุน") == []
    assert people_canonical("คณะกรรมการกลางอิสลามแห่งประเทศไทย อาจารย์ นิสิต นักศึกษาและเจ้าหน้าที่") == []
    assert people_canonical("จะมีโทษตามกฎหมายสูงมาก ซึ่งนายอนุทินเน้นย้ำ ผู้ว่าราชการจังหวัดทุกจังหวัด") == ["อนุทิน"]


def test_a_veterinarian_and_police_corporals_titles_but_not_the_newspaper_abbreviation() -> None:
    # details/36441, details/45323, details/41054 (นสพ., a newspaper)
    assert people_canonical("ปลัดกระทรวงเกษตรและสหกรณ์ น.สพ.สรวิศ ธานีโต อธิบดีกรมปศุสัตว์ และหัวหน้า") == [
        "สรวิศ ธานีโต"]
    assert people_canonical("แยกดินแดง และ ส.ต.ต.ณรงค์ชัย แซ่ตั่น ผบ.หมู่ ป. สน.บาง") == ["ณรงค์ชัย แซ่ตั่น"]
    assert people_canonical("หรือ BFIT ตามที่ นสพ.ข่าวหุ้นฉบับวันที่ 20 เม.ย. 2564") == []
