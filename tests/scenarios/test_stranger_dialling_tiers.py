"""calls.stranger_dialling: how the card signal and the score depend on the card being in steady use."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import DAY, Case, ingest_records
from tests.scenarios.library.patterns import steady

SID = "calls.stranger_dialling"


@pytest.fixture(scope="module")
def hits(tmp_path_factory):
    records: dict[str, list[dict]] = {}
    cases = {}
    c = Case(1, records)  # a fraud card bought lately: new, first used in the window
    cases["new_fraud_card"] = c.caller(n=40, history=True)
    c = Case(2, records)  # a card of 900 days that woke up two days ago (a sleeping card at work)
    me = c.caller(n=40, age_days=900, history=True)
    for d in (1, 2):
        for i in range(20):
            c.call(DAY - timedelta(days=d, minutes=-i), me, c.num(400000 + 100 * d + i), 0)
    cases["woken_old_card"] = me
    c = Case(3, records)  # sales staff on an old card in steady use: five signals, no card signal
    me = c.caller(n=40, age_days=900, history=True)
    steady(c, me)
    cases["steady_old_card"] = me
    c = Case(4, records)  # the same on a 108-day card: its age is no card signal when in steady use
    me = c.caller(n=40, age_days=108, history=True)
    steady(c, me)
    cases["steady_new_card"] = me
    c = Case(5, records)  # a 108-day card silent on the first days of the look-back: not in steady use
    me = c.caller(n=40, age_days=108, history=True)
    steady(c, me, [1, 2, 3])
    cases["recent_new_card"] = me
    c = Case(6, records)  # in steady use, but its holder has nine cards: a risky holder stays a card signal
    me = c.caller(n=40, age_days=900, history=True, id_key="id_many")
    for i in range(8):
        c.sub(c.num(500 + i), "id_many")
    steady(c, me)
    cases["steady_risky_holder"] = me
    c = Case(9, records)  # a 20-day-old card using data: five signals with the card signal
    cases["new_card_with_data"] = c.caller(n=40, data=4, age_days=20, history=True)
    # foreign numbers with no subscriber record calling 20 people here through an international gateway: one of
    # Myanmar (a den across the border), one of the United Kingdom
    for ns, num in ((7, "959" + "7" * 8 + "01"), (8, "447" + "7" * 8 + "01")):
        cases[f"foreign_{num[:2]}"] = Case(ns, records).caller(n=20, history=True, msisdn=num, subscriber=False,
                                                               line="intl_in", gateway="IGW1")
    wh = ingest_records(records, tmp_path_factory.mktemp("data"), tmp_path_factory.mktemp("wh"))
    detect(wh, Registry.load(), only=[SID])
    con = wh.connect()
    rows = con.execute(
        "SELECT a.entity, a.score, a.evidence, s.action, a.action FROM alerts a "
        "JOIN scores s USING (entity_type, entity, window_start) "
        f"WHERE a.scenario = '{SID}' AND CAST(a.window_start AS DATE) = DATE '{DAY.date().isoformat()}'"
    ).fetchall()
    con.close()
    got = {e: (score, json.loads(ev), action) for e, score, ev, action, _ in rows}
    suggested = {e: hit_action for e, _, _, _, hit_action in rows}
    out = {name: got.get(num) for name, num in cases.items()}
    out["suggested"] = {name: suggested.get(num) for name, num in cases.items()}
    return out


def test_new_fraud_card_scores_six_signals(hits):
    score, ev, action = hits["new_fraud_card"]
    assert score == 0.9 and ev["stranger_points"] == 6 and ev["active_days_before"] == 0
    assert action not in (None, "review")


def test_card_woken_lately_keeps_the_five_signal_score(hits):
    score, ev, _ = hits["woken_old_card"]
    assert score == 0.7 and ev["stranger_points"] == 5 and ev["active_days_before"] == 2 and ev["history_days"] == 6


def test_old_card_in_steady_use_earns_a_review_at_most(hits):
    score, ev, action = hits["steady_old_card"]
    assert score == 0.5 and ev["stranger_points"] == 5 and ev["active_days_before"] == ev["history_days"] == 6
    assert action in (None, "review")


def test_card_age_is_no_card_signal_for_a_card_in_steady_use(hits):
    score, ev, action = hits["steady_new_card"]  # six signals before, five without the card's age
    assert score == 0.5 and ev["stranger_points"] == 5 and ev["card_age_days"] == 108
    assert action in (None, "review")


def test_new_card_not_in_steady_use_keeps_the_card_signal(hits):
    score, ev, action = hits["recent_new_card"]
    assert score == 0.9 and ev["stranger_points"] == 6 and ev["active_days_before"] == 3
    assert action not in (None, "review")


def test_risky_holder_stays_a_card_signal_in_steady_use(hits):
    score, ev, _ = hits["steady_risky_holder"]
    assert score == 0.9 and ev["stranger_points"] == 6 and ev["holder_cards"] == 9


def test_a_number_of_a_high_risk_country_calling_in_has_the_card_signal(hits):
    score, ev, action = hits["foreign_95"]
    assert score == 0.9 and ev["stranger_points"] == 6 and ev["card_age_days"] is None
    assert action not in (None, "review")


def test_other_foreign_numbers_have_no_card_facts_to_score(hits):
    score, ev, action = hits["foreign_44"]
    assert score == 0.7 and ev["stranger_points"] == 5
    assert action in (None, "review")


def test_five_signals_with_the_card_signal_earn_a_review_alone(hits):
    score, ev, action = hits["new_card_with_data"]
    assert score == 0.75 and ev["stranger_points"] == 5 and ev["data_sessions"] == 4
    assert action in (None, "review")


def test_only_six_signals_suggest_more_than_a_review(hits):
    """v13: the hit's own suggested action (alerts.action): five signals, with or without the card signal, suggest a
    review, so review-level hits of other scenarios cannot lift them to an action; six suggest re-verification."""
    assert hits["suggested"]["new_fraud_card"] == "suspend_and_reverify"
    assert hits["suggested"]["new_card_with_data"] == "review"
    assert hits["suggested"]["woken_old_card"] == "review"
    # a foreign number calling in has no card facts to show a sixth signal: five keep the suggestion
    assert hits["suggested"]["foreign_95"] == "suspend_and_reverify"
    assert hits["suggested"]["foreign_44"] == "suspend_and_reverify"
