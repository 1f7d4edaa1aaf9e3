"""Thai names in Latin script: accepted spellings first, else PyThaiNLP's thai2rom ONNX model.

The model takes about 0.3 s to load and 2 ms per word (one decoder run per letter, batch size 1, so
words cannot be batched), which is half the time of analysing a release the process has not seen.
So it loads on first use, each word is romanised once per process, and words romanised before are
kept in a small file in the user's cache directory (keyed by the PyThaiNLP version), read once.
"""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path

from briefing.wordcover import fewest_pieces

_THAI = re.compile(r"[\u0e00-\u0e7f]+")
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_LONG = 12
_LATIN_OK = re.compile(r"^[A-Za-z][A-Za-z' .-]*$")


_CACHE_VERSION = "1"
"""Bump when romanise_word's own clean-up changes, so cached words are romanised again."""
_disk: dict[Path, dict[str, str]] = {}


@functools.lru_cache(maxsize=1)
def _model_version() -> str:
    """PyThaiNLP's version (its romaniser's model comes with it): the package's own __version__, already imported,
    rather than importlib.metadata (~0.02 s of a first analysis to import and scan the installed packages)."""
    import pythainlp

    found = getattr(pythainlp, "__version__", None)
    if isinstance(found, str) and found:
        return found
    from importlib.metadata import version  # pragma: no cover - every PyThaiNLP release sets __version__

    return version("pythainlp")


def _cache_file() -> Path | None:
    """The cache file for the current XDG_CACHE_HOME/HOME (tests and users may move them)."""
    return _cache_file_for(os.environ.get("XDG_CACHE_HOME"), os.environ.get("HOME"))


@functools.lru_cache(maxsize=8)
def _cache_file_for(xdg_cache: str | None, home: str | None) -> Path | None:
    try:
        from briefing.paths import cache_dir

        path = cache_dir() / f"romanised-{_model_version()}-{_CACHE_VERSION}.tsv"
        path.parent.mkdir(parents=True, exist_ok=True)
        return path
    except Exception:  # noqa: BLE001 - the cache is only an optimisation
        return None


def _known(path: Path) -> dict[str, str]:
    """Words romanised by earlier runs: 'thai<TAB>latin' lines; bad lines are skipped."""
    if path not in _disk:
        known: dict[str, str] = {}
        try:
            for line in path.read_text(encoding="utf-8").splitlines():
                thai, sep, latin = line.partition("\t")
                if sep and thai and _LATIN_CACHED.match(latin):
                    known[thai] = latin
        except (OSError, UnicodeDecodeError):
            pass
        _disk[path] = known
    return _disk[path]


def _remember(path: Path, word: str, latin: str) -> None:
    _known(path)[word] = latin
    try:
        with path.open("a", encoding="utf-8") as handle:  # one short line: appends do not interleave
            handle.write(f"{word}\t{latin}\n")
    except OSError:
        pass


_LATIN_CACHED = re.compile(r"^[A-Za-z' -]*$")


@functools.lru_cache(maxsize=20000)
def romanise_word(word: str) -> str:
    """One Thai word, title-cased ('จันทรรวงทอง' -> 'Chanthanruangthong')."""
    if not _THAI.search(word):
        return word
    path = _cache_file() if "\t" not in word and "\n" not in word else None
    if path is not None and word in _known(path):
        return _known(path)[word]
    latin = _model_romanise(word)
    if path is not None and latin:  # a failed model run is not remembered
        _remember(path, word, latin)
    return latin


def _model_romanise(word: str) -> str:
    try:
        from pythainlp.transliterate import romanize

        latin = romanize(word, engine="thai2rom_onnx")
    except Exception:  # noqa: BLE001 - a missing model must not stop the analysis
        latin = ""
    if not latin or not _LATIN_OK.match(latin):
        try:
            from pythainlp.transliterate import romanize

            latin = romanize(word, engine="royin")
        except Exception:  # noqa: BLE001
            latin = ""
    latin = re.sub(r"[^A-Za-z' -]", "", latin)
    return latin[:1].upper() + latin[1:] if latin else ""


@functools.lru_cache(maxsize=1)
def _loanwords() -> dict[str, str]:
    from briefing.thai.gazetteer import data_toml

    data = data_toml("loanwords.toml")
    return dict(data["words"])


