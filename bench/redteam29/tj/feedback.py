"""Feedback: police, bank and user reports (late, partial, sometimes wrong) and the operator's lists.

Victims report some time after their last payment (many not within the window); police pass on the
numbers, accounts, sites and apps named; banks report accounts; users complain about numbers that rang
them, including innocent ones; appeals against wrong cut-offs are upheld; the lists hold allow entries,
old block entries (some on numbers since given to someone else) and watch entries on card sellers.
"""

from __future__ import annotations

import numpy as np

from tj.core import DAY, HOUR

SERVICE_ALLOW = [(95588, "ICBC hotline"), (95533, "CCB hotline"), (95599, "ABC hotline"), (95566, "BOC hotline"),
                 (956056, "Bank of Tianjin hotline"), (96155, "TRCB hotline"), (12345, "government hotline"),
                 (96110, "anti-fraud centre warning line"), (95338, "courier hotline"), (12306, "rail hotline")]


class Rows:
    def __init__(self) -> None:
        self.rows: list[tuple] = []

    def add(self, t, etype, entity, label, ftype=None, loss=None, source="police") -> None:
        self.rows.append((int(t), etype, str(entity), label, ftype, loss, source))


def run(ctx) -> None:
    rng = ctx.rng("feedback")
    r = Rows()
    t1 = ctx.t1
    for it in ctx.feedback:
        u = rng.random()
        if u < 0.6:
            tr = it["last"] + int(max(2 * HOUR, rng.lognormal(np.log(1.5 * DAY), 0.8)))
            if tr >= t1:
                continue
            r.add(tr, "msisdn", it["victim"], "victim", it["ftype"], round(it["loss"], 2), "police")
            for x in it["numbers"]:
                if rng.random() < 0.85:
                    r.add(tr + 600, "msisdn", x, "fraud", it["ftype"], None, "police")
            for a in it["accounts"]:
                tb = tr + int(rng.integers(2 * HOUR, 20 * HOUR))
                if tb < t1:
                    r.add(tb, "account", a, "fraud", it["ftype"], None, "bank")
            for d in it["domains"]:
                r.add(tr + 900, "domain", d, "fraud", it["ftype"], None, "police")
            for a in it["apps"]:
                r.add(tr + 1200, "app", a, "fraud", it["ftype"], None, "police")
        elif u < 0.72:
            tb = it["last"] + int(rng.integers(6 * HOUR, 3 * DAY))
            if tb < t1:
                for a in it["accounts"][:1]:
                    r.add(tb, "account", a, "fraud", None, None, "bank")
    gang_ft = {it["gang"]: it["ftype"] for it in ctx.feedback}
    # complaints from people who were rung, and the operator's own findings on cut numbers
    cut_m = np.concatenate([c[0] for c in ctx.cuts]) if ctx.cuts else np.zeros(0, np.int64)
    cut_a = np.concatenate([c[1] for c in ctx.cuts]) if ctx.cuts else np.zeros(0, np.int64)
    cut_b = np.concatenate([c[2] for c in ctx.cuts]) if ctx.cuts else np.zeros(0, np.int64)
    cut_at = {int(m): int(a) for m, a, b in zip(cut_m, cut_a, cut_b, strict=True) if b > t1}
    for _etype, ent, role, gid, _scheme, first in ctx.truth.rows:
        if role in ("fraud_caller", "simbox_sim", "fixed_voip_line", "fraud_sms_sender") and first < t1:
            if rng.random() < 0.1:
                tc = first + int(rng.integers(HOUR, 3 * DAY))
                if tc < t1:
                    r.add(tc, "msisdn", ent, "fraud", gang_ft.get(gid, "other"), None, "user_report")
            ca = cut_at.get(int(ent)) if ent.isdigit() else None
            if ca is not None and ca < t1:
                if rng.random() < 0.5:
                    r.add(ca, "msisdn", ent, "fraud", gang_ft.get(gid), None, "internal")
                if rng.random() < 0.6:
                    ctx.known_bad.append(("msisdn", ent, "block", ca))
        if role == "card_seller" and rng.random() < 0.3:
            r.add(ctx.t0 + int(rng.integers(0, t1 - ctx.t0)), "id_key", ent, "card_seller", None, None, "police")
        if role == "card_seller" and rng.random() < 0.35:
            ctx.noise["watch"].append(("id_key", ent, "card seller, earlier campaign", ctx.t0 - int(rng.integers(60, 300)) * DAY))
    # noise: wrong complaints, upheld appeals, people who lost money to legitimate trades
    for etype, ent, ftype, t in ctx.noise["complain"]:
        r.add(t, etype, ent, "fraud", ftype, None, "user_report")
    for ent, t_cut, t_back in ctx.noise["appeal"]:
        r.add(t_cut - int(rng.integers(HOUR, DAY)), "msisdn", ent, "fraud", "other", None, "user_report")
        r.add(t_back, "msisdn", ent, "benign", None, None, "internal")
    for etype, ent, label, ftype, loss, t, source in ctx.noise["wrong_victim"]:
        r.add(t, etype, ent, label, ftype, loss, source)
    _write_reports(ctx, r)
    _lists(ctx, rng)


def _write_reports(ctx, r: Rows) -> None:
    rows = sorted(r.rows, key=lambda x: (x[0], x[1], x[2], x[3], x[6]))
    if not rows:
        return
    t, et, ent, lab, ft, loss, src = zip(*rows, strict=True)
    ctx.sink.add("reports", time=np.array(t, np.int64), entity_type=np.array(et), entity=np.array(ent),
                 label=np.array(lab), fraud_type=np.array([x or "" for x in ft], dtype=object),
                 loss_amount=np.array([np.nan if x is None else x for x in loss], float), source=np.array(src))


def _lists(ctx, rng) -> None:
    rows = []
    for num, why in SERVICE_ALLOW:
        rows.append(("msisdn", str(num), "allow", why, ctx.t0 - 2000 * DAY, None))
    for etype, ent, why in ctx.noise["allow"]:
        rows.append((etype, str(ent), "allow", why, ctx.t0 - int(rng.integers(30, 900)) * DAY, None))
    for ent, added in ctx.noise["stale_block"]:
        rows.append(("msisdn", str(ent), "block", "fraud calls (police notice)", added, None))
    for etype, ent, lst, added in ctx.known_bad:
        why = {"block": "reported fraud resource", "high_risk_region": "den located here before",
               "watch": "watch"}.get(lst, lst)
        exp = added + 180 * DAY if lst == "block" and etype == "msisdn" else None
        rows.append((etype, str(ent), lst, why, added, exp))
    for code in ("TG", "JH", "HQ"):  # dens found in earlier years, long gone
        cell = ctx.vocab.items[int(ctx.cells.in_district(rng, code, 1)[0])]
        rows.append(("cell", cell, "high_risk_region", "den located here before", ctx.t0 - int(rng.integers(200, 700)) * DAY,
                     None))
    for etype, ent, why, added in ctx.noise["watch"]:
        rows.append((etype, str(ent), "watch", why, added, added + 365 * DAY))
    rows.sort(key=lambda x: (x[4], x[0], x[1], x[2]))
    et, ent, lst, why, add, exp = zip(*rows, strict=True)
    ctx.sink.add("lists", entity_type=np.array(et), entity=np.array(ent), list=np.array(lst), reason=np.array(why),
                 added_time=np.array(add, np.int64), expires_time=np.array([-1 if x is None else x for x in exp], np.int64))
