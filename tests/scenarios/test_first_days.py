"""calls.rt_burst_unanswered on the data's first day, when no look-back can show a line in steady use."""

from __future__ import annotations

import pytest

from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import Case, ingest_records

SID = "calls.rt_burst_unanswered"


@pytest.fixture(scope="module")
def flagged(tmp_path_factory):
    records: dict[str, list[dict]] = {}
    cases = {
        # an insurance agent's 600-day-old card: half unanswered, two cells, two data sessions (v7 warned it)
        "old_sales_card": Case(1, records).caller(n=45, answered=0.45, cells=2, data=2, age_days=600),
        # a lent 600-day-old card in a den: mostly unanswered, one cell, no data session
        "old_den_card": Case(2, records).caller(n=45, answered=0.25, cells=1, age_days=600),
        # a 28-day-old card from two cells with data: a new card still acts on the first day
        "new_card": Case(3, records).caller(n=45, answered=0.25, cells=2, data=2, age_days=28),
    }
    wh = ingest_records(records, tmp_path_factory.mktemp("data"), tmp_path_factory.mktemp("wh"))
    detect(wh, Registry.load(), only=[SID])
    con = wh.connect()
    hit = {r[0] for r in con.execute(f"SELECT entity FROM alerts WHERE scenario = '{SID}'").fetchall()}
    con.close()
    return {name: num in hit for name, num in cases.items()}


def test_an_old_card_moving_and_using_data_is_spared_without_a_look_back(flagged):
    assert flagged["old_sales_card"] is False


def test_an_old_card_static_without_data_and_a_new_card_still_act(flagged):
    assert flagged["old_den_card"] is True
    assert flagged["new_card"] is True
