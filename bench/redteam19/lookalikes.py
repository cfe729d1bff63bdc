"""Benign look-alikes: ordinary Shaanxi people and businesses whose records resemble fraud at a glance.

Each function plants one kind (``lookalike:<kind>`` in the truth); ``plant_lookalikes`` runs them all.
Groups: Golden Week tourism; delivery and transport; sales and service calling; campus; workers,
handsets and SIMs; money collected from many or paid to many; family, remote help and abroad; bulk
texts; new web sites and side-loaded apps; new and reactivated cards.
"""

from __future__ import annotations

import numpy as np
from kit import END, Kit, Phone
from lookgen import Look
from texts import STORES
from world import DAY, DAYS, GW_FIRST, GW_LAST, MID_AUTUMN, T0, WORKDAY

GW = range(GW_FIRST, GW_LAST + 1)
ALL = range(0, DAYS)
AFTER = range(GW_LAST + 1, DAYS)


def _rngi(L: Look, a: int, b: int) -> int:
    return int(L.kit.rng.integers(a, b + 1))


# --- Golden Week tourism -----------------------------------------------------------------------------
def tour_guide(L: Look) -> None:
    for k in range(5):
        ph = L.work_phone("xa_beilin" if k % 2 else "xa_yanta", years=3)
        L.role("tour_guide", "msisdn", ph.msisdn)
        w = L.kit.w
        route = {d: w.cell_in(["xa_bmy", "wn_huayin", "xa_qujiang", "xy_liquan", "ya_baota"][(d + k) % 5]) for d in ALL}
        for grp in range(3):
            pool = L.pool(12, 25)
            days = range(GW_FIRST - 1 + grp * 3, GW_FIRST + 2 + grp * 3)
            L.busy_caller(ph, days, (18, 40), pool, hours=(6.5, 21), ans_p=0.82, short=0.8, new_share=0.5,
                          callback=0.4, sms_per_day=10, sms_text="明早7:30钟楼饭店门口集合,带好身份证,华山段注意保暖",
                          cells=route, incoming=8)


def travel_agency_desk(L: Look) -> None:
    for k in range(3):
        ph = L.work_phone(["xa_beilin", "xa_lianhu", "bj_weibin"][k], line="fixed", cust="enterprise",
                          id_type="business_license", years=6)
        L.role("travel_agency_desk", "msisdn", ph.msisdn)
        pool = L.pool(40, 120)
        L.busy_caller(ph, range(0, 10), (12, 30), pool, hours=(9, 18), ans_p=0.75, new_share=0.5, callback=0.3,
                      incoming=20)
        L.busy_caller(ph, AFTER, (4, 12), pool, hours=(9, 18), ans_p=0.75, incoming=6)


def hotel_front_desk(L: Look) -> None:
    for k, place in enumerate(["wn_huayin", "xa_lintong", "xa_qujiang", "ya_baota", "xy_liquan"]):
        ph = L.work_phone(place, line="fixed" if k % 2 else "mobile", cust="enterprise", id_type="business_license")
        L.role("hotel_front_desk", "msisdn", ph.msisdn)
        pool = L.pool(30, 110)
        # confirmations, overbooking apologies and rebookings: exactly what the refund scam imitates
        L.busy_caller(ph, range(GW_FIRST - 2, GW_LAST + 1), (10, 28), pool, hours=(8, 23), ans_p=0.7, short=0.5,
                      new_share=0.7, callback=0.35, incoming=14,
                      sms_per_day=6 if k % 2 == 0 else 0, sms_text="【华山客栈】您预订的10月房间已确认,退订请提前一天致电前台。")


def huashan_rescue(L: Look) -> None:
    for _k in range(2):
        ph = L.work_phone("wn_huayin", years=5)
        L.role("huashan_rescue", "msisdn", ph.msisdn)
        pool = L.pool(30, 90)
        L.busy_caller(ph, GW, (6, 16), pool, hours=(0, 24), ans_p=0.9, short=0.3, long_med=240, new_share=0.9,
                      callback=0.2, incoming=18)


def ota_customer_service(L: Look) -> None:
    """The travel platform's real service line ringing tourists about real cancellations, then refunds."""
    kit, pop, rng = L.kit, L.kit.pop, L.kit.rng
    ph = Phone("869501" + str(int(rng.integers(10, 99))), ours=False, line="fixed")
    L.role("ota_customer_service", "msisdn", ph.msisdn)
    pool = L.pool(120, 150)
    L.busy_caller(ph, range(GW_FIRST, DAYS - 3), (20, 45), pool, hours=(9, 21), ans_p=0.65, short=0.4, new_share=0.95,
                  long_med=150, callback=0.1)
    for p in pool[:40]:
        if p.card is not None and rng.random() < 0.5:
            t = kit.at(GW_FIRST + int(rng.integers(0, 9)), 9, 22)
            kit.pay(t, pop.platform_accounts[4], p.account, float(rng.integers(8, 120)) * 10, "third_party")


def scenic_weather_refund(L: Look) -> None:
    """Huashan closed on a rainy day: the official sender texts ticket holders a refund link to its own site."""
    kit, pop, rng = L.kit, L.kit.pop, L.kit.rng
    ph = Phone("8610690" + str(int(rng.integers(100000, 999999))), ours=False, line="fixed")
    L.role("scenic_weather_refund", "msisdn", ph.msisdn)
    L.role("scenic_weather_refund", "domain", "ticket.huashan.com.cn")
    pool = L.pool(250, 300)
    d = GW_FIRST + 4
    L.texter(ph, [d], (500, 550), pool, "【华山景区】因降雨及大风,西峰索道及部分线路今日关闭,已购门票将原路退回,详情 ticket.huashan.com.cn/tk", (6.5, 8.5))
    for p in pool[:200]:
        if p.card is not None:
            if rng.random() < 0.3:
                kit.web(kit.at(d, 7, 22), p, "ticket.huashan.com.cn", "61.185.220.17", "/tk")
            kit.pay(kit.at(d + 1, 9, 20), pop.platform_accounts[5], p.account, float(rng.integers(6, 30)) * 10, "third_party")


def bnb_host(L: Look) -> None:
    kit, rng = L.kit, L.kit.rng
    for _k, place in enumerate(["xy_liquan", "wn_huayin", "sl_zhashui", "bj_meixian"]):
        ph = L.work_phone(place, years=2)
        acc = kit.w.account_id()
        kit.bank(acc, ph.id_key, "陕西农信", T0 - 400 * DAY, ph.msisdn)
        ph.account = acc
        L.role("bnb_host", "msisdn", ph.msisdn)
        L.role("bnb_host", "account", acc)
        pool = L.pool(25, 60)
        L.busy_caller(ph, range(0, GW_LAST + 1), (5, 15), pool, hours=(8, 22), ans_p=0.85, incoming=8,
                      sms_per_day=3, sms_text="您好,已收到定金,入住当天下午两点后可办理,村口停车场免费")
        L.collect(acc, range(0, GW_LAST - 1), [p for p in pool if p.card is not None], lambda: rng.integers(2, 8) * 100,
                  per_day=2, ext_payers=20)


def carpool_driver(L: Look) -> None:
    _kit, rng = L.kit, L.kit.rng
    for ph in L.people(6, segs=["driver", "migrant", "office"]):
        L.role("carpool_driver", "msisdn", ph.msisdn)
        pool = L.pool(10, 40)
        days = [GW_FIRST - 1, GW_FIRST, GW_LAST - 1, GW_LAST]
        L.busy_caller(ph, days, (8, 20), pool, hours=(6, 22), ans_p=0.85, new_share=0.8, callback=0.4)
        L.collect(ph.account, days, [p for p in pool if p.card is not None], lambda: rng.integers(6, 15) * 10,
                  per_day=4, ext_payers=10)


def scenic_souvenir_vendor(L: Look) -> None:
    kit, rng = L.kit, L.kit.rng
    for k in range(4):
        ph = L.work_phone(["xa_bmy", "xa_qujiang", "wn_huayin", "xy_liquan"][k], years=1)
        acc = kit.w.account_id()
        kit.bank(acc, ph.id_key, "西安银行", T0 - int(rng.uniform(10, 40)) * DAY, ph.msisdn)
        L.role("scenic_souvenir_vendor", "account", acc)
        L.role("scenic_souvenir_vendor", "msisdn", ph.msisdn)
        payers = [kit.person(int(i)) for i in rng.choice(kit.pop.candidates(), 60, replace=False)]
        L.collect(acc, GW, payers, lambda: round(float(rng.uniform(15, 260)), 1), per_day=20, ext_payers=120,
                  hours=(9, 18.5), forward=kit.w.account_id(), fwd_share=0.98)


