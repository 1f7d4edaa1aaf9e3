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
