"""The labels a provincial anti-fraud centre holds: police reports, user complaints, bank alerts, internal
reviews, and the operator's lists. Partial (most victims never report, most fraud numbers are never named)
and noisy (complaints about debt collectors and telemarketers, a wrong number in a victim's statement, an
honest site reported as phishing, expired block entries)."""

from __future__ import annotations

import numpy as np

from .behave import Ctx, ent
from .core import DAY


def _first_seen(ctx: Ctx, numbers: np.ndarray) -> np.ndarray:
    """Earliest call or SMS of each number in the fortnight (-1 if none)."""
    numbers = np.asarray(numbers)
    srt = np.unique(numbers)
    best = np.full(srt.size, np.iinfo(np.int64).max)
    for rt, who, tcol in (("voice", "caller", "start_time"), ("sms", "sender", "send_time")):
        for ch in ctx.sink.chunks[rt]:
            m = np.isin(ch[who], srt)
            if m.any():
                pos = np.searchsorted(srt, ch[who][m])
                np.minimum.at(best, pos, ch[tcol][m])
    out = best[np.searchsorted(srt, numbers)]
    return np.where(out == np.iinfo(np.int64).max, -1, out)


class Reports:
    def __init__(self, ctx: Ctx):
        self.ctx = ctx
        self.parts = []

    def add(self, t, etype, kind, values, label, fraud_type=None, loss=None, source="police"):
        values = np.asarray(values)
        n = values.size
        if n == 0:
            return
        t = np.broadcast_to(np.asarray(t, dtype=np.int64), (n,))
        self.ctx.sink.add("reports", n=n, time=t, entity_type=etype, entity=ent(kind, values), label=label,
                          fraud_type=fraud_type if isinstance(fraud_type, (str, type(None))) else np.asarray(fraud_type),
                          loss_amount=np.nan if loss is None else np.broadcast_to(np.asarray(loss, float), (n,)),
                          source=source)


