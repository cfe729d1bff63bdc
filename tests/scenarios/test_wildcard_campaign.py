"""A personal number texting a fresh sub-domain per message is blocked, whatever opt-out text it carries
(sms.wildcard_link_sender v2); a few hosts are reviewed only; a person's own years-old phone texting such links to
its circle without fraud words is reviewed only, and so is its domain (own_phone_sender), unless its texts lure
with 日赚."""

from __future__ import annotations

from datetime import timedelta

import pytest

from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import DAY, HIST, Case, campaign, ingest_records

WILDCARD = "sms.wildcard_link_sender"


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    records: dict[str, list[dict]] = {}
    # 30 texts, each on its own host of one domain, with "回T退订" and no fraud words (the gambling campaign)
    forged = campaign(Case(1, records), "wildcard_opt_out", receivers=30, words=False)[0]
    # 8 texts on 8 hosts: a wildcard domain, but not a campaign of dozens
    few = campaign(Case(2, records), "wildcard_opt_out", receivers=8, words=False)[0]
    # a group-buy leader's four-year-old phone: 60 people, a fresh order page each, no fraud words; it answered two
    # friends' calls
    own, own_dom = own_phone_campaign(Case(3, records), "【团长】明日年货团购接龙，点此下单 ")
    # the same phone luring with "earn a thousand a day" (a money-laundering recruiter's own phone)
    lure, _ = own_phone_campaign(Case(4, records), "手机闲着也能赚钱，扫码收款日赚千元，下载 ")
    wh = ingest_records(records, tmp_path_factory.mktemp("data"), tmp_path_factory.mktemp("wh"))
    detect(wh, Registry.load())
    con = wh.connect()
    day = f"CAST(window_start AS DATE) = DATE '{DAY.date()}'"
    alerts = {e: sc for e, sc in con.execute(
        f"SELECT entity, score FROM alerts WHERE scenario = '{WILDCARD}' AND {day}").fetchall()}
    actions = dict(con.execute(f"SELECT entity, action FROM scores WHERE {day}").fetchall())
    con.close()
    return {"forged": forged, "few": few, "own": own, "own_dom": own_dom, "lure": lure}, alerts, actions


def own_phone_campaign(c: Case, text: str) -> tuple[str, str]:
    """A personal card opened four years ago texting 60 people a fresh sub-domain each, which answered two friends'
    calls (one in the look-back); returns (number, domain)."""
    me, dom = c.num(500000), f"tuan{c.ns}.cn"
    c.sub(me, age_days=1500)
    c.sms(me, 60, lambda i: f"{text}https://x{i}q{c.ns}.{dom}/g/")
    c.call(HIST, c.num(700001), me, 120)  # a friend's call it answered in the look-back
    c.call(DAY + timedelta(hours=3), c.num(700002), me, 240)
    return me, dom


def test_wildcard_campaign_with_forged_opt_out_is_blocked(results):
    nums, alerts, actions = results
    assert alerts[nums["forged"]] == pytest.approx(1.0)
    assert actions[nums["forged"]] == "block"


def test_few_wildcard_hosts_are_reviewed_only(results):
    nums, alerts, actions = results
    assert alerts[nums["few"]] == pytest.approx(0.55)
    assert actions[nums["few"]] in (None, "review")


def test_own_phone_wildcard_links_are_reviewed_only(results):
    nums, alerts, actions = results
    assert alerts[nums["own"]] == pytest.approx(0.55)
    assert actions.get(nums["own"]) in (None, "review")
    assert actions.get(nums["own_dom"]) in (None, "review")


def test_own_phone_luring_with_daily_earnings_is_blocked(results):
    nums, alerts, actions = results
    assert actions[nums["lure"]] == "block"
