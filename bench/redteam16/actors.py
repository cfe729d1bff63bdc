"""Groups of special subscribers (look-alikes, gang cards) and what they do: dialling people from an address
book, texting, being called, a personal circle, phones on the network, web, apps and money."""

from __future__ import annotations

import numpy as np
from acts import app_rows, calls, pay, presence, sms, truth, web
from core import DAY, DAYS, T0, S, hexkeys, join, lognorm, pick, repeat_days, times
from world import CITY_W, TACS


def days_mask(first: int = 0, last: int = DAYS, weekdays_only: bool = False) -> np.ndarray:
    from core import OFF_DAY
    m = np.zeros(DAYS, bool)
    m[first:last] = True
    if weekdays_only:
        m &= ~OFF_DAY
    return m


class Group:
    """n special subscribers with their numbers, handsets, ID keys, home and work cells."""

    def __init__(self, w, n: int, *, city=None, cities=None, line="mobile", ctype="personal", idt="resident_id",
                 one_id=False, id_keys=None, prepaid=False, opened=None, age_days=(300, 3000), channel="HALL",
                 home_zones=(0,), work_zones=None, tacs=TACS, imei=True, status="active", status_time=None,
                 roam=False, prefixes=None, area=None):
        rng = w.rng
        self.w, self.n = w, n
        if city is None:
            city = rng.choice(len(CITY_W), n, p=CITY_W) if cities is None else np.asarray(cities)[rng.integers(0, len(cities), n)]
        self.city = np.broadcast_to(np.asarray(city), (n,)).copy()
        if opened is None:
            opened = T0 - rng.integers(age_days[0], age_days[1], n) * DAY - rng.integers(0, DAY, n)
        self.opened = np.broadcast_to(np.asarray(opened, np.int64), (n,)).copy()
        if id_keys is None and one_id:
            id_keys = hexkeys(rng, 1, "bl" if idt == "business_license" else "id")[0]
        kw = {} if prefixes is None else {"prefixes": prefixes}
        home = w.cell_in(self.city, list(home_zones))
        if line == "fixed":
            from world import CITIES
            self.msisdn = np.concatenate([w.alloc.fixed(1, area or CITIES[c][2]) for c in self.city])
            self.imsi = np.full(n, -1)
            self.imei = np.full(n, -1)
            w.feed.add("subscribers", msisdn=self.msisdn, id_key=id_keys if id_keys is not None else hexkeys(rng, n, "bl"),
                       id_type=idt, customer_type=ctype, line_type=line, operator="CMCC-JS", open_time=self.opened,
                       open_channel=channel, open_cell=home, status=status, status_time=status_time, is_prepaid=False,
                       home_region=np.array([CITIES[c][0] for c in self.city], object))
            self.id_key = np.broadcast_to(np.asarray(id_keys, object), (n,)) if id_keys is not None else None
        else:
            self.msisdn, self.imsi, self.imei, self.id_key, _ = w.new_sims(
                n, self.city, open_time=self.opened, id_key=id_keys, id_type=idt, customer_type=ctype, line_type=line,
                prepaid=prepaid, channel=channel, status=status, status_time=status_time, imei_tacs=tacs, with_imei=imei,
                cell=home, **kw)
        self.fixed = line == "fixed"
        self.home = home
        self.work = w.cell_in(self.city, list(work_zones)) if work_zones else home
        self.roam = roam
        self.activity = rng.lognormal(0, 0.3, n)

    def where(self, e, t):
        if self.fixed:
            return self.home[e]
        if self.roam:
            return self.w.cell_in(self.city[e], [0, 1, 4, 5])
        h = (np.asarray(t) - T0) % DAY // 3600
        return np.where((h >= 8) & (h < 19), self.work[e], self.home[e])

    def label(self, role: str, gang: str = "", scheme: str = "", first=None) -> None:
        truth(self.w, "msisdn", self.msisdn, role, gang, scheme, self.opened if first is None else first)


def book(w, g: Group, size: int, offnet: float = 0.25, cities=None, ages=None):
    """Per member, an address book of ``size`` people (person index, -1 for another network) and numbers."""
    rng = w.rng
    c = g.city if cities is None else np.asarray(cities)[rng.integers(0, len(cities), g.n)]
    lo, hi = w.city_lo[c], w.city_hi[c]
    P = lo[:, None] + (rng.random((g.n, size)) * (hi - lo)[:, None]).astype(np.int64)
    if ages is not None:
        pool = np.flatnonzero(np.isin(w.age, ages))
        P = np.where(np.isin(w.age[P], ages), P, pool[rng.integers(0, pool.size, P.shape)])
    off = rng.random((g.n, size)) < offnet
    num = np.where(off, w.offnet[rng.integers(0, w.offnet.size, (g.n, size))], w.msisdn[P])
    return np.where(off, -1, P), num


