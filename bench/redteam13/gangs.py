"""The planted fraud gangs of the Hainan generator, and the building blocks they share with the look-alikes.

plan(ctx) runs before the people are frozen (it adds planted people and relations); run(ctx) writes the gangs'
records, victims, payments, the mule chain, reports and lists. Gang table: README.md.
"""

from __future__ import annotations

import numpy as np
from common import DAY, HOUR, T0, hexs

# ---------------------------------------------------------------- building blocks


class Lines:
    """A set of numbers with the handset, IMSI and cell each is seen with (-1 cell: none, e.g. VoIP)."""

    def __init__(self, msisdn, imei=None, imsi=None, cell=None, roam=None):
        n = len(msisdn)
        self.msisdn = np.asarray(msisdn, np.int64)
        self.imei = np.zeros(n, np.int64) if imei is None else np.asarray(imei, np.int64)
        self.imsi = np.zeros(n, np.int64) if imsi is None else np.asarray(imsi, np.int64)
        self.cell = np.full(n, -1, np.int32) if cell is None else np.broadcast_to(np.asarray(cell, np.int32), (n,))
        self.roam = np.full(n, -1, np.int32) if roam is None else np.broadcast_to(np.asarray(roam, np.int32), (n,))

    def __len__(self):
        return len(self.msisdn)


def persons_lines(ctx, pids) -> Lines:
    P = ctx.P
    return Lines(P["msisdn"][pids], P["imei"][pids], P["imsi"][pids], P["work"][pids])


def new_lines(ctx, n, *, where="hn", imei=True, cell=-1, roam=None) -> Lines:
    if where == "hn":
        msisdn, imsi = ctx.num.mobile(n, "hn"), ctx.num.imsi(n)
    elif where == "voip":
        msisdn, imsi = ctx.num.prefixed(n, 868983, 7), np.zeros(n, np.int64)
    elif where == "fixed":
        msisdn, imsi = ctx.num.prefixed(n, 868986, 7), np.zeros(n, np.int64)
    elif where == "400":
        msisdn, imsi = ctx.num.prefixed(n, 864008, 6), np.zeros(n, np.int64)
    else:
        msisdn, imsi = ctx.num.foreign(n, where), np.zeros(n, np.int64)
    im = ctx.num.imei(n) if imei else np.zeros(n, np.int64)
    return Lines(msisdn, im, imsi, cell, ctx.v(roam) if roam else None)


def timeline(ctx, n, first, last, span=(2, 4)):
    """n lines each used for a few consecutive days between days first..last (bool lines x days)."""
    rng = ctx.rng
    length = rng.integers(span[0], span[1] + 1, n)
    start = rng.integers(first, np.maximum(first + 1, last - length + 2), n)
    day = np.arange(ctx.days)
    return (day[None, :] >= start[:, None]) & (day[None, :] < start[:, None] + length[:, None])


def presence_events(ctx, L: Lines, active, *, data=0.0, updates=2.0):
    """Attach / location updates (and optional data sessions) on the days each line is on."""
    rng = ctx.rng
    for d in range(ctx.days):
        li = np.flatnonzero(active[:, d] & (L.imei > 0))
        if not len(li):
            continue
        t = ctx.day_start(d) + ctx.within(len(li), 7, 9.5)
        ctx.device(t, L.msisdn[li], L.imsi[li], L.imei[li], L.cell[li], "attach", roam=L.roam[li])
        k = rng.poisson(updates, len(li))
        r = np.repeat(li, k)
        ctx.device(ctx.day_start(d) + ctx.within(len(r), 9, 22), L.msisdn[r], L.imsi[r], L.imei[r], L.cell[r],
                   "location_update", roam=L.roam[r])
        if data:
            k = rng.poisson(data, len(li))
            r = np.repeat(li, k)
            ctx.device(ctx.day_start(d) + ctx.within(len(r), 8, 23), L.msisdn[r], L.imsi[r], L.imei[r], L.cell[r],
                       "data_session", rng.lognormal(12, 1.2, len(r)).astype(np.int64), roam=L.roam[r])


def pool(ctx, pids, n_ext=0):
    """Target numbers: people (with their index) plus outside numbers (index -1)."""
    pids = np.asarray(pids, np.int64)
    ext = ctx.ext_pool[ctx.rng.integers(0, len(ctx.ext_pool), n_ext)] if n_ext else np.zeros(0, np.int64)
    return np.concatenate([ctx.P["msisdn"][pids], ext]), np.concatenate([pids, np.full(len(ext), -1)])


def dial(ctx, d, L: Lines, li, tnum, tpid, *, h=(9, 21), answer=0.3, mu=3.6, sigma=0.9, ctype="mobile",
         gateway=None, video=0.0, secs=None):
    """Calls on day d from lines L[li] (one row per call) to the given targets (one per call)."""
    rng = ctx.rng
    n = len(li)
    if not n:
        return
    secs = ctx.within(n, *h) if secs is None else secs
    reach = np.where(tpid >= 0, ctx.present[np.maximum(tpid, 0), d], True)
    ans = reach & (rng.random(n) < answer)
    dur = np.where(ans, np.clip(rng.lognormal(mu, sigma, n), 3, 7200), 0).astype(np.int64)
    r = rng.random(n)
    res = np.where(ans, ctx.v("answered"), np.where(r < 0.12, ctx.v("rejected"), np.where(
        r < 0.2, ctx.v("busy"), ctx.v("no_answer")))).astype(np.int32)
    dcell = np.where((tpid >= 0) & reach, ctx.P["home"][np.maximum(tpid, 0)], -1)
    ctx.calls(L.msisdn[li], tnum, ctx.day_start(d) + secs, dur, result=res, imei=L.imei[li], imsi=L.imsi[li],
              ccell=L.cell[li], dcell=dcell, roam=L.roam[li], ctype=ctype,
              media=np.where(rng.random(n) < video, ctx.v("video"), ctx.v("voice")).astype(np.int32),
              gateway=gateway)


def campaign(ctx, L: Lines, active, per_day, tnum, tpid, **kw):
    """Every line dials about per_day random targets on each of its active days."""
    rng = ctx.rng
    for d in range(ctx.days):
        li = np.flatnonzero(active[:, d])
        if not len(li):
            continue
        k = rng.poisson(np.broadcast_to(per_day, (len(L),))[li])
        c = np.repeat(li, k)
        t = rng.integers(0, len(tnum), len(c))
        dial(ctx, d, L, c, tnum[t], tpid[t], **kw)


def blast_sms(ctx, L: Lines, active, per_day, tnum, contents, h=(8, 21)):
    rng = ctx.rng
    cv = ctx.vs(contents)
    for d in range(ctx.days):
        li = np.flatnonzero(active[:, d])
        if not len(li):
            continue
        c = np.repeat(li, rng.poisson(np.broadcast_to(per_day, (len(L),))[li]))
        t = rng.integers(0, len(tnum), len(c))
        ctx.sms(L.msisdn[c], tnum[t], ctx.day_start(d) + ctx.within(len(c), *h), cv[rng.integers(0, len(cv), len(c))],
                imei=L.imei[c], cell=L.cell[c], roam=L.roam[c])


