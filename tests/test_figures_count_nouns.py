"""Nouns that count themselves after a number (ทั้ง 4 มิติ, 7 ภาคีเครือข่าย, 2 ช่องทาง), and short classifiers
with the next word glued on ('50 เขตและ'): counts, as GUIDELINES' "a number of discrete things with a
classifier/noun". Each text is quoted word for word from a thaigov-v2 corpus release (details id given);
none is from the dev or held-out sets."""

from briefing.thai.figures import find_figures


def counts(text: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, f.english) for f in find_figures(text, "body")]


def test_nouns_that_count_themselves() -> None:
    # 42077 (2021-05-25), 87379 (2024-08-23), 36102 (2020-10-21)
    assert counts("หมายถึง ภาวะทางสุขภาพทั้ง 4 มิติ (กาย จิตใจ สังคม และปัญญา)") == [("4 มิติ", 4, "4 dimensions")]
    assert counts("คือ การบูรณาการกับ 7 ภาคีเครือข่าย จัดกิจกรรมส่งเสริมในด้านต่าง") == [
        ("7 ภาคีเครือข่าย", 7, "7 partner networks")]
    assert counts("เป็นวันแรก ผ่าน 2 ช่องทาง คือ Application : GHB ALL") == [("2 ช่องทาง", 2, "2 channels")]


def test_a_function_word_glued_after_a_short_classifier_ends_the_count() -> None:
    # 52005 (2022-02-28): 'all 50 districts and every province'; 54464 (2022-05-11): '4 teams from 4 regions'
    assert counts("ระดับพื้นที่ในกรุงเทพมหานคร ทั้ง 50 เขตและทุกจังหวัด เพื่อสนับสนุน") == [("50 เขต", 50, "50 zones")]
    assert ("4 ทีม", 4, "4 teams") in counts("จากตัวแทนทีมเด็กอวด (ทำ) ดี จำนวน 4 ทีมจาก 4 ภาค ก่อนที่")


def test_a_name_glued_after_a_classifier_is_no_count() -> None:
    # 98965 (2025-07-28): Wing 6, then Mr Phumtham; 89843 (2024-11-04): Rama VI Road, Phaya Thai district
    assert counts("กองทัพอากาศ กองบิน 6  นายภูมิธรรม เวชยชัย รองนายกรัฐมนตรี") == []
    assert counts("กระทรวงการคลัง ถนนพระรามที่ 6 เขตพญาไท กรุงเทพฯ นางสาวแพทองธาร") == []
