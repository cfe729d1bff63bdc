"""Ordinary life: calls and texts along family, work and friend ties, service texts, handsets on the network,
web and apps, the Double Eleven orders with their parcels, couriers, returns and refunds, meals and QR payments,
pay days, pensions, rent, cash, and the years-old platform accounts."""

from __future__ import annotations

import numpy as np
import texts as T
from people import (
    HOUR_KEYS,
    HOURS,
    PERSONA_NAMES,
    PERSONAS,
    PIDX,
    People,
    emit_sms,
    emit_transfer,
    emit_voice,
)
from world import AREAS, D_1111, DAY, DISTRICTS, HOUR, NDAYS, SHOP_DAY, START, World, dow

_PROF = np.array([HOUR_KEYS.index(PERSONAS[k][10]) for k in PERSONAS] + [HOUR_KEYS.index("office")])
_HOURS = np.array([HOURS[k] for k in HOUR_KEYS])


def _col(i):
    return np.array([PERSONAS[k][i] for k in PERSONAS] + [0.0])


OUT, INOFF, SMS, DATA, WEB, SHOP = (_col(i) for i in (4, 5, 6, 7, 8, 9))
# the persona table gives a day's activity; the network sees fewer separate records than a phone makes
OUT, INOFF, DATA, WEB, SHOP = OUT * 0.75, INOFF * 0.75, DATA * 0.6, WEB * 0.7, SHOP * 0.5
PLATFORM_MIX = (["taobao", "jd", "pinduoduo", "douyin"], [0.44, 0.22, 0.24, 0.10])


def times_for(r, d, prof: np.ndarray) -> np.ndarray:
    """Epoch seconds on day ``d`` with hours drawn from each row's hour profile."""
    hrs = np.zeros(len(prof), dtype=np.int64)
    for k in np.unique(prof).tolist():
        m = prof == k
        hrs[m] = r.choice(24, int(m.sum()), p=_HOURS[k])
    return START + d * DAY + hrs * HOUR + r.integers(0, HOUR, len(prof))


