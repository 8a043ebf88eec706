"""Messages to customers: templates per event and language, the outbox, sending.

- Templates (``MessageTemplate``) per event (:class:`MessageEvent`) in zh_CN and en, with
  ``{placeholder}`` fields; each event has its own placeholders (:data:`PLACEHOLDERS`). The
  defaults come with the reference data (``app.reference.MESSAGE_TEMPLATES``); the setup
  desk edits them (:func:`save_template`): an unknown placeholder or unmatched brace is
  refused next to the body.
- :func:`queue_message` renders a template for a customer into the outbox, *only* with
  the customer's SMS consent in force (``contact_consents``, the latest row per channel):
  no consent, an anonymised or merged customer, or no phone is refused with a clear field
  error and nothing is queued.
- :func:`send_queued` sends queued (and failed, up to :data:`MAX_ATTEMPTS`) messages
  through the configured gateway (``app.services.sms_gateway``), each in its own short
  transaction; nothing is sent in the shop's quiet hours (``messages.quiet_from`` ..
  ``messages.quiet_until``, shop-local); the consent is checked again at sending.
- Without a gateway, :func:`call_list` / :func:`call_list_csv` give the queued messages as
  a list to print or copy (name, phone, text), and :func:`mark_sent` records one sent by
  hand.

Rights: queueing and marking one sent by hand, ``MESSAGES``; templates, ``SETUP``; reading
the outbox and the call list and sending what is queued (a periodic job, the command
line's ``messages send``), ``VIEW``.
"""

from __future__ import annotations

import csv
import io
import json
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, time
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.db.changes import Entity, RecordAction, record_change
from app.domain.enums import ContactChannel, MessageEvent, MessageStatus
from app.domain.errors import ConflictError, NotFound, ValidationError
from app.domain.models import Asset, Customer, FollowUp, Message, MessageTemplate
from app.domain.permissions import Permission
from app.domain.types import utcnow
from app.services.access import require
from app.services.audit import audit
from app.services.complaints import shop_hours
from app.services.context import ServiceContext
from app.services.settings import setting
from app.services.sms_gateway import AliyunSms, SmsFailed, SmsGateway

LANGS = ("zh_CN", "en")
MAX_ATTEMPTS = 3
_COMMON = ("customer", "shop", "shop_phone")
#: the placeholders each event's templates may use
PLACEHOLDERS: dict[MessageEvent, tuple[str, ...]] = {
    MessageEvent.FOLLOW_UP: (*_COMMON, "asset"),
    MessageEvent.SERVICE_REMINDER: (*_COMMON, "asset", "due_date", "due_km"),
    MessageEvent.APPOINTMENT_CONFIRMATION: (*_COMMON, "asset", "time"),
    MessageEvent.APPOINTMENT_REMINDER: (*_COMMON, "asset", "time"),
    MessageEvent.READY_FOR_PICKUP: (*_COMMON, "asset", "order_no", "amount"),
    MessageEvent.EXTRA_WORK: (*_COMMON, "asset", "order_no", "amount"),
}


# -- templates -----------------------------------------------------------------------------


def placeholders_of(body: str) -> list[str]:
    """The ``{names}`` a template uses, in order; unmatched braces or a format spec are
    refused (field ``body``)."""
    try:
        parts = list(string.Formatter().parse(body))
    except ValueError:
        raise ValidationError(
            "body", "bad_template", "the braces do not match: write {name}", body
        ) from None
    names: list[str] = []
    for _text, name, spec, conversion in parts:
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise ValidationError("body", "bad_template", f"{{{name}}} is not a placeholder", body)
        names.append(name)
    return names


def check_template(event: MessageEvent, body: str) -> str:
    """The body, stripped, if it is not empty and uses only the event's placeholders."""
    body = (body or "").strip()
    if not body:
        raise ValidationError("body", "required", "the text is required")
    if len(body) > 500:
        raise ValidationError("body", "too_long", "at most 500 characters", body, max_len=500)
    known = PLACEHOLDERS[event]
    for name in placeholders_of(body):
        if name not in known:
            raise ValidationError(
                "body",
                "unknown_placeholder",
                f"unknown placeholder {{{name}}} (known: {', '.join(known)})",
                name,
                name=name,
                known=", ".join(known),
            )
    return body


