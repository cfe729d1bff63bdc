"""Benign look-alikes: people and businesses whose records resemble fraud in one way or another.

Each kind is a short specification played by ``engine.run_kind`` (keys in ``engine.DEFAULTS``); a few that need
other people's cards or handsets are played by the functions at the end.
"""

from __future__ import annotations

import numpy as np

from . import actors as A
from . import sink as S
from . import world as W
from .engine import run_kind

C, F, T, B, OIL, U = W.COTTON, W.FRUIT, W.TOUR, W.BORDER, W.OIL, W.URBAN
URC = ("URC-TS", "URC-SY", "URC-XS", "URC-SM", "URC-MD", "URC-TT")
INLAND = ("Henan Zhoukou", "Gansu Wuwei", "Shandong Dezhou", "Hebei Handan", "Jiangsu Yancheng")

PICKER_TX = ["明早9点地头集合，带好袋子和水", "今天单价1.6元一公斤，多拾多得", "工钱周日晚上结，别着急", "下雨停工一天",
             "明天换到三队的地", "车7点半在路口接人"]
WEIGH_TX = ["【{}轧花厂】您今日交售籽棉{}公斤，单价6.{}元，请核对磅单，货款三日内转账。"]
COURIER_TX = ["您好，快递到了，放驿站了", "你好，在家吗，有你一个快递", "快递放门口了", "麻烦下来取一下件"]
HEAT_TX = ["【热力公司】您家采暖费尚未缴纳，请于10月20日前缴纳，以免影响供热。", "您好，明天上午入户检查暖气阀门，请家里留人。"]
CARE_TX = ["【社区】重阳节敬老午宴18日中午12点在社区活动室，欢迎老人参加。", "【社区】65岁以上老人免费体检本周六开始。"]
PENSION_TX = ["【社区】养老金资格认证可在社区办理，带身份证即可，不收费。"]
MARKET_TX = ["新店开业，凭短信到店消费满100减30", "秋冬新款到店，老顾客8折", "烤肉店重阳节老人半价"]
OTP_TX = ["【天山云】您的验证码为{}，10分钟内有效。"]
TOUR_TX = ["【喀纳斯景区】受降雪影响景区暂停开放，门票原路退回，请勿相信要求提供银行卡的电话。",
           "【旅行社】因降雪您的喀纳斯行程取消，团费将在3个工作日内原路退回。"]
FLIGHT_TX = ["【航旅】您乘坐的阿勒泰—乌鲁木齐航班因天气原因取消，可免费改签或退票，详见官方APP。"]
LOAN_TX = ["【天山小贷】您申请的借款已放款至尾号账户，请按期还款。", "【天山小贷】您本期账单将于3日后到期。"]
DEBT_TX = ["您的借款已逾期，请尽快处理，以免影响征信。", "请于今日内还款，否则将联系紧急联系人。"]
SCHOOL_TX = ["家长您好，明天秋游请给孩子带好水和外套。", "本周五下午家长会，请准时参加。"]
FUND_TX = ["家人重病住院，恳请大家帮忙转发水滴筹 https://www.shuidichou.com/s/xj", "感谢大家帮忙，筹款已到账"]
CHANGE_TX = ["我换号了，这是我新号码，存一下", "旧号不用了，以后打这个"]
RECRUIT_TX = ["【招聘】轧花厂招装卸工，日结280，包吃住，电话联系", "【招聘】苹果分拣工，计件，工作地阿克苏"]
PRICE_TX = ["【合作社】今日冰糖心苹果收购价4.2元/公斤，特级5元", "【合作社】红枣统货收购价12元/公斤"]
ANTIFRAUD_TX = ["【反诈中心】收到“补贴”“退款”链接不要点，有疑问拨96110，下载国家反诈中心APP https://www.gjfzpt.cn"]
LOCKER_TX = ["【驿站】取件码{}-{}-{}，请及时取件"]
SHIP_TX = ["亲，您买的红枣已发货，顺丰单号SF{}", "您好，苹果已打包发出，注意查收"]
HOSP_TX = ["【自治区人民医院】您预约的门诊将于明日就诊，请携带身份证。"]


def _fill(rng, tpls, k=40):
    out = []
    for i in range(k):
        tpl = tpls[i % len(tpls)]
        n = tpl.count("{}")
        out.append(tpl.format(*[int(rng.integers(10, 9999)) for _ in range(n)]))
    return out