@functools.lru_cache(maxsize=4096)
def loanword_english(part: str) -> str | None:
    """A name part made wholly of English words written in Thai (แกรนด์บอลรูม, การ์เด้นส์), in English ("Grand
    Ballroom", "Gardens"); None when any of it is not such a word (the fewest words that cover it)."""
    found = fewest_pieces(part, _loanwords().get, 2)
    return " ".join(found) if found else None


@functools.lru_cache(maxsize=1)
def _letter_names() -> dict[str, str]:
    from briefing.thai.gazetteer import data_toml

    data = data_toml("loanwords.toml")
    return dict(data["letters"])


@functools.lru_cache(maxsize=4096)
def letters_english(part: str) -> str | None:
    """A name part spelt in the Thai names of Latin letters (พีทีที, แอลเอ็นจี, ไอที), as the letters ("PTT", "LNG",
    "IT"): two or more letters, or one when `part` is one letter's name (the caller joins a run of those)."""
    found = fewest_pieces(part, _letter_names().get)
    return "".join(found) if found else None


def _brand_then_loanwords(part: str) -> tuple[str, str] | None:
    """A name glued to English words written in Thai after it (รามาการ์เด้นส์: รามา + 'Gardens'): the name and the
    English, when the words after it (four letters or more, not an article) cover the rest of the part."""
    for cut in range(2, len(part) - 3):
        rest = part[cut:]
        if rest.startswith(("ดิ", "เดอะ")) or not _THAI.fullmatch(part[:cut]):
            continue
        english = loanword_english(rest)
        if english is not None:
            return part[:cut], english
    return None


def romanise(text: str, split_long: bool = True) -> str:
    """A phrase word by word (split on spaces); Latin parts are kept as written.

    The model garbles long inputs ('ศูนย์ดิจิทัลชุมชนบ้านบ่อลูกรัง' -> 'Sundithanchu'), so a long
    run of Thai is split into newmm words first when `split_long` (names of places, not people). In those
    names a part made of English words written in Thai (loanwords.toml: การ์เด้นส์, แกรนด์บอลรูม) is given in
    English.
    """
    out: list[str] = []
    parts = text.translate(_THAI_DIGITS).split()  # อาคาร ๒: 'Building 2', not the model's reading of ๒
    letters = [letters_english(p) if split_long and _THAI.search(p) else None for p in parts]
    for i, part in enumerate(parts):
        spelt = letters[i]
        if spelt is not None and len(spelt) == 1:  # เอส เอฟ คอร์ปอเรชั่น: 'SF', a run of single letters; ดี alone is Thai
            run = (i > 0 and letters[i - 1] is not None and len(letters[i - 1] or "") == 1) or (
                i + 1 < len(parts) and letters[i + 1] is not None and len(letters[i + 1] or "") == 1)
            spelt = spelt if run else None
        if spelt is not None:
            if i > 0 and letters[i - 1] is not None and len(letters[i - 1] or "") == 1 and len(spelt) == 1 and out:
                out[-1] += spelt
            else:
                out.append(spelt)
            continue
        loan = loanword_english(part) if split_long and _THAI.search(part) else None
        brand = _brand_then_loanwords(part) if split_long and loan is None and _THAI.search(part) else None
        if loan is not None:
            out.append(loan)
        elif brand is not None:
            out.append(romanise(brand[0]))
            out.append(brand[1])
        elif not _THAI.search(part):
            out.append(part)
        elif split_long and len(part) > _LONG:
            from briefing.thai.scan import words

            out.extend(romanise_word(w) for w in words(part))
        else:
            out.append(romanise_word(part))
    return " ".join(w for w in out if w)


def person_english(name: str, spellings: dict[str, str]) -> str:
    """A person's name in English: the accepted spelling when the glossary lists it."""
    key = " ".join(name.split())
    if key in spellings:
        return spellings[key]
    if "-" not in key:
        return romanise(key, split_long=False)
    # โธมัส-กรีนฟิลด์: each part of a hyphened (often foreign) name on its own, the hyphen kept ("Thomat-Krinfin",
    # not the model's "Thomat krinfin" for the whole)
    return " ".join("-".join(romanise(p, split_long=False) for p in part.split("-") if p) if _THAI.search(part) else part
                    for part in key.split())


