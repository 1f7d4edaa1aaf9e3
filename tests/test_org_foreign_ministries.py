"""A foreign ministry cut at its first words runs on to the country glued after it (briefing/thai/org_foreign_ministries.py).

What a reader expects (thaigov-v2 releases outside bench and dev):
- details/96350 "ระหว่างกระทรวงการต่างประเทศแห่งราชอาณาจักรไทยกับกระทรวงการต่างประเทศและกิจการชาวต่างชาติแห่งราชอาณาจักร
  ฮัชไมต์จอร์แดน": Jordan's ministry whole (was กระทรวงการต่างประเทศ, the Thai ministry's name);
- details/89463 "ระหว่างกระทรวงเกษตรและประมงแห่งรัฐสุลต่านโอมานและกระทรวงเกษตรและสหกรณ์ของไทยว่าด้วย": Oman's ministry;
- "กระทรวงการคลังและธนาคารแห่งประเทศไทย": two bodies, the second's แห่งประเทศไทย: left.
"""

from briefing.thai import org_foreign_ministries
from briefing.thai.entities import find_entities
from briefing.thai.gazetteer import gazetteer


def _orgs(text: str) -> list[str]:
    return [e.text for e in find_entities("", text)[0] if e.type == "organisation"]


def test_ministry_runs_to_its_country():
    text = ("ความร่วมมือทางการเมืองระหว่างกระทรวงการต่างประเทศแห่งราชอาณาจักรไทยกับกระทรวงการต่างประเทศและกิจการชาวต่างชาติ"
            "แห่งราชอาณาจักรฮัชไมต์จอร์แดน\nแต่งตั้ง\n")
    orgs = _orgs(text)
    assert "กระทรวงการต่างประเทศและกิจการชาวต่างชาติแห่งราชอาณาจักรฮัชไมต์จอร์แดน" in orgs
    assert "กระทรวงการต่างประเทศ" not in orgs
    text = "ร่างบันทึกความเข้าใจระหว่างกระทรวงเกษตรและประมงแห่งรัฐสุลต่านโอมานและกระทรวงเกษตรและสหกรณ์ของไทยว่าด้วยความร่วมมือ"
    assert "กระทรวงเกษตรและประมงแห่งรัฐสุลต่านโอมาน" in _orgs(text)


def test_two_thai_bodies_are_left():
    text = "ทั้งนี้ กระทรวงการคลังและธนาคารแห่งประเทศไทยจะร่วมกันติดตาม"
    end = text.index("และธนาคาร")
    assert org_foreign_ministries.country_end(text, text.index("กระทรวง"), end, gazetteer()) == end