def render(body: str, values: Mapping[str, Any]) -> str:
    """The template filled with ``values``; a placeholder without a value is refused."""
    for name in placeholders_of(body):
        if values.get(name) in (None, ""):
            raise ValidationError(
                f"values.{name}", "missing_value", f"no value for {{{name}}}", None, name=name
            )
    return body.format(**{k: str(v) for k, v in values.items()})


@dataclass(frozen=True)
class TemplateRow:
    id: int
    event: MessageEvent
    lang: str
    body: str
    provider_code: str | None
    version: int
    placeholders: tuple[str, ...]


def _template_row(t: MessageTemplate) -> TemplateRow:
    return TemplateRow(
        t.id, t.event, t.lang, t.body, t.provider_code, t.version, PLACEHOLDERS[t.event]
    )


def ensure_templates(session: Session, branch_id: int = 1) -> None:
    """Add the default template of every event and language the branch lacks."""
    from app.reference import MESSAGE_TEMPLATES

    have = set(
        session.execute(
            select(MessageTemplate.event, MessageTemplate.lang).where(
                MessageTemplate.branch_id == branch_id
            )
        ).all()
    )
    for (event, lang), body in MESSAGE_TEMPLATES.items():
        if (event, lang) not in have:
            session.add(MessageTemplate(branch_id=branch_id, event=event, lang=lang, body=body))


def list_templates(ctx: ServiceContext) -> list[TemplateRow]:
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        rows = session.scalars(
            select(MessageTemplate)
            .where(MessageTemplate.branch_id == ctx.actor.branch_id)
            .order_by(MessageTemplate.event, MessageTemplate.lang)
        ).all()
        return [_template_row(t) for t in rows]


def save_template(
    ctx: ServiceContext,
    event: MessageEvent,
    lang: str,
    body: str,
    version: int | None,
    provider_code: str | None = None,
) -> TemplateRow:
    """Change (or add, ``version`` None) the template of ``event`` in ``lang``."""
    with ctx.db.write() as session:
        require(session, ctx, Permission.SETUP)
        if lang not in LANGS:
            raise ValidationError("lang", "not_a_choice", "zh_CN or en", lang)
        text = check_template(event, body)
        code = (provider_code or "").strip() or None
        if code is not None and len(code) > 40:
            raise ValidationError("provider_code", "too_long", "at most 40", code, max_len=40)
        t = session.scalar(
            select(MessageTemplate).where(
                MessageTemplate.branch_id == ctx.actor.branch_id,
                MessageTemplate.event == event,
                MessageTemplate.lang == lang,
            )
        )
        before = {"body": t.body, "provider_code": t.provider_code} if t else None
        if t is None:
            t = MessageTemplate(branch_id=ctx.actor.branch_id, event=event, lang=lang, body=text)
            session.add(t)
        else:
            if version is not None and t.version != version:
                raise ConflictError("message_template", t.id, version, t.version)
            t.body = text
        t.provider_code = code
        session.flush()
        record_change(session, Entity.MESSAGE_TEMPLATE, t.id, RecordAction.UPDATE, t.version,
                      ctx.actor.station_id, ctx.actor.branch_id)  # fmt: skip
        audit(
            session,
            ctx,
            "message.template",
            "message_template",
            t.id,
            summary=f"{event.value} ({lang})",
            before=before,
            after={"body": text, "provider_code": code},
        )
        return _template_row(t)


# -- the outbox ----------------------------------------------------------------------------


@dataclass(frozen=True)
class MessageRow:
    id: int
    customer_id: int
    customer_name: str
    phone: str
    channel: str
    event: MessageEvent
    lang: str
    body: str
    status: MessageStatus
    reason: str | None
    attempts: int
    created_at: datetime
    sent_at: datetime | None
    #: a queued message that cannot go out as things stand (the outbox says why): the
    #: refusal's code, ``no_consent``, ``anonymised``, ``merged`` or ``no_phone``
    blocked: str | None = None


