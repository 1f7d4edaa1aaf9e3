"""A board named by บอร์ด and its body's short form (briefing/thai/org_boards.py).

What a reader expects (thaigov-v2 releases outside bench and dev):
- details/89134 "พร้อมผู้บริหาร มท. ร่วมประชุมบอร์ด คอส. มอบ ปภ.": the board (was nothing: คอส. alone is no glossary word);
- details/99955 "รัฐบาลหนุนเศรษฐกิจดิจิทัล บอร์ดดีอีเคาะเมืองอัจฉริยะ": the digital economy board (was ดีอี, the ministry);
- details/56770 "นายกฯ ประชุมบอร์ด EEC ติดตามความก้าวหน้า": the EEC's board, a body (was nothing);
- details/57952 "นายกุลเดช พัวพัฒนกุล ประธานบอร์ดกยท. นายณกรณ์": glued to the chairman's post.
- details/96246 "เลขาฯ ลอรี่ ร่วมบอร์ดสิ่งแวดล้อมแห่งชาติ ครั้งที่ 2/2568": a national board named by its subject.
Not boards: a keyboard, a whiteboard, a board game, a room named after the board.
"""

from briefing.thai import org_boards
from briefing.thai.entities import find_entities
from briefing.thai.gazetteer import gazetteer


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in org_boards.find(text, gazetteer())]


def _orgs(text: str) -> list[str]:
    return [e.text for e in find_entities("", text)[0] if e.type == "organisation"]


def test_dotted_code_no_glossary_lists():
    text = 'ไทย-ข่าวทำเนียบรัฐบาล-"อนุทิน" พร้อมผู้บริหาร มท. ร่วมประชุมบอร์ด คอส. มอบ ปภ. เร่งกำหนดหลักเกณฑ์ประเมินความเสียหาย'
    assert _found(text) == ["บอร์ด คอส."]
    assert "บอร์ด คอส." in _orgs(text)


def test_glued_glossary_word_is_the_board_not_the_ministry():
    text = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-รัฐบาลหนุนเศรษฐกิจดิจิทัล บอร์ดดีอีเคาะเมืองอัจฉริยะ\n\nวันพฤหัสบดีที่ 21 สิงหาคม 2568"
    assert _found(text) == ["บอร์ดดีอี"]
    orgs = _orgs(text)
    assert "บอร์ดดีอี" in orgs and "ดีอี" not in orgs


def test_latin_acronym_and_glued_post():
    assert _found("รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-นายกฯ ประชุมบอร์ด EEC ติดตามความก้าวหน้าการดำเนินงานโครงการ EEC") == ["บอร์ด EEC"]
    assert _found("มีผู้เข้าร่วมประชุมประกอบด้วย นายกุลเดช พัวพัฒนกุล ประธานบอร์ดกยท. นายณกรณ์ ตรรกวิรพัท ผู้ว่ากยท.") == ["บอร์ดกยท."]


def test_things_named_board_are_not_bodies():
    assert _found("พิมพ์ผ่านคีย์บอร์ด USB และเขียนบนไวท์บอร์ด AI") == []
    assert _found("อ่านนิทาน เล่นบอร์ดเกมส์ โดยกลุ่มบุคคล ณ ห้องประชุมบอร์ด สสส. ชั้น 5") == []
    assert _found("จากการประชุมบอร์ดคกก. เมื่อวันที่ 19") == []


def test_english_names_the_board():
    g = gazetteer()
    text = "ร่วมประชุมบอร์ด กพช. และบอร์ด สมอ. และบอร์ด BCG"
    spans = org_boards.find(text, g)
    assert [org_boards.english(text, a, b, g) for a, b in spans] == [
        "National Energy Policy Council (NEPC)", "Board of the Thai Industrial Standards Institute (TISI)", "BCG board"]


def test_national_board_named_by_its_subject():
    text = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-เลขาฯ ลอรี่ ร่วมบอร์ดสิ่งแวดล้อมแห่งชาติ ครั้งที่ 2/2568"
    assert _found(text) == ["บอร์ดสิ่งแวดล้อมแห่งชาติ"]
    assert "บอร์ดสิ่งแวดล้อมแห่งชาติ" in _orgs(text)
    assert _found("รางวัลบอร์ดีเด่นแห่งชาติ") == []
