"""Innocent look-alikes: people, firms and machines whose numbers look like fraud on some axis (fan-out to
strangers, new cards, many SIMs per handset, links in texts, money fanning in or out, night calling, roaming)
but are not. Each kind is its own truth kind, ``lookalike:<kind>``, on its numbers, SIMs, handsets, IDs and
accounts.

Most kinds are rows of the KINDS table run by one engine; a few (broadcasts, activation phones, repair shops,
second-hand traders, IoT fleets, watches at a summer camp, the anti-fraud warning centre) have their own code.
"""

from __future__ import annotations

import numpy as np

from . import catalog
from .everyday import register
from .residents import AGE
from .social import CC, EK, PROF
from .traffic import CH, EV, device, outcome, sms, texts, transfer, voice, web
from .world import DAY, World

URBAN = ["sjz_urban", "bd_urban", "ts_urban", "hd_urban", "xt_urban", "cz_urban", "lf_urban", "qhd_urban",
         "zjk_urban", "cd_urban", "hs_urban"]
VILLAGES = ["sjz_gaocheng", "bd_mountain", "lf_bazhou", "ts_villages", "zjk_villages", "cd_villages", "hd_villages",
            "xt_west", "cz_villages", "hs_villages"]
FLOOD = ["bd_mountain", "xt_west", "xa_anxin", "bd_urban", "xt_urban"]
QHD = ["qhd_beidaihe", "qhd_changli", "qhd_shanhaiguan"]
SCALE = 0.7  # look-alike holders per row of KINDS, relative to the counts written there


def K(name, n, dist, **kw):
    kw.update(name=name, n=n, dist=[dist] if isinstance(dist, str) else list(dist))
    return kw


