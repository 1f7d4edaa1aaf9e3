"""A unit named by a run of dotted abbreviations, read whole (briefing/thai/org_dotted_chains.py,
entities._dotted_chains).

What a reader expects (thaigov-v2 releases outside bench and dev):
- details/61982 "ซึ่งในส่วนของกระทรวงมหาดไทยโดย ศอ.ปส.มท. ศอ.ปส.จ. และ ศป.ปส.อ. ได้มีการเน้นย้ำ": the Interior
  Ministry's drug-control centre `ศอ.ปส.มท.` (was ศอ.ปส. and the ministry มท.);
- details/74823 "ของศูนย์ปฏิบัติการต่อต้านการทุจริต กระทรวงอุตสาหกรรม (ศปท.อก.) มีวัตถุประสงค์": the Industry Ministry's
  anti-corruption centre (was ศปท. and อก.);
- details/82916 "“ผู้นำสมาชิกกองอาสารักษาดินแดนจังหวัดชายแดนภาคใต้” หรือ ผู้นำ อส.จชต. เพื่อเพิ่มขีดความสามารถ":
  the southern border provinces' volunteer defence corps (was อส.).
Not grown: a unit of area (ตร.กม.), a run that goes on into a word (ธ.ก.ส.ทุกสาขา), an abbreviation glued after a
post (ผบ.|ตร.).
"""

from entity_helpers import orgs

from briefing.thai import org_dotted_chains
from briefing.thai.entities import find_entities


def _orgs(text: str) -> set[str]:
    return {e.text for e in find_entities("", text)[0] if e.type == "organisation"}


def test_centre_of_a_ministry():
    orgs = _orgs("ซึ่งในส่วนของกระทรวงมหาดไทยโดย ศอ.ปส.มท. ศอ.ปส.จ. และ ศป.ปส.อ. ได้มีการเน้นย้ำในด้านการลด Demand และ Supply")
    assert "ศอ.ปส.มท." in orgs
    assert "ศอ.ปส." not in orgs and "มท." not in orgs


def test_in_brackets_after_the_full_name():
    orgs = _orgs("ประจำปีงบประมาณ พ.ศ. 2567” ของศูนย์ปฏิบัติการต่อต้านการทุจริต กระทรวงอุตสาหกรรม (ศปท.อก.) มีวัตถุประสงค์เพื่อยกย่องหน่วยงาน")
    assert "ศปท.อก." in orgs
    assert "อก." not in orgs


def test_volunteer_corps_of_a_region():
    orgs = _orgs("ในการทำแผนการฝึก “ผู้นำสมาชิกกองอาสารักษาดินแดนจังหวัดชายแดนภาคใต้” หรือ ผู้นำ อส.จชต. "
                 "เพื่อเพิ่มขีดความสามารถของสมาชิก อส. ให้สามารถปฏิบัติงานในพื้นที่")
    assert "อส.จชต." in orgs


def _grown(text: str, abbr: str) -> str:
    start = text.index(abbr)
    return text[start:org_dotted_chains.extend_end(text, start, start + len(abbr))]


def test_province_and_number_after_the_run():
    assert _grown("เมื่อวันที่ 3 มี.ค. 68 ชป.ปส.ภ.จว.ชัยภูมิ  จับกุม", "ชป.") == "ชป.ปส.ภ.จว.ชัยภูมิ"
    assert _grown("ลาดตระเวน ร้อย.ม.2 ฉก.", "ร้อย.") == "ร้อย.ม.2"


def test_not_grown():
    assert _grown("พื้นที่ 120 ตร.กม. และ", "ตร.") == "ตร."
    assert _grown("สอบถามได้ที่ ธ.ก.ส.ทุกสาขา", "ธ.ก.ส.") == "ธ.ก.ส."
    assert _grown("การประชุม ก.ตร.ครั้งที่ 8/2567", "ก.ตร.") == "ก.ตร."
    assert _grown("รอง ผบ.ตร. กล่าว", "ตร.") == "ตร."


# Session 24 s24-orgfp wrote the same kind as org_abbrev_units; merged here (one module per kind).


def test_a_centre_with_its_ministry_s_short_form_glued() -> None:
    # details/74823: 'the Ministry of Industry's anti-corruption operations centre (ศปท.อก.)'
    body = ("ของศูนย์ปฏิบัติการต่อต้านการทุจริต กระทรวงอุตสาหกรรม (ศปท.อก.) มีวัตถุประสงค์เพื่อยกย่องหน่วยงาน"
            "ที่มีผลการประเมิน")
    found = orgs(body)
    assert "ศปท.อก." in found
    assert "ศปท." not in found and "อก." not in found


def test_a_provincial_centre_with_its_province_s_short_form_glued() -> None:
    # details/90529: 'officers of Chon Buri's narcotics directing centre, volunteer defence corps members'
    body = ("พร้อมด้วย เจ้าหน้าที่ตำรวจ สภ.เมืองพัทยา เจ้าหน้าที่ ศอ.ปส.จ.ชบ. สมาชิก อส. "
            "กองร้อยบริการและบังคับการจังหวัดชลบุรี")
    assert "ศอ.ปส.จ.ชบ." in orgs(body)


def test_a_rank_glued_after_the_cabinet_and_two_ministries_glued_stay_apart() -> None:
    # details/70377: 'on 7 February 2023 the Cabinet of General Prayut approved ...'
    body = "นอกจากนี้ เมื่อวันที่ 7 กุมภาพันธ์ 2566 ที่ผ่านมา ครม.พล.อ.ประยุทธ์ได้เห็นชอบมาตรการส่งเสริมการถ่ายท"
    assert "ครม." in orgs(body)
    # details/42963: 'the bodies concerned: ดศ. สธ. รง. สงป. and สศช.' (the Labour Ministry and the Budget Bureau)
    body = "ได้ดำเนินการพิจารณาร่วมกับหน่วยงานที่เกี่ยวข้อง ได้แก่ ดศ. สธ. รง.สงป. และ สศช. เกี่ยวกับข้อเสนอแนะ"
    assert "รง." in orgs(body)
    assert "รง.สงป." not in orgs(body)
