"""The background's ordinary traffic: calls, texts, attach and data events, web and apps, platform
accounts, bank accounts and transfers. Vectorised over all people and days at once."""

from __future__ import annotations

import numpy as np

from . import content as C
from .core import DAY, HOUR, t_date
from .people import PERSONAS, P, sample_times

RESULTS = np.array(["answered", "no_answer", "busy", "rejected"], dtype=object)


def day_factor(days: int) -> np.ndarray:
    d = np.arange(days)
    f = np.ones(days)
    f[(d % 7) == 6] = 0.9  # Saturdays (T0 is a Sunday)
    f[(d % 7) == 0] = 0.85
    f[(d >= 3) & (d <= 5)] *= 1.12  # Naadam days, 11-13 July
    return f


def draw_result(rng, n, p_answer):
    u = rng.random(n)
    p = np.broadcast_to(p_answer, (n,))
    rest = (u - p) / np.maximum(1 - p, 1e-9)
    code = np.where(u < p, 0, np.where(rest < 0.72, 1, np.where(rest < 0.86, 2, 3)))
    return code


def ring_for(rng, code):
    n = len(code)
    ring = np.where(code == 0, rng.integers(2, 22, n), rng.integers(18, 55, n))
    ring = np.where(code == 2, rng.integers(0, 4, n), ring)
    return np.where(code == 3, rng.integers(2, 14, n), ring)


def services(w, rng):
    """Numbers many people call: bank hotlines, the operator, 12345, 400 numbers, shops and hospitals."""
    ids = w.ids
    areas = (471, 472, 477, 476, 470, 479)
    fixed = np.concatenate([ids.fixed(30, a) for a in areas])
    voip = np.concatenate([ids.fixed(8, a, voip=True) for a in areas])
    fixed_biz = np.concatenate([fixed, voip])
    # shops, hotels, clinics and offices on Tengri fixed lines and cloud PBX lines
    nb = len(fixed_biz)
    area = np.concatenate([np.repeat(areas, 30), np.repeat(areas, 8)])
    region = {471: "Hohhot", 472: "Baotou", 477: "Ordos", 476: "Chifeng", 470: "Hulunbuir", 479: "Xilingol"}
    w.emit("subscribers", msisdn=fixed_biz, id_key=ids.id_keys(nb), id_type="business_license",
           customer_type="enterprise", line_type=np.array(["fixed"] * len(fixed) + ["voip"] * len(voip), dtype=object),
           operator="Tengri Mobile", open_time=rng.integers(t_date(2008, 1, 1), t_date(2035, 6, 1), nb),
           open_channel=np.array([f"TG-{a}-ENT{k:02d}" for a, k in zip(area.tolist(), rng.integers(1, 30, nb).tolist(),
                                                                    strict=True)], dtype=object),
           status="active", is_prepaid=False, home_region=np.array([region[a] for a in area.tolist()], dtype=object))
    four00 = 86 * 10**10 + 4000 * 10**6 + rng.choice(10**6, 40, replace=False)
    hot = np.array([8695588, 8695599, 8695533, 8695566, 8696138, 8610038, 8612306, 8695518, 8695522],
                   dtype=np.int64)
    gov = np.array([86 * 10**8 + a * 10**5 + 12345 for a in (471, 472, 477, 476, 470, 479, 475, 474)],
                   dtype=np.int64)
    w.services = np.concatenate([hot, gov, four00, fixed_biz])
    w.service_fixed = np.concatenate([gov, four00, fixed_biz])
    return w.services


