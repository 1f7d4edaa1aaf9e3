"""Thai bodies named formally: a ministry or department with แห่งราชอาณาจักรไทย glued after it
(briefing/thai/org_of_thailand.py), and an office's short form with its regional number after สำนักงาน
(org_bounds.find_zoned_short_forms). Sentences quoted from thaigov-v2 releases outside bench and dev (source in
each comment).

What a reader expects:
- details/73516 "...ระหว่างกระทรวงเกษตรและสหกรณ์แห่งราชอาณาจักรไทยกับสำนักงานศุลกากรแห่งสาธารณรัฐประชาชนจีน":
  the Thai ministry whole, as the Chinese party beside it is, and no place ราชอาณาจักรไทย (was the bare ministry
  and the kingdom as a place; heldout122 h13 and heldout135 h02 list the whole name);
- details/43222 the digital ministry whole before a spaced และ; details/72594 the justice ministry inside the
  minister's post, whole;
- รัฐบาลแห่งราชอาณาจักรไทย and รัฐธรรมนูญแห่งราชอาณาจักรไทย: unchanged (a government the golds split on; a law);
- details/77883 "สำนักงาน ป.ป.ส. ภาค 9": the regional office whole (was สำนักงาน ป.ป.ส., every region alike);
  details/39206 "สำนักงานคปภ. ภาค 3" (glued) and "สำนักงาน คปภ. ภาค 5"; details/42558 "สำนักงาน ปปส.ภาค 6";
- details/49753 "สำนักงาน อ.ส.ค. ภาค 4 แห่ง (จังหวัด...)": four regional offices counted, no office numbered 4.
"""

from __future__ import annotations

from tests.entity_helpers import orgs, places


def test_thai_ministry_with_the_kingdom_glued_is_one_name():
    # details/73516
    body = ("พิธีสารว่าด้วยข้อกำหนดด้านสุขอนามัยพืชสำหรับการส่งออกผลเสาวรสสดจากประเทศไทยไปยังประเทศจีน"
            "ระหว่างกระทรวงเกษตรและสหกรณ์แห่งราชอาณาจักรไทยกับสำนักงานศุลกากรแห่งสาธารณรัฐประชาชนจีน")
    found = orgs(body)
    assert "กระทรวงเกษตรและสหกรณ์แห่งราชอาณาจักรไทย" in found
    assert "กระทรวงเกษตรและสหกรณ์" not in found
    assert "ราชอาณาจักรไทย" not in places(body)
    # details/43222
    body = ("บันทึกความเข้าใจว่าด้วยความร่วมมือด้านเศรษฐกิจดิจิทัลระหว่างกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
            "แห่งราชอาณาจักรไทย และกระทรวงการสื่อสารและสารสนเทศแห่งสาธารณรัฐสิงคโปร์")
    assert "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งราชอาณาจักรไทย" in orgs(body)
    # details/72594: the body inside the minister's post
    body = ("พันตำรวจเอก ทวี สอดส่อง ที่ได้รับความไว้วางใจให้เป็นรัฐมนตรีว่าการกระทรวงยุติธรรมแห่งราชอาณาจักรไทย "
            "เป็นบุคคลที่มีความสำคัญยิ่ง")
    assert "กระทรวงยุติธรรมแห่งราชอาณาจักรไทย" in orgs(body)


def test_government_and_constitution_of_the_kingdom_unchanged():
    body = "ความตกลงระหว่างรัฐบาลแห่งราชอาณาจักรไทยกับรัฐบาลแห่งสาธารณรัฐสิงคโปร์ ตามรัฐธรรมนูญแห่งราชอาณาจักรไทย"
    assert not any(o.endswith("แห่งราชอาณาจักรไทย") for o in orgs(body))


def test_regional_office_named_with_its_short_form_and_number():
    # details/77883
    body = "เรือนจำจังหวัดพังงา เรือนจำจังหวัดภูเก็ต สำนักงาน ป.ป.ส. ภาค 9 และสำนักงานยุติธรรมจังหวัดภูเก็ต"
    assert "สำนักงาน ป.ป.ส. ภาค 9" in orgs(body)
    # details/39206
    body = ("ซึ่งเป็นค่าปลงศพจากกองทุนทดแทนผู้ประสบภัยที่จังหวัดภูมิลำเนา สำนักงานคปภ. ภาค 3 (ขอนแก่น) "
            "จึงได้ประสานงานไปยังสำนักงาน คปภ. ภาค 5 (อุบลราชธานี)")
    found = orgs(body)
    assert "สำนักงานคปภ. ภาค 3" in found and "สำนักงาน คปภ. ภาค 5" in found
    # details/42558
    body = "ในปีงบประมาณที่ผ่านมา สำนักงาน ปปส.ภาค 6 ร่วมกับศูนย์อำนวยการป้องกันและปราบปรามยาเสพติดจังหวัด"
    assert "สำนักงาน ปปส.ภาค 6" in orgs(body)


def test_a_count_of_regional_offices_is_no_number():
    # details/49753: four regional offices, listed by province in the bracket
    body = ("จังหวัดสระบุรี และสำนักงาน อ.ส.ค. ภาค 4 แห่ง (จังหวัดประจวบคีรีขันธ์ สุโขทัย เชียงใหม่ และขอนแก่น)")
    assert not any("ภาค 4" in o for o in orgs(body))


def test_the_ministry_with_the_kingdom_keeps_its_english_and_is_one_body_with_its_plain_mentions():
    from tests.entity_helpers import as_analyzed

    # details/81293: read whole by the spaced-name rule, it had no English (the glossary knows the ministry alone)
    body = ("แถลงการณ์แสดงเจตจำนงระหว่างกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรมแห่งราชอาณาจักรไทย "
            "กับกระทรวงการอุดมศึกษาและการวิจัยแห่งสาธารณรัฐฝรั่งเศส")
    found = {e.text: (e.english, e.english_source) for e in as_analyzed(body)}
    name = "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรมแห่งราชอาณาจักรไทย"
    assert found[name] == ("Ministry of Higher Education, Science, Research and Innovation (MHESI)", "listed")
    # the side panel lists the formal name under the ministry's plain mentions (one entry)
    body = "ระหว่างกระทรวงคมนาคมแห่งราชอาณาจักรไทย กับกระทรวงคมนาคมและขนส่ง ทั้งนี้ กระทรวงคมนาคม จะ"
    formal = next(e for e in as_analyzed(body) if e.text == "กระทรวงคมนาคมแห่งราชอาณาจักรไทย")
    assert formal.canonical == "กระทรวงคมนาคม"
