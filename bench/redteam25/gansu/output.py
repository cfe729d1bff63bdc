"""Resolve radio fields from the location model, enforce consistency, assign ids and write the files."""

from __future__ import annotations

import gzip
import io
import json
import os
from datetime import datetime, timedelta

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from .core import (
    DAY,
    HOUR,
    OPERATOR,
    T0,
    hexkeys,
    is_cn_fixed,
    is_foreign,
    lognorm_int,
    sample_time,
    weekday,
)

COLS = {  # data set -> [(column, kind, default)]; kinds: num time int float str cell acct bool
    "voice": [("call_id", "str", None), ("start_time", "time", 0), ("caller", "num", 0), ("callee", "num", 0),
              ("duration_s", "int", 0), ("ring_s", "int", 0), ("result", "str", None), ("caller_imei", "num", 0),
              ("caller_imsi", "num", 0), ("caller_cell", "cell", -1), ("callee_cell", "cell", -1),
              ("caller_roaming_country", "str", None), ("call_type", "str", None), ("media", "str", "voice"),
              ("gateway", "str", None)],
    "sms": [("sms_id", "str", None), ("send_time", "time", 0), ("sender", "num", 0), ("receiver", "num", 0),
            ("content", "str", None), ("sender_imei", "num", 0), ("sender_cell", "cell", -1),
            ("sender_roaming_country", "str", None)],
    "device": [("time", "time", 0), ("msisdn", "num", 0), ("imsi", "num", 0), ("imei", "num", 0), ("cell", "cell", -1),
               ("event", "str", None), ("roaming_country", "str", None), ("bytes", "int", -1)],
    "web": [("time", "time", 0), ("msisdn", "num", 0), ("domain", "str", None), ("url", "str", None),
            ("ip", "str", None), ("bytes", "int", -1), ("app", "str", None)],
    "apps": [("time", "time", 0), ("msisdn", "num", 0), ("app", "str", None), ("event", "str", None),
             ("source_url", "str", None)],
    "internet_accounts": [("platform", "str", None), ("account", "str", None), ("msisdn", "num", 0),
                          ("register_time", "time", 0), ("status", "str", None)],
    "transfers": [("txn_id", "str", None), ("time", "time", 0), ("from_account", "acct", -1),
                  ("to_account", "acct", -1), ("amount", "float", 0.), ("currency", "str", None),
                  ("channel", "str", None), ("initiated_msisdn", "num", 0)],
    "reports": [("report_id", "str", None), ("time", "time", 0), ("entity_type", "str", None),
                ("entity", "str", None), ("label", "str", None), ("fraud_type", "str", None),
                ("loss_amount", "float", np.nan), ("source", "str", None)],
    "lists": [("entity_type", "str", None), ("entity", "str", None), ("list", "str", None), ("reason", "str", None),
              ("added_time", "time", 0), ("expires_time", "time", 0)],
}
TIME_COL = {"voice": "start_time", "sms": "send_time", "device": "time", "web": "time", "apps": "time",
            "internet_accounts": "register_time", "transfers": "time", "reports": "time", "lists": "added_time"}
NUM_REFS = {"voice": ["caller", "callee"], "sms": ["sender", "receiver"], "device": ["msisdn"], "web": ["msisdn"],
            "apps": ["msisdn"], "internet_accounts": ["msisdn"], "transfers": ["initiated_msisdn"]}
ID_PREFIX = {"voice": ("call_id", "LYT-CDR-"), "sms": ("sms_id", "LYT-SMS-"), "transfers": ("txn_id", "TXN"),
             "reports": ("report_id", "RPT-GS-")}


