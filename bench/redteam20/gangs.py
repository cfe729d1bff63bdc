"""Fourteen gangs working Chongqing in the 2028 Double Eleven season.

CQ01 fake customer service ("your parcel is lost, we refund you double"), CQ02 fake Douyin-shop deposit calls
to live-stream sellers, CQ03 brushing part-time tasks by SMS cat, CQ04 the Tuwan urban-village GoIP den,
CQ05 a careful four-port SIM box in Fuling, CQ06 the Youyang / Xiushan / Wushan village card ring, CQ07 police
and prosecutors from Myanmar, CQ08 pig-butchering investment, CQ09 loans with guarantee fees, CQ10 AI face-swap
"relative" video calls, CQ11 fake game-account trading aimed at teenagers, CQ12 a Yuelai shell company's VoIP
lines selling stock tips, CQ13 the University Town account-renting (跑分) ring, CQ14 ETC / medical-insurance
phishing texts from a moving car.
"""

from __future__ import annotations

import numpy as np
from kit import Kit, rand_numbers, windows_times
from people import PIDX, People, emit_sms, emit_transfer, emit_voice
from world import DAY, HOUR, NDAYS, START, World, dow

WORK = [(9, 12), (13.5, 18), (19, 21.5)]


def t_at(d, h):
    return int(START + d * DAY + h * HOUR)