KINDS: dict[str, dict] = {
    # ------------------------------------------------------------------------------------ cotton season
    "labor_broker": dict(n=10, regions=(C,), mobility="local", out=30, to="picker", fresh=.3, customers=90,
                         answer=.8, dur=45, sms=14, texts=PICKER_TX, inbound=10, inbound_from="picker",
                         pay_out=5, pay_out_amt=2600, hours="field", label_account=True),
    "picker_bulk_activation": dict(n=48, regions=(C,), opened="window", prepaid=True, batch=12, to="offnet",
                                   out=1.6, dur=380, hours="evening", data=2.5, home_region="Henan Zhoukou"),
    "picker_new_card_home_calls": dict(n=10, owner="picker", opened="window", prepaid=True, to="offnet",
                                       out=2.5, dur=420, answer=.85, hours="evening"),
    "ginnery_clerk": dict(n=10, regions=(C,), out=28, to="farmer", fresh=.5, answer=.75, dur=50, hours="business",
                          inbound=15, inbound_from="farmer", sms=6, texts=WEIGH_TX),
    "ginnery_finance_line": dict(n=5, regions=(C,), line="fixed", cust="enterprise", out=12, to="farmer",
                                 hours="business", pay_out=9, pay_out_amt=38000, label_account=True),
    "harvester_operator": dict(n=12, regions=(C,), mobility="wide", opened="recent", out=16, to="farmer", fresh=.6,
                               answer=.75, dur=90, inbound=8, inbound_from="farmer", pay_in=2.5, pay_in_amt=3200,
                               hours="field", iaccs=3, label_account=True, home_region="Henan Zhoukou"),
    "harvester_dispatch_coop": dict(n=4, regions=(C,), line="fixed", cust="enterprise", inbound=30,
                                    inbound_from="farmer", out=25, to="farmer", answer=.8, dur=40, hours="business"),
    "cotton_broker": dict(n=8, regions=(C,), mobility="local", out=25, to="farmer", pay_in=2, pay_in_amt=20000,
                          forward=.8, forward_to="farmer", hours="field", label_account=True),
    "weighing_station_sms": dict(n=6, regions=(C,), sms=55, to="farmer", near=.95, texts=WEIGH_TX, out=3,
                                 hours="business"),
    "subsidy_verification_line": dict(n=3, regions=(C,), line="fixed", cust="enterprise", out=40, to="farmer",
                                      answer=.7, dur=70, hours="business", days=(1, 12)),
    "coop_head": dict(n=8, regions=(C,), out=12, to="farmer", fresh=.2, customers=30, dur=120, sms=5,
                      texts=PRICE_TX),
    "cotton_truck_driver": dict(n=10, regions=(C,), mobility="route", route=("AKS", "AWT", "KQA", "KRL", "URC-MD",
                                                                              "SHZ", "KUY"), out=8, to="offnet",
                                hours="xj", data=3),
    "picker_bus_driver": dict(n=5, regions=("HAMI",), mobility="route", route=("HAMI", "TRP", "URC-XS", "KRL", "KQA",
                                                                                "AKS"), out=10, to="picker",
                              answer=.8),
    "drip_irrigation_iot": dict(n=25, regions=(C,), line="iot", cust="enterprise", cards_per_id=25, data=24,
                                bytes=2e4, hours="flat"),
    "seed_fertilizer_rep": dict(n=6, regions=(C,), mobility="wide", out=20, to="farmer", fresh=.85, dur=80,
                                hours="business"),
    "agri_insurance_adjuster": dict(n=5, regions=(C,), mobility="wide", out=15, to="farmer", fresh=.9, dur=150,
                                    hours="business"),
    "picker_canteen": dict(n=6, regions=(C,), pay_in=25, pay_in_amt=18, to="picker", near=.9, hours="field",
                           out=2, label_account=True),
    "picker_foreman": dict(n=8, regions=(C,), out=18, to="picker", pay_in=0.3, pay_in_amt=30000,
                           pay_out=10, pay_out_amt=2500, pay_to="picker", sms=5, texts=PICKER_TX, hours="field",
                           label_account=True),
    "bale_rail_agent": dict(n=5, regions=("KRL", "KUY"), out=15, to="offnet", inbound=10, hours="business"),
    "picker_dual_sim": dict(n=12, owner="picker", share_imei=True, opened="season", prepaid=True, to="offnet",
                            out=3, hours="evening", label_imei=True),
    # ------------------------------------------------------------------------------------ fruit
    "apple_wholesaler": dict(n=8, regions=("AKS", "WSU"), opened="recent", out=30, to="orchard", fresh=.6,
                             answer=.7, dur=70, pay_out=3, pay_out_amt=25000, pay_to="orchard", mobility="local",
                             hours="field", home_region="Shandong Dezhou"),
    "jujube_livestream_seller": dict(n=8, regions=("HTN", "RQ"), pay_in=40, pay_in_amt=60, near=.1,
                                     sms=20, texts=SHIP_TX, iaccs=6, hours="evening",
                                     iacc_platforms=("douyin", "kuaishou", "taobao", "pinduoduo"),
                                     label_account=True),
    "fruit_packing_house": dict(n=5, regions=(F,), out=20, to="worker", hours="field"),
    "cold_chain_truck": dict(n=6, regions=("AKS",), mobility="route", route=("AKS", "KQA", "KRL", "TRP", "HAMI"),
                             out=6, to="offnet", data=5),
    "fruit_express_courier": dict(n=8, regions=(F,), out=45, to="orchard", near=.9, answer=.65, dur=25, sms=15,
                                  texts=COURIER_TX, mobility="local", callback=.25),
    "walnut_buyer": dict(n=4, regions=("YC",), out=25, to="orchard", pay_out=2, pay_out_amt=15000, pay_to="orchard"),
    "raisin_trader": dict(n=5, regions=("TRP", "SSH"), out=20, to="orchard", pay_in=3, pay_in_amt=5000, forward=.5),
    "pear_orchard_owner": dict(n=5, regions=("KRL",), inbound=10, out=8, pay_in=5, pay_in_amt=300),
    "agri_livestream_host": dict(n=6, regions=("AKS", "HTN", "KSG"), video=.3, out=6, iaccs=8, web_rate=20,
                                 web=("v.douyin.com", "live.kuaishou.com"), data=15, bytes=3e7, hours="evening"),
    "fruit_coop_sms": dict(n=4, regions=(F,), sms=40, to="orchard", near=.95, texts=PRICE_TX, hours="business"),
    # ------------------------------------------------------------------------------------ Chongyang and the old
    "community_elderly_care": dict(n=10, regions=URC, out=40, to="elder", near=.95, answer=.8, dur=90, days=(3, 8),
                                   sms=20, texts=CARE_TX),
    "pension_certification_staff": dict(n=6, regions=(U,), line="fixed", cust="enterprise", out=35, to="elder",
                                        near=.9, dur=120, answer=.75, hours="business", days=(2, 12)),
    "health_checkup_clinic": dict(n=5, regions=(U,), out=30, to="elder", near=.9, dur=70, hours="business", sms=10,
                                  texts=CARE_TX),
    "grandchild_video_caller": dict(n=10, owner="student", to="elder", fresh=.05, customers=4, video=.6, dur=600,
                                    out=3, days=(5, 8), hours="young"),
    "senior_tour_agency": dict(n=5, regions=URC, out=30, to="elder", pay_in=3, pay_in_amt=1800, hours="business",
                               sms=10, texts=["【夕阳红旅行社】重阳节吐鲁番一日游198元，报名从速"], label_account=True),
    "health_product_shop": dict(n=6, regions=(U,), out=45, to="elder", fresh=.7, answer=.55, dur=80, pay_in=2,
                                pay_in_amt=600, hours="business"),
    "volunteer_care_calls": dict(n=10, owner="student", out=25, to="elder", fresh=.9, dur=180, days=(4, 7)),
    "hospital_reminder_sms": dict(n=4, regions=("URC-TS",), cust="enterprise", cards_per_id=4, sms=80, to="any",
                                  texts=HOSP_TX, near=.8),
    "elder_id_family_cards": dict(n=12, owner="elder", to="ties", out=2, hours="young"),
    "senior_university_sms": dict(n=3, regions=URC, sms=30, to="elder", customers=60, fresh=0,
                                  texts=["【老年大学】下周书法课照常，重阳节合唱排练周六上午"]),
    # ------------------------------------------------------------------------------------ tourism
    "kanas_tour_guide": dict(n=8, regions=("ALT", "BRQ", "KNS"), mobility="route", route=("KNS", "HM", "BRQ", "ALT"),
                             out=25, to="tourist", near=0, answer=.75, dur=90, days=(0, 8), inbound=6,
                             inbound_from="tourist"),
    "traveller_roaming_kz": dict(n=10, regions=(U,), abroad=("KZ", 0, 12), out=4, to="offnet", hours="xj"),
    "travel_agency_callcentre": dict(n=6, regions=URC, line="fixed", cust="enterprise", cards_per_id=6, out=55,
                                     to="tourist", near=0, answer=.7, dur=80, days=(W.SNOW - 1, 11),
                                     hours="business"),
    "hotel_front_desk": dict(n=6, regions=("ALT", "BRQ", "KNS", "HM"), line="fixed", out=10, to="tourist",
                             near=0, inbound=15, inbound_from="tourist", hours="flat"),
    "scenic_notice_sms": dict(n=2, regions=("KNS",), cust="enterprise", sms=200, to="tourist", near=0,
                              texts=TOUR_TX, days=(W.SNOW, W.SNOW + 2)),
    "airline_rebooking_sms": dict(n=2, regions=("URC-XS",), cust="enterprise", sms=120, to="tourist", near=0,
                                  texts=FLIGHT_TX, days=(W.SNOW - 1, W.SNOW + 2)),
    "car_rental_agent": dict(n=6, regions=("URC-XS", "ALT", "KRL"), out=12, to="any", near=.3, pay_in=2,
                             pay_in_amt=2000, forward=.3),
    "homestay_owner": dict(n=6, regions=("HM", "KNS"), pay_in=4, pay_in_amt=600, to="tourist", near=0, out=6,
                           pay_out=1.5, pay_out_amt=600, pay_to="tourist", label_account=True),
    "poplar_forest_photographer": dict(n=6, regions=("LT",), mobility="route", route=("LT", "KRL", "YL"), out=15,
                                       to="any", near=.3, pay_in=3, pay_in_amt=800, iaccs=4),
    "self_drive_traveller": dict(n=10, regions=(T, F, U), mobility="wide", opened="window", prepaid=True, out=3,
                                 to="offnet", data=6, home_region="Sichuan Chengdu"),
    # ------------------------------------------------------------------------------------ border and trade
    "khorgas_trader": dict(n=8, regions=("KHG",), abroad=("KZ", 0, 14), out=10, to="intl", intl="KZ",
                           pay_in=2, pay_in_amt=40000, forward=.7, label_account=True),
    "kz_truck_driver": dict(n=8, regions=("KHG", "ALK"), abroad=("KZ", 0, 12), out=5, to="intl", intl="KZ"),
    "alashankou_rail_agent": dict(n=4, regions=("ALK",), out=20, to="offnet", inbound=8, hours="business"),
    "currency_exchange_shop": dict(n=4, regions=("KHG", "URC-TS"), pay_in=8, pay_in_amt=8000, forward=.9,
                                   hours="business", label_account=True),
    "crossborder_ecom": dict(n=5, regions=("KHG", "URC-TT"), sms=10, iaccs=10, pay_in=15, pay_in_amt=300),
    "foreign_student_passport": dict(n=10, regions=("URC-SY",), id_type="passport", out=3, to="intl", intl="UZ",
                                     hours="young", home_region="Uzbekistan"),
    "kz_business_visitor": dict(n=6, regions=("URC-TS", "KHG"), id_type="passport", opened="window", prepaid=True,
                                out=6, to="intl", intl="KZ", home_region="Kazakhstan"),
    "border_logistics_callcentre": dict(n=4, regions=("KHG", "ALK"), line="fixed", cust="enterprise", out=40,
                                        to="trader", answer=.75, near=.2, hours="business"),
    # ------------------------------------------------------------------------------------ city services
    "courier": dict(n=30, regions=(U,), mobility="local", out=55, to="any", near=.95, fresh=.95, answer=.7, dur=25,
                    sms=25, texts=COURIER_TX, callback=.25),
    "food_delivery_rider": dict(n=25, regions=(U,), mobility="local", out=35, to="shopper", near=.95, fresh=.95,
                                dur=20, hours="xj", data=8),
    "ride_hailing_driver": dict(n=15, regions=(U,), mobility="local", out=15, to="any", near=.9, fresh=.95, dur=30,
                                hours="late"),
    "privacy_number_pool": dict(n=20, regions=URC, line="voip", cust="enterprise", cards_per_id=20, out=40, to="any",
                                near=.9, fresh=1.0, answer=.7, dur=35, gw="GW-AXB-URC-01", lead=6),
    "bank_callcentre": dict(n=8, regions=URC, line="fixed", cust="enterprise", cards_per_id=8, out=70, to="adult",
                            near=.3, answer=.5, dur=90, hours="business"),
    "operator_telesales": dict(n=6, regions=URC, line="fixed", cust="enterprise", cards_per_id=6, out=90, to="any",
                               near=.2, answer=.45, dur=40, hours="business"),
    "insurance_telesales": dict(n=8, regions=(U,), out=60, to="middle", near=.5, answer=.45, dur=50,
                                hours="business", fresh=.95, callback=.03),
    "real_estate_agent": dict(n=10, regions=(U,), out=45, to="any", near=.9, answer=.4, dur=35, hours="business",
                              fresh=.95, callback=.05),
    "education_telesales": dict(n=6, regions=(U,), out=50, to="middle", near=.6, answer=.45, dur=45,
                                hours="business", fresh=.95),
    "debt_collector": dict(n=8, regions=(U,), out=60, to="young", near=.2, answer=.35, dur=40, hours="business",
                           sms=20, texts=DEBT_TX, fresh=.4, customers=200),
    "property_manager": dict(n=10, regions=(U,), sms=30, to="any", near=1.0, fresh=0, customers=150, texts=HEAT_TX,
                             out=10, inbound=8),
    "heating_company_staff": dict(n=8, regions=URC, days=(0, 7), out=40, to="any", near=1.0, answer=.65, dur=60,
                                  sms=40, texts=HEAT_TX),
    "gas_meter_reader": dict(n=5, regions=(U,), out=20, to="any", near=1.0, dur=30, weekdays=True),
    "shop_sms_promoter": dict(n=6, regions=(U,), opened="recent", prepaid=True, sms=120, to="any", near=.9,
                              texts=MARKET_TX),
    "otp_sms_modem": dict(n=16, regions=("URC-XS",), cust="enterprise", cards_per_id=16, sims_per_imei=8, sms=300,
                          to="any", near=0, texts=OTP_TX, tacs=[86140203], hours="flat", label_imei=True),
    "school_teacher": dict(n=10, regions=(U,), sms=40, to="middle", near=1.0, customers=45, fresh=0,
                           texts=SCHOOL_TX, out=8, weekdays=True),
    "clinic_doctor": dict(n=6, regions=(U,), out=10, inbound=12),
    "recruiter": dict(n=8, regions=(U, C), out=40, to="young", near=.5, answer=.55, dur=120, sms=20,
                      texts=RECRUIT_TX, iaccs=5),
    "driving_school": dict(n=4, regions=(U,), out=25, to="young", sms=10, texts=["驾校报名秋季优惠，包过"]),
    "iot_pos_terminals": dict(n=30, regions=(U,), line="iot", cust="enterprise", cards_per_id=30, data=40, bytes=5e3,
                              hours="xj"),
    "iot_ebike_sharing": dict(n=40, regions=URC, line="iot", cust="enterprise", cards_per_id=40, mobility="local",
                              data=30, bytes=2e4, hours="xj"),
    "iot_sheep_collar": dict(n=20, regions=(T, B), line="iot", cust="enterprise", cards_per_id=20, mobility="local",
                             data=12, bytes=4e3, hours="flat"),
    "iot_elevator_alarm": dict(n=15, regions=URC, line="iot", cust="enterprise", cards_per_id=15, data=4,
                               bytes=1e3, sms=0.3, to="fixed", texts=["ALARM:LIFT-STOP"], hours="flat"),
    "bazaar_stall": dict(n=10, regions=("URC-TS",), pay_in=30, pay_in_amt=60, near=.3, hours="xj",
                         label_account=True),
    "taxi_dispatch_line": dict(n=3, regions=URC, line="fixed", cust="enterprise", out=50, to="any", near=1.0,
                               answer=.85, dur=20, hours="flat"),
    "moving_company": dict(n=4, regions=(U,), out=15, inbound=10),
    "hospital_switchboard": dict(n=4, regions=(U,), line="fixed", cust="enterprise", inbound=80, out=30, to="any",
                                 near=.8, hours="business"),
    "gov_hotline_callback": dict(n=4, regions=URC, line="fixed", cust="enterprise", out=40, to="any", near=.4,
                                 dur=120, hours="business"),
    "antifraud_volunteer_sms": dict(n=4, regions=(U,), sms=50, to="any", texts=ANTIFRAUD_TX),
    "lottery_store": dict(n=5, regions=(U,), pay_in=10, pay_in_amt=50, near=.95),
    "microloan_company": dict(n=6, regions=(U,), cust="enterprise", out=40, to="young", answer=.5, pay_out=3,
                              pay_out_amt=5000, pay_to="young", sms=20, texts=LOAN_TX, apps=("com.tianshan.xiaodai",),
                              label_account=True),
    "car_dealer": dict(n=5, regions=(U,), out=20, to="adult", fresh=.8),
    "ecommerce_presale_cs": dict(n=10, regions=URC, line="voip", cust="enterprise", cards_per_id=10, out=50,
                                 to="shopper", near=0, days=(7, 14), dur=60, gw="GW-ECOM-HZ-03", lead=8),
    "parcel_locker_modem": dict(n=6, regions=(U,), line="iot", cust="enterprise", cards_per_id=6, sms=150, to="any",
                                near=.97, texts=LOCKER_TX, data=6, bytes=5e3),
    "group_buy_leader": dict(n=8, regions=(U,), pay_in=20, pay_in_amt=40, near=.95, sms=15,
                             texts=["今日团购：阿克苏苹果39.9一箱，接龙下单"], iaccs=3, label_account=True),
    "wedding_planner": dict(n=4, regions=(U,), out=15, pay_in=1, pay_in_amt=8000),
    "student_data_card": dict(n=12, owner="student", share_imei=True, out=0.5, data=10, bytes=8e7),
    "data_only_card": dict(n=15, regions=(U,), data=20, bytes=5e7, hours="young"),
    "silent_elderly_card": dict(n=15, owner="elder", out=0.05, inbound=1, inbound_from="worker", data=0.1),
    "dormant_reactivated": dict(n=12, owner="worker", dormant_until=7, to="ties", out=5),
    "returning_cpec_worker": dict(n=6, owner="worker", abroad=("PK", 0, 5), to="ties", out=3),
    "oilfield_shift_worker": dict(n=10, regions=(OIL,), hours="night", out=3, to="offnet", data=3),
    "corps_company_clerk": dict(n=8, regions=(C,), out=20, to="farmer", near=.95, sms=20,
                                texts=["【连队】明天上午开会，讨论棉花交售和补贴公示"]),
    "bbq_restaurant": dict(n=8, regions=(U,), hours="late", pay_in=25, pay_in_amt=120, inbound=10),
    "night_market_vendor": dict(n=8, regions=(U,), hours="late", pay_in=30, pay_in_amt=25),
    "nightshift_nurse": dict(n=6, regions=(U,), hours="night", out=3, to="offnet"),
    "coach_driver": dict(n=6, regions=("URC-XS",), mobility="route", route=("URC-XS", "KRL", "KQA", "AKS", "KSG"),
                         out=6, data=4),
    "family_remittance_hub": dict(n=8, owner="worker", to="ties", pay_out=4, pay_out_amt=1000, pay_in=1,
                                  pay_in_amt=8000),
    "crowdfunding_patient_family": dict(n=5, owner="adult", to="ties", sms=30, texts=FUND_TX, pay_in=15,
                                        pay_in_amt=100, days=(2, 10), label_account=True),
    "ecommerce_refund_cs": dict(n=6, regions=URC, out=30, to="shopper", near=0, dur=70, hours="business"),
    "secondhand_car_trader": dict(n=5, regions=(U,), iaccs=10, out=20,
                                  iacc_platforms=("wechat", "douyin", "kuaishou", "58tongcheng", "dongchedi")),
    "influencer_many_accounts": dict(n=5, regions=URC, iaccs=15, data=10, bytes=3e7, hours="young",
                                     iacc_platforms=("douyin", "kuaishou", "xiaohongshu", "weibo", "bilibili", "qq")),
    "survey_callcentre": dict(n=5, regions=URC, line="fixed", cust="enterprise", cards_per_id=5, out=60, to="any",
                              near=.5, answer=.4, dur=240, hours="business"),
    "recycled_number": dict(n=10, regions=(U,), opened="window", inbound=5, inbound_from="any", near=.2, out=1,
                            to="offnet"),
    "number_change_notifier": dict(n=12, owner="any", opened="window", sms=40, sms_to="ties", to="ties",
                                   texts=CHANGE_TX, out=10, days=(2, 6)),
    "border_dual_sim_driver": dict(n=6, owner="driver", share_imei=True, abroad=("KZ", 0, 10), to="intl",
                                   intl="KZ", out=3, label_imei=True),
    "futures_client": dict(n=6, owner="adult", apps=("com.czce.qihuo",), web=("www.czce.com.cn",), web_rate=4,
                           pay_out=0.4, pay_out_amt=20000),
    # ------------------------------------------------------------------------------------ more shapes
    "wholesale_market_owner": dict(n=6, regions=("URC-TS", "KSG"), out=20, inbound=20, pay_in=8, pay_in_amt=4000,
                                   forward=.4, label_account=True),
    "village_doctor": dict(n=8, regions=(C, F), out=8, to="elder", near=1.0, inbound=6, inbound_from="elder"),
    "village_cadre_notice": dict(n=10, regions=(C, F), out=15, to="rural", near=1.0, sms=10,
                                 texts=["【村委会】棉花补贴面积公示已张贴，请到村委会核对", "【村委会】明天发放重阳节慰问品"]),
    "neighbourhood_elder_helper": dict(n=4, owner="elder", to="ties", out=6, inbound=4),
    "kindergarten_bus": dict(n=4, regions=(U,), sms=30, to="middle", near=1.0, customers=30, fresh=0,
                             texts=["校车7:50到站，请家长准时送孩子"], weekdays=True),
    "tv_repairman": dict(n=4, regions=(U,), out=10, inbound=8),
    "wechat_only_elder": dict(n=10, owner="elder", share_imei=False, out=0.2, data=5, video=.8),
    "internet_cafe_owner": dict(n=3, regions=(U,), iaccs=20, iacc_platforms=("qq", "wechat", "game")),
    "delivery_station_manager": dict(n=5, regions=(U,), out=30, to="any", near=.95, sms=60, texts=COURIER_TX,
                                     customers=200, fresh=.5),
    "new_energy_car_charging_iot": dict(n=12, regions=URC, line="iot", cust="enterprise", cards_per_id=12, data=15,
                                        bytes=3e3),
    "oil_company_dispatch": dict(n=4, regions=(OIL,), line="fixed", cust="enterprise", out=25, to="oil", near=.9),
    "mine_shift_sms": dict(n=3, regions=("HAMI",), sms=60, to="worker", near=1.0, customers=80, fresh=0,
                           texts=["【煤矿】明日夜班人员18点到岗"], hours="night"),
    "vocational_school_enroller": dict(n=5, regions=(C, U), out=35, to="young", near=.4, dur=90, days=(0, 10)),
    "lost_phone_new_card": dict(n=10, owner="any", opened="window", to="ties", out=6, sms=6, sms_to="ties",
                                texts=CHANGE_TX, days=(3, 14)),
    "elder_roaming_abroad_family": dict(n=4, owner="elder", abroad=("SA", 0, 6), to="ties", out=2),
    "herder_winter_move": dict(n=10, regions=(T, B), mobility="wide", out=2, to="offnet", data=0.5, hours="elder"),
    "tutoring_teacher": dict(n=6, regions=URC, out=15, to="middle", pay_in=3, pay_in_amt=1500, weekdays=False),
    "ktv_owner": dict(n=4, regions=(U,), hours="late", out=10, pay_in=15, pay_in_amt=300),
    "charity_donation_sms": dict(n=3, regions=URC, cust="enterprise", sms=80, to="any",
                                 texts=["【慈善总会】重阳敬老募捐，捐款渠道请认准官方公众号"]),
    "job_fair_organizer": dict(n=4, regions=URC, out=30, to="young", sms=40,
                               texts=["【人才市场】10月22日秋季招聘会，欢迎参加"]),
    "telecom_store_staff": dict(n=8, regions=(U, C), out=25, to="any", near=.9, dur=60, hours="business"),
}


