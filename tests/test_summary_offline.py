"""The offline brief: English only, within the word limits, every number a figure or date, the first
three figures that mean something alone and every person with a role present. Run on the seed releases and real corpus releases
(through the real analyzer), and on a hand-made Analysis of the seed whose facts are fixed."""

import dataclasses
import json
import math
import re
from pathlib import Path

import pytest

from briefing.model import Analysis, Entity, Figure, Release
from briefing.sources.corpus import parse_release
from briefing.summary.check import check_against, has_thai, numbers_in, word_count
from briefing.summary.facts import key_figures
from briefing.summary.offline import make_brief

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data" / "summary"
RELEASE_FILES = sorted((ROOT / "seeds").glob("*.txt")) + sorted(DATA.glob("*.txt"))


def read(path: Path) -> Release:
    return parse_release(path.read_text(encoding="utf-8"), name=path.name)


def seed_analysis() -> Analysis:
    return Analysis.from_json(json.loads((DATA / "seed_analysis.json").read_text(encoding="utf-8")))


def seed_release() -> Release:
    """The release seed_analysis.json was made from: the project's reference seed (min() of the seeds' names picked
    another release, dated three months later, once the seeds grew to 32)."""
    return read(next((ROOT / "seeds").glob("*_02efa86ef419c001.txt")))


def figure_shown(text: str, figure: Figure) -> bool:
    return any(n.value is not None and math.isclose(n.value, figure.value, rel_tol=0.005)
               for n in numbers_in(text))


def sentence_count(text: str) -> int:
    """Full stops ending a sentence: before a capital or the end, not after an initial ('H.E.')."""
    return len(re.findall(r"(?<![A-Z])[.!?](?=\s+[A-Z“\"]|\s*$)", text.strip()))


def top_three(analysis: Analysis) -> list[Figure]:
    """The first three figures by position that mean something alone: a count nothing measures
    ('150 years', '2 points') is not one (issue 10), and a figure written twice is one."""
    key, required = key_figures(analysis)
    return [k.figure for k in key[:required]]


def assert_acceptable(release: Release, analysis: Analysis) -> None:
    brief = make_brief(release, analysis)
    assert brief.backend == "offline"
    for text, limit in ((brief.gist, 20), (brief.brief, 120)):
        assert text.strip()
        assert not has_thai(text), text
        assert word_count(text) <= limit, text
        assert check_against(text, analysis) == [], text
    assert 3 <= sentence_count(brief.brief) <= 5, brief.brief  # issue 10: 3 to 5 sentences
    assert "Organisations:" not in brief.brief and "Named in English" not in brief.brief
    for figure in top_three(analysis):
        assert figure_shown(brief.brief, figure), (figure, brief.brief)
    for entity in analysis.entities:
        with_role = entity.type == "person" and (entity.role or entity.role_english)
        if with_role and entity.english and not has_thai(entity.english):
            assert entity.english in brief.brief, (entity.english, brief.brief)


@pytest.mark.parametrize("path", RELEASE_FILES, ids=lambda p: p.name)
def test_real_releases_through_the_analyzer(path: Path) -> None:
    from briefing.thai import analyze

    release = read(path)
    assert_acceptable(release, analyze(release))


def test_hand_made_seed_analysis_gives_the_facts_in_english() -> None:
    analysis = seed_analysis()
    assert_acceptable(seed_release(), analysis)
    brief = make_brief(seed_release(), analysis).brief
    assert "Prasert Chantararuangthong (Deputy Prime Minister and Minister of Digital Economy and Society)" in brief
    assert "Paetongtarn Shinawatra (Prime Minister)" in brief
    assert "18 January 2025" in brief
    assert "growth of 15%" in brief
    assert "over 1.5 trillion yuan" in brief and "21 companies" in brief
    assert "in Anantara Riverside Hotel on 18 January 2025." in brief  # sentence 1: where and when
    # the English names the release writes and the organisations are the side panel's, not the prose's
    assert "Golden Year of Friendship" not in brief and "Organisations:" not in brief
    assert "second Thai–China Ministerial Dialogue on Digital Economy Cooperation" in brief
    assert "2nd" not in brief


