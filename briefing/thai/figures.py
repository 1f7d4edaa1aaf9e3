"""Figures a reader would copy into notes: money, percentages, counts and measured quantities.

A figure is a number (digits or Thai number words) with what it counts: a currency, "%"/ร้อยละ,
or a unit/classifier from briefing/data/units.toml. A number with nothing after it is not a
figure, which keeps out most years, list numbers and codes; the rest (ordinals ครั้งที่ 2, law
sections มาตรา 5, hotlines โทร. 1441, dates, times of day, phone numbers, 5G) are excluded by
what comes just before or after the number. Ranges ("10-20 ล้านบาท", "20 – 30%") give two
figures sharing the unit written after the second number.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from typing import cast

from briefing.model import Field, Figure, FigureKind
from briefing.thai.count_nouns import counted_noun
from briefing.thai.dates import date_spans
from briefing.thai.numbers import (
    ENGLISH_SCALE,
    NUMBER,
    THAI_NUMBER_WORDS,
    THAI_SCALE,
    ascii_digits,
    english_scale_value,
    format_value,
    parse_number,
    thai_scale_value,
    thai_words_value,
)
from briefing.thai.units import Unit, Units, load_units

# The look-ahead lets the engine skip quickly over text that can't start a number.
_TOKEN = re.compile(rf"(?=[0-9หสเแยรพล])(?:(?P<num>(?<![\d.,]){NUMBER}(?!\d))|(?P<words>{THAI_NUMBER_WORDS}))")

_QUALIFIERS = (
    ("ไม่ต่ำกว่า", "at least"), ("ไม่ต่ํากว่า", "at least"), ("ต่ํากว่า", "under"), ("ไม่น้อยกว่า", "at least"), ("อย่างน้อย", "at least"), ("ต่ำกว่า", "under"),
    ("ไม่เกินกว่า", "up to"), ("ไม่ถึง", "under"), ("น้อยกว่า", "under"), ("มากกว่า", "over"), ("เกินกว่า", "over"), ("สูงกว่า", "over"),
    ("ทะลุ", "over"), ("กว่า", "over"), ("โดยประมาณ", "about"), ("ประมาณ", "about"),
    ("ราว", "about"), ("เกือบ", "almost"), ("สูงสุด", "up to"), ("ไม่เกิน", "up to"),
    ("more than", "over"), ("over", "over"), ("approximately", "about"), ("about", "about"),
    ("around", "about"), ("nearly", "almost"), ("almost", "almost"), ("up to", "up to"),
    ("at least", "at least"),
)
_QUALIFIER_BEFORE = re.compile(
    "(?<!งบ)(?<!เรื่อง)(?:" + "|".join(re.escape(q) for q, _ in _QUALIFIERS) + r")\s*(?:ร้อยละ\s*)?$",
    re.IGNORECASE)
_QUALIFIER_NAME = {q.lower(): name for q, name in _QUALIFIERS}

def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# What before a number makes it an ordinal, a code, a year or a reference, not a quantity.
# Tested with str.endswith on the text before the number (much faster than end-anchored regexes).
_ORDINAL_HEADS = _words(
    "ครั้ง ฉบับ รุ่น สมัย ลำดับ อันดับ ข้อ ชั้น หมู่ ปี วัน เลข ชุด ระยะ ภาค เขต กลุ่ม ห้อง คน ราย "
    "แห่ง ตอน บท สัปดาห์ เดือน งวด รอบ ช่วง ระดับ เฟส หน่วย ประเภท ด้าน ประการ มาตรการ เรื่อง "
    "ยุทธศาสตร์ แผน ขั้น หลัก ประเด็น โครงการ ลำ เครื่อง คัน ฐาน กองพัน กรม กอง เล่ม หมวด "
    "มาตรา วรรค ตำแหน่ง ประจำปี ปีงบประมาณ ปีการศึกษา ชิ้น แบบ เวที สนาม คดี ขบวน "
    "ไตรมาส รัชกาล ทัพ กองบิน กองพันบิน ประตู")
"""Words that make "<word>ที่ N" an ordinal (ครั้งที่ 2, ฉบับที่ 5)."""
_AT_WORDS = _words("อยู่ ไว้ ได้ เหลือ แตะ ตั้ง สูง ต่ำ เป็น ลง ขึ้น ระดับ ราคา อัตรา")
"""Words that make "<word>ที่ N" an amount (อยู่ที่ 631,628 ล้านบาท)."""
_REFERENCE_WORDS = _words(
    "มาตรา ข้อ หมวด วรรค อนุมาตรา หมู่ ม. ห้องประชุม ซอย ซ. โทร โทร. โทรศัพท์ สายด่วน หมายเลข เบอร์ รหัส เลข "
    "ปี ปีงบ พ.ศ. พ. ศ. ค.ศ. ค. ศ. ฉบับ รุ่น ชั้น ห้อง อาคาร ประตู เฟส ลำดับ อันดับ ภ.ง.ด. "
    "ป. ทล. สาย เขต กด / #")
"""Words after which a number is a section, phone number, year, grade or other reference."""
_LATIN_REFERENCE_WORDS = _words(
    "phase no. section article room gate hotline tel tel. center line level grade version iso hall "
    "zone building floor chapter route highway pm")
_RANGE = re.compile(rf"\s*(?:-|–|—|~|ถึง|to|และ|หรือ)\s*(?P<num>{NUMBER})(?![\d])")
_THAI_SCALE_RE = re.compile(rf"[ \u00a0]{{0,2}}(?P<scale>{THAI_SCALE})")
_ENGLISH_SCALE_RE = re.compile(rf"\s?(?P<scale>{ENGLISH_SCALE})(?![A-Za-z])", re.IGNORECASE)
_PERCENT = re.compile(r"[ \u00a0]{0,2}(?:%|เปอร์เซ็นต์|เปอร์เซนต์|percent|per cent|pct\.?)",
                      re.IGNORECASE)
_MID_OVER = re.compile(r"[ \u00a0]?กว่า")
_SPACES = re.compile(r"[ \u00a0]{0,2}")
_PERCENT_BEFORE = re.compile(r"ร้อยละ\s*$")
_MONEY_CONTEXT = re.compile(
    r"บาท|เงิน|งบ|มูลค่า|รายได้|ภาษี|ลงทุน|ราคา|ค่าใช้จ่าย|กำไร|ขาดทุน|หนี้|สินเชื่อ|จัดเก็บ|ทุน|กองทุน|"
    r"ส่งออก|นำเข้า|การค้า|รายจ่าย|วงเงิน|GDP|ดอลลาร์|หยวน|ยูโร|เยน|"
    r"[Bb]aht|[Dd]ollar|[Rr]evenue|[Bb]udget|[Ii]nvest|[Ii]ncome|[Ll]oan|[Dd]ebt|[Ff]und|[Cc]ost|"
    r"[Ss]pend|[Ww]orth|[Vv]alue of|[Ee]xport|[Ii]mport|[Tt]rade")
_PEOPLE_CONTEXT = re.compile(r"ประชากร|ประชาชน|[Pp]opulation|[Tt]ourists|[Vv]isitors|[Pp]eople")
_WORD_TRIGGER = re.compile(
    r"(?:กว่า|ราว|ประมาณ|เกือบ|จำนวน|วงเงิน|มูลค่า|งบประมาณ|งบ|รวม|อีก|เพียง|ถึง|เป็น|ใช้|พุ่ง|"
    r"ทะลุ|สูงสุด|ไม่เกิน|อย่างน้อย|ละ|กว่า|ได้|แค่|ทั้งหมด|นับ|ระยะเวลา)$")
_TIME = re.compile(
    r"(?=[\dเ\s])(?<!\d)\d{1,2}[.:]\d{2}(?:\s*(?:-|–|ถึง)\s*\d{1,2}[.:]\d{2})?\s*(?:น\.|นาฬิกา|hrs|a\.m\.|p\.m\.)"
    r"|(?<=เวลา)\s*\d{1,2}[.:]\d{2}(?:\s*(?:-|–|ถึง)\s*\d{1,2}[.:]\d{2})?")
_PHONE = re.compile(r"(?<![\d-])(?:0\d{1,2}[- ]\d{3}[- ]?\d{3,4}|0\d{8,9}|\+66\s?\d[\d -]{7,11})(?![\d])")
_TIME_HINT = re.compile(r"\d[.:]\d\d")
_PHONE_HINT = re.compile(r"0\d{1,2}[- ]\d{3}|0\d{8}|\+66")
"""What every _TIME and _PHONE match holds, fast scans (re skips to a digit, a 0 or a +): both patterns open with
a lookahead or lookbehind, so re tries them at every position; most releases give no time (60%) or phone (96%)."""
_URL = re.compile(r"(?:https?://|www\.)[^\s\u0e00-\u0e7f]+|(?<=[\w.])@[\w-]+\.[\w.]+")
_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")
_AFTER_DASHED = re.compile(r"(?:\d\s?|[A-Za-z])[-–]\s$")
_DIGIT_WORD = re.compile("หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ")
_RATE_NAME = re.compile(r"[A-Z]{2,}\s?[-+]$")
_NEGATIVE = re.compile(r"(?:^|(?<=[\s(]))[-−]$")
_ABBREVIATION_GOES_ON = re.compile(r"[ก-ฮ]{1,2}\.")
_CHAIN = re.compile(r"\d[\d,.]*\s*(?:และ|หรือ|ถึง|-|–|,)\s*$")
_OF_WHAT = re.compile(r"\s?(?:พ\.ร\.บ\.|พ\.ร\.ก\.|พระราชบัญญัติ|พระราชกำหนด|ประมวล|รัฐธรรมนูญ|กฎหมาย|ระเบียบ|"
                      r"ชาติ|ประเทศ|ราชอาณาจักร|กฎกระทรวง|ข้อบังคับ|สาธารณรัฐ|สหพันธ|พระบรมราชจักรี|ราชวงศ์|สหประชาชาติ)")
"""แห่ง as "of" after a number: มาตรา 77 แห่งพระราชบัญญัติ, นายพลกองทัพที่ 1 แห่งสาธารณรัฐประชาชนจีน,
รัชกาลที่ 10 แห่งพระบรมราชจักรีวงศ์."""
_UNIT_MODIFIER = re.compile(r"(?:หลัก|ย่อย|สำคัญ|ใหม่)(?:ๆ|\s|$|[^\u0e01-\u0e4e]|คือ|ได้แก่|ดังนี้|ที่|ของ|ใน)")
"""Words that qualify a short classifier without making a new word: "3 ส่วนหลัก", "5 ด้านสำคัญ", "10 สายพันธุ์ใหม่"."""
_GLUED_NEXT = re.compile(r"(?:ของ|และ|ใน|ทั่ว|จาก|ซึ่ง|เพื่อ|ได้แก่|คือ|ดังนี้|ด้วยกัน|แล้ว|โดย|ยกมือ|เห็นด้วย|"
                         r"ให้|เป็น|รวม|ทั้ง|ประกอบด้วย|ครอบคลุม|ที่|ต่อ|ไม่|ได้)")
"""Words Thai glues after a short classifier that end its count, not make a longer word or a name:
"ทั้ง 50 เขตของกรุงเทพมหานคร", "141 เสียงยกมือ" (not "นายวิโรจน์", "เขตพญาไท", "หลังมีการ")."""
_AND_OVER = re.compile(r"\s?(?:ขึ้นไป|เป็นต้นไป)")
_FLOOR_NUMBER = re.compile(r"\s?\d+\s?")
_STOREYS = re.compile(r"\d+\s?ชั้น(?![\u0e01-\u0e4e])(?!\s?\d)")
_ADDRESS_NAME = re.compile(r"[\u0e01-\u0e4e]{2,30}[ \t\u00a0]+(?:อำเภอ|อ\.|เขต|จังหวัด|จ\.)")
"""A name glued to ตำบล/อำเภอ and followed by the next level of an address: the number before was a village,
canal or unit number (หมู่ 8, คลอง 4, กองบิน 3, มณฑลทหารบกที่ 34), not a count of sub-districts."""
_ADMIN_CLASSIFIERS = frozenset({"จังหวัด", "อำเภอ", "ตำบล"})
_ATTACHED_UNIT = re.compile(r"(?:km|kg|mm|cm|MW|GW|kW|m2|m3)(?![A-Za-z])")
_SLOGAN = re.compile(r"\s*(?:1|หนึ่ง)\s*[\u0e01-\u0e4e]")
_GENERIC_UNITS = {"sites", "buildings", "cases", "people"}
_THIRTY_BAHT_SCHEME = re.compile(r"[ \t\u00a0]?(?:รักษา|พลัส|\+)")
"""30 บาทรักษาทุกโรค / 30 บาทรักษาทุกที่ / 30 บาทพลัส: the name of the universal health-coverage scheme
(514 times in the corpus), no price."""
_THIRTY_BAHT_NAMED = re.compile(r"(?:บัตรทอง|บัตร|ยกระดับ|นโยบาย|โครงการ|ประกันสุขภาพ)[ \t\u00a0]*$")
"""บัตรทอง 30 บาท, นโยบายยกระดับ 30 บาท, 30 บาทฯ: the same scheme named without its tail (about 80 corpus mentions
after บัตรทอง alone), no price."""
_AGE_BEFORE = re.compile(r"อายุ[ \t\u00a0]*(?:ระหว่าง|ตั้งแต่|ประมาณ|ราว|กว่า|ครบ)?[ \t\u00a0]*$")
_AGE_WORD_BEFORE = re.compile(r"(?:(?<!สูง)(?<!ผู้)วัย|สิริ(?:รวม)?อายุ|มีอายุครบ)[ \t\u00a0]*$")
"""วัย before a number of years is a person's age ("นักกรีฑาวัย 16 ปี"; not ผู้สูงวัย, a group), and so is a
life's span (สิริรวมอายุ 54 ปี, in an obituary)."""
_CHILDREN_BEFORE = re.compile(r"(?:เด็ก|เยาวชน|ทารก|บุตร)[ \t\u00a0]*$")
_AGED_PERSON = re.compile(
    r"(?:(?:นาย|นาง|นางสาว|น\.ส\.)[ \t]?[\u0e01-\u0e4e]{2,25}(?:[ \t][\u0e01-\u0e4e]{2,25})?|\)|ฯ|"
    r"ชาย|หญิง|ชายไทย|หญิงไทย|คุณยาย|คุณตา|ยาย|ตา|ปู่|ย่า|พ่อ|แม่|สามี|ภรรยา|ลูกชาย|ลูกสาว|หลานชาย|หลานสาว|"
    r"พี่ชาย|พี่สาว|น้องชาย|น้องสาว|รายแรก|(?:ราย|คน)ที่[ \t]?\d+)[ \t\u00a0]*(?:เป็น)?[ \t\u00a0]*$")
