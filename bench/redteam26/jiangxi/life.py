"""Everyday life of the ordinary subscribers: calls and texts along social edges, service texts, handset
signalling and data, web and app use, platform accounts, bank accounts and payments.

All of it is drawn per (person, day) as counts and then expanded into records in bulk.
"""

from __future__ import annotations

import numpy as np

from . import behave as B
from .catalog import (
    CITIES,
    DOMAINS,
    EVERYDAY_APPS,
    EXAM_DAYS,
    FESTIVAL_DAY,
    P2P_TEXTS,
    PLATFORMS,
)
from .core import DAY, HOUR, T0, hour_cdf, pick, pick_rows, rint
from .world import (
    CAND,
    DORMANT,
    ELDER,
    FACTORY,
    FARMER,
    MERCHANT,
    MIGRANT,
    PARENT,
    RETIREE,
    SECOND,
    TEEN,
    UNI,
    WORKER,
    YOUTH,
)

# per persona: calls out/day, texts/day, data sessions/day, web visits/day, app uses/day, payments/day,
# calls in from other networks/day, hour profile
RATES = {
    WORKER: (2.6, 0.30, 1.1, 1.6, 0.30, 0.22, 0.75, 0), FACTORY: (2.0, 0.25, 1.0, 1.5, 0.28, 0.18, 0.6, 1),
    MIGRANT: (2.6, 0.30, 1.1, 1.7, 0.30, 0.25, 0.8, 0), FARMER: (1.5, 0.12, 0.5, 0.5, 0.12, 0.08, 0.55, 2),
    ELDER: (0.9, 0.04, 0.25, 0.15, 0.05, 0.04, 0.5, 3), CAND: (1.1, 0.50, 1.3, 2.0, 0.45, 0.05, 0.4, 4),
    PARENT: (2.8, 0.35, 1.1, 1.8, 0.30, 0.25, 0.8, 0), UNI: (1.4, 0.50, 1.5, 2.4, 0.45, 0.12, 0.45, 4),
    MERCHANT: (4.2, 0.40, 1.1, 1.5, 0.30, 0.30, 1.3, 5), RETIREE: (1.4, 0.12, 0.5, 0.6, 0.12, 0.08, 0.5, 3),
    YOUTH: (2.0, 0.45, 1.5, 2.3, 0.45, 0.18, 0.6, 6), TEEN: (0.5, 0.35, 1.0, 1.6, 0.35, 0.02, 0.25, 4),
    SECOND: (0.35, 0.06, 0.7, 0.4, 0.08, 0.0, 0.2, 0),
}
NP = 19
R = np.zeros((NP, 8))
for k, v in RATES.items():
    R[k] = v
HOURS = np.array([
    hour_cdf([.2, .1, .05, .05, .05, .1, .4, 1.2, 2.5, 3.5, 3.8, 3.6, 3.0, 2.8, 3.2, 3.4, 3.5, 3.8, 4.2, 4.0, 3.2, 2.2, 1.2, .5]),
    hour_cdf([.6, .4, .3, .2, .2, .4, 1.0, 1.6, 2.0, 2.2, 2.4, 2.8, 3.0, 2.4, 2.2, 2.2, 2.4, 2.8, 3.4, 3.6, 3.2, 2.6, 1.8, 1.0]),
    hour_cdf([.05, 0, 0, 0, .1, .8, 2.8, 3.4, 2.8, 2.2, 2.0, 2.6, 2.8, 1.8, 1.6, 1.8, 2.0, 2.6, 3.2, 3.0, 2.0, .8, .2, .1]),
    hour_cdf([0, 0, 0, 0, .1, .8, 2.6, 3.6, 3.4, 3.0, 2.6, 2.2, 1.4, 1.0, 1.4, 1.8, 2.2, 2.6, 2.8, 2.2, 1.0, .3, .05, 0]),
    hour_cdf([.8, .3, .1, 0, 0, 0, .3, .8, .6, .5, .6, .9, 1.8, 1.4, .7, .8, 1.0, 1.8, 2.6, 3.0, 3.4, 3.6, 3.0, 1.8]),
    hour_cdf([.1, 0, 0, 0, 0, .2, .8, 2.2, 3.4, 3.8, 3.8, 3.4, 2.8, 2.6, 3.0, 3.4, 3.6, 3.6, 3.4, 3.0, 2.4, 1.6, .6, .2]),
    hour_cdf([1.4, .9, .5, .2, .1, .1, .2, .6, 1.2, 1.8, 2.2, 2.4, 2.6, 2.2, 2.0, 2.0, 2.2, 2.6, 3.0, 3.2, 3.4, 3.2, 2.8, 2.2]),
])
PROFILE = R[:, 7].astype(np.int64)


