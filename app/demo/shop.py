"""The demo's shop: its profile and logo, staff in every role who can sign in, a catalog
beyond the starter one and checklists with mandatory items, so that screenshots and
printouts look like a real shop's. Everything goes through the setup desk's services, as
the ``system`` account an administrator's command line uses.

The staff's passwords and PINs are the demo's own (printed by ``python -m app demo``): a
real installation has no built-in password; its owner creates the first account.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.db.engine import Database
from app.demo.logo import demo_logo_png
from app.domain.enums import AssetKind, LineKind, PaymentMethod, Role
from app.services import catalog, setup, shop, staff
from app.services.people import system_context
from app.services.settings import write_settings

#: every demo account's password (a demo only: see the module docstring)
DEMO_PASSWORD = "workbay-demo"


@dataclass(frozen=True)
class DemoUser:
    login: str
    name: str
    role: Role
    pin: str
    extra: tuple[Role, ...] = ()
    language: str | None = None


#: the people of a small 4S service department; the names match the demo visits' desks
#: (app.demo.visits.sign_in_staff), so the orders they open carry these accounts
STAFF = (
    DemoUser("zhou", "周建国", Role.MANAGER, "1001", (Role.ADMIN,)),
    DemoUser("lina", "李娜", Role.ADVISOR, "2001"),
    DemoUser("chenjie", "Chen Jie", Role.ADVISOR, "2002", language="en"),
    DemoUser("wang", "王师傅", Role.TEAM_LEAD, "3001", (Role.TECHNICIAN,)),
    DemoUser("liu", "刘工", Role.TECHNICIAN, "3002"),
    DemoUser("zhoutao", "Zhou Tao", Role.TECHNICIAN, "3003", language="en"),
    DemoUser("sunmin", "孙敏 (质检)", Role.INSPECTOR, "4001"),
    DemoUser("zhaomin", "赵敏", Role.CASHIER, "5001"),
    DemoUser("huang", "黄磊", Role.PARTS, "6001"),
    DemoUser("xu", "徐静", Role.FOLLOW_UP, "7001"),
)

PROFILE = {
    "shop.legal_name": "深圳市顺达汽车销售服务有限公司",
    "shop.short_name": "顺达汽车服务",
    "shop.address": "深圳市南山区科技园北区松坪山路88号",
    "shop.phone": "0755-26881234",
    "shop.credit_code": "91440300MA5F8K3Q7X",
    "shop.license_no": "粤交运管许可深字440305001234号",
    "shop.license_class": "1",
    "shop.bank_name": "招商银行深圳科技园支行",
    "shop.bank_account": "755912345610801",
}

# code, kind, zh, en, unit zh, unit en, price, standard hours, flat, asset kinds
MORE_CATALOG: tuple[tuple[str, LineKind, str, str, str, str, str, str | None, bool, str], ...] = (
    ("L-MAINT-A", LineKind.LABOR, "常规保养A（5000公里）", "Service A (5,000 km)",
     "次", "job", "180.00", "1.0", True, "vehicle"),
    ("L-MAINT-B", LineKind.LABOR, "常规保养B（10000公里）", "Service B (10,000 km)",
     "次", "job", "380.00", "2.0", True, "vehicle"),
    ("L-AC-CLEAN", LineKind.LABOR, "空调系统清洗", "A/C system cleaning",
     "h", "h", "160.00", "0.8", False, "vehicle"),
    ("L-ALIGN", LineKind.LABOR, "四轮定位", "Wheel alignment",
     "次", "job", "200.00", "0.7", True, "vehicle"),
    ("L-DIAG", LineKind.LABOR, "电脑故障诊断", "Computer diagnosis",
     "次", "job", "150.00", "0.5", True, "vehicle,ebike"),
    ("L-PH-SCREEN", LineKind.LABOR, "更换屏幕总成", "Screen assembly replacement",
     "次", "job", "120.00", "0.7", True, "device"),
    ("L-PH-DATA", LineKind.LABOR, "数据备份与恢复", "Data backup and restore",
     "次", "job", "80.00", "0.5", True, "device"),
    ("P-CABIN-FLT", LineKind.PART, "空调滤芯", "Cabin air filter",
     "个", "pc", "88.00", None, False, "vehicle"),
    ("P-SPARK-4", LineKind.PART, "火花塞（铱金）", "Spark plug (iridium)",
     "个", "pc", "95.00", None, False, "vehicle"),
    ("P-WIPER-PR", LineKind.PART, "雨刮片（对）", "Wiper blades (pair)",
     "对", "pair", "168.00", None, False, "vehicle"),
    ("P-COOLANT", LineKind.PART, "防冻冷却液 4L", "Coolant 4 L",
     "桶", "can", "120.00", None, False, "vehicle"),
    ("P-PH-SCREEN", LineKind.PART, "屏幕总成（原厂）", "Screen assembly (genuine)",
     "个", "pc", "1280.00", None, False, "device"),
    ("P-EB-TIRE", LineKind.PART, "电动车外胎 14×2.5", "E-bike tire 14×2.5",
     "条", "pc", "75.00", None, False, "ebike"),
    ("S-WASTE-OIL", LineKind.SUNDRY, "废油处理费", "Waste oil disposal",
     "次", "job", "10.00", None, False, "vehicle"),
    ("S-SHOP", LineKind.SUNDRY, "辅料（清洁剂、扎带）", "Shop supplies",
     "次", "job", "15.00", None, False, ""),
)  # fmt: skip

#: which checklist items the demo shop makes mandatory, per asset kind
MANDATORY = {
    AssetKind.VEHICLE: {"exterior", "warning_lights", "valuables"},
    AssetKind.DEVICE: {"appearance", "imei_match", "screen"},
    AssetKind.EBIKE: {"frame", "battery", "brakes"},
}


@dataclass(frozen=True)
class DemoShop:
    name: str
    staff: tuple[DemoUser, ...]
    password: str


def _add_staff(db: Database) -> None:
    ctx = system_context(db)
    known = {s.login: s for s in staff.list_staff(ctx)}
    by_name = {s.name: s for s in known.values()}
    for u in STAFF:
        if u.login in known:
            continue
        existing = by_name.get(u.name)
        if existing is not None:
            # a visit signed this person in by name before the shop was set up
            view = staff.update_user(
                ctx,
                existing.id,
                existing.version,
                role=u.role,
                extra_roles=u.extra,
                language=u.language,
            )
            staff.set_password(ctx, view.id, DEMO_PASSWORD)
            staff.set_pin(ctx, view.id, u.pin)
            continue
        staff.add_user(
            ctx,
            u.login,
            u.name,
            u.role,
            extra_roles=u.extra,
            language=u.language,
            password=DEMO_PASSWORD,
            pin=u.pin,
        )


def _add_catalog(db: Database) -> None:
    ctx = system_context(db)
    have = {i.code for i in catalog.search_catalog(ctx, "", limit=1000)}
    for code, kind, zh, en, unit, unit_en, price, hours, flat, kinds in MORE_CATALOG:
        if code in have:
            continue
        catalog.add_catalog_item(
            ctx,
            kind,
            code,
            zh,
            en,
            price,
            unit=unit,
            unit_en=unit_en,
            standard_hours=hours,
            flat=flat,
            asset_kinds=[AssetKind(k) for k in kinds.split(",")] if kinds else None,
        )


def _mark_mandatory(db: Database) -> None:
    ctx = system_context(db)
    for kind, codes in MANDATORY.items():
        current = setup.checklist_items(ctx, kind)
        items = [
            setup.ChecklistItemInput(
                code=i.code,
                label_zh=i.label_zh,
                label_en=i.label_en,
                mandatory=i.code in codes,
                active=i.active,
            )
            for i in current.items
        ]
        setup.save_checklist(ctx, kind, items, current.version)


def setup_demo_shop(db: Database) -> DemoShop:
    """Make the demo shop (again harmlessly: what exists is kept)."""
    ctx = system_context(db)
    profile = shop.shop_profile(ctx)
    if not profile.legal_name:
        shop.save_shop_profile(ctx, dict(PROFILE))
        shop.set_logo(ctx, demo_logo_png("顺达"))
        year = date.today().year
        write_settings(
            ctx,
            {
                "payment.methods": [
                    PaymentMethod.CASH,
                    PaymentMethod.BANK_CARD,
                    PaymentMethod.WECHAT,
                    PaymentMethod.ALIPAY,
                    PaymentMethod.STORED_VALUE,
                ],
                "hours.holidays": [date(year, 1, 1), date(year, 5, 1), date(year, 10, 1)],
            },
        )
        _mark_mandatory(db)
    _add_staff(db)
    _add_catalog(db)
    return DemoShop(PROFILE["shop.short_name"], STAFF, DEMO_PASSWORD)
