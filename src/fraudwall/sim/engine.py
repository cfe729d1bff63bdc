"""Run a simulation: build the province, plan fraud, write day by day."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from fraudwall.interchange.schema import RECORD_TYPES
from fraudwall.sim import writer
from fraudwall.sim.benign import benign_day
from fraudwall.sim.catalog import make_catalog
from fraudwall.sim.config import SimConfig
from fraudwall.sim.geo import SITE_TYPES
from fraudwall.sim.population import (
    CUSTOMER_TYPES,
    ID_TYPES,
    LOCAL,
    STATUSES,
    World,
    build_population,
)
from fraudwall.sim.records import Cat, EventLog, to_table
from fraudwall.sim.rng import stream

EVENT_TYPES = ("voice", "sms", "device", "web", "apps", "transfers", "internet_accounts", "reports")
DIMENSION_TYPES = ("subscribers", "cells", "bank_accounts", "lists")
#: id column and its prefix for event types that have one
ID_COLUMNS = {"voice": ("call_id", "C"), "sms": ("sms_id", "S"), "transfers": ("txn_id", "T"),
              "reports": ("report_id", "R")}
DEFAULT_START = date(2026, 3, 2)


@dataclass
class Summary:
    """What a run wrote: rows per record type and truth counts per role."""

    rows: dict[str, int] = field(default_factory=dict)
    roles: dict[str, int] = field(default_factory=dict)
    files: int = 0


def _identity(items: Iterable[int], description: str, total: int | None = None) -> Iterator[int]:
    yield from items


def simulate(out: Path, subscribers: int, days: int, seed: int, start: date = DEFAULT_START,
             fmt: str = "parquet", cfg: SimConfig | None = None,
             track: Callable[..., Iterator[int]] = _identity) -> Summary:
    """Write a simulated province to ``out`` (see docs/simulator.md)."""
    from fraudwall.sim.schemes import plan_fraud

    cfg = cfg or SimConfig()
    if subscribers < 1000:
        raise ValueError("--subscribers must be at least 1000")
    if days < 1:
        raise ValueError("--days must be at least 1")
    out = Path(out)
    summary = Summary()
    world = World(cfg, subscribers, days, seed, start)
    build_population(world)
    catalog = make_catalog(stream(seed, "catalog"), subscribers)
    fraud = plan_fraud(world, catalog)
    fraud_tables = {rt: _by_time(fraud.table(rt), RECORD_TYPES[rt].time_column) for rt in EVENT_TYPES}

    def emit(rtype: str, table: pa.Table, name: str) -> None:
        writer.write(table, out / rtype / f"part-{name}", fmt)
        summary.rows[rtype] = summary.rows.get(rtype, 0) + table.num_rows
        summary.files += 1

    emit("subscribers", _subscribers(world), "0")
    emit("cells", _cells(world), "0")
    emit("bank_accounts", _bank_accounts(world), "0")
    emit("lists", _sort(world.lists.table("lists"), ["list", "entity_type", "entity"]), "0")
    for day in track(range(days), description="simulating days", total=days):
        log = benign_day(world, catalog, day)
        lo, hi = world.day_start(day), world.day_start(day + 1)
        stamp = date.fromordinal(start.toordinal() + day).strftime("%Y%m%d")
        for rtype in EVENT_TYPES:
            rt = RECORD_TYPES[rtype]
            assert rt.time_column is not None
            ft, ftimes = fraud_tables[rtype]
            a, b = np.searchsorted(ftimes, [lo, hi])
            parts = [log.table(rtype), ft.slice(a, b - a)]
            table = pa.concat_tables(parts)
            table = _order(table, rt.time_column, stream(seed, "order", rtype, day))
            if rtype in ID_COLUMNS:
                table = _assign_ids(table, *ID_COLUMNS[rtype], stamp)
            emit(rtype, table, stamp)
    truth = world.truth.table("truth/entities")
    truth = _sort(truth, ["role", "scheme", "entity_type", "entity"])
    emit("truth", truth, "entities")
    (out / "truth" / f"part-entities.{'parquet' if fmt == 'parquet' else 'csv'}").rename(
        out / "truth" / f"entities.{'parquet' if fmt == 'parquet' else 'csv'}")
    events = _sort(world.truth.table("truth/events"), ["time", "victim"])
    emit("truth", events, "events")
    (out / "truth" / f"part-events.{'parquet' if fmt == 'parquet' else 'csv'}").rename(
        out / "truth" / f"events.{'parquet' if fmt == 'parquet' else 'csv'}")
    roles = truth.group_by("role").aggregate([("entity", "count")]).to_pydict()
    summary.roles = dict(sorted(zip(roles["role"], roles["entity_count"], strict=True)))
    return summary


def _by_time(table: pa.Table, col: str | None) -> tuple[pa.Table, np.ndarray]:
    assert col is not None
    t = table.column(col).cast(pa.int64()).to_numpy() // 1_000_000 if table.num_rows else np.empty(0, np.int64)
    order = np.argsort(t, kind="stable")
    return table.take(order), t[order]


def _order(table: pa.Table, col: str, rng: np.random.Generator) -> pa.Table:
    """Sort by time with random tie-breaks, so row order reveals nothing about the source."""
    t = table.column(col).cast(pa.int64()).to_numpy()
    return table.take(np.lexsort((rng.random(t.size), t)))


def _assign_ids(table: pa.Table, column: str, prefix: str, stamp: str) -> pa.Table:
    seq = pa.array(np.arange(1, table.num_rows + 1, dtype=np.int64) + int(stamp[2:]) * 10**8)
    ids = pc.binary_join_element_wise(pa.scalar(prefix), seq.cast(pa.string()), pa.scalar(""))
    return table.set_column(table.schema.get_field_index(column), column, ids)


def _sort(table: pa.Table, keys: list[str]) -> pa.Table:
    return table.sort_by([(k, "ascending") for k in keys])


def _subscribers(world: World) -> pa.Table:
    c, h = world.cards, world.holders
    from fraudwall.interchange.schema import LINE_TYPES
    from fraudwall.sim.geo import REGION_NAMES
    from fraudwall.sim.ids import OPERATORS

    holder = c["holder"]
    log = EventLog()
    log.add("subscribers", msisdn=c["msisdn"], imsi=c["imsi"], id_key=Cat(holder, h["id_key"].tolist()),
            id_type=Cat(h["id_type"][holder], ID_TYPES),
            customer_type=Cat(h["customer"][holder], CUSTOMER_TYPES), line_type=Cat(c["line"], LINE_TYPES),
            operator=Cat(c["operator"], OPERATORS), open_time=c["open_time"], open_channel=c["channel"],
            open_cell=Cat(c["open_cell"], world.cells.labels), status=Cat(c["status"], STATUSES),
            status_time=c["status_time"], is_prepaid=c["prepaid"], home_region=Cat(c["region"], REGION_NAMES))
    return _sort(log.table("subscribers"), ["msisdn"])


def _cells(world: World) -> pa.Table:
    from fraudwall.sim.geo import REGION_NAMES

    cl = world.cells
    log = EventLog()
    log.add("cells", cell=np.array(cl.labels), lat=cl.lat, lon=cl.lon, region=Cat(cl.region, REGION_NAMES),
            site_type=Cat(cl.site_type, SITE_TYPES))
    return _sort(log.table("cells"), ["cell"])


def _bank_accounts(world: World) -> pa.Table:
    from fraudwall.sim.content import BANKS, PAYMENT_PLATFORMS

    a, h = world.accounts, world.holders
    log = EventLog()
    log.add("bank_accounts", account_id=a["account_id"], id_key=Cat(a["holder"], h["id_key"].tolist()),
            bank=Cat(a["bank"], BANKS + PAYMENT_PLATFORMS), open_time=a["open_time"], bound_msisdn=a["bound_msisdn"],
            status=Cat(a["status"], ("active", "frozen", "closed")))
    return _sort(log.table("bank_accounts"), ["account_id"])


def local_date(ts: int) -> date:
    """Local calendar date of epoch seconds ``ts``."""
    from datetime import datetime

    return datetime.fromtimestamp(ts, LOCAL).date()


__all__ = ["simulate", "Summary", "EVENT_TYPES", "DIMENSION_TYPES", "to_table"]