# --- delivery and transport -----------------------------------------------------------------------------
def express_courier(L: Look) -> None:
    for ph in L.people(10, segs=["driver", "service", "migrant"]):
        L.role("express_courier", "msisdn", ph.msisdn)
        pool = L.pool(200, 400, places=[L.kit.pop.place_keys[L.kit.pop.home_place[ph.card]]])
        L.busy_caller(ph, ALL, (30, 80), pool, hours=(8, 20), ans_p=0.75, short=0.95, new_share=0.85, callback=0.35,
                      sms_per_day=15, sms_text="快递到了,放门口驿站了,取件码发你了")


def food_rider(L: Look) -> None:
    for ph in L.people(8, segs=["service", "migrant", "student"]):
        L.role("food_rider", "msisdn", ph.msisdn)
        pool = L.pool(150, 350)
        L.busy_caller(ph, ALL, (20, 55), pool, hours=(10.5, 21.5), ans_p=0.7, short=0.98, new_share=0.95, callback=0.3)


def ride_hailing_driver(L: Look) -> None:
    """Drivers ring passengers through the platform's privacy relay numbers."""
    kit = L.kit
    relays = [kit.ext("virtual") for _ in range(6)]
    for r in relays:
        L.role("privacy_relay_number", "msisdn", r.msisdn)
    for ph in L.people(6, segs=["driver"]):
        L.role("ride_hailing_driver", "msisdn", ph.msisdn)
        L.busy_caller(ph, ALL, (10, 30), relays, hours=(6, 23.5), ans_p=0.85, short=0.95, new_share=1.0, callback=0.5)
    pool = L.pool(400, 300)
    for r in relays:
        L.busy_caller(r, ALL, (15, 40), pool, hours=(6, 23.5), ans_p=0.8, short=0.95, new_share=0.95)


def taxi_dispatcher(L: Look) -> None:
    for k in range(2):
        ph = L.work_phone(["xa_lianhu", "yl_yuyang"][k], line="fixed", cust="enterprise", id_type="business_license")
        L.role("taxi_dispatcher", "msisdn", ph.msisdn)
        L.busy_caller(ph, ALL, (40, 90), L.pool(150, 200, segs=["driver"]) + L.pool(50, 200), hours=(0, 24),
                      ans_p=0.85, short=0.9, new_share=0.4, incoming=40)


def courier_station_sms(L: Look) -> None:
    """Village and campus parcel stations text pickup codes from the keeper's own mobile."""
    kit, rng = L.kit, L.kit.rng
    for _k, place in enumerate(["xa_unitown", "ak_ziyang", "yl_hengshan", "xa_weiyang", "hz_hantai"]):
        ph = L.work_phone(place, years=2)
        L.role("courier_station_sms", "msisdn", ph.msisdn)
        pool = L.pool(300, 60, places=[place]) if kit.pop.candidates(places=[place]).size > 50 else L.pool(200, 60)
        L.texter(ph, ALL, (40, 140), pool, lambda: f"【驿站】您的包裹已到,取件码{int(rng.integers(1, 9))}-{int(rng.integers(1, 6))}-{int(rng.integers(1000, 9999))},营业到21点", (8, 19))
        L.busy_caller(ph, ALL, (3, 10), pool, ans_p=0.7, short=0.95)


# --- sales and service calling ------------------------------------------------------------------------
def real_estate_agent(L: Look) -> None:
    for ph in L.people(8, segs=["service", "office"], places=["xa_yanta", "xa_gaoxin", "xa_weiyang", "xa_changan", "xy_qindu"]):
        L.role("real_estate_agent", "msisdn", ph.msisdn)
        L.busy_caller(ph, ALL, (40, 110), L.pool(500, 1200), hours=(9, 20), ans_p=0.35, short=0.75, new_share=0.9,
                      callback=0.04, sms_per_day=20, sms_text="国庆特惠｜曲江新盘首付15万起,额外送车位,看房专车接送,回T退订")


def bank_telemarketer(L: Look) -> None:
    lic = L.kit.w.id_key()
    for _k in range(6):
        ph = L.work_phone("xa_gaoxin", cust="enterprise", id_type="business_license", id_key=lic, years=1, life=False)
        ph.cell = L.kit.w.cell_in("xa_gaoxin", 11)
        L.role("bank_telemarketer", "msisdn", ph.msisdn)
        L.busy_caller(ph, ALL, (70, 140), L.pool(600, 1500), hours=(9, 18), ans_p=0.33, short=0.85, new_share=0.97,
                      workdays=True, callback=0.02)


def broadband_call_floor(L: Look) -> None:
    """An operator's contracted sales floor: many enterprise SIMs in one building calling all day."""
    lic = L.kit.w.id_key()
    cell = L.kit.w.cell_in("xa_weiyang", 9)
    for k in range(12):
        ph = L.work_phone("xa_weiyang", cust="enterprise", id_type="business_license", id_key=lic, years=0.5, life=False,
                          channel="QC-ENT-WY-002")
        ph.cell = cell
        L.role("broadband_call_floor", "msisdn", ph.msisdn)
        L.busy_caller(ph, ALL, (60, 120), L.pool(500, 900), hours=(9, 20.5), ans_p=0.4,
                      short=0.8, new_share=0.98, workdays=k % 3 != 0, callback=0.01)


def cloud_pbx_voip(L: Look) -> None:
    """A logistics firm's cloud switchboard: VoIP lines ringing drivers and customers all day."""
    lic = L.kit.w.id_key()
    for _ in range(4):
        ph = L.work_phone("xa_weiyang", line="voip", cust="enterprise", id_type="business_license", id_key=lic, life=False,
                          channel="QC-ENT-WY-019")
        L.role("cloud_pbx_voip", "msisdn", ph.msisdn)
        L.busy_caller(ph, ALL, (30, 70), L.pool(150, 400), hours=(8, 20), ans_p=0.7, short=0.8, new_share=0.6,
                      incoming=10, gateway="QC-IMS-WY-1")


def insurance_agent(L: Look) -> None:
    for ph in L.people(6, segs=["office", "service", "civil"]):
        L.role("insurance_agent", "msisdn", ph.msisdn)
        L.busy_caller(ph, ALL, (20, 50), L.pool(150, 300), hours=(9, 21), ans_p=0.55, short=0.5, new_share=0.6,
                      long_med=300, sms_per_day=5, sms_text="【平安保险】国庆出行意外险限时赠送,点击 pingan.com 领取")


def debt_collector(L: Look) -> None:
    lic = L.kit.w.id_key()
    for _k in range(5):
        ph = L.work_phone("xa_xincheng", cust="enterprise", id_type="business_license", id_key=lic, life=False)
        L.role("debt_collector", "msisdn", ph.msisdn)
        pool = L.pool(120, 180)
        L.busy_caller(ph, ALL, (50, 110), pool, hours=(8.5, 20.5), ans_p=0.22, short=0.7, new_share=0.2, callback=0.03,
                      sms_per_day=10, sms_text="您在平台的借款已逾期,请今日内还款,以免影响个人征信。")


def hr_recruiter(L: Look) -> None:
    for ph in L.people(4, segs=["office"]):
        L.role("hr_recruiter", "msisdn", ph.msisdn)
        L.busy_caller(ph, AFTER, (25, 60), L.pool(150, 250, segs=["student", "migrant", "service"]), hours=(9.5, 18),
                      ans_p=0.6, short=0.4, long_med=240, new_share=0.9, workdays=True,
                      sms_per_day=8, sms_text="您好,您投递的岗位已通过初筛,请于明天上午10点来高新区锦业路面试。")


def education_sales(L: Look) -> None:
    for ph in L.people(5, segs=["office", "service"]):
        L.role("education_sales", "msisdn", ph.msisdn)
        L.busy_caller(ph, ALL, (40, 90), L.pool(200, 600, segs=["civil", "office", "service"]), hours=(9.5, 20.5),
                      ans_p=0.4, short=0.6, new_share=0.9, callback=0.03)


