"""Runs every scenario over time windows: one feature pass per window, then each scenario on the features."""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import duckdb

from fraudwall.errors import InputError, ScenarioError
from fraudwall.features import model_tables
from fraudwall.features import registry as feats
from fraudwall.interchange.validate import lit
from fraudwall.progress import track
from fraudwall.scenarios.model import Scenario
from fraudwall.scenarios.registry import (
    EARLIER_ACTIONS,
    WINDOW_ACTIONS,
    WINDOW_FLAGGED,
    WINDOW_LATE_ACTIONS,
    Registry,
    carry_stage,
    second_stage,
    third_stage,
)
from fraudwall.scenarios.scoring import ScoringConfig, load_scoring, scores_sql, with_action_sql
from fraudwall.warehouse.store import DAY, Warehouse

log = logging.getLogger(__name__)

ALERT_COLUMNS = (
    "scenario VARCHAR, version INTEGER, domain VARCHAR, entity_type VARCHAR, entity VARCHAR, score DOUBLE, "
    "weight DOUBLE, severity VARCHAR, action VARCHAR, shadow BOOLEAN, window_start TIMESTAMPTZ, "
    "window_end TIMESTAMPTZ, evidence VARCHAR"
)


@dataclass
class DetectReport:
    """What a detection run produced."""

    windows: list[str] = field(default_factory=list)
    alerts: int = 0
    by_scenario: dict[str, int] = field(default_factory=dict)
    actioned: dict[str, int] = field(default_factory=dict)
    entities_scored: int = 0

    def as_json(self) -> dict:
        return {"windows": self.windows, "alerts": self.alerts, "by_scenario": self.by_scenario,
                "entities_scored": self.entities_scored, "actioned": self.actioned}


# record types of network and payment activity: their days make the default detection period. Account
# registrations and reports may reach back years (an account opened in 2018, an old police report): they are
# look-back context for the windows, not days to detect on.
ACTIVITY_TYPES = ("voice", "sms", "device", "web", "apps", "transfers")


def loaded_days(wh: Warehouse) -> list[str]:
    """Local days that hold activity records (:data:`ACTIVITY_TYPES`), or any event record when there are none."""
    days = sorted({d for name in ACTIVITY_TYPES for d in wh.days(name)})
    return days or sorted({d for rt in feats.EVENT_TYPES for d in wh.days(rt.name)})


def parse_time(value: str | None, tz: str, what: str) -> datetime | None:
    """Parse an ISO date or time given on the command line (local time when it has no offset)."""
    if value is None:
        return None
    try:
        t = datetime.fromisoformat(value)
    except ValueError:
        raise InputError(f"{what}: {value!r} is not an ISO date or time (e.g. 2026-03-02 or 2026-03-02T08:00+08:00)") from None
    return t if t.tzinfo else t.replace(tzinfo=ZoneInfo(tz))


def day_windows(wh: Warehouse, since: datetime | None, until: datetime | None) -> list[tuple[datetime, datetime]]:
    """Local-day windows covering [since, until), by default the loaded period (:func:`loaded_days`)."""
    tz = ZoneInfo(wh.timezone)
    days = loaded_days(wh)
    if not days and (since is None or until is None):
        return []
    first = since.astimezone(tz).date() if since else date.fromisoformat(days[0])
    last = (until - timedelta(microseconds=1)).astimezone(tz).date() if until else date.fromisoformat(days[-1])
    out = []
    d = first
    while d <= last:
        start = datetime(d.year, d.month, d.day, tzinfo=tz)
        end = start + timedelta(days=1)
        out.append((max(start, since) if since else start, min(end, until) if until else end))
        d += timedelta(days=1)
    return out


