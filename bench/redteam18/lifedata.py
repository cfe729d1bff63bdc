"""Ordinary life, part two: handsets on the network, web and apps, and money."""

from __future__ import annotations

import numpy as np
import texts
from life import HOURS, hours_of, person_day_rows, rate_matrix
from people import PARAMS, PERSONAS, P, People, new_account
from world import DAY, DAYS, REGIONS, T0, T_END, World

AUDIENCES = ("all", "gaokao", "young", "travel", "bank", "rural", "news")
AUD_P = {
    "office": (.6, 0, .05, .1, .12, 0, .13), "parent": (.55, .2, 0, .05, .1, 0, .1),
    "grad": (.45, .3, .2, .03, 0, 0, .02), "uni": (.55, .05, .3, .05, .02, 0, .03),
    "farmer": (.45, 0, 0, 0, .05, .4, .1), "elderly": (.4, 0, 0, 0, .05, .4, .15),
    "migrant": (.55, 0, .1, .05, .1, .15, .05), "shop": (.6, 0, .02, .03, .2, .05, .1),
    "driver": (.65, 0, 0, .05, .1, .1, .1), "teacher": (.55, .15, .05, .05, .1, 0, .1),
    "child": (.4, 0, .55, 0, 0, .05, 0), "service": (.6, 0, .2, .05, .08, .02, .05),
    "tourism": (.5, 0, .05, .3, .05, .05, .05),
}
PATHS = ("", "index", "search?q=", "video/", "item/", "news/", "login", "detail/", "m/")