"""What stands before อายุ when one person's age is given: a titled name (นายจีรพงษ์ พันเพชร อายุ 37 ปี),
a name's closing bracket or ฯ ((สงวนนามสกุล) อายุ 45 ปี, นายไพรินทร์ฯ อายุ 52 ปี), a man or woman
(ชายไทย อายุ 72 ปี), a relative (คุณยาย อายุ 85 ปี), or the n-th case (รายที่ 2 อายุ 59 ปี)."""
_ROOM_CODE_BEFORE = re.compile(r"(?:ห้องประชุม|ห้อง|อาคาร|ตึก)[ \t\u00a0]*(?:[\u0e01-\u0e4e.]{1,12}\.|[A-Za-z]{2,10})$")
"""ห้องประชุม อก. 1, อาคาร สปอ. 2, ห้องประชุม MDES 1: a room or building named by its owner's abbreviation
and a number."""
_DISEASE_BEFORE = re.compile(r"(?:โควิด|COVID|Covid|covid)[ \t\u00a0]*[-–]?[ \t\u00a0]*$")
"""โควิด-19 สายพันธุ์ ..., COVID – 19: the 19 is the disease's name, not a count."""
_ROYAL_CYCLE_BEFORE = re.compile(r"(?:พระชนมพรรษา|พระชนมพรนษา|พระชนมายุ|เฉลิมพระเกียรติ)[ \t\u00a0]*(?:ครบ)?[ \t\u00a0]*$")
"""เฉลิมพระชนมพรรษา 6 รอบ: a royal birthday's twelve-year cycle, the name of the celebration (the 72nd
birthday), not a count of rounds (bench/heldout5 leaves it out)."""
_NOT_COUNTED = frozenset(_words(
    "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม "
    "อันดับ ลำดับ ค่ำ ล้อ นาฬิกา พรรษา ชันษา ขวบ จำนวน รวม ยอด วงเงิน มูลค่า ค่า ระยะทาง ถนน ซอย แขวง หมู่ พระ "
    "ทั่วประเทศ พ.ศ. ขวา ซ้าย ภาค ภูมิภาค"))