def driving_school_coach(L: Look) -> None:
    for ph in L.people(4, segs=["driver", "service"]):
        L.role("driving_school_coach", "msisdn", ph.msisdn)
        L.busy_caller(ph, ALL, (10, 25), L.pool(40, 40, segs=["student", "service"]), hours=(6.5, 20), ans_p=0.85,
                      new_share=0.15, sms_per_day=6, sms_text="明早六点半科目二,驾校门口集合,别迟到")


def community_grid_worker(L: Look) -> None:
    for ph in L.people(5, segs=["civil"]):
        L.role("community_grid_worker", "msisdn", ph.msisdn)
        place = L.kit.pop.place_keys[L.kit.pop.home_place[ph.card]]
        L.busy_caller(ph, ALL, (15, 40), L.pool(150, 40, places=[place]), hours=(8.5, 18), ans_p=0.75, new_share=0.7,
                      long_med=150, workdays=True)


def village_cadre(L: Look) -> None:
    """Village officials ringing everyone about pension certification and the harvest subsidy."""
    for place in ["ak_ziyang", "ak_hanyin", "yl_hengshan", "yl_suide", "ya_luochuan", "hz_chenggu"]:
        got = L.people(1, segs=["farmer", "civil"], places=[place])
        for ph in got:
            L.role("village_cadre", "msisdn", ph.msisdn)
            L.busy_caller(ph, ALL, (10, 35), L.pool(120, 30, places=[place]), hours=(7, 21), ans_p=0.8, new_share=0.6,
                          long_med=90, sms_per_day=8, sms_text="各位村民:养老金资格认证本周五截止,请带身份证到村委会办理。")


def survey_interviewer(L: Look) -> None:
    lic = L.kit.w.id_key()
    for _k in range(4):
        ph = L.work_phone("xa_beilin", line="fixed", cust="enterprise", id_type="business_license", id_key=lic)
        L.role("survey_interviewer", "msisdn", ph.msisdn)
        L.busy_caller(ph, AFTER, (50, 90), L.pool(400, 500), hours=(9, 20.5), ans_p=0.45, short=0.55, long_med=420,
                      new_share=0.99, callback=0.02)


def wedding_planner(L: Look) -> None:
    for ph in L.people(3, segs=["merchant", "service"]):
        L.role("wedding_planner", "msisdn", ph.msisdn)
        L.busy_caller(ph, range(0, GW_LAST + 1), (20, 45), L.pool(60, 120), hours=(7, 22.5), ans_p=0.85, new_share=0.5,
                      incoming=12, sms_per_day=10, sms_text="明天婚礼流程:10:18接亲,11:58开席,请各位准时到岗")


def banquet_restaurant(L: Look) -> None:
    for _k, place in enumerate(["xa_lianhu", "bj_weibin", "yl_yuyang", "hz_hantai"]):
        ph = L.work_phone(place, line="fixed", cust="enterprise", id_type="business_license")
        L.role("banquet_restaurant", "msisdn", ph.msisdn)
        L.busy_caller(ph, range(0, MID_AUTUMN + 1), (20, 45), L.pool(80, 150), hours=(9.5, 21), ans_p=0.75, new_share=0.9,
                      incoming=25)


def bridal_photo_sales(L: Look) -> None:
    for ph in L.people(3, segs=["service"]):
        L.role("bridal_photo_sales", "msisdn", ph.msisdn)
        L.busy_caller(ph, ALL, (50, 100), L.pool(300, 800), hours=(10, 20.5), ans_p=0.3, short=0.85, new_share=0.97)


def legit_broker_service(L: Look) -> None:
    """A Xi'an securities firm's service line and SMS after the market reopens; clients move money in."""
    kit, rng = L.kit, L.kit.rng
    ph = Phone("8629876" + str(int(rng.integers(10000, 99999))), ours=False, line="fixed")
    sender = Phone("8695582", ours=False, line="fixed")
    L.role("legit_broker_service", "msisdn", ph.msisdn)
    L.role("legit_broker_service", "msisdn", sender.msisdn)
    pool = L.pool(300, 200, segs=["office", "civil", "merchant", "elderly"])
    L.busy_caller(ph, AFTER, (25, 60), pool, hours=(9, 17), ans_p=0.6, long_med=200, new_share=0.7, workdays=True)
    L.texter(sender, [GW_LAST + 2, GW_LAST + 3], (200, 300), pool,
             "【西部证券】节后首个交易日,请注意市场风险。官方APP请在应用商店下载,谨防假冒荐股群。", (8, 9))
    depo = kit.w.account_id()
    L.role("legit_broker_service", "account", depo)
    for p in pool[:120]:
        if p.card is not None and rng.random() < 0.35:
            kit.store_install(kit.at(GW_LAST + 2, 8, 22), p, "com.xbzq.app")
            for d in range(GW_LAST + 2, DAYS):
                if WORKDAY[d] and rng.random() < 0.4:
                    kit.app(kit.at(d, 9.3, 15), p, "com.xbzq.app", "use")
            kit.pay(kit.at(GW_LAST + 2 + int(rng.integers(0, 4)), 9, 15), p.account, depo,
                    float(rng.integers(5, 200)) * 1000, "third_party", p)


def legit_loan_officer(L: Look) -> None:
    kit, rng = L.kit, L.kit.rng
    lender = kit.w.account_id()
    L.role("legit_loan_officer", "account", lender)
    for place in ["yl_shenmu", "ak_hanbin", "ya_luochuan", "xa_zhouzhi"]:
        for ph in L.people(1, segs=["civil", "office"], places=[place]) or L.people(1, segs=["civil"]):
            L.role("legit_loan_officer", "msisdn", ph.msisdn)
            pool = L.pool(100, 60, segs=["farmer", "merchant", "coal"])
            L.busy_caller(ph, ALL, (12, 35), pool, hours=(8.5, 18), ans_p=0.7, long_med=200, new_share=0.6,
                          sms_per_day=10, sms_text="【陕西农信】惠农贷秋季额度已下达,年利率4.35%,请本人携身份证到信用社网点办理,不收任何费用。")
            for p in pool[:30]:
                if p.card is not None and rng.random() < 0.3:
                    kit.pay(kit.at(int(rng.integers(5, DAYS)), 9, 17), lender, p.account, float(rng.integers(2, 20)) * 5000,
                            "counter")


# --- campus -----------------------------------------------------------------------------------------
def freshman_class_rep(L: Look) -> None:
    kit = L.kit
    m = kit.pop.freshman
    for ph in L.people(8, segs=["student"], mask=m):
        L.role("freshman_class_rep", "msisdn", ph.msisdn)
        pool = L.pool(45, 15, segs=["student"], mask=m)
        L.busy_caller(ph, ALL, (8, 30), pool, hours=(8, 23.5), ans_p=0.8, new_share=0.5, callback=0.3,
                      sms_per_day=12, sms_text="同学你好,我是班长,明早八点思政课,教室改到明德楼B201")


def student_union_recruiter(L: Look) -> None:
    for ph in L.people(6, segs=["student"]):
        L.role("student_union_recruiter", "msisdn", ph.msisdn)
        L.busy_caller(ph, AFTER, (20, 50), L.pool(200, 30, segs=["student"]), hours=(11, 22.5), ans_p=0.7, short=0.7,
                      new_share=0.95, sms_per_day=30, sms_text="学生会纳新面试通知:周三晚七点,学活二楼,带简历")


def campus_sim_promoter(L: Look) -> None:
    """The operator's campus booth agent: opened hundreds of cards for freshmen in September, texts them."""
    kit = L.kit
    for _k in range(3):
        ph = L.work_phone("xa_unitown", years=1)
        L.role("campus_sim_promoter", "msisdn", ph.msisdn)
        pool = L.pool(300, 0, segs=["student"], mask=kit.pop.freshman)
        L.texter(ph, ALL, (20, 70), pool, "同学你好,校园卡流量包本月已生效,有问题随时找我,宿舍楼下营业点")
        L.busy_caller(ph, ALL, (10, 25), pool, hours=(9, 21), ans_p=0.6, short=0.8, new_share=0.9)


