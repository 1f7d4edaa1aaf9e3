"""A marked passage in English: an LLM rendering of one sentence, checked, cached per sentence and model.

The API the reader, the marks panel and the export call:

- `render_passage(release, analysis, start, end, config, store=None) -> Rendering`: the English of
  `analysis.body[start:end]` (a marked sentence). With `[summary] backend = "openai"` and a model the
  server is asked; the answer is held to the brief's rules (`check.check_against`) against the facts
  *of that passage*: no Thai, at most RENDERING_WORDS words, and every number one of the passage's own
  figures or dates. A good answer is cached in the store (`briefs` table, key
  `sentence_key(config, text)`, empty gist so the list's gist is untouched) and returned with
  `english` set; a failed or rejected answer returns `english=None` and a one-line `note`, and nothing
  is cached, so the next call asks again. Offline (no LLM configured) `english` is None and `facts`
  holds the passage's English names and figures, the line the export writes today.
- `passage_facts(analysis, start, end) -> str`: that offline line alone.
- `cached_rendering(store, release_id, text, config) -> str | None`: a rendering made before, without
  asking anyone (the marks panel and the export, which never wait on a server).

Nothing here imports Textual; httpx is imported only when a server is asked.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from briefing.config import Config, SummaryConfig
from briefing.model import Analysis, Brief, Release
from briefing.summary.check import check_against
from briefing.summary.facts import distinct_names, key_figures

if TYPE_CHECKING:
    from briefing.store import Store

SENTENCE_PROMPT_VERSION = "1"
"""Bump when the sentence prompt changes: cached renderings are keyed by it."""

RENDERING_WORDS = 80
"""Longest rendering of one passage, in words."""

SENTENCE_PROMPT = """You translate one sentence of a Thai government press release into plain English.
Write one or two English sentences, no markdown, at most {words} words.
Rules:
- English only. Never write Thai script; write names in Latin letters as FACTS give them.
- Use only the numbers in FACTS, written as FACTS write them. Write ordinals as words. No other digits.
- Translate; add nothing the sentence does not say."""


@dataclass(slots=True)
class Rendering:
    """A marked passage in English, or why there is none."""

    english: str | None
    """The checked English rendering; None offline or when the server failed or was wrong."""
    facts: str
    """The passage's English names and figures (always there: the export's offline line)."""
    backend: str = "offline"
    note: str | None = None
    """One line for a notification when a configured server failed or its answer was rejected."""


def passage_analysis(analysis: Analysis, start: int, end: int) -> Analysis:
    """The Analysis restricted to one passage of the body: its own names, figures and dates, with
    positions kept (so measures are read from the same words)."""
    def inside(field: str, s: int, e: int) -> bool:
        return field == "body" and start <= s and e <= end

    return replace(analysis,
                   entities=[x for x in analysis.entities if inside(x.field, x.start, x.end)],
                   references=[x for x in analysis.references if inside(x.field, x.start, x.end)],
                   figures=[x for x in analysis.figures if inside(x.field, x.start, x.end)],
                   dates=[x for x in analysis.dates if inside(x.field, x.start, x.end)])


def passage_facts(analysis: Analysis, start: int, end: int) -> str:
    """'Paetongtarn Shinawatra; MDES; a budget of 528.969 million baht': the passage's English names
    and figures, what the export shows when no LLM is configured."""
    part = passage_analysis(analysis, start, end)
    names: list[str] = []
    for kind in ("person", "organisation", "place"):
        names += distinct_names(part.entities, kind, part, limit=4)
    figures = [f.phrase() for f in key_figures(part)[0]]
    return "; ".join(names + figures)


def sentence_key(config: Config | SummaryConfig, text: str) -> str:
    """The store key of a rendering: model, prompt version and a hash of the passage's text."""
    summary = config.summary if isinstance(config, Config) else config
    digest = hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:20]
    return f"sentence:{summary.model}:{SENTENCE_PROMPT_VERSION}:{digest}"


def _facts_prompt(part: Analysis) -> str:
    from briefing.summary.llm import facts_text

    return facts_text(part)


def ask_rendering(text: str, part: Analysis, summary: SummaryConfig) -> str:
    """Ask the configured server for the English of `text`; raises LLMError (one line) on failure."""
    import httpx

    from briefing.summary.llm import _content, _http_errors, _json, _request_headers, _status_error

    url = summary.base_url.rstrip("/") + "/chat/completions"
    payload = {
        "model": summary.model,
        "messages": [
            {"role": "system", "content": SENTENCE_PROMPT.format(words=RENDERING_WORDS)},
            {"role": "user", "content": f"FACTS\n{_facts_prompt(part)}\n\nSENTENCE (Thai)\n{text}"},
        ],
        "temperature": 0.1,
        "stream": False,
    }
    with _http_errors(url, summary.timeout_s), httpx.Client(timeout=httpx.Timeout(summary.timeout_s)) as client:
        response = client.post(url, headers=_request_headers(summary), json=payload)
    if response.status_code >= 400:
        raise _status_error(url, response.status_code, response.content)
    return " ".join(_content(_json(response.content), delta=False).split())


def render_passage(release: Release, analysis: Analysis, start: int, end: int, config: Config | SummaryConfig,
                   store: Store | None = None) -> Rendering:
    """The English of the marked passage `analysis.body[start:end]`, never raising for a failed or
    wrong answer (see the module docstring)."""
    from briefing.summary import use_llm
    from briefing.summary.llm import LLMError

    summary = config.summary if isinstance(config, Config) else config
    text = analysis.body[start:end]
    facts = passage_facts(analysis, start, end)
    if not use_llm(config) or not text.strip():
        return Rendering(english=None, facts=facts)
    key = sentence_key(config, text)
    cacheable = store is not None and release.id is not None
    if cacheable:
        assert store is not None and release.id is not None
        cached = store.brief(release.id, key)
        if cached is not None:
            return Rendering(english=cached.brief, facts=facts, backend=cached.backend)
    part = passage_analysis(analysis, start, end)
    try:
        english = ask_rendering(text, part, summary)
    except LLMError as error:
        return Rendering(english=None, facts=facts, note=f"English rendering not used: {error}")
    problems = check_against(english, part, RENDERING_WORDS) if english else ["the answer was empty"]
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        return Rendering(english=None, facts=facts, note=f"English rendering rejected: {problems[0]}{more}")
    backend = f"openai:{summary.model}"
    if cacheable:
        assert store is not None and release.id is not None
        store.save_brief(release.id, key, Brief(gist="", brief=english, backend=backend))
    return Rendering(english=english, facts=facts, backend=backend)


def cached_rendering(store: Store, release_id: int, text: str, config: Config) -> str | None:
    """The checked English of a passage rendered before under this model and prompt, else None."""
    from briefing.summary import use_llm

    if not use_llm(config) or not text.strip():
        return None
    cached = store.brief(release_id, sentence_key(config, text))
    return cached.brief if cached is not None else None
