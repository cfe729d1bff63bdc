"""Helpers the gangs and the look-alikes share: opening lines, picking people, scheduling, dialling,
texting, presence on the network, web visits, app sightings, bank accounts and payments."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .core import DAY, HOUR, T_NULL
from .people import P
from .traffic import RESULTS, draw_result, ring_for

OPERATOR = "Tengri Mobile"


@dataclass
class Lines:
    msisdn: np.ndarray
    imsi: np.ndarray
    imei: np.ndarray
    cell: np.ndarray
    id_key: np.ndarray
    opened: np.ndarray

    def __len__(self):
        return len(self.msisdn)

    def take(self, idx):
        return Lines(self.msisdn[idx], self.imsi[idx], self.imei[idx], self.cell[idx], self.id_key[idx],
                     self.opened[idx])


def _arr(v, n, dtype=None):
    a = np.asarray(v)
    if a.ndim == 0:
        return np.full(n, v, dtype=dtype if dtype is not None else (object if isinstance(v, str) or v is None else None))
    return a


def open_lines(w, n, zone, *, opened, id_keys=None, id_type="resident_id", customer="personal",
               line_type="mobile", channel=None, prepaid=True, status="active", status_time=None,
               imei_kind="smart", imei=None, numbers=None, consecutive=False, home_region=None, cells=None,
               open_cell=None, segment=None, rng=None) -> Lines:
    """New lines on Tengri's books (subscriber rows), homed in a zone."""
    g, ids = w.geo, w.ids
    rng = rng if rng is not None else w.rng(f"open-{zone}-{n}-{len(w.chunks['subscribers'])}")
    z = g.z(zone)
    area = int(g.zone_area[z])
    if numbers is None:
        if line_type == "iot":
            numbers = ids.consecutive(n, area, iot=True) if consecutive else ids.iot(n, area)
        elif line_type in ("fixed", "voip"):
            numbers = ids.fixed(n, area, voip=line_type == "voip")
        elif consecutive:
            numbers = ids.consecutive(n, area, segment or 146)
        else:
            numbers = ids.mobile(n, area, segment)
    numbers = np.asarray(numbers, dtype=np.int64)
    if cells is None:
        cells = g.pick_cells(rng, np.full(n, z))
    if id_keys is None:
        id_keys = ids.id_keys(n)
    id_keys = _arr(id_keys, n, object)
    mobile = line_type in ("mobile", "iot")
    imsi = ids.imsi(n) if mobile else np.zeros(n, dtype=np.int64)
    if imei is None:
        imei = ids.imei(n, imei_kind) if mobile else np.zeros(n, dtype=np.int64)
    opened = _arr(opened, n, np.int64).astype(np.int64)
    st = _arr(status, n, object)
    stt = _arr(T_NULL if status_time is None else status_time, n, np.int64)
    w.emit("subscribers", msisdn=numbers, imsi=imsi, id_key=id_keys, id_type=_arr(id_type, n, object),
           customer_type=_arr(customer, n, object), line_type=_arr(line_type, n, object), operator=OPERATOR,
           open_time=opened, open_channel=_arr(channel or f"TG-{area}-S{int(rng.integers(1, 60)):03d}", n, object),
           open_cell=_arr(cells if open_cell is None else open_cell, n), status=st, status_time=stt,
           is_prepaid=_arr(prepaid, n, bool), home_region=_arr(home_region or g.zone_region[z], n, object))
    w.planted_num.append(numbers)
    w.planted_cell.append(np.asarray(cells, dtype=np.int64))
    w.planted_sorted = None
    return Lines(numbers, imsi, np.asarray(imei, dtype=np.int64), np.asarray(cells, dtype=np.int64),
                 id_keys, opened)


def pop_lines(w, idx) -> Lines:
    p = w.pop
    return Lines(p.msisdn[idx], p.imsi[idx], p.imei[idx], p.home[idx], p.id_key[idx], p.open_time[idx])


