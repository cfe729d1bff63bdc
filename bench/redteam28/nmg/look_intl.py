"""Innocent international traffic at the land ports and on the grassland: Mongolian traders in Erenhot and
Russian traders in Manzhouli on passport cards, freight forwarders, guides taking groups into Mongolia,
families working in Cambodia calling home, Mongolian students, Russian tourists and Mongolian coal-truck drivers
roaming on Tengri's network."""

from __future__ import annotations

import numpy as np

from . import kit
from .core import DAY, t_date
from .look_calls import social


def traders(w, kind, zone, country, n, *, rate, intl_share, roam_p, sms_text):
    rng = w.rng("look-" + kind)
    L = kit.open_lines(w, n, zone, opened=rng.integers(t_date(2026, 1, 1), t_date(2035, 5, 1), n), id_type="passport",
                       rng=rng)
    days = w.days
    abroad = rng.random((n, days)) < roam_p  # trips home across the border
    e, d = kit.per_day(rng, n, days, rate, None, 0.35)
    t = kit.hours(rng, len(e), 8, 22, d)
    home = w.ids.foreign(n * 6, country).reshape(n, 6)
    intl = rng.random(len(e)) < intl_share
    ab = abroad[e, d]
    local = kit.strangers(w, rng, len(e), 0.5, personas=["merchant", "trucker", "urban_worker"])
    book = local.reshape(-1)[: max(1, n * 40)]
    callee = np.where(intl, home[e, rng.integers(0, 6, len(e))], book[rng.integers(0, len(book), len(e))])
    ctype = np.where(intl & ~ab, "intl_out", "mobile").astype(object)
    kit.dial(w, rng, t, L.msisdn[e], callee, imei=L.imei[e], imsi=L.imsi[e], cell=np.where(ab, -1, L.cell[e]),
             roaming=np.where(ab, country, None).astype(object), p_answer=0.75, med=90, call_type=ctype)
    # their contacts ring back, and home rings them
    b = rng.random(len(e)) < 0.3
    src = callee[b]
    kit.dial(w, rng, t[b] + rng.integers(600, DAY, int(b.sum())), src, L.msisdn[e[b]],
             call_type=np.where(intl[b], "intl_in", "mobile").astype(object), p_answer=0.8, med=90,
             callee_cell=L.cell[e[b]])
    s = rng.random(len(e)) < 0.2
    kit.text(w, t[s] + 60, L.msisdn[e[s]], callee[s], sms_text, imei=L.imei[e[s]], cell=L.cell[e[s]])
    at_home = ~abroad
    kit.presence(w, rng, L, at_home, data_rate=3)
    kit.presence(w, rng, L, abroad, cell=np.full(n, -1), roaming=country, data_rate=1, power=False)
    w.look(kind, "msisdn", L.msisdn, L.opened)
    w.look_lines[kind] = L
    return L


def guides_abroad(w):
    kind = "outbound_tour_leader_mongolia"
    rng = w.rng("look-" + kind)
    n = 5
    L = kit.open_lines(w, n, "hhht_xincheng", opened=rng.integers(t_date(2020, 1, 1), t_date(2034, 1, 1), n), rng=rng)
    start = rng.integers(0, 6, n)
    trip = kit.active_window(n, w.days, start, rng.integers(5, 8, n))
    e, d = kit.per_day(rng, n, w.days, 18.0, trip, 0.3)
    t = kit.hours(rng, len(e), 8, 23, d)
    group = kit.strangers(w, rng, n * 35, 0.4).reshape(n, 35)
    kit.dial(w, rng, t, L.msisdn[e], group[e, rng.integers(0, 35, len(e))], imei=L.imei[e], imsi=L.imsi[e], cell=-1,
             roaming="MN", p_answer=0.7, med=70)
    kit.presence(w, rng, L, trip, cell=np.full(n, -1), roaming="MN", data_rate=5)
    kit.presence(w, rng, L, ~trip, data_rate=3)
    social(w, rng, L, ~trip)
    w.look(kind, "msisdn", L.msisdn, L.opened)


def family_in_cambodia(w):
    kind = "overseas_family_member_in_cambodia"
    rng = w.rng("look-" + kind)
    n = 10
    fo = w.ids.foreign(n, "KH")
    fam = kit.pick(w, rng, n, personas=["elderly", "farmer", "urban_worker"], claim=False, exclude=False,
                   areas=[476, 477, 475])
    e, d = kit.per_day(rng, n, w.days, 0.5, None, 0.3)
    t = kit.hours(rng, len(e), 19, 23, d)
    kit.dial(w, rng, t, fo[e], w.pop.msisdn[fam[e]], call_type="intl_in", p_answer=0.85, med=900, sigma=0.6,
             media=np.where(rng.random(len(e)) < 0.4, "video", "voice").astype(object))
    w.look(kind, "msisdn", fo, 0)


