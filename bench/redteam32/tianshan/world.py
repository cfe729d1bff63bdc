"""The setting: Xinjiang, 12-25 October 2026 (+08:00), on the fictional operator Tianshan Mobile (PLMN 460-38).

The fortnight: southern Xinjiang's hand-picked cotton at its peak and the north's machine harvest ending,
ginneries weighing and paying, seasonal pickers from Henan, Gansu and Sichuan in farm bunkhouses; Aksu's
"ice-sugar heart" apples, Hotan and Ruoqiang jujubes and Yecheng walnuts being bought; Urumqi's heating season
starting on the 15th; Chongyang (the Double Ninth, old people's day) on Sunday the 18th; the first snow closing
Kanas and Hemu on the 19th; and the Double Eleven pre-sale opening at 20:00 on the 20th.  Life runs on Xinjiang
time: offices open at 10:00 Beijing time, lunch is 14:00-16:00, dinner at 21:00 and people are awake past midnight.
"""

from __future__ import annotations

import datetime as dt
import zlib

import numpy as np

TZ = dt.timezone(dt.timedelta(hours=8))
START = dt.datetime(2026, 10, 12, tzinfo=TZ)
T0 = int(START.timestamp())
DAYS = 14
DAY = 86400
END = T0 + DAYS * DAY
OPERATOR = "Tianshan Mobile"
PLMN = 46038
WEEKEND = (5, 6, 12, 13)
HEATING = 3      # Thu 15 Oct: Urumqi heating season starts
CHONGYANG = 6    # Sun 18 Oct: the Double Ninth
SNOW = 7         # Mon 19 Oct: first snow closes the Kanas and Hemu roads
PRESALE = 8      # Tue 20 Oct, 20:00: Double Eleven pre-sale opens

# region kinds
URBAN, COTTON, FRUIT, TOUR, BORDER, OIL = "urban", "cotton", "fruit", "tour", "border", "oil"

