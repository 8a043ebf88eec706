"""The catalog in and out of files: CSV (UTF-8 with or without BOM, or GBK / GB18030) and
Excel ``.xlsx``, with English or Chinese column headers.

:func:`preview_import` reads a file and says, row by row, what importing it would do (new,
changed and which fields, unchanged) and every problem found, each with the row number as
Excel shows it (the header is row 1), the column and a stable code with its parameters for
the desk to translate. :func:`apply_import` reads and checks the file again and writes it in
one transaction, or refuses it whole with :class:`ImportRefused`. Items are matched by code;
items the file does not mention are left alone. :func:`export_catalog` writes the same
columns, so an exported file imports back as "all unchanged".
"""

from __future__ import annotations

import csv
import io
import os
import warnings
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from app.db.changes import record_change
from app.domain.enums import AssetKind, LineKind
from app.domain.errors import RuleViolation, WorkbayError
from app.domain.models import Base, CatalogItem
from app.domain.permissions import Permission
from app.services.access import require
from app.services.audit import audit
from app.services.catalog import EDITABLE, clean_item
from app.services.context import ServiceContext
from app.services.customers import Collector

#: the largest file the import reads
MAX_FILE_BYTES = 20 * 1024 * 1024
#: the most data rows one file may hold
MAX_ROWS = 100_000
#: columns read from a sheet; anything further right is not looked at
_MAX_COLUMNS = 64

#: column key -> (English header, Chinese header); the order of an exported file
COLUMNS: dict[str, tuple[str, str]] = {
    "code": ("code", "编码"),
    "kind": ("kind", "类别"),
    "name_zh": ("name_zh", "中文名称"),
    "name_en": ("name_en", "英文名称"),
    "unit_zh": ("unit_zh", "单位"),
    "unit_en": ("unit_en", "英文单位"),
    "price": ("price", "单价"),
    "standard_hours": ("standard_hours", "标准工时"),
    "flat": ("flat", "一口价"),
    "asset_kinds": ("asset_kinds", "适用类型"),
    "active": ("active", "启用"),
}
REQUIRED_COLUMNS = ("code", "kind", "name_zh", "name_en", "price")
#: other spellings accepted in a header (the item's own field names)
_ALIASES = {"unit": "unit_zh", "unit_price": "price"}
#: column key -> the item field it sets
_FIELD_OF = {"unit_zh": "unit", "price": "unit_price"}
_COLUMN_OF = {v: k for k, v in _FIELD_OF.items()}

_KIND_WORDS = {
    "labor": LineKind.LABOR,
    "工时": LineKind.LABOR,
    "part": LineKind.PART,
    "配件": LineKind.PART,
    "sundry": LineKind.SUNDRY,
    "辅料": LineKind.SUNDRY,
}
_KIND_NAMES = {LineKind.LABOR: "工时", LineKind.PART: "配件", LineKind.SUNDRY: "辅料"}
_ASSET_WORDS = {
    "vehicle": AssetKind.VEHICLE,
    "汽车": AssetKind.VEHICLE,
    "车辆": AssetKind.VEHICLE,
    "device": AssetKind.DEVICE,
    "手机": AssetKind.DEVICE,
    "设备": AssetKind.DEVICE,
    "手机/设备": AssetKind.DEVICE,
    "ebike": AssetKind.EBIKE,
    "e-bike": AssetKind.EBIKE,
    "电动车": AssetKind.EBIKE,
}
_ASSET_NAMES = {AssetKind.VEHICLE: "汽车", AssetKind.DEVICE: "设备", AssetKind.EBIKE: "电动车"}
_ALL_WORDS = {"all", "全部"}
_YES = {"yes", "y", "true", "1", "是", "x", "✓"}
_NO = {"no", "n", "false", "0", "否"}
_FLAGS = {**dict.fromkeys(_YES, True), **dict.fromkeys(_NO, False)}
_SEPARATORS = str.maketrans({"，": ",", "、": ",", ";": ",", "；": ","})


