"""What the lounge's TV may show: masked identifiers and the customer's words for states."""

from __future__ import annotations

import pytest

from app.domain.enums import OrderState
from app.domain.privacy import (
    PublicProgress,
    mask_asset_label,
    mask_ident,
    mask_imei,
    mask_name,
    mask_plate,
    mask_vin,
    public_progress,
)


@pytest.mark.parametrize(
    ("plate", "shown"),
    [
        ("粤B76008", "粤B7**08"),
        ("粤B·76008", "粤B7**08"),
        ("粤b 76008", "粤B7**08"),
        ("粤BD12345", "粤BD***45"),  # new-energy: six characters after the letter
        ("粤B1234学", "粤B1*34学"),
        ("AB123CD", "AB***CD"),
        ("X1", "X*"),
    ],
)
def test_plates_keep_region_and_a_few_characters(plate: str, shown: str) -> None:
    assert mask_plate(plate) == shown


def test_imei_and_vin_keep_only_the_last_four() -> None:
    assert mask_imei("862901072490135") == "****0135"
    assert mask_vin("LFV3A23C5K3123456") == "****3456"
    assert mask_imei("123") == "***"


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("吴敏", "吴*"),
        ("欧阳娜娜", "欧*"),
        ("诸葛明亮", "诸*"),
        ("Wu", "W."),
        ("Olivia Garcia", "O. G."),
        ("  thomas   nguyen ", "T. N."),
        ("", ""),
    ],
)
def test_names_keep_an_initial(name: str, shown: str) -> None:
    assert mask_name(name) == shown


def test_identifier_by_shape() -> None:
    assert mask_ident("粤B76008") == "粤B7**08"
    assert mask_ident("862901072490135") == "****0135"
    assert mask_ident("NU17W915257397") == "****7397"


@pytest.mark.parametrize(
    ("label", "shown"),
    [
        ("粤B76008 比亚迪 汉", "粤B7**08 比亚迪 汉"),
        ("862901072490135 vivo X100", "****0135 vivo X100"),
        ("NU17W915257397 雅迪 NQi", "****7397 雅迪 NQi"),
        ("vivo X100", "vivo X100"),  # no identifier on file
        ("", ""),
    ],
)
def test_asset_labels_mask_the_identifier_only(label: str, shown: str) -> None:
    assert mask_asset_label(label) == shown
    assert "862901072490135" not in mask_asset_label(label)


def test_every_shown_state_has_a_customer_word() -> None:
    expected = {
        OrderState.OPEN: PublicProgress.CHECKED_IN,
        OrderState.APPROVED: PublicProgress.CHECKED_IN,
        OrderState.ASSIGNED: PublicProgress.IN_PROGRESS,
        OrderState.IN_PROGRESS: PublicProgress.IN_PROGRESS,
        OrderState.PAUSED: PublicProgress.IN_PROGRESS,  # waiting for parts: still in hand
        OrderState.WORK_DONE: PublicProgress.QUALITY_CHECK,
        OrderState.READY: PublicProgress.READY,
        OrderState.SETTLED: PublicProgress.READY,
        OrderState.RELEASED: None,
        OrderState.CANCELLED: None,
    }
    assert {s: public_progress(s) for s in OrderState} == expected
