"""Innocent cards and handsets that resemble cat pools, bought cards and card rings: repair-shop test phones,
second-hand phone dealers, truck GPS fleets and cattle collars, families and companies with many cards on one
document, seasonal camp workers and tourists on new prepaid cards, children's watches, herders' video calls,
silent cards of the old, merchants swapping SIMs, a campus card promotion, workers back from Cambodia."""

from __future__ import annotations

import numpy as np

from . import kit
from .core import DAY, HOUR, t_date
from .look_calls import CITY, social


def _lines_in(w, rng, zones, n, **kw):
    zi = np.array([zones[i % len(zones)] for i in range(n)], dtype=object)
    parts = []
    for z in sorted(set(zi.tolist())):
        m = zi == z
        sub = {k: (v[m] if isinstance(v, np.ndarray) and v.ndim and len(v) == n else v) for k, v in kw.items()}
        parts.append(kit.open_lines(w, int(m.sum()), z, rng=rng, **sub))
    return kit.Lines(*[np.concatenate([getattr(p, f) for p in parts]) for f in
                       ("msisdn", "imsi", "imei", "cell", "id_key", "opened")])


def _old(rng, n):
    return rng.integers(t_date(2015, 1, 1), t_date(2034, 6, 1), n)


def repair_shops(w):
    kind = "phone_repair_shop_test_phone"
    rng = w.rng("look-" + kind)
    n = 6
    imeis = w.ids.imei(n, "smart")
    zone_idx = np.array([w.geo.z(CITY[i % len(CITY)]) for i in range(n)])
    cells = w.geo.pick_cells(rng, zone_idx)
    k = rng.integers(20, 46, n)
    s = np.repeat(np.arange(n), k)
    cust = kit.pick(w, rng, len(s), claim=False, exclude=False, smart=True)
    t = kit.hours(rng, len(s), 9.5, 20, rng.integers(0, w.days, len(s)))
    p = w.pop
    for ev, dt in (("attach", 0), ("location_update", 120), ("detach", 900)):
        w.emit("device", time=t + dt + rng.integers(0, 300, len(s)), msisdn=p.msisdn[cust], imsi=p.imsi[cust],
               imei=imeis[s], cell=cells[s], event=ev)
    test = rng.random(len(s)) < 0.4
    kit.dial(w, rng, t[test] + 300, p.msisdn[cust[test]], 8610038, imei=imeis[s[test]], imsi=p.imsi[cust[test]],
             cell=cells[s[test]], p_answer=0.95, med=12, call_type="fixed")
    w.look(kind, "imei", imeis, 0)


def phone_dealers(w):
    kind = "secondhand_phone_dealer"
    rng = w.rng("look-" + kind)
    L = _lines_in(w, rng, CITY, 5, opened=_old(rng, 5))
    act = np.ones((5, w.days), dtype=bool)
    social(w, rng, L, act)
    kit.presence(w, rng, L, act, data_rate=3)
    k = rng.integers(15, 41, 5)
    s = np.repeat(np.arange(5), k)
    im = w.ids.imei(len(s), "smart")
    t = kit.hours(rng, len(s), 10, 21, rng.integers(0, w.days, len(s)))
    for ev, dt in (("power_on", 0), ("data_session", 200), ("power_off", 1500)):
        w.emit("device", time=t + dt, msisdn=L.msisdn[s], imsi=L.imsi[s], imei=im, cell=L.cell[s], event=ev,
               bytes=rng.integers(10**4, 10**6, len(s)) if ev == "data_session" else -1)
    c = rng.random(len(s)) < 0.3
    kit.dial(w, rng, t[c] + 400, L.msisdn[s[c]], w.pop.msisdn[rng.integers(0, w.pop.n, int(c.sum()))], imei=im[c],
             imsi=L.imsi[s[c]], cell=L.cell[s[c]], p_answer=0.8, med=15)
    w.look(kind, "msisdn", L.msisdn, L.opened)


