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
    #: scenario id -> family: scenarios that measure one behaviour from different angles; within a family only
    #: the strongest hit counts towards the score (they are not independent evidence), every hit is still listed
    families: dict[str, str] = field(default_factory=dict)
    #: an action stronger than review needs the hits of scenarios that suggest more than a review to reach
    #: this score on their own: a pile of review-level hits (weak, correlated signals) earns a review only
    min_actionable: float = 0.5

    def for_domain(self, domain: str, entity_type: str | None = None) -> dict[str, float]:
        """Thresholds for an entity: ``domain.entity_type`` first, then ``domain``, then ``default``."""
        if entity_type and f"{domain}.{entity_type}" in self.thresholds:
            return self.thresholds[f"{domain}.{entity_type}"]
        return self.thresholds.get(domain) or self.thresholds["default"]

    def action_sql(self, score: str, domain: str, entity_type: str = "entity_type", review_only: bool = False) -> str:
        """SQL CASE giving the action for ``score`` of an entity with primary ``domain`` and ``entity_type``
        (with ``review_only``: review when the score reaches the review threshold, else nothing)."""

        def ladder(th: dict[str, float]) -> str:
            th = {a: v for a, v in th.items() if a == "review"} if review_only else th
            if not th:
                return "CAST(NULL AS VARCHAR)"
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
    unknown = set(doc) - {"thresholds", "weights", "min_actionable", "families"}
    if unknown:
        raise InputError(f"{p}: unknown key {sorted(unknown)[0]!r} "
                         "(allowed: thresholds, weights, min_actionable, families)")
    shipped = load_scoring(None) if path is not None else None  # a user file's defaults: the shipped config
    gate = doc.get("min_actionable", shipped.min_actionable if shipped else 0.5)
    if isinstance(gate, bool) or not isinstance(gate, int | float) or not 0 <= gate <= 1:
        raise InputError(f"{p}: min_actionable: must be a number in [0, 1]")
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
    if shipped:  # a user file overrides the shipped defaults domain by domain
        th = {**shipped.thresholds, **th}
    if "default" not in th:
        raise InputError(f"{p}: thresholds.default is required")
    weights = {str(k): float(v) for k, v in (doc.get("weights") or {}).items()}
    families = _families(p, doc["families"]) if "families" in doc else (shipped.families if shipped else {})
    return ScoringConfig(th, weights, min_actionable=float(gate), families=families)


def _families(p: Path, doc: object) -> dict[str, str]:
    """``families: {name: [scenario id, ...]}`` as scenario id -> family name (a scenario in one family at most)."""
    if not isinstance(doc, dict):
        raise InputError(f"{p}: families: must map a family name to a list of scenario ids")
    out: dict[str, str] = {}
    for name, members in doc.items():
        if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
            raise InputError(f"{p}: families.{name}: must be a list of scenario ids")
        for m in members:
            if m in out:
                raise InputError(f"{p}: families.{name}: {m} is already in family {out[m]}")
            out[m] = str(name)
    return out


#: the domain whose scenarios say an entity is being defrauded; every other domain says it takes part in fraud
VICTIM_DOMAIN = "victims"


