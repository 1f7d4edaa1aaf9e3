"""People billed by their trade (briefing.thai.people_trades) and คุณ glued to a first name that begins like a word
(session 15). Sentences are quoted verbatim from thaigov-v2 corpus releases outside the bench sets and the eval dev
files (the thaigov.go.th details id is in each comment).

What a reader expects (read by hand before the rule was written):
- details/51652 "โดยมีนักมวยชื่อดัง บัวขาว บัญชาเมฆ ร่วมเป็นนายแบบ": the boxer บัวขาว บัญชาเมฆ (ring name and family
  name, as he is billed).
- details/40638 "ศิลปินนักร้อง อาร์ม กรกันต์ สุทธิโกเศศ": the singer กรกันต์ สุทธิโกเศศ (nickname อาร์ม left out).
- details/91108 "ปรุงต้มยำกุ้งโดยเชฟเมย์ พัทรนันท์ ธงทอง เชฟกระทะเหล็ก": the chef พัทรนันท์ ธงทอง.
- details/53015 "โค้ชจิมมี่-พจนารถ ซีบังเกิด ผู้ก่อตั้งบริษัท": the coach พจนารถ ซีบังเกิด.
- details/38535 "เพื่อหารายได้ช่วยเหลือศิลปิน ชรัมภ์ เทพชัย ให้ได้รับกำลังใจ": the artist ชรัมภ์ เทพชัย.
- details/36286 "โดยมีนักแสดงสาวชื่อดัง แต้ว ณฐพร เตมีรักษ์ ที่มาในชุด": the actress ณฐพร เตมีรักษ์.
- details/76592 "ดารานักแสดง ฟิวส์ กิติกร โพธิ์ปี": the actor กิติกร โพธิ์ปี.
- Not people: details/99987 "ณ โรงแรมเทวัญดารา บีชวิลล่า กุยบุรี" (ดารา ends a hotel's name); details/64043
  "นักกีฬาแบดมินตันไทย วิว กุลวุฒิ แชมป์ชายเดี่ยว" (what is said of him is no family name); details/91156
  "เชฟ ชุมพล เชฟระดับมิชลิน" (another trade word); details/87818 "“ถึงเวลาต้อนรับนักกีฬาพาราลิมปิก ฮีโร่ของคนไทย
  กลับบ้านเราค่ะ" (a slogan); details/86478 "นักกีฬาในสังกัดสโมสรลพบุรี ยูไนเต็ด สโมสรแพร่ เอฟซี" (clubs);
  details/77512 "นักร้อง ศิลปิน อินฟลูเอนเซอร์ ครูต่างชาติ" (a list of trades).
"""

from __future__ import annotations

from tests.entity_helpers import people_canonical


def test_a_boxer_and_a_singer_billed_by_trade_are_people() -> None:
    # details/51652, details/40638
    assert people_canonical("ดึงดูดนายแบบนางแบบเป็นจำนวนมาก โดยมีนักมวยชื่อดัง บัวขาว บัญชาเมฆ ร่วมเป็นนายแบบ CCPOT") == [
        "บัวขาว บัญชาเมฆ"]
    assert "กรกันต์ สุทธิโกเศศ" in people_canonical("ศิลปินแห่งชาติและศิลปินนักร้อง อาร์ม กรกันต์ สุทธิโกเศศ การแสดงโขนรามเกียรติ์")


def test_a_nickname_before_the_name_is_left_out() -> None:
    # details/36286, details/76592
    assert people_canonical("เพื่อความยั่งยืน โดยมีนักแสดงสาวชื่อดัง แต้ว ณฐพร เตมีรักษ์ ที่มาในชุด") == ["ณฐพร เตมีรักษ์"]
    assert people_canonical("กระทรวงวัฒนธรรม  ดารานักแสดง ฟิวส์ กิติกร โพธิ์ปี  อาจารย์ผู้สอน") == ["กิติกร โพธิ์ปี"]


def test_chef_and_coach_glued_to_the_nickname() -> None:
    # details/91108, details/53015
    assert people_canonical("วันที่ 7-8 ธ.ค. ปรุงต้มยำกุ้งโดยเชฟเมย์ พัทรนันท์ ธงทอง เชฟกระทะเหล็ก พร้อมให้ชิม") == [
        "พัทรนันท์ ธงทอง"]
    assert people_canonical("ผู้ร่วมก่อตั้งธนาคารจิตอาสา โค้ชจิมมี่-พจนารถ ซีบังเกิด ผู้ก่อตั้งบริษัท") == ["พจนารถ ซีบังเกิด"]


def test_an_artist_named_after_the_trade() -> None:
    # details/38535
    assert people_canonical("เพื่อหารายได้ช่วยเหลือศิลปิน ชรัมภ์ เทพชัย ให้ได้รับกำลังใจ และดำเนินชีวิตได้ตามปกติ") == [
        "ชรัมภ์ เทพชัย"]


