"""Benign look-alikes of the Hainan generator: ordinary businesses and people whose records resemble one or two
axes of a gang. All are labelled role ``benign`` with the kind as ``scheme``. Kind table: README.md."""

from __future__ import annotations

import numpy as np
from common import DAY, HOUR, T0, hexs
from gangs import (
    Lines,
    blast_sms,
    campaign,
    den,
    dial,
    label,
    new_lines,
    persons_lines,
    pool,
    presence_events,
)


def benign(ctx, etype, ents, kind, first=T0):
    label(ctx, etype, ents, "benign", None, kind, first)


def _all(ctx, k):
    return np.concatenate(ctx.persons[k])


def plan(ctx):
    from generate import CITY_NAMES
    rng = ctx.rng
    ci = CITY_NAMES.index
    L = ctx.LA = {}

    def add(kind, n, city, occ, **kw):
        L[kind] = ctx.add_persons(n, city, occ, **kw)

    add("tour_agency_callers", 15, rng.choice([ci("Sanya"), ci("Haikou")], 15), "tour_worker")
    add("dutyfree_pickup_callers", 10, rng.choice([ci("Sanya"), ci("Haikou")], 10), "shop_staff")
    add("property_agent_cold_call", 20, rng.choice([ci("Sanya"), ci("Wanning"), ci("Haikou")], 20), "planted",
        call_rate=1.5)
    st = rng.integers(0, 13, 20)
    add("tour_guide_new_cards", 20, ci("Sanya"), "tour_worker", start=st,
        open_time=T0 + st * DAY + rng.integers(9 * HOUR, 18 * HOUR, 20))
    add("delivery_riders", 40, rng.choice([ci("Sanya"), ci("Haikou")], 40), "driver")
    nada = ctx.cells_in("Danzhou", "nada_town")
    add("rubber_buyer_calls", 8, ci("Danzhou"), "planted", home=nada[rng.integers(0, len(nada), 8)],
        work=nada[rng.integers(0, len(nada), 8)])
    add("insurance_telesales", 15, ci("Haikou"), "office_worker")
    add("securities_advisor", 10, ci("Haikou"), "office_worker")
    add("census_survey_enumerators", 20, rng.integers(0, len(CITY_NAMES), 20), "civil_servant")
    st = rng.integers(3, 8, 120)
    add("students_new_campus_cards", 120, ci("Haikou"), "student", start=st, chan=ctx.v("HA-CAMPUS-01"),
        open_time=T0 + st * DAY + rng.integers(10 * HOUR, 17 * HOUR, 120))
    add("snowbird_bulk_local_cards", 40, ci("Sanya"), "snowbird_local", start=5, chan=ctx.v("SA-STORE-020"),
        open_time=T0 + 5 * DAY + rng.integers(9 * HOUR, 12 * HOUR, 40))
    add("dutyfree_daigou_reseller", 15, rng.choice([ci("Sanya"), ci("Haikou")], 15), "shop_staff")
    add("launch_site_tour_operator", 8, ci("Wenchang"), "tour_worker")
    add("school_teacher_group_sms", 30, rng.integers(0, len(CITY_NAMES), 30), "civil_servant")
    add("church_or_clan_elder_calls", 10, rng.choice([ci("Qionghai"), ci("Wenchang"), ci("Wanning")], 10), "retiree")
    add("phone_shop_owner", 5, rng.choice([ci("Haikou"), ci("Danzhou"), ci("Sanya")], 5), "shop_staff")


def _days(ctx, n, weekdays_only=False):
    act = np.ones((n, ctx.days), bool)
    if weekdays_only:
        for d in range(ctx.days):
            act[:, d] = ctx.weekday(d) < 5
    return act


def _subs(ctx, L: Lines, key, age_days, *, line="mobile", cust="enterprise", idt="business_license",
          channel="HA-ENT-01", region="Haikou"):
    n = len(L)
    keys = np.broadcast_to(np.asarray(key, np.uint64), (n,))
    opened = T0 - np.broadcast_to(np.asarray(age_days), (n,)).astype(np.int64) * DAY
    ctx.subscribers(L.msisdn, L.imsi, keys, opened, line=line, cust=cust, idt=idt, channel=channel,
                    cell=L.cell if line == "mobile" else -1, prepaid=False, region=region)


