#!/usr/bin/env python3
"""Red-team generator 15: Guangxi (广西), written blind to fraudwall's detection.

    generate.py --out DIR --seed N [--subscribers 20000] [--summary FILE.json]

Writes interchange-v1 Parquet (one sub-folder per record type, one file per local day for the event types) for
2027-11-05 .. 2027-11-21 (Asia/Shanghai; 10 history days with Double 11, then a 7-day evaluation window), plus
DIR/truth/entities/entities.parquet and DIR/truth/events/events.parquet. Same seed, same bytes.
See README.md for the province, the gangs and the look-alikes.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from core import (  # noqa: E402
    DAY,
    DAYS,
    END,
    EVAL_START,
    HIST_DAYS,
    RNAME,
    START,
    V,
    write_all,
)
from gangs import HOUR, all_gangs  # noqa: E402
from lookalikes import all_lookalikes  # noqa: E402
from normal import ordinary_life  # noqa: E402
from world import World  # noqa: E402


def cells_table(w: World):
    g = w.geo
    w.recs.add("cells", cell=g.cell_code, lat=g.lat, lon=g.lon, region=np.array(RNAME, dtype=object)[g.region],
               site_type=np.array(g.site, dtype=object))


def finalize_voice(w: World):
    """Fill the callee cell of calls to the province's own cards (where the network sees them)."""
    cols = w.recs.table("voice")
    callee, t, cc = cols["callee"], cols["start_time"], cols["callee_cell"]
    need = cc < 0
    node = w.node_of(callee[need])
    fill = np.full(node.size, -1, np.int64)
    ok = (node >= 0)
    ok[ok] &= ~w.abroad[node[ok]]
    fill[ok] = w.cellcode(w.cell_at(node[ok], t[need][ok]))
    reg = np.concatenate(w.reg_msisdn)
    rcell = np.concatenate(w.reg_cell)
    order = np.argsort(reg, kind="stable")
    rest = ~ok
    pos = np.clip(np.searchsorted(reg, callee[need][rest], sorter=order), 0, reg.size - 1)
    hit = reg[order[pos]] == callee[need][rest]
    fill[np.flatnonzero(rest)[hit]] = w.cellcode(rcell[order[pos[hit]]])
    cc = cc.copy()
    cc[need] = fill
    # international and VoIP lines seen at a gateway carry no callee cell for off-net numbers
    cols["callee_cell"] = cc
    # calls written without the handset of a population caller (family calls of the look-alikes)
    miss = (cols["caller_imei"] < 0) & (cols["caller_roaming_country"] < 0)
    node = w.node_of(cols["caller"][miss])
    ok = node >= 0
    ok[ok] &= ~w.abroad[node[ok]]
    rows = np.flatnonzero(miss)[ok]
    cols["caller_imei"][rows] = w.imei[node[ok]]
    cols["caller_imsi"][rows] = w.imsi[node[ok]]
    cols["caller_cell"][rows] = w.cellcode(w.cell_at(node[ok], cols["start_time"][rows]))
    cols["media"] = np.where(cols["media"] < 0, V.id("voice"), cols["media"])
    w.recs.parts["voice"] = [cols]


