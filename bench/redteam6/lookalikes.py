"""Benign look-alikes of the Guangdong red-team province: each resembles fraud on one or more signals."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
from generate import AREA, CK_BORDER, CK_MARKET, DAY, MVNO_PREFIXES

GZ, SZ, DG, FS, HZ, ZH, ZS, JM, ST, ZJ, MM = range(11)
W_ANY = [1, 1, 1, 1, 1, 1, 1, 1, 1]
W_ELDER = [0.2, 0.4, 0.5, 0, 5, 0.2, 1, 0.3, 0.3]
W_PARENT = [1, 2, 1.5, 0, 0.5, 0.5, 3, 1, 1]
W_DRIVER = [0.2, 0.2, 1, 0, 0, 3, 0.2, 6, 0]
W_BUYER = [0.5, 1, 6, 0.2, 0.2, 0.5, 1, 0.5, 0.5]
W_WORKER = [3, 0.5, 0.3, 2, 0, 1, 1, 0.5, 0.2]
W_SHOP = [1, 1.5, 1, 1.5, 0.5, 0.5, 2.5, 0.5, 1]


def callers(p, kind, n, rate, p_ans, dur, prof="work", weekdays=False, w=W_ANY, age=(1, 2000), line="mobile",
            moving=False, city=None, callback=0.0, sms=0.0, repeat=0.0, video=0.0, family=True, mvno=False,
            allow=False, roam=None, start=0, cells_kind=-1, label=True):
    """n new lines calling strangers; targets call some back; ordinary family life on the side."""
    r = p.rng
    D = p.D
    city = r.choice([GZ, SZ, DG, FS], n) if city is None else np.broadcast_to(np.asarray(city), (n,)).copy()
    if line == "mobile":
        ms = p.numbers(n, MVNO_PREFIXES if mvno else None)
        imei = p.imeis(n)
    else:
        ms = np.concatenate([p.fixed_numbers(1, int(c)) for c in city])
        imei = np.zeros(n, np.int64)
    open_t = (start - r.integers(age[0], age[1] + 1, n)) * DAY - r.integers(0, DAY, n)
    ent = line != "mobile"
    p.subscribers(ms, p.ids(n) if not ent else np.repeat(p.ids(n // 4 + 1), 4)[:n], open_t, line_type=line,
                  city=city, customer_type="enterprise" if ent else "personal",
                  id_type="business_license" if ent else "resident_id", imsi=not ent, prepaid=False if ent else None)
    base = p.cell_in(city, cells_kind)
    it, day = p.per_day(n, start, D, rate, weekdays)
    k = len(it)
    t = day * DAY + p.tod(k, prof)
    tgt = p.pick(k, w)
    if repeat:
        pool = p.pick(max(10, n * 40), w)
        m = r.random(k) < repeat
        tgt[m] = pool[r.integers(0, len(pool), m.sum())]
    cell = p.cell_in(city[it]) if moving else base[it]
    media = np.where(r.random(k) < video, "video", "voice").astype(object) if video else None
    ans, _ = p.call_batch(ms[it], p.msisdn[tgt], t, np.full(k, -1), tgt, p_ans=p_ans, dur_med=dur,
                          imei=imei[it] if line == "mobile" else None, cell=cell if line == "mobile" else None,
                          call_type="mobile" if line == "mobile" else "fixed", media=media, roam=roam,
                          gateway=None if line == "mobile" else f"GW-{kind[:6]}")
    if callback:
        j = np.flatnonzero(ans & (r.random(k) < callback))
        p.call_batch(p.msisdn[tgt[j]], ms[it[j]], t[j] + r.integers(300, 30000, len(j)), tgt[j], np.full(len(j), -1),
                     p_ans=0.8, dur_med=50)
    if sms:
        it2, day2 = p.per_day(n, start, D, sms)
        k2 = len(it2)
        tg2 = p.pick(k2, w)
        p.o.add("sms", k2, send_time=day2 * DAY + p.tod(k2, prof), sender=ms[it2], receiver=p.msisdn[tg2],
                sender_imei=imei[it2] if line == "mobile" else None,
                sender_cell=p.cell_in(city[it2]) if line == "mobile" else None)
    if line == "mobile":
        it, day = p.per_day(n, start, D, 3.0)
        k = len(it)
        t = day * DAY + p.tod(k)
        p.o.add("device", k, time=t, msisdn=ms[it], imsi=p.imsis(ms[it]), imei=imei[it],
                cell=p.cell_in(city[it]) if moving else base[it], event="data_session",
                bytes=r.lognormal(15, 1.3, k).astype(np.int64), roaming_country=roam)
        if family:  # calls with a handful of relatives
            fam = p.pick(n * 4)
            it, day = p.per_day(n, start, D, 1.2)
            k = len(it)
            f = fam[it * 4 + r.integers(0, 4, k)]
            flip = r.random(k) < 0.5
            a = np.where(flip, p.msisdn[f], ms[it])
            b = np.where(flip, ms[it], p.msisdn[f])
            p.call_batch(a, b, day * DAY + p.tod(k, "evening"), np.where(flip, f, -1), np.where(flip, -1, f),
                         imei=np.where(flip, p.imei[f], imei[it]), cell=np.where(flip, p.home[f], base[it]),
                         roam=roam, dur_med=180)
            dw = r.integers(0, 25, k)
            p.web(None, day * DAY + p.tod(k), dw, msisdn=ms[it])
    if allow:
        p.o.add("lists", n, entity_type="msisdn", entity=ms, list="allow", reason="registered call centre",
                added_time=open_t + DAY)
    if label:
        p.label("msisdn", ms, "benign", "", kind, start * DAY)
    return ms, imei, city


def senders(p, kind, n, rate, text, w=W_ANY, number="service", domain=None, click=0.0, prof="life", label=True):
    """Bulk or group SMS from service codes or ordinary cards."""
    r = p.rng
    if number == "service":
        ms = (86 * 10**11 + 10690 * 10**6 + r.choice(10**6, n, replace=False)).astype(np.int64)
        imei = np.zeros(n, np.int64)
        cell = np.full(n, -1)
        p.subscribers(ms, np.full(n, p.ids(1)[0]), -r.integers(300, 3000, n) * DAY, line_type="fixed",
                      customer_type="enterprise", id_type="business_license", prepaid=False, imsi=False)
    else:
        ms = p.numbers(n)
        imei = p.imeis(n)
        city = r.choice([GZ, SZ, DG, FS, ST], n)
        cell = p.cell_in(city)
        p.subscribers(ms, p.ids(n), -r.integers(30, 3000, n) * DAY, city=city)
        it, day = p.per_day(n, 0, p.D, 2.5)
        k = len(it)
        p.o.add("device", k, time=day * DAY + p.tod(k), msisdn=ms[it], imsi=p.imsis(ms[it]), imei=imei[it],
                cell=cell[it], event="data_session", bytes=r.lognormal(15, 1.3, k).astype(np.int64))
        it, day = p.per_day(n, 0, p.D, 2.0)
        k = len(it)
        f = p.pick(k)
        p.call_batch(ms[it], p.msisdn[f], day * DAY + p.tod(k), np.full(k, -1), f, imei=imei[it], cell=cell[it])
    it, day = p.per_day(n, 0, p.D, rate)
    k = len(it)
    t = day * DAY + p.tod(k, prof)
    tgt = p.pick(k, w)
    if domain is not None:
        dids = np.array([p.o.dom_id(d) for d in domain])
        txt = np.array([p.o.text_id(text.format(d=d)) for d in domain])
        pick = r.integers(0, len(dids), k)
        content = txt[pick]
    else:
        content = np.full(k, p.o.text_id(text))
    p.o.add("sms", k, send_time=t, sender=ms[it], receiver=p.msisdn[tgt], content=content, sender_imei=imei[it],
            sender_cell=cell[it])
    if domain is not None and click:
        j = np.flatnonzero(r.random(k) < click)
        p.web(tgt[j], t[j] + r.integers(30, 7200, len(j)), dids[pick[j]], url_path="/s")
    if label:
        p.label("msisdn", ms, "benign", "", kind, 0)
    return ms


def receivers(p, kind, n, rate, amount, w=W_ANY, forward=0.0, fwd_delay=(600, 7200), new_acct=True,
              currency="CNY", days=None, out_large=0.0):
    """Accounts receiving many payments from many people (shops, rent, group-buy), some forwarding on."""
    r = p.rng
    acc = p.accts(n)
    hold = p.ids(n)
    ms = p.numbers(n)
    city = r.choice([GZ, SZ, DG, FS, ST, ZS], n)
    p.subscribers(ms, hold, -r.integers(100, 3000, n) * DAY, city=city)
    p.o.add("bank_accounts", n, account_id=acc, id_key=hold, bank=pa.array(np.array(["CMB", "ICBC", "GDRCU", "CCB"])[
        r.integers(0, 4, n)]), open_time=-(r.integers(5, 60, n) if new_acct else r.integers(300, 3000, n)) * DAY,
        bound_msisdn=ms, status="active")
    d0, d1 = (0, p.D) if days is None else days
    it, day = p.per_day(n, d0, d1, rate)
    k = len(it)
    t = day * DAY + p.tod(k)
    payer = p.pick(k, w)
    amt = np.round(amount * r.lognormal(0, 0.5, k), 1)
    p.xfer(p.acct[payer], acc[it], t, amt, p.msisdn[payer], channel="third_party", currency=currency)
    if forward:
        j = np.flatnonzero(r.random(k) < forward)
        sup = p.accts(n)
        p.o.add("bank_accounts", n, account_id=sup, id_key=p.ids(n), bank="BOC", open_time=-4000 * DAY,
                status="active")
        p.xfer(acc[it[j]], sup[it[j]], t[j] + r.integers(*fwd_delay, len(j)), np.round(amt[j] * 0.97, 0), ms[it[j]],
               currency=currency)
    if out_large:
        it2, day2 = p.per_day(n, d0, d1, out_large)
        sup = p.accts(max(1, n // 2))
        p.o.add("bank_accounts", len(sup), account_id=sup, id_key=p.ids(len(sup)), bank="ABC",
                open_time=-3000 * DAY, status="active")
        p.xfer(acc[it2], sup[r.integers(0, len(sup), len(it2))], day2 * DAY + p.tod(len(it2), "work"),
               np.round(r.lognormal(11, 0.6, len(it2)), 0), ms[it2], currency=currency)
    p.label("account", pa.array(acc).cast(pa.string()), "benign", "", kind, 0)
    return acc, ms


def run_lookalikes(p):
    r = p.rng
    D, DH = p.D, p.DH
    o = p.o
    # ----------------------------------------------------------------- outbound callers
    courier, _, _ = callers(p, "courier_new_card", 25, 30, 0.82, 25, prof="life", age=(1, 15), moving=True,
                                city=r.choice([GZ, SZ, DG], 25), callback=0.3, sms=12)
    callers(p, "food_delivery_rider", 20, 14, 0.85, 15, prof="life", age=(1, 25), moving=True, callback=0.2,
            mvno=True)
    hr, _, _ = callers(p, "factory_hr_recruiter", 15, 35, 0.5, 95, prof="work", weekdays=True, w=W_WORKER,
                       age=(3, 60), city=DG, sms=25)
    callers(p, "wholesale_trader", 15, 28, 0.72, 110, prof="work", w=W_BUYER, repeat=0.6, city=r.choice([GZ, ST], 15),
            callback=0.35, cells_kind=CK_MARKET)
    callers(p, "livestream_shop_service", 12, 22, 0.6, 60, prof="work", w=W_SHOP, age=(20, 90), city=r.choice(
        [GZ, SZ], 12), callback=0.3)
    callers(p, "logistics_dispatch_centre", 10, 55, 0.75, 40, prof="early", w=W_DRIVER, repeat=0.75, line="fixed",
            city=DG, callback=0.4)
    callers(p, "property_agent", 15, 45, 0.3, 35, prof="work", age=(30, 900), callback=0.1)
    callers(p, "legit_loan_broker", 10, 38, 0.35, 70, prof="work", weekdays=True, age=(60, 1500),
            w=[2.5, 1, 2, 0.6, 0.3, 1.5, 0.8, 2, 0.3], callback=0.08)
    callers(p, "bank_outbound_callcentre", 12, 140, 0.42, 85, prof="work", weekdays=True, line="fixed",
            city=np.array([GZ, SZ] * 6), allow=True)
    callers(p, "telecom_outbound_callcentre", 8, 110, 0.45, 60, prof="work", line="fixed", city=GZ, allow=True)
    callers(p, "insurance_telesales", 10, 90, 0.25, 100, prof="work", weekdays=True, line="fixed",
            city=np.array([SZ, GZ] * 5), w=[0.5, 2, 1.5, 0, 2, 0.3, 2, 0.5, 1.5])
    callers(p, "debt_collection_agency", 8, 55, 0.3, 50, prof="work", weekdays=True, repeat=0.5, age=(100, 900),
            city=SZ)
    callers(p, "ride_hailing_driver", 15, 10, 0.8, 18, prof="life", moving=True, callback=0.3, age=(20, 2000))
    callers(p, "education_telesales", 10, 70, 0.3, 80, prof="evening", w=W_PARENT, line="fixed",
            city=np.array([GZ, FS] * 5))
    callers(p, "moving_company", 6, 12, 0.8, 90, prof="work", callback=0.6)
    callers(p, "elderly_new_phone_video_family", 12, 4, 0.9, 300, prof="life", w=W_ELDER, age=(1, 10), video=0.8,
            repeat=0.9, city=r.choice([MM, ZJ, 12, 13], 12))
    callers(p, "community_grid_worker", 10, 25, 0.7, 150, prof="work", weekdays=True, w=W_ELDER, age=(100, 1500),
            city=r.choice([GZ, FS, ZS], 10))
    callers(p, "hospital_followup_line", 8, 40, 0.6, 160, prof="work", weekdays=True, w=W_ELDER, line="fixed",
            city=np.array([GZ, SZ] * 4))
    callers(p, "new_worker_new_card", 20, 9, 0.6, 60, prof="evening", w=W_WORKER, age=(0, 6), city=DG, mvno=True,
            start=DH - 2, callback=0.3)
    callers(p, "anti_fraud_warning_callers", 6, 30, 0.65, 130, prof="work", weekdays=True, line="fixed", city=GZ,
            w=W_ELDER, allow=True)
    # cross-border commuters: HK roaming calls home, border cells
    callers(p, "hk_macau_crossborder_commuter", 20, 6, 0.85, 120, prof="life", city=SZ, roam="HK",
                            repeat=0.8, cells_kind=CK_BORDER)
    # travellers in South-East Asia calling home (roaming in high-risk countries)
    for cc, nt in (("TH", 8), ("KH", 4), ("MY", 3)):
        callers(p, "traveller_abroad_sea", nt, 3, 0.8, 200, prof="evening", repeat=0.9, roam=cc, start=DH - 3)

    # ----------------------------------------------------------------- bulk / group SMS
    s = senders(p, "parcel_locker_code_sms", 4, 400, "【丰巢】您的快递已存入丰巢柜，取件码 8{0}，请及时取件".replace("{0}", "2736"),
                prof="life")
    s2 = senders(p, "verification_code_platform", 6, 500, "【验证码】您的验证码为 604219，5分钟内有效，请勿泄露给他人。")
    senders(p, "marketing_sms_optout", 6, 300, "【唯品会】双11狂欢价，全场低至1折，戳 https://{d}/sale 回T退订",
            domain=["vip-s11.com", "hd.mixc-sale.cn", "m.yhd-promo.com"], click=0.02, w=W_SHOP)
    senders(p, "school_notification_sms", 5, 60, "【家校通】家长您好，本周五下午期中考试家长会，请准时参加。",
            number="mobile", w=W_PARENT, prof="work")
    senders(p, "hospital_appointment_sms", 3, 150, "【广东省人民医院】您已预约明日上午心内科门诊，请携带身份证按时就诊。",
            w=W_ELDER)
    senders(p, "property_management_sms", 5, 40, "【物业通知】本周六停水检修，请业主提前储水，不便之处敬请谅解。",
            number="mobile")
    senders(p, "antifraud_centre_warning_sms", 2, 300, "【反诈中心】警惕刷单返利、冒充客服退款诈骗！陌生来电谨慎接听。",
            w=W_ELDER)
    senders(p, "recruitment_group_sms", 6, 80, "【东莞长安电子厂】急招普工 月薪6000-8000 包吃住，详情 https://{d}",
            number="mobile", domain=["dg-zhaogong.com", "changan-hr.cn"], click=0.03, w=W_WORKER)
    o.add("lists", len(s) + len(s2), entity_type="msisdn", entity=np.concatenate([s, s2]), list="allow",
          reason="registered SMS port", added_time=-300 * DAY)

    # ----------------------------------------------------------------- devices, cards, IDs
    # repair shops in Huaqiangbei: one test handset sees many customers' SIMs for minutes
    k_shop = 8
    shop_imei = p.imeis(k_shop)
    it, day = p.per_day(k_shop, 0, D, 6)
    k = len(it)
    cust = p.pick(k)
    t = day * DAY + p.tod(k, "work")
    mk = p.cell_in(np.full(k, SZ), CK_MARKET)
    for ev, dt in (("power_on", 0), ("attach", 5), ("detach", 600)):
        o.add("device", k, time=t + dt, msisdn=p.msisdn[cust], imsi=p.imsis(p.msisdn[cust]), imei=shop_imei[it],
              cell=mk, event=ev)
    j = np.flatnonzero(r.random(k) < 0.5)
    p.call_batch(p.msisdn[cust[j]], np.full(len(j), 8610086), t[j] + 60, cust[j], np.full(len(j), -1),
                 imei=shop_imei[it[j]], cell=mk[j], dur_med=20)
    p.label("imei", shop_imei, "benign", "", "phone_repair_shop_test_handset", 0)
    # second-hand phone dealer: handsets resold, IMEI passes through several owners' SIMs
    k_d = 10
    dimei = p.imeis(k_d)
    owners = p.numbers(k_d * 3)
    p.subscribers(owners, p.ids(k_d * 3), -r.integers(100, 2000, k_d * 3) * DAY, city=np.full(k_d * 3, SZ))
    seg = np.repeat(np.arange(k_d * 3), 1)
    it, day = p.per_day(k_d * 3, (seg % 3) * (D // 3), (seg % 3 + 1) * (D // 3), 3)
    k = len(it)
    o.add("device", k, time=day * DAY + p.tod(k), msisdn=owners[it], imsi=p.imsis(owners[it]), imei=dimei[it // 3],
          cell=p.cell_in(np.full(k, SZ)), event="data_session", bytes=r.lognormal(15, 1, k).astype(np.int64))
    p.label("imei", dimei, "benign", "", "secondhand_phone_resold", 0)
    # dual-SIM phones: one IMEI, work card + private card, both calling
    k_ds = 20
    ds_person = p.pick(k_ds, [1, 2, 3, 0.2, 0.2, 2, 0.5, 2, 1], free=True)
    second = p.numbers(k_ds)
    p.subscribers(second, p.idk[ds_person], -r.integers(10, 900, k_ds) * DAY, city=p.city[ds_person])
    it, day = p.per_day(k_ds, 0, D, 10)
    k = len(it)
    tg = p.pick(k)
    p.call_batch(second[it], p.msisdn[tg], day * DAY + p.tod(k, "work"), ds_person[it], tg, imei=p.imei[ds_person[it]],
                 p_ans=0.6, dur_med=50)
    p.label("imei", p.imei[ds_person], "benign", "", "dual_sim_work_private", 0)
    # IoT / M2M cards: parcel lockers, shared bikes, POS — data only, stationary, business licence
    k_iot = 30
    iot = (86 * 10**11 + 14 * 10**9 + r.choice(10**9, k_iot, replace=False)).astype(np.int64)
    iot_id = np.repeat(p.ids(3), 10)
    iot_city = r.choice([GZ, SZ, DG], k_iot)
    iot_cell = p.cell_in(iot_city)
    p.subscribers(iot, iot_id, -r.integers(30, 700, k_iot) * DAY, line_type="iot", city=iot_city,
                  customer_type="enterprise", id_type="business_license", prepaid=False)
    it, day = p.per_day(k_iot, 0, D, 24)
    k = len(it)
    iot_imei = p.imeis(k_iot, tac=35500401)
    o.add("device", k, time=day * DAY + r.integers(0, DAY, k), msisdn=iot[it], imsi=p.imsis(iot[it]),
          imei=iot_imei[it], cell=iot_cell[it], event="data_session", bytes=r.integers(200, 5000, k))
    p.label("msisdn", iot, "benign", "", "iot_m2m_card", 0)
    # families sharing one ID for the parents' and children's cards (opened together)
    k_f = 12
    fam_id = p.ids(k_f)
    per = r.integers(4, 7, k_f)
    fid = np.repeat(fam_id, per)
    fms = p.numbers(len(fid))
    fcity = np.repeat(r.choice([MM, ZJ, 12, 13, JM], k_f), per)
    t_open = np.repeat(-r.integers(2, 40, k_f) * DAY, per) + r.integers(0, 3600, len(fid))
    p.subscribers(fms, fid, t_open, city=fcity, channel=pa.array([f"GD{AREA[c]}-STORE-007" for c in fcity]))
    fimei = p.imeis(len(fid))
    it, day = p.per_day(len(fid), 0, D, 2)
    k = len(it)
    tg = p.pick(k, cities=None)
    p.call_batch(fms[it], p.msisdn[tg], day * DAY + p.tod(k), np.full(k, -1), tg, imei=fimei[it],
                 cell=p.cell_in(fcity[it]), dur_med=150)
    p.label("id_key", fam_id, "benign", "", "family_one_id_many_cards", 0)
    # enterprise group cards: a factory's licence holds dozens of staff cards
    k_e = 4
    ent = p.ids(k_e)
    per = r.integers(20, 40, k_e)
    eid = np.repeat(ent, per)
    ems = p.numbers(len(eid))
    ecity = np.repeat(np.array([DG, DG, HZ, FS])[:k_e], per)
    p.subscribers(ems, eid, np.repeat(-r.integers(1, 30, k_e) * DAY, per), city=ecity, customer_type="enterprise",
                  id_type="business_license", prepaid=False)
    eimei = p.imeis(len(eid))
    it, day = p.per_day(len(eid), 0, D, 5, weekdays_only=True)
    k = len(it)
    tg = np.where(r.random(k) < 0.6, r.integers(0, len(ems), k), -1)
    pt = p.pick(k)
    p.call_batch(ems[it], np.where(tg >= 0, ems[np.maximum(tg, 0)], p.msisdn[pt]), day * DAY + p.tod(k, "work"),
                 np.full(k, -1), np.where(tg >= 0, -1, pt), imei=eimei[it], cell=p.cell_in(ecity[it]), dur_med=60)
    p.label("id_key", ent, "benign", "", "enterprise_bulk_staff_cards", 0)
    # dormant cards woken up: migrants back from home for the year-end peak season, new area
    k_r = 20
    rp = p.pick(k_r, [3, 0.5, 0.5, 0.2, 0, 0.5, 0.5, 0.5, 0])
    rms = p.numbers(k_r)
    p.subscribers(rms, p.idk[rp], -r.integers(400, 2500, k_r) * DAY, city=np.full(k_r, DG))
    wake = r.integers(DH - 3, DH + 3, k_r)
    rimei = p.imeis(k_r)
    it, day = p.per_day(k_r, wake, D, 12)
    k = len(it)
    tg = p.pick(k)
    p.call_batch(rms[it], p.msisdn[tg], day * DAY + p.tod(k), np.full(k, -1), tg, imei=rimei[it],
                 cell=p.cell_in(np.full(k, DG)), p_ans=0.7)
    o.add("device", k_r, time=wake * DAY + 7 * 3600, msisdn=rms, imsi=p.imsis(rms), imei=rimei,
          cell=p.cell_in(np.full(k_r, DG)), event="power_on")
    p.label("msisdn", rms, "benign", "", "dormant_card_reactivated_migrant", 0)
    # workers changing handsets (new IMEI from mid-period; old handset sold on)
    k_c = 20
    cp = p.pick(k_c, free=True)
    new_imei = p.imeis(k_c)
    sw = r.integers(3, D - 2, k_c)
    it, day = p.per_day(k_c, sw, D, 6)
    k = len(it)
    tg = p.pick(k)
    p.call_batch(p.msisdn[cp[it]], p.msisdn[tg], day * DAY + p.tod(k), cp[it], tg, imei=new_imei[it])
    o.add("device", k_c, time=sw * DAY + 9 * 3600, msisdn=p.msisdn[cp], imsi=p.imsis(p.msisdn[cp]), imei=new_imei,
          cell=p.home[cp], event="power_on")
    p.label("msisdn", p.msisdn[cp], "benign", "", "worker_changed_handset", 0)
    # people who receive many unknown calls (job seekers after posting a CV): victim-like
    js = p.pick(15, W_WORKER, free=True)
    it, day = p.per_day(15, 0, D, 10)
    k = len(it)
    ag = p.numbers(30)
    p.subscribers(ag, p.ids(30), -r.integers(100, 1500, 30) * DAY, city=np.full(30, DG))
    agi = p.imeis(30)
    ai = r.integers(0, 30, k)
    p.call_batch(ag[ai], p.msisdn[js[it]], day * DAY + p.tod(k, "work"), np.full(k, -1), js[it],
                 imei=agi[ai], cell=p.cell_in(np.full(k, DG)), p_ans=0.7, dur_med=150)
    p.label("msisdn", p.msisdn[js], "benign", "", "job_seeker_many_unknown_calls", 0)

    # ----------------------------------------------------------------- money
    receivers(p, "small_shop_qr_receipts", 15, 40, 25, w=W_ANY)
    receivers(p, "rent_collector_urban_village", 10, 6, 1500, w=W_WORKER, days=(0, 6), forward=0.5,
              fwd_delay=(3600, 3 * DAY), new_acct=False)
    receivers(p, "merchant_paying_suppliers", 10, 12, 3000, w=W_BUYER, out_large=0.6, new_acct=False)
    receivers(p, "group_buy_leader", 10, 20, 60, w=[1, 1, 1, 0.3, 1, 0.3, 4, 0.3, 0.5], forward=0.9,
              fwd_delay=(1800, 8 * 3600))
    receivers(p, "crossborder_trader_hkd", 8, 4, 30000, w=W_BUYER, currency="HKD", out_large=0.5, new_acct=False)
    receivers(p, "livestream_tip_settlement", 8, 25, 180, w=[1, 1, 0.5, 3, 0.2, 0.5, 1, 0.5, 0.5], forward=0.8,
              fwd_delay=(300, 3600))
    p.label("account", pa.array(p.emp_accts).cast(pa.string()), "benign", "", "factory_payroll_account", 0)
    # people paying large legitimate sums: car deposit, house deposit, after calls with the dealer/agent
    for kind, n, med, w in (("car_purchase_large_payment", 10, 80000, [1, 2, 2, 0, 0.5, 0.2, 1, 1, 2]),
                            ("house_deposit_large_payment", 8, 200000, [0.5, 3, 2, 0, 0.5, 0, 1, 0.5, 3]),
                            ("elderly_bank_wealth_product", 10, 100000, W_ELDER)):
        payer = p.pick(n, w, free=True)
        dealer = p.accts(n)
        p.o.add("bank_accounts", n, account_id=dealer, id_key=p.ids(n), bank="CCB",
                open_time=-r.integers(5, 2000, n) * DAY, status="active")
        agent = p.numbers(n)
        p.subscribers(agent, p.ids(n), -r.integers(200, 2000, n) * DAY, city=p.city[payer])
        td = r.integers(1, D, n) * DAY + p.tod(n, "work")
        p.call_batch(agent, p.msisdn[payer], td - 7200, np.full(n, -1), payer, p_ans=1.0, dur_med=900, dur_sigma=0.4,
                     imei=p.imeis(n), cell=p.work[payer])
        p.xfer(p.acct[payer], dealer, td, np.round(med * r.lognormal(0, 0.4, n), -2),
               np.where(kind.startswith("elderly"), 0, p.msisdn[payer]),
               channel="counter" if kind.startswith("elderly") else "mobile_app")
        p.label("msisdn", p.msisdn[payer], "benign", "", kind, 0)

    # ----------------------------------------------------------------- reports
    wr = p.pick(20, [1, 1, 2, 0.5, 0.2, 3, 0.5, 2, 0.5], free=True)
    o.add("reports", 20, time=r.integers(0, D * DAY, 20), entity_type="msisdn", entity=p.msisdn[wr], label="fraud",
          fraud_type=pa.array(np.array(["customer_service", "other", "loan"])[r.integers(0, 3, 20)]),
          source="user_report")
    p.label("msisdn", p.msisdn[wr], "benign", "", "wrongly_reported_by_user", 0)
    cl = p.pick(10, free=True)
    tr = r.integers(0, (D - 3) * DAY, 10)
    o.add("reports", 10, time=tr, entity_type="msisdn", entity=p.msisdn[cl], label="fraud", fraud_type="other",
          source="user_report")
    o.add("reports", 10, time=tr + r.integers(DAY, 3 * DAY, 10), entity_type="msisdn", entity=p.msisdn[cl],
          label="benign", source="internal")
    p.label("msisdn", p.msisdn[cl], "benign", "", "report_cleared_on_appeal", 0)
    # couriers are reported by annoyed people too
    o.add("reports", 5, time=r.integers(DH * DAY, D * DAY, 5), entity_type="msisdn", entity=courier[:5],
          label="fraud", fraud_type="customer_service", source="user_report")

    # ----------------------------------------------------------------- web and apps
    newd = ["dg-jiadian-outlet.com", "sz-huaqiang-parts.cn", "fs-taoci-mall.com", "gz-shisanhang.shop",
            "st-wanju-pifa.com", "zs-dengshi.cn", "hz-xiaoqu-tuan.com", "jm-xiangyun-sha.com",
            "dg-guanlan-kuaiyun.cn", "sz-nanshan-yuyue.com", "zh-hengqin-lvyou.com", "gz-baiyun-pifa.top",
            "mm-huazhou-juhong.cn", "cz-ciqi-zhijia.com", "mz-kejia-tuchan.com"]
    ids = np.array([p.o.dom_id(d) for d in newd])
    k = 1500
    who = p.pick(k)
    p.web(who, r.integers(DH * DAY - 2 * DAY, D * DAY, k), ids[r.integers(0, len(ids), k)])
    p.label("domain", pa.array(newd), "benign", "", "new_local_business_domain", (DH - 2) * DAY)
    ipl = [f"183.{r.integers(1, 250)}.{r.integers(1, 250)}.{r.integers(1, 250)}" for _ in range(5)]
    ids = np.array([p.o.dom_id(d) for d in ipl])
    k = 800
    who = p.pick(k)
    p.web(who, r.integers(0, D * DAY, k), ids[r.integers(0, len(ids), k)], ip=pa.array(np.array(ipl)[
        r.integers(0, len(ipl), k)]))
    p.label("ip", pa.array(ipl), "benign", "", "app_api_ip_literal", 0)
    p.label("domain", pa.array(ipl), "benign", "", "app_api_ip_literal", 0)
    wild = [f"v{r.integers(10, 99)}-{c}.cdn-gd-live.com" for c in "abcdefgh"]
    ids = np.array([p.o.dom_id(d) for d in wild])
    k = 2000
    who = p.pick(k, [1, 1, 1, 3, 0.2, 1, 2, 1, 1])
    p.web(who, r.integers(0, D * DAY, k), ids[r.integers(0, len(ids), k)])
    p.label("domain", pa.array(wild), "benign", "", "livestream_cdn_wildcard_subdomains", 0)
    # legit remote-support app used by an IT help desk, and a factory attendance app sideloaded
    for kind, app, src, n, w in (("legit_remote_support_app", "com.oray.sunlogin", "https://sunlogin.oray.com/dl.apk",
                                  200, [0.5, 3, 1, 0.3, 1, 0, 0.5, 0, 2]),
                                 ("factory_attendance_app_sideloaded", "com.dgjx.kaoqin",
                                  "https://dg-jixiang-hr.cn/app/kaoqin.apk", 250, W_WORKER)):
        a = p.o.app_id(app)
        users = p.pick(n, w, cities=[DG] if "factory" in kind else None)
        p.o.add("apps", n, time=r.integers(0, D * DAY, n), msisdn=p.msisdn[users], app=np.full(n, a),
                event="install", source_url=src)
        it, day = p.per_day(n, 0, D, 0.8)
        p.o.add("apps", len(it), time=day * DAY + p.tod(len(it)), msisdn=p.msisdn[users[it]],
                app=np.full(len(it), a), event="use")
        p.label("app", pa.array([app]), "benign", "", kind, 0)
    # internet accounts: a courier and HR staff register work accounts on several platforms
    p.accounts(np.repeat(np.concatenate([courier[:10], hr[:10]]), 4), r.integers(0, D * DAY, 80))
