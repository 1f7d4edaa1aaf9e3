"""Text made safe for a terminal: the one sanitiser every output path uses (CLI, errors, the TUI).

Release titles, file names, LLM answers and server error messages are data from outside. Printed
raw, a control character in them can clear the screen (ESC c), move the cursor (ESC[H), write the
clipboard (OSC 52), open a hyperlink, or flip the text direction (U+202E). Each one is replaced by a
visible stand-in of the same length, so offsets from an Analysis keep pointing at the same characters
and the reader can still see that something was there. Imports nothing of the rest of briefing.
"""

from __future__ import annotations

import functools
import json
import re
from typing import Any

_BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_LINE_SEPARATORS = "\u2028\u2029"

# C0 controls (except newline) become the Unicode "control pictures" (ESC -> ␛, BEL -> ␇),
# DEL and the C1 range (CSI U+009B, OSC U+009D...) become the replacement character, bidi
# controls a visible marker, and the Unicode line separators a plain space.
_TABLE: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20) if code not in (0x09, 0x0A)}
_TABLE[0x09] = " "  # a tab's width depends on the column: one space keeps the layout predictable
_TABLE[0x7F] = "\u2421"
_TABLE.update({code: "\ufffd" for code in range(0x80, 0xA0)})
_TABLE.update({ord(ch): "\u2af6" for ch in _BIDI_CONTROLS})
_TABLE.update({ord(ch): " " for ch in _LINE_SEPARATORS})

_UNSAFE = "[" + "".join(re.escape(chr(code)) for code in sorted(_TABLE)) + "]"
_SEQUENCES = (
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI: cursor moves, clearing, colours
    r"|(?:\x1b[\]P^_X]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC, DCS...: to BEL or ST
    r"|\x1b[ -/]*[0-~]"  # the two-character ones: ESC c (reset), ESC 7, ESC ( B
)
"""Whole escape sequences, so that taking one out leaves none of its parameters behind as text."""
_JSON_UNSAFE = "[\x7f-\x9f" + _BIDI_CONTROLS + _LINE_SEPARATORS + "]"

UNSAFE: re.Pattern[str]
"""Every character `visible` replaces (newline is not one of them); compiled when first used."""


@functools.cache
def _pattern(source: str) -> re.Pattern[str]:
    """The patterns compiled when first used, not at import: the app's list needs none of them before
    its first paint (bench/startup.py), and re's own cache may drop them under the analyser's many."""
    return re.compile(source)


def __getattr__(name: str) -> re.Pattern[str]:
    if name == "UNSAFE":
        return _pattern(_UNSAFE)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def visible(text: str) -> str:
    """The text with every terminal control character replaced one-for-one by a visible glyph."""
    return text.translate(_TABLE)


def one_line(text: str) -> str:
    """Visible text on a single line, for list rows, table cells and one-line messages."""
    return " ".join(visible(text).split())


def strip_controls(text: str) -> str:
    """The text without escape sequences and the characters `visible` would replace (newlines kept,
    tabs made spaces): for text from outside that we keep, such as an LLM's answer."""
    text = _pattern(_SEQUENCES).sub("", text)
    return _pattern(_UNSAFE).sub(lambda m: "" if m.group(0) != "\t" else " ", text)


def json_line(data: Any) -> str:
    """One JSON line with non-ASCII text kept readable but every control character escaped.

    `json.dumps` escapes only U+0000..U+001F; DEL, the C1 controls and the bidi overrides would reach
    the terminal raw. They can only occur inside JSON strings, where `\\uXXXX` is the same character,
    so the data a program reads back is unchanged.
    """
    text = json.dumps(data, ensure_ascii=False)
    return _pattern(_JSON_UNSAFE).sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)
