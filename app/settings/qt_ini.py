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
    """The value's items (one unless an unquoted comma made a list), unescaped."""
    items: list[str] = []
    current: list[str] = []
    quoted = False
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch == '"':
            quoted = not quoted
        elif ch == "\\" and i + 1 < len(raw):
            i += 1
            nxt = raw[i]
            if nxt in _SIMPLE_ESCAPES:
                current.append(_SIMPLE_ESCAPES[nxt])
            elif nxt == "x":
                j = i + 1
                while j < len(raw) and raw[j] in _HEX:
                    j += 1
                current.append(chr(int(raw[i + 1 : j] or "0", 16)))
                i = j - 1
            elif nxt in "01234567":
                j = i
                while j < len(raw) and raw[j] in "01234567":
                    j += 1
                current.append(chr(int(raw[i:j], 8)))
                i = j - 1
            else:
                current.append(nxt)
        elif ch == "," and not quoted:
            items.append("".join(current).strip())
            current = []
        elif ch == ";" and not quoted:
            break  # a comment
        else:
            current.append(ch)
        i += 1
    items.append("".join(current) if quoted else "".join(current).strip())
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