def _message_row(session: Session, m: Message) -> MessageRow:
    customer = session.get(Customer, m.customer_id)
    return MessageRow(
        m.id, m.customer_id, customer.name if customer else "", m.phone, m.channel, m.event,
        m.lang, m.body, m.status, m.reason, m.attempts, m.created_at, m.sent_at,
    )  # fmt: skip


def has_consent(session: Session, customer_id: int, channel: ContactChannel) -> bool:
    """The customer's latest consent for ``channel`` (``contact_consents``) is a yes."""
    from app.services.followups import consent_in_force

    return bool(session.scalar(select(consent_in_force(customer_id, channel))))


def check_contactable(session: Session, customer: Customer, channel: ContactChannel) -> str:
    """The phone to use, or a field error: anonymised, merged, no phone, no consent."""
    if customer.anonymised_at is not None:
        raise ValidationError("customer_id", "anonymised", "the customer was anonymised",
                              customer.id)  # fmt: skip
    if customer.merged_into_id is not None:
        raise ValidationError("customer_id", "merged", "the customer's file was merged",
                              customer.id)  # fmt: skip
    phone = customer.primary_phone
    if not phone:
        raise ValidationError("phone", "no_phone", "the customer has no phone", customer.id)
    if not has_consent(session, customer.id, channel):
        raise ValidationError(
            "phone",
            "no_consent",
            f"no {channel.value} consent from the customer for {phone}",
            phone,
            channel=channel.value,
        )
    return phone


def queue_message(
    ctx: ServiceContext,
    customer_id: int,
    event: MessageEvent,
    values: Mapping[str, Any] | None = None,
    *,
    lang: str = "zh_CN",
) -> MessageRow:
    """Render the event's template for the customer and put it in the outbox (SMS)."""
    with ctx.db.write() as session:
        require(session, ctx, Permission.MESSAGES)
        if lang not in LANGS:
            raise ValidationError("lang", "not_a_choice", "zh_CN or en", lang)
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFound("customer", customer_id)
        phone = check_contactable(session, customer, ContactChannel.SMS)
        m = _queue(session, ctx, customer, phone, event, values, lang)
        return _message_row(session, m)


def _queue(
    session: Session,
    ctx: ServiceContext,
    customer: Customer,
    phone: str,
    event: MessageEvent,
    values: Mapping[str, Any] | None,
    lang: str,
) -> Message:
    """The event's template rendered for ``customer`` and added to the outbox, in the
    caller's transaction (``phone``: from :func:`check_contactable`)."""
    t = session.scalar(
        select(MessageTemplate).where(
            MessageTemplate.branch_id == ctx.actor.branch_id,
            MessageTemplate.event == event,
            MessageTemplate.lang == lang,
        )
    )
    if t is None:
        raise ValidationError("event", "no_template", "no template", event.value)
    filled: dict[str, Any] = {
        "customer": customer.name,
        "shop": setting(session, "shop.short_name", ctx.actor.branch_id)
        or setting(session, "shop.legal_name", ctx.actor.branch_id),
        "shop_phone": setting(session, "shop.phone", ctx.actor.branch_id),
        **(values or {}),
    }
    unknown = sorted(set(values or {}) - set(PLACEHOLDERS[event]))
    if unknown:
        raise ValidationError(
            f"values.{unknown[0]}", "unknown_placeholder", "not a placeholder", unknown[0],
            name=unknown[0], known=", ".join(PLACEHOLDERS[event]),
        )  # fmt: skip
    body = render(t.body, filled)
    used = {k: str(filled[k]) for k in placeholders_of(t.body)}
    m = Message(
        branch_id=ctx.actor.branch_id,
        customer_id=customer.id,
        phone=phone,
        channel=ContactChannel.SMS.value,
        event=event,
        template_id=t.id,
        lang=lang,
        body=body,
        params=json.dumps(used, ensure_ascii=False),
        status=MessageStatus.QUEUED,
        created_by=ctx.actor.user_id,
    )
    session.add(m)
    session.flush()
    _changed(session, ctx, m, RecordAction.QUEUE)
    audit(
        session, ctx, "message.queue", "message", m.id,
        summary=f"{event.value} -> {phone}: {body[:200]}", customer_id=customer.id,
    )  # fmt: skip
    return m


