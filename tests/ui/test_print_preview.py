"""The print preview: pages appear for a settled order, Save as PDF writes the document,
paper and printer are remembered per document kind, a missing document or printer is
explained (and the PDF offered for saving), and printing draws every page."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pypdf
import pytest
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.domain.enums import OrderState
from app.printing.render import render_document
from app.services.context import ServiceContext
from app.settings.station import StationStore
from tests.factories import order_in_state
from tests.ui.conftest import wait_tasks
from ui.printing import PrintPreviewDialog
from ui.printing.pages import prepare, print_pdf

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def text_of(pdf: bytes) -> str:
    return "".join("".join(p.extract_text().split()) for p in pypdf.PdfReader(BytesIO(pdf)).pages)


@pytest.fixture
def prefs(tmp_path: Path) -> StationStore:
    return StationStore(tmp_path / "station.json")


def open_dialog(qtbot, ctx: ServiceContext, kind: str, order_id: int, prefs: StationStore):
    dialog = PrintPreviewDialog(ctx, kind, order_id, prefs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_settled_order_previews_and_saves_as_pdf(
    qtbot,
    ctx: ServiceContext,
    tech: ServiceContext,
    prefs: StationStore,
    tmp_path: Path,
    monkeypatch,
) -> None:
    d = order_in_state(ctx, tech, OrderState.SETTLED)
    dialog = open_dialog(qtbot, ctx, "settlement", d.id, prefs)
    qtbot.waitUntil(lambda: bool(dialog.page_labels()), timeout=20_000)
    pixmap = dialog.page_labels()[0].pixmap()
    assert not pixmap.isNull() and pixmap.width() > 300 and pixmap.height() > pixmap.width()
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()

    target = tmp_path / "out" / "statement.pdf"
    target.parent.mkdir()
    seen = {}

    def fake_save(parent, caption, directory, filter_):
        seen["suggested"] = directory
        return str(target), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    dialog.save_button.click()
    wait_tasks()  # the print is logged and the file written off the GUI thread
    pdf = target.read_bytes()
    assert pdf.startswith(b"%PDF")
    assert d.settlement is not None and d.settlement.number in text_of(pdf)
    assert seen["suggested"].endswith(f"settlement-{d.order.number}.pdf")
    wait_tasks()


def test_paper_choice_rerenders_and_is_remembered_per_kind(
    qtbot, ctx: ServiceContext, tech: ServiceContext, prefs: StationStore
) -> None:
    d = order_in_state(ctx, tech, OrderState.SETTLED)
    dialog = open_dialog(qtbot, ctx, "settlement", d.id, prefs)
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20_000)
    a4_width = dialog.page_labels()[0].pixmap().width()
    with qtbot.waitSignal(dialog.rendered, timeout=20_000):
        dialog.paper.setCurrentIndex(dialog.paper.findData("80mm"))
    assert prefs.get("printing.papers") == {"settlement": "80mm"}
    roll = dialog.page_labels()
    assert len(roll) == 1 and roll[0].pixmap().width() < a4_width / 2
    wait_tasks()
    again = open_dialog(qtbot, ctx, "settlement", d.id, prefs)
    assert again.paper.currentData() == "80mm"
    other = open_dialog(qtbot, ctx, "receipt", d.id, prefs)
    assert other.paper.currentData() == "80mm"  # the receipt's own default, not the statement's
    wait_tasks()


def test_document_the_order_does_not_have_is_explained(
    qtbot, ctx: ServiceContext, tech: ServiceContext, prefs: StationStore
) -> None:
    d = order_in_state(ctx, tech, OrderState.READY)
    dialog = open_dialog(qtbot, ctx, "release-slip", d.id, prefs)
    with qtbot.waitSignal(dialog.rendered, timeout=20_000) as blocker:
        pass
    assert blocker.args == [0]
    assert dialog.pdf is None and not dialog.page_labels()
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    assert dialog.status.text()
    wait_tasks()


def test_missing_printer_keeps_the_pdf_and_offers_to_save(
    qtbot,
    ctx: ServiceContext,
    tech: ServiceContext,
    prefs: StationStore,
    tmp_path: Path,
    monkeypatch,
) -> None:
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: []))
    d = order_in_state(ctx, tech, OrderState.SETTLED)
    dialog = open_dialog(qtbot, ctx, "intake-slip", d.id, prefs)
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20_000)
    asked = []

    def answer(parent, title, text, buttons, default):
        asked.append(text)
        return QMessageBox.StandardButton.Save

    target = tmp_path / "voucher.pdf"
    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "PDF"))
    )
    dialog.print_button.click()
    assert asked and dialog.tr("No printer is installed on this station.") in asked[0]
    wait_tasks()  # the print is logged and the file written off the GUI thread
    assert target.read_bytes() == dialog.pdf
    assert d.order.number in text_of(target.read_bytes())
    wait_tasks()


def test_print_pdf_draws_every_page_on_the_printer(
    qapp, ctx: ServiceContext, tech: ServiceContext, tmp_path: Path
) -> None:
    from app.domain.enums import LineKind
    from app.services.inputs import LineInput

    lines = [LineInput(LineKind.PART, f"配件 {i}", "1", "10.00") for i in range(60)]
    d = order_in_state(ctx, tech, OrderState.SETTLED, lines=lines)
    pdf = render_document(ctx, "settlement", d.id, paper="a4")
    expected = len(pypdf.PdfReader(BytesIO(pdf)).pages)
    assert expected > 1
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    prepare(printer, pdf)
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    assert print_pdf(pdf, printer) == expected
    assert len(pypdf.PdfReader(out).pages) == expected


def test_roll_paper_gets_its_own_page_size(qapp, ctx: ServiceContext, tech: ServiceContext) -> None:
    d = order_in_state(ctx, tech, OrderState.OPEN)
    pdf = render_document(ctx, "intake-slip", d.id, paper="58mm")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    prepare(printer, pdf)
    size = printer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
    assert size.width() == pytest.approx(58, abs=0.5) and size.height() > 100