def accounts_of(ctx, tnum, tpid):
    """The victims' own accounts (outside people get an account in the bank feed)."""
    acct = np.where(tpid >= 0, ctx.P["acct"][np.maximum(tpid, 0)], 0).astype(np.uint64)
    miss = np.flatnonzero(acct == 0)
    if len(miss):
        acct[miss] = ctx.bank_accounts(len(miss), ctx.num.keys(len(miss)), tnum[miss],
                                       T0 - ctx.rng.integers(300, 5000, len(miss)) * DAY,
                                       ctx.vs(["ICBC", "CCB", "ABC", "BOC", "PSBC"])[ctx.rng.integers(0, 5, len(miss))])
    return acct


def pick_victims(ctx, pids, n, ext=0, need_days=None):
    """n victims drawn from the people given (present on some day >= need_days[0]) plus ext outside ones."""
    rng = ctx.rng
    pids = np.asarray(pids)
    if need_days is not None:
        pids = pids[ctx.present[pids][:, need_days[0]:].any(axis=1)]
    pids = pids[~np.isin(pids, ctx.used_victims)]
    pids = pids[rng.permutation(len(pids))[:n]]
    ctx.used_victims = np.concatenate([ctx.used_victims, pids])
    return pool(ctx, pids, ext)


def hook_and_pay(ctx, gang, scheme, L: Lines, active, vnum, vpid, *, contacts=(2, 5), calls_mu=6.0, pays=(1, 3),
                 amount=(8.5, 0.8), to_accts, inbound=False, ctype="mobile", gateway=None, video=0.0,
                 domain=None, app=None, lag=(0, 2), grooming_days=1, sms=None, lead_in=None):
    """Each victim is contacted a few times by the gang (long answered calls) and then pays in one or more
    transfers from their own account. Returns (victim number, first contact time)."""
    rng = ctx.rng
    nv = len(vnum)
    if not nv:
        return
    acct = accounts_of(ctx, vnum, vpid)
    # the day each victim is first reached: a day on which some line is active and the victim is on the island
    on_days = np.flatnonzero(active.any(axis=0))
    first = np.full(nv, -1)
    cand = on_days[rng.integers(0, len(on_days), nv)]
    for _ in range(10):
        cand = on_days[rng.integers(0, len(on_days), nv)]
        ok = np.where(vpid >= 0, ctx.present[np.maximum(vpid, 0), cand], True)
        first = np.where((first < 0) & ok, cand, first)
    first = np.where(first < 0, cand, first)
    nct = rng.integers(contacts[0], contacts[1] + 1, nv)
    rows = np.repeat(np.arange(nv), nct)
    step = np.concatenate([np.arange(k) for k in nct])
    cday = np.minimum(first[rows] + (step * grooming_days * rng.random(len(rows)) + 0.5).astype(np.int64),
                      ctx.days - 1)
    # a line that is active on the contact day, else any
    li = np.zeros(len(rows), np.int64)
    for d in np.unique(cday):
        m = cday == d
        act = np.flatnonzero(active[:, d])
        act = act if len(act) else np.arange(len(L))
        li[m] = act[rng.integers(0, len(act), m.sum())]
    secs = ctx.within(len(rows), 9, 21.5)
    t = ctx.day_start(cday) + secs
    dur = np.clip(rng.lognormal(calls_mu, 0.6, len(rows)), 60, 7200).astype(np.int64)
    vv = vpid[rows]
    vcell = np.where(vv >= 0, ctx.P["home"][np.maximum(vv, 0)], -1)
    if inbound:  # the victim calls the gang's number (a 400 line from an SMS, a callback number)
        ctx.calls(vnum[rows], L.msisdn[li], t, dur, imei=np.where(vv >= 0, ctx.P["imei"][np.maximum(vv, 0)], 0),
                  imsi=np.where(vv >= 0, ctx.P["imsi"][np.maximum(vv, 0)], 0), ccell=vcell, ctype="mobile")
    else:
        ctx.calls(L.msisdn[li], vnum[rows], t, dur, imei=L.imei[li], imsi=L.imsi[li], ccell=L.cell[li], dcell=vcell,
                  roam=L.roam[li], ctype=ctype, gateway=gateway,
                  media=np.where(rng.random(len(rows)) < video, ctx.v("video"), ctx.v("voice")).astype(np.int32))
    if sms is not None:
        ctx.sms(L.msisdn[li], vnum[rows], t - rng.integers(60, 4 * HOUR, len(rows)), sms, imei=L.imei[li],
                cell=L.cell[li], roam=L.roam[li])
    last_t = np.zeros(nv, np.int64)
    np.maximum.at(last_t, rows, t + dur)
    first_t = np.full(nv, np.iinfo(np.int64).max)
    np.minimum.at(first_t, rows, t)
    if lead_in is not None:  # the victim first calls the number in the bait SMS (a 400 line)
        first_t = first_t - rng.integers(20 * 60, 3 * HOUR, nv)
        vi = np.maximum(vpid, 0)
        ctx.calls(vnum, lead_in.msisdn[rng.integers(0, len(lead_in), nv)], first_t,
                  np.clip(rng.lognormal(6.0, 0.5, nv), 120, 2400).astype(np.int64),
                  imei=np.where(vpid >= 0, ctx.P["imei"][vi], 0), imsi=np.where(vpid >= 0, ctx.P["imsi"][vi], 0),
                  ccell=np.where(vpid >= 0, ctx.P["home"][vi], -1))
    # the payments
    npay = rng.integers(pays[0], pays[1] + 1, nv)
    prow = np.repeat(np.arange(nv), npay)
    pstep = np.concatenate([np.arange(k) for k in npay])
    plag = rng.integers(lag[0], lag[1] + 1, nv)[prow] * DAY
    pt = last_t[prow] + plag + rng.integers(5 * 60, 50 * 60, len(prow)) + pstep * rng.integers(15 * 60, 5 * HOUR,
                                                                                            len(prow))
    pt = np.minimum(pt, T0 + ctx.days * DAY - 60)
    amt = np.round(rng.lognormal(amount[0], amount[1], len(prow)) * (1 + 0.6 * pstep), -1)
    dst = to_accts[rng.integers(0, len(to_accts), len(prow))]
    ctx.transfer(pt, acct[prow], dst, amt, "mobile_app", vnum[prow])
    ctx.tables["events"].add(victim=vnum[prow], time=pt, amount=amt, to_account=dst)
    ctx.mule_in.append((pt, dst, amt))
    ctx.truth("msisdn", [str(x) for x in vnum], "victim", gang, scheme, first_t)
    ctx.victims.append((gang, scheme, vnum, vpid, first_t, last_t, acct))
    # what the victims' phones show: the fraud site and app (only for our smartphone subscribers)
    sm = np.flatnonzero((vpid >= 0) & ctx.P["sub"][np.maximum(vpid, 0)] & ctx.P["smart"][np.maximum(vpid, 0)])
    if domain is not None and len(sm):
        doms = domain if isinstance(domain, list) else [domain] * len(sm)
        for j, i in enumerate(sm):  # per victim: their own subdomain for wildcard sites (a handful of rows)
            dname, ips = doms[j % len(doms)]
            k = rng.integers(2, 6)
            tt = first_t[i] + np.sort(rng.integers(10 * 60, max(last_t[i] - first_t[i], 3600) + 3600, k))
            if isinstance(domain, list):  # the link in the message points at the bare domain first
                ctx.web(tt[:1] - 300, np.full(1, vnum[i]), dname.split(".", 1)[1], ips, "/")
            ctx.web(tt, np.full(k, vnum[i]), dname, ips, "/login")
    if app is not None and len(sm):
        pkg, src = app
        host = src.split("/")[2]
        ctx.web(first_t[sm] + rng.integers(10 * 60, 20 * 60, len(sm)), vnum[sm], host,
                domain[1] if isinstance(domain, tuple) else domain[0][1], src[len("https://") + len(host):])
        ctx.tables["apps"].add(time=first_t[sm] + rng.integers(20 * 60, 3 * HOUR, len(sm)), msisdn=vnum[sm],
                               app=ctx.v(pkg), event=ctx.v("install"), source_url=ctx.v(src))
        k = rng.integers(2, 6, len(sm))
        r = np.repeat(sm, k)
        ctx.tables["apps"].add(time=first_t[r] + rng.integers(3 * HOUR, 3 * DAY, len(r)), msisdn=vnum[r],
                               app=ctx.v(pkg), event=ctx.v("use"), source_url=-1)
    return vnum, first_t