def run(ctx):
    from generate import OCC_NAMES
    rng, P = ctx.rng, ctx.P
    D = ctx.days
    LA = ctx.LA
    occ = lambda *o: np.flatnonzero(np.isin(P["occ"], [OCC_NAMES.index(x) for x in o]))  # noqa: E731
    tourists = occ("tourist", "tourist_ru", "snowbird_roam")
    snow = occ("snowbird_roam", "snowbird_local")
    young = np.flatnonzero(np.isin(P["occ"], [OCC_NAMES.index(o) for o in (
        "student", "migrant_worker", "shop_staff", "driver", "farmer", "hotel_worker")]) & P["sub"])
    locals_ = np.flatnonzero(P["sub"] & (P["occ"] != OCC_NAMES.index("planted")))
    students = occ("student")

    def persons_campaign(kind, per_day, tnum, tpid, weekdays=False, **kw):
        pids = LA[kind]
        Lp = persons_lines(ctx, pids)
        act = ctx.present[pids] & _days(ctx, len(pids), weekdays)
        campaign(ctx, Lp, act, per_day, tnum, tpid, **kw)
        benign(ctx, "msisdn", P["msisdn"][pids], kind, ctx.day_start(np.argmax(act, axis=1)))
        return Lp, act

    def lines_campaign(kind, L, per_day, tnum, tpid, act=None, **kw):
        act = _days(ctx, len(L)) if act is None else act
        campaign(ctx, L, act, per_day, tnum, tpid, **kw)
        if (L.imei > 0).any():
            presence_events(ctx, L, act, updates=1.0)
        benign(ctx, "msisdn", L.msisdn, kind, ctx.day_start(np.argmax(act, axis=1)))
        return act

    # ---- callers of many strangers (mimic G02 / G05 / G07 / G01 on volume, short calls, new numbers)
    hotel = den(ctx, "Sanya", "yalong_bay", 6)
    L = new_lines(ctx, 12, where="fixed", imei=False)
    _subs(ctx, L, ctx.num.keys(12), rng.integers(800, 4000, 12), line="fixed", region="Sanya", channel="SA-ENT-03")
    tn, tp = pool(ctx, tourists, 200)
    lines_campaign("hotel_front_desk", L, rng.uniform(15, 35, 12), tn, tp, h=(8, 22), answer=0.7, mu=3.8,
                   ctype="fixed")
    del hotel
    persons_campaign("tour_agency_callers", rng.uniform(20, 40, 15), tn, tp, h=(8, 21), answer=0.65, mu=4.0)
    persons_campaign("tour_guide_new_cards", rng.uniform(15, 35, 20), tn, tp, h=(7, 20), answer=0.7, mu=3.6)
    persons_campaign("launch_site_tour_operator", np.where(np.arange(8) < 8, 12.0, 0), tn, tp, h=(8, 20),
                     answer=0.6, mu=4.0)
    # launch day: a burst of calls to booked tourists (a Long March launch from Wenchang in the window)
    launch = ctx.hist + 3 if ctx.hist + 3 < D else D - 1
    pids = LA["launch_site_tour_operator"]
    c = np.repeat(np.arange(len(pids)), 60)
    t = rng.integers(0, len(tn), len(c))
    dial(ctx, launch, persons_lines(ctx, pids), c, tn[t], tp[t], h=(6, 20), answer=0.55, mu=3.3)

    # airline call centre: outbound calls and SMS about cancellations on a fog day at Meilan (mimic G01 hard)
    L = new_lines(ctx, 20, where="fixed", imei=False)
    _subs(ctx, L, ctx.num.keys(1)[0], 2500, line="fixed", channel="HA-ENT-09")
    act = np.zeros((20, D), bool)
    fog = [4, ctx.hist + 1] if ctx.hist + 1 < D else [4]
    act[:, fog] = True
    flyers = np.concatenate([tourists, rng.choice(locals_, 1500, replace=False)])
    tn2, tp2 = pool(ctx, flyers, 1000)
    lines_campaign("airline_call_centre_outbound", L, 70, tn2, tp2, act=act, h=(6, 22), answer=0.55, mu=4.2,
                   ctype="fixed")
    sender = np.array([8695339], np.int64)
    for d in fog:
        k = 2500
        t = rng.integers(0, len(tn2), k)
        ctx.sms(np.repeat(sender, k), tn2[t], ctx.day_start(d) + ctx.within(k, 5.5, 12),
                ctx.vs(["【海南航空】尊敬的旅客，受大雾天气影响，您乘坐的航班已取消，可免费改签或全额退票，详询95339或访问 hnair.com。",
                        "【海南航空】您的航班因天气原因延误，最新起飞时间请关注 hnair.com 或海南航空App。"])[
                    rng.integers(0, 2, k)])
    benign(ctx, "msisdn", sender, "airline_service_sms_sender", ctx.day_start(fog[0]))
    # OTA / airline 400 lines that many travellers call (mimic G01's 400 line)
    L = new_lines(ctx, 3, where="400", imei=False)
    _subs(ctx, L, ctx.num.keys(1)[0], 3000, line="voip", channel="HA-ENT-10")
    for d in range(D):
        k = rng.poisson(150 if d not in fog else 600)
        t = rng.integers(0, len(tn2), k)
        ctx.calls(tn2[t], L.msisdn[rng.integers(0, 3, k)], ctx.day_start(d) + ctx.within(k, 7, 23),
                  np.clip(rng.lognormal(5.6, 0.8, k), 20, 3600).astype(np.int64), ctype="mobile")
    benign(ctx, "msisdn", L.msisdn, "ota_400_customer_service", T0)
    ctx.G["allow_extra"] = list(L.msisdn[:1])

    # duty-free: customer-service SMS with links, pick-up callers, daigou resellers (mimic G02)
    buyers = occ("tourist", "snowbird_roam", "snowbird_local", "office_worker")
    tn3, tp3 = pool(ctx, buyers, 300)
    s106 = np.array([861069000101], np.int64)
    for d in range(D):
        k = rng.poisson(250)
        t = rng.integers(0, len(tn3), k)
        ctx.sms(np.repeat(s106, k), tn3[t], ctx.day_start(d) + ctx.within(k, 9, 21),
                ctx.vs(["【中免三亚】您的订单已完成，提货时间及地点请查看 cdfgsanya.com/order ，如需退换请联系官方客服。",
                        "【海旅免税】离岛免税购物额度查询及售后退款请登录 cdfmall.cn ，勿轻信陌生来电。"])[rng.integers(0, 2, k)])
    benign(ctx, "msisdn", s106, "dutyfree_customer_service_sms", T0)
    persons_campaign("dutyfree_pickup_callers", rng.uniform(30, 50, 10), tn3, tp3, h=(9, 21), answer=0.6, mu=3.5)
    Ld, _ = persons_campaign("dutyfree_daigou_reseller", rng.uniform(8, 20, 15), tn3, tp3, h=(10, 23), answer=0.7,
                             mu=4.2)
    da = P["acct"][LA["dutyfree_daigou_reseller"]]
    k = rng.poisson(6 * D, len(da))
    r = np.repeat(np.arange(len(da)), k)
    payers = buyers[rng.integers(0, len(buyers), len(r))]
    ok = P["acct"][payers] > 0
    ctx.transfer(T0 + rng.integers(0, D * DAY, ok.sum()), P["acct"][payers[ok]], da[r[ok]],
                 rng.lognormal(6.8, 0.9, ok.sum()), "mobile_app", P["msisdn"][payers[ok]])
    k = rng.poisson(D / 2, len(da))
    r = np.repeat(np.arange(len(da)), k)
    ctx.transfer(T0 + rng.integers(0, D * DAY, len(r)), da[r], ctx.dutyfree_accts[rng.integers(0, 5, len(r))],
                 rng.lognormal(9.2, 0.6, len(r)), "mobile_app", P["msisdn"][LA["dutyfree_daigou_reseller"][r]])
    benign(ctx, "account", [hexs(x) for x in da], "dutyfree_daigou_account", T0)

    # property agents cold-calling northern elderly; some elderly really pay deposits (mimic G04 hard)
    north_ext = ctx.ext_pool[rng.integers(0, len(ctx.ext_pool), 800)]
    tn4 = np.concatenate([P["msisdn"][snow], north_ext])
    tp4 = np.concatenate([snow, np.full(800, -1)])
    persons_campaign("property_agent_cold_call", rng.uniform(8, 15, 20), tn4, tp4, h=(9.5, 19.5), answer=0.55,
                     mu=4.7, sigma=0.9)
    dev = ctx.bank_accounts(4, ctx.num.keys(4), 0, T0 - 900 * DAY, "CCB")
    buyers_p = snow[rng.permutation(len(snow))[:12]]
    buyers_p = buyers_p[P["acct"][buyers_p] > 0]
    tpay = T0 + rng.integers(2 * DAY, D * DAY, len(buyers_p))
    ctx.transfer(tpay, P["acct"][buyers_p], dev[rng.integers(0, 4, len(buyers_p))],
                 np.round(rng.lognormal(11.0, 0.6, len(buyers_p)), -3), "counter", P["msisdn"][buyers_p])
    benign(ctx, "msisdn", P["msisdn"][buyers_p], "snowbird_real_flat_deposit", tpay)
    benign(ctx, "account", [hexs(x) for x in dev], "real_estate_developer_account", T0)
    # health-check clinic calling elderly, small fees (mimic G03 hard)
    L = new_lines(ctx, 8, cell=den(ctx, "Sanya", "downtown", 1)[0])
    _subs(ctx, L, ctx.num.keys(1)[0], rng.integers(200, 900, 8), region="Sanya", channel="SA-STORE-012")
    tn5, tp5 = pool(ctx, snow, 100)
    act = lines_campaign("health_check_clinic", L, rng.uniform(15, 28, 8), tn5, tp5, act=_days(ctx, 8, True),
                         h=(8.5, 17), answer=0.6, mu=4.4, sigma=1.0)
    blast_sms(ctx, L, act, 8, tn5, ["【椰城健康体检中心】冬季老年人免费血压血糖筛查，本周六上午，凭身份证参加。"])
    clinic = ctx.bank_accounts(1, ctx.num.keys(1), 0, T0 - 1500 * DAY, "Bank of Hainan")
    pay = snow[rng.permutation(len(snow))[:60]]
    pay = pay[P["acct"][pay] > 0]
    ctx.transfer(T0 + rng.integers(DAY, D * DAY, len(pay)), P["acct"][pay], clinic[np.zeros(len(pay), int)],
                 rng.uniform(198, 880, len(pay)), "mobile_app", P["msisdn"][pay])
    benign(ctx, "account", [hexs(clinic[0])], "health_clinic_account", T0)

    # enterprise SIM pools and office lines (mimic one-ID-many-cards, SIM boxes, VoIP lines)
    port = den(ctx, "Yangpu", "port", 4)
    L = new_lines(ctx, 60)
    L.cell = port[rng.integers(0, 4, 60)]
    _subs(ctx, L, ctx.num.keys(1)[0], rng.integers(35, 45, 60), region="Yangpu", channel="YA-ENT-01")
    drivers = occ("driver", "logistics")
    tn6, tp6 = pool(ctx, drivers, 1500)
    act = lines_campaign("yangpu_logistics_company_sims", L, rng.uniform(10, 25, 60), tn6, tp6, h=(7, 21),
                         answer=0.75, mu=3.9)
    presence_events(ctx, L, act, updates=0.5, data=3.0)
    L = new_lines(ctx, 15, cell=den(ctx, "Haikou", "downtown", 1)[0])
    _subs(ctx, L, ctx.num.keys(1)[0], rng.integers(100, 700, 15), channel="HA-ENT-04")
    tn7, tp7 = pool(ctx, young, 800)
    lines_campaign("debt_collection_agency", L, rng.uniform(40, 70, 15), tn7, tp7, act=_days(ctx, 15, True),
                   h=(9, 20), answer=0.35, mu=4.4)
    L = new_lines(ctx, 20, where="fixed", imei=False)
    _subs(ctx, L, ctx.num.keys(1)[0], 1800, line="fixed", channel="HA-ENT-06")
    tn8, tp8 = pool(ctx, locals_, 2000)
    lines_campaign("bank_loan_telemarketing", L, rng.uniform(50, 90, 20), tn8, tp8, act=_days(ctx, 20, True),
                   h=(9, 18), answer=0.25, mu=3.3, ctype="fixed")
    bank106 = np.array([861069000201], np.int64)
    for d in range(D):
        k = rng.poisson(300)
        t = rng.integers(0, len(tn8), k)
        ctx.sms(np.repeat(bank106, k), tn8[t], ctx.day_start(d) + ctx.within(k, 9, 20),
                ctx.v("【建设银行】尊敬的客户，您已获得快贷预授信额度最高30万元，年化利率低至3.45%，详询95533，拒收请回复R。"))
    benign(ctx, "msisdn", bank106, "bank_credit_offer_sms", T0)
    L = new_lines(ctx, 10, where="fixed", imei=False)
    _subs(ctx, L, ctx.num.keys(1)[0], 3000, line="fixed", channel="HA-ENT-07")
    lines_campaign("health_survey_callers", L, 80, tn8, tp8, act=_days(ctx, 10, True), h=(9, 18), answer=0.4,
                   mu=4.0, ctype="fixed")
    L = new_lines(ctx, 25, where="voip", imei=False)
    _subs(ctx, L, ctx.num.keys(25), rng.integers(200, 2000, 25), line="voip", channel="HA-ENT-08")
    lines_campaign("enterprise_voip_pbx", L, rng.uniform(20, 45, 25), tn8, tp8, act=_days(ctx, 25, True),
                   h=(9, 18), answer=0.55, mu=4.2, ctype="voip", gateway="GW-HK-044")
    L = new_lines(ctx, 200, where="hn")
    L.msisdn = ctx.num.prefixed(200, 861440, 7)
    L.cell = ctx.rng.integers(0, len(ctx.cell_city), 200).astype(np.int32)
    _subs(ctx, L, ctx.num.keys(1)[0], rng.integers(100, 1500, 200), line="iot", channel="HA-ENT-11")
    presence_events(ctx, L, _days(ctx, 200), updates=0.2, data=4.0)
    benign(ctx, "msisdn", L.msisdn, "iot_power_meters", T0)

    persons_campaign("delivery_riders", rng.uniform(25, 50, 40), *pool(ctx, locals_, 500), h=(10, 21),
                     answer=0.8, mu=2.8, sigma=0.5)
    persons_campaign("rubber_buyer_calls", rng.uniform(25, 45, 8), *pool(ctx, occ("farmer"), 100), h=(6, 18),
                     answer=0.6, mu=3.6)
    persons_campaign("insurance_telesales", rng.uniform(30, 50, 15), tn8, tp8, weekdays=True, h=(9, 18),
                     answer=0.3, mu=3.9)
    persons_campaign("census_survey_enumerators", rng.uniform(20, 35, 20), tn8, tp8, weekdays=True, h=(9, 19),
                     answer=0.5, mu=4.3)
    persons_campaign("church_or_clan_elder_calls", rng.uniform(10, 20, 10), *pool(ctx, locals_, 50), h=(7, 20),
                     answer=0.7, mu=4.6)
    # securities advisers: few long calls, clients install a real trading app (mimic G13)
    mid = occ("civil_servant", "office_worker", "snowbird_local", "retiree")
    persons_campaign("securities_advisor", 4, *pool(ctx, mid, 20), h=(9, 21), answer=0.75, mu=5.3)
    cl = mid[rng.permutation(len(mid))[:80]]
    cl = cl[P["sub"][cl] & P["smart"][cl]]
    ctx.tables["apps"].add(time=T0 + rng.integers(0, D * DAY, len(cl)), msisdn=P["msisdn"][cl],
                           app=ctx.v("com.hexin.plat.android"), event=ctx.v("install"),
                           source_url=ctx.v("https://www.10jqka.com.cn/app/"))
    brok = ctx.bank_accounts(2, ctx.num.keys(2), 0, T0 - 4000 * DAY, "CMB")
    clp = cl[P["acct"][cl] > 0]
    ctx.transfer(T0 + rng.integers(0, D * DAY, len(clp)), P["acct"][clp], brok[rng.integers(0, 2, len(clp))],
                 np.round(rng.lognormal(10.2, 0.9, len(clp)), -2), "mobile_app", P["msisdn"][clp])
    benign(ctx, "msisdn", P["msisdn"][clp], "new_stock_investor", T0)

    # SMS senders with links and group messages (mimic G01 / G07 / G08 SMS)
    for num, kind, text, per in (
        (861069000301, "ecommerce_marketing_sms", "【拼多多】双12年终好价，爆款直降，点击 pinduoduo.com/s/x2 领券，退订回T", 900),
        (861069000302, "hospital_appointment_sms", "【海南省人民医院】您预约的门诊将于明天就诊，请携带身份证按时就诊。", 150),
        (861069000303, "staffing_agency_recruit_sms", "【椰风人力】三亚酒店寒假兼职，服务员日结180元，包食宿，学生可报，详询0898-88661234。", 200),
        (861069000304, "consumption_voucher_sms", "【海南消费券】第三期消费券今日10点开抢，登录 hnxfq2026.cn 或云闪付领取。", 600),
    ):
        tnx, _ = pool(ctx, locals_ if kind != "staffing_agency_recruit_sms" else students, 0)
        for d in range(D):
            k = rng.poisson(per)
            ctx.sms(np.full(k, num), tnx[rng.integers(0, len(tnx), k)], ctx.day_start(d) + ctx.within(k, 9, 20),
                    ctx.v(text))
        benign(ctx, "msisdn", [num], kind, T0)
    tpids = LA["school_teacher_group_sms"]
    Lt = persons_lines(ctx, tpids)
    for d in range(D):
        if ctx.weekday(d) not in (0, 3):
            continue
        c = np.repeat(np.arange(len(tpids)), 45)
        parents = tpids[c] * 0 + rng.integers(0, ctx.n_persons, len(c))
        parents = np.where(P["sub"][parents], parents, 0)
        ctx.sms(Lt.msisdn[c], P["msisdn"][parents], ctx.day_start(d) + 17 * HOUR + rng.integers(0, 600, len(c)),
                ctx.v("各位家长好，本周五下午放学时间调整为16:30，请按时接孩子，收到请回复。"), imei=Lt.imei[c], cell=Lt.cell[c])
    benign(ctx, "msisdn", Lt.msisdn, "school_teacher_group_sms", T0)

    # abroad and forwarding (mimic G06 / G12)
    fam = locals_[rng.permutation(len(locals_))[:25]]
    L = new_lines(ctx, 25, roam=None)
    L.roam = ctx.vs(["KH", "MY", "AE", "SG", "TH"])[rng.integers(0, 5, 25)]
    ctx.subscribers(L.msisdn, L.imsi, ctx.num.keys(25), T0 - rng.integers(400, 4000, 25) * DAY, prepaid=True,
                    region="Qionghai", channel="QI-STORE-005")
    act = _days(ctx, 25)
    for d in range(D):
        k = rng.poisson(3, 25)
        c = np.repeat(np.arange(25), k)
        dial(ctx, d, L, c, P["msisdn"][fam[c]], fam[c], h=(8, 23), answer=0.85, mu=5.5)
    presence_events(ctx, L, act, updates=0.5, data=2.0)
    benign(ctx, "msisdn", L.msisdn, "overseas_workers_roaming_home", T0)
    fb = np.concatenate([ctx.num.foreign(10, "SG"), ctx.num.foreign(10, "US"), ctx.num.foreign(10, "MY")])
    biz = occ("office_worker", "civil_servant")
    for d in range(D):
        k = rng.poisson(2, 30)
        c = np.repeat(np.arange(30), k)
        tg = biz[rng.integers(0, 60, len(c))]
        ctx.calls(fb[c], P["msisdn"][tg], ctx.day_start(d) + ctx.within(len(c), 8, 22),
                  np.clip(rng.lognormal(5.5, 0.8, len(c)), 10, 3600).astype(np.int64), ctype="intl_in",
                  gateway="IGW-GZ-02", dcell=P["work"][tg])
    benign(ctx, "msisdn", fb, "foreign_business_partners_intl_in", T0)
    # call forwarding to a second phone or an assistant when busy
    fw = biz[rng.permutation(len(biz))[:15]]
    fwd_to = ctx.num.mobile(15, "hn")
    ext_callers = ctx.ext_pool
    for d in range(D):
        k = rng.poisson(6, 15)
        c = np.repeat(np.arange(15), k)
        t = ctx.day_start(d) + ctx.within(len(c), 9, 19)
        dur = np.clip(rng.lognormal(4.3, 0.9, len(c)), 5, 2400).astype(np.int64)
        ctx.calls(ext_callers[rng.integers(0, len(ext_callers), len(c))], P["msisdn"][fw[c]], t, dur + 2,
                  dcell=P["work"][fw[c]])
        ctx.calls(P["msisdn"][fw[c]], fwd_to[c], t + rng.integers(1, 4, len(c)), dur, imei=P["imei"][fw[c]],
                  imsi=P["imsi"][fw[c]], ccell=P["work"][fw[c]], gateway="CFU")
    benign(ctx, "msisdn", P["msisdn"][fw], "call_forwarding_to_assistant", T0)
    # ride-hailing privacy numbers relaying driver <-> passenger calls (mimic G12 relay hard)
    relay = ctx.num.prefixed(20, 86170, 8)
    drv = occ("driver")
    for d in range(D):
        k = rng.poisson(40, 20)
        c = np.repeat(np.arange(20), k)
        a = locals_[rng.integers(0, len(locals_), len(c))]
        b = drv[rng.integers(0, len(drv), len(c))]
        t = ctx.day_start(d) + ctx.hours(len(c), 0)
        dur = np.clip(rng.lognormal(3.8, 0.7, len(c)), 5, 900).astype(np.int64)
        ctx.calls(P["msisdn"][a], relay[c], t, dur + 2, imei=P["imei"][a], ccell=P["home"][a])
        ctx.calls(relay[c], P["msisdn"][b], t + 1, dur, dcell=P["work"][b], ctype="voip", gateway="AXB-DIDI")
    ctx.subscribers(relay, np.zeros(20, np.int64), np.full(20, ctx.num.keys(1)[0]), T0 - 500 * DAY, line="voip",
                    cust="enterprise", idt="business_license", channel="HA-ENT-12", prepaid=False)
    benign(ctx, "msisdn", relay, "ride_hailing_privacy_number", T0)

    # video calls in families (mimic G11)
    vf = occ("migrant_worker", "retiree", "snowbird_local")
    vf = vf[P["sub"][vf] & P["smart"][vf]][:80]
    for d in range(D):
        k = rng.poisson(1.2, len(vf))
        c = np.repeat(np.arange(len(vf)), k)
        ext = ctx.ext_pool[rng.integers(0, len(ctx.ext_pool), len(c))]
        ctx.calls(ext, P["msisdn"][vf[c]], ctx.day_start(d) + ctx.within(len(c), 18, 22.5),
                  np.clip(rng.lognormal(5.5, 0.7, len(c)), 15, 3600).astype(np.int64), media="video",
                  dcell=P["home"][vf[c]])
    benign(ctx, "msisdn", P["msisdn"][vf], "family_video_calls", T0)

    # handsets with many SIMs: family phones, phone shops testing new cards (mimic SIM boxes / card rotation)
    fam = locals_[rng.permutation(len(locals_))[:40]]
    fam = fam[P["imei"][fam] > 0]
    L = new_lines(ctx, len(fam))
    L.imei = P["imei"][fam]
    L.cell = P["home"][fam]
    ctx.subscribers(L.msisdn, L.imsi, ctx.num.keys(len(fam)), T0 - rng.integers(100, 3000, len(fam)) * DAY,
                    region="Haikou", channel="HA-STORE-003")
    act = _days(ctx, len(fam))
    presence_events(ctx, L, act, updates=0.8)
    campaign(ctx, L, act, 1.0, P["msisdn"][fam], fam, h=(8, 21), answer=0.8, mu=4.0)
    benign(ctx, "msisdn", L.msisdn, "shared_family_phone_second_sim", T0)
    shops = LA["phone_shop_owner"]
    for j, sp in enumerate(shops):
        n = int(rng.integers(20, 40))
        L = new_lines(ctx, n)
        L.imei[:] = P["imei"][sp]
        L.cell = np.full(n, P["work"][sp], np.int32)
        day = rng.integers(0, D, n)
        opened = ctx.day_start(day) + rng.integers(9 * HOUR, 19 * HOUR, n)
        ctx.subscribers(L.msisdn, L.imsi, ctx.num.keys(n), opened, channel=f"SHOP-{j:02d}", prepaid=True,
                        cell=L.cell, region="Haikou")
        ctx.device(opened + 60, L.msisdn, L.imsi, L.imei, L.cell, "attach")
        ctx.calls(L.msisdn, np.full(n, 8610086), opened + 120, rng.integers(10, 40, n), imei=L.imei, imsi=L.imsi,
                  ccell=L.cell)
        ctx.sms(L.msisdn, np.full(n, P["msisdn"][sp]), opened + 200, "test", imei=L.imei, cell=L.cell)
        new_imei = ctx.num.imei(n)  # the buyer's own phone afterwards
        later = opened + rng.integers(HOUR, 6 * HOUR, n)
        ctx.device(later, L.msisdn, L.imsi, new_imei, P["home"][rng.integers(0, ctx.n_persons, n)], "attach")
        benign(ctx, "msisdn", L.msisdn, "phone_shop_sim_testing", opened)
    benign(ctx, "msisdn", P["msisdn"][shops], "phone_shop_owner", T0)

    # new cards that are not bought cards: students' campus cards, snowbirds' bulk local cards, guides
    sn = LA["students_new_campus_cards"]
    k = rng.integers(2, 6, len(sn))
    r = np.repeat(sn, k)
    ctx.tables["internet_accounts"].add(platform=ctx.vs(["wechat", "qq", "douyin", "kuaishou", "xiaohongshu"])[
        rng.integers(0, 5, len(r))], account=ctx.num.keys(len(r)), msisdn=P["msisdn"][r],
        register_time=P["open_time"][r] + rng.integers(HOUR, 3 * DAY, len(r)), status=ctx.v("active"))
    benign(ctx, "msisdn", P["msisdn"][sn], "students_new_campus_cards", P["open_time"][sn])
    sb = LA["snowbird_bulk_local_cards"]
    benign(ctx, "msisdn", P["msisdn"][sb], "snowbird_bulk_local_cards", P["open_time"][sb])

    # people whose ordinary life looks like one axis of a scheme
    fish = occ("fisherman")
    back = fish[ctx.arrive[fish, ctx.hist:].any(axis=1)][:80]
    benign(ctx, "msisdn", P["msisdn"][back], "fisherman_return_burst", T0)
    nada = np.flatnonzero(np.isin(P["home"], ctx.cells_in("Danzhou", "nada_villages")) & P["sub"] &
                          (P["occ"] != OCC_NAMES.index("planted")))[:150]
    benign(ctx, "msisdn", P["msisdn"][nada], "nada_village_residents", T0)
    mino = occ("minority_villager")
    mino = mino[~P["smart"][mino]][:100]
    benign(ctx, "msisdn", P["msisdn"][mino], "li_miao_basic_phone_villagers", T0)
    many = snow[rng.permutation(len(snow))[:150]]
    for d in range(D):
        k = rng.poisson(8, len(many))
        c = np.repeat(many, k)
        ctx.calls(ctx.ext_pool[rng.integers(0, len(ctx.ext_pool), len(c))], P["msisdn"][c],
                  ctx.day_start(d) + ctx.within(len(c), 8, 21), np.clip(rng.lognormal(4.8, 1, len(c)), 5, 3600)
                  .astype(np.int64) * (rng.random(len(c)) < 0.85), dcell=P["home"][c])
    benign(ctx, "msisdn", P["msisdn"][many], "snowbird_many_incoming_calls", T0)
    rent = snow[rng.permutation(len(snow))[:40]]
    rent = rent[P["acct"][rent] > 0]
    landlords = locals_[rng.integers(0, len(locals_), len(rent))]
    tr = T0 + rng.integers(0, D * DAY, len(rent))
    ctx.transfer(tr, P["acct"][rent], np.where(P["acct"][landlords] > 0, P["acct"][landlords], dev[0]),
                 np.round(rng.lognormal(10.0, 0.5, len(rent)), -2), "mobile_app", P["msisdn"][rent])
    benign(ctx, "msisdn", P["msisdn"][rent], "snowbird_winter_rent_payment", tr)

    # accounts with many payers / quick forwarding (mimic the mule layers)
    gb = locals_[rng.permutation(len(locals_))[:15]]
    gb = gb[P["acct"][gb] > 0]
    for kind, holders, per_day, mu, out_share, _out_lag in (
        ("community_group_buy_leader", gb, 35, 3.8, 0.85, (6 * HOUR, 30 * HOUR)),
    ):
        acc = P["acct"][holders]
        k = rng.poisson(per_day * D, len(acc))
        r = np.repeat(np.arange(len(acc)), k)
        pay = locals_[rng.integers(0, len(locals_), len(r))]
        ok = P["acct"][pay] > 0
        t = T0 + rng.integers(0, D * DAY, ok.sum())
        ctx.transfer(t, P["acct"][pay[ok]], acc[r[ok]], rng.lognormal(mu, 0.7, ok.sum()), "mobile_app",
                     P["msisdn"][pay[ok]])
        sup = ctx.merchants_by_city.ravel()[rng.integers(0, ctx.merchants_by_city.size, len(acc))]
        for d in range(D):
            ctx.transfer(ctx.day_start(d) + 21 * HOUR + rng.integers(0, 2 * HOUR, len(acc)), acc, sup,
                         np.round(per_day * np.exp(mu) * out_share * rng.uniform(0.8, 1.2, len(acc)), 2),
                         "mobile_app", P["msisdn"][holders])
        benign(ctx, "account", [hexs(x) for x in acc], kind, T0)
    # money changers for Russian tourists in Sanya: many in, quick out (mimic layer-1 mules hard)
    mc = occ("shop_staff")
    mc = mc[(P["city"][mc] == 1) & (P["acct"][mc] > 0)][:6]
    macc = P["acct"][mc]
    k = rng.poisson(5 * D, len(mc))
    r = np.repeat(np.arange(len(mc)), k)
    src = ctx.bank_accounts(len(r), ctx.num.keys(len(r)), 0, T0 - 400 * DAY, "VTB Bank")
    t = T0 + rng.integers(0, D * DAY, len(r))
    amt = np.round(rng.lognormal(8.5, 0.7, len(r)), -1)
    ctx.transfer(t, src, macc[r], amt, "third_party")
    wh = ctx.bank_accounts(3, ctx.num.keys(3), 0, T0 - 2000 * DAY, "BOC")
    ctx.transfer(t + rng.integers(10 * 60, 2 * HOUR, len(r)), macc[r], wh[rng.integers(0, 3, len(r))],
                 np.round(amt * 0.985, 2), "mobile_app", P["msisdn"][mc[r]])
    benign(ctx, "account", [hexs(x) for x in macc], "sanya_money_changer", T0)
    # tuition and training fees collected at the end of term
    tu = ctx.bank_accounts(4, ctx.num.keys(4), 0, T0 - 3000 * DAY, "ICBC")
    par = locals_[rng.permutation(len(locals_))[:600]]
    par = par[P["acct"][par] > 0]
    ctx.transfer(ctx.day_start(rng.integers(ctx.hist - 2, D, len(par))) + ctx.within(len(par), 8, 22),
                 P["acct"][par], tu[rng.integers(0, 4, len(par))], np.round(rng.uniform(1500, 8000, len(par)), -1),
                 "mobile_app", P["msisdn"][par])
    benign(ctx, "account", [hexs(x) for x in tu], "tuition_collection_account", T0)

    # web: wildcard CDN names, a new legitimate site, apps installed from their makers' sites (mimic G08/G13)
    sm = np.flatnonzero(P["sub"] & P["smart"])
    for base, ips, n_sub, per_day, kind in (
        ("cdn.bcebos.com", ["180.101.50.1", "180.101.50.2", "180.101.50.3"], 400, 900, "wildcard_cdn_domain"),
        ("alicdn.com", ["140.205.94.10", "140.205.94.11"], 400, 900, "wildcard_cdn_domain"),
        ("myqcloud.com", ["119.29.29.29", "119.29.29.30"], 200, 400, "wildcard_cdn_domain"),
        ("hnxfq2026.cn", ["36.101.208.3"], 0, 500, "new_consumption_voucher_site"),
    ):
        names = [base] if not n_sub else [f"{hexs(x)[-8:]}.{base}" for x in rng.integers(1, 2**40, n_sub)]
        nv = ctx.vs(names)
        urls = ctx.vs([f"https://{x}/static/" for x in names])
        ipv = ctx.vs(ips)
        for d in range(D):
            k = rng.poisson(per_day)
            w = sm[rng.integers(0, len(sm), k)]
            j = rng.integers(0, len(names), k)
            ctx.tables["web"].add(time=ctx.day_start(d) + ctx.hours(k, 0), msisdn=P["msisdn"][w], domain=nv[j],
                                  url=urls[j], ip=ipv[rng.integers(0, len(ips), k)],
                                  bytes=rng.lognormal(10, 1, k).astype(np.int64), app=-1)
        benign(ctx, "domain", [base] + names[:50] if n_sub else names, kind, T0)
    for pkg, srcu, n, kind in (
        ("com.hnnx.mbank", "https://www.hnnx.com/download/mbank.apk", 150, "bank_app_from_own_site"),
        ("com.tencent.wemeet.app", "https://meeting.tencent.com/download/", 200, "screen_share_meeting_app"),
        ("com.hnyp.attendance", "https://oa.yangpu-logistics.com/app/kq.apk", 60, "enterprise_attendance_app"),
        ("com.hainan.yss", "https://ysx.hainan.gov.cn/app/", 250, "government_service_app"),
    ):
        w = sm[rng.permutation(len(sm))[:n]]
        t = T0 + rng.integers(0, D * DAY, len(w))
        ctx.tables["apps"].add(time=t, msisdn=P["msisdn"][w], app=ctx.v(pkg), event=ctx.v("install"),
                               source_url=ctx.v(srcu))
        r = np.repeat(np.arange(len(w)), rng.integers(1, 6, len(w)))
        ctx.tables["apps"].add(time=t[r] + rng.integers(HOUR, 5 * DAY, len(r)), msisdn=P["msisdn"][w[r]],
                               app=ctx.v(pkg), event=ctx.v("use"), source_url=-1)
        benign(ctx, "app", [pkg], kind, T0)

    false_reports(ctx)


