"""Benign look-alikes of the Yunnan red-team province: legitimate people and businesses whose traffic resembles
fraud. Each kind carries at least one fraud-like signal (new card, strangers, volume, roaming abroad,
international numbers, fixed/VoIP lines, one ID many cards, one IMEI many SIMs, links in mass SMS, fan-in /
fan-out money, elderly or children as counterparts...) and usually differs from the gangs in others
(callbacks, repeated counterparts, tenure, enterprise KYC, no payments to mules).

Labels: role ``benign``, scheme = the kind, gang_id empty. Vectorised: loops over kinds and days only.
"""

from __future__ import annotations

import numpy as np

DAY = 86400
ADULT = ["farmer", "tea_grower", "tourism_worker", "driver", "civil_servant", "office_worker", "merchant",
         "elderly", "migrant", "jade_trader", "construction"]
TOUR = ["871", "872", "888", "691", "887"]
BORDER = ["692", "691", "873", "875", "883"]

# Generic callers / senders. line: person | new | old | enterprise | fixed | voip | intl | roam | tourist | code
# to: tourists | pool | set | other | victims ; per_day calls out; inbound calls in; sms per day
CALLERS = [
    dict(kind="tour_guide_new_card", appeal=0.2, n=24, line="new", age=(1, 15), cities=TOUR, per_day=25, to="tourists",
         answer=0.8, dur=60, prof="early", callback=0.35, sms=6, text="【导游小李】明早7:30酒店门口集合，请带好身份证。"),
    dict(kind="homestay_booking_line", n=15, line="old", cities=["872", "888"], per_day=8, to="tourists",
         answer=0.85, dur=70, prof="day", inbound=14, callback=0.3),
    dict(kind="hotel_front_desk_fixed", n=8, line="fixed", cities=["888", "872", "887"], per_day=15, to="tourists",
         answer=0.7, dur=45, prof="day", inbound=10),
    dict(kind="travel_agency_fixed", n=10, line="fixed", cities=["871"], per_day=30, to="mix", tourists=0.4,
         pool=["office_worker", "civil_servant", "merchant"], answer=0.5, dur=120, prof="office", inbound=12,
         callback=0.15),
    dict(kind="tourist_roaming_caller", n=30, line="tourist", per_day=12, to="pool",
         pool=["driver", "tourism_worker", "merchant"], local=True, answer=0.6, dur=40, prof="day", callback=0.4),
    dict(kind="charter_driver", n=15, line="person", occ=["driver"], cities=TOUR, per_day=18, to="tourists",
         answer=0.8, dur=35, prof="early", callback=0.5),
    dict(kind="privacy_relay_number", n=12, line="enterprise", cities=["871"], per_day=60, to="pool", pool=ADULT,
         answer=0.75, dur=40, prof="day", callback=0.3),
    dict(kind="cross_border_trader_roaming_mm", n=15, line="roam", cc="MM", cities=BORDER, per_day=10, to="pool",
         pool=["merchant", "jade_trader", "tea_grower"], answer=0.8, dur=200, prof="day", callback=0.5),
    dict(kind="migrant_worker_roaming_la", n=15, line="roam", cc="LA", cities=BORDER, per_day=3, to="set", k=5,
         pool=ADULT, answer=0.85, dur=500, prof="evening", callback=0.5),
    dict(kind="family_intl_myanmar_sim", n=15, line="intl", cc="MM", per_day=2, to="set", k=3,
         pool=ADULT, cities=["692", "875"], answer=0.9, dur=600, prof="evening", callback=0.0, gateway="IGW-KMG-2"),
    dict(kind="laos_rubber_buyer_intl", n=10, line="intl", cc="LA", per_day=6, to="pool",
         pool=["tea_grower", "merchant", "farmer"], cities=["691", "879"], answer=0.7, dur=180, prof="office",
         gateway="IGW-KMG-1"),
    dict(kind="mountain_courier", appeal=0.15, n=20, line="new", age=(20, 90), cities=["870", "874", "879", "883"], per_day=35,
         to="pool", pool=ADULT, local=True, answer=0.55, dur=25, prof="day", callback=0.3, sms=15,
         text="【快递】您的包裹已到村委会代收点，取件码 ，请尽快领取。"),
    dict(kind="insurance_telemarketer", complaints=3, n=12, line="enterprise", cities=["871"], per_day=70, to="pool", pool=ADULT,
         answer=0.3, dur=30, prof="office", callback=0.02),
    dict(kind="real_estate_agent", complaints=2, n=10, line="old", cities=["871", "877", "874"], per_day=30, to="pool",
         pool=["office_worker", "civil_servant", "merchant"], answer=0.45, dur=45, prof="day", callback=0.1),
    dict(kind="census_survey_caller", n=8, line="new", age=(2, 10), cities=["870", "883"], per_day=20, to="pool",
         pool=["elderly", "farmer", "minority_villager"], local=True, answer=0.7, dur=180, prof="office",
         days=(4, 14)),
    dict(kind="bank_collection_fixed", complaints=2, n=6, line="fixed", cities=["871"], per_day=40, to="pool",
         pool=["construction", "driver", "merchant"], answer=0.35, dur=60, prof="office", callback=0.05),
    dict(kind="hospital_appointment_line", n=6, line="fixed", cities=["871", "874", "870"], per_day=25, to="pool",
         pool=["elderly"], local=True, answer=0.75, dur=90, prof="office", inbound=20),
    dict(kind="pharmacy_health_reminder", n=6, line="old", cities=["877", "874"], per_day=15, to="set", k=40,
         pool=["elderly"], answer=0.8, dur=150, prof="day", callback=0.2),
    dict(kind="police_antifraud_callback", n=6, line="fixed", cities=["871"], per_day=20, to="victims",
         pool=["elderly", "student", "office_worker"], answer=0.6, dur=240, prof="day", callback=0.1),
    dict(kind="airline_rebooking_cs", n=4, line="voip", cities=["871"], per_day=40, to="mix", tourists=0.6,
         pool=["office_worker", "merchant"], answer=0.6, dur=120, prof="flat", sms=30, days=(6, 9),
         text="【东方航空】您预订的航班因天气取消，可免费改签或全额退票，详情：https://m.ceair.com/ "),
    dict(kind="licensed_lender_collection", complaints=2, n=6, line="enterprise", cities=["871"], per_day=35, to="pool",
         pool=["construction", "driver", "office_worker"], answer=0.3, dur=70, prof="office", callback=0.03),
    dict(kind="legal_overseas_recruiter", n=6, line="old", cities=["871", "691"], per_day=10, to="pool",
         pool=["student", "migrant", "construction"], answer=0.6, dur=240, prof="day", callback=0.4, sms=20,
         text="【云南对外劳务合作】中老铁路老挝段招聘持证电工，正规劳务派遣，报名咨询：https://www.ynlaowu.com.cn/ "),
    dict(kind="returning_migrant_new_card", appeal=0.2, n=15, line="new", age=(0, 2), cities=BORDER, per_day=12, to="pool",
         pool=ADULT, local=True, answer=0.85, dur=240, prof="evening", callback=0.6, win=(3, 6)),
    dict(kind="card_swap_lost_phone", n=12, line="new", age=(0, 0), cities=TOUR, per_day=20, to="other",
         answer=0.7, dur=120, prof="day", callback=0.6, win=(1, 3)),
    dict(kind="wedding_photo_studio", n=8, line="old", cities=["872", "888"], per_day=20, to="tourists",
         answer=0.6, dur=90, prof="day", sms=15, callback=0.2,
         text="【洱海旅拍】您的样片已上传，点击查看：https://dali-lvpai.com/ "),
    dict(kind="tour_bus_dispatcher", n=6, line="old", cities=TOUR, per_day=50, to="pool", pool=["driver"],
         answer=0.9, dur=25, prof="early", callback=0.6),
    dict(kind="bar_promoter_night", complaints=2, n=8, line="new", age=(5, 40), cities=["871", "888", "691"], per_day=15,
         to="pool", pool=["office_worker", "student", "tourism_worker"], answer=0.4, dur=50, prof="late",
         sms=25, callback=0.1, text="今晚古城酒吧派对，女士免费，订卡座加微信"),
    dict(kind="village_doctor", n=6, line="old", cities=["870", "883", "887"], per_day=10, to="pool",
         pool=["elderly", "farmer", "minority_villager"], local=True, answer=0.8, dur=150, prof="early",
         inbound=15),
    dict(kind="tea_wholesaler", n=10, line="person", occ=["tea_grower", "merchant"], cities=["879", "883", "691"],
         per_day=25, to="other", answer=0.7, dur=300, prof="day", callback=0.4),
    dict(kind="jade_livestream_seller", n=10, line="person", occ=["jade_trader"], per_day=5, to="other",
         answer=0.8, dur=120, prof="evening", inbound=25),
    dict(kind="teacher_parent_sms", n=10, line="person", occ=["civil_servant", "office_worker"], per_day=4,
         to="pool", pool=ADULT, local=True, answer=0.8, dur=90, prof="evening", sms=40, sms_to="set", k=45,
         text="【家校通知】本周五下午放学时间调整为15:30，请家长准时接孩子。"),
    dict(kind="village_head_group_sms", n=12, line="person", occ=["farmer", "minority_villager"], per_day=2,
         to="pool", pool=ADULT, local=True, answer=0.8, dur=60, prof="day", sms=60, sms_to="set", k=60,
         sms_days=0.3, text="【村委会通知】明天上午九点在村委会召开村民大会，讨论茶叶合作社分红事宜，请户主参加。"),
    dict(kind="government_notice_sms", n=4, line="code", per_day=0, sms=900, sms_days=0.4, to="pool", pool=ADULT,
         text="【云南省反诈中心】警惕冒充公检法诈骗，公检法机关不会电话办案。详见：https://www.yn.gov.cn/fz/ "),
    dict(kind="scenic_ticket_sms", n=3, line="code", per_day=0, sms=300, to="tourists",
         text="【玉龙雪山景区】您的门票已预订成功，入园二维码：https://ticket.yulongxueshan.cn/q/ "),
    dict(kind="game_company_receipt_sms", n=2, line="code", per_day=0, sms=40, to="pool", pool=["student", "child"],
         text="【腾讯游戏】您已成功充值60点券，如非本人操作请访问 https://kf.qq.com/ 申请退款。"),
    dict(kind="elderly_many_calls_received", n=25, line="person", occ=["elderly"], per_day=0, inbound=8,
         to="pool", pool=ADULT),
    dict(kind="ethnic_village_basic_phone_heavy", n=10, line="person", occ=["minority_villager"], per_day=20,
         to="pool", pool=["minority_villager", "farmer"], local=True, answer=0.6, dur=20, prof="evening",
         callback=0.4),
    dict(kind="night_shift_driver", n=8, line="person", occ=["driver"], per_day=12, to="pool", pool=ADULT,
         local=True, answer=0.7, dur=40, prof="late", callback=0.3),
    dict(kind="kunming_video_call_family", n=10, line="person", occ=["elderly", "migrant"], per_day=3, to="set",
         k=3, pool=ADULT, answer=0.9, dur=900, prof="evening", video=0.9, callback=0.5),
]


