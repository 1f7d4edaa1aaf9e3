"""What happened (session 19). Headlines quoted verbatim from archive releases outside every bench set
(bench/gists_archive.py draws, seeds 1901-1903); what a reader expects was written before the change."""

from __future__ import annotations

from briefing.summary.check import word_count
from briefing.summary.english_title import fit_title
from tests.gist_helpers import release_gist as _gist

# An English headline longer than a gist was read word by word as a Thai one is, into word salad.
# thaigov.go.th/news/contents/details/84693: read 'Thai Airways reports on confidences that after Thai Airways-India
# added PM Supports Aviation Hub Industry'; expected: the PM supports the aviation hub industry
AVIATION = ("PM Supports Aviation Hub Industry, confidences that after Thai Airways-India added 7,000 seats on planes per "
            "week will boost travel and tourism between the two countries.")
# thaigov.go.th/news/contents/details/55781: read 'Government Spokesperson ... reports on The Prime Minister visited ...'
VISITED = ("The Prime Minister visited a high-value agricultural operation at Ban Tha Yim Mueang, Sakon Nakhon, and "
           "advised on adaptability to expand the quality in every factor.")
# thaigov.go.th/news/contents/details/79254: read 'Cabinet holds All sectors called on to maintain cleanliness ...'
CLEAN = ("All sectors called on to maintain cleanliness of public spaces during auspicious year of His Majesty the "
         "King's 6th Cycle Birthday Anniversary")
# thaigov.go.th/news/contents/details/62577: read 'The cabinet met on December 6, 2022. Some of the resolutions are as
# follows:; 20 Institutes'
MET = "The cabinet met on December 6, 2022. Some of the resolutions are as follows:"


def test_a_long_english_headline_is_cut_to_its_opening_clause() -> None:
    gist = _gist(AVIATION)
    assert gist.startswith("PM Supports Aviation Hub Industry") and "confidences" not in gist, gist
    assert _gist(VISITED) == "The Prime Minister visited a high-value agricultural operation at Ban Tha Yim Mueang, " \
                             "Sakon Nakhon"
    assert _gist(CLEAN) == "All sectors called on to maintain cleanliness of public spaces"


def test_a_lead_in_to_a_list_is_dropped() -> None:
    assert _gist(MET).startswith("The cabinet met on December 6, 2022") and "follows" not in _gist(MET)


def test_the_cut_never_leaves_a_dangling_word_or_an_open_quote() -> None:
    # the rightmost cut of AVIATION ('... confidences that | after ...') ends on 'that': the comma's cut is taken
    assert fit_title(AVIATION, 20, word_count) == "PM Supports Aviation Hub Industry"
    # thaigov.go.th/news/contents/details/62293: the cut at ' at ' keeps the quoted event whole
    soil = ("Permanent Secretary for Interior Kick Start “The Ministry of Interior (MOI)’s world soil day event” for this "
            "year at Watpasisaengtham, Ubon Ratchathani Province, and invited Thai people to participate in “World Soil "
            "Day 2022” event on Dec 5th in all districts and provinces across the nation.")
    assert fit_title(soil, 20, word_count) == ("Permanent Secretary for Interior Kick Start “The Ministry of Interior "
                                               "(MOI)’s world soil day event” for this year at Watpasisaengtham")
    # a quoted name with a word the caller drops (a number that is no figure) is not kept half; no cut before it: as is
    assert fit_title(soil, 20, word_count, lambda w: w == "event") == soil.rstrip(". ")
    # a short headline is left as it is
    assert fit_title("PM meets with President Putin of Russian Federation", 20, word_count) == \
        "PM meets with President Putin of Russian Federation"


def test_a_capitalised_title_is_put_in_title_case() -> None:
    # AVIATION in capitals: a short capital word (an acronym) stays
    assert fit_title(AVIATION.upper(), 20, word_count) == "PM Supports Aviation Hub Industry"


