"""The electronic health record (汽车维修电子健康档案, JT/T 1132): queued at settlement with the
national data elements, missing ones listed before the customer leaves, withdrawn by a void,
exported as JSON/CSV, and uploaded to a local HTTP endpoint the test starts: success, the
endpoint down (nothing lost, retried later), a server error with its reason, idempotent
resends (the record id is in the payload)."""

from __future__ import annotations

import csv
import io
import json
import socket
import threading
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from app.cli import main
from app.config import DATABASE_URL_ENV
from app.domain.enums import HealthRecordStatus, LineKind
from app.domain.enums import OrderState as S
from app.domain.errors import AccessDenied
from app.domain.types import utcnow
from app.services import cashier, health_records
from app.services.inputs import LineInput
from app.services.settings import put_setting
from tests.app._support import make_vin, order_in
from tests.factories import cashier_of, manager_of, phone_device, vehicle


def _shop(ctx, license_no: str = "粤交运管许可穗字440100001号") -> None:
    with ctx.db.write() as s:
        put_setting(s, "shop.legal_name", "广州市好修汽车维修有限公司")
        if license_no:
            put_setting(s, "shop.license_no", license_no)


def _lines() -> list[LineInput]:
    return [
        LineInput(LineKind.LABOR, "更换刹车片", "1.5", "180.00", code="L-BRK"),
        LineInput(LineKind.PART, "刹车片", "2", "160.00", code="P-PAD"),
        LineInput(LineKind.PART, "刹车油", "1", "45.00"),
    ]


def _vin(plate: str) -> str:
    return make_vin("LSVNV2182E2" + plate[-2:] + "001")


def _settled(ctx, tech, plate: str, vin: str | None = "", **kw):
    vin = _vin(plate) if vin == "" else vin
    return order_in(ctx, tech, S.SETTLED, asset=vehicle(plate=plate, vin=vin), lines=_lines(), **kw)


@pytest.fixture
def admin(ctx):
    return manager_of(ctx)


def test_a_settled_repair_becomes_a_record_with_the_national_elements(ctx, tech, admin):
    _shop(ctx)
    d = _settled(ctx, tech, "粤A1HR01")
    assert d.health_missing == ["parts.2.code"]  # the brake fluid has no part code
    (r,) = health_records.list_records(admin)
    p = r.payload
    assert r.status is HealthRecordStatus.PENDING and r.order_id == d.id
    assert p["record_id"] == d.order.number and p["settlement_no"] == d.settlement.number
    assert (p["company_name"], p["company_license"]) == (
        "广州市好修汽车维修有限公司",
        "粤交运管许可穗字440100001号",
    )
    assert (p["vin"], p["plate"], p["repair_mileage"], p["fault"]) == (
        _vin("粤A1HR01"),
        "粤A1HR01",
        42000,
        "刹车有异响",
    )
    assert p["items"] == [{"name": "更换刹车片", "code": "L-BRK", "hours": "1.5"}]
    assert p["parts"] == [
        {"name": "刹车片", "code": "P-PAD", "quantity": "2"},
        {"name": "刹车油", "code": "", "quantity": "1"},
    ]
    assert p["repair_date"] == p["settle_date"] == utcnow().astimezone().date().isoformat()
    assert health_records.record_of_order(admin, d.id).missing == ["parts.2.code"]  # type: ignore[union-attr]


def test_missing_elements_are_listed_at_settlement(ctx, tech):
    d = _settled(ctx, tech, "粤A1HR02", vin=None)  # no shop profile, no VIN
    assert {"company_name", "company_license", "vin", "parts.2.code"} <= set(d.health_missing)


def test_a_phone_repair_has_no_health_record(ctx, tech, admin):
    d = order_in(ctx, tech, S.SETTLED, asset=phone_device("356938035643809"))
    assert d.health_missing is None
    assert health_records.list_records(admin) == []