def detect(wh: Warehouse, registry: Registry, since: datetime | None = None, until: datetime | None = None,
           scoring: ScoringConfig | None = None, only: list[str] | None = None,
           lookback_days: int = feats.DEFAULT_LOOKBACK_DAYS) -> DetectReport:
    """Evaluate the scenarios window by window and store alerts and entity scores in the warehouse."""
    scoring = scoring or load_scoring()
    scenarios = [registry.get(s) for s in only] if only else list(registry)
    # the carry stage (reading the earlier days' actions) runs after every window's other scenarios
    carry = [s for s in scenarios if carry_stage(s)]
    scenarios = [s for s in scenarios if not carry_stage(s)]
    # first-stage scenarios in registry order, then those reading the first stage's actions, then those reading both
    # stages' actions
    later = {s.id for s in scenarios if second_stage(s)}
    last = {s.id for s in scenarios if third_stage(s)}
    scenarios = ([s for s in scenarios if s.id not in later | last] + [s for s in scenarios if s.id in later]
                 + [s for s in scenarios if s.id in last])
    n_first = len(scenarios) - len(later) - len(last)
    n_second = len(scenarios) - len(last)
    need = registry.features_needed(scenarios)
    late_features = feats.second_stage_features()
    need_first, need_late = [n for n in need if n not in late_features], [n for n in need if n in late_features]
    report = DetectReport()
    con = wh.connect()
    con.execute("SET enable_progress_bar = false")
    # feature tables and alerts are sets: nothing reads them in insertion order (outputs are sorted), and
    # not keeping it saves ~8 % of the run's CPU (10M bench)
    con.execute("SET preserve_insertion_order = false")
    # keep freed buffer blocks for reuse instead of returning them to the OS: each window allocates and frees
    # hundreds of MB of hash tables, and faulting fresh pages in again cost ~15 % of the run's CPU (kernel time)
    con.execute(f"SET block_allocator_memory = '{_block_cache_bytes()}B'")
    windows = day_windows(wh, since, until)
    hit_exprs_cache: dict[str, tuple[str, str]] = {}
    window_types = feats.window_columns_read(need + [s.sql for s in scenarios])
    workers = min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1,
                  len(windows))
    if windows:
        feats.create_history(con, wh, windows[0][0], windows[-1][0], lookback_days, workers=workers)
        feats.create_subscriber_table(con)

    def setup(c: duckdb.DuckDBPyConnection) -> None:
        model_tables.attach(c, wh.root)
        c.execute(f"CREATE OR REPLACE TEMP TABLE alerts_acc ({ALERT_COLUMNS})")

    def run_window(c: duckdb.DuckDBPyConnection, w: tuple[datetime, datetime]) -> tuple[str, int]:
        ws, we = w
        day = ws.astimezone(ZoneInfo(wh.timezone)).date().isoformat()
        feats.create_window_views(c, wh, ws, we, lookback_days, materialize=window_types)
        params = feats.window_params(ws, we, lookback_days)
        feats.materialize(c, need_first, params)
        c.execute("DELETE FROM alerts_acc")
        for i, s in enumerate(scenarios):
            if i == n_first:
                c.execute(f"CREATE OR REPLACE TEMP TABLE {WINDOW_FLAGGED} AS {_flagged_sql(scoring)}")
                c.execute(f"CREATE OR REPLACE TEMP TABLE {WINDOW_ACTIONS} AS SELECT * FROM {WINDOW_FLAGGED} "
                          "WHERE action <> 'review'")
                feats.materialize(c, need_late, params)  # the feature tables made from them
            if i == n_second:
                c.execute(f"CREATE OR REPLACE TEMP TABLE {WINDOW_LATE_ACTIONS} AS SELECT * FROM "
                          f"({_flagged_sql(scoring)}) WHERE action <> 'review'")
            _run_scenario(c, s, params, scoring, hit_exprs_cache)
        return day, _store_day(c, wh, day, scoring)

    # Windows are independent: with several, each core works on its own window (single-threaded queries,
    # see feats.single_threaded) instead of every query being split over the cores, each worker but the first
    # on its own copy of the run's look-back tables (feats.replica_connection: ~10 % less CPU than two
    # connections of one database); the last windows get every core once no window is left to start.
    setup(con)

    def results():
        if workers > 1:
            yield from feats.in_parallel(con, wh, windows, run_window, workers, setup, replicas=True,
                                         block_cache_bytes=_block_cache_bytes() // 2)
        else:
            for w in windows:
                yield run_window(con, w)

    stored = dict(track(results(), "detect", total=len(windows)))
    if carry and windows:
        stored.update(_carry_pass(con, wh, registry, windows, carry, scoring, lookback_days, hit_exprs_cache))
    for day, n in sorted(stored.items()):
        report.windows.append(day)
        report.alerts += n
    report.by_scenario, report.actioned, report.entities_scored = _summary(wh, report.windows)
    con.close()
    return report


def _flagged_sql(scoring: ScoringConfig) -> str:
    """The entities the window's alerts so far flag (a review or stronger; not a victim's warning), with their action."""
    return (f"SELECT entity_type, entity, action FROM ({with_action_sql(scores_sql('alerts_acc', scoring), scoring)}) "
            "WHERE action IS NOT NULL AND action <> 'warn_victim'")


def _carry_pass(con: duckdb.DuckDBPyConnection, wh: Warehouse, registry: Registry, windows: list[tuple[datetime, datetime]],
                carry: list[Scenario], scoring: ScoringConfig, lookback_days: int,
                hit_exprs_cache: dict[str, tuple[str, str]]) -> dict[str, int]:
    """Run the carry-stage scenarios window by window in time order, each window after the days before it are
    stored: :data:`EARLIER_ACTIONS` holds the actions stored for the look-back's days (this run's earlier windows,
    with their own carry-stage hits, or an earlier run's). A window's hits join its stored alerts and its scores
    are made again; returns the alerts stored per day whose alerts changed."""
    late = feats.second_stage_features() | feats.STAGE_TABLES | {WINDOW_LATE_ACTIONS}
    for s in carry:
        if feats.referenced_tables(s.sql) & late:
            raise ScenarioError(f"{s.path or s.id}: a scenario reading {EARLIER_ACTIONS} cannot also read the "
                                "window's first-stage actions")
    need = registry.features_needed(carry)
    types = feats.window_columns_read(need + [s.sql for s in carry])
    tz = ZoneInfo(wh.timezone)
    c = feats.worker_connection(con, wh)
    model_tables.attach(c, wh.root)
    c.execute(f"CREATE OR REPLACE TEMP TABLE alerts_acc ({ALERT_COLUMNS})")
    changed: dict[str, int] = {}
    for ws, we in sorted(windows):
        day = ws.astimezone(tz).date()
        feats.create_window_views(c, wh, ws, we, lookback_days, materialize=types)
        params = feats.window_params(ws, we, lookback_days)
        feats.materialize(c, need, params)
        c.execute("DELETE FROM alerts_acc")
        earlier = _earlier_actions_sql(wh, day, lookback_days)
        c.execute(f"CREATE OR REPLACE TEMP TABLE {EARLIER_ACTIONS} AS {earlier}" if earlier else
                  f"CREATE OR REPLACE TEMP TABLE {EARLIER_ACTIONS} ({feats.EARLIER_ACTIONS_COLUMNS})")
        for s in carry:
            _run_scenario(c, s, params, scoring, hit_exprs_cache)
        if c.execute("SELECT count(*) FROM alerts_acc").fetchall()[0][0]:  # the day's stored alerts join the hits
            own = wh.results_dir("alerts") / f"{DAY}={day.isoformat()}" / "alerts.parquet"
            if own.exists():
                c.execute(f"INSERT INTO alerts_acc SELECT * FROM read_parquet({lit(str(own))}, hive_partitioning = false)")
            changed[day.isoformat()] = _store_day(c, wh, day.isoformat(), scoring)
    c.close()
    return changed


def _earlier_actions_sql(wh: Warehouse, day: date, lookback_days: int) -> str | None:
    """A query of the stored actions (stronger than a review) of the ``lookback_days`` days before ``day``; None
    when none of those days is stored."""
    files = []
    for k in range(lookback_days, 0, -1):
        d = (day - timedelta(days=k)).isoformat()
        f = wh.results_dir("scores") / f"{DAY}={d}" / "scores.parquet"
        if f.exists():
            files.append(f"SELECT entity_type, entity, action, DATE {lit(d)} AS acted_day "
                         f"FROM read_parquet({lit(str(f))}, hive_partitioning = false) WHERE action IS NOT NULL AND action <> 'review'")
    return " UNION ALL ".join(files) or None


def _block_cache_bytes() -> int:
    """Memory DuckDB's block allocator keeps for reuse during a run: 4 GiB, or an eighth of the machine's memory
    when that is less (measured on the 10M bench: 2 GiB already removes most of the page faults of a window)."""
    try:
        phys = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        phys = 8 << 30
    return int(min(4 << 30, phys // 8))


def _run_scenario(con: duckdb.DuckDBPyConnection, s: Scenario, params: dict[str, str], scoring: ScoringConfig,
                  hit_exprs_cache: dict[str, tuple[str, str]] | None = None) -> None:
    sql = feats.render(s.render(), params)
    cache = hit_exprs_cache if hit_exprs_cache is not None else {}
    if s.id not in cache:  # a scenario's output columns do not change between windows
        cache[s.id] = _hit_exprs(sql, con, s.action)
    score, action = cache[s.id]
    ev = ", ".join(f'"{e}" := "{e}"' for e in s.evidence)
    weight = scoring.weights.get(s.id, s.effective_weight)
    try:
        con.execute(
            f"INSERT INTO alerts_acc SELECT '{s.id}', {s.version}, '{s.domain}', '{s.entity_type}', "
            f"CAST(entity AS VARCHAR), {score}, {weight!r}, '{s.severity}', {action}, "
            f"{'true' if s.shadow else 'false'}, {params['w_start']}, {params['w_end']}, to_json(struct_pack({ev})) "
            f"FROM ({sql}) WHERE entity IS NOT NULL"
        )
    except duckdb.Error as exc:
        raise ScenarioError(f"{s.path or s.id}: failed on the data: {str(exc).splitlines()[0]}") from None


def _hit_exprs(sql: str, con: duckdb.DuckDBPyConnection, action: str) -> tuple[str, str]:
    """The score and suggested action of each hit: the SQL's ``score`` column (clipped to [0, 1], default 1.0), and
    the scenario's action unless the SQL's ``action`` column lowers a hit to ``'review'`` (a weak tier that must not
    unlock an action by itself: only hits suggesting more than a review count towards the scoring gate)."""
    cols = {r[0] for r in con.execute(f"DESCRIBE {sql}").fetchall()}
    score = "least(greatest(coalesce(CAST(score AS DOUBLE), 1.0), 0.0), 1.0)" if "score" in cols else "1.0"
    act = f"'{action}'"
    if "action" in cols:
        act = f"CASE WHEN CAST(action AS VARCHAR) = 'review' THEN 'review' ELSE {act} END"
    return score, act


def _store_day(con: duckdb.DuckDBPyConnection, wh: Warehouse, day: str, scoring: ScoringConfig) -> int:
    """Replace the stored alerts and scores of one day with this run's."""
    n = con.execute("SELECT count(*) FROM alerts_acc").fetchall()[0][0]
    for name in ("alerts", "scores"):
        d = wh.results_dir(name) / f"{DAY}={day}"
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True, exist_ok=True)
    con.execute(f"COPY (SELECT * FROM alerts_acc ORDER BY scenario, entity) TO "
                f"'{wh.results_dir('alerts') / f'{DAY}={day}' / 'alerts.parquet'}' (FORMAT parquet)")
    con.execute(f"COPY ({with_action_sql(scores_sql('alerts_acc', scoring), scoring)} ORDER BY score DESC, entity) TO "
                f"'{wh.results_dir('scores') / f'{DAY}={day}' / 'scores.parquet'}' (FORMAT parquet)")
    return n


def _summary(wh: Warehouse, days: list[str]) -> tuple[dict[str, int], dict[str, int], int]:
    """Alerts per scenario, entities per action and entities scored in this run's day windows only."""
    if not days:
        return {}, {}, 0
    con = wh.connect()
    in_run = f"CAST(CAST(window_start AS DATE) AS VARCHAR) IN ({', '.join(repr(d) for d in days)})"
    by = dict(con.execute(f"SELECT scenario, count(*) FROM alerts WHERE {in_run} GROUP BY 1 ORDER BY 1").fetchall())
    act = dict(con.execute(
        f"SELECT action, count(DISTINCT (entity_type, entity)) FROM scores WHERE action IS NOT NULL AND {in_run} "
        "GROUP BY 1 ORDER BY 1"
    ).fetchall())
    ents = con.execute(f"SELECT count(DISTINCT (entity_type, entity)) FROM scores WHERE {in_run}").fetchall()[0][0]
    con.close()
    return by, act, ents