"""Nouns after a number that are not things counted: a rank (สูงสุด 5 อันดับแรก, the top five; ตกลงมา 6 ลำดับ), a lunar
day (ขึ้น 15 ค่ำ), a kind of vehicle (รถบรรทุก 10 ล้อ), a month (a date the date scanner missed), a time of day, an age (72 พรรษา, the King's; 5 ขวบ: ages are not figures), the words of a table or a sum that follow a row
number (1 วงเงินค่าซื้อ..., ประเภท 1 จำนวน 106 เม็ด), an address (ซอยฉลองกรุง 55 ถนนฉลองกรุง) and the title
of a monk's name (เจ้าคณะภาค 11 พระราชภาวนาวชิรคุณ), and Thailand's four or five regions, which describe
the whole country or name a network rather than count (เครือข่ายสลัม 4 ภาค, ศิลปวัฒนธรรม 4 ภาค, อาหารมงคล
4 ภาค: most of 30 "N ภาค/ภูมิภาค" read in 1,600 random releases)."""
_CUE_BEFORE_COUNT = re.compile(r"(?:จำนวน|เฉลี่ย|กว่า|ประมาณ|ราว|เกือบ|รวม|ทั้งหมด|ละ)[ \t\u00a0]*$")
_NAME_HEADS = frozenset(_words("กอง ตึก บ้าน ตลาด หน้า อาคาร สะพาน ทำเนียบ ถนน วัด โรงเรียน โรงพยาบาล ศูนย์ สถานี ห้อง "
                               "สนาม ท่าอากาศยาน กรม กระทรวง คลอง โรงแรม ห้าง สวน ด่าน ท่าเรือ หมู่บ้าน เขื่อน หน่วย"))
"""Nouns that, glued to more Thai after a number, begin a place's name (กองบิน 6, ตึกบัญชาการ, บ้านป่าพร้าว)
or a preposition (หน้าชุมชน, in front of), not a count of things; likewise a building, bridge or road glued to
its name (ตึกบัญชาการ 1 ทำเนียบรัฐบาล, สะพานภูมิพล 1 สะพานภูมิพล 2, ห้องรับรอง 11-02 อาคารกระทรวงยุติธรรม)."""
_SQUARE_WAH_AFTER = re.compile(r"[ \u00a0]*[\d๐-๙][\d๐-๙,.]*[ \u00a0]*(?:ตารางวา|ตร\.[ \u00a0]?ว)")
"""A land area written in rai, ngan and square wah: the งาน between them is a unit of area (100 square wah), not
a count of jobs or events (49 of 221 "N งาน" in 20,000 releases)."""
_RANK_BEFORE_ONE_OF = re.compile(r"(?:ติด|อันดับ|สู่|ท็อป|ติดท็อป|เป็นที่)[ \t\u00a0]*(?:1|หนึ่ง)[ \t\u00a0]*$")
_RATIO_AFTER = re.compile(r"[\d,.]+[ \t\u00a0]*(?:คน|ราย|ของ|จาก|ส่วน)")
"""'1 ใน N X' is one of N things, and N X a count ("ซึ่งเป็น 1 ใน 5 ด้าน", "1 ใน 10 โครงการของรัฐบาล": the read golds list
these, heldout24, 3, 65, 73); a rank or an aim when led by ติด/สู่/อันดับ ("ก้าวสู่ 1 ใน 10 สุดยอดประเทศ", which the dev
gold does not list), and a ratio when people or ของ/จาก follow ("1 ใน 3 คน", "1 ใน 3 ของกำลังแรงงาน")."""
_RANKED = re.compile(r"อันดับ|[Rr]ank")
_FROM_NUMBER = re.compile(rf"[ \u00a0]?(?:จาก|out of)[ \u00a0]?(?:ทั้งหมด[ \u00a0]?)?(?P<num>{NUMBER})(?!\d)")
_AFTER_NUMBER = re.compile(r"\d[\d,.]*$")
_ENGLISH_STOP = ("of", "the", "and", "to", "in", "for", "from", "per", "at", "by", "on", "with", "or", "than",
                 "is", "are", "was", "were", "a", "an", "as", "that", "which", "who", "will", "has", "have",
                 "had", "be", "been", "this", "these", "its", "their", "it", "he", "she", "they", "we")
