"""Release -> Analysis -> gist, with the store as cache. Plain functions run inside thread workers.

Imports of the Thai analyzer and the summary code happen here, inside the calls, so that opening the
app does not pay for PyThaiNLP before the list is on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.model import Analysis, Release

if TYPE_CHECKING:
    from briefing.config import Config
    from briefing.store import Store

GIST_WORDS = 20


def analysis_for(store: Store, release: Release) -> Analysis:
    """The cached analysis of this analyzer version, or a fresh one saved for next time."""
    if release.language == "en":  # the site's English pages: their own text, no Thai analysis
        from briefing.sources.page import english_analysis

        return english_analysis(release)
    from briefing.thai import ANALYZER_VERSION, analyze

    assert release.id is not None
    cached = store.analysis(release.id, ANALYZER_VERSION)
    if cached is not None:
        return cached
    analysis = analyze(release)
    store.save_analysis(release.id, analysis)
    return analysis


def word_breaks_for(text: str) -> list[int]:
    """Offsets between Thai words (PyThaiNLP newmm), where the reader may break a line."""
    from pythainlp.tokenize import word_tokenize

    from briefing.tui.layout import word_breaks

    tokens = word_tokenize(text, engine="newmm", keep_whitespace=True)
    return word_breaks(tokens) if "".join(tokens) == text else []


def gist_key() -> str:
    """The summary cache key of the gists `gist_for` makes (the offline brief's, which names the
    analyzer version), saved with each gist so a newer analyzer or offline brief remakes them."""
    from briefing.config import SummaryConfig
    from briefing.summary import cache_key

    return cache_key(SummaryConfig())


def current_gist_keys(config: Config) -> set[str]:
    """Keys whose gists the list keeps: the offline one, and the configured LLM's (an LLM brief's gist
    becomes the list's when the list had none; it goes stale when the model or prompt changes)."""
    from briefing.summary import cache_key

    return {gist_key(), cache_key(config)}


def gist_for(release: Release, analysis: Analysis) -> str:
    """The offline summary's gist; until that module exists, the lead names and figure in English."""
    try:
        from briefing.summary.offline import make_brief
    except ImportError:
        return fallback_gist(analysis)
    return make_brief(release, analysis).gist


def fallback_gist(analysis: Analysis) -> str:
    """Who and how much, in English: the first person, organisation and figure that have English forms."""
    parts: list[str] = []
    for kind in ("person", "organisation"):
        for entity in analysis.entities:
            if entity.type == kind and entity.english:
                parts.append(f"{entity.english}, {entity.role_english}" if entity.role_english else entity.english)
                break
    figures = [f.english for f in analysis.figures if f.english][:2]
    parts.extend(figures)
    words = "; ".join(parts).split()
    return " ".join(words[:GIST_WORDS])
