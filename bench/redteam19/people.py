"""The ordinary population: people, their cards, handsets, homes and workplaces, ties, bank accounts,
Golden Week trips, and where each card is at any moment (``Population.cell_at``).

Segments: office workers, service and factory workers, university students (many freshmen with cards
opened at the campus booths in September), teenagers, elderly, farmers, Yulin coal-mine shift workers,
migrant workers who go home to their villages for the holiday, small merchants, drivers, teachers and
civil servants, and business fixed lines. The day-by-day records they make are in ``life.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from texts import BANK_P, BANKS
from world import CITY_ZH, DAY, DAYS, GW_FIRST, GW_LAST, PLACES, T0, WORKDAY, World, ts

# name: share, where they live (tags), where they work (tags or None), calls out/day, profile
SEGMENTS = {
    "office": (0.19, "urban", "office", 2.4, "day"),
    "service": (0.13, "urban", "urban", 2.0, "long"),
    "student": (0.11, "campus campus_old", None, 1.6, "late"),
    "teen": (0.03, "urban county", None, 0.8, "late"),
    "elderly": (0.14, "urban county rural", None, 1.2, "early"),
    "farmer": (0.11, "rural", None, 1.4, "early"),
    "coal": (0.04, "coal", "coal", 1.8, "shift"),
    "migrant": (0.07, "urban", "urban", 1.8, "long"),
    "merchant": (0.07, "urban county", None, 3.8, "long"),
    "driver": (0.03, "urban", None, 4.5, "long"),
    "civil": (0.06, "urban county", "urban county", 2.2, "day"),
    "bizline": (0.02, "urban county", None, 6.0, "biz"),
}
SEG_NAMES = list(SEGMENTS)
SEG = {s: i for i, s in enumerate(SEG_NAMES)}
YOUNG = {SEG["student"], SEG["teen"]}
OLD = {SEG["elderly"], SEG["farmer"]}

# hourly weights of activity per profile
_H = {
    "day": [1, 0.5, 0.3, 0.2, 0.2, 0.4, 2, 5, 8, 9, 9, 9, 8, 7, 8, 8, 8, 9, 10, 10, 9, 7, 4, 2],
    "long": [1, 0.6, 0.3, 0.2, 0.3, 0.8, 3, 6, 8, 9, 9, 10, 10, 9, 9, 9, 9, 10, 11, 11, 10, 8, 5, 2],
    "late": [3, 2, 1, 0.4, 0.2, 0.2, 0.5, 2, 5, 6, 7, 8, 9, 8, 7, 7, 8, 9, 10, 11, 12, 12, 10, 6],
    "early": [0.3, 0.2, 0.2, 0.2, 0.5, 2, 6, 9, 10, 10, 9, 8, 7, 6, 7, 8, 8, 8, 8, 7, 5, 3, 1, 0.5],
    "shift": [5, 4, 3, 3, 3, 4, 6, 7, 7, 6, 6, 7, 7, 7, 7, 7, 8, 9, 9, 9, 8, 8, 7, 6],
    "biz": [0, 0, 0, 0, 0, 0, 0.2, 1, 8, 10, 10, 10, 6, 5, 9, 10, 10, 9, 6, 3, 1, 0.3, 0, 0],
    "leisure": [2, 1.2, 0.6, 0.3, 0.2, 0.2, 0.5, 1.5, 4, 7, 9, 10, 10, 9, 9, 9, 9, 10, 11, 11, 10, 9, 6, 3],
}
PROFILES = list(_H)
PROFILE_CDF = np.array([np.cumsum(np.array(v) / np.sum(v)) for v in _H.values()])


@dataclass
class Person:
    """What the gangs and look-alikes need to know about one ordinary card holder."""

    card: int
    msisdn: str
    imsi: str
    imei: str
    id_key: str
    seg: str
    account: str


class Population:
    """Cards (index ``i``) of ordinary people, with everything that stays fixed over the period."""

    def __init__(self, world: World, rng: np.random.Generator, n_cards: int) -> None:
        self.w = world
        self.rng = rng
        self.n = n = n_cards
        segp = np.array([s[0] for s in SEGMENTS.values()])
        seg = rng.choice(len(SEG_NAMES), size=n, p=segp / segp.sum())
        # dual-SIM owners: the second card of a person follows the first one
        second = (rng.random(n) < 0.07) & (seg != SEG["bizline"]) & (seg != SEG["teen"])
        second[0] = False
        owner = np.arange(n)
        idx = np.flatnonzero(second)
        owner[idx] = idx - 1
        while True:  # chains: point to the first card of the person
            nxt = owner[owner]
            if np.array_equal(nxt, owner):
                break
            owner = nxt
        seg = seg[owner]
        self.seg = seg
        self.owner = owner  # first card of the person
        self.is_second = owner != np.arange(n)
        # --- homes and work places ---
        home_place = np.empty(n, dtype=np.int32)
        work_place = np.full(n, -1, dtype=np.int32)
        place_idx = {p[0]: k for k, p in enumerate(PLACES)}
        self.place_keys = [p[0] for p in PLACES]
        for s, (_share, htags, wtags, _o, _p) in SEGMENTS.items():
            m = np.flatnonzero((seg == SEG[s]) & ~self.is_second)
            hp = _places_by_tags(htags)
            w = np.array([PLACES[place_idx[k]][6] for k in hp])
            home_place[m] = np.array([place_idx[k] for k in hp])[rng.choice(len(hp), size=len(m), p=w / w.sum())]
            if wtags:
                wp = _places_by_tags(wtags)
                ww = np.array([PLACES[place_idx[k]][6] for k in wp])
                pick = np.array([place_idx[k] for k in wp])[rng.choice(len(wp), size=len(m), p=ww / ww.sum())]
                # most people work in their own city
                home_city = np.array([PLACES[h][2] for h in home_place[m]])
                same = np.array([PLACES[p][2] for p in pick]) == home_city
                retry = np.flatnonzero(~same & (rng.random(len(m)) < 0.85))
                for j in retry:
                    cand = [place_idx[k] for k in wp if PLACES[place_idx[k]][2] == home_city[j]]
                    pick[j] = cand[int(rng.integers(len(cand)))] if cand else home_place[m[j]]
                work_place[m] = pick
        home_place = home_place[owner]
        work_place = work_place[owner]
        self.home_place, self.work_place = home_place, work_place
        self.home = np.array([world.cell_in(self.place_keys[p]) for p in home_place], dtype=np.int32)
        self.home2 = np.array([world.cell_in(self.place_keys[p]) for p in home_place], dtype=np.int32)
        self.work = np.array([world.cell_in(self.place_keys[p]) if p >= 0 else -1 for p in work_place],
                             dtype=np.int32)
        self.home = self.home[owner]
        self.home2 = self.home2[owner]
        self.work = self.work[owner]
        # shifts of coal miners: 0-8, 8-16, 16-24 (they work through the holiday)
        self.shift = np.where(seg == SEG["coal"], rng.integers(0, 3, n) * 8, 8)[owner]
        self.city = np.array([PLACES[p][2] for p in home_place], dtype=object)
        self.age = np.clip(np.where(seg == SEG["elderly"], rng.normal(70, 6, n),
                           np.where(seg == SEG["student"], rng.normal(20, 1.5, n),
                           np.where(seg == SEG["teen"], rng.normal(15, 1.5, n),
                           np.where(seg == SEG["farmer"], rng.normal(55, 9, n), rng.normal(38, 10, n))))),
                           13, 92).astype(int)[owner]
        self._trips()
        self._identities()
        self._ties()

    # --- Golden Week: trips, home visits, students going home -----------------------------------------
    def _trips(self) -> None:
        rng, n, w = self.rng, self.n, self.w
        seg = self.seg
        p_trip = np.array([0.42, 0.25, 0.35, 0.3, 0.14, 0.08, 0.05, 0.0, 0.08, 0.05, 0.45, 0.0])[seg]
        scenic = w.places("scenic")
        scenic_w = np.array([{"xa_bmy": 5, "wn_huayin": 5, "xa_qujiang": 6, "xy_liquan": 3, "ya_baota": 2,
                              "ya_yichuan": 1.5, "bj_famen": 1.5, "bj_meixian": 1.5, "sl_zhashui": 1}.get(k, 1)
                             for k in scenic])
        a0 = np.full(n, 99, dtype=np.int32)
        a1 = np.full(n, 99, dtype=np.int32)
        acell = np.full(n, -1, dtype=np.int32)
        dtrip_day = np.full(n, 99, dtype=np.int32)
        dtrip_cell = np.full(n, -1, dtype=np.int32)
        first = ~self.is_second
        trip = first & (rng.random(n) < p_trip)
        for i in np.flatnonzero(trip):
            if rng.random() < 0.55:  # a day trip to a sight
                dtrip_day[i] = GW_FIRST + int(rng.integers(0, 7))
                dtrip_cell[i] = w.cell_in(scenic[int(rng.choice(len(scenic), p=scenic_w / scenic_w.sum()))])
            else:
                start = GW_FIRST - (1 if rng.random() < 0.2 else 0) + int(rng.integers(0, 5))
                a0[i], a1[i] = start, min(start + int(rng.integers(2, 5)), GW_LAST + 2)
                acell[i] = w.cell_in(scenic[int(rng.choice(len(scenic), p=scenic_w / scenic_w.sum()))])
        # migrant workers and many students go home to their villages and towns
        home_like = w.places("rural") + w.places("county")
        for i in np.flatnonzero(first & (((seg == SEG["migrant"]) & (rng.random(n) < 0.8))
                                         | ((seg == SEG["student"]) & (rng.random(n) < 0.4)))):
            if a0[i] != 99:
                continue
            start = GW_FIRST - int(rng.integers(0, 2))
            a0[i], a1[i] = start, GW_LAST + int(rng.integers(0, 2))
            acell[i] = w.cell_in(home_like[int(rng.integers(len(home_like)))])
        own = self.owner
        self.a0, self.a1, self.acell = a0[own], a1[own], acell[own]
        self.dtrip_day, self.dtrip_cell = dtrip_day[own], dtrip_cell[own]

    def cell_at(self, cards: np.ndarray, t: np.ndarray) -> np.ndarray:
        """Cell index of each card at each time (vectorised)."""
        d = (t - T0) // DAY
        h = ((t - T0) % DAY) / 3600.0
        dd = np.clip(d, 0, DAYS - 1)
        cell = np.where((t // 3600) % 3 == 0, self.home2[cards], self.home[cards])
        wk = self.work[cards]
        s0 = self.shift[cards]
        coal = self.seg[cards] == SEG["coal"]
        hours = np.where(coal, (h >= s0) & (h < s0 + 8), (h >= 8.5) & (h < 18))
        at_work = (wk >= 0) & hours & (WORKDAY[dd] | coal)
        cell = np.where(at_work, wk, cell)
        trip = (self.dtrip_day[cards] == d) & (h >= 9) & (h < 19)
        cell = np.where(trip, self.dtrip_cell[cards], cell)
        away = (d >= self.a0[cards]) & (d < self.a1[cards])
        return np.where(away, self.acell[cards], cell)

    def cell1(self, i: int, t: int) -> str:
        return self.w.cells[int(self.cell_at(np.array([i]), np.array([t]))[0])].cell

    # --- numbers, SIMs, handsets, IDs, bank accounts --------------------------------------------------
    def _identities(self) -> None:
        rng, n, w = self.rng, self.n, self.w
        seg = self.seg
        hlr_city = {}
        for k, c in enumerate(sorted(set(self.city.tolist()))):
            hlr_city[c] = [2900 + (k * 9 + j) % 99 for j in range(9)]
        self.msisdn = np.empty(n, dtype=object)
        self.imsi = np.empty(n, dtype=object)
        self.imei = np.empty(n, dtype=object)
        self.id_key = np.empty(n, dtype=object)
        self.line_type = np.where(seg == SEG["bizline"], "fixed", "mobile").astype(object)
        for i in range(n):
            if self.line_type[i] == "fixed":
                self.msisdn[i] = w.fixed_line(self.city[i])
                self.imsi[i] = None
                self.imei[i] = None
            else:
                hs = hlr_city[self.city[i]]
                self.msisdn[i] = w.our_msisdn(hs[int(rng.integers(len(hs)))])
                self.imsi[i] = w.imsi()
                if self.is_second[i]:
                    self.imei[i] = w.imei_pair(self.imei[self.owner[i]])
                else:
                    brand = "feature" if seg[i] == SEG["elderly"] and rng.random() < 0.25 else None
                    self.imei[i] = w.imei(brand)
            self.id_key[i] = w.id_key() if not self.is_second[i] else self.id_key[self.owner[i]]
        # a few people buy a new handset in the Golden Week sales
        self.new_imei_day = np.full(n, 99, dtype=np.int32)
        self.new_imei = np.array(self.imei, dtype=object)
        self.new_imsi = np.array(self.imsi, dtype=object)  # a replacement SIM (same number), from new_imei_day
        self.off_a0 = np.full(n, 99, dtype=np.int32)  # days the card is away from its phone or abroad
        self.off_a1 = np.full(n, 99, dtype=np.int32)
        for i in np.flatnonzero((rng.random(n) < 0.02) & (self.line_type == "mobile") & ~self.is_second):
            self.new_imei_day[i] = int(rng.integers(2, DAYS - 1))
            self.new_imei[i] = w.imei()
        # open times: freshmen's cards from the September campus booths, others years old
        years = np.where(seg == SEG["elderly"], rng.uniform(3, 14, n), np.where(seg == SEG["student"],
                         rng.uniform(0.05, 4, n), rng.uniform(0.3, 12, n)))
        self.open_time = (T0 - years * 365 * DAY).astype(np.int64)
        self.freshman = (seg == SEG["student"]) & (rng.random(n) < 0.33)
        self.open_time[self.freshman] = (ts(-27) + rng.uniform(0, 20, self.freshman.sum()) * DAY).astype(np.int64)
        self.open_time[self.is_second] = np.maximum(self.open_time[self.is_second],
                                                    self.open_time[self.owner[self.is_second]])
        self.prepaid = (np.isin(seg, [SEG["student"], SEG["migrant"], SEG["teen"]]) & (rng.random(n) < 0.7)) | \
            (rng.random(n) < 0.1)
        # bank accounts: one main account per person (bound to the first card), some a second one
        self.account = np.empty(n, dtype=object)
        self.bank_rows = []
        for i in range(n):
            if self.is_second[i]:
                self.account[i] = self.account[self.owner[i]]
                continue
            cust = "enterprise" if seg[i] == SEG["bizline"] else "personal"
            bank = BANKS[int(rng.choice(len(BANKS), p=BANK_P))]
            if seg[i] in (SEG["farmer"], SEG["elderly"]) and rng.random() < 0.5:
                bank = "陕西农信" if rng.random() < 0.6 else "邮储银行"
            a = w.account_id()
            self.account[i] = a
            opened = int(min(self.open_time[i], T0 - int(rng.uniform(30, 3000)) * DAY))
            self.bank_rows.append((a, self.id_key[i], bank, opened, self.msisdn[i] if cust == "personal" else None))
            if rng.random() < 0.3 and cust == "personal":
                self.bank_rows.append((w.account_id(), self.id_key[i], BANKS[int(rng.integers(len(BANKS)))],
                                       int(T0 - rng.uniform(30, 4000) * DAY), self.msisdn[i]))
        # merchants' shop collection accounts (QR codes) paid by passers-by
        self.shop_account = {}
        for i in np.flatnonzero((seg == SEG["merchant"]) & ~self.is_second):
            a = w.account_id()
            self.shop_account[int(i)] = a
            self.bank_rows.append((a, self.id_key[i], BANKS[int(rng.choice(len(BANKS), p=BANK_P))],
                                   int(T0 - rng.uniform(100, 3000) * DAY), self.msisdn[i]))
        self.msisdn_index = {m: i for i, m in enumerate(self.msisdn.tolist())}

    # --- social ties ------------------------------------------------------------------------------------
    def _ties(self) -> None:
        """Each card's contacts: family at home, colleagues at work, friends in the city, numbers of
        other operators. ``tie`` holds a card index (>= 0) or ``-1 - k`` for external number k."""
        rng, n, w = self.rng, self.n, self.w
        K = 20
        n_ext = int(n * 1.6)
        ext = np.empty(n_ext, dtype=object)
        ext_fixed = rng.random(n_ext) < 0.08
        cities = sorted(set(self.city.tolist()))
        for k in range(n_ext):
            if ext_fixed[k]:
                ext[k] = w.fixed_line(cities[int(rng.integers(len(cities)))] if rng.random() < 0.7 else None)
            else:
                ext[k] = w.other_msisdn()
        self.ext = ext
        self.ext_fixed = ext_fixed
        tie = np.empty((n, K), dtype=np.int64)
        fam = np.zeros((n, K), dtype=bool)

        def group_pick(key: np.ndarray, size: int) -> np.ndarray:
            """``size`` random cards sharing each card's key."""
            order = np.argsort(key, kind="stable")
            uniq, first, counts = np.unique(key[order], return_index=True, return_counts=True)
            g = np.searchsorted(uniq, key)
            off = (rng.random((n, size)) * counts[g][:, None]).astype(np.int64)
            return order[first[g][:, None] + off]

        homecell = self.home.astype(np.int64)
        tie[:, 0:3] = group_pick(homecell, 3)  # neighbours and family under the same cell
        fam[:, 0:3] = True
        tie[:, 3:6] = group_pick(self.home_place.astype(np.int64), 3)
        wk = np.where(self.work >= 0, self.work.astype(np.int64), homecell + 100000)
        tie[:, 6:10] = group_pick(wk, 4)  # colleagues (or more neighbours)
        cityk = np.unique(self.city, return_inverse=True)[1].astype(np.int64)
        tie[:, 10:12] = group_pick(cityk, 2)
        tie[:, 12:20] = -1 - rng.integers(0, n_ext, (n, 8))
        fam[:, 12:14] = True  # relatives elsewhere on other operators
        self_tie = tie == np.arange(n)[:, None]
        tie[self_tie] = -1 - rng.integers(0, n_ext, self_tie.sum())
        w8 = 1.0 / (1 + rng.permuted(np.tile(np.arange(K), (n, 1)), axis=1)) ** 1.1
        w8 = w8 * np.where(fam, 2.0, 1.0)
        self.tie = tie
        self.tie_fam = fam
        self.tie_cdf = np.cumsum(w8, axis=1) / w8.sum(axis=1, keepdims=True)
        # misc numbers that call people now and then (shops, delivery, marketing) on other operators
        self.misc = np.array([w.other_msisdn() if rng.random() < 0.8 else w.fixed_line("xian")
                              for _ in range(max(500, n // 6))], dtype=object)
        self.services = np.array([w.fixed_line(cities[int(rng.integers(len(cities)))])
                                  for _ in range(max(300, n // 10))] +
                                 ["8695588", "8695533", "8695599", "8695566", "8610086", "8612345", "8695555",
                                  "8695508", "869510105", "8695338"], dtype=object)
        self.ext_accounts = np.array([w.account_id() for _ in range(max(2000, n // 2))], dtype=object)
        self.platform_accounts = np.array([w.account_id() for _ in range(6)], dtype=object)
        self.payroll = [w.account_id() for _ in range(max(40, n // 250))]

    # --- picking people for the gangs and look-alikes ---------------------------------------------------
    def person(self, i: int) -> Person:
        return Person(int(i), self.msisdn[i], self.imsi[i], self.imei[i], self.id_key[i], SEG_NAMES[self.seg[i]],
                      self.account[i])

    def candidates(self, segs=None, places=None, taken: set | None = None, mask=None) -> np.ndarray:
        m = (self.line_type == "mobile") & ~self.is_second
        if segs is not None:
            m &= np.isin(self.seg, [SEG[s] for s in segs])
        if places is not None:
            pk = [self.place_keys.index(p) for p in places]
            m &= np.isin(self.home_place, pk)
        if mask is not None:
            m &= mask
        idx = np.flatnonzero(m)
        if taken:
            idx = np.array([i for i in idx if int(i) not in taken], dtype=np.int64)
        return idx

    def pick(self, k: int, taken: set, **kw) -> list[int]:
        idx = self.candidates(taken=taken, **kw)
        if len(idx) == 0:
            idx = self.candidates(taken=taken)
        out = [int(x) for x in self.rng.choice(idx, size=min(k, len(idx)), replace=False)]
        taken.update(out)
        return out

    def imei_at(self, i: int, t: int) -> str:
        return self.new_imei[i] if (t - T0) // DAY >= self.new_imei_day[i] else self.imei[i]

    def imsi_at(self, i: int, t: int) -> str:
        return self.new_imsi[i] if (t - T0) // DAY >= self.new_imei_day[i] else self.imsi[i]

    def subscriber_rows(self) -> dict:
        n = self.n
        fixed = self.line_type == "fixed"
        ch = np.array([f"QC-STORE-{c.upper()[:2]}{int(h) % 37:03d}" for c, h in zip(self.city, self.home, strict=True)],
                      dtype=object)
        ch[self.freshman] = np.array([f"QC-CAMPUS-{int(h) % 9:02d}" for h in self.home[self.freshman]], dtype=object)
        return dict(
            msisdn=self.msisdn, imsi=self.imsi, id_key=self.id_key,
            id_type=np.where(fixed, "business_license", "resident_id").astype(object),
            customer_type=np.where(fixed, "enterprise", "personal").astype(object),
            line_type=self.line_type, operator=np.full(n, "qinchuan_mobile", dtype=object),
            open_time=self.open_time, open_channel=ch,
            open_cell=np.array([self.w.cells[c].cell for c in self.home], dtype=object),
            status=np.full(n, "active", dtype=object), status_time=self.open_time,
            is_prepaid=self.prepaid, home_region=np.array([CITY_ZH[c] for c in self.city], dtype=object))


def _places_by_tags(tags: str) -> list[str]:
    want = tags.split()
    return [p[0] for p in PLACES if any(t in p[7].split() for t in want)]
