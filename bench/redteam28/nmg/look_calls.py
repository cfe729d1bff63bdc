"""Innocent callers whose traffic resembles a calling gang's: businesses, officials and working people that
ring many strangers, ring briefly, ring at night, ring from one licence or one gateway, or move about.

Every kind is one row of SPECS run through ``caller``; the anti-fraud centre's own warning calls and texts
(``warning_lines``) ring exactly the people the gangs rang and are built after the gangs.
"""

from __future__ import annotations

import numpy as np

from . import kit
from .core import DAY, HOUR, t_date

CAMPS = ["hlbr_mergel_camps", "xl_zhenglan", "hlbr_ergun", "hg_arxan", "cf_hexigten"]
HERD = ["eds_otog", "xl_abag", "bynr_urad", "wlcb_siziwang", "hlbr_chenbarhu", "cf_balinyou"]
CITY = ["hhht_xincheng", "hhht_saihan", "bt_kundulun", "bt_qingshan", "eds_dongsheng", "cf_hongshan"]

# kind: parameters of ``caller`` (see its signature for the defaults)
SPECS = {
    "yurt_camp_booking_line": dict(n=14, zones=CAMPS, opened="mixed", rate=25, hours=(8, 22), p_answer=0.7, med=70,
                                   repeat=0.5, book=200, own=0.3, callback=0.35, inbound=15, text_p=0.3,
                                   texts=["【草原人家蒙古包】您预订的蒙古包已确认，入住请带身份证，定金可微信转账。"]),
    "naadam_ticket_agent": dict(n=6, zones=["xl_xilinhot", "xl_naadam_venue"], opened="season", rate=60,
                                pattern="naadam", hours=(8, 21), p_answer=0.55, med=40, repeat=0.2, own=0.45,
                                callback=0.2, inbound=10, text_p=0.25,
                                texts=["那达慕开幕式看台票已出，取票码请查收，7月12日上午9点前入场。"]),
    "cattle_broker": dict(n=10, zones=HERD, rate=35, hours=(6, 20), p_answer=0.75, med=75, repeat=0.6, book=120,
                          personas=["herder"], own=0.6, callback=0.4, move=HERD, imei_kind="feature"),
    "cashmere_buyer_hebei": dict(n=6, zones=["eds_otog", "xl_abag", "bynr_urad"], opened="recent", rate=30,
                                 hours=(7, 19), p_answer=0.6, med=80, repeat=0.35, personas=["herder"], own=0.6,
                                 callback=0.35, move=HERD, text_p=0.2, pays_out=0.08,
                                 texts=["收山羊绒，今年价格好，上门过秤现款结算，不收任何押金。"]),
    "coal_truck_dispatcher": dict(n=8, zones=["eds_ejinhoro_mines", "eds_jungar_mines", "wh_haibowan"], rate=110,
                                  hours=(0, 24), p_answer=0.85, med=30, sigma=0.6, repeat=0.85, book=250,
                                  personas=["trucker"], own=0.45, callback=0.3, text_p=0.4,
                                  texts=["【煤场调度】请按排号到3号口装车，过磅后拍照回传。"]),
    "property_agent_cold_call": dict(n=12, zones=["eds_kangbashi", "eds_dongsheng", "hhht_saihan"], rate=140,
                                     pattern="mon_sat", hours=(9, 19), p_answer=0.3, med=25, sigma=0.8, long_p=0.03,
                                     repeat=0.05, own=0.45, sweep=0.35, callback=0.04, complaints=0.06,
                                     suspend=0.25),
    "debt_collector_mobile": dict(n=10, zones=["eds_dongsheng"], rate=120, pattern="mon_sat", hours=(8.5, 20.5),
                                  p_answer=0.35, med=60, repeat=0.7, book=150, own=0.6, callback=0.05, text_p=0.5,
                                  complaints=0.1, suspend=0.2, texts=["【贷后管理】您在平台的借款已逾期，请于今日内还款，以免影响征信。"]),
    "debt_collection_fixed_lines": dict(n=8, zones=["eds_dongsheng"], line="fixed", customer="enterprise",
                                        shared_id=True, rate=150, pattern="weekdays", hours=(9, 18), p_answer=0.3,
                                        med=45, repeat=0.75, book=300, own=0.55, callback=0.03, complaints=0.08),
    "bank_credit_card_telesales": dict(n=10, zones=["hhht_xincheng"], line="fixed", customer="enterprise",
                                       shared_id=True, gateway="GW-HH-BANK1", rate=160, pattern="weekdays",
                                       hours=(9, 18), p_answer=0.28, med=40, repeat=0.05, own=0.4, callback=0.02,
                                       allow=0.5),
    "insurance_telemarketer": dict(n=9, zones=["bt_qingshan"], rate=90, pattern="mon_sat", hours=(9, 19),
                                   p_answer=0.35, med=50, repeat=0.15, own=0.45, callback=0.05, complaints=0.04),
    "grassland_subsidy_village_cadre": dict(n=8, zones=HERD, rate=8, pattern="burst", burst_rate=70, hours=(8, 20),
                                            p_answer=0.7, med=90, repeat=0.9, book=90, personas=["herder"], own=0.7,
                                            callback=0.3, text_p=0.5, imei_kind="feature",
                                            texts=["【嘎查通知】2035年草原生态补奖资金已打到一卡通，请到苏木信用社核对，不要相信网上链接。"]),
    "hospital_followup_nurse": dict(n=6, zones=["hhht_xincheng", "bt_kundulun"], line="fixed", customer="enterprise",
                                    shared_id=True, rate=45, pattern="weekdays", hours=(9, 17), p_answer=0.6,
                                    med=120, repeat=0.1, personas=["elderly"], own=0.6, callback=0.15),
    "express_courier": dict(n=25, zones=CITY, rate=55, hours=(8, 20), p_answer=0.7, med=20, sigma=0.6, repeat=0.1,
                            own=0.45, callback=0.25, text_p=0.15, texts=["快递到了，放驿站了，取件码在短信里。"]),
    "food_delivery_rider": dict(n=15, zones=CITY, rate=35, hours=(10, 21.5), p_answer=0.8, med=25, sigma=0.6,
                                repeat=0.05, own=0.45, callback=0.3),
    "ride_hailing_driver": dict(n=12, zones=CITY, rate=22, hours=(6, 24), p_answer=0.8, med=30, repeat=0.02,
                                own=0.45, callback=0.4, move=CITY[:2]),
    "tour_guide_hulunbuir": dict(n=8, zones=["hlbr_hailar"], opened="season", rate=30, hours=(7, 22),
                                 p_answer=0.8, med=60, repeat=0.7, book=80, own=0.15, callback=0.5, inbound=6,
                                 move=["hlbr_hailar", "hlbr_mergel_camps", "hlbr_ergun", "hlbr_manzhouli"]),
    "horse_riding_stable": dict(n=6, zones=CAMPS, rate=18, hours=(7, 21), p_answer=0.7, med=50, repeat=0.3,
                                own=0.25, inbound=8, callback=0.3, imei_kind="feature"),
    "car_rental_hailar": dict(n=5, zones=["hlbr_hailar"], rate=25, hours=(8, 21), p_answer=0.75, med=70,
                              repeat=0.4, own=0.2, inbound=10, callback=0.4, deposits=20),
    "charter_bus_company": dict(n=4, zones=["hhht_huimin"], line="fixed", customer="enterprise", shared_id=True,
                                rate=40, hours=(8, 19), p_answer=0.7, med=80, repeat=0.5, own=0.4, callback=0.3),
    "university_admission_office": dict(n=6, zones=["hhht_saihan"], line="fixed", customer="enterprise",
                                        shared_id=True, rate=80, pattern="weekdays", hours=(8.5, 18),
                                        p_answer=0.65, med=150, repeat=0.1, personas=["elderly", "urban_worker"],
                                        own=0.55, callback=0.25, allow=0.5),
    "police_household_check": dict(n=5, zones=["hhht_huimin", "eds_dongsheng", "cf_hongshan", "bt_donghe", "xl_erenhot"],
                                   line="fixed", customer="enterprise", rate=25, pattern="weekdays", hours=(9, 17.5),
                                   p_answer=0.7, med=120, repeat=0.2, own=0.6, callback=0.2),
    "driving_school_recruiter": dict(n=6, zones=["hhht_saihan", "bt_qingshan"], rate=60, hours=(9, 20),
                                     p_answer=0.4, med=35, repeat=0.1, personas=["student"], own=0.5, callback=0.08,
                                     text_p=0.3, texts=["暑假学车特惠，学生证立减500，包接送，报名电话就是本号。"]),
    "rideshare_carpool_driver": dict(n=10, zones=["eds_dongsheng", "hhht_saihan", "bt_kundulun"], rate=20,
                                     hours=(6, 22), p_answer=0.75, med=45, repeat=0.15, own=0.4, callback=0.45,
                                     move=["hw_g65_baotou_ordos", "hw_g6_hohhot_baotou", "eds_dongsheng",
                                           "hhht_saihan"], deposits=12),
    "wedding_banquet_caller": dict(n=6, zones=CITY, rate=4, pattern="burst", burst_rate=120, hours=(9, 21),
                                   p_answer=0.8, med=60, repeat=0.95, book=150, own=0.5, callback=0.3),
    "mine_shift_supervisor": dict(n=6, zones=["eds_ejinhoro_mines", "wh_haibowan", "bt_bayan_obo"], rate=70,
                                  hours=(18, 8), p_answer=0.8, med=40, repeat=0.9, book=60, personas=["miner"],
                                  own=0.6, callback=0.3),
    "call_center_outsourcing_jinqiao": dict(n=40, zones=["hhht_jinqiao"], line="voip", customer="enterprise",
                                            shared_id=True, gateway="GW-HH-CC01", rate=110, pattern="mon_sat",
                                            hours=(9, 21), p_answer=0.45, med=150, repeat=0.2, own=0.35,
                                            inbound=60, callback=0.05, allow=0.4),
    "hotel_pbx_switchboard": dict(n=5, zones=["hlbr_hailar", "xl_xilinhot", "hlbr_manzhouli"], line="fixed",
                                  customer="enterprise", rate=40, hours=(7, 23), p_answer=0.75, med=60, repeat=0.4,
                                  own=0.3, inbound=25, callback=0.2),
    "stats_bureau_survey_caller": dict(n=4, zones=["hhht_xincheng"], line="fixed", customer="enterprise",
                                       shared_id=True, rate=70, pattern="weekdays", hours=(9, 17), p_answer=0.35,
                                       med=240, repeat=0.1, own=0.5, callback=0.05, complaints=0.02),
    "livestock_insurance_adjuster": dict(n=5, zones=["xl_abag", "hlbr_chenbarhu"], rate=40, pattern="late",
                                         hours=(8, 19), p_answer=0.8, med=150, repeat=0.3, personas=["herder"],
                                         own=0.7, callback=0.4, move=HERD, pays_out=0.3),
    "mobile_vet_service": dict(n=5, zones=HERD, rate=20, hours=(6, 21), p_answer=0.85, med=120, repeat=0.5,
                               personas=["herder"], own=0.65, callback=0.5, move=HERD, imei_kind="feature"),
    "rural_credit_loan_officer": dict(n=5, zones=["eds_otog", "xl_abag", "cf_aohan_villages", "tl_kailu"], rate=35,
                                      pattern="weekdays", hours=(8.5, 18), p_answer=0.6, med=110, repeat=0.4,
                                      personas=["herder", "farmer"], own=0.65, callback=0.3, text_p=0.3,
                                      texts=["【内蒙古农信】牧民生产贷年利率3.85%起，无任何前期费用，请到网点办理，谨防诈骗。"]),
    "herders_coop_goip_office": dict(n=4, zones=["xl_abag"], customer="enterprise", shared_id=True, tac=86217005,
                                     rate=30, pattern="weekdays", hours=(8, 18), p_answer=0.7, med=90, repeat=0.8,
                                     book=120, personas=["herder"], own=0.7, callback=0.45, label_imei=True,
                                     personal=False),
    "hotel_gsm_gateway": dict(n=8, zones=["hlbr_manzhouli"], customer="enterprise", shared_id=True, tac=86384803,
                              rate=20, hours=(7, 23), p_answer=0.65, med=150, repeat=0.3, own=0.3, intl=("RU", 0.35),
                              callback=0.2, inbound=10, label_imei=True, personal=False),
}

