"""Scenarios on the data's first day, when no look-back can show a line in steady use or a known contact."""

from __future__ import annotations

import pytest

from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import Case, ingest_records

BURST, ROAMING = "calls.rt_burst_unanswered", "calls.rt_high_risk_roaming_new_card"


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
        # a traveller in Cambodia on a 60-day-old card video-calling five relatives (v4 blocked him)
        "traveller": Case(4, records).caller(n=5, answered=0.8, video=0.6, roaming="KH", age_days=60),
        # a 20-day-old card in Cambodia dialling 30 strangers
        "roaming_fraud_card": Case(5, records).caller(n=30, answered=0.25, roaming="KH", age_days=20),
    }
    wh = ingest_records(records, tmp_path_factory.mktemp("data"), tmp_path_factory.mktemp("wh"))
    detect(wh, Registry.load(), only=[BURST, ROAMING])
    con = wh.connect()
    hits = set(con.execute("SELECT scenario, entity FROM alerts").fetchall())
    con.close()
    return {name: {sid for sid, e in hits if e == num} for name, num in cases.items()}


def test_an_old_card_moving_and_using_data_is_spared_without_a_look_back(flagged):
    assert BURST not in flagged["old_sales_card"]


def test_an_old_card_static_without_data_and_a_new_card_still_act(flagged):
    assert BURST in flagged["old_den_card"]
    assert BURST in flagged["new_card"]


def test_a_traveller_calling_a_few_people_abroad_is_spared_without_a_look_back(flagged):
    assert ROAMING not in flagged["traveller"]
    assert ROAMING in flagged["roaming_fraud_card"]
