"""Organisations, round seven (issue 11): an office named after its director's or chief prosecutor's post, a
known name written with a stray space, a national body named to แห่งชาติ whatever its first word; on sentences
quoted verbatim from thaigov-v2 corpus releases (none from the eval dev files or the held-out sets; the source
URL is in each comment).
"""

from __future__ import annotations

from entity_helpers import orgs as _orgs

from briefing.thai.entities import find_entities


def test_office_after_its_directors_post_though_newmm_glues_its_head() -> None:
    # https://www.thaigov.go.th/news/contents/details/47599: newmm reads สำนักงานเขต as one word
    body = (
        "นายแพทย์พงศ์เกษม ไข่มุกด์ ผู้ตรวจราชการกระทรวงสาธารณสุข เขตสุขภาพที่ 9 ดร.กฤษ ละมูลมอญ "
        "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาบุรีรัมย์ และคณะผู้บริหารร่วมเป็นสักขีพยาน"
    )
    assert "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาบุรีรัมย์" in _orgs(body)


def test_office_after_its_directors_post_runs_through_its_words() -> None:
    # https://www.thaigov.go.th/news/contents/details/42159
    body = (
        "นางสาวจิฬาภรณ์ ตามชู กฤษณสุวรรณ ผู้อำนวยการสำนักงานช่วยเหลือทางการเงินแก่ผู้เสียหายและจำเลยในคดีอาญา "
        "และคณะกรรมการฯ รวมทั้งผู้แทนจากสำนักงานยุติธรรมจังหวัด ๑๓ จังหวัด เข้าร่วมการประชุมฯ"
    )
    assert "สำนักงานช่วยเหลือทางการเงินแก่ผู้เสียหายและจำเลยในคดีอาญา" in _orgs(body)


def test_directed_name_ends_before_a_capacity_or_its_staff() -> None:
    # https://www.thaigov.go.th/news/contents/details/81645 and .../92967
    body = (
        "นายพรชัย ฐีระเวช ผู้อำนวยการสำนักงานเศรษฐกิจการคลังในฐานะโฆษกกระทรวงการคลัง เปิดเผยว่า "
        "ผู้อำนวยการศูนย์อำนวยการใหญ่จิตอาสาพระราชทานและเจ้าหน้าที่ศูนย์อำนวยการใหญ่จิตอาสาพระราชทาน  ผู้บริหาร"
    )
    orgs = _orgs(body)
    assert "สำนักงานเศรษฐกิจการคลัง" in orgs, orgs
    assert "ศูนย์อำนวยการใหญ่จิตอาสาพระราชทาน" in orgs, orgs
    assert not any("ในฐานะ" in o or "เจ้าหน้าที่" in o for o in orgs), orgs


def test_office_after_a_chief_prosecutors_post() -> None:
    # https://www.thaigov.go.th/news/contents/details/62519
    body = (
        "พล.ต.ต.บรรพต มุ่งขอบกลาง รอง ผบ.ปส. นายอุทัย สินมา อธิบดีอัยการสำนักงานคดียาเสพติด และนายชูวิทย์ "
        "กมลวิศิษฎ์ พลเมืองดีผู้แจ้งเบาะแสยาเสพติด"
    )
    assert "สำนักงานคดียาเสพติด" in _orgs(body)


def test_known_name_written_with_a_stray_space() -> None:
    # https://www.thaigov.go.th/news/contents/details/61736 and .../83944
    body = (
        "นายชัยวุฒิ ธนาคมานุสรณ์ รัฐมนตรีว่าการกระทรวงดิจิทัล เพื่อเศรษฐกิจและสังคม (ดีอีเอส) ในฐานะผู้แทนรัฐบาลไทย\n"
        "ร่วมกับกรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช และกรมทรัพยากร ทางทะเลและชายฝั่ง\n"
    )
    orgs = _orgs(body)
    assert "กระทรวงดิจิทัล เพื่อเศรษฐกิจและสังคม" in orgs, orgs
    assert "กรมทรัพยากร ทางทะเลและชายฝั่ง" in orgs, orgs
    assert "กระทรวงดิจิทัล" not in orgs, orgs


