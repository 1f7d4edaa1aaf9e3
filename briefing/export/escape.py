"""Make text safe to put in Markdown and YAML: release text and notes are data, never markup.

CommonMark lets any ASCII punctuation be backslash-escaped, so escaping is always safe; we escape
only what could start markup in CommonMark, GFM tables or Obsidian (tags, highlights, comments,
maths, wiki links), so the source stays readable for people who open the file in an editor.
"""

from __future__ import annotations

import re
import unicodedata

# Characters that start markup anywhere in a line (Obsidian: # tags, $ maths, [[links]]).
_ALWAYS = re.compile(r"([\\`*_\[\]<>#|~$&])")
# Doubled characters that are markup in Obsidian: ==highlight==, %%comment%%.
_DOUBLED = re.compile(r"([=%])(?=\1)")
# At the start of a line: list bullets, ordered list numbers, heading underlines and rules.
_LINE_START_BULLET = re.compile(r"^([-+])(?=\s|$)")
_LINE_START_RULE = re.compile(r"^(?=[-=\s]+$)([-=])")
_LINE_START_ORDERED = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")
# Bidi embeddings, overrides and isolates: invisible, and they can reorder what a reader sees.
_BIDI = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), None)


def clean(text: str) -> str:
    """Drop control and bidi characters (keeping newlines); tabs and odd line breaks become plain."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.translate(_BIDI).replace("\t", " ")
    return "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) != "Cc")


# A bare web address as GFM and Obsidian autolink it: after a space, bracket or emphasis character,
# up to the next space, without the punctuation that usually ends a sentence.
_URL = re.compile(r"(?<![\w@./:-])(?:https?://|www\.)[^\s<>]*[^\s<>?!.,:;*_~'\")\]]")
# What still needs a backslash inside a web address: characters that could start markup there.
_URL_ALWAYS = frozenset("\\`*[]<>|$~")
# '&' starts a character reference only as "&name;" or "&#123;": "?a=1&b=2" renders as written.
_URL_ENTITY = re.compile(r"&(?=[A-Za-z][A-Za-z0-9]{0,31};|#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};)")
# '_' between letters or digits can neither open nor close emphasis ("a_b"): left as it is. ('~'
# between letters can still strike through in GFM, so it keeps its backslash.)


def _escape_url(url: str, after: str) -> str:
    """A web address with only the backslashes it needs, so GFM and Obsidian link the right address.

    Escaping it like other text put a backslash into the link itself (`a\\_b`, `\\&`): GitHub and
    Obsidian then point the autolink at an address that does not exist. `after` is the rest of the
    line: "&amp" followed by ";" is still a character reference.
    """
    context = url + after
    references = {m.start() for m in _URL_ENTITY.finditer(context) if m.start() < len(url)}
    out: list[str] = []
    for i, ch in enumerate(url):
        flanked = 0 < i and url[i - 1].isalnum() and i + 1 < len(context) and context[i + 1].isalnum()
        if ch in _URL_ALWAYS or i in references or (ch == "_" and not flanked):
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def _escape_text(text: str) -> str:
    return _ALWAYS.sub(r"\\\1", text)


def escape_line(line: str) -> str:
    """One line of text as Markdown inline content that renders exactly as written."""
    line = line.strip()
    pieces: list[str] = []
    last = 0
    for url in _URL.finditer(line):
        pieces.append(_escape_text(line[last:url.start()]))
        pieces.append(_escape_url(url.group(0), line[url.end():]))
        last = url.end()
    pieces.append(_escape_text(line[last:]))
    line = "".join(pieces)
    line = _DOUBLED.sub(r"\1\\", line)
    line = _LINE_START_BULLET.sub(r"\\\1", line)
    line = _LINE_START_RULE.sub(r"\\\1", line)
    line = _LINE_START_ORDERED.sub(r"\1\\\2", line)
    return line


def escape_inline(text: str) -> str:
    """Text for a single-line place (a heading, a table cell, a list item): newlines become spaces."""
    return escape_line(" ".join(clean(text).split()))


def paragraphs(text: str) -> list[list[str]]:
    """Split text into paragraphs (at blank lines), each a list of its non-blank lines, unescaped."""
    result: list[list[str]] = []
    current: list[str] = []
    for line in clean(text).split("\n"):
        if line.strip():
            current.append(line)
        elif current:
            result.append(current)
            current = []
    if current:
        result.append(current)
    return result


def escape_block(text: str, prefix: str = "", lines_are_paragraphs: bool = False) -> str:
    """Multi-line text as Markdown paragraphs: blank lines separate paragraphs, other line breaks are
    kept as hard breaks (two trailing spaces, which CommonMark and Obsidian both honour).

    `lines_are_paragraphs` makes every line a paragraph: release bodies put one paragraph per line.
    `prefix` is put before every line, e.g. "> " for a block quote.
    """
    paras = paragraphs(text)
    if lines_are_paragraphs:
        paras = [[line] for para in paras for line in para]
    blocks = []
    for para in paras:
        lines = [escape_line(line) for line in para]
        blocks.append("\n".join(prefix + line + ("  " if i < len(lines) - 1 else "")
                                for i, line in enumerate(lines)))
    return f"\n{prefix.rstrip()}\n".join(blocks)


def yaml_string(text: str) -> str:
    """A YAML double-quoted scalar: safe for Thai, colons, quotes, '#', leading dashes and the like."""
    out = ['"']
    for ch in text:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp", "Co") or ch in "\ufffe\uffff":
            out.append(f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)
