"""The gist says less rather than something false (session 12): a body with no English name is cut at a word the
glossary cannot read when glossed words follow it; an appointee's role ('แต่งตั้ง X เป็นประธาน...') is not the
actor's act; 'เนื่องในโอกาส' / 'ในโอกาส' is 'on the occasion of', not the noun 'opportunity'; a subject noun before
'nationwide' says whether the verb is plural; 'the public' has no plural. Headlines quoted verbatim from corpus
releases outside every bench set (titles alone: the gist's actor and action come from the headline)."""

from __future__ import annotations

from briefing.model import Analysis, Release
from briefing.summary.check import check_against
from briefing.summary.grammar import plural, with_article
from briefing.summary.object_phrase import first_gap
from briefing.summary.offline import make_brief
from briefing.thai import analyze


def _gist(title: str) -> str:
    release = Release(title=title, body="")
    analysis = analyze(release)
    gist = make_brief(release, analysis).gist
    assert check_against(gist, analysis) == []
    return gist


# thaigov.go.th/news/contents/details/91509 and 78818: the subcommittee selecting the 'agricultural sages of the land'
# (ปราชญ์เกษตรของแผ่นดิน); ปราชญ์ is not in the glossary, and the words after it read 'to recruit agriculture of land'
SAGES = "รองปลัดอัญชลี เป็นประธานการประชุมคณะอนุกรรมการสรรหาปราชญ์เกษตรของแผ่นดิน ครั้งที่ 2/2567"
SAGES_2 = "รองปลัดฯ นายนวนิตย์ ประชุมคณะอนุกรรมการสรรหาปราชญ์เกษตรของแผ่นดินครั้งที่ 1/2567"


def test_a_body_read_word_by_word_is_cut_at_a_word_the_glossary_cannot_read() -> None:
    for title in (SAGES, SAGES_2):
        gist = _gist(title)
        assert gist.endswith(("subcommittee meeting", "meeting of the subcommittee")), gist
        assert "agriculture of land" not in gist and "recruit" not in gist, gist


def test_an_unread_word_ending_a_body_name_is_no_gap() -> None:
    # the proper part of a name ends it and leaves the rest true: 'รพ.เวชการุณย์รัศมิ์' is the hospital (details/42426's
    # headline, cut; it is bench/gists5 g18, whose gist must keep 'supports the hospital to fight COVID-19'); built by
    # hand so the analyzer's name is the one the reader reads
    from tests.gist_helpers import entity

    title = "ธอส. สนับสนุน รพ.เวชการุณย์รัศมิ์ สู้ภัย COVID-19"
    analysis = Analysis(title=title, body="", entities=[entity("organisation", "title", title, "รพ.เวชการุณย์รัศมิ์", "")])
    assert first_gap(analysis, title.index("รพ."), len(title)) is None


# thaigov.go.th/news/contents/details/74443, 82048: the Prime Minister appoints the chair; he does not preside
APPOINTS_UNREAD = "นายกฯ แต่งตั้ง พล.ต.อ.พัชรวาทฯ เป็นประธานคณะกรรมการแก้ปัญหามลพิษทางอากาศ"
APPOINTS_NAMED = ("นายกฯ แต่งตั้ง “ปานปรีย์” เป็นประธานคณะกรรมการเฉพาะกิจบริหารสถานการณ์อันเนื่องมาจากความไม่สงบในเมียนมา "
                  "เน้นดำเนินนโยบายการทูตเชิงรุก")


def test_an_appointees_role_is_not_the_actors_act() -> None:
    gist = _gist(APPOINTS_UNREAD)  # read 'Prime Minister presides over the committee to solve problems of air pollution'
    assert gist.startswith("Prime Minister appoints a chair of the committee"), gist
    assert "presides" not in gist, gist
    gist = _gist(APPOINTS_NAMED)  # read '... appoints "Panpri" and presides over the special committee'
    assert "appoints" in gist and "as chair of the special committee" in gist, gist
    assert "presides" not in gist and " and " not in gist, gist


def test_a_working_group_takes_the_article() -> None:
    assert with_article("working group") == "the working group"  # 'as chair of the working group' (details/89105's kind)
    assert with_article("working abroad") == "working abroad"


# thaigov.go.th/news/contents/details/68063, 70508: 'ในโอกาส' cut apart read 'in opportunity', '... birthday opportunity'
FAREWELL = ("เอกอัครราชทูตชิลีฯ เข้าพบนายกรัฐมนตรีในโอกาสพ้นจากหน้าที่ ยืนยันสานต่อความร่วมมือและความสัมพันธ์ในทุกระดับ"
            "ให้ก้าวหน้าต่อไป")
BIRTHDAY = "ดีอีเอส ร่วมบันทึกเทปถวายพระพรในโอกาสวันเฉลิมพระชนมพรรษา"


def test_on_the_occasion_of_is_no_opportunity() -> None:
    gist = _gist(FAREWELL)
    assert gist == "Ambassador calls on the Prime Minister on the occasion of a farewell visit", gist
    gist = _gist(BIRTHDAY)
    assert "opportunity" not in gist and gist.endswith("royal birthday"), gist