def dial(w, g: Group, rate, *, bk=None, size=200, offnet=0.25, days=None, profile="day", p_answer=0.6, dur=(40, 0.7),
         callback=0.08, media="voice", gateway=None, kind=None, reject=0.3, roaming=None, members=None, hook=None,
         imei_day=None, cell_day=None):
    """Members call people from their book; some of those people ring back later. Returns the call rows'
    (member, person, time, answered, duration)."""
    rng = w.rng
    P, num = bk if bk is not None else book(w, g, size, offnet)
    mask = days_mask() if days is None else days
    rate = np.asarray(rate, float)
    lam = (rate if rate.ndim == 2 else rate * g.activity[:, None] * mask[None, :])
    if members is not None:
        lam = lam * members[:, None]
    e, d = repeat_days(rng.poisson(lam))
    t = times(rng, d, profile)
    j = rng.integers(0, P.shape[1], e.size)
    p = P[e, j]
    on = p >= 0
    ccell = np.full(e.size, -1)
    ccell[on] = w.where(p[on], t[on])
    roam = None if roaming is None else np.broadcast_to(np.asarray(roaming, object), (g.n,))[e]
    imei = g.imei[e] if imei_day is None else imei_day[e, d]
    if cell_day is not None:
        cell = cell_day[e, d]
    else:
        cell = -1 if (g.fixed or roaming is not None) else g.where(e, t)
    ans, du = calls(w, t, g.msisdn[e], num[e, j], caller_imei=imei, caller_imsi=g.imsi[e], caller_cell=cell, callee_cell=ccell,
                    p_answer=p_answer, dur=dur, kind=kind, media=media, gateway=gateway, reject_share=reject, roaming=roam,
                    hook=hook)
    cb = on & (rng.random(e.size) < callback)
    if cb.any():
        tc = t[cb] + du[cb] + rng.integers(120, 4 * 3600, cb.sum())
        ok = tc < T0 + DAYS * DAY
        pe, pp, tc = e[cb][ok], p[cb][ok], tc[ok]
        calls(w, tc, w.msisdn[pp], g.msisdn[pe], caller_imei=w.imei[pp], caller_imsi=w.imsi[pp], caller_cell=w.where(pp, tc),
              callee_cell=-1 if g.fixed else g.where(pe, tc), p_answer=0.85, dur=(50, 0.8))
    return e, p, t, ans, du


def receive(w, g: Group, rate, *, days=None, profile="office", p_answer=0.85, dur=(60, 0.8), offnet=0.3, cities=None):
    """Strangers (customers) call the members."""
    rng = w.rng
    mask = days_mask() if days is None else days
    e, d = repeat_days(rng.poisson(rate * g.activity[:, None] * mask[None, :]))
    t = times(rng, d, profile)
    c = g.city[e] if cities is None else np.asarray(cities)[rng.integers(0, len(cities), e.size)]
    p = w.city_lo[c] + (rng.random(e.size) * (w.city_hi[c] - w.city_lo[c])).astype(np.int64)
    off = rng.random(e.size) < offnet
    caller = np.where(off, w.offnet[rng.integers(0, w.offnet.size, e.size)], w.msisdn[p])
    calls(w, t, caller, g.msisdn[e], caller_imei=np.where(off, -1, w.imei[p]), caller_imsi=np.where(off, -1, w.imsi[p]),
          caller_cell=np.where(off, -1, w.where(p, t)), callee_cell=-1 if g.fixed else g.where(e, t), p_answer=p_answer, dur=dur)


def member_day_rates(g: Group, rate, days=None, members=None, act=None):
    """Expected events per member and day: ``rate`` on the active ``days`` (every day by default), only for
    ``members`` (a boolean mask), times ``act`` (a member x day factor)."""
    mask = days_mask() if days is None else days
    lam = rate * mask[None, :] * np.ones((g.n, 1))
    if members is not None:
        lam = lam * members[:, None]
    if act is not None:
        lam = lam * act
    return lam


