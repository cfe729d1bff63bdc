"""Vectorised behaviours shared by ordinary life, look-alikes and gangs: calls, messages, device presence,
web visits, app sightings, payments and ground-truth rows."""

from __future__ import annotations

import numpy as np
from core import DAY, DAYS, T0, S, hour_of, join, lognorm, repeat_days, times

RESULTS = np.array(["answered", "no_answer", "busy", "rejected"], object)


def _digits(x: np.ndarray) -> np.ndarray:
    return np.floor(np.log10(np.maximum(x, 1))).astype(np.int64) + 1


def cn(x: np.ndarray) -> np.ndarray:
    """True where a number is Chinese (country code 86)."""
    x = np.asarray(x, np.int64)
    return x // 10 ** (_digits(x) - 2) == 86


def call_type(caller: np.ndarray, callee: np.ndarray) -> np.ndarray:
    callee = np.asarray(callee, np.int64)
    mobile = callee // 10 ** (_digits(callee) - 3) == 861
    out = np.where(mobile, "mobile", "fixed").astype(object)
    out[~cn(callee)] = "intl_out"
    out[~cn(caller)] = "intl_in"
    return out


def calls(w, t, caller, callee, *, caller_imei=-1, caller_imsi=-1, caller_cell=-1, callee_cell=-1, p_answer=0.8,
          dur=(60.0, 1.0), max_dur=5400, kind=None, media="voice", gateway=None, roaming=None, reject_share=0.3,
          hook=None):
    """Call attempts; returns (answered mask, duration)."""
    rng = w.rng
    t = np.asarray(t, np.int64)
    n = t.size
    if n == 0:
        return np.zeros(0, bool), np.zeros(0, np.int64)
    caller = np.broadcast_to(np.asarray(caller, np.int64), (n,))
    callee = np.broadcast_to(np.asarray(callee, np.int64), (n,))
    r = rng.random(n)
    ans = r < p_answer
    u = rng.random(n)
    res = np.where(ans, 0, np.where(u < reject_share, 3, np.where(u < reject_share + 0.12, 2, 1)))
    med, sig = dur
    d = np.where(ans, np.clip(lognorm(rng, 1, sig, n) * med, 2, max_dur), 0).astype(np.int64)
    if hook is not None:  # (share of answered calls that hook the callee, median minutes of those calls)
        h = ans & (rng.random(n) < hook[0])
        d[h] = np.clip(lognorm(rng, hook[1] * 60, 0.5, h.sum()), 300, 3 * 3600).astype(np.int64)
    ring = np.select([res == 0, res == 1, res == 2, res == 3],
                     [rng.integers(2, 14, n), rng.integers(25, 61, n), rng.integers(0, 3, n), rng.integers(2, 12, n)])
    w.feed.add("voice", start_time=t, caller=caller, callee=callee, duration_s=d, ring_s=ring,
               result=S(RESULTS, res), caller_imei=caller_imei, caller_imsi=caller_imsi, caller_cell=caller_cell,
               callee_cell=callee_cell, caller_roaming_country=roaming,
               call_type=kind if kind is not None else call_type(caller, callee), media=media, gateway=gateway)
    return ans, d


def sms(w, t, sender, receiver, content, *, sender_imei=-1, sender_cell=-1, roaming=None):
    w.feed.add("sms", send_time=np.asarray(t, np.int64), sender=sender, receiver=receiver, content=content,
               sender_imei=sender_imei, sender_cell=sender_cell, sender_roaming_country=roaming)


