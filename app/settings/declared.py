"""Every setting of Workbay, declared once: key, type, default, validation and scope.

Database settings (INSTALLATION, BRANCH) are shared by every station and change live; the
STATION ones are what this computer remembers for itself. Adding a setting means adding it
here; the stores, the services and the command line know it from then on.
"""

from __future__ import annotations

from datetime import time
from decimal import Decimal
from typing import Any

from app.domain.enums import AssetKind, DocumentKind, PaymentMethod, SettlementRounding
from app.settings import values as v
from app.settings.registry import (
    BytesOption,
    ChoiceOption,
    DecimalOption,
    EnumOption,
    IntOption,
    Option,
    Registry,
    Scope,
    StructOption,
    TextOption,
)

I, B, S = Scope.INSTALLATION, Scope.BRANCH, Scope.STATION

SETTINGS = Registry()

# -- the installation --------------------------------------------------------------------
SECRET = "install.secret"  # signs pickup tokens and approval grants; never shown or set
SETTINGS.declare(TextOption(SECRET, "", I, max_length=64, pattern=r"[0-9a-f]{64}", secret=True))

# -- shop profile: printed on every document ------------------------------------------------
PHONE_PATTERN = r"[0-9+()\- /,，、]{3,40}"
BANK_ACCOUNT_PATTERN = r"[0-9 ]{8,40}"

SETTINGS.declare(
    TextOption("shop.legal_name", "", B, max_length=100),
    TextOption("shop.short_name", "", B, max_length=40),
    TextOption("shop.address", "", B, max_length=200),
    TextOption("shop.phone", "", B, max_length=40, pattern=PHONE_PATTERN),
    BytesOption("shop.logo", B, max_size=2 * 1024 * 1024, check=v.check_png_logo),
    # 统一社会信用代码: 18 characters, the last one a check character (GB 32100-2015)
    TextOption("shop.credit_code", "", B, max_length=18, check=v.check_credit_code),
    # 机动车维修经营许可证 number and 类别 (一类 / 二类 / 三类)
    TextOption("shop.license_no", "", B, max_length=40),
    ChoiceOption("shop.license_class", "", ("", "1", "2", "3"), B),
    TextOption("shop.bank_name", "", B, max_length=100),
    TextOption("shop.bank_account", "", B, max_length=40, pattern=BANK_ACCOUNT_PATTERN),
)
SHOP_PROFILE_KEYS = tuple(k for k in SETTINGS.keys(B) if k.startswith("shop."))

# -- money and documents -----------------------------------------------------------------
DEFAULT_PAYMENT_METHODS = (
    PaymentMethod.CASH,
    PaymentMethod.BANK_CARD,
    PaymentMethod.WECHAT,
    PaymentMethod.ALIPAY,
    PaymentMethod.STORED_VALUE,
)
DEFAULT_MEMBER_LEVELS = (
    v.MemberLevel("银卡", "Silver", Decimal("5.00"), Decimal("0.00")),
    v.MemberLevel("金卡", "Gold", Decimal("10.00"), Decimal("0.00")),
    v.MemberLevel("钻石卡", "Diamond", Decimal("15.00"), Decimal("5.00")),
)
DEFAULT_WARRANTY = {
    AssetKind.VEHICLE: v.WarrantyTerm(36, 100_000),
    AssetKind.DEVICE: v.WarrantyTerm(12, None),
    AssetKind.EBIKE: v.WarrantyTerm(12, None),
}
DEFAULT_WEEK: dict[str, v.OpeningHours | None] = dict.fromkeys(
    v.WEEKDAYS, v.OpeningHours(time(8, 30), time(18, 0))
)


def _plain_methods(methods: tuple[PaymentMethod, ...]) -> list[str]:
    return [m.value for m in methods]


SETTINGS.declare(
    StructOption(
        "payment.methods", DEFAULT_PAYMENT_METHODS, B,
        parse=v.parse_payment_methods, plain=_plain_methods,
    ),
    EnumOption("settlement.rounding", SettlementRounding.NONE, B),
    # per hour, for labor typed by hand (catalog labor carries its own rate)
    DecimalOption(
        "labor.rate", Decimal("120.00"), B, low=Decimal("0.01"), high=Decimal("99999.99")
    ),
    StructOption(
        "member.levels", DEFAULT_MEMBER_LEVELS, B,
        parse=v.parse_member_levels, plain=v.plain_member_levels,
    ),
    StructOption(
        "numbering.prefixes", {k: k.value for k in DocumentKind}, B,
        parse=v.parse_prefixes, plain=v.plain_prefixes,
    ),
    StructOption(
        "warranty.defaults", DEFAULT_WARRANTY, B,
        parse=v.parse_warranty, plain=v.plain_warranty,
    ),
    StructOption("hours.week", DEFAULT_WEEK, B, parse=v.parse_week, plain=v.plain_week),
    StructOption("hours.holidays", (), B, parse=v.parse_dates, plain=v.plain_dates),
    # 调休: weekend days the shop works because a holiday moved there
    StructOption("hours.workdays", (), B, parse=v.parse_dates, plain=v.plain_dates),
    # the shop's time zone (IANA name, e.g. Asia/Shanghai); "": this computer's zone
    TextOption("hours.timezone", "", B, max_length=60, pattern=r"[A-Za-z][A-Za-z0-9_+\-/]{1,59}"),
    # an advisor's own discount limit; beyond it a manager approves
    DecimalOption(
        "discount.limit_percent", Decimal("10.00"), B, low=Decimal(0), high=Decimal(100)
    ),
)  # fmt: skip

