"""Benign look-alikes: ordinary people, businesses, services and machines whose traffic resembles fraud.
Every one is in the truth as ``lookalike:<kind>`` (numbers, and where it is the lookalike part, the account,
domain, IP or app)."""

from __future__ import annotations

import numpy as np
from actors import (
    Group,
    accounts,
    book,
    browse,
    days_mask,
    dial,
    iaccounts,
    installs,
    pay_in,
    pay_out,
    payers,
    phones,
    receive,
    social,
    texts,
)
from acts import calls, pay, presence, truth, web
from core import (
    CRAB_OPENING,
    DAY,
    DAYS,
    FRESHMEN_DAYS,
    MID_AUTUMN,
    T0,
    TEACHERS_DAY,
    hexkeys,
    lognorm,
    pick,
    repeat_days,
    times,
)
from world import IOT_TACS, MVNO_PREFIX

SZ, NJ, XZ, NT, WX, YC, CZ, SQ, HA, LYG, YZ, TZ, ZJ = range(13)
STORE = ["https://appgallery.huawei.com/app/", "https://app.mi.com/details?id=", "https://sj.qq.com/appdetail/"]


def G(w, kind: str, n: int, **kw) -> Group:
    scale = max(1, round(n * w.n / 18000)) if n > 3 else n
    g = Group(w, scale, **kw)
    g.label(f"lookalike:{kind}")
    g.kind = kind
    return g


