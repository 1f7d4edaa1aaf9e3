"""wordcut.cut cuts as PyThaiNLP's word_tokenize(engine="newmm") does with our word set, word for word."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import pythainlp
from pythainlp.tokenize import word_tokenize

from briefing.thai import wordcut
from briefing.thai.scan import CHUNK, word_set

SEED = Path(__file__).resolve().parent.parent / "seeds" / "ข่าวรอง นรม  รมตนร _0_02efa86ef419c001.txt"


def _newmm(text: str) -> list[str]:
    return word_tokenize(text, engine="newmm", custom_dict=word_set())  # type: ignore[arg-type]


def test_the_fast_cut_is_on_with_the_pythainlp_it_was_written_from() -> None:
    if pythainlp.__version__ != "5.4.0":
        pytest.skip(f"PyThaiNLP {pythainlp.__version__}: cut is word_tokenize until compared again")
    assert wordcut.FAST


def test_the_seed_release_cut_whole_by_line_and_by_chunk() -> None:
    text = SEED.read_text(encoding="utf-8")
    pieces = [text, *text.splitlines(), *(m.group(0) for m in CHUNK.finditer(text))]
    assert len(pieces) > 250
    for piece in pieces:
        assert wordcut.cut(piece, word_set()) == _newmm(piece), piece


@pytest.mark.parametrize("text", [
    "",
    " ",
    "ก",
    "เงิน1,234บาท19:32น 127.0.0.1",  # formatted numbers rejoined (word_tokenize's join_broken_num)
    "ร้อยละ 4.5 เมื่อเวลา 10.30 น.",
    "ที่มา : https://www.thaigov.go.th/news/contents/details/92542",
    "นายกรัฐมนตรีเป็นประธานการประชุมคณะรัฐมนตรี (ครม.) ณ ทำเนียบรัฐบาล",
    "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ",  # no word: newmm's skip over unknown text
    "ชินโซ อาเบะ เกิด 21 กันยายน",
    "สภ.อ่าวนาง ผบช.ภ.9 กสร.",
    "Government House, Bangkok: ASEAN-China FTA ๒๕๖๗",
    "ก็ได้แต่เหนือทั้งหมดนั้นเมื่อไรก็ตามที่ใดก็ได้" * 6,  # a long ambiguous run: the graph's size limit
    "\u200bโครงการ\u200b ๑๒๓\t\nตำบลมะม่วงสองต้น",
])
def test_hard_cases(text: str) -> None:
    assert wordcut.cut(text, word_set()) == _newmm(text)


def test_random_mixtures_of_letters_words_and_marks() -> None:
    """Strings made of dictionary words, stray letters, vowels, tone marks, digits and spaces (seeded)."""
    rng = random.Random(20)
    vocabulary = sorted(word_set().words)
    extras = ["ก", "ข", "เ", "แ", "ะ", "า", "ั", "่", "้", "์", "ๆ", "ฯ", " ", "1", ",", ".", ":", "A", "-", "\n", "ำ"]
    for _ in range(400):
        parts = [rng.choice(vocabulary) if rng.random() < 0.6 else rng.choice(extras) for _ in range(rng.randint(1, 25))]
        text = "".join(parts)
        assert wordcut.cut(text, word_set()) == _newmm(text), text


def test_cluster_boundaries_as_pythainlp_reads_them() -> None:
    from pythainlp.tokenize.tcc_p import tcc_pos_array

    text = SEED.read_text(encoding="utf-8")
    for line in text.splitlines()[:60]:
        assert wordcut._boundaries(line) == tcc_pos_array(line)