def label(ctx, etype, ents, role, gang, scheme, first):
    ents = [str(int(x)) if not isinstance(x, str) else x for x in ents]
    ctx.truth(etype, ents, role, gang, scheme, np.broadcast_to(np.asarray(first, np.int64), (len(ents),)))


def first_seen(ctx, L: Lines, active):
    d = np.argmax(active, axis=1)
    return ctx.day_start(d) + 8 * HOUR


def report_some(ctx, nums, first, frac, ftype, *, etype="msisdn", lag=(1, 6), source=None):
    """Police and user reports for a fraction of a gang's numbers, some days after they started."""
    rng = ctx.rng
    nums = np.asarray(nums)
    m = rng.random(len(nums)) < frac
    if not m.any():
        return
    t = np.asarray(first)[m] + rng.integers(lag[0] * DAY, lag[1] * DAY + 1, m.sum())
    keep = t < T0 + ctx.days * DAY
    ents = [str(int(x)) if not isinstance(x, str) else x for x in nums[m][keep]]
    src = source or ("police" if rng.random() < 0.5 else "user_report")
    ctx.report(t[keep], etype, ents, "fraud", ftype, np.nan, src)


def den(ctx, city, zone, k=1):
    cells = ctx.cells_in(city, zone)
    return cells[ctx.rng.integers(0, len(cells), k)]


def occ_idx(ctx, occ, cities=None):
    from generate import CITY_NAMES, OCC_NAMES
    m = ctx.P["occ"] == OCC_NAMES.index(occ)
    if cities:
        m &= np.isin(ctx.P["city"], [CITY_NAMES.index(c) for c in cities])
    return np.flatnonzero(m)


# ---------------------------------------------------------------- plan: planted people and relations

def _all(ctx, k):
    return np.concatenate(ctx.persons[k])


def plan(ctx):
    from generate import CITY_NAMES, OCC_NAMES
    rng = ctx.rng
    ci = CITY_NAMES.index
    ctx.G = {}
    ctx.mule_in, ctx.victims = [], []
    ctx.used_victims = np.zeros(0, np.int64)
    occ = _all(ctx, "occ")
    city = _all(ctx, "city")
    # G09 card ring: recruits among Haikou students, Lingao/Chengmai fishermen and migrant workers
    st = np.flatnonzero((occ == OCC_NAMES.index("student")) & (city == ci("Haikou")))
    fi = np.flatnonzero((occ == OCC_NAMES.index("fisherman")) & np.isin(city, [ci("Lingao"), ci("Chengmai")]))
    mi = np.flatnonzero((occ == OCC_NAMES.index("migrant_worker")) | (occ == OCC_NAMES.index("farmer")))
    rec = np.concatenate([rng.choice(st, min(50, len(st)), replace=False), rng.choice(fi, min(25, len(fi)),
                         replace=False), rng.choice(mi, 15, replace=False)])
    leaders = ctx.add_persons(3, [ci("Haikou"), ci("Danzhou"), ci("Lingao")], "planted", call_rate=3.0)
    ctx.G["G09"] = {"recruits": rec, "leaders": leaders}
    ctx.extra_edges.append((np.repeat(leaders, 3), np.tile(leaders, 3)))
    # careful gangs: agents whose aged cards live an ordinary life; accomplices call them
    g04 = ctx.add_persons(10, ci("Wanning"), "planted", open_time=T0 - rng.integers(400, 1100, 10) * DAY,
                          call_rate=1.5, web_rate=2.5, noacct=True, chan=ctx.v("WA-STORE-004"))
    g04a = ctx.add_persons(3, ci("Haikou"), "planted", call_rate=2.0)
    ctx.extra_edges.append((np.repeat(g04a, 10), np.tile(g04, 3)))
    ctx.G["G04"] = {"agents": g04, "accomplices": g04a}
    g13 = ctx.add_persons(8, ci("Haikou"), "planted", open_time=T0 - rng.integers(300, 1500, 8) * DAY,
                          call_rate=1.2, web_rate=4.0, noacct=True)
    g13a = ctx.add_persons(2, ci("Haikou"), "planted", call_rate=2.0)
    ctx.extra_edges.append((np.repeat(g13a, 8), np.tile(g13, 2)))
    ctx.G["G13"] = {"agents": g13, "accomplices": g13a}
    # G03 health-product company: enterprise SIMs (one licence) used as the sales staff's phones
    lic = ctx.num.keys(1)[0]
    g03 = ctx.add_persons(14, ci("Sanya"), "planted", id_key=lic, cust=1,
                          open_time=T0 - rng.integers(90, 240, 14) * DAY, noacct=True, call_rate=1.0,
                          chan=ctx.v("SA-STORE-012"))
    ctx.G["G03"] = {"staff": g03, "licence": lic}
    # G05 Danzhou Nada gang members: locals living in the Nada villages
    rooms = den(ctx, "Danzhou", "nada_villages", 3)
    g05m = ctx.add_persons(10, ci("Danzhou"), "planted", call_rate=2.0, home=rooms[rng.integers(0, 3, 10)],
                           work=rooms[rng.integers(0, 3, 10)])
    ctx.extra_edges.append((np.repeat(g05m, 3), g05m[rng.integers(0, 10, 30)]))
    ctx.G["G05"] = {"members": g05m, "rooms": rooms}
    g02m = ctx.add_persons(2, ci("Sanya"), "planted", call_rate=2.5)
    ctx.G["G02"] = {"members": g02m}


# ---------------------------------------------------------------- the gangs