def concat(w, ds):
    spec = COLS[ds]
    chunks = w.sink.chunks.get(ds, [])
    out = {}
    names = [c for c, _, _ in spec] + ["_noradio"]
    for c in names:
        parts = []
        for n, ch in chunks:
            if c in ch:
                v = ch[c]
                parts.append(v)
            else:
                kind = dict((a, (b, d)) for a, b, d in spec).get(c, ("bool", False))
                k, d = kind
                dt = {"num": np.int64, "time": np.int64, "int": np.int64, "cell": np.int64, "acct": np.int64,
                      "float": float, "bool": bool}.get(k, object)
                a = np.empty(n, dtype=dt)
                a[:] = d
                parts.append(a)
        if parts:
            kinds = {a: b for a, b, _ in spec}
            k = kinds.get(c, "bool")
            if k == "str":
                parts = [p.astype(object) for p in parts]
            elif k in ("num", "time", "int", "cell", "acct"):
                parts = [p.astype(np.int64) for p in parts]
            elif k == "float":
                parts = [p.astype(float) for p in parts]
            out[c] = np.concatenate(parts)
        else:
            k = {a: b for a, b, _ in spec}.get(c, "bool")
            out[c] = np.zeros(0, dtype={"num": np.int64, "time": np.int64, "int": np.int64, "cell": np.int64,
                                        "acct": np.int64, "float": float, "bool": bool}.get(k, object))
    return out


class Resolver:
    def __init__(self, w):
        self.w = w
        L = w.L
        self.home = L["home_cell"]
        self.work = L["work_cell"]
        self.imei = L["imei"]
        self.imsi = L["imsi"]
        self.radio = np.isin(L["line_type"], ["mobile", "iot"])
        if w.ovr:
            line = np.concatenate([o[0] for o in w.ovr])
            tf = np.concatenate([o[1] for o in w.ovr])
            o = np.lexsort((tf, line))
            self.o_line = line[o]
            self.o_tf = tf[o]
            self.o_tt = np.concatenate([x[2] for x in w.ovr])[o]
            self.o_cell = np.concatenate([x[3] for x in w.ovr])[o]
            self.o_imei = np.concatenate([x[4] for x in w.ovr])[o]
            self.o_roam = np.concatenate([x[5] for x in w.ovr])[o]
            self.o_key = self.o_line * (1 << 31) + (self.o_tf - T0 + (1 << 30))
        else:
            self.o_key = np.zeros(0, dtype=np.int64)

    def at(self, line, t):
        """cell, imei, imsi, roam of lines (>= 0) at times t."""
        day = (t - T0) // DAY
        hour = ((t - T0) % DAY) // HOUR
        atwork = (weekday(day) < 5) & (hour >= 9) & (hour < 18) & (self.work[line] >= 0)
        cell = np.where(atwork, self.work[line], self.home[line])
        imei = self.imei[line].copy()
        roam = np.empty(len(line), dtype=object)
        if len(self.o_key):
            q = line * (1 << 31) + (t - T0 + (1 << 30))
            pos = np.searchsorted(self.o_key, q, side="right") - 1
            pc = pos.clip(0)
            ok = (pos >= 0) & (self.o_line[pc] == line) & (t < self.o_tt[pc])
            oc = self.o_cell[pc]
            cell = np.where(ok & (oc != -2), oc, cell)
            oi = self.o_imei[pc]
            imei = np.where(ok & (oi != 0), oi, imei)
            roam = np.where(ok, self.o_roam[pc], None)
        return cell, imei, self.imsi[line], roam


def fill_radio(w, R, d, num_col, t_col, cell_col, roam_col=None, imsi_col=None, imei_col=None, mask=None):
    line = w.line_of(d[num_col])
    has = (line >= 0) & (~d["_noradio"] if mask is None else mask)
    has[has] = R.radio[line[has]]
    idx = np.flatnonzero(has)
    cell, imei, imsi, roam = R.at(line[idx], d[t_col][idx])
    d[cell_col][idx] = cell
    if imei_col:
        d[imei_col][idx] = imei
    if imsi_col:
        d[imsi_col][idx] = imsi
    if roam_col:
        d[roam_col][idx] = roam
    return line