def test_trade_words_that_name_no_one() -> None:
    # details/99987, 64043, 91156, 87818, 86478, 77512
    assert people_canonical("ผู้เข้าร่วมสัมมนา ณ โรงแรมเทวัญดารา บีชวิลล่า กุยบุรี จังหวัดประจวบคีรีขันธ์") == []
    assert "กุลวุฒิ แชมป์ชายเดี่ยว" not in people_canonical("ชื่นชมชัยชนะนักกีฬาแบดมินตันไทย วิว กุลวุฒิ แชมป์ชายเดี่ยว ในการแข่งขัน")
    assert people_canonical("ผู้อำนวยการสถาบันอาหาร เชฟ ชุมพล เชฟระดับมิชลิน และเป็นผู้ทำอาหารไทย") == []
    assert people_canonical("“ถึงเวลาต้อนรับนักกีฬาพาราลิมปิก ฮีโร่ของคนไทย กลับบ้านเราค่ะ ปีนี้") == []
    assert people_canonical("เป็นนักกีฬาในสังกัดสโมสรลพบุรี ยูไนเต็ด สโมสรแพร่ เอฟซี และมูลนิธิบ้านฟุตบอล") == []
    assert people_canonical("แนะนำนักร้อง ศิลปิน อินฟลูเอนเซอร์ ครูต่างชาติ และผู้เชี่ยวชาญเฉพาะด้าน") == []


def test_khun_glued_to_a_first_name_that_begins_like_a_word() -> None:
    # details/87653 (คุณอา- reads as a word, aunt), details/78317 (คุณวุฒิ-, qualification)
    assert people_canonical("เจ้าของแบรนด์ THEATRE คุณอารยา อินทรา ที่ปรึกษาด้านแฟชั่น อาจารย์พิเศษด้านแฟชั่น") == ["อารยา อินทรา"]
    assert people_canonical("สอบถามข้อมูลกิจกรรมได้ที่  094 770 6999 คุณวุฒินันท์ แช่มช้อย นักจัดจัดกิจกรรม") == [
        "วุฒินันท์ แช่มช้อย"]
    assert people_canonical("ต้องมีคุณสมบัติ ครบถ้วน และมีคุณภาพ มั่นคง") == []


def test_a_foreign_name_of_three_or_four_parts_before_a_post_or_trade() -> None:
    # details/54831 (a futsal coach), details/97816 (a UNESCO official)
    assert "คาร์ลอส เซซาร์ นูเนซ กาโก้" in people_canonical(
        "ผู้จัดการทีมฟุตซอลทีมชาติไทย และนายคาร์ลอส เซซาร์ นูเนซ กาโก้ หัวหน้าโค้ช  ที่ได้ทุ่มเทเเละพัฒนานักเตะ")
    assert "ลิเดีย อาร์เธอร์ บริโต" in people_canonical(
        "องค์การการศึกษา วิทยาศาสตร์ และวัฒนธรรมแห่งสหประชาชาติ (ยูเนสโก) และนางลิเดีย อาร์เธอร์ บริโต ผู้ช่วยผู้อำนวยการใหญ่แห่งยูเนสโก")


def test_the_third_chunk_is_no_name_part_when_it_is_a_candidacy_or_the_next_title() -> None:
    # details/55898 (ว่าที่ผู้สมัคร, a candidate), details/63293 (the next person's title glued to her name)
    names = people_canonical("นายพยม พรหมเพชร ส.ส.สงขลา เขต 3 นายกามิน มุซิ ว่าที่ผู้สมัคร ส.ส.ยะลา เขต 3")
    assert "กามิน มุซิ" in names and not any("ว่าที่" in n for n in names)
    names = people_canonical("นางสุภาพรรณ หมั่นเจริญ นายวราดิศร อ่อนนุช นางภัทราวดี สุทธิธนกูล รองผู้ว่าราชการจังหวัดเชียงราย")
    assert "วราดิศร อ่อนนุช" in names and "ภัทราวดี สุทธิธนกูล" in names


def test_a_post_the_title_list_lacks_is_no_foreign_name_part() -> None:
    # details/86683 (a role, ผู้นำชุมชน), details/67412 (a grade post, นักวิชาการคลัง...) after the family name
    assert "สุวันชัย แสงสุขเอี่ยม" in people_canonical(
        "ดร.สุวันชัย แสงสุขเอี่ยม ผู้นำชุมชน ประธานกรรมการ บริษัท สมุทรสาคร")
    assert not any("นักวิชาการ" in n for n in people_canonical(
        "ได้แก่ นางสาววันทนี  ทรัพย์สุขสำราญ นักวิชาการคลังชำนาญการพิเศษ รักษาราชการแทนผู้อำนวยการ"))


def test_a_president_post_after_a_lone_first_name_is_no_family_name() -> None:
    # "นายเอ นายก" (carried since session 11): details/42372 writes "กรณีนายพัฒน์ธนชัยฯ นายกสมาคมคนตาบอดไทย"; without
    # the ฯ the post was read as his family name and the association was lost
    assert people_canonical("กรณีนายพัฒน์ธนชัย นายกสมาคมคนตาบอดไทย เรียกร้องให้รัฐเร่งช่วยเหลือ") == ["พัฒน์ธนชัย"]
    assert people_canonical("โดยมีนายเอ นายก อบต.บ้านใหม่ เข้าร่วม") == ["เอ"]