def plant(w) -> None:
    for s in CALLERS:
        callers(w, s)
    imei_kinds(w)
    idkey_kinds(w)
    account_kinds(w)
    web_kinds(w)


def _cities(w, names):
    from generate import CITY_IDX  # noqa: PLC0415
    return [CITY_IDX[c] for c in names] if names else None


def callers(w, s) -> None:
    rng = w.rng
    n, line = s["n"], s["line"]
    cities = _cities(w, s.get("cities"))
    city = w.pick(cities if cities else np.arange(13), n)
    d0, d1 = s.get("days", (0, w.ndays))
    start = np.full(n, d0)
    length = np.full(n, d1 - d0)
    if s.get("win"):
        length = rng.integers(s["win"][0], s["win"][1] + 1, n)
        start = rng.integers(d0, np.maximum(d0 + 1, d1 - length + 1))
    imei = np.zeros(n, np.int64)
    imsi = np.zeros(n, np.int64)
    roam = np.full(n, "")
    ctype, gateway = "mobile", s.get("gateway", "")
    cell = w.cells_for(city, ["urban", "tourist", "village"])
    first = w.t0 + start * DAY
    if line == "person":
        owner = w.claim(w.people(s["occ"], cities), n)
        n = len(owner)
        num, imei, imsi, cell = w.p_msisdn[owner], w.p_imei[owner], w.p_imsi[owner], w.p_work[owner]
        city, start, length = w.p_city[owner], start[:n], length[:n]
    elif line in ("new", "old", "enterprise", "roam"):
        num, ops = w.new_mobile(n)
        imsi = w.new_imsi(ops)
        if line == "enterprise":
            idk = np.full(n, w.new_idk(1)[0])
            w.subscribe(num, idk, w.t0 - rng.integers(300, 2000, n) * DAY, ops, imsi, id_type="business_license",
                        customer_type="enterprise", channel="KM-BIZ-HALL-1", prepaid=False)
            imei = w.new_imei(n)
        else:
            holder = w.claim(w.people(ADULT, cities), n)
            n = len(holder)
            num, imsi, ops, city, start, length = num[:n], imsi[:n], ops[:n], city[:n], start[:n], length[:n]
            first = w.t0 + start * DAY
            if line == "new":
                a0, a1 = s.get("age", (1, 10))
                opened = first - rng.integers(a0, a1 + 1, n) * DAY - rng.integers(3600, 8 * 3600, n)
                imei = np.where(rng.random(n) < 0.5, w.p_imei[holder], w.new_imei(n))  # dual-SIM or new phone
            else:
                opened = w.t0 - rng.integers(200, 3000, n) * DAY
                imei = w.new_imei(n)
            # flagged by the operator's own rules, then reinstated after the holder re-verified (appeal)
            ap = rng.random(n) < s.get("appeal", 0.0)
            back = w.t0 + rng.integers(2, w.ndays, n) * DAY + rng.integers(0, DAY, n)
            w.subscribe(num, w.p_idk[holder], opened, ops, imsi, cell=w.p_home[holder], prepaid=line == "new",
                        status="active", status_time=np.where(ap, back, 0))
            w.report(back[ap], "msisdn", num[ap], "benign", "", np.nan, "internal")
            r = np.flatnonzero(rng.random(n) < 0.7)
            w.add("internet_accounts", platform="wechat", account=np.char.add("we_n", num[r].astype(str)),
                  msisdn=num[r], register_time=np.maximum(opened[r], w.t0 - 60 * DAY) + rng.integers(600, DAY, len(r)),
                  status="active")
            cell = w.p_work[holder]
        if line == "roam":
            roam = np.full(n, s["cc"])
            cell = np.full(n, -1)
    elif line in ("fixed", "voip"):
        from generate import CITIES  # noqa: PLC0415
        num = w.fixed_for(city)
        w.subscribe(num, np.full(n, w.new_idk(1)[0]), w.t0 - rng.integers(300, 3000, n) * DAY, np.full(n, "CTCC"),
                    line_type=line, id_type="business_license", customer_type="enterprise", prepaid=False)
        ctype = line
        gateway = f"PBX-{CITIES[city[0]][0]}-{rng.integers(10, 99)}" if line == "fixed" else "VGW-KM-1"
        cell = np.full(n, -1)
    elif line == "intl":
        num = w.new_intl(n, s["cc"])
        ctype = "intl_in"
        cell = np.full(n, -1)
    elif line == "tourist":
        ti = rng.choice(len(w.tour_num), n, replace=False)
        num, imei = w.tour_num[ti], w.tour_imei[ti]
        start = np.clip(w.tour_start[ti], 0, w.ndays - 1)
        length = w.tour_stay[ti]
        city = w.tour_city[ti]
        cell = w.cells_for(city, ["tourist"])
    else:  # code: enterprise SMS short codes
        num = 1069000000000 + rng.integers(10**6, 10**7, n)
        cell = np.full(n, -1)
    first = w.t0 + start * DAY
    w.truth("msisdn", num, "benign", "", s["kind"], first)
    if s.get("complaints"):  # annoyed people report the number as fraud: noisy labels
        c = w.pick(num, s["complaints"])
        w.report(w.t0 + rng.integers(DAY, w.ndays * DAY, len(c)), "msisdn", c, "fraud", "other", np.nan, "user_report")
    # line-days
    ln = np.repeat(np.arange(n), length)
    dd = start[ln] + (np.arange(len(ln)) - np.repeat(np.cumsum(length) - length, length))
    ok = (dd >= 0) & (dd < w.ndays)
    ln, dd = ln[ok], dd[ok]
    if line in ("new", "old", "enterprise", "roam"):
        w.device(w.when(dd, "day"), num[ln], imsi[ln], imei[ln], cell[ln], "data_session", roam[ln])
    # targets of each line: fixed sets (family, regular customers) or fresh pools
    pool = w.people(s.get("pool", ADULT))
    if s.get("local") and cities is not None:
        lp = w.people(s.get("pool", ADULT), cities)
        pool = lp if len(lp) > 50 else pool
    kset = s.get("k", 5)
    sets = w.pick(pool, n * kset).reshape(n, kset)

    def targets(li):
        m = len(li)
        to = s["to"]
        callee = np.zeros(m, np.int64)
        dcell = np.full(m, -1)
        person = np.full(m, -1)
        if to in ("pool", "mix", "set", "victims"):
            if to == "set":
                p = sets[li, rng.integers(0, kset, m)]
            elif to == "victims" and getattr(w, "gang_victims", None):
                vic = np.concatenate(w.gang_victims)
                p = np.where(rng.random(m) < 0.35, w.pick(vic, m), w.pick(pool, m))
            else:
                p = w.pick(pool, m)
            callee, dcell, person = w.p_msisdn[p], w.p_home[p], p
        if to in ("tourists", "mix"):
            tm = np.ones(m, bool) if to == "tourists" else rng.random(m) < s.get("tourists", 0.5)
            callee[tm] = w.pick(w.tour_num, int(tm.sum()))
            dcell[tm] = -1
            person[tm] = -1
        if to == "other":
            callee = 86 * 10**11 + w.pick([138, 139, 186, 135, 177, 189], m) * 10**8 + rng.integers(0, 10**8, m)
        return callee, dcell, person

    if s.get("per_day", 0) > 0:
        k = rng.poisson(s["per_day"], len(ln))
        cl, cd = np.repeat(ln, k), np.repeat(dd, k)
        m = len(cl)
        callee, dcell, person = targets(cl)
        ans = rng.random(m) < s["answer"]
        t = w.when(cd, s["prof"])
        media = np.where(rng.random(m) < s.get("video", 0.0), "video", "voice")
        w.voice(t, num[cl], callee, rng.lognormal(np.log(s["dur"]), 0.8, m), ans, imei[cl], imsi[cl], cell[cl], dcell,
                roam[cl], ctype, media, gateway)
        cb = ans & (person >= 0) & (rng.random(m) < s.get("callback", 0.0))
        p = person[cb]
        w.voice(t[cb] + rng.integers(600, 6 * 3600, len(p)), w.p_msisdn[p], num[cl[cb]], rng.lognormal(4.2, 0.7,
                len(p)), rng.random(len(p)) < 0.9, w.p_imei[p], w.p_imsi[p], w.p_home[p], cell[cl[cb]])
    if s.get("inbound"):
        k = rng.poisson(s["inbound"], len(ln))
        il, idd = np.repeat(ln, k), np.repeat(dd, k)
        m = len(il)
        tm = rng.random(m) < 0.5
        p = w.pick(pool, m)
        caller = np.where(tm, w.pick(w.tour_num, m), w.p_msisdn[p])
        w.voice(w.when(idd, "day"), caller, num[il], rng.lognormal(4.3, 0.8, m), rng.random(m) < 0.85,
                np.where(tm, 0, w.p_imei[p]), 0, np.where(tm, -1, w.p_home[p]), cell[il])
    if s.get("sms"):
        days_on = rng.random(len(ln)) < s.get("sms_days", 1.0)
        k = rng.poisson(s["sms"], len(ln)) * days_on
        sl, sd = np.repeat(ln, k), np.repeat(dd, k)
        m = len(sl)
        if s.get("sms_to") == "set":
            big = w.pick(pool, n * s["k"]).reshape(n, s["k"])
            p = big[sl, rng.integers(0, s["k"], m)]
            rcv = w.p_msisdn[p]
        else:
            rcv = targets(sl)[0]
        w.sms(w.when(sd, "day"), num[sl], rcv, s["text"], imei[sl], cell[sl], roam[sl])


