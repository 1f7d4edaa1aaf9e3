from pathlib import Path

from briefing.categories import DATA_FILE, english_category


def test_corpus_spellings_are_found_with_uneven_spaces(tmp_path: Path) -> None:
    table = tmp_path / "categories.toml"
    table.write_text('[[category]]\nth = "ข่าวรอง นรม รมตนร"\nen = "Deputy PMs"\n', encoding="utf-8")
    assert english_category("ข่าวรอง นรม  รมตนร ", table) == "Deputy PMs"
    assert english_category("ด้านสังคม", table) is None
    assert english_category(None, table) is None


def test_missing_or_broken_file_means_no_names(tmp_path: Path) -> None:
    assert english_category("ด้านสังคม", tmp_path / "missing.toml") is None
    broken = tmp_path / "broken.toml"
    broken.write_text("[[category]\nth = ", encoding="utf-8")
    assert english_category("ด้านสังคม", broken) is None


def test_bundled_table_names_every_seed_category() -> None:
    from briefing.sources.corpus import category_from_name

    assert DATA_FILE.exists()
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    for path in seeds.glob("*.txt"):
        category = category_from_name(path.name)
        if category is not None:
            assert english_category(category), category