@dataclass(frozen=True)
class RowError:
    """One problem in the file. ``row`` is the row as Excel numbers it (header = 1; 0 for
    the file as a whole); ``column`` is the header as written in the file (or the expected
    one, for a missing column); ``code`` + ``params`` are for the desk to translate,
    ``message`` is an English fallback for the command line."""

    row: int
    column: str | None
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    message: str = ""

    def __str__(self) -> str:
        where = f"row {self.row}" if self.row else "file"
        if self.column:
            where += f", {self.column}"
        return f"{where}: {self.message or self.code} [{self.code}]"


class ImportRefused(WorkbayError):
    """The file has problems; nothing was written."""

    code = "import_refused"

    def __init__(self, errors: list[RowError]) -> None:
        shown = "; ".join(str(e) for e in errors[:5])
        more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
        super().__init__(f"the catalog file was not imported: {shown}{more}", count=len(errors))
        self.errors = errors


@dataclass(frozen=True)
class RowPreview:
    """What importing one row does: ``status`` is ``new``, ``changed`` or ``unchanged``;
    ``changes`` maps each changed column to its (old, new) value as text."""

    row: int
    code: str
    status: str
    changes: dict[str, tuple[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportPreview:
    file_name: str
    format: str  # "csv" | "xlsx" | "" (unreadable)
    encoding: str | None  # "utf-8", "utf-8-sig", "gb18030"; None for xlsx
    rows: list[RowPreview]
    errors: list[RowError]

    @property
    def ok(self) -> bool:
        return not self.errors

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)


@dataclass(frozen=True)
class ImportResult:
    file_name: str
    added: int
    updated: int
    unchanged: int


# --- reading a file into rows of text ----------------------------------------------------


@dataclass
class _Sheet:
    format: str = ""
    encoding: str | None = None
    rows: list[list[str]] = field(default_factory=list)  # header first
    errors: list[RowError] = field(default_factory=list)


def _file_error(code: str, message: str, **params: Any) -> RowError:
    return RowError(0, None, code, params, message)


def _read_sheet(path: Path) -> _Sheet:
    sheet = _Sheet()
    try:
        size = path.stat().st_size
    except OSError:
        sheet.errors.append(
            _file_error("file_missing", "the file cannot be opened", file=path.name)
        )
        return sheet
    if size == 0:
        sheet.errors.append(_file_error("file_empty", "the file is empty", file=path.name))
        return sheet
    if size > MAX_FILE_BYTES:
        sheet.errors.append(
            _file_error(
                "file_too_large",
                f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB",
                size=size,
                limit=MAX_FILE_BYTES,
            )
        )
        return sheet
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if data.startswith(b"PK\x03\x04"):
        sheet.format = "xlsx"
        _read_xlsx(data, sheet)
    elif data.startswith(b"\xd0\xcf\x11\xe0") or suffix == ".xls":
        sheet.errors.append(
            _file_error(
                "file_format",
                "old Excel (.xls) files are not read: save as .xlsx or CSV",
                suffix=suffix,
            )
        )
    elif suffix in (".csv", ".txt", ".tsv"):
        sheet.format = "csv"
        _read_csv(data, sheet)
    else:
        sheet.errors.append(
            _file_error("file_format", "the file is neither CSV nor Excel .xlsx", suffix=suffix)
        )
    return sheet


def _decode(data: bytes) -> tuple[str, str] | None:
    """Strict UTF-8 (BOM or not), else GB18030 (a superset of GBK); ``None`` if neither."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16: GB18030 would misread it
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            return None
        if encoding == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf"):
            encoding = "utf-8"
        return text, encoding
    return None


def _read_csv(data: bytes, sheet: _Sheet) -> None:
    decoded = _decode(data)
    if decoded is None:
        sheet.errors.append(
            _file_error("encoding", "the file is neither UTF-8 nor GBK text: save it as CSV UTF-8")
        )
        return
    text, sheet.encoding = decoded
    first = text.split("\n", 1)[0]
    delimiter = max((",", "\t", ";"), key=first.count)
    try:
        for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            sheet.rows.append([cell.strip() for cell in record])
            if len(sheet.rows) > MAX_ROWS + 1:
                break
    except csv.Error as err:
        sheet.errors.append(
            _file_error("csv_malformed", f"the CSV cannot be read: {err}", row=len(sheet.rows) + 1)
        )


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value).strip()


def _read_xlsx(data: bytes, sheet: _Sheet) -> None:
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # styles openpyxl does not know are no concern
            book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        sheet.errors.append(
            _file_error("file_format", f"the Excel file cannot be read: {err}", suffix=".xlsx")
        )
        return
    try:
        ws = book.worksheets[0]
        for values in ws.iter_rows(max_col=_MAX_COLUMNS, values_only=True):
            sheet.rows.append([_cell_text(v) for v in values])
            if len(sheet.rows) > MAX_ROWS + 1:
                break
    finally:
        book.close()


# --- checking the rows -------------------------------------------------------------------


@dataclass
class _Parsed:
    """The file checked on its own (before comparing with the catalog)."""

    sheet: _Sheet
    header: dict[int, str] = field(default_factory=dict)  # position -> column key
    titles: dict[str, str] = field(default_factory=dict)  # column key -> header as written
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (row, values)
    errors: list[RowError] = field(default_factory=list)


def _header_key(title: str) -> str | None:
    norm = title.strip().lstrip("\ufeff").casefold().replace(" ", "_").replace("-", "_")
    norm = _ALIASES.get(norm, norm)
    for key, (en, zh) in COLUMNS.items():
        if norm in (en, zh):
            return key
    return None


def _parse(sheet: _Sheet) -> _Parsed:
    parsed = _Parsed(sheet, errors=list(sheet.errors))
    if sheet.errors:
        return parsed
    rows = sheet.rows
    while rows and not any(rows[-1]):
        rows.pop()  # Excel and editors leave empty rows at the end
    if not rows:
        parsed.errors.append(_file_error("file_empty", "the file is empty"))
        return parsed
    if len(rows) - 1 > MAX_ROWS:
        parsed.errors.append(
            _file_error("too_many_rows", f"at most {MAX_ROWS} rows per file", limit=MAX_ROWS)
        )
        return parsed
    _parse_header(rows[0], rows[1:], parsed)
    if parsed.errors:
        return parsed
    if len(rows) == 1:
        parsed.errors.append(_file_error("no_rows", "the file has a header but no items"))
        return parsed
    seen: dict[str, int] = {}
    for number, cells in enumerate(rows[1:], start=2):
        if not any(cells):
            parsed.errors.append(RowError(number, None, "empty_row", {}, "an empty row"))
            continue
        values = _parse_row(number, cells, parsed)
        code = values.get("code", "").strip()
        if code in seen:
            parsed.errors.append(
                RowError(
                    number,
                    parsed.titles["code"],
                    "duplicate_code",
                    {"value": code, "first_row": seen[code]},
                    f"the code {code} is already on row {seen[code]}",
                )
            )
        elif code:
            seen[code] = number
        parsed.rows.append((number, values))
    return parsed


def _parse_header(header: list[str], data: list[list[str]], parsed: _Parsed) -> None:
    chinese = 0
    for pos, title in enumerate(header):
        if not title:
            if any(pos < len(r) and r[pos] for r in data):
                parsed.errors.append(
                    RowError(
                        1,
                        None,
                        "unnamed_column",
                        {"position": pos + 1},
                        f"column {pos + 1} has values but no header",
                    )
                )
            continue
        key = _header_key(title)
        if key is None:
            parsed.errors.append(
                RowError(
                    1,
                    title,
                    "unknown_column",
                    {"value": title, "position": pos + 1},
                    f"unknown column {title!r}",
                )
            )
        elif key in parsed.titles:
            parsed.errors.append(
                RowError(
                    1,
                    title,
                    "duplicate_column",
                    {"value": title, "position": pos + 1},
                    f"the column {title!r} appears twice",
                )
            )
        else:
            parsed.header[pos] = key
            parsed.titles[key] = title
            chinese += not title.isascii()
    lang = 1 if chinese * 2 > len(parsed.titles) else 0
    for key in REQUIRED_COLUMNS:
        if key not in parsed.titles:
            parsed.errors.append(
                RowError(
                    1,
                    COLUMNS[key][lang],
                    "missing_column",
                    {"field": key},
                    f"the column {COLUMNS[key][lang]!r} is missing",
                )
            )
    for key in COLUMNS:
        parsed.titles.setdefault(key, COLUMNS[key][lang])


def _parse_row(number: int, cells: list[str], parsed: _Parsed) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for pos, text in enumerate(cells):
        key = parsed.header.get(pos)
        if key is not None:
            values[key] = text
        elif text and pos >= len(parsed.sheet.rows[0]):
            parsed.errors.append(
                RowError(
                    number,
                    None,
                    "extra_cells",
                    {"position": pos + 1},
                    f"a value in column {pos + 1}, right of the last column",
                )
            )
    for key in parsed.titles:
        if key in parsed.header.values():
            values.setdefault(key, "")
    return values


def _word(
    number: int, parsed: _Parsed, key: str, text: str, words: Mapping[str, Any], code: str
) -> Any:
    found = words.get(text.strip().casefold())
    if found is None:
        parsed.errors.append(
            RowError(
                number,
                parsed.titles[key],
                code,
                {"value": text},
                f"{text!r} is not one of {', '.join(words)}",
            )
        )
    return found


def _typed(number: int, values: dict[str, Any], parsed: _Parsed) -> tuple[dict[str, Any], set[str]]:
    """The row's present columns as item fields (text turned into kinds, flags, lists), and
    the fields whose word was not understood (already reported)."""
    typed: dict[str, Any] = {}
    failed: set[str] = set()
    for key, text in values.items():
        name = _FIELD_OF.get(key, key)
        if key == "kind":
            typed[name] = _word(number, parsed, key, text, _KIND_WORDS, "kind_unknown")
        elif key in ("flat", "active"):
            typed[name] = (
                _word(number, parsed, key, text, _FLAGS, "flag_unknown")
                if text
                else key == "active"
            )
        elif key == "asset_kinds":
            words = [w.strip() for w in text.translate(_SEPARATORS).split(",") if w.strip()]
            if any(w.casefold() in _ALL_WORDS for w in words):
                typed[name] = None
                continue
            kinds = [
                _word(number, parsed, key, w, _ASSET_WORDS, "asset_kind_unknown") for w in words
            ]
            typed[name] = [k for k in kinds if k is not None] or None
            if None in kinds:
                failed.add(name)
            continue
        else:
            typed[name] = text
            continue
        if typed[name] is None:
            failed.add(name)
    return typed, failed


# --- comparing with the catalog ----------------------------------------------------------


@dataclass
class _Plan:
    preview: ImportPreview
    inserts: list[dict[str, Any]]
    updates: list[dict[str, Any]]
    price_before: dict[str, Decimal]
    price_after: dict[str, Decimal]


_COMPARED = (
    "kind",
    "name_zh",
    "name_en",
    "unit",
    "unit_en",
    "unit_price",
    "standard_hours",
    "flat",
    "asset_kinds",
    "active",
)


_TABLE = Base.metadata.tables[CatalogItem.__tablename__]
#: one UPDATE by id for every changed row, sent as one executemany (Core: the ORM's
#: per-row bookkeeping would double the time of a 20,000-row update)
_UPDATE = (
    update(_TABLE)
    .where(_TABLE.c.id == bindparam("item_id"))
    .values({name: bindparam(name) for name in (*EDITABLE, "search_text", "version")})
)


def _existing(session: Session) -> dict[str, dict[str, Any]]:
    cols = [CatalogItem.id, CatalogItem.code, CatalogItem.version, CatalogItem.default_quantity]
    stmt = select(*cols, *(getattr(CatalogItem, n) for n in _COMPARED))
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    return {row.code: dict(row._mapping) for row in session.execute(stmt)}


def _plan(session: Session, path: Path) -> _Plan:
    sheet = _read_sheet(path)
    parsed = _parse(sheet)
    previews: list[RowPreview] = []
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    before: dict[str, Decimal] = {}
    after: dict[str, Decimal] = {}
    if not any(e.row <= 1 for e in parsed.errors):
        existing = _existing(session)
        bad_rows = {e.row for e in parsed.errors}
        for number, values in parsed.rows:
            reported = len(parsed.errors)
            typed, failed = _typed(number, values, parsed)
            current = existing.get(str(values.get("code", "")).strip())
            merged = {**(current or {}), **typed}
            c = Collector()
            item = clean_item(c, merged)
            for err in c.errors:
                if err.field in failed:
                    continue
                column = parsed.titles.get(_COLUMN_OF.get(err.field, err.field), err.field)
                parsed.errors.append(
                    RowError(
                        number,
                        column,
                        err.code,
                        {"value": _plain(err.value), **err.params},
                        err.message,
                    )
                )
            if number in bad_rows or len(parsed.errors) > reported:
                continue
            if current is None:
                previews.append(RowPreview(number, item["code"], "new"))
                inserts.append({**item, "version": 1})
                continue
            changes = {
                _COLUMN_OF.get(n, n): (_show(current[n]), _show(item[n]))
                for n in _COMPARED
                if current[n] != item[n]
            }
            if not changes:
                previews.append(RowPreview(number, item["code"], "unchanged"))
                continue
            previews.append(RowPreview(number, item["code"], "changed", changes))
            updates.append({**item, "item_id": current["id"], "version": current["version"] + 1})
            if current["unit_price"] != item["unit_price"]:
                before[item["code"]] = current["unit_price"]
                after[item["code"]] = item["unit_price"]
    errors = sorted(parsed.errors, key=lambda e: e.row)
    preview = ImportPreview(path.name, sheet.format, sheet.encoding, previews, errors)
    return _Plan(preview, inserts, updates, before, after)


def _show(value: Any) -> str:
    """A stored value as the preview shows it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return _number(value)
    return str(getattr(value, "value", value))


def _number(value: Decimal) -> str:
    if value == value.quantize(Decimal("0.01")):
        return f"{value:.2f}"
    return f"{value.normalize():f}"


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, str | int | bool):
        return value
    return _show(value) if not isinstance(value, list | tuple) else [_show(v) for v in value]


