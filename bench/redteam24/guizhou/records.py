"""The line registry (every number seen: own subscribers, other networks, abroad), where a line is at a
time, and the record makers that turn column arrays into calls, texts, device, web and app events."""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from . import catalog as C

ROAM = ("", "MM", "KH", "LA", "TH", "VN", "MY", "PH", "AE", "SG")
CTYPE = ("mobile", "fixed", "voip", "intl_in", "iot")  # a line's kind of number, for call_type
LINE_TYPES = ("mobile", "fixed", "voip", "iot")
NEVER = np.int64(2**62)


class Lines:
    """Growable column arrays, one row per number. Rows with ``onnet`` become subscriber rows."""

    INT = ("msisdn", "imsi", "imei", "home", "work", "away_cell", "away_end", "trip_cell", "trip_start",
           "trip_end", "trip_roam", "ctype", "onnet", "open_time", "status_time", "open_cell", "prepaid",
           "line_type", "region")
    OBJ = ("id_key", "id_type", "customer_type", "open_channel", "status")

    def __init__(self, cap=1 << 16):
        self.n = 0
        self.a = {k: np.zeros(cap, np.int64) for k in self.INT}
        self.o = {k: np.empty(cap, object) for k in self.OBJ}
        self._used = set()

    def _grow(self, need):
        cap = len(self.a["msisdn"])
        if need <= cap:
            return
        while cap < need:
            cap *= 2
        for k, v in self.a.items():
            x = np.zeros(cap, np.int64)
            x[: self.n] = v[: self.n]
            self.a[k] = x
        for k, v in self.o.items():
            x = np.empty(cap, object)
            x[: self.n] = v[: self.n]
            self.o[k] = x

    def add(self, msisdn, **f) -> np.ndarray:
        msisdn = np.asarray(msisdn, np.int64)
        m = len(msisdn)
        self._grow(self.n + m)
        s = slice(self.n, self.n + m)
        defaults = dict(home=-1, work=-1, away_cell=-1, trip_cell=-1, trip_end=0, trip_start=0,
                        away_end=0, status_time=0, open_cell=-1, region=-1)
        self.a["msisdn"][s] = msisdn
        for k in self.INT:
            if k == "msisdn":
                continue
            self.a[k][s] = f.get(k, defaults.get(k, 0))
        for k in self.OBJ:
            self.o[k][s] = f.get(k)
        idx = np.arange(self.n, self.n + m)
        self.n += m
        return idx

    def __getitem__(self, k):
        if k in self.a:
            return self.a[k][: self.n]
        return self.o[k][: self.n]

    def set(self, k, idx, v):
        if k in self.a:
            self.a[k][idx] = v
        else:
            self.o[k][idx] = v


def local_hour(t):
    return ((t - C.START) % C.DAY) // C.HOUR


def day_of(t):
    return (t - C.START) // C.DAY


WORKDAY = np.array([C.is_workday(d) for d in range(60)])


def where_is(L: Lines, idx, t):
    """Cell (-1 unknown or abroad) and roaming-country code of lines ``idx`` at times ``t``."""
    d = np.clip(day_of(t), 0, 59)
    h = local_hour(t)
    cell = L.a["home"][idx].copy()
    work = L.a["work"][idx]
    wk = WORKDAY[d] & (h >= 9) & (h < 18) & (work >= 0)
    cell = np.where(wk, work, cell)
    intrip = (t >= L.a["trip_start"][idx]) & (t < L.a["trip_end"][idx])
    tc = L.a["trip_cell"][idx]
    cell = np.where(intrip & (tc >= 0), tc, cell)
    roam = np.where(intrip, L.a["trip_roam"][idx], 0)
    cell = np.where(roam > 0, -1, cell)
    away = t < L.a["away_end"][idx]
    cell = np.where(away, L.a["away_cell"][idx], cell)
    roam = np.where(away, 0, roam)
    return cell, roam


