"""Per-day look-back summaries kept in the warehouse, built once per day of data and reused by every run.

A detection run looks back up to 90 days. Rebuilding the look-back summaries
(contact pairs, active numbers, devices seen) from raw records on every run
would cost 90 days of scanning for each daily run; instead each local day's
summaries are written once under ``<warehouse>/summaries/_day=<day>/`` and
rebuilt only when that day's data files change (new files loaded into the day) or when what they are
made of changes. A day's signature is the list of its data files with their sizes and a hash of the
summaries' definition (the parts' SQL and the bodies of the shared macros it calls).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import uuid
from functools import cache
from pathlib import Path

import duckdb

from fraudwall.interchange.validate import lit
from fraudwall.warehouse.store import Warehouse

GROUPED = " GROUP BY ALL"  # ends the extra condition of a part whose columns aggregate (per row key and day)

# summary table -> (record type, selected columns, extra condition) parts, combined with UNION per day
PARTS: dict[str, list[tuple[str, str, str]]] = {
    "hist_pairs": [("voice", "pair_key(caller, callee) AS k", ""), ("sms", "pair_key(sender, receiver) AS k", "")],
    "hist_active": [("voice", "caller AS msisdn", ""), ("sms", "sender AS msisdn", "")],
    # devices seen in device events; the devices seen in calls are those of hist_imei_sims (the look-back's
    # ``hist_imei`` is the union of both, see features.registry.create_history): not stored twice
    "hist_imei_dev": [("device", "imei", "")],
    # the SIMs that called from each device, with the distinct numbers each called from it that day
    "hist_imei_sims": [("voice", "caller_imei AS imei, caller AS msisdn, count(DISTINCT callee) AS callees",
                        " AND caller_imei IS NOT NULL" + GROUPED)],
    # who side-loaded (installed from a download link) which app, and from which host: a fraud app's earlier victims,
    # who go on using it, are not counted among the people who touch it on a later day (see f_victim_trail), and the
    # site that served an app blocked later is known (web.blocked_app_source)
    "hist_app_sideloads": [("apps", "app, msisdn, url_host(source_url) AS host",
                            " AND event = 'install' AND sideload_url(source_url)")],
    # each number's answered video calls, and how many of them ran over two minutes (a face-swap impersonator's
    # are mostly cut short, a family's video chats run long: f_msisdn's video_long_share)
    "hist_video": [("voice", "caller AS msisdn, count(*) AS answered, "
                               "count(*) FILTER (WHERE long_video_call(media, duration_s)) AS long",
                    " AND media = 'video' AND duration_s > 0" + GROUPED)],
    # who reached each number on an answered call (a hash of the caller): people who call a number on two or more
    # days keep in touch with its user (f_msisdn's repeat_callers_in); a fraud card's victims seldom call it twice
    "hist_answered_in": [("voice", "callee AS msisdn, hash(caller) AS c", " AND duration_s > 0 AND callee IS NOT NULL")],
    # contact between foreign numbers and the network's numbers, per pair and day: the calls a foreign number made to
    # each local number and how many were answered (back false), and the local numbers that called or texted it
    # (back true); few rows, as few calls come from abroad (f_abroad_caller, calls.abroad_stranger_caller)
    "hist_abroad": [
        ("voice", "caller AS fnum, callee AS msisdn, false AS back, count(*) AS calls, "
                  "count(*) FILTER (WHERE duration_s > 0) AS answered",
         " AND foreign_number(caller) AND callee IS NOT NULL" + GROUPED),
        ("voice", "callee AS fnum, caller AS msisdn, true AS back, count(*) AS calls, "
                  "count(*) FILTER (WHERE duration_s > 0) AS answered",
         " AND foreign_number(callee) AND caller IS NOT NULL AND NOT foreign_number(caller)" + GROUPED),
        ("sms", "receiver AS fnum, sender AS msisdn, true AS back, count(*) AS calls, CAST(0 AS BIGINT) AS answered",
         " AND foreign_number(receiver) AND sender IS NOT NULL AND NOT foreign_number(sender)" + GROUPED),
    ],
}
SOURCES = sorted({rt for parts in PARTS.values() for rt, _, _ in parts})
# the per-day build of a summary when a cheaper form gives the same rows ({voice}: the day's voice records):
# the distinct (device, SIM, callee) triples counted, rather than a DISTINCT count per (device, SIM)
DAY_FORMS: dict[str, str] = {
    "hist_imei_sims": "SELECT imei, msisdn, count(*) AS callees FROM (SELECT DISTINCT caller_imei AS imei, "
                      "caller AS msisdn, callee FROM ({voice}) WHERE caller_imei IS NOT NULL) GROUP BY ALL",
}
VERSION = 6  # bump when the summaries' layout changes: stored summaries of another version are rebuilt


@cache
def definition() -> str:
    """A hash of what the summaries are made of: the parts' SQL and the bodies of the shared feature macros it
    calls, directly or through another macro. Changing what a macro means (an app store added to the hosts
    ``sideload_url`` spares) changes it, and the stored summaries are rebuilt as for a new :data:`VERSION`: a
    look-back summarised under the old meaning would disagree with the window's own rows."""
    from fraudwall.features.registry import MACROS  # the registry imports this module

    sql = json.dumps([PARTS, DAY_FORMS], sort_keys=True)
    bodies = {sig.split("(", 1)[0]: body for sig, body in MACROS.items()}
    used: dict[str, str] = {}
    todo = [sql]
    while todo:
        text = todo.pop()
        for name, body in bodies.items():
            if name not in used and re.search(rf"\b{re.escape(name)}\s*\(", text):
                used[name] = body
                todo.append(body)
    return hashlib.sha256(json.dumps([sql, sorted(used.items())]).encode()).hexdigest()[:16]