KINDS = [
    K("yanjiao_dual_sim_commuter", 60, "lf_yanjiao", cards=2, shared=True, new=0.15, life=0.8, move="commute_bj",
      call=(3, "beijing", 0.8, 110), inb=(2, "beijing", 0.8, 100)),
    K("beidaihe_hotel_front_desk", 14, "qhd_beidaihe", ent=True, idk=2, line="fixed", hours="shop",
      call=(26, [("visitors", 0.6), ("booked", 0.4)], 0.7, 50), inb=(12, "prov", 0.9, 80),
      xin=(6, "booked", 650), report=0.06),
    K("beidaihe_hotel_mobile", 16, QHD, ent=True, idk=2, new=0.3, hours="shop", sms=(18, "visitors", "hotel"),
      call=(14, [("visitors", 0.7), ("booked", 0.3)], 0.75, 45), xin=(5, "booked", 500), report=0.05),
    K("tour_guide_new_card", 24, ["cd_urban", "qhd_shanhaiguan", "cd_bashang"], new=0.9, life=0.3, move="district",
      hours="morning", call=(16, "visitors", 0.8, 40), sms=(7, "visitors", None), report=0.03),
    K("seasonal_fruit_seller", 30, ["hs_villages", "qhd_changli", "ts_villages"], new=0.4, life=0.6, hours="shop",
      sms=(22, "pool:300:region", "fruit"), call=(8, "pool:300:region", 0.7, 60), xin=(12, "pool:300:region", 70)),
    K("xiongan_site_foreman", 18, "xa_sites", life=0.5, hours="morning",
      call=(25, [("pool:60:migrant", 0.6), ("far:40", 0.4)], 0.85, 50), xout=(9, "pool:60:migrant", 350)),
    K("relocation_office_staff", 12, ["xa_rongdong", "xa_anxin"], ent=True, idk=2, hours="office", days="weekday",
      call=(30, "relocated", 0.7, 120), sms=(12, "relocated", "relocation"), report=0.08),
    K("hospital_booking_family", 40, URBAN, life=0.9, hours="morning", call=(9, "bjfixed", 0.3, 30)),
    K("delivery_rider", 40, URBAN, new=0.35, life=0.5, move="district", hours="shop",
      call=(16, "dist", 0.85, 25), inb=(6, "dist", 0.9, 30), sms=(5, "dist", "courier")),
    K("ride_hailing_driver", 30, URBAN, life=0.6, move="region", hours="night", call=(10, "region", 0.8, 30),
      inb=(6, "region", 0.85, 25), xin=(7, "region", 30)),
    K("real_estate_agent", 20, ["sjz_urban", "bd_urban", "lf_yanjiao", "ts_urban"], cards=2, life=0.6,
      call=(30, "region", 0.45, 40), sms=(10, "region", "agent"), report=0.1),
    K("flood_insurance_adjuster", 30, ["bd_urban", "xt_urban", "bd_mountain"], days=(4, 12), hours="shop",
      call=(25, "pool:200:flood", 0.75, 180), sms=(10, "pool:200:flood", "insurance"), report=0.08),
    K("university_admission_office", 10, ["sjz_campus", "sjz_cbd"], ent=True, idk=2, line="fixed", hours="office",
      days=(0, 9), call=(40, "teen", 0.6, 150), report=0.05),
    K("admission_office_sms", 4, ["sjz_campus"], ent=True, idk=2, hours="office", days=(0, 9),
      sms=(120, "teen", "school")),
    K("summer_tutor", 40, URBAN, new=0.6, life=0.8, hours="evening", call=(4, "pool:12:kid", 0.85, 150),
      sms=(3, "pool:12:kid", "tutor"), xin=(1.2, "pool:12:kid", 300)),
    K("baigou_bag_wholesaler", 16, "bd_baigou", cards=2, life=0.4, call=(25, "far:200", 0.8, 60),
      inb=(12, "far:200", 0.85, 70), xin=(10, "prov", 1500), xout=(3, "ext", 3000)),
    K("farmers_cooperative", 12, VILLAGES, ent=True, idk=2, call=(20, "elderly_dist", 0.7, 90),
      sms=(30, "elderly_dist", "coop"), xout=(4, "elderly_dist", 1500), xin=(2, "prov", 2000)),
    K("steel_logistics_dispatcher", 14, ["ts_steel", "hd_steel", "ts_caofeidian"], hours="night", life=0.4,
      call=(45, "far:300", 0.85, 40), inb=(25, "far:300", 0.85, 40)),
    K("bank_outbound_marketing", 10, ["sjz_cbd"], ent=True, idk=2, line="voip", gw="SIPGW-BANK-03", hours="office",
      days="weekday", call=(120, "prov", 0.3, 35), report=0.12),
    K("insurance_telesales", 8, ["sjz_cbd", "ts_urban"], ent=True, idk=2, line="voip", gw="SIPGW-INS-05",
      hours="office", call=(100, "prov", 0.28, 40), report=0.12),
    K("used_car_dealer", 10, ["sjz_urban", "hd_urban", "bd_urban"], cards=2, shared=True, life=0.5,
      call=(25, "region", 0.6, 60), xin=(0.4, "region", 20000)),
    K("migrant_worker_new_card", 120, ["xa_sites", "ts_steel", "cz_huanghua", "hd_steel"], new=0.95, life=0.2,
      hours="evening", call=(5, "far:8", 0.85, 400), xout=(0.15, "ext", 3000), tac="feature"),
    K("elderly_many_callers", 40, VILLAGES + URBAN[:4], idk=0, life=0.5, tac="feature", hours="elderly",
      inb=(12, "prov", 0.8, 150), call=(1.5, "region", 0.8, 200)),
    K("village_doctor", 25, VILLAGES, life=0.6, hours="shop", call=(12, "dist", 0.85, 90), inb=(10, "dist", 0.9, 80)),
    K("wedding_planner", 12, URBAN, days="weekend", call=(25, "region", 0.7, 90), sms=(8, "region", None),
      xin=(1, "region", 5000)),
    K("property_management_office", 20, URBAN, ent=True, idk=2, line="fixed", call=(20, "pool:300:dist", 0.7, 60),
      days=(3, 8)),
    K("community_grid_worker", 30, FLOOD, life=0.7, days=(3, 6), hours="night", call=(40, "dist", 0.8, 40),
      sms=(50, "dist", "grid")),
    K("taxi_dispatch_centre", 3, URBAN, ent=True, idk=2, line="fixed", hours="night", call=(80, "region", 0.8, 25),
      inb=(60, "region", 0.9, 30)),
    K("express_station_owner", 18, URBAN + VILLAGES[:3], sms=(35, "pool:500:dist", "courier"),
      call=(10, "pool:500:dist", 0.8, 30), xin=(2, "dist", 20)),
    K("livestream_seller", 20, ["hs_villages", "zjk_villages", "cd_villages", "bd_baigou"], hours="evening",
      xin=(25, "prov", 60), sms=(3, "pool:300:prov", "livestream"), accounts=8, data=(12, 5e7)),
    K("tour_leader_abroad", 14, URBAN[:4], roam=("TH", "JP", "KR"), days=(2, 9),
      call=(15, [("abroad", 0.7), ("beijing", 0.3)], 0.9, 40), sms=(10, "abroad", None)),
    K("russian_trader_qhd", 8, "qhd_urban", idk=1, call=(10, "intl:RU:30", 0.8, 200), inb=(6, "intl:RU:30", 0.8, 200),
      xin=(1, "ext", 30000)),
    K("overseas_student_parent", 25, URBAN, life=1.0, call=(2, "intl:US:3", 0.85, 600), video=0.5,
      xout=(0.2, "ext", 20000)),
    K("crowdfunding_patient_family", 8, URBAN + VILLAGES, sms=(30, "pool:300:region", "crowdfund"),
      xin=(22, "prov", 100), call=(10, "region", 0.8, 120)),
    K("flood_volunteer_coordinator", 20, FLOOD, days=(3, 12), hours="night", call=(30, "region", 0.8, 60),
      sms=(20, "region", "volunteer"), xin=(10, "prov", 200), xout=(5, "ext", 2000)),
    K("ota_customer_service", 10, ["sjz_cbd"], ent=True, idk=2, line="voip", gw="SIPGW-OTA-01", days=(3, 8),
      call=(60, [("booked", 0.7), ("visitors", 0.3)], 0.7, 120), report=0.1),
    K("scenic_ticket_office", 10, ["cd_urban", "qhd_shanhaiguan"], ent=True, idk=2, line="fixed",
      inb=(40, "prov", 0.9, 60), call=(10, "visitors", 0.8, 40)),
    K("bashang_homestay_owner", 25, "cd_bashang", new=0.5, life=0.4, inb=(10, "beijing", 0.9, 90),
      call=(8, "visitors", 0.8, 60), xin=(4, "prov", 800)),
    K("beach_vendor_paycode", 20, "qhd_beidaihe", new=0.3, life=0.4, hours="shop", xin=(35, "booked", 25)),
    K("debt_collection_agency", 10, ["sjz_cbd", "hd_urban"], ent=True, idk=2, line="voip", gw="SIPGW-DC-02",
      call=(90, "prov", 0.35, 60), report=0.2),
    K("gaokao_consultant", 20, ["sjz_urban", "hs_urban", "hd_urban"], days=(0, 10), call=(20, "teen", 0.7, 300),
      xin=(0.5, "teen", 3000), sms=(5, "teen", "school"), report=0.06),
    K("labour_recruiter", 15, ["xa_sites", "bd_urban", "ts_urban"], new=0.5, sms=(40, "migrant_any", "recruit"),
      call=(20, "migrant_any", 0.8, 90), report=0.05),
    K("legit_loan_agent", 20, URBAN, call=(40, "region", 0.4, 50), report=0.15),
    K("square_dance_leader", 20, URBAN, tac="feature", hours="elderly", call=(12, "pool:40:elderly", 0.9, 120)),
    K("village_cadre_flood", 20, ["bd_mountain", "xt_west", "xa_anxin"], days=(3, 6), hours="night",
      call=(40, "dist", 0.85, 45), sms=(20, "dist", "warning")),
    K("night_security_guard", 25, URBAN, hours="night", life=0.6, call=(4, "pool:10:region", 0.8, 90)),
    K("power_repair_crew", 20, FLOOD, days=(3, 10), move="region", hours="night", call=(15, "pool:30:region", 0.9, 60)),
    K("family_business_multi_sim", 10, URBAN, cards=4, life=0.5, call=(10, "region", 0.75, 70),
      xin=(5, "region", 300)),
    K("summer_camp_counselor", 10, "cd_bashang", new=0.7, call=(30, "kid", 0.9, 90), sms=(20, "kid", "school")),
    K("hospital_bill_family", 20, URBAN, call=(6, "bjfixed", 0.5, 60), xout=(0.2, "ext", 40000)),
    K("wholesale_vegetable_market", 16, ["sjz_market", "hd_urban", "bd_urban"], hours="night",
      call=(15, "far:60", 0.8, 50), xin=(20, "region", 400), xout=(8, "ext", 2000)),
    K("port_ship_agent", 10, ["cz_huanghua", "ts_caofeidian"], call=(15, [("intl:KR:20", 0.5), ("far:50", 0.5)],
                                                                      0.75, 120)),
    K("game_account_trader", 10, URBAN, new=0.4, hours="teen", xin=(8, "kid", 150), call=(3, "region", 0.7, 60)),
    K("campus_card_promoter", 8, "sjz_campus", new=0.5, call=(25, "teen", 0.7, 60), sms=(30, "teen", "shortlink")),
    K("chongli_summer_rental", 8, "zjk_chongli", new=0.4, inb=(8, "beijing", 0.9, 90), xin=(3, "prov", 1500)),
    K("antique_market_trader", 8, ["cd_urban", "sjz_market"], cards=2, call=(10, "far:40", 0.8, 120),
      xin=(2, "prov", 5000)),
    K("driving_school_coach", 15, URBAN, call=(15, "pool:30:teen_any", 0.85, 40), xin=(1, "teen_any", 3000)),
    K("roaming_visitor_group_leader", 10, QHD, new=1.0, call=(20, "visitors", 0.9, 40), sms=(15, "visitors", None)),
]


