#!/usr/bin/env python3
"""Blind red-team generator 19: Shaanxi (陕西) in the National Day Golden Week of 2028 and the week after.

One operator's feed (秦川移动, qinchuan_mobile), 28 Sep - 14 Oct 2028, interchange v1 as Parquet with times
labelled Asia/Shanghai, plus truth/entities and truth/events. Deterministic per --seed.

    generate.py --out DIR --seed 191 [--subscribers 20000] [--summary FILE.json]

Modules: world (calendar, places, cells, numbers), people (the population and where it is), life (its
everyday records in bulk), kit (record helpers), ring (the card ring), gangs (the other fraud gangs),
lookgen/lookalikes (benign look-alikes), post (reports, lists, benign truth), output (Parquet).
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

from gangs import plant_gangs  # noqa: E402
from kit import Kit  # noqa: E402
from life import Life  # noqa: E402
from lookalikes import plant_lookalikes  # noqa: E402
from output import Tables  # noqa: E402
from people import Population  # noqa: E402
from post import benign_truth, reports_and_lists  # noqa: E402
from ring import card_ring, finish_ring  # noqa: E402
from world import World  # noqa: E402


def generate(out: str, seed: int, subscribers: int) -> dict:
    t0 = time.time()
    root = np.random.SeedSequence([19, seed])
    s_world, s_pop, s_plant, s_life = (np.random.default_rng(s) for s in root.spawn(4))
    world = World(seed, s_world)
    # the planted actors open about 2% more cards of our operator on top of the population
    pop = Population(world, s_pop, max(1000, int(subscribers * 0.98)))
    tables = Tables()
    world.rng = s_plant
    kit = Kit(world, pop, tables, s_plant)
    taken: set[int] = set()
    ring = card_ring(kit, taken)
    plant_gangs(kit, ring, taken)
    finish_ring(ring)
    kinds = plant_lookalikes(kit, taken)
    reports_and_lists(kit)
    benign_truth(kit)
    # the population's everyday records (after planting: trips abroad and swapped SIMs are known)
    Life(pop, tables, s_life).run()
    tables.chunk("subscribers", **pop.subscriber_rows())
    tables.chunk("bank_accounts", **_bank(pop))
    c = world.cells
    tables.chunk("cells", cell=np.array([x.cell for x in c], dtype=object), lat=np.array([x.lat for x in c]),
                 lon=np.array([x.lon for x in c]), region=np.array([world.place_of[x.place][1] for x in c], dtype=object),
                 site_type=np.array([x.site_type for x in c], dtype=object))
    if os.path.exists(out):
        shutil.rmtree(out)
    counts = tables.write(out)
    truth = tables.rows["truth/entities"]
    roles: dict[str, int] = {}
    for r in truth["role"]:
        key = "lookalike" if r.startswith("lookalike:") else r
        roles[key] = roles.get(key, 0) + 1
    return {"seed": seed, "subscribers": counts["subscribers"], "rows": counts,
            "rows_total": sum(v for k, v in counts.items() if not k.startswith("truth")),
            "truth_roles": dict(sorted(roles.items())), "lookalike_kinds": len(kinds),
            "lookalike_entities": sum(kinds.values()),
            "gangs": sorted({g for g in truth["gang_id"] if g}), "seconds": round(time.time() - t0, 1)}


def _bank(pop: Population) -> dict:
    rows = pop.bank_rows
    return dict(account_id=np.array([r[0] for r in rows], dtype=object), id_key=np.array([r[1] for r in rows], dtype=object),
                bank=np.array([r[2] for r in rows], dtype=object), open_time=np.array([r[3] for r in rows], dtype=np.int64),
                bound_msisdn=np.array([r[4] for r in rows], dtype=object),
                status=np.full(len(rows), "active", dtype=object))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=191)
    ap.add_argument("--subscribers", type=int, default=20000)
    ap.add_argument("--summary")
    a = ap.parse_args()
    s = generate(a.out, a.seed, a.subscribers)
    text = json.dumps(s, indent=1, ensure_ascii=False)
    if a.summary:
        with open(a.summary, "w") as f:
            f.write(text + "\n")
    print(f"seed {a.seed}: {s['rows_total']:,} rows, {s['subscribers']:,} subscribers, {len(s['gangs'])} gangs, "
          f"{s['lookalike_kinds']} look-alike kinds ({s['lookalike_entities']} entities), {s['seconds']} s")


if __name__ == "__main__":
    main()