def lookalikes(ctx: A.Ctx) -> None:
    rng = ctx.rng("lookalike:texts")
    KINDS["ginnery_clerk"]["texts"] = _fill(rng, ["【{}号轧花厂】您今日交售籽棉{}公斤，单价6.{}元，货款三日内到账"])
    KINDS["weighing_station_sms"]["texts"] = KINDS["ginnery_clerk"]["texts"]
    KINDS["otp_sms_modem"]["texts"] = _fill(rng, OTP_TX, 200)
    KINDS["parcel_locker_modem"]["texts"] = _fill(rng, LOCKER_TX, 200)
    KINDS["jujube_livestream_seller"]["texts"] = _fill(rng, SHIP_TX, 40)
    for name, spec in KINDS.items():
        run_kind(ctx, name, spec)
    phone_shops(ctx)
    repair_shops(ctx)
    phone_dealers(ctx)


def phone_shops(ctx: A.Ctx) -> None:
    """Agents activate new cards in the shop's own handset before handing them over: one IMEI, many new SIMs."""
    rng = ctx.rng("lookalike:phone_shop_activation")
    regs = np.array([W.RIDX[c] for c in ("URC-TS", "AKS", "KSG", "KRL", "SHZ", "KQA")])
    shops = A.new_cards(ctx, rng, regs.size, regs)
    ctx.sink.label("msisdn", shops.msisdn, "benign", "", "lookalike:phone_shop_activation", W.T0)
    ctx.sink.label("imei", shops.imei, "benign", "", "lookalike:phone_shop_activation", W.T0)
    for i, r in enumerate(regs.tolist()):
        k = int(rng.integers(25, 45))
        day = np.sort(rng.integers(0, W.DAYS, k))
        t_open = W.T0 + day * W.DAY + rng.integers(11 * 3600, 19 * 3600, k)
        cust = A.new_cards(ctx, rng, k, r, open_t=t_open, open_cell=shops.home[i],
                           channel=f"XJ38-{W.REGIONS[r][0]}-S{i + 50:03d}", prepaid=rng.random(k) < 0.6)
        own = ctx.nums.imei(k)
        t1 = t_open + rng.integers(60, 600, k)
        A.device(ctx, t1, cust.msisdn, cust.imsi, shops.imei[i], shops.home[i], S.ATTACH)
        A.calls(ctx, rng, t1 + 30, cust.msisdn, -1, np.full(k, 10038), aimei=shops.imei[i], aimsi=cust.imsi,
                acell=shops.home[i], answer=.95, median=20, ctype=S.FIX)
        # then the customer's own phone: ordinary life from the next hour
        t2 = t1 + rng.integers(1800, 3 * 3600, k)
        A.device(ctx, t2, cust.msisdn, cust.imsi, own, cust.home, S.ATTACH)
        reps = rng.integers(2, 12, k)
        e = np.repeat(np.arange(k), reps)
        tt = t2[e] + rng.integers(600, 5 * W.DAY, e.size)
        ok = tt < W.END
        e, tt = e[ok], tt[ok]
        A.calls(ctx, rng, tt, cust.msisdn[e], ctx.draw(rng, "any", e.size, r, 0.8), aimei=own[e], aimsi=cust.imsi[e],
                acell=cust.home[e], answer=.8, median=70)
        ctx.sink.label("msisdn", cust.msisdn, "benign", "", "lookalike:shop_activated_card", t1)


