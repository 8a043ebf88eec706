"""Realistic, valid, made-up identities for demo and benchmark data.

Mixed Chinese and English the way a shop in Shenzhen sees them: Chinese and pinyin names,
a few foreign names and companies; mobile and landline numbers; Chinese plates (regular
7 characters and new-energy 8) with the province of the shop most common; VINs with real
Chinese manufacturer prefixes and a correct check digit; IMEIs with a valid Luhn digit;
device serials and e-bike frame numbers. Every value passes ``app.domain.validation``.

One :class:`Fakes` per run, seeded for repeatable data; it remembers the identifiers it
issued so plates, VINs and IMEIs never repeat within the run.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

from app.domain.validation import vin_check_digit

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
)
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉梅海燕鹏飞晨宇浩然子涵欣怡雨萱思远嘉豪俊杰梓轩诗琪"
PINYIN = {
    "王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang",
    "黄": "Huang", "赵": "Zhao", "吴": "Wu", "周": "Zhou", "徐": "Xu", "孙": "Sun",
    "马": "Ma", "朱": "Zhu", "胡": "Hu", "郭": "Guo", "何": "He", "高": "Gao", "林": "Lin",
    "罗": "Luo", "郑": "Zheng", "梁": "Liang",
}  # fmt: skip
PINYIN_GIVEN = (
    "Wei", "Fang", "Na", "Min", "Jing", "Li", "Qiang", "Lei", "Jun", "Yang", "Yong", "Jie",
    "Tao", "Ming", "Chao", "Xia", "Ping", "Gang", "Hua", "Hong", "Haiyan", "Peng", "Yuhang",
    "Zixuan", "Xinyi", "Jiahao", "Junjie", "Siyuan", "Shiqi", "Haoran",
)  # fmt: skip
WESTERN_FIRST = (
    "David", "Michael", "Anna", "Sarah", "James", "Emma", "Thomas", "Julia", "Daniel",
    "Laura", "Peter", "Maria", "Kevin", "Sophie", "Lucas", "Olivia",
)  # fmt: skip
WESTERN_LAST = (
    "Smith", "Müller", "Johnson", "Brown", "Schmidt", "Martin", "Wilson", "Taylor",
    "Dubois", "Rossi", "Kim", "Nguyen", "Tanaka", "Garcia",
)  # fmt: skip
CITIES = ("深圳", "广州", "东莞", "佛山", "惠州", "珠海")
CITIES_EN = ("Shenzhen", "Guangzhou", "Dongguan", "Foshan", "Huizhou", "Zhuhai")
COMPANY_WORDS = (
    "鹏程", "华信", "宏达", "金桥", "鑫源", "恒通", "卓越", "天成", "瑞丰", "嘉禾", "远航", "万顺",
)  # fmt: skip
COMPANY_WORDS_EN = (
    "Bright", "Pearl River", "Golden Bridge", "Harbor", "Summit", "Evergreen", "Pacific",
)  # fmt: skip
INDUSTRIES = (
    ("物流", "Logistics"), ("科技", "Technology"), ("贸易", "Trading"), ("汽车租赁", "Car Rental"),
    ("建筑工程", "Construction"), ("电子", "Electronics"), ("餐饮管理", "Catering"),
)  # fmt: skip
STREETS = ("深南大道", "滨海大道", "北环大道", "宝安大道", "龙岗大道", "科技园南路", "华强北路")
DISTRICTS = ("南山区", "福田区", "罗湖区", "宝安区", "龙岗区", "龙华区")

MOBILE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "166", "170", "176", "177", "178", "180", "181",
    "182", "183", "185", "186", "187", "188", "189", "191", "198", "199",
)  # fmt: skip
LANDLINE_AREAS = ("0755", "020", "0769", "0757", "0760")  # 8-digit local numbers

# province + city letters, the shop's own (粤B, Shenzhen) most common
PLATE_REGIONS = (
    ("粤", "B", 60), ("粤", "A", 8), ("粤", "S", 5), ("粤", "E", 3), ("粤", "L", 3),
    ("湘", "A", 3), ("赣", "B", 2), ("京", "A", 2), ("沪", "A", 2), ("浙", "A", 2),
    ("川", "A", 2), ("鄂", "A", 2), ("桂", "A", 2), ("闽", "D", 2), ("豫", "A", 2),
)  # fmt: skip
_PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # never I or O
_PLATE_CHARS = _PLATE_LETTERS + string.digits
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"  # never I, O or Q
#: model-year codes (VIN position 10), a 30-year cycle that started with A = 2010
VIN_YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789"


@dataclass(frozen=True)
class CarModel:
    make: str
    model: str
    wmi: str  # world manufacturer identifier (VIN positions 1-3)
    new_energy: bool = False


CARS = (
    CarModel("大众", "朗逸", "LSV"), CarModel("Volkswagen", "Passat", "LSV"),
    CarModel("大众", "速腾", "LFV"), CarModel("Volkswagen", "Tiguan L", "LSV"),
    CarModel("丰田", "凯美瑞", "LVG"), CarModel("Toyota", "Corolla", "LFM"),
    CarModel("本田", "雅阁", "LHG"), CarModel("Honda", "CR-V", "LVH"),
    CarModel("日产", "轩逸", "LGB"), CarModel("别克", "英朗", "LSG"),
    CarModel("宝马", "5系", "LBV"), CarModel("BMW", "X3", "LBV"),
    CarModel("奔驰", "C级", "LE4"), CarModel("Mercedes-Benz", "GLC", "LE4"),
    CarModel("吉利", "星越L", "L6T"),
    CarModel("比亚迪", "秦PLUS DM-i", "LGX", True), CarModel("BYD", "Han EV", "LGX", True),
    CarModel("比亚迪", "宋PLUS", "LGX", True), CarModel("特斯拉", "Model Y", "LRW", True),
    CarModel("Tesla", "Model 3", "LRW", True),
)  # fmt: skip
COLOURS = ("白色", "黑色", "银色", "灰色", "蓝色", "红色", "White", "Black", "Silver", "Grey")


@dataclass(frozen=True)
class DeviceModel:
    make: str
    model: str
    tacs: tuple[str, ...]  # IMEI type allocation codes (8 digits); empty: no IMEI, a serial


DEVICES = (
    DeviceModel("华为", "Mate 60 Pro", ("86753905", "86865206")),
    DeviceModel("Huawei", "P60", ("86102106",)),
    DeviceModel("Apple", "iPhone 15", ("35443574", "35391110")),
    DeviceModel("苹果", "iPhone 14 Pro", ("35078218",)),
    DeviceModel("小米", "Xiaomi 14", ("86921407",)),
    DeviceModel("OPPO", "Find X7", ("86804307",)),
    DeviceModel("vivo", "X100", ("86290107",)),
    DeviceModel("荣耀", "Magic6", ("86012306",)),
    DeviceModel("Apple", "iPad Air", ()),
    DeviceModel("华为", "MatePad 11", ()),
    DeviceModel("Apple", "MacBook Air", ()),
)
EBIKES = (
    ("雅迪", "冠能 G5", "YD"), ("爱玛", "A500", "AM"), ("台铃", "狮鹰", "TL"),
    ("新日", "XC3", "SR"), ("小牛", "NQi", "NU"), ("NIU", "MQi2", "NU"),
)  # fmt: skip


class Fakes:
    """Made-up but valid customer and asset data; identifiers unique within the run."""

    def __init__(self, seed: int | None = None) -> None:
        self.rng = random.Random(seed)
        self.used: set[str] = set()
        weights = [w for _, _, w in PLATE_REGIONS]
        self._regions = [f"{p}{c}" for p, c, _ in PLATE_REGIONS]
        self._region_weights = weights

    def unique(self, make: object) -> str:
        """Call ``make()`` until it yields a value not issued before in this run."""
        for _ in range(1000):
            value = make()  # type: ignore[operator]
            if value not in self.used:
                self.used.add(value)
                return str(value)
        raise RuntimeError("identifier space exhausted")

    # --- people and companies ---

    def chinese_name(self) -> str:
        r = self.rng
        return r.choice(SURNAMES) + "".join(r.choices(GIVEN, k=r.choice((1, 2, 2))))

    def pinyin_name(self) -> str:
        r = self.rng
        return f"{r.choice(list(PINYIN.values()))} {r.choice(PINYIN_GIVEN)}"

    def western_name(self) -> str:
        return f"{self.rng.choice(WESTERN_FIRST)} {self.rng.choice(WESTERN_LAST)}"

    def company_name(self) -> str:
        r = self.rng
        i = r.randrange(len(INDUSTRIES))
        if r.random() < 0.7:
            return f"{r.choice(CITIES)}市{r.choice(COMPANY_WORDS)}{INDUSTRIES[i][0]}有限公司"
        return f"{r.choice(CITIES_EN)} {r.choice(COMPANY_WORDS_EN)} {INDUSTRIES[i][1]} Co., Ltd."

    def person_name(self) -> str:
        x = self.rng.random()
        if x < 0.80:
            return self.chinese_name()
        if x < 0.94:
            return self.pinyin_name()
        return self.western_name()

    def similar_name(self, name: str) -> str:
        """A near-namesake: same start, one more character (张伟 -> 张伟明, Li Na -> Li Nan)."""
        if name.isascii():
            return name + self.rng.choice("aeinou")
        return name + self.rng.choice(GIVEN)

    def address(self) -> str:
        r = self.rng
        return f"深圳市{r.choice(DISTRICTS)}{r.choice(STREETS)}{r.randint(1, 3999)}号"

    def email(self, name: str) -> str | None:
        if not name.isascii():
            return None
        local = name.lower().replace(" ", ".").replace(",", "")[:20]
        return f"{local}@example.com"

    # --- phones ---

    def mobile(self) -> str:
        r = self.rng
        return r.choice(MOBILE_PREFIXES) + f"{r.randrange(100_000_000):08d}"

    def landline(self) -> str:
        area = self.rng.choice(LANDLINE_AREAS)
        return area + f"{self.rng.randrange(20_000_000, 89_999_999):08d}"

    def similar_phone(self, phone: str) -> str:
        """A number sharing all but the last two digits (a family's consecutive SIMs)."""
        return phone[:-2] + f"{self.rng.randrange(100):02d}"

    # --- vehicles ---

    def plate(self, new_energy: bool = False) -> str:
        r = self.rng
        region = r.choices(self._regions, self._region_weights)[0]
        if new_energy:
            if r.random() < 0.85:  # small new-energy car: D/F, one letter or digit, 4 digits
                body = r.choice("DF") + r.choice(_PLATE_CHARS) + f"{r.randrange(10_000):04d}"
            else:  # large new-energy vehicle: 5 digits then D/F
                body = f"{r.randrange(100_000):05d}" + r.choice("DF")
            return region + body
        letters = r.choice((0, 0, 1, 1, 2))
        chars = [r.choice(string.digits) for _ in range(5)]
        for pos in r.sample(range(5), letters):
            chars[pos] = r.choice(_PLATE_LETTERS)
        return region + "".join(chars)

    def vin(self, car: CarModel, year: int) -> str:
        r = self.rng
        vds = "".join(r.choices(VIN_CHARS, k=5))
        plant = r.choice("ABCDEFGHJKLMN123456789")
        serial = f"{r.randrange(1_000_000):06d}"
        year_code = VIN_YEAR_CODES[(year - 2010) % 30]
        draft = f"{car.wmi}{vds}0{year_code}{plant}{serial}"
        return draft[:8] + vin_check_digit(draft) + draft[9:]

    def car(self) -> CarModel:
        return self.rng.choice(CARS)

    def engine_no(self) -> str:
        r = self.rng
        return "".join(r.choices(string.ascii_uppercase, k=3)) + f"{r.randrange(10**6):06d}"

    # --- devices and e-bikes ---

    def imei(self, device: DeviceModel) -> str:
        body = self.rng.choice(device.tacs) + f"{self.rng.randrange(1_000_000):06d}"
        return body + luhn_digit(body)

    def device(self) -> DeviceModel:
        return self.rng.choice(DEVICES)

    def serial(self) -> str:
        r = self.rng
        return "".join(r.choices(string.ascii_uppercase + string.digits, k=12))

    def ebike(self) -> tuple[str, str, str]:
        return self.rng.choice(EBIKES)

    def frame_no(self, code: str, year: int) -> str:
        r = self.rng
        return f"{code}{year % 100:02d}{r.choice(_PLATE_LETTERS)}{r.randrange(10**9):09d}"

    def motor_no(self) -> str:
        return f"M{self.rng.randrange(10**10):010d}"

    def battery_serial(self) -> str:
        return f"BT{self.rng.randrange(10**12):012d}"


def luhn_digit(body: str) -> str:
    """The Luhn check digit to append to ``body`` (IMEI: 14 digits + 1)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)
