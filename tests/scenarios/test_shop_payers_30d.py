"""A shop a mule chain's accounts spend at on a quiet day is reviewed, not frozen, when it has had many payers over
the month and passed nothing on (finance.collects_from_mules v7, f_mule.payers_30d).

Two of a chain's second-layer accounts pay an old account 1,500 yuan each on a day two ordinary customers pay it
too: the mule seeds are half of the day's payers, so v6 froze it. What tells a shop from the chain's collecting end
is the month before: 35 other customers paid the shop over the ten days before, while a collecting end has a few
payers. A shop that passes money on the same day is frozen as before (the collecting ends with 20 or more payers in
the test warehouses all passed money on).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.scenarios.library.builders import DAY, Case, detect_day
from tests.scenarios.library.patterns import chain_spends_at

COLLECTS = "finance.collects_from_mules"


def _paid_by_chain(c: Case, earlier_customers: int, passes_on: bool = False) -> str:
    """An old account paid by ``earlier_customers`` people over the ten days before DAY, then on DAY by two of a
    chain's second-layer accounts (1,500 yuan each) and two customers; ``passes_on``: it pays a supplier on DAY."""
    me = chain_spends_at(c, 500, 1500, 2, 60)
    for i in range(earlier_customers):
        buyer = c.account(c.acct(600 + i), 1200)
        c.transfer(DAY - timedelta(days=1 + i % 10, hours=i % 5), buyer, me, 80 + 7 * i)
    if passes_on:
        supplier = c.account(c.acct(800), 2000)
        c.transfer(DAY + timedelta(hours=5), me, supplier, 2500)
    return me


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    records: dict[str, list[dict]] = {}
    cases = {"shop": _paid_by_chain(Case(1, records), 35),
             "collector": _paid_by_chain(Case(2, records), 4),
             "shop_passing_on": _paid_by_chain(Case(3, records), 35, passes_on=True)}
    alerts, actions = detect_day(records, tmp_path_factory.mktemp("run"), only=[COLLECTS])
    hits = {e: a for s, e, a in alerts if s == COLLECTS}
    return cases, hits, actions


def test_shop_with_many_payers_over_the_month_is_reviewed(run):
    cases, hits, actions = run
    assert hits[cases["shop"]] == "review"
    assert actions.get(cases["shop"]) in (None, "review")


def test_collecting_end_with_few_payers_is_frozen(run):
    cases, hits, actions = run
    assert hits[cases["collector"]] == "freeze_account"
    assert actions[cases["collector"]] == "freeze_account"


def test_account_passing_money_on_is_frozen_whatever_its_payers(run):
    cases, hits, actions = run
    assert hits[cases["shop_passing_on"]] == "freeze_account"
