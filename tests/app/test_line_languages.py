"""A line's languages: a catalog line carries both names and both units whatever the
station's language (from the catalog when a station sends only one, or none), a hand-typed
line keeps exactly what was typed, and :func:`app.domain.units.line_text` /
:func:`~app.domain.units.line_unit` pick the words of a language (with the unit table for
hand-typed units)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.domain.enums import ApprovalMethod, LineKind
from app.domain.enums import OrderState as S
from app.domain.errors import ValidationErrors
from app.domain.units import UNITS, UNITS_ZH, line_text, line_unit, unit_text
from app.services import catalog, intake, lines, queries
from app.services.inputs import LineInput
from tests.app._support import order_in
from tests.factories import new_order, vehicle

OIL_FILTER = ("机油滤清器", "Oil filter", "个", "pc")


def _filter(ctx):
    return catalog.search_catalog(ctx, "P-OILFLT")[0]


def _words(line):
    return (line.description, line.description_en, line.unit, line.unit_en)


# --- the core's choice of words ------------------------------------------------------------


@pytest.mark.parametrize(
    ("zh", "en", "lang", "shown"),
    [
        ("机油滤清器", "Oil filter", "zh_CN", "机油滤清器"),
        ("机油滤清器", "Oil filter", "en", "Oil filter"),
        ("清洗节气门", None, "en", "清洗节气门"),  # typed by hand: as typed
        ("Clean the throttle", None, "zh_CN", "Clean the throttle"),
        ("", "Oil filter", "zh_CN", "Oil filter"),  # the other name when one is missing
    ],
)
def test_line_text_picks_the_language_and_falls_back(zh, en, lang, shown):
    line = LineInput(LineKind.PART, zh, description_en=en)
    assert line_text(line, lang) == shown


@pytest.mark.parametrize(
    ("unit", "unit_en", "zh", "en"),
    [
        ("副", "pair", "副", "pair"),  # a catalog line: its own two units
        ("件", None, "件", "pc"),  # typed by hand: translated on English screens
        ("升", None, "升", "L"),
        ("个", None, "个", "pc"),
        ("小时", None, "小时", "h"),
        ("次", None, "次", "time"),
        ("套", None, "套", "set"),
        ("pc", None, "件", "pc"),  # typed in English at an English station
        ("h", "h", "小时", "h"),  # the reference catalog's hours
        ("盘", None, "盘", "盘"),  # not in the table: as typed
        (None, None, "", ""),
    ],
)
def test_units_in_both_languages(unit, unit_en, zh, en):
    assert unit_text(unit, unit_en, "zh_CN") == zh
    assert unit_text(unit, unit_en, "en") == en
    line = LineInput(LineKind.PART, "x", unit=unit, unit_en=unit_en)
    assert (line_unit(line, "zh_CN"), line_unit(line, "en")) == (zh, en)


def test_the_unit_table_goes_both_ways():
    for zh, en in UNITS.items():
        assert en and en.isascii() and not zh.isascii()
        assert UNITS[UNITS_ZH[en.lower()]] == en  # back to a Chinese word with that meaning


# --- what is stored ------------------------------------------------------------------------


def test_a_catalog_line_carries_both_languages_whatever_the_station(ctx, tech):
    item = _filter(ctx)
    line = catalog.line_from_catalog(item)
    assert _words(line) == OIL_FILTER
    d = order_in(ctx, tech, S.OPEN)
    d = lines.add_lines(ctx, d.id, [line], version=d.version)
    assert _words(d.lines[-1]) == OIL_FILTER
    d = queries.get_order(ctx, d.id)
    assert _words(d.lines[-1]) == OIL_FILTER


@pytest.mark.parametrize(
    "sent",
    [
        # what a station that sent only the words it showed (or an outbox entry kept from
        # before both were sent) hands over: the English name and unit, or the Chinese
        {"description": "Oil filter", "unit": "pc"},
        {"description": "机油滤清器", "unit": "个"},
        {"description": "机油滤清器"},
        {"description": ""},  # no name at all: the catalog's
    ],
)
def test_a_catalog_line_sent_with_one_language_gets_the_other_from_the_catalog(ctx, tech, sent):
    item = _filter(ctx)
    d = order_in(ctx, tech, S.IN_PROGRESS)
    d = lines.propose_extra_work(
        tech,
        d.id,
        [
            LineInput(
                LineKind.PART, quantity="1", unit_price="68.00", catalog_item_id=item.id, **sent
            )
        ],
    )
    assert _words(d.lines[-1]) == OIL_FILTER


def test_intake_lines_and_recommendations_carry_both(ctx, tech):
    item = _filter(ctx)
    english = LineInput(
        LineKind.PART, "Oil filter", "1", "68.00", unit="pc", catalog_item_id=item.id
    )
    d = new_order(ctx, asset=vehicle(plate="粤B55501", vin=None), lines=[english])
    assert _words(d.lines[0]) == OIL_FILTER
    d = lines.decide_extra_work(
        ctx, d.id, [d.lines[0].id], approve=False, method=ApprovalMethod.PHONE
    )
    (rec,) = intake.declined_recommendations(ctx, d.asset.id)
    assert (rec.description, rec.description_en, rec.unit, rec.unit_en) == OIL_FILTER


def test_a_hand_typed_line_keeps_exactly_what_was_typed(ctx, tech):
    d = order_in(ctx, tech, S.OPEN)
    typed = [
        LineInput(LineKind.LABOR, "清洗节气门", "1", "120.00", unit="次"),
        LineInput(LineKind.SUNDRY, "Shop supplies", "1", "15.00", unit="set"),
        # a catalog item's name typed over: the advisor's words, no English twin
        LineInput(LineKind.PART, "机滤（副厂）", "1", "68.00", catalog_item_id=_filter(ctx).id),
    ]
    with pytest.raises(ValidationErrors):  # only a catalog line may come without a name
        lines.add_lines(ctx, d.id, [LineInput(LineKind.PART, "  ")], version=d.version)
    d = lines.add_lines(ctx, d.id, typed, version=d.version)
    got = [_words(l) for l in d.lines[-3:]]
    assert got == [
        ("清洗节气门", None, "次", None),
        ("Shop supplies", None, "set", None),
        ("机滤（副厂）", None, "个", "pc"),  # the unit is still the item's
    ]


def test_changing_a_catalog_line_keeps_both_names(ctx, tech):
    item = _filter(ctx)
    d = order_in(ctx, tech, S.OPEN)
    d = lines.add_lines(ctx, d.id, [catalog.line_from_catalog(item)], version=d.version)
    line = d.lines[-1]
    # an English station changes the quantity, sending the name it shows
    change = LineInput(
        LineKind.PART, "Oil filter", "2", "68.00", unit="pc", catalog_item_id=item.id
    )
    d = lines.update_line(ctx, d.id, line.id, change, version=d.version)
    changed = next(l for l in d.lines if l.id == line.id)
    assert (_words(changed), changed.quantity) == (OIL_FILTER, Decimal("2.000"))
    # renamed by hand: what was typed, no English twin
    change.description = "机油滤清器（加强型）"
    d = lines.update_line(ctx, d.id, line.id, change, version=d.version)
    changed = next(l for l in d.lines if l.id == line.id)
    assert (changed.description, changed.description_en) == ("机油滤清器（加强型）", None)


def test_pending_extra_work_carries_both_names(ctx, tech):
    item = _filter(ctx)
    d = order_in(ctx, tech, S.IN_PROGRESS)
    lines.propose_extra_work(tech, d.id, [catalog.line_from_catalog(item)])
    pending = [p for p in queries.pending_extra_work(ctx) if p.order_id == d.id]
    assert [(p.description, p.description_en) for p in pending] == [OIL_FILTER[:2]]