class Engine:
    def __init__(self, w: World):
        self.w = w
        res = w.res
        self.res = res
        self.prim = ~res["second"]
        self.region_order = np.argsort(res["region"], kind="stable")
        self.dist_order = np.argsort(res["dist"], kind="stable")

    # ---- who gets called, texted or paid ----
    def base_mask(self, name: str) -> np.ndarray:
        w, r = self.w, self.res
        p = self.prim
        if name in ("region", "prov", "dist"):
            return p
        return {
            "migrant": p & (r["age"] == AGE["M"]), "migrant_any": p & np.isin(r["age"], [AGE["M"], AGE["Y"]]),
            "teen": p & r["teen_hh"] & (r["age"] == AGE["A"]), "teen_any": p & np.isin(r["age"], [1, 2]),
            "kid": p & r["kid_hh"] & np.isin(r["age"], [2, 3]), "elderly": p & (r["age"] == AGE["E"]),
            "elderly_dist": p & (r["age"] >= AGE["A"]),
            "relocated": p & np.isin(r["dist"], [w.dist("xa_rongdong"), w.dist("xa_anxin")]),
            "flood": p & np.isin(r["dist"], [w.dist(k) for k in FLOOD]),
            "booked": p & np.isin(r["trip_dist"], [w.dist(k) for k in QHD]),
            "abroad": p & (r["trip0"] < 999) & (r["trip_dist"] < 0),
        }[name]

    def scope(self, name: str) -> str:
        return {"region": "region", "dist": "dist", "elderly_dist": "dist"}.get(name, "prov")

    def draw(self, rng, name: str, key_rows) -> np.ndarray:
        """Resident indices: one per row, from base ``name`` within each row's region/district key."""
        mask = self.base_mask(name)
        scope = self.scope(name)
        idx = np.nonzero(mask)[0]
        n = len(key_rows)
        if scope == "prov" or len(idx) == 0:
            return idx[rng.integers(0, len(idx), n)]
        col = self.res["region"] if scope == "region" else self.res["dist"]
        keyed = idx[np.argsort(col[idx], kind="stable")]
        kv = col[keyed]
        lo = np.searchsorted(kv, key_rows, "left")
        hi = np.searchsorted(kv, key_rows, "right")
        empty = hi <= lo
        out = keyed[np.minimum(lo + (rng.random(n) * (hi - lo)).astype(np.int64), len(keyed) - 1)]
        out[empty] = idx[rng.integers(0, len(idx), empty.sum())]
        return out

    def targets(self, rng, spec, ent, e_region, e_dist, nrows: int):
        """(msisdn, cell, resident index or -1) per row; ``ent`` is each row's entity."""
        w = self.w
        if isinstance(spec, list):
            which = rng.choice(len(spec), nrows, p=np.array([s[1] for s in spec]) / sum(s[1] for s in spec))
            ms = np.zeros(nrows, np.int64)
            cell = np.full(nrows, -1, np.int32)
            ri = np.full(nrows, -1, np.int64)
            for j, (sp, _) in enumerate(spec):
                m = which == j
                a, b, c = self.targets(rng, sp, ent[m], e_region, e_dist, int(m.sum()))
                ms[m], cell[m], ri[m] = a, b, c
            return ms, cell, ri
        parts = spec.split(":")
        kind = parts[0]
        none_cell = np.full(nrows, -1, np.int32)
        none_res = np.full(nrows, -1, np.int64)
        if kind == "beijing":
            return w.beijing_pool[rng.integers(0, len(w.beijing_pool), nrows)], none_cell, none_res
        if kind == "bjfixed":
            hosp = self.bj_fixed
            return hosp[(rng.random(nrows) ** 2 * len(hosp)).astype(int)], none_cell, none_res
        if kind == "visitors":
            v = w.visitors
            i = rng.integers(0, len(v["msisdn"]), nrows)
            return v["msisdn"][i], v["cell"][i], none_res
        if kind in ("far", "intl", "pool"):
            k = int(parts[-1]) if kind != "pool" else int(parts[1])
            key = (np.asarray(ent, np.int64) * 7919 + self.kind_salt)
            pos = (rng.random(nrows) ** 2 * k).astype(np.int64)
            if kind == "far":
                pool = w.far_pool
                return pool[(key * 31 + pos * 1009) % len(pool)], none_cell, none_res
            if kind == "intl":
                pool = self.intl_pool(parts[1])
                return pool[(key * 31 + pos * 1009) % len(pool)], none_cell, none_res
            base = parts[2]
            scope = self.scope(base)
            # a fixed pool per entity: draw with a generator seeded by the entity
            r2 = np.random.default_rng([w.seed, self.kind_salt, 1])
            ents = np.unique(ent)
            keys = e_region[ents] if scope == "region" else e_dist[ents] if scope == "dist" else np.zeros(len(ents), int)
            allp = self.draw(r2, base, np.repeat(keys, k)).reshape(len(ents), k)
            ri = allp[np.searchsorted(ents, ent), pos]
            return self.res["msisdn"][ri], self.res["cell"][ri], ri
        if kind == "ext":
            return w.far_pool[rng.integers(0, len(w.far_pool), nrows)], none_cell, none_res
        key = e_region[ent] if self.scope(kind) == "region" else e_dist[ent]
        ri = self.draw(rng, kind, key)
        return self.res["msisdn"][ri], self.res["cell"][ri], ri

    def intl_pool(self, cc: str) -> np.ndarray:
        if cc not in self._intl:
            self._intl[cc] = self.w.intl(60, cc)
        return self._intl[cc]

    # ---- one kind ----
    def run(self, spec: dict) -> None:
        w = self.w
        name = spec["name"]
        rng = w.rng("lookalike:" + name)
        self.kind_salt = sum(map(ord, name))
        role = "lookalike:" + name
        nh = w.n(spec["n"] * SCALE, 2)
        dists = np.array([w.dist(k) for k in spec["dist"]])
        hd = dists[rng.integers(0, len(dists), nh)]
        hreg = w.dist_region[hd]
        idk = spec.get("idk", 0)
        holders = w.new_persons(nh, idk, hreg)
        cards = spec.get("cards", 1)
        h = np.repeat(np.arange(nh), cards)
        nl = len(h)
        line = spec.get("line", "mobile")
        lt = {"mobile": 0, "fixed": 1, "voip": 2, "iot": 3}[line]
        reg = hreg[h]
        if lt == 0:
            ms = w.onnet_mobile(reg)
        elif lt in (1, 2):
            ms = w.fixed(reg, lead=(8, 6) if lt == 2 else (2, 3, 5, 6, 8))
        else:
            ms = w.iot(nl)
        new = rng.random(nl) < spec.get("new", 0.05)
        age = np.where(new, rng.uniform(-w.days * 0.6, 30, nl), rng.uniform(60, 3000, nl))
        ot = (w.start - age * DAY).astype(np.int64) // 60 * 60
        open_day = np.clip(np.ceil((ot - w.start) / DAY), 0, None).astype(int)
        chan = np.array([w.channels_of(int(r))[int(x)] for r, x in zip(reg, rng.integers(0, 8, nl), strict=True)])
        mobile = lt in (0, 3)
        if mobile:
            tac = spec.get("tac", "smart")
            if spec.get("shared"):
                hi = w.handsets(rng, nh, tac)
                imei = hi[h]
            else:
                imei = w.handsets(rng, nl, tac)
        else:
            imei = np.full(nl, -1, np.int64)
        lines = w.new_lines(ms, holders[h], lt, ot, chan, enterprise=spec.get("ent", False),
                            prepaid=rng.random(nl) < 0.3, imei=imei, region=reg)
        imsi = w.lines["imsi"][lines]
        base = w.random_cell(rng, hd[h])
        acct_kind = 3 if spec.get("ent") else (1 if rng.random() < 0.3 else 0)
        acct = w.new_accounts(holders, w.bank_choice(rng, nh) if acct_kind != 1 else np.full(nh, w.WX), acct_kind,
                              w.start - rng.integers(30, 3000, nh) * DAY, bound=ms[np.searchsorted(h, np.arange(nh))])
        e_region = reg.astype(np.int64)
        e_dist = hd[h].astype(np.int64)
        # everyday life of personal mobile holders (first card)
        life = spec.get("life", 0.0)
        first_card = np.searchsorted(h, np.arange(nh))
        if life > 0 and lt == 0:
            fc = first_card
            s = w.social.add(nh, line=lines[fc], msisdn=ms[fc], imsi=imsi[fc], imei=imei[fc], person=holders,
                             acct=acct, home=base[fc], work=np.where(spec.get("move") == "commute_bj", -2, -1),
                             prof=PROF["adult"], rc=1.8 * life, rs=0.2 * life, rd=3.0 * life, rw=1.2 * life,
                             ra=0.3 * life, rx=0.2 * life, ri=1.0 * life, d0=open_day[fc], group=3)
            self.friends(rng, s, hreg)
        # active days of each line
        days = spec.get("days", "all")
        d_all = np.arange(w.days)
        if days == "weekday":
            allowed = d_all[~w.weekend(d_all)]
        elif days == "weekend":
            allowed = d_all[w.weekend(d_all)]
        elif isinstance(days, tuple):
            allowed = d_all[(d_all >= days[0]) & (d_all <= min(days[1], w.days - 1))]
        else:
            allowed = d_all
        hours = spec.get("hours", "adult")
        gw = w.voc("gateway").code(spec["gw"]) if spec.get("gw") else -1
        roam = spec.get("roam")
        hcc = np.array([CC[c] for c in roam])[rng.integers(0, len(roam), nh)] if roam else None

        def schedule(rate):
            k = rng.poisson(rate * rng.lognormal(0, 0.35, (nl, len(allowed))))
            k[allowed[None, :] < open_day[:, None]] = 0
            li, di = np.nonzero(k)
            cnt = k[li, di]
            li = np.repeat(li, cnt)
            dd = allowed[np.repeat(di, cnt)]
            return li, dd, w.times(rng, dd, hours)

        def position(li, t):
            cell = base[li].copy()
            mv = spec.get("move", "static")
            if mv == "district":
                cell = w.random_cell(rng, hd[h[li]])
            elif mv == "region":
                dd = np.nonzero(w.dist_pop > 0)[0]
                cand = dd[rng.integers(0, len(dd), len(li))]
                same = w.dist_region[cand] == reg[li]
                cand = np.where(same, cand, hd[h[li]])
                cell = w.random_cell(rng, cand)
            elif mv == "commute_bj":
                hr = w.hour_of(t)
                dday = w.day_of(t)
                away = (hr >= 9) & (hr < 18) & ~w.weekend(dday)
                cell[away] = -1
            r = np.full(len(li), -1, np.int16)
            if roam:
                r[:] = hcc[h[li]]
                cell[:] = -1
            return w.near(rng, cell, 0.1), r

        # ---- calls out ----
        if "call" in spec:
            rate, tgt, pa, med = spec["call"]
            li, dd, t = schedule(rate)
            callee, ccell, ri = self.targets(rng, tgt, li, e_region, e_dist, len(li))
            cell, r = position(li, t)
            res_, dur, ring = outcome(rng, len(li), pa, med)
            media = (rng.random(len(li)) < spec.get("video", 0.0)).astype(np.int8)
            ct = None
            if lt == 2:
                ct = np.full(len(li), 2, np.int8)
            voice(w, t, ms[li], callee, res_, dur, ring, np.where(mobile, imei[li], -1), np.where(mobile, imsi[li], -1),
                  np.where(mobile, cell, -1), ccell, r, ct, media, gw if lt == 2 else -1)
            w.contacts.append(dict(src=ms[li], dst=callee, t=t, engaged=np.zeros(len(li), bool), gang="",
                                   ftype=name, kind="lookalike", report=spec.get("report", 0.01)))
        # ---- calls in ----
        if "inb" in spec:
            rate, src, pa, med = spec["inb"]
            li, dd, t = schedule(rate)
            caller, ccell, ri = self.targets(rng, src, li, e_region, e_dist, len(li))
            cell, _ = position(li, t)
            res_, dur, ring = outcome(rng, len(li), pa, med)
            on = ri >= 0
            cimei = np.where(on, self.res["imei"][np.maximum(ri, 0)], -1)
            cimsi = np.where(on, self.res["imsi"][np.maximum(ri, 0)], -1)
            voice(w, t, caller, ms[li], res_, dur, ring, cimei, cimsi, np.where(on, ccell, -1),
                  np.where(mobile, cell, -1))
        # ---- texts ----
        if "sms" in spec:
            rate, tgt, key = spec["sms"]
            li, dd, t = schedule(rate)
            rcv, _, _ = self.targets(rng, tgt, li, e_region, e_dist, len(li))
            cell, r = position(li, t)
            tpls = catalog.LOOKALIKE_TEXTS[key] if key else catalog.P2P_TEXTS
            codes = texts(w, rng, tpls, 12 if key else len(tpls))
            content = codes[rng.integers(0, len(codes), len(li))]
            content[rng.random(len(li)) < 0.1] = -1
            sms(w, t, ms[li], rcv, content, imei[li] if mobile else -1, cell if mobile else -1, r)
            w.contacts.append(dict(src=ms[li], dst=rcv, t=t, engaged=np.zeros(len(li), bool), gang="", ftype=name,
                                   kind="lookalike", report=spec.get("report", 0.01)))
        # ---- money ----
        if "xin" in spec:
            rate, src, med = spec["xin"]
            li, dd, t = schedule(rate)
            _, _, ri = self.targets(rng, src, li, e_region, e_dist, len(li))
            payer = np.where(ri >= 0, self.res["acct"][np.maximum(ri, 0)], -1)
            ext = payer < 0
            payer[ext] = self.ext_payers[rng.integers(0, len(self.ext_payers), ext.sum())]
            amt = np.round(rng.lognormal(np.log(med), 0.7, len(li)), 2)
            init = np.where(ri >= 0, self.res["msisdn"][np.maximum(ri, 0)], -1)
            transfer(w, t, payer, acct[h[li]], amt, np.where(ri >= 0, CH["third_party"], CH["mobile_app"]), init,
                     2 if name == "russian_trader_qhd" else 0)
        if "xout" in spec:
            rate, tgt, med = spec["xout"]
            li, dd, t = schedule(rate)
            _, _, ri = self.targets(rng, tgt, li, e_region, e_dist, len(li))
            payee = np.where(ri >= 0, self.res["acct"][np.maximum(ri, 0)], -1)
            ext = payee < 0
            payee[ext] = self.ext_payees[rng.integers(0, len(self.ext_payees), ext.sum())]
            amt = np.round(rng.lognormal(np.log(med), 0.5, len(li)), -1)
            transfer(w, t, acct[h[li]], payee, amt, CH["mobile_app"], ms[li])
        # ---- handset life: data, places ----
        if mobile:
            per, nbytes = spec.get("data", (3.0, 2e6))
            li, dd, t = schedule(per)
            cell, r = position(li, t)
            device(w, t, ms[li], imsi[li], imei[li], cell, EV["data_session"], r,
                   np.clip(rng.lognormal(np.log(nbytes), 1.0, len(li)), 1000, 4e9).astype(np.int64))
            li, dd, t = schedule(1.0)
            cell, r = position(li, t)
            device(w, t, ms[li], imsi[li], imei[li], cell, EV["location_update"], r)
        if spec.get("accounts"):
            k = spec["accounts"]
            i = np.repeat(lines, k) * 0 + np.repeat(np.arange(nl), k)
            plat = np.tile(np.arange(k) % 12, nl)
            register(w, rng, ms[i], plat, ot[i] + rng.integers(3600, 200 * DAY, len(i)).clip(0, None),
                     np.zeros(len(i), np.int8))
        w.truth.add("msisdn", ms, role, scheme=name)
        w.truth.add("imsi", imsi, role, scheme=name)
        w.truth.add("imei", imei, role, scheme=name)
        w.truth.add("id_key", w.id_keys(holders), role, scheme=name)
        w.truth.add("account", w.account_ids(acct), role, scheme=name)

    def friends(self, rng, s, hreg) -> None:
        w = self.w
        k = 5
        src = np.repeat(s, k)
        key = np.repeat(hreg, k)
        dst = self.res["sidx"][self.draw(rng, "region", key)]
        w.social.link(src, dst, rng.lognormal(0, 0.8, len(src)), EK["friend"])
        src = np.repeat(s, 4)
        w.social.edge(src, w.offnet_pool[rng.integers(0, len(w.offnet_pool), len(src))], -1, 1.0, EK["offnet"])


