"""A country whose formal name opens with a body's head word is the country, not a body.

Five federal republics (สหพันธ์สาธารณรัฐเยอรมนี, ...บราซิล, ...ไนจีเรีย, ...ประชาธิปไตยเนปาล, ...ประชาธิปไตยเอธิโอเปีย,
...โซมาเลีย) and สหภาพคอโมโรส open with สหพันธ์ / สหภาพ, the head words of a federation or a union
(สหพันธ์ฟุตบอลนานาชาติ, สหภาพแรงงาน...). The head rules read a body from them, and their span runs on to the seat of
an ambassador's post or into the clause (เอกอัครราชทูตสหพันธ์สาธารณรัฐเยอรมนี ประจำประเทศไทย,
...เยอรมนีประจำประเทศไทย เข้าเยี่ยมคารวะ, ...เยอรมนีผ่านโครงการ...): longer than the glossary's country, it won, so
the release lost the country and ประเทศไทย as places and gained a body that is none. On 60 corpus releases with
สหพันธ์สาธารณรัฐ (session 19) 14 such spans were read as bodies.

A body that starts with another word and names the country inside keeps its reading: the embassy
(สถานเอกอัครราชทูตสหพันธ์สาธารณรัฐเยอรมนีประจำประเทศไทย), the government (รัฐบาลสหพันธ์สาธารณรัฐเยอรมนี), a
ministry (กระทรวง...แห่งสหพันธ์สาธารณรัฐบราซิล).
"""

from __future__ import annotations

from .gazetteer import ORG_HEADS, Gazetteer


def country_not_body(text: str, start: int, end: int, g: Gazetteer) -> bool:
    """True when the organisation span text[start:end] opens with a listed country whose own name starts with a
    body's head word (สหพันธ์สาธารณรัฐเยอรมนี| ประจำประเทศไทย) and runs past it: the span is that country."""
    if not text.startswith(("สหพันธ์", "สหภาพ"), start):
        return False
    assert g.regex is not None
    m = g.regex.match(text, start, end)
    if m is None or not m.group(0) or m.end() >= end:
        return False
    term = g.terms.get(m.group(0))
    return term is not None and term.kind == "country" and m.group(0).startswith(ORG_HEADS)
