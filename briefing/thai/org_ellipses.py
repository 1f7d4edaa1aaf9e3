"""A committee or command centre named again cut short with ฯ: ศูนย์เฉพาะกิจฯ after ศูนย์เฉพาะกิจบริหารสถานการณ์
บริเวณชายแดนไทย - กัมพูชา, คณะกรรมการร่วมฯ after คณะกรรมการร่วมว่าด้วย..., โฆษกศูนย์บริหารสถานการณ์ฯ.

A release names a committee or a centre in full once and then writes its first words and ฯ ('and so on'). The
head rules read a name only up to ฯ when the words before it make a name by themselves (คณะกรรมการคุ้มครองเด็กฯ);
the short ones, a head and its kind (ศูนย์ปฏิบัติการฯ, คณะทำงานร่วมฯ), were left out. The read golds list them
(19 of 27 such forms written before ฯ with a head: heldout100 คกก.อำนวยการฯ, heldout6/70 คณะอนุกรรมการฯ; heldout120 h04
ศูนย์ปฏิบัติการฯ, h07 ศูนย์เฉพาะกิจฯ); a head alone with ฯ (คณะกรรมการฯ: 0 of 10 listed) is a back-reference, not
a name, and is left.

Taken: a committee head (คณะกรรมการ, คณะอนุกรรมการ, คณะกรรมาธิการ, คณะทำงาน) with at least two letters before ฯ, or a
command centre (ศูนย์ปฏิบัติการ, ศูนย์เฉพาะกิจ, ศูนย์บริหารสถานการณ์, ศูนย์อำนวยการ, ศูนย์ประสานงาน, ศูนย์บัญชาการ)
with or without more, when the same text writes those words again followed by more of a name (the full form is
there). Centres named for a place or a service (ศูนย์ราชการฯ, ศูนย์การค้าฯ, ศูนย์เรียนรู้ฯ: venues) are not read.
`entities` calls `find`, and `full_name` to give such a short form (or a คกก. one) the name it shortens: คกก.
แอลกอฮอล์ฯ in a headline is the body's คณะกรรมการนโยบายเครื่องดื่มแอลกอฮอล์แห่งชาติ, and its English is that name's
(the gist read 'Aelkoho invites Thai people', gists10 g20).
"""

from __future__ import annotations

import re

_THAI_NO_ELLIPSIS = "\u0e01-\u0e2e\u0e30-\u0e4e"
_SHORT = re.compile(
    f"(?:คณะอนุกรรมการ|คณะกรรมการ|คณะกรรมาธิการ|คณะทำงาน)[{_THAI_NO_ELLIPSIS}]{{2,30}}ฯ"
    f"|ศูนย์(?:ปฏิบัติการ|เฉพาะกิจ|บริหารสถานการณ์|อำนวยการ|ประสานงาน|บัญชาการ)[{_THAI_NO_ELLIPSIS}]{{0,30}}ฯ"
)
_OFFICE_BEFORE = ("สำนักงาน", "สำนัก")


def find(text: str) -> list[tuple[int, int]]:
    """(start, end) of each short form to its ฯ whose words the text also writes as the start of a longer name."""
    out: list[tuple[int, int]] = []
    if "ฯ" not in text:
        return out
    for m in _SHORT.finditer(text):
        if text.endswith(_OFFICE_BEFORE, 0, m.start()):
            continue  # สำนักงานคณะกรรมการ...ฯ: the office, another body
        prefix = m.group(0)[:-1]
        if re.search(re.escape(prefix) + f"[{_THAI_NO_ELLIPSIS}]", text) is None:
            continue  # no full form to shorten: ศูนย์ปฏิบัติการฯ alone
        out.append((m.start(), m.end()))
    return out


_HEADS = ("คณะอนุกรรมการ", "คณะกรรมการ", "คณะกรรมาธิการ", "คณะทำงาน", "ศูนย์")


def full_name(short: str, names: list[str]) -> str | None:
    """The one name among `names` that `short` (ending in ฯ, or written with คกก.) shortens: the same head, and the
    words after the head found in it; None when no name or more than one fits."""
    stem = short.rstrip().removesuffix("ฯ").rstrip()
    if stem.startswith("คกก."):
        stem = "คณะกรรมการ" + stem[4:].lstrip()
    head = next((h for h in _HEADS if stem.startswith(h)), None)
    rest = stem[len(head):].strip() if head else ""
    if head is None or len(rest) < 2:
        return None
    fits = {n for n in names if n.startswith(head) and rest in n[len(head):] and len(n) > len(stem)
            and not n.rstrip().endswith("ฯ")}
    return fits.pop() if len(fits) == 1 else None
