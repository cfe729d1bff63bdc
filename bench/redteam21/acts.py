"""Behaviour helpers shared by the gangs and the look-alikes: cards, calls, messages, handset events, web and
app sightings, payments and laundering. Each call handles a batch of rows as arrays."""

from __future__ import annotations

import numpy as np
from base import PROFILES, cdf, is_fixed
from province import loc, rand_cell
from world import DAY, HOUR, World

SHIFT = cdf([0, 0, 0, 0, 0, 0, 0, 0.3, 2.5, 5, 5, 4.5, 1.2, 2, 5, 5, 5, 4, 1.5, 0.6, 0.3, 0.1, 0, 0])
MORNING = cdf([0, 0, 0, 0, 0, 0, 0.5, 3, 6, 6.5, 5.5, 3.5, 1, 1.5, 3, 3.5, 3, 1.5, 0.5, 0.1, 0, 0, 0, 0])
LATE = cdf([0.5, 0.2, 0, 0, 0, 0, 0, 0.1, 0.5, 2, 3, 3.5, 3, 3.5, 4, 4.5, 4.5, 4.5, 4.5, 5, 5, 4.5, 3, 1.5])


def choose_persons(w: World, n: int, age_w=(1, 1, 1, 1), cities=None, areas=None, need_acct=False,
                   smart=None, free_only=True, mark: int | None = None, exclude=None):
    """n distinct residents drawn with weights by age group, from given cities/areas."""
    rng = w.rng
    wt = np.asarray(age_w, dtype=float)[w.p_age] * w.p_active
    if cities is not None:
        from province import CITY_INDEX
        wt = wt * np.isin(w.p_city, [CITY_INDEX[c] for c in cities])
    if areas is not None:
        idx = [w.area_keys.index(a) for a in areas]
        wt = wt * np.isin(w.p_area, idx)
    if need_acct:
        wt = wt * (w.p_acct >= 0)
    if smart is not None:
        wt = wt * (w.p_smart == smart)
    if free_only:
        wt = wt * (w.p_role == 0)
    if exclude is not None:
        wt[exclude] = 0
    k = int(min(n, np.count_nonzero(wt)))
    if k == 0:
        return np.zeros(0, dtype=np.int64)
    p = rng.choice(w.P, k, replace=False, p=wt / wt.sum())
    if mark is not None:
        w.p_role[p] = mark
    return p


def targets(w: World, n: int, age_w=(1, 1, 1, 1), cities=None, ext_frac=0.3, ext_kind="other"):
    """A calling list: (numbers, person index or -1), persons drawn with replacement-free weights."""
    rng = w.rng
    n_ext = int(n * ext_frac)
    p = choose_persons(w, n - n_ext, age_w, cities=cities, free_only=False,
                       exclude=np.flatnonzero(w.p_role == 3))
    n_ext = n - len(p)  # small provinces: the rest of the list is outside the operator
    ext = w.ext_pool[rng.integers(0, len(w.ext_pool), n_ext)] if ext_kind == "pool" else w.numbers(n_ext, ext_kind)
    nums = np.concatenate([w.p_num[p], ext])
    pp = np.concatenate([p, np.full(n_ext, -1)])
    o = rng.permutation(len(nums))
    return nums[o], pp[o]


def new_cards(w: World, n: int, holder_ids, open_t, *, channel="WT-ONLINE", open_cell=-1, region="Hefei",
              kind="our", line_type="mobile", customer_type="personal", id_type="resident_id", prepaid=True,
              status="active", status_time=None, area_code=None):
    num = w.numbers(n, kind, area_code) if kind in ("our", "other", "virtual", "iot", "fixed") else w.numbers(n, kind)
    imsi = w.add_subs(num, holder_ids, open_t, id_type=id_type, customer_type=customer_type, line_type=line_type,
                      channel=channel, open_cell=open_cell, status=status, status_time=status_time,
                      prepaid=prepaid, region=region)
    return num, imsi


RES = ["answered", "no_answer", "busy", "rejected"]