# --- the use cases -----------------------------------------------------------------------


def preview_import(ctx: ServiceContext, path: str | os.PathLike[str]) -> ImportPreview:
    """What importing ``path`` would do, row by row, and every problem in it. Writes
    nothing."""
    with ctx.db.read() as session:
        require(session, ctx, Permission.EDIT_CATALOG)
        return _plan(session, Path(path)).preview


def apply_import(ctx: ServiceContext, path: str | os.PathLike[str]) -> ImportResult:
    """Read and check ``path`` again and write it in one transaction: new codes added,
    known ones updated (their version goes up), unchanged rows and items the file does not
    mention left alone. One audit entry tells the file, the counts and the prices changed.
    Raises :class:`ImportRefused` (nothing written) when any row has a problem."""
    path = Path(path)
    with ctx.db.write() as session:
        require(session, ctx, Permission.EDIT_CATALOG)
        plan = _plan(session, path)
        if plan.preview.errors:
            raise ImportRefused(plan.preview.errors)
        if plan.inserts:
            # render_nulls: rows with and without a NULL go in the same batches
            session.execute(insert(CatalogItem).execution_options(render_nulls=True), plan.inserts)
        if plan.updates:
            session.execute(_UPDATE, plan.updates)
        result = ImportResult(
            path.name, len(plan.inserts), len(plan.updates), plan.preview.count("unchanged")
        )
        audit(
            session,
            ctx,
            "catalog.import",
            "catalog",
            None,
            summary=(
                f"{path.name}: {result.added} new, {result.updated} changed, "
                f"{result.unchanged} unchanged"
            ),
            before={"unit_price": plan.price_before} if plan.price_before else None,
            after={
                "file": path.name,
                "added": result.added,
                "updated": result.updated,
                "unchanged": result.unchanged,
                **({"unit_price": plan.price_after} if plan.price_after else {}),
            },
        )
        if plan.inserts or plan.updates:
            # one event for the whole file: every station reloads its catalog once
            record_change(
                session, "catalog", 0, "import", None, ctx.actor.station_id, ctx.actor.branch_id
            )
        return result


