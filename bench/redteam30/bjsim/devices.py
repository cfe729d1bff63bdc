"""Handset events: data sessions through the day, location updates on the commute, elder phones off at night."""

from __future__ import annotations

import numpy as np

from .clock import DAY, T0, sample_times_rows
from .numplan import TACS
from .population import P


def run(ww) -> None:
    pop, rng, sink = ww.pop, ww.rng, ww.sink
    ev = sink.codes(["data_session", "location_update", "power_off", "power_on", "attach"])
    elder = (pop.imei // 10_000_000 == TACS["elder_phone"]) | (pop.persona == P["suburban_villager"])
    commuter = pop.work >= 0
    for d in range(ww.days):
        n = rng.poisson(np.where(elder, 0.6, 2.2))
        src = np.repeat(np.arange(pop.n), n)
        t = sample_times_rows(rng, np.full(len(src), d), pop.cdf, pop.persona[src])
        ww.device(t, pop.msisdn[src], pop.imsi[src], pop.imei[src], pop.where(rng, src, t, ww.cells), ev[0],
                  nbytes=rng.lognormal(14, 1.5, len(src)).astype(np.int64))
        if d % 7 < 5:
            c = np.flatnonzero(commuter & (rng.random(pop.n) < 0.9))
            t1 = T0 + d * DAY + rng.integers(int(7.5 * 3600), int(9.5 * 3600), len(c))
            t2 = T0 + d * DAY + rng.integers(int(17.5 * 3600), int(20 * 3600), len(c))
            ww.device(t1, pop.msisdn[c], pop.imsi[c], pop.imei[c], pop.work[c], ev[1])
            ww.device(t2, pop.msisdn[c], pop.imsi[c], pop.imei[c], pop.home[c], ev[1])
        off = np.flatnonzero(elder & (rng.random(pop.n) < 0.3))
        t1 = T0 + d * DAY + rng.integers(21 * 3600, 23 * 3600, len(off))
        t2 = T0 + d * DAY + DAY + rng.integers(6 * 3600, 7 * 3600, len(off))
        ww.device(t1, pop.msisdn[off], pop.imsi[off], pop.imei[off], pop.home[off], ev[2])
        ww.device(t2, pop.msisdn[off], pop.imsi[off], pop.imei[off], pop.home[off], ev[3])
