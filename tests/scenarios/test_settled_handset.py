"""A settled shared phone (f_imei_sims.settled): a crew's phone whose old cards called from it every day of the look-back.

Three people's cards of several years share one phone and each dials strangers today: calls.card_on_fraud_handset v4
spares them and catpool.shared_fraud_handset only reviews the phone, as does catpool.rt_multi_sim_device v6 (three
SIMs, all cards of a year or more, as its real-time rule); three fresh cards in a phone that never carried them (a
gang's handset taking cards) are still suspended. A business owner's phone with three of their own cards, each half a
year old or more (f_device_reach.own_cards), is settled whatever the look-back, and so is one with a card of ten
years beside cards of two and eight months; a gang member's three fresh cards in one phone are not, nor are two fresh
ones beside the member's own card of years.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import DAY, Case, ingest_records

CARD = "calls.card_on_fraud_handset"
PHONE = "catpool.shared_fraud_handset"
MULTI = "catpool.rt_multi_sim_device"


def _phone(c: Case, imei: str, settled: bool) -> list[str]:
    """Three cards of three holders dialling 15 strangers each from ``imei`` today; ``settled``: the cards are years
    old and each called a friend from this phone on every day of the look-back."""
    cards = []
    for k in range(3):
        me = c.caller(n=15, answered=0.35, imei=imei, cell=f"field{c.ns}", age_days=1500 if settled else 40,
                      id_key=f"id_{c.ns:03d}_{k}", msisdn=c.num(100000 + k), history=True)
        if settled:
            for d in range(1, 7):
                c.call(DAY - timedelta(days=d), me, c.num(990100 + k), 120, caller_imei=imei,
                       caller_imsi=f"4600{me[-11:]}")
        cards.append(me)
    return cards


def _own_phone(c: Case, imei: str, ages: tuple[int, ...]) -> list[str]:
    """Cards of one holder, of the given ages, in ``imei``, each dialling 15 new people today; no look-back."""
    return [c.caller(n=15, answered=0.35, imei=imei, cell=f"office{c.ns}", age_days=age, id_key=f"id_{c.ns:03d}",
                     msisdn=c.num(100000 + k), history=True) for k, age in enumerate(ages)]


@pytest.fixture(scope="module")
def hits(tmp_path_factory):
    records: dict[str, list[dict]] = {}
    crew = _phone(Case(1, records), "351001000000001", settled=True)
    gang = _phone(Case(2, records), "351002000000002", settled=False)
    owner = _own_phone(Case(3, records), "351003000000003", (200, 300, 800))
    member = _own_phone(Case(4, records), "351004000000004", (20, 40, 60))
    kept = _own_phone(Case(5, records), "351005000000005", (60, 240, 3650))
    beside = _own_phone(Case(6, records), "351006000000006", (10, 20, 2000))
    wh = ingest_records(records, tmp_path_factory.mktemp("data"), tmp_path_factory.mktemp("wh"))
    detect(wh, Registry.load(), only=[CARD, PHONE, MULTI])
    con = wh.connect()
    got = {(s, e): a for s, e, a in con.execute(
        f"SELECT scenario, entity, action FROM alerts WHERE CAST(window_start AS DATE) = DATE '{DAY.date()}'").fetchall()}
    con.close()
    return crew, gang, got, owner, member, kept, beside


def test_crew_phone_cards_are_spared_and_the_phone_only_reviewed(hits):
    crew, _, got, *_ = hits
    assert not [m for m in crew if (CARD, m) in got]
    assert got[(PHONE, "351001000000001")] == "review"
    assert got[(MULTI, "351001000000001")] == "review"


def test_gang_handset_with_fresh_cards_is_still_suspended(hits):
    _, gang, got, *_ = hits
    assert all(got.get((CARD, m)) == "suspend_and_reverify" for m in gang)
    assert got[(PHONE, "351002000000002")] == "suspend_and_reverify"
    assert got[(MULTI, "351002000000002")] == "suspend_and_reverify"


def test_owners_own_old_cards_are_spared_and_the_phone_only_reviewed(hits):
    _, _, got, owner, *_ = hits
    assert not [m for m in owner if (CARD, m) in got]
    assert got[(PHONE, "351003000000003")] == "review"
    assert got[(MULTI, "351003000000003")] == "review"


def test_members_fresh_cards_of_one_id_are_still_suspended(hits):
    _, _, got, _, member, *_ = hits
    assert all(got.get((CARD, m)) == "suspend_and_reverify" for m in member)
    assert got[(PHONE, "351004000000004")] == "suspend_and_reverify"
    assert got[(MULTI, "351004000000004")] == "suspend_and_reverify"


def test_owners_long_kept_number_beside_younger_cards_is_spared_and_the_phone_only_reviewed(hits):
    _, _, got, *_, kept, _ = hits
    assert not [m for m in kept if (CARD, m) in got]
    assert got[(PHONE, "351005000000005")] == "review"
    assert got[(MULTI, "351005000000005")] == "review"


def test_fresh_cards_beside_a_members_own_old_number_are_still_suspended(hits):
    _, _, got, *_, beside = hits
    assert all(got.get((CARD, m)) == "suspend_and_reverify" for m in beside)
    assert got[(PHONE, "351006000000006")] == "suspend_and_reverify"
    assert got[(MULTI, "351006000000006")] == "suspend_and_reverify"
