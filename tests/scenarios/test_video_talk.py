"""Face-swap video calls are mostly cut short; a family's video chats run long (emerging.stranger_video_calls v6);
long calls after which a person paid an account that relays the money are impersonation all the same (v7)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import DAY, HIST, Case, ingest_records

VIDEO, NEW_CARD = "emerging.stranger_video_calls", "emerging.rt_video_new_card"


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    records: dict[str, list[dict]] = {}
    # two 10-day-old cards video-calling eight people nobody knows: 40-second calls, and five-minute chats
    short = Case(1, records).caller(n=8, answered=0.6, video=1.0, age_days=10, history=True)
    long = Case(2, records).caller(n=8, answered=0.6, video=1.0, age_days=10, history=True, dur=300)
    # short calls today, but the card's look-back calls ran long: the look-back counts too (8 long against 5 short)
    c3 = Case(3, records)
    mixed = c3.caller(n=8, answered=0.6, video=1.0, age_days=10, history=True)
    for i in range(8):
        c3.call(HIST + timedelta(hours=i), mixed, c3.num(500000 + i), 300, media="video")
    # five-minute chats, after one of which the person paid 8,000 CNY to an account that passed it on at once
    # (paid_relay), or to a shop that keeps it (paid_shop)
    paid = {kind: _long_caller_then_payment(Case(n, records), relay) for n, kind, relay in
            [(4, "paid_relay", True), (5, "paid_shop", False)]}
    wh = ingest_records(records, tmp_path_factory.mktemp("data"), tmp_path_factory.mktemp("wh"))
    detect(wh, Registry.load(), only=[VIDEO, NEW_CARD])
    con = wh.connect()
    day = f"CAST(window_start AS DATE) = DATE '{DAY.date()}'"
    alerts = {(s, e): sc for s, e, sc in con.execute(f"SELECT scenario, entity, score FROM alerts WHERE {day}").fetchall()}
    actions = dict(con.execute(f"SELECT entity, action FROM scores WHERE {day}").fetchall())
    con.close()
    return {"short": short, "long": long, "mixed": mixed, **paid}, alerts, actions


def _long_caller_then_payment(c: Case, relay: bool) -> str:
    fr = c.caller(n=8, answered=0.6, video=1.0, age_days=10, history=True, dur=300)
    me, t = c.num(700000), DAY + timedelta(hours=5)
    c.sub(me)
    c.call(t, fr, me, 300, media="video")
    mine, payee = c.acct(500), c.acct(501)
    c.account(mine, 2000, msisdn=me)
    c.account(payee, 20 if relay else 900)
    c.transfer(t + timedelta(minutes=40), mine, payee, 8000, who=me)
    for i in range(3 if relay else 0):
        c.account(c.acct(510 + i), 20)
        c.transfer(t + timedelta(minutes=50 + i), payee, c.acct(510 + i), 2600)
    return fr


def test_short_video_calls_to_strangers_score_as_impersonation(results):
    nums, alerts, actions = results
    assert alerts[(VIDEO, nums["short"])] == pytest.approx(0.9)
    assert actions[nums["short"]] not in (None, "review")


def test_long_video_chats_are_reviewed_not_acted_on(results):
    nums, alerts, actions = results
    assert alerts[(VIDEO, nums["long"])] == pytest.approx(0.6)  # still listed, with its evidence
    assert actions[nums["long"]] == "review"


def test_the_look_back_counts_toward_how_long_a_card_talks(results):
    nums, alerts, actions = results
    assert alerts[(VIDEO, nums["mixed"])] == pytest.approx(0.6)
    assert actions[nums["mixed"]] == "review"


def test_long_video_calls_followed_by_a_payment_to_a_relay_are_impersonation(results):
    nums, alerts, actions = results
    assert alerts[(VIDEO, nums["paid_relay"])] == pytest.approx(0.9)
    assert actions[nums["paid_relay"]] not in (None, "review")
    # a payment to an account that keeps the money confirms nothing
    assert alerts[(VIDEO, nums["paid_shop"])] == pytest.approx(0.6)
    assert actions[nums["paid_shop"]] == "review"
