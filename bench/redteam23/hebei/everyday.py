"""Everyday traffic of every registered social line, day by day and vectorised: calls along the contact graph
and from off-net contacts, messages, service messages, network events, web visits, app sightings, payments,
salaries and pensions, and the platform accounts people registered over the years."""

from __future__ import annotations

import numpy as np

from . import catalog
from .social import PROF, PROF_HOURS
from .traffic import CH, EV, apps, device, drop_content, outcome, sms, texts, transfer, voice, web
from .world import DAY, World, hexstr, mix64, strcat

ANSWER = np.array([0.9, 0.78, 0.8, 0.8, 0.85, 0.75, 0.7, 0.85])
MEDIAN = np.array([75, 100, 95, 120, 60, 180, 240, 90], float)
PLATFORMS = ["wechat", "alipay", "douyin", "taobao", "pinduoduo", "meituan", "qq", "kuaishou", "jd", "12306", "didi",
             "xianyu"]
PLATFORM_P = np.array([30, 22, 18, 12, 12, 8, 8, 8, 6, 5, 3, 2], float)


class Graph:
    """Contact edges sorted by source, with cumulative weights for drawing a contact per call."""

    def __init__(self, src, dst, dsts, wt, kind, n):
        order = np.argsort(src, kind="stable")
        self.src, self.dst, self.dsts = src[order], dst[order], dsts[order]
        self.kind = kind[order]
        self.cum = np.cumsum(wt[order].astype(float))
        self.first = np.searchsorted(self.src, np.arange(n), "left")
        self.last = np.searchsorted(self.src, np.arange(n), "right")
        self.base = np.where(self.first > 0, self.cum[np.maximum(self.first - 1, 0)], 0.0)
        self.tot = np.where(self.last > self.first, self.cum[np.maximum(self.last - 1, 0)] - self.base, 0.0)
        self.has = self.last > self.first

    def pick(self, rng, s) -> np.ndarray:
        u = self.base[s] + rng.random(len(s)) * self.tot[s]
        e = np.searchsorted(self.cum, u, "right")
        return np.clip(e, self.first[s], self.last[s] - 1)