def _bought(ctx, n, first, last, span, *, city="Haikou", zone="xiuying_village", phones=None, where="hn", roam=None,
            before=(1, 25), recruits=None, gang="G09"):
    """Cards bought from the card ring: opened under recruits' IDs at agent stores a few days before use."""
    rng = ctx.rng
    L = new_lines(ctx, n, where=where, roam=roam)
    act = timeline(ctx, n, first, last, span)
    start = np.argmax(act, axis=1)
    rec = ctx.G["G09"]["recruits"] if recruits is None else recruits
    holder = rec[rng.integers(0, len(rec), n)]
    ctx.G["G09"].setdefault("sold", []).append(holder)
    opened = ctx.day_start(start) - rng.integers(before[0] * DAY, before[1] * DAY, n)
    agents = ctx.vs(["HA-AGENT-07", "HA-AGENT-11", "DA-AGENT-03", "LI-AGENT-02", "CH-AGENT-05"])
    ctx.subscribers(L.msisdn, L.imsi, ctx.P["id_key"][holder], opened,
                    channel=agents[rng.integers(0, len(agents), n)], cell=ctx.P["home"][holder], prepaid=True,
                    region=ctx.vs(["Haikou", "Danzhou", "Lingao"])[rng.integers(0, 3, n)])
    if phones is not None:  # the handsets the cards sit in (several cards per phone over time)
        L.imei = phones[rng.permutation(n) % len(phones)]
    L.cell = den(ctx, city, zone, n) if zone else L.cell
    return L, act


def g10_mules(ctx):
    """The laundering chain: first-layer accounts opened by the card ring's recruits, second layer out of the
    province, third layer OTC / payment agents."""
    rng = ctx.rng
    rec = ctx.G["G09"]["recruits"]
    holders = rec[rng.permutation(len(rec))[:40]]
    l1 = ctx.bank_accounts(40, ctx.P["id_key"][holders], ctx.P["msisdn"][holders],
                           T0 - rng.integers(5, 70, 40) * DAY,
                           ctx.vs(["ICBC", "ABC", "PSBC", "Hainan Rural Credit", "CCB"])[rng.integers(0, 5, 40)])
    l2 = ctx.bank_accounts(16, ctx.num.keys(16), ctx.num.mobile(16, "cn"), T0 - rng.integers(20, 200, 16) * DAY,
                           ctx.vs(["CMB", "BOC", "ICBC", "Ping An Bank"])[rng.integers(0, 4, 16)])
    l3 = ctx.bank_accounts(4, ctx.num.keys(4), 0, T0 - rng.integers(100, 600, 4) * DAY, "Guangxi Rural Credit")
    ctx.G["G10"] = {"l1": l1, "l2": l2, "l3": l3, "holders": holders}
    # a little cover: the new accounts also buy a few things
    k = rng.poisson(4, 40)
    r = np.repeat(np.arange(40), k)
    ctx.transfer(T0 + rng.integers(0, ctx.days * DAY, len(r)), l1[r],
                 ctx.merchants_by_city.ravel()[rng.integers(0, ctx.merchants_by_city.size, len(r))],
                 rng.lognormal(3.8, 0.8, len(r)), "mobile_app", ctx.P["msisdn"][holders[r]])


def forward_chain(ctx):
    rng = ctx.rng
    G = ctx.G["G10"]
    t = np.concatenate([a for a, _, _ in ctx.mule_in])
    acc = np.concatenate([b for _, b, _ in ctx.mule_in])
    amt = np.concatenate([c for _, _, c in ctx.mule_in])
    end = T0 + ctx.days * DAY - 1
    own = np.array(ctx.G["own_accts"], np.uint64)
    slow = np.array(ctx.G["slow_accts"], np.uint64)
    m = np.isin(acc, G["l1"])
    t1 = np.minimum(t[m] + rng.integers(3 * 60, 40 * 60, m.sum()), end)
    a1 = np.round(amt[m] * rng.uniform(0.92, 0.995, m.sum()), 2)
    d2 = G["l2"][rng.integers(0, len(G["l2"]), m.sum())]
    ctx.transfer(t1, acc[m], d2, a1, "mobile_app")
    # the gang-owned receiving accounts (G02, G03, G04, G08 collection) forward to the second layer too
    o = ~m & np.isin(acc, own)
    lag = np.where(np.isin(acc[o], slow), rng.integers(2 * HOUR, 20 * HOUR, o.sum()),
                   rng.integers(10 * 60, 3 * HOUR, o.sum()))
    t1b = np.minimum(t[o] + lag, end)
    d2b = G["l2"][rng.integers(0, len(G["l2"]), o.sum())]
    ctx.transfer(t1b, acc[o], d2b, np.round(amt[o] * rng.uniform(0.9, 0.99, o.sum()), 2), "counter")
    t2 = np.concatenate([t1, t1b])
    a2 = np.concatenate([a1, amt[o] * 0.95])
    src2 = np.concatenate([d2, d2b])
    t3 = np.minimum(t2 + rng.integers(1 * HOUR, 8 * HOUR, len(t2)), end)
    ctx.transfer(t3, src2, G["l3"][rng.integers(0, len(G["l3"]), len(t2))], np.round(a2 * 0.97, 2), "third_party")
    label(ctx, "account", [hexs(x) for x in G["l1"]], "mule_account", "G10", "mule_layer1_students_fishermen",
          T0 - 5 * DAY)
    label(ctx, "account", [hexs(x) for x in G["l2"]], "mule_account", "G10", "mule_layer2_out_of_province",
          T0 - 5 * DAY)
    label(ctx, "account", [hexs(x) for x in G["l3"]], "mule_account", "G10", "mule_layer3_otc", T0 - 5 * DAY)


def own_accounts(ctx, n, holders_key=None, bank="CCB", slow=False, enterprise=False):
    rng = ctx.rng
    keys = ctx.num.keys(n) if holders_key is None else np.broadcast_to(holders_key, (n,))
    a = ctx.bank_accounts(n, keys, 0 if enterprise else ctx.num.mobile(n, "cn"),
                          T0 - rng.integers(30, 400, n) * DAY, bank)
    ctx.G.setdefault("own_accts", []).extend(a.tolist())
    if slow:
        ctx.G.setdefault("slow_accts", []).extend(a.tolist())
    return a


