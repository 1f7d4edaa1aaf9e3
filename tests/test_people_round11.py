"""People, session 10 (issue 11): one entry per person, and the positions English releases give. Sentences are
quoted verbatim from thaigov-v2 corpus releases (none from the eval dev files; the thaigov.go.th details id is in
each comment).
"""

from __future__ import annotations

from briefing.model import Entity
from tests.entity_helpers import as_analyzed, people_canonical


def _people(body: str) -> list[Entity]:
    return [e for e in as_analyzed(body) if e.type == "person"]


def _named(body: str) -> list[str]:
    """The people listed once each (entities, not references), by their text."""
    from briefing.thai.entities import find_entities
    from briefing.thai.normalise import normalise

    entities, _ = find_entities("", normalise(body))
    return [e.text for e in entities if e.type == "person"]


def test_an_age_after_a_first_name_is_not_a_family_name() -> None:
    # details/76531
    assert people_canonical("เจ้าหน้าที่ตำรวจลงพื้นที่รวบรวมพยานหลักฐาน จับกุม นางสาวบุสราภรณ์ อายุ 28 ปี\n"
                            "ชาวอุดรธานี และ นายประมวล อายุ 36 ปี ชาวบึงกาฬ") == ["บุสราภรณ์", "ประมวล"]


def test_a_thai_transcription_and_its_latin_form_are_one_person() -> None:
    # details/50767
    found = _people("ออกแบบโดยนายเกอร์เบอร์ (Mr.Gerber) วิศวกรชาวเยอรมัน สร้างขึ้นเมื่อ พ.ศ. 2455")
    assert {e.canonical for e in found} == {"เกอร์เบอร์"}
    assert _named("ออกแบบโดยนายเกอร์เบอร์ (Mr.Gerber) วิศวกรชาวเยอรมัน สร้างขึ้นเมื่อ พ.ศ. 2455") == ["นายเกอร์เบอร์"]
    assert {e.english for e in found} == {"Gerber"}


def test_a_latin_family_name_with_a_title_joins_the_full_name() -> None:
    # details/94092: "Mr. Oelrich also emphasized" is Mr. Stefan Oelrich again, and 'also' is no name
    body = ("The visit followed an earlier meeting between the Prime Minister and Mr. Stefan Oelrich, Board of "
            "Management and Head of the Pharmaceuticals Division of Bayer AG in Davos on January 21, 2025. The company "
            "has planned to introduce these medical innovations and technologies in Thailand. Mr. Oelrich also "
            "emphasized the importance of streamlining drug approval process to enable faster introduction of new treatments.")
    assert {e.canonical for e in _people(body)} == {"Stefan Oelrich"}
    assert _named(body) == ["Mr. Stefan Oelrich"]


def test_a_lower_case_particle_inside_a_latin_name() -> None:
    # details/97514
    assert people_canonical("นายวีระพงษ์ ประภา ผู้แทนการค้าไทย ได้เข้าพบหารือกับ Mr. Johannes ten Broeke, Head of Cabinet "
                            "of Mr. Wopke Hoekstra, Commissioner for Climate")[1] == "Johannes ten Broeke"


def test_a_three_part_name_read_as_two_parts_later_is_the_same_person() -> None:
    # details/72529
    body = ("ได้เข้าร่วมการหารือทวิภาคีไทย-เวียดนาม กับนายเหงียน มั่นห์ ฮุง รัฐมนตรีว่าการกระทรวงการสารสนเทศและการสื่อสาร"
            "เวียดนาม ในประเด็นความร่วมมือด้านการต่อต้านข่าวปลอม\n"
            "ด้าน นายเหงียน มั่นห์ ฮุง ได้กล่าวข้อเสนอแนะต่อไทยว่า  จะต้องพัฒนาความรับผิดชอบและจริยธรรมสังคมของสื่อและเทคโนโลยีใหม่")
    assert set(people_canonical(body)) == {"เหงียน มั่นห์ ฮุง"}


