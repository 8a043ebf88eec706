"""Messages on both backends: default templates per event and language, a template with an
unknown placeholder refused next to its field, consent honoured when queueing and again
when sending, quiet hours, the call/SMS list without a gateway, and the Aliyun SendSms
adapter against a local HTTP server that checks the HMAC-SHA1 signature itself (with the
worked example of Aliyun's documentation as a fixed point)."""

from __future__ import annotations

import base64
import csv
import hashlib
import hmac
import io
import json
import threading
import urllib.parse
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import func, select

from app.domain.enums import ContactChannel, MessageEvent, MessageStatus
from app.domain.errors import AccessDenied, ValidationError
from app.domain.models import Message
from app.reference import MESSAGE_TEMPLATES
from app.services import customers, followups, messages, settings
from app.services.sms_gateway import AliyunSms, sign
from tests.factories import customer, manager_of

DAY = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
NIGHT = datetime(2026, 12, 1, 14, 0, tzinfo=UTC)  # 22:00 in Shanghai
SECRET = "testSecret"


@pytest.fixture
def shop(ctx):
    settings.write_settings(
        manager_of(ctx),
        {
            "shop.short_name": "安达汽修",
            "shop.phone": "020-12345678",
            "hours.timezone": "Asia/Shanghai",
        },
    )
    return ctx


@pytest.fixture
def person(shop):
    return customers.create_customer(shop, customer("王芳", "13800138000"))


def _consent(ctx, customer_id: int, granted: bool = True) -> None:
    followups.record_consent(ctx, customer_id, ContactChannel.SMS, granted, "到店登记表")


def _count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Message)) or 0


def test_every_event_has_default_templates_in_both_languages(shop):
    rows = messages.list_templates(shop)
    assert {(r.event, r.lang) for r in rows} == {(e, lang) for e in MessageEvent
                                                for lang in ("zh_CN", "en")}  # fmt: skip
    assert set(MESSAGE_TEMPLATES) == {(r.event, r.lang) for r in rows}


def test_a_template_with_an_unknown_placeholder_is_refused(shop, db):
    boss = manager_of(shop)
    with pytest.raises(ValidationError) as err:
        messages.save_template(
            boss, MessageEvent.READY_FOR_PICKUP, "zh_CN", "{customer}，{plate}可取车", None
        )
    assert (err.value.field, err.value.code, err.value.value) == (
        "body",
        "unknown_placeholder",
        "plate",
    )
    assert "order_no" in err.value.params["known"]
    with pytest.raises(ValidationError) as err:
        messages.save_template(
            boss, MessageEvent.READY_FOR_PICKUP, "zh_CN", "{customer 可取车", None
        )
    assert err.value.code == "bad_template"
    with pytest.raises(AccessDenied):
        messages.save_template(shop, MessageEvent.READY_FOR_PICKUP, "zh_CN", "{customer}", None)
    before = {r.event: r for r in messages.list_templates(shop) if r.lang == "zh_CN"}
    row = messages.save_template(
        boss, MessageEvent.READY_FOR_PICKUP, "zh_CN", "{customer}：{asset}已修好，{amount}元。",
        before[MessageEvent.READY_FOR_PICKUP].version, provider_code="SMS_100001",
    )  # fmt: skip
    assert row.version == before[MessageEvent.READY_FOR_PICKUP].version + 1
    assert row.provider_code == "SMS_100001"


def test_no_consent_is_refused_and_nothing_is_queued(shop, person, db):
    with pytest.raises(ValidationError) as err:
        messages.queue_message(shop, person.id, MessageEvent.FOLLOW_UP, {"asset": "粤B12345"})
    assert (err.value.field, err.value.code) == ("phone", "no_consent")
    assert _count(db) == 0
    _consent(shop, person.id)
    row = messages.queue_message(shop, person.id, MessageEvent.FOLLOW_UP, {"asset": "粤B12345"})
    assert row.status is MessageStatus.QUEUED and row.phone == "13800138000"
    assert row.body == (
        "王芳您好，感谢您光临安达汽修。您的粤B12345已交付，如有任何问题请致电020-12345678。"
    )
    # a withdrawal later wins: the latest consent row is the one in force
    _consent(shop, person.id, granted=False)
    with pytest.raises(ValidationError):
        messages.queue_message(shop, person.id, MessageEvent.FOLLOW_UP, {"asset": "粤B12345"})
    assert _count(db) == 1


