"""A QR code as vector rectangles (crisp at any printer resolution), made with ``qrcode``."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib import colors
from reportlab.platypus import Flowable

QUIET_MODULES = 4  # the white border scanners need around the symbol


@lru_cache(maxsize=256)
def qr_matrix(data: str) -> tuple[tuple[bool, ...], ...]:
    """The modules of the smallest QR symbol holding ``data`` (error correction M).

    Cached: choosing the best mask costs a few milliseconds, and an order's token is printed
    again and again (preview, another paper, the printer, the release slip)."""
    import qrcode  # deferred: most documents carry no code
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(data)
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


class QRCode(Flowable):
    """``size`` is the side of the symbol including its quiet zone, in points."""

    def __init__(self, data: str, size: float) -> None:
        super().__init__()
        self.data = data
        self.matrix = qr_matrix(data)
        self.size = size
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        n = len(self.matrix)
        module = self.size / (n + 2 * QUIET_MODULES)
        origin = QUIET_MODULES * module
        c = self.canv
        c.saveState()
        c.setFillColor(colors.black)
        c.setStrokeColor(colors.black)
        path = c.beginPath()
        for r, row in enumerate(self.matrix):
            y = self.size - origin - (r + 1) * module
            col = 0
            while col < n:  # one rectangle per horizontal run of dark modules
                if not row[col]:
                    col += 1
                    continue
                start = col
                while col < n and row[col]:
                    col += 1
                path.rect(origin + start * module, y, (col - start) * module, module)
        c.drawPath(path, stroke=0, fill=1)
        c.restoreState()