def false_reports(ctx):
    """Complaints about legitimate callers (wrongly reported as fraud), and appeals resolved as benign."""
    rng = ctx.rng
    E = ctx.tables["entities"]
    kinds = np.array([ctx.V.items[i] for i in E.column("scheme")])
    ents = np.array([ctx.V.items[i] for i in E.column("entity")])
    role = E.column("role")
    etype = E.column("entity_type")
    cand = (role == ctx.v("benign")) & (etype == ctx.v("msisdn")) & np.isin(kinds, [
        "property_agent_cold_call", "debt_collection_agency", "bank_loan_telemarketing", "insurance_telesales",
        "airline_call_centre_outbound", "health_check_clinic", "delivery_riders", "tour_guide_new_cards",
        "enterprise_voip_pbx", "health_survey_callers", "overseas_workers_roaming_home"])
    idx = np.flatnonzero(cand)
    pick = idx[rng.random(len(idx)) < 0.12]
    ftype = {"property_agent_cold_call": "investment", "debt_collection_agency": "loan",
             "bank_loan_telemarketing": "loan", "insurance_telesales": "other",
             "airline_call_centre_outbound": "customer_service", "health_check_clinic": "other"}
    for i in pick:
        ctx.report(np.array([T0 + int(rng.integers(0, ctx.days * DAY))]), "msisdn", [ents[i]], "fraud",
                   ftype.get(kinds[i], "other"), np.nan, "user_report")
    ap = pick[rng.random(len(pick)) < 0.4]
    for i in ap:
        ctx.report(np.array([T0 + int(rng.integers(ctx.days * DAY // 2, ctx.days * DAY))]), "msisdn", [ents[i]],
                   "benign", None, np.nan, "internal")