def iot_fleets(w):
    kind = "iot_truck_gps_fleet"
    rng = w.rng("look-" + kind)
    roads = w.geo.cells_of("hw_g65_baotou_ordos", "hw_coal_jungar", "hw_g6_hohhot_baotou", "hw_s24_erenhot")
    fleets = [("eds_ejinhoro_mines", 80, t_date(2034, 3, 12)), ("wh_haibowan", 60, t_date(2035, 6, 10)),
              ("xl_erenhot", 70, t_date(2033, 9, 3))]
    for z, n, op in fleets:
        lic = w.ids.id_keys(1)[0]
        L = kit.open_lines(w, n, z, opened=op + rng.integers(0, 3600, n), id_keys=lic, id_type="business_license",
                           customer="enterprise", line_type="iot", consecutive=True, imei_kind="iot", prepaid=False,
                           channel=f"TG-{w.geo.zone_area[w.geo.z(z)]}-ENT21", rng=rng)
        e, d = kit.per_day(rng, n, w.days, 10.0, None, 0.2)
        t = kit.hours(rng, len(e), 0, 24, d)
        cell = roads[(e * 13 + t // (40 * 60)) % len(roads)]
        w.emit("device", time=t, msisdn=L.msisdn[e], imsi=L.imsi[e], imei=L.imei[e], cell=cell, event="data_session",
               bytes=rng.integers(800, 20000, len(e)))
        mgr = w.pop.msisdn[rng.integers(0, w.pop.n)]
        a = rng.random(len(e)) < 0.01
        kit.text(w, t[a], L.msisdn[e[a]], mgr, "【车辆报警】超速/疲劳驾驶提醒，请及时处理。", imei=L.imei[e[a]], cell=cell[a])
        w.look(kind, "msisdn", L.msisdn, L.opened)


def collar_trackers(w):
    kind = "livestock_collar_trackers"
    rng = w.rng("look-" + kind)
    herders = kit.pick(w, rng, 2, personas=["herder"])
    for h in herders.tolist():
        n = int(rng.integers(25, 41))
        z = w.geo.zone_names[w.pop.zone[h]]
        L = kit.open_lines(w, n, z, opened=t_date(2035, 6, 3) + int(rng.integers(0, 20)) * DAY + 3600 * 10
                           + rng.integers(0, 1800, n), id_keys=w.pop.id_key[h], line_type="iot", consecutive=True,
                           imei_kind="iot", rng=rng)
        e, d = kit.per_day(rng, n, w.days, 4.0, None, 0.2)
        t = kit.hours(rng, len(e), 0, 24, d)
        zc = w.geo.zone_cells[w.pop.zone[h]]
        w.emit("device", time=t, msisdn=L.msisdn[e], imsi=L.imsi[e], imei=L.imei[e], cell=zc[(e + d) % len(zc)],
               event="data_session", bytes=rng.integers(200, 3000, len(e)))
        w.look(kind, "msisdn", L.msisdn, L.opened)


def family_cards(w):
    kind = "family_cards_one_id"
    rng = w.rng("look-" + kind)
    heads = kit.pick(w, rng, 12, personas=["elderly", "herder", "farmer"])
    out = []
    for h in heads.tolist():
        n = int(rng.integers(3, 6))
        same_day = rng.random() < 0.5
        base = int(rng.integers(t_date(2016, 1, 1), t_date(2034, 1, 1)))
        op = base + (rng.integers(0, 3600, n) if same_day else rng.integers(0, 2000 * DAY, n))
        z = CITY[int(rng.integers(0, len(CITY)))]
        L = kit.open_lines(w, n, z, opened=op, id_keys=w.pop.id_key[h],
                           channel=f"TG-{w.pop.area[h]}-S{int(rng.integers(1, 60)):03d}", rng=rng)
        act = np.ones((n, w.days), dtype=bool)
        social(w, rng, L, act)
        kit.presence(w, rng, L, act, data_rate=3)
        e, d = kit.per_day(rng, n, w.days, 0.6, None, 0.3)
        t = kit.hours(rng, len(e), 18, 22, d)
        kit.dial(w, rng, t, L.msisdn[e], w.pop.msisdn[h], imei=L.imei[e], imsi=L.imsi[e], cell=L.cell[e],
                 p_answer=0.85, med=300)
        out.append(L.msisdn)
    w.look(kind, "msisdn", np.concatenate(out), None)


def company_cards(w):
    kind = "company_staff_cards_one_license"
    rng = w.rng("look-" + kind)
    for z, n, op in (("hlbr_hailar", 40, t_date(2035, 5, 28, 10)), ("eds_dongsheng", 30, t_date(2035, 6, 20, 14)),
                     ("wh_haibowan", 25, t_date(2034, 11, 5, 9))):
        lic = w.ids.id_keys(1)[0]
        L = kit.open_lines(w, n, z, opened=op + np.sort(rng.integers(0, 2 * HOUR, n)), id_keys=lic,
                           id_type="business_license", customer="enterprise", consecutive=True, prepaid=False,
                           channel=f"TG-{w.geo.zone_area[w.geo.z(z)]}-ENT05", rng=rng)
        act = np.ones((n, w.days), dtype=bool)
        act[:, ((np.arange(w.days) + 6) % 7) == 6] = False
        e, d = kit.per_day(rng, n, w.days, 9.0, act, 0.4)
        t = kit.hours(rng, len(e), 8, 19, d)
        other = np.where(rng.random(len(e)) < 0.5, L.msisdn[rng.integers(0, n, len(e))],
                         kit.strangers(w, rng, len(e), 0.4))
        kit.dial(w, rng, t, L.msisdn[e], other, imei=L.imei[e], imsi=L.imsi[e], cell=L.cell[e], p_answer=0.75, med=70)
        social(w, rng, L, np.ones((n, w.days), dtype=bool))
        kit.presence(w, rng, L, np.ones((n, w.days), dtype=bool), data_rate=2)
        w.look(kind, "msisdn", L.msisdn, L.opened)


def camp_workers(w):
    kind = "seasonal_camp_worker_new_sims"
    rng = w.rng("look-" + kind)
    n = 40
    L = kit.open_lines(w, n, "hlbr_hailar", opened=rng.integers(t_date(2035, 6, 1), t_date(2035, 7, 5), n),
                       channel="TG-470-S003", rng=rng)
    camp = w.geo.pick_cells(rng, np.array([w.geo.z(["hlbr_mergel_camps", "hlbr_ergun", "xl_zhenglan"][i % 3])
                                           for i in range(n)]))
    L = kit.Lines(L.msisdn, L.imsi, L.imei, camp, L.id_key, L.opened)
    fam = w.ids.offnet(n * 3).reshape(n, 3)
    e, d = kit.per_day(rng, n, w.days, 2.5, None, 0.4)
    t = kit.hours(rng, len(e), 20, 23.5, d)
    kit.dial(w, rng, t, L.msisdn[e], fam[e, rng.integers(0, 3, len(e))], imei=L.imei[e], imsi=L.imsi[e],
             cell=L.cell[e], p_answer=0.85, med=600, sigma=0.7)
    e, d = kit.per_day(rng, n, w.days, 4.0, None, 0.4)
    t = kit.hours(rng, len(e), 7, 21, d)
    kit.dial(w, rng, t, L.msisdn[e], np.where(rng.random(len(e)) < 0.6, L.msisdn[rng.integers(0, n, len(e))],
                                               kit.strangers(w, rng, len(e), 0.3)),
             imei=L.imei[e], imsi=L.imsi[e], cell=L.cell[e], p_answer=0.7, med=40)
    kit.presence(w, rng, L, np.ones((n, w.days), dtype=bool), data_rate=4)
    w.look(kind, "msisdn", L.msisdn, L.opened)


def tourist_sims(w):
    kind = "tourist_prepaid_sim"
    rng = w.rng("look-" + kind)
    n = 30
    z = ["hlbr_hailar", "xl_xilinhot"]
    L = _lines_in(w, rng, z, n, opened=rng.integers(0, 8 * DAY, n) + 9 * HOUR, channel="TG-470-AIRPORT")
    start = L.opened // DAY
    act = kit.active_window(n, w.days, start, rng.integers(3, 7, n))
    camps = w.geo.cells_of("hlbr_mergel_camps", "hlbr_ergun", "xl_zhenglan", "xl_naadam_venue", "hlbr_hailar")
    e, d = kit.per_day(rng, n, w.days, 12.0, act, 0.4)
    t = kit.hours(rng, len(e), 8, 22, d)
    biz = np.concatenate([w.look_lines[k].msisdn for k in ("yurt_camp_booking_line", "horse_riding_stable",
                                                           "car_rental_hailar", "hotel_pbx_switchboard",
                                                           "tour_guide_hulunbuir") if k in w.look_lines])
    u = rng.random(len(e))
    callee = np.where(u < 0.45, biz[rng.integers(0, len(biz), len(e))],
                      np.where(u < 0.7, w.services[rng.integers(0, len(w.services), len(e))],
                               w.ids.offnet(len(e))))
    cell = camps[(e * 3 + d) % len(camps)]
    kit.dial(w, rng, t, L.msisdn[e], callee, imei=L.imei[e], imsi=L.imsi[e], cell=cell, p_answer=0.65, med=50)
    ee, dd = np.nonzero(act)
    kit.visit(w, rng, kit.hours(rng, len(ee), 9, 23, dd), L.msisdn[ee], "m.ctrip.com", ip="101.226.10.8",
              app="ctrip.android.view")
    kit.presence(w, rng, kit.Lines(L.msisdn, L.imsi, L.imei, camps[np.arange(n) % len(camps)], L.id_key, L.opened),
                 act, data_rate=8, loc_rate=3)
    w.look(kind, "msisdn", L.msisdn, L.opened)


def kids_watches(w):
    kind = "kids_smartwatch_sim"
    rng = w.rng("look-" + kind)
    par = kit.pick(w, rng, 30, personas=["urban_worker", "civil_servant"], claim=False)
    L = kit.open_lines(w, 30, "hhht_saihan", opened=_old(rng, 30) + 300 * DAY, id_keys=w.pop.id_key[par],
                       imei_kind="watch", cells=w.pop.home[par], rng=rng)
    e, d = kit.per_day(rng, 30, w.days, 3.0, None, 0.3)
    t = kit.hours(rng, len(e), 7, 20.5, d)
    out = rng.random(len(e)) < 0.6
    media = np.where(rng.random(len(e)) < 0.4, "video", "voice").astype(object)
    kit.dial(w, rng, t[out], L.msisdn[e[out]], w.pop.msisdn[par[e[out]]], imei=L.imei[e[out]], imsi=L.imsi[e[out]],
             cell=L.cell[e[out]], p_answer=0.85, med=45, media=media[out])
    kit.dial(w, rng, t[~out], w.pop.msisdn[par[e[~out]]], L.msisdn[e[~out]], imei=w.pop.imei[par[e[~out]]],
             imsi=w.pop.imsi[par[e[~out]]], cell=w.pop.loc(par[e[~out]], t[~out]), p_answer=0.8, med=45,
             media=media[~out])
    kit.presence(w, rng, L, np.ones((30, w.days), dtype=bool), data_rate=6, loc_rate=4, power=False)
    w.look(kind, "msisdn", L.msisdn, L.opened)


def herder_video(w):
    kind = "herder_family_video_calls"
    rng = w.rng("look-" + kind)
    h = kit.pick(w, rng, 15, personas=["herder"], smart=True)
    kids = w.ids.offnet(30).reshape(15, 2)
    e, d = kit.per_day(rng, 15, w.days, 1.2, None, 0.3)
    t = kit.hours(rng, len(e), 19, 22.5, d)
    p = w.pop
    kit.dial(w, rng, t, p.msisdn[h[e]], kids[e, rng.integers(0, 2, len(e))], imei=p.imei[h[e]], imsi=p.imsi[h[e]],
             cell=p.home[h[e]], p_answer=0.8, med=900, media="video")
    w.look(kind, "msisdn", p.msisdn[h], p.open_time[h])


def sleeping_cards(w):
    kind = "sleeping_card_elderly"
    rng = w.rng("look-" + kind)
    own = kit.pick(w, rng, 40, personas=["elderly"], claim=False)
    L = kit.open_lines(w, 40, "hhht_huimin", opened=rng.integers(t_date(2018, 1, 1), t_date(2030, 1, 1), 40),
                       id_keys=w.pop.id_key[own], imei_kind="feature", cells=w.pop.home[own], rng=rng)
    k = rng.integers(0, 3, 40)
    s = np.repeat(np.arange(40), k)
    t = kit.hours(rng, len(s), 9, 18, rng.integers(0, w.days, len(s)))
    kit.text(w, t, 8696138, L.msisdn[s], "【内蒙古农信】您的养老金已到账，请注意查收。")
    on = rng.random(40) < 0.5
    w.emit("device", time=kit.hours(rng, int(on.sum()), 9, 18, rng.integers(0, w.days, int(on.sum()))),
           msisdn=L.msisdn[on], imsi=L.imsi[on], imei=L.imei[on], cell=L.cell[on], event="location_update")
    w.look(kind, "msisdn", L.msisdn, L.opened)


def sim_swappers(w):
    kind = "dual_sim_merchant_swapper"
    rng = w.rng("look-" + kind)
    out = []
    for i in range(8):
        z = ["xl_erenhot", "hlbr_manzhouli", "bt_donghe", "cf_hongshan"][i % 4]
        key = w.ids.id_keys(1)[0]
        L = kit.open_lines(w, 3, z, opened=_old(rng, 3), id_keys=key, rng=rng)
        phones = w.ids.imei(2, "smart")
        slot = rng.integers(0, 2, (3, w.days))
        e, d = kit.per_day(rng, 3, w.days, 9.0, None, 0.4)
        t = kit.hours(rng, len(e), 8, 21, d)
        im = phones[slot[e, d]]
        kit.dial(w, rng, t, L.msisdn[e], kit.strangers(w, rng, len(e), 0.5), imei=im, imsi=L.imsi[e], cell=L.cell[e],
                 p_answer=0.7, med=60)
        ee, dd = np.nonzero(np.ones((3, w.days), dtype=bool))
        w.emit("device", time=kit.hours(rng, len(ee), 7, 9, dd), msisdn=L.msisdn[ee], imsi=L.imsi[ee],
               imei=phones[slot[ee, dd]], cell=L.cell[ee], event="attach")
        out.append(L.msisdn)
    w.look(kind, "msisdn", np.concatenate(out), None)


def promo_drive(w):
    kind = "summer_sim_promo_drive"
    rng = w.rng("look-" + kind)
    stu = kit.pick(w, rng, 30, personas=["student"], claim=False)
    keys = np.concatenate([w.pop.id_key[stu], w.ids.id_keys(30)])
    n = 60
    L = kit.open_lines(w, n, "hhht_saihan", opened=DAY + rng.integers(10 * HOUR, 40 * HOUR, n), id_keys=keys,
                       consecutive=True, channel="TG-471-P088", rng=rng)
    used = rng.random(n) < 0.5
    act = np.zeros((n, w.days), dtype=bool)
    act[used, 2:] = True
    social(w, rng, L, act)
    kit.presence(w, rng, L, act, data_rate=5)
    w.look(kind, "msisdn", L.msisdn, L.opened)


def returned_workers(w):
    kind = "returned_cambodia_worker"
    rng = w.rng("look-" + kind)
    who = kit.pick(w, rng, 6, personas=["urban_worker", "farmer", "miner"], areas=[477, 476], smart=True)
    p = w.pop
    friends = w.ids.foreign(12, "KH")
    e, d = kit.per_day(rng, 6, w.days, 0.8, None, 0.3)
    t = kit.hours(rng, len(e), 18, 23, d)
    roam = (e < 3) & (d < 3)
    kit.dial(w, rng, t[~roam], p.msisdn[who[e[~roam]]], friends[rng.integers(0, 12, int((~roam).sum()))],
             imei=p.imei[who[e[~roam]]], imsi=p.imsi[who[e[~roam]]], cell=p.home[who[e[~roam]]], p_answer=0.7, med=400,
             call_type="intl_out")
    kit.dial(w, rng, t[roam], p.msisdn[who[e[roam]]], p.msisdn[rng.integers(0, p.n, int(roam.sum()))],
             imei=p.imei[who[e[roam]]], imsi=p.imsi[who[e[roam]]], cell=-1, roaming="KH", p_answer=0.8, med=300)
    w.emit("device", time=np.array([0, DAY, 2 * DAY]) + 9 * HOUR, msisdn=p.msisdn[who[:3]], imsi=p.imsi[who[:3]],
           imei=p.imei[who[:3]], event="attach", roaming_country="KH")
    w.look(kind, "msisdn", p.msisdn[who], p.open_time[who])
    w.reg_look.append(dict(kind=kind, msisdn=p.msisdn[who], complaints=0.0, allow=0.0, watch=True,
                           callees=p.msisdn[who][:0]))


def build(w):
    repair_shops(w)
    phone_dealers(w)
    iot_fleets(w)
    collar_trackers(w)
    family_cards(w)
    company_cards(w)
    camp_workers(w)
    tourist_sims(w)
    kids_watches(w)
    herder_video(w)
    sleeping_cards(w)
    sim_swappers(w)
    promo_drive(w)
    returned_workers(w)