# --- export ------------------------------------------------------------------------------


def export_catalog(
    ctx: ServiceContext,
    path: str | os.PathLike[str],
    *,
    fmt: str = "csv",
    encoding: str = "utf-8-sig",
    lang: str = "zh_CN",
    include_inactive: bool = True,
) -> int:
    """Write the catalog (retired items too, marked inactive) with the import's columns,
    headers and words in ``lang``; returns the number of items written. CSV is written in
    ``encoding`` ("utf-8-sig", "utf-8" or "gbk"); an item that GBK cannot spell refuses the
    export, naming it. The file appears whole or not at all."""
    if fmt not in ("csv", "xlsx"):
        raise RuleViolation("export_format", "the format is csv or xlsx", format=fmt)
    codec = {"utf-8": "utf-8-sig", "utf8": "utf-8-sig", "gb18030": "gbk"}.get(encoding, encoding)
    if codec not in ("utf-8-sig", "gbk"):
        raise RuleViolation("export_encoding", "the encoding is utf-8 or gbk", encoding=encoding)
    zh = lang.startswith("zh")
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        stmt = select(CatalogItem).order_by(CatalogItem.kind, CatalogItem.code)
        if not include_inactive:
            stmt = stmt.where(CatalogItem.active.is_(True))
        items = list(session.scalars(stmt))
    header = [zh_en[1] if zh else zh_en[0] for zh_en in COLUMNS.values()]
    rows = [_export_row(item, zh) for item in items]
    target = Path(path)
    part = target.with_name(target.name + ".part")
    try:
        if fmt == "csv":
            _write_csv(part, header, rows, codec)
        else:
            _write_xlsx(part, header, rows, zh)
        os.replace(part, target)
    finally:
        part.unlink(missing_ok=True)
    return len(items)


