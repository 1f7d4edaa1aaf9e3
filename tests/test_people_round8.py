"""People, round eight of issue 11 (session 7): past kings named by their royal name (Rama III, IV, VI, VII, the
second king Pinklao), the other written forms of Rama IX's and Rama X's names, and one person written in two
encodings of the same letters (sara am decomposed) listed once. Sentences are quoted verbatim from thaigov-v2
corpus releases (none from the eval dev files; the thaigov.go.th details id is in each comment).
"""

from __future__ import annotations

from briefing.model import Entity, Release
from briefing.thai import analyze
from briefing.thai.entities import find_entities
from briefing.thai.normalise import normalise


def _people(body: str) -> list[Entity]:
    entities, references = find_entities(normalise(""), normalise(body))  # as analyze() reads them
    return [e for e in entities + references if e.type == "person"]


def test_a_past_king_named_by_his_royal_name_is_a_person() -> None:
    # details/72706: Rama VI, who gave the tricolour flag
    body = ("เพื่อเป็นการสร้างความภาคภูมิใจของคนในชาติ และเป็นการน้อมรำลึกในพระมหากรุณาธิคุณพระบาทสมเด็จพระมงกุฎเกล้า"
            "เจ้าอยู่หัว ที่ทรงพระราชทานธงไตรรงค์เป็นธงชาติไทย")
    people = _people(body)
    assert [(e.text, e.english) for e in people] == [("พระบาทสมเด็จพระมงกุฎเกล้าเจ้าอยู่หัว", "King Vajiravudh")]


def test_a_kings_name_runs_on_through_his_second_name() -> None:
    # details/89742: Rama III written with พระมหาเจษฎาราชเจ้า after the name
    body = ("ไม่ปรากฏหลักฐานแน่ชัดว่าสร้างขึ้นในสมัยใด จนในรัชสมัยพระบาทสมเด็จพระนั่งเกล้าเจ้าอยู่หัว พระมหาเจษฎาราชเจ้า "
            "ทรงพระกรุณาโปรดเกล้าโปรดกระหม่อมให้")
    assert [e.text for e in _people(body)] == ["พระบาทสมเด็จพระนั่งเกล้าเจ้าอยู่หัว พระมหาเจษฎาราชเจ้า"]


def test_rama_ix_in_a_shorter_form_glued_to_boromanatbophit() -> None:
    # details/50432
    body = ("รวมถึงเป็นแหล่งนันทการรองรับการท่องเที่ยวเชิงอนุรักษ์ที่เป็นมิตรกับสิ่งแวดล้อม ตามแนวพระราชดำริใน"
            "พระบาทสมเด็จพระมหาภูมิพลอดุลยเดชมหาราชบรมนาถบพิตร แบ่งออกเป็น 6 ส่วน")
    people = _people(body)
    assert [e.text for e in people] == ["พระบาทสมเด็จพระมหาภูมิพลอดุลยเดชมหาราชบรมนาถบพิตร"]
    assert people[0].english == "His Majesty King Bhumibol Adulyadej The Great"


def test_the_reigning_king_by_his_short_royal_name_but_not_by_title_alone() -> None:
    # details/82613 (the name); the title alone (พระบาทสมเด็จพระเจ้าอยู่หัว) stays no person
    body = ("เพื่อเป็นการถวายความจงรักภักดีและสำนึกในพระมหากรุณาธิคุณของพระบาทสมเด็จพระวชิรเกล้าเจ้าอยู่หัว "
            "กระทรวงสาธารณสุขจึงจัดโครงการพาหมอไปหาประชาชนฯ")
    assert [e.canonical for e in _people(body)] == [
        "พระบาทสมเด็จพระปรเมนทรรามาธิบดีศรีสินทรมหาวชิราลงกรณ พระวชิรเกล้าเจ้าอยู่หัว"]
    assert _people("ถวายพระพรชัยมงคลแด่พระบาทสมเด็จพระเจ้าอยู่หัว เนื่องในโอกาส") == []


