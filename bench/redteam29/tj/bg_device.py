"""Background network events: first attach, commutes (location updates), data sessions, the old switching
their phones off at night, migrants' trip home."""

from __future__ import annotations

import numpy as np

from tj import rhythm
from tj.core import DAY
from tj.population import PID, PROFILE_NAMES


def _add(ctx, p, t, event, nbytes=None) -> None:
    pop = ctx.pop
    ctx.sink.add("device", time=t, msisdn=pop.msisdn[p], imsi=pop.imsi[p], imei=pop.imei_at(ctx, p, t),
                 cell=pop.cell_at(ctx, p, t), event=event, bytes=nbytes)


def run(ctx) -> None:
    rng = ctx.rng("bg_device")
    pop = ctx.pop
    D, n = ctx.days, pop.n
    allp = np.arange(n)
    _add(ctx, allp, ctx.t0 + rng.integers(0, 6 * 3600, n), "attach")
    # data sessions
    rate = np.clip(pop.web_rate, 0.3, 4) * 0.8
    cnt = rng.poisson(rate * D)
    p = np.repeat(allp, cnt)
    day = rng.integers(0, D, p.size)
    t = rhythm.times_by_group(rng, ctx.t0 + day * DAY, pop.profile[p], PROFILE_NAMES)
    _add(ctx, p, t, "data_session", rng.lognormal(np.log(3e6), 1.4, p.size).astype(np.int64))
    # commutes on working days
    w = np.flatnonzero(pop.works & (pop.work_cell != pop.home_cell) & ~pop.moving)
    days = np.arange(D)
    wd = rhythm.weekday(ctx, days)
    shift = np.isin(pop.persona[w], [PID["port"], PID["factory"], PID["shopkeeper"]])
    pw, dd = np.meshgrid(w, days, indexing="ij")
    go = (wd[None, :] < 5) | shift[:, None]
    go &= dd < pop.away_day[pw]
    pw, dd = pw[go], dd[go]
    t_in = ctx.t0 + dd * DAY + 8 * 3600 + rng.integers(0, 1800, pw.size)
    t_out = ctx.t0 + dd * DAY + 18 * 3600 + rng.integers(0, 3600, pw.size)
    _add(ctx, pw, t_in, "location_update")
    _add(ctx, pw, t_out, "location_update")
    # drivers and riders move through the city
    m = np.flatnonzero(pop.moving)
    pm = np.repeat(m, 5 * D)
    dm = np.tile(np.repeat(days, 5), m.size)
    t = ctx.t0 + dm * DAY + rng.integers(7 * 3600, 22 * 3600, pm.size)
    _add(ctx, pm, t, "location_update")
    # the old and villagers switch off at night
    o = np.flatnonzero(np.isin(pop.persona, [PID["elderly"], PID["villager"]]) & (rng.random(n) < 0.3))
    po = np.repeat(o, D - 1)
    do = np.tile(days[:-1], o.size)
    off = ctx.t0 + do * DAY + rng.integers(21 * 3600, 23 * 3600, po.size)
    on = ctx.t0 + (do + 1) * DAY + rng.integers(int(5.5 * 3600), 7 * 3600, po.size)
    _add(ctx, po, off, "power_off")
    _add(ctx, po, on, "power_on")
    # a new handset: power on with it
    sw = np.flatnonzero(pop.switch_day < D)
    t = ctx.t0 + pop.switch_day[sw].astype(np.int64) * DAY + rng.integers(9 * 3600, 21 * 3600, sw.size)
    _add(ctx, sw, t, "power_on")
    # the trip home: the phone goes off for the night train, then shows up in the home province
    a = np.flatnonzero((pop.away_day >= 1) & (pop.away_day < D))
    t = ctx.t0 + (pop.away_day[a].astype(np.int64) - 1) * DAY + rng.integers(22 * 3600, 24 * 3600 - 60, a.size)
    _add(ctx, a, t, "detach")
    a = np.flatnonzero((pop.away_day >= 0) & (pop.away_day < D))
    t = ctx.t0 + pop.away_day[a].astype(np.int64) * DAY + rng.integers(10 * 3600, 22 * 3600, a.size)
    _add(ctx, a, t, "location_update")
