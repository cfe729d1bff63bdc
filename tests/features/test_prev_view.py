"""``<type>_prev``: the records of the 24 hours before a window, read from the day partitions that hold them."""

from __future__ import annotations

from datetime import datetime, timedelta

from fraudwall.features.registry import create_window_views
from tests.scenarios.library.builders import TZ, ingest_records


def test_prev_view_holds_the_24_hours_before_the_window_and_reads_only_their_days(tmp_path):
    w_start = datetime(2026, 3, 10, tzinfo=TZ)
    offsets_h = [-60, -30, -20, -1, 2]  # hours from the window's start
    rows = [{"txn_id": f"t{i}", "time": (w_start + timedelta(hours=h)).isoformat(), "from_account": "a",
             "to_account": "b", "amount": "10.00"} for i, h in enumerate(offsets_h)]
    wh = ingest_records({"transfers": rows}, tmp_path / "data", tmp_path / "wh")
    con = wh.connect()
    create_window_views(con, wh, w_start, w_start + timedelta(days=1))
    assert sorted(r[0] for r in con.execute("SELECT txn_id FROM transfers_prev").fetchall()) == ["t2", "t3"]
    assert sorted(r[0] for r in con.execute("SELECT txn_id FROM transfers_h").fetchall()) == ["t0", "t1", "t2", "t3"]
    view = con.execute("SELECT sql FROM duckdb_views() WHERE view_name = 'transfers_prev'").fetchall()[0][0]
    assert "_day=2026-03-09" in view and "_day=2026-03-08" not in view and "_day=2026-03-07" not in view
