"""A scenario: one declarative, versioned, explainable detection in one YAML file.

Learned from Sigma rules and dbt models: an id, a version, bilingual names, a
domain, the entity it flags, parameters with defaults, SQL over the shared
per-window feature tables, the evidence columns returned with every hit, the
action it suggests and the known false positives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from fraudwall.errors import ScenarioError
from fraudwall.interchange.schema import ENTITY_TYPES

DOMAINS = (
    "calls", "cards", "catpool", "fixed_voip", "sms", "web", "internet_accounts",
    "victims", "finance", "emerging",
)
SEVERITIES = {"low": 0.3, "medium": 0.5, "high": 0.75, "critical": 0.9}
ACTIONS = (
    "review", "warn", "block", "suspend_and_reverify", "warn_victim", "block_domain", "freeze_account",
    "notify_platform", "watch", "punish_card_seller",
)
_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
_PARAM = re.compile(r"\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}")
#: parameters every scenario may use, set for each window: its start and end, look-back start, hours
WINDOW_PARAMS = frozenset({"w_start", "w_end", "h_start", "w_hours"})
_REQUIRED = {"id", "version", "name", "domain", "entity_type", "severity", "sql", "evidence", "action"}
_ALLOWED = _REQUIRED | {
    "description", "params", "false_positives", "shadow", "weight", "targets", "tags", "references", "realtime",
}


@dataclass(frozen=True)
class Param:
    """A scenario parameter with its default. Declared ``{same_as: <scenario id>}`` instead of ``{default: ...}``,
    it takes the default of that scenario's parameter of the same name (one definition of a threshold that two
    scenarios share), filled in when the registry loads them (:func:`fraudwall.scenarios.registry.resolve_same_as`)."""

    name: str
    default: Any
    description: str = ""
    same_as: str | None = None


@dataclass
class Scenario:
    """A loaded scenario definition."""

    id: str
    version: int
    name_en: str
    name_zh: str
    domain: str
    entity_type: str
    severity: str
    sql: str
    evidence: list[str]
    action: str
    description: str = ""
    params: dict[str, Param] = field(default_factory=dict)
    false_positives: list[str] = field(default_factory=list)
    shadow: bool = False
    weight: float | None = None
    targets: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    realtime: dict | None = None
    path: Path | None = None

    @property
    def effective_weight(self) -> float:
        """Weight of a hit in the entity risk score (explicit, else by severity)."""
        return self.weight if self.weight is not None else SEVERITIES[self.severity]

    def render(self, overrides: dict[str, Any] | None = None) -> str:
        """The SQL with parameters substituted as SQL literals."""
        values = {n: p.default for n, p in self.params.items()}
        values.update(overrides or {})

        def sub(m: re.Match) -> str:
            name = m.group(1)
            if name in WINDOW_PARAMS:
                return m.group(0)  # filled per window by the feature layer
            if name not in values:
                raise ScenarioError(f"{self.path or self.id}: SQL uses undeclared parameter {name!r}")
            p = self.params.get(name)
            if values[name] is None and p is not None and p.same_as:  # not filled in: loaded without the registry
                raise ScenarioError(f"{self.path or self.id}: parameter {name!r} is {p.same_as}'s (load the "
                                    "scenarios with the Registry)")
            return sql_literal(values[name])

        return _PARAM.sub(sub, self.sql)

    def summary(self) -> dict[str, Any]:
        """The fields shown by ``scenarios list``."""
        return {
            "id": self.id, "version": self.version, "domain": self.domain, "entity_type": self.entity_type,
            "severity": self.severity, "name_en": self.name_en, "name_zh": self.name_zh, "action": self.action,
            "shadow": self.shadow,
        }

    def details(self) -> dict[str, Any]:
        """Everything, for ``scenarios show``."""
        return {
            **self.summary(), "description": self.description, "weight": self.effective_weight,
            "params": {n: {"default": p.default, "description": p.description, **({"same_as": p.same_as} if p.same_as else {})}
                       for n, p in self.params.items()},
            "evidence": self.evidence, "false_positives": self.false_positives, "targets": self.targets,
            "tags": self.tags, "sql": self.sql.strip(), "path": str(self.path) if self.path else None,
        }


def sql_literal(value: Any) -> str:
    """Render a parameter value as a SQL literal (numbers, booleans, strings, lists)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "(" + ", ".join(sql_literal(v) for v in value) + ")"
    return "'" + str(value).replace("'", "''") + "'"


