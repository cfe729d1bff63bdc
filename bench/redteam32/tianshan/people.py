"""The ordinary population: people, their cards and handsets, homes and fields, ties, bank and platform accounts."""

from __future__ import annotations

import numpy as np

from . import world as W
from .catalog import BANK_W, BANKS, OFFNET_PREFIX, OLD_PHONE_TACS, Cells, Numbers
from .sink import Sink

SEGS = ["worker", "student", "elder", "farmer", "orchard", "picker", "herder", "oil", "trader", "driver"]
WORKER, STUDENT, ELDER, FARMER, ORCHARD, PICKER, HERDER, OIL, TRADER, DRIVER = range(10)
# segment mix by region kind
MIX = {
    W.URBAN: [.50, .12, .18, .01, .01, 0, 0, 0, .10, .08],
    W.COTTON: [.16, .04, .16, .34, .02, .18, .02, 0, .04, .04],
    W.FRUIT: [.22, .04, .17, .06, .35, .04, .02, 0, .06, .04],
    W.TOUR: [.36, .02, .14, .02, .02, 0, .24, 0, .12, .08],
    W.BORDER: [.30, .02, .10, .02, 0, 0, .04, 0, .36, .16],
    W.OIL: [.30, .02, .12, .04, 0, 0, 0, .40, .06, .06],
}
COLLEGE = ("URC-SY", "URC-TS", "URC-XS", "SHZ", "ARL", "KSG", "CJ", "YNG")
PICKER_HOMES = ["Henan Zhoukou", "Henan Shangqiu", "Henan Zhumadian", "Gansu Dingxi", "Gansu Tianshui",
                "Gansu Longnan", "Sichuan Nanchong", "Sichuan Dazhou", "Chongqing Wanzhou", "Shaanxi Shangluo"]
CALL_RATE = np.array([2.6, 1.3, 1.5, 3.0, 2.7, 1.2, 1.1, 2.0, 4.0, 3.4])     # outgoing calls a day
SMS_RATE = np.array([.25, .35, .12, .2, .2, .3, .1, .2, .35, .25])
DATA_RATE = np.array([3.2, 4.5, 1.0, 2.0, 2.0, 2.6, 1.2, 2.8, 3.2, 2.8])
WEB_RATE = np.array([2.0, 3.0, 0.6, 1.0, 1.0, 1.6, 0.5, 1.8, 2.0, 1.6])
APP_RATE = np.array([.55, .7, .2, .3, .3, .45, .15, .45, .55, .45])
PROFILE = np.array([W.PROF[p] for p in ("xj", "young", "elder", "field", "field", "field", "elder", "xj", "xj", "xj")])
AUDIENCE = np.array([1, 0, 2, 3, 3, 3, 3, 1, 1, 1])


def hexkeys(rng: np.random.Generator, n: int, prefix: str, width: int = 16) -> list[str]:
    vals = rng.integers(0, 2**62, n)
    return [f"{prefix}{v:0{width}x}"[: len(prefix) + width] for v in vals.tolist()]


