"""Honest people and lines whose records resemble fraud: couriers at the post-festival peak, real after-sales
centres ringing buyers about refunds, agents and telesales, burst texts of live-stream sellers and wedding
invitations, IoT and enterprise SIM pools, travellers to Cambodia and Myanmar, Yangtze cruises, new and dormant
cards, screen-sharing children helping parents, real brokerages and loan apps, video calls from children abroad,
and more. Every one is labelled ``lookalike:<kind>`` in the truth.

``pre()`` picks the people (before ordinary life is drawn, so trips, dormant spells and new cards shape it);
``post()`` adds what each kind does beyond ordinary life.
"""

from __future__ import annotations

import numpy as np
import texts as T
from kit import rand_numbers, windows_times
from people import PIDX, People, emit_sms, emit_transfer, emit_voice
from world import AREA_INDEX, AREAS, DAY, END, HOUR, NDAYS, START, World, dow

WIN_DAY = [(9, 12), (13.5, 18.5)]
WIN_LONG = [(8.5, 12), (13, 21)]
PEAK_PARCEL = np.array([1, 1, 1.1, 1.4, 1.6, 1.5, 1.3, 1.1, 1.0, 1.0, 1.0, 1.0, 1.1, 1.5, 2.4, 2.6, 2.4])
PEAK_SALE = np.array([1, 1, 1.6, 1.3, 1.1, 1, 1, 1, 1, 1.1, 1.2, 1.4, 2.2, 2.6, 1.0, 0.9, 0.9])
PEAK_AFTER = np.array([0.6, 0.6, 0.7, 0.9, 1, 1, 0.9, 0.8, 0.8, 0.8, 0.8, 0.9, 1.0, 1.3, 1.9, 2.3, 2.2])


# person-based kinds: kind, count at 20,000, personas, extra selection
PERSON_KINDS = [
    ("courier_double11_peak", 10, ["courier"], None),
    ("food_delivery_rider", 8, ["courier", "migrant", "driver"], None),
    ("ride_hailing_driver", 8, ["driver"], None),
    ("insurance_agent", 7, ["office", "self_employed"], None),
    ("real_estate_agent", 9, ["service", "office"], "main"),
    ("car_salesman", 4, ["service", "office"], "main"),
    ("tutoring_telesales", 5, ["office"], "main"),
    ("community_grid_worker", 6, ["civil"], None),
    ("debt_collection_agent", 5, ["office"], "main"),
    ("hr_recruiter", 5, ["office"], "main"),
    ("chaotianmen_wholesaler", 6, ["shopkeeper", "self_employed"], "main"),
    ("fengjie_orange_grower", 5, ["farmer", "streamer", "self_employed"], "county"),
    ("decoration_telemarketer", 6, ["office", "service"], "main"),
    ("broadband_installer", 5, ["service", "migrant"], None),
    ("securities_client_manager", 4, ["office"], "main"),
    ("licensed_loan_agent", 4, ["office"], "main"),
    ("driving_school_coach", 4, ["self_employed", "driver"], None),
    ("pharmacy_delivery", 3, ["service", "courier"], None),
    ("lawyer", 3, ["office"], "main"),
    ("moving_company", 4, ["self_employed", "migrant"], "main"),
    ("bangbang_porter_busy", 5, ["bangbang"], None),
    ("second_hand_trader", 5, ["self_employed", "student"], None),
    ("tour_guide", 4, ["service"], "main"),
    ("livestream_seller_burst", 7, ["streamer"], None),
    ("express_station_keeper", 6, ["shopkeeper"], None),
    ("group_buy_organiser", 6, ["homemaker", "shopkeeper"], None),
    ("wedding_invitation_burst", 3, ["office", "service", "teacher"], None),
    ("funeral_notice_burst", 2, ["office", "self_employed"], None),
    ("shop_owner_promo_sms", 5, ["shopkeeper", "restaurateur"], None),
    ("teacher_class_notice", 6, ["teacher"], None),
    ("phone_repair_shop", 4, ["shopkeeper", "self_employed"], "main"),
    ("outbound_tourist_thailand", 5, ["office", "teacher", "civil"], None),
    ("motorcycle_exporter_cambodia", 4, ["self_employed", "office"], "main"),
    ("jade_trader_myanmar", 2, ["self_employed"], None),
    ("returnee_from_philippines", 2, ["migrant"], None),
    ("yangtze_cruise_tourist", 8, ["elderly", "office", "teacher"], "main"),
    ("returning_migrant_new_card", 6, ["migrant", "factory"], None),
    ("student_new_card", 8, ["student"], "fresh"),
    ("dormant_then_active", 6, ["office", "service", "self_employed", "homemaker"], None),
    ("changed_number", 4, ["office", "service", "teacher"], None),
    ("elderly_new_smartphone", 5, ["elderly"], None),
    ("hotpot_restaurant_qr", 6, ["restaurateur"], None),
    ("medical_crowdfunding_family", 3, ["office", "farmer", "service"], None),
    ("urban_village_landlord", 5, ["self_employed", "elderly", "shopkeeper"], "uv"),
    ("parent_paying_tuition_abroad", 4, ["office", "civil", "self_employed"], "main"),
    ("elderly_video_child_abroad", 6, ["elderly"], None),
    ("securities_investor", 6, ["office", "elderly", "civil"], None),
    ("legit_loan_app_borrower", 6, ["migrant", "factory", "service"], None),
    ("it_remote_support", 3, ["office"], "main"),
    ("child_remote_helps_parent", 4, ["office", "teacher", "civil"], "haskid"),
    ("heavy_returner", 5, ["homemaker", "office", "student"], None),
    ("elderly_health_product_buyer", 3, ["elderly"], None),
    ("car_purchase_transfer", 3, ["office", "self_employed"], None),
    ("family_money_pool", 3, ["office", "self_employed"], None),
    ("teen_game_spender", 5, ["teen"], None),
    ("teen_skin_seller_legit", 3, ["teen"], None),
    ("migrant_parent_video_kids", 5, ["migrant", "factory"], None),
    ("vietnamese_bride_family", 3, ["farmer"], "county"),
    ("dual_sim_heavy_user", 8, None, "dual"),
    ("tablet_data_card", 4, None, "tablet"),
    ("suspended_then_reinstated", 3, ["migrant", "service", "student"], None),
]