def reports_and_lists(w: World):
    rng = w.rng
    R = []  # (time, entity_type, entity, label, fraud_type, loss, source)

    def rep(t, et, ent, label, ft, loss, src):
        t = np.atleast_1d(np.asarray(t, np.int64))
        n = t.size
        if n == 0:
            return
        R.append(dict(time=t, entity_type=np.full(n, et, dtype=object),
                      entity=np.broadcast_to(np.asarray(ent, dtype=object), (n,)).copy(),
                      label=np.full(n, label, dtype=object),
                      fraud_type=np.broadcast_to(np.asarray(ft, dtype=object), (n,)).copy(),
                      loss=np.broadcast_to(np.asarray(loss, float), (n,)).copy(),
                      source=np.broadcast_to(np.asarray(src, dtype=object), (n,)).copy()))

    block = []  # (entity_type, entity, added, reason)
    # victims report to the police; the number that hooked them is recorded with the case
    hooked = {}
    for vic, ms, _ht, g in w.hook_callers:
        for v, m in zip(vic.tolist(), ms.tolist(), strict=True):
            hooked[v] = (m, g)
    for g in w.gangs.values():
        for vic, t0, loss in getattr(g, "paid", []):
            k = (rng.random(vic.size) < .65) & (loss > 0)
            tr = t0[k] + (rng.uniform(2, 72, k.sum()) * HOUR).astype(np.int64)
            ok = tr < END
            vv, tr, ll = vic[k][ok], tr[ok], loss[k][ok]
            rep(tr, "msisdn", w.msisdn[vv].astype(str).astype(object), "victim", g.ftype, ll, "police")
            for v, t in zip(vv.tolist(), tr.tolist(), strict=True):
                if v in hooked and hooked[v][1] is g:
                    m = str(hooked[v][0])
                    rep([t + 600], "msisdn", m, "fraud", g.ftype, np.nan, "police")
                    block.append(("msisdn", m, t + rng.integers(HOUR, 6 * HOUR), "police_case"))
    # people who were called report the number (12321 / app feedback)
    for node, t, caller, gid in w.fraud_contacts:
        k = rng.random(node.size) < .006
        tr = t[k] + rng.integers(60, 2 * DAY, k.sum())
        ok = tr < END
        rep(tr[ok], "msisdn", caller[k][ok].astype(str).astype(object), "fraud", w.gangs[gid].ftype, np.nan,
            "user_report")
    # fraud SMS senders get spam complaints
    ents = [r for r in w.truth_rows if r["role"] == "fraud_sms_sender" and r["entity_type"] == "msisdn"]
    for r in ents:
        k = rng.random(r["entity"].size) < .5
        t = r["first_active"][k] + rng.integers(2 * HOUR, 2 * DAY, k.sum())
        ok = t < END
        rep(t[ok], "msisdn", r["entity"][k][ok], "fraud", w.gangs[r["gang"]].ftype, np.nan, "user_report")
    # banks report L1 accounts that received reported money (with a delay)
    for g in w.gangs.values():
        if g.gid == "G12" or g.mules.size == 0:
            continue
        m = g.mules[rng.random(g.mules.size) < .4]
        t = START + rng.integers(2 * DAY, DAYS * DAY, m.size)
        rep(t, "account", w.account_name(m), "fraud", g.ftype, np.nan, "bank")
    # web resources found by the internal team / police
    for t, et, ent, gid in ((4, "domain", "etc-gxrz.cc", "G06"), (6, "domain", "asean-boxh.top", "G04"),
                            (7, "app", "com.jisu.yidai", "G07"), (8, "ip", "45.207.36.118", "G06"),
                            (12, "domain", "unionpay-aq.cc", "G11"), (13, "url", "http://154.39.71.88/d/jsyd_1.8.apk", "G07")):
        tt = START + t * DAY + int(rng.integers(9 * HOUR, 18 * HOUR))
        rep([tt], et, ent, "fraud", w.gangs[gid].ftype, np.nan, "internal")
        block.append((et, ent, tt + HOUR, "internal_finding"))
    # police identify some card sellers
    g8 = w.gangs["G08"]
    cs = g8.seller_ids[rng.random(g8.seller_ids.size) < .3]
    rep(START + rng.integers(DAY, 9 * DAY, cs.size), "id_key", cs, "card_seller", "other", np.nan, "police")
    # complaints, true or not, against benign callers; an internal review clears some of them
    for ms, p in w.complaints:
        k = rng.random(ms.size) < p
        t = START + rng.integers(0, DAYS * DAY, k.sum())
        ft = rng.choice(["other", "loan", "impersonate_police", "customer_service"], k.sum(), p=[.6, .2, .1, .1])
        rep(t, "msisdn", ms[k].astype(str).astype(object), "fraud", ft, np.nan, "user_report")
        cl = rng.random(k.sum()) < .4
        rep(t[cl] + rng.integers(DAY, 3 * DAY, cl.sum()), "msisdn", ms[k][cl].astype(str).astype(object), "benign",
            None, np.nan, "internal")
    # benign verdicts on a few allow-listed service numbers after complaints
    rep([START + 3 * DAY], "msisdn", "1065502896288", "benign", None, np.nan, "internal")
    t = np.concatenate([r["time"] for r in R])
    keep = t < END
    cat = {k: np.concatenate([r[k] for r in R])[keep] for k in ("entity_type", "entity", "label", "fraud_type",
                                                                 "source")}
    loss = np.concatenate([r["loss"] for r in R])[keep]
    w.recs.add("reports", time=t[keep], entity_type=cat["entity_type"], entity=cat["entity"].astype(str),
               label=cat["label"], fraud_type=np.where(cat["fraud_type"] == None, "", cat["fraud_type"]).astype(object),  # noqa: E711
               loss_amount=loss, source=cat["source"])
    # fraud_type '' -> null
    p = w.recs.parts["reports"][-1]
    p["fraud_type"] = np.where(p["fraud_type"] == V.id(""), -1, p["fraud_type"])

    # -------------------------------------------------------------------------------------------- lists
    L = []
    if block:
        et, ent, added, reason = zip(*block, strict=True)
        L.append(dict(entity_type=np.array(et, dtype=object), entity=np.array(ent, dtype=object), list="block",
                      reason=np.array(reason, dtype=object), added_time=np.array(added, np.int64),
                      expires_time=np.array(added, np.int64) + 180 * DAY))
    # the block list inherited from earlier waves (numbers long closed), some stale entries expired
    old = w.nums.mobile(300)
    added = START - rng.integers(20 * DAY, 400 * DAY, 300)
    exp = np.where(rng.random(300) < .3, added + 180 * DAY, -1)
    L.append(dict(entity_type="msisdn", entity=old.astype(str).astype(object), list="block", reason="police_case",
                  added_time=added, expires_time=exp))
    w.new_cards(60, np.full(60, 0), START - rng.integers(60 * DAY, 200 * DAY, 60), np.array(
        [f"id{x:016x}" for x in rng.integers(1 << 60, (1 << 63) - 1, 60).tolist()], dtype=object), "GX771-BY03",
        status="closed", status_time=START - rng.integers(20 * DAY, 50 * DAY, 60), numbers=old[:60])
    # recycled numbers: their old block entries are still there (no expiry), the new holder is an ordinary person
    rc = w.recycled
    L.append(dict(entity_type="msisdn", entity=w.msisdn[rc].astype(str).astype(object), list="block",
                  reason="police_case", added_time=w.open_time[rc] - rng.integers(100 * DAY, 300 * DAY, rc.size),
                  expires_time=-1))
    allow = [str(x) for x in getattr(w, "allow", [])] + [str(x) for x in w.hotlines.tolist()] + [
        "1069031771", "1069031772", "1069031773", "12306"]
    allow = sorted(set(allow))
    L.append(dict(entity_type="msisdn", entity=np.array(allow, dtype=object), list="allow", reason="verified_service",
                  added_time=START - 300 * DAY, expires_time=-1))
    L.append(dict(entity_type="domain", entity=np.array(["gxnx.cn", "m.gxrcb.com", "gxtv-cdn.cn"], dtype=object),
                  list="allow", reason="verified_service", added_time=START - 200 * DAY, expires_time=-1))
    # watch: numbers with a complaint in the history days
    p = w.recs.parts["reports"][-1]
    wm = (p["time"] < EVAL_START) & (p["source"] == V.id("user_report"))
    ents = np.unique(np.array(V.items, dtype=object)[p["entity"][wm]])
    L.append(dict(entity_type="msisdn", entity=ents, list="watch", reason="user_complaints",
                  added_time=EVAL_START - HOUR, expires_time=EVAL_START + 30 * DAY))
    hr = np.concatenate([w.place("binyang"), w.place("dongxing"), w.place("pingxiang")])
    L.append(dict(entity_type="cell", entity=np.array(w.geo.cell_name, dtype=object)[hr], list="high_risk_region",
                  reason="重点地区", added_time=START - 365 * DAY, expires_time=-1))
    for x in L:
        w.recs.add("lists", **x)


