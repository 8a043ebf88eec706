"""The font search (and its clear error), the ``print`` command, the render bench, and the
label dictionaries' completeness."""

from __future__ import annotations

import json
import shutil
from enum import StrEnum
from pathlib import Path

import pytest

from app.cli import main
from app.domain.enums import (
    Approval,
    ApprovalMethod,
    DamageType,
    InspectionResult,
    LineKind,
    OrderState,
    Payer,
    PaymentKind,
    PaymentMethod,
)
from app.printing import fonts
from app.printing.bench import percentile, render_metrics
from app.printing.documents import KINDS
from app.printing.errors import FontNotFound
from app.printing.labels import Labels
from app.printing.labels.en import EN
from app.printing.labels.zh_CN import ZH_CN
from app.services.context import ServiceContext
from tests.app.printing.conftest import flat, pdf_text
from tests.factories import order_in_state


def test_font_candidates_start_with_wenquanyi() -> None:
    assert fonts.candidates()[0].path.endswith("wqy-microhei.ttc")


def test_missing_font_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "_registered", None)
    monkeypatch.setattr(fonts, "KNOWN_FONTS", [("/nonexistent/wqy-microhei.ttc", 0)])
    monkeypatch.setattr(fonts, "_fontconfig", lambda: [])
    monkeypatch.delenv(fonts.FONT_ENV, raising=False)
    with pytest.raises(FontNotFound) as err:
        fonts.ensure_fonts()
    assert err.value.package == "fonts-wqy-microhei"
    assert "apt-get install -y fonts-wqy-microhei" in str(err.value)
    assert "/nonexistent/wqy-microhei.ttc" in err.value.searched


def test_a_cff_or_broken_font_is_skipped(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    broken = tmp_path / "broken.otf"
    broken.write_bytes(b"OTTO" + bytes(200))  # CFF-flavoured header: reportlab cannot use it
    good = fonts.candidates()[0]
    monkeypatch.setattr(fonts, "_registered", None)
    monkeypatch.setattr(fonts, "KNOWN_FONTS", [(str(broken), 0), (good.path, good.index)])
    monkeypatch.setattr(fonts, "_fontconfig", lambda: [])
    monkeypatch.delenv(fonts.FONT_ENV, raising=False)
    assert fonts.ensure_fonts() == fonts.FONT_NAME
    assert fonts.registered_font() == fonts.FontFile(good.path, good.index)


@pytest.mark.skipif(shutil.which("fc-match") is None, reason="fontconfig is not installed")
def test_fontconfig_finds_the_chinese_truetype_font() -> None:
    found = fonts._fontconfig()
    assert found and found[0].path.endswith("wqy-microhei.ttc")
    assert all(Path(f.path).suffix in (".ttf", ".ttc") for f in found)


def test_print_command_writes_the_pdf(
    ctx: ServiceContext,
    tech: ServiceContext,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    d = order_in_state(ctx, tech, OrderState.SETTLED)
    monkeypatch.setenv("WORKBAY_DATABASE_URL", db_url)
    out = tmp_path / "st.pdf"
    code = main(
        [
            "print",
            "settlement",
            d.order.number,
            "-o",
            str(out),
            "--paper",
            "58mm",
            "--lang",
            "en",
            "--copy",
        ]
    )
    assert code == 0
    assert d.settlement is not None
    text = flat(pdf_text(out.read_bytes()))
    assert d.settlement.number in text and "COPY" in text
    assert "wrote" in capsys.readouterr().out


def test_print_command_explains_a_missing_document(
    ctx: ServiceContext,
    tech: ServiceContext,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    d = order_in_state(ctx, tech, OrderState.READY)
    monkeypatch.setenv("WORKBAY_DATABASE_URL", db_url)
    out = tmp_path / "rl.pdf"
    assert main(["print", "release-slip", d.order.number, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "release-slip" in err and "not been released" in err and d.order.number in err
    assert not out.exists()


def test_render_metrics_reports_every_document_the_order_has(
    ctx: ServiceContext, tech: ServiceContext
) -> None:
    d = order_in_state(ctx, tech, OrderState.RELEASED)
    metrics = render_metrics(ctx, d.id, rounds=3)
    expected = {"render_" + k.replace("-", "_") for k in KINDS} | {"render_bare_reportlab"}
    expected -= {
        "render_inspection",  # the factory records no inspection and no extra work
        "render_extra_work",
    }
    assert set(metrics) == expected
    for figures in metrics.values():
        assert 0 < figures["p50_ms"] <= figures["p95_ms"]
    json.dumps(metrics)  # plain numbers, ready for the bench report


def test_percentile_is_nearest_rank() -> None:
    samples = [float(x) for x in range(1, 101)]
    assert percentile(samples, 50) == 50.0
    assert percentile(samples, 95) == 95.0
    assert percentile([7.0], 95) == 7.0


def test_label_dictionaries_have_the_same_keys() -> None:
    assert set(ZH_CN) == set(EN)
    assert all(ZH_CN[k].strip() and EN[k].strip() for k in ZH_CN)


@pytest.mark.parametrize(
    "enum",
    [
        Payer,
        LineKind,
        Approval,
        ApprovalMethod,
        InspectionResult,
        DamageType,
        PaymentMethod,
        PaymentKind,
    ],
)
def test_every_printed_enum_member_has_a_label(enum: type[StrEnum]) -> None:
    for lang in ("zh_CN", "en", "bilingual"):
        labels = Labels(lang)
        for member in enum:
            assert labels.enum(member)


def test_bilingual_labels_put_chinese_first() -> None:
    assert Labels("bilingual")("title.settlement") == "维修结算单 Settlement statement"
    assert Labels("bilingual")("copy_mark", " / ") == "副本 / COPY"
    assert Labels("zh_CN").paren("免费") == "（免费）"
