"""Benign look-alikes of the blind Fujian province: entities that resemble fraud in one or two ways but are not.

Each kind is one row of KINDS, run by a generic engine (numbers of a line type, a group of counterparts, calls
and SMS per day out or in, payments in and out, active-day pattern, shared handsets), plus a few special shapes
(phone repair shops, second-hand phone resellers, shared family handsets, dual-SIM phones). Every labelled entity
is written to truth with role ``benign`` and the kind in ``scheme``. Written blind to fraudwall's detection.
"""

from __future__ import annotations

import numpy as np
from generate import CITIES, CITY_NAMES, COUNTRIES, DAY, INTL_GATEWAYS, OCCS, World, is_weekend

TXT = {
    "teacher": "【{city}实验小学】各位家长好，本学期教辅资料费和班费请通过学校缴费平台缴纳：https://jiaofei.fjedu.cn 有疑问请联系班主任",
    "bank": "【招商银行】尊敬的客户，您的信用卡可提升额度至5万元，点击 https://cmbt.cn/e8 办理，回T退订",
    "bank2": "【兴业银行】您有一笔分期优惠待领取，详情 https://cib.com.cn/fq 回T退订",
    "labour": "【晋江招工】鞋厂急招普工，月薪6000-8000，包吃住，报名 https://zhaogong.jjrc.cn",
    "labour2": "【石狮服装】车位工、打包工日结可预支，联系人事部 https://ssfz.job.cn",
    "property": "【链家】XX花园三房急售，业主诚心出售，看房请回电",
    "hospital": "【福建省立医院】您预约的门诊已确认，请按时就诊，回复1确认",
    "temple": "湄洲妈祖诞辰庆典，敬请乡亲随缘添油，功德芳名榜公示",
    "wedding": "诚邀您参加我们的婚宴，地点：宴会厅，恭候光临",
    "typhoon": "【福建省防指】台风“海葵”将登陆，请渔船回港避风，减少外出",
    "clan": "【林氏宗亲会】宗祠修缮捐资芳名录已更新，海外宗亲踊跃捐助，谢谢",
    "live": "【晋江鞋仓直播】今晚8点工厂直播清仓，运动鞋39元起，点击 https://live.jjxc.cn 预约",
    "courier": "【中通快递】您的快递已到驿站，取件码8-3-{n}",
    "election": "【村委会】本周六村委换届选举，请户主按时到村部投票",
    "tea": "【安溪铁观音】秋茶上新，老客户九折，微信下单包邮",
    "antifraud": "【福州市反诈中心】您可能正在遭遇诈骗，请勿转账，咨询96110",
    "remit": "您家人汇款已到，请到店凭码领取",
    "insurance": "【平安保险】您的车险即将到期，续保享优惠，详询专属顾问",
    "debt": "【法务中心】您的借款已逾期，请尽快还款，以免影响征信",
    "survey": "【统计局】您被抽中参加住户调查，调查员将与您联系",
    "alarm": "ALARM zone2 door open",
    "school_notice": "【学校通知】明天上午家长会，请准时参加",
    "recruit_campus": "【校园卡】新生办卡优惠，月租19元，校内营业厅办理",
    "tour": "【鼓浪屿导游】明早8:30码头集合，请带身份证",
    "church": "主日聚会改到晚上七点，请弟兄姊妹互相转告",
    "livestream_cs": "【抖音小店】您购买的商品已退款，请注意查收",
    "station": "【菜鸟驿站】您的包裹已到站，凭取件码{n}到小区驿站领取",
    "groupbuy": "【社区团购】今日特价荔枝19.9元/3斤，接龙下单，明天下午到货",
    "lottery": "体彩大乐透本期开奖号码已公布，本店中出二等奖，欢迎选购",
    "tutor": "家长您好，本周数学辅导课改到周六上午，课时费按月结",
    "logistics_notice": "【德邦物流】您的货物已发车，预计明日送达，司机电话已发送",
    "dispatch": "【劳务派遣】新加坡建筑工、马来西亚餐馆工签证办理，正规公司，报名咨询",
    "tea_live": "【武夷岩茶直播】今晚8点大红袍开仓，老茶客专享 https://live.wyyc.cn",
}

D0 = dict(n=10, line="mobile", city="Fuzhou", open=(200, 3000), batch=0, group=30, pool="all", calls=0.0, ans=0.7,
          dur=90, hours="day", video=0.0, direction="out", sms=0.0, txt=None, pay_in=0.0, amt=300.0,
          pay_out=0.0, days="all", label="msisdn", report=0.0, roam=None, window=None, share=1)

