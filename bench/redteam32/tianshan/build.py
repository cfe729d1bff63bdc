"""Builds one seed's province and writes it in interchange v1 with its ground truth."""

from __future__ import annotations

import os
import shutil

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from . import everyday, lookalikes, notices, online
from . import gangs_a as GA
from . import gangs_b as GB
from . import sink as S
from . import world as W
from .actors import Ctx
from .catalog import Cells, Numbers
from .everyday import Services
from .market import CardMarket, MuleNet
from .money import Money
from .people import Population

TS = pa.timestamp("s", tz="Asia/Shanghai")


def build(seed: int, subscribers: int) -> tuple[S.Sink, Cells]:
    sink = S.Sink()
    cells = Cells(W.sub_rng(seed, "cells"), sink.cat["cell"])
    nums = Numbers(W.sub_rng(seed, "numbers"))
    pop = Population(seed, int(subscribers * 0.9), cells, nums, sink)
    services = Services(W.sub_rng(seed, "services"), nums)
    money = Money(pop, sink, W.sub_rng(seed, "money"))
    ctx = Ctx(seed, sink, pop, money, cells, nums, services)
    everyday.voice(pop, sink, W.sub_rng(seed, "voice"), services)
    everyday.sms_personal(pop, sink, W.sub_rng(seed, "sms"))
    everyday.device(pop, sink, W.sub_rng(seed, "device"))
    online.web(pop, sink, W.sub_rng(seed, "web"))
    online.apps(pop, sink, W.sub_rng(seed, "apps"))
    money.everyday()
    notices.notices(pop, sink, W.sub_rng(seed, "notices"))
    lookalikes.lookalikes(ctx)
    market = CardMarket(ctx)
    mules = MuleNet(ctx)
    gangs = [market, mules]
    for f in (GA.g01_goip_subsidy, GA.g02_harvester_deposit, GA.g04_smscat_pension, GA.g05_roaming_police,
              GA.g06_aiface_boss, GA.g07_pig_butcher, GA.g08_loan_sms, GB.g09_sip_kanas, GB.g10_offnet_buyer,
              GB.g11_relay_phones, GB.g12_task_scam, GB.g13_sleeper_courier, GB.g15_shell_pbx,
              GB.g16_grandson_cash):
        gangs.append(f(ctx, market, mules))
    market.close()
    _statuses(ctx, W.sub_rng(seed, "statuses"))
    GB.antifraud(ctx, gangs)
    for g in gangs:
        for v, t in sorted(g.victims.items()):
            sink.label("msisdn", [pop.msisdn[v]], "victim", g.gid, g.scheme, t)
    notices.bank_alerts(sink, W.sub_rng(seed, "alerts"))
    _context(ctx, W.sub_rng(seed, "context"))
    return sink, cells


def _statuses(ctx: Ctx, rng: np.random.Generator) -> None:
    """Ordinary status changes: cards suspended for arrears, pickers going home who close their local card."""
    pop = ctx.pop
    arrears = np.flatnonzero(~pop.prepaid & (rng.random(pop.C) < 0.006))
    for c in arrears.tolist():
        ctx.sink.status[int(pop.msisdn[c])] = ("suspended", W.T0 + int(rng.integers(0, W.DAYS * W.DAY)))
    home = np.flatnonzero((pop.cseg == 5) & (rng.random(pop.C) < 0.05))
    for c in home.tolist():
        ctx.sink.status[int(pop.msisdn[c])] = ("closed", W.T0 + int(rng.integers(10 * W.DAY, W.DAYS * W.DAY)))


