"""A money circle is reviewed, not frozen as a mule (finance.mule_chain v10, f_mule.circle).

Each case is an account that relays four people's money within the hour, one of whom had just taken a long call from a
stranger-dialling number (a victim's payment, by f_mule's evidence). A family money pool (标会) whose members it has
paid and been paid by over the past weeks, on an account of years, is a circle: reviewed, never a chain's seed. The
same flows through a young account, or an old account whose payees are strangers who never paid it, are frozen.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.scenarios.library.builders import DAY, Case, detect_day, victim

CHAIN = "finance.mule_chain"


def _pool(c: Case, age_days: int, two_way: bool) -> str:
    """An account of ``age_days`` collecting from four members and paying out at once; in the three weeks before,
    it paid the members back (``two_way``) or paid accounts that never paid it. Returns the account."""
    me = victim(c, channel="call", pay=False)  # a member just out of a 20-minute call with a fraud card
    pool = c.account(c.acct(500), age_days)
    members = [c.account(c.acct(510 + i), 3000, msisdn=me if i == 0 else None) for i in range(4)]
    payees = members if two_way else [c.account(c.acct(520 + i), 3000) for i in range(4)]
    for d in range(2, 22, 3):  # the look-back: a member pays in, the pool pays another out within the hour
        t = DAY - timedelta(days=d, hours=-3)
        c.transfer(t, members[d % 4], pool, 20000)
        c.transfer(t + timedelta(minutes=30), pool, payees[(d + 1) % 4], 19900)
    t = DAY + timedelta(hours=5, minutes=40)  # the window: all four pay in, two are paid out within the hour
    for i, m in enumerate(members):
        c.transfer(t + timedelta(minutes=i), m, pool, 10000, who=me if i == 0 else None)
    c.transfer(t + timedelta(minutes=20), pool, payees[1], 19800)
    c.transfer(t + timedelta(minutes=21), pool, payees[2], 19800)
    return pool


def _chain_through_unknown_account(c: Case) -> str:
    """A victim pays an account outside the bank feed (no account record: no age, so no circle), which passes the
    money at once to an old account that passes it on again: the first is a chain's seed, so the second, paid by
    it, is frozen as the chain's next layer. Returns the second account."""
    me = victim(c, channel="call", pay=False)
    mine, unknown, layer2, out = c.acct(500), c.acct(501), c.acct(502), c.acct(503)
    c.account(mine, 2000, msisdn=me)
    c.account(layer2, 900)
    c.account(out, 900)
    t = DAY + timedelta(hours=5, minutes=40)
    c.transfer(t, mine, unknown, 8000, who=me)
    c.transfer(t + timedelta(minutes=10), unknown, layer2, 7900)
    c.transfer(t + timedelta(minutes=25), layer2, out, 7800)
    return layer2


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    records: dict[str, list[dict]] = {}
    cases = {"circle": _pool(Case(1, records), 2500, two_way=True),
             "young_circle": _pool(Case(2, records), 200, two_way=True),
             "old_one_way": _pool(Case(3, records), 2500, two_way=False),
             "next_layer": _chain_through_unknown_account(Case(4, records))}
    alerts, actions = detect_day(records, tmp_path_factory.mktemp("run"))
    hits = {e: a for s, e, a in alerts if s == CHAIN}
    return cases, hits, actions


def test_old_account_going_round_among_the_same_people_is_reviewed(run):
    cases, hits, actions = run
    assert hits[cases["circle"]] == "review"
    assert actions.get(cases["circle"]) in (None, "review")


def test_young_account_or_one_way_relay_is_frozen(run):
    cases, hits, actions = run
    for name in ("young_circle", "old_one_way"):
        assert hits[cases[name]] == "freeze_account", name
        assert actions[cases[name]] == "freeze_account", name


def test_account_outside_the_bank_feed_still_seeds_a_chain(run):
    cases, hits, actions = run
    assert hits[cases["next_layer"]] == "freeze_account"
    assert actions[cases["next_layer"]] == "freeze_account"
