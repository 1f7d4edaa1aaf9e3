"""The gist on headlines quoted verbatim from random corpus releases (session 8: kinds of failure counted on a draw
of 600 archive releases and targeted draws besides bench/gists8): the King's full style and 'พระ' inside a royal or
sacred name are no monk; 'ติด' is an infection, bedridden or a ranking where the words around it say so."""

from gist_helpers import object_after, verbs_in

from briefing.summary.words import words


def test_the_kings_full_style_is_one_name_not_a_monk() -> None:
    # thaigov.go.th/news/contents/details/76863: read 'offers blessings to His Majesty the King monk'
    title = ("นายกรัฐมนตรีและภริยาลงนามถวายพระพรพระบาทสมเด็จพระเจ้าอยู่หัวและสมเด็จพระนางเจ้าฯ พระบรมราชินี "
             "เนื่องในโอกาสวันขึ้นปีใหม่ พุทธศักราช 2567")
    english = [w.english for w in words(title) if w.english]
    assert "His Majesty the King" in english and "monk" not in english, english


def test_pra_inside_a_royal_name_is_no_monk() -> None:
    # thaigov.go.th/news/contents/details/77697: 'carries in procession the monk His Majesty royal statue'
    title = ("ปลัดกระทรวงกลาโหมอัญเชิญรูปปั้นพระบรมรูปสมเด็จพระนเรศวรมหาราช ประดิษฐาน ณ หน้าห้องยุทธนาธิการ "
             "ในศาลาว่าการกลาโหม")
    obj = object_after(title, "อัญเชิญ")
    assert "monk" not in obj and "royal statue" in obj, obj


def test_pra_alone_before_a_count_is_still_monks() -> None:
    title = "ปลัดมหาดไทยนำคณะถวายภัตตาหารแด่พระ 99 รูป"
    assert any(w.english == "monk" for w in words(title))


def test_bedridden_patients_are_not_installing_beds() -> None:
    # thaigov.go.th/news/contents/details/44992: 'registration for patient homes to install beds'
    title = "ลงทะเบียนได้แล้ว บ้านที่มีผู้ป่วยติดเตียง กทม. ฉีดวัคซีนถึงบ้าน"
    english = " ".join(w.english for w in words(title) if w.english)
    assert "bedridden" in english and "install" not in english, english


def test_tid_beside_a_ranking_ranks() -> None:
    # thaigov.go.th/news/contents/details/66008: 'ติด 1 ใน 3 ของอาเซียน' read 'installs ASEAN'
    title = ("โฆษกรัฐบาลเผย นายกฯ ห่วงสุขภาพเด็กไทยมีภาวะน้ำหนักเกินและอ้วน ติด 1 ใน 3 ของอาเซียน "
             "ขอพ่อแม่ ผู้ปกครอง ดูแลให้เด็กบริโภคอาหารถูกหลักโภชนาการ")
    tid = next(w for w in words(title) if w.text == "ติด")
    assert tid.english == "rank among", tid
    assert "ติด" in verbs_in(title)
