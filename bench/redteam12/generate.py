#!/usr/bin/env python3
"""Blind red-team generator 12: a Guangdong (广东: Shenzhen / Dongguan / Guangzhou) province in interchange v1.

    generate.py --out DIR --seed N [--subscribers 20000] [--days-history 10] [--days 7]

Writes DIR/<type>/<type>.parquet for every interchange record type plus DIR/truth/entities and
DIR/truth/events. One numpy Generator(seed) drives everything; the same seed gives the same files.
Written without reading fraudwall's scenarios, features or simulator (see README.md, "Blindness").
"""

from __future__ import annotations

import argparse
import os
import time
from datetime import datetime, timedelta, timezone

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

TZ = "Asia/Shanghai"
START = datetime(2026, 11, 20, tzinfo=timezone(timedelta(hours=8)))
T0 = int(START.timestamp())  # epoch seconds of the period start
DAY = 86400.0

# ---------------------------------------------------------------------------------------------------------------
# geography: regions of cells (name, city, cells, lat, lon, site mix)
REGIONS = [
    ("SZ-HQB", "深圳福田华强北", 30, 22.545, 114.085), ("SZ-FT", "深圳福田", 30, 22.53, 114.05),
    ("SZ-NS", "深圳南山", 40, 22.53, 113.93), ("SZ-BA", "深圳宝安", 50, 22.57, 113.86),
    ("SZ-LH", "深圳龙华", 40, 22.65, 114.03), ("SZ-LG", "深圳龙岗", 50, 22.72, 114.25),
    ("SZ-LUOHU", "深圳罗湖口岸", 20, 22.535, 114.115), ("SZ-HG", "深圳皇岗口岸", 10, 22.52, 114.07),
    ("DG-CA", "东莞长安", 30, 22.81, 113.80), ("DG-HM", "东莞虎门", 30, 22.82, 113.67),
    ("DG-HJ", "东莞厚街", 20, 22.94, 113.67), ("DG-TX", "东莞塘厦", 20, 22.80, 114.10),
    ("DG-SSL", "东莞松山湖", 15, 22.92, 113.89), ("DG-DC", "东莞东城", 25, 23.03, 113.77),
    ("GZ-TH", "广州天河", 40, 23.13, 113.33), ("GZ-BY", "广州白云", 40, 23.20, 113.27),
    ("GZ-PY", "广州番禺大学城", 25, 23.05, 113.38), ("GZ-HZ", "广州海珠", 30, 23.09, 113.32),
    ("GZ-YX", "广州越秀", 20, 23.13, 113.27),
    ("MM-DB", "茂名电白", 15, 21.51, 111.01), ("SW-LF", "汕尾陆丰", 15, 22.95, 115.64),
]
HIGH_RISK = ("MM-DB", "SW-LF")
RG = {r[0]: i for i, r in enumerate(REGIONS)}
POP_AREA = {"SZ-HQB": 3, "SZ-FT": 6, "SZ-NS": 8, "SZ-BA": 10, "SZ-LH": 8, "SZ-LG": 10, "SZ-LUOHU": 3, "SZ-HG": 1,
            "DG-CA": 6, "DG-HM": 5, "DG-HJ": 4, "DG-TX": 4, "DG-SSL": 2, "DG-DC": 5, "GZ-TH": 8, "GZ-BY": 8,
            "GZ-PY": 4, "GZ-HZ": 6, "GZ-YX": 4, "MM-DB": 1.5, "SW-LF": 1.5}
FACTORY = ("DG-CA", "DG-HM", "DG-HJ", "DG-TX", "DG-DC", "SZ-BA", "SZ-LH", "SZ-LG")
CAMPUS = ("GZ-PY", "DG-SSL", "SZ-NS")
BORDER = ("SZ-LUOHU", "SZ-HG", "SZ-FT")

# hour-of-day profiles
_P = {
    "normal": [1, .5, .3, .2, .2, .5, 2, 5, 8, 9, 9, 9, 8, 8, 9, 9, 9, 9, 9, 9, 8, 7, 5, 3],
    "office": [.1, .05, .05, .05, .05, .1, .3, 1, 5, 10, 10, 10, 4, 5, 10, 10, 10, 9, 3, 1, .6, .4, .2, .1],
    "den": [.2, .1, .1, .1, .1, .1, .2, .5, 2, 8, 9, 9, 3, 5, 9, 9, 9, 6, 3, 7, 7, 6, 2, .5],
    "night": [6, 5, 4, 3, 2, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 4, 5, 6, 7, 8, 8],
}
PROFILES = list(_P)
PROF_P = np.array([np.array(v) / sum(v) for v in _P.values()])

# ---------------------------------------------------------------------------------------------------------------
# kinds of subscribers. Defaults = an ordinary adult; every kind overrides what differs.
D = dict(n=0, role="benign", gang="", cpd=2.5, st=0.05, pool=0, ppop=0.35, ans=0.8, dur=80.0, dsig=0.9, night=0.02,
         prof="normal", spd=0.4, sst=0.1, tpl="personal", mb=250.0, wpd=3.0, cat="", apd=1.0, new=0, life=0,
         cells=3, area=None, roam="", rf=0.0, spi=1, vid=0.03, line="mobile", cust="personal", idt="resident_id",
         cpi=1, cb=0.15, intl=0.0, icc="852", accts=1.0, tx=0.25, rx=0.0, ia=3, prepaid=0.5, route=False,
         act_sig=0.5, start=0.0, look=False)

K = []


def kind(name, **kw):
    d = dict(D)
    d.update(kw)
    d["name"] = name
    K.append(d)


# ordinary people (scheme 'ordinary'); n is a share of what the other kinds leave
kind("ordinary_adult", n=-0.66)
kind("ordinary_elderly", n=-0.14, cpd=1.4, ans=0.9, dur=150, mb=30, wpd=0.4, apd=0.3, ia=1, tx=0.1, cells=2)
kind("ordinary_young", n=-0.14, cpd=1.2, spd=0.3, mb=1500, wpd=8, apd=3, ia=5, tx=0.4, night=0.06)
kind("ordinary_homemaker", n=-0.06, cpd=2.0, mb=400, wpd=5, tx=0.35, cells=2)
# benign look-alikes typical of Guangdong (n at 20,000 subscribers)
L = dict(look=True)
kind("job_hunter_migrant_newcard", n=160, new=12, cpd=9, st=0.7, ans=0.6, dur=70, cb=0.35, cat="jobs", area=FACTORY,
     ia=2, **L)
kind("factory_worker_newcard", n=180, new=25, cpd=2.5, st=0.15, area=FACTORY, mb=600, **L)
kind("huaqiangbei_wholesaler", n=60, cpd=22, st=0.6, pool=400, ans=0.75, dur=80, cb=0.4, cat="trade",
     area=("SZ-HQB",), tx=1.5, rx=3, prof="office", **L)
kind("hk_commuter_dualsim", n=120, roam="HK", rf=0.45, intl=0.2, icc="852", cpi=2, area=BORDER, **L)
kind("macau_commuter", n=40, roam="MO", rf=0.4, intl=0.15, icc="853", area=("GZ-YX", "SZ-FT"), **L)
kind("courier_rider", n=200, cpd=28, st=0.92, ans=0.7, dur=30, dsig=0.6, cells=12, cb=0.25, spd=6, sst=0.95,
     tpl="courier", **L)
kind("food_delivery_rider", n=200, cpd=14, st=0.95, ans=0.75, dur=25, dsig=0.6, cells=14, cb=0.2, **L)
kind("livestream_seller", n=50, cpd=7, st=0.3, mb=6000, wpd=20, cat="shop", rx=6, tx=1, **L)
kind("recruitment_agency", n=40, cpd=38, st=0.85, ans=0.5, dur=60, cb=0.3, spd=25, sst=0.95, tpl="job_ad",
     prof="office", area=FACTORY, **L)
kind("labour_dispatch_agent", n=30, cpd=24, st=0.8, ans=0.55, dur=55, cb=0.3, area=FACTORY, **L)
kind("debt_collector", n=40, cpd=55, st=0.95, pool=3000, ans=0.35, dur=45, cb=0.04, prof="office", **L)
kind("property_agent", n=80, cpd=32, st=0.85, ans=0.45, dur=50, cb=0.2, spd=15, sst=0.9, tpl="property", **L)
kind("insurance_telemarketer", n=40, cpd=75, st=0.98, ans=0.3, dur=35, cb=0.03, prof="office", **L)
kind("education_telemarketer", n=30, cpd=65, st=0.98, ans=0.28, dur=30, cb=0.03, prof="office", **L)
kind("credit_card_telesales", n=25, cpd=60, st=0.98, ans=0.3, dur=40, cb=0.03, prof="office", **L)
kind("legit_loan_agent", n=30, cpd=30, st=0.8, ans=0.45, dur=60, spd=12, sst=0.9, tpl="loan_ad", cat="loan",
     cb=0.15, **L)
kind("factory_gsm_gateway", n=64, spi=8, cpd=18, st=0.6, pool=500, ans=0.8, cells=1, mb=0, wpd=0, apd=0, ia=0,
     cust="enterprise", idt="business_license", cpi=8, area=FACTORY, accts=0, tx=0, prof="office", **L)
kind("iot_smart_meter", n=400, line="iot", cpd=0, spd=0.1, sst=0.0, mb=0.3, wpd=0, apd=0, ia=0, cells=1,
     cust="enterprise", idt="business_license", cpi=400, accts=0, tx=0, **L)
kind("iot_vehicle_tracker", n=150, line="iot", cpd=0, spd=0.05, mb=6, wpd=0, apd=0, ia=0, cells=18,
     cust="enterprise", idt="business_license", cpi=150, accts=0, tx=0, **L)
kind("iot_pos_terminal", n=100, line="iot", cpd=0, spd=0, mb=1.5, wpd=0, apd=0, ia=0, cells=1,
     cust="enterprise", idt="business_license", cpi=100, accts=0, tx=0, **L)
kind("iot_shared_bike_lock", n=150, line="iot", cpd=0, spd=0, mb=0.2, wpd=0, apd=0, ia=0, cells=8,
     cust="enterprise", idt="business_license", cpi=150, accts=0, tx=0, **L)
kind("student_campus_drive_cards", n=200, new=60, cpi=3, cpd=1.5, mb=1800, wpd=8, area=CAMPUS, ia=5, **L)
kind("changed_number", n=100, new=15, cpd=5, st=0.05, **L)
kind("returnee_from_cambodia", n=25, roam="KH", rf=0.08, intl=0.15, icc="855", new=20, **L)
kind("returnee_from_philippines", n=20, roam="PH", rf=0.08, intl=0.15, icc="63", new=20, **L)
kind("wechat_pay_small_shop", n=150, cpd=4, rx=20, tx=0.8, area=None, **L)
kind("family_money_pooler", n=100, tx=1.0, **L)
kind("elderly_video_with_abroad", n=80, cpd=1.5, vid=0.6, intl=0.3, icc="1", mb=200, **L)
kind("parent_of_overseas_student", n=50, intl=0.25, icc="61", vid=0.3, tx=0.4, **L)
kind("cross_border_trader", n=40, intl=0.3, icc="852", roam="HK", rf=0.2, tx=1.2, cat="trade", **L)
kind("taxi_driver", n=60, cpd=8, st=0.4, cells=15, night=0.15, **L)
kind("ride_hailing_driver", n=80, cpd=12, st=0.75, ans=0.8, dur=25, cells=16, cb=0.3, night=0.1, **L)
kind("truck_driver_logistics", n=70, cpd=10, st=0.5, pool=150, cells=22, night=0.2, **L)
kind("night_shift_worker", n=120, night=0.35, prof="night", area=FACTORY, **L)
kind("ktv_nightlife_staff", n=60, cpd=10, st=0.4, night=0.45, prof="night", **L)
kind("used_car_dealer", n=30, cpd=20, st=0.6, pool=300, ans=0.6, cb=0.35, tx=0.8, **L)
kind("renovation_contractor", n=50, cpd=15, st=0.5, pool=200, cb=0.35, tx=0.8, **L)
kind("moving_company", n=30, cpd=20, st=0.8, ans=0.7, dur=40, cb=0.35, **L)
kind("hotel_front_desk_line", n=30, line="fixed", cpd=28, st=0.8, ans=0.7, cust="enterprise", cells=1, mb=0, wpd=0,
     apd=0, ia=0, idt="business_license", accts=0, tx=0, **L)
kind("clinic_fixed_line", n=30, line="fixed", cpd=18, st=0.7, ans=0.75, cust="enterprise", cells=1, mb=0, wpd=0,
     apd=0, ia=0, idt="business_license", accts=0, tx=0, prof="office", **L)
kind("school_teacher", n=80, cpd=6, st=0.1, spd=15, sst=0.1, tpl="school", **L)
kind("community_grid_worker", n=40, cpd=20, st=0.7, ans=0.8, dur=70, cb=0.3, prof="office", **L)
kind("pharma_sales_rep", n=40, cpd=15, st=0.5, pool=120, **L)
kind("foreign_trade_b2b_sales", n=50, cpd=10, intl=0.3, icc="1", cat="trade", prof="office", **L)
kind("crypto_retail_trader", n=40, cat="crypto", mb=1500, tx=1.0, **L)
kind("elderly_stock_investor", n=60, cpd=1.5, cat="securities", tx=0.5, mb=200, **L)
kind("online_loan_borrower", n=80, cat="loan", apd=3, tx=0.5, **L)
kind("car_insurance_renewal_agent", n=25, cpd=45, st=0.95, ans=0.4, dur=60, cb=0.1, prof="office", **L)
kind("broadband_installer", n=40, cpd=20, st=0.9, ans=0.75, dur=40, cells=12, cb=0.3, **L)
kind("express_locker_notifier", n=15, cpd=2, spd=180, sst=0.97, tpl="courier", cust="enterprise", **L)
kind("school_notice_sender", n=15, spd=70, sst=0.2, pool=300, tpl="school", **L)
kind("photo_studio_marketing_sms", n=15, spd=60, sst=0.95, tpl="promo", **L)
kind("restaurant_booking_line", n=25, cpd=10, st=0.6, cb=0.5, rx=8, **L)
kind("foreign_visitor_newcard", n=40, new=8, idt="passport", intl=0.4, icc="60", cpd=2, ia=1, **L)
kind("hk_resident_mainland_card", n=60, idt="hk_macau_permit", intl=0.3, icc="852", roam="HK", rf=0.3,
     area=BORDER, **L)
