"""Places, precision sweep (session 5): each kind found false or cut wrong on random corpus releases, quoted
verbatim (thaigov pages named by their details id; none is an eval dev file nor in a held-out set), with the
near misses each rule must leave."""

from __future__ import annotations

from briefing.thai.entities import find_entities


def _places(body: str) -> list[str]:
    entities, _ = find_entities("", body)
    return [e.text for e in entities if e.type == "place"]


def test_a_temple_name_cut_by_the_word_breaker_runs_on_to_its_ending() -> None:
    # https://www.thaigov.go.th/news/contents/details/56460
    found = _places("(ธรรมยุต) วัดโสมนัสราชวรวิหาร พระจินดารัตนาภรณ์ เจ้าคณะจังหวัดลำปาง วัดพระแก้วดอนเต้าสุชาดาราม "
                    "พระครูวิสุทธิศีลคุณ เจ้าคณะจังหวั")
    assert "วัดพระแก้วดอนเต้าสุชาดาราม" in found and "วัดพระแก้ว" not in found
    assert "วัดโสมนัสราชวรวิหาร" in found
    # https://www.thaigov.go.th/news/contents/details/60133
    found = _places("รพ.สต.มะกอก จ.มหาสารคาม ตั้งจุดบริการที่วัดจันทร์ประดิษฐ์ บ้านท่ามะกอก, รพ.สต.หนองเมือง")
    assert "วัดจันทร์ประดิษฐ์" in found and "วัดจันทร์" not in found