def summary(w: World, counts, elapsed):
    t = w.recs.table("truth_entities")
    names = np.array(V.items, dtype=object)
    role = names[t["role"]]
    gang = np.where(t["gang_id"] >= 0, names[np.maximum(t["gang_id"], 0)], None)
    et = names[t["entity_type"]]
    gangs = {}
    for gid, g in sorted(w.gangs.items()):
        sel = gang == gid
        by = {}
        for r, e in zip(role[sel].tolist(), et[sel].tolist(), strict=True):
            by.setdefault(r, {}).setdefault(e, 0)
            by[r][e] += 1
        gangs[gid] = {"title": g.title, "scheme": g.scheme, "fraud_type": g.ftype, "roles": by,
                      "victims_hooked": int(np.unique(w.msisdn[g.victims]).size),
                      "loss_cny": round(g.loss, 0)}
    la = {}
    for r in role[np.char.startswith(role.astype(str), "lookalike:")].tolist():
        la[r[10:]] = la.get(r[10:], 0) + 1
    ev = w.recs.table("truth_events")
    return {"province": "广西 Guangxi", "period": ["2027-11-05", "2027-11-21"], "history_days": HIST_DAYS,
            "evaluation_start": "2027-11-15T00:00:00+08:00", "timezone": "Asia/Shanghai",
            "gangs": gangs, "lookalikes": dict(sorted(la.items())), "lookalike_kinds": len(la),
            "truth_rows": int(role.size), "victim_payments": int(ev["victim"].size),
            "victim_loss_cny": round(float(ev["amount"].sum()), 0), "rows": counts,
            "seconds": round(elapsed, 1)}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--subscribers", type=int, default=20000)
    ap.add_argument("--summary")
    a = ap.parse_args(argv)
    t0 = time.time()
    w = World(a.seed, a.subscribers)
    all_gangs(w)
    all_lookalikes(w)
    ordinary_life(w)
    cells_table(w)
    reports_and_lists(w)
    finalize_voice(w)
    for r in w.truth_rows:
        w.recs.add("truth_entities", entity_type=r["entity_type"], entity=r["entity"], role=r["role"],
                   gang_id=r["gang"], scheme=r["scheme"], first_active=r["first_active"])
    dedupe_truth(w)
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    counts = write_all(w.recs, a.out)
    s = summary(w, counts, time.time() - t0)
    if a.summary:
        with open(a.summary, "w") as f:
            json.dump(s, f, ensure_ascii=False, indent=1)
    print(f"wrote {a.out}: {sum(v for k, v in counts.items() if not k.startswith('truth'))} rows, "
          f"{counts['truth_entities']} truth entities, {len(w.la_counts)} look-alike kinds, {time.time() - t0:.1f}s")


def dedupe_truth(w: World):
    """One truth row per (entity_type, entity): a fraud role wins over victim, which wins over a look-alike."""
    t = w.recs.table("truth_entities")
    names = np.array(V.items, dtype=object)
    role = names[t["role"]]
    rank = np.where(np.char.startswith(role.astype(str), "lookalike:"), 2, np.where(role == "victim", 1, 0))
    key = t["entity_type"].astype(np.int64) * (1 << 32) + t["entity"].astype(np.int64)
    order = np.lexsort((np.arange(key.size), rank, key))
    _, first = np.unique(key[order], return_index=True)
    keep = np.sort(order[first])
    w.recs.parts["truth_entities"] = [{k: v[keep] for k, v in t.items()}]


if __name__ == "__main__":
    main()
