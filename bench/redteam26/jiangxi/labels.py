"""Reports (police, users, banks, the operator) and lists (allow, block, watch, high-risk cells).

Reports are late and partial, as in life: a victim who reports does so hours to days after paying (many never
do), banks flag some mule accounts, users report some fraud numbers and also some honest telemarketers, and the
operator's own older dispositions are on numbers no longer active. Lists mix long-standing entries with a few
made during the window.
"""

from __future__ import annotations

import numpy as np

from .catalog import BANK_SMS
from .core import DAY, HOUR, NULL_T, T0


def _report(w, t, etype, entity, label, ftype=None, loss=None, source="police") -> None:
    n = len(t)
    w.tab.add("reports", time=np.asarray(t, dtype=np.int64), entity_type=np.full(n, etype, dtype=object),
              entity=np.asarray(entity, dtype=object), label=np.full(n, label, dtype=object),
              fraud_type=np.array([ftype] * n, dtype=object) if not isinstance(ftype, np.ndarray) else ftype,
              loss_amount=np.full(n, np.nan) if loss is None else np.asarray(loss, dtype=float),
              source=np.full(n, source, dtype=object))


def _list(w, etype, entities, lst, reason, added, expires=NULL_T) -> None:
    ents = np.asarray(entities, dtype=object)
    n = len(ents)
    if n == 0:
        return
    w.tab.add("lists", entity_type=np.full(n, etype, dtype=object), entity=ents, list=np.full(n, lst, dtype=object),
              reason=np.full(n, reason, dtype=object), added_time=np.broadcast_to(np.asarray(added, dtype=np.int64), (n,)).copy(),
              expires_time=np.broadcast_to(np.asarray(expires, dtype=np.int64), (n,)).copy())


