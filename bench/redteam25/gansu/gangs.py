"""Fifteen fraud gangs as a Gansu anti-fraud centre would see them in the 2032 school-opening fortnight."""

from __future__ import annotations

import numpy as np

from . import behave as B
from .core import DAY, HOUR, T0, lognorm_int, pick, sample_time
from .life import account_names

SCHEMES = {
    "G01": ("tuition_fee_sms", "other"), "G02": ("student_aid_forged_landline", "other"),
    "G03": ("dunhuang_camp_refund_goip", "customer_service"), "G04": ("village_card_supply", None),
    "G05": ("fake_procuratorate_roaming", "impersonate_police"), "G06": ("relay_phone_refund", "customer_service"),
    "G07": ("lost_parcel_call_forwarding", "customer_service"), "G08": ("pig_butchering_gold", "investment"),
    "G09": ("ecommerce_refund_screen_share", "customer_service"), "G10": ("fake_loan_ip_literal", "loan"),
    "G11": ("task_brushing_students", "part_time_job"), "G12": ("ai_faceswap_boss", "acquaintance"),
    "G13": ("running_points_studio", None), "G14": ("cordyceps_buyer_deposit", "other"),
    "G15": ("medical_insurance_frozen_callback", "impersonate_police"),
}


def T(w, g, etype, ents, role, first=None):
    w.truth.add(etype, ents, role, g, SCHEMES[g][0], first)


def persons(w, n, kind="gang", id_type="resident_id", region=""):
    return w.add_persons(n, kind=kind, id_type=id_type, region=region)


def new_lines(w, pers, open_t, channel, cell, kind="gangcard", prepaid=1, line_type="mobile", msisdn=None):
    n = len(pers)
    if line_type == "mobile":
        li = w.add_lines(n, pers, handset=None, imei=np.zeros(n, dtype=np.int64), open_time=open_t,
                         open_channel=channel, open_cell=cell, home_cell=cell, work_cell=-1, kind=kind,
                         is_prepaid=np.full(n, prepaid, dtype=np.int8))
    else:
        li = w.add_lines(n, pers, line_type=line_type, handset=None, msisdn=msisdn, open_time=open_t,
                         open_channel=channel, customer_type="enterprise", kind=kind, is_prepaid=0)
    return li, w.lines.chunks[-1]["msisdn"].copy()


def own_phone(w, n, area, kind="gang", id_type="resident_id", handset="smart", pers=None, cell=None):
    """Gang members' own everyday phones (a normal-looking line each)."""
    if pers is None:
        pers = persons(w, n, kind, id_type, area)
    cell = w.cells_in(area, n) if cell is None else cell
    li = w.add_lines(n, pers, handset=handset, home_cell=cell, work_cell=-1, kind="gang_own",
                     open_time=T0 - w.rng.integers(200, 2000, n) * DAY, open_cell=cell,
                     open_channel=f"LYT-{w.AREA_CODE[area]}-S01")
    return li, w.lines.chunks[-1]["msisdn"].copy(), w.lines.chunks[-1]["imei"].copy(), pers


class CardSupply:
    """G04: villagers in Wenxian and Xihe (Longnan) open cards at a village agent and sell them to a buyer who
    tests each card in his test phone on pick-up; the cards then go to the gangs that bought them."""

    def __init__(self, w):
        self.w = w
        rng = w.rng
        pop = w.pop
        self.areas = ["wenxian", "xihe"]
        cand = pop["person"][np.isin(pop["area"], [w.area_idx[a] for a in self.areas]) &
                             np.isin(pop["kind"], ["farmer", "migrant", "elder"]) & ~pop["dual_second"]]
        self.sellers = rng.choice(np.unique(cand), min(30, len(np.unique(cand))), replace=False)
        self.next_seller = 0
        self.agent = {a: f"LYT-AG-{w.AREA_CODE[a]}-{k:03d}" for k, a in zip((7, 12), self.areas, strict=False)}
        self.buyer_li, self.buyer_ms, self.buyer_imei, self.buyer_p = own_phone(w, 2, "wudu")
        self.test_imei = w.alloc.imei(2, "smart_cheap")
        self.sold = []  # (line, msisdn, gang, test time, seller)
        seller_lines = pop["msisdn"][np.searchsorted(pop["line"], pop["line"][np.isin(pop["person"], self.sellers)
                                                                               & ~pop["dual_second"]])]
        self.seller_ms = seller_lines
        # the buyer keeps in touch with the sellers and the gangs' logistics man
        res = B.calls(w, self.buyer_ms, seller_lines, 3, profile="resident", answer_p=.8, med=70)
        B.callbacks(w, res, .4)
        B.calls(w, self.buyer_ms, w.P["residents"], 1.5, pool=8, answer_p=.85, med=100)

    def cards(self, n, gang, use_from, min_lead=3 * HOUR):
        """n cards delivered to ``gang``; each is tested in the buyer's phone after opening and at least
        min_lead before ``use_from`` (scalar or per card). Returns lines, numbers, test time."""
        w, rng = self.w, self.w.rng
        use_from = np.broadcast_to(np.asarray(use_from, dtype=np.int64), (n,)).copy()
        k = np.arange(self.next_seller, self.next_seller + n) // 3 % len(self.sellers)
        self.next_seller += n
        seller = self.sellers[k]
        from .world import AREAS
        area = np.array([AREAS[a][0] for a in w.pop["p_area"][seller]], dtype=object)
        test_t = np.maximum(use_from - min_lead - rng.integers(HOUR, 2 * DAY, n), T0 + rng.integers(7, 11, n) * HOUR)
        # pick-ups happen in daytime
        test_t = test_t - ((test_t - T0) % DAY) + rng.integers(9 * HOUR, 18 * HOUR, n)
        test_t = np.minimum(test_t, use_from - min_lead)
        test_t = np.maximum(test_t, T0 + HOUR)
        open_t = np.minimum(test_t - rng.integers(2 * HOUR, 20 * DAY, n), test_t - HOUR)
        cell = w.cells_in_areas(np.array([w.area_idx[a] for a in area]))
        chan = np.array([self.agent[a] for a in area], dtype=object)
        li, ms = new_lines(w, seller, open_t, chan, cell)
        b = (area == self.areas[1]).astype(np.int64)
        w.override(li, test_t, test_t + rng.integers(600, 1800, n), cell=cell, imei=self.test_imei[b])
        # the test: a short call to the buyer's own phone and an operator balance SMS
        B.one_calls(w, ms, self.buyer_ms[b], test_t + rng.integers(60, 300, n), rng.integers(3, 15, n))
        w.sink.add("sms", n, send_time=test_t + rng.integers(320, 500, n), sender=ms,
                   receiver=np.full(n, 8610093, np.int64), content="CXYE")
        # the buyer is at the village when testing
        w.override(self.buyer_li[b], test_t - HOUR, test_t + 2 * HOUR, cell=cell)
        w.truth.add("id_key", seller, "card_seller", "G04", SCHEMES["G04"][0], open_t)
        self.sold.append((li, ms, gang, test_t, seller))
        return li, ms, test_t

    def finish(self):
        w = self.w
        T(w, "G04", "msisdn", self.buyer_ms, "card_buyer")
        T(w, "G04", "id_key", self.buyer_p, "gang_member")
        T(w, "G04", "imei", self.test_imei, "card_buyer")