class Life:
    def __init__(self, w: World, pp: People):
        self.w = w
        self.pp = pp
        r = w.rng("life", "setup")
        self.escrow = {p: k for p, k in zip(PLATFORM_MIX[0], w.keys(r, 4, "plat_").tolist(), strict=True)}
        self.wallet_fund = w.keys(r, 2, "plat_")  # Tenpay and Alipay settlement accounts
        self.loan_fund = w.keys(r, 3, "plat_")  # consumer credit (花呗/借呗, 微粒贷, 京东白条)
        self.ext_merchants = {d: w.keys(r, 40, "mch_") for d in DISTRICTS}
        self.utilities = w.keys(r, 3, "acct_")
        self.operator_acct = w.keys(r, 1, "acct_")[0]
        self.pension_acct = w.keys(r, 1, "acct_")[0]
        self.landlords = w.keys(r, 300, "acct_")
        self.ext_family = w.keys(r, 600, "acct_")
        # couriers serving each district: this network's couriers, other networks' couriers, hotlines
        self.courier_pool = {}
        per = pp.persona
        dist_of_area = np.array([DISTRICTS.index(a[1]) for a in AREAS])
        for di in range(len(DISTRICTS)):
            mine = np.nonzero((per == PIDX["courier"]) & (dist_of_area[pp.work_area] == di))[0]
            other = w.numbers(r, 6, "offnet")
            self.courier_pool[di] = (mine, other)
        self.dist_of_area = dist_of_area
        # employers: one account per team (payroll), payday by kind
        nteam = int(pp.team.max()) + 1
        self.team_acct = w.keys(r, nteam, "corp_")
        self.team_payday = r.choice([2, 3, 12], nteam, p=[0.25, 0.15, 0.6])
        self._log = []

    # ------------------------------------------------------------------------------------------------ run
    def run(self):
        for d in range(NDAYS):
            self.calls(d)
            self.texts(d)
            self.device(d)
            self.web_apps(d)
            self.orders(d)
            self.spending(d)
        self.paydays()
        self.broadcasts()
        self.platform_accounts()
        self.order_log = dict(buyer=np.concatenate([x[0] for x in self._log]), t=np.concatenate([x[1] for x in self._log]),
                              plat=np.concatenate([x[2] for x in self._log]))

    # ------------------------------------------------------------------------------------------------ calls
    def _day_factor(self, d, per):
        wd = dow(d)
        f = np.ones(len(per))
        office_like = np.isin(per, [PIDX[k] for k in ("office", "civil", "teacher", "factory")])
        if wd >= 5:
            f[office_like] = 0.7
        if d == D_1111:
            f *= 1.05
        return f

    def calls(self, d):
        w, pp = self.w, self.pp
        r = w.rng("life", "calls", d)
        N = pp.N
        per = pp.persona
        rate = OUT[per] * pp.rate_f * self._day_factor(d, per)
        sec = pp.second_kind
        rate = np.where(sec == 0, 0.9 * pp.rate_f, np.where(sec == 1, 0.7 * pp.rate_f, rate))
        rate[pp.no_voice] = 0
        cnt = r.poisson(rate)
        caller = np.repeat(np.arange(N), cnt)
        callee = pp.sample_contact(r, caller)
        ok = callee >= 0
        caller, callee = caller[ok], callee[ok]
        t = times_for(r, d, _PROF[per[caller]])
        n = len(t)
        res = np.array(["answered", "no_answer", "busy", "rejected"], dtype=object)[
            r.choice(4, n, p=[0.83, 0.11, 0.035, 0.025])]
        old = (per[caller] == PIDX["elderly"])
        dur = np.clip(r.lognormal(np.log(62) + 0.35 * old, 1.0, n), 3, 5400).astype(np.int64)
        callee_on = callee < N
        cep = np.where(callee_on, callee, -1)
        fam_video = (callee_on & (old | (per[np.where(callee_on, callee, 0)] == PIDX["elderly"]))) & \
            (r.random(n) < 0.04)
        media = np.where(fam_video | (r.random(n) < 0.006), "video", "voice").astype(object)
        media[res != "answered"] = "voice"
        emit_voice(w, pp, t, pp.msisdn[caller], pp.party_number(callee), dur, res, caller_p=caller, callee_p=cep,
                   media=media, r=r)
        # unanswered calls: the called party often rings back, the caller sometimes tries again
        miss = res != "answered"
        back = miss & (r.random(n) < 0.45)
        if back.any():
            tb = t[back] + r.integers(60, 2400, int(back.sum()))
            nb = int(back.sum())
            cb = callee[back]
            emit_voice(w, pp, tb, pp.party_number(cb), pp.msisdn[caller[back]],
                       np.clip(r.lognormal(np.log(55), 0.9, nb), 3, 3600).astype(np.int64),
                       np.where(r.random(nb) < 0.92, "answered", "no_answer").astype(object),
                       caller_p=np.where(cb < N, cb, -1), callee_p=caller[back], r=r)
        again = miss & ~back & (r.random(n) < 0.3)
        if again.any():
            na = int(again.sum())
            emit_voice(w, pp, t[again] + r.integers(30, 400, na), pp.msisdn[caller[again]],
                       pp.party_number(callee[again]), np.clip(r.lognormal(np.log(50), 0.9, na), 3, 3600).astype(int),
                       np.where(r.random(na) < 0.7, "answered", "no_answer").astype(object),
                       caller_p=caller[again], callee_p=cep[again], r=r)
        # calls in from contacts on other networks
        rin = INOFF[per] * pp.rate_f
        rin = np.where(sec >= 0, 0.3 * pp.rate_f, rin)
        rin[pp.no_voice] = 0
        cnt = r.poisson(rin)
        callee = np.repeat(np.arange(N), cnt)
        caller = pp.sample_contact(r, callee, offnet_only=True)
        ok = caller >= 0
        callee, caller = callee[ok], caller[ok]
        t = times_for(r, d, _PROF[per[callee]])
        n = len(t)
        res = np.array(["answered", "no_answer", "busy", "rejected"], dtype=object)[
            r.choice(4, n, p=[0.84, 0.11, 0.03, 0.02])]
        dur = np.clip(r.lognormal(np.log(70), 1.0, n), 3, 5400).astype(np.int64)
        emit_voice(w, pp, t, pp.party_number(caller), pp.msisdn[callee], dur, res, callee_p=callee, r=r)

    # ------------------------------------------------------------------------------------------------ texts
    def texts(self, d):
        w, pp = self.w, self.pp
        r = w.rng("life", "texts", d)
        N = pp.N
        per = pp.persona
        rate = SMS[per] * pp.rate_f
        rate[pp.no_voice] = 0
        cnt = r.poisson(rate)
        snd = np.repeat(np.arange(N), cnt)
        rcv = pp.sample_contact(r, snd)
        ok = rcv >= 0
        snd, rcv = snd[ok], rcv[ok]
        t = times_for(r, d, _PROF[per[snd]])
        chat = np.array(T.CHAT, dtype=object)
        emit_sms(w, pp, t, pp.msisdn[snd], pp.party_number(rcv), chat[r.integers(0, len(chat), len(t))],
                 sender_p=snd)
        # texts in from other networks' contacts
        cnt = r.poisson(rate * 0.35)
        rcv = np.repeat(np.arange(N), cnt)
        snd = pp.sample_contact(r, rcv, offnet_only=True)
        ok = snd >= 0
        rcv, snd = rcv[ok], snd[ok]
        t = times_for(r, d, _PROF[per[rcv]])
        emit_sms(w, pp, t, pp.party_number(snd), pp.msisdn[rcv], chat[r.integers(0, len(chat), len(t))])
        # verification codes (logins, registrations, payments)
        smart = ~pp.feature_phone & ~pp.no_voice
        cnt = r.poisson(np.where(smart, 0.15, 0.02) * np.where(per == PIDX["elderly"], 0.4, 1.0))
        rcv = np.repeat(np.arange(N), cnt)
        t = times_for(r, d, _PROF[per[rcv]]) + 5
        apps = r.integers(0, len(T.CODE_APPS), len(t))
        senders = np.array(list(T.SERVICE.values()), dtype=np.int64)
        snd = senders[apps % len(senders)]
        codes = r.integers(100000, 999999, len(t))
        content = np.array([T.CODE_TEXT.format(app=T.CODE_APPS[a], code=c)
                            for a, c in zip(apps.tolist(), codes.tolist(), strict=True)], dtype=object)
        emit_sms(w, pp, t, snd, pp.msisdn[rcv], content)
        # shopping platform promotions: heavy before the festival, then fading
        pf = [1.2, 1.4, 2.2, 1.6, 1.2, 1.0, 1.0, 1.1, 1.3, 1.6, 2.0, 2.4, 3.0, 2.6, 0.6, 0.4, 0.4][d]
        cnt = r.poisson(np.where(smart & (per != PIDX["teen"]), 0.12 * pf, 0.0))
        rcv = np.repeat(np.arange(N), cnt)
        plat = np.array(list(T.PROMO))[r.choice(len(T.PROMO), len(rcv), p=[.34, .2, .22, .12, .07, .05])]
        t = START + d * DAY + r.choice(np.arange(9, 22), len(rcv)) * HOUR + r.integers(0, HOUR, len(rcv))
        content = np.array([T.PROMO[p][i % len(T.PROMO[p])] for p, i in
                            zip(plat.tolist(), r.integers(0, 9, len(rcv)).tolist(), strict=True)], dtype=object)
        emit_sms(w, pp, t, np.array([T.SERVICE[p] for p in plat.tolist()], dtype=np.int64), pp.msisdn[rcv], content)

    # ------------------------------------------------------------------------------------------------ device
    def device(self, d):
        w, pp = self.w, self.pp
        r = w.rng("life", "device", d)
        N = pp.N
        per = pp.persona
        fac = np.sqrt(pp.rate_f)
        rate = np.where(pp.feature_phone, 0.15, DATA[per] * fac)
        rate = np.where(pp.no_voice, 2.5, np.where(pp.second_kind >= 0, 1.2, rate))
        cnt = r.poisson(rate)
        who = np.repeat(np.arange(N), cnt)
        t = times_for(r, d, _PROF[per[who]])
        big = np.where(per[who] == PIDX["student"], 2.0, np.where(per[who] == PIDX["streamer"], 6.0, 1.0))
        by = (r.lognormal(np.log(6e6), 1.3, len(who)) * big).astype(np.int64)
        by = np.where(pp.feature_phone[who], (by // 40), by)
        self._dev(t, who, "data_session", by)
        # moving between home and work
        wd = dow(d)
        from people import WEEKEND_WORK, WORK_FROM, WORK_TO
        commute = (pp.home_cell != pp.work_cell) & ((wd < 5) | WEEKEND_WORK[per]) & (WORK_TO[per] > WORK_FROM[per]) \
            & (r.random(N) < 0.35)
        c = np.nonzero(commute)[0]
        t1 = START + d * DAY + WORK_FROM[per[c]] * HOUR - r.integers(600, 3600, len(c))
        t2 = START + d * DAY + WORK_TO[per[c]] * HOUR + r.integers(300, 5400, len(c))
        self._dev(np.concatenate([t1, t2]), np.concatenate([c, c]), "location_update", None,
                  cell=np.concatenate([pp.work_cell[c], pp.home_cell[c]]))
        # elderly who switch the phone off at night
        o = np.nonzero(pp.night_off)[0]
        self._dev(START + d * DAY + r.integers(6 * HOUR, 7 * HOUR + 1800, len(o)), o, "power_on", None)
        self._dev(START + d * DAY + r.integers(21 * HOUR, 23 * HOUR, len(o)), o, "power_off", None)
        # a new phone: the SIM leaves the old handset and attaches in the new one
        sw = np.nonzero((pp.imei_switch >= START + d * DAY) & (pp.imei_switch < START + (d + 1) * DAY))[0]
        if len(sw):
            ts = pp.imei_switch[sw]
            w.add("device", time=ts - 120, msisdn=pp.msisdn[sw], imsi=pp.imsi[sw], imei=pp.imei[sw],
                  cell=pp.loc(sw, ts), event="power_off", roaming_country=None, bytes=np.zeros(len(sw), dtype=np.int64))
            w.add("device", time=ts, msisdn=pp.msisdn[sw], imsi=pp.imsi[sw], imei=pp.imei_new[sw],
                  cell=pp.loc(sw, ts), event="attach", roaming_country=None, bytes=np.zeros(len(sw), dtype=np.int64))
        if d == 0:  # the network's view on the first morning: every phone that is on
            on = np.nonzero(~pp.night_off)[0]
            ts = START + r.integers(0, 3 * HOUR, len(on))
            sel = r.random(len(on)) < 0.25
            self._dev(ts[sel], on[sel], "attach", None)

    def _dev(self, t, who, event, by, cell=None):
        pp = self.pp
        if len(t) == 0:
            return
        t = np.asarray(t, dtype=np.int64)
        who = np.asarray(who)
        keep = pp.active(who, t)
        t, who = t[keep], who[keep]
        by = None if by is None else np.asarray(by)[keep]
        if cell is None:
            cell = pp.loc(who, t)
        else:
            cell = np.asarray(cell)[keep].copy()
        roam = pp.abroad(who, t)
        cell[roam != None] = -1  # noqa: E711
        self.w.add("device", time=t, msisdn=pp.msisdn[who], imsi=pp.imsi[who], imei=pp.imei_at(who, t), cell=cell,
                   event=event, roaming_country=roam,
                   bytes=np.zeros(len(t), dtype=np.int64) if by is None else by)

    # ------------------------------------------------------------------------------------------------ web, apps
    def _site_probs(self):
        if hasattr(self, "_sp"):
            return self._sp
        cats = np.array([s[2] for s in T.SITES])
        pop = 1.0 / (1 + 0.15 * np.arange(len(T.SITES)))
        out = {}
        for key, cw in T.CAT_WEIGHT.items():
            p = np.array([cw[c] for c in cats]) * pop
            cnt = np.array([np.sum(cats == c) for c in cats])
            p = p / cnt
            out[key] = p / p.sum()
        self._sp = out
        return out

    def web_apps(self, d):
        w, pp = self.w, self.pp
        r = w.rng("life", "web", d)
        N = pp.N
        per = pp.persona
        sp = self._site_probs()
        rate = np.where(pp.feature_phone, 0.0, WEB[per] * np.sqrt(pp.rate_f))
        rate = np.where(pp.no_voice, 2.0, np.where(pp.second_kind >= 0, 0.3, rate))
        cnt = r.poisson(rate * (0.8 + 0.2 * SHOP_DAY[d]))
        who = np.repeat(np.arange(N), cnt)
        group = np.array(["default"] * len(PERSONA_NAMES), dtype=object)
        for k in ("student", "teen", "elderly", "farmer", "streamer"):
            group[PIDX[k]] = k
        g = group[per[who]]
        site = np.zeros(len(who), dtype=np.int64)
        for k in sp:
            m = g == k
            site[m] = r.choice(len(T.SITES), int(m.sum()), p=sp[k])
        t = times_for(r, d, _PROF[per[who]])
        doms = np.array([s[0] for s in T.SITES], dtype=object)
        apps = np.array([s[1] for s in T.SITES], dtype=object)
        ips = np.array([f"{101 + (i * 37) % 120}.{(i * 53) % 250 + 2}.{(i * 91) % 250 + 1}.{(i * 17) % 200 + 20}"
                        for i in range(len(T.SITES))], dtype=object)
        in_app = r.random(len(who)) < 0.7
        app_col = np.where(in_app, apps[site], None)
        url = np.where(r.random(len(who)) < 0.35, None, None).astype(object)
        has_url = r.random(len(who)) < 0.3
        tok = r.integers(10**6, 10**9, int(has_url.sum()))
        url[has_url] = np.array([f"https://{dm}/{x:x}" for dm, x in zip(doms[site[has_url]].tolist(), tok.tolist(),
                                                                        strict=True)], dtype=object)
        by = r.lognormal(np.log(4e5), 1.4, len(who)).astype(np.int64)
        k = pp.active(who, t)
        w.add("web", time=t[k], msisdn=pp.msisdn[who[k]], domain=doms[site[k]], url=url[k], ip=ips[site[k]], bytes=by[k],
              app=app_col[k])
        # app use sightings
        smart = ~pp.feature_phone
        cnt = r.poisson(np.where(smart, 0.45, 0.0))
        who = np.repeat(np.arange(N), cnt)
        g = group[per[who]]
        site = np.zeros(len(who), dtype=np.int64)
        for k in sp:
            m = g == k
            site[m] = r.choice(len(T.SITES), int(m.sum()), p=sp[k])
        a = apps[site]
        ta = times_for(r, d, _PROF[per[who]])
        ok = (a != None) & pp.active(who, ta)  # noqa: E711
        who, a, ta = who[ok], a[ok], ta[ok]
        w.add("apps", time=ta, msisdn=pp.msisdn[who], app=a, event="use", source_url=None)
        # installs: shopping apps before the festival, the national anti-fraud app (campus and community drives),
        # and a whole set of apps on a new phone
        pre = 2.5 if d <= D_1111 else 0.6
        m = smart & (r.random(N) < 0.006 * pre)
        who = np.nonzero(m)[0]
        a = np.array(["com.taobao.taobao", "com.jingdong.app.mall", "com.xunmeng.pinduoduo", "com.ss.android.ugc.aweme",
                      "com.taobao.idlefish", "com.cainiao.wireless"], dtype=object)[r.integers(0, 6, len(who))]
        w.add("apps", time=times_for(r, d, _PROF[per[who]]), msisdn=pp.msisdn[who], app=a, event="install",
              source_url=None)
        drive = np.where(per == PIDX["student"], 0.02 if d in (5, 6) else 0.002, 0.0015)
        who = np.nonzero(smart & (r.random(N) < drive))[0]
        w.add("apps", time=times_for(r, d, _PROF[per[who]]), msisdn=pp.msisdn[who], app=T.ANTIFRAUD_APP,
              event="install", source_url=None)
        sw = np.nonzero((pp.imei_switch >= START + d * DAY) & (pp.imei_switch < START + (d + 1) * DAY))[0]
        for i in sw.tolist():
            k = int(r.integers(8, 16))
            pick = r.choice(len(T.SITES), k, replace=False)
            pa = [T.SITES[j][1] for j in pick.tolist() if T.SITES[j][1]]
            ts = pp.imei_switch[i] + np.sort(r.integers(60, 4 * HOUR, len(pa)))
            w.add("apps", time=ts, msisdn=np.full(len(pa), pp.msisdn[i]), app=np.array(pa, dtype=object),
                  event="install", source_url=None)

    # ------------------------------------------------------------------------------------------------ shopping
    def orders(self, d):
        w, pp = self.w, self.pp
        r = w.rng("life", "orders", d)
        N = pp.N
        per = pp.persona
        payer_ok = np.array([(a is not None) or (b is not None) for a, b in zip(pp.wallet.tolist(), pp.acct.tolist(),
                                                                              strict=True)])
        rate = np.where(payer_ok & (pp.second_kind < 0), SHOP[per] * pp.rate_f * SHOP_DAY[d], 0.0)
        cnt = r.poisson(rate)
        buyer = np.repeat(np.arange(N), cnt)
        n = len(buyer)
        if n == 0:
            return
        t = times_for(r, d, _PROF[per[buyer]])
        # the festival's rush hours
        rush = None
        if d == 2 or d == 12:
            rush = (20, 4)
        elif d == 13:
            rush = (0, 2)
        if rush:
            m = r.random(n) < 0.45
            t[m] = START + d * DAY + rush[0] * HOUR + r.integers(0, rush[1] * HOUR, int(m.sum()))
        oldish = np.isin(per[buyer], [PIDX["elderly"], PIDX["farmer"]])
        plat = np.where(oldish & (r.random(n) < 0.6), np.where(r.random(n) < 0.6, "pinduoduo", "douyin"),
                        np.array(PLATFORM_MIX[0])[r.choice(4, n, p=PLATFORM_MIX[1])]).astype(object)
        fest = 1.5 if d in (2, 12, 13) else 1.0
        amt = np.round(r.lognormal(np.log(85 * fest), 0.95, n), 0) - np.where(r.random(n) < 0.6, 0.1, 0.0)
        amt = np.maximum(amt, 3.9)
        pay = np.where(np.array([x is not None for x in pp.wallet[buyer]]) & (r.random(n) < 0.85), pp.wallet[buyer],
                       pp.acct[buyer])
        ok = np.array([x is not None for x in pay.tolist()])
        buyer, t, plat, amt, pay = buyer[ok], t[ok], plat[ok], amt[ok], pay[ok]
        n = len(buyer)
        esc = np.array([self.escrow[p] for p in plat.tolist()], dtype=object)
        emit_transfer(w, t, pay, esc, amt, "third_party", pp.msisdn[buyer])
        self._log.append((buyer, t, plat))
        # some orders borrow from consumer credit first (花呗/白条 show as a credit line paying the platform)
        # delivery: lag grows with the festival backlog
        lag_days = r.integers(1, 3, n) + (r.random(n) < (0.5 if d >= 12 else 0.1)) * r.integers(1, 3, n)
        dday = d + lag_days
        keep = dday < NDAYS
        db, dt, dplat, damt, dpay, dday = buyer[keep], t[keep], plat[keep], amt[keep], pay[keep], dday[keep]
        k = len(db)
        tdel = START + dday * DAY + r.integers(9 * HOUR, 20 * HOUR, k)
        how = r.choice(3, k, p=[0.55, 0.15, 0.30])
        cour = np.array(T.COURIERS, dtype=object)[r.integers(0, len(T.COURIERS), k)]
        st = np.array(T.STATIONS, dtype=object)[r.integers(0, len(T.STATIONS), k)]
        code = r.integers(1, 30, k)
        # shipped notices for a share of orders
        sh = r.random(k) < 0.3
        ts = dt[sh] + r.integers(4 * HOUR, 30 * HOUR, int(sh.sum()))
        nos = r.integers(10**11, 10**12, int(sh.sum()))
        emit_sms(w, pp, ts, np.array([T.SERVICE[p] for p in dplat[sh].tolist()], dtype=np.int64), pp.msisdn[db[sh]],
                 np.array([T.SHIPPED.format(p={"taobao": "淘宝", "jd": "京东", "pinduoduo": "拼多多",
                                               "douyin": "抖音商城"}[p], courier=c, no=f"YT{x}")
                           for p, c, x in zip(dplat[sh].tolist(), cour[sh].tolist(), nos.tolist(), strict=True)],
                          dtype=object))
        m = how == 0
        emit_sms(w, pp, tdel[m], T.SERVICE["cainiao"], pp.msisdn[db[m]],
                 np.array([T.PARCEL_STATION.format(courier=c, station=s, code=f"{x}-{y}-{z}") for c, s, x, y, z in
                           zip(cour[m].tolist(), st[m].tolist(), code[m].tolist(),
                               r.integers(1, 6, int(m.sum())).tolist(), r.integers(1000, 9999, int(m.sum())).tolist(),
                               strict=True)], dtype=object))
        m = how == 1
        emit_sms(w, pp, tdel[m], T.SERVICE["fengchao"], pp.msisdn[db[m]],
                 np.array([T.PARCEL_LOCKER.format(courier=c, station="小区", code=f"{x:08d}")
                           for c, x in zip(cour[m].tolist(), r.integers(0, 10**8, int(m.sum())).tolist(), strict=True)],
                          dtype=object))
        m = how == 2
        self.courier_calls(r, db[m], tdel[m])
        # returns and refunds (clothes bought in the rush come back)
        pret = np.where(np.isin(dday - lag_days[keep], [2, 3, 12, 13]), 0.17, 0.07)
        ret = r.random(k) < pret
        rday = dday[ret] + r.integers(0, 3, int(ret.sum()))
        rb, rplat, ramt, rpay = db[ret], dplat[ret], damt[ret], dpay[ret]
        ok = rday < NDAYS
        tret = START + rday[ok] * DAY + r.integers(9 * HOUR, 19 * HOUR, int(ok.sum()))
        self.courier_calls(r, rb[ok], tret)  # the courier comes to pick the return up
        fday = rday + r.integers(0, 3, len(rday))
        ok = fday < NDAYS
        tf = START + fday[ok] * DAY + r.integers(8 * HOUR, 23 * HOUR, int(ok.sum()))
        part = np.where(r.random(int(ok.sum())) < 0.85, 1.0, r.uniform(0.2, 0.6, int(ok.sum())))
        ramt_ok = np.round(ramt[ok] * part, 2)
        emit_transfer(w, tf, np.array([self.escrow[p] for p in rplat[ok].tolist()], dtype=object), rpay[ok],
                      ramt_ok, "third_party", None)
        emit_sms(w, pp, tf + 30, np.array([T.SERVICE[p] for p in rplat[ok].tolist()], dtype=np.int64),
                 pp.msisdn[rb[ok]], np.array([T.REFUND[p].format(amt=a) for p, a in
                                              zip(rplat[ok].tolist(), ramt_ok.tolist(), strict=True)], dtype=object))
        # the platform's after-sales desk rings some buyers (a real customer-service call)
        cs = ok & (r.random(len(ok)) < 0.05)
        if cs.any():
            k = int(cs.sum())
            tcs = START + fday[cs] * DAY + r.integers(10 * HOUR, 20 * HOUR, k) - DAY // 2
            emit_voice(w, pp, tcs, np.array([T.PLATFORM_CS[p] for p in rplat[cs].tolist()], dtype=np.int64),
                       pp.msisdn[rb[cs]], r.integers(60, 300, k), np.where(r.random(k) < 0.8, "answered",
                                                                           "no_answer").astype(object),
                       callee_p=rb[cs], r=r)

    def courier_calls(self, r, who, t):
        """A courier rings the buyer from the street: most answer, some need a second try."""
        w, pp = self.w, self.pp
        if len(who) == 0:
            return
        dist = self.dist_of_area[pp.home_area[who]]
        caller = np.zeros(len(who), dtype=np.int64)
        cp = np.full(len(who), -1)
        for di in np.unique(dist).tolist():
            m = dist == di
            mine, other = self.courier_pool[di]
            k = int(m.sum())
            if len(mine) and True:
                use_mine = r.random(k) < 0.5
            else:
                use_mine = np.zeros(k, dtype=bool)
            pick_m = mine[r.integers(0, max(1, len(mine)), k)] if len(mine) else np.zeros(k, dtype=int)
            num = np.where(use_mine, pp.msisdn[pick_m] if len(mine) else 0, other[r.integers(0, len(other), k)])
            hot = r.random(k) < 0.08
            num[hot] = np.array(T.COURIER_HOTLINES)[r.integers(0, len(T.COURIER_HOTLINES), int(hot.sum()))]
            caller[m] = num
            cp[m] = np.where(use_mine & ~hot, pick_m, -1)
        n = len(who)
        res = np.where(r.random(n) < 0.78, "answered", "no_answer").astype(object)
        emit_voice(w, pp, t, caller, pp.msisdn[who], r.integers(12, 70, n), res, caller_p=cp, callee_p=who, r=r)
        m = res == "no_answer"
        if m.any():
            k = int(m.sum())
            emit_voice(w, pp, t[m] + r.integers(60, 900, k), caller[m], pp.msisdn[who[m]], r.integers(10, 50, k),
                       np.where(r.random(k) < 0.6, "answered", "no_answer").astype(object), caller_p=cp[m],
                       callee_p=who[m], r=r)

    # ------------------------------------------------------------------------------------------------ money
    def spending(self, d):
        w, pp = self.w, self.pp
        r = w.rng("life", "spend", d)
        N = pp.N
        per = pp.persona
        has_w = np.array([x is not None for x in pp.wallet.tolist()])
        # meals, groceries, hotpot nights: QR payments to shops and restaurants near where they are
        rate = np.where(has_w & (pp.second_kind < 0), 0.3, 0.0) * np.where(per == PIDX["teen"], 0.3, 1.0)
        who = np.repeat(np.arange(N), r.poisson(rate))
        n = len(who)
        t = times_for(r, d, np.full(n, HOUR_KEYS.index("general")))
        dist = np.array([DISTRICTS.index(x) for x in pp.district[who].tolist()])
        merchants = np.nonzero(np.array([m is not None for m in pp.merchant.tolist()]))[0]
        mdist = np.array([DISTRICTS.index(x) for x in pp.district[merchants].tolist()])
        to = np.empty(n, dtype=object)
        for di in np.unique(dist).tolist():
            m = dist == di
            k = int(m.sum())
            local = merchants[mdist == di]
            ext = self.ext_merchants[DISTRICTS[di]]
            use_local = (r.random(k) < 0.35) & (len(local) > 0)
            pick = np.where(use_local, pp.merchant[local[r.integers(0, max(1, len(local)), k)]] if len(local) else None,
                            ext[r.integers(0, len(ext), k)])
            to[m] = pick
        hr = ((t - START) % DAY) // HOUR
        dinner = (hr >= 18) & (hr <= 22)
        amt = np.where(dinner & (r.random(n) < 0.3), r.lognormal(np.log(220), 0.5, n), r.lognormal(np.log(22), 0.8, n))
        emit_transfer(w, t, pp.wallet[who], to, np.round(amt, 1), "third_party", pp.msisdn[who])
        # wallet top-ups from the bank card
        has_b = np.array([x is not None for x in pp.acct.tolist()]) & has_w & (per != PIDX["teen"])
        who = np.nonzero(has_b & (r.random(N) < 0.03))[0]
        emit_transfer(w, times_for(r, d, _PROF[per[who]]), pp.acct[who], pp.wallet[who],
                      np.round(r.choice([200, 500, 1000, 2000], len(who)) * 1.0, 2), "mobile_app", pp.msisdn[who])
        # red packets between spouses, to parents, to friends
        sp = np.nonzero(has_w & (pp.spouse >= 0) & (r.random(N) < 0.04))[0]
        sp = sp[np.array([pp.wallet[pp.spouse[i]] is not None for i in sp.tolist()], dtype=bool)] if len(sp) else sp
        emit_transfer(w, times_for(r, d, _PROF[per[sp]]), pp.wallet[sp], pp.wallet[pp.spouse[sp]],
                      np.round(r.choice([52, 66, 88, 100, 200, 520, 1000], len(sp)) * 1.0, 2), "third_party",
                      pp.msisdn[sp])
        # cash from the ATM (older people, porters, farmers on market day)
        cashy = np.isin(per, [PIDX["elderly"], PIDX["farmer"], PIDX["bangbang"], PIDX["migrant"]])
        who = np.nonzero(cashy & np.array([x is not None for x in pp.acct.tolist()]) & (r.random(N) < 0.05))[0]
        t = times_for(r, d, np.full(len(who), HOUR_KEYS.index("elderly")))
        atm = np.array([f"atm_{(pp.bank[i] or 'X').replace(' ', '')[:6].lower()}_{int(c) % 997:03d}"
                        for i, c in zip(who.tolist(), pp.home_cell[who].tolist(), strict=True)], dtype=object)
        emit_transfer(w, t, pp.acct[who], atm, r.choice([100, 200, 300, 500, 1000, 2000], len(who)) * 1.0, "atm")
        # prepaid top-ups
        who = np.nonzero(pp.prepaid & (r.random(N) < 0.012))[0]
        src = np.where(np.array([x is not None for x in pp.wallet[who]]), pp.wallet[who], pp.acct[who])
        ok = np.array([x is not None for x in src.tolist()], dtype=bool)
        emit_transfer(w, times_for(r, d, _PROF[per[who[ok]]]), src[ok], self.operator_acct,
                      r.choice([30, 50, 100], int(ok.sum())) * 1.0, "third_party", pp.msisdn[who[ok]])
        if d == 3:  # rent and utilities at the start of the month
            renters = np.nonzero(np.isin(per, [PIDX[k] for k in ("migrant", "service", "office", "courier", "driver")])
                                 & np.array([x is not None for x in pp.acct.tolist()]) & (r.random(N) < 0.5))[0]
            emit_transfer(w, START + d * DAY + r.integers(8 * HOUR, 22 * HOUR, len(renters)) + r.integers(0, 3, len(renters)) * DAY,
                          pp.acct[renters], self.landlords[r.integers(0, len(self.landlords), len(renters))],
                          np.round(r.uniform(500, 2600, len(renters)), 0), "mobile_app", pp.msisdn[renters])
            util = np.nonzero(has_w & (r.random(N) < 0.25))[0]
            emit_transfer(w, START + d * DAY + r.integers(0, 4, len(util)) * DAY + r.integers(9 * HOUR, 22 * HOUR, len(util)),
                          pp.wallet[util], self.utilities[r.integers(0, 3, len(util))],
                          np.round(r.lognormal(np.log(90), 0.5, len(util)), 2), "third_party", pp.msisdn[util])

    def paydays(self):
        w, pp = self.w, self.pp
        r = w.rng("life", "pay")
        per = pp.persona
        has_team = pp.team >= 0
        who = np.nonzero(has_team & np.array([x is not None for x in pp.acct.tolist()]))[0]
        day = self.team_payday[pp.team[who]]
        day = np.where(np.isin(per[who], [PIDX["teacher"], PIDX["civil"]]), 7, day)
        day = np.where(per[who] == PIDX["factory"], 12, day)
        day = np.where(per[who] == PIDX["medical"], 10, day)
        t = START + day * DAY + 10 * HOUR + r.integers(0, 4 * HOUR, len(who))
        to = np.where(np.array([x is not None for x in pp.acct2[who]]), pp.acct2[who], pp.acct[who])
        sal = np.round(np.where(per[who] == PIDX["factory"], r.normal(5600, 900, len(who)),
                                r.lognormal(np.log(6500), 0.35, len(who))), 2)
        emit_transfer(w, t, self.team_acct[pp.team[who]], to, np.maximum(sal, 2300), "counter", None)
        # money home to the parents after pay day
        kid = who[(pp.elder_parent[who] >= 0) & (r.random(len(who)) < 0.35)]
        par = pp.elder_parent[kid]
        ok = np.array([pp.acct[p] is not None for p in par.tolist()], dtype=bool)
        kid, par = kid[ok], par[ok]
        tk = START + (self.team_payday[pp.team[kid]] + r.integers(0, 3, len(kid))) * DAY + r.integers(9 * HOUR, 22 * HOUR, len(kid))
        tk = np.minimum(tk, START + NDAYS * DAY - 3600)
        emit_transfer(w, tk, pp.acct[kid], pp.acct[par], np.round(r.choice([500, 800, 1000, 1500, 2000], len(kid)) * 1.0, 2),
                      "mobile_app", pp.msisdn[kid])
        # pensions on the 10th
        el = np.nonzero((per == PIDX["elderly"]) & np.array([x is not None for x in pp.acct.tolist()]))[0]
        emit_transfer(w, START + 12 * DAY + 8 * HOUR + r.integers(0, 3 * HOUR, len(el)), self.pension_acct, pp.acct[el],
                      np.round(np.where(pp.in_main[el], r.normal(3300, 600, len(el)), r.normal(1700, 500, len(el))).clip(200), 2),
                      "counter", None)
        # migrant and construction workers send money to family elsewhere
        mg = np.nonzero(np.isin(per, [PIDX["migrant"], PIDX["factory"]]) & (r.random(pp.N) < 0.25)
                        & np.array([x is not None for x in pp.acct.tolist()]))[0]
        emit_transfer(w, START + r.integers(10, NDAYS, len(mg)) * DAY + r.integers(12 * HOUR, 23 * HOUR, len(mg)),
                      pp.acct[mg], self.ext_family[r.integers(0, len(self.ext_family), len(mg))],
                      np.round(r.choice([1000, 1500, 2000, 3000], len(mg)) * 1.0, 2), "mobile_app", pp.msisdn[mg])

    def broadcasts(self):
        w, pp = self.w, self.pp
        r = w.rng("life", "broadcast")
        phones = np.nonzero(~pp.no_voice)[0]
        # the operator's monthly bill on 2 November
        t = START + 4 * DAY + r.integers(9 * HOUR, 12 * HOUR, len(phones))
        emit_sms(w, pp, t, T.SERVICE["operator"], pp.msisdn[phones],
                 np.array([T.OPERATOR_BILL.format(amt=a, bal=b) for a, b in
                           zip(np.round(r.lognormal(np.log(58), 0.4, len(phones)), 2).tolist(),
                               np.round(r.uniform(0, 120, len(phones)), 2).tolist(), strict=True)], dtype=object))
        # the anti-fraud centre's festival warning (9 Nov) and the police 96110 reminder (12 Nov)
        m = phones[r.random(len(phones)) < 0.7]
        emit_sms(w, pp, START + 11 * DAY + r.integers(10 * HOUR, 17 * HOUR, len(m)), T.SERVICE["antifraud"],
                 pp.msisdn[m], T.ANTIFRAUD[0])
        m = phones[r.random(len(phones)) < 0.3]
        emit_sms(w, pp, START + 14 * DAY + r.integers(9 * HOUR, 18 * HOUR, len(m)), T.SERVICE["police96110"],
                 pp.msisdn[m], T.ANTIFRAUD[1])

    def platform_accounts(self):
        w, pp = self.w, self.pp
        r = w.rng("life", "accounts")
        per = pp.persona
        k = np.where(pp.feature_phone | pp.no_voice, 0, np.clip(r.poisson(5, pp.N), 1, 11))
        k = np.where(per == PIDX["elderly"], np.minimum(k, 3), k)
        k = np.where(pp.second_kind >= 0, np.minimum(k, 2), k)
        who = np.repeat(np.arange(pp.N), k)
        n = len(who)
        # the first platforms for everyone are WeChat and Alipay, then others
        rank = np.arange(n) - np.repeat(np.cumsum(k) - k, k)
        plat = np.where(rank == 0, 0, np.where(rank == 1, 2, r.integers(1, len(T_PLAT), n)))
        plat_name = np.array(T_PLAT, dtype=object)[plat]
        lo = np.maximum(pp.open_time[who], START - 11 * 365 * DAY)
        reg = (lo + r.random(n) * (START - 2 * DAY - lo)).astype(np.int64)
        acc = w.keys(r, n, "u")
        # one account per platform and number
        key = who * 100 + plat
        _, first = np.unique(key, return_index=True)
        first = np.sort(first)
        w.add("internet_accounts", platform=plat_name[first], account=acc[first], msisdn=pp.msisdn[who[first]],
              register_time=reg[first], status="active")
        self.platform_acct = {}
        for i, pl, a in zip(who[first].tolist(), plat_name[first].tolist(), acc[first].tolist(), strict=True):
            self.platform_acct[(i, pl)] = a
        # new registrations during the period (new apps, the festival's new shoppers)
        m = np.nonzero(~pp.feature_phone & (r.random(pp.N) < 0.05))[0]
        pl = np.array(T_PLAT, dtype=object)[r.integers(3, len(T_PLAT), len(m))]
        t = START + r.integers(0, NDAYS * DAY, len(m))
        acc = w.keys(r, len(m), "u")
        w.add("internet_accounts", platform=pl, account=acc, msisdn=pp.msisdn[m], register_time=t, status="active")


T_PLAT = ["wechat", "qq", "alipay", "taobao", "jd", "pinduoduo", "douyin", "kuaishou", "meituan", "xiaohongshu",
          "bilibili", "12306", "didi", "eleme", "xianyu", "weibo"]


def bank_notices(w: World, owners: dict, tx: dict):
    """Banks text their customers about card debits and credits (wallet payments from a bank card included)."""
    r = w.rng("life", "banknotes")
    src = tx["from_account"]
    dst = tx["to_account"]
    t = tx["time"]
    amt = tx["amount"]
    rows_t, rows_s, rows_r, rows_c = [], [], [], []
    for i in range(len(t)):
        a = amt[i]
        if a < 50:
            continue
        for acct, sign in ((src[i], -1), (dst[i], 1)):
            o = owners.get(acct)
            if o is None:
                continue
            msisdn, bank = o
            snd = T.BANK_SENDER.get(bank)
            if snd is None:
                continue
            tt = int(t[i]) + 5 + int(r.integers(0, 40))
            lt = np.datetime64(tt + 8 * 3600, "s").astype(object)
            md = f"{lt.month}月{lt.day}日"
            hm = f"{lt.hour:02d}:{lt.minute:02d}"
            tail = acct[-4:].upper()
            tail = "".join(str(ord(c) % 10) for c in tail)
            bal = float(r.uniform(50, 60000))
            if sign < 0:
                c = T.BANK_DEBIT.format(bank=snd[1], tail=tail, md=md, hm=hm, amt=a, bal=bal)
            else:
                c = T.BANK_CREDIT.format(bank=snd[1], tail=tail, md=md, hm=hm, amt=a, bal=bal, what="转入")
            rows_t.append(tt)
            rows_s.append(snd[0])
            rows_r.append(msisdn)
            rows_c.append(c)
    if rows_t:
        w.add("sms", send_time=np.array(rows_t, dtype=np.int64), sender=np.array(rows_s, dtype=np.int64),
              receiver=np.array(rows_r, dtype=np.int64), content=np.array(rows_c, dtype=object),
              sender_imei=np.zeros(len(rows_t), dtype=np.int64), sender_cell=np.full(len(rows_t), -1),
              sender_roaming_country=None)
