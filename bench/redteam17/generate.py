#!/usr/bin/env python3
"""Blind red-team generator 17: Hubei over the 2028 Spring Festival rush, in interchange v1 with truth/.

    generate.py --out DIR --seed 171 [--subscribers 20000] [--summary FILE.json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from actors import END, Ctx  # noqa: E402
from gangs import run_gangs  # noqa: E402
from life import Population, accounts, money, ordinary_life, subscribers  # noqa: E402
from lookalikes import run_lookalikes  # noqa: E402
from world import DAY, T0, Cells, Numbers, Tables, write_all  # noqa: E402

ACTOR_COLS = {"voice": ("start_time", ["caller", "callee"]), "sms": ("send_time", ["sender", "receiver"]),
              "device": ("time", ["msisdn"]), "web": ("time", ["msisdn"]), "apps": ("time", ["msisdn"]),
              "internet_accounts": ("register_time", ["msisdn"])}


def consistency(t: Tables):
    """Drop what could not have happened: records outside the 17 days, a card's use before it was opened or
    after it was suspended or closed (both parties of calls and texts)."""
    subs = t.table("subscribers")
    m = subs.column("msisdn").to_numpy(zero_copy_only=False).astype(str)
    ot = subs.column("open_time").cast(pa.int64()).to_numpy()
    st = subs.column("status").to_numpy(zero_copy_only=False).astype(str)
    stt = subs.column("status_time").cast(pa.int64()).to_numpy()
    end = np.where(st == "active", np.iinfo(np.int64).max, stt)
    order = np.argsort(m, kind="stable")
    m, ot, end = m[order], ot[order], end[order]
    uniq, first = np.unique(m, return_index=True)
    open_min = np.minimum.reduceat(ot, first)
    end_min = np.minimum.reduceat(end, first)
    dropped = {}
    for name, (tcol, cols) in ACTOR_COLS.items():
        tab = t.table(name)
        if tab is None:
            continue
        tt = tab.column(tcol).cast(pa.int64()).to_numpy()
        bad = np.zeros(len(tt), bool)
        if name != "internet_accounts":
            bad |= (tt < T0) | (tt > END)
        for c in cols:
            x = tab.column(c).to_numpy(zero_copy_only=False).astype(str)
            i = np.clip(np.searchsorted(uniq, x), 0, len(uniq) - 1)
            hit = uniq[i] == x
            bad |= hit & ((tt < open_min[i]) | (tt > end_min[i]))
        if len(cols) == 2:  # nobody calls or texts their own number
            a = tab.column(cols[0]).to_numpy(zero_copy_only=False).astype(str)
            b = tab.column(cols[1]).to_numpy(zero_copy_only=False).astype(str)
            bad |= a == b
        dropped[name] = int(bad.sum())
        t.set(name, tab.filter(pa.array(~bad)))
    for name in ("transfers", "reports"):
        tab = t.table(name)
        tt = tab.column("time").cast(pa.int64()).to_numpy()
        bad = (tt < T0) | (tt > END)
        dropped[name] = int(bad.sum())
        t.set(name, tab.filter(pa.array(~bad)))
    return dropped


def lists_and_reports(ctx: Ctx, la_kinds):
    rng = ctx.rng
    for x, why in (("96110", "anti-fraud warning line"), ("12381", "MIIT anti-fraud SMS"), ("95588", "bank"),
                   ("95533", "bank"), ("12306", "railway"), ("10655260110", "public security broadcast")):
        ctx.listing("msisdn", x, "allow", why, T0 - 400 * DAY)
    # numbers the police reported: blocked the next day for 180 days; reported card sellers watched
    rep = ctx.t.table("reports")
    et = rep.column("entity_type").to_numpy(zero_copy_only=False)
    lab = rep.column("label").to_numpy(zero_copy_only=False)
    ent = rep.column("entity").to_numpy(zero_copy_only=False)
    tm = rep.column("time").cast(pa.int64()).to_numpy()
    src = rep.column("source").to_numpy(zero_copy_only=False)
    seen = set()
    for i in np.argsort(tm, kind="stable"):
        k = (et[i], ent[i])
        if k in seen:
            continue
        if lab[i] == "fraud" and et[i] == "msisdn" and src[i] == "police":
            seen.add(k)
            ctx.listing("msisdn", ent[i], "block", "police report", tm[i] + DAY, tm[i] + 181 * DAY)
        elif lab[i] == "card_seller":
            seen.add(k)
            ctx.listing("id_key", ent[i], "watch", "断卡 card seller", tm[i] + 3600, tm[i] + 366 * DAY)
    # older blocks of numbers the gangs used before this month
    old = ctx.numbers.foreign("KH", 15)
    for x in old:
        ctx.listing("msisdn", x, "block", "national fraud number list", T0 - int(rng.integers(5, 60)) * DAY)
    # annoyed users report lawful callers; the centre reviews some and marks them benign
    truth = ctx.truth_rows
    for kind in ("licensed_debt_collector", "consented_insurance_telemarketing", "real_estate_agent",
                 "bank_credit_card_callcentre", "spring_charter_bus_organizer"):
        nums = [r[1] for r in truth if r[2] == f"lookalike:{kind}" and r[0] == "msisdn"]
        for x in nums[:2]:
            tr = T0 + int(rng.integers(2, 15)) * DAY + int(rng.integers(9, 20)) * 3600
            ctx.report(tr, "msisdn", x, "fraud", "other", None, "user_report")
            if rng.random() < 0.5:
                ctx.report(tr + 2 * DAY, "msisdn", x, "benign", None, None, "internal")
    # users forward phishing texts to 12321
    for role in ("fraud_sms_sender",):
        nums = [r[1] for r in truth if r[2] == role]
        for x in nums[::3]:
            ctx.report(T0 + int(rng.integers(4, 14)) * DAY + 15 * 3600, "msisdn", x, "fraud", "other", None,
                       "user_report")
    del la_kinds


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=171)
    ap.add_argument("--subscribers", type=int, default=20000)
    ap.add_argument("--summary")
    a = ap.parse_args(argv)
    t0 = time.time()
    rng = np.random.default_rng(a.seed)
    t = Tables()
    numbers = Numbers(rng)
    cells = Cells(rng)
    t.add("cells", **cells.table())
    pop = Population(rng, numbers, cells, a.subscribers)
    pop.build_ties()
    subscribers(t, rng, pop)
    accounts(t, rng, pop)
    ordinary_life(t, rng, pop)
    money(t, rng, pop)
    ctx = Ctx(t, rng, pop, numbers, cells)
    run_gangs(ctx)
    kinds = run_lookalikes(ctx)
    lists_and_reports(ctx, kinds)
    ctx.write_truth()
    dropped = consistency(t)
    # keep one of any exact duplicate rows a table has no key for (device sightings)
    dev = t.table("device")
    t.set("device", _dedupe(dev))
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    counts = write_all(t, a.out, a.seed)
    summ = {"seed": a.seed, "subscribers_requested": a.subscribers, "rows": counts, "total_rows": sum(
        v for k, v in counts.items() if not k.startswith("truth")), "lookalike_kinds": len(kinds),
        "dropped_as_impossible": dropped, "seconds": round(time.time() - t0, 1)}
    roles = {}
    ent = t.table("truth/entities")
    for r in ent.column("role").to_pylist():
        k = r if not r.startswith("lookalike:") else "lookalike"
        roles[k] = roles.get(k, 0) + 1
    summ["truth_roles"] = roles
    if a.summary:
        with open(a.summary, "w") as f:
            json.dump(summ, f, indent=1, ensure_ascii=False)
    print(json.dumps(summ, ensure_ascii=False))


def _dedupe(tab: pa.Table) -> pa.Table:
    cols = [tab.column(c).cast(pa.string()).fill_null("") for c in tab.column_names]
    key = pc.binary_join_element_wise(*cols, "|")
    k = key.to_numpy(zero_copy_only=False).astype(str)
    _, first = np.unique(k, return_index=True)
    return tab.take(pa.array(np.sort(first)))


if __name__ == "__main__":
    main()
