"""Bank accounts that are not people, and the ordinary money of the fortnight: shop payments, transfers between
relatives, wages on the 15th, ginneries paying for seed cotton, farmers paying their pickers, pickers sending
money home, heating fees, Chongyang gifts to parents and cash taken out at the counter."""

from __future__ import annotations

import numpy as np

from . import people as PP
from . import sink as S
from . import world as W
from .catalog import BANK_W, BANKS
from .everyday import _card_days
from .people import Population, hexkeys


class Money:
    def __init__(self, pop: Population, sink: S.Sink, rng: np.random.Generator) -> None:
        self.pop, self.sink, self.rng = pop, sink, rng
        acc = sink.cat["account"]

        def enterprise(n, regions, prefix, bank=None):
            ids = hexkeys(rng, n, prefix)
            idx = acc.many(ids)
            holders = hexkeys(rng, n, "bl")
            b = np.array(BANKS, dtype=object)[rng.choice(len(BANKS), n, p=BANK_W)] if bank is None else bank
            sink.add_banks(acct=idx, id_key=np.array(holders, dtype=object), bank=b,
                           open_time=W.T0 - rng.integers(200, 5000, n) * W.DAY, bound=0, status="active")
            return idx, np.asarray(regions)

        nreg = len(W.REGIONS)
        self.merchant, self.merchant_reg = enterprise(900, rng.choice(nreg, 900, p=W.REGION_WEIGHT), "bm")
        self.employer, self.employer_reg = enterprise(260, rng.choice(nreg, 260, p=W.REGION_WEIGHT), "be")
        cot = W.regions_of(W.COTTON)
        self.ginnery, self.ginnery_reg = enterprise(cot.size * 2, np.repeat(cot, 2), "bg")
        self.heating, _ = enterprise(2, np.array([W.URUMQI[0]] * 2), "bh")
        ext = hexkeys(rng, 6000, "ex")
        self.external = acc.many(ext)                          # accounts at banks outside the feed
        cash = [f"CASH-{b.split()[0].upper()}-{W.REGIONS[r][0]}" for b in BANKS for r in range(nreg)]
        self.cash = acc.many(cash).reshape(len(BANKS), nreg)
        self.employee_of = self.employer[rng.integers(0, self.employer.size, pop.P)]

    def add(self, t, fr, to, amt, ch, ini=0) -> None:
        self.sink.add("transfers", t=t, fr=fr, to=to, amt=np.round(amt, 2), ch=ch, ini=ini)

    def everyday(self) -> None:
        pop, rng = self.pop, self.rng
        P = pop.P
        cards = np.arange(P)                                  # primary cards
        seg = pop.seg
        # shop payments (WeChat Pay / Alipay over the bank account)
        rate = np.where(seg == PP.ELDER, 0.12, np.where(seg == PP.PICKER, 0.3, 0.28))
        ci, day = _card_days(rng, rate, np.ones(W.DAYS))
        t = W.times(rng, day, PP.PROFILE[seg[ci]])
        to = self._merchant_near(pop.region[ci])
        self.add(t, pop.acct[ci], to, np.clip(rng.lognormal(np.log(45), 0.9, ci.size), 2, 6000), S.THIRD,
                 pop.msisdn[cards[ci]])
        # transfers to relatives and friends
        rate = np.where(seg == PP.STUDENT, 0.1, 0.09)
        ci, day = _card_days(rng, rate, np.ones(W.DAYS))
        t = W.times(rng, day, PP.PROFILE[seg[ci]])
        tie = pop.pick_tie(rng, ci)
        on = tie >= 0
        to = np.where(on, pop.acct[pop.person[np.where(on, tie, 0)]], self.external[rng.integers(0, self.external.size, ci.size)])
        self.add(t, pop.acct[ci], to, np.clip(rng.lognormal(np.log(300), 1.0, ci.size), 10, 50000), S.APP_CH,
                 pop.msisdn[ci])
        # wages on the 15th (and a few on the 20th and 25th)
        wk = np.flatnonzero(np.isin(seg, [PP.WORKER, PP.OIL, PP.DRIVER]))
        payday = rng.choice([W.HEATING, 8, 13], wk.size, p=[0.7, 0.15, 0.15])
        t = W.T0 + payday * W.DAY + rng.integers(10 * 3600, 13 * 3600, wk.size)
        self.add(t, self.employee_of[wk], pop.acct[wk], np.round(rng.lognormal(np.log(6500), 0.35, wk.size), -1),
                 S.COUNTER)
        self._cotton()
        self._pickers()
        self._heating()
        self._chongyang()
        self._cash()
        # students' living money from home (other banks)
        st = np.flatnonzero(seg == PP.STUDENT)
        st = st[rng.random(st.size) < 0.6]
        t = W.T0 + rng.integers(0, 4, st.size) * W.DAY + rng.integers(10 * 3600, 23 * 3600, st.size)
        self.add(t, self.external[rng.integers(0, self.external.size, st.size)], pop.acct[st],
                 np.round(rng.uniform(800, 2500, st.size), -2), S.APP_CH)

    def _merchant_near(self, regions: np.ndarray) -> np.ndarray:
        rng = self.rng
        idx = rng.integers(0, self.merchant.size, regions.size)
        for _ in range(3):
            bad = self.merchant_reg[idx] != regions
            idx[bad] = rng.integers(0, self.merchant.size, int(bad.sum()))
        return self.merchant[idx]

    def _cotton(self) -> None:
        """Ginneries pay farmers for weighed seed cotton: one or two large payments each."""
        pop, rng = self.pop, self.rng
        f = np.flatnonzero(pop.seg == PP.FARMER)
        k = rng.integers(0, 3, f.size)
        f = np.repeat(f, k)
        reg = pop.region[f]
        g = np.empty(f.size, np.int64)
        for r in np.unique(reg):
            m = reg == r
            pool = self.ginnery[self.ginnery_reg == r]
            if pool.size == 0:
                pool = self.ginnery
            g[m] = pool[rng.integers(0, pool.size, int(m.sum()))]
        t = W.times(rng, rng.integers(0, W.DAYS, f.size), "business")
        self.add(t, g, pop.acct[f], np.round(rng.lognormal(np.log(42000), 0.7, f.size), 0), S.COUNTER)

    def _pickers(self) -> None:
        """Farmers pay their pickers by the week; pickers send most of it home within hours."""
        pop, rng = self.pop, self.rng
        pk = np.flatnonzero(pop.seg == PP.PICKER)
        farmers = np.flatnonzero(pop.seg == PP.FARMER)
        if pk.size == 0 or farmers.size == 0:
            return
        boss = np.empty(pk.size, np.int64)
        for r in np.unique(pop.region[pk]):
            m = pop.region[pk] == r
            pool = farmers[pop.region[farmers] == r]
            if pool.size == 0:
                pool = farmers
            boss[m] = pool[rng.integers(0, pool.size, int(m.sum()))]
        self.picker_boss = boss
        k = rng.integers(1, 4, pk.size)
        w = np.repeat(np.arange(pk.size), k)
        day = np.minimum(rng.integers(0, 5, w.size) + 5 * (np.arange(w.size) - np.repeat(np.cumsum(k) - k, k)), 13)
        t = W.T0 + day * W.DAY + rng.integers(19 * 3600, 23 * 3600, w.size)
        amt = np.round(rng.uniform(1500, 4800, w.size), -1)
        self.add(t, pop.acct[boss[w]], pop.acct[pk[w]], amt, S.APP_CH, pop.msisdn[boss[w]])
        home = rng.random(w.size) < 0.7
        t2 = t + rng.integers(600, 8 * 3600, w.size)
        fam = self.external[rng.integers(0, self.external.size, pk.size)]
        self.add(t2[home], pop.acct[pk[w[home]]], fam[w[home]], np.round(amt[home] * rng.uniform(0.6, 0.9, int(home.sum())), -2),
                 S.APP_CH, pop.msisdn[pk[w[home]]])

    def _heating(self) -> None:
        pop, rng = self.pop, self.rng
        u = np.flatnonzero(np.isin(pop.region, W.URUMQI) & (pop.seg != PP.STUDENT))
        u = u[rng.random(u.size) < 0.14]
        day = np.minimum(rng.geometric(0.3, u.size) - 1, 8)
        t = W.times(rng, day, PP.PROFILE[pop.seg[u]])
        elder = pop.seg[u] == PP.ELDER
        ch = np.where(elder & (rng.random(u.size) < 0.6), S.COUNTER, S.APP_CH)
        self.add(t, pop.acct[u], self.heating[rng.integers(0, 2, u.size)], np.round(rng.uniform(22, 28, u.size)
                 * rng.integers(55, 130, u.size), 2), ch, np.where(ch == S.APP_CH, pop.msisdn[u], 0))

    def _chongyang(self) -> None:
        pop, rng = self.pop, self.rng
        m = pop.tie_dst >= 0
        m[m] = pop.cseg[pop.tie_dst[m]] == PP.ELDER
        src, dst = pop.tie_src[m], pop.tie_dst[m]
        keep = (pop.cseg[src] != PP.ELDER) & pop.primary[src] & (rng.random(src.size) < 0.22)
        src, dst = src[keep], dst[keep]
        _, first = np.unique(src, return_index=True)
        src, dst = src[first], dst[first]
        day = np.where(rng.random(src.size) < 0.7, W.CHONGYANG, W.CHONGYANG - 1)
        t = W.times(rng, day, "xj")
        self.add(t, pop.acct[pop.person[src]], pop.acct[pop.person[dst]],
                 rng.choice([200, 500, 666, 800, 999, 1000, 2000], src.size), S.APP_CH, pop.msisdn[src])

    def _cash(self) -> None:
        pop, rng = self.pop, self.rng
        rate = np.where(pop.seg == PP.ELDER, 0.07, np.where(np.isin(pop.seg, [PP.FARMER, PP.PICKER]), 0.05, 0.02))
        ci, day = _card_days(rng, rate, np.ones(W.DAYS))
        t = W.times(rng, day, "day")
        bank = rng.choice(len(BANKS), ci.size, p=BANK_W)
        ch = np.where(rng.random(ci.size) < 0.5, S.ATM, S.COUNTER)
        amt = np.where(ch == S.ATM, rng.choice([500, 1000, 2000, 3000], ci.size),
                       np.round(rng.lognormal(np.log(3000), 0.8, ci.size), -2))
        self.add(t, pop.acct[ci], self.cash[bank, pop.region[ci]], amt, ch)