kind("phone_repair_shop_testing_sims", n=36, spi=6, cpd=1, st=0.1, cells=1, area=("SZ-HQB",), **L)
kind("dual_sim_phone_user", n=240, spi=2, cpi=2, **L)
kind("elderly_shared_family_phone", n=60, spi=2, cpd=1, mb=20, wpd=0.2, **L)
kind("legit_voip_call_centre", n=40, line="voip", cpd=90, st=0.95, ans=0.35, dur=60, cust="enterprise",
     idt="business_license", cpi=40, cells=1, mb=0, wpd=0, apd=0, ia=0, prof="office", accts=0, tx=0, cb=0.05, **L)
kind("ecommerce_customer_service_legit", n=30, line="fixed", cpd=60, st=0.97, ans=0.55, dur=90, cust="enterprise",
     idt="business_license", cpi=30, cells=1, mb=0, wpd=0, apd=0, ia=0, prof="office", accts=0, tx=0, cb=0.15, **L)
kind("bank_outbound_service_line", n=20, line="fixed", cpd=80, st=0.99, ans=0.5, dur=70, cust="enterprise",
     idt="business_license", cpi=20, cells=1, mb=0, wpd=0, apd=0, ia=0, prof="office", accts=0, tx=0, **L)
kind("anti_fraud_centre_callback_line", n=10, line="fixed", cpd=70, st=0.99, ans=0.6, dur=120, cust="enterprise",
     idt="business_license", cpi=10, cells=1, mb=0, wpd=0, apd=0, ia=0, prof="office", accts=0, tx=0, **L)
kind("hospital_followup_line", n=10, line="fixed", cpd=40, st=0.95, ans=0.6, dur=90, cust="enterprise",
     idt="business_license", cpi=10, cells=1, mb=0, wpd=0, apd=0, ia=0, prof="office", accts=0, tx=0, **L)
kind("big_factory_hr", n=20, cpd=35, st=0.85, ans=0.6, dur=60, cb=0.3, area=FACTORY, prof="office", **L)
kind("mahjong_parlour_owner", n=20, rx=10, night=0.2, **L)
kind("urban_village_landlord", n=60, rx=4, cpd=4, st=0.3, pool=40, area=("SZ-LH", "SZ-BA", "GZ-BY", "SZ-LG"), **L)
kind("small_factory_payroll", n=30, tx=2.0, cpd=8, st=0.3, area=FACTORY, **L)
kind("medical_crowdfunding_family", n=15, rx=12, **L)
kind("frequent_overseas_traveller", n=40, roam="TH", rf=0.3, intl=0.1, icc="66", **L)
kind("coastal_fisherman", n=40, cells=6, night=0.2, area=("MM-DB", "SW-LF"), **L)
kind("construction_team_leader", n=50, cpd=15, st=0.3, pool=60, tx=1.5, **L)
kind("sme_accountant", n=60, cpd=6, tx=1.5, prof="office", vid=0.1, **L)
kind("teen_mobile_gamer", n=80, mb=4000, wpd=15, cat="games", tx=0.6, night=0.1, **L)
kind("multi_loan_app_borrower", n=50, cat="loan", apd=6, tx=0.7, **L)
kind("operator_campus_sales_promoter", n=15, cpd=30, st=0.85, ans=0.6, dur=45, cb=0.3, area=CAMPUS, **L)
kind("sim_card_agent_shop_owner", n=20, cpd=15, st=0.5, cpi=4, area=FACTORY, **L)
kind("wholesale_market_trader_baiyun", n=50, cpd=15, st=0.5, pool=300, cb=0.35, area=("GZ-BY", "GZ-YX"),
     cat="trade", rx=4, **L)
kind("private_tutor", n=30, cpd=5, st=0.3, pool=40, rx=2, **L)
kind("hair_salon_prepaid_card_seller", n=25, cpd=6, st=0.3, rx=6, **L)
kind("online_dating_user", n=60, mb=1200, wpd=10, apd=4, ia=6, night=0.1, **L)
kind("douyin_short_video_creator", n=40, mb=5000, wpd=15, ia=6, rx=2, **L)
kind("local_tour_guide", n=25, cpd=12, st=0.6, cells=10, cb=0.3, **L)
kind("cross_border_parcel_agent", n=25, cpd=15, st=0.7, intl=0.2, icc="852", cb=0.3, **L)
kind("new_card_after_phone_loss", n=40, new=10, cpd=4, **L)
kind("prepaid_data_only_card", n=120, cpd=0.05, spd=0.05, mb=2500, wpd=10, **L)
kind("silent_backup_card", n=150, cpd=0.03, spd=0.02, mb=1, wpd=0.05, apd=0.02, **L)
kind("security_guard_night", n=50, night=0.3, prof="night", cpd=2, **L)

# fraud: (gang, scheme, fraud_type, care). Each gang's cards are kinds with a fraud role.
GANGS = {
    "G01": ("kh_roaming_police_impersonation", "impersonate_police"),
    "G02": ("ph_den_goip_dongguan_customs", "impersonate_police"),
    "G03": ("vehicle_goip_ecommerce_refund", "customer_service"),
    "G04": ("pig_butchering_investment_app", "investment"),
    "G05": ("part_time_task_sms_links", "part_time_job"),
    "G06": ("loan_fee_scam", "loan"),
    "G07": ("ai_faceswap_boss_video", "acquaintance"),
    "G08": ("card_selling_ring", "other"),
    "G09": ("mule_laundering_chain", "other"),
    "G10": ("careful_investment_romance", "investment"),
    "G11": ("careful_customer_service_spread", "customer_service"),
    "G12": ("voip_courier_claim", "customer_service"),
}
F = dict(mb=0, wpd=0, apd=0, ia=0, accts=0, tx=0, cb=0.02, act_sig=0.3, vid=0.0, prepaid=0.9, spd=0.05)
kind("G01_card", role="fraud_caller", gang="G01", n=30, cpd=38, st=0.97, ans=0.35, dur=40, dsig=1.4, prof="den",
     roam="KH", rf=1.0, spi=3, new=40, life=9, start=3, **F)
kind("G02_goip_sim", role="simbox_sim", gang="G02", n=64, cpd=55, st=0.98, ans=0.3, dur=35, dsig=1.4, prof="den",
     spi=16, cells=1, area=("DG-CA",), new=20, life=4, start=5, **F)
kind("G03_vehicle_sim", role="simbox_sim", gang="G03", n=32, cpd=45, st=0.98, ans=0.35, dur=45, dsig=1.3,
     prof="den", spi=16, cells=1, route=True, area=("SZ-BA",), new=15, life=5, start=9, **F)
kind("G04_chat_phone", role="fraud_caller", gang="G04", n=16, cpd=4, st=0.6, ans=0.6, dur=200, prof="den",
     roam="KH", rf=0.7, new=60, life=17, start=0, **dict(F, ia=4))
kind("G05_sms_sender", role="fraud_sms_sender", gang="G05", n=36, cpd=0.3, sst=0.99, tpl="fraud_parttime",
     new=10, life=3, start=2, cells=2, area=("DG-HM", "DG-HJ"), spi=4, **dict(F, ia=5, spd=260))
kind("G06_loan_caller", role="fraud_caller", gang="G06", n=24, cpd=30, st=0.97, ans=0.4, dur=70, dsig=1.2,
     sst=0.99, tpl="fraud_loan", prof="den", roam="PH", rf=1.0, spi=2, new=25, life=6, start=4, **dict(F, spd=20))
kind("G07_faceswap_phone", role="fraud_caller", gang="G07", n=8, cpd=1.5, st=0.9, ans=0.6, dur=90, prof="office",
     new=15, life=8, start=6, roam="MM", rf=1.0, **F)
kind("G10_careful_card", role="fraud_caller", gang="G10", n=15, cpd=4.5, st=0.55, ans=0.65, dur=180, dsig=1.0,
     prof="normal", mb=350, wpd=4, apd=1, ia=3, cells=4, cb=0.15, new=0, life=17, start=0, act_sig=0.3,
     area=("GZ-TH", "GZ-HZ"), accts=0, tx=0, vid=0.02, prepaid=0.3)
kind("G11_careful_card", role="fraud_caller", gang="G11", n=20, cpd=6, st=0.6, ans=0.5, dur=120, dsig=1.1,
     prof="normal", mb=300, wpd=3, apd=1, ia=2, cells=5, cb=0.12, new=0, life=17, start=1, act_sig=0.3,
     area=("GZ-BY", "GZ-TH", "SZ-LG"), accts=0, tx=0, vid=0.0, prepaid=0.4)
kind("G12_voip_line", role="fraud_caller", gang="G12", n=30, line="voip", cpd=70, st=0.99, ans=0.3, dur=40,
     dsig=1.3, prof="den", cust="enterprise", idt="business_license", cpi=10, cells=1, new=20, life=6, start=8, **F)
kind("sleeping_stock_card", role="fraud_caller", gang="G08", n=30, cpd=0, new=25, **dict(F, spd=0))
# gangs' own phones
GM = dict(role="gang_member", cpd=6, st=0.15, mb=300, wpd=3, ia=3, accts=1, tx=0.3, prepaid=0.3)
kind("G01_member", gang="G01", n=4, roam="KH", rf=1.0, **GM)
kind("G02_member", gang="G02", n=3, roam="PH", rf=1.0, **GM)
kind("G02_room_keeper", gang="G02", n=1, area=("DG-CA",), **GM)
kind("G03_driver", gang="G03", n=2, cells=12, area=("SZ-BA",), **GM)
kind("G04_member", gang="G04", n=3, roam="KH", rf=1.0, **GM)
kind("G05_member", gang="G05", n=2, area=("DG-HM",), **GM)
kind("G06_member", gang="G06", n=2, roam="PH", rf=1.0, **GM)
kind("G07_member", gang="G07", n=2, roam="MM", rf=1.0, **GM)
kind("G08_recruiter", gang="G08", n=5, cpd=16, st=0.7, ans=0.6, area=CAMPUS + FACTORY, cb=0.3, **{
    k: v for k, v in GM.items() if k not in ("cpd", "st")})
kind("G09_member", gang="G09", n=4, **GM)
kind("G10_member", gang="G10", n=3, area=("GZ-TH",), **GM)
kind("G11_member", gang="G11", n=3, area=("GZ-BY",), **GM)
kind("G12_member", gang="G12", n=2, **GM)

FIELDS = [k for k in D if k not in ("n",)]


# ---------------------------------------------------------------------------------------------------------------
def ts_array(sec):
    """Epoch seconds (float) -> Arrow timestamp labelled Asia/Shanghai."""
    return pa.array(np.round((T0 + np.asarray(sec, dtype=np.float64)) * 1e6).astype(np.int64),
                    type=pa.timestamp("us", tz=TZ))


def strs(prefix, ints, width=0):
    return pa.array([f"{prefix}{i:0{width}d}" for i in ints], pa.string()) if len(ints) < 200_000 else \
        pc.binary_join_element_wise(prefix, pc.utf8_lpad(pc.cast(pa.array(ints), pa.string()), width, "0"), "")


def seq_ids(prefix, n):
    return pc.binary_join_element_wise(prefix, pc.cast(pa.array(np.arange(n, dtype=np.int64)), pa.string()), "")


def take(arr: pa.Array, idx, valid=None):
    idx = np.asarray(idx, dtype=np.int64)
    mask = None if valid is None else ~np.asarray(valid)
    if mask is not None:
        idx = np.where(mask, 0, idx)
    return pc.take(arr, pa.array(idx, mask=mask))


def write(out, name, table):
    os.makedirs(os.path.join(out, name), exist_ok=True)
    pq.write_table(table, os.path.join(out, name, f"{name}.parquet"), compression="zstd")
    return table.num_rows


def hexkeys(rng, n, prefix, nbytes=8):
    raw = rng.integers(0, 2 ** 62, size=n, dtype=np.int64)
    raw = np.unique(raw)
    while len(raw) < n:
        raw = np.unique(np.concatenate([raw, rng.integers(0, 2 ** 62, size=n, dtype=np.int64)]))
    raw = rng.permutation(raw)[:n]
    return [f"{prefix}{x:016x}" for x in raw.tolist()]


def unique_ints(rng, n, lo, hi):
    v = np.unique(rng.integers(lo, hi, size=int(n * 1.3) + 10))
    while len(v) < n:
        v = np.unique(np.concatenate([v, rng.integers(lo, hi, size=n)]))
    return rng.permutation(v)[:n]


