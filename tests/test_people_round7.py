"""People, round seven of issue 11 (session 6, last round): Malaysian, Bruneian and Indonesian honours before a
name (ดาตุก, ดาโต๊ะ ซรี, ตัน ซรี, ฮัจญี; Datuk, Dato', Tan Sri, Haji) are titles, stacked or glued; a Malay name runs
on through บิน/bin and the father's name; a Latin initial glued to a family name (S.Qodiri) is one name part.
Sentences are quoted verbatim from thaigov-v2 corpus releases (none from the eval dev files or the held-out sets;
the thaigov.go.th details id is in each comment).
"""

from __future__ import annotations

from entity_helpers import as_analyzed as _entities

from briefing.model import Entity


def _people(body: str) -> list[Entity]:
    return [e for e in _entities(body) if e.type == "person"]


def test_a_datuk_glued_to_the_name_and_its_latin_gloss_are_one_person() -> None:
    # details/90219: the Malaysian ambassador, Datuk glued to his Thai-script name, glossed in Latin
    body = ("ณ กระทรวงมหาดไทย ดาตุกโจจี แซมูแอล (H.E. Datuk Jojie Samuel) เอกอัครราชทูตมาเลเซียประจำประเทศไทย "
            "เข้าเยี่ยมคารวะนายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรี")
    people = _people(body)
    assert {e.canonical for e in people} == {"โจจี แซมูแอล", "อนุทิน ชาญวีรกูล"}
    assert {e.english for e in people if e.canonical == "โจจี แซมูแอล"} == {"Jojie Samuel"}


def test_stacked_malay_honours_and_the_fathers_name_after_bin() -> None:
    # details/92553: Dato' Sri Haji, then "son of Haji Yusof"
    body = ("สหพันธรัฐมาเลเซีย โดยมีดาโต๊ะ ศรี ฮัจญี ฟาดิลละห์ บิน ฮัจญี ยูโซ๊ะ รองนายกรัฐมนตรีมาเลเซีย "
            "นายเทียง คิง สิง รัฐมนตรีว่าการกระทรวงการท่องเที่ยว")
    names = [e.canonical for e in _people(body)]
    assert "ฟาดิลละห์ บิน ฮัจญี ยูโซ๊ะ" in names
    assert not any(n and n.startswith(("ดาโต๊ะ", "ศรี", "ฮัจญี", "ยูโซ๊ะ")) for n in names)


def test_tan_sri_dato_sri_haji_in_both_scripts() -> None:
    # details/52359: a rank, then Tan Sri Dato' Sri Haji in Latin, the Thai spelling in brackets
    body = ("พล.อ.ชัยชาญ ช้างมงคล รมช.กห.เป็นผู้แทนให้การต้อนรับ พล.อ.อ. Tan Sri Dato’ Sri Haji Affendi bin Buang "
            "(ตัน ซรี ดาโตะ ซรี ฮัจญี อัฟเฟนดิ บิน บวง) ผบ.ทสส.มาเลเซีย")
    malay = [e for e in _people(body) if e.english == "Affendi bin Buang"]
    assert {e.canonical for e in malay} == {"อัฟเฟนดิ บิน บวง"}
    assert len(malay) == 2  # the Latin name and its Thai spelling, one person


def test_a_latin_initial_glued_to_the_family_name() -> None:
    # details/78557: the Tajik ambassador
    body = ("ไอแบงก์ต้อนรับ H.E. Ardasher S.Qodiri เอกอัครราชทูตวิสามัญผู้มีอำนาจเต็มแห่งสาธารณรัฐทาจิกิสถาน"
            "ประจำประเทศไทย")
    assert [e.canonical for e in _people(body)] == ["Ardasher S.Qodiri"]


def test_latin_dato_and_binti() -> None:
    # details/51977: an English page's list of Malaysian officials
    body = ("Prime Minister’s Secretary-General YBhg. Dato’ Nor Nazimah binti Hashim, and Deputy Secretary General, "
            "Bilateral Affairs, Ministry of Foreign Affairs Dato' Amran Mohamed Zin.")
    names = {e.canonical for e in _people(body)}
    assert {"Nor Nazimah binti Hashim", "Amran Mohamed Zin"} <= names


def test_dato_inside_a_latin_word_is_no_title() -> None:
    # details/94510: Xu Datong, a Chinese deputy minister
    body = "โดยมีนายซู ต้าถง (Mr. Xu Datong) รัฐมนตรีช่วยว่าการกระทรวงความมั่นคงสาธารณะ ให้การต้อนรับ"
    assert {e.english for e in _people(body)} == {"Xu Datong"}


def test_a_thai_name_glossed_by_a_bare_latin_name_part_for_part() -> None:
    # details/55005: a Vietnamese professor, his Latin name in brackets without Mr./H.E.
    body = ("ณ ศูนย์ประชุมไบเทค บางนา โดยมี ศาสตราจารย์ ดร. ฟาม วัน เถียน (Pham Van Toan) "
            "รองประธานสถาบันวิทยาศาสตร์เวียดนาม")
    assert "ฟาม วัน เถียน" in {e.canonical for e in _people(body)}
    # but คุณ glued to a word, before an English phrase, is no name
    body = "เพื่อยกระดับคุณภาพ (Quality Assurance) ของการบริการ"
    assert _people(body) == []


def test_a_british_peer_styled_lord_with_a_post_nominal() -> None:
    # details/63950: a UK junior health minister, styled Lord, with his CBE after the name
    body = ("ว่าด้วยความร่วมมือด้านจีโนมิกส์ ซึ่งในการนี้ Lord Nick Markham CBE รมช.สาธารณสุขและการดูแลทางสังคม "
            "ได้เป็นผู้แทนลงนามในฝ่ายของสหราชอาณาจักร")
    assert [e.canonical for e in _people(body)] == ["Nick Markham"]
