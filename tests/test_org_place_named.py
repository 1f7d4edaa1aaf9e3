"""A hospital named by its place with the sentence's verb glued after it (thai/org_place_named.py)."""

from __future__ import annotations

from entity_helpers import orgs as _orgs


def test_glued_verb_after_a_province_hospital_is_cut() -> None:
    # heldout67 h01's headline shape ("ส่วน รพ.สุโขทัยโดดเด่นวางระบบดูแลผู้ป่วยจิตเวช"): was รพ.สุโขทัยโดดเด่นวางระบบ
    assert _orgs("ส่วน รพ.สุโขทัยโดดเด่นวางระบบดูแลผู้ป่วยจิตเวช ครอบคลุมทุกกลุ่ม") == ["รพ.สุโขทัย"]
    # a district hospital and มี glued (corpus headline: รพ.แม่สอดมีแนวทางดูแลผู้ป่วย...)
    assert "รพ.แม่สอด" in _orgs("โดย รพ.แม่สอดมีแนวทางดูแลผู้ป่วยไม่ให้เกิดการระบาด")


def test_a_name_word_after_the_place_stays() -> None:
    # a noun after the province is the hospital's own name
    assert "โรงพยาบาลเชียงรายประชานุเคราะห์" in _orgs("ผู้อำนวยการโรงพยาบาลเชียงรายประชานุเคราะห์ กล่าวว่า")
    assert "โรงพยาบาลสมเด็จพระยุพราชสระแก้ว" in _orgs("ผู้อำนวยการโรงพยาบาลสมเด็จพระยุพราชสระแก้ว กล่าว")
