"""The underground economy shared by the gangs.

G03, the Aksu card market (断卡): three buyers pay cotton pickers, village youths and students 100-200 yuan a card
to open two to six prepaid cards each at a handful of agent stores in Aksu, Awat, Bachu and Shache; each new card
is switched on once in the buyer's test phone at the store, then sits dormant until a gang puts it to work.

G14, the Khorgas mule network (跑分): students and pickers rent out bank accounts; four handlers in Yining and
Khorgas, who hold the cards and bound phones, pass each receipt on within minutes to second-tier accounts on bought
IDs, then to two Khorgas trading companies that wire it out through cross-border OTC dealers.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from . import actors as A
from . import sink as S
from . import texts as X
from . import world as W
from .fraud import Gang
from .people import hexkeys


class CardMarket(Gang):
    def __init__(self, ctx: A.Ctx) -> None:
        super().__init__(ctx, "G03", "card_market_aksu_pickers", "other")
        rng, pop = self.rng, self.pop
        stores = [("AKS", "A011"), ("AWT", "A007"), ("AWT", "A019"), ("BC", "A003"), ("SC", "A021")]
        # sellers: pickers and villagers around the stores, and students
        regs = np.array([W.RIDX[s[0]] for s in stores])
        rural = ctx.draw(rng, "picker", 40, np.repeat(regs, 8), 0.9)
        vill = ctx.draw(rng, "rural", 16, np.repeat(regs, 4)[:16], 0.9)
        stud = ctx.draw(rng, "student", 14)
        sellers = np.unique(np.concatenate([rural, vill, stud]))
        self.sellers = sellers
        k = rng.integers(2, 7, sellers.size)
        s = np.repeat(np.arange(sellers.size), k)
        store = rng.integers(0, len(stores), sellers.size)[s]
        # most opened weeks before the window; a fifth during it (the market keeps buying)
        in_window = rng.random(sellers.size)[s] < 0.2
        day = np.where(in_window, rng.integers(0, 9, s.size), -rng.integers(6, 75, s.size))
        # a seller opens all his cards on one or two visits
        day = np.where(rng.random(s.size) < 0.7, day[np.searchsorted(s, s)], day)
        open_t = W.T0 + day * W.DAY + rng.integers(11 * 3600, 19 * 3600, s.size)
        order = np.argsort(open_t, kind="stable")
        s, store, open_t = s[order], store[order], open_t[order]
        sreg = regs[store]
        store_cell = np.array([ctx.cells.pick(rng, r) for r in regs.tolist()])
        chan = np.array([f"XJ38-{stores[i][0]}-{stores[i][1]}" for i in store.tolist()], dtype=object)
        holder = pop.person[sellers[s]]
        self.cards = A.new_cards(ctx, rng, s.size, sreg, id_keys=pop.id_key[holder], open_t=open_t, channel=chan,
                                 prepaid=True, open_cell=store_cell[store])
        self.cards.seller = sellers[s]
        self.next = 0
        self.used = np.zeros(s.size, bool)
        # buyers: long-held phones, one test handset each
        self.buyers = self.members(3, np.array([W.RIDX["AKS"], W.RIDX["AWT"], W.RIDX["AWT"]]))
        test = ctx.nums.imei(3)
        self.label("imei", test, "gang_member")
        b = store % 3
        t_test = open_t + rng.integers(120, 1500, s.size)
        A.device(ctx, t_test, self.cards.msisdn, self.cards.imsi, test[b], store_cell[store], S.ATTACH)
        A.device(ctx, t_test + rng.integers(30, 300, s.size), self.cards.msisdn, self.cards.imsi, test[b],
                 store_cell[store], S.DETACH)
        # buyers at the store with the sellers; calls and texts to arrange it; payment per card
        ok = t_test >= W.T0
        A.device(ctx, t_test[ok] - 600, self.buyers.msisdn[b[ok]], self.buyers.imsi[b[ok]], self.buyers.imei[b[ok]],
                 store_cell[store[ok]], S.LOCUP)
        first = np.unique(s, return_index=True)[1]
        seller_card = sellers[s[first]]
        tb = open_t[first] - rng.integers(3600, 2 * W.DAY, first.size)
        win = tb >= W.T0
        for shift in (0, 1800):
            A.calls(ctx, rng, tb[win] + shift, self.buyers.msisdn[b[first][win]], seller_card[win],
                    aimei=self.buyers.imei[b[first][win]], aimsi=self.buyers.imsi[b[first][win]],
                    acell=self.buyers.home[b[first][win]], answer=0.85, median=50)
        tx = self.sink.cat["text"].many(X.CARD_TRADE)
        A.texts(ctx, rng, tb[win] + 900, self.buyers.msisdn[b[first][win]], seller_card[win],
                tx[rng.integers(0, tx.size, int(win.sum()))], aimei=self.buyers.imei[b[first][win]],
                acell=self.buyers.home[b[first][win]])
        acct_b = A.new_accounts(ctx, rng, self.buyers.id_key, self.buyers.msisdn)
        per_seller = np.bincount(s, minlength=sellers.size)
        tp = open_t[first] + rng.integers(600, 7200, first.size)
        okp = tp >= W.T0
        ctx.money.add(tp[okp], acct_b[b[first][okp]], pop.acct[pop.person[seller_card[okp]]],
                      per_seller[okp] * rng.choice([100, 120, 150, 200], int(okp.sum())), S.APP_CH,
                      self.buyers.msisdn[b[first][okp]])
        self.label("id_key", np.unique(pop.id_key[pop.person[sellers]]), "card_seller")
        self.label("msisdn", pop.msisdn[sellers], "card_seller")
        # a few sellers were punished (credit punishment list) before
        old = sellers[rng.random(sellers.size) < 0.12]
        for c in old.tolist():
            self.sink.report(W.T0 - int(rng.integers(20, 200)) * W.DAY, "id_key", pop.id_key[pop.person[c]],
                             "card_seller", "", None, "internal")

    def supply(self, n: int, ready_by: int | None = None) -> SimpleNamespace:
        """The next ``n`` unused cards (oldest first; with ``ready_by``, only cards opened a day before it)."""
        avail = np.flatnonzero(~self.used)
        if ready_by is not None:
            avail = avail[self.cards.open_t[avail] < ready_by - W.DAY]
        take = avail[:n]
        if take.size < n:
            raise RuntimeError(f"card market has {take.size} cards for {n}")
        self.used[take] = True
        c = self.cards
        return SimpleNamespace(msisdn=c.msisdn[take], imsi=c.imsi[take], open_t=c.open_t[take], id_key=c.id_key[take],
                               region=c.region[take], home=c.home[take], n=n)

    def close(self) -> None:
        left = np.flatnonzero(~self.used)
        self.label("msisdn", self.cards.msisdn[left], "card_seller", self.cards.open_t[left])


class MuleNet(Gang):
    def __init__(self, ctx: A.Ctx) -> None:
        super().__init__(ctx, "G14", "mule_network_khorgas", "other")
        rng, pop = self.rng, self.pop
        holders = np.unique(np.concatenate([ctx.draw(rng, "student", 26, W.RIDX["URC-SY"], 0.5),
                                            ctx.draw(rng, "picker", 14), ctx.draw(rng, "young", 8)]))
        self.holders = holders
        n1 = holders.size
        # rented accounts: opened in small batches at the same branches, bound to the holder's phone
        batch = np.arange(n1) // 5
        opened = W.T0 - rng.integers(8, 70, batch.max() + 1)[batch] * W.DAY - rng.integers(0, 7200, n1)
        self.l1 = A.new_accounts(ctx, rng, pop.id_key[pop.person[holders]], pop.msisdn[holders], open_t=opened)
        self.handlers = self.members(4, np.array([W.RIDX["YNG"], W.RIDX["YNG"], W.RIDX["KHG"], W.RIDX["KHG"]]))
        self.handler_of = rng.integers(0, 4, n1)
        ids2 = np.array(hexkeys(rng, 12, "id"), dtype=object)
        self.l2 = A.new_accounts(ctx, rng, ids2, 0, open_t=W.T0 - rng.integers(20, 120, 12) * W.DAY)
        self.co = A.new_accounts(ctx, rng, np.array(hexkeys(rng, 2, "bl"), dtype=object), self.handlers.msisdn[2:4],
                                 bank=np.array(["Bank of Urumqi", "Kunlun Bank"], dtype=object),
                                 open_t=W.T0 - rng.integers(100, 300, 2) * W.DAY)
        self.otc = ctx.money.external[rng.integers(0, ctx.money.external.size, 6)]
        for acc in (self.l1, self.l2, self.co):
            self.label("account", self.acct_names(acc), "mule_account")
        self.served: dict[str, np.ndarray] = {}
        self._handler_life()

    def assign(self, gang: str, k: int) -> np.ndarray:
        """``k`` first-tier accounts for a gang (sets overlap between gangs)."""
        rng = self.ctx.rng("mules:" + gang)
        acc = self.l1[rng.choice(self.l1.size, k, replace=False)]
        self.served[gang] = acc
        return acc

    def route(self, paid: list[tuple[int, int, float]]) -> None:
        """Pass each receipt on: first tier -> second tier within minutes, -> company within hours -> OTC."""
        if not paid:
            return
        rng, pop = self.rng, self.pop
        t = np.array([p[0] for p in paid], np.int64)
        to = np.array([p[1] for p in paid], np.int64)
        amt = np.array([p[2] for p in paid])
        pos = {int(a): i for i, a in enumerate(self.l1.tolist())}
        i1 = np.array([pos.get(int(a), -1) for a in to.tolist()])
        m = i1 >= 0
        if m.any():
            t1 = t[m] + rng.integers(180, 2400, int(m.sum()))
            h = self.handler_of[i1[m]]
            by_handler = rng.random(int(m.sum())) < 0.6
            ini = np.where(by_handler, self.handlers.msisdn[h], pop.msisdn[self.holders[i1[m]]])
            dest = self.l2[rng.integers(0, self.l2.size, int(m.sum()))]
            a1 = np.round(amt[m] * rng.uniform(0.96, 0.995, int(m.sum())), 2)
            ok = t1 < W.END
            self.ctx.money.add(t1[ok], to[m][ok], dest[ok], a1[ok], S.APP_CH, ini[ok])
            # phones of the handlers log in where the holder never is (the bank app on the handler's phone)
            t2 = t1[ok] + rng.integers(600, 5 * 3600, int(ok.sum()))
            ok2 = t2 < W.END
            co = self.co[rng.integers(0, 2, int(ok.sum()))]
            self.ctx.money.add(t2[ok2], dest[ok][ok2], co[ok2], np.round(a1[ok][ok2] * 0.99, 2), S.THIRD,
                               self.handlers.msisdn[h[ok][ok2]])
            t3 = t2[ok2] + rng.integers(3600, 8 * 3600, int(ok2.sum()))
            ok3 = t3 < W.END
            self.ctx.money.add(t3[ok3], co[ok2][ok3], self.otc[rng.integers(0, self.otc.size, int(ok3.sum()))],
                               np.round(a1[ok][ok2][ok3] * 0.985, 2), S.COUNTER)

    def _handler_life(self) -> None:
        """Handlers call their account holders, cross to Kazakhstan, and hold the holders' bank apps."""
        rng, h = self.rng, self.handlers
        e = rng.integers(0, self.holders.size, 60)
        t = W.times(rng, rng.integers(0, W.DAYS, 60), "xj")
        A.calls(self.ctx, rng, t, h.msisdn[self.handler_of[e]], self.holders[e], aimei=h.imei[self.handler_of[e]],
                aimsi=h.imsi[self.handler_of[e]], acell=h.home[self.handler_of[e]], answer=.8, median=70)
        for i in (2, 3):
            d = np.arange(3, 7) if i == 2 else np.arange(9, 12)
            t = W.T0 + d * W.DAY + rng.integers(11 * 3600, 14 * 3600, d.size)
            A.device(self.ctx, t, h.msisdn[i], h.imsi[i], h.imei[i], -1, S.ATTACH, W.CIDX["KZ"])
        k = rng.integers(20, 60, 4)
        for i in range(4):
            dd = rng.integers(0, W.DAYS, k[i])
            t = W.times(rng, dd, "xj")
            A.device(self.ctx, t, h.msisdn[i], h.imsi[i], h.imei[i], h.home[i], S.DATA,
                     byt=rng.integers(10**5, 10**8, k[i]))
        apps = self.sink.cat["app"].many(["com.icbc", "com.android.bankabc", "com.chinamworld.main",
                                          "com.xjrcu.mbank", "com.eg.android.AlipayGphone"])
        t = W.times(rng, rng.integers(0, W.DAYS, 80), "xj")
        hh = rng.integers(0, 4, 80)
        self.sink.add("apps", t=t, m=h.msisdn[hh], app=apps[rng.integers(0, apps.size, 80)], ev=S.USE)