def _context(ctx: Ctx, rng: np.random.Generator) -> None:
    """Lists kept by the operator and regulator, and reports that are not about this fortnight's gangs."""
    sink = ctx.sink
    for code in (95588, 95599, 95533, 95566, 95580, 96789, 12345, 12333, 12381, 96110, 10038, 12379):
        sink.lists.append(("msisdn", str(code), "allow", "public service number", W.T0 - 400 * W.DAY, None))
    for c in ctx.cells.named("KHG", "Khorgas-Port").tolist() + ctx.cells.named("ALK", "Alashankou-Port").tolist():
        sink.lists.append(("cell", sink.cat["cell"].items[c], "high_risk_region", "border crossing", W.T0 - 90 * W.DAY,
                           None))
    for d in ("nybt-gov.top", "xj-btlq.cc", "jnbt-12333.vip", "kanas-tk.cn"):
        sink.lists.append(("domain", d, "block", "phishing (earlier campaigns)", W.T0 - int(rng.integers(10, 90)) * W.DAY,
                           W.T0 + 180 * W.DAY))
    # old cases: numbers and accounts of earlier campaigns, long gone
    old = ctx.nums.mobile(rng.integers(0, len(W.REGIONS), 40))
    for i, m in enumerate(old.tolist()):
        sink.report(W.T0 - int(rng.integers(3, 120)) * W.DAY, "msisdn", m, "fraud",
                    ["customer_service", "loan", "impersonate_police", "part_time_job"][i % 4],
                    float(np.round(rng.uniform(2000, 90000), -2)), "police")
    # complaints about look-alikes: some users report a debt collector or a telesales line as fraud; reviews
    # mark couriers reported last month as benign
    la = {}
    for e, ent, role, _g, scheme, _f in sink.truth:
        if e == "msisdn" and role == "benign":
            la.setdefault(scheme, []).append(ent)
    for scheme, label, k in (("lookalike:debt_collector", "fraud", 3), ("lookalike:insurance_telesales", "fraud", 2),
                             ("lookalike:courier", "benign", 4), ("lookalike:privacy_number_pool", "benign", 2)):
        for ent in la.get(scheme, [])[:k]:
            sink.report(W.T0 + int(rng.integers(0, W.DAYS * W.DAY)), "msisdn", ent, label,
                        "other" if label == "fraud" else "", None, "user_report" if label == "fraud" else "internal")


# ------------------------------------------------------------------------------------------------ writing
def _num(a: np.ndarray) -> pa.Array:
    return pc.cast(pa.array(a, mask=(a == 0)), pa.string())


def _lut(items, idx: np.ndarray) -> pa.Array:
    return pa.array(items, pa.string()).take(pa.array(idx, mask=(idx < 0)))


def _ids(prefix: str, n: int, base: int) -> pa.Array:
    return pc.binary_join_element_wise(prefix, pc.cast(pa.array(np.arange(base, base + n)), pa.string()), "")


def _write_days(tab: pa.Table, t: np.ndarray, out: str, name: str) -> None:
    os.makedirs(os.path.join(out, name), exist_ok=True)
    cuts = np.searchsorted(t, W.T0 + np.arange(W.DAYS + 1) * W.DAY)
    for d in range(W.DAYS):
        part = tab.slice(int(cuts[d]), int(cuts[d + 1] - cuts[d]))
        if part.num_rows:
            pq.write_table(part, os.path.join(out, name, f"{name}-2026-10-{12 + d:02d}.parquet"), compression="zstd")


