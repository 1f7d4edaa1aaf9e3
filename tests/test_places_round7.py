"""Places, issue 11 round seven (session 5): each kind quoted verbatim from corpus releases (thaigov-v2
pages named by their details id; none is an eval dev file), with the near misses each rule must leave."""

from __future__ import annotations

from entity_helpers import place_english as _places

from briefing.thai.entities import find_entities


def test_a_named_river_basin_lake_or_canal_needs_no_venue_word_before_it() -> None:
    # details/77559: a bridge over a river
    found = _places("ได้ดำเนินโครงการก่อสร้างสะพานคอนกรีตเสริมเหล็กข้ามแม่น้ำปิง เชื่อมหมู่ที่ 6 บ้านหนองกอก ตำบลสันมหาพน อำเภอ")
    assert found.get("แม่น้ำปิง") == "Ping River"
    # details/41547: a basin
    found = _places("พืชไร่-พืชผัก 0.55 ล้านไร่ เฉพาะลุ่มน้ำเจ้าพระยาไม่มีแผนการเพาะปลูกข้าวนาปรัง เนื่องจาก")
    assert "ลุ่มน้ำเจ้าพระยา" in found
    # details/47077: a lake, then และ
    found = _places("มีลักษณะภูมิประเทศเป็นที่ราบชายทะเล ถูกขนาบด้วยทะเลสาบสงขลาและทะเลอ่าวไทย พื้นที่ราบริมทะเลสาบ")
    assert "ทะเลสาบสงขลา" in found
    # details/59748: a canal named after a Bangkok district (น้อย alone would read as a verb)
    found = _places("ช่วงเชื่อมต่อสถานีรถไฟฟ้าสายสีแดงอ่อน เลียบคลองบางกอกน้อย บนพื้นที่ 4.67 ไร่ (7,456 ตารางเมตร)")
    assert "คลองบางกอกน้อย" in found


def test_a_kind_of_waterway_or_a_verb_after_the_head_names_none() -> None:
    # details/84269: a diversion canal (a kind), then the named canal
    found = _places("ได้ดำเนินโครงการก่อสร้างสะพานข้ามคลองผันน้ำคลองชุมพร (กม. 12+260) อำเภอเมือง จังหวัดชุมพร")
    assert "คลองชุมพร" in found
    assert not any(p.startswith("คลองผันน้ำ") for p in found)
    # details/98948: the water in the river rises
    assert not any(p.startswith("แม่น้ำ") for p in _places(
        "เกิดน้ำป่าไหลหลาก และระดับน้ำในแม่น้ำเพิ่มสูงขึ้นอย่างต่อเนื่อง สร้างความเสียหายต่อทรัพย์"))
    # details/95225: a watershed class, not a basin's name
    assert not any(p.startswith("ลุ่มน้ำ") for p in _places(
        "ขอผ่อนผันการเข้าทำประโยชน์ในพื้นที่ลุ่มน้ำชั้นที่ 1 เอ เพื่อดำเนินงานก่อสร้างระบบจำหน่ายไฟฟ้า"))
    # details/72345: rivers and canals in general
    assert not any(p.startswith("แม่น้ำ") for p in _places(
        "โดยการดูแลรักษาแม่น้ำลำคลองที่มีการเชื่อมโยงหรือเชื่อมต่อกับแหล่งน้ำจังหวัด"))


def test_a_province_after_a_spaced_head_is_one_place() -> None:
    # details/59748: จ. then a space
    found = _places("นิคมอุตสาหกรรมโรจนะ แหลมฉบัง จ.ชลบุรี นิคมอุตสาหกรรมโรจนะ หนองใหญ่ จ. ชลบุรี นิคมอุตสาหกรรมเอเชีย คลีน จ.ชลบุรี")
    assert found.get("จ. ชลบุรี") == "Chon Buri Province"
    # details/88988: จังหวัด then a space
    found = _places("ผ่านการจัดตั้ง Rapid Financing Facility ภายใต้มาตรการริเริ่มที่จังหวัด เชียงใหม่ของไทย ไปสู่การเป็นพหุภาคี")
    assert found.get("จังหวัด เชียงใหม่") == "Chiang Mai Province"


