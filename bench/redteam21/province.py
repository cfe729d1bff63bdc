"""Anhui as radio cells and people: cities, counties and special places (parks, campuses, villages, scenic
areas, tea hills, ports, cemeteries), and a resident population with homes, workplaces, handsets and cards."""

from __future__ import annotations

import numpy as np
from world import DAY, HOUR, World

# name, cell prefix, area code, lat, lon, share of subscribers, urban share
CITIES = [
    ("Hefei", "HF", 551, 31.82, 117.23, 0.21, 0.80),
    ("Wuhu", "WH", 553, 31.35, 118.38, 0.07, 0.65),
    ("Bengbu", "BB", 552, 32.92, 117.39, 0.05, 0.55),
    ("Huainan", "HN", 554, 32.63, 117.00, 0.05, 0.55),
    ("Maanshan", "MA", 555, 31.67, 118.51, 0.04, 0.60),
    ("Huaibei", "HB", 561, 33.96, 116.80, 0.03, 0.55),
    ("Tongling", "TL", 562, 30.94, 117.81, 0.02, 0.60),
    ("Anqing", "AQ", 556, 30.54, 117.06, 0.07, 0.45),
    ("Huangshan", "HS", 559, 29.71, 118.34, 0.04, 0.50),
    ("Chuzhou", "CZ", 550, 32.30, 118.32, 0.06, 0.50),
    ("Fuyang", "FY", 558, 32.89, 115.81, 0.12, 0.35),
    ("Suzhou", "SZ", 557, 33.63, 116.98, 0.07, 0.40),
    ("Luan", "LA", 564, 31.75, 116.52, 0.07, 0.40),
    ("Bozhou", "BZ", 558, 33.87, 115.78, 0.07, 0.35),
    ("Chizhou", "CH", 566, 30.66, 117.49, 0.02, 0.50),
    ("Xuancheng", "XC", 563, 30.95, 118.76, 0.04, 0.50),
]
CITY_INDEX = {c[0]: i for i, c in enumerate(CITIES)}

# key, city, region label, cells, lat, lon, spread (deg), site mix (macro, indoor, small), resident share, kind
SPECIAL = [
    ("hf_hitech", "Hefei", "Hefei-Gaoxin", 18, 31.835, 117.130, 0.015, (0.2, 0.5, 0.3), 0.0, "work"),
    ("hf_unitown", "Hefei", "Hefei-University Town", 10, 31.840, 117.190, 0.010, (0.2, 0.6, 0.2), 0.030, "campus"),
    ("hf_carplant", "Hefei", "Hefei-Xinqiao", 8, 32.030, 117.000, 0.015, (0.6, 0.3, 0.1), 0.0, "work"),
    ("hf_yaohai", "Hefei", "Hefei-Yaohai", 6, 31.870, 117.330, 0.006, (0.2, 0.0, 0.8), 0.008, "res"),
    ("hf_shushan", "Hefei", "Hefei-Shushan", 6, 31.850, 117.220, 0.006, (0.4, 0.2, 0.4), 0.010, "res"),
    ("hf_binhu", "Hefei", "Hefei-Binhu", 6, 31.740, 117.290, 0.006, (0.4, 0.2, 0.4), 0.010, "res"),
    ("hf_station", "Hefei", "Hefei-South Station", 4, 31.800, 117.290, 0.004, (0.0, 1.0, 0.0), 0.0, "hub"),
    ("fy_linquan", "Fuyang", "Fuyang-Linquan", 28, 33.060, 115.260, 0.150, (1.0, 0.0, 0.0), 0.026, "village"),
    ("fy_linquan_town", "Fuyang", "Fuyang-Linquan Town", 4, 33.065, 115.262, 0.008, (0.5, 0.2, 0.3), 0.004, "town"),
    ("fy_taihe", "Fuyang", "Fuyang-Taihe", 14, 33.160, 115.620, 0.120, (1.0, 0.0, 0.0), 0.012, "village"),
    ("bz_lixin", "Bozhou", "Bozhou-Lixin", 18, 33.150, 116.200, 0.120, (1.0, 0.0, 0.0), 0.018, "village"),
    ("bz_lixin_town", "Bozhou", "Bozhou-Lixin Town", 3, 33.150, 116.205, 0.006, (0.5, 0.2, 0.3), 0.003, "town"),
    ("hs_scenic", "Huangshan", "Huangshan-Scenic Area", 14, 30.130, 118.170, 0.030, (0.5, 0.3, 0.2), 0.002, "scenic"),
    ("hs_tunxi", "Huangshan", "Huangshan-Tunxi", 10, 29.710, 118.320, 0.015, (0.4, 0.3, 0.3), 0.006, "res"),
    ("hs_qimen", "Huangshan", "Huangshan-Qimen", 14, 29.860, 117.720, 0.100, (1.0, 0.0, 0.0), 0.010, "tea"),
    ("hs_yixian", "Huangshan", "Huangshan-Yi County", 5, 29.920, 117.940, 0.040, (0.8, 0.1, 0.1), 0.002, "scenic"),
    ("la_tea", "Luan", "Luan-Jinzhai Huoshan Tea Hills", 16, 31.450, 116.000, 0.150, (1.0, 0.0, 0.0), 0.012, "tea"),
    ("la_market", "Luan", "Luan-Guapian Market", 3, 31.760, 116.500, 0.005, (0.3, 0.3, 0.4), 0.0, "work"),
    ("wh_port", "Wuhu", "Wuhu-Port", 8, 31.370, 118.350, 0.020, (0.8, 0.1, 0.1), 0.0, "work"),
    ("ma_port", "Maanshan", "Maanshan-Port", 6, 31.700, 118.470, 0.020, (0.8, 0.1, 0.1), 0.0, "work"),
]