# code, name, prefecture, lat, lon, area code, kinds, weight (share of subscribers), real places for cell names
REGIONS = [
    ("URC-TS", "Urumqi Tianshan", "Urumqi", 43.795, 87.625, 991, (URBAN,), 0.085,
     ["Erdaoqiao", "Nanmen", "Hongshan", "Dongmen", "Yanerwo", "Shengli-Lu", "Heping-Nanlu", "Grand-Bazaar"]),
    ("URC-SY", "Urumqi Shayibake", "Urumqi", 43.800, 87.570, 991, (URBAN,), 0.080,
     ["Youhao-Lu", "Xibei-Lu", "Changjiang-Lu", "Hongmiaozi", "Nongda-Donglu", "Yamalike-Shan", "Pingdingshan"]),
    ("URC-XS", "Urumqi Xinshi", "Urumqi", 43.860, 87.590, 991, (URBAN,), 0.075,
     ["Beijing-Nanlu", "Gaoxin-Park", "Diwopu-Airport", "Anningqu", "Beizhan", "Erdaowan", "Suzhou-Lu"]),
    ("URC-SM", "Urumqi Shuimogou", "Urumqi", 43.830, 87.650, 991, (URBAN,), 0.040,
     ["Shuimogou-Park", "Hongguangshan", "Liushuquan", "Nanhu", "Wenyi-Lu"]),
    ("URC-MD", "Urumqi Midong", "Urumqi", 43.960, 87.650, 991, (URBAN,), 0.035,
     ["Gumudi", "Sangong", "Tiechanggou", "Changshanzi", "Sandaoba", "Dongdaocun"]),
    ("URC-TT", "Urumqi Toutunhe", "Urumqi", 43.880, 87.420, 991, (URBAN,), 0.025,
     ["Jingkai-Zone", "Wangjialiang", "Huoche-Xizhan", "Kashi-Xilu"]),
    ("URC-NS", "Urumqi County Nanshan", "Urumqi", 43.470, 87.300, 991, (TOUR,), 0.008,
     ["Shuixigou", "Banfanggou", "Gangou", "Silk-Road-Ski", "Tianshan-Grand-Canyon"]),
    ("URC-DB", "Dabancheng", "Urumqi", 43.360, 88.310, 991, (URBAN,), 0.005,
     ["Dabancheng", "Chaiwopu", "Yanhu", "Wind-Farm"]),
    ("CJ", "Changji", "Changji", 44.011, 87.308, 994, (URBAN,), 0.040,
     ["Ningbian-Lu", "Yanan-Lu", "Ergong", "Dongfeng-Jie", "Changji-Univ", "Yushugou"]),
    ("HTB", "Hutubi", "Changji", 44.190, 86.890, 994, (COTTON,), 0.015,
     ["Hutubi-Town", "Dafeng", "Wugongtai", "Shimenzi", "Yuanhu"]),
    ("MNS", "Manas", "Changji", 44.300, 86.220, 994, (COTTON,), 0.020,
     ["Manas-Town", "Baojiadian", "Qingshuihe", "Liangzhouhu", "Lejiawan"]),
    ("WJQ", "Wujiaqu", "Wujiaqu", 44.170, 87.540, 994, (COTTON,), 0.010,
     ["Wujiaqu-City", "101-Tuan", "102-Tuan", "103-Tuan"]),
    ("SHZ", "Shihezi", "Shihezi", 44.306, 86.080, 993, (URBAN, COTTON), 0.040,
     ["Xiangyang-Jie", "Beiquan", "Shihezi-Univ", "Laoshawan", "Shizong", "143-Tuan", "147-Tuan"]),
    ("SW", "Shawan", "Tacheng", 44.330, 85.620, 993, (COTTON,), 0.020,
     ["Shawan-Town", "Sandaohezi", "Sikeshu", "Wulanwusu", "Jingouhe", "Anjihai"]),
    ("KUY", "Kuytun", "Ili", 44.430, 84.900, 992, (COTTON,), 0.020,
     ["Kuytun-City", "Kuytun-Kaifaqu", "123-Tuan", "124-Tuan", "Daguangchang"]),
    ("WS", "Wusu", "Tacheng", 44.420, 84.680, 992, (COTTON,), 0.020,
     ["Wusu-City", "Chepaizi", "Guertu", "Baiyanghe", "Xihu"]),
    ("KRY", "Karamay", "Karamay", 45.580, 84.890, 990, (URBAN, OIL), 0.030,
     ["Karamay-Downtown", "Baijiantan", "Urho", "Oilfield-No9", "Dushanzi", "Jiujiu-Park"]),
    ("BL", "Bole", "Bortala", 44.900, 82.070, 909, (URBAN,), 0.015,
     ["Bole-City", "Xiaoyingpan", "Dahe-Yanzi", "Jinghe", "Sayram-Lake"]),
    ("ALK", "Alashankou", "Bortala", 45.170, 82.570, 909, (BORDER,), 0.004,
     ["Alashankou-Port", "Alashankou-Rail", "Bonded-Zone"]),
    ("YNG", "Yining", "Ili", 43.910, 81.320, 999, (URBAN,), 0.040,
     ["Liuxing-Jie", "Kazanqi", "Hanbin-Lu", "Yili-Bridge", "Yining-Airport", "Jiefang-Lu"]),
    ("HC", "Huocheng", "Ili", 44.050, 80.870, 999, (COTTON,), 0.010,
     ["Shuiding", "Lucaogou", "Qingshuihe-Ili", "Lavender-Farm"]),
    ("KHG", "Khorgas", "Ili", 44.210, 80.410, 999, (BORDER,), 0.006,
     ["Khorgas-Port", "ICBC-Zone", "Khorgas-Rail", "Yiche-Jiayi"]),
    ("TC", "Tacheng", "Tacheng", 46.750, 82.980, 901, (BORDER,), 0.010,
     ["Tacheng-City", "Baktu-Port", "Erqiao"]),
    ("ALT", "Altay", "Altay", 47.840, 88.140, 906, (URBAN, TOUR), 0.012,
     ["Altay-City", "Jiangjunshan", "Kelan-River", "Hongdun"]),
    ("BRQ", "Burqin", "Altay", 47.700, 86.870, 906, (TOUR,), 0.004,
     ["Burqin-Town", "Wucaitan", "Chonghuer"]),
    ("KNS", "Kanas", "Altay", 48.700, 87.030, 906, (TOUR,), 0.002,
     ["Kanas-Lake", "Jiadengyu", "Wolong-Bay", "Guanyu-Pavilion"]),
    ("HM", "Hemu", "Altay", 48.570, 87.430, 906, (TOUR,), 0.001,
     ["Hemu-Village", "Baihaba", "Hemu-Ski"]),
    ("TRP", "Turpan", "Turpan", 42.950, 89.190, 995, (URBAN, FRUIT), 0.020,
     ["Gaochang-Lu", "Grape-Valley", "Flaming-Mountains", "Jiaohe", "Yar-Town", "Turpan-North-Station"]),
    ("SSH", "Shanshan", "Turpan", 42.870, 90.210, 995, (FRUIT,), 0.012,
     ["Shanshan-Town", "Lukqun", "Kumtag", "Qiketai", "Tuyugou"]),
    ("TKS", "Toksun", "Turpan", 42.790, 88.650, 995, (FRUIT,), 0.006,
     ["Toksun-Town", "Kumux", "Yilahu"]),
    ("HAMI", "Hami", "Hami", 42.830, 93.510, 902, (URBAN, FRUIT), 0.030,
     ["Yizhou", "Hami-Station", "Erbao", "Sandaoling", "Huicheng"]),
    ("KRL", "Korla", "Bayingolin", 41.760, 86.150, 996, (URBAN, FRUIT), 0.050,
     ["Tiereke", "Peacock-River", "Korla-Station", "Shangkuli", "Xiangli-Yuan", "Korla-Kaifaqu",
      "Tarim-Oilfield-HQ", "Lianmuqin"]),
    ("YL", "Yuli", "Bayingolin", 41.340, 86.260, 996, (COTTON,), 0.012,
     ["Yuli-Town", "Luobupu", "Kalaqike", "Tiergan"]),
    ("LT", "Luntai", "Bayingolin", 41.780, 84.250, 996, (COTTON, TOUR, OIL), 0.012,
     ["Luntai-Town", "Huyang-Forest", "Yangxia", "Lunnan-Oilfield", "Tarim-Desert-Highway"]),
    ("RQ", "Ruoqiang", "Bayingolin", 39.020, 88.170, 996, (FRUIT,), 0.004,
     ["Ruoqiang-Town", "Miran", "Wazhou"]),
    ("AKS", "Aksu", "Aksu", 41.170, 80.260, 997, (URBAN, FRUIT), 0.040,
     ["Aksu-City", "Duolang-Canal", "Hongqipo", "Aksu-Station", "Kalatal", "Yiganqi"]),
    ("WSU", "Wensu", "Aksu", 41.280, 80.240, 997, (FRUIT,), 0.012,
     ["Wensu-Town", "Kekeya", "Tuomuer", "Jiamu"]),
    ("AWT", "Awat", "Aksu", 40.640, 80.380, 997, (COTTON,), 0.015,
     ["Awat-Town", "Bayandi", "Wuluchuke", "Tahtakoprük", "Aerxiang"]),
    ("KQA", "Kuqa", "Aksu", 41.720, 82.960, 997, (COTTON, URBAN), 0.020,
     ["Kuqa-Old-Town", "Kuqa-New-City", "Yaha", "Qiuci", "Wuqia"]),
    ("XYR", "Xayar", "Aksu", 41.250, 82.780, 997, (COTTON,), 0.012,
     ["Shaya-Town", "Hailou", "Tarim-Xiang", "Gulebag"]),
    ("XH", "Xinhe", "Aksu", 41.550, 82.610, 997, (COTTON,), 0.008,
     ["Xinhe-Town", "Tuoyisi", "Yiqikelike"]),
    ("ARL", "Aral", "Aral", 40.550, 81.280, 997, (COTTON,), 0.015,
     ["Aral-City", "Tarim-Univ", "Shengli-Reservoir", "10-Tuan", "12-Tuan"]),
    ("KSG", "Kashgar", "Kashgar", 39.470, 75.990, 998, (URBAN,), 0.040,
     ["Id-Kah", "Kashgar-Old-Town", "Kashgar-Station", "Shenka", "Xiangfei-Garden", "Kashgar-Univ"]),
    ("SF", "Shufu", "Kashgar", 39.370, 75.860, 998, (COTTON,), 0.008,
     ["Tuokezhake", "Shufu-Town", "Wupaer"]),
    ("SC", "Shache", "Kashgar", 38.420, 77.250, 998, (COTTON,), 0.015,
     ["Shache-Town", "Yarkand-Old-City", "Altunluq", "Ailixihu"]),
    ("BC", "Bachu", "Kashgar", 39.790, 78.550, 998, (COTTON,), 0.012,
     ["Bachu-Town", "Sanchakou", "Hongdong", "Ala-Gou"]),
    ("TMS", "Tumxuk", "Tumxuk", 39.870, 79.070, 998, (COTTON,), 0.006,
     ["Tumxuk-City", "Qianhai", "49-Tuan"]),
    ("MKT", "Makit", "Kashgar", 38.900, 77.650, 998, (COTTON,), 0.008,
     ["Makit-Town", "Yangtaklak", "Kumkusar"]),
    ("YC", "Yecheng", "Kashgar", 37.880, 77.410, 998, (FRUIT,), 0.010,
     ["Yecheng-Town", "Walnut-Forest", "Kekeya-YC"]),
    ("HTN", "Hotan", "Hotan", 37.110, 79.920, 903, (URBAN, FRUIT), 0.020,
     ["Hotan-City", "Jade-River", "Hotan-Airport", "Jiya", "Tuanjie-Square"]),
]
REGION_CODES = [r[0] for r in REGIONS]
REGION_NAMES = [r[1] for r in REGIONS]
REGION_AREA = np.array([r[5] for r in REGIONS])
REGION_KINDS = [r[6] for r in REGIONS]
REGION_WEIGHT = np.array([r[7] for r in REGIONS], float)
REGION_WEIGHT /= REGION_WEIGHT.sum()
RIDX = {code: i for i, code in enumerate(REGION_CODES)}


