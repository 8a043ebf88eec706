"""汽车维修电子健康档案 (JT/T 1132): every settled vehicle repair becomes a record with the
national data elements, queued per order (``HealthRecord``) for upload to the authority's
endpoint, and exported for filing.

- :func:`draft_record` and :meth:`RecordDraft.queue` run inside the settlement's transaction
  (one upsert, written with its journal: the record, or over the order's earlier record
  after a voided statement) and return the data elements the
  shop could not fill, so the cashier sees them before the customer leaves;
- :func:`withdraw_record` runs inside a void: a record not yet sent is withdrawn, a sent one
  is queued again marked void so the endpoint learns of it;
- :func:`export_records` writes JSON or CSV of the records settled in a period;
- :func:`upload_records` sends pending and failed records to the endpoint configured in
  the settings (``records.upload_url``, ``records.upload_token``), each in its own short
  transaction: sent, or failed with the reason and retried next time. Nothing is deleted
  while the endpoint is down. The payload carries ``record_id`` so a resend is idempotent.

Rights: exporting and uploading are the setup desk's (``SETUP``); listing, ``VIEW``.
"""

from __future__ import annotations

import csv
import io
import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, cast
from uuid import uuid4

from sqlalchemy import Table, bindparam, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.db.tail import add_tail_update, tail_slot
from app.domain.enums import AssetKind, HealthRecordStatus, LineKind
from app.domain.errors import ValidationError, ValidationErrors
from app.domain.models import Asset, HealthRecord, OrderLine, Setting, WorkOrder
from app.domain.permissions import Permission
from app.domain.types import utcnow
from app.services.access import require
from app.services.context import ServiceContext
from app.services.settings import stored_texts
from app.settings.declared import SETTINGS

URL_KEY = "records.upload_url"
TOKEN_KEY = "records.upload_token"
_SHOP_KEYS = ("shop.legal_name", "shop.short_name", "shop.license_no")

#: the national data elements, in order, with their Chinese names (CSV headers, messages)
ELEMENTS: dict[str, str] = {
    "company_name": "维修企业名称",
    "company_license": "经营许可证号",
    "vin": "车辆识别代码",
    "plate": "车牌号码",
    "repair_date": "送修日期",
    "repair_mileage": "送修里程",
    "settle_date": "结算日期",
    "settlement_no": "结算清单编号",
    "fault": "故障描述",
    "items": "维修项目",
    "hours": "维修工时",
    "parts": "配件名称",
    "part_codes": "配件编码",
    "part_quantities": "配件数量",
}


#: the upload message's names (JT/T 1132 汽车维修电子健康档案系统 data collection): the
#: record's basic information, its repair projects and parts, as the provincial platforms'
#: clients name them (``basicInfo``, ``repairprojectlist``, ``vehiclepartslist``). The
#: standard's own text (JT/T 1132.2-2017, annex A) was not at hand: these follow public
#: client code for the platform's upload interface and its record lists; stored records
#: keep Workbay's keys and are given these names when exported or sent.
NATIONAL_BASIC: dict[str, str] = {
    "plate": "vehicleplatenumber",  # 车牌号码
    "company_name": "companyname",  # 维修企业名称
    "vin": "vin",  # 车辆识别代码
    "repair_date": "repairdate",  # 送修日期
    "repair_mileage": "repairmileage",  # 送修里程
    "settle_date": "settledate",  # 结算日期
    "fault": "faultdescription",  # 故障描述
    "settlement_no": "costlistcode",  # 结算清单编号
}


def national_record(payload: dict[str, Any]) -> dict[str, Any]:
    """A stored record as the platform's upload message: ``basicInfo`` with the national
    names, ``repairprojectlist`` (``repairproject``, ``workinghours``) and
    ``vehiclepartslist`` (``partsname``, ``partscode``, ``partsquantity``); beside them
    what Workbay adds: ``record_id`` (a resend is recognised), ``order_no``,
    ``company_license`` (经营许可证号; the platform's clients log in with the company's
    code instead) and ``voided``."""
    basic = {name: payload.get(key) for key, name in NATIONAL_BASIC.items()}
    mileage = basic["repairmileage"]
    basic["repairmileage"] = "" if mileage is None else str(mileage)
    return {
        "record_id": payload.get("record_id"),
        "order_no": payload.get("order_no"),
        "company_license": payload.get("company_license", ""),
        "voided": bool(payload.get("voided")),
        "basicInfo": basic,
        "repairprojectlist": [
            {"repairproject": i["name"], "workinghours": i["hours"] or ""}
            for i in payload.get("items", [])
        ],
        "vehiclepartslist": [
            {"partsname": i["name"], "partscode": i["code"], "partsquantity": i["quantity"] or ""}
            for i in payload.get("parts", [])
        ],
    }


