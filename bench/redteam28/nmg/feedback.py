"""Reports and lists: what the anti-fraud centre already knows.

Reports: victims who go to the police (about 45%, hours to days after paying) and the number that hooked them;
user complaints about a fraction of gang numbers; banks flagging some mule accounts; a few card sellers named by
police in June; June reports about gangs that are gone (numbers, domains and accounts not in this data); and the
noise: complaints about innocent debt collectors, estate agents and telemarketers, plus appeals the operator
upheld (label benign). Lists: old block entries (one of them the apex domain an active SMS cat still uses), allow
entries for banks, the anti-fraud centre and some enterprise lines, a watch list, and 'high-risk region' cells.
"""

from __future__ import annotations

import numpy as np

from .core import DAY, HOUR, T_NULL


def _rep(w, t, etype, ent, label, ftype=None, loss=np.nan, source="police"):
    ent = np.asarray(ent)
    n = len(ent)
    if n == 0:
        return
    w.emit("reports", time=np.asarray(t, dtype=np.int64), entity_type=np.full(n, etype, dtype=object),
           entity=np.array([str(x) for x in ent.tolist()], dtype=object), label=label,
           fraud_type=ftype, loss_amount=np.asarray(loss, dtype=float) if np.ndim(loss) else float(loss),
           source=source)


def _list(w, etype, ent, lst, reason, added, days=180):
    ent = np.asarray(ent)
    n = len(ent)
    if n == 0:
        return
    added = np.asarray(added, dtype=np.int64) if np.ndim(added) else np.full(n, int(added), dtype=np.int64)
    w.emit("lists", entity_type=np.full(n, etype, dtype=object),
           entity=np.array([str(x) for x in ent.tolist()], dtype=object), list=lst, reason=reason, added_time=added,
           expires_time=added + days * DAY if days else T_NULL)


def build(w, rng):
    end = w.end
    # victims and the numbers that hooked them
    for v in w.reg_victims:
        paid = v["loss"] > 0
        rep = paid & (rng.random(len(paid)) < 0.45)
        t = v["t_last"] + rng.integers(2 * HOUR, 3 * DAY, len(paid))
        rep &= t < end - HOUR
        _rep(w, t[rep], "msisdn", v["msisdn"][rep], "victim", v["ftype"], np.round(v["loss"][rep], 2), "police")
        _rep(w, t[rep] + 600, "msisdn", v["contact"][rep], "fraud", v["ftype"], np.nan, "police")
    for f in w.reg_fraud:
        ents = np.asarray(f["entities"])
        label = f.get("label", "fraud")
        if "first" in f:
            pick = rng.random(len(ents)) < f.get("rate", 0.2)
            t = np.asarray(f["first"])[pick] + rng.integers(DAY, 3 * DAY, int(pick.sum()))
            ok = t < end - HOUR
            _rep(w, t[ok], f["kind"], ents[pick][ok], label, f["ftype"], np.nan, f["src"])
            wl = rng.random(int(ok.sum())) < 0.3
            _list(w, f["kind"], ents[pick][ok][wl], "watch", "user complaints", t[ok][wl], 90)
        else:
            t = f["t"] + rng.integers(0, DAY, len(ents))
            _rep(w, t, f["kind"], ents, label, f["ftype"] if label == "fraud" else None, np.nan, f["src"])
    # June: gangs already gone
    old_num = np.concatenate([w.ids.mobile(70, np.array([471, 472, 477, 476] * 18)[:70]), w.ids.offnet(60),
                              w.ids.foreign(20, "KH")])
    t_old = rng.integers(-60 * DAY, -DAY, len(old_num))
    ft = np.array(["impersonate_police", "customer_service", "loan", "investment", "part_time_job", "other"],
                  dtype=object)
    _rep(w, t_old, "msisdn", old_num, "fraud", ft[rng.integers(0, len(ft), len(old_num))], np.nan,
         np.where(rng.random(len(old_num)) < 0.5, "police", "user_report").astype(object))
    old_dom = np.array([f"{a}{b}" for a, b in zip(
        rng.choice(["etc-nmg", "nmg-ybj", "hlbr-tk", "cz-nmg", "naadam", "gaj-jc", "jz-", "xt-qh", "yurt-"], 30).tolist(),
        rng.choice([".top", ".vip", ".cc", ".icu", ".xyz", ".shop"], 30).tolist(), strict=True)], dtype=object)
    old_dom = np.array([f"{d.split('.')[0]}{i}.{d.split('.')[1]}" for i, d in enumerate(old_dom.tolist())], dtype=object)
    _rep(w, rng.integers(-60 * DAY, -DAY, 30), "domain", old_dom, "fraud", "other", np.nan, "user_report")
    old_acc = w.ids.accounts(15)
    _rep(w, rng.integers(-60 * DAY, -DAY, 15), "account", old_acc, "fraud", "other", np.nan, "bank")
    old_vic = w.ids.offnet(25)
    _rep(w, rng.integers(-60 * DAY, -DAY, 25), "msisdn", old_vic, "victim",
         ft[rng.integers(0, len(ft), 25)], np.round(rng.lognormal(np.log(20000), 1.0, 25), 2), "police")
    # lists
    _list(w, "msisdn", old_num[:60], "block", "confirmed fraud (June cases)", t_old[:60] + DAY, 180)
    _list(w, "domain", old_dom, "block", "phishing", rng.integers(-50 * DAY, -DAY, 30), 365)
    _list(w, "domain", ["nmg-etc-rz.top"], "block", "ETC phishing, wildcard", -18 * DAY, 365)
    _list(w, "msisdn", w.services[:9], "allow", "bank and public service hotline", -900 * DAY, None)
    _list(w, "msisdn", [8612381], "allow", "MIIT early-warning short code", -900 * DAY, None)
    g = w.geo
    hr = np.concatenate([g.zone_cells[g.z(z)] for z in ("cf_aohan_villages", "tl_kailu", "eds_otog")])
    _list(w, "cell", g.cell_ids[hr], "high_risk_region", "card-opening hot spot (regulator notice 2035-05)",
          -40 * DAY, 365)
    # look-alikes: complaints, appeals upheld, allow and watch entries
    for lk in w.reg_look:
        nums = np.asarray(lk["msisdn"])
        if lk.get("complaints"):
            c = rng.random(len(nums)) < min(1.0, lk["complaints"] * 6)
            t = rng.integers(0, end - HOUR, int(c.sum()))
            _rep(w, t, "msisdn", nums[c], "fraud", "other", np.nan, "user_report")
        if lk.get("allow"):
            a = rng.random(len(nums)) < lk["allow"]
            _list(w, "msisdn", nums[a], "allow", "verified enterprise line", -200 * DAY, None)
        if lk.get("watch"):
            _list(w, "msisdn", nums, "watch", "returned from a high-risk country", -30 * DAY, 90)
        if lk["kind"] in ("herders_coop_goip_office", "debt_collector_mobile", "call_center_outsourcing_jinqiao",
                          "property_agent_cold_call"):
            b = rng.random(len(nums)) < (1.0 if lk["kind"] == "herders_coop_goip_office" else 0.2)
            _rep(w, rng.integers(-45 * DAY, -5 * DAY, int(b.sum())), "msisdn", nums[b], "benign", None, np.nan,
                 "internal")
