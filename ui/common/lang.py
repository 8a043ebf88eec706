"""The language the client runs in (set once by ui.shell.i18n at start-up).

Data that comes in both languages from the database (checklist labels, catalog names) is
shown in this one.
"""

from __future__ import annotations

_active = "en"


def set_active(lang: str) -> None:
    global _active
    _active = lang


def active() -> str:
    return _active


def is_chinese() -> bool:
    return _active.startswith("zh")


def pick(zh: str, en: str) -> str:
    return zh if is_chinese() else en