def regions_of(*kinds: str) -> np.ndarray:
    """Indices of the regions with any of ``kinds`` (a code also selects itself)."""
    out = [i for i, r in enumerate(REGIONS) if any(k in r[6] or k == r[0] for k in kinds)]
    return np.array(out, dtype=np.int64)


URUMQI = regions_of("URC-TS", "URC-SY", "URC-XS", "URC-SM", "URC-MD", "URC-TT")
NORTH = regions_of(*[c for c in REGION_CODES if REGIONS[RIDX[c]][3] in
                     ("Urumqi", "Changji", "Shihezi", "Tacheng", "Ili", "Karamay", "Bortala", "Altay", "Wujiaqu")])
ALTAY_TOUR = regions_of("KNS", "HM", "BRQ", "ALT")

COUNTRIES = ["KZ", "UZ", "KG", "AE", "KH", "MY", "TR", "RU", "PK", "TH", "SA", "MM", "PH", "LA", "GE"]
CIDX = {c: i for i, c in enumerate(COUNTRIES)}
# international prefixes and national significant number lengths
INTL = {"KZ": (7, 10), "UZ": (998, 9), "KG": (996, 9), "AE": (971, 9), "KH": (855, 9), "MY": (60, 9),
        "TR": (90, 10), "RU": (7, 10), "PK": (92, 10), "TH": (66, 9), "SA": (966, 9), "MM": (95, 9),
        "PH": (63, 10), "LA": (856, 10), "GE": (995, 9)}