def run(w) -> None:
    rng = w.rng
    workdays = days_mask(weekdays_only=True)
    before_fest = days_mask(0, MID_AUTUMN)

    # ---- people whose work is calling strangers ------------------------------------------------------------
    g = G(w, "courier", 36, roam=True, age_days=(200, 2500))
    bk = book(w, g, 400, 0.3)
    dial(w, g, 22, bk=bk, p_answer=0.72, dur=(28, 0.6), profile="courier", callback=0.15, reject=0.15)
    texts(w, g, 10, ["【中通快递】您的快递已放至小区驿站，取件码6-2-3018，请及时领取。", "【韵达】快递员：您的包裹今天送达，家里有人吗？",
                     "【京东物流】您的订单正在派送中，快递员电话见短信。"], bk=bk, profile="courier")
    social(w, g)
    phones(w, g, loc=6, data=2)
    g = G(w, "food_delivery_rider", 30, roam=True, age_days=(60, 1500))
    dial(w, g, 14, size=500, p_answer=0.8, dur=(18, 0.5), profile="meals", callback=0.1, reject=0.1)
    social(w, g)
    phones(w, g, loc=8, data=4, profile="meals")
    g = G(w, "ride_hailing_driver", 24, roam=True)
    dial(w, g, 9, size=600, p_answer=0.75, dur=(25, 0.6), profile="evening", callback=0.2, reject=0.1)
    social(w, g)
    phones(w, g, loc=8, data=3)
    g = G(w, "real_estate_agent", 20, work_zones=[5], age_days=(100, 2000))
    bk = book(w, g, 350, 0.3, ages=[2, 3])
    dial(w, g, 28, bk=bk, p_answer=0.42, dur=(45, 0.9), profile="office", reject=0.45, callback=0.05)
    texts(w, g, 6, ["【贝壳找房】您关注的小区有新房源，三室两厅急售 https://m.ke.com/ershoufang 退订回T",
                    "您好，我是链家的小王，看您之前关注过学区房，最近有一套笋盘，方便聊聊吗？"], bk=bk, profile="office")
    social(w, g)
    phones(w, g)
    g = G(w, "insurance_agent", 16, work_zones=[1])
    bk = book(w, g, 250, 0.25, ages=[2, 3, 4])
    dial(w, g, 16, bk=bk, p_answer=0.55, dur=(120, 0.9), profile="office", reject=0.35, callback=0.1)
    social(w, g)
    phones(w, g)
    e, acc = accounts(w, g)
    pay_in(w, acc, 0.6, (2400, 0.7), profile="office", channel="mobile_app")  # premiums collected for the insurer
    g = G(w, "debt_collector", 24, cities=[SZ, NJ], ctype="enterprise", idt="business_license", one_id=True,
          channel="ENTERPRISE", work_zones=[1])
    dial(w, g, 38, size=70, offnet=0.35, p_answer=0.33, dur=(55, 0.8), profile="office", days=workdays, reject=0.5, callback=0.03)
    phones(w, g, loc=0.3, data=0.5)
    g = G(w, "ecommerce_customer_service", 12, cities=[SZ, WX], work_zones=[1])
    dial(w, g, 18, size=400, offnet=0.4, p_answer=0.6, dur=(100, 0.8), profile="office", callback=0.15)
    texts(w, g, 5, ["【XX旗舰店】亲，您的退货已收到，退款将在1-3个工作日原路退回，请勿相信其他退款电话。"], size=400)
    phones(w, g)
    g = G(w, "labour_agent", 16, cities=[SZ, WX, CZ], work_zones=[2, 5])
    bk = book(w, g, 400, 0.4, ages=[1, 2, 3])
    dial(w, g, 22, bk=bk, p_answer=0.5, dur=(70, 0.8), profile="day", callback=0.12, reject=0.35)
    texts(w, g, 12, ["昆山电子厂急招普工，时薪22元，包吃住，日结可预支，有意者回电。", "【劳务】苏州工业园区招操作工，五险一金，月入7000+，联系本人。"],
          bk=bk, offnet=0.4)
    social(w, g)
    phones(w, g)
    g = G(w, "community_grid_worker", 20, work_zones=[0])
    dial(w, g, 14, bk=book(w, g, 150, 0.1, ages=[4]), p_answer=0.75, dur=(90, 0.8), profile="office", days=workdays, callback=0.2)
    social(w, g)
    phones(w, g)
    g = G(w, "tour_guide", 10, cities=[SZ, NJ, WX, YZ], roam=True)
    dial(w, g, 10, size=250, offnet=0.6, p_answer=0.75, dur=(40, 0.7), callback=0.25)
    social(w, g)
    phones(w, g, loc=5)
    g = G(w, "long_haul_trucker", 20, cities=[XZ, LYG, SQ, HA], roam=True)
    social(w, g, k=10, rate=3)
    dial(w, g, 6, size=60, offnet=0.5, p_answer=0.7, dur=(50, 0.8), profile="night_shift")
    phones(w, g, loc=10, profile="night_shift")

    # ---- fixed lines and call centres -----------------------------------------------------------------------
    g = G(w, "telemarketing_consented", 28, line="fixed", cities=[SZ], ctype="enterprise", idt="business_license",
          one_id=True, channel="ENTERPRISE")
    dial(w, g, 55, size=900, offnet=0.45, p_answer=0.4, dur=(50, 0.8), profile="office", days=workdays, reject=0.5,
         gateway="GW-SZ-CC-07", kind="fixed", callback=0.02)
    g = G(w, "bank_call_centre", 20, line="fixed", cities=[NJ], ctype="enterprise", idt="business_license", one_id=True,
          channel="ENTERPRISE")
    dial(w, g, 45, size=1200, offnet=0.3, p_answer=0.55, dur=(140, 0.8), profile="office", gateway="GW-NJ-BANK-1", kind="fixed")
    receive(w, g, 30, dur=(200, 0.8))
    g = G(w, "cloud_call_centre_voip", 16, line="voip", cities=[WX], ctype="enterprise", idt="business_license",
          one_id=True, channel="ENTERPRISE", imei=False, prefixes=MVNO_PREFIX)
    dial(w, g, 40, size=800, offnet=0.4, p_answer=0.5, dur=(80, 0.8), profile="office", days=workdays, gateway="SIP-WX-SAAS-2",
         kind="voip")
    g = G(w, "privacy_number_pool", 30, line="voip", cities=[NJ, SZ], ctype="enterprise", idt="business_license",
          one_id=True, channel="ENTERPRISE", imei=False)
    dial(w, g, 30, size=1500, offnet=0.35, p_answer=0.78, dur=(22, 0.6), profile="meals", gateway="AXB-JS-01", kind="voip",
         callback=0.25)
    g = G(w, "police_station", 8, line="fixed", ctype="enterprise", idt="business_license", channel="GOV")
    dial(w, g, 9, size=200, offnet=0.1, p_answer=0.8, dur=(150, 0.8), profile="office", days=workdays, kind="fixed")
    receive(w, g, 8)
    g = G(w, "hospital_followup", 8, line="fixed", cities=[NJ, SZ, XZ], ctype="enterprise", idt="business_license")
    bk = book(w, g, 300, 0.2, ages=[3, 4])
    dial(w, g, 18, bk=bk, p_answer=0.7, dur=(80, 0.7), profile="office", days=workdays, kind="fixed")
    receive(w, g, 25)
    g = G(w, "hotel_front_desk", 8, line="fixed", cities=[SZ, NJ, WX, YZ], ctype="enterprise", idt="business_license")
    dial(w, g, 12, size=400, offnet=0.6, p_answer=0.8, dur=(40, 0.6), kind="fixed")
    receive(w, g, 15, offnet=0.6)
    g = G(w, "property_management", 10, line="fixed", ctype="enterprise", idt="business_license")
    dial(w, g, 14, size=250, offnet=0.2, p_answer=0.65, dur=(60, 0.7), profile="office", kind="fixed", days=workdays)
    g = G(w, "gov_hotline_callback", 6, line="fixed", cities=[NJ, SZ], ctype="enterprise", idt="business_license", area=None)
    dial(w, g, 30, size=1000, offnet=0.3, p_answer=0.7, dur=(110, 0.8), profile="office", kind="fixed", days=workdays)

    # ---- seasonal sellers, events, invitations --------------------------------------------------------------
    crab = days_mask(CRAB_OPENING - 5, DAYS)
    g = G(w, "hairy_crab_seller", 14, cities=[SZ], home_zones=[6])
    bk = book(w, g, 500, 0.5, cities=[SZ, NJ, WX, CZ, 0])
    dial(w, g, 20, bk=bk, days=crab, p_answer=0.55, dur=(60, 0.8), callback=0.2)
    texts(w, g, 25, ["【阳澄湖大闸蟹】今年首捕9月21日开湖！老客户预定8折，公母各4两，顺丰冷链包邮 https://yc-dazhaxie.cn/yd",
                     "阳澄湖蟹农老张：开湖了，今年蟹子肥，需要的回复数量。"], bk=bk, days=crab)
    e, acc = accounts(w, g)
    pay_in(w, acc, 12, (560, 0.5), days=crab, channel="third_party")
    social(w, g)
    phones(w, g)
    truth(w, "domain", ["yc-dazhaxie.cn"], "lookalike:hairy_crab_seller")
    g = G(w, "mooncake_seller", 12, cities=[SZ, NJ, YZ])
    texts(w, g, 20, ["【苏式月饼】鲜肉月饼现烤现发，中秋礼盒预定满300减50，回复1预订。", "稻香村中秋礼盒到货，企业团购可开票，详询本号。"],
          size=500, offnet=0.4, days=before_fest)
    dial(w, g, 10, size=300, days=before_fest, p_answer=0.6, dur=(50, 0.7), callback=0.2)
    e, acc = accounts(w, g)
    pay_in(w, acc, 10, (260, 0.7), days=before_fest)
    social(w, g)
    phones(w, g)
    g = G(w, "wedding_invitation", 12)
    d = rng.integers(0, DAYS, g.n)
    texts(w, g, 0, ["诚邀您参加我们的婚礼！时间：国庆节中午11:58，电子请柬 https://h5.xiqingjian.cn/i/8k2m 敬请光临",
                    "我们要结婚啦~ 请柬在这里 https://h5.xiqingjian.cn/i/7qz1 期待您的到来"], size=200, offnet=0.35,
          burst=(d, rng.integers(19, 22, g.n), rng.integers(90, 200, g.n)))
    social(w, g)
    phones(w, g)
    truth(w, "domain", ["h5.xiqingjian.cn"], "lookalike:wedding_invitation")
    g = G(w, "funeral_notice", 5)
    texts(w, g, 0, ["讣告：家父于昨日仙逝，定于后天上午在殡仪馆举行告别仪式，特此告知亲友。"], size=120, offnet=0.35,
          burst=(rng.integers(0, DAYS, g.n), rng.integers(7, 10, g.n), rng.integers(60, 120, g.n)))
    social(w, g)
    phones(w, g)
    g = G(w, "number_change_notice", 14, age_days=(0, 6))
    texts(w, g, 0, ["我换号了，这是我的新号码，原号码停用，请惠存。——老同学", "各位亲友：本人已更换手机号，请保存新号码，谢谢！"],
          size=150, offnet=0.35, burst=(rng.integers(0, 4, g.n), rng.integers(18, 22, g.n), rng.integers(60, 150, g.n)))
    social(w, g, rate=2)
    phones(w, g)
    g = G(w, "school_teacher", 18, work_zones=[0, 5])
    bk = book(w, g, 45, 0.3, ages=[2, 3])
    texts(w, g, 0, ["【班级通知】明天学校组织中秋活动，请家长为孩子准备月饼一块。", "各位家长：本周五下午家长会，请准时参加。"],
          bk=bk, burst=(rng.integers(0, DAYS, g.n), np.full(g.n, 17), np.full(g.n, 45)))
    dial(w, g, 4, bk=bk, days=workdays, p_answer=0.85, dur=(120, 0.8), profile="evening", callback=0.3)
    social(w, g)
    phones(w, g)
    g = G(w, "group_buy_leader", 16, home_zones=[0])
    bk = book(w, g, 180, 0.2, ages=[2, 3, 4])
    texts(w, g, 6, ["【美家优选】今日团购：阳山水蜜桃、五常大米，下单截止晚8点，明天下午到小区自提点。"], bk=bk)
    e, acc = accounts(w, g)
    pay_in(w, acc, 25, (35, 0.7))
    pay_out(w, acc, 1, (2500, 0.5), dst=w.merchant[:50])
    social(w, g)
    phones(w, g)
    g = G(w, "wechat_micro_business", 14)
    iaccounts(w, g, ["wechat", "douyin", "kuaishou", "xiaohongshu", "taobao", "pinduoduo", "weibo"], (5, 10))
    texts(w, g, 8, ["亲，新款到货，面膜买三送一，加我微信看图哦~", "中秋特惠，代购正品，朋友圈看详情"], size=300, offnet=0.4)
    e, acc = accounts(w, g, per=2)
    pay_in(w, acc, 10, (120, 0.8))
    social(w, g)
    phones(w, g, data=5)
    g = G(w, "livestream_seller", 8, cities=[SZ, XZ, SQ])
    iaccounts(w, g, ["douyin", "kuaishou", "taobao", "wechat", "xiaohongshu"], (4, 6))
    e, acc = accounts(w, g)
    pay_in(w, acc, 30, (90, 0.9), profile="evening")
    pay_out(w, acc, 2, (3000, 0.6), dst=w.merchant[50:120])
    social(w, g)
    phones(w, g, data=12, data_mb=40)
    g = G(w, "charity_drive", 3, line="fixed", cities=[NJ], ctype="enterprise", idt="business_license")
    e, acc = accounts(w, g)
    pay_in(w, acc, 60, [10, 20, 50, 100, 200, 500], days=days_mask(3, 12))
    truth(w, "account", acc, "lookalike:charity_drive")

    # ---- money: accounts with many counterparties ------------------------------------------------------------
    g = G(w, "landlord", 24, age_days=(1000, 6000))
    e, acc = accounts(w, g)
    tenants = rng.integers(6, 26, g.n)
    te = np.repeat(np.arange(g.n), tenants)
    p = payers(w, te.size, None)
    t = T0 + rng.choice([0, 5, MID_AUTUMN - 1, MID_AUTUMN + 5], te.size) * DAY + rng.integers(8 * 3600, 23 * 3600, te.size)
    pay(w, t, w.acct_id[w.main_acct[p]], acc[te], np.round(lognorm(rng, 2200, 0.3, te.size), -2), channel="mobile_app",
        msisdn=w.msisdn[p])
    social(w, g)
    phones(w, g)
    truth(w, "account", acc, "lookalike:landlord")
    g = G(w, "small_shop_owner", 30, work_zones=[5])
    e, acc = accounts(w, g)
    pay_in(w, acc, 40, (30, 0.8), profile="meals", cities=None)
    pay_out(w, acc, 1.5, (1800, 0.7), dst=w.merchant[: max(1, w.merchant.size // 4)])
    receive(w, g, 3)
    social(w, g)
    phones(w, g)
    truth(w, "account", acc, "lookalike:small_shop_owner")
    g = G(w, "wholesaler", 10, cities=[SZ, NT, WX, LYG], work_zones=[5, 2])
    e, acc = accounts(w, g, per=2)
    pay_in(w, acc, 6, (8000, 0.9), profile="office", channel="mobile_app")
    pay_out(w, acc, 4, (9000, 0.9), dst=w.merchant)
    dial(w, g, 12, size=120, offnet=0.5, p_answer=0.8, dur=(90, 0.8), callback=0.3)
    social(w, g)
    phones(w, g)
    truth(w, "account", acc, "lookalike:wholesaler")
    g = G(w, "payroll_agent", 4, cities=[SZ, WX], ctype="enterprise", idt="business_license", one_id=True)
    e, acc = accounts(w, g)
    workers = payers(w, 600, [SZ, WX])
    for k in range(g.n):
        ws = workers[k * 150:(k + 1) * 150]
        t = T0 + 9 * DAY + 10 * 3600 + np.sort(rng.integers(0, 1800, ws.size))  # the 14th, within half an hour
        pay(w, t, np.full(ws.size, acc[k], object), w.acct_id[w.main_acct[ws]], lognorm(rng, 5400, 0.2, ws.size), channel="counter")
    pay(w, T0 + 9 * DAY + 9 * 3600 + np.arange(g.n) * 60, pick(rng, list(w.employer_of_team[:20]), g.n), acc,
        np.full(g.n, 830000.0), channel="counter")
    phones(w, g)
    truth(w, "account", acc, "lookalike:payroll_agent")
    g = G(w, "own_account_shuffler", 16, age_days=(1500, 5000))
    e, acc = accounts(w, g, per=4, banks=["ICBC", "CMB", "Bank of Jiangsu", "CCB", "BOC"])
    acc = acc.reshape(g.n, 4)
    k = rng.integers(3, 9, g.n)
    s = np.repeat(np.arange(g.n), k)
    a, b = rng.integers(0, 4, s.size), rng.integers(0, 4, s.size)
    ok = a != b
    pay(w, times(rng, rng.integers(0, DAYS, ok.sum()), "evening"), acc[s[ok], a[ok]], acc[s[ok], b[ok]],
        np.round(lognorm(rng, 20000, 0.8, ok.sum()), -2), msisdn=g.msisdn[s[ok]])
    social(w, g)
    phones(w, g)
    truth(w, "account", acc.ravel(), "lookalike:own_account_shuffler")
    g = G(w, "elderly_wealth_buyer", 16, age_days=(3000, 6000))
    e, acc = accounts(w, g)
    wm = hexkeys(rng, 3, "wm")
    w.new_accounts(hexkeys(rng, 3, "bl"), np.full(3, -1), np.full(3, T0 - 3000 * DAY), "wm", ["ICBC", "Bank of Jiangsu", "PSBC"])
    pay(w, times(rng, rng.integers(0, DAYS, g.n), "elderly"), acc, pick(rng, list(wm), g.n),
        np.round(lognorm(rng, 150000, 0.6, g.n), -3), channel="counter", msisdn=g.msisdn)
    social(w, g, rate=2.5, video=0.2)
    phones(w, g, profile="elderly")
    g = G(w, "home_buyer", 8)
    e, acc = accounts(w, g)
    pay(w, times(rng, rng.integers(0, DAYS, g.n), "office"), acc, pick(rng, ["es_vanke_nj", "es_greenland_sz", "es_poly_wx"], g.n),
        np.round(lognorm(rng, 600000, 0.4, g.n), -4), channel="counter", msisdn=g.msisdn)
    social(w, g)
    phones(w, g)
    g = G(w, "tuition_payer", 40, age_days=(1500, 6000))
    e, acc = accounts(w, g)
    uni = ["univ_nju_tuition", "univ_seu_tuition", "univ_suda_tuition", "univ_cumt_tuition"]
    pay(w, times(rng, rng.integers(0, 7, g.n), "day"), acc, pick(rng, uni, g.n), pick(rng, [4800, 5200, 5800, 6500, 16000], g.n),
        msisdn=g.msisdn)
    social(w, g)
    phones(w, g)

    # ---- travellers, foreigners, calls across borders ------------------------------------------------------
    g = G(w, "traveller_roaming", 24)
    trip = days_mask(MID_AUTUMN - 3, MID_AUTUMN + 4)
    dest = pick(rng, ["JP", "TH", "KR", "SG", "MY"], g.n)
    social(w, g, days=days_mask(0, MID_AUTUMN - 3))
    home_book = rng.integers(0, w.n, (g.n, 8))
    dial(w, g, 3, bk=(home_book, w.msisdn[home_book]),
         days=trip, roaming=dest, p_answer=0.85, dur=(120, 0.8), media="voice")
    phones(w, g, days=days_mask(0, MID_AUTUMN - 3))
    phones(w, g, days=trip, roaming=dest)
    g = G(w, "overseas_relative_calls", 30)
    fr = np.array([81, 65, 971, 61, 44, 1, 49, 66], np.int64)
    cc = fr[rng.integers(0, fr.size, g.n)]
    foreign = cc * 10**9 + rng.integers(10**8, 10**9, g.n)
    e, d = repeat_days(rng.poisson(0.6 * np.ones((g.n, DAYS))))
    t = times(rng, d, "evening")
    calls(w, t, foreign[e], g.msisdn[e], callee_cell=g.where(e, t), p_answer=0.9, dur=(600, 0.8),
          media=np.where(rng.random(e.size) < 0.5, "video", "voice"))
    truth(w, "msisdn", foreign, "lookalike:overseas_relative_calls")
    social(w, g)
    phones(w, g, profile="elderly")
    g = G(w, "foreign_student", 14, cities=[NJ, SZ], idt="passport", work_zones=[3], age_days=(10, 400))
    home = np.array([82, 92, 66, 7, 234, 84], np.int64)[rng.integers(0, 6, g.n)] * 10**9 + rng.integers(10**8, 10**9, g.n)
    e, d = repeat_days(rng.poisson(0.8 * np.ones((g.n, DAYS))))
    calls(w, times(rng, d, "evening"), g.msisdn[e], home[e], caller_imei=g.imei[e], caller_imsi=g.imsi[e], caller_cell=g.home[e],
          p_answer=0.8, dur=(400, 0.9))
    social(w, g, rate=2)
    phones(w, g, data=4)
    g = G(w, "cross_border_trader", 10, cities=[LYG, NT], work_zones=[4])
    partners = np.array([82, 81, 7], np.int64)[rng.integers(0, 3, (g.n, 25))] * 10**9 + rng.integers(10**8, 10**9, (g.n, 25))
    dial(w, g, 8, bk=(np.full((g.n, 25), -1), partners), days=workdays, p_answer=0.7, dur=(180, 0.8), profile="office")
    social(w, g)
    phones(w, g)

    # ---- cards and handsets ----------------------------------------------------------------------------------
    g = G(w, "dual_sim_phone", 50)
    g2 = Group(w, g.n, city=g.city, id_keys=g.id_key, prepaid=True, age_days=(30, 2000))
    g2.imei = g.imei.copy()
    g2.home, g2.work = g.home, g.work
    g2.label("lookalike:dual_sim_phone")
    for x in (g, g2):
        social(w, x, rate=1.6)
        phones(w, x)
    dial(w, g2, 2, size=80, p_answer=0.7, dur=(60, 0.8), profile="office", callback=0.2)
    g = G(w, "family_many_cards", 18, prepaid=False)
    for _ in range(4):
        x = Group(w, g.n, city=g.city, id_keys=g.id_key, age_days=(30, 3000))
        x.home = x.work = g.home
        x.label("lookalike:family_many_cards")
        social(w, x, rate=1.2)
        phones(w, x)
    social(w, g)
    phones(w, g)
    truth(w, "id_key", g.id_key, "lookalike:family_many_cards")
    for c, city in enumerate([SZ, WX, NJ]):
        n = max(20, 70 * w.n // 18000)
        g = Group(w, n, city=city, ctype="enterprise", idt="business_license", one_id=True, channel=f"ENT-{c}",
                  opened=T0 - (200 + 40 * c) * DAY + rng.integers(0, 3600 * 5, n), work_zones=[1, 2])
        g.label("lookalike:enterprise_fleet")
        truth(w, "id_key", g.id_key[:1], "lookalike:enterprise_fleet")
        dial(w, g, 4, size=120, offnet=0.3, p_answer=0.7, dur=(70, 0.8), profile="office", days=workdays, callback=0.3)
        social(w, g, rate=0.8)
        phones(w, g)
    g = G(w, "freshman_new_card", 160, cities=[NJ, SZ, XZ], work_zones=[3], home_zones=[3], prepaid=True, channel="CAMPUS-DRIVE",
          opened=T0 + rng.choice(FRESHMEN_DAYS, max(1, round(160 * w.n / 18000))) * DAY + rng.integers(9 * 3600, 17 * 3600, max(1, round(160 * w.n / 18000))))
    start = ((g.opened - T0) // DAY).astype(int)
    act = np.arange(DAYS)[None, :] >= start[:, None]
    social(w, g, k=6, rate=2.2, act=act)
    bk = book(w, g, 40, 0.2, ages=[1])
    dial(w, g, 1.5 * act, bk=bk, p_answer=0.8, dur=(80, 0.9), profile="student", callback=0.4)
    presence(w, g.msisdn, g.imsi, g.imei, g.home, act, loc=1.5, data=3, profile="student")
    browse(w, g, 3, ["chsi.com.cn", "cnki.net", "bilibili.com", "douyin.com"], profile="student", act=act)
    iaccounts(w, g, ["wechat", "qq", "alipay", "douyin", "bilibili", "meituan"], (3, 6), t=g.opened)
    g = G(w, "dormant_then_normal", 30, age_days=(700, 4000))
    back = rng.integers(3, 12, g.n)
    act = np.arange(DAYS)[None, :] >= back[:, None]
    dial(w, g, 2.5 * act, size=30, offnet=0.2, p_answer=0.85, dur=(100, 0.9), callback=0.5, profile="evening")
    presence(w, g.msisdn, g.imsi, g.imei, g.home, act, loc=1.5, data=2)
    g = G(w, "second_hand_phone", 24)
    # the phone's previous owner's card used it until the sale, then this card
    prev = Group(w, g.n, city=g.city, age_days=(800, 3000), status="closed", status_time=T0 + 2 * DAY)
    prev.imei = g.imei.copy()
    prev.home = prev.work = g.home
    sale = rng.integers(3, 12, g.n)
    before = np.arange(DAYS)[None, :] < sale[:, None]
    presence(w, prev.msisdn, prev.imsi, prev.imei, prev.home, before & (np.arange(DAYS)[None, :] < 2), loc=1, data=1)
    own = Group(w, g.n, city=g.city, age_days=(400, 3000))
    own.home, own.work = g.home, g.work
    imei_day = np.where(before, own.imei[:, None], g.imei[:, None])
    presence(w, own.msisdn, own.imsi, own.imei, own.home, np.ones((g.n, DAYS), bool), imei_day=imei_day, loc=1.2, data=1.5)
    social(w, own, rate=1.8)
    own.label("lookalike:second_hand_phone")
    phones(w, g)
    social(w, g)
    truth(w, "imei", g.imei, "lookalike:second_hand_phone")
    g = G(w, "phone_repair_test_sim", 6, cities=[SZ, NJ, XZ, WX], work_zones=[5])
    k = 40
    test_imeis = w.alloc.imei(g.n * k).reshape(g.n, k)
    e, d = repeat_days(rng.poisson(np.full((g.n, DAYS), 5.0)))
    j = rng.integers(0, k, e.size)
    t = times(rng, d, "office")
    w.feed.add("device", time=t, msisdn=g.msisdn[e], imsi=g.imsi[e], imei=test_imeis[e, j], cell=g.work[e], event="attach")
    calls(w, t + 40, g.msisdn[e], 8610086, caller_imei=test_imeis[e, j], caller_imsi=g.imsi[e], caller_cell=g.work[e], p_answer=1.0,
          dur=(8, 0.3), kind="mobile")
    truth(w, "imei", test_imeis.ravel(), "lookalike:phone_repair_test_sim")
    g = G(w, "multi_device_user", 24)
    tablet = w.alloc.imei(g.n)
    imei_day = np.where(rng.random((g.n, DAYS)) < 0.3, tablet[:, None], g.imei[:, None])
    phones(w, g, imei_day=imei_day, data=4)
    social(w, g)
    truth(w, "imei", tablet, "lookalike:multi_device_user")

    # ---- machines ---------------------------------------------------------------------------------------------
    for kind, n, zones, data, mb, move in (("iot_smart_meter", 260, [0], 1.0, 0.01, False), ("iot_vehicle_tracker", 120, [4, 2], 6.0, 0.05, True),
                                           ("iot_pos_terminal", 90, [5], 4.0, 0.02, False), ("iot_shared_bike_lock", 120, [3, 5, 4], 3.0, 0.005, True)):
        g = G(w, kind, n, line="iot", ctype="enterprise", idt="business_license", one_id=True, channel="IOT-PLATFORM",
              tacs=IOT_TACS, home_zones=zones, roam=move, age_days=(30, 1500))
        phones(w, g, loc=2 if move else 0.1, data=data, profile="flat", data_mb=mb, power_cycle=0.05)
        if kind == "iot_smart_meter":
            texts(w, g, 0.2, ["MTR;V=220.4;E=1532.7;ST=OK"], bk=(np.full((g.n, 1), -1), np.full((g.n, 1), 861064812345678 // 10)),
                  profile="flat")
        truth(w, "id_key", g.id_key[:1], f"lookalike:{kind}")

    # ---- apps, web and platform accounts -------------------------------------------------------------------
    g = G(w, "remote_help_family", 36, age_days=(2000, 6000))
    idx, k, t0 = installs(w, g, ["com.oray.sunlogin.application", "youqu.android.todesk"], STORE, use_rate=0.3)
    # the grown-up child calls while helping
    kid = rng.integers(0, w.n, g.n)
    calls(w, t0 - 300, w.msisdn[kid], g.msisdn, caller_imei=w.imei[kid], caller_imsi=w.imsi[kid], caller_cell=w.where(kid, t0),
          callee_cell=g.home, p_answer=1.0, dur=(900, 0.5), media=np.where(rng.random(g.n) < 0.5, "video", "voice"))
    social(w, g, rate=2, video=0.2)
    phones(w, g, profile="elderly")
    g = G(w, "video_call_grandparents", 30, age_days=(2000, 6000), home_zones=[6, 0])
    kid = w.alloc.mobile(g.n, [130, 186, 189, 177])
    e, d = repeat_days(rng.poisson(np.full((g.n, DAYS), 0.8) * np.where(np.arange(DAYS) == MID_AUTUMN, 3, 1)))
    t = times(rng, d, "evening")
    calls(w, t, kid[e], g.msisdn[e], callee_cell=g.home[e], p_answer=0.9, dur=(420, 0.8), media="video")
    social(w, g, rate=1.5, video=0.3)
    phones(w, g, profile="elderly")
    g = G(w, "online_meeting_screen_share", 24, work_zones=[1, 3])
    installs(w, g, ["com.tencent.wemeet.app", "com.alibaba.android.rimet"], STORE, use_rate=1.2, days=workdays)
    social(w, g)
    phones(w, g)
    g = G(w, "enterprise_sideload_app", 20, cities=[SZ], work_zones=[2])
    installs(w, g, ["com.jsmetal.oa.mobile"], ["https://oa.js-jinshu.com.cn/download/oa-v3.2.apk"], use_rate=1.5, days=workdays)
    browse(w, g, 1.5, ["oa.js-jinshu.com.cn"], ips=["58.213.44.17"], days=workdays, profile="office")
    social(w, g)
    phones(w, g)
    truth(w, "domain", ["oa.js-jinshu.com.cn"], "lookalike:enterprise_sideload_app")
    truth(w, "app", ["com.jsmetal.oa.mobile"], "lookalike:enterprise_sideload_app")
    g = G(w, "mainstream_app_installer", 40, age_days=(10, 200))
    installs(w, g, ["com.tencent.mm", "com.eg.android.AlipayGphone", "com.ss.android.ugc.aweme", "com.xunmeng.pinduoduo",
                    "com.hicorenational.antifraud", "com.sankuai.meituan"], STORE, use_rate=2)
    social(w, g)
    phones(w, g)
    g = G(w, "new_small_business_site", 8, cities=[NJ, SZ, WX], work_zones=[5])
    dom = [f"{x}{y}.cn" for x, y in zip(pick(rng, ["xiaolong", "tangbao", "mianguan", "kafei", "huaguo", "chashi"], g.n),
                                       pick(rng, ["xia", "ju", "fang", "wu", "ge"], g.n), strict=True)]
    visitors = payers(w, 400, [NJ, SZ, WX])
    dd = rng.integers(0, len(dom), 1800)
    v = visitors[rng.integers(0, visitors.size, 1800)]
    from core import S
    web(w, times(rng, rng.integers(5, DAYS, 1800), "meals"), w.msisdn[v], S(dom, dd), ip=S([f"121.43.{i}.{i + 7}" for i in range(len(dom))], dd),
        path=S(["/", "/menu", "/order"], rng.integers(0, 3, 1800)))
    social(w, g)
    phones(w, g)
    truth(w, "domain", sorted(set(dom)), "lookalike:new_small_business_site")
    g = G(w, "ip_literal_iot_console", 6, cities=[WX, CZ], work_zones=[2])
    browse(w, g, 6, ["223.112.9.40", "58.240.11.201"], ips=["223.112.9.40", "58.240.11.201"], paths=["/scada/login", "/api/status"],
           days=workdays, profile="office")
    social(w, g)
    phones(w, g)
    truth(w, "ip", ["223.112.9.40", "58.240.11.201"], "lookalike:ip_literal_iot_console")
    g = G(w, "gamer_many_accounts", 16, age_days=(100, 2000))
    iaccounts(w, g, ["netease_games", "mihoyo", "tencent_games", "bilibili", "qq", "steam_cn"], (6, 14))
    social(w, g)
    phones(w, g, data=8, data_mb=30, profile="student")
    g = G(w, "shop_platform_onboarding", 10, work_zones=[5])
    iaccounts(w, g, ["meituan", "ele", "dianping", "douyin", "wechat", "alipay", "pinduoduo"], (5, 8))
    social(w, g)
    phones(w, g)
    g = G(w, "night_shift_factory", 30, cities=[SZ, WX, CZ], work_zones=[2])
    social(w, g, rate=0.4)
    dial(w, g, 2.5, size=20, offnet=0.3, p_answer=0.8, dur=(120, 1.0), profile="night_shift", callback=0.4)
    phones(w, g, profile="night_shift")
    n = max(1, round(16 * w.n / 18000))
    g = G(w, "sim_for_elderly_set_up_by_child", 16, opened=T0 + (MID_AUTUMN - 1) * DAY + rng.integers(10 * 3600, 17 * 3600, n))
    # a child opens a card for a parent under the child's document, on the day before Mid-Autumn
    social(w, g, rate=2, video=0.3, days=days_mask(MID_AUTUMN - 1, DAYS))
    phones(w, g, days=days_mask(MID_AUTUMN - 1, DAYS), profile="elderly")
    g = G(w, "teachers_day_flowers", 6, cities=[NJ], work_zones=[5])
    texts(w, g, 0, ["教师节鲜花预定，康乃馨花束68元起，同城配送，回复订购。"], size=300, offnet=0.35,
          burst=(np.full(g.n, TEACHERS_DAY - 1), np.full(g.n, 10), np.full(g.n, 120)))
    e, acc = accounts(w, g)
    pay_in(w, acc, 15, (88, 0.4), days=days_mask(TEACHERS_DAY - 1, TEACHERS_DAY + 1))
    phones(w, g)
    social(w, g)
    g = G(w, "legit_lender_reminder", 8, line="fixed", cities=[SZ], ctype="enterprise", idt="business_license", one_id=True)
    dial(w, g, 30, size=500, offnet=0.3, p_answer=0.5, dur=(60, 0.6), profile="office", kind="fixed", gateway="GW-SZ-FIN-3")
    texts(w, g, 10, ["【XX消费金融】您本期账单将于3日后到期，请按时还款，官方客服95xxx，谨防诈骗。"], size=500)
    _anti_fraud_callers(w)


def _anti_fraud_callers(w) -> None:
    """96110 (the police anti-fraud centre's warning line) and 12381 are wired up by gangs.py once victims
    exist; here the fixed lines are only registered."""
    w.antifraud = np.array([8696110], np.int64)
