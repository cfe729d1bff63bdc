"""Record-writing primitives shared by the background, the gangs and the look-alikes."""

from __future__ import annotations

import numpy as np

from tj.core import DAY

# number classes by integer range (digits only, E.164 without '+'; short codes and A2P senders as dialled)
_MOB = (8610000000000, 8620000000000)
_IOT = (861064000000000, 861065000000000)
_FIX = (862200000000, 862300000000)
_A2P = (1060000000000, 1070000000000)


def is_foreign(x) -> np.ndarray:
    x = np.asarray(x, np.int64)
    cn = ((x >= _MOB[0]) & (x < _MOB[1])) | ((x >= _IOT[0]) & (x < _IOT[1])) | ((x >= _FIX[0]) & (x < _FIX[1]))
    cn |= (x < 10**8) | ((x >= _A2P[0]) & (x < _A2P[1]))
    return ~cn


def is_voip(x) -> np.ndarray:
    x = np.asarray(x, np.int64)
    return (x >= 862259000000) & (x < 862260000000)


def is_fixed(x) -> np.ndarray:
    x = np.asarray(x, np.int64)
    return (x >= _FIX[0]) & (x < _FIX[1]) & ~is_voip(x)


def call_types(caller, callee) -> np.ndarray:
    out = np.full(np.asarray(caller).shape, "mobile", dtype=object)
    out[is_fixed(caller)] = "fixed"
    out[is_voip(caller)] = "voip"
    out[is_foreign(callee)] = "intl_out"
    out[is_foreign(caller)] = "intl_in"
    return out


def new_sims(ctx, n: int, *, id_key, open_time, store=None, line: str = "mobile", id_type: str = "resident_id",
             customer: str = "personal", prepaid=True, region="Tianjin", msisdn=None, status="active",
             open_cell=None) -> tuple[np.ndarray, np.ndarray]:
    """Open n numbers (subscribers rows); returns (msisdn, imsi); fixed/VoIP lines have no IMSI (-1)."""
    nb = ctx.numbers
    if msisdn is None:
        msisdn = {"mobile": nb.own_mobile, "fixed": nb.own_fixed, "voip": nb.own_voip, "iot": nb.own_iot}[line](n)
    imsi = nb.imsi(n) if line in ("mobile", "iot") else np.full(n, -1, np.int64)
    pop = ctx.pop
    if store is None:
        store = ctx.rng("stores").integers(0, len(pop.store_ids), n)
    store = np.broadcast_to(np.asarray(store), (n,))
    cell = pop.store_cell[store] if open_cell is None else open_cell
    ctx.sink.add("subscribers", msisdn=msisdn, imsi=imsi if line in ("mobile", "iot") else None,
                 id_key=np.broadcast_to(np.asarray(id_key), (n,)), id_type=id_type, customer_type=customer,
                 line_type=line, operator="Haihe Telecom", open_time=np.broadcast_to(np.asarray(open_time, np.int64), (n,)),
                 open_channel=pop.store_code[store], open_cell=np.broadcast_to(np.asarray(cell), (n,)), status=status,
                 status_time=np.broadcast_to(np.asarray(open_time, np.int64), (n,)),
                 is_prepaid=np.broadcast_to(np.asarray(prepaid), (n,)), home_region=region)
    return np.asarray(msisdn, np.int64), imsi


def callee_cells(ctx, callee, t) -> np.ndarray:
    p = ctx.pop.lookup(callee)
    out = np.full(p.shape, -1, np.int32)
    m = p >= 0
    if m.any():
        out[m] = ctx.pop.cell_at(ctx, p[m], np.asarray(t)[m])
    return out