def scores_sql(alerts: str, cfg: ScoringConfig) -> str:
    """SQL: one row per (entity_type, entity, window) with score, primary domain, action and reasons.

    The score combines the hits on the primary hit's side only: victim scenarios (a person being defrauded: the
    victims domain, or a scenario elsewhere that warns a victim) and the others (an entity taking part in fraud)
    say opposite things of an entity, so the one does not corroborate the other (a traveller roaming in a
    high-risk region who opened a fraud link earns the click's review, not a victim warning); a victim-side score's
    primary domain is the victims domain, so it earns a victim's warning. Scenarios of one
    family (``cfg.families``) count once, by their strongest hit, in the score and in the actionable score alike.
    Every hit is still listed among the reasons."""
    fam = ", ".join(f"('{s}', '{f}')" for s, f in sorted(cfg.families.items()))
    fam_join = f"LEFT JOIN (VALUES {fam}) fam(fam_scenario, family) ON fam.fam_scenario = a.scenario" if fam else ""
    family = "coalesce(fam.family, a.scenario)" if fam else "a.scenario"
    return f"""
    WITH hits AS (
        SELECT a.*, greatest(least(weight * score, 0.999999), 0) AS w,
            domain = '{VICTIM_DOMAIN}' OR action = 'warn_victim' AS victim_side,
            action IS NOT NULL AND action <> 'review' AS actionable, {family} AS family
        FROM {alerts} a {fam_join} WHERE NOT shadow
    ), ranked AS (
        SELECT *, row_number() OVER strongest AS rk, first_value(victim_side) OVER strongest = victim_side AS same_side
        FROM hits
        WINDOW strongest AS (PARTITION BY entity_type, entity, window_start ORDER BY w DESC, scenario)
    ), counted AS (  -- the strongest hit of each family, among all hits and among the actionable ones
        SELECT *, row_number() OVER (PARTITION BY entity_type, entity, window_start, same_side, family
                                     ORDER BY w DESC, scenario) = 1 AS family_top,
            row_number() OVER (PARTITION BY entity_type, entity, window_start, same_side, family, actionable
                               ORDER BY w DESC, scenario) = 1 AS family_top_actionable
        FROM ranked
    )
    SELECT entity_type, entity, window_start, window_end,
        1 - exp(sum(ln(1 - w)) FILTER (WHERE same_side AND family_top)) AS score,
        1 - exp(coalesce(sum(ln(1 - w)) FILTER (WHERE same_side AND actionable AND family_top_actionable), 0))
            AS actionable_score,
        -- a victim-side score takes the victims domain's thresholds (a warning to the victim), whichever domain the
        -- scenario is filed under (emerging.remote_control_app): a victim is never warned about as a suspect
        any_value(CASE WHEN victim_side THEN '{VICTIM_DOMAIN}' ELSE domain END) FILTER (WHERE rk = 1) AS primary_domain,
        count(*) AS hits,
        list(scenario ORDER BY w DESC, scenario) AS scenarios,
        to_json(list(struct_pack(scenario := scenario, version := version, score := round(score, 4),
                                 weight := weight, evidence := evidence) ORDER BY w DESC, scenario)) AS reasons
    FROM counted
    GROUP BY entity_type, entity, window_start, window_end
    """


def with_action_sql(scores: str, cfg: ScoringConfig) -> str:
    """The scores with the action each earns (review only while ``actionable_score`` < ``min_actionable``)."""
    full = cfg.action_sql("score", "primary_domain", "entity_type")
    review = cfg.action_sql("score", "primary_domain", "entity_type", review_only=True)
    return (f"SELECT *, CASE WHEN actionable_score >= {cfg.min_actionable!r} THEN {full} ELSE {review} END AS action "
            f"FROM ({scores})")


#: report labels that count as positive when learning weights (a victim report confirms victim scenarios)
POSITIVE_LABELS = ("fraud", "card_seller", "victim")


@dataclass
class LearnedWeight:
    """One scenario's learned weight and the counts behind it."""

    scenario: str
    entity_type: str
    hits: int
    positives: int
    negatives: int
    prior: float
    mean_score: float
    weight: float | None  # None: no labels for this entity type, the prior stays
    basis: str


