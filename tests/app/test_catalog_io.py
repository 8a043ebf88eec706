"""Catalog files in and out: CSV in UTF-8 (with or without BOM) and GBK, Excel .xlsx; the
preview row by row; every bad file refused whole, naming row, column and reason; an export
that imports back unchanged."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.domain.enums import LineKind, Role
from app.domain.errors import AccessDenied, RuleViolation
from app.domain.models import AuditEntry, CatalogItem
from app.services import catalog, people
from app.services.catalog_io import (
    MAX_FILE_BYTES,
    ImportRefused,
    RowError,
    apply_import,
    export_catalog,
    preview_import,
)
from tests.app._support import assert_nothing_written, snapshot

ZH_HEADER = "编码,类别,中文名称,英文名称,单位,英文单位,单价,标准工时,一口价,适用类型,启用,品牌规格"
EN_HEADER = "code,kind,name_zh,name_en,unit_zh,unit_en,price,standard_hours,flat,asset_kinds,active,brand_spec"
GOOD_ZH = [
    "P-PAD,配件,刹车片,Brake pads,副,pair,120.50,,,汽车,是",
    "L-HUB,工时,轮毂轴承更换,Hub bearing replacement,小时,h,180,1.5,否,汽车，电动车,是",
    "L-GLASS,工时,更换屏幕,Screen replacement,次,job,299.00,0.75,是,手机/设备,",
    "S-RAG,辅料,抹布,Cleaning rag,块,pc,2,,,,",
]


@pytest.fixture
def clerk(ctx):
    return people.as_user(ctx, "Chen Jing", Role.PARTS)


def write_csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    ws = book.active
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def catalog_state(db):
    with db.read() as s:
        return [
            (
                i.code,
                i.kind,
                i.name_zh,
                i.name_en,
                i.unit,
                i.unit_en,
                i.unit_price,
                i.standard_hours,
                i.default_quantity,
                i.flat,
                i.asset_kinds,
                i.active,
                i.version,
            )
            for i in s.scalars(select(CatalogItem).order_by(CatalogItem.code))
        ]


def item(db, code):
    with db.read() as s:
        return s.scalars(select(CatalogItem).where(CatalogItem.code == code)).one()


def refused(clerk, db, path) -> list[RowError]:
    """The preview's errors, and proof that applying the file writes nothing."""
    preview = preview_import(clerk, path)
    assert not preview.ok
    before, state = snapshot(db), catalog_state(db)
    with pytest.raises(ImportRefused) as info:
        apply_import(clerk, path)
    assert info.value.errors == preview.errors
    assert_nothing_written(db, before)
    assert catalog_state(db) == state
    return preview.errors


def codes(errors: list[RowError]) -> set[tuple[int, str | None, str]]:
    return {(e.row, e.column, e.code) for e in errors}


# --- good files ----------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_a_chinese_csv_imports_in_utf8_with_or_without_bom_and_in_gbk(
    clerk, db, tmp_path, encoding
):
    path = write_csv(tmp_path / "价目表.csv", [ZH_HEADER, *GOOD_ZH], encoding)
    preview = preview_import(clerk, path)
    assert preview.ok, preview.errors
    assert (preview.format, preview.encoding) == (
        "csv",
        {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "gbk": "gb18030"}[encoding],
    )
    assert [(r.row, r.code, r.status) for r in preview.rows] == [
        (2, "P-PAD", "new"),
        (3, "L-HUB", "new"),
        (4, "L-GLASS", "new"),
        (5, "S-RAG", "new"),
    ]
    result = apply_import(clerk, path)
    assert (result.file_name, result.added, result.updated, result.unchanged) == (
        "价目表.csv",
        4,
        0,
        0,
    )
    pad, hub, glass, rag = (item(db, c) for c in ("P-PAD", "L-HUB", "L-GLASS", "S-RAG"))
    assert (pad.kind, pad.unit, pad.unit_en, pad.unit_price, pad.asset_kinds) == (
        LineKind.PART,
        "副",
        "pair",
        Decimal("120.50"),
        "vehicle",
    )
    assert (hub.standard_hours, hub.default_quantity, hub.flat, hub.asset_kinds) == (
        Decimal("1.5"),
        Decimal("1.5"),
        False,
        "vehicle,ebike",
    )
    assert (glass.flat, glass.default_quantity, glass.asset_kinds, glass.active) == (
        True,
        Decimal("1"),
        "device",
        True,
    )
    assert (rag.kind, rag.asset_kinds, rag.search_text) == (
        LineKind.SUNDRY,
        None,
        "s-rag 抹布 cleaning rag",
    )
    assert catalog.search_catalog(clerk, "轮毂")[0].code == "L-HUB"


