"""A catalog file read and checked on its own, before it meets the database: CSV (UTF-8
with or without BOM, else GBK / GB18030; a file that is neither is refused) or Excel
``.xlsx`` (read-only, the first sheet), columns by header name in English or Chinese.

:func:`read_catalog_file` returns the rows as item fields (kinds, flags, asset kinds turned
from words into values) with every problem found as a :class:`RowError`: the file (empty,
too large, not a table, wrong encoding), the header (missing, unknown or doubled columns)
and the rows (empty rows inside the data, cells right of the table, duplicate codes, words
not understood). The item rules themselves (prices, hours, names) are
:func:`app.services.catalog.clean_item`'s, applied by :mod:`app.services.catalog_io`.
"""

from __future__ import annotations

import csv
import io
import warnings
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.enums import AssetKind, LineKind

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
    "brand_spec": ("brand_spec", "品牌规格"),
}
REQUIRED_COLUMNS = ("code", "kind", "name_zh", "name_en", "price")
#: other spellings accepted in a header (the item's own field names)
_ALIASES = {"unit": "unit_zh", "unit_price": "price"}
#: column key -> the item field it sets
_FIELD_OF = {"unit_zh": "unit", "price": "unit_price"}
COLUMN_OF = {v: k for k, v in _FIELD_OF.items()}

_KIND_WORDS = {
    "labor": LineKind.LABOR,
    "工时": LineKind.LABOR,
    "part": LineKind.PART,
    "配件": LineKind.PART,
    "sundry": LineKind.SUNDRY,
    "辅料": LineKind.SUNDRY,
}
KIND_NAMES = {LineKind.LABOR: "工时", LineKind.PART: "配件", LineKind.SUNDRY: "辅料"}
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
ASSET_NAMES = {AssetKind.VEHICLE: "汽车", AssetKind.DEVICE: "设备", AssetKind.EBIKE: "电动车"}
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


# --- reading a file into rows of text ----------------------------------------------------


@dataclass
class Sheet:
    format: str = ""
    encoding: str | None = None
    rows: list[list[str]] = field(default_factory=list)  # header first
    errors: list[RowError] = field(default_factory=list)


def _file_error(code: str, message: str, **params: Any) -> RowError:
    return RowError(0, None, code, params, message)


def _read_sheet(path: Path) -> Sheet:
    sheet = Sheet()
    try:
        if not path.is_file():
            raise FileNotFoundError(path)
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


def _read_csv(data: bytes, sheet: Sheet) -> None:
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
            RowError(
                len(sheet.rows) + 1, None, "csv_malformed", {}, f"the CSV cannot be read: {err}"
            )
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


def _read_xlsx(data: bytes, sheet: Sheet) -> None:
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
        blanks: list[list[str]] = []  # a sheet formatted far down has many empty rows
        for values in ws.iter_rows(max_col=_MAX_COLUMNS, values_only=True):
            cells = [_cell_text(v) for v in values]
            if not any(cells):
                blanks.append(cells)
                if len(blanks) > MAX_ROWS:
                    break
                continue
            sheet.rows.extend(blanks)
            blanks.clear()
            sheet.rows.append(cells)
            if len(sheet.rows) > MAX_ROWS + 1:
                break
    finally:
        book.close()


# --- checking the rows -------------------------------------------------------------------


@dataclass
class Parsed:
    """The file checked on its own (before comparing with the catalog)."""

    sheet: Sheet
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


def _parse(sheet: Sheet) -> Parsed:
    parsed = Parsed(sheet, errors=list(sheet.errors))
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


def _parse_header(header: list[str], data: list[list[str]], parsed: Parsed) -> None:
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


def _parse_row(number: int, cells: list[str], parsed: Parsed) -> dict[str, Any]:
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
    number: int, parsed: Parsed, key: str, text: str, words: Mapping[str, Any], code: str
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


def typed_row(
    number: int, values: dict[str, Any], parsed: Parsed
) -> tuple[dict[str, Any], set[str]]:
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


def read_catalog_file(path: Path) -> Parsed:
    """Read ``path`` and check it on its own (see the module's doc)."""
    return _parse(_read_sheet(path))
