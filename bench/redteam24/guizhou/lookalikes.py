"""Ordinary people, businesses and machines whose records resemble fraud: labelled 'lookalike:<kind>'.

Most are residents who keep their everyday life and add their work on top; some are new lines (a company's
trunk lines, a data centre's IoT cards, a returning migrant's new card)."""

from __future__ import annotations

import numpy as np

from . import catalog as C
from .life import ip_for, platform_accounts
from .records import HOURS_DAY, HOURS_ELDER, HOURS_WORK, lognorm_int, times
from .world import SEG_ADULT, SEG_ELDER, SEG_MIGRANT, SEG_OFFICE, SEG_STUDENT, World, luhn

ALLP = [SEG_ADULT, SEG_ELDER, SEG_STUDENT, SEG_MIGRANT, SEG_OFFICE]
HOLI = [6, 7, 8, 9, 10]


def label(w: World, kind, lines, first=None):
    w.truth.entities("msisdn", w.L["msisdn"][np.asarray(lines)], f"lookalike:{kind}", "", kind,
                     C.START if first is None else first)


def outreach(w: World, kind, lines, pool, *, per_day, days=None, hours=HOURS_WORK, answer_p=.7, dur=(60, .8),
             repeat=.3, clients=30, callback_p=.2, inbound=0.0, sms_per_day=0.0, sms_text=None, media="voice",
             ctype=None, gateway=None, imei=None, cell=None, pay_in=None, do_label=True):
    """Work calls (and texts) from ``lines`` to strangers in ``pool`` and to regular clients; strangers call back
    and call in."""
    rng, mk, L = w.rng, w.mk, w.L
    lines = np.asarray(lines, np.int64)
    nl = len(lines)
    if not nl:
        return
    days = np.arange(w.days) if days is None else np.asarray([d for d in days if d < w.days])
    n = rng.poisson(per_day * len(days) * nl)
    li = rng.integers(0, nl, n)
    t = times(rng, n, days, hours)
    reg = pool[rng.integers(0, len(pool), (nl, clients))]
    tgt = np.where(rng.random(n) < repeat, reg[li, rng.integers(0, clients, n)], pool[rng.integers(0, len(pool), n)])
    ok = (tgt != lines[li]) & (t > L.a["open_time"][lines[li]] + 1800)  # a new card works from when it is opened
    li, t, tgt = li[ok], t[ok], tgt[ok]
    n = len(li)
    ans = rng.random(n) < answer_p
    d = lognorm_int(rng, n, dur[0], dur[1], 3, 3600)
    mk.calls(lines[li], tgt, t, ans, d, media=media, ctype=ctype, gateway=gateway,
             caller_imei=None if imei is None else np.asarray(imei)[li] if np.ndim(imei) else imei,
             caller_cell=None if cell is None else (np.asarray(cell)[li] if np.ndim(cell) else cell))
    cb = (~ans) & (rng.random(n) < callback_p) | ans & (rng.random(n) < callback_p * .4)
    mk.calls(tgt[cb], lines[li][cb], t[cb] + rng.integers(120, 6 * 3600, int(cb.sum())), rng.random(int(cb.sum())) < .85,
             lognorm_int(rng, int(cb.sum()), dur[0], dur[1], 3, 3600))
    if inbound:
        m = rng.poisson(inbound * len(days) * nl)
        ii = rng.integers(0, nl, m)
        frm = pool[rng.integers(0, len(pool), m)]
        ti = times(rng, m, days, HOURS_DAY)
        ok = ti > L.a["open_time"][lines[ii]] + 1800
        ii, frm, ti, m = ii[ok], frm[ok], ti[ok], int(ok.sum())
        mk.calls(frm, lines[ii], ti, rng.random(m) < .8, lognorm_int(rng, m, dur[0], dur[1], 3, 3600))
        if pay_in is not None:  # customers paying: deposits, orders
            pk = rng.random(m) < pay_in[0]
            frm_acc = w.account_of(frm[pk])
            own = w.account_of(lines[ii][pk])
            okk = (frm_acc != None) & (own != None)  # noqa: E711
            w.transfers(frm_acc[okk], own[okk], ti[pk][okk] + rng.integers(300, 7200, int(okk.sum())),
                        np.round(rng.lognormal(np.log(pay_in[1]), .7, int(okk.sum())), 2), "mobile_app", frm[pk][okk])
    if sms_per_day and sms_text is not None:
        m = rng.poisson(sms_per_day * len(days) * nl)
        si = rng.integers(0, nl, m)
        rc = np.where(rng.random(m) < repeat, reg[si, rng.integers(0, clients, m)], pool[rng.integers(0, len(pool), m)])
        tx = np.asarray(sms_text, object)
        on = L.a["line_type"][lines[si]] == 0
        mk.sms(lines[si][on], rc[on], times(rng, int(on.sum()), days, hours), tx[rng.integers(0, len(tx), int(on.sum()))],
               sender_imei=None if imei is None else (np.asarray(imei)[si][on] if np.ndim(imei) else imei))
    if do_label:
        label(w, kind, lines)