def test_a_void_withdraws_an_unsent_record_and_marks_a_sent_one(ctx, tech, admin):
    _shop(ctx)
    d = _settled(ctx, tech, "粤A1HR03")
    boss = manager_of(ctx)
    d = cashier.void_settlement(boss, d.id, "开错了")
    assert health_records.list_records(admin) == []  # never sent: withdrawn
    d = cashier.settle(cashier_of(ctx), d.id)
    (r,) = health_records.list_records(admin)
    assert r.payload["settlement_no"] == d.settlement.number
    with ctx.db.write() as s:  # as if uploaded
        from app.domain.models import HealthRecord

        rec = s.get(HealthRecord, r.id)
        rec.status, rec.sent_at = HealthRecordStatus.SENT, utcnow()
    cashier.void_settlement(boss, d.id, "金额有误")
    (r,) = health_records.list_records(admin)
    assert r.status is HealthRecordStatus.PENDING and r.payload["voided"] is True


def test_export_json_and_csv_of_a_period(ctx, tech, admin):
    _shop(ctx)
    d = _settled(ctx, tech, "粤A1HR04")
    today = utcnow().astimezone().date()
    data = json.loads(health_records.export_records(admin, today, today, "json"))
    assert [r["record_id"] for r in data] == [d.order.number]
    assert data[0]["status"] == "pending" and data[0]["missing"] == ["parts.2.code"]
    # the national names (JT/T 1132 upload message): basic information, projects, parts
    basic = data[0]["basicInfo"]
    assert basic["vehicleplatenumber"] == "粤A1HR04" and basic["costlistcode"] == (
        d.settlement.number
    )
    assert set(basic) == {
        "vehicleplatenumber", "companyname", "vin", "repairdate", "repairmileage",
        "settledate", "faultdescription", "costlistcode",
    }  # fmt: skip
    assert basic["repairdate"] == today.isoformat() and basic["repairmileage"].isdigit()
    assert data[0]["repairprojectlist"] == [{"repairproject": "更换刹车片", "workinghours": "1.5"}]
    assert [p["partscode"] for p in data[0]["vehiclepartslist"]] == ["P-PAD", ""]
    assert {"partsname", "partscode", "partsquantity"} == set(data[0]["vehiclepartslist"][0])
    assert (
        json.loads(
            health_records.export_records(
                admin, today - timedelta(days=9), today - timedelta(days=1)
            )
        )
        == []
    )
    raw = health_records.export_records(admin, today, today, "csv").decode("utf-8-sig")
    head, row = list(csv.reader(io.StringIO(raw)))
    assert head[:4] == ["档案编号", "状态", "维修企业名称", "经营许可证号"]
    assert "车辆识别代码" in head and "配件编码" in head and "维修工时" in head
    got = dict(zip(head, row, strict=True))
    assert got["配件名称"] == "刹车片；刹车油" and got["配件编码"] == "P-PAD；"
    assert got["维修工时"] == "1.5" and got["结算清单编号"] == d.settlement.number
    with pytest.raises(AccessDenied):
        health_records.export_records(cashier_of(ctx), today, today)


# -- upload against a local endpoint ------------------------------------------------------


class Endpoint:
    """A local HTTP endpoint: answers each POST with the next status of ``answers`` (the
    last one repeats) and keeps the bodies it got."""

    def __init__(self) -> None:
        self.answers: list[int] = [200]
        self.got: list[dict] = []
        self.auth: list[str | None] = []
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers["Content-Length"]))
                endpoint.got.append(json.loads(body))
                endpoint.auth.append(self.headers.get("Authorization"))
                status = (
                    endpoint.answers.pop(0) if len(endpoint.answers) > 1 else endpoint.answers[0]
                )
                self.send_response(status)
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/records"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def endpoint() -> Iterator[Endpoint]:
    e = Endpoint()
    yield e
    e.close()


def _point_to(ctx, url: str, token: str = "s3cret") -> None:
    with ctx.db.write() as s:
        put_setting(s, "records.upload_url", url)
        put_setting(s, "records.upload_token", token)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _upload(ctx, **kw):
    return health_records.upload_records(ctx, backoff=0.0, timeout=2.0, **kw)


