"""Behaviour engines shared by gangs and look-alikes: calling, texting, callbacks, victims and money."""

from __future__ import annotations

import numpy as np

from .core import DAY, HOUR, T0, lognorm_int, pick, sample_time
from .life import ext_accounts


def pools(w):
    """Target pools (numbers) used by gangs and look-alikes."""
    pop = w.pop
    rng = w.rng
    k = pop["kind"]
    main = ~pop["dual_second"]
    lz = np.isin(pop["area"], [i for i in range(6)])
    sl = pop["student_line"]
    pos = np.searchsorted(pop["line"], sl)
    P = {
        "residents": pop["msisdn"][main],
        "elder": pop["msisdn"][(k == "elder") & main],
        "farmers": pop["msisdn"][(k == "farmer") & main],
        "herders": pop["msisdn"][(k == "herder") & main],
        "workers": pop["msisdn"][(k == "worker") & main],
        "business": pop["msisdn"][(k == "business") & main],
        "migrants": pop["msisdn"][(k == "migrant") & main],
        "lanzhou": pop["msisdn"][lz & main & np.isin(k, ["worker", "business", "elder"])],
        "students": pop["msisdn"][pos],
        "freshmen": pop["msisdn"][pos[pop["student_fresh"]]],
        "parents": pop["msisdn"][np.searchsorted(pop["line"], pop["parent_line"])],
        "offnet": pop["offnet"],
        "linxia": pop["msisdn"][main & np.isin(pop["area"], [w.area_idx[a] for a in ("linxia", "guanghe", "dongxiang")])],
        "county": pop["msisdn"][main & np.isin(pop["area"], w.areas_tagged("county"))],
    }
    # visitors from other provinces touring Dunhuang / Zhangye (other operators' numbers)
    nv = int(.3 * w.N)
    P["visitors"] = w.alloc.offnet(nv)
    P["tourists"] = np.r_[P["visitors"], pop["msisdn"][np.searchsorted(pop["line"], pop["tourist_resident"])]]
    # parents of new students on other operators (out-of-province or other networks)
    P["parents_all"] = np.r_[P["parents"], rng.choice(pop["offnet"], len(P["parents"]), replace=False)]
    P["elder_feature"] = pop["msisdn"][(k == "elder") & main & (pop["handset"] == "feature")]
    w.P = P
    # pop number -> position lookup
    o = np.argsort(pop["msisdn"], kind="stable")
    pop["ms_sorted"] = pop["msisdn"][o]
    pop["ms_order"] = o
    w.victim_acc = {}
    return P


def pop_pos(w, numbers):
    pop = w.pop
    pos = np.searchsorted(pop["ms_sorted"], numbers).clip(0, len(pop["ms_sorted"]) - 1)
    hit = pop["ms_sorted"][pos] == numbers
    return np.where(hit, pop["ms_order"][pos], -1)


def smart_onnet(w, numbers):
    p = pop_pos(w, numbers)
    return (p >= 0) & (w.pop["handset"][np.maximum(p, 0)] != "feature")