def class_fund_monitor(L: Look) -> None:
    kit, rng = L.kit, L.kit.rng
    for ph in L.people(5, segs=["student"]):
        L.role("class_fund_monitor", "account", ph.account)
        payers = [kit.person(int(i)) for i in rng.choice(kit.pop.candidates(segs=["student"]), 40, replace=False)]
        d = GW_LAST + 1 + int(rng.integers(0, 4))
        L.collect(ph.account, [d, d + 1], payers, lambda: 150, per_day=25, forward=kit.w.account_id(), fwd_share=1.0)


# --- workers, handsets and SIMs ---------------------------------------------------------------------
def coal_dorm_shared_handset(L: Look) -> None:
    """Miners sharing one old handset in the dorm: several SIMs take turns in it, calls at night."""
    kit, rng = L.kit, L.kit.rng
    for place in ["yl_shenmu", "yl_fugu", "xy_binzhou"]:
        imei = kit.w.imei("feature")
        L.role("coal_dorm_shared_handset", "imei", imei)
        cell = kit.w.cell_in(place, 0)
        sims = [L.work_phone(place, years=3, life=False) for _ in range(4)]
        for s in sims:
            L.role("coal_dorm_shared_handset", "msisdn", s.msisdn)
            s.imei, s.cell = imei, cell
        fam = [kit.random_ext_contact() for _ in range(12)]
        for d in ALL:
            for j, s in enumerate(sims):
                if (d + j) % 4 != 0 and rng.random() < 0.6:
                    continue
                t0 = kit.at(d, 0, 24)
                kit.dev(t0, s, "power_on")
                for _ in range(int(rng.integers(1, 5))):
                    kit.call(t0 + int(rng.integers(60, 5000)), s, fam[(j * 3 + int(rng.integers(3)))],
                             int(rng.integers(60, 1500)))
                kit.dev(t0 + 5400, s, "power_off")


def migrant_sim_swapper(L: Look) -> None:
    """Back home for the holiday: buys a cheap local card, puts the old one in a spare phone."""
    kit, _rng = L.kit, L.kit.rng
    pop = kit.pop
    for ph in L.people(6, segs=["migrant"], mask=pop.a0 < DAYS):
        L.role("migrant_sim_swapper", "msisdn", ph.msisdn)
        home = int(pop.acell[ph.card])
        new = kit.new_card(ph.id_key, T0 + int(pop.a0[ph.card]) * DAY + 7 * 3600, f"QC-AGT-{kit.w.cells[home].place.upper()[:6]}",
                           home, prepaid=True)
        new.imei = kit.w.imei("feature")
        L.role("migrant_sim_swapper", "msisdn", new.msisdn)
        fam = [kit.random_ext_contact() for _ in range(6)] + [ph]
        kit.daily_life(new, int(pop.a0[ph.card]), int(pop.a1[ph.card]) + 1, fam, calls=6, data=0.5)
        for d in range(int(pop.a0[ph.card]), min(int(pop.a1[ph.card]) + 1, DAYS)):
            kit.dev(kit.at(d, 8, 20), new, "location_update")


def dual_sim_business(L: Look) -> None:
    kit = L.kit
    for ph in L.people(6, segs=["merchant"]):
        sec = kit.new_card(ph.id_key, T0 - 200 * DAY, "QC-STORE-XA002", kit.pop.home[ph.card], prepaid=False)
        sec.imei = kit.w.imei_pair(ph.imei)
        sec.cell = int(kit.pop.home[ph.card])
        L.role("dual_sim_business", "msisdn", sec.msisdn)
        L.busy_caller(sec, ALL, (25, 60), L.pool(120, 300), hours=(8, 21), ans_p=0.65, short=0.6, new_share=0.6,
                      incoming=10)


def phone_repair_shop(L: Look) -> None:
    """Technicians test customers' SIMs in the shop's test phones: many SIMs through a few handsets."""
    kit, rng = L.kit, L.kit.rng
    for place in ["xa_xincheng", "xy_qindu", "bj_jintai"]:
        tests = [kit.w.imei("xiaomi"), kit.w.imei("huawei")]
        for im in tests:
            L.role("phone_repair_shop", "imei", im)
        cell = kit.w.cell_in(place, 1)
        cust = kit.pop.candidates(places=[place])
        pick = rng.choice(cust, size=min(35, len(cust)), replace=False) if len(cust) else []
        for i in pick:
            p = kit.person(int(i))
            p.card, p.imei, p.cell = None, tests[int(rng.integers(2))], cell
            t = kit.at(int(rng.integers(0, DAYS)), 10, 19)
            kit.dev(t, p, "power_on")
            kit.call(t + 120, p, Phone("8610086", ours=False, line="fixed"), int(rng.integers(10, 40)))
            kit.dev(t + 300, p, "data_session", int(rng.integers(10000, 200000)))
            kit.dev(t + 900, p, "power_off")


def iot_vending_fleet(L: Look) -> None:
    kit, rng = L.kit, L.kit.rng
    lic = kit.w.id_key()
    L.role("iot_vending_fleet", "id_key", lic)
    for k in range(30):
        place = ["xa_beilin", "xa_yanta", "xa_unitown", "xy_airport", "xa_weiyang"][k % 5]
        ph = L.work_phone(place, line="iot", cust="enterprise", id_type="business_license", id_key=lic, years=2, life=False,
                          channel="QC-IOT-001")
        ph.imei = kit.w.imei(fake=True)
        ph.cell = kit.w.cell_in(place)
        L.role("iot_vending_fleet", "msisdn", ph.msisdn)
        for d in ALL:
            for _ in range(int(rng.integers(6, 14))):
                kit.dev(kit.at(d, 0, 24), ph, "data_session", int(rng.integers(200, 8000)))
            if rng.random() < 0.3:
                kit.sms(kit.at(d, 2, 4), ph, Phone("8610640001234", ours=False, line="fixed"), "HB OK")


def shared_bike_iot(L: Look) -> None:
    kit, rng = L.kit, L.kit.rng
    lic = kit.w.id_key()
    cells = [kit.w.cell_in(p) for p in ("xa_beilin", "xa_yanta", "xa_lianhu", "xa_xincheng", "xa_qujiang", "xa_gaoxin")]
    for _k in range(20):
        ph = L.work_phone("xa_beilin", line="iot", cust="enterprise", id_type="business_license", id_key=lic, years=1,
                          life=False, channel="QC-IOT-007")
        ph.imei = kit.w.imei(fake=True)
        L.role("shared_bike_iot", "msisdn", ph.msisdn)
        for d in ALL:
            for _ in range(int(rng.integers(3, 9))):
                ph.cell = cells[int(rng.integers(len(cells)))]
                t = kit.at(d, 6, 23)
                kit.dev(t, ph, "location_update")
                kit.dev(t + 30, ph, "data_session", int(rng.integers(300, 3000)))


def enterprise_group_cards(L: Look) -> None:
    kit = L.kit
    lic = kit.w.id_key()
    L.role("enterprise_group_cards", "id_key", lic)
    for _k in range(10):
        ph = L.work_phone("xa_gaoxin", cust="enterprise", id_type="business_license", id_key=lic, years=0.2,
                          channel="QC-ENT-GX-011")
        L.role("enterprise_group_cards", "msisdn", ph.msisdn)
        L.busy_caller(ph, ALL, (10, 35), L.pool(60, 200), hours=(9, 19), ans_p=0.7, new_share=0.5, workdays=True)


def security_alarm_sims(L: Look) -> None:
    kit, rng = L.kit, L.kit.rng
    center = Phone("8629" + str(int(rng.integers(80000000, 89999999))), ours=False, line="fixed")
    for k in range(12):
        ph = L.work_phone(["xa_lianhu", "xa_yanta", "bj_weibin", "wn_linwei"][k % 4], line="iot", cust="enterprise",
                          id_type="business_license", years=3, life=False, channel="QC-IOT-004")
        ph.imei = kit.w.imei(fake=True)
        L.role("security_alarm_sims", "msisdn", ph.msisdn)
        for d in ALL:
            kit.sms(kit.at(d, 3, 3.2), ph, center, "HB")
            if rng.random() < 0.05:
                kit.call(kit.at(d, 0, 24), ph, center, int(rng.integers(20, 60)))


