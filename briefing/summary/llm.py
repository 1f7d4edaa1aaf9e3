"""The optional LLM brief: any OpenAI-compatible server (Ollama, llama.cpp, vLLM, a hosted API).

The prompt carries the release and the facts the analyzer found; the answer is checked against those
facts (`check.check_against`) before it is used, because a model that states a number the release
does not is worse than no model. Every failure (no server, timeout, HTTP error, malformed answer) is
an `LLMError` with a one-line reason, which `briefing.summary.summarise` turns into the offline brief
plus a note.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from briefing.config import SummaryConfig
from briefing.model import Analysis, Release
from briefing.printable import one_line, strip_controls
from briefing.summary.check import check_against
from briefing.summary.english import iso_to_english, no_thai
from briefing.summary.facts import key_figures, people_of
from briefing.summary.headline import GIST_WORDS

PROMPT_VERSION = "2"
"""Bump when the prompt changes: cached LLM briefs are keyed by it and are remade."""

MAX_RELEASE_CHARS = 12000
"""The release text sent is cut here so a long release still fits a small model's context."""

MAX_RESPONSE_BYTES = 256 * 1024
"""The most of an answer read: a brief is about 1 KB; a server sending more is broken or hostile,
and reading it all (one test server sent 2 GB) would take the memory of the machine."""

SYSTEM_PROMPT = """You summarise Thai government press releases in English for a reader's notes.
Write plain text, no markdown, in two parts:
1. One line: a gist of at most {gist} words saying who did what, with the lead figure.
2. A blank line, then a brief of at most {words} words: what happened and who (people with their roles),
when and where, the key figures with what they measure, and the organisations involved.
Rules:
- English only. Never write Thai script; write Thai names in Latin letters as the FACTS give them.
- Use only numbers that appear in FACTS, written as FACTS write them (for example "2.4 billion baht",
  "7.5%", "3 March 2024"). Write ordinals as words ("second", not "2nd"). Write no other digits.
- State only what the release says."""


class LLMError(Exception):
    """The LLM could not give an answer; str(error) is a one-line reason for the user."""


def facts_text(analysis: Analysis) -> str:
    """The extracted facts in English, as the prompt lists them for the model to use verbatim."""
    lines = ["Figures:"]
    figures, _ = key_figures(analysis)
    for f in figures:
        what = f" ({f.measure})" if f.measure else ""
        lines.append(f"- {f.english}{what}")
    lines.append("Dates:")
    seen: set[str] = set()
    for d in analysis.dates:
        english = iso_to_english(d.iso) if d.iso else ""
        if english and english not in seen:
            seen.add(english)
            lines.append(f"- {english}")
    lines.append("People:")
    for p in people_of(analysis):
        lines.append(f"- {p.name}, {p.role}" if p.role else f"- {p.name}")
    for kind, label in (("organisation", "Organisations:"), ("place", "Places:")):
        lines.append(label)
        names: list[str] = []
        for e in analysis.entities:
            name = no_thai(e.english or "") if e.type == kind else ""
            if name and name not in names:
                names.append(name)
        lines.extend(f"- {n}" for n in names)
    return "\n".join(lines)


def build_messages(release: Release, analysis: Analysis, max_words: int) -> list[dict[str, str]]:
    """The chat messages for one release (PROMPT_VERSION names this wording)."""
    body = analysis.body[:MAX_RELEASE_CHARS]
    user = f"FACTS\n{facts_text(analysis)}\n\nRELEASE (Thai)\nTitle: {analysis.title}\n\n{body}"
    return [
        {"role": "system", "content": SYSTEM_PROMPT.format(gist=GIST_WORDS, words=max_words)},
        {"role": "user", "content": user},
    ]


def _request(release: Release, analysis: Analysis, config: SummaryConfig, stream: bool) -> tuple[str, dict[str, str],
                                                                                         dict[str, Any]]:
    url = config.base_url.rstrip("/") + "/chat/completions"
    headers = _request_headers(config)
    payload = {
        "model": config.model,
        "messages": build_messages(release, analysis, config.max_words),
        "temperature": 0.2,
        "stream": stream,
    }
    return url, headers, payload


def _request_headers(config: SummaryConfig) -> dict[str, str]:
    """JSON content type, and the API key from the environment variable the config names, if set."""
    headers = {"Content-Type": "application/json"}
    key = os.environ.get(config.api_key_env or "", "")
    if key:
        headers["Authorization"] = f"Bearer {key}"
    return headers


def _content(data: Any, delta: bool) -> str:
    """The text of one chat-completions object (a whole answer, or one streamed delta)."""
    if not isinstance(data, dict):
        raise LLMError("the server's answer is not a chat-completions object")
    if "error" in data:
        error = data["error"]
        message = error.get("message") if isinstance(error, dict) else error
        raise LLMError(f"the server reported an error: {one_line(str(message))[:200]}")
    try:
        choice = data["choices"][0]
        part = choice["delta"] if delta else choice["message"]
        text = part.get("content") or ""
    except (KeyError, IndexError, TypeError, AttributeError):
        if delta and isinstance(data.get("choices"), list) and not data["choices"]:
            return ""
        raise LLMError("the server's answer is not a chat-completions object") from None
    if not isinstance(text, str):
        raise LLMError("the server's answer is not a chat-completions object")
    return text


def _status_error(url: str, status: int, body: bytes) -> LLMError:
    detail = ""
    try:
        error = json.loads(body).get("error")
        detail = error.get("message", "") if isinstance(error, dict) else str(error or "")
    except (ValueError, AttributeError):
        detail = ""
    detail = one_line(detail)[:160]
    return LLMError(f"{url} answered HTTP {status}" + (f": {detail}" if detail else ""))


