"""A handset carrying several old cards that people call back (a phone-repair shop's or a family's) is reviewed, not
suspended (catpool.rt_multi_sim_device v7): a SIM box's cards have no inbound life. The same device on young cards,
or on old cards nobody calls back, is still suspended."""

from __future__ import annotations

import pytest

from tests.scenarios.library.builders import Case, detect_day, simbox

MULTI = "catpool.rt_multi_sim_device"
SHOP = {"imsis": 6, "calls": 12, "age_days": 400, "callback": 0.8}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    records: dict[str, list[dict]] = {}
    devices = {
        "shop_old_cards_called_back": simbox(Case(1, records), **SHOP),
        "young_cards_called_back": simbox(Case(2, records), **{**SHOP, "age_days": 90}),
        "old_cards_not_called_back": simbox(Case(3, records), **{**SHOP, "callback": 0.1}),
    }
    alerts, actions = detect_day(records, tmp_path_factory.mktemp("run"), only=[MULTI])
    hits = {e: a for s, e, a in alerts if s == MULTI}
    return devices, hits, actions


def test_old_cards_that_people_call_back_are_reviewed(run):
    devices, hits, actions = run
    dev = devices["shop_old_cards_called_back"]
    assert hits[dev] == "review"  # still listed with its evidence
    assert actions[dev] == "review"


@pytest.mark.parametrize("kind", ["young_cards_called_back", "old_cards_not_called_back"])
def test_box_like_devices_are_still_suspended(run, kind):
    devices, hits, actions = run
    assert hits[devices[kind]] == "suspend_and_reverify"
    assert actions[devices[kind]] == "suspend_and_reverify"