def emit_pop_subscribers(w, rng):
    p, g = w.pop, w.geo
    n = p.n
    rural = np.isin(p.zone, w.geo.zones_of_kind("village", "herding", "mine", "port"))
    agent = rng.random(n) < np.where(rural, 0.6, 0.15)  # village agents (代理点) besides the operator's stores
    chan = np.array([f"TG-{a}-{'A' if g else 'S'}{k:03d}" for a, g, k in
                     zip(p.area.tolist(), agent.tolist(), rng.integers(1, 60, n).tolist(), strict=True)],
                    dtype=object)
    region = np.array(g.zone_region, dtype=object)[p.zone]
    w.emit("subscribers", msisdn=p.msisdn, imsi=p.imsi, id_key=p.id_key, id_type="resident_id",
           customer_type="personal", line_type="mobile", operator=OPERATOR, open_time=p.open_time,
           open_channel=chan, open_cell=p.home, status="active", is_prepaid=rng.random(n) < 0.55,
           home_region=region)


def cell_of(w, numbers, t) -> np.ndarray:
    """Serving cell of any Tengri number at times t (-1 for numbers off the network)."""
    p = w.pop
    numbers = np.atleast_1d(np.asarray(numbers, dtype=np.int64))
    if w.pop_sorted is None:
        w.pop_order = np.argsort(p.msisdn)
        w.pop_sorted = p.msisdn[w.pop_order]
    pos = np.clip(np.searchsorted(w.pop_sorted, numbers), 0, len(w.pop_sorted) - 1)
    hit = w.pop_sorted[pos] == numbers
    idx = w.pop_order[pos]
    out = np.where(hit, p.loc(idx, np.asarray(t, dtype=np.int64) + np.zeros(len(numbers), dtype=np.int64)), -1)
    if w.planted_num:
        if w.planted_sorted is None:
            num = np.concatenate(w.planted_num)
            cel = np.concatenate(w.planted_cell)
            o = np.argsort(num, kind="stable")
            w.planted_sorted, w.planted_cells_sorted = num[o], cel[o]
        pos = np.clip(np.searchsorted(w.planted_sorted, numbers), 0, len(w.planted_sorted) - 1)
        hit2 = (w.planted_sorted[pos] == numbers) & ~hit
        out = np.where(hit2, w.planted_cells_sorted[pos], out)
    return out


def pop_index(w, numbers) -> np.ndarray:
    """Index in the background of each number (-1 when not a background person)."""
    cell_of(w, numbers[:1] if len(numbers) else np.zeros(1, dtype=np.int64), 0)
    pos = np.clip(np.searchsorted(w.pop_sorted, numbers), 0, len(w.pop_sorted) - 1)
    return np.where(w.pop_sorted[pos] == numbers, w.pop_order[pos], -1)


def pick(w, rng, n, personas=None, zones=None, kinds=None, smart=None, account=None, claim=True,
         exclude=True, areas=None) -> np.ndarray:
    """Background people matching a filter (without replacement); claimed ones are taken out."""
    p = w.pop
    m = np.ones(p.n, dtype=bool)
    if personas is not None:
        m &= np.isin(p.persona, [P[x] for x in personas])
    if zones is not None:
        m &= np.isin(p.zone, [w.geo.z(z) for z in zones])
    if kinds is not None:
        m &= np.isin(p.zone, w.geo.zones_of_kind(*kinds))
    if areas is not None:
        m &= np.isin(p.area, areas)
    if smart is not None:
        m &= p.smart == smart
    if account:
        m &= p.account != None  # noqa: E711
    if exclude:
        m &= ~w.claimed
    cand = np.flatnonzero(m)
    n = min(n, len(cand))
    got = np.sort(rng.choice(cand, n, replace=False)) if n else cand[:0]
    got = got[rng.permutation(len(got))]
    if claim:
        w.claimed[got] = True
    return got


def strangers(w, rng, n, own_share=0.4, personas=None, kinds=None, areas=None) -> np.ndarray:
    """Numbers a cold caller reaches: background people (unclaimed or not) and off-net numbers."""
    k_own = int(round(n * own_share))
    own = pick(w, rng, k_own, personas=personas, kinds=kinds, areas=areas, claim=False, exclude=False)
    off = w.ids.offnet(n - len(own))
    out = np.concatenate([w.pop.msisdn[own], off])
    return out[rng.permutation(len(out))]


def sweep(w, rng, n, area=None) -> np.ndarray:
    """Numbers dialled in order through a segment (a list generator): many are not in service."""
    a = int(area or rng.choice([471, 472, 477, 476]))
    seg = int(rng.choice([146, 194, 139, 185, 150]))
    start = 86 * 10**11 + seg * 10**8 + (a * 10 + int(rng.integers(0, 10))) * 10**4 + int(rng.integers(0, 9000))
    return start + np.arange(n, dtype=np.int64) * int(rng.integers(1, 4))


