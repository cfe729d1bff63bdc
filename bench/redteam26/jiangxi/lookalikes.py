"""Honest look-alikes: people and businesses whose traffic resembles the gangs' on some axis (many strangers
dialled, bulk texts with links, many small payments in, fast money out, calls right after calls from abroad,
one handset seeing many SIMs, many cards on one ID, roaming in high-risk countries, video calls, remote-control
apps, SIM changes). Each kind's numbers (and, where the resemblance is in money or web, accounts and domains)
are labelled ``lookalike:<kind>`` in the truth. Behavioural kinds are here; structural kinds in ``structures.py``.
"""

from __future__ import annotations

import numpy as np

from . import behave as B
from .core import DAY, HOUR, T0
from .crews import active, codes, days_in
from .gangs import ADULTS, CITY, Gang
from .world import (
    CAND,
    ELDER,
    FACTORY,
    FARMER,
    FIXED,
    MERCHANT,
    MIGRANT,
    MOBILE,
    PARENT,
    RETIREE,
    UNI,
    VOIP,
    WORKER,
    YOUTH,
)

KINDS: list = []


def kind(f):
    KINDS.append(f)
    return f


class Honest(Gang):
    """A look-alike kind: the gang tool-kit without the gang (labels say ``lookalike:<kind>``)."""

    def __init__(self, w, name: str):
        self.w, self.ctx = w, None
        self.gid, self.scheme, self.ftype = "", name, ""
        self.rng = w.rs.get("lookalike:" + name)
        self.role = "lookalike:" + name
        self.name = name

    def label(self, etype, ents, role=None, first=None) -> None:
        self.w.truth.add(etype, ents, self.role, "", self.name, T0 if first is None else first)

    def mark(self, parties) -> None:
        parties = np.asarray(parties, dtype=np.int64)
        if len(parties):
            self.label("msisdn", self.w.num[parties])

    def persons(self, n, personas, cities=None, rural=None, mask=None) -> np.ndarray:
        cs = None if cities is None else [CITY[c] if isinstance(c, str) else c for c in cities]
        p = self.w.people(self.rng, n, personas=personas, cities=cs, rural=rural, mask=mask)
        self.mark(p)
        return p

    def business_lines(self, n, city: str, line=MOBILE, cell=None, channel=None, id_type="business_license",
                       open_days=(200, 2500), consecutive=False, ids=None) -> np.ndarray:
        w, rng = self.w, self.rng
        ci = CITY[city]
        if ids is None:
            ids = np.repeat(w.new_ids(1, id_type), n)
        if cell is None:
            cs = w.city_cells(ci, ("urban", "market"))
            cell = cs[int(rng.integers(0, len(cs)))]
        stores, _ = w.channels(rng)
        lines = w.add_lines(n, line=line, city=ci, ids=ids, open_t=T0 - rng.integers(*open_days, n) * DAY,
                            channel=channel or stores[ci, int(rng.integers(0, 14))], open_cell=cell, home=cell,
                            enterprise=id_type == "business_license", prepaid=0, rng=rng, consecutive=consecutive)
        if line != MOBILE:
            w.imei[lines] = 0
        self.mark(lines)
        return lines

    def account(self, parties, business: bool = False) -> np.ndarray:
        """The party's collection account (its first account; a business account on a licence if asked)."""
        w = self.w
        parties = np.asarray(parties, dtype=np.int64)
        if business:
            ids = w.new_ids(len(parties), "business_license")
            acc = w.bank.new(ids, None, T0 - self.rng.integers(300, 3000, len(parties)) * DAY, parties, rng=self.rng)
        else:
            acc = w.bank.party_acct[parties].copy()
            miss = acc < 0
            if miss.any():
                acc[miss] = w.bank.new(w.id_of[parties[miss]], None, T0 - 900 * DAY, parties[miss], rng=self.rng)
        self.label("account", w.bank.text(acc))
        return acc

    # ---------------------------------------------------------- behaviours
    def dial(self, lines, days, per_day, shifts, pool, answer_p, talk_med, engage_p=0.0, engage_med=300,
             gap=(20, 90), callback_p=0.3, gateway=None, video_p=0.0, redial_p=0.0, reject_p=0.06):
        w, rng = self.w, self.rng
        lines = np.asarray(lines, dtype=np.int64)
        calls = self.campaign(lines, active(w, len(lines), days), per_day, shifts, pool, answer_p, talk_med, engage_p,
                              engage_med, gap, video_p, gateway, reject_p=reject_p, redial_p=redial_p)
        miss = np.flatnonzero((calls["res"] != B.ANSWERED) & (rng.random(len(calls["t"])) < callback_p))
        B.calls(w, rng, calls["callee"][miss], calls["caller"][miss], calls["t"][miss] + rng.integers(300, 3 * HOUR, len(miss)),
                B.talk(rng, len(miss), 45, 0.7), B.outcomes(rng, len(miss), 0.85, 0.03, 0.02))
        return calls

    def inbound(self, lines, days, per_day, pool, talk_med, hours=(8, 21), answer_p=0.85) -> dict:
        w, rng = self.w, self.rng
        lines = np.asarray(lines, dtype=np.int64)
        dd = days_in(w, days)
        if not dd or len(lines) == 0:
            return dict(caller=np.zeros(0, dtype=np.int64), callee=np.zeros(0, dtype=np.int64), t=np.zeros(0, dtype=np.int64))
        k = rng.integers(per_day[0], per_day[1] + 1, (len(lines), len(dd)))
        li = np.repeat(np.repeat(lines, len(dd)), k.ravel())
        di = np.repeat(np.tile(np.array(dd), len(lines)), k.ravel())
        t = T0 + di * DAY + rng.integers(int(hours[0] * HOUR), int(hours[1] * HOUR), len(li))
        pool = np.asarray(pool)
        caller = pool[rng.integers(0, len(pool), len(li))]
        B.calls(w, rng, caller, li, t, B.talk(rng, len(li), talk_med, 0.8), B.outcomes(rng, len(li), answer_p, 0.04, 0.01))
        return dict(caller=caller, callee=li, t=t)

    def texts(self, senders, days, per_day, pool, text, hours=(9, 20), gap=(20, 90)) -> dict:
        w, rng = self.w, self.rng
        senders = np.asarray(senders, dtype=np.int64)
        rows_s, rows_t = [], []
        for s in senders.tolist():
            for d in days_in(w, days):
                k = int(rng.integers(per_day[0], per_day[1] + 1))
                t = T0 + d * DAY + int(hours[0] * HOUR) + rng.integers(0, 1800) + np.cumsum(rng.integers(gap[0], gap[1] + 1, k))
                t = t[t < T0 + d * DAY + int(hours[1] * HOUR)]
                rows_s.append(np.full(len(t), s))
                rows_t.append(t)
        if not rows_s:
            return dict(sender=np.zeros(0, dtype=np.int64), receiver=np.zeros(0, dtype=np.int64), t=np.zeros(0, dtype=np.int64))
        s = np.concatenate(rows_s)
        t = np.concatenate(rows_t)
        pool = np.asarray(pool)
        r = pool[np.arange(len(s)) % len(pool)] if len(pool) >= len(s) else pool[rng.integers(0, len(pool), len(s))]
        content = text(len(s)) if callable(text) else text
        B.sms(w, s, r, t, content)
        return dict(sender=s, receiver=r, t=t)

    def collect(self, accounts, days, per_day, amount, payers, channel=B.THIRD, hours=(8, 22), notify=False) -> dict:
        """Many payments into ``accounts`` from ``payers`` (parties); ``amount`` is a function n -> amounts."""
        w, rng = self.w, self.rng
        accounts = np.asarray(accounts, dtype=np.int64)
        dd = days_in(w, days)
        if not dd or len(accounts) == 0:
            return dict(payer=np.zeros(0, dtype=np.int64), t=np.zeros(0, dtype=np.int64), amount=np.zeros(0))
        k = rng.integers(per_day[0], per_day[1] + 1, (len(accounts), len(dd)))
        ai = np.repeat(np.repeat(accounts, len(dd)), k.ravel())
        di = np.repeat(np.tile(np.array(dd), len(accounts)), k.ravel())
        t = T0 + di * DAY + rng.integers(int(hours[0] * HOUR), int(hours[1] * HOUR), len(ai))
        payers = np.asarray(payers)
        payer = payers[rng.integers(0, len(payers), len(ai))]
        src = w.bank.of(payer, rng)
        ok = src >= 0
        amt = amount(len(ai))
        w.bank.transfer(rng, src[ok], ai[ok], t[ok], amt[ok], channel, np.where(payer[ok] < w.cap, payer[ok], -1), notify=notify)
        return dict(payer=payer[ok], t=t[ok], amount=amt[ok], acct=ai[ok])

    def local(self, n, city, own_frac=0.5, personas=ADULTS) -> np.ndarray:
        return self.targets(n, own_frac, personas=personas, cities=[city], off_cities=[city])