def test_a_missing_value_or_a_stray_value_is_refused(shop, person, db):
    _consent(shop, person.id)
    with pytest.raises(ValidationError) as err:
        messages.queue_message(shop, person.id, MessageEvent.READY_FOR_PICKUP, {"asset": "x"})
    assert (err.value.field, err.value.code) == ("values.order_no", "missing_value")
    with pytest.raises(ValidationError) as err:
        messages.queue_message(shop, person.id, MessageEvent.FOLLOW_UP, {"asset": "x", "vin": "1"})
    assert (err.value.field, err.value.code) == ("values.vin", "unknown_placeholder")
    assert _count(db) == 0


def test_without_a_gateway_the_call_list_is_printed(shop, person):
    _consent(shop, person.id)
    row = messages.queue_message(
        shop, person.id, MessageEvent.READY_FOR_PICKUP,
        {"asset": "粤B12345", "order_no": "WO-20261201-0001", "amount": "1,280.00"}, lang="en",
    )  # fmt: skip
    result = messages.send_queued(shop, at=DAY)
    assert result.configured is False and result.sent == 0
    rows = messages.call_list(shop)
    assert [(r.id, r.customer_name, r.phone) for r in rows] == [(row.id, "王芳", "13800138000")]
    table = list(csv.reader(io.StringIO(messages.call_list_csv(shop).decode("utf-8-sig"))))
    assert table[0] == list(messages.CALL_LIST_HEADERS)
    assert table[1][2] == "13800138000"
    assert table[1][4] == (
        "Dear 王芳, your 粤B12345 (order WO-20261201-0001) is ready: 1,280.00 yuan. "
        "安达汽修, 020-12345678"
    )
    done = messages.mark_sent(shop, row.id)
    assert done.status is MessageStatus.SENT and messages.call_list(shop) == []


# -- the Aliyun adapter --------------------------------------------------------------------


def _encode(value: str) -> str:
    # RFC 3986 as the documentation spells it out: keep A-Z a-z 0-9 - _ . ~, %XY the rest
    out = []
    for byte in value.encode("utf-8"):
        ch = chr(byte)
        if ch.isascii() and (ch.isalnum() or ch in "-_.~"):
            out.append(ch)
        else:
            out.append(f"%{byte:02X}")
    return "".join(out)


def _expected_signature(params: dict[str, str], secret: str) -> str:
    query = "&".join(f"{_encode(k)}={_encode(params[k])}" for k in sorted(params))
    to_sign = "GET&" + _encode("/") + "&" + _encode(query)
    mac = hmac.new((secret + "&").encode(), to_sign.encode(), hashlib.sha1).digest()
    return base64.b64encode(mac).decode()


def test_signature_matches_the_worked_example_of_the_documentation():
    params = {
        "AccessKeyId": "testId", "Action": "SendSms", "Format": "XML", "OutId": "123",
        "PhoneNumbers": "15300000001", "RegionId": "cn-hangzhou",
        "SignName": "阿里云短信测试专用", "SignatureMethod": "HMAC-SHA1",
        "SignatureNonce": "45e25e9b-0a6f-4070-8c85-2956eda1b466", "SignatureVersion": "1.0",
        "TemplateCode": "SMS_71390007", "TemplateParam": '{"customer":"test"}',
        "Timestamp": "2017-07-12T02:42:19Z", "Version": "2017-05-25",
    }  # fmt: skip
    assert sign(params, "testSecret") == "zJDF+Lrzhj/ThnlvIToysFRq6t4="
    assert _expected_signature(params, "testSecret") == "zJDF+Lrzhj/ThnlvIToysFRq6t4="


