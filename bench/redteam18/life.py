"""Ordinary life, part one: service numbers, other operators' people, ties, calls and messages."""

from __future__ import annotations

import numpy as np
import texts
from people import PARAMS, PERSONAS, P, People
from world import DAY, DAYS, FIXED, FLOOD_DAY, MOBILE, REGIONS, RIDX, SERVICE, T0, World

HOURS = {
    "day": [0, 0, 0, 0, 0, 0, 1, 3, 6, 9, 10, 9, 6, 6, 8, 9, 9, 8, 7, 8, 8, 6, 3, 1],
    "late": [2, 1, 0, 0, 0, 0, 0, 1, 2, 4, 6, 7, 7, 6, 6, 6, 6, 7, 8, 9, 10, 11, 10, 6],
    "early": [0, 0, 0, 0, 0, 1, 4, 8, 9, 8, 7, 6, 5, 4, 4, 5, 6, 7, 8, 7, 5, 2, 1, 0],
    "evening": [1, 0, 0, 0, 0, 0, 1, 2, 4, 5, 5, 7, 8, 5, 4, 4, 5, 6, 8, 9, 9, 8, 5, 2],
    "shop": [0, 0, 0, 0, 0, 0, 2, 5, 7, 8, 8, 8, 7, 6, 7, 8, 8, 8, 8, 7, 6, 4, 2, 1],
}
HOUR_CDF = {k: np.cumsum(v) / np.sum(v) for k, v in HOURS.items()}
SVC = {"icbc": "95588", "ccb": "95533", "abc": "95599", "boc": "95566", "cmb": "95555", "psbc": "95580",
       "rcc": "96633", "bocd": "96511", "operator": "10088", "anti": "12381", "warn_call": "96110",
       "emergency": "12379", "zto": "95311", "sf": "95338", "ems": "11183", "gov": "12345",
       "p_code": "106905518801", "p_code2": "1069077320088", "p_mkt": "1069055800123", "p_mkt2": "10690988777",
       "p_app": "106575260190", "p_edu": "106908288001", "police": "110"}
BANK_SVC = {"ICBC": "icbc", "CCB": "ccb", "ABC": "abc", "BOC": "boc", "CMB": "cmb", "PSBC": "psbc",
            "Sichuan Rural Credit": "rcc", "Bank of Chengdu": "bocd"}
# tie kinds: weight, answer rate, median seconds
TIE = {"household": (5.0, 0.86, 70), "relative": (2.0, 0.8, 170), "friend": (1.6, 0.78, 120),
       "coworker": (1.4, 0.82, 85), "external": (1.1, 0.76, 110), "business": (0.45, 0.72, 55)}
TIE_KIND = {k: i for i, k in enumerate(TIE)}
YOUNG = (P["grad"], P["uni"], P["child"])


def hours_of(w: World, profile: np.ndarray, n: int) -> np.ndarray:
    """Seconds into the day by each row's daily rhythm (profile = index into HOURS)."""
    names = list(HOURS)
    out = np.empty(n, dtype=np.int64)
    u = w.rng.random(n)
    for i, name in enumerate(names):
        m = profile == i
        if m.any():
            out[m] = np.searchsorted(HOUR_CDF[name], u[m], side="right")
    return out * 3600 + w.rng.integers(0, 3600, size=n)


def setup_services(w: World) -> None:
    w.svc = {k: int(w.add_numbers([v], SERVICE)[0]) for k, v in SVC.items()}


