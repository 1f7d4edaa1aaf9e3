"""English queries reach Thai releases (briefing/search_glossary.py, briefing/search.expanded_query): an English
word or name is also searched as the Thai forms our glossaries pair with it, and the result says what as.

On the archive before this (session 15's hands-on): "durian" found 24 of 62,904 releases, ทุเรียน 689, because
only releases whose analysis or text gave English could be found in English. The store here holds Thai-only
releases, as the archive does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.model import Release
from briefing.search import View, expanded_query, import_and_index, search
from briefing.search_glossary import MAX_ALTERNATIVES, MAX_TOTAL, english_words, expansions
from briefing.store import Store


def release(title: str, body: str, day: int) -> Release:
    return Release(title=title, body=body, date=dt.date(2025, 3, day), category="ด้านเศรษฐกิจ",
                   source=f"https://example.test/{day}")


DURIAN = release("ทุเรียนไทยได้รับความนิยมต่อเนื่องในจีน", "ส่งออกทุเรียนสดห้าเดือนแรกมูลค่ากว่าหกหมื่นล้านบาท", 1)
RUBBER = release("นายกฯ พอใจราคายางพาราปรับตัวทิศทางบวก", "เกษตรกรชาวสวนยางพารามีรายได้เพิ่มขึ้น", 2)
CONES = release("กรมทางหลวงติดตั้งกรวยยางบนถนน", "เจ้าหน้าที่วางกรวยยางสะท้อนแสงเพื่อความปลอดภัย", 3)
FINANCE = release("กระทรวงการคลังเปิดตัวโครงการใหม่", "กระทรวงการคลังเชิญชวนประชาชนลงทะเบียน", 4)
HOUSING = release("กคช. เร่งช่วยเหลือผู้อยู่อาศัยแฟลตดินแดง", "การเคหะแห่งชาติมอบถุงยังชีพ", 5)
CHIANG_MAI = release("ท่องเที่ยวเชียงใหม่ฟื้นตัว", "นักท่องเที่ยวเดินทางมาเชียงใหม่มากขึ้น", 6)
FLOOD = release("นายกฯ ติดตามสถานการณ์อุทกภัย", "ประชาชนในพื้นที่น้ำท่วมได้รับความช่วยเหลือ", 7)
PM = release("นายกฯ เศรษฐา พบผู้นำการเงินรายใหญ่", "นายกรัฐมนตรีหารือแนวทางการลงทุน", 8)
ALL = (DURIAN, RUBBER, CONES, FINANCE, HOUSING, CHIANG_MAI, FLOOD, PM)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "briefing.db")
    new, _, bad = import_and_index(store, [(r.source or "", r) for r in ALL], processes=1)
    assert (new, bad) == (len(ALL), [])
    return store


def titles(store: Store, query: str, expand: bool = True) -> set[str]:
    return {entry.title for entry in search(store, View(query=query), limit=None, expand=expand).entries}


def test_an_english_word_finds_thai_only_releases_and_says_as_what(store: Store) -> None:
    assert titles(store, "durian", expand=False) == set()  # before: English finds no Thai-only release
    results = search(store, View(query="durian"))
    assert [entry.title for entry in results.entries] == [DURIAN.title]
    assert results.method == "index"
    assert results.expanded == "durian = ทุเรียน"
    assert "ทุเรียน" in results.terms  # highlighted in the list like the query's own words


@pytest.mark.parametrize("query", ["Durian", "DURIAN", "durians"])
def test_case_and_plural_do_not_matter(store: Store, query: str) -> None:
    assert titles(store, query) == {DURIAN.title}


def test_a_phrase_is_matched_whole_longest_first(store: Store) -> None:
    # "Ministry of Finance" is one group (not Ministry + of + Finance, which no Thai release spells)
    found = expansions(["Ministry", "of", "Finance"])
    assert [(e.start, e.end, e.english) for e in found] == [(0, 3, "Ministry of Finance")]
    assert titles(store, "Ministry of Finance") == {FINANCE.title}
    assert titles(store, "finance ministry") == {FINANCE.title}  # as the press writes it
    assert titles(store, "Chiang Mai") == {CHIANG_MAI.title}


def test_a_dotted_short_abbreviation_is_not_searched_where_it_is_a_piece_of_another(store: Store) -> None:
    # กค. (Ministry of Finance) is cut like the กค of กคช. (the National Housing Authority): left out
    results = search(store, View(query="Ministry of Finance"))
    assert HOUSING.title not in {entry.title for entry in results.entries}
    assert results.expanded == "Ministry of Finance = กระทรวงการคลัง"  # กระทรวงการคลังฯ: found by the first


def test_the_terms_stay_all_required(store: Store) -> None:
    assert titles(store, "rubber price") == {RUBBER.title}  # ยางพารา AND ราคา
    assert titles(store, "durian price") == set()
    expression, found = expanded_query("rubber price")
    assert expression == '("rubber" OR "ยางพารา") AND ("price" OR "ราคา")'
    assert [e.english for e in found] == ["rubber", "price"]


def test_a_glossary_noun_that_is_mostly_something_else_is_not_searched(store: Store) -> None:
    # search_not_words.toml: rubber is ยางพารา, not also ยาง (กรวยยาง traffic cones, ยางนา trees, family names)
    assert titles(store, "rubber") == {RUBBER.title}
    assert titles(store, "flood") == {FLOOD.title}  # น้ำท่วม, อุทกภัย


def test_headline_verbs_are_not_searched() -> None:
    # headwords.toml glosses จี้ (to urge) and กด (a button) "press" in a headline; a reader's "press" is the media
    assert [e.thai for e in expansions(["press"])] == [("สื่อมวลชน",)]
    assert expansions(["support"]) == []  # สนับสนุน, หนุน, อุ้ม: headline verbs
    assert expansions(["tax"])[0].thai[0] == "ภาษี"  # a short noun stays (ภาษีอากร beside it)


def test_thai_queries_are_unchanged(store: Store) -> None:
    for query in ("ทุเรียน", "ยาง", "กระทรวงการคลัง ราคา", "เชียงใหม่"):
        assert expanded_query(query) == expanded_query(query, expand=False)
        results = search(store, View(query=query))
        assert results.expansions == [] and results.expanded == ""
    assert titles(store, "ยาง") == {CONES.title}  # the Thai word as typed: newmm keeps ยางพารา whole


def test_an_english_word_next_to_a_thai_one(store: Store) -> None:
    results = search(store, View(query="durian ส่งออก"))
    assert [entry.title for entry in results.entries] == [DURIAN.title]
    assert results.expanded == "durian = ทุเรียน"


def test_a_person_by_given_name_and_a_title(store: Store) -> None:
    assert titles(store, "Srettha") == {PM.title}
    assert PM.title in titles(store, "Prime Minister")


def test_abbreviations_that_are_english_words_count_only_as_written() -> None:
    assert [e.thai[0] for e in expansions(["SET"])] == ["ตลาดหลักทรัพย์แห่งประเทศไทย"]
    assert expansions(["set"])[0].thai[0] != "ตลาดหลักทรัพย์แห่งประเทศไทย"
    assert [e.english for e in expansions(["WHO"])] == ["WHO"]
    assert expansions(["who"]) == []
    assert expansions(["boi"])[0].thai[0] == "สำนักงานคณะกรรมการส่งเสริมการลงทุน"  # no English word: any case


def test_function_words_and_ordinary_words_are_no_keys() -> None:
    assert expansions(["the"]) == [] and expansions(["of"]) == [] and expansions(["us"]) == []
    assert expansions(["long"]) == []  # the district ลอง is named Long; "long" is an English word


def test_never_more_than_the_cap(store: Store) -> None:
    # Surat Thani Province: 13 Thai spellings in places.toml; จังหวัด + a spelling is found by the spelling
    assert len(expansions(["Surat", "Thani", "Province"])[0].thai) > MAX_ALTERNATIVES
    expression, found = expanded_query("Surat Thani Province")
    assert 1 < len(found[0].thai) <= MAX_ALTERNATIVES
    assert "สุราษฏร์ธานี" in found[0].thai and "จังหวัดสุราษฏร์ธานี" not in found[0].thai
    assert expression is not None and expression.count(" OR ") == len(found[0].thai)
    many = " ".join(["Surat Thani Province", "Kalasin Province", "Asia Pacific", "MHESI", "Bangkok", "Laos"] * 2)
    assert sum(len(item.thai) for item in expanded_query(many)[1]) <= MAX_TOTAL
    assert search(store, View(query=many)).method in ("index", "scan")  # a valid expression


def test_english_words_of_a_key() -> None:
    assert english_words("Prayut Chan-o-cha") == ("prayut", "chan", "o", "cha")
    assert english_words("the People's Republic of China") == ("the", "people", "republic", "of", "china")
    assert english_words("Floods") == ("flood",) and english_words("Cities") == ("city",)
    assert english_words("business") == ("business",)


def test_the_table_is_read_again_from_its_cached_copy(tmp_path: Path) -> None:
    from briefing import search_glossary

    cache = search_glossary._cache_path()
    assert cache is not None
    stale = cache.with_name("search-glossary-0000000000000000.json")  # a copy made from older data files
    stale.parent.mkdir(parents=True, exist_ok=True)
    stale.write_text("{}", encoding="utf-8")
    cache.unlink(missing_ok=True)
    search_glossary.table.cache_clear()
    first = search_glossary.table()
    assert cache.exists() and not stale.exists()
    search_glossary.table.cache_clear()
    again = search_glossary.table()
    assert again.forms == first.forms and again.exact == first.exact and again.longest == first.longest
    assert again.people == first.people and again.before_number == first.before_number == ["PM"]
    cache.write_text("{not json", encoding="utf-8")  # a damaged copy: read from the data instead
    search_glossary.table.cache_clear()
    assert search_glossary.table().forms == first.forms


def test_a_release_found_by_its_analysis_english_is_found_still(store: Store) -> None:
    # The English table is asked the plain query (the Thai forms never match there): a release whose only
    # trace of the ministry is its analysis's English (here: the short form คลัง, no glossary form) is found.
    from briefing.model import Analysis, Entity

    release_id = next(e.id for e in store.entries() if e.title == HOUSING.title)
    body_entity = Entity(type="organisation", field="body", text="คลัง", start=0, end=4,
                         english="Ministry of Finance (MOF)", canonical="กระทรวงการคลัง")
    store.save_analysis(release_id, Analysis(title=HOUSING.title, body=HOUSING.body, entities=[body_entity],
                                             version="test"))
    assert titles(store, "Ministry of Finance") == {FINANCE.title, HOUSING.title}
    assert titles(store, "Ministry of Finance", expand=False) == {HOUSING.title}
    assert titles(store, "MOF") == {FINANCE.title, HOUSING.title}


# --- ranked first: a known person's full name, and a query's parts near each other ----------------------------
# What a reader expects (session 16 read the archive's new hits: "Srettha" 7/10 right, the others men named
# เศรษฐา; "rubber price" 4/10, the two words paragraphs apart in a long release):
# - "Srettha": releases naming เศรษฐา ทวีสิน first, then a district official named นายเศรษฐา ขันตี (archive
#   release 34612: "นายเศรษฐา ขันตี อุตสาหกรรมจังหวัดบึงกาฬ");
# - "Suchart": either Suchart of the officials table (Chomklin, Tancharoen) first, then another สุชาติ;
# - "Itthiphol": อิทธิพล คุณปลื้ม first, then the storms' อิทธิพล ('influence') of weather releases;
# - "rubber price": ราคายางพารา first, then a release naming fuel prices and rubber farmers apart.

OTHER_SRETTHA = release("นายเศรษฐา ขันตี อุตสาหกรรมจังหวัดบึงกาฬ ลงพื้นที่ตรวจโรงงาน",
                        "นายเศรษฐา ขันตี อุตสาหกรรมจังหวัดบึงกาฬ ตรวจโรงงานในพื้นที่", 10)
SRETTHA = release("นายกรัฐมนตรีประชุมคณะรัฐมนตรี", "นายเศรษฐา ทวีสิน นายกรัฐมนตรี เป็นประธานการประชุม", 11)
FAR = release("ราคาน้ำมันดีเซลลดลงต่อเนื่อง กระทรวงพลังงานเร่งดูแลผู้ใช้รถทั่วประเทศ ประชาชนพอใจ"
              " ขณะที่เกษตรกรชาวสวนยางพารา", "ราคาน้ำมันลดลง", 12)
NEAR = release("เกษตรกรพอใจ", "การยางแห่งประเทศไทยรายงานราคายางพาราวันนี้", 13)
RANKED = (OTHER_SRETTHA, SRETTHA, FAR, NEAR)


@pytest.fixture
def ranked(tmp_path: Path) -> Store:
    store = Store(tmp_path / "ranked.db")
    import_and_index(store, [(r.source or "", r) for r in RANKED], processes=1)
    return store


def ordered(store: Store, query: str, **kwargs: object) -> list[str]:
    return [entry.title for entry in search(store, View(query=query), **kwargs).entries]  # type: ignore[arg-type]


def test_a_given_name_alone_ranks_the_known_person_first(ranked: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing.search

    results = search(ranked, View(query="Srettha"))
    assert [entry.title for entry in results.entries] == [SRETTHA.title, OTHER_SRETTHA.title]
    assert results.total == 2  # the other เศรษฐา is found still, after
    assert results.expanded == "Srettha = เศรษฐา (เศรษฐา ทวีสิน first)"
    assert results.expansions[0].first == ("เศรษฐา ทวีสิน",)
    monkeypatch.setattr(briefing.search, "first_query", lambda *args, **kwargs: None)
    assert ordered(ranked, "Srettha") == [OTHER_SRETTHA.title, SRETTHA.title]  # before: the name in a title


def test_the_parts_of_a_query_near_each_other_rank_first(ranked: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing.search

    assert ordered(ranked, "rubber price") == [NEAR.title, FAR.title]
    assert ordered(ranked, "ราคา ยางพารา") == [NEAR.title, FAR.title]  # a Thai query of two parts too
    # a page at a time (the app's list), and with a filter (another SQL path) the same order
    assert ordered(ranked, "rubber price", limit=1) == [NEAR.title]
    assert ordered(ranked, "rubber price", limit=1, offset=1) == [FAR.title]
    assert ordered(ranked, "rubber price", limit=None) == [NEAR.title, FAR.title]
    filtered = search(ranked, View(query="rubber price", category="ด้านเศรษฐกิจ"), limit=10)
    assert [entry.title for entry in filtered.entries] == [NEAR.title, FAR.title] and filtered.total == 2
    monkeypatch.setattr(briefing.search, "first_query", lambda *args, **kwargs: None)
    assert ordered(ranked, "rubber price") == [FAR.title, NEAR.title]  # before: both words in FAR's title


def test_what_ranks_first_is_always_a_match_of_the_query() -> None:
    from briefing.search import first_query

    assert first_query("durian") is None and first_query("Ministry of Finance") is None  # one part: bm25 alone
    found = first_query("rubber price")
    assert found is not None and found.text.startswith('(("rubber" OR "ยางพารา") AND ("price" OR "ราคา")) AND ')
    assert 'NEAR("ยางพารา" "ราคา", 10)' in found.text
    assert first_query("a b c d e") is None  # more parts than MAX_NEAR_GROUPS


# --- short forms: search_aliases.toml --------------------------------------------------------------------------

def test_short_forms_are_searched_as_their_full_names_only_as_written() -> None:
    united_states = expansions(["United", "States"])[0].thai
    assert expansions(["US"])[0].thai == united_states and "สหรัฐฯ" in united_states
    assert expansions(["U.S."])[0].thai == united_states
    assert expansions(["us"]) == []  # the pronoun
    assert "สหราชอาณาจักร" in expansions(["UK"])[0].thai
    assert expansions(["PM"])[0].thai[0] == "นายกรัฐมนตรี"
    assert expansions(["PM", "2.5"]) == [] and expansions(["pm"]) == []  # fine dust; the time of day
    assert [e.english for e in expansions(["Deputy", "PM"])] == ["Deputy PM"]
    assert expansions(["Deputy", "PM"])[0].thai[0] == "รองนายกรัฐมนตรี"


def test_short_forms_do_not_change_the_analysis() -> None:
    # The analysis reads countries.toml and titles.toml; search_aliases.toml is the search's own.
    package = Path(__file__).resolve().parent.parent / "briefing"
    readers = [path for path in package.rglob("*.py") if "search_aliases" in path.read_text(encoding="utf-8")]
    assert [path.name for path in readers] == ["search_glossary.py"]


def test_us_finds_the_thai_releases_naming_the_united_states(tmp_path: Path) -> None:
    store = Store(tmp_path / "us.db")
    trade = release("ไทยหารือสหรัฐฯ เรื่องภาษีการค้า", "คณะเจรจาเดินทางไปสหรัฐอเมริกา", 14)
    import_and_index(store, [(trade.source or "", trade)], processes=1)
    assert titles(store, "US") == {trade.title} and titles(store, "US", expand=False) == set()
    assert titles(store, "US trade") == {trade.title}


def test_english_function_words_are_no_requirement_where_the_english_reaches_thai(store: Store) -> None:
    # "price of rubber" required the English word "of": on the archive it found 120 releases (those with some
    # English text), "rubber price" 450; "the US" 241 (English text only), "US" 3,659.
    assert titles(store, "price of rubber") == {RUBBER.title}
    assert titles(store, "the durian") == {DURIAN.title}
    assert expanded_query("price of rubber")[0] == '("price" OR "ราคา") AND ("rubber" OR "ยางพารา")'
    assert expanded_query("Ministry of Finance")[0] == '(("Ministry" AND "of" AND "Finance") OR "กระทรวงการคลัง")'
    assert expanded_query("of the")[0] == '"of" "the"'  # nothing reaches Thai: searched as typed
