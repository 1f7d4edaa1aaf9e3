"""The curated fact files in briefing/data/ load, follow their schemas and keep their promises.

These files are read by the gazetteer at start-up; a malformed block, a Thai `en` field or an alias
claimed by two agencies would silently give wrong English, so each rule is checked here.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest
from pythainlp.corpus import countries as pythainlp_countries

DATA = Path(__file__).resolve().parent.parent / "briefing" / "data"
THAI = re.compile(r"[\u0E00-\u0E7F]")
HONORIFIC_START = ("นาย", "นาง", "พล", "พ.", "ร.", "ดร.", "ศ.", "รศ.", "ผศ.", "นพ.", "พญ.")
AGENCY_KINDS = {
    "ministry",
    "department",
    "office",
    "agency",
    "state_enterprise",
    "bank",
    "university",
    "committee",
    "international",
    "company",
    "party",
    "court",
    "police",
    "military",
    "other",
    # listed for their English but never emitted as an organisation (entities._NOT_BODIES): อสม. and
    # อพม. are volunteers, รพ.สต. a kind of facility, อปท. the class of local governments
    "volunteers",
    "facilities",
    "generic",
    # groups of people, not one body (คณะสงฆ์ 'the monks', คณะทูตานุทูต 'the diplomatic corps')
    "groups",
}
MINISTRIES = {
    "สำนักนายกรัฐมนตรี": "Office of the Prime Minister",
    "กระทรวงกลาโหม": "Ministry of Defence",
    "กระทรวงการคลัง": "Ministry of Finance",
    "กระทรวงการต่างประเทศ": "Ministry of Foreign Affairs",
    "กระทรวงการท่องเที่ยวและกีฬา": "Ministry of Tourism and Sports",
    "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์": "Ministry of Social Development and Human Security",
    "กระทรวงเกษตรและสหกรณ์": "Ministry of Agriculture and Cooperatives",
    "กระทรวงคมนาคม": "Ministry of Transport",
    "กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม": "Ministry of Natural Resources and Environment",
    "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม": "Ministry of Digital Economy and Society",
    "กระทรวงพลังงาน": "Ministry of Energy",
    "กระทรวงพาณิชย์": "Ministry of Commerce",
    "กระทรวงมหาดไทย": "Ministry of Interior",
    "กระทรวงยุติธรรม": "Ministry of Justice",
    "กระทรวงแรงงาน": "Ministry of Labour",
    "กระทรวงวัฒนธรรม": "Ministry of Culture",
    "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม": (
        "Ministry of Higher Education, Science, Research and Innovation"
    ),
    "กระทรวงศึกษาธิการ": "Ministry of Education",
    "กระทรวงสาธารณสุข": "Ministry of Public Health",
    "กระทรวงอุตสาหกรรม": "Ministry of Industry",
}
# Names on PyThaiNLP's country list that countries.toml leaves out on purpose (see its header).
COUNTRY_EXCLUSIONS = {"ไทย", "มาลี"}


def load(name: str) -> dict:
    with (DATA / name).open("rb") as handle:
        return tomllib.load(handle)


def blocks(name: str, table: str) -> list[dict]:
    rows = load(name).get(table)
    assert isinstance(rows, list) and rows, f"{name} has no [[{table}]] blocks"
    return rows


def thai_keys(row: dict, alias_field: str = "aliases") -> list[str]:
    return [row["th"], *row.get(alias_field, [])]


@pytest.mark.parametrize(
    ("name", "table"),
    [
        ("agencies.toml", "agency"),
        ("titles.toml", "title"),
        ("titles.toml", "honorific"),
        ("officials.toml", "person"),
        ("countries.toml", "country"),
        ("places.toml", "place"),
        ("categories.toml", "category"),
        ("venues.toml", "head"),
        ("venues.toml", "modifier"),
        ("venues.toml", "brand"),
        ("venues.toml", "pattern"),
        ("venues.toml", "room"),
        ("venues.toml", "room_size"),
        ("venues.toml", "room_kind"),
    ],
)
def test_blocks_have_thai_and_english_strings(name: str, table: str) -> None:
    for row in blocks(name, table):
        assert isinstance(row.get("th"), str) and row["th"].strip() == row["th"] and row["th"], row
        assert isinstance(row.get("en"), str), row
        for field in ("en", "short_en", "abbr", "en_aliases"):
            if field in row:
                value = row[field]
                assert not THAI.search(" ".join(value) if isinstance(value, list) else value), f"Thai script in {name} {field}: {row}"
        for field in ("aliases", "abbr_th", "nicknames"):
            if field in row:
                assert isinstance(row[field], list), row
                assert all(isinstance(a, str) and a and a.strip() == a for a in row[field]), row


@pytest.mark.parametrize(
    ("name", "header"),
    [
        ("agencies.toml", "[[agency]]"),
        ("titles.toml", "[[title]]"),
        ("titles.toml", "[[honorific]]"),
        ("officials.toml", "[[person]]"),
        ("countries.toml", "[[country]]"),
        ("places.toml", "[[place]]"),
        ("categories.toml", "[[category]]"),
        ("venues.toml", "[[head]]"),
        ("venues.toml", "[[modifier]]"),
        ("committees.toml", "[[committee]]"),
        ("music_groups.toml", "[[group]]"),
        ("bare_orgs.toml", "[[name]]"),
        ("org_names.toml", "[[org]]"),
        ("org_english.toml", "[[local_body]]"),
        ("org_english.toml", "[[mission]]"),
        ("org_english.toml", "[[zone]]"),
        ("org_english.toml", "[[named_body]]"),
        ("org_words_en.toml", "[[head]]"),
        ("venues.toml", "[[brand]]"),
        ("venues.toml", "[[pattern]]"),
        ("venues.toml", "[[room]]"),
        ("venues.toml", "[[room_size]]"),
        ("venues.toml", "[[room_kind]]"),
        ("place_words.toml", "[[list]]"),
        ("place_words.toml", "[[kinds]]"),
        ("org_words.toml", "[[list]]"),
        ("english_words.toml", "[[list]]"),
    ],
)
def test_every_block_cites_a_source(name: str, header: str) -> None:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    cited = False
    count = 0
    for line in lines:
        if line.startswith("# Source:"):
            cited = True
        elif line.startswith("[["):
            if line == header:
                count += 1
                assert cited, f"{name}: block {count} of {header} has no '# Source:' comment"
            cited = False
    assert count > 0


def test_agencies_schema_and_unique_names() -> None:
    rows = blocks("agencies.toml", "agency")
    for row in rows:
        assert row["en"].strip(), row
        assert row.get("kind") in AGENCY_KINDS, row
    keys = Counter(key for row in rows for key in thai_keys(row))
    assert [k for k, n in keys.items() if n > 1] == []
    abbrs = Counter(row["abbr"] for row in rows if row.get("abbr"))
    assert [a for a, n in abbrs.items() if n > 1] == []


def test_all_ministries_present_with_official_english() -> None:
    rows = {row["th"]: row for row in blocks("agencies.toml", "agency")}
    for th, en in MINISTRIES.items():
        assert th in rows, th
        assert rows[th]["en"] == en
        assert rows[th]["kind"] == "ministry"
    assert sum(row["kind"] == "ministry" for row in rows.values()) == len(MINISTRIES)


def test_at_least_150_other_agencies_with_aliases_releases_use() -> None:
    rows = blocks("agencies.toml", "agency")
    assert sum(row["kind"] != "ministry" for row in rows) >= 150
    by_alias = {alias: row for row in rows for alias in thai_keys(row)}
    expected = {
        "ครม.": "Cabinet",
        "กระทรวงดีอี": "Ministry of Digital Economy and Society",
        "ดีป้า": "Digital Economy Promotion Agency",
        "ธอส.": "Government Housing Bank",
        "ธอส": "Government Housing Bank",
        "ททท.": "Tourism Authority of Thailand",
        "สสส.": "Thai Health Promotion Foundation",
        "อย.": "Food and Drug Administration",
        "สปสช.": "National Health Security Office",
        "ก.ล.ต.": "Securities and Exchange Commission",
        "ธปท.": "Bank of Thailand",
        "สศช.": "Office of the National Economic and Social Development Council",
        "กนง.": "Monetary Policy Committee",
        "กกต.": "Election Commission of Thailand",
        "ป.ป.ช.": "National Anti-Corruption Commission",
        "ธ.ก.ส.": "Bank for Agriculture and Agricultural Cooperatives",
    }
    for alias, en in expected.items():
        assert by_alias[alias]["en"] == en, alias


def test_ambiguous_abbreviations_are_not_aliases() -> None:
    aliases = {alias for row in blocks("agencies.toml", "agency") for alias in row.get("aliases", [])}
    # month abbreviations, kilogram, and abbreviations two agencies share
    assert not aliases & {"ก.พ.", "ก.ค.", "กก.", "อส.", "กพร.", "สอท.", "กทม."}


def test_titles_cover_positions_and_honorifics() -> None:
    titles = blocks("titles.toml", "title")
    honorifics = blocks("titles.toml", "honorific")
    assert len(titles) + len(honorifics) >= 60
    assert len(titles) >= 60
    keys = Counter(key for row in titles for key in thai_keys(row, "abbr_th"))
    assert [k for k, n in keys.items() if n > 1] == []
    by_key = {key: row["en"] for row in titles for key in thai_keys(row, "abbr_th")}
    assert by_key["นายกรัฐมนตรี"] == "Prime Minister"
    assert by_key["รองนายกฯ"] == "Deputy Prime Minister"
    assert by_key["รมว."] == "Minister"
    assert by_key["รมช."] == "Deputy Minister"
    assert by_key["ผวจ."] == "Provincial Governor"
    assert by_key["ผอ."] == "Director"
    assert by_key["อธิบดี"] == "Director-General"
    assert by_key["รมว.พม."] == "Minister of Social Development and Human Security"
    honor = {row["th"]: row["en"] for row in honorifics}
    assert len(honor) == len(honorifics)
    for th, en in {
        "นาย": "Mr.",
        "นางสาว": "Ms.",
        "น.ส.": "Ms.",
        "ผศ.ดร.": "Asst. Prof. Dr.",
        "พล.อ.": "Gen.",
        "พล.ต.อ.": "Pol. Gen.",
        "ว่าที่ร้อยตรี": "Acting Sub Lt.",
    }.items():
        assert honor[th] == en


def test_officials_have_names_without_honorifics() -> None:
    people = blocks("officials.toml", "person")
    assert len(people) >= 80
    names = Counter(row["th"] for row in people)
    assert [n for n, c in names.items() if c > 1] == []
    for row in people:
        assert not row["th"].startswith(HONORIFIC_START), row
        royal = row.get("role", "").startswith(("King", "Queen", "Princess"))  # one royal name, no family name
        assert " " in row["th"] or royal, row  # given name and family name
        assert re.fullmatch(r"[A-Za-z][A-Za-z' .-]+", row["en"]), row
    english = {row["th"]: row["en"] for row in people}
    assert english["ประยุทธ์ จันทร์โอชา"] == "Prayut Chan-o-cha"
    assert english["เศรษฐา ทวีสิน"] == "Srettha Thavisin"
    assert english["แพทองธาร ชินวัตร"] == "Paetongtarn Shinawatra"
    assert english["อนุทิน ชาญวีรกูล"] == "Anutin Charnvirakul"
    assert english["ประเสริฐ จันทรรวงทอง"] == "Prasert Jantararuangtong"


def test_countries_cover_pythainlp_list() -> None:
    rows = blocks("countries.toml", "country")
    keys = Counter(key for row in rows for key in thai_keys(row))
    assert [k for k, n in keys.items() if n > 1] == []
    missing = set(pythainlp_countries()) - set(keys) - COUNTRY_EXCLUSIONS
    assert missing == set()
    china = next(row for row in rows if row["th"] == "สาธารณรัฐประชาชนจีน")
    assert (china["en"], china["short_en"], china["aliases"]) == (
        "People's Republic of China",
        "China",
        ["จีน"],
    )
    assert len(rows) >= 195


def test_places_have_kinds_and_all_bangkok_districts() -> None:
    rows = blocks("places.toml", "place")
    assert {row["kind"] for row in rows} <= {"city", "region", "district", "venue", "province"}
    districts = [row for row in rows if row["kind"] == "district"]
    assert len(districts) == 50
    assert all(row["th"].startswith("เขต") for row in districts)
    keys = Counter(key for row in rows for key in thai_keys(row))
    assert [k for k, n in keys.items() if n > 1] == []
    by_th = {row["th"]: row["en"] for row in rows}
    assert by_th["ทำเนียบรัฐบาล"] == "Government House"
    assert by_th["ปักกิ่ง"] == "Beijing"


def test_names_are_not_claimed_by_two_files() -> None:
    agency = {k for row in blocks("agencies.toml", "agency") for k in thai_keys(row)}
    country = {k for row in blocks("countries.toml", "country") for k in thai_keys(row)}
    place = {k for row in blocks("places.toml", "place") for k in thai_keys(row)}
    assert agency & country == set()
    assert agency & place == set()
    assert country & place == set()


def test_mined_organisation_names_are_unique_and_no_places() -> None:
    rows = blocks("org_names.toml", "org")
    names = Counter(row["th"] for row in rows)
    assert [k for k, n in names.items() if n > 1] == []
    assert all(re.fullmatch(r"[\u0e01-\u0e4e0-9 ]+", row["th"]) and (row["releases"] >= 3 or (row["releases"] == 2 and row["uses"] >= 3) or row["uses"] >= 6) for row in rows)
    place = {k for row in blocks("places.toml", "place") for k in thai_keys(row)}
    country = {k for row in blocks("countries.toml", "country") for k in thai_keys(row)}
    assert set(names) & (place | country) == set()


def test_categories_are_unique_after_space_squeezing() -> None:
    rows = blocks("categories.toml", "category")
    squeezed = Counter(re.sub(r"\s+", " ", row["th"]).strip() for row in rows)
    assert [k for k, n in squeezed.items() if n > 1] == []
    english = {row["th"]: row["en"] for row in rows}
    assert english["ข่าวทำเนียบรัฐบาล"] == "Government House News"
    assert english["ด้านเศรษฐกิจ"] == "Economy"
    assert all(row["en"] for row in rows)


@pytest.mark.parametrize("name", ["place_words.toml", "org_words.toml", "english_words.toml"])
def test_word_lists_are_named_words_the_rules_read(name: str) -> None:
    """Each [[list]] is words (no blanks, no padding, none twice) under a name unique across the word files,
    and some rule binds it: a list no module reads would be a correction that silently does nothing."""
    rules = "\n".join(path.read_text(encoding="utf-8") for path in (DATA.parent / "thai").glob("*.py"))
    rows = blocks(name, "list")
    names = Counter(row["name"] for row in rows)
    assert [n for n, c in names.items() if c > 1] == []
    for row in rows:
        assert set(row) == {"name", "words"}, row
        words = row["words"]
        assert isinstance(words, list) and words, row["name"]
        assert all(isinstance(w, str) and w and w.strip() == w for w in words), row["name"]
        assert [w for w, c in Counter(words).items() if c > 1] == [], row["name"]
        assert f'"{name}", "{row["name"]}")' in rules, f"{name}: no rule reads {row['name']}"


def test_kinds_of_place_name_each_head_once_with_words() -> None:
    from briefing.thai import places

    rows = blocks("place_words.toml", "kinds")
    heads = Counter((row["name"], row["head"]) for row in rows)
    assert [k for k, n in heads.items() if n > 1] == []
    for row in rows:
        assert set(row) == {"name", "head", "words"}, row
        assert row["words"] and all(isinstance(w, str) and w and w.strip() == w for w in row["words"]), row
    assert places._KIND_OF_PLACE["สะพาน"][:2] == ("แห่ง", "คู่")
    assert list(places._KIND_OF_PLACE)[:2] == ["คลอง", "สะพาน"]  # file order: the first head a name starts with wins


def test_room_tables_are_unique_and_ordered_longest_first() -> None:
    """The room pattern is an alternation over [[room]] and [[room_size]] in file order, and [[room_kind]]
    is read first match wins: a word listed after a longer word it starts would never be reached."""
    for table in ("room", "room_size", "room_kind"):
        keys = [row["th"] for row in blocks("venues.toml", table)]
        assert len(set(keys)) == len(keys), table
        for i, key in enumerate(keys):
            assert not any(later.startswith(key) for later in keys[i + 1:]), (table, key)
    rooms = {row["th"]: row["en"] for row in blocks("venues.toml", "room")}
    assert rooms["ห้องประชุม"] == "Meeting Room"


def test_word_lists_load_as_the_rules_use_them() -> None:
    from briefing.thai import place_cues, places
    from briefing.thai.wordlists import word_set, word_tuple

    # a tuple keeps the file's order (first-match scans), a set is for membership
    assert word_tuple("place_words.toml", "places.strong_venues")[:2] == ("โรงแรม", "ห้องประชุม")
    assert places.STRONG_VENUES is word_tuple("place_words.toml", "places.strong_venues")
    assert "ใน" in place_cues._STATION_KINDS and isinstance(place_cues._STATION_KINDS, frozenset)
    assert {"COVID", "GDP", "MOU"} <= word_set("org_words.toml", "organisations.not_acronym")
    with pytest.raises(KeyError):
        word_tuple("place_words.toml", "places.no_such_list")  # a misspelt name fails at import, not silently
