"""Monks named by their ecclesiastical title name, and northern monks named ครูบา + name.

A monk of rank is named in releases by his title name (สมณศักดิ์), not by a first and family name, so no
honorific or family name anchors him: สมเด็จพระพุฒาจารย์, พระครูสุภัทรธรรมโฆษิต, พระปัญญาวชิรโมลี. What
anchors him is the post in the Sangha that follows (เจ้าอาวาสวัด..., เจ้าคณะ..., กรรมการมหาเถรสมาคม,
เลขานุการสมเด็จพระสังฆราช), after a space, his bracketed lay name, or a วิ./ดร. suffix. In the archive
(63k releases) ~1,200 such mentions name ~540 monks; read for precision, the only non-names the broad shape
took were the Sangha's ranks and words (พระราชาคณะ, พระสังฆาธิการ, พระเถรานุเถระ, สมเด็จพระสังฆราช: a
position, not a person), temple parts (พระอาราม, พระอุโบสถ) and the royal words the negative look-ahead
refuses. A lone second word is allowed after a พระครู/พระมหา/พระอธิการ name (พระครูบรรพต พัฒนกิตติ
เจ้าอาวาสวัดดอยติ) unless a verb makes it a phrase. The respectful พระเดชพระคุณ / พระคุณ (ท่านเจ้าคุณ) before
the name is not part of it, nor is the พระ of พระเมตตา ("ได้รับพระเมตตาจากพระครู...").

Session 16 (issue 11, heldout99 h04): a monk of the ราชาคณะ ranks is often named where no Sangha post follows, and
a reader still expects him among the people: พระเทพวัชรสารบัณฑิต,รศ.ดร. เป็นประธานฝ่ายสงฆ์; พระมงคลวัชรวิมล (หลวงปู่ศรีทา
สิริจันโท); พระพรหมบัณฑิต (ประยูร ธมฺมจิตฺโต); พระธรรมวชิรมุนี วัดมหาธาตุยุวราชรังสฤษฎิ์; พระราชวัชรสุทธิวงศ์
กล่าวสัมโมทนียกถา. `find_anchored_titles` takes the same title-name shape with one of four other anchors: the
monastic academic suffix (วิ., ดร., รศ.ดร.); a bracket holding his common name (หลวงปู่/หลวงพ่อ/หลวงตา...) or his
lay name with a Pali monastic name (ends in โ + a consonant, as briefing.thai.people._MONK reads); his temple after a
space; or a deed only a monk does (กล่าวสัมโมทนียกถา, ประธานฝ่ายสงฆ์, แสดงพระธรรมเทศนา ...). The temple and deed
anchors take only a rank word (พระพรหม/พระธรรม/พระเทพ/พระราช/พระครู...) after พระ: a Buddha image or relic is also
named พระ + words and also stands before its temple (พระพุทธโสธร วัดโสธรวรารามวรวิหาร, พระแก้วมรกต วัด...).
The Supreme Patriarch's title (สมเด็จพระสังฆราช, not สมเด็จพระสังฆราชเจ้า, which begins a former patriarch's name) is a
Sangha post too: สมเด็จพระอริยวงศาคตญาณ สมเด็จพระสังฆราช สกลมหาสังฆปริณายก (~150 releases) names him.

ครูบา (the Lanna title of a revered monk) + a name is a person anywhere (ครูบาเจ้าศรีวิชัย, ครูบาศรีวิชัย in a
statue's or a monument's name, ครูบาบุญชุ่ม); ครูบาอาจารย์ is "teachers", not a name.
"""

from __future__ import annotations

import re

from briefing.thai.scan import cut_at_stop, is_verb, words