def kids_smartwatch(L: Look) -> None:
    kit, rng = L.kit, L.kit.rng
    for parent in L.people(8, segs=["office", "civil", "service"]):
        w = kit.new_card(parent.id_key, T0 - int(rng.uniform(30, 400)) * DAY, "QC-STORE-XA005", int(kit.pop.home[parent.card]))
        w.imei = kit.w.imei(fake=True)
        w.cell = int(kit.pop.home[parent.card])
        L.role("kids_smartwatch", "msisdn", w.msisdn)
        gp = kit.random_ext_contact()
        for d in ALL:
            for _ in range(int(rng.integers(1, 5))):
                kit.call(kit.at(d, 7, 20.5), w, parent if rng.random() < 0.7 else gp, int(rng.integers(10, 120)))
            for _ in range(int(rng.integers(4, 10))):
                kit.dev(kit.at(d, 7, 21), w, "data_session", int(rng.integers(500, 20000)))


def family_multi_card(L: Look) -> None:
    """A mother holding five cards in her name: her own, the elderly parents', the children's."""
    kit, rng = L.kit, L.kit.rng
    for holder in L.people(5, segs=["office", "civil", "merchant"]):
        L.role("family_multi_card", "id_key", holder.id_key)
        for j in range(4):
            c = kit.new_card(holder.id_key, T0 - int(rng.uniform(20, 2000)) * DAY, "QC-STORE-XA009", int(kit.pop.home[holder.card]))
            c.imei = kit.w.imei("feature" if j < 2 else None)
            c.cell = int(kit.pop.home[holder.card])
            L.role("family_multi_card", "msisdn", c.msisdn)
            kit.daily_life(c, 0, DAYS, [holder] + [kit.random_ext_contact() for _ in range(3)], calls=1.5, data=1 if j < 2 else 4)


def phone_upgrade(L: Look) -> None:
    """New handset in the holiday sales: the same card shows up in a new IMEI, the old phone goes to grandma."""
    kit, rng = L.kit, L.kit.rng
    pop = kit.pop
    for ph in L.people(6, segs=["office", "student", "service"]):
        L.role("phone_upgrade", "msisdn", ph.msisdn)
        new = kit.w.imei("apple")
        L.role("phone_upgrade", "imei", new)
        d = GW_FIRST + int(rng.integers(0, 6))
        pop.new_imei_day[ph.card], pop.new_imei[ph.card] = d, new
        for _ in range(12):
            kit.store_install(kit.at(d, 14, 23), ph, ["com.tencent.mm", "com.eg.android.AlipayGphone", "com.icbc",
                                                         "com.ss.android.ugc.aweme", "com.taobao.taobao"][int(rng.integers(5))])


# --- money from many, money to many -----------------------------------------------------------------
def wedding_gift_pool(L: Look) -> None:
    kit, rng = L.kit, L.kit.rng
    for k, couple in enumerate(L.people(6, segs=["office", "service", "civil", "migrant"])):
        L.role("wedding_gift_pool", "account", couple.account)
        d = GW_FIRST + k % 6
        guests = L.pool(50, 0) + []
        L.collect(couple.account, [d - 1, d], [g for g in guests if g.card is not None],
                  lambda: [200, 500, 600, 800, 1000, 1314, 2000, 666, 888][int(rng.integers(9))], per_day=40, ext_payers=60)
        rest = kit.w.account_id()
        kit.pay(kit.at(d + 1, 10, 12), couple.account, rest, float(rng.integers(30, 80)) * 1000, "mobile_app", couple)


def wedding_host_collector(L: Look) -> None:
    kit, rng = L.kit, L.kit.rng
    for k, mc in enumerate(L.people(3, segs=["service", "merchant"])):
        L.role("wedding_host_collector", "account", mc.account)
        L.role("wedding_host_collector", "msisdn", mc.msisdn)
        for j in range(3):
            d = GW_FIRST + j * 2 + k % 2
            total = L.collect(mc.account, [d], L.pool(30, 0), lambda: rng.integers(2, 11) * 100, per_day=30, ext_payers=30,
                              hours=(10.5, 13.5))
            kit.pay(kit.at(d, 15, 18), mc.account, kit.w.account_id(), round(total, 2), "mobile_app", mc)


def group_buy_leader(L: Look) -> None:
    kit, rng = L.kit, L.kit.rng
    for ph in L.people(5, segs=["merchant", "elderly", "service"]):
        L.role("group_buy_leader", "account", ph.account)
        place = kit.pop.place_keys[kit.pop.home_place[ph.card]]
        L.collect(ph.account, ALL, L.pool(60, 0, places=[place]), lambda: round(float(rng.uniform(9.9, 89)), 1), per_day=6,
                  forward=kit.w.account_id(), fwd_share=0.9)


def xianyu_seller(L: Look) -> None:
    _kit, rng = L.kit, L.kit.rng
    for ph in L.people(6, segs=["student", "office", "service"]):
        L.role("xianyu_seller", "account", ph.account)
        L.collect(ph.account, ALL, L.pool(10, 0), lambda: round(float(rng.uniform(20, 900)), 0), per_day=3, ext_payers=40,
                  channel="third_party")
        L.busy_caller(ph, ALL, (1, 5), L.pool(0, 40), ans_p=0.7, short=0.8, new_share=1.0)


def temple_donation(L: Look) -> None:
    kit, rng = L.kit, L.kit.rng
    for _place in ["bj_famen", "xa_yanta", "hz_hantai"]:
        acc = kit.w.account_id()
        kit.bank(acc, kit.w.id_key(), "中国银行", T0 - 2000 * DAY, None)
        L.role("temple_donation", "account", acc)
        L.collect(acc, ALL, L.pool(80, 0), lambda: [10, 20, 50, 66, 88, 100, 200][int(rng.integers(7))], per_day=12,
                  ext_payers=120)


def church_offering(L: Look) -> None:
    kit, rng = L.kit, L.kit.rng
    acc = kit.w.account_id()
    kit.bank(acc, kit.w.id_key(), "工商银行", T0 - 3000 * DAY, None)
    L.role("church_offering", "account", acc)
    sundays = [d for d in ALL if (d + 3) % 7 == 0]
    L.collect(acc, sundays, L.pool(50, 0, segs=["elderly", "farmer"]), lambda: rng.integers(1, 20) * 10, per_day=20,
              hours=(9, 12))


def busy_qr_shop(L: Look) -> None:
    kit, rng = L.kit, L.kit.rng
    for ph in L.people(6, segs=["merchant"], places=["xa_beilin", "xa_lianhu", "xa_qujiang", "xa_unitown", "xa_yanta"]):
        acc = kit.pop.shop_account.get(ph.card) or ph.account
        L.role("busy_qr_shop", "account", acc)
        payers = [kit.person(int(i)) for i in rng.choice(kit.pop.candidates(), 80, replace=False)]
        L.collect(acc, ALL, payers, lambda: round(float(rng.uniform(8, 45)), 1), per_day=15, ext_payers=150,
                  hours=(6.5, 22), forward=ph.account, fwd_share=0.97)


def apple_farmer_seller(L: Look) -> None:
    """Luochuan apples ripen in October: buyers from everywhere ring, pay, and get boxes by courier."""
    _kit, rng = L.kit, L.kit.rng
    for ph in L.people(5, segs=["farmer"], places=["ya_luochuan"]) + L.people(3, segs=["farmer"], places=["xa_zhouzhi"]):
        L.role("orchard_seller", "msisdn", ph.msisdn)
        L.role("orchard_seller", "account", ph.account)
        buyers = L.pool(15, 80)
        L.busy_caller(ph, ALL, (8, 25), buyers, hours=(7, 21.5), ans_p=0.8, new_share=0.8, incoming=8, sms_per_day=4,
                      sms_text="洛川苹果80#一箱十斤已发顺丰,单号稍后发你,坏果包赔")
        L.collect(ph.account, ALL, [b for b in buyers if b.card is not None], lambda: rng.integers(6, 30) * 10,
                  per_day=5, ext_payers=60)


def apple_buyer_agent(L: Look) -> None:
    """A fruit dealer paying dozens of growers in one afternoon (money to many)."""
    kit, rng = L.kit, L.kit.rng
    for ph in L.people(2, segs=["merchant"], places=["ya_luochuan", "ya_baota"]):
        L.role("apple_buyer_agent", "account", ph.account)
        growers = L.pool(30, 0, segs=["farmer"])
        for d in range(2, DAYS, 3):
            for g in growers[:12]:
                kit.pay(kit.at(d, 14, 18), ph.account, g.account, float(rng.integers(20, 150)) * 100, "mobile_app", ph)
            rng.shuffle(growers)
        kit.pay(kit.at(1, 9, 11), kit.w.account_id(), ph.account, 500000.0, "counter")


