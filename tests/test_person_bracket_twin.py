"""A Latin name with its Thai spelling in brackets is one person (thaigov-v2 details/52926, the Czech ambassador's
courtesy call on the Defence permanent secretary; its gist had named him twice, "Marek Lipchitsaki Marek Libricky")."""

from briefing.model import Release
from briefing.model_records import entity_groups
from briefing.thai import analyze

BODY = ("พลเอก วรเกียรติ รัตนานนท์ ปลัดกระทรวงกลาโหม ให้การต้อนรับ นาย Marek Libricky (มาเร็ก ลิบชีตซกี) "
        "เอกอัครราชทูตสาธารณรัฐเช็กประจำประเทศไทย")


def test_the_thai_spelling_in_brackets_is_the_same_person() -> None:
    analysis = analyze(Release(title="x", body=BODY))
    people = [g for g in entity_groups(analysis) if g.type == "person"]
    marek = [g for g in people if g.english == "Marek Libricky"]
    assert len(marek) == 1
    assert sorted(m.text for m in marek[0].mentions) == ["นาย Marek Libricky", "มาเร็ก ลิบชีตซกี"]
    # both spellings stay mentions in the entity list, each a surface form of its own
    assert {"นาย Marek Libricky", "มาเร็ก ลิบชีตซกี"} <= {e.text for e in analysis.entities}


def test_a_latin_name_after_a_thai_title_is_the_release_spelling() -> None:
    analysis = analyze(Release(title="x", body=BODY))
    latin = next(e for e in analysis.entities if e.text == "นาย Marek Libricky")
    assert latin.english_source == "release"