def _num(value: Decimal | None) -> str | None:
    return None if value is None else format(value.normalize(), "f")


def build_payload(
    order: WorkOrder,
    asset: Asset,
    lines: list[OrderLine],
    settlement_no: str,
    settled_at: datetime,
    shop: dict[str, str],
) -> tuple[dict[str, Any], list[str]]:
    """The record's data elements and the names of those missing (``parts.1.code``...)."""
    billed = [l for l in lines if l.approval.value == "approved"]
    labor = [l for l in billed if l.kind is LineKind.LABOR]
    parts = [l for l in billed if l.kind is LineKind.PART]
    payload: dict[str, Any] = {
        "record_id": order.number,
        "order_no": order.number,
        "company_name": shop.get("shop.legal_name") or shop.get("shop.short_name") or "",
        "company_license": shop.get("shop.license_no") or "",
        "vin": asset.vin or "",
        "plate": asset.plate or "",
        "repair_date": order.created_at.astimezone().date().isoformat(),
        "repair_mileage": order.mileage_in,
        "settle_date": settled_at.astimezone().date().isoformat(),
        "settlement_no": settlement_no,
        "fault": (order.fault_found or order.symptom or "").strip(),
        "items": [
            {
                "name": l.description,
                "code": l.code or "",
                "hours": _num(l.hours if l.hours is not None else l.quantity),
            }
            for l in labor
        ],
        "parts": [
            {"name": l.description, "code": l.code or "", "quantity": _num(l.quantity)}
            for l in parts
        ],
        "voided": False,
    }
    missing = [
        key
        for key in (
            "company_name",
            "company_license",
            "vin",
            "plate",
            "repair_mileage",
            "fault",
        )  # fmt: skip
        if payload[key] in ("", None)
    ]
    if not labor:
        missing.append("items")
    missing += [
        f"items.{i}.hours" for i, l in enumerate(labor, 1) if not l.hours and not l.quantity
    ]
    missing += [f"parts.{i}.code" for i, l in enumerate(parts, 1) if not l.code]
    return payload, missing


#: the settings a record reads (a settlement reads them with its own: :func:`stored_texts`)
RECORD_SETTINGS = _SHOP_KEYS


def _shop(session: Session, branch_id: int) -> dict[str, str]:
    return {k: v or "" for k, v in stored_texts(session, _SHOP_KEYS, branch_id).items()}


@dataclass
class RecordDraft:
    """A settled repair's record made before its statement's number is known (the number
    is taken last, and the day's counter held from then to the commit): ``stand_in`` in the
    payload is replaced by the number when it is queued (:meth:`queue`)."""

    order_id: int
    branch_id: int
    stand_in: str
    values: dict[str, Any]
    missing: list[str]

    def queue(self, session: Session, number: str) -> list[str]:
        """Queue the record with ``number``: one upsert (the record, or, settled again after
        a void, the new statement's record over the earlier one), written with the call's
        journal. Returns the data elements missing from it."""
        payload = self.values["payload"].replace(self.stand_in, number)
        fresh = {**self.values, "payload": payload, "updated_at": self.values["settled_at"]}
        slot = tail_slot(session)
        stmt = _upsert(session.get_bind().dialect.name, slot, tuple(sorted(fresh)))
        values = {"branch_id": self.branch_id, "order_id": self.order_id, **fresh}
        add_tail_update(session, stmt, {f"wb_u{slot}_{k}": v for k, v in values.items()})
        return self.missing


#: the record's upsert, built once per (database kind, place in the tail, columns)
_UPSERTS: dict[tuple[str, int, tuple[str, ...]], Any] = {}


def _upsert(dialect: str, slot: int, names: tuple[str, ...]) -> Any:
    """Insert the record, or over an earlier one of the order (settled again after a void)
    write ``names`` and bump its version; its values bound as ``wb_u<slot>_<column>``
    (inside a statement the ORM's defaults are not filled: all are given)."""
    held = _UPSERTS.get((dialect, slot, names))
    if held is not None:
        return held
    table = cast(Table, HealthRecord.__table__)
    bound = {
        n: bindparam(f"wb_u{slot}_{n}", type_=table.c[n].type)
        for n in ("branch_id", "order_id", *names)
    }
    fresh = {n: bound[n] for n in names}
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = (
        insert(table)
        .values(attempts=0, created_at=bound["updated_at"], version=1, **bound)
        .on_conflict_do_update(
            index_elements=[table.c.order_id], set_={**fresh, "version": table.c.version + 1}
        )
    )
    _UPSERTS[(dialect, slot, names)] = stmt
    return stmt


