"""Finds scenarios (built-in library and user folders) and validates them, SQL included."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb

from fraudwall.errors import ScenarioError
from fraudwall.features import registry as feats
from fraudwall.interchange.schema import RECORD_TYPES
from fraudwall.scenarios.model import Scenario, load_scenario
from fraudwall.warehouse.store import schema_connection

LIBRARY = Path(__file__).parent / "library"

#: the table a second-stage scenario reads: the entities acted on in this window as taking part in fraud (an action
#: stronger than a review, not a victim's warning) by the other (first-stage) scenarios' hits, with the action each
#: earned after the scoring gate. A scenario reading it runs after all the others, so it can act on a handset, an ID or
#: an account only when a card it carries, holds or was registered by is itself acted on: the evidence for the card
#: is then the card's whole score, not one of its hits.
#: Run alone (``detect(only=[...])``) a second-stage scenario sees no first-stage actions.
WINDOW_ACTIONS = feats.WINDOW_ACTIONS
#: the same with the reviews: every entity the first stage suspects in this window (not a victim's warning), read
#: where suspicion is enough because the reader's own evidence is strong (f_flagged_guidance: the people a
#: flagged number talked to, opening one site)
WINDOW_FLAGGED = feats.WINDOW_FLAGGED
WINDOW_ACTIONS_COLUMNS = "entity_type VARCHAR, entity VARCHAR, action VARCHAR"
#: the table a third-stage scenario reads: the entities acted on in the window by the first and the second stage's
#: scenarios together (the same columns and gate as :data:`WINDOW_ACTIONS`). A second-stage action is itself made from
#: the first stage's (a domain blocked because every sender linking it is blocked, an account frozen because the
#: people paying it had opened blocked sites), and a scenario that needs every site or account the window acts on,
#: whichever stage found it, runs after both.
WINDOW_LATE_ACTIONS = feats.WINDOW_LATE_ACTIONS


EARLIER_ACTIONS = feats.EARLIER_ACTIONS


def carry_stage(s: Scenario) -> bool:
    """Whether a scenario reads the earlier days' actions (:data:`EARLIER_ACTIONS`) and so runs after every window's
    other scenarios, window by window in time order."""
    return EARLIER_ACTIONS in feats.referenced_tables(s.sql)


def second_stage(s: Scenario) -> bool:
    """Whether a scenario reads the first stage's results (:data:`WINDOW_ACTIONS`, :data:`WINDOW_FLAGGED`, or a
    feature table made from them) and so runs after the others (a third-stage scenario is not a second-stage one)."""
    tables = feats.referenced_tables(s.sql)
    return not third_stage(s) and bool(tables & (feats.STAGE_TABLES | feats.second_stage_features()))


def third_stage(s: Scenario) -> bool:
    """Whether a scenario reads the first two stages' actions (:data:`WINDOW_LATE_ACTIONS`) and so runs last in the
    window."""
    return WINDOW_LATE_ACTIONS in feats.referenced_tables(s.sql)


class Registry:
    """A validated set of scenarios keyed by id."""

    def __init__(self, scenarios: dict[str, Scenario]) -> None:
        self.scenarios = scenarios

    @classmethod
    def load(cls, extra_dirs: Iterable[str | Path] = (), builtin: bool = True, validate: bool = True) -> Registry:
        """Load the built-in library and user folders; duplicate ids and bad files are errors."""
        dirs = ([LIBRARY] if builtin else []) + [Path(d) for d in extra_dirs]
        found: dict[str, Scenario] = {}
        for d in dirs:
            if not d.is_dir():
                raise ScenarioError(f"{d}: no such scenario folder")
            for path in sorted(d.rglob("*.yaml")) + sorted(d.rglob("*.yml")):
                if path.name.startswith(("_", ".")):
                    continue
                s = load_scenario(path)
                if s.id in found:
                    raise ScenarioError(f"{path}: duplicate scenario id {s.id!r} (also in {found[s.id].path})")
                found[s.id] = s
        resolve_same_as(found)
        reg = cls(dict(sorted(found.items())))
        if validate:
            reg.validate_sql()
        return reg

    def __iter__(self):
        return iter(self.scenarios.values())

    def __len__(self) -> int:
        return len(self.scenarios)

    def get(self, sid: str) -> Scenario:
        try:
            return self.scenarios[sid]
        except KeyError:
            raise ScenarioError(f"no scenario with id {sid!r} (see `fraudwall scenarios list`)") from None

    def features_needed(self, scenarios: Iterable[Scenario] | None = None) -> list[str]:
        """Feature tables (with dependencies, in order) that the scenarios read."""
        names = set(feats.features())
        need: set[str] = set()
        for s in scenarios if scenarios is not None else self:
            need |= feats.referenced_tables(s.sql) & names
        return feats.closure(need)

    def validate_sql(self) -> None:
        """Check every scenario's SQL: syntax, known tables, known columns, entity and evidence columns."""
        con = schema_connection()
        now = datetime(2026, 1, 2, tzinfo=UTC)
        feats.create_window_views(con, None, now - timedelta(days=1), now)
        params = feats.window_params(now - timedelta(days=1), now)
        for t in (WINDOW_ACTIONS, WINDOW_FLAGGED, WINDOW_LATE_ACTIONS):
            con.execute(f"CREATE TEMP TABLE {t} ({WINDOW_ACTIONS_COLUMNS})")
        con.execute(f"CREATE TEMP TABLE {EARLIER_ACTIONS} ({feats.EARLIER_ACTIONS_COLUMNS})")
        feats.materialize(con, feats.closure(set(feats.features())), params)
        known = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() UNION SELECT view_name FROM duckdb_views()").fetchall()}
        for s in self:
            check_sql(con, s, known, params)
        con.close()