def lognorm(rng, median, sigma, lo=1.0, hi=1e7, dec=0):
    return lambda n: np.round(np.clip(rng.lognormal(np.log(median), sigma, n), lo, hi), dec)


def uni(rng, lo, hi, dec=0):
    return lambda n: np.round(rng.uniform(lo, hi, n), dec)


ALL = range(0, 13)
POST = range(9, 13)
SHIFTS = [(9, 12), (14, 18), (19, 21)]
DAYTIME = [(9, 12), (13.5, 18)]


def workdays(w):
    return [d for d in range(w.days) if w.workday[d]]


# ===================================================================== calling businesses and trades
@kind
def gaokao_tutor_sales(w):
    L = Honest(w, "gaokao_tutor_sales")
    p = L.persons(4, (YOUTH, WORKER), ["NC", "NC", "GZ", "JA"])
    pool = L.targets(3000, 0.6, personas=(PARENT,), off_cities=["NC", "GZ", "JA"])
    c = L.dial(p, ALL, (40, 70), SHIFTS, pool, 0.45, 75, 0.05, 600, callback_p=0.25)
    a = np.flatnonzero((c["res"] == B.ANSWERED) & (L.rng.random(len(c["t"])) < 0.3))
    B.sms(w, c["caller"][a], c["callee"][a], c["t"][a] + c["dur"][a] + 120,
          "【启航教育】家长您好，高三复读及高考冲刺暑期班报名中，名师小班，详情 https://qihang-edu.cn 退订回T")
    L.label("domain", ["qihang-edu.cn"])


@kind
def admission_consultant(w):
    L = Honest(w, "admission_consultant")
    rng = L.rng
    p = L.persons(3, (WORKER, YOUTH), ["NC", "NC", "JJ"])
    pool = L.targets(2000, 0.65, personas=(PARENT,), off_cities=["NC", "JJ", "YC"])
    c = L.dial(p, POST, (30, 50), SHIFTS, pool, 0.5, 120, 0.1, 900, callback_p=0.35)
    h = np.flatnonzero(c["hooked"])
    url = B.cat("https://zhiyuan-guihua.cn/s/", codes(rng, len(h), 6))
    B.sms(w, c["caller"][h], c["callee"][h], c["t"][h] + c["dur"][h] + 300,
          B.cat("【志愿规划】家长您好，您预约的高考志愿填报一对一咨询已登记，资料请见 ", url))
    L.label("domain", ["zhiyuan-guihua.cn"])
    acct = L.account(p[:1], business=True)
    v = c["callee"][h]
    pay = v[rng.random(len(v)) < 0.5]
    src = w.bank.of(pay, rng)
    ok = src >= 0
    tt = c["t"][h][: len(pay)][ok] + rng.integers(2 * HOUR, 2 * DAY, int(ok.sum()))
    w.bank.transfer(rng, src[ok], np.full(int(ok.sum()), acct[0]), tt, rng.choice([1980.0, 3980.0, 6800.0], int(ok.sum())),
                    B.APP, np.where(pay[ok] < w.cap, pay[ok], -1))


