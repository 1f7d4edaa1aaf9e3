"""English forms of places a reader should not see romanised (session 20): main roads (briefing/thai/roads.py,
briefing/data/roads.toml), bare areas of the register, temples' royal ranks. Sentences quoted verbatim from
thaigov-v2 corpus releases."""

from __future__ import annotations

from tests.entity_helpers import place_english


def test_a_main_road_has_its_english_name() -> None:
    # details/94263: it was 'Wiphawadirangsit Road'
    body = "ทางหลวงในทางหลวงแผ่นดินหมายเลข 31 ถนนวิภาวดีรังสิต ตอน ดินแดง - ดอนเมือง ฉบับที่"
    assert place_english(body).get("ถนนวิภาวดีรังสิต") == "Vibhavadi Rangsit Road"
    # details/79878: it was 'Phraram 2 Road'
    body = ") มอบให้กรมทางหลวงบริหารจัดการการจราจรบนถนนพระราม 2 โดยเฉพาะจุดที่เป็นคอขวด หรือจุ"
    assert place_english(body).get("ถนนพระราม 2") == "Rama II Road"


def test_the_table_reads_a_number_after_a_known_name() -> None:
    from briefing.thai import roads

    assert roads.english("ถนนกำแพงเพชร 6") == "Kamphaeng Phet 6 Road"
    assert roads.english("ถนนพระรามที่ 4") == "Rama IV Road"
    assert roads.english("ถนนเลียบคลองสาม") is None  # not in the table: romanised as before


def test_a_bare_registered_area_has_the_registers_english() -> None:
    # details/94263: the ends of a road's section, bare Bangkok districts, were 'Dindaeng' and 'Donmueang'
    body = "ทางหลวงในทางหลวงแผ่นดินหมายเลข 31 ถนนวิภาวดีรังสิต ตอน ดินแดง - ดอนเมือง ฉบับที่"
    found = place_english(body)
    assert found.get("ดินแดง") == "Din Daeng" and found.get("ดอนเมือง") == "Don Mueang"


def test_a_temples_royal_rank_has_its_own_english() -> None:
    # details/90027: the rank was romanised with the name, 'Wat Phrathat Choeng Chum Wonwihan'
    body = "ักนายกรัฐมนตรี ประจำปี 2567 ณ วัดพระธาตุเชิงชุมวรวิหาร ยอดเงินถวายผ้าพระกฐ"
    assert (place_english(body).get("วัดพระธาตุเชิงชุมวรวิหาร") or "").endswith(" Worawihan")
    from briefing.thai import place_temple_ranks

    assert place_temple_ranks.english("วัดโสธรวราราม วรวิหาร", lambda s: "Sothon Wararam") == "Wat Sothon Wararam Worawihan"
    assert place_temple_ranks.english("วัดศรีโสดา", lambda s: s) is None  # no rank: romanised whole as before


def test_a_venue_named_only_by_its_kind_is_translated() -> None:
    # random 2023-2025 releases (session 20): 'Anekprasong Building', a romanisation of 'multipurpose'
    assert place_english("ณ อาคารอเนกประสงค์ ชั้น 1 ได้จัด").get("อาคารอเนกประสงค์") == "Multipurpose Building"


def test_a_province_after_a_route_word_is_the_province() -> None:
    # details/94999: it was 'Ratchasima' (the city head นคร, as in นครเจนีวา, took the province's first word)
    body = "กี่ยวกับโครงการรถไฟความเร็วสูงไทย - จีน ระยะที่ 2 ช่วงนครราชสีมา - หนองคาย ระยะทาง 356 กิโลเมตร ว่า ขณะนี้ การรถไฟ"
    assert place_english(body).get("นครราชสีมา") == "Nakhon Ratchasima"


def test_a_venue_named_by_what_it_is_is_translated_not_romanised() -> None:
    # details/86997: they were 'Haengchat Art Gallery' and 'Watthanatham Asian Centre'
    body = "หว่างวันที่ 9 - 11 สิงหาคม 2567 ณ หอศิลป์แห่งชาติ ศูนย์วัฒนธรรมอาเซียน กระทรวงวัฒนธรรม และ Art for All Village"
    english = place_english(body)
    assert english.get("หอศิลป์แห่งชาติ") == "National Art Gallery"
    assert english.get("ศูนย์วัฒนธรรมอาเซียน") == "ASEAN Cultural Centre"
    # details/71120: it was 'Hosin Haengchat Building'
    body = "อมวลชน เข้าร่วมในพิธี ณ ห้องแกลลอรี 5 ชั้น 1 อาคารหอศิลป์แห่งชาติ กระทรวงวัฒนธรรม เขตห้วยขวาง กรุงเทพมหาน"
    assert place_english(body).get("อาคารหอศิลป์แห่งชาติ") == "National Art Gallery Building"
    # details/80902: it was 'Sueksa Lae Phatthana Chumchon Centre'
    body = " รวม 1,000 คน ร่วมรับฟังผ่านระบบวีดิทัศน์ทางไกล ณ ศูนย์ศึกษาและพัฒนาชุมชน จำนวน 10 ศูนย์ทั่วประเทศ"
    assert place_english(body).get("ศูนย์ศึกษาและพัฒนาชุมชน") == "Community Study and Development Centre"


def test_an_economic_corridor_and_an_industrial_estate_have_english_kinds() -> None:
    # details/94657: it was 'Rabiang Setthakit Phiset Phaktai'
    body = "มคิดเห็นของผู้มีส่วนเกี่ยวข้องกับร่างพระราชบัญญัติระเบียงเศรษฐกิจพิเศษภาคใต้ พ.ศ. ...."
    assert place_english(body).get("ระเบียงเศรษฐกิจพิเศษภาคใต้") == "Southern Economic Corridor"
    # details/65332: it was 'Nikhom-utsahakam Map Ta Phut'
    body = "็มทีพี แอลเอ็นจี เทอร์มินัล จำกัด เพื่อขยายพื้นที่นิคมอุตสาหกรรมมาบตาพุดด้วยการถมทะเลพื้นที่ 1,000 ไร่"
    assert place_english(body).get("นิคมอุตสาหกรรมมาบตาพุด") == "Map Taphut Industrial Estate"  # the subdistrict's DOPA spelling


def test_a_community_is_named_community() -> None:
    # details/74215: it was 'Chumchon Chaole Ra Wai A'
    body = "นที่ป้องปรามยาเสพติดเชิงรุก ระยะเร่งด่วน ในพื้นที่ชุมชนชาวเลราไวย์ หมู่ที่ 2 ตำบลราไวย์ อำเภอเมืองภูเก็ต ซ"
    assert place_english(body).get("ชุมชนชาวเลราไวย์", "").endswith(" Community")
