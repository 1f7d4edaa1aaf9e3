"""A bracket after a membership or a post ending with a body is the members' or the post's short form, not the
body's (briefing/thai/org_post_brackets.py). Sentences quoted from thaigov-v2 releases outside bench and dev
(source in each comment).

What a reader expects:
- details/94616 "ภาคการเมือง สมาชิกสภาผู้แทนราษฎร (ส.ส.) ตัวแทนกลุ่มคนทุกวัย": the House is a body, ส.ส. (its
  members) is none;
- details/69382 "นางสาวณัฏฐิญา เนตยสุภา รองปลัดกระทรวงอุตสาหกรรม (รปอ.) พร้อมด้วย": the ministry is a body, รปอ.
  (the deputy permanent secretary) is none;
- details/85359 "อธิบดีกรมป้องกันและบรรเทาสาธารณภัย (ปภ.) และ...": ปภ. is still the department's short form.
"""

from __future__ import annotations

from tests.entity_helpers import orgs


def test_members_short_form_is_no_body():
    # details/94616
    found = orgs("ผู้แทนเกษตรกร ภาคการเมือง สมาชิกสภาผู้แทนราษฎร (ส.ส.) ตัวแทนกลุ่มคนทุกวัย")
    assert "สภาผู้แทนราษฎร" in found
    assert "ส.ส." not in found


def test_posts_short_form_is_no_body():
    # details/69382
    found = orgs("เวลา 13.00 น. นางสาวณัฏฐิญา เนตยสุภา รองปลัดกระทรวงอุตสาหกรรม (รปอ.) พร้อมด้วย คณะผู้บริหาร")
    assert "กระทรวงอุตสาหกรรม" in found
    assert "รปอ." not in found


def test_bodys_short_form_after_a_post_is_kept():
    # details/85359
    found = orgs("นายไชยวัฒน์ จุนถิระพงศ์ อธิบดีกรมป้องกันและบรรเทาสาธารณภัย (ปภ.) และนายมนัสส์ มานะวุฒิเวช")
    assert "ปภ." in found


def test_a_latin_name_in_brackets_after_member_countries_is_the_bodys():
    # details/83167: the member countries of the body; ERRA keeps the body's English (it lost it when the bracket was
    # taken for the members' short form)
    from entity_helpers import org_english

    text = ("ะดับสากลทั้งภาครัฐ และเอกชน และประเทศสมาชิกองค์กรกำกับดูแลพลังงานระหว่างประเทศ (Energy Regulators Regional"
            " Association: ERRA) เข้าร่วมเวทีสัมมนากันอย่างคับคั่ง")
    assert org_english(text)["ERRA"] == "Energy Regulators Regional Association"
