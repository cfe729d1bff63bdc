"""The background population: people, their SIM cards, handsets, homes, workplaces, contact books and banks.

Personas: office staff (Heping/Nankai/Hexi, TEDA), students of the Haihe Education Park and the city
universities (leaving for the winter break), port and logistics staff of Binhai, factory workers of
Wuqing/Jinghai/Xiqing (many from other provinces, going home before Spring Festival), the old,
villagers (Jinghai, Jizhou, Baodi, Ninghe), drivers and riders, shopkeepers, homemakers, public servants.
"""

from __future__ import annotations

import numpy as np

from tj import rhythm
from tj.core import DAY
from tj.geo import CODE, DISTRICTS, PROVINCES

URBAN = ["HP", "NK", "HX", "HD", "HB", "HQ"]
#: name, share, home districts, work districts (None: at home), hour profile, calls/day, SMS/day,
#: on-net and off-net contacts, web visits/day, share from other provinces, age range
PERSONAS = [
    ("office", .20, dict(HP=2, NK=3, HX=3, HD=2, HB=2, HQ=1.5, DL=1, XQ=1, BC=1, TD=1.5),
     dict(HP=3, HX=2, NK=2, TD=2, HD=1), "office", 3.0, 0.9, 22, 12, 2.2, .12, (23, 58)),
    ("student", .08, dict(JN=5, NK=3, XQ=1), "same", "student", 1.1, 0.7, 18, 10, 3.0, .55, (18, 26)),
    ("port", .10, dict(TG=4, PT=2, TD=2, HG=1, DG=1, DL=1), dict(PT=4, TG=2, TD=1, HG=1), "shift", 3.8, 0.7,
     25, 15, 1.5, .35, (21, 58)),
    ("factory", .13, dict(WQ=3, JH=3, XQ=2, BC=2, DG=1, AP=1, DL=1), "same", "shift", 1.9, 0.5, 15, 12, 1.6,
     .55, (18, 55)),
    ("elderly", .16, dict(HP=2, NK=2, HX=2, HD=2, HB=2, HQ=2, DL=1, BC=1, TG=1, WQ=.5, JH=.5), None, "elderly",
     1.3, 0.25, 12, 6, 0.4, 0.0, (62, 89)),
    ("villager", .10, dict(JH=3, JZ=3, BD=3, NH=2, WQ=2), None, "village", 1.7, 0.35, 16, 8, 0.8, 0.0, (25, 75)),
    ("driver", .06, dict(HD=2, HB=2, HQ=2, DL=2, BC=1, XQ=1, TG=1), "moving", "shift", 5.0, 0.7, 30, 20, 1.2,
     .40, (22, 60)),
    ("shopkeeper", .07, dict(HP=1, NK=1, HX=1, HD=1, HB=1, HQ=1, WQ=1, JH=1, TG=1, JZ=.5, DL=1), "same",
     "business", 4.2, 0.7, 35, 20, 1.2, .20, (25, 65)),
    ("homemaker", .06, dict(NK=1, HX=1, HD=1, HB=1, XQ=1, DL=1, TG=1, WQ=1), None, "evening", 2.1, 0.8, 18, 10,
     1.8, .10, (25, 60)),
    ("public", .04, dict(HP=2, NK=2, HX=2, HD=1, HB=1, TG=1, WQ=.5), dict(HP=3, HX=2, NK=1, TG=1), "office",
     2.8, 0.9, 22, 10, 1.8, .05, (24, 60)),
]
NAMES = [p[0] for p in PERSONAS]
PID = {n: i for i, n in enumerate(NAMES)}
PROFILE_NAMES = sorted({p[4] for p in PERSONAS})
BANKS = ["Bank of Tianjin", "Tianjin Rural Commercial Bank", "ICBC", "CCB", "ABC", "BOC", "China Bohai Bank",
         "China Merchants Bank", "Postal Savings Bank", "Bank of Communications"]
BANK_SMS = {"Bank of Tianjin": "956056", "Tianjin Rural Commercial Bank": "96155", "ICBC": "95588",
            "CCB": "95533", "ABC": "95599", "BOC": "95566", "China Bohai Bank": "95541",
            "China Merchants Bank": "95555", "Postal Savings Bank": "95580", "Bank of Communications": "95559"}
HOME_PROV = ["HA", "HE", "SD", "AH", "HL", "GS", "SC", "NM"]


def _weights(ctx, spec: dict) -> tuple[np.ndarray, np.ndarray]:
    d = np.array([CODE[k] for k in spec])
    w = np.array(list(spec.values()), float)
    return d, w / w.sum()