class Population:
    def __init__(self, seed: int, n_cards: int, cells: Cells, nums: Numbers, sink: Sink) -> None:
        rng = self.rng = W.sub_rng(seed, "people")
        self.cells, self.nums, self.sink = cells, nums, sink
        P = int(n_cards / 1.09)
        # ------------------------------------------------------------------ people
        region = rng.choice(len(W.REGIONS), P, p=W.REGION_WEIGHT)
        seg = np.empty(P, np.int64)
        for r in range(len(W.REGIONS)):
            m = region == r
            mix = np.mean([MIX[k] for k in W.REGION_KINDS[r]], axis=0)
            if W.REGIONS[r][0] in COLLEGE:
                mix = mix + np.array([0, .12, 0, 0, 0, 0, 0, 0, 0, 0])
            seg[m] = rng.choice(len(SEGS), int(m.sum()), p=mix / mix.sum())
        age = np.select([seg == STUDENT, seg == ELDER, seg == PICKER],
                        [rng.integers(18, 24, P), rng.integers(60, 88, P), rng.integers(28, 62, P)],
                        rng.integers(24, 60, P))
        home = cells.pick(rng, region)
        work = cells.pick(rng, region)
        urb = np.isin(region, W.URUMQI)
        work[urb] = cells.pick(rng, W.URUMQI[rng.integers(0, W.URUMQI.size, int(urb.sum()))])
        stay = np.isin(seg, [ELDER]) | (rng.random(P) < 0.08)
        work[stay] = home[stay]
        self.P, self.region, self.seg, self.age, self.home, self.work = P, region, seg, age, home, work
        self.id_key = np.array(hexkeys(rng, P, "id"), dtype=object)
        self.accountant = (seg == WORKER) & (rng.random(P) < 0.02)
        self.picker_home = np.array([PICKER_HOMES[i] for i in rng.integers(0, len(PICKER_HOMES), P).tolist()],
                                    dtype=object)
        # ------------------------------------------------------------------ cards
        second = rng.random(P) < np.where(np.isin(seg, [TRADER, DRIVER, WORKER, OIL]), 0.13, 0.04)
        person = np.concatenate([np.arange(P), np.flatnonzero(second)])
        C = person.size
        self.C, self.person = C, person
        self.primary = np.zeros(C, bool)
        self.primary[:P] = True
        cseg, creg = seg[person], region[person]
        self.msisdn = nums.mobile(creg)
        self.imsi = nums.imsi(C)
        imei = nums.imei(C)
        old = (seg[person] == ELDER) & (rng.random(C) < 0.45)
        imei[old] = nums.imei(int(old.sum()), OLD_PHONE_TACS)
        # dual-SIM: most second cards sit in the same phone's second slot (next serial); some phones
        # report one IMEI for both slots; the rest are a second phone
        sec = np.flatnonzero(~self.primary)
        u = rng.random(sec.size)
        slot2 = imei[person[sec]]
        body = slot2 // 10 + 1
        from .catalog import luhn
        neighbour = body * 10 + luhn(body)
        imei[sec] = np.where(u < 0.62, neighbour, np.where(u < 0.74, slot2, imei[sec]))
        self.imei = imei
        # opening: picker cards this season at a store near the farm; everyone else years ago
        open_t = W.T0 - rng.integers(90, 9 * 365, C) * W.DAY - rng.integers(0, W.DAY, C)
        pick = cseg == PICKER
        open_t[pick] = W.T0 - rng.integers(2, 45, int(pick.sum())) * W.DAY - rng.integers(8, 20, int(pick.sum())) * 3600
        self.open_t = open_t
        self.prepaid = (rng.random(C) < np.where(pick, 1.0, np.where(cseg == STUDENT, 0.5, 0.28)))
        lead = np.clip(rng.lognormal(0, 0.55, C), 0.25, 4.0)
        self.call_rate = CALL_RATE[cseg] * lead * np.where(self.primary, 1.0, 0.45)
        self.sms_rate = SMS_RATE[cseg] * lead
        self.data_rate = DATA_RATE[cseg] * np.clip(rng.lognormal(0, 0.4, C), 0.3, 3) * np.where(self.primary, 1, .6)
        self.web_rate = WEB_RATE[cseg] * np.clip(rng.lognormal(0, 0.5, C), 0.2, 4)
        self.app_rate = APP_RATE[cseg]
        self.cseg, self.creg = cseg, creg
        self.primary_card = np.arange(P)               # a person's primary card is card p
        self._trips(rng)
        self._ties(rng)
        self._register(rng)
        self._banks(rng)
        self._platforms(rng)
        self.card_of_msisdn = {int(m): i for i, m in enumerate(self.msisdn.tolist())}

    # ------------------------------------------------------------------------------------- trips
    def _trips(self, rng: np.random.Generator) -> None:
        """One trip per card at most: Kanas/Hemu autumn visitors before the snow, trips inside Xinjiang, inland
        visits, Khorgas and Alashankou traders and drivers into Kazakhstan, a few abroad."""
        C = self.C
        ts = np.full(C, 99)
        te = np.full(C, -1)
        tcell = np.full(C, -1, np.int32)
        troam = np.full(C, -1, np.int16)
        u = rng.random(C)
        cs = self.cseg
        # Kanas and Hemu visitors (before the first snow)
        kn = (u < 0.018) & np.isin(cs, [WORKER, STUDENT, TRADER, ELDER])
        k = int(kn.sum())
        ts[kn] = rng.integers(0, 6, k)
        te[kn] = np.minimum(ts[kn] + rng.integers(1, 4, k), W.SNOW)
        tcell[kn] = self.cells.pick(rng, W.ALTAY_TOUR[rng.integers(0, W.ALTAY_TOUR.size, k)])
        # trips inside Xinjiang (Urumqi <-> prefectures), Luntai poplar forest in its golden week
        tr = (u >= 0.018) & (u < 0.075)
        k = int(tr.sum())
        ts[tr] = rng.integers(0, 13, k)
        te[tr] = np.minimum(ts[tr] + rng.integers(0, 4, k), W.DAYS - 1)
        dest = np.where(rng.random(k) < 0.25, W.RIDX["LT"], rng.integers(0, len(W.REGIONS), k))
        tcell[tr] = self.cells.pick(rng, dest)
        # cross-border traders and drivers: Kazakhstan, Kyrgyzstan, Uzbekistan
        border = np.isin(self.creg, W.regions_of(W.BORDER)) & np.isin(cs, [TRADER, DRIVER])
        ab = border & (rng.random(C) < 0.35) | ((u >= 0.075) & (u < 0.081))
        k = int(ab.sum())
        ts[ab] = rng.integers(0, 12, k)
        te[ab] = np.minimum(ts[ab] + rng.integers(1, 6, k), W.DAYS - 1)
        troam[ab] = rng.choice([W.CIDX[c] for c in ("KZ", "KZ", "KZ", "KG", "UZ", "TR", "AE", "TH", "RU")], k)
        tcell[ab] = -1
        self.trip_s, self.trip_e, self.trip_cell, self.trip_roam = ts, te, tcell, troam

    def where(self, cards: np.ndarray, t: np.ndarray):
        """(cell, roaming country) of ordinary cards at times t: home at night, work/field by day, trips."""
        cards = np.asarray(cards)
        t = np.asarray(t)
        p = self.person[cards]
        h = W.hour_of(t)
        d = W.day_of(t)
        sg = self.seg[p]
        weekday = ~np.isin(d, W.WEEKEND)
        office = (h >= 10) & (h < 20) & weekday & np.isin(sg, [WORKER, STUDENT, OIL, TRADER])
        field = (h >= 9) & (h < 21) & np.isin(sg, [FARMER, ORCHARD, PICKER, HERDER, DRIVER])
        cell = np.where(office | field, self.work[p], self.home[p]).astype(np.int32)
        trip = (d >= self.trip_s[cards]) & (d <= self.trip_e[cards])
        cell = np.where(trip, self.trip_cell[cards], cell)
        roam = np.where(trip, self.trip_roam[cards], -1).astype(np.int16)
        return cell, roam

    # ------------------------------------------------------------------------------------- ties
    def _ties(self, rng: np.random.Generator) -> None:
        C = self.C
        order = np.argsort(self.creg, kind="stable")
        bounds = np.searchsorted(self.creg[order], np.arange(len(W.REGIONS) + 1))
        src, dst = [], []
        k_local = rng.poisson(3.2, C) + 1
        s = np.repeat(np.arange(C), k_local)
        r = self.creg[s]
        lo, hi = bounds[r], bounds[r + 1]
        d = order[lo + (rng.random(s.size) * (hi - lo)).astype(np.int64)]
        src.append(s)
        dst.append(d)
        k_far = rng.poisson(0.9, C)
        s = np.repeat(np.arange(C), k_far)
        src.append(s)
        dst.append(rng.integers(0, C, s.size))
        # picker crews: neighbours in the same bunkhouse cell, and the farmer who hired them
        pk = np.flatnonzero(self.cseg == PICKER)
        pk = pk[np.argsort(self.person_home(pk), kind="stable")]
        for j in (1, 2, 3, 5):
            src.append(pk[:-j])
            dst.append(pk[j:])
        farmers = np.flatnonzero(self.cseg == FARMER)
        if farmers.size and pk.size:
            fr = self.creg[farmers]
            for i in pk[::3]:
                cand = farmers[fr == self.creg[i]]
                if cand.size:
                    src.append(np.array([i]))
                    dst.append(cand[rng.integers(0, cand.size, 1)])
        s = np.concatenate(src)
        d = np.concatenate(dst)
        keep = s != d
        a, b = np.minimum(s[keep], d[keep]), np.maximum(s[keep], d[keep])
        pairs = np.unique(a * C + b)
        a, b = pairs // C, pairs % C
        # off-net ties: family and friends on other networks (for pickers: back home)
        n_off = rng.poisson(np.where(self.cseg == PICKER, 5.0, 2.6), self.C) + 1
        self.offnet = np.concatenate([
            self.nums.mobile(self.creg[rng.integers(0, C, int(C * 1.1))], OFFNET_PREFIX),
        ])
        # pickers' home-town contacts: off-net numbers with inland H-codes (use random area digits)
        n_home = int((self.cseg == PICKER).sum() * 4) + 1
        home_nums = self.nums._unique(lambda k: 86 * 10**11 + np.asarray(OFFNET_PREFIX)[
            rng.integers(0, len(OFFNET_PREFIX), k)] * 10**8 + rng.integers(3700, 3999, k) * 10**4
            + rng.integers(0, 10**4, k), n_home, self.nums.used)
        self.offnet = np.concatenate([self.offnet, home_nums])
        base = int(C * 1.1)
        so = np.repeat(np.arange(C), n_off)
        local = rng.integers(0, base, so.size)
        pick_home = (self.cseg[so] == PICKER) & (rng.random(so.size) < 0.75)
        local[pick_home] = base + rng.integers(0, n_home, int(pick_home.sum()))
        # on-net: both directions; off-net encoded as -(j + 1)
        src_all = np.concatenate([a, b, so])
        dst_all = np.concatenate([b, a, -(local + 1)])
        o = np.lexsort((rng.random(src_all.size), src_all))
        self.tie_src = src_all[o]
        self.tie_dst = dst_all[o]
        self.tie_ptr = np.searchsorted(self.tie_src, np.arange(C + 1))

    def person_home(self, cards: np.ndarray) -> np.ndarray:
        return self.home[self.person[cards]]

    def number(self, enc: np.ndarray) -> np.ndarray:
        """Phone numbers of encoded tie ends (on-net card index or -(off-net index + 1))."""
        enc = np.asarray(enc)
        on = enc >= 0
        return np.where(on, self.msisdn[np.where(on, enc, 0)], self.offnet[np.where(on, 0, -enc - 1)])

    def pick_tie(self, rng: np.random.Generator, cards: np.ndarray, skew: float = 1.8,
                 offnet_only: bool = False) -> np.ndarray:
        """One tie per row of ``cards`` (close ties more often); -1 marks a card without ties."""
        lo, hi = self.tie_ptr[cards], self.tie_ptr[cards + 1]
        deg = hi - lo
        j = (deg * rng.random(cards.size) ** skew).astype(np.int64)
        idx = np.minimum(lo + j, self.tie_dst.size - 1)
        out = np.where(deg > 0, self.tie_dst[idx], np.iinfo(np.int64).min)
        if offnet_only:
            # retry on-net picks among the card's ties by scanning for an off-net one
            bad = out >= 0
            for _ in range(4):
                if not bad.any():
                    break
                j = (deg[bad] * rng.random(int(bad.sum()))).astype(np.int64)
                out[bad] = self.tie_dst[np.minimum(lo[bad] + j, self.tie_dst.size - 1)]
                bad = out >= 0
            out[bad] = np.iinfo(np.int64).min
        return out

    # ------------------------------------------------------------------------------------- records
    def _register(self, rng: np.random.Generator) -> None:
        C = self.C
        p = self.person
        store_region = [W.REGIONS[r][0] for r in self.creg.tolist()]
        chan = np.array([f"XJ38-{c}-S{int(k):03d}" for c, k in zip(store_region, rng.integers(1, 40, C).tolist(),
                                                                    strict=True)], dtype=object)
        online = rng.random(C) < 0.12
        chan[online] = "XJ38-ONLINE-APP"
        home_region = np.array([W.REGIONS[r][2] for r in self.creg.tolist()], dtype=object)
        pk = self.cseg == PICKER
        home_region[pk] = self.picker_home[p[pk]]
        status = np.full(C, "active", dtype=object)
        st_t = np.zeros(C, np.int64)
        self.sink.add_subs(msisdn=self.msisdn, imsi=self.imsi, id_key=self.id_key[p], id_type="resident_id",
                           customer_type="personal", line_type="mobile", open_time=self.open_t,
                           open_channel=chan, open_cell=self.home[p], status=status, status_time=st_t,
                           is_prepaid=self.prepaid, home_region=home_region)

    def _banks(self, rng: np.random.Generator) -> None:
        P = self.P
        acc = self.sink.cat["account"]
        two = rng.random(P) < np.where(self.seg == STUDENT, 0.2, 0.38)
        holder = np.concatenate([np.arange(P), np.flatnonzero(two)])
        ids = hexkeys(rng, holder.size, "ba")
        idx = acc.many(ids)
        bank = rng.choice(len(BANKS), holder.size, p=BANK_W)
        far = np.isin(self.seg[holder], [FARMER, ORCHARD, HERDER, ELDER])
        bank[far & (rng.random(holder.size) < 0.5)] = BANKS.index("Xinjiang Rural Credit Union")
        opened = W.T0 - rng.integers(30, 12 * 365, holder.size) * W.DAY
        pk = self.seg[holder] == PICKER
        self.acct = idx[:P]                           # primary account per person
        self.acct2 = np.full(P, -1, np.int32)
        self.acct2[holder[P:]] = idx[P:]
        bound = self.msisdn[holder]                   # primary cards are cards 0..P-1
        self.sink.add_banks(acct=idx, id_key=self.id_key[holder], bank=np.array(BANKS, dtype=object)[bank],
                            open_time=opened, bound=bound, status="active")
        del pk

    def _platforms(self, rng: np.random.Generator) -> None:
        plats = [("wechat", 0.93), ("alipay", 0.72), ("douyin", 0.62), ("kuaishou", 0.34), ("taobao", 0.5),
                 ("pinduoduo", 0.46), ("qq", 0.4), ("12306", 0.3), ("meituan", 0.3)]
        rows_m, rows_p, rows_a, rows_t = [], [], [], []
        prim = self.primary
        for name, share in plats:
            m = (rng.random(self.C) < share * np.where(prim, 1.0, 0.25))
            if name in ("douyin", "kuaishou"):
                m &= ~((self.cseg == ELDER) & (rng.random(self.C) < 0.5))
            cards = np.flatnonzero(m)
            t = np.maximum(self.open_t[cards], W.T0 - 10 * 365 * W.DAY) + rng.integers(0, 300, cards.size) * W.DAY
            t = np.minimum(t, W.T0 - 3600 * rng.integers(1, 48, cards.size))
            t = np.maximum(t, self.open_t[cards] + 600)
            rows_m.append(self.msisdn[cards])
            rows_p.append(np.full(cards.size, name, dtype=object))
            rows_a.append(np.array(account_names(rng, name, cards.size), dtype=object))
            rows_t.append(t)
        self.sink.add_iaccs(platform=np.concatenate(rows_p), account=np.concatenate(rows_a),
                            msisdn=np.concatenate(rows_m), register_time=np.concatenate(rows_t), status="active")

    # ------------------------------------------------------------------------------------- pools
    def cards_where(self, segs=None, regions=None, age_min=None, age_max=None, primary=True) -> np.ndarray:
        m = np.ones(self.C, bool)
        if primary:
            m &= self.primary
        if segs is not None:
            m &= np.isin(self.cseg, segs)
        if regions is not None:
            m &= np.isin(self.creg, regions)
        ag = self.age[self.person]
        if age_min is not None:
            m &= ag >= age_min
        if age_max is not None:
            m &= ag <= age_max
        return np.flatnonzero(m)


def account_names(rng: np.random.Generator, platform: str, n: int) -> list[str]:
    v = rng.integers(0, 2**62, n).tolist()
    if platform == "wechat":
        return [f"wxid_{x:014x}"[:19] for x in v]
    if platform == "alipay":
        return [f"2088{x % 10**12:012d}" for x in v]
    if platform in ("qq",):
        return [str(10**8 + x % (3 * 10**9)) for x in v]
    if platform in ("douyin", "kuaishou"):
        return [f"{platform[:2]}{x % 10**11:011d}" for x in v]
    return [f"{platform}_{x % 10**10:010d}" for x in v]
