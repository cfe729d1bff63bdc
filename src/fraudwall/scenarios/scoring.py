"""Per-entity risk scores from scenario hits, with the action each score earns and its explanation."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from fraudwall.errors import InputError
from fraudwall.scenarios.model import ACTIONS, DOMAINS

DEFAULT_CONFIG = Path(__file__).parent / "scoring.yaml"


@dataclass
class ScoringConfig:
    """Action thresholds per domain (``default`` for domains not listed)."""

    thresholds: dict[str, dict[str, float]] = field(default_factory=dict)
    weights: dict[str, float] = field(default_factory=dict)  # scenario id -> weight override

    def for_domain(self, domain: str) -> dict[str, float]:
        return self.thresholds.get(domain) or self.thresholds["default"]

    def action_sql(self, score: str, domain: str) -> str:
        """SQL CASE giving the action for ``score`` of an entity whose primary domain is ``domain``."""
        cases = []
        for d in list(DOMAINS) + ["default"]:
            th = sorted(self.for_domain(d).items(), key=lambda kv: -kv[1])
            inner = " ".join(f"WHEN {score} >= {v!r} THEN '{a}'" for a, v in th)
            cases.append((d, f"CASE {inner} ELSE NULL END"))
        body = " ".join(f"WHEN {domain} = '{d}' THEN {c}" for d, c in cases if d != "default")
        return f"(CASE {body} ELSE {dict(cases)['default']} END)"

    def min_action_threshold(self, domain: str) -> float:
        """The lowest score at which the domain takes an action stronger than review."""
        th = {a: v for a, v in self.for_domain(domain).items() if a != "review"}
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
        if d != "default" and d not in DOMAINS:
            raise InputError(f"{p}: thresholds.{d}: unknown domain")
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
    return f"SELECT *, {cfg.action_sql('score', 'primary_domain')} AS action FROM ({scores})"