def day_factor(w, persona: np.ndarray) -> np.ndarray:
    """Activity multiplier per (person, day): the festival's family calls, weekends, exam days."""
    f = np.ones((len(persona), w.days))
    for d in range(w.days):
        if not w.workday[d]:
            f[:, d] *= np.where(np.isin(persona, (WORKER, PARENT, FACTORY, YOUTH)), 0.85, 1.0)
        if d == FESTIVAL_DAY:
            f[:, d] *= 1.35
        if d in EXAM_DAYS:
            f[:, d] *= np.where(persona == CAND, 0.15, np.where(persona == PARENT, 1.25, 1.0))
    return f


def generate(w) -> None:
    everyday_calls(w)
    everyday_sms(w)
    service_sms(w)
    signalling(w)
    web_and_apps(w)
    platform_accounts(w)
    bank_life(w)


def _person_days(w, rng, col: int, extra=None):
    """(person, day) expanded by Poisson counts of rate column ``col``."""
    S = w.S_all
    persona = w.persona[:S]
    live = (persona <= SECOND) & (persona != DORMANT)
    rate = R[persona, col] * rng.lognormal(0, 0.55, S)
    rate[~live] = 0
    lam = rate[:, None] * day_factor(w, persona)
    if extra is not None:
        lam *= extra
    n = rng.poisson(lam)
    who = np.repeat(np.repeat(np.arange(S), w.days), n.ravel())
    day = np.repeat(np.tile(np.arange(w.days), S), n.ravel())
    return who, day


def _times(rng, who, day, persona):
    prof = PROFILE[persona[who]]
    h = pick_rows(rng, HOURS, prof)
    return T0 + day * DAY + h * HOUR + rng.integers(0, HOUR, len(who))


