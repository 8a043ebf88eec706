"""Legal rules of a vehicle repair's documents: the quality guarantee period (质量保证期) by
维修类别, and an amount in Chinese capitals (大写金额) as the settlement list prints it.

质量保证期 (机动车维修管理规定 第三十八条), counted from the day the vehicle leaves the shop
(出厂之日起), whichever of distance and days comes first:

- 整车修理 / 总成修理: 20,000 km or 100 days;
- 二级维护: 5,000 km or 30 days;
- 小修 / 专项修理: 2,000 km or 10 days.

Days run as the Civil Code counts them: the day of release itself is not counted, the period
ends at the end of its last day (released on 1 March with 10 days: covered up to 11 March).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from app.domain.enums import AssetKind, OldParts, RepairCategory
from app.domain.errors import ValidationError
from app.domain.warranty import warranty_status

MILEAGE_MAX = 5_000_000

if TYPE_CHECKING:
    from app.domain.models import WorkOrder

#: 维修类别 -> (km, days)
GUARANTEE: dict[RepairCategory, tuple[int, int]] = {
    RepairCategory.WHOLE: (20_000, 100),
    RepairCategory.ASSEMBLY: (20_000, 100),
    RepairCategory.LEVEL2: (5_000, 30),
    RepairCategory.MINOR: (2_000, 10),
    RepairCategory.SPECIAL: (2_000, 10),
}


@dataclass(frozen=True)
class Guarantee:
    """The guarantee of one repair: its limits, and where they end for this vehicle."""

    category: RepairCategory
    km: int
    days: int
    released: date | None  # None: not released yet (the period has not started)
    mileage_out: int | None

    @property
    def until_date(self) -> date | None:
        """The last day covered (None before release)."""
        return self.released + timedelta(days=self.days) if self.released else None

    @property
    def until_km(self) -> int | None:
        """The odometer reading up to which it is covered (None without mileage out)."""
        return self.mileage_out + self.km if self.mileage_out is not None else None

    def covers(self, today: date, mileage: int | None) -> bool:
        """Whether a visit ``today`` with ``mileage`` on the odometer falls in the period:
        released, not past the last day, and (when both readings are known) not driven more
        than the distance."""
        until = self.until_date
        if self.released is None or until is None or not self.released <= today <= until:
            return False
        limit = self.until_km
        return limit is None or mileage is None or mileage <= limit


def guarantee(
    category: RepairCategory, released: date | None = None, mileage_out: int | None = None
) -> Guarantee:
    """The quality guarantee of a repair of ``category`` released on ``released`` with
    ``mileage_out`` on the odometer."""
    km, days = GUARANTEE[RepairCategory(category)]
    return Guarantee(RepairCategory(category), km, days, released, mileage_out)


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL = ("", "拾", "佰", "仟")
_BIG = ("", "万", "亿", "万亿")


def _integer_capitals(n: int) -> str:
    digits = str(n)
    size = len(digits)
    out: list[str] = []
    zero = False  # a zero waits to be written before the next non-zero digit
    for i, ch in enumerate(digits):
        pos = size - 1 - i
        d = int(ch)
        if d == 0:
            zero = True
        else:
            if zero:
                out.append("零")
                zero = False
            out.append(_DIGITS[d] + _SMALL[pos % 4])
        if pos % 4 == 0 and pos > 0:
            group = digits[max(0, i - 3) : i + 1]
            if group.strip("0"):
                out.append(_BIG[pos // 4])
    return "".join(out)


def money_to_chinese_capitals(amount: Decimal) -> str:
    """An amount in Chinese capitals as cheques and statements write it (支付结算办法):
    ``1234.56`` -> 壹仟贰佰叁拾肆元伍角陆分; ``100`` -> 壹佰元整; ``0.5`` -> 伍角整;
    ``1000.05`` -> 壹仟元零伍分; ``0`` -> 零元整; negative amounts start with 负."""
    value = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    sign = "负" if value < 0 else ""
    cents = int(abs(value) * 100)
    yuan, rest = divmod(cents, 100)
    jiao, fen = divmod(rest, 10)
    if cents == 0:
        return "零元整"
    out = _integer_capitals(yuan) + "元" if yuan else ""
    if jiao:
        out += _DIGITS[jiao] + "角"
    elif fen and yuan:
        out += "零"
    if fen:
        out += _DIGITS[fen] + "分"
    else:
        out += "整"
    return sign + out


def check_mileage_out(
    km: int | None, mileage_in: int | None, field: str = "mileage_out"
) -> ValidationError | None:
    """Mileage out is a reading of 0..5,000,000 km, never below the mileage the vehicle came
    in with."""
    if km is None:
        return None
    if not 0 <= km <= MILEAGE_MAX:
        return ValidationError(field, "mileage_range", "mileage out of range", km)
    if mileage_in is not None and km < mileage_in:
        return ValidationError(
            field,
            "mileage_out_below_in",
            f"mileage out {km} is below the mileage in {mileage_in}",
            km,
            mileage_in=mileage_in,
        )
    return None


def under_sanbao(
    kind: AssetKind,
    invoice_date: date | None,
    mileage_in: int | None,
    opened: date,
    warranty_line: bool,
) -> bool:
    """A repair falls under 三包 (家用汽车产品三包): a line is paid by the warranty, or the car
    came in within its 三包 period (2 years or 50,000 km from the invoice, whichever first).
    Only then are towing, transport compensation and a courtesy car the seller's costs."""
    if kind is not AssetKind.VEHICLE:
        return False
    if warranty_line:
        return True
    status = warranty_status(kind, invoice_date, mileage_in, opened, [])
    return "sanbao_period" in status.flags


def local_day(moment: Any) -> date:
    return moment.astimezone().date()


def default_old_parts(order: WorkOrder) -> OldParts:
    """The old parts' fate unless recorded: the customer's if they asked to keep them, else
    recycled by the shop."""
    if order.old_parts is not None:
        return order.old_parts
    return OldParts.CUSTOMER if order.keep_old_parts else OldParts.RECYCLED


def order_guarantee(order: WorkOrder) -> Guarantee | None:
    """The order's quality guarantee (None without a 维修类别); it runs from release."""
    if order.repair_category is None:
        return None
    released = local_day(order.released_at) if order.released_at else None
    return guarantee(order.repair_category, released, order.mileage_out or order.mileage_in)
