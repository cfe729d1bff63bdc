"""What a confirmed fraud card or a frozen mule account leads to, at entity level (after scoring).

calls.confirmed_report_active acts on a quiet card the police named that keeps calling strangers; the second-stage
calls.fraud_card_sibling then acts on the holder's other card calling the same way, and
cards.id_rents_mule_account punishes the holder of a young account frozen as a mule (an old one is reviewed).
"""

from __future__ import annotations

import pytest

from fraudwall.scenarios.registry import Registry, second_stage
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import DAY, Case, ingest_records
from tests.scenarios.library.patterns import gang_accounts, reported_seller_pair

RENT = "cards.id_rents_mule_account"
SIBLING = "calls.fraud_card_sibling"
CONFIRMED = "calls.confirmed_report_active"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    records: dict[str, list[dict]] = {}
    cases = {}
    cases["police"] = reported_seller_pair(Case(1, records), "police")
    cases["user"] = reported_seller_pair(Case(2, records), "user_report")
    cases["young_renter"] = gang_accounts(Case(3, records), False, age_days=20)
    cases["old_holder"] = gang_accounts(Case(4, records), False, age_days=1000)
    wh = ingest_records(records, tmp_path_factory.mktemp("data"), tmp_path_factory.mktemp("wh"))
    detect(wh, Registry.load())
    con = wh.connect()
    day = DAY.date().isoformat()
    hits = {(s, e): a for s, e, a in con.execute(
        f"SELECT scenario, entity, action FROM alerts WHERE CAST(window_start AS DATE) = DATE '{day}'").fetchall()}
    actions = {e: a for e, a in con.execute(
        f"SELECT entity, action FROM scores WHERE CAST(window_start AS DATE) = DATE '{day}'").fetchall()}
    frozen = {e for (s, e), a in hits.items() if a == "freeze_account"}
    con.close()
    return cases, hits, actions, frozen


def test_sibling_and_renter_scenarios_run_in_the_second_stage():
    reg = Registry.load()
    assert second_stage(reg.get(SIBLING)) and second_stage(reg.get(RENT))
    assert not second_stage(reg.get(CONFIRMED))


def test_police_confirmed_quiet_card_and_its_sibling_are_acted_on(run):
    cases, hits, actions, _ = run
    first, sibling = cases["police"]
    assert actions[first] not in (None, "review")
    assert (SIBLING, sibling) in hits
    assert actions[sibling] not in (None, "review")


def test_user_reported_quiet_card_and_its_sibling_are_not(run):
    cases, hits, actions, _ = run
    first, sibling = cases["user"]
    assert actions.get(first) in (None, "review")
    assert (SIBLING, sibling) not in hits
    assert actions.get(sibling) in (None, "review")


def test_holder_of_a_young_frozen_account_is_punished_an_old_one_reviewed(run):
    cases, hits, actions, frozen = run
    # both chains' first accounts are frozen as mules
    assert any(a.endswith("0000000000002") for a in frozen if a.startswith("acct_003"))
    assert any(a.endswith("0000000000002") for a in frozen if a.startswith("acct_004"))
    assert hits[(RENT, cases["young_renter"])] == "punish_card_seller"
    assert actions[cases["young_renter"]] == "punish_card_seller"
    assert hits[(RENT, cases["old_holder"])] == "review"
    assert actions.get(cases["old_holder"]) in (None, "review")
