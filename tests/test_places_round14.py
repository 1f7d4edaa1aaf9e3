"""Places, issue 11 round fourteen (session 7): kinds that recur across many held-out sets' blind misses.
Each text is quoted verbatim from a corpus release (none of them an eval dev file or a held-out file); the
release is named above it."""

from __future__ import annotations

from entity_helpers import places as _places


def test_a_village_after_a_kind_of_community_is_a_place() -> None:
    # details/91340 (13/12/2567)
    body = "ลงพื้นที่ต้นแบบ ณ ภูษาผ้าลายอย่าง ชุมชนคุณธรรมบ้านไร่มะตูม อำเภอบ้านลาด จังหวัดเพชรบุรี"
    assert "บ้านไร่มะตูม" in _places(body)
    # details/85555 (08/07/2567)
    body = "าชาวไทลื้อ จากชุมชนเครือข่ายทางวัฒนธรรมบ้านหล่ายทุ่ง จังหวัดน่าน และผ้ามัดหมี่ย"
    assert "บ้านหล่ายทุ่ง" in _places(body)
    # details/40211 (22/03/2564): แห่งนี้ ('this one') is not part of the name
    body = "เศรษฐกิจพอเพียง จึงทำให้ชุมชนคุณธรรมบ้านโนนกอกแห่งนี้เป็น 1 ใน 100 ชุมชนต้นแบบ"
    assert _places(body) == ["บ้านโนนกอก"]


def test_a_village_inside_an_enterprise_name_is_not_taken() -> None:
    # details/49734: วิสาหกิจชุมชน... names an actor whose name holds the village (heldout33's กลุ่มทอผ้าบ้าน...)
    body = "องแก่งบ้านเขาหลัก จังหวัดตรัง วิสาหกิจชุมชนท่องเที่ยวบ้านทะเลน้อยระยองฮิ จังหวัดระยอง ว"
    assert "บ้านทะเลน้อยระยองฮิ" not in _places(body)
    # details/87233: the community acting (โดย ...) is an actor, not a place (heldout46's convention)
    body = "อาชีวศึกษาเสาวภา และการทำพวงกุญแจผ้าปัก โดย ชุมชนคุณธรรมบ้านสันทางหลวง (เชียงราย) รวมถึงกา"
    assert "บ้านสันทางหลวง" not in _places(body)


def test_a_named_many_way_junction_is_a_place_without_a_cue() -> None:
    # details/53489 (11/04/2565): after a bracketed venue, no 'at' before the junction
    body = "นด้านหน้าหอศิลปวัฒนธรรมแห่งกรุง เทพมหานคร (หอศิลป์กรุงเทพฯ) สี่แยกปทุมวัน เขตปทุมวัน กรุงเทพฯ"
    assert "สี่แยกปทุมวัน" in _places(body)
    # details/59423 (19/09/2565): ที่ glued to the word before it
    assert "สามแยกตากใบ" in _places("ซึ่งมีแนวเส้นทางจุดเริ่มต้นที่สามแยกตากใบ บ้านหัวถนน")
    # details/67308 (14/04/2566): a five-way junction
    assert "ห้าแยกหอนาฬิกา" in _places("จังหวัดลำปาง ที่บริเวณข่วงนคร ห้าแยกหอนาฬิกา เขตเทศบาลนครลำปาง")


def test_a_junction_as_a_figure_of_speech_is_not_a_place() -> None:
    # details/48293 (16/11/2564): "a cultural crossroads"
    assert not any("สามแยก" in p for p in _places("และมีพื้นที่สามแยกวัฒนธรรมเป็นศูนย์กลางของชุมช"))


def test_villages_at_the_ends_of_a_road_section_are_places() -> None:
    # details/47879: a section from one village to another
    body = "คาดว่าจะเสนอของบประมาณก่อสร้างในปี 2567 ตอนบ้านบางสัก - บ้านเขาหลัก ระยะทาง 20.36 กิโลเมตร และตอน"
    places = _places(body)
    assert "บ้านบางสัก" in places and "บ้านเขาหลัก" in places
    # details/72554: a marked section from a district to a village
    body = "นห้วยหินลาด - อำเภอโนนสะอาด และ ทล.2023 ตอน อำเภอกุมภวาปี - บ้านโนนสวรรค์ ระยะทางรวม 57 กิโลเมตร"
    assert "บ้านโนนสวรรค์" in _places(body)


def test_a_named_quarter_of_a_town_is_a_place() -> None:
    # details/67366: an old quarter glued after a noun, at one end of a pair
    body = "กิจกรรมงานวัดพัฒนาประชาคม ไหว้พระรับพร ย้อนวันวานสารพันอาหารย่านกระดีจีน - คลองสาน เป็นต้น"
    assert "ย่านกระดีจีน" in _places(body)
    # details/47806: a quarter no register holds
    body = "วมกันช่วยเหลือคุณตา อายุ 79 ปี อาศัยอยู่เพียงลำพังในห้องเช่าแห่งหนึ่ง ย่านสะพานใหม่ เขตบางเขน กทม. ป่วย"
    assert "ย่านสะพานใหม่" in _places(body)


def test_weaning_is_no_quarter() -> None:
    # details/79052: หย่านม (to wean), not ย่าน + a name
    body = "ให้กับร่างกาย ดังนั้น เด็กเล็กหลังจากที่หย่านมแม่แล้วควรได้รับประทานผั"
    assert not any(p.startswith("ย่าน") for p in _places(body))


def test_a_named_plain_where_something_happens_is_a_place() -> None:
    # details/48556
    body = "ติมเต็มผลผลิต สร้างชีวิตเกษตรกร ระหว่างวันที่ 2 - 5 ธ.ค. 64 ณ ทุ่งกุลาร้องไห้ สถานีพัฒนาที่ดินร้อยเอ"
    assert "ทุ่งกุลาร้องไห้" in _places(body)
    # details/56535
    body = "นพรรษา” ซึ่งกำหนดจัดงานระหว่างวันที่ 11 – 17 กรกฎาคม 2565 ณ บริเวณทุ่งศรีเมือง และชุมชนคุ้มวัดต่าง ๆ"
    assert "ทุ่งศรีเมือง" in _places(body)