class Everyday:
    def __init__(self, w: World):
        self.w = w
        self.rng = w.rng("everyday")
        self.prepare()

    def graph(self) -> None:
        w = self.w
        L = w.social.lines
        self.L = {k: L[k] for k in L.cols}
        self.n = L.n
        E = w.social.edges
        src, dst, dsts, wt, kind = E["src"], E["dst"], E["dsts"], E["w"], E["kind"]
        self.g = Graph(src, dst, dsts, wt, kind, self.n)
        off = dsts < 0
        self.goff = Graph(src[off], dst[off], dsts[off], wt[off], kind[off], self.n)

    # where a line is at time t on day d: home, work, a trip, abroad; -1 cell when out of our network
    def where(self, s, t, d):
        w, L, rng = self.w, self.L, self.rng
        hour = w.hour_of(t)
        cell = L["home"][s].copy()
        work = L["work"][s]
        at_work = (work != -1) & (not w.weekend(d)) & (hour >= 8) & (hour < 18) & (rng.random(len(s)) < 0.9)
        cell[at_work] = work[at_work]
        trip = (L["trip0"][s] <= d) & (d <= L["trip1"][s])
        td = trip & (L["trip_dist"][s] >= 0)
        if td.any():
            dd = L["trip_dist"][s][td]
            h = mix64(s[td] * 1000 + d, 99).astype(np.int64) & 0xFFFF
            cell[td] = (w.dist_start[dd] + h % w.dist_len[dd]).astype(np.int32)
        roam = np.where(trip & (L["trip_cc"][s] >= 0), L["trip_cc"][s], -1).astype(np.int16)
        cell[roam >= 0] = -1
        cell[cell == -2] = -1
        return w.near(rng, cell, 0.12), roam

    def run(self) -> None:
        self.graph()
        for d in range(self.w.days):
            self.day(d)
        self.salaries()
        self.platform_accounts()

    def times(self, s, d):
        t = np.zeros(len(s), np.int64)
        prof = self.L["prof"][s]
        for p, name in enumerate(PROF_HOURS):
            m = prof == p
            if m.any():
                t[m] = self.w.times(self.rng, np.full(m.sum(), d), name)
        return t

    def draws(self, rate, d, extra=None):
        L = self.L
        active = (L["d0"] <= d) & (d <= L["d1"])
        lam = rate * active
        if extra is not None:
            lam = lam * extra
        k = self.rng.poisson(lam)
        return np.repeat(np.arange(self.n), k)

    def reachable(self, s, d):
        """Drop contacts whose card is not opened yet on day d."""
        e = self.g.pick(self.rng, s)
        dsts = self.g.dsts[e]
        ok = (dsts < 0) | (self.L["d0"][np.maximum(dsts, 0)] <= d)
        return s[ok], e[ok]

    def day(self, d: int) -> None:
        w, L, rng = self.w, self.L, self.rng
        wk = bool(w.weekend(d))
        flood = (d >= 3) & (d <= 6)
        fac = np.where(L["prof"] == PROF["office"], 0.25 if wk else 1.0, 0.9 if wk else 1.0)
        if flood:
            fac = fac * np.where(np.isin(w.cell_dist[np.maximum(L["home"], 0)],
                                         [w.dist("bd_mountain"), w.dist("xt_west"), w.dist("xa_anxin")]), 1.6, 1.05)
        # ---- outbound calls along the graph ----
        s = self.draws(L["rc"], d, fac * self.g.has)
        s, e = self.reachable(s, d)
        t = self.times(s, d)
        kind = self.g.kind[e]
        dsts = self.g.dsts[e]
        callee = self.g.dst[e]
        cell, roam = self.where(s, t, d)
        ccell = np.full(len(s), -1, np.int32)
        on = dsts >= 0
        ccell[on] = self.where(dsts[on], t[on], d)[0]
        ccell[on & (L["d1"][np.maximum(dsts, 0)] < d)] = -1  # visitors gone home
        med = MEDIAN[kind] * np.where(L["prof"][s] == PROF["elderly"], 1.3, 1.0)
        res, dur, ring = outcome(rng, len(s), ANSWER[kind], med)
        video = (rng.random(len(s)) < 0.025) & L["smart"][s] & (kind <= 1)
        fx = L["fixedline"][s]
        ccell[(dsts >= 0) & L["fixedline"][np.maximum(dsts, 0)]] = -1
        voice(w, t, L["msisdn"][s], callee, res, dur, ring, np.where(fx, -1, L["imei"][s]),
              np.where(fx, -1, L["imsi"][s]), np.where(fx, -1, cell), ccell, roam, media=video.astype(np.int8))
        # ---- incoming calls from off-net contacts ----
        s = self.draws(L["ri"], d, fac * self.goff.has)
        t = self.times(s, d)
        e = self.goff.pick(rng, s)
        kind = self.goff.kind[e]
        cell, _ = self.where(s, t, d)
        cell[L["fixedline"][s]] = -1
        res, dur, ring = outcome(rng, len(s), ANSWER[kind], MEDIAN[kind])
        voice(w, t, self.goff.dst[e], L["msisdn"][s], res, dur, ring, callee_cell=cell)
        # ---- person-to-person messages ----
        s = self.draws(L["rs"], d, self.g.has)
        s, e = self.reachable(s, d)
        t = self.times(s, d)
        cell, roam = self.where(s, t, d)
        n = len(s)
        content = drop_content(rng, self.p2p[rng.integers(0, len(self.p2p), n)], 0.2)
        fx = L["fixedline"][s]
        sms(w, t, L["msisdn"][s], self.g.dst[e], content, np.where(fx, -1, L["imei"][s]), cell, roam)
        # ---- service messages received ----
        s = self.draws(np.where(L["line"] >= 0, 0.55, 0.1) * ~L["fixedline"], d)
        t = self.w.times(rng, np.full(len(s), d), "shop")
        pick = rng.integers(0, len(self.a2p_code), len(s))
        sms(w, t, self.a2p_port[pick], L["msisdn"][s], drop_content(rng, self.a2p_code[pick], 0.05))
        # ---- network events ----
        mob = ~L["fixedline"]
        s = self.draws(L["rd"] * mob, d)
        t = self.times(s, d)
        cell, roam = self.where(s, t, d)
        nb = np.clip(rng.lognormal(np.log(2.5e6), 1.4, len(s)), 2000, 3e9).astype(np.int64)
        device(w, t, L["msisdn"][s], L["imsi"][s], L["imei"][s], cell, EV["data_session"], roam, nb)
        commute = (L["work"] >= 0) & (not wk)
        s = self.draws(mob * (0.3 + 1.2 * commute), d)
        t = self.times(s, d)
        cell, roam = self.where(s, t, d)
        device(w, t, L["msisdn"][s], L["imsi"][s], L["imei"][s], cell, EV["location_update"], roam)
        s = self.draws(mob * 0.15, d)
        t = self.times(s, d)
        cell, roam = self.where(s, t, d)
        device(w, t, L["msisdn"][s], L["imsi"][s], L["imei"][s], cell, EV["attach"], roam)
        s = self.draws(mob * np.where(L["prof"] == PROF["elderly"], 0.15, 0.05), d)
        t_off = w.start + d * DAY + rng.integers(22 * 3600, 24 * 3600, len(s))
        t_on = w.start + (d + 1) * DAY + rng.integers(6 * 3600, 8 * 3600, len(s))
        cell, roam = self.where(s, t_off, d)
        device(w, t_off, L["msisdn"][s], L["imsi"][s], L["imei"][s], cell, EV["power_off"], roam)
        device(w, t_on, L["msisdn"][s], L["imsi"][s], L["imei"][s], cell, EV["power_on"], roam)
        # ---- web and apps ----
        s = self.draws(L["rw"], d)
        t = self.times(s, d)
        dom = rng.choice(len(self.dom_code), len(s), p=self.dom_p)
        ipk = rng.integers(0, 3, len(s))
        url = np.where(rng.random(len(s)) < 0.35, self.dom_url[dom, rng.integers(0, 3, len(s))], -1)
        nb = np.clip(rng.lognormal(np.log(4e5), 1.5, len(s)), 300, 5e8).astype(np.int64)
        web(w, t, L["msisdn"][s], self.dom_code[dom], url, self.dom_ip[dom, ipk], nb,
            np.where(rng.random(len(s)) < 0.7, self.dom_app[dom], -1))
        s = self.draws(L["ra"], d)
        t = self.times(s, d)
        a = rng.choice(len(self.app_code), len(s), p=self.app_p)
        apps(w, t, L["msisdn"][s], self.app_code[a], 1)
        s = self.draws(L["ra"] * 0.04, d)
        t = self.times(s, d)
        a = rng.choice(len(self.app_code), len(s), p=self.app_p)
        apps(w, t, L["msisdn"][s], self.app_code[a], 0, self.app_src[a, rng.integers(0, 3, len(s))])
        # ---- payments ----
        s = self.draws(L["rx"] * (L["acct"] >= 0), d)
        self.payments(s, d)

    def payments(self, s, d) -> None:
        w, L, rng = self.w, self.L, self.rng
        n = len(s)
        t = self.times(s, d)
        e = self.g.pick(rng, s) if n else np.zeros(0, np.int64)
        dsts = self.g.dsts[e] if n else e
        kind = self.g.kind[e] if n else e
        dacct = np.where(dsts >= 0, L["acct"][np.maximum(dsts, 0)], -1)
        p2p = (dacct >= 0) & np.isin(kind, [0, 1, 5]) & (rng.random(n) < 0.55)
        r = rng.random(n)
        util = ~p2p & (r < 0.1)
        dst = np.where(p2p, dacct, w.merchants[rng.integers(0, len(w.merchants), n)])
        dst = np.where(util, w.utilities[rng.integers(0, len(w.utilities), n)], dst)
        amt = np.where(p2p, np.where(kind == 0, rng.lognormal(np.log(450), 1.0, n), rng.lognormal(np.log(200), 1.1, n)),
                       np.where(util, rng.lognormal(np.log(150), 0.5, n), rng.lognormal(np.log(55), 1.1, n)))
        roundp = p2p & (rng.random(n) < 0.6)
        amt = np.where(roundp, np.maximum(np.round(amt, -2), 50), np.round(amt, 2))
        eld = L["prof"][s] == PROF["elderly"]
        r = rng.random(n)
        ch = np.select([r < np.where(eld, 0.2, 0.03), r < np.where(eld, 0.28, 0.06), r < 0.2],
                       [CH["counter"], CH["atm"], CH["third_party"]], CH["mobile_app"])
        init = np.where((ch == CH["mobile_app"]) | (ch == CH["third_party"]), L["msisdn"][s], -1)
        transfer(w, t, L["acct"][s], dst, amt, ch, init)

    def salaries(self) -> None:
        """Pay day on 31 July or 5 August for many workers; pensions on 6 August."""
        w, L, rng = self.w, self.L, self.rng
        worker = (L["work"] != -1) & (L["acct"] >= 0) & (L["group"] == 0)
        s = np.nonzero(worker)[0]
        day = np.where(rng.random(len(s)) < 0.5, 5, 10)
        keep = (rng.random(len(s)) < 0.8) & (day < w.days)
        s, day = s[keep], day[keep]
        t = w.start + day * DAY + rng.integers(9 * 3600, 16 * 3600, len(s))
        emp = w.employers[mix64(L["work"][s].astype(np.int64), 5).astype(np.int64) % len(w.employers)]
        amt = np.round(rng.lognormal(np.log(5200), 0.4, len(s)), 2)
        transfer(w, t, emp, L["acct"][s], amt, CH["counter"])
        if w.days > 11:
            s = np.nonzero((L["prof"] == PROF["elderly"]) & (L["acct"] >= 0) & (L["group"] == 0))[0]
            s = s[rng.random(len(s)) < 0.85]
            t = w.start + 11 * DAY + rng.integers(6 * 3600, 10 * 3600, len(s))
            transfer(w, t, np.full(len(s), w.utilities[0]), L["acct"][s],
                     np.round(rng.lognormal(np.log(2300), 0.5, len(s)), 2), CH["counter"])

    def platform_accounts(self) -> None:
        w, L, rng = self.w, self.L, self.rng
        s = np.nonzero((L["line"] >= 0) & L["smart"])[0]
        k = 2 + rng.poisson(2.2, len(s))
        src = np.repeat(s, k)
        plat = rng.choice(len(PLATFORMS), len(src), p=PLATFORM_P / PLATFORM_P.sum())
        key = src * 100 + plat
        _, first = np.unique(key, return_index=True)
        first.sort()
        src, plat = src[first], plat[first]
        ot = w.lines["open_time"][L["line"][src]]
        span = np.maximum(w.start - ot, 3600)
        newc = ot >= w.start - 30 * DAY
        reg = np.where(newc, ot + rng.integers(600, 5 * DAY, len(src)), ot + (rng.random(len(src)) * span).astype(np.int64))
        reg = np.minimum(reg, w.end - 3600)
        register(w, rng, L["msisdn"][src], plat, reg, np.where(rng.random(len(src)) < 0.01, 2, 0))

    # ---- vocabularies used above ----
    def prepare(self) -> None:
        w, rng = self.w, self.rng
        self.p2p = w.voc("text").codes(catalog.P2P_TEXTS)
        ports, codes = [], []
        for port, tpls in catalog.A2P.items():
            k = 10 if len(tpls) > 1 else 5
            c = texts(w, rng, tpls, k)
            codes.append(c)
            ports.append(np.full(k, int(port)))
        self.a2p_port = np.concatenate(ports)
        self.a2p_code = np.concatenate(codes)
        dv, uv, iv, av = w.voc("domain"), w.voc("url"), w.voc("ip"), w.voc("app")
        app_of = {d: p for p, _, d in catalog.APPS}
        self.dom_code = dv.codes([d for d, _, _ in catalog.DOMAINS])
        p = np.array([x for _, x, _ in catalog.DOMAINS], float)
        self.dom_p = p / p.sum()
        paths = ["/", "/index.html", "/s?wd=%E5%A4%A9%E6%B0%94", "/video/", "/m/home", "/api/v2/feed", "/login",
                 "/item/", "/news/hebei"]
        self.dom_url = np.array([[uv.code(f"https://{d}{paths[(i * 3 + j) % len(paths)]}") for j in range(3)]
                                 for i, (d, _, _) in enumerate(catalog.DOMAINS)])
        self.dom_ip = np.array([[iv.code(f"{pre}.{(i * 37 + j * 71) % 250 + 2}") for j in range(3)]
                                for i, (_, _, pre) in enumerate(catalog.DOMAINS)])
        self.dom_app = np.array([av.code(app_of[d]) if d in app_of else -1 for d, _, _ in catalog.DOMAINS])
        self.app_code = av.codes([a for a, _, _ in catalog.APPS])
        p = np.array([x for _, x, _ in catalog.APPS], float)
        self.app_p = p / p.sum()
        self.app_src = np.array([[uv.code(u) for u in (f"https://appgallery.huawei.com/app/{a}",
                                                       f"https://app.mi.com/details?id={a}",
                                                       f"https://sj.qq.com/appdetail/{a}")]
                                 for a, _, _ in catalog.APPS])


def register(w: World, rng, msisdn, plat, reg_time, status) -> np.ndarray:
    """Platform accounts registered with these numbers; returns the account names."""
    h = mix64(np.asarray(msisdn, np.int64) * 31 + plat, w.seed + 77)
    names = np.array(PLATFORMS)[plat]
    acc = strcat(names.astype("U2"), "_", hexstr(h, 12))
    acc = np.where(plat == 0, strcat("wxid_", hexstr(h, 14)), acc)
    acc = np.where(plat == 1, strcat("2088", (h % np.uint64(10 ** 12)).astype(np.int64).astype(str)), acc)
    acc = np.where(plat == 6, ((h % np.uint64(9 * 10 ** 9)) + np.uint64(10 ** 8)).astype(np.int64).astype(str), acc)
    w.sink.add("internet_accounts", platform=plat.astype(np.int16), account=acc, msisdn=np.asarray(msisdn, np.int64),
               register_time=np.asarray(reg_time, np.int64), status=np.asarray(status, np.int8))
    return acc
