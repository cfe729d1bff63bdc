"""A foreign card roaming in and dialling strangers is acted on (calls.inbound_roamer_fanout); without it such a
moving card with no card record stops at a review. A business traveller whose partners call back is not."""

from __future__ import annotations

import pytest

from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import DAY, Case, ingest_records


@pytest.fixture(scope="module")
def actions(tmp_path_factory):
    records: dict[str, list[dict]] = {}
    # +852 cards with no subscriber record calling 40 people a day from six of the network's cells
    den = Case(1, records).caller(n=40, answered=0.45, cells=6, msisdn="85291001001", subscriber=False, history=True)
    traveller = Case(2, records).caller(n=40, answered=0.8, cells=6, callback=0.5, msisdn="85291002001",
                                        subscriber=False, history=True)
    wh = ingest_records(records, tmp_path_factory.mktemp("data"), tmp_path_factory.mktemp("wh"))
    detect(wh, Registry.load())
    con = wh.connect()
    day = f"CAST(window_start AS DATE) = DATE '{DAY.date()}'"
    out = dict(con.execute(f"SELECT entity, action FROM scores WHERE {day}").fetchall())
    con.close()
    return {"den": out.get(den), "traveller": out.get(traveller)}


def test_a_roaming_in_card_dialling_strangers_is_acted_on(actions):
    assert actions["den"] in ("warn", "block")


def test_a_business_traveller_is_not(actions):
    assert actions["traveller"] in (None, "review")