def calls(w, rng):
    pop = w.pop
    n, days = pop.n, w.days
    rate = np.array([p[4] for p in PERSONAS])[pop.persona] * pop.activity
    lam = rate[:, None] * day_factor(days)[None, :]
    k = rng.poisson(lam).ravel()
    idx = np.repeat(np.arange(n * days), k)
    person, day = idx // days, idx % days
    t = np.empty(len(person), dtype=np.int64)
    for pi, p in enumerate(PERSONAS):
        m = pop.persona[person] == pi
        t[m] = sample_times(rng, day[m], p[7])
    m = len(person)
    stranger_p = np.where(np.isin(pop.persona[person], [P["merchant"], P["trucker"]]), 0.2, 0.09)
    stranger = rng.random(m) < stranger_p
    deg = pop.indptr[person + 1] - pop.indptr[person]
    pos = pop.indptr[person] + np.minimum((deg * rng.random(m) ** 2.2).astype(np.int64), np.maximum(deg - 1, 0))
    tgt = pop.contacts[np.minimum(pos, len(pop.contacts) - 1)]
    # strangers: services and businesses, a random customer, a random outside number
    kind = rng.choice(3, m, p=[0.5, 0.25, 0.25])
    svc = w.services[rng.integers(0, len(w.services), m)]
    rnd_own = rng.integers(0, n, m)
    rnd_off = w.ids.offnet(int(stranger.sum() * 0.3) + 10)
    rnd_offn = rnd_off[rng.integers(0, len(rnd_off), m)]
    callee_own = np.where(stranger, np.where(kind == 1, rnd_own, -1), np.where(tgt >= 0, tgt, -1))
    callee_num = np.where(callee_own >= 0, pop.msisdn[np.maximum(callee_own, 0)],
                          np.where(stranger, np.where(kind == 0, svc, rnd_offn),
                                   pop.offnet[np.maximum(-tgt - 1, 0)]))
    # calls with off-net contacts go both ways: half are theirs to us
    incoming = (~stranger) & (tgt < 0) & (rng.random(m) < 0.5)
    incoming |= stranger & (kind == 2) & (rng.random(m) < 0.35)
    caller_num = np.where(incoming, callee_num, pop.msisdn[person])
    callee_fin = np.where(incoming, pop.msisdn[person], callee_num)
    caller_own = np.where(incoming, -1, person)
    callee_fin_own = np.where(incoming, person, callee_own)
    p_ans = np.where(stranger, np.where(kind == 0, 0.93, 0.5), 0.8)
    code = draw_result(rng, m, p_ans)
    med = np.where(np.isin(pop.persona[person], [P["elderly"], P["herder"]]), 85.0, 62.0)
    dur = np.clip(rng.lognormal(np.log(med), 1.0), 2, 5400).astype(np.int64)
    dur = np.where(code == 0, dur, 0)
    ring = ring_for(rng, code)
    own_c = np.maximum(caller_own, 0)
    caller_cell = np.where(caller_own >= 0, pop.loc(own_c, t), -1)
    own_e = np.maximum(callee_fin_own, 0)
    callee_cell = np.where(callee_fin_own >= 0, pop.loc(own_e, t), -1)
    is_fixed = np.isin(callee_fin, w.service_fixed)
    video = (~stranger) & pop.smart[person] & (rng.random(m) < 0.025) & (code == 0)
    w.emit("voice", start_time=t, caller=caller_num, callee=callee_fin, duration_s=dur, ring_s=ring,
           result=RESULTS[code], caller_imei=np.where(caller_own >= 0, pop.imei[own_c], 0),
           caller_imsi=np.where(caller_own >= 0, pop.imsi[own_c], 0), caller_cell=caller_cell,
           callee_cell=callee_cell, call_type=np.where(is_fixed, "fixed", "mobile").astype(object),
           media=np.where(video, "video", "voice").astype(object))