def draft_record(
    session: Session,
    order: WorkOrder,
    asset: Asset,
    lines: list[OrderLine],
    branch_id: int,
) -> RecordDraft | None:
    """The settled repair's record (vehicles only; None for other assets), to be queued with
    the statement's number (:meth:`RecordDraft.queue`)."""
    if asset.kind is not AssetKind.VEHICLE:
        return None
    now = utcnow()
    stand_in = "~" + uuid4().hex[:20]
    payload, missing = build_payload(order, asset, lines, stand_in, now, _shop(session, branch_id))
    values = {
        "payload": json.dumps(payload, ensure_ascii=False, sort_keys=True),
        "missing": ",".join(missing)[:500] or None,
        "status": HealthRecordStatus.PENDING,
        "last_error": None,
        "settled_at": now,
    }
    return RecordDraft(order.id, branch_id, stand_in, values, missing)


def withdraw_record(session: Session, order_id: int) -> None:
    """A voided statement: an unsent record is withdrawn; a sent one is queued again marked
    void (the endpoint must learn the repair's record no longer holds)."""
    record = session.scalar(select(HealthRecord).where(HealthRecord.order_id == order_id))
    if record is None:
        return
    if record.sent_at is None:
        session.delete(record)
        return
    payload = json.loads(record.payload)
    payload["voided"] = True
    record.payload = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    record.status = HealthRecordStatus.PENDING
    record.last_error = None


@dataclass(frozen=True)
class RecordRow:
    id: int
    order_id: int
    status: HealthRecordStatus
    payload: dict[str, Any]
    missing: list[str]
    attempts: int
    last_error: str | None
    settled_at: datetime
    sent_at: datetime | None


def _row(r: HealthRecord) -> RecordRow:
    return RecordRow(
        r.id,
        r.order_id,
        r.status,
        json.loads(r.payload),
        r.missing.split(",") if r.missing else [],
        r.attempts,
        r.last_error,
        r.settled_at,
        r.sent_at,
    )


def _period(start: date | None, end: date | None) -> tuple[datetime | None, datetime | None]:
    """Shop-local days ``start``..``end`` (inclusive) as UTC bounds."""
    local = datetime.now().astimezone().tzinfo

    def at(day: date) -> datetime:
        return datetime(day.year, day.month, day.day, tzinfo=local)

    return (
        at(start) if start else None,
        at(end + timedelta(days=1)) if end else None,
    )


def list_records(
    ctx: ServiceContext,
    start: date | None = None,
    end: date | None = None,
    status: HealthRecordStatus | None = None,
) -> list[RecordRow]:
    """The records settled from ``start`` to ``end`` (shop-local days, inclusive)."""
    if start and end and end < start:
        raise ValidationErrors(
            [ValidationError("end", "period_reversed", "the period ends before it starts")]
        )
    low, high = _period(start, end)
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        stmt = select(HealthRecord).where(HealthRecord.branch_id == ctx.actor.branch_id)
        if low is not None:
            stmt = stmt.where(HealthRecord.settled_at >= low)
        if high is not None:
            stmt = stmt.where(HealthRecord.settled_at < high)
        if status is not None:
            stmt = stmt.where(HealthRecord.status == status)
        return [_row(r) for r in session.scalars(stmt.order_by(HealthRecord.settled_at))]


def record_of_order(ctx: ServiceContext, order_id: int) -> RecordRow | None:
    """The order's record, if its settlement queued one (the cashier desk shows what is
    missing from it)."""
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        r = session.scalar(select(HealthRecord).where(HealthRecord.order_id == order_id))
        return _row(r) if r is not None else None


CSV_COLUMNS = (
    "record_id", "status", *ELEMENTS, "voided", "missing"
)  # fmt: skip


def _csv_row(r: RecordRow) -> dict[str, Any]:
    p = r.payload
    items, parts = p.get("items", []), p.get("parts", [])
    row = {k: p.get(k, "") for k in ELEMENTS if k not in ("items", "hours", "parts")}
    row.update(
        record_id=p.get("record_id", ""),
        status=r.status.value,
        items="；".join(i["name"] for i in items),
        hours="；".join(str(i["hours"] or "") for i in items),
        parts="；".join(i["name"] for i in parts),
        part_codes="；".join(i["code"] for i in parts),
        part_quantities="；".join(str(i["quantity"] or "") for i in parts),
        voided="1" if p.get("voided") else "0",
        missing=",".join(r.missing),
    )
    return row