def dial(w: World, t, caller, callee, callee_p=None, *, imei=0, imsi=0, ccell=-1, ans_p=0.8, dur_mu=4.0,
         dur_sd=1.0, ctype=None, gateway=None, roam=None, media="voice", vacant=None, dcell=None,
         dur=None, ans=None):
    """Calls from caller to callee at t; returns (answered mask, durations)."""
    rng = w.rng
    t = np.asarray(t, dtype=np.int64)
    n = len(t)
    if n == 0:
        return np.zeros(0, bool), np.zeros(0, np.int64)
    V = w.T["voice"]
    if ans is None:
        ans = rng.random(n) < np.broadcast_to(ans_p, (n,))
    if vacant is not None:
        ans &= ~vacant
    u = rng.random(n)
    res = np.where(ans, 0, np.where(u < 0.72, 1, np.where(u < 0.85, 2, 3)))
    if vacant is not None:
        res = np.where(vacant, 3, res)
    if dur is None:
        dur = np.clip(rng.lognormal(np.broadcast_to(dur_mu, (n,)), np.broadcast_to(dur_sd, (n,))), 2, 10800)
    dur = np.where(ans, np.asarray(dur), 0).astype(np.int64)
    ring = np.where(ans, rng.integers(2, 15, n), np.where(res == 1, rng.integers(25, 60, n), rng.integers(0, 6, n)))
    if vacant is not None:
        ring = np.where(vacant, 0, ring)
    if dcell is None:
        dcell = np.full(n, -1, dtype=np.int32)
        if callee_p is not None:
            cp = np.broadcast_to(np.asarray(callee_p), (n,))
            inside = cp >= 0
            if inside.any():
                dcell[inside] = loc(w, cp[inside], t[inside])
    callee = np.broadcast_to(np.asarray(callee, dtype=np.int64), (n,))
    if ctype is None:
        ctype = V.codes("call_type", ["mobile", "fixed"])[is_fixed(callee).astype(np.int64)]
    V.add(start_time=t, caller=caller, callee=callee, duration_s=dur, ring_s=ring,
          result=V.codes("result", RES)[res], caller_imei=imei, caller_imsi=imsi, caller_cell=ccell,
          callee_cell=dcell, caller_roaming_country=roam, call_type=ctype, media=media, gateway=gateway)
    return ans, dur


def sms(w: World, t, sender, receiver, content, content_n=-1, imei=0, cell=-1, roam=None):
    w.T["sms"].add(send_time=t, sender=sender, receiver=receiver, content=content, content_n=content_n,
                   sender_imei=imei, sender_cell=cell, sender_roaming_country=roam)


def dev(w: World, t, msisdn, imsi, imei, cell, event, roam=None, byt=-1):
    w.T["device"].add(time=t, msisdn=msisdn, imsi=imsi, imei=imei, cell=cell, event=event, roaming_country=roam,
                      bytes=byt)


def web(w: World, t, msisdn, domain, url=None, ip=None, byt=None, app=None, domain_n=-1, url_n=-1):
    n = len(np.atleast_1d(t))
    if byt is None:
        byt = w.rng.lognormal(10.5, 1.2, n).astype(np.int64)
    w.T["web"].add(time=t, msisdn=msisdn, domain=domain, domain_n=domain_n, url=url, url_n=url_n, ip=ip,
                   bytes=byt, app=app)


def app(w: World, t, msisdn, package, event="use", source_url=None, source_url_n=-1):
    w.T["apps"].add(time=t, msisdn=msisdn, app=package, event=event, source_url=source_url,
                    source_url_n=source_url_n)


def xfer(w: World, t, frm, to, amount, channel="mobile_app", initiated=0):
    w.T["transfers"].add(time=t, from_account=frm, to_account=to, amount=np.round(amount, 2), currency="CNY",
                         channel=channel, initiated_msisdn=initiated)


def daily_life(w: World, num, imsi, imei, cells, days, *, data=2.0, moves=0.5, night_off=0.1, profile="normal",
               roam=None):
    """Handset events of special cards (not residents): data sessions and location updates in given cells
    (array of cells or per-card arrays), on given days."""
    rng = w.rng
    num = np.atleast_1d(num)
    k = len(num)
    imsi = np.broadcast_to(imsi, (k,))
    imei = np.broadcast_to(imei, (k,))
    ci = np.repeat(np.arange(k), len(days))
    dd = np.tile(np.asarray(days), k)
    ev = w.T["device"].codes("event", ["power_on", "power_off", "location_update", "data_session"])
    for lam, e in ((data, 3), (moves, 2)):
        cnt = rng.poisson(lam, len(ci))
        r = np.repeat(np.arange(len(ci)), cnt)
        t = w.at(dd[r], PROFILES[profile])
        c = cells_for(w, cells, ci[r])
        byt = rng.lognormal(13.5, 1.5, len(r)).astype(np.int64) if e == 3 else -1
        dev(w, t, num[ci[r]], imsi[ci[r]], imei[ci[r]], c if roam is None else -1, ev[e], roam, byt)
    off = np.flatnonzero(rng.random(len(ci)) < night_off)
    t = w.day_start(dd[off]) + rng.integers(22 * HOUR, 24 * HOUR - 60, len(off))
    c = cells_for(w, cells, ci[off])
    dev(w, t, num[ci[off]], imsi[ci[off]], imei[ci[off]], c if roam is None else -1, ev[1], roam)
    t2 = t + rng.integers(7 * HOUR, 9 * HOUR, len(off))
    keep = t2 < w.t_end
    dev(w, t2[keep], num[ci[off]][keep], imsi[ci[off]][keep], imei[ci[off]][keep],
        (c if roam is None else np.full(len(off), -1))[keep], ev[0], roam)


def cells_for(w, cells, idx):
    """cells: one array shared by all cards, or a list with one array per card."""
    rng = w.rng
    if isinstance(cells, list):
        out = np.empty(len(idx), dtype=np.int32)
        for i, cs in enumerate(cells):
            m = idx == i
            out[m] = np.asarray(cs)[rng.integers(0, len(cs), m.sum())]
        return out
    cells = np.atleast_1d(cells)
    return cells[rng.integers(0, len(cells), len(idx))]


