"""Behaviour emitters shared by everyday life, the gangs and the look-alikes. Every function works on whole
column arrays (one element per call, message, visit, transfer or card-day); none loops over records.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .core import DAY, HOURS, Calendar, Sink, Streams, Vocab, lognormal_int, times_in_day
from .world import World

RESULT_FAIL = ("no_answer", "busy", "rejected")


@dataclass
class Ctx:
    S: Streams
    V: Vocab
    cal: Calendar
    W: World
    sink: Sink
    cases: list = field(default_factory=list)        # victim cases, for the labels
    fraud_numbers: list = field(default_factory=list)  # (gang, scheme, numbers, fraud_type, exposure)
    complaints: list = field(default_factory=list)   # (numbers, kind) look-alikes that annoy people
    extra: dict = field(default_factory=dict)

    def code(self, col, value):
        return self.V.code(col, value)

    def codes(self, col, values):
        return self.V.codes(col, values)


# ----------------------------------------------------------------------------- entity strings
def ent(kind: str, values) -> np.ndarray:
    """Entity values as the strings written to the files: 'n' numbers/ids, 'k' id keys, 'a' platform accounts,
    's' strings as given."""
    if kind == "s":
        return np.asarray(values, dtype=object)
    arr = pa.array(np.asarray(values, dtype=np.int64)).cast(pa.string())
    if kind == "k":
        arr = pc.binary_join_element_wise("SXK", arr, "")
    elif kind == "a":
        arr = pc.binary_join_element_wise("U", arr, "")
    return np.asarray(arr.to_numpy(zero_copy_only=False), dtype=object)


def truth(ctx: Ctx, etype: str, kind: str, values, role: str, gang: str = "", scheme: str = "", first_active=-1):
    values = np.asarray(values)
    if values.size == 0:
        return
    ctx.sink.add("truth_entities", n=values.size, entity_type=etype, entity=ent(kind, values), role=role,
                 gang_id=gang or None, scheme=scheme or None, first_active=np.broadcast_to(first_active, values.shape))


# ----------------------------------------------------------------------------- helpers
def sim_days(active: np.ndarray):
    """Rows (card, day) of a boolean (cards, days) matrix."""
    s, d = np.nonzero(active)
    return s, d


def outcome(rng, dur, fail_mix=(0.7, 0.2, 0.1)):
    """Result and ring time from durations (0 = not answered)."""
    n = dur.size
    fail = rng.choice(3, n, p=np.asarray(fail_mix) / np.sum(fail_mix))
    res = np.where(dur > 0, 0, fail + 1)  # 0 answered, 1 no_answer, 2 busy, 3 rejected
    ring = np.where(res == 0, rng.integers(2, 16, n),
                    np.where(res == 1, rng.integers(25, 50, n), np.where(res == 2, rng.integers(0, 2, n),
                                                                         rng.integers(2, 12, n))))
    return res, ring


def clamp(ctx: Ctx, t) -> np.ndarray:
    """Keep event times inside the fortnight (late follow-ups fold back into its last hour)."""
    t = np.asarray(t, dtype=np.int64)
    end = ctx.cal.t_end
    return np.where(t >= end, end - 1 - (t - end) % 3600, t)


def result_codes(ctx, res):
    lut = ctx.codes("result", ["answered", "no_answer", "busy", "rejected", "intercepted"])
    return lut[res]


def roam_codes(ctx, roam, n):
    if roam is None:
        return None
    if isinstance(roam, str):
        return np.full(n, ctx.code("country", roam), np.int32)
    return np.asarray(roam)


def calls(ctx: Ctx, rng, t, caller, callee, dur, *, imei=0, imsi=0, cell=-1, callee_cell=-2, roam=None,
          call_type="mobile", media="voice", gateway=None, fail_mix=(0.7, 0.2, 0.1), res=None):
    """Write call attempts. ``dur`` 0 means not answered; ``res`` (0..4) overrides the result."""
    t = clamp(ctx, t)
    n = t.size
    if n == 0:
        return
    dur = np.asarray(dur, dtype=np.int64)
    r, ring = outcome(rng, dur, fail_mix)
    if res is not None:
        r = np.broadcast_to(np.asarray(res), (n,)).copy()
        ring = np.where(r == 4, 0, ring)
        dur = np.where(r == 0, np.maximum(dur, 1), 0)
    ctx.sink.add("voice", n=n, start_time=t, caller=caller, callee=callee, duration_s=dur, ring_s=ring,
                 result=result_codes(ctx, r), caller_imei=imei, caller_imsi=imsi, caller_cell=cell,
                 callee_cell=callee_cell, caller_roaming_country=roam_codes(ctx, roam, n),
                 call_type=call_type if isinstance(call_type, str) else np.asarray(call_type),
                 media=media if isinstance(media, str) else np.asarray(media), gateway=gateway)


def sms(ctx: Ctx, t, sender, receiver, text, *, imei=0, cell=-1, roam=None):
    t = clamp(ctx, t)
    if t.size == 0:
        return
    ctx.sink.add("sms", n=t.size, send_time=t, sender=sender, receiver=receiver, content=text, sender_imei=imei,
                 sender_cell=cell, sender_roaming_country=roam_codes(ctx, roam, t.size))


def presence(ctx: Ctx, rng, msisdn, imsi, imei, cell, day, *, hours="allday", data_sessions=1.5, updates=1.0,
             power_p=0.6, roam=None, bytes_med=4e6, cell2=None):
    """Device events of card-days: power-on/attach, location updates, data sessions, detach/power-off.
    All arguments are arrays over card-days (or scalars). ``cell2`` is a second cell the card moves to."""
    day = np.asarray(day)
    n = day.size
    if n == 0:
        return
    msisdn, imsi, imei, cell = (np.broadcast_to(np.asarray(x), (n,)) for x in (msisdn, imsi, imei, cell))
    cell2 = cell if cell2 is None else np.broadcast_to(np.asarray(cell2), (n,))
    ds = day * DAY + ctx.cal.t0
    ev = {k: ctx.code("event", k) for k in ("attach", "detach", "power_on", "power_off", "location_update",
                                           "data_session")}
    rc = roam_codes(ctx, roam, n)
    parts = []
    on = rng.random(n) < power_p
    t_on = ds + rng.integers(6 * 3600, 9 * 3600, n)
    for e in ("power_on", "attach"):
        parts.append((on, t_on + (e == "attach"), cell, ev[e], -1))
    off = rng.random(n) < power_p * 0.6
    t_off = ds + rng.integers(21 * 3600, 24 * 3600 - 2, n)
    for e in ("detach", "power_off"):
        parts.append((off, t_off + (e == "power_off"), cell, ev[e], -1))
    out = []
    for mask, tt, cc, e, b in parts:
        i = np.flatnonzero(mask)
        out.append((i, tt[i], cc[i], np.full(i.size, e), np.full(i.size, b)))
    for lam, e, bm in ((updates, ev["location_update"], 0), (data_sessions, ev["data_session"], bytes_med)):
        k = rng.poisson(lam, n) if np.ndim(lam) == 0 else rng.poisson(np.asarray(lam))
        i = np.repeat(np.arange(n), k)
        if i.size == 0:
            continue
        tt = times_in_day(rng, ctx.cal, day[i], HOURS[hours])
        cc = np.where(rng.random(i.size) < 0.5, cell[i], cell2[i])
        b = lognormal_int(rng, i.size, bm, 1.2) if bm else np.full(i.size, -1)
        out.append((i, tt, cc, np.full(i.size, e), b))
    i = np.concatenate([o[0] for o in out])
    ctx.sink.add("device", n=i.size, time=np.concatenate([o[1] for o in out]), msisdn=msisdn[i], imsi=imsi[i],
                 imei=imei[i], cell=np.concatenate([o[2] for o in out]), event=np.concatenate([o[3] for o in out]),
                 roaming_country=None if rc is None else rc[i], bytes=np.concatenate([o[4] for o in out]))


def web(ctx: Ctx, rng, t, msisdn, domain, *, url=None, ip=None, app=None, bytes_med=80_000):
    t = clamp(ctx, t)
    if t.size == 0:
        return
    ctx.sink.add("web", n=t.size, time=t, msisdn=msisdn, domain=domain, url=url, ip=ip, app=app,
                 bytes=lognormal_int(rng, t.size, bytes_med, 1.0))


def app_event(ctx: Ctx, t, msisdn, app, event, source_url=None):
    t = clamp(ctx, t)
    if t.size == 0:
        return
    ctx.sink.add("apps", n=t.size, time=t, msisdn=msisdn, app=app, event=event, source_url=source_url)


def transfers(ctx: Ctx, t, src, dst, amount, *, channel="mobile_app", msisdn=0, currency="CNY"):
    t = clamp(ctx, t)
    if t.size == 0:
        return
    ctx.sink.add("transfers", n=t.size, time=t, from_account=src, to_account=dst,
                 amount=np.round(np.asarray(amount, dtype=float), 2), currency=currency,
                 channel=channel, initiated_msisdn=msisdn)


def net_accounts(ctx: Ctx, rng, msisdn, platform, t, status="active") -> np.ndarray:
    msisdn = np.asarray(msisdn)
    n = msisdn.size
    if n == 0:
        return np.empty(0, object)
    acc = ctx.W.net_accounts(rng, n)
    ctx.sink.add("internet_accounts", n=n, platform=platform if isinstance(platform, str) else np.asarray(platform),
                 account=acc, msisdn=msisdn, register_time=t,
                 status=status if isinstance(status, str) else np.asarray(status))
    plat = pa.array(np.broadcast_to(np.asarray(platform, dtype=object), (n,)), pa.string())
    keys = pc.binary_join_element_wise(plat, pc.binary_join_element_wise("U", pa.array(acc).cast(pa.string()), ""), ":")
    return np.asarray(keys.to_numpy(zero_copy_only=False), dtype=object)  # 'platform:account', as truth names them


# ----------------------------------------------------------------------------- campaigns
def dial(ctx: Ctx, rng, *, caller, day, per_day, targets, hours="fraud", imei=0, imsi=0, cell=-1,
         answer_p=0.3, dur_med=40, dur_sigma=0.9, fail_mix=(0.6, 0.15, 0.25), call_type="mobile", media="voice",
         gateway=None, roam=None, intercept_p=0.0, t_shift=None):
    """Each element of the card-day arrays places Poisson(per_day) calls to random ``targets``.
    Returns (t, caller, callee, dur, row) of the calls (row = index of the card-day)."""
    day = np.asarray(day)
    n = day.size
    caller, imei, imsi, cell = (np.broadcast_to(np.asarray(x), (n,)) for x in (caller, imei, imsi, cell))
    k = rng.poisson(np.broadcast_to(np.asarray(per_day, dtype=float), (n,)))
    row = np.repeat(np.arange(n), k)
    m = row.size
    if m == 0:
        e = np.empty(0, np.int64)
        return e, e, e, e, e
    t = times_in_day(rng, ctx.cal, day[row], HOURS[hours] if isinstance(hours, str) else hours)
    if t_shift is not None:
        t = t + t_shift
    callee = np.asarray(targets)[rng.integers(0, len(targets), m)]
    ans = rng.random(m) < answer_p
    dur = np.where(ans, lognormal_int(rng, m, dur_med, dur_sigma), 0)
    res = np.where(ans, 0, 1 + rng.choice(3, m, p=np.asarray(fail_mix) / np.sum(fail_mix)))
    if intercept_p:
        res = np.where(rng.random(m) < intercept_p, 4, res)
        dur = np.where(res == 4, 0, dur)
    gw = None if gateway is None else (np.full(m, ctx.code("gateway", gateway), np.int32)
                                       if isinstance(gateway, str) else np.asarray(gateway)[row])
    rr = None if roam is None else (roam if isinstance(roam, str) else np.asarray(roam)[row])
    ct = call_type if isinstance(call_type, str) else np.asarray(call_type)[row]
    md = media if isinstance(media, str) else np.asarray(media)[row]
    calls(ctx, rng, t, caller[row], callee, dur, imei=imei[row], imsi=imsi[row], cell=cell[row], roam=rr,
          call_type=ct, media=md, gateway=gw, res=res)
    return t, caller[row], callee, dur, row


def blast(ctx: Ctx, rng, *, sender, day, per_day, targets, texts, hours="fraud", imei=0, cell=-1, roam=None):
    """SMS: each card-day sends Poisson(per_day) messages, text drawn from ``texts`` (vocabulary codes)."""
    day = np.asarray(day)
    n = day.size
    sender, imei, cell = (np.broadcast_to(np.asarray(x), (n,)) for x in (sender, imei, cell))
    k = rng.poisson(np.broadcast_to(np.asarray(per_day, dtype=float), (n,)))
    row = np.repeat(np.arange(n), k)
    if row.size == 0:
        e = np.empty(0, np.int64)
        return e, e, e, e, e
    t = times_in_day(rng, ctx.cal, day[row], HOURS[hours] if isinstance(hours, str) else hours)
    recv = np.asarray(targets)[rng.integers(0, len(targets), row.size)]
    texts = np.asarray(texts)
    tx = texts[rng.integers(0, texts.size, row.size)]
    rr = None if roam is None else (roam if isinstance(roam, str) else np.asarray(roam)[row])
    sms(ctx, t, sender[row], recv, tx, imei=imei[row], cell=cell[row], roam=rr)
    return t, sender[row], recv, row, tx


def text_codes(ctx: Ctx, texts) -> np.ndarray:
    return ctx.codes("text", list(texts))


# ----------------------------------------------------------------------------- victims and money
def account_of(ctx: Ctx, rng, sims) -> np.ndarray:
    """Primary bank account of each card's holder, opening one (years ago) when the holder has none."""
    W = ctx.W
    p = W.sims["person"][sims]
    acct = W.persons["account"][p]
    need = np.unique(p[acct == 0])
    if need.size:
        W.add_accounts(rng, need, W.days_before(rng, need.size, 400, 3000))
        acct = W.persons["account"][p]
    return acct


