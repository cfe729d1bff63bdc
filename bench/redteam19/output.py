"""Record buffers and deterministic Parquet output in the interchange-v1 layout.

Rows come in two ways: one at a time (gangs, look-alikes: ``Tables.add``) and as column chunks of NumPy
arrays (the ordinary population: ``Tables.chunk``). ``write`` sorts every event table by time (stable, so
equal times keep the order they were made in), gives calls, messages, transfers and reports their ids in
that order, and writes one Parquet file per local day under ``<type>/``; dimension tables get one file.
Times are epoch seconds internally and are written as timestamps labelled Asia/Shanghai.
"""

from __future__ import annotations

import os

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from world import DATES, DAY, T0, ZONE

# column name -> type (s: string, t: time, i: int, f: float, b: bool)
COLUMNS: dict[str, dict[str, str]] = {
    "subscribers": {"msisdn": "s", "imsi": "s", "id_key": "s", "id_type": "s", "customer_type": "s",
                    "line_type": "s", "operator": "s", "open_time": "t", "open_channel": "s", "open_cell": "s",
                    "status": "s", "status_time": "t", "is_prepaid": "b", "home_region": "s"},
    "voice": {"call_id": "s", "start_time": "t", "caller": "s", "callee": "s", "duration_s": "i", "ring_s": "i",
              "result": "s", "caller_imei": "s", "caller_imsi": "s", "caller_cell": "s", "callee_cell": "s",
              "caller_roaming_country": "s", "call_type": "s", "media": "s", "gateway": "s"},
    "sms": {"sms_id": "s", "send_time": "t", "sender": "s", "receiver": "s", "content": "s", "sender_imei": "s",
            "sender_cell": "s", "sender_roaming_country": "s"},
    "device": {"time": "t", "msisdn": "s", "imsi": "s", "imei": "s", "cell": "s", "event": "s",
               "roaming_country": "s", "bytes": "i"},
    "cells": {"cell": "s", "lat": "f", "lon": "f", "region": "s", "site_type": "s"},
    "web": {"time": "t", "msisdn": "s", "domain": "s", "url": "s", "ip": "s", "bytes": "i", "app": "s"},
    "apps": {"time": "t", "msisdn": "s", "app": "s", "event": "s", "source_url": "s"},
    "internet_accounts": {"platform": "s", "account": "s", "msisdn": "s", "register_time": "t", "status": "s"},
    "bank_accounts": {"account_id": "s", "id_key": "s", "bank": "s", "open_time": "t", "bound_msisdn": "s",
                      "status": "s"},
    "transfers": {"txn_id": "s", "time": "t", "from_account": "s", "to_account": "s", "amount": "f",
                  "currency": "s", "channel": "s", "initiated_msisdn": "s"},
    "reports": {"report_id": "s", "time": "t", "entity_type": "s", "entity": "s", "label": "s", "fraud_type": "s",
                "loss_amount": "f", "source": "s"},
    "lists": {"entity_type": "s", "entity": "s", "list": "s", "reason": "s", "added_time": "t",
              "expires_time": "t"},
    "truth/entities": {"entity_type": "s", "entity": "s", "role": "s", "gang_id": "s", "scheme": "s",
                       "first_active": "t"},
    "truth/events": {"victim": "s", "time": "t", "amount": "f", "to_account": "s"},
}
TIME_COL = {"voice": "start_time", "sms": "send_time", "device": "time", "web": "time", "apps": "time",
            "transfers": "time", "reports": "time", "internet_accounts": "register_time"}
ID_COL = {"voice": ("call_id", "QV"), "sms": ("sms_id", "QS"), "transfers": ("txn_id", "QT"),
          "reports": ("report_id", "RP")}
PER_DAY = ("voice", "sms", "device", "web", "apps", "transfers")
ARROW = {"s": pa.string(), "t": pa.timestamp("s", tz=ZONE), "i": pa.int64(), "f": pa.float64(), "b": pa.bool_()}


