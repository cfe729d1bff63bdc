"""Turn the collected column chunks into interchange-v1 files: several formats and timestamp conventions,
byte-for-byte reproducible (no wall-clock time in any file)."""

from __future__ import annotations

import gzip
import io
import os

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pcsv
import pyarrow.parquet as pq

from . import catalog as C
from .records import LINE_TYPES, NEVER
from .world import World

SCHEMA = {
    "voice": [("call_id", "id"), ("start_time", "time"), ("caller", "num"), ("callee", "num"), ("duration_s", "int"),
              ("ring_s", "int"), ("result", "str"), ("caller_imei", "num"), ("caller_imsi", "num"),
              ("caller_cell", "cell"), ("callee_cell", "cell"), ("caller_roaming_country", "str"),
              ("call_type", "str"), ("media", "str"), ("gateway", "str")],
    "sms": [("sms_id", "id"), ("send_time", "time"), ("sender", "num"), ("receiver", "num"), ("content", "str"),
            ("sender_imei", "num"), ("sender_cell", "cell"), ("sender_roaming_country", "str")],
    "device": [("time", "time"), ("msisdn", "num"), ("imsi", "num"), ("imei", "num"), ("cell", "cell"),
               ("event", "str"), ("roaming_country", "str"), ("bytes", "int")],
    "web": [("time", "time"), ("msisdn", "num"), ("domain", "str"), ("url", "str"), ("ip", "str"), ("bytes", "int"),
            ("app", "str")],
    "apps": [("time", "time"), ("msisdn", "num"), ("app", "str"), ("event", "str"), ("source_url", "str")],
    "internet_accounts": [("platform", "str"), ("account", "str"), ("msisdn", "num"), ("register_time", "time"),
                          ("status", "str")],
    "transfers": [("txn_id", "id"), ("time", "time"), ("from_account", "str"), ("to_account", "str"),
                  ("amount", "float"), ("currency", "str"), ("channel", "str"), ("initiated_msisdn", "num")],
    "reports": [("report_id", "id"), ("time", "time"), ("entity_type", "str"), ("entity", "str"), ("label", "str"),
                ("fraud_type", "str"), ("loss_amount", "float"), ("source", "str")],
    "lists": [("entity_type", "str"), ("entity", "str"), ("list", "str"), ("reason", "str"), ("added_time", "time"),
              ("expires_time", "time")],
}
# the numbers whose line must be open (and not yet cut off) at the record's time
PARTIES = {"voice": ("caller", "callee"), "sms": ("sender", "receiver"), "device": ("msisdn",), "web": ("msisdn",),
           "apps": ("msisdn",)}
ID_PREFIX = {"voice": "QYV", "sms": "QYS", "transfers": "GZT", "reports": "GZR"}
NUMERIC = ("num", "time", "int", "cell", "float")


def _np(v, n, kind):
    if v is None:
        return np.full(n, np.nan if kind == "float" else (-1 if kind in ("cell", "int") else 0),
                       float if kind == "float" else np.int64)
    a = np.asarray(v, float if kind == "float" else np.int64)
    return np.broadcast_to(a, (n,)) if a.ndim == 0 else a


def _str(v, n):
    if v is None:
        return pa.nulls(n, pa.string())
    if isinstance(v, str):
        return pa.array([v], pa.string()).take(pa.array(np.zeros(n, np.int32))) if v else pa.nulls(n, pa.string())
    a = np.asarray(v)
    if a.dtype.kind == "U":
        x = pa.array(a, pa.string())
    else:
        x = pa.array(a, pa.string(), from_pandas=True)
    return pc.if_else(pc.equal(x, ""), pa.scalar(None, pa.string()), x)