def build(w: World) -> None:
    e = Engine(w)
    rng = w.rng("lookalikes")
    e._intl = {}
    e.bj_fixed = w.fixed(None, 12, beijing=True)  # Beijing hospitals' appointment lines
    e.ext_payers = w.new_accounts(w.new_persons(w.n(200), 0), w.bank_choice(rng, w.n(200)), 4)
    e.ext_payees = w.new_accounts(w.new_persons(w.n(120), 2), w.bank_choice(rng, w.n(120)), 4)
    for spec in KINDS:
        e.run(spec)
    specials(w, e)


# ---------------------------------------------------------------- kinds with their own shape
def specials(w: World, e: Engine) -> None:
    broadcasts(w, e)
    activation_phones(w, e)
    repair_shops(w, e)
    secondhand_traders(w, e)
    iot_fleets(w, e)
    camp_watches(w, e)
    antifraud_centre(w, e)
    bank_verification(w, e)


def broadcasts(w: World, e: Engine) -> None:
    """Government flood warnings from 12379 at night, Red Cross appeals and marketing with short links from
    106 ports: one sender, thousands of receivers, links."""
    res = w.res
    for name, sender, key, mask, days, hours, share in (
        ("flood_warning_broadcast", 12379, "warning",
         np.isin(res["dist"], [w.dist(k) for k in FLOOD + ["bd_gaobeidian", "sjz_gaocheng"]]), (3, 4), (21, 25), 0.95),
        ("redcross_appeal_port", 1065731012345, "charity", np.ones(len(res["msisdn"]), bool), (5, 9), (10, 12), 0.08),
        ("shortlink_marketing_port", 10690388, "shortlink", np.ones(len(res["msisdn"]), bool), (0, 12), (10, 21),
         0.05),
    ):
        rng = w.rng("lookalike:" + name)
        idx = np.nonzero(mask & ~res["second"])[0]
        dd = np.arange(days[0], min(days[1], w.days - 1) + 1)
        parts = []
        for d in dd:
            sel = idx[rng.random(len(idx)) < share]
            parts.append((np.full(len(sel), d), sel))
        d = np.concatenate([p[0] for p in parts])
        r = np.concatenate([p[1] for p in parts])
        t = w.start + d * DAY + rng.integers(hours[0] * 3600, hours[1] * 3600, len(r))
        codes = texts(w, rng, catalog.LOOKALIKE_TEXTS[key], 8)
        sms(w, t, np.full(len(r), sender), res["msisdn"][r], codes[rng.integers(0, len(codes), len(r))])
        w.truth.add("msisdn", np.array([sender]), "lookalike:" + name, scheme=name)
        click = r[rng.random(len(r)) < 0.01]
        if key != "warning" and len(click):
            dom = w.voc("domain").code("dpurl.cn" if key == "shortlink" else "hbredcross.org.cn")
            web(w, t[: len(click)] + 600, res["msisdn"][click], dom, -1, w.voc("ip").code("121.28.39.5"), 90_000)


