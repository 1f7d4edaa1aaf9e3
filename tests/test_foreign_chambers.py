"""A country's chambers, cabinet and high courts named with a foreign country after them are that country's
(entities._NATIONAL_BODIES, read by entities._foreign_ministry beside the foreign ministries). Sentences quoted from
corpus releases (the source in each comment)."""

from __future__ import annotations

from tests.entity_helpers import orgs, places


def test_foreign_parliament_glued_to_its_country():
    # details/61082: the Thai parliament stays the bare name, Laos's takes its country
    body = ("ติดตามความร่วมมือต่าง ๆ ที่ยังคั่งค้าง ให้เป็นผลอย่างรูปธรรม ซึ่งความสัมพันธ์ระหว่างรัฐสภาไทยและรัฐสภาลาว"
            "อยู่ในระดับดี การแลกเปลี่ยนการเยือนระหว่างรัฐสภา")
    found = orgs(body)
    assert "รัฐสภาลาว" in found


def test_foreign_cabinet_glued_to_its_country():
    # details/53915
    body = ("ผลการหารือกับนายมัตสึโนะ ฮิโรคาสึ เลขาธิการคณะรัฐมนตรีญี่ปุ่น ในฐานะผู้แทนของนายกรัฐมนตรีญี่ปุ่น")
    assert "คณะรัฐมนตรีญี่ปุ่น" in orgs(body)
    assert "คณะรัฐมนตรี" not in orgs(body)
    assert "ญี่ปุ่น" in places(body)  # the prime minister's country is still named