def social(w, g: Group, k: int = 8, rate: float = 1.5, *, days=None, video=0.03, members=None, act=None):
    """A personal circle of k people in the member's city: calls both ways and the odd text."""
    rng = w.rng
    lo, hi = w.city_lo[g.city], w.city_hi[g.city]
    circle = lo[:, None] + (rng.random((g.n, k)) * (hi - lo)[:, None]).astype(np.int64)
    lam = member_day_rates(g, rate, days, members, act)
    e, d = repeat_days(rng.poisson(lam))
    t = times(rng, d, "evening")
    p = circle[e, rng.integers(0, k, e.size)]
    out = rng.random(e.size) < 0.55
    med = np.where(rng.random(e.size) < video, "video", "voice")
    o, i = out, ~out
    calls(w, t[o], g.msisdn[e[o]], w.msisdn[p[o]], caller_imei=g.imei[e[o]], caller_imsi=g.imsi[e[o]],
          caller_cell=-1 if g.fixed else g.where(e[o], t[o]), callee_cell=w.where(p[o], t[o]), p_answer=0.85, dur=(90, 1.0), media=med[o])
    calls(w, t[i], w.msisdn[p[i]], g.msisdn[e[i]], caller_imei=w.imei[p[i]], caller_imsi=w.imsi[p[i]],
          caller_cell=w.where(p[i], t[i]), callee_cell=-1 if g.fixed else g.where(e[i], t[i]), p_answer=0.85, dur=(90, 1.0), media=med[i])
    s = rng.random(e.size) < 0.2
    sms(w, t[s] + 30, g.msisdn[e[s]], w.msisdn[p[s]], "", sender_imei=g.imei[e[s]], sender_cell=-1 if g.fixed else g.where(e[s], t[s]))
    return circle


def texts(w, g: Group, rate, content, *, bk=None, size=300, offnet=0.3, days=None, profile="day", members=None,
          burst=None):
    """Members text people from their book. ``content``: list of strings. ``burst``: (day, hour, n) one-off sends.
    Returns (member, person or -1, time, content index) per message."""
    rng = w.rng
    P, num = bk if bk is not None else book(w, g, size, offnet)
    if burst is not None:
        day, hour, k = burst
        e = np.repeat(np.arange(g.n), k)
        t = T0 + np.asarray(day)[e] * DAY + np.asarray(hour)[e] * 3600 + np.sort(rng.integers(0, 5400, e.size))
    else:
        mask = days_mask() if days is None else days
        lam = np.asarray(rate, float) * g.activity[:, None] * mask[None, :]
        if members is not None:
            lam = lam * members[:, None]
        e, d = repeat_days(rng.poisson(lam))
        t = times(rng, d, profile)
    j = rng.integers(0, P.shape[1], e.size)
    ci = rng.integers(0, len(content), e.size) if isinstance(content, list) else np.zeros(e.size, np.int64)
    body = S(content, ci) if isinstance(content, list) else content
    sms(w, t, g.msisdn[e], num[e, j], body, sender_imei=g.imei[e], sender_cell=-1 if g.fixed else g.where(e, t))
    return e, P[e, j], t, ci


def phones(w, g: Group, *, days=None, loc=1.2, data=1.5, profile="day", roaming=None, imei_day=None, members=None,
           data_mb=2.0, power_cycle=0.02):
    if g.fixed:
        return
    mask = days_mask() if days is None else days
    act = np.ones((g.n, 1), bool) & mask[None, :]
    if members is not None:
        act &= members[:, None]
    presence(w, g.msisdn, g.imsi, g.imei, g.home, act, loc=loc, data=data, profile=profile, roaming=roaming,
             cell_fn=(lambda e, t: np.full(e.size, -1)) if roaming is not None else g.where, imei_day=imei_day,
             data_mb=data_mb, power_cycle=power_cycle)


def browse(w, g: Group, rate, domains, *, days=None, profile="day", ips=None, apps=None, paths=None, members=None, act=None):
    rng = w.rng
    lam = member_day_rates(g, rate, days, members, act)
    e, d = repeat_days(rng.poisson(lam))
    k = rng.integers(0, len(domains), e.size)
    web(w, times(rng, d, profile), g.msisdn[e], S(domains, k), ip=None if ips is None else S(ips, k),
        app=None if apps is None else S(apps, k), path=None if paths is None else S(paths, rng.integers(0, len(paths), e.size)))


def accounts(w, g: Group, prefix="ac", banks=None, per=1):
    """Bank accounts for the members; returns (member index, account id)."""
    e = np.repeat(np.arange(g.n), per)
    keys = g.id_key[e] if g.id_key is not None else hexkeys(w.rng, e.size, "bl")
    acc = w.new_accounts(keys, np.full(e.size, -1) if g.fixed else g.msisdn[e], g.opened[e] + w.rng.integers(0, 30, e.size) * DAY, prefix, banks)
    return e, acc