def export_records(
    ctx: ServiceContext, start: date | None, end: date | None, fmt: str = "json"
) -> bytes:
    """The records of a period as JSON (a list of payloads with status and missing) or CSV
    (UTF-8 with BOM, Chinese headers, a record a row; lists joined with ；); JSON records carry
    the national names (:func:`national_record`)."""
    if fmt not in ("json", "csv"):
        raise ValidationErrors(
            [ValidationError("format", "invalid_choice", "json or csv", fmt, choices="json, csv")]
        )
    with ctx.db.read() as session:
        require(session, ctx, Permission.SETUP)
    rows = list_records(ctx, start, end)
    if fmt == "json":
        data = [
            {
                **national_record(r.payload),
                "status": r.status.value,
                "missing": r.missing,
                "last_error": r.last_error,
            }
            for r in rows
        ]
        return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_COLUMNS, extrasaction="ignore")
    heads = {"record_id": "档案编号", "status": "状态", "voided": "作废", "missing": "缺项"}
    writer.writerow({c: heads.get(c) or ELEMENTS.get(c, c) for c in CSV_COLUMNS})
    for r in rows:
        writer.writerow(_csv_row(r))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


# -- upload ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class UploadResult:
    sent: int
    failed: int
    errors: list[tuple[str, str]]  # (record id, reason)
    configured: bool = True


Sender = Callable[[str, str, bytes, float], int]


def _http_send(url: str, token: str, body: bytes, timeout: float) -> int:
    """POST one record; returns the HTTP status (raises on a network failure)."""
    headers = {"Content-Type": "application/json; charset=utf-8"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return int(response.status)
    except urllib.error.HTTPError as err:
        return int(err.code)


def _config(session: Session, branch_id: int) -> tuple[str, str]:
    rows = dict(
        session.execute(
            select(Setting.key, Setting.value).where(
                Setting.branch_id == branch_id, Setting.key.in_((URL_KEY, TOKEN_KEY))
            )
        ).all()
    )
    url = SETTINGS[URL_KEY].from_text(rows.get(URL_KEY))
    token = SETTINGS[TOKEN_KEY].from_text(rows.get(TOKEN_KEY))
    return url or "", token or ""


def upload_records(
    ctx: ServiceContext,
    *,
    retries: int = 3,
    backoff: float = 0.5,
    timeout: float = 10.0,
    limit: int = 500,
    send: Sender = _http_send,
    sleep: Callable[[float], None] = time.sleep,
) -> UploadResult:
    """Send pending and failed records (oldest first), each up to ``retries`` times with a
    doubling ``backoff`` between tries. A 2xx answer marks the record sent; anything else
    marks it failed with the reason (the status or the network error) and leaves it for the
    next run. Each record is written in its own transaction, so a stop midway loses nothing."""
    with ctx.db.read() as session:
        require(session, ctx, Permission.SETUP)
        url, token = _config(session, ctx.actor.branch_id)
        ids = list(
            session.scalars(
                select(HealthRecord.id)
                .where(
                    HealthRecord.branch_id == ctx.actor.branch_id,
                    HealthRecord.status.in_(
                        (HealthRecordStatus.PENDING, HealthRecordStatus.FAILED)
                    ),
                )
                .order_by(HealthRecord.settled_at, HealthRecord.id)
                .limit(limit)
            )
        )
    if not url:
        return UploadResult(0, 0, [], configured=False)
    sent, errors = 0, []
    for record_id in ids:
        with ctx.db.read() as session:
            record = session.get(HealthRecord, record_id)
            if record is None or record.status is HealthRecordStatus.SENT:
                continue
            stored = json.loads(record.payload)
            body = json.dumps(national_record(stored), ensure_ascii=False).encode("utf-8")
            name = stored.get("record_id", str(record_id))
        reason = None
        tries = 0
        for attempt in range(max(1, retries)):
            tries += 1
            try:
                status = send(url, token, body, timeout)
            except (OSError, ValueError) as err:  # refused, timed out, DNS...
                reason = f"network: {getattr(err, 'reason', err)}"
            else:
                if 200 <= status < 300:
                    reason = None
                    break
                reason = f"HTTP {status}"
                if 400 <= status < 500 and status not in (408, 429):
                    break  # the endpoint refuses the record: retrying now will not help
            if attempt + 1 < retries:
                sleep(backoff * 2**attempt)
        with ctx.db.write() as session:
            record = session.get(HealthRecord, record_id)
            if record is None:
                continue
            record.attempts += tries
            if reason is None:
                record.status = HealthRecordStatus.SENT
                record.sent_at = utcnow()
                record.last_error = None
                sent += 1
            else:
                record.status = HealthRecordStatus.FAILED
                record.last_error = reason[:500]
                errors.append((name, reason))
    return UploadResult(sent, len(errors), errors)
