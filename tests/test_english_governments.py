"""A country's government named in an English release with a small g, or for the US and the UK
(briefing/thai/english.py, _NATIONAL_GOVERNMENT).

What a reader expects (thaigov-v2 English releases outside bench and dev):
- details/99070 "“The Cambodian government is exploiting every possible means to spread lies.": the Cambodian
  government acting (was nothing: only a capital G was read);
- details/83139 "Recently, the Thai government has just launched the “IGNITE THAILAND” vision": the Thai government.
Not one body: "the Thai-Cambodian government agreement" (two countries' governments).
"""

from briefing.thai.entities import find_entities


def _orgs(text: str) -> list[str]:
    return [e.text for e in find_entities("", text)[0] if e.type == "organisation"]


def test_small_g_government_acting():
    text = "fueling a boycott against Thai products,” Jirayu said. “The Cambodian government is exploiting every possible means to spread lies."
    assert "Cambodian government" in _orgs(text)
    text = "France welcomed almost 200,000 Thais.\nRecently, the Thai government has just launched the “IGNITE THAILAND” vision to elevate Thailand"
    assert "Thai government" in _orgs(text)


def test_us_and_uk_governments():
    orgs = _orgs("The Prime Minister thanked the US government and the UK government, and the U.S. Government for its help.")
    assert {"US government", "UK government", "U.S. Government"} <= set(orgs)


def test_two_countries_governments_are_no_one_body():
    assert not any("government" in o for o in _orgs("in line with the Thai-Cambodian government agreement signed in 2020."))
