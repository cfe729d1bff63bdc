"""A company's gateway (every SIM one business licence's enterprise line, 90+ days old) working many numbers is
reviewed, not suspended (catpool.rt_multi_sim_device v5, many_imsi_per_imei v3, shared_fraud_handset v2); the same
device on personal cards, on new enterprise cards or on several licences' cards is still suspended."""

from __future__ import annotations

import pytest

from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import DAY, Case, ingest_records, simbox

MULTI = "catpool.rt_multi_sim_device"


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    records: dict[str, list[dict]] = {}
    # a factory's GSM PBX gateway: four trunk SIMs calling suppliers and customers, half of whom call back
    gw = {"imsis": 4, "age_days": 300, "callback": 0.5}
    devices = {
        "company": simbox(Case(1, records), customer="enterprise", id_key="lic_factory", **gw),
        # the look-alikes below: a fifth of their callees call back (half would make their old cards a shop's or a
        # family's that people call: reviewed since rt_multi_sim_device v7, tests/.../test_called_back_handset.py)
        "personal": simbox(Case(2, records), **{**gw, "callback": 0.2}),
        "new_company_cards": simbox(Case(3, records), customer="enterprise", id_key="lic_new", **{**gw, "age_days": 30}),
        # enterprise cards of four licences (one each) in one box
        "several_licences": simbox(Case(4, records), customer="enterprise", **{**gw, "callback": 0.2}),
    }
    wh = ingest_records(records, tmp_path_factory.mktemp("data"), tmp_path_factory.mktemp("wh"))
    detect(wh, Registry.load())
    con = wh.connect()
    day = f"CAST(window_start AS DATE) = DATE '{DAY.date()}'"
    hits = {}
    for sid, ent, act in con.execute(f"SELECT scenario, entity, action FROM alerts WHERE {day} AND scenario LIKE 'catpool.%'"
                                     ).fetchall():
        hits.setdefault(ent, {})[sid] = act
    actions = dict(con.execute(f"SELECT entity, action FROM scores WHERE {day}").fetchall())
    con.close()
    return devices, hits, actions


def test_a_company_gateway_is_listed_for_review_not_suspended(results):
    devices, hits, actions = results
    company = devices["company"]
    assert MULTI in hits[company]  # still listed, with its evidence
    assert set(hits[company].values()) <= {"review", None}
    assert actions[company] == "review"


@pytest.mark.parametrize("kind", ["personal", "new_company_cards", "several_licences"])
def test_other_multi_sim_devices_are_still_suspended(results, kind):
    devices, hits, actions = results
    assert hits[devices[kind]][MULTI] == "suspend_and_reverify"
    assert actions[devices[kind]] == "suspend_and_reverify"