def calls(w, callers, targets, per_day, day_from=0, day_to=None, profile="resident", answer_p=.6, med=60,
          sigma=.9, video=0., gateway=None, call_type=None, radio=True, pool=None, ring_ans=(3, 20),
          t_from=None, busy_p=.05, reject_p=.05, callee_pick=None):
    """Calls from each caller; ``pool``: each caller dials only its own ``pool`` numbers of the targets."""
    rng = w.rng
    callers = np.asarray(callers, dtype=np.int64)
    nc = len(callers)
    day_to = w.days if day_to is None else day_to
    d0 = np.broadcast_to(np.asarray(day_from, dtype=np.int64), (nc,))
    d1 = np.broadcast_to(np.asarray(day_to, dtype=np.int64), (nc,))
    pdn = np.broadcast_to(np.asarray(per_day, dtype=float), (nc,))
    span = (d1 - d0).clip(0)
    cnt = rng.poisson(pdn * span)
    ci = np.repeat(np.arange(nc), cnt)
    n = len(ci)
    day = d0[ci] + (rng.random(n) * span[ci]).astype(np.int64)
    t = sample_time(rng, day, profile)
    if t_from is not None:
        tf = np.broadcast_to(np.asarray(t_from, dtype=np.int64), (nc,))[ci]
        t = np.maximum(t, tf + rng.integers(60, 3 * HOUR, n))
        ok = t < T0 + d1[ci] * DAY
        ci, t, day = ci[ok], t[ok], day[ok]
        n = len(ci)
    targets = np.asarray(targets, dtype=np.int64)
    if callee_pick is not None:
        callee = callee_pick(ci, n)
    elif pool is not None:
        pmat = targets[rng.integers(0, len(targets), (nc, pool))]
        callee = pmat[ci, rng.integers(0, pool, n)]
    else:
        callee = targets[rng.integers(0, len(targets), n)]
    caller = callers[ci]
    ok = caller != callee
    caller, callee, t, ci = caller[ok], callee[ok], t[ok], ci[ok]
    n = len(ci)
    u = rng.random(n)
    res = np.where(u < answer_p, "answered", np.where(u < 1 - busy_p - reject_p, "no_answer",
                                                      np.where(u < 1 - reject_p, "busy", "rejected"))).astype(object)
    ans = res == "answered"
    dur = np.where(ans, lognorm_int(rng, n, med, sigma, 1, 7200), 0).astype(np.int64)
    ring = np.where(ans, rng.integers(ring_ans[0], ring_ans[1], n), np.where(
        res == "no_answer", rng.integers(25, 60, n), np.where(res == "busy", 0, rng.integers(1, 10, n))))
    media = np.where(rng.random(n) < video, "video", "voice").astype(object)
    cols = dict(start_time=t, caller=caller, callee=callee, duration_s=dur, ring_s=ring.astype(np.int64),
                result=res, media=media)
    if gateway is not None:
        cols["gateway"] = gateway if isinstance(gateway, str) else np.asarray(gateway, dtype=object)[ci]
    if call_type is not None:
        cols["call_type"] = call_type
    if not radio:
        cols["_noradio"] = np.ones(n, dtype=bool)
    w.sink.add("voice", n, **cols)
    return dict(caller=caller, callee=callee, t=t, ans=ans, dur=dur, ci=ci)


def one_calls(w, caller, callee, t, dur, gateway=None, call_type=None, media="voice", radio=True, result=None):
    """Explicit calls (answered when dur > 0, else no_answer unless result is given)."""
    n = len(caller)
    if n == 0:
        return
    res = np.where(dur > 0, "answered", "no_answer").astype(object) if result is None else result
    ring = np.where(dur > 0, w.rng.integers(3, 15, n), w.rng.integers(20, 50, n)).astype(np.int64)
    cols = dict(start_time=np.asarray(t, dtype=np.int64), caller=np.asarray(caller, dtype=np.int64),
                callee=np.asarray(callee, dtype=np.int64), duration_s=np.asarray(dur, dtype=np.int64), ring_s=ring,
                result=res, media=media)
    if gateway is not None:
        cols["gateway"] = gateway
    if call_type is not None:
        cols["call_type"] = call_type
    if not radio:
        cols["_noradio"] = np.ones(n, dtype=bool)
    w.sink.add("voice", n, **cols)


def texts(w, senders, targets, per_day, texts_, day_from=0, day_to=None, profile="resident", pool=None,
          p=None, burst=None, t_from=None):
    rng = w.rng
    senders = np.asarray(senders, dtype=np.int64)
    ns = len(senders)
    day_to = w.days if day_to is None else day_to
    d0 = np.broadcast_to(np.asarray(day_from, dtype=np.int64), (ns,))
    d1 = np.broadcast_to(np.asarray(day_to, dtype=np.int64), (ns,))
    span = (d1 - d0).clip(0)
    cnt = rng.poisson(np.broadcast_to(np.asarray(per_day, dtype=float), (ns,)) * span)
    si = np.repeat(np.arange(ns), cnt)
    n = len(si)
    day = d0[si] + (rng.random(n) * span[si]).astype(np.int64)
    t = sample_time(rng, day, profile)
    if burst is not None:  # texts sent in bursts of the given seconds per message
        grp = np.arange(n) // 200
        base = sample_time(rng, day[grp * 0 + np.minimum(grp * 200, n - 1)], profile) if n else t
        t = base + (np.arange(n) % 200) * burst
    if t_from is not None:
        tf = np.broadcast_to(np.asarray(t_from, dtype=np.int64), (ns,))[si]
        t = np.maximum(t, tf + rng.integers(60, 2 * HOUR, n))
        ok = t < T0 + d1[si] * DAY
        si, t = si[ok], t[ok]
        n = len(si)
    targets = np.asarray(targets, dtype=np.int64)
    if pool is not None:
        pmat = targets[rng.integers(0, len(targets), (ns, pool))]
        rcv = pmat[si, rng.integers(0, pool, n)]
    else:
        rcv = targets[rng.integers(0, len(targets), n)]
    content = pick(rng, np.asarray(texts_, dtype=object), n, p)
    w.sink.add("sms", n, send_time=t, sender=senders[si], receiver=rcv, content=content)
    return dict(sender=senders[si], receiver=rcv, t=t, si=si)