class Tables:
    """Rows of every record type and of the truth, kept until ``write``."""

    def __init__(self) -> None:
        self.rows: dict[str, dict[str, list]] = {rt: {c: [] for c in cols} for rt, cols in COLUMNS.items()}
        self.chunks: dict[str, list[dict]] = {rt: [] for rt in COLUMNS}
        self.truth_seen: set[tuple[str, str]] = set()

    def add(self, rt: str, **kw) -> None:
        cols = self.rows[rt]
        for c in kw:
            if c not in cols:
                raise KeyError(f"{rt} has no column {c}")
        for c, lst in cols.items():
            lst.append(kw.get(c))

    def chunk(self, rt: str, **arrays) -> None:
        arrays = {k: v for k, v in arrays.items() if v is not None}
        n = {len(a) for a in arrays.values()}
        assert len(n) == 1, (rt, {k: len(v) for k, v in arrays.items()})
        for c in arrays:
            if c not in COLUMNS[rt]:
                raise KeyError(f"{rt} has no column {c}")
        self.chunks[rt].append(arrays)

    def truth(self, entity_type: str, entity: str, role: str, gang: str | None, scheme: str | None,
              first_active: int | None) -> None:
        """One truth row per entity: the first role given wins (gangs are planted before look-alikes)."""
        key = (entity_type, entity)
        if key in self.truth_seen:
            return
        self.truth_seen.add(key)
        self.add("truth/entities", entity_type=entity_type, entity=entity, role=role, gang_id=gang, scheme=scheme,
                 first_active=first_active)

    def count(self, rt: str) -> int:
        return len(self.rows[rt][next(iter(COLUMNS[rt]))]) + sum(len(next(iter(c.values()))) for c in self.chunks[rt])

    # --- output ---
    def _arrow(self, rt: str) -> pa.Table:
        cols = COLUMNS[rt]
        parts = []
        for ch in self.chunks[rt]:
            n = len(next(iter(ch.values())))
            parts.append(pa.table({c: _arr(ch.get(c), t, n) for c, t in cols.items()}))
        n = len(self.rows[rt][next(iter(cols))])
        if n:
            parts.append(pa.table({c: _arr(self.rows[rt][c], t, n) for c, t in cols.items()}))
        if not parts:
            return pa.table({c: pa.array([], ARROW[t]) for c, t in cols.items()})
        return pa.concat_tables(parts)

    def write(self, out: str) -> dict[str, int]:
        counts = {}
        for rt, _cols in COLUMNS.items():
            table = self._arrow(rt)
            tcol = TIME_COL.get(rt)
            if rt == "truth/entities":
                order = np.lexsort([np.array(table["entity"].to_pylist(), dtype=object).astype(str),
                                    np.array(table["entity_type"].to_pylist(), dtype=object).astype(str)])
                table = table.take(pa.array(order))
            elif tcol or rt == "truth/events":
                tc = tcol or "time"
                secs = table[tc].cast(pa.int64()).to_numpy(zero_copy_only=False)
                order = np.argsort(secs, kind="stable")
                table = table.take(pa.array(order))
            if rt in ID_COL:
                name, prefix = ID_COL[rt]
                secs = table[tcol].cast(pa.int64()).to_numpy(zero_copy_only=False)
                day = (secs - T0) // DAY
                ids = [f"{prefix}{DATES[d].replace('-', '') if 0 <= d < len(DATES) else 'X'}{i:08d}"
                       for i, d in enumerate(day.tolist())]
                table = table.set_column(table.column_names.index(name), name, pa.array(ids, pa.string()))
            counts[rt] = table.num_rows
            folder = os.path.join(out, rt.split("/")[0])
            os.makedirs(folder, exist_ok=True)
            if rt in PER_DAY:
                secs = table[tcol].cast(pa.int64()).to_numpy(zero_copy_only=False)
                day = (secs - T0) // DAY
                bounds = np.searchsorted(day, np.arange(len(DATES) + 1))
                for d in range(len(DATES)):
                    a, b = int(bounds[d]), int(bounds[d + 1])
                    if b > a:
                        _write(table.slice(a, b - a), os.path.join(folder, f"{DATES[d]}.parquet"))
                assert bounds[0] == 0 and bounds[-1] == table.num_rows, f"{rt}: rows outside the period"
            else:
                name = rt.split("/")[1] if "/" in rt else "part-0"
                _write(table, os.path.join(folder, f"{name}.parquet"))
        return counts


def _arr(values, t: str, n: int) -> pa.Array:
    typ = ARROW[t]
    if values is None:
        return pa.nulls(n, typ)
    if t == "t":
        if isinstance(values, np.ndarray) and values.dtype != object:
            return pa.array(values.astype(np.int64), pa.int64()).cast(typ)
        return pa.array(values, pa.int64()).cast(typ)
    if isinstance(values, np.ndarray) and values.dtype != object:
        if t == "s":
            return pa.array(values.astype(str), typ)
        return pa.array(values, typ)
    if t == "i":
        return pa.array([None if v is None else int(v) for v in values], typ)
    if t == "f":
        return pa.array([None if v is None else float(v) for v in values], typ)
    return pa.array(list(values) if isinstance(values, np.ndarray) else values, typ)


def _write(table: pa.Table, path: str) -> None:
    pq.write_table(table, path, compression="zstd", compression_level=3, use_dictionary=True,
                   write_statistics=True, row_group_size=1 << 20, store_schema=True)