def hook(w, g, res, min_dur, p_hook, loss_p, amt_med, amt_sigma, money, domain=None, app=None, app_src=None,
         follow=(1, 3), follow_med=600, n_pay=(1, 3), channel="mobile_app", report_p=.3, report_fraud_entity=True,
         pay_delay=(10, 180), callback_p=.0, video_follow=False, caller_end=None):
    rng = w.rng
    ft = SCHEMES[g][1]
    idx = np.flatnonzero(res["ans"] & (res["dur"] >= min_dur))
    idx = idx[np.argsort(res["t"][idx], kind="stable")]
    _, first = np.unique(res["callee"][idx], return_index=True)
    idx = idx[np.sort(first)]
    idx = idx[rng.random(len(idx)) < p_hook]
    v = res["callee"][idx]
    caller = res["caller"][idx]
    th = res["t"][idx] + res["dur"][idx]
    T(w, g, "msisdn", v, "victim", th)
    # follow-up calls by the same number
    nf = rng.integers(follow[0], follow[1] + 1, len(v))
    fi = np.repeat(np.arange(len(v)), nf)
    tf = th[fi] + lognorm_int(rng, len(fi), 3 * HOUR, 1.0, 600)
    if caller_end is not None:  # a SIM that has left the den or the roaming phone makes no more calls
        keep = tf + 2 * 3600 < caller_end(caller[fi])
        fi, tf = fi[keep], tf[keep]
    B.one_calls(w, caller[fi], v[fi], tf, lognorm_int(rng, len(fi), follow_med, .6, 60),
                media=np.where(rng.random(len(fi)) < (.5 if video_follow else 0), "video", "voice").astype(object))
    if callback_p:
        cb = rng.random(len(v)) < callback_p
        B.one_calls(w, v[cb], caller[cb], th[cb] + rng.integers(600, 6 * HOUR, int(cb.sum())),
                    lognorm_int(rng, int(cb.sum()), 240, .6, 20))
    if domain is not None:
        dom = domain(len(v)) if callable(domain) else np.full(len(v), domain, dtype=object)
        B.web_visit(w, v, th + rng.integers(120, 1500, len(v)), dom,
                    url=np.array([f"https://{d}/{p}" for d, p in zip(dom, pick(rng, np.array(["pay", "refund", "login", "verify"]), len(v)), strict=False)], dtype=object))
    if app is not None:
        B.app_event(w, v, th + rng.integers(300, 2400, len(v)), app, "install", source_url=app_src)
    return pay(w, g, v, th, caller, loss_p, amt_med, amt_sigma, money, n_pay, channel, report_p, ft, pay_delay,
               report_fraud_entity)