class Gangs:
    def __init__(self, w: World, pp: People, life, kit: Kit):
        self.w = w
        self.pp = pp
        self.life = life
        self.k = kit
        self.sold: list[dict] = []
        self.hooks: dict[str, list] = {"den": [], "box": []}

    def run(self):
        self.money()
        self.cq06_card_ring()
        self.sold.sort(key=lambda c: (c["open_t"], c["msisdn"]))
        for g, k in (("CQ01", 5), ("CQ07", 3), ("CQ08", 2), ("CQ11", 3), ("CQ14", 6), ("CQ05", 12), ("CQ03", 14)):
            self.reserve(g, k)
        self.cq13_account_renting()
        self.cq04_goip_den()
        self.cq05_careful_box()
        self.cq01_fake_refund()
        self.cq02_shop_deposit()
        self.cq03_brushing()
        self.cq07_police()
        self.cq08_pig_butchering()
        self.cq09_loans()
        self.cq10_face_swap()
        self.cq11_game_trading()
        self.cq12_shell_voip()
        self.cq14_etc_phishing()
        self.unused_sold_cards()

    # ------------------------------------------------------------------------------------------------ helpers
    def reserve(self, gang, k):
        """Set aside the oldest free cards for a gang that needs only a few."""
        n = 0
        for c in self.sold:
            if n == k:
                break
            if c["used"] is None and c.get("reserved") is None:
                c["reserved"] = gang
                n += 1

    def take_sold(self, k, before_t, gang, role, scheme, first_t=None):
        out = []
        for own in (True, False):
            for c in self.sold:
                if len(out) == k:
                    break
                if c["used"] is None and c["open_t"] < before_t - 2 * DAY and \
                        ((c.get("reserved") == gang) if own else c.get("reserved") is None):
                    c["used"] = gang
                    out.append(c)
        if out:
            self.w.truth("msisdn", np.array([c["msisdn"] for c in out]), role, gang, scheme,
                         np.array([first_t if first_t is not None else c["open_t"] for c in out]))
        return out

    def victims(self, r, k, personas=None, age=None, weights=None, where=None, main=None):
        v = self.pp.pick(r, k, personas=personas, age=age, weights=weights, where=where, main=main)
        self.pp.busy[v] = True
        return v

    def fraud_host_truth(self, hosts, gang, scheme, t=START):
        self.w.truth("domain", np.array(sorted(set(hosts)), dtype=object), "fraud_domain", gang, scheme, t)

    def loan_draws(self, r, v, t, n=None):
        """A victim told to 'clear the credit record' borrows from consumer-credit apps first."""
        k = n or int(r.integers(1, 4))
        pp = self.pp
        dst = pp.wallet[v] if pp.wallet[v] is not None else pp.acct[v]
        if dst is None:
            return t
        tt = t + np.cumsum(r.integers(120, 900, k))
        emit_transfer(self.w, tt, self.life.loan_fund[r.integers(0, len(self.life.loan_fund), k)], dst,
                      np.round(r.choice([3000, 5000, 8000, 10000, 15000, 20000], k) * 1.0, 2), "third_party", None)
        return int(tt[-1])

    def l1(self, r, pools):
        pool = np.concatenate([np.asarray(p, dtype=object) for p in pools])
        return pool[int(r.integers(0, len(pool)))]

    # ------------------------------------------------------------------------------------------------ money
    def money(self):
        w, k = self.w, self.k
        r = w.rng("gang", "money")
        n2 = w.n(22, 8)
        ids = w.keys(r, n2, "idk_")
        banks = np.array(["ICBC", "ABC", "CCB", "PSBC", "CMB", "Guangxi Rural Credit", "Yunnan Rural Credit"],
                         dtype=object)[r.integers(0, 7, n2)]
        bound = w.numbers(r, n2, "offnet")
        k.l2 = k.mule_accounts(r, n2, ids, banks, START - r.integers(15, 120, n2) * DAY, bound, 2, "CQ13",
                               "laundering_layer2")
        k.otc = list(w.keys(r, 6, "otc_"))
        w.truth("account", np.array(k.otc, dtype=object), "mule_account", "CQ13", "usdt_otc_exit")
        k.atm_far = [f"atm_{x}" for x in ("qijiang_017", "qijiang_042", "xishuangbanna_003", "ruili_011",
                                          "mengla_005", "hekou_002")]

    # ------------------------------------------------------------------------------------------------ CQ06
    def cq06_card_ring(self):
        """Village recruiters gather ID cards of farmers and old people; a village agent opens three or four
        cards per ID in one sitting (consecutive numbers, the agent's own handset used to activate them all);
        two buyers from Qijiang drive up on the opening days, pay, and carry the cards off to dens."""
        w, pp, k = self.w, self.pp, self.k
        g = "CQ06"
        r = w.rng("gang", g)
        villages = ["youyang_vil", "xiushan_vil", "wushan_vil"]
        vcell = {v: w.cells_of(v)[0] for v in villages}
        rec_keys = w.keys(r, 3, "idk_")
        rec_m, rec_i = k.open_cards(r, 3, rec_keys, START - r.integers(900, 3000, 3) * DAY,
                                    ["YT-YOU-003", "YT-XIU-001", "YT-WUS-002"],
                                    np.array([vcell[v] for v in villages]))
        rec_imei = w.imeis(r, 3)
        rec_wallet = w.keys(r, 3, "wal_")
        w.add("bank_accounts", account_id=rec_wallet, id_key=rec_keys, bank="Tenpay",
              open_time=START - r.integers(300, 900, 3) * DAY, bound_msisdn=rec_m, status="active")
        buy_ids = w.keys(r, 2, "idk_")
        buy_m, buy_i = k.open_cards(r, 2, buy_ids, START - r.integers(200, 700, 2) * DAY, "YT-QIJ-008",
                                    w.cells_of("qijiang")[0])
        buy_imei = w.imeis(r, 2, "apple")
        self.cq06_buyers = buy_m
        from world import AREA_INDEX
        va = {v: AREA_INDEX[v] for v in villages + ["kaizhou_vil", "yunyang_vil"]}
        cand = np.isin(pp.home_area, list(va.values())) & np.isin(pp.persona, [PIDX["farmer"], PIDX["elderly"]])
        n_sell = w.n(70, 16)
        sellers = pp.pick(r, n_sell, where=cand)
        pp.busy[sellers] = True
        area_to_v = {va["youyang_vil"]: 0, va["xiushan_vil"]: 1, va["wushan_vil"]: 2, va["kaizhou_vil"]: 2,
                     va["yunyang_vil"]: 2}
        sv = np.array([area_to_v[int(a)] for a in pp.home_area[sellers]])
        batch_days = np.array([-21, -14, -8, -3, 4, 11])
        batch = r.choice(len(batch_days), len(sellers), p=[0.18, 0.2, 0.2, 0.16, 0.14, 0.12])
        agents = ["YT-YOU-017", "YT-XIU-006", "YT-WUS-011"]
        agent_imei = w.imeis(r, 3, "oppo")
        seg = {(v, b): (int(r.choice([136, 139, 151, 187])), int(r.integers(1000, 9999))) for v in range(3)
               for b in range(len(batch_days))}
        contacts = w.numbers(r, 30, "offnet")
        first_open = {}
        for i, s in enumerate(sellers.tolist()):
            v, b = int(sv[i]), int(batch[i])
            d = int(batch_days[b])
            nc = int(r.choice([2, 3, 3, 4]))
            t0 = t_at(d, 9.5 + r.random() * 6)
            opens = t0 + np.sort(r.integers(0, 2400, nc))
            cell = vcell[villages[v]]
            m, im = k.open_cards(r, nc, pp.id_key[s], opens, agents[v], cell, prepaid=True, home_region=
                                 villages[v].split("_")[0].capitalize(), block=seg[(v, b)])
            for j in range(nc):
                self.sold.append(dict(msisdn=int(m[j]), imsi=int(im[j]), id_key=pp.id_key[s], open_t=int(opens[j]),
                                      village=v, seller=s, used=None))
            first_open[s] = int(opens[0])
            # the agent tests every card in the shop's phone
            if opens[0] >= START:
                w.add("device", time=opens + r.integers(120, 900, nc), msisdn=m, imsi=im, imei=agent_imei[v],
                      cell=cell, event="attach", roaming_country=None, bytes=np.zeros(nc, dtype=np.int64))
                w.add("device", time=opens + r.integers(1000, 1800, nc), msisdn=m, imsi=im, imei=agent_imei[v],
                      cell=cell, event="detach", roaming_country=None, bytes=np.zeros(nc, dtype=np.int64))
                # the recruiter rings the seller the days before, and pays on the day
                tc = np.array([t_at(d - int(r.integers(1, 4)), 8 + r.random() * 11), t0 - int(r.integers(600, 3600))])
                tc = tc[tc >= START]
                k.call(r, tc, rec_m[v], s, r.integers(30, 180, len(tc)), caller_imei=rec_imei[v], caller_imsi=rec_i[v],
                       caller_cell=cell)
                src = pp.wallet[s] if pp.wallet[s] is not None else pp.acct[s]
                if src is not None:
                    emit_transfer(w, np.array([t0 + 3600]), np.array([rec_wallet[v]], dtype=object),
                                  np.array([src], dtype=object), np.array([150.0 * nc]), "third_party", rec_m[v])
            # a bank card too (the rural bank's branch in the township)
            if r.random() < 0.7:
                k.mule_accounts(r, 1, pp.id_key[s], "CQRCB", t0 + 5400, m[0], 1, g, "sold_bank_card")
        self.l1_village = [a for a, m in k.mules.items() if m["gang"] == g and m["level"] == 1]
        w.truth("id_key", np.array([pp.id_key[s] for s in sellers.tolist()], dtype=object), "card_seller", g,
                "village_card_selling", np.array([first_open[s] for s in sellers.tolist()]))
        # recruiters and buyers: their own phones, the buyers' trips to the villages
        w.truth("msisdn", rec_m, "mule_recruiter", g, "village_card_selling", START - 30 * DAY)
        w.truth("msisdn", buy_m, "card_buyer", g, "village_card_selling", START - 30 * DAY)
        w.truth("id_key", np.concatenate([rec_keys, buy_ids]), "gang_member", g, "village_card_selling")
        for v in range(3):
            k.member_phone(r, int(rec_m[v]), int(rec_i[v]), int(rec_imei[v]), vcell[villages[v]], range(NDAYS),
                           np.concatenate([contacts[v * 8:(v + 1) * 8], buy_m]), rate=2.5, data=1)
        for b in range(2):
            qc = w.cells_of("qijiang")
            k.member_phone(r, int(buy_m[b]), int(buy_i[b]), int(buy_imei[b]), int(qc[b]), range(NDAYS),
                           np.concatenate([contacts[24:30], rec_m]), rate=3, data=4)
        for b_i, d in enumerate(batch_days.tolist()):
            if d < 0:
                continue
            for v in range(3):
                if not np.any((batch == b_i) & (sv == v)):
                    continue
                who = b_i % 2
                tt = np.array([t_at(d, 8.5), t_at(d, 11), t_at(d, 15), t_at(d, 19)]) + v * 1800 + int(r.integers(0, 600))
                cells = [w.cells_of("qijiang")[0], vcell[villages[v]], vcell[villages[v]], w.cells_of("qijiang")[1]]
                w.add("device", time=tt, msisdn=np.full(4, buy_m[who]), imsi=np.full(4, buy_i[who]),
                      imei=np.full(4, buy_imei[who]), cell=np.array(cells), event="location_update",
                      roaming_country=None, bytes=np.zeros(4, dtype=np.int64))
                emit_voice(w, pp, np.array([t_at(d, 10.5)]), np.array([buy_m[who]]), np.array([rec_m[v]]),
                           np.array([95]), "answered", caller_imei=buy_imei[who], caller_imsi=buy_i[who],
                           caller_cell=vcell[villages[v]], r=r)
        # police reports naming sellers after their cards turned up in cases
        old = sellers[batch <= 1]
        for s in old[r.random(len(old)) < 0.35].tolist():
            k.report(t_at(int(r.integers(6, NDAYS)), 10 + r.random() * 7), "id_key", pp.id_key[s], "card_seller",
                     "other", None, "police")
        # an older case: the ring's September round
        for _j in range(3):
            k.report(START - int(r.integers(25, 50)) * DAY, "id_key", w.keys(r, 1, "idk_")[0], "card_seller", None,
                     None, "police")

    def unused_sold_cards(self):
        left = [c for c in self.sold if c["used"] is None]
        if left:
            self.w.truth("msisdn", np.array([c["msisdn"] for c in left]), "sold_card", "CQ06",
                         "village_card_selling", np.array([c["open_t"] for c in left]))

    # ------------------------------------------------------------------------------------------------ CQ13
    def cq13_account_renting(self):
        """A senior student in University Town rents classmates' bank cards for a 'payment-collection' job:
        fresh accounts at two banks each, an app that takes the orders, money in and out at any hour."""
        w, pp, k = self.w, self.pp, self.k
        g = "CQ13"
        r = w.rng("gang", g)
        from world import AREA_INDEX
        campus = np.isin(pp.home_area, [AREA_INDEX["uni_town"], AREA_INDEX["swu"]])
        rec = self.victims(r, 1, personas=["student"], age=(21, 24), where=campus)
        studs = self.victims(r, w.n(12, 4), personas=["student"], where=campus & (pp.home_area == pp.home_area[rec[0]]))
        w.truth("msisdn", pp.msisdn[rec], "mule_recruiter", g, "account_renting", START - 40 * DAY)
        w.truth("msisdn", pp.msisdn[studs], "gang_member", g, "account_renting", START - 25 * DAY)
        accts = []
        for s in studs.tolist():
            opened = START - int(r.integers(8, 30)) * DAY + int(r.integers(9, 17)) * HOUR
            a = k.mule_accounts(r, 2, pp.id_key[s], np.array(["CCB", "Bank of Chongqing"], dtype=object),
                                np.array([opened, opened + DAY]), pp.msisdn[s], 1, g, "account_renting")
            accts.extend(a.tolist())
        self.l1_students = accts
        host, app = "pf-jsb.com", "com.jsb.paofen"
        self.fraud_host_truth([host, "api.pf-jsb.com"], g, "account_renting")
        w.truth("app", np.array([app], dtype=object), "fraud_app", g, "account_renting")
        for s in studs.tolist():
            ti = START + int(r.integers(0, 3 * DAY))
            uses = np.sort(START + r.integers(0, NDAYS * DAY, int(r.integers(20, 60))))
            k.install(s, ti, app, f"https://{host}/d/jsb.apk", uses[uses > ti])
            k.visit(r, s, ti - 300, host, "d/jsb.apk")
            k.visit(r, s, np.sort(START + r.integers(0, NDAYS * DAY, int(r.integers(10, 30)))), "api." + host,
                    "order/poll", app)
            # the recruiter calls and pays commission
            tc = np.sort(START + r.integers(0, NDAYS * DAY, 3))
            k.call(r, tc, pp.msisdn[rec[0]], s, r.integers(20, 200, 3), caller_p=rec[0])
        # commissions from the layer-2 accounts to the students' wallets
        for s in studs.tolist():
            dst = pp.wallet[s] if pp.wallet[s] is not None else None
            if dst is None:
                continue
            n = int(r.integers(2, 6))
            emit_transfer(w, np.sort(START + r.integers(0, NDAYS * DAY, n)), k.l2[int(r.integers(0, len(k.l2)))],
                          dst, np.round(r.uniform(120, 800, n), 2), "mobile_app", None)
        # the buyer tests each new account with a cent or a yuan
        for a in accts:
            emit_transfer(w, np.array([START + int(r.integers(0, 3 * DAY))]), k.l2[int(r.integers(0, len(k.l2)))],
                          a, np.array([r.choice([0.01, 1.0, 0.1])]), "mobile_app", None)
        self.rec13 = rec[0]

    # ------------------------------------------------------------------------------------------------ CQ04
    def cq04_goip_den(self):
        """A 16-port and an 8-port GoIP in a rented room in Tuwan: SIMs swapped every day or three, port IMEIs
        rewritten every few days (often with a wrong check digit), dialling from nine to nine with a lunch break,
        mostly to other networks; hooked people are handed to CQ01 and CQ07 callers abroad."""
        w, pp, k = self.w, self.pp, self.k
        g = "CQ04"
        r = w.rng("gang", g)
        cells = w.cells_of("tuwan")[:2]
        ports = [(0, p) for p in range(16)] + [(1, p) for p in range(8)]
        ports = ports[: max(4, int(round(24 * min(1.0, w.scale))))]
        first_day = 6
        keeper_ids = w.keys(r, 2, "idk_")
        km, ki = k.open_cards(r, 2, keeper_ids, START - r.integers(60, 300, 2) * DAY, "YT-SHA-021", cells[0])
        kimei = w.imeis(r, 2)
        boss = w.numbers(r, 2, "foreign:KH")
        w.truth("msisdn", km, "gang_member", g, "goip_den", START + first_day * DAY)
        w.truth("id_key", keeper_ids, "gang_member", g, "goip_den")
        for j in range(2):
            k.member_phone(r, int(km[j]), int(ki[j]), int(kimei[j]), int(cells[j % 2]), range(first_day - 2, NDAYS),
                           np.concatenate([boss, self.cq06_buyers, w.numbers(r, 5, "offnet")]), rate=3, data=5)
        wts = np.ones(pp.N)
        wts[pp.persona == PIDX["elderly"]] = 2.2
        wts[pp.persona == PIDX["homemaker"]] = 1.6
        wts[pp.persona == PIDX["teen"]] = 0.2
        sims_used, imeis_used = [], []
        iot_ids = w.keys(r, 1, "biz_")
        for dev, _port in ports:
            d = first_day + int(r.integers(0, 2))
            imei = w.imeis(r, 1, "huawei", valid=False)[0]
            imei_change = d + int(r.integers(2, 5))
            while d < NDAYS:
                life_days = int(r.choice([1, 1, 2, 2, 3]))
                u = r.random()
                if u < 0.72:
                    got = self.take_sold(1, START + d * DAY, g, "simbox_sim", "goip_den", START + d * DAY)
                    if not got:
                        u = 0.9
                    else:
                        sim, simsi = got[0]["msisdn"], got[0]["imsi"]
                if u >= 0.72 and u < 0.84:
                    m, im = k.open_cards(r, 1, iot_ids[0], START - int(r.integers(30, 200)) * DAY, "YT-ENT-IOT-02",
                                         w.cells_of("erlang")[0], line_type="iot", customer_type="enterprise",
                                         id_type="business_license", prepaid=False)
                    sim, simsi = int(m[0]), int(im[0])
                    w.truth("msisdn", m, "simbox_sim", g, "goip_den", START + d * DAY)
                elif u >= 0.84:
                    m, im = k.open_cards(r, 1, w.keys(r, 1, "idk_"), START - int(r.integers(5, 60)) * DAY, "YT-ONLINE",
                                         w.cells_of("cq_north")[0], kind="mvno")
                    sim, simsi = int(m[0]), int(im[0])
                    w.truth("msisdn", m, "simbox_sim", g, "goip_den", START + d * DAY)
                sims_used.append(sim)
                w.line_loc[int(sim)] = int(cells[dev])
                t_in = t_at(d, 8.3 + r.random())
                w.add("device", time=np.array([t_in]), msisdn=np.array([sim]), imsi=np.array([simsi]),
                      imei=np.array([imei]), cell=np.array([cells[dev]]), event="attach", roaming_country=None,
                      bytes=np.zeros(1, dtype=np.int64))
                for dd in range(d, min(NDAYS, d + life_days)):
                    if dd >= imei_change:
                        imei = w.imeis(r, 1, r.choice(["huawei", "xiaomi", "vivo", "oppo"]), valid=False)[0]
                        imei_change = dd + int(r.integers(2, 5))
                        w.add("device", time=np.array([t_at(dd, 8.5)]), msisdn=np.array([sim]),
                              imsi=np.array([simsi]), imei=np.array([imei]), cell=np.array([cells[dev]]),
                              event="attach", roaming_country=None, bytes=np.zeros(1, dtype=np.int64))
                    imeis_used.append(int(imei))
                    n = int(r.poisson(190 if dd > d else 120))
                    t = windows_times(r, dd, n, WORK)
                    num, pidx, res = k.dial(r, sim, t, 0.27, 0.17, weights=wts, p_vacant=0.12, caller_imei=imei,
                                            caller_imsi=simsi, caller_cell=cells[dev])
                    ans = np.nonzero((pidx >= 0) & (res == "answered"))[0]
                    for a in ans.tolist():
                        self.hooks["den"].append((int(pidx[a]), int(t[a]), sim, simsi, int(imei), int(cells[dev])))
                    lu = windows_times(r, dd, 3, [(10, 20)])
                    w.add("device", time=lu, msisdn=np.full(3, sim), imsi=np.full(3, simsi), imei=np.full(3, imei),
                          cell=np.full(3, cells[dev]), event="location_update", roaming_country=None,
                          bytes=np.zeros(3, dtype=np.int64))
                    # a few people report the number the same day
                    for a in ans[r.random(len(ans)) < 0.02].tolist():
                        k.report(int(t[a]) + int(r.integers(600, 20000)), "msisdn", sim, "fraud", "other", None,
                                 "user_report")
                d_out = min(NDAYS, d + life_days)
                w.add("device", time=np.array([t_at(d_out - 1, 21.7 + r.random())]), msisdn=np.array([sim]),
                      imsi=np.array([simsi]), imei=np.array([imei]), cell=np.array([cells[dev]]), event="detach",
                      roaming_country=None, bytes=np.zeros(1, dtype=np.int64))
                d = d_out
        w.truth("imei", np.array(sorted(set(imeis_used))), "simbox_device", g, "goip_den", START + first_day * DAY)
        self.den_sims = sims_used

    # ------------------------------------------------------------------------------------------------ CQ05
    def cq05_careful_box(self):
        """Four LTE modules in a flat in Fuling: four SIMs at a time, changed weekly, weekdays only, forty-odd
        calls per SIM a day with office hours and a long lunch, a few texts, a trickle of data."""
        w, pp, k = self.w, self.pp, self.k
        g = "CQ05"
        r = w.rng("gang", g)
        cell = w.cells_of("fuling")[3]
        imeis = w.imeis(r, 4, "module")
        w.truth("imei", imeis, "simbox_device", g, "careful_simbox")
        op_id = w.keys(r, 1, "idk_")
        om, oi = k.open_cards(r, 1, op_id[0], START - 800 * DAY, "YT-FUL-004", cell)
        oimei = w.imeis(r, 1)
        w.truth("msisdn", om, "gang_member", g, "careful_simbox")
        w.truth("id_key", op_id, "gang_member", g, "careful_simbox")
        k.member_phone(r, int(om[0]), int(oi[0]), int(oimei[0]), int(cell), range(NDAYS), w.numbers(r, 8, "offnet"),
                       rate=2, data=4)
        wts = np.ones(pp.N) * 0.3
        for kk, v in (("migrant", 3), ("farmer", 2), ("shopkeeper", 2.5), ("self_employed", 3), ("factory", 2),
                      ("driver", 2), ("service", 1.5)):
            wts[pp.persona == PIDX[kk]] = v
        ads = ["【惠民贷】您有一笔最高20万的信用额度待领取，无抵押，当天放款，回复1了解",
               "【急用钱】工薪族、个体户均可申请，额度5-50万，月息低至0.3%，详询本号码",
               "您好，您在我司申请的贷款已初审通过，请保持电话畅通，客服将与您联系"]
        for port in range(4):
            d = int(r.integers(0, 3))
            while d < NDAYS:
                got = self.take_sold(1, START + d * DAY, g, "simbox_sim", "careful_simbox", START + d * DAY)
                if not got:
                    break
                sim, simsi = got[0]["msisdn"], got[0]["imsi"]
                span = int(r.integers(5, 8))
                w.add("device", time=np.array([t_at(d, 8.7)]), msisdn=np.array([sim]), imsi=np.array([simsi]),
                      imei=np.array([imeis[port]]), cell=np.array([cell]), event="attach", roaming_country=None,
                      bytes=np.zeros(1, dtype=np.int64))
                for dd in range(d, min(NDAYS, d + span)):
                    if dow(dd) >= 5:
                        continue
                    n = int(r.poisson(42))
                    t = windows_times(r, dd, n, [(9, 11.75), (14, 17.5)])
                    num, pidx, res = k.dial(r, sim, t, 0.4, 0.33, weights=wts, caller_imei=imeis[port],
                                            caller_imsi=simsi, caller_cell=cell)
                    for a in np.nonzero((pidx >= 0) & (res == "answered"))[0].tolist():
                        self.hooks["box"].append((int(pidx[a]), int(t[a]), sim))
                    ns = int(r.poisson(12))
                    ts = windows_times(r, dd, ns, [(9.5, 11.5), (14.5, 17)])
                    rn, rp, _ = k.pick_targets(r, ns, 0.4, wts)
                    emit_sms(w, pp, ts, np.full(ns, sim), rn, np.array(ads, dtype=object)[r.integers(0, 3, ns)],
                             sender_imei=imeis[port], sender_cell=cell)
                    nd = 2
                    w.add("device", time=windows_times(r, dd, nd, [(9, 18)]), msisdn=np.full(nd, sim),
                          imsi=np.full(nd, simsi), imei=np.full(nd, imeis[port]), cell=np.full(nd, cell),
                          event="data_session", roaming_country=None, bytes=r.integers(20000, 400000, nd))
                d += span

    # ------------------------------------------------------------------------------------------------ CQ01
    def cq01_fake_refund(self):
        """Fake customer service with leaked order data: "the parcel you bought on Double Eleven was lost / has
        a quality problem, we compensate double"; screen sharing, consumer loans 'to clear the record', money to
        a 'safe' account. First contact from the Tuwan den or an international gateway showing Hangzhou numbers;
        the hooked are worked from cards roaming in Cambodia."""
        w, pp, k = self.w, self.pp, self.k
        g = "CQ01"
        sch = "fake_customer_service_refund"
        r = w.rng("gang", g)
        hosts_fixed = ["tb-lipei.top", "jd-kefu-tk.cn"]
        wild = "cs-refund.vip"
        fake_app = "com.zxkf.yunkefu"
        legit_share = ["com.tencent.wemeet", "com.ss.android.lark", "com.zhumu.zhumu"]
        w.truth("app", np.array([fake_app], dtype=object), "fraud_app", g, sch)
        # spoofed Hangzhou numbers through a gateway
        gw_nums = 86571 * 10**8 + 88000000 + r.integers(0, 999999, 8)
        for x in gw_nums.tolist():
            w.used_numbers.add(x)
        w.truth("msisdn", gw_nums, "fraud_caller", g, sch, START + 2 * DAY)
        roam = self.take_sold(5, START, g, "fraud_caller", sch, START + 2 * DAY)
        roam_imei = w.imeis(r, 2, "apple")
        for c in roam:
            w.line_loc[c["msisdn"]] = -1
        order_log = self.life.order_log
        ob, ot = order_log["buyer"], order_log["t"]
        buyers = (ob >= 0)
        wts = np.ones(pp.N) * 0.5
        recent = np.zeros(pp.N, dtype=bool)
        recent[ob[buyers & (ot >= START + 2 * DAY)]] = True
        wts[recent] = 3.0
        wts[pp.persona == PIDX["teen"]] = 0.1
        # gateway cold calls (only this network's people are seen)
        for x in gw_nums.tolist():
            for d in range(2, NDAYS):
                n = int(r.poisson(28 if d >= 12 else 14))
                t = windows_times(r, d, n, WORK)
                num, pidx, res = k.dial(r, x, t, 1.0, 0.2, weights=wts, call_type="intl_in", gateway="GW-INTL-HK-07")
                for a in np.nonzero(res == "answered")[0][r.random(int((res == "answered").sum())) < 0.01].tolist():
                    k.report(int(t[a]) + 7200, "msisdn", x, "fraud", "customer_service", None, "user_report")
        for c in roam:
            w.add("device", time=np.array([t_at(1, 15)]), msisdn=np.array([c["msisdn"]]), imsi=np.array([c["imsi"]]),
                  imei=np.array([roam_imei[0]]), cell=np.array([-1]), event="attach", roaming_country="KH",
                  bytes=np.zeros(1, dtype=np.int64))
        # victims: shoppers with orders in the period
        where = recent.copy()
        nv = w.n(24, 5)
        vic = self.victims(r, nv, personas=["office", "service", "homemaker", "student", "factory", "teacher",
                                            "self_employed", "civil", "medical", "shopkeeper"], where=where)
        den = self.hooks["den"]
        hosts_used = set(hosts_fixed)
        for v in vic.tolist():
            mine = ot[(ob == v) & (ot >= START + 2 * DAY)]
            d0 = int(min(NDAYS - 1, max(3, (mine.min() - START) // DAY + r.integers(1, 4)))) if len(mine) else \
                int(r.integers(4, NDAYS))
            t0 = t_at(d0, 10 + r.random() * 8)
            # first contact
            den_today = [h for h in den if START + d0 * DAY <= h[1] < START + (d0 + 1) * DAY]
            if den_today and r.random() < 0.5:
                h = den_today[int(r.integers(0, len(den_today)))]
                first = h[2]
                k.call(r, t0, h[2], v, int(r.integers(300, 900)), caller_imei=h[4], caller_imsi=h[3],
                       caller_cell=h[5])
            else:
                first = int(gw_nums[int(r.integers(0, len(gw_nums)))])
                k.call(r, t0, first, v, int(r.integers(300, 900)), call_type="intl_in", gateway="GW-INTL-HK-07")
            rc = roam[int(r.integers(0, len(roam)))]
            t1 = t0 + int(r.integers(900, 2400))
            k.call(r, t1, rc["msisdn"], v, int(r.integers(1200, 3600)), caller_imei=roam_imei[0],
                   caller_imsi=rc["imsi"], roaming="KH")
            host = hosts_fixed[int(r.integers(0, 2))] if r.random() < 0.5 else f"{r.integers(100, 999):x}k.{wild}"
            hosts_used.add(host)
            k.visit(r, v, t1 + np.cumsum(r.integers(60, 400, 4)), host, "kf/refund")
            if r.random() < 0.6:
                k.install(v, t1 + 900, fake_app, f"https://{host}/kf.apk", t1 + 960 + np.cumsum(r.integers(60, 600, 5)))
                apps_rep = [fake_app]
            else:
                k.install(v, t1 + 900, legit_share[int(r.integers(0, 3))], None, t1 + 960 + np.cumsum(r.integers(60, 600, 3)))
                apps_rep = []
            # codes arrive while the screen is shared
            k.sms(t1 + 1500 + np.arange(2) * 240, 1069095188000, receiver_p=np.array([v, v]),
                  content=np.array(["【支付宝】校验码" + str(int(r.integers(100000, 999999))) +
                                    "，您正在申请借呗借款，请勿泄露。"] * 2, dtype=object))
            tt = t1 + 1800
            if r.random() < 0.65:
                tt = self.loan_draws(r, v, tt)
            total, accts = 0.0, []
            npay = int(r.integers(1, 5))
            for _j in range(npay):
                tt += int(r.integers(300, 1800))
                a = self.l1(r, [self.l1_students, self.l1_village])
                total += k.pay(r, v, tt, float(r.choice([2999, 4800, 6800, 9900, 15000, 20000]) + r.integers(0, 99)),
                               a, "mobile_app", from_acct=pp.wallet[v] if pp.wallet[v] is not None and r.random() < .5
                               else None)
                accts.append(a)
            if r.random() < 0.35 and d0 + 1 < NDAYS:  # "the refund failed verification": a second round next day
                t2 = t_at(d0 + 1, 10 + r.random() * 6)
                k.call(r, t2, rc["msisdn"], v, int(r.integers(600, 1800)), caller_imei=roam_imei[0],
                       caller_imsi=rc["imsi"], roaming="KH")
                a = self.l1(r, [self.l1_students])
                total += k.pay(r, v, t2 + 1200, float(r.integers(5000, 30000)), a)
                accts.append(a)
                tt = t2 + 1200
            k.victim_report(r, v, tt, total, "customer_service", [first, rc["msisdn"]], accts, [host], apps_rep,
                            p=0.8, delay_h=(1, 48))
        self.fraud_host_truth(hosts_used, g, sch)
        # an older case in September, now on the block list
        k.report(START - 40 * DAY, "domain", "tb-tuikuan.top", "fraud", "customer_service", None, "police")
        k.report(START - 38 * DAY, "msisdn", int(86571 * 10**8 + 87654321), "fraud", "customer_service", None, "police")

    # ------------------------------------------------------------------------------------------------ CQ02
    def cq02_shop_deposit(self):
        """'Douyin shop service': texts to live-stream sellers and shopkeepers that the shop's deposit must be
        topped up for the festival or withdrawals will be frozen, then a call from a VoIP 'merchant manager'."""
        w, pp, k = self.w, self.pp, self.k
        g = "CQ02"
        sch = "fake_merchant_deposit"
        r = w.rng("gang", g)
        on_m, on_i = k.open_cards(r, 2, w.keys(r, 2, "idk_"), START - r.integers(8, 20, 2) * DAY, "YT-ONLINE",
                                  w.cells_of("nanping")[2], kind="mvno")
        imei = w.imeis(r, 2, "xiaomi")
        off = w.numbers(r, 3, "offnet", prefixes=[170, 171, 165, 167])
        voip = 86571 * 10**8 + 56000000 + r.integers(0, 99999, 2)
        for x in voip.tolist():
            w.used_numbers.add(x)
        w.truth("msisdn", on_m, "fraud_sms_sender", g, sch, START + 3 * DAY)
        w.truth("msisdn", off, "fraud_sms_sender", g, sch, START + 3 * DAY)
        w.truth("msisdn", voip, "fraud_caller", g, sch, START + 3 * DAY)
        hosts = ["doudian-bzj.com", "fxg-douyin.cn"]
        self.fraud_host_truth(hosts, g, sch)
        for i in range(2):
            k.platform_account(r, "douyin", int(on_m[i]), START - int(r.integers(3, 9)) * DAY, g, sch)
            k.platform_account(r, "wechat", int(on_m[i]), START - int(r.integers(3, 9)) * DAY, g, sch)
        k.platform_account(r, "douyin", int(off[0]), START - 4 * DAY, g, sch)
        merch = np.array([m is not None for m in pp.merchant.tolist()])
        targets = np.nonzero(merch & (r.random(pp.N) < 0.6))[0]
        txt = ["【抖店】尊敬的商家，因双11大促保证金标准上调，您的店铺保证金不足，将于24小时内限制提现，请尽快联系官方招商经理升级：doudian-bzj.com/kf",
               "【抖音电商】您的店铺存在违规风险，双11期间将冻结货款，请登录 fxg-douyin.cn 完成保证金核验，逾期关店处理",
               "【商家服务】双11流量扶持名额仅剩3个，缴纳保证金即可开通，详询 doudian-bzj.com"]
        for s in targets.tolist():
            n = int(r.integers(1, 4))
            t = np.sort(np.array([t_at(int(r.integers(3, NDAYS)), 9 + r.random() * 12) for _ in range(n)]))
            src = r.integers(0, 5, n)
            snd = np.where(src < 2, on_m[np.minimum(src, 1)], off[np.maximum(src - 2, 0)])
            emit_sms(w, pp, t, snd, np.full(n, pp.msisdn[s]), np.array(txt, dtype=object)[r.integers(0, 3, n)],
                     sender_imei=np.where(src < 2, imei[np.minimum(src, 1)], 0),
                     sender_cell=np.where(src < 2, w.cells_of("nanping")[2], -1))
        # texts to sellers on other networks, from this network's two cards
        for i in range(2):
            for d in range(3, NDAYS):
                n = int(r.poisson(60))
                t = windows_times(r, d, n, [(9, 22)])
                emit_sms(w, pp, t, np.full(n, on_m[i]), rand_numbers(r, n), np.array(txt, dtype=object)[r.integers(0, 3, n)],
                         sender_imei=imei[i], sender_cell=w.cells_of("nanping")[2])
        vic = self.victims(r, w.n(8, 3), where=merch & np.isin(np.arange(pp.N), targets),
                           personas=["streamer", "shopkeeper", "self_employed", "restaurateur"])
        for v in vic.tolist():
            d0 = int(r.integers(5, NDAYS))
            t0 = t_at(d0, 10 + r.random() * 9)
            vn = int(voip[int(r.integers(0, 2))])
            k.call(r, t0, vn, v, int(r.integers(900, 2400)), call_type="voip", gateway="GW-VOIP-FJ-02")
            host = hosts[int(r.integers(0, 2))]
            k.visit(r, v, t0 + np.cumsum(r.integers(60, 300, 3)), host, "merchant/deposit")
            src = pp.merchant[v] if pp.merchant[v] is not None else None
            total, accts = 0.0, []
            tt = t0 + 1800
            for _j in range(int(r.integers(1, 4))):
                a = self.l1(r, [self.l1_village])
                total += k.pay(r, v, tt, float(r.choice([5000, 10000, 20000, 30000, 50000])), a, "mobile_app",
                               from_acct=src)
                accts.append(a)
                tt += int(r.integers(1200, 7200))
                if r.random() < 0.5:
                    k.call_back(r, tt - 600, v, vn, int(r.integers(120, 600)), call_type="mobile")
            k.victim_report(r, v, tt, total, "customer_service", [vn], accts, [host], [], p=0.8, delay_h=(6, 96))

    # ------------------------------------------------------------------------------------------------ CQ03
    def cq03_brushing(self):
        """Brushing 'part-time tasks' by SMS cat in a Lijiatuo flat: eight modules, sold cards rotated every few
        days, hundreds of texts a card a day with QQ numbers and links; the hooked get two small rebates, then pay
        ever larger 'task deposits' into rented student accounts."""
        w, pp, k = self.w, self.pp, self.k
        g = "CQ03"
        sch = "brushing_part_time"
        r = w.rng("gang", g)
        cell = w.cells_of("lijiatuo")[1]
        mods = w.imeis(r, 8, "module")
        w.truth("imei", mods, "simbox_device", g, sch)
        wild = "jianzhi-rw.cn"
        main_host = "rwb-task.xyz"
        app = "com.rwb.renwubao"
        w.truth("app", np.array([app], dtype=object), "fraud_app", g, sch)
        hosts = {main_host, "dl." + main_host}
        txt = ["【兼职】在家手机就能做，点赞关注日结150-500，宝妈学生优先，加QQ{q}",
               "急招网络兼职，刷单返佣，一单一结，立返本金+佣金，详见 {h}",
               "【双11兼职】电商平台招刷单员，时间自由，日赚300+，下载任务宝 {h}"]
        wts = np.ones(pp.N) * 0.4
        for kk, v in (("student", 3), ("homemaker", 3), ("service", 1.5), ("factory", 1.5), ("migrant", 1)):
            wts[pp.persona == PIDX[kk]] = v
        senders = []
        for port in range(8):
            d = 3 + int(r.integers(0, 2))
            while d < NDAYS:
                got = self.take_sold(1, START + d * DAY, g, "fraud_sms_sender", sch, START + d * DAY)
                if not got:
                    break
                sim, simsi = got[0]["msisdn"], got[0]["imsi"]
                senders.append(sim)
                span = int(r.integers(2, 4))
                for dd in range(d, min(NDAYS, d + span)):
                    n = int(r.poisson(230))
                    t = windows_times(r, dd, n, [(10, 22.5)])
                    rn, rp, _ = k.pick_targets(r, n, 0.33, wts)
                    sub = r.integers(100, 999, n)
                    cont = []
                    for j in range(n):
                        h = f"s{sub[j]}.{wild}" if j % 2 else main_host
                        cont.append(txt[j % 3].format(q=int(r.integers(10**8, 4 * 10**9)), h=h))
                    emit_sms(w, pp, t, np.full(n, sim), rn, np.array(cont, dtype=object), sender_imei=mods[port],
                             sender_cell=cell)
                    w.add("device", time=np.array([t_at(dd, 9.8)]), msisdn=np.array([sim]), imsi=np.array([simsi]),
                          imei=np.array([mods[port]]), cell=np.array([cell]), event="attach", roaming_country=None,
                          bytes=np.zeros(1, dtype=np.int64))
                d += span
        for i in range(6):
            if i < len(senders):
                k.platform_account(r, "qq", senders[i], START + int(r.integers(0, 5)) * DAY, g, sch)
        vic = self.victims(r, w.n(15, 4), personas=["student", "homemaker", "service", "factory"], age=(18, 42))
        for v in vic.tolist():
            d0 = int(r.integers(4, NDAYS))
            t0 = t_at(d0, 11 + r.random() * 10)
            s = senders[int(r.integers(0, len(senders)))] if senders else 0
            if s:
                k.sms(t0, s, receiver_p=np.array([v]), content=np.array([txt[2].format(q=0, h=main_host)], dtype=object),
                      sender_imei=mods[0], sender_cell=cell)
            h = main_host if r.random() < 0.6 else f"s{r.integers(100, 999)}.{wild}"
            hosts.add(h)
            k.visit(r, v, t0 + np.cumsum(r.integers(100, 900, 3)), h, "task")
            ti = t0 + 1500
            k.visit(r, v, ti - 60, "dl." + main_host, "rwb.apk")
            k.install(v, ti, app, f"https://dl.{main_host}/rwb.apk", ti + np.cumsum(r.integers(300, 3000, 8)))
            dst = pp.wallet[v] if pp.wallet[v] is not None else pp.acct[v]
            if dst is None:
                continue
            reb = np.round(r.uniform(12, 58, 2), 2)
            mule = self.l1_students[int(r.integers(0, len(self.l1_students)))]
            emit_transfer(w, ti + np.array([1800, 3600]), mule, dst, reb, "mobile_app", None)
            total, accts = 0.0, []
            tt = ti + 4000
            steps = [200, 600, 2000, 5000, 12000][: int(r.integers(2, 6))]
            for amt in steps:
                a = self.l1(r, [self.l1_students])
                total += k.pay(r, v, tt, amt * r.uniform(0.9, 1.3), a, "third_party", from_acct=dst)
                accts.append(a)
                tt += int(r.integers(1200, 14000))
            if s and r.random() < 0.3:
                k.call(r, tt - 900, s, v, int(r.integers(60, 300)), caller_imei=mods[1], caller_cell=cell)
            k.victim_report(r, v, tt, total, "part_time_job", [s] if s else [], accts, [h], [app], p=0.7, delay_h=(4, 120))
        self.fraud_host_truth(hosts, g, sch)

    # ------------------------------------------------------------------------------------------------ CQ07
    def cq07_police(self):
        """'Chongqing police' and 'Supreme Procuratorate' from a compound in Myanmar: 023 numbers spoofed through
        international gateways (a share intercepted), cards from the village ring roaming in Myanmar for video
        'interviews', a fake case-lookup site and a 'security' app, days of calls and transfers at the counter."""
        w, pp, k = self.w, self.pp, self.k
        g = "CQ07"
        sch = "impersonate_police"
        r = w.rng("gang", g)
        spoof = np.array([862363961000 + int(x) for x in r.integers(0, 999, 5)] + [861065208000 + int(r.integers(0, 999))])
        for x in spoof.tolist():
            w.used_numbers.add(x)
        w.truth("msisdn", spoof, "fraud_caller", g, sch, START + DAY)
        roam = self.take_sold(3, START, g, "fraud_caller", sch, START + DAY)
        rimei = w.imeis(r, 3, "huawei")
        for c in roam:
            w.line_loc[c["msisdn"]] = -1
        for j, c in enumerate(roam):
            w.add("device", time=np.array([t_at(0, 9)]), msisdn=np.array([c["msisdn"]]), imsi=np.array([c["imsi"]]),
                  imei=np.array([rimei[j]]), cell=np.array([-1]), event="attach", roaming_country="MM",
                  bytes=np.zeros(1, dtype=np.int64))
        host, app = "gjjcy-ajcx.com", "com.aqjc.fangyu"
        hosts = [host, "www." + host]
        self.fraud_host_truth(hosts, g, sch)
        w.truth("app", np.array([app], dtype=object), "fraud_app", g, sch)
        wts = np.ones(pp.N) * 0.2
        wts[pp.persona == PIDX["elderly"]] = 3
        wts[pp.persona == PIDX["homemaker"]] = 1.5
        wts[(pp.persona == PIDX["office"]) & (pp.age > 35)] = 1
        gws = ["GW-INTL-MY-11", "GW-INTL-SG-02"]
        for x in spoof.tolist():
            for d in range(1, NDAYS):
                n = int(r.poisson(22))
                t = windows_times(r, d, n, [(9, 12), (14, 20.5)])
                gw = gws[int(r.integers(0, 2))]
                num, pidx, res = k.pick_targets(r, n, 1.0, wts)
                res, dur, ring = k.outcomes(r, n, 0.22)
                res = np.where(r.random(n) < 0.25, "intercepted", res).astype(object)
                emit_voice(w, pp, t, np.full(n, x), num, dur, res, callee_p=pidx, ring=ring, call_type="intl_in",
                           gateway=gw, r=r)
        vic = self.victims(r, w.n(8, 3), personas=["elderly", "homemaker", "office", "teacher", "self_employed"],
                           age=(35, 80), weights=wts)
        for v in vic.tolist():
            d0 = int(r.integers(2, NDAYS - 2))
            t0 = t_at(d0, 9.5 + r.random() * 6)
            sp = int(spoof[int(r.integers(0, len(spoof)))])
            k.call(r, t0, sp, v, int(r.integers(1200, 3000)), call_type="intl_in", gateway=gws[0])
            j = int(r.integers(0, len(roam)))
            rc = roam[j]
            k.call(r, t0 + 3300, rc["msisdn"], v, int(r.integers(900, 2400)), media="video", caller_imei=rimei[j],
                    caller_imsi=rc["imsi"], roaming="MM")
            k.visit(r, v, t0 + 4000 + np.cumsum(r.integers(30, 200, 3)), hosts[int(r.integers(0, 2))], "ajcx/tongji")
            k.install(v, t0 + 4800, app, f"https://{host}/app/jc.apk", t0 + 5000 + np.cumsum(r.integers(900, 20000, 10)))
            total, accts = 0.0, []
            days = sorted({min(NDAYS - 1, d0 + int(x)) for x in r.integers(0, 5, int(r.integers(2, 5)))})
            old = pp.persona[v] == PIDX["elderly"]
            for dd in days:
                tn = t_at(dd, 21 + r.random() * 1.5) if dd > d0 else t0 + 6000
                k.call(r, tn, rc["msisdn"], v, int(r.integers(1800, 5400)), caller_imei=rimei[j],
                       caller_imsi=rc["imsi"], roaming="MM")
                tp = t_at(dd + 1 if dd + 1 < NDAYS else dd, 9.5 + r.random() * 4) if dd > d0 else tn + 7200
                a = self.l1(r, [self.l1_village, self.l1_students])
                ch = "counter" if old and r.random() < 0.6 else "mobile_app"
                total += k.pay(r, v, tp, float(r.choice([20000, 38000, 50000, 80000, 120000, 150000])), a, ch,
                               initiated=(ch != "counter"))
                accts.append(a)
            k.victim_report(r, v, tp, total, "impersonate_police", [sp, rc["msisdn"]], accts, [host], [app], p=0.85,
                            delay_h=(12, 120))
        # the older case on the block list
        k.report(START - 20 * DAY, "msisdn", 862363960987, "fraud", "impersonate_police", None, "police")
        v_old = pp.pick(r, 1, personas=["elderly"])
        if len(v_old):
            k.report(START - 20 * DAY - 3600, "msisdn", pp.msisdn[v_old[0]], "victim", "impersonate_police", 86000.0,
                     "police")

    # ------------------------------------------------------------------------------------------------ CQ08
    def cq08_pig_butchering(self):
        """A 'successful trader' met on a dating app: weeks of chat (invisible here), a few voice and video calls
        from Malaysia, a look-alike brokerage site with many sub-domains and a side-loaded app, deposits that grow,
        one small withdrawal allowed, then 'tax' to take the money out. Quiet on the phone network."""
        w, pp, k = self.w, self.pp, self.k
        g = "CQ08"
        sch = "pig_butchering_investment"
        r = w.rng("gang", g)
        my = w.numbers(r, 2, "foreign:MY")
        w.truth("msisdn", my, "fraud_caller", g, sch, START)
        base = "futuglobal-vip.com"
        app = "com.futu.global.pro"
        w.truth("app", np.array([app], dtype=object), "fraud_app", g, sch)
        cards = self.take_sold(2, START, g, "gang_member", sch)
        for c in cards:
            k.platform_account(r, "momo", c["msisdn"], START - int(r.integers(20, 60)) * DAY, g, sch)
            k.platform_account(r, "wechat", c["msisdn"], START - int(r.integers(20, 60)) * DAY, g, sch)
        k.platform_account(r, "soul", int(w.numbers(r, 1, "offnet")[0]), START - 45 * DAY, g, sch)
        corp_ids = w.keys(r, 4, "biz_")
        own = k.mule_accounts(r, 4, corp_ids, np.array(["CMB", "CITIC", "BoCom", "ICBC"], dtype=object),
                              START - r.integers(30, 90, 4) * DAY, w.numbers(r, 4, "offnet"), 1, g, sch)
        w.truth("id_key", corp_ids, "gang_member", g, sch)
        hosts = set()
        vic = self.victims(r, w.n(6, 2), personas=["office", "self_employed", "shopkeeper", "teacher", "civil",
                                                   "medical"], age=(30, 58))
        for v in vic.tolist():
            sub = [f"m.{base}", f"app.{base}"] + [f"h5{int(x)}.{base}" for x in r.integers(10, 99, 2)]
            hosts.update(sub)
            ti = START + int(r.integers(0, 2 * DAY))
            k.install(v, ti, app, f"https://dl.{base}/pro.apk", np.sort(ti + r.integers(0, (NDAYS - 2) * DAY, 40)))
            hosts.add(f"dl.{base}")
            k.visit(r, v, ti - 120, f"dl.{base}", "pro.apk")
            vt = np.sort(START + r.integers(0, NDAYS * DAY, int(r.integers(25, 60))))
            for j, x in enumerate(sub):
                sel = vt[j::len(sub)]
                if len(sel):
                    k.visit(r, v, sel, x, "", app if j else None)
            # a few calls from "him" / "her"
            for _ in range(int(r.integers(1, 4))):
                k.call(r, t_at(int(r.integers(0, NDAYS)), 20.5 + r.random() * 2.5), int(my[int(r.integers(0, 2))]),
                       v, int(r.integers(300, 1500)), media="video" if r.random() < 0.4 else "voice")
            # deposits grow; one small withdrawal paid back early on
            dst = pp.acct[v] if pp.acct[v] is not None else pp.wallet[v]
            emit_transfer(w, np.array([t_at(int(r.integers(1, 4)), 15)]), own[0], dst, np.array([r.uniform(1500, 3000)]),
                          "mobile_app", None)
            steps = [5000, 10000, 30000, 50000, 80000, 100000][: int(r.integers(3, 7))]
            days = np.sort(r.choice(np.arange(1, NDAYS), len(steps), replace=False))
            k.call(r, t_at(int(days[0]) - 1, 21 + r.random()), int(my[int(r.integers(0, 2))]), v,
                   int(r.integers(600, 1800)), media="video")
            total, accts = 0.0, []
            for amt, d in zip(steps, days.tolist(), strict=True):
                a = own[int(r.integers(0, 4))] if r.random() < 0.5 else self.l1(r, [self.l1_village])
                tp = t_at(d, 13 + r.random() * 8)
                total += k.pay(r, v, tp, amt * r.uniform(0.9, 1.2), a, "mobile_app")
                accts.append(a)
            k.victim_report(r, v, tp, total, "investment", list(my), accts, [f"app.{base}"], [app], p=0.5,
                            delay_h=(24, 240))
        self.fraud_host_truth(hosts, g, sch)

    # ------------------------------------------------------------------------------------------------ CQ09
    def cq09_loans(self):
        """Loans 'with no collateral': leads called from the Fuling box, a 'loan officer' on 170 cards calls
        back, the app shows the loan approved but 'frozen' until membership, unfreezing and guarantee fees are
        paid into village accounts."""
        w, pp, k = self.w, self.pp, self.k
        g = "CQ09"
        sch = "loan_guarantee_fee"
        r = w.rng("gang", g)
        cell = w.cells_of("fuling")[1]
        mv, mi = k.open_cards(r, 3, w.keys(r, 3, "idk_"), START - r.integers(10, 40, 3) * DAY, "YT-ONLINE",
                              w.cells_of("fuling")[0], kind="mvno")
        mimei = w.imeis(r, 3, "vivo")
        w.truth("msisdn", mv, "fraud_caller", g, sch, START)
        for x in mv.tolist():
            w.line_loc[x] = int(cell)
        hosts = ["xyjk-dai.com", "dl.xyjk-dai.com", "hqd-jk.top"]
        app = "com.xinyong.jiekuan"
        self.fraud_host_truth(hosts, g, sch)
        w.truth("app", np.array([app], dtype=object), "fraud_app", g, sch)
        for i in range(3):  # the officers' phones also make ordinary-looking follow-up calls to leads
            for d in range(NDAYS):
                if dow(d) >= 5:
                    continue
                n = int(r.poisson(9))
                t = windows_times(r, d, n, [(9.5, 12), (14, 18)])
                k.dial(r, int(mv[i]), t, 0.35, 0.45, caller_imei=mimei[i], caller_imsi=mi[i], caller_cell=cell)
        hooks = self.hooks["box"]
        seen = set()
        cand = []
        for h in hooks:
            if h[0] not in seen and not pp.busy[h[0]] and pp.persona[h[0]] != PIDX["teen"]:
                seen.add(h[0])
                cand.append(h)
        order = r.permutation(len(cand))
        nv = w.n(12, 3)
        chosen = [cand[i] for i in order[:nv].tolist()]
        for h in chosen:
            pp.busy[h[0]] = True
        if len(chosen) < nv:
            extra = self.victims(r, nv - len(chosen), personas=["migrant", "farmer", "shopkeeper", "self_employed"])
            chosen += [(int(v), t_at(int(r.integers(1, NDAYS - 2)), 10), 0) for v in extra.tolist()]
        for v, th, box_sim in chosen:
            d = int((th - START) // DAY)
            i = int(r.integers(0, 3))
            t1 = t_at(min(NDAYS - 1, d + int(r.integers(0, 2))), 15 + r.random() * 3)
            t1 = max(t1, th + 1800)
            k.call(r, t1, int(mv[i]), v, int(r.integers(300, 900)), caller_imei=mimei[i], caller_imsi=mi[i],
                   caller_cell=cell)
            k.visit(r, v, t1 + np.cumsum(r.integers(60, 300, 3)), hosts[int(r.integers(0, 3)) if r.random() < .3 else 0],
                    "apply")
            k.install(v, t1 + 1200, app, "https://dl.xyjk-dai.com/xyjk.apk", t1 + 1300 + np.cumsum(r.integers(300, 9000, 6)))
            total, accts = 0.0, []
            tt = t1 + 2400
            for fee in [r.choice([699, 999, 1299]), r.choice([2000, 3000, 5000]), r.choice([3000, 6000, 10000])][
                    : int(r.integers(1, 4))]:
                a = self.l1(r, [self.l1_village])
                total += k.pay(r, v, tt, float(fee), a, "mobile_app" if r.random() < 0.7 else "third_party",
                               from_acct=pp.wallet[v] if pp.wallet[v] is not None and r.random() < 0.5 else None)
                accts.append(a)
                tt += int(r.integers(1800, 30000))
                if r.random() < 0.6:
                    k.call_back(r, tt - 900, v, int(mv[i]), int(r.integers(60, 400)))
            nums = [int(mv[i])] + ([box_sim] if box_sim else [])
            k.victim_report(r, v, tt, total, "loan", nums, accts, ["xyjk-dai.com"], [app], p=0.6, delay_h=(12, 150))

    # ------------------------------------------------------------------------------------------------ CQ10
    def cq10_face_swap(self):
        """AI face-swap: a short video call showing the son's or daughter's face ('bad signal, my phone broke,
        this is my new number'), a text, an urgent transfer to 'a friend's account'; and the boss's face asking
        the bookkeeper to pay a supplier."""
        w, pp, k = self.w, self.pp, self.k
        g = "CQ10"
        sch = "ai_face_swap_relative"
        r = w.rng("gang", g)
        cells = w.cells_of("qijiang")
        mv, mi = k.open_cards(r, 4, w.keys(r, 4, "idk_"), START - r.integers(3, 25, 4) * DAY, "YT-ONLINE", cells[2],
                              kind="mvno")
        phone = w.imeis(r, 1, "apple")[0]
        ph = w.numbers(r, 2, "foreign:PH")
        w.truth("msisdn", np.concatenate([mv, ph]), "fraud_caller", g, sch, START)
        has_kid = np.zeros(pp.N, dtype=bool)
        kids_of = {}
        for c, p in enumerate(pp.elder_parent.tolist()):
            if p >= 0:
                has_kid[p] = True
                kids_of.setdefault(p, c)
        vic = self.victims(r, w.n(5, 2), personas=["elderly", "farmer"], where=has_kid)
        tried = pp.pick(r, w.n(14, 4), personas=["elderly", "farmer"], where=has_kid, exclude_busy=True)
        for v in tried.tolist():  # those who were suspicious and rang their real child
            if pp.busy[v]:
                continue
            j = int(r.integers(0, 4))
            t0 = t_at(int(r.integers(1, NDAYS)), 10 + r.random() * 9)
            k.call(r, t0, int(mv[j]), v, int(r.integers(10, 30)), media="video", caller_imei=phone, caller_imsi=mi[j],
                   caller_cell=cells[j % len(cells)])
            kid = kids_of.get(v)
            if kid is not None:
                k.call(r, t0 + 300, pp.msisdn[v], kid, int(r.integers(60, 300)), caller_p=v)
        for v in vic.tolist():
            j = int(r.integers(0, 4))
            d0 = int(r.integers(2, NDAYS))
            t0 = t_at(d0, 10 + r.random() * 9)
            k.call(r, t0, int(mv[j]), v, int(r.integers(12, 40)), media="video", caller_imei=phone, caller_imsi=mi[j],
                   caller_cell=cells[j % len(cells)])
            k.sms(t0 + 120, int(mv[j]), receiver_p=np.array([v]),
                  content=np.array(["爸/妈，我手机摔坏了，这是新号码，刚才视频信号不好。朋友住院急用钱，你先帮我转给他，晚上还你"],
                                   dtype=object), sender_imei=phone, sender_cell=cells[j % len(cells)])
            k.call(r, t0 + 600, int(mv[j]), v, int(r.integers(60, 180)), caller_imei=phone, caller_imsi=mi[j],
                   caller_cell=cells[j % len(cells)])
            a = self.l1(r, [self.l1_students])
            tp = t0 + int(r.integers(1200, 3600))
            ch = "counter" if pp.wallet[v] is None else "mobile_app"
            total = k.pay(r, v, tp, float(r.choice([20000, 30000, 50000, 60000])), a, ch, initiated=ch != "counter")
            accts = [a]
            kid = kids_of.get(v)
            if kid is not None:
                k.call(r, tp + int(r.integers(1800, 14400)), pp.msisdn[v], kid, int(r.integers(120, 600)), caller_p=v)
            k.victim_report(r, v, tp + 3600, total, "acquaintance", [int(mv[j])], accts, [], [], p=0.9, delay_h=(1, 8))
        # the boss's face: bookkeepers in small firms (most of those tried hang up or check with the boss)
        for n in ph.tolist():
            tried = pp.pick(r, 6, personas=["office"], where=pp.team >= 0)
            for v in tried.tolist():
                k.call(r, t_at(int(r.integers(1, NDAYS)), 10 + r.random() * 7), n, v, int(r.integers(8, 30)),
                       media="video", result="answered" if r.random() < 0.6 else "no_answer")
        book = self.victims(r, w.n(2, 1), personas=["office"], where=pp.team >= 0)
        for v in book.tolist():
            t0 = t_at(int(r.integers(3, NDAYS)), 10 + r.random() * 6)
            n = int(ph[int(r.integers(0, 2))])
            k.call(r, t0, n, v, int(r.integers(15, 35)), media="video")
            a = self.l1(r, [self.l1_village, self.k.l2])
            src = pp.acct2[v] if pp.acct2[v] is not None else pp.acct[v]
            total = k.pay(r, v, t0 + 1800, float(r.choice([48000, 86000, 120000])), a, "mobile_app", from_acct=src)
            k.victim_report(r, v, t0 + 5400, total, "acquaintance", [n], [a], [], [], p=0.9, delay_h=(2, 30))

    # ------------------------------------------------------------------------------------------------ CQ11
    def cq11_game_trading(self):
        """Fake game-account trading: a teenager selling a skin is told the buyer's money is frozen and a
        'deposit' must be paid from the parents' card; QQ accounts on sold cards, a look-alike trading site."""
        w, pp, k = self.w, self.pp, self.k
        g = "CQ11"
        sch = "fake_game_trading"
        r = w.rng("gang", g)
        off = w.numbers(r, 2, "offnet", prefixes=[170, 171])
        w.truth("msisdn", off, "fraud_caller", g, sch, START)
        cards = self.take_sold(3, START, g, "gang_member", sch)
        for c in cards:
            k.platform_account(r, "qq", c["msisdn"], START - int(r.integers(5, 25)) * DAY, g, sch)
        hosts = ["jiaoyimao-kf.cn", "pzds-jy.com", "www.pzds-jy.com"]
        self.fraud_host_truth(hosts, g, sch)
        vic = self.victims(r, w.n(8, 2), personas=["teen"], where=np.array([a is not None for a in pp.acct.tolist()])
                           | np.array([a is not None for a in pp.wallet.tolist()]))
        for v in vic.tolist():
            d0 = int(r.integers(0, NDAYS))
            h0 = 19 + r.random() * 3 if dow(d0) < 5 else 13 + r.random() * 8
            t0 = t_at(d0, h0)
            n = int(off[int(r.integers(0, 2))])
            h = hosts[int(r.integers(0, 3))]
            k.visit(r, v, t0 - 600 + np.cumsum(r.integers(30, 200, 4)), h, "trade/order")
            k.call(r, t0, n, v, int(r.integers(300, 1200)))
            src = pp.wallet[v] if pp.wallet[v] is not None else pp.acct[v]
            total, accts = 0.0, []
            tt = t0 + 900
            for _j in range(int(r.integers(1, 4))):
                a = self.l1_students[int(r.integers(0, len(self.l1_students)))]
                total += k.pay(r, v, tt, float(r.choice([300, 500, 800, 1200, 2000, 3000])), a, "third_party",
                               from_acct=src)
                accts.append(a)
                tt += int(r.integers(300, 2400))
            par = pp.parent[v]
            if par >= 0:
                k.call(r, tt + int(r.integers(1800, 20000)), pp.msisdn[par], v, int(r.integers(60, 400)), caller_p=par)
            k.victim_report(r, v, tt, total, "other", [n], accts, [h], [], p=0.7, delay_h=(3, 40))

    # ------------------------------------------------------------------------------------------------ CQ12
    def cq12_shell_voip(self):
        """A 'business information consulting' company in Yuelai with twenty VoIP lines and four fixed lines
        opened together, calling in the stock market's trading hours to sell 'VIP stock groups'; fees go to the
        company's own account, 'investments' to a fake brokerage."""
        w, pp, k = self.w, self.pp, self.k
        g = "CQ12"
        sch = "stock_tips_shell_company"
        r = w.rng("gang", g)
        biz = w.keys(r, 1, "biz_")[0]
        rep = w.keys(r, 1, "idk_")[0]
        w.truth("id_key", np.array([biz, rep], dtype=object), "gang_member", g, sch)
        base = 862367180000 + int(r.integers(0, 80)) * 100
        lines = np.array([base + i for i in range(24)], dtype=np.int64)
        for x in lines.tolist():
            w.used_numbers.add(x)
        opened = START - 13 * DAY + 10 * HOUR + np.arange(24) * 180
        cell = w.cells_of("yuelai")[2]
        lt = np.array(["voip"] * 20 + ["fixed"] * 4, dtype=object)
        w.add("subscribers", msisdn=lines, imsi=np.zeros(24, dtype=np.int64), id_key=biz, id_type="business_license",
              customer_type="enterprise", line_type=lt, operator="YUTONG", open_time=opened,
              open_channel="YT-ENT-YUB-003", open_cell=np.full(24, cell), status="active", status_time=opened,
              is_prepaid=False, home_region="Yubei")
        w.truth("msisdn", lines, "fixed_voip_line", g, sch, START)
        host, app = "xhzq-vip.com", "com.xhzq.vip"
        self.fraud_host_truth([host, "m." + host], g, sch)
        w.truth("app", np.array([app], dtype=object), "fraud_app", g, sch)
        corp = k.mule_accounts(r, 2, biz, "Bank of Chongqing", START - 12 * DAY, lines[20], 1, g, sch)
        wts = np.ones(pp.N) * 0.4
        wts[(pp.persona == PIDX["elderly"]) & pp.in_main] = 2
        for kk in ("office", "self_employed", "civil", "teacher"):
            wts[pp.persona == PIDX[kk]] = 1.5
        for i, x in enumerate(lines.tolist()):
            ct = "voip" if lt[i] == "voip" else "fixed"
            for d in range(NDAYS):
                if dow(d) >= 5:
                    continue
                n = int(r.poisson(140 if i < 20 else 60))
                t = windows_times(r, d, n, [(9.5, 11.5), (13, 15)])
                _, pidx, res = k.dial(r, x, t, 0.3, 0.24, weights=wts, call_type=ct, gateway="SBC-YT-ENT-07")
                for a in np.nonzero((pidx >= 0) & (res == "answered"))[0][:1].tolist():
                    if r.random() < 0.05:
                        k.report(int(t[a]) + 3600, "msisdn", x, "fraud", "investment", None, "user_report")
        vic = self.victims(r, w.n(7, 2), personas=["elderly", "office", "self_employed", "civil", "teacher"],
                           age=(35, 75), main=True)
        for v in vic.tolist():
            d0 = int(r.integers(1, NDAYS - 3))
            while dow(d0) >= 5:
                d0 += 1
            x = int(lines[int(r.integers(0, 20))])
            t0 = t_at(d0, 9.7 + r.random() * 1.5)
            k.call(r, t0, x, v, int(r.integers(400, 1200)), call_type="voip", gateway="SBC-YT-ENT-07")
            k.call(r, t0 + DAY, x, v, int(r.integers(300, 900)), call_type="voip", gateway="SBC-YT-ENT-07")
            k.visit(r, v, t0 + DAY + np.cumsum(r.integers(60, 600, 5)), "m." + host, "vip")
            k.install(v, t0 + DAY + 3600, app, f"https://{host}/app/xh.apk", t0 + DAY + 3700 +
                      np.cumsum(r.integers(3600, 30000, 6)))
            total = k.pay(r, v, t0 + DAY + 1800, float(r.choice([3980, 9800, 19800])), corp[0], "mobile_app")
            accts = [corp[0]]
            tt = t0 + 2 * DAY + 3600
            for _ in range(int(r.integers(1, 3))):
                a = self.l1(r, [self.l1_village])
                total += k.pay(r, v, tt, float(r.choice([20000, 50000, 100000])), a, "mobile_app")
                accts.append(a)
                tt += int(r.integers(3600, 2 * DAY))
            k.victim_report(r, v, tt, total, "investment", [x], accts, [host], [app], p=0.6, delay_h=(24, 200))

    # ------------------------------------------------------------------------------------------------ CQ14
    def cq14_etc_phishing(self):
        """A car driving the Jiulongpo - Nanan - Banan ring roads with phones and a modem sending 'your ETC
        authentication has expired' and 'medical-insurance card annual check' texts; the page takes the card
        number and the one-time code, the money leaves by quick payment within minutes."""
        w, pp, k = self.w, self.pp, self.k
        g = "CQ14"
        sch = "etc_medical_phishing_sms"
        r = w.rng("gang", g)
        route = np.concatenate([w.cells_of(a) for a in ("yangjiaping", "xiejiawan", "shipingqiao", "nanping",
                                                        "danzishi", "lijiatuo", "yudong", "huaxi")])
        dev = w.imeis(r, 2, "module")
        w.truth("imei", dev, "simbox_device", g, sch)
        cards = self.take_sold(6, START + 9 * DAY, g, "fraud_sms_sender", sch, START + 9 * DAY)
        hosts = ["etc-rz.cn", "etc.rzfw-cq.top", "ybj-rz.cn"]
        self.fraud_host_truth(hosts, g, sch)
        txt = ["【ETC服务】您的ETC认证已失效，将影响正常通行，请于今日内登录 etc-rz.cn 重新认证。",
               "【ETC】尊敬的车主，您的ETC设备即将停用，点击 etc.rzfw-cq.top 办理年审",
               "【医保局】您的医保卡年度认证即将到期，逾期将停止报销，请点击 ybj-rz.cn 办理"]
        wts = np.ones(pp.N)
        wts[pp.persona == PIDX["driver"]] = 3
        wts[pp.persona == PIDX["elderly"]] = 1.5
        for i, c in enumerate(cards):
            for d in range(9, 15):
                if r.random() < 0.2:
                    continue
                n = int(r.poisson(330))
                t = windows_times(r, d, n, [(10, 20)])
                seg = ((t - t[0]) // 900 + i * 5 + d) % len(route) if n else t
                rn, rp, _ = k.pick_targets(r, n, 0.7, wts)
                emit_sms(w, pp, t, np.full(n, c["msisdn"]), rn, np.array(txt, dtype=object)[r.integers(0, 3, n)],
                         sender_imei=dev[i % 2], sender_cell=route[seg] if n else -1)
                w.add("device", time=np.array([t_at(d, 9.8)]), msisdn=np.array([c["msisdn"]]), imsi=np.array([c["imsi"]]),
                      imei=np.array([dev[i % 2]]), cell=np.array([route[(i * 5 + d) % len(route)]]), event="attach",
                      roaming_country=None, bytes=np.zeros(1, dtype=np.int64))
        vic = self.victims(r, w.n(10, 3), personas=["driver", "office", "self_employed", "elderly", "shopkeeper"],
                           where=np.array([a is not None for a in pp.acct.tolist()]))
        for v in vic.tolist():
            d0 = int(r.integers(9, 15))
            t0 = t_at(d0, 10.5 + r.random() * 9)
            c = cards[int(r.integers(0, len(cards)))] if cards else None
            j = int(r.integers(0, 3))
            if c:
                k.sms(t0, c["msisdn"], receiver_p=np.array([v]), content=np.array([txt[j]], dtype=object),
                      sender_imei=dev[0], sender_cell=route[int(r.integers(0, len(route)))])
            h = hosts[j]
            k.visit(r, v, t0 + np.cumsum(r.integers(60, 1200, 3)), h, "rz/index")
            bank = pp.bank[v]
            from texts import BANK_SENDER
            bs = BANK_SENDER.get(bank, (95588, "工商银行"))
            tt = t0 + 1500
            total, accts = 0.0, []
            for _j in range(int(r.integers(1, 4))):
                k.sms(tt - 60, bs[0], receiver_p=np.array([v]),
                      content=np.array([f"【{bs[1]}】验证码{int(r.integers(100000, 999999))}，您正在进行快捷支付绑卡，"
                                        "请勿告诉他人。"], dtype=object))
                a = self.l1(r, [self.l1_village])
                total += k.pay(r, v, tt, float(r.integers(1800, 19999)), a, "third_party", initiated=False)
                accts.append(a)
                tt += int(r.integers(120, 900))
            nums = [c["msisdn"]] if c else []
            k.victim_report(r, v, tt, total, "other", nums, accts, [h], [], p=0.7, delay_h=(1, 30))
