"""Background calls: ties in the contact books, off-net callers, service numbers and call-backs."""

from __future__ import annotations

import numpy as np

from tj import emit, rhythm
from tj.core import DAY
from tj.population import PID, PROFILE_NAMES

SERVICE = np.array([95588, 95533, 95599, 95566, 95555, 956056, 96155, 12345, 12306, 10037, 95338, 95311, 12315,
                    12333, 95598, 96196], np.int64)  # banks, government, rail, operator, couriers, power, heating


def day_weights(ctx) -> np.ndarray:
    """Calls swell towards Spring Festival."""
    d = np.arange(ctx.days)
    w = 1.0 + 0.025 * d
    return w / w.sum()


def _outcome(rng, n: int, p_answer: np.ndarray | float):
    r = rng.random(n)
    pa = np.broadcast_to(p_answer, (n,))
    res = np.where(r < pa, "answered", np.where(r < pa + (1 - pa) * 0.62, "no_answer",
                                                 np.where(r < pa + (1 - pa) * 0.85, "busy", "rejected")))
    return res


def _durations(rng, n: int, median: float = 70, sigma: float = 1.0) -> np.ndarray:
    return np.clip(rng.lognormal(np.log(median), sigma, n), 4, 4200).astype(np.int64)


def run(ctx) -> None:
    rng = ctx.rng("bg_voice")
    pop, bk = ctx.pop, ctx.books
    D = ctx.days
    dw = day_weights(ctx)
    share = 0.8
    # on-net ties, off-net out, off-net in
    specs = [
        (bk.on_src, pop.msisdn[bk.on_dst], bk.on_dst, pop.call_rate[bk.on_src] * bk.on_w),
        (bk.off_src, bk.off_msisdn[bk.off_dst], np.full(bk.off_src.size, -1), pop.call_rate[bk.off_src] * bk.off_w),
    ]
    for k, (src, callee_no, callee_p, rate) in enumerate(specs):
        cnt = rng.poisson(rate * D * share)
        e = np.repeat(np.arange(src.size), cnt)
        p = src[e]
        day = rng.choice(D, e.size, p=dw)
        t = rhythm.times_by_group(rng, ctx.t0 + day * DAY, pop.profile[p], PROFILE_NAMES)
        callee = callee_no[e]
        old = pop.persona[p] == PID["elderly"]
        if k == 0:
            old |= pop.persona[callee_p[e]] == PID["elderly"]
        res = _outcome(rng, e.size, np.where(old, 0.86, 0.79))
        dur = np.where(res == "answered", _durations(rng, e.size, np.where(old, 110, 65)), 0)
        video = (res == "answered") & (rng.random(e.size) < np.where(old | pop.migrant[p], 0.09, 0.025))
        video &= ~emit.is_fixed(callee)
        _emit(ctx, rng, pop.msisdn[p], callee, t, dur, res, p, video)
        _callbacks(ctx, rng, pop.msisdn[p], callee, t, res, caller_p=p, callee_p=callee_p[e])
    # incoming from off-net contacts
    rate = pop.call_rate[bk.off_src] * bk.off_in_w
    cnt = rng.poisson(rate * D * share)
    e = np.repeat(np.arange(bk.off_src.size), cnt)
    p = bk.off_src[e]
    day = rng.choice(D, e.size, p=dw)
    t = rhythm.times_by_group(rng, ctx.t0 + day * DAY, pop.profile[p], PROFILE_NAMES)
    caller = bk.off_msisdn[bk.off_dst[e]]
    res = _outcome(rng, e.size, 0.8)
    dur = np.where(res == "answered", _durations(rng, e.size, 75), 0)
    video = (res == "answered") & bk.off_family[bk.off_dst[e]] & (rng.random(e.size) < 0.15) & ~emit.is_fixed(caller)
    emit.calls(ctx, rng, caller, pop.msisdn[p], t, dur, result=res, media=np.where(video, "video", "voice"))
    _callbacks(ctx, rng, caller, pop.msisdn[p], t, res, caller_p=np.full(e.size, -1), callee_p=p)
    # numbers outside the book: shops, classified ads, plumbers, wrong numbers
    cnt = rng.poisson(0.22 * D, pop.n)
    p = np.repeat(np.arange(pop.n), cnt)
    day = rng.integers(0, D, p.size)
    t = rhythm.times_by_group(rng, ctx.t0 + day * DAY, pop.profile[p], PROFILE_NAMES)
    onnet = rng.random(p.size) < 0.45
    callee = np.where(onnet, pop.msisdn[rng.integers(0, pop.n, p.size)],
                      bk.off_msisdn[rng.integers(0, bk.off_msisdn.size, p.size)])
    fresh = ~onnet & (rng.random(p.size) < 0.3)
    callee[fresh] = ctx.numbers.offnet_mobile(int(fresh.sum()))
    res = _outcome(rng, p.size, 0.6)
    dur = np.where(res == "answered", _durations(rng, p.size, 45, 0.9), 0)
    _emit(ctx, rng, pop.msisdn[p], callee, t, dur, res, p, np.zeros(p.size, bool))
    _callbacks(ctx, rng, pop.msisdn[p], callee, t, res, caller_p=p, callee_p=pop.lookup(callee))
    # service numbers
    cnt = rng.poisson(0.11 * D, pop.n)
    p = np.repeat(np.arange(pop.n), cnt)
    day = rng.integers(0, D, p.size)
    t = rhythm.times(rng, ctx.t0 + day * DAY, "business")
    callee = SERVICE[rng.integers(0, SERVICE.size, p.size)]
    dur = _durations(rng, p.size, 150, 0.8)
    _emit(ctx, rng, pop.msisdn[p], callee, t, dur, np.full(p.size, "answered"), p, np.zeros(p.size, bool),
          callee_cell=False)


def _emit(ctx, rng, caller, callee, t, dur, res, p, video, callee_cell=True) -> None:
    pop = ctx.pop
    emit.calls(ctx, rng, caller, callee, t, dur, result=res, imei=pop.imei_at(ctx, p, t), imsi=pop.imsi[p],
               cell=pop.cell_at(ctx, p, t), media=np.where(video, "video", "voice"),
               callee_cell="auto" if callee_cell else None)


def _callbacks(ctx, rng, caller, callee, t, res, caller_p, callee_p) -> None:
    """Missed calls between acquaintances are often returned within the hour."""
    missed = (res != "answered") & (rng.random(res.size) < 0.55)
    if not missed.any():
        return
    pop = ctx.pop
    back_t = t[missed] + np.clip(rng.lognormal(np.log(900), 1.0, int(missed.sum())), 60, 6 * 3600).astype(np.int64)
    ok = back_t < ctx.t1
    cb_caller = callee[missed][ok]
    cb_callee = caller[missed][ok]
    tt = back_t[ok]
    cp = callee_p[missed][ok]
    n = tt.size
    dur = np.where(rng.random(n) < 0.88, _durations(rng, n, 70), 0)
    res2 = np.where(dur > 0, "answered", "no_answer")
    on = cp >= 0
    emit.calls(ctx, rng, cb_caller[on], cb_callee[on], tt[on], dur[on], result=res2[on], imei=pop.imei_at(ctx, cp[on], tt[on]),
               imsi=pop.imsi[cp[on]], cell=pop.cell_at(ctx, cp[on], tt[on]))
    emit.calls(ctx, rng, cb_caller[~on], cb_callee[~on], tt[~on], dur[~on], result=res2[~on])