def queue_followup_sms(session: Session, ctx: ServiceContext, fu: FollowUp) -> int | None:
    """The SMS a follow-up owes after its third unanswered call (DOMAIN.md, "Follow-up"),
    put in the outbox in the caller's transaction (``followups.record_call``: the call and
    its SMS are written together or not at all). The follow-up template (zh_CN) with the
    customer, the shop and the vehicle or device.

    Returns the message's id, or ``None`` when the customer may not be texted (no SMS
    consent in force, no phone, a merged or anonymised file) or the text cannot be filled
    (no template, the shop's name or phone missing from its profile): nothing is queued,
    the call is still recorded and the follow-up keeps its ``sms_due`` mark for the desk
    to say. It is queued at any hour; :func:`send_queued` holds it while the shop's quiet
    hours last, and checks the consent again when it sends."""
    customer = session.get(Customer, fu.customer_id)
    if customer is None:
        return None
    try:
        phone = check_contactable(session, customer, ContactChannel.SMS)
        asset = session.get(Asset, fu.asset_id)
        values = {"asset": asset.label if asset is not None and asset.label else "-"}
        # refused before anything is added: nothing half-written
        m = _queue(session, ctx, customer, phone, MessageEvent.FOLLOW_UP, values, "zh_CN")
    except ValidationError:
        return None
    return m.id


def _changed(session: Session, ctx: ServiceContext, m: Message, action: RecordAction) -> None:
    """Every station's outbox shows it (the change feed)."""
    record_change(session, Entity.MESSAGE, m.id, action, None, ctx.actor.station_id, m.branch_id)


def outbox(
    ctx: ServiceContext,
    status: MessageStatus | None = None,
    *,
    ids: Iterable[int] | None = None,
    customer_ids: Iterable[int] | None = None,
) -> list[MessageRow]:
    """The branch's messages, oldest first. With ``ids`` and/or ``customer_ids``, only the
    messages named and those of the customers named (a desk patching the rows a change
    names: a message written, a customer whose consent or phone changed)."""
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        stmt = select(Message).where(Message.branch_id == ctx.actor.branch_id)
        if ids is not None or customer_ids is not None:
            named, of = sorted(set(ids or ())), sorted(set(customer_ids or ()))
            if not named and not of:
                return []
            stmt = stmt.where(or_(Message.id.in_(named), Message.customer_id.in_(of)))
        if status is not None:
            stmt = stmt.where(Message.status == status)
        rows = session.scalars(stmt.order_by(Message.created_at, Message.id)).all()
        return [_with_blocked(session, _message_row(session, m)) for m in rows]


def _with_blocked(session: Session, row: MessageRow) -> MessageRow:
    """A queued row with the reason it would be refused now (consent withdrawn since...)."""
    if row.status is not MessageStatus.QUEUED:
        return row
    customer = session.get(Customer, row.customer_id)
    try:
        if customer is not None:
            check_contactable(session, customer, ContactChannel(row.channel))
    except ValidationError as err:
        return replace(row, blocked=err.code)
    return row


def _clock(text: str) -> time:
    hour, minute = text.split(":")
    return time(int(hour), int(minute))


def in_quiet_hours(session: Session, branch_id: int, at: datetime) -> bool:
    """``at`` falls in the shop's quiet hours (shop-local; from..until may span midnight)."""
    start = _clock(setting(session, "messages.quiet_from", branch_id))
    end = _clock(setting(session, "messages.quiet_until", branch_id))
    local = at.astimezone(shop_hours(session, branch_id).zone).time()
    if start == end:
        return False
    if start < end:
        return start <= local < end
    return local >= start or local < end


