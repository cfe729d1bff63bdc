"""A company's gateway (every SIM one business licence's enterprise line, 90+ days old) working many numbers is
reviewed, not suspended (catpool.rt_multi_sim_device v5, many_imsi_per_imei v3, shared_fraud_handset v2,
rotating_fraud_handset v6 when its trunk SIMs take turns); the same device on personal cards, on new enterprise cards
or on several licences' cards is still suspended."""

from __future__ import annotations

import pytest

from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import DAY, HIST, Case, ingest_records, simbox

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
    # a gateway whose trunk SIMs take turns: one more line of the licence called from it on an earlier day only
    # (catpool.rotating_fraud_handset sees a card rotation), and the same rotation on personal cards
    for n, kind, customer, id_key, callback in ((5, "company_rotating", "enterprise", "lic_rot", 0.5),
                                                  (6, "personal_rotating", "personal", None, 0.2)):
        c = Case(n, records)
        devices[kind] = simbox(c, customer=customer, id_key=id_key, **{**gw, "callback": callback})
        c.caller(n=12, answered=0.6, imei=devices[kind], age_days=300, customer=customer, id_key=id_key,
                 day=HIST, msisdn=c.num(555555))
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


@pytest.mark.parametrize("kind", ["company", "company_rotating"])
def test_a_company_gateway_is_listed_for_review_not_suspended(results, kind):
    devices, hits, actions = results
    company = devices[kind]
    assert MULTI in hits[company]  # still listed, with its evidence
    assert set(hits[company].values()) <= {"review", None}
    assert actions[company] == "review"


@pytest.mark.parametrize("kind", ["personal", "new_company_cards", "several_licences", "personal_rotating"])
def test_other_multi_sim_devices_are_still_suspended(results, kind):
    devices, hits, actions = results
    assert hits[devices[kind]][MULTI] == "suspend_and_reverify"
    assert actions[devices[kind]] == "suspend_and_reverify"


def test_rotating_gateway_is_seen_by_the_rotation_scenario(results):
    devices, hits, _ = results
    assert hits[devices["company_rotating"]]["catpool.rotating_fraud_handset"] == "review"
    assert hits[devices["personal_rotating"]]["catpool.rotating_fraud_handset"] == "suspend_and_reverify"
