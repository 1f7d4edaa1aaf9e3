"""Companies named bare (briefing/thai/companies.py) and Latin company lists after 'ได้แก่/อาทิ บริษัท'.

Each sentence is quoted verbatim from a release of the thaigov.go.th archive (its source URL in the comment).
"""

from __future__ import annotations

from pathlib import Path

from briefing.thai.entities import find_entities
from briefing.thai.organisations import _firm_word_cut

DATA = Path(__file__).resolve().parent.parent / "briefing" / "data" / "mined_companies.tsv"


def _orgs(body: str) -> list[str]:
    entities, _ = find_entities("", body)
    return [e.text for e in entities if e.type == "organisation"]


# details/88203: employers signing with the employment department, named without บริษัท, one after another
EMPLOYERS = ("โดยสถานประกอบการชั้นนำอีก 22 แห่ง ประกอบด้วย เซ็นทรัล เรสเตอรองส์ กรุ๊ป เซ็นทรัล รีเทล คอร์ปอเรชั่น "
             "ไมเนอร์ อินเตอร์เนชั่นแนล เดอะมอลล์ กรุ๊ป แมคไทย เชสเตอร์ฟู้ด ซูกิชิ พีทีจี เอ็นเนอยี ซีพี แอ็กซ์ตร้า")
# details/91777: Thai firms on a trade mission, the list opened by อาทิ บริษัท
MISSION = ("สำคัญของไทย 14 บริษัทเยือนบังกลาเทศ ในช่วงเดือนกรกฎาคม 2567 อาทิ บริษัท Thai President Foods, "
           "Heritage Snacks & Food, Sea Value, B Grimm, Energy Absolute และ SCG Logistics เป็นต้น")
# details/77590: a company the archive registers, named bare in a headline
HEADLINE = "นายกฯ หารือภาคเอกชนชั้นนำ อย่าง DP World และHSBC ยืนยันความพร้อมในการทำงานร่วมกัน"
# details/44150: the maker's name as its vaccine
VACCINE = ("ได้ตั้งคณะทำงานด้านบริหารจัดการการให้บริการวัคซีนโควิด 19 กรณีวัคซีนไฟเซอร์ (Pfizer) "
           "ซึ่งมีผู้ทรงคุณวุฒิจากทุกภาคส่วน")
# details/43392: a registered name glued to จาก
GLUED = ("นายสุชาติ ชมกลิ่น รัฐมนตรีว่าการกระทรวงแรงงาน รับมอบผลิตภัณฑ์เครื่องดื่มจากไทยกรุ๊ป โฮลดิ้งส์ "
         "ส่งมอบนายจ้างช่วยเหลือลูกจ้างในแคมป์คนงาน")
# details/46708: a registered name with its English in brackets
BRACKETED = ("ซึ่งเป็น Thailand Open Digital Platform ได้รับการพัฒนาโดย อินฟินิธัส บาย กรุงไทย (Infinitas by Krungthai) "
             "เปิดกว้างสำหรับผู้ใช้งาน")


def test_company_names_closed_by_a_corporate_word() -> None:
    found = _orgs(EMPLOYERS)
    for name in ("เซ็นทรัล เรสเตอรองส์ กรุ๊ป", "เซ็นทรัล รีเทล คอร์ปอเรชั่น", "ไมเนอร์ อินเตอร์เนชั่นแนล",
                 "เดอะมอลล์ กรุ๊ป", "พีทีจี เอ็นเนอยี", "ซีพี แอ็กซ์ตร้า"):
        assert name in found
    assert not any(n.startswith(("ประกอบด้วย", "ซูกิชิ")) for n in found)  # the registered name ends the run before


def test_latin_list_after_the_word_company() -> None:
    found = _orgs(MISSION)
    assert {"บริษัท Thai President Foods", "Heritage Snacks & Food", "Sea Value", "Energy Absolute", "SCG Logistics"} <= set(found)


def test_registered_latin_name_bare_but_not_a_vaccine() -> None:
    assert "DP World" in _orgs(HEADLINE)
    assert "Pfizer" not in _orgs(VACCINE)


def test_registered_name_glued_or_with_its_english() -> None:
    assert "ไทยกรุ๊ป โฮลดิ้งส์" in _orgs(GLUED)
    entities, _ = find_entities("", BRACKETED)
    named = [e for e in entities if e.text == "อินฟินิธัส บาย กรุงไทย"]
    assert named and named[0].type == "organisation" and named[0].english == "Infinitas by Krungthai"


def test_mined_file_cites_its_source_and_rows_are_well_formed() -> None:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# Source: PyThaiNLP thaigov-v2-corpus")
    rows = [line.split("\t") for line in lines if not line.startswith("#")]
    assert {r[0] for r in rows} == {"name", "other", "latin", "tail", "more"}
    assert all(len(r) == 3 and r[1].strip() == r[1] and int(r[2]) >= 2 for r in rows)
    names = [r[1] for r in rows if r[0] == "name"]
    assert len(names) == len(set(names))
    assert DATA.stat().st_size < 300_000


# details/74580: a company written with บริษัท and its Latin legal name, then named bare
KANEKA = ("ตนยังได้พบกับนายเคอิโซะ ฟูจิโมโต ผู้แทนบริษัท Kaneka Corporation ผู้ผลิตนวัตกรรมผลิตภัณฑ์ปิโตรเคมี "
          "ปัจจุบัน Kaneka มีสำนักงานตั้งอยู่ใน 3 เมืองหลักของญี่ปุ่น")
# details/61682: the maker's name as a brand of parts (ยี่ห้อ) is its product, not the company
BRAND = ("ซึ่งบริษัท Mitsubishi Heavy Industries, Ltd. ได้รับสิทธิในงานดังกล่าว โดยปัจจุบันสามารถดำเนินการซ่อมชิ้นส่วน "
         "Hot Gas Path Parts ยี่ห้อ Mitsubishi รุ่น M701D")


def test_latin_company_named_bare_after_its_full_name() -> None:
    assert _orgs(KANEKA) == ["บริษัท Kaneka Corporation", "Kaneka"]


def test_latin_company_short_form_not_a_product_or_part_of_a_longer_name() -> None:
    assert "Mitsubishi" not in _orgs(BRAND)
    found = _orgs("บริษัท Google ได้ลงทุนในไทย ผ่านบริการ Google Cloud และ Google ยังได้ร่วมมือ")
    assert found.count("Google") == 1  # Google| Cloud is the product; the last Google is the company


def test_latin_name_in_brackets_after_a_company_is_a_name() -> None:
    # details/36287: a Chinese design firm written in Thai letters with its English name in brackets
    found = _orgs("และบริษัท ไชน่า เรลเวย์ ดีไซน์ คอร์เปอเรชัน (China Railway Design Corporation) เข้าร่วม ภายหลังเสร็จสิ้น")
    assert "China Railway Design Corporation" in found


def test_transliterated_word_not_cut_as_a_verb() -> None:
    # newmm cuts อินฟราสตรัคเจอร์ (details/72544: บริษัท กัลฟ์ อินฟราสตรัคเจอร์ จำกัด) into อิน|ฟ|รา|สต|รัคเจอร์; รา
    # after the lone ฟ is no verb of a clause, so a spaced company name goes on past it
    assert _firm_word_cut("อินฟราสตรัคเจอร์") == len("อินฟราสตรัคเจอร์")
    assert _firm_word_cut("ได้เข้าพบ") == 0
