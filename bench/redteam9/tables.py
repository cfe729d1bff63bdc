#!/usr/bin/env python3
"""Markdown tables of a generated data set's ground truth (for README.md): entity counts per role, per gang and per
look-alike kind, for one or more data folders.

    tables.py DIR [DIR ...]      # e.g. /tmp/red16/run/data-91 /tmp/red16/run/data-92
"""

import os
import sys

import duckdb


def main(dirs):
    con = duckdb.connect()
    names = [os.path.basename(d.rstrip("/")) for d in dirs]
    for i, d in enumerate(dirs):
        con.execute(f"create view e{i} as select * from '{d}/truth/entities/entities.parquet'")
        con.execute(f"create view v{i} as select * from '{d}/truth/events/events.parquet'")

    def table(title, q, cols):
        print(f"\n### {title}\n")
        rows = {}
        for i in range(len(dirs)):
            for r in con.execute(q.replace("{E}", f"e{i}").replace("{V}", f"v{i}")).fetchall():
                rows.setdefault(r[:cols], {})[i] = r[cols:]
        width = len(next(iter(next(iter(rows.values())).values())))
        return rows, width

    # per role and entity type
    rows, _ = table("Entities per role and entity type", "select role, entity_type, count(*) from {E} group by all order by all", 2)
    print("| role | entity type | " + " | ".join(names) + " |")
    print("|---|---|" + "---:|" * len(names))
    for k in sorted(rows):
        print(f"| {k[0]} | {k[1]} | " + " | ".join(str(rows[k].get(i, (0,))[0]) for i in range(len(dirs))) + " |")
    # per gang
    q = """select gang_id, scheme, role, count(*) from {E} where role <> 'benign' and gang_id is not null group by all order by all"""
    rows, _ = table("Entities per gang and role (all entity types)", q, 3)
    print("| gang | scheme | role | " + " | ".join(names) + " |")
    print("|---|---|---|" + "---:|" * len(names))
    for k in sorted(rows):
        print(f"| {k[0]} | {k[1]} | {k[2]} | " + " | ".join(str(rows[k].get(i, (0,))[0]) for i in range(len(dirs))) + " |")
    q = """select e.gang_id, count(distinct v.victim), count(*), round(sum(v.amount))::bigint from {V} v
           join {E} e on e.entity = v.victim and e.entity_type = 'msisdn' group by 1 order by 1"""
    rows, _ = table("Victims, payments and losses (CNY) per gang", q, 1)
    print("| gang | " + " | ".join(f"{n} victims / payments / loss" for n in names) + " |")
    print("|---|" + "---:|" * len(names))
    for k in sorted(rows):
        print(f"| {k[0]} | " + " | ".join("{} / {} / {:,}".format(*rows[k].get(i, (0, 0, 0))) for i in range(len(dirs))) + " |")
    # look-alikes
    q = """select scheme, count(*) filter (where entity_type = 'msisdn'), count(*) from {E} where role = 'benign' group by 1 order by 1"""
    rows, _ = table("Benign look-alikes per kind (numbers / all entities)", q, 1)
    print("| kind | " + " | ".join(f"{n} numbers / entities" for n in names) + " |")
    print("|---|" + "---:|" * len(names))
    tot = [[0, 0] for _ in dirs]
    for k in sorted(rows):
        vals = [rows[k].get(i, (0, 0)) for i in range(len(dirs))]
        for i, v in enumerate(vals):
            tot[i][0] += v[0]
            tot[i][1] += v[1]
        print(f"| {k[0]} | " + " | ".join(f"{a} / {b}" for a, b in vals) + " |")
    print(f"| **total ({len(rows)} kinds)** | " + " | ".join(f"**{a} / {b}**" for a, b in tot) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
