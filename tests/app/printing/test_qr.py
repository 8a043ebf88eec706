"""The QR codes on the voucher, the work order and the gate pass, rendered to pixels the
way a printer would, decode to a token that verifies; an altered token does not."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
import zxingcpp

from app.printing.data import PrintData
from app.printing.errors import PickupTokenInvalid, PickupVoucherReleased
from app.printing.render import PrintOptions, render_data
from app.printing.token import verify_pickup, verify_token
from app.services.context import ServiceContext
from app.services.settings import installation_secret


def decoded_qr_texts(pdf: bytes, scale: float = 3.0) -> list[str]:
    doc = pdfium.PdfDocument(pdf)
    try:
        found = []
        for i in range(len(doc)):
            image = doc[i].render(scale=scale, grayscale=True).to_pil()
            found += [
                r.text
                for r in zxingcpp.read_barcodes(image)
                if r.format == zxingcpp.BarcodeFormat.QRCode
            ]
        return found
    finally:
        doc.close()


@pytest.mark.parametrize(
    ("kind", "paper"),
    [
        ("intake-slip", "80mm"),
        ("intake-slip", "58mm"),
        ("release-slip", "80mm"),
        ("work-order", "a4"),
        ("release-slip", "a5"),
    ],
)
def test_qr_decodes_to_a_token_that_verifies(
    sample: PrintData, module_ctx: ServiceContext, kind: str, paper: str
) -> None:
    texts = decoded_qr_texts(render_data(sample, kind, PrintOptions(paper)))
    gate = kind == "release-slip"
    assert texts == [sample.gate_token if gate else sample.token]
    with module_ctx.db.read() as session:
        secret = installation_secret(session)
    assert verify_token(texts[0], secret) == sample.detail.order.number
    if gate:  # the sample is released: its gate pass opens the gate
        assert verify_pickup(module_ctx, texts[0]) == sample.detail.id
    else:  # and its pickup voucher is spent
        with pytest.raises(PickupVoucherReleased):
            verify_pickup(module_ctx, texts[0])


def test_a_tampered_scan_fails(sample: PrintData, module_ctx: ServiceContext) -> None:
    (text,) = decoded_qr_texts(render_data(sample, "release-slip", PrintOptions("80mm")))
    number = sample.detail.order.number
    other = number[:-1] + ("1" if number[-1] != "1" else "2")
    with pytest.raises(PickupTokenInvalid):
        verify_pickup(module_ctx, text.replace(number, other))
    with pytest.raises(PickupTokenInvalid):
        verify_pickup(module_ctx, text[:-2] + ("AA" if text[-2:] != "AA" else "BB"))