def callbacks(w, res, p, answer_p=.85, med=60, delay_med=600, only_answered=True):
    """People reached call the number back later."""
    rng = w.rng
    m = res["ans"] if only_answered else np.ones(len(res["t"]), dtype=bool)
    idx = np.flatnonzero(m & (rng.random(len(res["t"])) < p))
    t = res["t"][idx] + res["dur"][idx] + lognorm_int(rng, len(idx), delay_med, 1.2, 30)
    ok = t < w.T1
    idx, t = idx[ok], t[ok]
    dur = np.where(rng.random(len(idx)) < answer_p, lognorm_int(rng, len(idx), med, .9), 0)
    one_calls(w, res["callee"][idx], res["caller"][idx], t, dur)


def victim_accounts(w, numbers):
    """A bank account for each victim number: the holder's own, or a new one for other operators' customers."""
    out = np.empty(len(numbers), dtype=np.int64)
    pos = pop_pos(w, numbers)
    pop = w.pop
    need = []
    for i, (num, p) in enumerate(zip(numbers.tolist(), pos.tolist(), strict=False)):
        if num in w.victim_acc:
            out[i] = w.victim_acc[num]
        elif p >= 0 and pop["acc_of_person"][pop["person"][p]] >= 0:
            out[i] = pop["acc_of_person"][pop["person"][p]]
            w.victim_acc[num] = out[i]
        else:
            need.append(i)
    if need:
        need = np.array(need)
        nums = numbers[need]
        uniq, inv = np.unique(nums, return_inverse=True)
        up = pop_pos(w, uniq)
        pers = np.where(up >= 0, pop["person"][np.maximum(up, 0)], -1)
        out_n = int((pers < 0).sum())
        if out_n:
            pers[pers < 0] = w.add_persons(out_n, kind="outsider")
        acc = w.add_accounts(len(uniq), pers, bank=pick(w.rng, np.array(["ICBC", "CCB", "ABC", "BOC", "CMB", "PSBC"],
                                                                       dtype=object), len(uniq)),
                             open_time=T0 - w.rng.integers(200, 4000, len(uniq)) * DAY, bound_msisdn=uniq)
        out[need] = acc[inv]
        for num, a, p in zip(uniq.tolist(), acc.tolist(), pers.tolist(), strict=False):
            w.victim_acc[num] = a
            if p < len(pop["acc_of_person"]) and pop["acc_of_person"][p] < 0:
                pop["acc_of_person"][p] = a
    return out


class Money:
    """A gang's money path: level-1 mule accounts (victims pay), level-2 and a cash-out."""

    def __init__(self, w, l1, l2, cashout, hop1=(5, 90), hop2=(30, 600), fee=.02):
        self.w, self.l1, self.l2, self.cashout = w, np.asarray(l1), np.asarray(l2), np.asarray(cashout)
        self.hop1, self.hop2, self.fee = hop1, hop2, fee

    def pay(self, victims, t, amount, gang, channel="mobile_app", l1=None, initiated=True):
        w, rng = self.w, self.w.rng
        n = len(victims)
        if n == 0:
            return
        src = victim_accounts(w, victims)
        to = pick(rng, self.l1, n) if l1 is None else l1
        ini = victims if initiated else np.zeros(n, dtype=np.int64)
        if isinstance(channel, str):
            channel = np.full(n, channel, dtype=object)
        ini = np.where(channel == "mobile_app", ini, 0)
        ok = t < w.T1
        w.sink.add("transfers", int(ok.sum()), time=t[ok], from_account=src[ok], to_account=to[ok],
                   amount=amount[ok], currency="CNY", channel=channel[ok], initiated_msisdn=ini[ok])
        w.truth.event(victims[ok], t[ok], amount[ok], to[ok], gang)
        # onward: l1 -> l2 -> cash-out
        t2 = t + rng.integers(self.hop1[0] * 60, self.hop1[1] * 60, n)
        a2 = np.round(amount * (1 - self.fee), 2)
        to2 = pick(rng, self.l2, n)
        ok = t2 < w.T1
        w.sink.add("transfers", int(ok.sum()), time=t2[ok], from_account=to[ok], to_account=to2[ok], amount=a2[ok],
                   currency="CNY", channel=pick(rng, np.array(["mobile_app", "third_party"], dtype=object),
                                                int(ok.sum())), initiated_msisdn=np.zeros(int(ok.sum()), np.int64))
        t3 = t2 + rng.integers(self.hop2[0] * 60, self.hop2[1] * 60, n)
        ok = t3 < w.T1
        w.sink.add("transfers", int(ok.sum()), time=t3[ok], from_account=to2[ok],
                   to_account=pick(rng, self.cashout, int(ok.sum())), amount=np.round(a2[ok] * .99, 2),
                   currency="CNY", channel=pick(rng, np.array(["third_party", "atm", "mobile_app"], dtype=object),
                                                int(ok.sum()), [3, 1, 1]),
                   initiated_msisdn=np.zeros(int(ok.sum()), np.int64))