def test_gist_leads_with_the_event_and_a_sum_of_money() -> None:
    gist = make_brief(seed_release(), seed_analysis()).gist
    assert gist.startswith("MDES holds the second Thai–China Ministerial Dialogue")
    assert gist.endswith("over 1.5 trillion yuan")


def test_thai_only_role_is_made_english_from_the_glossary_and_the_organisations() -> None:
    # ณัฐพล's role is only in Thai in this Analysis: position from the glossary, agency from the entities.
    brief = make_brief(seed_release(), seed_analysis()).brief
    assert "Nattapon Nimmanphatcharin (Director-General, Digital Economy Promotion Agency)" in brief


def test_names_without_an_english_form_are_romanised() -> None:
    analysis = seed_analysis()
    analysis.entities = [dataclasses.replace(e, english=None) if e.type in ("person", "place") else e
                         for e in analysis.entities]
    brief = make_brief(seed_release(), analysis)
    assert not has_thai(brief.brief) and not has_thai(brief.gist)
    # every person with a role still appears, in Latin letters, with the role
    assert brief.brief.count("Prime Minister") >= 2
    people = re.search(r"The release names (.*?)\. It reports", brief.brief)
    assert people and people.group(1).count(" (") == 5, brief.brief  # five people, each with a role


def test_many_people_and_figures_stay_within_the_limit() -> None:
    body = "ก" * 2000
    people = [Entity(type="person", field="body", text=f"คน{i}", start=i, end=i + 1, english=f"Person {chr(65 + i)}lpha",
                     role="x", role_english="Deputy Director-General of the Department of Something Long")
              for i in range(10)]
    figures = [Figure(kind="count", field="body", text=f"{i + 2} คน", start=100 + i * 10, end=104 + i * 10,
                      value=float(i + 2), unit="people", english=f"{i + 2} people") for i in range(12)]
    analysis = Analysis(title="ข่าว", body=body, entities=people, figures=figures)
    brief = make_brief(Release(title="ข่าว", body=body), analysis)
    assert word_count(brief.brief) <= 120
    assert word_count(brief.gist) <= 20
    for person in people:
        assert person.english in brief.brief
    for figure in figures[:3]:
        assert figure.english in brief.brief
    assert check_against(brief.brief, analysis) == []


def test_empty_analysis_still_gives_an_english_brief() -> None:
    release = Release(title="ข่าว", body="ข้อความ")
    brief = make_brief(release, Analysis(title="ข่าว", body="ข้อความ"))
    assert brief.gist and brief.brief and not has_thai(brief.gist + brief.brief)


def test_english_release_keeps_its_headline_without_unchecked_numbers() -> None:
    from briefing.thai import analyze

    release = read(DATA / "english_pm-france24.txt")
    analysis = analyze(release)
    brief = make_brief(release, analysis)
    # 'France 24' is a channel's name, not a figure of the release: the number is left out of the headline
    assert brief.gist.startswith("PM had interview with France to emphasize")
    assert "24" not in brief.gist
    assert "Named in English" not in brief.brief


def test_unreadable_and_numbered_names_are_left_out() -> None:
    analysis = seed_analysis()
    body = analysis.body
    extra = [Entity(type="organisation", field="body", text="x", start=0, end=1,
                    english="Samakhomphunamsatriphatthanachumankhet"),
             Entity(type="place", field="body", text="y", start=0, end=1, english="Sukhumvit 22 Road")]
    analysis.entities = analysis.entities + extra
    brief = make_brief(seed_release(), analysis).brief
    assert "Samakhom" not in brief and "Sukhumvit" not in brief
    assert check_against(brief, Analysis(title=analysis.title, body=body, figures=analysis.figures,
                                         dates=analysis.dates)) == []