def make(ctx: Ctx):
    W, cal = ctx.W, ctx.cal
    rng = ctx.S.get("labels")
    R = Reports(ctx)
    end = cal.t_end - 1800
    ftypes = np.array(["impersonate_police", "loan", "customer_service", "acquaintance", "investment", "romance",
                       "part_time_job", "other"], dtype=object)

    # ---- before the fortnight: earlier cases (context the centre already had)
    prior = ctx.extra["prior_victims"]
    n = prior.size
    tp = cal.t0 - rng.integers(5, 120, n) * DAY + rng.integers(8 * 3600, 20 * 3600, n)
    ft = ftypes[rng.integers(0, ftypes.size, n)]
    loss = np.round(np.exp(rng.normal(np.log(8000), 1.0, n)), -1)
    R.add(tp, "msisdn", "n", W.sims["msisdn"][prior], "victim", ft, loss, "police")
    old_fraud = np.r_[W.new_other_numbers(rng, n // 2), W.foreign_numbers(rng, "KH", n - n // 2)]
    R.add(tp + rng.integers(0, 3600, n), "msisdn", "n", old_fraud, "fraud", ft, None, "police")
    old_mule = W.outside_accounts(rng, max(3, n // 4))
    R.add(tp[: old_mule.size] + 7200, "account", "n", old_mule, "fraud", ft[: old_mule.size], None, "bank")
    sellers = ctx.extra["card_sellers"]
    s_old = sellers[rng.random(sellers.size) < 0.3]
    R.add(cal.t0 - rng.integers(60, 200, s_old.size) * DAY, "id_key", "k", W.persons["id_key"][s_old], "card_seller",
          "other", None, "police")

    # ---- victims who report during the fortnight
    for case in ctx.cases:
        v = case["victim"]
        loss = case["loss"]
        paid = loss > 0
        p = np.where(paid, np.clip(0.22 + 0.25 * (loss > 5000) + 0.2 * (loss > 50000), 0, 0.8), 0.04)
        rep = rng.random(v.size) < p
        delay = (rng.exponential(20, v.size) * 3600).astype(np.int64) + 1800
        t = case["last"] + delay
        rep &= t < end
        i = np.flatnonzero(rep)
        if i.size == 0:
            continue
        src = np.where(rng.random(i.size) < 0.85, "police", "user_report").astype(object)
        R.add(t[i], "msisdn", "n", v[i], "victim", case["fraud_type"], loss[i], src)
        contact = np.broadcast_to(case["contact"], v.shape)[i]
        wrong = rng.random(i.size) < 0.06  # the statement names the wrong number (a relative's, a shop's)
        contact = np.where(wrong, W.other_mobile[rng.integers(0, W.other_mobile.size, i.size)], contact)
        named = rng.random(i.size) < 0.8
        R.add(t[i][named] + 600, "msisdn", "n", contact[named], "fraud", case["fraud_type"], None, "police")
        mule = case["mule"][i]
        j = mule > 0
        R.add(t[i][j] + 900, "account", "n", mule[j], "fraud", case["fraud_type"], None, "police")
        if case["domain"] is not None and isinstance(case["domain"], str):
            k = rng.random(i.size) < 0.3
            R.add(t[i][k] + 1200, "domain", "s", np.full(int(k.sum()), case["domain"], dtype=object), "fraud",
                  case["fraud_type"], None, "police")
        if case["app"] is not None:
            k = rng.random(i.size) < 0.25
            R.add(t[i][k] + 1300, "app", "s", np.full(int(k.sum()), case["app"], dtype=object), "fraud",
                  case["fraud_type"], None, "police")

    # ---- complaints from people the fraud numbers reached
    for f in ctx.fraud_numbers:
        nums = np.unique(f["numbers"])
        fs = _first_seen(ctx, nums)
        p = 0.2 * f["exposure"]
        k = (rng.random(nums.size) < p) & (fs >= 0)
        t = fs[k] + rng.integers(3600, 2 * DAY, int(k.sum()))
        ok = t < end
        R.add(t[ok], "msisdn", "n", nums[k][ok], "fraud", f["fraud_type"], None, "user_report")
    # ---- complaints about honest callers (noise labelled fraud)
    for c in ctx.complaints:
        nums = c["numbers"]
        k = rng.random(nums.size) < min(0.9, c["rate"] * 40)
        t = cal.t0 + rng.integers(DAY, cal.days * DAY - 3600, int(k.sum()))
        R.add(t, "msisdn", "n", nums[k], "fraud", "other" if "loan" not in c["kind"] else "loan", None, "user_report")

    # ---- banks: alerts on mule accounts (and a couple of honest accounts with odd flows)
    l1 = ctx.extra["mules_l1"]
    k = rng.random(l1.size) < 0.4
    R.add(cal.t0 + rng.integers(3 * DAY, cal.days * DAY - 3600, int(k.sum())), "account", "n", l1[k], "fraud", "other",
          None, "bank")
    truth = ctx.sink.table("truth_entities")
    role = np.asarray(ctx.V.strings("role"), dtype=object)[truth["role"]]
    honest_acc = truth["entity"][(role == "lookalike:contractor_backpay") | (role == "lookalike:medical_crowdfund")]
    honest_acc = honest_acc[np.char.str_len(honest_acc.astype(str)) == 16]
    k = rng.random(honest_acc.size) < 0.25
    R.add(cal.t0 + rng.integers(DAY, cal.days * DAY - 3600, int(k.sum())), "account", "s", honest_acc[k], "fraud",
          "other", None, "bank")
    # ---- card sellers caught during the fortnight
    k = rng.random(sellers.size) < 0.25
    R.add(cal.t0 + rng.integers(2 * DAY, cal.days * DAY - 3600, int(k.sum())), "id_key", "k",
          W.persons["id_key"][sellers[k]], "card_seller", "other", None, "police")
    # ---- phishing domains reported by users, and one honest site reported by mistake
    doms = np.asarray(ctx.extra.get("g06_domains", []), dtype=object)
    k = rng.random(doms.size) < 0.35
    R.add(cal.t0 + rng.integers(2 * DAY, cal.days * DAY - 3600, int(k.sum())), "domain", "s", doms[k], "fraud",
          "customer_service", None, "user_report")
    R.add(cal.t0 + 5 * DAY + 3600 * 15, "domain", "s", np.array(["pingyao-dh2034.cn"], dtype=object), "fraud",
          "customer_service", None, "user_report")
    # ---- internal reviews: honest numbers checked after complaints (benign)
    look = truth["entity"][np.char.startswith(role.astype(str), "lookalike:") &
                           (np.asarray(ctx.V.strings("etype"), dtype=object)[truth["entity_type"]] == "msisdn")]
    k = rng.random(look.size) < 0.04
    R.add(cal.t0 + rng.integers(DAY, cal.days * DAY - 3600, int(k.sum())), "msisdn", "s", look[k], "benign", None,
          None, "internal")

    _lists(ctx, rng, old_fraud, tp)


def _lists(ctx: Ctx, rng, old_fraud, t_old):
    W, cal = ctx.W, ctx.cal

    def add(etype, kind, values, lst, reason, added, expires=-1):
        values = np.asarray(values)
        if values.size == 0:
            return
        ctx.sink.add("lists", n=values.size, entity_type=etype, entity=ent(kind, values), list=lst, reason=reason,
                     added_time=np.broadcast_to(np.asarray(added, dtype=np.int64), values.shape),
                     expires_time=np.broadcast_to(np.asarray(expires, dtype=np.int64), values.shape))

    # block: numbers from earlier cases; a third of the entries have expired
    exp = np.where(rng.random(old_fraud.size) < 0.33, t_old + 30 * DAY, t_old + 180 * DAY)
    add("msisdn", "n", old_fraud, "block", "police_case", t_old + DAY, exp)
    add("domain", "s", np.array(["ybj-sx-gov.cc", "sx-ybk.xyz", "gat-gov.top"], dtype=object), "block",
        "phishing_site", cal.t0 - np.array([40, 90, 200]) * DAY)
    # the SMS cat's parent domain blocked from the fourth day on (after the first complaints)
    add("domain", "s", np.array(["sx-rl-tf.top"], dtype=object), "block", "wildcard_phishing",
        cal.t0 + min(3, cal.days - 1) * DAY + 10 * 3600)
    # allow: registered enterprise and service senders
    truth = ctx.sink.table("truth_entities")
    role = np.asarray(ctx.V.strings("role"), dtype=object)[truth["role"]]
    etype = np.asarray(ctx.V.strings("etype"), dtype=object)[truth["entity_type"]]
    allow_kinds = ["bank_outbound_line", "hospital_followup", "antifraud_callback", "gov_notice_sms",
                   "pension_verification", "antifraud_sms", "lantern_official_sms", "taxi_dispatch"]
    m = np.isin(role, ["lookalike:" + k for k in allow_kinds]) & (etype == "msisdn")
    add("msisdn", "s", truth["entity"][m], "allow", "registered_service_number", cal.t0 - 300 * DAY)
    add("msisdn", "n", np.array(sorted(ctx.extra["a2p"].values())), "allow", "registered_service_number",
        cal.t0 - 900 * DAY)
    # watch: IDs with many cards (card sellers and honest families alike), one agent's recent cards
    per = W.sims["person"]
    counts = np.bincount(per, minlength=len(W.persons))
    many = np.flatnonzero(counts >= 5)
    many = many[rng.random(many.size) < 0.6]
    add("id_key", "k", W.persons["id_key"][many], "watch", "many_cards_one_id", cal.t0 + rng.integers(0, 5 * DAY, many.size))
    agent = W.shop("JY-LL-A103")
    recent = np.flatnonzero((W.sims["channel"] == agent) & (W.sims["open_time"] > cal.t0 - 30 * DAY))
    recent = recent[rng.random(recent.size) < 0.5]
    add("msisdn", "n", W.sims["msisdn"][recent], "watch", "agent_bulk_opening", cal.t0 + 2 * DAY)
    # high-risk regions: cells of villages known for card selling and relay phones
    cells = np.concatenate([W.place_cells["LX"], W.place_cells["XX"], W.place_cells["FYV"], W.place_cells["YCV"]])
    names = np.asarray(W.cell_names, dtype=object)[cells]
    add("cell", "s", names, "high_risk_region", "card_selling_villages", cal.t0 - 150 * DAY)