_NOT_A_NAME = (
    r"(?!เถร|เดชพระคุณ|เมตตา|กรุณา|อาราม|นคร|อุโบสถ|ธาตุ|พุทธรูป|พุทธศาสนา|สังฆราช|สังฆาธิการ|ราชาคณะ|บัญชา|ครูสัญญาบัตร|ครูฐานานุกรม|ฤกษ์"
    r"|ราชกุศล|ราชทาน|ราชพิธี|ราชดำริ|ราชปณิธาน|ราชานุเคราะห์|คุณท่าน|เชตุพน|บูรพ|บรม|บาท|ภิกษุ|สงฆ์|วิหาร|ประธาน"
    r"|มหากษัตริย์|องค์|ที่|ผู้|กุศล|ทาน|พิธี|ดำริ|คุณ(?![\u0e01-\u0e4e]))"
)
"""Words after พระ that make a Sangha rank, a temple's part, a royal word or a Buddha image, not a monk's name."""
_SANGHA_POSTS = (r"เจ้าอาวาส|ผู้ช่วยเจ้าอาวาส|รองเจ้าอาวาส|เจ้าคณะ|รองเจ้าคณะ|ผู้ช่วยเจ้าคณะ|ที่ปรึกษาเจ้าคณะ|กรรมการมหาเถรสมาคม"
                 r"|เลขานุการสมเด็จพระสังฆราช|เลขานุการเจ้าคณะ|สมเด็จพระสังฆราช(?!เจ้า)")
_TITLE_NAME = re.compile(
    r"(?<!วัด)(?:(?:พระเดชพระคุณ|พระคุณ)(?:ท่าน)?(?:เจ้าคุณ)?[ \t]?)?"
    r"(?P<name>(?:สมเด็จ)?พระ" + _NOT_A_NAME + r"(?P<rank>ครู|มหา|อธิการ)?[\u0e01-\u0e4e]{3,30})"
    r"(?P<second>[ \t](?!วัด|ที่|รอง|ผู้|เลขา|อดีต|ประธาน|กรรมการ|และ|ใน|เจ้า)[\u0e01-\u0e4e]{3,20})?"
    r"(?:[ \t]*,?[ \t]*(?:วิ\.|ดร\.|รศ\.[ \t]?ดร\.|ผศ\.[ \t]?ดร\.))?"
    r"(?:[ \t]*\([^()\n]{3,40}\)[ \t]*|[ \t]+)"
    r"(?=" + _SANGHA_POSTS + ")"
)
_KRUBA = re.compile(r"ครูบา(?:เจ้า)?(?!อาจารย์)(?P<name>[\u0e01-\u0e4e]{2,40})")
_LONGEST_KRUBA_NAME = 12
"""ครูบาเจ้าชัยวงศาพัฒนา: longer runs are a name glued to the sentence (ครูบาเจ้าศรีวิชัยองค์ใหญ่ที่สุด)."""


def find_title_names(text: str) -> list[tuple[int, int]]:
    """Spans of monks' title names (with a second word after พระครู..., without พระคุณ) before a Sangha post."""
    if "เจ้าอาวาส" not in text and "เจ้าคณะ" not in text and "มหาเถรสมาคม" not in text and "สมเด็จพระสังฆราช" not in text:
        return []
    out = []
    for m in _TITLE_NAME.finditer(text):
        second = m.group("second")
        if second and any(is_verb(w) for w in words(second.strip())):
            continue  # พระครูโสภิตวิริยาภรณ์ เหมาะสมกับตำแหน่งเจ้าคณะอำเภอ: what is said of him, not his name
        end = m.end("second") if second and m.group("rank") else m.end("name")
        out.append((m.start("name"), end))
    return out


_RANKED = r"(?:สมเด็จพระ|พระ(?:พรหม|ธรรม|เทพ|ราช|ครู|มหา|อธิการ))"
_NOT_RANKED_NAME = (r"(?!(?:พรหม|ธรรม|เทพ|ราช)?(?:วัง|ทรัพย์|ทาน|พิธี|กุศล|ดำริ|ปณิธาน|กรณียกิจ|บัญญัติ|กำหนด|กฤษฎีกา|ดำเนิน|สาส|ประวัติ|ประสงค์|หฤทัย"
                    r"|นิพนธ์|อาคันตุกะ|วงศ์|ชนนี|ชินี|อุทยาน|ภาร|สมภพ|โองการ|บิดา|มารดา|ธิดา|โอรส|บุตร|สำนัก|อาณาจักร"
                    r"|ทัณฑ์|ไมตรี|อำนาจ|เกียรติ|ชา|บรม|สีมา|ชายา|เทศนา|คำ|วินัย|บาลี|ไตรปิฎก|วิหาร|ภิกษุ|ทูต|กรรม|สงฆ์|สมัย|นัด"
                    r"|จักร|ธาตุ|มหาธาตุ|เจดีย์|มณฑป|พุทธ|รูป|ปฏิมา|กษัตริย์|มหากษัตริย์))")