def sub_rng(seed: int, key: str) -> np.random.Generator:
    """An independent generator per module and seed (crc32, never Python's salted hash)."""
    return np.random.default_rng([seed, zlib.crc32(key.encode())])


# ---------------------------------------------------------------- hour-of-day profiles (Beijing time, 0..23)
_P = {
    # Xinjiang time: up at 9-10, lunch 14-16, dinner 20-21, awake past midnight
    "xj": [3, 1.5, .8, .3, .2, .2, .3, .6, 1.5, 4, 6, 7, 7.5, 7, 6, 6, 7, 7.5, 7.5, 7, 7.5, 8, 7, 5],
    "elder": [.5, .2, .1, .1, .1, .3, 1, 3, 6, 8, 9, 9, 8, 6, 5, 6, 7, 7, 7, 6, 5, 3.5, 2, 1],
    "young": [5, 3, 1.5, .6, .3, .2, .2, .4, 1, 2.5, 4, 5, 6, 6.5, 6, 5.5, 6, 6.5, 7, 7, 8, 9, 9, 7.5],
    "business": [0, 0, 0, 0, 0, 0, 0, 0, .3, 2, 8, 9, 9, 7.5, 2, 2.5, 8, 9, 9, 8, 4, 1, .3, 0],
    "field": [.5, .2, 0, 0, 0, 0, .3, 1.5, 4, 7, 8, 8, 7, 6, 6, 6.5, 7, 7.5, 7.5, 7, 6, 4.5, 3, 1.5],
    "day": [0, 0, 0, 0, 0, 0, 0, .5, 2, 5, 7, 7, 7, 6.5, 6, 6, 7, 7, 7, 6.5, 5, 3, 1, 0],
    "evening": [3, 1, .3, 0, 0, 0, 0, 0, .2, .5, 1, 1.5, 2, 2, 2, 2.5, 3, 4, 5, 7, 9, 10, 9, 6],
    "late": [8, 6, 3, 1, .3, 0, 0, 0, 0, 0, .2, .5, 1, 1.5, 2, 2, 3, 4, 5, 7, 9, 10, 10, 9],
    "inland": [0, 0, 0, 0, 0, 0, 0, .5, 4, 9, 9.5, 9, 5, 2, 7, 8.5, 9, 8.5, 5, 1, .3, 0, 0, 0],
    "dubai": [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, .5, 2, 6, 8, 8.5, 8.5, 8, 6, 7, 8, 7, 4],
    "flat": [1] * 24,
    "night": [7, 7, 6, 5, 3, 1.5, .5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, .5, 1.5, 3, 5, 6, 7],
}
PROFILES = list(_P)
PROF = {k: i for i, k in enumerate(PROFILES)}
_PROF_CUM = np.array([np.cumsum(np.array(v, float) / np.sum(v)) for v in _P.values()])
_PROF_CUM[:, -1] = 1.0