def calls(ctx, rng, caller, callee, t, dur, *, result=None, ring=None, imei=None, imsi=None, cell=None,
          callee_cell="auto", roam=None, call_type=None, media="voice", gateway=None) -> int:
    caller = np.asarray(caller, np.int64)
    n = caller.size
    if n == 0:
        return 0
    callee = np.broadcast_to(np.asarray(callee, np.int64), (n,))
    t = np.broadcast_to(np.asarray(t, np.int64), (n,))
    dur = np.broadcast_to(np.asarray(dur, np.int64), (n,))
    if result is None:
        result = np.where(dur > 0, "answered", "no_answer")
    if ring is None:
        ring = np.where(dur > 0, rng.integers(2, 16, n), rng.integers(20, 46, n))
    if isinstance(callee_cell, str):
        callee_cell = callee_cells(ctx, callee, t)
    if call_type is None:
        call_type = call_types(caller, callee)
    return ctx.sink.add("voice", start_time=t, caller=caller, callee=callee, duration_s=dur, ring_s=ring,
                        result=result, caller_imei=imei, caller_imsi=imsi, caller_cell=cell, callee_cell=callee_cell,
                        caller_roaming_country=roam, call_type=call_type, media=media, gateway=gateway)


def sms(ctx, sender, receiver, t, content=None, *, imei=None, cell=None, roam=None) -> int:
    sender = np.asarray(sender, np.int64)
    if sender.size == 0:
        return 0
    return ctx.sink.add("sms", send_time=np.asarray(t, np.int64), sender=sender,
                        receiver=np.broadcast_to(np.asarray(receiver, np.int64), sender.shape), content=content,
                        sender_imei=imei, sender_cell=cell, sender_roaming_country=roam)


def presence(ctx, rng, msisdn, imsi, imei, cell, *, days=None, data_per_day: float = 2.0, profile: str = "flat",
             roam=None, kb: float = 900.0, first_day=None) -> None:
    """Device records for actors: an attach on the first active day, then data sessions each active day.

    ``cell`` is one cell code per SIM or a (SIM x day) array; ``days`` a boolean (SIM x day) mask."""
    from tj import rhythm
    ms = np.asarray(msisdn, np.int64)
    k, D = ms.size, ctx.days
    if k == 0:
        return
    if days is None:
        days = np.ones((k, D), bool)
        if first_day is not None:
            days &= np.arange(D)[None, :] >= np.asarray(first_day)[:, None]
    cell = np.asarray(cell)
    cellm = np.broadcast_to(cell[:, None] if cell.ndim == 1 else cell, (k, D))
    roamm = None if roam is None else np.broadcast_to(np.asarray(roam, dtype=object).reshape(-1, 1)
                                                     if np.ndim(roam) == 1 else np.asarray(roam, dtype=object), (k, D))
    si, di = np.nonzero(days)
    first = np.r_[True, si[1:] != si[:-1]]
    t = ctx.t0 + di * DAY + rhythm.hours(rng, profile, si.size) * 3600 + rng.integers(0, 3600, si.size)
    a = first
    imsi = np.broadcast_to(np.asarray(imsi, np.int64), (k,))
    imei = np.broadcast_to(np.asarray(imei, np.int64), (k,))
    ctx.sink.add("device", time=np.maximum(t[a] - 600, ctx.t0), msisdn=ms[si[a]], imsi=imsi[si[a]], imei=imei[si[a]],
                 cell=cellm[si[a], di[a]], event="attach",
                 roaming_country=None if roamm is None else roamm[si[a], di[a]])
    cnt = rng.poisson(data_per_day, si.size)
    rs = np.repeat(si, cnt)
    rd = np.repeat(di, cnt)
    tt = ctx.t0 + rd * DAY + rhythm.hours(rng, profile, rs.size) * 3600 + rng.integers(0, 3600, rs.size)
    ctx.sink.add("device", time=tt, msisdn=ms[rs], imsi=imsi[rs], imei=imei[rs], cell=cellm[rs, rd],
                 event="data_session", roaming_country=None if roamm is None else roamm[rs, rd],
                 bytes=(rng.lognormal(np.log(kb * 1024), 1.0, rs.size)).astype(np.int64))


def red_days(ctx, rng, k: int, lo: float, hi: float) -> np.ndarray:
    """A (k x days) activity mask, each row active on a random share in [lo, hi] of days."""
    share = rng.uniform(lo, hi, k)
    return rng.random((k, ctx.days)) < share[:, None]
