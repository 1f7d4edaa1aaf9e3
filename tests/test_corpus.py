"""The corpus parser on real files (copied small into tests/data/corpus) and on broken ones."""

import datetime as dt
import io
import shutil
import tarfile
from pathlib import Path

import pytest

from briefing.errors import BriefingError
from briefing.model import Release
from briefing.sources.corpus import category_from_name, iter_paths, parse_release, read_file

DATA = Path(__file__).parent / "data" / "corpus" / "thaigov-v2" / "data"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ENGLISH = DATA / "2023/03/23/Government News_1_e6527139-a4b9-42ef-b648-5948b3656768.txt"
TRUNCATED = DATA / "2025/03/23/ด้านความมั่นคง _1_05985a13-4a8d-41f6-97f1-b9de9b45987a.txt"
MERGED = DATA / "2020/09/17/ด้านความมั่นคง_95.txt"
EMPTY_PAGE = DATA / "2025/01/04/_1_0c2e1108-9d3b-45f7-aca9-f556a3b07929.txt"
TITLE_ONLY = DATA / "2020/09/23/ด้านเศรษฐกิจ_4.txt"
RADIO = DATA / "2020/11/27/รายการวิทยุไทยคู่ฟ้า_1.txt"
NO_SECTION = DATA / "2023/01/21/ด้านเศรษฐกิจ_12_2a98a68a-4a83-459d-8c7b-51186468bbd8.txt"
ZERO_WIDTH = DATA / "2025/06/03/ด้านกฎหมายฯ _3_02a69cf4-f267-4c65-b4bc-2363381ad9c3.txt"
THAI_DIGITS = DATA / "2025/09/07-1/ด้านความมั่นคง _3_f0867b5b-0ac8-4e23-838c-427369bb8022.txt"
GOOD = [ENGLISH, TRUNCATED, MERGED, RADIO, NO_SECTION, ZERO_WIDTH, THAI_DIGITS]
BAD = [EMPTY_PAGE, TITLE_ONLY]


