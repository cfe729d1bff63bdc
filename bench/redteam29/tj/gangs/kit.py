"""What the gangs share: their identity and truth, bought-card pools, dialling campaigns and the victim chain
(contact, conversation, web/app steps, growing payments, bank notices, truth events, report material)."""

from __future__ import annotations

import numpy as np

from tj import emit, rhythm
from tj.bg_money import notices
from tj.core import DAY, HOUR
from tj.population import PID

SUSCEPT = {  # who answers strangers and stays on the line, by persona
    "office": 1.0, "student": 1.0, "port": 0.9, "factory": 0.8, "elderly": 1.6, "villager": 1.0, "driver": 0.6,
    "shopkeeper": 0.8, "homemaker": 1.2, "public": 0.7}


class Gang:
    def __init__(self, ctx, gid: str, scheme: str, fraud_type: str | None = None) -> None:
        self.ctx, self.gid, self.scheme, self.ftype = ctx, gid, scheme, fraud_type
        self.rng = ctx.rng(gid)

    def truth(self, etype: str, ents, role: str, first) -> None:
        self.ctx.truth.add(etype, ents, role, self.gid, self.scheme, first)

    def t(self, day, lo_h: float, hi_h: float, n: int | None = None) -> np.ndarray:
        """Times on given day(s) between two hours."""
        d = np.asarray(day, np.int64) if n is None else np.broadcast_to(np.asarray(day, np.int64), (n,))
        return self.ctx.t0 + d * DAY + self.rng.integers(int(lo_h * HOUR), int(hi_h * HOUR), d.size)