KINDS = [
    # ---- diaspora and cross-border family and business (foreign numbers calling in, roaming, video)
    dict(kind="diaspora_video_ph", n=30, line="foreign:PH", city="Quanzhou", pool="abroad:PH", group=8, calls=1.2,
         ans=0.8, dur=900, hours="evening", video=0.6),
    dict(kind="diaspora_call_my", n=20, line="foreign:MY", city="Putian", pool="abroad:MY", group=8, calls=1.0,
         ans=0.8, dur=800, hours="evening", video=0.4),
    dict(kind="diaspora_call_id", n=16, line="foreign:ID", city="Fuzhou", pool="abroad:ID", group=8, calls=0.9,
         ans=0.75, dur=700, hours="evening", video=0.4),
    dict(kind="diaspora_call_sg", n=16, line="foreign:SG", city="Xiamen", pool="abroad:SG", group=8, calls=0.9,
         ans=0.8, dur=600, hours="evening", video=0.5),
    dict(kind="taiwan_business_caller", n=14, line="foreign:TW", city="Xiamen", pool="occ:trader,wholesaler,office",
         group=25, calls=5, ans=0.7, dur=240, hours="work"),
    dict(kind="overseas_association_caller", n=5, line="foreign:PH", city="Quanzhou", pool="abroad:PH", group=60,
         calls=9, ans=0.6, dur=150, hours="day"),
    dict(kind="ph_padala_remittance_agent", n=6, line="foreign:PH", city="Quanzhou", pool="abroad:PH", group=50,
         calls=6, ans=0.7, dur=60, hours="day"),
    dict(kind="my_durian_importer", n=6, line="foreign:MY", city="Zhangzhou", pool="occ:wholesaler,shop,trader",
         group=30, calls=5, ans=0.6, dur=180, hours="work"),
    dict(kind="returning_migrant_new_sim", n=25, line="mobile", city="Quanzhou", open=(-14, -1), pool="city",
         group=45, calls=9, ans=0.75, dur=200, days="new", video=0.1),
    dict(kind="roaming_trader_ph", n=15, line="existing:trader,wholesaler", city="Quanzhou", pool="contacts",
         group=14, calls=5, ans=0.8, dur=240, roam="PH", days="window", window=(8, 15)),
    dict(kind="seafarer_roaming_sg", n=8, line="existing:fisherman,construction", city="Ningde", pool="contacts",
         group=14, calls=6, ans=0.85, dur=400, roam="SG", days="window", window=(10, 13), video=0.3),
    dict(kind="parent_of_student_abroad", n=10, line="existing:office,shop,civil", city="Fuzhou", pool="foreign:MY",
         group=2, calls=1.5, ans=0.8, dur=1200, hours="evening", video=0.7),
    # ---- factories
    dict(kind="factory_hr_batch_cards", n=60, line="mobile", city="Quanzhou", open=(-9, -7), batch=15,
         pool="batch", group=14, calls=2.2, ans=0.85, dur=80, hours="evening"),
    dict(kind="factory_recruit_hotline", n=6, line="fixed:Quanzhou", city="Quanzhou", pool="young", group=400,
         calls=45, ans=0.45, dur=90, hours="work", days="weekday"),
    dict(kind="factory_payroll_account", n=4, line="existing:office", city="Quanzhou", pool="occ:factory", group=80,
         pay_out=80, amt=6200.0, days="payday", label="account"),
    dict(kind="labour_agency_broker", n=8, line="mobile", city="Quanzhou", pool="young", group=500, calls=12,
         ans=0.5, dur=120, sms=60, txt="labour"),
    dict(kind="garment_factory_hr_sms", n=4, line="mobile", city="Quanzhou", pool="young", group=400, sms=90,
         txt="labour2", calls=6, ans=0.6, dur=60),
    dict(kind="call_center_outsourcing_batch", n=30, line="mobile", city="Xiamen", open=(40, 60), batch=10,
         pool="all", group=600, calls=28, ans=0.3, dur=50, hours="work", days="weekday"),
    # ---- e-commerce, livestream, tea, fishing
    dict(kind="shoe_livestream_wholesaler", n=12, line="existing:wholesaler", city="Quanzhou", pool="external",
         group=800, pay_in=45, amt=180.0, sms=30, txt="live", calls=10, ans=0.6, dur=100, label="account"),
    dict(kind="ecommerce_aftersales_real", n=8, line="mobile", city="Xiamen", pool="young", group=600, calls=30,
         ans=0.5, dur=120, sms=20, txt="livestream_cs"),
    dict(kind="anxi_tea_merchant", n=15, line="existing:tea", city="Quanzhou", pool="external", group=400, calls=14,
         ans=0.7, dur=150, pay_in=25, amt=900.0, sms=10, txt="tea", label="account"),
    dict(kind="wuyi_tea_collector", n=6, line="existing:tea", city="Nanping", pool="occ:villager,elderly",
         group=70, pay_out=18, amt=1500.0, calls=10, ans=0.8, dur=60, label="account"),
    dict(kind="fisherman_port_burst", n=30, line="existing:fisherman", city="Ningde", pool="contacts", group=14,
         calls=12, ans=0.8, dur=150, days="port", hours="early"),
    dict(kind="fish_wholesaler_port", n=8, line="mobile", city="Ningde", pool="external", group=200, calls=25,
         ans=0.7, dur=70, hours="early", pay_in=20, amt=2500.0, label="msisdn"),
    dict(kind="boat_owner_crew_pay", n=6, line="existing:fisherman", city="Zhangzhou", pool="occ:fisherman,construction",
         group=20, pay_out=2, amt=4000.0, calls=5, ans=0.8, dur=90, days="port", label="account"),
    dict(kind="night_market_vendor_qr", n=15, line="existing:shop", city="Xiamen", pool="all", group=1000,
         pay_in=35, amt=35.0, hours="evening", label="account"),
    dict(kind="gulangyu_tour_guide", n=10, line="mobile", city="Xiamen", pool="external", group=300, calls=15,
         ans=0.7, dur=60, sms=20, txt="tour", pay_in=8, amt=300.0),
    # ---- services calling many strangers
    dict(kind="courier_dispatcher", n=25, line="mobile", city="Fuzhou", pool="all", group=2000, calls=40, ans=0.6,
         dur=25, sms=30, txt="courier"),
    dict(kind="food_delivery_rider", n=15, line="mobile", city="Xiamen", pool="all", group=3000, calls=22,
         ans=0.7, dur=20, hours="evening"),
    dict(kind="ride_hailing_driver", n=15, line="mobile", city="Fuzhou", pool="all", group=3000, calls=14,
         ans=0.7, dur=30),
    dict(kind="privacy_virtual_numbers", n=6, line="voip:Xiamen", city="Xiamen", pool="all", group=5000, calls=70,
         ans=0.65, dur=40),
    dict(kind="property_agent", n=15, line="mobile", city="Xiamen", pool="all", group=1500, calls=35, ans=0.4,
         dur=60, sms=15, txt="property", report=0.03),
    dict(kind="insurance_sales", n=12, line="mobile", city="Fuzhou", pool="all", group=1500, calls=40, ans=0.3,
         dur=45, sms=10, txt="insurance", report=0.05),
    dict(kind="legal_debt_collector", n=8, line="fixed:Fuzhou", city="Fuzhou", pool="all", group=150, calls=60,
         ans=0.25, dur=70, sms=15, txt="debt", report=0.1),
    dict(kind="licensed_microloan_caller", n=5, line="fixed:Xiamen", city="Xiamen", pool="occ:factory,driver,shop",
         group=500, calls=50, ans=0.3, dur=60),
    dict(kind="bank_card_center_outbound", n=6, line="fixed:Fuzhou", city="Fuzhou", pool="all", group=3000,
         calls=60, ans=0.35, dur=80, hours="work"),
    dict(kind="bank_marketing_sms", n=5, line="a2p", city="Fuzhou", pool="all", group=8000, sms=450, txt="bank"),
    dict(kind="bank_installment_sms", n=3, line="a2p", city="Xiamen", pool="all", group=6000, sms=300, txt="bank2"),
    dict(kind="hospital_appointment_line", n=5, line="fixed:Fuzhou", city="Fuzhou", pool="all", group=2000,
         calls=40, ans=0.6, dur=40, sms=40, txt="hospital", hours="work"),
    dict(kind="census_survey_caller", n=6, line="fixed:Fuzhou", city="Fuzhou", pool="all", group=4000, calls=70,
         ans=0.25, dur=60, sms=20, txt="survey", hours="work", days="weekday"),
    dict(kind="village_election_caller", n=4, line="existing:civil,villager", city="Longyan", pool="city",
         group=300, calls=50, ans=0.6, dur=40, sms=60, txt="election", days="window", window=(12, 15)),
    dict(kind="police_antifraud_warning", n=3, line="fixed:Fuzhou", city="Fuzhou", pool="elderly", group=2000,
         calls=40, ans=0.5, dur=120, sms=30, txt="antifraud", hours="work"),
    dict(kind="typhoon_warning_broadcast", n=1, line="a2p", city="Fuzhou", pool="all", group=20000, sms=6000,
         txt="typhoon", days="window", window=(13, 14)),
    # ---- schools, parents, families, community
    dict(kind="teacher_class_fee_sms", n=20, line="existing:teacher", city="Longyan", pool="parents", group=40,
         sms=40, txt="teacher", days="window", window=(11, 13), pay_in=0, label="msisdn"),
    dict(kind="school_fee_account", n=5, line="existing:office", city="Fuzhou", pool="parents", group=200,
         pay_in=25, amt=450.0, days="window", window=(11, 15), label="account"),
    dict(kind="school_notice_sms", n=10, line="existing:teacher", city="Xiamen", pool="parents", group=45, sms=45,
         txt="school_notice", days="window", window=(4, 5)),
    dict(kind="mazu_temple_festival", n=8, line="existing:villager,elderly,shop", city="Putian", pool="city",
         group=250, calls=30, ans=0.7, dur=60, sms=30, txt="temple", pay_in=40, amt=120.0, days="window",
         window=(9, 12), label="msisdn"),
    dict(kind="wedding_banquet_host", n=6, line="existing:office,shop,factory", city="Zhangzhou", pool="contacts",
         group=14, calls=14, ans=0.8, dur=60, sms=20, txt="wedding", pay_in=25, amt=800.0, days="window",
         window=(14, 16)),
    dict(kind="clan_association_fundraiser", n=5, line="existing:elderly,shop", city="Quanzhou", pool="abroad:PH",
         group=120, sms=25, txt="clan", pay_in=10, amt=2000.0, calls=8, ans=0.6, dur=120),
    dict(kind="church_group_leader", n=6, line="existing:homemaker,office", city="Fuzhou", pool="city", group=80,
         sms=40, txt="church", days="weekend"),
    dict(kind="elderly_many_callers_family", n=20, line="existing:elderly", city="Sanming", pool="contacts",
         group=14, calls=6, ans=0.9, dur=300, direction="in", video=0.3),
    dict(kind="student_freshman_new_sim", n=30, line="mobile", city="Fuzhou", open=(-16, -10), batch=10,
         pool="city", group=30, calls=3, ans=0.8, dur=200, hours="student", days="new"),
    dict(kind="campus_card_agent", n=4, line="mobile", city="Fuzhou", pool="young", group=500, sms=60,
         txt="recruit_campus", calls=10, ans=0.6, dur=80),
    # ---- money that moves like mule money but is not
    dict(kind="licensed_money_changer_remittance", n=8, line="existing:trader,shop", city="Quanzhou",
         pool="abroad:PH", group=150, pay_in=14, amt=6000.0, pay_out=3, label="account"),
    dict(kind="otc_forex_shop_xiamen", n=4, line="existing:trader", city="Xiamen", pool="all", group=300,
         pay_in=12, amt=9000.0, pay_out=4, label="account"),
    dict(kind="rosca_hui_organiser", n=6, line="existing:shop,homemaker", city="Putian", pool="contacts", group=14,
         pay_in=6, amt=5000.0, pay_out=1, days="weekend", label="account"),
    dict(kind="property_rent_collector", n=6, line="existing:shop,office", city="Xiamen", pool="all", group=60,
         pay_in=8, amt=2400.0, days="window", window=(10, 13), label="account"),
    # ---- devices and lines
    # ---- more everyday shapes
    dict(kind="express_station_sms", n=10, line="mobile", city="Fuzhou", pool="city", group=900, sms=120,
         txt="station", calls=15, ans=0.6, dur=30),
    dict(kind="community_group_buy_leader", n=12, line="existing:homemaker,shop", city="Xiamen", pool="city",
         group=150, sms=25, txt="groupbuy", pay_in=18, amt=45.0, label="account"),
    dict(kind="matchmaker_aunt", n=6, line="existing:elderly,homemaker", city="Putian", pool="young", group=120,
         calls=12, ans=0.7, dur=400),
    dict(kind="overseas_labour_dispatch_agency", n=5, line="mobile", city="Fuzhou", pool="occ:construction,factory",
         group=300, calls=25, ans=0.5, dur=180, sms=40, txt="dispatch"),
    dict(kind="overseas_labour_dispatch_intl", n=5, line="mobile", city="Fuzhou", pool="foreign:SG", group=20,
         calls=6, ans=0.6, dur=240, hours="work"),
    dict(kind="lottery_shop_owner", n=8, line="existing:shop", city="Zhangzhou", pool="city", group=200,
         pay_in=25, amt=60.0, sms=20, txt="lottery", label="account"),
    dict(kind="private_tutor_parent_fees", n=10, line="existing:teacher", city="Fuzhou", pool="parents", group=25,
         pay_in=3, amt=600.0, sms=8, txt="tutor", label="account"),
    dict(kind="driving_school_coach", n=8, line="mobile", city="Quanzhou", pool="young", group=120, calls=18,
         ans=0.75, dur=50),
    dict(kind="tea_livestream_host", n=6, line="mobile", city="Nanping", pool="external", group=700, sms=60,
         txt="tea_live", pay_in=20, amt=260.0),
    # ---- benign SIM pools (enterprise gateways) that look like SIM boxes
    dict(kind="logistics_sms_modem_pool", n=16, line="mobile", city="Xiamen", open=(120, 121), batch=8, share=8,
         pool="all", group=4000, sms=110, txt="logistics_notice", hours="work"),
    dict(kind="factory_gsm_pbx_gateway", n=8, line="mobile", city="Quanzhou", open=(300, 301), batch=4, share=4,
         pool="all", group=1500, calls=30, ans=0.55, dur=120, hours="work", days="weekday"),
    dict(kind="iot_alarm_cards", n=20, line="iot", city="Fuzhou", open=(30, 32), batch=20, pool="all", group=2,
         sms=1.5, txt="alarm"),
    dict(kind="iot_pos_terminals", n=15, line="iot", city="Xiamen", open=(90, 91), batch=15, pool="all", group=1),
    dict(kind="iot_boat_tracker", n=10, line="iot", city="Ningde", open=(60, 61), batch=10, pool="all", group=1),
]
for _k in KINDS:
    for _x, _v in D0.items():
        _k.setdefault(_x, _v)