# -- the electronic health record (JT/T 1132): where settled repairs are uploaded -------------
SETTINGS.declare(
    TextOption("records.upload_url", "", B, max_length=500, pattern=r"https?://[^\s]{1,490}"),
    TextOption("records.upload_token", "", B, max_length=200, pattern=r"[\x21-\x7e]{1,200}"),
)

# -- messages to customers: quiet hours (shop-local HH:MM, nothing is sent from..until) and
# the SMS gateway (Aliyun Dysms SendSms; no access key: the call/SMS list is printed instead)
SETTINGS.declare(
    TextOption("messages.quiet_from", "21:00", B, max_length=5, pattern=r"([01][0-9]|2[0-3]):[0-5][0-9]"),
    TextOption("messages.quiet_until", "08:00", B, max_length=5, pattern=r"([01][0-9]|2[0-3]):[0-5][0-9]"),
    TextOption("sms.endpoint", "https://dysmsapi.aliyuncs.com/", B, max_length=500, pattern=r"https?://[^\s]{1,490}"),
    TextOption("sms.access_key_id", "", B, max_length=100, pattern=r"[\x21-\x7e]{1,100}"),
    TextOption("sms.access_key_secret", "", B, max_length=200, pattern=r"[\x21-\x7e]{1,200}"),
    TextOption("sms.sign_name", "", B, max_length=40),
)  # fmt: skip

#: credentials readable by nobody once saved: the settings services show them as
#: :data:`CONCEALED_MASK` (not a valid value: writing it back is refused) and the audit log
#: says only whether one was set
CONCEALED = frozenset({"sms.access_key_secret"})
CONCEALED_MASK = "\u2022" * 8

# -- customer care: when a device's follow-up call is due after its release (hours) ---------
SETTINGS.declare(IntOption("care.device_followup_hours", 48, B, low=1, high=720))

# -- security: one policy for the whole installation ------------------------------------------
SETTINGS.declare(
    IntOption("security.idle_lock_minutes", 10, I, low=1, high=480),
    IntOption("security.lockout_attempts", 5, I, low=1, high=50),
    IntOption("security.lockout_minutes", 15, I, low=1, high=1440),
)


# -- this station ------------------------------------------------------------------------


def _check_database_url(option: Option, value: str) -> None:
    from sqlalchemy.engine import make_url  # deferred: reading settings needs no SQLAlchemy

    try:
        url = make_url(value)
    except Exception:
        raise option.error("bad_url", "is not a database address", value) from None
    if url.password:
        # the password goes to the OS keyring, never into the station's file
        raise option.error("password_in_url", "must not contain the password", None)


SETTINGS.declare(
    ChoiceOption("ui.language", "system", ("system", "zh_CN", "en"), S),
    TextOption("ui.desk", "reception", S, max_length=20, pattern=r"[a-z_]{1,20}"),
    BytesOption("ui.geometry", S, max_size=64 * 1024),
    # the main window's state at its last close: restored maximised, or at ui.geometry
    ChoiceOption("ui.window_state", "normal", ("normal", "maximized"), S),
    TextOption("database.url", "", S, max_length=500, check=_check_database_url),
    # where the shared server's password is: "none" (the server asks for none), "keyring"
    # (this computer's password store), "ask" (not kept: typed at every start)
    ChoiceOption("database.password", "none", ("none", "keyring", "ask"), S),
    StructOption(
        "printing.printers", {}, S, parse=v.parse_names_by_kind(), plain=dict,
    ),
    StructOption(
        "printing.papers", {}, S, parse=v.parse_names_by_kind(v.PAPER_KEYS), plain=dict,
    ),
    ChoiceOption("printing.lang", "", ("", *v.PRINT_LANGS), S),
    # the folder a document was last saved to as PDF ("": the user's Documents folder)
    TextOption("printing.pdf_folder", "", S, max_length=1000),
)  # fmt: skip


#: the keys :func:`cross_check` reads
CROSS_CHECKED = ("hours.holidays", "hours.workdays")


def cross_check(values: dict[str, Any]) -> list[tuple[str, str, str, Any]]:
    """Rules between settings, on the values as they would be after a save: (key, code,
    message, value) for each one broken."""
    broken: list[tuple[str, str, str, Any]] = []
    both = set(values.get("hours.holidays", ())) & set(values.get("hours.workdays", ()))
    if both:
        day = min(both)
        broken.append(
            (
                "hours.workdays",
                "holiday_and_workday",
                f"hours.workdays: {day.isoformat()} is also a holiday",
                day.isoformat(),
            )
        )
    return broken


# -- appointments (预约): slot length and the workshop's capacity per asset kind -------------
SETTINGS.declare(
    IntOption("appointments.slot_minutes", 30, B, low=10, high=240),
    StructOption(
        "appointments.capacity", v.DEFAULT_CAPACITY, B,
        parse=v.parse_capacity, plain=v.plain_capacity,
    ),
)  # fmt: skip