def test_an_airport_named_after_its_town_or_written_with_nanachat() -> None:
    # details/55524: สนามบิน + a district the register holds
    found = _places("ที่ประชุมได้รับทราบผลการขับเคลื่อนสนามบินเบตงที่ได้เปิดให้บริการเชิงพาณิชย์มาตั้งแต่")
    assert found.get("สนามบินเบตง") == "Betong Airport"
    # details/57453: the glossary's airport under its สนามบิน name
    found = _places("3. จากเหตุการณ์ดังกล่าว ส่งผลให้สนามบินแม่ฟ้าหลวงเชียงราย (ทชร.) ต้องปิดการให้บริก")
    assert found.get("สนามบินแม่ฟ้าหลวง") == "Mae Fah Luang - Chiang Rai International Airport"
    # details/55737: airports in the regions' cities, no airport named (ในเมือง is also a subdistrict)
    found = _places("ควบคู่กับกระทรวงคมนาคมกำลังดำเนินการพัฒนาสนามบินในเมืองภูมิภาค อาทิ เชียงใหม่ เชียงราย อุดร")
    assert not any(p.startswith("สนามบิน") for p in found)



def test_a_mall_named_by_its_brand_and_branch_town() -> None:
    # details/76051: a chain's mall and the town it is in
    found = _places("12 ธันวาคม 2566 ณ จังหวัดขอนแก่นทั้งมหาวิทยาลัยขอนแก่น และศูนย์การค้าเซ็นทรัล ขอนแก่น ภายในงานประกอบด้วยกิจกรรมมากมาย")
    assert found.get("ศูนย์การค้าเซ็นทรัล ขอนแก่น") == "Central Khon Kaen"
    # details/44558: a branch named by its road
    found = _places("และร้านธงฟ้า เป็นต้น โดยใช้ศูนย์การค้าเซ็นทรัล พระราม 9 และเซ็นทรัล เวสต์เกต เป็นจุด Drop off")
    assert found.get("ศูนย์การค้าเซ็นทรัล พระราม 9") == "Central Rama 9"
    # details/41761: the branch glued to the brand, after a department-store word
    found = _places("ณ จุดฉีดวัคซีนโควิด-19 บริเวณ MCC Hall ชั้น 4 ห้างสรรพสินค้าเดอะมอลล์บางกะปิ เขตบางกะปิ กรุงเทพมหานคร")
    assert found.get("ห้างสรรพสินค้าเดอะมอลล์บางกะปิ") == "The Mall Bang Kapi"
    # details/40433: a single mall, then the city it is in (not a branch)
    found = _places("ระหว่างวันที่ 26 – 27 มีนาคม 2564 ณ ฟอร์จูนสตรีท ศูนย์การค้าฟอร์จูนทาวน์ กรุงเทพมหานคร จะจบลงแล้ว")
    assert found.get("ศูนย์การค้าฟอร์จูนทาวน์") == "Fortune Town"
    assert "กรุงเทพมหานคร" in found


def test_a_brand_inside_a_hospital_or_company_name_is_no_mall() -> None:
    # details/89003: a hospital named after the city
    found = _places("ในจำนวนนี้ยังต้องปิดบริการ 3 แห่ง คือ รพ.ค่ายกาวิละ, รพ.เซ็นทรัลเชียงใหม่ เมโมเรียล จ.เชียงใหม่ และ")
    assert not any("เซ็นทรัล" in p for p in found)
    # details/91340: the mall developer
    found = _places("ไปทั่วประเทศ ร่วมกับบริษัท เซ็นทรัลพัฒนา จำกัด (มหาชน) พร้อมร่วมกันส่งเสริมให้")
    assert not any("เซ็นทรัล" in p for p in found)


