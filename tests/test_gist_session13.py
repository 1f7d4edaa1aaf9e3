"""Whose post, and counts in English (session 13): a post the headline names with its body or seat right after it
says whose it is ('รมว.เกษตร' the Minister of Agriculture and Cooperatives, 'ผู้ว่าฯ หนองคาย' the Nong Khai Governor,
'อธิบดีกรม...' the department's Director-General), and a holder the release names is said with that body's acronym;
'คณะรัฐมนตรี' is the Cabinet, not a minister; a count of a noun the unit list lacks ('250 ลูกจ้าง') is given in the
headword list's English or left out, never as 'items (Lukchang)'. Headlines (and a line of body where the holder
matters) quoted verbatim from corpus releases outside every bench set."""

from __future__ import annotations

from tests.gist_helpers import release_gist as _gist

# thaigov.go.th/news/contents/details/75609: read 'Governor reports on administrative officials'
NONG_KHAI = "ผู้ว่าฯ หนองคาย เผยฝ่ายปกครองสนธิกำลังร่วมตำรวจเดินหน้าแก้ไขปัญหาหนี้นอกระบบ"
# bench/gists10 g12's kind, a headline alone: read 'Minister appoints ...'
AGRICULTURE = "รมว.เกษตร แต่งตั้ง “ธนดล” เป็นประธานคณะทำงานการตรวจสอบ"


def test_a_post_with_its_seat_or_body_says_whose_it_is() -> None:
    gist = _gist(NONG_KHAI)
    assert gist.startswith("Nong Khai Governor "), gist
    gist = _gist(AGRICULTURE)
    assert gist.startswith("Minister of Agriculture and Cooperatives appoints"), gist


# thaigov.go.th/news/contents/details/84536 (headline cut; the body's first line): 'ผู้ช่วย รมว.กษ.' ended inside
# 'รมว.', so the ministry after it stood nearer the verb and acted ('MOAC attends a meeting of the subcommittee')
ASSISTANT = "ดร.จอมขวัญ ผู้ช่วย รมว.กษ. เข้าร่วมการประชุมคณะอนุกรรมการติดตามและขับเคลื่อนงานด้านการเกษตรและสหกรณ์"
ASSISTANT_BODY = ("ดร.จอมขวัญ กลับบ้านเกาะ ผู้ช่วยรัฐมนตรีประจำกระทรวงเกษตรและสหกรณ์ พร้อมคณะ เข้าร่วมการประชุม"
                  "คณะอนุกรรมการติดตามและขับเคลื่อนงานด้านการเกษตรและสหกรณ์")


def test_an_assistants_post_ends_where_the_post_does() -> None:
    gist = _gist(ASSISTANT, ASSISTANT_BODY)
    assert gist.startswith("MOAC Assistant Minister Chomkhwan"), gist


# thaigov.go.th/news/contents/details/73399: read 'Minister resolves on the project to build pair railway'
CABINET = "คณะรัฐมนตรีมีมติอนุมัติดำเนินโครงการก่อสร้างรถไฟทางคู่ ช่วงขอนแก่น-หนองคาย ของการรถไฟแห่งประเทศไทย"


def test_the_cabinet_is_no_minister() -> None:
    gist = _gist(CABINET)
    assert not gist.startswith("Minister"), gist
    assert gist.startswith("Cabinet"), gist


# thaigov.go.th/news/contents/details/73746 and 43780: read '...; 250 items (Lukchang)', '...; 3 items (Yiho)'
EMPLOYEES = "กสร. ลงพื้นที่เจรจานายจ้างลูกจ้างราชบุรีช่วย 250 ลูกจ้างถูกเลิกจ้าง ได้รับเงินตามกฎหมาย"
BRANDS = "นายกรัฐมนตรีขอให้เชื่อมั่นวัคซีน 3 ยี่ห้อที่ไทยเลือกใช้ WHO ให้การรับรอง ใช้กันแพร่หลายทั่วโลก"


def test_a_count_of_an_unlisted_noun_is_said_in_english_or_not_at_all() -> None:
    for title in (EMPLOYEES, BRANDS):
        gist = _gist(title)
        assert "items (" not in gist, gist
    assert _gist(EMPLOYEES).endswith("; 250 employees")


def test_a_classifier_is_not_read_as_the_word_it_also_is() -> None:
    # details/87895 (2024-09-11): 'กำลังผลิต EM ball อีก 3,000 ลูก' gave '...; 3,000 childs': ลูก after a number
    # counts balls or fruit, the thing named before it; and a child is never 'childs'
    from briefing.summary.grammar import plural

    gist = _gist("สธ. เตรียมผลิต EM ball อีก 3,000 ลูก รองรับสถานการณ์น้ำท่วมขังในเชียงราย")
    assert "child" not in gist and "items (" not in gist, gist
    assert plural("child") == "children" and plural("local woman") == "local women" and plural("officer") == "officers"