def test_person_whose_role_has_no_english_is_still_named_without_a_romanised_role() -> None:
    analysis = seed_analysis()
    people = [Entity(type="person", field="body", text=f"นายสมชาย ใจดี{i}", start=0, end=1,
                     english=f"Somchai {name}", role="ผู้ประสานงานโครงการพิเศษ") for i, name in enumerate(
                         ["Jaidee", "Rakdee", "Meesuk", "Thongdee", "Sukjai", "Boonmee", "Chokdee", "Saidee"])]
    analysis.entities = analysis.entities + people
    brief = make_brief(seed_release(), analysis).brief
    assert word_count(brief) <= 120
    for person in people:
        assert re.search(re.escape(person.english) + r"(?:,| and|\.)", brief), brief
    assert "Phu" not in brief  # the unknown Thai position is not romanised


def test_a_country_a_figure_is_compared_with_is_not_where_it_happened() -> None:
    # verbatim from the bundled seed 'ข่าวคณะโฆษก _4_fee49d53-...' (SiteMinder hotel bookings): Thailand is
    # second only to Austria; stays are longer only in Portugal, Colombia, Mexico and Spain
    from briefing.summary.offline import gather
    from briefing.thai import analyze

    body = ("ตัวเลขนี้ทำให้ประเทศไทยอยู่ในอันดับ 2 ของโลก โดยเป็นรองเพียงประเทศออสเตรียเท่านั้น "
            "โดยมากกว่า 15% ของการจองมีระยะเวลา 3 คืนขึ้นไป ซึ่งสูงกว่าค่าเฉลี่ยทั่วโลกที่ 11% "
            "รองจากโรงแรมในโปรตุเกส (21%) และโคลอมเบีย เม็กซิโก และสเปน (18% เท่ากัน)")
    release = Release(title="นักท่องเที่ยวต่างชาติยังชื่นชอบมาเที่ยวไทย", body=body)
    analysis = analyze(release)
    found = {e.text for e in analysis.entities if e.type == "place"}
    assert {"ออสเตรีย", "โปรตุเกส"} <= {t.removeprefix("ประเทศ") for t in found}  # the analyzer finds them
    facts = gather(release, analysis)
    assert not {"Austria", "Portugal", "Colombia", "Mexico", "Spain"} & set(facts.places)
    assert facts.place is None
    # a place that is where it happened still is
    release = Release(title=release.title, body="จัดงานที่จังหวัดเชียงใหม่ " + body)
    assert gather(release, analyze(release)).places[:1] == ["Chiang Mai Province"]


def test_a_road_the_headline_builds_is_not_where_when_it_names_the_province() -> None:
    # the bundled seed 'ด้านเศรษฐกิจ _552_ef698ac1-...' (details/99967), its headline verbatim
    from briefing.summary.offline import gather
    from briefing.thai import analyze

    title = ("กรมทางหลวงชนบท สร้างถนน 4 เลน แยก ทล.4103 เลียบคลองชลประทาน - ถนนพุทธภูมิ จังหวัดนครศรีธรรมราช "
             "คืบหน้ากว่า 75% เตรียมเปิดใช้ต้นปี 2569")
    facts = gather(Release(title=title, body=title), analyze(Release(title=title, body=title)))
    assert facts.place == "Nakhon Si Thammarat Province"
    # a road alone in the headline is still where it happened
    title = "กรมทางหลวงชนบท ปิดซ่อมสะพาน ถนนพุทธภูมิ ชั่วคราว"
    assert gather(Release(title=title, body=title), analyze(Release(title=title, body=title))).place == \
        "Phutthaphum Road"


def test_an_english_headline_of_up_to_twenty_words_is_the_gist() -> None:
    # thaigov.go.th Government News, 2025-09-04, title and first sentence word for word: 17 words, which the
    # gist used to trade for 'Ad Hoc Center for Thailand-Cambodia Border Situation: 7 provinces'
    from briefing.thai import analyze

    title = ("Construction of border fences along border area in Sakaeo approved by Ad Hoc Center for "
             "Thailand-Cambodia Border Situation")
    body = ("September 4, 2025, at 0700hrs, Government Spokesperson Jirayu Houngsub, as member of Ad Hoc Center for "
            "Thailand-Cambodia Border Situation, updated overall situation along the Thai -Cambodian border in 7 provinces")
    release = Release(title=title, body=body)
    assert make_brief(release, analyze(release)).gist == title