def presence(w, msisdn, imsi, imei, cells, active, *, loc=1.2, data=1.5, profile="day", data_mb=2.0,
             power_cycle=0.0, roaming=None, cell_fn=None, imei_day=None):
    """Device events for special SIMs. ``active``: (E x DAYS) bool; ``cells``: (E,) base cell or (E x DAYS);
    ``imei_day``: optional (E x DAYS) handset per day (IMEI rotation); ``cell_fn(e, t)`` overrides the cell."""
    rng = w.rng
    msisdn, imsi = np.asarray(msisdn, np.int64), np.asarray(imsi, np.int64)
    E = msisdn.size
    active = np.asarray(active, bool)
    cells = np.asarray(cells)
    cell_day = cells if cells.ndim == 2 else np.repeat(cells[:, None], DAYS, 1)
    imei_d = imei_day if imei_day is not None else np.repeat(np.asarray(imei, np.int64)[:, None], DAYS, 1)
    lam = np.zeros((E, DAYS))
    k_loc = rng.poisson(loc * active)
    k_dat = rng.poisson(data * active)
    # an attach on the first active day and wherever the handset changes
    first = active & ~np.c_[np.zeros((E, 1), bool), active[:, :-1]]
    changed = active & np.c_[np.zeros((E, 1), bool), imei_d[:, 1:] != imei_d[:, :-1]]
    att = (first | changed).astype(np.int64) + rng.poisson(power_cycle * active)
    del lam
    rows = []
    for kname, k, prof in (("location_update", k_loc, profile), ("data_session", k_dat, profile), ("attach", att, "flat")):
        e, d = repeat_days(k)
        if e.size == 0:
            continue
        t = times(rng, d, prof) if kname != "attach" else T0 + d * DAY + rng.integers(6 * 3600, 9 * 3600, d.size)
        c = cell_fn(e, t) if cell_fn is not None else cell_day[e, d]
        ev = np.full(e.size, kname, object)
        if kname == "attach":
            ev[rng.random(e.size) < 0.4] = "power_on"
        b = (lognorm(rng, data_mb * 1e6, 1.2, e.size)).astype(np.int64) if kname == "data_session" else None
        rows.append((t, e, c, ev, b, d))
    for t, e, c, ev, b, d in rows:
        w.feed.add("device", time=t, msisdn=msisdn[e], imsi=imsi[e], imei=imei_d[e, d], cell=c, event=ev,
                   roaming_country=None if roaming is None else np.broadcast_to(np.asarray(roaming, object), (E,))[e],
                   bytes=b)


def web(w, t, msisdn, domain, *, path=None, ip=None, app=None, scheme="https://", nbytes=(60_000, 1.3)):
    """Web visits; ``domain``/``ip``/``app``/``path`` are pyarrow string arrays or str."""
    n = len(t)
    if n == 0:
        return
    if path is None:
        path = S(["/", "/index.html", "/m/", "/s?q=", "/item", "/login", "/api/v2/feed", "/pay", "/video"], w.rng.integers(0, 9, n))
    url = join(scheme, domain, path)
    w.feed.add("web", time=np.asarray(t, np.int64), msisdn=msisdn, domain=domain, url=url, ip=ip,
               bytes=lognorm(w.rng, nbytes[0], nbytes[1], n).astype(np.int64), app=app)


def app_rows(w, t, msisdn, app, event, source_url=None):
    w.feed.add("apps", time=np.asarray(t, np.int64), msisdn=msisdn, app=app, event=event, source_url=source_url)


def pay(w, t, src, dst, amount, *, channel="mobile_app", msisdn=-1, currency="CNY"):
    t = np.asarray(t, np.int64)
    if t.size == 0:
        return
    w.feed.add("transfers", time=t, from_account=np.asarray(src, object), to_account=np.asarray(dst, object),
               amount=np.round(np.asarray(amount, float), 2), currency=currency, channel=channel, initiated_msisdn=msisdn)


def truth(w, entity_type: str, entities, role: str, gang_id: str = "", scheme: str = "", first_active=None):
    ents = np.asarray(entities)
    if ents.size == 0:
        return
    if ents.dtype.kind in "iu":
        ents = ents.astype(str)
    ents = ents.astype(object)
    fa = T0 if first_active is None else first_active
    w.feed.add("entities", entity_type=entity_type, entity=ents, role=role, gang_id=gang_id, scheme=scheme,
               first_active=np.broadcast_to(np.asarray(fa, np.int64), (ents.size,)))


def in_period(t: np.ndarray) -> np.ndarray:
    return (t >= T0) & (t < T0 + DAYS * DAY)


def office_hours(t: np.ndarray) -> np.ndarray:
    h = hour_of(t)
    return (h >= 9) & (h < 18)
