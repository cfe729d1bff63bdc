"""Generate red-team provinces, load them, detect and evaluate; print recall and precision per role.

    .venv/bin/python bench/redteam/run.py --seeds 1,2 --quiet-seeds 3 --work /tmp/redteam

Each run: ``generate.py`` (skipped when the data set exists) -> ``fraudwall ingest`` -> ``fraudwall detect``
(the default period: the days of activity records) -> ``fraudwall evaluate``. The table shows, per truth role,
recall at the action threshold with the number of entities, precision at the action threshold per entity type,
and the look-alikes actioned. ``--redetect`` runs detection again on kept warehouses (after a library change).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _run(args: list[str]) -> str:
    return subprocess.run([sys.executable, *args], check=True, capture_output=True, text=True).stdout


def run_one(name: str, seed: int, quiet: bool, work: Path, redetect: bool) -> dict:
    data, wh = work / name, work / f"wh_{name}"
    if not (data / "truth").exists():
        _run([str(HERE / "generate.py"), "--out", str(data), "--seed", str(seed), *(["--quiet-fraud"] if quiet else [])])
    fresh = not (wh / "fraudwall-warehouse.json").exists()
    if fresh:
        _run(["-m", "fraudwall", "ingest", str(data), "--warehouse", str(wh), "--json"])
    if fresh or redetect:
        _run(["-m", "fraudwall", "detect", "--warehouse", str(wh), "--json"])
    out = json.loads(_run(["-m", "fraudwall", "evaluate", "--warehouse", str(wh), "--truth", str(data / "truth"), "--json"]))
    (work / f"eval_{name}.json").write_text(json.dumps(out, indent=1))
    return out


def table(runs: list[tuple[str, dict]]) -> str:
    """Markdown: recall at the action threshold per role, precision per entity type, look-alikes actioned."""
    lines = ["| role | " + " | ".join(n for n, _ in runs) + " |", "|---|" + "---|" * len(runs)]
    for r in sorted({r for _, e in runs for r in e["roles"]}):
        cells = [f"{v['recall_actioned']:.2f} ({v['entities']})" if (v := e["roles"].get(r)) else "-" for _, e in runs]
        lines.append(f"| {r} | " + " | ".join(cells) + " |")
    for t in sorted({t for _, e in runs for t in e["entity_types"]}):
        cells = [f"{v['precision']:.2f} ({v['true_positives']}/{v['entities_actioned']})"
                 if (v := e["entity_types"].get(t)) else "-" for _, e in runs]
        lines.append(f"| precision {t} | " + " | ".join(cells) + " |")
    looks = [", ".join(f"{k} {v['actioned']}/{v['entities']}" for k, v in e["lookalikes"].items() if v["actioned"])
             or "none" for _, e in runs]
    lines.append("| look-alikes actioned | " + " | ".join(looks) + " |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", default="1,2", help="full-intensity seeds")
    ap.add_argument("--quiet-seeds", default="3", help="seeds generated with --quiet-fraud ('' for none)")
    ap.add_argument("--work", type=Path, required=True)
    ap.add_argument("--redetect", action="store_true")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    plan = [(f"s{s}", int(s), False) for s in args.seeds.split(",") if s] + \
           [(f"q{s}", int(s), True) for s in args.quiet_seeds.split(",") if s]
    runs = [(name, run_one(name, seed, quiet, args.work, args.redetect)) for name, seed, quiet in plan]
    print(table(runs))


if __name__ == "__main__":
    main()