@kind
def exam_hotel(w):
    L = Honest(w, "exam_hotel")
    rng = L.rng
    for city, area in (("NC", "Honggutan exam venues"), ("GZ", "Ganzhou exam venues")):
        cell = w.cells_in(area)[0]
        ln = L.business_lines(1, city, line=FIXED, cell=cell)
        pool = L.local(800, city, 0.6, personas=(PARENT,))
        L.dial(ln, range(3, 10), (20, 40), DAYTIME, pool, 0.6, 60, callback_p=0.3)
        L.inbound(ln, range(0, 10), (8, 16), pool, 90)
        acct = L.account(ln, business=True)
        L.collect(acct, range(0, 9), (6, 14), uni(rng, 200, 600), pool, B.THIRD)


@kind
def courier(w):
    L = Honest(w, "courier")
    for city in ("NC", "NC", "GZ", "JJ", "SR", "YC"):
        p = L.persons(1, (YOUTH, WORKER, MIGRANT), [city])
        c = L.dial(p, ALL, (60, 110), [(9, 12), (13, 19)], L.local(3000, city), 0.75, 20, gap=(30, 240), callback_p=0.5)
        a = np.flatnonzero(L.rng.random(len(c["t"])) < 0.2)
        B.sms(w, c["caller"][a], c["callee"][a], c["t"][a] + 60, "您好，快递到了，放驿站/门口了，请及时取件，谢谢！")


@kind
def delivery_rider(w):
    L = Honest(w, "delivery_rider")
    for city in ("NC", "NC", "GZ", "JJ", "PX"):
        p = L.persons(1, (YOUTH, MIGRANT), [city])
        L.dial(p, ALL, (30, 60), [(10.5, 13.5), (16.5, 20.5)], L.local(2000, city), 0.8, 15, gap=(60, 400), callback_p=0.4)


@kind
def call_centre_agent(w):
    L = Honest(w, "call_centre_agent")
    lines = L.business_lines(6, "NC", line=VOIP, channel="JXNC-E002", consecutive=True)
    S = w.S_all
    has = np.flatnonzero((w.bank.party_acct[:S] >= 0) & (w.persona[:S] <= 11))
    pool = has[L.rng.integers(0, len(has), 8000)]
    L.dial(lines, workdays(w), (100, 150), DAYTIME, pool, 0.5, 110, 0.05, 600, gap=(10, 40), callback_p=0.1,
           gateway="GW-NC-CC01")
    w.allow_numbers = getattr(w, "allow_numbers", []) + [(n, "bank outsourced call centre") for n in w.num[lines[:3]].tolist()]


@kind
def insurance_telemarketer(w):
    L = Honest(w, "insurance_telemarketer")
    p = L.persons(3, (WORKER, YOUTH), ["NC", "JJ", "NC"])
    days = [d for d in range(w.days) if w.workday[d] or d % 7 == 3]
    L.dial(p, days, (80, 120), DAYTIME, L.targets(9000, 0.55), 0.35, 40, gap=(10, 50), callback_p=0.05, reject_p=0.15)
    w.annoying = getattr(w, "annoying", []) + p.tolist()


@kind
def loan_telemarketer(w):
    L = Honest(w, "loan_telemarketer")
    p = L.persons(3, (WORKER, YOUTH), ["NC", "GZ", "SR"])
    c = L.dial(p, workdays(w), (60, 100), DAYTIME, L.targets(7000, 0.55, personas=(WORKER, MERCHANT, YOUTH, FACTORY)),
               0.35, 45, gap=(15, 60), callback_p=0.08, reject_p=0.12)
    a = np.flatnonzero(c["res"] == B.ANSWERED)
    B.sms(w, c["caller"][a], c["callee"][a], c["t"][a] + c["dur"][a] + 60,
          "【江西银行】尊敬的客户，您可申请最高30万元个人消费贷，利率以审批为准，详询4006695568，退订回T")
    w.annoying = getattr(w, "annoying", []) + p[:1].tolist()


@kind
def real_estate_agent(w):
    L = Honest(w, "real_estate_agent")
    for city in ("NC", "NC", "GZ", "JJ"):
        p = L.persons(1, (WORKER, YOUTH), [city])
        L.dial(p, ALL, (30, 60), SHIFTS, L.local(2500, city), 0.5, 90, 0.04, 600, callback_p=0.3)


@kind
def tour_agency(w):
    L = Honest(w, "tour_agency")
    rng = L.rng
    p = L.persons(3, (WORKER, MERCHANT), ["JJ", "SR", "SR"])
    tour = w.tourists[w.persona[w.tourists] <= 11]
    pool = np.r_[tour, L.targets(2500, 0.0, off_cities=[-1])]
    pool = pool[rng.permutation(len(pool))]
    c = L.dial(p, ALL, (30, 50), SHIFTS, pool, 0.55, 120, 0.06, 500, callback_p=0.35)
    a = np.flatnonzero(c["res"] == B.ANSWERED)
    url = B.cat("https://lushan-lvxing.com/trip/", codes(rng, len(a), 6))
    B.sms(w, c["caller"][a], c["callee"][a], c["t"][a] + c["dur"][a] + 300,
          B.cat("【庐山行旅行社】您的行程单已生成：", url, "，集合时间地点见行程单，如遇天气变化我们将电话通知。"))
    L.label("domain", ["lushan-lvxing.com"])
    acct = L.account(p[:1], business=True)
    L.collect(acct, ALL, (5, 12), uni(rng, 200, 1500), pool, B.APP, notify=True)


@kind
def ride_hailing_driver(w):
    L = Honest(w, "ride_hailing_driver")
    for city in ("NC", "GZ", "JJ"):
        p = L.persons(1, (WORKER, YOUTH, MIGRANT), [city])
        L.dial(p, ALL, (20, 40), [(7, 10), (11, 14), (17, 23)], L.local(1500, city), 0.85, 25, gap=(300, 900), callback_p=0.3)