def imei_kinds(w) -> None:
    """One IMEI, many SIMs: phone shops testing cards; shared family phones in minority villages."""
    rng = w.rng
    from generate import BORDER_CITIES  # noqa: PLC0415
    for kind, n, sims, kind_imei in (("border_phone_shop_sim_test", 6, (15, 30), "smart"),
                                     ("shared_family_basic_phone", 10, (3, 4), "basic")):
        imei = w.new_imei(n, kind_imei)
        k = rng.integers(sims[0], sims[1] + 1, n)
        dev = np.repeat(np.arange(n), k)
        m = len(dev)
        num, ops = w.new_mobile(m)
        imsi = w.new_imsi(ops)
        cells = w.pick(w.cells_where(BORDER_CITIES, ["urban"] if kind_imei == "smart" else ["village"]), n)
        if kind_imei == "smart":  # new cards of many different customers, tested in the shop then taken away
            holders = w.new_idk(m)
            opened = w.t0 + rng.integers(0, w.ndays, m) * DAY + rng.integers(9, 19, m) * 3600
            w.subscribe(num, holders, opened, ops, imsi, channel="RL-SHOP-" + str(rng.integers(10, 99)),
                        cell=cells[dev], prepaid=True)
            w.device(opened + 300, num, imsi, imei[dev], cells[dev], "attach")
            w.voice(opened + 600, num, 10086, rng.integers(10, 40, m), np.ones(m, bool), imei[dev], imsi, cells[dev])
            w.sms(opened + 900, num, 10086, "CXYE", imei[dev], cells[dev])
            # after the shop, each card moves to its own phone and calls a few people
            own = w.new_imei(m)
            tgt = w.pick(np.arange(w.N), m)
            w.voice(opened + DAY // 2, num, w.p_msisdn[tgt], rng.lognormal(4.5, 0.7, m), rng.random(m) < 0.8, own,
                    imsi, w.pick(w.cells_where(BORDER_CITIES, ["urban"]), m), w.p_home[tgt])
        else:  # a family's SIMs used in turn in one old phone
            fam = w.claim(w.people(["minority_villager", "farmer"], BORDER_CITIES), n)
            n2 = len(fam)
            dev = dev[dev < n2]
            m = len(dev)
            num, imsi, ops = num[:m], imsi[:m], ops[:m]
            w.subscribe(num, w.p_idk[fam][dev], w.t0 - rng.integers(100, 2000, m) * DAY, ops, imsi, cell=w.p_home[fam][dev])
            for d in range(w.ndays):
                on = rng.random(m) < 0.4
                t = w.when(np.full(int(on.sum()), d), "evening")
                tgt = contact_target(w, fam[dev[on]])
                w.voice(t, num[on], w.p_msisdn[tgt], rng.lognormal(4.0, 0.8, len(t)), rng.random(len(t)) < 0.8,
                        imei[dev[on]], imsi[on], w.p_home[fam][dev[on]], w.p_home[tgt])
                w.device(t - 60, num[on], imsi[on], imei[dev[on]], w.p_home[fam][dev[on]], "power_on")
        w.truth("imei", imei, "benign", "", kind, w.t0)