def build_cells(w: World) -> None:
    rng = w.rng
    names, lat, lon, region, site, area_of = [], [], [], [], [], []
    w.area_cells: dict[str, np.ndarray] = {}
    w.area_region: dict[str, str] = {}
    w.area_city: dict[str, int] = {}
    sites = np.array(["macro", "indoor", "small"])

    def add_area(key, city, label, n, clat, clon, spread, mix):
        start = len(names)
        enb = rng.choice(np.arange(100000, 999999), n, replace=False)
        cid = rng.integers(1, 9, n)
        pre = CITIES[CITY_INDEX[city]][1]
        names.extend(f"{pre}-{e}-{c}" for e, c in zip(enb.tolist(), cid.tolist(), strict=True))
        lat.extend((clat + rng.normal(0, spread, n)).round(5).tolist())
        lon.extend((clon + rng.normal(0, spread, n)).round(5).tolist())
        region.extend([label] * n)
        site.extend(sites[rng.choice(3, n, p=np.array(mix) / sum(mix))].tolist())
        area_of.extend([key] * n)
        w.area_cells[key] = np.arange(start, start + n, dtype=np.int32)
        w.area_region[key] = label
        w.area_city[key] = CITY_INDEX[city]

    for name, pre, _code, clat, clon, share, _u in CITIES:
        add_area(f"{pre}_urban", name, name, int(620 * share) + 6, clat, clon, 0.05, (0.6, 0.25, 0.15))
        add_area(f"{pre}_rural", name, name, int(420 * share) + 6, clat, clon, 0.35, (1, 0, 0))
        add_area(f"{pre}_cemetery", name, name + "-Cemetery", 2, clat + 0.08, clon - 0.06, 0.01, (1, 0, 0))
    for key, city, label, n, clat, clon, spread, mix, _res, _kind in SPECIAL:
        add_area(key, city, label, n, clat, clon, spread, mix)
    w.cell_names = names
    w.cell_lat = np.array(lat)
    w.cell_lon = np.array(lon)
    w.cell_region = region
    w.cell_site = site
    w.cell_city = np.array([w.area_city[a] for a in area_of], dtype=np.int32)
    # cells of each city (for wandering)
    order = np.argsort(w.cell_city, kind="stable")
    w.city_cells_sorted = order.astype(np.int32)
    w.city_cell_start = np.searchsorted(w.cell_city[order], np.arange(len(CITIES)))
    w.city_cell_count = np.bincount(w.cell_city, minlength=len(CITIES))


def rand_cell(w: World, area: str, n: int | None = None):
    cells = w.area_cells[area]
    if n is None:
        return int(cells[w.rng.integers(len(cells))])
    return cells[w.rng.integers(0, len(cells), n)]


# age groups: 0 student, 1 young worker, 2 middle-aged, 3 elderly
AGE_P = {"urban": (0.06, 0.32, 0.40, 0.22), "rural": (0.03, 0.17, 0.38, 0.42), "campus": (0.92, 0.05, 0.03, 0.0),
         "village": (0.02, 0.16, 0.36, 0.46), "town": (0.03, 0.25, 0.42, 0.30), "res": (0.05, 0.35, 0.38, 0.22),
         "scenic": (0.0, 0.45, 0.45, 0.10), "tea": (0.02, 0.15, 0.40, 0.43)}


