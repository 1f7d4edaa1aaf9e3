"""The entities screen's forms of a name: one release writing it with a double space
("นายจิรายุ  ห่วงทรัพย์") showed the same alias twice beside the one-space form."""

from __future__ import annotations

from pathlib import Path

from briefing.config import load_config
from briefing.model import Analysis, Entity, Release
from briefing.search import top_entities
from briefing.store import Store

EN = "Jirayu Houngsub"
CANONICAL = "จิรายุ ห่วงทรัพย์"


def test_aliases_differing_only_in_spaces_are_one(tmp_path: Path) -> None:
    config_file = tmp_path / "config.toml"
    config_file.write_text(f'[store]\npath = "{tmp_path / "store.db"}"\n', encoding="utf-8")
    with Store.open(load_config(config_file)) as store:
        for n, written in enumerate(["นายจิรายุ ห่วงทรัพย์", "นายจิรายุ  ห่วงทรัพย์", "นายจิรายุ ห่วงทรัพย์"]):
            body = f"{written} โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า"
            release_id = store.add_release(Release(title=f"ข่าว {n}", body=body, source=f"https://x/{n}"))
            assert release_id is not None
            mentions = [Entity(type="person", field="body", text=CANONICAL, start=0, end=0, english=EN),
                        Entity(type="person", field="body", text=written, start=0, end=len(written), english=EN,
                               canonical=CANONICAL)]
            store.save_analysis(release_id, Analysis(title=f"ข่าว {n}", body=body, entities=mentions, version="x"))
        [jirayu] = top_entities(store, kinds=["person"])
    assert jirayu.releases == 3 and jirayu.thai == CANONICAL
    assert "นายจิรายุ ห่วงทรัพย์" in jirayu.aliases
    assert len(jirayu.aliases) == len({" ".join(a.split()) for a in jirayu.aliases}), jirayu.aliases
