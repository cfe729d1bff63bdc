"""Stored per-day look-back summaries: the same tables as computing from raw records, rebuilt when a day changes."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from fraudwall.features import registry as feats
from fraudwall.features import summaries
from fraudwall.interchange.ingest import ingest
from fraudwall.sim.engine import simulate
from fraudwall.warehouse.store import Warehouse


@pytest.fixture(scope="module")
def wh_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("summ")
    simulate(root / "data", 1000, 4, 11)
    ingest(root / "data", root / "wh", timezone="Asia/Shanghai")
    return root


def _raw(wh: Warehouse, lo: datetime, end: datetime) -> dict[str, set]:
    """The look-back tables computed directly from every record in [lo, end), day by local calendar."""
    con = wh.connect()
    feats.define_macros(con, wh.timezone)
    out = {}
    for name, parts in summaries.PARTS.items():
        sql = " UNION ".join(
            f"SELECT DISTINCT {cols}, CAST({rt_time(rt)} AS DATE) AS d FROM {rt} "
            f"WHERE {rt_time(rt)} >= {feats.ts_literal(lo)} AND {rt_time(rt)} < {feats.ts_literal(end)}{extra}"
            for rt, cols, extra in parts)
        out[name] = set(con.execute(sql).fetchall())
    # devices seen per day (device events and calls), and each device's first day
    seen = " UNION ".join(
        f"SELECT DISTINCT {col} AS imei, CAST({rt_time(rt)} AS DATE) AS d FROM {rt} WHERE {rt_time(rt)} >= "
        f"{feats.ts_literal(lo)} AND {rt_time(rt)} < {feats.ts_literal(end)}{extra}"
        for rt, col, extra in (("device", "imei", ""), ("voice", "caller_imei", " AND caller_imei IS NOT NULL")))
    out["hist_imei"] = set(con.execute(seen).fetchall())
    out["hist_imei_first"] = set(con.execute(f"SELECT imei, min(d) FROM ({seen}) GROUP BY imei").fetchall())
    return out


def rt_time(rt: str) -> str:
    return {"voice": "start_time", "sms": "send_time", "device": "time", "apps": "time"}[rt]


def _built(wh: Warehouse, start: datetime, end: datetime, lookback: int, workers: int = 1) -> dict[str, set]:
    con = wh.connect()
    feats.create_history(con, wh, start, end, lookback, workers=workers)
    return {name: set(con.execute(f"SELECT * FROM {name}").fetchall())
            for name in [*summaries.PARTS, "hist_imei", "hist_imei_first"]}


def test_stored_summaries_equal_raw_and_are_reused(wh_dir):
    wh = Warehouse.open(wh_dir / "wh")
    tz = ZoneInfo(wh.timezone)
    days = wh.days("voice")
    start = datetime.fromisoformat(days[-1]).replace(tzinfo=tz)
    expected = _raw(wh, start - timedelta(days=3), start)
    assert all(expected.values())
    assert _built(wh, start, start, 3) == expected
    stored = sorted((wh.root / "summaries").glob("_day=*/hist_pairs.parquet"))
    assert len(stored) == 3
    mtimes = [p.stat().st_mtime_ns for p in stored]
    assert _built(wh, start, start, 3) == expected  # second run: read, not rebuilt
    assert [p.stat().st_mtime_ns for p in stored] == mtimes


def test_a_run_starting_mid_day_uses_raw_rows_for_that_day(wh_dir):
    wh = Warehouse.open(wh_dir / "wh")
    tz = ZoneInfo(wh.timezone)
    start = datetime.fromisoformat(wh.days("voice")[-1]).replace(tzinfo=tz) + timedelta(hours=13, minutes=7)
    assert _built(wh, start, start, 2) == _raw(wh, start - timedelta(days=2), start)


def test_a_day_with_new_data_is_rebuilt(wh_dir, tmp_path):
    wh_copy = tmp_path / "wh"
    shutil.copytree(wh_dir / "wh", wh_copy)
    wh = Warehouse.open(wh_copy)
    tz = ZoneInfo(wh.timezone)
    day = wh.days("voice")[0]
    start = datetime.fromisoformat(wh.days("voice")[-1]).replace(tzinfo=tz)
    _built(wh, start, start, 3)  # summaries exist now
    # one more call that day between two numbers that never spoke
    t = datetime.fromisoformat(day).replace(tzinfo=tz) + timedelta(hours=12)
    extra = tmp_path / "more" / "voice"
    extra.mkdir(parents=True)
    (extra / "x.csv").write_text("call_id,start_time,caller,callee,duration_s\n"
                                 f"zz-new,{t.isoformat()},8619999999901,8619999999902,30\n")
    assert ingest(tmp_path / "more", wh_copy).loaded == {"voice": 1}
    got = _built(wh, start, start, 3)
    assert got == _raw(wh, start - timedelta(days=3), start)
    assert ("8619999999901", datetime.fromisoformat(day).date()) in got["hist_active"]


def test_prior_device_views_equal_the_per_day_rows_of_each_window(wh_dir):
    """``imei_prior_h``/``imei_sims_prior_h`` (one row per device / device-SIM pair seen in a window's look-back)
    and ``active_before_h`` (active days per number) come from the per-run tables when no look-back row is older
    than the window's look-back start, else from the per-day rows; either way they equal a DISTINCT (a count)
    over that window's per-day rows."""
    wh = Warehouse.open(wh_dir / "wh")
    tz = ZoneInfo(wh.timezone)
    days = [datetime.fromisoformat(d).replace(tzinfo=tz) for d in wh.days("voice")]
    con = wh.connect()
    feats.create_history(con, wh, days[1], days[-1], 1)  # look-back rows from days[0]: older than later windows'
    seen = set()
    for ws in days[1:]:
        feats.create_window_views(con, wh, ws, ws + timedelta(days=1), 1)
        got = con.execute("SELECT imei FROM imei_prior_h").fetchall()
        assert sorted(got) == con.execute("SELECT DISTINCT imei FROM imei_seen_h ORDER BY 1").fetchall()
        got = con.execute("SELECT imei, msisdn, calling FROM imei_sims_prior_h").fetchall()
        assert sorted(got) == con.execute("SELECT imei, msisdn, max(callees) >= 10 FROM imei_sims_h "
                                          "GROUP BY ALL ORDER BY ALL").fetchall()
        assert got
        got = con.execute("SELECT * FROM active_before_h WHERE active_days_before > 0").fetchall()
        assert sorted(got) == con.execute("SELECT msisdn, count(*) FROM active_h GROUP BY ALL ORDER BY ALL").fetchall()
        assert got
        seen.add((con.execute("EXPLAIN SELECT * FROM imei_prior_h").fetchall()[0][1].count("hist_imei_first") > 0,
                  con.execute("EXPLAIN SELECT * FROM active_before_h").fetchall()[0][1].count("hist_active_bits") > 0))
    assert seen == {(True, True), (False, False)}  # both ways were taken


def test_summaries_built_two_days_at_a_time_on_their_own_databases_equal_raw(wh_dir, tmp_path):
    wh_copy = tmp_path / "wh"
    shutil.copytree(wh_dir / "wh", wh_copy)
    shutil.rmtree(wh_copy / "summaries", ignore_errors=True)
    wh = Warehouse.open(wh_copy)
    start = datetime.fromisoformat(wh.days("voice")[-1]).replace(tzinfo=ZoneInfo(wh.timezone))
    assert _built(wh, start, start, 3, workers=2) == _raw(wh, start - timedelta(days=3), start)
    assert len(list((wh_copy / "summaries").glob("_day=*/signature.json"))) == 3


def test_changing_a_macro_the_summaries_use_rebuilds_them(wh_dir, tmp_path, monkeypatch):
    """The app stores ``sideload_url`` spares decide who side-loaded an app in the stored look-back
    (hist_app_sideloads): once a store host is added, a day's summaries built before no longer count as current."""
    wh_copy = tmp_path / "wh"
    shutil.copytree(wh_dir / "wh", wh_copy)
    wh = Warehouse.open(wh_copy)
    start = datetime.fromisoformat(wh.days("voice")[-1]).replace(tzinfo=ZoneInfo(wh.timezone))
    _built(wh, start, start, 2)
    day = wh.days("voice")[-2]
    assert summaries.is_current(wh, day)
    unrelated = dict(feats.MACROS, **{"unused_macro(x)": "x + 1"})
    monkeypatch.setattr(feats, "MACROS", unrelated)
    summaries.definition.cache_clear()
    assert summaries.is_current(wh, day), "a macro no summary calls changes nothing"
    stores = dict(unrelated)
    key = next(k for k in stores if k.startswith("app_store_host("))
    stores[key] = f"({stores[key]} OR h = 'store.example-phone.com')"
    monkeypatch.setattr(feats, "MACROS", stores)
    summaries.definition.cache_clear()
    try:
        assert not summaries.is_current(wh, day)
        _built(wh, start, start, 2)
        assert summaries.is_current(wh, day)
    finally:
        monkeypatch.undo()
        summaries.definition.cache_clear()