_ENGLISH_COUNT = re.compile(
    r"(?:(?!(?:" + "|".join(_ENGLISH_STOP) + r")\s)[A-Za-z][A-Za-z&'-]*[ \u00a0]){0,3}?"
    r"(?P<noun>[A-Za-z][a-z-]*[a-rt-z]s)(?![A-Za-z'-])")
"""Up to three words, then a plural noun (ending in s, not ss): the first plural after the number."""
_ENGLISH_NOT_PLURAL = frozenset(_words(
    "this its is was has as us plus thus bus its' news series species status means basis analysis crisis "
    "emphasis thesis process access always perhaps whereas hrs onwards afterwards towards"))
_SLOGAN_BEFORE = re.compile(r"(?<![\d,.])(?:1|หนึ่ง)[ \u00a0]?[\u0e01-\u0e4e]+$")
"""'1 จังหวัด 1 เมนู': the second half of a one-X-one-Y programme name."""
_AGED_THING = re.compile(r"(?:รุ่น|พันธบัตร|หุ้นกู้|บัตร|สัญญา)[ \t\u00a0]*$")


@dataclass(slots=True)
class _Number:
    start: int
    end: int
    value: float
    written: str


def _masked(text: str) -> list[tuple[int, int]]:
    spans = date_spans(text)
    if _TIME_HINT.search(text):
        spans += [m.span() for m in _TIME.finditer(text)]
    if _PHONE_HINT.search(text):
        spans += [m.span() for m in _PHONE.finditer(text)]
    if "http" in text or "www." in text or "@" in text:
        spans += [m.span() for m in _URL.finditer(text)]
    if "#" in text:  # #พันธกิจสำคัญ9ด้าน: hashtags are page furniture
        spans += [m.span() for m in re.finditer(r"#[^\s#]+", text)]
    return sorted(spans)


def _inside(spans: list[tuple[int, int]], start: int, end: int,
            reach: list[int] | None = None) -> bool:
    """any(a <= start < b or a < end <= b for a, b in spans), by bisection when `reach` (_reach(spans)) is given:
    some span with a <= start has b > start iff the furthest end of those spans is past `start`, and likewise
    for `end`. A scan of every masked span for every token was a twentieth of the analysis of a long release."""
    if reach is None:
        return any(a <= start < b or a < end <= b for a, b in spans)
    i = bisect.bisect_right(spans, (start, _FAR))  # the spans with a <= start
    if i and reach[i - 1] > start:
        return True
    j = bisect.bisect_left(spans, (end, -1))  # the spans with a < end
    return bool(j) and reach[j - 1] >= end


_FAR = 1 << 62


def _reach(spans: list[tuple[int, int]]) -> list[int]:
    """The furthest end among spans[:k + 1], for each k (spans sorted)."""
    return list(itertools.accumulate((b for _, b in spans), max))


def find_figures(text: str, field: Field) -> list[Figure]:
    """Every figure in `text`, in order; offsets index `text` (Thai digits count as one character)."""
    work = ascii_digits(text)
    masked = _masked(work)
    reach = _reach(masked)
    figures: list[Figure] = []
    consumed = 0
    for m in _TOKEN.finditer(work):
        if m.start() < consumed or _inside(masked, m.start(), m.end(), reach):
            continue
        found = _figures_at(work, text, m, field, figures)
        if found and figures and found[0].start < figures[-1].end:
            continue  # a prefix (ร้อยละ, US$) reaching back into the figure before
        if found:
            figures.extend(found)
            consumed = found[-1].end
    return figures


def _figures_at(work: str, text: str, m: re.Match[str], field: Field,
                earlier: list[Figure]) -> list[Figure]:
    start, end = m.span()
    before = work[max(0, start - 24):start]  # long enough for the longest word tested before
    if m.group("words"):
        value = _words_number(work, before, m)
        if value is None:
            return []
        number = _Number(start, end, value, m.group())
    else:
        try:
            number = _Number(start, end, parse_number(m.group()), m.group())
        except ValueError:
            return []
    return _read_after(work, text, number, before, field, earlier, words=bool(m.group("words")))


def _excluded(work: str, before: str, start: int, kind: str | None) -> bool:
    """An ordinal, reference, code or year number (by what precedes it)."""
    tail = before.rstrip()
    if start > 0 and work[start - 1] in ":/" or _AFTER_DASHED.search(tail[-3:] + " "):
        return True  # "14064-1:2018", "90/91", "02-123", the end of a range already refused
    if start > 1 and work[start - 1] == "+" and work[start - 2].isdigit():
        return True  # "กม. ที่ 3+300 กม. ที่ 7+200": a kilometre post (km 3 + 300 m), no distance
    if tail.endswith("ที่") and kind not in ("percent", "money"):  # "ที่ 2.3%" is "at 2.3%"
        head = tail[:-3]
        if head.rstrip().endswith(_AT_WORDS):
            return False  # "อยู่ที่ 631,628 ล้านบาท"
        return not head or head[-1].isspace() or head.rstrip().endswith(_ORDINAL_HEADS)
    if tail[-1:] and not _THAI_LETTER.match(tail[-1]) and load_units().prefix_re.search(before):
        return False  # "USD25,720.6": a currency sign introduces an amount
    if start > 0 and (work[start - 1].isalpha() and work[start - 1].isascii()):
        return True  # G20, COVID-19
    if kind in ("money", "percent"):
        return False  # "มาตรา 5 บาท" does not happen: an amount of money is an amount
    chain = _CHAIN.search(tail)
    if chain and tail[:chain.start()].rstrip().endswith(_REFERENCE_WORDS):
        return True  # "มาตรา 70 และ 77 แห่ง พ.ร.บ.": the second section number
    if tail.endswith(_REFERENCE_WORDS):
        word = next(w for w in _REFERENCE_WORDS if tail.endswith(w))
        if word == "อาคาร" and _STOREYS.match(work, start):
            return False  # "อาคาร 5 ชั้น": a five-storey building, not building number 5
        # "ม. 3" is a grade, but "กทม. 9 ราย" is Bangkok: a one-letter abbreviation must stand alone
        return not (len(word) == 2 and word[1] == "." and _THAI_LETTER.match(tail[-3:-2] or " "))
    if work.startswith("19", start) and _DISEASE_BEFORE.search(before):
        return True  # "โควิด -19 สายพันธุ์ “โอไมครอน”": the disease, not 19 strains
    if _ROOM_CODE_BEFORE.search(tail):
        return True  # "ณ ห้องประชุม อก. 1 ชั้น 2": meeting room 1 of the ministry, on floor 2
    if tail.endswith("ใน") and re.search(r"(?<![\d.,])1\s*$|หนึ่ง\s*$", tail[:-2]):
        return bool(_RANK_BEFORE_ONE_OF.search(tail[:-2])) or bool(_RATIO_AFTER.match(work, start))
    lower = tail.lower()
    return any(lower.endswith(word) and not lower[-len(word) - 1:-len(word)].isalpha()
               for word in _LATIN_REFERENCE_WORDS)


