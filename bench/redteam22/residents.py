"""Residents (86% of the subscribers): households, ages, jobs, handsets, cards, bank and platform accounts,
the social graph; plus the businesses, employers, heating companies, business lines and IoT cards around them."""

from __future__ import annotations

import numpy as np
from province import CITIES, CITY_CODE, Cells
from registry import Registry
from texts import BANKS
from world import DAY, HOUR, START, World

# occupations
OFFICE, INDUSTRY, PORT, STUDENT, PUPIL, RETIRED, FARMER, TRADER, SERVICE, DRIVER, ACCOUNTANT, JOBLESS = range(12)
OCC_NAMES = ["office", "industry", "port", "student", "pupil", "retired", "farmer", "trader", "service", "driver",
             "accountant", "jobless"]
WORKERS = np.array([OFFICE, INDUSTRY, PORT, TRADER, SERVICE, DRIVER, ACCOUNTANT])
YEAR = 365 * DAY


def channels(city: str, kind: str, k: int) -> list[str]:
    cc = CITY_CODE[city]
    return [f"{cc}-{kind}-{i:03d}" for i in range(1, k + 1)]


def csr_pick(rng, off, cws, src):
    """Weighted pick of one neighbour per src from a CSR graph (cws: cumulative weights, len E+1).
    Returns edge index, -1 where src has no neighbours."""
    lo = cws[off[src]]
    hi = cws[off[src + 1]]
    x = lo + rng.random(len(src)) * (hi - lo)
    k = np.searchsorted(cws, x, side="right") - 1
    k = np.clip(k, off[src], off[src + 1] - 1)
    return np.where(hi > lo, k, -1)