def test_an_excel_file_imports_with_english_headers_and_numbers_as_excel_keeps_them(
    clerk, db, tmp_path
):
    path = write_xlsx(
        tmp_path / "parts.xlsx",
        [
            EN_HEADER.split(","),
            [1001, "part", "火花塞", "Spark plug", "个", "pc", 45.5, None, None, "vehicle", True],
            ["L-TUNE", "labor", "调校", "Tune-up", "h", "h", 200, 2, False, None, None],
            [None] * 11,  # Excel keeps formatted empty rows at the end
        ],
    )
    preview = preview_import(clerk, path)
    assert preview.ok, preview.errors
    assert (preview.format, preview.encoding) == ("xlsx", None)
    apply_import(clerk, path)
    plug, tune = item(db, "1001"), item(db, "L-TUNE")
    assert (plug.unit_price, plug.active, plug.name_zh) == (Decimal("45.50"), True, "火花塞")
    assert (tune.standard_hours, tune.unit_price, tune.asset_kinds) == (
        Decimal("2"),
        Decimal("200"),
        None,
    )


def test_the_preview_tells_new_changed_with_fields_and_unchanged_and_apply_writes_only_those(
    clerk, db, tmp_path
):
    apply_import(clerk, write_csv(tmp_path / "a.csv", [ZH_HEADER, *GOOD_ZH]))
    untouched = item(db, "L-OIL")
    lines = [
        ZH_HEADER,
        GOOD_ZH[0].replace("120.50", "125.00"),  # price up
        GOOD_ZH[1],  # as it is
        GOOD_ZH[2].replace("手机/设备", "设备").replace(",是,手机", ",否,手机"),  # same kind word
        "P-NEW,配件,新配件,New part,个,pc,9.9,,,,",
    ]
    lines[3] = GOOD_ZH[2].replace("更换屏幕", "更换屏幕总成").replace(",次,", ",件,")
    path = write_csv(tmp_path / "b.csv", lines)
    preview = preview_import(clerk, path)
    assert preview.ok, preview.errors
    by_code = {r.code: r for r in preview.rows}
    assert by_code["P-PAD"].status == "changed"
    assert by_code["P-PAD"].changes == {"price": ("120.50", "125.00")}
    assert by_code["L-HUB"].status == "unchanged"
    assert by_code["L-GLASS"].changes == {
        "name_zh": ("更换屏幕", "更换屏幕总成"),
        "unit_zh": ("次", "件"),
    }
    assert by_code["P-NEW"].status == "new"
    assert (preview.count("new"), preview.count("changed"), preview.count("unchanged")) == (1, 2, 1)

    versions = {c: item(db, c).version for c in ("P-PAD", "L-HUB", "L-GLASS")}
    seen = []
    db.feed.subscribe(seen.extend)
    result = apply_import(clerk, path)
    assert (result.added, result.updated, result.unchanged) == (1, 2, 1)
    assert item(db, "P-PAD").version == versions["P-PAD"] + 1
    assert item(db, "L-GLASS").version == versions["L-GLASS"] + 1
    assert item(db, "L-HUB").version == versions["L-HUB"]
    assert item(db, "P-PAD").unit_price == Decimal("125.00")
    assert item(db, "L-OIL").version == untouched.version  # not in the file: left alone
    assert [(c.entity, c.action) for c in seen] == [("catalog", "import")]
    with db.read() as s:
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "catalog.import").order_by(AuditEntry.id)
        ).all()
    assert len(entries) == 2  # one per file, not one per row
    assert entries[-1].summary == "b.csv: 1 new, 2 changed, 1 unchanged"
    assert entries[-1].user_name == "Chen Jing"
    assert json.loads(entries[-1].before) == {"unit_price": {"P-PAD": "120.50"}}
    after = json.loads(entries[-1].after)
    assert (after["file"], after["added"], after["unit_price"]) == (
        "b.csv",
        1,
        {"P-PAD": "125.00"},
    )


