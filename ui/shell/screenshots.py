"""``python -m ui --screenshot DIR``: pictures of every desk and every intake step.

Runs offscreen on a fresh demo database in a temporary data dir (``app.demo.populate``),
once per language, with the station's live link running, and saves ``DIR/<lang>/NN-name.png``;
then each desk, with an order or a customer open, and the lounge's TV as they look on the
commonest counter screen, 1366×768 (the window maximised leaves 1366×728), as
``DIR/<lang>/desk-<desk>-1366x768.png``.
The desks are shown as the demo's service manager sees them (signed in with the demo's
password); then the first-start wizard, the sign-in (also refusing a wrong password, for
real), the lock screen and a manager's approval.
The last pictures show an outage: an intake really kept in the station's outbox, and the
status bar and stations page as they look while the database is out of reach (the embedded
demo database cannot really go away, so that state is shown, not provoked).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from app.domain.validation import vin_check_digit


def settle(ms: int = 400) -> None:
    """Let debounces fire and background service calls come back."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtTest import QTest

    for _ in range(6):
        QTest.qWait(ms // 6 + 1)
        QThreadPool.globalInstance().waitForDone(2000)
    QTest.qWait(60)


def demo_vin() -> str:
    body = "LFV3A23C5K3"
    vin = body + "X" + "12345"  # placeholder in position 9 replaced below
    vin = vin[:8] + vin_check_digit(vin[:8] + "0" + vin[9:]) + vin[9:]
    return vin


def run_screenshots(out_dir: str, languages: list[str]) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    tmp = Path(tempfile.mkdtemp(prefix="workbay-shots-"))
    os.environ["WORKBAY_DATA_DIR"] = str(tmp / "data")
    os.environ["WORKBAY_DATABASE_URL"] = f"sqlite:///{tmp / 'demo.sqlite3'}"
    os.environ.setdefault("WORKBAY_STATION", "Counter 1")
    os.environ.setdefault("WORKBAY_USER", "Li Na")

    from app.bootstrap import open_database
    from app.config import station_identity
    from app.demo.populate import populate
    from app.demo.shop import DEMO_PASSWORD
    from app.services import auth
    from ui.auth.who import Who
    from ui.shell.app import application, open_session, prepare_look

    app = application(["workbay", "-platform", "offscreen"])
    db = open_database()
    populate(db, 24, 48, seed=11)
    db.dispose()
    written: list[Path] = []
    for language in languages:
        _lang, family = prepare_look(language)
        db = open_database()
        station = station_identity().station
        signed_in = auth.sign_in_with_password(db, station, "zhou", DEMO_PASSWORD)
        session = open_session(signed_in.ctx, family, who=Who.of(signed_in.user))
        target = Path(out_dir) / language
        target.mkdir(parents=True, exist_ok=True)
        shots = _shoot(session, target)
        shots += _shoot_sign_in(session, target, len(shots) + 1)
        shots += shoot_counter_screen(session, target)
        written += shots
        session.close()
        app.processEvents()
    from ui.setup.screenshots import shoot_setup

    db = open_database()
    written += shoot_setup(db, Path(out_dir), languages)
    db.dispose()
    app.processEvents()
    for path in written:
        print(path)
    return 0


def _shoot(session: object, target: Path) -> list[Path]:
    from ui.reception.workspace import ReceptionWorkspace
    from ui.shell.app import Session

    assert isinstance(session, Session)
    window = session.window
    window.resize(1440, 900)
    window.show()
    settle()
    shots: list[Path] = []

    def grab(name: str) -> None:
        settle()
        path = target / f"{len(shots) + 1:02d}-{name}.png"
        window.grab().save(str(path))
        shots.append(path)

    for key in window.keys:
        window.switch_to(key)
        grab(f"desk-{key}")
    window.open_tv_board()
    tv = window._tv
    if tv is not None:
        tv.showNormal()
        tv.resize(1440, 810)
        settle()
        path = target / f"{len(shots) + 1:02d}-tv-board.png"
        tv.grab().save(str(path))
        shots.append(path)
        tv.close()
    reception = window.workspace("reception")
    assert isinstance(reception, ReceptionWorkspace)
    window.switch_to("reception")
    # a returning customer found by plate, then an order
    hits = reception.lookup
    hits.field.setText("粤B")
    grab("lookup-plate")
    first = hits.model.hit(0)
    if first is not None:
        reception._on_hit(first)
        grab("customer-found")
    rows = reception.recent_model.rows()
    if rows:
        reception.open_order(rows[0].order_id)
        grab("order")
        _payer_dialog(reception, target, shots)
    window.switch_to("customer")
    customer = window.workspace("customer")
    if first is not None and first.customer_id is not None:
        customer.show_customer(first.customer_id)  # type: ignore[attr-defined]
        grab("customer-file")
        for tab, name in ((1, "customer-assets"), (2, "customer-visits")):
            customer.tabs.setCurrentIndex(tab)  # type: ignore[attr-defined]
            grab(name)
    # the intake of a new walk-in, step by step
    window.switch_to("reception")
    reception.start_intake()
    fillers = _intake_fillers(reception)
    for n, (name, fill) in enumerate(fillers, start=1):
        fill()
        if name == "2-asset":  # a mistyped VIN is refused next to its field first
            vin = reception.flow.steps[1].fields["vin"]  # type: ignore[attr-defined]
            good = vin.text()
            vin.setText(good[:-1] + ("6" if good[-1] != "6" else "7"))
            reception.flow.go_next()
            grab("intake-2-asset-refused")
            vin.setText(good)
        grab(f"intake-{name}")
        if n < len(fillers):
            reception.flow.go_next()
    reception.flow._on_cancel()
    reception.flow._on_cancel()
    _outage(session, grab)
    window.hide()
    return shots


#: the commonest counter screen, and what a maximised window has of it (a task bar below)
COUNTER_SCREEN = (1366, 768)
COUNTER_WINDOW = (1366, 728)


def shoot_counter_screen(session: object, target: Path) -> list[Path]:
    """Every desk at 1366×768 with its tables full (an order open at the reception, the
    workshop and the cashier, a customer's file), and the TV board at that size."""
    from ui.shell.app import Session

    assert isinstance(session, Session)
    window = session.window
    window.resize(*COUNTER_WINDOW)
    window.show()
    settle()
    suffix = f"{COUNTER_SCREEN[0]}x{COUNTER_SCREEN[1]}"
    shots: list[Path] = []

    def grab(name: str, widget: object = None) -> None:
        settle()
        path = target / f"{name}-{suffix}.png"
        (widget or window).grab().save(str(path))  # type: ignore[attr-defined]
        shots.append(path)

    for key in window.keys:
        window.switch_to(key)
        _open_something(window, key)
        grab(f"desk-{key}")
    window.open_tv_board()
    tv = window._tv
    if tv is not None:
        tv.showNormal()
        tv.resize(*COUNTER_SCREEN)
        grab("tv-board", tv)
        tv.close()
    window.hide()
    return shots


def _open_something(window: object, key: str) -> None:
    """Fill the desk's detail tables: the first order of its list, the first customer."""
    ws = window.workspace(key)  # type: ignore[attr-defined]
    if key == "reception":
        rows = ws.recent_model.rows()
        if rows:
            ws.open_order(rows[0].order_id)
    elif key == "workshop" and ws.model.rowCount():
        ws.open_order(ws.model.board_row(0).order_id)
    elif key == "cashier" and ws.ready_model.rowCount():
        ws.open_order(ws.ready_model.rows()[0].order_id)
    elif key == "customer":
        from app.services import queries

        rows = window.workspace("reception").recent_model.rows()  # type: ignore[attr-defined]
        if rows:
            detail = queries.get_order(window.ctx, rows[0].order_id)  # type: ignore[attr-defined]
            ws.show_customer(detail.customer.id)
            ws.tabs.setCurrentIndex(2)  # the visits, with their lines


def _shoot_sign_in(session: object, target: Path, first: int) -> list[Path]:
    """The first start, the sign-in (and a wrong password refused), the lock screen and a
    manager's approval, each as the user sees it."""
    from PySide6.QtWidgets import QWidget

    from app.domain.permissions import Permission
    from ui.auth.approval_dialog import ApprovalDialog
    from ui.auth.first_start import FirstStartWizard
    from ui.auth.sign_in_dialog import SignInDialog
    from ui.shell.app import Session

    assert isinstance(session, Session)
    db, station = session.ctx.db, session.window.station
    shots: list[Path] = []

    def grab(widget: QWidget, name: str) -> None:
        settle()
        path = target / f"{first + len(shots):02d}-{name}.png"
        widget.grab().save(str(path))
        shots.append(path)

    wizard = FirstStartWizard(db, station)
    wizard.show()
    wizard.login.setText("zhou")
    wizard.name.setText("周建国")
    for secret in (wizard.password, wizard.password_again):
        secret.setText("a-long-secret")
    wizard.pin.setText("1001")
    grab(wizard, "first-start-1-owner")
    wizard._show_page(1)  # the shop's essentials (the owner exists by then)
    for key, value in (
        ("shop.short_name", "顺达汽车服务"),
        ("shop.legal_name", "深圳市顺达汽车销售服务有限公司"),
        ("shop.address", "深圳市南山区科技园北区松坪山路88号"),
        ("shop.phone", "0755-26881234"),
    ):
        wizard.shop_fields[key].setText(value)
    grab(wizard, "first-start-2-shop")
    wizard.close()
    wizard.deleteLater()

    dialog = SignInDialog(db, station)
    dialog.show()
    dialog.login.setText("lina")
    grab(dialog, "sign-in")
    dialog.password.setText("not-her-password")
    dialog.submit()  # refused for real: the message is the service's answer in words
    settle(800)
    grab(dialog, "sign-in-refused")
    dialog.close()
    dialog.deleteLater()

    window = session.window
    window.switch_to("cashier")
    window.lock()
    grab(window, "lock-screen")
    window.unlock()

    rows = window.workspace("reception").recent_model.rows()  # type: ignore[attr-defined]
    number = rows[0].number if rows else "WO-20261201-0001"
    approval = ApprovalDialog(
        session.ctx,
        Permission.REFUND,
        f"order:{rows[0].order_id if rows else 0}",
        _refund_text(number),
        window,
    )
    approval.show()
    approval.who.setText("zhou")
    grab(approval, "approval")
    approval.close()
    approval.deleteLater()
    return shots


def _refund_text(number: str) -> str:
    """What the cashier desk asks the manager to approve (its own words)."""
    from PySide6.QtCore import QCoreApplication

    return (
        QCoreApplication.translate("PickupActions", "Refund %1 on %2")
        .replace("%1", "¥50.00")
        .replace("%2", number)
    )


def _payer_dialog(reception: object, target: Path, shots: list[Path]) -> None:
    """F2 on the first line of the order shown: who pays it and its discount."""
    from ui.common.line_payer_dialog import LinePayerDialog
    from ui.reception.workspace import ReceptionWorkspace

    assert isinstance(reception, ReceptionWorkspace)
    settle()
    reception.order.change_payer()
    dialog = reception.order.findChild(LinePayerDialog)
    if dialog is None:
        return
    settle()
    path = target / f"{len(shots) + 1:02d}-order-line-payer.png"
    dialog.grab().save(str(path))
    shots.append(path)
    dialog.reject()


def _outage(session: object, grab: Callable[[str], None]) -> None:
    """An intake kept offline (really, in the outbox), as the reception, the status bar and
    the stations page show it while the database cannot be reached; then discarded."""
    from app.domain.enums import AssetKind
    from app.services.inputs import AssetInput, CustomerInput, IntakeInput, VisitDetails
    from ui.reception.workspace import ReceptionWorkspace
    from ui.shell.app import Session
    from ui.stations.stations_view import StationsPage

    assert isinstance(session, Session) and session.live is not None
    live, window = session.live, session.window
    data = IntakeInput(
        details=VisitDetails(symptom="仪表盘故障灯亮", mileage_in=88000),
        customer=CustomerInput(name="吴敏", phones=["13512345678"]),
        asset=AssetInput(kind=AssetKind.VEHICLE, plate="粤B6E001", make="比亚迪", model="秦"),
    )
    kept = live.outbox.submit(session.ctx, "intake", online=False, data=data).queued
    assert kept is not None
    reception = window.workspace("reception")
    stations = window.workspace("stations")
    assert isinstance(reception, ReceptionWorkspace) and isinstance(stations, StationsPage)
    window.switch_to("reception")
    reception._on_intake_kept(kept)
    window.status.show_state("reconnecting")
    grab("outage-reception")
    window.switch_to("stations")
    stations._show_connection("reconnecting")
    grab("outage-stations")
    live.outbox.discard(kept.seq)
    window.status.show_state(live.state)
    stations._show_connection(live.state)
    reception.say("")


def _intake_fillers(reception: object) -> list[tuple[str, Callable[[], None]]]:
    from app.domain.enums import DamageType, InspectionResult
    from ui.reception.workspace import ReceptionWorkspace

    assert isinstance(reception, ReceptionWorkspace)
    steps = reception.flow.steps

    def customer() -> None:
        s = steps[0]
        s.name.setText("王芳")  # type: ignore[attr-defined]
        s._on_typed("王")  # type: ignore[attr-defined]
        s.phone.setText("13902345678")  # type: ignore[attr-defined]

    def asset() -> None:
        s = steps[1]
        for field, value in (
            ("plate", "粤B7M2Q9"),
            ("vin", demo_vin()),
            ("make", "大众 Volkswagen"),
            ("model", "帕萨特 Passat"),
            ("year", "2020"),
            ("colour", "白 white"),
            ("mileage_km", "56200"),
        ):
            s.fields[field].setText(value)  # type: ignore[attr-defined]

    def visit() -> None:
        s = steps[2]
        s.symptom.setPlainText("早上冷车启动时发动机有异响，约一分钟后消失。")  # type: ignore[attr-defined]
        s.mileage.setText("56200")  # type: ignore[attr-defined]
        s.fuel.setCurrentIndex(3)  # type: ignore[attr-defined]
        s.valuables.setText("行车记录仪 dashcam")  # type: ignore[attr-defined]

    def inspection() -> None:
        s = steps[3]
        results = [InspectionResult.OK, InspectionResult.OK, InspectionResult.ATTENTION]
        results += [InspectionResult.OK, InspectionResult.DAMAGED]
        for row, r in enumerate(results):
            s.model.set_result(row, r)  # type: ignore[attr-defined]
        s.diagram.set_damage(DamageType.SCRATCH)  # type: ignore[attr-defined]
        s.diagram.place(0.28, 0.2)  # type: ignore[attr-defined]
        s.diagram.set_damage(DamageType.DENT)  # type: ignore[attr-defined]
        s.diagram.place(0.72, 0.62)  # type: ignore[attr-defined]
        s.diagram.setFocus()  # type: ignore[attr-defined]

    def estimate() -> None:
        s = steps[4]
        s.search.setText("oil")  # type: ignore[attr-defined]
        settle()
        s._add_catalog(0)  # type: ignore[attr-defined]
        s.search.setText("brake")  # type: ignore[attr-defined]
        settle()
        s._add_catalog(0)  # type: ignore[attr-defined]
        s.search.setText("刹车")  # type: ignore[attr-defined]

    def promise() -> None:
        steps[5].waits.setChecked(True)  # type: ignore[attr-defined]

    return [
        ("1-customer", customer),
        ("2-asset", asset),
        ("3-visit", visit),
        ("4-inspection", inspection),
        ("5-estimate", estimate),
        ("6-promise", promise),
        ("7-confirm", lambda: None),
    ]
