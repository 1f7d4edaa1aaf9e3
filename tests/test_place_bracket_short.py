"""place_bracket_short: a short form alone in brackets right after a venue is the venue's other name, a place
(CONVENTIONS.md C5; session 19, issue 11). Each text is quoted verbatim from a corpus release (none of them an eval
dev file or a held-out file); the release is named above it."""

from __future__ import annotations

from entity_helpers import orgs as _orgs
from entity_helpers import places as _places


def test_the_short_form_after_a_venue_is_a_place() -> None:
    # details/38177: the narcotics board's office as the meeting's venue (ป.ป.ส. was an organisation there)
    text = ("ในวันศุกร์ที่ ๘ มกราคม ๒๕๖๔ เวลา ๑๔.๐๐ น. ณ ห้องประชุมชิดชัย วรรณสถิตย์ "
            "สำนักงานคณะกรรมการป้องกันและปราบปรามยาเสพติด (ป.ป.ส.) นายสมศักดิ์ เทพสุทิน รัฐมนตรีว่าการกระทรวงยุติธรรม")
    assert "ป.ป.ส." in _places(text) and "ป.ป.ส." not in _orgs(text)
    # details/85348: ISOC's building, its short form with a no-break space after the bracket
    text = ("วันนี้ (3 กรกฎาคม 2567) เวลา 15.30 น. ณ อาคารรื่นฤดี สำนักงานกองอำนวยการรักษาความมั่นคงภายในราชอาณาจักร "
            "(กอ.รมน.)\xa0 เขตดุสิต กรุงเทพฯ นายเศรษฐา ทวีสิน นายกรัฐมนตรี")
    assert "กอ.รมน." in _places(text)
    # details/94837: the department written after its operations centre
    text = "ตรวจเยี่ยมการติดตามสถานการณ์แผ่นดินไหว ณ ศูนย์ปฏิบัติการธรณีพิบัติภัย กรมทรัพยากรธรณี (ทธ.) พร้อมมอบนโยบาย"
    assert "ทธ." in _places(text)


def test_an_airport_code_no_rule_read_is_added() -> None:
    # details/76807: ทภก. was nothing before; its letters are in the airport's name
    text = "ท่าอากาศยานดอนเมือง (ทดม.) และท่าอากาศยานภูเก็ต (ทภก.) ดังนี้  ทสภ. เตรียมพื้นที่จอด"
    assert "ทภก." in _places(text)


def test_the_same_short_form_acting_elsewhere_stays_an_organisation() -> None:
    # the venue's bracket is a place, the body acting later in the release an organisation (both listed)
    text = ("ณ ห้องประชุมชิดชัย วรรณสถิตย์ สำนักงานคณะกรรมการป้องกันและปราบปรามยาเสพติด (ป.ป.ส.) นายสมศักดิ์ กล่าวว่า "
            "ป.ป.ส. ได้เสนอให้ถอดพืชกระท่อมออกจากยาเสพติด")
    assert "ป.ป.ส." in _places(text) and "ป.ป.ส." in _orgs(text)


def test_a_brand_code_or_unrelated_short_form_after_a_venue_is_no_place() -> None:
    # details/50845: a product brand after a hall
    assert "OTOP" not in _places("่อการส่งออก ครั้งที่ 1” ณ หอประชุมตลาดผลไม้เทศบาลตำบลหัวดง (OTOP) อำเภอลับแล จังหวัดอุตรดิตถ์")
    # details/63221: station codes
    found = _places("จุดเชื่อมต่อสถานีรถไฟฟ้าสายสีเขียว สถานีอโศก (E4) และสถานีรถไฟฟ้าสายสีน้ำเงิน สถานีสุขุมวิท (BL22) เพื่อให้")
    assert "E4" not in found and "BL22" not in found
    # a body acting (not a venue) keeps its short form an organisation: details/94837's minister's post
    text = "นายเฉลิมชัย ศรีอ่อน รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม (รมว.ทส.) ตรวจเยี่ยม"
    assert "รมว.ทส." not in _places(text)
