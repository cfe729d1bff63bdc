"""A new work number its holder carries next to their own phone (f_msisdn.holder_carried) is spared by the
stranger-dialling family; a card sold to a gang, or a gang member's several fresh cards, still act."""

from __future__ import annotations

from datetime import timedelta

import pytest

from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import DAY, Case, ingest_records

STRANGER = "calls.stranger_dialling"
FAMILY = [STRANGER, "calls.new_card_burst", "calls.low_answer_rate", "calls.fanout_low_callback",
          "calls.short_unanswered_burst", "calls.static_heavy_caller", "calls.rt_burst_unanswered",
          "calls.rt_new_card_fanout"]


def _own_phone(c: Case, id_key: str, imei: str, cell: str, hours: tuple[int, ...] = (0, 1, 2)) -> str:
    """The holder's established card (400 days old) on ``imei``: a data session in ``cell`` at each of ``hours``
    after the window's 09:00."""
    me = c.num(800001)
    c.sub(me, id_key=id_key, age_days=400)
    for h in hours:
        c.device(DAY + timedelta(hours=h, minutes=5), me, imei, cell, "data_session", "30000")
    return me


def _work_card(c: Case, id_key: str, imei: str, cell: str, k: int = 0) -> str:
    """A card opened five days ago in ``id_key``'s name dialling 30 strangers from ``imei`` in ``cell``, 35 %
    answered, none calling back (09:00-10:30)."""
    return c.caller(n=30, answered=0.35, age_days=5, imei=imei, id_key=id_key, history=True, cell=cell,
                    msisdn=c.num(810000 + k))


@pytest.fixture(scope="module")
def flagged(tmp_path_factory):
    records: dict[str, list[dict]] = {}
    cases = {}
    # a tour guide: the new card in the dual-SIM phone of the guide's own card
    c = Case(1, records)
    _own_phone(c, "id_guide", "860000000000011", "cellG")
    cases["guide_dual_sim"] = _work_card(c, "id_guide", "860000000000011", "cellG")
    # an insurance agent: the new card on a second phone, in the office cell where the agent's own phone is
    c = Case(2, records)
    _own_phone(c, "id_agent", "860000000000021", "cellS")
    cases["agent_second_phone"] = _work_card(c, "id_agent", "860000000000022", "cellS")
    # an agent whose own phone shows up only at 07:00 and 21:00, in the cell the work card dials from all day
    c = Case(5, records)
    _own_phone(c, "id_agent2", "860000000000051", "cellT", hours=(-2, 12))
    cases["agent_same_cell_other_hours"] = _work_card(c, "id_agent2", "860000000000052", "cellT")
    # a card sold to a gang: it dials from the den while its seller's own phone is at home
    c = Case(3, records)
    _own_phone(c, "id_seller", "860000000000031", "cellHome")
    cases["sold_card"] = _work_card(c, "id_seller", "860000000000032", "cellDen")
    # a gang member dialling from two fresh cards in his own name next to his own phone
    c = Case(4, records)
    _own_phone(c, "id_member", "860000000000041", "cellD")
    cases["member_card_1"] = _work_card(c, "id_member", "860000000000042", "cellD", k=1)
    cases["member_card_2"] = _work_card(c, "id_member", "860000000000043", "cellD", k=2)
    wh = ingest_records(records, tmp_path_factory.mktemp("data"), tmp_path_factory.mktemp("wh"))
    detect(wh, Registry.load(), only=FAMILY)
    con = wh.connect()
    hits = set(con.execute(f"SELECT scenario, entity FROM alerts WHERE CAST(window_start AS DATE) = DATE '{DAY.date()}'").fetchall())
    con.close()
    return {name: {sid for sid, e in hits if e == num} for name, num in cases.items()}


def test_a_work_number_in_the_holders_own_phone_is_spared(flagged):
    assert flagged["guide_dual_sim"] == set()


def test_a_work_number_next_to_the_holders_own_phone_is_spared(flagged):
    assert flagged["agent_second_phone"] == set()


def test_a_work_number_in_the_cell_of_the_holders_phone_is_spared(flagged):
    assert flagged["agent_same_cell_other_hours"] == set()


def test_a_card_away_from_its_holders_phone_still_acts(flagged):
    assert STRANGER in flagged["sold_card"]


def test_a_holder_with_several_fresh_cards_is_no_one_work_number(flagged):
    assert STRANGER in flagged["member_card_1"]
    assert STRANGER in flagged["member_card_2"]
