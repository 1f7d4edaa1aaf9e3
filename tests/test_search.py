"""Search and filters over the archive (briefing/search.py): Thai word boundaries, ranking, English forms
from analyses, the scan fallback, combined filters, the entity index and its merged aliases, and the
migration that gives a store made by the previous schema its search index."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from briefing.model import Analysis, Entity, Mark, Release
from briefing.search import (
    View,
    entity_names,
    import_and_index,
    mentions_per_month,
    search,
    top_entities,
    update_index,
)
from briefing.store import MIGRATIONS, SCHEMA_VERSION, SEARCH_MIGRATION, Store

RICE = Release(title="ราคาข้าวหอมมะลิปรับตัวสูงขึ้น", body="กระทรวงพาณิชย์รายงานว่าราคาข้าวเปลือกสูงขึ้น ชาวนาขายข้าวได้ราคาดี",
               date=dt.date(2025, 3, 1), category="ด้านเศรษฐกิจ", source="https://example.test/rice")
MAIZE = Release(title="เกษตรกรปลูกข้าวโพดเลี้ยงสัตว์", body="ผลผลิตข้าวโพดเพิ่มขึ้นในภาคเหนือ ราคาข้าวโพดดี",
                date=dt.date(2025, 3, 5), category="ด้านเศรษฐกิจ", source="https://example.test/maize")
PHUKET = Release(title="นายกรัฐมนตรีลงพื้นที่จังหวัดภูเก็ต", body="ติดตามสถานการณ์ฝุ่น PM2.5 และการท่องเที่ยว BOI สนับสนุน",
                 date=dt.date(2024, 4, 13), category="ด้านสังคม", source="https://example.test/phuket")
SONGKRAN = Release(title="เทศกาลสงกรานต์ปลอดภัย", body="รัฐบาลรณรงค์ขับขี่ปลอดภัยช่วงสงกรานต์ ที่ภูเก็ตมีนักท่องเที่ยวมาก",
                   date=dt.date(2024, 4, 12), category="ด้านสังคม", source="https://example.test/songkran")


BEFORE_PARTS = 5
"""The schema before search_text had its parts column (MIGRATIONS[5] made it)."""

def entity(kind: str, text: str, english: str | None, canonical: str | None = None) -> Entity:
    return Entity(type=kind, field="body", text=text, start=0, end=len(text),  # type: ignore[arg-type]
                  english=english, canonical=canonical)


def analysis_of(release: Release, *entities: Entity) -> Analysis:
    return Analysis(title=release.title, body=release.body, entities=list(entities), version="test")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "briefing.db")
    new, skipped, bad = import_and_index(store, [(r.source or "", r) for r in (RICE, MAIZE, PHUKET, SONGKRAN)])
    assert (new, skipped, bad) == (4, 0, [])
    return store


def ids(store: Store, view: View) -> list[int]:
    return [entry.id for entry in search(store, view, limit=None).entries]


def id_of(store: Store, release: Release) -> int:
    return next(e.id for e in store.entries() if e.title == release.title)


def test_thai_word_matches_words_not_parts_of_longer_words(store: Store) -> None:
    results = search(store, View(query="ข้าว"))
    assert results.method == "index"
    assert [e.title for e in results.entries] == [RICE.title]  # ข้าวโพด (maize) is another word
    assert [e.title for e in search(store, View(query="ข้าวโพด")).entries] == [MAIZE.title]
    assert search(store, View(query="ภูเก็ต")).total == 2


def test_ranking_title_first_then_newest(store: Store) -> None:
    ranked = [e.title for e in search(store, View(query="ภูเก็ต")).entries]
    assert ranked == [PHUKET.title, SONGKRAN.title]  # named in the title beats named in the body
    twin = Release(title="สงกรานต์", body="ข่าวสงกรานต์", date=dt.date(2023, 4, 13), source="https://example.test/a")
    twin_newer = Release(title="สงกรานต์", body="ข่าวสงกรานต์", date=dt.date(2025, 4, 13),
                         source="https://example.test/b")
    import_and_index(store, [("a", twin), ("b", twin_newer)])
    dates = [e.date for e in search(store, View(query="สงกรานต์")).entries if e.title == "สงกรานต์"]
    assert dates == [dt.date(2025, 4, 13), dt.date(2023, 4, 13)]  # equal scores: newest first


def test_two_words_and_latin_with_numbers(store: Store) -> None:
    assert [e.title for e in search(store, View(query="ฝุ่น PM 2.5")).entries] == [PHUKET.title]
    assert [e.title for e in search(store, View(query="pm2.5")).entries] == [PHUKET.title]
    assert search(store, View(query="ข้าว ภูเก็ต")).total == 0  # every word is required
    assert [e.title for e in search(store, View(query="BOI")).entries] == [PHUKET.title]  # English in the text


def test_english_forms_from_analyses_are_searchable(store: Store) -> None:
    release_id = id_of(store, SONGKRAN)
    assert search(store, View(query="Paetongtarn")).method == "scan"  # not analysed yet: nothing to find
    store.save_analysis(release_id, analysis_of(SONGKRAN, entity("person", "นางสาวแพทองธาร ชินวัตร",
                                                                   "Paetongtarn Shinawatra", "แพทองธาร ชินวัตร")))
    results = search(store, View(query="paetongtarn"))
    assert (results.method, [e.id for e in results.entries]) == ("index", [release_id])
    # A newer analysis replaces the English forms of the old one.
    store.save_analysis(release_id, analysis_of(SONGKRAN, entity("place", "ภูเก็ต", "Phuket")))
    assert search(store, View(query="Paetongtarn")).method == "scan"
    english_only = search(store, View(query="Phuket"), limit=None, expand=False)
    assert [e.id for e in english_only.entries] == [release_id]
    # Searched as ภูเก็ต too (briefing/search_glossary.py), it finds the release that names Phuket in Thai only.
    assert set(ids(store, View(query="Phuket"))) == {release_id, id_of(store, PHUKET)}


def test_a_fragment_falls_back_to_a_scan_and_says_so(store: Store) -> None:
    results = search(store, View(query="โพด"))
    assert results.method == "scan"
    assert results.note and "scan" in results.note
    assert [e.title for e in results.entries] == [MAIZE.title]
    assert search(store, View(query="...")).method == "scan"


def test_words_that_match_but_are_filtered_out_give_an_empty_view_not_a_scan(store: Store) -> None:
    """'/Bangkok' and 'starred' with nothing starred: the words did match whole, so no slow scan of every
    release and no note saying there was no whole-word match."""
    results = search(store, View(query="สงกรานต์", starred=True))
    assert (results.total, results.entries, results.method, results.note) == (0, [], "index", None)
    assert search(store, View(query="โพด", starred=True)).method == "scan", "a fragment still scans"


def test_filters_combine(store: Store) -> None:
    rice, maize, phuket, songkran = (id_of(store, r) for r in (RICE, MAIZE, PHUKET, SONGKRAN))
    assert ids(store, View(category="Economy")) == [maize, rice]
    assert ids(store, View(category="ด้านสังคม", since=dt.date(2024, 4, 13))) == [phuket]
    assert ids(store, View(until=dt.date(2024, 12, 31))) == [phuket, songkran]
    store.set_starred(rice, True)
    store.set_starred(phuket, True)
    store.set_read(phuket)
    assert ids(store, View(starred=True)) == [rice, phuket]
    assert ids(store, View(starred=True, unread=True)) == [rice]
    store.add_mark(Mark(release_id=songkran, start=0, end=5, text="รัฐบาล", label="key"))
    assert ids(store, View(marked=True)) == [songkran]
    assert ids(store, View(marked=True, starred=True)) == []
    store.save_analysis(phuket, analysis_of(PHUKET, entity("place", "จังหวัดภูเก็ต", "Phuket Province")))
    store.save_analysis(songkran, analysis_of(SONGKRAN, entity("place", "ภูเก็ต", "Phuket Province",
                                                               "จังหวัดภูเก็ต")))
    assert ids(store, View(place="Phuket")) == [phuket, songkran]
    assert ids(store, View(place="ภูเก็ต", starred=True)) == [phuket]
    assert ids(store, View(place="Phuket", query="สงกรานต์")) == [songkran]
    assert ids(store, View(person="Phuket")) == []  # a place is no person
    assert search(store, View(category="Economy", query="ข้าว")).total == 1
    assert View(place="Phuket", starred=True, query="x").chips() == ["/x", "place:Phuket", "starred"]


def test_aliases_merge_into_one_entity(store: Store) -> None:
    depa_en = "Digital Economy Promotion Agency (depa)"
    full = "สำนักงานส่งเสริมเศรษฐกิจดิจิทัล"
    rice, maize, phuket = (id_of(store, r) for r in (RICE, MAIZE, PHUKET))
    store.save_analysis(rice, analysis_of(RICE, entity("organisation", "ดีป้า", depa_en, full)))
    store.save_analysis(maize, analysis_of(MAIZE, entity("organisation", full, depa_en),
                                           entity("organisation", "ดีป้า", depa_en, full)))
    store.save_analysis(phuket, analysis_of(
        PHUKET, entity("person", "นายประเสริฐ จันทรรวงทอง", "Prasert Jantararuangtong", "ประเสริฐ จันทรรวงทอง"),
        entity("person", "นายประเสริฐ", "Prasert Jantararuangtong", "ประเสริฐ จันทรรวงทอง")))
    (depa,) = top_entities(store, ["organisation"])
    assert (depa.english, depa.thai, depa.releases) == (depa_en, full, 2)
    assert "ดีป้า" in depa.aliases
    for name in ("depa", "ดีป้า", full, "Digital Economy Promotion Agency"):
        assert ids(store, View(organisation=name)) == [maize, rice], name
    (prasert,) = top_entities(store, ["person"])
    assert prasert.releases == 1 and "นายประเสริฐ" in prasert.aliases
    assert ids(store, View(person="Prasert")) == [phuket]
    assert "Digital Economy Promotion Agency (depa)" in entity_names(store, "organisation", "Dig")
    months = dict(mentions_per_month(store, "organisation", depa.key))
    assert months["2025-03"] == 2 and months["2024-04"] == 0 and next(iter(months)) == "2024-04"


ASEAN_EN = "Association of Southeast Asian Nations (ASEAN)"
ASEAN_TH = "สมาคมประชาชาติแห่งเอเชียตะวันออกเฉียงใต้"


def test_an_alias_joins_an_entity_only_when_it_is_that_entitys_alias(store: Store) -> None:
    # "คณะผู้สังเกตการณ์ชั่วคราวอาเซียน (IOT)": the analysis read IOT (the observer team) as ASEAN's acronym.
    rice, maize = id_of(store, RICE), id_of(store, MAIZE)
    store.save_analysis(rice, analysis_of(
        RICE, entity("organisation", "อาเซียน", ASEAN_EN, ASEAN_TH), entity("organisation", "ASEAN", ASEAN_EN, ASEAN_TH),
        entity("organisation", "IOT", ASEAN_EN, ASEAN_TH)))
    store.save_analysis(maize, analysis_of(MAIZE, entity("organisation", "IOT", ASEAN_EN, ASEAN_TH)))
    (asean,) = top_entities(store, ["organisation"])
    assert (asean.english, asean.thai, asean.releases) == (ASEAN_EN, ASEAN_TH, 1)
    assert set(asean.aliases) == {"อาเซียน", "ASEAN"}
    assert ids(store, View(organisation="ASEAN")) == [rice]
    assert ids(store, View(organisation="IOT")) == []
    assert ids(store, View(query="IOT")) == []  # nor is IOT an English form of the release


def test_an_index_written_before_the_rule_shows_no_foreign_alias(store: Store) -> None:
    rice = id_of(store, RICE)
    store.save_analysis(rice, analysis_of(RICE, entity("organisation", "อาเซียน", ASEAN_EN, ASEAN_TH)))
    with store._transaction() as conn:  # the row an earlier briefing wrote
        conn.execute("UPDATE release_entities SET aliases = 'IOT|อาเซียน' WHERE release_id = ?", (rice,))
    (asean,) = top_entities(store, ["organisation"])
    assert set(asean.aliases) == {"อาเซียน"}


@pytest.mark.parametrize(("alias", "english", "belongs"), [
    ("IOT", ASEAN_EN, False), ("USABC", ASEAN_EN, False), ("AFTA", ASEAN_EN, False),
    ("SPORTS LAW", "Sports Authority of Thailand (SAT)", False), ("WHO", ASEAN_EN, False),
    ("ASEAN", ASEAN_EN, True), ("อาเซียน", ASEAN_EN, True), ("depa", "Digital Economy Promotion Agency (depa)", True),
    ("BOI", "Office of the Board of Investment", True), ("TAT", "Tourism Authority of Thailand", True),
    ("NECTEC", "National Electronics and Computer Technology Center", True),
    ("NESDC", "Office of the National Economic and Social Development Council", True),
    ("Dr. Thares", "Thares Krasanaiyarawiwong", True), ("H.E. Mr. Lawrence Wong", "Lawrence Wong", True),
    ("Kingdom of Belgium", "Belgium", True), ("IOT", "", True),
])
def test_which_latin_forms_are_an_entitys_alias(alias: str, english: str, belongs: bool) -> None:
    from briefing.entity_index import is_alias_of

    assert is_alias_of(alias, english) is belongs


def test_a_store_of_the_previous_schema_gets_search(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    for migration in MIGRATIONS[:SEARCH_MIGRATION]:
        conn.executescript(migration)
    conn.execute("INSERT INTO schema_version VALUES (?)", (SEARCH_MIGRATION,))
    conn.execute("INSERT INTO releases (key, title, body, date, imported_at) VALUES (?, ?, ?, ?, '')",
                 ("k1", RICE.title, RICE.body, "2025-03-01"))
    conn.execute("INSERT INTO releases (key, title, body, date, imported_at) VALUES (?, ?, ?, ?, '')",
                 ("k2", MAIZE.title, MAIZE.body, "2025-03-05"))
    cached = analysis_of(RICE, entity("organisation", "กระทรวงพาณิชย์", "Ministry of Commerce"))
    import json

    conn.execute("INSERT INTO analyses VALUES (1, 'old', ?)", (json.dumps(cached.to_json(), ensure_ascii=False),))
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.search_pending_count() == 2
        assert update_index(store) == 2
        assert store.search_pending_count() == 0
        assert [e.id for e in search(store, View(query="ข้าว")).entries] == [1]
        assert search(store, View(query="ข้าว")).method == "index"
        assert [e.id for e in search(store, View(query="commerce")).entries] == [1]  # cached analysis indexed
        assert ids(store, View(organisation="Ministry of Commerce")) == [1]
        assert update_index(store) == 0  # nothing twice


def test_the_fast_ranking_agrees_with_the_full_one(store: Store) -> None:
    """Without filters the best results come from each FTS table's own ranking, merged; with a
    filter (or no limit) from one SQL join: both give the same order."""
    store.save_analysis(id_of(store, SONGKRAN), analysis_of(SONGKRAN, entity("place", "ภูเก็ต", "Phuket")))
    for query in ("ภูเก็ต", "ข้าว", "ราคา", "Phuket", "สงกรานต์ ภูเก็ต"):
        fast = search(store, View(query=query), limit=10)
        full = search(store, View(query=query), limit=None)
        assert [e.id for e in fast.entries] == [e.id for e in full.entries], query
        assert fast.total == full.total == len(full.entries), query
    page = search(store, View(query="ราคา"), limit=1, offset=1)
    assert [e.id for e in page.entries] == [e.id for e in search(store, View(query="ราคา"), limit=None).entries][1:2]


def test_a_name_that_is_exactly_an_alias_finds_that_entity_too(store: Store) -> None:
    """On the archive person:แพทองธาร gave 4 releases: the name is the whole Thai form of a stray
    'Phaethongthan' entity, and only exact Thai/English forms counted as exact, so the 1,900 releases of
    Paetongtarn Shinawatra, where แพทองธาร is an alias, were left out."""
    rice, maize, phuket = (id_of(store, r) for r in (RICE, MAIZE, PHUKET))
    full, english = "แพทองธาร ชินวัตร", "Paetongtarn Shinawatra"
    store.save_analysis(rice, analysis_of(RICE, entity("person", "แพทองธาร", "Phaethongthan")))
    for release_id, release in ((maize, MAIZE), (phuket, PHUKET)):
        store.save_analysis(release_id, analysis_of(release, entity("person", f"นางสาว{full}", english, full),
                                                    entity("person", "แพทองธาร", english, full)))
    assert set(ids(store, View(person="แพทองธาร"))) == {rice, maize, phuket}
    assert set(ids(store, View(person=english))) == {maize, phuket}, "an exact English name stays exact"
    assert set(ids(store, View(person="Phaethongthan"))) == {rice}


# details/98378 (thaigov-v2): a list of provinces with sara ae typed as two sara e (U+0E40 U+0E40; 931 releases do).
KHON_KAEN = Release(title="ประชุมความร่วมมือ", body="ภาคตะวันออกเฉียงเหนือ ได้แก่ จังหวัดมหาสารคาม ขอน\u0e40\u0e40ก่น อุดรธานี",
                    date=dt.date(2025, 8, 1))


def test_a_word_typed_with_two_sara_e_is_found_as_written_with_sara_ae(store: Store) -> None:
    from briefing.search_text import segment

    assert segment("ขอน\u0e40\u0e40ก่น") == segment("ขอนแก่น")
    assert segment("ต\u0e4d\u0e32บล") == segment("ตำบล")
    store.add_release(KHON_KAEN)
    update_index(store)
    assert search(store, View(query="ขอนแก่น")).entries[0].title == KHON_KAEN.title


def test_the_search_words_are_made_again_when_their_spelling_rules_change(tmp_path: Path) -> None:
    """A store of the schema before: its index holds the words as cut then (ขอนเเก่น not read as ขอนแก่น);
    opening it drops them and queues every release, so the next update finds the word."""
    path = tmp_path / "old.db"
    with Store(path) as store:
        store.add_release(KHON_KAEN)
        update_index(store)
    # the index as the schema before made it: the words as written, two sara e and all
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO search_text (search_text) VALUES ('delete-all')")
    conn.execute("INSERT INTO search_text (rowid, title, body) VALUES (1, ?, ?)",
                 (KHON_KAEN.title, "ขอน\u0e40\u0e40ก่น"))
    conn.execute("UPDATE schema_version SET version = ?", (BEFORE_PARTS,))
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.search_pending_count() == 1
        assert update_index(store) == 1
        assert [e.title for e in search(store, View(query="ขอนแก่น")).entries] == [KHON_KAEN.title]


UNIVERSITY = Release(title="ประชุมวิชาการประจำปี", body="อธิการบดีมหาวิทยาลัยขอนแก่นเปิดการประชุมวิชาการ",
                     date=dt.date(2025, 9, 1), source="https://example.test/university")


def test_the_parts_of_a_long_word() -> None:
    from briefing.search_text import parts, segment, word_parts

    assert word_parts("มหาวิทยาลัยขอนแก่น") == ("มหาวิทยาลัย", "ขอนแก่น")
    assert word_parts("สหรัฐอเมริกา") == ("สหรัฐ", "อเมริกา")
    assert word_parts("ข้าวโพด") == ()  # short: ข้าว still does not find maize
    assert word_parts("มหาวิทยาลัย") == ()  # no part shorter than four letters (มหา)
    assert word_parts("ขอนแก่น") == ()
    assert parts(segment(UNIVERSITY.body)).split() == ["มหาวิทยาลัย", "ขอนแก่น"]


def test_a_word_inside_a_long_word_is_found_below_the_word_on_its_own(store: Store) -> None:
    """newmm keeps มหาวิทยาลัยขอนแก่น whole: 85 of the 1,724 archive releases that contain ขอนแก่น had it only
    inside such a word and were not found by it (the university, its hospital)."""
    store.add_release(UNIVERSITY)
    store.add_release(Release(title="ประชุมวิชาการประจำปี", body="ผู้ว่าราชการจังหวัดขอนแก่นเปิดการประชุมวิชาการ",
                              date=dt.date(2025, 8, 1), source="https://example.test/governor"))
    update_index(store)
    results = search(store, View(query="ขอนแก่น"))
    assert results.method == "index"
    assert [e.date for e in results.entries] == [dt.date(2025, 8, 1), dt.date(2025, 9, 1)]  # on its own first
    assert [e.title for e in search(store, View(query="มหาวิทยาลัยขอนแก่น")).entries] == [UNIVERSITY.title]
    assert [e.title for e in search(store, View(query="ข้าว")).entries] == [RICE.title]


def test_a_store_indexed_without_parts_is_indexed_again(tmp_path: Path) -> None:
    """The schema before had no column for the parts: opening its store makes the table again and queues
    every release."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    for migration in MIGRATIONS[:BEFORE_PARTS]:
        conn.executescript(migration)
    conn.execute("INSERT INTO schema_version VALUES (?)", (BEFORE_PARTS,))
    conn.execute("INSERT INTO releases (key, title, body, date, imported_at) VALUES (?, ?, ?, ?, '')",
                 ("k1", UNIVERSITY.title, UNIVERSITY.body, "2025-09-01"))
    conn.execute("DELETE FROM search_pending")
    conn.execute("INSERT INTO search_text (rowid, title, body) VALUES (1, ?, ?)",
                 (UNIVERSITY.title, "อธิการบดี มหาวิทยาลัยขอนแก่น เปิด การประชุม วิชาการ"))
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.search_pending_count() == 1
        assert update_index(store) == 1
        assert [e.id for e in search(store, View(query="ขอนแก่น")).entries] == [1]
        assert search(store, View(query="ขอนแก่น")).method == "index"


class _PrintCapture:
    """What Textual puts in sys.stderr while the app runs: writable, with no descriptor (fileno() is -1)."""

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass

    def fileno(self) -> int:
        return -1


def test_the_index_pool_starts_under_a_stderr_with_no_descriptor(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Inside the app the pool's resource tracker was handed fd -1 ('bad value(s) in fds_to_keep') and a long
    queue was never indexed there."""
    import sys

    import briefing.search as search_module

    for n in range(6):
        store.add_release(Release(title=f"ราคาข้าว ครั้งที่ {n}", body=f"ข่าวราคาข้าว ลำดับ {n}",
                                  date=dt.date(2025, 1, 1 + n), source=f"https://example.test/pool/{n}"))
    monkeypatch.setattr(search_module, "POOL_THRESHOLD", 1)
    monkeypatch.setattr(search_module, "INDEX_BATCH", 2)
    capture = _PrintCapture()
    monkeypatch.setattr(sys, "stderr", capture)
    pending = store.search_pending_count()
    assert pending >= 6
    assert update_index(store, processes=2) == pending
    assert sys.stderr is capture  # given back
    assert store.search_pending_count() == 0
