"""A federal republic's name opens with สหพันธ์, a federation's head word: the country, not a body
(place_country_heads); a province's common name written alone (โคราช) and in quotes (mined_places); USA after a
city in English. Quotes are verbatim from thaigov-v2 corpus releases outside the bench sets and dev (the release's
page in the comment above each)."""

from __future__ import annotations

from briefing.thai.entities import find_entities
from briefing.thai.gazetteer import gazetteer
from briefing.thai.place_country_heads import country_not_body


def _ents(body: str) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in find_entities("", body)[0] if e.type in ("place", "organisation")]


def test_ambassadors_post_gives_the_country_and_thailand() -> None:
    # details/58915: the ambassador's post, glued to its seat
    body = "นายโอวีคูโรมา โอโรกุน เจบะฮ์ เอกอัครราชทูตสหพันธ์สาธารณรัฐไนจีเรียประจำประเทศไทยได้เข้าเยี่ยมคารวะนายกรัฐมนตรี"
    ents = _ents(body)
    assert ("place", "สหพันธ์สาธารณรัฐไนจีเรีย") in ents
    assert ("place", "ประเทศไทย") in ents
    assert not [t for typ, t in ents if typ == "organisation" and t.startswith("สหพันธ์")]
    # details/76082: spaced, and the country written เยอรมัน
    body = "(H.E.Mr.Ernst Wolfgang Reichel) เอกอัครราชทูตสหพันธ์สาธารณรัฐเยอรมัน ประจำประเทศไทย เข้าพบ นพ.พรหมินทร์"
    ents = _ents(body)
    assert ("place", "สหพันธ์สาธารณรัฐเยอรมัน") in ents
    assert ("place", "ประเทศไทย") in ents


def test_country_before_a_clause_is_the_country() -> None:
    # details/93991: the head rules ran on into ผ่านโครงการ...
    body = "(สผ.) จึงดำเนินการร่วมกับสหพันธ์สาธารณรัฐเยอรมนีผ่านโครงการความร่วมมือไทย-เยอรมัน ด้านพลังงาน"
    assert ("place", "สหพันธ์สาธารณรัฐเยอรมนี") in _ents(body)


def test_bodies_that_name_the_country_inside_stay_bodies() -> None:
    g = gazetteer()
    text = "สถานเอกอัครราชทูตสหพันธ์สาธารณรัฐเยอรมนีประจำประเทศไทย จัดงาน"
    assert not country_not_body(text, 0, text.index(" "), g)
    text = "สหพันธ์ฟุตบอลนานาชาติ ประจำประเทศไทย"  # a federation: no country in its name
    assert not country_not_body(text, 0, len(text), g)
    text = "สหพันธ์สาธารณรัฐเยอรมนี"  # the country alone: nothing runs past it
    assert not country_not_body(text, 0, len(text), g)


def test_korat_alone_and_in_quotes() -> None:
    # details/100062
    body = "เชิญชวนบริษัทด้าน Cloud และ Data Center เข้ามาตั้งฐานในพื้นที่โคราช ซึ่งจะช่วยยกระดับจังหวัด"
    assert ("place", "โคราช") in _ents(body)
    # details/85289
    body = "ศูนย์กลางของภาคตะวันออกเฉียงเหนือ ย้ำ “โคราช” เหมาะสมเป็นศูนย์กลาง"
    assert ("place", "โคราช") in _ents(body)
    # glued inside another name it is left to that name's rules
    assert ("place", "โคราช") not in _ents("ได้รับการรับรอง “โคราชจีโอพาร์ค” เป็นอุทยานธรณีโลก")


def test_usa_after_a_city() -> None:
    # details/71038
    body = "TAT has also planned to open a new office in Chicago, USA, in addition to its existing offices in"
    assert ("place", "USA") in _ents(body)
    # details/74866
    body = "November 15, 2023, at 1400hrs (San Francisco, U.S.A. local time), at the Moscone Convention Center"
    assert ("place", "U.S.A.") in _ents(body)
