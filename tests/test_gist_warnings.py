"""A headline that warns (briefing/summary/warning.py). Headlines quoted verbatim from archive releases outside every
bench set (bench/gists_archive.py draws, seeds 1906, 7101, 7201); what a reader expects was written before the change:
the warner warns, of scams or fake news when the headline says so, and nothing the scammer does is the warner's act."""

from __future__ import annotations

from briefing.summary.warning import reads_warned, warned_action, warning_start
from tests.gist_helpers import release_gist as _gist


def test_the_warner_warns_and_the_impersonated_bank_does_nothing() -> None:
    # thaigov.go.th/news/contents/details/72265: read 'Government Savings Bank releases loans and advises on the public;
    # 3,920 baht' (DES warns of scammers faking the bank's page; the bank released nothing)
    title = "ดีอีเอส เตือน!! มิจฉาชีพปลอมเพจ ธ.ออมสินปล่อยสินเชื่ออนุมัติไวไม่ต้องมีคนค้ำ แนะประชาชนตระหนักรู้และเท่าทัน"
    assert _gist(title) == "MDES warns the public about scams"


def test_a_headline_opening_with_a_warning_gives_the_scammers_act_to_no_one() -> None:
    # thaigov.go.th/news/contents/details/40982: read 'The government cheats destination money parcels'
    assert _gist("ระวัง! มิจฉาชีพหลอกให้รับพัสดุเก็บเงินปลายทาง") == "The government warns the public about scams"
    # thaigov.go.th/news/contents/details/66850: read "Comptroller General's Department falls for state welfare card
    # rights" (อย่าหลงเชื่อ: do not fall for); no scam word, so only a warning is said
    assert _gist("กรมบัญชีกลางเตือน! ผู้ได้รับสิทธิบัตรสวัสดิการแห่งรัฐ อย่าหลงเชื่อการเชิญชวนให้ยกเลิกสิทธิบัตรสวัสดิการแห่งรัฐ") \
        == "Comptroller General's Department issues a warning"


def test_a_rule_elsewhere_is_no_act_of_the_warner_nor_where_it_warns() -> None:
    # thaigov.go.th/news/contents/details/65329: read 'OPM bans the cannabis oil in Hong Kong' (Hong Kong bans it)
    gist = _gist("เตือน! ห้ามนำน้ำมันกัญชาเข้าฮ่องกง ฝ่าฝืนมีโทษจำคุก 7 ปี และปรับสูงสุด 4.5 ล้านบาท")
    assert gist.startswith("The government issues a warning") and "bans" not in gist and "Hong Kong" not in gist, gist


def test_the_rumour_mongers_verb_is_not_the_finders() -> None:
    # thaigov.go.th/news/contents/details/49898: read 'MDES posts trend island fake news' (MDES found who posted it)
    assert _gist("ดีอีเอส พบมือโพสต์ข่าวปลอมเกาะกระแสคริปโต") == "MDES reports on fake news"


def test_a_verb_before_the_warning_word_and_a_name_with_one_stand() -> None:
    # thaigov.go.th/news/contents/details/65928: the bank opens a centre for scam reports; its own act stands
    assert _gist("ธอส. เปิดศูนย์รับแจ้งเหตุภัยทางการเงินจากมิจฉาชีพ โทร. 02-645-9000 กด 33 ตลอด 24 ชั่วโมง") \
        == "Government Housing Bank opens the centre"
    # thaigov.go.th/news/contents/details/99945: an activity against fake news, held by DE
    assert _gist("ดีอี จัดกิจกรรม เสริมสร้างการรับรู้ฯ พร้อมรับมือข่าวปลอม ในสถานศึกษา").startswith("MDES holds activities")
    # thaigov.go.th/news/contents/details/96003: 'กองพันระวังป้องกัน' is a battalion's name, no warning
    battalion = "กองพันระวังป้องกัน สำนักงานปลัดกระทรวงกลาโหม สาธิตท่าดันพื้น"
    assert warning_start(battalion, [(0, len("กองพันระวังป้องกัน"))]) is None
    assert "warning" not in _gist(battalion + " เตรียมพร้อมผู้สมัครสอบข้าราชการทหาร สป. ประจำปี ๒๕๖๘")


def test_what_is_warned_of_is_said_only_as_far_as_the_words_go() -> None:
    assert warned_action("ระวัง! มิจฉาชีพหลอกให้รับพัสดุ") == "warns the public about scams"
    assert warned_action("ข่าวปลอม! อย่าแชร์! ผลิตภัณฑ์เครื่องดื่ม") == "warns the public about fake news"
    assert warned_action("ดีอีเอส พบข่าวปลอมสุขภาพ") == "reports on fake news"  # found, not warned
    assert warned_action("เตือน! ถูกสุนัขแมวกัด ต้องฉีดวัคซีน") == "issues a warning"
    # a gist that already warns keeps its words; a plain 'แจ้งเตือน' (a notification) is no warning word
    assert not reads_warned("ศปช.เตือน 59 จังหวัด เตรียมรับพายุ", 4, "warns the public about the summer storm")
    assert warning_start("รัฐบาล เร่งจัดตั้งระบบแจ้งเตือนภัยล่วงหน้า") is None
