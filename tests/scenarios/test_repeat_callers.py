"""People who reach a number on answered calls on two or more days (f_msisdn.repeat_callers_in) make it somebody's
phone: a job hunter's new card dialling strangers, with family who keep calling it, is not a stranger-dialling card;
callers on one day only, one such caller, or calls nobody answered leave the card's signals as they were."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import DAY, HIST, Case, ingest_records

STRANGER = "calls.stranger_dialling"
NEW_CARD = "calls.rt_new_card_fanout"


def _new_card(c: Case, callers: int, days: tuple[int, ...], dur: int = 90) -> str:
    """A card opened five days ago dialling 30 strangers from one cell, 35 % answered, none calling back; ``callers``
    other numbers call it (for ``dur`` seconds, 0: unanswered) on each of ``days`` (0: the window, 1: the look-back
    day HIST), in the window's afternoon or HIST's evening."""
    me = c.caller(n=30, answered=0.35, age_days=5, history=True)
    for k in range(callers):
        friend = c.num(700000 + k)
        c.sub(friend, age_days=900)
        for d in days:
            t = DAY + timedelta(hours=8, minutes=k) if d == 0 else HIST + timedelta(hours=9, minutes=k)
            c.call(t, friend, me, dur)
    return me


@pytest.fixture(scope="module")
def flagged(tmp_path_factory):
    records: dict[str, list[dict]] = {}
    cases = {
        "family_two_days": _new_card(Case(1, records), callers=2, days=(0, 1)),
        "callers_one_day": _new_card(Case(2, records), callers=2, days=(0,)),
        "one_repeat_caller": _new_card(Case(3, records), callers=1, days=(0, 1)),
        "unanswered_two_days": _new_card(Case(4, records), callers=2, days=(0, 1), dur=0),
    }
    wh = ingest_records(records, tmp_path_factory.mktemp("data"), tmp_path_factory.mktemp("wh"))
    detect(wh, Registry.load(), only=[STRANGER, NEW_CARD])
    con = wh.connect()
    rows = con.execute(f"SELECT scenario, entity, json_merge_patch(evidence, json_object('action', action)) FROM alerts "
                       f"WHERE CAST(window_start AS DATE) = DATE '{DAY.date()}'").fetchall()
    con.close()
    return {name: {sid: json.loads(ev) for sid, e, ev in rows if e == num} for name, num in cases.items()}


def test_a_new_card_its_family_keeps_calling_is_no_stranger_dialler(flagged):
    # the no-call-back signal is gone: five of six signals, a review, and no new-card warning
    assert set(flagged["family_two_days"]) == {STRANGER}
    hit = flagged["family_two_days"][STRANGER]
    assert (hit["action"], hit["stranger_points"], hit["repeat_callers_in"]) == ("review", 5, 2)


def test_callers_on_the_window_day_only_do_not_spare_the_card(flagged):
    assert set(flagged["callers_one_day"]) == {STRANGER, NEW_CARD}
    hit = flagged["callers_one_day"][STRANGER]
    assert (hit["action"], hit["stranger_points"], hit["repeat_callers_in"]) == ("suspend_and_reverify", 6, 0)


def test_one_caller_on_two_days_does_not_spare_the_card(flagged):
    assert set(flagged["one_repeat_caller"]) == {STRANGER, NEW_CARD}
    assert flagged["one_repeat_caller"][NEW_CARD]["repeat_callers_in"] == 1


def test_unanswered_calls_in_do_not_spare_the_card(flagged):
    assert set(flagged["unanswered_two_days"]) == {STRANGER, NEW_CARD}
    assert flagged["unanswered_two_days"][STRANGER]["stranger_points"] == 6
