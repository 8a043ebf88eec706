"""Printing from the preview is a print: Save as PDF (or Print) logs it, the next one comes
out marked 副本 with the same code, and the preview says so before it is printed; a
preview alone logs nothing. A pickup voucher scanned after release is refused in words
that say when the order went out."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from app.domain.enums import OrderState
from app.printing.errors import PickupVoucherReleased
from app.printing.token import PICKUP, make_token
from app.services import prints
from app.services.context import ServiceContext
from app.services.settings import installation_secret
from app.settings.station import StationStore
from tests.app.printing.conftest import flat, pdf_text
from tests.app.printing.test_qr import decoded_qr_texts
from tests.factories import order_in_state
from tests.ui.conftest import wait_tasks
from ui.cashier.scan import resolve
from ui.common.errors import error_text
from ui.printing import PrintPreviewDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def marked(pdf: bytes) -> bool:
    """Marked as a copy, in the dialog's print language (副本 or COPY)."""
    text = flat(pdf_text(pdf))
    return "副本" in text or "COPY" in text


def test_saving_is_a_print_and_the_next_is_a_marked_copy(
    qtbot, ctx: ServiceContext, tech: ServiceContext, tmp_path: Path, monkeypatch
) -> None:
    d = order_in_state(ctx, tech, OrderState.RELEASED)
    station = StationStore(tmp_path / "station.json")
    targets = iter([tmp_path / "first.pdf", tmp_path / "second.pdf"])
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(next(targets)), "PDF"))
    )
    dialog = PrintPreviewDialog(ctx, "release-slip", d.id, station)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20_000)
    assert not marked(dialog.pdf)
    assert prints.print_count(ctx, d.id, "release-slip") == 0  # a preview is no print

    assert dialog.save_as_pdf()
    wait_tasks()
    assert dialog.save_as_pdf()  # the same dialog again: a reprint
    wait_tasks()
    first, second = (tmp_path / "first.pdf").read_bytes(), (tmp_path / "second.pdf").read_bytes()
    assert not marked(first) and marked(second)
    assert decoded_qr_texts(first) == decoded_qr_texts(second)
    assert prints.print_count(ctx, d.id, "release-slip") == 2

    again = PrintPreviewDialog(ctx, "release-slip", d.id, station)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.pdf is not None, timeout=20_000)
    assert again.pdf is not None and marked(again.pdf)  # printed before: the preview says so
    assert prints.print_count(ctx, d.id, "release-slip") == 2
    wait_tasks()


def test_a_spent_voucher_is_refused_with_the_release_time(
    qapp, ctx: ServiceContext, tech: ServiceContext
) -> None:
    d = order_in_state(ctx, tech, OrderState.RELEASED)
    with ctx.db.read() as session:
        voucher = make_token(d.order.number, installation_secret(session), PICKUP)
    with pytest.raises(PickupVoucherReleased) as err:
        resolve(ctx, voucher)
    assert d.release is not None and d.order.released_at is not None
    text = error_text(err.value)
    when = f"{d.order.released_at.astimezone():%Y-%m-%d %H:%M}"
    assert d.order.number in text and when in text and d.release.number in text
