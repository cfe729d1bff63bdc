#!/usr/bin/env python3
"""Generate the blind Chongqing province (Double Eleven 2028) in interchange v1 with ground truth.

    generate.py --out DIR --seed N [--subscribers 20000]
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import texts as T  # noqa: E402
from gangs import Gangs  # noqa: E402
from kit import Kit  # noqa: E402
from life import Life, bank_notices  # noqa: E402
from lookalikes import Lookalikes  # noqa: E402
from output import write  # noqa: E402
from people import PIDX, People  # noqa: E402
from world import END, START, World  # noqa: E402

FRAUD_FIRST = {"benign": 3, "victim": 1}


def role_rank(role: str) -> int:
    if role in FRAUD_FIRST:
        return FRAUD_FIRST[role]
    if role.startswith("lookalike:"):
        return 2
    return 0


def lists(w: World):
    allow = sorted({v for v in T.SERVICE.values()} | {v[0] for v in T.BANK_SENDER.values()} |
                   set(T.COURIER_HOTLINES))
    w.add("lists", entity_type="msisdn", entity=np.array([str(x) for x in allow], dtype=object), list="allow",
          reason="registered service number", added_time=START - 800 * 86400, expires_time=None)
    block = [("msisdn", "8657187654321", "police case 2028-09, fake customer service"),
             ("msisdn", "862363960987", "police case 2028-10, impersonating police"),
             ("domain", "tb-tuikuan.top", "police case 2028-09, fake refund site")]
    w.add("lists", entity_type=np.array([b[0] for b in block], dtype=object),
          entity=np.array([b[1] for b in block], dtype=object), list="block",
          reason=np.array([b[2] for b in block], dtype=object),
          added_time=np.array([START - 35 * 86400, START - 18 * 86400, START - 38 * 86400]), expires_time=None)


def truth_tables(w: World, pp: People, kit: Kit):
    # people: victims, look-alikes and the benign; gang-held people already have their role in w.truth_parts
    paid_first = {}
    for e in w.event_parts:
        for v, t in zip(e["victim"].tolist(), e["time"].tolist(), strict=True):
            if t < END:
                paid_first[v] = min(paid_first.get(v, t), t)
    role = pp.label.copy()
    fa = np.full(pp.N, START, dtype=np.int64)
    for i, m in enumerate(pp.msisdn.tolist()):
        if m in paid_first:
            role[i] = "victim"
            fa[i] = paid_first[m]
    parts = list(w.truth_parts)
    scheme = np.where(role == "benign", "ordinary", np.where(role == "victim", "victim", "honest")).astype(object)
    parts.append(dict(entity_type=np.full(pp.N, "msisdn", dtype=object),
                      entity=pp.msisdn.astype(str).astype(object), role=role.astype(object),
                      gang_id=np.full(pp.N, None, dtype=object), scheme=scheme, first_active=fa))
    cols = ["entity_type", "entity", "role", "gang_id", "scheme", "first_active"]
    d = {c: np.concatenate([np.asarray(p[c], dtype=object if c != "first_active" else np.int64) for p in parts])
         for c in cols}
    d["entity"] = np.array([str(x) for x in d["entity"].tolist()], dtype=object)
    rank = np.array([role_rank(x) for x in d["role"].tolist()])
    key = np.array([f"{a}|{b}" for a, b in zip(d["entity_type"].tolist(), d["entity"].tolist(), strict=True)],
                   dtype=object)
    order = np.lexsort((np.arange(len(key)), rank, key))
    ks = key[order]
    keep = np.ones(len(ks), dtype=bool)
    keep[1:] = ks[1:] != ks[:-1]
    sel = order[keep]
    sel = sel[np.lexsort((d["entity"][sel].astype(str), d["entity_type"][sel].astype(str)))]
    truth = {c: d[c][sel] for c in cols}
    # a site counts only where the network saw it (visited, or the address an app was downloaded from)
    seen = set()
    for p in w.parts["web"]:
        seen.update(np.unique(np.asarray(p["domain"], dtype=object).astype(str)).tolist())
    for p in w.parts["apps"]:
        for u in np.asarray(p.get("source_url", np.array([None])), dtype=object).tolist():
            if u:
                seen.add(u.split("/")[2])
    ok = np.array([et != "domain" or e in seen for et, e in zip(truth["entity_type"].tolist(),
                                                                  truth["entity"].tolist(), strict=True)])
    truth = {c: v[ok] for c, v in truth.items()}
    ev = {c: np.concatenate([e[c] for e in w.event_parts]) for c in ("victim", "time", "amount", "to_account")}
    inside = ev["time"] < END
    ev = {c: v[inside] for c, v in ev.items()}
    o = np.lexsort((ev["victim"], ev["time"]))
    ev = {c: v[o] for c, v in ev.items()}
    ev["victim"] = ev["victim"].astype(str).astype(object)
    return truth, ev


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=201)
    ap.add_argument("--subscribers", type=int, default=20000)
    a = ap.parse_args(argv)
    t0 = time.time()
    w = World(a.seed, a.subscribers)
    pp = People(w).build()
    look = Lookalikes(w, pp)
    look.pre()
    life = Life(w, pp)
    life.run()
    kit = Kit(w, pp, life)
    gangs = Gangs(w, pp, life, kit)
    gangs.run()
    look.post(life, kit, gangs)
    look.truth_people()
    owners = dict(kit.acct_owner)
    for col in (pp.acct, pp.acct2):
        for i, acc in enumerate(col.tolist()):
            if acc is not None and acc not in owners:
                bank = pp.bank[i] if col is pp.acct else "ICBC"
                teen = pp.persona[i] == PIDX["teen"] and pp.parent[i] >= 0
                owners[acc] = (int(pp.msisdn[pp.parent[i]] if teen else pp.msisdn[i]), bank)
    tx = {c: np.concatenate([np.asarray(p[c]) for p in w.parts["transfers"]]) for c in
          ("time", "from_account", "to_account", "amount")}
    bank_notices(w, owners, tx)
    kit.emit_reports()
    lists(w)
    pp.emit_subscribers()
    truth, events = truth_tables(w, pp, kit)
    counts = write(w, a.out, truth, events)
    total = sum(v for k, v in counts.items() if not k.startswith("truth"))
    roles = {}
    for x in truth["role"].tolist():
        key = "lookalike" if x.startswith("lookalike:") else x
        roles[key] = roles.get(key, 0) + 1
    kinds = sorted({x for x in truth["role"].tolist() if x.startswith("lookalike:")})
    print(f"seed {a.seed}: {total:,} rows in {time.time() - t0:.1f}s; " +
          ", ".join(f"{k} {v:,}" for k, v in counts.items()), file=sys.stderr)
    print(f"  truth roles: {roles}; look-alike kinds {len(kinds)}; victims paid {len(set(events['victim'].tolist()))}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
