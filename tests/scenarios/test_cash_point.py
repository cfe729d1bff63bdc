"""A cash machine the mules withdrew at is reviewed, not frozen (finance.collects_from_mules v5, f_mule.cash_point).

A victim's 30,000 CNY goes to a new account and on to three new second-layer accounts within minutes (mule seeds),
which then empty themselves into one place. Where that place is a cash machine (a withdrawal: ATM channel, and the
machine's id as to_account, with no account record) the alert is a review, a lead to where the cash left; where it
is an account, or an account a cash machine deposited into, it is frozen.
"""

from __future__ import annotations

import pytest

from tests.scenarios.library.builders import Case, detect_day, mule_chain

COLLECTS = "finance.collects_from_mules"


def _emptied_into(c: Case, sink: str, channel: str | None, record: bool) -> str:
    """A mule chain's second layer pays ``sink`` (``record``: it has a bank account record) through ``channel``;
    returns ``sink``."""
    if record:
        c.account(sink, 20)
    return mule_chain(c, sink=sink, sink_channel=channel)[-1]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    records: dict[str, list[dict]] = {}
    cases = {"atm": _emptied_into(Case(1, records), "ATM-HB-0417", "atm", record=False),
             "account": _emptied_into(Case(2, records), "acct_sink_account", "mobile_app", record=True),
             "atm_deposit": _emptied_into(Case(3, records), "acct_sink_deposit", "atm", record=True)}
    alerts, actions = detect_day(records, tmp_path_factory.mktemp("run"), only=[COLLECTS])
    hits = {e: a for s, e, a in alerts if s == COLLECTS}
    return cases, hits, actions


def test_cash_machine_the_mules_withdrew_at_is_reviewed(run):
    cases, hits, actions = run
    assert hits[cases["atm"]] == "review"
    assert actions.get(cases["atm"]) in (None, "review")


def test_collecting_account_is_frozen_whatever_the_channel(run):
    cases, hits, actions = run
    for name in ("account", "atm_deposit"):
        assert hits[cases[name]] == "freeze_account", name
        assert actions[cases[name]] == "freeze_account", name