def labour_contractor_payroll(L: Look) -> None:
    kit, rng = L.kit, L.kit.rng
    for ph in L.people(3, segs=["merchant", "migrant"]):
        L.role("labour_contractor_payroll", "account", ph.account)
        crew = L.pool(25, 0, segs=["migrant", "service", "farmer"])
        kit.pay(kit.at(GW_LAST + 2, 9, 11), kit.w.account_id(), ph.account, 180000.0, "counter")
        for c in crew:
            kit.pay(kit.at(GW_LAST + 2, 11, 16), ph.account, c.account, float(rng.integers(30, 90)) * 100, "mobile_app", ph)


def crowdfunding_patient(L: Look) -> None:
    kit, rng = L.kit, L.kit.rng
    for ph in L.people(3, segs=["farmer", "service", "migrant"]):
        L.role("crowdfunding_patient", "msisdn", ph.msisdn)
        pool = L.pool(40, 80)
        L.texter(ph, [4, 5], (40, 60), pool, "家人们,我爸住院急需手术费,求转发帮帮忙 https://www.shuidichou.com/raise/x9", (9, 22))
        for p in pool:
            if p.card is not None and rng.random() < 0.6:
                kit.web(kit.at(int(rng.integers(4, 9)), 9, 23), p, "www.shuidichou.com", "106.75.145.33", "/raise/x9")
        kit.pay(kit.at(9, 10, 16), kit.pop.platform_accounts[0], ph.account, 38000.0, "third_party")


def tuition_agent(L: Look) -> None:
    """An agency paying Western universities' fees for local families (large sums in, sent abroad)."""
    kit, rng = L.kit, L.kit.rng
    acc = kit.w.account_id()
    lic = kit.w.id_key()
    kit.bank(acc, lic, "中国银行", T0 - 1500 * DAY, None)
    L.role("tuition_agent", "account", acc)
    L.collect(acc, range(GW_LAST + 1, DAYS), L.pool(14, 0, segs=["office", "civil", "merchant"]),
              lambda: rng.integers(8, 30) * 10000, per_day=3, hours=(9, 16), forward=kit.w.account_id(), fwd_share=0.995,
              channel="counter")


def ticket_proxy_friend(L: Look) -> None:
    kit, _rng = L.kit, L.kit.rng
    for ph in L.people(4, segs=["student", "office"]):
        L.role("ticket_proxy_friend", "account", ph.account)
        L.collect(ph.account, [GW_FIRST - 2], L.pool(15, 0), lambda: 160, per_day=15)
        kit.pay(kit.at(GW_FIRST - 2, 21, 23), ph.account, kit.pop.platform_accounts[5], 160 * 15, "third_party", ph)


def aa_trip_organizer(L: Look) -> None:
    _kit, rng = L.kit, L.kit.rng
    for ph in L.people(4, segs=["office", "student", "civil"]):
        L.role("aa_trip_organizer", "account", ph.account)
        L.collect(ph.account, [GW_FIRST - 3, GW_FIRST - 2], L.pool(18, 4), lambda: rng.integers(4, 12) * 100, per_day=12)


# --- family, remote help, abroad --------------------------------------------------------------------
def relative_abroad_video(L: Look) -> None:
    """Children studying or working abroad video-call their parents, who then send money."""
    kit, rng = L.kit, L.kit.rng
    for k, parent in enumerate(L.people(8, segs=["civil", "office", "merchant", "elderly"], mask=kit.pop.age >= 45)):
        child = kit.foreign(["US", "GB", "AU", "JP", "CA", "DE", "SG", "KR"][k])
        L.role("relative_abroad_video", "msisdn", child.msisdn)
        L.role("relative_abroad_video", "msisdn", parent.msisdn)
        for d in range(0, DAYS, int(rng.integers(2, 4))):
            kit.call(kit.at(d, 7, 9) if k % 2 else kit.at(d, 20, 23), child, parent, int(rng.integers(300, 2400)),
                     media="video" if rng.random() < 0.6 else "voice", gateway="INTL-GW-BJ-01")
        d = GW_LAST + int(rng.integers(0, 6))
        t = kit.at(d, 20, 22.5)
        kit.call(t, child, parent, int(rng.integers(120, 600)), media="video", gateway="INTL-GW-BJ-01")
        kit.pay(t + int(rng.integers(900, 3000)), parent.account, kit.w.account_id(), float(rng.integers(2, 8)) * 10000,
                "mobile_app", parent)


def nephew_new_number(L: Look) -> None:
    """A nephew rings from his new number and asks to borrow money for a deposit (and pays it back)."""
    kit, rng = L.kit, L.kit.rng
    for k, uncle in enumerate(L.people(5, segs=["merchant", "civil", "office"])):
        nph = kit.ext()
        L.role("nephew_new_number", "msisdn", nph.msisdn)
        acct = kit.w.account_id()
        L.role("nephew_new_number", "account", acct)
        d = 4 + int(rng.integers(0, 10))
        t = kit.at(d, 10, 21)
        kit.sms(t - 600, nph, uncle, "叔,我换号了,这是我新号,存一下")
        kit.call(t, nph, uncle, int(rng.integers(200, 600)), media="video" if k % 2 else "voice")
        kit.pay(t + int(rng.integers(600, 3600)), uncle.account, acct, float(rng.integers(1, 5)) * 10000, "mobile_app", uncle)
        kit.pay(min(t + int(rng.uniform(2, 4) * DAY), END - 100), acct, uncle.account, float(rng.integers(1, 5)) * 10000)


def elderly_long_calls(L: Look) -> None:
    kit, rng = L.kit, L.kit.rng
    for e in L.people(10, segs=["elderly"]):
        L.role("elderly_long_calls", "msisdn", e.msisdn)
        kid = kit.ext() if rng.random() < 0.6 else kit.foreign("AE")
        for d in ALL:
            if rng.random() < 0.7:
                kit.call(kit.at(d, 19, 22), kid, e, int(rng.integers(1200, 4200)))


def remote_it_support(L: Look) -> None:
    kit, rng = L.kit, L.kit.rng
    for _k in range(3):
        it = L.work_phone("xa_gaoxin", years=3)
        L.role("remote_it_support", "msisdn", it.msisdn)
        staff = L.pool(20, 0, segs=["office"])
        for s in staff:
            d = int(rng.integers(0, DAYS))
            while not WORKDAY[d]:
                d = int(rng.integers(0, DAYS))
            t = kit.at(d, 9.5, 17)
            kit.call(t, it, s, int(rng.integers(600, 2400)))
            kit.web(t + 120, s, "sunlogin.oray.com", "114.55.72.18", "/download/")
            kit.store_install(t + 200, s, "com.oray.sunlogin")
            kit.app(t + 300, s, "com.oray.sunlogin", "use")


def family_remote_help(L: Look) -> None:
    """A son helps his mother over a screen share to set up mobile banking, then sends her money."""
    kit, rng = L.kit, L.kit.rng
    for mom in L.people(6, segs=["elderly"], mask=~np.array([m is not None and m[:8] in ("35209500", "86105800") for m in kit.pop.imei])):
        son = kit.random_ext_contact()
        L.role("family_remote_help", "msisdn", mom.msisdn)
        d = int(rng.integers(GW_FIRST, DAYS))
        t = kit.at(d, 19, 21.5)
        kit.call(t, son, mom, int(rng.integers(900, 2400)), media="video")
        kit.store_install(t + 300, mom, "com.tencent.wemeet")
        kit.app(t + 400, mom, "com.tencent.wemeet", "use")
        kit.store_install(t + 900, mom, "com.icbc")
        kit.pay(t + 1800, kit.w.account_id(), mom.account, 2000.0, "mobile_app")
        kit.pay(t + 2400, mom.account, kit.pop.shop_account[next(iter(sorted(kit.pop.shop_account)))], 1.0, "mobile_app", mom)