def learn_weights(con, registry, truth_sql: str | None = None, prior_strength: float = 5.0,
                  label_rate: float | None = None) -> list[LearnedWeight]:
    """Per-scenario noisy-OR weights from labelled entities: smoothed precision of each scenario's hits.

    ``con`` is a warehouse connection with ``alerts`` (and ``reports``/``scores`` when no truth is given).
    With ``truth_sql`` (rows of entity_type, entity, role) labels are complete: an entity hit by a scenario is
    positive when it has a non-benign role, negative otherwise. Without it the labels are the warehouse's
    ``reports``: fraud, card_seller and victim reports are positive, benign ones negative, and unreported
    hits are unknown. Reports cover only part of the fraud, so the reported share of a scenario's hits is
    divided by the report rate of its entity type and domain (``label_rate``, else estimated as the reported
    share of the entities of that type and primary domain the current config actions). Each precision is pulled towards the scenario's current
    weight by ``prior_strength`` pseudo-hits, then divided by the mean score of its hits so that
    weight x score averages the precision. Entity types with no positive label keep their prior.
    """
    con.execute("CREATE OR REPLACE TEMP TABLE lw_hit AS SELECT scenario, entity_type, entity, max(score) AS score "
                "FROM alerts GROUP BY ALL")
    if truth_sql is not None:
        con.execute("CREATE OR REPLACE TEMP TABLE lw_label AS SELECT entity_type, CAST(entity AS VARCHAR) AS entity, "
                    f"bool_or(role <> 'benign') AS positive FROM ({truth_sql}) GROUP BY ALL")
    else:
        pos = ", ".join(f"'{p}'" for p in POSITIVE_LABELS)
        con.execute("CREATE OR REPLACE TEMP TABLE lw_label AS SELECT entity_type, entity, "
                    f"bool_or(label IN ({pos})) AS positive FROM reports GROUP BY ALL")
    # report rate per (entity type, domain): bank mule accounts and internet accounts are both ``account``
    # entities but only the first get bank reports; a pair with no reported entity learns nothing
    rate: dict[tuple[str, str], float] = {}
    if truth_sql is None and label_rate is None:
        for et, dom, n, rep in con.execute(
            "SELECT a.entity_type, a.primary_domain, count(*), count(*) FILTER (WHERE l.positive) FROM "
            "(SELECT DISTINCT entity_type, entity, primary_domain FROM scores WHERE action IS NOT NULL "
            "AND action <> 'review') a LEFT JOIN lw_label l USING (entity_type, entity) GROUP BY 1, 2"
        ).fetchall():
            if rep:
                rate[(et, dom)] = rep / n
    stats = {(s, et): (n, p, q, ms) for s, et, n, p, q, ms in con.execute(
        "SELECT h.scenario, h.entity_type, count(*), count(*) FILTER (WHERE l.positive), "
        "count(*) FILTER (WHERE " + ("l.positive IS NOT TRUE" if truth_sql is not None else "NOT l.positive")
        + "), avg(h.score) FROM lw_hit h LEFT JOIN lw_label l USING (entity_type, entity) GROUP BY 1, 2"
    ).fetchall()}
    out = []
    for s in registry:
        prior = s.effective_weight
        n, p, q, ms = stats.get((s.id, s.entity_type), (0, 0, 0, None))
        ms = float(ms) if ms else 1.0
        if truth_sql is not None and n:
            prec, basis = (p + prior_strength * prior) / (n + prior_strength), "truth"
        elif n and (label_rate is not None or (s.entity_type, s.domain) in rate):
            r = label_rate if label_rate is not None else rate[(s.entity_type, s.domain)]
            prec = (min(n - q, p / r) + prior_strength * prior) / (n + prior_strength)
            basis = f"reports (report rate {r:.2f})"
        else:
            why = "no hits" if not n else f"no reported {s.domain} {s.entity_type} entities"
            out.append(LearnedWeight(s.id, s.entity_type, n, p, q, prior, round(ms, 4), None, f"{why}: prior kept"))
            continue
        w = round(min(0.99, max(0.01, prec / ms)), 3)
        out.append(LearnedWeight(s.id, s.entity_type, n, p, q, prior, round(ms, 4), w, basis))
    return out


def weights_yaml(rows: list[LearnedWeight], source: str) -> str:
    """A scoring config holding the learned weights (thresholds stay the shipped ones unless added)."""
    lines = [f"# Scenario weights learned by `fraudwall scenarios learn-weights` from {source}.",
             "# weight = smoothed precision of the scenario's hits / their mean score; use with",
             "# `fraudwall detect --scoring THIS_FILE` (thresholds not given here stay the shipped ones).",
             "weights:"]
    for r in rows:
        note = f"hits {r.hits}, positive {r.positives}, negative {r.negatives}, prior {r.prior:g}; {r.basis}"
        if r.weight is None:
            lines.append(f"  # {r.scenario}: {note}")
        else:
            lines.append(f"  {r.scenario}: {r.weight}   # {note}")
    return "\n".join(lines) + "\n"
