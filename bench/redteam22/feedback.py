"""Feedback the platform learns from, with realistic delays and mistakes: reports/ (police reports of earlier
fraud, victims' reports days after the loss - those after the export end are absent -, users' complaints,
wrong ones against look-alikes among them, granted appeals marked benign, bank flags, the operator's own
suspensions) and lists/ (allow, block, watch, high-risk regions)."""

from __future__ import annotations

import os

import numpy as np
from catalog import SERVICE
from registry import INTL
from texts import BANK_NUM
from world import DAY, HOUR, MIN, START, World
from writer import write_rows

LA_COMPLAIN = {  # look-alike kinds people complain about, with the fraud type they think it is
    "debt_collector": "loan", "debt_collector_voip": "loan", "telesales_insurance": "other",
    "telesales_education": "other", "real_estate_agent": "other", "medins_bureau_reminder": "impersonate_police",
    "heating_cs_outbound": "customer_service", "express_cs_legit": "customer_service", "courier_peak": "other",
    "heating_repair_crew": "customer_service", "privacy_number_pool": "other", "bank_wealth_seller": "investment",
    "securities_advisor": "investment", "lottery_shop": "other", "weishang_microtrader": "other",
    "stats_survey_line": "other", "police_antifraud_volunteer": "impersonate_police", "ice_tour_guide_newcard": "other",
    "school_teacher_notice": "other", "new_year_party_organiser": "other", "bank_marketing_shortlink": "other",
    "medins_sms_port": "impersonate_police", "operator_outbound_cs": "customer_service",
}
APPEAL_KINDS = ("courier_peak", "real_estate_agent", "ski_resort_staff", "ice_tour_guide_newcard", "debt_collector",
                "student_newcard_many_accounts", "migrant_worker_returning", "heating_repair_crew",
                "driving_school_coach", "fireworks_stall")


class Rows:
    def __init__(self, w, rng):
        self.w, self.rng = w, rng
        self.rows = []

    def add(self, t, etype, entity, label, ftype=None, loss=None, source="police"):
        self.rows.append([None, int(t), etype, str(entity), label, ftype, loss, source])