@pytest.mark.parametrize(
    ("name", "fmt", "encoding", "lang"),
    [
        ("out.csv", "csv", "utf-8-sig", "zh_CN"),
        ("out.csv", "csv", "gbk", "zh_CN"),
        ("out.csv", "csv", "utf-8-sig", "en"),
        ("out.xlsx", "xlsx", "utf-8-sig", "zh_CN"),
        ("out.xlsx", "xlsx", "utf-8-sig", "en"),
    ],
)
def test_an_export_imports_back_all_unchanged(clerk, db, tmp_path, name, fmt, encoding, lang):
    apply_import(clerk, write_csv(tmp_path / "a.csv", [ZH_HEADER, *GOOD_ZH]))
    oil = item(db, "L-OIL")
    catalog.set_catalog_item_active(clerk, oil.id, oil.version, False)
    path = tmp_path / name
    count = export_catalog(clerk, path, fmt=fmt, encoding=encoding, lang=lang)
    with db.read() as s:
        assert count == s.scalar(select(func.count(CatalogItem.id)))
    if fmt == "csv":
        head = path.read_bytes().decode("gbk" if encoding == "gbk" else "utf-8-sig").split("\r\n")
        assert head[0] == (ZH_HEADER if lang == "zh_CN" else EN_HEADER)
    state = catalog_state(db)
    preview = preview_import(clerk, path)
    assert preview.ok, preview.errors
    assert {r.status for r in preview.rows} == {"unchanged"} and len(preview.rows) == count
    apply_import(clerk, path)
    assert catalog_state(db) == state


def test_an_export_gbk_cannot_spell_is_refused_and_leaves_no_file(clerk, db, tmp_path):
    catalog.add_catalog_item(clerk, LineKind.PART, "P-EURO", "欧标件 €", "Euro part", "10")
    out = tmp_path / "export"
    out.mkdir()
    with pytest.raises(RuleViolation) as info:
        export_catalog(clerk, out / "out.csv", encoding="gbk")
    assert info.value.code == "export_not_encodable" and info.value.params["char"] == "€"
    assert list(out.iterdir()) == []
    assert export_catalog(clerk, out / "out.csv", encoding="utf-8") > 0


def test_an_advisor_may_not_import(ctx, db, tmp_path):
    path = write_csv(tmp_path / "a.csv", [ZH_HEADER, *GOOD_ZH])
    before = snapshot(db)
    with pytest.raises(AccessDenied):
        preview_import(ctx, path)
    with pytest.raises(AccessDenied) as info:
        apply_import(ctx, path)
    assert info.value.permission == "edit_catalog"
    assert_nothing_written(db, before)


# --- bad files: refused whole, each problem named ------------------------------------------


def test_missing_unknown_and_doubled_columns_are_named_on_the_header_row(clerk, db, tmp_path):
    path = write_csv(
        tmp_path / "a.csv",
        ["编码,类别,中文名称,英文名称,颜色,类别", "P-1,配件,甲,A,红,配件"],
    )
    assert codes(refused(clerk, db, path)) == {
        (1, "单价", "missing_column"),
        (1, "颜色", "unknown_column"),
        (1, "类别", "duplicate_column"),
    }
    path = write_csv(tmp_path / "b.csv", ["code,kind,name_zh,name_en", "P-1,part,甲,A"])
    errors = refused(clerk, db, path)
    assert codes(errors) == {(1, "price", "missing_column")}
    assert errors[0].params == {"field": "price"}


