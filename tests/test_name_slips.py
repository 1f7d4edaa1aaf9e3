"""A long listed name written with one slip (briefing/thai/name_slips.py).

What a reader expects (thaigov-v2 releases outside bench and dev):
- details/52043 "หน่วยงานสังกัดกระทรวงการพัฒนาสังคมและความมั่งคงของมนุษย์ 40,000 บาท": the ministry (มั่งคง for
  มั่นคง), its own text, the ministry's English;
- cabinet summary of 2 April 2024 (source: กระทรวงการคลัง) "ริเริ่มก่อตั้งโดยจีนร่วมกับสหพันรัฐรัสเซียและประเทศ": the
  Russian Federation (ธ missing; the slip is before รัสเซีย, which the scan finds);
- details/79140 "ผู้อำนวยการสถาบันวิจัยและพัฒนา มหาวิทยาลัยราชภัฎบุรีรัมย์": the university (ฎ for ฏ);
- details/83560 "รองโฆษกประจำสำนักนยกรัฐมนตรี ออกมาชี้แจง": the Office of the Prime Minister (า missing after the
  head word);
- details/50946 "ต้องอาศัยการบูรณาการการทำงานร่วมกับกระทวงการคลัง กระทรวงการต่างประเทศ": the Ministry of Finance (ร
  missing in the head word);
- details/72331 "ประธานกลุ่มมิตรภาพสมาชิกรัฐสภาสหราชอาณาจักร-ไทย": not Thailand (ราชอาณาจักรไทย one letter away, but
  it starts inside สหราชอาณาจักร);
- details/94263 "เพื่อให้มหาวิทยาลัยสามารถดำเนินการได้เอง": not Siam University (มหาวิทยาลัยสยาม one letter away, but
  it ends inside สามารถ).
"""

from briefing.thai import name_slips
from briefing.thai.entities import find_entities
from briefing.thai.gazetteer import _LATIN_START, gazetteer


def _slips(text: str) -> list[tuple[str, str]]:
    g = gazetteer()
    scan = name_slips.scan_regex()
    out = []
    pos = 0
    while (m := scan.search(text, pos)) is not None:
        found = name_slips.slipped(text, m.start(), m.end(), g) if m.group(0) else None
        if found is not None:
            out.append((text[found[0]:found[1]], found[2]))
        pos = found[1] if found is not None else m.start() + 1  # as entities' scan goes on after a name
    return out


def _ents(text: str, kind: str) -> dict[str, str | None]:
    return {e.text: e.english for e in find_entities("", text)[0] if e.type == kind}


def test_a_wrong_letter_in_the_second_half():
    text = "ได้แก่ 1) หน่วยงานสังกัดกระทรวงการพัฒนาสังคมและความมั่งคงของมนุษย์ 40,000 บาท โดยองค์การบริหารส่วนจังหวัดเชียงใหม่"
    orgs = _ents(text, "organisation")
    assert orgs["กระทรวงการพัฒนาสังคมและความมั่งคงของมนุษย์"] == gazetteer().terms["กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"].english


def test_a_missing_letter_before_a_listed_name_inside():
    text = "มีการดำเนินการทั้งหมด 3 ระยะ ซึ่งริเริ่มก่อตั้งโดยจีนร่วมกับสหพันรัฐรัสเซียและประเทศ\xa0\xa0\xa0 ต่าง ๆ"
    assert _slips(text) == [("สหพันรัฐรัสเซีย", "สหพันธรัฐรัสเซีย")]
    assert "สหพันรัฐรัสเซีย" in _ents(text, "place")


def test_a_wrong_letter_in_a_university():
    text = "ดร. ชวลิต สิมสวย\xa0 ผู้อำนวยการสถาบันวิจัยและพัฒนา มหาวิทยาลัยราชภัฎบุรีรัมย์\xa0 เข้าร่วมในการหารือประเด็น"
    assert _slips(text) == [("มหาวิทยาลัยราชภัฎบุรีรัมย์", "มหาวิทยาลัยราชภัฏบุรีรัมย์")]


def test_a_missing_vowel_after_the_head_word():
    text = "นางรัดเกล้า อินทวงศ์ สุวรรณคีรี รองโฆษกประจำสำนักนยกรัฐมนตรี ออกมาชี้แจงกรณีการให้ข้อมูลที่บิดเบือน"
    assert _slips(text) == [("สำนักนยกรัฐมนตรี", "สำนักนายกรัฐมนตรี")]


def test_a_slip_in_the_head_word():
    text = "ต้องอาศัยการบูรณาการการทำงานร่วมกับกระทวงการคลัง กระทรวงการต่างประเทศหน่วยงานอื่น ๆ ที่เกี่ยวข้อง"
    assert _slips(text) == [("กระทวงการคลัง", "กระทรวงการคลัง")]
    assert _ents(text, "organisation")["กระทวงการคลัง"] == gazetteer().terms["กระทรวงการคลัง"].english


def test_not_from_inside_a_word():
    assert _slips("พบหารือกับ ประธานกลุ่มมิตรภาพสมาชิกรัฐสภาสหราชอาณาจักร-ไทย ส่งเสริมความสัมพันธ์") == []
    assert _slips("การจัดตั้งและยุบเลิกส่วนงานภายในมหาวิทยาลัยเพื่อให้มหาวิทยาลัยสามารถดำเนินการได้เอง") == []


def test_one_slip_only_and_inside_the_name():
    assert name_slips._one_slip("กระทวงการคลัง", "กระทรวงการคลัง") == 4
    assert name_slips._one_slip("สหรัฐเอมริกา", "สหรัฐอเมริกา") == 5  # two neighbours swapped
    assert name_slips._one_slip("กระทวงการคลัด", "กระทรวงการคลัง") == -1  # two slips
    assert not name_slips._slip_at("สหรัฐอเมริกx", "สหรัฐอเมริกา")  # at the edge: a name cut short or run on


def test_each_anchor_opens_the_names_a_test_of_every_name_gives():
    """_Openers looks up only the names of a big group that can pass _may_open's first test, and makes an anchor's
    tables when the scan first finds it: for every anchor and key, the same as testing every name under every
    beginning of it, in the same order (the comprehension the tables were built with until session 22)."""
    g = gazetteer()
    thai_keys = sorted(k for k in g.terms if not _LATIN_START.match(k))
    listed = [k for k in thai_keys if name_slips._listed(k, g.terms[k])]
    head_of, _, _ = name_slips._built(g, thai_keys, listed)
    openers = name_slips._Openers(head_of, frozenset(thai_keys))
    opened = 0
    for opening in sorted({*head_of, *thai_keys}):
        k, stem, last = len(opening), opening[:-2], opening[-2:]
        names = [n for i in range(1, k + 1) for n in head_of.get(opening[:i], ()) if n.startswith(opening) or (
            (n.startswith(stem) or last in n[k - 3:k + 1]) and name_slips._may_open(opening, n))]
        expected = name_slips._by_next(opening, list(dict.fromkeys(names))) if names else None
        assert openers.get(opening) == expected, opening
        opened += expected is not None
    assert opened > 2000
    assert "มหาวิทยาลัยราชภัฏบุรีรัมย์" in openers.get("มหาวิทยาลัย")[1]["ร"]
    assert openers.get("กระทวง") is None  # a misspelt head word is no anchor nor key