def generate(w) -> None:
    rng = w.rs.get("labels")

    def num(p):
        return np.array([str(x) for x in w.num[np.asarray(p, dtype=np.int64)].tolist()], dtype=object)

    cases = getattr(w, "cases", [])
    # ---------------------------------------------------------------- victims who go to the police
    by_victim: dict[int, dict] = {}
    for c in cases:
        v = by_victim.setdefault(c["victim"], dict(loss=0.0, last=0, ftype=c["ftype"], contact=c["contact"], acct=c["acct"]))
        v["loss"] += c["amount"]
        v["last"] = max(v["last"], c["t"])
    vict = sorted(by_victim)
    go = rng.random(len(vict)) < 0.55
    for v, g in zip(vict, go.tolist(), strict=True):
        if not g:
            continue
        c = by_victim[v]
        t = c["last"] + int(np.clip(rng.lognormal(np.log(14 * HOUR), 0.9), HOUR, 5 * DAY))
        ft = c["ftype"]
        _report(w, [t], "msisdn", num([v]), "victim", ft, [c["loss"]], "police")
        if c["contact"] is not None and c["contact"] >= 0:
            _report(w, [t + 60], "msisdn", num([c["contact"]]), "fraud", ft, [c["loss"]], "police")
        _report(w, [t + 120], "account", w.bank.text([c["acct"]]), "fraud", ft, [c["loss"]], "police")
    # ---------------------------------------------------------------- banks flag some first-level mule accounts
    mules = w.ctx.mules
    for a, t in sorted(mules.first_use.items()):
        if rng.random() < 0.35:
            _report(w, [t + int(rng.integers(DAY, 3 * DAY))], "account", w.bank.text([mules.l1[a]]), "fraud", "other",
                    None, "bank")
    # ---------------------------------------------------------------- users report some fraud numbers ...
    ents = [e for e in w.truth.ents if e[0] == "msisdn" and e[2] in ("fraud_caller", "simbox_sim", "fixed_voip_line",
                                                                       "fraud_sms_sender") and e[5] != NULL_T]
    for e in ents:
        if rng.random() < 0.18:
            ft = "customer_service" if "goip" in e[3] or "sleeper" in e[3] or "sip" in e[3] else "other"
            _report(w, [e[5] + int(rng.integers(2 * HOUR, 40 * HOUR))], "msisdn", [e[1]], "fraud", ft, None, "user_report")
    # ... and some honest ones that annoy them
    for p in getattr(w, "annoying", []):
        k = int(rng.integers(1, 4))
        _report(w, T0 + rng.integers(0, w.days * DAY, k), "msisdn", num(np.full(k, p)), "fraud", "other", None, "user_report")
    # a phishing link reported by a user on the second day
    _report(w, [T0 + DAY + 15 * HOUR], "domain", ["etc-jx.cc"], "fraud", "other", None, "user_report")
    # ---------------------------------------------------------------- the operator's older dispositions
    old = 8615400000000 + rng.integers(0, 10 ** 8, 30)
    old = np.where(rng.random(30) < 0.5, old + 10 ** 10, old)
    old_t = T0 - rng.integers(20, 400, 30) * DAY
    _report(w, old_t, "msisdn", np.array([str(x) for x in old.tolist()], dtype=object), "fraud", "customer_service", None,
            "internal")
    goip = [e for e in w.truth.ents if e[2] == "simbox_device" and "goip" in e[3]]
    if goip:
        _report(w, [T0 - 20 * DAY], "imei", [goip[0][1]], "fraud", "customer_service", None, "internal")
    old_dom = np.array(["gk-tifen2032.com", "etc-renzheng.cc", "ybk-jx2032.top", "lushan-refund.cc", "jx-zhuxuejin.com"],
                       dtype=object)
    _report(w, T0 - rng.integers(30, 360, len(old_dom)) * DAY, "domain", old_dom, "fraud", "other", None, "police")
    # card sellers punished before (three), two more reported during the window
    sellers = [e for e in w.truth.ents if e[0] == "id_key" and e[2] == "card_seller"]
    pick = rng.permutation(len(sellers))[:5]
    for i, j in enumerate(pick.tolist()):
        t = T0 - int(rng.integers(20, 60)) * DAY if i < 3 else T0 + int(rng.integers(3, max(w.days, 4))) * DAY
        _report(w, [t], "id_key", [sellers[j][1]], "card_seller", None, None, "police")
    # appeals: cards suspended by mistake and reinstated (look-alikes and ordinary people)
    la = [e for e in w.truth.ents if e[0] == "msisdn" and e[2].startswith("lookalike:")
          and e[4] in ("courier", "real_estate_agent", "delivery_rider", "new_arrival_heavy_caller")]
    for e in la[:5]:
        _report(w, [T0 - int(rng.integers(10, 200)) * DAY], "msisdn", [e[1]], "benign", None, None, "internal")
    S = w.S_all
    ordinary = rng.choice(np.flatnonzero(w.persona[:S] <= 11), 10, replace=False)
    _report(w, T0 - rng.integers(10, 300, 10) * DAY, "msisdn", num(ordinary), "benign", None, None, "internal")
    # ---------------------------------------------------------------- lists
    long_ago = T0 - 400 * DAY
    hot = ["95588", "95533", "95599", "95566", "95580", "95559", "96268", "95555", "95561", "10095", "12345", "96110",
           "12381", "12379", "10690791000", "95311", "95338"]
    _list(w, "msisdn", hot, "allow", "service hotline", long_ago)
    _list(w, "msisdn", [v[0] for v in BANK_SMS.values()], "allow", "bank SMS gateway", long_ago)
    for n, why in getattr(w, "allow_numbers", []):
        _list(w, "msisdn", [str(n)], "allow", why, T0 - int(rng.integers(30, 300)) * DAY)
    _list(w, "msisdn", np.array([str(x) for x in old.tolist()], dtype=object), "block", "confirmed fraud number", old_t + DAY)
    _list(w, "domain", old_dom, "block", "phishing domain", T0 - 10 * DAY)
    if w.days > 4:
        _list(w, "domain", ["etc-jx.cc"], "block", "phishing domain (user report, verified)", T0 + 4 * DAY + 15 * HOUR)
    watch = sorted(set(getattr(w, "annoying", [])))
    _list(w, "msisdn", num(watch), "watch", "complaints: frequent unsolicited calls", T0 - 30 * DAY, T0 + 60 * DAY)
    fid = [e for e in w.truth.ents if e[0] == "id_key" and e[2] == "fraud_id" and "sleeper" in e[3]]
    if fid:
        _list(w, "id_key", [fid[0][1]], "watch", "one ID, nine cards in a week", T0 - 3 * DAY, T0 + 90 * DAY)
    cells = np.r_[w.cells_in("Huangjin urban village"), w.cells_in("Shuanggang urban village"), w.cells_in("Yujiang")[:6],
                  w.cells_in("Nankang")[:3]]
    _list(w, "cell", w.cell_name[cells], "high_risk_region", "urban village / card-selling villages: past dens",
          T0 - 120 * DAY)