def _rate_spread(work: str, start: int, end: int) -> bool:
    """A spread over a reference rate, "MRR-2%": the number is a percentage despite the dash."""
    return bool(_RATE_NAME.search(work, max(0, start - 8), start)) and \
        bool(re.match(r"\s?%", work[end:end + 2]))


def _words_number(work: str, before: str, m: re.Match[str]) -> float | None:
    """Thai number words count only at a word start: after a non-letter or a quantity word."""
    triggered = bool(_WORD_TRIGGER.search(before.rstrip()))
    if m.start() > 0 and _THAI_LETTER.match(work[m.start() - 1]) and not triggered:
        return None
    if not triggered and not _DIGIT_WORD.search(m.group()):
        return None  # "หน่วย: ล้านบาท" is a table heading; "กว่าหมื่นล้านบาท" is an amount
    return thai_words_value(m.group())


_FUNDED = frozenset({"projects", "measures", "activities"})
"""What an amount pays for, not a count in millions: a bare scale, a space, then โครงการ/มาตรการ/กิจกรรม names
what the (baht) amount funds."""


def _read_after(work: str, text: str, number: _Number, before: str, field: Field,
                earlier: list[Figure], words: bool) -> list[Figure]:
    """Read scale, range, unit after a number and build the figure(s) it starts."""
    units = load_units()
    head_start, head_end = number.start, number.end
    pos = number.end
    first: _Number | None = None
    scale, pos = _scale(work, pos)
    range_m = _RANGE.match(work, pos) if not words else None
    if range_m and _looks_like_year(number.written) and before.endswith(("in ", "In ")):
        range_m = None  # "from 76% in 2012 to 91.6%": a year, then the end of a change, not a range
    if range_m and _PERCENT_BEFORE.search(before) and _other_unit_after(work, range_m, units):
        range_m = None  # "ร้อยละ 30 หรือ 9,000 บาท": a share, then the same amount in baht, not 30-9,000%
    if range_m:
        second_scale, after_second = _scale(work, range_m.end())
        second = _Number(range_m.start("num"), after_second,
                         parse_number(range_m.group("num")) * second_scale, range_m.group("num"))
        if second.value > 0:
            first_scale = scale if scale != 1 else second_scale
            first_word, second_word = work[number.end:pos].strip(), work[range_m.end():after_second].strip()
            if scale != 1 and second_word.startswith(first_word) and second_scale > scale:
                first_scale = second_scale  # "1 แสน - 1.5 แสนล้านบาท": 100 to 150 billion baht, not 100,000
            first = _Number(number.start, pos, number.value * first_scale, number.written)
            number, pos, scale = second, after_second, 1.0
    value = number.value * scale
    if pos < len(work) and work[pos].isascii() and work[pos].isalpha() \
            and not _PERCENT.match(work, pos) and not _ATTACHED_UNIT.match(work, pos):
        return []  # 5G, 3D, 4K: a name, not a quantity
    qualifier = _qualifier(before)
    percent_before = bool(_PERCENT_BEFORE.search(before))
    over = _MID_OVER.match(work, pos)
    if over and not percent_before:
        qualifier, pos = qualifier or "over", over.end()
        if scale == 1:
            scale, pos = _scale(work, pos)  # "500 กว่าล้านบาท": 500-odd million baht
            value = number.value * scale
    unit_at = pos
    unit, kind, pos = _unit(work, pos, before, percent_before, units)
    if kind == "count" and unit is not None and unit.plural in _FUNDED and scale >= 1e6 \
            and work[unit_at:unit_at + 1].isspace():
        unit, kind, pos = None, None, unit_at  # "ครม.เคาะ 2.7 หมื่นล้าน โครงการประกันรายได้": baht, then what they fund
    if qualifier is None and kind is not None and _AND_OVER.match(work, pos):
        qualifier = "at least"  # "ผู้สูงอายุ 60 ปีขึ้นไป": aged 60 and over
    from_prefix = kind == "money" and pos == unit_at  # "US$ 1.2 billion": the unit came first
    if unit is not None and unit.multiplier != 1:
        value *= unit.multiplier  # "2.5 แสน ลบ." = 2.5 แสนล้านบาท
        if first is not None:
            first.value *= unit.multiplier
    if unit is None and kind is None and not words and first is None:
        unit, kind, shared_scale = _shared_unit(work, number, pos, units)  # "280 จาก 334 สถานี"
        if scale == 1:
            value *= shared_scale  # "62 out of 72 million Thais"
    if unit is None and kind is None:
        if words:
            return []
        kind, unit = _bare_scale(work, number, scale, before, earlier, units)
        if kind is None:
            unit, pos = _noun_unit(work, number, pos, before, units, scaled=scale != 1) \
                if scale == 1 or first is None \
                else (None, pos)
            if unit is None:
                return []
            kind = unit.kind
    if not words and _excluded(work, before, head_start, kind) \
            and not _rate_spread(work, head_start, head_end):
        return []
    if words and (kind == "percent" or value == 1 or pos == number.end):
        return []  # "อีกหนึ่งช่องทาง", "หนึ่งใน": idiom, not a count
    if words and kind != "money" and (not _DIGIT_WORD.search(number.written) or before.endswith("นับ")):
        return []  # "ร้อยเรื่องราว", "พันธุ์": a bare scale word counts only as money; "นับสิบปี": for decades
    if kind == "count" and scale == 1 and first is None and unit is not None and unit.multiplier == 1 \
            and re.fullmatch(r"\d+\.\d", number.written) and not _CUE_BEFORE_COUNT.search(before) \
            and pos < len(work) and _THAI_LETTER.match(work[pos]):
        return []  # "5.4 อุตสาหกรรมใหม่แห่งอนาคต", "2.1 ด้านเศรษฐศาสตร์": an outline number before a heading glued
        # to its noun, not 5.4 industries (but "ลดลง 0.5 จุด)": half a point)
    if kind in ("count", "quantity") and (_looks_like_year(number.written)
                                          or re.fullmatch(r"\d{6,}", number.written)):
        return []  # "2018 ปี": a year; "สลาก 9523723 รางวัล": an ID (counts this big have commas)
    if value == 1 and _SLOGAN.match(work, pos):
        return []  # "1 ตำบล 1 ผลิตภัณฑ์": a programme's name, not a count
    if value == 30 and kind == "money" and (_THIRTY_BAHT_SCHEME.match(work, pos)
                                            or _THIRTY_BAHT_NAMED.search(before) or work.startswith("ฯ", pos)):
        return []  # "โครงการ 30 บาทรักษาทุกที่": the universal health scheme's name, not a price
    if unit is not None and unit.plural == "rounds" and _ROYAL_CYCLE_BEFORE.search(before):
        return []  # "พระราชพิธีมหามงคลเฉลิมพระชนมพรรษา 6 รอบ": the 72nd birthday, an occasion
    if kind == "quantity" and unit is not None and unit.plural in ("years", "months") \
            and _a_persons_age(work, head_start, first is not None):
        return []  # "นายจีรพงษ์ พันเพชร อายุ 37 ปี", "เด็กอายุ 3-7 ปี": an age, not a figure
    if unit and unit.plural in _GENERIC_UNITS:
        unit = _refined(work, head_start, unit, units)
    prefix = units.prefix_re.search(before) if from_prefix else None
    if prefix:
        head_start -= len(before) - prefix.start()  # "US$ 1.2 billion": keep the sign
    if percent_before and kind == "percent":
        head_start -= len(before) - before.rfind("ร้อยละ")  # "ร้อยละ 6.19"
    if first is None and _NEGATIVE.search(work, max(0, head_start - 2), head_start):
        head_start -= 1  # "-70 องศาเซลเซียส", "-0.3%": a negative amount
        value = -value
    if first is None:
        return [_make(text, field, kind, unit, head_start, pos, value, number.written, qualifier)]
    return [_make(text, field, kind, unit, head_start, first.end, first.value, first.written, qualifier),
            _make(text, field, kind, unit, number.start, pos, value, number.written, qualifier)]