def mongolian_students(w):
    kind = "mongolian_student_hohhot"
    rng = w.rng("look-" + kind)
    n = 12
    L = kit.open_lines(w, n, "hhht_saihan", opened=rng.integers(t_date(2032, 9, 1), t_date(2034, 10, 1), n),
                       id_type="passport", rng=rng)
    home = w.ids.foreign(n * 3, "MN").reshape(n, 3)
    e, d = kit.per_day(rng, n, w.days, 1.5, None, 0.3)
    t = kit.hours(rng, len(e), 18, 24, d)
    kit.dial(w, rng, t, L.msisdn[e], home[e, rng.integers(0, 3, len(e))], imei=L.imei[e], imsi=L.imsi[e],
             cell=L.cell[e], p_answer=0.8, med=600, call_type="intl_out",
             media=np.where(rng.random(len(e)) < 0.5, "video", "voice").astype(object))
    social(w, rng, L, np.ones((n, w.days), dtype=bool))
    kit.presence(w, rng, L, np.ones((n, w.days), dtype=bool), data_rate=6)
    w.look(kind, "msisdn", L.msisdn, L.opened)


def inbound_roamers(w, kind, country, n, zones, *, rate, kinds_called):
    """Foreign visitors on Tengri's network: their numbers call local businesses and each other."""
    rng = w.rng("look-" + kind)
    nums = w.ids.foreign(n, country)
    imei = w.ids.imei(n, "smart")
    cells = w.geo.cells_of(*zones)
    start = rng.integers(0, w.days - 3, n)
    act = kit.active_window(n, w.days, start, rng.integers(3, 8, n))
    e, d = kit.per_day(rng, n, w.days, rate, act, 0.3)
    t = kit.hours(rng, len(e), 7, 23, d)
    biz = np.concatenate([w.look_lines[k].msisdn for k in kinds_called if k in w.look_lines] + [w.services[:9]])
    u = rng.random(len(e))
    callee = np.where(u < 0.5, biz[rng.integers(0, len(biz), len(e))],
                      np.where(u < 0.75, nums[rng.integers(0, n, len(e))], w.ids.foreign(len(e), country)))
    cell = cells[(e * 5 + d) % len(cells)]
    kit.dial(w, rng, t, nums[e], callee, imei=imei[e], cell=cell, p_answer=0.7, med=80,
             call_type=np.where(u >= 0.75, "intl_out", "mobile").astype(object))
    ee, dd = np.nonzero(act)
    w.emit("device", time=kit.hours(rng, len(ee), 8, 22, dd), msisdn=nums[ee], imei=imei[ee],
           cell=cells[(ee * 5 + dd) % len(cells)], event="data_session", bytes=rng.integers(10**5, 10**7, len(ee)))
    w.look(kind, "msisdn", nums, start * DAY)


def build(w):
    traders(w, "mongolian_trader_erenhot", "xl_erenhot", "MN", 15, rate=22, intl_share=0.35, roam_p=0.15,
            sms_text="Сайн байна уу, ачаа маргааш гарна. Мөнгөө шилжүүлсэн.")
    traders(w, "russian_trader_manzhouli", "hlbr_manzhouli", "RU", 10, rate=16, intl_share=0.35, roam_p=0.1,
            sms_text="Привет, груз прошёл таможню, завтра забираем.")
    traders(w, "erenhot_freight_forwarder", "xl_erenhot", "MN", 6, rate=75, intl_share=0.25, roam_p=0.05,
            sms_text="【二连货代】车辆已过关，请安排卸货，报关单已发邮箱。")
    guides_abroad(w)
    family_in_cambodia(w)
    mongolian_students(w)
    inbound_roamers(w, "russian_tourist_roaming_in", "RU", 25, ["hlbr_manzhouli", "hlbr_hailar", "hlbr_ergun"],
                    rate=6, kinds_called=["hotel_pbx_switchboard", "yurt_camp_booking_line", "tour_guide_hulunbuir",
                                          "car_rental_hailar"])
    inbound_roamers(w, "mongolian_coal_truck_driver_roaming", "MN", 30, ["xl_erenhot", "hw_s24_erenhot"],
                    rate=8, kinds_called=["coal_truck_dispatcher", "erenhot_freight_forwarder"])