def activation_phones(w: World, e: Engine) -> None:
    """Phone shops and agents activating customers' new cards in the shop's own phone (many new IMSIs on one
    handset, one short test call each), and campus promoters doing the same for incoming freshmen."""
    rng = w.rng("lookalike:phone_shop_activation")
    name = "phone_shop_activation"
    n = w.n(14, 3)
    chans = np.array([w.channels_of(int(r), agents=True)[int(rng.integers(0, 5))]
                      for r in rng.integers(0, len(w.region_keys), n)])
    shop_person = w.new_persons(n, 2, w.channel_region[chans])
    shop_phone = w.handsets(rng, n)
    k = rng.poisson(5, (n, w.days))
    si, di = np.nonzero(k)
    cnt = k[si, di]
    s = np.repeat(si, cnt)
    d = np.repeat(di, cnt)
    m = len(s)
    cust = w.new_persons(m, 0, w.channel_region[chans][s])
    t = w.start + d * DAY + rng.integers(9 * 3600, 20 * 3600, m)
    ms = w.onnet_mobile(w.channel_region[chans][s])
    lines = w.new_lines(ms, cust, 0, t - 600, chans[s], prepaid=rng.random(m) < 0.5)
    imsi = w.lines["imsi"][lines]
    cell = w.channel_cell[chans][s]
    device(w, t, ms, imsi, shop_phone[s], cell, EV["attach"])
    r, du, ri = outcome(rng, m, 0.95, 15, 0.4)
    voice(w, t + 60, ms, np.full(m, 10033), r, du, ri, shop_phone[s], imsi, cell)
    codes = texts(w, rng, ["【冀联通信】欢迎使用冀联通信，您的号码已激活，套餐详情回复CX查询。"], 1)
    sms(w, t + 30, np.full(m, 1069583301), ms, np.full(m, codes[0]))
    # then the cards go home in the customers' own phones and live a new life
    own = w.handsets(rng, m)
    home = w.near(rng, cell, 0.9)
    sidx = w.social.add(m, line=lines, msisdn=ms, imsi=imsi, imei=own, person=cust, acct=-1, home=home, work=-1,
                        prof=PROF["adult"], rc=2.0, rs=0.2, rd=3.0, rw=1.0, ra=0.3, rx=0.0, ri=0.8, d0=d + 1, group=0)
    e.friends(rng, sidx, w.channel_region[chans][s])
    w.truth.add("imei", shop_phone, "lookalike:" + name, scheme=name)
    w.truth.add("id_key", w.id_keys(shop_person), "lookalike:" + name, scheme=name)
    w.truth.add("msisdn", ms, "benign", scheme="new_customer")
    w.truth.add("imsi", imsi, "benign", scheme="new_customer")
    w.truth.add("imei", own, "benign", scheme="new_customer")