def resolve_same_as(scenarios: dict[str, Scenario]) -> None:
    """Give every ``same_as`` parameter the default of the named scenario's parameter of the same name (which may
    itself be ``same_as`` another's)."""

    def default(sid: str, name: str, seen: tuple[str, ...]):
        s = scenarios.get(sid)
        if s is None or name not in s.params:
            raise ScenarioError(f"{scenarios[seen[0]].path or seen[0]}: params.{name}: same_as {sid!r}, which "
                                f"{'is not loaded' if s is None else 'has no such parameter'}")
        p = s.params[name]
        if p.same_as is None:
            return p.default
        if sid in seen:
            raise ScenarioError(f"params.{name}: same_as in a cycle: {' -> '.join(seen + (sid,))}")
        return default(p.same_as, name, seen + (sid,))

    for s in scenarios.values():
        for n, p in s.params.items():
            if p.same_as is not None:
                s.params[n] = replace(p, default=default(p.same_as, n, (s.id,)))


def check_sql(con: duckdb.DuckDBPyConnection, s: Scenario, known: set[str], params: dict[str, str]) -> list[str]:
    """Validate one scenario's SQL against a schema connection; returns its output columns."""
    where = s.path or s.id
    try:
        tables = feats.referenced_tables(s.sql)
    except ScenarioError as exc:
        raise ScenarioError(f"{where}: {exc}") from None
    unknown = sorted(t for t in tables if t not in known)
    if unknown:
        hint = ", ".join(sorted(t for t in known if not t.startswith(("duckdb_", "sqlite_", "pragma_"))
                                and t not in RECORD_TYPES)[:40])
        raise ScenarioError(f"{where}: unknown table {unknown[0]!r} (feature tables and window views: {hint})")
    sql = feats.render(s.render(), params)
    try:
        cols = [r[0] for r in con.execute(f"DESCRIBE {sql}").fetchall()]
    except duckdb.Error as exc:
        raise ScenarioError(f"{where}: SQL error: {str(exc).splitlines()[0]}") from None
    if "entity" not in cols:
        raise ScenarioError(f"{where}: SQL must return a column named 'entity'")
    missing = [e for e in s.evidence if e not in cols]
    if missing:
        raise ScenarioError(f"{where}: evidence column {missing[0]!r} is not returned by the SQL (returns: {', '.join(cols)})")
    return cols