def everyday_calls(w) -> None:
    rng = w.rs.get("life.calls")
    persona = w.persona
    who, day = _person_days(w, rng, 0, extra=0.9)
    t = _times(rng, who, day, persona)
    callee, ok = w.pick_contact(rng, who)
    who, t, callee = who[ok], t[ok], callee[ok]
    # a share of calls go to businesses and hotlines of the town instead
    biz = rng.random(len(who)) < 0.07
    nb = int(biz.sum())
    if nb:
        bizp = np.flatnonzero(w.offnet_kind[: w.n_off] == 1)
        bc = w.offnet_city[bizp]
        c = w.city[who[biz]]
        # pick a business of the same city by rejection over a few rounds
        pickb = bizp[rng.integers(0, len(bizp), nb)]
        for _ in range(4):
            bad = bc[np.searchsorted(bizp, pickb)] != c
            if not bad.any():
                break
            pickb[bad] = bizp[rng.integers(0, len(bizp), int(bad.sum()))]
        callee[biz] = w.cap + pickb
    hot = rng.random(len(who)) < 0.012
    hotlines = np.array([w.service(x) for x in ("95588", "95533", "95599", "96268", "10095", "12345", "95311", "95338")])
    callee[hot] = hotlines[pick(rng, int(hot.sum()), [3, 3, 3, 4, 6, 2, 2, 2])]
    n = len(who)
    fam = w.knows(who, callee)  # edges exist; heavier ones are family
    res = B.outcomes(rng, n, 0.83, 0.03, 0.04)
    # candidates' phones are off in the exam hall
    own_e = callee < w.cap
    ce = np.where(own_e, callee, 0)
    off = own_e & (w.persona[ce] == CAND) & (w.loc(ce, t) == w.venue[ce]) & (w.venue[ce] >= 0)
    res[off] = B.NO_ANSWER
    dur = np.where(fam, B.talk(rng, n, 80, 1.0), B.talk(rng, n, 55, 0.9))
    dur[hot] = B.talk(rng, int(hot.sum()), 160, 0.7)
    video = (rng.random(n) < 0.015) & own_e & np.isin(persona[who], (MIGRANT, PARENT, UNI, WORKER))
    B.calls(w, rng, who, callee, t, dur, res, video=video.astype(np.int64))
    # call-backs after a missed call between people who know each other
    back = (res != B.ANSWERED) & (callee < w.cap + w.n_off) & ~hot & (rng.random(n) < 0.55)
    bw = np.flatnonzero(back)
    tb = t[bw] + rng.integers(60, 2400, len(bw))
    B.calls(w, rng, callee[bw], who[bw], tb, B.talk(rng, len(bw), 70, 0.9), B.outcomes(rng, len(bw), 0.9, 0.02, 0.02))
    # calls in from other networks' contacts
    who, day = _person_days(w, rng, 6, extra=0.8)
    t = _times(rng, who, day, persona)
    caller, ok = w.pick_contact(rng, who, "off")
    who, t, caller = who[ok], t[ok], caller[ok]
    n = len(who)
    res = B.outcomes(rng, n, 0.82, 0.03, 0.04)
    off = (w.persona[who] == CAND) & (w.loc(who, t) == w.venue[who]) & (w.venue[who] >= 0)
    res[off] = B.NO_ANSWER
    B.calls(w, rng, caller, who, t, B.talk(rng, n, 65, 1.0), res)
    back = (res != B.ANSWERED) & (rng.random(n) < 0.5)
    bw = np.flatnonzero(back)
    B.calls(w, rng, who[bw], caller[bw], t[bw] + rng.integers(60, 3000, len(bw)), B.talk(rng, len(bw), 60, 0.9),
            B.outcomes(rng, len(bw), 0.88, 0.02, 0.02))
    # migrants who stayed in Guangdong call home in the evening; relatives abroad call a few families
    intl_fam = w.people(rng, max(3, w.n // 700), personas=(ELDER, RETIREE, PARENT, FARMER), claim=False)
    ccs = ("MY", "JP", "AU", "SG", "AE", "GB")
    for i, p in enumerate(intl_fam.tolist()):
        cc = ccs[i % len(ccs)]
        rel = w.new_intl(rng, 1, cc)
        k = int(rng.integers(1, 4))
        days = rng.integers(0, w.days, k)
        tt = T0 + days * DAY + rng.integers(19 * HOUR, 22 * HOUR, k)
        B.calls(w, rng, np.repeat(rel, k), np.full(k, p), tt, B.talk(rng, k, 600, 0.6))


def everyday_sms(w) -> None:
    rng = w.rs.get("life.sms")
    persona = w.persona
    who, day = _person_days(w, rng, 1)
    t = _times(rng, who, day, persona)
    to, ok = w.pick_contact(rng, who)
    who, t, to = who[ok], t[ok], to[ok]
    texts = np.array(P2P_TEXTS, dtype=object)
    B.sms(w, who, to, t, texts[rng.integers(0, len(texts), len(who))])
    # texts in from other networks' contacts
    who, day = _person_days(w, rng, 1, extra=0.6)
    t = _times(rng, who, day, persona)
    fr, ok = w.pick_contact(rng, who, "off")
    B.sms(w, fr[ok], who[ok], t[ok], texts[rng.integers(0, len(texts), int(ok.sum()))])


PLATFORM_SMS = (("1069012345", "微信"), ("1069588888", "支付宝"), ("1069066666", "抖音"), ("1069055555", "淘宝"),
                ("1069077777", "拼多多"), ("1069012306", "铁路12306"), ("1069088888", "美团"), ("1069033333", "京东"))
DELIVERY_SMS = (("1069022233", "菜鸟驿站"), ("1069095338", "顺丰速运"), ("1069095311", "中通快递"), ("1069095543", "申通快递"))


def service_sms(w) -> None:
    """Texts from service senders: codes, parcels, bills, the exam authority, weather and fraud warnings."""
    rng = w.rs.get("life.service")
    S = w.S_all
    persona = w.persona[:S]
    live = (persona <= SECOND) & (persona != DORMANT)
    # verification codes
    n = rng.poisson(np.where(live, np.where(persona == ELDER, 0.03, 0.18), 0)[:, None] * np.ones(w.days))
    who = np.repeat(np.repeat(np.arange(S), w.days), n.ravel())
    day = np.repeat(np.tile(np.arange(w.days), S), n.ravel())
    t = _times(rng, who, day, w.persona)
    k = rng.integers(0, len(PLATFORM_SMS), len(who))
    sender = np.array([w.service(s) for s, _ in PLATFORM_SMS])[k]
    names = np.array([x for _, x in PLATFORM_SMS], dtype=object)[k]
    code = B.zfill(rng.integers(0, 10 ** 6, len(who)), 6)
    B.sms(w, sender, who, t, B.cat("【", names, "】验证码", code, "，用于登录或身份验证，5分钟内有效。请勿泄露给他人。"))
    # parcels
    n = rng.poisson(np.where(live & (persona != ELDER), 0.13, 0)[:, None] * np.ones(w.days))
    who = np.repeat(np.repeat(np.arange(S), w.days), n.ravel())
    day = np.repeat(np.tile(np.arange(w.days), S), n.ravel())
    t = T0 + day * DAY + rng.integers(9 * HOUR, 19 * HOUR, len(who))
    k = rng.integers(0, len(DELIVERY_SMS), len(who))
    sender = np.array([w.service(s) for s, _ in DELIVERY_SMS])[k]
    names = np.array([x for _, x in DELIVERY_SMS], dtype=object)[k]
    pick_code = B.cat(rng.integers(1, 9, len(who)), "-", rng.integers(1, 6, len(who)), "-", rng.integers(1000, 9999, len(who)))
    B.sms(w, sender, who, t, B.cat("【", names, "】您的包裹已到驿站，取件码", pick_code, "，请凭码及时取件。"))
    # the operator's May bill, 2 June
    bill = np.flatnonzero(live & (rng.random(S) < 0.8))
    t = T0 + 1 * DAY + 9 * HOUR + rng.integers(0, 8 * HOUR, len(bill))
    fee = np.round(rng.lognormal(np.log(58), 0.5, len(bill)), 2)
    B.sms(w, np.full(len(bill), w.service("10095")), bill, t,
          B.cat("【赣通移动】尊敬的客户，您5月消费", B.money_text(fee), "元，详询10095或登录赣通APP。"))
    # festival offer
    offer = np.flatnonzero(live & (rng.random(S) < 0.3))
    B.sms(w, np.full(len(offer), w.service("10095")), offer, T0 + 10 * HOUR + rng.integers(0, 2 * HOUR, len(offer)),
          "【赣通移动】端午安康！10元购20GB节日流量包，回复KTLB办理，退订回T。")
    # the exam authority: admission-ticket reminder (3 June) and post-exam warning (10 June) to candidates and parents
    ea = w.service("10690791000")
    kids = np.flatnonzero(persona == CAND)
    pars = w.parent_child[:, 0]
    both = np.r_[kids, pars]
    B.sms(w, np.full(len(both), ea), both, T0 + 2 * DAY + 10 * HOUR + rng.integers(0, 3 * HOUR, len(both)),
          "【江西省教育考试院】2033年普通高考将于6月7日开考，请考生于考前一日熟悉考点，携带准考证和身份证按时入场。详见 https://www.jxeea.cn")
    B.sms(w, np.full(len(both), ea), both, T0 + 9 * DAY + 18 * HOUR + rng.integers(0, 2 * HOUR, len(both)),
          "【江西省教育考试院】高考成绩将于6月25日通过官方渠道发布。凡声称可\"提分\"\"保录取\"\"内部指标\"的均为诈骗，请勿轻信，可拨打96110咨询。")
    # anti-fraud centre warning (12381) to all parents after the exam
    B.sms(w, np.full(len(pars), w.service("12381")), pars, T0 + 10 * DAY + 9 * HOUR + rng.integers(0, HOUR, len(pars)),
          "【反诈预警】高考刚结束，近期有不法分子冒充教育部门以\"助学金\"\"提分\"\"录取名额\"实施诈骗，请提高警惕，如有疑问请拨打96110。")
    # heavy-rain warning in Jiujiang and Shangrao, 5 June (emergency broadcast number 12379)
    rain = np.flatnonzero(live & np.isin(w.city[:S], (2, 3)))
    B.sms(w, np.full(len(rain), w.service("12379")), rain, T0 + 4 * DAY + 16 * HOUR + rng.integers(0, 1800, len(rain)),
          "【九江上饶气象】暴雨橙色预警：预计未来12小时庐山、婺源等地有大暴雨，请游客注意安全，远离河道山洪地质灾害点。")


def signalling(w) -> None:
    """Handset events: data sessions, moves between home and work, nightly power cycles, new phones."""
    rng = w.rs.get("life.device")
    S = w.S_all
    persona = w.persona
    who, day = _person_days(w, rng, 2)
    t = _times(rng, who, day, persona)
    big = np.isin(persona[who], (UNI, YOUTH, CAND))
    B.data_sessions(w, rng, who, t, median_bytes=np.where(big, 3.5e7, 1.2e7))
    # commuting: to work in the morning, home in the evening, on working days
    has_work = (w.work[:S] >= 0) & (persona[:S] <= TEEN)
    pw = np.flatnonzero(has_work)
    wd = np.flatnonzero(w.workday)
    for d in wd.tolist():
        go = pw[rng.random(len(pw)) < 0.8]
        tm = T0 + d * DAY + int(8.25 * HOUR) + rng.integers(0, 1500, len(go))
        B.device(w, go, tm, B.LOC_UPDATE)
        te = T0 + d * DAY + int(17.85 * HOUR) + rng.integers(0, 2400, len(go))
        B.device(w, go, te, B.LOC_UPDATE)
    # trips: arriving at the scenic area and coming back
    tr = w.tourists
    B.device(w, tr, w.trip_s[tr] + 60, B.LOC_UPDATE)
    B.device(w, tr, w.trip_e[tr] + 60, B.LOC_UPDATE)
    # migrants leaving after the festival: last update at the station, then detach
    mig = np.flatnonzero((persona[:S] == MIGRANT) & (w.away_s[:S] > T0) & (w.away_s[:S] < w.t_end))
    st = w.cells_in("Nanchang West Station", "Ganzhou West Station")
    B.device(w, mig, w.away_s[mig] - 1800, B.LOC_UPDATE, cell=st[rng.integers(0, len(st), len(mig))])
    B.device(w, mig, w.away_s[mig] - 60, B.DETACH, cell=st[rng.integers(0, len(st), len(mig))])
    # nightly power cycles of old people's phones, random restarts of others
    night = np.flatnonzero(np.isin(persona[:S], (ELDER, FARMER, RETIREE)))
    for d in range(w.days):
        off = night[rng.random(len(night)) < 0.35]
        t_off = T0 + d * DAY + int(21.2 * HOUR) + rng.integers(0, 5400, len(off))
        B.device(w, off, t_off, B.POWER_OFF)
        t_on = T0 + (d + 1) * DAY + int(5.8 * HOUR) + rng.integers(0, 5400, len(off))
        keep = t_on < w.t_end
        B.device(w, off[keep], t_on[keep], B.POWER_ON)
        B.device(w, off[keep], t_on[keep] + rng.integers(1, 6, int(keep.sum())), B.ATTACH)
    live = np.flatnonzero((persona[:S] <= SECOND) & (persona[:S] != DORMANT))
    n = rng.poisson(0.03 * w.days, len(live))
    rs = np.repeat(live, n)
    tr = T0 + rng.integers(0, w.days * DAY, len(rs))
    B.device(w, rs, tr, B.POWER_OFF)
    B.device(w, rs, tr + rng.integers(20, 200, len(rs)), B.POWER_ON)
    B.device(w, rs, tr + rng.integers(201, 240, len(rs)), B.ATTACH)
    # candidates leave their phones off during the papers
    kids = np.flatnonzero(persona[:S] == CAND)
    for d in EXAM_DAYS:
        if d < w.days:
            B.device(w, kids, T0 + d * DAY + int(7.0 * HOUR) + rng.integers(0, 1200, len(kids)), B.POWER_OFF)
            B.device(w, kids, T0 + d * DAY + int(17.6 * HOUR) + rng.integers(0, 1800, len(kids)), B.POWER_ON)
    # new phones: the old one goes off, the new one attaches
    ch = np.flatnonzero((w.imei2[:S] != 0) & (w.imei2_t[:S] < w.t_end))
    tc = w.imei2_t[ch]
    B.device(w, ch, tc - rng.integers(600, 7200, len(ch)), B.POWER_OFF, imei=w.imei[ch])
    B.device(w, ch, tc, B.POWER_ON)
    B.device(w, ch, tc + 3, B.ATTACH)


_DOM = np.array([d[0] for d in DOMAINS], dtype=object)
_DOM_APP = np.array([d[1] for d in DOMAINS], dtype=object)
_DOM_W = np.array([d[3] for d in DOMAINS], dtype=float)
_DOM_G = np.array([d[4] for d in DOMAINS], dtype=object)


def web_and_apps(w) -> None:
    rng = w.rs.get("life.web")
    persona = w.persona
    who, day = _person_days(w, rng, 3)
    t = _times(rng, who, day, persona)
    n = len(who)
    # domain mix: candidates and parents look at the exam sites around and after the exam
    base = _DOM_W / _DOM_W.sum()
    gk = _DOM_G == "gaokao"
    boost = base.copy()
    boost[gk] *= 60
    boost /= boost.sum()
    tour = base.copy()
    tour[_DOM_G == "tour"] *= 80
    tour[_DOM_G == "travel"] *= 6
    tour /= tour.sum()
    exam_side = np.isin(persona[who], (CAND, PARENT)) & (day >= 4)
    touring = (t >= w.trip_s[who] - DAY) & (t < w.trip_e[who])
    mix = np.where(exam_side, 1, np.where(touring, 2, 0))
    cdf = np.cumsum(np.stack([base, boost, tour]), axis=1)
    cdf[:, -1] = 1.0
    di = pick_rows(rng, cdf, mix)
    dom = _DOM[di]
    paths = [d[2] for d in DOMAINS]
    pidx = (rng.random(n) * np.array([len(paths[i]) for i in di])).astype(np.int64)
    path = np.array([paths[i][j] for i, j in zip(di.tolist(), pidx.tolist(), strict=True)], dtype=object)
    url = B.cat("https://", dom, path)
    app = np.where(rng.random(n) < 0.7, _DOM_APP[di], None)
    app = np.where(app == "", None, app)
    B.web(w, who, t, dom, url, app=app, rng=rng)
    # app sightings
    who, day = _person_days(w, rng, 4)
    t = _times(rng, who, day, persona)
    names = np.array([a for a, _ in EVERYDAY_APPS], dtype=object)
    wts = np.array([x for _, x in EVERYDAY_APPS], dtype=float)
    B.apps(w, who, t, names[pick(rng, len(who), wts)], "use")
    # installs: train tickets before the festival trips, exam and volunteer-filling apps after the exam
    S = w.S_all
    live = np.flatnonzero(persona[:S] <= TEEN)
    inst = live[rng.random(len(live)) < 0.06]
    ti = T0 + rng.integers(0, w.days * DAY, len(inst))
    pk = names[pick(rng, len(inst), wts)]
    store = np.array(["https://appgallery.huawei.com/app/", "https://app.mi.com/details?id=", "https://sj.qq.com/appdetail/",
                      "https://apps.apple.com/cn/app/"], dtype=object)
    B.apps(w, inst, ti, pk, "install", B.cat(store[rng.integers(0, len(store), len(inst))], pk))
    kids = np.flatnonzero((persona[:S] == CAND) & (rng.random(S) < 0.35))
    tk = T0 + rint(rng, 9 * DAY + 17 * HOUR, w.days * DAY, len(kids))
    B.apps(w, kids, tk, "cn.chsi.gaokao.zhiyuan", "install", "https://gaokao.chsi.com.cn/app/")
    B.web(w, kids, tk - rng.integers(30, 600, len(kids)), "gaokao.chsi.com.cn", "https://gaokao.chsi.com.cn/app/", rng=rng)
    B.apps(w, kids, tk + rng.integers(600, DAY, len(kids)), "cn.chsi.gaokao.zhiyuan", "use")
    # the national anti-fraud app, pushed by the police, installed by a few during the window
    af = live[rng.random(len(live)) < 0.01]
    B.apps(w, af, T0 + rng.integers(0, w.days * DAY, len(af)), "com.hicorenational.antifraud", "install",
           "https://www.gjfzpt.cn/download")


def platform_accounts(w) -> None:
    """Accounts on internet platforms: years of history, a few new ones in the window."""
    rng = w.rs.get("life.platforms")
    S = w.S_all
    persona = w.persona[:S]
    age = w.age[:S]
    live = persona <= SECOND
    for plat, share, style, launch in PLATFORMS:
        p = share * np.where(age > 65, 0.35, np.where(age > 55, 0.7, 1.0))
        if plat == "qq":
            p = p * np.where(age < 30, 1.8, 0.8)
        has = np.flatnonzero(live & (rng.random(S) < p) & (persona != SECOND))
        lo = np.maximum(w.open_t[has], T0 - (2033 - launch) * 365 * DAY)
        t = lo + (rng.random(len(has)) * (T0 - lo)).astype(np.int64)
        st = np.where(rng.random(len(has)) < 0.03, "closed", np.where(rng.random(len(has)) < 0.01, "frozen", "active"))
        w.platforms.new(plat, style, has, t, st)
    # after the exam candidates sign up for social and travel apps
    kids = np.flatnonzero((persona == CAND) & (rng.random(S) < 0.3))
    for plat, style in (("xiaohongshu", "xhs"), ("ctrip", "ctrip")):
        k = kids[rng.random(len(kids)) < 0.5]
        w.platforms.new(plat, style, k, T0 + rint(rng, 9 * DAY + 18 * HOUR, w.days * DAY, len(k)))
    # the second line of a few dual-SIM holders keeps a second WeChat
    sec = w.second_of[:, 0]
    k = sec[rng.random(len(sec)) < 0.25]
    w.platforms.new("wechat", "wxid", k, w.open_t[k] + rng.integers(DAY, 30 * DAY, len(k)))


def open_accounts(w) -> None:
    """Bank accounts of ordinary people (opened before the gangs pick their victims)."""
    rng = w.rs.get("life.accounts")
    bank = w.bank
    S = w.S_all
    persona = w.persona[:S]
    age = w.age[:S]
    live = (persona <= TEEN) | (persona == DORMANT)
    has = live & ((age >= 16) | (rng.random(S) < 0.3))
    holders = np.flatnonzero(has)
    nacc = 1 + rng.poisson(np.where(age[holders] > 22, 0.45, 0.1))
    who = np.repeat(holders, nacc)
    rural = w.rural[who]
    bk = B.BANK_NAMES[pick(rng, len(who), B.BANK_W)]
    bk = np.where(rural & (rng.random(len(who)) < 0.4), "Jiangxi Rural Commercial Bank", bk)
    ot = np.maximum(w.open_t[who] - rng.integers(-400, 2000, len(who)) * DAY, T0 - 20 * 365 * DAY)
    ot = np.minimum(ot, T0 - DAY)
    bank.new(w.id_of[who], bk, ot, who, rng=rng)


def bank_life(w) -> None:
    """Payments of ordinary people: families, shops, bills, wages, festival red envelopes."""
    rng = w.rs.get("life.bank")
    bank = w.bank
    S = w.S_all
    persona = w.persona[:S]
    # companies: payroll accounts on business licences, bound to an office line of another network
    ncity = len(CITIES)
    n_emp = max(40, S // 120)
    emp_party = w.offnet_of_city(rng, n_emp, None, kind=1)
    emp_acct = bank.of_offnet(emp_party, rng)
    # utilities and the operator's billing account
    util = bank.of_offnet(w.offnet_of_city(rng, 6, None, kind=1), rng)
    acct = bank.party_acct
    live_idx = np.flatnonzero((persona <= TEEN) & (acct[:S] >= 0))
    # payments between people who know each other
    who, day = _person_days(w, rng, 5)
    ok = acct[who] >= 0
    who, day = who[ok], day[ok]
    t = _times(rng, who, day, w.persona)
    to, ok = w.pick_contact(rng, who)
    who, t, to, day = who[ok], t[ok], to[ok], day[ok]
    fam = np.isin(to, w.e_dst[w.e_w > 4])
    to_acct = bank.of(to, rng)
    good = to_acct >= 0
    who, t, to_acct, fam, day = who[good], t[good], to_acct[good], fam[good], day[good]
    amt = np.where(fam, rng.lognormal(np.log(500), 0.9, len(who)), rng.lognormal(np.log(150), 1.0, len(who)))
    red = np.array([6.66, 8.88, 16.8, 52.0, 66.0, 88.0, 168.0, 200.0, 520.0])
    fest = (day == 0) & (rng.random(len(who)) < 0.6)
    amt[fest] = red[rng.integers(0, len(red), int(fest.sum()))]
    amt = np.where(amt > 50, np.round(amt, -1), np.round(amt, 2))
    ch = np.where(w.age[who] > 65, np.where(rng.random(len(who)) < 0.5, B.COUNTER, B.ATM), B.APP)
    bank.transfer(rng, acct[who], to_acct, t, amt, ch, np.where(ch == B.APP, who, -1))
    # shop payments (scan-to-pay) to merchants of the same city
    mer_own = np.flatnonzero((persona == MERCHANT) & (acct[:S] >= 0))
    mer_off = w.offnet_of_city(rng, max(60, S // 60), None, kind=1)
    mer_acct = np.r_[acct[mer_own], bank.of_offnet(mer_off, rng)]
    mer_city = np.r_[w.city[mer_own], w.offnet_city[mer_off - w.cap]]
    order = np.argsort(mer_city, kind="stable")
    mer_acct, mer_city = mer_acct[order], mer_city[order]
    cnt = np.bincount(mer_city, minlength=ncity)
    start = np.r_[0, np.cumsum(cnt)[:-1]]
    n = rng.poisson(0.24 * w.days * np.where(w.age[live_idx] > 65, 0.3, 1.0))
    who = np.repeat(live_idx, n)
    c = w.city[who]
    okc = cnt[c] > 0
    who, c = who[okc], c[okc]
    m = mer_acct[start[c] + (rng.random(len(who)) * cnt[c]).astype(np.int64)]
    t = _times(rng, who, rng.integers(0, w.days, len(who)), w.persona)
    amt = np.round(np.clip(rng.lognormal(np.log(32), 0.9, len(who)), 1, 3000), 2)
    bank.transfer(rng, acct[who], m, t, amt, B.THIRD, who, notify=False)
    # bills: power, water, phone
    pay = live_idx[rng.random(len(live_idx)) < 0.45]
    t = T0 + rng.integers(0, 6, len(pay)) * DAY + rng.integers(8 * HOUR, 22 * HOUR, len(pay))
    bank.transfer(rng, acct[pay], util[rng.integers(0, len(util), len(pay))], t,
                  np.round(rng.lognormal(np.log(120), 0.6, len(pay)), 2), B.THIRD, pay, notify=False)
    # wages on Friday 10 June
    staff = np.flatnonzero(np.isin(persona, (WORKER, FACTORY, YOUTH, PARENT)) & (acct[:S] >= 0))
    emp = emp_acct[(w.work[staff] * 7919 + 13) % len(emp_acct)]
    t = T0 + 9 * DAY + 9 * HOUR + ((w.work[staff] * 131) % 7200) + rng.integers(0, 600, len(staff))
    bank.transfer(rng, emp, acct[staff], t, np.round(rng.lognormal(np.log(4800), 0.35, len(staff)), -1), B.APP)
    # parents send their university children and candidates money; grown-up children send the old red envelopes
    pc = w.parent_child
    ok = (acct[pc[:, 0]] >= 0) & (acct[pc[:, 1]] >= 0) & (rng.random(len(pc)) < 0.5)
    pcs = pc[ok]
    t = T0 + rng.integers(0, w.days, len(pcs)) * DAY + rng.integers(8 * HOUR, 22 * HOUR, len(pcs))
    bank.transfer(rng, acct[pcs[:, 0]], acct[pcs[:, 1]], t, np.round(rng.lognormal(np.log(600), 0.6, len(pcs)), -1), B.APP,
                  pcs[:, 0])
    old = np.flatnonzero(np.isin(persona, (ELDER, RETIREE)) & (acct[:S] >= 0))
    kid, ok = w.pick_contact(rng, old)
    ok &= kid < w.cap
    kid_ok = np.where(ok, kid, 0)
    ok &= acct[kid_ok] >= 0
    o, k = old[ok], kid[ok]
    t = T0 + rng.integers(7 * HOUR, 20 * HOUR, len(o))
    bank.transfer(rng, acct[k], acct[o], t, np.array([200, 500, 600, 800, 1000, 1314])[rng.integers(0, 6, len(o))],
                  B.APP, k)