def configured_gateway(session: Session, branch_id: int) -> SmsGateway | None:
    """The Aliyun gateway from the settings, or None when no access key is set."""
    key = setting(session, "sms.access_key_id", branch_id)
    secret = setting(session, "sms.access_key_secret", branch_id)
    if not key or not secret:
        return None
    return AliyunSms(
        key, secret, setting(session, "sms.sign_name", branch_id),
        setting(session, "sms.endpoint", branch_id),
    )  # fmt: skip


@dataclass(frozen=True)
class OutboxState:
    """What the desk says above the outbox: is a gateway set (else the call/SMS list is
    worked by hand), are the quiet hours on now, and which they are (shop-local HH:MM)."""

    configured: bool
    quiet: bool
    quiet_from: str
    quiet_until: str


def outbox_state(ctx: ServiceContext, *, at: datetime | None = None) -> OutboxState:
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        branch = ctx.actor.branch_id
        return OutboxState(
            configured_gateway(session, branch) is not None,
            in_quiet_hours(session, branch, at or utcnow()),
            setting(session, "messages.quiet_from", branch),
            setting(session, "messages.quiet_until", branch),
        )


@dataclass(frozen=True)
class SendResult:
    configured: bool
    quiet: bool
    sent: int
    failed: int
    errors: tuple[tuple[int, str], ...] = ()


def send_queued(
    ctx: ServiceContext, gateway: SmsGateway | None = None, *, at: datetime | None = None
) -> SendResult:
    """Send the queued messages (and failed ones with attempts left), oldest first; nothing
    in quiet hours; each message's consent is checked again. ``gateway``: the configured
    one when not given."""
    now = at or utcnow()
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        branch = ctx.actor.branch_id
        gateway = gateway or configured_gateway(session, branch)
        if gateway is None:
            return SendResult(False, False, 0, 0)
        if in_quiet_hours(session, branch, now):
            return SendResult(True, True, 0, 0)
        ids = session.scalars(
            select(Message.id)
            .where(
                Message.branch_id == branch,
                or_(
                    Message.status == MessageStatus.QUEUED,
                    (Message.status == MessageStatus.FAILED) & (Message.attempts < MAX_ATTEMPTS),
                ),
            )
            .order_by(Message.created_at, Message.id)
        ).all()
    sent = failed = 0
    errors: list[tuple[int, str]] = []
    for message_id in ids:
        with ctx.db.read() as session:
            m = session.get(Message, message_id)
            assert m is not None
            customer = session.get(Customer, m.customer_id)
            assert customer is not None
            phone, body, params = m.phone, m.body, json.loads(m.params or "{}")
            code = None
            if m.template_id is not None:
                t = session.get(MessageTemplate, m.template_id)
                code = t.provider_code if t else None
            try:
                check_contactable(session, customer, ContactChannel(m.channel))
                refusal = None
            except ValidationError as err:
                refusal = f"{err.code}: {err.message}"
        provider_id = None
        reason = refusal
        if reason is None:
            try:
                provider_id = gateway.send(phone, body, template_code=code, params=params)
            except SmsFailed as err:
                reason = err.reason
        with ctx.db.write() as session:
            m = session.get(Message, message_id)
            assert m is not None
            m.attempts += 1
            if reason is None:
                m.status, m.sent_at, m.reason, m.provider_id = (
                    MessageStatus.SENT, utcnow(), None, provider_id
                )  # fmt: skip
                sent += 1
                audit(
                    session, ctx, "message.send", "message", m.id,
                    summary=f"{m.event.value} -> {m.phone}", customer_id=m.customer_id,
                )  # fmt: skip
            else:
                m.status, m.reason = MessageStatus.FAILED, reason[:500]
                if refusal is not None:
                    m.attempts = max(m.attempts, MAX_ATTEMPTS)  # no consent: never retried
                failed += 1
                errors.append((m.id, reason))
            _changed(session, ctx, m, RecordAction.SEND if reason is None else RecordAction.FAIL)
    return SendResult(True, False, sent, failed, tuple(errors))


