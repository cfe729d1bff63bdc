"""Everyday SMS: person to person, verification codes, bank notices, government notices, marketing, parcels."""

from __future__ import annotations

import numpy as np

from . import texts
from .clock import DAY, OFFICE, T0, sample_times, sample_times_rows


def _fmt_many(rng, templates, n, **ranges):
    idx = rng.integers(0, len(templates), n)
    vals = {k: rng.integers(lo, hi, n) for k, (lo, hi) in ranges.items()}
    return [templates[i].format(**{k: v[m] for k, v in vals.items()}) for m, i in enumerate(idx.tolist())]


def run(ww) -> None:
    pop, rng, sink = ww.pop, ww.rng, ww.sink
    p2p = sink.codes(texts.P2P[:-1])
    for d in range(ww.days):
        # person to person, to and from contacts
        n = rng.poisson(pop.sms_rate)
        src = np.repeat(np.arange(pop.n), n)
        k = pop.cptr[src + 1] - pop.cptr[src]
        j = pop.cptr[src] + (k * rng.random(len(src)) ** 2).astype(np.int64)
        t = sample_times_rows(rng, np.full(len(src), d), pop.cdf, pop.persona[src])
        ww.sms(t, pop.msisdn[src], pop.cnum[j], p2p[rng.integers(0, len(p2p), len(src))], imei=pop.imei[src],
               cell=pop.where(rng, src, t, ww.cells))
        n = rng.poisson(pop.sms_rate * 0.5)
        dst = np.repeat(np.arange(pop.n), n)
        k = pop.cptr[dst + 1] - pop.cptr[dst]
        j = pop.cptr[dst] + (k * rng.random(len(dst)) ** 2).astype(np.int64)
        keep = pop.csub[j] < 0
        dst, j = dst[keep], j[keep]
        t = sample_times_rows(rng, np.full(len(dst), d), pop.cdf, pop.persona[dst])
        ww.sms(t, pop.cnum[j], pop.msisdn[dst], p2p[rng.integers(0, len(p2p), len(dst))])
        # verification codes when people log in
        dst = np.flatnonzero(rng.random(pop.n) < 0.3 * np.minimum(2, pop.web_rate / 5))
        t = sample_times_rows(rng, np.full(len(dst), d), pop.cdf, pop.persona[dst])
        which = rng.integers(0, len(texts.CODES), len(dst))
        senders = np.array([int(c[0]) for c in texts.CODES], np.int64)[which]
        codes = rng.integers(100000, 999999, len(dst))
        content = [texts.CODES[w][1].format(c=c) for w, c in zip(which.tolist(), codes.tolist(), strict=True)]
        ww.sms(t, senders, pop.msisdn[dst], content)
        # bank notices
        has = np.flatnonzero((pop.acct >= 0) & (rng.random(pop.n) < 0.18))
        t = sample_times_rows(rng, np.full(len(has), d), pop.cdf, pop.persona[has])
        which = rng.integers(0, len(texts.BANK), len(has))
        amt = np.round(rng.lognormal(4.5, 1.2, len(has)), 2)
        content = [texts.BANK[w][1].format(n=f"{x % 10000:04d}", d=16 + d, h=f"{(tt - T0) % DAY // 3600:02d}",
                                           m=f"{(tt - T0) % 3600 // 60:02d}", a=f"{a:.2f}", b=f"{a * 7.3 + 180:.2f}")
                   for w, x, tt, a in zip(which.tolist(), pop.msisdn[has].tolist(), t.tolist(), amt.tolist(),
                                          strict=True)]
        ww.sms(t, np.array([int(texts.BANK[w][0]) for w in which.tolist()], np.int64), pop.msisdn[has], content)
        # parcel pick-up notices
        dst = np.flatnonzero(rng.random(pop.n) < 0.12)
        t = sample_times(rng, d, len(dst), OFFICE)
        content = [texts.COURIER[i % 2].format(p=f"{['京东', '丰巢', '兔喜', '妈妈'][i % 4]}{i % 90 + 10}号柜", c=c)
                   for i, c in zip(rng.integers(0, 1000, len(dst)).tolist(),
                                   rng.integers(10000000, 99999999, len(dst)).tolist(), strict=True)]
        ww.sms(t, np.where(rng.random(len(dst)) < 0.5, 1069013195338, 10690598888), pop.msisdn[dst], content)
        # marketing campaigns with short links
        for s, (sender, tpl, _dom) in enumerate(texts.MARKETING):
            if (d + s) % 3:
                continue
            dst = np.flatnonzero(rng.random(pop.n) < 0.06)
            slug = f"{(d * 7919 + s * 104729) % 99991:05x}"
            t = T0 + d * DAY + 10 * 3600 + rng.integers(0, 7200, len(dst))
            ww.sms(t, int(sender), pop.msisdn[dst], tpl.format(s=slug))
        # government notices in waves
        for g, (sender, tpl) in enumerate(texts.GOV):
            if d not in (g * 2 % 14, (g * 2 + 7) % 14):
                continue
            dst = np.flatnonzero(rng.random(pop.n) < 0.15)
            t = T0 + d * DAY + 9 * 3600 + rng.integers(0, 4 * 3600, len(dst))
            ww.sms(t, int(sender), pop.msisdn[dst], tpl)