def device_baseline(w, R):
    """Everyday attach/location/data events of radio lines, plus power-on at opening and handset changes."""
    rng = w.rng
    L = w.L
    radio = np.flatnonzero(R.radio & (L["imei"] != 0))
    days = w.days
    iot = L["line_type"][radio] == "iot"
    lt = L["kind"][radio]
    quiet = np.isin(lt, ["silent"])
    rate_ds = np.where(iot, .9, 1.5) * ~quiet
    rate_lu = np.where(iot, 0.05, .8) * ~quiet
    parts = []
    for rate, ev, prof in ((rate_ds, "data_session", "student"), (rate_lu, "location_update", "resident")):
        n = rng.poisson(rate * days)
        li = np.repeat(radio, n)
        t = sample_time(rng, rng.integers(0, days, len(li)), prof)
        parts.append((li, t, ev))
    # elders switch phones off at night sometimes
    el = radio[(lt == "elder")]
    n = rng.poisson(.15 * days, len(el))
    li = np.repeat(el, n)
    day = rng.integers(0, days - 1, len(li))
    t_off = T0 + day * DAY + rng.integers(21 * HOUR, 23 * HOUR, len(li))
    parts.append((li, t_off, "power_off"))
    parts.append((li, t_off + rng.integers(7 * HOUR, 10 * HOUR, len(li)), "power_on"))
    # power-on/attach when a line opened in the window is first used
    op = np.flatnonzero((L["open_time"] >= T0) & R.radio & (L["imei"] != 0))
    parts.append((op, L["open_time"][op] + rng.integers(60, 900, len(op)), "power_on"))
    # attach at each override that changes handset or cell
    if len(R.o_key):
        m = (R.o_imei != 0) | (R.o_cell >= 0)
        li = R.o_line[m]
        t = np.maximum(R.o_tf[m], T0) + rng.integers(5, 300, int(m.sum()))
        ev = np.where(R.o_imei[m] != 0, "attach", "location_update").astype(object)
        parts.append((li, t, ev))
    li = np.concatenate([p[0] for p in parts])
    t = np.concatenate([p[1] for p in parts])
    ev = np.concatenate([np.full(len(p[0]), p[2], dtype=object) if isinstance(p[2], str) else p[2] for p in parts])
    ok = (t >= T0) & (t < w.T1)
    li, t, ev = li[ok], t[ok], ev[ok]
    nbytes = np.where(ev == "data_session", lognorm_int(rng, len(li), 2_000_000, 1.6, 1000), -1)
    w.sink.add("device", len(li), time=t, msisdn=L["msisdn"][li], event=ev, bytes=nbytes)