def send_test(ctx: ServiceContext, phone: str, lang: str = "zh_CN") -> str:
    """One SMS to ``phone`` through the *saved* gateway settings (the Setup desk's test):
    the follow-up template in ``lang`` with sample values. Returns the provider's id; a
    refusal is a field error of ``test_phone`` (no gateway, or the gateway's own reason)."""
    from app.domain.validation import check_phone

    if lang not in LANGS:
        raise ValidationError("lang", "not_a_choice", "zh_CN or en", lang)
    with ctx.db.read() as session:
        require(session, ctx, Permission.SETUP)
        number = check_phone(phone, "test_phone")
        branch = ctx.actor.branch_id
        gateway = configured_gateway(session, branch)
        if gateway is None:
            raise ValidationError("test_phone", "no_gateway", "no SMS gateway is set", number)
        t = session.scalar(
            select(MessageTemplate).where(
                MessageTemplate.branch_id == branch,
                MessageTemplate.event == MessageEvent.FOLLOW_UP,
                MessageTemplate.lang == lang,
            )
        )
        if t is None:
            raise ValidationError("event", "no_template", "no template", "follow_up")
        sample = {
            "customer": "测试" if lang == "zh_CN" else "Test",
            "shop": setting(session, "shop.short_name", branch)
            or setting(session, "shop.legal_name", branch)
            or "Workbay",
            "shop_phone": setting(session, "shop.phone", branch) or "-",
            "asset": "粤B12345",
        }
        body = render(t.body, sample)
        params = {k: str(sample[k]) for k in placeholders_of(t.body)}
        code = t.provider_code
    try:
        provider_id = gateway.send(number, body, template_code=code, params=params)
    except SmsFailed as err:
        raise ValidationError(
            "test_phone", "sms_failed", err.reason, number, reason=err.reason
        ) from None
    with ctx.db.write() as session:
        audit(session, ctx, "message.send", "message", None, summary=f"test -> {number}")
    return provider_id


def mark_sent(ctx: ServiceContext, message_id: int) -> MessageRow:
    """A queued message sent by hand (from the printed call/SMS list)."""
    with ctx.db.write() as session:
        require(session, ctx, Permission.MESSAGES)
        m = session.get(Message, message_id)
        if m is None or m.branch_id != ctx.actor.branch_id:
            raise NotFound("message", message_id)
        customer = session.get(Customer, m.customer_id)
        assert customer is not None
        check_contactable(session, customer, ContactChannel(m.channel))
        m.status, m.sent_at, m.reason = MessageStatus.SENT, utcnow(), "sent by hand"
        m.attempts += 1
        _changed(session, ctx, m, RecordAction.SEND)
        audit(
            session, ctx, "message.send", "message", m.id,
            summary=f"{m.event.value} -> {m.phone} (by hand)", customer_id=m.customer_id,
        )  # fmt: skip
        return _message_row(session, m)


def call_list(ctx: ServiceContext) -> list[MessageRow]:
    """The queued messages to call or text by hand (no gateway), oldest first; one whose
    customer may not be contacted now (consent withdrawn since it was queued, anonymised,
    merged) is left out."""
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        rows = session.scalars(
            select(Message)
            .where(Message.branch_id == ctx.actor.branch_id, Message.status == MessageStatus.QUEUED)
            .order_by(Message.created_at, Message.id)
        ).all()
        listed = [_with_blocked(session, _message_row(session, m)) for m in rows]
        return [r for r in listed if r.blocked is None]


CALL_LIST_HEADERS = ("编号", "客户", "电话", "事由", "短信内容")


def call_list_csv(ctx: ServiceContext) -> bytes:
    """:func:`call_list` as CSV (UTF-8 with BOM for Excel, Chinese headers)."""
    rows = call_list(ctx)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CALL_LIST_HEADERS)
    for r in rows:
        writer.writerow((r.id, r.customer_name, r.phone, r.event.value, r.body))
    return ("\ufeff" + out.getvalue()).encode("utf-8")