def hours(rng, n, h0, h1, day) -> np.ndarray:
    """Times on given days, uniform between local hours h0 and h1 (h1 may pass midnight)."""
    span = (h1 - h0) % 24 or 24
    return np.asarray(day, dtype=np.int64) * DAY + ((h0 + rng.random(n) * span) * HOUR).astype(np.int64)


def per_day(rng, n_ent, days, rate, active=None, dispersion=0.3):
    """Entity and day of each event: Poisson counts per entity-day (rate scalar, per entity or a matrix)."""
    r = np.asarray(rate, dtype=float)
    if r.ndim == 0:
        r = np.full((n_ent, days), float(r))
    elif r.ndim == 1:
        r = np.repeat(r[:, None], days, axis=1)
    r = r * rng.lognormal(0, dispersion, r.shape)
    if active is not None:
        r = r * active
    k = rng.poisson(r).ravel()
    idx = np.repeat(np.arange(n_ent * days), k)
    return idx // days, idx % days


def active_window(n_ent, days, start, length):
    """Boolean activity matrix: entity e active on days [start[e], start[e] + length[e])."""
    d = np.arange(days)[None, :]
    s = np.asarray(start)[:, None]
    return (d >= s) & (d < s + np.asarray(length)[:, None])


def dial(w, rng, t, caller, callee, *, imei=0, imsi=0, cell=-1, p_answer=0.5, med=40.0, sigma=0.9,
         long_p=0.0, long_med=900.0, call_type="mobile", media="voice", gateway=None, roaming=None,
         callee_cell=None, max_dur=7200, code=None, dur=None):
    """Call attempts; returns (answered mask, durations)."""
    n = len(t)
    if n == 0:
        return np.zeros(0, dtype=bool), np.zeros(0, dtype=np.int64)
    t = np.asarray(t, dtype=np.int64)
    caller = np.broadcast_to(np.asarray(caller, dtype=np.int64), (n,))
    callee = np.broadcast_to(np.asarray(callee, dtype=np.int64), (n,))
    if code is None:
        code = draw_result(rng, n, p_answer)
    fixed_dur = dur
    dur = rng.lognormal(np.log(med), sigma, n)
    if long_p:
        lg = rng.random(n) < long_p
        dur = np.where(lg, rng.lognormal(np.log(long_med), 0.6, n), dur)
    dur = np.where(code == 0, np.clip(dur, 3, max_dur), 0).astype(np.int64)
    if fixed_dur is not None:
        dur = np.where(code == 0, fixed_dur, 0).astype(np.int64)
    if callee_cell is None:
        callee_cell = cell_of(w, callee, t)
    w.emit("voice", start_time=t, caller=np.asarray(caller, dtype=np.int64), callee=np.asarray(callee, dtype=np.int64),
           duration_s=dur, ring_s=ring_for(rng, code), result=RESULTS[code], caller_imei=_arr(imei, n),
           caller_imsi=_arr(imsi, n), caller_cell=_arr(cell, n), callee_cell=callee_cell,
           caller_roaming_country=roaming, call_type=call_type, media=media, gateway=gateway)
    return code == 0, dur


def text(w, t, sender, receiver, content, *, imei=0, cell=-1, roaming=None):
    w.emit("sms", send_time=np.asarray(t, dtype=np.int64), sender=np.asarray(sender, dtype=np.int64),
           receiver=np.asarray(receiver, dtype=np.int64), content=content, sender_imei=imei, sender_cell=cell,
           sender_roaming_country=roaming)


