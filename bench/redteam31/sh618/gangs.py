"""The fraud of the fortnight: sixteen gangs, the card market that feeds them and the mule network that drains
their victims, plus the anti-fraud centre's warning calls and the reports that reach the police.

Gang ids: SH-G01 ... SH-G16 (see README.md for the shapes)."""

from __future__ import annotations

import numpy as np

from . import texts as tx
from .actors import Actor, seq_times, sorted_events
from .people import BANK_SMS, BANKS, Pop, emit_calls, offnet_mobile
from .world import (
    DAY,
    DAYS,
    T0,
    TAC_MODULE,
    World,
    lognorm,
    outcome,
    per_day_counts,
    times_in_days,
)

END = T0 + DAYS * DAY
HOSTS = [(103, 151), (45, 207), (154, 82), (156, 241), (43, 129), (38, 54)]


def fraud_ip(r) -> str:
    a, b = HOSTS[int(r.integers(len(HOSTS)))]
    return f"{a}.{b}.{int(r.integers(0, 256))}.{int(r.integers(1, 255))}"


class Domains:
    """A gang's web resources: registrable domains, wildcard sub-domains, their hosting IPs."""

    def __init__(self, w: World, r, gang, scheme, bases, subs_per=0, first=T0):
        self.w, self.gang, self.scheme = w, gang, scheme
        self.bases = list(bases)
        self.hosts = []
        for b in self.bases:
            if subs_per:
                for _ in range(subs_per):
                    lab = "".join(chr(97 + int(x)) for x in r.integers(0, 26, 3)) + str(int(r.integers(0, 99)))
                    self.hosts.append(f"{lab}.{b}")
            else:
                self.hosts.append(b)
        self.ip = {h: fraud_ip(r) for h in self.hosts}
        for b in self.bases:
            self.ip.setdefault(b, fraud_ip(r))
        self.used: dict[str, int] = {}
        self.first = first

    def urls(self, r, k=40):
        return [f"{self.hosts[int(r.integers(len(self.hosts)))]}/{format(int(r.integers(16 ** 4, 16 ** 6)), 'x')}"
                for _ in range(k)]

    def visit(self, r, msisdn, t, host=None, nbytes=None):
        k = len(msisdn)
        if k == 0:
            return
        h = np.array([host or self.hosts[int(x)] for x in r.integers(0, len(self.hosts), k)], object)
        for x, tt in zip(h.tolist(), np.asarray(t).tolist(), strict=True):
            self.used[x] = min(self.used.get(x, tt), tt)
        url = np.array([f"https://{x}/{format(int(q), 'x')}" for x, q in zip(h.tolist(), r.integers(16 ** 4, 16 ** 6, k).tolist(), strict=True)], object)
        self.w.sink.add("web", time=np.asarray(t, np.int64), msisdn=msisdn, domain=h, url=url,
                        ip=np.array([self.ip[x] for x in h.tolist()], object),
                        bytes=(lognorm(r, k, 4e5, 0.8, 2e3, 5e7) if nbytes is None else nbytes).astype(np.int64))

    def truth(self):
        hosts = sorted(self.used)
        if not hosts:
            return
        self.w.truth("domain", np.array(hosts, object), "fraud_domain", self.gang, self.scheme,
                     np.array([self.used[h] for h in hosts], np.int64))
        bases = sorted({b for b in self.bases for h in hosts if h == b or h.endswith("." + b)} - set(hosts))
        if bases:
            self.w.truth("domain", np.array(bases, object), "fraud_domain", self.gang, self.scheme,
                         np.full(len(bases), min(self.used.values()), np.int64))
        ips = sorted({self.ip[h] for h in hosts})
        self.w.truth("ip", np.array(ips, object), "fraud_domain", self.gang, self.scheme, min(self.used.values()))


class CardMarket:
    """SH-G12: the cards the gangs run on. Graduates selling the cards they open at campus agents before leaving,
    Chongming and Jinshan villagers taken to an agent store by a recruiter, Jiading migrants, and out-of-town IDs
    brought in batches. Every seller opens several cards on one day at one agent; two recruiters pay them."""

    GANG = "SH-G12"

    def __init__(self, w: World, pop: Pop):
        self.w, self.pop = w, pop
        r = w.rng("gang:cards")
        self.r = r
        rows = []  # (seller id_key, seller base idx or -1, open time, channel, open cell, source)
        plans = [("grads", 40, (2, 4), ["sjunitown", "zizhu", "fudan"], (-45, 9), "campus"),
                 ("village", 30, (3, 5), ["chengqiao", "fengjing"], (-70, -4), "village"),
                 ("migrants", 22, (2, 3), ["malu", "anting"], (-50, 5), "migrant"),
                 ("outside", 50, (3, 5), ["dachang", "gucun"], (-80, 2), "outside")]
        self.sellers = []
        for pool, k, (lo, hi), stores, (d0, d1), src in plans:
            if pool == "village":
                el = pop.pools["elderly"]
                vill = el[np.isin(w.cell_place[pop.home[el]], [w.PLACE_KEYS.index(p) for p in
                                                                ("baozhen", "chenjia", "xinhe", "miaozhen", "fengjing",
                                                                 "chengqiao")])]
                vill = vill[~pop.taken[vill]]
                idx = np.sort(r.choice(vill, min(k, len(vill)), replace=False))
                pop.taken[idx] = True
            elif pool == "outside":
                idx = np.full(k, -1)
            else:
                idx = np.sort(pop.pick(r, pool, k))
            ids = np.where(idx >= 0, pop.id_key[np.maximum(idx, 0)], w.keys(r, len(idx), "ID")).astype(object)
            chans = [w.agent(s) for s in stores]
            for j in range(len(idx)):
                si = int(r.integers(len(stores)))
                day = T0 + int(r.integers(d0, d1)) * DAY + int(r.integers(10 * 3600, 18 * 3600))
                m = int(r.integers(lo, hi + 1))
                for q in range(m):
                    rows.append((ids[j], int(idx[j]), day + q * int(r.integers(60, 400)), chans[si],
                                 int(w.place_cells[stores[si]][0]), src))
                self.sellers.append((ids[j], int(idx[j]), day, src, m))
        rows.sort(key=lambda x: x[2])
        self.id_key = np.array([x[0] for x in rows], object)
        self.seller_idx = np.array([x[1] for x in rows], np.int64)
        self.open_time = np.array([x[2] for x in rows], np.int64)
        self.channel = np.array([x[3] for x in rows], object)
        self.open_cell = np.array([x[4] for x in rows], np.int32)
        self.source = np.array([x[5] for x in rows], object)
        self.prepaid = np.array([r.random() < 0.8 for _ in rows])
        self.free = np.ones(len(rows), bool)
        self.used_by = np.empty(len(rows), object)

    def take(self, gang: str, need: np.ndarray, prefer=None) -> np.ndarray:
        """One card per need time, opened at least half a day before it (sources mixed)."""
        r = self.r
        out = np.empty(len(need), np.int64)
        for i, t in enumerate(np.asarray(need).tolist()):
            ok = np.flatnonzero(self.free & (self.open_time < t - 43200))
            if prefer is not None:
                p = ok[np.isin(self.source[ok], prefer)]
                if len(p):
                    ok = p
            if len(ok) == 0:
                raise RuntimeError(f"card market ran out of cards for {gang}")
            j = int(ok[int(r.integers(len(ok)))])
            self.free[j] = False
            self.used_by[j] = gang
            out[i] = j
        return out

    def finish(self, gangs_cards: list[tuple[str, np.ndarray, np.ndarray]]):
        """The leftover cards sit in a den's inventory (a test attach); sellers and recruiters act; truth."""
        w, pop, r = self.w, self.pop, self.r
        left = np.flatnonzero(self.free)
        if len(left):
            act = register_cards(w, pop, r, self, left, "SH-G12")
            t = np.maximum(self.open_time[left] + r.integers(DAY, 5 * DAY, len(left)), T0 + 3600)
            t = np.minimum(t, END - 3600)
            box = w.imei(r, 4, TAC_MODULE)
            cell = w.place_cells["malu"][2]
            a = np.arange(len(left))
            for ev, dt in (("power_on", 0), ("attach", 5), ("detach", 900)):
                w.sink.add("device", time=t + dt, msisdn=act.msisdn[a], imsi=act.imsi[a], imei=box[a % 4], cell=cell,
                           event=ev)
            w.truth("msisdn", act.msisdn, "simbox_sim", "SH-G12", "card_inventory", t)
            w.truth("imei", box, "simbox_device", "SH-G12", "card_inventory", int(t.min()))
        # sellers and their own phones
        first = {}
        for idk, _idx, day, _src, _m in self.sellers:
            first[idk] = min(first.get(idk, day), day)
        keys = sorted(first)
        w.truth("id_key", np.array(keys, object), "card_seller", self.GANG, "card_trade",
                np.array([first[k] for k in keys], np.int64))
        own = sorted({(idx, first[idk]) for idk, idx, _d, _s, _m in self.sellers if idx >= 0})
        w.truth("msisdn", pop.msisdn[np.array([o[0] for o in own])], "card_seller", self.GANG, "card_trade",
                np.array([o[1] for o in own], np.int64))
        self._recruiters()

    def _recruiters(self):
        """Two card buyers: one works the campuses, one the villages. They call sellers and would-be sellers,
        drive them to agent stores, pay per card, and hand the cards on in Jiading."""
        w, pop, r = self.w, self.pop, self.r
        rec = Actor(w, pop, r, 2, places=("sjunitown",), move="city", age=(400, 1500))
        rec.routes[0] = w.pick_cells(r, ["sjunitown", "zizhu", "fudan", "shu", "haiwan", "malu", "dachang",
                                         "sjunitown", "zizhu", "jiuting", "malu", "fudan"], 12)
        rec.routes[1] = w.pick_cells(r, ["chengqiao", "baozhen", "xinhe", "chenjia", "miaozhen", "fengjing",
                                         "zhujing", "chengqiao", "malu", "anting", "baozhen", "xinhe"], 12)
        acct = w.keys(r, 2, "AC")
        w.sink.add("bank_accounts", account_id=acct, id_key=rec.id_keys, bank="PSBC",
                   open_time=rec.open_time - 200 * DAY, bound_msisdn=rec.msisdn, status="active")
        # calls to students and villagers (most are not sellers: it is an advert of easy money)
        for a, pool in ((0, "students"), (1, "elderly")):
            aa, d = per_day_counts(r, np.array([14.0 if a == 0 else 8.0]), np.ones(DAYS))
            aa = np.full(len(d), a)
            t = times_in_days(r, d, "biz")
            callee, cidx = pop.take_targets(r, pool, len(d), 0.45)
            res, ring, ans = outcome(r, len(d), 0.6, 0.25)
            dur = np.where(ans, lognorm(r, len(d), 80, 0.8, 5, 1200), 0).astype(np.int64)
            rec.calls_out(r, aa, t, callee, cidx, res, ring, dur)
        # sellers in the window: a call before, the payment after the opening
        src_of = {0: ("campus", "migrant"), 1: ("village", "outside")}
        for a, srcs in src_of.items():
            sel = [(idk, idx, day, m) for idk, idx, day, s, m in self.sellers if s in srcs and T0 <= day < END]
            if not sel:
                continue
            idx = np.array([x[1] for x in sel])
            day = np.array([x[2] for x in sel], np.int64)
            m = np.array([x[3] for x in sel])
            on = idx >= 0
            t = np.maximum(day - r.integers(3600, 2 * DAY, len(sel)), T0 + 600)
            k = int(on.sum())
            res = np.full(k, "answered", object)
            rec.calls_out(r, np.full(k, a), t[on], pop.msisdn[idx[on]], idx[on], res, r.integers(3, 10, k),
                          lognorm(r, k, 120, 0.6, 20, 900).astype(np.int64))
            per = 300.0 if a == 0 else 150.0
            tp = np.minimum(day + r.integers(1800, 6 * 3600, len(sel)), END - 60)
            to = np.where(on, pop.acct[np.maximum(idx, 0)], pop.outside_accts[r.integers(0, 25000, len(sel))])
            w.sink.add("transfers", time=tp, from_account=acct[a], to_account=to.astype(object),
                       amount=np.round(m * per * r.uniform(0.8, 1.3, len(sel)), 2), currency="CNY",
                       channel="mobile_app", initiated_msisdn=rec.msisdn[a])
        # hand-overs to the wholesaler (another operator's number) and his payments
        who = offnet_mobile(r, 1)
        t = T0 + np.arange(0, DAYS, 2) * DAY + 20 * 3600
        k = len(t)
        for a in (0, 1):
            rec.calls_out(r, np.full(k, a), t + a * 1800, np.repeat(who, k), np.full(k, -1),
                          np.full(k, "answered", object), np.full(k, 5), lognorm(r, k, 100, 0.5, 20, 600).astype(np.int64))
        w.truth("msisdn", rec.msisdn, "gang_member", self.GANG, "card_trade", T0)
        w.truth("imei", rec.imei0, "gang_member", self.GANG, "card_trade", T0)
        w.truth("account", acct, "gang_member", self.GANG, "card_trade", T0)