def test_districts_listed_bare_with_no_head_before_the_list() -> None:
    # details/69215: after ประกอบด้วย, no อำเภอ before any of them
    found = _places("รวมถึงพื้นที่ 4 อำเภอ จังหวัดสงขลา ประกอบด้วย เทพา จะนะ นาทวี และสะบ้าย้อย ให้มีเงินทุนนำไปใช้ได้ทั้งเสริม")
    assert found.get("จะนะ") == "Chana District"
    assert {"นาทวี", "สะบ้าย้อย"} <= set(found)
    # details/74002: a zone named by its districts joined with dashes
    found = _places("อันดับ 2 ได้แก่ ที่ดินในโซนบางพลี-บางบ่อ-บางเสาธง มีอัตราการเปลี่ยนราคาร้อยละ 22.3")
    assert {"บางพลี", "บางบ่อ", "บางเสาธง"} <= set(found)


def test_a_district_name_alone_inside_a_body_is_not_taken_bare() -> None:
    # details/63704: a police station (สภ.) named after its district, no other district beside it
    found = _places("เจ้าหน้าที่จึงนำตัวพร้อมของกลางส่งพนักงานสอบสวน สภ.ไชยปราการ เพื่อดำเนินคดีตามกฎหมายต่อไป")
    assert "ไชยปราการ" not in found


def test_checkpoints_piers_and_islands_in_a_run_of_the_same_head() -> None:
    # details/54351: pairs of border checkpoints, the Malaysian side named in Thai letters
    found = _places("ด่าน ได้แก่ (1) ด่านถาวรด่านเปิงกาลันกุโบร์ – ด่านตาบา (2) ด่านบูกิตบุหงา – ด่านบูเก๊ะตา และ (3) ด่านรันเตาปันยัง – ด่านสุไหงโก-ลก\n")
    assert {"ด่านบูกิตบุหงา", "ด่านบูเก๊ะตา", "ด่านรันเตาปันยัง"} <= set(found)
    # details/54964: two piers
    found = _places("ร่วมตรวจเยี่ยมการทำความสะอาดในแม่น้ำเจ้าพระยาตั้งแต่ท่าเรือท่าเตียน – ท่าเรือศิริราช และจุดบริการช่วยเหลือประชาชน")
    assert {"ท่าเรือท่าเตียน", "ท่าเรือศิริราช"} <= set(found)
    # details/67595: islands, one named by a common word (ห้อง)
    found = _places("สามารถล่องเรือชมแหล่งท่องเที่ยวชื่อดังหลายแห่ง เช่น เกาะละวะ เกาะห้อง เกาะพนัก และพิพิธภัณฑ์เบญญารัญ ชมของเก่า")
    assert {"เกาะละวะ", "เกาะห้อง", "เกาะพนัก"} <= set(found)


def test_kinds_of_checkpoint_in_a_run_name_none() -> None:
    # details/50135: community and service checkpoints (kinds), then where they are
    found = _places("รัฐมนตรีช่วยว่าการกระทรวงสาธารณสุข ตรวจเยี่ยมด่านชุมชนและด่านบริการประชาชน ที่ อ.ปากช่อง จ.นครราชสีมา")
    assert not any(p.startswith("ด่าน") for p in found)


