"""Fraud machinery shared by the gangs: the card-buying ring that supplies cards and bank accounts, the money-mule
network that takes victims' money, dialling campaigns, victims and their cases. The gangs themselves are in
``crews.py``.
"""

from __future__ import annotations

import numpy as np

from . import behave as B
from .catalog import CITIES
from .core import DAY, HOUR, T0, rank_within
from .world import (
    ELDER,
    FACTORY,
    FARMER,
    MERCHANT,
    MIGRANT,
    MOBILE,
    PARENT,
    RETIREE,
    STATIC,
    TEEN,
    UNI,
    WORKER,
    YOUTH,
)

CITY = {c[0]: i for i, c in enumerate(CITIES)}
ADULTS = (WORKER, FACTORY, MIGRANT, FARMER, ELDER, PARENT, MERCHANT, RETIREE, YOUTH, UNI)


class Ctx:
    """What the gangs share: the world, the card market, the mule network and the cases for the reports."""

    def __init__(self, w):
        self.w = w
        self.cases: list[dict] = []
        self.market = CardMarket(self)
        self.mules = Mules(self)


class Gang:
    def __init__(self, ctx: Ctx, gid: str, scheme: str, fraud_type: str):
        self.ctx, self.w = ctx, ctx.w
        self.gid, self.scheme, self.ftype = gid, scheme, fraud_type
        self.rng = ctx.w.rs.get("gang:" + gid)

    # ---------------------------------------------------------------- truth
    def label(self, etype: str, ents, role: str, first=None) -> None:
        self.w.truth.add(etype, ents, role, self.gid, self.scheme, first)
        if etype == "domain" and role == "fraud_domain":  # the gang's web server
            ips = np.unique(B.domain_ip(np.asarray(list(ents) if not isinstance(ents, np.ndarray) else ents, dtype=object)))
            self.w.truth.add("ip", ips, "fraud_ip", self.gid, self.scheme, first if np.ndim(first) == 0 else None)

    def label_lines(self, parties, role: str, first=None, sim_role: str | None = None,
                    device_role: str | None = "fraud_device") -> None:
        w = self.w
        parties = np.asarray(parties, dtype=np.int64)
        self.label("msisdn", w.num[parties], role, first)
        im = w.imsi[parties]
        ok = im > 0
        if ok.any():
            f = first if first is None or np.ndim(first) == 0 else np.asarray(first)[ok]
            self.label("imsi", im[ok], sim_role or role, f)
        if device_role:
            ie = np.unique(w.imei[parties][w.imei[parties] > 0])
            if len(ie):
                self.label("imei", ie, device_role, first if first is None or np.ndim(first) == 0 else int(np.min(first)))

    def label_victims(self, parties, first) -> None:
        parties = np.asarray(parties, dtype=np.int64)
        if len(parties):
            self.label("msisdn", self.w.num[parties], "victim", first)

    # --------------------------------------------------------------- people
    def members(self, n: int, city: str, den=None, personas=(WORKER, FACTORY, YOUTH, FARMER, MIGRANT),
                rural=None) -> np.ndarray:
        """Personal phones of gang members: ordinary people of the city who spend their working hours at the den."""
        w = self.w
        m = w.people(self.rng, n, personas=personas, cities=[CITY[city]], rural=rural)
        if den is not None and len(m):
            w.work[m] = np.asarray(den)[self.rng.integers(0, len(den), len(m))]
            w.away_s[m] = np.iinfo(np.int64).max
        self.label_lines(m, "gang_member", T0, sim_role="gang_member", device_role=None)
        return m

    def targets(self, n: int, own_frac: float = 0.5, personas=ADULTS, cities=None, rural=None,
                off_cities=None, exclude_claimed: bool = False) -> np.ndarray:
        """Numbers a gang dials: ordinary subscribers matching the filters and numbers of other networks."""
        w, rng = self.w, self.rng
        n_own = int(round(n * own_frac))
        S = w.S_all
        m = np.isin(w.persona[:S], personas) & (w.status[:S] == 0)
        if cities is not None:
            m &= np.isin(w.city[:S], [CITY[c] if isinstance(c, str) else c for c in cities])
        if rural is not None:
            m &= w.rural[:S] == rural
        if exclude_claimed:
            m &= ~w.claimed[:S]
        pool = np.flatnonzero(m)
        own = pool[rng.integers(0, len(pool), n_own)] if len(pool) else np.zeros(0, dtype=np.int64)
        k = n - len(own)
        if off_cities is None:
            off = w.offnet_of_city(rng, k, None)
        else:
            oc = [CITY[c] if isinstance(c, str) else c for c in off_cities]
            cand = np.flatnonzero((w.offnet_kind[: w.n_off] == 0) & np.isin(w.offnet_city[: w.n_off], oc))
            off = w.cap + cand[rng.integers(0, len(cand), k)]
        out = np.r_[own, off]
        return out[rng.permutation(len(out))]

    # ------------------------------------------------------------- dialling
    def campaign(self, lines, active, per_day, shifts, callee_pool, answer_p: float, talk_med: float,
                 engage_p: float, engage_med: float, gap=(15, 70), video_p: float = 0.0, gateway=None,
                 busy_p=0.05, reject_p=0.10, redial_p=0.0, imei=None, cell=None, unassigned=None):
        """Dial ``callee_pool`` (worked in order, wrapping) from ``lines`` on the active (line, day) pairs.

        ``active``: boolean matrix (lines x days); ``per_day``: (lo, hi) calls per line per day, split over
        ``shifts`` [(start_h, end_h), ...]. Answered calls are short pitches; a share ``engage_p`` of them hook
        the callee into a long call. Returns a dict of the calls placed."""
        w, rng = self.w, self.rng
        lines = np.asarray(lines, dtype=np.int64)
        li, di = np.nonzero(active)
        slots_l, slots_d, slots_s, slots_e, slots_n = [], [], [], [], []
        tot = rng.integers(per_day[0], per_day[1] + 1, len(li))
        share = np.array([e - s for s, e in shifts], dtype=float)
        share /= share.sum()
        for k, (s, e) in enumerate(shifts):
            slots_l.append(li)
            slots_d.append(di)
            slots_s.append(np.full(len(li), s))
            slots_e.append(np.full(len(li), e))
            slots_n.append(np.round(tot * share[k]).astype(np.int64))
        sl = np.concatenate(slots_l)
        sd = np.concatenate(slots_d)
        ss = np.concatenate(slots_s)
        se = np.concatenate(slots_e)
        sn = np.concatenate(slots_n)
        o = np.lexsort((ss, sd, sl))
        sl, sd, ss, se, sn = sl[o], sd[o], ss[o], se[o], sn[o]
        N = int(sn.sum())
        res = B.outcomes(rng, N, answer_p, busy_p, reject_p)
        dur = np.where(res == B.ANSWERED, B.talk(rng, N, talk_med, 0.8, 3, 900), 0)
        hooked = (res == B.ANSWERED) & (rng.random(N) < engage_p)
        dur[hooked] = B.talk(rng, int(hooked.sum()), engage_med, 0.5, 240, 5400)
        ring = np.select([res == B.ANSWERED, res == B.NO_ANSWER, res == B.BUSY], [rng.integers(3, 15, N),
                         rng.integers(28, 50, N), rng.integers(0, 3, N)], rng.integers(3, 12, N))
        step = ring + dur + rng.integers(gap[0], gap[1] + 1, N)
        lidx, t, kept = B.sessions(rng, sl, sd, sn, ss, se, step)
        res, dur, hooked, ring = res[kept], dur[kept], hooked[kept], ring[kept]
        caller = lines[lidx]
        pool = np.asarray(callee_pool, dtype=np.int64)
        pos = np.arange(len(caller))
        callee = pool[pos % len(pool)]
        if unassigned is not None:  # numbers not in service: the network rejects the call at once
            bad = np.isin(callee, unassigned)
            res[bad], dur[bad], hooked[bad] = B.REJECTED, 0, False
            ring[bad] = rng.integers(0, 2, int(bad.sum()))
        # a few numbers not answered are tried again by the same line later that day
        video = (rng.random(len(caller)) < video_p).astype(np.int64)
        B.calls(w, rng, caller, callee, t, dur, res, ring, video=video, gateway=gateway, imei=imei, cell=cell)
        out = dict(caller=caller, callee=callee, t=t, dur=dur, res=res, hooked=hooked)
        if redial_p:
            again = np.flatnonzero((res != B.ANSWERED) & (rng.random(len(caller)) < redial_p))
            t2 = t[again] + rng.integers(2 * HOUR, 5 * HOUR, len(again))
            r2 = B.outcomes(rng, len(again), answer_p * 0.8, busy_p, reject_p)
            d2 = np.where(r2 == B.ANSWERED, B.talk(rng, len(again), talk_med, 0.8, 3, 900), 0)
            B.calls(w, rng, caller[again], callee[again], t2, d2, r2, gateway=gateway,
                    imei=None if imei is None else np.asarray(imei)[again] if np.ndim(imei) else imei,
                    cell=None if cell is None else np.asarray(cell)[again] if np.ndim(cell) else cell)
        return out

    def hooked_victims(self, calls: dict, k_max: int, own_only: bool = False, min_gap_s: int = 0):
        """The callees hooked by long calls: (victim, hooking line, first long call time), one per victim,
        at most ``k_max``; own subscribers are claimed (kept out of the look-alikes)."""
        w = self.w
        h = np.flatnonzero(calls["hooked"])
        v, line, t = calls["callee"][h], calls["caller"][h], calls["t"][h]
        own = v < w.cap
        ok = ~own | ((w.persona[np.where(own, v, 0)] <= TEEN) & ~w.claimed[np.where(own, v, 0)])
        if own_only:
            ok &= own
        v, line, t = v[ok], line[ok], t[ok]
        o = np.lexsort((t, v))
        v, line, t = v[o], line[o], t[o]
        f = np.r_[True, v[1:] != v[:-1]] if len(v) else np.zeros(0, dtype=bool)
        v, line, t = v[f], line[f], t[f]
        o = np.argsort(t, kind="stable")[:k_max]
        v, line, t = v[o], line[o], t[o]
        w.claimed[v[v < w.cap]] = True
        return v, line, t

    # ----------------------------------------------------------- handsets
    def den_device(self, lines, t_on, t_off, cell, imei=None, data: bool = False) -> None:
        """Power-on/attach when a card starts work at the den, power-off/detach when it stops."""
        w, rng = self.w, self.rng
        lines = np.asarray(lines, dtype=np.int64)
        B.device(w, lines, t_on, B.POWER_ON, cell=cell, imei=imei)
        B.device(w, lines, np.asarray(t_on) + rng.integers(1, 5, len(lines)), B.ATTACH, cell=cell, imei=imei)
        B.device(w, lines, t_off, B.POWER_OFF, cell=cell, imei=imei)
        if data:
            B.data_sessions(w, rng, lines, np.asarray(t_on) + rng.integers(60, 3600, len(lines)), 2e5, 1.0,
                            cell=cell, imei=imei)

    # ---------------------------------------------------------------- money
    def pay(self, victims, t, amounts, channel=B.APP, contact=None, t_contact=None) -> None:
        """Victims pay the gang through the mule network (one row per payment)."""
        victims = np.asarray(victims, dtype=np.int64)
        if len(victims) == 0:
            return
        self.ctx.mules.receive(self, victims, np.asarray(t, dtype=np.int64), np.asarray(amounts, dtype=float),
                               channel, contact, t_contact)

    def sms_links(self, senders, receivers, t, texts) -> None:
        B.sms(self.w, senders, receivers, t, texts)