OPENED = {"old": (t_date(2014, 1, 1), t_date(2033, 12, 1)), "season": (t_date(2035, 5, 10), t_date(2035, 6, 30)),
          "recent": (t_date(2035, 6, 15), t_date(2035, 7, 6))}


def activity(rng, pattern, n, days):
    d = np.arange(days)
    dow = (d + 6) % 7  # 0 = Monday
    act = np.ones((n, days))
    if pattern == "weekdays":
        act[:, dow >= 5] = 0.05
    elif pattern == "mon_sat":
        act[:, dow == 6] = 0.1
    elif pattern == "naadam":
        act *= np.where(d <= 6, 1.4, 0.4)[None, :]
    elif pattern == "late":
        act *= np.where(d >= 7, 1.5, 0.15)[None, :]
    return act


def caller(w, kind, *, n, zones, line="mobile", customer="personal", shared_id=False, opened="old", rate=40.0,
           pattern="all", burst_rate=0.0, hours=(9, 18), p_answer=0.5, med=45.0, sigma=0.9, long_p=0.0,
           repeat=0.3, book=150, personas=None, own=0.4, sweep=0.0, callback=0.15, inbound=0.0, text_p=0.0,
           texts=None, move=None, gateway=None, imei_kind="smart", complaints=0.0, allow=0.0, pays_out=0.0,
           deposits=0.0, tac=None, intl=None, label_imei=False, personal=True, suspend=0.0):
    rng = w.rng("look-" + kind)
    g, days = w.geo, w.days
    zi = np.array([zones[i % len(zones)] for i in range(n)], dtype=object)
    lo, hi = OPENED["season" if opened == "season" else "recent" if opened == "recent" else "old"]
    op = rng.integers(lo, hi, n)
    if opened == "mixed":
        op = np.where(rng.random(n) < 0.4, rng.integers(*OPENED["season"], n), op)
    lic = w.ids.id_keys(1)[0] if shared_id else None
    # the operator's own cold-call rule has already cut off a few of them (they appeal and get back later)
    susp = np.where(rng.random(n) < suspend, rng.integers(3, days, n), 10**6)
    parts = []
    for z in sorted(set(zi.tolist())):
        m = zi == z
        k = int(m.sum())
        st = np.where(susp[m] < days, "suspended", "active").astype(object)
        parts.append(kit.open_lines(w, k, z, opened=op[m], id_keys=lic, line_type=line, customer=customer,
                                    status=st, status_time=np.where(susp[m] < days, susp[m] * DAY + 15 * HOUR,
                                                                    -(2**62)),
                                    id_type="business_license" if customer == "enterprise" else "resident_id",
                                    imei_kind=imei_kind, prepaid=customer != "enterprise", rng=rng,
                                    imei=w.ids.imei(k, tac=tac, sequential=True) if tac else None))
    L = kit.Lines(*[np.concatenate([getattr(p, f) for p in parts]) for f in
                    ("msisdn", "imsi", "imei", "cell", "id_key", "opened")])
    n = len(L)
    mobile = line == "mobile"
    act = activity(rng, pattern, n, days)
    sus = np.concatenate([susp[zi == z] for z in sorted(set(zi.tolist()))])
    act[np.arange(days)[None, :] > sus[:, None]] = 0.0
    r = np.full((n, days), float(rate)) * act
    if pattern == "burst":
        bd = rng.integers(0, days - 1, n)
        r[np.arange(n), bd] = burst_rate
        r[np.arange(n), bd + 1] = burst_rate * 0.5
    e, d = kit.per_day(rng, n, days, r, None, 0.3)
    t = kit.hours(rng, len(e), hours[0], hours[1], d)
    m = len(e)
    # whom: the entity's own book of customers (repeat calls) or new strangers or a swept segment
    booksz = max(5, int(book))
    bk = kit.strangers(w, rng, booksz * n, own, personas=personas).reshape(n, booksz)
    fresh = kit.strangers(w, rng, m, own, personas=personas)
    u = rng.random(m)
    callee = np.where(u < repeat, bk[e, rng.integers(0, booksz, m)], fresh)
    if sweep:
        sw = u > 1 - sweep
        callee = np.where(sw, kit.sweep(w, rng, m), callee)
    if move and mobile:
        mc = g.cells_of(*move)
        cell = mc[(e * 7 + t // (2 * HOUR)) % len(mc)]
    else:
        cell = L.cell[e] if mobile else np.full(m, -1)
    ctype = np.full(m, {"mobile": "mobile", "fixed": "fixed", "voip": "voip"}[line], dtype=object)
    if intl:
        fi = rng.random(m) < intl[1]
        fb = w.ids.foreign(max(20, m // 4), intl[0])
        callee = np.where(fi, fb[rng.integers(0, len(fb), m)], callee)
        ctype[fi] = "intl_out"
    ans, dur = kit.dial(w, rng, t, L.msisdn[e], callee, imei=L.imei[e] if mobile else 0,
                        imsi=L.imsi[e] if mobile else 0, cell=cell, p_answer=p_answer, med=med, sigma=sigma,
                        long_p=long_p, call_type=ctype, gateway=gateway)
    # call-backs from the people reached
    cb = ans & (rng.random(m) < callback)
    cb |= (~ans) & (rng.random(m) < callback * 0.4)
    k = int(cb.sum())
    tb = np.minimum(t[cb] + rng.integers(300, 2 * DAY, k), w.end - 60)
    back_caller = callee[cb]
    pi = kit.pop_index(w, back_caller)
    kit.dial(w, rng, tb, back_caller, L.msisdn[e[cb]], imei=np.where(pi >= 0, w.pop.imei[np.maximum(pi, 0)], 0),
             imsi=np.where(pi >= 0, w.pop.imsi[np.maximum(pi, 0)], 0),
             cell=np.where(pi >= 0, w.pop.loc(np.maximum(pi, 0), tb), -1), p_answer=0.85, med=med * 1.3,
             callee_cell=L.cell[e[cb]] if mobile else np.full(k, -1))
    # customers ringing in
    if inbound:
        ie, idd = kit.per_day(rng, n, days, inbound * act, None, 0.3)
        ti = kit.hours(rng, len(ie), hours[0], min(hours[1], 23.9) if hours[1] > hours[0] else 23.9, idd)
        src = np.where(rng.random(len(ie)) < 0.5, bk[ie, rng.integers(0, booksz, len(ie))],
                       kit.strangers(w, rng, len(ie), own, personas=personas))
        pi = kit.pop_index(w, src)
        kit.dial(w, rng, ti, src, L.msisdn[ie], imei=np.where(pi >= 0, w.pop.imei[np.maximum(pi, 0)], 0),
                 imsi=np.where(pi >= 0, w.pop.imsi[np.maximum(pi, 0)], 0),
                 cell=np.where(pi >= 0, w.pop.loc(np.maximum(pi, 0), ti), -1), p_answer=0.8, med=med * 1.2,
                 callee_cell=L.cell[ie] if mobile else np.full(len(ie), -1))
    if text_p and texts:
        ts = ans & (rng.random(m) < text_p)
        kit.text(w, t[ts] + dur[ts] + rng.integers(20, 600, int(ts.sum())), L.msisdn[e[ts]], callee[ts],
                 np.array(texts, dtype=object)[rng.integers(0, len(texts), int(ts.sum()))],
                 imei=L.imei[e[ts]] if mobile else 0, cell=cell[ts])
    if mobile and personal:
        social(w, rng, L, act > 0.2)
    if mobile:
        kit.presence(w, rng, L, act > 0.2, data_rate=(2.5 if imei_kind == "smart" else 0.2) * personal,
                     loc_rate=1.5)
    if pays_out or deposits:
        money(w, rng, L, callee, ans, e, t, pays_out, deposits)
    w.look(kind, "msisdn", L.msisdn, L.opened)
    if label_imei:
        w.look(kind, "imei", L.imei, L.opened)
    w.look_lines[kind] = L
    w.reg_look.append(dict(kind=kind, msisdn=L.msisdn, complaints=complaints, allow=allow,
                           callees=callee[ans][:200]))
    return L


def social(w, rng, L, act):
    """The line holder's own life: a handful of family and friends, both ways."""
    n, days = act.shape
    fam = w.pop.msisdn[rng.integers(0, w.pop.n, (n, 6))]
    e, d = kit.per_day(rng, n, days, 2.0, act, 0.3)
    t = kit.hours(rng, len(e), 7, 23, d)
    who = fam[e, np.minimum((rng.random(len(e)) ** 2 * 6).astype(int), 5)]
    out = rng.random(len(e)) < 0.55
    kit.dial(w, rng, t[out], L.msisdn[e[out]], who[out], imei=L.imei[e[out]], imsi=L.imsi[e[out]],
             cell=L.cell[e[out]], p_answer=0.85, med=110)
    pi = kit.pop_index(w, who[~out])
    kit.dial(w, rng, t[~out], who[~out], L.msisdn[e[~out]], imei=w.pop.imei[np.maximum(pi, 0)],
             imsi=w.pop.imsi[np.maximum(pi, 0)], cell=w.pop.loc(np.maximum(pi, 0), t[~out]), p_answer=0.8, med=110,
             callee_cell=L.cell[e[~out]])


def money(w, rng, L, callee, ans, e, t, pays_out, deposits):
    n = len(L)
    acct = w.ids.accounts(n)
    kit.bank_open(w, acct, L.id_key, "NMG Rural Credit", L.opened + DAY, L.msisdn)
    pi = kit.pop_index(w, callee)
    ok = np.flatnonzero(ans & (pi >= 0))
    ok = ok[w.pop.account[pi[ok]] != None]  # noqa: E711
    if pays_out:
        s = ok[rng.random(len(ok)) < pays_out]
        tt = np.minimum(t[s] + rng.integers(DAY // 2, 3 * DAY, len(s)), w.end - 60)
        kit.pay(w, tt, acct[e[s]], w.pop.account[pi[s]], rng.lognormal(np.log(9000), 0.7, len(s)), "mobile_app",
                L.msisdn[e[s]])
    if deposits:
        k = rng.poisson(deposits, n)
        r = np.repeat(np.arange(n), k)
        src = rng.integers(0, w.pop.n, len(r))
        src = src[w.pop.account[src] != None]  # noqa: E711
        r = r[: len(src)]
        tt = kit.hours(rng, len(r), 8, 23, rng.integers(0, w.days, len(r)))
        kit.pay(w, tt, w.pop.account[src], acct[r], rng.lognormal(np.log(600), 0.6, len(r)), "mobile_app",
                w.pop.msisdn[src])


def warning_lines(w):
    """The provincial anti-fraud centre's warning calls (96110) and the 12381 early-warning texts to the
    people the gangs just rang."""
    rng = w.rng("look-warning")
    targets = np.concatenate(w.fraud_callees) if w.fraud_callees else np.zeros(0, dtype=np.int64)
    pi = kit.pop_index(w, targets)
    own = np.unique(targets[pi >= 0])
    lines = np.array([int(f"86{a}96110") for a in (471, 472, 477)], dtype=np.int64)
    w.emit("subscribers", msisdn=lines, id_key=w.ids.id_keys(1)[0], id_type="business_license",
           customer_type="enterprise", line_type="fixed", operator=kit.OPERATOR, open_time=t_date(2019, 3, 1),
           open_channel="TG-471-GOV", status="active", is_prepaid=False, home_region="Hohhot")
    pick = own[rng.random(len(own)) < 0.3]
    t = kit.hours(rng, len(pick), 9, 20.5, rng.integers(1, w.days, len(pick)))
    kit.dial(w, rng, t, lines[rng.integers(0, 3, len(pick))], pick, p_answer=0.55, med=95, call_type="fixed")
    # plus everyday warning calls to people on the 'potential victim' list from reports and the like
    extra = w.pop.msisdn[rng.integers(0, w.pop.n, 40 * w.days)]
    te = kit.hours(rng, len(extra), 9, 20.5, rng.integers(0, w.days, len(extra)))
    kit.dial(w, rng, te, lines[rng.integers(0, 3, len(extra))], extra, p_answer=0.5, med=80, call_type="fixed")
    w.look("anti_fraud_centre_96110_line", "msisdn", lines, t_date(2019, 3, 1))
    s = own[rng.random(len(own)) < 0.5]
    ts = kit.hours(rng, len(s), 8, 21, rng.integers(0, w.days, len(s)))
    kit.text(w, ts, 8612381, s, "【12381涉诈预警】您近期接到疑似诈骗电话，凡是要求转账到'安全账户'、下载会议软件共享屏幕的都是诈骗，请立即挂断。")
    w.look("miit_12381_warning_sms", "msisdn", [8612381], 0)
    w.reg_look.append(dict(kind="anti_fraud_centre_96110_line", msisdn=lines, complaints=0.0, allow=1.0,
                           callees=pick[:0]))


def build(w):
    for kind, spec in SPECS.items():
        caller(w, kind, **spec)
    warning_lines(w)
