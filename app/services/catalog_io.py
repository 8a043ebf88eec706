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
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from app.db.changes import Entity, RecordAction, record_change
from app.db.engine import LOCK_TIMEOUT_MS, patient
from app.domain.enums import AssetKind, LineKind
from app.domain.errors import RuleViolation, WorkbayError
from app.domain.models import Base, CatalogItem
from app.domain.permissions import Permission
from app.services.access import require
from app.services.audit import audit
from app.services.catalog import EDITABLE, clean_item
from app.services.catalog_sheet import (
    ASSET_NAMES,
    COLUMN_OF,
    COLUMNS,
    KIND_NAMES,
    MAX_FILE_BYTES,
    Parsed,
    RowError,
    read_catalog_file,
    typed_row,
)
from app.services.context import ServiceContext
from app.services.customers import Collector

__all__ = [
    "MAX_FILE_BYTES",
    "ImportPreview",
    "ImportRefused",
    "ImportResult",
    "RowError",
    "RowPreview",
    "apply_import",
    "export_catalog",
    "preview_import",
]


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
    "brand_spec",
)


_TABLE = Base.metadata.tables[CatalogItem.__tablename__]
#: one UPDATE by id for every changed row, sent as one executemany (Core: the ORM's
#: per-row bookkeeping would double the time of a 20,000-row update)
_UPDATE = (
    update(_TABLE)
    .where(_TABLE.c.id == bindparam("item_id"))
    .values({name: bindparam(name) for name in (*EDITABLE, "search_text", "version")})
)


def _existing(session: Session, *, lock: bool) -> dict[str, dict[str, Any]]:
    """The catalog by code; ``lock``: for the import's update (a row lock on PostgreSQL,
    SQLite's writer holds the database)."""
    cols = [CatalogItem.id, CatalogItem.code, CatalogItem.version, CatalogItem.default_quantity]
    stmt = select(*cols, *(getattr(CatalogItem, n) for n in _COMPARED))
    if lock and session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    return {row.code: dict(row._mapping) for row in session.execute(stmt)}


def _plan(session: Session, parsed: Parsed, path: Path, *, lock: bool) -> _Plan:
    """Compare the checked file with the catalog: what to insert, what to update."""
    sheet = parsed.sheet
    previews: list[RowPreview] = []
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    before: dict[str, Decimal] = {}
    after: dict[str, Decimal] = {}
    if not any(e.row <= 1 for e in parsed.errors):
        existing = _existing(session, lock=lock)
        bad_rows = {e.row for e in parsed.errors}
        for number, values in parsed.rows:
            reported = len(parsed.errors)
            typed, failed = typed_row(number, values, parsed)
            current = existing.get(str(values.get("code", "")).strip())
            merged = {**(current or {}), **typed}
            c = Collector()
            item = clean_item(c, merged)
            for err in c.errors:
                if err.field in failed:
                    continue
                column = parsed.titles.get(COLUMN_OF.get(err.field, err.field), err.field)
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
                COLUMN_OF.get(n, n): (_show(current[n]), _show(item[n]))
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
    # checking thousands of rows between two statements: no idle limit, the usual lock wait
    with patient(LOCK_TIMEOUT_MS), ctx.db.read() as session:
        require(session, ctx, Permission.EDIT_CATALOG)
        # the file is read inside: a user without the right learns nothing about it
        return _plan(session, read_catalog_file(Path(path)), Path(path), lock=False).preview


def apply_import(ctx: ServiceContext, path: str | os.PathLike[str]) -> ImportResult:
    """Read and check ``path`` again and write it in one transaction: new codes added,
    known ones updated (their version goes up), unchanged rows and items the file does not
    mention left alone. One audit entry tells the file, the counts and the prices changed.
    Raises :class:`ImportRefused` (nothing written) when any row has a problem."""
    path = Path(path)
    parsed = read_catalog_file(path)  # before the transaction: no lock held while reading
    with patient(LOCK_TIMEOUT_MS), ctx.db.write() as session:  # as preview_import
        require(session, ctx, Permission.EDIT_CATALOG)
        plan = _plan(session, parsed, path, lock=True)
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
                session,
                Entity.CATALOG,
                0,
                RecordAction.IMPORT,
                None,
                ctx.actor.station_id,
                ctx.actor.branch_id,
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
        asset_kinds = ",".join(ASSET_NAMES[k] if zh else k.value for k in kinds)
    else:
        asset_kinds = ""
    yes, no = ("是", "否") if zh else ("yes", "no")
    return [
        item.code,
        KIND_NAMES[item.kind] if zh else item.kind.value,
        item.name_zh,
        item.name_en,
        item.unit or "",
        item.unit_en or "",
        f"{item.unit_price:.2f}",
        f"{item.standard_hours.normalize():f}" if item.standard_hours is not None else "",
        (yes if item.flat else no) if item.kind is LineKind.LABOR else "",
        asset_kinds,
        yes if item.active else no,
        item.brand_spec or "",
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