def test_bad_values_are_named_by_row_and_column(clerk, db, tmp_path):
    rows = [
        ZH_HEADER,
        "P-A,配件,甲,A,个,pc,abc,,,,",  # 2: not a number
        "P-B,配件,乙,B,个,pc,-1,,,,",  # 3: negative
        "P-C,配件,丙,C,个,pc,1.234,,,,",  # 4: three decimals
        "P-D,配件,丁,D,个,pc,99999999999,,,,",  # 5: too large
        "P-E,零件,戊,E,个,pc,1,,,,",  # 6: unknown kind
        "L-F,工时,己,F,h,h,100,x,,,",  # 7: hours not a number
        "L-G,工时,庚,G,h,h,100,,否,,",  # 8: hourly labor without hours
        "P-H,配件,辛,H,个,pc,1,2,,飞机,",  # 9: hours on a part, unknown asset kind
        "P-I,配件," + "名" * 121 + ",I,个,pc,1,,,,",  # 10: name too long
        "P-J,配件,壬,J,个,pc,1,,,,也许",  # 11: not yes/no
        "P-A,配件,癸,K,个,pc,1,,,,",  # 12: code already on row 2
        ",配件,子,,个,pc,,,,,",  # 13: code, English name and price missing
    ]
    errors = refused(clerk, db, write_csv(tmp_path / "a.csv", rows))
    assert codes(errors) == {
        (2, "单价", "money_format"),
        (3, "单价", "money_negative"),
        (4, "单价", "money_precision"),
        (5, "单价", "money_too_large"),
        (6, "类别", "kind_unknown"),
        (7, "标准工时", "quantity_format"),
        (8, "标准工时", "hours_required"),
        (9, "标准工时", "hours_labor_only"),
        (9, "适用类型", "asset_kind_unknown"),
        (10, "中文名称", "too_long"),
        (11, "启用", "flag_unknown"),
        (12, "编码", "duplicate_code"),
        (13, "编码", "required"),
        (13, "英文名称", "required"),
        (13, "单价", "required"),
    }
    by = {(e.row, e.code): e for e in errors}
    assert by[(2, "money_format")].params["value"] == "abc"
    assert by[(10, "too_long")].params["max_len"] == 120
    assert by[(12, "duplicate_code")].params == {"value": "P-A", "first_row": 2}
    assert [e.row for e in errors] == sorted(e.row for e in errors)
    assert "row 2, 单价" in str(by[(2, "money_format")])


def test_an_empty_row_inside_the_data_and_cells_right_of_the_table_are_refused(clerk, db, tmp_path):
    path = write_csv(
        tmp_path / "a.csv",
        [ZH_HEADER, GOOD_ZH[0], ",,,,,,,,,,", GOOD_ZH[1] + ",,多余", "", ""],
    )
    assert codes(refused(clerk, db, path)) == {(3, None, "empty_row"), (4, None, "extra_cells")}


def test_files_that_are_empty_header_only_too_large_or_not_a_table_are_refused(clerk, db, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert codes(refused(clerk, db, empty)) == {(0, None, "file_empty")}
    blank = write_csv(tmp_path / "blank.csv", ["", ""])
    assert codes(refused(clerk, db, blank)) == {(0, None, "file_empty")}
    header = write_csv(tmp_path / "header.csv", [ZH_HEADER])
    assert codes(refused(clerk, db, header)) == {(0, None, "no_rows")}
    big = tmp_path / "big.csv"
    with big.open("wb") as f:
        f.write((ZH_HEADER + "\n").encode())
        f.truncate(MAX_FILE_BYTES + 1)
    errors = refused(clerk, db, big)
    assert codes(errors) == {(0, None, "file_too_large")}
    assert errors[0].params["limit"] == MAX_FILE_BYTES
    pdf = tmp_path / "catalog.pdf"
    pdf.write_bytes(b"%PDF-1.4 not a table")
    assert codes(refused(clerk, db, pdf)) == {(0, None, "file_format")}
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    assert codes(refused(clerk, db, xls)) == {(0, None, "file_format")}
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is no workbook")
    assert codes(refused(clerk, db, broken)) == {(0, None, "file_format")}
    assert codes(refused(clerk, db, tmp_path / "missing.csv")) == {(0, None, "file_missing")}


@pytest.mark.parametrize(
    "data",
    [
        ("编码,类别\n".encode("utf-16")),  # UTF-16 (Excel's "Unicode text")
        b"code,kind\n\xff\xfe\xfa\x80,part\n",  # neither UTF-8 nor GB18030
    ],
    ids=["utf-16", "binary"],
)
def test_a_file_in_another_encoding_is_refused_with_an_encoding_error(clerk, db, tmp_path, data):
    path = tmp_path / "a.csv"
    path.write_bytes(data)
    assert codes(refused(clerk, db, path)) == {(0, None, "encoding")}


def test_an_excel_file_with_a_bad_row_is_refused_like_a_csv(clerk, db, tmp_path):
    path = write_xlsx(
        tmp_path / "a.xlsx",
        [
            ZH_HEADER.split(","),
            ["P-1", "配件", "甲", "A", "个", "pc", -3, None, None, None, None],
            [None] * 11,
            ["P-2", "配件", "乙", "B", "个", "pc", 4, None, None, None, None],
        ],
    )
    assert codes(refused(clerk, db, path)) == {
        (2, "单价", "money_negative"),
        (3, None, "empty_row"),
    }
