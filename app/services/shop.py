"""The shop profile: who the shop is, as every printed document says it (names, address,
phone, logo, 统一社会信用代码, 机动车维修经营许可证 number and class, bank and account).

The values are registry settings of the branch (``shop.*``), so they are checked, audited,
versioned and live on every station like any other; the logo is kept in the database as a
small PNG, so every station prints it without a shared file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.errors import ConflictError, ValidationError, ValidationErrors
from app.services.context import ServiceContext
from app.services.settings import changes_of, settings_snapshot, write_settings
from app.settings.declared import SHOP_PROFILE_KEYS
from app.settings.values import LOGO_MAX_BYTES, normalize_logo

LOGO_KEY = "shop.logo"


@dataclass(frozen=True)
class ShopProfile:
    legal_name: str = ""
    short_name: str = ""
    address: str = ""
    phone: str = ""
    credit_code: str = ""  # 统一社会信用代码
    license_no: str = ""  # 机动车维修经营许可证号
    license_class: str = ""  # "1" 一类, "2" 二类, "3" 三类, "" not set
    bank_name: str = ""
    bank_account: str = ""
    logo_png: bytes | None = None
    #: the sum of the profile's settings' versions: it grows with every save (0: never saved)
    version: int = 0

    @property
    def name(self) -> str:
        """The name to print big: the short name, else the legal name."""
        return self.short_name or self.legal_name

    @staticmethod
    def from_values(values: dict[str, Any], version: int = 0) -> ShopProfile:
        fields = {k.removeprefix("shop."): v for k, v in values.items() if k != LOGO_KEY}
        return ShopProfile(**fields, logo_png=values.get(LOGO_KEY), version=version)


def shop_profile(ctx: ServiceContext) -> ShopProfile:
    snap = settings_snapshot(ctx, list(SHOP_PROFILE_KEYS))
    return ShopProfile.from_values(snap.values, sum(snap.versions.values()))


def _key(name: str) -> str:
    key = name if name.startswith("shop.") else f"shop.{name}"
    return LOGO_KEY if key == "shop.logo_png" else key


def save_shop_profile(
    ctx: ServiceContext, changes: dict[str, Any], version: int | None = None
) -> ShopProfile:
    """Save the changed fields (``legal_name`` or ``shop.legal_name``...); with ``version``
    (the profile's as read), refuse if anyone saved any of the profile since."""
    values = {_key(k): v for k, v in changes.items()}
    unknown = [k for k in values if k not in SHOP_PROFILE_KEYS]
    if unknown:
        raise ValidationErrors(
            [ValidationError(k, "unknown_setting", "no such field", k) for k in unknown]
        )
    versions = None
    if version is not None:
        current = settings_snapshot(ctx, list(SHOP_PROFILE_KEYS)).versions
        now = sum(current.values())
        if now != version:  # someone saved the profile since it was read
            with ctx.db.read() as session:
                notes = changes_of(session, "shop.", now)
            raise ConflictError("shop profile", 0, version, now, notes)
        # and again inside write_settings' own transaction, for the keys written
        versions = {k: current[k] for k in values}
    write_settings(ctx, values, versions)
    return shop_profile(ctx)


def set_logo(ctx: ServiceContext, path_or_bytes: str | Path | bytes) -> ShopProfile:
    """The shop's logo from a picture file or its bytes: refused if it is not a picture
    (``not_image``) or over 5 MB (``too_large``, with the size); stored as a PNG of at most
    600 px a side."""
    if isinstance(path_or_bytes, bytes):
        data = path_or_bytes
    else:
        path = Path(path_or_bytes)
        try:
            size = path.stat().st_size
            if size > LOGO_MAX_BYTES:
                raise ValidationError(
                    "logo", "too_large",
                    f"the picture is {size / 1048576:.1f} MB, at most 5 MB", size,
                    size=size, max=LOGO_MAX_BYTES,
                )  # fmt: skip
            data = path.read_bytes()
        except OSError as exc:
            raise ValidationError(
                "logo", "unreadable", f"cannot read {path}: {exc.strerror}", str(path)
            ) from None
    png = normalize_logo(data)
    write_settings(ctx, {LOGO_KEY: png})
    return shop_profile(ctx)


def clear_logo(ctx: ServiceContext) -> ShopProfile:
    write_settings(ctx, {LOGO_KEY: None})
    return shop_profile(ctx)
