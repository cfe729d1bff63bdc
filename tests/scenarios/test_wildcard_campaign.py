"""A personal number texting a fresh sub-domain per message is blocked, whatever opt-out text it carries
(sms.wildcard_link_sender v2); a few hosts are reviewed only; a person's own years-old phone texting such links to
its circle without fraud words is reviewed only, and so is its domain (own_phone_sender), unless its texts lure
with 日赚; so is a domain an own phone leads with another years-old phone that has answered nobody yet
(f_link_domain.own_phones_led), not one an own phone shares with a card of weeks."""

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
    # the leader's phone and a second leader's years-old phone that answered nobody yet (a warehouse's first day)
    c5 = Case(5, records)
    led_own, led_dom = own_phone_campaign(c5, "【团长】明日年货团购接龙，点此下单 ")
    led_other = other_sender(c5, led_dom, age_days=2000)
    # the leader's phone and a card of weeks on the same domain
    c6 = Case(6, records)
    _, cat_dom = own_phone_campaign(c6, "【团长】明日年货团购接龙，点此下单 ")
    other_sender(c6, cat_dom, age_days=20)
    wh = ingest_records(records, tmp_path_factory.mktemp("data"), tmp_path_factory.mktemp("wh"))
    detect(wh, Registry.load())
    con = wh.connect()
    day = f"CAST(window_start AS DATE) = DATE '{DAY.date()}'"
    alerts = {e: sc for e, sc in con.execute(
        f"SELECT entity, score FROM alerts WHERE scenario = '{WILDCARD}' AND {day}").fetchall()}
    actions = dict(con.execute(f"SELECT entity, action FROM scores WHERE {day}").fetchall())
    con.close()
    return {"forged": forged, "few": few, "own": own, "own_dom": own_dom, "lure": lure, "led_own": led_own,
            "led_dom": led_dom, "led_other": led_other, "cat_dom": cat_dom}, alerts, actions


def own_phone_campaign(c: Case, text: str) -> tuple[str, str]:
    """A personal card opened four years ago texting 60 people a fresh sub-domain each, which answered two friends'
    calls (one in the look-back); returns (number, domain)."""
    me, dom = c.num(500000), f"tuan{c.ns}.cn"
    c.sub(me, age_days=1500)
    c.sms(me, 60, lambda i: f"{text}https://x{i}q{c.ns}.{dom}/g/")
    c.call(HIST, c.num(700001), me, 120)  # a friend's call it answered in the look-back
    c.call(DAY + timedelta(hours=3), c.num(700002), me, 240)
    return me, dom


def other_sender(c: Case, dom: str, age_days: int) -> str:
    """A personal card opened ``age_days`` ago texting 40 people a fresh sub-domain of ``dom`` each, no calls."""
    me = c.num(500001)
    c.sub(me, age_days=age_days)
    c.sms(me, 40, lambda i: f"【团长】今晚截单，点此下单 https://y{i}q{c.ns}.{dom}/g/", t0=DAY + timedelta(hours=1))
    return me


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


def test_domain_led_by_own_phones_is_not_blocked(results):
    nums, alerts, actions = results
    assert actions.get(nums["led_dom"]) in (None, "review")
    assert actions.get(nums["led_own"]) in (None, "review")
    # the phone that answered nobody is still judged on its own texts: a fresh sub-domain per text
    assert actions[nums["led_other"]] == "block"


def test_domain_an_own_phone_shares_with_a_new_card_is_blocked(results):
    nums, alerts, actions = results
    assert actions[nums["cat_dom"]] == "block_domain"
