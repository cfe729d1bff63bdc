"""An ID's cards count in a window as they stood at its end (f_id_cards over the window's subscriber view): re-detecting
a loaded period, the window two days before four cards are opened on one ID does not see them, the window of their
opening does, and a card closed on a later day still counts before it."""

from __future__ import annotations

from datetime import timedelta

from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import DAY, Case, ingest_records

SID = "cards.one_id_many_cards"


def _alert_days(c: Case, records: dict[str, list[dict]], tmp_path) -> list:
    """Ordinary calls on three days (a window each), then the days on which the scenario flagged id_shop_owner."""
    for d in range(3):
        c.call(DAY + timedelta(days=d), c.num(500000), c.num(600000), 60)
    wh = ingest_records(records, tmp_path / "data", tmp_path / "wh")
    detect(wh, Registry.load(), only=[SID])
    con = wh.connect()
    days = [d for (d,) in con.execute(f"SELECT DISTINCT CAST(window_start AS DATE) FROM alerts "
                                      f"WHERE scenario = '{SID}' AND entity = 'id_shop_owner' ORDER BY 1").fetchall()]
    con.close()
    return days


def test_cards_opened_later_do_not_count_in_earlier_windows(tmp_path):
    records: dict[str, list[dict]] = {}
    c = Case(1, records)
    later = DAY + timedelta(days=2)
    for k in range(4):
        c.sub(c.num(100000 + k), id_key="id_shop_owner", open_time=later + timedelta(minutes=5 * k))
    days = _alert_days(c, records, tmp_path)
    assert days and min(days) == later.date()


def test_a_card_closed_later_still_counts_in_earlier_windows(tmp_path):
    """Six cards on one ID, one of them closed on the third day: the first two windows see six live cards (over the
    cap of five), the third sees five. Before, every window saw the card closed."""
    records: dict[str, list[dict]] = {}
    c = Case(1, records)
    closed_at = DAY + timedelta(days=2, hours=-6)  # 03:00 on the third day
    for k in range(6):
        c.sub(c.num(100000 + k), id_key="id_shop_owner", age_days=100 + 30 * k)  # no batch opening
    last = records["subscribers"][-1]
    last.update(status="closed", status_time=closed_at.isoformat())
    days = _alert_days(c, records, tmp_path)
    assert days == [(DAY + timedelta(days=d)).date() for d in range(2)]