@kind
def driving_school_coach(w):
    L = Honest(w, "driving_school_coach")
    rng = L.rng
    p = L.persons(2, (WORKER,), ["NC", "GZ"])
    for i, city in enumerate(("NC", "GZ")):
        pool = L.local(700, city, 0.7, personas=(CAND, PARENT))
        c = L.dial(p[i: i + 1], range(9, 13), (20, 30), DAYTIME, pool, 0.6, 90, 0.12, 400, callback_p=0.4)
        acct = L.account(p[i: i + 1])
        h = np.flatnonzero(c["hooked"])
        src = w.bank.of(c["callee"][h], rng)
        ok = src >= 0
        w.bank.transfer(rng, src[ok], np.full(int(ok.sum()), acct[0]), c["t"][h][ok] + rng.integers(HOUR, DAY, int(ok.sum())),
                        rng.choice([3000.0, 3800.0, 4500.0], int(ok.sum())), B.APP,
                        np.where(c["callee"][h][ok] < w.cap, c["callee"][h][ok], -1))


@kind
def debt_collector(w):
    L = Honest(w, "debt_collector")
    p = L.persons(3, (WORKER, YOUTH), ["NC", "NC", "GZ"])
    pool = L.targets(1500, 0.6, personas=(YOUTH, FACTORY, MIGRANT, WORKER))
    L.dial(p, workdays(w), (60, 100), DAYTIME, np.tile(pool, 4), 0.3, 50, gap=(10, 40), callback_p=0.02, reject_p=0.2,
           redial_p=0.4)
    w.annoying = getattr(w, "annoying", []) + p[:2].tolist()


@kind
def community_grid_worker(w):
    L = Honest(w, "community_grid_worker")
    for city in ("NC", "GZ", "SR"):
        p = L.persons(1, (WORKER,), [city])
        L.dial(p, workdays(w), (20, 40), DAYTIME, L.local(600, city, 0.8, personas=(ELDER, RETIREE)), 0.7, 120,
               callback_p=0.3)


@kind
def antifraud_centre_caller(w):
    """Police anti-fraud centre staff ringing people just contacted by fraud, and many others, to warn them."""
    L = Honest(w, "antifraud_centre_caller")
    rng = L.rng
    lines = L.business_lines(2, "NC", line=FIXED, id_type="government")
    cases = getattr(w, "cases", [])
    vic = np.array(sorted({c["victim"] for c in cases}), dtype=np.int64)
    pool = np.r_[vic, L.targets(1500, 0.8, personas=(ELDER, RETIREE, PARENT, WORKER))]
    pool = pool[rng.permutation(len(pool))]
    L.dial(lines, ALL, (30, 60), DAYTIME + [(19, 21)], pool, 0.6, 180, gap=(60, 240), callback_p=0.15)
    w.allow_numbers = getattr(w, "allow_numbers", []) + [(n, "police anti-fraud centre") for n in w.num[lines[:1]].tolist()]


@kind
def bank_risk_callback(w):
    L = Honest(w, "bank_risk_callback")
    rng = L.rng
    lines = L.business_lines(2, "NC", line=FIXED)
    cases = getattr(w, "cases", [])
    vic = np.array(sorted({c["victim"] for c in cases if c["amount"] > 20000 and c["victim"] < w.cap}), dtype=np.int64)
    pool = np.r_[vic, L.targets(800, 1.0, personas=(MERCHANT, WORKER, PARENT, RETIREE))]
    L.dial(lines, workdays(w), (20, 40), DAYTIME, pool[rng.permutation(len(pool))], 0.65, 120, gap=(60, 300), callback_p=0.4)


@kind
def homeroom_teacher(w):
    L = Honest(w, "homeroom_teacher")
    rng = L.rng
    for city in ("NC", "GZ", "JJ", "SR"):
        p = L.persons(1, (WORKER,), [city])
        S = w.S_all
        par = np.flatnonzero((w.persona[:S] == PARENT) & (w.city[:S] == CITY[city]))
        cls = par[rng.permutation(len(par))[:45]]
        if len(cls) == 0:
            continue
        L.dial(p, range(2, 10), (15, 30), [(12, 13.5), (18.5, 21.5)], np.tile(cls, 8), 0.8, 90, callback_p=0.6)
        for d in (2, 5, 9):
            if d < w.days:
                t = T0 + d * DAY + 20 * HOUR + np.arange(len(cls)) * rng.integers(5, 30, len(cls))
                B.sms(w, np.full(len(cls), p[0]), cls, t,
                      "各位家长：高考期间请提前规划路线，考生务必携带准考证、身份证，考后请勿轻信任何提分、保录取信息，成绩以省教育考试院公布为准。")


@kind
def restaurant_bookings(w):
    L = Honest(w, "restaurant_bookings")
    for city in ("NC", "JDZ"):
        ln = L.business_lines(1, city, line=FIXED)
        pool = L.local(1500, city, 0.5)
        L.inbound(ln, ALL, (30, 60), pool, 70, hours=(9, 20.5))
        L.dial(ln, ALL, (10, 20), [(14, 17)], pool, 0.7, 40, callback_p=0.3)


@kind
def fruit_seller(w):
    L = Honest(w, "fruit_seller")
    rng = L.rng
    p = L.persons(2, (MERCHANT, WORKER), ["GZ", "GZ"])
    pool = np.r_[L.targets(1500, 0.3, off_cities=[-1, CITY["GZ"], CITY["NC"]])]
    c = L.inbound(p, ALL, (15, 30), pool, 100)
    L.texts(p, ALL, (20, 40), c["caller"] if len(c["caller"]) else pool,
            lambda n: B.cat("【杨梅鲜果】您的订单已由顺丰发出，运单号SF", rng.integers(10 ** 11, 10 ** 12, n),
                            "，查询 https://www.sf-express.com"))
    acct = L.account(p)
    L.collect(acct, ALL, (20, 40), lognorm(rng, 120, 0.5, 30, 800), pool, B.THIRD)


