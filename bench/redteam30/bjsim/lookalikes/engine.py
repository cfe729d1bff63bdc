"""One parametrised behaviour for most look-alike kinds: cards (or landlines) that call, text and get called."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import clock
from ..clock import DAY, T0
from ..geo import D


@dataclass
class Kind:
    name: str
    n: int
    calls: float = 0.0  # outgoing per card-day
    pool: tuple = ()  # personas dialled on-net (empty: anyone)
    onnet: float = 0.4
    repeat: float = 0.3  # share of calls to the card's own clients
    answer: float = 0.6
    dur: float = 60
    hours: str = "DAYTIME"
    sms: float = 0.0
    texts: tuple = ()
    link: tuple | None = None  # (domain, ip); "*" in the domain is a fresh label per message
    click: float = 0.02
    incoming: float = 0.0  # calls in per card-day from clients and strangers
    line: str = "mobile"
    handset: str = "redmi_note13"
    site: str | None = None
    districts: tuple = ("Chaoyang",)
    moving: bool = False
    per_id: int = 1
    id_type: str = "resident_id"
    customer: str = "personal"
    age: tuple = (200, 2000)  # card age in days at the start (negative: opened during the fortnight)
    roam: tuple = ()  # countries the card roams in
    intl: float = 0.0
    intl_cc: tuple = (1,)
    weekend: float = 0.4
    media: str = "voice"
    share_handset: int = 1  # cards per handset
    data: float = 1.5
    active_from: tuple = (0, 1)
    clients: int = 40
    to_numbers: tuple = ()  # fixed counterparts (a platform's short code, a maintenance line)


def run_kind(ww, k: Kind) -> dict:
    rng, pop, cells = ww.rng, ww.pop, ww.cells
    role = f"lookalike:{k.name}"
    n = k.n
    nid = max(1, -(-n // k.per_id))
    ids = ww.ids(nid, "bl_" if k.customer == "enterprise" else ("pp_" if k.id_type == "passport" else "id_"))
    holder = [ids[i // k.per_id] for i in range(n)]
    if k.site:
        home = np.full(n, cells.site[k.site])
    else:
        home = cells.in_district(rng, np.array([D[x] for x in k.districts])[rng.integers(0, len(k.districts), n)])
    ot = T0 - (rng.integers(min(k.age), max(k.age) + 1, n)) * DAY + rng.integers(9 * 3600, 18 * 3600, n)
    if k.line == "fixed":
        msisdn = ww.nums.fixed(n)
        msisdn, imsi = ww.open_cards(n, id_keys=holder, open_time=ot, channel=f"ent-{k.name[:12]}", cell=home,
                                     line_type="fixed", customer_type=k.customer, id_type=k.id_type, prepaid=False,
                                     numbers=msisdn)
        imei = np.zeros(n, np.int64)
    else:
        store = f"store-{int(rng.integers(0, 240)):03d}" if k.per_id > 1 else [
            f"store-{x:03d}" for x in rng.integers(0, 240, n).tolist()]
        msisdn, imsi = ww.open_cards(n, id_keys=holder, open_time=ot, channel=store, cell=home, line_type=k.line,
                                     customer_type=k.customer, id_type=k.id_type, prepaid=k.line != "iot")
        hs = ww.handsets(-(-n // k.share_handset), k.handset)
        imei = hs[np.arange(n) // k.share_handset]
    ww.truth.add("msisdn", msisdn.tolist(), role, first=np.maximum(ot, T0))
    pool = pop.of(*k.pool) if k.pool else np.arange(pop.n)
    if k.site is None and not k.moving and k.pool:
        local = pool[np.isin(cells.district[pop.home[pool]], [D[x] for x in k.districts])]
        pool = local if len(local) > 50 else pool
    cl_idx = pool[rng.integers(0, len(pool), (n, k.clients))]
    cl_num = np.where(rng.random((n, k.clients)) < k.onnet, pop.msisdn[cl_idx],
                      pop.offnet_pool[rng.integers(0, len(pop.offnet_pool), (n, k.clients))])
    if k.to_numbers:
        cl_num = np.array(k.to_numbers, np.int64)[rng.integers(0, len(k.to_numbers), (n, k.clients))]
    hours = getattr(clock, k.hours)
    card_label = rng.integers(0, 16 ** 6, n)  # one invitation page per sender under a wildcard host
    first_day = np.maximum(rng.integers(k.active_from[0], k.active_from[1] + 1, n), (ot - T0) // DAY)
    fixed = k.line == "fixed"
    counts = {"calls": 0, "sms": 0}
    for d in range(ww.days):
        act = first_day <= d
        f = k.weekend if d % 7 >= 5 else 1.0
        roam = None
        if k.roam:
            roam = np.array(k.roam)[np.arange(n) % len(k.roam)]
        if k.calls:
            c = np.repeat(np.arange(n), rng.poisson(k.calls * f * act))
            m = len(c)
            t = T0 + d * DAY + rng.choice(24, m, p=hours) * 3600 + rng.integers(0, 3600, m)
            rep = rng.random(m) < k.repeat
            num = np.where(rep, cl_num[c, rng.integers(0, k.clients, m)], ww.strangers(m, k.onnet, pool))
            if k.intl:
                it = rng.random(m) < k.intl
                cc = np.array(k.intl_cc)[rng.integers(0, len(k.intl_cc), int(it.sum()))]
                num[it] = cc * 10 ** 9 + rng.integers(10 ** 8, 10 ** 9, int(it.sum()))
            ans = rng.random(m) < k.answer
            dur = np.where(ans, np.maximum(3, rng.lognormal(np.log(k.dur), 0.8, m)), 0).astype(np.int64)
            cell = None if fixed or k.roam else (
                cells.in_district(rng, cells.district[home[c]]) if k.moving else home[c])
            ww.call(t, msisdn[c], num, dur, imei=None if fixed else imei[c], imsi=None if fixed else imsi[c],
                    cell=cell, roam=None if roam is None else roam[c], media=k.media)
            counts["calls"] += m
        if k.incoming:
            c = np.repeat(np.arange(n), rng.poisson(k.incoming * f * act))
            m = len(c)
            t = T0 + d * DAY + rng.choice(24, m, p=hours) * 3600 + rng.integers(0, 3600, m)
            num = np.where(rng.random(m) < 0.6, cl_num[c, rng.integers(0, k.clients, m)], ww.strangers(m, 0.3))
            ans = rng.random(m) < 0.85
            dur = np.where(ans, np.maximum(3, rng.lognormal(np.log(k.dur), 0.7, m)), 0).astype(np.int64)
            ww.call(t, num, msisdn[c], dur, callee_cell=-1 if fixed or k.roam else home[c])
            counts["calls"] += m
        if k.sms and not fixed:
            c = np.repeat(np.arange(n), rng.poisson(k.sms * f * act))
            m = len(c)
            t = T0 + d * DAY + rng.choice(24, m, p=hours) * 3600 + rng.integers(0, 3600, m)
            rep = rng.random(m) < max(k.repeat, 0.5)
            num = np.where(rep, cl_num[c, rng.integers(0, k.clients, m)], ww.strangers(m, k.onnet, pool))
            if k.link and "*" in k.link[0]:
                hosts = [k.link[0].replace("*", f"{x:06x}") for x in (card_label[c]).tolist()]
            elif k.link:
                hosts = [k.link[0]] * m
            else:
                hosts = [""] * m
            tx = [k.texts[i % len(k.texts)].format(d=h, n=str(x)[2:], c=int(y)) for i, h, x, y in zip(
                rng.integers(0, len(k.texts), m).tolist(), hosts, msisdn[c].tolist(),
                rng.integers(1000, 9999, m).tolist(), strict=True)]
            ww.sms(t, msisdn[c], num, tx, imei=imei[c] if k.line != "fixed" else None,
                   cell=None if k.roam else home[c], roam=None if roam is None else roam[c])
            counts["sms"] += m
            if k.link:
                ri = pop.lookup(num)
                cl = np.flatnonzero((ri >= 0) & (rng.random(m) < k.click))
                ww.visit(t[cl] + rng.integers(30, 3600, len(cl)), num[cl], [hosts[i] for i in cl.tolist()],
                         url=[f"https://{hosts[i]}/" for i in cl.tolist()], ip=k.link[1])
                for h in sorted(set(hosts)):
                    ww.truth.add("domain", h, role)
        if k.data and not fixed:
            c = np.repeat(np.arange(n), rng.poisson(k.data * act))
            t = T0 + d * DAY + rng.choice(24, len(c), p=hours) * 3600 + rng.integers(0, 3600, len(c))
            cell = None if k.roam else (cells.in_district(rng, cells.district[home[c]]) if k.moving else home[c])
            ww.device(t, msisdn[c], imsi[c], imei[c], cell, "data_session",
                      roam=None if roam is None else roam[c], nbytes=rng.lognormal(13, 1.5, len(c)).astype(np.int64))
    return {"kind": k.name, "n": n, **counts, "msisdn": msisdn, "imei": imei, "imsi": imsi, "home": home}
