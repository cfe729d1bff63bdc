"""The third stage: a scenario reading ``window_late_actions`` sees what the first two stages acted on in the window.

A blocked phishing card texts 25 people a link to a fixed charity site; the site is blocked only by a second-stage
scenario (web.blocked_sender_domain: every sender linking it is blocked). A person opens it and 30 minutes later
"donates" 60 CNY into a laundering chain's first account, frozen in the window: victims.paid_hooked_collector (third
stage) warns them. Detected with that scenario alone, nothing is blocked or frozen, so no one is warned.

A seller's ID holds two old cards: the police named the first, and the second dials strangers as quietly; only
calls.fraud_card_sibling (second stage) acts on the second. The WeChat account it registered three days before is
reported to the platform (internet_accounts.risky_number_registration, third stage), and so is the QQ account that another card the police
named, acted on in the first stage without the stranger pattern, registers today.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from fraudwall.scenarios.registry import Registry, carry_stage, second_stage, third_stage
from tests.scenarios.library.builders import DAY, Case, campaign, detect_day, mule_chain, ts
from tests.scenarios.library.patterns import reported_seller_pair

COLLECTOR = "victims.paid_hooked_collector"
SENDER_DOMAIN = "web.blocked_sender_domain"
SIBLING = "calls.fraud_card_sibling"
REGISTERED = "internet_accounts.risky_number_registration"
LATE_READERS = (REGISTERED, "internet_accounts.bulk_registration", "internet_accounts.named_in_fraud_sms",
                "cards.id_own_new_fraud_card", "cards.id_lent_idle_card")


def _records() -> tuple[dict[str, list[dict]], str, str]:
    records: dict[str, list[dict]] = {}
    c = Case(1, records)
    sender, _ = campaign(c, "wildcard")  # a new card texting 30 strangers fresh sub-domains: blocked
    site = f"juankuan{c.ns}.org"
    c.sms(sender, 25, lambda i: f"看看这个 http://www.{site}/d{i}")  # no fraud words: only its sender marks it
    first = mule_chain(c)[0]
    me = c.num(700001)
    c.sub(me)
    t = DAY + timedelta(hours=2)
    c.add("web", {"time": ts(t), "msisdn": me, "domain": f"www.{site}", "ip": "45.9.9.9"})
    mine = c.account(c.acct(500), 2000, msisdn=me)
    c.transfer(t + timedelta(minutes=30), mine, first, 60, who=me)
    c = Case(2, records)
    _, sibling = reported_seller_pair(c)  # the second card is cut off by calls.fraud_card_sibling only
    c.add("internet_accounts", {"platform": "wechat", "account": "sold_card_chat", "msisdn": sibling,
                                "register_time": ts(DAY - timedelta(days=3))})
    # a card the police named, acted on in the first stage though it calls only four people today (one calls back) and
    # it uses data in three cells (no stranger pattern), registers an account today
    c = Case(3, records)
    named = c.caller(n=4, answered=1.0, callback=0.25, data=3, cells=3, age_days=400, history=True, dur=300)
    c.report(named, source="police", at=DAY - timedelta(days=3), report_id="r_named")
    c.add("internet_accounts", {"platform": "qq", "account": "reported_today", "msisdn": named,
                                "register_time": ts(DAY + timedelta(hours=2))})
    return records, me, site, sibling


def test_stages_are_exclusive():
    reg = Registry.load()
    s = reg.get(COLLECTOR)
    assert third_stage(s) and not second_stage(s) and not carry_stage(s)
    assert second_stage(reg.get(SENDER_DOMAIN)) and not third_stage(reg.get(SENDER_DOMAIN))
    assert all(third_stage(reg.get(sid)) for sid in LATE_READERS)


@pytest.fixture(scope="module")
def full(tmp_path_factory):
    records, me, site, sibling = _records()
    alerts, actions = detect_day(records, tmp_path_factory.mktemp("third"))
    return alerts, actions, me, site, sibling


def test_site_blocked_by_the_second_stage(full):
    alerts, actions, _, site, _ = full
    assert actions.get(site) == "block_domain"
    assert not any(s != SENDER_DOMAIN and e == site for s, e, _ in alerts), "only the second stage blocks the site"


def test_third_stage_warns_the_donor(full):
    alerts, actions, me, _, _ = full
    assert (COLLECTOR, me) in {(s, e) for s, e, _ in alerts}
    assert actions.get(me) == "warn_victim"


def test_alone_nothing_is_acted_on(tmp_path):
    records, me, _, sibling = _records()
    alerts, _ = detect_day(records, tmp_path, only=[COLLECTOR, REGISTERED])
    assert not [e for s, e, _ in alerts if e == me]
    assert not [e for s, e, a in alerts if s == REGISTERED and a != "review"], \
        "with no number acted on, no account is reported to its platform"


def test_accounts_of_a_card_cut_off_in_the_second_stage(full):
    alerts, actions, _, _, sibling = full
    assert actions.get(sibling) not in (None, "review")
    assert not any(s != SIBLING and e == sibling and a not in (None, "review") for s, e, a in alerts), \
        "only the second stage acts on the sibling"
    assert actions.get("wechat:sold_card_chat") == "notify_platform"


def test_account_registered_today_by_an_acted_on_number(full):
    # v6: v5 reported an account registered in the window only when its number showed the stranger pattern
    _, actions, _, _, _ = full
    assert actions.get("qq:reported_today") == "notify_platform"