def test_national_body_named_to_its_end_whatever_its_first_word() -> None:
    # https://www.thaigov.go.th/news/contents/details/93373: รางวัล ('award') would read as the head's verb
    body = (
        "จัดโดยสถาบันเพิ่มผลผลิตแห่งชาติ ในฐานะสำนักงานรางวัลคุณภาพแห่งชาติ โดยมีนายปิยะบุตร ชลวิจารณ์ "
        "ประธานคณะกรรมการรางวัลคุณภาพแห่งชาติ"
    )
    assert "สำนักงานรางวัลคุณภาพแห่งชาติ" in _orgs(body)


def test_title_name_runs_to_the_end_the_body_closes() -> None:
    # https://www.thaigov.go.th/news/contents/details/54132: the meeting number closes the name in the body only
    title = (
        "รองปลัดวรวรรณฯ เป็นประธานการประชุมคณะกรรมการบริหารจัดการการป้องกันและแก้ไขปัญหาเรื่องร้องเรียนซ้ำซาก"
        "ของโรงงานและเหมืองแร่อย่างยั่งยืน"
    )
    body = (
        "นางวรวรรณ  ชิตอรุณ  รองปลัดกระทรวงอุตสาหกรรม เป็นประธานการประชุมคณะกรรมการบริหารจัดการการป้องกันและ"
        "แก้ไขปัญหาเรื่องร้องเรียนซ้ำซากของโรงงานและเหมืองแร่อย่างยั่งยืน ครั้งที่ 1/2565  เพื่อกำหนดกรอบ"
    )
    entities, _ = find_entities(title, body)
    name = "คณะกรรมการบริหารจัดการการป้องกันและแก้ไขปัญหาเรื่องร้องเรียนซ้ำซากของโรงงานและเหมืองแร่อย่างยั่งยืน"
    in_title = [e.text for e in entities if e.type == "organisation" and e.field == "title"]
    assert in_title == [name], in_title


def test_a_bare_nominaliser_takes_the_next_word_though_it_is_a_stop_word() -> None:
    # https://www.thaigov.go.th/news/contents/details/59475 and .../55103: ...การ|ทำ..., ...เพื่อการ|ไม่...
    body = (
        "จากคณะกรรมการนโยบายการประมงแห่งชาติ คณะอนุกรรมการแก้ไขปัญหาการทำประมงผิดกฎหมาย คณะทำงานตรวจสอบประวัติ\n"
        "ศ.นพ.ประกิต วาทีสาธกกิจ ประธานมูลนิธิรณรงค์เพื่อการไม่สูบบุหรี่ ในรางวัล Dr LEE Jong-wook Memorial Prize"
    )
    orgs = _orgs(body)
    assert "คณะอนุกรรมการแก้ไขปัญหาการทำประมงผิดกฎหมาย" in orgs, orgs
    assert "มูลนิธิรณรงค์เพื่อการไม่สูบบุหรี่" in orgs, orgs


def test_a_quoted_title_closes_a_committees_name() -> None:
    # https://www.thaigov.go.th/news/contents/details/44743; not after a name complete in itself (.../42678)
    body = (
        "ที่ปรึกษารัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ ในฐานะประธานคณะกรรมการส่งเสริมสินค้าและผลิตผลการเกษตรมาตรฐาน "
        "“ฮาลาล” เป็นประธานในพิธีเปิดงาน\n"
        "ตามแผนงานบูรณาการของคณะกรรมการภาพยนตร์และวีดิทัศน์แห่งชาติ “Content Thailand” เพื่อตอบสนองยุทธศาสตร์ชาติ"
    )
    orgs = _orgs(body)
    assert "คณะกรรมการส่งเสริมสินค้าและผลิตผลการเกษตรมาตรฐาน “ฮาลาล”" in orgs, orgs
    assert "คณะกรรมการภาพยนตร์และวีดิทัศน์แห่งชาติ" in orgs, orgs


def test_a_courts_division_named_with_its_court() -> None:
    # https://www.thaigov.go.th/news/contents/details/81371
    body = (
        "โดยมี นางอโนชา ชีวิตโสภณ ประธานศาลฎีกา นายอดิศักดิ์ ตันติวงศ์ ประธานแผนกคดีภาษีอากรในศาลฎีกา "
        "นพ.สุภโชค เวชภัณฑ์เภสัช ผู้ช่วยปลัดกระทรวงสาธารณสุข"
    )
    orgs = _orgs(body)
    assert orgs[:2] == ["ศาลฎีกา", "แผนกคดีภาษีอากรในศาลฎีกา"], orgs
