"""Per-entity risk scores from scenario hits, with the action each score earns and its explanation."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from fraudwall.errors import InputError
from fraudwall.interchange.schema import ENTITY_TYPES
from fraudwall.scenarios.model import ACTIONS, DOMAINS

DEFAULT_CONFIG = Path(__file__).parent / "scoring.yaml"


@dataclass
class ScoringConfig:
    """Action thresholds per domain, optionally per ``domain.entity_type`` (``default`` for the rest)."""

    thresholds: dict[str, dict[str, float]] = field(default_factory=dict)
    weights: dict[str, float] = field(default_factory=dict)  # scenario id -> weight override

    def for_domain(self, domain: str, entity_type: str | None = None) -> dict[str, float]:
        """Thresholds for an entity: ``domain.entity_type`` first, then ``domain``, then ``default``."""
        if entity_type and f"{domain}.{entity_type}" in self.thresholds:
            return self.thresholds[f"{domain}.{entity_type}"]
        return self.thresholds.get(domain) or self.thresholds["default"]

    def action_sql(self, score: str, domain: str, entity_type: str = "entity_type") -> str:
        """SQL CASE giving the action for ``score`` of an entity with primary ``domain`` and ``entity_type``."""

        def ladder(th: dict[str, float]) -> str:
            inner = " ".join(f"WHEN {score} >= {v!r} THEN '{a}'" for a, v in sorted(th.items(), key=lambda kv: -kv[1]))
            return f"CASE {inner} ELSE NULL END"

        branches = []
        for key, th in self.thresholds.items():
            if key == "default":
                continue
            d, _, et = key.partition(".")
            cond = f"{domain} = '{d}'" + (f" AND {entity_type} = '{et}'" if et else "")
            branches.append((bool(et), cond, ladder(th)))
        branches.sort(key=lambda b: not b[0])  # entity-type specific keys before domain keys
        body = " ".join(f"WHEN {cond} THEN {lad}" for _, cond, lad in branches)
        return f"(CASE {body} ELSE {ladder(self.thresholds['default'])} END)" if body else ladder(self.thresholds["default"])

    def min_action_threshold(self, domain: str, entity_type: str | None = None) -> float:
        """The lowest score at which the domain takes an action stronger than review."""
        th = {a: v for a, v in self.for_domain(domain, entity_type).items() if a != "review"}
        return min(th.values()) if th else 1.0


def load_scoring(path: str | Path | None = None) -> ScoringConfig:
    """Read the scoring config (the shipped default when ``path`` is None)."""
    p = Path(path) if path else DEFAULT_CONFIG
    try:
        doc = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"{p}: cannot read scoring config: {exc}") from None
    unknown = set(doc) - {"thresholds", "weights"}
    if unknown:
        raise InputError(f"{p}: unknown key {sorted(unknown)[0]!r} (allowed: thresholds, weights)")
    th = {}
    for d, m in (doc.get("thresholds") or {}).items():
        dom, _, et = d.partition(".")
        if d != "default" and dom not in DOMAINS:
            raise InputError(f"{p}: thresholds.{d}: unknown domain")
        if et and et not in ENTITY_TYPES:
            raise InputError(f"{p}: thresholds.{d}: unknown entity type {et!r}")
        for a, v in (m or {}).items():
            if a not in ACTIONS:
                raise InputError(f"{p}: thresholds.{d}.{a}: unknown action (known: {', '.join(ACTIONS)})")
            if not isinstance(v, int | float) or not 0 <= v <= 1:
                raise InputError(f"{p}: thresholds.{d}.{a}: must be a number in [0, 1]")
        th[d] = {a: float(v) for a, v in (m or {}).items()}
    if path is not None:  # a user file overrides the shipped defaults domain by domain
        base = load_scoring(None).thresholds
        base.update(th)
        th = base
    if "default" not in th:
        raise InputError(f"{p}: thresholds.default is required")
    weights = {str(k): float(v) for k, v in (doc.get("weights") or {}).items()}
    return ScoringConfig(th, weights)


def scores_sql(alerts: str, cfg: ScoringConfig) -> str:
    """SQL: one row per (entity_type, entity, window) with score, primary domain, action and reasons."""
    return f"""
    WITH hits AS (
        SELECT *, greatest(least(weight * score, 0.999999), 0) AS w FROM {alerts} WHERE NOT shadow
    ), ranked AS (
        SELECT *, row_number() OVER (PARTITION BY entity_type, entity, window_start ORDER BY w DESC, scenario) AS rk
        FROM hits
    )
    SELECT entity_type, entity, window_start, window_end,
        1 - exp(sum(ln(1 - w))) AS score,
        any_value(domain) FILTER (WHERE rk = 1) AS primary_domain,
        count(*) AS hits,
        list(scenario ORDER BY w DESC) AS scenarios,
        to_json(list(struct_pack(scenario := scenario, version := version, score := round(score, 4),
                                 weight := weight, evidence := evidence) ORDER BY w DESC)) AS reasons
    FROM ranked
    GROUP BY entity_type, entity, window_start, window_end
    """


def with_action_sql(scores: str, cfg: ScoringConfig) -> str:
    return f"SELECT *, {cfg.action_sql('score', 'primary_domain', 'entity_type')} AS action FROM ({scores})"