def roaming_businessman(L: Look) -> None:
    """Shaanxi traders and engineers in Cambodia, Malaysia, Kazakhstan ringing home and clients."""
    kit, rng = L.kit, L.kit.rng
    pop = kit.pop
    for k, ph in enumerate(L.people(8, segs=["merchant", "office"])):
        cc = ["KH", "KH", "MY", "KZ", "TH", "VN", "AE", "PH"][k]
        L.role("roaming_businessman", "msisdn", ph.msisdn)
        p2 = Phone(ph.msisdn, ph.imsi, ph.imei, None, None, True, "mobile", cc, ph.account, ph.id_key)
        d0 = int(rng.integers(0, 8))
        pop.off_a0[ph.card], pop.off_a1[ph.card] = d0, d0 + 8  # not in the province
        kit.dev(kit.at(d0, 8, 12), p2, "attach")
        contacts = L.pool(10, 30)
        for d in range(d0, min(d0 + 8, DAYS)):
            for _ in range(int(rng.integers(5, 25))):
                c = contacts[int(rng.integers(len(contacts)))]
                kit.call(kit.at(d, 8, 22), p2, c, int(rng.integers(30, 900)) if rng.random() < 0.8 else 0)
            for _ in range(3):
                kit.dev(kit.at(d, 8, 23), p2, "data_session")


def foreign_student(L: Look) -> None:
    kit, rng = L.kit, L.kit.rng
    for k in range(6):
        cc = ["PK", "KZ", "TH", "VN", "KR", "MY"][k]
        ph = kit.new_card(kit.w.id_key(), T0 - int(rng.uniform(20, 400)) * DAY, "QC-CAMPUS-02", kit.w.cell_in("xa_unitown"),
                          id_type="passport", region="陕西西安")
        ph.imei = kit.w.imei()
        L.role("foreign_student", "msisdn", ph.msisdn)
        home = [kit.foreign(cc) for _ in range(3)]
        kit.daily_life(ph, 0, DAYS, L.pool(8, 4, segs=["student"]), calls=2, data=6)
        for d in ALL:
            if rng.random() < 0.5:
                kit.call(kit.at(d, 20, 24), ph, home[int(rng.integers(3))], int(rng.integers(120, 1800)))
            if rng.random() < 0.4:
                kit.call(kit.at(d, 12, 23), home[int(rng.integers(3))], ph, int(rng.integers(120, 1800)), gateway="INTL-GW-BJ-01")


def returned_overseas_worker(L: Look) -> None:
    """Labour-export workers home from the Gulf and Africa: many incoming international calls from workmates."""
    kit, rng = L.kit, L.kit.rng
    for ph in L.people(5, segs=["migrant", "farmer"]):
        L.role("returned_overseas_worker", "msisdn", ph.msisdn)
        mates = [kit.foreign(["AE", "AE", "MY", "LA"][j % 4]) for j in range(6)]
        for d in ALL:
            for _ in range(int(rng.integers(0, 4))):
                kit.call(kit.at(d, 10, 23), mates[int(rng.integers(6))], ph, int(rng.integers(60, 1500)), gateway="INTL-GW-BJ-01")


# --- bulk texts ----------------------------------------------------------------------------------------
def school_notice_teacher(L: Look) -> None:
    for ph in L.people(6, segs=["civil"]):
        L.role("school_notice_teacher", "msisdn", ph.msisdn)
        parents = L.pool(45, 10, segs=["office", "service", "civil", "merchant", "farmer"])
        days = [d for d in ALL if WORKDAY[d]]
        L.texter(ph, days, (40, 55), parents, "各位家长:国庆假期注意孩子安全,防溺水防诈骗,8日正常上课,请督促完成作业。", (17, 19), burst=True)


def hospital_notice_sms(L: Look) -> None:
    for _k in range(2):
        ph = Phone("8610657" + str(int(L.kit.rng.integers(10**6, 10**7))), ours=False, line="fixed")
        L.role("hospital_notice_sms", "msisdn", ph.msisdn)
        L.texter(ph, ALL, (40, 90), L.pool(400, 0), "【西京医院】您预约的门诊将于明日就诊,请携带身份证提前30分钟取号。退号请登录官方公众号。", (8, 18))


def property_notice_sms(L: Look) -> None:
    for ph in L.people(4, segs=["service"]):
        L.role("property_notice_sms", "msisdn", ph.msisdn)
        place = L.kit.pop.place_keys[L.kit.pop.home_place[ph.card]]
        L.texter(ph, [2, 9, 13], (80, 150), L.pool(200, 0, places=[place]),
                 "【物业通知】10月10日9:00-17:00小区停水检修,请提前储水。缴费请认准物业前台,不接受私人转账。", (9, 11), burst=True)


def bank_marketing_sms(L: Look) -> None:
    for num, text in [("8695599", "【农业银行】国庆消费季,信用卡分期手续费5折,详询官方APP或网点,回TD退订"),
                      ("8695533", "【建设银行】您有一张电子消费券待领取,请登录建行手机银行领取,切勿点击陌生链接。")]:
        ph = Phone(num, ours=False, line="fixed")
        L.role("bank_marketing_sms", "msisdn", num)
        L.texter(ph, range(0, DAYS, 3), (300, 500), L.pool(900, 0), text, (9, 12))


def ecommerce_promo_sms(L: Look) -> None:
    rng = L.kit.rng
    ph = Phone("8610691" + str(int(rng.integers(10**5, 10**6))), ours=False, line="fixed")
    L.role("ecommerce_promo_sms", "msisdn", ph.msisdn)
    L.texter(ph, [GW_FIRST, GW_FIRST + 3, GW_LAST + 3], (600, 900), L.pool(2000, 0),
             lambda: f"【天猫】国庆狂欢最后一天,满300减50,戳 s.tb.cn/{rng.integers(10**6, 10**7)} 回TD退订", (10, 22))


def antifraud_center_calls(L: Look) -> None:
    """The city anti-fraud centre's warning line ringing people (short, many strangers, an official 96110)."""
    ph = Phone("8696110", ours=False, line="fixed")
    L.role("antifraud_center_calls", "msisdn", ph.msisdn)
    L.busy_caller(ph, ALL, (20, 60), L.pool(500, 300), hours=(9, 21), ans_p=0.55, short=0.3, long_med=150, new_share=0.98)


# --- web sites and apps -----------------------------------------------------------------------------
def new_bnb_website(L: Look) -> None:
    kit, rng = L.kit, L.kit.rng
    for name in ["yuanjiacun-minsu.cn", "huashan-kezhan.com", "qinling-nongjiale.cn"]:
        L.role("new_bnb_website", "domain", name)
        owner = L.work_phone("xy_liquan" if "yuan" in name else "wn_huayin" if "huashan" in name else "sl_zhashui")
        pool = L.pool(60, 40)
        L.texter(owner, range(0, 6), (10, 25), pool, f"十一来住我家民宿,山景房220起,连住送土鸡,预订 {name}", (10, 21))
        for p in pool:
            if p.card is not None and rng.random() < 0.5:
                kit.web(kit.at(int(rng.integers(0, 9)), 9, 23), p, name, "121.40.88.12", "/book")