def payers(w, n: int, cities=None) -> np.ndarray:
    """n people with a bank account (optionally of given cities)."""
    m = w.main_acct >= 0
    if cities is not None:
        m &= np.isin(w.city, cities)
    pool = np.flatnonzero(m)
    return pool[w.rng.integers(0, pool.size, n)]


def pay_in(w, acc, rate, amount, *, days=None, profile="day", cities=None, channel="third_party", pool=None):
    """People pay into each of the accounts ``acc``: ``rate`` payments a day each, ``amount`` (median, sigma)."""
    rng = w.rng
    acc = np.asarray(acc, object)
    mask = days_mask() if days is None else days
    e, d = repeat_days(rng.poisson(rate * mask[None, :] * np.ones((acc.size, 1))))
    p = payers(w, e.size, cities) if pool is None else pool[rng.integers(0, pool.size, e.size)]
    amt = lognorm(rng, amount[0], amount[1], e.size) if isinstance(amount, tuple) else pick(rng, amount, e.size)
    t = times(rng, d, profile)
    pay(w, t, w.acct_id[w.main_acct[p]], acc[e], amt, channel=channel, msisdn=w.msisdn[p])
    return e, p, t


def pay_out(w, acc, rate, amount, *, days=None, profile="office", dst=None, channel="mobile_app", msisdn=None):
    """Each account in ``acc`` pays people (or the accounts ``dst``)."""
    rng = w.rng
    acc = np.asarray(acc, object)
    mask = days_mask() if days is None else days
    e, d = repeat_days(rng.poisson(rate * mask[None, :] * np.ones((acc.size, 1))))
    to = w.acct_id[w.main_acct[payers(w, e.size)]] if dst is None else np.asarray(dst, object)[rng.integers(0, len(dst), e.size)]
    amt = lognorm(rng, amount[0], amount[1], e.size) if isinstance(amount, tuple) else pick(rng, amount, e.size)
    pay(w, times(rng, d, profile), acc[e], to, amt, channel=channel, msisdn=-1 if msisdn is None else np.asarray(msisdn)[e])


def installs(w, g: Group, apps: list[str], source: list[str] | None, *, day=None, use_rate=0.5, members=None, days=None):
    """Each member installs one of ``apps`` (from ``source`` URLs) on ``day`` and uses it afterwards."""
    rng = w.rng
    idx = np.arange(g.n) if members is None else np.flatnonzero(members)
    k = rng.integers(0, len(apps), idx.size)
    d0 = rng.integers(0, DAYS, idx.size) if day is None else np.broadcast_to(np.asarray(day), idx.shape)
    t0 = times(rng, d0, "day")
    if source is None:
        src = None
    elif len(source) == len(apps):
        src = S(source, k)
    else:  # store prefixes: store URL + package
        src = join(S(source, rng.integers(0, len(source), idx.size)), S(apps, k))
    app_rows(w, t0, g.msisdn[idx], S(apps, k), "install", src)
    mask = days_mask() if days is None else days
    lam = use_rate * (np.arange(DAYS)[None, :] > d0[:, None]) * mask[None, :]
    e, d = repeat_days(rng.poisson(lam))
    app_rows(w, times(rng, d, "day"), g.msisdn[idx[e]], S(apps, k[e]), "use")
    return idx, k, t0


def iaccounts(w, g: Group, platforms: list[str], per, *, t=None, members=None, status="active"):
    """Internet accounts registered with the members' numbers; returns (member, platform, account) arrays."""
    rng = w.rng
    idx = np.arange(g.n) if members is None else np.flatnonzero(members)
    k = rng.integers(per[0], per[1] + 1, idx.size) if isinstance(per, tuple) else np.full(idx.size, per)
    e = np.repeat(idx, k)
    plat = pick(rng, platforms, e.size)
    acc = join(S(["u"], np.zeros(e.size, int)), hexkeys(rng, e.size))
    reg = (times(rng, rng.integers(0, DAYS, e.size), "day") if t is None else np.asarray(t)[e] + rng.integers(0, 3 * DAY, e.size))
    reg = np.minimum(reg, T0 + DAYS * DAY - 60)
    w.feed.add("internet_accounts", platform=plat, account=acc, msisdn=g.msisdn[e], register_time=reg, status=status)
    return e, plat, np.asarray(acc.to_pylist(), object)
