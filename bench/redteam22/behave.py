"""Behaviour helpers shared by everyday life, gangs and look-alikes: call outcomes, rows of every event
table from column arrays, lines (SIM cards or fixed/VoIP numbers in a handset or a box) and their presence
on the network, stranger targets, payments with the bank's SMS, and money moving on through mule layers."""

from __future__ import annotations

from dataclasses import dataclass, field

import clock
import numpy as np
from world import DAY, HOUR, MIN, START, World

_POW = 10 ** np.arange(0, 19, dtype=np.int64)


def ndigits(x):
    return np.searchsorted(_POW, np.asarray(x, np.int64), side="right")


def is_intl(x):
    x = np.asarray(x, np.int64)
    d = ndigits(x)
    return (x // _POW[np.maximum(d - 2, 0)]) != 86


def is_fixed(x):
    """86 followed by a digit other than 1 (area codes 2x-9x)."""
    x = np.asarray(x, np.int64)
    d = ndigits(x)
    return ~is_intl(x) & (((x // _POW[np.maximum(d - 3, 0)]) % 10) != 1)


def outcome(w: World, rng, n, p_answer, dur_med, dur_sigma=0.9, p_busy=0.03, p_reject=0.05, max_dur=5400):
    S = w.I
    u = rng.random(n)
    pa = np.broadcast_to(np.asarray(p_answer, float), (n,))
    ans = u < pa
    busy = ~ans & (u < pa + p_busy)
    rej = ~ans & ~busy & (u < pa + p_busy + p_reject)
    res = np.where(ans, S("answered"), np.where(busy, S("busy"), np.where(rej, S("rejected"), S("no_answer"))))
    med = np.broadcast_to(np.asarray(dur_med, float), (n,))
    dur = np.where(ans, np.clip(med * np.exp(dur_sigma * rng.standard_normal(n)), 3, max_dur), 0).astype(np.int64)
    ring = np.where(ans, rng.integers(2, 18, n), np.where(busy, rng.integers(0, 3, n),
                    np.where(rej, rng.integers(3, 14, n), rng.integers(25, 50, n))))
    return res.astype(np.int32), dur, ring


def call_type(w, caller, callee, voip_caller=False):
    S = w.I
    ci, ei = is_intl(caller), is_intl(callee)
    fx = is_fixed(caller) | is_fixed(callee)
    ct = np.where(ci, S("intl_in"), np.where(ei, S("intl_out"), np.where(fx, S("fixed"), S("mobile"))))
    if np.any(voip_caller):
        ct = np.where(np.broadcast_to(voip_caller, ct.shape) & ~ci, S("voip"), ct)
    return ct.astype(np.int32)


def add_calls(w: World, t, caller, callee, res, dur, ring, *, imei=-1, imsi=-1, ccell=-1, ecell=-1, roam=-1,
              ctype=None, media="voice", gateway=None, voip_caller=False):
    cells = w.cells
    t = np.asarray(t, np.int64)
    n = len(t)
    b = lambda v: np.broadcast_to(np.asarray(v, np.int64), (n,))  # noqa: E731
    caller, callee = b(caller), b(callee)
    if ctype is None:
        ctype = call_type(w, caller, callee, voip_caller)
    w.sink.add("voice", start_time=t, caller=caller.copy(), callee=callee.copy(), duration_s=b(dur).copy(),
               ring_s=b(ring).copy(), result=res, caller_imei=b(imei).copy(), caller_imsi=b(imsi).copy(),
               caller_cell=cells.code_of(b(ccell)), callee_cell=cells.code_of(b(ecell)),
               caller_roaming_country=roam if isinstance(roam, str | type(None)) else np.asarray(roam, np.int32),
               call_type=ctype, media=media, gateway=gateway)


def add_sms(w: World, t, sender, receiver, tpl, param=0, *, imei=-1, cell=-1, roam=-1):
    t = np.asarray(t, np.int64)
    n = len(t)
    b = lambda v, dt=np.int64: np.broadcast_to(np.asarray(v, dt), (n,)).copy()  # noqa: E731
    w.sink.add("sms", send_time=t, sender=b(sender), receiver=b(receiver), content=(b(tpl, np.int32), b(param)),
               sender_imei=b(imei), sender_cell=w.cells.code_of(b(cell)),
               sender_roaming_country=roam if isinstance(roam, str | type(None)) else b(roam, np.int32))


def add_dev(w: World, t, msisdn, imsi, imei, cell, event, *, roam=-1, nbytes=-1):
    t = np.asarray(t, np.int64)
    n = len(t)
    b = lambda v, dt=np.int64: np.broadcast_to(np.asarray(v, dt), (n,)).copy()  # noqa: E731
    w.sink.add("device", time=t, msisdn=b(msisdn), imsi=b(imsi), imei=b(imei), cell=w.cells.code_of(b(cell)),
               event=event if isinstance(event, str) else b(event, np.int32),
               roaming_country=roam if isinstance(roam, str | type(None)) else b(roam, np.int32), bytes=b(nbytes))


def add_web(w: World, t, msisdn, dom, ip, *, path=-1, nbytes=None, app=-1, rng=None):
    t = np.asarray(t, np.int64)
    n = len(t)
    b = lambda v, dt=np.int64: np.broadcast_to(np.asarray(v, dt), (n,)).copy()  # noqa: E731
    if nbytes is None:
        nbytes = (rng.lognormal(11, 1.3, n)).astype(np.int64)
    w.sink.add("web", time=t, msisdn=b(msisdn), domain=b(dom, np.int32), url=b(path, np.int32), ip=b(ip, np.int32),
               bytes=b(nbytes), app=b(app, np.int32))


def add_app(w: World, t, msisdn, app, event, src=-1):
    t = np.asarray(t, np.int64)
    n = len(t)
    b = lambda v, dt=np.int64: np.broadcast_to(np.asarray(v, dt), (n,)).copy()  # noqa: E731
    w.sink.add("apps", time=t, msisdn=b(msisdn), app=b(app, np.int32),
               event=event if isinstance(event, str) else b(event, np.int32), source_url=b(src, np.int32))


def add_txn(w: World, t, frm, to, amount, *, channel="mobile_app", initiated=-1, currency="CNY"):
    t = np.asarray(t, np.int64)
    n = len(t)
    b = lambda v, dt=np.int64: np.broadcast_to(np.asarray(v, dt), (n,)).copy()  # noqa: E731
    w.sink.add("transfers", time=t, from_account=b(frm), to_account=b(to), amount=np.round(b(amount, float), 2),
               currency=currency, channel=channel if isinstance(channel, str) else b(channel, np.int32),
               initiated_msisdn=b(initiated))


def bank_sms(w: World, rng, t, msisdn, bank, acct, kind="out"):
    """The bank's SMS to the account holder after a transfer (bank: array of bank names)."""
    from texts import BANK_NUM, BANKS, T
    t = np.asarray(t, np.int64)
    bank = np.asarray(bank)
    ok = np.asarray(msisdn) > 0
    for bk in BANKS:
        m = ok & (bank == bk)
        if m.any():
            add_sms(w, t[m] + rng.integers(2, 40, m.sum()), BANK_NUM[bk], np.asarray(msisdn)[m],
                    T.group(f"bank_{kind}:{bk}")[0], np.asarray(acct)[m] % 10000)


# ---- lines ----------------------------------------------------------------------------------------------
@dataclass
class Lines:
    """Numbers used as a group (a SIM box's cards, a gang's phones, a look-alike's lines)."""

    msisdn: np.ndarray
    imsi: np.ndarray
    imei: np.ndarray
    cell: np.ndarray  # base cell (-1 for fixed/VoIP lines)
    area: np.ndarray  # area to wander in (-1: stays on its cell)
    wander: float = 0.0
    roam: np.ndarray | None = None  # interned ISO country while abroad, -1 at home
    voip: bool = False
    smart: bool = True
    extra: dict = field(default_factory=dict)

    def __len__(self):
        return len(self.msisdn)

    def cells_at(self, w: World, rng, k: np.ndarray, t: np.ndarray) -> np.ndarray:
        c = self.cell[k].copy()
        if self.wander > 0:
            m = (rng.random(len(k)) < self.wander) & (self.area[k] >= 0)
            if m.any():
                c[m] = w.cells.in_area(rng, self.area[k][m])
        if self.roam is not None:
            c = np.where(self.roam[k] >= 0, -1, c)
        return c

    def roam_at(self, k):
        return -1 if self.roam is None else self.roam[k]


def lines_calls(w: World, rng, L: Lines, k, t, callee, callee_res, p_answer, dur_med, dur_sigma=0.9, *,
                media="voice", gateway=None, p_reject=0.05, ctype=None, imei=None):
    """Calls from lines k at times t; callee_res: resident index of the callee or -1. Returns (res, dur)."""
    n = len(t)
    res, dur, ring = outcome(w, rng, n, p_answer, dur_med, dur_sigma, p_reject=p_reject)
    R = w.R
    cr = np.asarray(callee_res, np.int64)
    ecell = np.full(n, -1, np.int64)
    m = cr >= 0
    if m.any():
        ecell[m] = R.cell_at(rng, cr[m], t[m])
    add_calls(w, t, L.msisdn[k], callee, res, dur, ring, imei=L.imei[k] if imei is None else imei, imsi=L.imsi[k],
              ccell=L.cells_at(w, rng, k, t), ecell=ecell, roam=L.roam_at(k), ctype=ctype, media=media,
              gateway=gateway, voip_caller=L.voip)
    return res, dur


def lines_sms(w: World, rng, L: Lines, k, t, receiver, tpl, param=0, imei=None):
    add_sms(w, t, L.msisdn[k], receiver, tpl, param, imei=L.imei[k] if imei is None else imei,
            cell=L.cells_at(w, rng, k, t), roam=L.roam_at(k))


def presence(w: World, rng, L: Lines, d0, d1, *, lu_per_day=2.0, data_per_day=0.0, data_med=2e6, power_cycle=True,
             imei=None):
    """Device events of lines active on days [d0, d1): power on when they start, location updates,
    data sessions, power off when they stop."""
    n = len(L)
    d0 = np.broadcast_to(np.asarray(d0, np.int64), (n,))
    d1 = np.broadcast_to(np.asarray(d1, np.int64), (n,))
    ndays = np.maximum(d1 - d0, 0)
    imeis = L.imei if imei is None else imei
    if L.voip or (L.imsi[0] if n else 0) < 0:
        return
    if power_cycle:
        k = np.flatnonzero(ndays > 0)
        t_on = START + d0[k] * DAY + rng.integers(7 * HOUR, 10 * HOUR, len(k))
        add_dev(w, t_on, L.msisdn[k], L.imsi[k], imeis[k], L.cells_at(w, rng, k, t_on), "power_on",
                roam=L.roam_at(k))
        add_dev(w, t_on + rng.integers(1, 5, len(k)), L.msisdn[k], L.imsi[k], imeis[k], L.cells_at(w, rng, k, t_on),
                "attach", roam=L.roam_at(k))
        ended = k[d1[k] < w.days]
        t_off = START + (d1[ended] - 1) * DAY + rng.integers(18 * HOUR, 23 * HOUR, len(ended))
        add_dev(w, t_off, L.msisdn[ended], L.imsi[ended], imeis[ended], L.cells_at(w, rng, ended, t_off),
                "power_off", roam=L.roam_at(ended))
    for rate, ev in ((lu_per_day, "location_update"), (data_per_day, "data_session")):
        if rate <= 0:
            continue
        cnt = rng.poisson(rate * ndays)
        k = np.repeat(np.arange(n), cnt)
        if len(k) == 0:
            continue
        day = d0[k] + (rng.random(len(k)) * ndays[k]).astype(np.int64)
        t = clock.times(rng, day, "adult")
        nb = (data_med * rng.lognormal(0, 1.0, len(k))).astype(np.int64) if ev == "data_session" else -1
        add_dev(w, t, L.msisdn[k], L.imsi[k], imeis[k], L.cells_at(w, rng, k, t), ev, roam=L.roam_at(k), nbytes=nb)


def active_schedule(rng, n, d_first, d_last, span_lo, span_hi):
    """Start day and end day (exclusive) per line: staggered use of cards."""
    d0 = rng.integers(d_first, max(d_first + 1, d_last), n)
    d1 = np.minimum(d0 + rng.integers(span_lo, span_hi + 1, n), d_last + 1)
    return d0, np.maximum(d1, d0 + 1)


def per_day_events(rng, d0, d1, rate):
    """Line index and day of Poisson(rate) events per active day [d0, d1)."""
    d0 = np.asarray(d0, np.int64)
    nd = np.maximum(np.asarray(d1, np.int64) - d0, 0)
    if len(nd) == 0 or nd.max() == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    D = int(nd.max())
    lam = np.broadcast_to(np.asarray(rate, float), nd.shape)[:, None] * (np.arange(D)[None, :] < nd[:, None])
    cnt = rng.poisson(lam).ravel()
    k = np.repeat(np.repeat(np.arange(len(nd)), D), cnt)
    day = np.repeat((d0[:, None] + np.arange(D)[None, :]).ravel(), cnt)
    return k, day


def strangers(w: World, rng, n, res_weight=None, p_res=0.2):
    """Callee numbers and resident index (-1 for other operators' subscribers)."""
    R = w.R
    num = w.reg.ext_mobile(n, rng)
    res = np.full(n, -1, np.int64)
    m = rng.random(n) < p_res
    k = int(m.sum())
    if k:
        if res_weight is None:
            pick = rng.integers(0, R.n, k)
        else:
            p = np.asarray(res_weight, float)
            pick = rng.choice(R.n, k, p=p / p.sum())
        res[m] = pick
        num[m] = R.msisdn[pick]
    return num, res


# ---- money ----------------------------------------------------------------------------------------------
class Money:
    """Inflows to mule accounts recorded by gangs; laundering moves them on layer by layer at the end."""

    def __init__(self, w: World):
        self.w = w
        self.pools: dict[str, dict] = {}
        self.inflow: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []

    def pool(self, name, accts, owner_msisdn, *, nxt=None, delay_med=25 * MIN, keep=0.0, split=(1, 3),
             channel="mobile_app", final=False):
        accts = np.asarray(accts, np.int64)
        owner = np.broadcast_to(np.asarray(owner_msisdn, np.int64), accts.shape)
        o = np.argsort(accts)
        self.pools[name] = dict(accts=accts, sorted=accts[o], owner=owner[o], nxt=nxt, delay=delay_med, keep=keep,
                                split=split, channel=channel, final=final)

    def pick(self, rng, name, n):
        a = self.pools[name]["accts"]
        return a[rng.integers(0, len(a), n)]

    def receive(self, to, t, amount):
        self.inflow.append((np.asarray(to, np.int64), np.asarray(t, np.int64), np.asarray(amount, float)))

    def launder(self):
        w = self.w
        rng = w.rng("money.launder")
        for _ in range(4):  # up to four layers
            if not self.inflow:
                return
            to = np.concatenate([x[0] for x in self.inflow])
            t = np.concatenate([x[1] for x in self.inflow])
            amt = np.concatenate([x[2] for x in self.inflow])
            self.inflow = []
            for p in self.pools.values():
                if p["nxt"] is None:
                    continue
                m = np.isin(to, p["accts"])
                if not m.any():
                    continue
                a_to, a_t, a_amt = to[m], t[m], amt[m]
                out_amt = a_amt * (1 - p["keep"]) * rng.uniform(0.97, 1.0, len(a_amt))
                ks = rng.integers(p["split"][0], p["split"][1] + 1, len(a_amt))
                src = np.repeat(np.arange(len(a_amt)), ks)
                frac = rng.random(len(src)) + 0.3
                tot = np.bincount(src, frac, len(a_amt))
                part = np.round(out_amt[src] * frac / tot[src], -1)
                tt = a_t[src] + clock.lognormal_delay(rng, len(src), p["delay"], 0.9) + 30
                nxt = self.pick(rng, p["nxt"], len(src))
                owner = p["owner"][np.searchsorted(p["sorted"], a_to[src])]
                keep = tt < w.end
                add_txn(w, tt[keep], a_to[src][keep], nxt[keep], part[keep], channel=p["channel"],
                        initiated=owner[keep])
                if not self.pools[p["nxt"]]["final"]:
                    self.receive(nxt[keep], tt[keep], part[keep])