def build_population(w: World, n_persons: int) -> None:
    """Residents: area, home and work cells, age group, handset(s), cards, ID keys, bank accounts."""
    rng = w.rng
    P = n_persons
    # where people live
    keys, weights, kinds = [], [], []
    special_share = sum(s[8] for s in SPECIAL)
    for name, pre, _code, _la, _lo, share, urban in CITIES:
        s = share / sum(c[5] for c in CITIES) * (1 - special_share)
        keys += [f"{pre}_urban", f"{pre}_rural"]
        weights += [s * urban, s * (1 - urban)]
        kinds += ["urban", "rural"]
        del name
    for key, _c, _l, _n, _la, _lo, _sp, _mix, res, kind in SPECIAL:
        if res > 0:
            keys.append(key)
            weights.append(res)
            kinds.append(kind)
    weights = np.array(weights) / np.sum(weights)
    area = rng.choice(len(keys), P, p=weights)
    area = np.sort(area)  # persons grouped by area: neighbours in index are neighbours in life
    w.area_keys = keys
    w.p_area = area.astype(np.int32)
    w.p_city = np.array([w.area_city[keys[a]] for a in range(len(keys))], dtype=np.int32)[area]
    age = np.zeros(P, dtype=np.int8)
    home = np.zeros(P, dtype=np.int32)
    for a, key in enumerate(keys):
        m = np.flatnonzero(area == a)
        if not len(m):
            continue
        age[m] = rng.choice(4, len(m), p=AGE_P[kinds[a]])
        cells = w.area_cells[key]
        # homes clustered: sorted so that consecutive persons share cells (households, hamlets)
        home[m] = np.sort(cells[rng.integers(0, len(cells), len(m))])
    w.p_age = age
    w.p_home = home
    # workplaces
    work = np.full(P, -1, dtype=np.int32)
    kinds_arr = np.array(kinds)[area]
    for i, (name, pre, *_r) in enumerate(CITIES):
        m = np.flatnonzero((w.p_city == i) & ((age == 1) | (age == 2)))
        if not len(m):
            continue
        opts = [f"{pre}_urban"]
        probs = [1.0]
        if name == "Hefei":
            opts, probs = ["HF_urban", "hf_hitech", "hf_carplant"], [0.6, 0.28, 0.12]
        elif name == "Wuhu":
            opts, probs = ["WH_urban", "wh_port"], [0.85, 0.15]
        elif name == "Maanshan":
            opts, probs = ["MA_urban", "ma_port"], [0.85, 0.15]
        elif name == "Luan":
            opts, probs = ["LA_urban", "la_market"], [0.92, 0.08]
        pick = rng.choice(len(opts), len(m), p=probs)
        for j, o in enumerate(opts):
            mm = m[pick == j]
            work[mm] = rand_cell(w, o, len(mm))
        # farmers and villagers mostly work where they live
        rural = np.isin(kinds_arr[m], ["rural", "village", "tea"]) & (rng.random(len(m)) < 0.6)
        work[m[rural]] = home[m[rural]]
    st = np.flatnonzero(age == 0)
    work[st] = rand_cell(w, "hf_unitown", len(st))
    w.p_work = work
    # qingming: who goes to the cemetery on the day, and which
    w.p_grave = (rng.random(P) < np.where(age >= 2, 0.45, 0.2))
    w.p_smart = rng.random(P) < np.choose(age, [1.0, 0.99, 0.93, 0.55])
    # handsets and cards
    w.p_imei = np.zeros(P, dtype=np.int64)
    sm = np.flatnonzero(w.p_smart)
    fe = np.flatnonzero(~w.p_smart)
    w.p_imei[sm] = w.imeis(len(sm), "smart")
    w.p_imei[fe] = w.imeis(len(fe), "feature")
    two = rng.random(P) < np.choose(age, [0.04, 0.09, 0.10, 0.03])
    w.p_num = w.numbers(P, "our")
    w.p_num2 = np.zeros(P, dtype=np.int64)
    w.p_num2[two] = w.numbers(int(two.sum()), "our")
    w.p_imei2 = np.zeros(P, dtype=np.int64)
    w.p_imei2[two] = w.sibling_imei(w.p_imei[two])
    w.p_id = w.new_ids(P)
    # card age: most cards years old; a normal trickle of new cards (lost phones, new contracts, churn)
    years = rng.exponential(4.5, P)
    new = rng.random(P) < 0.012
    age_s = np.where(new, rng.integers(1, 60, P) * DAY, (years * 365 + 60) * DAY).astype(np.int64)
    open_t = w.t0 - age_s + rng.integers(8 * HOUR, 20 * HOUR, P) - (w.t0 - age_s) % DAY
    w.p_open = open_t
    region = np.array([w.area_region[k] for k in keys])[area]
    city_names = np.array([c[0] for c in CITIES])[w.p_city]
    stores = np.array([f"WT-{CITIES[c][1]}-{s:03d}" for c in range(len(CITIES)) for s in range(40)])
    store = stores[w.p_city * 40 + rng.integers(0, 40, P)]
    store = np.where(rng.random(P) < 0.15, "WT-ONLINE", store)
    prepaid = rng.random(P) < np.choose(age, [0.7, 0.45, 0.3, 0.55])
    status = np.where(rng.random(P) < 0.004, "suspended", "active")
    st_time = np.where(status == "suspended", w.t0 - rng.integers(5, 200, P) * DAY, np.iinfo(np.int64).min)
    w.p_imsi = w.add_subs(w.p_num, w.p_id, open_t, channel=store, open_cell=home, status=status,
                          status_time=st_time, prepaid=prepaid, region=city_names)
    w.p_active = status == "active"
    # second cards: opened later than the first, same ID
    t2 = np.flatnonzero(two)
    open2 = np.maximum(open_t[t2], w.t0 - (rng.exponential(2.5, len(t2)) * 365 + 10).astype(np.int64) * DAY)
    w.p_imsi2 = np.zeros(P, dtype=np.int64)
    w.p_imsi2[t2] = w.add_subs(w.p_num2[t2], w.p_id[t2], open2, channel=store[t2], open_cell=home[t2],
                               prepaid=rng.random(len(t2)) < 0.6, region=city_names[t2])
    w.p_region = region
    w.p_cityname = city_names
    w.p_store = store
    # bank accounts (about two thirds of adults have a card the partner banks report)
    banks = np.array(["ICBC", "ABC", "CCB", "BOC", "PSBC", "Anhui Rural Credit", "Huishang Bank", "CMB"])
    bank_p = np.array([0.16, 0.2, 0.16, 0.08, 0.14, 0.14, 0.08, 0.04])
    has = rng.random(P) < np.choose(age, [0.7, 0.75, 0.72, 0.55])
    w.p_acct = np.full(P, -1, dtype=np.int32)
    h = np.flatnonzero(has)
    acc_open = w.t0 - (rng.exponential(5, len(h)) * 365 + 30).astype(np.int64) * DAY
    w.p_acct[h] = w.add_accounts(w.p_id[h], banks[rng.choice(len(banks), len(h), p=bank_p)], acc_open, w.p_num[h])
    w.banks = banks
    w.bank_p = bank_p
    # role of each person in the story: 0 free, 1 victim/target, 2 look-alike, 3 fraud side
    w.p_role = np.zeros(P, dtype=np.int8)
    w.P = P
    w.num_to_p = dict(zip(w.p_num.tolist(), range(P), strict=True))


