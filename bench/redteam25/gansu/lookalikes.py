"""Honest people and businesses that resemble fraud on one or more signals (truth role lookalike:<kind>)."""

from __future__ import annotations

import numpy as np

from . import behave as B
from .core import DAY, HOUR, T0, lognorm_int, pick, sample_time
from .life import account_names, ext_accounts

# kind: n, area, line (mobile/fixed/voip/enterprise), per_day, targets, profile, answer_p, med, sigma, pool,
#       callback_p, extras
CALLERS = {
    "tour_agency": dict(n=6, area="dunhuang", line="enterprise", per_day=28, targets="tourists", profile="tourist",
                        answer_p=.72, med=95, pool=400, cb=.22, sms=6, sms_text="【{o}】您预订的莫高窟+鸣沙山行程已确认，集合时间请留意短信。"),
    "desert_camp_operator": dict(n=5, area="dunhuang", cell="mingsha_camps", line="mobile", per_day=16,
                                 targets="tourists", profile="evening_fraud", answer_p=.7, med=80, pool=250, cb=.2,
                                 sms=4, sms_text="鸣沙山沙漠露营基地：今晚篝火晚会19:30开始，如遇沙尘天气改期可全额退款。"),
    "hotel_front_desk": dict(n=6, area="dunhuang", line="fixed", city="jiuquan", per_day=20, targets="tourists",
                             profile="tourist", answer_p=.75, med=60, pool=300, cb=.3),
    "homestay_host": dict(n=8, area="linze", line="mobile", per_day=7, targets="tourists", profile="tourist",
                          answer_p=.75, med=70, pool=90, cb=.3),
    "tour_guide": dict(n=10, area="dunhuang", line="mobile", per_day=9, targets="tourists", profile="tourist",
                       answer_p=.8, med=50, pool=60, cb=.35),
    "hexi_car_rental": dict(n=4, area="jiayuguan", line="mobile", per_day=10, targets="tourists", profile="business",
                            answer_p=.7, med=90, pool=120, cb=.3),
    "courier": dict(n=25, area="chengguan", line="mobile", per_day=38, targets="lanzhou", profile="business",
                    answer_p=.78, med=22, sigma=.6, pool=900, cb=.12),
    "campus_courier_station": dict(n=6, area="yuzhong", cell="lzu_yuzhong", line="mobile", per_day=45,
                                   targets="students", profile="business", answer_p=.75, med=18, sigma=.5, pool=1500,
                                   cb=.1, sms=60, sms_text="【菜鸟驿站】您的包裹已到榆中校区驿站，取件码{c}。"),
    "takeaway_rider": dict(n=20, area="anning", line="mobile", per_day=26, targets="lanzhou", profile="student",
                           answer_p=.8, med=20, sigma=.5, pool=800, cb=.08),
    "ride_hailing_driver": dict(n=20, area="qilihe", line="mobile", per_day=12, targets="residents", profile="resident",
                                answer_p=.78, med=35, sigma=.6, cb=.15),
    "operator_outbound_centre": dict(n=6, area="chengguan", line="voip", city="lanzhou", per_day=140,
                                     targets="residents", profile="office_fraud", answer_p=.33, med=45, cb=.02),
    "insurance_marketer": dict(n=10, area="chengguan", line="mobile", per_day=55, targets="residents",
                               profile="office_fraud", answer_p=.4, med=40, cb=.03),
    "licensed_loan_marketer": dict(n=8, area="qilihe", line="mobile", per_day=65, targets="business",
                                   profile="office_fraud", answer_p=.35, med=35, cb=.02),
    "debt_collector": dict(n=6, area="chengguan", line="fixed", city="lanzhou", per_day=45, targets="workers",
                           profile="office_fraud", answer_p=.45, med=70, pool=300, cb=.05),
    "real_estate_agent": dict(n=12, area="anning", line="mobile", per_day=35, targets="lanzhou",
                              profile="business", answer_p=.45, med=50, cb=.05),
    "car_dealer_sales": dict(n=6, area="qinzhou", line="mobile", per_day=22, targets="residents", profile="business",
                             answer_p=.5, med=60, cb=.06),
    "school_finance_office": dict(n=4, area="chengguan", line="fixed", city="lanzhou", per_day=25, targets="parents_all",
                                  profile="business", answer_p=.7, med=110, cb=.25, sms=120,
                                  sms_text="【{o}财务处】新生学费、住宿费请通过学校统一缴费平台pay.{o2}.edu.cn缴纳，勿向个人转账。"),
    "class_counsellor": dict(n=20, area="yuzhong", cell="lzu_yuzhong", line="mobile", per_day=18, targets="parents",
                             profile="business", answer_p=.75, med=140, pool=120, cb=.35, sms=10,
                             sms_text="各位家长好，我是辅导员，新生报到后请关注学院通知，学校不会电话要求转账。"),
    "admissions_hotline": dict(n=3, area="chengguan", line="fixed", city="lanzhou", per_day=30, targets="freshmen",
                               profile="business", answer_p=.7, med=90, cb=.45),
    "dorm_manager": dict(n=8, area="anning", cell="nwnu", line="mobile", per_day=8, targets="freshmen",
                         profile="business", answer_p=.8, med=40, pool=150, cb=.2, sms=25,
                         sms_text="宿舍管理：请新生于报到当日领取钥匙，住宿费以学校缴费平台为准。"),
    "police_96110": dict(n=4, area="chengguan", line="fixed", city="lanzhou", per_day=45, targets="elder",
                         profile="business", answer_p=.6, med=120, cb=.08, special="96110"),
    "community_grid_worker": dict(n=15, area="qilihe", line="mobile", per_day=14, targets="elder", profile="business",
                                  answer_p=.75, med=90, pool=200, cb=.2),
    "village_doctor": dict(n=10, area="tongwei", line="mobile", per_day=10, targets="county", profile="elder",
                           answer_p=.8, med=100, pool=150, cb=.3),
    "township_official": dict(n=10, area="minxian", line="mobile", per_day=18, targets="farmers", profile="business",
                              answer_p=.7, med=80, pool=250, cb=.25, sms=8,
                              sms_text="乡政府通知：耕地地力保护补贴已发放至一卡通，不需要缴纳任何费用。"),
    "melon_wholesaler": dict(n=8, area="guazhou", line="mobile", per_day=30, targets="farmers", profile="resident",
                             answer_p=.7, med=75, pool=260, cb=.3),
    "potato_dealer": dict(n=8, area="anding", line="mobile", per_day=24, targets="farmers", profile="resident",
                          answer_p=.7, med=70, pool=220, cb=.3),
    "apple_trader": dict(n=6, area="qinan", line="mobile", per_day=22, targets="farmers", profile="resident",
                         answer_p=.7, med=80, pool=200, cb=.3),
    "cattle_sheep_dealer": dict(n=8, area="linxia", line="mobile", per_day=16, targets="herders", profile="resident",
                                answer_p=.65, med=95, pool=120, cb=.35),
    "cordyceps_buyer": dict(n=6, area="hezuo", line="mobile", per_day=12, targets="herders", profile="resident",
                            answer_p=.65, med=110, pool=100, cb=.35),
    "labour_agency": dict(n=8, area="huining", line="mobile", per_day=30, targets="migrants", profile="business",
                          answer_p=.55, med=90, cb=.15, sms=20,
                          sms_text="新疆采棉、青海建筑工地招工，包吃住，日结，详询本机。"),
    "campus_club_recruiter": dict(n=12, area="anning", cell="lzjtu", line="mobile", per_day=20, targets="freshmen",
                                  profile="student", answer_p=.7, med=60, cb=.2, fresh=(5, 40)),
    "tutoring_agency": dict(n=6, area="chengguan", line="mobile", per_day=40, targets="parents_all",
                            profile="business", answer_p=.45, med=50, cb=.04),
    "funeral_organiser": dict(n=6, area="gangu", line="mobile", per_day=3, targets="county", profile="resident",
                              answer_p=.85, med=60, burst=40, cb=.2),
    "mosque_community_caller": dict(n=6, area="linxia", line="mobile", per_day=12, targets="linxia",
                                    profile="elder", answer_p=.8, med=70, pool=220, cb=.25, sms=40,
                                    sms_text="清真寺通知：本周主麻日后举行社区互助会，请相互转告。"),
    "church_group_leader": dict(n=4, area="qinzhou", line="mobile", per_day=6, targets="elder", profile="elder",
                                answer_p=.8, med=80, pool=90, cb=.3, sms=25, sms_text="弟兄姊妹平安，周日聚会照常。"),
    "bank_branch_verifier": dict(n=4, area="chengguan", line="fixed", city="lanzhou", per_day=30, targets="residents",
                                 profile="business", answer_p=.7, med=75, cb=.15),
    "hospital_appointment_line": dict(n=3, area="chengguan", line="fixed", city="lanzhou", per_day=50,
                                      targets="residents", profile="business", answer_p=.65, med=40, cb=.1),
    "survey_pollster": dict(n=4, area="chengguan", line="voip", city="lanzhou", per_day=160, targets="residents",
                            profile="office_fraud", answer_p=.25, med=55, cb=.01),
    "ecommerce_customer_service": dict(n=4, area="chengguan", line="fixed", city="lanzhou", per_day=60,
                                       targets="residents", profile="business", answer_p=.55, med=120, cb=.08),
    "parcel_claims_agent": dict(n=5, area="qilihe", line="mobile", per_day=18, targets="lanzhou", profile="business",
                                answer_p=.6, med=100, cb=.15),
    "taxi_dispatch": dict(n=3, area="kongtong", line="fixed", city="pingliang", per_day=60, targets="residents",
                          profile="resident", answer_p=.85, med=25, sigma=.5, cb=.2),
    "enterprise_pbx": dict(n=5, area="xigu", line="fixed", city="lanzhou", per_day=50, targets="workers",
                           profile="business", answer_p=.8, med=80, pool=300, cb=.3),
    "broadband_installer": dict(n=8, area="xifeng", line="mobile", per_day=14, targets="residents", profile="business",
                                answer_p=.75, med=45, cb=.25),
    "anti_fraud_volunteer": dict(n=4, area="chengguan", line="mobile", per_day=3, targets="elder", profile="business",
                                 answer_p=.7, med=90, cb=.1, sms=80,
                                 sms_text="【反诈宣传】陌生来电自称公检法、客服退款、刷单返利的都是诈骗，请下载国家反诈中心App。"),
    "livestreamer": dict(n=6, area="maiji", line="mobile", per_day=4, targets="residents", profile="evening_fraud",
                         answer_p=.8, med=60, cb=.2),
    "family_video_caller": dict(n=25, area="huining", line="mobile", per_day=3, targets="residents",
                                profile="evening_fraud", answer_p=.85, med=420, pool=4, cb=.3, video=.8, roam_cell=-1),
    "migrant_worker_abroad": dict(n=14, area="dongxiang", line="mobile", per_day=3, targets="linxia",
                                  profile="evening_fraud", answer_p=.8, med=300, pool=6, cb=.25,
                                  roam=("SA", "AE", "KZ", "MY")),
    "outbound_tourist_abroad": dict(n=12, area="chengguan", line="mobile", per_day=2.5, targets="lanzhou",
                                    profile="resident", answer_p=.8, med=150, pool=8, cb=.3, roam=("TH", "MY", "VN"),
                                    trip=True),
    "foreign_student": dict(n=12, area="yuzhong", cell="lzu_yuzhong", line="mobile", per_day=4, targets="students",
                            profile="student", answer_p=.7, med=120, cb=.3, fresh=(0, 6), passport=True,
                            intl=("PK", "KZ", "TR"), pool=20),
    "new_student_card": dict(n=40, area="anning", cell="lzjtu", line="mobile", per_day=6, targets="freshmen",
                             profile="student", answer_p=.75, med=90, pool=35, cb=.4, fresh=(-4, 8)),
    "sleeper_card_revived": dict(n=15, area="wudu", line="mobile", per_day=7, targets="residents", profile="resident",
                                 answer_p=.7, med=80, pool=40, cb=.35, from_day=(4, 9)),
    "iot_vehicle_tracker": dict(n=20, area="suzhou", line="iot", per_day=0, targets="residents", profile="flat",
                                sms=24, sms_text="GPS#{c},N40.1,E94.6,SPD62", sms_to="platform", roam_cell=None),
}


