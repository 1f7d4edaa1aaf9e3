"""The police-station and soi scans share one reading of the name after their head word (place_cues._name_after)."""

from __future__ import annotations

from briefing.thai.place_cues import police_stations, sois


def _texts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[a:b] for a, b in spans]


def test_police_station_name_ends_before_a_stop_word_or_verb() -> None:
    text = "เจ้าหน้าที่นำตัวไปที่สถานีตำรวจภูธรสุวรรณภูมิเพื่อดำเนินคดีต่อไป"
    assert _texts(text, police_stations(text)) == ["สถานีตำรวจภูธรสุวรรณภูมิ"]


def test_police_station_of_a_kind_names_none() -> None:
    text = "ให้ผู้เสียหายไปแจ้งความที่สถานีตำรวจในพื้นที่โดยเร็ว"
    assert police_stations(text) == []


def test_soi_takes_its_number_and_a_kind_names_none() -> None:
    text = "เกิดเหตุในซอยรามคำแหง 39 เขตวังทองหลาง"
    assert _texts(text, sois(text)) == ["ซอยรามคำแหง 39"]
    assert sois("รถติดอยู่ในซอยนี้นานมาก") == []
    assert sois("ร้านข้าวซอยเจ้าดังของเชียงใหม่") == []
