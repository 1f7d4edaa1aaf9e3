"""A body named as a document's issuer or party ends before the document's subject, ว่าด้วย
(org_document_titles.issuer_end).

Each sentence is quoted from a corpus release outside the bench sets (its source in the comment).
"""

from __future__ import annotations

from entity_helpers import orgs


def test_a_regulation_s_issuer_ends_before_its_subject() -> None:
    # details/68732: 'under the regulation of the Employee Welfare Fund Committee on paying relief'
    body = ("ก็จะดำเนินการให้ลูกจ้างยื่นขอรับเงินกองทุนสงเคราะห์ลูกจ้างตามระเบียบคณะกรรมการกองทุนสงเคราะห์ลูกจ้าง"
            "ว่าด้วยการจ่ายเงินสงเคราะห์เพื่อบรรเทาความเดือดร้อนเบื้องต้นต่อไป ทั้งนี้")
    assert "คณะกรรมการกองทุนสงเคราะห์ลูกจ้าง" in orgs(body)
    assert not any("ว่าด้วย" in o for o in orgs(body))


def test_a_draft_regulation_s_issuer_ends_before_its_subject() -> None:
    # details/42740
    body = ("กรมกิจการเด็กและเยาวชนและหน่วยงานที่เกี่ยวข้องมีการจัดทำร่างระเบียบคณะกรรมการคุ้มครองเด็กแห่งชาติ"
            "ว่าด้วยการคุ้มครองเด็กที่ถูกทารุณกรรมจากการใช้สื่อออนไลน์ จัดทำร่าง")
    assert "คณะกรรมการคุ้มครองเด็กแห่งชาติ" in orgs(body)


def test_an_agreement_s_party_with_its_country_ends_before_the_subject() -> None:
    # details/85304: the Japanese ministry is a party of the memorandum 'on environmental cooperation'
    body = ("บันทึกความร่วมมือระหว่างกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อมแห่งราชอาณาจักรไทยและกระทรวงสิ่งแวดล้อม"
            "แห่งประเทศญี่ปุ่นว่าด้วยความร่วมมือด้านสิ่งแวดล้อม ตามที่กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม")
    assert "กระทรวงสิ่งแวดล้อมแห่งประเทศญี่ปุ่น" in orgs(body)


def test_a_committee_named_on_its_subject_stays_whole() -> None:
    # details/74725: the Central Committee on Prices of Goods and Services, whose notice it issues
    body = ("ในการนี้ คณะกรรมการกลางว่าด้วยราคาสินค้าและบริการ (กกร.) ได้ออกประกาศคณะกรรมการกลางว่าด้วยราคาสินค้า"
            "และบริการ ฉบับที่ 67 พ.ศ. 2566 เรื่อง การกำหนดสินค้าควบคุม")
    assert "คณะกรรมการกลางว่าด้วยราคาสินค้าและบริการ" in orgs(body)
    assert "คณะกรรมการกลาง" not in orgs(body)