def sms(w, rng):
    pop = w.pop
    n, days = pop.n, w.days
    rate = np.array([p[5] for p in PERSONAS])[pop.persona] * pop.activity
    k = rng.poisson(np.repeat(rate, days)).ravel()
    idx = np.repeat(np.arange(n * days), k)
    person, day = idx // days, idx % days
    t = sample_times(rng, day, "late")
    m = len(person)
    deg = pop.indptr[person + 1] - pop.indptr[person]
    pos = pop.indptr[person] + np.minimum((deg * rng.random(m) ** 2).astype(np.int64), np.maximum(deg - 1, 0))
    tgt = pop.contacts[pos]
    other = np.where(tgt >= 0, pop.msisdn[np.maximum(tgt, 0)], pop.offnet[np.maximum(-tgt - 1, 0)])
    incoming = (tgt < 0) & (rng.random(m) < 0.5)
    texts = np.array(C.P2P_TEXTS, dtype=object)
    body = np.where(rng.random(m) < 0.45, texts[rng.integers(0, len(texts), m)], None)
    w.emit("sms", send_time=t, sender=np.where(incoming, other, pop.msisdn[person]),
           receiver=np.where(incoming, pop.msisdn[person], other), content=body,
           sender_imei=np.where(incoming, 0, pop.imei[person]),
           sender_cell=np.where(incoming, -1, pop.loc(person, t)))
    # application-to-person texts: codes, bank notices, bookings
    rate2 = np.where(pop.smart, 0.55, 0.12)
    k = rng.poisson(np.repeat(rate2, days))
    idx = np.repeat(np.arange(n * days), k)
    person, day = idx // days, idx % days
    t = sample_times(rng, day, "office")
    which = rng.integers(0, len(C.A2P), len(person))
    code = rng.integers(100000, 999999, len(person))
    tail = rng.integers(1000, 9999, len(person))
    amt = np.round(rng.lognormal(5, 1.2, len(person)), 2)
    body = [C.A2P[a][1].format(c=c, n=nn, a=x, d=8 + dd) for a, c, nn, x, dd in
            zip(which.tolist(), code.tolist(), tail.tolist(), amt.tolist(), day.tolist(), strict=True)]
    senders = np.array([a[0] for a in C.A2P], dtype=np.int64)
    w.emit("sms", send_time=t, sender=senders[which], receiver=pop.msisdn[person],
           content=np.array(body, dtype=object))


def device(w, rng):
    pop = w.pop
    n, days = pop.n, w.days
    # data sessions
    rate = np.array([p[8] for p in PERSONAS])[pop.persona] * np.where(pop.smart, 1.0, 0.15)
    k = rng.poisson(np.repeat(rate, days))
    idx = np.repeat(np.arange(n * days), k)
    person, day = idx // days, idx % days
    t = sample_times(rng, day, "late")
    w.emit("device", time=t, msisdn=pop.msisdn[person], imsi=pop.imsi[person], imei=pop.imei[person],
           cell=pop.loc(person, t), event="data_session",
           bytes=np.clip(rng.lognormal(np.log(2.5e6), 1.4, len(person)), 2e3, 2e9).astype(np.int64))
    # location updates when moving (workers, truckers, travellers) and a few idle ones
    mob = np.where((pop.work >= 0) | (pop.persona == P["trucker"]) | (pop.trip_zone >= 0), 2.2, 0.5)
    k = rng.poisson(np.repeat(mob, days))
    idx = np.repeat(np.arange(n * days), k)
    person, day = idx // days, idx % days
    t = sample_times(rng, day, "office")
    w.emit("device", time=t, msisdn=pop.msisdn[person], imsi=pop.imsi[person], imei=pop.imei[person],
           cell=pop.loc(person, t), event="location_update")
    # herders and the elderly switch feature phones off at night to save the battery
    off = np.flatnonzero((~pop.smart) & np.isin(pop.persona, [P["herder"], P["elderly"], P["farmer"]]))
    pd = np.repeat(off, days)
    dd = np.tile(np.arange(days), len(off))
    keep = rng.random(len(pd)) < 0.35
    pd, dd = pd[keep], dd[keep]
    t_off = dd * DAY + (21.5 * HOUR + rng.integers(0, 2 * HOUR, len(pd))).astype(np.int64)
    t_on = np.minimum(t_off + (8 * HOUR + rng.integers(0, 2 * HOUR, len(pd))).astype(np.int64), w.end - 1)
    for ev, tt in (("power_off", t_off), ("power_on", t_on)):
        w.emit("device", time=tt, msisdn=pop.msisdn[pd], imsi=pop.imsi[pd], imei=pop.imei[pd],
               cell=pop.home[pd], event=ev)


