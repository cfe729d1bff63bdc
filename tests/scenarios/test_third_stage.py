"""The third stage: a scenario reading ``window_late_actions`` sees what the first two stages acted on in the window.

A blocked phishing card texts 25 people a link to a fixed charity site; the site is blocked only by a second-stage
scenario (web.blocked_sender_domain: every sender linking it is blocked). A person opens it and 30 minutes later
"donates" 60 CNY into a laundering chain's first account, frozen in the window: victims.paid_hooked_collector (third
stage) warns them. Detected with that scenario alone, nothing is blocked or frozen, so no one is warned.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from fraudwall.scenarios.registry import Registry, carry_stage, second_stage, third_stage
from tests.scenarios.library.builders import DAY, Case, campaign, detect_day, mule_chain, ts

COLLECTOR = "victims.paid_hooked_collector"
SENDER_DOMAIN = "web.blocked_sender_domain"


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
    return records, me, site


def test_stages_are_exclusive():
    reg = Registry.load()
    s = reg.get(COLLECTOR)
    assert third_stage(s) and not second_stage(s) and not carry_stage(s)
    assert second_stage(reg.get(SENDER_DOMAIN)) and not third_stage(reg.get(SENDER_DOMAIN))


@pytest.fixture(scope="module")
def full(tmp_path_factory):
    records, me, site = _records()
    alerts, actions = detect_day(records, tmp_path_factory.mktemp("third"))
    return alerts, actions, me, site


def test_site_blocked_by_the_second_stage(full):
    alerts, actions, _, site = full
    assert actions.get(site) == "block_domain"
    assert not any(s != SENDER_DOMAIN and e == site for s, e, _ in alerts), "only the second stage blocks the site"


def test_third_stage_warns_the_donor(full):
    alerts, actions, me, _ = full
    assert (COLLECTOR, me) in {(s, e) for s, e, _ in alerts}
    assert actions.get(me) == "warn_victim"


def test_alone_nothing_is_acted_on(tmp_path):
    records, me, _ = _records()
    alerts, _ = detect_day(records, tmp_path, only=[COLLECTOR])
    assert not [e for s, e, _ in alerts if e == me]