def loc(w: World, p: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Where persons are at times t: home, work on work-day hours, sometimes elsewhere in the city, at the
    cemetery on Qingming morning."""
    rng = w.rng
    p = np.asarray(p)
    t = np.asarray(t)
    n = len(p)
    h = w.hour_of(t)
    d = np.clip(w.day_of(t), 0, w.days - 1)
    wk = w.p_work[p]
    at_work = w.workday[d] & (h >= 9) & (h < 18) & (wk >= 0) & (rng.random(n) < 0.85)
    cell = np.where(at_work, wk, w.p_home[p])
    # students on campus most days
    cell = np.where((w.p_age[p] == 0) & (rng.random(n) < 0.5), np.maximum(wk, 0), cell)
    wander = rng.random(n) < 0.07
    if wander.any():
        c = w.p_city[p[wander]]
        k = w.city_cell_start[c] + (rng.random(wander.sum()) * w.city_cell_count[c]).astype(np.int64)
        cell[wander] = w.city_cells_sorted[k]
    grave = w.p_grave[p] & (d == w.qingming) & (h >= 7) & (h < 12) & (rng.random(n) < 0.8)
    if grave.any():
        c = w.p_city[p[grave]]
        cem = np.array([w.area_cells[f"{CITIES[x][1]}_cemetery"][0] for x in range(len(CITIES))])
        cell[grave] = cem[c] + rng.integers(0, 2, grave.sum())
    return cell.astype(np.int32)
