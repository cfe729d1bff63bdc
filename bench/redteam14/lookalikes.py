"""Benign look-alikes of the Heilongjiang generator: people and organisations whose records resemble a gang's
on one or more axes (many strangers called, new cards, many SIMs on one handset or ID, links in SMS, many payers
and quick pay-outs, roaming abroad, wildcard hosts, APK downloads). Every one is labelled role ``benign`` with
``scheme`` = its kind. The kinds are rows of tables below, run by a few generic builders."""

from __future__ import annotations

import common as C
import numpy as np

SMART = [35391110, 35328511, 86769204, 86281905, 35205611, 86015604]
BASIC = [35332403, 86005102, 35478902]
GOIP_LIKE = [86248803]  # the same gateway model the dens use, here in honest hands


def _label(ctx, etype, ents, kind, first=None):
    ctx.add_truth(etype, ents, "benign", None, kind, C.START if first is None else first)


def _targets(ctx, name):
    pop = ctx.info["pop"]
    act = ~pop["sleeping"]
    city, occ, age = pop["city"], pop["occ"], pop["age"]
    masks = {
        "all": act,
        "shopkeepers": act & (occ == 8),
        "harbin": act & (city == 0),
        "tourists": np.isin(np.arange(len(act)), pop["tourists"]) & act,
        "elderly": act & (age >= 60),
        "coal_elderly": act & (age >= 60) & np.isin(city, [9, 10, 11]),
        "farmers": act & (occ == 3),
        "traders": act & (occ == 6),
        "young": act & (age < 45),
        "students": act & (occ == 1),
        "oil": act & (occ == 5),
        "daqing": act & (city == 1),
        "border": act & np.isin(city, [4, 5, 6]),
        "adults": act & (age >= 22) & (age < 60),
    }
    idx = np.flatnonzero(masks[name])
    return idx


