"""A loss of revenue is no revenue (briefing/data/measures.toml, 'สูญเสียรายได้' and its kin): 'รัฐจะสูญเสียรายได้ภาษีเงินได้
นิติบุคคล เพียง 455 ล้านบาท' gave 'tax of 455 million baht', 'สูญเสียรายได้ประมาณ 20,000 ล้านบาท' 'income of ...' (bench/gists20
g02; 42 archive releases with such a sum outside every bench set, session 21). Quoted verbatim from the archive."""

from __future__ import annotations

from tests.gist_helpers import release_gist as _gist


def test_a_revenue_loss_is_said_as_one() -> None:
    # thaigov.go.th/news/contents/details/56818
    gist = _gist("ครม. เคาะ ! มาตรการภาษี ยกเว้นภาษีเงินได้นิติบุคคล 2 เท่า สนับสนุนการจัดสัมมนา นิทรรศการ งานแสดงสินค้า",
                 "ซึ่งคาดว่า จะมีบริษัทหรือห้างหุ้นส่วนนิติบุคคลใช้สิทธิประโยชน์ทางภาษี จาก 2 ร่าง พ.ร.ฎ. ดังกล่าว รวมแล้วประมาณ "
                 "7,750 ราย โดยรัฐจะสูญเสียรายได้ภาษีเงินได้นิติบุคคล เพียง 455 ล้านบาท\n")
    assert "tax revenue loss of 455 million baht" in gist, gist
