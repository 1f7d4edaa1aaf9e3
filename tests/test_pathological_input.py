"""Hostile release shapes are read in bounded time because each scan is bounded; here the OUTPUT those
bounds imply is checked (the times are in bench/pathological.py, never asserted).

A release is untrusted input fetched over HTTP: a run of 20,000 Thai characters with a head every 15,
a Latin "word" of 24,000 letters joined by hyphens, or 3,000 "Mr. " in a row once took 80, 4 and 5 s.
"""

from __future__ import annotations

from entity_helpers import orgs as _orgs

from briefing.thai import english, people, places
from briefing.thai.gazetteer import gazetteer
from briefing.thai.organisations import MAX_NAME, find_latin, org_name_end

_COMMITTEES = "".join("คณะกรรมการพัฒนา" + w for w in ["ชนบท", "เมือง", "ที่ดิน", "การเกษตร", "แรงงาน", "สตรี", "เด็ก"] * 200)


def test_an_organisation_name_is_read_only_from_its_first_max_name_characters() -> None:
    g = gazetteer()
    assert len(_COMMITTEES) > 20 * MAX_NAME
    for start in (0, len("คณะกรรมการพัฒนาชนบท")):
        end = org_name_end(_COMMITTEES, start, "คณะกรรมการ", g)
        # the chunk runs 20,000 characters on; the name is what its first MAX_NAME characters give
        assert end == org_name_end(_COMMITTEES[:start + MAX_NAME], start, "คณะกรรมการ", g)
        assert start < end <= start + MAX_NAME


def test_a_name_that_would_fill_a_long_chunk_stops_at_max_name() -> None:
    # และ inside a committee's name takes it to the end of its chunk (สำนักงานสวัสดิการและคุ้มครองแรงงาน);
    # in a chunk of 680 characters that end is cut at MAX_NAME
    g = gazetteer()
    text = "คณะกรรมการพัฒนาชนบท" + "และการเกษตร" * 60
    assert org_name_end(text, 0, "คณะกรรมการ", g) == MAX_NAME
    assert org_name_end(text[:200], 0, "คณะกรรมการ", g) == 200


def test_one_unspaced_committee_name_is_still_read_to_its_end() -> None:
    g = gazetteer()
    text = "คณะกรรมการพัฒนาระบบราชการ เสนอ"
    assert text[:org_name_end(text, 0, "คณะกรรมการ", g)] == "คณะกรรมการพัฒนาระบบราชการ"


def test_a_word_of_an_english_name_has_at_most_101_letters() -> None:
    # a 24,000-letter hyphenated "word" before Chamber of Commerce: the name starts where its last
    # 101 letters do (after a hyphen), not at the word's first letter
    text = "Phang-" * 4000 + "Phang Chamber of Commerce"
    found = {text[s.start:s.end] for s in english.find_orgs(text)}
    assert "Phang-" * 16 + "Phang Chamber of Commerce" in found
    assert all(len(name) < 200 for name in found)


def test_an_english_chamber_and_committee_are_still_found() -> None:
    text = "The Thai Chamber of Commerce and the Senate’s Committee on Political Development met."
    found = {text[s.start:s.end] for s in english.find_orgs(text)}
    assert "Thai Chamber of Commerce" in found
    assert any(name.startswith("Senate’s Committee on Political Development") for name in found)


def test_a_latin_venue_word_has_at_most_102_letters() -> None:
    text = "The flight landed at " + "Phang-" * 4000 + "Nga Airport today."
    venues = [text[p.start:p.end] for p in places._latin_venues(text)]
    assert venues == ["Phang-" * 16 + "Nga Airport"]
    short = "It landed at Phang-Nga Airport today."
    assert [short[p.start:p.end] for p in places._latin_venues(short)] == ["Phang-Nga Airport"]


def test_a_run_of_titles_names_nobody() -> None:
    g = gazetteer()
    assert people.find_titled("Mr. " * 3000 + "said", g) == []
    # more than _MAX_STACKED titles in a row: the run is no name's; the last few before the name are its titles
    text = "Mr. " * 12 + "Somchai Jaidee said"
    assert [text[p.start:p.end] for p in people.find_titled(text, g)] == ["Mr. " * 3 + "Somchai Jaidee"]


def test_stacked_titles_still_make_one_name() -> None:
    g = gazetteer()
    text = "H.E. Mr. Somchai Jaidee said"
    assert [text[p.start:p.end] for p in people.find_titled(text, g)] == ["H.E. Mr. Somchai Jaidee"]


def test_a_bare_centre_or_cooperative_chunk_is_a_name_only_up_to_max_name() -> None:
    # ศูนย์บรรเทาสาธารณภัย มณฑลทหารบกที่ 32, สหกรณ์...สันป่าตอง จำกัด: a whole chunk after the head is the name;
    # a chunk longer than MAX_NAME is no one name (it was tokenised whole from every head in it)
    assert "ศูนย์บรรเทาสาธารณภัย มณฑลทหารบกที่ 32" in _orgs("ทหารจากศูนย์บรรเทาสาธารณภัย มณฑลทหารบกที่ 32 ได้ช่วยเหลือ")
    long_centre = "ศูนย์" + "บรรเทาสาธารณภัย" * 30
    assert len(long_centre) > MAX_NAME
    assert not any(name.startswith("ศูนย์") for name in _orgs("ทหารจาก" + long_centre + " มณฑลทหารบกที่ 32 ได้ช่วยเหลือ"))
    assert "สหกรณ์การเกษตรสันป่าตอง จำกัด" in _orgs("สมาชิกสหกรณ์การเกษตรสันป่าตอง จำกัด ได้รับ")
    assert _orgs("สมาชิกสหกรณ์" + "การเกษตรสันป่าตอง" * 20 + " จำกัด ได้รับ") == []


def test_a_latin_organisation_word_has_at_most_101_letters() -> None:
    g = gazetteer()
    text = "A" * 3000 + " Bank"
    assert [text[m.start:m.end] for m in find_latin(text, g)] == ["A" * 101 + " Bank"]
    text = "Funds from Krungthai Bank and the Thai Red Cross Foundation."
    assert {text[m.start:m.end] for m in find_latin(text, g)} >= {"Krungthai Bank", "Thai Red Cross Foundation"}