class _S:
    pass


S = _S()


def _pool(w: World, pool: str, city: str, n_ent: int, g: int, own: np.ndarray | None):
    """Counterparts per entity: (n_ent, g) person indices (>= 0) or external numbers (< 0 encoded as ~number)."""
    rng = w.rng
    ci = CITY_NAMES.index(city)
    if pool == "contacts" and own is not None:
        return w.contacts[own][:, :g]
    if pool == "external":  # customers elsewhere in China: numbers outside this operator's subscribers
        ext = w.mobile(n_ent * g)
        return ~ext.reshape(n_ent, g)
    if pool.startswith("foreign:"):
        c = pool.split(":")[1]
        return ~w.foreign(n_ent * g, c).reshape(n_ent, g)
    if pool.startswith("abroad:"):
        wt = (w.abroad == COUNTRIES.index(pool.split(":")[1])) * (1 + 3 * (w.city == ci)) + 1e-9
    elif pool == "city":
        wt = (w.city == ci) + 1e-6
    elif pool.startswith("occ:"):
        wt = np.isin(w.occ, [OCCS.index(x) for x in pool[4:].split(",")]) + 1e-6
    elif pool == "young":
        wt = (w.age < 35) + 0.05
    elif pool == "parents":
        wt = w.has_kids * (1 + 4 * (w.city == ci)) + 1e-6
    elif pool == "elderly":
        wt = (w.age > 60) + 0.1
    else:
        wt = np.ones(w.n)
    wt = np.asarray(wt, float)
    p = wt / wt.sum()
    return rng.choice(w.n, (n_ent, g), p=p)


