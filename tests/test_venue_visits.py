"""Venues named by a cue before and the area after them (briefing/thai/venue_visits.py), on corpus sentences
quoted verbatim (thaigov-v2)."""

from __future__ import annotations

from entity_helpers import place_english, places


def test_a_farm_visited_and_placed_by_its_subdistrict_is_a_venue() -> None:
    # https://www.thaigov.go.th/news/contents/details/66707
    body = ("ต่อด้วยการลงพื้นที่ ณ สายล้อมฟาร์ม ตำบลสังขะ อำเภอสังขะ จังหวัดสุรินทร์ "
            "เพื่อตรวจเยี่ยมผลการดำเนินงานหลักสูตรประกาศนียบัตรการผลิตสัตว์เศรษฐกิจ")
    assert places(body)[:2] == ["สายล้อมฟาร์ม", "ตำบลสังขะ"]


def test_a_petrol_station_after_briwen_is_a_venue_a_body_after_na_is_not() -> None:
    # https://www.thaigov.go.th/news/contents/details/99242
    body = ("จากนั้น นายประเสริฐและคณะเดินทางร่วมวางดอกไม้ไว้อาลัย ณ สถานเกิดเหตุความรุนแรงบริเวณสถานีบริการน้ำมันบ้านผือ "
            "อำเภอกันทรลักษณ์ ที่ทำให้มีผู้เสียชีวิตและบาดเจ็บหลายราย")
    assert "สถานีบริการน้ำมันบ้านผือ" in places(body)
    # https://www.thaigov.go.th/news/contents/details/84320: the field is a venue; "หน้าตำรวจภูธร..." (in front
    # of a body) and a village hall's common name are not taken by this rule
    body = ("ไปยังจุดที่ 6 ณ บริเวณสนามฟุตบอลหญ้าเทียมบางกลาง อำเภอเมืองระนอง ไปยังจุดที่ 7 จุดรับส่งธง "
            "ณ บริเวณหน้าสำนักงานเทศบาลเมืองบางริ้น (หลังเก่า) อำเภอเมืองระนอง")
    found = places(body)
    assert "สนามฟุตบอลหญ้าเทียมบางกลาง" in found
    assert not any(p.startswith(("หน้า", "สำนักงาน")) for p in found)


def test_named_sluice_gates_and_pumping_stations_are_places() -> None:
    # https://www.thaigov.go.th/news/contents/details/47422
    body = ("ทำให้เกิดฝนตกหนักในพื้นที่ต่อเนื่อง ประกอบกับประตูระบายน้ำพลเทพ ประตูระบายน้ำโพธิ์พระยา "
            "และประตูระบายน้ำสองพี่น้อง ได้เพิ่มปริมาณการระบายน้ำลงสู่แม่น้ำท่าจีน")
    found = places(body)
    assert found[:3] == ["ประตูระบายน้ำพลเทพ", "ประตูระบายน้ำโพธิ์พระยา", "ประตูระบายน้ำสองพี่น้อง"]
    # https://www.thaigov.go.th/news/contents/details/59365: the station keeps its number; the kind
    # "สถานีสูบน้ำตามแนวคลองชายทะเล" (stations along the coastal canal) names none
    body = ("ภายหลังการลงพื้นที่ตรวจเยี่ยมและติดตามการบริหารจัดการน้ำของสถานีสูบน้ำตามแนวคลองชายทะเล "
            "ที่สถานีสูบน้ำชลหารพิจิตร 3  (คลองด่าน) และสถานีสูบน้ำเจริญราษฎร์ วันนี้ (17 ก.ย.)")
    found = places(body)
    assert "สถานีสูบน้ำชลหารพิจิตร 3" in found
    assert not any(p.startswith("สถานีสูบน้ำตาม") for p in found)


def test_a_government_centre_and_a_power_plant_named_by_their_town_are_places() -> None:
    # https://www.thaigov.go.th/news/contents/details/73342
    body = ("3. จังหวัดหนองบัวลำภู ที่ศูนย์ราชการจังหวัดหนองบัวลำภู นายสุวิทย์ จันทร์หวร "
            "ผู้ว่าราชการจังหวัดหนองบัวลำภู เป็นประธานกิจกรรมจิตอาสาพัฒนา")
    english = place_english(body)
    assert english.get("ศูนย์ราชการจังหวัดหนองบัวลำภู") == "Nong Bua Lam Phu Provincial Government Centre"
    # https://www.thaigov.go.th/news/contents/details/60347
    body = ("ขออนุมัติผ่อนผันมติคณะรัฐมนตรีที่เกี่ยวข้องกับการเข้าใช้ประโยชน์ในพื้นที่ป่าชายเลน"
            "เพื่อใช้เป็นสถานที่ตั้งโรงไฟฟ้าบางปะกงของการไฟฟ้าฝ่ายผลิตแห่งประเทศไทย")
    assert place_english(body).get("โรงไฟฟ้าบางปะกง") == "Bang Pakong Power Plant"
