"""An ID's cards count in a window only once they are opened (f_id_cards): re-detecting a loaded period, the window
two days before four cards are opened on one ID does not see them; the window of their opening does."""

from __future__ import annotations

from datetime import timedelta

from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import DAY, Case, ingest_records

SID = "cards.one_id_many_cards"


def test_cards_opened_later_do_not_count_in_earlier_windows(tmp_path):
    records: dict[str, list[dict]] = {}
    c = Case(1, records)
    later = DAY + timedelta(days=2)
    for k in range(4):
        c.sub(c.num(100000 + k), id_key="id_shop_owner", open_time=later + timedelta(minutes=5 * k))
    for d in range(3):  # ordinary calls on each day: a window per day
        c.call(DAY + timedelta(days=d), c.num(500000), c.num(600000), 60)
    wh = ingest_records(records, tmp_path / "data", tmp_path / "wh")
    detect(wh, Registry.load(), only=[SID])
    con = wh.connect()
    days = [d for (d,) in con.execute(f"SELECT DISTINCT CAST(window_start AS DATE) FROM alerts "
                                      f"WHERE scenario = '{SID}' AND entity = 'id_shop_owner' ORDER BY 1").fetchall()]
    con.close()
    assert days and min(days) == later.date()
