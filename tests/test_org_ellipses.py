"""A committee or command centre named again cut short with ฯ (briefing/thai/org_ellipses.py).

What a reader expects (thaigov-v2 releases outside bench and dev; heldout120 h04/h07 and the read golds list such
forms):
- details/42668 "...รองปลัดกระทรวงยุติธรรมและโฆษกศูนย์บริหารสถานการณ์ฯ" after ศูนย์บริหารสถานการณ์การแพร่ระบาดของ
  โรคติดเชื้อไวรัสโคโรนา2019: the centre's short form (was nothing);
- details/87099 "การจัดตั้งคณะกรรมการร่วมทางการค้า...", then "ทั้งนี้ คณะกรรมการร่วมฯ มีหน้าที่": the joint committee;
- heldout120 h07 (details/97565) "ศูนย์เฉพาะกิจบริหารสถานการณ์...", then "ศูนย์เฉพาะกิจฯ มีบทบาท": the centre;
- "คณะกรรมการฯ ได้พิจารณา": the head alone, a back-reference, none (the read golds list 0 of 10);
- "เปิดศูนย์ปฏิบัติการฯ" with no full form in the text: none;
- "สำนักงานคณะกรรมการส่งเสริมฯ" after สำนักงานคณะกรรมการส่งเสริม...: the office's name, not a committee.
"""

from briefing.thai import org_ellipses


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in org_ellipses.find(text)]


def test_short_forms_of_a_named_centre_or_committee():
    text = ("นายวัลลภ นาคบัว โฆษกศูนย์บริหารสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา2019 ภายในสถานที่ควบคุม "
            "รองปลัดกระทรวงยุติธรรมและโฆษกศูนย์บริหารสถานการณ์ฯ นายอายุตม์")
    assert _found(text) == ["ศูนย์บริหารสถานการณ์ฯ"]
    text = "การจัดตั้งคณะกรรมการร่วมทางการค้าเพื่อกำกับดูแลการดำเนินการ ทั้งนี้ คณะกรรมการร่วมฯ มีหน้าที่ ดังนี้"
    assert _found(text) == ["คณะกรรมการร่วมฯ"]
    text = ("ศูนย์เฉพาะกิจบริหารสถานการณ์บริเวณชายแดนไทย - กัมพูชา ได้ประชุม "
            "โดยศูนย์เฉพาะกิจฯ มีบทบาทในการให้ข้อเสนอแนะ")
    assert _found(text) == ["ศูนย์เฉพาะกิจฯ"]


def test_no_short_form_without_a_name():
    assert _found("คณะกรรมการส่งเสริมการลงทุน ได้ประชุม และคณะกรรมการฯ ได้พิจารณา") == []
    assert _found("น้ำท่วมหนองคาย กระทบ 5 อำเภอ เปิดศูนย์ปฏิบัติการฯ รับมือสถานการณ์") == []
    assert _found("สำนักงานคณะกรรมการส่งเสริมการลงทุน และสำนักงานคณะกรรมการส่งเสริมฯ") == []


def test_a_short_form_takes_the_full_name_it_shortens_and_its_english():
    # gists10 g20 (details/86009): คกก.แอลกอฮอล์ฯ with the committee named in
    # full in the body; the gist's actor read 'Aelkoho' (its romanisation) once คกก. names were read.
    from briefing.model import Release
    from briefing.thai import analyze
    from briefing.thai.org_ellipses import full_name

    assert full_name("คกก.แอลกอฮอล์ฯ", ["คณะกรรมการนโยบายเครื่องดื่มแอลกอฮอล์แห่งชาติ", "กรมควบคุมโรค"]) == \
        "คณะกรรมการนโยบายเครื่องดื่มแอลกอฮอล์แห่งชาติ"
    assert full_name("คณะกรรมการกองทุนฯ", ["คณะกรรมการกองทุนหมู่บ้าน", "คณะกรรมการกองทุนสื่อ"]) is None  # two fit
    analysis = analyze(Release(
        title="คกก.แอลกอฮอล์ฯ “เชิญ ชวน คนไทย ลด ละ เลิกเหล้าช่วงเข้าพรรษา” เนื่องในวันงดดื่มสุราแห่งชาติ 2567",
        body="คณะกรรมการนโยบายเครื่องดื่มแอลกอฮอล์แห่งชาติ ร่วมกับกรมควบคุมโรค กระทรวงสาธารณสุข จัดงาน"))
    [short] = [e for e in analysis.entities if e.text == "คกก.แอลกอฮอล์ฯ"]
    assert short.canonical == "คณะกรรมการนโยบายเครื่องดื่มแอลกอฮอล์แห่งชาติ"
    assert short.english == "National Alcohol Beverage Policy Committee"
