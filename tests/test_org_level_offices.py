"""A known body glued to a bare จังหวัด or อำเภอ is its provincial or district office, one name
(briefing/thai/org_level_offices.py). Sentences quoted from corpus releases (the source in each comment)."""

from __future__ import annotations

from tests.entity_helpers import orgs


def test_provincial_and_district_centres():
    # details/81029: the reader saw ศูนย์ดำรงธรรม three times, never the provincial and district centres
    body = ("สามารถติดต่อผ่านช่องทางศูนย์ดำรงธรรมกระทรวงมหาดไทยได้ ทั้งศูนย์ดำรงธรรมจังหวัด ศูนย์ดำรงธรรมอำเภอ "
            "หรือโทรสายด่วน 1567 โดยจะมีเจ้าหน้าที่")
    found = orgs(body)
    assert "ศูนย์ดำรงธรรมจังหวัด" in found
    assert "ศูนย์ดำรงธรรมอำเภอ" in found


def test_short_form_with_the_level_word_glued_or_after_its_dot():
    # details/66801 (glued); details/45605 (after the dot and a space)
    assert "ปภ.จังหวัด" in orgs("โดยมี รองผู้ว่าราชการจังหวัด ปลัดจังหวัด ท้องถิ่นจังหวัด ปภ.จังหวัด และส่วนราชการในพื้นที่")
    assert "คทช. จังหวัด" in orgs("สนับสนุนคณะอนุกรรมการนโยบายที่ดินจังหวัด (คทช. จังหวัด) ในการจัดที่ดินทำกิน")


def test_a_named_province_or_a_ministry_is_left_to_the_other_rules():
    assert "ศูนย์ดำรงธรรมจังหวัดเชียงใหม่" in orgs("ร้องเรียนที่ศูนย์ดำรงธรรมจังหวัดเชียงใหม่ เมื่อวันที่ 3")
    assert not any(f.startswith("กระทรวง") and f.endswith("จังหวัด") for f in orgs("ให้กระทรวงมหาดไทยจังหวัด ได้"))


def test_levels_joined_by_a_slash_and_posts_are_left_alone():
    # details/65895: the kind at both levels, joined by a slash; details/65517: the office inside the director's post
    assert "ศูนย์ดำรงธรรมจังหวัด" not in orgs("สามารถให้ข้อมูลข่าวสารได้ที่ศูนย์ดำรงธรรมจังหวัด/อำเภอ สายด่วน 1567 โทรฟรี")
    assert not any(f.endswith(".จังหวัด") for f in orgs("ขอให้ผู้ว่าราชการจังหวัดใช้กลไก ผอ.รมน.จังหวัด บูรณาการกองกำลังทหารตำรวจ"))


def test_a_list_of_ministries_and_the_provinces_is_no_office():
    # details/98677, a cabinet summary listing who acts: the provinces (จังหวัด) are an item of their own
    found = orgs("ชุมชน และภาคเอกชนในการรักษาฟื้นฟูระบบนิเวศป่า\nทส. กษ. จังหวัด อปท.\n(3) ประกาศปิดพื้นที่ป่า")
    assert not any(f.endswith("จังหวัด") for f in found)
