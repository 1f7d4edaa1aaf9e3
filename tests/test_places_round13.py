"""Places, issue 11 round thirteen (session 7): countries written in an English frame the glossary does not
hold as written (a curly apostrophe, 'Republic of France', a slip in the name) and Thai formal country names
with a slip in their frame (สาธารณัฐ..., ราขอาณาจักร...). Each text is quoted verbatim from a corpus release
(none of them an eval dev file or a held-out file); the release is named above it."""

from __future__ import annotations

from entity_helpers import places as _places

from briefing.thai.entities import find_entities


def test_an_english_frame_with_a_curly_apostrophe() -> None:
    # details/89986
    body = ("November 7, 2024, at 1400hrs (local time), at Wyndham Grand Plaza Royale Colorful Yunnan Kunming Hotel, "
            "Yunnan, People’s Republic of China, Prime Minister Paetongtarn Shinawatra delivered a statement")
    assert "People’s Republic of China" in _places(body)


def test_english_frames_the_glossary_spells_otherwise() -> None:
    # details/96954: the formal name is 'Socialist Republic of Viet Nam'
    body = ("of which 4 are ASEAN member countries, namely, Malaysia, the Lao People's Democratic Republic, the "
            "Republic of Singapore, and the Socialist Republic of Vietnam.\nTitle: Statement of the 44th Cairns Group")
    assert "Socialist Republic of Vietnam" in _places(body)
    # details/47142
    body = ("Government House, Mrs. Maria Alicia Cuzzoni de Sonschein, Ambassador of the Republic of Argentina to "
            "Thailand, paid a courtesy call on Prime Minister")
    assert "Republic of Argentina" in _places(body)


def test_a_country_before_a_title_in_a_thai_release() -> None:
    # details/95098: a bracketed English post, the leader's title after it
    body = ("นายกรัฐมนตรีแห่งราชอาณาจักรภูฏาน (Prime Minister of the Kingdom of Bhutan) นายนเรนทร โมที "
            "(His Excellency Mr. Narendra Modi)")
    assert "Kingdom of Bhutan" in _places(body)


def test_a_slip_in_an_english_country_name_after_a_frame() -> None:
    # details/79532 (its title)
    body = "Republic of Chaina สานความร่วมมือแม่โขง - ล้านช้าง\nวันที่ 27 กุมภาพันธ์ 2567"
    assert "Republic of Chaina" in _places(body)


def test_a_frame_that_opens_a_longer_english_name_is_no_place() -> None:
    # details/95098's kind of name, with a capitalised word going on (not a title)
    body = "ภายใต้กรอบ (The Kingdom of Thailand Sustainable Financing Framework) นอกจากนั้น"
    assert "Kingdom of Thailand" not in _places(body)


def test_a_thai_country_frame_with_a_slip() -> None:
    # details/48068
    body = "ระหว่างวันที่ 10-11 พฤศจิกายน 2564 ณ กรุงจาการ์ตา สาธารณัฐอินโดนีเซีย\nการประชุม RCID เป็นเวที"
    assert "สาธารณัฐอินโดนีเซีย" in _places(body)
    # details/65574
    body = "1สมาชิกกรอบ ACMECS ประกอบด้วย 5 ประเทศ ได้แก่ ราขอาณาจักรกัมพูชา สาธารณรัฐประชาธิปไตยประชาชนลาว"
    assert "ราขอาณาจักรกัมพูชา" in _places(body)
    # details/46898
    body = "ระหว่างรัฐบาลแห่ง ราชอาณาจักรไทยกับรัฐบาลแห่งสาธารณรัฐแห่งสภาพเมียนมา\n18.      เรื่อง"
    assert "สาธารณรัฐแห่งสภาพเมียนมา" in _places(body)


