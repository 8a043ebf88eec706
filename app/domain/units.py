"""A line's words in a language: its name and its unit, for screens and documents alike.

A catalog line carries both names and both units (``description`` / ``unit`` in Chinese,
``description_en`` / ``unit_en`` in English), whatever the language of the station that
added it; a hand-typed line keeps what was typed (``description_en`` is ``None``). Units
are a small closed vocabulary, so a unit typed by hand in one language is shown in the
other from :data:`UNITS` (件 -> pc on an English screen, pc -> 件 on a Chinese statement);
a unit not in the table stays as typed.
"""

from __future__ import annotations

from typing import Protocol

#: common units (Chinese -> English), as a counter types them; several Chinese counting
#: words share one English word (件/个/只 are all "pc")
UNITS: dict[str, str] = {
    "件": "pc",
    "个": "pc",
    "只": "pc",
    "块": "pc",
    "条": "pc",
    "根": "pc",
    "片": "pc",
    "支": "pc",
    "颗": "pc",
    "张": "sheet",
    "升": "L",
    "毫升": "mL",
    "桶": "can",
    "瓶": "bottle",
    "罐": "can",
    "盒": "box",
    "箱": "box",
    "袋": "bag",
    "卷": "roll",
    "米": "m",
    "千克": "kg",
    "公斤": "kg",
    "克": "g",
    "小时": "h",
    "工时": "h",
    "次": "time",
    "套": "set",
    "组": "set",
    "副": "pair",
    "对": "pair",
    "双": "pair",
    "台": "unit",
    "辆": "vehicle",
}

#: English -> Chinese: the first Chinese word of the table for each English one, and the
#: catalog's own English words ("job" is how the catalog counts a flat job: 次)
UNITS_ZH: dict[str, str] = {
    **{en.lower(): zh for zh, en in reversed(list(UNITS.items()))},
    "job": "次",
    "hr": "小时",
    "hrs": "小时",
    "pcs": "件",
    "piece": "件",
    "pieces": "件",
    "litre": "升",
    "liter": "升",
}


def is_chinese(lang: str) -> bool:
    return lang.startswith("zh")


def unit_text(unit: str | None, unit_en: str | None, lang: str) -> str:
    """The unit to show in ``lang`` ("zh_CN" or "en"): the stored one of that language, else
    the other one translated through the table, else as typed; "" when there is none."""
    unit = (unit or "").strip()
    unit_en = (unit_en or "").strip()
    if is_chinese(lang):
        if unit:
            return UNITS_ZH.get(unit.lower(), unit) if unit.isascii() else unit
        return UNITS_ZH.get(unit_en.lower(), unit_en)
    if unit_en:
        return unit_en
    return UNITS.get(unit, unit)


class Worded(Protocol):
    """Anything with a line's words: an order line, a line being entered, a view of one."""

    @property
    def description(self) -> str: ...
    @property
    def description_en(self) -> str | None: ...


class Counted(Protocol):
    @property
    def unit(self) -> str | None: ...
    @property
    def unit_en(self) -> str | None: ...


def line_text(line: Worded, lang: str) -> str:
    """A line's name in ``lang``: the English name of a catalog line on English screens and
    documents, the Chinese one (``description``) otherwise; the other name when the one
    wanted is missing; a hand-typed line as typed."""
    zh = line.description or ""
    en = line.description_en or ""
    if is_chinese(lang):
        return zh or en
    return en or zh


def line_unit(line: Counted, lang: str) -> str:
    """A line's unit in ``lang`` (see :func:`unit_text`)."""
    return unit_text(line.unit, line.unit_en, lang)
