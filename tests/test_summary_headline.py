"""The gist's subject, verb and topic from a headline (invented headlines in the site's style)."""

from gist_helpers import gist

from briefing.model import Analysis, Entity, Figure


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def test_reported_action_names_who_said_it_then_the_subject_nearest_before_it() -> None:
    title = "นายกรัฐมนตรี เผย ครม. อนุมัติงบ 300 ล้านบาท แก้ภัยแล้งและน้ำท่วม"
    s, e = span(title, "ครม.")
    fs, fe = span(title, "300 ล้านบาท")
    analysis = Analysis(
        title=title, body="เนื้อหา",
        entities=[Entity(type="organisation", field="title", text="ครม.", start=s, end=e, english="Cabinet")],
        figures=[Figure(kind="money", field="title", text="300 ล้านบาท", start=fs, end=fe, value=3e8, unit="THB",
                        english="300 million baht")])
    assert gist(analysis) == ("Prime Minister: Cabinet approves the budget to solve drought and floods; "
                              "a budget of 300 million baht")


def test_position_in_the_headline_names_the_person_with_that_role() -> None:
    title = "รัฐมนตรีว่าการกระทรวงยุติธรรม ลงพื้นที่ติดตามการแก้ปัญหายาเสพติด"
    body = "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงยุติธรรม ลงพื้นที่"
    s, e = span(title, "กระทรวงยุติธรรม")
    analysis = Analysis(title=title, body=body, entities=[
        Entity(type="organisation", field="title", text="กระทรวงยุติธรรม", start=s, end=e,
               english="Ministry of Justice (MOJ)"),
        Entity(type="person", field="body", text="นายสมชาย ใจดี", start=0, end=13, english="Somchai Jaidee",
               role="รัฐมนตรีว่าการกระทรวงยุติธรรม", role_english="Minister of Justice")])
    # the ministry the headline names with the post is said by its acronym before the holder (session 13)
    assert gist(analysis) == "MOJ Minister Somchai Jaidee tackles drugs"


def test_verb_takes_its_object_and_leaves_no_dangling_preposition() -> None:
    analysis = Analysis(title="นายกรัฐมนตรี เป็นประธานพิธีเปิดงาน", body="นางสาวสมหญิง")
    assert gist(analysis) == "Prime Minister presides over the ceremony"
    analysis = Analysis(title="นายกรัฐมนตรี เป็นประธาน", body="นางสาวสมหญิง")
    assert gist(analysis) == "Prime Minister presides"


def test_headline_without_glossary_words_falls_back_to_a_plain_sentence() -> None:
    analysis = Analysis(title="ข่าว", body="ข่าว")
    assert gist(analysis) == "The government issues a release"