class Frames:
    """The finished tables, numbers still as int64 arrays until written."""

    def __init__(self, w: World):
        self.w = w
        L = w.L
        on = np.flatnonzero(L["onnet"] == 1)
        ms = L["msisdn"][on]
        order = np.argsort(ms)
        self.sub_ms = ms[order]
        self.sub_open = L["open_time"][on][order]
        st = L["status"][on][order]
        stt = L["status_time"][on][order]
        self.sub_end = np.where((st != "active") & (stt > 0), stt, NEVER)
        self.dropped = {}

    def _alive(self, num, t):
        i = np.clip(np.searchsorted(self.sub_ms, num), 0, len(self.sub_ms) - 1)
        found = self.sub_ms[i] == num
        return ~found | ((t >= self.sub_open[i]) & (t < self.sub_end[i]))

    def table(self, rtype) -> pa.Table:
        spec = SCHEMA[rtype]
        chunks = self.w.sink.chunks.get(rtype, [])
        n_all = sum(n for n, _ in chunks)
        cols = {}
        for name, kind in spec:
            if kind == "id":
                continue
            if kind in NUMERIC:
                cols[name] = np.concatenate([_np(c.get(name), n, kind) for n, c in chunks]) if chunks else \
                    np.zeros(0, float if kind == "float" else np.int64)
            else:
                cols[name] = pa.chunked_array([_str(c.get(name), n) for n, c in chunks], pa.string()).combine_chunks() \
                    if chunks else pa.array([], pa.string())
        tcol = next((n for n, k in spec if k == "time"), None)
        keep = np.ones(n_all, bool)
        for p in PARTIES.get(rtype, ()):
            keep &= self._alive(cols[p], cols[tcol])
        self.dropped[rtype] = int((~keep).sum())
        if rtype in PARTIES or rtype == "transfers":  # the export covers the period, nothing before or after
            tv = cols[tcol]
            keep &= (tv >= C.START) & (tv < C.START + self.w.days * C.DAY)
        order = np.flatnonzero(keep)
        if tcol and rtype != "lists":
            order = order[np.argsort(cols[tcol][order], kind="stable")]
        if rtype in ("device", "web", "apps") and len(order):
            # key-less records: one event per number and second (a second identical row would be a duplicate)
            tt, mm = cols[tcol][order], cols["msisdn"][order]
            o2 = np.lexsort((mm, tt))
            dup = np.zeros(len(order), bool)
            dup[o2[1:]] = (tt[o2[1:]] == tt[o2[:-1]]) & (mm[o2[1:]] == mm[o2[:-1]])
            order = order[~dup]
        out = {}
        seq = None
        for name, kind in spec:
            if kind == "id":
                seq = pa.array(np.arange(1, len(order) + 1))
                day = pa.array(((cols[tcol][order] - C.START) // C.DAY + 425).astype(np.int64))
                out[name] = pc.binary_join_element_wise(
                    ID_PREFIX[rtype] + str(self.w.seed), pc.cast(day, pa.string()),
                    pc.utf8_lpad(pc.cast(seq, pa.string()), 8, "0"), "")
            elif kind in NUMERIC:
                v = cols[name][order]
                if kind == "num":
                    out[name] = pc.cast(pa.array(v, mask=v <= 0), pa.string())
                elif kind == "cell":
                    out[name] = pa.array(self.w.cell_name, pa.string()).take(pa.array(v, mask=v < 0))
                elif kind == "int":
                    out[name] = pa.array(v, mask=v < 0)
                elif kind == "float":
                    out[name] = pa.array(v, mask=np.isnan(v))
                else:
                    out[name] = v  # time: int64 seconds, formatted by the writer
            else:
                out[name] = cols[name].take(pa.array(order))
        return out

    def subscribers(self):
        w, L = self.w, self.w.L
        on = np.flatnonzero(L["onnet"] == 1)
        region = L["region"][on]
        reg_names = np.array([r[3] + "/" + r[1] for r in C.REGIONS] + [None], object)
        stt = L["status_time"][on]
        return {
            "msisdn": pc.cast(pa.array(L["msisdn"][on]), pa.string()),
            "imsi": pc.cast(pa.array(L["imsi"][on], mask=L["imsi"][on] <= 0), pa.string()),
            "id_key": pa.array(L["id_key"][on], pa.string()),
            "id_type": pa.array(L["id_type"][on], pa.string()),
            "customer_type": pa.array(L["customer_type"][on], pa.string()),
            "line_type": pa.array(np.array(LINE_TYPES, object)[L["line_type"][on]], pa.string()),
            "operator": pa.array(np.full(len(on), C.OPERATOR, object), pa.string()),
            "open_time": L["open_time"][on],
            "open_channel": pa.array(L["open_channel"][on], pa.string()),
            "open_cell": pa.array(w.cell_name, pa.string()).take(pa.array(L["open_cell"][on], mask=L["open_cell"][on] < 0)),
            "status": pa.array(L["status"][on], pa.string()),
            "status_time": np.where(stt > 0, stt, -1),
            "is_prepaid": pa.array(L["prepaid"][on] == 1),
            "home_region": pa.array(reg_names[np.where(region >= 0, region, len(C.REGIONS))], pa.string()),
        }


# ---------------------------------------------------------------- time conventions
def t_local(v):
    v = np.asarray(v, np.int64)
    arr = pa.array(v + C.TZ_OFFSET, pa.timestamp("s"), mask=v < 0)
    return pc.strftime(arr, format="%Y-%m-%dT%H:%M:%S+08:00")


def t_utc(v):
    v = np.asarray(v, np.int64)
    return pc.strftime(pa.array(v, pa.timestamp("s"), mask=v < 0), format="%Y-%m-%dT%H:%M:%SZ")


def t_parquet(v, tz):
    v = np.asarray(v, np.int64)
    return pa.array(v, pa.timestamp("s", tz=tz), mask=v < 0)


def _table(cols, tconv, times):
    return pa.table({k: (tconv(v) if k in times else v) for k, v in cols.items()})


def _take(cols, idx):
    ia = pa.array(idx)
    return {k: (v[idx] if isinstance(v, np.ndarray) else v.take(ia)) for k, v in cols.items()}


def write_csv(path, table, gz=False):
    buf = io.BytesIO()
    pcsv.write_csv(table, buf)
    data = buf.getvalue()
    if gz:
        with open(path, "wb") as f, gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0) as g:
            g.write(data)
    else:
        with open(path, "wb") as f:
            f.write(data)


def write_jsonl(path, table):
    pieces = []
    for i, name in enumerate(table.column_names):
        col = table.column(name).combine_chunks() if table.num_rows else pa.array([], table.schema.field(name).type)
        if pa.types.is_string(col.type):
            esc = pc.replace_substring(pc.replace_substring(col, "\\", "\\\\"), '"', '\\"')
            val = pc.binary_join_element_wise('"', esc, '"', "")
        elif pa.types.is_boolean(col.type):
            val = pc.if_else(col, "true", "false")
        else:
            val = pc.cast(col, pa.string())
        val = pc.fill_null(val, "null")
        pieces += [("{" if i == 0 else ",") + f'"{name}":', val]
    with open(path, "w", encoding="utf-8") as f:
        if table.num_rows:
            lines = pc.binary_join_element_wise(*pieces, "}", "")
            f.write("\n".join(lines.to_pylist()) + "\n")


def write_all(w: World, out: str) -> dict:
    fr = Frames(w)
    counts = {}

    def mk(d):
        os.makedirs(os.path.join(out, d), exist_ok=True)
        return os.path.join(out, d)

    # subscribers: CSV, local times with +08:00
    sub = fr.subscribers()
    write_csv(os.path.join(mk("subscribers"), "qyt_subscribers.csv"), _table(sub, t_local, ("open_time", "status_time")))
    counts["subscribers"] = len(sub["msisdn"])
    # cells: CSV
    cells = pa.table({"cell": pa.array(w.cell_name, pa.string()), "lat": w.cell_lat, "lon": w.cell_lon,
                      "region": pa.array(w.cell_region, pa.string()), "site_type": pa.array(w.cell_type, pa.string())})
    write_csv(os.path.join(mk("cells"), "qyt_cells.csv"), cells)
    counts["cells"] = cells.num_rows
    # voice: one Parquet file per local day, times labelled Asia/Shanghai
    v = fr.table("voice")
    days = (v["start_time"] - C.START) // C.DAY
    for d in np.unique(days):
        idx = np.flatnonzero(days == d)
        tb = _table(_take(v, idx), lambda x: t_parquet(x, "Asia/Shanghai"), ("start_time",))
        pq.write_table(tb, os.path.join(mk("voice"), f"cdr_{C.day_date(int(d)):%Y%m%d}.parquet"), compression="zstd")
    counts["voice"] = len(v["start_time"])
    # sms: CSV.gz in four-day batches, +08:00 strings
    s = fr.table("sms")
    days = (s["send_time"] - C.START) // C.DAY
    for d0 in range(int(days.min()) if len(days) else 0, int(days.max()) + 1 if len(days) else 0, 4):
        idx = np.flatnonzero((days >= d0) & (days < d0 + 4))
        if len(idx):
            write_csv(os.path.join(mk("sms"), f"smsc_{C.day_date(d0):%Y%m%d}.csv.gz"),
                      _table(_take(s, idx), t_local, ("send_time",)), gz=True)
    counts["sms"] = len(s["send_time"])
    # device: plain CSV, UTC 'Z' strings, two halves
    dv = fr.table("device")
    half = len(dv["time"]) // 2
    for k, idx in enumerate((np.arange(half), np.arange(half, len(dv["time"])))):
        write_csv(os.path.join(mk("device"), f"attach_part{k + 1}.csv"), _table(_take(dv, idx), t_utc, ("time",)))
    counts["device"] = len(dv["time"])
    # web: Parquet, UTC timestamps
    wb = fr.table("web")
    pq.write_table(_table(wb, lambda x: t_parquet(x, "UTC"), ("time",)), os.path.join(mk("web"), "dpi.parquet"),
                   compression="zstd")
    counts["web"] = len(wb["time"])
    # apps: JSON Lines, +08:00
    ap = fr.table("apps")
    write_jsonl(os.path.join(mk("apps"), "app_sightings.jsonl"), _table(ap, t_local, ("time",)))
    counts["apps"] = len(ap["time"])
    # platform accounts: JSON Lines, UTC
    ia = fr.table("internet_accounts")
    write_jsonl(os.path.join(mk("internet_accounts"), "platform_feed.jsonl"), _table(ia, t_utc, ("register_time",)))
    counts["internet_accounts"] = len(ia["register_time"])
    # bank accounts: CSV.gz
    acc = w.accounts
    lines = np.array(acc["line"], np.int64)
    bound = np.where(lines >= 0, w.L["msisdn"][np.maximum(lines, 0)], 0)
    bt = {"account_id": pa.array(acc["account_id"], pa.string()), "id_key": pa.array(acc["id_key"], pa.string()),
          "bank": pa.array(acc["bank"], pa.string()), "open_time": np.array(acc["open_time"], np.int64),
          "bound_msisdn": pc.cast(pa.array(bound, mask=bound <= 0), pa.string()),
          "status": pa.array(acc["status"], pa.string())}
    write_csv(os.path.join(mk("bank_accounts"), "accounts.csv.gz"), _table(bt, t_local, ("open_time",)), gz=True)
    counts["bank_accounts"] = len(acc["account_id"])
    # transfers: CSV, +08:00
    tr = fr.table("transfers")
    write_csv(os.path.join(mk("transfers"), "payments.csv"), _table(tr, t_local, ("time",)))
    counts["transfers"] = len(tr["time"])
    # reports: JSON Lines; lists: CSV
    rp = fr.table("reports")
    write_jsonl(os.path.join(mk("reports"), "reports.jsonl"), _table(rp, t_local, ("time",)))
    counts["reports"] = len(rp["time"])
    ls = fr.table("lists")
    write_csv(os.path.join(mk("lists"), "lists.csv"), _table(ls, t_local, ("added_time", "expires_time")))
    counts["lists"] = len(ls["entity"])
    # truth
    ent = sorted(w.truth.ent.items())
    tt = {"entity_type": pa.array([k[0] for k, _ in ent], pa.string()),
          "entity": pa.array([k[1] for k, _ in ent], pa.string()),
          "role": pa.array([v[0] for _, v in ent], pa.string()),
          "gang_id": pa.array([v[1] or None for _, v in ent], pa.string()),
          "scheme": pa.array([v[2] or None for _, v in ent], pa.string()),
          "first_active": np.array([-1 if v[3] is None else v[3] for _, v in ent], np.int64)}
    write_csv(os.path.join(mk("truth"), "entities.csv"), _table(tt, t_local, ("first_active",)))
    ev = sorted(w.truth.events)
    et = {"victim": pa.array([e[1] for e in ev], pa.string()), "time": np.array([e[0] for e in ev], np.int64),
          "amount": pa.array([e[2] for e in ev], pa.float64()), "to_account": pa.array([e[3] for e in ev], pa.string()),
          "gang_id": pa.array([e[4] for e in ev], pa.string())}
    write_csv(os.path.join(mk("truth"), "events.csv"), _table(et, t_local, ("time",)))
    counts["truth_entities"] = len(ent)
    counts["truth_events"] = len(ev)
    counts["dropped_unopened"] = sum(fr.dropped.values())
    return counts