def finalize(w):
    w.freeze()
    R = Resolver(w)
    device_baseline(w, R)
    data = {ds: concat(w, ds) for ds in COLS}
    L = w.L
    stats = {}
    # ---- radio fields
    v = data["voice"]
    fill_radio(w, R, v, "caller", "start_time", "caller_cell", "caller_roaming_country", "caller_imsi", "caller_imei")
    fill_radio(w, R, v, "callee", "start_time", "callee_cell", mask=np.ones(len(v["callee"]), dtype=bool))
    s = data["sms"]
    fill_radio(w, R, s, "sender", "send_time", "sender_cell", "sender_roaming_country", None, "sender_imei")
    dv = data["device"]
    need = dv["imei"] == 0
    line = w.line_of(dv["msisdn"])
    idx = np.flatnonzero(need & (line >= 0))
    cell, imei, imsi, roam = R.at(line[idx], dv["time"][idx])
    dv["cell"][idx] = np.where(dv["cell"][idx] >= 0, dv["cell"][idx], cell)
    dv["imei"][idx] = imei
    dv["imsi"][idx] = imsi
    dv["roaming_country"][idx] = roam
    # call types and gateways
    ct = v["call_type"]
    auto = np.array([x is None for x in ct])
    cl = w.line_of(v["caller"])
    lt = np.where(cl >= 0, L["line_type"][np.maximum(cl, 0)], "")
    typ = np.where(is_foreign(v["caller"]), "intl_in", np.where(is_foreign(v["callee"]), "intl_out", np.where(
        (lt == "voip"), "voip", np.where((lt == "fixed") | ((cl < 0) & is_cn_fixed(v["caller"])), "fixed",
                                         "mobile")))).astype(object)
    v["call_type"] = np.where(auto, typ, ct)
    gw = v["gateway"]
    nogw = np.array([x is None for x in gw])
    v["gateway"] = np.where(nogw & (v["call_type"] == "intl_in"), "IGW-LZ-01", np.where(
        nogw & (v["call_type"] == "intl_out"), "IGW-LZ-02", np.where(nogw & (v["call_type"] == "voip"), "SBC-LZ-03",
                                                                    gw))).astype(object)
    # mobile_app transfers: the payer's bound number when not given
    tr = data["transfers"]
    fa = tr["from_account"]
    need = (tr["initiated_msisdn"] == 0) & (tr["channel"] == "mobile_app") & (fa >= 0)
    tr["initiated_msisdn"][need] = w.A["bound_msisdn"][fa[need]]
    # ---- consistency: nothing from or to a line before it opened or after it closed; window only
    for ds, refs in NUM_REFS.items():
        d = data[ds]
        t = d[TIME_COL[ds]]
        keep = (t >= T0) & (t < w.T1)
        for c in refs:
            ln = w.line_of(d[c])
            has = ln >= 0
            lni = np.maximum(ln, 0)
            keep &= ~has | ((t >= L["open_time"][lni]) & (t < L["close_time"][lni]))
        if ds == "transfers":
            for c in ("from_account", "to_account"):
                a = d[c]
                ina = a >= 0
                keep &= ~ina | (t >= w.A["open_time"][np.maximum(a, 0)])
        stats[ds] = int((~keep).sum())
        if os.environ.get("RT25_DEBUG") and (~keep).any():
            bad = {k: x[~keep][:8] for k, x in d.items() if k in refs + [TIME_COL[ds], "from_account", "to_account"]}
            print("DROP", ds, bad)
        data[ds] = {k: x[keep] for k, x in d.items()}
    for ds in ("reports", "lists"):
        d = data[ds]
        t = d[TIME_COL[ds]]
        keep = (t >= T0) & (t < w.T1)
        stats[ds] = int((~keep).sum())
        data[ds] = {k: x[keep] for k, x in d.items()}
    # answered >= 1 s, unanswered 0
    v = data["voice"]
    v["duration_s"] = np.where(v["result"] == "answered", np.maximum(v["duration_s"], 1), 0)
    # ---- order by time, then ids
    for ds, d in data.items():
        tc = TIME_COL.get(ds)
        if tc and len(d[tc]):
            o = np.argsort(d[tc], kind="stable")
            data[ds] = {k: x[o] for k, x in d.items()}
    # exact duplicate signalling rows (two events at the same second) are one event
    dv = data["device"]
    if len(dv["time"]):
        o = np.lexsort((dv["imei"], dv["event"].astype(str), dv["msisdn"], dv["time"]))
        same = np.r_[False, (dv["time"][o][1:] == dv["time"][o][:-1]) & (dv["msisdn"][o][1:] == dv["msisdn"][o][:-1])
                     & (dv["event"][o][1:] == dv["event"][o][:-1])]
        keep = np.sort(o[~same])
        data["device"] = {k: x[keep] for k, x in dv.items()}
    for ds, (col, pre) in ID_PREFIX.items():
        n = len(data[ds][TIME_COL[ds]])
        if n == 0:
            data[ds][col] = np.zeros(0, dtype=object)
            continue
        day = (data[ds][TIME_COL[ds]] - T0) // DAY
        seq = np.arange(n)
        base = np.array([(datetime(2032, 8, 27) + timedelta(days=int(x))).strftime("%m%d") for x in range(w.days + 1)])
        data[ds][col] = np.char.add(np.char.add(pre, base[day]), np.char.zfill(seq.astype(str), 8)).astype(object)
    w.data = data
    w.drop_stats = stats
    return data


# ------------------------------------------------------------------ writing
def _iso(t, style="offset"):
    """ISO-8601 strings for epoch seconds (vectorised via numpy datetime64)."""
    t = np.asarray(t, dtype=np.int64)
    if style == "z":
        s = np.datetime_as_string(t.astype("datetime64[s]"), unit="s")
        return np.char.add(s.astype(str), "Z").astype(object)
    s = np.datetime_as_string((t + 8 * HOUR).astype("datetime64[s]"), unit="s")
    if style == "ms_offset":
        ms = (np.asarray(t) * 7 % 1000)
        return np.char.add(np.char.add(np.char.add(s.astype(str), "."), np.char.zfill(ms.astype(str), 3)),
                           "+08:00").astype(object)
    return np.char.add(s.astype(str), "+08:00").astype(object)


