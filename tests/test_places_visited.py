"""Places, session 14: a venue named right after a verb of visiting or going (เยี่ยมชม, ตรวจเยี่ยม, ทัศนศึกษา, ไปยัง,
มายัง, เดินทางไป, เสด็จ) is read as after ณ (places._visited_end), when what follows the head is a name, not a kind.
Each text is quoted verbatim from a corpus release (none of them an eval dev file or a held-out file); the release
is named above it."""

from __future__ import annotations

from entity_helpers import places as _places


def test_a_named_venue_after_a_visiting_verb_is_a_place() -> None:
    # details/98213: a centre named by its town (ฮอนโจ, no dictionary word)
    body = "ละจะร่วมประชุมหารือด้านการบริหารจัดการภัยพิบัติพร้อมเยี่ยมชมศูนย์บริหารจัดการภัยพิบัติฮอนโจ เพื่อศึกษาการกำหนดกลไก"
    assert "ศูนย์บริหารจัดการภัยพิบัติฮอนโจ" in _places(body)
    # details/95466: an art hall after เยี่ยมชม and a space
    body = "กราบสักการะพระวชิรเหมคุณ เจ้าอาวาสวัดใหญ่สุวรรณาราม เยี่ยมชมหอศิลป์สุวรรณาราม แหล่งเรียนรู้งานสกุลช่างเมืองเพชร"
    assert "หอศิลป์สุวรรณาราม" in _places(body)
    # details/48202: a pier named by its province
    body = "รมช.ประภัตร ลงพื้นที่จังหวัดภูเก็ต ตรวจเยี่ยมท่าเทียบเรือประมงภูเก็ต หนุนองค์การสะพานปลา พัฒนาพื้นที่"
    assert "ท่าเทียบเรือประมงภูเก็ต" in _places(body)


def test_a_temple_after_a_study_trip_is_a_place() -> None:
    # a temple's name may be all dictionary words: after ทัศนศึกษา it is still named (a royal temple's ending)
    body = "กิจกรรมทัศนศึกษาวัดสระเกศราชวรมหาวิหาร และเยี่ยมชมสถานที่สำคัญ"
    assert "วัดสระเกศราชวรมหาวิหาร" in _places(body)


def test_a_kind_of_centre_after_a_visiting_verb_is_no_place() -> None:
    # details/74510: a car-testing centre, named only in Latin after it
    body = "ได้เดินทางไปยังเมืองกวางโจว มณฑลกวางตุ้ง เพื่อเยี่ยมชมศูนย์ทดสอบรถยนต์ CATARC Automotive Testing Centers"
    assert not any(p.startswith("ศูนย์ทดสอบ") for p in _places(body))
    # details/98212: an exam hall
    body = "นำคณะกรรมการฯ เข้าตรวจเยี่ยมสนามสอบแข่งขันฯ เพื่อวัดความเหมาะสมกับตำแหน่ง (ภาค ค.)"
    assert not any(p.startswith("สนามสอบ") for p in _places(body))


def test_the_village_inside_a_community_is_the_place() -> None:
    # details/48417: the village is the name, not "ชุมชนท่องเที่ยวบ้าน..."
    body = "และตรวจเยี่ยมชุมชนท่องเที่ยวบ้านคลองหรูดด้วย\n“สื่อสารภารกิจรัฐบาล” กับสำนักโฆษก"
    found = _places(body)
    assert not any(p.startswith("ชุมชนท่องเที่ยว") for p in found)


def test_thailand_pushed_somewhere_is_the_country() -> None:
    # C8: ไทย as what a verb of pushing or leading moves somewhere is the country, not an adjective
    # details/87670
    assert "ไทย" in _places("หนุนผู้ประกอบการใช้ AI ดันไทยสู่ศูนย์กลางดิจิทัลภูมิภาค")
    # details/93574
    assert "ไทย" in _places("ุรกิจ รัฐบาลมุ่งมั่นผลักดันไทยให้เป็นจุดหมายปลายทางการลงทุนที่สำคัญ โด")
    # details/91040
    assert "ไทย" in _places(". 2568 - 2572) เพื่อยกระดับไทยสู่ศูนย์กลางการผลิตเซมิคอนดักเตอร์และอิเ")
    # a slogan (ไป, not ไปสู่) and the adjective stay out
    assert "ไทย" not in _places("ขับเคลื่อนไทยไปด้วยกัน")
    assert "ไทย" not in _places("เศรษฐกิจไทยเป็นไปตามคาด")


def test_a_temple_with_a_monastery_ending_is_a_place_wherever_it_stands() -> None:
    # details/56144: ไวยาวัจกร (a temple's lay steward) glued before the temple
    assert "วัดราชบพิธสถิตมหาสีมาราม" in _places("ภัทรประสิทธิ์ ไวยาวัจกรวัดราชบพิธสถิตมหาสีมาราม และนายอัศวิน")
    # details/87721: after a monk's title, no cue of place
    assert "วัดหมื่นพุทธเมตตาคุณาราม" in _places("สวัดโพธิ์แมนคุณาราม ปฐมบูรพาจารย์วัดหมื่นพุทธเมตตาคุณาราม แล้วเป็นผู้นำคณะข้าราช")
    # details/65542: a school named after its temple is the school; details/75136: "วัดวาอาราม" is temples in general
    assert "วัดอินทาราม" not in _places("กับตัวแทนนักเรียนโรงเรียนวัดอินทาราม ผ่านโทรศัพท์มือถือ")
    assert not _places("หากเราทำได้เช่นนี้ทุกรูป ทุกวัดวาอาราม ก็จะเป็นไปด้วยความเรียบร้อยดี")
