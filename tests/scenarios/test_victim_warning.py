"""Victim early warning: a click on a fraud SMS link is reviewed by default and warned where the centre
weighs it up (scoring weights); a click on a bulk link without fraud's marks (an invitation a person sent
to many friends) is never warned."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from fraudwall.scenarios.scoring import load_scoring
from tests.scenarios.library.builders import DAY, Case, campaign, ingest_records, ts, victim


def _clicker(c: Case, kind: str, words: bool) -> str:
    me = c.num(700000)
    c.sub(me)
    sender, dom = campaign(c, kind, words=words)
    t = DAY + timedelta(hours=5)
    c.add("sms", {"sms_id": f"v{c.ns}", "send_time": ts(t - timedelta(minutes=5)), "sender": sender,
                  "receiver": me, "content": f"see http://www.{dom}/p"})
    c.add("web", {"time": ts(t), "msisdn": me, "domain": f"www.{dom}", "ip": "45.1.1.1"})
    return me


@pytest.mark.parametrize("weight, fraud_action, plain_action", [(None, "review", None), (0.8, "warn_victim", "review")])
def test_fraud_link_click_is_warned_when_weighed_up_and_a_plain_bulk_link_click_is_not(tmp_path, weight, fraud_action,
                                                                                       plain_action):
    records: dict[str, list[dict]] = {}
    fraud = victim(Case(1, records), "sms", pay=False)  # wildcard sub-domains and fraud words, clicked
    plain = _clicker(Case(2, records), "plain", words=False)  # one host, no fraud words, no opt-out
    wh = ingest_records(records, tmp_path / "d", tmp_path / "wh")
    scoring = load_scoring()
    if weight is not None:
        scoring = replace(scoring, weights={**scoring.weights, "victims.fraud_sms_then_click": weight})
    detect(wh, Registry.load(), only=["victims.fraud_sms_then_click"], scoring=scoring)
    con = wh.connect()
    actions = dict(con.execute("SELECT entity, action FROM scores").fetchall())
    con.close()
    assert actions.get(fraud) == fraud_action
    assert actions.get(plain) == plain_action


def test_a_payment_after_a_fraud_link_click_is_warned_by_default(tmp_path):
    # the click alone is a review (above); a payment of 1,000 CNY or more after it, to an account that keeps the money,
    # earns a warning (victims.paid_after_fraud_link), while small bills after a click stay a review
    records: dict[str, list[dict]] = {}
    cases = {}
    for n, (kind, amount) in enumerate((("paid", 5800), ("small_bills", 60)), 1):
        c = Case(n, records)
        cases[kind] = victim(c, "sms", pay=False)
        c.account(c.acct(500), 9000, msisdn=cases[kind])
        c.account(c.acct(501), 20)
        c.transfer(DAY + timedelta(hours=5, minutes=10), c.acct(500), c.acct(501), amount, who=cases[kind])
    wh = ingest_records(records, tmp_path / "d", tmp_path / "wh")
    detect(wh, Registry.load())
    con = wh.connect()
    actions = dict(con.execute("SELECT entity, action FROM scores").fetchall())
    con.close()
    assert actions.get(cases["paid"]) == "warn_victim"
    assert actions.get(cases["small_bills"]) == "review"
