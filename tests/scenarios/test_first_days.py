"""Scenarios on the data's first days, when no look-back can show a line in steady use or a known contact."""

from __future__ import annotations

from datetime import timedelta

import pytest

from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import DAY, Case, ingest_records

BURST, ROAMING, STRANGER = "calls.rt_burst_unanswered", "calls.rt_high_risk_roaming_new_card", "calls.stranger_dialling"
VIDEO = "emerging.stranger_video_calls"
OWN_ID = "cards.id_own_new_fraud_card"


def _worked_both_days_before(c: Case, me: str, same_handset: bool = True) -> str:
    """``me`` calls a customer on each of the two days before the window (the data begin two days before it), from
    the handset it dials from in the window (or, ``same_handset`` false, from another)."""
    imei = next(r["caller_imei"] for r in c.r["voice"] if r["caller"] == me and r.get("caller_imei"))
    for d in (1, 2):
        c.call(DAY - timedelta(days=d), me, c.num(990100 + d), 120,
               caller_imei=imei if same_handset else f"99{c.ns:03d}0000000001")
    return me


@pytest.fixture(scope="module")
def flagged(tmp_path_factory):
    records: dict[str, list[dict]] = {}
    cases = {
        # an insurance agent's 600-day-old card: half unanswered, two cells, two data sessions (v7 warned it)
        "old_sales_card": Case(1, records).caller(n=45, answered=0.45, cells=2, data=2, age_days=600),
        # a lent 600-day-old card in a den: mostly unanswered, one cell, no data session
        "old_den_card": Case(2, records).caller(n=45, answered=0.25, cells=1, age_days=600),
        # a 28-day-old card from two cells with data: a new card still acts on the first day
        "new_card": Case(3, records).caller(n=45, answered=0.25, cells=2, data=2, age_days=28),
        # a traveller in Cambodia on a 60-day-old card video-calling five relatives (v4 blocked him)
        "traveller": Case(4, records).caller(n=5, answered=0.8, video=0.6, roaming="KH", age_days=60),
        # a 20-day-old card in Cambodia dialling 30 strangers
        "roaming_fraud_card": Case(5, records).caller(n=30, answered=0.25, roaming="KH", age_days=20),
    }
    # the data's third day: a 107-day-old sales line at work on both days of the look-back, one office cell, no
    # data session (v7 warned it: its age counted as a new card's), and a card opened the day the data began
    c6, c7 = Case(6, records), Case(7, records)
    cases["sales_line_third_day"] = _worked_both_days_before(c6, c6.caller(n=40, answered=0.4, age_days=107))
    cases["card_new_in_the_data"] = _worked_both_days_before(c7, c7.caller(n=40, answered=0.4, age_days=2))
    # the IDs behind those two cards (each the ID's only card), and a gang member's 107-day-old card that worked on
    # both days before from another of the gang's handsets
    cases["sales_line_third_day_id"] = f"id_006_{cases['sales_line_third_day'][-6:]}"
    cases["card_new_in_the_data_id"] = f"id_007_{cases['card_new_in_the_data'][-6:]}"
    c12 = Case(12, records)
    moved = _worked_both_days_before(c12, c12.caller(n=40, answered=0.4, age_days=107), same_handset=False)
    cases["card_moved_handset_id"] = f"id_012_{moved[-6:]}"
    # a worker abroad (a foreign number) video-calling three relatives, and a card video-calling six strangers
    cases["worker_abroad_video"] = Case(10, records).caller(n=3, answered=1.0, video=1.0, subscriber=False,
                                                            msisdn="60941042309", line="intl_in", gateway="IGW1")
    cases["video_list"] = Case(11, records).caller(n=6, answered=0.8, video=1.0, age_days=10)
    wh = ingest_records(records, tmp_path_factory.mktemp("data"), tmp_path_factory.mktemp("wh"))
    detect(wh, Registry.load(), only=[BURST, ROAMING, STRANGER, VIDEO, OWN_ID])
    con = wh.connect()
    hits = set(con.execute(f"SELECT scenario, entity FROM alerts WHERE CAST(window_start AS DATE) = DATE '{DAY.date()}'").fetchall())
    con.close()
    return {name: {sid for sid, e in hits if e == num} for name, num in cases.items()}


def test_an_old_card_moving_and_using_data_is_spared_without_a_look_back(flagged):
    assert BURST not in flagged["old_sales_card"]


def test_an_old_card_static_without_data_and_a_new_card_still_act(flagged):
    assert BURST in flagged["old_den_card"]
    assert BURST in flagged["new_card"]


def test_a_traveller_calling_a_few_people_abroad_is_spared_without_a_look_back(flagged):
    assert ROAMING not in flagged["traveller"]
    assert ROAMING in flagged["roaming_fraud_card"]


@pytest.fixture(scope="module")
def first_day(tmp_path_factory):
    """The data's very first day: no look-back at all."""
    records: dict[str, list[dict]] = {}
    cases = {
        # an insurance agent's 56-day-old card in one office cell dialling 50 strangers: with no look-back its age
        # is no sign of a card bought for the job (v8 warned it); a card opened 10 days before still acts
        "months_old_sales_card": Case(1, records).caller(n=50, answered=0.5, age_days=56),
        "card_bought_lately": Case(2, records).caller(n=50, answered=0.5, age_days=10),
    }
    wh = ingest_records(records, tmp_path_factory.mktemp("data"), tmp_path_factory.mktemp("wh"))
    detect(wh, Registry.load(), only=[STRANGER])
    con = wh.connect()
    hits = con.execute("SELECT entity, evidence FROM alerts").fetchall()
    con.close()
    assert all('"history_days":0' in ev for _, ev in hits)
    return {name: {e for e, _ in hits if e == num} for name, num in cases.items()}


def test_without_a_look_back_only_a_card_opened_lately_counts_as_new(first_day):
    assert not first_day["months_old_sales_card"]
    assert first_day["card_bought_lately"]


def test_a_line_at_work_since_the_data_began_is_not_taken_for_a_new_card(flagged):
    assert STRANGER not in flagged["sales_line_third_day"]
    assert STRANGER in flagged["card_new_in_the_data"]


def test_the_id_of_a_line_at_work_since_the_data_began_is_not_punished(flagged):
    """cards.id_own_new_fraud_card v5: v4 punished the IDs of recruiters whose work cards were weeks old on the data's
    second and third days."""
    assert OWN_ID not in flagged["sales_line_third_day_id"]
    assert OWN_ID in flagged["card_new_in_the_data_id"]
    assert OWN_ID in flagged["card_moved_handset_id"]  # a gang's card moves between the gang's handsets


def test_a_few_video_calls_abroad_are_no_list_while_the_look_back_is_short(flagged):
    assert VIDEO not in flagged["worker_abroad_video"]
    assert VIDEO in flagged["video_list"]