def contact_target(w, p):
    ok = w.g_deg[p] > 0
    out = np.where(ok, 0, w.rng.integers(0, w.N, len(p)))
    pp = p[ok]
    out[ok] = w.g_dst[w.g_off[pp] + (w.rng.random(len(pp)) * w.g_deg[pp]).astype(np.int64)]
    return out


def idkey_kinds(w) -> None:
    """One ID, many cards: companies registering staff SIMs; parents holding cards for the family; tea farms'
    IoT sensor SIMs (labelled as numbers)."""
    rng = w.rng
    from generate import CITY_IDX  # noqa: PLC0415
    # tour companies: one business licence, 20-40 staff SIMs opened on one day, used by guides and drivers
    comp = w.new_idk(5)
    k = rng.integers(20, 41, 5)
    owner = np.repeat(comp, k)
    num, ops = w.new_mobile(len(owner))
    imsi = w.new_imsi(ops)
    opened = w.t0 - rng.integers(5, 60, 5)[np.repeat(np.arange(5), k)] * DAY
    w.subscribe(num, owner, opened, ops, imsi, id_type="business_license", customer_type="enterprise",
                channel="KM-BIZ-HALL-1", prepaid=False)
    imei = w.new_imei(len(num))
    for d in range(w.ndays):
        on = rng.random(len(num)) < 0.7
        c = np.repeat(np.flatnonzero(on), 3)
        w.voice(w.when(np.full(len(c), d), "early"), num[c], w.pick(w.tour_num, len(c)), rng.lognormal(3.8, 0.7,
                len(c)), rng.random(len(c)) < 0.8, imei[c], imsi[c], w.pick(w.cells_where(kinds=["tourist"]), len(c)))
    w.truth("id_key", w.s_idk(comp), "benign", "", "tour_company_bulk_sims", w.t0)
    # parents with 4-5 cards (children, grandparents) under their own ID
    par = w.claim(w.people(["office_worker", "civil_servant", "merchant"]), 14)
    k = rng.integers(3, 5, len(par))
    own = np.repeat(par, k)
    num, ops = w.new_mobile(len(own))
    imsi = w.new_imsi(ops)
    w.subscribe(num, w.p_idk[own], w.t0 - rng.integers(30, 2000, len(own)) * DAY, ops, imsi, cell=w.p_home[own])
    imei = w.new_imei(len(own), "basic")
    for d in range(0, w.ndays, 2):
        t = w.when(np.full(len(own), d), "evening")
        w.voice(t, num, w.p_msisdn[own], rng.lognormal(4.3, 0.6, len(own)), np.ones(len(own), bool), imei, imsi,
                w.p_home[own], w.p_home[own])
    w.truth("id_key", w.s_idk(w.p_idk[par]), "benign", "", "family_many_cards", w.t0)
    # tea plantation IoT sensors: data only, one enterprise ID, fixed plantation cells
    n = 24
    num, ops = w.new_mobile(n)
    imsi = w.new_imsi(ops)
    w.subscribe(num, np.full(n, w.new_idk(1)[0]), w.t0 - rng.integers(30, 300, n) * DAY, ops, imsi, line_type="iot",
                id_type="business_license", customer_type="enterprise", prepaid=False)
    imei = w.new_imei(n, "goip")
    cells = w.pick(w.cells_where([CITY_IDX["879"], CITY_IDX["883"]], ["tea"]), n)
    for d in range(w.ndays):
        w.device(w.when(np.full(n, d), "flat"), num, imsi, imei, cells, "data_session", nbytes=rng.integers(2000,
                 90000, n))
        w.sms(w.when(np.full(n, d), "flat"), num, 1069000000001, "T=18.5;H=72;SOIL=0.31", imei, cells)
    w.truth("msisdn", num, "benign", "", "tea_farm_iot_sensor", w.t0)