def write(sink: S.Sink, cells: Cells, out: str, seed: int) -> dict[str, int]:
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    cat = {k: c.items for k, c in sink.cat.items()}
    counts = {}
    cell_lut = lambda idx: _lut(cat["cell"], idx)  # noqa: E731
    roam = lambda idx: _lut(W.COUNTRIES, idx.astype(np.int64))  # noqa: E731
    v = sink.take("voice")
    tab = pa.table({
        "call_id": _ids(f"XJ{seed}V", v["t"].size, 10**9), "start_time": pa.array(v["t"], TS),
        "caller": _num(v["a"]), "callee": _num(v["b"]), "duration_s": pa.array(v["dur"]),
        "ring_s": pa.array(v["ring"], mask=v["ring"] < 0), "result": _lut(S.RESULTS, v["res"].astype(np.int64)),
        "caller_imei": _num(v["aimei"]), "caller_imsi": _num(v["aimsi"]), "caller_cell": cell_lut(v["acell"]),
        "callee_cell": cell_lut(v["bcell"]), "caller_roaming_country": roam(v["roam"]),
        "call_type": _lut(S.CALL_TYPES, v["ctype"].astype(np.int64)), "media": _lut(S.MEDIA, v["media"].astype(np.int64)),
        "gateway": _lut(cat["gateway"], v["gw"])})
    _write_days(tab, v["t"], out, "voice")
    counts["voice"] = tab.num_rows
    del v, tab
    s = sink.take("sms")
    tab = pa.table({
        "sms_id": _ids(f"XJ{seed}S", s["t"].size, 10**9), "send_time": pa.array(s["t"], TS), "sender": _num(s["a"]),
        "receiver": _num(s["b"]), "content": _lut(cat["text"], s["text"]), "sender_imei": _num(s["aimei"]),
        "sender_cell": cell_lut(s["acell"]), "sender_roaming_country": roam(s["roam"])})
    _write_days(tab, s["t"], out, "sms")
    counts["sms"] = tab.num_rows
    del s, tab
    d = sink.take("device")
    tab = pa.table({
        "time": pa.array(d["t"], TS), "msisdn": _num(d["m"]), "imsi": _num(d["imsi"]), "imei": _num(d["imei"]),
        "cell": cell_lut(d["cell"]), "event": _lut(S.DEV_EVENTS, d["ev"].astype(np.int64)),
        "roaming_country": roam(d["roam"]), "bytes": pa.array(d["bytes"], mask=d["bytes"] < 0)})
    _write_days(tab, d["t"], out, "device")
    counts["device"] = tab.num_rows
    del d, tab
    w = sink.take("web")
    ip = np.where(w["ip"] >= 0, w["ip"], sink.ip_of(w["dom"]))
    tab = pa.table({
        "time": pa.array(w["t"], TS), "msisdn": _num(w["m"]), "domain": _lut(cat["domain"], w["dom"]),
        "url": _lut(cat["url"], w["url"]), "ip": _lut(cat["ip"], ip), "bytes": pa.array(w["bytes"], mask=w["bytes"] < 0),
        "app": _lut(cat["app"], w["app"])})
    _write_days(tab, w["t"], out, "web")
    counts["web"] = tab.num_rows
    a = sink.take("apps")
    tab = pa.table({
        "time": pa.array(a["t"], TS), "msisdn": _num(a["m"]), "app": _lut(cat["app"], a["app"]),
        "event": _lut(S.APP_EVENTS, a["ev"].astype(np.int64)), "source_url": _lut(cat["url"], a["src"])})
    _write_days(tab, a["t"], out, "apps")
    counts["apps"] = tab.num_rows
    x = sink.take("transfers")
    tab = pa.table({
        "txn_id": _ids(f"XJ{seed}T", x["t"].size, 10**8), "time": pa.array(x["t"], TS),
        "from_account": _lut(cat["account"], x["fr"]), "to_account": _lut(cat["account"], x["to"]),
        "amount": pa.array(np.round(x["amt"], 2)), "currency": pa.array(np.full(x["t"].size, "CNY")),
        "channel": _lut(S.CHANNELS, x["ch"].astype(np.int64)), "initiated_msisdn": _num(x["ini"])})
    _write_days(tab, x["t"], out, "transfers")
    counts["transfers"] = tab.num_rows
    counts.update(_entities(sink, cells, out, cat))
    return counts


def _cat_chunks(chunks: list[dict]) -> dict[str, np.ndarray]:
    keys = list(chunks[0])
    return {k: np.concatenate([np.asarray(c[k]) for c in chunks]) for k in keys}