def run(ctx):
    from generate import OCC_NAMES
    rng, P = ctx.rng, ctx.P
    s = max(ctx.n_sub / 20000, 0.2)
    nv = lambda k: max(2, int(round(k * s)))  # noqa: E731
    D = ctx.days
    ctx.G["own_accts"], ctx.G["slow_accts"] = [], []
    g10_mules(ctx)
    L1 = ctx.G["G10"]["l1"]
    visitors = np.flatnonzero(np.isin(P["occ"], [OCC_NAMES.index(o) for o in ("tourist", "snowbird_roam")]))
    snow = np.flatnonzero(np.isin(P["occ"], [OCC_NAMES.index(o) for o in ("snowbird_roam", "snowbird_local")]))
    young = np.flatnonzero(np.isin(P["occ"], [OCC_NAMES.index(o) for o in (
        "student", "migrant_worker", "shop_staff", "driver", "farmer", "hotel_worker")]) & P["sub"])
    locals_ = np.flatnonzero(P["sub"] & (P["occ"] != OCC_NAMES.index("planted")))

    # ---- G01 flight cancellation / rebooking refund: SIM-box SMS, 400 line, VoIP callbacks, screen share
    g, sch = "G01", "flight_cancellation_refund"
    ports = ctx.num.imei(48)
    sb, sb_act = _bought(ctx, 60, 2, D - 1, (3, 5), zone="xiuying_village", phones=ports)
    sb.cell = np.broadcast_to(den(ctx, "Haikou", "xiuying_village", 1), (60,)).copy()
    dom = ("hnair-gaiqian.com", ["45.207.36.18", "45.207.36.19"])
    tnum, tpid = pool(ctx, np.concatenate([visitors, rng.choice(locals_, 3000, replace=False)]), 2500)
    texts = [f"【航班通知】尊敬的旅客，您预订的HU7{k:03d}航班因机械故障取消，请致电4008{rng.integers(100000, 999999)}"
             f"办理改签，并可领取300元延误补偿。" for k in rng.integers(100, 999, 6)]
    texts += [f"【退改签中心】您的航班{c}已取消，请于24小时内登录 hnair-gaiqian.com 办理退票理赔，逾期作废。"
              for c in ("HU7381", "CZ6725", "HU7059")]
    blast_sms(ctx, sb, sb_act, rng.integers(80, 200, 60), tnum, texts)
    presence_events(ctx, sb, sb_act, updates=1.0)
    line400 = new_lines(ctx, 2, where="400", imei=False)
    voip = new_lines(ctx, 6, where="voip", imei=False)
    shell = ctx.num.keys(1)[0]
    for L, lt in ((line400, "voip"), (voip, "voip")):
        ctx.subscribers(L.msisdn, L.imsi, np.full(len(L), shell), T0 - rng.integers(20, 60, len(L)) * DAY,
                        line=lt, cust="enterprise", idt="business_license", channel="HA-ENT-02", prepaid=False)
    # bait takers call the 400 number; most hang up, some go on to be victims
    for d in range(2, D):
        k = rng.poisson(18 * s)
        t = rng.integers(0, len(tnum), k)
        ctx.calls(tnum[t], line400.msisdn[rng.integers(0, 2, k)], ctx.day_start(d) + ctx.within(k, 8, 22),
                  np.clip(rng.lognormal(4.6, 0.8, k), 10, 1800).astype(np.int64),
                  dcell=-1, ctype="mobile")
    vact = np.zeros((6, D), bool)
    vact[:, 2:] = True
    vnum, vpid = pick_victims(ctx, np.concatenate([visitors, rng.choice(locals_, 2000, replace=False)]), nv(20),
                              ext=nv(6), need_days=(2, D))
    hook_and_pay(ctx, g, sch, voip, vact, vnum, vpid, contacts=(1, 3), ctype="voip", gateway="GW-HK-031",
                 pays=(2, 4), amount=(8.6, 0.7), to_accts=L1[:8], domain=dom, lead_in=line400,
                 app=("com.cloudmeet.share", "https://hnair-gaiqian.com/dl/cloudmeet.apk"), lag=(0, 0))
    voip_first = ctx.day_start(2) + 9 * HOUR
    label(ctx, "msisdn", sb.msisdn, "simbox_sim", g, sch, first_seen(ctx, sb, sb_act))
    label(ctx, "imei", ports[np.isin(ports, sb.imei)], "simbox_device", g, sch, ctx.day_start(2))
    label(ctx, "msisdn", np.concatenate([line400.msisdn, voip.msisdn]), "fixed_voip_line", g, sch, voip_first)
    label(ctx, "domain", [dom[0]], "fraud_domain", g, sch, ctx.day_start(2))
    label(ctx, "app", ["com.cloudmeet.share"], "fraud_app", g, sch, ctx.day_start(2))
    report_some(ctx, sb.msisdn, first_seen(ctx, sb, sb_act), 0.25, "customer_service")
    report_some(ctx, line400.msisdn, [voip_first] * 2, 1.0, "customer_service", lag=(2, 5))
    report_some(ctx, [dom[0]], [ctx.day_start(2)], 1.0, "customer_service", etype="domain", lag=(3, 6),
                source="internal")

    # ---- G02 fake duty-free refund: a Sanya flat with dual-SIM phones and cards from a corrupt agent
    g, sch = "G02", "dutyfree_order_refund"
    phones = ctx.num.imei(12)
    holders = ctx.num.keys(8)
    L = new_lines(ctx, 24)
    act = timeline(ctx, 24, 1, D - 1, (4, 6))
    ctx.subscribers(L.msisdn, L.imsi, holders[rng.integers(0, 8, 24)],
                    ctx.day_start(np.argmax(act, axis=1)) - rng.integers(2, 15, 24) * DAY,
                    channel="SA-AGENT-11", region="Sanya")
    L.imei = phones[rng.integers(0, 12, 24)]
    L.cell = den(ctx, "Sanya", "downtown", 1)[np.zeros(24, int)]
    buyers = np.flatnonzero(np.isin(P["occ"], [OCC_NAMES.index(o) for o in ("tourist", "snowbird_roam",
                                                                              "snowbird_local", "office_worker")]))
    tnum, tpid = pool(ctx, buyers, 800)
    campaign(ctx, L, act, rng.uniform(35, 60, 24), tnum, tpid, h=(9, 18.5), answer=0.35, mu=3.4)
    presence_events(ctx, L, act, updates=1.5)
    acc = own_accounts(ctx, 6, bank="ABC")
    dom = ("cdf-tuikuan.com", ["103.151.44.20"])
    vnum, vpid = pick_victims(ctx, buyers, nv(18), ext=nv(4), need_days=(1, D))
    hook_and_pay(ctx, g, sch, L, act, vnum, vpid, contacts=(1, 3), pays=(1, 3), amount=(8.3, 0.8), to_accts=acc,
                 domain=dom, lag=(0, 0))
    label(ctx, "msisdn", L.msisdn, "fraud_caller", g, sch, first_seen(ctx, L, act))
    label(ctx, "msisdn", P["msisdn"][ctx.G["G02"]["members"]], "gang_member", g, sch, T0)
    label(ctx, "account", [hexs(x) for x in acc], "mule_account", g, sch, T0)
    label(ctx, "domain", [dom[0]], "fraud_domain", g, sch, T0 + DAY)
    report_some(ctx, L.msisdn, first_seen(ctx, L, act), 0.4, "customer_service")

    # ---- G03 health products / free physical check for snowbird elderly: a company with enterprise SIMs
    g, sch = "G03", "snowbird_health_products"
    st = ctx.G["G03"]["staff"]
    L = persons_lines(ctx, st)
    act = np.ones((len(st), D), bool)
    for d in range(D):
        if ctx.weekday(d) == 6:
            act[:, d] = False
    tnum, tpid = pool(ctx, snow, 300)
    campaign(ctx, L, act, rng.uniform(20, 32, len(st)), tnum, tpid, h=(9, 17.5), answer=0.55, mu=4.6, sigma=1.0)
    blast_sms(ctx, L, act, 10, tnum, ["【康寿健康】免费体检名额已为您预留，明早9点大巴接送，凭短信领鸡蛋一盒。",
                                      "阿姨您好，明天的养生讲座别忘了，来就送礼品！"])
    acc = own_accounts(ctx, 3, bank="Bank of Hainan", slow=True, enterprise=True)
    vnum, vpid = pick_victims(ctx, snow, nv(22), need_days=(0, D))
    hook_and_pay(ctx, g, sch, L, act, vnum, vpid, contacts=(3, 8), calls_mu=6.3, pays=(2, 4), amount=(9.0, 0.9),
                 to_accts=acc, grooming_days=2, lag=(1, 3))
    label(ctx, "msisdn", L.msisdn, "fraud_caller", g, sch, T0)
    label(ctx, "id_key", [hexs(ctx.G["G03"]["licence"])], "gang_member", g, sch, T0)
    label(ctx, "account", [hexs(x) for x in acc], "mule_account", g, sch, T0)
    report_some(ctx, L.msisdn, np.full(len(L), T0 + 3 * DAY), 0.1, "other")

    # ---- G04 holiday-flat investment for northern elderly (careful: aged cards, ordinary life, accomplices)
    g, sch = "G04", "holiday_flat_investment"
    ag = ctx.G["G04"]["agents"]
    L = persons_lines(ctx, ag)
    act = np.ones((len(ag), D), bool)
    north_ext = ctx.ext_pool[rng.integers(0, len(ctx.ext_pool), 600)]
    tnum = np.concatenate([P["msisdn"][snow], north_ext])
    tpid = np.concatenate([snow, np.full(600, -1)])
    campaign(ctx, L, act, rng.uniform(6, 12, len(ag)), tnum, tpid, h=(9.5, 19), answer=0.6, mu=4.8, sigma=0.9)
    acc = own_accounts(ctx, 4, bank="ICBC", slow=True, enterprise=True)
    vnum, vpid = pick_victims(ctx, snow, nv(8), ext=nv(3), need_days=(0, D))
    hook_and_pay(ctx, g, sch, L, act, vnum, vpid, contacts=(4, 9), calls_mu=6.0, pays=(1, 2), amount=(11.5, 0.6),
                 to_accts=acc, grooming_days=2, lag=(1, 4))
    label(ctx, "msisdn", L.msisdn, "fraud_caller", g, sch, T0 - 30 * DAY)
    label(ctx, "msisdn", P["msisdn"][ctx.G["G04"]["accomplices"]], "gang_member", g, sch, T0 - 30 * DAY)
    label(ctx, "account", [hexs(x) for x in acc], "mule_account", g, sch, T0)
    report_some(ctx, L.msisdn, np.full(len(L), T0 + 5 * DAY), 0.1, "investment")

    # ---- G05 Danzhou Nada village gang: many bought cards in many phones, burned in 2-3 days
    g, sch = "G05", "nada_village_customer_service_refund"
    phones = ctx.num.imei(30)
    L, act = _bought(ctx, 150, 0, D - 1, (2, 3), city="Danzhou", zone="nada_villages", phones=phones)
    rooms = ctx.G["G05"]["rooms"]
    L.cell = rooms[rng.integers(0, 3, 150)]
    tnum, tpid = pool(ctx, rng.choice(locals_, 1500, replace=False), 6000)
    campaign(ctx, L, act, rng.uniform(40, 70, 150), tnum, tpid, h=(9, 22), answer=0.3, mu=3.5)
    presence_events(ctx, L, act, updates=2.0)
    vnum, vpid = pick_victims(ctx, young, nv(12), ext=nv(18))
    hook_and_pay(ctx, g, sch, L, act, vnum, vpid, contacts=(1, 3), pays=(1, 3), amount=(8.2, 0.9),
                 to_accts=L1[8:20], lag=(0, 0))
    mem = ctx.G["G05"]["members"]
    label(ctx, "msisdn", L.msisdn, "fraud_caller", g, sch, first_seen(ctx, L, act))
    label(ctx, "msisdn", P["msisdn"][mem], "gang_member", g, sch, T0)
    report_some(ctx, L.msisdn, first_seen(ctx, L, act), 0.4, "customer_service", lag=(0, 4))

    # ---- G06 impersonating police from Cambodia: Hainan cards roaming abroad plus foreign VoIP numbers
    g, sch = "G06", "impersonate_police_abroad"
    L, act = _bought(ctx, 20, 0, D - 1, (8, 16), zone=None, roam="KH", before=(40, 150))
    act[:, :] = True
    L.roam = np.where(rng.random(20) < 0.8, ctx.v("KH"), ctx.v("MM")).astype(np.int32)
    vo = new_lines(ctx, 25, where="KH", imei=False)
    vo.msisdn[12:] = ctx.num.foreign(13, "PH")
    vact = np.ones((25, D), bool)
    tnum, tpid = pool(ctx, locals_[rng.permutation(len(locals_))[:2500]], 3000)
    campaign(ctx, L, act, rng.uniform(15, 30, 20), tnum, tpid, h=(9, 20), answer=0.3, mu=3.8, ctype="mobile")
    campaign(ctx, vo, vact, rng.uniform(20, 40, 25), tnum, tpid, h=(9, 20), answer=0.25, mu=3.6, ctype="intl_in",
             gateway="IGW-GZ-02")
    presence_events(ctx, L, act, updates=1.0, data=0.5)
    vnum, vpid = pick_victims(ctx, np.concatenate([snow, young]), nv(9), ext=nv(6))
    both = Lines(np.concatenate([L.msisdn, vo.msisdn]), np.concatenate([L.imei, vo.imei]),
                 np.concatenate([L.imsi, vo.imsi]), np.full(45, -1), np.concatenate([L.roam, vo.roam]))
    hook_and_pay(ctx, g, sch, both, np.ones((45, D), bool), vnum, vpid, contacts=(2, 4), calls_mu=7.6, pays=(2, 4),
                 amount=(10.0, 0.8), to_accts=L1[20:28], video=0.15, lag=(0, 1))
    label(ctx, "msisdn", both.msisdn, "fraud_caller", g, sch, T0)
    report_some(ctx, both.msisdn, np.full(45, T0), 0.5, "impersonate_police", lag=(1, 12))

    # ---- G07 loan-fee scam: VoIP auto-dialer lines of a shell company, SMS from bought cards, fake loan app
    g, sch = "G07", "loan_fee"
    vl = new_lines(ctx, 30, where="voip", imei=False)
    shell = ctx.num.keys(1)[0]
    ctx.subscribers(vl.msisdn, vl.imsi, np.full(30, shell), T0 - rng.integers(30, 60, 30) * DAY, line="voip",
                    cust="enterprise", idt="business_license", channel="HA-ENT-05", prepaid=False)
    vact = timeline(ctx, 30, 0, D - 1, (6, 12))
    tnum, tpid = pool(ctx, young, 2000)
    campaign(ctx, vl, vact, rng.uniform(60, 100, 30), tnum, tpid, h=(9, 20), answer=0.2, mu=3.0, ctype="voip",
             gateway="GW-HK-052")
    sl, sact = _bought(ctx, 5, 0, D - 1, (6, 10), zone="downtown")
    blast_sms(ctx, sl, sact, 120, tnum, ["【极速贷】您已获得最高200000元额度，无需征信当天到账，下载 jsd-loan.cn 立即领取。",
                                          "【惠民金融】尊敬的用户，您的备用金已到账待领取，点击 jsd-loan.cn/app 激活。"])
    presence_events(ctx, sl, sact)
    vnum, vpid = pick_victims(ctx, young, nv(18), ext=nv(4))
    hook_and_pay(ctx, g, sch, vl, vact, vnum, vpid, contacts=(2, 4), pays=(2, 4), amount=(7.3, 0.7),
                 to_accts=L1[28:34], ctype="voip", gateway="GW-HK-052", domain=("jsd-loan.cn", ["154.23.180.7"]),
                 app=("com.jisudai.loan", "https://jsd-loan.cn/app/jsd.apk"), lag=(0, 2))
    label(ctx, "msisdn", vl.msisdn, "fixed_voip_line", g, sch, first_seen(ctx, vl, vact))
    label(ctx, "msisdn", sl.msisdn, "fraud_sms_sender", g, sch, first_seen(ctx, sl, sact))
    label(ctx, "domain", ["jsd-loan.cn"], "fraud_domain", g, sch, T0)
    label(ctx, "app", ["com.jisudai.loan"], "fraud_app", g, sch, T0)
    report_some(ctx, vl.msisdn, first_seen(ctx, vl, vact), 0.3, "loan")

    # ---- G08 click-farming part-time jobs: a phone farm of bought cards, many platform accounts, wildcard site
    g, sch = "G08", "part_time_click_farming"
    phones = ctx.num.imei(20)
    L, act = _bought(ctx, 40, 0, D - 1, (5, 10), zone="xiuying_village", phones=phones)
    k = rng.integers(4, 11, 40)
    r = np.repeat(np.arange(40), k)
    reg = ctx.day_start(np.argmax(act, axis=1))[r] - rng.integers(1 * HOUR, 4 * DAY, len(r))
    ctx.tables["internet_accounts"].add(platform=ctx.vs(["wechat", "qq", "douyin", "kuaishou"])[
        rng.integers(0, 4, len(r))], account=ctx.num.keys(len(r)), msisdn=L.msisdn[r], register_time=reg,
        status=ctx.v("active"))
    tnum, tpid = pool(ctx, young, 1500)
    blast_sms(ctx, L, act, rng.integers(50, 120, 40), tnum, [
        f"【兼职】在家动动手指，点赞关注日结200-500元，宝妈学生均可，加QQ 3{rng.integers(10**7, 10**8)}了解。",
        "您好，我们是抖音官方合作商家，招聘点赞员，一单3元，日结，详情 rw-task.cc"])
    presence_events(ctx, L, act, data=3.0)
    campaign(ctx, L, act, 2.0, tnum, tpid, h=(10, 21), answer=0.5, mu=4.0)
    acc = own_accounts(ctx, 3, bank="PSBC")
    vnum, vpid = pick_victims(ctx, young, nv(22), ext=nv(4))
    subs = [(f"{hexs(rng.integers(1, 2**40))[-7:]}.rw-task.cc", ["47.243.12.9", "47.243.12.10"]) for _ in range(30)]
    hook_and_pay(ctx, g, sch, L, act, vnum, vpid, contacts=(1, 2), calls_mu=5.2, pays=(2, 4), amount=(7.0, 0.9),
                 to_accts=np.concatenate([acc, L1[34:38]]), domain=subs,
                 app=("com.renwu.dianzan", "https://app.rw-task.cc/dz.apk"), lag=(1, 2),
                 sms="亲，您的任务佣金已到账，下一单为联单任务，需垫付后一并返还。")
    # the trust-building rebates the gang pays first
    vv = ctx.victims[-1]
    ctx.transfer(vv[4] + rng.integers(HOUR, 10 * HOUR, len(vv[2])), acc[rng.integers(0, 3, len(vv[2]))], vv[6],
                 rng.uniform(12, 60, len(vv[2])), "mobile_app")
    label(ctx, "msisdn", L.msisdn, "fraud_sms_sender", g, sch, first_seen(ctx, L, act))
    label(ctx, "domain", ["rw-task.cc", "app.rw-task.cc"] + sorted({d for d, _ in subs}), "fraud_domain", g, sch, T0)
    label(ctx, "app", ["com.renwu.dianzan"], "fraud_app", g, sch, T0)
    label(ctx, "account", [hexs(x) for x in acc], "mule_account", g, sch, T0)
    report_some(ctx, L.msisdn, first_seen(ctx, L, act), 0.2, "part_time_job")

    # ---- G11 AI face-swap video calls: short video calls from new cards, then a money request
    g, sch = "G11", "ai_faceswap_video"
    L, act = _bought(ctx, 8, 1, D - 1, (5, 12), zone="downtown")
    targets = np.flatnonzero(np.isin(P["occ"], [OCC_NAMES.index(o) for o in ("office_worker", "retiree",
                                                                              "civil_servant")]))
    tnum, tpid = pool(ctx, targets, 100)
    campaign(ctx, L, act, 6, tnum, tpid, h=(10, 20), answer=0.45, mu=3.2, video=0.7)
    presence_events(ctx, L, act, data=4.0)
    vnum, vpid = pick_victims(ctx, targets, nv(7), ext=nv(2))
    hook_and_pay(ctx, g, sch, L, act, vnum, vpid, contacts=(1, 2), calls_mu=4.0, pays=(1, 1), amount=(10.3, 0.7),
                 to_accts=L1[38:40], video=0.9, lag=(0, 0))
    label(ctx, "msisdn", L.msisdn, "fraud_caller", g, sch, first_seen(ctx, L, act))
    report_some(ctx, L.msisdn, first_seen(ctx, L, act), 0.5, "acquaintance")

    # ---- G12 call forwarding: foreign VoIP calls reach tool cards in Chengmai that forward them to targets
    g, sch = "G12", "call_forwarding_relay"
    tool_phones = ctx.num.imei(2)
    L, act = _bought(ctx, 12, 0, D - 1, (4, 9), city="Chengmai", zone="town", phones=tool_phones)
    L.cell = np.broadcast_to(den(ctx, "Chengmai", "town", 1), (12,)).copy()
    fo = new_lines(ctx, 15, where="PH", imei=False)
    fo.msisdn[8:] = ctx.num.foreign(7, "MY")
    tnum, tpid = pool(ctx, locals_[rng.permutation(len(locals_))[:2000]], 1500)
    for d in range(D):
        li = np.flatnonzero(act[:, d])
        c = np.repeat(li, rng.poisson(rng.uniform(25, 40, len(li))))
        n = len(c)
        if not n:
            continue
        secs = ctx.within(n, 9, 21)
        src = rng.integers(0, 15, n)
        t_in = ctx.day_start(d) + secs
        tt = rng.integers(0, len(tnum), n)
        ans = (rng.random(n) < 0.3) & np.where(tpid[tt] >= 0, ctx.present[np.maximum(tpid[tt], 0), d], True)
        dur = np.where(ans, np.clip(rng.lognormal(4.0, 1.0, n), 5, 3600), 0).astype(np.int64)
        ctx.calls(fo.msisdn[src], L.msisdn[c], t_in, dur + 3, result="answered", dcell=L.cell[c], ctype="intl_in",
                  gateway="IGW-GZ-02")
        ctx.calls(L.msisdn[c], tnum[tt], t_in + rng.integers(1, 4, n), dur, imei=L.imei[c], imsi=L.imsi[c],
                  ccell=L.cell[c], dcell=np.where(tpid[tt] >= 0, P["home"][np.maximum(tpid[tt], 0)], -1),
                  gateway="CFU")
    presence_events(ctx, L, act, updates=0.5)
    vnum, vpid = pick_victims(ctx, locals_, nv(9), ext=nv(2))
    hook_and_pay(ctx, g, sch, L, act, vnum, vpid, contacts=(1, 3), calls_mu=6.5, pays=(1, 3), amount=(9.0, 0.8),
                 to_accts=L1[12:20], gateway="CFU", lag=(0, 1))
    label(ctx, "msisdn", L.msisdn, "fraud_caller", g, sch, first_seen(ctx, L, act))
    label(ctx, "msisdn", fo.msisdn, "fraud_caller", g, sch, T0)
    report_some(ctx, L.msisdn, first_seen(ctx, L, act), 0.3, "customer_service")

    # ---- G13 pig-butchering investment (careful): aged cards with ordinary life, wildcard DNS, trading app
    g, sch = "G13", "pig_butchering_wildcard"
    ag = ctx.G["G13"]["agents"]
    L = persons_lines(ctx, ag)
    act = np.ones((len(ag), D), bool)
    mid = np.flatnonzero(np.isin(P["occ"], [OCC_NAMES.index(o) for o in ("civil_servant", "office_worker",
                                                                          "snowbird_local", "retiree")]) & P["sub"])
    tnum, tpid = pool(ctx, mid, 60)
    campaign(ctx, L, act, 1.5, tnum, tpid, h=(11, 23), answer=0.7, mu=5.0)
    k = rng.integers(3, 6, len(ag))
    r = np.repeat(np.arange(len(ag)), k)
    ctx.tables["internet_accounts"].add(platform=ctx.vs(["wechat", "qq", "momo", "soul"])[rng.integers(0, 4, len(r))],
                                        account=ctx.num.keys(len(r)), msisdn=L.msisdn[r],
                                        register_time=T0 - rng.integers(60, 700, len(r)) * DAY, status=ctx.v("active"))
    subs = [(f"{hexs(rng.integers(1, 2**40))[-6:]}.jhtrade.vip", ["156.241.6.88", "156.241.6.89"]) for _ in range(12)]
    vnum, vpid = pick_victims(ctx, mid, nv(8), need_days=(0, D))
    acc = own_accounts(ctx, 2, bank="CMB")
    hook_and_pay(ctx, g, sch, L, act, vnum, vpid, contacts=(4, 9), calls_mu=6.2, pays=(3, 5), amount=(9.4, 0.8),
                 to_accts=np.concatenate([acc, L1[:4]]), domain=subs, grooming_days=2,
                 app=("com.jinhui.trade", "https://dl.jhtrade.vip/jh.apk"), lag=(1, 3))
    vv = ctx.victims[-1]  # one small "profit withdrawal" to build trust
    ctx.transfer(vv[4] + rng.integers(DAY, 2 * DAY, len(vv[2])), acc[rng.integers(0, 2, len(vv[2]))], vv[6],
                 rng.uniform(300, 1500, len(vv[2])), "mobile_app")
    label(ctx, "msisdn", L.msisdn, "fraud_caller", g, sch, T0 - 60 * DAY)
    label(ctx, "msisdn", P["msisdn"][ctx.G["G13"]["accomplices"]], "gang_member", g, sch, T0 - 60 * DAY)
    label(ctx, "domain", ["jhtrade.vip", "dl.jhtrade.vip"] + [d for d, _ in subs], "fraud_domain", g,
          sch, T0)
    label(ctx, "app", ["com.jinhui.trade"], "fraud_app", g, sch, T0)
    label(ctx, "account", [hexs(x) for x in acc], "mule_account", g, sch, T0)

    # ---- G09 card ring: the leaders recruit on campus and at the ports; the sellers' IDs and leaders
    g, sch = "G09", "card_and_account_selling_ring"
    ld = ctx.G["G09"]["leaders"]
    sold = np.unique(np.concatenate(ctx.G["G09"]["sold"] + [ctx.G["G10"]["holders"]]))
    for d in range(D):
        k = rng.poisson(4, len(ld))
        c = np.repeat(np.arange(len(ld)), k)
        dial(ctx, d, persons_lines(ctx, ld), c, P["msisdn"][sold[rng.integers(0, len(sold), len(c))]],
             sold[rng.integers(0, len(sold), len(c))], answer=0.8, mu=4.3)
    label(ctx, "msisdn", P["msisdn"][ld], "gang_member", g, sch, T0 - 60 * DAY)
    label(ctx, "id_key", [hexs(x) for x in np.unique(P["id_key"][sold])], "card_seller", g, sch, T0 - 60 * DAY)
    cs = sold[rng.random(len(sold)) < 0.2]
    ctx.report(T0 + rng.integers(0, D * DAY, len(cs)), "id_key", [hexs(x) for x in P["id_key"][cs]], "card_seller",
               None, np.nan, "police")

    forward_chain(ctx)
    victim_reports(ctx)
    bank_reports(ctx)
    lists(ctx)