@contextmanager
def _http_errors(url: str, timeout_s: float) -> Iterator[None]:
    """Turn httpx's failures into one-line LLMErrors a user can act on."""
    import httpx

    try:
        yield
    except httpx.TimeoutException:
        raise LLMError(f"{url} did not answer within {timeout_s:g} s") from None
    except httpx.ConnectError:
        raise LLMError(f"cannot connect to {url}; is the server running?") from None
    except httpx.HTTPError as error:
        raise LLMError(f"request to {url} failed: {one_line(str(error)) or type(error).__name__}") from None


class _Budget:
    """The limits on one answer: at most MAX_RESPONSE_BYTES, all of it within `timeout_s`.

    httpx's timeout applies to each read, so a server that trickles a byte a second would hold a
    3 s timeout for as long as it likes; the deadline is checked after every piece that arrives.
    """

    def __init__(self, url: str, timeout_s: float) -> None:
        self.url = url
        self.timeout_s = timeout_s
        self.deadline = time.monotonic() + timeout_s
        self.read = 0

    def take(self, chunks: Iterator[bytes]) -> Iterator[bytes]:
        for chunk in chunks:
            self.read += len(chunk)
            if self.read > MAX_RESPONSE_BYTES:
                raise LLMError(f"{self.url} sent more than {MAX_RESPONSE_BYTES // 1024} KB; that is no brief")
            if time.monotonic() > self.deadline:
                raise LLMError(f"{self.url} did not finish its answer within {self.timeout_s:g} s")
            yield chunk

    def body(self, response: Any) -> bytes:
        return b"".join(self.take(response.iter_bytes()))

    def lines(self, response: Any) -> Iterator[str]:
        """The response's lines as text, split here so no line can grow past the budget."""
        pending = b""
        for chunk in self.take(response.iter_bytes()):
            pending += chunk
            *complete, pending = pending.split(b"\n")
            for line in complete:
                yield line.rstrip(b"\r").decode("utf-8", errors="replace")
        if pending:
            yield pending.decode("utf-8", errors="replace")


def _client(timeout_s: float) -> Any:
    import httpx

    return httpx.Client(timeout=httpx.Timeout(timeout_s))


def stream_brief(release: Release, analysis: Analysis, config: SummaryConfig) -> Iterator[str]:
    """Ask the server for a brief and yield the text as it arrives.

    Streams when the server answers with server-sent events ("data: {...}" ... "data: [DONE]"); a
    server that ignores `stream` and sends one JSON answer gives one chunk. Raises LLMError.
    """
    url, headers, payload = _request(release, analysis, config, stream=True)
    budget = _Budget(url, config.timeout_s)
    with _http_errors(url, config.timeout_s), _client(config.timeout_s) as client, \
            client.stream("POST", url, headers=headers, json=payload) as response:
        if response.status_code >= 400:
            raise _status_error(url, response.status_code, budget.body(response))
        if "text/event-stream" not in response.headers.get("content-type", ""):
            yield _content(_json(budget.body(response)), delta=False)
            return
        for line in budget.lines(response):
            if not line.startswith("data:"):
                continue
            data = line[5:].strip()
            if data == "[DONE]":
                return
            chunk = _content(_json(data.encode("utf-8")), delta=True)
            if chunk:
                yield chunk


def complete_brief(release: Release, analysis: Analysis, config: SummaryConfig) -> str:
    """Ask the server for a brief without streaming and return its whole text. Raises LLMError."""
    url, headers, payload = _request(release, analysis, config, stream=False)
    budget = _Budget(url, config.timeout_s)
    with _http_errors(url, config.timeout_s), _client(config.timeout_s) as client, \
            client.stream("POST", url, headers=headers, json=payload) as response:
        body = budget.body(response)
        status = response.status_code
    if status >= 400:
        raise _status_error(url, status, body)
    return _content(_json(body), delta=False)


def _json(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        raise LLMError("the server's answer is not valid JSON") from None


def split_answer(text: str) -> tuple[str, str]:
    """(gist, brief) from the model's text: the first line, then the rest after a blank line.

    Labels a model adds anyway ("Gist:", "**Brief:**", numbering "1." "2.") are taken off, and so are
    control characters: an answer with ESC c or ESC[H in it must not clear a terminal it is printed on.
    """
    import re

    def clean(part: str) -> str:
        part = re.sub(r"^\s*(?:\d\.\s*)?(?:\*\*)?\s*(?:gist|brief|summary)\s*:?\s*(?:\*\*)?\s*:?\s*", "", part,
                      flags=re.IGNORECASE)
        return " ".join(part.replace("**", "").split())

    text = text.strip()
    if not strip_controls(text).strip():
        raise LLMError("the server's answer was empty")
    head, _, rest = text.partition("\n")
    gist, brief = clean(strip_controls(head)), clean(strip_controls(rest))
    if not gist:
        raise LLMError("the answer has no gist line")
    if not brief:
        raise LLMError("the answer has no brief after the gist line")
    return gist, brief


def answer_problems(gist: str, brief: str, analysis: Analysis, max_words: int) -> list[str]:
    """Why an answer may not be shown: the checks of `check.check_against` on both parts."""
    problems = [f"gist: {p}" for p in check_against(gist, analysis, GIST_WORDS)]
    problems += [f"brief: {p}" for p in check_against(brief, analysis, max_words)]
    return problems