def repair_shops(w: World, e: Engine) -> None:
    """Repair shops test customers' SIMs in the shop's test phones; the shop's own cards roam across
    customers' handsets while testing them."""
    rng = w.rng("lookalike:phone_repair_shop")
    name = "phone_repair_shop"
    res = w.res
    n = w.n(16, 3)
    dists = np.array([w.dist(k) for k in ["sjz_market", "bd_urban", "hd_urban", "ts_urban", "cz_urban", "xt_urban"]])
    sd = dists[rng.integers(0, len(dists), n)]
    cell = w.random_cell(rng, sd)
    holder = w.new_persons(n, 2, w.dist_region[sd])
    testers = w.handsets(rng, n * 2)
    own = w.onnet_mobile(w.dist_region[sd])
    ol = w.new_lines(own, holder, 0, w.start - rng.integers(100, 2000, n) * DAY, enterprise=True, imei=testers[:n])
    k = rng.poisson(4, (n, w.days))
    si, di = np.nonzero(k)
    cnt = k[si, di]
    s = np.repeat(si, cnt)
    d = np.repeat(di, cnt)
    local = np.nonzero(~res["second"])[0]
    cust = local[rng.integers(0, len(local), len(s))]
    t = w.start + d * DAY + rng.integers(9 * 3600, 19 * 3600, len(s))
    dev = testers[np.minimum(s + n * rng.integers(0, 2, len(s)), 2 * n - 1)]
    device(w, t, res["msisdn"][cust], w.lines["imsi"][res["line"][cust]], dev, cell[s], EV["attach"])
    device(w, t + rng.integers(300, 3000, len(s)), res["msisdn"][cust], w.lines["imsi"][res["line"][cust]], dev,
           cell[s], EV["detach"])
    # the shop's own card tested in customers' handsets
    device(w, t + 60, own[s], w.lines["imsi"][ol][s], res["imei"][cust], cell[s], EV["attach"])
    r, du, ri = outcome(rng, len(s), 0.9, 10, 0.5)
    voice(w, t + 120, own[s], np.full(len(s), 10033), r, du, ri, res["imei"][cust], w.lines["imsi"][ol][s], cell[s])
    role = "lookalike:" + name
    w.truth.add("msisdn", own, role, scheme=name)
    w.truth.add("imsi", w.lines["imsi"][ol], role, scheme=name)
    w.truth.add("imei", testers, role, scheme=name)
    w.truth.add("id_key", w.id_keys(holder), role, scheme=name)