@kind
def factory_hr_recruiter(w):
    L = Honest(w, "factory_hr_recruiter")
    rng = L.rng
    p = L.persons(3, (WORKER, YOUTH), ["GZ", "JA", "GZ"])
    pool = L.targets(5000, 0.6, personas=(YOUTH, MIGRANT, FACTORY, UNI, CAND))
    L.dial(p, ALL, (40, 70), SHIFTS, pool, 0.5, 70, 0.05, 400, callback_p=0.3)
    L.texts(p, range(3, 13), (60, 120), pool[rng.permutation(len(pool))],
            "【东莞立讯招聘】暑期工/长期工，包吃住，月薪5500-7800，报名电话同本号，详情 https://dg-zhaogong.com/jobs")
    L.label("domain", ["dg-zhaogong.com"])


@kind
def job_seeking_graduate(w):
    L = Honest(w, "job_seeking_graduate")
    p = L.persons(2, (UNI,), ["NC", "GZ"])
    biz = w.offnet_of_city(L.rng, 800, None, kind=1)
    L.dial(p, workdays(w), (15, 30), DAYTIME, biz, 0.6, 60, gap=(120, 600), callback_p=0.2)


@kind
def moving_company(w):
    L = Honest(w, "moving_company")
    for city in ("NC", "GZ"):
        p = L.persons(1, (MERCHANT, WORKER), [city])
        pool = L.local(1200, city)
        L.inbound(p, ALL, (15, 25), pool, 90)
        L.dial(p, ALL, (10, 20), DAYTIME, pool, 0.7, 60, callback_p=0.4)


@kind
def hospital_appointment(w):
    L = Honest(w, "hospital_appointment")
    ln = L.business_lines(1, "NC", line=FIXED)
    L.dial(ln, workdays(w), (60, 90), DAYTIME, L.local(3000, "NC", 0.6, personas=(ELDER, RETIREE, PARENT, WORKER)), 0.6, 40,
           callback_p=0.25)


@kind
def building_materials_sales(w):
    L = Honest(w, "building_materials_sales")
    p = L.persons(2, (MERCHANT,), ["NC", "YC"])
    biz = w.offnet_of_city(L.rng, 600, None, kind=1)
    L.dial(p, workdays(w), (30, 50), DAYTIME, np.r_[biz, L.targets(600, 0.5)], 0.6, 80, callback_p=0.35)


@kind
def secondhand_car_dealer(w):
    L = Honest(w, "secondhand_car_dealer")
    p = L.persons(2, (MERCHANT,), ["NC", "GZ"])
    L.dial(p, ALL, (25, 45), SHIFTS, L.targets(2000, 0.5, cities=["NC", "GZ"], off_cities=["NC", "GZ"]), 0.5, 80,
           callback_p=0.3)


@kind
def offnet_telemarketer(w):
    """Telemarketers of other networks (education, insurance) ringing our subscribers: seen only as callers."""
    L = Honest(w, "offnet_telemarketer")
    rng = L.rng
    lines = w.new_offnet_mobiles(rng, 4, CITY["NC"])
    L.mark(lines)
    S = w.S_all
    pool = np.flatnonzero((w.persona[:S] <= 11) & (w.status[:S] == 0))
    pool = pool[rng.integers(0, len(pool), 9000)]
    L.dial(lines, workdays(w), (80, 120), DAYTIME, pool, 0.3, 30, gap=(10, 40), callback_p=0.03, reject_p=0.15)


@kind
def night_shift_worker(w):
    L = Honest(w, "night_shift_worker")
    rng = L.rng
    p = L.persons(3, (FACTORY,), ["GZ", "NC", "XY"])
    k = rng.integers(3, 9, (len(p), w.days))
    who = np.repeat(np.repeat(p, w.days), k.ravel())
    day = np.repeat(np.tile(np.arange(w.days), len(p)), k.ravel())
    t = T0 + day * DAY + rng.integers(0, 5 * HOUR, len(who))
    to, ok = w.pick_contact(rng, who)
    B.calls(w, rng, who[ok], to[ok], t[ok], B.talk(rng, int(ok.sum()), 60, 0.8), B.outcomes(rng, int(ok.sum()), 0.6))


@kind
def graduation_photo_studio(w):
    L = Honest(w, "graduation_photo_studio")
    p = L.persons(2, (MERCHANT, YOUTH), ["NC", "JA"])
    pool = L.targets(1500, 0.7, personas=(CAND, PARENT), cities=["NC", "JA"], off_cities=["NC", "JA"])
    c = L.dial(p, POST, (30, 50), SHIFTS, pool, 0.5, 60, callback_p=0.3)
    a = np.flatnonzero(c["res"] == B.ANSWERED)
    B.sms(w, c["caller"][a], c["callee"][a], c["t"][a] + 200, "【唯美摄影】毕业季写真套餐预约中，样片见 https://weimei-sheying.com 回复T退订")
    L.label("domain", ["weimei-sheying.com"])


@kind
def volunteer_fill_hotline(w):
    L = Honest(w, "volunteer_fill_hotline")
    lines = L.business_lines(3, "NC", line=FIXED, id_type="government", consecutive=True)
    pool = L.targets(4000, 0.7, personas=(PARENT, CAND), off_cities=list(range(11)))
    c = L.inbound(lines, POST, (40, 80), pool, 240)
    L.dial(lines, POST, (10, 20), DAYTIME, c["caller"] if len(c["caller"]) else pool, 0.7, 180, callback_p=0.2)
    w.allow_numbers = getattr(w, "allow_numbers", []) + [(n, "exam authority hotline") for n in w.num[lines].tolist()]


# ===================================================================== bulk texts
@kind
def mall_marketing_sms(w):
    L = Honest(w, "mall_marketing_sms")
    rng = L.rng
    ln = L.business_lines(1, "NC", cell=w.cells_in("Honggutan")[2])
    pool = L.local(20000, "NC", 0.5)
    r = L.texts(ln, ALL, (300, 500), pool, lambda n: B.cat("【红谷滩大悦城】端午及毕业季狂欢，满300减50，会员积分翻倍，详情 https://hgt-joycity.com/m/",
                                                            codes(rng, n, 4), " 回T退订"), gap=(20, 60))
    L.label("domain", ["hgt-joycity.com"])
    back = np.flatnonzero((r["receiver"] < w.cap) & (rng.random(len(r["t"])) < 0.01))
    B.sms(w, r["receiver"][back], r["sender"][back], r["t"][back] + rng.integers(60, 3600, len(back)), "T")


