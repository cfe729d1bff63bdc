"""f_msisdn: the answered-share point of the stranger-calling pattern is relative to the window's callers."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import DAY, Case, ingest_records

SID = "calls.stranger_dialling"


def _points(tmp_path_factory, population_answered: int) -> dict:
    """Stranger points of a card answered on 58 % of its calls among 120 ordinary callers answered on
    ``population_answered`` of their 10 calls each."""
    records: dict[str, list[dict]] = {}
    pop = Case(1, records)
    for p in range(120):
        me = pop.num(100000 + p)
        pop.sub(me)
        for i in range(10):
            pop.call(DAY + timedelta(minutes=5 * p + i), me, pop.num(500000 + 10 * p + i),
                     60 if i < population_answered else 0)
    c = Case(2, records)
    me = c.caller(n=50, answered=0.58, history=True)
    wh = ingest_records(records, tmp_path_factory.mktemp("data"), tmp_path_factory.mktemp("wh"))
    detect(wh, Registry.load(), only=[SID])
    con = wh.connect()
    rows = con.execute(f"SELECT evidence FROM alerts WHERE scenario = '{SID}' AND entity = ?", [me]).fetchall()
    con.close()
    assert rows, "the card is flagged either way (five other signals)"
    return json.loads(rows[0][0])


@pytest.fixture(scope="module")
def low(tmp_path_factory):
    return _points(tmp_path_factory, 7)  # a province where 70 % of calls are answered


@pytest.fixture(scope="module")
def high(tmp_path_factory):
    return _points(tmp_path_factory, 9)


def test_answered_share_below_a_low_population_rate_by_little_is_no_signal(low):
    assert low["answered_share"] == 0.58 and low["stranger_points"] == 5


def test_answered_share_well_below_the_population_rate_is_a_signal(high):
    assert high["answered_share"] == 0.58 and high["stranger_points"] == 6
