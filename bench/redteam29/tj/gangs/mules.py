"""g08: the layered laundering network behind most schemes.

Layer 1: accounts opened by card sellers and rented from students (plus accounts bought from other
provinces); victims pay into them. Within minutes to hours each receipt is split to layer-2 accounts,
then gathered into three shell trading companies in Binhai, which cash out at Binhai ATMs and through
a USDT over-the-counter dealer. Layer-1 transfers are made from two handsets on bought cards.
"""

from __future__ import annotations

import numpy as np

from tj import emit
from tj.banks import add_accounts
from tj.core import DAY, HOUR
from tj.gangs.kit import Gang, acquire_cards
from tj.geo import CODE


class Mules:
    def __init__(self, ctx) -> None:
        g = self.g = Gang(ctx, "g08", "layered_mule_cashout")
        rng = g.rng
        nb = ctx.numbers
        l1 = list(getattr(ctx, "seller_accounts", [])) + list(getattr(ctx, "student_accounts", []))
        k_bought = ctx.k(12, 4)
        ids = ctx.vocab.codes(nb.keys("idk", k_bought))
        t_b = ctx.t0 - rng.integers(20, 200, k_bought) * DAY
        acc = add_accounts(ctx, ids, np.array(["ABC", "PSBC", "CCB", "ICBC"])[rng.integers(0, 4, k_bought)], t_b)
        l1 += list(zip(acc.tolist(), t_b.tolist(), strict=True))
        order = rng.permutation(len(l1))
        self.l1 = np.array([l1[i][0] for i in order], np.int32)
        self.l1_open = np.array([l1[i][1] for i in order], np.int64)
        self.next = 0
        k2 = ctx.k(9, 4)
        self.l2 = add_accounts(ctx, ctx.vocab.codes(nb.keys("idk", k2)),
                               np.array(["CCB", "BOC", "China Merchants Bank"])[rng.integers(0, 3, k2)],
                               ctx.t0 - rng.integers(30, 300, k2) * DAY)
        shells = ctx.vocab.codes(nb.keys("bl", 3))
        self.l3 = add_accounts(ctx, shells, "China Bohai Bank", ctx.t0 - rng.integers(60, 200, 3) * DAY)
        self.otc = add_accounts(ctx, ctx.vocab.codes(nb.keys("idk", 1)), "China Merchants Bank",
                                ctx.t0 - 500 * DAY)[0]
        self.shells = shells
        self.rx: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        # the two handsets that work the layer-1 accounts
        m, i, o = acquire_cards(g, 2, ctx.t0)
        self.ops = m
        self.ops_imsi = i
        self.ops_imei = nb.imei(2, "smart")
        self.ops_cell = ctx.cells.in_district(rng, "TG", 1)[0]

    def take_l1(self, k: int) -> np.ndarray:
        """k layer-1 accounts for one scheme (shared round-robin when they run out)."""
        idx = (self.next + np.arange(k)) % self.l1.size
        self.next += k
        return self.l1[idx]

    def received(self, acct, t, amt) -> None:
        self.rx.append((np.asarray(acct, np.int32), np.asarray(t, np.int64), np.asarray(amt, float)))

    def launder(self, ctx) -> None:
        g, rng = self.g, self.g.rng
        if not self.rx:
            return
        acct = np.concatenate([r[0] for r in self.rx])
        t = np.concatenate([r[1] for r in self.rx])
        amt = np.concatenate([r[2] for r in self.rx])
        into_l1 = np.isin(acct, self.l1)
        acct, t, amt = acct[into_l1], t[into_l1], amt[into_l1]
        # test credits of one yuan before first use
        first_rx = {}
        for a, tt in zip(acct.tolist(), t.tolist(), strict=True):
            first_rx[a] = min(tt, first_rx.get(a, tt))
        fa = np.array(sorted(first_rx), np.int32)
        ft = np.array([first_rx[a] for a in fa.tolist()], np.int64)
        test_t = np.maximum(ft - rng.integers(2, 30, fa.size) * HOUR, ctx.t0)
        self._tx(np.full(fa.size, self.l2[0]), fa, test_t, np.ones(fa.size), "mobile_app", self.ops[0])
        # layer 1 -> layer 2, split in one to three parts
        k = rng.integers(1, 4, acct.size)
        src = np.repeat(np.arange(acct.size), k)
        share = rng.dirichlet(np.ones(3), acct.size)
        part = np.concatenate([share[i, :k[i]] / share[i, :k[i]].sum() for i in range(acct.size)])
        t1 = t[src] + rng.integers(8 * 60, 90 * 60, src.size)
        a1 = np.round(amt[src] * part * rng.uniform(0.97, 1.0, src.size), 2)
        to2 = self.l2[rng.integers(0, self.l2.size, src.size)]
        op = rng.integers(0, 2, src.size)
        self._tx(acct[src], to2, t1, a1, "mobile_app", self.ops[op])
        # layer 2 -> shell companies
        t2 = t1 + rng.integers(1 * HOUR, 6 * HOUR, t1.size)
        to3 = self.l3[rng.integers(0, 3, t1.size)]
        self._tx(to2, to3, t2, np.round(a1 * 0.995, 2), np.where(rng.random(t1.size) < 0.5, "third_party", "mobile_app"))
        # shells cash out daily: the OTC dealer and ATM withdrawals in Binhai
        day = (t2 - ctx.t0) // DAY
        for s in range(3):
            for d in np.unique(day[to3 == self.l3[s]]):
                m = (to3 == self.l3[s]) & (day == d)
                total = float(a1[m].sum()) * 0.99
                td = ctx.t0 + (d + 1) * DAY + 14 * HOUR + int(rng.integers(0, 2 * HOUR))
                otc = round(total * 0.65, 2)
                self._tx(np.array([self.l3[s]]), np.array([self.otc]), np.array([td]), np.array([otc]), "third_party")
                cash = total - otc
                n_w = int(min(10, max(1, cash // 20000)))
                bk = ctx.banks
                binhai = [CODE[c] for c in ("TG", "PT", "TD")]
                atms = np.flatnonzero(np.isin(bk.atm_district, binhai))
                atms = atms if atms.size else np.arange(bk.atm.size)
                tw = td + np.arange(n_w) * rng.integers(600, 2400) + 1800
                self._tx(np.full(n_w, self.l3[s]), bk.atm[atms[rng.integers(0, atms.size, n_w)]], tw,
                         np.full(n_w, round(cash / n_w, 2)), "atm")
        # truth and the handsets' presence
        used1 = np.unique(acct)
        fr = np.array([first_rx[a] for a in used1.tolist()], np.int64)
        g.truth("account", ctx.vocab.text(used1), "mule_account", fr)
        idle = ~np.isin(self.l1, used1)  # sold or rented, not yet used
        g.truth("account", ctx.vocab.text(self.l1[idle]), "mule_account", self.l1_open[idle])
        g.truth("account", ctx.vocab.text(np.unique(to2)), "mule_account", int(t1.min()))
        g.truth("account", ctx.vocab.text(self.l3), "mule_account", int(t2.min()))
        g.truth("account", ctx.vocab.text([self.otc]), "mule_account", int(t2.min()))
        g.truth("id_key", ctx.vocab.text(self.shells), "gang_member", int(t2.min()))
        g.truth("msisdn", self.ops, "gang_member", ctx.t0)
        g.truth("imei", self.ops_imei, "gang_member", ctx.t0)
        emit.presence(ctx, rng, self.ops, self.ops_imsi, self.ops_imei, np.full(2, self.ops_cell), data_per_day=6,
                      profile="evening")

    def _tx(self, frm, to, t, amt, channel, initiated=None) -> None:
        t = np.asarray(t, np.int64)
        keep = t < self.g.ctx.t1
        if not keep.any():
            return
        n = t.size
        ch = np.broadcast_to(np.asarray(channel), (n,))[keep]
        init = None if initiated is None else np.broadcast_to(np.asarray(initiated, np.int64), (n,))[keep]
        self.g.ctx.sink.add("transfers", time=t[keep], from_account=np.asarray(frm, np.int32)[keep],
                            to_account=np.asarray(to, np.int32)[keep], amount=np.asarray(amt, float)[keep],
                            currency="CNY", channel=ch, initiated_msisdn=init)
