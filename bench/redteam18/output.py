"""Writing the data set: event rows (integer codes and registry ids) become Parquet, one file per local day.

Conventions of emitted rows: numbers, handsets, cells, texts ... are registry ids; -1 means null and -2 "derive
from the card at that time" (handset, cell, roaming country, call type). Rows outside the month or outside a card's
life (before it opened, after it closed) are dropped here, once, for every table.
"""

from __future__ import annotations

import os
from datetime import datetime

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from world import DAY, FOREIGN, SH, T0, T_END, VOIP, World

RESULTS = ("answered", "no_answer", "busy", "rejected", "intercepted")
CALL_TYPES = ("mobile", "fixed", "voip", "intl_in", "intl_out")
MEDIA = ("voice", "video")
DEVICE_EVENTS = ("attach", "detach", "power_on", "power_off", "location_update", "data_session")
APP_EVENTS = ("install", "use")
CHANNELS = ("mobile_app", "counter", "atm", "third_party")
TS = pa.timestamp("s", tz="Asia/Shanghai")

# column -> kind; the first column is the generated id (None when the table has none), `time` the time column
SCHEMAS: dict[str, tuple[str | None, str, list[tuple[str, str]]]] = {
    "voice": ("call_id", "start_time", [
        ("caller", "num"), ("callee", "num"), ("duration_s", "int"), ("ring_s", "int"), ("result", "e:result"),
        ("caller_imei", "imei"), ("caller_imsi", "imsi"), ("caller_cell", "cell"), ("callee_cell", "cell"),
        ("caller_roaming_country", "country"), ("call_type", "e:call_type"), ("media", "e:media"),
        ("gateway", "gw")]),
    "sms": ("sms_id", "send_time", [
        ("sender", "num"), ("receiver", "num"), ("content", "text"), ("sender_imei", "imei"),
        ("sender_cell", "cell"), ("sender_roaming_country", "country")]),
    "device": (None, "time", [
        ("msisdn", "num"), ("imsi", "imsi"), ("imei", "imei"), ("cell", "cell"), ("event", "e:device"),
        ("roaming_country", "country"), ("bytes", "int")]),
    "web": (None, "time", [
        ("msisdn", "num"), ("domain", "domain"), ("url", "text"), ("ip", "ip"), ("bytes", "int"), ("app", "app")]),
    "apps": (None, "time", [("msisdn", "num"), ("app", "app"), ("event", "e:app"), ("source_url", "text")]),
    "transfers": ("txn_id", "time", [
        ("from_account", "acct"), ("to_account", "acct"), ("amount", "float"), ("currency", "str"),
        ("channel", "e:channel"), ("initiated_msisdn", "num")]),
}
ENUM_VALUES = {"e:result": RESULTS, "e:call_type": CALL_TYPES, "e:media": MEDIA, "e:device": DEVICE_EVENTS,
               "e:app": APP_EVENTS, "e:channel": CHANNELS}
OWN_NUMBERS = {"voice": ("caller", "callee"), "sms": ("sender", "receiver"), "device": ("msisdn",),
               "web": ("msisdn",), "apps": ("msisdn",), "transfers": ()}
ID_PREFIX = {"voice": "V", "sms": "S", "transfers": "T"}


def _concat(w: World, table: str) -> dict[str, np.ndarray]:
    _, tcol, cols = SCHEMAS[table]
    chunks = w.rows[table]
    out: dict[str, np.ndarray] = {}
    names = ["t"] + [c for c, _ in cols]
    for name in names:
        parts = []
        for ch in chunks:
            n = len(ch["t"])
            if name in ch:
                parts.append(np.asarray(ch[name]))
            else:
                kind = dict(cols)[name]
                fill = -2 if kind in ("imei", "cell", "country") or name == "call_type" else -1
                if kind == "float":
                    parts.append(np.zeros(n))
                elif kind == "str":
                    parts.append(np.full(n, "CNY", dtype=object))
                elif kind == "e:media":
                    parts.append(np.zeros(n, dtype=np.int64))
                else:
                    parts.append(np.full(n, fill, dtype=np.int64))
        out[name] = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
    return out


def _derive(w: World, table: str, d: dict[str, np.ndarray]) -> None:
    t = d["t"]
    if table == "voice":
        a, b = w.card_of(d["caller"]), w.card_of(d["callee"])
        _fill(d, "caller_imei", lambda m: w.imei_at(a[m], t[m]))
        _fill(d, "caller_cell", lambda m: w.cell_at(a[m], t[m]))
        _fill(d, "callee_cell", lambda m: w.cell_at(b[m], t[m]))
        _fill(d, "caller_roaming_country", lambda m: w.roaming_at(a[m], t[m]))
        kc, ke = w.num_kind_arr[d["caller"]], w.num_kind_arr[d["callee"]]
        ct = np.where(kc == FOREIGN, 3, np.where(ke == FOREIGN, 4, np.where(
            kc == VOIP, 2, np.where(kc == 1, 1, 0))))
        ct = np.where(d["caller_roaming_country"] >= 0, np.where(ke == FOREIGN, 4, 3), ct)
        d["call_type"] = np.where(d["call_type"] == -2, ct, d["call_type"])
        d["caller_imsi"] = d["caller"]
    elif table == "sms":
        a = w.card_of(d["sender"])
        _fill(d, "sender_imei", lambda m: w.imei_at(a[m], t[m]))
        _fill(d, "sender_cell", lambda m: w.cell_at(a[m], t[m]))
        _fill(d, "sender_roaming_country", lambda m: w.roaming_at(a[m], t[m]))
    elif table == "device":
        a = w.card_of(d["msisdn"])
        _fill(d, "imei", lambda m: w.imei_at(a[m], t[m]))
        _fill(d, "cell", lambda m: w.cell_at(a[m], t[m]))
        _fill(d, "roaming_country", lambda m: w.roaming_at(a[m], t[m]))
        d["imsi"] = d["msisdn"]