def presence(w, rng, lines: Lines, days_active, *, cell=None, data_rate=0.0, loc_rate=1.0, power=True,
             roaming=None, imei=None):
    """Attach/location/data events of planted lines on their active days (days_active: bool matrix)."""
    n, days = days_active.shape
    cells = lines.cell if cell is None else np.asarray(cell)
    im = lines.imei if imei is None else np.asarray(imei)
    e, d = np.nonzero(days_active)
    if power and len(e):
        t_on = d * DAY + ((6.5 + rng.random(len(e)) * 2.5) * HOUR).astype(np.int64)
        w.emit("device", time=t_on, msisdn=lines.msisdn[e], imsi=lines.imsi[e], imei=im[e], cell=cells[e],
               event="power_on", roaming_country=roaming)
        last = days_active & ~np.roll(days_active, -1, axis=1)
        last[:, -1] = False
        e2, d2 = np.nonzero(last)
        t_off = d2 * DAY + ((21 + rng.random(len(e2)) * 2.5) * HOUR).astype(np.int64)
        w.emit("device", time=t_off, msisdn=lines.msisdn[e2], imsi=lines.imsi[e2], imei=im[e2], cell=cells[e2],
               event="power_off", roaming_country=roaming)
    for rate, ev in ((loc_rate, "location_update"), (data_rate, "data_session")):
        if not rate:
            continue
        ee, dd = per_day(rng, n, days, rate, days_active)
        tt = hours(rng, len(ee), 8, 22, dd)
        w.emit("device", time=tt, msisdn=lines.msisdn[ee], imsi=lines.imsi[ee], imei=im[ee], cell=cells[ee],
               event=ev, roaming_country=roaming,
               bytes=np.clip(rng.lognormal(np.log(4e5), 1.2, len(ee)), 1e3, 1e9).astype(np.int64)
               if ev == "data_session" else -1)


def visit(w, rng, t, msisdn, domain, *, url=None, ip=None, app=None, bytes_med=2e5):
    n = len(t)
    w.emit("web", time=np.asarray(t, dtype=np.int64), msisdn=np.asarray(msisdn, dtype=np.int64), domain=domain,
           url=url, ip=ip, bytes=np.clip(rng.lognormal(np.log(bytes_med), 1.0, n), 300, 5e8).astype(np.int64),
           app=app)


def app_seen(w, t, msisdn, app, event, source_url=None):
    w.emit("apps", time=np.asarray(t, dtype=np.int64), msisdn=np.asarray(msisdn, dtype=np.int64), app=app,
           event=event, source_url=source_url)


def bank_open(w, accounts, id_keys, bank, opened, bound=0, status="active"):
    w.emit("bank_accounts", account_id=np.asarray(accounts, dtype=object), id_key=np.asarray(id_keys, dtype=object),
           bank=bank, open_time=opened, bound_msisdn=bound, status=status)


def pay(w, t, frm, to, amount, channel="mobile_app", msisdn=0):
    w.emit("transfers", time=np.asarray(t, dtype=np.int64), from_account=np.asarray(frm, dtype=object),
           to_account=np.asarray(to, dtype=object), amount=np.round(np.asarray(amount, dtype=float), 2),
           currency="CNY", channel=channel, initiated_msisdn=msisdn)


def register(w, rng, msisdn, platforms, t):
    """Platform accounts registered with the given numbers; returns the handles."""
    platforms = np.asarray(platforms, dtype=object)
    handles = np.empty(len(platforms), dtype=object)
    for p in sorted(set(platforms.tolist())):
        m = platforms == p
        handles[m] = w.ids.handles(int(m.sum()), p)
    w.emit("internet_accounts", platform=platforms, account=handles, msisdn=np.asarray(msisdn, dtype=np.int64),
           register_time=np.asarray(t, dtype=np.int64), status="active")
    return handles


def sched_chain(rng, start, gaps_min, gaps_max):
    """Times after ``start`` separated by random gaps (seconds)."""
    g = rng.integers(gaps_min, gaps_max, len(start))
    return np.asarray(start, dtype=np.int64) + g


def call_backs(w, rng, t, callee, number, mask, p, p_answer=0.6, med=90.0, call_type="mobile"):
    """Some of the people reached ring the number back later (answered with p_answer)."""
    cb = np.asarray(mask) & (rng.random(len(t)) < p)
    k = int(cb.sum())
    if not k:
        return
    tb = np.minimum(np.asarray(t)[cb] + rng.integers(600, 2 * 86400, k), w.end - 60)
    src = np.asarray(callee)[cb]
    pi = pop_index(w, src)
    ok = pi >= 0
    q = np.maximum(pi, 0)
    dial(w, rng, tb, src, np.asarray(number)[cb], imei=np.where(ok, w.pop.imei[q], 0),
         imsi=np.where(ok, w.pop.imsi[q], 0), cell=np.where(ok, w.pop.loc(q, tb), -1), p_answer=p_answer, med=med,
         call_type=call_type)