# --- bought cards --------------------------------------------------------------------------------
class CardPool:
    """Cards opened on card sellers' IDs, waiting to be used; gangs take them in order of opening."""

    def __init__(self) -> None:
        self.msisdn: list[np.ndarray] = []
        self.imsi: list[np.ndarray] = []
        self.open_time: list[np.ndarray] = []
        self.taken = 0
        self._cat = None

    def put(self, msisdn, imsi, open_time) -> None:
        self.msisdn.append(np.asarray(msisdn))
        self.imsi.append(np.asarray(imsi))
        self.open_time.append(np.asarray(open_time))
        self._cat = None

    def _arrays(self):
        if self._cat is None:
            m = np.concatenate(self.msisdn)
            i = np.concatenate(self.imsi)
            o = np.concatenate(self.open_time)
            self._cat = (m, i, o)
            self.used = np.zeros(m.size, bool)
        return self._cat

    def take(self, rng, n: int, before: int, after: int | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """n unused cards opened before ``before`` (and after ``after``); fewer if the pool runs dry."""
        m, i, o = self._arrays()
        ok = ~self.used & (o < before)
        if after is not None:
            ok &= o >= after
        cand = np.flatnonzero(ok)
        pick = np.sort(rng.choice(cand, size=min(n, cand.size), replace=False)) if cand.size else cand
        self.used[pick] = True
        return m[pick], i[pick], o[pick]

    def unused(self):
        m, i, o = self._arrays()
        return m[~self.used], o[~self.used]


# --- targets ---------------------------------------------------------------------------------------
def persona_weights(ctx, prefer: dict[str, float] | None) -> np.ndarray:
    pop = ctx.pop
    names = list(SUSCEPT)
    w = np.array([SUSCEPT[x] for x in names])
    if prefer:
        w = w * np.array([prefer.get(x, 0.15) for x in names])
    return w[pop.persona]


def strangers(ctx, rng, n: int, prefer=None, offnet: float = 0.4, districts=None) -> np.ndarray:
    """Numbers a gang dials: background people (weighted by persona) and off-net numbers."""
    pop, bk = ctx.pop, ctx.books
    k_off = rng.binomial(n, offnet)
    w = persona_weights(ctx, prefer)
    if districts is not None:
        from tj.geo import CODE
        w = w * np.where(np.isin(pop.district, [CODE[d] for d in districts]), 1.0, 0.1)
    w = w / w.sum()
    on = pop.msisdn[rng.choice(pop.n, n - k_off, p=w)]
    known = rng.random(k_off) < 0.5
    off = np.where(known, bk.off_msisdn[rng.integers(0, bk.off_msisdn.size, k_off)],
                   ctx.numbers.offnet_mobile(k_off))
    out = np.concatenate([on, off])
    return out[rng.permutation(out.size)]


def dial(ctx, rng, caller, callee, t, *, answer: float = 0.25, med: float = 25, imei=None, imsi=None, cell=None,
         gateway=None, roam=None, media="voice", callee_cell="auto") -> np.ndarray:
    """Cold calls: a few answered (mostly hung up quickly), the rest unanswered, busy or rejected."""
    n = np.asarray(caller).size
    r = rng.random(n)
    res = np.where(r < answer, "answered", np.where(r < answer + (1 - answer) * 0.55, "no_answer",
                                                     np.where(r < answer + (1 - answer) * 0.75, "rejected", "busy")))
    dur = np.where(res == "answered", np.clip(rng.lognormal(np.log(med), 1.0, n), 3, 1800), 0).astype(np.int64)
    ring = np.where(res == "answered", rng.integers(3, 20, n),
                    np.where(res == "no_answer", rng.integers(25, 50, n), rng.integers(1, 12, n)))
    emit.calls(ctx, rng, caller, callee, t, dur, result=res, ring=ring, imei=imei, imsi=imsi, cell=cell,
               gateway=gateway, roam=roam, media=media, callee_cell=callee_cell)
    return res


def spread_calls(ctx, rng, sims_active: np.ndarray, per_day: tuple[float, float], lo_h: float, hi_h: float):
    """(sim index, day, time) of calls for a (SIM x day) activity mask, ``per_day`` calls per active day."""
    si, di = np.nonzero(sims_active)
    rate = rng.uniform(per_day[0], per_day[1], si.size)
    cnt = rng.poisson(rate)
    s = np.repeat(si, cnt)
    d = np.repeat(di, cnt)
    t = ctx.t0 + d * DAY + rng.integers(int(lo_h * HOUR), int(hi_h * HOUR), s.size)
    o = np.lexsort((t, s))
    return s[o], d[o], t[o]


# --- victims ---------------------------------------------------------------------------------------
def pick_victims(ctx, rng, n: int, prefer: dict[str, float], districts=None) -> np.ndarray:
    pop = ctx.pop
    w = persona_weights(ctx, prefer)
    if districts is not None:
        from tj.geo import CODE
        w = w * np.where(np.isin(pop.district, [CODE[d] for d in districts]), 1.0, 0.15)
    w = np.where(pop.reserved, 0, w)
    return pop.pick(rng, n, weights=w)


def payments(rng, n_vic: int, n_pay: tuple[int, int], first: tuple[float, float], growth: tuple[float, float],
             cap: float = 900000):
    """Per victim: number of payments and their growing amounts (flattened: victim index, step, amount)."""
    k = rng.integers(n_pay[0], n_pay[1] + 1, n_vic)
    v = np.repeat(np.arange(n_vic), k)
    step = np.arange(v.size) - np.repeat(np.cumsum(k) - k, k)
    a0 = rng.uniform(first[0], first[1], n_vic)
    g = rng.uniform(growth[0], growth[1], n_vic)
    amt = a0[v] * g[v] ** step * rng.uniform(0.85, 1.15, v.size)
    amt = np.where(amt > 3000, np.round(amt, -2), np.round(amt, 0))
    return v, step, np.minimum(amt, cap)


def pay(g: Gang, vic: np.ndarray, v: np.ndarray, t: np.ndarray, amt: np.ndarray, to_acct: np.ndarray,
        channel, from_acct=None, initiated="victim", notice: bool = True) -> np.ndarray:
    """Victims' payments (transfers, bank notices, truth events); those after the window are dropped.
    Returns the mask of payments kept."""
    ctx = g.ctx
    pop, bk = ctx.pop, ctx.banks
    keep = t < ctx.t1 - 600
    v, t, amt, to_acct = v[keep], t[keep], amt[keep], np.asarray(to_acct)[keep]
    p = vic[v]
    channel = np.broadcast_to(np.asarray(channel), keep.shape)[keep]
    frm = bk.acct[p] if from_acct is None else np.asarray(from_acct)[keep]
    init = pop.msisdn[p] if initiated == "victim" else (None if initiated is None else np.asarray(initiated)[keep])
    if init is not None:
        init = np.where(channel == "counter", -1, init)
    ctx.sink.add("transfers", time=t, from_account=frm, to_account=to_acct, amount=amt, currency="CNY",
                 channel=channel, initiated_msisdn=init)
    if notice:
        notices(ctx, g.rng, p, t, np.zeros(p.size, bool))
    ctx.truth.event(pop.msisdn[p], t, amt, to_acct)
    if p.size:
        up, fi = np.unique(p, return_index=True)
        g.truth("msisdn", pop.msisdn[up], "victim", t[fi])
    if ctx.mules is not None:
        ctx.mules.received(to_acct, t, amt)
    return keep


def conversation(g: Gang, caller, victim_no, t, med: float, imei=None, imsi=None, cell=None, gateway=None,
                 roam=None, media="voice") -> None:
    """Long answered calls (the hook and the follow-ups)."""
    n = np.asarray(caller).size
    dur = np.clip(g.rng.lognormal(np.log(med), 0.5, n), 60, 3 * 3600).astype(np.int64)
    emit.calls(g.ctx, g.rng, caller, victim_no, t, dur, result="answered", imei=imei, imsi=imsi, cell=cell,
               gateway=gateway, roam=roam, media=media)


def report_material(g: Gang, vic: np.ndarray, v: np.ndarray, t: np.ndarray, amt: np.ndarray, to_acct: np.ndarray,
                    fraud_numbers: list, domains=None, apps=None) -> None:
    """One item per victim who paid, for the police and bank reports written later."""
    ctx = g.ctx
    for i in np.unique(v):
        m = v == i
        ctx.feedback.append(dict(
            gang=g.gid, ftype=g.ftype, victim=int(ctx.pop.msisdn[vic[i]]), loss=float(amt[m].sum()),
            last=int(t[m].max()), first=int(t[m].min()), accounts=sorted(set(ctx.vocab.text(to_acct[m]).tolist())),
            numbers=[int(x) for x in np.atleast_1d(fraud_numbers[i])], domains=_per(domains, i, vic.size),
            apps=_per(apps, i, vic.size)))


def _per(x, i: int, n: int) -> list:
    """A list shared by all victims, or one list per victim."""
    if not x:
        return []
    if len(x) == n and isinstance(x[0], (list, tuple)):
        return list(x[i])
    return list(x)


def web_visits(g: Gang, msisdn, t, hosts: np.ndarray, ip: np.ndarray, path: str = "/", app=None) -> None:
    hosts = np.asarray(hosts, dtype=object)
    url = np.char.add(np.char.add("https://", hosts.astype(str)), path)
    g.ctx.sink.add("web", time=np.asarray(t, np.int64), msisdn=np.asarray(msisdn, np.int64), domain=hosts.astype(str),
                   url=url, ip=np.asarray(ip).astype(str), bytes=g.rng.lognormal(np.log(8e4), 0.8, hosts.size).astype(np.int64),
                   app=app)


def cut_some(g: Gang, msisdn: np.ndarray, first_use: np.ndarray, share: float, after_h=(6, 60),
             not_before=None) -> np.ndarray:
    """The operator cuts some of a gang's numbers some hours after they start (never before ``not_before``);
    returns the cut times per number (-1: not cut)."""
    ctx, rng = g.ctx, g.rng
    n = msisdn.size
    cut = rng.random(n) < share
    when = np.asarray(first_use, np.int64) + (rng.uniform(*after_h, n) * HOUR).astype(np.int64)
    if not_before is not None:
        when = np.maximum(when, np.asarray(not_before, np.int64))
    cut &= (when < ctx.t1) & (np.asarray(first_use) < ctx.t1)
    ctx.cut(msisdn[cut], when[cut])
    return np.where(cut, when, -1)


def days_between(ctx, first: np.ndarray) -> np.ndarray:
    return np.clip(((np.asarray(first) - ctx.t0) // DAY), 0, ctx.days - 1)


def elderly_channel(ctx, rng, vic: np.ndarray, v: np.ndarray) -> np.ndarray:
    old = ctx.pop.persona[vic[v]] == PID["elderly"]
    return np.where(old & (rng.random(v.size) < 0.6), "counter", "mobile_app")


__all__ = ["Gang", "CardPool", "strangers", "dial", "spread_calls", "pick_victims", "payments", "pay",
           "conversation", "report_material", "web_visits", "cut_some", "rhythm"]


def acquire_cards(g: Gang, n: int, before: int, after: int | None = None):
    """n bought cards: from the card rings' pool, topped up with cards bought from out-of-town sellers."""
    ctx, rng = g.ctx, g.rng
    m, i, o = ctx.card_pool.take(rng, n, before, after)
    short = n - m.size
    if short > 0:
        lo = ctx.t0 - 90 * DAY if after is None else after
        hi = max(lo + DAY, min(before, ctx.t1))
        ot = np.sort(rng.integers(lo, hi, short))
        sellers = ctx.vocab.codes(ctx.numbers.keys("idk", max(1, short // 5 + 1)))
        idk = sellers[np.arange(short) % sellers.size]
        store = rng.integers(0, len(ctx.pop.store_ids), short)
        m2, i2 = emit.new_sims(ctx, short, id_key=idk, open_time=ot, store=store, prepaid=True)
        g.truth("id_key", ctx.vocab.text(np.unique(idk)), "card_seller", int(ot.min()))
        g.truth("msisdn", m2, "bought_card", ot)
        m, i, o = np.concatenate([m, m2]), np.concatenate([i, i2]), np.concatenate([o, ot])
    return m, i, o


def schedule(rng, open_day: np.ndarray, days: int, capacity: int, run: tuple[int, int], day_on=None) -> np.ndarray:
    """Which SIM works which day: each day up to ``capacity`` SIMs, each SIM for one run of consecutive
    days (``run``), never before the day after it was opened. Returns a (SIM x day) mask."""
    S = open_day.size
    mask = np.zeros((S, days), bool)
    left = np.zeros(S, int)
    fresh = np.ones(S, bool)
    order = rng.permutation(S)
    for d in range(days):
        if day_on is not None and not day_on[d]:
            continue
        cont = left > 0
        mask[cont, d] = True
        left[cont] -= 1
        room = capacity - int(cont.sum())
        if room <= 0:
            continue
        cand = [s for s in order if fresh[s] and open_day[s] < d]
        for s in cand[:room]:
            fresh[s] = False
            mask[s, d] = True
            left[s] = int(rng.integers(run[0], run[1] + 1)) - 1
    return mask


def open_days(ctx, open_time: np.ndarray) -> np.ndarray:
    return (np.asarray(open_time) - ctx.t0) // DAY


def alive(cut: np.ndarray, s: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Rows (SIM index s, time t) before their SIM was cut."""
    c = cut[s]
    return (c < 0) | (t < c)


def first_use(n: int, s: np.ndarray, t: np.ndarray, default: int) -> np.ndarray:
    first = np.full(n, default, np.int64)
    np.minimum.at(first, s, t)
    return first


def last_use(n: int, s: np.ndarray, t: np.ndarray) -> np.ndarray:
    last = np.full(n, -1, np.int64)
    np.maximum.at(last, s, t)
    return last