def test_english_positions_before_and_after_a_name() -> None:
    # details/85473
    roles = {e.canonical: e.role for e in _people(
        "at the Purple Room, Thai Khu Fah Building, Government House, Prime Minister Srettha Thavisin met with "
        "Mr. Wang Chuanfu, chairman and CEO of BYD Company. Government Spokesperson Chai Wacharonke disclosed gist "
        "of the meeting as follows")}
    assert roles["เศรษฐา ทวีสิน"] == "Prime Minister"  # not 'Minister'
    assert roles["Wang Chuanfu"] == "chairman and CEO of BYD Company"
    assert roles["ชัย วัชรงค์"] == "Government Spokesperson"


def test_english_positions_in_a_list_of_ministers_stay_with_their_own_name() -> None:
    # details/79344
    roles = {e.canonical: e.role for e in _people(
        "which includes Deputy Prime Minister and Minister of Interior Anutin Charnvirakul, Minister of Transport "
        "Suriya Jungrungreangkit, Minister of Tourism and Sports Sudawan Wangsupakitkosol, Minister of Justice "
        "Pol.Col. Tawee Sodsong, and Minister of Culture Sermsak Pongpanich, will take a field visit")}
    assert roles["อนุทิน ชาญวีรกูล"] == "Deputy Prime Minister and Minister of Interior"
    assert roles["สุดาวรรณ หวังศุภกิจโกศล"] == "Minister of Tourism and Sports"
    assert roles["ทวี สอดส่อง"] == "Minister of Justice"


def test_petty_officers_corporals_and_privates_are_titles() -> None:
    # details/63112, details/83497, details/70355 (a woman's rank abbreviated, then หญิง)
    assert people_canonical("ประกอบด้วย จ่าตรี ศราวุธ นาดี กำลังพลเรือหลวงสุโขทัย พลทหาร สิทธิพงษ์ หงษ์ทอง "
                            "กำลังพลหน่วยบัญชาการนาวิกโยธิน") == ["ศราวุธ นาดี", "สิทธิพงษ์ หงษ์ทอง"]
    assert people_canonical("วันนี้ (25 พ.ค.67) พ.จ.ท.ทองแดง ปินะเก นายอำเภอนาเชือก จังหวัดมหาสารคาม เปิดเผยว่า") == [
        "ทองแดง ปินะเก"]
    assert people_canonical("ประกอบด้วย น.ส.สุภาวรรณ ธิปัตย์ (ไม้1), จ.ต.หญิง ศุภานิช พูลเกิด(ไม้2), "
                            "น.ส.อรชุมา เชษฐา(ไม้3) และ น.ส.อธิชา เพ็ชรกุล(ไม้4)")[:2] == ["สุภาวรรณ ธิปัตย์", "ศุภานิช พูลเกิด"]


def test_a_name_cut_short_with_the_abbreviation_mark_is_not_a_private() -> None:
    # details/89425: ณัชพลฯ ends in พลฯ, the private's rank
    assert people_canonical("กระสุนปืนจากคนร้ายถูก ส.ต.อ.ณัชพลฯ เข้าที่แขนขวา 1 นัด\nนางสาวธีรรัตน์ สำเร็จวาณิชย์ "
                            "รัฐมนตรีช่วยว่าการกระทรวงมหาดไทย ได้กล่าวให้กำลังใจ") == ["ธีรรัตน์ สำเร็จวาณิชย์"]


def test_a_possessive_a_glued_position_and_a_form_of_address_in_english() -> None:
    # details/93241: Ms. Campbell’s is Ms. Naomi Elaine Campbell again
    body = ("Government House, Ms. Naomi Elaine Campbell paid a courtesy call on Prime Minister Paetongtarn Shinawatra on "
            "occasion of her visit to Thailand.\nThe Prime Minister welcomed and commended Ms. Campbell’s accomplishments "
            "in the fashion industry")
    assert _named(body)[0] == "Ms. Naomi Elaine Campbell"
    assert "Ms. Campbell’s" not in [e.text for e in _people(body)]
    # details/72266: the position glued to the family name with no space
    assert people_canonical("on appointment of the followings:\n1. Mr. Somkid CheukhongPrime Minister’s Deputy Secretary "
                            "General for Political Affairs") == ["Somkid Cheukhong"]
    # details/72424: a form of address, no name
    assert people_canonical("20 September 2023, United Nations Headquarters, New York\nMadam Moderator,\nExcellencies,") == []
