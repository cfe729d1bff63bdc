"""One person's established cards moved between their phones (f_imei_sims.own_rotation): a merchant puts one of the
three old cards in his name into his phone each day and calls new customers from it. catpool.rotating_fraud_handset
only reviews the phone and calls.card_on_gang_handset spares the card; the same rotation of a seller's batch of
month-old cards on one ID (a gang passing bought cards round a handset) is still suspended. Likewise with two phones:
catpool.moved_fraud_card_handsets only reviews the phones a merchant's old card moved between, and still suspends
those a seller's month-old card moved between."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.scenarios.library.builders import DAY, Case, detect_day

PHONE = "catpool.rotating_fraud_handset"
CARD = "calls.card_on_gang_handset"
MOVED = "catpool.moved_fraud_card_handsets"


def _rotation(c: Case, imei: str, age_days: int) -> str:
    """Three cards of one ID, each calling 12 new people from ``imei`` on its own day (three days ago, two days ago,
    today); returns today's card."""
    cards = []
    for k, days_ago in enumerate((3, 2, 0)):
        cards.append(c.caller(n=12, imei=imei, age_days=age_days, id_key=f"id_{c.ns:03d}", msisdn=c.num(100000 + k),
                              day=DAY - timedelta(days=days_ago), history=True))
    return cards[-1]


def _two_phones(c: Case, phones: tuple[str, str], age_days: int) -> None:
    """Three cards of one ID moving between two phones: each calls 16 new people (a fraud card's list dialling)
    from the first phone on one day and from the second on a later one (the last of them today)."""
    for k, (first, second) in enumerate(((4, 3), (3, 1), (2, 0))):
        me = c.caller(n=16, imei=phones[0], age_days=age_days, id_key=f"id_{c.ns:03d}", msisdn=c.num(100000 + k),
                      day=DAY - timedelta(days=first), history=True)
        c.caller(n=16, imei=phones[1], msisdn=me, day=DAY - timedelta(days=second), subscriber=False)


@pytest.fixture(scope="module")
def got(tmp_path_factory):
    records: dict[str, list[dict]] = {}
    merchant = _rotation(Case(1, records), "352001000000001", age_days=900)
    gang = _rotation(Case(2, records), "352002000000002", age_days=30)
    _two_phones(Case(3, records), ("352003000000031", "352003000000032"), age_days=900)
    _two_phones(Case(4, records), ("352004000000041", "352004000000042"), age_days=30)
    alerts, _ = detect_day(records, tmp_path_factory.mktemp("run"), only=[PHONE, CARD, MOVED])
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


def test_phones_a_merchants_own_card_moved_between_are_only_reviewed(got):
    _, _, rows = got
    assert rows[(MOVED, "352003000000031")] == "review"
    assert rows[(MOVED, "352003000000032")] == "review"


def test_phones_a_sellers_card_moved_between_are_still_suspended(got):
    _, _, rows = got
    assert rows[(MOVED, "352004000000041")] == "suspend_and_reverify"
    assert rows[(MOVED, "352004000000042")] == "suspend_and_reverify"