def account_kinds(w) -> None:
    """Money that moves like mule money: fan-in, fast fan-out, cross-border, round amounts."""
    rng = w.rng
    from generate import BORDER_CITIES  # noqa: PLC0415
    payers = w.people(has_acct=True)

    def fan_in(kind, owners, per_day, med, extra_out=None, tourists=0.3, days_frac=1.0):
        acc = w.p_acct[owners]
        for d in range(w.ndays):
            on = rng.random(len(acc)) < days_frac
            k = rng.poisson(per_day, len(acc)) * on
            a = np.repeat(np.arange(len(acc)), k)
            m = len(a)
            p = w.pick(payers, m)
            tm = rng.random(m) < tourists
            src = np.where(tm, w.pick(w.tour_acct, m), w.p_acct[p])
            msn = np.where(tm, 0, w.p_msisdn[p])
            t = w.when(np.full(m, d), "evening")
            amt = rng.lognormal(np.log(med), 0.6, m)
            w.transfer(t, src, acc[a], np.round(amt, 0), msn, "third_party")
            if extra_out is not None and m:
                tot = np.zeros(len(acc))
                np.add.at(tot, a, amt)
                o = np.flatnonzero(tot > 0)
                w.transfer(w.t0 + d * DAY + 22 * 3600 + rng.integers(0, 3000, len(o)), acc[o], extra_out(o),
                           np.round(tot[o] * rng.uniform(0.6, 0.95, len(o)), 0), w.p_msisdn[owners[o]], "mobile_app")
        w.truth("account", w.s_acct(acc), "benign", "", kind, w.t0)

    sup = w.new_acct(8)
    w.bank(sup, w.new_idk(8), w.t0 - 900 * DAY, 0)
    jade = w.claim(w.people(["jade_trader"], has_acct=True), 12)
    fan_in("jade_livestream_seller_account", jade, 9, 2500, lambda o: w.pick(sup, len(o)), tourists=0.4)
    tea = w.claim(w.people(["tea_grower", "merchant"], has_acct=True), 8)
    fan_in("tea_wholesaler_account", tea, 3, 9000, lambda o: w.pick(sup, len(o)), tourists=0.1)
    grp = w.claim(w.people(["merchant", "office_worker", "elderly"], has_acct=True), 10)
    fan_in("community_group_buy_leader", grp, 14, 45, lambda o: w.pick(sup, len(o)), tourists=0.0)
    # licensed money changers at the border: in, and out again within the hour, round amounts
    chg = w.claim(w.people(["merchant"], BORDER_CITIES, has_acct=True), 6)
    acc = w.p_acct[chg]
    partners = w.new_acct(10)
    w.bank(partners, w.new_idk(10), w.t0 - 500 * DAY, 0)
    for d in range(w.ndays):
        k = rng.poisson(6, len(acc))
        a = np.repeat(np.arange(len(acc)), k)
        m = len(a)
        p = w.pick(payers, m)
        t = w.when(np.full(m, d), "day")
        amt = np.round(rng.lognormal(8.8, 0.6, m), -2)
        w.transfer(t, w.p_acct[p], acc[a], amt, w.p_msisdn[p], "mobile_app")
        w.transfer(t + rng.integers(600, 3600, m), acc[a], w.pick(partners, m), np.round(amt * 0.995, 0),
                   w.p_msisdn[chg[a]], "mobile_app")
    w.truth("account", w.s_acct(acc), "benign", "", "border_money_changer_licensed", w.t0)
    # migrants sending money home every few days; families sending to relatives in Myanmar
    mig = w.claim(w.people(["migrant", "construction"], has_acct=True), 15)
    fam = contact_target(w, mig)
    fam = np.where(w.p_acct[fam] >= 0, fam, w.pick(payers, len(fam)))
    for d in range(0, w.ndays, 3):
        t = w.when(np.full(len(mig), d), "evening")
        w.transfer(t, w.p_acct[mig], w.p_acct[fam], np.round(rng.lognormal(7.6, 0.4, len(mig)), -2), w.p_msisdn[mig])
    w.truth("account", w.s_acct(w.p_acct[mig]), "benign", "", "migrant_family_remittance", w.t0)
    # farmers' cooperative: one big inflow, then payouts to many members (fan-out) on one day
    coop = w.claim(w.people(["tea_grower", "farmer"], has_acct=True), 6)
    members = w.people(["tea_grower", "farmer"], has_acct=True)
    for i, c in enumerate(coop):
        d = 3 + 2 * i
        mem = w.pick(members, 30)
        amt = np.round(rng.lognormal(7.8, 0.5, 30), 0)
        w.transfer(np.array([w.t0 + d * DAY + 9 * 3600]), w.pick(sup, 1), np.array([w.p_acct[c]]),
                   np.array([amt.sum() * 1.05]), 0, "counter")
        w.transfer(w.t0 + d * DAY + 10 * 3600 + rng.integers(0, 7200, 30), np.full(30, w.p_acct[c]), w.p_acct[mem],
                   amt, w.p_msisdn[c], "mobile_app")
    w.truth("account", w.s_acct(w.p_acct[coop]), "benign", "", "tea_coop_payout", w.t0)
    # students who receive tuition from several relatives then pay the school in one go
    stu = w.claim(w.people(["student"], has_acct=True), 10)
    fan_in("student_tuition_collection", stu, 0.6, 2000, None, tourists=0.0, days_frac=0.5)