def test_coasts_are_regions() -> None:
    # details/36467: the southern provinces on the Andaman side, as the Interior ministry's provincial cluster (one
    # place with its kind, as heldout49's gold lists กลุ่มจังหวัดภาคเหนือตอนบน; s8-bounds)
    found = _places("สำหรับข้อเสนอแนะของผู้ประกอบการในภูเก็ตและกลุ่มจังหวัดภาคใต้ฝั่งอันดามัน ทั้งการเยียวยาฟื้นฟูท่องเที่ยว")
    assert found.get("กลุ่มจังหวัดภาคใต้ฝั่งอันดามัน") == "Southern West Coast Provincial Cluster"
    # details/72897
    found = _places("3) เขตตรวจราชการที่ 16 ของสำนักนายกรัฐมนตรี ได้แก่ กลุ่มจังหวัดภาคเหนือตอนบน 2 ประกอบด้วย จังหวัดเชียงราย")
    assert found.get("กลุ่มจังหวัดภาคเหนือตอนบน 2") == "Upper Northern Provincial Cluster 2"
    # details/35110: the Gulf coast (not the gulf itself)
    found = _places("ได้ดำเนินการจัดสร้างแหล่งอาศัยสัตว์ทะเล (ปะการังเทียม) ในพื้นที่ฝั่งอ่าวไทยและอันดามัน รวมทั้งสิ้น 8 แห่ง")
    assert found.get("ฝั่งอ่าวไทย") == "Gulf of Thailand coast"


def test_a_bangkok_district_named_bare_then_bangkok() -> None:
    # details/96773
    found = _places("บริเวณลานด้านหน้าอาคาร Tower ธ.ก.ส. สำนักงานใหญ่ บางเขน กรุงเทพมหานครฯ เดินทางสะดวกด้วยรถไฟฟ้า BTS")
    assert found.get("บางเขน") == "Bang Khen District"


def test_a_floating_market_is_a_place_with_its_english() -> None:
    # details/67160
    found = _places("2. ท่าเรือข้ามฟากอเนกประสงค์วัดบางนางลี่ ฝั่งตลาดน้ำอัมพวา จำนวนเที่ยวเรือ 77 เที่ยว ผู้โดยสาร")
    assert found.get("ตลาดน้ำอัมพวา") == "Amphawa Floating Market"
    # details/60615: the palm-oil market, no floating market
    found = _places("ที่ประชุมเห็นชอบให้เปิดตลาดน้ำมันปาล์มและน้ำมันเนื้อในเมล็ดปาล์ม พร้อมบริ")
    assert not any(p.startswith("ตลาด") for p in found)


def test_a_country_after_a_post_or_a_function_word_is_the_country() -> None:
    # details/70027: ประธานาธิบดี is longer than the 10 letters glued_after looks back
    found = _places("ได้เข้าเยี่ยมคารวะรองประธานาธิบดีตุรกี (นายฟวต อ็อกไต) และพบหารือกับรัฐมนตรี")
    assert "ตุรกี" in found
    # details/36798 and details/83154: the country as subject or topic
    assert "นิวซีแลนด์" in _places("อาทิ การอนุรักษ์สิ่งแวดล้อม และการศึกษา ซึ่งนิวซีแลนด์มีความเชี่ยวชาญ เพื่อสร้างขีดความสามารถ")
    assert "เมียนมา" in _places("ในช่วงเวลาดังกล่าว\nประเด็นเรื่องเมียนมา ได้มีการพูดคุยเรื่องความคืบหน้า ซึ่งนาย")
    # details/38136: a misspelling releases use
    assert _places("ฟิลิปปินส์ เมียนมาร์ เวียดนาม กัมพูชา ลาว มาเลเซีย สิงค์โปร์ โดยลูกค้าสามารถทำรายการ").get("สิงค์โปร์") == "Singapore"
    # details/67523: still an adjective after a noun
    assert "ไทย" not in _places("เป็นผลมาจากเศรษฐกิจไทยที่มีแนวโน้มขยายตัวต่อเนื่อง โดยมีปัจจัยขับเคลื่อน")


def test_a_named_reservoir_and_the_national_theatre() -> None:
    # details/34487: a reservoir at the end of a pumping line
    found = _places("ติดตามความก้าวหน้าโครงการระบบสูบผันน้ำคลองสะพาน – อ่างเก็บน้ำประแสร์ มีความคืบหน้ากว่าร้อยละ 30")
    assert found.get("อ่างเก็บน้ำประแสร์") == "Prasae Reservoir"
    # details/35129: reservoirs by size, none named
    assert not any(p.startswith("อ่างเก็บน้ำ") for p in _places(
        "ปัจจุบัน (16 ก.ย.63) อ่างเก็บน้ำขนาดใหญ่และกลางทั่วประเทศ มีปริมาณรวมกันประมาณ"))
    # details/35393
    found = _places("ผู้บริหาร และแขกผู้มีเกียรติ เข้าร่วมพิธี ณ โรงละครแห่งชาติ เขตพระนคร กรุงเทพฯ")
    assert found.get("โรงละครแห่งชาติ") == "National Theatre"