class CardMarket:
    """JX-G04: a card-buying ring (断卡) paying villagers and students of Yujiang, Shangrao and Ganzhou for phone cards
    opened on their IDs and for bank accounts; the cards and accounts go to the other gangs."""

    gid = "JX-G04-cardring"

    def __init__(self, ctx: Ctx):
        self.ctx, self.w = ctx, ctx.w
        w = self.w
        self.rng = w.rs.get("gang:" + self.gid)
        self.g = Gang(ctx, self.gid, "card_buying", "other")
        rng = self.rng
        stores, agents = w.channels(rng)
        # three complicit agents (two village agents in Yujiang and Shangrao, one shop in Ganzhou)
        self.agents = [(CITY["YT"], agents[CITY["YT"], int(rng.integers(0, 36))]),
                       (CITY["SR"], agents[CITY["SR"], int(rng.integers(0, 36))]),
                       (CITY["GZ"], stores[CITY["GZ"], int(rng.integers(0, 14))])]
        self.recruiters = self.g.members(2, "YT", personas=(YOUTH, WORKER, FARMER))
        self.sellers: list[int] = []
        self.seller_used: dict[int, int] = {}

    def _sellers(self, n: int) -> np.ndarray:
        w, rng = self.w, self.rng
        s = w.people(rng, n, personas=(FARMER, ELDER, UNI, YOUTH, FACTORY), cities=[CITY["YT"], CITY["SR"], CITY["GZ"]])
        if len(s) < n:
            s = np.r_[s, w.people(rng, n - len(s), personas=(FARMER, ELDER, UNI, YOUTH, FACTORY, WORKER))]
        self.sellers.extend(s.tolist())
        self.g.label("id_key", np.array(w.id_key, dtype=object)[w.id_of[s]], "card_seller", T0 - 30 * DAY)
        self.g.label_lines(s, "card_seller", T0 - 30 * DAY, device_role=None)
        return s

    def cards(self, n: int, open_from: int, open_to: int, consecutive: bool = False, per_seller=(3, 6)) -> np.ndarray:
        """``n`` cards opened on sellers' IDs at the complicit agents between the two times."""
        w, rng = self.w, self.rng
        k = rng.integers(per_seller[0], per_seller[1] + 1, max(1, n // per_seller[0] + 1))
        k = k[: np.searchsorted(np.cumsum(k), n) + 1]
        sellers = self._sellers(len(k))
        k = k[: len(sellers)]
        sid = np.repeat(sellers, k)[:n]
        a = rng.integers(0, len(self.agents), len(sellers))
        agent_of = np.repeat(a, k)[:n]
        day_t = open_from + (rng.random(len(sellers)) * max(open_to - open_from, 1)).astype(np.int64)
        ot = np.repeat(day_t, k)[:n] + rng.integers(0, 1800, len(sid))
        out = []
        for ai in np.unique(agent_of).tolist():
            m = agent_of == ai
            city, ch = self.agents[ai]
            cells = w.city_cells(city, ("urban", "rural"))
            cell = cells[int(rng.integers(0, len(cells)))]
            idx = w.add_lines(int(m.sum()), line=MOBILE, city=city, ids=w.id_of[sid[m]], open_t=ot[m], channel=ch,
                              open_cell=cell, persona=STATIC, prepaid=1, imei=np.zeros(int(m.sum()), dtype=np.int64),
                              consecutive=consecutive, rng=rng, age=w.age[sid[m]])
            out.append(idx)
        lines = np.concatenate(out)
        # the recruiter pays each seller per card, a day or two after the opening
        acct = w.bank.party_acct
        rec = self.recruiters
        if len(rec) and (acct[rec] >= 0).any():
            rec = rec[acct[rec] >= 0]
            seller_of = np.repeat(sellers, k)[:n]
            paid = acct[seller_of] >= 0
            sp = seller_of[paid]
            r = rec[rng.integers(0, len(rec), len(sp))]
            w.bank.transfer(rng, acct[r], acct[sp], ot[paid] + rng.integers(HOUR, 2 * DAY, len(sp)),
                            rng.choice([300, 400, 500, 600, 800], len(sp)), B.APP, r, notify=False)
        return lines

    def accounts(self, n: int, open_from: int, open_to: int, bound=None, banks=None) -> np.ndarray:
        """``n`` bank accounts opened on sellers' IDs (students and villagers selling their cards)."""
        w, rng = self.w, self.rng
        sellers = self._sellers(max(1, (n + 1) // 2))
        hold = np.repeat(sellers, 2)[:n]
        ot = open_from + (rng.random(n) * max(open_to - open_from, 1)).astype(np.int64)
        b = banks if banks is not None else np.array(["Jiangxi Rural Commercial Bank", "PSBC", "ABC", "CCB", "ICBC",
                                                      "Shangrao Bank", "Ganzhou Bank"], dtype=object)[rng.integers(0, 7, n)]
        bnd = hold if bound is None else bound
        return w.bank.new(w.id_of[hold], b, ot, bnd, rng=rng)


class Mules:
    """JX-G11: a money-mule crew (跑分) in Ganzhou: first-level accounts take victims' money and pass it within
    minutes to second-level accounts in pieces just under 50,000 (or 5,000), which pay over-the-counter crypto
    sellers. The crew holds the bank-bound SIMs bought with the accounts and works them from a flat in Zhanggong."""

    gid = "JX-G11-mules"

    def __init__(self, ctx: Ctx):
        self.ctx, self.w = ctx, ctx.w
        w = self.w
        self.g = Gang(ctx, self.gid, "money_mule", "other")
        rng = self.rng = self.g.rng
        self.den = w.cells_in("Zhanggong")[[3, 4]]
        self.ops = self.g.members(3, "GZ", den=self.den)
        m = ctx.market
        # bound SIMs: cards bought with the accounts, kept in four phones at the flat
        self.sims = m.cards(24, T0 - 70 * DAY, T0 - 10 * DAY, per_seller=(1, 2))
        w.home[self.sims] = self.den[rng.integers(0, 2, len(self.sims))]
        phones = w.handsets(rng, 4)
        w.imei[self.sims] = phones[np.arange(len(self.sims)) % 4]
        self.l1 = m.accounts(30, T0 - 80 * DAY, T0 - 5 * DAY, bound=self.sims[np.arange(30) % len(self.sims)])
        self.l2 = m.accounts(16, T0 - 120 * DAY, T0 - 20 * DAY, bound=self.sims[np.arange(16) % len(self.sims)])
        otc_ids = w.new_ids(6)
        otc_party = w.new_offnet_mobiles(rng, 6, -1)
        self.l3 = w.bank.new(otc_ids, "China Merchants Bank", T0 - rng.integers(100, 700, 6) * DAY, otc_party, rng=rng)
        self.g.label_lines(self.sims, "mule_sim", T0, device_role="fraud_device")
        self.g.label("msisdn", w.num[otc_party], "mule_holder", T0)
        self.g.label("id_key", np.array(w.id_key, dtype=object)[otc_ids], "mule_holder", T0)
        self.gang_l1: dict[str, np.ndarray] = {}
        self.used_l1 = np.zeros(len(self.l1), dtype=bool)
        self.first_use: dict[int, int] = {}
        self.next = 0

    def accounts_for(self, gang: Gang, k: int = 3) -> np.ndarray:
        if gang.gid not in self.gang_l1:
            idx = (self.next + np.arange(k)) % len(self.l1)
            self.next += k
            self.gang_l1[gang.gid] = idx
        return self.gang_l1[gang.gid]

    def receive(self, gang: Gang, victims, t, amounts, channel, contact, t_contact) -> None:
        w, rng = self.w, self.rng
        bank = w.bank
        src = bank.of(victims, rng)
        ok = src >= 0
        if not ok.all():  # a victim without an account opens one at the first payment's bank (rare)
            missing = np.unique(victims[~ok])
            own = missing[missing < w.cap]
            if len(own):
                bank.new(w.id_of[own], None, T0 - 500 * DAY, own, rng=rng)
            src = bank.of(victims, rng)
        pool = self.accounts_for(gang)
        day = np.clip((t - T0) // DAY, 0, None)
        li = pool[(day + rng.integers(0, 2, len(t))) % len(pool)]
        dst = self.l1[li]
        ch = B.arr(channel, len(victims)).astype(np.int64)
        init = np.where((ch == B.APP) & (victims < w.cap), victims, -1)
        bank.transfer(rng, src, dst, t, amounts, ch, init)
        w.truth.event(w.num[victims], t, amounts, bank.text(dst))
        for a, tt in zip(li.tolist(), t.tolist(), strict=True):
            self.first_use[a] = min(self.first_use.get(a, tt), tt)
        # layering: out in pieces within minutes
        n = len(t)
        cap = np.where(amounts > 30000, 49000.0, np.where(amounts > 6000, 4999.0, amounts + 1))
        pieces = np.maximum(1, np.ceil(amounts / cap).astype(np.int64))
        pi = np.repeat(np.arange(n), pieces)
        piece_amt = amounts[pi] / pieces[pi]
        jitter = rng.uniform(0.96, 0.999, len(pi))
        piece_amt = np.round(np.minimum(piece_amt * jitter, cap[pi] - rng.integers(1, 120, len(pi))), 0)
        piece_amt = np.maximum(piece_amt, 1)
        tp = t[pi] + rng.integers(90, 1500, len(pi)) + rank_within(pi) * rng.integers(20, 90, len(pi))
        l2 = self.l2[rng.integers(0, len(self.l2), len(pi))]
        sim1 = bank.bound_all[dst[pi]] if hasattr(bank, "bound_all") and len(bank.bound_all) == bank.n else None
        if sim1 is None:
            bank.finish()
            sim1 = bank.bound_all[dst[pi]]
        bank.transfer(rng, dst[pi], l2, tp, piece_amt, B.APP, sim1)
        # second level pays the crypto sellers (commission kept), or is drawn at ATMs in pieces under 5,000
        atm = (piece_amt < 5000) & (rng.random(len(pi)) < 0.4)
        t3 = tp + rng.integers(600, 3 * HOUR, len(pi))
        l3 = self.l3[rng.integers(0, len(self.l3), len(pi))]
        sim2 = bank.bound_all[l2]
        bank.transfer(rng, l2, l3, t3, np.round(piece_amt * rng.uniform(0.97, 0.99, len(pi)), 0),
                      np.where(atm, B.ATM, B.THIRD), np.where(atm, -1, sim2))
        # the crew's phones at the flat light up for each batch (mobile banking sessions)
        B.data_sessions(w, rng, sim1, tp - rng.integers(5, 60, len(pi)), 3e5, 0.8)
        for v, a, tt, amt, c, tc in zip(victims.tolist(), dst.tolist(), t.tolist(), amounts.tolist(),
                                        [None] * n if contact is None else B.arr(contact, n).tolist(),
                                        [None] * n if t_contact is None else B.arr(t_contact, n).tolist(), strict=True):
            self.ctx.cases.append(dict(gang=gang.gid, ftype=gang.ftype, victim=v, acct=a, t=tt, amount=amt,
                                       contact=c, t_contact=tc))

    def finish(self) -> None:
        """Truth for the accounts that took money, and the crew's daily presence at the flat."""
        w = self.w
        bank = w.bank
        used = np.array(sorted(self.first_use), dtype=np.int64)
        if len(used):
            self.g.label("account", bank.text(self.l1[used]), "mule_account",
                         np.array([self.first_use[i] for i in used.tolist()]))
        self.g.label("account", bank.text(self.l2), "mule_account", T0)
        self.g.label("account", bank.text(self.l3), "mule_account", T0)
        rng = self.rng
        for d in range(w.days):
            on = T0 + d * DAY + 9 * HOUR + rng.integers(0, HOUR, len(self.sims))
            B.device(w, self.sims, on, B.ATTACH, cell=w.home[self.sims])


def generate(w) -> None:
    from . import crews
    ctx = Ctx(w)
    crews.run_all(ctx)
    ctx.mules.finish()
    w.cases = ctx.cases
    w.ctx = ctx