def web_apps(w, rng):
    pop = w.pop
    n, days = pop.n, w.days
    rate = np.array([p[9] for p in PERSONAS])[pop.persona] * np.where(pop.smart, 1.0, 0.0) * pop.activity
    k = rng.poisson(np.repeat(rate, days))
    idx = np.repeat(np.arange(n * days), k)
    person, day = idx // days, idx % days
    t = sample_times(rng, day, "late")
    wts = np.array([d[1] for d in C.POPULAR_DOMAINS], dtype=float)
    which = rng.choice(len(wts), len(person), p=wts / wts.sum())
    dom = np.array([d[0] for d in C.POPULAR_DOMAINS], dtype=object)
    ip = np.array([d[2] for d in C.POPULAR_DOMAINS], dtype=object)
    app = np.array([d[3] for d in C.POPULAR_DOMAINS], dtype=object)
    paths = np.array(["/", "/index", "/search", "/item", "/video", "/article", "/order", "/login"], dtype=object)
    url = np.char.add(np.char.add("https://", dom[which].astype(str)),
                      paths[rng.integers(0, len(paths), len(person))].astype(str)).astype(object)
    w.emit("web", time=t, msisdn=pop.msisdn[person], domain=dom[which], url=url, ip=ip[which],
           bytes=np.clip(rng.lognormal(np.log(3e5), 1.3, len(person)), 500, 5e8).astype(np.int64),
           app=app[which])
    # app use and the odd install from a store
    apps = np.array(C.APPS, dtype=object)
    rate = np.where(pop.smart, 0.7, 0.0)
    k = rng.poisson(np.repeat(rate, days))
    idx = np.repeat(np.arange(n * days), k)
    person, day = idx // days, idx % days
    t = sample_times(rng, day, "late")
    a = (person * 7 + rng.integers(0, 6, len(person))) % (len(apps) - 2)
    w.emit("apps", time=t, msisdn=pop.msisdn[person], app=apps[a], event="use")
    k = rng.poisson(np.repeat(np.where(pop.smart, 0.03, 0.0), days))
    idx = np.repeat(np.arange(n * days), k)
    person, day = idx // days, idx % days
    t = sample_times(rng, day, "late")
    a = rng.integers(0, len(apps), len(person))
    store = np.array(C.STORE_URLS, dtype=object)[rng.integers(0, len(C.STORE_URLS), len(person))]
    src = np.array([None if s is None else s + x for s, x in zip(store.tolist(), apps[a].tolist(), strict=True)],
                   dtype=object)
    w.emit("apps", time=t, msisdn=pop.msisdn[person], app=apps[a], event="install", source_url=src)


