"""Lines that act in the fortnight beyond everyday life (trades, businesses, devices, gangs) and the engine that
runs the benign look-alikes from a table of kinds."""

from __future__ import annotations

import numpy as np

from . import texts as tx
from .people import BANKS, Pop, domain_ip, emit_calls, offnet_fixed, offnet_mobile
from .world import (
    DAY,
    DAYS,
    DAYW,
    OPERATOR,
    T0,
    TAC_IOT,
    TAC_MODULE,
    World,
    lognorm,
    outcome,
    per_day_counts,
    times_in_days,
)


class Actor:
    """n lines of one trade, den or gang: numbers, handsets, where they are."""

    def __init__(self, w: World, pop: Pop, r, n: int, *, line="mobile", nums=None, cust="personal", id_keys=None,
                 id_type=None, places=("xujiahui",), move="static", age=(200, 2000), open_time=None,
                 channel=None, open_cell=None, imei="own", tacs=None, register=True, prepaid=None, base_idx=None,
                 churn_hours=None, roam=None, roam_days=None, status=None, status_time=None, gateway=None,
                 slot=None, route_len=None):
        self.w, self.pop, self.n, self.line = w, pop, n, line
        self.base_idx = None if base_idx is None else np.asarray(base_idx)
        self.gateway = gateway
        if self.base_idx is not None:
            self.msisdn = pop.msisdn[self.base_idx]
            self.imsi = pop.imsi[self.base_idx]
            self.imei0 = pop.imei[self.base_idx]
            self.id_keys = pop.id_key[self.base_idx]
        else:
            if nums is not None:
                self.msisdn = np.asarray(nums, np.int64)
            elif line == "mobile":
                self.msisdn = w.our_mobile(r, n)
            elif line in ("fixed", "voip"):
                self.msisdn = w.our_fixed(r, n)
            elif line == "iot":
                self.msisdn = w.our_iot(r, n)
            else:
                raise ValueError(line)
            has_sim = line in ("mobile", "iot")
            self.imsi = w.imsi(r, n) if has_sim else np.zeros(n, np.int64)
            if not has_sim:
                self.imei0 = np.zeros(n, np.int64)
            elif imei == "module" or line == "iot":
                self.imei0 = w.imei(r, n, tacs or (TAC_IOT if line == "iot" else TAC_MODULE))
            else:
                self.imei0 = w.imei(r, n, tacs)
            if id_keys is None:
                id_keys = w.keys(r, n, "ID") if cust == "personal" else np.repeat(w.keys(r, 1, "BL"), n)
            self.id_keys = np.asarray(id_keys, object)
            if open_time is None:
                open_time = T0 - (r.uniform(age[0], age[1], n) * DAY).astype(np.int64)
            self.open_time = np.asarray(open_time, np.int64)
            if register and line != "short":
                idt = id_type or ("resident_id" if cust == "personal" else "business_license")
                st = np.full(n, "active", object) if status is None else status
                w.sink.add("subscribers", n, msisdn=self.msisdn, imsi=self.imsi, id_key=self.id_keys, id_type=idt,
                           customer_type=cust, line_type=line, operator=OPERATOR, open_time=self.open_time,
                           open_channel=channel if channel is not None else "STORE-ENTERPRISE" if cust != "personal"
                           else "STORE-XUJIAH-00", open_cell=open_cell if open_cell is not None else -1, status=st,
                           status_time=status_time if status_time is not None else 0,
                           is_prepaid=prepaid if prepaid is not None else False,
                           home_region="Shanghai")
        # where the lines are
        places = list(places)
        L = route_len or {"static": 4, "local": 4, "district": 6, "city": 12, "route": 8}[move]
        self.routes = np.zeros((n, L), np.int32)
        for a in range(n):
            if move in ("static", "local"):
                pl = places[int(r.integers(len(places)))]
                c = w.place_cells[pl]
                c1 = c[int(r.integers(len(c)))]
                c2 = c[int(r.integers(len(c)))]
                self.routes[a] = [c1, c1, c1, c2] if move == "static" else [c1, c2, c1, c2]
            elif move == "district":
                pl = [places[int(r.integers(len(places)))] for _ in range(2)]
                self.routes[a] = w.pick_cells(r, pl, L)
            else:
                self.routes[a] = w.pick_cells(r, places, L)
        self.slot = slot or {"static": 900, "local": 1800, "district": 3600, "city": 2400, "route": 2700}[move]
        self.move = move
        self.phase = r.integers(0, 1000, n)
        self.churn = churn_hours
        if churn_hours:
            k = int(DAYS * 24 / churn_hours) + 2
            self.imeis = w.imei(r, n * k, tacs).reshape(n, k)
        self.roam = roam
        self.roam_days = roam_days

    # ------------------------------------------------------------ state at a time
    def cell(self, a, t, r):
        if self.base_idx is not None:
            return self.pop.loc(self.base_idx[a], t, r)[0]
        if self.line in ("fixed", "voip", "short"):
            return np.full(len(a), -1, np.int32)
        if self.move == "static":
            k = r.integers(0, 4, len(a))
        else:
            k = ((t // self.slot) + self.phase[a]) % self.routes.shape[1]
        c = self.routes[a, k]
        rc = self.roam_country(a, t)
        return np.where(rc == None, c, -1).astype(np.int32)  # noqa: E711

    def roam_country(self, a, t):
        out = np.full(len(a), None, object)
        if self.base_idx is not None:
            return self.pop.loc(self.base_idx[a], t, np.random.default_rng(0))[1]
        if self.roam is not None:
            d = (t - T0) // DAY
            on = np.isin(d, self.roam_days) if self.roam_days is not None else np.ones(len(a), bool)
            rc = np.asarray(self.roam, object)[a] if np.ndim(self.roam) else np.full(len(a), self.roam, object)
            out[on] = rc[on]
        return out

    def imei_at(self, a, t):
        if self.base_idx is not None:
            return self.pop.imei_at(self.base_idx[a], t)
        if self.churn:
            k = np.clip((t - T0) // int(self.churn * 3600), 0, self.imeis.shape[1] - 1)
            return self.imeis[a, k]
        return self.imei0[a]

    # ------------------------------------------------------------ traffic
    def call_type(self, n):
        return "voip" if self.line == "voip" else None

    def calls_out(self, r, a, t, callee, cidx, res, ring, dur, media="voice"):
        mob = self.line in ("mobile", "iot")
        roam = self.roam_country(a, t) if mob else None
        emit_calls(self.w, r, self.msisdn[a], callee, t, dur, res, ring,
                   caller_imei=self.imei_at(a, t) if mob else 0, caller_imsi=self.imsi[a] if mob else 0,
                   caller_cell=self.cell(a, t, r), callee_cell=self.pop.cell_of(cidx, t, r), roam=roam,
                   call_type=self.call_type(len(a)), media=media, gateway=self.gateway if self.line == "voip" else None)

    def calls_in(self, r, a, t, caller, cidx, res, ring, dur, media="voice", call_type=None, gateway=None):
        """Calls to these lines from base subscribers (cidx >= 0) or other operators' numbers."""
        pop = self.pop
        on = cidx >= 0
        ci = np.maximum(cidx, 0)
        imei = np.where(on, pop.imei_at(ci, t), 0)
        imsi = np.where(on, pop.imsi[ci], 0)
        ccell = pop.cell_of(cidx, t, r)
        emit_calls(self.w, r, caller, self.msisdn[a], t, dur, res, ring, caller_imei=imei, caller_imsi=imsi,
                   caller_cell=ccell, callee_cell=self.cell(a, t, r), call_type=call_type, media=media,
                   gateway=gateway)

    def sms_out(self, r, a, t, receiver, content):
        mob = self.line in ("mobile", "iot")
        self.w.sink.add("sms", send_time=t, sender=self.msisdn[a], receiver=receiver, content=content,
                        sender_imei=self.imei_at(a, t) if mob else 0, sender_cell=self.cell(a, t, r),
                        sender_roaming_country=self.roam_country(a, t) if mob else None)

    def device(self, r, a, t, event, nbytes=None):
        if self.line not in ("mobile", "iot"):
            return
        self.w.sink.add("device", time=t, msisdn=self.msisdn[a], imsi=self.imsi[a], imei=self.imei_at(a, t),
                        cell=self.cell(a, t, r), event=event, roaming_country=self.roam_country(a, t),
                        bytes=nbytes if nbytes is not None else -1)


def seq_times(r, a, d, busy, start_h=9.0, end_h=21.0, lunch=True):
    """Start times of calls dialled one after another by each line: per (line, day) the attempts follow each other
    with the time each took (ring + talk) and a pause. Rows must be sorted by (a, d)."""
    n = len(a)
    if n == 0:
        return np.zeros(0, np.int64)
    key = a * DAYS + d
    first = np.r_[True, key[1:] != key[:-1]]
    grp = np.cumsum(first) - 1
    cnt = np.bincount(grp)
    span = (end_h - start_h) * 3600 - (5400 if lunch else 0)
    tot_busy = np.bincount(grp, weights=busy)
    gap_mean = np.maximum((span - tot_busy) / np.maximum(cnt, 1), 5)
    gap = r.exponential(1.0, n) * gap_mean[grp]
    step = busy + gap
    cs = np.cumsum(step)
    gstart = np.flatnonzero(first)
    before = np.r_[0, cs][gstart][grp]
    off = cs - step - before + r.integers(0, 900, len(cnt))[grp]
    if lunch:
        noon = (12 - start_h) * 3600
        off = np.where(off >= noon, off + 5400, off)
    return (T0 + d * DAY + int(start_h * 3600) + off).astype(np.int64)


def sorted_events(a, d, *more):
    o = np.lexsort((d, a))
    return (a[o], d[o], *[m[o] for m in more])


# ------------------------------------------------------------------------------------------ the look-alike engine
DEFAULTS = dict(n=10, line="mobile", cust="personal", ids="own", places=("xujiahui",), move="static",
                age=(200, 2500), hours="biz", days="all", out=0.0, tgt="all", onnet=0.35, fixed=0.0, ans=0.7,
                dur=60, dsig=0.8, rej=0.2, rep=0.0, pool=30, ctgt="all", conn=0.4, cfixed=0.0, iinb=0.0, inb=0.0,
                icb=0.0, vid=0.0, cvid=0.0, sms=0.0, smsk=None, smst="strangers", data=1.0, dbytes=2e6, roam=None,
                roam_days=None, tin=0.0, tout=0.0, amt=200.0, asig=0.8, plat=(), newplat=0, apps=(), web=(),
                imei="own", churn=None, label="msisdn", gw=None, seq=False, fwd=0.0, intl=None, base=None,
                base_filter=None, cdur=None, nums=None, prepaid=False, open_days=None)


def run_kind(w: World, pop: Pop, spec: dict):
    s = dict(DEFAULTS)
    s.update(spec)
    kind = s["kind"]
    r = w.rng("lookalike:" + kind)
    scheme = "lookalike:" + kind
    dw = DAYW[s["days"]] if isinstance(s["days"], str) else np.asarray(s["days"], float)
    # ---------------------------------------------------------------- the lines
    if s["base"] is not None:
        pool = pop.pools[s["base"]]
        if s["base_filter"] is not None:
            pool = pool[s["base_filter"](pop, pool)]
        pool = pool[~pop.taken[pool]]
        k = min(s["n"], len(pool))
        idx = np.sort(r.choice(pool, k, replace=False))
        pop.taken[idx] = True
        act = Actor(w, pop, r, k, base_idx=idx)
    else:
        n = s["n"]
        ids = None
        if s["ids"] == "company":
            ids = np.repeat(w.keys(r, 1, "BL"), n)
        open_time = None
        if s["open_days"] is not None:
            lo, hi = s["open_days"]
            open_time = T0 + (r.uniform(lo, hi, n) * DAY).astype(np.int64)
        act = Actor(w, pop, r, n, line=s["line"], nums=s["nums"], cust=s["cust"], id_keys=ids,
                    places=s["places"], move=s["move"], age=s["age"], imei=s["imei"], churn_hours=s["churn"],
                    roam=s["roam"], roam_days=s["roam_days"], gateway=s["gw"], prepaid=s["prepaid"],
                    register=s["line"] != "short", open_time=open_time,
                    id_type="passport" if s["ids"] == "passport" else None)
    n = act.n
    lines = np.arange(n)
    activity = lognorm(r, n, 1.0, 0.35, 0.3, 3)
    first = np.full(n, T0 + DAYS * DAY, np.int64)
    prof = s["hours"]
    # clientele: the same people again and again
    clients = clients_idx = None
    if s["rep"] or s["iinb"] or s["smst"] == "clients" or s["fwd"]:
        m = n * s["pool"]
        cn, ci = pop.take_targets(r, s["ctgt"], m, s["conn"], s["cfixed"])
        clients, clients_idx = cn.reshape(n, s["pool"]), ci.reshape(n, s["pool"])
    # ---------------------------------------------------------------- calls out to strangers and to clients
    for rate, who, dmed in ((s["out"], "strangers", s["dur"]), (s["rep"], "clients", s["cdur"] or s["dur"])):
        if not rate:
            continue
        a, d = per_day_counts(r, rate * activity, dw)
        k = len(a)
        if who == "strangers":
            callee, cidx = pop.take_targets(r, s["tgt"], k, s["onnet"], s["fixed"])
            pa = s["ans"]
        else:
            j = np.minimum((r.pareto(1.2, k)).astype(np.int64), s["pool"] - 1)
            callee, cidx = clients[a, j], clients_idx[a, j]
            pa = min(0.95, s["ans"] + 0.2)
        res, ring, ans = outcome(r, k, pa, s["rej"])
        dur = np.where(ans, lognorm(r, k, dmed, s["dsig"], 3, 7200), 0).astype(np.int64)
        if s["seq"]:
            a, d, callee, cidx, res, ring, dur = sorted_events(a, d, callee, cidx, res, ring, dur)
            t = seq_times(r, a, d, ring + dur)
        else:
            t = times_in_days(r, d, prof)
        vid = s["vid"] if who == "strangers" else max(s["vid"], s["cvid"])
        media = np.where(ans & (r.random(k) < vid), "video", "voice").astype(object)
        act.calls_out(r, a, t, callee, cidx, res, ring, dur, media)
        if k:
            np.minimum.at(first, a, t)
        if who == "strangers" and s["icb"]:
            cb = r.random(k) < s["icb"]
            tb = t[cb] + dur[cb] + r.integers(120, 4 * 3600, int(cb.sum()))
            ok = tb < T0 + DAYS * DAY
            cb_a, cb_t, cb_n, cb_i = a[cb][ok], tb[ok], callee[cb][ok], cidx[cb][ok]
            kk = len(cb_a)
            if s["line"] in ("fixed", "voip") and s["seq"]:
                res2, ring2, ans2 = outcome(r, kk, 0.55, 0.0, 0.3)  # call-centre numbers ring into a queue
            else:
                res2, ring2, ans2 = outcome(r, kk, 0.8, 0.1)
            dur2 = np.where(ans2, lognorm(r, kk, dmed * 0.8, s["dsig"], 3, 3600), 0).astype(np.int64)
            act.calls_in(r, cb_a, cb_t, cb_n, cb_i, res2, ring2, dur2)
    # ---------------------------------------------------------------- calls in: strangers and clients
    for rate, who in ((s["inb"], "strangers"), (s["iinb"], "clients")):
        if not rate:
            continue
        a, d = per_day_counts(r, rate * activity, dw)
        k = len(a)
        t = times_in_days(r, d, prof)
        if who == "strangers":
            caller, cidx = pop.take_targets(r, s["tgt"], k, s["onnet"], s["fixed"])
        else:
            j = np.minimum((r.pareto(1.2, k)).astype(np.int64), s["pool"] - 1)
            caller, cidx = clients[a, j], clients_idx[a, j]
        res, ring, ans = outcome(r, k, 0.82, 0.05)
        dur = np.where(ans, lognorm(r, k, s["dur"], s["dsig"], 3, 5400), 0).astype(np.int64)
        media = np.where(ans & (r.random(k) < s["cvid"]), "video", "voice").astype(object)
        act.calls_in(r, a, t, caller, cidx, res, ring, dur, media)
        if s["fwd"]:
            f = r.random(k) < s["fwd"]
            boss = clients[a[f], 0]
            bidx = clients_idx[a[f], 0]
            act.calls_out(r, a[f], t[f] + ring[f], boss, bidx, res[f], np.full(int(f.sum()), 3, np.int64), dur[f])
    # ---------------------------------------------------------------- international calls (family abroad)
    if s["intl"]:
        cc, rin, rout = s["intl"]
        fam = cc * 10 ** 9 + r.integers(10 ** 8, 10 ** 9, (n, 3))
        for rate, inbound in ((rin, True), (rout, False)):
            a, d = per_day_counts(r, np.full(n, rate), dw)
            k = len(a)
            t = times_in_days(r, d, "evening")
            other = fam[a, r.integers(0, 3, k)]
            res, ring, ans = outcome(r, k, 0.8, 0.1)
            dur = np.where(ans, lognorm(r, k, 600, 0.8, 10, 7200), 0).astype(np.int64)
            media = np.where(ans & (r.random(k) < 0.2), "video", "voice").astype(object)
            if inbound:
                act.calls_in(r, a, t, other, np.full(k, -1), res, ring, dur, media, gateway="IGW-SH-01")
            else:
                act.calls_out(r, a, t, other, np.full(k, -1), res, ring, dur, media)
    # ---------------------------------------------------------------- bulk SMS
    if s["sms"]:
        a, d = per_day_counts(r, s["sms"] * activity, dw)
        k = len(a)
        t = times_in_days(r, d, "daytime" if prof not in ("night", "early") else prof)
        if s["smst"] == "clients":
            j = r.integers(0, s["pool"], k)
            recv = clients[a, j]
        else:
            recv, _ = pop.take_targets(r, s["tgt"], k, s["onnet"])
        key = s["smsk"]
        src = tx.TRADE.get(key) or tx.A2P.get(key)
        pool = w.text(tx.pool(r, src, 60))
        act.sms_out(r, a, t, recv, pool[r.integers(0, len(pool), k)])
        if k:
            np.minimum.at(first, a, t)
    # ---------------------------------------------------------------- handsets: data, moves
    if s["line"] in ("mobile", "iot"):
        if s["data"]:
            a, d = per_day_counts(r, s["data"] * activity, np.ones(DAYS))
            t = times_in_days(r, d, prof if prof != "callcentre" else "daytime")
            act.device(r, a, t, "data_session", lognorm(r, len(a), s["dbytes"], 1.3, 500, 8e9).astype(np.int64))
        if s["base"] is None:
            mv = 8 if act.move in ("district", "city", "route") else 0.6
            a, d = per_day_counts(r, np.full(n, mv), np.ones(DAYS))
            t = times_in_days(r, d, prof if prof not in ("callcentre", "night") else "daytime")
            act.device(r, a, t, "location_update")
            # a power cycle now and then
            a, d = per_day_counts(r, np.full(n, 0.08), np.ones(DAYS))
            t = times_in_days(r, d, "person")
            act.device(r, a, t, "power_on")
            act.device(r, a, t + 2, "attach")
            if s["churn"]:
                # the card moves through handsets: an attach on each new one
                k = act.imeis.shape[1]
                aa = np.repeat(lines, k)
                tt = T0 + np.tile(np.arange(k), n) * int(s["churn"] * 3600) + r.integers(600, 3600, n * k)
                ok = tt < T0 + DAYS * DAY
                act.device(r, aa[ok], tt[ok], "attach")
    # ---------------------------------------------------------------- money
    acct = None
    if s["tin"] or s["tout"] or s["label"] == "account":
        if s["base"] is not None:
            acct = pop.acct[act.base_idx]
        else:
            acct = w.keys(r, n, "AC")
            w.sink.add("bank_accounts", account_id=acct, id_key=act.id_keys,
                       bank=np.array(BANKS, object)[r.integers(0, len(BANKS), n)],
                       open_time=act.open_time - r.integers(30, 3000, n) * DAY,
                       bound_msisdn=act.msisdn if s["line"] == "mobile" else 0, status="active")
        for rate, inbound in ((s["tin"], True), (s["tout"], False)):
            if not rate:
                continue
            a, d = per_day_counts(r, rate * activity, dw)
            k = len(a)
            t = times_in_days(r, d, prof if prof != "night" else "person")
            if clients is not None and s["pool"]:
                j = r.integers(0, s["pool"], k)
                ci = clients_idx[a, j]
                cn = clients[a, j]
            else:
                cn, ci = pop.take_targets(r, s["tgt"], k, 0.5)
            other = np.where(ci >= 0, pop.acct[np.maximum(ci, 0)], pop.outside_accts[cn % len(pop.outside_accts)])
            amt = np.round(lognorm(r, k, s["amt"], s["asig"], 1, 5e6), 2)
            if inbound:
                ini = np.where(ci >= 0, cn, 0)
                w.sink.add("transfers", time=t, from_account=other.astype(object), to_account=acct[a], amount=amt,
                           currency="CNY", channel="mobile_app", initiated_msisdn=ini)
            else:
                w.sink.add("transfers", time=t, from_account=acct[a], to_account=other.astype(object), amount=amt,
                           currency="CNY", channel="mobile_app",
                           initiated_msisdn=act.msisdn[a] if s["line"] == "mobile" else 0)
    # ---------------------------------------------------------------- platforms, apps, web
    for pl in s["plat"]:
        k = max(1, s["newplat"]) if s["newplat"] else 1
        aa = np.repeat(lines, k)
        if s["newplat"]:
            reg = T0 + r.integers(0, DAYS * DAY, len(aa))
        else:
            reg = T0 - r.integers(20, 900, len(aa)) * DAY
        w.sink.add("internet_accounts", platform=pl, account=w.keys(r, len(aa), pl[:2] + "_"),
                   msisdn=act.msisdn[aa], register_time=reg, status="active")
    if s["apps"]:
        a, d = per_day_counts(r, np.full(n, 0.8), np.ones(DAYS))
        t = times_in_days(r, d, "person")
        app = np.array(s["apps"], object)[r.integers(0, len(s["apps"]), len(a))]
        w.sink.add("apps", time=t, msisdn=act.msisdn[a], app=app, event="use")
    if s["web"]:
        a, d = per_day_counts(r, np.full(n, 1.2), np.ones(DAYS))
        t = times_in_days(r, d, "person")
        dom = np.array(s["web"], object)[r.integers(0, len(s["web"]), len(a))]
        w.sink.add("web", time=t, msisdn=act.msisdn[a], domain=dom,
                   ip=np.array([domain_ip(x) for x in dom.tolist()], object),
                   bytes=lognorm(r, len(a), 2e5, 1.2, 500, 1e9).astype(np.int64))
    # ---------------------------------------------------------------- truth
    first = np.where(first >= T0 + DAYS * DAY, T0, first)
    if s["label"] == "msisdn":
        w.truth("msisdn", act.msisdn, "benign", None, scheme, first)
    elif s["label"] == "account":
        w.truth("account", acct, "benign", None, scheme, first)
    return act


# ------------------------------------------------------------------------------------------ special look-alikes
def repair_shops(w: World, pop: Pop):
    """Phone-repair and second-hand phone shops: a test handset sees a stream of customers' cards (each for
    minutes: attach, a test call or SMS, detach). The handset is the look-alike."""
    r = w.rng("lookalike:phone_repair_test_handset")
    shops = ["qibao", "shstation", "dachang", "nanxiang", "jiuting", "wujiaochang", "qipu", "xinzhuang"]
    imei = w.imei(r, len(shops))
    for si, pl in enumerate(shops):
        cell = w.place_cells[pl][0]
        k = int(r.integers(40, 90))
        cust = r.choice(pop.pools["all"], k, replace=False)
        t = T0 + r.integers(0, DAYS, k) * DAY + r.integers(10 * 3600, 20 * 3600, k)
        for ev, dt in (("attach", 0), ("detach", 600)):
            w.sink.add("device", time=t + dt, msisdn=pop.msisdn[cust], imsi=pop.imsi[cust], imei=imei[si], cell=cell,
                       event=ev)
        tc = r.random(k) < 0.6
        res, ring, ans = outcome(r, int(tc.sum()), 0.9, 0.0)
        dur = np.where(ans, r.integers(5, 25, int(tc.sum())), 0)
        emit_calls(w, r, pop.msisdn[cust[tc]], np.full(int(tc.sum()), 10037, np.int64), t[tc] + 60, dur, res, ring,
                   caller_imei=imei[si], caller_imsi=pop.imsi[cust[tc]], caller_cell=cell)
        w.truth("imei", [str(imei[si])], "benign", None, "lookalike:phone_repair_test_handset", int(t.min()))


def second_cards(w: World, pop: Pop):
    """Dual-SIM phones: a second Shenhai card for work or a cheaper data plan, in the same handset (second IMEI)."""
    r = w.rng("lookalike:dual_sim_second_card")
    cand = np.flatnonzero(np.isin(pop.seg, [0, 3, 4, 5]) & ~pop.taken)
    k = int(len(pop.msisdn) * 0.035)
    own = np.sort(r.choice(cand, k, replace=False))
    pop.taken[own] = True
    act = Actor(w, pop, r, k, line="mobile", id_keys=pop.id_key[own], age=(30, 2000))
    act.routes[:] = pop.home[own][:, None]
    # the second slot's IMEI: same handset model (TAC) as the first
    act.imei0 = np.array([w.imei(r, 1, [int(x) // 10 ** 7])[0] for x in pop.imei[own].tolist()], np.int64)
    nums, idx = pop.take_targets(r, "workers", k * 12, 0.3, 0.15)
    nums, idx = nums.reshape(k, 12), idx.reshape(k, 12)
    a, d = per_day_counts(r, np.full(k, 1.1), DAYW["weekday"])
    t = times_in_days(r, d, "office")
    j = r.integers(0, 12, len(a))
    res, ring, ans = outcome(r, len(a), 0.8)
    dur = np.where(ans, lognorm(r, len(a), 70, 0.9, 3, 3600), 0).astype(np.int64)
    # the second card rides with its owner
    cell, roam = pop.loc(own[a], t, r)
    emit_calls(w, r, act.msisdn[a], nums[a, j], t, dur, res, ring, caller_imei=act.imei0[a], caller_imsi=act.imsi[a],
               caller_cell=cell, callee_cell=pop.cell_of(idx[a, j], t, r), roam=roam)
    a, d = per_day_counts(r, np.full(k, 0.7), DAYW["weekday"])
    t = times_in_days(r, d, "office")
    j = r.integers(0, 12, len(a))
    res, ring, ans = outcome(r, len(a), 0.85)
    dur = np.where(ans, lognorm(r, len(a), 70, 0.9, 3, 3600), 0).astype(np.int64)
    on = idx[a, j] >= 0
    ci = np.maximum(idx[a, j], 0)
    emit_calls(w, r, nums[a, j], act.msisdn[a], t, dur, res, ring, caller_imei=np.where(on, pop.imei_at(ci, t), 0),
               caller_imsi=np.where(on, pop.imsi[ci], 0), caller_cell=pop.cell_of(idx[a, j], t, r),
               callee_cell=pop.loc(own[a], t, r)[0])
    a, d = per_day_counts(r, np.full(k, 0.6), np.ones(DAYS))
    t = times_in_days(r, d, "person")
    w.sink.add("device", time=t, msisdn=act.msisdn[a], imsi=act.imsi[a], imei=act.imei0[a],
               cell=pop.loc(own[a], t, r)[0], event="location_update")
    w.truth("msisdn", act.msisdn, "benign", None, "lookalike:dual_sim_second_card", T0)


def family_plans(w: World, pop: Pop):
    """One ID, several cards: a parent's family plan with a first phone for the child after the zhongkao and a card
    for the grandparents, opened together at one store or agent (some of them this fortnight)."""
    r = w.rng("lookalike:family_plan_extra_card")
    cand = pop.pools["midage"][~pop.taken[pop.pools["midage"]]]
    own = np.sort(r.choice(cand, 130, replace=False))
    pop.taken[own] = True
    k = r.integers(2, 4, len(own))
    o = np.repeat(own, k)
    n = len(o)
    recent = np.repeat(r.random(len(own)) < 0.3, k)
    day = np.where(recent, T0 + np.repeat(r.integers(5, 13, len(own)), k) * DAY,
                   T0 - np.repeat(r.integers(60, 2500, len(own)), k) * DAY)
    opened = day + np.repeat(r.integers(10 * 3600, 19 * 3600, len(own)), k) + r.integers(0, 600, n)
    stores = ["qibao", "sjunitown", "dachang", "nanxiang", "jiuting", "chengqiao", "anting", "gucun"]
    sp = np.array(stores, object)[np.repeat(r.integers(0, len(stores), len(own)), k)]
    chan = np.array([w.agent(p) for p in sp.tolist()], object)
    act = Actor(w, pop, r, n, line="mobile", id_keys=pop.id_key[o], open_time=opened, channel=chan,
                open_cell=np.array([w.place_cells[p][0] for p in sp.tolist()], np.int32),
                prepaid=True, tacs=None)
    kid = np.r_[True, o[1:] != o[:-1]]  # the first extra card of each family is the child's
    act.routes[:] = np.where(kid, pop.home[o], w.pick_cells(r, list(("laoximen", "changshou", "quyang",
                                                                   "chengqiao")), n))[:, None]
    start = np.maximum((opened - T0) // DAY, 0)
    a, d = per_day_counts(r, np.where(kid, 1.6, 0.9), np.ones(DAYS))
    keep = d >= start[a]
    a, d = a[keep], d[keep]
    t = times_in_days(r, d, "student")
    to_parent = r.random(len(a)) < 0.55
    friends, fidx = pop.take_targets(r, "students", n * 6, 0.4)
    friends, fidx = friends.reshape(n, 6), fidx.reshape(n, 6)
    j = r.integers(0, 6, len(a))
    callee = np.where(to_parent, pop.msisdn[o[a]], friends[a, j])
    cidx = np.where(to_parent, o[a], fidx[a, j])
    res, ring, ans = outcome(r, len(a), 0.85)
    dur = np.where(ans, lognorm(r, len(a), np.where(kid[a], 90, 300), 0.8, 3, 3600), 0).astype(np.int64)
    act.calls_out(r, a, t, callee, cidx, res, ring, dur)
    a, d = per_day_counts(r, np.where(kid, 5.0, 0.8), np.ones(DAYS))
    keep = d >= start[a]
    a, d = a[keep], d[keep]
    t = times_in_days(r, d, "student")
    act.device(r, a, t, "data_session", lognorm(r, len(a), 8e6, 1.3, 1e4, 4e9).astype(np.int64))
    fresh = np.flatnonzero(opened >= T0)
    act.device(r, fresh, opened[fresh] + 1800, "power_on")
    act.device(r, fresh, opened[fresh] + 1805, "attach")
    w.truth("msisdn", act.msisdn, "benign", None, "lookalike:family_plan_extra_card", np.maximum(opened, T0))


def base_overlays(w: World, pop: Pop):
    """Base subscribers whose own fortnight shares surface features with fraud or with victims."""
    r = w.rng("lookalike:overlays")
    # travellers abroad and at home (their records come from everyday life)
    ab = np.flatnonzero(pop.abroad & ~pop.taken)
    pop.taken[ab] = True
    w.truth("msisdn", pop.msisdn[ab], "benign", None, "lookalike:traveller_roaming_abroad", T0 + 10 * DAY)
    dom = np.flatnonzero((pop.trip_start < 99) & ~pop.abroad & ~pop.taken)
    dom = dom[r.random(len(dom)) < 0.3]
    pop.taken[dom] = True
    w.truth("msisdn", pop.msisdn[dom], "benign", None, "lookalike:holiday_domestic_traveller", T0 + 10 * DAY)
    up = np.flatnonzero((pop.imei_day < 99) & ~pop.taken)
    pop.taken[up] = True
    elder_up = up[pop.elder_new_phone[up]]
    w.truth("msisdn", pop.msisdn[np.setdiff1d(up, elder_up)], "benign", None, "lookalike:618_new_phone_buyer",
            T0 + 9 * DAY)
    # the elderly on a new smartphone: grandchildren install everything, a meeting app for family video
    t = T0 + pop.imei_day[elder_up] * DAY + r.integers(12 * 3600, 20 * 3600, len(elder_up))
    for app in ("com.tencent.wemeet", "com.ss.android.ugc.aweme.lite", "com.smile.gifmaker", "com.xunmeng.pinduoduo"):
        w.sink.add("apps", time=t + r.integers(60, 3000, len(elder_up)), msisdn=pop.msisdn[elder_up], app=app,
                   event="install")
    w.truth("msisdn", pop.msisdn[elder_up], "benign", None, "lookalike:elderly_new_smartphone", T0 + 9 * DAY)
    # graduates who moved out (new cells, new city)
    mv = np.flatnonzero((pop.move_day < 99) & ~pop.taken)
    mv = mv[r.random(len(mv)) < 0.5]
    pop.taken[mv] = True
    w.truth("msisdn", pop.msisdn[mv], "benign", None, "lookalike:graduate_moving_out", T0 + pop.move_day[mv] * DAY)


def victim_like(w: World, pop: Pop):
    """People who do what victims do, for their own reasons: a big payment after a long call with someone new,
    a meeting app, a refund, money sent to a new account."""
    acts = []

    def grab(kind, pool, k, filt=None):
        r = w.rng("lookalike:" + kind)
        p = pop.pools[pool]
        if filt is not None:
            p = p[filt[p]]
        p = p[~pop.taken[p]]
        sel = np.sort(r.choice(p, min(k, len(p)), replace=False))
        pop.taken[sel] = True
        return r, sel

    def call(r, sub, other, t, dur, inbound, media="voice"):
        k = len(sub)
        res = np.full(k, "answered", object)
        ring = r.integers(3, 12, k)
        cell, roam = pop.loc(sub, t, r)
        if inbound:
            emit_calls(w, r, other, pop.msisdn[sub], t, dur, res, ring, callee_cell=cell, media=media)
        else:
            emit_calls(w, r, pop.msisdn[sub], other, t, dur, res, ring, caller_imei=pop.imei_at(sub, t),
                       caller_imsi=pop.imsi[sub], caller_cell=cell, roam=roam, media=media)

    def pay(r, sub, t, to, amt, ch="mobile_app"):
        w.sink.add("transfers", time=t, from_account=pop.acct[sub], to_account=np.asarray(to, object),
                   amount=np.round(amt, 2), currency="CNY", channel=ch, initiated_msisdn=pop.msisdn[sub])

    # zhongkao parents paying a summer-class or private-school deposit after the school's calls
    r, sub = grab("parent_paying_school_deposit", "parents", 40)
    school = offnet_fixed(r, len(sub))
    t = T0 + r.integers(3, 13, len(sub)) * DAY + r.integers(9 * 3600, 19 * 3600, len(sub))
    call(r, sub, school, t, lognorm(r, len(sub), 420, 0.6, 60, 3000).astype(np.int64), True)
    acc = w.keys(r, len(sub), "MC")
    w.sink.add("bank_accounts", account_id=acc, id_key=w.keys(r, len(sub), "BL"), bank="Bank of Shanghai",
               open_time=T0 - r.integers(800, 5000, len(sub)) * DAY, status="active")
    pay(r, sub, t + r.integers(3600, 3 * DAY, len(sub)), acc, lognorm(r, len(sub), 12000, 0.6, 3000, 80000))
    _web(w, r, pop, sub, t, ["www.shmeea.edu.cn", "edu.sh.gov.cn"])
    w.truth("msisdn", pop.msisdn[sub], "benign", None, "lookalike:parent_paying_school_deposit", t)
    acts.append(sub)
    # graduates paying a rental deposit to a new landlord after calling the ad
    r, sub = grab("graduate_paying_rent_deposit", "grads", 60)
    agent = offnet_mobile(r, len(sub))
    t = T0 + r.integers(2, 13, len(sub)) * DAY + r.integers(10 * 3600, 21 * 3600, len(sub))
    call(r, sub, agent, t, lognorm(r, len(sub), 150, 0.7, 20, 1800).astype(np.int64), False)
    call(r, sub, agent, t + r.integers(3600, DAY, len(sub)), lognorm(r, len(sub), 90, 0.7, 20, 900).astype(np.int64), True)
    pay(r, sub, t + r.integers(2 * 3600, 2 * DAY, len(sub)), pop.outside_accts[r.integers(0, 25000, len(sub))],
        lognorm(r, len(sub), 5500, 0.4, 1500, 20000))
    _web(w, r, pop, sub, t, ["sh.58.com", "www.ziroom.com", "www.xianyu.com", "www.xiaohongshu.com"])
    w.truth("msisdn", pop.msisdn[sub], "benign", None, "lookalike:graduate_paying_rent_deposit", t)
    # shoppers receiving a genuine after-sales call about a 618 order and a refund
    r, sub = grab("shopper_genuine_refund", "shoppers", 80)
    cs = np.array([8621 * 10 ** 8 + 61230000 + i for i in range(20)], np.int64)[r.integers(0, 20, len(sub))]
    t = T0 + r.integers(8, 14, len(sub)) * DAY + r.integers(9 * 3600, 21 * 3600, len(sub))
    call(r, sub, cs, t, lognorm(r, len(sub), 240, 0.6, 30, 1800).astype(np.int64), True)
    w.sink.add("transfers", time=t + r.integers(3600, 2 * DAY, len(sub)), from_account=pop.merchants[r.integers(0, 400, len(sub))],
               to_account=pop.acct[sub], amount=np.round(lognorm(r, len(sub), 180, 0.9, 10, 8000), 2), currency="CNY",
               channel="third_party", initiated_msisdn=0)
    _web(w, r, pop, sub, t, ["m.taobao.com", "www.jd.com", "refund.jd.com", "mobile.yangkeduo.com"])
    w.truth("msisdn", pop.msisdn[sub], "benign", None, "lookalike:shopper_genuine_refund", t)
    # finance staff paying a supplier after the real boss's video call
    r, sub = grab("finance_staff_real_boss_video", "finance", 30)
    boss = offnet_mobile(r, len(sub))
    t = T0 + r.integers(0, 11, len(sub)) * DAY + r.integers(9 * 3600, 17 * 3600, len(sub))
    call(r, sub, boss, t, lognorm(r, len(sub), 70, 0.5, 15, 600).astype(np.int64), True, media="video")
    sup = w.keys(r, len(sub), "MC")
    w.sink.add("bank_accounts", account_id=sup, id_key=w.keys(r, len(sub), "BL"), bank="CMB",
               open_time=T0 - r.integers(300, 4000, len(sub)) * DAY, status="active")
    pay(r, sub, t + r.integers(600, 5400, len(sub)), sup, lognorm(r, len(sub), 120000, 0.7, 10000, 900000))
    w.truth("msisdn", pop.msisdn[sub], "benign", None, "lookalike:finance_staff_real_boss_video", t)
    # retail investors moving money to their brokers before the index rebalancing
    r, sub = grab("retail_day_trader", "investors", 60)
    brokers = w.keys(r, 12, "MC")
    w.sink.add("bank_accounts", account_id=brokers, id_key=w.keys(r, 12, "BL"), bank="BOCOM",
               open_time=T0 - r.integers(2000, 8000, 12) * DAY, status="active")
    a, d = per_day_counts(r, np.full(len(sub), 0.5), DAYW["weekday_only"])
    t = times_in_days(r, d, "office")
    pay(r, sub[a], t, brokers[r.integers(0, 12, len(a))], lognorm(r, len(a), 30000, 0.9, 1000, 800000))
    app = np.array(["com.hexin.plat.android", "com.eastmoney.android.berlin", "com.huatai.zlt"], object)
    w.sink.add("apps", time=t, msisdn=pop.msisdn[sub[a]], app=app[r.integers(0, 3, len(a))], event="use")
    _web(w, r, pop, sub[a], t, ["www.eastmoney.com", "www.10jqka.com.cn", "xueqiu.com"])
    w.truth("msisdn", pop.msisdn[sub], "benign", None, "lookalike:retail_day_trader", T0)
    # a new romance: a stranger from a dating app, long calls every evening, a 1314 red packet
    r, sub = grab("new_dating_match", "midage", 40)
    other = offnet_mobile(r, len(sub))
    start = r.integers(0, 7, len(sub))
    ss = np.repeat(np.arange(len(sub)), DAYS)
    dd = np.tile(np.arange(DAYS), len(sub))
    on = (dd >= start[ss]) & (r.random(len(ss)) < 0.7)
    ss, dd = ss[on], dd[on]
    t = T0 + dd * DAY + r.integers(20 * 3600, 23 * 3600, len(ss))
    inbound = r.random(len(ss)) < 0.5
    dur = lognorm(r, len(ss), 1500, 0.7, 60, 10000).astype(np.int64)
    call(r, sub[ss[inbound]], other[ss[inbound]], t[inbound], dur[inbound], True)
    call(r, sub[ss[~inbound]], other[ss[~inbound]], t[~inbound], dur[~inbound], False)
    gift = r.random(len(sub)) < 0.4
    pay(r, sub[gift], T0 + 10 * DAY + r.integers(0, 3 * DAY, int(gift.sum())),
        pop.outside_accts[other[gift] % 25000], np.full(int(gift.sum()), 1314.0))
    _web(w, r, pop, sub, T0 + start * DAY + 3600 * 21, ["www.soulapp.cn", "www.tantanapp.com"])
    w.truth("msisdn", pop.msisdn[sub], "benign", None, "lookalike:new_dating_match", T0 + start * DAY)
    # gig workers on a crowdsourcing app: many small payments in, a deposit out
    r, sub = grab("crowdsourcing_gig_worker", "students", 40)
    plat = w.keys(r, 3, "MC")
    w.sink.add("bank_accounts", account_id=plat, id_key=w.keys(r, 3, "BL"), bank="CMB",
               open_time=T0 - r.integers(900, 3000, 3) * DAY, status="active")
    a, d = per_day_counts(r, np.full(len(sub), 2.5), np.ones(DAYS))
    t = times_in_days(r, d, "student")
    w.sink.add("transfers", time=t, from_account=plat[r.integers(0, 3, len(a))], to_account=pop.acct[sub[a]],
               amount=np.round(lognorm(r, len(a), 25, 0.7, 1, 500), 2), currency="CNY", channel="third_party")
    w.sink.add("apps", time=t - 1800, msisdn=pop.msisdn[sub[a]], app="com.zhongbao.renwu", event="use")
    _web(w, r, pop, sub[a], t, ["www.zhongbao.com", "task.zhongbao.com"])
    w.truth("msisdn", pop.msisdn[sub], "benign", None, "lookalike:crowdsourcing_gig_worker", T0)
    # grandparents in daily video calls with grandchildren abroad or in other cities
    r, sub = grab("grandparent_video_caller", "elderly", 60)
    kid = offnet_mobile(r, len(sub))
    a, d = per_day_counts(r, np.full(len(sub), 0.9), np.ones(DAYS))
    t = times_in_days(r, d, "evening")
    call(r, sub[a], kid[a], t, lognorm(r, len(a), 500, 0.7, 30, 4000).astype(np.int64), r.random() < 0.5, media="video")
    w.truth("msisdn", pop.msisdn[sub], "benign", None, "lookalike:grandparent_video_caller", T0)
    # couples apart: one in Shanghai, one in another city; a long call every night
    r, sub = grab("long_distance_couple", "office", 50)
    other = offnet_mobile(r, len(sub))
    a, d = per_day_counts(r, np.full(len(sub), 1.0), np.ones(DAYS))
    t = times_in_days(r, d, "evening")
    call(r, sub[a], other[a], t, lognorm(r, len(a), 2400, 0.6, 60, 12000).astype(np.int64), False)
    w.truth("msisdn", pop.msisdn[sub], "benign", None, "lookalike:long_distance_couple", T0)
    # elderly who cannot sleep, on the phone at night with old friends
    r, sub = grab("insomniac_elderly", "elderly", 40)
    fr = offnet_mobile(r, (len(sub), 3))
    a, d = per_day_counts(r, np.full(len(sub), 1.0), np.ones(DAYS))
    t = times_in_days(r, d, "night")
    call(r, sub[a], fr[a, r.integers(0, 3, len(a))], t, lognorm(r, len(a), 1100, 0.7, 30, 7200).astype(np.int64), False)
    w.truth("msisdn", pop.msisdn[sub], "benign", None, "lookalike:insomniac_elderly", T0)
    # migrant workers calling home in Anhui and Henan: long evening calls, a remittance
    r, sub = grab("migrant_calling_home", "migrants", 60)
    home = offnet_fixed(r, len(sub), area=86551)
    a, d = per_day_counts(r, np.full(len(sub), 0.8), np.ones(DAYS))
    t = times_in_days(r, d, "evening")
    call(r, sub[a], home[a], t, lognorm(r, len(a), 900, 0.6, 30, 5400).astype(np.int64), False)
    pay(r, sub, T0 + 8 * DAY + r.integers(0, 4 * DAY, len(sub)), pop.outside_accts[r.integers(0, 25000, len(sub))],
        lognorm(r, len(sub), 3000, 0.4, 500, 15000))
    w.truth("msisdn", pop.msisdn[sub], "benign", None, "lookalike:migrant_calling_home", T0)
    # families with a son or daughter working in Phnom Penh or Manila (legit business): calls from abroad
    r, sub = grab("family_abroad_in_sea", "midage", 30)
    cc = r.choice([855, 63, 95, 60], len(sub))
    other = cc * 10 ** 9 + r.integers(10 ** 8, 10 ** 9, len(sub))
    a, d = per_day_counts(r, np.full(len(sub), 0.6), np.ones(DAYS))
    t = times_in_days(r, d, "evening")
    inbound = r.random(len(a)) < 0.7
    dur = lognorm(r, len(a), 700, 0.7, 20, 5400).astype(np.int64)
    call(r, sub[a[inbound]], other[a[inbound]], t[inbound], dur[inbound], True)
    call(r, sub[a[~inbound]], other[a[~inbound]], t[~inbound], dur[~inbound], False)
    w.truth("msisdn", pop.msisdn[sub], "benign", None, "lookalike:family_abroad_in_sea", T0)
    # graduates looking for work: calls to company switchboards, HR calling back, a video interview
    r, sub = grab("graduate_job_seeker", "grads", 70)
    a, d = per_day_counts(r, np.full(len(sub), 2.0), DAYW["weekday"])
    t = times_in_days(r, d, "office")
    co = offnet_fixed(r, len(a))
    call(r, sub[a], co, t, lognorm(r, len(a), 120, 0.8, 10, 1800).astype(np.int64), False)
    a, d = per_day_counts(r, np.full(len(sub), 1.2), DAYW["weekday"])
    t = times_in_days(r, d, "office")
    hr = offnet_mobile(r, len(a))
    vid = np.where(r.random(len(a)) < 0.15, "video", "voice").astype(object)
    call(r, sub[a], hr, t, lognorm(r, len(a), 300, 0.8, 10, 3600).astype(np.int64), True, media=vid)
    _web(w, r, pop, sub, T0 + r.integers(0, DAYS * DAY, len(sub)), ["www.zhipin.com", "www.51job.com", "www.liepin.com"])
    w.truth("msisdn", pop.msisdn[sub], "benign", None, "lookalike:graduate_job_seeker", T0)
    # graduates subletting their room: strangers calling for a few days, a deposit in
    r, sub = grab("graduate_subletting_room", "grads", 25)
    a, d = per_day_counts(r, np.full(len(sub), 3.0), DAYW["grad"])
    t = times_in_days(r, d, "student")
    caller, cidx = pop.take_targets(r, "students", len(a), 0.35)
    res, ring, ans = outcome(r, len(a), 0.85, 0.05)
    dur = np.where(ans, lognorm(r, len(a), 90, 0.7, 5, 1200), 0).astype(np.int64)
    on = cidx >= 0
    ci = np.maximum(cidx, 0)
    emit_calls(w, r, caller, pop.msisdn[sub[a]], t, dur, res, ring, caller_imei=np.where(on, pop.imei_at(ci, t), 0),
               caller_imsi=np.where(on, pop.imsi[ci], 0), caller_cell=pop.cell_of(cidx, t, r),
               callee_cell=pop.loc(sub[a], t, r)[0])
    payer = r.choice(pop.pools["students"], len(sub))
    w.sink.add("transfers", time=T0 + r.integers(6, 13, len(sub)) * DAY + 50000, from_account=pop.acct[payer],
               to_account=pop.acct[sub], amount=np.round(lognorm(r, len(sub), 3000, 0.4, 800, 9000), 2), currency="CNY",
               channel="mobile_app", initiated_msisdn=pop.msisdn[payer])
    w.sink.add("internet_accounts", platform="xianyu", account=w.keys(r, len(sub), "xi_"), msisdn=pop.msisdn[sub],
               register_time=T0 + r.integers(0, 5 * DAY, len(sub)), status="active")
    w.truth("msisdn", pop.msisdn[sub], "benign", None, "lookalike:graduate_subletting_room", T0)
    # graduates selling their dorm things: many small payments in from strangers
    r, sub = grab("graduate_selling_dorm_items", "grads", 40)
    a, d = per_day_counts(r, np.full(len(sub), 1.0), DAYW["grad"])
    t = times_in_days(r, d, "student")
    payer = r.choice(pop.pools["students"], len(a))
    w.sink.add("transfers", time=t, from_account=pop.acct[payer], to_account=pop.acct[sub[a]],
               amount=np.round(lognorm(r, len(a), 60, 0.8, 5, 2000), 2), currency="CNY", channel="mobile_app",
               initiated_msisdn=pop.msisdn[payer])
    w.truth("msisdn", pop.msisdn[sub], "benign", None, "lookalike:graduate_selling_dorm_items", T0)


def _web(w, r, pop, sub, t, domains):
    k = len(sub)
    dom = np.array(domains, object)[r.integers(0, len(domains), k)]
    w.sink.add("web", time=np.asarray(t) + r.integers(60, 1800, k), msisdn=pop.msisdn[sub], domain=dom,
               ip=np.array([domain_ip(x) for x in dom.tolist()], object),
               bytes=lognorm(r, k, 3e5, 1.0, 1000, 1e8).astype(np.int64))


# ------------------------------------------------------------------------------------------ the kinds
CBD = ("lujiazui", "jingansi", "xujiahui", "caohejing", "zhangjiang", "northbund", "xujing")
RES = ("laoximen", "daning", "pengpu", "longhua", "zhongshanpark", "gubei", "changshou", "zhenru", "quyang",
       "wujiaochang", "sanlin", "zhoupu", "chuansha", "xinzhuang", "qibao", "pujiang", "meilong", "dachang", "gucun",
       "jiadingnew", "nanxiang", "jiuting", "songjiangold", "nanqiao")
CAMPUS = ("sjunitown", "zizhu", "fudan", "shu", "haiwan")
TOURIST = ("bund", "nanjingdong", "yuyuan", "disney", "zhujiajiao", "xuhuiriver")
CITY = CBD + RES + TOURIST + ("hongqiaohub", "pvg", "shstation", "jinqiao", "huaxin")
SUBURB_I = ("anting", "malu", "sijing", "huaxin", "jinqiao", "waigaoqiao", "wusong")

KINDS = [
    # ---- 618 logistics
    dict(kind="courier_618_peak", n=40, places=RES + CBD, move="district", hours="delivery", days="618", out=26,
         tgt="shoppers", ans=0.72, dur=25, dsig=0.6, rej=0.1, inb=9, icb=0.2, sms=5, smsk="courier", data=6),
    dict(kind="food_delivery_rider", n=30, places=RES + CBD, move="district", hours="meals", out=13, ans=0.8,
         dur=18, dsig=0.5, inb=3, data=10),
    dict(kind="parcel_station_keeper", n=15, places=RES, hours="daytime", sms=65, smsk="station", tgt="shoppers",
         out=4, inb=12, ans=0.9, dur=40),
    dict(kind="zongzi_giftbox_delivery", n=10, places=CITY, move="city", hours="delivery", days="preholiday",
         out=20, ans=0.7, dur=30, sms=6, smsk="courier"),
    dict(kind="logistics_park_dispatcher", n=8, places=("huaxin", "jinqiao", "waigaoqiao"), hours="early", out=12,
         rep=30, pool=120, ctgt="migrants", conn=0.3, iinb=22, ans=0.85, dur=45),
    dict(kind="van_driver_moving_graduates", n=20, places=CITY + CAMPUS, move="city", days="grad", out=8, inb=9,
         tgt="students", ans=0.8, dur=40, tin=2.5, amt=180),
    dict(kind="moving_company_graduation", n=12, places=CAMPUS, move="district", days="grad", out=16,
         tgt="students", onnet=0.4, inb=20, icb=0.3, ans=0.7, dur=70, tin=4, amt=350, sms=5, smsk="moving"),
    dict(kind="intercity_truck_driver", n=12, places=("suzhou", "hangzhou", "hefei", "huaxin", "anting", "jiangqiao"),
         move="route", hours="early", out=5, rep=6, pool=40, ans=0.8, dur=60),
    dict(kind="yangshan_customs_broker", n=8, places=("yangshan", "waigaoqiao", "lingang"), out=22, rep=18, pool=60,
         ans=0.75, dur=90, fixed=0.3),
    dict(kind="sorting_centre_pda", n=30, line="iot", places=("huaxin", "jinqiao"), data=40, dbytes=2e5,
         hours="flat", cust="enterprise", ids="company"),
    # ---- e-commerce
    dict(kind="ecommerce_aftersales_voip", n=30, line="voip", cust="enterprise", ids="company", gw="SIPGW-JQ-02",
         out=55, tgt="shoppers", ans=0.45, dur=95, rej=0.3, hours="callcentre", days="post618", seq=True, icb=0.04),
    dict(kind="ecommerce_cs_mobile_team", n=15, cust="enterprise", ids="company", places=("caohejing", "zhangjiang"),
         out=35, tgt="shoppers", ans=0.5, dur=80, hours="callcentre", days="post618", seq=True, data=3),
    dict(kind="livestream_seller", n=20, places=TOURIST + ("qipu", "jiangqiao") + RES, hours="evening", out=7, inb=7,
         tin=11, amt=90, tout=0.8, data=14, dbytes=8e7, plat=("douyin", "kuaishou", "taobao", "xiaohongshu"),
         apps=("com.ss.android.ugc.aweme", "com.smile.gifmaker", "com.taobao.live")),
    dict(kind="mcn_agency_account_batch", n=6, places=("jingansi", "xujing"), plat=("douyin", "kuaishou",
         "xiaohongshu"), newplat=9, data=10, dbytes=5e7, out=5),
    dict(kind="qipu_road_wholesaler", n=20, places=("qipu",), hours="early", out=14, rep=15, pool=80, conn=0.2,
         inb=18, iinb=9, tin=9, amt=1200, tout=1.5),
    dict(kind="community_group_buy_leader", n=20, places=RES, hours="person", tin=16, amt=60, pool=80, ctgt="midage",
         conn=0.6, sms=8, smsk="group", smst="clients", out=4, rep=3),
    dict(kind="secondhand_dorm_buyer", n=10, places=CAMPUS, move="district", days="grad", out=18, tgt="grads",
         onnet=0.5, inb=13, ans=0.7, dur=45, tout=8, amt=180, plat=("xianyu",)),
    dict(kind="daigou_roaming_buyer", n=8, places=("gubei", "jingansi"), roam="JP", roam_days=[2, 3, 4, 5, 6, 7, 8],
         tin=6, amt=1500, out=4, data=8, plat=("xiaohongshu", "taobao")),
    dict(kind="phone_reseller_618", n=6, places=("qibao", "shstation", "qipu"), churn=12, out=6, inb=8, tin=4,
         amt=3000, days="618"),
    # ---- property and rent
    dict(kind="estate_agent_rent_season", n=40, places=RES, move="district", out=24, tgt="tenants", ans=0.6, dur=90,
         rep=6, pool=40, ctgt="tenants", inb=9, icb=0.3, days="rent", sms=4, smsk="estate"),
    dict(kind="second_landlord", n=15, places=RES, sms=3, smsk="landlord", smst="clients", pool=30, ctgt="tenants",
         conn=0.4, rep=3, iinb=3, tin=2.5, amt=3500, days="rent"),
    dict(kind="elderly_private_landlord", n=40, base="elderly", base_filter=lambda p, i: p.landlord[i], sms=0.4,
         smsk="landlord", smst="clients", pool=4, ctgt="tenants", rep=0.5, iinb=0.5, tin=0.35, amt=4500, days="rent"),
    dict(kind="rental_housekeeper", n=20, cust="enterprise", ids="company", places=RES, move="district", out=18,
         tgt="tenants", ans=0.65, dur=60, inb=8, sms=5, smsk="estate"),
    dict(kind="property_management_office", n=12, line="fixed", cust="enterprise", sms=38, smsk="property",
         tgt="midage", onnet=0.5, out=12, ans=0.8, hours="daytime", days="rain"),
    dict(kind="renovation_telesales", n=10, out=45, ans=0.3, dur=25, rej=0.45, hours="callcentre", seq=True,
         places=("xinzhuang", "zhenru")),
    dict(kind="waterproofing_repair", n=8, places=RES, move="district", out=14, ans=0.6, inb=14, days="rain", tin=3,
         amt=800),
    # ---- graduates and recruitment
    dict(kind="campus_recruiter_hr", n=25, places=CBD, out=20, tgt="grads", onnet=0.4, ans=0.6, dur=180, vid=0.12,
         hours="office", days="weekday", sms=5, smsk="hr", icb=0.15),
    dict(kind="headhunter", n=15, places=CBD, out=26, tgt="office", ans=0.55, dur=240, hours="office", days="weekday"),
    dict(kind="factory_labour_agent", n=10, places=("anting", "malu", "jiadingnew"), out=32, tgt="migrants",
         onnet=0.3, ans=0.55, dur=80, inb=18, sms=10, smsk="recruit"),
    dict(kind="university_career_office", n=5, line="fixed", cust="enterprise", sms=55, smsk="career",
         smst="clients", pool=300, ctgt="grads", conn=0.45, out=8, tgt="grads", hours="office", days="weekday"),
    dict(kind="dormitory_manager", n=8, places=CAMPUS, sms=24, smsk="dorm", smst="clients", pool=150,
         ctgt="students", conn=0.4, out=5, rep=4, days="grad"),
    dict(kind="exam_course_telesales", n=20, places=("xujiahui", "wujiaochang"), out=52, tgt="students", ans=0.35,
         dur=50, rej=0.4, seq=True, hours="callcentre"),
    dict(kind="teacher_zhongkao_notices", n=20, places=RES, sms=11, smsk="school", smst="clients", pool=45,
         ctgt="parents", conn=0.4, rep=3, days="zk", hours="daytime"),
    dict(kind="exam_authority_1069", n=2, line="short", nums=[1069099112345, 1069099113366], sms=380, smsk="gov",
         tgt="parents", onnet=0.5, data=0),
    dict(kind="tutoring_agency_sales", n=25, places=CBD + RES, out=33, tgt="parents", onnet=0.4, ans=0.5, dur=130,
         rep=6, pool=60, ctgt="parents", sms=9, smsk="tutor", tin=0.5, amt=8000, days="zk"),
    dict(kind="private_school_admissions", n=6, line="fixed", cust="enterprise", out=20, tgt="parents", ans=0.6,
         dur=200, tin=0.8, amt=15000, pool=40, ctgt="parents", days="zk", hours="office"),
    dict(kind="summer_camp_sales", n=10, places=CBD, out=28, tgt="parents", ans=0.45, dur=90, tin=0.7, amt=5000,
         sms=9, smsk="tutor"),
    dict(kind="study_abroad_consultant", n=8, places=CBD, out=14, tgt="parents", ans=0.6, dur=300, vid=0.05,
         intl=(44, 0.3, 0.4)),
    dict(kind="driving_school_coach", n=12, places=("jiuting", "nanxiang", "zhoupu", "meilong"), out=9,
         tgt="students", rep=8, pool=40, ctgt="students", tin=1, amt=4500, days="grad"),
    # ---- holiday and travel
    dict(kind="travel_agency_dragon_boat", n=15, places=CBD + TOURIST, out=22, rep=10, pool=80, ctgt="travellers",
         conn=0.5, ans=0.65, dur=100, sms=18, smsk="travel", smst="clients", tin=1.4, amt=3000, tout=0.7,
         days="preholiday"),
    dict(kind="airline_notice_1069", n=3, line="short", nums=[1069095530, 1069095524, 1069028812]
         , sms=280, smsk="airline", tgt="travellers", onnet=0.6, days="rain", data=0),
    dict(kind="hotel_front_desk", n=10, places=("bund", "disney", "hongqiaohub", "nanjingdong"), out=9, inb=11,
         sms=9, smsk="hotel", tin=2, amt=800, days="holiday"),
    dict(kind="homestay_host", n=10, places=("chengqiao", "baozhen", "zhujiajiao", "xinhe"), inb=11, ans=0.8, dur=80,
         tin=3.5, amt=900, tout=1.4, amt_out=600, sms=5, smsk="hotel", days="holiday"),
    dict(kind="tour_guide", n=10, places=("zhujiajiao", "bund", "yuyuan", "disney"), move="route", rep=10, pool=40,
         ans=0.85, dur=40, days="holiday"),
    dict(kind="disney_ticket_reseller", n=6, places=("disney", "chuansha"), inb=10, tin=7, amt=650, tout=2, out=5,
         plat=("xianyu",), days="holiday"),
    dict(kind="car_rental_holiday", n=8, places=("hongqiaohub", "pvg"), out=14, inb=10, tin=2, amt=1500,
         days="holiday"),
    dict(kind="pocket_wifi_rental", n=15, places=("pvg", "hongqiaoapt"), data=30, dbytes=5e7,
         roam="JP", roam_days=[10, 11, 12, 13], imei="module", cust="enterprise", ids="company"),
    dict(kind="bank_collections_centre", n=20, line="fixed", cust="enterprise", ids="company", out=65,
         rep=28, pool=200, ans=0.3, dur=70, rej=0.35, seq=True, hours="callcentre", sms=9, smsk="collect",
         smst="clients"),
    dict(kind="debt_collection_agency_voip", n=30, line="voip", cust="enterprise", ids="company",
         gw="SIPGW-MH-05", out=75, rep=28, pool=150, ans=0.25, dur=55, rej=0.4, seq=True, hours="callcentre",
         icb=0.05),
    dict(kind="consumer_finance_telesales", n=15, line="voip", cust="enterprise", ids="company", gw="SIPGW-PD-09",
         out=88, ans=0.22, dur=30, rej=0.45, seq=True, hours="callcentre"),
    dict(kind="bank_wealth_manager", n=15, places=("lujiazui", "jingansi"), rep=12, pool=60, ctgt="investors",
         conn=0.5, ans=0.75, dur=240, vid=0.03, hours="office", days="weekday"),
    dict(kind="securities_account_manager", n=10, places=("lujiazui",), out=20, tgt="investors", onnet=0.4,
         ans=0.5, dur=150, hours="office", days="weekday_only"),
    dict(kind="insurance_agent", n=25, places=RES + CBD, move="district", out=19, tgt="midage", rep=5, ans=0.5,
         dur=180, sms=3, smsk="tutor"),
    dict(kind="licensed_loan_broker", n=10, places=("xinzhuang", "jiuting", "nanxiang"), out=38, tgt="biz",
         onnet=0.3, ans=0.4, dur=70, rej=0.35, inb=6, tin=0.3, amt=2000),
    dict(kind="shop_collection_account", n=20, places=RES + TOURIST, tin=38, amt=45, label="account", data=2,
         out=2),
    dict(kind="small_business_payroll", n=15, places=SUBURB_I, tout=3, amt=6000, asig=0.3, label="account",
         days=[0, 0, 0, 0, 0, 0, 0, 10, 2, 0, 0, 0, 0, 0], pool=25, ctgt="migrants", conn=0.6, rep=2),
    dict(kind="family_cash_pool", n=10, places=RES, tin=1.2, amt=20000, tout=0.4, label="account", pool=8,
         conn=0.5, rep=1),
    dict(kind="pos_terminal", n=40, line="iot", places=TOURIST + ("qipu", "jiangqiao", "tongchuan"), data=18,
         dbytes=3e4, hours="biz", cust="enterprise", ids="company"),
    # ---- telecom
    dict(kind="operator_store_staff", n=12, places=("xujiahui", "jingansi", "lujiazui", "xinzhuang", "qibao",
         "chengqiao", "sjunitown", "jiadingnew"), out=11, ans=0.7, dur=60, inb=6),
    dict(kind="operator_5g_telemarketing", n=20, line="fixed", cust="enterprise", ids="company", out=78, ans=0.35,
         dur=60, rej=0.3, seq=True, hours="callcentre"),
    dict(kind="enterprise_staff_cards", n=30, cust="enterprise", ids="company", places=RES + CBD, move="district",
         out=9, ans=0.75, dur=30, data=6),
    dict(kind="secondhand_phone_seller", n=6, places=("shstation", "qipu"), churn=24, out=5, inb=5, tin=2, amt=1500),
    dict(kind="iot_shared_bike", n=60, line="iot", places=CITY, move="city", data=8, dbytes=2e4, hours="flat",
         cust="enterprise", ids="company"),
    dict(kind="iot_smart_meter", n=40, line="iot", places=RES, data=2, dbytes=5e3, hours="flat", cust="enterprise",
         ids="company"),
    dict(kind="iot_vehicle_tracker", n=30, line="iot", places=CITY + ("suzhou", "hangzhou"), move="city", data=24,
         dbytes=3e4, hours="flat", cust="enterprise", ids="company"),
    dict(kind="iot_alarm_panel", n=20, line="iot", places=RES, data=4, dbytes=1e4, sms=0.6, smsk="alarm",
         smst="clients", pool=2, hours="flat"),
    dict(kind="iot_elevator_monitor", n=20, line="iot", places=CBD + RES, data=6, dbytes=2e4, hours="flat",
         cust="enterprise", ids="company"),
    dict(kind="call_forwarding_secretary", n=8, places=CBD, inb=18, fwd=0.7, pool=3, out=5, hours="office"),
    dict(kind="boss_new_number", n=8, places=CBD, open_days=(-3, 9), sms=12, smsk="newnum", smst="clients", pool=40,
         ctgt="office", conn=0.5, rep=4, data=3, days=[0, 0, 0, .5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
    # ---- people and neighbourhoods
    dict(kind="night_security_guard", n=15, places=CBD + RES, hours="night", out=4, rep=3, pool=10, data=4),
    dict(kind="hospital_care_worker", n=12, places=("xujiahui", "jingansi", "zhongshanpark"), rep=6, pool=30, iinb=4,
         tin=0.5, amt=3000),
    dict(kind="filipino_domestic_helper", n=15, ids="passport", places=("gubei", "jinqiao", "lujiazui"),
         intl=(63, 1.5, 1.0), tout=0.1, amt=3000, rep=1, pool=5),
    dict(kind="foreign_exchange_student", n=12, ids="passport", places=CAMPUS, intl=(82, 0.5, 0.6), data=5,
         rep=1, pool=8, ctgt="students"),
    dict(kind="community_grid_worker", n=12, places=RES, out=14, tgt="elderly", onnet=0.4, ans=0.75, dur=150,
         sms=9, smsk="grid", hours="daytime"),
    dict(kind="community_police_officer", n=8, places=("laoximen", "changshou", "quyang", "daning"), out=10,
         tgt="elderly", onnet=0.4, ans=0.7, dur=240, hours="daytime"),
    dict(kind="hotline_12345_callback", n=6, line="fixed", cust="enterprise", out=24, ans=0.65, dur=200,
         hours="office"),
    dict(kind="parcel_claims_department", n=6, line="fixed", cust="enterprise", ids="company", out=19,
         tgt="shoppers", ans=0.6, dur=200, tout=3, amt=300, days="post618", hours="office"),
    dict(kind="zongzi_wholesaler", n=10, places=("jiangqiao", "tongchuan"), sms=14, smsk="group", smst="clients",
         pool=60, tin=7, amt=700, days="preholiday", out=11),
    dict(kind="seafood_wholesaler_night", n=10, places=("tongchuan",), hours="early", out=18, rep=14, pool=50,
         tin=6, amt=2500, tout=2),
    dict(kind="aircon_installer", n=15, places=RES, move="district", out=15, ans=0.75, dur=45, inb=8, days="rain",
         tin=2, amt=300),
    dict(kind="cloud_pbx_tenant", n=20, line="voip", cust="enterprise", gw="SIPGW-QP-12", out=24, ans=0.6,
         dur=90, inb=10, hours="office", days="weekday", icb=0.1),
    dict(kind="clinic_sms_modem_pool", n=8, imei="module", cust="enterprise", ids="company", places=("xujiahui",),
         sms=70, smsk="clinic", tgt="all", onnet=0.45, data=0, hours="daytime", days="weekday"),
    dict(kind="taxi_driver", n=25, places=CITY, move="city", inb=4, out=6, ans=0.85, dur=30, data=6),
    dict(kind="chongming_farm_stay_seller", n=8, places=("chenjia", "xinhe", "miaozhen"), out=8, inb=9, tin=3,
         amt=400, days="holiday", plat=("douyin",)),
]
