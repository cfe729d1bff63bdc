"""``<type>_24h`` (the window and the 24 hours before it) and the ``own_money`` macro that reads it."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from fraudwall.features.registry import create_window_views, window_columns_read
from tests.scenarios.library.builders import TZ, ingest_records

W_START = datetime(2026, 3, 10, tzinfo=TZ)


def _transfer(i: int, hours: float, frm: str, to: str, amount: float) -> dict:
    return {"txn_id": f"t{i}", "time": (W_START + timedelta(hours=hours)).isoformat(), "from_account": frm,
            "to_account": to, "amount": str(amount), "initiated_msisdn": "8613800000001"}


@pytest.fixture
def wh(tmp_path):
    rows = [_transfer(0, -30, "x", "a", 900), _transfer(1, -20, "x", "a", 300), _transfer(2, -1, "y", "a", 200),
            _transfer(3, 2, "a", "m", 400), _transfer(4, 3, "a", "m", 1000), _transfer(5, 30, "a", "m", 1)]
    return ingest_records({"transfers": rows}, tmp_path / "data", tmp_path / "wh")


@pytest.mark.parametrize("materialize", [None, {"transfers": {"time", "from_account", "to_account", "amount"}}])
def test_24h_view_is_the_window_and_the_day_before_with_the_window_columns(wh, materialize):
    con = wh.connect()
    create_window_views(con, wh, W_START, W_START + timedelta(days=1), materialize=materialize)
    assert sorted(r[0] for r in con.execute("SELECT amount FROM transfers_24h").fetchall()) == [200, 300, 400, 1000]
    cols = [r[0] for r in con.execute("DESCRIBE transfers_24h").fetchall()]
    assert cols == [r[0] for r in con.execute("DESCRIBE transfers_w").fetchall()]
    if materialize:
        assert sorted(cols) == sorted(materialize["transfers"])


def test_own_money_counts_what_the_account_received_in_the_24_hours_before(wh):
    con = wh.connect()
    create_window_views(con, wh, W_START, W_START + timedelta(days=1))
    # account a received 300 + 200 in the day before its payments (the 900 is 30 hours old): 400 is its own money,
    # 1000 too, but not at a share of 0.4 (500 >= 400); arguments as unqualified and as qualified columns
    got = con.execute("SELECT amount, own_money(from_account, time, amount, 1), "
                      "own_money(p.from_account, p.time, p.amount, 0.4) FROM transfers_w p WHERE to_account = 'm' "
                      "ORDER BY amount").fetchall()
    assert got == [(400, False, False), (1000, True, False)]


def test_columns_read_through_the_24h_view_and_own_money_are_kept():
    assert window_columns_read(["SELECT to_account FROM transfers_24h WHERE time > 1"]) == \
        {"transfers": {"to_account", "time"}}
    cols = window_columns_read(["SELECT pid FROM pay WHERE own_money(a, t, x, 1)"])["transfers"]
    assert {"to_account", "time", "amount"} <= cols and not {"pay_account", "received_at"} & cols
    assert "*" in window_columns_read(["SELECT * FROM transfers_24h"])["transfers"]
