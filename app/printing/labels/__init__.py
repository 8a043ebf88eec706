"""Printed labels: data, not Qt strings. One dictionary per language (``zh_CN``, ``en``)
with the same keys; ``bilingual`` prints both, Chinese first.

Enum members are looked up as ``"<EnumClass>.<value>"``, e.g. ``"Payer.warranty"``.
"""

from __future__ import annotations

from enum import StrEnum

from app.printing.errors import UnknownDocument
from app.printing.labels.en import EN
from app.printing.labels.legal import LEGAL_EN, LEGAL_ZH
from app.printing.labels.zh_CN import ZH_CN

ZH_CN.update(LEGAL_ZH)  # the legal documents' labels (JT/T 1133 list, certificate, 三包)
EN.update(LEGAL_EN)

LANGS = ("zh_CN", "en", "bilingual")
TABLES = {"zh_CN": ZH_CN, "en": EN}


class Labels:
    """The labels of one print language."""

    def __init__(self, lang: str) -> None:
        if lang not in LANGS:
            raise UnknownDocument("language", lang, LANGS)
        self.lang = lang

    @property
    def bilingual(self) -> bool:
        return self.lang == "bilingual"

    def pick(self, zh: str, en: str, sep: str = " ") -> str:
        """One of two texts by language (both when bilingual, unless equal)."""
        if self.lang == "zh_CN":
            return zh
        if self.lang == "en":
            return en
        return zh if zh == en else f"{zh}{sep}{en}"

    def __call__(self, key: str, sep: str = " ") -> str:
        return self.pick(ZH_CN[key], EN[key], sep)

    def kind_word(self, key: str, kind: str, sep: str = " ") -> str:
        """``key`` in the words of an asset kind: ``key@<kind>`` where the kind has its own
        words (a phone's release slip is not a 车辆放行条), else ``key``."""
        own = f"{key}@{kind}"
        return self(own if own in ZH_CN else key, sep)

    def has(self, key: str) -> bool:
        return key in ZH_CN

    def head(self, key: str) -> str:
        """A table column header: the two languages on two lines when bilingual."""
        return self(key, "\n")

    def enum(self, value: StrEnum, sep: str = " ") -> str:
        return self(f"{type(value).__name__}.{value.value}", sep)

    def paren(self, text: str) -> str:
        """A parenthetical after a label: full-width brackets in Chinese."""
        return f"（{text}）" if self.lang == "zh_CN" else f" ({text})"

    def kv(self, label: str, value: str) -> str:
        """``label: value`` with the colon of the language (full-width in Chinese)."""
        return f"{label}：{value}" if self.lang == "zh_CN" else f"{label}: {value}"

    def yes_no(self, value: bool) -> str:
        return self("yes" if value else "no")