def victim_reports(ctx):
    rng = ctx.rng
    ftypes = {"G01": "customer_service", "G02": "customer_service", "G03": "other", "G04": "investment",
              "G05": "customer_service", "G06": "impersonate_police", "G07": "loan", "G08": "part_time_job",
              "G11": "acquaintance", "G12": "customer_service", "G13": "investment"}
    for gang, _, vnum, _, _, last_t, _ in ctx.victims:
        m = rng.random(len(vnum)) < 0.6
        t = last_t[m] + rng.integers(2 * HOUR, 4 * DAY, m.sum())
        keep = t < T0 + ctx.days * DAY
        ctx.report(t[keep], "msisdn", [str(x) for x in vnum[m][keep]], "victim", ftypes[gang],
                   np.round(rng.lognormal(9, 1, keep.sum()), -1), "police")


def bank_reports(ctx):
    rng = ctx.rng
    l1 = ctx.G["G10"]["l1"]
    m = rng.random(len(l1)) < 0.3
    ctx.report(T0 + rng.integers(2 * DAY, ctx.days * DAY, m.sum()), "account", [hexs(x) for x in l1[m]], "fraud",
               "other", np.nan, "bank")


def lists(ctx):
    rng = ctx.rng
    # old cases: numbers blocked before the period (not in the data), fraud domains of past campaigns
    old = ctx.num.mobile(300, "hn")
    ctx.listed("msisdn", [str(x) for x in old], "block", "police_case", T0 - rng.integers(10, 300, 300) * DAY,
               T0 + rng.integers(30, 400, 300) * DAY)
    ctx.listed("domain", ["hn-etc-refund.com", "sanya-mianshui.top", "cdf-vip-shop.cc", "hnair-gaiqian.com"],
               "block", "phishing", T0 + np.array([-90, -40, -20, 9]) * DAY)
    ctx.listed("cell", [ctx.cell_ids[int(c)].as_py() for c in ctx.cells_in("Danzhou", "nada_villages")],
               "high_risk_region", "key_area_fraud_hometown", T0 - 200 * DAY)
    ctx.listed("msisdn", ["8695339", "8695539", "8695588", "8695533", "8610086", "86400820666"] +
               [str(x) for x in ctx.G.get("allow_extra", [])], "allow", "public_service_number", T0 - 400 * DAY)