def setup(w: World) -> None:
    rng = w.rng
    S.kinds = []
    taken = np.zeros(w.n, bool)
    for k in KINDS:
        n = k["n"]
        line = k["line"]
        st = dict(k=k)
        cells = w.cells_of(k["city"], ("urban", "suburb"))
        st["cell"] = cells[rng.integers(0, len(cells), n)]
        st["own"] = None
        imsi = np.full(n, -1)
        acct = np.full(n, -1)
        imei = np.full(n, -1)
        if line.startswith("existing:"):
            occs = [OCCS.index(x) for x in line.split(":")[1].split(",")]
            ok = np.isin(w.occ, occs) & ~taken
            pref = ok & (w.city == CITY_NAMES.index(k["city"]))
            cand = np.nonzero(pref)[0] if pref.sum() >= n else np.nonzero(ok)[0]
            own = np.sort(rng.choice(cand, min(n, len(cand)), replace=False))
            taken[own] = True
            n = len(own)
            st["own"] = own
            num, imei, imsi, acct = w.msisdn[own], w.imei[own], w.imsi[own], w.acct[own]
            st["cell"] = w.work[own]
            open_t = w.open_t[own]
            if k["roam"]:  # abroad on those days: ordinary life roams too
                a, b = k["window"]
                w.roam_country[np.ix_(own, np.arange(a, min(b, w.D)))] = COUNTRIES.index(k["roam"])
        else:
            lo, hi = k["open"]
            open_day = np.minimum(-rng.integers(lo, hi + 1, n), w.D - 2)
            if k["batch"]:
                b = np.arange(n) // k["batch"]
                open_day = open_day[b * k["batch"]]
                st["cell"] = st["cell"][b * k["batch"]]
            open_t = w.t0 + open_day * DAY + rng.integers(9 * 3600, 17 * 3600, n)
            if k["batch"]:
                open_t = open_t[(np.arange(n) // k["batch"]) * k["batch"]] + np.arange(n) % k["batch"] * 90
            if line == "mobile":
                if k["batch"]:
                    num = np.concatenate([w.mobile(min(k["batch"], n - i), consecutive=True)
                                          for i in range(0, n, k["batch"])])
                else:
                    num = w.mobile(n)
                imei, imsi = w.new_imei(n), w.new_imsi(n)
                if k["batch"]:
                    lic = w.idkey(n // k["batch"] + 1)[np.arange(n) // k["batch"]]
                    w.subscribers(num, lic, "mobile", open_t, imsi=imsi, id_type="business_license",
                                  customer_type="enterprise", channel="ENT-" + k["kind"][:6].upper(), cell=st["cell"],
                                  prepaid=False, region=k["city"])
                else:
                    w.subscribers(num, w.idkey(n), "mobile", open_t, imsi=imsi, cell=st["cell"], region=k["city"])
                r = rng.integers(1, 4, n)
                ri = np.repeat(np.arange(n), r)
                w.internet_accounts(num[ri], open_t[ri] + rng.integers(600, 2 * DAY, len(ri)),
                                    rng.choice(np.array(["wechat", "alipay", "douyin", "taobao"]), len(ri)))
            elif line.startswith(("fixed:", "voip:")):
                lt, c = line.split(":")
                num = w.fixed(n, c)
                w.subscribers(num, np.repeat(w.idkey(1), n), lt, open_t, id_type="business_license",
                              customer_type="enterprise", prepaid=False, region=c)
            elif line == "iot":
                num = w.iot(n)
                imei, imsi = w.new_imei(n), w.new_imsi(n)
                w.subscribers(num, np.repeat(w.idkey(1), n), "iot", open_t, imsi=imsi, id_type="business_license",
                              customer_type="enterprise", channel="ENT-IOT", prepaid=False, region=k["city"])
            elif line == "a2p":
                num = w.uniq("msisdn", n, 106900000000, 106999999999)
            else:  # foreign
                num = w.foreign(n, line.split(":")[1])
            if k["pay_in"] or k["pay_out"]:
                acct = w.account(n)
                ids = w.idkey(n)
                w.bank_accounts(acct, ids, open_t - 30 * DAY, num if line == "mobile" else -1)
        if k["share"] > 1:  # several SIMs in one device (modem pool, GSM gateway)
            imei = imei[(np.arange(n) // k["share"]) * k["share"]]
            st["cell"] = st["cell"][(np.arange(n) // k["share"]) * k["share"]]
            st["device"] = np.unique(imei)
        st["num"], st["imei"], st["imsi"], st["acct"], st["open_t"] = num, imei, imsi, acct, open_t
        st["line"] = line
        g = k["group"]
        if k["pool"] == "batch":
            b = np.arange(n) // k["batch"]
            st["grp"] = np.where(True, (np.arange(n)[:, None] * 0 + b[:, None] * k["batch"] + np.arange(k["batch"])[None, :]),
                                 0)
            st["grp"] = np.minimum(st["grp"], n - 1)
            st["grp_is_ent"] = True
        else:
            st["grp"] = _pool(w, k["pool"], k["city"], n, g, st["own"])
            st["grp_is_ent"] = False
        st["first"] = np.full(n, -1, np.int64)
        S.kinds.append(st)
    _special_setup(w, taken)


def _active(w: World, st, d: int) -> np.ndarray:
    k = st["k"]
    n = len(st["num"])
    days = k["days"]
    start_day = np.maximum(0, (st["open_t"] - w.t0) // DAY + 1)  # in use from the day after opening
    on = np.full(n, True) & (d >= start_day)
    if days == "weekday":
        on &= not is_weekend(d)
    elif days == "weekend":
        on &= is_weekend(d)
    elif days == "window":
        a, b = k["window"]
        on &= (d >= min(a, w.D - 2)) & (d < min(b, w.D))
    elif days == "port" and st["own"] is not None:
        on &= ((w.household[st["own"]] + d) % 4) == 0
    elif days == "payday":
        on &= d in (4, 14)
    return on


def _rate(w: World, st, d, base):
    k = st["k"]
    if k["days"] == "new":  # heavy right after opening, then normal
        age = d - (st["open_t"] - w.t0) // DAY
        return base * np.where(age < 3, 1.0, 0.35)
    return np.full(len(st["num"]), float(base))


def _counterpart(w: World, st, ei: np.ndarray):
    """Numbers, person index (-1 external), cells of counterparts drawn for entity rows ``ei``."""
    rng = w.rng
    grp = st["grp"]
    j = grp[ei, rng.integers(0, grp.shape[1], len(ei))]
    if st["grp_is_ent"]:
        j = np.where(j == ei, (j + 1) % len(st["num"]), j)
        return st["num"][j], np.full(len(ei), -1), st["cell"][j], st["imei"][j], st["imsi"][j]
    ext = j < 0
    pj = np.where(ext, 0, j)
    num = np.where(ext, ~j, w.msisdn[pj])
    return num, np.where(ext, -1, pj), np.where(ext, -1, w.home[pj]), np.where(ext, -1, w.imei[pj]), np.where(
        ext, -1, w.imsi[pj])


def day(w: World, d: int) -> None:
    rng = w.rng
    for st in S.kinds:
        k = st["k"]
        on = _active(w, st, d)
        if not on.any():
            continue
        line = st["line"]
        foreign = line.startswith("foreign:")
        roam = k["roam"]
        # calls
        if k["calls"]:
            c = rng.poisson(_rate(w, st, d, k["calls"]) * on)
            ei = np.repeat(np.arange(len(on)), c)
            if len(ei):
                num, pj, pcell, pimei, pimsi = _counterpart(w, st, ei)
                t = w.times(d, len(ei), k["hours"])
                ans = rng.random(len(ei)) < k["ans"]
                dur = np.where(ans, np.maximum(5, rng.lognormal(np.log(k["dur"]), 0.7, len(ei))).astype(np.int64), 0)
                media = np.where(rng.random(len(ei)) < k["video"], "video", "voice").astype(object)
                if k["direction"] == "in":
                    ext = pj < 0
                    w.calls(num, st["num"][ei], t, dur, imei=pimei, imsi=pimsi, cell=pcell,
                            callee_cell=st["cell"][ei], call_type=np.where(ext, "mobile", "mobile"), media=media)
                else:
                    cnum = num
                    if foreign:
                        ct, cell, imei, imsi = "intl_in", -1, -1, -1
                        gw = INTL_GATEWAYS[rng.integers(0, len(INTL_GATEWAYS), len(ei))]
                    elif line.startswith("fixed:"):
                        ct, gw, cell, imei, imsi = "fixed", "TRUNK-" + CITIES[k["city"]][0], -1, -1, -1
                    elif line.startswith("voip:"):
                        ct, gw, cell, imei, imsi = "voip", "VOIP-XM-02", -1, -1, -1
                    else:
                        ct, gw = "mobile", None
                        cell, imei, imsi = st["cell"][ei], st["imei"][ei], st["imsi"][ei]
                        if k["pool"].startswith("foreign:"):
                            ct = "intl_out"
                    rc = None
                    if roam:
                        rc, cell = roam, -1
                    w.calls(st["num"][ei], cnum, t, dur, imei=imei, imsi=imsi, cell=cell, callee_cell=pcell,
                            roam=rc, call_type=ct, media=media, gateway=gw)
                tmp = np.where(st["first"] < 0, np.iinfo(np.int64).max, st["first"])
                np.minimum.at(tmp, ei, t)
                st["first"] = np.where(tmp == np.iinfo(np.int64).max, -1, tmp)
        # SMS
        if k["sms"]:
            c = rng.poisson(_rate(w, st, d, k["sms"]) * on)
            ei = np.repeat(np.arange(len(on)), c)
            if len(ei):
                num, pj, pcell, _pi, _ps = _counterpart(w, st, ei)
                txt = TXT[k["txt"]].replace("{city}", k["city"]).replace("{n}", str(1000 + d))
                t = w.times(d, len(ei), k["hours"])
                a2p = line == "a2p"
                w.sms(st["num"][ei], num, t, txt, imei=-1 if a2p else st["imei"][ei],
                      cell=-1 if a2p or roam else st["cell"][ei], roam=roam)
                if "https://" in txt:  # some recipients open the link
                    url = txt.split("https://")[1].split(" ")[0]
                    cl = np.nonzero((pj >= 0) & (rng.random(len(ei)) < 0.08))[0]
                    w.web(num[cl], t[cl] + rng.integers(20, 3600, len(cl)), url.split("/")[0],
                          url="https://" + url, ip="117.27.140." + str(10 + len(url) % 200))
                tmp = np.where(st["first"] < 0, np.iinfo(np.int64).max, st["first"])
                np.minimum.at(tmp, ei, t)
                st["first"] = np.where(tmp == np.iinfo(np.int64).max, -1, tmp)
        # payments in and out
        for key, inward in (("pay_in", True), ("pay_out", False)):
            if not k[key]:
                continue
            c = rng.poisson(k[key] * on)
            ei = np.repeat(np.arange(len(on)), c)
            if len(ei) == 0 or (st["acct"] < 0).all():
                continue
            num, pj, _c, _i, _s = _counterpart(w, st, ei)
            ext = pj < 0
            cacct = np.where(ext, 10**15 + (num % 10**12), w.acct[np.maximum(pj, 0)])
            amt = np.round(rng.lognormal(np.log(k["amt"]), 0.5, len(ei)), 0)
            t = w.times(d, len(ei), k["hours"] if k["hours"] != "day" else "day")
            if inward:
                w.transfers(cacct, st["acct"][ei], t, amt, msisdn=np.where(ext, -1, num))
            else:
                w.transfers(st["acct"][ei], cacct, t, amt, msisdn=st["num"][ei] if not foreign else -1,
                            channel=np.where(rng.random(len(ei)) < 0.5, "mobile_app", "counter"))
            tmp = np.where(st["first"] < 0, np.iinfo(np.int64).max, st["first"])
            np.minimum.at(tmp, ei, t)
            st["first"] = np.where(tmp == np.iinfo(np.int64).max, -1, tmp)
        # presence: data sessions of mobile / iot lines
        if line == "iot" or (line == "mobile" and not roam):
            ii = np.nonzero(on)[0]
            r = rng.integers(1, 4 if line == "mobile" else 6, len(ii))
            ii = np.repeat(ii, r)
            w.device(st["num"][ii], w.times(d, len(ii), "day"), st["imei"][ii], "data_session", imsi=st["imsi"][ii],
                     cell=st["cell"][ii] if k["kind"] != "iot_boat_tracker" else w.cells_of(k["city"], ("port",))[
                         rng.integers(0, 3, len(ii))], nbytes=rng.integers(2000, 5 * 10**7 if line == "mobile" else 50000,
                                                                             len(ii)))
            tmp = np.where(st["first"] < 0, np.iinfo(np.int64).max, st["first"])
            np.minimum.at(tmp, ii, w.t0 + d * DAY + 36000)
            st["first"] = np.where(tmp == np.iinfo(np.int64).max, -1, tmp)
        if roam and k["days"] == "window":
            ii = np.nonzero(on)[0]
            w.device(st["num"][ii], w.times(d, len(ii), "day"), st["imei"][ii], "attach", imsi=st["imsi"][ii],
                     roam=roam)
        # annoyed users report some legitimate callers as fraud
        if k["report"] and d >= 2:
            ii = np.nonzero(on & (rng.random(len(on)) < k["report"]))[0]
            w.report(w.times(d, len(ii), "evening"), "msisdn", [str(x) for x in st["num"][ii]], "fraud", "other", None,
                     "user_report")
    _special_day(w, d)


# ---------------------------------------------------------------------------------------------------------------
# special shapes
def _special_setup(w: World, taken: np.ndarray) -> None:
    rng = w.rng
    # phone repair shops: one test handset sees many customers' SIMs
    S.repair_imei = w.new_imei(6)
    cz = np.concatenate([w.cells_of(c) for c in ("Fuzhou", "Xiamen", "Quanzhou")])
    S.repair_cell = cz[rng.integers(0, len(cz), 6)]
    # second-hand phone resellers (Putian/Xiamen markets): handsets passing through several owners
    S.resell_imei = w.new_imei(5)
    S.resell_cell = w.cells_of("Putian")[rng.integers(0, 10, 5)]
    # shared family handsets: an elderly parent's phone also carries the children's SIMs now and then
    eld = np.nonzero(w.occ_mask("elderly") & ~taken)[0]
    S.shared_owner = rng.choice(eld, 20, replace=False)
    taken[S.shared_owner] = True
    S.shared_others = w.contacts[S.shared_owner][:, :3]
    # dual-SIM phones: a second (work) SIM in the same handset
    cand = np.nonzero(w.occ_mask("shop", "trader", "driver", "wholesaler") & ~taken)[0]
    S.dual_owner = rng.choice(cand, 30, replace=False)
    taken[S.dual_owner] = True
    S.dual_num = w.mobile(30)
    S.dual_imsi = w.new_imsi(30)
    w.subscribers(S.dual_num, w.id_key[S.dual_owner], "mobile", w.t0 - rng.integers(20, 900, 30) * DAY,
                  imsi=S.dual_imsi, cell=w.home[S.dual_owner], region="Fujian")
    S.dual_grp = rng.integers(0, w.n, (30, 200))
    # payroll accounts a factory opens for a batch of new workers at one bank on one day
    fw = np.nonzero(w.occ_mask("factory") & ~taken)[0]
    S.payroll_worker = rng.choice(fw, 30, replace=False)
    taken[S.payroll_worker] = True
    S.payroll_acct = w.account(30)
    od = w.t0 + np.repeat(rng.integers(2, 8, 2), 15) * DAY + 10 * 3600 + np.arange(30) % 15 * 240
    w.bank_accounts(S.payroll_acct, w.id_key[S.payroll_worker], od, w.msisdn[S.payroll_worker],
                    np.repeat(np.array(["ICBC", "FJNX"], dtype=object), 15))
    S.payroll_open = od
    # people making one large purchase (car, flat deposit, wedding gold): a long call with the seller, a visit to
    # the seller's site, then one to three large transfers to the seller's account - the shape of a victim journey
    cand = np.nonzero(~taken & (w.age > 28))[0]
    S.buyer = rng.choice(cand, 25, replace=False)
    taken[S.buyer] = True
    S.buy_day = rng.integers(1, w.D, 25)
    S.seller_num = np.concatenate([w.fixed(2, "Xiamen"), w.fixed(2, "Quanzhou"), w.fixed(2, "Fuzhou")])
    w.subscribers(S.seller_num, w.idkey(6), "fixed", w.t0 - 900 * DAY, id_type="business_license",
                  customer_type="enterprise", prepaid=False, region="Fujian")
    S.seller_acct = w.account(6)
    w.bank_accounts(S.seller_acct, w.idkey(6), w.t0 - 60 * DAY - rng.integers(0, 400, 6) * DAY)
    S.seller_of = rng.integers(0, 6, 25)
    S.seller_dom = np.array(["www.xm-bydauto.com", "www.qz-vanke-sales.com", "www.fz-zhoudasheng.cn",
                             "www.xm-lixiang.com", "www.jj-wanda-house.com", "www.fz-chowtaifook.cn"], dtype=object)
    # stock investors: escalating transfers to a brokerage account and the trading app every day
    cand = np.nonzero(~taken & w.occ_mask("office", "trader", "civil", "healthcare", "shop"))[0]
    S.investor = rng.choice(cand, 15, replace=False)
    taken[S.investor] = True
    S.broker_acct = w.account(3)
    w.bank_accounts(S.broker_acct, w.idkey(3), w.t0 - 3000 * DAY, bank="CIB")


def _special_day(w: World, d: int) -> None:
    rng = w.rng
    # repair shops
    k = rng.integers(3, 9, 6)
    si = np.repeat(np.arange(6), k)
    cust = rng.integers(0, w.n, len(si))
    t = w.times(d, len(si), "work")
    w.device(w.msisdn[cust], t, S.repair_imei[si], "attach", imsi=w.imsi[cust], cell=S.repair_cell[si])
    w.calls(w.msisdn[cust], np.full(len(si), 10086), t + 120, rng.integers(10, 40, len(si)), imei=S.repair_imei[si],
            imsi=w.imsi[cust], cell=S.repair_cell[si], call_type="mobile")
    w.device(w.msisdn[cust], t + 600, w.imei[cust], "attach", imsi=w.imsi[cust], cell=S.repair_cell[si])
    # resellers: one new owner every ~3 days per handset
    if d % 3 == 0:
        own = rng.integers(0, w.n, 5)
        t = w.times(d, 5, "day")
        w.device(w.msisdn[own], t, S.resell_imei, "power_on", imsi=w.imsi[own], cell=S.resell_cell)
        w.calls(w.msisdn[own], w.msisdn[w.contacts[own, 0]], t + 300, rng.integers(30, 300, 5), imei=S.resell_imei,
                imsi=w.imsi[own], cell=S.resell_cell)
    # shared family handsets: a child's SIM in the parent's phone some days
    use = rng.random(20) < 0.35
    oi = np.nonzero(use)[0]
    kid = S.shared_others[oi, rng.integers(0, 3, len(oi))]
    t = w.times(d, len(oi), "evening")
    w.device(w.msisdn[kid], t, w.imei[S.shared_owner[oi]], "attach", imsi=w.imsi[kid], cell=w.home[S.shared_owner[oi]])
    w.calls(w.msisdn[kid], w.msisdn[w.contacts[kid, 1]], t + 200, rng.integers(30, 600, len(oi)),
            imei=w.imei[S.shared_owner[oi]], imsi=w.imsi[kid], cell=w.home[S.shared_owner[oi]])
    # dual SIM: the work SIM calls many customers from the owner's handset
    c = rng.poisson(10, 30)
    ei = np.repeat(np.arange(30), c)
    pj = S.dual_grp[ei, rng.integers(0, 200, len(ei))]
    ans = rng.random(len(ei)) < 0.6
    w.calls(S.dual_num[ei], w.msisdn[pj], w.times(d, len(ei), "work"), np.where(ans, rng.integers(15, 240, len(ei)), 0),
            imei=w.imei[S.dual_owner[ei]], imsi=S.dual_imsi[ei], cell=w.work[S.dual_owner[ei]], callee_cell=w.home[pj])
    w.device(S.dual_num, w.times(d, 30, "day"), w.imei[S.dual_owner], "data_session", imsi=S.dual_imsi,
             cell=w.work[S.dual_owner], nbytes=rng.integers(10**4, 10**7, 30))
    # large purchases
    b = np.nonzero(S.buy_day == d)[0]
    if len(b):
        who = S.buyer[b]
        t = w.times(d, len(b), "work")
        w.calls(S.seller_num[S.seller_of[b]], w.msisdn[who], t, rng.integers(600, 2400, len(b)), call_type="fixed",
                gateway="TRUNK-" + "XM", callee_cell=w.home[who])
        w.web(w.msisdn[who], t + rng.integers(900, 3000, len(b)), S.seller_dom[S.seller_of[b]])
        k = rng.integers(1, 4, len(b))
        ei = np.repeat(np.arange(len(b)), k)
        w.transfers(w.acct[who[ei]], S.seller_acct[S.seller_of[b[ei]]], t[ei] + rng.integers(3600, 20000, len(ei)),
                    np.round(rng.lognormal(np.log(60000), 0.7, len(ei)), -2), msisdn=w.msisdn[who[ei]])
    # stock investors
    inv = S.investor
    w.apps(w.msisdn[inv], w.times(d, len(inv), "work"), "com.hexin.plat.android", "use")
    dep = np.nonzero(rng.random(len(inv)) < (0.15 + 0.02 * d))[0]
    w.transfers(w.acct[inv[dep]], S.broker_acct[dep % 3], w.times(d, len(dep), "work"),
                np.round(rng.lognormal(np.log(8000), 0.6, len(dep)) * (1 + d / 8), -2), msisdn=w.msisdn[inv[dep]])
    # payroll batch accounts: salary in on pay day, then spent and sent home (several transfers out)
    if d == 14:
        t = w.times(d, 30, "work")
        ok = S.payroll_open < t
        w.transfers(np.full(ok.sum(), 10**15 + 777), S.payroll_acct[ok], t[ok], rng.integers(4500, 7500, ok.sum()) * 1.0,
                    channel="counter")
    if d >= 14:
        ok = S.payroll_open < w.t0 + d * DAY
        k = rng.poisson(1.2, 30) * ok
        ei = np.repeat(np.arange(30), k)
        pj = w.contacts[S.payroll_worker[ei], rng.integers(0, 14, len(ei))]
        w.transfers(S.payroll_acct[ei], w.acct[pj], w.times(d, len(ei), "evening"),
                    rng.choice([200.0, 500.0, 1000.0, 2000.0, 3000.0], len(ei)), msisdn=w.msisdn[S.payroll_worker[ei]])


# kinds whose numbers the centre has reviewed after an appeal and marked benign (some of them)
APPEALED = {"factory_recruit_hotline", "courier_dispatcher", "hospital_appointment_line", "census_survey_caller",
            "call_center_outsourcing_batch", "privacy_virtual_numbers", "legal_debt_collector"}


def finish(w: World) -> None:
    for st in S.kinds:
        k = st["k"]
        used = st["first"] >= 0
        if k["kind"] in APPEALED:
            ii = np.nonzero(used & (w.rng.random(len(used)) < 0.3))[0]
            w.report(np.maximum(st["first"][ii], w.t0) + w.rng.integers(DAY, 5 * DAY, len(ii)), "msisdn",
                     [str(x) for x in st["num"][ii]], "benign", None, None, "internal")
        if k["label"] == "account":
            ok = used & (st["acct"] >= 0)
            w.truth("account", st["acct"][ok], "benign", None, k["kind"], st["first"][ok])
        else:
            w.truth("msisdn", st["num"][used], "benign", None, k["kind"], st["first"][used])
        if "device" in st:
            w.truth("imei", st["device"], "benign", None, k["kind"], st["first"][used].min(initial=w.t0))
    w.truth("imei", S.repair_imei, "benign", None, "phone_repair_shop_test_handset", w.t0)
    w.truth("imei", S.resell_imei, "benign", None, "second_hand_phone_reseller", w.t0)
    w.truth("imei", w.imei[S.shared_owner], "benign", None, "shared_family_handset", w.t0)
    w.truth("msisdn", S.dual_num, "benign", None, "dual_sim_work_line", w.t0)
    w.truth("account", S.payroll_acct, "benign", None, "factory_payroll_batch_accounts", S.payroll_open)
    w.truth("msisdn", w.msisdn[S.buyer], "benign", None, "large_purchase_payer", w.t0 + S.buy_day * DAY)
    w.truth("msisdn", w.msisdn[S.investor], "benign", None, "stock_investor_escalating_deposits", w.t0)

