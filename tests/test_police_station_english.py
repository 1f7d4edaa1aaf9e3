"""Police stations in English by their area: สถานีตำรวจภูธรเมืองชลบุรี is 'Mueang Chon Buri Police Station'. Before,
a station named as a body had no English at all, and one gone to was romanised whole by the generic 'สถานี ...
Station' pattern ('Tamruatphuthon Pakkhlong Rangsit Station')."""

from briefing.model import Release
from briefing.thai import analyze


def _english(body: str) -> dict[str, tuple[str, str | None, str | None]]:
    return {e.text: (e.type, e.english, e.english_source) for e in analyze(Release(title="x", body=body)).entities
            if e.text.startswith("สถานีตำรวจ")}


def test_stations_named_by_a_registered_district() -> None:
    # details/94237: the bodies that joined the operation
    found = _english("กองสืบสวนและปราบปราม กรมสอบสวนคดีพิเศษ สถานีตำรวจภูธรเมืองชลบุรี สถานีตำรวจภูธรแหลมฉบัง "
                     "และตำรวจภูธรภาค 2")
    assert found["สถานีตำรวจภูธรเมืองชลบุรี"][1] == "Mueang Chon Buri Police Station"
    assert found["สถานีตำรวจภูธรเมืองชลบุรี"][2] == "listed"
    assert found["สถานีตำรวจภูธรแหลมฉบัง"][1] == "Laem Chabang Police Station"


def test_a_bangkok_metropolitan_station() -> None:
    # details/93715: 'ในพื้นที่เขตคันนายาว ... ภายใต้ความรับผิดชอบของสถานีตำรวจนครบาลคันนายาว'
    found = _english("ในพื้นที่เขตคันนายาว คลองสามวา กทม.ภายใต้ความรับผิดชอบของสถานีตำรวจนครบาลคันนายาว "
                     "กองบังคับการตำรวจนครบาล 2")
    assert found["สถานีตำรวจนครบาลคันนายาว"][1] == "Khan Na Yao Police Station"


def test_a_station_the_register_lacks_is_romanised_and_says_so() -> None:
    # details/96034: 'เจ้าหน้าที่ตำรวจ สถานีตำรวจภูธรปากคลองรังสิต รับเรื่องไปเพื่อสอบปากคำ'
    found = _english("สำหรับผู้เสียหายจำนวน 14 ราย เจ้าหน้าที่ตำรวจ สถานีตำรวจภูธรปากคลองรังสิต รับเรื่องไปเพื่อสอบปากคำ")
    _, english, source = found["สถานีตำรวจภูธรปากคลองรังสิต"]
    assert english is not None and english.endswith(" Police Station") and "Tamruat" not in english
    assert source == "romanised"