"""Words after พระ or its rank word that make a royal or religious word (พระราชพิธี, พระราชวัง, พระธรรมเทศนา), not a
title name."""
_ACADEMIC = r"[ \t]*,?[ \t]*(?:วิ\.|ดร\.|รศ\.[ \t]?ดร\.|ผศ\.[ \t]?ดร\.|ศ\.[ \t]?ดร\.)"
_BRACKET = r"[ \t]*\((?:หลวงปู่|หลวงพ่อ|หลวงตา|หลวงพี่|ครูบา|[\u0e01-\u0e4e]{2,20}[ \t][\u0e01-\u0e4e]{0,20}โ[\u0e01-\u0e2e]ฺ?\))"
_MONK_DEEDS = (r"กล่าวสัมโมทนียกถา|ประธานฝ่ายสงฆ์|เป็นประธานฝ่ายสงฆ์|แสดงพระธรรมเทศนา|แสดงธรรม|เจริญพระพุทธมนต์|ให้ศีล|ประพรมน้ำพระพุทธมนต์"
               r"|ได้เมตตา|เมตตามอบ|เมตตาเป็นประธาน")
_ANCHORED = re.compile(  # both names start with สมเด็จ or พระ, so the lookahead holds at every match; it fails
    # the other positions at once, before the 13 lookbehinds are tried (a scan ~3x faster, same matches)
    r"(?=สมเด็จ|พระ)(?:(?<![\u0e01-\u0e4e])|(?<=โดย)|(?<=จาก)|(?<=แด่)|(?<=ถวาย)|(?<=กับ)|(?<=โดยมี)|(?<=ของ)|(?<=นิมนต์)|(?<=นมัสการ)|(?<=เจ้าคุณ)|(?<=ท่าน)|(?<=เจ้าประคุณ))(?P<name>(?:(?:สมเด็จ)?พระ" + _NOT_A_NAME + _NOT_RANKED_NAME + r"[\u0e01-\u0e4e]{4,30}(?=" + _ACADEMIC + "|" + _BRACKET + r"))"
    r"|" + _RANKED + _NOT_A_NAME + _NOT_RANKED_NAME + r"[\u0e01-\u0e4e]{3,30}(?=[ \t]+(?:วัด[\u0e01-\u0e4e]|" + _MONK_DEEDS + ")))"
)
_LONGEST_TITLE_NAME = 28
"""พระธรรมวชิรานุวัตร, พระราชสุทธิธรรมาจารย์: a longer run is a title name glued to the sentence."""


def find_anchored_titles(text: str) -> list[tuple[int, int]]:
    """Spans of monks' title names anchored by a monastic degree, a bracketed common or lay name, his temple or a
    monk's deed after him (module docstring)."""
    if "พระ" not in text:
        return []
    out = []
    for m in _ANCHORED.finditer(text):
        name = m.group("name")
        if len(name) > _LONGEST_TITLE_NAME:
            continue  # a title name glued to the sentence before its anchor
        out.append((m.start("name"), m.end("name")))
    return out


def find_kruba(text: str) -> list[tuple[int, int]]:
    """Spans of ครูบา + name (the name cut where the sentence glued to it begins)."""
    if "ครูบา" not in text:
        return []
    out = []
    for m in _KRUBA.finditer(text):
        run = m.group("name")
        cut = cut_at_stop(run, 0) or len(run)
        if cut > _LONGEST_KRUBA_NAME:
            cut = len(words(run)[0])
        if cut >= 2:
            out.append((m.start(), m.start("name") + cut))
    return out