def _lines(w, kind, spec):
    rng = w.rng
    n = spec["n"]
    line = spec["line"]
    area = spec["area"]
    ent = line == "enterprise" or line in ("fixed", "voip")
    pers = w.add_persons(n, kind=kind, id_type="business_license" if ent else ("passport" if spec.get("passport")
                                                                                else "resident_id"),
                         region=area)
    if "cell" in spec:
        cells = w.special(spec["cell"], n)
    else:
        cells = w.cells_in(area, n)
    d_open = spec.get("fresh")
    if d_open is not None:
        open_time = T0 + rng.integers(d_open[0], d_open[1], n) * DAY + rng.integers(9 * HOUR, 18 * HOUR, n)
    else:
        open_time = T0 - rng.integers(60, 2500, n) * DAY
    chan = f"LYT-{w.AREA_CODE[area]}-S01"
    if line in ("fixed", "voip"):
        if spec.get("special") == "96110":
            ms = np.array([8693196110, 8693896110, 8693696110, 8693096110, 8693296110][:n], dtype=np.int64)
        else:
            ms = w.alloc.fixed(n, spec.get("city", "lanzhou"), first=6 if line == "voip" else 8)
        li = w.add_lines(n, pers, line_type=line, handset=None, msisdn=ms, customer_type="enterprise",
                         open_time=open_time, open_channel="LYT-ENT-GS", kind=kind, is_prepaid=0)
    elif line == "iot":
        li = w.add_lines(n, pers, line_type="iot", handset="iot", customer_type="enterprise", open_time=open_time,
                         open_channel="LYT-IOT-GS", home_cell=cells, work_cell=-1, kind=kind)
        ms = w.lines.chunks[-1]["msisdn"]
    else:
        li = w.add_lines(n, pers, line_type="mobile", handset="smart",
                         customer_type="enterprise" if line == "enterprise" else "personal", open_time=open_time,
                         open_channel=chan, open_cell=cells, home_cell=cells, work_cell=-1, kind=kind,
                         is_prepaid=(rng.random(n) < .3).astype(np.int8))
        ms = w.lines.chunks[-1]["msisdn"]
    return li, ms, open_time