def test_a_person_written_again_with_sara_am_decomposed_is_listed_once() -> None:
    # details/88809: สำเร็จวาณิชย์ first, สําเร็จวาณิชย์ (U+0E4D U+0E32) later in the same release
    body = ("ลงพื้นที่ประสานงาน ร่วมกับนางสาวธีรรัตน์ สำเร็จวาณิชย์ รัฐมนตรีช่วยว่าการกระทรวงมหาดไทย  บัญชาการเหตุการณ์\n"
            "สำหรับการฟื้นฟูพื้นที่ จ.เชียงราย นายภูมิธรรม เวชยชัย รองนายกรัฐมนตรี และ รมว.กลาโหม ในฐานะผู้อำนวยการ ศปช. "
            "มอบหมายให้ นางสาวธีรรัตน์ สําเร็จวาณิชย์ รมช.มหาดไทย ในฐานะผู้อำนวยการ ศปช.ส่วนหน้า จ.เชียงราย")
    a = analyze(Release(title="x", body=body))
    listed = [e.text for e in a.entities if e.type == "person" and e.canonical == "ธีรรัตน์ สำเร็จวาณิชย์"]
    assert listed == ["นางสาวธีรรัตน์ สำเร็จวาณิชย์"]
    again = [e for e in a.references if e.canonical == "ธีรรัตน์ สำเร็จวาณิชย์"]
    assert [e.text for e in again] == ["นางสาวธีรรัตน์ สําเร็จวาณิชย์"]
    assert body[again[0].start:again[0].end] == again[0].text


def _english_people(title: str, body: str) -> list[str]:
    a = analyze(Release(title=title, body=body))
    return [e.text for e in a.entities + a.references if e.type == "person"]


def test_a_name_right_after_president_in_english_text() -> None:
    # details/54566 and details/47409: a head of state named after President / Vice President, no Mr.
    title = "PM's statement on climate action, clean energy transformation, and sustainable infrastructure"
    body = ("at the U.S. Department of State, Prime Minister and Defense Minister Gen. Prayut Chan-o-cha delivered a "
            "statement at the meeting between ASEAN leaders and U.S. Vice President Kamala Harris. The meeting was also "
            "participated by United States special presidential envoy.\n"
            "The Prime Minister commended President Moon Jae-in’s foreign policy initiatives, particularly the New "
            "Southern Policy")
    people = _english_people(title, body)
    assert "Kamala Harris" in people and "Moon Jae-in" in people


def test_president_of_a_body_gives_no_person() -> None:
    # details/92983: 'President of the ...' is followed by a body's name, not a person
    title = "PM meets with Prince Mahidol Award 2024 laureates"
    body = ("Prof. Dr. Apichat Asavamongkolkul, Dean of Faculty of Medicine, Siriraj Hospital, Mahidol University, in his "
            "capacity as Vice President of the Prince Mahidol Award Foundation under the Royal Patronage, led 2 Prince "
            "Mahidol Award 2024 laureates")
    people = _english_people(title, body)
    assert not any("Foundation" in p or "Award" in p for p in people)


def test_a_monk_named_by_his_title_name_before_his_sangha_post() -> None:
    # details/52250: the ecclesiastical title name, his lay name in brackets, then his post
    body = ("สำหรับอาคารจิตเวช เป็นอาคาร 2 ชั้น ได้รับความเมตตาจากพระเทพมงคลโสภณ (โสภณ อุทัยธรรม) เจ้าคณะภาค 17-18 "
            "(ธรรมยุต) เจ้าอาวาสวัดเสนาสนารามราชวรวิหาร จังหวัดพระนครศรีอยุธยา")
    assert [e.text for e in _people(body)] == ["พระเทพมงคลโสภณ"]


def test_a_royal_word_glued_to_a_monks_post_is_no_monk() -> None:
    # details/48174: โดยเสด็จพระราชกุศล (joining the King's merit) then แด่เจ้าอาวาส
    body = ("และถวายปัจจัยที่ผู้มีจิตศรัทธา ร่วมโดยเสด็จพระราชกุศลแด่เจ้าอาวาสเพื่อถวายแด่พระภิกษุ สามเณร "
            "เพื่อนำไปบูรณปฏิสังขรณ์พระอาราม")
    assert _people(body) == []