def test_a_thai_country_frame_with_its_rat_dropped() -> None:
    # details/84318
    body = "ครั้งที่ 17                  ณ กรุงปารีส สาธารณฝรั่งเศส จะจัดขึ้น ณ วันที่ 26 กรกฎาคม"
    found = _places(body)
    assert "สาธารณฝรั่งเศส" in found and "ฝรั่งเศส" not in found


def test_a_country_written_right_is_not_taken_twice() -> None:
    # details/65574 (same release): the formal names written right stay the glossary's
    body = "ได้แก่ ราขอาณาจักรกัมพูชา สาธารณรัฐประชาธิปไตยประชาชนลาว สาธารณรัฐแห่งสหภาพเมียนมา ประเทศไทย"
    found = _places(body)
    assert "สาธารณรัฐประชาธิปไตยประชาชนลาว" in found and "สาธารณรัฐแห่งสหภาพเมียนมา" in found
    assert not any(p.startswith(("ธารณ", "าธารณ")) for p in found)


def test_a_province_in_latin_letters_with_a_slip_in_a_list_of_provinces() -> None:
    # details/95936
    body = ("following the cabinet retreat for the Upper Northeastern Provincial Cluster 2 (Nakhon Phanom, Sakon Nakhon, "
            "and Mukdaharn), Prime Minister Paetongtarn Shinawatra disclosed")
    assert "Mukdaharn" in _places(body)
    # details/60800
    body = ("In Thailand, the project will be implemented in the Lam Nam Yang Basin, covering Kalasin, Roi-Et, "
            "Yasothorn, Mukdaharn, and Sakon Nakhon provinces.")
    found = _places(body)
    assert "Yasothorn" in found and "Mukdaharn" in found


def test_a_province_in_latin_letters_with_a_slip_before_the_word_provinces() -> None:
    # details/53818
    body = ("Gen. Prayut Chan-o-cha is scheduled to take a field trip to Songkhla and Phathalung provinces on "
            "April 25, 2022 to follow up")
    assert any(p.startswith("Phathalung") for p in _places(body))


def test_a_near_province_name_outside_a_province_context_is_no_place() -> None:
    # details/95936's kind of sentence with a person who shares a slip of a province's name (Mr. Pichit, Phichit)
    body = "Minister Attached to Prime Minister’s Office Mr. Pichit Chuenban, and Minister of Finance"
    assert not any(p.startswith("Pichit") for p in _places(body))


def test_english_areas_listed_before_a_plural_level_word() -> None:
    # details/47082
    body = ("Title: Draft Royal Decree on land expropriation in Pathum Thani’s Samkhog district (Khlong Kwai, Bang Toey, "
            "Samkhog, Ban Pathum, and Chiang Rak Yai subdistricts), B.E. …")
    found = _places(body)
    assert {"Khlong Kwai", "Bang Toey", "Ban Pathum", "Chiang Rak Yai"} <= set(found)
    # details/45069
    body = ("in parts of Trang province’s Kantang district (Kuan Thani subdistrict), and Muang district (Kok Lor and "
            "Kuan Pring subdistricts), B.E. …")
    found = _places(body)
    assert "Kuan Pring" in found and "Kuan Thani subdistrict" in found


def test_an_english_district_with_one_slip_before_its_level_word() -> None:
    # details/45759: Pak Kret (the register's spelling) written Pak Kred, Bang Talat written Bang Talad
    body = ("Title: Draft Royal Decree on land expropriation in Nonthaburi province’s Pak Kred district (Ban Mai, "
            "Bang Talad, Bang Kleu subdistricts), B.E. …")
    found = _places(body)
    assert "Pak Kred district" in found and "Bang Talad" in found


def _entities(body: str) -> list[tuple[str, str]]:
    entities, _ = find_entities("", body)
    return [(e.type, e.text) for e in entities]


