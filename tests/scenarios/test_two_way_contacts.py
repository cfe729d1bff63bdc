"""People a card reaches and who reach it back, on answered calls on two or more days, one before the window
(f_msisdn.two_way_contacts), make it a person's phone: a salesperson or collector working strangers from their own card
earns a review from the stranger-dialling scenarios, not an action. Contacts of one day only (a victim ringing back),
two of them, or this operator's cards opened lately (a gang's fresh cards ringing each other) leave the actions."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import DAY, HIST, Case, ingest_records

FAMILY = ["calls.fanout_low_callback", "calls.stranger_dialling", "calls.rt_burst_unanswered",
          "calls.rt_new_card_fanout"]


def _working_card(c: Case, contacts: int, same_day: bool = False, partner_age_days: int = 900) -> str:
    """A card of 30 days dialling 50 strangers from one cell, 35 % answered, nobody calling back; it rang each of
    ``contacts`` people (cards of ``partner_age_days``) a day before HIST and they rang it at HIST (both the same day
    with ``same_day``), answered both ways."""
    me = c.caller(n=50, answered=0.35, age_days=30, history=True)
    for k in range(contacts):
        friend = c.num(700000 + k)
        c.sub(friend, age_days=partner_age_days)
        c.call(HIST - (timedelta(hours=1) if same_day else timedelta(days=1)) + timedelta(minutes=k), me, friend, 120)
        c.call(HIST + timedelta(minutes=k), friend, me, 200)
    return me


@pytest.fixture(scope="module")
def flagged(tmp_path_factory):
    records: dict[str, list[dict]] = {}
    cases = {
        "keeps_in_touch": _working_card(Case(1, records), contacts=3),
        "two_contacts": _working_card(Case(2, records), contacts=2),
        "same_day": _working_card(Case(3, records), contacts=3, same_day=True),
        "fresh_partners": _working_card(Case(4, records), contacts=3, partner_age_days=20),
    }
    wh = ingest_records(records, tmp_path_factory.mktemp("data"), tmp_path_factory.mktemp("wh"))
    detect(wh, Registry.load(), only=FAMILY)
    con = wh.connect()
    day = f"CAST(window_start AS DATE) = DATE '{DAY.date()}'"
    rows = con.execute(f"SELECT scenario, entity, json_merge_patch(evidence, json_object('action', action)) "
                       f"FROM alerts WHERE {day}").fetchall()
    acts = dict(con.execute(f"SELECT entity, action FROM scores WHERE {day}").fetchall())
    con.close()
    return {name: ({sid: json.loads(ev) for sid, e, ev in rows if e == num}, acts.get(num))
            for name, num in cases.items()}


def test_a_card_that_keeps_in_touch_earns_a_review(flagged):
    hits, action = flagged["keeps_in_touch"]
    assert set(hits) == set(FAMILY)  # still explained by every scenario of the pattern
    assert {sid: (h["action"], h["two_way_contacts"]) for sid, h in hits.items()} == \
        {sid: ("review", 3) for sid in FAMILY}
    assert action == "review"


@pytest.mark.parametrize("case", ["two_contacts", "same_day", "fresh_partners"])
def test_too_few_or_too_fresh_contacts_leave_the_action(flagged, case):
    hits, action = flagged[case]
    assert set(hits) == set(FAMILY)
    assert hits["calls.fanout_low_callback"]["action"] == "suspend_and_reverify"
    assert hits["calls.fanout_low_callback"]["two_way_contacts"] == (2 if case == "two_contacts" else 0)
    assert action not in (None, "review")