def _a_persons_age(work: str, start: int, is_range: bool) -> bool:
    """Is the number at `start` a person's age (after อายุ): one person's, or an age band (อายุ 18 – 35 ปี)?

    Held-out annotators leave ages out (bench/heldout4: "ages are not figures"); a bond's term
    (รุ่นอายุ 5 ปี) and a threshold for a group (ผู้สูงอายุ 60 ปีขึ้นไป) stay figures."""
    if _AGE_WORD_BEFORE.search(work, max(0, start - 12), start):
        return True  # "นักกรีฑาวัย 16 ปี", "สิริรวมอายุ 54 ปี": one person's age
    if is_range and _CHILDREN_BEFORE.search(work, max(0, start - 12), start):
        return True  # "เด็ก 0-5 ปี": an age band
    age = _AGE_BEFORE.search(work, max(0, start - 16), start)
    if age is None:
        return False
    line = work.rfind("\n", 0, age.start()) + 1
    before = work[max(line, age.start() - 60):age.start()]
    if _AGED_THING.search(before):
        return False
    return is_range or bool(_AGED_PERSON.search(before))


def _other_unit_after(work: str, range_m: re.Match[str], units: Units) -> bool:
    """After 'ร้อยละ N หรือ M', does M carry a unit of its own (บาท, คน, ล้านบาท)?"""
    if not range_m.group(0).strip().startswith(("หรือ", "และ")):
        return False
    _, pos = _scale(work, range_m.end())
    at = _SPACES.match(work, pos)
    at_pos = at.end() if at else pos
    return not _PERCENT.match(work, pos) and bool(units.thai_re.match(work, at_pos))


def _refined(work: str, start: int, unit: Unit, units: Units) -> Unit:
    """A generic classifier made specific by the noun just before: "เกษตรกร 6,675 ราย" -> farmers."""
    noun = units.noun_re.search(work, max(0, start - 30), start)
    if noun and _inside_longer_word(work, noun.start(), noun.end("noun")):
        noun = None  # "องค์การบริหารส่วนจังหวัด 3 แห่ง": วัด ends จังหวัด, no temples here
    if noun:
        plural, refines = units.nouns[noun.group("noun")]
        if unit.plural in refines:
            return Unit(unit.kind, plural.removesuffix("s"), plural)
    return unit


def _inside_longer_word(work: str, start: int, end: int) -> bool:
    """Does a known word end at `end` but begin before `start` (จังหวัด around วัด)?"""
    from briefing.thai.scan import dictionary  # loaded by the analyzer anyway

    words = dictionary()
    return any(work[start - k:end] in words for k in range(1, min(start, 8) + 1))


def _long_word_then_word(work: str, at: int, after: int) -> bool:
    """A classifier of five letters or more (อุตสาหกรรม, ร้านค้า, ผลงาน, ระดับ) glued to a next dictionary word that
    does not make a longer word with it: the count ends there and a modifier or verb follows ("12 อุตสาหกรรม|เป้าหมาย",
    "2 ร้านค้า|ลักลอบ", "95 ผลงาน|คุณภาพ"). Short classifiers (นาย, เขต, ตัว, จุด) begin too many names for this."""
    from briefing.thai.scan import word_set  # loaded by the analyzer anyway

    if after - at < 5 or work[at:after] in _NAME_HEADS or _begins_longer_word(work, at, after):
        return False
    following = word_set().prefixes(work, after)
    return bool(following) and len(following[-1]) >= 3


def _unit_starts_here(work: str, at: int, units: Units) -> bool:
    """Does a classifier of units.toml start at `at` as a whole word? Not when it only begins a longer dictionary
    word ("3 องค์ประกอบ" over องค์, "21,832 ข้อมูล" over ข้อ, "3 แผนก" over แผน): that noun is counted in its own right."""
    from briefing.thai.scan import word_set  # loaded by the analyzer anyway

    unit = units.thai_re.match(work, at)
    if unit is None:
        return False
    found = word_set().prefixes(work, at)
    return not found or len(found[-1]) <= len(unit.group())


def _begins_longer_word(work: str, start: int, end: int) -> bool:
    """Does a dictionary word longer than work[start:end] start at `start` (นายกรัฐมนตรี over นาย)? Thai
    glues the next word on ('50 เขตของกรุงเทพมหานคร'), so a Thai letter after a short classifier alone
    does not make it part of a longer word."""
    from briefing.thai.scan import dictionary  # loaded by the analyzer anyway

    words = dictionary()
    return any(work[start:k] in words for k in range(end + 1, min(len(work), end + 14) + 1))


