"""One person's established cards moved between their phones (f_imei_sims.own_rotation): a merchant puts one of the
three old cards in his name into his phone each day and calls new customers from it. catpool.rotating_fraud_handset
only reviews the phone and calls.card_on_gang_handset spares the card; the same rotation of a seller's batch of
month-old cards on one ID (a gang passing bought cards round a handset) is still suspended."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.scenarios.library.builders import DAY, Case, detect_day

PHONE = "catpool.rotating_fraud_handset"
CARD = "calls.card_on_gang_handset"


def _rotation(c: Case, imei: str, age_days: int) -> str:
    """Three cards of one ID, each calling 12 new people from ``imei`` on its own day (three days ago, two days ago,
    today); returns today's card."""
    cards = []
    for k, days_ago in enumerate((3, 2, 0)):
        cards.append(c.caller(n=12, imei=imei, age_days=age_days, id_key=f"id_{c.ns:03d}", msisdn=c.num(100000 + k),
                              day=DAY - timedelta(days=days_ago), history=True))
    return cards[-1]


@pytest.fixture(scope="module")
def got(tmp_path_factory):
    records: dict[str, list[dict]] = {}
    merchant = _rotation(Case(1, records), "352001000000001", age_days=900)
    gang = _rotation(Case(2, records), "352002000000002", age_days=30)
    alerts, _ = detect_day(records, tmp_path_factory.mktemp("run"), only=[PHONE, CARD])
    rows = {(s, e): a for s, e, a in alerts}
    return merchant, gang, rows


def test_merchants_own_cards_rotating_are_only_reviewed(got):
    merchant, _, rows = got
    assert rows[(PHONE, "352001000000001")] == "review"
    assert (CARD, merchant) not in rows


def test_a_sellers_batch_rotating_in_a_handset_is_still_suspended(got):
    _, gang, rows = got
    assert rows[(PHONE, "352002000000002")] == "suspend_and_reverify"
    assert rows[(CARD, gang)] == "suspend_and_reverify"
