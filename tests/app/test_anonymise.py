"""PIPL requests on both backends: a customer exported as JSON (file, phones, vehicles,
orders, consents with date and source, complaints, messages) and anonymised on request:
names, phones and address gone, orders kept for the books, audited, and afterwards no
message or complaint for them."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app.domain.enums import (
    ComplaintChannel,
    ComplaintKind,
    ComplaintSeverity,
    ContactChannel,
    MessageEvent,
    MessageStatus,
)
from app.domain.errors import AccessDenied, ValidationError
from app.domain.models import AuditEntry, Customer, Phone, WorkOrder
from app.services import complaints, followups, messages, privacy_requests, settings
from app.services.complaints import ComplaintInput
from tests.factories import manager_of, new_order


@pytest.fixture
def visit(ctx):
    settings.write_settings(
        manager_of(ctx), {"shop.short_name": "安达汽修", "shop.phone": "020-12345678"}
    )
    order = new_order(ctx)  # 张伟 13812345678, 粤B12345
    cid = order.customer.id
    followups.record_consent(ctx, cid, ContactChannel.SMS, True, "到店登记表")
    complaints.record_complaint(
        ctx,
        ComplaintInput(
            ComplaintChannel.PHONE, ComplaintKind.SERVICE, ComplaintSeverity.GENERAL,
            "等待时间太长", customer_id=cid, caller_name="张伟", caller_phone="13812345678",
        ),
    )  # fmt: skip
    messages.queue_message(ctx, cid, MessageEvent.FOLLOW_UP, {"asset": "粤B12345"})
    return order


def test_export_holds_everything_about_the_customer(ctx, visit):
    data = privacy_requests.export_customer(manager_of(ctx), visit.customer.id)
    json.dumps(data, ensure_ascii=False)  # JSON-ready
    assert data["customer"]["name"] == "张伟"
    assert [p["number"] for p in data["phones"]] == ["13812345678"]
    assert [o["number"] for o in data["orders"]] == [visit.order.number]
    assert [(c["channel"], c["granted"], c["source"]) for c in data["consents"]] == [
        ("sms", True, "到店登记表")
    ]
    assert data["complaints"][0]["caller_phone"] == "13812345678"
    assert data["messages"][0]["phone"] == "13812345678"


def test_anonymise_replaces_the_person_keeps_the_books_and_refuses_later_contact(ctx, visit, db):
    cid = visit.customer.id
    with pytest.raises(AccessDenied):
        privacy_requests.anonymise_customer(ctx, cid, "客户来函要求删除")
    boss = manager_of(ctx)
    with pytest.raises(ValidationError) as err:
        privacy_requests.anonymise_customer(boss, cid, " ")
    assert err.value.field == "reason"
    privacy_requests.anonymise_customer(boss, cid, "客户来函要求删除 2026-12-01")
    with db.read() as s:
        c = s.get(Customer, cid)
        assert c is not None and c.name == f"已匿名#{cid}" and c.anonymised_at is not None
        assert c.address is None and c.email is None
        assert (
            s.scalar(select(func.count()).select_from(Phone).where(Phone.customer_id == cid)) == 0
        )
        assert (
            s.scalar(select(WorkOrder.number).where(WorkOrder.customer_id == cid))
            == visit.order.number
        )
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "customer.anonymise")).one()
        assert entry.customer_id == cid and "13812345678" not in (
            entry.summary + (entry.after or "")
        )
    data = privacy_requests.export_customer(boss, cid)
    assert data["complaints"][0]["caller_name"] is None
    assert data["messages"][0]["phone"] == "-"
    assert data["messages"][0]["status"] == MessageStatus.FAILED.value
    with pytest.raises(ValidationError) as err:
        messages.queue_message(ctx, cid, MessageEvent.FOLLOW_UP, {"asset": "粤B12345"})
    assert err.value.code == "anonymised"
    with pytest.raises(ValidationError) as err:
        complaints.record_complaint(
            ctx,
            ComplaintInput(
                ComplaintChannel.PHONE, ComplaintKind.SERVICE, ComplaintSeverity.GENERAL, "再次",
                customer_id=cid,
            ),
        )  # fmt: skip
    assert err.value.code == "anonymised"
    with pytest.raises(ValidationError) as err:
        privacy_requests.anonymise_customer(boss, cid, "again")
    assert err.value.code == "anonymised"