class Sink:
    """Column chunks per record type; scalars broadcast. Numbers are int64 (0 = missing), times epoch s,
    cells int (-1 = missing), strings numpy arrays or scalars."""

    def __init__(self):
        self.chunks = defaultdict(list)

    def add(self, rtype, n, **cols):
        if n:
            self.chunks[rtype].append((n, cols))


class Truth:
    def __init__(self):
        self.ent = {}
        self.events = []

    def entity(self, etype, entity, role, gang="", scheme="", first=None):
        key = (etype, str(entity))
        if key in self.ent:  # the first, most specific role wins
            return
        self.ent[key] = (role, gang, scheme, first)

    def entities(self, etype, ents, role, gang="", scheme="", first=None):
        firsts = first if isinstance(first, np.ndarray | list) else [first] * len(ents)
        for e, f in zip(ents, firsts, strict=True):
            self.entity(etype, e, role, gang, scheme, None if f is None else int(f))


class Maker:
    """Record makers bound to a line registry, a sink and a random generator."""

    def __init__(self, L: Lines, sink: Sink, rng: np.random.Generator):
        self.L, self.s, self.rng = L, sink, rng

    # ------------------------------------------------------------ calls
    def calls(self, a, b, t, answered, dur, *, media="voice", gateway=None, caller_imei=None, caller_cell=None,
              callee_cell=None, ctype=None, fail_p=(0.6, 0.2, 0.2), ring_ans=(3, 14)):
        L, rng = self.L, self.rng
        a = np.asarray(a, np.int64)
        b = np.asarray(b, np.int64)
        t = np.asarray(t, np.int64)
        n = len(a)
        if n == 0:
            return
        answered = np.broadcast_to(np.asarray(answered, bool), (n,))
        dur = np.where(answered, np.maximum(np.asarray(dur, np.int64), 1), 0)
        fail = rng.choice(3, n, p=fail_p)  # no_answer, busy, rejected
        res = np.where(answered, "answered", np.array(["no_answer", "busy", "rejected"])[fail])
        ring = np.where(answered, rng.integers(ring_ans[0], ring_ans[1], n),
                        np.array([38, 1, 6])[fail] + rng.integers(0, 8, n))
        acell, aroam = where_is(L, a, t)
        if caller_cell is not None:
            acell = np.broadcast_to(np.asarray(caller_cell, np.int64), (n,))
        bcell, _ = where_is(L, b, t)
        if callee_cell is not None:
            bcell = np.broadcast_to(np.asarray(callee_cell, np.int64), (n,))
        ct = L.a["ctype"][a]
        acell = np.where(np.isin(ct, (1, 2, 3)), -1, acell)  # fixed, VoIP and foreign lines have no radio cell
        bcell = np.where(np.isin(L.a["ctype"][b], (1, 2, 3)), -1, bcell)
        if ctype is None:
            ctn = np.array(CTYPE)[ct]
            ctn = np.where(L.a["ctype"][b] == 3, "intl_out", ctn)
            ctn = np.where(ct == 4, "mobile", ctn)
        else:
            ctn = ctype
        imei = L.a["imei"][a] if caller_imei is None else caller_imei
        self.s.add("voice", n, start_time=t, caller=L.a["msisdn"][a], callee=L.a["msisdn"][b], duration_s=dur,
                   ring_s=ring, result=res, caller_imei=imei, caller_imsi=L.a["imsi"][a], caller_cell=acell,
                   callee_cell=bcell, caller_roaming_country=np.array(ROAM)[aroam], call_type=ctn, media=media,
                   gateway=gateway)

    # ------------------------------------------------------------ texts
    def sms(self, a, b, t, content, *, sender_imei=None, sender_cell=None, raw_sender=None):
        L = self.L
        t = np.asarray(t, np.int64)
        n = len(t)
        if n == 0:
            return
        b = np.asarray(b, np.int64)
        if raw_sender is not None:  # a service port (106..., 955xx) that is no line of ours
            self.s.add("sms", n, send_time=t, sender=raw_sender, receiver=L.a["msisdn"][b], content=content)
            return
        a = np.asarray(a, np.int64)
        cell, roam = where_is(L, a, t)
        if sender_cell is not None:
            cell = np.broadcast_to(np.asarray(sender_cell, np.int64), (n,))
        self.s.add("sms", n, send_time=t, sender=L.a["msisdn"][a], receiver=L.a["msisdn"][b], content=content,
                   sender_imei=L.a["imei"][a] if sender_imei is None else sender_imei, sender_cell=cell,
                   sender_roaming_country=np.array(ROAM)[roam])

    # ------------------------------------------------------------ device, web, apps
    def device(self, a, t, event, *, nbytes=None, imei=None, cell=None):
        L = self.L
        a = np.asarray(a, np.int64)
        t = np.asarray(t, np.int64)
        n = len(t)
        if n == 0:
            return
        c, roam = where_is(L, a, t)
        if cell is not None:
            c = np.broadcast_to(np.asarray(cell, np.int64), (n,))
        im = np.broadcast_to(np.asarray(L.a["imei"][a] if imei is None else imei, np.int64), (n,))
        k = im > 0  # fixed and VoIP lines have no handset on the radio network
        def pick(x):
            return (x if np.ndim(x) == 0 or x is None else np.asarray(x)[k])
        self.s.add("device", int(k.sum()), time=t[k], msisdn=L.a["msisdn"][a[k]], imsi=L.a["imsi"][a[k]], imei=im[k],
                   cell=c[k], event=pick(event), roaming_country=np.array(ROAM)[roam[k]], bytes=pick(nbytes))

    def web(self, a, t, domain, *, url=None, ip=None, nbytes=None, app=None):
        a = np.asarray(a, np.int64)
        n = len(a)
        if n == 0:
            return
        if nbytes is None:
            nbytes = (self.rng.lognormal(10, 1.2, n)).astype(np.int64) + 300
        self.s.add("web", n, time=t, msisdn=self.L.a["msisdn"][a], domain=domain, url=url, ip=ip, bytes=nbytes,
                   app=app)

    def apps(self, a, t, app, event, source_url=None):
        a = np.asarray(a, np.int64)
        if len(a):
            self.s.add("apps", len(a), time=t, msisdn=self.L.a["msisdn"][a], app=app, event=event,
                       source_url=source_url)


