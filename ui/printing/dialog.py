"""The print preview dialog: the document as page images, paper / language / reprint choices,
the station's printer for this kind of document, Print and Save as PDF.

A print is made when the document is sent to the printer or saved as PDF (never by the
preview): it is logged (``app.services.prints``), and every print of a document after the
first comes out marked 副本 / COPY with the same code. The preview already shows the mark
when the document was printed before.

Rendering (reportlab, then pypdfium2 to images) and printing run in the thread pool; the
dialog only lays out and reacts. A document the order does not have yet, a missing printer
or a failed print is said in plain words, and the PDF stays available to save.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.printing.data import PrintData, load_print_data
from app.printing.render import PrintOptions, render_data
from app.services import prints
from app.services.context import ServiceContext
from app.settings.station import StationStore
from ui.common import lang as ui_lang
from ui.common.errors import error_text
from ui.printing.pages import PrinterUnavailable, prepare, print_pdf, rasterize
from ui.printing.prefs import PrintPrefs
from ui.tasks import run_task

PREVIEW_DPI = 96


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    pages: list[QImage]
    order_number: str
    generation: int
    data: PrintData | None = None
    options: PrintOptions | None = None


class _PrintFailed(Exception):
    """The print was logged and rendered, then the printer failed: ``pdf`` is kept."""

    def __init__(self, cause: Exception, made: tuple[bytes, bool]) -> None:
        super().__init__(str(cause))
        self.cause = cause
        self.made = made


class PrintPreviewDialog(QDialog):
    """Preview one document of one order and print or save it."""

    rendered = Signal(int)  # pages shown (0 when the document could not be made)
    printed = Signal(int)  # pages sent to the printer

    def __init__(
        self,
        ctx: ServiceContext,
        kind: str,
        order_id: int,
        settings: StationStore,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.order_id = order_id
        self.prefs = PrintPrefs(settings)
        self.pdf: bytes | None = None
        self._data: PrintData | None = None  # the order as previewed
        self._marked = False  # self.pdf is marked 副本 / COPY
        self._options = PrintOptions()
        self.order_number = str(order_id)
        self._generation = 0
        self._job: QPrinter | None = None  # alive while a print job runs
        self._alive = True
        self.setWindowTitle(self.tr("Print preview: %1").replace("%1", self.kind_title(kind)))
        self.resize(900, 960)
        self._build()
        self._connect()
        self.render()

    # --- layout ---
    def kind_title(self, kind: str) -> str:
        titles = {
            "intake-slip": self.tr("Intake slip / pickup voucher"),
            "work-order": self.tr("Work order (customer copy)"),
            "job-card": self.tr("Job card (workshop copy)"),
            "inspection": self.tr("Inspection sheet"),
            "extra-work": self.tr("Extra work authorization"),
            "settlement": self.tr("Settlement statement"),
            "release-slip": self.tr("Release slip / gate pass"),
            "receipt": self.tr("Payment receipt"),
            "completion-certificate": self.tr("Completion certificate"),
            "sanbao-record": self.tr("三包 repair record"),
        }
        return titles.get(kind, kind)

    def _build(self) -> None:
        self.paper = QComboBox()
        for key, text in (
            ("a4", self.tr("A4")),
            ("a5", self.tr("A5")),
            ("80mm", self.tr("80 mm roll")),
            ("58mm", self.tr("58 mm roll")),
        ):
            self.paper.addItem(text, key)
        self.paper.setCurrentIndex(self.paper.findData(self.prefs.paper(self.kind)))
        self.lang = QComboBox()
        for key, text in (
            ("zh_CN", self.tr("Chinese")),
            ("en", self.tr("English")),
            ("bilingual", self.tr("Chinese and English")),
        ):
            self.lang.addItem(text, key)
        default_lang = "zh_CN" if ui_lang.is_chinese() else "en"
        self.lang.setCurrentIndex(self.lang.findData(self.prefs.lang(default_lang)))
        self.copy = QCheckBox(self.tr("Reprint (marked as copy)"))
        options = QHBoxLayout()
        for label, widget in ((self.tr("Pape&r:"), self.paper), (self.tr("&Language:"), self.lang)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            options.addWidget(caption)
            options.addWidget(widget)
        options.addWidget(self.copy)
        options.addStretch(1)

        self.pages_box = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_box)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_layout.setSpacing(12)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.pages_box)
        self.scroll.setWidgetResizable(True)
        self.pages_box.setObjectName("previewPages")
        self.pages_box.setStyleSheet("#previewPages { background: #7a7a7a; }")
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.printer = QComboBox()
        self.printer.setMinimumWidth(220)
        self._fill_printers()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        printer_caption = QLabel(self.tr("Prin&ter:"))
        printer_caption.setBuddy(self.printer)
        buttons.addWidget(printer_caption)
        buttons.addWidget(self.printer, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._set_ready(False)

    def _fill_printers(self) -> None:
        names = QPrinterInfo.availablePrinterNames()
        self.printer.clear()
        if not names:
            self.printer.addItem(self.tr("(no printer installed)"), "")
            return
        for name in names:
            self.printer.addItem(name, name)
        wanted = self.prefs.printer(self.kind) or QPrinterInfo.defaultPrinterName()
        index = self.printer.findData(wanted)
        self.printer.setCurrentIndex(max(index, 0))

    def _connect(self) -> None:
        self.paper.currentIndexChanged.connect(self._on_paper_changed)
        self.lang.currentIndexChanged.connect(self._on_lang_changed)
        self.copy.toggled.connect(lambda _checked: self.render())
        self.printer.currentIndexChanged.connect(self._on_printer_changed)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as_pdf)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_as_pdf)

    # --- rendering ---
    def render(self) -> None:
        """Build the document with the current choices, off the GUI thread."""
        self._generation += 1
        generation = self._generation
        ctx, kind, order_id = self.ctx, self.kind, self.order_id
        paper, lang, copy = self.paper.currentData(), self.lang.currentData(), self.copy.isChecked()
        dpi = PREVIEW_DPI * self.devicePixelRatioF()

        options = PrintOptions(paper, lang, copy)

        def work() -> Rendered:
            data = load_print_data(ctx, order_id)
            # printed before: the next print is a copy, and the preview says so
            data = replace(data, copy_no=prints.print_count(ctx, order_id, kind))
            pdf = render_data(data, kind, options)
            number = data.detail.order.number
            return Rendered(pdf, rasterize(pdf, dpi), number, generation, data, options)

        self._set_ready(False)
        self.status.setText(self.tr("Preparing the document…"))
        # no Qt parent for the task: the answer may arrive after the dialog is gone
        run_task(work, self._on_rendered, self._on_render_failed)

    def _on_rendered(self, result: Rendered) -> None:
        if not self._alive or result.generation != self._generation:
            return  # the choices changed meanwhile: a newer rendering is on its way
        self.pdf = result.pdf
        self._data, self._options = result.data, result.options or PrintOptions()
        self._marked = self._options.copy or (result.data is not None and result.data.copy_no > 0)
        self.order_number = result.order_number
        self._clear_pages()
        ratio = self.devicePixelRatioF()
        for image in result.pages:
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            page = QLabel()
            page.setPixmap(pixmap)
            page.setFrameShape(QFrame.Shape.Box)
            page.setStyleSheet("background: white; border: 1px solid #444;")
            self.pages_layout.addWidget(page)
        count = len(result.pages)
        self.status.setText(
            self.tr("%n page(s) · %1", "", count).replace("%1", self.paper.currentText())
        )
        self._set_ready(True)
        self.rendered.emit(count)

    def _on_render_failed(self, err: Exception) -> None:
        if not self._alive:
            return
        self.pdf = None
        self._data = None
        self._clear_pages()
        self.status.setText(error_text(err))
        self._set_ready(False)
        self.rendered.emit(0)

    def _clear_pages(self) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def page_labels(self) -> list[QLabel]:
        return [
            w
            for i in range(self.pages_layout.count())
            if isinstance(w := self.pages_layout.itemAt(i).widget(), QLabel)
        ]

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _on_paper_changed(self) -> None:
        self.prefs.set_paper(self.kind, self.paper.currentData())
        self.render()

    def _on_lang_changed(self) -> None:
        self.prefs.set_lang(self.lang.currentData())
        self.render()

    def _on_printer_changed(self) -> None:
        if self.printer.currentData():
            self.prefs.set_printer(self.kind, self.printer.currentData())

    # --- output ---
    def default_folder(self) -> str:
        """Where Save as PDF opens: the folder used last at this station, else the user's
        Documents folder, else their home (never the program's working folder)."""
        for folder in (
            self.prefs.pdf_folder(),
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation),
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation),
        ):
            if folder and Path(folder).is_absolute() and Path(folder).is_dir():
                return folder
        return str(Path.home())

    def default_file_name(self) -> str:
        return str(Path(self.default_folder()) / f"{self.kind}-{self.order_number}.pdf")

    def _made(self) -> Callable[[], tuple[bytes, bool]]:
        """For the worker: log the print and give the document as it must come out: the
        PDF shown, or one made again when the log says otherwise than its mark (a copy:
        printed here before, or by another station meanwhile)."""
        ctx, kind, data, options = self.ctx, self.kind, self._data, self._options
        shown, marked = self.pdf, self._marked
        assert data is not None and shown is not None

        def make() -> tuple[bytes, bool]:
            record = prints.record_print(ctx, data.detail.order.id, kind)
            copy = options.copy or record.copy
            if copy == marked:
                return shown, marked
            return render_data(replace(data, copy_no=record.copy_no), kind, options), copy

        return make

    def _set_made(self, made: tuple[bytes, bool]) -> None:
        """The PDF a print made (and whether it is marked as a copy) is the one kept now."""
        self.pdf, self._marked = made

    def save_as_pdf(self, *, log: bool = True) -> bool:
        """Ask for a file and save the document there (a print: logged, unless ``log`` is
        False for a print already logged that the printer failed). True once saving has
        started; the file is written off the GUI thread."""
        if self.pdf is None or (log and self._data is None):
            return False
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), self.default_file_name(), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return False
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        kept = (self.pdf, self._marked)
        make = self._made() if log else (lambda: kept)

        def work() -> tuple[bytes, bool]:
            made = make()
            Path(path).write_bytes(made[0])
            return made

        self.status.setText(self.tr("Saving…"))
        run_task(work, lambda out: self._on_saved(path, out), self._on_save_failed)
        return True

    def _on_saved(self, path: str, made: tuple[bytes, bool]) -> None:
        self.prefs.set_pdf_folder(str(Path(path).resolve().parent))  # even if closed meanwhile
        if not self._alive:
            return
        self._set_made(made)
        self.status.setText(self.tr("Saved to %1").replace("%1", path))

    def _on_save_failed(self, err: Exception) -> None:
        if not self._alive:
            return
        if isinstance(err, OSError):
            text = self.tr("The file could not be written: %1").replace("%1", str(err))
        else:
            text = error_text(err)
        self.status.setText(text)
        QMessageBox.warning(self, self.tr("Save as PDF"), text)

    def print_document(self) -> None:
        if self.pdf is None or self._job is not None:
            return
        name = self.printer.currentData()
        info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo()
        if info.isNull():
            self._offer_save(self.tr("No printer is installed on this station."))
            return
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        prepare(printer, self.pdf)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.prefs.set_printer(self.kind, printer.printerName())
        self.start_print(printer)

    def start_print(self, printer: QPrinter) -> None:
        """Log the print and send the document to a configured printer, off the GUI
        thread."""
        assert self.pdf is not None and self._data is not None
        self._job = printer
        make = self._made()

        def work() -> tuple[int, tuple[bytes, bool]]:
            made = make()
            try:
                return print_pdf(made[0], printer), made
            except Exception as exc:  # logged and made: keep it to save
                raise _PrintFailed(exc, made) from exc

        self.status.setText(self.tr("Printing…"))
        self.print_button.setEnabled(False)
        run_task(work, self._on_printed, self._on_print_failed)

    def _on_printed(self, result: tuple[int, tuple[bytes, bool]]) -> None:
        pages, made = result
        name = self._job.printerName() if self._job is not None else ""
        self._job = None
        if not self._alive:
            return
        self._set_made(made)
        self.print_button.setEnabled(True)
        self.status.setText(self.tr("%n page(s) sent to %1", "", pages).replace("%1", name))
        self.printed.emit(pages)

    def _on_print_failed(self, err: Exception) -> None:
        self._job = None
        if not self._alive:
            return
        self.print_button.setEnabled(True)
        if not isinstance(err, _PrintFailed):  # not even logged (the database is away)
            self.status.setText(error_text(err))
            return
        self._set_made(err.made)
        cause = err.cause
        if isinstance(cause, PrinterUnavailable):
            why = self.tr("The printer “%1” cannot be used right now.").replace("%1", cause.name)
        else:
            why = self.tr("Printing failed: %1").replace("%1", str(cause))
        self._offer_save(why, logged=True)

    def _offer_save(self, why: str, *, logged: bool = False) -> None:
        """Nothing was printed: say why and offer to keep the document as PDF (a print
        already ``logged`` is saved as it was made, not logged again)."""
        self.status.setText(why)
        answer = QMessageBox.question(
            self,
            self.tr("Print"),
            why + "\n" + self.tr("The document is kept. Save it as PDF to print it later?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Close,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save_as_pdf(log=not logged)

    def done(self, result: int) -> None:
        self._alive = False
        super().done(result)


def preview_and_print(
    parent: QWidget | None,
    ctx: ServiceContext,
    kind: str,
    order_id: int,
    station_prefs: StationStore | None = None,
) -> int:
    """Show the preview of document ``kind`` of an order (modal); returns the dialog's result.
    ``station_prefs``: where the printer and paper per kind are remembered (default: this
    station's preferences file)."""
    if station_prefs is None:
        from ui.shell.prefs import store

        station_prefs = store()
    dialog = PrintPreviewDialog(ctx, kind, order_id, station_prefs, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog.exec()