def register_cards(w, pop, r, market: CardMarket, j, gang, *, status=None, status_time=None, prepaid=None, tacs=None):
    """Subscriber rows of bought cards (the seller's ID, the agent store) and an Actor for them."""
    n = len(j)
    act = Actor(w, pop, r, n, line="mobile", id_keys=market.id_key[j], open_time=market.open_time[j],
                channel=market.channel[j], open_cell=market.open_cell[j],
                prepaid=market.prepaid[j] if prepaid is None else prepaid, status=status,
                status_time=status_time, tacs=tacs)
    return act


class MuleNet:
    """SH-G13: a running-points (跑分) network. First-layer accounts rented from graduates, migrants and
    out-of-towners, their OTP phones in a Yanghang flat; the money moves on within minutes, split, to a second and a
    third layer, then to OTC (USDT) sellers or out of ATMs."""

    GANG = "SH-G13"

    def __init__(self, w: World, pop: Pop, market: CardMarket):
        self.w, self.pop = w, pop
        r = w.rng("gang:mules")
        self.r = r
        # holders of first-layer accounts
        st = pop.pick(r, "grads", 18)
        mg = pop.pick(r, "migrants", 14)
        n_out = 16
        hold_idx = np.concatenate([st, mg, np.full(n_out, -1)])
        self.n1 = len(hold_idx)
        ids1 = np.where(hold_idx >= 0, pop.id_key[np.maximum(hold_idx, 0)], w.keys(r, self.n1, "ID")).astype(object)
        self.l1 = w.keys(r, self.n1, "AC")
        self.l2 = w.keys(r, 14, "AC")
        self.l3 = w.keys(r, 5, "AC")
        self.otc = w.keys(r, 3, "AC")
        ids2 = w.keys(r, 14 + 5 + 3, "ID")
        aged = r.random(self.n1) < 0.4
        open1 = np.where(aged, T0 - r.integers(400, 2200, self.n1) * DAY, T0 - r.integers(5, 90, self.n1) * DAY)
        # the OTP phones: cards bought on the market, in a dozen handsets in one flat
        n_den = self.n1 + 14 + 5 - 10
        cards = market.take(self.GANG, np.full(n_den, T0 - 2 * DAY))
        self.den = register_cards(w, pop, r, market, cards, self.GANG)
        self.den.routes[:] = np.array([w.place_cells["yanghang"][1]] * 3 + [w.place_cells["yanghang"][2]])[None, :]
        self.den_imei = w.imei(r, 12)
        self.den.imei0 = self.den_imei[np.arange(n_den) % 12]
        own_bound = (hold_idx >= 0) & (r.random(self.n1) < 0.3)  # the holder relays the codes himself
        bound1 = np.where(own_bound, pop.msisdn[np.maximum(hold_idx, 0)], 0)
        den_i = np.arange(n_den)
        slots = list(range(n_den))
        b = 0
        self.bound_den = {}
        for i in range(self.n1):
            if not own_bound[i]:
                bound1[i] = self.den.msisdn[slots[b % n_den]]
                self.bound_den[self.l1[i]] = slots[b % n_den]
                b += 1
        accts2 = np.concatenate([self.l2, self.l3])
        bound2 = np.zeros(len(accts2), np.int64)
        for i, acc in enumerate(accts2.tolist()):
            s = slots[b % n_den]
            bound2[i] = self.den.msisdn[s]
            self.bound_den[acc] = s
            b += 1
        del den_i
        banks1 = np.array(BANKS, object)[r.integers(0, len(BANKS), self.n1)]
        w.sink.add("bank_accounts", account_id=self.l1, id_key=ids1, bank=banks1, open_time=open1,
                   bound_msisdn=bound1, status="active")
        banks2 = np.array(BANKS, object)[r.integers(0, len(BANKS), len(accts2))]
        w.sink.add("bank_accounts", account_id=accts2, id_key=ids2[:19], bank=banks2,
                   open_time=T0 - r.integers(10, 120, len(accts2)) * DAY, bound_msisdn=bound2, status="active")
        w.sink.add("bank_accounts", account_id=self.otc, id_key=ids2[19:], bank="CMB",
                   open_time=T0 - r.integers(300, 900, 3) * DAY, status="active")
        self.bank_of = dict(zip(np.concatenate([self.l1, accts2]).tolist(),
                                np.concatenate([banks1, banks2]).tolist(), strict=True))
        self.bound = dict(zip(np.concatenate([self.l1, accts2]).tolist(),
                              np.concatenate([bound1, bound2]).tolist(), strict=True))
        self.hold_idx, self.ids1, self.ids2 = hold_idx, ids1, ids2
        self.inflows: list[tuple] = []  # (time, l1 account, amount)
        self.first_in: dict[str, int] = {}
        self.assign: dict[str, np.ndarray] = {}

    def accounts_for(self, gang: str, k: int) -> np.ndarray:
        if gang not in self.assign:
            self.assign[gang] = self.r.choice(self.l1, k, replace=False)
        return self.assign[gang]

    def receive(self, t, to, amount):
        for tt, a, m in zip(np.asarray(t).tolist(), np.asarray(to).tolist(), np.asarray(amount).tolist(), strict=True):
            self.inflows.append((tt, a, m))
            self.first_in[a] = min(self.first_in.get(a, tt), tt)

    def launder(self):
        w, pop, r = self.w, self.pop, self.r
        if not self.inflows:
            return
        t1 = np.array([x[0] for x in self.inflows], np.int64)
        a1 = np.array([x[1] for x in self.inflows], object)
        m1 = np.array([x[2] for x in self.inflows])
        rows = []

        def split(t, src, amt, dests, lo_min, hi_min, parts_max, keep=(0.95, 0.995)):
            k = len(t)
            parts = r.integers(1, parts_max + 1, k)
            ii = np.repeat(np.arange(k), parts)
            share = r.dirichlet(np.ones(parts_max), k)[:, :parts_max]
            sh = np.concatenate([share[i, :p] / share[i, :p].sum() for i, p in enumerate(parts.tolist())])
            frac = r.uniform(keep[0], keep[1], k)[ii]
            tt = t[ii] + r.integers(lo_min * 60, hi_min * 60, len(ii))
            dst = dests[r.integers(0, len(dests), len(ii))]
            am = np.round(amt[ii] * frac * sh, 2)
            return tt, src[ii], dst, am

        t2, s2, d2, m2 = split(t1, a1, m1, self.l2, 3, 40, 3)
        rows.append((t2, s2, d2, m2, "mobile_app"))
        t3, s3, d3, m3 = split(t2, d2, m2, self.l3, 10, 150, 2)
        rows.append((t3, s3, d3, m3, "mobile_app"))
        # exit: OTC sellers (USDT) or ATM cash in chunks
        k = len(t3)
        atm = r.random(k) < 0.3
        t4 = t3 + r.integers(30 * 60, 300 * 60, k)
        rows.append((t4[~atm], d3[~atm], self.otc[r.integers(0, 3, int((~atm).sum()))], np.round(m3[~atm] * 0.998, 2),
                     "third_party"))
        ca = np.flatnonzero(atm)
        chunks = np.maximum(1, np.ceil(m3[ca] / 20000).astype(int))
        ii = np.repeat(ca, chunks)
        am = np.round(np.repeat(m3[ca] / chunks, chunks), 2)
        machines = np.array([f"ATM-SH-{x:04d}" for x in r.integers(0, 9999, 40).tolist()], object)
        rows.append((t4[ii] + r.integers(0, 600, len(ii)), d3[ii], machines[r.integers(0, 40, len(ii))], am, "atm"))
        # a little ordinary life on the first layer (a milk tea, a metro top-up), to look lived-in
        la, ld = per_day_counts(r, np.full(self.n1, 0.25), np.ones(DAYS))
        tl = times_in_days(r, ld, "person")
        rows.append((tl, self.l1[la], pop.merchants[r.integers(0, 400, len(la))],
                     np.round(lognorm(r, len(la), 35, 0.7, 3, 400), 2), "third_party"))
        for t, src, dst, amt, ch in rows:
            ok = t < END
            t, src, dst, amt = t[ok], src[ok], dst[ok], amt[ok]
            ini = np.array([self.bound.get(s, 0) for s in src.tolist()], np.int64)
            if ch == "atm":
                ini[:] = 0
            w.sink.add("transfers", time=t, from_account=src.astype(object), to_account=dst.astype(object),
                       amount=amt, currency="CNY", channel=ch, initiated_msisdn=ini)
            # the OTP text before each app transfer goes to the bound phone; the den phone opens the bank app
            if ch != "atm":
                m = ini > 0
                bank = np.array([BANK_SMS[self.bank_of.get(s, "ICBC")] for s in src[m].tolist()], np.int64)
                pool = w.text(tx.pool(r, tx.A2P["code"][:2], 50))
                w.sink.add("sms", send_time=t[m] - r.integers(30, 150, int(m.sum())), sender=bank, receiver=ini[m],
                           content=pool[r.integers(0, len(pool), int(m.sum()))])
                den = np.array([self.bound_den.get(s, -1) for s in src[m].tolist()])
                dm = den >= 0
                td = t[m][dm] - r.integers(20, 120, int(dm.sum()))
                self.den.device(r, den[dm], td, "data_session", lognorm(r, int(dm.sum()), 3e5, 0.6, 1e4, 5e6).astype(np.int64))
                w.sink.add("apps", time=td, msisdn=self.den.msisdn[den[dm]], app="com.icbc", event="use")
        # the den phones otherwise: powered on in the morning, idle, a location update now and then
        n = self.den.n
        a = np.repeat(np.arange(n), DAYS)
        d = np.tile(np.arange(DAYS), n)
        t = T0 + d * DAY + r.integers(8 * 3600, 10 * 3600, len(a))
        self.den.device(r, a, t, "power_on")
        self.den.device(r, a, t + 3, "attach")
        # truth
        all_acc = np.concatenate([self.l1, self.l2, self.l3, self.otc])
        first = np.array([self.first_in.get(x, T0) for x in all_acc.tolist()], np.int64)
        w.truth("account", all_acc, "mule_account", self.GANG, "mule_network", first)
        w.truth("msisdn", self.den.msisdn, "gang_member", self.GANG, "mule_den", T0)
        w.truth("imei", self.den_imei, "gang_member", self.GANG, "mule_den", T0)
        hold = self.hold_idx >= 0
        w.truth("msisdn", pop.msisdn[self.hold_idx[hold]], "card_seller", self.GANG, "account_rental", T0)
        w.truth("id_key", np.concatenate([self.ids1, self.ids2]), "card_seller", self.GANG, "account_rental", T0)


