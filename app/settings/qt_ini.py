"""Reading a ``QSettings`` INI file without Qt: what earlier Workbay versions wrote to
``station.ini`` (read once, by the station store's upgrade).

Qt writes ``group/key`` as ``[group]`` + ``key=``, deeper keys with backslashes, keys
outside any group under ``[General]``; odd key characters as ``%XX``/``%UXXXX``; values
with C-style escapes, in quotes when they hold ``,;=`` or edge spaces, a list when an
unquoted comma separates items, and ``@ByteArray(...)`` for bytes.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

_KEY_ESCAPE = re.compile(r"%U([0-9A-Fa-f]{4})|%([0-9A-Fa-f]{2})")
_SIMPLE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_HEX = "0123456789abcdefABCDEF"


def _unescape_key(key: str) -> str:
    key = key.replace("\\", "/")
    return _KEY_ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), key)


def _split_value(raw: str) -> list[str]:
    """The value's items (one unless an unquoted comma made a list), unescaped; spaces are
    trimmed at the ends of an item unless quoted."""
    items: list[str] = []
    current: list[tuple[str, bool]] = []  # (character, kept as is: quoted or escaped)
    quoted = False

    def finish() -> None:
        while current and not current[0][1] and current[0][0].isspace():
            current.pop(0)
        while current and not current[-1][1] and current[-1][0].isspace():
            current.pop()
        items.append("".join(ch for ch, _ in current))
        current.clear()

    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch == '"':
            quoted = not quoted
        elif ch == "\\" and i + 1 < len(raw):
            i += 1
            nxt = raw[i]
            if nxt in _SIMPLE_ESCAPES:
                current.append((_SIMPLE_ESCAPES[nxt], True))
            elif nxt == "x":
                j = i + 1
                while j < len(raw) and raw[j] in _HEX:
                    j += 1
                current.append((chr(int(raw[i + 1 : j] or "0", 16)), True))
                i = j - 1
            elif nxt in "01234567":
                j = i
                while j < len(raw) and raw[j] in "01234567":
                    j += 1
                current.append((chr(int(raw[i:j], 8)), True))
                i = j - 1
            else:
                current.append((nxt, True))
        elif ch == "," and not quoted:
            finish()
        elif ch == ";" and not quoted:
            break  # a comment
        else:
            current.append((ch, quoted))
        i += 1
    finish()
    return items


def _typed(text: str) -> Any:
    if text.startswith("@ByteArray(") and text.endswith(")"):
        return text[len("@ByteArray(") : -1].encode("latin-1")
    if text.startswith("@@"):
        return text[1:]
    if text.startswith("@Invalid("):
        return None
    if text.startswith("@"):
        return None  # @Variant, @Rect...: nothing Workbay stored
    return text


def read_qt_ini(path: Path) -> dict[str, Any]:
    """Every key of the file (``group/key``) with its value: ``str``, ``bytes``, a list of
    strings, or ``None`` for types Workbay never wrote."""
    result: dict[str, Any] = {}
    section = ""
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.strip()
        if not line or line[0] in ";#":
            continue
        if line.startswith("[") and line.endswith("]"):
            name = _unescape_key(line[1:-1])
            section = "" if name.casefold() == "general" else name
            continue
        key, sep, raw = line.partition("=")
        if not sep:
            continue
        key = _unescape_key(key.strip())
        items = [_typed(x) for x in _split_value(raw.strip())]
        full = f"{section}/{key}" if section else key
        result[full] = items[0] if len(items) == 1 else items
    return result