def accounts_and_banks(w, rng):
    pop, ids = w.pop, w.ids
    n = pop.n
    k = np.where(pop.smart, rng.integers(2, 7, n), rng.integers(0, 2, n))
    person = np.repeat(np.arange(n), k)
    pw = np.array(C.PLATFORM_W, dtype=float)
    pidx = rng.choice(len(pw), len(person), p=pw / pw.sum())
    pair = np.unique(person.astype(np.int64) * 100 + pidx)
    person, pi = pair // 100, pair % 100
    plat = np.array(C.PLATFORMS, dtype=object)[pi]
    handles = np.empty(len(person), dtype=object)
    for j, name in enumerate(C.PLATFORMS):
        m = pi == j
        handles[m] = ids.handles(int(m.sum()), name)
    reg = np.maximum(pop.open_time[person], t_date(2014, 1, 1)) + rng.integers(0, 400 * DAY, len(person))
    reg = np.minimum(reg, -DAY)
    w.emit("internet_accounts", platform=plat, account=handles, msisdn=pop.msisdn[person], register_time=reg,
           status="active")
    has = np.flatnonzero(pop.account != None)  # noqa: E711
    w.emit("bank_accounts", account_id=pop.account[has], id_key=pop.id_key[has], bank=pop.bank[has],
           open_time=pop.open_time[has] + rng.integers(0, 900 * DAY, len(has)) // 3,
           bound_msisdn=pop.msisdn[has], status="active")
    # employers (mines, steel works, the city) pay wages on the 10th
    emp = ids.accounts(60)
    ek = ids.id_keys(60)
    w.emit("bank_accounts", account_id=emp, id_key=ek, bank="ICBC", open_time=t_date(2008, 3, 1), status="active")
    w.employers = emp
    paid = np.flatnonzero((pop.account != None) & np.isin(pop.persona, [P["miner"], P["urban_worker"],  # noqa: E711
                                                                          P["civil_servant"], P["trucker"]]))
    t = 2 * DAY + (9 * HOUR + rng.integers(0, 6 * HOUR, len(paid))).astype(np.int64)
    w.emit("transfers", time=t, from_account=emp[pop.area[paid] % 60], to_account=pop.account[paid],
           amount=np.round(rng.lognormal(np.log(6500), 0.35, len(paid)), 2), currency="CNY", channel="third_party")


def transfers(w, rng):
    pop = w.pop
    n, days = pop.n, w.days
    acct = pop.account != None  # noqa: E711
    rate = np.array([p[10] for p in PERSONAS])[pop.persona] * acct
    k = rng.poisson(np.repeat(rate, days))
    idx = np.repeat(np.arange(n * days), k)
    person, day = idx // days, idx % days
    t = sample_times(rng, day, "office")
    m = len(person)
    deg = pop.indptr[person + 1] - pop.indptr[person]
    tgt = pop.contacts[pop.indptr[person] + (rng.random(m) * deg).astype(np.int64)]
    merchants = np.flatnonzero((pop.persona == P["merchant"]) & acct)
    # shops near home: the merchant of the same city, picked by area
    ms = merchants[np.argsort(pop.area[merchants], kind="stable")]
    ua, st, ct = np.unique(pop.area[ms], return_index=True, return_counts=True)
    pos = np.clip(np.searchsorted(ua, pop.area[person]), 0, len(ua) - 1)
    shop = ms[st[pos] + (rng.random(m) * ct[pos]).astype(np.int64)]
    to_p = np.where((tgt >= 0) & (rng.random(m) < 0.55), np.maximum(tgt, 0), shop)
    ok = acct[to_p] & (to_p != person)
    person, to_p, t = person[ok], to_p[ok], t[ok]
    m = len(person)
    to_shop = pop.persona[to_p] == P["merchant"]
    amount = np.where(to_shop, rng.lognormal(np.log(120), 1.0, m), rng.lognormal(np.log(600), 1.1, m))
    smart = pop.smart[person]
    ch = np.where(smart, np.where(rng.random(m) < 0.85, "mobile_app", "third_party"),
                  np.where(rng.random(m) < 0.6, "counter", "atm")).astype(object)
    w.emit("transfers", time=t, from_account=pop.account[person], to_account=pop.account[to_p],
           amount=np.round(np.clip(amount, 1, 200000), 2), currency="CNY", channel=ch,
           initiated_msisdn=np.where(smart, pop.msisdn[person], 0))


def build(w, rng):
    services(w, rng)
    calls(w, rng)
    sms(w, rng)
    device(w, rng)
    web_apps(w, rng)
    accounts_and_banks(w, rng)
    transfers(w, rng)
