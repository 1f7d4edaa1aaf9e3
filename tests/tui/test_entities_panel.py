"""The side panel lists what the brief's prose leaves out: the English the release writes itself."""

from __future__ import annotations

from briefing.model import Release
from briefing.thai import analyze
from briefing.tui.widgets.entities_panel import ENGLISH_HEADING, PanelEntry, panel_entries

# Quoted from the bundled seed on savings bonds (ข่าวคณะโฆษก _3_0095dd5a...), line 12.
BODY = ("ทั้งนี้ มีการปรับเงื่อนไขการซื้อให้ทยอยซื้อได้วงเงินสูงสุดต่อครั้งไม่เกิน 5,000,000 บาท "
        "เพื่อกระจายพันธบัตรให้ทั่วถึงมากขึ้น  (First-Come, First-Served) ผู้ที่สนใจสามารถดาวน์โหลดแอปพลิเคชันเป๋าตังได้ตั้งแต่วันนี้")


def test_english_the_release_writes_is_listed_and_leads_to_where_it_stands() -> None:
    analysis = analyze(Release(title="รัฐบาลเปิดขายพันธบัตรออมทรัพย์", body=BODY))
    entries = panel_entries(analysis, width=36)
    assert ENGLISH_HEADING in entries
    after = entries[entries.index(ENGLISH_HEADING) + 1:]
    phrase = next(e for e in after if isinstance(e, PanelEntry) and "First-Come, First-Served" in e.prompt.plain)
    assert phrase.body_offsets == (BODY.index("First-Come"),)


def test_no_english_no_heading() -> None:
    analysis = analyze(Release(title="รัฐบาลเปิดขายพันธบัตรออมทรัพย์", body="ผู้ที่สนใจสามารถซื้อที่จุดจำหน่ายในงานเท่านั้น"))
    assert ENGLISH_HEADING not in panel_entries(analysis, width=36)


def test_a_romanised_name_is_marked_as_a_guess_beside_the_name_not_the_role() -> None:
    # the bundled seed on the Rural Roads' 4-lane road (details/99967), its first words verbatim
    body = "นายมนตรี เดชาสกุลสม อธิบดีกรมทางหลวงชนบท กระทรวงคมนาคม เปิดเผยโครงการก่อสร้างถนน"
    analysis = analyze(Release(title="กรมทางหลวงชนบท สร้างถนน", body=body))
    person = next(e for e in analysis.entities if e.type == "person")
    assert person.english_source == "romanised"
    first_line = next(e.prompt.plain.splitlines()[0] for e in panel_entries(analysis, width=60)
                      if isinstance(e, PanelEntry) and e.entity and e.entity[0] == "person")
    assert first_line.startswith(f"• {person.english} (romanised), ")
    assert "Director-General" in first_line