def feedback(w: World, out: str) -> dict:
    rng = w.rng("feedback")
    reg, R = w.reg, w.R
    fb = w.fb
    rep = Rows(w, rng)
    acct_txt = lambda a: reg.acct_text(np.atleast_1d(np.asarray(a, np.int64)))[0].decode()  # noqa: E731
    id_txt = lambda a: reg.id_text(np.atleast_1d(np.asarray(a, np.int64)))[0].decode()  # noqa: E731
    end = w.end
    ftypes = ["impersonate_police", "loan", "customer_service", "acquaintance", "investment", "romance",
              "part_time_job", "other"]

    # ---- earlier police reports: numbers, sites and accounts of earlier campaigns ----
    hist_nums = np.concatenate([reg.ext_mobile(w.n(110), rng), reg.own_mobile(w.n(30)),
                                reg.intl(w.n(20), "KH", rng), reg.intl(w.n(10), "MM", rng),
                                reg.fixed(w.n(15), "Shenyang", lead=(3, 3), rng=rng, register=False)])
    ht = START - rng.integers(2 * DAY, 85 * DAY, len(hist_nums))
    hf = rng.choice(ftypes, len(hist_nums), p=[.2, .18, .2, .08, .12, .04, .1, .08])
    for x, t, f in zip(hist_nums, ht, hf, strict=True):
        rep.add(t, "msisdn", x, "fraud", f, None, "police" if rng.random() < 0.7 else "user_report")
    hist_dom = [f"{a}-{k}.{tld}" for a, k, tld in zip(
        rng.choice(["gongjijin", "tuikuan", "etc-renz", "yibao", "kuaidi-lp", "daikuan", "huobi", "shuadan",
                    "jiaoyi", "hongbao"], w.n(40)), rng.integers(10, 999, w.n(40)),
        rng.choice(["top", "cc", "vip", "xyz", "cyou", "com"], w.n(40)), strict=True)]
    for d in hist_dom:
        rep.add(START - rng.integers(3 * DAY, 80 * DAY), "domain", d, "fraud", rng.choice(ftypes), None, "police")
    hist_acct = reg.accounts(w.n(60))
    for a in hist_acct:
        rep.add(START - rng.integers(2 * DAY, 80 * DAY), "account", acct_txt(a), "fraud", None, None, "bank")
    # earlier victims (not in this export's losses)
    for x in R.msisdn[rng.choice(R.n, w.n(25), replace=False)]:
        rep.add(START - rng.integers(5 * DAY, 80 * DAY), "msisdn", x, "victim", rng.choice(ftypes),
                float(np.round(rng.lognormal(np.log(15000), 1.0), 0)), "police")
    # some of this winter's gangs were already known: a site or an account from an earlier wave
    known = [("domain", "pfjs.vip", "other", "police", 18), ("domain", "hxtz-vip.com", "investment", "police", 12),
             ("domain", "sfga-gov.com", "impersonate_police", "police", 25), ("domain", "jdkx-app.com", "loan", "user_report", 6),
             ("app", "com.pfjs.app", "other", "police", 30), ("app", "com.jdkx.daikuan", "loan", "police", 9)]
    for et, e, f, src, ago in known:
        rep.add(START - ago * DAY - rng.integers(0, DAY), et, e, "fraud", f, None, src)
    # the card-selling crackdown of December: sellers seen before (a third of them)
    for ids, nums, _gid in fb["sellers"]:
        m = rng.random(len(ids)) < 0.33
        for i, x in zip(ids[m], nums[m], strict=True):
            t = START - rng.integers(5 * DAY, 30 * DAY)
            rep.add(t, "id_key", id_txt(i), "card_seller", None, None, "police")
            if rng.random() < 0.5:
                rep.add(t, "msisdn", x, "card_seller", None, None, "police")
    # the bank's earlier flags on the village bank cards (a few)
    pools = w.money.pools
    for a in pools["g12_bank"]["accts"][:3]:
        rep.add(START - rng.integers(DAY, 10 * DAY), "account", acct_txt(a), "fraud", None, None, "bank")

    # ---- victims' reports during the window, days after the loss ----
    first_loss = {}
    for v, t, amt, to, cnum, gid, ftype, dom in fb["losses"]:
        for i in range(len(v)):
            key = int(R.msisdn[v[i]])
            cur = first_loss.get(key)
            if cur is None:
                first_loss[key] = [int(t[i]), float(amt[i]), int(to[i]), int(cnum[i]), ftype, dom, gid]
            else:
                cur[1] += float(amt[i])
    la_nums = np.concatenate([x[1] for x in fb["la"] if len(x[1])]) if fb["la"] else np.zeros(0, np.int64)
    for vnum, (t, amt, to, cnum, ftype, dom, _gid) in first_loss.items():
        delay = int(rng.lognormal(np.log(1.4 * DAY), 0.9))
        tr = t + delay
        if tr >= end:
            continue  # reported after the export: absent
        rep.add(tr, "msisdn", vnum, "victim", ftype, round(amt, 2), "police")
        if cnum > 0:
            wrong = rng.random() < 0.06 and len(la_nums)
            rep.add(tr, "msisdn", la_nums[rng.integers(0, len(la_nums))] if wrong else cnum, "fraud", ftype, None,
                    "police")
        if rng.random() < 0.8:
            rep.add(tr + rng.integers(0, 3 * HOUR), "account", acct_txt(to), "fraud", ftype, None, "police")
        if dom and rng.random() < 0.6:
            rep.add(tr + rng.integers(0, 6 * HOUR), "domain", dom, "fraud", ftype, None, "police")
        if rng.random() < 0.35:  # the bank's own flag on the receiving account follows
            rep.add(tr + rng.integers(HOUR, DAY), "account", acct_txt(to), "fraud", None, None, "bank")

    # ---- users' complaints about numbers that called or texted them ----
    for nums, _res, t, _gid, ftype in fb["contacts"]:
        u, first, cnt = np.unique(nums, return_index=True, return_counts=True)
        p = 1 - (1 - 0.015) ** cnt
        m = rng.random(len(u)) < p
        for x, i in zip(u[m], first[m], strict=True):
            tr = int(t[i]) + int(rng.integers(20 * MIN, 30 * HOUR))
            if tr < end:
                rep.add(tr, "msisdn", x, "fraud", ftype, None, "user_report")
    for nums, _res, t, kind in fb["la_contacts"]:
        if kind not in LA_COMPLAIN:
            continue
        u, first, cnt = np.unique(nums, return_index=True, return_counts=True)
        p = 1 - (1 - 0.004) ** cnt
        m = rng.random(len(u)) < p
        for x, i in zip(u[m], first[m], strict=True):
            tr = int(t[i]) + int(rng.integers(HOUR, 2 * DAY))
            if tr < end:
                rep.add(tr, "msisdn", x, "fraud", LA_COMPLAIN[kind], None, "user_report")
    # ---- the operator's own suspensions of den cards ----
    for nums, ts in fb["suspended"]:
        for x, t in zip(nums, ts, strict=True):
            if t < end:
                rep.add(t, "msisdn", x, "fraud", None, None, "internal")
    # ---- appeals granted: look-alikes suspended on new-card or complaint rules, reinstated ----
    for kind, nums, _s in fb["la"]:
        if kind in APPEAL_KINDS and len(nums):
            m = rng.random(len(nums)) < 0.3
            ta = START + rng.integers(DAY, (w.days - 1) * DAY, int(m.sum()))
            for x, t in zip(nums[m], ta, strict=True):
                rep.add(t, "msisdn", x, "benign", None, None, "internal")
            w.sub_status.append((nums[m], "active", ta))
    # ---- the banks' flags: quick in-and-out accounts (right and wrong) ----
    for name in ("g13_students", "g14_paofen", "g12_bank", "g10_corp"):
        if name not in pools:
            continue
        for a in pools[name]["accts"]:
            if rng.random() < 0.25:
                rep.add(START + rng.integers(2 * DAY, (w.days + 3) * DAY), "account", acct_txt(a), "fraud", None, None,
                        "bank")
    wrong_acct_kinds = ("market_vendor_qr", "heating_fee_agent", "kp_trade_payment_agent", "daigou_dalian",
                        "used_car_dealer")
    for t in w.truth.rows:
        if t[0] == "account" and t[2].startswith("lookalike:") and t[2][10:] in wrong_acct_kinds:
            for a in t[1]:
                if rng.random() < 0.3:
                    rep.add(START + rng.integers(DAY, (w.days - 1) * DAY), "account", acct_txt(a), "fraud", None,
                            None, "bank")
    rows = [r for r in rep.rows if r[1] < end]
    rows.sort(key=lambda r: (r[1], r[2], r[3]))
    for i, r in enumerate(rows):
        r[0] = f"R{w.seed % 1000:03d}{i + 1:07d}"
    n_rep = write_rows(os.path.join(out, "reports", "reports.csv"),
                       ["report_id", "time", "entity_type", "entity", "label", "fraud_type", "loss_amount", "source"],
                       [tuple(r) for r in rows], time_cols=("time",))

    # ---- lists ----
    lst = []

    def L(et, e, name, reason, added, expires=None):
        lst.append((et, str(e), name, reason, int(added), None if expires is None else int(expires)))

    for name, num in list(SERVICE.items()):
        if name in ("promo",):
            continue
        L("msisdn", num, "allow", f"service number {name}", START - 400 * DAY)
    for b, num in BANK_NUM.items():
        L("msisdn", num, "allow", f"bank hotline {b}", START - 500 * DAY)
    for kind, nums, _s in fb["la"]:
        if kind in ("heating_cs_outbound", "medins_bureau_reminder", "express_cs_legit", "operator_outbound_cs",
                    "hospital_followup"):
            for x in nums[: max(1, len(nums) - 1)]:  # one line missing from the list
                L("msisdn", x, "allow", f"registered enterprise line ({kind})", START - rng.integers(30, 300) * DAY)
    for x in fb.get("voip_allow", []):  # a mistake: the shell firm registered its lines as a courier hotline
        L("msisdn", x, "allow", "registered enterprise line (express compensation hotline)", START - 20 * DAY)
    for d in ("nhsa.gov.cn", "lnzwfw.gov.cn", "12306.cn", "icbc.com.cn", "ccb.com", "gjfzpt.cn", "fuwu.lnhsa.gov.cn",
              "mz.shenyang.gov.cn", "pay.sjheat.com.cn"):
        L("domain", d, "allow", "government or bank site", START - 300 * DAY)
    for x, t in zip(hist_nums, ht, strict=True):
        if rng.random() < 0.6:
            exp = t + 180 * DAY if rng.random() < 0.8 else t + 30 * DAY  # some entries already expired
            L("msisdn", x, "block", "reported fraud number", t + DAY, exp)
    for d in hist_dom:
        if rng.random() < 0.7:
            L("domain", d, "block", "reported phishing site", START - rng.integers(2, 70) * DAY)
    # blocks added during the window after police reports (the wildcard's base only: hosts still resolve)
    for et, e, day, reason in (("domain", "gnrl-tf.top", 3, "heating refund phishing"),
                               ("domain", "etc-lnjt.cc", 5, "ETC phishing"), ("domain", "pfjs.vip", -10, "跑分 platform"),
                               ("app", "com.pfjs.app", -9, "跑分 app"), ("domain", "hxtz-vip.com", 8, "fake brokerage")):
        t = START + day * DAY + int(rng.integers(9 * HOUR, 18 * HOUR))
        if t < end:
            L(et, e, "block", reason, t)
    for ips, gid in fb["ips"][:2]:
        L("ip", ips[0], "block", f"phishing host ({gid})", START + int(rng.integers(2, 6)) * DAY)
    # mistakes: complained-about look-alikes blocked, one expired block on an innocent number
    for kind, nums, _s in fb["la"]:
        if kind in ("debt_collector", "telesales_insurance") and len(nums):
            L("msisdn", nums[0], "block", "many complaints", START + int(rng.integers(1, 5)) * DAY)
        if kind == "courier_peak" and len(nums):
            L("msisdn", nums[0], "block", "reported as fraud", START - 40 * DAY, START - 10 * DAY)
        if kind == "short_link_service":
            L("domain", "t.cn", "block", "short links in phishing SMS", START - 15 * DAY)
        if kind in ("ski_resort_staff", "foreign_student_passport", "student_newcard_many_accounts") and len(nums):
            for x in nums[:2]:
                L("msisdn", x, "watch", "new card, many strangers", START + int(rng.integers(0, 4)) * DAY)
    for ids, _nums, _gid in fb["sellers"]:
        for i in ids[rng.random(len(ids)) < 0.25]:
            L("id_key", id_txt(i), "watch", "card-selling village", START - rng.integers(5, 40) * DAY)
    for nums, _t0, _gid, _ftype, kind in fb["numbers"]:
        if kind == "card_buyer":
            for x in nums:
                L("msisdn", x, "watch", "suspected card buyer", START - 20 * DAY)
    for cc in ("KH", "MM", "PH", "LA", "VN", "TH", "MY", "AE", "TR", "ID"):
        L("msisdn", INTL[cc][0], "high_risk_region", f"country code {cc}: scam compounds", START - 365 * DAY)
    L("msisdn", INTL["KP"][0], "high_risk_region", "country code KP (over-broad entry)", START - 90 * DAY)
    for a in ("Zhangwu", "Changtu", "Suizhong"):
        cells = w.cells
        ai = cells.area_idx(a)
        for c in range(cells.area_off[ai], cells.area_off[ai] + min(3, cells.area_cnt[ai])):
            L("cell", cells.names[c], "high_risk_region", f"card-selling villages ({a})", START - 60 * DAY)
    n_lst = write_rows(os.path.join(out, "lists", "lists.csv"),
                       ["entity_type", "entity", "list", "reason", "added_time", "expires_time"], lst,
                       time_cols=("added_time", "expires_time"))
    w.notes["reports"] = n_rep
    w.notes["lists"] = n_lst
    w.notes["report_rows"] = rows
    w.notes["list_rows"] = lst
    return {"reports": n_rep, "lists": n_lst}