def _entities(sink: S.Sink, cells: Cells, out: str, cat) -> dict[str, int]:
    counts = {}
    sb = _cat_chunks(sink.subs)
    n = sb["msisdn"].size
    status = sb["status"].astype(object).copy()
    st_t = sb["status_time"].astype(np.int64).copy()
    pos = {int(m): i for i, m in enumerate(sb["msisdn"].tolist())}
    for m, (st, t) in sorted(sink.status.items()):
        if m in pos:
            status[pos[m]] = st
            st_t[pos[m]] = min(t, W.END - 1)
    sb["status"], sb["status_time"] = status, st_t
    tab = pa.table({
        "msisdn": _num(sb["msisdn"].astype(np.int64)), "imsi": _num(sb["imsi"].astype(np.int64)),
        "id_key": pa.array(sb["id_key"].astype(str)), "id_type": pa.array(sb["id_type"].astype(str)),
        "customer_type": pa.array(sb["customer_type"].astype(str)), "line_type": pa.array(sb["line_type"].astype(str)),
        "operator": pa.array(np.full(n, W.OPERATOR)), "open_time": pa.array(sb["open_time"].astype(np.int64), TS),
        "open_channel": pa.array(sb["open_channel"].astype(str)),
        "open_cell": _lut(cat["cell"], sb["open_cell"].astype(np.int64)),
        "status": pa.array(sb["status"].astype(str)),
        "status_time": pa.array(sb["status_time"].astype(np.int64), TS, mask=sb["status_time"].astype(np.int64) == 0),
        "is_prepaid": pa.array(sb["is_prepaid"].astype(bool)), "home_region": pa.array(sb["home_region"].astype(str))})
    os.makedirs(os.path.join(out, "subscribers"))
    pq.write_table(tab, os.path.join(out, "subscribers", "subscribers.parquet"), compression="zstd")
    counts["subscribers"] = n
    bk = _cat_chunks(sink.banks)
    bound = bk["bound"].astype(np.int64)
    tab = pa.table({
        "account_id": _lut(cat["account"], bk["acct"].astype(np.int64)), "id_key": pa.array(bk["id_key"].astype(str)),
        "bank": pa.array(bk["bank"].astype(str)), "open_time": pa.array(bk["open_time"].astype(np.int64), TS),
        "bound_msisdn": _num(bound), "status": pa.array(np.broadcast_to(bk["status"], bound.shape).astype(str))})
    os.makedirs(os.path.join(out, "bank_accounts"))
    pq.write_table(tab, os.path.join(out, "bank_accounts", "bank_accounts.parquet"), compression="zstd")
    counts["bank_accounts"] = tab.num_rows
    ia = _cat_chunks(sink.iaccs)
    tab = pa.table({
        "platform": pa.array(ia["platform"].astype(str)), "account": pa.array(ia["account"].astype(str)),
        "msisdn": _num(ia["msisdn"].astype(np.int64)), "register_time": pa.array(ia["register_time"].astype(np.int64), TS),
        "status": pa.array(np.broadcast_to(ia["status"], ia["msisdn"].shape).astype(str))})
    os.makedirs(os.path.join(out, "internet_accounts"))
    pq.write_table(tab, os.path.join(out, "internet_accounts", "internet_accounts.parquet"), compression="zstd")
    counts["internet_accounts"] = tab.num_rows
    # small tables as CSV with ISO times
    tab = pa.table({"cell": pa.array(cells.names), "lat": pa.array(cells.lat), "lon": pa.array(cells.lon),
                    "region": pa.array([W.REGION_NAMES[r] for r in cells.region.tolist()]),
                    "site_type": pa.array(cells.site)})
    _csv(tab, out, "cells")
    counts["cells"] = tab.num_rows
    rep = sorted(sink.reports, key=lambda r: (r[0], r[1], r[2], r[3]))
    tab = pa.table({
        "report_id": [f"R{2026000000 + i}" for i in range(len(rep))], "time": [W.iso(r[0]) for r in rep],
        "entity_type": [r[1] for r in rep], "entity": [r[2] for r in rep], "label": [r[3] for r in rep],
        "fraud_type": pa.array([r[4] or None for r in rep], pa.string()),
        "loss_amount": pa.array([r[5] for r in rep], pa.float64()), "source": [r[6] for r in rep]})
    _csv(tab, out, "reports")
    counts["reports"] = tab.num_rows
    li = sink.lists
    tab = pa.table({
        "entity_type": [x[0] for x in li], "entity": [x[1] for x in li], "list": [x[2] for x in li],
        "reason": [x[3] for x in li], "added_time": [W.iso(x[4]) for x in li],
        "expires_time": pa.array([W.iso(x[5]) if x[5] else None for x in li], pa.string())})
    _csv(tab, out, "lists")
    counts["lists"] = tab.num_rows
    # truth: one row per (entity type, entity); a victim of two gangs keeps the first
    seen = {}
    for r in sink.truth:
        key = (r[0], r[1])
        if key not in seen or seen[key][2] in ("benign", "victim") and r[2] not in ("benign", "victim"):
            seen[key] = r
    rows = list(seen.values())
    tab = pa.table({"entity_type": [r[0] for r in rows], "entity": [r[1] for r in rows], "role": [r[2] for r in rows],
                    "gang_id": pa.array([r[3] or None for r in rows], pa.string()),
                    "scheme": pa.array([r[4] or None for r in rows], pa.string()),
                    "first_active": [W.iso(r[5]) for r in rows]})
    _csv(tab, os.path.join(out, "truth"), "entities")
    ev = sorted(sink.events)
    tab = pa.table({"victim": [str(e[0]) for e in ev], "time": [W.iso(e[1]) for e in ev],
                    "amount": pa.array([e[2] for e in ev], pa.float64()), "to_account": [e[3] for e in ev]})
    _csv(tab, os.path.join(out, "truth"), "events")
    counts["truth_entities"] = len(rows)
    counts["truth_events"] = len(ev)
    return counts


def _csv(tab: pa.Table, out: str, name: str) -> None:
    os.makedirs(os.path.join(out, name), exist_ok=True)
    pacsv.write_csv(tab, os.path.join(out, name, f"{name}.csv"))
