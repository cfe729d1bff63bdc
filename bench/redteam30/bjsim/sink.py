"""Collects records as column arrays (numbers as int64, text as codes into one string table) and writes the data set.

Activity record types are written as one CSV per local day, the others as one CSV each; times carry +08:00.
"""

from __future__ import annotations

import os
from collections import defaultdict

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pcsv

from .clock import DAY, OFFSET, T0

COLUMNS = {
    "subscribers": ["msisdn", "imsi", "id_key", "id_type", "customer_type", "line_type", "operator", "open_time",
                    "open_channel", "open_cell", "status", "status_time", "is_prepaid", "home_region"],
    "voice": ["call_id", "start_time", "caller", "callee", "duration_s", "ring_s", "result", "caller_imei",
              "caller_imsi", "caller_cell", "callee_cell", "caller_roaming_country", "call_type", "media", "gateway"],
    "sms": ["sms_id", "send_time", "sender", "receiver", "content", "sender_imei", "sender_cell",
            "sender_roaming_country"],
    "device": ["time", "msisdn", "imsi", "imei", "cell", "event", "roaming_country", "bytes"],
    "cells": ["cell", "lat", "lon", "region", "site_type"],
    "web": ["time", "msisdn", "domain", "url", "ip", "bytes", "app"],
    "apps": ["time", "msisdn", "app", "event", "source_url"],
    "internet_accounts": ["platform", "account", "msisdn", "register_time", "status"],
    "bank_accounts": ["account_id", "id_key", "bank", "open_time", "bound_msisdn", "status"],
    "transfers": ["txn_id", "time", "from_account", "to_account", "amount", "currency", "channel", "initiated_msisdn"],
    "reports": ["report_id", "time", "entity_type", "entity", "label", "fraud_type", "loss_amount", "source"],
    "lists": ["entity_type", "entity", "list", "reason", "added_time", "expires_time"],
    "truth_entities": ["entity_type", "entity", "role", "gang_id", "scheme", "first_active"],
    "truth_events": ["victim", "time", "amount", "to_account"],
}
TIME_COL = {"voice": "start_time", "sms": "send_time", "device": "time", "web": "time", "apps": "time",
            "transfers": "time", "internet_accounts": "register_time", "reports": "time",
            "truth_events": "time"}
DAILY = ("voice", "sms", "device", "web", "apps", "transfers")
IDS = {"call_id": "V", "sms_id": "S", "txn_id": "T", "report_id": "R"}
NUM = {"msisdn", "caller", "callee", "sender", "receiver", "bound_msisdn", "initiated_msisdn", "imei", "imsi",
       "caller_imei", "caller_imsi", "sender_imei", "victim"}
TIMES = {"start_time", "send_time", "time", "open_time", "register_time", "status_time", "added_time",
         "expires_time", "first_active"}
INTS = {"duration_s", "ring_s", "bytes"}
FLOATS = {"lat", "lon", "amount", "loss_amount"}
BOOLS = {"is_prepaid"}


def kind(col: str) -> str:
    if col in IDS:
        return "id"
    if col in NUM:
        return "num"
    if col in TIMES:
        return "time"
    if col in INTS:
        return "int"
    if col in FLOATS:
        return "float"
    if col in BOOLS:
        return "bool"
    return "cat"


NULL = {"num": 0, "time": -1, "int": -1, "float": np.nan, "bool": -1, "cat": -1}
DTYPE = {"num": np.int64, "time": np.int64, "int": np.int64, "float": np.float64, "bool": np.int8, "cat": np.int32}