class Fraud:
    """Victims, payments, truth and reports shared by the gangs."""

    def __init__(self, w: World, pop: Pop):
        self.w, self.pop = w, pop
        self.market = CardMarket(w, pop)
        self.mules = MuleNet(w, pop, self.market)
        self.losses = []  # (victim idx, time, amount, account, gang, fraud_type, fraud msisdn or 0)
        self.engaged = []  # (victim idx, time, gang, scheme, fraud msisdn)
        self.reports = []
        self.cards_used = []

    # ---------------------------------------------------------------- victims
    def victims(self, r, pool, k, filt=None):
        p = self.pop.pools[pool]
        if filt is not None:
            p = p[filt[p]]
        p = p[~self.pop.taken[p]]
        sel = r.choice(p, min(k, len(p)), replace=False)
        self.pop.taken[sel] = True
        return sel

    def pay(self, r, gang, ftype, vic, t, amounts, fraud_num, accounts, channel="mobile_app", initiated=True):
        """Victims pay (each amount a transfer) to the gang's first-layer mule accounts."""
        w, pop = self.w, self.pop
        vic = np.asarray(vic)
        t = np.asarray(t, np.int64)
        amounts = np.round(np.asarray(amounts, float), 2)
        ok = t < END - 600
        vic, t, amounts = vic[ok], t[ok], amounts[ok]
        fraud_num = np.asarray(fraud_num)[ok] if np.ndim(fraud_num) else np.full(len(vic), fraud_num)
        if isinstance(channel, np.ndarray):
            channel = channel[ok]
        to = accounts[r.integers(0, len(accounts), len(vic))]
        ini = pop.msisdn[vic] if initiated is True else np.where(initiated[ok], pop.msisdn[vic], 0)
        w.sink.add("transfers", time=t, from_account=pop.acct[vic], to_account=to.astype(object), amount=amounts,
                   currency="CNY", channel=channel, initiated_msisdn=ini)
        bank = np.array([BANK_SMS[b] for b in pop.bank[vic].tolist()], np.int64)
        pool = w.text(tx.pool(r, tx.A2P["bank"][:2], 60))
        w.sink.add("sms", send_time=t + r.integers(3, 30, len(vic)), sender=bank, receiver=pop.msisdn[vic],
                   content=pool[r.integers(0, len(pool), len(vic))])
        self.mules.receive(t, to, amounts)
        for i in range(len(vic)):
            self.losses.append((int(vic[i]), int(t[i]), float(amounts[i]), str(to[i]), gang, ftype, int(fraud_num[i])))

    def loan_first(self, r, vic, t, amount):
        """The victim is talked into a consumer loan first; the lender pays into the victim's account."""
        lenders = self.pop.merchants[:6]
        self.w.sink.add("transfers", time=np.asarray(t, np.int64), from_account=lenders[r.integers(0, 6, len(vic))],
                        to_account=self.pop.acct[vic], amount=np.round(amount, 2), currency="CNY",
                        channel="third_party", initiated_msisdn=0)

    def engage(self, vic, t, gang, scheme, fraud_num):
        for i in range(len(vic)):
            fn = int(fraud_num[i]) if np.ndim(fraud_num) else int(fraud_num)
            self.engaged.append((int(vic[i]), int(np.asarray(t)[i] if np.ndim(t) else t), gang, scheme, fn))

    def install(self, vic, t, app, src=None):
        self.w.sink.add("apps", time=np.asarray(t, np.int64), msisdn=self.pop.msisdn[vic], app=app, event="install",
                        source_url=src)

    # ---------------------------------------------------------------- the end: truth, warnings, reports
    def finish(self, gangs_lines):
        w, pop = self.w, self.pop
        r = w.rng("gang:finish")
        self.mules.launder()
        self.market.finish([])
        # victims: those who lost money, and those deep in (a long call, a site, an app) who had not paid yet
        first = {}
        scheme_of = {}
        for v, t, g, s, _f in self.engaged:
            if v not in first or t < first[v]:
                first[v] = t
                scheme_of[v] = (g, s)
        for v, t, _m, _a, g, _ft, _f in self.losses:
            if v not in first:
                first[v] = t
                scheme_of[v] = (g, None)
        vv = sorted(first)
        w.truth("msisdn", pop.msisdn[np.array(vv)], "victim", np.array([scheme_of[v][0] for v in vv], object),
                np.array([scheme_of[v][1] or "" for v in vv], object), np.array([first[v] for v in vv], np.int64))
        if self.losses:
            L = self.losses
            w.sink.add("events", len(L), victim=np.array([str(pop.msisdn[x[0]]) for x in L], object),
                       time=np.array([x[1] for x in L], np.int64), amount=np.array([x[2] for x in L]),
                       to_account=np.array([x[3] for x in L], object))
        self._warnings(r)
        self._reports(r, gangs_lines)

    def _warnings(self, r):
        """96110, the anti-fraud centre, calls people the police learnt were in contact with a fraud number."""
        w, pop = self.w, self.pop
        eng = [(v, t) for v, t, _g, _s, _f in self.engaged if r.random() < 0.35]
        if not eng:
            return
        v = np.array([x[0] for x in eng])
        t = np.array([x[1] for x in eng], np.int64) + r.integers(1800, DAY, len(eng))
        ok = t < END
        v, t = v[ok], t[ok]
        # and ordinary people in the same week (warnings about reported numbers that called them)
        extra = r.choice(pop.pools["elderly"], 150)
        te = T0 + r.integers(0, DAYS * DAY - 3600, 150)
        v = np.concatenate([v, extra])
        t = np.concatenate([t, te])
        k = len(v)
        res, ring, ans = outcome(r, k, 0.7, 0.2)
        dur = np.where(ans, lognorm(r, k, 180, 0.6, 20, 1800), 0).astype(np.int64)
        emit_calls(w, r, np.full(k, 96110, np.int64), pop.msisdn[v], t, dur, res, ring,
                   callee_cell=pop.loc(v, t, r)[0], call_type="fixed")
        pool = w.text([tx.A2P["gov"][3]])
        w.sink.add("sms", send_time=t + 120, sender=np.full(k, 12381, np.int64), receiver=pop.msisdn[v],
                   content=np.full(k, pool[0], np.int32))
        w.truth("msisdn", [96110], "benign", None, "lookalike:anti_fraud_centre_96110", T0)
        w.truth("msisdn", [12381], "benign", None, "lookalike:anti_fraud_warning_sms_12381", T0)

    def _reports(self, r, gangs_lines):
        """Police reports from victims who lost money (some days later, with the number that called them and the
        account they paid), bank reports of mule accounts, users' harassment reports (some about look-alikes),
        and the reports of May's burnt cards."""
        pop = self.pop
        rows = []
        for v, t, m, acc, _g, ft, fnum in self.losses:
            if r.random() < 0.55:
                tr = t + int(r.integers(3600, 4 * DAY))
                if tr < END:
                    if fnum:
                        rows.append((tr, "msisdn", str(fnum), "fraud", ft, m, "police"))
                    rows.append((tr, "msisdn", str(pop.msisdn[v]), "victim", ft, m, "police"))
                    if r.random() < 0.5:
                        rows.append((tr + 7200, "account", acc, "fraud", ft, m, "bank"))
        # users flag numbers that called them (harassment, some fraud)
        for nums, ft, p in gangs_lines:
            for x in nums[r.random(len(nums)) < p].tolist():
                rows.append((T0 + int(r.integers(DAY, DAYS * DAY)), "msisdn", str(x), "fraud", ft, None, "user_report"))
        self.reports = rows

    def write_reports(self, extra_rows):
        rows = self.reports + extra_rows
        if not rows:
            return
        self.w.sink.add("reports", len(rows), time=np.array([x[0] for x in rows], np.int64),
                        entity_type=np.array([x[1] for x in rows], object), entity=np.array([x[2] for x in rows], object),
                        label=np.array([x[3] for x in rows], object), fraud_type=np.array([x[4] for x in rows], object),
                        loss_amount=np.array([np.nan if x[5] is None else x[5] for x in rows], float),
                        source=np.array([x[6] for x in rows], object))


# ------------------------------------------------------------------------------------------ helpers of campaigns
def hooks(r, f: Fraud, res, cidx, dur, k_vic, long_med, long_sig=0.5, pool_ok=None):
    """Turn k answered calls to untaken base subscribers into hooks (long calls); returns their positions."""
    pop = f.pop
    cand = np.flatnonzero((res == "answered") & (cidx >= 0))
    if pool_ok is not None:
        cand = cand[pool_ok[cidx[cand]]]
    cand = cand[~pop.taken[cidx[cand]]]
    _, first = np.unique(cidx[cand], return_index=True)
    cand = cand[np.sort(first)]
    sel = np.sort(r.choice(cand, min(k_vic, len(cand)), replace=False)) if len(cand) else cand
    pop.taken[cidx[sel]] = True
    dur[sel] = lognorm(r, len(sel), long_med, long_sig, 300, 4 * 3600).astype(np.int64)
    return sel


def box_schedule(r, ports, sims_total, days=DAYS, life=(2, 5), start_day=0):
    """Which SIM sits in which port on which day: each port works through a sequence of SIMs."""
    rows = []  # (sim, port, day)
    sim = 0
    for p in range(ports):
        d = start_day + int(r.integers(0, 2))
        while d < days and sim < sims_total:
            ln = int(r.integers(life[0], life[1] + 1))
            for dd in range(d, min(days, d + ln)):
                rows.append((sim, p, dd))
            sim += 1
            d += ln
    a = np.array(rows, np.int64)
    return a[:, 0], a[:, 1], a[:, 2], sim


def leads(r, pop: Pop, pool, k, onnet, fixed=0.0):
    """A leaked list: k numbers, a share of them Shenhai subscribers of the pool."""
    return pop.take_targets(r, pool, k, onnet, fixed)