def external_numbers(w: World, ppl: People) -> None:
    """Other operators' people, businesses, tourists from elsewhere: only ever the other party."""
    n = len(ppl.persona)
    w.pools["ext_personal"] = w.new_numbers(int(n * 0.8), MOBILE, ours=False)
    biz = []
    w.ext_biz_region = {}
    for ri, r in enumerate(REGIONS):
        k = max(6, int(r.weight * 1600))
        a = w.new_numbers(k // 2, FIXED, ours=False, area=r.area)
        b = w.new_numbers(k - k // 2, MOBILE, ours=False)
        w.ext_biz_region[ri] = np.concatenate([a, b])
        biz.append(w.ext_biz_region[ri])
    w.pools["ext_biz"] = np.concatenate(biz)
    w.pools["ext_tourist"] = w.new_numbers(6000, MOBILE, ours=False)
    w.pools["ext_any"] = w.new_numbers(14000, MOBILE, ours=False)


def make_pools(w: World, ppl: People) -> None:
    """Target pools of our people's primary numbers by persona, region and circumstance."""
    prim = ppl.primary
    ok = (prim >= 0) & ppl.life_a & ~np.array(ppl.reserved)
    nums = np.where(prim >= 0, w.cards.num[np.maximum(prim, 0)], -1)
    w.person_num = nums
    w.pools["all"] = nums[ok]
    for name in PERSONAS:
        w.pools[name] = nums[ok & (ppl.persona_a == P[name])]
    w.pools["students"] = np.concatenate([w.pools["grad"], w.pools["uni"]])
    w.pools["young"] = np.concatenate([w.pools["grad"], w.pools["uni"], w.pools["service"]])
    w.pools["adults"] = nums[ok & ~np.isin(ppl.persona_a, YOUNG)]
    w.pools["older"] = nums[ok & np.isin(ppl.persona_a, (P["elderly"], P["parent"], P["farmer"], P["shop"]))]
    for ri, r in enumerate(REGIONS):
        w.pools["reg:" + r.code] = nums[ok & (ppl.region_a == ri)]
    w.pools["flood"] = np.concatenate([w.pools["reg:DZXH"], w.pools["reg:DZ"]])
    w.pools["chengdu"] = nums[ok & np.isin(ppl.region_a, [RIDX[c] for c in ("CDGX", "CDTF", "CDCX", "CDPD",
                                                                              "CDWJ", "CDSL")])]


def pick(w: World, spec: str, n: int) -> np.ndarray:
    """n numbers from a pool mixture such as ``"parent:0.7,ext_any:0.3"``."""
    names, wl = [], []
    for part in spec.split(","):
        head, _, tail = part.rpartition(":")
        if head and tail.replace(".", "", 1).isdigit():
            names.append(head)
            wl.append(float(tail))
        else:
            names.append(part)
            wl.append(1.0)
    wts = np.array(wl)
    which = w.rng.choice(len(names), size=n, p=wts / wts.sum())
    out = np.empty(n, dtype=np.int64)
    for i, name in enumerate(names):
        m = which == i
        pool = w.pools[name]
        out[m] = pool[w.rng.integers(len(pool), size=int(m.sum()))]
    return out


def build_ties(w: World, ppl: People) -> None:
    """Household, relatives, friends, coworkers, other operators' contacts and local businesses."""
    rng = w.rng
    has = (ppl.primary >= 0) & ppl.life_a
    num = w.person_num
    src, dst, kind = [], [], []

    def add(a: np.ndarray, b: np.ndarray, k: str, both: bool = True) -> None:
        m = has[a] & (has[b] & (a != b) if both else True)
        a, b = a[m], b[m]
        src.append(a)
        dst.append(num[b] if both else b)
        kind.append(np.full(len(a), TIE_KIND[k]))
        if both:
            src.append(b)
            dst.append(num[a])
            kind.append(np.full(len(a), TIE_KIND[k]))

    order = np.argsort(ppl.household_a, kind="stable")
    hh = ppl.household_a[order]
    starts = np.flatnonzero(np.r_[True, hh[1:] != hh[:-1]])
    ends = np.r_[starts[1:], len(hh)]
    ha, hb = [], []
    for s, e in zip(starts.tolist(), ends.tolist(), strict=True):
        mem = order[s:e]
        for i in range(len(mem)):
            for j in range(i + 1, len(mem)):
                ha.append(mem[i])
                hb.append(mem[j])
    add(np.array(ha, dtype=np.int64), np.array(hb, dtype=np.int64), "household")
    # relatives: a member of another household, mostly of the same region
    reps = order[starts]
    nrel = rng.integers(1, 4, size=len(reps))
    ra = np.repeat(np.arange(len(reps)), nrel)
    same = rng.random(len(ra)) < 0.6
    by_region = _group(ppl.region_a[reps])
    rb = np.where(same, _same_group(rng, by_region, ppl.region_a[reps][ra]), rng.integers(len(reps), size=len(ra)))
    a_mem = _random_member(rng, order, starts, ends, ra)
    b_mem = _random_member(rng, order, starts, ends, rb)
    add(a_mem, b_mem, "relative")
    # friends of the same region and age group
    age = np.where(np.isin(ppl.persona_a, YOUNG), 0, np.where(ppl.persona_a == P["elderly"], 2, 1))
    key = ppl.region_a * 3 + age
    groups = _group(key)
    nf = rng.poisson(np.where(age == 0, 5, np.where(age == 2, 2, 3.5)))
    fa = np.repeat(np.arange(ppl.n), nf)
    fb = _same_group(rng, groups, key[fa])
    add(fa, fb, "friend")
    # coworkers: same work cell
    worker = np.isin(ppl.persona_a, (P["office"], P["parent"], P["service"], P["teacher"], P["tourism"]))
    dcell = np.array(ppl.day_cell)
    wkey = np.where(worker, dcell, -1)
    wgroups = _group(wkey)
    nc = np.where(worker, rng.integers(2, 7, size=ppl.n), 0)
    ca = np.repeat(np.arange(ppl.n), nc)
    cb = _same_group(rng, wgroups, wkey[ca])
    add(ca, cb, "coworker")
    # other operators' people and local businesses
    ne = rng.integers(2, 9, size=ppl.n)
    ea = np.repeat(np.arange(ppl.n), ne)
    ext = w.pools["ext_personal"]
    add(ea, ext[rng.integers(len(ext), size=len(ea))], "external", both=False)
    nb = rng.integers(1, 5, size=ppl.n)
    ba = np.repeat(np.arange(ppl.n), nb)
    bb = np.empty(len(ba), dtype=np.int64)
    regs = ppl.region_a[ba]
    for ri in np.unique(regs).tolist():
        m = regs == ri
        pool = w.ext_biz_region[ri]
        bb[m] = pool[rng.integers(len(pool), size=int(m.sum()))]
    add(ba, bb, "business", both=False)
    s = np.concatenate(src)
    d = np.concatenate(dst)
    k = np.concatenate(kind)
    o = np.lexsort((d, s))
    s, d, k = s[o], d[o], k[o]
    keep = np.r_[True, (s[1:] != s[:-1]) | (d[1:] != d[:-1])]
    s, d, k = s[keep], d[keep], k[keep]
    wt = np.array([v[0] for v in TIE.values()])[k]
    elderly = ppl.persona_a[s] == P["elderly"]
    wt = np.where(elderly & (k == TIE_KIND["household"]), wt * 2, wt)
    w.ties = {"src": s, "dst": d, "kind": k, "w": wt,
              "off": np.searchsorted(s, np.arange(ppl.n + 1)), "cum": np.cumsum(wt)}


def _group(key: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    order = np.argsort(key, kind="stable")
    sk = key[order]
    uniq, start, count = np.unique(sk, return_index=True, return_counts=True)
    return order, uniq, np.stack([start, count])


def _same_group(rng, groups, keys: np.ndarray) -> np.ndarray:
    order, uniq, sc = groups
    gi = np.searchsorted(uniq, keys)
    start, count = sc[0][gi], sc[1][gi]
    return order[start + (rng.random(len(keys)) * count).astype(np.int64)]


def _random_member(rng, order, starts, ends, hhs):
    s, e = starts[hhs], ends[hhs]
    return order[s + (rng.random(len(hhs)) * (e - s)).astype(np.int64)]


def choose_ties(w: World, persons: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One tie per row, by weight; rows of persons without ties get -1."""
    t = w.ties
    lo, hi = t["off"][persons], t["off"][persons + 1]
    has = hi > lo
    base = np.where(lo > 0, t["cum"][np.maximum(lo - 1, 0)], 0.0)
    top = t["cum"][np.maximum(hi - 1, 0)]
    target = base + w.rng.random(len(persons)) * (top - base)
    idx = np.clip(np.searchsorted(t["cum"], target, side="right"), lo, np.maximum(hi - 1, lo))
    return np.where(has, idx, -1), has


def rate_matrix(w: World, ppl: People, attr: str) -> np.ndarray:
    """Per person and day: the expected count of an activity."""
    base = np.array([getattr(PARAMS[int(p)], attr) for p in ppl.persona_a])
    days = np.arange(DAYS)
    wd = (days + 2) % 7
    weekend = wd >= 5
    m = np.outer(base, np.ones(DAYS))
    office = np.isin(ppl.persona_a, (P["office"], P["parent"], P["teacher"]))
    m[np.ix_(office, weekend)] *= 0.8
    gk = np.isin(ppl.persona_a, (P["grad"], P["parent"]))
    m[np.ix_(gk, (days >= 2) & (days <= 14))] *= 1.2
    flood = np.isin(ppl.region_a, (RIDX["DZXH"], RIDX["DZ"]))
    m[np.ix_(flood, (days >= FLOOD_DAY) & (days <= FLOOD_DAY + 2))] *= 2.2
    ok = (ppl.primary >= 0) & ppl.life_a
    return m * ok[:, None]


def person_day_rows(w: World, rates: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    counts = w.rng.poisson(rates)
    flat = counts.ravel()
    rows = np.repeat(np.arange(flat.size), flat)
    return rows // DAYS, rows % DAYS


def _profile_index(ppl: People, persons: np.ndarray) -> np.ndarray:
    names = list(HOURS)
    table = np.array([names.index(PARAMS[i].hours) for i in range(len(PERSONAS))])
    return table[ppl.persona_a[persons]]


def tie_events(w: World, ppl: People, kind: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Events of ``kind`` ("calls" or "sms") along the people's ties: (person, tie, time), one row per event of a
    person who has a tie to use."""
    person, day = person_day_rows(w, rate_matrix(w, ppl, kind))
    tie, has = choose_ties(w, person)
    person, day, tie = person[has], day[has], tie[has]
    t = T0 + day * DAY + hours_of(w, _profile_index(ppl, person), len(person))
    return person, tie, t


def daily_calls(w: World, ppl: People) -> None:
    """Calls along ties, incoming calls from other operators' contacts, and call-backs."""
    rng = w.rng
    person, tie, t = tie_events(w, ppl, "calls")
    n = len(person)
    kind = w.ties["kind"][tie]
    me = w.person_num[person]
    second = _second_card_num(w, ppl, person)
    me = np.where((second >= 0) & (rng.random(n) < 0.12), second, me)
    other = w.ties["dst"][tie]
    external = np.isin(kind, (TIE_KIND["external"], TIE_KIND["business"]))
    flip = external & (rng.random(n) < 0.5)
    caller = np.where(flip, other, me)
    callee = np.where(flip, me, other)
    ans_p = np.array([v[1] for v in TIE.values()])[kind]
    ans_p = np.where(ppl.persona_a[person] == P["elderly"], ans_p * 0.92, ans_p)
    med = np.array([v[2] for v in TIE.values()], dtype=float)[kind]
    med = np.where(ppl.persona_a[person] == P["elderly"], med * 1.4, med)
    video = np.isin(kind, (TIE_KIND["household"], TIE_KIND["relative"])) & (
        rng.random(n) < np.where(ppl.persona_a[person] == P["migrant"], 0.22, 0.05))
    emit_calls(w, t, caller, callee, ans_p, med, video=video)


def emit_calls(w: World, t: np.ndarray, caller: np.ndarray, callee: np.ndarray, ans_p, med, sigma: float = 0.9,
               video=None, callback: float = 0.45, **extra) -> np.ndarray:
    """Call attempts with results, rings and durations; missed calls to our people are often returned.
    Returns the answered mask."""
    rng = w.rng
    n = len(t)
    ans = rng.random(n) < ans_p
    dur = np.where(ans, np.maximum(3, rng.lognormal(np.log(med), sigma, size=n)).astype(np.int64), 0)
    if video is not None:
        dur = np.where(video & ans, dur * 3, dur)
    u = rng.random(n)
    res = np.where(ans, 0, np.where(u < 0.7, 1, np.where(u < 0.85, 2, 3)))
    ring = np.where(ans, rng.integers(2, 20, size=n), np.where(res == 1, rng.integers(25, 60, size=n),
                                                                np.where(res == 2, 0, rng.integers(2, 15, size=n))))
    cols = dict(t=t, caller=caller, callee=callee, duration_s=dur, ring_s=ring, result=res)
    if video is not None:
        cols["media"] = video.astype(np.int64)
    cols.update(extra)
    w.emit("voice", **cols)
    if callback > 0:
        cb = ~ans & (w.card_of(callee) >= 0) & (rng.random(n) < callback)
        if cb.any():
            k = int(cb.sum())
            emit_calls(w, t[cb] + dur[cb] + rng.integers(120, 2400, size=k), callee[cb], caller[cb], 0.85,
                       np.full(k, 60.0), callback=0.0)
    return ans


def _second_card_num(w: World, ppl: People, person: np.ndarray) -> np.ndarray:
    if not hasattr(w, "_second"):
        sec = np.full(ppl.n, -1, dtype=np.int64)
        for pi, cards in enumerate(ppl.cards):
            live = [c for c in cards[1:] if w.cards.life[c] and (w.cards.status[c] == "active"
                                                                  or w.cards.status_time[c] > T0)]
            if live and ppl.life[pi]:
                sec[pi] = w.cards.num[live[0]]
        w._second = sec
    return w._second[person]


def daily_sms(w: World, ppl: People) -> None:
    """Person-to-person messages along ties (with replies) and service messages to everyone."""
    rng = w.rng
    person, tie, t = tie_events(w, ppl, "sms")
    n = len(person)
    kind = w.ties["kind"][tie]
    fam = w.texts.add_many(texts.CHAT_FAMILY)
    fri = w.texts.add_many(texts.CHAT_FRIEND)
    wrk = w.texts.add_many(texts.CHAT_WORK)
    pools = np.where(np.isin(kind, (0, 1)), 0, np.where(kind == TIE_KIND["coworker"], 2, 1))
    content = np.select([pools == 0, pools == 1], [fam[rng.integers(len(fam), size=n)],
                                                  fri[rng.integers(len(fri), size=n)]],
                        wrk[rng.integers(len(wrk), size=n)])
    me, other = w.person_num[person], w.ties["dst"][tie]
    w.emit("sms", t=t, sender=me, receiver=other, content=content)
    rep = rng.random(n) < 0.55
    k = int(rep.sum())
    w.emit("sms", t=t[rep] + rng.integers(20, 900, size=k), sender=other[rep], receiver=me[rep],
           content=fri[rng.integers(len(fri), size=k)])
    service_sms(w, ppl)


def service_sms(w: World, ppl: People) -> None:
    rng = w.rng
    rates = rate_matrix(w, ppl, "web") * 0.75
    person, day = person_day_rows(w, rates)
    n = len(person)
    t = T0 + day * DAY + hours_of(w, np.zeros(n, dtype=np.int64), n)
    kinds = np.array(["code", "courier", "operator", "marketing", "app", "edu", "gov"])
    p = np.array([0.36, 0.14, 0.07, 0.25, 0.1, 0.04, 0.04])
    k = rng.choice(len(kinds), size=n, p=p)
    pers = ppl.persona_a[person]
    k = np.where((kinds[k] == "edu") & ~np.isin(pers, (P["grad"], P["parent"])), 3, k)
    code = rng.integers(100000, 1000000, size=n)
    n4 = rng.integers(1000, 10000, size=n)
    brand = rng.integers(len(texts.CODE_BRANDS), size=n)
    tpl = rng.integers(0, 4, size=n)
    place = rng.integers(len(texts.PLACES), size=n)
    content = np.empty(n, dtype=np.int64)
    sender = np.empty(n, dtype=np.int64)
    senders = {"code": ("p_code", "p_code2"), "courier": ("zto", "sf", "ems"), "operator": ("operator",),
               "marketing": ("p_mkt", "p_mkt2"), "app": ("p_app",), "edu": ("p_edu",), "gov": ("gov", "emergency")}
    for i, name in enumerate(kinds.tolist()):
        m = np.flatnonzero(k == i)
        tpls = texts.A2P[name]
        vals = []
        for j in m.tolist():
            s = tpls[int(tpl[j]) % len(tpls)]
            vals.append(s.format(code=int(code[j]), n4=int(n4[j]), brand=texts.CODE_BRANDS[int(brand[j])],
                                 place=texts.PLACES[int(place[j])]))
        content[m] = w.texts.add_many(vals)
        opts = senders[name]
        if name == "courier":
            sender[m] = np.where(tpl[m] % 3 == 2, w.svc["ems"], np.where(tpl[m] % 2 == 0, w.svc["zto"], w.svc["sf"]))
        else:
            sender[m] = np.array([w.svc[o] for o in opts])[rng.integers(len(opts), size=len(m))]
    ems = (kinds[k] == "courier") & (tpl % 3 == 2) & ~np.isin(pers, (P["grad"], P["parent"]))
    content = np.where(ems, w.texts.add("【EMS】您的邮件已到投递站，请保持电话畅通。"), content)
    # the flood warnings reach everyone in Dazhou on the flood days
    w.emit("sms", t=t, sender=sender, receiver=w.person_num[person], content=content)
    flood = w.pools["flood"]
    tw = w.texts.add(texts.A2P["gov"][0])
    for d in (FLOOD_DAY - 1, FLOOD_DAY):
        w.emit("sms", t=T0 + d * DAY + 7 * 3600 + rng.integers(0, 1800, size=len(flood)),
               sender=np.full(len(flood), w.svc["emergency"]), receiver=flood, content=np.full(len(flood), tw))
