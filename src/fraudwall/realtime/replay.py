"""Replay recorded or simulated events through the screening logic, in event-time order.

Calls, SMS, call ends (``start_time + ring_s + duration_s``, feeding the
unanswered and short-call shares) and device events are merged by event time
and fed to the same :class:`~fraudwall.realtime.screen.Screener` the service
uses.  A blocked call is not removed from the record (the replay cannot know
what the fraudster would have done instead), so later windows are as recorded.

With ground truth (``DATA_DIR/truth``) the report gives, per fraud number
(roles ``fraud_caller``, ``simbox_sim``, ``fixed_voip_line``,
``fraud_sms_sender``), the event time from its first call or SMS to its first
warn or block; the share of victims' fraud contacts (calls and SMS from fraud
numbers to victims) warned or blocked, overall and after the first hour of the
fraud number; and the benign numbers ever blocked or warned.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import duckdb
import numpy as np

from fraudwall.errors import InputError
from fraudwall.realtime.lists import Knowledge, Watcher, from_data_dir, from_warehouse
from fraudwall.realtime.rules import RuleSet, load_rules
from fraudwall.realtime.screen import Screener
from fraudwall.realtime.state import InProcessState
from fraudwall.scenarios.evaluate import truth_scan

FRAUD_ROLES = ("fraud_caller", "simbox_sim", "fixed_voip_line", "fraud_sms_sender")
_CODE = {"allow": 0, "warn": 1, "block": 2}


class _Fixed(Watcher):
    def __init__(self, k: Knowledge) -> None:
        self.root = None
        self.current = k
        self.reloads = 0


def _scan(data_dir: Path, name: str) -> str | None:
    try:
        return truth_scan(data_dir, name)
    except InputError:
        return None


def load_events(data_dir: Path) -> dict[str, dict[str, list]]:
    """Columns of voice, sms and device events (times as epoch seconds)."""
    con = duckdb.connect()
    out: dict[str, dict[str, list]] = {}
    # optional columns may be absent from a recorded folder: they read as NULL
    wanted = {
        "voice": ("call_id", "start_time", "caller", "callee", "duration_s", "ring_s", "caller_imei",
                  "caller_roaming_country", "call_type", "media"),
        "sms": ("sms_id", "send_time", "sender", "receiver", "content", "sender_imei", "sender_roaming_country"),
        "device": ("time", "msisdn", "imei"),
    }
    queries = {
        "voice": "SELECT call_id, epoch(TRY_CAST(start_time AS TIMESTAMPTZ)) AS t, caller, callee, "
                 "coalesce(TRY_CAST(duration_s AS DOUBLE), 0) AS duration_s, coalesce(TRY_CAST(ring_s AS DOUBLE), 0) AS ring_s, "
                 "caller_imei, caller_roaming_country, call_type, media FROM {src} "
                 "WHERE caller IS NOT NULL AND callee IS NOT NULL AND TRY_CAST(start_time AS TIMESTAMPTZ) IS NOT NULL",
        "sms": "SELECT sms_id, epoch(TRY_CAST(send_time AS TIMESTAMPTZ)) AS t, sender, receiver, content, "
               "sender_imei, sender_roaming_country FROM {src} "
               "WHERE sender IS NOT NULL AND receiver IS NOT NULL AND TRY_CAST(send_time AS TIMESTAMPTZ) IS NOT NULL",
        "device": "SELECT epoch(TRY_CAST(time AS TIMESTAMPTZ)) AS t, msisdn, imei FROM {src} "
                  "WHERE imei IS NOT NULL AND msisdn IS NOT NULL AND TRY_CAST(time AS TIMESTAMPTZ) IS NOT NULL",
    }
    for name, q in queries.items():
        src = _scan(data_dir, name)
        if src is None:
            out[name] = {}
            continue
        try:
            have = {r[0] for r in con.sql(f"DESCRIBE SELECT * FROM {src}").fetchall()}
            cols = ", ".join(c if c in have else f"CAST(NULL AS VARCHAR) AS {c}" for c in wanted[name])
            tbl = con.sql(q.format(src=f"(SELECT {cols} FROM {src})")).to_arrow_table()
        except duckdb.Error as exc:
            raise InputError(f"{data_dir / name}: cannot read {name} records: {str(exc).splitlines()[0]}") from None
        out[name] = {c: tbl.column(c).to_pylist() for c in tbl.column_names}
    con.close()
    if not out["voice"] and not out["sms"]:
        raise InputError(f"{data_dir}: no voice/ or sms/ records to replay")
    return out


def run(data_dir: str | Path, warehouse: str | Path | None = None, rules: RuleSet | None = None,
        with_device: bool = True) -> dict[str, Any]:
    """Replay ``data_dir`` and return decisions per event plus timing; see :func:`report`."""
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise InputError(f"{data_dir}: no such data folder")
    t0 = time.perf_counter()
    ev = load_events(data_dir)
    k = from_warehouse(warehouse) if warehouse else from_data_dir(data_dir)
    screener = Screener(InProcessState(), _Fixed(k), rules or load_rules())
    v, s, d = ev["voice"], ev["sms"], ev["device"] if with_device else {}
    nv, ns, nd = len(v.get("t", [])), len(s.get("t", [])), len(d.get("t", []))
    tv = np.asarray(v.get("t", []), dtype=np.float64)
    tend = tv + np.asarray(v.get("ring_s", []), dtype=np.float64) + np.asarray(v.get("duration_s", []), dtype=np.float64)
    ts = np.asarray(s.get("t", []), dtype=np.float64)
    td = np.asarray(d.get("t", []), dtype=np.float64)
    # kind: 0 device, 1 call end, 2 call, 3 sms (ties: what happened before comes first)
    times = np.concatenate([td, tend, tv, ts])
    kinds = np.concatenate([np.zeros(nd, np.int8), np.ones(nv, np.int8), np.full(nv, 2, np.int8), np.full(ns, 3, np.int8)])
    idx = np.concatenate([np.arange(nd), np.arange(nv), np.arange(nv), np.arange(ns)])
    order = np.lexsort((kinds, times))
    load_s = time.perf_counter() - t0

    call_dec = np.zeros(nv, np.int8)
    sms_dec = np.zeros(ns, np.int8)
    state = screener.state
    sc, ss = screener.screen_call, screener.screen_sms
    vid, vcaller, vcallee, vimei = v.get("call_id"), v.get("caller"), v.get("callee"), v.get("caller_imei")
    vroam, vtype, vmedia, vdur = v.get("caller_roaming_country"), v.get("call_type"), v.get("media"), v.get("duration_s")
    sid, ssender, srecv, scontent = s.get("sms_id"), s.get("sender"), s.get("receiver"), s.get("content")
    simei, sroam = s.get("sender_imei"), s.get("sender_roaming_country")
    dmsisdn, dimei = d.get("msisdn"), d.get("imei")
    t1 = time.perf_counter()
    kinds_o, idx_o, times_o = kinds[order].tolist(), idx[order].tolist(), times[order].tolist()
    for kind, i, t in zip(kinds_o, idx_o, times_o, strict=True):
        if kind == 2:
            rec = {"call_id": vid[i] or f"c{i}", "caller": vcaller[i], "callee": vcallee[i], "caller_imei": vimei[i],
                   "caller_roaming_country": vroam[i], "call_type": vtype[i], "media": vmedia[i]}
            call_dec[i] = _CODE[sc(rec, t)["decision"]]
        elif kind == 3:
            rec = {"sms_id": sid[i] or f"s{i}", "sender": ssender[i], "receiver": srecv[i], "content": scontent[i],
                   "sender_imei": simei[i], "sender_roaming_country": sroam[i]}
            sms_dec[i] = _CODE[ss(rec, t)["decision"]]
        elif kind == 1:
            state.on_call_end(vcaller[i], tv[i], vdur[i])
        else:
            state.on_device(dimei[i], dmsisdn[i], t)
    loop_s = time.perf_counter() - t1
    return {"data_dir": data_dir, "events": ev, "call_decisions": call_dec, "sms_decisions": sms_dec,
            "timing": {"load_s": round(load_s, 2), "screen_s": round(loop_s, 2), "calls": nv, "sms": ns,
                       "call_ends": nv, "device_events": nd,
                       "screened_per_s": round((nv + ns) / loop_s) if loop_s else None,
                       "events_per_s": round((2 * nv + ns + nd) / loop_s) if loop_s else None},
            "version": screener.version(k), "rules": [r.id for r in screener.rules.rules]}


def report(result: dict[str, Any]) -> dict[str, Any]:
    """Time to first warn/block per fraud number, victims' contacts stopped, benign numbers blocked."""
    data_dir: Path = result["data_dir"]
    ev = result["events"]
    out: dict[str, Any] = {"timing": result["timing"], "version": result["version"], "rules": result["rules"]}
    con = duckdb.connect()
    import pyarrow as pa

    v, s = ev["voice"], ev["sms"]
    con.register("calls", pa.table({"src": v.get("caller", []), "dst": v.get("callee", []),
                                    "t": pa.array(v.get("t", []), pa.float64()),
                                    "dec": pa.array(result["call_decisions"])}))
    con.register("smsd", pa.table({"src": s.get("sender", []), "dst": s.get("receiver", []),
                                   "t": pa.array(s.get("t", []), pa.float64()),
                                   "dec": pa.array(result["sms_decisions"])}))
    con.execute("CREATE TEMP TABLE ev AS SELECT src, dst, t, dec, 'call' AS kind FROM calls "
                "UNION ALL SELECT src, dst, t, dec, 'sms' FROM smsd")
    totals = con.execute("SELECT kind, count(*), count(*) FILTER (WHERE dec = 1), count(*) FILTER (WHERE dec = 2) "
                         "FROM ev GROUP BY kind ORDER BY kind").fetchall()
    out["decisions"] = {k: {"events": n, "warn": w, "block": b} for k, n, w, b in totals}
    ent = _scan(data_dir / "truth", "entities")
    if ent is None:
        out["truth"] = False
        return out
    out["truth"] = True
    roles = ", ".join(f"'{r}'" for r in FRAUD_ROLES)
    con.execute(f"CREATE TEMP TABLE truth AS SELECT entity, coalesce(min(role) FILTER (WHERE role IN ({roles})), min(role)) AS role, bool_or(role IN ({roles})) AS fraud, "
                f"bool_or(role = 'victim') AS victim, bool_or(role NOT IN ('benign', 'victim')) AS bad "
                f"FROM {ent} WHERE entity_type = 'msisdn' GROUP BY entity")
    con.execute("""CREATE TEMP TABLE fn AS
        SELECT e.src AS msisdn, any_value(t.role) AS role, min(e.t) AS first_t,
               min(e.t) FILTER (WHERE e.dec >= 1) AS first_stop_t, min(e.t) FILTER (WHERE e.dec = 2) AS first_block_t
        FROM ev e JOIN truth t ON t.entity = e.src AND t.fraud GROUP BY e.src""")
    # contacts (calls and SMS) each fraud number made before its first warn / first block: what got through
    rows = con.execute("""
        SELECT fn.role, any_value(fn.first_stop_t - fn.first_t), any_value(fn.first_block_t - fn.first_t),
               count(*) FILTER (WHERE fn.first_stop_t IS NULL OR e.t < fn.first_stop_t),
               count(*) FILTER (WHERE fn.first_block_t IS NULL OR e.t < fn.first_block_t)
        FROM fn JOIN ev e ON e.src = fn.msisdn GROUP BY fn.msisdn, fn.role""").fetchall()
    ttb = np.array([np.inf if r[1] is None else r[1] for r in rows], dtype=float)
    ttbb = np.array([np.inf if r[2] is None else r[2] for r in rows], dtype=float)
    before_stop = np.array([r[3] for r in rows], dtype=float)
    before_block = np.array([r[4] for r in rows], dtype=float)

    def minutes(a: np.ndarray) -> float | None:
        if not len(a):
            return None
        m = float(np.median(a))
        return None if np.isinf(m) else round(m / 60, 2)

    by_role = {}
    for role in sorted({r[0] for r in rows}):
        sel = np.array([r[0] == role for r in rows])
        by_role[role] = {"numbers": int(sel.sum()), "cut_off": int(np.isfinite(ttb[sel]).sum()),
                         "blocked": int(np.isfinite(ttbb[sel]).sum()),
                         "median_minutes_to_warn_or_block": minutes(ttb[sel]),
                         "median_minutes_to_block": minutes(ttbb[sel]),
                         "median_contacts_before_warn_or_block": float(np.median(before_stop[sel])),
                         "median_contacts_before_block": float(np.median(before_block[sel]))}
    out["fraud_numbers"] = {
        "active": len(rows), "cut_off": int(np.isfinite(ttb).sum()),
        "median_minutes_to_warn_or_block": minutes(ttb),
        "median_minutes_to_block": minutes(ttbb),
        "median_contacts_before_warn_or_block": float(np.median(before_stop)) if len(rows) else None,
        "median_contacts_before_block": float(np.median(before_block)) if len(rows) else None,
        "p90_minutes_to_warn_or_block": None if not len(ttb) or np.isinf(np.quantile(ttb, 0.9))
        else round(float(np.quantile(ttb, 0.9)) / 60, 2),
        "share_cut_off_within_15_min": round(float((ttb <= 900).mean()), 4) if len(ttb) else None,
        "share_cut_off_within_30_min": round(float((ttb <= 1800).mean()), 4) if len(ttb) else None,
        "by_role": by_role,
    }
    vc = con.execute("""
        SELECT count(*), count(*) FILTER (WHERE e.dec >= 1), count(*) FILTER (WHERE e.dec = 2),
               count(*) FILTER (WHERE e.t >= fn.first_t + 3600),
               count(*) FILTER (WHERE e.t >= fn.first_t + 3600 AND e.dec >= 1),
               count(*) FILTER (WHERE e.t >= fn.first_t + 3600 AND e.dec = 2)
        FROM ev e JOIN fn ON fn.msisdn = e.src JOIN truth v ON v.entity = e.dst AND v.victim""").fetchone()
    n, stopped, blocked, n1, stopped1, blocked1 = vc

    def share(a: int, b: int) -> float | None:
        return round(a / b, 4) if b else None

    out["victim_contacts"] = {
        "contacts": n, "warned_or_blocked": stopped, "blocked": blocked, "share_warned_or_blocked": share(stopped, n),
        "after_first_hour": n1, "after_first_hour_warned_or_blocked": stopped1,
        "share_after_first_hour_warned_or_blocked": share(stopped1, n1),
        "share_after_first_hour_blocked": share(blocked1, n1),
    }
    bn = con.execute("""
        SELECT count(*), count(*) FILTER (WHERE blocked), count(*) FILTER (WHERE warned),
               count(*) FILTER (WHERE blocked AND labelled_benign), count(*) FILTER (WHERE labelled_benign)
        FROM (SELECT e.src, bool_or(e.dec = 2) AS blocked, bool_or(e.dec >= 1) AS warned,
                     bool_or(coalesce(t.role = 'benign', false)) AS labelled_benign
              FROM ev e LEFT JOIN truth t ON t.entity = e.src
              WHERE NOT coalesce(t.bad, false) GROUP BY e.src)""").fetchone()
    out["benign_numbers"] = {
        "active": bn[0], "ever_blocked": bn[1], "ever_warned_or_blocked": bn[2],
        "share_ever_blocked": share(bn[1], bn[0]), "share_ever_warned_or_blocked": share(bn[2], bn[0]),
        "labelled_benign_active": bn[4], "labelled_benign_ever_blocked": bn[3],
    }
    con.close()
    return out
