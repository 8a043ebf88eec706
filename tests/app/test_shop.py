"""The shop profile: saved field by field with a version, the logo checked (a picture, at
most 5 MB), made a small PNG and shared through the database."""

from __future__ import annotations

import os
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from app.domain.enums import Role
from app.domain.errors import AccessDenied, ConflictError, ValidationError, ValidationErrors
from app.services import shop
from app.services.context import ServiceContext
from app.services.people import as_user
from tests.app._support import assert_nothing_written, snapshot


@pytest.fixture
def boss(ctx: ServiceContext) -> ServiceContext:
    return as_user(ctx, "Qian Hong", Role.MANAGER)


def picture(path: Path, size: tuple[int, int], fmt: str = "PNG") -> Path:
    Image.new("RGB", size, (30, 90, 200)).save(path, fmt)
    return path


def test_the_profile_is_saved_and_read_whole(ctx, boss) -> None:
    empty = shop.shop_profile(ctx)
    assert empty == shop.ShopProfile() and empty.version == 0
    saved = shop.save_shop_profile(
        boss,
        {
            "legal_name": "福州顺达汽车服务有限公司",
            "shop.short_name": "顺达汽修",
            "credit_code": "91350100M000100Y43",
            "license_no": "闽交运管许可榕字350100001号",
            "license_class": "1",
            "bank_name": "中国工商银行福州鼓楼支行",
            "bank_account": "1402021109001234567",
        },
        version=0,
    )
    assert saved.name == "顺达汽修"
    assert (saved.license_class, saved.credit_code) == ("1", "91350100M000100Y43")
    assert saved.version == 7
    assert shop.shop_profile(ctx) == saved  # every station reads the same


def test_a_stale_profile_is_refused_and_bad_fields_named(db, ctx, boss) -> None:
    first = shop.save_shop_profile(boss, {"short_name": "顺达汽修"})
    other = as_user(ctx, "Zhou Admin", Role.ADMIN)
    shop.save_shop_profile(other, {"phone": "0591-87654321"}, first.version)
    before = snapshot(db)
    with pytest.raises(ConflictError) as info:
        shop.save_shop_profile(boss, {"address": "五四北路238号"}, first.version)
    assert info.value.changes[0].user == "Zhou Admin"
    with pytest.raises(ValidationErrors) as bad:
        shop.save_shop_profile(boss, {"credit_code": "123", "license_class": "4", "color": "red"})
    assert [e.field for e in bad.value.errors] == ["shop.color"]
    with pytest.raises(ValidationErrors) as bad:
        shop.save_shop_profile(boss, {"credit_code": "123", "license_class": "4"})
    assert [(e.field, e.code) for e in bad.value.errors] == [
        ("shop.credit_code", "bad_length"),
        ("shop.license_class", "not_a_choice"),
    ]
    with pytest.raises(AccessDenied):
        shop.save_shop_profile(ctx, {"short_name": "x"})
    assert_nothing_written(db, before)


def test_the_logo_is_made_a_small_png_for_every_station(ctx, boss, tmp_path: Path) -> None:
    big = picture(tmp_path / "logo.jpg", (2400, 800), "JPEG")
    profile = shop.set_logo(boss, big)
    assert profile.logo_png is not None
    with Image.open(BytesIO(profile.logo_png)) as image:
        assert (image.format, image.size) == ("PNG", (600, 200))
    assert shop.shop_profile(ctx).logo_png == profile.logo_png
    small = picture(tmp_path / "small.png", (120, 60))
    with Image.open(BytesIO(shop.set_logo(boss, small.read_bytes()).logo_png or b"")) as image:
        assert image.size == (120, 60)  # never enlarged
    assert shop.clear_logo(boss).logo_png is None


def test_a_file_that_is_not_a_picture_is_refused(db, boss, tmp_path: Path) -> None:
    text = tmp_path / "logo.png"
    text.write_text("这不是图片", encoding="utf-8")
    before = snapshot(db)
    with pytest.raises(ValidationError) as info:
        shop.set_logo(boss, text)
    assert (info.value.field, info.value.code) == ("logo", "not_image")
    with pytest.raises(ValidationError) as info:
        shop.set_logo(boss, tmp_path / "missing.png")
    assert info.value.code == "unreadable"
    assert_nothing_written(db, before)


def test_a_20_mb_file_is_refused_with_its_size(db, boss, tmp_path: Path) -> None:
    huge = tmp_path / "huge.png"
    with huge.open("wb") as f:  # a sparse file: 20 MB without writing them
        f.truncate(20 * 1024 * 1024)
    before = snapshot(db)
    with pytest.raises(ValidationError) as info:
        shop.set_logo(boss, huge)
    err = info.value
    assert (err.field, err.code, err.params["size"]) == ("logo", "too_large", 20 * 1024 * 1024)
    assert "20.0 MB" in err.message
    with pytest.raises(ValidationError) as info:  # the same from bytes
        shop.set_logo(boss, os.urandom(16) * (6 * 1024 * 1024 // 16))
    assert info.value.code == "too_large"
    assert_nothing_written(db, before)