def test_special_remarks_are_a_speech() -> None:
    # thaigov.go.th/news/contents/details/54894: read 'Prayut Chan-o-cha reports on Special Remarks by His Excellency ...'
    gist = _gist("Special Remarks by His Excellency Gen. Prayut Chan-o-cha (Ret.), Prime Minister of Thailand, at the 78th "
                 "session of Opening Ceremony of ESCAP")
    assert gist.startswith("Prime Minister Prayut Chan-o-cha speaks at the "), gist


# A quoted title the gist leaves out (a name with a number, a slogan) right after the verb is its object; the nouns
# after it belong to the next clause, and read as the object they said what was not done.
# thaigov.go.th/news/contents/details/44901: read 'MOAC presses ahead with COVID crisis' (it presses ahead with the
# minister's 5 strategies to get through the COVID crisis); expected: presses ahead with the strategy, overcomes the crisis
STRATEGIES = ("เดินหน้า “5 ยุทธศาสตร์เฉลิมชัย” ฝ่าวิกฤติโควิด กระทรวงเกษตรฯ ผนึกเครือข่ายเกษตรอินทรีย์คิกออฟ “สภาเกษตรอินทรีย์พีจีเอส” "
              "ระบบการรับรองแบบมีส่วนร่วมครั้งแรกในประเทศไทย “อลงกรณ์” เล็ง")


def test_a_left_out_quoted_object_gives_its_head_noun() -> None:
    gist = _gist(STRATEGIES)
    assert "presses ahead with the strategy" in gist and "presses ahead with COVID" not in gist, gist


# 'ให้' after a qualified noun, with a noun and no verb after it, says for whom.
# thaigov.go.th/news/contents/details/53459: read 'opens the plan and public' (ให้ประชาชน: for the public)
PLAN = ("เปิดแผนอำนวยความสะดวกและปลอดภัยให้ประชาชน พร้อมรองรับการเดินทางช่วงเทศกาลสงกรานต์ 2565 “เดินทางสะดวก ปลอดภัย "
        "ห่างไกล COVID-19”")


def test_hai_after_a_qualified_noun_says_for_whom() -> None:
    gist = _gist(PLAN)
    assert "for the public" in gist and "plan and public" not in gist, gist


# An order names who carries out the next clause even when the analyzer finds no name in the party: joined by 'and'
# the actor did it.
# thaigov.go.th/news/contents/details/78281: read 'Prime Minister orders agencies and receives Chinese New Year tourists'
# thaigov.go.th/news/contents/details/72961: read '... orders MSDHS One Home team and copes with floods'
def test_an_ordered_party_does_the_next_clause() -> None:
    gist = _gist("นายกฯ สั่งหน่วยงานเตรียมพร้อม รับและดูแลนักท่องเที่ยวช่วงตรุษจีน")
    assert "orders agencies to receive" in gist and "and receives" not in gist, gist
    gist = _gist("ปลัด พม. สั่ง ทีม One Home พม. ทั่วประเทศ  รับมือน้ำท่วม พร้อมเตรียมแผนช่วยเหลือกลุ่มเปราะบางหลังน้ำลด")
    assert "team to cope with floods" in gist and "and copes" not in gist, gist


# The King's motto 'สืบสาน รักษา ต่อยอด' is one verb (carry on, preserve and build on), not 'carries to treat'.
# thaigov.go.th/news/contents/details/55454: read 'Ministry of Culture carries to treat the Thai language'
def test_the_kings_motto_is_one_verb() -> None:
    gist = _gist("60 ปีวันภาษาไทยแห่งชาติ วธ.น้อมนำพระบรมราโชบายพระบาทสมเด็จพระเจ้าอยู่หัว สืบสาน รักษา และต่อยอด ภาษาไทย "
                 "จัดกิจกรรมวันภาษาไทยแห่งชาติปี 2565")
    assert "carries on, preserves and builds on the Thai language" in gist and "treat" not in gist, gist