def _nums(x):
    x = np.asarray(x, dtype=np.int64)
    arr = pa.array(x).cast(pa.string())
    return pa.array(arr.to_numpy(zero_copy_only=False).astype(object), type=pa.string(), mask=(x == 0))


def to_arrow(w, ds, d, time_style):
    cols = {}
    for c, kind, _ in COLS[ds]:
        x = d[c]
        if kind == "num":
            cols[c] = _nums(x)
        elif kind == "cell":
            cols[c] = pa.array(np.where(x >= 0, w.cell_name[np.maximum(x, 0)], None), type=pa.string())
        elif kind == "acct":
            cols[c] = pa.array(w.acct_names(x), type=pa.string())
        elif kind == "time":
            if time_style == "parquet":
                cols[c] = pa.array(x * 1000, type=pa.timestamp("ms", tz="Asia/Shanghai"), mask=(x == 0))
            else:
                s = _iso(x, time_style)
                s[x == 0] = None
                cols[c] = pa.array(s, type=pa.string())
        elif kind == "int":
            cols[c] = pa.array(x, type=pa.int64(), mask=(x < 0))
        elif kind == "float":
            cols[c] = pa.array(x, type=pa.float64(), mask=np.isnan(x))
        else:
            cols[c] = pa.array(x, type=pa.string())
    return pa.table(cols)


def write_csv(table, path, gz=False):
    buf = io.BytesIO()
    pacsv.write_csv(table, buf)
    data = buf.getvalue()
    if gz:
        with open(path, "wb") as f:
            f.write(gzip.compress(data, compresslevel=6, mtime=0))
    else:
        with open(path, "wb") as f:
            f.write(data)


def write_jsonl(table, path):
    rows = table.to_pylist()
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: v for k, v in r.items() if v is not None}, ensure_ascii=False,
                               separators=(",", ":")) + "\n")


def write_parquet(table, path):
    pq.write_table(table, path, compression="zstd")


def split_days(w, d, tcol, per):
    day = (d[tcol] - T0) // DAY
    for d0 in range(0, w.days, per):
        m = (day >= d0) & (day < d0 + per)
        yield d0, {k: x[m] for k, x in d.items()}