def generate(w):
    rng = w.rng
    P = w.P
    w.AREA_CODE = {a[0]: a[1] for a in __import__("gansu.world", fromlist=["AREAS"]).AREAS}
    w.look = {}
    for kind, spec in CALLERS.items():
        li, ms, open_time = _lines(w, kind, spec)
        n = len(ms)
        d0 = np.maximum((open_time - T0) // DAY + 1, 0)
        if "from_day" in spec:
            d0 = np.maximum(d0, rng.integers(*spec["from_day"], n))
        if spec.get("roam"):
            iso = pick(rng, np.array(spec["roam"], dtype=object), n)
            if spec.get("trip"):
                ts = T0 + rng.integers(0, 6, n) * DAY
                w.override(li, ts, ts + rng.integers(4, 8, n) * DAY, cell=-1, roam=iso)
            else:
                w.override(li, T0 - DAY, w.T1, cell=-1, roam=iso)
        if spec.get("roam_cell", 0) == -1:
            w.override(li, T0 - DAY, w.T1, cell=-1)
        targets = P[spec["targets"]]
        if spec["per_day"] > 0:
            if spec.get("burst"):  # a funeral or wedding: everyone called within a day, otherwise quiet
                bd = rng.integers(0, w.days, n)
                res = B.calls(w, ms, targets, spec["burst"], day_from=bd, day_to=bd + 1, profile=spec["profile"],
                              answer_p=spec["answer_p"], med=spec["med"], pool=120)
                B.calls(w, ms, targets, spec["per_day"], day_from=d0, profile=spec["profile"], answer_p=.8, pool=10)
            else:
                res = B.calls(w, ms, targets, spec["per_day"], day_from=d0, profile=spec["profile"],
                              answer_p=spec["answer_p"], med=spec["med"], sigma=spec.get("sigma", .9),
                              pool=spec.get("pool"), video=spec.get("video", 0.))
            B.callbacks(w, res, spec.get("cb", .1))
        if spec.get("intl"):
            iso = pick(rng, np.array(spec["intl"], dtype=object), n)
            fam = np.concatenate([w.alloc.foreign(1, i) for i in iso])
            B.calls(w, ms, fam, 1.2, day_from=d0, profile="evening_fraud", answer_p=.8, med=600,
                    callee_pick=lambda ci, k: fam[ci], video=.3)  # noqa: B023
            B.calls(w, fam, ms, .8, day_from=d0, profile="evening_fraud", answer_p=.8, med=500,
                    callee_pick=lambda ci, k: ms[ci])  # noqa: B023
        if spec.get("sms"):
            txt = spec["sms_text"].replace("{o}", "兰州大学").replace("{o2}", "lzu").replace("{c}", "0")
            to = targets
            if spec.get("sms_to") == "platform":
                to = w.alloc.take(86106, 8, 1) if not hasattr(w, "gps_platform") else w.gps_platform
                w.gps_platform = to
            B.texts(w, ms, to, spec["sms"], [txt], day_from=d0, profile=spec["profile"], pool=spec.get("pool"))
        # a personal circle: family and friends who answer (the card's owner is a real person)
        if spec["line"] in ("mobile",):
            B.calls(w, ms, P["residents"], 1.2, day_from=d0, profile="resident", answer_p=.85, med=90, pool=5)
            B.texts(w, ms, P["residents"], .4, ["好的", "到了", "晚点回家"], day_from=d0, pool=5)
        label = "msisdn"
        w.truth.add(label, ms, f"lookalike:{kind}", first=np.maximum(open_time, T0))
        w.look[kind] = ms
    handsets(w)
    iot_pools(w)
    accounts(w)
    web_resources(w)


def handsets(w):
    """Handsets that many SIMs pass through, and SIMs that pass through many handsets."""
    rng = w.rng
    pop = w.pop
    # dual-SIM phones reporting one IMEI for both slots (built in the population)
    im = pop["imei"]
    u, c = np.unique(im, return_counts=True)
    shared = u[c > 1]
    w.truth.add("imei", shared, "lookalike:dual_sim_phone")
    # telecom store activation phones: every new card is put in the clerk's phone to test it
    stores = ["chengguan", "anning", "wudu", "linxia", "ganzhou", "dunhuang"]
    act_imei = w.alloc.imei(len(stores), "smart_cheap")
    for k, area in enumerate(stores):
        n = int(rng.integers(25, 45))
        pers = w.add_persons(n, kind="store_customer")
        cell = w.cells_in(area, 1)[0]
        ot = T0 + rng.integers(0, w.days - 1, n) * DAY + rng.integers(9 * HOUR, 19 * HOUR, n)
        li = w.add_lines(n, pers, open_time=ot, open_channel=f"LYT-{w.AREA_CODE[area]}-S02", open_cell=cell,
                         home_cell=w.cells_in(area, n), work_cell=-1, kind="new_customer",
                         is_prepaid=(rng.random(n) < .5).astype(np.int8))
        ms = w.lines.chunks[-1]["msisdn"]
        w.override(li, ot, ot + rng.integers(300, 1200, n), cell=cell, imei=act_imei[k])
        # then ordinary use of their own phones
        d0 = (ot - T0) // DAY + 1
        res = B.calls(w, ms, w.P["residents"], 2.0, day_from=d0, answer_p=.82, med=80, pool=12)
        B.callbacks(w, res, .4)
        one = ot + rng.integers(60, 250, n)
        B.one_calls(w, ms, np.full(n, 8610093, dtype=np.int64), one, rng.integers(10, 60, n))
    w.truth.add("imei", act_imei, "lookalike:store_activation_phone")
    # phone repair shops: customers' SIMs tested in the shop's phone for minutes
    shops = ["qilihe", "qinzhou", "liangzhou", "xifeng"]
    rep = w.alloc.imei(len(shops), "smart")
    for k, area in enumerate(shops):
        moved = np.concatenate([o[0] for o in w.ovr])
        ok = np.isin(pop["kind"], ["worker", "business", "farmer", "elder"]) & ~pop["dual_second"] & \
            ~np.isin(pop["line"], moved) & (pop["handset"] != "feature")
        cand = pop["line"][ok & (pop["area"] == w.area_idx[area])]
        if len(cand) < 15:
            cand = pop["line"][ok]
        cust = rng.choice(cand, min(len(cand), int(rng.integers(15, 30))), replace=False)
        t = T0 + rng.integers(0, w.days, len(cust)) * DAY + rng.integers(10 * HOUR, 18 * HOUR, len(cust))
        w.override(cust, t, t + rng.integers(600, 2400, len(cust)), imei=rep[k], cell=w.cells_in(area, 1)[0])
    w.truth.add("imei", rep, "lookalike:phone_repair_shop")
    # herders' shared phone: a family's SIMs swapped into one rugged phone at the pasture
    hd = pop["line"][(pop["kind"] == "herder")]
    fam = rng.choice(hd, min(len(hd), 24), replace=False).reshape(-1, 3) if len(hd) >= 24 else np.zeros((0, 3), int)
    shared_im = w.alloc.imei(len(fam), "feature")
    for g in range(len(fam)):
        for j, li in enumerate(fam[g]):
            for d in range(j, w.days, 3):
                t = T0 + d * DAY + 8 * HOUR + int(rng.integers(0, 3600))
                w.override(np.array([li]), t, t + 10 * HOUR, imei=shared_im[g])
    w.truth.add("imei", shared_im, "lookalike:herder_shared_phone")
    # second-hand phone dealer: one SIM checks dozens of handsets (many IMEIs on one number)
    dealers = w.add_persons(3, kind="phone_dealer")
    li = w.add_lines(3, dealers, home_cell=w.cells_in("chengguan", 3), work_cell=-1, kind="phone_dealer")
    ms = w.lines.chunks[-1]["msisdn"]
    for k in range(3):
        m = int(rng.integers(25, 50))
        t = np.sort(T0 + rng.integers(0, w.days * DAY, m))
        w.override(np.full(m, li[k]), t, t + 900, imei=w.alloc.imei_mixed(m, "smart"))
    B.calls(w, ms, w.P["residents"], 15, answer_p=.7, med=70, profile="business")
    w.truth.add("msisdn", ms, "lookalike:secondhand_phone_dealer")


def iot_pools(w):
    """Utility meter concentrators: modem pools with many IoT SIMs texting readings to a platform."""
    rng = w.rng
    for area in ("xigu", "liangzhou", "anding"):
        n = int(rng.integers(16, 32))
        pers = w.add_persons(1, id_type="business_license", kind="utility")
        cell = w.cells_in(area, 1)[0]
        pool_imei = w.alloc.imei(1, "meter_pool")[0]
        w.add_lines(n, np.full(n, pers[0]), line_type="iot", handset=None, customer_type="enterprise",
                         imei=np.full(n, pool_imei), home_cell=cell, work_cell=-1, kind="iot_meter",
                         open_time=T0 - int(rng.integers(100, 900)) * DAY, open_channel="LYT-IOT-GS")
        ms = w.lines.chunks[-1]["msisdn"]
        plat = w.alloc.take(86106, 8, 1)
        B.texts(w, ms, plat, 24, ["MTR#READ OK"], profile="flat")
        w.truth.add("imei", np.array([pool_imei]), "lookalike:meter_modem_pool")
        w.truth.add("msisdn", ms, "lookalike:meter_modem_sim")
    # POS terminals and alarm panels hitting IP literals
    n = 40
    pers = w.add_persons(n, id_type="business_license", kind="merchant")
    w.add_lines(n, pers, line_type="iot", handset="iot", customer_type="enterprise",
                     home_cell=w.cells_in("chengguan", n), work_cell=-1, kind="iot_pos", open_channel="LYT-IOT-GS")
    ms = w.lines.chunks[-1]["msisdn"]
    k = rng.poisson(6 * w.days, n)
    num = np.repeat(ms, k)
    t = sample_time(rng, rng.integers(0, w.days, len(num)), "business")
    w.sink.add("web", len(num), time=t, msisdn=num, domain="10.93.18.44", url="http://10.93.18.44:8443/pos/heartbeat",
               ip="10.93.18.44", bytes=lognorm_int(rng, len(num), 900, .5, 100))
    w.truth.add("ip", np.array(["10.93.18.44"], dtype=object), "lookalike:pos_gateway_ip_literal")


def accounts(w):
    """Accounts with many payers or many payees."""
    rng = w.rng
    pop = w.pop
    P = w.P
    def org_accounts(n, kind, bank="LYRC"):
        pers = w.add_persons(n, id_type="business_license", kind=kind)
        return w.add_accounts(n, pers, bank=bank, open_time=T0 - rng.integers(300, 3000, n) * DAY, kind=kind)
    # school fee collection accounts: parents pay tuition and dormitory fees
    school = org_accounts(5, "school")
    par = P["parents"]
    payers = rng.choice(par, min(len(par), int(len(par) * .7)), replace=False)
    acc = B.victim_accounts(w, payers)
    t = sample_time(rng, rng.integers(0, 8, len(payers)), "resident")
    w.sink.add("transfers", len(payers), time=t, from_account=acc, to_account=pick(rng, school, len(payers)),
               amount=np.round(rng.choice([4200., 5000., 5800., 1200., 1600.], len(payers)) + rng.integers(0, 2, len(payers)) * 1200, 2),
               currency="CNY", channel="mobile_app", initiated_msisdn=payers)
    w.truth.add("account", school, "lookalike:school_fee_account")
    # tour agency accounts: deposits from tourists
    tour = org_accounts(4, "tour_agency", "HXCB")
    v = rng.choice(P["tourists"], 700, replace=False)
    acc = B.victim_accounts(w, v)
    t = sample_time(rng, rng.integers(0, w.days, len(v)), "tourist")
    w.sink.add("transfers", len(v), time=t, from_account=acc, to_account=pick(rng, tour, len(v)),
               amount=np.round(rng.normal(1600, 600, len(v)).clip(300), 0), currency="CNY", channel="third_party",
               initiated_msisdn=np.zeros(len(v), np.int64))
    # refunds for sandstorm cancellations (real refunds go back to the payers)
    r = rng.random(len(v)) < .08
    w.sink.add("transfers", int(r.sum()), time=t[r] + rng.integers(DAY // 2, 3 * DAY, int(r.sum())),
               from_account=pick(rng, tour, int(r.sum())), to_account=acc[r], amount=np.round(rng.normal(800, 200, int(r.sum())).clip(100), 0),
               currency="CNY", channel="third_party", initiated_msisdn=np.zeros(int(r.sum()), np.int64))
    w.truth.add("account", tour, "lookalike:tour_agency_account")
    # wholesalers paying many farmers within hours (melon, potato), then nothing
    whole = org_accounts(3, "wholesaler", "LYRC")
    fa = rng.choice(P["farmers"], min(600, len(P["farmers"])), replace=False)
    acc = B.victim_accounts(w, fa)
    t = sample_time(rng, rng.integers(0, w.days, len(fa)), "business")
    w.sink.add("transfers", len(fa), time=t, from_account=pick(rng, whole, len(fa)), to_account=acc,
               amount=np.round(rng.normal(3800, 1500, len(fa)).clip(500), 0), currency="CNY", channel="mobile_app",
               initiated_msisdn=np.zeros(len(fa), np.int64))
    w.truth.add("account", whole, "lookalike:wholesaler_account")
    # landlords near campuses collecting deposits from students (fresh rentals), passing on to the property firm
    land_p = rng.choice(np.unique(pop["person"][pop["kind"] == "business"]), 6, replace=False)
    land = w.add_accounts(6, land_p, bank="LZCB", open_time=T0 - rng.integers(20, 60, 6) * DAY, kind="landlord")
    st = rng.choice(P["students"], min(400, len(P["students"])), replace=False)
    acc = B.victim_accounts(w, st)
    t = sample_time(rng, rng.integers(1, w.days, len(st)), "student")
    to = pick(rng, land, len(st))
    amt = np.round(rng.choice([800., 1000., 1200., 1500.], len(st)), 0)
    w.sink.add("transfers", len(st), time=t, from_account=acc, to_account=to, amount=amt, currency="CNY",
               channel="mobile_app", initiated_msisdn=st)
    firm = ext_accounts(w, 2, "property")
    w.sink.add("transfers", len(st), time=t + rng.integers(3600, 2 * DAY, len(st)), from_account=to,
               to_account=pick(rng, firm, len(st)), amount=np.round(amt * .9, 2), currency="CNY",
               channel="mobile_app", initiated_msisdn=np.zeros(len(st), np.int64))
    w.truth.add("account", land, "lookalike:campus_landlord_account")
    # livestream and beef-noodle shops: many small payments in, daily sweep out
    for kind, n, mean, tgt in (("livestream_seller_account", 6, 45, "residents"),
                               ("beef_noodle_shop_account", 8, 18, "lanzhou"),
                               ("campus_canteen_account", 4, 12, "students")):
        pers = w.add_persons(n, kind=kind)
        acc_m = w.add_accounts(n, pers, bank="LYRC", open_time=T0 - rng.integers(10, 900, n) * DAY, kind=kind)
        k = int(n * 90 * w.days)
        payer = pick(rng, P[tgt], k)
        pa_ = B.victim_accounts(w, np.unique(payer))
        src = pa_[np.searchsorted(np.unique(payer), payer)]
        t = sample_time(rng, rng.integers(0, w.days, k), "resident")
        w.sink.add("transfers", k, time=t, from_account=src, to_account=pick(rng, acc_m, k),
                   amount=np.round(np.exp(rng.normal(np.log(mean), .6, k)), 2), currency="CNY",
                   channel="third_party", initiated_msisdn=np.zeros(k, np.int64))
        sweep = ext_accounts(w, n, "owner")
        d = np.repeat(np.arange(w.days), n)
        w.sink.add("transfers", len(d), time=T0 + d * DAY + 23 * HOUR + rng.integers(0, 3000, len(d)),
                   from_account=np.tile(acc_m, w.days), to_account=np.tile(sweep, w.days),
                   amount=np.round(rng.normal(mean * 80, mean * 10, len(d)).clip(1), 2), currency="CNY",
                   channel="mobile_app", initiated_msisdn=np.zeros(len(d), np.int64))
        w.truth.add("account", acc_m, f"lookalike:{kind}")


def web_resources(w):
    """Fresh and wildcard domains that honest people visit, and an honest remote-support app."""
    rng = w.rng
    P = w.P
    sites = [
        ("pay.lzu-yx.edu.cn", "freshmen", "school_payment_portal", 2.0, None),
        ("yx.nwnu-portal.cn", "freshmen", "school_welcome_portal_fresh_domain", 1.0, None),
        ("booking.mingsha-camp.cn", "tourists", "desert_camp_booking_site", .4, None),
        ("dhtour-refund.cn", "tourists", "tour_refund_page_of_real_agency", .15, None),
        ("gs12333-subsidy.gov.cn", "farmers", "gov_subsidy_portal", .2, None),
    ]
    for dom, tgt, kind, rate, _ in sites:
        nums = P[tgt]
        k = rng.poisson(rate * w.days * len(nums) / 20)
        who = pick(rng, nums, k)
        t = sample_time(rng, rng.integers(0, w.days, k), "resident")
        B.web_visit(w, who, t, dom, url=np.array([f"https://{dom}/"] * k, dtype=object))
        w.truth.add("domain", np.array([dom], dtype=object), f"lookalike:{kind}")
    # a CDN whose wildcard subdomains look random
    k = int(len(P["residents"]) * .4 * w.days)
    who = pick(rng, P["residents"], k)
    sub = np.array([f"e{x:06x}.v.lytcdn.cn" for x in rng.integers(0, 1 << 24, 400)], dtype=object)
    d = pick(rng, sub, k)
    B.web_visit(w, who, sample_time(rng, rng.integers(0, w.days, k), "student"), d)
    w.truth.add("domain", np.array(["lytcdn.cn"], dtype=object), "lookalike:cdn_wildcard_domain")
    # an honest remote-support app installed by a bank's and a company's IT staff
    staff = rng.choice(P["workers"], 120, replace=False)
    t = sample_time(rng, rng.integers(0, w.days, 120), "business")
    B.app_event(w, staff, t, "com.oray.sunlogin.remote", "install", source_url="https://sunlogin.oray.com/download")
    B.app_event(w, staff, t + rng.integers(600, 5 * DAY, 120), "com.oray.sunlogin.remote", "use")
    w.truth.add("app", np.array(["com.oray.sunlogin.remote"], dtype=object), "lookalike:remote_support_app")
    # internet accounts of honest shops registered in bulk by one staff phone (enterprise WeChat of a chain store)
    n = 30
    ms = w.look["tour_agency"][:1].repeat(n)
    t = sample_time(rng, rng.integers(0, w.days, n), "business")
    plat = np.full(n, "wechat_work", dtype=object)
    w.sink.add("internet_accounts", n, platform=plat, account=account_names(w, plat, n), msisdn=ms, register_time=t,
               status="active")


def label_benign(w):
    w.truth.add("msisdn", w.pop["msisdn"], "benign")