def pay(w, g, v, th, caller, loss_p, amt_med, amt_sigma, money, n_pay=(1, 3), channel="mobile_app", report_p=.3,
        ft="other", pay_delay=(10, 180), report_fraud_entity=True, grow=1.0):
    rng = w.rng
    payer = np.flatnonzero(rng.random(len(v)) < loss_p)
    k = rng.integers(n_pay[0], n_pay[1] + 1, len(payer))
    pi = np.repeat(payer, k)
    order_in = np.arange(len(pi)) - np.repeat(np.cumsum(k) - k, k)
    t = th[pi] + rng.integers(pay_delay[0] * 60, pay_delay[1] * 60, len(pi)) * (1 + order_in)
    amt = np.round(np.exp(np.log(amt_med) + amt_sigma * rng.standard_normal(len(pi))) * grow ** order_in, 0)
    amt = np.maximum(amt, 50.)
    ch = channel(pi) if callable(channel) else channel
    money.pay(v[pi], t, amt, g, channel=ch)
    # reports: a share of the payers go to the police a day or three later
    rep = payer[rng.random(len(payer)) < report_p]
    if len(rep):
        last = np.zeros(len(v), dtype=np.int64)
        np.maximum.at(last, pi, t)
        loss = np.bincount(pi, weights=amt, minlength=len(v))
        tr = last[rep] + rng.integers(DAY // 2, 3 * DAY, len(rep))
        B.report(w, tr, "msisdn", v[rep].astype(str), "victim", ft, loss[rep], "police")
        if report_fraud_entity:
            B.report(w, tr + 600, "msisdn", caller[rep].astype(str), "fraud", ft, loss[rep], "police")
    return v[payer]


def money_for(w, g, studio, n_l1=None, l1_holders="students", n_l2=3):
    """Money path: level 1 from the running-points studio (G13) or the gang's own mules."""
    if studio is not None and n_l1 is None:
        return B.Money(w, studio["l1"], studio["l2"], studio["cash"], hop1=(2, 40), hop2=(20, 240))
    l1 = B.mule_accounts(w, n_l1, l1_holders)
    l2 = B.mule_accounts(w, n_l2, "outsiders", open_days=(20, 200))
    cash = B.cashout(w, 3)
    T(w, g, "account", l1, "mule_account")
    T(w, g, "account", l2, "mule_account")
    return B.Money(w, l1, l2, cash)


# ====================================================================== the gangs
def g13_studio(w):
    """G13: a running-points (跑分) studio in Baiyin renting students' and villagers' bank accounts; recruiters text
    and call students with 'rent your card, 500 a week'."""
    rng = w.rng
    g = "G13"
    l1 = np.r_[B.mule_accounts(w, 22, "students", open_days=(2, 60)), B.mule_accounts(w, 12, "villagers")]
    l2 = B.mule_accounts(w, 6, "outsiders", open_days=(30, 300))
    cash = B.cashout(w, 5)
    T(w, g, "account", l1, "mule_account")
    T(w, g, "account", l2, "mule_account")
    st = {"l1": l1, "l2": l2, "cash": cash}
    # recruiters: two phones in Baiyin, texting and calling students and freshmen
    li, ms, im, pers = own_phone(w, 3, "baiyin")
    T(w, g, "msisdn", ms, "mule_recruiter", T0)
    T(w, g, "id_key", pers, "gang_member")
    B.texts(w, ms, w.P["students"], 25, ["兼职：出租闲置银行卡，每周500元，不影响使用，加V详谈。",
                                         "学生兼职日结，只需一张卡，安全可靠。"], profile="student")
    res = B.calls(w, ms, w.P["students"], 12, profile="student", answer_p=.55, med=70)
    B.callbacks(w, res, .06)
    B.calls(w, ms, w.P["residents"], 1.0, pool=6, answer_p=.85, med=90)
    # the holders of the rented student accounts talk to the recruiters
    # studio members operate the accounts from a flat in Baiyin (their phones log in to the bank apps)
    li2, ms2, im2, pers2 = own_phone(w, 4, "baiyin", cell=np.repeat(w.cells_in("baiyin", 1), 4))
    T(w, g, "id_key", pers2, "gang_member")
    T(w, g, "msisdn", ms2, "gang_member")
    k = 6 * w.days * 4
    who = pick(rng, ms2, k)
    B.app_event(w, who, sample_time(rng, rng.integers(0, w.days, k), "flat"),
                pick(rng, np.array(["cn.lyrc.mobilebank", "com.icbc", "com.chinamworld.main", "com.android.bankabc"],
                                   dtype=object), k), "use", all_lines=True)
    return st


def g01_tuition(w, studio, supply):
    """G01: an SMS cat in an Anning urban village (Lanzhou) texting new students' parents about a changed tuition
    payment channel; links on wildcard subdomains of a fresh domain; parents pay 'tuition' to studio accounts."""
    rng = w.rng
    g = "G01"
    n = 16
    use = T0 + rng.integers(0, 3, n) * DAY + 8 * HOUR
    li, ms, tt = supply.cards(n, g, use)
    cat_imei = w.alloc.imei(1, "smscat")[0]
    den = w.cells_in("anning", 1)[0]
    end = np.minimum(use + rng.integers(4, 9, n) * DAY, w.T1)
    w.override(li, use, end, cell=den, imei=cat_imei)
    T(w, g, "msisdn", ms, "fraud_sms_sender", use)
    T(w, g, "imei", np.array([cat_imei]), "simbox_device", use.min())
    subs = np.array([f"{x}.lzu-jf.top" for x in ("xs", "cw", "pay", "jf2032", "xinsheng", "zs", "yxjf")], dtype=object)
    texts_ = np.array([f"【兰州大学财务处】2032级新生学费缴纳通道变更，请于48小时内登录 https://{d}/ 完成缴费，逾期将取消学籍。"
                       for d in subs] + [f"【学工部】新生住宿费需另行缴纳，点击 {d} 办理，家长请尽快处理。" for d in subs[:3]],
                      dtype=object)
    d0 = (use - T0) // DAY
    res = B.texts(w, ms, w.P["parents_all"], 180, texts_, day_from=d0, day_to=(end - T0) // DAY,
                  profile="office_fraud", t_from=use)
    T(w, g, "domain", np.array(["lzu-jf.top"], dtype=object), "fraud_domain")
    T(w, g, "url", np.array([f"https://{d}/" for d in subs], dtype=object), "fraud_domain")
    # parents call the number back: a modem cannot answer
    cb = np.flatnonzero(rng.random(len(res["t"])) < .02)
    B.one_calls(w, res["receiver"][cb], res["sender"][cb], res["t"][cb] + rng.integers(60, 4 * HOUR, len(cb)),
                np.zeros(len(cb), np.int64), result=pick(rng, np.array(["no_answer", "rejected", "busy"], dtype=object),
                                                         len(cb)))
    # some parents click; some of those pay
    click = np.flatnonzero(rng.random(len(res["t"])) < .02)
    _, f = np.unique(res["receiver"][click], return_index=True)
    click = click[np.sort(f)]
    v = res["receiver"][click]
    tv = res["t"][click] + rng.integers(60, 3 * HOUR, len(click))
    dom = pick(rng, subs, len(v))
    B.web_visit(w, v, tv, dom, url=np.array([f"https://{d}/pay" for d in dom], dtype=object),
                ip=np.full(len(v), "103.214.57.18", dtype=object))
    T(w, g, "msisdn", v, "victim", tv)
    T(w, g, "ip", np.array(["103.214.57.18"], dtype=object), "fraud_ip")
    pay(w, g, v, tv, res["sender"][click], .5, 4800, .35, B.Money(w, studio["l1"][:12], studio["l2"], studio["cash"]),
        n_pay=(1, 2), report_p=.35, ft="other")
    # user reports of the texts
    rp = rng.choice(len(res["t"]), 25, replace=False)
    B.report(w, res["t"][rp] + rng.integers(600, DAY, 25), "msisdn", res["sender"][rp].astype(str), "fraud", "other",
             None, "user_report")


def g02_student_aid(w, studio):
    """G02: 'education bureau student-aid' calls to county parents with forged Lanzhou landline numbers through an
    international gateway; callbacks land on VoIP lines rented by a shell education consultancy."""
    rng = w.rng
    g = "G02"
    forged = w.alloc.fixed(40, "lanzhou", first=8)  # shown numbers, never issued
    T(w, g, "msisdn", forged, "fixed_voip_line")
    shell = persons(w, 1, "shell", "business_license", "chengguan")
    T(w, g, "id_key", shell, "gang_member")
    vo_t = T0 - rng.integers(15, 40) * DAY
    vli, voip = new_lines(w, np.repeat(shell, 4), np.full(4, vo_t), "LYT-ENT-GS", np.full(4, -1), line_type="voip",
                          msisdn=w.alloc.fixed(4, "lanzhou", first=6))
    T(w, g, "msisdn", voip, "fixed_voip_line", T0)
    d0 = rng.integers(1, 4, 40)
    tg = np.r_[w.P["parents"], w.P["county"][:2000]]
    res = B.calls(w, forged, tg, 22, day_from=d0, profile="office_fraud", answer_p=.42, med=55, sigma=1.1,
                  gateway=pick(rng, np.array(["IGW-XJ-07", "IGW-GZ-03"], dtype=object), 40), call_type="intl_in")
    money = money_for(w, g, None, n_l1=8, l1_holders="villagers")
    v = hook(w, g, res, 120, .25, .55, 3000, .5, money, follow=(0, 0), callback_p=0,
             channel=lambda pi: pick(rng, np.array(["counter", "atm", "mobile_app"], dtype=object), len(pi), [3, 2, 3]))
    # hooked parents call the 'bureau' back on the VoIP numbers
    idx = np.flatnonzero(res["ans"] & (res["dur"] >= 120))
    idx = idx[rng.random(len(idx)) < .5]
    t = res["t"][idx] + rng.integers(1800, 8 * HOUR, len(idx))
    B.one_calls(w, res["callee"][idx], pick(rng, voip, len(idx)), t, lognorm_int(rng, len(idx), 300, .5, 30))
    B.calls(w, voip, tg, 6, day_from=2, profile="office_fraud", answer_p=.45, med=200)
    return v


def g03_goip(w, studio, supply):
    """G03: a GoIP den in Guanghe county town (Linxia) on cards bought in Longnan villages, calling tourists
    back from Dunhuang about 'sandstorm cancellations' of desert-camp and Mogao bookings; screen-share app."""
    rng = w.rng
    g = "G03"
    goip = w.alloc.imei(2, "goip")
    den = w.cells_in("guanghe", 1)[0]
    T(w, g, "imei", goip, "simbox_device", T0)
    lines, nums, starts, ends, _dev = [], [], [], [], []
    # SIMs in batches: each batch of 12 serves 2-3 days then is thrown away
    t = T0 + DAY + 9 * HOUR
    b = 0
    while t < w.T1 - DAY:
        n = 12
        li, ms, tt = supply.cards(n, g, t)
        dur = rng.integers(2, 4) * DAY
        dv = np.where(np.arange(n) < 7, goip[0], goip[1])
        w.override(li, t, t + dur, cell=den, imei=dv)
        lines.append(li)
        nums.append(ms)
        starts.append(np.full(n, t))
        ends.append(np.full(n, min(t + dur, w.T1)))
        t += dur
        b += 1
    ms = np.concatenate(nums)
    st = np.concatenate(starts)
    en = np.concatenate(ends)
    T(w, g, "msisdn", ms, "simbox_sim", st)
    res = B.calls(w, ms, w.P["tourists"], 70, day_from=(st - T0) // DAY, day_to=(en - T0) // DAY,
                  profile="office_fraud", answer_p=.3, med=35, sigma=1.2, t_from=st)
    money = B.Money(w, studio["l1"][12:26], studio["l2"], studio["cash"])
    hook(w, g, res, 150, .3, .5, 2600, .6, money, domain=lambda k: pick(rng, np.array(
        ["dh-refund.top", "mingsha-tk.top", "mgk-refund.cc"], dtype=object), k), app="com.zoomshare.meeting",
        app_src="https://dh-refund.top/app.apk", follow=(0, 1), report_p=.3,
        caller_end=lambda x: en[np.argsort(ms)][np.searchsorted(np.sort(ms), x)])
    T(w, g, "domain", np.array(["dh-refund.top", "mingsha-tk.top", "mgk-refund.cc"], dtype=object), "fraud_domain")
    T(w, g, "app", np.array(["com.zoomshare.meeting"], dtype=object), "fraud_app")
    # the den keeper's own phone near the den
    li, mk, im, pers = own_phone(w, 1, "guanghe", cell=np.array([den]))
    B.calls(w, mk, w.P["linxia"], 2, pool=10, answer_p=.85, med=80)
    B.calls(w, mk, supply.buyer_ms, .4, answer_p=.9, med=60)
    T(w, g, "id_key", pers, "gang_member")
    T(w, g, "msisdn", mk, "gang_member")


def g05_procuratorate(w, supply):
    """G05: fake procuratorate officers on Longnan cards roaming in Cambodia and Myanmar: elderly people told their ID
    is in a money-laundering case; video call in 'uniform'; a 'safety certificate' app; large counter transfers."""
    rng = w.rng
    g = "G05"
    n = 10
    use = T0 + rng.integers(1, 6, n) * DAY
    li, ms, tt = supply.cards(n, g, use, min_lead=DAY)
    ph = w.alloc.imei_mixed(n, "smart")
    iso = pick(rng, np.array(["KH", "MM"], dtype=object), n, [2, 1])
    w.override(li, use - 6 * HOUR, w.T1, cell=-1, imei=ph, roam=iso)
    T(w, g, "msisdn", ms, "fraud_caller", use)
    T(w, g, "imei", ph, "fraud_handset", use)
    res = B.calls(w, ms, np.r_[w.P["elder"], w.P["residents"][:3000]], 18, day_from=(use - T0) // DAY,
                  profile="office_fraud", answer_p=.45, med=90, sigma=1.1, video=.1, t_from=use)
    money = money_for(w, g, None, n_l1=6, l1_holders="outsiders")
    hook(w, g, res, 240, .35, .6, 30000, .8, money, app="com.gov.safecert", app_src="http://zjy-safe.cc/cert.apk",
         domain="zjy-safe.cc", follow=(2, 5), follow_med=1500, n_pay=(1, 4), report_p=.45, video_follow=True,
         channel=lambda pi: pick(rng, np.array(["counter", "mobile_app"], dtype=object), len(pi), [3, 2]))
    T(w, g, "app", np.array(["com.gov.safecert"], dtype=object), "fraud_app")
    T(w, g, "domain", np.array(["zjy-safe.cc"], dtype=object), "fraud_domain")


def g06_relay(w, studio):
    """G06: relay phones (手机口) in Gangu and Wushan villages (Tianshui): a boss abroad calls phone A, the holder's
    phone B dials the victim and the two are bridged; 'online shop refund' script."""
    rng = w.rng
    g = "G06"
    n = 5
    areas = pick(rng, np.array(["gangu", "wushan"], dtype=object), n)
    holders = persons(w, n, "relay_holder", region="tianshui")
    T(w, g, "id_key", holders, "gang_member")
    cell = w.cells_in_areas(np.array([w.area_idx[a] for a in areas]))
    open_t = T0 + rng.integers(-10, 3, n) * DAY + 10 * HOUR
    liA, msA = new_lines(w, holders, open_t, "LYT-AG-620523-003", cell)
    liB, msB = new_lines(w, holders, open_t + 1200, "LYT-AG-620523-003", cell)
    imA = w.alloc.imei(n, "smart_cheap")
    imB = w.alloc.imei(n, "smart_cheap")
    start = np.maximum(open_t, T0) + DAY
    w.override(liA, start - 2 * HOUR, w.T1, cell=cell, imei=imA)
    w.override(liB, start - 2 * HOUR, w.T1, cell=cell, imei=imB)
    T(w, g, "msisdn", np.r_[msA, msB], "fraud_caller", np.r_[start, start])
    T(w, g, "imei", np.r_[imA, imB], "fraud_handset", np.r_[start, start])
    boss = w.alloc.foreign(3, "PH")
    res = B.calls(w, msB, w.P["residents"], 25, day_from=(start - T0) // DAY, profile="office_fraud", answer_p=.4,
                  med=50, sigma=1.2, t_from=start)
    # the bridged leg: boss -> A for each B call, a few seconds earlier and a little longer
    bi = np.searchsorted(np.sort(msB), res["caller"])
    A_of = msA[np.argsort(msB)][bi]
    lead = rng.integers(5, 40, len(res["t"]))
    B.one_calls(w, pick(rng, boss, len(res["t"])), A_of, res["t"] - lead,
                np.where(res["ans"], res["dur"] + lead + rng.integers(5, 30, len(res["t"])),
                         lead + rng.integers(20, 60, len(res["t"]))), call_type="intl_in", gateway="IGW-LZ-01")
    T(w, g, "msisdn", boss, "fraud_caller")
    money = B.Money(w, studio["l1"][26:], studio["l2"], studio["cash"])
    hook(w, g, res, 180, .3, .5, 5000, .7, money, follow=(0, 1), app="com.meetshare.cloud",
         app_src="https://kf-tk.cn/ms.apk", report_p=.35)
    # the holders' own everyday phones
    li, mo, im, _ = own_phone(w, n, "gangu", pers=holders, cell=cell)
    B.calls(w, mo, w.P["county"], 1.5, pool=8, answer_p=.85, med=90)


def g07_forwarding(w, supply):
    """G07: 'lost parcel compensation' texts from Longnan cards kept in a drawer in Baiyin; victims who call back
    are forwarded (呼转) to a number in Cambodia."""
    rng = w.rng
    g = "G07"
    n = 8
    use = T0 + rng.integers(2, 6, n) * DAY + 9 * HOUR
    li, ms, tt = supply.cards(n, g, use)
    ph = w.alloc.imei_mixed(n, "smart_cheap")
    cell = w.cells_in("baiyin", 1)[0]
    w.override(li, use - HOUR, w.T1, cell=cell, imei=ph)
    T(w, g, "msisdn", ms, "fraud_sms_sender", use)
    T(w, g, "imei", ph, "fraud_handset", use)
    fwd = w.alloc.foreign(2, "KH")
    T(w, g, "msisdn", fwd, "fraud_caller")
    res = B.texts(w, ms, w.P["residents"], 60, ["【快递理赔】您的快递在运输途中丢失，我司将三倍理赔，请回电本号办理。",
                                                "您好，您的包裹因破损已被退回，理赔专员请致电本号码。"],
                  day_from=(use - T0) // DAY, profile="office_fraud", t_from=use)
    cb = np.flatnonzero(rng.random(len(res["t"])) < .05)
    tcb = res["t"][cb] + rng.integers(120, 6 * HOUR, len(cb))
    dur = np.where(rng.random(len(cb)) < .85, lognorm_int(rng, len(cb), 240, .9, 5), 0)
    B.one_calls(w, res["receiver"][cb], res["sender"][cb], tcb, dur)
    a = dur > 0
    B.one_calls(w, res["sender"][cb][a], pick(rng, fwd, int(a.sum())), tcb[a] + 2, dur[a], call_type="intl_out",
                gateway="IGW-LZ-02", radio=False)
    money = money_for(w, g, None, n_l1=5, l1_holders="villagers")
    hooked = cb[a][dur[a] > 300]
    v = res["receiver"][hooked]
    _, f = np.unique(v, return_index=True)
    v, th = v[np.sort(f)], tcb[a][dur[a] > 300][np.sort(f)]
    T(w, g, "msisdn", v, "victim", th)
    B.web_visit(w, v, th + 300, "kd-lipei.cn", url=np.full(len(v), "https://kd-lipei.cn/claim", dtype=object))
    T(w, g, "domain", np.array(["kd-lipei.cn"], dtype=object), "fraud_domain")
    pay(w, g, v, th, res["sender"][hooked][np.sort(f)], .55, 3500, .6, money, report_p=.3, ft="customer_service")


def g08_pig_butchering(w):
    """G08 (careful): three 'successful gold traders' cultivate middle-aged people over the whole fortnight: few
    contacts, long evening calls and texts both ways, a gold-trading site and app, deposits that grow."""
    rng = w.rng
    g = "G08"
    li, ms, im, pers = own_phone(w, 3, "chengguan")
    T(w, g, "msisdn", ms, "fraud_caller", T0)
    T(w, g, "id_key", pers, "gang_member")
    pool = np.r_[w.P["workers"], w.P["business"]]
    vict = rng.choice(pool, 30, replace=False)
    owner = np.repeat(np.arange(3), 10)
    d0 = rng.integers(0, 4, 30)
    B.calls(w, ms[owner], vict, .8, day_from=d0, profile="evening_fraud", answer_p=.9, med=900, sigma=.6,
            callee_pick=lambda ci, k: vict[ci])
    B.calls(w, vict, ms[owner], .5, day_from=d0 + 1, profile="evening_fraud", answer_p=.9, med=700, sigma=.6,
            callee_pick=lambda ci, k: ms[owner][ci])
    k = rng.poisson(2 * (w.days - d0))
    ci = np.repeat(np.arange(30), k)
    t = sample_time(rng, d0[ci] + (rng.random(len(ci)) * (w.days - d0[ci])).astype(np.int64), "evening_fraud")
    flip = rng.random(len(ci)) < .5
    w.sink.add("sms", len(ci), send_time=t, sender=np.where(flip, vict[ci], ms[owner][ci]),
               receiver=np.where(flip, ms[owner][ci], vict[ci]),
               content=pick(rng, np.array(["早安，今天金价又涨了", "晚上视频吗", "平台今天有内部行情", "好的", "想你了",
                                           None], dtype=object), len(ci)))
    T(w, g, "msisdn", vict, "victim", T0 + d0 * DAY)
    th = T0 + (d0 + rng.integers(3, 6, 30)) * DAY + 20 * HOUR
    B.web_visit(w, vict, th, "lyjinhui.com", url=np.full(30, "https://lyjinhui.com/trade", dtype=object))
    B.app_event(w, vict, th + 900, "com.lyjh.goldtrade", "install", source_url="https://lyjinhui.com/dl")
    B.app_event(w, vict, th + DAY, "com.lyjh.goldtrade", "use")
    T(w, g, "domain", np.array(["lyjinhui.com"], dtype=object), "fraud_domain")
    T(w, g, "app", np.array(["com.lyjh.goldtrade"], dtype=object), "fraud_app")
    money = money_for(w, g, None, n_l1=10, l1_holders="outsiders", n_l2=2)
    pay(w, g, vict, th, ms[owner], .6, 8000, .4, money, n_pay=(2, 4), pay_delay=(600, 1500), grow=2.2, report_p=.1,
        ft="investment")
    # dating-platform accounts registered with the numbers
    plat = np.array(["momo", "soul", "tantan"], dtype=object)
    acc = account_names(w, plat, 3)
    w.sink.add("internet_accounts", 3, platform=plat, account=acc, msisdn=ms, register_time=T0 + rng.integers(0, DAY, 3),
               status="active")
    T(w, g, "account", acc, "fraud_account")


def g09_ecommerce(w, studio):
    """G09: fake e-commerce customer service on other operators' numbers (seen only where they reach our
    subscribers): 'your order has a quality problem, we refund double'; screen-share app, refund site."""
    rng = w.rng
    g = "G09"
    nums = w.alloc.offnet(14)
    T(w, g, "msisdn", nums, "fraud_caller")
    d0 = rng.integers(0, 6, 14)
    res = B.calls(w, nums, w.P["lanzhou"], 35, day_from=d0, day_to=np.minimum(d0 + rng.integers(3, 7, 14), w.days),
                  profile="office_fraud", answer_p=.38, med=45, sigma=1.2)
    money = B.Money(w, studio["l1"], studio["l2"], studio["cash"])
    hook(w, g, res, 150, .3, .5, 6000, .7, money, domain="tb-tuikuan.cn", app="com.meetshare.cloud",
         app_src="https://tb-tuikuan.cn/meet.apk", follow=(1, 2), report_p=.35)
    T(w, g, "domain", np.array(["tb-tuikuan.cn"], dtype=object), "fraud_domain")
    T(w, g, "app", np.array(["com.meetshare.cloud"], dtype=object), "fraud_app")


def g10_loans(w, studio, supply):
    """G10: fake loans by SMS from a modem pool in Wuwei, links to an IP literal, 'unfreeze' and 'deposit' fees."""
    rng = w.rng
    g = "G10"
    n = 12
    use = T0 + rng.integers(0, 5, n) * DAY + 10 * HOUR
    li, ms, tt = supply.cards(n, g, use)
    pool_imei = w.alloc.imei(1, "smscat")[0]
    cell = w.cells_in("liangzhou", 1)[0]
    end = np.minimum(use + rng.integers(3, 6, n) * DAY, w.T1)
    w.override(li, use, end, cell=cell, imei=pool_imei)
    T(w, g, "msisdn", ms, "fraud_sms_sender", use)
    T(w, g, "imei", np.array([pool_imei]), "simbox_device", use.min())
    ip = "45.207.36.119"
    res = B.texts(w, ms, np.r_[w.P["migrants"], w.P["workers"], w.P["farmers"]], 150,
                  [f"【陇e贷】无抵押无征信，最高20万秒到账，点击 http://{ip}/d 领取额度。",
                   f"您的借款额度已审批通过，回复或登录 http://{ip}:8080/app 提现。"],
                  day_from=(use - T0) // DAY, day_to=(end - T0) // DAY, profile="office_fraud", t_from=use)
    T(w, g, "ip", np.array([ip], dtype=object), "fraud_ip")
    T(w, g, "url", np.array([f"http://{ip}/d", f"http://{ip}:8080/app"], dtype=object), "fraud_domain")
    click = np.flatnonzero(rng.random(len(res["t"])) < .03)
    _, f = np.unique(res["receiver"][click], return_index=True)
    click = click[np.sort(f)]
    v = res["receiver"][click]
    tv = res["t"][click] + rng.integers(60, 5 * HOUR, len(click))
    B.web_visit(w, v, tv, ip, url=np.full(len(v), f"http://{ip}/d", dtype=object), ip=np.full(len(v), ip, dtype=object))
    B.app_event(w, v, tv + 400, "com.jiedai.kuaifang", "install", source_url=f"http://{ip}:8080/app.apk")
    T(w, g, "app", np.array(["com.jiedai.kuaifang"], dtype=object), "fraud_app")
    T(w, g, "msisdn", v, "victim", tv)
    # an agent calls the clicker from a fresh card to push the fees
    li2, ag = supply.cards(3, g, T0 + DAY + 9 * HOUR)[:2]
    w.override(li2, T0 + DAY + 8 * HOUR, w.T1, cell=cell, imei=w.alloc.imei_mixed(3, "smart"))
    T(w, g, "msisdn", ag, "fraud_caller", T0 + DAY)
    late = tv + rng.integers(1800, 6 * HOUR, len(v))
    late = np.maximum(late, T0 + DAY + 10 * HOUR)
    B.one_calls(w, pick(rng, ag, len(v)), v, late, lognorm_int(rng, len(v), 400, .6, 30))
    pay(w, g, v, late, pick(rng, ag, len(v)), .45, 1200, .6, B.Money(w, studio["l1"], studio["l2"], studio["cash"]),
        n_pay=(2, 4), grow=1.6, report_p=.3, ft="loan")


def g11_tasks(w, studio, supply):
    """G11: brushing-task recruiters target students and freshmen from campus-bought cards; QQ/Telegram groups
    registered with the numbers; small rebates first, then larger 'combined orders'."""
    rng = w.rng
    g = "G11"
    n = 6
    use = T0 + rng.integers(1, 5, n) * DAY + 10 * HOUR
    li, ms, tt = supply.cards(n, g, use)
    ph = w.alloc.imei_mixed(n, "smart")
    cell = w.cells_in("chengguan", 1)[0]
    w.override(li, use - HOUR, w.T1, cell=cell, imei=ph)
    T(w, g, "msisdn", ms, "fraud_caller", use)
    T(w, g, "imei", ph, "fraud_handset", use)
    plat = pick(rng, np.array(["qq", "telegram", "wechat"], dtype=object), 12)
    acc = account_names(w, plat, 12)
    w.sink.add("internet_accounts", 12, platform=plat, account=acc, msisdn=np.repeat(ms, 2),
               register_time=np.repeat(use, 2) + rng.integers(600, 3 * HOUR, 12), status="active")
    T(w, g, "account", acc, "fraud_account")
    B.texts(w, ms, w.P["students"], 40, ["【兼职】手机刷单日结，动动手指日赚200，加群领任务。",
                                         "新生兼职福利群，点赞关注即可返佣，详询本号。"], day_from=(use - T0) // DAY,
            profile="student", t_from=use)
    res = B.calls(w, ms, w.P["students"], 12, day_from=(use - T0) // DAY, profile="student", answer_p=.5, med=60,
                  t_from=use)
    money = B.Money(w, studio["l1"], studio["l2"], studio["cash"])
    hook(w, g, res, 90, .45, 0, 1, 0, money, domain=lambda k: np.array(
        [f"t{int(x)}.sd-task.vip" for x in rng.integers(100, 999, k)], dtype=object), follow=(0, 1))
    T(w, g, "domain", np.array(["sd-task.vip"], dtype=object), "fraud_domain")
    # rebates first, then the big payments
    rebate_from = B.mule_accounts(w, 2, "outsiders")
    T(w, g, "account", rebate_from, "mule_account")
    vic = np.unique(res["callee"][res["ans"] & (res["dur"] >= 90)])
    hooked = np.intersect1d(vic, np.concatenate([e[1] for e in w.truth.ent if e[2] == "victim" and e[3] == g]))
    th = T0 + rng.integers(3, w.days - 1, len(hooked)) * DAY + 20 * HOUR
    acc_v = B.victim_accounts(w, hooked)
    w.sink.add("transfers", len(hooked), time=th, from_account=pick(rng, rebate_from, len(hooked)), to_account=acc_v,
               amount=np.round(rng.uniform(15, 60, len(hooked)), 2), currency="CNY", channel="third_party",
               initiated_msisdn=np.zeros(len(hooked), np.int64))
    pay(w, g, hooked, th + HOUR, pick(rng, ms, len(hooked)), .55, 900, .5, money, n_pay=(2, 4), grow=2.0,
        report_p=.3, ft="part_time_job", pay_delay=(20, 90))


def g12_faceswap(w):
    """G12 (careful): AI face-swap video calls from fresh cards opened on purchased IDs: a 'boss' or 'relative'
    asks a business owner for an urgent transfer; a handful of calls per card."""
    rng = w.rng
    g = "G12"
    n = 4
    pers = persons(w, n, "id_bought", region="xinjiang")
    open_t = T0 + rng.integers(0, 6, n) * DAY + 11 * HOUR
    li, ms = new_lines(w, pers, open_t, "LYT-620102-S02", w.cells_in("chengguan", n))
    ph = w.alloc.imei_mixed(n, "smart")
    w.override(li, open_t + 600, w.T1, cell=w.cells_in("qilihe", n), imei=ph)
    T(w, g, "msisdn", ms, "fraud_caller", open_t)
    T(w, g, "imei", ph, "fraud_handset", open_t)
    T(w, g, "id_key", pers, "card_seller")
    tg = w.P["business"]
    res = B.calls(w, ms, tg, 1.5, day_from=(open_t - T0) // DAY + 1, profile="business", answer_p=.7, med=75,
                  sigma=.5, video=.85)
    money = money_for(w, g, None, n_l1=4, l1_holders="workers", n_l2=2)
    hook(w, g, res, 45, .6, .6, 60000, .6, money, follow=(0, 1), follow_med=120, n_pay=(1, 2), report_p=.4,
         pay_delay=(5, 40))
    # the cards also call a few ordinary numbers to look alive
    B.calls(w, ms, w.P["residents"], 1.0, day_from=(open_t - T0) // DAY + 1, pool=3, answer_p=.9, med=60)


def g14_cordyceps(w, supply):
    """G14 (careful): 'cordyceps and yak buyers' on Longnan cards roaming in Myanmar and Laos call Gannan herders,
    promise a deposit and ask for a 'verification fee'; each card lives three days."""
    rng = w.rng
    g = "G14"
    n = 8
    use = T0 + np.arange(n) * (w.days * DAY // (n + 1)) + DAY
    li, ms, tt = supply.cards(n, g, use, min_lead=DAY)
    ph = w.alloc.imei_mixed(2, "smart")[np.arange(n) % 2]
    iso = np.where(np.arange(n) % 2 == 0, "MM", "LA").astype(object)
    w.override(li, use - 4 * HOUR, use + 3 * DAY, cell=-1, imei=ph, roam=iso)
    T(w, g, "msisdn", ms, "fraud_caller", use)
    T(w, g, "imei", np.unique(ph), "fraud_handset", use.min())
    res = B.calls(w, ms, np.r_[w.P["herders"], w.P["linxia"]], 7, day_from=(use - T0) // DAY,
                  day_to=np.minimum((use - T0) // DAY + 3, w.days), profile="resident", answer_p=.6, med=120,
                  t_from=use)
    money = money_for(w, g, None, n_l1=3, l1_holders="villagers", n_l2=1)
    end = use + 3 * DAY
    hook(w, g, res, 150, .35, .5, 4000, .5, money, follow=(1, 2), n_pay=(1, 2), report_p=.2,
         caller_end=lambda x: end[np.argsort(ms)][np.searchsorted(np.sort(ms), x)],
         channel=lambda pi: pick(rng, np.array(["counter", "atm"], dtype=object), len(pi)))


def g15_medical(w, studio, supply):
    """G15: texts to elderly people in Dingxi saying their medical-insurance card is frozen, with a Dingxi-looking
    VoIP number to call; the 'medical insurance bureau' then hands over to a 'police officer'."""
    rng = w.rng
    g = "G15"
    n = 8
    use = T0 + rng.integers(2, 5, n) * DAY + 9 * HOUR
    li, ms, tt = supply.cards(n, g, use)
    pool_imei = w.alloc.imei(1, "smscat")[0]
    cell = w.cells_in("anding", 1)[0]
    w.override(li, use, w.T1, cell=cell, imei=pool_imei)
    T(w, g, "msisdn", ms, "fraud_sms_sender", use)
    T(w, g, "imei", np.array([pool_imei]), "simbox_device", use.min())
    shell = persons(w, 1, "shell", "business_license", "anding")
    T(w, g, "id_key", shell, "gang_member")
    vli, voip = new_lines(w, np.repeat(shell, 3), np.full(3, T0 - 20 * DAY), "LYT-ENT-GS", np.full(3, -1),
                          line_type="voip", msisdn=w.alloc.fixed(3, "dingxi", first=6))
    T(w, g, "msisdn", voip, "fixed_voip_line", use.min())
    vn = ",".join(f"0{str(x)[2:5]}-{str(x)[5:]}" for x in voip)
    elder = np.r_[w.P["elder"], w.P["county"][:1500]]
    res = B.texts(w, ms, elder, 120, [f"【医保中心】您的医保卡因异地违规刷卡已被冻结，请速致电{vn.split(',')[0]}解冻。",
                                       f"医保局通知：您的医保账户异常，将影响报销，详询{vn.split(',')[-1]}。"],
                  day_from=(use - T0) // DAY, profile="office_fraud", t_from=use)
    cb = np.flatnonzero(rng.random(len(res["t"])) < .03)
    tcb = res["t"][cb] + rng.integers(300, 8 * HOUR, len(cb))
    dur = np.where(rng.random(len(cb)) < .8, lognorm_int(rng, len(cb), 420, .7, 10), 0)
    callee = pick(rng, voip, len(cb))
    B.one_calls(w, res["receiver"][cb], callee, tcb, dur)
    ok = (dur > 400)
    v = res["receiver"][cb][ok]
    _, f = np.unique(v, return_index=True)
    v, th, cal = v[np.sort(f)], tcb[ok][np.sort(f)], callee[ok][np.sort(f)]
    T(w, g, "msisdn", v, "victim", th)
    B.one_calls(w, cal, v, th + rng.integers(1800, 5 * HOUR, len(v)), lognorm_int(rng, len(v), 900, .5, 60))
    money = money_for(w, g, None, n_l1=4, l1_holders="villagers")
    pay(w, g, v, th + 2 * HOUR, cal, .55, 12000, .7, money, n_pay=(1, 3), channel="counter", report_p=.35,
        ft="impersonate_police")


def generate(w):
    w.AREA_CODE = {a[0]: a[1] for a in __import__("gansu.world", fromlist=["AREAS"]).AREAS}
    supply = CardSupply(w)
    studio = g13_studio(w)
    g01_tuition(w, studio, supply)
    g02_student_aid(w, studio)
    g03_goip(w, studio, supply)
    g05_procuratorate(w, supply)
    g06_relay(w, studio)
    g07_forwarding(w, supply)
    g08_pig_butchering(w)
    g09_ecommerce(w, studio)
    g10_loans(w, studio, supply)
    g11_tasks(w, studio, supply)
    g12_faceswap(w)
    g14_cordyceps(w, supply)
    g15_medical(w, studio, supply)
    # cards bought late in the fortnight and not used yet
    li, ms, tt = supply.cards(10, "G04", w.T1 - HOUR)
    T(w, "G04", "msisdn", ms, "sold_card", tt)
    # every other sold card is also a sold card of G04 (it stays labelled by the gang that used it)
    for _li, ms_, gg, tt_, _sel in supply.sold:
        if gg != "G04":
            T(w, "G04", "msisdn", ms_, "sold_card", tt_)
    supply.finish()
    w.supply = supply


def lists_and_background_reports(w):
    rng = w.rng
    # lists: allow (police anti-fraud lines, school finance offices, bank hotlines), block (older fraud numbers),
    # watch (card sellers' IDs flagged by a previous campaign), high-risk regions (cells)
    allow = np.r_[w.look["police_96110"], w.look["school_finance_office"],
                  np.array([8695588, 8695599, 8695533, 8610093], np.int64)]
    n = len(allow)
    w.sink.add("lists", n, entity_type="msisdn", entity=allow.astype(str).astype(object), list="allow",
               reason="verified public-service number", added_time=T0 + rng.integers(0, 3600, n))
    old = np.r_[w.alloc.offnet(120), w.alloc.foreign(40, "KH"), w.alloc.foreign(20, "MM")]
    w.sink.add("lists", len(old), entity_type="msisdn", entity=old.astype(str).astype(object), list="block",
               reason="fraud number reported before the export window", added_time=T0 + rng.integers(0, 6 * HOUR, len(old)),
               expires_time=T0 + 180 * DAY)
    doms = np.array(["zjy-safe.net", "gj-aq.cc", "tb-refund.top", "lzu-jiaofei.com", "jd-kf.vip"], dtype=object)
    w.sink.add("lists", len(doms), entity_type="domain", entity=doms, list="block", reason="phishing (national feed)",
               added_time=T0 + rng.integers(0, 6 * HOUR, len(doms)))
    cells = np.r_[w.area_cells[w.area_idx["wenxian"]], w.area_cells[w.area_idx["dongxiang"]]]
    w.sink.add("lists", len(cells), entity_type="cell", entity=w.cell_name[cells], list="high_risk_region",
               reason="county listed in the provincial card-selling campaign", added_time=T0 + 8 * HOUR,
               expires_time=T0 + 90 * DAY)
    # a G05 number reported by the national feed late in the window
    ent = [e for e in w.truth.ent if e[3] == "G05" and e[2] == "fraud_caller"][0][1][:2]
    w.sink.add("lists", len(ent), entity_type="msisdn", entity=ent.astype(str).astype(object), list="block",
               reason="national anti-fraud platform", added_time=np.full(len(ent), w.T1 - 2 * DAY),
               expires_time=w.T1 + 90 * DAY)
    # background reports: honest numbers reported by mistake, look-alikes users complained about, appeals
    lk = np.r_[w.look["operator_outbound_centre"], w.look["insurance_marketer"][:4], w.look["debt_collector"][:2]]
    B.report(w, T0 + rng.integers(DAY, w.days * DAY, len(lk)), "msisdn", lk.astype(str), "fraud", "other", None,
             "user_report")
    ok = w.look["courier"][:3]
    B.report(w, T0 + rng.integers(DAY, w.days * DAY, len(ok)), "msisdn", ok.astype(str), "benign", None, None,
             "internal")
    # the card-selling villagers known from a previous campaign
    sel = w.supply.sellers[:5]
    w.sink.add("lists", len(sel), entity_type="id_key", entity=np.array([f"@person:{p}" for p in sel], dtype=object),
               list="watch", reason="card selling (2032 Q2 campaign)", added_time=T0 + rng.integers(0, DAY, len(sel)))
    B.report(w, T0 + rng.integers(2 * DAY, 6 * DAY, 3), "id_key",
             np.array([f"@person:{p}" for p in w.supply.sellers[5:8]], dtype=object), "card_seller", None, None, "police")
