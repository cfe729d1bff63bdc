"""Population statistics of a simulated (or any interchange) data set, to check realism."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from fraudwall.errors import InputError

#: plausible ranges the simulator is tested against (see docs/simulator.md)
PLAUSIBLE = {
    "calls_per_subscriber_day": (3.0, 15.0),
    "answered_duration_median_s": (30.0, 120.0),
    "unanswered_share": (0.10, 0.30),
    "night_share_0_6": (0.0, 0.06),
}


def _dataset(root: Path, name: str) -> ds.Dataset | None:
    folder = root / name
    if not folder.is_dir():
        return None
    files = sorted(p for p in folder.iterdir() if p.suffix in (".parquet", ".csv"))
    if not files:
        return None
    fmt = "parquet" if files[0].suffix == ".parquet" else "csv"
    return ds.dataset([str(f) for f in files], format=fmt)


def _read(root: Path, name: str, columns: list[str]) -> pa.Table | None:
    d = _dataset(root, name)
    return None if d is None else d.to_table(columns=columns)


def _truth(root: Path) -> pa.Table | None:
    for suffix, fmt in ((".parquet", "parquet"), (".csv", "csv")):
        p = root / "truth" / f"entities{suffix}"
        if p.exists():
            return ds.dataset(str(p), format=fmt).to_table()
    return None


def _epoch_s(col: pa.ChunkedArray) -> np.ndarray:
    return col.cast(pa.timestamp("us", tz="UTC")).cast(pa.int64()).to_numpy() // 1_000_000


def compute_stats(root: str | Path) -> dict[str, Any]:
    """Statistics of the data set in ``root``: calls, durations, hourly curve, prevalence per role."""
    root = Path(root)
    voice = _read(root, "voice", ["start_time", "duration_s", "result", "media"])
    subs = _read(root, "subscribers", ["msisdn", "line_type"])
    if voice is None or subs is None:
        raise InputError(f"{root} has no voice/ or subscribers/ folder: not a simulator output")
    n_subs = int(pc.sum(pc.is_in(subs["line_type"], pa.array(["mobile", "fixed", "voip"]))).as_py())
    t = _epoch_s(voice["start_time"])
    local = t + 8 * 3600
    days = max(1, int(np.unique(local // 86400).size))
    hours = (local % 86400) // 3600
    hourly = np.bincount(hours, minlength=24) / max(1, t.size)
    answered = pc.equal(voice["result"], "answered").to_numpy(zero_copy_only=False)
    dur = voice["duration_s"].to_numpy()[answered]
    q = [0.1, 0.25, 0.5, 0.75, 0.9, 0.99]
    out: dict[str, Any] = {
        "subscribers": n_subs,
        "days": days,
        "calls": int(t.size),
        "calls_per_subscriber_day": round(t.size / max(1, n_subs) / days, 3),
        "unanswered_share": round(float(1 - answered.mean()), 4) if t.size else 0.0,
        "answered_duration_median_s": float(np.median(dur)) if dur.size else 0.0,
        "answered_duration_quantiles_s": {f"p{int(x * 100)}": float(np.quantile(dur, x)) for x in q} if dur.size else {},
        "video_share": round(float(pc.mean(pc.cast(pc.equal(voice["media"], "video"), pa.int8())).as_py() or 0), 4),
        "hourly_share": [round(float(h), 4) for h in hourly],
        "night_share_0_6": round(float(hourly[:6].sum()), 4),
    }
    for name in ("sms", "device", "web", "apps", "transfers", "internet_accounts", "reports"):
        d = _dataset(root, name)
        n = d.count_rows() if d is not None else 0
        out[f"{name}_rows"] = int(n)
        out[f"{name}_per_subscriber_day"] = round(n / max(1, n_subs) / days, 3)
    truth = _truth(root)
    if truth is not None:
        roles = truth.group_by("role").aggregate([("entity", "count")]).to_pydict()
        out["roles"] = {r: {"count": int(c), "per_10k_subscribers": round(c / max(1, n_subs) * 10_000, 2)}
                        for r, c in sorted(zip(roles["role"], roles["entity_count"], strict=True))}
        ben = truth.filter(pc.equal(truth["role"], "benign")).group_by("scheme").aggregate([("entity", "count")]).to_pydict()
        out["lookalikes"] = dict(sorted(zip(ben["scheme"], ben["entity_count"], strict=True)))
        out["report_delay_h"] = _report_delays(root, truth)
    out["plausible"] = {k: {"value": out[k], "range": list(v), "ok": v[0] <= out[k] <= v[1]}
                        for k, v in PLAUSIBLE.items()}
    return out


def _report_delays(root: Path, truth: pa.Table) -> dict[str, float]:
    rep = _read(root, "reports", ["time", "entity", "label", "source"])
    if rep is None or rep.num_rows == 0:
        return {}
    first: dict[str, int] = {}
    fa = _epoch_s(truth["first_active"].fill_null(pa.scalar(0, pa.timestamp("us", tz="UTC"))))
    for e, f in zip(truth["entity"].to_pylist(), fa.tolist(), strict=True):
        if f > 0:
            first[e] = min(f, first.get(e, f))
    rt = _epoch_s(rep["time"])
    d = np.array([(r - first[e]) / 3600 for e, r, s in zip(rep["entity"].to_pylist(), rt.tolist(),
                                                            rep["source"].to_pylist(), strict=True)
                  if e in first and s in ("police", "bank")])
    if d.size == 0:
        return {}
    return {"min": round(float(d.min()), 2), "median": round(float(np.median(d)), 2), "max": round(float(d.max()), 2)}


def render(stats: dict[str, Any]) -> str:
    """A plain-text table of ``stats``."""
    lines = [f"subscribers {stats['subscribers']:,}   days {stats['days']}   calls {stats['calls']:,}", ""]
    for k, v in stats["plausible"].items():
        lines.append(f"  {k:<32} {v['value']:>10}   plausible {v['range'][0]}-{v['range'][1]}  {'ok' if v['ok'] else 'OUT OF RANGE'}")
    lines.append("")
    lines.append("  answered duration quantiles (s): " + "  ".join(f"{k}={v:g}" for k, v in stats["answered_duration_quantiles_s"].items()))
    lines.append(f"  video share {stats['video_share']}")
    for name in ("sms", "device", "web", "apps", "transfers", "internet_accounts", "reports"):
        lines.append(f"  {name + ' per subscriber-day':<40} {stats[name + '_per_subscriber_day']:>8}   rows {stats[name + '_rows']:,}")
    lines.append("")
    lines.append("  hourly curve (local time, share of calls):")
    peak = max(stats["hourly_share"]) or 1
    for h, s in enumerate(stats["hourly_share"]):
        lines.append(f"    {h:02d}h {s * 100:5.2f}% " + "#" * int(round(40 * s / peak)))
    if "roles" in stats:
        lines.append("")
        lines.append("  truth roles (count, per 10k subscribers):")
        for r, v in stats["roles"].items():
            lines.append(f"    {r:<24} {v['count']:>7}  {v['per_10k_subscribers']:>8}")
        lines.append("  look-alikes (benign): " + ", ".join(f"{k}={v}" for k, v in stats["lookalikes"].items()))
        if stats.get("report_delay_h"):
            d = stats["report_delay_h"]
            lines.append(f"  police/bank report delay after first activity (h): min {d['min']}  median {d['median']}  max {d['max']}")
    return "\n".join(lines)
