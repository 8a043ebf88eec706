"""Reference data every installation starts with: checklists per asset kind (with the items
the walk-around must always answer) and a starter catalog. Loaded once, into an empty
database, at start-up; the settings table is brought to its current version here too."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.enums import AssetKind, LineKind, MessageEvent
from app.domain.models import DEFAULT_BRANCH_ID, Branch, CatalogItem, ChecklistItem

CHECKLISTS: dict[AssetKind, list[tuple[str, str, str]]] = {
    AssetKind.VEHICLE: [
        ("exterior", "外观", "Exterior"),
        ("interior", "内饰", "Interior"),
        ("warning_lights", "仪表警示灯", "Warning lights"),
        ("tires", "轮胎", "Tires"),
        ("spare_tire_tools", "备胎及随车工具", "Spare tire and tools"),
        ("glass", "玻璃", "Glass"),
        ("lights", "灯光", "Lights"),
        ("wipers", "雨刮", "Wipers"),
        ("audio_ac", "音响及空调", "Audio and A/C"),
        ("valuables", "贵重物品", "Valuables"),
    ],
    AssetKind.DEVICE: [
        ("appearance", "外观", "Appearance"),
        ("screen", "屏幕", "Screen"),
        ("imei_match", "机身IMEI与机内一致", "IMEI inside matches outside"),
        ("warranty_card", "保修卡", "Warranty card"),
        ("invoice", "购机发票", "Purchase invoice"),
        ("water_damage", "进水标签", "Water damage indicator"),
        ("buttons", "按键", "Buttons"),
        ("camera", "摄像头", "Camera"),
        ("sim_tray", "SIM卡托", "SIM tray"),
        ("accessories", "配件", "Accessories"),
    ],
    AssetKind.EBIKE: [
        ("frame", "车架", "Frame"),
        ("battery", "电池", "Battery"),
        ("charger", "充电器", "Charger"),
        ("brakes", "刹车", "Brakes"),
        ("tires", "轮胎", "Tires"),
        ("lights_horn", "灯光及喇叭", "Lights and horn"),
        ("controller", "控制器", "Controller"),
        ("mirrors", "后视镜", "Mirrors"),
    ],
}

#: items the walk-around must answer before the inspection is saved: what the shop and the
#: customer dispute most afterwards (damage already there, warning lights, tires; for a phone
#: the screen and that the IMEI inside matches the box; an e-bike's frame, battery, brakes)
MANDATORY: dict[AssetKind, frozenset[str]] = {
    AssetKind.VEHICLE: frozenset({"exterior", "warning_lights", "tires"}),
    AssetKind.DEVICE: frozenset({"appearance", "screen", "imei_match"}),
    AssetKind.EBIKE: frozenset({"frame", "battery", "brakes"}),
}

#: English units of the starter catalog's Chinese ones
UNITS_EN = {
    "h": "h",
    "个": "pc",
    "块": "pc",
    "条": "pc",
    "副": "pair",
    "对": "pair",
    "套": "set",
    "桶": "can",
    "次": "job",
}

# code, kind, zh, en, unit, default qty, unit price, asset kind
CATALOG: list[tuple[str, LineKind, str, str, str, str, str, AssetKind | None]] = [
    (
        "L-OIL",
        LineKind.LABOR,
        "更换机油机滤工时",
        "Oil and filter change labor",
        "h",
        "0.5",
        "160.00",
        AssetKind.VEHICLE,
    ),
    (
        "L-MAINT",
        LineKind.LABOR,
        "常规保养工时",
        "Routine maintenance labor",
        "h",
        "1.0",
        "180.00",
        AssetKind.VEHICLE,
    ),
    (
        "L-BRAKE",
        LineKind.LABOR,
        "更换刹车片工时",
        "Brake pad replacement labor",
        "h",
        "1.0",
        "200.00",
        AssetKind.VEHICLE,
    ),
    ("L-DIAG", LineKind.LABOR, "电脑检测", "Computer diagnosis", "次", "1", "150.00", None),
    (
        "L-ALIGN",
        LineKind.LABOR,
        "四轮定位",
        "Wheel alignment",
        "次",
        "1",
        "280.00",
        AssetKind.VEHICLE,
    ),
    (
        "L-AC",
        LineKind.LABOR,
        "空调系统清洗",
        "A/C system cleaning",
        "次",
        "1",
        "260.00",
        AssetKind.VEHICLE,
    ),
    (
        "P-OIL5W30",
        LineKind.PART,
        "全合成机油 5W-30 4L",
        "Synthetic oil 5W-30 4 L",
        "桶",
        "1",
        "398.00",
        AssetKind.VEHICLE,
    ),
    ("P-OILFLT", LineKind.PART, "机油滤清器", "Oil filter", "个", "1", "68.00", AssetKind.VEHICLE),
    ("P-AIRFLT", LineKind.PART, "空气滤清器", "Air filter", "个", "1", "120.00", AssetKind.VEHICLE),
    (
        "P-CABFLT",
        LineKind.PART,
        "空调滤芯",
        "Cabin air filter",
        "个",
        "1",
        "98.00",
        AssetKind.VEHICLE,
    ),
    (
        "P-BRKPAD-F",
        LineKind.PART,
        "前刹车片",
        "Front brake pads",
        "套",
        "1",
        "580.00",
        AssetKind.VEHICLE,
    ),
    ("P-WIPER", LineKind.PART, "雨刮片", "Wiper blades", "对", "1", "160.00", AssetKind.VEHICLE),
    (
        "P-BATT12V",
        LineKind.PART,
        "蓄电池 12V 60Ah",
        "Battery 12 V 60 Ah",
        "个",
        "1",
        "680.00",
        AssetKind.VEHICLE,
    ),
    (
        "L-SCREEN",
        LineKind.LABOR,
        "更换屏幕工时",
        "Screen replacement labor",
        "次",
        "1",
        "120.00",
        AssetKind.DEVICE,
    ),
    (
        "P-SCREEN",
        LineKind.PART,
        "屏幕总成",
        "Display assembly",
        "个",
        "1",
        "899.00",
        AssetKind.DEVICE,
    ),
    ("P-PHBATT", LineKind.PART, "手机电池", "Phone battery", "个", "1", "239.00", AssetKind.DEVICE),
    (
        "L-PHBATT",
        LineKind.LABOR,
        "更换电池工时",
        "Battery replacement labor",
        "次",
        "1",
        "60.00",
        AssetKind.DEVICE,
    ),
    (
        "L-CLEAN",
        LineKind.LABOR,
        "主板清洗",
        "Logic board cleaning",
        "次",
        "1",
        "150.00",
        AssetKind.DEVICE,
    ),
    ("L-EB-TIRE", LineKind.LABOR, "补胎", "Tire repair", "次", "1", "20.00", AssetKind.EBIKE),
    ("P-EB-TUBE", LineKind.PART, "内胎", "Inner tube", "条", "1", "35.00", AssetKind.EBIKE),
    (
        "P-EB-BATT",
        LineKind.PART,
        "锂电池 48V 20Ah",
        "Lithium battery 48 V 20 Ah",
        "块",
        "1",
        "1280.00",
        AssetKind.EBIKE,
    ),
    (
        "L-EB-BRAKE",
        LineKind.LABOR,
        "刹车调整",
        "Brake adjustment",
        "次",
        "1",
        "15.00",
        AssetKind.EBIKE,
    ),
    ("P-EB-BRKPAD", LineKind.PART, "刹车皮", "Brake shoes", "副", "1", "25.00", AssetKind.EBIKE),
    ("S-WASH", LineKind.SUNDRY, "洗车", "Car wash", "次", "1", "30.00", AssetKind.VEHICLE),
    (
        "S-WASTE",
        LineKind.SUNDRY,
        "废油处理费",
        "Waste oil disposal",
        "次",
        "1",
        "10.00",
        AssetKind.VEHICLE,
    ),
]


#: the default text of every message template (event, language), editable in setup
MESSAGE_TEMPLATES: dict[tuple[MessageEvent, str], str] = {
    (MessageEvent.FOLLOW_UP, "zh_CN"):
        "{customer}您好，感谢您光临{shop}。您的{asset}已交付，如有任何问题请致电{shop_phone}。",
    (MessageEvent.FOLLOW_UP, "en"):
        "Dear {customer}, thank you for visiting {shop}. If anything about your {asset} is "
        "not right, please call {shop_phone}.",
    (MessageEvent.SERVICE_REMINDER, "zh_CN"):
        "{customer}您好，您的{asset}将于{due_date}（或{due_km}公里）到期保养，欢迎预约。"
        "{shop} {shop_phone}",
    (MessageEvent.SERVICE_REMINDER, "en"):
        "Dear {customer}, your {asset} is due for service on {due_date} (or at {due_km} km). "
        "Book with {shop}: {shop_phone}",
    (MessageEvent.APPOINTMENT_CONFIRMATION, "zh_CN"):
        "{customer}您好，已为您的{asset}预约{time}到{shop}，如需改期请致电{shop_phone}。",
    (MessageEvent.APPOINTMENT_CONFIRMATION, "en"):
        "Dear {customer}, your {asset} is booked at {shop} for {time}. To change it, call "
        "{shop_phone}.",
    (MessageEvent.APPOINTMENT_REMINDER, "zh_CN"):
        "{customer}您好，提醒您：{asset}预约时间为{time}，{shop}恭候您的光临。{shop_phone}",
    (MessageEvent.APPOINTMENT_REMINDER, "en"):
        "Dear {customer}, a reminder: your {asset} is booked at {shop} for {time}. "
        "{shop_phone}",
    (MessageEvent.READY_FOR_PICKUP, "zh_CN"):
        "{customer}您好，您的{asset}（单号{order_no}）已完工，费用{amount}元，欢迎前来{shop}取车。"
        "{shop_phone}",
    (MessageEvent.READY_FOR_PICKUP, "en"):
        "Dear {customer}, your {asset} (order {order_no}) is ready: {amount} yuan. "
        "{shop}, {shop_phone}",
    (MessageEvent.EXTRA_WORK, "zh_CN"):
        "{customer}您好，您的{asset}（单号{order_no}）检查发现需增加维修项目，费用约{amount}元，"
        "请致电{shop_phone}确认是否施工。{shop}",
    (MessageEvent.EXTRA_WORK, "en"):
        "Dear {customer}, your {asset} (order {order_no}) needs extra work of about {amount} "
        "yuan. Please call {shop_phone} to say yes or no. {shop}",
}  # fmt: skip


def ensure_reference_data(session: Session) -> None:
    from app.settings.upgrades import upgrade_database

    if session.get(Branch, DEFAULT_BRANCH_ID) is None:
        # an emptied database (tests truncate it): the one shop the installation runs as
        session.add(Branch(id=DEFAULT_BRANCH_ID, code="MAIN", name=""))
        session.flush()
    if not session.scalar(select(func.count(ChecklistItem.id))):
        for kind, items in CHECKLISTS.items():
            for pos, (code, zh, en) in enumerate(items, start=1):
                session.add(
                    ChecklistItem(
                        asset_kind=kind,
                        position=pos,
                        code=code,
                        label_zh=zh,
                        label_en=en,
                        mandatory=code in MANDATORY[kind],
                    )
                )
    if not session.scalar(select(func.count(CatalogItem.id))):
        for code, line_kind, zh, en, unit, qty, price, asset_kind in CATALOG:
            session.add(
                CatalogItem(
                    kind=line_kind,
                    code=code,
                    name_zh=zh,
                    name_en=en,
                    search_text=f"{code} {zh} {en}".casefold(),
                    unit=unit,
                    unit_en=UNITS_EN.get(unit, unit),
                    default_quantity=Decimal(qty),
                    unit_price=Decimal(price),
                    standard_hours=Decimal(qty) if line_kind is LineKind.LABOR else None,
                    asset_kinds=asset_kind.value if asset_kind is not None else None,
                )
            )
    from app.services.messages import ensure_templates  # deferred: services import this

    ensure_templates(session)
    upgrade_database(session)
