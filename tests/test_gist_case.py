"""A clarification, '<who> ชี้แจง/แจง กรณี <what happened>' (briefing/summary/case.py): the case is a clause of its own,
someone else's act; the actor explains it. Headlines quoted verbatim from archive releases outside every bench set
(/tmp regex draws on ชี้แจง/แจง + กรณี/ข่าว/ปม, seeds 2102 and 2112, like bench/gists_archive.py)."""

from __future__ import annotations

from tests.gist_helpers import release_gist as _gist


def test_the_case_s_act_is_not_the_actor_s() -> None:
    # thaigov.go.th/news/contents/details/34581: read 'Student Loan Fund repays debts the letter' (the borrower says
    # they repaid); the fund explains the case
    gist = _gist("“กยศ. ชี้แจงกรณีผู้กู้แจ้งว่าชำระหนี้ปิดบัญชีแล้วแต่ได้รับหนังสือแจ้งให้ชำระหนี้”", "")
    assert "explains" in gist and "repays" not in gist, gist
    # thaigov.go.th/news/contents/details/82884: read 'Khon Kaen Governor raids friends' (a creditor did)
    gist = _gist("พ่อเมืองขอนแก่นชี้แจง กรณี \"เจ้าหนี้โหดบุกทวงหนี้เพื่อน 3,000 บาท ไม่ได้ ใช้สันมีดอีโต้กระหน่ำตีดับ\" "
                 "เกิดจากการซื้อโทรศัพท์มือถือแล้วไม่จ่ายเงิน จึงทะเลาะวิวาทและทำร้ายร่างกาย", "")
    assert "explains a case" in gist and "raids" not in gist, gist


def test_a_short_case_is_named_and_a_later_verb_of_it_is_no_second_act() -> None:
    # thaigov.go.th/news/contents/details/72372: read 'OPM resolves on Cabinet to cut electricity bills' (the cabinet
    # resolved; the spokesperson explains why some bills went out before it)
    gist = _gist("โฆษกประจำสำนักนายกรัฐมนตรีชี้แจงกรณีบิลค่าไฟบางส่วนออกไปก่อนมีมติ ครม.ลดค่าไฟฟ้า",
                 "วันที่ 19 กันยายน 2566 นายชัย วัชรงค์ โฆษกประจำสำนักนายกรัฐมนตรีกล่าวชี้แจงเกี่ยวกับกรณีที่ ครม. "
                 "มีมติลดค่าไฟฟ้า\n")
    assert "explains the case of electricity bills" in gist and "resolves" not in gist, gist
