"""A body written as the venue (ณ สำนักงานที่ดินจังหวัดสงขลา) takes the organisation's English, made from its parts or
translated from its words, where a romanisation ('Samnakngan Thidin Changwat Songkhla') read as nothing in English."""

from briefing.model import Release
from briefing.thai import analyze


def _places(body: str) -> dict[str, tuple[str | None, str | None]]:
    return {e.text: (e.english, e.english_source) for e in analyze(Release(title="x", body=body)).entities
            if e.type == "place"}


def test_a_provincial_office_as_the_venue() -> None:
    # seeds/ด้านความมั่นคง _11 (details/93543, 2025-02-18): the minister hands over land booklets at the land office
    places = _places("มอบสมุดประจำตัวโครงการที่ดินทำกินให้ชุมชน ณ สำนักงานที่ดินจังหวัดสงขลา สาขาหาดใหญ่ ตำบลพะตง "
                     "อำเภอหาดใหญ่ จังหวัดสงขลา")
    # the branch named by its bare district is part of the office's name (session 23, org_bounds.branch_end)
    english, source = places["สำนักงานที่ดินจังหวัดสงขลา สาขาหาดใหญ่"]
    assert english is not None and "Land" in english and "Songkhla" in english and "Hat Yai Branch" in english
    assert source in ("listed", "translated")


def test_a_translated_office_is_marked_translated() -> None:
    # archive release with 'ณ สำนักงานสหกรณ์จังหวัดกระบี่' (read in the session-14 sample of 250 venue releases)
    english, source = _places("ประชุมคณะทำงาน ณ สำนักงานสหกรณ์จังหวัดกระบี่ เมื่อวันที่ 5 มีนาคม")[
        "สำนักงานสหกรณ์จังหวัดกระบี่"]
    assert english == "Provincial Cooperatives Office, Krabi" and source == "translated"
