"""Sentence spans: real release text from the thaigov-v2 corpus, and the span invariants."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.thai.segment import split_sentences

# 2024/03/01 ด้านเศรษฐกิจ_11_541aea9d (the whole body of a short release, one line)
RURAL_ROAD = (
    "กรมทางหลวงชนบท กระทรวงคมนาคม โดยสำนักงานทางหลวงชนบทที่ 17 (เชียงราย) ดำเนินโครงการก่อสร้างและยกระดับชั้นทาง"
    "ถนนสาย แยกทางหลวงชนบทสาย ชร.4029 - บ้านผาตั้ง อำเภอเวียงแก่น จังหวัดเชียงราย โดยก่อสร้างถนนคอนกรีตเสริมเหล็ก "
    "ขนาด 2 ช่องจราจร กว้าง 5 เมตร พร้อมรางระบายน้ำ ติดตั้งเครื่องหมายจราจร และอุปกรณ์อำนวยความปลอดภัย "
    "ช่วงระหว่าง กม.ที่ 0+000 - 3+298 ระยะทาง 3.298 กิโลเมตร ใช้งบประมาณ 22 ล้านบาท ปัจจุบันดำเนินการแล้วเสร็จ "
    "ทั้งนี้ เพื่อบรรเทาความเดือดร้อน ยกระดับคุณภาพชีวิตของประชาชนในพื้นที่ให้สามารถใช้เส้นทางสัญจรไป - มา "
    "สามารถขนส่งผลผลิตทางการเกษตรได้อย่างสะดวก ปลอดภัยมากขึ้น อีกทั้งช่วยยกระดับศักยภาพด้านเศรษฐกิจ สังคม "
    "และวัฒนธรรม รวมถึงสนับสนุนการดำเนินงานของศูนย์พัฒนาโครงการหลวงผาตั้งด้วย"
)


def sentences(body: str) -> list[str]:
    return [body[a:b] for a, b in split_sentences(body)]


def test_thai_sentence_starters_split_a_long_line() -> None:
    found = sentences(RURAL_ROAD)
    assert found[0].endswith("ใช้งบประมาณ 22 ล้านบาท")
    assert found[1] == "ปัจจุบันดำเนินการแล้วเสร็จ"
    assert found[2].startswith("ทั้งนี้ เพื่อบรรเทาความเดือดร้อน")
    assert found[3].startswith("อีกทั้งช่วยยกระดับ")
    assert len(found) == 4
    assert "".join(found).replace(" ", "") == RURAL_ROAD.replace(" ", "")


def test_names_titles_and_numbers_stay_in_one_sentence() -> None:
    # 2024/03/18 ข่าวนายกรัฐมนตรี_4_44e82148 (opening words)
    line = "วันนี้ (18 มีนาคม 2567) เวลา 16.49 น. ณ ตึกสันติไมตรี ทำเนียบรัฐบาล นายเศรษฐา ทวีสิน นายกรัฐมนตรี"
    assert sentences(line) == [line]


def test_numbered_list_items_and_lines() -> None:
    # shape of 2025/09/03 ด้านเศรษฐกิจ releases: an intro then numbered items on one line
    body = ("สำหรับมาตรการช่วยเหลือลูกหนี้ มีรายละเอียดดังนี้ 1) ลดค่างวดลง 75% ของค่างวดปัจจุบัน "
            "2) ลดดอกเบี้ยเป็น 0% ต่อปี นาน 3 เดือน\n\n  ที่มา : https://www.thaigov.go.th  ")
    found = sentences(body)
    assert found == ["สำหรับมาตรการช่วยเหลือลูกหนี้ มีรายละเอียดดังนี้", "1) ลดค่างวดลง 75% ของค่างวดปัจจุบัน",
                     "2) ลดดอกเบี้ยเป็น 0% ต่อปี นาน 3 เดือน", "ที่มา : https://www.thaigov.go.th"]


def test_english_full_stops_but_not_abbreviations() -> None:
    # 2024/02/09 Government News _1_b8a833ad (shape), with a title abbreviation
    body = "Today (9 February 2024) Government Spokesman Mr. Chai Wacharonke said so. The visit follows."
    assert sentences(body) == ["Today (9 February 2024) Government Spokesman Mr. Chai Wacharonke said so.",
                               "The visit follows."]


_TOKENS = st.sampled_from([
    "ทั้งนี้", "นอกจากนี้", "ครับ", " ", "  ", "\n", "\n\n", "1)", "2.", "(3)", "•", "“", "”", "Mr.", "The",
    "end.", "นายสมศักดิ์", "กล่าว", "ว่า", "ก", "ข้อความยาวพอสมควรสำหรับประโยค", "5", "\t", "\u00a0",
])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=120), st.lists(_TOKENS, max_size=40).map("".join)))
def test_spans_cover_non_blank_text_in_order_within_lines(body: str) -> None:
    spans = split_sentences(body)
    covered = [False] * len(body)
    last_end = 0
    for start, end in spans:
        assert last_end <= start < end <= len(body)
        piece = body[start:end]
        assert "\n" not in piece
        assert piece == piece.strip() and piece
        for i in range(start, end):
            covered[i] = True
        last_end = end
    for i, ch in enumerate(body):
        if not ch.isspace():
            assert covered[i], (i, ch)


# 2020/10/17/ข่าวทำเนียบรัฐบาล_1 (thaigov-v2): a double space inside the Prime Minister's name, more than 60
# characters into the sentence, where the splitter reads the writers' sentence gap.
NAME_WITH_GAP = (
    "วันนี้ (16 ตุลาคม 2563) เวลา 11.05 น . ณ ทำเนียบรัฐบาล ภายหลังการประชุมคณะรัฐมนตรี (นัดพิเศษ) พลเอก ประยุทธ์  "
    "จันทร์โอชา นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม แถลงแก่สื่อมวลชนว่า ที่ประชุมคณะรัฐมนตรีนัดพิเศษ "
    "ให้ความเห็นชอบการประกาศสถานการณ์ฉุกเฉิน"
)


def test_a_sentence_never_starts_inside_a_name() -> None:
    """The analysis joins the halves (the brief's lead sentence lost the name); split_sentences alone
    still reads the gap, which is why the join needs the names."""
    import datetime as dt

    from briefing.model import Release
    from briefing.thai import analyze
    from briefing.thai.segment import whole_names

    gap = NAME_WITH_GAP.index("  ") + 2
    assert any(start == gap for start, _ in split_sentences(NAME_WITH_GAP))
    analysis = analyze(Release(title="นายกรัฐมนตรีแถลง", body=NAME_WITH_GAP, date=dt.date(2020, 10, 17)))
    [name] = [e for e in analysis.entities if e.type == "person" and "ประยุทธ์" in e.text]
    assert name.start < gap < name.end
    assert not [s for s in analysis.sentences if name.start < s[0] < name.end]
    assert any(s[0] <= name.start and name.end <= s[1] for s in analysis.sentences)
    assert whole_names([(0, 5), (6, 9), (10, 12)], [(3, 8)]) == [(0, 9), (10, 12)]
