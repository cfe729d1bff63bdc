"""``docs/scenarios.md`` generated from the registry: the catalogue per domain, with measured precision/recall.

The measured columns come from ``evaluate`` (entity level, any alert of the scenario, against the
simulator's ground truth) when a warehouse that has been through ``detect`` and its truth folder are given.
"""

from __future__ import annotations

from pathlib import Path

from fraudwall.scenarios.model import DOMAINS
from fraudwall.scenarios.registry import Registry

HEADER = """# Scenario catalogue

Generated from the scenario registry by `fraudwall scenarios catalog{args} > docs/scenarios.md`;
do not edit by hand. Every scenario is one YAML file under `src/fraudwall/scenarios/library/<domain>/`
(`fraudwall scenarios show ID` prints it in full, SQL included).
"""


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x:.2f}"


def catalog_markdown(registry: Registry, measured: dict | None = None, source: str | None = None,
                     args: str = "") -> str:
    """The catalogue as Markdown; ``measured`` is an ``evaluate`` result, ``source`` describes its data."""
    out = [HEADER.format(args=args)]
    by_domain: dict[str, list] = {}
    for s in registry:
        by_domain.setdefault(s.domain, []).append(s)
    order = [d for d in DOMAINS if d in by_domain] + sorted(d for d in by_domain if d not in DOMAINS)
    out.append(f"{len(registry)} scenarios in {len(order)} domains.")
    if measured:
        out.append(f"\nPrecision and recall: measured on {source or 'the simulator'} — entity level, an entity "
                   "counts as found when the scenario alerted on it on any day; recall is over the truth roles "
                   "the scenario targets (`targets`), precision counts hits on any fraud role as correct. "
                   "Single scenarios are not meant to find everything: the entity score combines them.")
        roles = measured.get("roles") or {}
        if roles:
            out.append("\n| truth role | entities | alerted | actioned (recall at action) |\n|---|---|---|---|")
            for r, v in roles.items():
                out.append(f"| {r} | {v['entities']} | {v['alerted']} | {v['actioned']} ({_pct(v['recall_actioned'])}) |")
            a = measured.get("actions") or {}
            out.append(f"\nActioned entities: {a.get('entities_actioned')}, precision {_pct(a.get('precision'))}. "
                       "Look-alikes actioned: " + ", ".join(f"{k} {v['actioned']}/{v['entities']}"
                                                      for k, v in (measured.get("lookalikes") or {}).items()) + ".")
    for d in order:
        out.append(f"\n## {d}\n")
        head = "| id | name (en / zh) | entity | severity | action | detects |"
        sep = "|---|---|---|---|---|---|"
        if measured:
            head += " precision | recall |"
            sep += "---|---|"
        out += [head, sep]
        for s in sorted(by_domain[d], key=lambda s: s.id):
            name = f"{_cell(s.name_en)} / {_cell(s.name_zh)}" + (" (shadow)" if s.shadow else "")
            row = (f"| `{s.id}` v{s.version} | {name} | {s.entity_type} | {s.severity} | {s.action} | "
                   f"{_cell(s.description) or '—'} |")
            if measured:
                m = (measured.get("scenarios") or {}).get(s.id) or {}
                row += f" {_pct(m.get('precision'))} | {_pct(m.get('recall'))} |"
            out.append(row)
    return "\n".join(out) + "\n"


def measured_from(warehouse: Path, truth: Path, registry: Registry) -> dict:
    """Evaluate a detected warehouse against its truth folder."""
    from fraudwall.scenarios.evaluate import evaluate
    from fraudwall.warehouse.store import Warehouse

    return evaluate(Warehouse.open(warehouse), truth, registry, max_unmatched=1)
