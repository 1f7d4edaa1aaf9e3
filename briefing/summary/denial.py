"""A headline that denies: the gist never states what the headline says did not happen.

'นายกรัฐมนตรียืนยันไม่มีส่วนเกี่ยวข้อง กับการเรียกรับผลประโยชน์ที่ผิดกฎหมาย' (the PM confirms he had no part in
illegal kickbacks) read 'Prime Minister Prayut Chan-o-cha receives illegal interests': the verb reader skips the negated
verb and takes the next one, inside what is denied. In a draw of 40 archive headlines with a confirming or stressing
verb before 'ไม่' (bench/gists_archive.py seed 7402, outside every bench set) 13 gists stated the denied act or a
garble of it: 'Revenue Department taxes the vendor traders ...' (สรรพากรแจงไม่ได้มุ่งเน้นการเก็บภาษี...), 'Revenue
Department taxes the people country' (ยืนยันไม่มีการเรียกเก็บภาษี...), 'MDES posts data' (แจงไม่ได้แฮกข้อมูล...), 'OPM
increases the sovereignty zone' (ย้ำไม่มี..รื้อลวดหนาม.. มีแต่เพิ่ม...).

When the gist's verb comes after such a denial, the gist says only that the actor (whoever the headline names before
the denying verb) gives an assurance, or clarifies, or denies, as the denying verb says (`denied_action`); what was
denied is left out, since one line cannot say it without the negation the verb reader lost. A verb before the denial
stands ('สธ.พิจารณาปรับปรุงค่าตอบแทน... ยันไม่กระทบการเงินการคลัง': it considers the pay).
"""

from __future__ import annotations

import re

_DENIAL = re.compile(r"(ยืนยัน|ยัน|ชี้แจง|แจง|ปัด|ปฏิเสธ|โต้)\s*(?:ว่า)?\s*(?:\.{2,})?\s*(?:ยัง|ชัดเจน|ชัด)?\s*ไม่"
                    r"|(ย้ำ)\s*(?:ว่า)?\s*(?:\.{2,})?\s*ไม่(?=มี|ได้|เคย|ใช่)"
                    r"|(ยืนยัน|ยัน|ชี้แจง|แจง)\s*(?:ว่า)?\s*(?!กรณี|ข่าว|ปม)(?:(?!พร้อม|แต่|และ|เผย|ระบุ|ไม่|ย้ำ|ยืนยัน|ยัน|ชี้)"
                    r"[^“”\"]){2,40}?\s*(?:ยัง)?ไม่(?=มี|ได้|เคย|ใช่|กระทบ|เป็น|ถูก|ต้อง|ติด|ปิดกั้น|ล่าช้า|เกี่ยว)"
                    r"|(ยืนยัน|ยัน)(?!ตัวตน|ตน|สิทธิ)\s*(?:ว่า)?\s*!*\s*(?:(?!พร้อม|แต่|และ|เผย|ระบุ|ไม่|ย้ำ|ยืนยัน|ยัน|ชี้)[^“”\"]){0,40}?"
                    r"(?:สามารถ|ต้อง)(?!การ)"
                    r"|(เผย|ชี้)\s*(?:ว่า)?\s*(?:ยัง)?ไม่(?!ว่า)")
"""A confirming, clarifying or denying verb right before 'ไม่' ('ยืนยันไม่มี', 'แจงไม่ได้'); 'ย้ำ' only before a
denial of fact ('ย้ำ..ไม่มี'): 'ย้ำ ไม่ประมาท การ์ดอย่าตก' exhorts ('do not be careless'), it denies nothing. The third
form has a short subject between the confirming verb and a denial of fact: '“รมว.นฤมล” ยืนยัน เหตุแผ่นดินไหว อ.เหนือคลอง
จ.กระบี่ ไม่กระทบเขื่อน...' (the quake did not harm the dams) read 'Minister Narumon designs the level earthquake
incident', 'รัฐบาลแจง ศธ ไม่ได้สั่งประกาศยกเลิกแต่งชุดนักเรียน' read 'Ministry of Education asks for the public'
(session 21, /tmp regex draws like bench/gists_archive.py). A confirming verb may stand apart from 'ไม่' by 'ยัง'
(not yet) or 'ชัดเจน' (clearly): '‘ดีอี’ ยืนยันยังไม่ระงับ “โมบายแบงก์กิ้ง”...' (it has not suspended mobile banking) read
'MDES takes effect October'. The fourth form is an assurance of what can or must be, with its own subject or none:
'ผู้ช่วยโฆษก ศบค. ยืนยันสามารถใช้สถานที่จัดสอบ SAT ได้...' (the venues can be used) read 'Assistant Spokesperson ... uses
the venue', 'นายกฯ ยืนยันผู้ป่วยโควิด-19 ทุกสิทธิ... ต้องเข้าถึงระบบการรักษา' (patients must get treatment) 'Prime Minister
... reaches the treatment system' (session 22). 'ยืนยันตัวตน' verifies one's identity: no assurance. The fifth form is a saying that
reports a negation ('นายกฯ เผย ไม่เห็นด้วย ปรับค่าแรงขั้นต่ำ', he disagrees with the wage rise, read 'Prime Minister ...
adjusts the minimum wage'): only a verb in the negated word run or, when that run is a bare verb, in the run right
after it is what the negation covers (`_negated`); 'สธ.เผยไม่พบผู้ป่วยฝีดาษวานรเพิ่มเติมในไทย ประสาน อภ.จัดหาวัคซีน' still
coordinates the vaccines."""
_SAID = {"ชี้แจง": "clarifies", "แจง": "clarifies", "ปัด": "issues a denial", "ปฏิเสธ": "issues a denial",
         "โต้": "issues a denial"}
