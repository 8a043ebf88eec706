"""PDF pages as images (pypdfium2) for the preview, and onto a printer with QPainter at the
printer's resolution. Safe to call from worker threads: pdfium itself is not thread-safe,
so every use of it holds one lock."""

from __future__ import annotations

import threading

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

_pdfium = threading.Lock()

#: rasterizing for a printer never goes finer than this (memory: A4 at 600 dpi grey = 35 MB)
MAX_PRINT_DPI = 600


class PrinterUnavailable(RuntimeError):
    """The printer could not be opened (unplugged, offline, no permission)."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Width and height of every page, in points."""
    with _pdfium:
        doc = pdfium.PdfDocument(pdf)
        try:
            return [tuple(doc[i].get_size()) for i in range(len(doc))]  # type: ignore[misc]
        finally:
            doc.close()


def _image(page: pdfium.PdfPage, dpi: float, grayscale: bool) -> QImage:
    bitmap = page.render(scale=dpi / 72, grayscale=grayscale, rev_byteorder=not grayscale)
    fmt = QImage.Format.Format_Grayscale8 if grayscale else QImage.Format.Format_RGB888
    # copy(): the QImage must own its pixels once pdfium's bitmap is gone
    return QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()


def rasterize(pdf: bytes, dpi: float, *, grayscale: bool = False) -> list[QImage]:
    """Every page as an image at ``dpi``."""
    with _pdfium:
        doc = pdfium.PdfDocument(pdf)
        try:
            return [_image(doc[i], dpi, grayscale) for i in range(len(doc))]
        finally:
            doc.close()


def page_size_of(width_pt: float, height_pt: float) -> QPageSize:
    """A4 / A5 are recognised as such; a thermal roll page gets its own size."""
    return QPageSize(
        QSizeF(width_pt, height_pt),
        QPageSize.Unit.Point,
        "",
        QPageSize.SizeMatchPolicy.FuzzyMatch,
    )


def prepare(printer: QPrinter, pdf: bytes) -> None:
    """Paper size and orientation of the printer set from the document's first page."""
    sizes = page_sizes(pdf)
    width, height = sizes[0]
    printer.setFullPage(True)
    printer.setPageSize(page_size_of(width, height))
    printer.setPageOrientation(
        QPageLayout.Orientation.Portrait if height >= width else QPageLayout.Orientation.Landscape
    )


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Draw every page on ``printer`` (call :func:`prepare` first); returns the page count.

    Each page is rendered at the printer's resolution (at most ``MAX_PRINT_DPI``) and drawn
    over the whole sheet, so the sheet carries exactly what the PDF shows.
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterUnavailable(printer.printerName() or printer.outputFileName())
    try:
        resolution = printer.resolution()
        dpi = min(resolution, MAX_PRINT_DPI)
        with _pdfium:
            doc = pdfium.PdfDocument(pdf)
            try:
                for i in range(len(doc)):
                    if i:
                        printer.newPage()
                    page = doc[i]
                    width, height = page.get_size()
                    image = _image(page, dpi, grayscale=True)
                    target = QRectF(0, 0, width / 72 * resolution, height / 72 * resolution)
                    painter.drawImage(target, image)
                return len(doc)
            finally:
                doc.close()
    finally:
        painter.end()