# ---------------------------------------------------------------------------------------------------------------
def generate(out, seed, n_subs, days_hist, days_win):
    rng = np.random.default_rng(seed)
    t_start = time.time()
    H, W = days_hist, days_win
    ND = H + W
    END = ND * DAY
    counts = {}

    # ---- cells
    cell_ids, cell_reg, cell_lat, cell_lon, cell_site = [], [], [], [], []
    for ri, (code, _name, nc, lat, lon) in enumerate(REGIONS):
        for j in range(nc):
            cell_ids.append(f"460-00-{ri + 9501}-{code}-{j:03d}")
            cell_reg.append(ri)
        cell_lat.append(lat + rng.normal(0, 0.02, nc))
        cell_lon.append(lon + rng.normal(0, 0.02, nc))
        cell_site.append(rng.choice(["macro", "indoor", "small"], size=nc, p=[0.7, 0.2, 0.1]))
    cell_reg = np.array(cell_reg)
    NC = len(cell_ids)
    reg_cells = [np.flatnonzero(cell_reg == i) for i in range(len(REGIONS))]
    cells_tab = pa.table({
        "cell": pa.array(cell_ids), "lat": np.concatenate(cell_lat).round(5), "lon": np.concatenate(cell_lon).round(5),
        "region": pa.array([REGIONS[r][1] for r in cell_reg]), "site_type": pa.array(np.concatenate(cell_site)),
    })
    counts["cells"] = write(out, "cells", cells_tab)
    CELL = pa.array(cell_ids)

    # ---- kinds and counts
    scale = n_subs / 20000.0
    fixed = []
    for k in K:
        if k["n"] > 0:
            c = int(round(k["n"] * scale)) if k["role"] == "benign" else int(k["n"])
            if k["spi"] > 1:
                c = max(k["spi"], c - c % k["spi"])
            fixed.append(c)
        else:
            fixed.append(0)
    rest = max(n_subs - sum(fixed), 1000)
    shares = np.array([-k["n"] if k["n"] < 0 else 0 for k in K])
    ordinary = np.floor(rest * shares / shares.sum()).astype(int)
    cnt = np.where(shares > 0, ordinary, fixed)
    kidx = np.repeat(np.arange(len(K)), cnt)
    N = len(kidx)
    P = {f: np.array([k[f] for k in K], dtype=object if isinstance(D[f], (str, tuple, type(None))) else float)
         for f in FIELDS}
    P["area"] = [k["area"] for k in K]
    P["name"] = np.array([k["name"] for k in K], dtype=object)

    def kp(f):
        return P[f][kidx]

    role = kp("role").astype(str)
    gang = kp("gang").astype(str)
    is_fraud = ~np.isin(role, ["benign", "gang_member"])
    line = kp("line").astype(str)

    # ---- numbers: population + external numbers (other operators, fixed lines, foreign, service)
    mob_pref = np.array([134, 135, 136, 137, 138, 139, 147, 150, 151, 152, 157, 158, 159, 178, 182, 183, 184, 187,
                         188, 198, 195, 172])
    other_pref = np.array([130, 131, 132, 155, 156, 185, 186, 166, 133, 153, 180, 181, 189, 199, 177, 173])
    n_ext = max(60000, N * 6)
    mob_body = unique_ints(rng, N + n_ext, 0, 10 ** 8 * len(mob_pref))

    def mob_numbers(body, prefs):
        return 8600000000000 + prefs[body // 10 ** 8] * 10 ** 8 + body % 10 ** 8

    pop_num = mob_numbers(mob_body[:N] % (10 ** 8 * len(mob_pref)), mob_pref).astype(np.int64)
    # fixed lines / voip in the population: 86755xxxxxxxx, 86769xxxxxxxx, 8620xxxxxxxx
    fx = np.flatnonzero(np.isin(line, ["fixed", "voip"]))
    area_code = rng.choice([755, 769, 20], size=len(fx), p=[0.5, 0.25, 0.25])
    fx_body = unique_ints(rng, len(fx), 20000000, 89999999)
    pop_num[fx] = np.where(area_code == 20, 8620 * 10 ** 8, 86 * 10 ** 11 + area_code * 10 ** 8) + fx_body
    iot = np.flatnonzero(line == "iot")
    pop_num[iot] = 861440 * 10 ** 9 + unique_ints(rng, len(iot), 0, 10 ** 9)
    ext_mob = mob_numbers(unique_ints(rng, n_ext, 0, 10 ** 8 * len(other_pref)), other_pref).astype(np.int64)
    n_extfix = n_ext // 6
    ext_fix = 86755 * 10 ** 8 + unique_ints(rng, n_extfix, 20000000, 89999999)
    ext_fix[: n_extfix // 2] = 8620 * 10 ** 8 + unique_ints(rng, n_extfix // 2, 30000000, 39999999)
    foreign_cc = {"852": 8, "853": 8, "855": 9, "63": 10, "1": 10, "61": 9, "60": 9, "66": 9, "95": 8}
    foreign = []
    for cc, ln in foreign_cc.items():
        foreign.append(int(cc) * 10 ** ln + unique_ints(rng, 3000, 10 ** (ln - 1), 10 ** ln - 1))
    foreign_idx0 = N + n_ext + n_extfix
    fcc_list = list(foreign_cc)
    service = np.array([8695588, 8695533, 8695599, 8695566, 8695555, 8695559, 8610086, 8610010, 8610000, 8695338,
                        8695543, 8695311, 8696110, 861069588, 861065500, 861069001, 861068888, 861069900],
                       dtype=np.int64)
    NUM_INT = np.concatenate([pop_num, ext_mob, ext_fix, np.concatenate(foreign), service])
    NUM = pc.cast(pa.array(NUM_INT), pa.string())
    NT = len(NUM_INT)
    ext_lo, ext_hi = N, N + n_ext + n_extfix
    svc_idx = np.arange(NT - len(service), NT)

    def foreign_of(cc, n):
        j = fcc_list.index(cc)
        return foreign_idx0 + j * 3000 + rng.integers(0, 3000, n)

    # ---- subscriber attributes
    act = np.exp(rng.normal(0, 1, N) * kp("act_sig").astype(float)) * np.exp(-0.5 * kp("act_sig").astype(float) ** 2)
    # home region / cells
    home_reg = np.empty(N, dtype=np.int64)
    pop_regs = np.array([RG[r] for r in POP_AREA])
    pop_w = np.array(list(POP_AREA.values()), float)
    pop_w /= pop_w.sum()
    for ki, k in enumerate(K):
        m = np.flatnonzero(kidx == ki)
        if len(m) == 0:
            continue
        if k["area"]:
            home_reg[m] = rng.choice([RG[a] for a in k["area"]], size=len(m))
        else:
            home_reg[m] = rng.choice(pop_regs, size=len(m), p=pop_w)
    home_cell = np.array([reg_cells[r][0] for r in home_reg]) + (rng.random(N) * np.array(
        [len(reg_cells[r]) for r in home_reg])).astype(int)
    same_city = rng.random(N) < 0.8
    work_cell = np.where(same_city, np.array([reg_cells[r][0] for r in home_reg]) + (rng.random(N) * np.array(
        [len(reg_cells[r]) for r in home_reg])).astype(int), rng.integers(0, NC - 30, N))
    # devices: kinds with spi > 1 share a handset/box among consecutive subscribers of the kind
    dev = np.empty(N, dtype=np.int64)
    ndev = 0
    for ki, k in enumerate(K):
        m = np.flatnonzero(kidx == ki)
        g = np.arange(len(m)) // int(k["spi"])
        dev[m] = ndev + g
        ndev += (g.max() + 1) if len(m) else 0
    tacs = np.array([35332011, 86769204, 86453603, 35875110, 86091705, 86743105, 35391810, 86680104])
    # SIMs sharing a handset or box sit where the box is
    first_of_dev = np.full(ndev, N)
    np.minimum.at(first_of_dev, dev, np.arange(N))
    home_cell = home_cell[first_of_dev[dev]]
    work_cell = work_cell[first_of_dev[dev]]
    home_reg = home_reg[first_of_dev[dev]]
    dev_tac = rng.choice(tacs, size=ndev)
    box = np.flatnonzero(np.bincount(dev, weights=(role == "simbox_sim").astype(float), minlength=ndev) > 0)
    dev_tac[box] = 86234506  # GOIP / gateway modules
    gw = np.flatnonzero(np.bincount(dev, weights=(kp("name") == "factory_gsm_gateway").astype(float),
                                    minlength=ndev) > 0)
    dev_tac[gw] = 86234507
    dev_imei_int = dev_tac * 10 ** 7 + unique_ints(rng, ndev, 0, 10 ** 7)
    IMEI = pc.cast(pa.array(dev_imei_int), pa.string())
    mcc = rng.choice(["46000", "46002", "46007"], size=N, p=[0.6, 0.25, 0.15])
    imsi_body = unique_ints(rng, N, 0, 10 ** 10).tolist()
    imsi_str = [f"{a}{b:010d}" for a, b in zip(mcc.tolist(), imsi_body, strict=True)]
    IMSI = pa.array(imsi_str)

    # card opening and activity interval (days from period start)
    new = kp("new").astype(float)
    life = kp("life").astype(float)
    kstart = kp("start").astype(float)
    open_day = -rng.uniform(120, 3000, N)
    isnew = new > 0
    open_day[isnew] = rng.uniform(H - new[isnew], ND - 1.5)
    a0 = np.maximum(0.0, open_day + 0.05)
    a1 = np.full(N, float(ND))
    fr = np.flatnonzero(is_fraud)
    # fraud cards: bought a few days to weeks before use; each card lives `life` days from a staggered start
    fl = life[fr]
    first = kstart[fr] + rng.uniform(0, np.maximum(ND - kstart[fr] - np.minimum(fl, 3), 0.5))
    first = np.where(fl >= ND - 0.5, kstart[fr], first)
    a0[fr] = np.minimum(first, ND - 0.5)
    a1[fr] = np.minimum(a0[fr] + np.where(fl > 0, fl, ND), ND)
    nw = new[fr] > 0
    open_day[fr] = np.where(nw, a0[fr] - rng.uniform(1, new[fr] + 1), -rng.uniform(150, 900, len(fr)))
    # sleeping stock: bought, never used in the period
    sleep = kp("name") == "sleeping_stock_card"
    a0[sleep], a1[sleep] = ND, ND
    # careful gangs work aged bought cards and keep them through the period
    span = np.maximum(a1 - a0, 0)
    open_sec = open_day * DAY + rng.uniform(9, 20, N) * 3600
    open_sec = np.where(open_day >= 0, np.floor(open_day) * DAY + rng.uniform(9, 19, N) * 3600, open_sec)
    a0 = np.maximum(a0, np.where(open_sec > 0, open_sec / DAY + 0.01, 0.0))

    # ---- ID keys: cards per ID; card sellers' IDs behind fraud cards
    idk = np.empty(N, dtype=np.int64)
    nid = 0
    for ki, k in enumerate(K):
        m = np.flatnonzero(kidx == ki)
        if not len(m) or k["role"] != "benign" and k["role"] != "gang_member":
            continue
        c = int(k["cpi"])
        if c <= 1:
            idk[m] = nid + np.arange(len(m))
            nid += len(m)
        else:
            per = rng.integers(1, c + 1, len(m)) if c <= 4 else np.full(len(m), c)
            grp = np.repeat(np.arange(len(m)), per)[: len(m)]
            idk[m] = nid + grp
            nid += grp.max() + 1
    # card sellers: students and migrant workers (ordinary subscribers who sold cards in their own name)
    n_fcards = len(fr)
    seller_pool = np.flatnonzero(np.isin(kp("name"), ["student_campus_drive_cards", "ordinary_young",
                                                       "factory_worker_newcard", "job_hunter_migrant_newcard",
                                                       "ordinary_adult"]) & (kp("line") == "mobile"))
    n_sellers = max(20, n_fcards // 3)
    w = np.where(np.isin(kp("name")[seller_pool], ["ordinary_adult"]), 0.2, 1.0)
    sellers = rng.choice(seller_pool, size=n_sellers, replace=False, p=w / w.sum())
    seller_ids = idk[sellers]
    # fraud cards of a gang come from a few sellers each (1-6 cards per seller); G12 voip from shell companies
    card_seller_id = np.full(N, -1)
    for g in sorted(set(gang[fr])):
        m = fr[gang[fr] == g]
        if g == "G12":
            shells = nid + np.arange((len(m) + 9) // 10)
            nid += len(shells)
            idk[m] = np.repeat(shells, 10)[: len(m)]
            card_seller_id[m] = idk[m]
            continue
        per_seller = rng.integers(1, 7, size=len(m))
        grp = np.repeat(np.arange(len(m)), per_seller)[: len(m)]
        ch = rng.choice(seller_ids, size=grp.max() + 1)
        idk[m] = ch[grp]
        card_seller_id[m] = idk[m]
    ID_KEYS = np.array(hexkeys(rng, nid, "idk_"), dtype=object)
    seller_id_set = np.unique(card_seller_id[card_seller_id >= 0])

    # status
    status = np.full(N, "active", dtype=object)
    status_time = np.full(N, np.nan)
    # some fraud cards get suspended after they stop (operator caught them)
    susp = is_fraud & (a1 < ND - 0.5) & (rng.random(N) < 0.5)
    status[susp] = "suspended"
    status_time[susp] = a1[susp] * DAY + 3600
    cl = (~is_fraud) & (rng.random(N) < 0.01)
    status[cl] = "closed"
    status_time[cl] = rng.uniform(0, END, cl.sum())
    a1[cl] = np.minimum(a1[cl], status_time[cl] / DAY)
    span = np.maximum(a1 - a0, 0)

    # ---- social communities (contacts)
    KC = 24
    comm = np.empty(N, dtype=np.int64)
    order = rng.permutation(N)
    # people group by home region mostly
    order = order[np.argsort(home_reg[order] + rng.random(N) * 3, kind="stable")]
    comm[order] = np.arange(N) // 60
    ncomm = comm.max() + 1
    for g in sorted(set(gang[gang != ""])):  # a gang's members (and careful gangs' cards) know each other
        m = np.flatnonzero((gang == g) & ((role == "gang_member") | np.isin(gang, ["G10", "G11"])))
        comm[m] = ncomm
        ncomm += 1
    csort = np.argsort(comm, kind="stable")
    cstart = np.searchsorted(comm[csort], np.arange(ncomm))
    csize = np.bincount(comm, minlength=ncomm)
    r = rng.random((N, KC))
    contacts = csort[cstart[comm][:, None] + (r * csize[comm][:, None]).astype(np.int64)]
    # 30% of contacts outside the community: friends elsewhere, other operators' numbers
    outside = rng.random((N, KC)) < 0.3
    contacts = np.where(outside, np.where(rng.random((N, KC)) < 0.6, rng.integers(ext_lo, ext_hi, (N, KC)),
                                          rng.integers(0, N, (N, KC))), contacts)
    del cstart
    # only people are anybody's contacts (no IoT, lines, or other gangs' cards); the rest become other numbers
    person = (line == "mobile") & (kp("cust") == "personal") & ~is_fraud & (role != "gang_member")
    people = np.flatnonzero(person)
    cin = contacts < N
    cc_ = np.minimum(contacts, N - 1)
    bad = cin & ~person[cc_] & ~((gang[cc_] == gang[:, None]) & (gang[:, None] != ""))
    contacts = np.where(bad, rng.integers(ext_lo, ext_hi, (N, KC)), contacts)
    gm = np.isin(gang, ["G10", "G11"]) | (role == "gang_member")
    contacts[gm] = np.where(outside[gm], rng.integers(ext_lo, ext_hi, (gm.sum(), KC)), contacts[gm])
    ncont = np.clip(rng.poisson(12, N), 3, KC)

    n_pt = len(people) + (ext_hi - ext_lo)

    def pool_target(who, j):
        """A subscriber's own circle of customers/debtors: the same few hundred numbers all period."""
        x = (who.astype(np.int64) * 7919 + j.astype(np.int64) * 104729 + 12345) * 40503 % n_pt
        return np.where(x < len(people), people[np.minimum(x, len(people) - 1)], ext_lo + x - len(people))

    # ---- time of day sampling
    prof_idx = np.array([PROFILES.index(p) for p in P["prof"]])[kidx]
    night = kp("night").astype(float)

    def times_for(owner, lo, hi):
        """Random instants for events of `owner` within [lo, hi) days, hour profile by kind."""
        n = len(owner)
        day = np.floor(lo + rng.random(n) * np.maximum(hi - lo, 1e-6))
        hour = np.empty(n)
        pi = prof_idx[owner]
        for p in range(len(PROFILES)):
            m = pi == p
            hour[m] = rng.choice(24, size=m.sum(), p=PROF_P[p])
        nm = rng.random(n) < night[owner]
        hour[nm] = rng.integers(0, 6, nm.sum())
        t = day * DAY + hour * 3600 + rng.random(n) * 3600
        early = t < lo * DAY  # before the card was switched on that day: later on that day instead
        t = np.where(early, lo * DAY + rng.random(n) * np.maximum(np.minimum(hi, np.floor(lo) + 1) - lo, 0) * DAY, t)
        return np.clip(t, lo * DAY, np.minimum(hi * DAY, END) - 1)

    # ---- voice: generic calls
    cpd = kp("cpd").astype(float)
    n_calls = rng.poisson(cpd * act * span)
    caller = np.repeat(np.arange(N), n_calls)
    nC = len(caller)
    t_call = times_for(caller, a0[caller], a1[caller])
    st = kp("st").astype(float)[caller]
    pool = kp("pool").astype(int)[caller]
    stranger = rng.random(nC) < st
    intl = rng.random(nC) < kp("intl").astype(float)[caller]
    callee = contacts[caller, (rng.random(nC) * ncont[caller]).astype(int)]
    ppop = kp("ppop").astype(float)[caller]
    rnd_pop = rng.random(nC) < ppop
    rand_target = np.where(rnd_pop, people[rng.integers(0, len(people), nC)], rng.integers(ext_lo, ext_hi, nC))
    pooled = pool_target(caller, rng.integers(0, np.maximum(pool, 1)))
    stranger_target = np.where(pool > 0, pooled, rand_target)
    callee = np.where(stranger, stranger_target, callee)
    icc = P["icc"][kidx][caller]
    for cc in fcc_list:
        m = intl & (icc == cc)
        callee[m] = foreign_of(cc, m.sum())
    callee = np.where(callee == caller, (callee + 1) % N, callee)
    ans_p = np.where(stranger, kp("ans").astype(float)[caller], np.maximum(kp("ans").astype(float)[caller], 0.85))
    answered = rng.random(nC) < ans_p
    dur_med = kp("dur").astype(float)[caller]
    dsig = kp("dsig").astype(float)[caller]
    dur = np.where(answered, np.maximum(1, np.exp(np.log(dur_med) + dsig * rng.normal(0, 1, nC))), 0)
    dur = np.where(~stranger & answered, np.maximum(dur, rng.exponential(90, nC)), dur).astype(np.int64)
    video = rng.random(nC) < kp("vid").astype(float)[caller]
    calls = dict(caller=caller, callee=callee, t=t_call, dur=np.minimum(dur, 7200), ans=answered, video=video,
                 stranger=stranger, intl_out=intl, tag=np.zeros(nC, np.int8))

    # callbacks: people called by a stranger sometimes ring back (customers, employers...)
    cbp = kp("cb").astype(float)[caller]
    cbm = answered & stranger & (rng.random(nC) < cbp)
    cb_t = t_call[cbm] + rng.exponential(3 * 3600, cbm.sum()) + 60
    keep = cb_t < END
    cbk = np.flatnonzero(cbm)[keep]
    extra_calls = [dict(caller=callee[cbk], callee=caller[cbk], t=cb_t[keep],
                        ans=rng.random(len(cbk)) < 0.85, video=np.zeros(len(cbk), bool))]
    # inbound from abroad: relatives calling elderly / commuters' HK colleagues
    inb = np.flatnonzero(kp("intl").astype(float) > 0)
    n_in = rng.poisson(kp("intl").astype(float)[inb] * 3 * np.maximum(span[inb], 0))
    who = np.repeat(inb, n_in)
    t_in = times_for(who, a0[who], a1[who])
    fcaller = np.zeros(len(who), np.int64)
    icc_w = P["icc"][kidx][who]
    for cc in fcc_list:
        m = icc_w == cc
        fcaller[m] = foreign_of(cc, m.sum())
    extra_calls.append(dict(caller=fcaller, callee=who, t=t_in, ans=rng.random(len(who)) < 0.8,
                            video=rng.random(len(who)) < kp("vid").astype(float)[who] * 1.2, intl_in=True))
    # service numbers (banks, operator, couriers) calling subscribers
    pers = np.flatnonzero(line == "mobile")
    ns = int(len(pers) * ND * 0.08)
    extra_calls.append(dict(caller=rng.choice(svc_idx, ns), callee=rng.choice(pers, ns),
                            t=rng.uniform(9 * 3600, END - 6 * 3600, ns), ans=rng.random(ns) < 0.6,
                            video=np.zeros(ns, bool)))
    # accomplices ring careful gangs' cards (inbound traffic that makes them look used)
    cg = np.flatnonzero(np.isin(gang, ["G10", "G11"]) & is_fraud)
    n_acc = rng.poisson(2.0 * span[cg])
    tgt = np.repeat(cg, n_acc)
    extra_calls.append(dict(caller=np.where(rng.random(len(tgt)) < 0.5, rng.integers(ext_lo, ext_hi, len(tgt)),
                                            contacts[tgt, rng.integers(0, KC, len(tgt))]),
                            callee=tgt, t=times_for(tgt, a0[tgt], a1[tgt]), ans=rng.random(len(tgt)) < 0.9,
                            video=np.zeros(len(tgt), bool)))

    # ---- victims of call-based gangs: hooked on a long answered call
    acct_holder = (line == "mobile") & (kp("accts").astype(float) > 0) & ~is_fraud & (role != "gang_member")
    victims = []  # (victim sub, gang, hook time)
    vrate = {"G01": 0.10, "G02": 0.06, "G03": 0.08, "G06": 0.10, "G11": 0.15, "G12": 0.06}
    cg_ = gang[caller]
    for g, p in vrate.items():
        m = np.flatnonzero((cg_ == g) & answered & (dur >= 150) & (callee < N))
        m = m[acct_holder[callee[m]]]
        _, first_i = np.unique(callee[m], return_index=True)
        m = m[np.sort(first_i)]
        pick = m[rng.random(len(m)) < p]
        victims += [(int(callee[i]), g, float(t_call[i]), int(caller[i])) for i in pick]

    # pig-butchering and careful investment: long chats with chosen targets for days, then payments
    for g, nv in (("G04", 14), ("G10", 6)):
        cards = np.flatnonzero((gang == g) & is_fraud)
        cand = np.flatnonzero(acct_holder & ~np.isin(kp("name"), ["ordinary_elderly"]))
        tg = rng.choice(cand, size=max(1, int(nv * scale ** 0.5)), replace=False)
        for v in tg.tolist():
            c = int(rng.choice(cards))
            t0 = rng.uniform(max(a0[c], 0) * DAY, min(a1[c] * DAY, END - 3 * DAY))
            k = int(rng.integers(6, 20))
            tt = np.sort(t0 + rng.uniform(0, 6 * DAY, k))
            tt = tt[tt < END]
            extra_calls.append(dict(caller=np.full(len(tt), c), callee=np.full(len(tt), v), t=tt,
                                    ans=np.ones(len(tt), bool), video=rng.random(len(tt)) < 0.1,
                                    dur=rng.integers(300, 2400, len(tt))))
            victims.append((v, g, float(tt[min(len(tt) - 1, 3)]), c))
    # AI face-swap "boss" video calls to company accountants
    cards = np.flatnonzero((gang == "G07") & is_fraud)
    accs = np.flatnonzero(kp("name") == "sme_accountant")
    tg = rng.choice(accs, size=min(len(accs), max(2, int(6 * scale ** 0.5))), replace=False)
    for v in tg.tolist():
        c = int(rng.choice(cards))
        t0 = rng.uniform(a0[c] * DAY, a1[c] * DAY)
        t0 = np.floor(t0 / DAY) * DAY + rng.uniform(10, 16) * 3600
        extra_calls.append(dict(caller=np.array([c, c]), callee=np.array([v, v]), t=np.array([t0, t0 + 1800]),
                                ans=np.array([True, True]), video=np.array([True, True]),
                                dur=np.array([int(rng.integers(40, 120)), int(rng.integers(20, 90))])))
        if rng.random() < 0.7 and t0 < END - 3600:
            victims.append((v, "G07", float(t0 + 1800), c))

    # ---- SMS
    spd = kp("spd").astype(float) * np.isin(line, ["mobile", "iot"])  # fixed and VoIP lines send no SMS
    n_sms = rng.poisson(spd * act * span)
    sender = np.repeat(np.arange(N), n_sms)
    nS = len(sender)
    t_sms = times_for(sender, a0[sender], a1[sender])
    sst = kp("sst").astype(float)[sender]
    s_str = rng.random(nS) < sst
    spool = kp("pool").astype(int)[sender]
    recv = contacts[sender, (rng.random(nS) * ncont[sender]).astype(int)]
    srand = np.where(rng.random(nS) < kp("ppop").astype(float)[sender], people[rng.integers(0, len(people), nS)],
                     rng.integers(ext_lo, ext_hi, nS))
    spooled = pool_target(sender, rng.integers(0, np.maximum(spool, 1)))
    recv = np.where(s_str, np.where(spool > 0, spooled, srand), recv)
    iotm = line[sender] == "iot"
    recv[iotm] = svc_idx[13 + (sender[iotm] % 5)]
    TPL = {
        "personal": ["到了没", "晚上回来吃饭吗", "好的", "收到", "明天见", "电话没电了，晚点回你", "在开会", "[图片]"],
        "courier": ["【丰巢】您的快递已到柜，取件码{c}", "【中通快递】您的包裹正在派送，请保持电话畅通",
                    "【菜鸟驿站】凭{c}取件"],
        "job_ad": ["【长安电子厂】急招普工，包吃住，月薪6000+，详询", "【虎门制衣】招熟手车位，计件高工资"],
        "property": ["【链家】龙华地铁口两房出租2800/月", "【中原地产】南山学位房急售，有意致电"],
        "loan_ad": ["【招联金融】您有一笔额度待领取，退订回T", "【平安普惠】尊敬的客户，您的预审额度已生成"],
        "school": ["各位家长：明天上午8点校运会，请穿校服", "本周五家长会，请准时参加"],
        "promo": ["【婚纱摄影】双12特惠套餐立减2000元，退订回T", "【美食城】周末满100减30"],
        "fraud_parttime": ["【兼职】在家刷单日结300-800，加微信了解 http://{d}/t{c}",
                           "宝妈兼职，手机点赞一单3元，详情 http://{d}/j{c}", "淘宝补单日赚500，点击 {d}/reg"],
        "fraud_loan": ["【急速贷】无抵押无征信，最高20万当天到账 http://{d}/dk", "您的贷款已审批通过，点击领取 {d}/apply"],
    }
    tpl_names = list(TPL)
    tpl_k = np.array([tpl_names.index(t) for t in P["tpl"]])[kidx][sender]
    content_list, offs = [], {}
    gang_dom = {}
    for tn in tpl_names:
        offs[tn] = len(content_list)
        for s in TPL[tn]:
            content_list.append(s)
    # ---- web resources: benign domains, fraud domains per gang
    base_domains = ["qq.com", "weixin.qq.com", "baidu.com", "taobao.com", "jd.com", "pinduoduo.com", "douyin.com",
                    "kuaishou.com", "meituan.com", "alipay.com", "163.com", "sina.com.cn", "bilibili.com",
                    "xiaohongshu.com", "zhihu.com", "ctrip.com", "12306.cn", "amap.com", "dianping.com", "ele.me",
                    "toutiao.com", "iqiyi.com", "youku.com", "huawei.com", "mi.com", "vivo.com.cn", "oppo.com",
                    "gov.cn", "gd.gov.cn", "sz.gov.cn", "dg.gov.cn", "gz.gov.cn", "icbc.com.cn", "ccb.com",
                    "cmbchina.com", "pingan.com", "10086.cn", "189.cn", "sf-express.com", "zto.com", "cainiao.com",
                    "hupu.com", "163yun.com", "apple.com", "microsoft.com", "github.com"]
    cat_domains = {
        "jobs": ["58.com", "zhipin.com", "ganji.com", "51job.com", "dgrc.com.cn", "szhr.com.cn"],
        "trade": ["1688.com", "hqew.com", "alibaba.com", "made-in-china.com", "szhqb.net"],
        "shop": ["taobao.com", "douyin.com", "jinritemai.com", "kwaixiaodian.com"],
        "crypto": ["binance.com", "okx.com", "coinmarketcap.com", "feixiaohao.com"],
        "securities": ["eastmoney.com", "10jqka.com.cn", "xueqiu.com", "gf.com.cn", "htsc.com.cn"],
        "loan": ["jiebei.alipay.com", "360jie.com", "zhaolian.com", "weilidai.qq.com", "pingan-puhui.com"],
        "games": ["game.qq.com", "mihoyo.com", "4399.com", "taptap.cn", "steamcommunity.com"],
    }
    rnd_small = [f"{w}{i}.com" for w in ("shop", "blog", "news", "game", "bbs", "cdn", "img") for i in range(1, 40)]
    benign_doms = list(dict.fromkeys(base_domains + [d for v in cat_domains.values() for d in v] + rnd_small))

    def fake(n, tlds):
        letters = np.array(list("abcdefghjkmnpqrstuvwxyz23456789"))
        parts = rng.choice(letters, size=(n, 6))
        return ["".join(p) + t for p, t in zip(parts.tolist(), rng.choice(tlds, n).tolist(), strict=True)]

    gang_dom["G04"] = ["hjzq-vip.com", "hjzq-app.top", "huijin-global.net"] + fake(2, [".vip", ".top"])
    gang_dom["G05"] = fake(4, [".top", ".xyz", ".cc"])
    gang_dom["G06"] = ["jisudai-cn.com", "kuaidai88.top"] + fake(2, [".cn.com", ".top"])
    gang_dom["G10"] = ["fortune-hk.net", "ltc-wealth.com"]
    gang_dom["G03"] = ["tb-refund-kefu.com"]
    gang_dom["G01"] = ["gjajzx-cn.com"]  # fake "national security case centre"
    fraud_apps = {"G04": ["com.hjzq.invest", "com.huijin.trade"], "G06": ["com.jisudai.loan"],
                  "G10": ["com.fortunehk.wealth"], "G05": ["com.taskhub.earn"], "G01": ["com.gjajzx.safe"]}
    for g in ("G05", "G06"):
        base = offs["fraud_parttime" if g == "G05" else "fraud_loan"]
        for j, s in enumerate(TPL["fraud_parttime" if g == "G05" else "fraud_loan"]):
            content_list[base + j] = s.replace("{d}", gang_dom[g][j % len(gang_dom[g])])
    lens = np.array([len(TPL[t]) for t in tpl_names])
    sms_content_idx = np.array([offs[t] for t in tpl_names])[tpl_k] + (rng.random(nS) * lens[tpl_k]).astype(int)
    CONTENT = pa.array([c.replace("{c}", "") for c in content_list])
    # service SMS to subscribers (verification codes, bank notices)
    ns2 = int(len(pers) * ND * 0.5)
    svc_content = ["【工商银行】您尾号{c}卡支出", "【微信】验证码", "【中国移动】本月流量已使用80%", "【美团】您的订单已送达",
                   "【建设银行】您的账户收入"]
    off_svc = len(content_list)
    CONTENT = pa.concat_arrays([CONTENT, pa.array([s.replace("{c}", "") for s in svc_content])])
    sms = dict(sender=[sender, rng.choice(svc_idx, ns2)], recv=[recv, rng.choice(pers, ns2)],
               t=[t_sms, rng.uniform(0, END, ns2)], content=[sms_content_idx, off_svc + rng.integers(0, 5, ns2)])

    # SMS victims (G05 part-time tasks, G06 loans): clicked the link, then paid
    sm = np.flatnonzero(np.isin(gang[sender], ["G05", "G06"]) & (recv < N))
    sm = sm[acct_holder[recv[sm]]]
    clicked = sm[rng.random(len(sm)) < 0.035]
    _, fi = np.unique(recv[clicked], return_index=True)
    clicked = clicked[np.sort(fi)]
    click_t = t_sms[clicked] + rng.exponential(1800, len(clicked))
    click_ok = click_t < END
    clicked, click_t = clicked[click_ok], click_t[click_ok]
    paid = rng.random(len(clicked)) < 0.2
    for i, tc in zip(clicked[paid].tolist(), click_t[paid].tolist(), strict=True):
        victims.append((int(recv[i]), str(gang[sender[i]]), float(tc), int(sender[i])))

    # ---- victims' payments, mule chains
    # bank accounts
    accts_n = np.where(kp("accts").astype(float) > 0, 1 + (rng.random(N) < 0.3), 0)
    accts_n[is_fraud] = 0
    acc_owner = np.repeat(np.arange(N), accts_n)
    nA = len(acc_owner)
    primary = np.full(N, -1)
    first_acc = np.flatnonzero(np.r_[True, acc_owner[1:] != acc_owner[:-1]]) if nA else np.array([], int)
    primary[acc_owner[first_acc]] = first_acc
    banks = np.array(["ICBC", "CCB", "ABC", "BOC", "CMB", "PAB", "CGB", "PSBC", "BOCOM", "CIB", "SZRCB"])
    acc_bank = rng.choice(banks, size=nA, p=[.16, .14, .12, .1, .12, .08, .07, .08, .05, .04, .04])
    acc_open = np.minimum(open_sec[acc_owner], 0) - rng.uniform(0, 800, nA) * DAY
    acc_id = idk[acc_owner]
    acc_bound = acc_owner.copy()
    acc_role = np.full(nA, "benign", dtype=object)
    acc_gang = np.full(nA, "", dtype=object)
    acc_scheme = np.where(P["look"][kidx][acc_owner].astype(bool), kp("name")[acc_owner], "ordinary").astype(object)
    acc_status = np.full(nA, "active", dtype=object)
    # enterprises' and merchants' accounts that are not subscribers (payroll, platforms, utilities)
    n_ent = 300
    ent_id = nid + np.arange(n_ent)
    nid += n_ent
    ent_ids = hexkeys(rng, n_ent, "biz_")
    # mule accounts: sold / rented by card sellers (new accounts opened across banks)
    mule_gangs = ["G01", "G02", "G03", "G04", "G05", "G06", "G07", "G10", "G11", "G12"]
    n_mule_l1 = {g: int(rng.integers(4, 12)) for g in mule_gangs}
    n_l2, n_l3, n_otc = 25, 20, 8
    n_mule = sum(n_mule_l1.values()) + n_l2 + n_l3 + n_otc
    mule_seller = rng.choice(sellers, size=n_mule)
    # careful gangs rent aged accounts of real people (also card sellers)
    mule_open = -rng.uniform(3, 40, n_mule) * DAY
    mule_gang, mule_layer = [], []
    for g in mule_gangs:
        mule_gang += [g] * n_mule_l1[g]
        mule_layer += [1] * n_mule_l1[g]
    mule_gang += ["G09"] * (n_l2 + n_l3 + n_otc)
    mule_layer += [2] * n_l2 + [3] * n_l3 + [4] * n_otc
    mule_gang = np.array(mule_gang, dtype=object)
    mule_layer = np.array(mule_layer)
    aged = np.isin(mule_gang, ["G10", "G11"])
    mule_open[aged] = -rng.uniform(400, 2500, aged.sum()) * DAY
    mule_idx0 = nA + n_ent
    A_ID = hexkeys(rng, nA + n_ent + n_mule, "acct_")
    A_ID = np.array(A_ID, dtype=object)
    all_owner_id = np.concatenate([acc_id, ent_id, idk[mule_seller]])
    all_bank = np.concatenate([acc_bank, rng.choice(banks, n_ent), rng.choice(banks, n_mule)])
    all_open = np.concatenate([acc_open, -rng.uniform(300, 4000, n_ent) * DAY, mule_open])
    all_bound = np.concatenate([acc_bound, np.full(n_ent, -1),
                                np.where(rng.random(n_mule) < 0.6, mule_seller, -1)])
    all_role = np.concatenate([acc_role, np.full(n_ent, "benign", object), np.full(n_mule, "mule_account", object)])
    all_gang = np.concatenate([acc_gang, np.full(n_ent, "", object), mule_gang])
    all_scheme = np.concatenate([acc_scheme, np.full(n_ent, "ordinary", object),
                                 np.array([GANGS[g][0] for g in mule_gang], object)])
    all_status = np.concatenate([acc_status, np.full(n_ent, "active", object), np.full(n_mule, "active", object)])
    fro = np.flatnonzero(rng.random(n_mule) < 0.15)
    all_status[mule_idx0 + fro] = "frozen"
    ent_acc = nA + np.arange(n_ent)

    # ---- transfers: benign
    txr = kp("tx").astype(float)
    ntx = rng.poisson(txr * act * span) * (primary >= 0)
    tfrom_sub = np.repeat(np.arange(N), ntx)
    nT = len(tfrom_sub)
    t_tx = times_for(tfrom_sub, a0[tfrom_sub], a1[tfrom_sub])
    to_c = contacts[tfrom_sub, (rng.random(nT) * ncont[tfrom_sub]).astype(int)]
    to_acc = np.where((to_c < N) & (primary[np.minimum(to_c, N - 1)] >= 0), primary[np.minimum(to_c, N - 1)], -1)
    shops = np.flatnonzero((kp("rx").astype(float) > 0) & (primary >= 0))
    rxw = kp("rx").astype(float)[shops]
    to_shop = rng.random(nT) < 0.3
    to_acc = np.where(to_shop, primary[rng.choice(shops, nT, p=rxw / rxw.sum())], to_acc)
    to_acc = np.where(to_acc < 0, rng.choice(ent_acc, nT), to_acc)
    amt = np.round(np.exp(rng.normal(np.log(180), 1.2, nT)), 2)
    amt = np.where(to_shop, np.round(np.exp(rng.normal(np.log(35), 0.8, nT)), 2), amt)
    from_acc = primary[tfrom_sub]
    # payroll: small factories pay 20-60 workers each on the 25th (history) and 5th (window)
    pay_from, pay_to, pay_t, pay_amt = [], [], [], []
    payers = np.flatnonzero((kp("name") == "small_factory_payroll") & (primary >= 0))
    workers = np.flatnonzero(np.isin(kp("name"), ["factory_worker_newcard", "ordinary_adult"]) & (primary >= 0))
    for d in (5.0, 15.0):
        if d >= ND:
            continue
        for p_ in payers.tolist():
            k = int(rng.integers(20, 60))
            ws = rng.choice(workers, k, replace=False)
            pay_from.append(np.full(k, primary[p_]))
            pay_to.append(primary[ws])
            pay_t.append(d * DAY + 10 * 3600 + np.sort(rng.uniform(0, 3600, k)))
            pay_amt.append(np.round(rng.uniform(4500, 7500, k), 2))
    # landlords collect rent on the 1st of December (day 11)
    landlords = np.flatnonzero((kp("name") == "urban_village_landlord") & (primary >= 0))
    tenants = np.flatnonzero((primary >= 0) & np.isin(kp("name"), ["factory_worker_newcard", "ordinary_adult",
                                                                      "courier_rider", "food_delivery_rider"]))
    if ND > 12:
        for p_ in landlords.tolist():
            k = int(rng.integers(8, 30))
            ws = rng.choice(tenants, k, replace=False)
            pay_from.append(primary[ws])
            pay_to.append(np.full(k, primary[p_]))
            pay_t.append(11 * DAY + rng.uniform(8, 22, k) * 3600 + rng.uniform(0, 2, k) * DAY)
            pay_amt.append(np.round(rng.uniform(900, 2600, k), -1))
    # family pooling: members send to one family account
    poolers = np.flatnonzero((kp("name") == "family_money_pooler") & (primary >= 0))
    for p_ in poolers.tolist():
        fam = contacts[p_, :4]
        fam = fam[(fam < N)]
        fam = fam[primary[fam] >= 0]
        if len(fam):
            pay_from.append(primary[fam])
            pay_to.append(np.full(len(fam), primary[p_]))
            pay_t.append(rng.uniform(0, END, len(fam)))
            pay_amt.append(np.round(rng.uniform(1000, 10000, len(fam)), -2))

    # victims pay gangs' first-layer mule accounts; mules forward it down the chain
    AMT = {"G01": (60000, 1.0, 1, 3), "G02": (40000, 1.0, 1, 3), "G03": (8000, 0.9, 1, 4),
           "G04": (30000, 0.9, 3, 7), "G05": (1500, 1.0, 3, 7), "G06": (2500, 0.7, 1, 4),
           "G07": (180000, 0.6, 1, 2), "G10": (40000, 0.8, 3, 6), "G11": (10000, 0.9, 1, 3),
           "G12": (6000, 0.9, 1, 3)}
    seen = set()
    ev_victim, ev_t, ev_amt, ev_to, ev_gang, ev_card = [], [], [], [], [], []
    for v, g, th, card in victims:
        if v in seen or primary[v] < 0:
            continue
        seen.add(v)
        med, sig, lo, hi = AMT[g]
        k = int(rng.integers(lo, hi + 1))
        esc = np.cumprod(np.r_[1.0, rng.uniform(1.3, 2.5, k - 1)]) if g in ("G04", "G05", "G10") else np.ones(k)
        base = np.exp(rng.normal(np.log(med), sig)) / (esc[-1] if g in ("G04", "G05", "G10") else 1.0)
        gaps = rng.exponential(2 * 3600 if g not in ("G04", "G10") else 1.5 * DAY, k)
        gaps[0] = rng.uniform(600, 3 * 3600)
        tt = th + np.cumsum(gaps)
        l1 = mule_idx0 + np.flatnonzero((mule_gang == g) & (mule_layer == 1))
        for j in range(k):
            if tt[j] >= END - 60:
                break
            a = float(np.round(max(base * esc[j], 50), 2))
            ev_victim.append(v)
            ev_t.append(tt[j])
            ev_amt.append(a)
            ev_to.append(int(rng.choice(l1)))
            ev_gang.append(g)
            ev_card.append(card)
    ev_victim = np.array(ev_victim, dtype=np.int64)
    ev_t = np.array(ev_t)
    ev_amt = np.array(ev_amt)
    ev_to = np.array(ev_to, dtype=np.int64)
    ev_gang = np.array(ev_gang, dtype=object)
    ev_card = np.array(ev_card, dtype=np.int64)
    vic_from = primary[ev_victim] if len(ev_victim) else np.array([], np.int64)
    # the chain: L1 -> one of L2 (minutes) -> split to 2-3 L3 (hours) -> OTC / cash-out (hours)
    l2 = mule_idx0 + np.flatnonzero(mule_layer == 2)
    l3 = mule_idx0 + np.flatnonzero(mule_layer == 3)
    otc = mule_idx0 + np.flatnonzero(mule_layer == 4)
    ch_from, ch_to, ch_t, ch_amt = [], [], [], []
    ne = len(ev_t)
    if ne:
        t1 = ev_t + rng.uniform(120, 1800, ne)
        a1_ = np.round(ev_amt * rng.uniform(0.97, 1.0, ne), 2)
        to2 = rng.choice(l2, ne)
        ch_from.append(ev_to), ch_to.append(to2), ch_t.append(t1), ch_amt.append(a1_)
        sp = rng.integers(2, 4, ne)
        src = np.repeat(np.arange(ne), sp)
        t2 = t1[src] + rng.uniform(600, 5 * 3600, len(src))
        a2 = np.round(a1_[src] / sp[src] * rng.uniform(0.9, 1.0, len(src)), 2)
        to3 = rng.choice(l3, len(src))
        ch_from.append(to2[src]), ch_to.append(to3), ch_t.append(t2), ch_amt.append(a2)
        t3 = t2 + rng.uniform(1800, 8 * 3600, len(src))
        ch_from.append(to3), ch_to.append(rng.choice(otc, len(src))), ch_t.append(t3), ch_amt.append(
            np.round(a2 * 0.98, 2))
    # mule accounts also carry some ordinary-looking traffic (rented aged accounts especially)
    mall = mule_idx0 + np.arange(n_mule)
    nm_ = rng.poisson(np.where(aged, 6, 1.5))
    mf = np.repeat(mall, nm_)
    ch_from.append(mf), ch_to.append(rng.choice(ent_acc, len(mf))), ch_t.append(rng.uniform(0, END, len(mf)))
    ch_amt.append(np.round(np.exp(rng.normal(np.log(150), 1.0, len(mf))), 2))

    tx_from = np.concatenate([from_acc, *pay_from, vic_from, *ch_from]).astype(np.int64)
    tx_to = np.concatenate([to_acc, *pay_to, ev_to, *ch_to]).astype(np.int64)
    tx_t = np.concatenate([t_tx, *pay_t, ev_t, *ch_t])
    tx_amt = np.concatenate([amt, *pay_amt, ev_amt, *ch_amt])
    n_b = len(from_acc)
    n_pay = sum(len(x) for x in pay_from)
    tx_init = np.concatenate([tfrom_sub, np.full(n_pay, -1), ev_victim, np.full(len(tx_t) - n_b - n_pay - ne, -1)])
    chan = rng.choice(["mobile_app", "third_party", "counter", "atm"], size=len(tx_t), p=[.62, .3, .05, .03])
    chan[n_b:n_b + n_pay] = "counter"
    elder = np.isin(kp("name")[ev_victim], ["ordinary_elderly", "elderly_stock_investor"]) if ne else np.array([])
    chan[n_b + n_pay:n_b + n_pay + ne] = np.where(elder, "counter", "mobile_app")
    chan[n_b + n_pay + ne:] = np.where(tx_to[n_b + n_pay + ne:] >= mule_idx0 + n_mule - n_otc, "third_party",
                                       chan[n_b + n_pay + ne:])
    ok = (tx_t < END) & (tx_t >= 0) & (tx_from != tx_to)
    tx_init_valid = (tx_init >= 0) & (chan != "counter") & (chan != "atm")
    order = np.argsort(tx_t[ok], kind="stable")
    sel = np.flatnonzero(ok)[order]
    transfers = pa.table({
        "txn_id": seq_ids(f"T{seed}-", len(sel)), "time": ts_array(tx_t[sel]),
        "from_account": take(pa.array(A_ID.tolist()), tx_from[sel]),
        "to_account": take(pa.array(A_ID.tolist()), tx_to[sel]),
        "amount": np.round(tx_amt[sel], 2), "currency": pa.array(np.full(len(sel), "CNY")),
        "channel": pa.array(chan[sel]),
        "initiated_msisdn": take(NUM, np.maximum(tx_init[sel], 0), tx_init_valid[sel]),
    })
    counts["transfers"] = write(out, "transfers", transfers)

    # ---- victims' own traffic: call the scammer back, visit the gang's site, install its app
    vset = np.unique(ev_victim) if ne else np.array([], np.int64)
    first_ev = {}
    for v, t, g, c in zip(ev_victim.tolist(), ev_t.tolist(), ev_gang.tolist(), ev_card.tolist(), strict=True):
        if v not in first_ev:
            first_ev[v] = (t, g, c)
    vb_c, vb_r, vb_t = [], [], []
    vw_s, vw_d, vw_t, va_s, va_a, va_t = [], [], [], [], [], []
    for v in vset.tolist():
        t, g, c = first_ev[v]
        if rng.random() < 0.5:
            vb_c.append(v), vb_r.append(c), vb_t.append(t - rng.uniform(600, 7200))
        if g in gang_dom:
            k = int(rng.integers(2, 9))
            vw_s += [v] * k
            vw_d += [gang_dom[g][int(x)] for x in rng.integers(0, len(gang_dom[g]), k)]
            vw_t += (t - rng.uniform(0, 2 * 3600, k)).tolist()
        if g in fraud_apps:
            va_s += [v, v, v]
            va_a += [fraud_apps[g][0]] * 3
            va_t += [t - 1800, t - 600, t + 3600]
    vb_t = np.maximum(np.array(vb_t, float), 0)
    extra_calls.append(dict(caller=np.array(vb_c, np.int64), callee=np.array(vb_r, np.int64), t=vb_t,
                            ans=np.ones(len(vb_c), bool), video=np.zeros(len(vb_c), bool)))
    # clickers who did not pay visited the link too
    nclk = clicked[~paid]
    vw_s += recv[nclk].tolist()
    vw_d += [gang_dom[str(gang[sender[i]])][0] for i in nclk.tolist()]
    vw_t += click_t[~paid].tolist()

    # ---- assemble voice
    parts = [calls] + extra_calls
    cal = np.concatenate([p["caller"] for p in parts]).astype(np.int64)
    cee = np.concatenate([p["callee"] for p in parts]).astype(np.int64)
    tcl = np.concatenate([p["t"] for p in parts])
    ansv = np.concatenate([p["ans"] for p in parts])
    vid = np.concatenate([p["video"] for p in parts])
    nV = len(cal)
    durs = np.concatenate([p["dur"] if "dur" in p else np.where(
        p["ans"], np.maximum(1, np.exp(rng.normal(np.log(75), 0.9, len(p["t"])))), 0).astype(np.int64)
        for p in parts])
    durs = np.where(ansv, np.maximum(durs, 1), 0)
    intl_in = np.concatenate([np.full(len(p["t"]), bool(p.get("intl_in", False))) for p in parts])
    okv = (tcl >= 0) & (tcl < END) & (cal != cee)
    ordv = np.flatnonzero(okv)[np.argsort(tcl[okv], kind="stable")]
    cal, cee, tcl, ansv, vid, durs, intl_in = (x[ordv] for x in (cal, cee, tcl, ansv, vid, durs, intl_in))
    nV = len(cal)
    cpop = cal < N
    epop = cee < N
    ci = np.minimum(cal, N - 1)
    roam_cc = P["roam"][kidx][ci]
    rf = kp("rf").astype(float)[ci]
    roaming = cpop & (rng.random(nV) < rf) & (roam_cc != "")
    hour = ((tcl % DAY) / 3600).astype(int)
    cells_n = kp("cells").astype(float)[ci]
    mobile_cell = rng.integers(0, NC, nV)
    ccell = np.where((hour >= 9) & (hour < 18) & (rng.random(nV) < 0.8), work_cell[ci], home_cell[ci])
    ccell = np.where(cells_n >= 8, np.where(rng.random(nV) < 0.7,
                                            reg_cells_start(reg_cells, home_reg[ci]) + rng.integers(0, 10, nV),
                                            mobile_cell), ccell)
    ccell = np.where(cells_n <= 1, home_cell[ci], ccell)
    # the GOIP box in a vehicle: its cell follows a route through Bao'an, Dongguan and Longhua, hour by hour
    route = np.concatenate([reg_cells[RG[r]][:6] for r in ("SZ-BA", "DG-CA", "DG-HM", "DG-TX", "SZ-LH", "SZ-LG")])
    rt = P["route"][kidx][ci].astype(bool) & cpop
    ccell = np.where(rt, route[((tcl // 2400).astype(int) + dev[ci]) % len(route)], ccell)
    ccell = np.minimum(ccell, NC - 1)
    ecell = home_cell[np.minimum(cee, N - 1)]
    res = np.where(ansv, "answered", rng.choice(["no_answer", "busy", "rejected"], nV, p=[.7, .15, .15]))
    lt = line[ci]
    ctype = np.where(lt == "voip", "voip", np.where(lt == "fixed", "fixed", "mobile"))
    ctype = np.where(~cpop & (cal >= foreign_idx0) & (cal < NT - len(service)), "intl_in", ctype)
    ctype = np.where(~cpop & (cal >= N + n_ext) & (cal < foreign_idx0), "fixed", ctype)
    ctype = np.where(cpop & (cee >= foreign_idx0) & (cee < NT - len(service)), "intl_out", ctype)
    ctype = np.where(intl_in, "intl_in", ctype)
    gw_id = np.where(cpop & (lt == "voip"), "GW-" + np.char.mod("%04d", idk[ci] % 10000), None)  # one per company
    voice = pa.table({
        "call_id": seq_ids(f"C{seed}-", nV), "start_time": ts_array(tcl),
        "caller": take(NUM, cal), "callee": take(NUM, cee), "duration_s": durs.astype(np.int64),
        "ring_s": np.where(ansv, rng.integers(2, 20, nV), rng.integers(5, 45, nV)).astype(np.int64),
        "result": pa.array(res), "caller_imei": take(IMEI, dev[ci], cpop & np.isin(lt, ["mobile", "iot"])),
        "caller_imsi": take(IMSI, ci, cpop & (lt == "mobile")),
        "caller_cell": take(CELL, ccell, cpop & ~roaming & (lt != "voip")),
        "callee_cell": take(CELL, ecell, epop & (line[np.minimum(cee, N - 1)] == "mobile")),
        "caller_roaming_country": pa.array(np.where(roaming, roam_cc, None).astype(object), pa.string()),
        "call_type": pa.array(ctype), "media": pa.array(np.where(vid & ansv, "video", "voice")),
        "gateway": pa.array(gw_id.astype(object), pa.string()),
    })
    counts["voice"] = write(out, "voice", voice)
    del voice

    # ---- SMS table
    ssnd = np.concatenate(sms["sender"]).astype(np.int64)
    srcv = np.concatenate(sms["recv"]).astype(np.int64)
    stt = np.concatenate(sms["t"])
    scont = np.concatenate(sms["content"])
    oks = (ssnd != srcv) & (stt < END)
    ords = np.flatnonzero(oks)[np.argsort(stt[oks], kind="stable")]
    ssnd, srcv, stt, scont = ssnd[ords], srcv[ords], stt[ords], scont[ords]
    nS = len(ssnd)
    spop = ssnd < N
    si = np.minimum(ssnd, N - 1)
    sroam = spop & (rng.random(nS) < kp("rf").astype(float)[si]) & (P["roam"][kidx][si] != "")
    has_content = rng.random(nS) < 0.7
    sms_tab = pa.table({
        "sms_id": seq_ids(f"S{seed}-", nS), "send_time": ts_array(stt),
        "sender": take(NUM, ssnd), "receiver": take(NUM, srcv), "content": take(CONTENT, scont, has_content),
        "sender_imei": take(IMEI, dev[si], spop & np.isin(line[si], ["mobile", "iot"])),
        "sender_cell": take(CELL, np.where(kp("cells").astype(float)[si] >= 8, rng.integers(0, NC, nS),
                                           home_cell[si]), spop & ~sroam),
        "sender_roaming_country": pa.array(np.where(sroam, P["roam"][kidx][si], None).astype(object), pa.string()),
    })
    counts["sms"] = write(out, "sms", sms_tab)
    del sms_tab

    # ---- device events: attach on first day, location updates, data sessions
    mbv = kp("mb").astype(float)
    dday = np.maximum(span, 0)
    n_loc = rng.poisson(np.minimum(kp("cells").astype(float), 6) * 0.5 * dday + (dday > 0))
    n_dat = rng.poisson(np.where(mbv > 0, 1.6, 0) * dday)
    n_pw = rng.poisson(0.15 * dday)
    radio = np.isin(line, ["mobile", "iot"])
    n_loc, n_dat, n_pw = n_loc * radio, n_dat * radio, n_pw * radio
    ev_n = n_loc + n_dat + n_pw
    owner = np.repeat(np.arange(N), ev_n)
    nDv = len(owner)
    kind_ev = np.repeat(np.tile(np.array([0, 1, 2], np.int8), N), np.stack([n_loc, n_dat, n_pw], 1).ravel())
    t_dev = times_for(owner, a0[owner], a1[owner])
    # a card switched on in the period attaches first; cards in use before it are already attached
    first_attach = np.r_[True, owner[1:] != owner[:-1]] & (a0[owner] > 0.02)
    evname = np.where(kind_ev == 0, "location_update", np.where(kind_ev == 1, "data_session",
                                                               np.where(rng.random(nDv) < 0.5, "power_on",
                                                                        "power_off")))
    evname = np.where(first_attach, "attach", evname)
    t_dev = np.where(first_attach, a0[owner] * DAY + 1, t_dev)
    bytes_ = np.where(kind_ev == 1, np.exp(rng.normal(np.log(np.maximum(mbv[owner], 0.01) * 1e6 / 1.6), 1.0)), 0)
    droam = (rng.random(nDv) < kp("rf").astype(float)[owner]) & (P["roam"][kidx][owner] != "")
    dcell_n = kp("cells").astype(float)[owner]
    dcell = np.where(rng.random(nDv) < 0.5, home_cell[owner], work_cell[owner])
    dcell = np.where(dcell_n >= 8, rng.integers(0, NC, nDv), dcell)
    dcell = np.where(dcell_n <= 1, home_cell[owner], dcell)
    drt = P["route"][kidx][owner].astype(bool)
    dcell = np.where(drt, route[((t_dev // 2400).astype(int) + dev[owner]) % len(route)], dcell)
    ordd = np.lexsort((evname, owner, t_dev))
    owner, t_dev, evname, bytes_, droam, dcell = (x[ordd] for x in (owner, t_dev, evname, bytes_, droam, dcell))
    dup = np.r_[False, (t_dev[1:] == t_dev[:-1]) & (owner[1:] == owner[:-1]) & (evname[1:] == evname[:-1])]
    owner, t_dev, evname, bytes_, droam, dcell = (x[~dup] for x in (owner, t_dev, evname, bytes_, droam, dcell))
    device = pa.table({
        "time": ts_array(t_dev), "msisdn": take(NUM, owner), "imsi": take(IMSI, owner),
        "imei": take(IMEI, dev[owner]), "cell": take(CELL, dcell, ~droam),
        "event": pa.array(evname), "roaming_country": pa.array(np.where(droam, P["roam"][kidx][owner], None)
                                                               .astype(object), pa.string()),
        "bytes": pa.array(np.where(evname == "data_session", np.round(bytes_), 0).astype(np.int64),
                          mask=evname != "data_session"),
    })
    keepd = pc.invert(pc.and_(pc.equal(device["event"], "attach"), pc.less(device["time"], ts_array([0])[0])))
    device = device.filter(keepd)
    counts["device"] = write(out, "device", device)
    del device

    # ---- web visits
    wpd = kp("wpd").astype(float)
    nw_ = rng.poisson(wpd * act * span)
    wo = np.repeat(np.arange(N), nw_)
    nW = len(wo)
    t_web = times_for(wo, a0[wo], a1[wo])
    zipf = 1.0 / np.arange(1, len(benign_doms) + 1) ** 1.1
    zipf /= zipf.sum()
    dom = rng.choice(len(benign_doms), nW, p=zipf)
    cats = P["cat"][kidx][wo]
    for cn, dl in cat_domains.items():
        m = (cats == cn) & (rng.random(nW) < 0.35)
        dom[m] = np.array([benign_doms.index(d) for d in dl])[rng.integers(0, len(dl), m.sum())]
    # careful gangs' cards browse like people; G04/G10 operators check their own sites
    fraud_dom_list = sorted({d for v in gang_dom.values() for d in v})
    all_doms = benign_doms + fraud_dom_list
    gw_ = np.flatnonzero(np.isin(gang, ["G04", "G10"]) & (kp("wpd").astype(float) >= 0))
    nown = rng.poisson(1.0 * span[gw_])
    ow = np.repeat(gw_, nown)
    ow_d = np.array([all_doms.index(gang_dom[g][0]) for g in gang[ow]], dtype=np.int64) if len(ow) else \
        np.array([], np.int64)
    w_s = np.concatenate([wo, ow, np.array(vw_s, np.int64)]).astype(np.int64)
    w_d = np.concatenate([dom, ow_d, np.array([all_doms.index(d) for d in vw_d], np.int64)]).astype(np.int64)
    w_t = np.concatenate([t_web, times_for(ow, a0[ow], a1[ow]), np.maximum(np.array(vw_t, float), 0)])
    okw = w_t < END
    ordw = np.flatnonzero(okw)[np.argsort(w_t[okw], kind="stable")]
    w_s, w_d, w_t = w_s[ordw], w_d[ordw], w_t[ordw]
    nW = len(w_s)
    is_fd = w_d >= len(benign_doms)
    # hosts: fraud domains often under random sub-domains (wildcard); benign hosts www./m.
    sub = rng.integers(0, 4, nW)
    host_pref = np.array(["www.", "m.", "", "api."])
    wild = np.array(fake(12, [""]), dtype=object)
    fsub = rng.integers(0, len(wild), nW)
    dom_s = np.array(all_doms, dtype=object)
    fraud_wild = np.array([d.endswith((".top", ".xyz", ".cc", ".vip")) for d in all_doms])
    host = np.where(is_fd & fraud_wild[w_d], wild[fsub] + "." + dom_s[w_d],
                    np.where(is_fd, "www." + dom_s[w_d], host_pref[sub] + dom_s[w_d]))
    paths_b = np.array(["/", "/index.html", "/search", "/item", "/login", "/news"], dtype=object)
    paths_f = np.array(["/", "/reg", "/login", "/app.apk", "/task", "/recharge"], dtype=object)
    path = np.where(is_fd, paths_f[rng.integers(0, 6, nW)], paths_b[rng.integers(0, 6, nW)])
    url = "https://" + host + path
    # IPs: benign domains on Chinese CDNs, fraud ones on Hong Kong / Southeast Asian hosting
    dip = np.array([f"{a}.{b}.{c}.{d}" for a, b, c, d in zip(
        rng.choice([113, 117, 120, 183, 14, 58, 119], len(all_doms)).tolist(),
        rng.integers(1, 255, len(all_doms)).tolist(), rng.integers(0, 255, len(all_doms)).tolist(),
        rng.integers(1, 255, len(all_doms)).tolist(), strict=True)], dtype=object)
    for j in range(len(benign_doms), len(all_doms)):
        dip[j] = f"{rng.choice([103, 156, 45, 154])}.{rng.integers(1, 255)}.{rng.integers(0, 255)}." \
                 f"{rng.integers(1, 255)}"
    wapp_map = {"qq.com": "com.tencent.mobileqq", "weixin.qq.com": "com.tencent.mm", "taobao.com": "com.taobao.taobao",
                "douyin.com": "com.ss.android.ugc.aweme", "alipay.com": "com.eg.android.AlipayGphone",
                "jd.com": "com.jingdong.app.mall", "pinduoduo.com": "com.xunmeng.pinduoduo",
                "meituan.com": "com.sankuai.meituan", "kuaishou.com": "com.smile.gifmaker",
                "hjzq-vip.com": "com.hjzq.invest", "fortune-hk.net": "com.fortunehk.wealth",
                "jisudai-cn.com": "com.jisudai.loan"}
    dapp = np.array([wapp_map.get(d) for d in all_doms], dtype=object)
    web = pa.table({
        "time": ts_array(w_t), "msisdn": take(NUM, w_s), "domain": pa.array(host.astype(str)),
        "url": pa.array(url.astype(str)), "ip": pa.array(dip[w_d].astype(str)),
        "bytes": np.exp(rng.normal(11, 1.5, nW)).astype(np.int64),
        "app": pa.array(np.where(rng.random(nW) < 0.6, dapp[w_d], None), pa.string()),
    })
    counts["web"] = write(out, "web", web)
    web_hosts = pc.unique(web["domain"]).to_pylist()
    web_urls = pc.unique(web["url"]).to_pylist()
    web_ips = pc.unique(web["ip"]).to_pylist()
    web_apps = [a for a in pc.unique(web["app"]).to_pylist() if a]
    del web

    # ---- apps
    apps_common = ["com.tencent.mm", "com.eg.android.AlipayGphone", "com.ss.android.ugc.aweme", "com.taobao.taobao",
                   "com.xunmeng.pinduoduo", "com.sankuai.meituan", "com.tencent.mobileqq", "com.jingdong.app.mall",
                   "com.smile.gifmaker", "com.autonavi.minimap", "com.icbc", "com.chinamworld.main", "cmb.pb",
                   "com.unionpay", "com.greenpoint.android.mc10086.activity", "com.xingin.xhs", "tv.danmaku.bili",
                   "com.tencent.qqlive", "com.ss.android.article.news", "com.baidu.searchbox",
                   "cn.gov.pbc.dcep", "com.tencent.wemeet.app", "com.sf.activity", "com.cainiao.wireless",
                   "com.gov.cn.fzapp"]  # the last: the national anti-fraud app (国家反诈中心)
    cat_apps = {"jobs": ["com.wuba", "com.hpbr.bosszhipin"], "trade": ["com.alibaba.wireless"],
                "crypto": ["com.binance.dev", "com.okinc.okex.gp"], "securities": ["com.eastmoney.android.berlin",
                                                                                   "com.hexin.plat.android"],
                "loan": ["com.alipay.jiebei", "com.qihoo.loan", "com.zhaolian.app"],
                "games": ["com.tencent.tmgp.sgame", "com.miHoYo.Yuanshen"], "shop": ["com.ss.android.ecom.author"]}
    all_apps = list(dict.fromkeys(apps_common + [a for v in cat_apps.values() for a in v]))
    fraud_app_list = sorted({a for v in fraud_apps.values() for a in v})
    apd = kp("apd").astype(float)
    na_ = rng.poisson(apd * act * span)
    ao = np.repeat(np.arange(N), na_)
    nAp = len(ao)
    zz = 1.0 / np.arange(1, len(apps_common) + 1) ** 0.9
    zz /= zz.sum()
    ap = rng.choice(len(apps_common), nAp, p=zz)
    cats_a = P["cat"][kidx][ao]
    for cn, al in cat_apps.items():
        m = (cats_a == cn) & (rng.random(nAp) < 0.4)
        ap[m] = np.array([all_apps.index(a) for a in al])[rng.integers(0, len(al), m.sum())]
    t_ap = times_for(ao, a0[ao], a1[ao])
    aev = np.where(rng.random(nAp) < 0.04, "install", "use")
    # new cards install their apps in the first days
    newc = np.flatnonzero(isnew & (kp("apd").astype(float) > 0) & (open_day >= 0))
    ni = rng.integers(4, 10, len(newc))
    io_ = np.repeat(newc, ni)
    i_ap = rng.choice(len(apps_common), len(io_), p=zz)
    i_t = a0[io_] * DAY + rng.uniform(0, 2 * DAY, len(io_))
    all_apps_x = all_apps + fraud_app_list
    a_s = np.concatenate([ao, io_, np.array(va_s, np.int64)]).astype(np.int64)
    a_a = np.concatenate([ap, i_ap, np.array([all_apps_x.index(a) for a in va_a], np.int64)]).astype(np.int64)
    a_t = np.concatenate([t_ap, i_t, np.maximum(np.array(va_t, float), 0)])
    a_e = np.concatenate([aev, np.full(len(io_), "install"),
                          np.array(["install", "use", "use"] * (len(va_s) // 3), dtype="<U7")])
    oka = a_t < END
    orda = np.flatnonzero(oka)[np.lexsort((a_e[oka], a_a[oka], a_s[oka], a_t[oka]))]
    a_s, a_a, a_t, a_e = a_s[orda], a_a[orda], a_t[orda], a_e[orda]
    dup = np.r_[False, (a_t[1:] == a_t[:-1]) & (a_s[1:] == a_s[:-1]) & (a_a[1:] == a_a[:-1]) & (a_e[1:] == a_e[:-1])]
    a_s, a_a, a_t, a_e = a_s[~dup], a_a[~dup], a_t[~dup], a_e[~dup]
    AX = np.array(all_apps_x, dtype=object)
    fsrc = {a: f"https://www.{gang_dom[g][0]}/app.apk" for g, al in fraud_apps.items() for a in al}
    src = np.array([fsrc.get(a, "https://app.mi.com/details?id=" + a) for a in all_apps_x], dtype=object)
    apps_tab = pa.table({
        "time": ts_array(a_t), "msisdn": take(NUM, a_s), "app": pa.array(AX[a_a].astype(str)),
        "event": pa.array(a_e), "source_url": pa.array(np.where(a_e == "install", src[a_a], None), pa.string()),
    })
    counts["apps"] = write(out, "apps", apps_tab)
    app_seen = sorted(set(pc.unique(apps_tab["app"]).to_pylist()) | set(web_apps))
    # install source URLs are URLs too, but only web/apps URLs of web records are labelled with web_urls;
    # label install URLs as well
    src_urls = [u for u in pc.unique(apps_tab["source_url"]).to_pylist() if u]
    del apps_tab

    # ---- internet accounts
    ia = kp("ia").astype(int)
    plats = np.array(["wechat", "alipay", "douyin", "taobao", "qq", "kuaishou", "momo", "soul", "xiaohongshu"])
    nia = np.minimum(ia, len(plats))
    io2 = np.repeat(np.arange(N), nia)
    rank = np.arange(len(io2)) - np.repeat(np.cumsum(nia) - nia, nia)
    # fraud cards register on dating/social platforms first
    pl = np.where(is_fraud[io2], (rank + np.array([6, 7, 0, 4, 2, 1, 3, 5, 8])[rank % 9]) % 9, rank % 9)
    pl = np.where(is_fraud[io2], np.array([6, 0, 7, 4, 2, 8, 1, 3, 5])[rank % 9], pl)
    reg_t = np.where(open_day[io2] >= 0, open_sec[io2] + rng.exponential(2 * DAY, len(io2)),
                     open_sec[io2] + rng.uniform(1, 200, len(io2)) * DAY)
    reg_t = np.where(is_fraud[io2] & (new[io2] > 0), a0[io2] * DAY - rng.uniform(0, 1, len(io2)) * DAY, reg_t)
    reg_t = np.minimum(reg_t, END - 60)
    # sms-sender SIMs also "receive codes" for bulk registrations on several platforms
    acc_names = hexkeys(rng, len(io2), "u")
    ia_status = np.where(is_fraud[io2] & (rng.random(len(io2)) < 0.2), "banned", "normal")
    iat = pa.table({"platform": pa.array(plats[pl]), "account": pa.array(acc_names),
                    "msisdn": take(NUM, io2), "register_time": ts_array(reg_t), "status": pa.array(ia_status)})
    counts["internet_accounts"] = write(out, "internet_accounts", iat)

    # ---- subscribers
    n_all = N
    sub_tab = pa.table({
        "msisdn": take(NUM, np.arange(n_all)), "imsi": take(IMSI, np.arange(n_all), radio),
        "id_key": pa.array(ID_KEYS[idk].tolist()), "id_type": pa.array(kp("idt").astype(str)),
        "customer_type": pa.array(kp("cust").astype(str)), "line_type": pa.array(line),
        "operator": pa.array(np.full(n_all, "GD-Mobile")), "open_time": ts_array(open_sec),
        "open_channel": pa.array(np.where(is_fraud & (new > 0), rng.choice(
            ["AGT-DG-0417", "AGT-DG-0932", "AGT-GZ-1120", "AGT-SZ-0655"], n_all),
            np.where(np.isin(kp("name"), ["student_campus_drive_cards"]), "AGT-CAMPUS-" + np.char.mod(
                "%02d", home_reg % 7), "STORE-" + np.char.mod("%04d", home_cell))).astype(str)),
        "open_cell": take(CELL, home_cell),
        "status": pa.array(status.astype(str)),
        "status_time": pa.array(np.round((T0 + np.nan_to_num(status_time)) * 1e6).astype(np.int64),
                                type=pa.timestamp("us", tz=TZ), mask=np.isnan(status_time)),
        "is_prepaid": rng.random(n_all) < kp("prepaid").astype(float),
        "home_region": pa.array([REGIONS[r][1][:2] for r in home_reg]),
    })
    counts["subscribers"] = write(out, "subscribers", sub_tab)

    # ---- bank accounts table
    id_of_acc = np.array([ID_KEYS[x] if x < len(ID_KEYS) else ent_ids[x - ent_id[0]] for x in all_owner_id.tolist()],
                         dtype=object)
    bank_tab = pa.table({
        "account_id": pa.array(A_ID.tolist()), "id_key": pa.array(id_of_acc.tolist()),
        "bank": pa.array(all_bank), "open_time": ts_array(all_open),
        "bound_msisdn": take(NUM, np.maximum(all_bound, 0), all_bound >= 0),
        "status": pa.array(all_status.astype(str)),
    })
    counts["bank_accounts"] = write(out, "bank_accounts", bank_tab)

    # ---- reports
    R = dict(t=[], et=[], ent=[], label=[], ft=[], loss=[], src=[])

    def rep(t, et, ent, label, ft, loss, src):
        n = len(t)
        R["t"].append(np.asarray(t, float)), R["et"].append(np.full(n, et, object))
        R["ent"].append(np.asarray(ent, object)), R["label"].append(np.full(n, label, object) if isinstance(
            label, str) else np.asarray(label, object))
        R["ft"].append(np.full(n, ft, object) if (ft is None or isinstance(ft, str)) else np.asarray(ft, object))
        R["loss"].append(np.full(n, np.nan) if loss is None else np.asarray(loss, float))
        R["src"].append(np.full(n, src, object))

    num_s = np.array(NUM.to_pylist(), dtype=object)
    # victims report to police after a delay (days); they name the number and the account they paid
    if ne:
        vv, first_i = np.unique(ev_victim, return_index=True)
        loss = np.bincount(np.searchsorted(vv, ev_victim), weights=ev_amt)
        last_t = np.array([ev_t[ev_victim == v].max() for v in vv])
        delay = np.exp(rng.normal(np.log(1.5 * DAY), 0.9, len(vv)))
        slow = np.isin(ev_gang[first_i], ["G04", "G10", "G05"])
        delay[slow] *= 3
        reported = rng.random(len(vv)) < 0.8
        rt_ = last_t + delay
        m = reported & (rt_ < END)
        ft = np.array([GANGS[g][1] for g in ev_gang[first_i]], dtype=object)
        rep(rt_[m], "msisdn", num_s[vv[m]], "victim", ft[m], loss[m], "police")
        rep(rt_[m] + 600, "msisdn", num_s[ev_card[first_i][m]], "fraud", ft[m], None, "police")
        rep(rt_[m] + 900, "account", A_ID[ev_to[first_i][m]], "fraud", ft[m], None, "police")
        # banks flag some mule accounts themselves
        bm = np.unique(ev_to)
        bt = np.array([ev_t[ev_to == a].min() for a in bm]) + rng.uniform(0.5, 6, len(bm)) * DAY
        mm = (rng.random(len(bm)) < 0.4) & (bt < END)
        rep(bt[mm], "account", A_ID[bm[mm]], "fraud", "other", None, "bank")
    # user complaints about fraud numbers (a few of the people they rang)
    fcards = np.flatnonzero(is_fraud & (span > 0))
    care = np.isin(gang[fcards], ["G10", "G11"])
    pc_ = np.where(care, 0.08, 0.35)
    cm = rng.random(len(fcards)) < pc_
    ct = (a0[fcards] + rng.uniform(0.3, 1, len(fcards)) * np.maximum(span[fcards], 0.2)) * DAY + rng.exponential(
        DAY, len(fcards))
    mm = cm & (ct < END)
    rep(ct[mm], "msisdn", num_s[fcards[mm]], "fraud", np.array([GANGS[g][1] for g in gang[fcards[mm]]], object), None,
        "user_report")
    # false complaints about benign look-alikes (telemarketers, collectors, agents...)
    noisy = np.flatnonzero(np.isin(kp("name"), ["debt_collector", "insurance_telemarketer", "education_telemarketer",
                                                 "credit_card_telesales", "property_agent", "legit_loan_agent",
                                                 "car_insurance_renewal_agent", "recruitment_agency",
                                                 "legit_voip_call_centre", "job_hunter_migrant_newcard",
                                                 "returnee_from_cambodia", "courier_rider"]))
    nm = noisy[rng.random(len(noisy)) < 0.12]
    rep(rng.uniform(0, END, len(nm)), "msisdn", num_s[nm], "fraud", rng.choice(
        ["loan", "customer_service", "other", "impersonate_police"], len(nm)), None, "user_report")
    # operator appeals: look-alikes re-verified as benign
    ap_ = noisy[rng.random(len(noisy)) < 0.05]
    rep(rng.uniform(0, END, len(ap_)), "msisdn", num_s[ap_], "benign", None, None, "internal")
    # police: card sellers caught earlier (history before the period)
    sid = seller_id_set[rng.random(len(seller_id_set)) < 0.3]
    rep(rng.uniform(-60, -1, len(sid)) * DAY, "id_key", ID_KEYS[sid], "card_seller", None, None, "police")
    # past gangs: numbers, domains and accounts reported in the 90 days before (not in truth)
    pn = rng.integers(ext_lo, ext_hi, int(250 * scale ** 0.5))
    rep(rng.uniform(-90, 0, len(pn)) * DAY, "msisdn", num_s[pn], "fraud", rng.choice(
        ["impersonate_police", "loan", "customer_service", "investment", "part_time_job"], len(pn)),
        None, rng.choice(["police", "user_report"]))
    past_tld = rng.choice(["top", "vip", "xyz", "cc", "com"], 40)
    past_doms = [d + "." + t for d, t in zip(fake(40, [""]), past_tld, strict=True)]
    rep(rng.uniform(-90, 0, 40) * DAY, "domain", past_doms, "fraud", "investment", None, "police")
    past_accts = hexkeys(rng, 30, "acct_")
    rep(rng.uniform(-90, 0, 30) * DAY, "account", past_accts, "fraud", "other", None, "bank")
    rt_all = np.concatenate(R["t"])
    nR = len(rt_all)
    reports = pa.table({
        "report_id": seq_ids(f"R{seed}-", nR), "time": ts_array(rt_all),
        "entity_type": pa.array(np.concatenate(R["et"]).astype(str)),
        "entity": pa.array(np.concatenate(R["ent"]).astype(str)),
        "label": pa.array(np.concatenate(R["label"]).astype(str)),
        "fraud_type": pa.array(np.concatenate(R["ft"]), pa.string()),
        "loss_amount": pa.array(np.concatenate(R["loss"]), mask=np.isnan(np.concatenate(R["loss"]))),
        "source": pa.array(np.concatenate(R["src"]).astype(str)),
    })
    counts["reports"] = write(out, "reports", reports)

    # ---- lists
    Ls = dict(et=[], ent=[], lst=[], reason=[], added=[], exp=[])

    def lst(et, ents, name, reason, added, expires=None):
        n = len(ents)
        Ls["et"] += [et] * n
        Ls["ent"] += list(ents)
        Ls["lst"] += [name] * n
        Ls["reason"] += [reason] * n
        Ls["added"] += list(np.asarray(added, float))
        Ls["exp"] += [np.nan] * n if expires is None else list(np.asarray(expires, float))

    lst("msisdn", num_s[svc_idx], "allow", "public service number", rng.uniform(-900, -100, len(svc_idx)) * DAY)
    allow_k = np.flatnonzero(np.isin(kp("name"), ["bank_outbound_service_line", "anti_fraud_centre_callback_line",
                                                   "hospital_followup_line", "express_locker_notifier"]))
    lst("msisdn", num_s[allow_k], "allow", "registered enterprise line", rng.uniform(-400, -10, len(allow_k)) * DAY)
    gw_k = np.flatnonzero(kp("name") == "factory_gsm_gateway")
    gw_k = gw_k[rng.random(len(gw_k)) < 0.5]
    lst("msisdn", num_s[gw_k], "allow", "filed enterprise gateway", rng.uniform(-300, -10, len(gw_k)) * DAY)
    hr_cells = np.concatenate([reg_cells[RG[r]] for r in HIGH_RISK])
    lst("cell", np.array(cell_ids)[hr_cells], "high_risk_region", "key area for telecom fraud (重点地区)",
        np.full(len(hr_cells), -200 * DAY))
    ret = np.flatnonzero(np.isin(kp("name"), ["returnee_from_cambodia", "returnee_from_philippines"]))
    ret = ret[rng.random(len(ret)) < 0.6]
    lst("msisdn", num_s[ret], "watch", "returned from high-risk country", rng.uniform(-5, ND - 1, len(ret)) * DAY,
        rng.uniform(60, 120, len(ret)) * DAY)
    lst("domain", past_doms[:30], "block", "reported fraud site", rng.uniform(-90, 0, 30) * DAY)
    pblock = pn[rng.random(len(pn)) < 0.5]
    lst("msisdn", num_s[pblock], "block", "reported fraud number", rng.uniform(-90, 0, len(pblock)) * DAY)
    added = np.array(Ls["added"])
    expv = np.array(Ls["exp"])
    lists = pa.table({
        "entity_type": pa.array(Ls["et"]), "entity": pa.array([str(x) for x in Ls["ent"]]),
        "list": pa.array(Ls["lst"]), "reason": pa.array(Ls["reason"]), "added_time": ts_array(added),
        "expires_time": pa.array(np.round((T0 + np.nan_to_num(expv)) * 1e6).astype(np.int64),
                                 type=pa.timestamp("us", tz=TZ), mask=np.isnan(expv)),
    })
    counts["lists"] = write(out, "lists", lists)

    # ---- truth
    T = dict(et=[], ent=[], role=[], gang=[], scheme=[], fa=[])

    def tr(et, ents, roles, gangs, schemes, fa):
        n = len(ents)
        T["et"].append(np.full(n, et, object))
        T["ent"].append(np.asarray(ents, object))
        for key, v in (("role", roles), ("gang", gangs), ("scheme", schemes)):
            T[key].append(np.full(n, v, object) if isinstance(v, str) else np.asarray(v, object))
        T["fa"].append(np.full(n, np.nan) if fa is None else np.asarray(fa, float))

    look = P["look"][kidx].astype(bool)
    sub_scheme = np.where(look, kp("name"), "ordinary").astype(object)
    sub_scheme[is_fraud | (role == "gang_member")] = [GANGS[g][0] for g in gang[is_fraud | (role == "gang_member")]]
    sub_scheme[sleep] = "sleeping_stock_bought_cards"
    sub_role = role.astype(object).copy()
    sub_gang = gang.astype(object)
    fa_sub = np.where(is_fraud, a0 * DAY, open_sec)
    tr("msisdn", num_s[:N], sub_role, sub_gang, sub_scheme, fa_sub)
    tr("imsi", np.array(imsi_str, object)[radio], sub_role[radio], sub_gang[radio], sub_scheme[radio], fa_sub[radio])
    imei_s = np.array(IMEI.to_pylist(), dtype=object)
    dev_role = np.where(role == "simbox_sim", "simbox_device", sub_role).astype(object)
    hasdev = radio
    tr("imei", imei_s[dev[hasdev]], dev_role[hasdev], sub_gang[hasdev], sub_scheme[hasdev], fa_sub[hasdev])
    # ID keys: card sellers behind sold cards and accounts
    id_role = np.where(is_fraud, "card_seller", np.where(role == "gang_member", "gang_member", "benign")).astype(object)
    id_scheme = sub_scheme.copy()
    tr("id_key", ID_KEYS[idk], id_role, np.where(is_fraud, sub_gang, np.where(role == "gang_member", sub_gang, "")),
       np.where(is_fraud, "sold_cards", id_scheme), open_sec)
    ms = mule_idx0 + np.arange(n_mule)
    tr("id_key", ID_KEYS[idk[mule_seller]], "card_seller", mule_gang, "sold_bank_account", all_open[ms])
    tr("id_key", np.array(ent_ids, object), "benign", "", "ordinary", None)
    # bank accounts
    tr("account", A_ID, all_role, all_gang, all_scheme, all_open)
    # internet accounts
    ia_ent = np.char.add(np.char.add(plats[pl].astype(str), ":"), np.array(acc_names, dtype=str)).astype(object)
    tr("account", ia_ent, sub_role[io2], sub_gang[io2], sub_scheme[io2], reg_t)
    # victims
    if ne:
        vv, first_i = np.unique(ev_victim, return_index=True)
        tr("msisdn", num_s[vv], "victim", ev_gang[first_i], np.array([GANGS[g][0] for g in ev_gang[first_i]], object),
           ev_t[first_i])
    # web resources
    fset = set(fraud_dom_list)
    dom_gang = {d: g for g, ds in gang_dom.items() for d in ds}

    def reg_dom(h):
        parts_ = h.split(".")
        for i in range(len(parts_)):
            cand = ".".join(parts_[i:])
            if cand in fset or cand in dom_gang:
                return cand
        return None

    hosts = sorted(set(web_hosts))
    hr = [reg_dom(h) for h in hosts]
    tr("domain", hosts, ["fraud_domain" if r else "benign" for r in hr], [dom_gang[r] if r else "" for r in hr],
       [GANGS[dom_gang[r]][0] if r else "ordinary" for r in hr], None)
    tr("domain", fraud_dom_list, "fraud_domain", [dom_gang[d] for d in fraud_dom_list],
       [GANGS[dom_gang[d]][0] for d in fraud_dom_list], None)
    urls = sorted(set(web_urls) | set(src_urls))
    ur = [reg_dom(u.split("/")[2]) for u in urls]
    fapp_src = set(fsrc.values())
    tr("url", urls, ["fraud_domain" if (r or u in fapp_src) else "benign" for r, u in zip(ur, urls, strict=True)],
       [dom_gang[r] if r else "" for r in ur], [GANGS[dom_gang[r]][0] if r else "ordinary" for r in ur], None)
    fips = {dip[j]: dom_gang[all_doms[j]] for j in range(len(benign_doms), len(all_doms))}
    ips = sorted(set(web_ips))
    tr("ip", ips, ["fraud_domain" if i in fips else "benign" for i in ips], [fips.get(i, "") for i in ips],
       [GANGS[fips[i]][0] if i in fips else "ordinary" for i in ips], None)
    app_gang = {a: g for g, al in fraud_apps.items() for a in al}
    tr("app", app_seen, ["fraud_app" if a in app_gang else "benign" for a in app_seen],
       [app_gang.get(a, "") for a in app_seen], [GANGS[app_gang[a]][0] if a in app_gang else "ordinary"
                                                  for a in app_seen], None)
    td = pd.DataFrame({k: np.concatenate(v) for k, v in T.items()})
    fraud_roles = ~td["role"].isin(["card_seller", "victim", "benign"])
    td["prec"] = np.where(fraud_roles, 0, np.where(td["role"] == "card_seller", 1, np.where(td["role"] == "victim",
                                                                                              2, 3)))
    td = td.sort_values(["et", "ent", "prec"], kind="stable").drop_duplicates(["et", "ent"], keep="first")
    fa = td["fa"].to_numpy(float)
    truth_e = pa.table({
        "entity_type": pa.array(td["et"].astype(str).tolist()), "entity": pa.array(td["ent"].astype(str).tolist()),
        "role": pa.array(td["role"].astype(str).tolist()), "gang_id": pa.array(td["gang"].astype(str).tolist()),
        "scheme": pa.array(td["scheme"].astype(str).tolist()),
        "first_active": pa.array(np.round((T0 + np.nan_to_num(fa)) * 1e6).astype(np.int64),
                                 type=pa.timestamp("us", tz=TZ), mask=np.isnan(fa)),
    })
    os.makedirs(os.path.join(out, "truth"), exist_ok=True)
    counts["truth/entities"] = write(os.path.join(out, "truth"), "entities", truth_e)
    truth_v = pa.table({
        "victim": take(NUM, ev_victim) if ne else pa.array([], pa.string()),
        "time": ts_array(ev_t), "amount": pa.array(ev_amt, pa.float64()),
        "to_account": pa.array(A_ID[ev_to].tolist() if ne else [], pa.string()),
    })
    counts["truth/events"] = write(os.path.join(out, "truth"), "events", truth_v)
    return counts, time.time() - t_start


def reg_cells_start(reg_cells, regs):
    starts = np.array([c[0] for c in reg_cells])
    return starts[regs]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--subscribers", type=int, default=20000)
    ap.add_argument("--days-history", type=int, default=10)
    ap.add_argument("--days", type=int, default=7)
    a = ap.parse_args(argv)
    counts, dt = generate(a.out, a.seed, a.subscribers, a.days_history, a.days)
    total = sum(v for k, v in counts.items() if not k.startswith("truth"))
    print(f"wrote {a.out}: {total:,} rows in {dt:.1f}s " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