_BARE_RUN = 10
"""A negated word run this short after a reporting 'ไม่' is a bare verb ('ไม่เห็นด้วย'), whose complement is the next run."""
_OUTRIGHT = re.compile(r"พร้อม|แต่(?!ง)|เผย|ระบุ")
"""A clause after these is said outright: 'ย้ำไม่มีการถอนกำลัง... เผย ครม. เตรียมทบทวนเงินเยียวยา' (seed 4413)."""
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


def denials(title: str, subject: bool = False) -> list[re.Match[str]]:
    """The headline's denials outside quotes (with `subject`, also those with a subject before 'ไม่')."""
    masked = _QUOTED.sub(lambda m: " " * len(m.group(0)), title)
    return [d for d in _DENIAL.finditer(masked) if subject or (d.group(3) is None and d.group(4) is None and d.group(5) is None)]


_NEXT_CLAUSE = re.compile(r"ย้ำ|ยืนยัน|ยัน|เผย|ชี้|มุ่ง|เตรียม|เป็นการ")
"""After a denial with its own subject, a clause opening with these is said outright ('...ไม่มีสะดุด 25-26 ส.ค.
เตรียมเป็นประธานประชุม...': it presides; 'ตำรวจจีนไม่ได้มาลาดตระเวนในไทย เป็นการแลกเปลี่ยนข้อมูล': it is an exchange of
information)."""


def _inside(title: str, denial: re.Match[str], verb_pos: int, names: list[tuple[int, int]]) -> bool:
    """Whether the gist's verb is inside what a denial with its own subject denies: after 'ไม่', with no clause said
    outright and no new subject (a name: '...ไม่เคยสั่งการให้ซื้อ ATK... สปสช. ร่วม ธ. กรุงไทยกระจาย ATK') before it. A
    verb between the confirming verb and 'ไม่' is the actor's ('นายกฯ ยืนยัน ใช้งบคุมการระบาด... ไม่มีนำไปใช้ส่วนอื่น')."""
    return verb_pos >= denial.end() and not _NEXT_CLAUSE.search(title[denial.end():verb_pos]) \
        and not any(denial.end() <= start < verb_pos for start, _ in names)


def _negated(title: str, denial: re.Match[str], verb_pos: int) -> bool:
    """Whether the gist's verb is what a reported negation covers: in the word run glued after 'ไม่', or in the next
    run when that one is a bare verb ('ไม่เห็นด้วย ปรับค่าแรงขั้นต่ำ')."""
    if verb_pos < denial.end():
        return False
    run = re.match(r"\S*", title[denial.end():])
    first = run.group(0) if run else ""
    if verb_pos < denial.end() + len(first):
        return True
    rest = title[denial.end() + len(first):verb_pos]
    return len(first) <= _BARE_RUN and rest[:1].isspace() and not re.search(r"\s", rest.lstrip())


def denied_action(denial: re.Match[str]) -> str:
    """What the actor does, as the denying verb says it: clarifies, denies, else gives an assurance."""
    if denial.group(5):
        return "comments"  # what is said not to be cannot be said in one line without its negation
    return _SAID.get(denial.group(1) or denial.group(2) or denial.group(3) or "", "gives an assurance")


def reads_denied(title: str, verb_pos: int | None, names: list[tuple[int, int]] | None = None) -> re.Match[str] | None:
    """The first denial whose verb is the gist's (at `verb_pos`: its object is what is denied, 'สรรพากร ยืนยันไม่มีการ
    เรียกเก็บภาษี...' read 'Revenue confirms taxes') or comes before it (the gist's verb is inside what is denied)."""
    if verb_pos is None:
        return None
    # a clause after 'พร้อม' or 'แต่' is said outright ('การยาสูบ...ยืนยันไม่มีนโยบาย...ออกบุหรี่ราคาต่ำ พร้อมสนับสนุน
    # นโยบาย...', bench/gists7 g05: it supports the policies; '...ไม่ยกเลิก Thailand Pass เพียงแต่ลดขั้นตอน...')
    return next((d for d in denials(title, subject=True) if verb_pos >= d.start() and not _OUTRIGHT.search(title[d.end():verb_pos])
                 and (_negated(title, d, verb_pos) if d.group(5) else
                      d.group(3) is None and d.group(4) is None or _inside(title, d, verb_pos, names or []))),
                None)