def test_upload_sends_pending_records_once(ctx, tech, admin, endpoint):
    _shop(ctx)
    a = _settled(ctx, tech, "粤A1HR05")
    b = _settled(ctx, tech, "粤A1HR06")
    _point_to(ctx, endpoint.url)
    result = _upload(admin)
    assert (result.sent, result.failed) == (2, 0)
    assert [g["record_id"] for g in endpoint.got] == [a.order.number, b.order.number]
    assert [g["basicInfo"]["vehicleplatenumber"] for g in endpoint.got] == ["粤A1HR05", "粤A1HR06"]
    assert endpoint.got[0]["basicInfo"]["costlistcode"] == a.settlement.number
    assert endpoint.got[0]["repairprojectlist"][0]["repairproject"] == "更换刹车片"
    assert endpoint.auth == ["Bearer s3cret"] * 2
    rows = health_records.list_records(admin)
    assert {r.status for r in rows} == {HealthRecordStatus.SENT}
    assert all(r.sent_at and r.attempts == 1 for r in rows)
    assert _upload(admin).sent == 0 and len(endpoint.got) == 2  # nothing sent twice


def test_endpoint_down_keeps_the_records_and_a_later_run_sends_them(ctx, tech, admin, endpoint):
    _shop(ctx)
    d = _settled(ctx, tech, "粤A1HR07")
    _point_to(ctx, f"http://127.0.0.1:{_free_port()}/records")  # nobody listens
    result = _upload(admin, retries=2)
    assert (result.sent, result.failed) == (0, 1)
    (r,) = health_records.list_records(admin)
    assert r.status is HealthRecordStatus.FAILED and r.attempts == 2
    assert r.last_error and r.last_error.startswith("network:")
    assert r.payload["record_id"] == d.order.number  # the record is whole
    _point_to(ctx, endpoint.url)  # back up
    assert _upload(admin).sent == 1
    (r,) = health_records.list_records(admin)
    assert r.status is HealthRecordStatus.SENT and r.last_error is None and r.attempts == 3


def test_a_server_error_is_retried_then_kept_with_its_reason(ctx, tech, admin, endpoint):
    _shop(ctx)
    d = _settled(ctx, tech, "粤A1HR08")
    _point_to(ctx, endpoint.url)
    endpoint.answers = [500]
    slept: list[float] = []
    result = health_records.upload_records(admin, retries=3, backoff=0.5, sleep=slept.append)
    assert result.errors == [(d.order.number, "HTTP 500")]
    assert slept == [0.5, 1.0]  # doubling backoff between the three tries
    (r,) = health_records.list_records(admin)
    assert (r.status, r.last_error, r.attempts) == (HealthRecordStatus.FAILED, "HTTP 500", 3)
    # a refusal (4xx) is not retried in the same run
    endpoint.answers = [422]
    endpoint.got.clear()
    assert _upload(admin, retries=3).errors == [(d.order.number, "HTTP 422")]
    assert len(endpoint.got) == 1


def test_a_resend_carries_the_same_record_id(ctx, tech, admin, endpoint):
    _shop(ctx)
    d = _settled(ctx, tech, "粤A1HR09")
    _point_to(ctx, endpoint.url)
    endpoint.answers = [503, 200]  # the first try fails, the retry goes through
    assert _upload(admin, retries=3).sent == 1
    assert [g["record_id"] for g in endpoint.got] == [d.order.number] * 2
    assert endpoint.got[0] == endpoint.got[1]  # the same record: the endpoint can dedupe


def test_upload_without_an_endpoint_sends_nothing(ctx, tech, admin):
    _settled(ctx, tech, "粤A1HR10")
    result = _upload(admin)
    assert not result.configured and result.sent == 0
    (r,) = health_records.list_records(admin)
    assert r.status is HealthRecordStatus.PENDING


def test_the_records_commands(ctx, tech, db_url, endpoint, monkeypatch, capsys, tmp_path):
    _shop(ctx)
    d = _settled(ctx, tech, "粤A1HR11")
    monkeypatch.setenv(DATABASE_URL_ENV, db_url)
    today = utcnow().astimezone().date().isoformat()
    out = tmp_path / "records.csv"
    assert (
        main(
            ["records", "export", "--from", today, "--to", today, "--format", "csv", "-o", str(out)]
        )
        == 0
    )
    assert d.order.number in out.read_bytes().decode("utf-8-sig")
    assert main(["records", "upload"]) == 2  # no endpoint yet
    _point_to(ctx, endpoint.url)
    capsys.readouterr()
    assert main(["records", "upload", "--backoff", "0"]) == 0
    assert "sent 1, failed 0" in capsys.readouterr().out
    assert main(["records", "list", "--status", "sent"]) == 0
    assert d.order.number in capsys.readouterr().out