def raw(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_seed_release_with_split_headline() -> None:
    release = read_file(SEEDS / "ข่าวรอง นรม  รมตนร _0_02efa86ef419c001.txt")
    assert release.title.startswith("กระทรวงดีอี ประชุมรัฐมนตรีไทย – จีน ด้านดิจิทัล ครั้งที่ 2")
    assert release.date == dt.date(2025, 1, 19)
    assert release.date_thai == "วันอาทิตย์ที่ 19 มกราคม 2568"
    assert release.source == "https://www.thaigov.go.th/news/contents/details/92542"
    assert release.category == "ข่าวรอง นรม  รมตนร"  # from the file name, as for every seed
    # The headline appears three times (once whole, once split over two lines): all gone from the body.
    assert release.body.startswith("เมื่อวันที่ 18 มกราคม 2568 ณ โรงแรมอนันตรา")
    assert "พิมพ์\n" not in release.body and "19/01/2568" not in release.body
    assert "ที่มา :" not in release.body


def test_english_release_with_zero_width_spaces_and_no_numeric_date() -> None:
    assert "\u200b" in raw(ENGLISH)
    release = read_file(ENGLISH)
    assert release.title == "Airport bottlenecks to be urgently addressed"
    assert release.date == dt.date(2023, 3, 22)
    assert release.category == "Government News"
    assert release.body.startswith("March 22, 2023, Deputy Government Spokesperson")
    assert "\u200b" not in release.title + release.body
    assert release.source == "https://www.thaigov.go.th/news/contents/details/66475"


def test_zero_width_spaces_in_thai_body_are_removed() -> None:
    text = raw(ZERO_WIDTH)
    assert text.count("\u200b") >= 2
    release = read_file(ZERO_WIDTH)
    assert "\u200b" not in release.body
    assert "พร้อมด้วยคณะผู้บริหารกรมราชทัณฑ์" in release.body
    assert release.date == dt.date(2025, 6, 3)  # no dd/mm/yyyy line, no print label
    assert release.body.startswith("ในวันอังคารที่ 3 มิถุนายน 2568 ณ ทัณฑสถานหญิงกลาง")
    assert release.category == "ด้านกฎหมายฯ"


def test_truncated_page_title_takes_the_full_headline() -> None:
    release = read_file(TRUNCATED)
    first_line = raw(TRUNCATED).split("\n")[0]
    assert not first_line.endswith("ประชาชน")
    assert release.title.endswith("ยกระดับเศรษฐกิจให้กับพี่น้องประชาชน")
    assert release.body.startswith("วันนี้ (22 มี.ค. 68) เวลา 14.30 น. นายอนุทิน ชาญวีรกูล")
    assert release.date == dt.date(2025, 3, 22)
    assert release.category == "ด้านความมั่นคง"  # trailing space in the file name stripped


def test_headline_run_into_first_paragraph_keeps_the_paragraph() -> None:
    release = read_file(MERGED)
    assert release.title == "“วราวุธ” นำทีมรับฟังข้อเสนอปัญหาของกลุ่มผู้ประกอบการรังนกนางแอ่นจังหวัดนครศรีธรรมราช"
    assert release.body.startswith("วันนี้ (10 กันยายน 2563)")
    assert release.category == "ด้านความมั่นคง"  # old names have no uuid


def test_audio_player_text_is_dropped() -> None:
    assert "Your browser does not support the audio element." in raw(RADIO)
    release = read_file(RADIO)
    assert "audio element" not in release.body
    assert release.title == "WHO ชื่นชมไทยคุมโควิด-19 ได้เป็นอย่างดี"
    assert release.category == "รายการวิทยุไทยคู่ฟ้า"


def test_title_prefix_without_section_keeps_hyphens_in_the_headline() -> None:
    release = read_file(NO_SECTION)
    assert release.title.startswith("SME D Bank – กรมสรรพากร - สสว. จัดสัมมนาใหญ่")
    assert release.date == dt.date(2023, 1, 21)


def test_thai_digits_and_single_blank_line_after_title() -> None:
    release = read_file(THAI_DIGITS)
    assert release.date == dt.date(2025, 9, 5)
    assert release.title.startswith("ปลัดกระทรวงกลาโหม ตรวจเยี่ยมการซ่อมบำรุงปืนใหญ่ ขนาด ๑๕๕ มม.")
    assert release.body.startswith("เมื่อวันพฤหัสบดีที่ ๔ กันยายน ๒๕๖๘")


@pytest.mark.parametrize("path", GOOD, ids=lambda p: p.name[:20])
def test_bodies_are_clean(path: Path) -> None:
    release = read_file(path)
    assert release.title and release.body and release.date and release.source
    assert not release.title.startswith("รัฐบาลไทย")
    assert release.body == release.body.strip()
    assert "\n\n\n" not in release.body
    assert release.key == release.source


@pytest.mark.parametrize(("path", "reason"), [(EMPTY_PAGE, "no title"), (TITLE_ONLY, "no text")])
def test_empty_pages_are_errors_naming_the_file(path: Path, reason: str) -> None:
    with pytest.raises(BriefingError) as error:
        read_file(path)
    assert str(path) in str(error.value) and reason in str(error.value)


def test_thai_date_line_variants() -> None:
    text = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-หัวข้อ\n\nวันศุกร์ที่ ๕ กันยายน ๒๕๖๘\n๐๕/๐๙/๒๕๖๘\nพิมพ์\nหัวข้อ\nเนื้อหา\n"
    release = parse_release(text, "x.txt")
    assert release.date == dt.date(2025, 9, 5)
    assert release.body == "เนื้อหา"
    assert release.source is None and release.key.startswith("text:")
    assert parse_release(text, "/elsewhere/y.txt").key == release.key  # the text, not the path typed
    # An impossible Thai date falls back to the numeric line, and without one the release has no date.
    impossible = text.replace("วันศุกร์ที่ ๕", "วันศุกร์ที่ 31")
    assert parse_release(impossible, "y.txt").date == dt.date(2025, 9, 5)
    release = parse_release(impossible.replace("๐๕/๐๙/๒๕๖๘\n", ""), "y.txt")
    assert release.date is None and release.body == "เนื้อหา"


def test_category_from_name() -> None:
    assert category_from_name("ด้านเศรษฐกิจ _4_2cac1819-28e6-4471-b27b-8c8030638f46.txt") == "ด้านเศรษฐกิจ"
    assert category_from_name("a/b/ข่าวรอง นรม  รมตนร _2_cfc18746-6a65-4e48-9d3a-56414a2ac04a.txt") == \
        "ข่าวรอง นรม  รมตนร"
    assert category_from_name("ข่าวทำเนียบรัฐบาล_5.txt") == "ข่าวทำเนียบรัฐบาล"
    assert category_from_name("_1_b9afc4be-96ee-432a-b9ee-2fb5df33f093.txt") is None
    assert category_from_name("000_02efa86ef419c001.txt") is None
    assert category_from_name(None) is None
    assert parse_release(raw(ENGLISH), "x.txt", category="given").category == "given"


def bad_files(directory: Path) -> dict[str, str]:
    """Broken files a user might point the importer at, with the reason each must give."""
    directory.mkdir(parents=True, exist_ok=True)
    files = {
        "empty.txt": (b"", "empty file"),
        "blank.txt": (b"\n \n\n", "empty file"),
        "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        "latin1.txt": ("รัฐบาลไทย-".encode() + "caf\xe9".encode("latin-1"), "not UTF-8"),
        "notes.txt": (b"just some notes\nwith two lines\n", "not a release in the corpus format"),
    }
    for name, (data, _) in files.items():
        (directory / name).write_bytes(data)
    return {name: reason for name, (_, reason) in files.items()}


def test_directory_walk_reports_bad_files_and_keeps_the_rest(tmp_path: Path) -> None:
    tree = tmp_path / "corpus"
    shutil.copytree(DATA, tree / "data")
    reasons = bad_files(tree / "data" / "2025" / "bad")
    (tree / "README.md").write_text("not a release, and not a .txt file", encoding="utf-8")
    results = list(iter_paths([tree]))
    names = [name for name, _ in results]
    assert names == sorted(names, key=lambda n: Path(n).parts)  # recursive, sorted
    releases = {Path(n).name: r for n, r in results if isinstance(r, Release)}
    errors = {Path(n).name: r for n, r in results if isinstance(r, BriefingError)}
    assert set(releases) == {p.name for p in GOOD}
    assert set(errors) == {p.name for p in BAD} | set(reasons)
    for name, reason in reasons.items():
        assert reason in str(errors[name]) and name in str(errors[name])
    assert all("\n" not in str(e) for e in errors.values())


def test_tar_xz_archive_is_read_in_place(tmp_path: Path) -> None:
    archive = tmp_path / "small.tar.xz"
    with tarfile.open(archive, "w:xz") as tar:
        for path in [*GOOD, *BAD]:
            tar.add(path, arcname=f"thaigov-v2/data/{path.relative_to(DATA)}")
        info = tarfile.TarInfo("thaigov-v2/data/2025/bad/latin1.txt")
        payload = "caf\xe9".encode("latin-1")
        info.size = len(payload)
        tar.addfile(info, io.BytesIO(payload))
        tar.add(DATA.parent.parent, arcname="thaigov-v2/extra", recursive=False)  # a directory entry
    results = list(iter_paths([archive]))
    releases = [r for _, r in results if isinstance(r, Release)]
    errors = [(n, r) for n, r in results if isinstance(r, BriefingError)]
    assert len(releases) == len(GOOD)
    assert {r.source for r in releases} == {read_file(p).source for p in GOOD}
    assert len(errors) == len(BAD) + 1
    assert any(n.endswith("latin1.txt") and "not UTF-8" in str(e) for n, e in errors)
    assert all(n.startswith(f"{archive}:thaigov-v2/data/") for n, _ in results)
    by_name = {Path(n).name: r for n, r in results}
    assert by_name[ENGLISH.name].category == "Government News"


def test_broken_archive_is_one_error(tmp_path: Path) -> None:
    archive = tmp_path / "broken.tar.xz"
    archive.write_bytes(b"\xfd7zXZ\x00\x00 this is not really xz")
    results = list(iter_paths([archive]))
    assert len(results) == 1
    _name, error = results[0]
    assert isinstance(error, BriefingError) and "cannot read archive" in str(error) and str(archive) in str(error)


def test_missing_path_is_an_error_not_an_exception(tmp_path: Path) -> None:
    results = list(iter_paths([tmp_path / "nope.txt", ENGLISH]))
    assert isinstance(results[0][1], BriefingError) and "cannot read" in str(results[0][1])
    assert isinstance(results[1][1], Release)


def test_separator_lines() -> None:
    text = ("รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-หัวข้อข่าวที่ยาวพอสมควร\n\n\nวันพุธที่ 1 มกราคม 2568\nพิมพ์\n"
            "หัวข้อข่าวที่ยาวพอสมควร\n..\nหัวข้อข่าวที่ยาวพอสมควร\nย่อหน้าแรก\n-------------------\n"
            "ย่อหน้าสอง\n.....\n\nที่มา : https://www.thaigov.go.th/news/contents/details/1\n")
    release = parse_release(text, "sep.txt")
    assert release.body == "ย่อหน้าแรก\n\nย่อหน้าสอง"
    only_dots = text.replace("ย่อหน้าแรก\n-------------------\nย่อหน้าสอง\n", "")
    with pytest.raises(BriefingError, match="sep.txt: release has no text"):
        parse_release(only_dots, "sep.txt")