def bulk_port(w: World, kind, port, pool, per_day, texts, days=None, domain=None):
    rng = w.rng
    days = np.arange(w.days) if days is None else np.asarray(days)
    n = int(per_day * len(days))
    rc = pool[rng.integers(0, len(pool), n)]
    tx = np.asarray(texts, object)
    t = times(rng, n, days, HOURS_WORK)
    w.mk.sms(None, rc, t, tx[rng.integers(0, len(tx), n)], raw_sender=np.int64(port))
    w.truth.entity("msisdn", port, f"lookalike:{kind}", "", kind, C.START)
    if domain:
        cl = rng.random(n) < .03
        w.mk.web(rc[cl], t[cl] + rng.integers(30, 3600, int(cl.sum())), domain, url=f"https://{domain}/act",
                 ip=ip_for(domain))


def run_all(w: World, chain=None):
    rng, L, mk = w.rng, w.L, w.mk
    D = w.days
    P = w.people
    pick = w.pick_people
    tourists = P[L["trip_cell"][P] >= 0]

    # ---- holiday trade
    g = pick(25, [SEG_ADULT, SEG_OFFICE], ("AS-ZN", "QDN-LS", "TR-JK", "QN-LB"))
    outreach(w, "tour_guide", g, tourists, per_day=14, days=range(4, 11), hours=HOURS_DAY, answer_p=.8, dur=(70, .7),
             repeat=.5, callback_p=.35, inbound=4, sms_per_day=10, sms_text=["明早7点酒店门口集合，黄果树大瀑布一日游", "行程单已发，请带好身份证"])
    g = pick(30, [SEG_ADULT, SEG_ELDER], ("QDN-LS", "QDN-LP", "QDN-TJ", "QDN-RJ", "TR-JK"))
    outreach(w, "homestay_owner", g, P, per_day=6, hours=HOURS_DAY, answer_p=.8, dur=(90, .7), repeat=.2, callback_p=.3,
             inbound=12, pay_in=(.4, 450), sms_per_day=5, sms_text=["房间给您留好了，定金收到", "五一房间已满，抱歉"])
    g = pick(6, [SEG_OFFICE, SEG_ADULT], ("QDN-TJ", "QDN-RJ"))
    outreach(w, "cunba_ticket_agent", g, P, per_day=10, answer_p=.85, inbound=35, pay_in=(.5, 180), sms_per_day=40,
             sms_text=["【村BA官方】您购买的5月3日决赛观赛券已出票，入场凭身份证 cunba-official.cn"], repeat=.1)
    g = pick(12, [SEG_ADULT], ("QDN-TJ", "QDN-RJ"))
    outreach(w, "village_team_manager", g, P[np.isin(L["region"][P], [C.REGION_INDEX["QDN-TJ"], C.REGION_INDEX["QDN-RJ"]])],
             per_day=18, hours=HOURS_DAY, answer_p=.85, dur=(50, .6), repeat=.7, clients=25)
    g = pick(20, [SEG_ADULT, SEG_OFFICE], ("AS-XX", "GY-YY", "QDN-KL", "TR-BJ"))
    outreach(w, "travel_agency", g, tourists, per_day=22, answer_p=.7, dur=(120, .6), repeat=.3, callback_p=.3,
             sms_per_day=25, sms_text=["【黔行旅游】您的荔波小七孔两日游已确认，行程单 guizhoutravel.cn/t"])
    hotel = w.new_lines(15, kind="fixed", customer="enterprise", id_type="business_license", ids=w.keys(15, "QYB"),
                        open_time=C.START - 900 * C.DAY, home=w.cells_in_regions(rng.choice([C.REGION_INDEX[r] for r in C.TOURIST_REGIONS], 15)),
                        prepaid=False, channel="QYT-ENT-GY-01")
    outreach(w, "hotel_front_desk", hotel, tourists, per_day=25, answer_p=.75, dur=(45, .6), inbound=15)
    g = pick(20, [SEG_MIGRANT, SEG_ADULT], ("BJ-QXG", "BJ-WN", "TR-BJ", "QDN-KL"))
    L.set("trip_start", g, C.START + 2 * C.DAY)
    L.set("trip_end", g, C.START + 5 * C.DAY)
    L.set("trip_cell", g, np.array(w.visited[0] + w.visited[2])[rng.integers(0, 10, len(g))])
    outreach(w, "holiday_carpool_driver", g, P, per_day=12, days=range(0, 7), hours=HOURS_DAY, answer_p=.75, dur=(60, .6),
             repeat=.1, callback_p=.4, inbound=6, pay_in=(.5, 260))
    bulk_port(w, "scenic_area_sms", 10690851366, tourists, 2500, ["【黄果树景区】欢迎您！今日客流较大，请错峰游览，购票请认准官方渠道",
                                                            "【梵净山】温馨提示：景区实行预约入园，官方小程序预约"], days=HOLI)

    # ---- deliveries and drivers
    g = pick(40, [SEG_ADULT, SEG_MIGRANT], None)
    outreach(w, "courier", g, P, per_day=40, answer_p=.75, dur=(25, .5), repeat=.15, callback_p=.35,
             sms_per_day=15, sms_text=["【快递】您的包裹已到驿站，取件码8-3-1029", "快递放门口了"])
    g = pick(40, [SEG_ADULT, SEG_STUDENT, SEG_MIGRANT], ("GY-YY", "GY-NM", "GY-GSH", "ZY-HHG", "GY-HX"))
    outreach(w, "food_delivery_rider", g, P, per_day=22, hours=HOURS_DAY, answer_p=.8, dur=(18, .5), repeat=.05, callback_p=.3)
    g = pick(30, [SEG_ADULT], ("GY-YY", "GY-NM", "ZY-HHG", "QDN-KL", "BJ-QXG"))
    outreach(w, "taxi_driver", g, P, per_day=12, hours=HOURS_DAY, answer_p=.8, dur=(25, .5), repeat=.05, callback_p=.4, inbound=5)

    # ---- liquor
    g = pick(20, [SEG_ADULT, SEG_OFFICE], ("ZY-RH", "ZY-HHG", "ZY-HC"))
    outreach(w, "maotai_dealer", g, P, per_day=20, answer_p=.55, dur=(110, .7), repeat=.5, callback_p=.2, inbound=5,
             pay_in=(.3, 4500), sms_per_day=15, sms_text=["【仁怀酒业】五一飞天到货，老客户预订请回电", "茅台镇原浆酒厂直供，欢迎品鉴 moutaichina.com"])
    g = pick(15, [SEG_ADULT], ("GY-YY", "GY-NM", "ZY-HHG", "AS-XX", "QN-DY"))
    outreach(w, "liquor_shop", g, P, per_day=6, answer_p=.8, repeat=.6, inbound=10, pay_in=(.5, 900))
    pbx = w.new_lines(20, kind="voip", customer="enterprise", id_type="business_license", ids=np.repeat(w.keys(1, "QYB"), 20),
                      open_time=C.START - 700 * C.DAY, home=w.special["maotai_town"][0], prepaid=False, channel="QYT-ENT-ZY-02")
    outreach(w, "liquor_group_pbx", pbx, P, per_day=35, answer_p=.5, dur=(150, .6), repeat=.4, callback_p=.15,
             gateway="SBC-ZY-03", ctype="voip")

    # ---- call centres, banks, insurers, lenders, collectors
    cc = w.new_lines(40, kind="fixed", customer="enterprise", id_type="business_license", ids=np.repeat(w.keys(2, "QYB"), 20),
                     open_time=C.START - 500 * C.DAY, home=w.special["guian_dc"][0], prepaid=False, channel="QYT-ENT-GA-02")
    outreach(w, "telemarketing_call_centre", cc, P, per_day=110, answer_p=.25, dur=(35, .8), repeat=0, callback_p=.03)
    g = pick(15, [SEG_OFFICE, SEG_ADULT], ("GY-YY", "GY-NM", "GY-GSH"))
    outreach(w, "debt_collector", g, P, per_day=35, answer_p=.2, dur=(70, .7), repeat=.85, clients=40, callback_p=.05)
    bank = w.new_lines(12, kind="fixed", customer="enterprise", id_type="business_license", ids=np.repeat(w.keys(1, "QYB"), 12),
                       open_time=C.START - 2000 * C.DAY, home=w.cell_in("GY-YY", 12), prepaid=False, channel="QYT-ENT-GY-03")
    outreach(w, "bank_card_outreach", bank, P, per_day=55, answer_p=.4, dur=(80, .6), repeat=.1, callback_p=.05)
    g = pick(15, [SEG_OFFICE], ("GY-YY", "GY-GSH", "ZY-HHG"))
    outreach(w, "bank_wealth_manager", g, P, per_day=15, answer_p=.6, dur=(200, .7), repeat=.7, pay_in=None)
    g = pick(25, [SEG_ADULT, SEG_OFFICE], None)
    outreach(w, "insurance_agent", g, P, per_day=25, answer_p=.45, dur=(90, .8), repeat=.3, callback_p=.1,
             sms_per_day=8, sms_text=["您好，我是您的保险顾问，五一出行险可以了解一下"])
    g = pick(10, [SEG_OFFICE], ("GY-YY", "GY-NM"))
    outreach(w, "licensed_loan_marketing", g, P, per_day=40, answer_p=.35, dur=(60, .7), repeat=.1, callback_p=.05,
             sms_per_day=20, sms_text=["【贵阳银行】您有一笔e贷额度待领取，年化利率3.6%起，详询官方APP"])
    g = pick(25, [SEG_OFFICE, SEG_ADULT], ("GY-YY", "GY-GSH", "ZY-HHG", "AS-XX"))
    outreach(w, "real_estate_agent", g, P, per_day=30, answer_p=.4, dur=(60, .7), repeat=.2, callback_p=.08)
    g = pick(10, [SEG_OFFICE], ("GY-GSH", "ZY-HC"))
    outreach(w, "car_dealer_4s", g, P, per_day=20, answer_p=.5, dur=(70, .6), repeat=.3)

    # ---- public service
    g = pick(15, [SEG_OFFICE, SEG_STUDENT], None)
    outreach(w, "statistics_survey_caller", g, P, per_day=45, answer_p=.5, dur=(150, .5), repeat=0, callback_p=.1)
    cdc = w.new_lines(10, kind="fixed", customer="enterprise", id_type="business_license", ids=np.repeat(w.keys(1, "QYB"), 10),
                      open_time=C.START - 3000 * C.DAY, home=w.cell_in("GY-NM", 10), prepaid=False, channel="QYT-ENT-GY-04")
    outreach(w, "cdc_health_followup", cdc, P, per_day=35, answer_p=.55, dur=(120, .5), repeat=.2)
    elders = P[w.seg[np.searchsorted(w.res, P)] == SEG_ELDER]
    g = pick(15, [SEG_ADULT, SEG_OFFICE], ("BJ-WN", "BJ-HZ", "TR-ST", "TR-YH", "QDN-RJ", "LPS-PZ"))
    outreach(w, "village_cadre_pension_check", g, elders, per_day=20, hours=HOURS_ELDER, answer_p=.65, dur=(90, .5),
             repeat=.5, callback_p=.2, sms_per_day=5, sms_text=["养老金资格认证请在村委会或国家社会保险公共服务平台办理，不收费"])
    g = pick(20, [SEG_ADULT], ("BJ-WN", "BJ-NY", "TR-ST", "TR-YH", "ZY-TZ"))
    outreach(w, "elderly_care_worker", g, elders, per_day=12, hours=HOURS_ELDER, answer_p=.7, dur=(150, .6), repeat=.8, clients=20)
    hosp = w.new_lines(8, kind="fixed", customer="enterprise", id_type="business_license", ids=np.repeat(w.keys(1, "QYB"), 8),
                       open_time=C.START - 2500 * C.DAY, home=w.cell_in("GY-YY", 8), prepaid=False, channel="QYT-ENT-GY-05")
    outreach(w, "hospital_appointment_line", hosp, P, per_day=40, answer_p=.6, dur=(40, .5), repeat=.1)
    g = pick(30, [SEG_OFFICE, SEG_ADULT], None)
    outreach(w, "school_teacher", g, P, per_day=4, answer_p=.8, repeat=.9, clients=45, sms_per_day=30,
             sms_text=["各位家长：五一放假5月1日至5日，注意孩子安全，防溺水", "请家长提醒孩子不要接陌生电话"])
    # the anti-fraud centre's warning line rings people in contact with fraud, and many others
    warn = w.new_lines(4, kind="fixed", customer="enterprise", id_type="business_license", ids=np.repeat(w.keys(1, "QYB"), 4),
                       open_time=C.START - 1500 * C.DAY, home=w.cell_in("GY-YY", 4), prepaid=False, channel="QYT-ENT-GY-06")
    vict = np.array([int(k[1]) for k, v in w.truth.ent.items() if v[0] == "victim" and k[0] == "msisdn"], np.int64)
    vl = np.flatnonzero(np.isin(L["msisdn"], vict)) if len(vict) else np.zeros(0, np.int64)
    outreach(w, "antifraud_warning_line", warn, np.concatenate([vl, P[rng.integers(0, len(P), 400)]]), per_day=30,
             answer_p=.55, dur=(180, .5), repeat=0, callback_p=.15, hours=HOURS_DAY)
    bulk_port(w, "gov_alert_sms_port", 12381, P, 2000, ["【国家反诈中心】五一出行谨防“退票改签”诈骗，航司不会要求转账",
                                                      "【贵州公安】警惕刷单返利，凡是刷单都是诈骗"])

    # ---- bulk texting of real businesses
    bulk_port(w, "marketing_sms_port", 10690851888, P, 2600, ["【合力超市】五一大促，满199减50，点击 heli-cs.cn/m 领券 退订回T",
                                                          "【星力百货】会员日双倍积分 xingli.com.cn 退订回T"], domain="heli-cs.cn")
    bulk_port(w, "etc_service_sms", 10690851999, P, 1200, ["【贵州ETC】五一期间7座以下小客车免费通行，ETC无需操作，谨防诈骗",
                                                       "【贵州ETC】您的ETC设备需年检，请到服务网点或官方APP办理 gzetc.com.cn"], domain="gzetc.com.cn")
    bulk_port(w, "operator_broadcast", 10011, P, 900, ["【黔云通信】假期流量包已生效", "【黔云通信】您已进入榕江县，村超期间注意防范诈骗"])

    # ---- sellers and money
    g = pick(15, [SEG_ADULT], ("QDN-RJ", "QDN-TJ", "QDN-LP", "QDN-KL"))
    outreach(w, "livestream_produce_seller", g, P, per_day=6, answer_p=.8, repeat=.3, inbound=20, pay_in=(.7, 85),
             sms_per_day=20, sms_text=["您买的榕江塔石香羊已发顺丰", "直播间下单的酸汤已发货"])
    g = pick(25, [SEG_ADULT, SEG_ELDER], ("GY-YY", "GY-NM", "GY-BY", "ZY-HHG", "BJ-QXG", "QDN-KL"))
    outreach(w, "group_buy_leader", g, P, per_day=3, answer_p=.8, repeat=.8, inbound=12, pay_in=(.8, 60), sms_per_day=25,
             sms_text=["今天团购：威宁洋芋10斤29.9，接龙下单"])
    for x in g:  # leaders pay the supplier in lumps
        n = rng.integers(5, 12)
        a = w.account_of(np.array([x]))[0]
        if a is not None:
            w.transfers(np.full(n, a, object), w.merchants[rng.integers(0, 20, n)], times(rng, n, np.arange(D)),
                        np.round(rng.lognormal(np.log(1500), .5, n), 2), "mobile_app", np.full(n, x))
    g = pick(20, [SEG_ADULT, SEG_STUDENT], None)
    outreach(w, "secondhand_trader", g, P, per_day=5, answer_p=.7, repeat=.05, inbound=6, pay_in=(.5, 700))
    g = pick(10, [SEG_ADULT], ("QN-DY", "ZY-HHG", "TR-JK"))
    outreach(w, "tea_cooperative_buyer", g, P[np.isin(w.seg[np.searchsorted(w.res, P)], [SEG_ELDER, SEG_ADULT])], per_day=12,
             hours=HOURS_ELDER, answer_p=.7, repeat=.6, clients=40)
    for x in g:  # paying many farmers for the spring tea
        n = rng.integers(20, 50)
        a = w.account_of(np.array([x]))[0]
        to = w.account_of(P[rng.integers(0, len(P), n)])
        ok = to != None  # noqa: E711
        w.transfers(np.full(ok.sum(), a, object), to[ok], times(rng, int(ok.sum()), np.arange(D), HOURS_WORK),
                    np.round(rng.lognormal(np.log(1800), .6, int(ok.sum())), 2), "mobile_app", np.full(ok.sum(), x))
    g = pick(8, [SEG_OFFICE], ("GY-YY", "GY-HX"))
    outreach(w, "real_job_agency", g, P[w.seg[np.searchsorted(w.res, P)] == SEG_STUDENT], per_day=15, answer_p=.6, repeat=.2,
             sms_per_day=35, sms_text=["【黔才人力】五一兼职：景区检票员日薪180，不收任何费用，面试地址花溪大学城", "贵安数据中心招运维实习生，投简历 gzhrss.gov.cn"])
    g = pick(10, [SEG_ADULT], ("GY-YY", "ZY-HHG", "BJ-QXG"))
    outreach(w, "banquet_chef", g, P, per_day=10, hours=HOURS_DAY, answer_p=.85, repeat=.3, inbound=6, pay_in=(.3, 1500))

    # ---- cards and handsets that look like card farms
    dual = pick(150, [SEG_ADULT, SEG_OFFICE, SEG_MIGRANT], None)
    second = w.new_lines(len(dual), kind="mobile", ids=L["id_key"][dual], open_time=C.START - rng.integers(30, 900, len(dual)) * C.DAY,
                         imei=luhn(L["imei"][dual] // 10 + 1), home=L["home"][dual], region=L["region"][dual], prepaid=True,
                         channel="QYT-ONLINE")
    for k in ("work", "trip_cell", "trip_start", "trip_end", "away_cell", "away_end"):
        L.set(k, second, L[k][dual])
    outreach(w, "dual_sim_second_card", second, P, per_day=2.5, hours=HOURS_DAY, answer_p=.8, repeat=.7, clients=8, do_label=True)
    label(w, "dual_sim", dual)
    # Gui'an data centre IoT cards and Liupanshui mine sensors, opened in batches
    dc = w.special["guian_dc"]
    iot = w.new_lines(300, kind="iot", ids=np.repeat(w.keys(1, "QYB"), 300), id_type="business_license", customer="enterprise",
                      open_time=C.START + np.repeat(rng.integers(-20, 4, 6), 50) * C.DAY + np.arange(300) * 30, open_cell=dc[0],
                      home=np.array(dc)[rng.integers(0, len(dc), 300)], tacs=C.TAC_IOT, prepaid=False, channel="QYT-ENT-GA-IOT")
    n = 300 * D * 6
    who = iot[rng.integers(0, 300, n)]
    t = C.START + rng.integers(0, D * C.DAY, n)
    ok = t > L["open_time"][who] + 600
    mk.device(who[ok], t[ok], "data_session", nbytes=lognorm_int(rng, int(ok.sum()), 5_000_000, 1.0))
    mk.sms(iot[:20], np.full(20, iot[0]), C.START + 5 * C.DAY + np.arange(20), "HB")
    label(w, "iot_datacentre_card", iot)
    mine = w.new_lines(150, kind="iot", ids=np.repeat(w.keys(1, "QYB"), 150), id_type="business_license", customer="enterprise",
                       open_time=C.START - 300 * C.DAY, home=w.cells_in_regions(np.full(150, C.REGION_INDEX["LPS-SC"])),
                       tacs=C.TAC_IOT, prepaid=False, channel="QYT-ENT-LPS-IOT")
    n = 150 * D * 8
    mk.device(mine[rng.integers(0, 150, n)], C.START + rng.integers(0, D * C.DAY, n), "data_session",
              nbytes=lognorm_int(rng, n, 40_000, .5))
    label(w, "iot_mine_sensor", mine)
    # phone shops and village agents opening many cards in a day on different customers' IDs
    for kind, regions, nshop, per in (("phone_shop_activations", ("BJ-QXG", "TR-BJ", "QDN-KL", "ZY-HHG"), 4, 25),
                                      ("village_recharge_agent", ("BJ-WN", "TR-ST", "QDN-RJ"), 3, 12)):
        for si in range(nshop):
            r = regions[si % len(regions)]
            owners = pick(per, [SEG_ADULT, SEG_MIGRANT, SEG_ELDER, SEG_STUDENT], (r,))
            shop = pick(1, [SEG_ADULT], (r,))
            day = rng.integers(0, D - 3)
            ot = C.START + day * C.DAY + np.sort(rng.integers(9 * 3600, 19 * 3600, len(owners)))
            cell = w.cell_in(r, 1)[0]
            cards = w.new_lines(len(owners), kind="mobile", ids=L["id_key"][owners], open_time=ot, open_cell=cell,
                                channel=f"QYT-AGENT-{r}-{30 + si}", home=L["home"][owners], region=L["region"][owners],
                                imei=L["imei"][owners])
            mk.calls(cards, np.repeat(shop, len(cards)), ot + 300, True, rng.integers(5, 15, len(cards)), caller_cell=cell)
            outreach(w, kind + "_new_card", cards, P, per_day=1.5, days=range(day + 1, D), hours=HOURS_DAY, answer_p=.8,
                     repeat=.8, clients=6, do_label=False)
            label(w, kind, cards)
            label(w, kind, shop)
    # migrants home for the holiday buy a local card and ring everyone
    mig = pick(120, [SEG_MIGRANT], None)
    ot = np.maximum(L["away_end"][mig], C.START) + rng.integers(3600, 20 * 3600, len(mig))
    newc = w.new_lines(len(mig), kind="prepaid", ids=L["id_key"][mig], open_time=ot, open_cell=L["home"][mig],
                       channel="QYT-STORE-COUNTY", home=L["home"][mig], region=L["region"][mig], imei=L["imei"][mig])
    fam = np.concatenate([w.ties_b[np.isin(w.ties_a, mig)], w.ties_a[np.isin(w.ties_b, mig)]])
    outreach(w, "migrant_new_card", newc, np.concatenate([fam, P[rng.integers(0, len(P), 300)]]), per_day=9,
             days=range(4, 11), hours=HOURS_DAY, answer_p=.8, dur=(120, .8), repeat=.2, callback_p=.4)
    # students with new cards
    stu = pick(100, [SEG_STUDENT], None)
    L.set("open_time", stu, C.START - rng.integers(2, 30, len(stu)) * C.DAY)
    outreach(w, "student_new_card", stu, P[w.seg[np.searchsorted(w.res, P)] == SEG_STUDENT], per_day=6, hours=HOURS_DAY,
             answer_p=.75, repeat=.6, clients=15)
    # abroad on holiday, and working abroad (legitimately) in Laos and Cambodia
    ab = pick(60, [SEG_OFFICE, SEG_ADULT], None)
    L.set("trip_start", ab, C.START + rng.integers(5, 7, len(ab)) * C.DAY)
    L.set("trip_end", ab, C.START + rng.integers(9, 11, len(ab)) * C.DAY)
    L.set("trip_roam", ab, np.array([w.roam_code(c) for c in ("TH", "VN", "MY", "SG")])[rng.integers(0, 4, len(ab))])
    outreach(w, "holiday_abroad_roamer", ab, P, per_day=4, days=range(6, 10), hours=HOURS_DAY, answer_p=.8, repeat=.8, clients=8)
    wk = pick(18, [SEG_MIGRANT, SEG_ADULT], ("BJ-WN", "BJ-HZ", "TR-ST", "TR-YH", "BJ-NY"))
    L.set("away_end", wk, 0)
    L.set("trip_start", wk, C.START - 200 * C.DAY)
    L.set("trip_end", wk, C.START + 400 * C.DAY)
    L.set("trip_cell", wk, -1)
    L.set("trip_roam", wk, np.array([w.roam_code(c) for c in ("LA", "KH", "MM")])[rng.integers(0, 3, len(wk))])
    kin = P[np.isin(L["region"][P], L["region"][wk])]
    outreach(w, "overseas_worker_roaming", wk, kin, per_day=5, hours=HOURS_DAY, answer_p=.75, dur=(300, .7), repeat=.7,
             clients=10, media="voice")
    # the network team's drive-test handsets along the railways: auto-dialling a test number, SIMs swapped
    testers = w.new_lines(12, kind="mobile", ids=np.repeat(w.keys(1, "QYB"), 12), id_type="business_license",
                          customer="enterprise", open_time=C.START - 400 * C.DAY, prepaid=False, channel="QYT-ENT-NOC",
                          home=np.array(w.special["HSR-GY-RJ"] + w.special["HSR-GY-ZY"])[np.arange(12)])
    probe = w.new_lines(1, kind="fixed", ids=np.repeat(w.keys(1, "QYB"), 1), customer="enterprise", id_type="business_license",
                        open_time=C.START - 900 * C.DAY, home=w.cell_in("GA-XQ", 1), prepaid=False, channel="QYT-ENT-NOC")
    rigs = luhn(w.imeis(1, C.TAC_TEST)[0] // 10 + np.arange(4))
    n = 12 * D * 60
    li = rng.integers(0, 12, n)
    t = times(rng, n, [d for d in range(D) if C.is_workday(d)], HOURS_WORK)
    corridor = np.array(w.special["HSR-GY-RJ"] + w.special["HSR-GY-ZY"] + w.special["HWY-GY-AS"])
    mk.calls(testers[li], np.full(n, probe[0]), t, rng.random(n) < .97, np.full(n, 30), caller_imei=rigs[(li + (t // 86400)) % 4],
             caller_cell=corridor[rng.integers(0, len(corridor), n)])
    label(w, "network_drive_test", testers)
    w.truth.entities("imei", rigs, "lookalike:network_drive_test", "", "network_drive_test", C.START)
    label(w, "network_drive_test", probe)
    # phone-repair shops: one test handset sees many customers' SIM cards
    for r in ("GY-YY", "BJ-QXG", "ZY-HHG", "QDN-KL", "LPS-ZS"):
        owner = pick(1, [SEG_ADULT], (r,))
        rig = w.imeis(1, C.TACS_SMART)[0]
        cust = P[np.isin(L["region"][P], [C.REGION_INDEX[r]])]
        cust = cust[rng.integers(0, len(cust), 45)]
        t = C.START + rng.integers(0, D, 45) * C.DAY + rng.integers(10 * 3600, 19 * 3600, 45)
        cell = L["home"][owner][0] if L["work"][owner][0] < 0 else L["work"][owner][0]
        mk.device(cust, t, "attach", imei=rig, cell=cell)
        mk.calls(cust, owner.repeat(45), t + 60, True, rng.integers(3, 9, 45), caller_imei=rig, caller_cell=cell)
        mk.device(cust, t + 900, "attach", cell=cell)
        label(w, "phone_repair_shop", owner)
        w.truth.entity("imei", rig, "lookalike:phone_repair_shop", "", "phone_repair_shop", C.START)
    # platform accounts opened in bulk by a real e-commerce studio (new accounts on staff numbers)
    staff = pick(12, [SEG_ADULT, SEG_STUDENT], ("GY-BY", "GY-HX"))
    plat = np.array(["douyin", "kuaishou", "taobao", "xianyu", "pinduoduo"], object)
    own = np.repeat(staff, 5)
    platform_accounts(w, own, plat[np.tile(np.arange(5), len(staff))], C.START + rng.integers(0, D * C.DAY, len(own)))
    outreach(w, "ecommerce_studio_staff", staff, P, per_day=8, answer_p=.7, repeat=.4, inbound=6)