def sample_hours(rng: np.random.Generator, prof) -> np.ndarray:
    """Hour of day per row; ``prof`` is one profile name/index or an array of indices."""
    if isinstance(prof, str):
        prof = PROF[prof]
    prof = np.asarray(prof)
    n = prof.size if prof.ndim else None
    if n is None:
        raise ValueError("sample_hours needs an array of profiles or a name with size")
    u = rng.random(n)
    out = np.empty(n, np.int64)
    for p in np.unique(prof):
        m = prof == p
        out[m] = np.searchsorted(_PROF_CUM[p], u[m], side="right")
    return np.minimum(out, 23)


def times(rng: np.random.Generator, days, prof) -> np.ndarray:
    """Event times for rows on the given day indices following an hour profile."""
    days = np.asarray(days, np.int64)
    if isinstance(prof, str):
        prof = np.full(days.size, PROF[prof])
    h = sample_hours(rng, prof)
    return T0 + days * DAY + h * 3600 + rng.integers(0, 3600, days.size)


def day_of(t) -> np.ndarray:
    return (np.asarray(t) - T0) // DAY


def hour_of(t) -> np.ndarray:
    return ((np.asarray(t) - T0) % DAY) // 3600


def iso(t: int) -> str:
    return dt.datetime.fromtimestamp(int(t), TZ).isoformat()


def clip_window(t: np.ndarray) -> np.ndarray:
    return np.clip(t, T0, END - 1)
