"""An English body's name cut at a dash or an apostrophe inside it, made whole (briefing/thai/latin_name_joins.py,
entities._latin_joins).

What a reader expects (thaigov-v2 releases outside bench and dev):
- details/71371 "(The 23rd Meeting of the Australia – Thailand Joint Working Group on Agriculture หรือ JWG)": the
  joint working group named by both countries (was `Thailand Joint Working Group on Agriculture`);
- details/63376 "(United Nations Children’s Fund: UNICEF)": UNICEF's name whole (was `United Nations`);
- details/51439 "Joint Statement of 2nd Organisation for Economic Co - operation and Development (OECD)": the OECD
  with its broken hyphen (was `Organisation for Economic Co`).
"""

from briefing.thai.entities import find_entities


def _orgs(text: str) -> list[str]:
    return [e.text for e in find_entities("", text)[0] if e.type == "organisation"]


def test_country_pair_with_a_spaced_dash():
    text = "ร่วมด้านการเกษตรออสเตรเลีย - ไทย ครั้งที่ 23 (The 23rd Meeting of the Australia – Thailand Joint Working Group on Agriculture หรือ JWG) ในวันที่ 7"
    orgs = _orgs(text)
    assert "Australia – Thailand Joint Working Group on Agriculture" in orgs
    assert "Thailand Joint Working Group on Agriculture" not in orgs


def test_possessive_inside_the_name():
    text = "และองค์การทุนเพื่อเด็กแห่งสหประชาชาติ (United Nations Children’s Fund: UNICEF) ออกแบบและพัฒนาระบบ"
    orgs = _orgs(text)
    assert "United Nations Children’s Fund" in orgs and "United Nations" not in orgs


def test_broken_co_operation():
    text = "Title: Approval on Joint Statement of 2nd Organisation for Economic Co - operation and Development (OECD) Southeast Asia"
    assert "Organisation for Economic Co - operation and Development" in _orgs(text)


def test_hyphenated_prefix():
    assert "Anti-Scam Operation Center" in _orgs("The Anti-Scam Operation Center said on Monday that")