def web_kinds(w) -> None:
    """Domains, IPs and apps that look like fraud resources: fresh tourism domains with links in SMS,
    wildcard CDN subdomains, IP literals of company VPNs, loan and livestream apps."""
    rng = w.rng
    from generate import BORDER_CITIES  # noqa: PLC0415
    smart = w.people(smart=True)

    def visits(dom, ip, n, url=None, app=""):
        who = w.pick(smart, n)
        t = w.when(rng.integers(0, w.ndays, n), "day")
        w.web(t, w.p_msisdn[who], dom, ip, url, app=app)
        return who, t
    for dom, ip, n in (("ticket.yulongxueshan.cn", "116.55.230.14", 400), ("dali-lvpai.com", "47.108.52.9", 150),
                       ("m.erhai-homestay.top", "47.109.3.77", 120), ("www.ynlaowu.com.cn", "222.172.210.8", 90),
                       ("kunming-marathon2026.cn", "47.108.77.12", 200)):
        visits(np.full(n, dom), ip, n)
        w.truth("domain", [dom], "benign", "", "fresh_tourism_domain", w.t0)
    # wildcard CDN of the province's tourism platform: random-looking subdomains
    n = 600
    sub = np.char.add(np.char.add(np.char.add("c", rng.integers(10**5, 10**6, n).astype(str)), "."), "cdn.ykzs.com")
    visits(sub, "222.172.201.41", n, np.char.add(np.char.add("https://", sub), "/img/"), "com.yunnan.ykzs")
    w.truth("domain", ["cdn.ykzs.com"], "benign", "", "wildcard_cdn_tourism_platform", w.t0)
    # company VPN gateways and camera NVRs reached by IP literal on odd ports (cross-border staff)
    ips = np.array(["58.57.101.22", "116.53.8.140", "182.247.60.3", "112.115.32.9"])
    staff = w.people(["jade_trader", "office_worker", "merchant"], BORDER_CITIES, smart=True)
    for ip in ips:
        who = w.pick(staff, 40)
        t = w.when(rng.integers(0, w.ndays, 40), "office")
        w.web(t, w.p_msisdn[who], np.full(40, ip), ip, np.full(40, f"http://{ip}:8443/remote/login"))
    w.truth("ip", ips, "benign", "", "company_vpn_ip_literal", w.t0)
    # legitimate apps installed from their own sites (side-loaded APKs) that move money
    for app, site, n, kind in (("com.ynrcc.jiedai", "https://www.ynrcc.com/app/", 250, "licensed_loan_app"),
                               ("com.puercha.live", "https://live.puercha.cn/apk/", 300, "tea_livestream_app"),
                               ("com.ruili.jade.auction", "https://jade-auction.ruili.cn/", 120, "jade_auction_app"),
                               ("com.futu.brokerage", "https://www.futunn.com/download", 80, "brokerage_app")):
        who, t = visits(np.full(n, site.split("/")[2]), "47.108.1." + str(rng.integers(2, 250)), n)
        w.app(t + 120, w.p_msisdn[who], app, "install", site)
        w.app(t + 900, w.p_msisdn[who], app, "use")
        w.truth("app", [app], "benign", "", kind, w.t0)