def load_scenario(path: Path) -> Scenario:
    """Read one scenario file; every problem is reported with the file name."""
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ScenarioError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(doc, dict):
        raise ScenarioError(f"{path}: a scenario must be a YAML mapping")
    return parse_scenario(doc, path)


def parse_scenario(doc: dict, path: Path | None = None) -> Scenario:
    """Validate a scenario document (structure and values; SQL is checked by the registry)."""
    where = str(path) if path else str(doc.get("id", "<scenario>"))

    def fail(msg: str) -> None:
        raise ScenarioError(f"{where}: {msg}")

    missing = sorted(_REQUIRED - set(doc))
    if missing:
        fail(f"missing key {missing[0]!r}")
    unknown = sorted(set(doc) - _ALLOWED)
    if unknown:
        fail(f"unknown key {unknown[0]!r} (allowed: {', '.join(sorted(_ALLOWED))})")
    sid = str(doc["id"])
    if not _ID.match(sid):
        fail(f"id {sid!r} must look like 'domain.short_name' (lower case, dots, underscores)")
    if not isinstance(doc["version"], int) or doc["version"] < 1:
        fail("version must be a positive integer")
    name = doc["name"]
    if not isinstance(name, dict) or not name.get("en") or not name.get("zh"):
        fail("name must have 'en' and 'zh'")
    if doc["domain"] not in DOMAINS:
        fail(f"domain {doc['domain']!r} is not one of {', '.join(DOMAINS)}")
    if doc["entity_type"] not in ENTITY_TYPES:
        fail(f"entity_type {doc['entity_type']!r} is not one of {', '.join(ENTITY_TYPES)}")
    if doc["severity"] not in SEVERITIES:
        fail(f"severity {doc['severity']!r} is not one of {', '.join(SEVERITIES)}")
    if doc["action"] not in ACTIONS:
        fail(f"action {doc['action']!r} is not one of {', '.join(ACTIONS)}")
    evidence = doc["evidence"]
    if not isinstance(evidence, list) or not evidence or not all(isinstance(e, str) for e in evidence):
        fail("evidence must be a non-empty list of column names")
    if not isinstance(doc["sql"], str) or not doc["sql"].strip():
        fail("sql must be a non-empty string")
    params: dict[str, Param] = {}
    for pname, p in (doc.get("params") or {}).items():
        if isinstance(p, dict):
            if "default" not in p and "same_as" not in p:
                fail(f"params.{pname}: missing 'default'")
            if "default" in p and "same_as" in p:
                fail(f"params.{pname}: give 'default' or 'same_as' (a scenario id whose parameter {pname} it is), not both")
            if "same_as" in p and not (isinstance(p["same_as"], str) and _ID.match(p["same_as"])):
                fail(f"params.{pname}: same_as must be a scenario id")
            params[pname] = Param(pname, p.get("default"), str(p.get("description", "")), p.get("same_as"))
        else:
            params[pname] = Param(pname, p)
    used = set(_PARAM.findall(doc["sql"]))
    undeclared = sorted(used - set(params) - WINDOW_PARAMS)
    if undeclared:
        fail(f"sql uses undeclared parameter {undeclared[0]!r}")
    weight = doc.get("weight")
    if weight is not None and not (isinstance(weight, int | float) and 0 < weight <= 1):
        fail("weight must be a number in (0, 1]")
    return Scenario(
        id=sid, version=doc["version"], name_en=str(name["en"]), name_zh=str(name["zh"]),
        domain=doc["domain"], entity_type=doc["entity_type"], severity=doc["severity"], sql=doc["sql"],
        evidence=list(evidence), action=doc["action"], description=str(doc.get("description", "")).strip(),
        params=params, false_positives=[str(x) for x in doc.get("false_positives") or []],
        shadow=bool(doc.get("shadow", False)), weight=weight, targets=list(doc.get("targets") or []),
        tags=list(doc.get("tags") or []), realtime=doc.get("realtime"), path=path,
    )