def ensure_account(w: World, p):
    """Victims or payers without a reported bank card pay from an account the partner banks do not export."""
    p = np.atleast_1d(p)
    acc = w.p_acct[p].copy()
    miss = acc < 0
    if miss.any():
        acc[miss] = w.new_account_ids(int(miss.sum()))
    return acc


def launder(w: World, t, amount, acct_in, tier2, tier3, controllers, fast=(2, 25)):
    """Each inflow leaves a mule account within minutes, split over 1-3 second-level accounts, which pass it on
    to OTC (crypto) traders within hours. Initiated from the controllers' phones, not the holders'."""
    rng = w.rng
    t = np.atleast_1d(t)
    amount = np.atleast_1d(amount)
    acct_in = np.broadcast_to(acct_in, t.shape)
    k = rng.integers(1, 4, len(t))
    r = np.repeat(np.arange(len(t)), k)
    share = rng.random(len(r)) + 0.3
    tot = np.bincount(r, share)
    part = amount[r] * share / tot[r] * 0.995
    t2 = t[r] + rng.integers(fast[0] * 60, fast[1] * 60, len(r))
    to2 = tier2[rng.integers(0, len(tier2), len(r))]
    ctrl = controllers[rng.integers(0, len(controllers), len(r))]
    ctrl = np.where(rng.random(len(r)) < 0.7, ctrl, 0)
    ch = np.where(ctrl > 0, "mobile_app", "third_party")
    xfer(w, t2, acct_in[r], to2, part, ch, ctrl)
    t3 = t2 + rng.integers(20 * 60, 6 * HOUR, len(r))
    keep = t3 < w.t_end
    xfer(w, t3[keep], to2[keep], tier3[rng.integers(0, len(tier3), keep.sum())], part[keep] * 0.99, "third_party", 0)


def pay(w: World, gang: str, scheme: str, p, t, amounts, mules, *, channel_p=(0.6, 0.25, 0.15), fraud_type="other",
        report_p=0.35, report_entities=None, launder_to=None):
    """Victims p pay amounts (one row per payment) at times t to mule accounts; truth events, losses reported
    to the police with some probability (delayed). Returns the accounts paid."""
    rng = w.rng
    p = np.atleast_1d(p)
    t = np.atleast_1d(t)
    ok = t < w.t_end - 600
    p, t, amounts = p[ok], t[ok], np.atleast_1d(amounts)[ok]
    if report_entities is not None:
        report_entities = (report_entities[0], np.atleast_1d(np.asarray(report_entities[1], dtype=object))[ok])
    if not len(p):
        return np.zeros(0, np.int32)
    acc = ensure_account(w, p)
    to = mules[rng.integers(0, len(mules), len(p))]
    c = rng.choice(3, len(p), p=channel_p)  # mobile_app, third_party, counter
    chn = np.array(["mobile_app", "third_party", "counter"])[c]
    init = np.where(c < 2, w.p_num[p], 0)
    xfer(w, t, acc, to, amounts, chn, init)
    w.T["truth_events"].add(victim=w.p_num[p], time=t, amount=np.round(amounts, 2), to_account=to)
    if launder_to is not None:
        tier2, tier3, ctrl = launder_to
        launder(w, t + 60, amounts, to, tier2, tier3, ctrl)
    # police reports after the loss (some days later, some after the export)
    first = np.unique(p, return_index=True)[1]
    rep = first[rng.random(len(first)) < report_p]
    rt = t[rep] + rng.integers(2 * HOUR, 3 * DAY, len(rep))
    keep = rt < w.t_end
    rep, rt = rep[keep], rt[keep]
    loss = np.bincount(np.searchsorted(np.unique(p), p), amounts)[np.searchsorted(np.unique(p), p[rep])]
    if len(rep):
        w.T["reports"].add(time=rt, entity_type="msisdn", entity=[str(x) for x in w.p_num[p[rep]].tolist()],
                           label="victim", fraud_type=fraud_type, loss_amount=loss, source="police")
        w.T["reports"].add(time=rt + 60, entity_type="account",
                           entity=[w.accounts[i] for i in to[rep].tolist()], label="fraud",
                           fraud_type=fraud_type, loss_amount=loss, source="police")
        if report_entities is not None:
            et, ents = report_entities
            e = ents[rep].tolist()
            w.T["reports"].add(time=rt + 120, entity_type=et, entity=[str(x) for x in e], label="fraud",
                               fraud_type=fraud_type, loss_amount=np.nan, source="police")
    return to


def victims_truth(w: World, p, gang, scheme, t):
    p = np.atleast_1d(p)
    t = np.atleast_1d(t)
    u, i = np.unique(p, return_index=True)
    w.truth("msisdn", w.p_num[u], "victim", gang, scheme, t[i])
    w.p_role[u] = np.maximum(w.p_role[u], 1)
    w.victim_p.append(u)


def here(w, area, n=None):
    return rand_cell(w, area, n)