def _lines(ctx, kind, n, *, ids="own", age_days=(200, 3000), line_type="mobile", city=0, smart=True):
    """Numbers, IMSIs, handsets and home cells of a look-alike's lines."""
    rng = ctx.rng
    cc = ctx.info["city_cells"][city]
    if line_type == "iot":
        m = ctx.numbers(n, [861064], 9)
    elif line_type == "mobile":
        m = ctx.numbers(n, [86139, 86138, 86135, 86150, 86158, 86187, 86130, 86185, 86133, 86189, 86198])
    else:
        m = ctx.numbers(n, [ctx.info["area"][city]], 8)
    if ids == "license":
        idk = np.repeat(C.hexkeys(ctx.counter("la_lic", 1) + ctx.seed * 17 + 99, "", 16), n)
        ctype, itype = "enterprise", "business_license"
    elif ids == "few":
        idk = np.resize(ctx.id_keys(max(1, n // 4)), n)
        ctype, itype = "personal", "resident_id"
    else:
        idk = ctx.id_keys(n)
        ctype, itype = "personal", "resident_id"
    if age_days[0] < 0:  # new cards opened during the period
        opened = C.START + rng.integers(-age_days[1], -age_days[0], n) * C.DAY
    else:
        opened = C.START - rng.integers(*age_days, n) * C.DAY
    cell = C.pick(rng, cc, n)
    imsi = C.new_sims(ctx, m, id_key=idk, open_time=opened, open_cell=cell, line_type=line_type,
                      customer_type=ctype, id_type=itype, channel="HLJ-STORE-" + str(city), prepaid=False)
    imei = ctx.imeis(n, SMART if smart else BASIC) if line_type == "mobile" else np.zeros(n, np.int64)
    return m, imsi, imei, cell, opened, idk


def outbound(ctx, kind, n, *, per_day, p_answer, med, targets, city=0, hours="work", ids="own",
             age_days=(200, 3000), line_type="mobile", cells="static", call_type=None, gateway=None, data=True,
             callback=0.1, sms_text=None, sms_per_day=0.0, days=None, sigma=0.9, smart=True, label_imei=False):
    """Lines that call many people: staff, agents, riders, collectors, volunteers."""
    rng = ctx.rng
    pop = ctx.info["pop"]
    m, imsi, imei, cell, opened, idk = _lines(ctx, kind, n, ids=ids, age_days=age_days, line_type=line_type,
                                              city=city, smart=smart)
    tg = _targets(ctx, targets)
    cc = ctx.info["city_cells"][city]
    hw = ctx.info["special"]["g10"]
    if call_type is None:
        call_type = {"mobile": "mobile", "fixed": "fixed", "voip": "voip"}[line_type]
    days = range(ctx.total_days) if days is None else days
    for d in days:
        live = opened <= C.START + d * C.DAY
        k = rng.poisson(per_day, n) * live
        li = np.repeat(np.arange(n), k)
        if len(li) == 0:
            continue
        ti = C.pick(rng, tg, len(li))
        t = C.times_on_days(rng, np.full(len(li), d), hours)
        dur = C.answered_durations(rng, len(li), p_answer, med, sigma)
        if line_type != "mobile":
            ccell = np.full(len(li), -1)
        elif cells == "moving":
            ccell = C.pick(rng, cc, len(li))
        elif cells == "highway":
            ccell = hw[((t - C.START) % C.DAY * len(hw) // C.DAY) % len(hw)]
        else:
            ccell = cell[li]
        C.calls(ctx, m[li], pop["msisdn"][ti], t, dur, imei=imei[li] if line_type == "mobile" else 0,
                imsi=imsi[li] if line_type == "mobile" else 0, caller_cell=ccell,
                callee_cell=pop["day_home"][d, ti], call_type=call_type, gateway=gateway)
        back = (dur > 0) & (rng.random(len(li)) < callback)
        if back.any():
            tb = t[back] + rng.integers(600, 20 * C.HOUR, back.sum())
            C.calls(ctx, pop["msisdn"][ti[back]], m[li[back]], tb, C.answered_durations(rng, back.sum(), .8, 70),
                    imei=pop["imei"][ti[back]], imsi=pop["imsi"][ti[back]],
                    caller_cell=pop["day_home"][d, ti[back]], callee_cell=ccell[back],
                    call_type="mobile" if line_type == "mobile" else "fixed")
        if sms_text is not None and sms_per_day > 0:
            k = rng.poisson(sms_per_day, n) * live
            li = np.repeat(np.arange(n), k)
            ti = C.pick(rng, tg, len(li))
            C.sms(ctx, m[li], pop["msisdn"][ti], C.times_on_days(rng, np.full(len(li), d), hours), sms_text,
                  imei=imei[li] if line_type == "mobile" else 0, cell=cell[li] if line_type == "mobile" else -1)
    if data and line_type == "mobile":
        C.data_life(ctx, m, imsi, imei, cell, days, 2.5)
    _label(ctx, "msisdn", m, kind, opened)
    if label_imei:
        _label(ctx, "imei", np.unique(imei), kind, opened.min())
    return {"msisdn": n}


def bulk_sms(ctx, kind, senders, *, per_day, text, targets, click=0.0, domain=None, path="/", ip="", days=None,
             wildcard=False, app=None):
    """Service and marketing SMS from short codes, some with links people follow."""
    rng = ctx.rng
    pop = ctx.info["pop"]
    senders = np.asarray(senders, np.int64)
    tg = _targets(ctx, targets)
    days = range(ctx.total_days) if days is None else days
    hosts = []
    for d in days:
        n = rng.poisson(per_day)
        if n == 0:
            continue
        a = C.pick(rng, senders, n)
        r = C.pick(rng, tg, n)
        t = C.times_on_days(rng, np.full(n, d), "office")
        if wildcard:
            sub = np.char.mod("%08x", (C.splitmix(ctx.counter("la_wc", n) + ctx.seed) >> np.uint64(32)))
            host = np.char.add(sub, "." + domain)
            txt = np.char.add(np.char.add(text, "https://"), np.char.add(host, path)).astype(object)
        else:
            host = np.full(n, domain or "", object)
            txt = text
        C.sms(ctx, a, pop["msisdn"][r], t, txt)
        if domain and click > 0:
            clk = rng.random(n) < click
            C.web(ctx, pop["msisdn"][r[clk]], t[clk] + rng.integers(30, 6 * C.HOUR, clk.sum()),
                  host[clk].astype(object), path=path, ip=ip)
            if wildcard:
                hosts.append(host[clk])
                home = rng.random(n) < click / 3  # the service's own front page
                C.web(ctx, pop["msisdn"][r[home]], t[home] + 90, domain, path="/", ip=ip)
            if app:
                C.ctx_apps(ctx, pop["msisdn"][r[clk]], t[clk] + 7 * C.HOUR, app, "install",
                           source_url=f"https://{domain}{path}")
    _label(ctx, "msisdn", senders, kind)
    if domain:
        _label(ctx, "domain", np.array([domain], object), kind)
        if hosts:
            hs = np.unique(np.concatenate(hosts)).astype(object)
            _label(ctx, "domain", hs, kind)
    if app:
        _label(ctx, "app", np.array([app], object), kind)
    return {"msisdn": len(senders)}


def payment_hub(ctx, kind, n, *, payers, per_day, amount, payout=0.0, payout_delay=(600, 3 * C.HOUR),
                city=0, reverse=False, days=None, phone=True):
    """Accounts with many payers (collections) or many payees (payouts), some forwarding quickly."""
    rng = ctx.rng
    pop = ctx.info["pop"]
    m, imsi, imei, cell, opened, idk = _lines(ctx, kind, n, city=city)
    acc = C.accounts(ctx, idk, m, opened, bank="HRBB")
    out_acc = C.accounts(ctx, idk, m, opened, bank="ICBC")
    tg = _targets(ctx, payers)
    tg = tg[pop["acct"][tg] != None]  # noqa: E711
    days = range(ctx.total_days) if days is None else days
    for d in days:
        k = rng.poisson(per_day, n)
        li = np.repeat(np.arange(n), k)
        if len(li) == 0:
            continue
        p = C.pick(rng, tg, len(li))
        t = C.times_on_days(rng, np.full(len(li), d), "work")
        amt = C.money(rng, amount, .7, len(li), 10)
        if reverse:
            C.pay(ctx, acc[li], pop["acct"][p], t, amt, initiated=m[li], channel="mobile_app")
        else:
            C.pay(ctx, pop["acct"][p], acc[li], t, amt, initiated=pop["msisdn"][p])
            if payout > 0:
                fw = rng.random(len(li)) < payout
                C.pay(ctx, acc[li[fw]], out_acc[li[fw]], t[fw] + rng.integers(*payout_delay, fw.sum()),
                      np.floor(amt[fw] * .98), initiated=m[li[fw]])
        # they talk to some of their payers
        c = rng.random(len(li)) < .3
        C.calls(ctx, m[li[c]], pop["msisdn"][p[c]], t[c] - rng.integers(600, 7200, c.sum()),
                C.answered_durations(rng, c.sum(), .85, 90), imei=imei[li[c]], imsi=imsi[li[c]],
                caller_cell=cell[li[c]], callee_cell=pop["home"][p[c]])
    if phone:
        C.data_life(ctx, m, imsi, imei, cell, days, 3)
    _label(ctx, "msisdn", m, kind)
    _label(ctx, "account", np.concatenate([acc, out_acc]), kind)
    return {"msisdn": n, "account": 2 * n}


def sim_pool(ctx, kind, n, *, handsets, city=0, line_type="mobile", ids="license", static=True, calls_per_day=0.0,
             data_per_day=2.0, tacs=None, new=False, targets="all", roaming=None, days=None, label_imei=True):
    """Many SIMs on few devices or one ID: enterprise pools, meters, phone shops, shared family phones."""
    rng = ctx.rng
    pop = ctx.info["pop"]
    m, imsi, _, cell, opened, idk = _lines(ctx, kind, n, ids=ids, line_type=line_type, city=city,
                                           age_days=(-2, 8) if new else (100, 2500))
    dev = ctx.imeis(handsets, tacs or SMART)
    imei = dev[np.arange(n) % handsets]
    if static:
        cell = cell[np.arange(n) % handsets]
    days = range(ctx.total_days) if days is None else days
    C.data_life(ctx, m, imsi, imei, cell, days, data_per_day, roaming=roaming)
    if calls_per_day > 0:
        tg = _targets(ctx, targets)
        for d in days:
            k = rng.poisson(calls_per_day, n) * (opened <= C.START + d * C.DAY)
            li = np.repeat(np.arange(n), k)
            ti = C.pick(rng, tg, len(li))
            t = C.times_on_days(rng, np.full(len(li), d), "day")
            C.calls(ctx, m[li], pop["msisdn"][ti], t, C.answered_durations(rng, len(li), .8, 80), imei=imei[li],
                    imsi=imsi[li], caller_cell=-1 if roaming else cell[li], callee_cell=pop["day_home"][d, ti],
                    roaming=roaming)
            back = rng.random(len(li)) < .4
            C.calls(ctx, pop["msisdn"][ti[back]], m[li[back]], t[back] + rng.integers(600, 9 * C.HOUR, back.sum()),
                    C.answered_durations(rng, back.sum(), .85, 90), imei=pop["imei"][ti[back]],
                    imsi=pop["imsi"][ti[back]], caller_cell=pop["day_home"][d, ti[back]])
    _label(ctx, "msisdn", m, kind, opened)
    if label_imei:
        _label(ctx, "imei", dev, kind)
    return {"msisdn": n, "imei": handsets}


def base_people(ctx, kind, mask_name, n, *, extra_in=0.0, extra_out=0.0, ext=False, roaming=None, days=None,
                med=120, hours="evening", wake=False):
    """Ordinary people of the province given a pattern: elderly with many relatives, snowbirds, woken cards."""
    rng = ctx.rng
    pop = ctx.info["pop"]
    cand = _targets(ctx, mask_name) if not wake else np.flatnonzero(pop["sleeping"])
    cand = cand[~pop["busy"][cand]]
    who = np.sort(rng.choice(cand, min(n, len(cand)), replace=False))
    pop["busy"][who] = True
    days = range(ctx.total_days) if days is None else days
    others = ctx.info["ext"]["msisdn"] if ext else pop["msisdn"]
    for d in days:
        k = rng.poisson(extra_in, len(who))
        li = np.repeat(np.arange(len(who)), k)
        t = C.times_on_days(rng, np.full(len(li), d), hours)
        C.calls(ctx, C.pick(rng, others, len(li)), pop["msisdn"][who[li]], t,
                C.answered_durations(rng, len(li), .8, med), callee_cell=pop["day_home"][d, who[li]])
        k = rng.poisson(extra_out, len(who))
        li = np.repeat(np.arange(len(who)), k)
        t = C.times_on_days(rng, np.full(len(li), d), hours)
        C.calls(ctx, pop["msisdn"][who[li]], C.pick(rng, others, len(li)), t,
                C.answered_durations(rng, len(li), .75, med), imei=pop["imei"][who[li]], imsi=pop["imsi"][who[li]],
                caller_cell=-1 if roaming else pop["day_home"][d, who[li]], roaming=roaming,
                call_type="mobile")
        if roaming:
            C.device(ctx, pop["msisdn"][who], C.START + d * C.DAY + rng.integers(0, C.DAY, len(who)), "attach",
                     imsi=pop["imsi"][who], imei=pop["imei"][who], roaming=roaming)
    _label(ctx, "msisdn", pop["msisdn"][who], kind)
    return {"msisdn": len(who)}, who


def plant_all(ctx: C.Ctx) -> dict:
    rng = ctx.rng
    pop = ctx.info["pop"]
    ctx.info["area"] = [86451, 86459, 86452, 86453, 86453, 86453, 86456, 86454, 86454, 86467, 86468, 86469, 86458,
                        86457, 86455, 86451]
    H, E = ctx.n_hist, ctx.total_days
    late = range(max(E - 5, 0), E)
    out = {}
    # ---------------------------------------------------------------- callers (mimic G01, G06, G09, G10 ...)
    CALLERS = [
        ("military_procurement_officer", 4, dict(per_day=5, p_answer=.75, med=150, targets="shopkeepers",
                                                 city=0, callback=.3)),
        ("military_supplier_sales", 3, dict(per_day=7, p_answer=.7, med=120, targets="shopkeepers", city=0,
                                            callback=.25)),
        ("ice_festival_ticket_agency", 6, dict(per_day=40, p_answer=.55, med=60, targets="tourists", city=0,
                                               hours="day", callback=.05)),
        ("ski_resort_staff_new_cards", 10, dict(per_day=6, p_answer=.7, med=80, targets="harbin", city=15,
                                                age_days=(-6, 20), callback=.3)),
        ("delivery_rider", 25, dict(per_day=28, p_answer=.8, med=25, targets="harbin", city=0, cells="moving",
                                    hours="day", callback=.15, sigma=.6)),
        ("debt_collector_licensed", 8, dict(per_day=60, p_answer=.3, med=50, targets="adults", city=0,
                                            sigma=1.1, callback=.03)),
        ("survey_caller", 6, dict(per_day=70, p_answer=.25, med=90, targets="all", city=0, line_type="fixed",
                                  ids="license", callback=.01)),
        ("community_worker_elderly_checks", 12, dict(per_day=25, p_answer=.75, med=100, targets="coal_elderly",
                                                     city=9, callback=.1)),
        ("real_estate_agent", 8, dict(per_day=30, p_answer=.4, med=45, targets="harbin", city=0, callback=.04)),
        ("insurance_agent", 6, dict(per_day=22, p_answer=.45, med=80, targets="adults", city=2, callback=.08)),
        ("grain_buyer_broker", 5, dict(per_day=18, p_answer=.65, med=90, targets="farmers", city=8,
                                       cells="moving", callback=.3)),
        ("anti_fraud_centre_warning_calls", 4, dict(per_day=45, p_answer=.6, med=70, targets="elderly", city=0,
                                                    line_type="fixed", ids="license", callback=.02)),
        ("heating_company_call_centre_voip", 8, dict(per_day=60, p_answer=.4, med=50, targets="harbin", city=0,
                                                     line_type="voip", ids="license", gateway="VOIP-GW-HRB-02",
                                                     callback=.05)),
        ("ecommerce_after_sales_refund_calls", 5, dict(per_day=50, p_answer=.45, med=60, targets="young", city=0,
                                                       line_type="fixed", ids="license", callback=.02)),
        ("hotel_front_desk_russian_guests", 4, dict(per_day=15, p_answer=.7, med=60, targets="border", city=4,
                                                    line_type="fixed", ids="license", callback=.2)),
        ("taxi_dispatch", 5, dict(per_day=35, p_answer=.85, med=30, targets="harbin", city=0, line_type="fixed",
                                  ids="license", callback=.3, hours="day")),
        ("student_new_card_going_home", 40, dict(per_day=4, p_answer=.8, med=90, targets="students", city=0,
                                                 age_days=(-16, 1), callback=.5, days=late)),
        ("loan_broker_licensed_voip", 6, dict(per_day=80, p_answer=.3, med=45, targets="adults", city=0,
                                              line_type="voip", ids="license", gateway="VOIP-GW-HRB-05",
                                              callback=.02)),
        ("trader_agent_new_card_border", 6, dict(per_day=12, p_answer=.6, med=110, targets="traders", city=4,
                                                 age_days=(-8, 25), callback=.3, sms_per_day=10,
                                                 sms_text="您好，我司收购俄罗斯木材/海产，价格优惠，欢迎来绥芬河面谈。")),
        ("farm_machinery_dealer", 4, dict(per_day=15, p_answer=.6, med=100, targets="farmers", city=8,
                                          callback=.2)),
        ("forestry_basic_phone_worker", 30, dict(per_day=3, p_answer=.85, med=70, targets="all", city=12,
                                                 smart=False, data=False, callback=.6)),
        ("daqing_shift_worker_night_calls", 30, dict(per_day=4, p_answer=.85, med=60, targets="oil", city=1,
                                                     hours="flat", callback=.5)),
        ("long_haul_truck_driver_g10", 10, dict(per_day=9, p_answer=.8, med=70, targets="all", city=3,
                                                cells="highway", hours="flat", callback=.4)),
        ("church_or_mahjong_group_organiser", 4, dict(per_day=20, p_answer=.8, med=60, targets="coal_elderly",
                                                      city=10, callback=.4)),
        ("courier_station_sms_pickup", 6, dict(per_day=10, p_answer=.8, med=20, targets="harbin", city=0,
                                               sms_per_day=80, sms_text="【菜鸟驿站】您的包裹已到站，凭取件码8-2-3041到中央大街驿站领取。",
                                               callback=.05)),
    ]
    for kind, n, kw in CALLERS:
        out[kind] = outbound(ctx, kind, n, **kw)
    # ---------------------------------------------------------------- SMS with links (mimic G03, G05, G07)
    S = [
        ("insurance_service_sms_link", [1069588995], dict(per_day=220, targets="farmers", click=.02,
                                                           domain="m.picc.com.cn", path="/nongxian",
                                                           ip="106.37.177.21",
                                                           text="【中国人保】您的2026年玉米种植保险理赔款已到账，详情查询 https://m.picc.com.cn/nongxian 退订回T")),
        ("pension_service_sms_12333", [1065712333], dict(per_day=260, targets="elderly", click=.02,
                                                         domain="hl.12333.gov.cn", path="/rz",
                                                         ip="221.212.95.8",
                                                         text="【黑龙江人社】请您于年底前完成2027年度养老金领取资格认证，可通过“黑龙江人社”APP或 https://hl.12333.gov.cn/rz 办理，勿信他人代办。")),
        ("medical_insurance_ecard_sms", [1065800451], dict(per_day=200, targets="elderly", click=.03,
                                                           domain="fuwu.nhsa.gov.cn", path="/ecard",
                                                           ip="59.255.14.6", app="com.nhsa.app",
                                                           text="【国家医保服务平台】激活医保电子凭证，就医购药更方便：https://fuwu.nhsa.gov.cn/ecard 。")),
        ("heating_company_notice_sms", [1069045100], dict(per_day=300, targets="harbin", click=.01,
                                                          domain="www.hrbrl.com", path="/notice",
                                                          ip="221.207.60.14",
                                                          text="【哈尔滨热电】寒潮来临，如室温不达标请拨打热线或登录 https://www.hrbrl.com/notice 报修，供暖费退费以官方公告为准。")),
        ("grain_depot_settlement_sms", [1069045222], dict(per_day=120, targets="farmers", click=.01,
                                                          domain="www.sinograin.com.cn", path="/js",
                                                          ip="123.57.22.9",
                                                          text="【中储粮】您交售的玉米结算款已转入您的一卡通，查询 https://www.sinograin.com.cn/js 。")),
        ("hospital_appointment_sms", [1069045333], dict(per_day=150, targets="all", click=.05,
                                                        domain="yy.hrbmu.edu.cn", path="/gh",
                                                        ip="202.118.160.5",
                                                        text="【哈医大一院】您已预约明日门诊，候诊及取消请访问 https://yy.hrbmu.edu.cn/gh 。")),
        ("university_winter_break_notice", [1069045444], dict(per_day=160, targets="students", click=.1,
                                                              domain="jwc.hit.edu.cn", path="/fj",
                                                              ip="202.118.224.3",
                                                              text="【哈工大教务处】寒假离校安排及返乡车票团购见 https://jwc.hit.edu.cn/fj ，注意防范“退票改签”诈骗。")),
        ("rail_12306_refund_notice", [12306], dict(per_day=80, targets="students", click=.2,
                                                   domain="kyfw.12306.cn", path="/otn/refund",
                                                   ip="221.207.58.18",
                                                   text="【铁路12306】您的车票已办理退票，退款将按原路返还，详见 https://kyfw.12306.cn/otn/refund 。")),
        ("bulk_marketing_sms_optout", [10690456, 10690457, 10690458], dict(per_day=700, targets="all", click=.004,
                                                                           domain="m.dazhong-shop.cn",
                                                                           path="/sale", ip="119.29.1.77",
                                                                           text="【大众商城】冬季羽绒服两件五折，领券 https://m.dazhong-shop.cn/sale 回T退订")),
        ("cdn_wildcard_links_sms", [1069045666], dict(per_day=300, targets="young", click=.05,
                                                      domain="dl.kuaiyincdn.com", path="/v", ip="58.215.145.11",
                                                      wildcard=True, text="【快影】你关注的作者更新了视频：")),
        ("bank_app_download_sms", [95588], dict(per_day=150, targets="adults", click=.02,
                                                domain="apk.icbc.com.cn", path="/icbc_mobile.apk",
                                                ip="106.120.167.150", app="com.icbc",
                                                text="【工商银行】手机银行新版本上线，下载 https://apk.icbc.com.cn/icbc_mobile.apk 。")),
        ("ice_world_official_ticket_sms", [1069045777], dict(per_day=100, targets="tourists", click=.15,
                                                             domain="www.hrbicesnow.com", path="/ticket",
                                                             ip="221.207.61.90",
                                                             text="【哈尔滨冰雪大世界】您的电子门票已出票，因低温闭园调整可在 https://www.hrbicesnow.com/ticket 免费改期。")),
        ("heating_meter_app_sms", [1069045888], dict(per_day=90, targets="harbin", click=.05,
                                                     domain="app.hrbheat.cn", path="/dl", ip="221.207.60.20",
                                                     app="cn.hrbheat.home",
                                                     text="【哈尔滨供热】下载“冰城供热”APP查询室温及缴费：https://app.hrbheat.cn/dl 。")),
    ]
    for kind, senders, kw in S:
        out[kind] = bulk_sms(ctx, kind, np.array(senders, np.int64), **kw)
    # ---------------------------------------------------------------- payment hubs (mimic mules, G02, G12)
    P = [
        ("licensed_money_changer_border", 3, dict(payers="border", per_day=14, amount=8000, payout=.7, city=4)),
        ("russian_trade_broker", 3, dict(payers="traders", per_day=6, amount=30000, payout=.6, city=4,
                                         payout_delay=(1800, 6 * C.HOUR))),
        ("state_farm_coop_payout", 3, dict(payers="farmers", per_day=25, amount=18000, reverse=True, city=8)),
        ("landlord_rent_collection", 6, dict(payers="students", per_day=2.5, amount=900, city=0)),
        ("qr_merchant_many_payers", 10, dict(payers="harbin", per_day=30, amount=35, city=0)),
        ("medical_crowdfunding_recipient", 2, dict(payers="coal_elderly", per_day=20, amount=50, payout=.5,
                                                   city=9)),
        ("livestream_seller", 3, dict(payers="young", per_day=25, amount=90, payout=.3, city=0)),
        ("securities_deposit_account", 2, dict(payers="oil", per_day=8, amount=20000, city=1)),
        ("ski_school_tuition", 2, dict(payers="harbin", per_day=6, amount=2400, city=15)),
        ("usdt_legit_crypto_hobbyist", 2, dict(payers="young", per_day=1.5, amount=5000, payout=.8, city=6,
                                               payout_delay=(300, 1800))),
    ]
    for kind, n, kw in P:
        out[kind] = payment_hub(ctx, kind, n, **kw)
    # ---------------------------------------------------------------- SIM pools and devices (mimic G07, G09, cards)
    Q = [
        ("daqing_enterprise_sim_pool", 300, dict(handsets=300, city=1, ids="license", static=False,
                                                 calls_per_day=2.0, data_per_day=2.5, targets="oil",
                                                 label_imei=False)),
        ("heating_meter_iot_sims", 60, dict(handsets=60, city=0, line_type="iot", ids="license", static=True,
                                            data_per_day=4, tacs=[86900104], label_imei=False)),
        ("phone_repair_shop_test_sims", 12, dict(handsets=3, city=11, ids="few", static=True, calls_per_day=1.5,
                                                 data_per_day=1.0)),
        ("shared_family_phone_multi_sim", 20, dict(handsets=8, city=9, ids="few", static=True, calls_per_day=2.0,
                                                   data_per_day=1.5)),
        ("dual_sim_business_owner", 16, dict(handsets=8, city=0, ids="few", static=False, calls_per_day=6,
                                             data_per_day=2.5)),
        ("call_centre_gateway_legit", 16, dict(handsets=1, city=0, ids="license", static=True, calls_per_day=25,
                                               data_per_day=0.0, tacs=GOIP_LIKE, targets="adults")),
        ("ski_resort_staff_shared_handsets", 12, dict(handsets=4, city=15, ids="own", static=True,
                                                      calls_per_day=3, data_per_day=2, new=True)),
        ("overseas_worker_russia_roaming", 15, dict(handsets=15, city=6, ids="own", static=True, calls_per_day=3,
                                                    data_per_day=1.0, roaming="RU", label_imei=False)),
        ("labour_export_worker_cambodia_resort", 4, dict(handsets=4, city=9, ids="own", static=True,
                                                         calls_per_day=2, data_per_day=1.0, roaming="KH",
                                                         targets="coal_elderly", label_imei=False)),
        ("border_trucker_roaming_russia", 10, dict(handsets=10, city=4, ids="own", static=True, calls_per_day=5,
                                                   data_per_day=1.0, roaming="RU", label_imei=False)),
    ]
    for kind, n, kw in Q:
        out[kind] = sim_pool(ctx, kind, n, **kw)
    # ---------------------------------------------------------------- people with unusual but honest lives
    B = [
        ("elderly_many_relatives_calls", "coal_elderly", 80, dict(extra_in=3.0, ext=True, med=240)),
        ("snowbird_hainan_calling_home", "elderly", 40, dict(extra_out=3.0, med=200)),
        ("emigrant_card_woken_for_new_year", None, 40, dict(extra_out=8.0, days=late, med=150, wake=True)),
        ("retired_teacher_many_former_students", "elderly", 15, dict(extra_in=6.0, med=180)),
        ("village_head_calling_farmers", "farmers", 10, dict(extra_out=18.0, med=60, hours="work")),
        ("wedding_organiser_new_year", "harbin", 10, dict(extra_out=20.0, med=50, hours="day")),
    ]
    for kind, mask, n, kw in B:
        wake = kw.pop("wake", False)
        res, who = base_people(ctx, kind, mask or "all", n, wake=wake, **kw)
        out[kind] = res
        if wake:  # back in the province: data and a new handset
            newh = ctx.imeis(len(who), SMART)
            C.data_life(ctx, pop["msisdn"][who], pop["imsi"][who], newh, pop["home"][who], late, 3)
    # victims' relatives paying on behalf (family pooled payments to a hospital) and real relatives in trouble
    fam = _targets(ctx, "coal_elderly")
    fam = fam[(pop["acct"][fam] != None) & ~pop["busy"][fam]][:15]  # noqa: E711
    hosp = C.accounts(ctx, C.hexkeys(ctx.counter("hosp", 1) + 5, "", 16), np.zeros(1, np.int64),
                      C.START - 4000 * C.DAY, bank="LJBANK")
    t = C.START + rng.integers(0, E, len(fam)) * C.DAY + rng.integers(9 * C.HOUR, 17 * C.HOUR, len(fam))
    ext = ctx.info["ext"]["msisdn"]
    C.calls(ctx, C.pick(rng, ext, len(fam)), pop["msisdn"][fam], t - 1800, rng.integers(600, 1800, len(fam)),
            callee_cell=pop["home"][fam])
    C.pay(ctx, pop["acct"][fam], np.full(len(fam), hosp[0], object), t, C.money(rng, 20000, .5, len(fam), 3000),
          initiated=pop["msisdn"][fam])
    _label(ctx, "msisdn", pop["msisdn"][fam], "elderly_paying_real_hospital_bill_for_child")
    _label(ctx, "account", hosp, "elderly_paying_real_hospital_bill_for_child")
    out["elderly_paying_real_hospital_bill_for_child"] = {"msisdn": len(fam), "account": 1}
    # legit apps installed from their own sites (mimic G05, G08, G10 apps)
    for kind, domain, app, tg, rate in (("legit_broker_app_download", "download.htsc.com.cn", "com.lphtsccft",
                                         "oil", .02),
                                        ("legit_consumer_loan_app", "www.mashangxiaofei.com", "com.msxf.app",
                                         "adults", .01),
                                        ("government_service_app_download", "zwfw.hlj.gov.cn", "cn.gov.hlj.zwfw",
                                         "elderly", .01)):
        who = _targets(ctx, tg)
        who = who[pop["smart"][who]]
        for d in range(E):
            n = rng.poisson(rate * len(who) / 3)
            r = C.pick(rng, who, n)
            t = C.times_on_days(rng, np.full(n, d), "evening")
            C.web(ctx, pop["msisdn"][r], t, domain, path="/app/latest.apk", ip="120.92.1." + str(len(domain)))
            C.ctx_apps(ctx, pop["msisdn"][r], t + 300, app, "install", source_url=f"https://{domain}/app/latest.apk")
            C.ctx_apps(ctx, pop["msisdn"][r], t + 900, app, "use")
        _label(ctx, "domain", np.array([domain], object), kind)
        _label(ctx, "app", np.array([app], object), kind)
        out[kind] = {"domain": 1, "app": 1}
    del H
    reports_and_lists(ctx)
    return out


def _truth_entities(ctx, kinds, etype="msisdn"):
    ents = [p["entity"] for _, p in ctx.truth if p["scheme"] in kinds and p["entity_type"] == etype]
    return np.concatenate(ents) if ents else np.empty(0, object)


def reports_and_lists(ctx):
    """False complaints against look-alikes, benign verdicts after appeal, and the operator's lists."""
    rng = ctx.rng
    for kinds, frac, ftype in ((("delivery_rider", "real_estate_agent", "debt_collector_licensed",
                                 "loan_broker_licensed_voip"), .15, "other"),
                               (("ice_festival_ticket_agency", "ecommerce_after_sales_refund_calls"), .3,
                                "customer_service"),
                               (("survey_caller", "anti_fraud_centre_warning_calls"), .25, "impersonate_police"),
                               (("trader_agent_new_card_border", "student_new_card_going_home"), .05, "other")):
        ents = _truth_entities(ctx, kinds)
        sel = ents[rng.random(len(ents)) < frac]
        t = C.START + rng.integers(0, ctx.total_days * C.DAY, len(sel))
        C.report(ctx, t, "msisdn", sel, "fraud", fraud_type=ftype, source="user_report")
        # some were looked into and cleared
        ok = sel[rng.random(len(sel)) < .4]
        C.report(ctx, np.minimum(t[: len(ok)] + 2 * C.DAY, ctx.end - 60), "msisdn", ok, "benign", source="internal")
    allow_num = np.concatenate([np.array(["95588", "12306", "1065712333", "10086"], object),
                                _truth_entities(ctx, ("anti_fraud_centre_warning_calls",))])
    C.listing(ctx, "msisdn", allow_num, "allow", "official service number", C.START - 400 * C.DAY)
    allow_dom = np.array(["hl.12333.gov.cn", "kyfw.12306.cn", "fuwu.nhsa.gov.cn", "apk.icbc.com.cn",
                          "zwfw.hlj.gov.cn"], object)
    C.listing(ctx, "domain", allow_dom, "allow", "government / bank official site", C.START - 300 * C.DAY)
    watch = _truth_entities(ctx, ("debt_collector_licensed", "loan_broker_licensed_voip"))
    watch = watch[rng.random(len(watch)) < .5]
    C.listing(ctx, "msisdn", watch, "watch", "many complaints: collection / loan marketing",
              C.START + rng.integers(0, ctx.n_hist, len(watch)) * C.DAY,
              C.START + 180 * C.DAY)
    sp = ctx.info["special"]
    ports = np.concatenate([sp["suifenhe_port"], sp["heihe_port"]])
    cells = ctx.info["cell_names"][ports]
    C.listing(ctx, "cell", cells, "high_risk_region", "border port: cross-border fraud and OTC cash-out",
              C.START - 90 * C.DAY)
    blocked = np.array(["xinhui-touzi.vip", "tb-tuikuan.top", "hlj-butie.icu"], object)  # older, dead sites
    C.listing(ctx, "domain", blocked, "block", "fraud site reported by police", C.START - 40 * C.DAY)