def device_events(w: World) -> None:
    """Data sessions, commutes, trips, power cycles and attaches of ordinary cards."""
    rng = w.rng
    c = w.cards
    cards = np.flatnonzero(c.life & (c.line_type == "mobile"))
    rate = np.array([PARAMS[int(p)].data for p in c.persona[cards]]) * np.where(c.primary[cards], 1.0, 0.35)
    counts = rng.poisson(np.outer(rate, np.ones(DAYS)))
    rows = np.repeat(np.arange(counts.size), counts.ravel())
    card, day = cards[rows // DAYS], rows % DAYS
    names = list(HOURS)
    prof = np.array([names.index(PARAMS[int(p)].hours) for p in c.persona[card]])
    t = T0 + day * DAY + hours_of(w, prof, len(card))
    data_rows(w, c.num[card], t)
    # commutes
    com = cards[c.works[cards] & (c.day_cell[cards] != c.home_cell[cards]) & c.primary[cards]]
    d = np.arange(DAYS)
    for cc in (com,):
        cd = np.repeat(cc, DAYS)
        dd = np.tile(d, len(cc))
        wk = ((dd + 2) % 7 < 5) | c.weekend_work[cd]
        cd, dd = cd[wk], dd[wk]
        t1 = T0 + dd * DAY + c.wstart[cd] * 3600 + rng.integers(0, 1800, size=len(cd))
        t2 = T0 + dd * DAY + c.wend[cd] * 3600 + rng.integers(300, 2400, size=len(cd))
        loc = np.full(len(cd), 4)
        w.emit("device", t=np.concatenate([t1, t2]), msisdn=np.tile(c.num[cd], 2), event=np.tile(loc, 2))
    mv = cards[c.mover[cards] >= 0]
    md = np.repeat(mv, DAYS * 3)
    mdd = np.tile(np.repeat(d, 3), len(mv))
    tm = T0 + mdd * DAY + (c.wstart[md] + rng.random(len(md)) * (c.wend[md] - c.wstart[md])) * 3600
    w.emit("device", t=tm.astype(np.int64), msisdn=c.num[md], event=np.full(len(md), 4))
    # trips, abroad, new cards, new handsets, closures
    tr = cards[c.trip_cell[cards] >= 0]
    w.emit("device", t=np.concatenate([c.trip_from[tr] + 600, c.trip_to[tr] + 600]),
           msisdn=np.tile(c.num[tr], 2), event=np.full(2 * len(tr), 4))
    ab = np.flatnonzero((c.abroad >= 0) & c.life)
    w.emit("device", t=np.concatenate([c.abroad_from[ab] + 3 * 3600, c.abroad_to[ab] + 3600]),
           msisdn=np.tile(c.num[ab], 2), event=np.zeros(2 * len(ab), dtype=np.int64))
    new = cards[(c.open_time[cards] >= T0) & (c.open_time[cards] < T_END)]
    w.emit("device", t=c.open_time[new] + rng.integers(60, 1800, size=len(new)), msisdn=c.num[new],
           event=np.zeros(len(new), dtype=np.int64))
    sw = cards[(c.imei_b[cards] >= 0) & (c.switch_t[cards] >= T0)]
    w.emit("device", t=np.concatenate([c.switch_t[sw] - 120, c.switch_t[sw] + 30]), msisdn=np.tile(c.num[sw], 2),
           event=np.r_[np.full(len(sw), 3), np.full(len(sw), 2)])
    cl = cards[(c.active_until[cards] < T_END) & (c.active_until[cards] > T0)]
    w.emit("device", t=c.active_until[cl] - 60, msisdn=c.num[cl], event=np.ones(len(cl), dtype=np.int64))
    # power cycles: the elderly switch off at night more often
    eld = c.persona[cards] == P["elderly"]
    pr = np.where(eld, 0.12, 0.012)
    cnt = rng.random((len(cards), DAYS - 1)) < pr[:, None]
    ci, di = np.nonzero(cnt)
    cc = cards[ci]
    off = T0 + di * DAY + rng.integers(22 * 3600, 23 * 3600 + 1800, size=len(cc))
    on = T0 + (di + 1) * DAY + rng.integers(6 * 3600, 7 * 3600 + 1800, size=len(cc))
    w.emit("device", t=np.concatenate([off, on]), msisdn=np.tile(c.num[cc], 2),
           event=np.r_[np.full(len(cc), 3), np.full(len(cc), 2)])


def data_rows(w: World, nums: np.ndarray, t: np.ndarray, median: float = 2.5e7, sigma: float = 1.4, **kw) -> None:
    b = w.rng.lognormal(np.log(median), sigma, size=len(t)).astype(np.int64) + 512
    w.emit("device", t=t, msisdn=nums, event=np.full(len(t), 5), bytes=b, **kw)


def web_and_apps(w: World, ppl: People) -> None:
    rng = w.rng
    person, day = person_day_rows(w, rate_matrix(w, ppl, "web"))
    n = len(person)
    t = T0 + day * DAY + hours_of(w, np.zeros(n, dtype=np.int64), n)
    pers = ppl.persona_a[person]
    aud = np.empty(n, dtype=np.int64)
    for i, name in enumerate(PERSONAS):
        m = pers == i
        p = np.array(AUD_P[name], dtype=float)
        aud[m] = rng.choice(len(AUDIENCES), size=int(m.sum()), p=p / p.sum())
    late = (day > 15) & (aud == 1)
    aud = np.where(late, 0, aud)
    by_aud = {a: [i for i, x in enumerate(texts.WEB) if x[3] == a] for a in AUDIENCES}
    by_aud["bank"] = by_aud["bank"] or by_aud["all"]
    by_aud["rural"] = [i for i, x in enumerate(texts.WEB) if x[3] in ("rural", "all")]
    site = np.empty(n, dtype=np.int64)
    for i, a in enumerate(AUDIENCES):
        m = aud == i
        opts = np.array(by_aud[a] or by_aud["all"])
        site[m] = opts[rng.integers(len(opts), size=int(m.sum()))]
    dom = w.domains.add_many(x[0] for x in texts.WEB)
    ips = w.ips.add_many(x[1] for x in texts.WEB)
    app = np.array([w.apps.add(x[2]) if x[2] else -1 for x in texts.WEB])
    path = rng.integers(len(PATHS), size=n)
    urls = np.array([w.texts.add(f"https://{x[0]}/") for x in texts.WEB])
    purl = np.array([[w.texts.add(f"https://{x[0]}/{p}") for p in PATHS] for x in texts.WEB])
    url = np.where(rng.random(n) < 0.3, urls[site], purl[site, path])
    by = rng.lognormal(np.log(180_000), 1.3, size=n).astype(np.int64)
    w.emit("web", t=t, msisdn=w.person_num[person], domain=dom[site], url=url, ip=ips[site], bytes=by, app=app[site])
    # app usage and a few installs
    rates = rate_matrix(w, ppl, "data") * 0.22
    person, day = person_day_rows(w, rates)
    n = len(person)
    t = T0 + day * DAY + hours_of(w, np.zeros(n, dtype=np.int64), n)
    use = w.apps.add_many(texts.APPS_USE)
    w.emit("apps", t=t, msisdn=w.person_num[person], app=use[rng.integers(len(use) - 1, size=n)],
           event=np.ones(n, dtype=np.int64))
    inst = w.apps.add_many(texts.APPS_INSTALL)
    rates = rate_matrix(w, ppl, "data") * 0.012
    grads = np.isin(ppl.persona_a, (P["grad"], P["uni"]))
    rates[grads] *= 3
    person, day = person_day_rows(w, rates)
    n = len(person)
    t = T0 + day * DAY + hours_of(w, np.zeros(n, dtype=np.int64), n)
    a = inst[rng.integers(len(inst), size=n)]
    a = np.where(grads[person] & (rng.random(n) < 0.4), w.apps.add("com.chsi.xxw"), a)
    w.emit("apps", t=t, msisdn=w.person_num[person], app=a, event=np.zeros(n, dtype=np.int64))


def setup_businesses(w: World) -> None:
    """Merchants, employers, platforms and the pension fund: enterprise bank accounts without a card."""
    rng = w.rng
    w.merchants = {}
    w.employers = {}
    for ri, r in enumerate(REGIONS):
        k = max(4, int(r.weight * 500))
        w.merchants[ri] = np.array([new_account(w, w.new_key("bl"), ("ICBC", "CCB", "Bank of Chengdu", "ABC")[
            int(rng.integers(4))], T0 - int(rng.uniform(300, 3000)) * DAY, -1) for _ in range(k)])
        w.employers[ri] = np.array([new_account(w, w.new_key("bl"), ("ICBC", "CCB", "BOC")[int(rng.integers(3))],
                                                T0 - int(rng.uniform(600, 5000)) * DAY, -1)
                                    for _ in range(max(3, k // 4))])
    w.platforms = np.array([new_account(w, w.new_key("bl"), "ICBC", T0 - 4000 * DAY, -1) for _ in range(8)])
    w.pension = new_account(w, w.new_key("bl"), "Sichuan Rural Credit", T0 - 6000 * DAY, -1)


def primary_accounts(ppl: People) -> np.ndarray:
    return np.array([a[0] if a else -1 for a in ppl.accounts], dtype=np.int64)


def money(w: World, ppl: People) -> None:
    """Shopping, red envelopes, wages, pensions, rent and remittances."""
    rng = w.rng
    acct = primary_accounts(ppl)
    has = (acct >= 0) & ppl.life_a
    num = w.person_num
    # shopping
    rates = rate_matrix(w, ppl, "web") * 0.22 * has[:, None]
    person, day = person_day_rows(w, rates)
    n = len(person)
    t = T0 + day * DAY + hours_of(w, np.zeros(n, dtype=np.int64), n)
    to = np.empty(n, dtype=np.int64)
    online = rng.random(n) < 0.45
    regs = ppl.region_a[person]
    for ri in np.unique(regs).tolist():
        m = regs == ri
        pool = w.merchants[ri]
        to[m] = pool[rng.integers(len(pool), size=int(m.sum()))]
    to = np.where(online, w.platforms[rng.integers(len(w.platforms), size=n)], to)
    amt = np.round(rng.lognormal(np.log(48), 1.0, size=n), 2)
    ch = np.where(rng.random(n) < 0.7, 3, 0)
    w.emit("transfers", t=t, from_account=acct[person], to_account=to, amount=amt + 0.01, channel=ch,
           initiated_msisdn=num[person])
    # red envelopes along household and relative ties to people with accounts
    ties = w.ties
    fam = np.flatnonzero(np.isin(ties["kind"], (0, 1)))
    dst_person = _num_to_person(w, ppl, ties["dst"][fam])
    ok = has[ties["src"][fam]] & (dst_person >= 0)
    fam, dst_person = fam[ok], dst_person[ok]
    ok = has[dst_person]
    fam, dst_person = fam[ok], dst_person[ok]
    pick = rng.random((len(fam), DAYS)) < 0.012
    ei, di = np.nonzero(pick)
    src = ties["src"][fam[ei]]
    lucky = np.array([52, 66, 88, 100, 168, 188, 200, 520, 666, 888])
    t = T0 + di * DAY + hours_of(w, np.ones(len(ei), dtype=np.int64), len(ei))
    w.emit("transfers", t=t, from_account=acct[src], to_account=acct[dst_person[ei]],
           amount=lucky[rng.integers(len(lucky), size=len(ei))].astype(float), channel=np.full(len(ei), 3),
           initiated_msisdn=num[src])
    # wages on Friday 14 July, pensions on 13 July
    workers = np.flatnonzero(has & np.isin(ppl.persona_a, (P["office"], P["parent"], P["service"], P["teacher"],
                                                            P["tourism"], P["driver"], P["migrant"])))
    workers = workers[rng.random(len(workers)) < 0.85]
    emp = np.array([w.employers[r][int(x) % len(w.employers[r])] for r, x in
                    zip(ppl.region_a[workers].tolist(), rng.integers(0, 10**6, size=len(workers)).tolist(),
                        strict=True)], dtype=np.int64)
    cd = np.array([REGIONS[r].area == "28" for r in ppl.region_a[workers].tolist()], dtype=bool)
    amt = np.round(rng.lognormal(np.log(np.where(cd, 7200, 4600)), 0.35), 2)
    t = T0 + 2 * DAY + rng.integers(9 * 3600, 17 * 3600, size=len(workers))
    w.emit("transfers", t=t, from_account=emp, to_account=acct[workers], amount=amt, channel=np.ones(len(workers)))
    eld = np.flatnonzero(has & (ppl.persona_a == P["elderly"]))
    rural = np.array([REGIONS[r].kind == "rural" for r in ppl.region_a[eld].tolist()], dtype=bool)
    amt = np.where(rural | (rng.random(len(eld)) < 0.5), rng.integers(120, 320, size=len(eld)),
                   rng.integers(1800, 3900, size=len(eld))).astype(float)
    w.emit("transfers", t=T0 + DAY + rng.integers(8 * 3600, 12 * 3600, size=len(eld)),
           from_account=np.full(len(eld), w.pension), to_account=acct[eld], amount=amt, channel=np.ones(len(eld)))
    # rent from young people in Chengdu to landlords (older people of the same region)
    young = np.flatnonzero(has & np.isin(ppl.persona_a, (P["office"], P["service"])) & (ppl.region_a <= 5))
    young = young[rng.random(len(young)) < 0.3]
    lords = np.flatnonzero(has & np.isin(ppl.persona_a, (P["elderly"], P["shop"], P["parent"])) & (ppl.region_a <= 5))
    if len(lords) and len(young):
        ll = lords[rng.integers(len(lords), size=len(young))]
        w.emit("transfers", t=T0 + rng.integers(0, 5 * DAY, size=len(young)), from_account=acct[young],
               to_account=acct[ll], amount=(rng.integers(12, 40, size=len(young)) * 100).astype(float),
               channel=np.zeros(len(young)), initiated_msisdn=num[young])
    # migrants send money home
    mig = np.flatnonzero(has & (ppl.persona_a == P["migrant"]))
    home = _household_elder(ppl, mig, acct)
    ok = home >= 0
    mig, home = mig[ok], home[ok]
    w.emit("transfers", t=T0 + rng.integers(2 * DAY, 7 * DAY, size=len(mig)), from_account=acct[mig],
           to_account=acct[home], amount=(rng.integers(10, 45, size=len(mig)) * 100).astype(float),
           channel=np.full(len(mig), 3), initiated_msisdn=num[mig])


def _num_to_person(w: World, ppl: People, nums: np.ndarray) -> np.ndarray:
    card = w.card_of(nums)
    return np.where(card >= 0, w.cards.person[np.maximum(card, 0)], -1)


def _household_elder(ppl: People, persons: np.ndarray, acct: np.ndarray) -> np.ndarray:
    by_hh: dict[int, list[int]] = {}
    for pi in range(ppl.n):
        if acct[pi] >= 0 and ppl.persona[pi] in (P["elderly"], P["farmer"], P["parent"]):
            by_hh.setdefault(ppl.household[pi], []).append(pi)
    return np.array([by_hh.get(ppl.household[p], [-1])[0] for p in persons.tolist()], dtype=np.int64)