def _looks_like_year(written: str) -> bool:
    if not re.fullmatch(r"\d{4}", written):
        return False
    return 1900 <= int(written) <= 2100 or 2400 <= int(written) <= 2700


def _scale(work: str, pos: int) -> tuple[float, int]:
    thai = _THAI_SCALE_RE.match(work, pos)
    if thai:
        return thai_scale_value(thai.group("scale")), thai.end()
    english = _ENGLISH_SCALE_RE.match(work, pos)
    if english:
        return english_scale_value(english.group("scale")), english.end()
    return 1.0, pos


def _names_a_place(work: str, at: int) -> bool:
    """Is the classifier at `at` the start of a known place's name (จังหวัดชลบุรี, อำเภอ...)?"""
    from briefing.thai.gazetteer import gazetteer  # the figure finder needs it only here

    g = gazetteer()
    m = g.regex.match(work, at) if g.regex is not None else None
    return bool(m and m.group(0) and g.terms[m.group(0)].kind in ("province", "district", "city"))


def _qualifier(before: str) -> str | None:
    m = _QUALIFIER_BEFORE.search(before)
    if not m:
        return None
    word = re.sub(r"\s*(?:ร้อยละ\s*)?$", "", m.group()).lower()
    return _QUALIFIER_NAME.get(word)


def _unit(work: str, pos: int, before: str, percent_before: bool,
          units: Units) -> tuple[Unit | None, str | None, int]:
    """The unit after position `pos`: (unit, kind, end) or (None, None, pos)."""
    percent = _PERCENT.match(work, pos)
    if percent:
        return None, "percent", percent.end()
    if percent_before:
        return None, "percent", pos
    space = _SPACES.match(work, pos)
    at = space.end() if space else pos
    thai = units.thai_re.match(work, at)
    if thai:
        unit = units.thai[thai.group()]
        after = thai.end()
        ok = True
        if unit.whole_word and after < len(work) and _THAI_LETTER.match(work[after]) \
                and not _UNIT_MODIFIER.match(work, after) \
                and not (_GLUED_NEXT.match(work, after) and not _begins_longer_word(work, at, after)) \
                and not _long_word_then_word(work, at, after):
            ok = False  # "5 นายกรัฐมนตรี", "6 เขตพญาไท"; but "3 ส่วนหลัก" (main parts), "50 เขตของ", "141 เสียงยกมือ",
            # "12 อุตสาหกรรมเป้าหมาย" (target industries)
        if thai.group().endswith(".") and after < len(work) and _THAI_LETTER.match(work[after]) and (
                len(thai.group()) <= 2 or _ABBREVIATION_GOES_ON.match(work, after)):
            ok = False  # "5 จ.เชียงใหม่", "19 ม.ค.": part of a longer abbreviation or a name
        if ok and thai.group() == "แห่ง" and _OF_WHAT.match(work, after):
            ok = False  # "มาตรา 77 แห่งพระราชบัญญัติ": แห่ง is "of" here
        if ok and thai.group() == "เท่า" and work.startswith("นั้น", after):
            ok = False  # "ขอให้เข้าประตูที่ 1 เท่านั้น": 'only', no multiple
        floor = _FLOOR_NUMBER.match(work, after) if ok and thai.group() == "ชั้น" else None
        next_unit = units.thai_re.match(work, floor.end()) if floor else None
        if floor and (next_unit is None or _THAI_LETTER.match(work, next_unit.end())):
            ok = False  # "อาคาร สพฐ. 4 ชั้น 2", "ห้องลาเวนเดอร์ 1 ชั้น 3 อาคารทีเค": a floor (but "5 ชั้น 2 หลัง")
        if ok and thai.group() in _ADMIN_CLASSIFIERS and (_names_a_place(work, at) or (
                _ADDRESS_NAME.match(work, after) and not _GLUED_NEXT.match(work, after))):
            ok = False  # "ศูนย์สุขภาพจิตที่ 6 จังหวัดชลบุรี": the province's name, not a count; "หมู่ 4, 5, 8
            # ตำบลเกาะยอ อำเภอเมือง", "คลอง 4 ตำบลลาดสวาย จังหวัด...": an address
        if ok:
            return unit, unit.kind, after
    if at > pos or (pos < len(work) and work[pos].isascii() and work[pos].isalpha()):
        latin = units.latin_re.match(work, at)
        if latin:
            return _as_written(units.latin[latin.group().lower()], latin.group()), \
                units.latin[latin.group().lower()].kind, latin.end()
        gap = units.latin_gap_re.match(work, at) if at > pos else None
        if gap:
            unit = _as_written(units.latin[gap.group("unit").lower()], gap.group("unit"))
            return unit, unit.kind, gap.end()
    prefix = units.prefix_re.search(before)
    if prefix:
        unit = units.prefixes[prefix.group().strip().lower()]
        return unit, "money", pos
    return None, None, pos


def _shared_unit(work: str, number: _Number, pos: int, units: Units) -> tuple[Unit | None, str | None, float]:
    """ "280 จาก 334 สถานี", "83 out of 187 ILO member countries", "เพิ่มเป็น 20 จาก 15 ราย": a bare number
    before จาก / out of and a second number counts what the second one counts."""
    share = _FROM_NUMBER.match(work, pos)
    if share is None or _RANKED.search(work, max(0, number.start - 40), number.start) \
            or work[max(0, number.start - 4):number.start].rstrip().endswith("ที่"):
        return None, None, 1.0  # "อันดับ...อยู่ที่ 57 จาก 193 ประเทศ", "ยกให้ไทยเป็นที่ 36 จาก 60 แห่ง": a rank
    second = _Number(share.start("num"), share.end(), parse_number(share.group("num")), share.group("num"))
    scale, after = _scale(work, share.end())
    unit, kind, _ = _unit(work, after, "", False, units)
    if unit is None and kind is None:
        unit, _ = _noun_unit(work, second, after, work[max(0, second.start - 24):second.start], units)
        kind = unit.kind if unit is not None else None
    if kind not in ("count", "quantity", "money") or unit is None or unit.multiplier != 1:
        return None, None, 1.0
    return unit, kind, scale


