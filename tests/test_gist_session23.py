"""Session 23 gist kinds (OFFLINE_VERSION 52). Headlines quoted verbatim from archive releases outside every bench set
(/tmp regex draws like bench/gists_archive.py from the unpacked corpus; the seeds are in the commit messages)."""

from __future__ import annotations

from tests.gist_helpers import release_gist as _gist


def test_hai_kap_is_for_not_with() -> None:
    # thaigov.go.th/news/contents/details/43114: read 'creates jobs and income with the public'
    gist = _gist("นายกรัฐมนตรีพร้อมส่งเสริมการท่องเที่ยวจุดชมวิว Sky Walk ฝั่งแม่น้ำแควใหญ่ เป็นแลนด์มาร์กแห่งใหม่ของกาญจนบุรี "
                 "เพื่อกระตุ้นเศรษฐกิจในพื้นที่ สร้างอาชีพและรายได้ให้กับประชาชน")
    assert "for the public" in gist and "with the public" not in gist, gist
    # thaigov.go.th/news/contents/details/65619: read 'increases skills with boat people'
    gist = _gist("ศูนย์ฝึกพาณิชย์นาวี กรมเจ้าท่า เปิดหลักสูตรฝึกอบรมเดือนมีนาคม เพิ่มทักษะให้กับคนเรือ "
                 "สร้างความปลอดภัยการสัญจรทางน้ำเพิ่มมากขึ้น")
    assert " with " not in gist, gist
