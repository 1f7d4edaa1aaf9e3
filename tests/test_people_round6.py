"""People, round six of issue 11 (session 6, round two): a first name with the stop word มา inside it
(นุรมา, ปัทมา) kept whole when a framed family name follows, and a foreign or unlisted name after คุณ
vouched for by the position or the bracketed Latin name after it. Sentences are quoted verbatim from
thaigov-v2 corpus releases (none from the eval dev files or the held-out sets; the thaigov.go.th details
id is in each comment).
"""

from __future__ import annotations

from entity_helpers import as_analyzed as _entities
from entity_helpers import people_canonical as _people


def test_a_first_name_ending_in_ma_before_the_next_persons_title() -> None:
    # details/64900: a list of teachers, each name followed by the next one's title
    body = ("และคณะครูที่ปรึกษา ประกอบด้วย นางสาวสุไวบะ บือราเฮง นางสาวนุรมา สะบือลา นางฮาร์ตีนี มะเซ็ง "
            "นางกูยาวาเฮร์ แซแร และนางสาวซูไมยะห์ สมูซอ")
    assert "นุรมา สะบือลา" in _people(body)


def test_a_first_name_ending_in_ma_before_a_position() -> None:
    # details/69430: the district chief's wife, president of the district Red Cross branch
    body = ("นายพะเนตร อุทัยรังษี นายอำเภอไพรบึง พร้อมด้วยนางสุมา อุทัยรังษี นายกกิ่งกาชาดอำเภอไพรบึง "
            "นางภนันท์ยา สิริรุ่งวนิช รองนายกเหล่ากาชาดจังหวัด")
    assert "สุมา อุทัยรังษี" in _people(body)
    # details/42297: a numbered list of board members
    body = "3. นางปัทมา วีระวานิช             กรรมการผู้ทรงคุณวุฒิ\nทั้งนี้ ตั้งแต่วันที่ 1 มิถุนายน 2564"
    assert _people(body) == ["ปัทมา วีระวานิช"]


def test_a_short_name_glued_to_a_verb_is_still_cut() -> None:
    # details/60238: a repeat mention, the short name glued to what he said (no family name after it)
    body = "นายอนุทินกล่าวต่อว่า ผู้ป่วยทุกรายกระทรวงสาธารณสุขไม่ใช่แค่รักษาให้พ้นขีดอันตราย"
    assert "อนุทินกล่าวต่อว่า" not in " ".join(str(p) for p in _people(body))


def test_a_foreign_name_after_khun_with_its_latin_form_in_brackets() -> None:
    # details/70660: two foreign names after คุณ, each glossed in Latin letters (listed once, in Thai)
    body = ("หารือร่วมกับ คุณเดเมียน โอซุลลิแวน (Damian O’Sullivan) ประธานบริหารของมูลนิธิ ICDL แห่งสหภาพยุโรป "
            "คุณ ทินา วู (Tina Wu ) ผู้จัดการทั่วไป ICDL Asia")
    people = _people(body)
    assert "เดเมียน โอซุลลิแวน" in people
    assert "ทินา วู" in people
    # details/83773: three parts, the last a dictionary word (ชาร์ป, sharp) that the gloss vouches for
    body = ("ให้การต้อนรับ คุณแทมมี่ ลินน์ ชาร์ป (Tammi Lynn Sharpe) ผู้แทนสำนักงานข้าหลวงใหญ่ผู้ลี้ภัยแห่งสหประชาชาติ "
            "(UNHCR) ประจำประเทศไทย")
    assert _people(body) == ["แทมมี่ ลินน์ ชาร์ป"]


def test_a_foreign_name_after_khun_in_three_parts_before_a_position() -> None:
    # details/55431
    body = ("ผู้ประสานงานสหประชาชาติประจำประเทศไทย คุณอาร์มิดา ซัลเซีย อาลีเชียบานา "
            "รองเลขาธิการองค์การสหประชาชาติและเลขาธิการบริหารคณะกรรมาธิการเศรษฐกิจและสังคม")
    assert _people(body) == ["อาร์มิดา ซัลเซีย อาลีเชียบานา"]


def test_khun_ending_a_word_is_no_title() -> None:
    # details/56364: พระมหากรุณาธิคุณ ends in คุณ; the man is named after โดยมี
    body = ("เพื่อแสดงความจงรักภักดีและสำนึกในพระมหากรุณาธิคุณ โดยมี นายวิรัช พิมพะนิตย์ "
            "ที่ปรึกษารัฐมนตรีว่าการกระทรวงคมนาคม")
    assert _people(body) == ["วิรัช พิมพะนิตย์"]


def _title_people(title: str) -> list[str]:
    return [e.text for e in _entities("", title) if e.type == "person"]


