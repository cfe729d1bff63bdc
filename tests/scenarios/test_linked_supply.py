"""What a confirmed fraud card or a frozen mule account leads to, at entity level (after scoring).

calls.confirmed_report_active acts on a quiet card the police named that keeps calling strangers; the second-stage
calls.fraud_card_sibling then acts on the holder's other card calling the same way, and
cards.id_rents_mule_account punishes the holder of a young account frozen as a mule (an old one is reviewed).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from fraudwall.scenarios.registry import Registry, second_stage
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import DAY, HIST, Case, ingest_records, ts

RENT = "cards.id_rents_mule_account"
SIBLING = "calls.fraud_card_sibling"
CONFIRMED = "calls.confirmed_report_active"


def _seller_pair(c: Case, source: str) -> tuple[str, str]:
    """Two old cards of one ID, each calling three strangers today; the first named in a fraud report by ``source``."""
    idk = f"id_{c.ns:03d}_seller"
    first = c.caller(n=3, answered=0.7, age_days=400, history=True, dur=300, id_key=idk)
    c.add("reports", {"report_id": f"r{c.ns}", "time": ts(HIST), "entity_type": "msisdn", "entity": first,
                      "label": "fraud", "source": source})
    return first, c.caller(n=3, answered=0.7, age_days=400, dur=300, id_key=idk)


def _rented_chain(c: Case, age_days: int) -> str:
    """A victim's 30,000 into a renter's account of ``age_days`` bound to the renter's card, split on at once."""
    idk, own = f"id_{c.ns:03d}_renter", c.num(800002)
    c.sub(own, id_key=idk)
    v, m1 = c.acct(1), c.acct(2)
    c.account(v, 2000)
    c.account(m1, age_days, msisdn=own, id_key=idk)
    c.transfer(DAY, v, m1, 30000)
    for i in range(3):
        s = c.acct(10 + i)
        c.account(s, 20)
        c.transfer(DAY + timedelta(minutes=10 + i), m1, s, 9800)
        c.transfer(DAY + timedelta(minutes=30 + i), s, c.acct(99), 9700)
    return idk


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    records: dict[str, list[dict]] = {}
    cases = {}
    cases["police"] = _seller_pair(Case(1, records), "police")
    cases["user"] = _seller_pair(Case(2, records), "user_report")
    cases["young_renter"] = _rented_chain(Case(3, records), 20)
    cases["old_holder"] = _rented_chain(Case(4, records), 1000)
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