def repair_shops(ctx: A.Ctx) -> None:
    """Repair shops try customers' SIMs in a test phone: one IMEI seen with many established cards."""
    rng = ctx.rng("lookalike:phone_repair_shop")
    regs = np.array([W.RIDX[c] for c in ("URC-SY", "URC-XS", "KSG", "YNG", "HTN")])
    for r in regs.tolist():
        imei = ctx.nums.imei(1)[0]
        cell = ctx.cells.pick(rng, r)
        k = int(rng.integers(20, 40))
        cust = ctx.draw(rng, "any", k, np.full(k, r), 0.9)
        t = W.times(rng, rng.integers(0, W.DAYS, k), "business")
        pop = ctx.pop
        A.device(ctx, t, pop.msisdn[cust], pop.imsi[cust], imei, cell, S.ATTACH)
        A.device(ctx, t + rng.integers(300, 1800, k), pop.msisdn[cust], pop.imsi[cust], imei, cell, S.DATA,
                 byt=rng.integers(10**4, 10**6, k))
        ctx.sink.label("imei", [imei], "benign", "", "lookalike:phone_repair_shop", int(t.min()))


def phone_dealers(ctx: A.Ctx) -> None:
    """Second-hand phone dealers test every phone they buy with their own card: one SIM in many IMEIs."""
    rng = ctx.rng("lookalike:secondhand_phone_dealer")
    regs = np.array([W.RIDX[c] for c in ("URC-TS", "URC-SY", "KSG", "AKS")])
    d = A.new_cards(ctx, rng, regs.size, regs)
    for i in range(regs.size):
        k = int(rng.integers(30, 70))
        imeis = ctx.nums.imei(k, [35391110, 35328811, 86753604, 86891205, 86543202])
        t = np.sort(W.times(rng, rng.integers(0, W.DAYS, k), "business"))
        A.device(ctx, t, d.msisdn[i], d.imsi[i], imeis, d.home[i], S.ATTACH)
        A.calls(ctx, rng, t + 40, d.msisdn[i], -1, np.full(k, 10038), aimei=imeis, aimsi=d.imsi[i], acell=d.home[i],
                answer=.9, median=8, ctype=S.FIX)
        e = rng.integers(0, W.DAYS, 40)
        tt = W.times(rng, e, "xj")
        A.calls(ctx, rng, tt, d.msisdn[i], ctx.draw(rng, "any", 40, regs[i], 0.7), aimei=imeis[0], aimsi=d.imsi[i],
                acell=d.home[i], answer=.75, median=60)
    ctx.sink.label("msisdn", d.msisdn, "benign", "", "lookalike:secondhand_phone_dealer", W.T0)