class Population:
    """Arrays over persons (index 0..n-1); their primary SIM and handset; helpers to place them in time."""

    def __init__(self, ctx) -> None:
        rng = ctx.rng("population")
        nb = ctx.numbers
        cells = ctx.cells
        n = ctx.n
        self.n = n
        shares = np.array([p[1] for p in PERSONAS])
        self.persona = rng.choice(len(PERSONAS), size=n, p=shares / shares.sum()).astype(np.int8)
        self.district = np.zeros(n, np.int16)
        self.work_district = np.zeros(n, np.int16)
        self.age = np.zeros(n, np.int16)
        self.migrant = np.zeros(n, bool)
        self.moving = np.zeros(n, bool)
        self.works = np.zeros(n, bool)
        for i, p in enumerate(PERSONAS):
            m = np.flatnonzero(self.persona == i)
            d, w = _weights(ctx, p[2])
            self.district[m] = rng.choice(d, size=m.size, p=w)
            if p[3] is None:
                self.work_district[m] = self.district[m]
            elif p[3] in ("same", "moving"):
                self.work_district[m] = self.district[m]
                self.works[m] = True
                self.moving[m] = p[3] == "moving"
            else:
                wd, ww = _weights(ctx, p[3])
                self.work_district[m] = rng.choice(wd, size=m.size, p=ww)
                self.works[m] = True
            self.age[m] = rng.integers(p[11][0], p[11][1] + 1, m.size)
            self.migrant[m] = rng.random(m.size) < p[10]
        self.home_cell = cells.pick(rng, self.district)
        self.work_cell = np.where(self.works, cells.pick(rng, self.work_district), self.home_cell)
        self.home_prov = np.where(self.migrant, rng.integers(0, len(HOME_PROV), n), -1)
        # going home for Spring Festival: students early, workers in the last ten days; some stay
        leave = np.full(n, 10_000, np.int32)
        st = self.migrant & (self.persona == PID["student"])
        leave[st] = rng.integers(-3, 6, int(st.sum()))
        wk = self.migrant & ~st & (rng.random(n) < 0.7)
        leave[wk] = rng.integers(4, 16, int(wk.sum()))
        self.away_day = leave
        prov_idx = np.array([[p[0] for p in PROVINCES].index(h) for h in HOME_PROV])
        self.away_cell = np.where(self.migrant, cells.province(rng, prov_idx[np.maximum(self.home_prov, 0)]), -1)
        self.msisdn = nb.own_mobile(n)
        self.imsi = nb.imsi(n)
        feature = (self.persona == PID["elderly"]) & (rng.random(n) < 0.3)
        self.imei = np.where(feature, nb.imei(n, "feature"), nb.imei(n, "smart"))
        self.id_key = ctx.vocab.codes(nb.keys("idk", n))
        # a new handset for the festival: a few switch phones during the window
        self.switch_day = np.where(rng.random(n) < 0.015, rng.integers(1, ctx.days, n), 10_000)
        sw = self.switch_day < 10_000
        self.imei2 = self.imei.copy()
        self.imei2[sw] = nb.imei(int(sw.sum()), "smart")
        self.profile = np.array([PROFILE_NAMES.index(PERSONAS[p][4]) for p in self.persona], np.int8)
        self.call_rate = np.array([p[5] for p in PERSONAS])[self.persona] * rng.lognormal(0, 0.45, n)
        self.sms_rate = np.array([p[6] for p in PERSONAS])[self.persona] * rng.lognormal(0, 0.5, n)
        self.web_rate = np.array([p[9] for p in PERSONAS])[self.persona] * rng.lognormal(0, 0.5, n)
        # card age: years, at least a month; students younger cards
        age_days = np.clip(rng.lognormal(np.log(5 * 365), 0.9, n), 35, 25 * 365)
        age_days[self.persona == PID["student"]] = rng.uniform(40, 4 * 365, int((self.persona == PID["student"]).sum()))
        self.open_time = (ctx.t0 - age_days.astype(np.int64) * DAY) // DAY * DAY + rng.integers(8 * 3600, 20 * 3600, n)
        self.order = np.argsort(self.msisdn)
        self.sorted_msisdn = self.msisdn[self.order]
        self._stores(ctx, rng)
        self._subscribers(ctx, rng)
        self.reserved = np.zeros(n, bool)  # taken by a gang (victim) or a look-alike overlay
        urban = np.concatenate([cells.by_district[CODE[c]] for c in URBAN + ["DL", "BC", "XQ", "TG"]])
        self.moving_pool = urban

    # --- stores -----------------------------------------------------------------
    def _stores(self, ctx, rng) -> None:
        """Two stores and two agents per district: their ids and the cell each sits in."""
        self.store_ids = []
        self.store_cell = []
        for code, *_ in DISTRICTS:
            for k in ("S01", "S02", "A11", "A12"):
                self.store_ids.append(f"HH-TJ-{code}-{k}")
                self.store_cell.append(int(ctx.cells.in_district(rng, code, 1)[0]))
        self.store_code = ctx.vocab.codes(self.store_ids)
        self.store_cell = np.array(self.store_cell, np.int32)

    def store_of(self, rng, district) -> np.ndarray:
        """A store/agent index in each given district."""
        d = np.asarray(district)
        return d * 4 + rng.integers(0, 4, d.size)

    def _subscribers(self, ctx, rng) -> None:
        st = self.store_of(rng, self.district)
        prepaid = rng.random(self.n) < np.where(self.migrant | (self.persona == PID["student"]), 0.55, 0.15)
        hp = np.array([[p[0] for p in PROVINCES].index(h) for h in HOME_PROV])
        names = np.array([p[1] for p in PROVINCES], dtype=object)
        region = np.where(self.home_prov >= 0, names[hp[np.maximum(self.home_prov, 0)]], "Tianjin")
        ctx.sink.add("subscribers", msisdn=self.msisdn, imsi=self.imsi, id_key=self.id_key, id_type="resident_id",
                     customer_type="personal", line_type="mobile", operator="Haihe Telecom",
                     open_time=self.open_time, open_channel=self.store_code[st], open_cell=self.store_cell[st],
                     status="active", status_time=self.open_time, is_prepaid=prepaid, home_region=region)

    # --- helpers ----------------------------------------------------------------
    def lookup(self, msisdns) -> np.ndarray:
        """Person index of each number, -1 when it is not a background person's primary SIM."""
        m = np.asarray(msisdns, np.int64)
        i = np.searchsorted(self.sorted_msisdn, m)
        i = np.minimum(i, self.n - 1)
        hit = self.sorted_msisdn[i] == m
        return np.where(hit, self.order[i], -1)

    def imei_at(self, ctx, p: np.ndarray, t: np.ndarray) -> np.ndarray:
        """The handset each person uses at each time (a few switch during the window)."""
        day = (np.asarray(t, np.int64) - ctx.t0) // DAY
        return np.where(day >= self.switch_day[p], self.imei2[p], self.imei[p])

    def cell_at(self, ctx, p: np.ndarray, t: np.ndarray) -> np.ndarray:
        """Where each person is at each time (cell code)."""
        p = np.asarray(p)
        t = np.asarray(t, np.int64)
        day = (t - ctx.t0) // DAY
        hr = (t % DAY) // 3600
        wd = rhythm.weekday(ctx, day)
        shift = np.isin(self.persona[p], [PID["port"], PID["factory"], PID["driver"], PID["shopkeeper"]])
        at_work = self.works[p] & ((wd < 5) | shift) & (hr >= 8) & (hr < 18)
        cell = np.where(at_work, self.work_cell[p], self.home_cell[p])
        mv = self.moving[p] & (hr >= 7) & (hr < 22)
        if mv.any():
            slot = (p[mv].astype(np.int64) * 2654435761 + (t[mv] // 1800) * 40503) % len(self.moving_pool)
            cell[mv] = self.moving_pool[slot]
        away = day >= self.away_day[p]
        cell = np.where(away, self.away_cell[p], cell)
        return cell.astype(np.int32)

    def pick(self, rng, n: int, personas=None, weights=None, districts=None, exclude_reserved=True,
             reserve=True) -> np.ndarray:
        """Draw up to n distinct persons (optionally of given personas/districts), marking them reserved."""
        ok = np.ones(self.n, bool)
        if exclude_reserved:
            ok &= ~self.reserved
        if personas is not None:
            ok &= np.isin(self.persona, [PID[x] for x in personas])
        if districts is not None:
            ok &= np.isin(self.district, [CODE[x] for x in districts])
        cand = np.flatnonzero(ok)
        if cand.size == 0:
            return cand
        w = None
        if weights is not None:
            w = np.asarray(weights, float)[cand]
            w = w / w.sum()
        out = rng.choice(cand, size=min(n, cand.size), replace=False, p=w)
        out = np.sort(out)
        if reserve:
            self.reserved[out] = True
        return out