def summary_dir(wh: Warehouse, day: str) -> Path:
    return wh.root / "summaries" / f"_day={day}"


def signature(wh: Warehouse, day: str) -> dict:
    """What a day's summaries were built from: the day's data files and their sizes."""
    files = {}
    for rt in SOURCES:
        d = wh.day_dir(rt, day)
        files[rt] = sorted(f"{p.name}:{p.stat().st_size}" for p in d.glob("*.parquet")) if d.is_dir() else []
    return {"version": VERSION, "definition": definition(), "files": files}


def is_current(wh: Warehouse, day: str) -> bool:
    """Whether the day's stored summaries exist and were built from its present data files."""
    folder = summary_dir(wh, day)
    sig_file = folder / "signature.json"
    return (sig_file.is_file() and json.loads(sig_file.read_text()) == signature(wh, day)
            and all((folder / f"{name}.parquet").is_file() for name in PARTS))


def build(wh: Warehouse, con: duckdb.DuckDBPyConnection, day: str) -> None:
    """Build and store one day's summaries (whether or not they are current)."""
    _build(wh, con, day, summary_dir(wh, day), signature(wh, day))


def day_summary_sql(wh: Warehouse, day: str) -> dict[str, str]:
    """SQL reading each stored summary table's rows for one whole local day (see :func:`is_current` and
    :func:`build`)."""
    folder = summary_dir(wh, day)
    return {name: f"SELECT *, DATE '{day}' AS d FROM read_parquet({lit(str(folder / f'{name}.parquet'))}, "
                  "hive_partitioning=false)" for name in PARTS}


def _build(wh: Warehouse, con: duckdb.DuckDBPyConnection, day: str, folder: Path, sig: dict) -> None:
    from fraudwall.interchange.schema import RECORD_TYPES

    folder.mkdir(parents=True, exist_ok=True)
    tag = uuid.uuid4().hex[:8]
    for name, parts in PARTS.items():
        if name in DAY_FORMS:
            sql = DAY_FORMS[name].format(**{rt: wh.scan_sql(RECORD_TYPES[rt], [day]) for rt in SOURCES})
        else:
            # UNION deduplicates the parts' rows in one pass: a DISTINCT of each part first (needed by a part
            # that aggregates, or alone) would hash every row twice
            distinct = "DISTINCT " if len(parts) == 1 or any(e.endswith(GROUPED) for _, _, e in parts) else ""
            sql = " UNION ".join(f"SELECT {distinct}{cols} FROM ({wh.scan_sql(RECORD_TYPES[rt], [day])}) WHERE true{extra}"
                                 for rt, cols, extra in parts)
        tmp = folder / f".{name}.{tag}.parquet"
        # zstd level 1: on the 10M bench's device-SIM summary 0.13 against 0.18 CPU-s a day for the default level,
        # and a smaller file (5.5 against 6.1 MB)
        con.execute(f"COPY ({sql}) TO {lit(str(tmp))} (FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 1)")
        os.replace(tmp, folder / f"{name}.parquet")
    tmp = folder / f".signature.{tag}.json"
    tmp.write_text(json.dumps(sig))
    os.replace(tmp, folder / "signature.json")
