#!/usr/bin/env python3
"""Blind red-team generator 18: Sichuan in July 2028 (高考 admissions, summer tourism, a flood in Xuanhan) in the
interchange-v1 format, with ground truth.

    generate.py --out DIR --seed N [--subscribers 20000] [--summary FILE.json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter

import numpy as np
import pyarrow as pa

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cardring  # noqa: E402
import gangs  # noqa: E402
import gangs2  # noqa: E402
import life  # noqa: E402
import lifedata  # noqa: E402
import lookgen  # noqa: E402
import lookspecial  # noqa: E402
import people  # noqa: E402
import post  # noqa: E402
from output import TS, rows_to_columns, write_events, write_static  # noqa: E402
from world import OPERATOR, T0, World  # noqa: E402

GANG_MODULES = (
    (gangs.G01, gangs.setup_g01, gangs.run_g01), (gangs.G02, gangs.setup_g02, gangs.run_g02),
    (gangs.G03, gangs.setup_g03, gangs.run_g03), (gangs.G04, gangs.setup_g04, gangs.run_g04),
    (gangs.G05, gangs.setup_g05, gangs.run_g05), (gangs.G06, gangs.setup_g06, gangs.run_g06),
    (gangs2.G07, gangs2.setup_g07, gangs2.run_g07), (gangs2.G08, gangs2.setup_g08, gangs2.run_g08),
    (gangs2.G11, gangs2.setup_g11, gangs2.run_g11), (gangs2.G12, gangs2.setup_g12, gangs2.run_g12),
    (gangs2.G13, gangs2.setup_g13, gangs2.run_g13),
)
LAUNDERED = ("SC18-G01", "SC18-G02", "SC18-G04", "SC18-G06", "SC18-G07", "SC18-G12", "SC18-G13")


def build(seed: int, subscribers: int) -> tuple[World, people.People]:
    w = World(seed, subscribers)
    w.victim_set = set()
    w.victim_payments = []
    life.setup_services(w)
    ppl = people.build_population(w, int(subscribers * 0.89))
    people.give_cards(w, ppl)
    people.trips_and_handsets(w, ppl)
    ring = cardring.setup_ring(w, ppl)
    cardring.setup_mules(w, ppl, ring)
    ents = lookgen.setup_generic(w, ppl)
    special = lookspecial.setup_special(w, ppl)
    states = [setup(w, ppl, ring) for _, setup, _ in GANG_MODULES]
    post.setup_june(w)
    life.external_numbers(w, ppl)
    # freeze the world
    w.cards.finalize()
    ppl.finalize()
    w.finalize_numbers()
    life.make_pools(w, ppl)
    w.pools["travellers"] = w.person_num[np.array(w.travellers, dtype=np.int64)] if w.travellers else w.pools["all"]
    life.build_ties(w, ppl)
    people.bank_accounts(w, ppl)
    people.internet_accounts(w, ppl)
    lifedata.setup_businesses(w)
    lookgen.acct_lookup(w, ppl)
    # ordinary life
    life.daily_calls(w, ppl)
    life.daily_sms(w, ppl)
    lifedata.device_events(w)
    lifedata.web_and_apps(w, ppl)
    lifedata.money(w, ppl)
    # look-alikes
    lookgen.run_generic(w, ppl, ents)
    lookspecial.run_special(w, ppl, special)
    # gangs and the money behind them
    pool = cardring.collection_pool(ring, ppl)
    w.rng.shuffle(pool)
    for i, gid in enumerate(LAUNDERED):
        g = next(g for g, _, _ in GANG_MODULES if g.gid == gid)
        g.collect = pool[i * len(pool) // len(LAUNDERED):(i + 1) * len(pool) // len(LAUNDERED)]
    for (_, _, run), st in zip(GANG_MODULES, states, strict=True):
        run(w, ppl, st)
    cardring.run_ring(w, ppl, ring)
    own = {a: g.gid for g, _, _ in GANG_MODULES if g.gid not in LAUNDERED for a in g.collect}
    cardring.launder(w, ppl, ring, own)
    cardring.ring_truth(w, ppl, ring)
    post.warnings(w, ppl, [g for g, _, _ in GANG_MODULES])
    post.june_context(w, ppl)
    post.bank_notices(w)
    return w, ppl


def write(w: World, out: str) -> dict:
    w.finalize_numbers()
    counts = write_events(w, out)
    c = w.cards
    lt = {"num": w.numbers.items}
    imsi = [w.imsi_of_num.get(int(n)) for n in c.num.tolist()]
    st_time = np.where(c.status_time > 0, c.status_time, c.open_time)
    counts["subscribers"] = write_static(out, "subscribers", {
        "msisdn": pa.array([lt["num"][n] for n in c.num.tolist()], pa.string()), "imsi": pa.array(imsi, pa.string()),
        "id_key": pa.array(c.id_key.tolist(), pa.string()), "id_type": pa.array(c.id_type.tolist(), pa.string()),
        "customer_type": pa.array(c.customer_type.tolist(), pa.string()),
        "line_type": pa.array(c.line_type.tolist(), pa.string()), "operator": pa.array([OPERATOR] * c.n, pa.string()),
        "open_time": pa.array(c.open_time, TS), "open_channel": pa.array(c.open_channel.tolist(), pa.string()),
        "open_cell": pa.array([w.cell_ids[x] if x >= 0 else None for x in c.open_cell.tolist()], pa.string()),
        "status": pa.array(c.status.tolist(), pa.string()), "status_time": pa.array(st_time, TS),
        "is_prepaid": pa.array(c.prepaid, pa.bool_()), "home_region": pa.array(c.home_region.tolist(), pa.string())})
    counts["cells"] = write_static(out, "cells", {k: pa.array(v) for k, v in w.cells_table.items()})
    counts["bank_accounts"] = write_static(out, "bank_accounts", rows_to_columns(w.static["bank_accounts"], [
        ("account_id", pa.string()), ("id_key", pa.string()), ("bank", pa.string()), ("open_time", TS),
        ("bound_msisdn", pa.string()), ("status", pa.string())]))
    counts["internet_accounts"] = write_static(out, "internet_accounts", rows_to_columns(
        w.static["internet_accounts"], [("platform", pa.string()), ("account", pa.string()), ("msisdn", pa.string()),
                                        ("register_time", TS), ("status", pa.string())]))
    reps = sorted(w.static["reports"], key=lambda r: (r["time"], r["entity_type"], r["entity"], r["label"]))
    for i, r in enumerate(reps):
        r["report_id"] = f"TFR{i + 1:06d}"
    counts["reports"] = write_static(out, "reports", rows_to_columns(reps, [
        ("report_id", pa.string()), ("time", TS), ("entity_type", pa.string()), ("entity", pa.string()),
        ("label", pa.string()), ("fraud_type", pa.string()), ("loss_amount", pa.float64()), ("source", pa.string())]))
    lists = _dedupe_lists(w.static["lists"])
    counts["lists"] = write_static(out, "lists", rows_to_columns(lists, [
        ("entity_type", pa.string()), ("entity", pa.string()), ("list", pa.string()), ("reason", pa.string()),
        ("added_time", TS), ("expires_time", TS)]))
    truth, conflicts = _truth(w)
    os.makedirs(os.path.join(out, "truth"), exist_ok=True)
    write_static(os.path.join(out, "truth"), "entities", rows_to_columns(truth, [
        ("entity_type", pa.string()), ("entity", pa.string()), ("role", pa.string()), ("gang_id", pa.string()),
        ("scheme", pa.string()), ("first_active", TS)]))
    ev = sorted(w.events, key=lambda e: (e[1], e[0]))
    write_static(os.path.join(out, "truth"), "events", rows_to_columns(
        [dict(victim=e[0], time=e[1], amount=e[2], to_account=e[3], gang_id=e[4], scheme=e[5]) for e in ev],
        [("victim", pa.string()), ("time", TS), ("amount", pa.float64()), ("to_account", pa.string()),
         ("gang_id", pa.string()), ("scheme", pa.string())]))
    return {"rows": counts, "truth": truth, "conflicts": conflicts}


def _dedupe_lists(rows: list[dict]) -> list[dict]:
    seen: dict[tuple, dict] = {}
    for r in sorted(rows, key=lambda r: (r["added_time"], r["entity_type"], r["entity"], r["list"])):
        seen.setdefault((r["entity_type"], r["entity"], r["list"]), r)
    return list(seen.values())


def _truth(w: World) -> tuple[list[dict], list[str]]:
    first: dict[tuple[str, str], dict] = {}
    conflicts = []
    for et, ent, role, gang, scheme, fa in w.truth:
        key = (et, ent)
        if key in first:
            if first[key]["role"] != role:
                conflicts.append(f"{et}:{ent} {first[key]['role']} / {role}")
            continue
        first[key] = {"entity_type": et, "entity": ent, "role": role, "gang_id": gang, "scheme": scheme,
                      "first_active": None if fa is None else int(max(fa, T0 - 400 * 86400))}
    return list(first.values()), conflicts


def summary(w: World, res: dict, seconds: float) -> dict:
    truth = res["truth"]
    roles = Counter(r["role"] for r in truth)
    gangs_ = {}
    for g, _, _ in GANG_MODULES + ((cardring.G09, None, None), (cardring.G10, None, None)):
        mine = [r for r in truth if r["gang_id"] == g.gid]
        pays = [e for e in w.events if e[4] == g.gid]
        gangs_[g.gid] = {"scheme": g.scheme, "entities": dict(sorted(Counter(r["role"] for r in mine).items())),
                         "payments": len(pays), "victims_paid": len({e[0] for e in pays}),
                         "loss": round(sum(e[2] for e in pays), 2)}
    kinds = sorted({r["role"] for r in truth if r["role"].startswith("lookalike:")})
    return {"seed": w.seed, "subscribers": int(w.cards.n), "rows": res["rows"],
            "rows_total": int(sum(res["rows"].values())), "truth_roles": dict(sorted(roles.items())),
            "gangs": gangs_, "lookalike_kinds": len(kinds), "victims": roles.get("victim", 0),
            "victim_payments": len(w.events), "loss_total": round(sum(e[2] for e in w.events), 2),
            "truth_conflicts": res["conflicts"], "seconds": round(seconds, 1)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--subscribers", type=int, default=20000)
    ap.add_argument("--summary")
    a = ap.parse_args(argv)
    t = time.time()
    w, _ = build(a.seed, a.subscribers)
    res = write(w, a.out)
    s = summary(w, res, time.time() - t)
    if a.summary:
        with open(a.summary, "w") as f:
            json.dump(s, f, indent=1, ensure_ascii=False)
    print(f"seed {a.seed}: {s['subscribers']} cards, {s['rows_total']:,} rows, {s['victims']} victims, "
          f"{s['lookalike_kinds']} look-alike kinds, {s['seconds']}s")


if __name__ == "__main__":
    main()