def _export_row(item: CatalogItem, zh: bool) -> list[str]:
    if item.asset_kinds:
        kinds = [AssetKind(k) for k in item.asset_kinds.split(",")]
        asset_kinds = ",".join(_ASSET_NAMES[k] if zh else k.value for k in kinds)
    else:
        asset_kinds = ""
    yes, no = ("是", "否") if zh else ("yes", "no")
    return [
        item.code,
        _KIND_NAMES[item.kind] if zh else item.kind.value,
        item.name_zh,
        item.name_en,
        item.unit or "",
        item.unit_en or "",
        f"{item.unit_price:.2f}",
        f"{item.standard_hours.normalize():f}" if item.standard_hours is not None else "",
        (yes if item.flat else no) if item.kind is LineKind.LABOR else "",
        asset_kinds,
        yes if item.active else no,
    ]


def _write_csv(path: Path, header: list[str], rows: Sequence[list[str]], codec: str) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(row)
    text = buffer.getvalue()
    try:
        data = text.encode(codec)
    except UnicodeEncodeError as err:
        bad = text[err.start : err.end]
        line = text.count("\n", 0, err.start) + 1
        raise RuleViolation(
            "export_not_encodable",
            f"row {line} has {bad!r}, which GBK cannot hold: export as UTF-8",
            row=line,
            char=bad,
        ) from None
    path.write_bytes(data)


def _write_xlsx(path: Path, header: list[str], rows: Sequence[list[str]], zh: bool) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    ws = book.create_sheet("目录" if zh else "Catalog")
    price_col, hours_col = list(COLUMNS).index("price"), list(COLUMNS).index("standard_hours")
    ws.append(header)
    for row in rows:
        cells: list[Any] = []
        for i, value in enumerate(row):
            if value and i in (price_col, hours_col):
                cell = WriteOnlyCell(ws, value=Decimal(value))
                cell.number_format = "0.00" if i == price_col else "0.0##"
            else:
                # text stays text: a name starting with "=" must not become a formula
                cell = WriteOnlyCell(ws, value=value)
                cell.data_type = "s"
            cells.append(cell)
        ws.append(cells)
    book.save(path)


def rows_of(preview: ImportPreview) -> Iterator[RowPreview]:
    """The rows that would change something (new or changed), in file order."""
    return (r for r in preview.rows if r.status != "unchanged")
