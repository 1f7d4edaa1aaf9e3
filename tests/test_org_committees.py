"""Sub-committees named by duty, joint committees named by a country pair, and foreign ministries with และ in
their names (thai/org_committees.py).

Each sentence is quoted from a corpus release (its source in the test's comment); each test fails without its rule.
"""

from __future__ import annotations

from entity_helpers import orgs as _orgs


def test_sub_committees_named_by_duty() -> None:
    # details/80688
    body = ("คณะกรรมการฝ่ายจัดทำหนังสือจดหมายเหตุและหนังสือที่ระลึกฯ คณะกรรมการฝ่ายกลั่นกรองการขอใช้งบประมาณฯ "
            "และคณะกรรมการฝ่ายกลั่นกรองการขอใช้ตราสัญลักษณ์ฯ ซึ่งการเตรียมการ")
    orgs = _orgs(body)
    assert "คณะกรรมการฝ่ายจัดทำหนังสือจดหมายเหตุและหนังสือที่ระลึกฯ" in orgs
    assert "คณะกรรมการฝ่ายกลั่นกรองการขอใช้งบประมาณฯ" in orgs
    # details/72619: the owner after ของ is a body of its own
    body = ("เลขานุการสมเด็จพระสังฆราช ประธานคณะกรรมการฝ่ายสาธารณูปการของมหาเถรสมาคม "
            "และเจ้าประคุณสมเด็จพระมหาธีราจารย์")
    assert "คณะกรรมการฝ่ายสาธารณูปการ" in _orgs(body)


def test_a_side_of_a_committee_is_not_a_duty() -> None:
    # the Thai side of a joint committee is no sub-committee
    assert not any(o.startswith("คณะกรรมการฝ่าย") for o in _orgs("หัวหน้าคณะกรรมการฝ่ายไทย และคณะกรรมการฝ่ายต่าง ๆ"))


def test_joint_committee_runs_through_its_country_pair() -> None:
    # details/58635
    body = ("ดังนั้น การประชุมคณะกรรมการร่วมทางการค้า ไทย - มองโกเลีย ครั้งที่ 1 "
            "จะช่วยเสริมสร้างความสัมพันธ์")
    assert "คณะกรรมการร่วมทางการค้า ไทย - มองโกเลีย" in _orgs(body)
    # details/80884
    body = ("ที่ประชุมคณะรัฐมนตรีมีมติเห็นชอบร่างบันทึกการประชุมคณะกรรมการร่วมไทย-ลาว "
            "เพื่อดูแลการดำเนินกิจกรรมต่างๆ ตามแม่น้ำโขงและแม่น้ำเหือง")
    assert "คณะกรรมการร่วมไทย-ลาว" in _orgs(body)


def test_foreign_ministry_with_and_closed_by_its_country() -> None:
    # details/80935
    body = ("Lord Dominic Johnson of Lainston CBE รัฐมนตรีช่วยว่าการกระทรวงธุรกิจและการค้าสหราชอาณาจักร "
            "เข้าเยี่ยมคารวะ นายเศรษฐา ทวีสิน")
    assert "กระทรวงธุรกิจและการค้าสหราชอาณาจักร" in _orgs(body)
    # details/77398: 'of Saudi Arabia' after ของ follows the name
    body = ("พร้อมคณะหารือกับรัฐมนตรีว่าการกระทรวงอุตสาหกรรมและทรัพยากรธรณีของซาอุดีอาระเบีย "
            "ภายหลังการเข้าร่วมประชุม")
    assert "กระทรวงอุตสาหกรรมและทรัพยากรธรณี" in _orgs(body)


def test_foreign_ministry_with_a_space_after_its_first_field() -> None:
    # details/58955: was กระทรวงเกษตร (the Thai ministry's short name) and the place เครือรัฐออสเตรเลีย
    body = "นายคริส ทีนนิ่ง ผู้ช่วยปลัดกระทรวงเกษตร ประมงและป่าไม้แห่งเครือรัฐออสเตรเลีย โดยธุรกิจอุตสาหกรรมเป็ดปรุงสุก"
    assert "กระทรวงเกษตร ประมงและป่าไม้แห่งเครือรัฐออสเตรเลีย" in _orgs(body)
    # details/67599: a glued verb after the country does not stop it
    body = "ได้ต้อนรับ รัฐมนตรีว่าการกระทรวงตรวจคนเข้าเมือง สัญชาติและกิจการพหุวัฒนธรรมแห่งเครือรัฐออสเตรเลีย และคณะ"
    assert "กระทรวงตรวจคนเข้าเมือง สัญชาติและกิจการพหุวัฒนธรรมแห่งเครือรัฐออสเตรเลีย" in _orgs(body)