@kind
def school_notice_sms(w):
    L = Honest(w, "school_notice_sms")
    rng = L.rng
    for city in ("NC", "YC", "FZ"):
        p = L.persons(1, (WORKER,), [city])
        S = w.S_all
        par = np.flatnonzero(np.isin(w.persona[:S], (PARENT,)) & (w.city[:S] == CITY[city]))
        cls = par[rng.permutation(len(par))[:120]]
        for d in (2, 5, 6, 9):
            if d < w.days and len(cls):
                t = T0 + d * DAY + 17 * HOUR + np.cumsum(rng.integers(3, 15, len(cls)))
                B.sms(w, np.full(len(cls), p[0]), cls, t, "【南昌二中】家长您好：高考考点及注意事项已发布，请查看学校官网 https://www.nc2zx.cn/tzgg ，如有疑问请联系班主任。")
    L.label("domain", ["nc2zx.cn", "www.nc2zx.cn"])


@kind
def antifraud_volunteer(w):
    L = Honest(w, "antifraud_volunteer")
    p = L.persons(3, (RETIREE, WORKER), ["NC", "GZ", "SR"])
    for i, city in enumerate(("NC", "GZ", "SR")):
        L.texts(p[i: i + 1], ALL, (80, 160), L.local(3000, city, 0.5),
                "【反诈志愿者】高考后凡是声称花钱提分、保录取、助学金需先交费的都是诈骗！接到可疑电话请拨打96110，下载国家反诈中心APP https://www.gjfzpt.cn")


@kind
def wechat_business(w):
    L = Honest(w, "wechat_business")
    rng = L.rng
    p = L.persons(3, (YOUTH,), ["NC", "GZ", "JJ"])
    for i, city in enumerate(("NC", "GZ", "JJ")):
        pool = L.local(1500, city, 0.5)
        L.texts(p[i: i + 1], ALL, (40, 80), pool,
                lambda n: B.cat("【小美优选】端午礼盒现货，下单戳 https://k.youzan.com/s/", codes(rng, n, 6), " 回T退订"))
        acct = L.account(p[i: i + 1])
        L.collect(acct, ALL, (8, 20), lognorm(rng, 68, 0.5, 10, 600), pool, B.THIRD)


@kind
def property_management(w):
    L = Honest(w, "property_management")
    rng = L.rng
    for city in ("NC", "JJ"):
        ln = L.business_lines(1, city)
        res = L.local(400, city, 1.0)
        L.texts(ln, range(0, 4), (100, 150), res, "【物业服务中心】尊敬的业主，2033年二季度物业费已出账，可通过物业APP或前台缴纳，谢谢配合。")
        acct = L.account(ln, business=True)
        L.collect(acct, range(0, 8), (15, 35), lognorm(rng, 260, 0.4, 80, 1200, 2), res, B.THIRD)


@kind
def clinic_reminder_sms(w):
    L = Honest(w, "clinic_reminder_sms")
    ln = L.business_lines(1, "GZ")
    L.texts(ln, ALL, (30, 50), L.local(1500, "GZ", 0.7, personas=(ELDER, RETIREE, PARENT)),
            "【章贡区社区卫生服务中心】您预约的健康体检为明日上午8:00，请空腹前往，如需改期请回电。")


# ===================================================================== money in, money out
@kind
def merchant_qr(w):
    L = Honest(w, "merchant_qr")
    rng = L.rng
    for city in ("NC", "GZ", "JJ", "SR"):
        p = L.persons(1, (MERCHANT,), [city])
        acct = L.account(p)
        L.collect(acct, ALL, (150, 300), lognorm(rng, 25, 0.8, 2, 400, 2), L.local(5000, city, 0.6), B.THIRD, hours=(6, 23))


@kind
def rent_collector(w):
    L = Honest(w, "rent_collector")
    rng = L.rng
    for area in ("Shuanggang urban village", "Huangjin urban village", "Shuanggang urban village"):
        city = "NC" if area.startswith("Shuang") else "GZ"
        p = L.persons(1, (MERCHANT, RETIREE, WORKER), [city])
        w.home[p] = w.cells_in(area)[int(rng.integers(0, len(w.cells_in(area))))]
        tenants = L.local(60, city, 0.7, personas=(FACTORY, YOUTH, MIGRANT, WORKER))
        acct = L.account(p)
        c = L.collect(acct, range(0, 5), (5, 12), uni(rng, 600, 1800), tenants, B.APP, notify=True)
        L.inbound(p, range(0, 5), (3, 8), tenants, 60)
        if len(c["t"]):
            out = w.bank.of_offnet(w.offnet_of_city(rng, 1, CITY[city], kind=1), rng)
            w.bank.transfer(rng, acct, out, T0 + min(6, w.days - 1) * DAY + 10 * HOUR, np.round(c["amount"].sum() * 0.9, -2),
                            B.APP, p)


@kind
def wholesale_trader(w):
    L = Honest(w, "wholesale_trader")
    rng = L.rng
    p = L.persons(3, (MERCHANT,), ["NC", "GZ", "SR"])
    for i in range(len(p)):
        acct = L.account(p[i: i + 1])
        biz = w.offnet_of_city(rng, 60, None, kind=1)
        L.collect(acct, ALL, (4, 10), lognorm(rng, 18000, 0.9, 1000, 300000), biz, B.APP, notify=True)
        sup = w.bank.of_offnet(biz[:20], rng)
        k = 6 * w.days
        w.bank.transfer(rng, np.full(k, acct[0]), sup[rng.integers(0, len(sup), k)], T0 + rng.integers(0, w.days * DAY, k),
                        np.round(rng.lognormal(np.log(20000), 0.9, k), -1), B.APP, p[i])
        L.dial(p[i: i + 1], ALL, (20, 40), SHIFTS, biz, 0.7, 90, callback_p=0.5)