# The generic words Thai place names are built from, in their RTGS form: a village, a stream, a hill ... written
# before its proper part (บ้านคลองลึก 'Ban Khlong Luek', not 'Bankhlongluek'). The Royal Institute's romanisation
# writes each such word apart (as DOPA's district names do: Bang Yai, Nong Bua, Dan Sai, Huai Yot).
# Not สระ: a pond, but วัดสระเกศ is accepted as Wat Saket, not Wat Sa Ket.
_PLACE_WORDS = {
    "บ้าน": "Ban", "บาง": "Bang", "หนอง": "Nong", "คลอง": "Khlong", "ห้วย": "Huai", "วัง": "Wang", "ท่า": "Tha",
    "แม่": "Mae", "ด่าน": "Dan", "หาด": "Hat", "แหลม": "Laem", "เกาะ": "Ko", "โคก": "Khok", "ทุ่ง": "Thung",
    "ดอน": "Don", "บ่อ": "Bo", "เขา": "Khao", "ดอย": "Doi", "โป่ง": "Pong", "ป่า": "Pa", "กุด": "Kut", "โนน": "Non",
    "หัว": "Hua", "ปาก": "Pak", "บึง": "Bueng", "ถ้ำ": "Tham", "เชียง": "Chiang", "เวียง": "Wiang", "นา": "Na",
    "น้ำ": "Nam", "ลำ": "Lam", "แก่ง": "Kaeng", "ดง": "Dong", "ตลาด": "Talat", "สวน": "Suan",
    "ไร่": "Rai", "คุ้ง": "Khung", "อ่าว": "Ao", "ภู": "Phu", "ทับ": "Thap", "เมือง": "Mueang", "วัด": "Wat",
}
_VILLAGE_NUMBER = re.compile(r"หมู่(?:ที่)?\s*(\d+)")


def _place_word(part: str) -> list[str] | None:
    """A name part that starts with a generic place word newmm reads as a word of its own, in RTGS pieces:
    หนองอาบช้าง -> ['Nong', 'Ap Chang'], ด่านชายแดนบ้านฮวก -> ['Dan', 'Chaidaen', 'Ban', 'Huak']; None when it does
    not start with one. The words between two generic ones are read apart when all are dictionary words (อาบช้าง),
    else as one name."""
    from briefing.thai.scan import dictionary, words

    pieces = words(part)
    if len(pieces) < 2 or pieces[0] not in _PLACE_WORDS:
        return None
    known = dictionary()
    out: list[str] = []
    run: list[str] = []

    def close() -> None:
        if 1 < len(run) <= 3 and all(len(p) >= 2 and p in known for p in run):
            out.append(" ".join(romanise_word(p) for p in run))
        elif run:
            out.append(romanise("".join(run)))
        run.clear()

    for piece in pieces:
        if piece in _PLACE_WORDS:
            close()
            out.append(_PLACE_WORDS[piece])
        else:
            run.append(piece)
    close()
    return out


_VILLAGE_SHORT = re.compile(r"^บ\.[ \t]?(?=[\u0e01-\u0e4e])")


def romanise_place(text: str) -> str:
    """A place's proper name as the Royal Institute writes place names: its generic words apart (บ้านหนองจาน
    'Ban Nong Chan', อ่างเก็บน้ำห้วยโป่งจ้อ's name 'Huai Pong Cho'), a village number as addresses write it in
    English (หมู่ที่ 18 'Moo 18'); any other part as `romanise` gives it (a foreign name is not cut into Thai words:
    กัวดาลาฮาร่า stays whole)."""
    text = _VILLAGE_NUMBER.sub(lambda m: f" Moo {m.group(1)} ", text)
    text = _VILLAGE_SHORT.sub("บ้าน", text)  # บ.โป่งอาง, a village's short form: 'Ban Pong Ang', not 'Bopong-ang'
    out: list[str] = []
    for part in text.split():
        pieces = _place_word(part) if _THAI.fullmatch(part) else None
        out.append(" ".join(p for p in pieces if p) if pieces is not None else romanise(part))
    return " ".join(w for w in out if w)
