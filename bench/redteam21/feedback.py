"""What the anti-fraud centre already knew before the week, and the operator's lists: police reports of last
month's fraud numbers and sites, confirmed card sellers, bank-flagged mule accounts, users' complaints (some
of them wrong), appeals granted, allow lists of official senders, block lists and high-risk areas."""

from __future__ import annotations

import numpy as np
from acts import new_cards
from base import SERVICES
from world import DAY, HOUR, World


def generate(w: World) -> None:
    rng = w.rng
    L = w.T["lists"]
    # last month's cards of the same village sellers: used, reported, closed
    c = w.cards["G05"]
    sellers = np.unique(c["seller"])
    old_sellers = sellers[rng.random(len(sellers)) < 0.35]
    k = len(old_sellers)
    opened = w.t0 - rng.integers(50, 90, k) * DAY + rng.integers(9 * HOUR, 17 * HOUR, k)
    closed_t = opened + rng.integers(8, 25, k) * DAY
    num, _ = new_cards(w, k, w.p_id[old_sellers], opened, channel="WT-FY-LQ-A07", region="Fuyang", status="closed",
                       status_time=closed_t)
    rt = closed_t - rng.integers(1, 5, k) * DAY
    w.report(rt, "msisdn", num, "fraud", "customer_service", None, "police")
    L.add(entity_type="msisdn", entity=[str(x) for x in num.tolist()], list="block", reason="police report: fraud calls",
          added_time=rt + DAY)
    # confirmed card sellers (earlier police operation in Linquan)
    conf = old_sellers[: max(1, k // 3)]
    ids = [w.ids[i] for i in w.p_id[conf].tolist()]
    w.report(w.t0 - rng.integers(20, 40, len(ids)) * DAY, "id_key", ids, "card_seller", None, None, "police")
    L.add(entity_type="id_key", entity=ids, list="watch", reason="card seller confirmed by police (断卡行动)",
          added_time=w.t0 - 15 * DAY, expires_time=w.t0 + 350 * DAY)
    # older phishing and loan sites of the same gangs
    old_dom = ["rs-ahrz.com", "ahrs-renzheng.cn", "axj-daikuan.cc", "12306-tuipiao.net", "gaj-anquan.net"]
    w.report(w.t0 - rng.integers(5, 50, len(old_dom)) * DAY, "domain", old_dom, "fraud", "other", None, "police")
    L.add(entity_type="domain", entity=old_dom, list="block", reason="phishing / fraud site (police notice)",
          added_time=w.t0 - 4 * DAY)
    # a user flagged the loan site and a cemetery line days ago; the bank flagged three mule accounts
    w.report(np.array([w.t0 - 3 * DAY]), "domain", ["axj-loan.cc"], "fraud", "loan", None, "user_report")
    g14 = w.fraud_lines["G14"][:2]
    w.report(w.t0 - np.array([6, 2]) * DAY + 11 * HOUR, "msisdn", g14, "fraud", "investment", None, "user_report")
    m = w.mules[rng.choice(len(w.mules), 3, replace=False)]
    w.report(w.t0 - rng.integers(1, 10, 3) * DAY, "account", [w.accounts[i] for i in m.tolist()], "fraud", "other",
             None, "bank")
    # wrong or half-right complaints about look-alikes, and appeals granted
    noisy = [("debt_collector", 3), ("real_estate_agent_cold_caller", 2), ("insurance_telesales_voip", 2),
             ("tour_guide_fresh_card", 1), ("tea_merchant_bulk_caller", 1), ("privacy_number_pool", 1),
             ("grave_sweeping_service_caller", 1)]
    for kind, nn in noisy:
        nums = w.la[kind]["num"][:nn]
        t = w.t0 + rng.integers(-20, w.days, len(nums)) * DAY + rng.integers(9 * HOUR, 21 * HOUR, len(nums))
        t = np.minimum(t, w.t_end - HOUR)
        w.report(t, "msisdn", nums, "fraud", "other", None, "user_report")
    for kind in ("debt_collector", "tour_guide_fresh_card"):
        nums = w.la[kind]["num"][:1]
        w.report(np.array([w.t0 + 2 * DAY + 15 * HOUR]), "msisdn", nums, "benign", None, None, "internal")
    # allow lists: official senders and registered enterprise lines
    allow = [int(s[0]) for s in SERVICES] + [8612333, 861069012333, 861069559888, 861069119119, 861069555011,
                                            861069555012]
    allow += w.la["bank_fraud_alert_caller"]["num"].tolist()
    allow += w.la["privacy_number_pool"]["num"][:5].tolist() + w.la["hospital_followup_fixed"]["num"][:2].tolist()
    L.add(entity_type="msisdn", entity=[str(x) for x in allow], list="allow",
          reason="registered service / enterprise number", added_time=w.t0 - 400 * DAY)
    # high-risk areas (historic card-selling hotspots) by cell
    cells = np.concatenate([w.area_cells["fy_linquan"][:8], w.area_cells["bz_lixin"][:4]])
    L.add(entity_type="cell", entity=[w.cell_names[i] for i in cells.tolist()], list="high_risk_region",
          reason="card-selling hotspot (断卡重点地区)", added_time=w.t0 - 120 * DAY)
    # benign entities worth counting: official senders, shops' and employers' accounts paid by (or paying) many
    w.truth("msisdn", [s[0] for s in SERVICES], "benign", None, "service_code")
    w.truth_accounts(w.merchant_accts, "benign", None, "merchant_account")
    w.truth_accounts(w.employer_accts, "benign", None, "payroll_or_pension_account")