def test_a_verb_phrase_after_a_short_name_in_a_headline_is_no_family_name() -> None:
    # details/75193 and details/89283: a position, the minister's first name, then what he did
    assert _title_people("รองนายกฯ ภูมิธรรม พบหารือ JETRO และ JCC ร่วมส่งเสริมบทบาทที่แข็งขันของภาคเอกชนไทยกับญี่ปุ่น") == []
    assert _title_people("รองนายกฯ ประเสริฐ บรรยายพิเศษ งาน GC Sustainable Living Symposium 2024 “ยั่งยืนไม่ยาก”") == []


def test_a_performer_billed_by_nickname_is_listed_under_the_full_name() -> None:
    # details/97902: nickname, first name, family name
    body = ("พร้อมด้วยเหล่าศิลปิน และครีเอเตอร์ชื่อดัง อาทิ เก่ง ธชย ประทุมวรรณ, นาราภัทร งดงาม หรือ หมอแจ๊ค และ เพ")
    assert "ธชย ประทุมวรรณ" in _people(body)
    # details/60594: nickname - first name family name
    body = ("ศิลปินดาราผู้แทนการรณรงค์และประชาสัมพันธ์การจัดงาน นำโดย เชอรี่ - เข็มอัปสร   สิริสุขะ, "
            "มิว - ศุภศิษฏ์ จงชีวีวัฒน์ รวมทั้ง คมสัน")
    assert "เข็มอัปสร สิริสุขะ" in _people(body)


def test_a_studio_in_a_list_of_casts_is_no_nickname() -> None:
    # details/71646
    body = ("รวมถึงทีมนักแสดงจากซีรีส์ค่ายต่างๆ อาทิ มี มายด์ วาย, สตูดิโอ วาบิ ซาบิ, ดูมันดิ และอีกคับคั่ง")
    assert "วาบิ ซาบิ" not in _people(body)


def test_the_last_performer_of_a_list_that_runs_into_the_sentence() -> None:
    # details/97259: the list ends at พร้อมด้วย (together with), no comma after the last name
    body = ("ศิลปินรับเชิญ อาทิ อัญชลี จงคดีกิจ ,ธงไชย แมคอินไตย์ ,นันทิดา แก้วบัวสาย ,จารุวัฒน์ เชี่ยวอร่าม "
            "และศรัณย์ คุ้งบรรพต พร้อมด้วยนักร้องจากวงดุริยางค์ราชนาวี")
    assert "ศรัณย์ คุ้งบรรพต" in _people(body)
    # details/57829
    body = ("ชุมทางสายดนตรี ชมศิลปินลูกทุ่งหมอลำ นำโดย ตั๊กแตน ชลดา เกษม คมสัน และบุญตา เมืองใหม่ "
            "มาร่วมขับกล่อมบทเพลงส่งความสุข")
    assert "บุญตา เมืองใหม่" in _people(body)


def test_a_listed_name_longer_than_a_stage_name() -> None:
    # details/94796: singers from Khorat; ศรายุทธ and เฉลิมศักดื์ are longer than a stage first name
    body = ("มีศิลปินชาวโคราชที่มีชื่อเสียงเข้าร่วมงานอย่างคับคั่ง อาทิ  มนัสวิน นันทเสน (ติ๊ก ชีโร่) , สุนารี ราชสีมา , "
            "สมจิตร จงจอหอ , กำปั่น บ้านแท่น , ศรายุทธ สุปัญโญ ,  เจเน็ต เขียว , อรวรรณ เย็นพูน (ปุ้ม สาว สาว สาว) , "
            "เอ มหาหิงค์ , ตั๊กแตน ชลดา ,ศรลักษณ์ สวนจะบก , เฉลิมศักดื์ อังศุพันธุ์ , สามารถ คำโคกกรวด")
    people = _people(body)
    assert "ศรายุทธ สุปัญโญ" in people
    assert "เฉลิมศักดื์ อังศุพันธุ์" in people


def test_a_title_glued_after_a_word_that_often_precedes_a_name() -> None:
    # details/48648: ด้าน (as for), glued to นาย
    body = ("โภคและภาคการเกษตรอย่างเพียงพอและทั่วถึง\nด้านนายวิณะโรจน์ ทรัพย์ส่งสุข เลขาธิการ ส.ป.ก. "
            "กล่าวเพิ่มเติมว่า สำหรับการอนุมัติโครงการ")
    assert _people(body) == ["วิณะโรจน์ ทรัพย์ส่งสุข"]
    # details/40041: ต้อนรับ (welcomed)
    body = ("เลขาธิการ ป.ป.ส. ได้ให้การต้อนรับนายแอลลัน มักคินนัน เอกอัครราชทูตออสเตรเลียประจำประเทศไทย และคณะ")
    assert "แอลลัน มักคินนัน" in _people(body)
    # details/77216: แต่งตั้ง (appoint)
    body = ("รพัฒนาสังคมและความมั่นคงของมนุษย์เสนอการแต่งตั้งนางเนตรนภิส สุชนวนิช เป็นกรรมการผู้ทรงคุณวุฒิ "
            "ในคณะกรรมการผู้สูงอายุแห่งชาติ")
    assert _people(body) == ["เนตรนภิส สุชนวนิช"]