# ------------------------------------------------------------------------------------------ the gangs
def g01_refund_goip(w, pop, f: Fraud):
    """SH-G01: fake 618 'quality problem compensation' calls from a 16-port GoIP in a Pujiang rental, moved to a
    Zhaoxiang rental on day 7; SIMs swapped every 2-5 days, port IMEIs rewritten to phone TACs every four days;
    leaked order lists; victims sent a refund link, a screen-sharing app, talked into a consumer loan, then pay."""
    r = w.rng("gang:g01")
    gang, scheme, ft = "SH-G01", "refund_618", "customer_service"
    sim, port, day, nsim = box_schedule(r, 16, 80, life=(2, 5))
    need = np.array([T0 + day[sim == s].min() * DAY for s in range(nsim)])
    cards = f.market.take(gang, need)
    act = register_cards(w, pop, r, f.market, cards, gang)
    cells_a = w.place_cells["pujiang"][:2]
    cells_b = w.place_cells["zhaoxiang"][1:3]
    port_imei = w.imei(r, 16 * 4).reshape(16, 4)
    # a call list leaked from a merchant's order system: shoppers, most on other operators
    L_num, L_idx = leads(r, pop, "shoppers", 9000, 0.32)
    rate = r.uniform(28, 46, len(sim))
    k = r.poisson(rate)
    ii = np.repeat(np.arange(len(sim)), k)
    a, d, pt = sim[ii], day[ii], port[ii]
    n = len(a)
    j = r.integers(0, len(L_num), n)
    callee, cidx = L_num[j], L_idx[j]
    res, ring, ans = outcome(r, n, 0.27, 0.35, 0.07)
    dur = np.where(ans, lognorm(r, n, 35, 0.9, 3, 900), 0).astype(np.int64)
    hm = np.zeros(n, bool)
    hm[hooks(r, f, res, cidx, dur, 30, 1500)] = True
    a, d, pt, callee, cidx, res, ring, dur, hm = sorted_events(a, d, pt, callee, cidx, res, ring, dur, hm)
    t = seq_times(r, a, d, ring + dur + 8, start_h=10, end_h=21)
    cell = np.where(d < 7, cells_a[(r.random(n) < 0.2).astype(int)], cells_b[(r.random(n) < 0.2).astype(int)])
    imei = port_imei[pt, np.minimum(d // 4, 3)]
    emit_calls(w, r, act.msisdn[a], callee, t, dur, res, ring, caller_imei=imei, caller_imsi=act.imsi[a],
               caller_cell=cell.astype(np.int32), callee_cell=pop.cell_of(cidx, t, r))
    hk = np.flatnonzero(hm)
    # the box: attach of each SIM in its port at its first day, power cycles when the den moved
    first_day = np.array([day[sim == s].min() for s in range(nsim)])
    fport = np.array([port[sim == s][0] for s in range(nsim)])
    ta = T0 + first_day * DAY + 9 * 3600 + r.integers(0, 1800, nsim)
    ca = np.where(first_day < 7, cells_a[0], cells_b[0]).astype(np.int32)
    for ev, dt in (("power_on", 0), ("attach", 4)):
        w.sink.add("device", time=ta + dt, msisdn=act.msisdn, imsi=act.imsi, imei=port_imei[fport, np.minimum(first_day // 4, 3)],
                   cell=ca, event=ev)
    # callbacks: people calling the number back get no answer
    cbk = np.flatnonzero((res != "answered") & (cidx >= 0) & (r.random(n) < 0.04))
    tb = t[cbk] + r.integers(300, 6 * 3600, len(cbk))
    ok = tb < END
    cbk, tb = cbk[ok], tb[ok]
    rr, rg, aa = outcome(r, len(cbk), 0.15, 0.5)
    act.calls_in(r, a[cbk], tb, callee[cbk], cidx[cbk], rr, rg, np.where(aa, r.integers(5, 30, len(cbk)), 0))
    # follow-up texts with the refund link to a third of the answered
    dom = Domains(w, r, gang, scheme, ["jd-lipei.cn", "tb618-tuikuan.com", "kf-pei618.top"], subs_per=4)
    urls = dom.urls(r, 30)
    pool = w.text(tx.pool(r, tx.FRAUD["refund618"], 40, urls=urls))
    sm = np.flatnonzero(ans & (r.random(n) < 0.3))
    w.sink.add("sms", send_time=t[sm] + dur[sm] + r.integers(20, 200, len(sm)), sender=act.msisdn[a[sm]],
               receiver=callee[sm], content=pool[r.integers(0, len(pool), len(sm))], sender_imei=imei[sm],
               sender_cell=cell[sm].astype(np.int32))
    # the hooked: site, app, loan, payments
    vic = cidx[hk]
    th = t[hk] + dur[hk]
    fnum = act.msisdn[a[hk]]
    dom.visit(r, pop.msisdn[vic], th - dur[hk] // 2)
    app_fake = r.random(len(vic)) < 0.5
    f.install(vic[app_fake], th[app_fake] - 600, "com.kf618.share", "https://" + dom.hosts[0] + "/app.apk")
    f.install(vic[~app_fake], th[~app_fake] - 600, "com.tencent.wemeet")
    f.engage(vic, th - dur[hk], gang, scheme, fnum)
    payers = r.random(len(vic)) < 0.7
    accs = f.mules.accounts_for(gang, 10)
    for i in np.flatnonzero(payers):
        loan = r.random() < 0.5
        tt = int(th[i]) + int(r.integers(300, 3600))
        if loan:
            f.loan_first(r, vic[i:i + 1], [tt], [float(r.integers(8000, 30000))])
        np_ = int(r.integers(1, 4))
        ts = tt + np.cumsum(r.integers(400, 2400, np_))
        f.pay(r, gang, ft, np.full(np_, vic[i]), ts, lognorm(r, np_, 9000, 0.6, 1000, 50000), fnum[i], accs)
    # truth
    f.cards_used.append((act.msisdn, ft, 0.02))
    firsts = np.full(nsim, END, np.int64)
    np.minimum.at(firsts, a, t)
    w.truth("msisdn", act.msisdn, "simbox_sim", gang, scheme, np.minimum(firsts, END - 1))
    w.truth("imei", port_imei.ravel(), "simbox_device", gang, scheme, T0)
    dom.truth()
    return act.msisdn


def g02_campus_loan_voip(w, pop, f: Fraud):
    """SH-G02: fake JD/Alipay customer service 'cancelling your campus-loan account' on a shell company's SIP trunk:
    120 Shanghai numbers of one block, each used a few times a day by 20 seats in rotation; targets students and
    fresh graduates; victims take loans 'to clear the credit record' and pay them on."""
    r = w.rng("gang:g02")
    gang, scheme, ft = "SH-G02", "cancel_campus_loan", "customer_service"
    shell = w.keys(r, 1, "BL")[0]
    nums = w.our_fixed(r, 120, block=6183)
    act = Actor(w, pop, r, 120, line="voip", nums=nums, cust="enterprise", id_keys=np.full(120, shell, object),
                open_time=T0 - r.integers(15, 30, 120) * DAY, channel="STORE-ENTERPRISE", gateway="SIPGW-BS-11")
    L_num, L_idx = leads(r, pop, "students", 7000, 0.38)
    seats = 20
    s_, d = per_day_counts(r, np.full(seats, 30.0), np.where(np.arange(DAYS) >= 11, 0.6, 1.0))
    n = len(s_)
    j = r.integers(0, len(L_num), n)
    callee, cidx = L_num[j], L_idx[j]
    res, ring, ans = outcome(r, n, 0.33, 0.3, 0.05)
    dur = np.where(ans, lognorm(r, n, 45, 1.0, 3, 900), 0).astype(np.int64)
    hm = np.zeros(n, bool)
    hm[hooks(r, f, res, cidx, dur, 22, 2400, pool_ok=pop.grad | (pop.seg == 1))] = True
    s_, d, callee, cidx, res, ring, dur, hm = sorted_events(s_, d, callee, cidx, res, ring, dur, hm)
    t = seq_times(r, s_, d, ring + dur + 10, start_h=9.5, end_h=21)
    line = (s_ * 6 + np.arange(n)) % 120  # each seat cycles through the block
    act.calls_out(r, line, t, callee, cidx, res, ring, dur)
    hk = np.flatnonzero(hm)
    vic = cidx[hk]
    th = t[hk] + dur[hk]
    fnum = nums[line[hk]]
    dom = Domains(w, r, gang, scheme, ["jdjr-zhuxiao.com", "xyd-zx.cn"], subs_per=0)
    dom.visit(r, pop.msisdn[vic], t[hk] + 300)
    f.install(vic, t[hk] + 400, "com.tencent.wemeet")
    f.engage(vic, t[hk], gang, scheme, fnum)
    accs = f.mules.accounts_for(gang, 8)
    for i in range(len(vic)):
        if r.random() < 0.65:
            tt = int(th[i]) + int(r.integers(300, 3000))
            loans = int(r.integers(1, 3))
            amts = lognorm(r, loans, 12000, 0.5, 3000, 40000)
            f.loan_first(r, np.full(loans, vic[i]), tt + np.arange(loans) * 900, amts)
            f.pay(r, gang, ft, np.full(loans, vic[i]), tt + np.arange(loans) * 900 + 600, amts * 0.98 + r.integers(0, 2000, loans),
                  fnum[i], accs)
    firsts = np.full(120, END, np.int64)
    np.minimum.at(firsts, line, t)
    used = firsts < END
    w.truth("msisdn", nums[used], "fixed_voip_line", gang, scheme, firsts[used])
    w.truth("id_key", [shell], "gang_member", gang, scheme, T0)
    dom.truth()
    return nums[used]


def g03_fake_rental(w, pop, f: Fraud):
    """SH-G03: fake graduation sublets near the campuses: listings on Xianyu/58/Xiaohongshu with a bought card each;
    students call in, the 'landlord' calls back and texts the deposit account; the card dies after 3-4 days; two
    handsets carry the eight cards in turn."""
    r = w.rng("gang:g03")
    gang, scheme, ft = "SH-G03", "fake_rental_deposit", "other"
    starts = np.array([0, 0, 3, 4, 7, 8, 10, 11])
    cards = f.market.take(gang, T0 + starts * DAY)
    act = register_cards(w, pop, r, f.market, cards, gang)
    phones = w.imei(r, 2)
    act.imei0 = phones[np.arange(8) % 2]
    for i, pl in enumerate(["zizhu", "xinzhuang", "sjunitown", "chedun", "zizhu", "xinzhuang", "sjunitown", "meilong"]):
        c = w.place_cells[pl]
        act.routes[i] = [c[0], c[0], c[1], c[0]]
    life = r.integers(3, 5, 8)
    rows_a, rows_d = [], []
    for i in range(8):
        for dd in range(starts[i], min(DAYS, starts[i] + life[i])):
            rows_a.append(i)
            rows_d.append(dd)
    la, ld = np.array(rows_a), np.array(rows_d)
    k = r.poisson(14, len(la))
    a = np.repeat(la, k)
    d = np.repeat(ld, k)
    n = len(a)
    t = times_in_days(r, d, "student")
    caller, cidx = pop.take_targets(r, "students", n, 0.4)
    res, ring, ans = outcome(r, n, 0.8, 0.05)
    dur = np.where(ans, lognorm(r, n, 120, 0.7, 10, 1500), 0).astype(np.int64)
    act.calls_in(r, a, t, caller, cidx, res, ring, dur)
    cb = np.flatnonzero(r.random(n) < 0.3)
    res2, ring2, ans2 = outcome(r, len(cb), 0.85)
    tcb = np.minimum(t[cb] + r.integers(600, 7200, len(cb)), END - 60)
    act.calls_out(r, a[cb], tcb, caller[cb], cidx[cb], res2, ring2,
                  np.where(ans2, lognorm(r, len(cb), 180, 0.6, 10, 1500), 0).astype(np.int64))
    # the account details by text
    pool = w.text([f"押一付一，定金{m}元先转到这个账户锁房：{tx.SURNAMES[q % 15]}某 {6200 + q}****{1000 + q}"
                   for q, m in enumerate([1500, 2000, 2500, 3000, 3500, 4000])])
    sm = np.flatnonzero(ans & (r.random(n) < 0.12))
    act.sms_out(r, a[sm], t[sm] + dur[sm] + 300, caller[sm], pool[r.integers(0, len(pool), len(sm))])
    # data and platform accounts on the first day of each card
    aa, dd = la, ld
    tt = times_in_days(r, dd, "student")
    act.device(r, aa, tt, "data_session", lognorm(r, len(aa), 5e6, 1, 1e4, 1e9).astype(np.int64))
    for pl in ("xianyu", "58tongcheng", "xiaohongshu"):
        w.sink.add("internet_accounts", platform=pl, account=w.keys(r, 8, pl[:2] + "_"), msisdn=act.msisdn,
                   register_time=T0 + starts * DAY + r.integers(3600, 6 * 3600, 8), status="active")
    tp = T0 + starts * DAY + 8 * 3600
    act.device(r, np.arange(8), tp, "power_on")
    act.device(r, np.arange(8), tp + 3, "attach")
    # victims: students who called and paid a deposit (some then a month's rent)
    cand = np.flatnonzero(ans & (cidx >= 0) & ~pop.taken[np.maximum(cidx, 0)])
    _, first = np.unique(cidx[cand], return_index=True)
    cand = cand[np.sort(first)]
    sel = np.sort(r.choice(cand, min(16, len(cand)), replace=False))
    pop.taken[cidx[sel]] = True
    vic = cidx[sel]
    fnum = act.msisdn[a[sel]]
    f.engage(vic, t[sel], gang, scheme, fnum)
    accs = f.mules.accounts_for(gang, 6)
    tp = t[sel] + dur[sel] + r.integers(1800, 8 * 3600, len(sel))
    f.pay(r, gang, ft, vic, tp, lognorm(r, len(vic), 3000, 0.3, 1500, 6000), fnum, accs)
    twice = r.random(len(vic)) < 0.4
    f.pay(r, gang, ft, vic[twice], tp[twice] + r.integers(3600, DAY, int(twice.sum())),
          lognorm(r, int(twice.sum()), 4500, 0.3, 2000, 9000), fnum[twice], accs)
    w.truth("msisdn", act.msisdn, "fraud_caller", gang, scheme, T0 + starts * DAY)
    w.truth("imei", phones, "gang_member", gang, scheme, T0)
    return act.msisdn


def g04_job_task(w, pop, f: Fraud):
    """SH-G04: 'offer' texts to graduates from an 8-port SMS cat in a Sijing workshop, three 'HR' handsets calling
    those who reply; a task app pays small commissions first, then asks for bigger and bigger 'orders'."""
    r = w.rng("gang:g04")
    gang, scheme, ft = "SH-G04", "job_offer_task", "part_time_job"
    sim, port, day, nsim = box_schedule(r, 8, 30, life=(3, 6))
    need = np.array([T0 + day[sim == s].min() * DAY for s in range(nsim)])
    cards = f.market.take(gang, need)
    cat = register_cards(w, pop, r, f.market, cards, gang)
    mod = w.imei(r, 8, TAC_MODULE)
    cell = w.place_cells["sijing"][:2]
    dom = Domains(w, r, gang, scheme, ["renwu-jz.com", "hr-offer.vip"], subs_per=3)
    urls = dom.urls(r, 20)
    pool = w.text(tx.pool(r, tx.FRAUD["job"], 60, urls=urls))
    k = r.poisson(85, len(sim))
    ii = np.repeat(np.arange(len(sim)), k)
    a, d, pt = sim[ii], day[ii], port[ii]
    n = len(a)
    t = T0 + d * DAY + r.integers(9 * 3600, 20 * 3600, n)
    recv, ridx = leads(r, pop, "students", n, 0.35)
    w.sink.add("sms", send_time=t, sender=cat.msisdn[a], receiver=recv, content=pool[r.integers(0, len(pool), n)],
               sender_imei=mod[pt], sender_cell=cell[(r.random(n) < 0.15).astype(int)])
    # the HR handsets
    hr_cards = f.market.take(gang, np.full(3, T0 + DAY))
    hr = register_cards(w, pop, r, f.market, hr_cards, gang)
    for i in range(3):
        hr.routes[i] = w.pick_cells(r, ["sijing", "jiuting"], 4)
    rep = np.flatnonzero((ridx >= 0) & (r.random(n) < 0.03))
    tr = t[rep] + r.integers(300, 4 * 3600, len(rep))
    ok = tr < END
    rep, tr = rep[ok], tr[ok]
    who = r.integers(0, 3, len(rep))
    res, ring, ans = outcome(r, len(rep), 0.75)
    dur = np.where(ans, lognorm(r, len(rep), 200, 0.7, 10, 1800), 0).astype(np.int64)
    hr.calls_out(r, who, tr, recv[rep], ridx[rep], res, ring, dur)
    dom.visit(r, recv[rep[ans]], tr[ans] + dur[ans] + 120)
    # victims among those who answered the HR
    okv = np.flatnonzero(ans & ~pop.taken[ridx[rep]])
    _, first = np.unique(ridx[rep[okv]], return_index=True)
    okv = okv[np.sort(first)]
    sel = np.sort(r.choice(okv, min(18, len(okv)), replace=False))
    vic = ridx[rep[sel]]
    pop.taken[vic] = True
    tv = tr[sel] + dur[sel]
    fnum = hr.msisdn[who[sel]]
    f.install(vic, tv + 900, "com.taskhall.jz", "https://" + dom.hosts[0] + "/dl")
    f.engage(vic, tv, gang, scheme, fnum)
    rebate = f.mules.accounts_for(gang + "-rebate", 2)
    accs = f.mules.accounts_for(gang, 8)
    for i in range(len(vic)):
        t0 = int(tv[i]) + 3600
        for q in range(int(r.integers(2, 4))):
            tq = t0 + q * 5400
            if tq < END:
                w.sink.add("transfers", time=np.array([tq]), from_account=rebate[q % 2:q % 2 + 1], to_account=pop.acct[vic[i:i + 1]],
                           amount=np.array([float(r.integers(30, 300))]), currency="CNY", channel="mobile_app")
                dom.visit(r, pop.msisdn[vic[i:i + 1]], [tq - 600])
        if r.random() < 0.8:
            steps = int(r.integers(2, 4))
            amts = np.array([1000, 5000, 15000, 30000][:steps]) * r.uniform(0.7, 1.4, steps)
            f.pay(r, gang, ft, np.full(steps, vic[i]), t0 + 4 * 3600 + np.arange(steps) * int(r.integers(3600, 20000)),
                  amts, fnum[i], accs)
    # the cat's SIMs at boot
    fd = np.array([day[sim == s].min() for s in range(nsim)])
    fp = np.array([port[sim == s][0] for s in range(nsim)])
    w.sink.add("device", time=T0 + fd * DAY + 8 * 3600, msisdn=cat.msisdn, imsi=cat.imsi, imei=mod[fp], cell=cell[0],
               event="attach")
    hr.device(r, np.repeat(np.arange(3), 20), T0 + r.integers(0, DAYS * DAY, 60), "data_session",
              lognorm(r, 60, 3e6, 1, 1e4, 1e9).astype(np.int64))
    w.truth("msisdn", cat.msisdn, "fraud_sms_sender", gang, scheme, T0 + fd * DAY)
    w.truth("imei", mod, "simbox_device", gang, scheme, T0)
    w.truth("msisdn", hr.msisdn, "fraud_caller", gang, scheme, T0 + DAY)
    w.truth("imei", hr.imei0, "gang_member", gang, scheme, T0 + DAY)
    w.truth("app", ["com.taskhall.jz"], "fraud_app", gang, scheme, T0)
    dom.truth()
    return hr.msisdn


def g05_zhongkao_quota(w, pop, f: Fraud):
    """SH-G05: 'admission quota' sellers to zhongkao parents: three consultants of a shell education company with five
    enterprise cards, calling parents from a tutoring-school list, calling back the interested ones for days, a
    registration link, a six-figure 'deposit' to the company's account."""
    r = w.rng("gang:g05")
    gang, scheme, ft = "SH-G05", "zhongkao_quota", "other"
    shell = w.keys(r, 1, "BL")[0]
    act = Actor(w, pop, r, 5, line="mobile", cust="enterprise", id_keys=np.full(5, shell, object),
                open_time=T0 - r.integers(20, 60, 5) * DAY, channel="STORE-XUJIAH-03", places=("xujiahui", "gubei"),
                move="district")
    act.imei0[4] = act.imei0[3]  # one consultant carries two cards in a dual-SIM phone
    L_num, L_idx = leads(r, pop, "parents", 1800, 0.4)
    a, d = per_day_counts(r, np.array([24, 22, 20, 10, 10.0]), np.concatenate([np.full(3, 0.7), np.full(11, 1.1)]))
    n = len(a)
    j = r.integers(0, len(L_num), n)
    callee, cidx = L_num[j], L_idx[j]
    res, ring, ans = outcome(r, n, 0.52, 0.25)
    dur = np.where(ans, lognorm(r, n, 110, 0.9, 5, 1800), 0).astype(np.int64)
    t = times_in_days(r, d, "biz")
    act.calls_out(r, a, t, callee, cidx, res, ring, dur)
    dom = Domains(w, r, gang, scheme, ["sh-zkzb.com", "zkzs-sh.cn"], subs_per=0)
    urls = dom.urls(r, 10)
    pool = w.text(tx.pool(r, tx.FRAUD["quota"], 20, urls=urls))
    sm = np.flatnonzero(ans & (r.random(n) < 0.35))
    act.sms_out(r, a[sm], t[sm] + dur[sm] + 120, callee[sm], pool[r.integers(0, len(pool), len(sm))])
    # interested parents: repeated long calls over several days, a visit, the deposit
    cand = np.flatnonzero(ans & (cidx >= 0) & ~pop.taken[np.maximum(cidx, 0)] & (d <= 9))
    _, first = np.unique(cidx[cand], return_index=True)
    cand = cand[np.sort(first)]
    sel = np.sort(r.choice(cand, min(14, len(cand)), replace=False))
    vic = cidx[sel]
    pop.taken[vic] = True
    fnum = act.msisdn[a[sel]]
    f.engage(vic, t[sel], gang, scheme, fnum)
    accs = np.array(w.keys(r, 1, "MC"), object)
    w.sink.add("bank_accounts", account_id=accs, id_key=np.array([shell], object), bank="SPDB",
               open_time=np.array([T0 - 40 * DAY]), status="active")
    f.mules.assign[gang] = accs
    for i in range(len(vic)):
        nfollow = int(r.integers(2, 6))
        tf = t[sel[i]] + np.cumsum(r.integers(DAY // 2, 2 * DAY, nfollow))
        tf = tf[tf < END - 3600]
        kk = len(tf)
        act.calls_out(r, np.full(kk, a[sel[i]]), tf, np.full(kk, callee[sel[i]]), np.full(kk, vic[i]),
                      np.full(kk, "answered", object), r.integers(3, 10, kk),
                      lognorm(r, kk, 600, 0.5, 60, 3600).astype(np.int64))
        dom.visit(r, pop.msisdn[vic[i:i + 1]], [t[sel[i]] + 3600])
        if i < 8 and kk:
            tp = int(tf[-1]) + int(r.integers(3600, 20 * 3600))
            np_ = int(r.integers(1, 3))
            f.pay(r, gang, ft, np.full(np_, vic[i]), tp + np.arange(np_) * DAY, lognorm(r, np_, 50000, 0.4, 20000, 150000),
                  fnum[i], accs, channel="counter" if r.random() < 0.3 else "mobile_app")
    w.truth("msisdn", act.msisdn, "fraud_caller", gang, scheme, T0)
    w.truth("imei", np.unique(act.imei0), "gang_member", gang, scheme, T0)
    w.truth("id_key", [shell], "gang_member", gang, scheme, T0)
    w.truth("account", accs, "mule_account", gang, scheme, T0)
    dom.truth()
    return act.msisdn


def g06_flight_cat_car(w, pop, f: Fraud):
    """SH-G06: fake Dragon Boat flight cancellations: a 16-port SMS cat in a car touring the Hongqiao hub, Xujiahui,
    Pudong airport and Chuansha; numbers scanned in blocks; a 'refund hotline' of three handsets in a Gucun room takes
    the victims' calls."""
    r = w.rng("gang:g06")
    gang, scheme, ft = "SH-G06", "flight_cancel_refund", "customer_service"
    sim, port, day, nsim = box_schedule(r, 16, 48, life=(2, 3), start_day=5)
    need = np.array([T0 + day[sim == s].min() * DAY for s in range(nsim)])
    cards = f.market.take(gang, need)
    cat = register_cards(w, pop, r, f.market, cards, gang)
    mod = w.imei(r, 16, TAC_MODULE)
    route = w.pick_cells(r, ["hongqiaohub", "hongqiaoapt", "xujiahui", "gubei", "pvg", "chuansha", "zhangjiang",
                             "hongqiaohub", "sanlin", "pvg"], 10)
    hot_cards = f.market.take(gang, np.full(3, T0 + 5 * DAY))
    hot = register_cards(w, pop, r, f.market, hot_cards, gang)
    hot.routes[:] = np.array([w.place_cells["gucun"][0]] * 3 + [w.place_cells["gucun"][1]])[None, :]
    dom = Domains(w, r, gang, scheme, ["mu-tuigai.com", "hx-airservice.cn", "ceair-pc.top"], subs_per=3)
    urls = dom.urls(r, 30)
    pool = w.text(tx.pool(r, tx.FRAUD["flight"], 80, urls=urls, phones=[str(x)[2:] for x in hot.msisdn.tolist()]))
    k = r.poisson(190, len(sim))
    ii = np.repeat(np.arange(len(sim)), k)
    a, d, pt = sim[ii], day[ii], port[ii]
    n = len(a)
    t = T0 + d * DAY + r.integers(8 * 3600, 21 * 3600, n)
    cell = route[((t // 2400) % len(route))]
    # receivers: blocks of consecutive numbers (Shenhai's and others')
    on = r.random(n) < 0.3
    recv = np.empty(n, np.int64)
    ridx = np.full(n, -1, np.int64)
    order = np.argsort(pop.msisdn)
    startb = r.integers(0, len(order) - 400, n)
    pos = (startb // 400) * 400 + (np.arange(n) % 400)
    pos = np.minimum(pos, len(order) - 1)
    ridx[on] = order[pos[on]]
    recv[on] = pop.msisdn[ridx[on]]
    blk = np.array([86139, 86138, 86158, 86189, 86133, 86186], np.int64)[r.integers(0, 6, n)]
    recv[~on] = blk[~on] * 10 ** 8 + (r.integers(0, 10 ** 4, n)[~on] * 10 ** 4) + (np.arange(n)[~on] % 10 ** 4)
    w.sink.add("sms", send_time=t, sender=cat.msisdn[a], receiver=recv, content=pool[r.integers(0, len(pool), n)],
               sender_imei=mod[pt], sender_cell=cell)
    # callers to the hotline: a few receivers call; the hooked stay on long
    cb = np.flatnonzero((ridx >= 0) & (r.random(n) < 0.006))
    tc = t[cb] + r.integers(120, 5 * 3600, len(cb))
    ok = tc < END
    cb, tc = cb[ok], tc[ok]
    who = r.integers(0, 3, len(cb))
    res, ring, ans = outcome(r, len(cb), 0.85, 0.05)
    dur = np.where(ans, lognorm(r, len(cb), 90, 0.8, 10, 1200), 0).astype(np.int64)
    hk = hooks(r, f, res, ridx[cb], dur, 14, 1800)
    hot.calls_in(r, who, tc, recv[cb], ridx[cb], res, ring, dur)
    vic = ridx[cb[hk]]
    th = tc[hk] + dur[hk]
    fnum = hot.msisdn[who[hk]]
    dom.visit(r, pop.msisdn[vic], tc[hk] + 300)
    clickers = np.flatnonzero((ridx >= 0) & (r.random(n) < 0.004))
    clickers = clickers[~pop.taken[ridx[clickers]]]
    dom.visit(r, recv[clickers], t[clickers] + r.integers(60, 3600, len(clickers)))
    f.engage(ridx[clickers], t[clickers], gang, scheme, cat.msisdn[a[clickers]])
    pop.taken[ridx[clickers]] = True
    f.install(vic, th - 600, "com.tencent.wemeet")
    f.engage(vic, tc[hk], gang, scheme, fnum)
    accs = f.mules.accounts_for(gang, 8)
    for i in range(len(vic)):
        if r.random() < 0.75:
            np_ = int(r.integers(1, 4))
            f.pay(r, gang, ft, np.full(np_, vic[i]), int(th[i]) + np.cumsum(r.integers(300, 1800, np_)),
                  lognorm(r, np_, 6000, 0.7, 500, 40000), fnum[i], accs)
    fd = np.array([day[sim == s].min() for s in range(nsim)])
    fp = np.array([port[sim == s][0] for s in range(nsim)])
    tb = T0 + fd * DAY + 8 * 3600 - r.integers(0, 900, nsim)
    w.sink.add("device", time=tb, msisdn=cat.msisdn, imsi=cat.imsi, imei=mod[fp], cell=route[(tb // 2400) % 10],
               event="attach")
    td = T0 + np.arange(5, 14) * DAY
    aa = np.repeat(np.arange(len(sim)), 6)
    tt = T0 + day[aa] * DAY + r.integers(8 * 3600, 21 * 3600, len(aa))
    w.sink.add("device", time=tt, msisdn=cat.msisdn[sim[aa]], imsi=cat.imsi[sim[aa]], imei=mod[port[aa]],
               cell=route[(tt // 2400) % 10], event="location_update")
    del td
    w.truth("msisdn", cat.msisdn, "fraud_sms_sender", gang, scheme, T0 + fd * DAY)
    w.truth("imei", mod, "simbox_device", gang, scheme, T0 + 5 * DAY)
    w.truth("msisdn", hot.msisdn, "fraud_caller", gang, scheme, T0 + 5 * DAY)
    w.truth("imei", hot.imei0, "gang_member", gang, scheme, T0 + 5 * DAY)
    dom.truth()
    return hot.msisdn


def g07_pig_butchering(w, pop, f: Fraud):
    """SH-G07: 'pig-butchering' handlers with Shanghai cards roaming in Cambodia: a few long evening calls (some video)
    with each mark over the fortnight, a trading app from a .vip site, a small withdrawal to build trust, then
    escalating deposits."""
    r = w.rng("gang:g07")
    gang, scheme, ft = "SH-G07", "pig_butchering", "investment"
    cards = f.market.take(gang, np.full(5, T0 - 10 * DAY), prefer=["outside"])
    act = register_cards(w, pop, r, f.market, cards, gang)
    act.roam = "KH"
    act.roam_days = None
    phones = w.imei(r, 3)
    act.imei0 = phones[np.arange(5) % 3]
    marks = f.victims(r, "midage", 22, filt=~pop.parent_zk)
    h = r.integers(0, 5, len(marks))
    dom = Domains(w, r, gang, scheme, ["hx-global.vip", "hxgl-trade.com"], subs_per=2)
    for i, v in enumerate(marks.tolist()):
        start = int(r.integers(0, 5))
        days = np.arange(start, DAYS)
        days = days[r.random(len(days)) < 0.55]
        k = len(days)
        t = T0 + days * DAY + r.integers(19 * 3600, 23 * 3600, k)
        dur = lognorm(r, k, 1200, 0.6, 120, 7200).astype(np.int64)
        media = np.where(r.random(k) < 0.2, "video", "voice").astype(object)
        res = np.full(k, "answered", object)
        inbound = r.random(k) < 0.3
        aa = np.full(k, h[i])
        vv = np.full(k, v)
        act.calls_out(r, aa[~inbound], t[~inbound], pop.msisdn[vv[~inbound]], vv[~inbound], res[~inbound],
                      r.integers(3, 12, int((~inbound).sum())), dur[~inbound], media[~inbound])
        act.calls_in(r, aa[inbound], t[inbound], pop.msisdn[vv[inbound]], vv[inbound], res[inbound],
                     r.integers(3, 12, int(inbound.sum())), dur[inbound])
        if k == 0:
            continue
        f.engage([v], [t[0]], gang, scheme, [act.msisdn[h[i]]])
        if i < 14 and k >= 3:
            ti = int(t[1]) + 3600
            f.install(np.array([v]), [ti], "com.hxglobal.trade", "https://" + dom.hosts[0] + "/download")
            ad, ddd = per_day_counts(r, np.array([1.5]), (np.arange(DAYS) >= (ti - T0) // DAY).astype(float))
            tt = times_in_days(r, ddd, "evening")
            dom.visit(r, np.full(len(tt), pop.msisdn[v]), tt)
            w.sink.add("apps", time=tt, msisdn=np.full(len(tt), pop.msisdn[v]), app="com.hxglobal.trade", event="use")
            steps = int(r.integers(2, 5))
            tp = ti + np.cumsum(r.integers(DAY // 2, 3 * DAY, steps))
            amts = np.array([5000, 20000, 50000, 120000])[:steps] * r.uniform(0.8, 1.5, steps)
            accs = f.mules.accounts_for(gang, 8)
            f.pay(r, gang, ft, np.full(steps, v), tp, amts, act.msisdn[h[i]], accs)
            wd = ti + DAY + 7200
            if wd < END:
                w.sink.add("transfers", time=np.array([wd]), from_account=accs[:1], to_account=pop.acct[[v]],
                           amount=np.array([float(r.integers(300, 1500))]), currency="CNY", channel="mobile_app")
    a = np.repeat(np.arange(5), 30)
    t = T0 + r.integers(0, DAYS * DAY, len(a))
    act.device(r, a, t, "data_session", lognorm(r, len(a), 2e7, 1, 1e5, 2e9).astype(np.int64))
    act.device(r, np.arange(5), np.full(5, T0 + 3600), "attach")
    w.truth("msisdn", act.msisdn, "fraud_caller", gang, scheme, T0)
    w.truth("imei", phones, "gang_member", gang, scheme, T0)
    w.truth("app", ["com.hxglobal.trade"], "fraud_app", gang, scheme, T0)
    dom.truth()
    return act.msisdn


def g08_police_relay(w, pop, f: Fraud):
    """SH-G08: fake police and procuratorate ('your ID is in a money-laundering case') through relay phones (手机口):
    four recruits in budget hotels of Baoshan, Putuo, Hongkou and Jing'an, hotel changed every 2-3 days; phone A dials
    the victim and is held to phone B, which carries the overseas caller over a data call; A's card is changed every
    few days. Victims are kept on the line for an hour and more, install a fake 'procuratorate' app, pay at the
    counter or in the app."""
    r = w.rng("gang:g08")
    gang, scheme, ft = "SH-G08", "impersonate_police", "impersonate_police"
    ops = 4
    hotels = ["dachang", "zhenru", "quyang", "pengpu", "xinzhuang", "gucun", "changshou", "daning"]
    sims_a = []  # (op, first day, last day)
    for o in range(ops):
        dd = int(r.integers(0, 2))
        while dd < DAYS:
            ln = int(r.integers(2, 4))
            sims_a.append((o, dd, min(DAYS, dd + ln) - 1))
            dd += ln
    sa = np.array(sims_a)
    cards = f.market.take(gang, T0 + sa[:, 1] * DAY)
    A = register_cards(w, pop, r, f.market, cards, gang)
    phoneA = w.imei(r, ops)
    A.imei0 = phoneA[sa[:, 0]]
    bcards = f.market.take(gang, np.full(ops, T0 - DAY))
    B = register_cards(w, pop, r, f.market, bcards, gang)
    hotel_day = np.array([[w.place_cells[hotels[(o * 3 + dd // 3) % len(hotels)]][0] for dd in range(DAYS)]
                          for o in range(ops)], np.int32)
    rows = []
    for si, (o, d0, d1) in enumerate(sims_a):
        for dd in range(d0, d1 + 1):
            rows.append((si, o, dd))
    ra = np.array(rows)
    k = r.poisson(42, len(ra))
    ii = np.repeat(np.arange(len(ra)), k)
    s_, o_, d_ = ra[ii, 0], ra[ii, 1], ra[ii, 2]
    n = len(s_)
    L_num, L_idx = leads(r, pop, "elderly", 6000, 0.36)
    M_num, M_idx = leads(r, pop, "midage", 3000, 0.36)
    use_m = r.random(n) < 0.35
    j = r.integers(0, 6000, n)
    jm = r.integers(0, 3000, n)
    callee = np.where(use_m, M_num[jm], L_num[j])
    cidx = np.where(use_m, M_idx[jm], L_idx[j])
    res, ring, ans = outcome(r, n, 0.34, 0.3, 0.05)
    dur = np.where(ans, lognorm(r, n, 70, 1.1, 3, 1800), 0).astype(np.int64)
    hm = np.zeros(n, bool)
    hm[hooks(r, f, res, cidx, dur, 18, 3600, long_sig=0.4)] = True
    s_, d_, o_, callee, cidx, res, ring, dur, hm = sorted_events(s_, d_, o_, callee, cidx, res, ring, dur, hm)
    t = seq_times(r, s_, d_, ring + dur + 20, start_h=9, end_h=20)
    cell = hotel_day[o_, d_]
    emit_calls(w, r, A.msisdn[s_], callee, t, dur, res, ring, caller_imei=A.imei0[s_], caller_imsi=A.imsi[s_],
               caller_cell=cell, callee_cell=pop.cell_of(cidx, t, r))
    # phone B: a data call for every answered call, in the same room
    an = np.flatnonzero(res == "answered")
    w.sink.add("device", time=t[an] - 5, msisdn=B.msisdn[o_[an]], imsi=B.imsi[o_[an]], imei=B.imei0[o_[an]],
               cell=cell[an], event="data_session", bytes=(dur[an] * r.uniform(6000, 11000, len(an))).astype(np.int64))
    # device: each A card powers on in its hotel
    first = np.array([T0 + d0 * DAY + 8 * 3600 for (_o, d0, _d1) in sims_a])
    w.sink.add("device", time=first, msisdn=A.msisdn, imsi=A.imsi, imei=A.imei0,
               cell=hotel_day[sa[:, 0], sa[:, 1]], event="power_on")
    hk = np.flatnonzero(hm)
    vic = cidx[hk]
    th = t[hk] + dur[hk]
    fnum = A.msisdn[s_[hk]]
    dom = Domains(w, r, gang, scheme, ["sh-jcy-ajcx.com", "spp-aqzx.cn"], subs_per=2)
    dom.visit(r, pop.msisdn[vic], t[hk] + 1200)
    f.install(vic, t[hk] + 1500, "com.gaj.anquan", "https://" + dom.hosts[0] + "/aq.apk")
    f.engage(vic, t[hk], gang, scheme, fnum)
    # victims switch their phones off for 'confidentiality' after the call
    cv = pop.loc(vic, th + 60, r)[0]
    w.sink.add("device", time=th + 60, msisdn=pop.msisdn[vic], imsi=pop.imsi[vic], imei=pop.imei_at(vic, th), cell=cv,
               event="power_off")
    accs = f.mules.accounts_for(gang, 8)
    for i in range(len(vic)):
        if r.random() < 0.6:
            np_ = int(r.integers(1, 4))
            ch = "counter" if r.random() < 0.4 else "mobile_app"
            f.pay(r, gang, ft, np.full(np_, vic[i]), int(th[i]) + np.cumsum(r.integers(1800, 6 * 3600, np_)),
                  lognorm(r, np_, 60000, 0.7, 5000, 400000), fnum[i], accs, channel=ch)
    w.truth("msisdn", A.msisdn, "fraud_caller", gang, scheme, first)
    w.truth("msisdn", B.msisdn, "gang_member", gang, scheme, T0)
    w.truth("imei", np.concatenate([phoneA, B.imei0]), "gang_member", gang, scheme, T0)
    w.truth("app", ["com.gaj.anquan"], "fraud_app", gang, scheme, T0)
    dom.truth()
    return A.msisdn


def g09_faceswap(w, pop, f: Fraud):
    """SH-G09: AI face-swap 'boss' (and 'grandson') video calls from one-shot cards: a text 'this is my new number',
    a short video call with the borrowed face, a voice call, a transfer to a 'supplier'; each card is used on one or two
    targets within a day and dropped; four handsets near Hongqiao carry them."""
    r = w.rng("gang:g09")
    gang, scheme, ft = "SH-G09", "ai_faceswap_boss", "acquaintance"
    targets = np.concatenate([f.victims(r, "finance", 12), f.victims(r, "elderly", 6)])
    kinds = np.array([0] * 12 + [1] * 6)
    use_day = np.sort(r.integers(1, 13, len(targets)))
    ncard = 12
    card_of = np.minimum(np.arange(len(targets)) * ncard // len(targets), ncard - 1)
    need = np.array([T0 + use_day[card_of == c].min() * DAY for c in range(ncard)])
    cards = f.market.take(gang, need, prefer=["outside", "campus"])
    act = register_cards(w, pop, r, f.market, cards, gang)
    phones = w.imei(r, 4)
    act.imei0 = phones[np.arange(ncard) % 4]
    act.routes[:] = w.pick_cells(r, ["hongqiaohub", "gubei", "qibao"], 4)[None, :]
    boss = w.text(tx.pool(r, tx.FRAUD["boss"][:1], 20))
    kin = w.text(tx.FRAUD["kin"])
    sup = w.keys(r, 3, "MC")
    w.sink.add("bank_accounts", account_id=sup, id_key=w.keys(r, 3, "BL"), bank="CCB",
               open_time=T0 - r.integers(20, 80, 3) * DAY, status="active")
    f.mules.assign[gang] = sup
    for i, v in enumerate(targets.tolist()):
        c = card_of[i]
        t0 = T0 + use_day[i] * DAY + int(r.integers(9 * 3600, 16 * 3600))
        act.sms_out(r, np.array([c]), np.array([t0]), pop.msisdn[[v]],
                    np.array([boss[int(r.integers(len(boss)))] if kinds[i] == 0 else kin[int(r.integers(len(kin)))]]))
        tv = t0 + int(r.integers(600, 2400))
        act.calls_out(r, np.array([c]), np.array([tv]), pop.msisdn[[v]], np.array([v]), np.array(["answered"], object),
                      np.array([6]), np.array([int(r.integers(15, 50))]), np.array(["video"], object))
        act.calls_out(r, np.array([c]), np.array([tv + 300]), pop.msisdn[[v]], np.array([v]),
                      np.array(["answered"], object), np.array([5]), np.array([int(r.integers(60, 240))]))
        f.engage([v], [tv], gang, scheme, [act.msisdn[c]])
        if r.random() < 0.6:
            amt = lognorm(r, 1, 180000 if kinds[i] == 0 else 30000, 0.5, 10000, 600000)
            f.pay(r, gang, ft, [v], [tv + int(r.integers(1200, 5400))], amt, act.msisdn[c], sup)
        else:
            # the careful ones call the real boss back on the old number
            emit_calls(w, r, pop.msisdn[[v]], offnet_mobile(r, 1), np.array([tv + 900]), np.array([90]),
                       np.array(["answered"], object), np.array([5]), caller_imei=pop.imei_at(np.array([v]), np.array([tv])),
                       caller_imsi=pop.imsi[[v]], caller_cell=pop.loc(np.array([v]), np.array([tv]), r)[0])
    w.sink.add("device", time=need - 3600, msisdn=act.msisdn, imsi=act.imsi, imei=act.imei0, cell=act.routes[:, 0],
               event="attach")
    w.truth("msisdn", act.msisdn, "fraud_caller", gang, scheme, need)
    w.truth("imei", phones, "gang_member", gang, scheme, T0)
    w.truth("account", sup, "mule_account", gang, scheme, T0)
    return act.msisdn


def g10_loan_goip_van(w, pop, f: Fraud):
    """SH-G10: fake no-collateral loans from an 8-port GoIP in a van touring the edge of Songjiang, Qingpu and
    Jinshan (a stop of 30-90 minutes, then on); village cards; 'unfreezing', 'membership' and 'insurance' fees paid in
    small instalments; a fake loan app."""
    r = w.rng("gang:g10")
    gang, scheme, ft = "SH-G10", "fake_loan", "loan"
    sim, port, day, nsim = box_schedule(r, 8, 50, life=(2, 4))
    need = np.array([T0 + day[sim == s].min() * DAY for s in range(nsim)])
    cards = f.market.take(gang, need, prefer=["village", "migrant"])
    act = register_cards(w, pop, r, f.market, cards, gang)
    port_imei = w.imei(r, 8 * 2).reshape(8, 2)
    stops = w.cells_in(["sijing", "jiuting", "chedun", "zhaoxiang", "huaxin", "zhujiajiao", "zhujing", "fengjing",
                        "songjiangold", "xujing"])
    L_num, L_idx = leads(r, pop, "workers", 8000, 0.3)
    k = r.poisson(52, len(sim))
    ii = np.repeat(np.arange(len(sim)), k)
    a, d, pt = sim[ii], day[ii], port[ii]
    n = len(a)
    j = r.integers(0, len(L_num), n)
    callee, cidx = L_num[j], L_idx[j]
    res, ring, ans = outcome(r, n, 0.26, 0.3, 0.06)
    dur = np.where(ans, lognorm(r, n, 40, 0.9, 3, 900), 0).astype(np.int64)
    hm = np.zeros(n, bool)
    hm[hooks(r, f, res, cidx, dur, 20, 900, pool_ok=np.isin(pop.seg, [3, 4, 5]))] = True
    a, d, pt, callee, cidx, res, ring, dur, hm = sorted_events(a, d, pt, callee, cidx, res, ring, dur, hm)
    t = seq_times(r, a, d, ring + dur + 6, start_h=9.5, end_h=19)
    stop_len = 3600
    si = (t // stop_len + d * 7) % len(stops)
    cell = stops[si]
    imei = port_imei[pt, (d >= 7).astype(int)]
    emit_calls(w, r, act.msisdn[a], callee, t, dur, res, ring, caller_imei=imei, caller_imsi=act.imsi[a],
               caller_cell=cell, callee_cell=pop.cell_of(cidx, t, r))
    # every SIM in the box reports the van's moves
    mv = np.repeat(np.arange(len(sim)), 6)
    tm = T0 + day[mv] * DAY + int(9.5 * 3600) + np.tile(np.arange(6), len(sim)) * 5400 + r.integers(0, 600, len(mv))
    w.sink.add("device", time=tm, msisdn=act.msisdn[sim[mv]], imsi=act.imsi[sim[mv]],
               imei=port_imei[port[mv], (day[mv] >= 7).astype(int)], cell=stops[(tm // stop_len + day[mv] * 7) % len(stops)],
               event="location_update")
    hk = np.flatnonzero(hm)
    vic = cidx[hk]
    th = t[hk] + dur[hk]
    fnum = act.msisdn[a[hk]]
    dom = Domains(w, r, gang, scheme, ["xyd-loan.cc", "kdk-jk.top"], subs_per=3)
    dom.visit(r, pop.msisdn[vic], th + 300)
    f.install(vic, th + 600, "com.xinyidai.loan", "https://" + dom.hosts[0] + "/xyd.apk")
    f.engage(vic, t[hk], gang, scheme, fnum)
    accs = f.mules.accounts_for(gang, 10)
    for i in range(len(vic)):
        if r.random() < 0.75:
            np_ = int(r.integers(2, 6))
            f.pay(r, gang, ft, np.full(np_, vic[i]), int(th[i]) + np.cumsum(r.integers(1800, 8 * 3600, np_)),
                  lognorm(r, np_, 1800, 0.6, 300, 9000), fnum[i], accs)
    firsts = np.full(nsim, END, np.int64)
    np.minimum.at(firsts, a, t)
    w.truth("msisdn", act.msisdn, "simbox_sim", gang, scheme, np.minimum(firsts, END - 1))
    w.truth("imei", port_imei.ravel(), "simbox_device", gang, scheme, T0)
    w.truth("app", ["com.xinyidai.loan"], "fraud_app", gang, scheme, T0)
    dom.truth()
    return act.msisdn


def g11_phishing_cat(w, pop, f: Fraud):
    """SH-G11: an SMS cat of 20 ports in a Gucun flat (moved to Jiading new town on day 8) sending ETC, '618 points',
    electricity-bill and medical-insurance phishing with wildcard links; SIMs last three days; the victims type their
    card and the code into the site and the money leaves from another device."""
    r = w.rng("gang:g11")
    gang, scheme, ft = "SH-G11", "sms_phishing", "other"
    sim, port, day, nsim = box_schedule(r, 20, 110, life=(2, 3))
    need = np.array([T0 + day[sim == s].min() * DAY for s in range(nsim)])
    cards = f.market.take(gang, need)
    st = np.full(nsim, "active", object)
    stt = np.zeros(nsim, np.int64)
    last = np.array([day[sim == s].max() for s in range(nsim)])
    cut = r.random(nsim) < 0.3  # the anti-spam system stopped some
    st[cut] = "suspended"
    stt[cut] = T0 + (last[cut] + 1) * DAY - r.integers(3600, 6 * 3600, int(cut.sum()))
    cat = register_cards(w, pop, r, f.market, cards, gang, status=st, status_time=stt)
    mod = w.imei(r, 20, TAC_MODULE)
    ca = w.place_cells["gucun"][2:4]
    cb = w.place_cells["jiadingnew"][:2]
    dom = Domains(w, r, gang, scheme, ["etc-rz.top", "sgcc-dfhy.cn", "jfdh618.com", "ybrz-sh.top"], subs_per=6)
    urls = dom.urls(r, 60)
    pool = w.text(tx.pool(r, tx.FRAUD["phish"], 150, urls=urls))
    k = r.poisson(150, len(sim))
    ii = np.repeat(np.arange(len(sim)), k)
    a, d, pt = sim[ii], day[ii], port[ii]
    n = len(a)
    t = T0 + d * DAY + r.integers(8 * 3600, 22 * 3600, n)
    recv, ridx = pop.take_targets(r, "all", n, 0.3)
    cell = np.where(d < 8, ca[(r.random(n) < 0.2).astype(int)], cb[(r.random(n) < 0.2).astype(int)]).astype(np.int32)
    w.sink.add("sms", send_time=t, sender=cat.msisdn[a], receiver=recv, content=pool[r.integers(0, len(pool), n)],
               sender_imei=mod[pt], sender_cell=cell)
    fd = np.array([day[sim == s].min() for s in range(nsim)])
    fp = np.array([port[sim == s][0] for s in range(nsim)])
    ta = T0 + fd * DAY + 7 * 3600 + r.integers(0, 1200, nsim)
    w.sink.add("device", time=ta, msisdn=cat.msisdn, imsi=cat.imsi, imei=mod[fp],
               cell=np.where(fd < 8, ca[0], cb[0]).astype(np.int32), event="attach")
    # clickers; some type in card and code; the money leaves
    cl = np.flatnonzero((ridx >= 0) & (r.random(n) < 0.005))
    cl = cl[~pop.taken[ridx[cl]]]
    _, first = np.unique(ridx[cl], return_index=True)
    cl = cl[np.sort(first)]
    pop.taken[ridx[cl]] = True
    tcl = t[cl] + r.integers(60, 5 * 3600, len(cl))
    okc = tcl < END - 3600
    cl, tcl = cl[okc], tcl[okc]
    vic = ridx[cl]
    dom.visit(r, pop.msisdn[vic], tcl)
    f.engage(vic, tcl, gang, scheme, cat.msisdn[a[cl]])
    lose = r.random(len(vic)) < 0.45
    accs = f.mules.accounts_for(gang, 10)
    code = w.text(tx.pool(r, tx.A2P["code"][:1], 30))
    for i in np.flatnonzero(lose):
        tt = int(tcl[i]) + int(r.integers(300, 1800))
        bank = BANK_SMS[pop.bank[vic[i]]]
        w.sink.add("sms", send_time=np.array([tt - 60]), sender=np.array([bank]), receiver=pop.msisdn[vic[i:i + 1]],
                   content=code[int(r.integers(len(code)))])
        np_ = int(r.integers(1, 4))
        f.pay(r, gang, ft, np.full(np_, vic[i]), tt + np.cumsum(r.integers(60, 600, np_)),
              lognorm(r, np_, 7000, 0.7, 500, 49000), cat.msisdn[a[cl[i]]], accs, channel="third_party",
              initiated=np.zeros(np_, bool))
    # May: the cat's earlier cards, burnt and reported
    old = f.market.take(gang, np.full(20, T0 - 15 * DAY))
    oldc = register_cards(w, pop, r, f.market, old, gang, status=np.full(20, "suspended", object),
                          status_time=T0 - r.integers(2, 20, 20) * DAY)
    f.pre_reports = [(int(T0 - int(r.integers(3, 25)) * DAY), "msisdn", str(x), "fraud", "other", None, "user_report")
                     for x in oldc.msisdn.tolist()]
    f.pre_lists = [("domain", "etc-renzheng.top"), ("domain", "sgcc-fwzx.cn"), ("domain", "jfdh-618.top")]
    w.truth("msisdn", oldc.msisdn, "fraud_sms_sender", gang, scheme, T0 - 20 * DAY)
    w.truth("msisdn", cat.msisdn, "fraud_sms_sender", gang, scheme, T0 + fd * DAY)
    w.truth("imei", mod, "simbox_device", gang, scheme, T0)
    dom.truth()
    return cat.msisdn


def g14_operator_robocall(w, pop, f: Fraud):
    """SH-G14: 'your number will be suspended for real-name checks, press 1' robocalls through a SIP trunk with
    spoofed Shanghai numbers (not assigned to anyone), 3,000 a day, 10-25 s recordings; those who press 1 get an
    agent on a second number from the same trunk; a 'verification deposit'."""
    r = w.rng("gang:g14")
    gang, scheme, ft = "SH-G14", "operator_robocall", "customer_service"
    a_, d = per_day_counts(r, np.array([2900.0]), np.where(np.arange(DAYS) < 11, 1.0, 0.4))
    n = len(d)
    spool = 8621 * 10 ** 8 + r.choice([3, 5], 500) * 10 ** 7 + r.integers(0, 10 ** 7, 500)
    spoof = spool[r.integers(0, 500, n)]
    callee, cidx = pop.take_targets(r, "all", n, 0.35)
    res, ring, ans = outcome(r, n, 0.22, 0.25, 0.08)
    dur = np.where(ans, r.integers(6, 26, n), 0).astype(np.int64)
    t = times_in_days(r, d, "callcentre")
    emit_calls(w, r, spoof, callee, t, dur, res, ring, callee_cell=pop.cell_of(cidx, t, r), call_type="voip",
               gateway="SIPGW-QP-12")
    # press 1: an agent calls within minutes from a few fixed numbers of the trunk
    agents = 8621 * 10 ** 8 + 57000000 + r.integers(0, 10 ** 6, 6)
    p1 = np.flatnonzero(ans & (cidx >= 0) & (dur > 15) & (r.random(n) < 0.02))
    tp = t[p1] + dur[p1] + r.integers(60, 600, len(p1))
    ok = tp < END - 3600
    p1, tp = p1[ok], tp[ok]
    res2, ring2, ans2 = outcome(r, len(p1), 0.8)
    dur2 = np.where(ans2, lognorm(r, len(p1), 240, 0.8, 20, 2400), 0).astype(np.int64)
    hk = hooks(r, f, res2, cidx[p1], dur2, 8, 1500)
    ag = agents[r.integers(0, 6, len(p1))]
    emit_calls(w, r, ag, callee[p1], tp, dur2, res2, ring2, callee_cell=pop.cell_of(cidx[p1], tp, r), call_type="voip",
               gateway="SIPGW-QP-12")
    vic = cidx[p1[hk]]
    th = tp[hk] + dur2[hk]
    f.engage(vic, tp[hk], gang, scheme, ag[hk])
    accs = f.mules.accounts_for(gang, 5)
    pays = r.random(len(vic)) < 0.7
    f.pay(r, gang, ft, vic[pays], th[pays] + r.integers(600, 3600, int(pays.sum())),
          lognorm(r, int(pays.sum()), 3000, 0.6, 500, 20000), ag[hk][pays], accs)
    used = np.unique(agents[np.isin(agents, ag)])
    w.truth("msisdn", used, "fixed_voip_line", gang, scheme, T0)
    # the spoofed display numbers are nobody's lines (not in subscribers)
    sp, first = np.unique(spoof, return_index=True)
    w.truth("msisdn", sp, "fixed_voip_line", gang, scheme, t[first])
    return used


def g15_parcel_intl(w, pop, f: Fraud):
    """SH-G15: fake courier 'lost parcel compensation' calls from abroad (Philippine and Cambodian numbers, each used
    once to three times), peaking after 618; the hooked share their screen in a meeting app and pay 'deposit
    verification'."""
    r = w.rng("gang:g15")
    gang, scheme, ft = "SH-G15", "lost_parcel_claim", "customer_service"
    _, d = per_day_counts(r, np.array([240.0]), DAYW618)
    n = len(d)
    pool_n = n // 4
    cc = r.choice([63, 855, 60], pool_n, p=[0.5, 0.35, 0.15])
    nums = cc * 10 ** 9 + r.integers(10 ** 8, 10 ** 9, pool_n)
    caller = nums[r.integers(0, pool_n, n)]
    callee, cidx = leads(r, pop, "shoppers", n, 1.0)
    res, ring, ans = outcome(r, n, 0.3, 0.35, 0.05)
    dur = np.where(ans, lognorm(r, n, 30, 1.0, 3, 900), 0).astype(np.int64)
    hk = hooks(r, f, res, cidx, dur, 16, 1500)
    t = times_in_days(r, d, "fraudops")
    emit_calls(w, r, caller, callee, t, dur, res, ring, callee_cell=pop.cell_of(cidx, t, r), gateway="IGW-SH-01")
    vic = cidx[hk]
    th = t[hk] + dur[hk]
    f.install(vic, t[hk] + 400, "com.tencent.wemeet")
    f.engage(vic, t[hk], gang, scheme, caller[hk])
    accs = f.mules.accounts_for(gang, 8)
    pays = r.random(len(vic)) < 0.65
    for i in np.flatnonzero(pays):
        np_ = int(r.integers(1, 3))
        f.pay(r, gang, ft, np.full(np_, vic[i]), int(th[i]) + np.cumsum(r.integers(300, 2400, np_)),
              lognorm(r, np_, 8000, 0.6, 1000, 40000), caller[hk[i]], accs)
    used, first = np.unique(caller, return_index=True)
    w.truth("msisdn", used, "fraud_caller", gang, scheme, t[first])
    return used


def g16_fake_landlord(w, pop, f: Fraud):
    """SH-G16: 'I am your landlord, new number' texts at rent-renewal time to tenants from a rental platform's leaked
    list; six cards, two days each, calls to them rejected or unanswered; the half-year rent goes to a mule."""
    r = w.rng("gang:g16")
    gang, scheme, ft = "SH-G16", "fake_landlord", "acquaintance"
    starts = np.array([0, 1, 3, 5, 7, 8])
    cards = f.market.take(gang, T0 + starts * DAY)
    act = register_cards(w, pop, r, f.market, cards, gang)
    act.imei0[:] = w.imei(r, 1)[0]
    for i in range(6):
        act.routes[i] = w.pick_cells(r, ["meilong", "xinzhuang"], 4)
    pool = w.text(tx.pool(r, tx.FRAUD["landlord"], 30))
    rows = [(i, dd) for i in range(6) for dd in (starts[i], starts[i] + 1)]
    ra = np.array(rows)
    k = r.poisson(60, len(ra))
    ii = np.repeat(np.arange(len(ra)), k)
    a, d = ra[ii, 0], ra[ii, 1]
    n = len(a)
    t = T0 + d * DAY + r.integers(9 * 3600, 21 * 3600, n)
    recv, ridx = leads(r, pop, "tenants", n, 0.4)
    act.sms_out(r, a, t, recv, pool[r.integers(0, len(pool), n)])
    # tenants who call the 'landlord' get nobody
    cb = np.flatnonzero(r.random(n) < 0.05)
    res, ring, ans = outcome(r, len(cb), 0.05, 0.6)
    tcb = np.minimum(t[cb] + r.integers(300, 7200, len(cb)), END - 60)
    act.calls_in(r, a[cb], tcb, recv[cb], ridx[cb], res, ring, np.where(ans, r.integers(5, 40, len(cb)), 0))
    vi = np.flatnonzero((ridx >= 0) & (r.random(n) < 0.03))
    vi = vi[~pop.taken[ridx[vi]]]
    _, first = np.unique(ridx[vi], return_index=True)
    vi = vi[np.sort(first)]
    pop.taken[ridx[vi]] = True
    vic = ridx[vi]
    f.engage(vic, t[vi], gang, scheme, act.msisdn[a[vi]])
    accs = f.mules.accounts_for(gang, 6)
    half = r.random(len(vic)) < 0.4
    amt = lognorm(r, len(vic), 4500, 0.35, 2000, 12000) * np.where(half, 6, 1)
    f.pay(r, gang, ft, vic, t[vi] + r.integers(1800, 2 * DAY, len(vic)), amt, act.msisdn[a[vi]], accs)
    act.device(r, np.arange(6), T0 + starts * DAY + 8 * 3600, "power_on")
    w.truth("msisdn", act.msisdn, "fraud_sms_sender", gang, scheme, T0 + starts * DAY)
    w.truth("imei", act.imei0[:1], "gang_member", gang, scheme, T0)
    return act.msisdn


DAYW618 = np.array([0.5, 0.5, 0.6, 0.6, 0.7, 0.8, 0.8, 0.9, 1.1, 1.4, 1.6, 1.8, 1.6, 1.4])


def run_all(w: World, pop: Pop):
    f = Fraud(w, pop)
    f.pre_reports, f.pre_lists = [], []
    reported = []
    reported.append((g01_refund_goip(w, pop, f), "customer_service", 0.02))
    reported.append((g02_campus_loan_voip(w, pop, f), "customer_service", 0.03))
    reported.append((g03_fake_rental(w, pop, f), "other", 0.1))
    reported.append((g04_job_task(w, pop, f), "part_time_job", 0.2))
    reported.append((g05_zhongkao_quota(w, pop, f), "other", 0.0))
    reported.append((g06_flight_cat_car(w, pop, f), "customer_service", 0.1))
    reported.append((g07_pig_butchering(w, pop, f), "investment", 0.0))
    reported.append((g08_police_relay(w, pop, f), "impersonate_police", 0.05))
    reported.append((g09_faceswap(w, pop, f), "acquaintance", 0.0))
    reported.append((g10_loan_goip_van(w, pop, f), "loan", 0.03))
    reported.append((g11_phishing_cat(w, pop, f), "other", 0.03))
    reported.append((g14_operator_robocall(w, pop, f), "customer_service", 0.1))
    reported.append((g15_parcel_intl(w, pop, f), "customer_service", 0.01))
    reported.append((g16_fake_landlord(w, pop, f), "acquaintance", 0.15))
    f.finish([(np.asarray(x), ft, p) for x, ft, p in reported])
    return f
