"""The province's fixed facts: calendar, places and cells, number plans, and identifier factories.

Shaanxi (陕西), one operator's feed (秦川移动, ``qinchuan_mobile``), 28 Sep - 14 Oct 2028:
three pre-holiday days (Sat 30 Sep is a make-up working day), the National Day Golden Week
(Sun 1 - Sat 7 Oct, Mid-Autumn on Tue 3 Oct), then the week after (Sun 8 Oct is a make-up working day).
All times are kept as UTC epoch seconds and written labelled Asia/Shanghai.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime

import numpy as np

OPERATOR = "qinchuan_mobile"
ZONE = "Asia/Shanghai"
DAY = 86400
T0 = int(datetime(2028, 9, 27, 16, 0, tzinfo=UTC).timestamp())  # 2028-09-28 00:00 +08:00
DAYS = 17
DATES = [datetime.fromtimestamp(T0 + d * DAY + 8 * 3600, UTC).strftime("%Y-%m-%d") for d in range(DAYS)]
HOLIDAY = np.array([d.startswith("2028-10-0") and int(d[-1]) <= 7 for d in DATES])
WEEKDAY = np.array([datetime.fromtimestamp(T0 + d * DAY + 8 * 3600, UTC).weekday() for d in range(DAYS)])
MAKEUP = np.array([d in ("2028-09-30", "2028-10-08") for d in DATES])
WORKDAY = ((WEEKDAY < 5) & ~HOLIDAY) | MAKEUP
MID_AUTUMN = DATES.index("2028-10-03")
GW_FIRST, GW_LAST = DATES.index("2028-10-01"), DATES.index("2028-10-07")
DETECT_FIRST = DATES.index("2028-10-08")  # the last seven days are the detection week
#: how busy ordinary calling is per day (greetings on 1 Oct and Mid-Autumn, quiet holiday mornings)
DAY_FACTOR = np.array([1.0, 1.05, 1.0, 1.35, 1.1, 1.45, 1.0, 0.95, 0.9, 1.05, 1.15,
                       1.0, 1.0, 0.98, 0.97, 1.0, 0.9])


def ts(day: float, hour: float = 0.0, minute: float = 0.0, sec: float = 0.0) -> int:
    """Epoch seconds of local ``day`` (0 = 28 Sep) at hour:minute:sec."""
    return int(T0 + day * DAY + hour * 3600 + minute * 60 + sec)


def day_of(t: int) -> int:
    return int((t - T0) // DAY)


def hour_of(t: int) -> float:
    return ((t - T0) % DAY) / 3600.0


# --- places ---------------------------------------------------------------------------------------------
# key, Chinese name, city, lat, lon, cells, population weight, tags
PLACES = [
    ("xa_xincheng", "西安市新城区", "xian", 34.266, 108.960, 22, 5.0, "urban"),
    ("xa_beilin", "西安市碑林区", "xian", 34.250, 108.946, 22, 5.0, "urban campus_old"),
    ("xa_lianhu", "西安市莲湖区", "xian", 34.265, 108.925, 22, 5.5, "urban"),
    ("xa_yanta", "西安市雁塔区", "xian", 34.222, 108.948, 34, 9.0, "urban office"),
    ("xa_gaoxin", "西安高新区", "xian", 34.200, 108.880, 26, 6.0, "urban office"),
    ("xa_qujiang", "西安曲江新区", "xian", 34.205, 108.985, 14, 2.5, "urban scenic"),
    ("xa_weiyang", "西安市未央区", "xian", 34.320, 108.940, 26, 6.5, "urban station"),
    ("xa_baqiao", "西安市灞桥区", "xian", 34.280, 109.060, 14, 3.0, "urban"),
    ("xa_changan", "西安市长安区", "xian", 34.158, 108.907, 14, 3.0, "suburb"),
    ("xa_unitown", "长安大学城(郭杜)", "xian", 34.140, 108.860, 18, 4.5, "campus"),
    ("xa_lintong", "西安市临潼区", "xian", 34.368, 109.214, 10, 1.6, "suburb"),
    ("xa_bmy", "临潼兵马俑景区", "xian", 34.385, 109.278, 6, 0.1, "scenic"),
    ("xa_huxian", "西安市鄠邑区", "xian", 34.108, 108.605, 6, 1.1, "county"),
    ("xa_zhouzhi", "周至县", "xian", 34.163, 108.222, 6, 1.0, "county rural"),
    ("xa_gaoling", "西安市高陵区", "xian", 34.534, 109.088, 6, 0.9, "county"),
    ("xa_yanliang", "西安市阎良区", "xian", 34.662, 109.226, 5, 0.7, "county"),
    ("xy_qindu", "咸阳市秦都区", "xianyang", 34.338, 108.706, 14, 3.0, "urban"),
    ("xy_weicheng", "咸阳市渭城区", "xianyang", 34.362, 108.737, 12, 2.4, "urban urban_village"),
    ("xy_airport", "西安咸阳国际机场", "xianyang", 34.447, 108.752, 4, 0.05, "transport"),
    ("xy_liquan", "礼泉县(袁家村)", "xianyang", 34.577, 108.430, 5, 0.7, "county scenic"),
    ("xy_xingping", "兴平市", "xianyang", 34.299, 108.490, 5, 1.0, "county"),
    ("xy_binzhou", "彬州市", "xianyang", 35.035, 108.082, 4, 0.6, "county coal"),
    ("bj_weibin", "宝鸡市渭滨区", "baoji", 34.372, 107.150, 10, 1.8, "urban"),
    ("bj_jintai", "宝鸡市金台区", "baoji", 34.377, 107.146, 9, 1.6, "urban"),
    ("bj_chencang", "宝鸡市陈仓区", "baoji", 34.355, 107.383, 5, 1.0, "county"),
    ("bj_famen", "扶风县(法门寺)", "baoji", 34.440, 107.900, 4, 0.5, "county scenic"),
    ("bj_meixian", "眉县(太白山)", "baoji", 34.274, 107.750, 4, 0.5, "county scenic"),
    ("wn_linwei", "渭南市临渭区", "weinan", 34.498, 109.510, 9, 2.0, "urban"),
    ("wn_huayin", "华阴市(华山)", "weinan", 34.566, 110.092, 7, 0.5, "county scenic"),
    ("wn_hancheng", "韩城市", "weinan", 35.477, 110.442, 4, 0.6, "county"),
    ("wn_pucheng", "蒲城县", "weinan", 34.956, 109.586, 4, 0.8, "county rural"),
    ("tc_wangyi", "铜川市王益区", "tongchuan", 35.069, 109.076, 5, 0.8, "urban"),
    ("ya_baota", "延安市宝塔区", "yanan", 36.596, 109.490, 9, 1.6, "urban scenic"),
    ("ya_luochuan", "洛川县", "yanan", 35.762, 109.432, 4, 0.5, "county rural"),
    ("ya_yichuan", "宜川县(壶口瀑布)", "yanan", 36.148, 110.450, 3, 0.2, "county scenic"),
    ("yl_yuyang", "榆林市榆阳区", "yulin", 38.285, 109.735, 10, 1.8, "urban"),
    ("yl_shenmu", "神木市", "yulin", 38.842, 110.499, 8, 1.2, "county coal"),
    ("yl_fugu", "府谷县", "yulin", 39.028, 111.069, 6, 0.8, "county coal"),
    ("yl_hengshan", "横山区(乡镇)", "yulin", 37.962, 109.294, 5, 0.6, "county rural village"),
    ("yl_suide", "绥德县", "yulin", 37.503, 110.263, 4, 0.6, "county rural"),
    ("hz_hantai", "汉中市汉台区", "hanzhong", 33.068, 107.032, 9, 1.6, "urban"),
    ("hz_chenggu", "城固县", "hanzhong", 33.157, 107.333, 4, 0.8, "county rural"),
    ("hz_mianxian", "勉县", "hanzhong", 33.153, 106.674, 4, 0.7, "county rural"),
    ("ak_hanbin", "安康市汉滨区", "ankang", 32.685, 109.029, 9, 1.6, "urban"),
    ("ak_ziyang", "紫阳县(乡镇)", "ankang", 32.520, 108.535, 5, 0.6, "county rural village"),
    ("ak_hanyin", "汉阴县(乡镇)", "ankang", 32.891, 108.508, 4, 0.6, "county rural village"),
    ("ak_xunyang", "旬阳市", "ankang", 32.834, 109.365, 4, 0.7, "county rural"),
    ("sl_shangzhou", "商洛市商州区", "shangluo", 33.869, 109.940, 6, 1.0, "urban"),
    ("sl_zhashui", "柞水县", "shangluo", 33.686, 109.114, 3, 0.3, "county rural scenic"),
]

CITY_AREA = {"xian": "29", "xianyang": "29", "baoji": "917", "weinan": "913", "tongchuan": "919",
             "yanan": "911", "yulin": "912", "hanzhong": "916", "ankang": "915", "shangluo": "914"}
CITY_ZH = {"xian": "陕西西安", "xianyang": "陕西咸阳", "baoji": "陕西宝鸡", "weinan": "陕西渭南",
           "tongchuan": "陕西铜川", "yanan": "陕西延安", "yulin": "陕西榆林", "hanzhong": "陕西汉中",
           "ankang": "陕西安康", "shangluo": "陕西商洛"}

OUR_PREFIXES = ["134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157", "158", "159",
                "178", "182", "183", "184", "187", "188", "198"]
OTHER_PREFIXES = {"unicom": ["130", "131", "132", "155", "156", "166", "175", "176", "185", "186"],
                  "telecom": ["133", "149", "153", "173", "177", "180", "181", "189", "191", "199"],
                  "broadnet": ["192"], "virtual": ["170", "171", "162", "165", "167"]}
OTHER_AREAS = ["10", "21", "20", "755", "22", "23", "28", "27", "371", "571", "25", "931", "351", "471", "991"]
FOREIGN = {  # country: (calling code, mobile lead digits, subscriber digits)
    "KH": ("855", ["10", "11", "12", "15", "16", "69", "70", "77", "78", "85", "88", "96", "97"], 7),
    "MM": ("95", ["94", "95", "96", "97", "98", "99"], 8),
    "PH": ("63", ["905", "906", "915", "917", "926", "935", "955", "977"], 7),
    "MY": ("60", ["11", "12", "13", "16", "17", "18", "19"], 7),
    "TH": ("66", ["61", "62", "63", "64", "80", "81", "86", "89"], 7),
    "VN": ("84", ["32", "33", "34", "70", "79", "90", "96", "97"], 7),
    "LA": ("856", ["20"], 8),
    "AE": ("971", ["50", "52", "55", "56"], 7),
    "US": ("1", ["206", "213", "312", "408", "415", "617", "646", "718"], 7),
    "CA": ("1", ["416", "604", "647", "778"], 7),
    "GB": ("44", ["7400", "7700", "7800", "7900"], 6),
    "AU": ("61", ["401", "412", "422", "433", "450"], 6),
    "JP": ("81", ["80", "90"], 8),
    "KR": ("82", ["10"], 8),
    "SG": ("65", ["8", "9"], 7),
    "KZ": ("7", ["701", "702", "705", "747", "777"], 7),
    "PK": ("92", ["300", "301", "321", "333", "345"], 7),
    "DE": ("49", ["151", "160", "170", "176"], 8),
}
#: handset type allocation codes (8 digits) per brand; SIM boxes use made-up ones
TACS = {"huawei": ["86741203", "86953104", "86891305", "86024506"], "apple": ["35407115", "35391110", "35328811",
        "35674108"], "xiaomi": ["86633105", "86770406", "86120107"], "oppo": ["86850304", "86412505"],
        "vivo": ["86294603", "86538202", "86090901"], "honor": ["86467805", "86317106"],
        "feature": ["35209500", "86105800"]}
BRAND_P = {"huawei": 0.27, "apple": 0.2, "xiaomi": 0.14, "oppo": 0.13, "vivo": 0.14, "honor": 0.09, "feature": 0.03}


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


@dataclass
class Cell:
    cell: str
    place: str
    lat: float
    lon: float
    site_type: str


@dataclass
class World:
    """Cells, places and unique-identifier factories for one seed."""

    seed: int
    rng: np.random.Generator
    cells: list[Cell] = field(default_factory=list)
    place_cells: dict[str, list[int]] = field(default_factory=dict)
    used_numbers: set = field(default_factory=set)
    counters: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        rng = self.rng
        enb = 10000
        for key, _zh, _city, lat, lon, n, _w, tags in PLACES:
            idx = []
            for _ in range(n):
                enb += int(rng.integers(1, 40))
                st = "macro"
                r = rng.random()
                if "campus" in tags or "scenic" in tags or "transport" in tags:
                    st = "indoor" if r < 0.35 else ("small" if r < 0.5 else "macro")
                elif "urban" in tags:
                    st = "indoor" if r < 0.2 else ("small" if r < 0.35 else "macro")
                spread = 0.02 if "urban" in tags or "campus" in tags else 0.06
                c = Cell(f"460-20-{enb}-{int(rng.integers(1, 4))}", key,
                         round(lat + rng.normal(0, spread), 5), round(lon + rng.normal(0, spread), 5), st)
                idx.append(len(self.cells))
                self.cells.append(c)
            self.place_cells[key] = idx
        self.cell_ids = np.array([c.cell for c in self.cells], dtype=object)
        self.place_of = {k: v for k, v in ((p[0], p) for p in PLACES)}
        self.cell_city = np.array([self.place_of[c.place][2] for c in self.cells], dtype=object)

    # --- places and cells ---
    def places(self, tag: str | None = None, city: str | None = None) -> list[str]:
        return [p[0] for p in PLACES if (tag is None or tag in p[7].split()) and (city is None or p[2] == city)]

    def cell_in(self, place: str, k: int | None = None) -> int:
        cs = self.place_cells[place]
        return cs[int(self.rng.integers(len(cs)))] if k is None else cs[k % len(cs)]

    def cell_name(self, c: int | None) -> str | None:
        return None if c is None or c < 0 else self.cells[c].cell

    # --- identifiers ---
    def _next(self, kind: str) -> int:
        n = self.counters.get(kind, 0) + 1
        self.counters[kind] = n
        return n

    def hkey(self, kind: str, n: int, size: int = 10) -> str:
        return hashlib.blake2b(f"rt19:{self.seed}:{kind}:{n}".encode(), digest_size=size).hexdigest()

    def id_key(self) -> str:
        return "id" + self.hkey("id", self._next("id"))

    def account_id(self) -> str:
        return "ac" + self.hkey("acct", self._next("acct"), 9)

    def _unique(self, make) -> str:
        while True:
            x = make()
            if x not in self.used_numbers:
                self.used_numbers.add(x)
                return x

    def our_msisdn(self, hlr: int | None = None) -> str:
        rng = self.rng
        def make():
            p = OUR_PREFIXES[int(rng.integers(len(OUR_PREFIXES)))]
            h = hlr if hlr is not None else int(rng.integers(2900, 2999))
            return f"86{p}{h:04d}{int(rng.integers(10000)):04d}"
        return self._unique(make)

    def other_msisdn(self, op: str | None = None) -> str:
        rng = self.rng
        if op is None:
            op = ["unicom", "telecom", "broadnet"][int(rng.choice(3, p=[0.5, 0.45, 0.05]))]
        ps = OTHER_PREFIXES[op]
        return self._unique(lambda: f"86{ps[int(rng.integers(len(ps)))]}{int(rng.integers(10**8)):08d}")

    def fixed_line(self, city: str | None = None) -> str:
        rng = self.rng
        if city is None:
            area = OTHER_AREAS[int(rng.integers(len(OTHER_AREAS)))]
        else:
            area = CITY_AREA[city]
        digits = 8 if len(area) == 2 else 7
        first = "8" if area == "29" and rng.random() < 0.6 else str(int(rng.integers(2, 9)))
        return self._unique(lambda: f"86{area}{first}{int(rng.integers(10 ** (digits - 1))):0{digits - 1}d}")

    def foreign(self, country: str) -> str:
        rng = self.rng
        cc, leads, n = FOREIGN[country]
        return self._unique(lambda: f"{cc}{leads[int(rng.integers(len(leads)))]}{int(rng.integers(10**n)):0{n}d}")

    def imsi(self) -> str:
        return self._unique(lambda: f"46020{int(self.rng.integers(10**10)):010d}")

    def imei(self, brand: str | None = None, fake: bool = False) -> str:
        rng = self.rng
        if fake:  # SIM-box channels: made-up allocation codes, sometimes a wrong check digit
            def make():
                body = f"{int(rng.integers(10**13)):013d}"
                body = str(int(rng.integers(1, 9))) + body
                chk = luhn_digit(body) if rng.random() < 0.7 else str(int(rng.integers(10)))
                return body + chk
            return self._unique(make)
        if brand is None:
            brand = list(BRAND_P)[int(rng.choice(len(BRAND_P), p=list(BRAND_P.values())))]
        tacs = TACS[brand]
        def make2():
            body = tacs[int(rng.integers(len(tacs)))] + f"{int(rng.integers(10**6)):06d}"
            return body + luhn_digit(body)
        return self._unique(make2)

    def imei_pair(self, imei: str) -> str:
        """The second slot's IMEI of a dual-SIM handset (next serial)."""
        body = imei[:8] + f"{(int(imei[8:14]) + 1) % 10**6:06d}"
        x = body + luhn_digit(body)
        self.used_numbers.add(x)
        return x