def write_all(w, out):
    data = w.data
    counts = {}
    stamp = lambda d0: (datetime(2032, 8, 27) + timedelta(days=d0)).strftime("%Y%m%d")  # noqa: E731

    def mk(ds):
        p = os.path.join(out, ds)
        os.makedirs(p, exist_ok=True)
        return p
    # voice: Parquet, one file per day, times labelled Asia/Shanghai
    p = mk("voice")
    for d0, part in split_days(w, data["voice"], "start_time", 1):
        write_parquet(to_arrow(w, "voice", part, "parquet"), os.path.join(p, f"cdr_{OPERATOR}_{stamp(d0)}.parquet"))
    counts["voice"] = len(data["voice"]["start_time"])
    # sms: CSV.gz in four-day batches, +08:00
    p = mk("sms")
    for d0, part in split_days(w, data["sms"], "send_time", 4):
        write_csv(to_arrow(w, "sms", part, "offset"), os.path.join(p, f"sms_{stamp(d0)}.csv.gz"), gz=True)
    counts["sms"] = len(data["sms"]["send_time"])
    # device: Parquet, weekly files
    p = mk("device")
    for d0, part in split_days(w, data["device"], "time", 7):
        write_parquet(to_arrow(w, "device", part, "parquet"), os.path.join(p, f"signalling_{stamp(d0)}.parquet"))
    counts["device"] = len(data["device"]["time"])
    # web: JSON Lines with milliseconds, daily pairs
    p = mk("web")
    for d0, part in split_days(w, data["web"], "time", 3):
        write_jsonl(to_arrow(w, "web", part, "ms_offset"), os.path.join(p, f"dpi_{stamp(d0)}.jsonl"))
    counts["web"] = len(data["web"]["time"])
    # apps: plain CSV
    p = mk("apps")
    write_csv(to_arrow(w, "apps", data["apps"], "offset"), os.path.join(p, "app_sightings.csv"))
    counts["apps"] = len(data["apps"]["time"])
    # internet accounts: platform feed, JSON Lines in UTC
    p = mk("internet_accounts")
    write_jsonl(to_arrow(w, "internet_accounts", data["internet_accounts"], "z"),
                os.path.join(p, "platform_registrations.jsonl"))
    counts["internet_accounts"] = len(data["internet_accounts"]["register_time"])
    # transfers: CSV.gz from the banks' feed, +08:00
    p = mk("transfers")
    for d0, part in split_days(w, data["transfers"], "time", 7):
        write_csv(to_arrow(w, "transfers", part, "offset"), os.path.join(p, f"txn_{stamp(d0)}.csv.gz"), gz=True)
    counts["transfers"] = len(data["transfers"]["time"])
    for ds in ("reports", "lists"):
        ent = data[ds]["entity"]
        for i in np.flatnonzero(np.char.startswith(ent.astype(str), "@person:")):
            ent[i] = w.person_keys[int(ent[i][8:])]
    # reports: JSON Lines in UTC
    p = mk("reports")
    write_jsonl(to_arrow(w, "reports", data["reports"], "z"), os.path.join(p, "reports.jsonl"))
    counts["reports"] = len(data["reports"]["time"])
    p = mk("lists")
    write_csv(to_arrow(w, "lists", data["lists"], "offset"), os.path.join(p, "lists.csv"))
    counts["lists"] = len(data["lists"]["added_time"])
    # dimensions
    counts["subscribers"] = write_subscribers(w, mk("subscribers"))
    counts["bank_accounts"] = write_accounts(w, mk("bank_accounts"))
    cells = pa.table({"cell": pa.array(w.cell_name, pa.string()), "lat": pa.array(w.cell_lat),
                      "lon": pa.array(w.cell_lon), "region": pa.array(w.cell_region, pa.string()),
                      "site_type": pa.array(w.cell_type, pa.string())})
    write_csv(cells, os.path.join(mk("cells"), "cells.csv"))
    counts["cells"] = len(w.cell_name)
    counts.update(write_truth(w, mk("truth")))
    return counts


def id_keys(w, person):
    person = np.asarray(person, dtype=np.int64)
    keys = w.person_keys
    return np.where(person >= 0, keys[np.maximum(person, 0)], None)


def prepare_names(w):
    P = w.persons.frame()
    w.P_frame = P
    n = len(P["id_type"])
    pref = np.where(P["id_type"] == "business_license", "blk-", np.where(P["id_type"] == "passport", "ppk-", "idk-"))
    raw = hexkeys(np.arange(n), 0x1D + w.seed * 1000003, "", 20)
    w.person_keys = np.char.add(pref.astype(str), raw.astype(str)).astype(object)
    A = w.accounts.frame()
    na = len(A["bank"])
    raw = hexkeys(np.arange(na), 0xBA + w.seed * 7919, "", 14)
    w.account_keys = np.char.add(np.char.add(A["bank"].astype(str), "-"), raw.astype(str)).astype(object)
    ext = np.array(w.ext_names, dtype=object)

    def names(x):
        x = np.asarray(x, dtype=np.int64)
        out = np.empty(len(x), dtype=object)
        m = x >= 0
        out[m] = w.account_keys[x[m]]
        e = x <= -2
        out[e] = ext[-x[e] - 2]
        return out
    w.acct_names = names


def write_subscribers(w, p):
    L = w.L
    n = len(L["msisdn"])
    st = L["status_time"]
    tab = pa.table({
        "msisdn": _nums(L["msisdn"]), "imsi": _nums(L["imsi"]),
        "id_key": pa.array(id_keys(w, L["person"]), pa.string()),
        "id_type": pa.array(w.P_frame["id_type"][L["person"]], pa.string()),
        "customer_type": pa.array(L["customer_type"], pa.string()),
        "line_type": pa.array(L["line_type"], pa.string()),
        "operator": pa.array(np.full(n, OPERATOR, dtype=object), pa.string()),
        "open_time": pa.array(_iso(L["open_time"]), pa.string()),
        "open_channel": pa.array(L["open_channel"], pa.string()),
        "open_cell": pa.array(np.where(L["open_cell"] >= 0, w.cell_name[np.maximum(L["open_cell"], 0)], None),
                              pa.string()),
        "status": pa.array(L["status"], pa.string()),
        "status_time": pa.array(np.where(st > 0, _iso(st), None), pa.string()),
        "is_prepaid": pa.array(np.where(L["is_prepaid"] > 0, "true", "false"), pa.string()),
        "home_region": pa.array(L["home_region"], pa.string()),
    })
    write_csv(tab, os.path.join(p, "subscribers.csv"))
    return n