class Sink:
    """Column chunks per record type; text values are coded into one shared string table."""

    def __init__(self) -> None:
        self.chunks: dict[str, list[dict]] = defaultdict(list)
        self.strings: list[str] = []
        self.index: dict[str, int] = {}

    def code(self, s: str | None) -> int:
        if s is None:
            return -1
        i = self.index.get(s)
        if i is None:
            if not isinstance(s, str):
                raise TypeError(f"not text: {s!r}")
            i = self.index[s] = len(self.strings)
            self.strings.append(s)
        return i

    def codes(self, strings) -> np.ndarray:
        """Codes of a list of strings (None -> -1)."""
        return np.fromiter((self.code(s) for s in strings), dtype=np.int32, count=len(strings))

    def add(self, rt: str, **cols) -> None:
        """Add rows; a value may be a scalar (broadcast), a list, or an array; text columns take strings or codes."""
        n = None
        for v in cols.values():
            if isinstance(v, np.ndarray | list | tuple):
                n = len(v)
                break
        if n is None:
            n = 1
        if n == 0:
            return
        out = {}
        for c, v in cols.items():
            if c not in COLUMNS[rt]:
                raise KeyError(f"{rt} has no column {c}")
            k = kind(c)
            if v is None:
                continue
            if k == "cat":
                if isinstance(v, str):
                    arr = np.full(n, self.code(v), np.int32)
                elif isinstance(v, int | np.integer):
                    arr = np.full(n, v, np.int32)
                elif isinstance(v, np.ndarray) and v.dtype.kind in "iu":
                    arr = v.astype(np.int32)
                else:
                    arr = self.codes(list(v))
            elif np.isscalar(v):
                arr = np.full(n, v, DTYPE[k])
            else:
                arr = np.asarray(v).astype(DTYPE[k])
            if len(arr) != n:
                raise ValueError(f"{rt}.{c}: {len(arr)} values, expected {n}")
            out[c] = arr
        out["_n"] = n
        self.chunks[rt].append(out)

    def column(self, rt: str, c: str) -> np.ndarray:
        k = kind(c)
        parts = [ch[c] if c in ch else np.full(ch["_n"], NULL[k], DTYPE[k]) for ch in self.chunks[rt]]
        return np.concatenate(parts) if parts else np.zeros(0, DTYPE[k])

    def write(self, out: str, days: int) -> dict[str, int]:
        """Write every record type; returns rows per type."""
        vocab = pa.array(self.strings, pa.string())
        counts = {}
        for rt in COLUMNS:
            if not self.chunks.get(rt):
                continue
            cols = {c: self.column(rt, c) for c in COLUMNS[rt] if kind(c) != "id"}
            n = sum(ch["_n"] for ch in self.chunks[rt])
            tc = TIME_COL.get(rt)
            if tc:
                order = np.argsort(cols[tc], kind="stable")
                cols = {c: a[order] for c, a in cols.items()}
            self.chunks[rt] = []
            counts[rt] = n
            folder = os.path.join(out, "truth", rt[6:]) if rt.startswith("truth_") else os.path.join(out, rt)
            os.makedirs(folder, exist_ok=True)
            if rt in DAILY:
                bounds = np.searchsorted(cols[tc], T0 + DAY * np.arange(days + 1))
                for d in range(days):
                    a, b = bounds[d], bounds[d + 1]
                    name = f"{rt}-2026-03-{16 + d:02d}.csv"
                    _write_csv(os.path.join(folder, name), rt, {c: x[a:b] for c, x in cols.items()}, vocab, b - a,
                               f"{d:02d}")
            else:
                name = f"{rt[6:] if rt.startswith('truth_') else rt}.csv"
                _write_csv(os.path.join(folder, name), rt, cols, vocab, n, "00")
        return counts


def _to_arrow(c: str, a: np.ndarray, vocab: pa.Array) -> pa.Array:
    k = kind(c)
    if k == "num":
        return pa.array(a, mask=a == 0).cast(pa.string())
    if k == "time":
        ts = pa.array(a + OFFSET, pa.timestamp("s"), mask=a < 0)
        return pc.binary_join_element_wise(pc.strftime(ts, format="%Y-%m-%dT%H:%M:%S"), pa.scalar("+08:00"), "")
    if k == "int":
        return pa.array(a, mask=a < 0)
    if k == "float":
        return pa.array(np.round(a, 6), mask=np.isnan(a))
    if k == "bool":
        return pa.array(a == 1, mask=a < 0)
    return pc.take(vocab, pa.array(a, mask=a < 0))


def _write_csv(path: str, rt: str, cols: dict, vocab: pa.Array, n: int, tag: str) -> None:
    arrays, names = [], []
    for c in COLUMNS[rt]:
        if kind(c) == "id":
            seq = pa.array(np.arange(n, dtype=np.int64)).cast(pa.string())
            arrays.append(pc.binary_join_element_wise(pa.scalar(IDS[c] + "30" + tag),
                                                      pc.utf8_lpad(seq, width=8, padding="0"), ""))
        else:
            arrays.append(_to_arrow(c, cols[c], vocab))
        names.append(c)
    table = pa.Table.from_arrays(arrays, names=names)
    pcsv.write_csv(table, path, write_options=pcsv.WriteOptions(quoting_style="needed", batch_size=65536))