class _Sms(BaseHTTPRequestHandler):
    answers: list[dict[str, str]] = []
    seen: list[dict[str, str]] = []

    def do_GET(self) -> None:  # noqa: N802
        query = urllib.parse.urlsplit(self.path).query
        params = dict(urllib.parse.parse_qsl(query, keep_blank_values=True))
        signature = params.pop("Signature", "")
        ok = signature == _expected_signature(params, SECRET)
        self.seen.append({**params, "_signature_ok": str(ok)})
        answer = (
            self.answers.pop(0)
            if ok and self.answers
            else {"Code": "SignatureDoesNotMatch", "Message": "Specified signature is not matched"}
        )
        body = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def sms_server() -> Iterator[str]:
    _Sms.answers, _Sms.seen = [], []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Sms)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_aliyun_gateway_sends_signed_requests_to_the_configured_endpoint(
    shop, person, sms_server, db
):
    boss = manager_of(shop)
    settings.write_settings(
        boss,
        {
            "sms.endpoint": sms_server,
            "sms.access_key_id": "LTAI-test",
            "sms.access_key_secret": SECRET,
            "sms.sign_name": "安达汽修",
        },
    )
    current = {r.event: r for r in messages.list_templates(shop) if r.lang == "zh_CN"}
    messages.save_template(
        boss, MessageEvent.FOLLOW_UP, "zh_CN", current[MessageEvent.FOLLOW_UP].body,
        current[MessageEvent.FOLLOW_UP].version, provider_code="SMS_123456",
    )  # fmt: skip
    _consent(shop, person.id)
    first = messages.queue_message(shop, person.id, MessageEvent.FOLLOW_UP, {"asset": "粤B12345"})
    second = messages.queue_message(shop, person.id, MessageEvent.FOLLOW_UP, {"asset": "粤B54321"})

    # quiet hours (21:00-08:00 shop time): nothing goes out at 22:00
    quiet = messages.send_queued(shop, at=NIGHT)
    assert quiet.quiet and quiet.sent == 0 and _Sms.seen == []

    _Sms.answers = [
        {"Code": "OK", "Message": "OK", "BizId": "900619746936498440^0", "RequestId": "r1"},
        {"Code": "isv.BUSINESS_LIMIT_CONTROL", "Message": "触发分钟级流控"},
    ]
    result = messages.send_queued(shop, at=DAY)
    assert (result.configured, result.sent, result.failed) == (True, 1, 1)
    assert [s["_signature_ok"] for s in _Sms.seen] == ["True", "True"]
    request = _Sms.seen[0]
    assert (request["Action"], request["PhoneNumbers"], request["SignName"]) == (
        "SendSms", "13800138000", "安达汽修",
    )  # fmt: skip
    assert request["TemplateCode"] == "SMS_123456"
    assert json.loads(request["TemplateParam"]) == {
        "customer": "王芳", "shop": "安达汽修", "asset": "粤B12345", "shop_phone": "020-12345678",
    }  # fmt: skip
    rows = {r.id: r for r in messages.outbox(shop)}
    assert rows[first.id].status is MessageStatus.SENT and rows[first.id].sent_at is not None
    assert rows[second.id].status is MessageStatus.FAILED
    assert rows[second.id].reason == "isv.BUSINESS_LIMIT_CONTROL: 触发分钟级流控"
    assert rows[second.id].attempts == 1

    # a failed one is tried again next time; a consent withdrawn meanwhile stops it
    _consent(shop, person.id, granted=False)
    again = messages.send_queued(shop, at=DAY)
    assert (again.sent, again.failed) == (0, 1) and len(_Sms.seen) == 2
    assert messages.outbox(shop, MessageStatus.FAILED)[0].reason.startswith("no_consent")


def test_a_wrong_secret_is_refused_by_the_server(sms_server):
    gateway = AliyunSms("LTAI-test", "not-the-secret", "安达汽修", sms_server)
    with pytest.raises(Exception) as err:
        gateway.send("13800138000", "x", template_code="SMS_1", params={"a": "b"})
    assert "SignatureDoesNotMatch" in str(err.value)


def test_messages_cli_send_without_a_gateway_then_the_call_list(
    shop, person, db_url, tmp_path, monkeypatch, capsys
):
    from app.cli import main

    monkeypatch.setenv("WORKBAY_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("WORKBAY_STATION", "Back office")
    monkeypatch.setenv("WORKBAY_DATABASE_URL", db_url)
    _consent(shop, person.id)
    row = messages.queue_message(shop, person.id, MessageEvent.FOLLOW_UP, {"asset": "粤B12345"})
    capsys.readouterr()
    assert main(["messages", "send"]) == 2  # no gateway set
    assert "call-list" in capsys.readouterr().err
    out_file = tmp_path / "calls.csv"
    assert main(["messages", "call-list", "-o", str(out_file)]) == 0
    table = list(csv.reader(io.StringIO(out_file.read_bytes().decode("utf-8-sig"))))
    assert table[1][:3] == [str(row.id), "王芳", "13800138000"]
    capsys.readouterr()
    assert main(["messages", "list", "--json", "--status", "queued"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(m["id"], m["status"], m["phone"]) for m in listed] == [
        (row.id, "queued", "13800138000")
    ]