@kind
def family_money_pool(w):
    L = Honest(w, "family_money_pool")
    rng = L.rng
    p = L.persons(3, (PARENT, WORKER, MERCHANT), None)
    for i in range(len(p)):
        acct = L.account(p[i: i + 1])
        rel, ok = w.pick_contact(rng, np.full(8, p[i]))
        rel = np.unique(rel[ok])
        d0 = int(rng.integers(0, max(w.days - 3, 1)))
        src = w.bank.of(rel, rng)
        t = T0 + d0 * DAY + rng.integers(8 * HOUR, 2 * DAY, len(rel))
        w.bank.transfer(rng, src, np.full(len(rel), acct[0]), t, np.round(rng.uniform(2000, 20000, len(rel)), -2), B.APP,
                        np.where(rel < w.cap, rel, -1))
        hosp = w.bank.of_offnet(w.offnet_of_city(rng, 1, None, kind=1), rng)
        w.bank.transfer(rng, acct, hosp, np.array([t.max() + rng.integers(HOUR, 6 * HOUR)]),
                        np.array([np.round(rng.uniform(40000, 90000), -2)]), B.COUNTER)


@kind
def labour_contractor_payroll(w):
    L = Honest(w, "labour_contractor_payroll")
    rng = L.rng
    p = L.persons(2, (MERCHANT, WORKER), ["NC", "GZ"])
    for i in range(len(p)):
        acct = L.account(p[i: i + 1])
        crew = L.targets(int(rng.integers(25, 40)), 0.7, personas=(FACTORY, MIGRANT, WORKER))
        d = min(int(rng.integers(8, 11)), w.days - 1)
        t0 = T0 + d * DAY + 10 * HOUR
        comp = w.bank.of_offnet(w.offnet_of_city(rng, 1, None, kind=1), rng)
        w.bank.transfer(rng, comp, acct, np.array([t0]), np.array([np.round(rng.uniform(150000, 220000), -2)]), B.APP)
        dst = w.bank.of(crew, rng)
        ok = dst >= 0
        n = int(ok.sum())
        w.bank.transfer(rng, np.full(n, acct[0]), dst[ok], t0 + 600 + np.cumsum(rng.integers(20, 120, n)),
                        np.round(rng.uniform(3000, 4990, n), 0), B.APP, p[i])


@kind
def group_buy_leader(w):
    L = Honest(w, "group_buy_leader")
    rng = L.rng
    for city in ("NC", "JJ", "FZ"):
        p = L.persons(1, (PARENT, RETIREE, WORKER), [city])
        acct = L.account(p)
        nb = L.local(200, city, 0.8)
        c = L.collect(acct, ALL, (40, 80), lognorm(rng, 35, 0.6, 5, 300, 2), nb, B.THIRD)
        sup = w.bank.of_offnet(w.offnet_of_city(rng, 1, CITY[city], kind=1), rng)
        for d in range(w.days):
            m = (c["t"] >= T0 + d * DAY) & (c["t"] < T0 + (d + 1) * DAY)
            if m.any():
                w.bank.transfer(rng, acct, sup, np.array([T0 + d * DAY + 22 * HOUR]), np.array([np.round(c["amount"][m].sum() * 0.92, 2)]),
                                B.APP, p)


@kind
def porcelain_live_seller(w):
    L = Honest(w, "porcelain_live_seller")
    rng = L.rng
    cells = np.r_[w.cells_in("Taoxichuan"), w.cells_in("Ceramic market")]
    p = L.persons(4, (MERCHANT, YOUTH, WORKER), ["JDZ"])
    if len(p) < 4:
        p = np.r_[p, L.persons(4 - len(p), (MERCHANT, YOUTH, WORKER), None)]
    w.work[p] = cells[rng.integers(0, len(cells), len(p))]
    for name, style in (("douyin", "douyin"), ("kuaishou", "ks"), ("xiaohongshu", "xhs")):
        acc = w.platforms.new(name, style, p, T0 - rng.integers(100, 900, len(p)) * DAY)
        L.label("account", acc)
    buyers = L.targets(3000, 0.25, off_cities=[-1, CITY["NC"], CITY["JJ"]])
    for d in range(w.days):
        B.data_sessions(w, rng, p, T0 + d * DAY + 19 * HOUR + rng.integers(0, 2 * HOUR, len(p)), 1.5e9, 0.5)
    c = L.inbound(p, ALL, (6, 15), buyers, 150, hours=(10, 23))
    host = "jdz-ciyun.com"
    L.texts(p, ALL, (10, 25), c["caller"] if len(c["caller"]) else buyers,
            lambda n: B.cat("【瓷韵工坊】您的订单已打包，物流单号及开箱视频见 https://", host, "/o/", codes(rng, n, 8)))
    L.label("domain", [host])
    acct = L.account(p)
    col = L.collect(acct, ALL, (20, 40), lognorm(rng, 900, 0.7, 100, 8000), buyers, B.THIRD, hours=(19, 24))
    kilns = w.bank.of_offnet(w.offnet_of_city(rng, 6, CITY["JDZ"], kind=1), rng)
    for i, a in enumerate(acct.tolist()):
        k = 2 * w.days
        tot = col["amount"][col["acct"] == a].sum() if len(col["acct"]) else 0
        if tot:
            w.bank.transfer(rng, np.full(k, a), kilns[rng.integers(0, len(kilns), k)], T0 + rng.integers(0, w.days * DAY, k),
                            np.round(np.full(k, tot * 0.6 / k) * rng.uniform(0.5, 1.5, k), 0), B.APP, p[i])


