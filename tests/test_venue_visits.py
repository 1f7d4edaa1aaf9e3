"""Venues named by a cue before and the area after them (briefing/thai/venue_visits.py), on corpus sentences
quoted verbatim (thaigov-v2)."""

from __future__ import annotations

from entity_helpers import places


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


def test_a_proper_name_after_na_is_a_venue_a_family_name_is_not() -> None:
    # https://www.thaigov.go.th/news/contents/details/94403
    body = ("ในวันนี้รู้สึกยินดีเป็นอย่างยิ่งทีได้รับเกียรติมาเปิดงาน “Laฬ Square:มหกรรมกฎหมาย เครือข่ายนิติจุฬาฯ สู่สังคม” "
            "ที่จัดขึ้น ณ สยามแสควร์ ซึ่งในอดีตจนถึงปัจจุบันเป็นสถานที่ของคนรุ่นใหม่ที่มีความทันสมัย")
    assert "สยามแสควร์" in places(body)
    # https://www.thaigov.go.th/news/contents/details/38937: ณ starts the author's family name
    body = "มีชื่อว่า“ความรู้เรื่องเมืองไทย” เขียนโดย ดร. วิชิตวงศ์ ณ ป้อมเพชร\nทั้งนี้ เนื้อหาของหนังสือเล่มดังกล่าว"
    assert "ป้อมเพชร" not in places(body)