def secondhand_traders(w: World, e: Engine) -> None:
    """Second-hand phone traders in the Shijiazhuang phone market: one SIM in a new handset every hour."""
    rng = w.rng("lookalike:secondhand_phone_trader")
    name = "secondhand_phone_trader"
    n = w.n(12, 3)
    holder = w.new_persons(n, 0, w.region_of["sjz"])
    ms = w.onnet_mobile(np.full(n, w.region_of["sjz"]))
    own = w.handsets(rng, n)
    ln = w.new_lines(ms, holder, 0, w.start - rng.integers(200, 3000, n) * DAY, imei=own)
    imsi = w.lines["imsi"][ln]
    cell = w.random_cell(rng, np.full(n, w.dist("sjz_market")))
    k = rng.poisson(7, (n, w.days))
    si, di = np.nonzero(k)
    cnt = k[si, di]
    s = np.repeat(si, cnt)
    d = np.repeat(di, cnt)
    stock = w.handsets(rng, len(s))
    t = w.start + d * DAY + rng.integers(10 * 3600, 19 * 3600, len(s))
    device(w, t, ms[s], imsi[s], stock, cell[s], EV["attach"])
    r, du, ri = outcome(rng, len(s), 0.8, 12, 0.5)
    voice(w, t + 90, ms[s], w.offnet_pool[rng.integers(0, len(w.offnet_pool), len(s))], r, du, ri, stock, imsi[s],
          cell[s])
    acct = w.new_accounts(holder, w.bank_choice(rng, n), 0, bound=ms)
    x = rng.poisson(5, n * w.days)
    xi = np.repeat(np.arange(n * w.days), x)
    tx = w.start + (xi % w.days) * DAY + rng.integers(10 * 3600, 20 * 3600, len(xi))
    payer = e.ext_payers[rng.integers(0, len(e.ext_payers), len(xi))]
    transfer(w, tx, payer, acct[xi // w.days], np.round(rng.lognormal(np.log(1100), 0.5, len(xi)), 0),
             CH["mobile_app"])
    sidx = w.social.add(n, line=ln, msisdn=ms, imsi=imsi, imei=own, person=holder, acct=acct, home=cell, work=-1,
                        prof=PROF["shop"], rc=2.5, rs=0.2, rd=3, rw=1, ra=0.3, rx=0.2, ri=1.5, group=3)
    e.friends(rng, sidx, np.full(n, w.region_of["sjz"]))
    role = "lookalike:" + name
    for et, v in (("msisdn", ms), ("imsi", imsi), ("imei", own), ("imei", stock)):
        w.truth.add(et, v, role, scheme=name)
    w.truth.add("id_key", w.id_keys(holder), role, scheme=name)
    w.truth.add("account", w.account_ids(acct), role, scheme=name)


def iot_fleets(w: World, e: Engine) -> None:
    """Wind-farm turbines' M2M cards (many cards, identical modems, one remote cell), POS terminals in
    markets, truck trackers on the highways, MiFi data cards of summer workers."""
    for name, n_, kind, dists, per_day, nbytes, holders_n, move in (
        ("windfarm_m2m", 140, "m2m", ["zjk_windfarm"], 8, 4e3, 3, False),
        ("pos_terminal_iot", 90, "pos", ["sjz_market", "bd_baigou", "qhd_beidaihe", "hd_urban"], 5, 2e3, 6, False),
        ("truck_tracker_iot", 60, "tracker", ["hw_g4", "hw_coastal"], 10, 1e3, 4, True),
        ("mifi_data_card", 30, "mifi", URBAN, 8, 8e7, 30, False),
    ):
        rng = w.rng("lookalike:" + name)
        n = w.n(n_, 3)
        dists_i = np.array([w.dist(k) for k in dists])
        hd = dists_i[rng.integers(0, len(dists_i), n)]
        nh = min(holders_n, n)
        holder = w.new_persons(nh, 2 if nh < 10 else 0, w.dist_region[hd[:nh]])
        h = np.arange(n) % nh
        iot = kind in ("m2m", "pos", "tracker")
        ms = w.iot(n) if iot else w.onnet_mobile(w.dist_region[hd], segs=(147,), p=(1.0,))
        modem = w.modems(n, kind)
        ot = w.start - rng.integers(5 if kind == "mifi" else 100, 900, n) * DAY
        ln = w.new_lines(ms, holder[h], 3 if iot else 0, ot, enterprise=nh < 10, imei=modem,
                         region=w.dist_region[hd])
        imsi = w.lines["imsi"][ln]
        site = w.random_cell(rng, hd)
        if name == "windfarm_m2m":
            site[:] = site[0] if n < 40 else np.repeat(w.random_cell(rng, hd[:3]), -(-n // 3))[:n]
        k = rng.poisson(per_day, (n, w.days))
        ii, di = np.nonzero(k)
        cnt = k[ii, di]
        i = np.repeat(ii, cnt)
        d = np.repeat(di, cnt)
        t = w.start + d * DAY + rng.integers(0, DAY, len(i))
        cell = w.random_cell(rng, hd[i]) if move else site[i]
        device(w, t, ms[i], imsi[i], modem[i], cell, EV["data_session"],
               nbytes=np.clip(rng.lognormal(np.log(nbytes), 0.6, len(i)), 200, 5e9).astype(np.int64))
        if move:
            device(w, t + 30, ms[i], imsi[i], modem[i], cell, EV["location_update"])
        if name == "windfarm_m2m":
            j = i[::12]
            sms(w, t[::12], ms[j], np.full(len(j), 1064899990000), -1, modem[j], site[j])
        role = "lookalike:" + name
        for et, v in (("msisdn", ms), ("imsi", imsi), ("imei", modem)):
            w.truth.add(et, v, role, scheme=name)
        w.truth.add("id_key", w.id_keys(holder), role, scheme=name)


def camp_watches(w: World, e: Engine) -> None:
    """Children's smartwatches at a Bashang summer camp: dozens of new cards in one grassland cell, each calling
    only its parents -- a card farm on the surface."""
    rng = w.rng("lookalike:summer_camp_watches")
    name = "summer_camp_watches"
    res = w.res
    parents = np.nonzero(res["kid_hh"] & ~res["second"] & np.isin(res["age"], [2, 3]))[0]
    n = w.n(80, 10)
    par = parents[rng.choice(len(parents), min(n, len(parents)), replace=False)]
    n = len(par)
    kid = w.new_persons(n, 0, res["region"][par])
    ms = w.onnet_mobile(res["region"][par])
    watch = w.handsets(rng, n, "watch")
    ot = w.start - rng.integers(2, 20, n) * DAY
    ln = w.new_lines(ms, res["person"][par], 0, ot, imei=watch, region=res["region"][par])
    imsi = w.lines["imsi"][ln]
    camp = w.random_cell(rng, np.full(2, w.dist("cd_bashang")))
    cell = camp[np.arange(n) % 2]
    d0 = rng.integers(0, 3, n)
    d1 = np.minimum(d0 + rng.integers(5, 10, n), w.days - 1)
    span = d1 - d0 + 1
    i = np.repeat(np.arange(n), span * 3)
    d = np.repeat(d0, span * 3) + (np.arange(len(i)) - np.repeat(np.cumsum(span * 3) - span * 3, span * 3)) // 3
    t = w.times(rng, d, "evening")
    r, du, ri = outcome(rng, len(i), 0.9, 120)
    voice(w, t, ms[i], res["msisdn"][par][i], r, du, ri, watch[i], imsi[i], cell[i], res["cell"][par][i])
    r, du, ri = outcome(rng, len(i), 0.9, 90)
    voice(w, t + 7200, res["msisdn"][par][i], ms[i], r, du, ri, res["imei"][par][i], res["imsi"][par][i],
          res["cell"][par][i], cell[i])
    device(w, t - 60, ms[i], imsi[i], watch[i], cell[i], EV["data_session"], nbytes=rng.integers(5000, 90000, len(i)))
    role = "lookalike:" + name
    for et, v in (("msisdn", ms), ("imsi", imsi), ("imei", watch)):
        w.truth.add(et, v, role, scheme=name)
    w.truth.add("id_key", w.id_keys(kid), role, scheme=name)


def antifraud_centre(w: World, e: Engine) -> None:
    """The provincial anti-fraud centre's warning lines (96110 and fixed seats) call people just contacted by
    fraud numbers -- the very people the gangs called, minutes to hours later."""
    rng = w.rng("lookalike:antifraud_warning_centre")
    name = "antifraud_warning_centre"
    holder = w.new_persons(1, 2, w.region_of["sjz"])
    seats = w.fixed(np.full(w.n(6, 3), w.region_of["sjz"]), lead=(6,))
    w.new_lines(seats, holder[0], 1, w.start - 900 * DAY, enterprise=True)
    cs = [c for c in w.contacts if c["gang"]]
    dst = np.concatenate([c["dst"] for c in cs])
    t = np.concatenate([c["t"] for c in cs])
    pickm = rng.random(len(dst)) < 0.05
    dst, t = dst[pickm], t[pickm] + rng.integers(600, 6 * 3600, pickm.sum())
    keep = t < w.end
    dst, t = dst[keep], t[keep]
    caller = np.where(rng.random(len(dst)) < 0.5, 96110, seats[rng.integers(0, len(seats), len(dst))])
    r, du, ri = outcome(rng, len(dst), 0.6, 90)
    voice(w, t, caller, dst, r, du, ri)
    role = "lookalike:" + name
    w.truth.add("msisdn", np.concatenate([seats, [96110]]), role, scheme=name)
    w.truth.add("id_key", w.id_keys(holder), role, scheme=name)


def bank_verification(w: World, e: Engine) -> None:
    """Banks' risk desks call customers who just made large transfers (from 955xx numbers and fixed seats)."""
    rng = w.rng("lookalike:bank_risk_callback")
    name = "bank_risk_callback"
    holder = w.new_persons(2, 2, w.region_of["sjz"])
    seats = w.fixed(np.full(w.n(5, 3), w.region_of["sjz"]), lead=(8,))
    w.new_lines(seats, holder[0], 1, w.start - 1500 * DAY, enterprise=True)
    res = w.res
    big = res["acct"] >= 0
    who = np.nonzero(big & ~res["second"])[0]
    sel = who[rng.random(len(who)) < 0.02]
    t = w.start + rng.integers(0, w.days * DAY, len(sel))
    caller = np.where(rng.random(len(sel)) < 0.6, np.array([95588, 95533, 95599])[rng.integers(0, 3, len(sel))],
                      seats[rng.integers(0, len(seats), len(sel))])
    r, du, ri = outcome(rng, len(sel), 0.7, 70)
    voice(w, t, caller, res["msisdn"][sel], r, du, ri)
    role = "lookalike:" + name
    w.truth.add("msisdn", np.concatenate([seats, [95588, 95533, 95599]]), role, scheme=name)
    w.truth.add("id_key", w.id_keys(holder), role, scheme=name)