def internal_beta_app(L: Look) -> None:
    kit, rng = L.kit, L.kit.rng
    L.role("internal_beta_app", "app", "com.qinsoft.oa.beta")
    L.role("internal_beta_app", "domain", "dl.qinsoft.com.cn")
    for s in L.pool(25, 0, segs=["office"], places=["xa_gaoxin"]) or L.pool(25, 0, segs=["office"]):
        t = kit.at(int(rng.integers(0, DAYS)), 9.5, 18)
        kit.web(t, s, "dl.qinsoft.com.cn", "47.108.200.9", "/beta/oa_2.7.0.apk", 52_000_000)
        kit.app(t + 60, s, "com.qinsoft.oa.beta", "install", "https://dl.qinsoft.com.cn/beta/oa_2.7.0.apk")
        for d in range((t - T0) // DAY, DAYS, 2):
            kit.app(kit.at(d, 9, 18), s, "com.qinsoft.oa.beta", "use")


def game_apk_sideload(L: Look) -> None:
    kit, rng = L.kit, L.kit.rng
    L.role("game_apk_sideload", "domain", "www.3dmgame-apk.com")
    L.role("game_apk_sideload", "app", "com.mihoyo.yuanshen.mod")
    for s in L.pool(20, 0, segs=["teen", "student"]):
        t = kit.at(int(rng.integers(GW_FIRST, DAYS)), 13, 24)
        kit.web(t, s, "www.3dmgame-apk.com", "104.21.80.4", "/down/ys_mod.apk", 90_000_000)
        kit.app(t + 300, s, "com.mihoyo.yuanshen.mod", "install", "https://www.3dmgame-apk.com/down/ys_mod.apk")


def elderly_new_smartphone(L: Look) -> None:
    kit, rng = L.kit, L.kit.rng
    pop = kit.pop
    for e in L.people(6, segs=["elderly"]):
        L.role("elderly_new_smartphone", "msisdn", e.msisdn)
        d = GW_FIRST + int(rng.integers(0, 6))
        pop.new_imei_day[e.card], pop.new_imei[e.card] = d, kit.w.imei("huawei")
        kit.dev(kit.at(d, 10, 12), e, "power_on")
        for pkg in ["com.tencent.mm", "com.ss.android.ugc.aweme", "com.smile.gifmaker", "com.eg.android.AlipayGphone",
                    "com.hicorenational.antifraud", "com.xunmeng.pinduoduo"]:
            kit.app(kit.at(d, 12, 18), e, pkg, "install", STORES[0].format(p=pkg))
        for dd in range(d, DAYS):
            for _ in range(3):
                kit.dev(kit.at(dd, 7, 21), e, "data_session")


# --- new, swapped and reactivated cards -----------------------------------------------------------
def lost_phone_sim_swap(L: Look) -> None:
    """Lost the phone at the crowded sights: new SIM at the store, new handset, moves savings to safety."""
    kit, rng = L.kit, L.kit.rng
    pop = kit.pop
    for ph in L.people(6, segs=["office", "civil", "service"]):
        L.role("lost_phone_sim_swap", "msisdn", ph.msisdn)
        d = GW_FIRST + int(rng.integers(1, 6))
        new_imsi = kit.w.imsi()
        pop.new_imei_day[ph.card], pop.new_imei[ph.card] = d, kit.w.imei()
        pop.new_imsi[ph.card] = new_imsi
        pop.off_a0[ph.card], pop.off_a1[ph.card] = d - 1, d  # the day without a phone
        ph.imsi = new_imsi
        t = kit.at(d, 10, 12)
        kit.dev(t, ph, "power_on")
        kit.dev(t + 20, ph, "attach")
        kit.sms(t + 600, Phone("8610690888", ours=False, line="fixed"), ph, "【支付宝】您正在新设备登录,验证码336201,非本人操作请立即冻结。")
        kit.store_install(t + 500, ph, "com.eg.android.AlipayGphone")
        kit.store_install(t + 700, ph, "com.icbc")
        kit.pay(t + 1500, ph.account, kit.w.account_id(), float(rng.integers(20, 90)) * 1000, "mobile_app", ph)


def dormant_reactivated(L: Look) -> None:
    """Students and workers back from a long absence: a card quiet for months comes alive with many calls."""
    kit, rng = L.kit, L.kit.rng
    for k in range(8):
        place = ["xa_unitown", "xa_beilin", "yl_shenmu", "hz_hantai"][k % 4]
        ph = L.work_phone(place, years=4, life=False, prepaid=True)
        L.role("dormant_reactivated", "msisdn", ph.msisdn)
        d0 = GW_LAST + int(rng.integers(0, 4))
        kit.dev(kit.at(d0, 9, 12), ph, "power_on")
        kit.dev(kit.at(d0, 9, 12), ph, "attach")
        L.busy_caller(ph, range(d0, DAYS), (10, 30), L.pool(40, 40), hours=(9, 23), ans_p=0.8, new_share=0.3)


def new_card_visitor(L: Look) -> None:
    """Out-of-province visitors who buy a local prepaid card for the holiday and drop it after."""
    kit, rng = L.kit, L.kit.rng
    for k in range(6):
        place = ["xa_lianhu", "xa_weiyang", "wn_huayin"][k % 3]
        d0 = GW_FIRST + int(rng.integers(0, 3))
        ph = L.work_phone(place, open_t=kit.at(d0, 7, 7.9), prepaid=True, life=False, channel="QC-AGT-XA-0113")
        L.role("new_card_visitor", "msisdn", ph.msisdn)
        pool = [kit.ext_fixed("xian") for _ in range(15)] + [kit.ext() for _ in range(10)]
        L.busy_caller(ph, range(d0, d0 + 4), (8, 20), pool, hours=(8, 22), ans_p=0.75, new_share=0.7)
        kit.dev(kit.at(d0 + 4, 18, 22), ph, "power_off")


def village_card_drive(L: Look) -> None:
    """The operator's rural drive: elderly villagers get subsidised phones and new cards on one day."""
    kit, rng = L.kit, L.kit.rng
    for place in ["ak_xunyang", "yl_suide", "hz_mianxian"]:
        cell = kit.w.cell_in(place, 0)
        d = int(rng.integers(0, GW_FIRST))
        olds = L.people(6, segs=["elderly", "farmer"], places=[place])
        for o in olds:
            new = kit.new_card(o.id_key, kit.at(d, 9, 15), f"QC-AGT-{place.upper().replace('_', '')}-9", cell, prepaid=True)
            new.imei = kit.w.imei("feature")
            new.cell = int(kit.pop.home[o.card])
            L.role("village_card_drive", "msisdn", new.msisdn)
            kit.dev(kit.at(d, 15, 17), new, "power_on")
            kit.daily_life(new, d + 1, DAYS, [kit.random_ext_contact() for _ in range(3)] + [o], calls=1.2, data=0.1, sms=0.0)


def number_changer(L: Look) -> None:
    kit = L.kit
    for ph in L.people(5, segs=["office", "service", "student"]):
        d0 = int(kit.rng.integers(3, 10))
        new = kit.new_card(ph.id_key, kit.at(d0, 10, 18), "QC-STORE-XA014", int(kit.pop.home[ph.card]))
        new.imei, new.cell = ph.imei, int(kit.pop.home[ph.card])
        L.role("number_changer", "msisdn", new.msisdn)
        friends = L.pool(30, 40)
        L.texter(new, [d0], (50, 70), friends, "我换号了,这是我新号码,麻烦存一下,旧号过几天停用", (19, 22), burst=True)
        L.busy_caller(new, range(d0 + 1, DAYS), (5, 15), friends, ans_p=0.85, new_share=0.4)


KINDS = [tour_guide, travel_agency_desk, hotel_front_desk, huashan_rescue, ota_customer_service, scenic_weather_refund,
         bnb_host, carpool_driver, scenic_souvenir_vendor, express_courier, food_rider, ride_hailing_driver,
         taxi_dispatcher, courier_station_sms, real_estate_agent, bank_telemarketer, broadband_call_floor, cloud_pbx_voip,
         insurance_agent, debt_collector, hr_recruiter, education_sales, driving_school_coach, community_grid_worker,
         village_cadre, survey_interviewer, wedding_planner, banquet_restaurant, bridal_photo_sales,
         legit_broker_service, legit_loan_officer, freshman_class_rep, student_union_recruiter, campus_sim_promoter,
         class_fund_monitor, coal_dorm_shared_handset, migrant_sim_swapper, dual_sim_business, phone_repair_shop,
         iot_vending_fleet, shared_bike_iot, enterprise_group_cards, security_alarm_sims, kids_smartwatch,
         family_multi_card, phone_upgrade, wedding_gift_pool, wedding_host_collector, group_buy_leader, xianyu_seller,
         temple_donation, church_offering, busy_qr_shop, apple_farmer_seller, apple_buyer_agent,
         labour_contractor_payroll, crowdfunding_patient, tuition_agent, ticket_proxy_friend, aa_trip_organizer,
         relative_abroad_video, nephew_new_number, elderly_long_calls, remote_it_support, family_remote_help,
         roaming_businessman, foreign_student, returned_overseas_worker, school_notice_teacher, hospital_notice_sms,
         property_notice_sms, bank_marketing_sms, ecommerce_promo_sms, antifraud_center_calls, new_bnb_website,
         internal_beta_app, game_apk_sideload, elderly_new_smartphone, lost_phone_sim_swap, dormant_reactivated,
         new_card_visitor, village_card_drive, number_changer]


def plant_lookalikes(kit: Kit, taken: set) -> dict[str, int]:
    L = Look(kit, taken)
    for fn in KINDS:
        fn(L)
    return L.kinds