def _noun_unit(work: str, number: _Number, pos: int, before: str, units: Units,
               scaled: bool = False) -> tuple[Unit | None, int]:
    """A count of any noun the unit list lacks ("5 ด้าน"): shown as "5 items (ด้าน)", the Thai noun kept.

    Not when the number is an outline or list number (a decimal "1.2 คำสั่ง...", the first thing on its line,
    or a cell after another number in a table), a numbered name ("จุดที่ 1 บริเวณ...": ที่ before it), or
    when a classifier of units.toml starts there (its own rules already refused it: "ชั้น 2", "จังหวัดบุรีรัมย์").
    Four digits without a comma are a hotline, a code or a year ("ศูนย์ 1441 สถิติ..."): counts that big are
    written 1,441."""
    if number.written.startswith("0") and number.written[1:2].isdigit():
        return None, pos  # "0800 - 0930 hrs": a time of day, "02 ...": a code
    if work.startswith("-", pos):
        hyphen = units.latin_re.match(work, pos + 1)  # "a 3-fold increase", "24-hour service"
        if hyphen and units.latin[hyphen.group().lower()].kind == "quantity":
            return units.latin[hyphen.group().lower()], hyphen.end()
        return None, pos
    space = _SPACES.match(work, pos)
    at = space.end() if space else pos
    if at > pos and at < len(work) and work[at].isascii() and work[at].isalpha():
        return _english_noun(work, at, before)
    if at >= len(work) or not _THAI_LETTER.match(work[at]) or "." in number.written and not scaled \
            or re.fullmatch(r"\d{4}", number.written) or _unit_starts_here(work, at, units):
        return None, pos
    tail = before.rstrip(" \u00a0\t")
    if not tail or tail[-1] in "\n)" or tail.endswith("ที่") and not tail[:-3].rstrip().endswith(_AT_WORDS) \
            or _AFTER_NUMBER.search(tail) or (number.value == 1 and _SLOGAN_BEFORE.search(tail)) \
            or tail[-1].isascii() and tail[-1].isalpha() or tail.endswith(_ORDINAL_HEADS) \
            or "สายด่วน" in before or "โทร" in before[-8:]:
        return None, pos  # "Cobalt 60 รังสี", "ไตรมาส 4 เงิน...", "สายด่วน พม. 1300 สภาเด็ก...": a name's number
    noun = _any_noun(work, at, before)
    if noun is None or noun == "งาน" and (tail.endswith("ไร่") or _SQUARE_WAH_AFTER.match(work, at + len(noun))):
        return None, pos  # "404,3 ไร่ 0 งาน 32 ตารางวา": งาน is the land unit between rai and square wah
    if noun in units.nouns:  # the glossary of nouns that refine a classifier: "13 ผู้ประกอบการ" -> operators
        plural = units.nouns[noun][0]
        return Unit("count", plural.removesuffix("s"), plural), at + len(noun)
    return Unit("count", f"item ({noun})", f"items ({noun})"), at + len(noun)


def _english_noun(work: str, at: int, before: str) -> tuple[Unit | None, int]:
    """In English text, a count of a plural noun after at most three words: "6 Thai franchise businesses",
    "7 underlying conditions", "5 Ecosystems". The noun is kept as written (as `_as_written` does)."""
    m = _ENGLISH_COUNT.match(work, at)
    tail = before.rstrip()
    if m is None or not tail or tail[-1] in "\n)" or _AFTER_NUMBER.search(tail) or tail[-1].isupper():
        return None, at  # a list or table number; "PM 2.5 particulates", "RD 6": a name's number
    noun = m.group("noun")
    if noun.lower() in _ENGLISH_NOT_PLURAL:
        return None, at
    return Unit("count", noun, noun), m.end()


def _any_noun(work: str, at: int, before: str = "") -> str | None:
    """The common noun or classifier that starts at `at`, when the unit list lacks it: "5 ด้าน", "3 ฝ่าย".

    A number followed by a noun counts that noun unless the context says it is no figure (dates, ordinals,
    references and codes are refused before and after this by `_excluded` and the checks of `_read_after`).
    The noun is the dictionary word there that count_nouns accepts (a common noun or classifier by its
    tags, or an untagged word after a count word such as จำนวน), and not one of the nouns that name a time,
    an age or a rank rather than a thing counted."""
    from briefing.thai.scan import word_set  # loaded by the analyzer anyway

    found = word_set().prefixes(work, at)
    word = counted_noun(found, before, work[at + len(found[-1]):at + len(found[-1]) + 1] if found else "")
    if word is None or word in _NOT_COUNTED:
        return None
    after = at + len(word)
    glued = after < len(work) and bool(_THAI_LETTER.match(work[after]))
    if glued and (len(word) <= 2 or word in _NAME_HEADS and not _UNIT_MODIFIER.match(work, after)):
        return None  # "ท่าอากาศยานทหาร 2 กองบิน 6", "โซน 5 ตลาดหนองหอย": the start of a name
    return word


def _as_written(unit: Unit, word: str) -> Unit:
    """In English text the count noun is already English: keep the writer's word (visitors, SMEs)."""
    if unit.kind != "count" or unit.code:
        return unit
    return Unit(unit.kind, word, word)


def _bare_scale(work: str, number: _Number, scale: float, before: str, earlier: list[Figure],
                units: Units) -> tuple[str | None, Unit | None]:
    """A number with a Thai scale word and no unit ("ยอดใช้จ่ายคนละครึ่ง3.4หมื่นล้าน"): money when the text around
    speaks of money (or a money figure came earlier on the line), people when of population."""
    if scale < 1e3:
        return None, None
    line_start = work.rfind("\n", 0, number.start) + 1
    line_end = work.find("\n", number.end)
    context = work[max(line_start, number.start - 80):number.start] + " " + \
        work[number.end:number.end + 40 if line_end < 0 else min(line_end, number.end + 40)]
    money_before = [f for f in earlier if f.kind == "money" and f.start >= line_start
                    and f.end <= number.start]
    people = _PEOPLE_CONTEXT.search(context)
    thai_scale = bool(_THAI_LETTER.match(work[number.end:number.end + 3].lstrip()[:1] or " "))
    big = number.value * scale >= 1e9 and thai_scale  # "งบกลาง 1.3 พันล้าน" in a headline is baht
    if _MONEY_CONTEXT.search(context) or money_before or (big and not people):
        code = money_before[-1].unit if money_before else "THB"
        unit = next((u for u in units.thai.values() if u.code == code), units.thai["บาท"])
        return "money", unit
    if people:
        return "count", units.thai["คน"]
    return None, None


def _make(text: str, field: Field, kind: str | None, unit: Unit | None, start: int, end: int,
          value: float, written: str, qualifier: str | None) -> Figure:
    end = _trim(text, start, end)
    if kind == "percent":
        shown = re.sub(r"[\s,\u00a0]", "", ascii_digits(written)) if written[:1].isdigit() \
            else format_value(value)
        if value < 0 and not shown.startswith("-"):
            shown = "-" + shown
        english, unit_name = f"{shown}%", "%"
    else:
        assert unit is not None
        unit_name = unit.code or unit.plural
        english = f"{format_value(value)} {unit.english(value)}"
    if qualifier:
        english = f"{qualifier} {english}"
    return Figure(kind=cast(FigureKind, kind or "count"), field=field, text=text[start:end], start=start, end=end,
                  value=float(f"{value:.15g}"),  # 262.4 * 1e9 -> 262400000000.0, not ...99997
                  unit=unit_name, english=english, qualifier=qualifier)


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \u00a0\t":
        end -= 1
    return end