def test_spaced_clause_after_a_thai_ministry_is_not_its_name() -> None:
    # a Thai ministry, then a clause closed by แห่งชาติ (no country): the ministry alone
    orgs = _orgs("นายเอ รัฐมนตรีว่าการกระทรวงอุตสาหกรรม ร่วมงานความปลอดภัยและอาชีวอนามัยแห่งชาติ")
    assert "กระทรวงอุตสาหกรรม" in orgs
    # two ministries listed with a space
    orgs = _orgs("กระทรวงการคลัง กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์แห่งประเทศไทย")
    assert "กระทรวงการคลัง" in orgs


def test_two_ministries_are_not_one() -> None:
    # details/78379
    body = "ซึ่งต้องยอมรับว่า กระทรวงเกษตรและกระทรวงทรัพยากรธรรมชาติของกัมพูชา  ไม่มีอุปกรณ์"
    assert "กระทรวงเกษตรและกระทรวงทรัพยากรธรรมชาติ" not in _orgs(body)


def test_prisons_named_by_kind_and_place() -> None:
    # details/41500
    body = ("เพื่อรองรับผู้ต้องขัง 7 เรือนจำ อาทิ เรือนจำกลางคลองเปรม เรือนจำพิเศษกรุงเทพ ทัณฑสถานหญิงกลาง เป็นต้น "
            "ซึ่งเวลานี้")
    orgs = _orgs(body)
    for name in ("เรือนจำกลางคลองเปรม", "เรือนจำพิเศษกรุงเทพ", "ทัณฑสถานหญิงกลาง"):
        assert name in orgs
    # the bare kind is no name
    assert not any(o.startswith("เรือนจำ") for o in _orgs("ผู้ต้องขังในเรือนจำกลางทุกแห่ง และเรือนจำจังหวัดต่างๆ"))


def test_committee_stops_at_its_list() -> None:
    # details/78089: the list's head and its first body are two things
    body = ("โดยมีคณะกรรมการประกอบด้วยคณะกรรมการอำนวยการ  คณะกรรมการฝ่ายจัดทำแผนขับเคลื่อนการพัฒนา "
            "คณะกรรมการฝ่ายประชาสัมพันธ์ คณะกรรมการฝ่ายส่งเสริมการท่องเที่ยว")
    orgs = _orgs(body)
    assert not any("ประกอบด้วย" in o for o in orgs)
    assert "คณะกรรมการฝ่ายประชาสัมพันธ์" in orgs


def test_a_joint_working_group_between_thailand_and_a_country_after_a_space() -> None:
    # details/96563 and 98675 (session 22): the group was no organisation at all when ระหว่าง followed a space
    assert "คณะทำงานร่วมด้านการเกษตร ระหว่างไทยกับอินโดนีเซีย" in _orgs(
        "รองปลัดถาวร เป็นประธานการประชุมคณะทำงานร่วมด้านการเกษตร ระหว่างไทยกับอินโดนีเซีย ครั้งที่ 9\n")
    assert "คณะทำงานร่วมด้านการเกษตร ระหว่างไทยกับฟิลิปปินส์" in _orgs(
        "รองปลัดถาวร เป็นประธานการประชุมคณะทำงานร่วมด้านการเกษตร ระหว่างไทยกับฟิลิปปินส์ ครั้งที่ 3\n")


def test_a_commission_or_working_group_runs_through_its_country_pair() -> None:
    # details/68063: a commission (กรรมาธิการ), not a คณะกรรมการร่วม
    body = ("และไทยจะเป็นเจ้าภาพจัดการประชุมคณะกรรมาธิการความตกลงการค้าเสรีไทย - ชิลี ครั้งที่ 4 ในวันที่ 15 พฤษภาคม นี้ "
            "เพื่อขับเคลื่อนและติดตามการดำเนินการภายใต้ FTA")
    assert "คณะกรรมาธิการความตกลงการค้าเสรีไทย - ชิลี" in _orgs(body)
    # details/87265: a working group, the pair after a space
    body = "รองปลัดเกษตรฯ เปิดฉากการประชุมคณะทำงานร่วมด้านการเกษตร ไทย-บราซิล ครั้งที่ 1\n"
    assert "คณะทำงานร่วมด้านการเกษตร ไทย-บราซิล" in _orgs(body)