def mule_accounts(w, n, holders="students", open_days=(3, 90), bank=None):
    """Mule accounts opened on real residents' IDs (students, villagers) or on fresh outsiders' IDs."""
    rng = w.rng
    pop = w.pop
    if holders == "outsiders":
        pers = w.add_persons(n, kind="outsider", age=rng.integers(19, 40, n))
    else:
        kinds = {"students": ["student", "freshman"], "villagers": ["farmer", "herder", "migrant"],
                 "workers": ["worker"]}[holders]
        cand = np.unique(pop["person"][np.isin(pop["kind"], kinds)])
        cand = cand[~np.isin(cand, getattr(w, "used_mule_persons", np.zeros(0, np.int64)))]
        pers = rng.choice(cand, n, replace=False)
        w.used_mule_persons = np.r_[getattr(w, "used_mule_persons", np.zeros(0, np.int64)), pers]
    banks = np.array(["LYRC", "HXCB", "LZCB", "ICBC", "CCB", "ABC", "PSBC"], dtype=object)
    return w.add_accounts(n, pers, bank=pick(rng, banks, n) if bank is None else bank,
                          open_time=T0 - rng.integers(open_days[0], open_days[1], n) * DAY - rng.integers(0, DAY, n),
                          kind="mule")


def cashout(w, n):
    return ext_accounts(w, n, "otc")


def report(w, t, etype, entity, label, fraud_type=None, loss=None, source="police"):
    n = len(entity)
    if n == 0:
        return
    t = np.broadcast_to(np.asarray(t, dtype=np.int64), (n,))
    ok = t < w.T1
    cols = dict(time=t[ok], entity_type=etype, entity=np.asarray(entity, dtype=object)[ok], label=label,
                source=source if isinstance(source, str) else np.asarray(source, dtype=object)[ok])
    if fraud_type is not None:
        cols["fraud_type"] = fraud_type
    if loss is not None:
        cols["loss_amount"] = np.asarray(loss, dtype=float)[ok]
    w.sink.add("reports", int(ok.sum()), **cols)


def web_visit(w, numbers, t, domain, url=None, ip=None, app=None, nbytes=None):
    """DPI sightings; only the operator's own smartphone lines are seen."""
    numbers = np.asarray(numbers, dtype=np.int64)
    t = np.asarray(t, dtype=np.int64)
    ok = smart_onnet(w, numbers) & (t < w.T1)
    n = int(ok.sum())
    if n == 0:
        return ok

    def sel(x):
        return x[ok] if isinstance(x, np.ndarray) else x
    w.sink.add("web", n, time=t[ok], msisdn=numbers[ok], domain=sel(domain), url=sel(url), ip=sel(ip), app=sel(app),
               bytes=lognorm_int(w.rng, n, 60000, 1.0, 300) if nbytes is None else sel(nbytes))
    return ok


def app_event(w, numbers, t, app, event="install", source_url=None, all_lines=False):
    numbers = np.asarray(numbers, dtype=np.int64)
    t = np.asarray(t, dtype=np.int64)
    ok = (np.ones(len(numbers), bool) if all_lines else smart_onnet(w, numbers)) & (t < w.T1)
    n = int(ok.sum())
    if n == 0:
        return ok
    w.sink.add("apps", n, time=t[ok], msisdn=numbers[ok], app=app if isinstance(app, str) else app[ok],
               event=event, source_url=source_url[ok] if isinstance(source_url, np.ndarray) else source_url)
    return ok