def hook(ctx: Ctx, rng, *, gang: str, scheme: str, fraud_type: str, victims, t0, contact, pays,
         amount_med, amount_sigma=0.7, mules, gap_med_min=40, domain=None, url=None, ip=None, app=None,
         app_src=None, channel="mobile_app", web_visits=2, paid_mask=None, app_use=True):
    """The victims' side after contact: visits to the lure, app installs, transfers to the gang's accounts.

    ``victims`` are card indices, ``t0`` the contact times, ``contact`` the numbers (or other entities) that
    reached them, ``pays`` the number of transfers each makes (0: hooked but did not pay).
    Returns (t, from, to, amount, victim_number) of the transfers."""
    W = ctx.W
    victims = np.asarray(victims)
    n = victims.size
    if n == 0:
        e = np.empty(0, np.int64)
        return e, e, e, np.empty(0), e
    msisdn = W.sims["msisdn"][victims]
    t0 = np.asarray(t0, dtype=np.int64)
    smart = W.sims["smart"][victims]
    lure = np.minimum(t0 + rng.integers(120, 900, n), ctx.cal.t_end - 3600)  # while still on the line
    if domain is not None:
        k = np.where(smart, rng.integers(1, web_visits + 1, n), 0)
        i = np.repeat(np.arange(n), k)
        tv = lure[i] + np.arange(i.size) % 3 * 240 + rng.integers(0, 60, i.size)
        dom = ctx.code("domain", domain) if isinstance(domain, str) else np.asarray(domain)[i]
        u = None if url is None else (ctx.code("url", url) if isinstance(url, str) else np.asarray(url)[i])
        ipc = None if ip is None else ctx.code("ip", ip)
        web(ctx, rng, tv, msisdn[i], dom, url=u, ip=ipc, bytes_med=300_000)
    if app is not None:
        i = np.flatnonzero(smart)
        ti = lure[i] + rng.integers(60, 400, i.size)
        app_event(ctx, ti, msisdn[i], app, "install", app_src)
        if app_use:
            app_event(ctx, ti + rng.integers(60, 300, i.size), msisdn[i], app, "use")
    pays = np.broadcast_to(np.asarray(pays), (n,))
    acct = account_of(ctx, rng, victims)
    i = np.repeat(np.arange(n), pays)
    m = i.size
    first = np.r_[0, np.cumsum(pays)[:-1]]
    seq = np.arange(m) - np.repeat(first, pays)  # 0, 1, 2 ... within each victim
    gap = lognormal_int(rng, n, gap_med_min * 60, 0.8, lo=120)  # per victim: time between payments
    tt = lure[i] + 900 + rng.integers(0, 1200, m) + seq * gap[i] + (seq * rng.integers(0, 1800, m))
    hour = (tt + 8 * 3600) % DAY // 3600
    tt = np.where((hour < 6) & (seq > 0), tt + (7 - hour) * 3600 + rng.integers(0, 5400, m), tt)  # waits till morning
    tt = np.minimum(tt, ctx.cal.t_end - 60 - rng.integers(0, 600, m))
    amt = np.round(np.exp(rng.normal(np.log(amount_med), amount_sigma, m)) * (1 + 0.4 * seq), -1)
    amt = np.maximum(amt, 10.0)
    mules = np.asarray(mules)
    to = mules[rng.integers(0, mules.size, m)]
    chan = np.broadcast_to(np.asarray(channel, dtype=object), (n,))[i]
    init = np.where(np.isin(chan, ["counter", "atm"]), 0, msisdn[i])
    transfers(ctx, tt, acct[i], to, amt, channel=chan, msisdn=init)
    if app is not None and app_use and m:
        j = smart[i]
        app_event(ctx, np.maximum(tt[j] - rng.integers(30, 300, int(j.sum())), lure[i][j] + 500), msisdn[i][j], app,
                  "use")
    ctx.sink.add("truth_events", n=m, victim=msisdn[i], time=tt, amount=amt, to_account=to)
    truth(ctx, "msisdn", "n", msisdn, "victim", gang, scheme, t0)
    loss = np.bincount(i, weights=amt, minlength=n) if m else np.zeros(n)
    last = t0.copy()
    if m:
        np.maximum.at(last, i, tt)
    ctx.cases.append(dict(gang=gang, scheme=scheme, fraud_type=fraud_type, victim=msisdn, t0=t0, last=last,
                          loss=loss, contact=np.asarray(contact), domain=domain, app=app,
                          mule=np.where(pays > 0, to[np.minimum(first, max(m - 1, 0))], 0) if m else np.zeros(n, np.int64)))
    return tt, acct[i], to, amt, msisdn[i]


def launder(ctx: Ctx, rng, t, acct, amount, levels, *, delay_med_min=15, keep=0.02, out=None, channel="mobile_app"):
    """Forward each arriving amount through the levels of mule accounts and finally to ``out`` accounts."""
    W = ctx.W
    levels = list(levels)
    t = np.asarray(t, dtype=np.int64)
    amount = np.asarray(amount, dtype=float)
    cur = np.asarray(acct)
    for lev in [*levels, out]:
        if lev is None:
            break
        lev = np.asarray(lev)
        # sweep: each arrival forwarded after a short delay, sometimes split in two
        nxt = lev[rng.integers(0, lev.size, cur.size)]
        t = np.minimum(t + lognormal_int(rng, t.size, delay_med_min * 60, 0.7, lo=60), ctx.cal.t_end - 30)
        amount = np.round(amount * (1 - keep), 2)
        transfers(ctx, t, cur, nxt, amount, channel=channel, msisdn=W.bound_of(cur))
        cur = nxt
    return t, cur, amount
