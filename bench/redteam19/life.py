"""Everyday records of the ordinary population, made in bulk with NumPy: calls and messages along ties,
service messages, data sessions and moves between cells, web visits, app use and store installs,
payments and family transfers, pay day, and the platform accounts people registered over the years.
"""

from __future__ import annotations

import numpy as np
from output import Tables
from people import PROFILE_CDF, PROFILES, SEG, SEGMENTS, Population
from texts import A2P, APPS, DOMAINS, P2P, STATIONS, STORES
from world import DATES, DAY, DAY_FACTOR, DAYS, DETECT_FIRST, GW_FIRST, MID_AUTUMN, T0, WORKDAY

_LEISURE = PROFILES.index("leisure")


class Life:
    def __init__(self, pop: Population, tables: Tables, rng: np.random.Generator) -> None:
        self.p, self.t, self.rng = pop, tables, rng
        n = pop.n
        seg = pop.seg
        self.base_prof = np.array([PROFILES.index(SEGMENTS[s][4]) for s in SEGMENTS], dtype=np.int64)[seg]
        self.leisure_ok = np.isin(seg, [SEG[s] for s in ("office", "civil", "student", "teen", "service")])
        self.activity = rng.lognormal(0, 0.55, n)
        self.activity[pop.is_second] *= 0.35
        self.mobile = pop.line_type == "mobile"
        self.cell_ids = pop.w.cell_ids
        self.group = np.where(np.isin(seg, list(pop_young())), 0, np.where(np.isin(seg, [SEG["elderly"], SEG["farmer"]]), 2, 1))
        self.feature = np.array([(m is not None and m[:8] in ("35209500", "86105800")) for m in pop.imei])

    # --- helpers ---
    def spread(self, rate: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Events per card-day from a (cards x days) rate matrix: card and day of each event."""
        cnt = self.rng.poisson(rate.ravel())
        flat = np.repeat(np.arange(rate.size), cnt)
        card, day = flat // DAYS, flat % DAYS
        p = self.p
        keep = ~((day >= p.off_a0[card]) & (day < p.off_a1[card]))
        return card[keep], day[keep]

    def times(self, card: np.ndarray, day: np.ndarray) -> np.ndarray:
        prof = self.base_prof[card]
        prof = np.where(~WORKDAY[day] & self.leisure_ok[card], _LEISURE, prof)
        u = self.rng.random(len(card))
        hour = np.zeros(len(card), dtype=np.int64)
        for k in range(len(PROFILES)):
            m = prof == k
            hour[m] = np.searchsorted(PROFILE_CDF[k], u[m])
        hour = np.minimum(hour, 23)
        return T0 + day * DAY + hour * 3600 + self.rng.integers(0, 3600, len(card))

    def cells(self, card: np.ndarray, t: np.ndarray) -> np.ndarray:
        return self.cell_ids[self.p.cell_at(card, t)]

    def imeis(self, card: np.ndarray, t: np.ndarray) -> np.ndarray:
        p = self.p
        return np.where((t - T0) // DAY >= p.new_imei_day[card], p.new_imei[card], p.imei[card])

    def imsis(self, card: np.ndarray, t: np.ndarray) -> np.ndarray:
        p = self.p
        return np.where((t - T0) // DAY >= p.new_imei_day[card], p.new_imsi[card], p.imsi[card])

    def pick_tie(self, card: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        u = self.rng.random(len(card))
        slot = (self.p.tie_cdf[card] < u[:, None]).sum(axis=1)
        slot = np.minimum(slot, self.p.tie.shape[1] - 1)
        return self.p.tie[card, slot], self.p.tie_fam[card, slot]

    # --- the record types ---
    def run(self) -> None:
        self.voice()
        self.sms()
        self.device()
        self.web_apps()
        self.transfers()
        self.accounts()

    def voice(self) -> None:
        p, rng = self.p, self.rng
        base = np.array([s[3] for s in SEGMENTS.values()])[p.seg] * self.activity
        rate = base[:, None] * DAY_FACTOR[None, :] * 0.95
        # shops and offices' fixed lines are quiet on holidays
        rate[p.line_type == "fixed"] *= np.where(WORKDAY, 1.0, 0.35)[None, :]
        card, day = self.spread(rate)
        t = self.times(card, day)
        n = len(card)
        tie, fam = self.pick_tie(card)
        svc = rng.random(n) < 0.16
        ours = (tie >= 0) & ~svc
        callee = np.where(ours, p.msisdn[np.maximum(tie, 0)], p.ext[np.maximum(-1 - tie, 0)])
        callee = np.where(svc, p.services[rng.integers(0, len(p.services), n)], callee)
        fixed_caller = p.line_type[card] == "fixed"
        ccell = np.where(fixed_caller, None, self.cells(card, t))
        kcell = np.where(ours, self.cells(np.maximum(tie, 0), t), None)
        self._calls(t, p.msisdn[card], callee, fam & ~svc, p.seg[card], svc, ccell, kcell,
                    np.where(fixed_caller, None, self.imeis(card, t)), self.imsis(card, t),
                    np.where(fixed_caller, "fixed", "mobile"))
        # incoming calls from other operators' numbers (relatives, friends, shops, delivery, marketing)
        rate_in = (0.35 + 0.5 * self.activity)[:, None] * DAY_FACTOR[None, :] * 0.85
        rate_in[p.line_type == "fixed"] *= 2.0
        card, day = self.spread(rate_in)
        t = self.times(card, day)
        n = len(card)
        slot = rng.integers(12, 20, n)
        misc = rng.random(n) < 0.22
        caller = np.where(misc, p.misc[rng.integers(0, len(p.misc), n)], p.ext[-1 - p.tie[card, slot]])
        fam = (slot < 14) & ~misc
        kcell = np.where(p.line_type[card] == "fixed", None, self.cells(card, t))
        ext_fixed = np.char.str_len(caller.astype(str)) < 13
        self._calls(t, caller, p.msisdn[card], fam, p.seg[card], misc, None, kcell, None, None,
                    np.where(ext_fixed, "fixed", "mobile"))

    def _calls(self, t, caller, callee, fam, seg, svc, ccell, kcell, imei, imsi, ctype) -> None:
        rng = self.rng
        n = len(t)
        ans_p = np.where(svc, 0.72, 0.86)
        ans_p = np.where(seg == SEG["elderly"], ans_p - 0.05, ans_p)
        answered = rng.random(n) < ans_p
        med = np.where(fam, 140.0, 65.0) * np.where(seg == SEG["elderly"], 1.6, 1.0) * np.where(svc, 0.8, 1.0)
        dur = np.minimum(np.exp(np.log(med) + rng.normal(0, 1.0, n)), 5400).astype(np.int64) + 1
        r = rng.random(n)
        result = np.where(answered, "answered", np.where(r < 0.7, "no_answer", np.where(r < 0.85, "busy", "rejected")))
        ring = np.where(answered, rng.integers(2, 16, n), np.where(result == "no_answer", rng.integers(20, 46, n),
                        rng.integers(0, 9, n)))
        media = np.where(answered & fam & (rng.random(n) < 0.012), "video", "voice")
        self.t.chunk("voice", start_time=t, caller=caller, callee=callee, duration_s=np.where(answered, dur, 0),
                     ring_s=ring, result=result.astype(object), caller_imei=imei, caller_imsi=imsi, caller_cell=ccell,
                     callee_cell=kcell, call_type=np.asarray(ctype, dtype=object) if not isinstance(ctype, str)
                     else np.full(n, ctype, dtype=object), media=media.astype(object))

    def sms(self) -> None:
        p, rng = self.p, self.rng
        mob = self.mobile
        young = np.isin(p.seg, list(pop_young()))
        rate = np.where(mob, 0.18 + 0.1 * young, 0)[:, None] * DAY_FACTOR[None, :] * self.activity[:, None]
        rate[:, MID_AUTUMN] *= 2.5
        rate[:, GW_FIRST] *= 2.0
        card, day = self.spread(rate)
        t = self.times(card, day)
        n = len(card)
        tie, _ = self.pick_tie(card)
        recv = np.where(tie >= 0, p.msisdn[np.maximum(tie, 0)], p.ext[np.maximum(-1 - tie, 0)])
        text = np.array(P2P, dtype=object)[rng.integers(0, len(P2P), n)]
        text[day == MID_AUTUMN] = "中秋快乐,阖家团圆！"
        self.t.chunk("sms", send_time=t, sender=p.msisdn[card], receiver=recv, content=text,
                     sender_imei=self.imeis(card, t), sender_cell=self.cells(card, t))
        # from relatives and friends on other operators
        rate = np.where(mob, 0.12, 0)[:, None] * DAY_FACTOR[None, :] * np.ones((1, DAYS))
        card, day = self.spread(rate)
        t = self.times(card, day)
        n = len(card)
        snd = p.ext[-1 - p.tie[card, rng.integers(12, 20, n)]]
        self.t.chunk("sms", send_time=t, sender=snd, receiver=p.msisdn[card],
                     content=np.array(P2P, dtype=object)[rng.integers(0, len(P2P), n)])
        # service messages: bank notices, codes, parcels, tickets, the operator, anti-fraud reminders
        rate = np.where(mob & ~self.feature, 0.85, np.where(mob, 0.3, 0))[:, None] * np.ones((1, DAYS))
        card, day = self.spread(rate)
        t = self.times(card, day)
        n = len(card)
        k = rng.integers(0, len(A2P), n)
        # the anti-fraud reminders go out in a few waves only
        k = np.where((k >= 13) & (k <= 14) & (rng.random(n) < 0.6), rng.integers(0, 13, n), k)
        vals = dict(n4=rng.integers(1000, 9999, n), code=rng.integers(100000, 999999, n),
                    amt=np.round(np.exp(rng.normal(4.5, 1.3, n)), 2), bal=np.round(np.exp(rng.normal(8.5, 1.5, n)), 2),
                    pick=rng.integers(1, 30, n), gb=np.round(rng.uniform(1, 40, n), 1), left=np.round(rng.uniform(0, 30, n), 1),
                    train=rng.integers(1, 3000, n), order=rng.integers(10**8, 10**9, n))
        io = np.where(rng.random(n) < 0.75, "支出", "收入")
        st = rng.integers(0, len(STATIONS), n)
        texts = []
        for j in range(n):
            lt = t[j] + 8 * 3600
            ds = DATES[(t[j] - T0) // DAY]
            md = f"{ds[5:7]}月{ds[8:]}日"
            hm = f"{(lt % DAY) // 3600:02d}:{(lt % 3600) // 60:02d}"
            texts.append(A2P[k[j]][1].format(n4=vals["n4"][j], md=md, hm=hm, io=io[j], amt=vals["amt"][j],
                                             bal=vals["bal"][j], code=vals["code"][j], station=STATIONS[st[j]],
                                             pick=f"{vals['pick'][j]}-{vals['n4'][j] % 9 + 1}-{vals['code'][j] % 9000}",
                                             gb=vals["gb"][j], left=vals["left"][j], order=vals["order"][j],
                                             name="旅客", train=vals["train"][j], seat="二等座"))
        senders = np.array([a[0] for a in A2P], dtype=object)[k]
        self.t.chunk("sms", send_time=t, sender=senders, receiver=p.msisdn[card], content=np.array(texts, dtype=object))

    def device(self) -> None:
        p, rng = self.p, self.rng
        mob = self.mobile
        r = np.where(p.seg == SEG["elderly"], 0.8, np.where(np.isin(p.seg, list(pop_young())), 2.8, 2.0))
        r = np.where(self.feature, 0.05, r) * np.where(mob, 1, 0) * np.clip(self.activity, 0.3, 2.5)
        card, day = self.spread(r[:, None] * np.ones((1, DAYS)))
        t = self.times(card, day)
        n = len(card)
        self.t.chunk("device", time=t, msisdn=p.msisdn[card], imsi=self.imsis(card, t), imei=self.imeis(card, t),
                     cell=self.cells(card, t), event=np.full(n, "data_session", dtype=object),
                     bytes=np.exp(rng.normal(15.5, 1.6, n)).astype(np.int64))
        # moving between home and work on working days
        has_work = (p.work >= 0) & mob & (p.seg != SEG["coal"])
        card, day = np.nonzero(has_work[:, None] & WORKDAY[None, :])
        for h0 in (8, 18):
            t = T0 + day * DAY + h0 * 3600 + rng.integers(0, 3600, len(card)) - 1800
            self.t.chunk("device", time=t, msisdn=p.msisdn[card], imsi=self.imsis(card, t), imei=self.imeis(card, t),
                         cell=self.cells(card, t + 900), event=np.full(len(card), "location_update", dtype=object))
        coal = np.flatnonzero((p.seg == SEG["coal"]) & mob)
        card, day = np.repeat(coal, DAYS), np.tile(np.arange(DAYS), len(coal))
        for off in (0, 8):
            t = T0 + day * DAY + (p.shift[card] + off) * 3600 + rng.integers(-1200, 1200, len(card))
            ok = (t >= T0) & (t < T0 + DAYS * DAY)
            c2, t2 = card[ok], t[ok]
            self.t.chunk("device", time=t2, msisdn=p.msisdn[c2], imsi=self.imsis(c2, t2), imei=self.imeis(c2, t2),
                         cell=self.cells(c2, t2 + 600), event=np.full(len(c2), "location_update", dtype=object))
        # some people switch the phone off at night
        off = np.flatnonzero(mob & (rng.random(p.n) < 0.09))
        card, day = np.repeat(off, DAYS - 1), np.tile(np.arange(DAYS - 1), len(off))
        t_off = T0 + day * DAY + 22 * 3600 + rng.integers(0, 7200, len(card))
        t_on = T0 + (day + 1) * DAY + 6 * 3600 + rng.integers(0, 5400, len(card))
        for tt, ev in ((t_off, "power_off"), (t_on, "power_on")):
            self.t.chunk("device", time=tt, msisdn=p.msisdn[card], imsi=self.imsis(card, tt), imei=self.imeis(card, tt),
                         cell=self.cells(card, tt), event=np.full(len(card), ev, dtype=object))
        # arriving somewhere else for the holiday and coming back
        trav = np.flatnonzero(mob & (p.a0 < DAYS))
        for dd, ev in ((p.a0, "attach"), (p.a1, "attach")):
            card = trav[dd[trav] < DAYS]
            t = T0 + dd[card] * DAY + rng.integers(9 * 3600, 20 * 3600, len(card))
            self.t.chunk("device", time=t, msisdn=p.msisdn[card], imsi=self.imsis(card, t), imei=self.imeis(card, t),
                         cell=self.cells(card, t), event=np.full(len(card), ev, dtype=object))

    def web_apps(self) -> None:
        p, rng = self.p, self.rng
        ok = self.mobile & ~self.feature
        r = np.where(self.group == 0, 1.6, np.where(self.group == 2, 0.45, 1.0)) * ok
        card, day = self.spread((r * np.clip(self.activity, 0.3, 2.5))[:, None] * np.ones((1, DAYS)))
        t = self.times(card, day)
        n = len(card)
        g = self.group[card]
        k = np.zeros(n, dtype=np.int64)
        for gi in range(3):
            w = np.array([d[3][gi] for d in DOMAINS], dtype=float)
            m = g == gi
            k[m] = rng.choice(len(DOMAINS), size=m.sum(), p=w / w.sum())
        dom = np.array([d[0] for d in DOMAINS], dtype=object)[k]
        paths = np.array(["/", "/index.html", "/search", "/item", "/video", "/news", "/m/", "/login"], dtype=object)
        url = "https://" + dom + paths[rng.integers(0, len(paths), n)]
        self.t.chunk("web", time=t, msisdn=p.msisdn[card], domain=dom, url=url,
                     ip=np.array([d[1] for d in DOMAINS], dtype=object)[k],
                     bytes=np.exp(rng.normal(11, 1.5, n)).astype(np.int64),
                     app=np.array([d[2] for d in DOMAINS], dtype=object)[k])
        # trip planners look up tickets on the official sites before going
        trip = np.flatnonzero(ok & ((p.dtrip_day < DAYS) | (p.a0 < DAYS)) & (rng.random(p.n) < 0.6))
        for i in trip:
            go = min(int(p.dtrip_day[i]), int(p.a0[i]))
            for _ in range(int(rng.integers(1, 4))):
                tt = T0 + max(0, go - int(rng.integers(1, 4))) * DAY + int(rng.integers(8 * 3600, 23 * 3600))
                dom = ["www.12306.cn", "www.bmy.com.cn", "www.huashan.com.cn", "www.ctrip.com"][int(rng.integers(4))]
                self.t.add("web", time=tt, msisdn=p.msisdn[i], domain=dom, url=f"https://{dom}/ticket",
                           ip=next(d[1] for d in DOMAINS if d[0] == dom), bytes=int(rng.integers(20000, 900000)))
        # app use and store installs
        card, day = self.spread((0.35 * ok * np.clip(self.activity, 0.3, 2.5))[:, None] * np.ones((1, DAYS)))
        t = self.times(card, day)
        n = len(card)
        g = self.group[card]
        k = np.zeros(n, dtype=np.int64)
        for gi in range(3):
            w = np.array([a[1 + gi] for a in APPS], dtype=float)
            m = g == gi
            k[m] = rng.choice(len(APPS), size=m.sum(), p=w / w.sum())
        pk = np.array([a[0] for a in APPS], dtype=object)
        self.t.chunk("apps", time=t, msisdn=p.msisdn[card], app=pk[k], event=np.full(n, "use", dtype=object))
        card, day = self.spread((0.02 * ok)[:, None] * np.ones((1, DAYS)))
        t = self.times(card, day)
        n = len(card)
        k = rng.integers(0, len(APPS), n)
        store = rng.integers(0, len(STORES), n)
        src = np.array([STORES[s].format(p=pk[a]) for s, a in zip(store, k, strict=True)], dtype=object)
        self.t.chunk("apps", time=t, msisdn=p.msisdn[card], app=pk[k], event=np.full(n, "install", dtype=object),
                     source_url=src)

    def transfers(self) -> None:
        p, rng = self.p, self.rng
        first = ~p.is_second
        r = np.where(p.seg == SEG["bizline"], 0, np.where(p.seg == SEG["elderly"], 0.06, 0.16)) * first
        rate = r[:, None] * np.ones((1, DAYS))
        rate[:, MID_AUTUMN] *= 2.0
        card, day = self.spread(rate)
        t = self.times(card, day)
        n = len(card)
        shops = np.array(sorted(p.shop_account.values()), dtype=object)
        kind = rng.choice(4, size=n, p=[0.52, 0.3, 0.15, 0.03])
        tie, _ = self.pick_tie(card)
        to_person = np.where(tie >= 0, p.account[np.maximum(tie, 0)], p.ext_accounts[rng.integers(0, len(p.ext_accounts), n)])
        to = np.where(kind == 0, shops[rng.integers(0, len(shops), n)],
                      np.where(kind == 1, to_person, p.platform_accounts[rng.integers(0, len(p.platform_accounts), n)]))
        amt = np.where(kind == 0, np.exp(rng.normal(3.4, 0.9, n)), np.where(kind == 1, np.exp(rng.normal(5.8, 1.0, n)),
                       np.exp(rng.normal(4.3, 1.0, n))))
        amt = np.where(kind == 1, np.round(amt, -1), np.round(amt, 2))
        amt = np.where(amt <= 0, 10.0, amt)
        same = to == p.account[card]
        to = np.where(same, p.ext_accounts[rng.integers(0, len(p.ext_accounts), n)], to)
        elder = p.seg[card] == SEG["elderly"]
        channel = np.where(elder & (rng.random(n) < 0.4), "counter", "mobile_app")
        self.t.chunk("transfers", time=t, from_account=p.account[card], to_account=to, amount=amt,
                     currency=np.full(n, "CNY", dtype=object), channel=channel.astype(object),
                     initiated_msisdn=np.where(channel == "mobile_app", p.msisdn[card], None))
        # pay day (the 10th) from employers; students' living money from home
        workers = np.flatnonzero(first & np.isin(p.seg, [SEG[s] for s in ("office", "service", "civil", "coal", "migrant")]))
        payday = DETECT_FIRST + 2
        t = T0 + payday * DAY + rng.integers(9 * 3600, 17 * 3600, len(workers))
        self.t.chunk("transfers", time=t, from_account=np.array(p.payroll, dtype=object)[rng.integers(0, len(p.payroll), len(workers))],
                     to_account=p.account[workers], amount=np.round(np.exp(rng.normal(8.8, 0.4, len(workers))), 2),
                     currency=np.full(len(workers), "CNY", dtype=object), channel=np.full(len(workers), "third_party", dtype=object))
        stud = np.flatnonzero(first & (p.seg == SEG["student"]) & (rng.random(p.n) < 0.7))
        dd = np.where(rng.random(len(stud)) < 0.5, 0, DETECT_FIRST)
        t = T0 + dd * DAY + rng.integers(8 * 3600, 22 * 3600, len(stud))
        self.t.chunk("transfers", time=t, from_account=p.ext_accounts[rng.integers(0, len(p.ext_accounts), len(stud))],
                     to_account=p.account[stud], amount=np.round(rng.uniform(8, 30, len(stud))) * 100,
                     currency=np.full(len(stud), "CNY", dtype=object), channel=np.full(len(stud), "mobile_app", dtype=object))
        # shopkeepers move the day's takings to their own account now and then
        for i, a in p.shop_account.items():
            for d in range(0, DAYS, int(rng.integers(2, 5))):
                self.t.add("transfers", time=T0 + d * DAY + int(rng.integers(20 * 3600, 23 * 3600)), from_account=a,
                           to_account=p.account[i], amount=round(float(rng.uniform(300, 3000)), 2), currency="CNY",
                           channel="mobile_app", initiated_msisdn=p.msisdn[i])

    def accounts(self) -> None:
        p, rng, w = self.p, self.rng, self.p.w
        plats = [("wechat", 0.92, "wxid_"), ("alipay", 0.8, "2088"), ("douyin", 0.55, "dy"), ("taobao", 0.55, "tb"),
                 ("qq", 0.4, ""), ("kuaishou", 0.25, "ks"), ("xianyu", 0.1, "xy")]
        mob = np.flatnonzero(self.mobile & ~p.is_second & ~self.feature)
        rows = {"platform": [], "account": [], "msisdn": [], "register_time": []}
        for plat, share, pre in plats:
            who = mob[rng.random(len(mob)) < share]
            reg = p.open_time[who] + (rng.random(len(who)) * (T0 - 3 * DAY - p.open_time[who])).astype(np.int64)
            for i, rt in zip(who.tolist(), reg.tolist(), strict=True):
                if plat == "qq":
                    acc = str(10**8 + int(w.hkey("qq", i * 7 + 1, 4), 16) % (9 * 10**9))
                elif plat == "alipay":
                    acc = pre + str(int(w.hkey("ali", i, 6), 16) % 10**12).zfill(12)
                else:
                    acc = pre + w.hkey(plat, i, 7)
                rows["platform"].append(plat)
                rows["account"].append(acc)
                rows["msisdn"].append(p.msisdn[i])
                rows["register_time"].append(rt)
        self.t.chunk("internet_accounts", platform=np.array(rows["platform"], dtype=object),
                     account=np.array(rows["account"], dtype=object), msisdn=np.array(rows["msisdn"], dtype=object),
                     register_time=np.array(rows["register_time"], dtype=np.int64),
                     status=np.full(len(rows["platform"]), "active", dtype=object))


def pop_young() -> set[int]:
    return {SEG["student"], SEG["teen"]}
