"""A cooperative named from สหกรณ์ to จำกัด with spaced parts (briefing/thai/org_cooperatives.py).

What a reader expects (thaigov-v2 releases outside bench and dev):
- details/52366 "ตัวแทนชุมนุมสหกรณ์นมไทย - เดนมาร์ค จำกัด เข้าหารือ": the cooperative (was nothing);
- details/49753 "- สหกรณ์การเกษตรในเขตปฏิรูปที่ดิน ปากช่อง คทช. จำกัด จังหวัดนครราชสีมา": the cooperative with its
  district and the land-reform committee's code in it (was the place ปากช่อง and the body คทช.); the province after it
  stays a place;
- details/36377 "กิจกรรมของสหกรณ์หมู่บ้านจุฬาภรณ์พัฒนา 9 จำกัด": the number is part of the name;
- details/48268 "มีสหกรณ์อิสลาม 4 แห่ง ประกอบด้วย สหกรณ์นูรุลอิสลามกระบี่ จำกัด": the named one only, not the count before;
- details/53746 "เจ้าหน้าที่สหกรณ์ยักยอกเงินสหกรณ์ออมทรัพย์กระทรวงเกษตรและสหกรณ์ จำกัด": not from the first สหกรณ์ (a
  clause), the savings cooperative of the ministry is.
"""

from briefing.thai import org_cooperatives
from briefing.thai.entities import find_entities


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in org_cooperatives.find(text)]


def _ents(text: str, kind: str) -> list[str]:
    return [e.text for e in find_entities("", text)[0] if e.type == kind]


def test_hyphen_between_countries():
    text = "จะนำข้อร้องเรียนของตัวแทนชุมนุมสหกรณ์นมไทย - เดนมาร์ค จำกัด เข้าหารือกับ ดร.เฉลิมชัย ศรีอ่อน"
    assert _found(text) == ["สหกรณ์นมไทย - เดนมาร์ค จำกัด"]
    assert "สหกรณ์นมไทย - เดนมาร์ค จำกัด" in _ents(text, "organisation")


def test_district_and_code_inside_the_name():
    text = "นราธิวาส สุพรรณบุรี น่าน และลำพูน)\n- สหกรณ์การเกษตรในเขตปฏิรูปที่ดิน ปากช่อง คทช. จำกัด จังหวัดนครราชสีมา\n- ศูนย์วิจัย"
    assert _found(text) == ["สหกรณ์การเกษตรในเขตปฏิรูปที่ดิน ปากช่อง คทช. จำกัด"]
    places = _ents(text, "place")
    assert "ปากช่อง" not in places and "จังหวัดนครราชสีมา" in places


def test_number_ends_the_name():
    assert _found("อำเภอธารโต จังหวัดยะลา กิจกรรมของสหกรณ์หมู่บ้านจุฬาภรณ์พัฒนา 9 จำกัด สำนักงานตรวจบัญชีสหกรณ์จังหวัดยะลา") == [
        "สหกรณ์หมู่บ้านจุฬาภรณ์พัฒนา 9 จำกัด"]


def test_count_and_clause_are_not_names():
    assert _found("อีกบางส่วน มีสหกรณ์อิสลาม 4 แห่ง ประกอบด้วย สหกรณ์นูรุลอิสลามกระบี่ จำกัด สหกรณ์อิสลามษะกอฟะฮ จำกัด") == [
        "สหกรณ์นูรุลอิสลามกระบี่ จำกัด", "สหกรณ์อิสลามษะกอฟะฮ จำกัด"]
    assert _found("จากกรณีเจ้าหน้าที่สหกรณ์ยักยอกเงินสหกรณ์ออมทรัพย์กระทรวงเกษตรและสหกรณ์ จำกัด ที่เกิดขึ้น") == [
        "สหกรณ์ออมทรัพย์กระทรวงเกษตรและสหกรณ์ จำกัด"]


def test_a_cooperative_of_a_registered_kind_has_english() -> None:
    from entity_helpers import org_english as english

    # details/72507: named for its district (Tha Luang, Lop Buri: the register's English)
    text = "ในโอกาสนี้ รัฐมนตรีช่วยเกษตรฯ ได้เข้าเยี่ยมชมสหกรณ์โคนมท่าหลวง จำกัด อำเภอท่าหลวง จังหวัดลพบุรี พร้อมฟังบรรย"
    assert english(text)["สหกรณ์โคนมท่าหลวง จำกัด"] == "Tha Luang Dairy Cooperative Limited"
    # details/77182: named for its owner, a listed ministry
    text = "ำนักงานรัฐมนตรี กระทรวงมหาดไทย ตลอดจนบุตรของสมาชิกสหกรณ์ออมทรัพย์กระทรวงมหาดไทย ที่ศึกษาในระดับ อนุบาล"
    assert english(text)["สหกรณ์ออมทรัพย์กระทรวงมหาดไทย"] == "Ministry of Interior Savings and Credit Cooperative"