def test_a_hospital_after_a_verb_of_care_is_where_it_was_done() -> None:
    # details/39033
    body = ("ภายหลังจากที่มีการนำร่องระบบจองสิทธิฉีดวัคซีนที่โรงพยาบาลศิริราชและได้รับการตอบรับด้วยดีในปีที่ผ่านมา")
    assert ("place", "โรงพยาบาลศิริราช") in _entities(body)
    # details/65405
    body = "บูรณาการการรักษาโรคมะเร็งครบวงจร ทำการผ่าตัดที่ รพ.หาดใหญ่ และส่งรับบริการรังสีรักษาที่ รพ.นาหม่อม"
    assert ("place", "รพ.หาดใหญ่") in _entities(body)


def test_a_hospital_acting_stays_an_organisation() -> None:
    # details/39033's kind of sentence with the hospital as the subject
    body = "โรงพยาบาลศิริราชได้นำร่องระบบจองสิทธิฉีดวัคซีน"
    assert ("organisation", "โรงพยาบาลศิริราช") in _entities(body)


def test_bare_asia_in_a_frame_that_makes_it_the_region() -> None:
    # details/36506
    body = "ซึ่งเป็นสินค้าของไทยที่มีศักยภาพการส่งออกทั้งตลาดสหรัฐ ตลาดยุโรปและเอเชีย\nโฆษกประจำสำนักนายกรัฐมนตรียังเปิดเผยว่า"
    assert "เอเชีย" in _places(body)
    # details/54095
    body = "โดยถือเป็นอันดับ 3 ของเอเชีย รองจากประเทศญี่ปุ่นและเกาหลีใต้"
    assert "เอเชีย" in _places(body)
    # details/53837
    body = "จากการติดอันดับร้านอาหารที่ดีที่สุดในเอเชีย งานประกาศรางวัล Asia’s 50 Best Restaurants"
    assert "เอเชีย" in _places(body)


def test_bare_asia_inside_a_name_is_no_place() -> None:
    # the names the glossary alias took (heldout42's README): an airline, a nickname, an event
    for body in ("สายการบินไทยแอร์เอเชีย", "รักษาความเป็นดีทรอยต์แห่งเอเชีย (Detroit of Asia)", "ในการแข่งขันเอเชียนเกมส์ ครั้งที่ 19"):
        assert "เอเชีย" not in _places(body)


def test_a_thai_province_with_one_slip_after_its_prefix() -> None:
    # details/45824
    body = "ลงพื้นที่ตรวจสถานการณ์น้ำท่วม อ.หล่มสัก จ.เพชรบรูณ์ หลังฝนตกต่อเนื่อง"
    assert "จ.เพชรบรูณ์" in _places(body)
    # details/67370
    body = "ร่วมพิธี\n9. จังหวัดสมทุรสงคราม ที่พระอุโบสถวัดประดู่ พระอารามหลวง"
    assert "จังหวัดสมทุรสงคราม" in _places(body)
    # details/68870
    body = "กลุ่มหัตถกรรมผ้าไหมบ้านดู่ (ผ้าไหมมัดหมี่) จังหวัดหนองบัวลำพู : กลุ่มทอผ้าแม่เอื้อมคำ"
    assert "จังหวัดหนองบัวลำพู" in _places(body)


def test_a_foreign_province_near_a_short_form_is_not_a_slip() -> None:
    # details/44310's list of Cambodian provinces: อุดรเมียนเจย is not a slip of อุดรฯ (Udon Thani's short form)
    body = "จังหวัดบันเตียเมียนเจย จังหวัดอุดรเมียนเจย จังหวัดพระวิหาร"
    assert not any(p.startswith("จังหวัดอุดร") and p != "จังหวัดอุดรเมียนเจย" for p in _places(body))


def test_bare_asia_before_a_function_word() -> None:
    # details/52282
    body = "จะก้าวขึ้นเป็นเสือตัวที่ 5 ของเอเชียเมื่อราว 30 ปีก่อนกลับคืนมา"
    assert "เอเชีย" in _places(body)