class Residents:
    def __init__(self, w: World, reg: Registry, cells: Cells):
        self.w, self.reg, self.cells = w, reg, cells
        rng = w.rng("residents")
        n = int(round(0.86 * w.S))
        self.n = n
        # ---- where people live ----
        p = cells.area_pop / cells.area_pop.sum()
        area = np.sort(rng.choice(len(p), n, p=p))
        self.area = area
        self.city = cells.area_city[area]
        zone = np.array(cells.area_zone, dtype=object)[area]
        self.zone = zone
        village = zone == "village"
        univ = zone == "univ"
        # households: consecutive residents of an area
        sizes = rng.choice([1, 2, 3, 4, 5], n, p=[0.22, 0.34, 0.27, 0.13, 0.04])
        hh = np.repeat(np.arange(n), sizes)[:n]
        # univ dorm students are single households of their own
        hh = np.where(univ & (rng.random(n) < 0.7), n + np.arange(n), hh)
        _, hh = np.unique(hh, return_inverse=True)
        self.hh = hh
        first = np.r_[True, hh[1:] != hh[:-1]]
        head = np.maximum.accumulate(np.where(first, np.arange(n), 0))
        self.head = head
        # ---- ages and jobs ----
        age = np.where(village, rng.normal(55, 16, n), rng.normal(43, 17, n))
        stud = univ & (hh >= 0) & (rng.random(n) < 0.75)
        age = np.where(stud, rng.integers(18, 25, n), age)
        pos_in_hh = np.arange(n) - head
        teen = ~stud & (pos_in_hh >= 2) & (rng.random(n) < 0.55)
        age = np.where(teen, rng.integers(12, 18, n), age)
        age = np.clip(np.round(age), 16, 92).astype(np.int64)
        age = np.where(teen, np.clip(age, 12, 17), age)
        self.age = age
        occ = np.full(n, OFFICE)
        u = rng.random(n)
        cz = zone
        occ = np.where(np.isin(cz, ["steel", "industrial"]) & (u < 0.55), INDUSTRY, occ)
        occ = np.where(np.isin(cz, ["port", "ftz"]) & (u < 0.45), PORT, occ)
        occ = np.where(np.isin(cz, ["market", "border"]) & (u < 0.35), TRADER, occ)
        occ = np.where(~np.isin(cz, ["steel", "industrial", "port", "ftz", "market", "border"]) & (u < 0.18),
                       SERVICE, occ)
        occ = np.where((u > 0.9) & (u < 0.95), DRIVER, occ)
        occ = np.where((u >= 0.95) & (u < 0.975), ACCOUNTANT, occ)
        occ = np.where(u >= 0.975, JOBLESS, occ)
        occ = np.where(village & (rng.random(n) < 0.75), FARMER, occ)
        occ = np.where(age >= 62, RETIRED, occ)
        occ = np.where(stud, STUDENT, occ)
        occ = np.where(age < 18, PUPIL, occ)
        self.occ = occ
        self.worker = np.isin(occ, WORKERS)
        # ---- cells ----
        self.home_cell = cells.in_area(rng, area)
        # one home cell per household
        self.home_cell = self.home_cell[head]
        work_area = area.copy()
        cbd = cells.areas(zone=("cbd", "urban", "industrial"))
        city_cbd = {c: cbd[cells.area_city[cbd] == c] for c in range(len(CITIES))}
        office_like = np.isin(occ, [OFFICE, ACCOUNTANT, SERVICE, DRIVER]) & ~village
        for c in range(len(CITIES)):
            m = office_like & (self.city == c)
            if m.any() and len(city_cbd[c]):
                work_area[m] = rng.choice(city_cbd[c], m.sum())
        self.work_area = work_area
        self.work_cell = np.where(self.worker | (occ == STUDENT) | (occ == PUPIL),
                                  cells.in_area(rng, work_area), self.home_cell)
        # ---- handsets ----
        p_smart = np.where(age < 55, 0.97, np.where(age < 65, 0.85, np.where(age < 75, 0.65, 0.4)))
        p_smart = np.where(village, p_smart - 0.08, p_smart)
        self.smart = rng.random(n) < p_smart
        imei = np.empty(n, np.int64)
        imei[self.smart] = reg.imeis(int(self.smart.sum()), "smart")
        imei[~self.smart] = reg.imeis(int((~self.smart).sum()), "feature")
        self.imei = imei
        # a New Year phone: some switch handsets during the holiday
        sw = self.smart & (rng.random(n) < 0.02)
        self.switch_t = np.where(sw, START + rng.integers(3 * DAY, 8 * DAY, n), np.iinfo(np.int64).max)
        self.imei_new = np.where(sw, 0, imei)
        self.imei_new[sw] = reg.imeis(int(sw.sum()), "smart")
        # ---- cards ----
        self.msisdn = reg.own_mobile(n)
        self.imsi = reg.imsis(n)
        self.has2 = (age >= 22) & (age <= 62) & (rng.random(n) < 0.075)
        k2 = int(self.has2.sum())
        self.msisdn2 = np.full(n, -1, np.int64)
        self.imsi2 = np.full(n, -1, np.int64)
        self.msisdn2[self.has2] = reg.own_mobile(k2)
        self.imsi2[self.has2] = reg.imsis(k2)
        self.imei2 = np.where(self.has2, reg.imei_pair(imei), -1)
        own_id = reg.ids(n)
        self.own_id = own_id
        card_id = np.where((age < 18) & (age[head] >= 18), own_id[head], own_id)
        self.card_id = card_id
        opened = START - (rng.exponential(5.5, n) * YEAR).astype(np.int64) - rng.integers(40 * DAY, 200 * DAY, n)
        newish = rng.random(n) < 0.025
        opened = np.where(newish, START - rng.integers(2 * DAY, 45 * DAY, n), opened)
        fresh = stud & (rng.random(n) < 0.3)
        opened = np.where(fresh, START - rng.integers(95 * DAY, 120 * DAY, n), opened)
        opened = np.where(opened < START - 20 * YEAR, START - rng.integers(12 * YEAR, 20 * YEAR, n), opened)
        opened = np.where(age < 18, np.maximum(opened, START - (age - 10) * YEAR), opened)
        self.open_time = opened
        self.prepaid = (rng.random(n) < np.where(age < 30, 0.5, 0.25)).astype(np.int8)
        chan = np.empty(n, dtype=object)
        for c, name in enumerate(CITIES):
            m = self.city == c
            stores = channels(name, "STORE", 6) + channels(name, "AG", 10) + ["ONLINE-APP", "ONLINE-TMALL"]
            pr = np.array([4.0] * 6 + [1.0] * 10 + [3.0, 1.5])
            chan[m] = rng.choice(stores, m.sum(), p=pr / pr.sum())
        self.channel = chan
        city_names = np.array(CITIES, dtype=object)[self.city]
        reg.add_subs(self.msisdn, self.imsi, card_id, opened, open_channel=chan,
                     open_cell=self.home_cell, prepaid=self.prepaid, home_region=city_names)
        o2 = opened[self.has2] + rng.integers(DAY, 3 * YEAR, k2)
        o2 = np.minimum(o2, START - rng.integers(DAY, 300 * DAY, k2))
        reg.add_subs(self.msisdn2[self.has2], self.imsi2[self.has2], card_id[self.has2], o2,
                     open_channel=chan[self.has2], open_cell=self.home_cell[self.has2],
                     prepaid=np.ones(k2, np.int8), home_region=city_names[self.has2])
        # ---- bank accounts ----
        adult = age >= 18
        self.acct = np.full(n, -1, np.int64)
        self.acct[adult] = reg.accounts(int(adult.sum()))
        bank = rng.choice(BANKS, n, p=[.2, .17, .15, .1, .1, .08, .06, .04, .06, .04])
        self.bank = bank
        aopen = np.maximum(opened - rng.integers(0, 5 * YEAR, n), START - 25 * YEAR)
        aopen = np.where(stud & (rng.random(n) < 0.3), START - rng.integers(90 * DAY, 120 * DAY, n), aopen)
        reg.add_bank(self.acct[adult], own_id[adult], bank[adult], aopen[adult], self.msisdn[adult])
        two = adult & (rng.random(n) < 0.35)
        self.acct2 = np.full(n, -1, np.int64)
        self.acct2[two] = reg.accounts(int(two.sum()))
        bank2 = rng.choice(BANKS, n)
        reg.add_bank(self.acct2[two], own_id[two], bank2[two],
                     START - rng.integers(60 * DAY, 12 * YEAR, int(two.sum())), self.msisdn[two])
        # who pays: pupils pay with a parent's account (payment app linked to it)
        self.pay_acct = np.where(adult, self.acct, self.acct[head])
        self.pay_acct = np.where(self.pay_acct < 0, self.acct[np.maximum(head - 1, 0)], self.pay_acct)
        self.pay_bank = np.where(adult, bank, bank[head])
        # ---- platform accounts ----
        self._platform_accounts(rng)
        # ---- activity levels ----
        self.lam_call = np.where(age >= 65, 1.3, np.where(age < 18, 1.0, 2.4)) * rng.lognormal(0, 0.45, n)
        self.lam_call = np.where(self.worker, self.lam_call * 1.25, self.lam_call)
        self.lam_sms = np.where(age >= 65, 0.08, np.where(age < 30, 0.5, 0.3)) * rng.lognormal(0, 0.6, n)
        self.profile = np.where(age >= 62, 1, np.where(age < 30, 2, 0))  # clock profile index
        # ---- domestic trips over the holiday (ski, seaside, relatives elsewhere) ----
        trip = (age >= 12) & (age < 75) & (rng.random(n) < 0.06)
        dest_areas = np.concatenate([cells.areas(zone=("ski", "scenic", "seaside")), cells.areas(zone="cbd")])
        self.trip_area = np.where(trip, rng.choice(dest_areas, n), -1)
        lo = min(3, w.days - 1)
        self.trip_d0 = np.where(trip, rng.integers(lo, max(lo + 1, min(w.days, 7)), n), 99)
        self.trip_d1 = self.trip_d0 + rng.integers(1, 4, n)
        self.used = np.zeros(n, bool)  # taken by a gang as victim/mule/seller (keeps roles apart)
        self._graph(rng)
        self._businesses(rng)

    # ------------------------------------------------------------------------------------------------
    def _platform_accounts(self, rng):
        reg, n = self.reg, self.n
        age = self.age
        young = age < 30
        spec = [("wechat", 0.96, 0.96), ("alipay", 0.78, 0.55), ("douyin", 0.55, 0.8), ("taobao", 0.58, 0.55),
                ("qq", 0.35, 0.85), ("meituan", 0.4, 0.5), ("12306", 0.3, 0.45), ("jd", 0.25, 0.3),
                ("kuaishou", 0.22, 0.3), ("pdd", 0.35, 0.3)]
        self.has_platform = {}
        for plat, p_adult, p_young in spec:
            pr = np.where(young, p_young, p_adult) * np.where(age >= 70, 0.4, 1.0)
            m = self.smart & (rng.random(n) < pr)
            idx = np.flatnonzero(m)
            reg_t = np.minimum(self.open_time[idx] + rng.integers(DAY, 5 * YEAR, len(idx)),
                               START - rng.integers(3 * DAY, 400 * DAY, len(idx)))
            reg_t = np.maximum(reg_t, self.open_time[idx] + HOUR)
            reg.add_inet(plat, self.msisdn[idx], reg_t)
            self.has_platform[plat] = m
        g = self.smart & (age < 25) & (rng.random(n) < 0.6)
        idx = np.flatnonzero(g)
        reg.add_inet("game:wangzhe", self.msisdn[idx], START - rng.integers(10 * DAY, 3 * YEAR, len(idx)))
        self.gamer = g

    # ------------------------------------------------------------------------------------------------
    def _graph(self, rng):
        reg, n = self.reg, self.n
        # sorted-by-area and by-city indices for local picks (residents are already sorted by area)
        na = len(self.cells.area_pop)
        acnt = np.bincount(self.area, minlength=na)
        aoff = np.concatenate([[0], np.cumsum(acnt)[:-1]])
        corder = np.argsort(self.city, kind="stable")
        ccnt = np.bincount(self.city, minlength=len(CITIES))
        coff = np.concatenate([[0], np.cumsum(ccnt)[:-1]])
        src, dst, wt = [], [], []
        # household members
        hh_first = np.flatnonzero(np.r_[True, self.hh[1:] != self.hh[:-1]])
        hh_size = np.diff(np.r_[hh_first, n])
        for s in range(2, hh_size.max() + 1):
            heads = hh_first[hh_size == s]
            for a in range(s):
                for b in range(s):
                    if a != b:
                        src.append(heads + a)
                        dst.append(heads + b)
                        wt.append(np.full(len(heads), 9.0))
        age = self.age

        def local(k_mean, weight, by="area", mask=None):
            k = rng.poisson(k_mean, n)
            if mask is not None:
                k = np.where(mask, k, 0)
            s = np.repeat(np.arange(n), k)
            if by == "area":
                a = self.area[s]
                d = aoff[a] + (rng.random(len(s)) * acnt[a]).astype(np.int64)
            elif by == "city":
                c = self.city[s]
                d = corder[coff[c] + (rng.random(len(s)) * ccnt[c]).astype(np.int64)]
            elif by == "work":
                a = self.work_area[s]
                d = aoff[a] + (rng.random(len(s)) * np.maximum(acnt[a], 1)).astype(np.int64)
                d = np.minimum(d, n - 1)
            else:
                d = rng.integers(0, n, len(s))
            src.append(s)
            dst.append(d)
            wt.append(weight * rng.lognormal(0, 0.6, len(s)))

        local(np.where(age >= 65, 2.5, 3.5), 1.5, "area")
        local(np.where(self.occ == STUDENT, 9, 0), 1.6, "area")
        local(np.where(self.worker, 3.0, 0), 1.2, "work")
        local(np.where(age < 18, 4.0, 1.5), 1.0, "city")
        local(np.where(age >= 18, 1.6, 0.5), 3.0, "province")
        s = np.concatenate(src)
        d = np.concatenate(dst)
        ww = np.concatenate(wt)
        keep = s != d
        s, d, ww = s[keep], d[keep], ww[keep]
        s, d = np.concatenate([s, d]), np.concatenate([d, s])
        ww = np.concatenate([ww, ww])
        key = s * n + d
        order = np.lexsort((-ww, key))
        key, ww = key[order], ww[order]
        first = np.r_[True, key[1:] != key[:-1]]
        key, ww = key[first], ww[first]
        self.int_src = key // n
        self.int_dst = key % n
        self.int_w = ww
        self.int_off = np.searchsorted(self.int_src, np.arange(n + 1))
        self.int_cws = np.concatenate([[0.0], np.cumsum(ww)])
        self.int_deg_w = self.int_cws[self.int_off[1:]] - self.int_cws[self.int_off[:-1]]
        # ---- external contacts (other operators' subscribers, shops' fixed lines elsewhere) ----
        pool_n = int(2.4 * n)
        pool = reg.ext_mobile_unique(pool_n)
        pool_city = rng.choice(len(CITIES), pool_n, p=np.bincount(self.city, minlength=len(CITIES)) / n)
        order = np.argsort(pool_city, kind="stable")
        pool, pool_city = pool[order], pool_city[order]
        pcnt = np.bincount(pool_city, minlength=len(CITIES))
        poff = np.concatenate([[0], np.cumsum(pcnt)[:-1]])
        self.ext_pool, self.ext_pool_city = pool, pool_city
        k = rng.poisson(np.where(age >= 65, 4.0, np.where(age < 30, 8.0, 7.0)))
        s = np.repeat(np.arange(n), k)
        c = self.city[s]
        same = rng.random(len(s)) < 0.82
        j = np.where(same, poff[c] + (rng.random(len(s)) * pcnt[c]).astype(np.int64), rng.integers(0, pool_n, len(s)))
        num = pool[j]
        wt = rng.lognormal(0, 0.8, len(s))
        # some relatives work abroad (Korea, Japan, Russia): a few international contacts
        abroad = rng.random(n) < 0.025
        sa = np.flatnonzero(abroad)
        cty = rng.choice(["KR", "JP", "RU"], len(sa), p=[0.6, 0.25, 0.15])
        anum = np.concatenate([reg.intl(int((cty == x).sum()), x, rng) for x in ["KR", "JP", "RU"]])
        sa = np.concatenate([sa[cty == x] for x in ["KR", "JP", "RU"]])
        s = np.concatenate([s, sa])
        num = np.concatenate([num, anum])
        wt = np.concatenate([wt, np.full(len(sa), 4.0)])
        order = np.argsort(s, kind="stable")
        self.ext_src, self.ext_num, self.ext_w = s[order], num[order], wt[order]
        self.ext_off = np.searchsorted(self.ext_src, np.arange(n + 1))
        self.ext_cws = np.concatenate([[0.0], np.cumsum(self.ext_w)])
        self.ext_deg_w = self.ext_cws[self.ext_off[1:]] - self.ext_cws[self.ext_off[:-1]]

    # ------------------------------------------------------------------------------------------------
    def _businesses(self, rng):
        """Merchants, employers, heating companies, business fixed lines and ordinary IoT cards."""
        w, reg, cells = self.w, self.reg, self.cells
        nc = len(CITIES)
        city_w = np.bincount(self.city, minlength=nc).astype(float) + 1
        city_w /= city_w.sum()
        # merchants (shops, restaurants, markets): their settlement accounts
        nm = w.n(650)
        self.merch_city = np.sort(rng.choice(nc, nm, p=city_w))
        self.merch_acct = reg.accounts(nm)
        lic = reg.ids(nm)
        owners = rng.integers(0, self.n, nm)
        reg.add_bank(self.merch_acct, lic, rng.choice(BANKS, nm), START - rng.integers(100 * DAY, 15 * YEAR, nm),
                     self.msisdn[owners])
        mc = np.bincount(self.merch_city, minlength=nc)
        self.merch_off = np.concatenate([[0], np.cumsum(mc)[:-1]])
        self.merch_cnt = np.maximum(mc, 1)
        # employers pay wages and year-end bonuses
        ne = w.n(170)
        self.emp_acct = reg.accounts(ne)
        self.emp_city = rng.choice(nc, ne, p=city_w)
        reg.add_bank(self.emp_acct, reg.ids(ne), rng.choice(BANKS, ne), START - rng.integers(YEAR, 20 * YEAR, ne),
                     -1)
        emp = np.full(self.n, -1)
        for c in range(nc):
            m = self.worker & (self.city == c)
            cand = np.flatnonzero(self.emp_city == c)
            if len(cand) == 0:
                cand = np.arange(ne)
            emp[m] = rng.choice(cand, m.sum())
        self.employer = emp
        # heating companies: one per city (account, hotline)
        self.heat_acct = reg.accounts(nc)
        reg.add_bank(self.heat_acct, reg.ids(nc), "SJB", START - 15 * YEAR, -1)
        # external accounts: platforms' settlement accounts and people at other banks
        self.platform_acct = reg.accounts(6)
        self.ext_accts = reg.accounts(w.n(3000))
        # business fixed lines of our operator (shops, clinics, offices)
        nb = w.n(360)
        bcity = rng.choice(nc, nb, p=city_w)
        nums = np.concatenate([reg.fixed(int((bcity == c).sum()), CITIES[c]) for c in range(nc)])
        bcity = np.concatenate([bcity[bcity == c] for c in range(nc)])
        self.biz_line, self.biz_city = nums, bcity
        bl = reg.ids(nb // 2 + 1)
        reg.add_subs(nums, -1, bl[rng.integers(0, len(bl), nb)], START - rng.integers(YEAR, 18 * YEAR, nb),
                     line_type="fixed", id_type="business_license", customer_type="enterprise",
                     open_channel=np.array([f"{CITY_CODE[CITIES[c]]}-ENT-01" for c in bcity], dtype=object),
                     home_region=np.array(CITIES, dtype=object)[bcity])
        bo = np.argsort(self.biz_city, kind="stable")
        self.biz_line, self.biz_city = self.biz_line[bo], self.biz_city[bo]
        bc = np.bincount(self.biz_city, minlength=nc)
        self.biz_off = np.concatenate([[0], np.cumsum(bc)[:-1]])
        self.biz_cnt = bc
        # ordinary IoT cards: POS terminals, vending machines, elevator alarms, vehicle trackers
        ni = w.n(260)
        inum = reg.iot_numbers(ni)
        iimsi = reg.imsis(ni)
        iimei = reg.imeis(ni, "module")
        icell = rng.integers(0, cells.n, ni)
        owners = reg.ids(12)
        own = owners[rng.integers(0, 12, ni)]
        reg.add_subs(inum, iimsi, own, START - rng.integers(60 * DAY, 6 * YEAR, ni), line_type="iot",
                     id_type="business_license", customer_type="enterprise", open_channel="IOT-PLATFORM",
                     open_cell=icell, home_region=np.array(CITIES, dtype=object)[cells.city[icell]])
        self.iot = (inum, iimsi, iimei, icell)

    # ------------------------------------------------------------------------------------------------
    def imei_at(self, i, t):
        return np.where(t >= self.switch_t[i], self.imei_new[i], self.imei[i])

    def cell_at(self, rng, i, t) -> np.ndarray:
        """Cell of resident i at time t: home at night, work on working days, sometimes out in town,
        at the trip destination during a holiday trip."""
        w, cells = self.w, self.cells
        h = w.hour_of(t)
        d = w.day_of(t)
        kind = w.kind_of(t)
        occ = self.occ[i]
        at_work = ((kind == 0) & (h >= 8) & (h < 18) & np.isin(occ, WORKERS)) | \
                  ((kind == 0) & (h >= 8) & (h < 16) & (occ == PUPIL)) | \
                  ((h >= 8) & (h < 21) & (occ == STUDENT))
        at_work &= rng.random(len(i)) < 0.9
        c = np.where(at_work, self.work_cell[i], self.home_cell[i])
        out = (h >= 9) & (h < 22) & (rng.random(len(i)) < np.where(kind == 0, 0.1, 0.25))
        c = np.where(out, cells.in_city(rng, self.city[i]), c)
        trip = (d >= self.trip_d0[i]) & (d < self.trip_d1[i])
        if trip.any():
            c = np.where(trip, cells.in_area(rng, np.maximum(self.trip_area[i], 0)), c)
        return c

    def pick_int(self, rng, src):
        e = csr_pick(rng, self.int_off, self.int_cws, src)
        return np.where(e >= 0, self.int_dst[np.maximum(e, 0)], -1), np.where(e >= 0, self.int_w[np.maximum(e, 0)], 0)

    def pick_ext(self, rng, src):
        e = csr_pick(rng, self.ext_off, self.ext_cws, src)
        return np.where(e >= 0, self.ext_num[np.maximum(e, 0)], -1)

    def merchant(self, rng, city):
        return self.merch_acct[self.merch_off[city] + (rng.random(len(city)) * self.merch_cnt[city]).astype(np.int64)]

    def biz(self, rng, city):
        k = self.biz_off[city] + (rng.random(len(city)) * np.maximum(self.biz_cnt[city], 1)).astype(np.int64)
        return self.biz_line[np.minimum(k, len(self.biz_line) - 1)]

    def pick(self, rng, k, mask, weight=None) -> np.ndarray:
        """k residents among mask (unused ones), weighted, without replacement; marks them used."""
        cand = np.flatnonzero(mask & ~self.used)
        if len(cand) == 0 or k <= 0:
            return np.zeros(0, np.int64)
        k = min(k, len(cand))
        p = None
        if weight is not None:
            p = np.asarray(weight, float)[cand]
            p = p / p.sum()
        out = np.sort(rng.choice(cand, k, replace=False, p=p))
        self.used[out] = True
        return out