# thaigov.go.th/news/contents/details/67133
SUBJECTS = ("พสกนิกรไทยทั่วประเทศร่วมประกอบพิธีทางศาสนา เจริญพระพุทธมนต์และเจริญจิตตภาวนา และบำเพ็ญสาธารณประโยชน์ "
            "ถวายพระราชกุศลถวายพระพรชัยมงคลแด่สมเด็จพระเจ้าลูกเธอ เจ้าฟ้าพัชรกิติยาภา ฯ")


def test_a_plural_subject_before_nationwide_takes_a_plural_verb() -> None:
    gist = _gist(SUBJECTS)  # read 'Thai subjects nationwide joins ... and performs ...'
    assert "Thai subjects nationwide join the religious ceremony" in gist, gist
    assert "joins" not in gist, gist


def test_the_public_has_no_plural() -> None:
    assert plural("the public") == "the public" and plural("Thai public") == "Thai public"
    assert plural("province") == "provinces"


# thaigov.go.th/news/contents/details/82699 (the headline, the opening line and the sentence with the figure)
TQA_TITLE = ("บสย. ร่วมงานสัมมนา  2023 TQA Winner Conference เผยวิสัยทัศน์การบริหารสู่ความเป็นเลิศ เดินหน้า "
             "“เปลี่ยนผ่านองค์กรสู่ Digital Transformation”")
TQA_BODY = ("กรรมการและ ผจก.ทั่วไป บสย. ร่วมงานสัมมนา  2023 TQA Winner Conference: Leadership Challenges in Business "
            "Excellence จัดโดยสำนักงานรางวัลคุณภาพแห่งชาติ สถาบันเพิ่มผลผลิตแห่งชาติ\n"
            "แม้ว่าปัจจุบัน บสย. ได้ให้ความช่วยเหลือเพื่อส่งเสริมให้ผู้ประกอบการ SMEs เข้าถึงแหล่งทุนแล้วมากกว่า 8 แสนราย "
            "แต่ด้วยผู้ประกอบการ SMEs ไทยในระบบที่มีมากกว่า 3 ล้านราย\n")


def test_a_body_count_in_a_generic_counter_is_left_out_of_the_gist() -> None:
    # read '... attends TQA Winner Conference seminar; over 800,000 cases': 'ราย' counts SMEs helped, which the gist
    # does not say; a reader of one line cannot place the number. The brief still reports it.
    release = Release(title=TQA_TITLE, body=TQA_BODY)
    analysis = analyze(release)
    brief = make_brief(release, analysis)
    # (session 22: 'ราย' after 'SMEs' counts SMEs, briefing/data/measures.toml [counted]; the gist may name them now)
    assert "cases" not in brief.gist and ("800,000" not in brief.gist or "800,000 SMEs" in brief.gist), brief.gist
    assert "800,000" in brief.brief, brief.brief


def test_a_spaced_list_after_a_lone_noun_is_a_list() -> None:
    # Thai lists nouns with spaces and closes with 'และ'; after a lone noun the space was read as neither a list nor a
    # clause's end, so the items ran into one noun group ('endorses the method criteria and conditions')
    from briefing.summary.action import action_of

    def act(title: str) -> str:
        return action_of(Analysis(title=title, body=""), [])[0]

    # thaigov.go.th/news/contents/details/59012 (cut after the list)
    assert act("นบข.เห็นชอบหลักเกณฑ์ วิธีการ เงื่อนไข และกรอบวงเงิน").startswith("endorses criteria, methods and conditions")
    # details/43583 (cut): was 'supports the cannabis hemp and kratom'
    assert "hemp, cannabis and kratom" in act(
        "รองปลัดเกษตรฯ เข้าร่วมเสนอความเห็นและแนวทางส่งเสริมและสนับสนุนการปลูกกัญชง กัญชา กระท่อม และพืชเศรษฐกิจ")
    # a project or a situation named by the list after it is one thing, not the list's first item (details/46040, 67552)
    assert "the project and mobile seminar" not in act(
        "รมว.วธ. เป็นประธานกล่าวเปิดโครงการ สัมมนาสัญจร ส่งเสริมการสร้างภาพยนตร์เพื่อส่งเสริมศิลปวัฒนธรรม และ")
    assert "situation, " not in act("ทส. ลงพื้นที่ติดตามสถานการณ์ ไฟป่า หมอกควัน และฝุ่น PM 2.5 จ.เชียงราย")


def test_a_course_is_run_not_trained() -> None:
    # thaigov.go.th/news/contents/details/64270, 53976: 'เปิดอบรมหลักสูตร...' read 'trains the ... course'
    assert _gist("กระทรวงเกษตรฯ เปิดอบรมหลักสูตรวิทยาการเกษตรระดับสูง (วกส.) รุ่นที่ 3") == \
        "MOAC runs the high-level agricultural course"
    gist = _gist("บีโอไอเปิดอบรมหลักสูตรสร้างนักลงทุนไทยในต่างประเทศรุ่นที่ 20")
    assert gist.startswith("BOI runs the course"), gist