class Lookalikes:
    def __init__(self, w: World, pp: People):
        self.w = w
        self.pp = pp
        self.sel: dict[str, np.ndarray] = {}
        self.kinds: set[str] = set()
        self.trips = []  # (person, t0, t1, country, cells)

    # ------------------------------------------------------------------------------------------------ pre
    def pre(self):
        w, pp = self.w, self.pp
        r = w.rng("look", "pre")
        fengjie = np.isin(pp.home_area, [AREA_INDEX[a] for a in ("fengjie", "yunyang", "wushan", "kaizhou")])
        uv = np.isin(pp.home_area, [i for i, a in enumerate(AREAS) if "uv" in a[5] or "old" in a[5]])
        haskid = np.zeros(pp.N, dtype=bool)
        kid_of = {}
        for c, p in enumerate(pp.elder_parent.tolist()):
            if p >= 0 and c not in kid_of:
                kid_of[c] = p
                haskid[c] = True
        self.parent_of_kid = kid_of
        fresh = pp.open_time > START - 75 * DAY
        for kind, n, personas, extra in PERSON_KINDS:
            where = None
            main = None
            primary = True
            if extra == "main":
                main = True
            elif extra == "county":
                where = fengjie
            elif extra == "uv":
                where = uv
            elif extra == "fresh":
                where = fresh
            elif extra == "haskid":
                where = haskid
            elif extra == "dual":
                where = pp.second_kind == 1
                primary = False
            elif extra == "tablet":
                where = pp.second_kind == 2
                primary = False
            got = pp.pick(r, w.n(n), personas=personas, main=main, where=where, primary=primary)
            if len(got) == 0 and where is not None:
                got = pp.pick(r, w.n(n), personas=personas, primary=primary)
            pp.busy[got] = True
            pp.label[got] = "lookalike:" + kind
            if extra == "dual":
                pp.busy[pp.owner[got]] = True
            self.sel[kind] = got
            self.kinds.add(kind)
        self._pre_effects(r)

    def _pre_effects(self, r):
        w, pp = self.w, self.pp
        # trips abroad and on the river
        for kind, cc, span in (("outbound_tourist_thailand", "TH", (5, 8)), ("motorcycle_exporter_cambodia", "KH", (4, 9)),
                               ("jade_trader_myanmar", "MM", (6, 10)), ("returnee_from_philippines", "PH", (3, 6))):
            for p in self.sel[kind].tolist():
                if kind == "returnee_from_philippines":
                    t0 = START
                else:
                    t0 = START + int(r.integers(0, NDAYS - 4)) * DAY + int(r.integers(7, 20)) * HOUR
                t1 = t0 + int(r.integers(*span)) * DAY
                self.trips.append((p, t0, min(t1, END + DAY), cc, None))
        river = ["chaotianmen", "fuling_port", "fengdu", "wanzhou_port", "yunyang", "fengjie", "wushan"]
        for p in self.sel["yangtze_cruise_tourist"].tolist():
            d0 = int(r.integers(0, NDAYS - 5))
            t0 = START + d0 * DAY + 18 * HOUR
            cells = np.array([w.cells_of(a)[int(r.integers(0, len(w.cells_of(a))))] for a in river])
            self.trips.append((p, t0, t0 + 4 * DAY + 12 * HOUR, None, cells[[0, 1, 3, 5, 6]]))
        if self.trips:
            pp.set_trips([x[0] for x in self.trips], [x[1] for x in self.trips], [x[2] for x in self.trips],
                         [x[3] for x in self.trips], [x[4] for x in self.trips])
        # cards that start or stop during the period
        for p in self.sel["returning_migrant_new_card"].tolist():
            t = START + int(r.integers(2, NDAYS - 3)) * DAY + int(r.integers(9, 18)) * HOUR
            pp.open_time[p] = t
            pp.active_from[p] = t
        for p in self.sel["dormant_then_active"].tolist():
            pp.active_from[p] = START + int(r.integers(5, 11)) * DAY + int(r.integers(8, 20)) * HOUR
            pp.open_time[p] = min(pp.open_time[p], START - int(r.integers(200, 900)) * DAY)
        self.changed = []
        for p in self.sel["changed_number"].tolist():
            t = START + int(r.integers(4, NDAYS - 4)) * DAY + int(r.integers(10, 17)) * HOUR
            pp.active_to[p] = t
            w.status_override[int(pp.msisdn[p])] = ("closed", t + 2 * DAY)
            self.changed.append((p, t))
        for p in self.sel["elderly_new_smartphone"].tolist():
            pp.imei_new[p] = w.imeis(r, 1, "honor")[0]
            pp.imei_switch[p] = START + int(r.integers(3, NDAYS - 2)) * DAY + 15 * HOUR
            pp.feature_phone[p] = False
        for p in self.sel["suspended_then_reinstated"].tolist():
            t = START + int(r.integers(3, 12)) * DAY + 10 * HOUR
            pp.active_to[p] = 2**62
            w.status_override[int(pp.msisdn[p])] = ("active", t + int(r.integers(20, 60)) * HOUR)
            self.reinstated = getattr(self, "reinstated", []) + [(p, t)]

    # ------------------------------------------------------------------------------------------------ helpers
    def pool(self, name, p=None):
        pp = self.pp
        prim = pp.persona != PIDX["second"]
        m = prim.copy()
        if name == "local" and p is not None:
            m &= pp.district == pp.district[p]
        elif name == "elderly_local" and p is not None:
            m &= (pp.persona == PIDX["elderly"]) & (pp.district == pp.district[p])
        elif name == "elderly":
            m &= pp.persona == PIDX["elderly"]
        elif name == "parents":
            m[:] = False
            m[pp.parent[pp.parent >= 0]] = True
        elif name == "students":
            m &= pp.persona == PIDX["student"]
        elif name == "drivers":
            m &= pp.persona == PIDX["driver"]
        elif name == "young":
            m &= np.isin(pp.persona, [PIDX["student"], PIDX["migrant"], PIDX["factory"], PIDX["service"]])
        elif name == "merchants":
            m &= np.array([x is not None for x in pp.merchant.tolist()])
        elif name == "adults":
            m &= (pp.age >= 28) & (pp.age <= 65)
        elif name == "buyers" or name == "buyers_local":
            ob = self.life.order_log["buyer"]
            mm = np.zeros(pp.N, dtype=bool)
            mm[ob] = True
            m &= mm
            if name == "buyers_local" and p is not None:
                m &= pp.district == pp.district[p]
        elif name == "contacted":
            mm = np.zeros(pp.N, dtype=bool)
            c = np.array(self.kit.contacted + self.kit.paid, dtype=int)
            mm[c] = True
            m &= mm
        cand = np.nonzero(m)[0]
        if len(cand) < 20:
            cand = np.nonzero(prim)[0]
        return cand

    def work_calls(self, r, num, p, per_day, windows, targets, onnet=1.0, p_ans=0.7, dur=(15, 120), circle=0,
                   circle_share=0.0, callback=0.0, peak=None, weekdays=False, inbound=0.0, caller_imei=None,
                   caller_imsi=None, caller_cell=None, call_type=None, gateway=None, video=0.0, days=None,
                   callee_offnet_kind="offnet"):
        """One number's work calls: to a circle of regular customers and to new people, with the callbacks and
        incoming calls that honest work gets."""
        w, pp = self.w, self.pp
        pool = targets if isinstance(targets, np.ndarray) else self.pool(targets, p if p is not None and p >= 0 else None)
        circ = pool[r.integers(0, len(pool), circle)] if circle else None
        days = range(NDAYS) if days is None else days
        for d in days:
            if weekdays and dow(d) >= 5:
                continue
            f = 1.0 if peak is None else float(peak[d])
            k = int(r.poisson(per_day * f))
            if k == 0:
                continue
            t = windows_times(r, d, k, windows)
            use_c = (r.random(k) < circle_share) if circ is not None else np.zeros(k, dtype=bool)
            who = pool[r.integers(0, len(pool), k)]
            if circ is not None:
                who[use_c] = circ[r.integers(0, len(circ), int(use_c.sum()))]
            off = r.random(k) >= onnet
            callee = pp.msisdn[who].copy()
            callee[off] = rand_numbers(r, int(off.sum()), callee_offnet_kind)
            cp = np.where(off, -1, who)
            res = np.where(r.random(k) < p_ans, "answered",
                           np.where(r.random(k) < 0.7, "no_answer", np.where(r.random(k) < 0.6, "rejected", "busy")))
            du = r.integers(dur[0], dur[1] + 1, k)
            media = np.where(r.random(k) < video, "video", "voice")
            emit_voice(w, pp, t, np.full(k, num), callee, du, res.astype(object), caller_p=p if p is not None else -1,
                       callee_p=cp, media=media.astype(object), caller_imei=caller_imei, caller_imsi=caller_imsi,
                       caller_cell=caller_cell, call_type=call_type, gateway=gateway, r=r)
            if callback:
                cb = (cp >= 0) & (r.random(k) < callback)
                if cb.any():
                    kb = int(cb.sum())
                    tb = np.minimum(t[cb] + r.integers(600, 2 * DAY, kb), END - 60)
                    emit_voice(w, pp, tb, pp.msisdn[cp[cb]], np.full(kb, num), r.integers(20, 240, kb),
                               np.where(r.random(kb) < 0.85, "answered", "no_answer").astype(object), caller_p=cp[cb],
                               callee_p=p if p is not None else -1, r=r)
            if inbound:
                ki = int(r.poisson(inbound * f))
                if ki:
                    ti = windows_times(r, d, ki, windows)
                    wi = pool[r.integers(0, len(pool), ki)]
                    emit_voice(w, pp, ti, pp.msisdn[wi], np.full(ki, num), r.integers(15, 200, ki),
                               np.where(r.random(ki) < 0.88, "answered", "no_answer").astype(object), caller_p=wi,
                               callee_p=p if p is not None else -1, r=r)

    def texts_out(self, r, num, p, per_day, windows, receivers, content, circle=0, circle_share=1.0, peak=None,
                  sender_imei=None, sender_cell=None, days=None):
        w, pp = self.w, self.pp
        pool = receivers if isinstance(receivers, np.ndarray) else self.pool(receivers, p if p is not None and p >= 0 else None)
        circ = pool[r.integers(0, len(pool), circle)] if circle else pool
        days = range(NDAYS) if days is None else days
        for d in days:
            f = 1.0 if peak is None else float(peak[d])
            k = int(r.poisson(per_day * f))
            if k == 0:
                continue
            t = windows_times(r, d, k, windows)
            use_c = r.random(k) < circle_share
            who = np.where(use_c, circ[r.integers(0, len(circ), k)], pool[r.integers(0, len(pool), k)])
            c = np.array(content, dtype=object)[r.integers(0, len(content), k)]
            emit_sms(w, pp, t, np.full(k, num), pp.msisdn[who], c, sender_p=p if p is not None else -1,
                     sender_imei=sender_imei, sender_cell=sender_cell)

    def money_in(self, r, acct, per_day, windows, amount, payers="any", peak=None, days=None, channel="third_party"):
        w, pp = self.w, self.pp
        pool = payers if isinstance(payers, np.ndarray) else self.pool(payers)
        has_w = np.array([x is not None for x in pp.wallet[pool].tolist()])
        pool = pool[has_w]
        days = range(NDAYS) if days is None else days
        for d in days:
            f = 1.0 if peak is None else float(peak[d])
            k = int(r.poisson(per_day * f))
            if k == 0:
                continue
            t = windows_times(r, d, k, windows)
            who = pool[r.integers(0, len(pool), k)]
            amt = amount(k) if callable(amount) else np.full(k, float(amount))
            emit_transfer(w, t, pp.wallet[who], acct, np.round(amt, 2), channel, pp.msisdn[who])

    def own_acct(self, p):
        pp = self.pp
        for a in (pp.merchant[p], pp.wallet[p], pp.acct[p]):
            if a is not None:
                return a
        return None

    def lines(self, r, kind, n, line_type, open_days_ago, channel, area, number_kind="fixed023",
              customer_type="enterprise", id_type="business_license", ids=None, block=None):
        """New lines (fixed, VoIP, enterprise mobile or IoT) with their subscriber rows."""
        w = self.w
        cell = w.cells_of(area)[0]
        idk = ids if ids is not None else w.keys(r, 1, "biz_")[0]
        ot = START - np.asarray(open_days_ago) * DAY - r.integers(0, 8 * HOUR, n)
        m, im = self.kit.open_cards(r, n, idk, ot, channel, cell, kind=number_kind, line_type=line_type,
                                    customer_type=customer_type, id_type=id_type, prepaid=False,
                                    home_region=AREAS[AREA_INDEX[area]][1], block=block)
        self.w.truth("msisdn", m, "lookalike:" + kind, None, "honest", START)
        self.kinds.add(kind)
        return m, im, cell

    def mark(self, etype, ents, kind):
        self.w.truth(etype, np.asarray(ents, dtype=object), "lookalike:" + kind, None, "honest", START)
        self.kinds.add(kind)

    # ------------------------------------------------------------------------------------------------ post
    def post(self, life, kit, gangs):
        self.life = life
        self.kit = kit
        w, pp = self.w, self.pp
        r = w.rng("look", "post")
        S = self.sel
        # ---- callers among the people
        spec = {
            "courier_double11_peak": dict(per_day=32, windows=[(8.5, 12), (13, 20)], targets="buyers_local",
                                          p_ans=0.78, dur=(10, 60), callback=0.12, peak=PEAK_PARCEL),
            "food_delivery_rider": dict(per_day=22, windows=[(10.5, 13.5), (17, 20.5)], targets="local", p_ans=0.85,
                                        dur=(8, 40), callback=0.05),
            "ride_hailing_driver": dict(per_day=10, windows=[(7, 10), (11, 23)], targets="any", p_ans=0.8,
                                        dur=(10, 50), callback=0.05),
            "insurance_agent": dict(per_day=28, windows=WIN_DAY, targets="adults", p_ans=0.45, dur=(30, 600),
                                    circle=150, circle_share=0.5, callback=0.08, weekdays=True, inbound=2),
            "real_estate_agent": dict(per_day=35, windows=WIN_LONG, targets="adults", p_ans=0.5, dur=(20, 400),
                                      circle=120, circle_share=0.4, callback=0.12, video=0.03, inbound=4),
            "car_salesman": dict(per_day=18, windows=WIN_LONG, targets="adults", p_ans=0.5, dur=(30, 300), circle=80,
                                 circle_share=0.5, callback=0.1, inbound=2),
            "tutoring_telesales": dict(per_day=55, windows=[(10, 12), (14, 21)], targets="parents", p_ans=0.35,
                                       dur=(5, 200), onnet=0.45),
            "community_grid_worker": dict(per_day=18, windows=WIN_DAY, targets="elderly_local", p_ans=0.75,
                                          dur=(30, 300), circle=60, circle_share=0.8, callback=0.2, weekdays=True),
            "debt_collection_agent": dict(per_day=70, windows=[(9, 12), (14, 20)], targets="young", p_ans=0.25,
                                          dur=(20, 300), circle=200, circle_share=0.7, weekdays=True, onnet=0.5),
            "hr_recruiter": dict(per_day=30, windows=WIN_DAY, targets="young", p_ans=0.55, dur=(30, 300),
                                 callback=0.15, weekdays=True, onnet=0.6),
            "chaotianmen_wholesaler": dict(per_day=45, windows=[(7, 12), (13, 19)], targets="merchants", p_ans=0.8,
                                           dur=(20, 200), circle=100, circle_share=0.7, callback=0.3, onnet=0.3,
                                           inbound=10),
            "fengjie_orange_grower": dict(per_day=30, windows=WIN_LONG, targets="any", p_ans=0.7, dur=(30, 240),
                                          callback=0.2, onnet=0.25, inbound=5),
            "decoration_telemarketer": dict(per_day=90, windows=[(9.5, 12), (14, 18)], targets="adults", p_ans=0.28,
                                            dur=(3, 60), onnet=0.5, weekdays=True),
            "broadband_installer": dict(per_day=14, windows=WIN_DAY, targets="local", p_ans=0.85, dur=(20, 120),
                                        callback=0.2),
            "securities_client_manager": dict(per_day=35, windows=[(9, 11.5), (13, 15.5)], targets="adults",
                                              p_ans=0.6, dur=(60, 600), circle=100, circle_share=0.8, weekdays=True,
                                              callback=0.2),
            "licensed_loan_agent": dict(per_day=30, windows=WIN_DAY, targets="merchants", p_ans=0.4, dur=(30, 300),
                                        weekdays=True, onnet=0.6, callback=0.1),
            "driving_school_coach": dict(per_day=15, windows=[(7, 12), (13, 19)], targets="students", p_ans=0.8,
                                         dur=(20, 120), circle=40, circle_share=0.85, callback=0.3),
            "pharmacy_delivery": dict(per_day=12, windows=WIN_DAY, targets="elderly_local", p_ans=0.8, dur=(15, 90)),
            "lawyer": dict(per_day=12, windows=WIN_DAY, targets="adults", p_ans=0.8, dur=(60, 900), circle=40,
                           circle_share=0.9, callback=0.3, weekdays=True),
            "moving_company": dict(per_day=8, windows=[(7, 20)], targets="local", p_ans=0.85, dur=(30, 200),
                                   inbound=12),
            "bangbang_porter_busy": dict(per_day=3, windows=[(7, 19)], targets="local", p_ans=0.8, dur=(10, 60),
                                         inbound=8),
            "second_hand_trader": dict(per_day=8, windows=[(10, 23)], targets="any", p_ans=0.7, dur=(20, 180),
                                       onnet=0.2, inbound=3),
            "tour_guide": dict(per_day=12, windows=[(8, 21)], targets="any", p_ans=0.85, dur=(20, 200),
                               onnet=0.4, inbound=6),
        }
        for kind, kw in spec.items():
            for p in S[kind].tolist():
                self.work_calls(r, int(pp.msisdn[p]), p, **kw)
        for p in S["courier_double11_peak"].tolist():
            self.texts_out(r, int(pp.msisdn[p]), p, 8, [(9, 20)], "buyers_local",
                           ["您好，您的快递放小区门卫室了", "快递到了，家里没人放驿站了哈", "你好，包裹已放快递柜，取件码发你了"],
                           peak=PEAK_PARCEL)
        for p in S["fengjie_orange_grower"].tolist():
            self.texts_out(r, int(pp.msisdn[p]), p, 15, WIN_LONG, "any",
                           ["奉节脐橙现摘现发，10斤装68元包邮，需要回复地址", "老板，脐橙今天发货了，单号稍后发你"], circle=80,
                           circle_share=0.6)
            acct = self.own_acct(p)
            if acct:
                self.money_in(r, acct, 12, WIN_LONG, lambda k: r.choice([68, 128, 136, 256], k) * 1.0)
        for p in S["second_hand_trader"].tolist():
            acct = self.own_acct(p)
            if acct:
                self.money_in(r, acct, 3, [(10, 23)], lambda k: r.lognormal(np.log(300), 0.8, k))
        for p in S["tour_guide"].tolist():
            fn = w.numbers(r, 6, "foreign:" + str(r.choice(["US", "GB", "DE", "AU", "JP"])))
            for d in range(0, NDAYS, 2):
                k = int(r.integers(1, 4))
                emit_voice(w, pp, windows_times(r, d, k, [(8, 21)]), fn[r.integers(0, 6, k)], np.full(k, pp.msisdn[p]),
                           r.integers(30, 300, k), "answered", callee_p=p, r=r)
        # ---- the honest texters
        txt = {
            "livestream_seller_burst": ["家人们今晚8点直播间双11专场，秒杀价不要错过！", "宝宝们尾款今晚开付，直播间再送运费险",
                                        "感谢家人们支持，双11的货已经陆续发出了"],
            "express_station_keeper": ["【驿站】您的快递已到店，取件码{c}，今晚9点前来取", "快递到了，凭取件码{c}来驿站取"],
            "group_buy_organiser": ["明天团购：土鸡蛋30枚28元，车厘子，要的接龙", "今天的菜到了，下午4点后来店里自提",
                                    "双11团购卫生纸，一提39.9，群里接龙"],
            "shop_owner_promo_sms": ["双11店庆，全场8折，老顾客凭短信再送小礼品", "本店火锅底料到货，老客户9折，欢迎光临"],
            "teacher_class_notice": ["各位家长：本周五下午3点召开家长会，请准时参加", "明天秋游，请给孩子准备午餐和水",
                                     "班费收取200元，请于本周内转给家委会"],
        }
        for kind, per_day, peak, recv, circle in (("livestream_seller_burst", 20, PEAK_SALE * 2, "buyers", 400),
                                                  ("express_station_keeper", 70, PEAK_PARCEL, "buyers_local", 600),
                                                  ("group_buy_organiser", 45, None, "local", 90),
                                                  ("shop_owner_promo_sms", 8, PEAK_SALE * 3, "local", 250),
                                                  ("teacher_class_notice", 6, None, "parents", 45)):
            for p in S[kind].tolist():
                c = [x.replace("{c}", str(int(r.integers(1000, 9999)))) for x in txt[kind]]
                self.texts_out(r, int(pp.msisdn[p]), p, per_day, [(9, 21.5)], recv, c, circle=circle, peak=peak)
        for p in S["livestream_seller_burst"].tolist():
            acct = self.own_acct(p)
            if acct:
                self.money_in(r, acct, 25, [(19, 24)], lambda k: r.lognormal(np.log(60), 0.7, k), "buyers", PEAK_SALE)
                # refunds to buyers after the festival
                for d in range(14, NDAYS):
                    k = int(r.integers(5, 25))
                    who = self.pool("buyers")[r.integers(0, len(self.pool("buyers")), k)]
                    ok = np.array([x is not None for x in pp.wallet[who].tolist()])
                    emit_transfer(w, windows_times(r, d, int(ok.sum()), [(10, 23)]), acct, pp.wallet[who[ok]],
                                  np.round(r.lognormal(np.log(45), 0.6, int(ok.sum())), 2), "third_party",
                                  pp.msisdn[p])
        for p in S["group_buy_organiser"].tolist():
            acct = self.own_acct(p)
            if acct:
                self.money_in(r, acct, 18, [(8, 22)], lambda k: r.lognormal(np.log(35), 0.6, k), self.pool("local", p))
        for p in S["teacher_class_notice"].tolist():
            acct = self.own_acct(p)
            if acct:
                self.money_in(r, acct, 30, [(18, 22)], 200.0, "parents", days=[int(r.integers(2, NDAYS))])
        for kind, n_msg, what in (("wedding_invitation_burst", 160, "我们将于11月18日在南滨路举行婚礼，诚邀您光临"),
                                  ("funeral_notice_burst", 80, "家父于昨日辞世，定于后日在殡仪馆举行告别仪式，特此告知")):
            for p in S[kind].tolist():
                d = int(r.integers(1, NDAYS - 3))
                t = START + d * DAY + 19 * HOUR + np.sort(r.integers(0, 3 * HOUR, n_msg))
                who = pp.sample_contact(r, np.full(n_msg, p))
                who = np.where(who >= 0, who, p)
                emit_sms(w, pp, t, np.full(n_msg, pp.msisdn[p]), pp.party_number(who), what, sender_p=p)
                acct = self.own_acct(p)
                if acct:
                    self.money_in(r, acct, 25, [(9, 23)], lambda k: r.choice([200, 500, 600, 800, 1000], k) * 1.0,
                                  "any", days=range(d + 1, min(NDAYS, d + 4)))
        # ---- new lines: after-sales centres, bank and operator telesales, hotlines, police, hospitals
        returns = self.pool("buyers")
        m, _, cell = self.lines(r, "ecommerce_aftersales_centre", w.n(12, 3), "voip", 400, "YT-ENT-YUB-011", "huixing",
                                block=None)
        w.add("lists", entity_type="msisdn", entity=m[: len(m) // 2], list="allow",
              reason="registered enterprise customer-service line", added_time=START - 300 * DAY, expires_time=None)
        for x in m.tolist():
            self.work_calls(r, x, None, 55, [(9, 12), (13, 21)], returns, p_ans=0.55, dur=(60, 300), callback=0.15,
                            peak=PEAK_AFTER, call_type="voip", gateway="SBC-YT-ENT-02", inbound=8)
        for kind, n, per_day, p_ans, dur, onnet, gw, area, tg in (
                ("bank_creditcard_centre", 5, 70, 0.4, (30, 240), 0.5, "SBC-YT-ENT-05", "jiangbeizui", "adults"),
                ("operator_telesales", 4, 120, 0.35, (10, 120), 1.0, "SBC-YT-OWN-01", "yuelai", "any"),
                ("survey_centre", 3, 100, 0.3, (60, 400), 0.4, "SBC-YT-ENT-09", "shapingba", "any")):
            m, _, cell = self.lines(r, kind, w.n(n, 1), "voip", int(r.integers(200, 2000)), "YT-ENT-001", area)
            for x in m.tolist():
                self.work_calls(r, x, None, per_day, [(9, 12), (13.5, 20.5)], tg, onnet=onnet, p_ans=p_ans, dur=dur,
                                weekdays=True, call_type="voip", gateway=gw, callback=0.03)
        for kind, n, per_day, tg, p_ans, inbound, area in (
                ("taxi_dispatch_line", 2, 60, "drivers", 0.9, 40, "jiangbei"),
                ("hospital_appointment_line", 3, 45, "elderly", 0.7, 20, "daping"),
                ("school_office_line", 3, 20, "parents", 0.75, 6, "shapingba"),
                ("police_station_line", 3, 15, "contacted", 0.8, 5, "jiefangbei"),
                ("property_management_line", 3, 15, "local", 0.7, 10, "nanping"),
                ("hotpot_reservation_line", 5, 8, "any", 0.8, 25, "jiefangbei"),
                ("hotel_front_desk", 3, 10, "any", 0.85, 15, "chaotianmen"),
                ("courier_depot_line", 3, 40, "buyers", 0.7, 10, "cq_north")):
            area_key = area if area in AREA_INDEX else "guanyinqiao"
            m, _, cell = self.lines(r, kind, w.n(n, 1), "fixed", int(r.integers(300, 5000)), "YT-ENT-002", area_key)
            pk = PEAK_PARCEL if kind == "courier_depot_line" else None
            for x in m.tolist():
                self.work_calls(r, x, None, per_day, [(8.5, 12), (13, 21)], tg, p_ans=p_ans, dur=(20, 240),
                                inbound=inbound, call_type="fixed", peak=pk)
        # the police anti-fraud warning number rings people who were contacted by fraud (and many others)
        self.mark("msisdn", np.array(["96110"], dtype=object), "police_warning_96110")
        self.work_calls(r, 96110, None, 30, [(9, 21)], "contacted", p_ans=0.7, dur=(60, 400), call_type="fixed")
        # real platforms' customer service calling from Hangzhou / Beijing about returns
        for kind, kd in (("platform_cs_hangzhou", "fixed_other"), ("jd_cs_beijing", "fixed_other")):
            m = w.numbers(r, w.n(3, 1), kd)
            self.mark("msisdn", m, kind)
            for x in m.tolist():
                self.work_calls(r, x, None, 25, [(9, 21)], returns, p_ans=0.6, dur=(60, 300), peak=PEAK_AFTER,
                                callback=0.02)
        # a collection agency's enterprise cards: one licence, many cards
        m, im, cell = self.lines(r, "debt_collection_firm_cards", w.n(8, 2), "mobile", 500, "YT-ENT-JIA-004", "guanyinqiao",
                                 number_kind="own")
        imei = w.imeis(r, len(m), "xiaomi")
        for j, x in enumerate(m.tolist()):
            self.work_calls(r, x, None, 80, [(9, 12), (14, 20)], "young", p_ans=0.25, dur=(20, 300), circle=150,
                            circle_share=0.75, weekdays=True, onnet=0.5, caller_imei=imei[j], caller_imsi=im[j],
                            caller_cell=cell)
        # ride-hailing / delivery privacy numbers (AXB relays): one number, many drivers behind it
        m, _, _ = self.lines(r, "privacy_relay_number", w.n(10, 2), "mobile", 700, "YT-ENT-AXB", "yuelai", number_kind="mvno")
        for x in m.tolist():
            w.line_loc[x] = -1  # virtual numbers: no radio side
            self.work_calls(r, x, None, 45, [(7, 23.5)], "any", p_ans=0.85, dur=(8, 60), gateway="AXB-RELAY-01",
                            inbound=25)
        # a logistics company's pool of drivers' work cards, opened on one day under one licence
        biz = w.keys(r, 1, "biz_")[0]
        m, im, _ = self.lines(r, "enterprise_sim_pool_logistics", w.n(12, 3), "mobile", 19, "YT-ENT-BAN-006", "huaxi",
                              number_kind="own", ids=biz)
        imei = w.imeis(r, len(m))
        route = np.concatenate([w.cells_of(a) for a in ("huaxi", "lijiatuo", "highway_g50", "fuling", "cq_north",
                                                         "yuzui")])
        for j, x in enumerate(m.tolist()):
            for d in range(NDAYS):
                k = int(r.poisson(9))
                t = windows_times(r, d, k, [(7, 20)])
                emit_voice(w, pp, t, np.full(k, x), np.where(r.random(k) < 0.5, pp.msisdn[r.integers(0, pp.P, k)],
                                                             rand_numbers(r, k)),
                           r.integers(15, 200, k), "answered", caller_imei=imei[j], caller_imsi=im[j],
                           caller_cell=route[r.integers(0, len(route), k)], r=r)
                nd = int(r.poisson(4))
                w.add("device", time=windows_times(r, d, nd, [(6, 22)]), msisdn=np.full(nd, x), imsi=np.full(nd, im[j]),
                      imei=np.full(nd, imei[j]), cell=route[r.integers(0, len(route), nd)], event="data_session",
                      roaming_country=None, bytes=r.integers(10**5, 10**7, nd))
        # a small merchant's A2P marketing codes
        codes = np.array([1069023000000 + int(x) for x in r.integers(10000, 99999, w.n(4, 1))], dtype=np.int64)
        self.mark("msisdn", codes, "marketing_106_small_merchant")
        for x in codes.tolist():
            self.texts_out(r, x, None, 120, [(10, 20)], "any",
                           ["【渝味火锅】双11会员日，锅底免费，戳 yuwei-hg.cn/m 领券，退订回T",
                            "【观音桥服饰】双11全场5折起，到店有礼，退订回T"], circle=0, circle_share=0.0, peak=PEAK_SALE)
        # ---- devices: IoT, pools, studios, repair shops
        self.iot(r)
        self.studio_and_multicards(r)
        for p in S["phone_repair_shop"].tolist():
            test_imeis = w.imeis(r, 30)
            t = np.sort(START + r.integers(0, NDAYS * DAY, 60))
            hr = ((t - START) % DAY) // HOUR
            t = t[(hr >= 9) & (hr < 20)]
            w.add("device", time=t, msisdn=np.full(len(t), pp.msisdn[p]), imsi=np.full(len(t), pp.imsi[p]),
                  imei=test_imeis[r.integers(0, 30, len(t))], cell=np.full(len(t), pp.work_cell[p]), event="attach",
                  roaming_country=None, bytes=np.zeros(len(t), dtype=np.int64))
            cust = self.pool("local", p)[r.integers(0, len(self.pool("local", p)), 25)]
            tc = np.sort(START + r.integers(0, NDAYS * DAY, 25))
            shop_phone = test_imeis[0]
            w.add("device", time=tc, msisdn=pp.msisdn[cust], imsi=pp.imsi[cust], imei=np.full(25, shop_phone),
                  cell=np.full(25, pp.work_cell[p]), event="attach", roaming_country=None, bytes=np.zeros(25, dtype=np.int64))
        # ---- travellers: calls to people met abroad
        for kind, cc in (("motorcycle_exporter_cambodia", "KH"), ("jade_trader_myanmar", "MM"),
                         ("outbound_tourist_thailand", "TH"), ("returnee_from_philippines", "PH")):
            for p in S[kind].tolist():
                loc = w.numbers(r, 5, "foreign:" + cc)
                tr = [x for x in self.trips if x[0] == p]
                if not tr:
                    continue
                _, t0, t1, _, _ = tr[0]
                k = int(r.integers(6, 20))
                t = np.sort(r.integers(t0, min(t1, END - 60), k))
                emit_voice(w, pp, t, np.full(k, pp.msisdn[p]), loc[r.integers(0, 5, k)], r.integers(30, 600, k),
                           "answered", caller_p=p, r=r)
                k2 = int(r.integers(3, 10))
                t2 = np.sort(r.integers(t0, min(t1, END - 60), k2))
                emit_voice(w, pp, t2, loc[r.integers(0, 5, k2)], np.full(k2, pp.msisdn[p]), r.integers(30, 400, k2),
                           "answered", callee_p=p, r=r)
                nd = int((min(t1, END) - t0) // DAY * 4)
                td = np.sort(r.integers(t0, min(t1, END - 60), max(nd, 1)))
                w.add("device", time=td, msisdn=np.full(len(td), pp.msisdn[p]), imsi=np.full(len(td), pp.imsi[p]),
                      imei=pp.imei_at(np.full(len(td), p), td), cell=-1, event="data_session", roaming_country=cc,
                      bytes=r.integers(10**5, 3 * 10**7, len(td)))
                w.add("device", time=np.array([t0 + 7200]), msisdn=np.array([pp.msisdn[p]]), imsi=np.array([pp.imsi[p]]),
                      imei=pp.imei_at(np.array([p]), np.array([t0])), cell=-1, event="attach", roaming_country=cc,
                      bytes=np.zeros(1, dtype=np.int64))
        for p in S["yangtze_cruise_tourist"].tolist():
            tr = [x for x in self.trips if x[0] == p][0]
            k = int(r.integers(3, 8))
            t = np.sort(r.integers(tr[1], min(tr[2], END - 60), k))
            emit_voice(w, pp, t, np.full(k, pp.msisdn[p]), pp.party_number(pp.sample_contact(r, np.full(k, p))),
                       r.integers(30, 900, k), "answered", caller_p=p, media=np.where(r.random(k) < 0.4, "video", "voice"),
                       r=r)
        # foreign tourists ringing guides and hotels
        fnums = np.concatenate([w.numbers(r, 1, "foreign:" + c) for c in ("US", "GB", "AU", "DE", "JP", "TW")])
        self.mark("msisdn", fnums, "foreign_tourist_calls")
        guides = np.concatenate([S["tour_guide"], S["hotpot_restaurant_qr"]])
        for x in fnums.tolist():
            d0 = int(r.integers(0, NDAYS - 3))
            k = int(r.integers(3, 9))
            t = np.sort(START + d0 * DAY + r.integers(8 * HOUR, 3 * DAY, k))
            g = guides[r.integers(0, len(guides), k)]
            emit_voice(w, pp, t, np.full(k, x), pp.msisdn[g], r.integers(20, 300, k), "answered", callee_p=g, r=r)
        # ---- new and changed cards
        for p, t in self.changed:
            om, oi = self.kit.open_cards(r, 1, pp.id_key[p], t - 3600, "YT-" + pp.district[p][:3].upper() + "-001",
                                         pp.home_cell[p])
            self.mark("msisdn", om, "changed_number")
            k = int((END - t) // DAY * 4)
            tt = np.sort(r.integers(t, END - 60, max(k, 1)))
            c = pp.sample_contact(r, np.full(len(tt), p))
            c = np.where(c >= 0, c, p)
            emit_voice(w, pp, tt, np.full(len(tt), om[0]), pp.party_number(c), r.integers(20, 400, len(tt)), "answered",
                       callee_p=np.where(c < pp.N, c, -1), caller_imei=pp.imei[p], caller_imsi=oi[0],
                       caller_cell=pp.home_cell[p], r=r)
            friends = pp.sample_contact(r, np.full(20, p)).clip(0)
            emit_sms(w, pp, t + 600 + np.arange(20) * 7, om[0], pp.party_number(friends), "我换号了，这是我的新号码，请惠存",
                     sender_imei=pp.imei[p], sender_cell=pp.home_cell[p])
        for p in S["returning_migrant_new_card"].tolist():
            t = pp.active_from[p]
            k = 14
            c = pp.sample_contact(r, np.full(k, p))
            c = np.where(c >= 0, c, p)
            emit_voice(w, pp, t + np.sort(r.integers(600, 2 * DAY, k)), np.full(k, pp.msisdn[p]), pp.party_number(c),
                       r.integers(30, 600, k), "answered", caller_p=p, callee_p=np.where(c < pp.N, c, -1), r=r)
            ac = w.keys(r, 3, "u")
            w.add("internet_accounts", platform=np.array(["wechat", "alipay", "douyin"], dtype=object), account=ac,
                  msisdn=np.full(3, pp.msisdn[p]), register_time=t + np.array([1800, 2400, 90000]), status="active")
        for p in S["student_new_card"].tolist():
            c = self.pool("students")
            k = int(r.integers(10, 30))
            t = np.sort(START + r.integers(0, NDAYS * DAY, k))
            who = c[r.integers(0, len(c), k)]
            emit_voice(w, pp, t, np.full(k, pp.msisdn[p]), pp.msisdn[who], r.integers(10, 300, k), "answered",
                       caller_p=p, callee_p=who, r=r)
        for p in S["elderly_new_smartphone"].tolist():
            ts = pp.imei_switch[p]
            apps = ["com.tencent.mm", "com.ss.android.ugc.aweme", "com.eg.android.AlipayGphone", T.ANTIFRAUD_APP,
                    "com.ss.android.article.news", "com.xunmeng.pinduoduo"]
            w.add("apps", time=ts + np.arange(len(apps)) * 600, msisdn=np.full(len(apps), pp.msisdn[p]),
                  app=np.array(apps, dtype=object), event="install", source_url=None)
            kid = [c for c, par in enumerate(pp.elder_parent.tolist()) if par == p]
            if kid:
                k = 5
                self_t = np.sort(r.integers(ts, END - 60, k))
                emit_voice(w, pp, self_t, np.full(k, pp.msisdn[kid[0]]), np.full(k, pp.msisdn[p]), r.integers(120, 900, k),
                           "answered", caller_p=kid[0], callee_p=p, media="video", r=r)
        for p in S["dormant_then_active"].tolist():
            t = pp.active_from[p]
            w.add("device", time=np.array([t]), msisdn=np.array([pp.msisdn[p]]), imsi=np.array([pp.imsi[p]]),
                  imei=np.array([pp.imei[p]]), cell=np.array([pp.home_cell[p]]), event="power_on", roaming_country=None,
                  bytes=np.zeros(1, dtype=np.int64))
        # ---- money
        for p in S["hotpot_restaurant_qr"].tolist():
            acct = self.own_acct(p)
            if acct:
                self.money_in(r, acct, 70, [(11, 14), (17, 23.5)], lambda k: r.lognormal(np.log(180), 0.6, k),
                              self.pool("local", p))
        for p in S["medical_crowdfunding_family"].tolist():
            acct = self.own_acct(p)
            d0 = int(r.integers(1, NDAYS - 5))
            if acct:
                self.money_in(r, acct, 40, [(8, 23)], lambda k: r.choice([10, 20, 50, 100, 200, 500], k) * 1.0,
                              "any", days=range(d0, min(NDAYS, d0 + 5)))
            self.kit.visit(r, p, START + d0 * DAY + np.arange(5) * 3600 + 9 * HOUR, "www.shuidichou.com", "project")
        for p in S["urban_village_landlord"].tolist():
            acct = self.own_acct(p)
            if acct:
                tenants = self.pool("young")
                self.money_in(r, acct, 9, [(8, 23)], lambda k: r.choice([450, 600, 800, 1100], k) * 1.0, tenants,
                              days=range(3, 8))
        for p in S["parent_paying_tuition_abroad"].tolist():
            child = w.numbers(r, 1, "foreign:" + str(r.choice(["GB", "AU", "US"])))[0]
            t = np.sort(START + r.integers(0, NDAYS * DAY, 4))
            t = START + ((t - START) // DAY) * DAY + 21 * HOUR + r.integers(0, 2 * HOUR, 4)
            emit_voice(w, pp, t, np.full(4, child), np.full(4, pp.msisdn[p]), r.integers(300, 1800, 4), "answered",
                       callee_p=p, media="video", r=r)
            src = pp.acct[p]
            if src is not None:
                emit_transfer(w, np.array([t[1] + 40000]), src, w.keys(r, 1, "acct_")[0],
                              np.array([float(r.choice([48000, 65000, 120000]))]), "counter", None)
        for p in S["elderly_video_child_abroad"].tolist():
            child = w.numbers(r, 1, "foreign:" + str(r.choice(["US", "AU", "JP", "DE", "GB"])))[0]
            k = int(r.integers(2, 6))
            t = np.sort(START + r.integers(0, NDAYS * DAY, k))
            emit_voice(w, pp, t, np.full(k, child), np.full(k, pp.msisdn[p]), r.integers(300, 2400, k), "answered",
                       callee_p=p, media="video", r=r)
        brokers = [("com.eastmoney.android.berlin", "eastmoney.com"), ("com.hexin.plat.android", "10jqka.com.cn"),
                   ("com.lphtsccft", "htsc.com.cn"), ("cn.futu.trader", "futunn.com")]
        sec_accts = w.keys(r, 4, "sec_")
        for p in S["securities_investor"].tolist():
            b = int(r.integers(0, 4))
            uses = np.sort(START + r.integers(0, NDAYS * DAY, 40))
            self.kit.install(p, START + int(r.integers(0, DAY)), brokers[b][0], None, uses)
            self.kit.visit(r, p, uses[::4], brokers[b][1], "quote")
            src = pp.acct[p]
            if src is not None:
                k = int(r.integers(2, 5))
                emit_transfer(w, windows_times(r, int(r.integers(1, NDAYS)), k, [(9.3, 15)]), src, sec_accts[b],
                              np.round(r.choice([10000, 20000, 50000, 100000], k) * 1.0, 2), "mobile_app", pp.msisdn[p])
        self.mark("domain", np.array(["futunn.com", "htsc.com.cn"], dtype=object), "real_broker_site")
        loans = [("com.mucfc.muc", "mucfc.com"), ("com.fenqile.fenqile", "fenqile.com")]
        for p in S["legit_loan_app_borrower"].tolist():
            b = int(r.integers(0, 2))
            ti = START + int(r.integers(0, 10)) * DAY + 20 * HOUR
            self.kit.install(p, ti, loans[b][0], None, np.sort(ti + r.integers(0, 5 * DAY, 8)))
            self.kit.visit(r, p, ti + 600, loans[b][1], "apply")
            dst = pp.wallet[p] if pp.wallet[p] is not None else pp.acct[p]
            if dst is not None:
                emit_transfer(w, np.array([ti + 3600]), life.loan_fund[b], dst, np.array([float(r.choice([3000, 5000, 8000]))]),
                              "third_party", None)
        for p in S["it_remote_support"].tolist():
            uses = np.sort(START + r.integers(0, NDAYS * DAY, 60))
            self.kit.install(p, START + 3600, "com.oray.sunlogin.application", None, uses)
            self.kit.visit(r, p, uses[::5], "sunlogin.oray.com", "")
        self.mark("app", np.array(["com.oray.sunlogin.application", "com.youqu.todesk"], dtype=object),
                  "legit_remote_support_app")
        for p in S["child_remote_helps_parent"].tolist():
            par = self.parent_of_kid.get(p)
            if par is None:
                continue
            d = int(r.integers(1, NDAYS))
            t0 = START + d * DAY + 20 * HOUR
            emit_voice(w, pp, np.array([t0]), np.array([pp.msisdn[p]]), np.array([pp.msisdn[par]]), np.array([1500]),
                       "answered", caller_p=p, callee_p=par, r=r)
            self.kit.install(par, t0 + 300, "com.youqu.todesk", "https://www.todesk.com/download", np.array([t0 + 400, t0 + 1200]))
            self.kit.install(p, t0 + 200, "com.youqu.todesk", None, np.array([t0 + 400]))
            self.kit.visit(r, par, np.array([t0 + 250]), "www.todesk.com", "download")
            src = pp.wallet[par] if pp.wallet[par] is not None else pp.acct[par]
            if src is not None:
                emit_transfer(w, np.array([t0 + 1300]), src, life.utilities[0], np.array([float(r.integers(80, 400))]),
                              "third_party", pp.msisdn[par])
        for p in S["heavy_returner"].tolist():
            acct = pp.wallet[p] if pp.wallet[p] is not None else pp.acct[p]
            if acct is None:
                continue
            k = 20
            t = np.sort(START + r.integers(0, NDAYS * DAY, k))
            amt = np.round(r.lognormal(np.log(180), 0.6, k), 2)
            pl = np.array(list(life.escrow.values()), dtype=object)[r.integers(0, 4, k)]
            emit_transfer(w, t, acct, pl, amt, "third_party", pp.msisdn[p])
            back = r.random(k) < 0.7
            emit_transfer(w, np.minimum(t[back] + r.integers(DAY, 4 * DAY, int(back.sum())), END - 60), pl[back], acct,
                          amt[back], "third_party", None)
        for p in S["elderly_health_product_buyer"].tolist():
            shop = w.keys(r, 1, "mch_")[0]
            seller = w.numbers(r, 1, "offnet")[0]
            self.mark("msisdn", np.array([seller]), "health_product_shop_caller")
            t = np.sort(START + r.integers(0, NDAYS * DAY, 6))
            emit_voice(w, pp, t, np.full(6, seller), np.full(6, pp.msisdn[p]), r.integers(120, 900, 6), "answered",
                       callee_p=p, r=r)
            if pp.acct[p] is not None:
                emit_transfer(w, np.array([t[-1] + 86400 // 2]), pp.acct[p], shop, np.array([float(r.choice([2980, 6800, 9800]))]),
                              "counter", None)
        for p in S["car_purchase_transfer"].tolist():
            sales = S["car_salesman"][int(r.integers(0, len(S["car_salesman"])))] if len(S["car_salesman"]) else p
            t = START + int(r.integers(2, NDAYS)) * DAY + 15 * HOUR
            emit_voice(w, pp, np.array([t - 7200]), np.array([pp.msisdn[sales]]), np.array([pp.msisdn[p]]),
                       np.array([240]), "answered", caller_p=sales, callee_p=p, r=r)
            if pp.acct[p] is not None:
                emit_transfer(w, np.array([t]), pp.acct[p], w.keys(r, 1, "corp_")[0],
                              np.array([float(r.integers(80000, 220000))]), "counter", None)
        for p in S["family_money_pool"].tolist():
            acct = pp.acct[p] if pp.acct[p] is not None else pp.wallet[p]
            if acct is None:
                continue
            rel = pp.sample_contact(r, np.full(8, p))
            rel = rel[(rel >= 0) & (rel < pp.N)]
            rel = rel[np.array([pp.acct[x] is not None for x in rel.tolist()], dtype=bool)] if len(rel) else rel
            if len(rel):
                emit_transfer(w, np.sort(START + int(r.integers(2, NDAYS - 2)) * DAY + r.integers(0, 2 * DAY, len(rel))),
                              pp.acct[rel], acct, np.round(r.choice([2000, 5000, 10000], len(rel)) * 1.0, 2),
                              "mobile_app", pp.msisdn[rel])
        for p in S["teen_game_spender"].tolist():
            src = pp.wallet[p] if pp.wallet[p] is not None else pp.acct[p]
            k = int(r.integers(3, 9))
            t = np.sort(START + r.integers(0, NDAYS * DAY, k))
            if src is not None:
                emit_transfer(w, t, src, life.wallet_fund[0], np.round(r.choice([6, 30, 68, 128, 328, 648], k) * 1.0, 2),
                              "third_party", pp.msisdn[p])
            self.kit.visit(r, p, t + 60, "pay.qq.com", "")
        for p in S["teen_skin_seller_legit"].tolist():
            t = np.sort(START + r.integers(0, NDAYS * DAY, 4))
            self.kit.visit(r, p, t, "www.jiaoyimao.com", "goods")
            dst = pp.wallet[p] if pp.wallet[p] is not None else pp.acct[p]
            if dst is not None:
                emit_transfer(w, t[1:3] + 3600, w.keys(r, 1, "plat_")[0], dst, np.round(r.uniform(50, 600, 2), 2),
                              "third_party", None)
        self.mark("domain", np.array(["www.jiaoyimao.com", "www.shuidichou.com", "www.todesk.com", "pay.qq.com"],
                                     dtype=object), "real_site_like_fraud_lure")
        for p in S["migrant_parent_video_kids"].tolist():
            kid = pp.sample_contact(r, np.full(1, p))[0]
            num = pp.party_number(np.array([max(kid, 0)]))[0]
            d = np.arange(NDAYS)
            t = START + d * DAY + 21 * HOUR + r.integers(0, 5400, NDAYS)
            emit_voice(w, pp, t, np.full(NDAYS, pp.msisdn[p]), np.full(NDAYS, num), r.integers(300, 1800, NDAYS),
                       "answered", caller_p=p, callee_p=np.full(NDAYS, kid if 0 <= kid < pp.N else -1), media="video",
                       r=r)
        for p in S["vietnamese_bride_family"].tolist():
            vn = w.numbers(r, 3, "foreign:VN")
            k = int(r.integers(4, 10))
            t = np.sort(START + r.integers(0, NDAYS * DAY, k))
            emit_voice(w, pp, t, np.full(k, pp.msisdn[p]), vn[r.integers(0, 3, k)], r.integers(120, 1800, k), "answered",
                       caller_p=p, media=np.where(r.random(k) < 0.5, "video", "voice").astype(object), r=r)
            if pp.acct[p] is not None:
                emit_transfer(w, np.array([t[0] + 3600]), pp.acct[p], w.keys(r, 1, "acct_")[0], np.array([3000.0]),
                              "counter", None)
        for p in S["dual_sim_heavy_user"].tolist():
            self.work_calls(r, int(pp.msisdn[p]), p, 12, WIN_LONG, "adults", p_ans=0.75, dur=(20, 300), circle=60,
                            circle_share=0.8, callback=0.2)
        # ---- web entities
        shops = ["yuwei-hg.cn", "cq-xiaomian.top", "jfb-fushi.xyz", "fengjie-qicheng.shop", "ciqikou-mahua.top"]
        self.mark("domain", np.array(shops, dtype=object), "new_local_shop_site")
        buyers = self.pool("buyers")
        for h in shops:
            who = buyers[r.integers(0, len(buyers), 40)]
            t = np.sort(START + r.integers(0, NDAYS * DAY, 40))
            w.add("web", time=t, msisdn=pp.msisdn[who], domain=h, url=None, ip=self.kit.ip_for(h)
                  .replace("103.151", "119.84"), bytes=r.integers(30000, 800000, 40), app=None)
        cdn = [f"p{int(x)}-sign.douyinpic.com" for x in r.integers(3, 30, 4)]
        self.mark("domain", np.array(cdn, dtype=object), "wildcard_cdn_subdomain")
        for h in cdn:
            who = r.integers(0, pp.P, 200)
            t = np.sort(START + r.integers(0, NDAYS * DAY, 200))
            w.add("web", time=t, msisdn=pp.msisdn[who], domain=h, url=None, ip="122.228.7." + str(int(r.integers(2, 250))),
                  bytes=r.integers(10**5, 5 * 10**6, 200), app="com.ss.android.ugc.aweme")
        # a factory's own side-loaded attendance app
        corp_app, corp_host = "com.cqsanfeng.oa", "oa.cq-sanfeng.com"
        self.mark("app", np.array([corp_app], dtype=object), "enterprise_sideloaded_app")
        self.mark("domain", np.array([corp_host], dtype=object), "enterprise_sideloaded_app")
        fac = np.nonzero(pp.persona == PIDX["factory"])[0][:60]
        ti = START + r.integers(0, 5 * DAY, len(fac))
        w.add("apps", time=ti, msisdn=pp.msisdn[fac], app=corp_app, event="install",
              source_url=f"https://{corp_host}/download/oa.apk")
        w.add("web", time=ti - 60, msisdn=pp.msisdn[fac], domain=corp_host, url=f"https://{corp_host}/download/oa.apk",
              ip="222.178.21.9", bytes=r.integers(10**6, 3 * 10**7, len(fac)), app=None)
        # ---- complaints about honest numbers, later appealed
        for kind in ("decoration_telemarketer", "debt_collection_agent", "real_estate_agent", "courier_double11_peak"):
            for p in S[kind][:2].tolist():
                t = START + int(r.integers(2, NDAYS - 3)) * DAY + 15 * HOUR
                kit.report(t, "msisdn", pp.msisdn[p], "fraud", "other", None, "user_report")
                kit.report(t + int(r.integers(1, 3)) * DAY, "msisdn", pp.msisdn[p], "benign", None, None, "internal")
        for p, t in getattr(self, "reinstated", []):
            kit.report(t, "msisdn", pp.msisdn[p], "fraud", "other", None, "user_report")
            kit.report(t + 30 * HOUR, "msisdn", pp.msisdn[p], "benign", None, None, "internal")
        # a shop owner who is also reported by a neighbour in a quarrel, then cleared
        for p in S["second_hand_trader"][:1].tolist():
            kit.report(START + 5 * DAY, "msisdn", pp.msisdn[p], "fraud", "other", None, "user_report")
            kit.report(START + 8 * DAY, "msisdn", pp.msisdn[p], "benign", None, None, "police")

    def iot(self, r):
        w, pp = self.w, self.pp
        for kind, n, area, every, by, moving, voice in (
                ("iot_elevator_alarm", 10, "guanyinqiao", 6 * HOUR, (500, 3000), False, True),
                ("iot_smart_meter", 10, "yangjiaping", 24 * HOUR, (200, 2000), False, False),
                ("iot_pos_terminal", 6, "jiefangbei", 40 * 60, (2000, 40000), False, False),
                ("iot_ebike_tracker", 8, "shapingba", 2 * HOUR, (300, 5000), True, False),
                ("car_tbox", 4, "yuzui", 3 * HOUR, (10**4, 10**6), True, False)):
            m, im, cell = self.lines(r, kind, w.n(n, 2), "iot", int(r.integers(100, 900)), "YT-ENT-IOT-01", area,
                                     number_kind="iot13")
            imei = w.imeis(r, len(m), "module" if kind != "iot_pos_terminal" else "pos")
            cells = w.cells_of(area)
            roam = np.concatenate([w.cells_of(a) for a in ("shapingba", "ciqikou", "tuwan", "uni_town", "xiyong",
                                                           "yuzui", "highway_g50", "fuling")])
            for j, x in enumerate(m.tolist()):
                off = int(r.integers(0, every))
                t = np.arange(START + off, END, every)
                if kind == "iot_pos_terminal":
                    hr = ((t - START) % DAY) // HOUR
                    t = t[(hr >= 9) & (hr < 22)]
                c = roam[r.integers(0, len(roam), len(t))] if moving else np.full(len(t), cells[j % len(cells)])
                w.add("device", time=t, msisdn=np.full(len(t), x), imsi=np.full(len(t), im[j]), imei=np.full(len(t), imei[j]),
                      cell=c, event="data_session", roaming_country=None, bytes=r.integers(by[0], by[1], len(t)))
                if voice and r.random() < 0.5:
                    tv = np.sort(START + r.integers(0, NDAYS * DAY, int(r.integers(1, 3))))
                    emit_voice(w, pp, tv, np.full(len(tv), x), np.full(len(tv), 862367891100), r.integers(20, 120, len(tv)),
                               "answered", caller_imei=imei[j], caller_imsi=im[j], caller_cell=cells[j % len(cells)], r=r)

    def studio_and_multicards(self, r):
        w, pp = self.w, self.pp
        # a live-stream studio in Guanyinqiao: twelve phones, cards in the owner's and two employees' names
        ids = w.keys(r, 3, "idk_")
        n = w.n(10, 3)
        owner_ids = ids[r.integers(0, 3, n)]
        m, im = self.kit.open_cards(r, n, owner_ids, START - r.integers(20, 120, n) * DAY, "YT-JIA-012",
                                    w.cells_of("guanyinqiao")[3])
        self.mark("msisdn", m, "livestream_studio_cards")
        imei = w.imeis(r, n)
        cell = w.cells_of("guanyinqiao")[3]
        for j, x in enumerate(m.tolist()):
            for d in range(NDAYS):
                k = int(r.poisson(8))
                t = windows_times(r, d, k, [(13, 24)])
                w.add("device", time=t, msisdn=np.full(k, x), imsi=np.full(k, im[j]), imei=np.full(k, imei[j]),
                      cell=np.full(k, cell), event="data_session", roaming_country=None,
                      bytes=r.integers(10**7, 6 * 10**8, k))
                kc = int(r.poisson(1.2))
                if kc:
                    who = r.integers(0, pp.P, kc)
                    emit_voice(w, pp, windows_times(r, d, kc, [(11, 22)]), np.full(kc, x), pp.msisdn[who],
                               r.integers(20, 200, kc), "answered", callee_p=who, caller_imei=imei[j], caller_imsi=im[j],
                               caller_cell=cell, r=r)
            for pl in ("douyin", "kuaishou", "wechat", "xiaohongshu"):
                a = w.keys(r, 1, "u")
                w.add("internet_accounts", platform=pl, account=a, msisdn=np.array([x]),
                      register_time=np.array([START - int(r.integers(5, 100)) * DAY]), status="active")
        # small traders who keep several cards for several WeChat shops, opened together in one store
        for _o in range(2):
            idk = w.keys(r, 1, "idk_")[0]
            kcard = 4
            t0 = START + int(r.integers(1, NDAYS - 4)) * DAY + 11 * HOUR
            cell = w.cells_of("shiqiaopu")[1]
            m, im = self.kit.open_cards(r, kcard, idk, t0 + np.arange(kcard) * 240, "YT-JLP-009", cell)
            self.mark("msisdn", m, "many_cards_for_wechat_shops")
            phone = w.imeis(r, 2)
            for j, x in enumerate(m.tolist()):
                for pl in ("wechat", "xianyu", "douyin"):
                    w.add("internet_accounts", platform=pl, account=w.keys(r, 1, "u"), msisdn=np.array([x]),
                          register_time=np.array([t0 + 3600 * (j + 1) + int(r.integers(0, 1800))]), status="active")
                k = int((END - t0) // DAY * 3)
                t = np.sort(r.integers(t0 + 3600, END - 60, max(k, 1)))
                who = r.integers(0, pp.P, len(t))
                emit_voice(w, pp, t, np.full(len(t), x), pp.msisdn[who], r.integers(20, 300, len(t)),
                           np.where(r.random(len(t)) < 0.8, "answered", "no_answer").astype(object), callee_p=who,
                           caller_imei=phone[j % 2], caller_imsi=im[j], caller_cell=cell, r=r)
                w.add("device", time=np.array([t0 + 600 + j * 240]), msisdn=np.array([x]), imsi=np.array([im[j]]),
                      imei=np.array([phone[j % 2]]), cell=np.array([cell]), event="attach", roaming_country=None,
                      bytes=np.zeros(1, dtype=np.int64))
        # children's smart watches: cards in a parent's name, calling only family
        n = w.n(8, 2)
        par = self.pool("parents")[r.integers(0, len(self.pool("parents")), n)]
        m, im = self.kit.open_cards(r, n, pp.id_key[par], START - r.integers(30, 600, n) * DAY, "YT-ONLINE",
                                    pp.home_cell[par], kind="mvno")
        self.mark("msisdn", m, "kids_smartwatch_card")
        wimei = w.imeis(r, n, "module")
        for j, x in enumerate(m.tolist()):
            for d in range(NDAYS):
                k = int(r.poisson(2))
                t = windows_times(r, d, k, [(7, 8), (16, 20)])
                emit_voice(w, pp, t, np.full(k, x), np.full(k, pp.msisdn[par[j]]), r.integers(10, 90, k), "answered",
                           callee_p=np.full(k, par[j]), caller_imei=wimei[j], caller_imsi=im[j],
                           caller_cell=pp.home_cell[par[j]], r=r)
                t2 = windows_times(r, d, 6, [(7, 18)])
                w.add("device", time=t2, msisdn=np.full(6, x), imsi=np.full(6, im[j]), imei=np.full(6, wimei[j]),
                      cell=np.full(6, pp.home_cell[par[j]]), event="location_update", roaming_country=None,
                      bytes=np.zeros(6, dtype=np.int64))

    def truth_people(self):
        pp = self.pp
        lab = pp.label
        look = np.array([x.startswith("lookalike:") for x in lab.tolist()])
        for kind in sorted({x for x in lab[look].tolist()}):
            m = lab == kind
            self.w.truth("msisdn", pp.msisdn[m], kind, None, "honest", START)