def times(rng, n, days, hour_w=None, day_w=None):
    """Random local times: day from ``days`` (weights day_w), hour from hour_w (24 weights)."""
    days = np.asarray(days)
    if day_w is not None:
        day_w = np.asarray(day_w, float)
        day_w = day_w / day_w.sum()
    d = rng.choice(days, n, p=day_w)
    if hour_w is None:
        hour_w = HOURS_DAY
    hw = np.asarray(hour_w, float)
    h = rng.choice(24, n, p=hw / hw.sum())
    return C.START + d * C.DAY + h * C.HOUR + rng.integers(0, C.HOUR, n)


HOURS_DAY = np.array([1, .5, .3, .2, .2, .4, 1.5, 4, 7, 9, 10, 10, 8, 8, 9, 9, 9, 9, 9, 10, 10, 8, 5, 2.5])
HOURS_WORK = np.array([0, 0, 0, 0, 0, 0, .2, 1, 6, 10, 10, 10, 6, 7, 10, 10, 10, 9, 5, 1.5, .6, .2, 0, 0])
HOURS_ELDER = np.array([.2, .1, .1, .1, .3, 2, 6, 8, 8, 8, 7, 6, 4, 3, 4, 5, 6, 7, 8, 7, 4, 1.5, .5, .2])
HOURS_NIGHT = np.array([8, 6, 4, 2, 1, .5, .5, 1, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 5, 7, 9, 10, 10])


def lognorm_int(rng, n, median, sigma, lo=1, hi=None):
    x = rng.lognormal(np.log(median), sigma, n)
    x = np.maximum(x, lo)
    if hi is not None:
        x = np.minimum(x, hi)
    return x.astype(np.int64)