@kind
def tea_seller(w):
    L = Honest(w, "tea_seller")
    rng = L.rng
    p = L.persons(2, (MERCHANT, FARMER), ["SR", "JJ"])
    buyers = L.targets(1500, 0.3, off_cities=[-1, CITY["NC"]])
    L.inbound(p, ALL, (8, 16), buyers, 120)
    acct = L.account(p)
    L.collect(acct, ALL, (8, 18), lognorm(rng, 260, 0.6, 50, 3000), buyers, B.THIRD)


@kind
def bnb_host(w):
    L = Honest(w, "bnb_host")
    rng = L.rng
    cells = np.r_[w.cells_in("Wuyuan Jiangling"), w.cells_in("Wuyuan Likeng"), w.cells_in("Wuyuan Huangling")]
    p = L.persons(3, (MERCHANT, FARMER, WORKER), ["SR"])
    w.home[p] = cells[rng.integers(0, len(cells), len(p))]
    guests = np.r_[w.tourists[w.persona[w.tourists] <= 11], L.targets(1200, 0.0, off_cities=[-1])]
    L.inbound(p, ALL, (6, 14), guests, 120)
    L.dial(p, ALL, (8, 15), DAYTIME, guests[rng.permutation(len(guests))], 0.75, 90, callback_p=0.4)
    acct = L.account(p)
    col = L.collect(acct, range(0, 5), (5, 10), uni(rng, 200, 800), guests, B.THIRD)
    # the 5 June downpour: cancelled stays refunded
    m = np.flatnonzero((col["t"] >= T0 + 3 * DAY) & (rng.random(len(col["t"])) < 0.6))
    if len(m):
        w.bank.transfer(rng, col["acct"][m], w.bank.of(col["payer"][m], rng), T0 + 4 * DAY + rng.integers(10 * HOUR, 30 * HOUR, len(m)),
                        col["amount"][m], B.APP)


@kind
def scenic_refund_service(w):
    L = Honest(w, "scenic_refund_service")
    rng = L.rng
    ln = L.business_lines(1, "JJ", line=FIXED, cell=w.cells_in("Lushan Guling")[0], id_type="government")
    tour = w.tourists[(w.persona[w.tourists] <= 11) & np.isin(w.trip_cell[w.tourists], w.cells_in("Lushan Guling", "Lushan west sea"))]
    if len(tour) == 0 or w.days < 6:
        return
    t = T0 + 5 * DAY + 9 * HOUR + np.cumsum(rng.integers(10, 60, len(tour)))
    B.sms(w, np.full(len(tour), w.service("10690792123")), tour, t,
          "【庐山风景名胜区管理局】受6月5日暴雨影响景区临时关闭，已购门票将在3个工作日内原路退回，无需任何操作。谨防诈骗，官方网站 https://www.lushan.gov.cn")
    L.label("msisdn", [str(w.num[w.service("10690792123")])])
    L.inbound(ln, range(4, 9), (20, 40), tour, 120)
    acct = L.account(ln, business=True)
    dst = w.bank.of(tour, rng)
    ok = dst >= 0
    w.bank.transfer(rng, np.full(int(ok.sum()), acct[0]), dst[ok], T0 + 7 * DAY + rng.integers(9 * HOUR, 17 * HOUR, int(ok.sum())),
                    rng.choice([160.0, 180.0, 240.0], int(ok.sum())), B.APP)


@kind
def private_tutor(w):
    L = Honest(w, "private_tutor")
    rng = L.rng
    for city in ("NC", "GZ", "YC"):
        p = L.persons(1, (WORKER, UNI), [city])
        pool = L.local(400, city, 0.8, personas=(PARENT,))
        c = L.dial(p, range(5, 13), (10, 20), [(12, 14), (18, 21.5)], pool, 0.6, 180, 0.15, 600, callback_p=0.4)
        acct = L.account(p)
        h = np.flatnonzero(c["hooked"])
        src = w.bank.of(c["callee"][h], rng)
        ok = src >= 0
        w.bank.transfer(rng, src[ok], np.full(int(ok.sum()), acct[0]), c["t"][h][ok] + rng.integers(HOUR, DAY, int(ok.sum())),
                        rng.choice([2000.0, 3600.0, 6000.0], int(ok.sum())), B.APP, np.where(c["callee"][h][ok] < w.cap, c["callee"][h][ok], -1))


@kind
def charity_organizer(w):
    L = Honest(w, "charity_organizer")
    rng = L.rng
    p = L.persons(1, (WORKER, PARENT), ["JA"])
    pool = L.local(800, "JA", 0.7)
    L.texts(p, range(1, 4), (60, 100), pool, "乡亲们好，村里李家小孩白血病住院急需救治，愿意帮忙的可转账或扫码，每一笔都会公示，谢谢大家！")
    acct = L.account(p)
    col = L.collect(acct, range(1, 8), (10, 25), lognorm(rng, 100, 0.7, 10, 2000), pool, B.THIRD)
    if len(col["t"]):
        hosp = w.bank.of_offnet(w.offnet_of_city(rng, 1, CITY["NC"], kind=1), rng)
        w.bank.transfer(rng, acct, hosp, np.array([col["t"].max() + DAY]), np.array([np.round(col["amount"].sum(), 2)]), B.COUNTER)


@kind
def migrant_remitter(w):
    L = Honest(w, "migrant_remitter")
    rng = L.rng
    S = w.S_all
    mig = np.flatnonzero((w.persona[:S] == MIGRANT) & (w.away_s[:S] > T0) & (w.away_s[:S] < w.t_end) & ~w.claimed[:S])
    p = mig[:3]
    w.claimed[p] = True
    L.mark(p)
    for x in p.tolist():
        acct = L.account(np.array([x]))
        rel, ok = w.pick_contact(rng, np.full(6, x))
        dst = w.bank.of(np.unique(rel[ok]), rng)
        t = w.away_s[x] - rng.integers(HOUR, 5 * HOUR, len(dst))
        w.bank.transfer(rng, np.full(len(dst), acct[0]), dst, t, np.round(rng.uniform(500, 5000, len(dst)), -1), B.APP, x)


def generate(w) -> None:
    from . import structures
    for f in KINDS + structures.KINDS:
        f(w)
