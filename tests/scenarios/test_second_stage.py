"""Second-stage scenarios: a handset or an ID is acted on for a card only when the card itself is acted on.

catpool.fraud_card_handset v9 reads ``window_actions`` (the entity-level actions of the first-stage scenarios in the
window), cards.id_own_new_fraud_card v9 ``window_late_actions`` (those of the second stage too): a new card dialling
strangers with all six signals and a police report is blocked, so its handset is suspended and its holder's ID
punished; with the six signals alone its callees are warned, its handset is suspended and its holder's ID only
reviewed; a new work card with five signals (it uses data) earns a review only, so its handset and its holder's ID
are reviewed, not suspended or punished. A card only warned about that calls from a handset a first-stage scenario
suspends (a gang's phone) gets its holder's ID punished.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from fraudwall.scenarios.registry import Registry, second_stage, third_stage
from tests.scenarios.library.builders import DAY, Case, detect_day, load_fixture, simbox, ts
from tests.scenarios.library.patterns import steady

HANDSET = "catpool.fraud_card_handset"
OWN_ID = "cards.id_own_new_fraud_card"
LENT = "cards.id_lent_idle_card"
REGISTERED = "internet_accounts.risky_number_registration"
OUTBOUND = "catpool.outbound_only_device"


def _cases(records: dict[str, list[dict]]) -> dict[str, str]:
    out = {}
    c = Case(1, records)  # a fraud card bought lately: six stranger signals and a police report, blocked
    out["fraud_card"] = c.caller(n=40, history=True, imei="351000000000011", id_key="id_fraud", age_days=20)
    out["fraud_handset"], out["fraud_id"] = "351000000000011", "id_fraud"
    c.report(out["fraud_card"], source="police", at=DAY - timedelta(days=3), report_id="r_fraud_card")
    c = Case(7, records)  # the same six signals and nothing else: one family of evidence, its callees are warned
    out["warned_card"] = c.caller(n=40, history=True, imei="357000000000077", id_key="id_warned", age_days=20)
    out["warned_handset"], out["warned_id"] = "357000000000077", "id_warned"
    c = Case(2, records)  # a salesperson's new work card that uses data: five signals, a review only
    out["work_card"] = c.caller(n=40, data=4, history=True, imei="352000000000022", id_key="id_sales", age_days=20)
    out["work_handset"], out["work_id"] = "352000000000022", "id_sales"
    # accounts registered by both cards: today, and (the fraud card) three weeks before
    for ns, card, tag in ((1, out["fraud_card"], "fraud"), (2, out["work_card"], "work")):
        c = Case(ns, records)
        c.add("internet_accounts", {"platform": "wechat", "account": f"{tag}_today", "msisdn": card,
                                    "register_time": ts(DAY + timedelta(minutes=5))})
    Case(1, records).add("internet_accounts", {"platform": "alipay", "account": "fraud_early", "msisdn": out["fraud_card"],
                                               "register_time": ts(DAY - timedelta(days=21))})
    # a card of a batch of three that an ID opened within days, dialling strangers from a phone its holder never
    # uses, while the holder's everyday line lives in its own phone (a seller's batch, cards.id_lent_idle_card);
    # the second one uses data (five signals: a review only)
    for ns, tag, data in ((3, "lent", 0), (4, "lent_data", 4)):
        c = Case(ns, records)
        idk, own = f"id_{tag}", f"35{ns:03d}0000000777"
        line = c.num(970001)
        c.sub(line, id_key=idk, age_days=1500)
        for d in (1, 2, 3, 4):
            c.call(DAY - timedelta(days=d, hours=-2), line, c.num(980000 + d), 90, caller_imei=own,
                   caller_imsi=f"4600{line[-11:]}")
        for k in (1, 2):
            c.sub(c.num(960000 + k), id_key=idk, age_days=20 + k)
        out[f"{tag}_card"] = c.caller(n=40, age_days=20, id_key=idk, history=True, data=data,
                                      imei=f"86{ns:03d}0000011111")
        out[f"{tag}_id"] = idk
    # a SIM-box port (three SIMs swapped in and out) and a den of four one-SIM phones dialling strangers on
    # established cards (four signals: no SIM acted on), from catpool.outbound_only_device's fixture
    out["port"] = simbox(Case(5, records), imsis=3)
    c = Case(6, records)
    out["den"] = load_fixture(OUTBOUND)._den(c, redial=False)
    for r in {r["caller"] for r in records["voice"] if r.get("caller_imei", "").startswith("86006")}:
        steady(c, r)  # lines in use every day of the look-back: no card signal, so no SIM is acted on
    return out


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    records: dict[str, list[dict]] = {}
    cases = _cases(records)
    alerts, actions = detect_day(records, tmp_path_factory.mktemp("run"))
    hits = {(s, e): a for s, e, a in alerts
            if s in (HANDSET, OWN_ID, LENT, REGISTERED, OUTBOUND, "calls.stranger_dialling")}
    return cases, hits, actions


def test_the_handset_scenario_runs_second_and_the_id_scenario_third():
    reg = Registry.load()
    assert second_stage(reg.get(HANDSET)) and third_stage(reg.get(OWN_ID))
    assert not second_stage(reg.get("calls.stranger_dialling"))


def test_handset_and_id_of_an_acted_on_card_are_acted_on(run):
    cases, hits, actions = run
    assert actions[cases["fraud_card"]] == "block"
    assert hits[(HANDSET, cases["fraud_handset"])] == "suspend_and_reverify"
    assert hits[(OWN_ID, cases["fraud_id"])] == "punish_card_seller"
    assert actions[cases["fraud_handset"]] not in (None, "review")
    assert actions[cases["fraud_id"]] not in (None, "review")


def test_id_of_a_card_only_warned_about_is_reviewed_not_punished(run):
    cases, hits, actions = run
    # six stranger signals alone earn a warning to the card's callees: the handset is suspended for re-verification,
    # but the holder's ID is not put on the punishment list (a person's new card dialling strangers shows them too)
    assert actions[cases["warned_card"]] == "warn"
    assert hits[(HANDSET, cases["warned_handset"])] == "suspend_and_reverify"
    assert hits[(OWN_ID, cases["warned_id"])] == "review"
    assert actions.get(cases["warned_id"]) in (None, "review")


def test_handset_and_id_of_a_reviewed_card_are_only_reviewed(run):
    cases, hits, actions = run
    # the card shows the pattern both scenarios look for, but earns only a review itself
    assert hits[("calls.stranger_dialling", cases["work_card"])] == "review"
    assert actions.get(cases["work_card"]) in (None, "review")
    assert hits[(HANDSET, cases["work_handset"])] == "review"
    assert hits[(OWN_ID, cases["work_id"])] == "review"
    assert actions.get(cases["work_handset"]) in (None, "review")
    assert actions.get(cases["work_id"]) in (None, "review")


def test_lent_card_holder_is_punished_only_when_the_card_is_acted_on(run):
    cases, hits, actions = run
    assert actions[cases["lent_card"]] not in (None, "review")
    assert hits[(LENT, cases["lent_id"])] == "punish_card_seller"
    assert actions[cases["lent_id"]] not in (None, "review")
    assert actions.get(cases["lent_data_card"]) in (None, "review")
    assert hits[(LENT, cases["lent_data_id"])] == "review"
    assert actions.get(cases["lent_data_id"]) in (None, "review")


def test_platforms_are_notified_of_accounts_of_acted_on_numbers_only(run):
    _, hits, actions = run
    assert hits[(REGISTERED, "wechat:fraud_today")] == "notify_platform"
    assert hits[(REGISTERED, "alipay:fraud_early")] == "notify_platform"  # registered in the look-back
    assert actions["wechat:fraud_today"] not in (None, "review")
    assert hits[(REGISTERED, "wechat:work_today")] == "review"
    assert actions.get("wechat:work_today") in (None, "review")


def test_outbound_only_device_is_suspended_as_a_port_or_for_an_acted_on_sim(run):
    cases, hits, _ = run
    assert hits[(OUTBOUND, cases["port"])] == "suspend_and_reverify"
    assert hits[(OUTBOUND, cases["den"])] == "review"


def test_id_of_a_warned_card_on_a_stopped_handset_is_punished(tmp_path):
    """The warned card of the test above, on a phone that three more SIMs call from today: the first stage's
    catpool.rt_multi_sim_device and many_imsi_per_imei suspend the phone, so the holder's ID is punished (a gang's
    phone, not a person's). Only the scenarios involved run, so the card's own evidence stays the stranger-calling
    warning."""
    records: dict[str, list[dict]] = {}
    c = Case(8, records)
    phone = "358000000000088"
    card = c.caller(n=40, history=True, imei=phone, id_key="id_gang_phone", age_days=20)
    for k in range(3):
        other = c.num(860000 + k)
        c.sub(other, age_days=400)
        for i in range(2):
            callee = c.num(861000 + 10 * k + i)
            c.sub(callee)
            c.call(DAY + timedelta(hours=2 + k, minutes=5 * i), other, callee, 60, caller_imei=phone,
                   caller_imsi=f"4600{other[-11:]}", caller_cell="cell8_0")
    alerts, actions = detect_day(records, tmp_path, only=["calls.stranger_dialling", "catpool.rt_multi_sim_device",
                                                        "catpool.many_imsi_per_imei", OWN_ID])
    hits = {e: a for s, e, a in alerts if s == OWN_ID}
    assert actions[card] == "warn"
    assert actions[phone] == "suspend_and_reverify"
    assert hits["id_gang_phone"] == "punish_card_seller"
