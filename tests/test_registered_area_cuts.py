"""A district whose registered name starts with a clause word (จะนะ, จะแนะ: newmm cuts จะ|นะ and reads จะ as 'will')
or is cut by newmm inside (ภู|เพียง) is the district, and a police station named after it keeps the name. Before,
อำเภอจะนะ (Chana, Songkhla) and อำเภอจะแนะ were not found at all and the station was cut to its kind."""

from briefing.model import Release
from briefing.thai import analyze


def _entities(body: str) -> dict[str, tuple[str, str | None]]:
    return {e.text: (e.type, e.english) for e in analyze(Release(title="x", body=body)).entities}


def test_a_district_named_with_a_clause_word_first() -> None:
    # details/97459 (2025-06-14): the four Songkhla districts of the southern border measures
    found = _entities("ปัตตานี ยะลา นราธิวาส สตูล และ 4 อำเภอของจังหวัดสงขลา ได้แก่ อำเภอจะนะ, นาทวี, เทพา, และสะบ้าย้อย "
                      "รวมทั้งหมด 68 แห่ง")
    assert found["อำเภอจะนะ"] == ("place", "Chana District")


def test_a_police_station_and_its_district() -> None:
    # seeds/ด้านกฎหมายฯ (details/96740, 2025-05-24): the justice minister visits Chanae, Narathiwat
    found = _entities("ติดตามความคืบหน้าการแก้ปัญหายาเสพติดในพื้นที่จังหวัดนราธิวาส ณ สถานีตำรวจภูธรจะแนะ อำเภอจะแนะ "
                      "จังหวัดนราธิวาส จากนั้น เดินทางต่อไปที่")
    assert found["อำเภอจะแนะ"] == ("place", "Chanae District")
    assert found["สถานีตำรวจภูธรจะแนะ"] == ("place", "Chanae Police Station")
    assert "สถานีตำรวจภูธร" not in found


def test_a_district_newmm_cuts_inside() -> None:
    # details/87441: relief bags taken to Phu Phiang, Nan
    found = _entities("ได้ลงพื้นที่ร่วมกับมูลนิธิร่วมกตัญญูไปที่อำเภอภูเพียง เพื่อมอบถุงยังชีพจำนวน 100 ชุด")
    assert found["อำเภอภูเพียง"][0] == "place"
    assert "อำเภอภู" not in found