def _fill(d: dict[str, np.ndarray], col: str, fn) -> None:
    m = d[col] == -2
    if m.any():
        v = d[col].copy()
        v[m] = fn(m)
        d[col] = v


def _keep(w: World, table: str, d: dict[str, np.ndarray]) -> np.ndarray:
    t = d["t"]
    keep = (t >= T0) & (t < T_END)
    c = w.cards
    for col in OWN_NUMBERS[table]:
        k = w.card_of(d[col])
        ours = k >= 0
        kk = np.where(ours, k, 0)
        keep &= ~ours | ((t >= c.open_time[kk]) & (t < c.active_until[kk]))
    if table == "voice":
        keep &= (w.card_of(d["caller"]) >= 0) | (w.card_of(d["callee"]) >= 0)
    if table == "sms":
        keep &= (w.card_of(d["sender"]) >= 0) | (w.card_of(d["receiver"]) >= 0)
    return keep


def _distinct(d: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    mat = np.stack([np.asarray(v, dtype=np.int64) for v in d.values()], axis=1)
    _, first = np.unique(mat, axis=0, return_index=True)
    keep = np.sort(first)
    return {k: v[keep] for k, v in d.items()}


def _lookup(w: World, kind: str, v: np.ndarray, luts: dict[str, pa.Array]) -> pa.Array:
    if kind in ENUM_VALUES:
        arr = pa.array(list(ENUM_VALUES[kind]), pa.string())
    elif kind in ("int", "float"):
        return pa.array(v, mask=(v < 0) if kind == "int" else None,
                        type=pa.int64() if kind == "int" else pa.float64())
    elif kind == "str":
        return pa.array(v.tolist(), pa.string())
    else:
        arr = luts[kind]
    idx = pa.array(v.astype(np.int64), mask=v < 0)
    return arr.take(idx)


def luts(w: World) -> dict[str, pa.Array]:
    imsi = [w.imsi_of_num.get(i) for i in range(len(w.numbers))]
    return {"num": pa.array(w.numbers.items, pa.string()), "imsi": pa.array(imsi, pa.string()),
            "imei": pa.array(w.imeis.items, pa.string()), "cell": pa.array(w.cell_ids, pa.string()),
            "country": pa.array(w.countries.items, pa.string()), "gw": pa.array(w.gateways.items, pa.string()),
            "text": pa.array(w.texts.items, pa.string()), "domain": pa.array(w.domains.items, pa.string()),
            "ip": pa.array(w.ips.items, pa.string()), "app": pa.array(w.apps.items, pa.string()),
            "acct": pa.array(w.accounts.items, pa.string())}


def write_events(w: World, out: str) -> dict[str, int]:
    """Every event table, one Parquet file per local day; returns rows per table."""
    lt = luts(w)
    counts = {}
    for table, (idcol, tcol, cols) in SCHEMAS.items():
        d = _concat(w, table)
        _derive(w, table, d)
        keep = _keep(w, table, d)
        order = np.argsort(d["t"][keep], kind="stable")
        d = {k: v[keep][order] for k, v in d.items()}
        if idcol is None:  # key-less tables: a row is its own identity, so drop exact repeats
            d = _distinct(d)
        counts[table] = len(d["t"])
        os.makedirs(os.path.join(out, table), exist_ok=True)
        day = (d["t"] - T0) // DAY
        bounds = np.searchsorted(day, np.arange(0, (T_END - T0) // DAY + 1))
        for di in range(len(bounds) - 1):
            lo, hi = int(bounds[di]), int(bounds[di + 1])
            if hi <= lo:
                continue
            date = datetime.fromtimestamp(T0 + di * DAY, SH).strftime("%Y%m%d")
            arrays, names = [], []
            if idcol:
                seq = np.char.zfill(np.arange(1, hi - lo + 1).astype("U7"), 7)
                arrays.append(pa.array(np.char.add(f"TF{ID_PREFIX[table]}{date}", seq).tolist(), pa.string()))
                names.append(idcol)
            arrays.append(pa.array(d["t"][lo:hi], TS))
            names.append(tcol)
            for name, kind in cols:
                arrays.append(_lookup(w, kind, d[name][lo:hi], lt))
                names.append(name)
            date_dash = f"{date[:4]}-{date[4:6]}-{date[6:]}"
            pq.write_table(pa.table(arrays, names=names), os.path.join(out, table, f"{table}-{date_dash}.parquet"))
    return counts


def write_static(out: str, name: str, columns: dict[str, pa.Array]) -> int:
    os.makedirs(os.path.join(out, name), exist_ok=True)
    table = pa.table(columns)
    pq.write_table(table, os.path.join(out, name, f"{name}.parquet"))
    return table.num_rows


def rows_to_columns(rows: list[dict], spec: list[tuple[str, pa.DataType]]) -> dict[str, pa.Array]:
    cols = {}
    for name, typ in spec:
        vals = [r.get(name) for r in rows]
        cols[name] = pa.array(vals, typ)
    return cols