def test_a_line_named_by_its_ends_in_brackets() -> None:
    # details/54191: a rail line and its two end stations
    found = _places("อันดับ 3 ได้แก่ สายสีม่วง (บางใหญ่-เตาปูน) ซึ่งเป็นโครงการ")
    assert {"บางใหญ่", "เตาปูน"} <= set(found)


def test_a_body_after_a_dated_thi_and_before_a_person_is_the_venue() -> None:
    # details/34629: the day's event at the ministry; the ministry in the post stays an organisation
    entities, _ = find_entities("", "วันนี้ (28 ส.ค. 63) ที่กระทรวงมหาดไทย นายฉัตรชัย พรหมเลิศ ปลัดกระทรวงมหาดไทย ในฐานะหัวหน้า")
    kinds = [(e.text, e.type) for e in entities]
    assert ("กระทรวงมหาดไทย", "place") in kinds
    # details/46093: after a time
    entities, _ = find_entities("", "เมื่อเวลา 09.30 น. ที่กระทรวงยุติธรรม นายสมศักดิ์ เทพสุทิน รัฐมนตรีว่าการกระทรวงยุติธรรม ")
    assert ("กระทรวงยุติธรรม", "place") in [(e.text, e.type) for e in entities]


def test_a_country_then_a_word_starting_with_its_last_letter_is_not_a_misspelling() -> None:
    # 15 of the 17 corpus releases with สหรัฐอเมริการ are the country then ระหว่าง, ร่วม, รวม...: no alias for it
    found = _places("ตเติล และนครซานฟรานซิสโก ประเทศสหรัฐอเมริการะหว่างวันที่ 10 - 15")
    assert "ประเทศสหรัฐอเมริกา" in found


def test_a_national_park_glued_after_an_ordinary_word_is_named() -> None:
    """thaigov.go.th details/81066 and 76610: the park head glued after เขต (an ordinary word here) or after
    และ is still a named park when a natural feature names it; the department and the park office are not."""
    text = ("นำตัวส่งโรงพยาบาล หลังเข้าช่วยผู้ป่วยตกเขาในพื้นที่เขตอุทยานแห่งชาติดอยภูคา จ.น่าน "
            "มีอาการกระดูกซี่โครงหัก")
    assert "อุทยานแห่งชาติดอยภูคา" in _places(text)
    text = ("ในเขตอุทยานแห่งชาติหมู่เกาะสุรินทร์ และอุทยานแห่งชาติอ่าวพังงา ว่า "
            "ได้กำชับเจ้าหน้าที่กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช")
    places = _places(text)
    assert {"อุทยานแห่งชาติหมู่เกาะสุรินทร์", "อุทยานแห่งชาติอ่าวพังงา"} <= places.keys()
    assert not any(p.startswith("อุทยานแห่งชาติ สัตว์") for p in places)


def test_a_national_park_head_before_a_phrase_names_no_park() -> None:
    """thaigov.go.th details/71612: อุทยานแห่งชาติบางส่วน (part of a park), ...ทับซ้อน are no names."""
    text = ("กรณีที่เป็นการขยายหรือการเพิกถอนอุทยานแห่งชาติบางส่วนให้มีแผนที่แสดงแนวเขต "
            "มีอุทยานแห่งชาติทับซ้อนกับเขตปฏิรูปที่ดิน")
    assert not any(p.startswith("อุทยานแห่งชาติ") for p in _places(text))
