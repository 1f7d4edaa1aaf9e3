"""Latin-letter firms and agencies found as the one who speaks, right before a Thai verb of saying
(thai/org_latin_speakers.py).

Each sentence is quoted from a corpus release (its source in the comment). Before the rule none of these Latin names
was an organisation: they have no head word and no kind word before them, and are on no list.
"""

from __future__ import annotations

from entity_helpers import orgs as _orgs

from briefing.thai import org_latin_speakers


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in org_latin_speakers.find(text)]


def test_research_houses_and_agencies_that_say() -> None:
    # details/58065
    assert "Krungthai COMPASS" in _orgs("ศูนย์วิจัย Krungthai COMPASS ประเมินว่าเศรษฐกิจไทยจะเติบโตที่ 3.2%")
    # details/74660: the rating agency after a clause (no space before the verb)
    assert _names("โฆษกประจำสำนักนายกรัฐมนตรีกล่าวว่าข้อมูลจากกระทรวงการคลังระบุว่า Fitch คาดว่าเศรษฐกิจไทยจะเติบโตต่อเนื่อง") == ["Fitch"]
    # details/75152
    assert _names("2. ความเหลื่อมล้ำสูง โดย Credit Suisse ประเมินว่า คนไทยที่รวยที่สุด 1% ของประเทศ") == ["Credit Suisse"]


def test_firms_that_report() -> None:
    # details/69525
    assert _names("กรุงเทพฯ คว้าอันดับ 1 เมืองที่มีการจองเข้าพักมากที่สุด ด้าน Klook เผยยอดจองกิจกรรมในไทยขยายตัวกว่า 1,200%") == ["Klook"]
    # details/73190
    assert _names("ซึ่งหลังจากวิเคราะห์ถึงที่มาและแก้ปัญหาแล้วถึง Arianespace ยืนยันว่าพร้อมที่จะนำส่งดาวเทียม THEOS-2 ขึ้นสู่") == ["Arianespace"]
    # details/53727: a partner named in the headline
    assert _names("รมต.อนุชา ชื่มชม HiCloud จับมือ Alibaba Cloud ชี้มีส่วนช่วยพัฒนาภาคธุรกิจไทย") == ["Alibaba Cloud"]


def test_things_that_say_are_not_bodies() -> None:
    # details/99313: a code scanned, in ordinary English words and capitals
    assert _names("แจ้งมีพัสดุเอกสารสำคัญตกค้าง ต้องสแกน QR Code ยืนยัน ซึ่งเป็นการหลอกให้ติดตั้งแอปฯ ดูดเงิน") == []
    # details/67668: เผยแพร่ is to spread, not to say; Soft Power is a policy
    assert _names("ปลุกพลังทุกจังหวัดนำ Soft Power เผยแพร่อัตลักษณ์ ดึงดูดนักท่องเที่ยว") == []
    # details/66646: a bare acronym for a kind of firm
    assert _names("โดย บสย. ได้เปิดให้ SMEs ยืนยันตัวตนผ่าน บสย. Call Center") == []
    # details/85816: the place visited, a place's head word last
    assert _names("หาช่องทางขยายการค้าและการลงทุน เยี่ยมชม Bangladesh Special Economic Zone ชี้มีปัจจัยสนับสนุน") == []
