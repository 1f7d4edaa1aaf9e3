"""A Latin acronym in brackets after a meeting's name is the meeting's (briefing/thai/org_event_acronyms.py).

What a reader expects (thaigov-v2 releases outside bench and dev):
- details/83634 "Prime Minister Srettha Thavisin attended the UBS Asian Investment Conference (AIC) 2024": a
  conference, no organisation (AIC was one);
- details/68457 "during the APEC Ministers Responsible for Trade Meeting (MRT) to be held in Detroit": a meeting
  (MRT was one);
- details/57674 "classified by World Economic Forum (WEF)": the forum the glossary holds as a body stays.
"""

from briefing.thai.entities import find_entities
from briefing.thai.org_event_acronyms import names_event


def _orgs(text: str) -> list[str]:
    return [e.text for e in find_entities("", text)[0] if e.type == "organisation"]


def test_conference_and_meeting_acronyms_are_no_bodies():
    text = "our Seasons, Hong Kong SAR, Prime Minister Srettha Thavisin attended the UBS Asian Investment Conference (AIC) 2024, which"
    assert "AIC" not in _orgs(text)
    text = "without signing on May 26, 2023 during the APEC Ministers Responsible for Trade Meeting (MRT) to be held in Detroit"
    start = text.index("MRT")
    assert names_event(text, start, start + 3)
    assert "MRT" not in _orgs(text)


def test_a_listed_body_stays():
    text = "events and disasters. Climate change has been classified by World Economic Forum (WEF) which will affect"
    start = text.index("WEF")
    assert not names_event(text, start, start + 3)
    assert "WEF" in _orgs(text)