def write_accounts(w, p):
    A = w.A
    inreg = A["in_registry"] > 0
    n = int(inreg.sum())
    tab = pa.table({
        "account_id": pa.array(w.account_keys[inreg], pa.string()),
        "id_key": pa.array(w.person_keys[A["person"][inreg]], pa.string()),
        "bank": pa.array(A["bank"][inreg], pa.string()),
        "open_time": pa.array(A["open_time"][inreg] * 1000, type=pa.timestamp("ms", tz="Asia/Shanghai")),
        "bound_msisdn": _nums(A["bound_msisdn"][inreg]),
        "status": pa.array(A["status"][inreg], pa.string()),
    })
    write_parquet(tab, os.path.join(p, "bank_accounts.parquet"))
    return n


ROLE_RANK = {"benign": 3, "victim": 2}


def write_truth(w, p):
    et, ent, role, gang, scheme, first = [], [], [], [], [], []
    for etype, ents, r, g, sc, fa in w.truth.ent:
        if ents.dtype.kind in "iu":
            if etype == "account":
                s = w.acct_names(ents)
            elif etype == "id_key":
                s = w.person_keys[ents]
            else:
                s = ents.astype(str).astype(object)
        else:
            s = ents.astype(object)
        n = len(s)
        et.append(np.full(n, etype, dtype=object))
        ent.append(s)
        role.append(np.full(n, r, dtype=object))
        gang.append(np.full(n, g or None, dtype=object))
        scheme.append(np.full(n, sc or None, dtype=object))
        first.append(fa)
    et, ent, role = np.concatenate(et), np.concatenate(ent), np.concatenate(role)
    gang, scheme, first = np.concatenate(gang), np.concatenate(scheme), np.concatenate(first)
    rank = np.array([0 if not (r in ROLE_RANK or r.startswith("lookalike:")) else
                     (1 if r.startswith("lookalike:") else ROLE_RANK[r]) for r in role])
    key = np.char.add(np.char.add(et.astype(str), "|"), ent.astype(str))
    o = np.lexsort((np.arange(len(key)), rank, key))
    first_of = np.r_[True, key[o][1:] != key[o][:-1]]
    keep = np.sort(o[first_of])
    fa = first[keep]
    tab = pa.table({"entity_type": pa.array(et[keep], pa.string()), "entity": pa.array(ent[keep], pa.string()),
                    "role": pa.array(role[keep], pa.string()), "gang_id": pa.array(gang[keep], pa.string()),
                    "scheme": pa.array(scheme[keep], pa.string()),
                    "first_active": pa.array(np.where(fa > 0, _iso(fa), None), pa.string())})
    write_csv(tab, os.path.join(p, "entities.csv"))
    ev = w.truth.events
    vic = np.concatenate([e[0] for e in ev]) if ev else np.zeros(0, np.int64)
    t = np.concatenate([e[1] for e in ev]) if ev else np.zeros(0, np.int64)
    amt = np.concatenate([e[2] for e in ev]) if ev else np.zeros(0)
    to = np.concatenate([e[3] for e in ev]) if ev else np.zeros(0, np.int64)
    g = np.concatenate([np.full(len(e[0]), e[4], dtype=object) for e in ev]) if ev else np.zeros(0, object)
    o = np.argsort(t, kind="stable")
    tab = pa.table({"victim": _nums(vic[o]), "time": pa.array(_iso(t[o]), pa.string()),
                    "amount": pa.array(amt[o].astype(float)), "to_account": pa.array(w.acct_names(to[o]), pa.string()),
                    "gang_id": pa.array(g[o], pa.string())})
    write_csv(tab, os.path.join(p, "events.csv"))
    return {"truth_entities": int(len(keep)), "truth_events": int(len(vic))}
